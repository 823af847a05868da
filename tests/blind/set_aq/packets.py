"""The four packets of set_aq (one builder per applicant)."""

from __future__ import annotations

import form
import ids
import papers
from kit import F, booklet, form_fields, id_fields, on_a4, scan, siret, visa_fields
from lib import fr_iban, iban, iban_ok, image_pdf, phone_photo, text_pdf


def bill_fields(provider, service, holder, address, b):
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": address,
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "month": b["start"][:7],
        "amount": b["amount"],
    }


def rib_fields(holder, ib, bic, bank, key_ok=True):
    return {
        "holder_name": holder,
        "iban": ib,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": iban_ok(ib),
        "rib_key_valid": key_ok,
    }


def month_end(ym):
    y, m = int(ym[:4]), int(ym[5:7])
    days = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{ym}-{days:02d}"


# ---------------------------------------------------------------- p01 Sudan, lease, employed


def p_sudan(pk):
    rng = pk.rng
    p = {
        "surname": "Abdelrahman",
        "given": "Amna Osman Mohamed",
        "dob": "1991-03-14",
        "sex": "F",
        "nat": "SDN",
        "passport_no": "P08213764",
        "pp_issue": "2023-05-17",
        "pp_expiry": "2030-05-16",
        "pob_passport": "OMDURMAN",
        "skin": (92, 62, 44),
    }
    v = {
        "number": "104857362",
        "from": "2026-06-20",
        "until": "2027-06-19",
        "days": 365,
        "place": "LE CAIRE",
        "issued": "2026-06-08",
        "category": "SALARIE",
        "validated": "2026-07-15",
    }
    pp = ids.passport_page(p, rng).render(300)
    f1 = pk.jpg("IMG_20261112_183402.jpg", phone_photo(booklet(pp, rng), rng, 4000))
    pk.add([F(f1)], "passport", "phone_photo", id_fields(p), "open booklet, data page")
    vs = ids.visa_sticker(p, v, rng).render(300)
    f2 = pk.jpg("IMG_20261112_183419.jpg", phone_photo(vs, rng, 3264, rot=90, table="grey"))
    pk.add(
        [F(f2)],
        "long_stay_visa",
        "phone_photo",
        visa_fields(p, v),
        "photo rotated 90 degrees; remarks VLS-TS SALARIE",
    )
    bc = {
        "bc_no": "0718264",
        "bc_name": "AMNA OSMAN MOHAMED ABDELRAHMAN",
        "bc_place": "Omdurman",
        "father": "Osman Mohamed Abdelrahman",
        "mother": "Fatima Elsheikh Ahmed",
        "bc_reg": "1991-03-20",
        "bc_issue": "2025-11-02",
        "bc_legal1": "2025-11-09",
        "bc_legal2": "2026-01-14",
        "bc_legal_no": "2026/0113",
    }
    p.update(bc)
    bcp = ids.birth_sudan(p, rng).render(200)
    tr = {
        "translator": "Samia Benali-Gauthier",
        "court": "Lyon",
        "address": "12 cours Gambetta, 69007 Lyon",
        "from": "arabe",
        "title": "CERTIFICAT DE NAISSANCE - République du Soudan",
        "rows": [
            ("Nom complet :", "Amna Osman Mohamed ABDELRAHMAN"),
            ("Sexe :", "Féminin"),
            ("Date de naissance :", "14/03/1991"),
            ("Lieu de naissance :", "Omdurman"),
            ("Père :", "Osman Mohamed Abdelrahman"),
            ("Mère :", "Fatima Elsheikh Ahmed"),
            ("Date d'enregistrement :", "20/03/1991"),
            ("N° de série :", "0718264"),
        ],
        "tail": "Mentions : cachet du registre civil d'Omdurman ; cachet du ministère des "
        "Affaires étrangères (authentification) ; légalisation par l'Ambassade de France au "
        "Caire.",
        "number": "SBG-2026-0412",
        "city": "Lyon",
        "date": "2026-08-21",
    }
    trp = ids.translation(p, tr, rng).render(200)
    image_pdf(pk.dir / "acte_naissance_legalise.pdf", [scan(bcp, rng), scan(trp, rng)])
    pk.add(
        [F("acte_naissance_legalise.pdf", 1)],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "ABDELRAHMAN",
            "given_names": "AMNA OSMAN MOHAMED",
            "date_of_birth": p["dob"],
            "place_of_birth": "Omdurman",
            "issuing_country": "SDN",
            "language": "ar",
            "has_apostille": False,
        },
        "bilingual Arabic/English; Sudan is not party to the Apostille Convention: "
        "legalised by the Sudanese MFA and the French embassy in Cairo (complete)",
    )
    pk.add(
        [F("acte_naissance_legalise.pdf", 2)],
        "translation",
        "image_pdf",
        {},
        "sworn translation Arabic -> French",
    )
    L = {
        "landlord": "Monsieur Gérard VIAL-BERTHON",
        "landlord_sig": "G. Vial",
        "landlord_addr": "demeurant 4 chemin de Montessuy, 69300 Caluire-et-Cuire",
        "tenant_print": ["Madame Amna Osman Mohamed ABDELRAHMAN"],
        "tenants": ["Amna Abdelrahman"],
        "address": "27 rue Paul Bert, appartement 14, 3e étage, 69003 Lyon",
        "desc": "Appartement de type T2 d'une surface habitable de 41 m², comprenant une "
        "entrée, un séjour, une chambre, une cuisine, une salle d'eau avec WC. Cave n° 9.",
        "start": "2026-07-01",
        "signed": "2026-06-24",
        "city": "Lyon",
        "rent": 640.0,
        "charges": 55.0,
        "dpe": "D",
    }
    lp = [scan(pg.render(200), rng) for pg in papers.lease(L, rng)]
    image_pdf(pk.dir / "bail_signe.pdf", lp, creator="HP Smart")
    pk.add(
        [F("bail_signe.pdf", 1, 2, 3)],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Amna Osman Mohamed ABDELRAHMAN"],
            "landlord": "Gérard VIAL-BERTHON",
            "address": L["address"],
            "start_date": L["start"],
        },
        "3-page bail loi 1989, signed by both parties",
    )
    s = {
        "employer": "SAS RÉSIDENCE LES TILLEULS",
        "employer_addr": ["EHPAD Les Tilleuls", "118 avenue Félix Faure", "69003 LYON"],
        "siret": siret("83241765", "00017"),
        "naf": "8710A",
        "ccn": "FHP (IDCC 2264)",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employee_block": [
            "Madame ABDELRAHMAN Amna Osman Mohamed",
            "27 rue Paul Bert, Appt 14",
            "69003 LYON",
        ],
        "job": "Aide-soignante",
        "status": "Employé - CDI",
        "hired": "2026-07-06",
        "matricule": "00417",
        "nir": None,
        "hours": 151.67,
        "gross": 2150.00,
        "net_before": 1681.37,
        "net": 1681.37,
        "pas": "0,00 %",
        "paid": "2026-10-31",
        "cp": 7.5,
    }
    text_pdf(
        pk.dir / "bulletin_paie_2026-10.pdf",
        [papers.payslip(s, rng)],
        "Bulletin de paie octobre 2026",
        "Silae",
    )
    pk.add(
        [F("bulletin_paie_2026-10.pdf")],
        "payslip",
        "text_pdf",
        {
            "employer": s["employer"],
            "employee_name": "ABDELRAHMAN Amna Osman Mohamed",
            "period": "2026-10",
            "net_pay": 1681.37,
            "siret": s["siret"],
        },
    )
    ib, key = fr_iban("30002", "00648", "0000071234T")
    r = {
        "bank_name": "LCL",
        "tagline": "LCL Banque et Assurance",
        "color": (0, 45, 110),
        "fonts": ("open", "open-b"),
        "holder_lines": [
            "MME ABDELRAHMAN AMNA OSMAN MOHAMED",
            "27 RUE PAUL BERT APPT 14",
            "69003 LYON",
        ],
        "branch_lines": ["LCL LYON GUILLOTIERE", "3 PLACE GABRIEL PERI", "69007 LYON"],
        "bank": "30002",
        "branch": "00648",
        "account": "0000071234T",
        "key": key,
        "iban": ib,
        "bic": "CRLYFRPP",
        "footer": "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - SIREN 954 509 "
        "741 - RCS Lyon",
    }
    text_pdf(pk.dir / "RIB_LCL.pdf", [papers.rib_page(r, rng)], "RIB", "LCL")
    pk.add(
        [F("RIB_LCL.pdf")],
        "rib",
        "text_pdf",
        rib_fields("MME ABDELRAHMAN AMNA OSMAN MOHAMED", ib, "CRLYFRPP", "LCL"),
        "account number with a letter (T), key from the letter table",
    )
    d = {
        "surname": "Abdelrahman",
        "given": "Amna Osman Mohamed",
        "dob": p["dob"],
        "sex": "F",
        "pob": "Omdurman, Soudan",
        "nat_word": "Soudanaise",
        "address": "27 rue Paul Bert, Appt 14",
        "postcode": "69003",
        "city": "Lyon",
        "phone": "07 58 21 44 90",
        "email": "amna.osman91@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "aide-soignante",
        "place": "Lyon",
        "signed_on": "2026-11-14",
        "sig_name": "Amna O.",
        "hand_font": "ecolier",
    }
    pages, slots = form.layout("B")
    form.fill_paint(pages, slots, d, rng, "hand")
    a = pk.jpg("CPAM_demande_page1.jpg", scan(pages[0].render(200), rng, 244), 88)
    b = pk.jpg("CPAM_demande_page2.jpg", scan(pages[1].render(200), rng, 244), 88)
    pk.add(
        [F(a), F(b)],
        "application_form",
        "scan",
        form_fields(d),
        "cerfa 15763*02 filled by hand, print run B",
    )
    return {
        "as_of": "2026-11-18",
        "employed": True,
        "applicant": {
            "surname": "ABDELRAHMAN",
            "given_names": "AMNA OSMAN MOHAMED",
            "date_of_birth": p["dob"],
        },
    }


