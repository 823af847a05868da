"""Packet p03: Armenia, one defect (birth certificate without apostille)."""

from __future__ import annotations

import os

from cx_births import birth_am
from cx_civil import attestation_hand, recepisse
from cx_common import (
    iban_ok,
    make_iban,
    td3,
)
from cx_form import build_form, save_pdf
from cx_ids import cni_front, cni_mrz, d_mon, id1_back_fr, open_booklet, passport_page
from cx_money import bill, n26_screen
from cx_out import (
    as_image_pdf,
    as_photo,
    as_png,
    as_scan,
    doc,
    f1,
    id_fields,
    text_pdf,
    truth,
)

AM = {
    "paper": (240, 236, 244),
    "guil": (222, 212, 232),
    "band": (120, 30, 40),
    "band_text": (245, 235, 220),
    "title1": "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ",
    "title2": "REPUBLIC OF ARMENIA",
    "doc_word": "ԱՆՁՆԱԳԻՐ / PASSPORT",
    "title_font": "freeserif-b",
    "word_font": "freeserif-b",
    "label_font": "freeserif",
    "label": (100, 70, 90),
    "skin": (205, 165, 140),
    "rows": [
        [("Տեսակ / Type", "type"), ("Կոդ / Code", "code"), ("Անձնագրի համար / Passport No.", "no")],
        [("Ազգանուն / Surname", "surname")],
        [("Անուն / Given names", "given")],
        [("Քաղաքացիություն / Nationality", "nat"), ("Սեռ / Sex", "sex")],
        [("Ծննդյան ամսաթիվ / Date of birth", "dob"), ("Ծննդավայր / Place of birth", "pob")],
        [("Տրման ամսաթիվ / Date of issue", "issue"), ("Վավեր է մինչև / Date of expiry", "expiry")],
        [("Տրված է / Authority", "auth")],
    ],
}


