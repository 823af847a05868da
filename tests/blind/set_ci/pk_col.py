"""Packet p02: Colombia, three bills, not employed."""

from __future__ import annotations

from builders import Packet, passport_fields, passport_images, passport_on_glass
from cerfa import acro_fields, layout, values
from common import make_iban, signature_image, td3
from docs_fr import bill, wise_screenshot
from docs_id import (
    MON_ES,
    col_apostille,
    col_registro,
    mrzd,
)
from pk_civ import visa, visa_fields


def p02(root):
    p = Packet(root, "p02", 202)
    as_of = "2026-11-27"
    pp = {
        "surname": "RODRÍGUEZ CASTAÑO",
        "given": "VALENTINA ANDREA",
        "mrz_surname": "RODRIGUEZ<CASTANO",
        "mrz_given": "VALENTINA<ANDREA",
        "number": "AV583912",
        "nat": "COL",
        "state": "COL",
        "dob": "1991-09-04",
        "sex": "F",
        "exp": "2033-02-13",
    }
    l1, l2 = td3(
        "P",
        "COL",
        "RODRIGUEZ CASTANO",
        "VALENTINA ANDREA",
        pp["number"],
        "COL",
        mrzd(pp["dob"]),
        "F",
        mrzd(pp["exp"]),
        "1036658412",
    )
    pp["card"] = {
        "head1": "REPÚBLICA DE COLOMBIA",
        "head2": "PASAPORTE / PASSPORT",
        "number": pp["number"],
        "mrz": (l1, l2),
        "bg": (240, 236, 222),
        "guil": (225, 205, 180),
        "face": {"skin": (200, 160, 130), "hair": (40, 25, 15), "long_hair": True},
        "holder_sig": "Valentina R",
        "rows": [
            ("Tipo / Type", "P"),
            (("Código / Code", 25), "COL"),
            ("Apellidos / Surname", "RODRÍGUEZ CASTAÑO"),
            ("Nombres / Given names", "VALENTINA ANDREA"),
            ("Nacionalidad / Nationality", "COLOMBIANA"),
            ("Fecha de nacimiento / Date of birth", "04 " + MON_ES[8] + "/SEP 1991"),
            (("Sexo / Sex", 50), "F"),
            ("Lugar de nacimiento / Place of birth", "MEDELLÍN - ANTIOQUIA"),
            ("Fecha de expedición / Date of issue", "14 FEB/FEB 2023"),
            ("Fecha de vencimiento / Date of expiry", "13 FEB/FEB 2033"),
        ],
    }
    bk = passport_images(pp, p.r())
    p.scan(passport_on_glass(bk), "pasaporte.jpg", dpi=300, q=90)
    p.add(
        [("pasaporte.jpg", [1])],
        "passport",
        "scan",
        passport_fields(pp),
        "flatbed scan at 300 dpi of the open passport; MRZ optional data holds the NUIP",
    )
    v = dict(
        number="061347285",
        **{"from": "2026-06-20"},
        until="2027-06-19",
        issued="2026-05-28",
        issued_at="BOGOTA",
        days="365",
        remarks=["VLS-TS VISITEUR", "NE PEUT EXERCER AUCUNE ACTIVITE PRO."],
    )
    v, img = visa(p, v, pp, "visa_vlsts.jpg", "photo")
    p.photo(img, "visa_vlsts.jpg", long_side=3024, fill=0.85)
    p.add(
        [("visa_vlsts.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(pp, v, "VISITEUR"),
        "phone photo of the visa page",
    )
    b = {
        "serial": "21874563",
        "nuip": "1036658412",
        "ap1": "RODRÍGUEZ",
        "ap2": "CASTAÑO",
        "names": "VALENTINA ANDREA",
        "dob_s": "04 SEPTIEMBRE 1991",
        "place": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
        "mother": "CASTAÑO OSPINA MARÍA EUGENIA",
        "father": "RODRÍGUEZ MEJÍA JUAN CARLOS",
        "insc_s": "20 de septiembre de 1991",
        "copy_s": "10 de marzo de 2026",
    }
    p.imgpdf([col_registro(b, p.r())], "registro_civil.pdf")
    p.add(
        [("registro_civil.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "RODRÍGUEZ CASTAÑO",
            "given_names": "VALENTINA ANDREA",
            "date_of_birth": "1991-09-04",
            "place_of_birth": "Medellín, Antioquia, Colombia",
            "issuing_country": "COL",
            "language": "es",
            "has_apostille": True,
        },
        "registro civil de nacimiento (copy issued by the notary), scanned",
    )
    ap = {
        "signer": "JUAN PABLO ARANGO RESTREPO",
        "capacity": "NOTARIO 15 DEL CÍRCULO DE MEDELLÍN",
        "seal": "NOTARÍA 15 DEL CÍRCULO DE MEDELLÍN",
        "issued_s": "12/03/2026",
        "number": "A2UK7X93201",
        "by": "OLGA LUCÍA CASTILLO PÉREZ - Coordinadora GIT Apostilla y Legalización",
        "holder": "VALENTINA ANDREA RODRÍGUEZ CASTAÑO",
        "code": "7F3K-29QX-A81M",
    }
    p.text(
        [col_apostille(ap, p.r())],
        "apostilla_cancilleria.pdf",
        meta={"title": "Apostilla A2UK7X93201", "creator": "Cancilleria"},
    )
    p.add(
        [("apostilla_cancilleria.pdf", [1])],
        "apostille",
        "text_pdf",
        {
            "country": "COL",
            "issued_on": "2026-03-12",
            "number": "A2UK7X93201",
            "signed_by": "OLGA LUCÍA CASTILLO PÉREZ",
        },
        "electronic apostille from the Colombian foreign ministry for the registro civil",
    )
    addr = ["27 cours de l'Argonne, Appt 14", "33000 Bordeaux"]
    holder = "Mme Valentina Andrea RODRIGUEZ CASTANO"
    bills = [
        (
            "Bouygues Telecom",
            "internet",
            "2026-08-01",
            "2026-08-31",
            "2026-08-03",
            32.99,
            "facture_bouygues_aout.pdf",
            "text_pdf",
            [("Abonnement Bbox fit du 01/08 au 31/08", 29.99), ("Option TV", 3.00)],
        ),
        (
            "EDF",
            "electricity",
            "2026-09-01",
            "2026-09-30",
            "2026-10-05",
            48.61,
            "IMG_4471.jpg",
            "phone_photo",
            [("Abonnement Tarif Bleu 6 kVA", 15.65), ("Consommation 171 kWh", 32.96)],
        ),
        (
            "Orange",
            "mobile",
            "2026-10-01",
            "2026-10-31",
            "2026-11-02",
            19.99,
            "orange_octobre.pdf",
            "text_pdf",
            [("Forfait mobile 100 Go 5G", 19.99)],
        ),
    ]
    for i, (prov, svc, s0, s1, iss, amt, fn, look, lines) in enumerate(bills):
        bd = {
            "provider": prov,
            "holder_line": holder,
            "addr": addr,
            "issue": iss,
            "start": s0,
            "end": s1,
            "number": f"{7040 + i * 13}{iss[5:7]}{i}8812",
            "client": f"{41200937 + i * 771}",
            "amount": amt,
            "lines": lines,
            "debit": iss[:8] + "15",
            "iban_mask": "BE** **** **** 7",
        }
        page = bill(bd, p.r())
        if look == "text_pdf":
            p.text([page], fn, meta={"title": "Facture", "creator": prov})
        else:
            p.photo(page, fn, rot=90, long_side=4032)
        p.add(
            [(fn, [1])],
            "utility_bill",
            look,
            {
                "provider": prov,
                "service": svc,
                "holder_name": "Valentina Andrea RODRIGUEZ CASTANO",
                "address": "27 cours de l'Argonne, Appt 14, 33000 Bordeaux",
                "issue_date": iss,
                "period_start": s0,
                "period_end": s1,
                "amount": amt,
                "month": s0[:7],
            },
            "one calendar month; three providers, consecutive months Aug-Sep-Oct 2026",
        )
    bban = "967" + "3291574"
    bban += f"{int(bban) % 97 or 97:02d}"
    iban = make_iban("BE", bban)
    w = {
        "holder": "Valentina Andrea Rodriguez Castano",
        "iban": iban,
        "bic": "TRWIBEB1XXX",
        "bank_name": "Wise",
        "bank_addr1": "Rue du Trône 100, 3rd floor",
        "bank_addr2": "Brussels 1050, Belgium",
    }
    fn = "Screenshot_20261119-101522_Wise.png"
    wise_screenshot(w, p.r()).save(p.path(fn))
    p.add(
        [(fn, [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Valentina Andrea Rodriguez Castano",
            "iban": iban,
            "bic": "TRWIBEB1XXX",
            "bank_name": "Wise",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Wise euro account details (Belgian IBAN): foreign SEPA IBAN, acceptable",
    )
    a = {
        "surname": "RODRIGUEZ CASTANO",
        "given": "Valentina Andrea",
        "sex": "F",
        "dob": "1991-09-04",
        "pob": "Medellín, Colombie",
        "nationality": "Colombienne",
        "street": "27 cours de l'Argonne, Appt 14",
        "cp": "33000",
        "city": "Bordeaux",
        "tel": "06 44 18 72 05",
        "email": "vale.rodriguez.c@outlook.com",
        "situation": "sans_activite",
        "fait_a": "Bordeaux",
        "date_text": "20/11/2026",
    }
    p1, p2, sl = layout(2)
    vals = values(a)
    rng = p.r()
    fields = acro_fields(sl, vals)
    _, _, x, y, *_ = sl["signature"]
    p2.image(x + 8, y + 2, 55, 20, signature_image("Rodriguez", rng))
    p.text(
        [p1, p2],
        "cerfa_15763_rempli.pdf",
        fields=fields,
        meta={"title": "cerfa_15763-02", "creator": "Adobe Acrobat"},
    )
    p.add(
        [("cerfa_15763_rempli.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        {
            "surname": "RODRIGUEZ CASTANO",
            "given_names": "Valentina Andrea",
            "date_of_birth": "1991-09-04",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-20",
            "nir": None,
        },
        "fillable PDF (AcroForm fields with appearance streams), handwritten signature "
        "image pasted in the box; sans activité",
    )
    return p, {
        "as_of": as_of,
        "employed": False,
        "status": "complete",
        "defect": None,
        "applicant": {
            "surname": "RODRIGUEZ CASTANO",
            "given_names": "VALENTINA ANDREA",
            "date_of_birth": "1991-09-04",
        },
        "requirements": {"employment": "not_applicable"},
    }
