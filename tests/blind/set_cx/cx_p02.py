"""Packet p02: Syria, one defect (Orange bills for July, August, October: a gap month)."""

from __future__ import annotations

from cx_births import birth_sy, translation_sy
from cx_common import (
    fr_iban,
    rib_key,
    signature,
    stamp,
    td1,
    td3,
)
from cx_form import build_form
from cx_ids import (
    id1_back_fr,
    id1_front_fr_permit,
    open_booklet,
    passport_page,
)
from cx_money import bill, rib
from cx_out import (
    as_image_pdf,
    as_photo,
    as_scan,
    doc,
    f1,
    id_fields,
    pages_of,
    truth,
)

SY = {
    "paper": (238, 240, 246),
    "guil": (214, 218, 232),
    "band": (20, 40, 90),
    "band_text": (240, 240, 240),
    "title1": "الجمهورية العربية السورية",
    "title2": "SYRIAN ARAB REPUBLIC",
    "doc_word": "جواز سفر  PASSPORT",
    "title_font": "amiri-b",
    "word_font": "dejavu-b",
    "label_font": "dejavu",
    "label": (70, 70, 110),
    "skin": (196, 150, 120),
    "rows": [
        [("Type", "type"), ("Code", "code"), ("رقم الجواز Passport No.", "no")],
        [("الاسم Name", "given"), ("النسبة Surname", "surname")],
        [("اسم الأب Father's name", "father"), ("اسم الأم Mother's name", "mother")],
        [("الجنسية Nationality", "nat"), ("الجنس Sex", "sex")],
        [("تاريخ الولادة Date of birth", "dob"), ("مكان الولادة Place of birth", "pob")],
        [("تاريخ الإصدار Date of issue", "issue"), ("تاريخ الانتهاء Date of expiry", "expiry")],
        [("جهة الإصدار Issuing authority", "auth")],
    ],
}


