"""Packets p03 and p04 of set_aq."""

from __future__ import annotations

import form
import ids
import papers
from kit import F, booklet, form_fields, id_fields, on_a4, scan, siret, visa_fields
from lib import fr_iban, image_pdf, phone_photo, text_pdf
from packets import bill_fields, month_end, rib_fields

# ---------------------------------------------------------------- p03 Kyrgyzstan, hosted, DEFECT


def p_kyrgyz(pk):
    rng = pk.rng
    p = {
        "surname": "Mambetaliev",
        "given": "Nurbek",
        "dob": "1993-02-09",
        "sex": "M",
        "nat": "KGZ",
        "passport_no": "AC2739156",
        "pp_issue": "2022-08-11",
        "pp_expiry": "2032-08-10",
        "pob_passport": "ОШ / OSH",
        "skin": (196, 156, 120),
    }
    v = {
        "number": "205163874",
        "from": "2026-01-05",
        "until": "2027-01-04",
        "days": 365,
        "place": "BICHKEK",
        "issued": "2025-12-18",
        "category": "TRAVAILLEUR TEMPORAIRE",
        "validated": "2026-02-10",
    }
    pp = ids.passport_page(p, rng).render(200)
    f1 = pk.png("passeport_Nurbek.png", scan(booklet(pp, rng), rng, 238))
    pk.add([F(f1)], "passport", "scan", id_fields(p), "flatbed scan of the open booklet")
    vs = ids.visa_sticker(p, v, rng).render(300)
    f2 = pk.jpg("IMG_4471.jpg", phone_photo(vs, rng, 3024))
    pk.add(
        [F(f2)],
        "long_stay_visa",
        "phone_photo",
        visa_fields(p, v),
        "DEFECT: VLS-TS valid until 2027-01-04, expired at the audit date 2027-01-14",
    )
    bc = {
        "bc_sur": "МАМБЕТАЛИЕВ",
        "bc_giv": "НУРБЕК",
        "bc_patr": "АСАНБЕКОВИЧ",
        "bc_dob_words": "(девятого февраля 1993 г.)",
        "bc_place": "г. Ош, Кыргызская Республика",
        "father": "Мамбеталиев Асанбек",
        "mother": "Мамбеталиева Гүлнара Токтосуновна",
        "bc_act": "№ 412",
        "bc_reg": "1993-02-17",
        "bc_office": "Отдел ЗАГС г. Ош",
        "bc_issue": "2024-06-03",
        "bc_no": "0345127",
    }
    p.update(bc)
    ap = {
        "country": "Кыргызская Республика",
        "signer": "Осмонова А.К.",
        "capacity": "начальник отдела ЗАГС",
        "seal": "Отдел ЗАГС г. Ош",
        "city": "Бишкек / Bishkek",
        "date": "2024-06-12",
        "by": "Министерство юстиции КР",
        "number": "АП-2024/08817",
        "stamp": ["МИНИСТЕРСТВО ЮСТИЦИИ", "КЫРГЫЗСКОЙ", "РЕСПУБЛИКИ"],
        "sig": "Zh. Asanova",
    }
    tr = {
        "translator": "Irina Vassilieva-Roux",
        "court": "Toulouse",
        "address": "3 rue Ozenne, 31000 Toulouse",
        "from": "russe",
        "title": "CERTIFICAT DE NAISSANCE - République kirghize",
        "rows": [
            ("Nom :", "MAMBETALIEV"),
            ("Prénom :", "Nurbek"),
            ("Patronyme :", "Asanbekovitch"),
            ("Date de naissance :", "09/02/1993"),
            ("Lieu de naissance :", "Och, République kirghize"),
            ("Père :", "Mambetaliev Asanbek"),
            ("Mère :", "Mambetalieva Gulnara Toktosounovna"),
            ("Acte n° :", "412 du 17/02/1993, ZAGS d'Och"),
            ("Série :", "I-OCH n° 0345127"),
        ],
        "tail": "Apostille n° AP-2024/08817 apposée le 12/06/2024 par le ministère de la Justice "
        "de la République kirghize.",
        "number": "IVR-26-0091",
        "city": "Toulouse",
        "date": "2026-03-02",
    }
    imgs = [
        on_a4([ids.birth_kyrgyz(p, rng).render(200)], 200),
        on_a4([ids.apostille(ap, rng, "ru").render(200)], 200),
        ids.translation(p, tr, rng).render(200),
    ]
    image_pdf(pk.dir / "naissance_apostille_traduction.pdf", [scan(x, rng) for x in imgs])
    pk.add(
        [F("naissance_apostille_traduction.pdf", 1)],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "МАМБЕТАЛИЕВ",
            "given_names": "НУРБЕК",
            "date_of_birth": p["dob"],
            "place_of_birth": "г. Ош, Кыргызская Республика",
            "issuing_country": "KGZ",
            "language": "ru",
            "has_apostille": True,
        },
        "Cyrillic (Russian/Kyrgyz); names transliterate to MAMBETALIEV Nurbek",
    )
    pk.add(
        [F("naissance_apostille_traduction.pdf", 2)],
        "apostille",
        "image_pdf",
        {
            "country": "Кыргызская Республика",
            "issued_on": "2024-06-12",
            "number": "АП-2024/08817",
            "signed_by": "Министерство юстиции КР",
        },
        "Russian/English apostille, 10 items",
    )
    pk.add(
        [F("naissance_apostille_traduction.pdf", 3)],
        "translation",
        "image_pdf",
        {},
        "sworn translation Russian -> French",
    )
    host = {
        "surname": "Lemaire-Dupuis",
        "given": "Thibault Marc",
        "dob": "1990-05-30",
        "sex": "M",
        "nat": "FRA",
        "pob": "TOULOUSE (31)",
        "doc_no": "X4RTB2P7K",
        "doc_issue": "2022-03-22",
        "doc_expiry": "2032-03-21",
        "address1": "5 IMPASSE DES LILAS",
        "address2": "31200 TOULOUSE",
        "skin": (222, 186, 160),
    }
    fr_, bk = ids.id_card(host, "cni", rng)
    f3 = pk.jpg(
        "CNI_Thibault_recto_verso.jpg", scan(on_a4([fr_.render(250), bk.render(250)], 250), rng), 82
    )
    pk.add(
        [F(f3)],
        "national_id",
        "scan",
        id_fields(host, True, "X4RTB2P7K", "2032-03-21", "FRA")
        | {"surname": "LEMAIRE-DUPUIS", "given_names": "THIBAULT MARC", "nationality": "FRA"},
        "host's French identity card (2021 model), both sides",
    )
    addr = "5 impasse des Lilas, 31200 Toulouse"
    a = {
        "host_block": [
            "Thibault LEMAIRE-DUPUIS",
            "5 impasse des Lilas",
            "31200 Toulouse",
            "06 71 28 90 14",
        ],
        "host": "Thibault LEMAIRE-DUPUIS",
        "host_dob": "1990-05-30",
        "host_pob": "Toulouse (31)",
        "address": addr,
        "hosted_civ": "Monsieur",
        "hosted": "Nurbek MAMBETALIEV",
        "hosted_dob": p["dob"],
        "hosted_pob": "Och (Kirghizistan)",
        "since": "2026-01-12",
        "city": "Toulouse",
        "signed_on": "2027-01-06",
        "host_sig": "T. Lemaire",
    }
    f4 = pk.jpg(
        "attestation_hebergement_signee.jpg",
        scan(papers.attestation_typed(a, rng).render(200), rng),
        86,
    )
    pk.add(
        [F(f4)],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Thibault LEMAIRE-DUPUIS",
            "hosted_name": "Nurbek MAMBETALIEV",
            "address": addr,
            "since_date": "2026-01-12",
            "signed_on": "2027-01-06",
            "signed": True,
        },
        "typed, signed by hand",
    )
    bills = []
    for i, (ym, wd) in enumerate(
        [("2026-10", "Octobre 2026"), ("2026-11", "Novembre 2026"), ("2026-12", "Décembre 2026")]
    ):
        b = {
            "issue": f"{ym}-0{6 + i}",
            "start": f"{ym}-01",
            "end": month_end(ym),
            "month_words": wd,
            "number": f"0{ym[2:4]}{ym[5:7]}T{88412 + i * 7}",
            "account": "7002 4418 1163",
            "line": "05 61 42 77 08",
            "holder_block": ["M. Thibault LEMAIRE-DUPUIS", "5 impasse des Lilas", "31200 TOULOUSE"],
            "amount": 42.99,
            "debit": f"{ym}-2{i}",
            "address": addr,
        }
        bills.append(papers.orange_bill(b))
        pk.add(
            [F("Factures_Orange_oct-nov-dec.pdf", i + 1)],
            "utility_bill",
            "text_pdf",
            bill_fields("Orange", "internet", "Thibault LEMAIRE-DUPUIS", addr, b),
            "host's bill",
        )
    text_pdf(pk.dir / "Factures_Orange_oct-nov-dec.pdf", bills, "Factures Orange", "Orange")
    s = {
        "employer": "SARL LA TABLE DU CAPITOLE",
        "employer_addr": ["21 rue du Taur", "31000 TOULOUSE"],
        "siret": siret("51873204", "00024"),
        "naf": "5610A",
        "ccn": "HCR (IDCC 1979)",
        "start": "2026-12-01",
        "end": "2026-12-31",
        "employee_block": [
            "Monsieur MAMBETALIEV Nurbek",
            "chez M. Lemaire-Dupuis",
            "5 impasse des Lilas",
            "31200 TOULOUSE",
        ],
        "job": "Commis de cuisine",
        "status": "Employé - CDI",
        "hired": "2026-02-16",
        "matricule": "0063",
        "nir": None,
        "hours": 169.0,
        "gross": 2034.55,
        "net_before": 1594.21,
        "net": 1562.33,
        "pas": "2,00 %",
        "paid": "2026-12-31",
        "cp": 25.0,
    }
    img = scan(papers.payslip(s, rng).render(200), rng)
    image_pdf(pk.dir / "fiche_de_paie_decembre.pdf", [img], creator="Brother MFC-L2710DW")
    pk.add(
        [F("fiche_de_paie_decembre.pdf")],
        "payslip",
        "image_pdf",
        {
            "employer": s["employer"],
            "employee_name": "MAMBETALIEV Nurbek",
            "period": "2026-12",
            "net_pay": 1562.33,
            "siret": s["siret"],
        },
    )
    ib, key = fr_iban("30003", "02170", "00050123456")
    r = {
        "bank_name": "SOCIETE GENERALE",
        "tagline": "C'est vous l'avenir",
        "color": (226, 0, 26),
        "fonts": ("lib", "lib-b"),
        "holder_lines": ["M NURBEK MAMBETALIEV", "5 IMP DES LILAS", "31200 TOULOUSE"],
        "branch_lines": ["SG TOULOUSE MINIMES", "(02170)", "Tél. 05 61 12 40 00"],
        "bank": "30003",
        "branch": "02170",
        "account": "00050123456",
        "key": key,
        "iban": ib,
        "bic": "SOGEFRPP",
        "footer": "Société Générale - SA au capital de 1 000 395 971,25 € - 552 120 222 RCS "
        "Paris - Siège social : 29 bd Haussmann 75009 Paris",
    }
    text_pdf(pk.dir / "RIB_SG_Nurbek.pdf", [papers.rib_page(r, rng)], "RIB", "Societe Generale")
    pk.add(
        [F("RIB_SG_Nurbek.pdf")],
        "rib",
        "text_pdf",
        rib_fields("M NURBEK MAMBETALIEV", ib, "SOGEFRPP", "SOCIETE GENERALE"),
    )
    d = {
        "surname": "Mambetaliev",
        "given": "Nurbek",
        "dob": p["dob"],
        "sex": "M",
        "pob": "Och, Kirghizistan",
        "nat_word": "Kirghize",
        "address": "chez M. Lemaire-Dupuis, 5 impasse des Lilas",
        "postcode": "31200",
        "city": "Toulouse",
        "phone": "07 49 03 62 18",
        "email": "n.mambetaliev@mail.ru",
        "situation": "salarie",
        "contract": "CDI",
        "job": "commis de cuisine",
        "place": "Toulouse",
        "signed_on": "2027-01-08",
        "sig_name": "Mambetaliev",
        "sig_font": "kaushan",
        "hand_font": "dkg",
        "ink": (25, 25, 35),
    }
    pages, slots = form.layout("A")
    form.fill_paint(pages, slots, d, rng, "hand")
    g1 = pk.jpg("IMG_4480.jpg", phone_photo(pages[0].render(150), rng, 3024, rot=270))
    g2 = pk.jpg("IMG_4481.jpg", phone_photo(pages[1].render(150), rng, 3024, table="grey"))
    pk.add(
        [F(g1), F(g2)],
        "application_form",
        "phone_photo",
        form_fields(d),
        "filled by hand in black ink, print run A; page 1 photo rotated 270",
    )
    return {
        "as_of": "2027-01-14",
        "employed": True,
        "req_override": {"residence_status": "invalid"},
        "defect": "VLS-TS expired on 2027-01-04 (audit 2027-01-14); no récépissé or titre",
        "applicant": {"surname": "MAMBETALIEV", "given_names": "NURBEK", "date_of_birth": p["dob"]},
    }


