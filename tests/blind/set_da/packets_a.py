"""Packets p01 (Algeria) and p02 (Morocco)."""

from __future__ import annotations

import random
from datetime import date as D

from reportlab.pdfgen import canvas as rl_canvas

import docs_civil as civ
import docs_fr as fr
import docs_id as di
import form
from checks import fr_iban, make_siret
from common import ALL_COMPLETE, booklet, doc, draw_form, form_fields, iso, mrz_fields
from draw import (
    MM,
    PdfPage,
    RasterPage,
    image_pdf,
    make_pdf,
    phone_photo,
    place_on_scanner,
    raster,
    save_jpeg,
    scan_look,
    sign,
    signature_image,
)


# ------------------------------------------------------------------------------------ p01
def p01(out):
    rng = random.Random(4201)
    as_of = D(2026, 11, 18)
    p = {
        "surname": "BOUAZZA",
        "given": "NOUR EL HOUDA",
        "nat": "DZA",
        "sex": "F",
        "dob": D(1993, 4, 17),
        "pob_pp": "TIZI OUZOU",
        "number": "197845213",
        "issued": D(2022, 3, 9),
        "expiry": D(2032, 3, 8),
        "skin": (190, 148, 118),
    }
    host = {
        "surname": "KACI",
        "given": "KARIM",
        "sex": "M",
        "dob": D(1989, 12, 2),
        "pob": "LYON 3E (69)",
        "number": "X4RTB7FW2",
        "issued": D(2023, 2, 14),
        "expiry": D(2033, 2, 13),
        "addr1": "27 AVENUE JEAN JAURES",
        "addr2": "69007 LYON",
    }
    addr = ("27 avenue Jean Jaurès", "69007 Lyon")
    docs = []
    v = {
        "surname": "BOUAZZA",
        "usage": "KACI",
        "given": "Nour El Houda",
        "sex": "F",
        "dob": p["dob"],
        "pob": "Tizi Ouzou, Algérie",
        "nat": "Algérienne",
        "addr": addr[0],
        "cp": "69007",
        "city": "Lyon",
        "tel": "06 51 28 47 90",
        "email": "nour.bouazza93@gmail.com",
        "situation": "sans_activite",
        "place": "Lyon",
        "date": "12/11/2026",
        "signer": "Nour Bouazza",
    }
    v_up = dict(
        v,
        surname="BOUAZZA",
        usage="KACI",
        given="NOUR EL HOUDA",
        addr=addr[0].upper(),
        city="LYON",
        pob="TIZI OUZOU, ALGÉRIE",
        nat="ALGÉRIENNE",
    )
    pages = draw_form(1, v_up, rng, "hand", dpi=250, hfont="h-dkg")
    save_jpeg(phone_photo(pages[0], rng, rot=90), out / "IMG_20261112_183402.jpg")
    save_jpeg(phone_photo(pages[1], rng), out / "IMG_20261112_183421.jpg")
    docs.append(
        doc(
            [("IMG_20261112_183402.jpg", [1]), ("IMG_20261112_183421.jpg", [1])],
            "application_form",
            "phone_photo",
            form_fields(v_up, False, D(2026, 11, 12)),
            "Hand-filled print run 1, two phone photos; page 1 photographed rotated 90°. "
            "Usage (married) name KACI; 'sans activité' ticked.",
        )
    )
    pp, mrz = di.passport(rng, p)
    save_jpeg(phone_photo(booklet(rng, pp), rng, cover=0.7), out / "passeport.jpg")
    docs.append(
        doc(
            [("passeport.jpg", [1])],
            "passport",
            "phone_photo",
            mrz_fields(p, p["number"], p["expiry"]),
            "MRZ: " + " / ".join(mrz),
        )
    )
    cra = {
        "surname": "BOUAZZA",
        "given": "NOUR EL HOUDA",
        "sex": "F",
        "nat": "DZA",
        "dob": p["dob"],
        "card_no": "750962418",
        "permit_type": "CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        "expiry": D(2027, 6, 14),
        "issued": D(2026, 6, 15),
        "remarks": "VIE PRIVÉE ET FAMILIALE - CONJOINT DE FRANÇAIS",
        "addr1": "27 AV JEAN JAURES",
        "addr2": "69007 LYON",
        "pob": "TIZI OUZOU (ALGERIE)",
        "authority": "PRÉFECTURE DU RHÔNE",
        "skin": p["skin"],
    }
    front, back, cmrz = di.fr_residence_card(rng, cra)
    for im, name in ((front, "titre_sejour_recto.jpg"), (back, "titre_sejour_verso.jpg")):
        sc = scan_look(place_on_scanner(im, rng, dpi=300, card_mm=(85.6, 54)), rng)
        save_jpeg(sc, out / name, 85)
    docs.append(
        doc(
            [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
            "residence_permit",
            "scan",
            dict(
                mrz_fields(dict(cra, given=cra["given"]), cra["card_no"], cra["expiry"]),
                issuing_country="FRA",
            ),
            "Certificat de résidence algérien (1 an, vie privée et familiale), front and "
            "back scanned separately at 300 dpi. MRZ: " + " / ".join(cmrz),
        )
    )
    b = {
        "act_no": "00412",
        "dob": p["dob"],
        "hour": "10h30",
        "pob": "Tizi Ouzou",
        "surname": "BOUAZZA",
        "given": "Nour El Houda",
        "sexp": "Féminin",
        "father": "Mohand BOUAZZA",
        "mother": "Ouardia AIT SAID",
        "pob_ar": "تيزي وزو",
        "surname_ar": "بوعزة",
        "given_ar": "نور الهدى",
        "sex_ar": "أنثى",
        "father_ar": "محند بوعزة",
        "mother_ar": "وردية آيت سعيد",
        "mention": "Mariée le 14/07/2024 à Lyon 7e (France) avec KACI Karim "
        "(transcription consulaire n° 2024/118).",
        "issued": D(2026, 9, 3),
    }
    save_jpeg(scan_look(civ.dz_birth(rng, b), rng), out / "extrait_naissance.jpg", 85)
    docs.append(
        doc(
            [("extrait_naissance.jpg", [1])],
            "birth_certificate",
            "scan",
            {
                "surname": "BOUAZZA",
                "given_names": "Nour El Houda",
                "date_of_birth": iso(p["dob"]),
                "place_of_birth": "Tizi Ouzou",
                "issuing_country": "DZA",
                "language": "fr+ar",
                "has_apostille": False,
            },
            "Algerian bilingual extrait d'acte de naissance. No apostille: Algeria is not "
            "a Hague apostille party; the Franco-Algerian protocol of 28 August 1962 "
            "exempts civil-status acts from legalisation (bilateral exemption).",
        )
    )
    att = {
        "host_name": "Karim KACI",
        "host_dob": host["dob"],
        "host_pob": "Lyon 3e",
        "addr1": addr[0],
        "addr2": addr[1],
        "hosted_name": "Nour El Houda BOUAZZA",
        "hosted_dob": p["dob"],
        "hosted_pob": "Tizi Ouzou (Algérie)",
        "since": D(2026, 5, 2),
        "place": "Lyon",
        "signed_on": D(2026, 11, 10),
        "font": "h-dkg",
    }
    im = raster(lambda pg: fr.attestation_hand(pg, rng, att), dpi=250, bg="#fdfdfb")
    save_jpeg(phone_photo(im, rng), out / "attestation_hebergement.jpg")
    docs.append(
        doc(
            [("attestation_hebergement.jpg", [1])],
            "hosting_attestation",
            "phone_photo",
            {
                "host_name": "Karim KACI",
                "hosted_name": "Nour El Houda BOUAZZA",
                "address": "27 avenue Jean Jaurès, 69007 Lyon",
                "since_date": "2026-05-02",
                "signed_on": "2026-11-10",
                "signed": True,
            },
            "Handwritten on lined paper by the husband, signed.",
        )
    )
    hf, hb, hmrz = di.fr_cni(rng, host)
    pg = RasterPage(210, 297, 200, "#fbfbfa")
    pg.image(hf, 20, 25, 85.6, 54)
    pg.image(hb, 20, 95, 85.6, 54)
    image_pdf(out / "CNI_Karim.pdf", [pg.im], rng)
    docs.append(
        doc(
            [("CNI_Karim.pdf", [1])],
            "national_id",
            "image_pdf",
            {
                "surname": "KACI",
                "given_names": "KARIM",
                "document_number": host["number"],
                "nationality": "FRA",
                "issuing_country": "FRA",
                "date_of_birth": iso(host["dob"]),
                "sex": "M",
                "expiry_date": iso(host["expiry"]),
                "mrz_valid": True,
            },
            "Host's French identity card (2021 model), both sides on one scanned page. "
            "MRZ: " + " / ".join(hmrz),
        )
    )

    def lease_sign(pg, y):
        sign(pg, rng, 22, y, 50, 16, "bailleur", ink="black")
        sign(pg, rng, 118, y, 50, 16, "Karim Kaci")

    lease = {
        "landlord_line": "SCI LES TERRASSES DE GERLAND, 4 quai Perrache, 69002 Lyon, "
        "représentée par la Régie Bouvier & Fils, administrateur de biens.",
        "tenant_line": "Monsieur Karim KACI",
        "address": ", ".join(addr),
        "desc": [
            (
                "Appartement de type T3, 3e étage, porte droite, d'une surface habitable "
                "de 64 m², avec cave n° 12."
            ),
            "Chauffage individuel électrique.",
        ],
        "start": D(2023, 9, 1),
        "rent": 890.0,
        "charges": 95.0,
        "city": "Lyon",
        "signed": D(2023, 8, 21),
        "sign_cb": lease_sign,
    }
    image_pdf(out / "bail_Karim.pdf", [raster(f) for f in fr.lease_pages(lease)], rng)
    docs.append(
        doc(
            [("bail_Karim.pdf", [1, 2])],
            "lease",
            "image_pdf",
            {
                "tenant_names": ["Karim KACI"],
                "landlord": "SCI LES TERRASSES DE GERLAND",
                "address": "27 avenue Jean Jaurès, 69007 Lyon",
                "start_date": "2023-09-01",
            },
            "Host's lease (bail loi 1989), scanned.",
        )
    )
    iban = fr_iban("20041", "01007", "07123450382")
    r = {
        "holder": "MME BOUAZZA NOUR EL HOUDA",
        "addr1": "27 AV JEAN JAURES",
        "addr2": "69007 LYON",
        "branch_name": "LA BANQUE POSTALE - CENTRE FINANCIER DE LYON",
        "bank": "20041",
        "branch": "01007",
        "account": "07123450382",
        "key": iban[25:27],
        "iban": iban,
        "bic": "PSSTFRPPLYO",
    }
    make_pdf(
        out / "RIB_LaBanquePostale.pdf",
        [fr.rib_lbp(r)],
        "Relevé d'identité bancaire",
        "La Banque Postale",
    )
    docs.append(
        doc(
            [("RIB_LaBanquePostale.pdf", [1])],
            "rib",
            "text_pdf",
            {
                "holder_name": "BOUAZZA NOUR EL HOUDA",
                "iban": iban,
                "bic": "PSSTFRPPLYO",
                "bank_name": "La Banque Postale",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    return {
        "as_of": as_of,
        "employed": False,
        "status": "complete",
        "requirements": dict(ALL_COMPLETE, employment="not_applicable"),
        "defect": None,
        "applicant": p,
        "docs": docs,
    }


# ------------------------------------------------------------------------------------ p02
def p02(out):
    rng = random.Random(4202)
    as_of = D(2026, 11, 23)
    p = {
        "surname": "EL OUAZZANI TOUHAMI",
        "given": "FATIMA ZAHRA",
        "nat": "MAR",
        "sex": "F",
        "dob": D(1996, 11, 3),
        "pob_pp": "FES",
        "number": "UZ4187263",
        "issued": D(2024, 5, 20),
        "expiry": D(2029, 5, 19),
        "skin": (200, 158, 128),
    }
    docs = []
    v = {
        "surname": "EL OUAZZANI TOUHAMI",
        "usage": "",
        "given": "Fatima-Zahra",
        "sex": "F",
        "dob": p["dob"],
        "pob": "Fès, Maroc",
        "nat": "Marocaine",
        "addr": "8 rue Saint-Maur, bâtiment B, 3e étage",
        "cp": "75011",
        "city": "Paris",
        "tel": "07 68 13 52 09",
        "email": "fz.elouazzani@outlook.fr",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Ingénieure d'études",
        "place": "Paris",
        "date": "19/11/2026",
        "signer": "F. El Ouazzani",
    }
    path = out / "formulaire_S1106_rempli.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=(210 * MM, 297 * MM), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setCreator("cerfa 15763*02")
    for fn in (form.page1, form.page2):
        sl = fn(PdfPage(c), 2, v)
        sig = signature_image(rng, v["signer"], 700, 220) if fn is form.page2 else None
        form.acroform(c, sl, rng, sig_image=sig)
        c.showPage()
    c.save()
    docs.append(
        doc(
            [(path.name, [1, 2])],
            "application_form",
            "text_pdf",
            form_fields(v, True, D(2026, 11, 19)),
            "Fillable PDF (AcroForm fields with values, print run 2), signature image "
            "pasted in the box.",
        )
    )
    pp, mrz = di.passport(rng, p)
    sc = scan_look(
        place_on_scanner(booklet(rng, pp), rng, dpi=250, at=(20, 15), card_mm=(125, 176)), rng
    )
    save_jpeg(sc, out / "passeport.jpg", 85)
    docs.append(
        doc(
            [("passeport.jpg", [1])],
            "passport",
            "scan",
            mrz_fields(p, p["number"], p["expiry"]),
            "MRZ: " + " / ".join(mrz),
        )
    )
    visa = dict(
        number="021847365",
        **{"from": D(2026, 2, 10)},
        until=D(2027, 2, 9),
        place="RABAT",
        issued=D(2026, 1, 28),
        remarks=[
            "VLS-TS SALARIÉ",
            "VISA DE LONG SÉJOUR VALANT TITRE DE SÉJOUR",
            "CESEDA R.431-16 - À VALIDER EN LIGNE",
        ],
    )
    vp, vmrz = di.visa_page(rng, p, visa)
    save_jpeg(phone_photo(vp, rng, cover=0.8, rot=270), out / "visa.jpg")
    docs.append(
        doc(
            [("visa.jpg", [1])],
            "long_stay_visa",
            "phone_photo",
            dict(
                mrz_fields(p, "021847365", D(2027, 2, 9)),
                issuing_country="FRA",
                visa_type="D",
                vls_ts=True,
                category="SALARIÉ",
                valid_from="2026-02-10",
                valid_until="2027-02-09",
            ),
            "Type D visa sticker (VLS-TS salarié), photographed rotated. MRV-A MRZ "
            "carries the visa number: " + " / ".join(vmrz),
        )
    )
    b = {
        "act_no": "1874/1996",
        "dob": p["dob"],
        "surname": "EL OUAZZANI TOUHAMI",
        "given": "Fatima-Zahra",
        "surname_ar": "الوزاني التهامي",
        "given_ar": "فاطمة الزهراء",
        "hijri": "22 جمادى الآخرة 1417",
        "pob": "Fès",
        "pob_ar": "فاس",
        "sexp": "Féminin",
        "sex_ar": "أنثى",
        "father": "Abdelilah EL OUAZZANI TOUHAMI",
        "father_ar": "عبد الإله الوزاني التهامي",
        "mother": "Naïma BENJELLOUN",
        "mother_ar": "نعيمة بنجلون",
        "reg": D(1996, 11, 12),
        "issued": D(2026, 1, 8),
    }
    apo = {
        "lang": "fr",
        "header": "ROYAUME DU MAROC",
        "vals": [
            "Royaume du Maroc",
            "Youssef BENNANI",
            "Officier de l'état civil",
            "Bureau d'état civil Fès-Agdal",
            "Fès",
            "12/01/2026",
            "Le Président du Tribunal de première instance de Fès",
            "2026/FES/004187",
        ],
        "stamp": ["TRIBUNAL DE 1ère", "INSTANCE", "FÈS"],
        "ink": "#5a2a8a",
    }
    image_pdf(
        out / "acte_naissance_apostille.pdf", [civ.ma_birth(rng, b), civ.apostille(rng, apo)], rng
    )
    docs.append(
        doc(
            [("acte_naissance_apostille.pdf", [1])],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "EL OUAZZANI TOUHAMI",
                "given_names": "Fatima-Zahra",
                "date_of_birth": iso(p["dob"]),
                "place_of_birth": "Fès",
                "issuing_country": "MAR",
                "language": "fr+ar",
                "has_apostille": True,
            },
            "Moroccan copie intégrale, bilingual.",
        )
    )
    docs.append(
        doc(
            [("acte_naissance_apostille.pdf", [2])],
            "apostille",
            "image_pdf",
            {
                "country": "Royaume du Maroc",
                "issued_on": "2026-01-12",
                "number": "2026/FES/004187",
                "signed_by": "Youssef BENNANI",
            },
            "Hague-model apostille in French; signed_by is item 2.",
        )
    )
    addr = "8 rue Saint-Maur, 75011 Paris"

    def lease_sign(pg, y):
        pg.text(
            22, y + 6, "Signé électroniquement par Bernard LEFÈVRE-DUMAS", "sans", 7.5, "#1a4d8f"
        )
        pg.text(22, y + 10, "le 24/02/2026 à 18:02 (Yousign)", "sans", 7.5, "#1a4d8f")
        pg.text(
            118,
            y + 6,
            "Signé électroniquement par Fatima-Zahra EL OUAZZANI TOUHAMI",
            "sans",
            7.5,
            "#1a4d8f",
        )
        pg.text(118, y + 10, "le 24/02/2026 à 20:41 (Yousign)", "sans", 7.5, "#1a4d8f")

    lease = {
        "landlord_line": "Monsieur Bernard LEFÈVRE-DUMAS, demeurant 19 boulevard de "
        "Courcelles, 75008 Paris.",
        "tenant_line": "Madame Fatima-Zahra EL OUAZZANI TOUHAMI, née le 03/11/1996 à Fès (Maroc).",
        "address": addr,
        "desc": [
            "Studio de 27 m², bâtiment B, 3e étage, porte gauche.",
            "Chauffage collectif. Eau chaude collective.",
        ],
        "start": D(2026, 3, 1),
        "rent": 940.0,
        "charges": 60.0,
        "city": "Paris",
        "signed": D(2026, 2, 24),
        "sign_cb": lease_sign,
    }
    make_pdf(
        out / "Bail_8_rue_Saint-Maur.pdf", fr.lease_pages(lease), "Contrat de location", "Yousign"
    )
    docs.append(
        doc(
            [("Bail_8_rue_Saint-Maur.pdf", [1, 2])],
            "lease",
            "text_pdf",
            {
                "tenant_names": ["Fatima-Zahra EL OUAZZANI TOUHAMI"],
                "landlord": "Bernard LEFÈVRE-DUMAS",
                "address": addr,
                "start_date": "2026-03-01",
            },
            "Lease signed electronically; started 2026-03-01, more than 3 months before as_of.",
        )
    )
    siret = make_siret("84213297", "0002")
    gross = 3450.0
    ded = sum(
        round(x, 2)
        for x in (
            gross * 0.012,
            gross * 0.069,
            gross * 0.0401,
            gross * 0.9825 * 0.068,
            gross * 0.9825 * 0.029,
        )
    )
    net_before = round(gross - ded, 2)
    pas = round(net_before * 0.042, 2)
    net = round(net_before - pas, 2)
    ps = {
        "employer": "ALTERIS CONSEIL SAS",
        "emp_addr1": "52 rue de la Victoire",
        "emp_addr2": "75009 Paris",
        "siret": siret,
        "naf": "6202A",
        "p_start": D(2026, 10, 1),
        "p_end": D(2026, 10, 31),
        "paid": D(2026, 10, 30),
        "employee": "Madame Fatima-Zahra EL OUAZZANI TOUHAMI",
        "addr1": "8 rue Saint-Maur",
        "addr2": "75011 Paris",
        "matricule": "00318",
        "job": "Ingénieure d'études et développement",
        "hired": D(2026, 2, 16),
        "gross": gross,
        "net_before": net_before,
        "pas": pas,
        "net": net,
        "employer_cost": round(gross * 1.42, 2),
    }
    make_pdf(
        out / "bulletin_paie_2026-10.pdf",
        [fr.payslip(ps)],
        "Bulletin de paie octobre 2026",
        "Silae",
    )
    docs.append(
        doc(
            [("bulletin_paie_2026-10.pdf", [1])],
            "payslip",
            "text_pdf",
            {
                "employer": "ALTERIS CONSEIL SAS",
                "employee_name": "Fatima-Zahra EL OUAZZANI TOUHAMI",
                "period": "2026-10",
                "net_pay": net,
                "siret": siret,
            },
            "Bulletin de paie clarifié, CDI; the last payslip before as_of.",
        )
    )
    iban = fr_iban("40618", "80245", "00040123456")
    r = {"holder": "MME FATIMA ZAHRA EL OUAZZANI TOUHAMI", "iban": iban, "bic": "BOUSFRPPXXX"}
    fr.bourso_screen(r).save(out / "Screenshot_20261115-091722.png")
    docs.append(
        doc(
            [("Screenshot_20261115-091722.png", [1])],
            "rib",
            "screenshot",
            {
                "holder_name": "FATIMA ZAHRA EL OUAZZANI TOUHAMI",
                "iban": iban,
                "bic": "BOUSFRPPXXX",
                "bank_name": "BoursoBank",
                "iban_valid": True,
                "rib_key_valid": True,
            },
            "Phone screenshot of the BoursoBank app 'Mon RIB' page.",
        )
    )
    return {
        "as_of": as_of,
        "employed": True,
        "status": "complete",
        "requirements": dict(ALL_COMPLETE),
        "defect": None,
        "applicant": p,
        "docs": docs,
    }