def p03(pdir, rng):
    as_of = "2026-11-26"
    sur, giv, dob = "HOVHANNISYAN", "ANAHIT", "1991-06-23"
    pno, pexp = "AU0417386", "2031-05-11"
    addr1, cp, town = "8 rue Saint-Maur", "75011", "Paris"
    host_s, host_g, host_dob = "LEROUX", "THIBAULT PIERRE", "1989-03-14"
    docs = []
    # --- fillable PDF filled on screen, signature image pasted (text_pdf)
    v = {
        "surname": sur,
        "usage": "LEROUX",
        "given": "Anahit",
        "pob_town": "Erevan",
        "pob_country": "Arménie",
        "nat": "arménienne",
        "addr": "8 rue Saint-Maur",
        "town": "Paris",
        "cp": cp,
        "tel": "06 12 74 90 38",
        "mail": "anahit.hovh@outlook.fr",
        "dob": "23061991",
        "ticks": ["sex_F", "sit_sans"],
        "place": "Paris",
        "date_text": "12/11/2026",
        "signed": True,
    }
    pdf, _ = build_form("B", "acroform", v, rng)
    save_pdf(pdf, os.path.join(pdir, "S1106_demande_PUMa_rempli.pdf"))
    docs.append(
        doc(
            [f1("S1106_demande_PUMa_rempli.pdf", (1, 2))],
            "application_form",
            "text_pdf",
            {
                "surname": sur,
                "given_names": "Anahit",
                "date_of_birth": dob,
                "employment_status": "not_employed",
                "signed": True,
                "signed_on": "2026-11-12",
                "nir": None,
            },
            "AcroForm fields with values, usage name LEROUX, pasted signature image",
        )
    )
    # --- passport, phone photo upside down
    l1, l2 = td3("ARM", sur, giv, pno, "ARM", dob, "F", pexp)
    pp = passport_page(
        AM,
        {
            "type": "P",
            "code": "ARM",
            "no": pno,
            "surname": sur,
            "given": giv,
            "nat": "ARMENIAN",
            "sex": "F",
            "dob": d_mon(dob),
            "pob": "YEREVAN",
            "issue": d_mon("2021-05-12"),
            "expiry": d_mon(pexp),
            "auth": "001",
            "sig": "A. Hovhannisyan",
        },
        (l1, l2),
        rng,
    )
    as_photo(pdir, "IMG_0932.jpg", open_booklet(pp, None, rng), rng, 180, 0.8)
    docs.append(
        doc(
            [f1("IMG_0932.jpg")],
            "passport",
            "phone_photo",
            id_fields(sur, giv, pno, "ARM", "ARM", dob, "F", pexp),
            "open booklet photographed upside down (rotated 180°)",
        )
    )
    # --- récépissé (scanner PDF)
    rno = "7511203846"
    rimg = recepisse(
        dict(
            prefecture="PRÉFECTURE DE POLICE",
            subtitle="Renouvellement",
            number=rno,
            skin=(205, 165, 140),
            surname=sur,
            usage="LEROUX",
            given="Anahit",
            dob="23/06/1991",
            pob="EREVAN (ARMÉNIE)",
            nat="arménienne",
            addr1="8 rue Saint-Maur",
            addr2="75011 PARIS",
            motif="vie privée et familiale - conjoint de Français",
            **{"from": "28/09/2026"},
            until="27/03/2027",
            work=True,
            place="Paris",
            issued="28/09/2026",
        ),
        rng,
    )
    as_image_pdf(pdir, "recepisse.pdf", [rimg], rng)
    docs.append(
        doc(
            [f1("recepisse.pdf")],
            "residence_permit",
            "image_pdf",
            dict(id_fields(sur, "Anahit", rno, "ARM", "FRA", dob, "F", "2027-03-27", None)),
            "récépissé de demande de carte de séjour (renewal), no MRZ; valid "
            "28/09/2026 - 27/03/2027",
        )
    )
    # --- birth certificate: Armenia is a Hague party, no apostille attached (the defect)
    bimg = birth_am(
        {
            "series": "II-ԾՆ 048173",
            "surname_hy": "ՀՈՎՀԱՆՆԻՍՅԱՆ",
            "surname": sur,
            "given_hy": "ԱՆԱՀԻՏ",
            "given": giv,
            "patr_hy": "ԳԱԳԻԿԻ",
            "dob": "23.06.1991",
            "place": "Երևան / Yerevan",
            "father": "ՀՈՎՀԱՆՆԻՍՅԱՆ ԳԱԳԻԿ",
            "mother": "ՀՈՎՀԱՆՆԻՍՅԱՆ ԼՈՒՍԻՆԵ",
            "record": "1873 / 1991",
            "issue": "04.04.2025",
        },
        rng,
    )
    as_photo(pdir, "IMG_0935.jpg", bimg, rng, 0, 0.84)
    docs.append(
        doc(
            [f1("IMG_0935.jpg")],
            "birth_certificate",
            "phone_photo",
            {
                "surname": sur,
                "given_names": giv,
                "date_of_birth": dob,
                "place_of_birth": "Yerevan",
                "issuing_country": "ARM",
                "language": "hy",
                "has_apostille": False,
            },
            "duplicate certificate issued 2025; Armenia is party to the Hague "
            "convention but no apostille is in the packet",
        )
    )
    # --- attestation d'hébergement by the husband (handwritten, scan)
    att = {
        "lines": [
            "Je soussigné Thibault LEROUX, né le 14/03/1989",
            "à Nantes (44), demeurant 8 rue Saint-Maur,",
            "75011 Paris, atteste sur l'honneur héberger à mon",
            "domicile, depuis le 15 janvier 2026, mon épouse",
            "Anahit HOVHANNISYAN épouse LEROUX, née le",
            "23/06/1991 à Erevan (Arménie).",
            "Attestation établie pour servir et valoir ce que",
            "de droit. Pièces jointes : copie de ma carte",
            "d'identité, 3 factures SFR.",
        ],
        "done": "Fait à Paris, le 02/11/2026",
    }
    as_scan(pdir, "attestation_hebergement.jpg", attestation_hand(att, rng), rng, 200)
    docs.append(
        doc(
            [f1("attestation_hebergement.jpg")],
            "hosting_attestation",
            "scan",
            {
                "host_name": "Thibault LEROUX",
                "hosted_name": "Anahit HOVHANNISYAN épouse LEROUX",
                "address": f"{addr1}, {cp} {town}",
                "since_date": "2026-01-15",
                "signed_on": "2026-11-02",
                "signed": True,
            },
            "handwritten on lined paper by the husband",
        )
    )
    # --- host's French ID card, two phone photos
    cno, cexp = "F7K2M9X4P", "2031-07-05"
    m = cni_mrz(
        {
            "number": cno,
            "dob": host_dob,
            "sex": "M",
            "expiry": cexp,
            "surname": host_s,
            "given": host_g,
        }
    )
    cf = cni_front(
        {
            "surname": host_s,
            "given": "THIBAULT, PIERRE",
            "sex": "M",
            "dob": "14 03 1989",
            "pob": "NANTES (44)",
            "number": cno,
            "expiry": "05 07 2031",
            "sig": "T Leroux",
            "can": "418230",
            "skin": (225, 190, 170),
        },
        rng,
    )
    cb = id1_back_fr(
        m,
        [
            ("Adresse / Address", "8 RUE SAINT-MAUR 75011 PARIS"),
            ("Date de délivrance / Date of issue", "06 07 2021"),
            ("Autorité / Authority", "PRÉFECTURE DE LOIRE-ATLANTIQUE"),
        ],
        rng,
    )
    as_photo(pdir, "CNI_Thibault_recto.jpg", cf, rng, 0, 0.55)
    as_photo(pdir, "CNI_Thibault_verso.jpg", cb, rng, 90, 0.55)
    docs.append(
        doc(
            [f1("CNI_Thibault_recto.jpg"), f1("CNI_Thibault_verso.jpg")],
            "national_id",
            "phone_photo",
            id_fields(host_s, "THIBAULT PIERRE", cno, "FRA", "FRA", host_dob, "M", cexp),
            "the host's card (2021 model), back photographed rotated 90°",
        )
    )
    # --- host's SFR bills Aug-Oct 2026 (text PDFs)
    for i, (st, en, iss) in enumerate(
        [
            ("2026-08-01", "2026-08-31", "2026-09-02"),
            ("2026-09-01", "2026-09-30", "2026-10-02"),
            ("2026-10-01", "2026-10-31", "2026-11-02"),
        ]
    ):
        b = {
            "holder": "M THIBAULT LEROUX",
            "addr_block": ["M THIBAULT LEROUX", "8 RUE SAINT MAUR", "75011 PARIS"],
            "issue": iss,
            "start": st,
            "end": en,
            "debit": iss[:8] + "12",
            "client_no": "01 2284 7730",
            "invoice_no": f"F{iss[2:4]}{iss[5:7]}S0478{i}1",
            "lines": [("SFR Fibre Power - abonnement mensuel", 32.99), ("Option SFR TV", 5.0)],
            "total": 37.99,
            "iban_mask": "FR76 **** **** **** **** *24 77",
            "line_id": "09 81 44 26 73",
            "ref": f"SFR-{iss[:7]}",
        }
        name = f"Facture_SFR_{st[:7].replace('-', '')}.pdf"
        text_pdf(pdir, name, lambda c, b=b: bill(c, "sfr", b))
        docs.append(
            doc(
                [f1(name)],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "SFR",
                    "service": "internet",
                    "holder_name": "THIBAULT LEROUX",
                    "address": f"{addr1}, {cp} {town}",
                    "issue_date": iss,
                    "period_start": st,
                    "period_end": en,
                    "amount": 37.99,
                    "month": st[:7],
                },
                "host's bill",
            )
        )
    # --- N26 screenshot (DE IBAN, legal under SEPA regulation)
    iban = make_iban("DE", "10011001" + "2638417593")
    assert iban_ok(iban)
    as_png(
        pdir,
        "Screenshot_20261112-104712.png",
        n26_screen("Anahit Hovhannisyan", iban, "NTSBDEB1XXX", rng),
    )
    docs.append(
        doc(
            [f1("Screenshot_20261112-104712.png")],
            "rib",
            "screenshot",
            {
                "holder_name": "Anahit Hovhannisyan",
                "iban": iban,
                "bic": "NTSBDEB1XXX",
                "bank_name": "N26",
                "iban_valid": True,
                "rib_key_valid": None,
            },
            "neobank account details screen; German IBAN (SEPA, acceptable)",
        )
    )
    reqs = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "invalid",
        "residence_proof": "complete",
        "bank_details": "complete",
        "employment": "not_applicable",
    }
    return truth(
        as_of,
        False,
        "incomplete",
        reqs,
        "birth certificate issued in Armenia (Hague convention party) without an apostille",
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
        docs,
    )