# ---------------------------------------------------------------- p04 Gabon, hosted by spouse


def p_gabon(pk):
    rng = pk.rng
    p = {
        "surname": "Ndong Obiang",
        "given": "Christelle Marie-Laure",
        "dob": "1996-12-03",
        "sex": "F",
        "nat": "GAB",
        "passport_no": "19DA58204",
        "pp_issue": "2023-01-10",
        "pp_expiry": "2028-01-09",
        "pob_passport": "LIBREVILLE",
        "skin": (88, 58, 40),
    }
    v = {
        "number": "307492815",
        "from": "2026-07-20",
        "until": "2027-07-19",
        "days": 365,
        "place": "LIBREVILLE",
        "issued": "2026-07-06",
        "category": "VIE PRIVEE ET FAMILIALE",
        "validated": "2026-09-04",
    }
    pp = ids.passport_page(p, rng).render(200)
    pk.jpg("scan_0001.jpg", scan(on_a4([pp], 200), rng), 80)
    pk.add([F("scan_0001.jpg")], "passport", "scan", id_fields(p), "photocopy, 200 dpi")
    vs = ids.visa_sticker(p, v, rng).render(200)
    pk.jpg("scan_0002.jpg", scan(on_a4([vs], 200), rng), 80)
    pk.add(
        [F("scan_0002.jpg")],
        "long_stay_visa",
        "scan",
        visa_fields(p, v),
        "VLS-TS conjoint de Français",
    )
    bc = {
        "bc_no": "0987/1996",
        "bc_dob_words": "trois décembre mil neuf cent quatre-vingt-seize",
        "bc_hour": "14 heures 20 minutes",
        "bc_place": "Libreville",
        "father": "NDONG OBIANG Jean-Pierre",
        "mother": "MBOUMBA Odette",
        "bc_reg": "1996-12-09",
        "bc_issue": "2026-02-18",
    }
    p.update(bc)
    pk.jpg("scan_0003.jpg", scan(ids.birth_gabon(p, rng).render(200), rng), 80)
    pk.add(
        [F("scan_0003.jpg")],
        "birth_certificate",
        "scan",
        {
            "surname": "NDONG OBIANG",
            "given_names": "Christelle Marie-Laure",
            "date_of_birth": p["dob"],
            "place_of_birth": "Libreville",
            "issuing_country": "GAB",
            "language": "fr",
            "has_apostille": False,
        },
        "Gabon: France-Gabon bilateral convention dispenses legalisation/apostille",
    )
    host = {
        "surname": "Moreau",
        "given": "Antoine Julien",
        "dob": "1989-01-17",
        "sex": "M",
        "nat": "FRA",
        "passport_no": "21CK83017",
        "pp_issue": "2021-06-14",
        "pp_expiry": "2031-06-13",
        "pob_passport": "STRASBOURG",
        "skin": (226, 190, 165),
    }
    hp = ids.passport_page(host, rng).render(300)
    f5 = pk.jpg("IMG-20261214-WA0003.jpg", phone_photo(booklet(hp, rng), rng, 2560, rot=180), 78)
    pk.add(
        [F(f5)],
        "passport",
        "phone_photo",
        id_fields(host),
        "host's (husband's) passport, photo upside down",
    )
    addr = "14 rue des Tanneurs, 67000 Strasbourg"
    a = {
        "host": "Antoine Moreau",
        "address_l1": "14 rue des Tanneurs",
        "address_l2": "67000 Strasbourg",
        "host_dob": "1989-01-17",
        "host_pob": "Strasbourg",
        "hosted": "Christelle NDONG OBIANG",
        "hosted_dob": p["dob"],
        "hosted_pob": "Libreville (Gabon)",
        "since": "2026-08-02",
        "city": "Strasbourg",
        "signed_on": "2026-12-12",
        "host_sig": "A. Moreau",
    }
    pk.jpg("scan_0004.jpg", scan(papers.attestation_hand(a, rng).render(200), rng), 80)
    pk.add(
        [F("scan_0004.jpg")],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Antoine Moreau",
            "hosted_name": "Christelle NDONG OBIANG",
            "address": addr,
            "since_date": "2026-08-02",
            "signed_on": "2026-12-12",
            "signed": True,
        },
        "handwritten on a school-ruled sheet",
    )
    L = {
        "landlord": "SCI LES TANNEURS, représentée par M. Jean-Luc HAEGEL",
        "landlord_sig": "JL Haegel",
        "landlord_addr": "dont le siège est 3 quai Saint-Nicolas, 67000 Strasbourg",
        "tenant_print": ["Monsieur Antoine MOREAU"],
        "tenants": ["Antoine Moreau"],
        "address": addr + " (2e étage gauche)",
        "desc": "Appartement de trois pièces principales, 68 m², cuisine équipée, balcon, "
        "cave n° 4. Chauffage collectif.",
        "start": "2019-10-01",
        "signed": "2019-09-20",
        "city": "Strasbourg",
        "rent": 890.0,
        "charges": 140.0,
        "dpe": "C",
    }
    lp = [scan(pg.render(170), rng) for pg in papers.lease(L, rng)]
    image_pdf(pk.dir / "bail_Antoine.pdf", lp, 170)
    pk.add(
        [F("bail_Antoine.pdf", 1, 2, 3)],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Antoine MOREAU"],
            "landlord": "SCI LES TANNEURS",
            "address": L["address"],
            "start_date": "2019-10-01",
        },
        "host's lease (since 2019)",
    )
    ib, key = fr_iban("20041", "01015", "0712345R036")
    r = {
        "bank_name": "La Banque Postale",
        "tagline": "Citoyenne",
        "color": (0, 50, 130),
        "fonts": ("carlito", "carlito-b"),
        "holder_lines": [
            "M ANTOINE MOREAU",
            "OU MME CHRISTELLE NDONG OBIANG",
            "14 RUE DES TANNEURS",
            "67000 STRASBOURG",
        ],
        "branch_lines": ["La Banque Postale", "Centre Financier de Strasbourg"],
        "bank": "20041",
        "branch": "01015",
        "account": "0712345R036",
        "key": key,
        "iban": ib,
        "bic": "PSSTFRPPSTR",
        "footer": "La Banque Postale - SA à Directoire et Conseil de Surveillance - 115 rue de "
        "Sèvres 75275 Paris Cedex 06 - RCS Paris 421 100 645",
    }
    text_pdf(pk.dir / "RIB La Banque Postale.pdf", [papers.rib_page(r, rng)], "RIB", "LBP")
    pk.add(
        [F("RIB La Banque Postale.pdf")],
        "rib",
        "text_pdf",
        rib_fields(
            "M ANTOINE MOREAU OU MME CHRISTELLE NDONG OBIANG",
            ib,
            "PSSTFRPPSTR",
            "La Banque Postale",
        ),
        "joint account including the applicant",
    )
    d = {
        "surname": "Ndong Obiang",
        "usage": "Moreau",
        "given": "Christelle Marie-Laure",
        "dob": p["dob"],
        "sex": "F",
        "pob": "Libreville, Gabon",
        "nat_word": "Gabonaise",
        "address": "14 rue des Tanneurs",
        "postcode": "67000",
        "city": "Strasbourg",
        "phone": "07 66 14 02 37",
        "email": "christelle.ndong96@gmail.com",
        "situation": "sans_activite",
        "place": "Strasbourg",
        "signed_on": "2026-12-14",
        "sig_name": "Christelle",
        "hand_font": "femke",
    }
    pages, slots = form.layout("B")
    form.fill_paint(pages, slots, d, rng, "typed")
    image_pdf(pk.dir / "demande_PUMa.pdf", [scan(x.render(200), rng) for x in pages])
    pk.add(
        [F("demande_PUMa.pdf", 1, 2)],
        "application_form",
        "image_pdf",
        form_fields(d) | {"usage_name": "MOREAU"},
        "typed on screen, printed, dated and signed by hand, scanned; usage name Moreau",
    )
    return {
        "as_of": "2026-12-28",
        "employed": False,
        "applicant": {
            "surname": "NDONG OBIANG",
            "given_names": "CHRISTELLE MARIE-LAURE",
            "date_of_birth": p["dob"],
        },
    }
