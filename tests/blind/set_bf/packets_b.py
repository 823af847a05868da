"""Packets p02 (India), p03 (United Kingdom), p04 (Guinea)."""

from __future__ import annotations

import bills
import civil
import form
import ids
import life
import output
from bank import be_iban, fr_iban, iban_ok
from packets import (
    _sig_png,
    bill_fields,
    doc,
    form_fields,
    id_fields,
    luhn_siret,
    make_bill,
    truth,
    visa_fields,
)
from render import write_text_pdf


# ------------------------------------------------------------------ p02 India
def p02(rng, d):
    as_of = "2026-11-24"
    A = {"surname": "SUBRAMANIAN", "given": "KARTHIK", "dob": "1991-08-24", "sex": "M"}
    pp = {
        **A,
        "country": "IND",
        "number": "W4821937",
        "issued": "2023-02-10",
        "expiry": "2033-02-09",
        "pob": "CHENNAI, TAMIL NADU",
        "nat_text": "INDIAN",
        "authority": "CHENNAI",
    }
    docs = []
    page, _ = ids.passport_page(rng, pp)
    output.scan_jpg(d / "passport_scan.jpg", page, rng, dpi=200, card=True)
    docs.append(
        doc(
            [("passport_scan.jpg", [1])],
            "passport",
            "scan",
            id_fields(pp),
            "Indian passport data page on a flatbed scan",
        )
    )
    ts = {
        **A,
        "kind": "ts",
        "number": "750391862",
        "expiry": "2030-03-14",
        "nat": "IND",
        "ts_type": "PASSEPORT TALENT",
        "back": [
            ("Adresse / Address", "27 AV JEAN JAURES APT 12"),
            ("", "69007 LYON"),
            ("Remarques / Remarks", "AUTORISE SON TITULAIRE A TRAVAILLER"),
            ("Délivré le / Issued on", "15 03 2026 - PREFECTURE DU RHONE"),
        ],
    }
    front, _ = ids.fr_card(rng, ts, "front")
    back, _ = ids.fr_card(rng, ts, "back")
    output.photo_jpg(d / "titre_sejour_recto.jpg", front, rng, rotate=0)
    output.photo_jpg(d / "titre_sejour_verso.jpg", back, rng, rotate=180)
    docs.append(
        doc(
            [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
            "residence_permit",
            "phone_photo",
            id_fields({**ts, "nat": "IND", "issuer": "FRA"}),
            "carte de séjour pluriannuelle 'passeport talent'; verso photo upside down",
        )
    )
    bc = {
        "surname": "Subramanian",
        "given": "Karthik",
        "dob": "1991-08-24",
        "sex": "M",
        "state": "Tamil Nadu",
        "authority": "Greater Chennai Corporation",
        "area": "Zone IX - Teynampet",
        "district": "Chennai",
        "pob": "Government General Hospital, Chennai",
        "mother": "Lakshmi Subramanian",
        "father": "Venkat Subramanian",
        "parents_home": "14, 3rd Cross Street, Mylapore, Chennai 600004",
        "reg_no": "B-1991/09/0041873",
        "registered": "1991-09-02",
        "issued": "2025-12-08",
    }
    apo = {
        "country": "INDIA",
        "doc_signer": "Dr. R. Meenakshi",
        "doc_capacity": "Registrar of Births & Deaths",
        "doc_seal": "Greater Chennai Corporation",
        "place": "New Delhi",
        "date_text": "12-01-2026",
        "authority": "Ministry of External Affairs, Government of India",
        "number": "TN0126/000518",
        "signed_by": "Assistant Section Officer (CPV)",
        "seal_lines": ["MINISTRY OF", "EXTERNAL AFFAIRS"],
        "seal_ring": "GOVERNMENT OF INDIA",
        "seal_color": (30, 60, 140),
    }
    output.scanned_pdf(
        d / "birth_certificate_apostille.pdf",
        [civil.india_birth(rng, bc), civil.apostille(rng, apo, "in")],
        rng,
    )
    docs.append(
        doc(
            [("birth_certificate_apostille.pdf", [1])],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "SUBRAMANIAN",
                "given_names": "KARTHIK",
                "date_of_birth": "1991-08-24",
                "place_of_birth": "Chennai",
                "issuing_country": "IND",
                "language": "en",
                "has_apostille": True,
            },
            "Form No. 5, RBD Act 1969",
        )
    )
    docs.append(
        doc(
            [("birth_certificate_apostille.pdf", [2])],
            "apostille",
            "image_pdf",
            {
                "country": "India",
                "issued_on": "2026-01-12",
                "number": "TN0126/000518",
                "signed_by": "Assistant Section Officer (CPV)",
            },
            "MEA apostille, India is a Hague party (2005)",
        )
    )
    addr = ["27 avenue Jean Jaurès, Appartement 12", "69007 Lyon"]
    L = {
        "landlord": "Madame Hélène DUVAL-PERRIN",
        "landlord_addr": "3 quai Saint-Vincent, 69001 Lyon",
        "tenant_print": "Monsieur Karthik SUBRAMANIAN",
        "addr": addr,
        "surface": "41,5",
        "rooms": 2,
        "start": "2026-04-01",
        "rent": 780.0,
        "charges": 65.0,
        "city": "Lyon",
        "signed": "2026-03-24",
    }
    output.scanned_pdf(d / "bail_signe.pdf", life.lease(rng, L), rng, producer="HP Scan")
    docs.append(
        doc(
            [("bail_signe.pdf", [1, 2, 3])],
            "lease",
            "image_pdf",
            {
                "tenant_names": ["Karthik SUBRAMANIAN"],
                "landlord": "Hélène DUVAL-PERRIN",
                "address": ", ".join(addr),
                "start_date": "2026-04-01",
            },
            "bail loi 1989, started > 3 months ago",
        )
    )
    siret = luhn_siret("8912045670001")
    P = {
        "employer": "ALTIMEO SYSTEMS SAS",
        "employer_addr": ["112 rue Garibaldi", "69006 Lyon"],
        "siret": siret,
        "naf": "6201Z",
        "ccn": "Syntec (IDCC 1486)",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employee_print": "M. Karthik SUBRAMANIAN",
        "employee_addr": [addr[0], addr[1]],
        "matricule": "00418",
        "job": "Ingénieur logiciel",
        "status": "Cadre",
        "hired": "2026-03-16",
        "gross": 4250.0,
        "pas_rate": 7.4,
    }
    pg = life.payslip(rng, P)
    write_text_pdf(d / "Bulletin_de_paie_2026_10.pdf", [pg], "Bulletin de paie", "Silae")
    docs.append(
        doc(
            [("Bulletin_de_paie_2026_10.pdf", [1])],
            "payslip",
            "text_pdf",
            {
                "employer": "ALTIMEO SYSTEMS SAS",
                "employee_name": "Karthik SUBRAMANIAN",
                "period": "2026-10",
                "net_pay": P["net"],
                "siret": siret,
            },
            "net_pay is the 'NET PAYÉ' after income tax withheld",
        )
    )
    ib, key = fr_iban("30003", "01820", "00050417386")
    r = {
        "bank": "Société Générale",
        "holder_lines": ["M KARTHIK SUBRAMANIAN", "27 AV JEAN JAURES APT 12", "69007 LYON"],
        "bank_code": "30003",
        "branch": "01820",
        "account": "00050417386",
        "key": key,
        "iban": ib,
        "bic": "SOGEFRPP",
        "printed": "2026-04-09",
        "branch_lines": ["SG LYON JEAN MACE", "2 place Jean Macé", "69007 Lyon"],
        "legal": "Société Générale - S.A. au capital de 1 000 395 971,25 € - 552 120 222 RCS "
        "Paris - Siège : 29 bd Haussmann 75009 Paris",
    }
    output.text_pdf(d / "RIB_SG.pdf", [bills.rib_bank_pdf(rng, r)], "RIB", "Société Générale")
    docs.append(
        doc(
            [("RIB_SG.pdf", [1])],
            "rib",
            "text_pdf",
            {
                "holder_name": "M KARTHIK SUBRAMANIAN",
                "iban": ib,
                "bic": "SOGEFRPP",
                "bank_name": "Société Générale",
                "iban_valid": iban_ok(ib),
                "rib_key_valid": True,
            },
        )
    )
    f = {
        "surname": "SUBRAMANIAN",
        "given": "Karthik",
        "sex": "M",
        "dob": A["dob"],
        "pob": "Chennai",
        "pob_country": "Inde",
        "nationality": "Indienne",
        "address": addr[0],
        "cp": "69007",
        "city": "Lyon",
        "phone": "06 44 18 92 07",
        "email": "karthik.subra91@gmail.com",
        "situation": "salarie",
        "job": "Ingénieur logiciel",
        "contract": "CDI",
        "place": "Lyon",
        "date_text": "17/11/2026",
    }
    pages, _, _ = form.build(rng, 1, f, "typed")
    output.scanned_pdf(d / "formulaire_S1106.pdf", pages, rng, producer="HP Scan")
    docs.insert(
        0,
        doc(
            [("formulaire_S1106.pdf", [1, 2])],
            "application_form",
            "image_pdf",
            form_fields(f, True, "salarie", "CDI", "2026-11-17", "17/11/2026"),
            "typed, printed, signed by hand, scanned; print run 1",
        ),
    )
    return truth(
        as_of,
        True,
        {"surname": A["surname"], "given_names": A["given"], "date_of_birth": A["dob"]},
        docs,
    )