# ---------------------------------------------------------------- p02 Nicaragua, three bills


def p_nicaragua(pk):
    rng = pk.rng
    p = {
        "surname": "Gutiérrez Larios",
        "given": "María José",
        "dob": "1988-07-22",
        "sex": "F",
        "nat": "NIC",
        "passport_no": "C02419873",
        "pp_issue": "2021-09-03",
        "pp_expiry": "2031-09-02",
        "pob_passport": "LEÓN, NIC",
        "skin": (176, 130, 96),
    }
    pages = [on_a4([ids.passport_page(p, rng).render(200)], 200)]
    h = dict(
        p,
        pob="LEÓN (NICARAGUA)",
        doc_no="ZT4820195",
        doc_issue="2026-03-15",
        doc_expiry="2027-03-14",
        prefecture="PRÉF. SEINE-SAINT-DENIS",
        ts_nature="VIE PRIVÉE ET FAMILIALE",
        address1="8 BIS RUE MARCEAU",
        address2="93100 MONTREUIL",
    )
    fr, bk = ids.id_card(h, "ts", rng)
    pages.append(on_a4([fr.render(200), bk.render(200)], 200))
    bc = {
        "bc_no": "CN-0401-1988-0071293",
        "bc_tomo": "0213",
        "bc_folio": "0147",
        "bc_partida": "0293",
        "bc_place": "León, departamento de León",
        "father": "José Ramón Gutiérrez Zeledón",
        "mother": "Martha Lorena Larios Castillo",
        "bc_reg": "1988-08-09",
        "bc_issue": "2025-10-07",
    }
    p.update(bc)
    pages.append(ids.birth_nicaragua(p, rng).render(200))
    ap = {
        "country": "República de Nicaragua",
        "signer": "Rosa Amelia Espinoza Mairena",
        "capacity": "Registradora del Estado Civil de las Personas",
        "seal": "Registro del Estado Civil - León",
        "city": "Managua",
        "date": "2025-10-14",
        "by": "Ministerio de Relaciones Exteriores",
        "number": "A-2025-118437",
        "stamp": ["MINREX", "NICARAGUA", "APOSTILLA"],
        "sig": "V. Tellez",
    }
    pages.append(on_a4([ids.apostille(ap, rng, "es").render(200)], 200))
    image_pdf(pk.dir / "dossier_CPAM_scan.pdf", [scan(x, rng) for x in pages], creator="EPSON Scan")
    pk.add(
        [F("dossier_CPAM_scan.pdf", 1)],
        "passport",
        "image_pdf",
        id_fields(p),
        "photocopy of the data page on A4",
    )
    rp = id_fields(p, True, "ZT4820195", "2027-03-14", "FRA")
    pk.add(
        [F("dossier_CPAM_scan.pdf", 2)],
        "residence_permit",
        "image_pdf",
        rp,
        "carte de séjour temporaire vie privée et familiale, recto and verso on one page",
    )
    pk.add(
        [F("dossier_CPAM_scan.pdf", 3)],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "GUTIÉRREZ LARIOS",
            "given_names": "MARÍA JOSÉ",
            "date_of_birth": p["dob"],
            "place_of_birth": "León, departamento de León",
            "issuing_country": "NIC",
            "language": "es",
            "has_apostille": True,
        },
        "Nicaragua is party to the Apostille Convention; apostille on page 4",
    )
    pk.add(
        [F("dossier_CPAM_scan.pdf", 4)],
        "apostille",
        "image_pdf",
        {
            "country": "República de Nicaragua",
            "issued_on": "2025-10-14",
            "number": "A-2025-118437",
            "signed_by": "Ministerio de Relaciones Exteriores",
        },
        "Hague model, 10 items, Spanish",
    )
    addr = "8 bis rue Marceau, 93100 Montreuil"
    for i, (ym, fname) in enumerate(
        [
            ("2026-09", "Facture_SFR_092026.pdf"),
            ("2026-10", "Facture_SFR_102026.pdf"),
            ("2026-11", "facture sfr novembre.pdf"),
        ]
    ):
        b = {
            "issue": f"{ym}-03",
            "start": f"{ym}-01",
            "end": month_end(ym),
            "number": f"F{ym.replace('-', '')}0{4471190 + i * 13}",
            "account": "0418273390",
            "line": "01 84 67 22 09",
            "holder_block": [
                "Mme María José GUTIÉRREZ LARIOS",
                "8 bis rue Marceau",
                "93100 MONTREUIL",
            ],
            "amount": 32.99,
            "debit": f"{ym}-12",
            "address": addr,
        }
        text_pdf(pk.dir / fname, [papers.sfr_bill(b)], "Facture SFR", "SFR")
        pk.add(
            [F(fname)],
            "utility_bill",
            "text_pdf",
            bill_fields("SFR", "internet", "María José GUTIÉRREZ LARIOS", addr, b),
            "SFR box fibre, monthly",
        )
    ib = iban("DE", "10011001" + "2632158734")
    assert len(ib) == 22 and iban_ok(ib)
    shot = papers.n26_screenshot(
        {
            "clock": "10:15",
            "balance": "1 204,56 €",
            "holder": "María José Gutiérrez Larios",
            "iban": ib,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank AG",
        },
        rng,
    )
    f = pk.png("Screenshot_20261203-101522_N26.png", shot)
    pk.add(
        [F(f)],
        "rib",
        "screenshot",
        dict(
            rib_fields("María José Gutiérrez Larios", ib, "NTSBDEB1XXX", "N26 Bank AG"),
            rib_key_valid=None,
        ),
        "German SEPA IBAN from a neobank: acceptable (information finding)",
    )
    d = {
        "surname": "Gutiérrez Larios",
        "given": "María José",
        "dob": p["dob"],
        "sex": "F",
        "pob": "León, Nicaragua",
        "nat_word": "Nicaraguayenne",
        "address": "8 bis rue Marceau",
        "postcode": "93100",
        "city": "Montreuil",
        "phone": "06 12 80 37 55",
        "email": "mjgutierrezl@yahoo.com",
        "situation": "sans_activite",
        "place": "Montreuil",
        "signed_on": "2026-12-01",
        "sig_name": "MaJo Gutiérrez",
        "sig_font": "kaushan",
    }
    pages, slots = form.layout("A")
    form.acroform_pdf(pk.dir / "S1106_formulaire_rempli.pdf", pages, slots, d, rng)
    pk.add(
        [F("S1106_formulaire_rempli.pdf", 1, 2)],
        "application_form",
        "text_pdf",
        form_fields(d),
        "fillable PDF (AcroForm fields) with a pasted signature image",
    )
    return {
        "as_of": "2026-12-09",
        "employed": False,
        "applicant": {
            "surname": "GUTIERREZ LARIOS",
            "given_names": "MARIA JOSE",
            "date_of_birth": p["dob"],
        },
    }