def p02(pdir, rng):
    as_of = "2026-11-23"
    sur, giv, dob = "AL KHATIB", "OMAR", "1988-11-02"
    pno, pexp = "N01845327", "2029-03-14"
    addr1, cp, town = "12 allée des Tilleuls", "93200", "Saint-Denis"
    docs = []
    # --- hand-filled form, two phone photos (page 2 rotated)
    v = {
        "surname": "AL-KHATIB",
        "given": "OMAR",
        "pob_town": "HOMS",
        "pob_country": "SYRIE",
        "nat": "SYRIENNE",
        "addr": "12 ALLEE DES TILLEULS, BAT C",
        "town": "SAINT-DENIS",
        "cp": cp,
        "tel": "06 51 88 20 47",
        "dob": "02111988",
        "ticks": ["sex_M", "sit_sans"],
        "place": "St Denis",
        "date_text": "16/11/2026",
        "signed": True,
        "hand_font": "rufscript",
    }
    _, pages = build_form("B", "hand", v, rng)
    as_photo(pdir, "IMG_4471.jpg", pages[0], rng, 0, 0.86)
    as_photo(pdir, "IMG_4472.jpg", pages[1], rng, 270, 0.86)
    docs.append(
        doc(
            [f1("IMG_4471.jpg"), f1("IMG_4472.jpg")],
            "application_form",
            "phone_photo",
            {
                "surname": "AL-KHATIB",
                "given_names": giv,
                "date_of_birth": dob,
                "employment_status": "not_employed",
                "signed": True,
                "signed_on": "2026-11-16",
                "nir": None,
            },
            "hand-filled print run B; page 2 photographed rotated 270°",
        )
    )
    # --- passport, flatbed scan of the open booklet on A4
    l1, l2 = td3("SYR", sur, giv, pno, "SYR", dob, "M", pexp)
    pp = passport_page(
        SY,
        {
            "type": "P",
            "code": "SYR",
            "no": pno,
            "surname": sur,
            "given": giv,
            "father": "MAHMOUD",
            "mother": "HIND",
            "nat": "SYRIAN",
            "sex": "M",
            "dob": "02/11/1988",
            "pob": "HOMS",
            "issue": "15/03/2023",
            "expiry": "14/03/2029",
            "auth": "DAMASCUS",
            "sig": "O.Khatib",
        },
        (l1, l2),
        rng,
    )
    from cx_common import a4_canvas

    sheet = a4_canvas(200)
    bk = open_booklet(pp, None, rng)
    bk = bk.resize((int(bk.width * 0.78), int(bk.height * 0.78)))
    sheet.paste(bk, (70, 60))
    as_scan(pdir, "passeport.jpg", sheet, rng, 200)
    docs.append(
        doc(
            [f1("passeport.jpg")],
            "passport",
            "scan",
            id_fields(sur, giv, pno, "SYR", "SYR", dob, "M", pexp),
            "bilingual Arabic/English data page; surname printed 'AL KHATIB', "
            "written AL-KHATIB elsewhere",
        )
    )
    # --- titre de séjour, two phone photos (front, back)
    tno, texp = "4BK73R9P2", "2028-06-30"
    t1, t2, t3 = td1("IR", "FRA", tno, dob, "M", texp, "SYR", sur, giv)
    front = id1_front_fr_permit(
        {
            "surname": sur,
            "given": giv,
            "sex": "M",
            "nat": "SYR",
            "dob": "02 11 1988",
            "number": tno,
            "expiry": "30 06 2028",
            "type": "CARTE DE SEJOUR PLURIANNUELLE",
            "mention": "VIE PRIVEE ET FAMILIALE",
            "sig": "Omar",
            "skin": (196, 150, 120),
        },
        rng,
    )
    back = id1_back_fr(
        (t1, t2, t3),
        [
            ("ADRESSE", "12 ALLEE DES TILLEULS BAT C"),
            ("", "93200 SAINT-DENIS"),
            ("LIEU DE NAISSANCE", "HOMS (SYRIE)"),
            ("DATE DE DÉLIVRANCE", "01 07 2026"),
            ("REMARQUES", "AUTORISE SON TITULAIRE A TRAVAILLER"),
        ],
        rng,
    )
    as_photo(pdir, "titre_recto.jpg", front, rng, 0, 0.6)
    as_photo(pdir, "titre_verso.jpg", back, rng, 0, 0.6)
    docs.append(
        doc(
            [f1("titre_recto.jpg"), f1("titre_verso.jpg")],
            "residence_permit",
            "phone_photo",
            id_fields(sur, giv, tno, "SYR", "FRA", dob, "M", texp),
            "carte de séjour pluriannuelle, vie privée et familiale; TD1 MRZ on back",
        )
    )
    # --- birth certificate (Syria, legalised by MFA) + sworn translation
    sy = {
        "given_ar": "عمر",
        "surname_ar": "الخطيب",
        "father_ar": "محمود",
        "mother_ar": "هند الصباغ",
        "place_ar": "حمص",
        "dob_ar": "1988/11/02",
        "sex_ar": "ذكر",
        "reg_ar": "حمص - الخالدية 412",
        "issue_ar": "2025/09/07",
        "legal_no_ar": "رقم 58214 - 2025/09/21",
    }
    as_scan(pdir, "extrait_naissance_arabe.jpg", birth_sy(sy, rng), rng, 200)
    docs.append(
        doc(
            [f1("extrait_naissance_arabe.jpg")],
            "birth_certificate",
            "scan",
            {
                "surname": "AL-KHATIB",
                "given_names": "OMAR",
                "date_of_birth": dob,
                "place_of_birth": "Homs",
                "issuing_country": "SYR",
                "language": "ar",
                "has_apostille": False,
            },
            "Arabic civil-registry extract; Syria is not a Hague party, legalised by "
            "the Syrian MFA (stamp); names read from the Arabic via the translation",
        )
    )
    t = {
        "translator": "Nadia HADDAD",
        "court": "Paris",
        "translator_addr": "21 rue de Turbigo, 75002 Paris",
        "given": "Omar",
        "surname": "AL-KHATIB",
        "father": "Mahmoud",
        "mother": "Hind AL-SABBAGH",
        "place": "Homs",
        "dob": "02/11/1988",
        "sex": "Masculin",
        "reg": "Homs - Al-Khalidiya 412",
        "issue": "07/09/2025",
        "legal_no": "58214 du 21/09/2025",
        "no": "2025-1187",
        "date": "14 octobre 2025",
    }
    tp = pages_of(lambda c: translation_sy(c, t))
    stamp(
        tp[0],
        1250,
        1900,
        160,
        "NADIA HADDAD * TRADUCTEUR EXPERT * COUR D'APPEL DE PARIS * ",
        ["ARABE", "FRANÇAIS"],
        rng,
        (40, 60, 170),
    )
    signature(tp[0], (900, 1950, 1250, 2080), rng)
    as_image_pdf(pdir, "traduction_acte_naissance.pdf", tp, rng)
    docs.append(
        doc(
            [f1("traduction_acte_naissance.pdf")],
            "translation",
            "image_pdf",
            {},
            "sworn translation (traduction certifiée conforme) of the Syrian extract",
        )
    )
    # --- Orange bills: July, August, October 2026 (September missing), one scanned PDF
    bank, br, acc = "18206", "00412", "60417253001"
    iban = fr_iban(bank, br, acc)
    key = rib_key(bank, br, acc)
    bill_pages = []
    months = [
        ("2026-07-01", "2026-07-31", "2026-08-03", 42.99),
        ("2026-08-01", "2026-08-31", "2026-09-03", 42.99),
        ("2026-10-01", "2026-10-31", "2026-11-03", 45.99),
    ]
    for i, (st, en, iss, amt) in enumerate(months):
        b = {
            "holder": f"M {giv} {sur}",
            "addr_block": [f"M {giv} AL-KHATIB", addr1.upper() + " BAT C", f"{cp} {town.upper()}"],
            "issue": iss,
            "start": st,
            "end": en,
            "debit": iss[:8] + "18",
            "client_no": "0839 1742 55",
            "invoice_no": f"MH{iss[2:4]}{iss[5:7]}0917{i}42",
            "lines": [
                ("Forfait Livebox Fibre - abonnement du mois", amt - 3.0),
                ("Location décodeur TV", 3.0),
            ],
            "total": amt,
            "iban_mask": "FR76 **** **** **** ***" + acc[-4:] + " " + key,
            "line_id": "01 48 29 63 17",
            "ref": f"OR-{iss[:7]}",
        }
        bill_pages += pages_of(lambda c, b=b: bill(c, "orange", b))
    as_image_pdf(pdir, "factures_orange.pdf", bill_pages, rng)
    for i, (st, en, iss, amt) in enumerate(months):
        docs.append(
            doc(
                [f1("factures_orange.pdf", (i + 1,))],
                "utility_bill",
                "image_pdf",
                {
                    "provider": "Orange",
                    "service": "internet",
                    "holder_name": f"{giv} {sur}",
                    "address": f"{addr1}, {cp} {town}",
                    "issue_date": iss,
                    "period_start": st,
                    "period_end": en,
                    "amount": amt,
                    "month": st[:7],
                },
            )
        )
    # --- RIB Crédit Agricole, scanner PDF
    rp = pages_of(
        lambda c: rib(
            c,
            "ca",
            {
                "holder_lines": [f"M {sur} OMAR", addr1.upper() + " BAT C", f"{cp} {town.upper()}"],
                "bank": bank,
                "branch": br,
                "account": acc,
                "key": key,
                "iban": iban,
                "bic": "AGRIFRPP882",
                "domiciliation": ["CA SAINT-DENIS REPUBLIQUE", "01 49 33 70 00"],
                "edited": "2026-04-02",
            },
        )
    )
    as_image_pdf(pdir, "rib.pdf", rp, rng)
    docs.append(
        doc(
            [f1("rib.pdf")],
            "rib",
            "image_pdf",
            {
                "holder_name": f"{sur} OMAR",
                "iban": iban,
                "bic": "AGRIFRPP882",
                "bank_name": "Crédit Agricole",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    reqs = {
        "application_form": "complete",
        "identity": "complete",
        "residence_status": "complete",
        "birth_certificate": "complete",
        "residence_proof": "invalid",
        "bank_details": "complete",
        "employment": "not_applicable",
    }
    return truth(
        as_of,
        False,
        "incomplete",
        reqs,
        "residence proof: three Orange bills for July, August and October 2026; "
        "September is missing, so the months are not consecutive",
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
        docs,
    )
