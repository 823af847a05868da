"""Packet p04: Venezuela, in order (three Free bills, CDI contract + payslip)."""

from __future__ import annotations

from cx_births import apostille_ve, birth_ve
from cx_civil import contract_cdi
from cx_common import (
    a4_canvas,
    fr_iban,
    hand_text,
    mrva,
    rib_key,
    signature,
    stamp,
    td3,
)
from cx_form import build_form
from cx_ids import d_mon, open_booklet, passport_page, visa_sticker
from cx_money import bill, payslip, rib
from cx_out import (
    as_image_pdf,
    as_photo,
    as_scan,
    doc,
    f1,
    id_fields,
    pages_of,
    sign_at,
    siret,
    text_pdf,
    truth,
)

VE = {
    "paper": (240, 238, 228),
    "guil": (226, 220, 200),
    "band": (130, 20, 40),
    "band_text": (250, 230, 140),
    "title1": "REPÚBLICA BOLIVARIANA DE VENEZUELA",
    "title2": "BOLIVARIAN REPUBLIC OF VENEZUELA",
    "doc_word": "PASAPORTE / PASSPORT",
    "label": (110, 70, 60),
    "skin": (200, 160, 125),
    "rows": [
        [("Tipo / Type", "type"), ("Código / Code", "code"), ("Pasaporte N° / Passport No.", "no")],
        [("Apellidos / Surname", "surname")],
        [("Nombres / Given names", "given")],
        [("Nacionalidad / Nationality", "nat"), ("Sexo / Sex", "sex")],
        [
            ("Fecha de nacimiento / Date of birth", "dob"),
            ("Lugar de nacimiento / Place of birth", "pob"),
        ],
        [
            ("Fecha de emisión / Date of issue", "issue"),
            ("Fecha de vencimiento / Date of expiry", "expiry"),
        ],
        [("Autoridad / Authority", "auth")],
    ],
}


