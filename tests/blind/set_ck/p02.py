"""Packet p02: Ecuador, three successive bills from three suppliers, employed (payslip, CDD)."""

from __future__ import annotations

import civil
import frdocs
import ids
import lib
import money
from build import bill, booklet, payslip, phone, render, scan_pages
from packets_a import ALL_OK, pp_cfg


def build_p02(out: str) -> None:
    pk = lib.Packet(out, "p02", 2202)
    rng = pk.rng
    sur, giv, dob = "GUAMÁN QUISHPE", "Luis Fernando", "1990-02-03"
    site = "27 rue Paul Bert, Appt 31, 69003 Lyon"
    pp_no, pp_exp = "A4538102", "2028-06-14"
    mrz = lib.td3("ECU", sur, giv, pp_no, "ECU", dob, "M", pp_exp)
    person = {
        "iss": "ECU",
        "number": pp_no,
        "surname_print": "GUAMAN QUISHPE",
        "given_print": "LUIS FERNANDO",
        "nat_print": "ECUATORIANA",
        "sex_print": "M",
        "dob_print": ids.pp_date(dob, "es_en"),
        "pob": "QUITO / PICHINCHA",
        "issue_print": ids.pp_date("2022-06-15", "es_en"),
        "authority": "DIGERCIC",
        "exp_print": ids.pp_date(pp_exp, "es_en"),
        "skin": (0.62, 0.45, 0.33),
        "hair": (0.1, 0.08, 0.06),
    }
    page = render(ids.passport_page(pp_cfg("ECU"), person, mrz, rng), 300)[0]
    pk.write("IMG_20261109_184512.jpg", phone(booklet(page, rng), rng, rot90=1, fill=0.74))
    idf = {
        "surname": "GUAMAN QUISHPE",
        "given_names": "LUIS FERNANDO",
        "document_number": pp_no,
        "nationality": "ECU",
        "issuing_country": "ECU",
        "date_of_birth": dob,
        "sex": "M",
        "expiry_date": pp_exp,
        "mrz_valid": True,
    }
    pk.doc([("IMG_20261109_184512.jpg", [1])], "passport", "phone_photo", idf, "photo rotated 90°")
    vno, vfrom, vuntil = "031784526", "2026-03-30", "2027-03-29"
    vmrz = lib.mrva("D", "FRA", sur, giv, vno, "ECU", dob, "M", vuntil)
    v = {
        "page_no": "7",
        "number": vno,
        "from_print": "30-03-26",
        "until_print": "29-03-27",
        "days": "365",
        "issued_in": "QUITO",
        "issued_print": "02-03-26",
        "passport_no": pp_no,
        "name_line": "GUAMAN QUISHPE, LUIS FERNANDO",
        "remarks": [
            "VLS-TS SALARIE",
            "VISA VALANT TITRE DE SEJOUR",
            "A VALIDER EN LIGNE DANS LES 3 MOIS",
        ],
        "entry_point": "PARIS-CDG",
        "entry_date": "04.04.26",
        "skin": person["skin"],
        "hair": person["hair"],
    }
    vimg = render(ids.visa_page(v, vmrz, rng), 300)[0]
    pk.write("IMG_20261109_184603.jpg", phone(vimg, rng, fill=0.7))
    pk.doc(
        [("IMG_20261109_184603.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        dict(
            idf,
            document_number=vno,
            issuing_country="FRA",
            expiry_date=vuntil,
            visa_type="D",
            vls_ts=True,
            category="SALARIE",
            valid_from=vfrom,
            valid_until=vuntil,
        ),
        "VLS-TS sticker on a passport page",
    )
    # birth certificate + apostille in one scanned PDF, translation as a flatbed JPEG
    part = {
        "year": "1990",
        "tomo": "4",
        "pagina": "112",
        "acta": "2241",
        "child": [
            ("Apellidos", "GUAMÁN QUISHPE"),
            ("Nombres", "LUIS FERNANDO"),
            ("Sexo", "HOMBRE"),
            ("Fecha de nacimiento", "03 DE FEBRERO DE 1990"),
            ("Lugar de nacimiento", "QUITO - PICHINCHA - ECUADOR"),
            ("Parroquia", "IÑAQUITO"),
        ],
        "father": [
            ("Nombres y apellidos", "JOSÉ MANUEL GUAMÁN CHELA"),
            ("Nacionalidad", "ECUATORIANA"),
        ],
        "mother": [
            ("Nombres y apellidos", "ROSA ELVIRA QUISHPE TOAPANTA"),
            ("Nacionalidad", "ECUATORIANA"),
        ],
        "inscription": [
            ("Fecha de inscripción", "19 DE FEBRERO DE 1990"),
            ("Lugar de inscripción", "QUITO"),
        ],
        "issued": "QUITO, 09 DE MARZO DE 2026",
        "registrar": "Ab. MARÍA JOSÉ PAREDES",
        "verif": "RC-2026-7F3K9Q2M",
    }
    ap = {
        "lang": "es",
        "values": [
            "ECUADOR",
            "Ab. MARÍA JOSÉ PAREDES",
            "REGISTRADOR CIVIL",
            "DIRECCIÓN GENERAL DE REGISTRO CIVIL, IDENTIFICACIÓN Y CEDULACIÓN",
            "QUITO",
            "12/03/2026",
            "MINISTERIO DE RELACIONES EXTERIORES Y MOVILIDAD HUMANA",
            "2026-0048213",
        ],
        "stamp": "MINISTERIO DE RELACIONES EXTERIORES",
        "stamp_c": "ECUADOR\nAPOSTILLA",
        "code": "Verifique en: https://www.cancilleria.gob.ec/apostilla  código 2026-0048213",
    }
    pages = scan_pages(civil.ecuador_partida(part, rng), rng) + scan_pages(
        civil.apostille(ap, rng), rng
    )
    pk.write("partida_nacimiento_apostillada.pdf", lib.image_pdf(pages))
    pk.doc(
        [("partida_nacimiento_apostillada.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "GUAMÁN QUISHPE",
            "given_names": "LUIS FERNANDO",
            "date_of_birth": dob,
            "place_of_birth": "Quito",
            "issuing_country": "ECU",
            "language": "es",
            "has_apostille": True,
        },
    )
    pk.doc(
        [("partida_nacimiento_apostillada.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "ECUADOR",
            "issued_on": "2026-03-12",
            "number": "2026-0048213",
            "signed_by": "MINISTERIO DE RELACIONES EXTERIORES Y MOVILIDAD HUMANA",
        },
    )
    tr = {
        "translator": [
            "Carolina RUIZ-MARTIN",
            "Traductrice-interprète expert près la Cour d'appel de Lyon",
            "Espagnol - Français",
            "12 quai Saint-Vincent, 69001 Lyon",
            "Tél. 06 71 28 40 15",
        ],
        "rows": [
            ("Année / Tome / Page / Acte", "1990 / 4 / 112 / 2241"),
            ("Nom(s)", "GUAMÁN QUISHPE"),
            ("Prénom(s)", "LUIS FERNANDO"),
            ("Sexe", "MASCULIN"),
            ("Date de naissance", "3 février 1990"),
            ("Lieu de naissance", "Quito - Pichincha - Équateur"),
            ("Père", "José Manuel GUAMÁN CHELA"),
            ("Mère", "Rosa Elvira QUISHPE TOAPANTA"),
            ("Date d'inscription", "19 février 1990"),
        ],
        "tail": [
            "Délivré à Quito le 9 mars 2026 par l'officier d'état civil Ab. María José PAREDES.",
            "Apostille n° 2026-0048213 du 12/03/2026, Ministère des Relations extérieures.",
        ],
        "place_date": "Lyon, le 21 octobre 2026",
        "rep": "2026/318",
        "stamp": "TRADUCTRICE EXPERT COUR D'APPEL LYON",
    }
    timg = lib.scan_look(render(civil.sworn_translation(tr, rng), 200)[0], rng)
    pk.write("traduction_acte_naissance.jpg", timg)
    pk.doc(
        [("traduction_acte_naissance.jpg", [1])],
        "translation",
        "scan",
        {
            "language": "fr",
            "source_language": "es",
            "surname": "GUAMÁN QUISHPE",
            "given_names": "LUIS FERNANDO",
            "date_of_birth": dob,
        },
        "sworn translation of the partida",
    )
    # three successive bills from three suppliers
    holder = "M. Luis Fernando GUAMAN QUISHPE"
    block = ["M. GUAMAN QUISHPE LUIS FERNANDO", "27 RUE PAUL BERT", "APPT 31", "69003 LYON"]
    specs = [
        ("edf", "2026-08", "2026-09-04", 52.37, "facture_EDF_aout_2026.pdf", "text_pdf"),
        ("bytel", "2026-09", "2026-10-03", 30.99, "Facture_Bbox_sept.pdf", "text_pdf"),
        ("total", "2026-10", "2026-11-05", 41.12, "IMG_20261109_185020.jpg", "phone_photo"),
    ]
    for kind, ym, iss, amt, name, look in specs:
        pdf, fields = bill(
            kind, holder if kind == "bytel" else block[0], block, site, ym, iss, amt, rng
        )
        fields["holder_name"] = (
            "Luis Fernando GUAMAN QUISHPE" if kind == "bytel" else "GUAMAN QUISHPE LUIS FERNANDO"
        )
        if look == "phone_photo":
            pk.write(name, phone(render(pdf, 220)[0], rng, rot90=0, fill=0.8))
        else:
            pk.write(name, pdf)
        pk.doc([(name, [1])], "utility_bill", look, fields)
    # payslip (CDD), BoursoBank screenshot
    siret = lib.luhn_siret("9034518720001")
    emp = "SARL Le Comptoir des Brotteaux"
    ps = {
        "font": "Lato",
        "accent": (0.55, 0.2, 0.15),
        "start_print": "01/10/2026",
        "end_print": "31/10/2026",
        "paid_print": "31/10/2026",
        "hours": 151.67,
        "pas_rate": 0.0,
        "employer_block": [
            emp,
            "41 boulevard des Brotteaux",
            "69006 Lyon",
            "SIRET " + siret,
            "NAF 5610A",
            "CCN Hôtels, cafés, restaurants (HCR)",
        ],
        "employee_block": [
            "M. GUAMAN QUISHPE Luis Fernando",
            "27 rue Paul Bert, Appt 31, 69003 Lyon",
            "Emploi : Commis de cuisine - Niveau I éch. 2",
            "Contrat : CDD du 13/04/2026 au 12/04/2027",
            "N° SS : provisoire",
            "Matricule : 0042",
        ],
    }
    pdf, net = payslip(ps, 1912.5, rng)
    pk.write("fiche_de_paie_octobre.pdf", pdf)
    pk.doc(
        [("fiche_de_paie_octobre.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Luis Fernando GUAMAN QUISHPE",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
    )
    acc = lib.french_iban("40618", "80000", "00041873205")
    shot = render(
        money.bourso_screen(
            {
                "acc": acc,
                "bic": "BOUSFRPPXXX",
                "clock": "18:47",
                "holder": "M LUIS FERNANDO GUAMAN QUISHPE",
            },
            rng,
        ),
        72,
    )[0]
    pk.write("Screenshot_20261110-184733.png", shot)
    pk.doc(
        [("Screenshot_20261110-184733.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "LUIS FERNANDO GUAMAN QUISHPE",
            "iban": acc["iban"],
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    # form filled by hand, photographed page by page
    f = {
        "surname": "GUAMAN QUISHPE",
        "given": "Luis Fernando",
        "sex": "M",
        "dob": "03/02/1990",
        "pob_commune": "Quito",
        "pob_country": "Équateur",
        "nationality": "équatorienne",
        "address": "27 rue Paul Bert, appt 31",
        "cp": "69003",
        "commune": "Lyon",
        "tel": "06 44 17 92 08",
        "email": "lf.guaman90@hotmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "commis de cuisine",
        "place": "Lyon",
        "date_text": "10/11/2026",
        "signed": True,
        "sign_mode": "hand",
        "hand_font": "Hand1",
    }
    p1, p2 = render(frdocs.cerfa_form(f, rng, "hand", 2), 220)
    pk.write("formulaire_page1.jpg", phone(p1, rng, fill=0.82))
    pk.write("formulaire_page2.jpg", phone(p2, rng, rot90=3, fill=0.8))
    pk.doc(
        [("formulaire_page1.jpg", [1]), ("formulaire_page2.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "GUAMAN QUISHPE",
            "given_names": "Luis Fernando",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-10",
            "nir": None,
        },
        "hand-filled; page 2 photo rotated 270°",
    )
    pk.save_truth(
        {
            "as_of": "2026-11-18",
            "employed": True,
            "status": "complete",
            "requirements": dict(ALL_OK),
            "defect": None,
            "applicant": {
                "surname": "GUAMÁN QUISHPE",
                "given_names": "Luis Fernando",
                "date_of_birth": dob,
            },
        }
    )