# ------------------------------------------------------------------ p03 United Kingdom
def p03(rng, d):
    as_of = "2026-11-20"
    A = {"surname": "O'SULLIVAN-HUGHES", "given": "ELEANOR GRACE", "dob": "1961-06-14", "sex": "F"}
    pp = {
        **A,
        "country": "GBR",
        "number": "560938214",
        "issued": "2022-09-01",
        "expiry": "2032-09-01",
        "pob": "BRISTOL",
        "nat_text": "BRITISH CITIZEN",
        "authority": "HMPO",
    }
    docs = []
    page, mrz = ids.passport_page(rng, pp)
    output.photo_jpg(d / "IMG_4471.jpg", page, rng, rotate=0)
    docs.append(
        doc(
            [("IMG_4471.jpg", [1])],
            "passport",
            "phone_photo",
            id_fields(pp),
            f"UK passport; MRZ name field {mrz[0][5:30]}...",
        )
    )
    v = {
        **A,
        "number": "024517803",
        "nat": "GBR",
        "valid_from": "2026-05-04",
        "valid_until": "2027-05-03",
        "days": 365,
        "issued_in": "LONDRES",
        "issued_on": "2026-04-16",
        "passport": pp["number"],
        "remarks": ["VLS-TS VISITEUR", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR"],
    }
    page, _ = ids.visa_sticker(rng, v)
    output.photo_jpg(d / "IMG_4472.jpg", page, rng, rotate=90)
    docs.append(
        doc(
            [("IMG_4472.jpg", [1])],
            "long_stay_visa",
            "phone_photo",
            visa_fields(v, "VISITEUR"),
            "VLS-TS visiteur (retiree)",
        )
    )
    bc = {
        "surname": "O'SULLIVAN",
        "given": "Eleanor Grace",
        "dob": "1961-06-14",
        "sex": "F",
        "cert_no": "BXCD 417263",
        "district": "Bristol",
        "subdistrict": "Bristol North",
        "county": "County Borough of Bristol",
        "entry": "218",
        "pob": "Southmead Hospital, Westbury-on-Trym",
        "father": "Patrick Joseph O'SULLIVAN",
        "mother": "Margaret Ann O'SULLIVAN formerly HUGHES",
        "father_job": "Bus driver",
        "informant": "M. A. O'Sullivan, Mother, 22 Filton Avenue, Horfield",
        "registered": "1961-07-03",
        "registrar": "J. T. Wheeler Registrar",
        "issued": "2026-02-19",
    }
    output.scan_jpg(d / "birth_certificate.jpg", civil.uk_birth(rng, bc), rng, dpi=200)
    docs.append(
        doc(
            [("birth_certificate.jpg", [1])],
            "birth_certificate",
            "scan",
            {
                "surname": "O'SULLIVAN",
                "given_names": "Eleanor Grace",
                "date_of_birth": "1961-06-14",
                "place_of_birth": "Bristol",
                "issuing_country": "GBR",
                "language": "en",
                "has_apostille": True,
            },
            "GRO certified copy; birth surname O'SULLIVAN, passport carries the "
            "double surname O'SULLIVAN-HUGHES (mother's maiden name HUGHES added by "
            "deed poll); apostille in apostille.jpg",
        )
    )
    apo = {
        "country": "United Kingdom of Great Britain and Northern Ireland",
        "doc_signer": "—",
        "doc_capacity": "—",
        "doc_seal": "General Register Office",
        "place": "Milton Keynes",
        "date_text": "4 March 2026",
        "authority": "HM Principal Secretary of State for Foreign, Commonwealth and "
        "Development Affairs",
        "number": "K781204",
        "signed_by": "C. Bennett",
        "seal_lines": ["LEGALISATION", "OFFICE"],
        "seal_ring": "FOREIGN COMMONWEALTH DEVELOPMENT OFFICE",
        "seal_color": (50, 50, 50),
    }
    output.scan_jpg(d / "apostille.jpg", civil.apostille(rng, apo, "uk"), rng, dpi=200)
    docs.append(
        doc(
            [("apostille.jpg", [1])],
            "apostille",
            "scan",
            {
                "country": "United Kingdom",
                "issued_on": "2026-03-04",
                "number": "K781204",
                "signed_by": "C. Bennett",
            },
            "FCDO apostille",
        )
    )
    addr = ["8 rue des Tanneurs", "24200 Sarlat-la-Canéda"]
    for ym in ["2026-08", "2026-09", "2026-10"]:
        b = make_bill(
            rng,
            "Orange",
            ym,
            "Eleanor O'SULLIVAN-HUGHES",
            "MME ELEANOR O'SULLIVAN-HUGHES",
            addr,
            "1001 884 275",
            42.99,
            "F",
            "05 53 29 41 87",
        )
        fn = f"Facture_Orange_{ym.replace('-', '')}.pdf"
        output.text_pdf(d / fn, bills.telecom_bill(rng, b), "Facture Orange", "Orange")
        docs.append(
            doc(
                [(fn, [1, 2])],
                "utility_bill",
                "text_pdf",
                bill_fields(b),
                "monthly Livebox bill in the applicant's name",
            )
        )
    ib = be_iban("967", "4418203")
    W = {"holder": "Eleanor Grace O'Sullivan-Hughes", "iban": ib, "bic": "TRWIBEB1XXX"}
    output.png(d / "Screenshot_20261112-101544.png", life.wise_screenshot(rng, W))
    docs.append(
        doc(
            [("Screenshot_20261112-101544.png", [1])],
            "rib",
            "screenshot",
            {
                "holder_name": W["holder"],
                "iban": ib,
                "bic": "TRWIBEB1XXX",
                "bank_name": "Wise",
                "iban_valid": iban_ok(ib),
                "rib_key_valid": None,
            },
            "Belgian SEPA IBAN: acceptable (Regulation (EU) 260/2012), info only",
        )
    )
    f = {
        "surname": "O'SULLIVAN-HUGHES",
        "given": "Eleanor Grace",
        "sex": "F",
        "dob": A["dob"],
        "pob": "Bristol",
        "pob_country": "Royaume-Uni",
        "nationality": "Britannique",
        "address": addr[0],
        "cp": "24200",
        "city": "Sarlat-la-Canéda",
        "email": "eleanor.osh@btinternet.com",
        "situation": "sans_activite",
        "place": "Sarlat",
        "date_text": "12/11/2026",
    }
    pages, acro, box = form.build(rng, 0, f, "acroform")
    write_text_pdf(
        d / "S1106_rempli.pdf",
        pages,
        "cerfa 15763*02",
        "Adobe Acrobat",
        setup=form.acro_setup(acro, _sig_png(rng), box),
    )
    docs.insert(
        0,
        doc(
            [("S1106_rempli.pdf", [1, 2])],
            "application_form",
            "text_pdf",
            form_fields(f, False, "sans_activite", None, "2026-11-12", "12/11/2026"),
            "fillable PDF with AcroForm fields and a pasted handwritten signature "
            "image; usage of birth name O'SULLIVAN-HUGHES as on the passport",
        ),
    )
    return truth(
        as_of,
        False,
        {"surname": A["surname"], "given_names": A["given"], "date_of_birth": A["dob"]},
        docs,
    )