def p04(pdir, rng):
    as_of = "2026-11-30"
    sur, giv, dob = "GONZÁLEZ MÁRQUEZ", "DANIELA VALENTINA", "1995-09-08"
    pno, pexp = "148273659", "2034-01-21"
    addr1, cp, town = "41 avenue Jean Jaurès", "31000", "Toulouse"
    docs = []
    # --- hand-filled form, two scans whose names sort page 2 first
    v = {
        "surname": "GONZALEZ MARQUEZ",
        "given": "DANIELA VALENTINA",
        "pob_town": "MARACAIBO",
        "pob_country": "VENEZUELA",
        "nat": "VENEZUELIENNE",
        "addr": "41 AV JEAN JAURES APT 22",
        "town": "TOULOUSE",
        "cp": cp,
        "tel": "07 45 13 62 98",
        "mail": "dani.gonzalezm@gmail.com",
        "dob": "08091995",
        "job": "Développeuse web",
        "ticks": ["sex_F", "sit_salarie", "ct_CDI"],
        "place": "Toulouse",
        "date_text": "20/11/2026",
        "signed": True,
        "hand_font": "breip",
    }
    _, pages = build_form("A", "hand", v, rng)
    as_scan(pdir, "scan_0008.jpg", pages[0], rng, 200)
    as_scan(pdir, "scan_0007.jpg", pages[1], rng, 200)
    docs.append(
        doc(
            [f1("scan_0008.jpg"), f1("scan_0007.jpg")],
            "application_form",
            "scan",
            {
                "surname": "GONZALEZ MARQUEZ",
                "given_names": "DANIELA VALENTINA",
                "date_of_birth": dob,
                "employment_status": "employed",
                "signed": True,
                "signed_on": "2026-11-20",
                "nir": None,
            },
            "hand-filled print run A; page 2 scanned first (scan_0007)",
        )
    )
    # --- passport phone photo rotated 270
    l1, l2 = td3("VEN", sur, giv, pno, "VEN", dob, "F", pexp)
    pp = passport_page(
        VE,
        {
            "type": "P",
            "code": "VEN",
            "no": pno,
            "surname": sur,
            "given": giv,
            "nat": "VENEZOLANA",
            "sex": "F",
            "dob": d_mon(dob),
            "pob": "MARACAIBO",
            "issue": d_mon("2024-01-22"),
            "expiry": d_mon(pexp),
            "auth": "SAIME",
            "sig": "Daniela G.",
        },
        (l1, l2),
        rng,
    )
    as_photo(pdir, "IMG_20261121_085902.jpg", open_booklet(pp, None, rng), rng, 270, 0.8)
    docs.append(
        doc(
            [f1("IMG_20261121_085902.jpg")],
            "passport",
            "phone_photo",
            id_fields(sur, giv, pno, "VEN", "VEN", dob, "F", pexp),
            "rotated 270°; MRZ GONZALEZ<MARQUEZ<<DANIELA<VALENTINA",
        )
    )
    # --- VLS-TS visa, flatbed scan
    vno, vfrom, vuntil = "017283645", "2026-05-04", "2027-05-03"
    m1, m2 = mrva(sur, giv, vno, "VEN", dob, "F", vuntil)
    vs = visa_sticker(
        dict(
            visa_type="D",
            number_print="FRA " + vno,
            skin=(200, 160, 125),
            valid_for="FRANCE",
            **{"from": "04-05-26"},
            until="03-05-27",
            days="365",
            issued_in="CARACAS",
            issued_on="20-04-2026",
            passport=pno,
            name_line="GONZALEZ MARQUEZ, DANIELA VALENTINA",
            post="CARACAS",
            remarks=["VLS-TS SALARIE", "A VALIDER EN LIGNE DES L'ARRIVEE"],
        ),
        (m1, m2),
        rng,
    )
    sheet = a4_canvas(200)
    bk = vs.resize((int(vs.width * 0.8), int(vs.height * 0.8)))
    sheet.paste(bk, (120, 140))
    as_scan(pdir, "visa.jpg", sheet, rng, 200)
    fv = id_fields(sur, giv, vno, "VEN", "FRA", dob, "F", vuntil)
    fv.update(visa_type="D", vls_ts=True, category="SALARIE", valid_from=vfrom, valid_until=vuntil)
    docs.append(
        doc(
            [f1("visa.jpg")],
            "long_stay_visa",
            "scan",
            fv,
            "visa page scanned on A4; name printed without accents",
        )
    )
    # --- acta de nacimiento + apostille, one scanner PDF
    b = {
        "office": "Estado Zulia - Municipio Maracaibo - Parroquia Chiquinquirá",
        "acta": "2417",
        "tomo": "8",
        "folio": "117",
        "year": "1995",
        "registrar": "Yolimar Chacín de Urdaneta",
        "parish": "Parroquia Chiquinquirá del Municipio Maracaibo",
        "reg_date": "26/09/1995",
        "place": "el Hospital Universitario de Maracaibo",
        "dob_words": "ocho (08) de septiembre de mil novecientos noventa y cinco (1995)",
        "given": "DANIELA VALENTINA",
        "surnames": "GONZÁLEZ MÁRQUEZ",
        "father": "Luis Alberto GONZÁLEZ RINCÓN",
        "father_ci": "V-9.764.312",
        "mother": "Carmen Elena MÁRQUEZ DE GONZÁLEZ",
        "mother_ci": "V-10.418.227",
        "witnesses": "José Gregorio Fuenmayor y Ana Isabel Parra",
        "copy_place": "Maracaibo",
        "copy_date": "doce días del mes de mayo de 2026",
    }
    a = {
        "signer_doc": "Yolimar Chacín de Urdaneta",
        "seal_of": "Registro Civil Parroquia Chiquinquirá",
        "issued_words": "14/05/2026",
        "number": "VE-26-0513-88412",
        "signed_by": "Rosalba Mendoza Pérez",
    }
    bp = pages_of(lambda c: (birth_ve(c, b), c.showPage(), apostille_ve(c, a)))
    stamp(
        bp[0],
        640,
        1250,
        140,
        "REGISTRO CIVIL * PARROQUIA CHIQUINQUIRA * ",
        ["MARACAIBO", "ZULIA"],
        rng,
        (60, 60, 140),
    )
    signature(bp[0], (950, 1020, 1350, 1140), rng)
    as_image_pdf(pdir, "acta_nacimiento_apostillada.pdf", bp, rng)
    docs.append(
        doc(
            [f1("acta_nacimiento_apostillada.pdf", (1,))],
            "birth_certificate",
            "image_pdf",
            {
                "surname": sur,
                "given_names": giv,
                "date_of_birth": dob,
                "place_of_birth": "Maracaibo",
                "issuing_country": "VEN",
                "language": "es",
                "has_apostille": True,
            },
            "certified copy, narrative acta",
        )
    )
    docs.append(
        doc(
            [f1("acta_nacimiento_apostillada.pdf", (2,))],
            "apostille",
            "image_pdf",
            {
                "country": "Venezuela",
                "issued_on": "2026-05-14",
                "number": "VE-26-0513-88412",
                "signed_by": "Rosalba Mendoza Pérez",
            },
            "electronic apostille printout, 10 numbered items in Spanish",
        )
    )
    # --- Free bills Aug-Oct 2026 (text PDFs)
    bank, br, acc = "20041", "01016", "1748203D031"
    iban = fr_iban(bank, br, acc)
    key = rib_key(bank, br, acc)
    for i, (st, en, iss) in enumerate(
        [
            ("2026-08-01", "2026-08-31", "2026-09-01"),
            ("2026-09-01", "2026-09-30", "2026-10-01"),
            ("2026-10-01", "2026-10-31", "2026-11-01"),
        ]
    ):
        bl = {
            "holder": "Mme DANIELA GONZALEZ MARQUEZ",
            "addr_block": [
                "Mme DANIELA GONZALEZ MARQUEZ",
                "41 AVENUE JEAN JAURES",
                "APPARTEMENT 22",
                "31000 TOULOUSE",
            ],
            "issue": iss,
            "start": st,
            "end": en,
            "debit": iss[:8] + "07",
            "client_no": "FB3849217",
            "invoice_no": f"{iss[:4]}{iss[5:7]}-7741{i}93",
            "lines": [("Freebox Pop - abonnement", 29.99), ("Appels vers mobiles", 0.0)],
            "total": 29.99,
            "iban_mask": "FR76 **** **** **** **** ***" + acc[-3:] + " " + key,
            "line_id": "05 61 27 84 19",
            "ref": f"FREE-{iss[:7]}",
        }
        name = f"facture_free_{st[5:7]}_{st[:4]}.pdf"
        text_pdf(pdir, name, lambda c, bl=bl: bill(c, "free", bl))
        docs.append(
            doc(
                [f1(name)],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "Free",
                    "service": "internet",
                    "holder_name": "DANIELA GONZALEZ MARQUEZ",
                    "address": f"{addr1}, {cp} {town}",
                    "issue_date": iss,
                    "period_start": st,
                    "period_end": en,
                    "amount": 29.99,
                    "month": st[:7],
                },
            )
        )
    # --- RIB La Banque Postale (text PDF)
    text_pdf(
        pdir,
        "RIB_LBP.pdf",
        lambda c: rib(
            c,
            "lbp",
            {
                "holder_lines": [
                    "MLE GONZALEZ MARQUEZ DANIELA V",
                    "41 AV JEAN JAURES APT 22",
                    "31000 TOULOUSE",
                ],
                "bank": bank,
                "branch": br,
                "account": acc,
                "key": key,
                "iban": iban,
                "bic": "PSSTFRPPTOU",
                "domiciliation": [
                    "La Banque Postale",
                    "Centre Financier de Toulouse",
                    "31900 TOULOUSE CEDEX 9",
                ],
                "edited": "2026-06-12",
            },
        ),
    )
    docs.append(
        doc(
            [f1("RIB_LBP.pdf")],
            "rib",
            "text_pdf",
            {
                "holder_name": "GONZALEZ MARQUEZ DANIELA V",
                "iban": iban,
                "bic": "PSSTFRPPTOU",
                "bank_name": "La Banque Postale",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    # --- CDI contract (scanner PDF) + payslip photo
    emp_siret = siret("89140275", "0018")
    k = {
        "employer": "OCCITEL SYSTÈMES",
        "form": "SAS au capital de 120 000 €",
        "employer_addr": "9 rue Alsace-Lorraine, 31000 Toulouse",
        "siret": emp_siret,
        "naf": "6201Z",
        "rep": "M. Olivier Castan",
        "rep_role": "Président",
        "employee_print": "Mme Daniela Valentina GONZÁLEZ MÁRQUEZ",
        "dob_fr": "08/09/1995",
        "pob": "Maracaibo (Venezuela)",
        "nat": "vénézuélienne",
        "addr": f"{addr1}, {cp} {town}",
        "start_fr": "18/05/2026",
        "ccn": "Syntec (IDCC 1486)",
        "job": "Développeuse web full-stack",
        "status": "cadre",
        "position": "2.1",
        "salary": "44 000 € (quarante-quatre mille euros)",
        "place": "Toulouse (9 rue Alsace-Lorraine)",
        "signed_place": "Toulouse",
        "signed_fr": "06/05/2026",
    }
    yy = {}
    kp = pages_of(lambda c: yy.setdefault("y", contract_cdi(c, k)))
    y = yy["y"]
    sign_at(kp[1], 60, y - 70, 230, y - 130, rng)
    sign_at(kp[1], 340, y - 75, 520, y - 135, rng, (20, 20, 60))
    hand_text(
        kp[1],
        340 * 200 / 72,
        (841.89 - y + 150) * 200 / 72,
        "Lu et approuvé, bon pour accord",
        "breip",
        36,
        rng,
        (20, 20, 60),
    )
    as_image_pdf(pdir, "contrat_travail.pdf", kp, rng)
    docs.append(
        doc(
            [f1("contrat_travail.pdf", (1, 2))],
            "employment_contract",
            "image_pdf",
            {
                "employer": "OCCITEL SYSTÈMES",
                "employee_name": "Daniela Valentina GONZÁLEZ MÁRQUEZ",
                "contract_type": "CDI",
                "job_title": "Développeuse web full-stack",
                "start_date": "2026-05-18",
            },
        )
    )
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-31",
        "employer": "OCCITEL SYSTÈMES SAS",
        "employer_lines": [
            "9 rue Alsace-Lorraine",
            "31000 Toulouse",
            f"SIRET {emp_siret}",
            "NAF 6201Z - Convention Syntec",
        ],
        "employee_print": "Mme GONZALEZ MARQUEZ Daniela Valentina",
        "employee_lines": [
            addr1 + ", apt 22",
            f"{cp} {town}",
            "Emploi : Développeuse web full-stack",
            "Cadre - position 2.1",
            "Entrée le 18/05/2026",
            "N° SS : en attente",
        ],
        "rows": [
            ("Salaire de base", "151,67", "", "3 666,67", ""),
            ("SALAIRE BRUT", "", "", "3 666,67", ""),
            ("Santé - prévoyance", "", "", "-51,30", "86,10"),
            ("Retraite", "3 666,67", "", "-422,58", "592,17"),
            ("Assurance chômage", "3 666,67", "", "", "148,50"),
            ("CSG déductible", "3 602,50", "6,80 %", "-244,97", ""),
            ("CSG/CRDS non déductible", "3 602,50", "2,90 %", "-104,47", ""),
            ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "-823,32", "1 326,77"),
        ],
        "net_before": 2843.35,
        "pas": 213.25,
        "pas_rate": "7,5 % (taux neutre)",
        "net": 2630.10,
    }
    pimg = pages_of(lambda c: payslip(c, s))[0]
    as_photo(pdir, "IMG_20261121_090311.jpg", pimg, rng, 0, 0.86)
    docs.append(
        doc(
            [f1("IMG_20261121_090311.jpg")],
            "payslip",
            "phone_photo",
            {
                "employer": "OCCITEL SYSTÈMES SAS",
                "employee_name": "GONZALEZ MARQUEZ Daniela Valentina",
                "period": "2026-10",
                "net_pay": 2630.10,
                "siret": emp_siret,
            },
        )
    )
    reqs = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "complete",
        "residence_proof": "complete",
        "bank_details": "complete",
        "employment": "complete",
    }
    return truth(
        as_of,
        True,
        "complete",
        reqs,
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
        docs,
    )
