"""Packets p03 (Cambodia, three bills, CDD) and p04 (Rwanda, hosted, expired VLS-TS)."""

from __future__ import annotations

import docs_civil
import docs_fr
import docs_id
from common import (
    card_on_bed,
    doc,
    f,
    fr_iban,
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
from render import merge_pdfs


def p03(folder, rng):
    p = {
        "surname": "CHEA",
        "given": "Sreypov",
        "dob": "1997-06-25",
        "sex": "F",
        "nat": "KHM",
        "nat_word": "CAMBODIAN",
        "pob": "Battambang",
        "passport_no": "N01824737",
        "pp_issue": "2024-01-16",
        "pp_expiry": "2034-01-15",
        "skin": (175, 130, 95),
        "pp_word": "PASSPORT / PASSEPORT",
    }
    as_of = "2026-12-03"
    docs = []
    pdf, _ = docs_id.passport(p, rng)
    save_img(folder, "IMG_20261129_101455.jpg", photo(pdf, rng, 300), 87)
    docs.append(
        doc(
            [f("IMG_20261129_101455.jpg")],
            "passport",
            "phone_photo",
            id_fields(p, "N01824737", "2034-01-15", "KHM"),
        )
    )
    v = {
        "number": "021456390",
        "from": "2026-07-20",
        "until": "2027-07-19",
        "days": 365,
        "issued_at": "PHNOM PENH",
        "issued": "2026-07-02",
        "remarks": "VLS-TS TRAVAILLEUR TEMPORAIRE",
    }
    pdf, _ = docs_id.vls_ts(p, v, rng)
    save_img(folder, "IMG_20261129_101530.jpg", photo(pdf, rng, 300, rot=270), 87)
    fields = id_fields(p, "021456390", "2027-07-19", "FRA")
    fields.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "TRAVAILLEUR TEMPORAIRE",
            "valid_from": "2026-07-20",
            "valid_until": "2027-07-19",
        }
    )
    docs.append(doc([f("IMG_20261129_101530.jpg")], "long_stay_visa", "phone_photo", fields))
    form = {
        "surname": "CHEA",
        "given": "Sreypov",
        "sex": "F",
        "dob": p["dob"],
        "pob": "Battambang",
        "pob_country": "Cambodge",
        "nationality": "Cambodgienne",
        "address1": "58 avenue d'Ivry, bâtiment B",
        "postcode": "75013",
        "city": "Paris",
        "phone": "07 44 10 92 36",
        "email": "sreypov.chea97@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Commis de cuisine",
        "place": "Paris",
        "date_text": "28/11/2026",
        "sig_name": "Sreypov",
    }
    pdf, _ = cerfa(form, "typed", 2, rng)
    save_img(folder, "IMG_20261129_102012.jpg", photo(pdf, rng, 150, page=0), 85)
    save_img(folder, "IMG_20261129_102040.jpg", photo(pdf, rng, 150, page=1, rot=180), 85)
    docs.append(
        doc(
            [f("IMG_20261129_102012.jpg"), f("IMG_20261129_102040.jpg")],
            "application_form",
            "phone_photo",
            {
                "surname": "CHEA",
                "given_names": "Sreypov",
                "date_of_birth": p["dob"],
                "employment_status": "employed",
                "signed": True,
                "signed_on": "2026-11-28",
                "nir": None,
            },
            "Typed on screen, printed, signed by hand, each page photographed (page 2 upside "
            "down).",
        )
    )
    b = {
        "act_no": "214",
        "book": "03/1997",
        "month_en": "June",
        "father": "CHEA Sokha",
        "mother": "LIM Sophal",
        "parents_home": "Village Kampong Seima, Svay Por, Battambang",
        "registered": "30 June 1997",
        "officer": "SAM Vuthy",
        "issued_en": "12 May 2026",
        "legal_mfa": "20 May 2026",
        "legal_no": "MFA-LG 10877",
        "legal_fr": "22/05/2026",
        "legal_fr_no": "2026/0612",
    }
    pdf = docs_civil.birth_cambodia(p, b, rng)
    write(folder, "acte de naissance legalise.pdf", scanner_pdf(scan_pages(pdf, rng, 200), rng))
    docs.append(
        doc(
            [f("acte de naissance legalise.pdf")],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "CHEA",
                "given_names": "SREYPOV",
                "date_of_birth": p["dob"],
                "place_of_birth": "Battambang",
                "issuing_country": "KHM",
                "language": "en",
                "has_apostille": False,
            },
            "Cambodia is not a party to the Apostille Convention: the certificate carries the "
            "legalisation of the Cambodian MFA and of the French embassy instead.",
        )
    )
    addr = ["58 AVENUE D'IVRY BAT B", "75013 PARIS"]
    months = [
        ("2026-08", "31", "2026-09-02"),
        ("2026-09", "30", "2026-10-02"),
        ("2026-10", "31", "2026-11-03"),
    ]
    for i, (m, last, issue) in enumerate(months):
        bb = {
            "number": f"{20402217 + i * 9931}",
            "issue": issue,
            "holder": "Mme Sreypov CHEA",
            "address_lines": addr,
            "account": "1.29.448.071",
            "line": "01 84 21 66 07",
            "start": f"{m}-01",
            "end": f"{m}-{last}",
            "amount": 32.99,
            "debit": issue[:8] + "12",
            "time": "11:02",
        }
        if i < 2:
            name = f"facture_bbox_{m[5:]}-{m[:4]}.pdf"
            write(folder, name, docs_fr.bill_bouygues(bb, rng))
            look = "text_pdf"
        else:
            name = "Screenshot_2026-11-29-11-02-17.png"
            save_img(folder, name, docs_fr.screenshot_bbox(bb, rng))
            look = "screenshot"
        docs.append(
            doc(
                [f(name)],
                "utility_bill",
                look,
                {
                    "provider": "Bouygues Telecom",
                    "service": "internet",
                    "holder_name": "Sreypov CHEA",
                    "address": "58 AVENUE D'IVRY BAT B 75013 PARIS",
                    "issue_date": issue,
                    "period_start": f"{m}-01",
                    "period_end": f"{m}-{last}",
                    "amount": 32.99,
                    "month": m,
                },
            )
        )
    k = {
        "employer": "SARL LE JARDIN DE KAMPOT",
        "form": "SARL",
        "capital": "20 000 €",
        "employer_address": "112 boulevard Masséna, 75013 Paris",
        "siret": "829 514 772 00015",
        "rep": "M. Dara Ouk",
        "rep_title": "gérant",
        "employee_printed": "Mademoiselle CHEA Sreypov",
        "dob": p["dob"],
        "pob": "Battambang (Cambodge)",
        "nat": "cambodgienne",
        "address": "58 avenue d'Ivry, bâtiment B, 75013 Paris",
        "start": "2026-08-03",
        "months": 12,
        "end": "2027-08-02",
        "job": "commis de cuisine",
        "level": "I échelon 2",
        "ccn": "des hôtels, cafés, restaurants (IDCC 1979)",
        "gross": 1840.0,
        "city": "Paris",
        "signed": "2026-07-28",
        "sig": "Sreypov",
    }
    save_img(folder, "CDD_signe.jpg", scan_pages(docs_fr.contract(k, rng), rng, 200)[0], 80)
    docs.append(
        doc(
            [f("CDD_signe.jpg")],
            "employment_contract",
            "scan",
            {
                "employer": "SARL LE JARDIN DE KAMPOT",
                "employee_name": "CHEA Sreypov",
                "contract_type": "CDD",
                "job_title": "commis de cuisine",
                "start_date": "2026-08-03",
            },
        )
    )
    ib = fr_iban("10278", "06041", "0002318745")
    r = {
        "bank": "Crédit Mutuel",
        "color": (0.0, 0.3, 0.6),
        "holder": "MLLE CHEA SREYPOV",
        "holder_address": addr,
        "branch": ["CCM PARIS 13 TOLBIAC", "35 RUE DE TOLBIAC", "75013 PARIS"],
        "iban": ib,
        "bic": "CMCIFR2A",
    }
    save_img(folder, "RIB CM.jpg", scan_pages(docs_fr.rib_pdf(r, rng), rng, 200)[0], 80)
    docs.append(
        doc(
            [f("RIB CM.jpg")],
            "rib",
            "scan",
            {
                "holder_name": "CHEA SREYPOV",
                "iban": ib,
                "bic": "CMCIFR2A",
                "bank_name": "Crédit Mutuel",
                "iban_valid": True,
                "rib_key_valid": True,
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
        "applicant": {"surname": "CHEA", "given_names": "Sreypov", "date_of_birth": p["dob"]},
        "documents": docs,
    }


def p04(folder, rng):
    p = {
        "surname": "NIYONZIMA",
        "given": "Aimable Jean-Bosco",
        "dob": "1995-08-09",
        "sex": "M",
        "nat": "RWA",
        "nat_word": "RWANDAN / RWANDAISE",
        "pob": "Huye",
        "passport_no": "PC0471936",
        "pp_issue": "2023-06-05",
        "pp_expiry": "2033-06-04",
        "skin": (95, 62, 45),
    }
    as_of = "2027-01-20"
    docs = []
    pdf, _ = docs_id.passport(p, rng)
    save_img(folder, "passeport.jpeg", card_on_bed(pdf, rng), 84)
    docs.append(
        doc(
            [f("passeport.jpeg")],
            "passport",
            "scan",
            id_fields(p, "PC0471936", "2033-06-04", "RWA"),
        )
    )
    v = {
        "number": "019930275",
        "from": "2026-01-10",
        "until": "2027-01-09",
        "days": 365,
        "issued_at": "KIGALI",
        "issued": "2025-12-18",
        "remarks": "VLS-TS ETUDIANT",
    }
    pdf, _ = docs_id.vls_ts(p, v, rng)
    save_img(folder, "visa_etudiant.jpg", card_on_bed(pdf, rng), 84)
    fields = id_fields(p, "019930275", "2027-01-09", "FRA")
    fields.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "ETUDIANT",
            "valid_from": "2026-01-10",
            "valid_until": "2027-01-09",
        }
    )
    docs.append(
        doc(
            [f("visa_etudiant.jpg")],
            "long_stay_visa",
            "scan",
            fields,
            "DEFECT: VLS-TS expired on 2027-01-09, before the audit date 2027-01-20.",
        )
    )
    form = {
        "surname": "NIYONZIMA",
        "given": "Aimable Jean-Bosco",
        "sex": "M",
        "dob": p["dob"],
        "pob": "Huye",
        "pob_country": "Rwanda",
        "nationality": "Rwandaise",
        "address1": "c/o M. Bertin, 22 rue Paul Bert",
        "postcode": "69003",
        "city": "Lyon",
        "phone": "07 81 55 02 19",
        "email": "aimable.niyonzima@etu.univ-lyon1.fr",
        "situation": "etudiant",
        "place": "Lyon",
        "date_text": "14/01/2027",
        "sig_name": "Aimable N.",
        "hand_font": "Hand1",
    }
    pdf, _ = cerfa(form, "hand", 0, rng)
    save_img(folder, "Formulaire PUMA p1.jpg", photo(pdf, rng, 150, page=0, rot=90), 84)
    save_img(folder, "Formulaire PUMA p2.jpg", photo(pdf, rng, 150, page=1), 84)
    docs.append(
        doc(
            [f("Formulaire PUMA p1.jpg"), f("Formulaire PUMA p2.jpg")],
            "application_form",
            "phone_photo",
            {
                "surname": "NIYONZIMA",
                "given_names": "Aimable Jean-Bosco",
                "date_of_birth": p["dob"],
                "employment_status": "other",
                "signed": True,
                "signed_on": "2027-01-14",
                "nir": None,
            },
            "Filled by hand; situation 'étudiant' ticked; page 1 photographed sideways.",
        )
    )
    b = {
        "act_no": "HUY/2024/00781",
        "province": "Amajyepfo / Southern",
        "district": "Huye",
        "father": "NSENGIYUMVA Félicien",
        "mother": "MUKAMANA Odette",
        "registered": "1995-08-21",
        "issued": "2024-11-04",
        "officer": "Théogène HABIMANA",
    }
    pages = scan_pages(docs_civil.birth_rwanda(p, b, rng), rng, 200)
    ap = {
        "header": "(Convention de La Haye du 5 octobre 1961)",
        "font": "Open-B",
        "items": [
            ("Country / Pays:", "REPUBLIC OF RWANDA"),
            ("This public document / Le présent acte public", ""),
            ("has been signed by / a été signé par:", "Théogène HABIMANA"),
            ("acting in the capacity of / agissant en qualité de:", "Civil Registrar, Huye"),
            ("bears the seal/stamp of / est revêtu du sceau de:", "Huye District"),
            ("at / à:", "Kigali"),
            ("the / le:", "2024-11-18"),
            ("by / par:", "Ministry of Foreign Affairs and International Cooperation"),
            ("No / sous n°:", "APS/2024/118452"),
            ("Seal/stamp and signature / Sceau et signature:", ""),
        ],
        "stamp": ["MINAFFET", "REPUBLIC OF RWANDA", "LEGALISATION"],
        "stamp_rgb": (20, 90, 150),
        "signed_by": "Grace UMUTONI",
    }
    pages += scan_pages(docs_civil.apostille(ap, rng), rng, 200)
    write(folder, "acte_naissance_apostille.pdf", scanner_pdf(pages, rng))
    docs += [
        doc(
            [f("acte_naissance_apostille.pdf", 1)],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "NIYONZIMA",
                "given_names": "Aimable Jean-Bosco",
                "date_of_birth": p["dob"],
                "place_of_birth": "Huye",
                "issuing_country": "RWA",
                "language": "rw",
                "has_apostille": True,
            },
            "Trilingual Kinyarwanda / English / French.",
        ),
        doc(
            [f("acte_naissance_apostille.pdf", 2)],
            "apostille",
            "image_pdf",
            {
                "country": "RWA",
                "issued_on": "2024-11-18",
                "number": "APS/2024/118452",
                "signed_by": "Grace UMUTONI",
            },
        ),
    ]
    # attestation (typed, signed by hand) + host passport + host lease: one scanner PDF
    att = {
        "city": "Lyon",
        "signed": "2026-12-28",
        "font": "Hand5",
        "sig": "J. Bertin",
        "lines": [
            "Je soussigné Julien BERTIN, né le 03/02/1982 à Villeurbanne,",
            "demeurant 22 rue Paul Bert, 69003 Lyon,",
            "certifie héberger gratuitement à mon domicile",
            "M. Aimable Jean-Bosco NIYONZIMA, né le 09/08/1995 à Huye",
            "(Rwanda), depuis le 1er septembre 2026.",
            "",
            "Pièces jointes : copie de mon passeport, copie de mon bail.",
        ],
    }
    pages = scan_pages(docs_fr.hosting_attestation(att, rng), rng, 200)
    host = {
        "surname": "BERTIN",
        "given": "Julien Marc",
        "dob": "1982-02-03",
        "sex": "M",
        "nat": "FRA",
        "nat_word": "FRANÇAISE",
        "pob": "Villeurbanne",
        "passport_no": "19AV52318",
        "pp_issue": "2019-10-14",
        "pp_expiry": "2029-10-13",
        "skin": (215, 180, 160),
    }
    from common import a4_page
    from render import rasterize

    hp, _ = docs_id.passport(host, rng)
    pages.append(a4_page(rasterize(hp, 300)[0], rng, 200))
    L = {
        "landlord": "SCI Les Terrasses de Guillotière",
        "landlord_address": "8 quai Claude Bernard, 69007 Lyon",
        "tenants_printed": ["M. Julien BERTIN"],
        "tenant_sig": ["J. Bertin"],
        "address": "22 rue Paul Bert, 3e étage gauche, 69003 Lyon",
        "rooms": "T3",
        "surface": "63",
        "start": "2021-09-01",
        "rent": 910.0,
        "charges": 85.0,
        "city": "Lyon",
        "signed": "2021-08-24",
    }
    pages += scan_pages(docs_fr.lease(L, rng), rng, 200, gray=True)
    write(folder, "attestation_hebergement_signee.pdf", scanner_pdf(pages, rng))
    docs += [
        doc(
            [f("attestation_hebergement_signee.pdf", 1)],
            "hosting_attestation",
            "image_pdf",
            {
                "host_name": "Julien BERTIN",
                "hosted_name": "Aimable Jean-Bosco NIYONZIMA",
                "address": "22 rue Paul Bert, 69003 Lyon",
                "since_date": "2026-09-01",
                "signed_on": "2026-12-28",
                "signed": True,
            },
        ),
        doc(
            [f("attestation_hebergement_signee.pdf", 2)],
            "passport",
            "image_pdf",
            {
                "surname": "BERTIN",
                "given_names": "Julien Marc",
                "document_number": "19AV52318",
                "nationality": "FRA",
                "issuing_country": "FRA",
                "date_of_birth": "1982-02-03",
                "sex": "M",
                "expiry_date": "2029-10-13",
                "mrz_valid": True,
            },
            "Host's passport.",
        ),
        doc(
            [f("attestation_hebergement_signee.pdf", 3, 4)],
            "lease",
            "image_pdf",
            {
                "tenant_names": ["Julien BERTIN"],
                "landlord": "SCI Les Terrasses de Guillotière",
                "address": "22 rue Paul Bert, 3e étage gauche, 69003 Lyon",
                "start_date": "2021-09-01",
            },
            "Host's lease.",
        ),
    ]
    ib = fr_iban("20041", "01007", "1538291020")
    r = {
        "bank": "La Banque Postale",
        "color": (0.0, 0.2, 0.45),
        "holder": "M NIYONZIMA AIMABLE JEAN-BOSCO",
        "holder_address": ["CHEZ M BERTIN", "22 RUE PAUL BERT", "69003 LYON"],
        "branch": ["La Banque Postale", "Centre Financier de Lyon", "69900 LYON CEDEX 20"],
        "iban": ib,
        "bic": "PSSTFRPPLYO",
    }
    write(folder, "RIB_LaBanquePostale.pdf", merge_pdfs([docs_fr.rib_pdf(r, rng)]))
    docs.append(
        doc(
            [f("RIB_LaBanquePostale.pdf")],
            "rib",
            "text_pdf",
            {
                "holder_name": "NIYONZIMA AIMABLE JEAN-BOSCO",
                "iban": ib,
                "bic": "PSSTFRPPLYO",
                "bank_name": "La Banque Postale",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    req = requirements(False, {"residence_status": "invalid"})
    return {
        "as_of": as_of,
        "employed": False,
        "status": status_of(req),
        "requirements": req,
        "defect": "VLS-TS (student) expired on 2027-01-09, before the audit date 2027-01-20",
        "applicant": {
            "surname": "NIYONZIMA",
            "given_names": "Aimable Jean-Bosco",
            "date_of_birth": p["dob"],
        },
        "documents": docs,
    }
