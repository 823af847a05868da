"""Packet p02 (Uganda): born in London, not employed, hosted by his French wife."""

from __future__ import annotations

import random

import docs_birth
import docs_fr
import docs_id
from docs_form import Filler, form_pages
from emit import Packet, d_mon_y, yymmdd
from kit import fr_iban, iban_ok, td3
from packets import REQ_OK, cni, passport_fields, visa_doc

APO_EN = [
    "Country:",
    "This public document",
    "has been signed by",
    "acting in the capacity of",
    "bears the seal/stamp of",
    "Certified",
    "at",
    "the",
    "by",
    "No",
    "Seal/stamp:",
    "Signature:",
]
APO_ES = [
    "País:",
    "El presente documento público",
    "ha sido firmado por",
    "quien actúa en calidad de",
    "y está revestido del sello/timbre de",
    "Certificado",
    "en",
    "el día",
    "por",
    "bajo el número",
    "Sello/timbre:",
    "Firma:",
]
APO_MK = [
    "Држава / Country:",
    "Оваа јавна исправа / This public document",
    "е потпишана од / signed by",
    "во својство на / capacity",
    "печат на / seal of",
    "Заверено / Certified",
    "во / at",
    "на / the",
    "од / by",
    "Бр. / No",
    "Печат / Seal:",
    "Потпис / Signature:",
]


def _applicant(a):
    return {"surname": a["surname"], "given_names": a["given"], "date_of_birth": a["dob"]}


