"""p04: Sri Lanka, student; the defective packet (lease started too recently)."""

from __future__ import annotations

from datetime import date

import civil
import codes
import form
import housing
import ids
import money
from kit import Packet, id_fields, iso, page_img, visa_fields


def p04(root):
    pk = Packet(root, "p04", 1404)
    as_of = date(2026, 11, 24)
    me = {
        "surname": "HERATH MUDIYANSELAGE",
        "given": "Kavindu Dilshan",
        "dob": date(2001, 7, 19),
        "sex": "M",
        "nat": "LKA",
        "skin": (120, 84, 60),
        "pob_passport": "KANDY",
        "pob": "Kandy",
    }
    addr_field = "41 rue des Filatiers, appartement 12, 31000 Toulouse"
    pp = {
        "header1": "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA",
        "header2": "PASSPORT",
        "code": "LKA",
        "number": "N8472615",
        "nationality_text": "SRI LANKAN",
        "issued": date(2025, 1, 8),
        "expiry": date(2035, 1, 7),
        "authority": "COLOMBO",
        "tint": (200, 170, 120),
        "paper": (240, 236, 222),
        "fmt": lambda d: d.strftime("%d/%m/%Y"),
        "labels": {
            "type": "Type",
            "code": "Country code",
            "number": "Passport No.",
            "surname": "Surname",
            "given": "Other names",
            "nationality": "Nationality",
            "dob": "Date of birth",
            "sex": "Sex",
            "pob": "Place of birth",
            "issue": "Date of issue",
            "authority": "Authority",
            "expiry": "Date of expiry",
        },
    }
    img = ids.booklet(ids.passport_page(me, pp, pk.rng("pp"), 16), pk.rng("pp-b"))
    f = pk.photo("IMG_7731.jpg", img, "pp-photo", rot=180, fill=0.8)
    pk.add(
        "passport",
        "phone_photo",
        [(f, [1])],
        id_fields(me, pp["number"], pp["expiry"], "LKA"),
        "Double surname (ge name + Mudiyanselage); photo stored upside down.",
    )
    visa = {
        "sticker_no": "044728193",
        "mrz_no": "044728193",
        "from": date(2026, 8, 25),
        "until": date(2027, 8, 24),
        "days": "365",
        "place": "COLOMBO",
        "issued": date(2026, 8, 6),
        "passport_no": pp["number"],
        "remark1": "VLS-TS ETUDIANT",
        "remark2": "UNIVERSITE TOULOUSE CAPITOLE",
        "category": "ETUDIANT",
    }
    img = ids.visa_sticker(me, visa, pk.rng("visa"), 16)
    f = pk.photo("IMG_7732.jpg", img, "visa-photo", rot=270, fill=0.85)
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [(f, [1])],
        visa_fields(me, visa),
        "Student VLS-TS, photo rotated 270°.",
    )
    bc = {
        "district": "Kandy",
        "division": "Gangawata Korale",
        "entry_no": "2417",
        "dob": me["dob"],
        "pob": "General Hospital, Kandy",
        "full_name": "HERATH MUDIYANSELAGE KAVINDU DILSHAN",
        "father": "Herath Mudiyanselage Sunil Bandara",
        "father_dob": "04/02/1968",
        "mother": "Rajapaksha Mudiyanselage Chandrika Kumari",
        "mother_dob": "11/10/1973",
        "informant": "H. M. Sunil Bandara, Father",
        "registrar": "K. G. Jayawardena",
        "reg_date": date(2001, 8, 2),
        "issued_at": "Kandy",
        "issued_on": date(2026, 6, 12),
        "issuer": "W. M. S. Wijeratne",
    }
    img = page_img(civil.srilanka_certificate(bc, pk.rng("bc")), 300)
    f = pk.scan_jpg("birth_certificate.jpg", img, "bc-scan", 300, 86)
    pk.add(
        "birth_certificate",
        "scan",
        [(f, [1])],
        {
            "surname": "HERATH MUDIYANSELAGE",
            "given_names": "KAVINDU DILSHAN",
            "date_of_birth": iso(me["dob"]),
            "place_of_birth": "Kandy",
            "issuing_country": "LKA",
            "language": "en",
            "has_apostille": True,
        },
        "Certified copy of the entry of birth (English version); name written in one "
        "field, surname first.",
    )
    ap = {
        "country_text": "Sri Lanka",
        "signed_by": "W. M. S. Wijeratne",
        "capacity": "Additional District Registrar",
        "seal_of": "District Registrar, Kandy",
        "at": "Colombo",
        "issued_on": date(2026, 6, 30),
        "by": "Consular Affairs Division, Ministry of Foreign Affairs",
        "number": "LK/APO/2026/05512",
        "signer": "D. P. Gunasekara",
        "stamp_text": "CONSULAR AFFAIRS DIVISION * COLOMBO*",
        "stamp_center": ["SRI LANKA"],
        "fonts": ("serif", "serif-b"),
        "ink": (120, 40, 110),
    }
    img = page_img(civil.apostille(ap, pk.rng("ap"), "en"), 300)
    f = pk.scan_jpg("apostille.jpg", img, "ap-scan", 300, 86)
    pk.add(
        "apostille",
        "scan",
        [(f, [1])],
        {
            "country": "LKA",
            "issued_on": "2026-06-30",
            "number": ap["number"],
            "signed_by": "W. M. S. Wijeratne",
        },
    )
    L = {
        "landlord": "Capitole Gestion",
        "city": "Toulouse",
        "signed": date(2026, 8, 27),
        "start": date(2026, 9, 1),
        "copies": "deux",
        "furnished": True,
        "fonts": ("sans", "sans-b"),
        "landlord_text": "Mme Catherine SABATIER, représentée par son mandataire CAPITOLE "
        "GESTION IMMOBILIÈRE, 9 rue d'Alsace-Lorraine, 31000 Toulouse, "
        "carte professionnelle CPI 3101 2019 000 041 227.",
        "tenants_text": "M. Kavindu Dilshan HERATH MUDIYANSELAGE, né le 19/07/2001 à Kandy "
        "(Sri Lanka), étudiant.",
        "tenants": ["Kavindu Dilshan HERATH MUDIYANSELAGE"],
        "address": "41 rue des Filatiers, appartement 12, 31000 Toulouse",
        "description": "Studio meublé de 19 m², 2e étage, kitchenette équipée.",
        "duration": "neuf mois (bail étudiant, article 25-7 de la loi du 6 juillet 1989), "
        "du 01/09/2026 au 31/05/2027, non reconductible.",
        "rent": 540.0,
        "charges": 40.0,
        "deposit": 1080.0,
        "agency_stamp": ["CAPITOLE GESTION IMMOBILIÈRE", "9 rue d'Alsace-Lorraine 31000 Toulouse"],
    }
    f = pk.text_pdf(
        "Bail_studio_Toulouse.pdf",
        housing.lease_pages(L, pk.rng("lease")),
        title="Contrat de location meublée",
        producer="Docusign",
    )
    pk.add(
        "lease",
        "text_pdf",
        [(f, [1, 2, 3])],
        {
            "tenant_names": ["Kavindu Dilshan HERATH MUDIYANSELAGE"],
            "landlord": "Catherine SABATIER",
            "address": addr_field,
            "start_date": "2026-09-01",
        },
        "DEFECT: furnished student lease starting 01/09/2026, less than three months before "
        "the audit date 24/11/2026; no bill or other proof covers the earlier months.",
    )
    acct = ("20041", "01016", "0891734N038")
    iban, key = codes.fr_iban(*acct)
    r = {
        "style": "lbp",
        "bank": acct[0],
        "branch": acct[1],
        "account": acct[2],
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPTOU",
        "holder_lines": [
            "M HERATH MUDIYANSELAGE KAVINDU DILSHAN",
            "41 RUE DES FILATIERS",
            "APPT 12",
            "31000 TOULOUSE",
        ],
        "branch_lines": [
            "La Banque Postale",
            "Centre Financier de Toulouse",
            "31900 TOULOUSE CEDEX 9",
        ],
        "footer": "La Banque Postale — SA à Directoire et Conseil de surveillance — 421 100 "
        "645 RCS Paris — 115 rue de Sèvres 75275 Paris Cedex 06",
    }
    img = page_img(money.rib_pdf(r), 200)
    f = pk.image_pdf("RIB.pdf", [img], "rib-scan", producer="Xerox WorkCentre")
    pk.add(
        "rib",
        "image_pdf",
        [(f, [1])],
        {
            "holder_name": "M HERATH MUDIYANSELAGE KAVINDU DILSHAN",
            "iban": iban,
            "bic": "PSSTFRPPTOU",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    fm = {
        "surname": "HERATH MUDIYANSELAGE",
        "given": "Kavindu Dilshan",
        "sex": "M",
        "dob": me["dob"],
        "pob_city": "Kandy",
        "pob_country": "Sri Lanka",
        "nationality": "Sri-lankaise",
        "address": "41 rue des Filatiers, appt 12",
        "cp": "31000",
        "commune": "Toulouse",
        "phone": "07 53 90 18 24",
        "email": "kavindu.dilshan01@gmail.com",
        "situation": "etudiant",
        "place": "Toulouse",
        "date_text": "19/11/2026",
        "signed": True,
        "hand_font": "hand4",
    }
    pages = form.form_pages(fm, "A", "hand", pk.rng("form"))
    f1 = pk.scan_jpg("scan_0001.jpg", page_img(pages[0], 200), "form-1", 200, 84)
    f2 = pk.scan_jpg("scan_0002.jpg", page_img(pages[1], 200), "form-2", 200, 84)
    pk.add(
        "application_form",
        "scan",
        [(f1, [1]), (f2, [1])],
        {
            "surname": "HERATH MUDIYANSELAGE",
            "usage_name": None,
            "given_names": "Kavindu Dilshan",
            "date_of_birth": iso(me["dob"]),
            "employment_status": "not_employed",
            "situation": "etudiant",
            "signed": True,
            "signed_on": "2026-11-19",
            "date_text": "19/11/2026",
            "place": "Toulouse",
            "nir": None,
        },
        "Filled by hand (print run A), flatbed scans.",
    )
    req = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "complete",
        "residence_proof": "invalid",
        "bank_details": "complete",
        "employment": "not_applicable",
    }
    defect = (
        "residence_proof: the lease started on 2026-09-01, less than three months before "
        "the audit date 2026-11-24, and nothing else covers the earlier months"
    )
    return pk.truth(
        as_of,
        False,
        req,
        defect,
        {"surname": me["surname"], "given_names": me["given"], "date_of_birth": iso(me["dob"])},
    )
