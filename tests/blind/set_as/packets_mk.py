"""Packet p03 (North Macedonia): student, three bills in her name, N26 account."""

from __future__ import annotations

import random

import docs_birth
import docs_fr
import docs_id
from docs_form import Filler, form_pages
from emit import Packet, dmy, yymmdd
from kit import iban, td1, td3
from packets import REQ_OK, passport_fields
from packets2 import APO_MK, _applicant


def p03(folder: str, rng: random.Random) -> dict:
    """North Macedonia; student (not employed); three Free bills in her name; N26 account."""
    pk = Packet(folder, rng)
    a = {
        "surname": "STOJANOVSKA",
        "given": "IVANA",
        "dob": "1997-06-25",
        "sex": "F",
        "nat": "MKD",
        "passport": "B0917364",
        "skin": (205, 170, 140),
    }
    as_of = "2026-11-27"
    frm = {
        "surname": "STOJANOVSKA",
        "usage_name": "",
        "given_names": "Ivana",
        "sex": "F",
        "dob": "25061997",
        "birth_place": "Skopje",
        "birth_country": "Macédoine du Nord",
        "nationality": "macédonienne",
        "address": "12 rue Lesdiguières, appt 21",
        "postcode": "38000",
        "city": "Grenoble",
        "phone": "07 81 09 66 25",
        "email": "ivana.stojanovska97@yahoo.com",
        "situation": "etudiant",
        "place": "Grenoble",
        "date_text": "20/11/2026",
        "signer": "Ivana Stojanovska",
    }
    pages = form_pages(frm, 2, Filler("typed", pk.sub("fill"), type_font="open"), pk.sub("sig"))
    pk.scan("scan_0012.jpg", pages[0], dpi=200)
    pk.scan("scan_0013.jpg", pages[1], dpi=200)
    pk.add(
        "application_form",
        "scan",
        [{"path": "scan_0012.jpg", "pages": [1]}, {"path": "scan_0013.jpg", "pages": [1]}],
        {
            "surname": "STOJANOVSKA",
            "given_names": "Ivana",
            "date_of_birth": "1997-06-25",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-20",
            "nir": None,
        },
        "typed_print; situation 'étudiant(e)' ticked",
    )
    exp = "2032-03-02"
    l1, l2 = td3(
        "P", "MKD", a["surname"], a["given"], a["passport"], "MKD", "970625", "F", yymmdd(exp)
    )
    cfg = {
        "header": "РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА · REPUBLIC OF NORTH MACEDONIA",
        "header2": "ПАСОШ / PASSPORT",
        "bg": (238, 232, 236),
        "guil": (215, 190, 205),
        "hc": (120, 20, 40),
        "skin": a["skin"],
        "labels": [
            "Тип/Type",
            "Код/Code",
            "Пасош бр./Passport No.",
            "Презиме/Surname",
            "Име/Given names",
            "Државјанство/Nationality",
            "Датум на раѓање/Date of birth",
            "Пол/Sex",
            "Место на раѓање/Place of birth",
            "Датум на издавање/Date of issue",
            "Издаден од/Authority",
            "Важи до/Date of expiry",
            "Потпис/Signature",
        ],
    }
    pp = docs_id.passport_page(
        {
            "country": "MKD",
            "number": a["passport"],
            "surname": "STOJANOVSKA / СТОЈАНОВСКА",
            "given_names": "IVANA / ИВАНА",
            "nationality_text": "МАКЕДОНСКО / MACEDONIAN",
            "dob_text": "25.06.1997",
            "sex": "Ж/F",
            "pob": "СКОПЈЕ, MKD",
            "issue_text": "03.03.2022",
            "authority": "МВР / MOI",
            "expiry_text": "02.03.2032",
            "mrz": [l1, l2],
        },
        cfg,
        pk.sub("pp"),
    )
    pk.photo("20261118_203344.jpg", pp, rot=180)
    pk.add(
        "passport",
        "phone_photo",
        [{"path": "20261118_203344.jpg", "pages": [1]}],
        passport_fields(a["surname"], a["given"], a["passport"], "MKD", a["dob"], "F", exp),
        "photo upside down (rotated 180)",
    )
    num, pexp = "TS7R2K941", "2027-09-14"
    l1, l2, l3 = td1(
        "IR", "FRA", num, yymmdd(a["dob"]), "F", yymmdd(pexp), "MKD", a["surname"], a["given"]
    )
    front, back = docs_id.id1_front_back(
        {
            "surname": a["surname"],
            "given_names": a["given"],
            "sex": "F",
            "nat": "MKD",
            "dob_text": "25 06 1997",
            "category": "ÉTUDIANT",
            "number": num,
            "expiry_text": "14 09 2027",
            "issue_text": "15 09 2026",
            "authority": "PRÉFECTURE DE L'ISÈRE",
            "address": ["12 RUE LESDIGUIERES", "38000 GRENOBLE"],
            "mrz": [l1, l2, l3],
            "skin": a["skin"],
        },
        pk.sub("ts"),
        "permit",
    )
    pk.photo("titre_sejour_recto.jpg", front)
    pk.photo("titre_sejour_verso.jpg", back, rot=90)
    pf = passport_fields(a["surname"], a["given"], num, "MKD", a["dob"], "F", pexp, issuing="FRA")
    pk.add(
        "residence_permit",
        "phone_photo",
        [
            {"path": "titre_sejour_recto.jpg", "pages": [1]},
            {"path": "titre_sejour_verso.jpg", "pages": [1]},
        ],
        pf,
        "titre de séjour étudiant, front and back",
    )
    bc = docs_birth.macedonia(
        {
            "office": "СКОПЈЕ — ЦЕНТАР",
            "dob_text": "25.06.1997",
            "pob": "СКОПЈЕ / SKOPJE",
            "sex": "F",
            "surname": "STOJANOVSKA / СТОЈАНОВСКА",
            "given": "IVANA / ИВАНА",
            "father": "STOJANOVSKI GORAN",
            "mother": "STOJANOVSKA VESNA",
            "issued_text": "22.07.2026",
            "number": "08-1924/2026",
            "registrar": "Петрова",
        },
        pk.sub("bc"),
    )
    apo = docs_id.apostille_page(
        {
            "items": [
                "Република Северна Македонија",
                "Марија Петрова",
                "матичар",
                "Управа за матична евиденција",
                "Скопје",
                "24.07.2026",
                "Основен суд Скопје I",
                "АП-4471/26",
            ],
            "stamp_ring": "OSNOVEN SUD SKOPJE I",
            "stamp_mid": "АПОСТИЛ",
            "signer": "Trajkovski",
        },
        pk.sub("apo"),
        APO_MK,
        font="dserif",
    )
    pk.image_pdf("izvod_apostil.pdf", [bc, apo])
    pk.add(
        "birth_certificate",
        "image_pdf",
        [{"path": "izvod_apostil.pdf", "pages": [1]}],
        {
            "surname": "STOJANOVSKA",
            "given_names": "IVANA",
            "date_of_birth": "1997-06-25",
            "place_of_birth": "Skopje",
            "issuing_country": "MKD",
            "language": "mk",
            "has_apostille": True,
        },
        "multilingual extract (CIEC model), apostille on page 2",
    )
    pk.add(
        "apostille",
        "image_pdf",
        [{"path": "izvod_apostil.pdf", "pages": [2]}],
        {
            "country": "Република Северна Македонија",
            "issued_on": "2026-07-24",
            "number": "АП-4471/26",
            "signed_by": "Основен суд Скопје I",
        },
    )
    address = "12 rue Lesdiguières, 38000 Grenoble"
    for i, (m, end, issue) in enumerate(
        [
            ("2026-08", "31", "2026-08-02"),
            ("2026-09", "30", "2026-09-02"),
            ("2026-10", "31", "2026-10-02"),
        ]
    ):
        amt = 29.99 if i else 31.49
        lines = [(f"Forfait Freebox Pop du 01/{m[5:]} au {end}/{m[5:]}", 29.99)]
        if not i:
            lines.append(("Communications hors forfait", 1.50))
        page = docs_fr.bill_free(
            {
                "holder": "Mme Ivana Stojanovska",
                "address": ["12 rue Lesdiguières", "Appt 21", "38000 Grenoble"],
                "invoice": f"{8841200 + i * 97}",
                "issue_text": dmy(issue),
                "client": "fbx48823715",
                "line": "04 58 17 22 60",
                "lines": lines,
                "amount": amt,
                "debit_text": dmy(m + "-12"),
            }
        )
        name = f"Facture_Free_{m.replace('-', '')}.pdf"
        files = pk.text_pdf(name, [page], "Facture Free", "Free")
        pk.add(
            "utility_bill",
            "text_pdf",
            files,
            {
                "provider": "Free",
                "service": "internet",
                "holder_name": "Ivana Stojanovska",
                "address": address,
                "issue_date": issue,
                "period_start": m + "-01",
                "period_end": f"{m}-{end}",
                "amount": amt,
                "month": m,
            },
        )
    ib = iban("DE", "10011001" + "2618834752")
    scr = docs_fr.n26_screen(
        {
            "clock": "09:41",
            "balance": "842,17 €",
            "holder": "Ivana Stojanovska",
            "iban": ib,
            "bic": "NTSBDEB1XXX",
        }
    )
    pk.screenshot("Screenshot_20261119-094112.png", scr)
    pk.add(
        "rib",
        "screenshot",
        [{"path": "Screenshot_20261119-094112.png", "pages": [1]}],
        {
            "holder_name": "Ivana Stojanovska",
            "iban": ib,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank SE",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "German SEPA IBAN from a neobank: acceptable (SEPA Regulation), info only",
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