def p02(folder: str, rng: random.Random) -> dict:
    """Uganda, born in London; not employed; hosted by his French wife."""
    pk = Packet(folder, rng)
    a = {
        "surname": "SSEMPIJJA",
        "given": "JOSEPH MUKASA",
        "dob": "1989-11-02",
        "sex": "M",
        "nat": "UGA",
        "passport": "A00784512",
        "skin": (80, 55, 40),
    }
    as_of = "2026-11-23"
    frm = {
        "surname": "SSEMPIJJA",
        "usage_name": "",
        "given_names": "JOSEPH MUKASA",
        "sex": "M",
        "dob": "02111989",
        "birth_place": "LONDON",
        "birth_country": "ROYAUME-UNI",
        "nationality": "OUGANDAISE",
        "address": "7 ALLEE DES TILLEULS",
        "postcode": "69100",
        "city": "VILLEURBANNE",
        "phone": "06 44 12 87 30",
        "email": "j.ssempijja@outlook.com",
        "situation": "sans_activite",
        "place": "Villeurbanne",
        "date_text": "10/11/2026",
        "signer": "J. Ssempijja",
    }
    pages = form_pages(
        frm, 1, Filler("hand", pk.sub("fill"), hand_font="rufscript"), pk.sub("sig"), "dancing"
    )
    pk.photo("IMG_4471.jpg", pages[0])
    pk.photo("IMG_4472.jpg", pages[1], rot=270)
    pk.add(
        "application_form",
        "phone_photo",
        [{"path": "IMG_4471.jpg", "pages": [1]}, {"path": "IMG_4472.jpg", "pages": [1]}],
        {
            "surname": "SSEMPIJJA",
            "given_names": "JOSEPH MUKASA",
            "date_of_birth": "1989-11-02",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-10",
            "nir": None,
        },
        "hand-filled, capitals; 'sans activité' ticked; page 2 photo rotated",
    )
    exp = "2033-06-18"
    l1, l2 = td3(
        "P", "UGA", a["surname"], a["given"], a["passport"], "UGA", "891102", "M", yymmdd(exp)
    )
    cfg = {
        "header": "THE REPUBLIC OF UGANDA",
        "header2": "PASSPORT",
        "bg": (234, 238, 244),
        "guil": (190, 200, 225),
        "hc": (10, 40, 100),
        "skin": a["skin"],
        "labels": [
            "Type",
            "Country Code",
            "Passport No.",
            "Surname",
            "Given Names",
            "Nationality",
            "Date of Birth",
            "Sex",
            "Place of Birth",
            "Date of Issue",
            "Authority",
            "Date of Expiry",
            "Holder's Signature",
        ],
    }
    pp = docs_id.passport_page(
        {
            "country": "UGA",
            "number": a["passport"],
            "surname": a["surname"],
            "given_names": a["given"],
            "nationality_text": "UGANDAN",
            "dob_text": d_mon_y(a["dob"]),
            "sex": "M",
            "pob": "LONDON, GBR",
            "issue_text": d_mon_y("2023-06-19"),
            "authority": "DCIC KAMPALA",
            "expiry_text": d_mon_y(exp),
            "mrz": [l1, l2],
        },
        cfg,
        pk.sub("pp"),
    )
    pk.scan("scan_passeport.jpg", pp, dpi=300, card=True)
    pk.add(
        "passport",
        "scan",
        [{"path": "scan_passeport.jpg", "pages": [1]}],
        passport_fields(a["surname"], a["given"], a["passport"], "UGA", a["dob"], "M", exp),
        "data page on an A4 flatbed scan",
    )
    v = {
        "number": "051903466",
        "from": "2026-06-10",
        "until": "2027-06-09",
        "days": "365",
        "issued_in": "KAMPALA",
        "issued": "2026-05-21",
        "remarks": [
            "VLS-TS VIE PRIVEE ET FAMILIALE",
            "CONJOINT DE FRANCAIS",
            "A VALIDER EN LIGNE DES L'ARRIVEE",
        ],
        "category": "VIE PRIVEE ET FAMILIALE",
    }
    vp, vf = visa_doc(pk, a, v, pk.sub("visa"))
    pk.scan("scan_visa.jpg", vp, dpi=300, card=True, offset=(20, 24))
    pk.add("long_stay_visa", "scan", [{"path": "scan_visa.jpg", "pages": [1]}], vf)
    # birth certificate (UK) + FCDO apostille
    bc = docs_birth.uk(
        {
            "serial": "QBCA 418273",
            "district": "Camden",
            "year": "1989",
            "sub": "Camden",
            "county": "London Borough of Camden",
            "cols": [
                "Second\nNovember 1989\nUniversity College\nHospital",
                "Joseph\nMukasa",
                "Boy",
                "Daniel\nSSEMPIJJA",
                "Ruth SSEMPIJJA\nformerly\nNAKATO",
                "Civil\nEngineer",
                "D. Ssempijja\nFather",
                "Twentieth\nNovember\n1989",
                "P. Holloway\nRegistrar",
                "",
            ],
            "given_text": "4th day of August 2026",
        },
        pk.sub("bc"),
    )
    pk.scan("birth_certificate_UK.jpg", bc, dpi=200)
    apo = docs_id.apostille_page(
        {
            "items": [
                "United Kingdom of Great Britain and Northern Ireland",
                "P. Cartwright",
                "Officer of the General Register Office",
                "the General Register Office",
                "London",
                "12 August 2026",
                "HM Principal Secretary of State for Foreign Affairs",
                "APO-7731642",
            ],
            "stamp_ring": "FOREIGN COMMONWEALTH DEVELOPMENT OFFICE",
            "stamp_mid": "APOSTILLE\nFCDO",
            "signer": "K. Ahmed",
        },
        pk.sub("apo"),
        APO_EN,
    )
    pk.scan("apostille_UK.jpg", apo, dpi=200)
    pk.add(
        "birth_certificate",
        "scan",
        [{"path": "birth_certificate_UK.jpg", "pages": [1]}],
        {
            "surname": "SSEMPIJJA",
            "given_names": "Joseph Mukasa",
            "date_of_birth": "1989-11-02",
            "place_of_birth": "University College Hospital, Camden, London",
            "issuing_country": "GBR",
            "language": "en",
            "has_apostille": True,
        },
        "GRO certified copy, columns handwritten",
    )
    pk.add(
        "apostille",
        "scan",
        [{"path": "apostille_UK.jpg", "pages": [1]}],
        {
            "country": "United Kingdom of Great Britain and Northern Ireland",
            "issued_on": "2026-08-12",
            "number": "APO-7731642",
            "signed_by": "HM Principal Secretary of State for Foreign Affairs",
        },
    )
    # hosting: attestation by his wife + her CNI + three EDF bills in her name
    address = "7 allée des Tilleuls, 69100 Villeurbanne"
    att = docs_fr.attestation_hand(
        {
            "lines": [
                "Je soussignée Mathilde ROUSSEL, née le 08/04/1991 à",
                "Rennes (35),",
                "demeurant 7 allée des Tilleuls, 69100 Villeurbanne,",
                "atteste sur l'honneur héberger à mon domicile",
                "mon époux Joseph Mukasa SSEMPIJJA, né le 02/11/1989",
                "à Londres (Royaume-Uni), depuis le 15/06/2026.",
                "",
                "Je joins la copie de ma carte d'identité et mes",
                "trois dernières factures d'électricité.",
                "",
                "Fait à Villeurbanne, le 10/11/2026",
            ],
            "signer": "M. Roussel",
        },
        pk.sub("att"),
    )
    pk.photo("attestation_hebergement.jpg", att)
    pk.add(
        "hosting_attestation",
        "phone_photo",
        [{"path": "attestation_hebergement.jpg", "pages": [1]}],
        {
            "host_name": "Mathilde ROUSSEL",
            "hosted_name": "Joseph Mukasa SSEMPIJJA",
            "address": address,
            "since_date": "2026-06-15",
            "signed_on": "2026-11-10",
            "signed": True,
        },
        "handwritten on lined paper",
    )
    h = {
        "surname": "ROUSSEL",
        "given": "MATHILDE ANNE",
        "dob": "1991-04-08",
        "sex": "F",
        "number": "X7HMKT2P5",
        "exp": "2032-09-11",
        "issued": "2022-09-12",
        "pob": "RENNES (35)",
        "address": ["7 ALLEE DES TILLEULS", "69100 VILLEURBANNE"],
    }
    front, back = cni(pk, h, pk.sub("cni"))
    pk.scan_many("CNI_Mathilde.jpg", [(front, (20, 20)), (back, (20, 90))])
    pk.add(
        "national_id",
        "scan",
        [{"path": "CNI_Mathilde.jpg", "pages": [1]}],
        passport_fields("ROUSSEL", "MATHILDE ANNE", h["number"], "FRA", h["dob"], "F", h["exp"]),
        "host's ID card, front and back on one scan",
    )
    months = [
        ("2026-08", "31/08/2026", 61.38, "07/09/2026"),
        ("2026-09", "30/09/2026", 58.90, "06/10/2026"),
        ("2026-10", "31/10/2026", 67.12, "06/11/2026"),
    ]
    names = {
        "2026-08": "edf_aout.pdf",
        "2026-09": "edf_septembre.pdf",
        "2026-10": "edf_octobre.pdf",
    }
    for i, (m, end, amt, issue) in enumerate(months):
        conso = round(amt - 13.47, 2)
        page = docs_fr.bill_edf(
            {
                "issue_text": issue,
                "invoice": f"1052{48713 + i * 311}",
                "client": "6 018 442 973",
                "holder": "MME ROUSSEL MATHILDE",
                "address": ["7 ALLEE DES TILLEULS", "69100 VILLEURBANNE"],
                "pdl": "2144 5870 3312 09",
                "amount": amt,
                "debit_text": "15/" + issue[3:],
                "start_text": "01/" + m[5:7] + "/" + m[:4],
                "end_text": end,
                "lines": [("Abonnement Tarif Bleu Base 6 kVA", 13.47), ("Consommation", conso)],
            }
        )
        files = pk.text_pdf(names[m], [page], "Facture EDF", "EDF")
        pk.add(
            "utility_bill",
            "text_pdf",
            files,
            {
                "provider": "EDF",
                "service": "electricity",
                "holder_name": "ROUSSEL MATHILDE",
                "address": address,
                "issue_date": "-".join(reversed(issue.split("/"))),
                "period_start": m + "-01",
                "period_end": m + "-" + end[:2],
                "amount": amt,
                "month": m,
            },
            "host's bill",
        )
    # joint La Banque Postale RIB, printed then scanned
    acc = "2274519T038"
    ib, key = fr_iban("20041", "01007", acc)
    lbp = {
        "name": "LA BANQUE POSTALE",
        "font": "sans",
        "color": (0, 51, 153),
        "agency": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE LYON", "69900 LYON CEDEX 20"],
        "footer": "La Banque Postale - SA à Directoire et Conseil de surveillance - "
        "421 100 645 RCS Paris - 115 rue de Sèvres 75275 Paris Cedex 06",
    }
    page = docs_fr.rib_page(
        {
            "holder_lines": [
                "M OU MME SSEMPIJJA JOSEPH MUKASA",
                "OU ROUSSEL MATHILDE",
                "7 ALL DES TILLEULS",
                "69100 VILLEURBANNE",
            ],
            "bank": "20041",
            "branch": "01007",
            "account": acc,
            "key": key,
            "iban": ib,
            "bic": "PSSTFRPPLYO",
            "edited": "12/09/2026",
        },
        lbp,
    )
    pk.scan("RIB_LBP.jpg", page, dpi=200)
    assert iban_ok(ib)
    pk.add(
        "rib",
        "scan",
        [{"path": "RIB_LBP.jpg", "pages": [1]}],
        {
            "holder_name": "M OU MME SSEMPIJJA JOSEPH MUKASA OU ROUSSEL MATHILDE",
            "iban": ib,
            "bic": "PSSTFRPPLYO",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account",
    )
    return {
        "as_of": as_of,
        "employed": False,
        "status": "complete",
        "requirements": dict(REQ_OK, employment="not_applicable"),
        "defect": None,
        "applicant": _applicant(a),
        "documents": pk.docs,
    }
