"""Packet p02 (Zimbabwe, hosted by her French husband, in order)."""

from __future__ import annotations

import random
from pathlib import Path

import docs
import ids
import screens
from kit import (
    form_images,
    images,
    rib_fields,
    text_pdf,
    write_image_pdf,
    write_photos,
    write_scans,
)
from truthlib import (  # noqa: F401
    ALL_OK,
    CONV_FR,
    L_EN,
    L_ME,
    L_PT,
    bill_fields,
    doc,
    id_fields,
    passport_per,
    truth,
)
from util import make_iban, on_a4, save_jpg, scan_look


# =================================================================== p02 Zimbabwe
def p02(folder: Path, rng: random.Random) -> dict:
    sn, gn, dob = "MOYO", "TENDAI RUFARO", "1994-08-29"
    as_of = "2026-11-24"
    app = {"surname": sn, "given_names": gn, "date_of_birth": dob}
    host_addr = "7 allée des Tilleuls, 69100 Villeurbanne"
    out = []
    per = passport_per(
        {
            "title1": "REPUBLIC OF ZIMBABWE",
            "title2": "PASSPORT",
            "code": "ZWE",
            "number": "FN482917",
            "surname": sn,
            "given": gn,
            "surname_print": sn,
            "given_print": gn,
            "nat_print": "ZIMBABWEAN",
            "sex": "F",
            "dob": dob,
            "dob_print": ids.d_dot(dob, "/"),
            "pob": "BULAWAYO",
            "issue_print": "10/06/2022",
            "exp": "2032-06-09",
            "exp_print": "09/06/2032",
            "authority": "REGISTRAR GENERAL",
            "bg": (226, 236, 228),
            "line": (170, 205, 180),
            "ink": (20, 90, 50),
            "skin": (80, 52, 38),
            "labels": {
                "type": "Type",
                "code": "Country code",
                "number": "Passport No.",
                "surname": "Surname",
                "given": "Given names",
                "nat": "Nationality",
                "sex": "Sex",
                "dob": "Date of birth",
                "pob": "Place of birth",
                "issue": "Date of issue",
                "exp": "Date of expiry",
                "auth": "Authority",
            },
        }
    )
    pp = on_a4(ids.passport_page(per, rng), 300, 30, 25)
    save_jpg(scan_look(pp, rng), folder / "passport_tendai.jpg", 88)
    out.append(
        doc(
            [("passport_tendai.jpg", [1])],
            "passport",
            "scan",
            id_fields(sn, gn, "FN482917", "ZWE", "ZWE", dob, "F", "2032-06-09"),
        )
    )
    v = {
        "page_bg": per["bg"],
        "page_line": per["line"],
        "sticker_no": "004528816",
        "skin": per["skin"],
        "sex": "F",
        "from_print": "20-04-2026",
        "until_print": "19-04-2027",
        "until": "2027-04-19",
        "days": "365",
        "issued_in": "HARARE",
        "issued_print": "30-03-2026",
        "passport_no": "FN482917",
        "surname": sn,
        "given": gn,
        "nat": "ZWE",
        "dob": dob,
        "remarks": [
            "VLS-TS CONJOINT DE FRANCAIS",
            "VIE PRIVEE ET FAMILIALE",
            "CASE A VALIDER EN LIGNE DES L'ARRIVEE",
        ],
    }
    write_photos(folder, ["IMG_4471.jpg"], [ids.visa_sticker(v, rng)], rng)
    out.append(
        doc(
            [("IMG_4471.jpg", [1])],
            "long_stay_visa",
            "phone_photo",
            id_fields(
                sn,
                gn,
                "004528816",
                "ZWE",
                "FRA",
                dob,
                "F",
                "2027-04-19",
                visa_type="D",
                vls_ts=True,
                category="CONJOINT DE FRANCAIS",
                valid_from="2026-04-20",
                valid_until="2027-04-19",
            ),
        )
    )
    # form typed on screen, printed, signed by hand, photographed (two photos)
    fd = {
        "surname": sn,
        "usage_name": "MARCHETTI",
        "given_names": "Tendai Rufaro",
        "sex": "F",
        "dob": dob,
        "pob": "Bulawayo, Zimbabwe",
        "nationality": "zimbabwéenne",
        "nir": None,
        "address": "7 allée des Tilleuls",
        "postcode": "69100",
        "city": "Villeurbanne",
        "phone": "06 44 17 82 09",
        "email": "tendai.moyo94@outlook.com",
        "situation": "sans_activite",
        "place": "Villeurbanne",
        "date_text": "17/11/2026",
        "signer": "Tendai Moyo",
    }
    imgs = form_images(fd, "typed", "B", rng)
    # signature was drawn by draw_form already (handwritten image on a printed page)
    write_photos(folder, ["IMG_4480.jpg", "IMG_4481.jpg"], imgs, rng, rots=[0, 270])
    out.append(
        doc(
            [("IMG_4480.jpg", [1]), ("IMG_4481.jpg", [1])],
            "application_form",
            "phone_photo",
            {
                "surname": sn,
                "given_names": "Tendai Rufaro",
                "date_of_birth": dob,
                "employment_status": "not_employed",
                "signed": True,
                "signed_on": "2026-11-17",
                "nir": None,
            },
            "typed, printed, signed by hand; usage name MARCHETTI; page 2 rotated",
        )
    )
    # birth certificate + apostille, two scans
    bc = {
        "header": ["ZIMBABWE", "BIRTHS AND DEATHS REGISTRATION ACT [CHAPTER 5:02]"],
        "title": "BIRTH CERTIFICATE",
        "subtitle": "Certified copy of an entry of birth",
        "table": True,
        "rows": [
            ("Entry No.", "BYO/1994/118342"),
            ("Surname", "MOYO"),
            ("Forenames", "TENDAI RUFARO"),
            ("Sex", "Female"),
            ("Date of birth", "29 August 1994"),
            ("Place of birth", "Mpilo Hospital, Bulawayo"),
            ("Father", "Blessing MOYO"),
            ("Mother", "Chipo NDLOVU"),
            ("Date of registration", "12 September 1994"),
        ],
        "footer": "I hereby certify that this is a true copy of the entry in the register of "
        "births kept in my office.",
        "place_date": "Bulawayo, 14 January 2026",
        "registrar": "Registrar of Births and Deaths",
        "stamp": ["REGISTRAR", "BULAWAYO"],
        "ref": "Form B.D. 1   No. 0562219",
    }
    ap = {
        "conv": CONV_FR,
        "l": L_EN,
        "country": "Zimbabwe",
        "signed_doc_by": "S. Dube",
        "acting_as": "Registrar of Births and Deaths",
        "seal_of": "Registrar General, Bulawayo",
        "at": "Harare",
        "on_print": "03/02/2026",
        "by": "Ministry of Foreign Affairs",
        "number": "ZW/APO/2026/0731",
        "stamp_txt": "MFA Harare",
        "signer_name": "R. Chikwanha",
        "stamp_lines": ["MINISTRY OF", "FOREIGN AFFAIRS"],
    }
    pgs = images(
        [lambda p: docs.birth_certificate(p, bc, rng), lambda p: docs.apostille(p, ap, rng)],
        dpi=200,
    )
    write_scans(folder, ["scan_0012.jpg", "scan_0013.jpg"], pgs, rng)
    out.append(
        doc(
            [("scan_0012.jpg", [1])],
            "birth_certificate",
            "scan",
            {
                "surname": sn,
                "given_names": gn,
                "date_of_birth": dob,
                "place_of_birth": "Bulawayo",
                "issuing_country": "ZWE",
                "language": "en",
                "has_apostille": True,
            },
        )
    )
    out.append(
        doc(
            [("scan_0013.jpg", [1])],
            "apostille",
            "scan",
            {
                "country": "Zimbabwe",
                "issued_on": "2026-02-03",
                "number": "ZW/APO/2026/0731",
                "signed_by": "R. Chikwanha",
            },
        )
    )
    # hosting: handwritten attestation, host's CNI, host's three Free bills
    att = {
        "host": "Julien Marchetti",
        "lines": [
            "ATTESTATION D'HÉBERGEMENT",
            "",
            "Je soussigné Julien MARCHETTI, né le 14/02/1990 à Lyon,",
            "demeurant 7 allée des Tilleuls, 69100 Villeurbanne,",
            "atteste sur l'honneur héberger à mon domicile mon épouse",
            "Mme Tendai Rufaro MOYO, née le 29/08/1994 à Bulawayo (Zimbabwe),",
            "depuis le 2 mai 2026.",
            "",
            "Fait pour servir et valoir ce que de droit.",
            "Fait à Villeurbanne, le 16/11/2026",
            "",
        ],
    }
    pg = images([lambda p: docs.attestation(p, att, rng)], dpi=200)
    write_scans(folder, ["attestation_hebergement.jpg"], pg, rng)
    out.append(
        doc(
            [("attestation_hebergement.jpg", [1])],
            "hosting_attestation",
            "scan",
            {
                "host_name": "Julien MARCHETTI",
                "hosted_name": "Tendai Rufaro MOYO",
                "address": host_addr,
                "since_date": "2026-05-02",
                "signed_on": "2026-11-16",
                "signed": True,
            },
            "handwritten on plain paper",
        )
    )
    cni = {
        "bg": (226, 234, 240),
        "line": (190, 205, 225),
        "title": "CARTE NATIONALE D'IDENTITÉ",
        "skin": (225, 190, 165),
        "sex": "M",
        "surname": "MARCHETTI",
        "given": "JULIEN PAUL",
        "number": "X4RTB7P2W",
        "dob": "1990-02-14",
        "exp": "2033-05-11",
        "nat": "FRA",
        "doc_type": "ID",
        "front": [
            ("NOM / Surname", "MARCHETTI"),
            ("Prénoms / Given names", "JULIEN, PAUL"),
            ("Sexe / Sex   Nationalité", "M      FRA"),
            ("Date de naissance / Date of birth", "14 02 1990"),
            ("Lieu de naissance / Place of birth", "LYON (69)"),
        ],
        "back": [
            ("N° du document", "X4RTB7P2W"),
            ("Date de délivrance", "12 05 2023"),
            ("Date d'expiration", "11 05 2033"),
        ],
    }
    front, back = ids.card_front_back(cni, rng)
    page = on_a4(front, 300, 30, 30, second=back)
    write_image_pdf(folder / "CNI_Julien.pdf", [page.resize((1654, 2339))], rng)
    out.append(
        doc(
            [("CNI_Julien.pdf", [1])],
            "national_id",
            "image_pdf",
            id_fields(
                "MARCHETTI",
                "JULIEN PAUL",
                "X4RTB7P2W",
                "FRA",
                "FRA",
                "1990-02-14",
                "M",
                "2033-05-11",
            ),
            "host's ID card, front and back on one page",
        )
    )
    for i, (m, issue, amt) in enumerate(
        [
            ("08", "2026-09-02", "29,99"),
            ("09", "2026-10-02", "29,99"),
            ("10", "2026-11-02", "35,98"),
        ]
    ):
        last = {"08": "31", "09": "30", "10": "31"}[m]
        b = {
            "holder": "M. Julien Marchetti",
            "addr_lines": ["7 allée des Tilleuls", "69100 VILLEURBANNE"],
            "number": f"{2026}{m}{rng.randint(1000000, 9999999)}",
            "issue": issue,
            "login": "fbx7785412",
            "line": "04 78 55 21 60",
            "start": f"2026-{m}-01",
            "end": f"2026-{m}-{last}",
            "debit": issue[:8] + "07",
            "lines": [("Forfait Freebox Révolution", "29,99")]
            + ([("Communications hors forfait", "5,99")] if amt != "29,99" else []),
            "amount": amt,
        }
        name = f"facture_free_{['aout', 'septembre', 'octobre'][i]}.pdf"
        text_pdf(
            folder / name,
            [lambda p, b=b: docs.bill_free(p, b, rng)],
            rng,
            "Facture Freebox",
            "Free",
        )
        out.append(
            doc(
                [(name, [1])],
                "utility_bill",
                "text_pdf",
                bill_fields(
                    "Free",
                    "internet",
                    "Julien Marchetti",
                    host_addr,
                    issue,
                    f"2026-{m}-01",
                    f"2026-{m}-{last}",
                    amt.replace(",", "."),
                ),
                "host's bill",
            )
        )
    iban = make_iban("LT", "32500" + "19477204611")
    rv = {"holder": "Tendai Rufaro Moyo", "iban": iban, "bic": "REVOLT21", "time": "10:12"}
    screens.revolut_details(rv).save(folder / "Screenshot_20261117-101244.png")
    out.append(
        doc(
            [("Screenshot_20261117-101244.png", [1])],
            "rib",
            "screenshot",
            rib_fields("Tendai Rufaro Moyo", iban, "REVOLT21", "Revolut Bank UAB", None),
            "Lithuanian SEPA IBAN (foreign SEPA, acceptable)",
        )
    )
    return truth(as_of, False, app, out)
