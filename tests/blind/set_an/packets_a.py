"""Packets p01 (Benin, lease, employed) and p02 (Serbia, hosted by spouse, not employed)."""

from __future__ import annotations

import docs_civil
import docs_fr
import docs_id
from common import (
    a4_page,
    doc,
    f,
    fr_iban,
    iban,
    id_fields,
    photo,
    requirements,
    save_img,
    scan_pages,
    scanner_pdf,
    status_of,
    write,
)
from docs_form import cerfa
from render import merge_pdfs, rasterize


def p01(folder, rng):
    p = {
        "surname": "DOSSOU-YOVO",
        "given": "Afiavi Murielle",
        "dob": "1994-03-17",
        "sex": "F",
        "nat": "BEN",
        "nat_word": "BÉNINOISE / BENINESE",
        "pob": "Porto-Novo",
        "passport_no": "B0482731",
        "pp_issue": "2025-02-14",
        "pp_expiry": "2030-02-13",
        "skin": (105, 70, 50),
    }
    as_of = "2026-11-18"
    addr = ["14 rue des Tanneurs", "Appartement 23", "59000 LILLE"]
    docs = []
    pdf, _ = docs_id.passport(p, rng)
    save_img(folder, "Passeport_DOSSOU-YOVO.jpg", photo(pdf, rng, 300), 88)
    docs.append(
        doc(
            [f("Passeport_DOSSOU-YOVO.jpg")],
            "passport",
            "phone_photo",
            id_fields(p, "B0482731", "2030-02-13", "BEN"),
            "Benin passport data page photographed on a wooden table.",
        )
    )
    v = {
        "number": "014782563",
        "from": "2026-05-10",
        "until": "2027-05-09",
        "days": 365,
        "issued_at": "COTONOU",
        "issued": "2026-04-22",
        "remarks": "VLS-TS SALARIE",
    }
    pdf, _ = docs_id.vls_ts(p, v, rng)
    save_img(folder, "visa.jpg", photo(pdf, rng, 300, rot=90), 86)
    fields = id_fields(p, "014782563", "2027-05-09", "FRA")
    fields.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": "2026-05-10",
            "valid_until": "2027-05-09",
        }
    )
    docs.append(doc([f("visa.jpg")], "long_stay_visa", "phone_photo", fields, "Rotated 90°."))
    form = {
        "surname": "DOSSOU-YOVO",
        "given": "Afiavi Murielle",
        "sex": "F",
        "dob": p["dob"],
        "pob": "Porto-Novo",
        "pob_country": "Bénin",
        "nationality": "Béninoise",
        "address1": "14 rue des Tanneurs, Appt 23",
        "postcode": "59000",
        "city": "Lille",
        "phone": "07 58 21 44 90",
        "email": "afiavi.dossou@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Aide-soignante",
        "place": "Lille",
        "date_text": "16/11/2026",
        "sig_name": "ADossou",
    }
    pdf, _ = cerfa(form, "acroform", 0, rng)
    write(folder, "formulaire_S1106_rempli.pdf", pdf)
    docs.append(
        doc(
            [f("formulaire_S1106_rempli.pdf", 1, 2)],
            "application_form",
            "text_pdf",
            {
                "surname": "DOSSOU-YOVO",
                "given_names": "Afiavi Murielle",
                "date_of_birth": p["dob"],
                "employment_status": "employed",
                "signed": True,
                "signed_on": "2026-11-16",
                "nir": None,
            },
            "Fillable PDF (AcroForm fields with values), handwritten signature image pasted.",
        )
    )
    b = {
        "act_no": "0417",
        "hour": "six heures trente minutes",
        "father": "DOSSOU-YOVO Comlan Basile",
        "father_job": "Enseignant",
        "mother": "AHOUANDJINOU Reine",
        "mother_job": "Commerçante",
        "parents_home": "Quartier Ouando, Porto-Novo",
        "drawn": "1994-03-21",
        "officer": "Gilbert HOUNSOU",
        "issued": "2025-01-08",
    }
    pdf = docs_civil.birth_benin(p, b, rng)
    save_img(folder, "acte_naissance.jpg", scan_pages(pdf, rng, 200)[0], 82)
    docs.append(
        doc(
            [f("acte_naissance.jpg")],
            "birth_certificate",
            "scan",
            {
                "surname": "DOSSOU-YOVO",
                "given_names": "Afiavi Murielle",
                "date_of_birth": p["dob"],
                "place_of_birth": "Porto-Novo",
                "issuing_country": "BEN",
                "language": "fr",
                "has_apostille": False,
            },
            "Benin is not a party to the Apostille Convention; Franco-Beninese judicial "
            "cooperation convention of 21 Feb 1975 dispenses civil-status acts from "
            "legalisation, so no apostille is expected.",
        )
    )
    L = {
        "landlord": "M. Bertrand Vandamme",
        "landlord_address": "3 place du Concert, 59800 Lille",
        "tenants_printed": ["Mme Afiavi Murielle DOSSOU-YOVO"],
        "tenant_sig": ["ADossou"],
        "address": "14 rue des Tanneurs, appartement 23, 59000 Lille",
        "rooms": "T2",
        "surface": "41,5",
        "start": "2026-06-01",
        "rent": 640.0,
        "charges": 45.0,
        "city": "Lille",
        "signed": "2026-05-27",
    }
    pdf = docs_fr.lease(L, rng)
    write(folder, "Bail_Lille_signe.pdf", scanner_pdf(scan_pages(pdf, rng, 200, gray=True), rng))
    docs.append(
        doc(
            [f("Bail_Lille_signe.pdf", 1, 2)],
            "lease",
            "image_pdf",
            {
                "tenant_names": ["Afiavi Murielle DOSSOU-YOVO"],
                "landlord": "Bertrand Vandamme",
                "address": "14 rue des Tanneurs, appartement 23, 59000 Lille",
                "start_date": "2026-06-01",
            },
            "First and signature pages of a loi 1989 lease, grey scan.",
        )
    )
    ib = fr_iban("30002", "00412", "0000451287")
    r = {
        "bank": "LCL",
        "title": "RELEVÉ D'IDENTITÉ BANCAIRE",
        "color": (0.0, 0.2, 0.55),
        "holder": "MME DOSSOU-YOVO AFIAVI MURIELLE",
        "holder_address": addr,
        "branch": ["LCL LILLE REPUBLIQUE", "2 PLACE DE LA REPUBLIQUE", "59000 LILLE"],
        "iban": ib,
        "bic": "CRLYFRPP",
    }
    write(folder, "RIB_LCL.pdf", docs_fr.rib_pdf(r, rng))
    docs.append(
        doc(
            [f("RIB_LCL.pdf")],
            "rib",
            "text_pdf",
            {
                "holder_name": "DOSSOU-YOVO AFIAVI MURIELLE",
                "iban": ib,
                "bic": "CRLYFRPP",
                "bank_name": "LCL",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employer": "CLINIQUE DU PARC SAINT-MAUR SAS",
        "employer_address": ["41 avenue de la Marne", "59700 MARCQ-EN-BARŒUL"],
        "siret": "512 846 903 00027",
        "naf": "8610Z",
        "employee": "Mme DOSSOU-YOVO Afiavi Murielle",
        "employee_address": ["14 rue des Tanneurs Appt 23", "59000 LILLE"],
        "job": "Aide-soignante",
        "hired": "2026-05-18",
        "hours": 151.67,
        "gross": 2068.40,
        "net_before_tax": 1617.31,
        "pas_rate": "1,9",
        "net": 1586.58,
    }
    write(folder, "Bulletin_salaire_octobre_2026.pdf", docs_fr.payslip(s, rng))
    docs.append(
        doc(
            [f("Bulletin_salaire_octobre_2026.pdf")],
            "payslip",
            "text_pdf",
            {
                "employer": "CLINIQUE DU PARC SAINT-MAUR SAS",
                "employee_name": "DOSSOU-YOVO Afiavi Murielle",
                "period": "2026-10",
                "net_pay": 1586.58,
                "siret": "51284690300027",
            },
        )
    )
    req = requirements(True)
    return {
        "as_of": as_of,
        "employed": True,
        "status": status_of(req),
        "requirements": req,
        "defect": None,
        "applicant": {
            "surname": p["surname"],
            "given_names": p["given"],
            "date_of_birth": p["dob"],
        },
        "documents": docs,
    }


def p02(folder, rng):
    p = {
        "surname": "PETROVIĆ",
        "given": "Nikola",
        "surname_local": "ПЕТРОВИЋ / PETROVIĆ",
        "given_local": "НИКОЛА / NIKOLA",
        "dob": "1988-11-02",
        "sex": "M",
        "nat": "SRB",
        "nat_word": "СРПСКО / SRPSKO / SERBIAN",
        "pob": "Kragujevac",
        "passport_no": "012457893",
        "pp_issue": "2022-03-09",
        "pp_expiry": "2032-03-09",
        "pp_word": "ПАСОШ / PASOŠ / PASSPORT",
        "skin": (205, 170, 145),
        "pp_labels": {
            "sur": "Презиме / Surname",
            "given": "Име / Given names",
            "dob": "Датум рођења / Date of birth",
            "pob": "Место рођења / Place of birth",
            "no": "Број пасоша / Passport No.",
        },
    }
    as_of = "2027-01-12"
    docs = []
    # --- one scanner PDF: passport, titre de séjour (front+back), birth cert, apostille
    pages = []
    pdf, _ = docs_id.passport(p, rng)
    pages.append(a4_page(rasterize(pdf, 300)[0], rng, 200))
    card = {
        "surname": "PETROVIC",
        "given": "NIKOLA",
        "nat": "SERBE",
        "nat_code": "SRB",
        "sex": "M",
        "dob": p["dob"],
        "pob": "Kragujevac (Serbie)",
        "permit_type": "VIE PRIVÉE ET FAMILIALE",
        "expiry": "2027-06-30",
        "issued": "2026-07-01",
        "number": "870034512",
        "prefecture": "LA HAUTE-VIENNE",
        "remarks": "Conjoint de Français",
        "skin": (205, 170, 145),
    }
    front, _ = docs_id.card_fr("ts", p, card, rng)
    back, _ = docs_id.card_fr("ts", p, card, rng, back=True)
    both = docs_id.compose([rasterize(front, 300)[0], rasterize(back, 300)[0]], gap=80)
    pages.append(a4_page(both, rng, 200))
    b = {
        "act_no": "200-3-1988/0917",
        "father": "Dragan Petrović",
        "mother": "Snežana Petrović",
        "jmbg": "0211988720034",
        "officer": "Milica Jovanović",
        "issued": "2025-10-14",
    }
    pages += scan_pages(docs_civil.birth_serbia(p, b, rng), rng, 200)
    ap = {
        "header": "(Convention de La Haye du 5 octobre 1961 / Хашка конвенција од 5. октобра 1961.)",
        "items": [
            ("Држава / Country:", "РЕПУБЛИКА СРБИЈА / REPUBLIC OF SERBIA"),
            ("Овај јавни документ / This public document", ""),
            ("потписало је / has been signed by:", "Milica Jovanović"),
            ("у својству / acting in the capacity of:", "матичар / registrar"),
            ("снабдевен печатом / bears the seal of:", "Град Крагујевац"),
            ("Потврђено у / Certified at:", "Крагујевац / Kragujevac"),
            ("Дана / the:", "16.10.2025"),
            ("од стране / by:", "Основни суд у Крагујевцу"),
            ("под бројем / No:", "Ов-II-4718/2025"),
            ("Печат и потпис / Seal and signature:", ""),
        ],
        "stamp": ["ОСНОВНИ СУД", "У КРАГУЈЕВЦУ", "REPUBLIKA SRBIJA"],
        "signed_by": "Ivana Marković",
    }
    pages += scan_pages(docs_civil.apostille(ap, rng), rng, 200)
    write(folder, "scan_0001.pdf", scanner_pdf(pages, rng))
    ts_fields = {
        "surname": "PETROVIC",
        "given_names": "NIKOLA",
        "document_number": "870034512",
        "nationality": "SRB",
        "issuing_country": "FRA",
        "date_of_birth": p["dob"],
        "sex": "M",
        "expiry_date": "2027-06-30",
        "mrz_valid": True,
    }
    docs += [
        doc(
            [f("scan_0001.pdf", 1)],
            "passport",
            "image_pdf",
            id_fields(p, "012457893", "2032-03-09", "SRB"),
        ),
        doc(
            [f("scan_0001.pdf", 2)],
            "residence_permit",
            "image_pdf",
            ts_fields,
            "Front and back of the card side by side on one page.",
        ),
        doc(
            [f("scan_0001.pdf", 3)],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "PETROVIĆ",
                "given_names": "NIKOLA",
                "date_of_birth": p["dob"],
                "place_of_birth": "Kragujevac",
                "issuing_country": "SRB",
                "language": "sr",
                "has_apostille": True,
            },
            "Serbian extract, Cyrillic with Latin transliteration.",
        ),
        doc(
            [f("scan_0001.pdf", 4)],
            "apostille",
            "image_pdf",
            {
                "country": "SRB",
                "issued_on": "2025-10-16",
                "number": "Ов-II-4718/2025",
                "signed_by": "Ivana Marković",
            },
        ),
    ]
    return _p02_rest(folder, rng, p, as_of, docs)


def _p02_rest(folder, rng, p, as_of, docs):
    form = {
        "surname": "PETROVIC",
        "given": "Nikola",
        "sex": "M",
        "dob": p["dob"],
        "pob": "Kragujevac",
        "pob_country": "Serbie",
        "nationality": "serbe",
        "address1": "chez Mme Dumonteil, 7 allée des Tilleuls",
        "postcode": "87000",
        "city": "Limoges",
        "phone": "06 12 87 40 33",
        "email": "nikola.petrovic88@yahoo.com",
        "situation": "sans_activite",
        "place": "Limoges",
        "date_text": "05/01/2027",
        "sig_name": "N. Petrović",
        "hand_font": "Hand3",
    }
    pdf, _ = cerfa(form, "hand", 1, rng)
    write(folder, "formulaire.pdf", scanner_pdf(scan_pages(pdf, rng, 200), rng))
    docs.append(
        doc(
            [f("formulaire.pdf", 1, 2)],
            "application_form",
            "image_pdf",
            {
                "surname": "PETROVIC",
                "given_names": "Nikola",
                "date_of_birth": p["dob"],
                "employment_status": "not_employed",
                "signed": True,
                "signed_on": "2027-01-05",
                "nir": None,
            },
            "Filled by hand, capitals in comb boxes; sans activité ticked.",
        )
    )
    host = {
        "surname": "DUMONTEIL",
        "given": "Claire Hélène",
        "sex": "F",
        "dob": "1990-04-12",
        "pob": "Limoges (87)",
        "number": "X4RTB21K8",
        "expiry": "2033-05-21",
        "issued": "2023-05-22",
        "address": "7 ALLÉE DES TILLEULS 87000 LIMOGES",
    }
    fr, _ = docs_id.card_fr("cni", p, host, rng)
    bk, _ = docs_id.card_fr("cni", p, host, rng, back=True)
    save_img(folder, "CNI_Claire_recto.jpg", photo(fr, rng, 400), 84)
    save_img(folder, "CNI_Claire_verso.jpg", photo(bk, rng, 400, rot=180), 84)
    docs.append(
        doc(
            [f("CNI_Claire_recto.jpg"), f("CNI_Claire_verso.jpg")],
            "national_id",
            "phone_photo",
            {
                "surname": "DUMONTEIL",
                "given_names": "Claire Hélène",
                "document_number": "X4RTB21K8",
                "nationality": "FRA",
                "issuing_country": "FRA",
                "date_of_birth": "1990-04-12",
                "sex": "F",
                "expiry_date": "2033-05-21",
                "mrz_valid": True,
            },
            "Host's French ID card (2021 model), back photographed upside down.",
        )
    )
    att = {
        "city": "Limoges",
        "signed": "2026-12-20",
        "font": "Hand4",
        "sig": "C. Dumonteil",
        "lines": [
            "Je soussignée Claire DUMONTEIL, née le 12/04/1990 à Limoges,",
            "demeurant 7 allée des Tilleuls, 87000 Limoges,",
            "atteste sur l'honneur héberger à mon domicile, à titre gratuit,",
            "mon époux, M. Nikola PETROVIĆ, né le 02/11/1988 à Kragujevac",
            "(Serbie), depuis le 15 mars 2026.",
            "",
            "Je joins la copie de ma carte d'identité et mes trois dernières",
            "factures Orange.",
            "Attestation faite pour servir et valoir ce que de droit.",
        ],
    }
    pdf = docs_fr.hosting_attestation(att, rng)
    save_img(folder, "attestation_hebergement.jpg", scan_pages(pdf, rng, 150)[0], 80)
    docs.append(
        doc(
            [f("attestation_hebergement.jpg")],
            "hosting_attestation",
            "scan",
            {
                "host_name": "Claire DUMONTEIL",
                "hosted_name": "Nikola PETROVIĆ",
                "address": "7 allée des Tilleuls, 87000 Limoges",
                "since_date": "2026-03-15",
                "signed_on": "2026-12-20",
                "signed": True,
            },
            "Handwritten on plain paper.",
        )
    )
    bills = []
    months = [
        ("2026-10", "31", "2026-10-04"),
        ("2026-11", "30", "2026-11-04"),
        ("2026-12", "31", "2026-12-04"),
    ]
    for i, (m, last, issue) in enumerate(months):
        bb = {
            "number": f"F0{7741203 + i * 1187}",
            "issue": issue,
            "holder": "Mme CLAIRE DUMONTEIL",
            "address_lines": ["7 ALLEE DES TILLEULS", "87000 LIMOGES"],
            "account": "0123 8841 27",
            "line": "05 55 34 18 62",
            "start": f"{m}-01",
            "end": f"{m}-{last}",
            "amount": [42.99, 42.99, 44.99][i],
            "debit": issue[:8] + "14",
        }
        bills.append(docs_fr.bill_orange(bb, rng))
        docs.append(
            doc(
                [f("factures_orange.pdf", i + 1)],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "Orange",
                    "service": "internet",
                    "holder_name": "CLAIRE DUMONTEIL",
                    "address": "7 ALLEE DES TILLEULS 87000 LIMOGES",
                    "issue_date": issue,
                    "period_start": f"{m}-01",
                    "period_end": f"{m}-{last}",
                    "amount": bb["amount"],
                    "month": m,
                },
                "Host's bill.",
            )
        )
    write(folder, "factures_orange.pdf", merge_pdfs(bills))
    ib = iban("DE", "100110012629584173")
    r = {
        "time": "10:15",
        "holder": "Nikola Petrovic",
        "iban": ib,
        "bic": "NTSBDEB1XXX",
        "bank_line": "N26 Bank SE",
        "bank_address": "Voltairestraße 8, 10179 Berlin",
    }
    save_img(folder, "Screenshot_20270108-101522_N26.png", docs_fr.screenshot_n26(r, rng))
    docs.append(
        doc(
            [f("Screenshot_20270108-101522_N26.png")],
            "rib",
            "screenshot",
            {
                "holder_name": "Nikola Petrovic",
                "iban": ib,
                "bic": "NTSBDEB1XXX",
                "bank_name": "N26 Bank SE",
                "iban_valid": True,
                "rib_key_valid": None,
            },
            "German SEPA IBAN: acceptable (information only).",
        )
    )
    req = requirements(False)
    return {
        "as_of": as_of,
        "employed": False,
        "status": status_of(req),
        "requirements": req,
        "defect": None,
        "applicant": {"surname": "PETROVIĆ", "given_names": "Nikola", "date_of_birth": p["dob"]},
        "documents": docs,
    }
