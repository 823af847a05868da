"""Packet p04: applicant from the Philippines, without activity, three consecutive
Bouygues Telecom bills; ONE defect: the PSA birth certificate carries no apostille."""

from __future__ import annotations

import random
from pathlib import Path

from cb_base import d, fr_iban, iban_ok, month_end, rib_key
from cb_bills2 import bouygues_pdf
from cb_civil import ph_psa_pdf
from cb_form_fill import build_form
from cb_ids import passport_pdf, passport_upper_pdf, titre_sejour_pdf
from cb_looks import jpeg_bytes, png_bytes, rasterize, scan_look, screenshot_of_page
from cb_out import (
    Packet,
    bill_fields,
    booklet_img,
    cards_on_a4,
    look_image_pdf,
    look_photo,
    page_img,
)
from cb_work import rib_pdf


def build_p04(root: Path) -> None:
    rng = random.Random(10_004)
    who = {"surname": "DELA CRUZ", "given_names": "MARIA KRISTINA", "date_of_birth": "1992-11-02"}
    pk = Packet(root, "p04", "2026-12-04", False, who)
    dob = d("1992-11-02")
    face = {
        "skin": (0.7, 0.52, 0.38),
        "hair": (0.07, 0.05, 0.04),
        "female": True,
        "bg": (0.96, 0.96, 0.97),
    }

    # -- application form: filled by hand, scanned as two JPEG files
    fv = {
        "surname": "DELA CRUZ",
        "given": "Maria Kristina",
        "dob": dob,
        "pob_city": "Quezon City",
        "pob_country": "Philippines",
        "nationality": "philippine",
        "nir": None,
        "address": "3 impasse des Lilas",
        "cp": "69007",
        "city": "Lyon",
        "tel": "07 58 21 46 90",
        "email": "mk.delacruz92@gmail.com",
        "sex": "F",
        "situation": "sans_activite",
        "place": "Lyon",
        "date_text": "28/11/2026",
        "hand_font": "H-Dkg",
        "ticks": True,
    }
    form = build_form(fv, "B", "hand", rng)
    pages = rasterize(form, 200)
    fs = []
    for i, pg in enumerate(pages):
        fs.append((pk.write(f"scan_000{i + 1}.jpg", jpeg_bytes(scan_look(pg, rng), 80)), [1]))
    pk.doc(
        fs,
        "application_form",
        "scan",
        {
            "surname": "DELA CRUZ",
            "given_names": "Maria Kristina",
            "date_of_birth": "1992-11-02",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-28",
            "nir": None,
        },
        "print run B filled entirely by hand (capitals in comb boxes, ticks), "
        "'sans activité' ticked; 'Fait à Lyon le 28/11/2026'",
    )

    # -- passport (Philippines): phone photo stored upside down
    ph_t, ph_g = (0.93, 0.95, 0.98), ((0.75, 0.82, 0.92), (0.9, 0.82, 0.75))
    pp = {
        "code": "PHL",
        "surname": "DELA CRUZ",
        "given": "MARIA KRISTINA",
        "number": "P7392048B",
        "nat": "PHL",
        "dob": dob,
        "sex": "F",
        "expiry": d("2032-07-18"),
        "tint": ph_t,
        "guilloche": ph_g,
        "head_col": (0.05, 0.2, 0.5),
        "face": face,
        "header": [
            ("REPUBLIKA NG PILIPINAS", None, 7.5),
            ("REPUBLIC OF THE PHILIPPINES", None, 7.5),
            ("PASAPORTE / PASSPORT", None, 6.5),
        ],
        "rows": [
            [
                ("Uri/Type", "P", 14, None),
                ("Kodigo/Code", "PHL", 20, None),
                ("Pasaporte Blg./Passport No.", "P7392048B", 36, None),
            ],
            [("Apelyido/Surname", "DELA CRUZ", 60, None)],
            [("Mga Pangalan/Given names", "MARIA KRISTINA", 60, None)],
            [("Panggitnang apelyido/Middle name", "SANTOS", 60, None)],
            [
                ("Petsa ng kapanganakan/Date of birth", "02 NOV 1992", 36, None),
                ("Kasarian/Sex", "F", 20, None),
            ],
            [
                ("Petsa ng pagkakaloob/Date of issue", "19 JUL 2022", 36, None),
                ("Valid until", "18 JUL 2032", 30, None),
            ],
        ],
    }
    pdf, mrz = passport_pdf(pp, rng)
    upper = passport_upper_pdf(rng, ph_t, ph_g, [("MGA PAGPAPATIBAY / ENDORSEMENTS", None)])
    img = booklet_img(pdf, upper, 250, (25, 35, 70))
    f = pk.write(
        "IMG_3318.jpg", look_photo(img, rng, rotate_k=2, table="dark", fill=0.8, long_side=4032)
    )
    pk.doc(
        [(f, [1])],
        "passport",
        "phone_photo",
        {
            "surname": "DELA CRUZ",
            "given_names": "MARIA KRISTINA",
            "document_number": "P7392048B",
            "nationality": "PHL",
            "issuing_country": "PHL",
            "date_of_birth": "1992-11-02",
            "sex": "F",
            "expiry_date": "2032-07-18",
            "mrz_valid": True,
        },
        "middle name SANTOS printed on its own line (not in the MRZ); picture stored upside "
        "down; MRZ " + " / ".join(mrz),
    )

    # -- titre de séjour vie privée et familiale: both sides on one PNG scan
    ts = {
        "number": "LM4927016",
        "dob": dob,
        "sex": "F",
        "expiry": d("2027-05-11"),
        "nat": "PHL",
        "surname": "DELA CRUZ",
        "given": "MARIA KRISTINA",
        "face": face,
        "kind": "CARTE DE SEJOUR TEMPORAIRE",
        "mention": "VIE PRIVEE ET FAMILIALE",
        "pob": "QUEZON CITY (PHILIPPINES)",
        "issued": d("2026-05-12"),
        "authority": "PREFECTURE DU RHONE",
        "address": "3 IMPASSE DES LILAS 69007 LYON",
        "observations": ["AUTORISE SON TITULAIRE A TRAVAILLER"],
    }
    pdf, tmrz = titre_sejour_pdf(ts, rng)
    sheet = cards_on_a4(pdf, rng, 200)
    sheet = sheet.crop((0, 0, sheet.width, int(sheet.height * 0.55)))
    f = pk.write("titre_sejour.png", png_bytes(scan_look(sheet, rng, noise=2.0)))
    pk.doc(
        [(f, [1])],
        "residence_permit",
        "scan",
        {
            "surname": "DELA CRUZ",
            "given_names": "MARIA KRISTINA",
            "document_number": "LM4927016",
            "nationality": "PHL",
            "issuing_country": "FRA",
            "date_of_birth": "1992-11-02",
            "sex": "F",
            "expiry_date": "2027-05-11",
            "mrz_valid": True,
        },
        "front and back on one 200 dpi scan; MRZ " + " / ".join(tmrz),
    )

    # -- PSA birth certificate WITHOUT apostille (the defect)
    b = {
        "province": "METRO MANILA",
        "registry_no": "92-18734",
        "city": "QUEZON CITY",
        "first": "MARIA KRISTINA",
        "middle": "SANTOS",
        "last": "DELA CRUZ",
        "sex": "FEMALE",
        "dob_txt": "2        NOVEMBER        1992",
        "order": "FIRST",
        "weight": "3,050 grams",
        "pob_txt": "EAST AVENUE MEDICAL CENTER, QUEZON CITY, METRO MANILA",
        "mother": [
            ("7. MAIDEN NAME (First / Middle / Last)", "LOURDES REYES SANTOS", 0.6),
            ("8. CITIZENSHIP", "FILIPINO", 0.4),
        ],
        "father": [
            ("14. NAME (First / Middle / Last)", "ROMEO GARCIA DELA CRUZ", 0.6),
            ("15. CITIZENSHIP", "FILIPINO", 0.4),
        ],
        "marriage": "JUNE 14, 1990   QUEZON CITY",
        "prepared": "ROSALINDA M. AQUINO, Registration Officer",
        "received": "NOV 16 1992  OCRG QUEZON CITY",
        "cert_text": "This is a certified true copy of the record of birth on file with the "
        "Philippine Statistics Authority, issued upon the request of MARIA "
        "KRISTINA S. DELA CRUZ for whatever legal purpose it may serve.",
        "crg": "CLAIRE DENNIS S. MAPA, Ph.D.",
        "or_line": "OR No. 7740219583   Amount paid: PHP 155.00   Date issued: 14 August 2026",
        "serial": "B 28491736",
    }
    f = pk.write(
        "PSA_birth_certificate.jpg",
        jpeg_bytes(scan_look(page_img(ph_psa_pdf(b, rng), 200), rng, darker=1.05), 82),
    )
    pk.doc(
        [(f, [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "DELA CRUZ",
            "given_names": "MARIA KRISTINA",
            "date_of_birth": "1992-11-02",
            "place_of_birth": "Quezon City",
            "issuing_country": "PHL",
            "language": "en",
            "has_apostille": False,
        },
        "DEFECT: the Philippines is party to the Apostille Convention (since 2019) and no DFA "
        "apostille is in the packet: birth_certificate invalid",
    )

    # -- three consecutive Bouygues Telecom bills (Bbox), August to October 2026
    for i, (m, issued) in enumerate(
        (("08", "2026-08-06"), ("09", "2026-09-06"), ("10", "2026-10-06"))
    ):
        start = d(f"2026-{m}-01")
        bb = {
            "issued": d(issued),
            "debit": d(issued).replace(day=16),
            "start": start,
            "end": month_end(start),
            "invoice": f"0{4815270 + 3911 * i}-{m}26",
            "client": "1.28 475 931",
            "holder": "Mme Maria Kristina DELA CRUZ",
            "postal": ["Mme Maria Kristina DELA CRUZ", "3 impasse des Lilas", "69007 LYON"],
            "site": ["3 impasse des Lilas", "69007 LYON"],
            "plan": "Bbox fit fibre",
            "amount": 27.99,
        }
        pdf = bouygues_pdf(bb, rng)
        fields = bill_fields(
            "Bouygues Telecom",
            "internet",
            "Maria Kristina DELA CRUZ",
            "3 impasse des Lilas 69007 LYON",
            bb,
            27.99,
        )
        if m == "10":
            shot = screenshot_of_page(page_img(pdf, 150), rng, "22:07", "Facture octobre")
            f = pk.write("Screenshot_2026-11-30-22-07-41.png", png_bytes(shot))
            pk.doc(
                [(f, [1])],
                "utility_bill",
                "screenshot",
                fields,
                "bill PDF opened in the Bouygues Telecom app and screenshotted",
            )
        else:
            mois = {"08": "aout", "09": "septembre"}[m]
            f = pk.write(f"Facture_Bbox_{mois}_2026.pdf", pdf)
            pk.doc([(f, [1])], "utility_bill", "text_pdf", fields)

    # -- RIB La Banque Postale, scanner PDF
    iban, key = fr_iban("20041", "01007", "2184937N038")
    assert rib_key("20041", "01007", "2184937N038") == key and iban_ok(iban)
    r = {
        "holder_lines": ["MME DELA CRUZ MARIA KRISTINA", "3 IMPASSE DES LILAS", "69007 LYON"],
        "branch_lines": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE LYON", "69900 LYON CEDEX 20"],
        "bank": "20041",
        "branch": "01007",
        "account": "2184937N038",
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPLYO",
        "edited": d("2026-11-26"),
        "copies": 2,
        "footer": "La Banque Postale – SA à Directoire et Conseil de surveillance – 421 100 645"
        " RCS Paris – Siège social : 115 rue de Sèvres 75275 Paris Cedex 06",
    }
    f = pk.write(
        "RIB_LBP.pdf",
        look_image_pdf(
            rib_pdf(r, rng, "lbp"), rng, dpi=200, q=70, producer="Canon MF Scan Utility"
        ),
    )
    pk.doc(
        [(f, [1])],
        "rib",
        "image_pdf",
        {
            "holder_name": "DELA CRUZ MARIA KRISTINA",
            "iban": iban,
            "bic": "PSSTFRPPLYO",
            "bank_name": "LA BANQUE POSTALE",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "account number with a letter (N), RIB key computed with the letter table",
    )

    pk.finish(
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "invalid",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "not_applicable",
        },
        "birth certificate (Philippines, PSA copy) has no apostille",
    )
