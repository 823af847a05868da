"""Packet p02 of set_w."""

from functools import partial as P

import docs_fr as F
import docs_id as I
import wdraw as W
from wkit import (
    COLOMBIA,
    Packet,
    a4,
    card,
    form_fields,
    id_fields,
    make_rib,
    passport_data,
    rib_fields,
    visa,
    visa_fields,
)

ALL_OK = {
    k: "complete"
    for k in [
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
        "employment",
    ]
}


def p02(out):
    """Colombian spouse of a French citizen in Bordeaux, hosted by him; not employed."""
    pk = Packet(out, "p02", 202)
    rng = pk.rng
    sur, giv, dob = "GOMEZ RESTREPO", "MARIA CAMILA", "1991-08-05"
    street, cp, city = "8 rue Camille Sauvageau", "33800", "Bordeaux"
    f = {
        "fill": "hand",
        "hand_font": "hand1",
        "run": 1,
        "surname": sur,
        "usage": "LEFEBVRE",
        "given": "MARIA CAMILA",
        "sex": "F",
        "dob": dob,
        "pob_city": "Medellín",
        "pob_country": "Colombie",
        "nationality": "colombienne",
        "street": street,
        "cp": cp,
        "city": city,
        "phone": "07 81 44 20 63",
        "email": "camigomez91@hotmail.com",
        "situation": "sans_activite",
        "place": "Bordeaux",
        "signed_on": "2026-11-16",
        "sig_name": "MCamila Gómez",
    }
    pk.phone("IMG_4471.jpg", a4(P(F.form_p1, f=f), dpi=200, rng=rng))
    pk.phone("IMG_4472.jpg", a4(lambda pg: F.form_p2(pg, f, rng), dpi=200, rng=rng), rot90=3)
    pk.add(
        [{"path": "IMG_4471.jpg", "pages": [1]}, {"path": "IMG_4472.jpg", "pages": [1]}],
        "application_form",
        "phone_photo",
        form_fields(f, False),
        "handwritten in blue; usage name LEFEBVRE (husband); page 2 photo rotated 270",
    )
    pp = passport_data(
        COLOMBIA,
        "COL",
        sur,
        giv,
        "AX612049",
        "COLOMBIANA",
        dob,
        "F",
        "MEDELLIN COL",
        "2022-09-12",
        "2032-09-11",
        "CANCILLERIA BOGOTA",
        (200, 160, 130),
    )
    pk.scan("pasaporte.jpg", W.on_paper(card(I.passport, pp, rng, dpi=200), rng, dpi=200), 200)
    pk.add(
        [{"path": "pasaporte.jpg", "pages": [1]}],
        "passport",
        "scan",
        id_fields(sur, giv, "AX612049", "COL", "COL", dob, "F", "2032-09-11"),
        "data page on an A4 flatbed scan; names printed without accents",
    )
    v = visa(
        {
            "surname": sur,
            "given": giv,
            "number": "022746381",
            "nat": "COL",
            "dob": dob,
            "sex": "F",
            "valid_from": "2026-04-20",
            "valid_until": "2027-04-19",
            "days": "365",
            "issued_in": "BOGOTA",
            "issued_on": "2026-04-02",
            "passport_no": "AX612049",
            "category": "VIE PRIVEE ET FAMILIALE",
            "skin": (200, 160, 130),
            "remarks": ["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        }
    )
    pk.scan("visa.jpg", W.on_paper(card(I.visa_sticker, v, rng, dpi=200), rng, dpi=200), 200)
    pk.add(
        [{"path": "visa.jpg", "pages": [1]}],
        "long_stay_visa",
        "scan",
        visa_fields(v),
        "VLS-TS conjoint de Français; printed number 'FRA 022746381'",
    )
    b = {
        "serial": "18734592",
        "nuip": "1037612458",
        "office_code": "05001",
        "surname": "GÓMEZ RESTREPO",
        "given": "MARÍA CAMILA",
        "dob": dob,
        "sex_word": "FEMENINO",
        "pob": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
        "mother": "RESTREPO VÉLEZ LUZ MARINA",
        "father": "GÓMEZ ARANGO JORGE ENRIQUE",
        "registered": "1991-08-20",
        "issued": "2026-02-10",
    }
    pk.scan(
        "registro_civil.jpg", a4(lambda pg: I.birth_colombia(pg, b, rng), dpi=200, rng=rng), 200
    )
    pk.add(
        [{"path": "registro_civil.jpg", "pages": [1]}],
        "birth_certificate",
        "scan",
        {
            "surname": "GÓMEZ RESTREPO",
            "given_names": "MARÍA CAMILA",
            "date_of_birth": dob,
            "place_of_birth": "MEDELLÍN",
            "issuing_country": "COL",
            "language": "es",
            "has_apostille": True,
        },
        "Registro civil de nacimiento; apostille in apostilla.pdf",
    )
    ap = {
        "labels": [
            "País / Country / Pays:",
            "ha sido firmado por / has been signed by:",
            "quien actúa en calidad de / acting in the capacity of:",
            "lleva el sello de / bears the seal of:",
            "en / at:",
            "el día / the:",
            "por / by:",
            "bajo el número / No:",
            "Sello / Seal:",
            "Firma / Signature:",
        ],
        "country": "COLOMBIA",
        "signed_by": "JULIÁN ANDRÉS MEJÍA",
        "capacity": "REGISTRADOR MUNICIPAL",
        "seal": "REGISTRADURÍA NACIONAL",
        "at": "BOGOTÁ D.C.",
        "issued_on": "2026-02-16",
        "by": "MINISTERIO DE RELACIONES EXTERIORES",
        "number": "A2B8K7410925",
        "seal_text": "CANCILLERÍA",
        "signed_by_sig": "Mejia",
        "lang": "es",
        "intro": "Este documento público / This public document",
        "vfont": "sans",
        "certified": "Certificado / Certified",
    }
    pk.text_pdf("apostilla.pdf", [lambda pg: I.apostille(pg, ap, rng, y0=30)], title="Apostilla")
    pk.add(
        [{"path": "apostilla.pdf", "pages": [1]}],
        "apostille",
        "text_pdf",
        {
            "country": "COL",
            "issued_on": "2026-02-16",
            "number": "A2B8K7410925",
            "signed_by": "MINISTERIO DE RELACIONES EXTERIORES",
        },
        "electronic apostille PDF for the registro civil (item 2: JULIÁN ANDRÉS MEJÍA)",
    )
    at = {
        "font": "hand1",
        "host": "Thomas LEFEBVRE",
        "host_dob": "1988-11-23",
        "host_pob": "Amiens (80)",
        "street": street,
        "cp": cp,
        "city": city,
        "hosted": "María Camila GÓMEZ RESTREPO",
        "hosted_dob": dob,
        "since": "2026-05-02",
        "signed_on": "2026-11-16",
    }
    pk.phone("IMG_4475.jpg", a4(lambda pg: F.attestation(pg, at, rng), dpi=200, rng=rng))
    pk.add(
        [{"path": "IMG_4475.jpg", "pages": [1]}],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Thomas LEFEBVRE",
            "hosted_name": "María Camila GÓMEZ RESTREPO",
            "address": f"{street}, {cp} {city}",
            "since_date": "2026-05-02",
            "signed_on": "2026-11-16",
            "signed": True,
        },
        "handwritten on lined paper",
    )
    c = {
        "number": "T7KD2M9P4",
        "surname": "LEFEBVRE",
        "given": "THOMAS PAUL",
        "sex": "M",
        "dob": "1988-11-23",
        "pob": "AMIENS (80)",
        "expiry": "2033-05-09",
        "issue": "2023-05-10",
        "prefecture": "LA GIRONDE",
    }
    c["mrz"] = W.td1(
        "ID",
        "FRA",
        c["number"],
        I.mrzd(c["dob"]),
        "M",
        I.mrzd(c["expiry"]),
        "FRA",
        "LEFEBVRE",
        "THOMAS PAUL",
    )
    pk.scan(
        "CNI_Thomas_recto.jpg", W.on_paper(card(I.cni_front, c, rng, 85.6, 54, 200), rng, 200), 200
    )
    pk.scan(
        "CNI_Thomas_verso.jpg", W.on_paper(card(I.cni_back, c, rng, 85.6, 54, 200), rng, 200), 200
    )
    pk.add(
        [
            {"path": "CNI_Thomas_recto.jpg", "pages": [1]},
            {"path": "CNI_Thomas_verso.jpg", "pages": [1]},
        ],
        "national_id",
        "scan",
        id_fields(
            "LEFEBVRE", "THOMAS PAUL", "T7KD2M9P4", "FRA", "FRA", "1988-11-23", "M", "2033-05-09"
        ),
        "host's French ID card (2021 model), TD1 MRZ on the back",
    )
    for i, (m, last) in enumerate([("08", "31"), ("09", "30"), ("10", "31")]):
        bl = {
            "line": "05 56 94 21 87",
            "number": f"F26{m}0{4417 + i}82",
            "issue": f"2026-{m}-03",
            "account": "7011 2948 33",
            "holder_printed": "M THOMAS LEFEBVRE",
            "street": street,
            "cp": cp,
            "city": city,
            "amount": "42.99",
            "sub": "42.99",
            "debit": f"2026-{m}-18",
            "start": f"2026-{m}-01",
            "end": f"2026-{m}-{last}",
        }
        fn = f"Facture_Orange_2026{m}.pdf"
        if m == "10":
            pk.image_pdf(fn, [a4(P(F.bill_orange, b=bl), rng=rng)])
            look = "image_pdf"
        else:
            pk.text_pdf(fn, [P(F.bill_orange, b=bl)], title="Facture Orange")
            look = "text_pdf"
        pk.add(
            [{"path": fn, "pages": [1]}],
            "utility_bill",
            look,
            {
                "provider": "Orange",
                "service": "internet",
                "holder_name": "THOMAS LEFEBVRE",
                "address": f"{street}, {cp} {city}",
                "issue_date": f"2026-{m}-03",
                "period_start": f"2026-{m}-01",
                "period_end": f"2026-{m}-{last}",
                "month": f"2026-{m}",
                "amount": "42.99",
            },
            "host's bill",
        )
    r = make_rib("20041", "01001", "0671234F033", "PSSTFRPPBOR", "La Banque Postale")
    r.update(
        {
            "holder_lines": ["M THOMAS LEFEBVRE", "OU MME MARIA CAMILA GOMEZ RESTREPO"],
            "addr": [street.upper(), f"{cp} {city.upper()}"],
            "domic": "LA BANQUE POSTALE - CENTRE FINANCIER DE BORDEAUX",
        }
    )
    pk.text_pdf("RIB_compte_joint.pdf", [P(F.rib_lbp, r=r)], title="RIB")
    pk.add(
        [{"path": "RIB_compte_joint.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        rib_fields(r, "THOMAS LEFEBVRE OU MARIA CAMILA GOMEZ RESTREPO"),
        "joint account",
    )
    req = dict(ALL_OK, employment="not_applicable")
    pk.write_truth(
        "2026-11-24", False, req, None, {"surname": sur, "given_names": giv, "date_of_birth": dob}
    )
    return "p02"
