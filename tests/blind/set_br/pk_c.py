"""Packet p04 (Ukraine, titre de séjour, Free bills; defect: IBAN check digits)."""

from __future__ import annotations

from docs_bank import lcl_rib
from docs_civil import (
    apostille,
    titre_sejour,
    translation,
    ukraine_birth,
)
from docs_fr import cerfa_form, free_bill
from docs_work import payslip
from ids import fr_iban, iban_ok, make_siret, passport_page, td1, td3
from pk_a import ALL_OK


def p04(pk):
    import generate

    as_of = "2026-12-01"
    sur, giv, dob = "KOVALENKO", "OLENA", "1995-06-21"
    pno = "FX284915"
    mrz = td3("P<", "UKR", sur, giv, pno, "UKR", "950621", "F", "320817", optional="1995062104821")
    pp = passport_page(
        {
            "header": "УКРАЇНА / UKRAINE",
            "header2": "ПАСПОРТ / PASSPORT",
            "bg": (226, 232, 240),
            "tint": (170, 185, 215),
            "skin": (215, 180, 160),
            "hfont": "dejavub",
            "fields": [
                (
                    "Тип / Type   Код держави / Code   Паспорт № / Passport No.",
                    "P   UKR   " + pno,
                    False,
                ),
                ("Прізвище / Surname", "КОВАЛЕНКО / " + sur, False),
                ("Ім'я / Given names", "ОЛЕНА / " + giv, False),
                (
                    ("Громадянство / Nationality", "Дата народження / Date of birth"),
                    ("УКРАЇНА / UKR", "21 ЧЕР/JUN 95"),
                    True,
                ),
                (
                    ("Стать / Sex", "Місце народження / Place of birth"),
                    ("Ж/F", "ХАРКІВСЬКА ОБЛ./UKR"),
                    True,
                ),
                (
                    ("Дата видачі / Date of issue", "Дата закінчення строку / Date of expiry"),
                    ("17 СЕР/AUG 22", "17 СЕР/AUG 32"),
                    True,
                ),
            ],
            "mrz": mrz,
        },
        pk.seed("pp"),
    )
    f = pk.emit("passport_UA.pdf", generate.on_a4(pp), "image_pdf", dpi=200, tone=0.95)
    pk.doc(
        f,
        "passport",
        "image_pdf",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": pno,
            "nationality": "UKR",
            "issuing_country": "UKR",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": "2032-08-17",
            "mrz_valid": True,
        },
        "biometric passport; optional data (record no.) with its check digit",
    )
    tno = "KT7C20451"
    tm = td1("IR", "FRA", tno, "950621", "F", "270503", "UKR", sur, giv)
    tf, tb = titre_sejour(
        {
            "surname": sur,
            "given": giv,
            "sex": "F",
            "nat": "UKR",
            "dob": "21 06 1995",
            "until": "03 05 2027",
            "type": "CARTE DE SÉJOUR TEMPORAIRE",
            "number": tno,
            "remarks": "SALARIÉ",
            "addr": "58 RUE DE LA ROQUETTE 75011 PARIS",
            "pob": "KHARKIV (UKRAINE)",
            "issued": "04 05 2026",
            "authority": "PRÉFET DE POLICE",
            "agdref": "7503184629",
            "mrz": tm,
        },
        pk.seed("ts"),
    )
    f1 = pk.emit("titre_recto.jpg", tf, "phone_photo", dpi=600, table="wood", fill=0.55)
    f2 = pk.emit("titre_verso.jpg", tb, "phone_photo", dpi=600, rot90=3, table="wood", fill=0.55)
    pk.doc(
        [f1, f2],
        "residence_permit",
        "phone_photo",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": tno,
            "nationality": "UKR",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": "2027-05-03",
            "mrz_valid": True,
        },
        "carte de séjour temporaire 'salarié', front and back photos (back "
        "rotated 270°), TD1 MRZ on the back",
    )
    bc = ukraine_birth(
        {
            "surname_uk": "КОВАЛЕНКО",
            "surname": "KOVALENKO",
            "given_uk": "Олена",
            "given": "Olena",
            "patr_uk": "Петрівна",
            "patr": "Petrivna",
            "dob_words": "двадцять першого червня тисяча дев'ятсот",
            "dob_digits": "дев'яносто п'ятого року  (21.06.1995)",
            "pob_uk": "місто Харків, Харківська область, Україна",
            "pob_lat": "Kharkiv, Kharkivska oblast, Ukraine",
            "act_year": "1995",
            "act_no": "1532",
            "father": "КОВАЛЕНКО Петро Іванович",
            "mother": "КОВАЛЕНКО Ганна Сергіївна",
            "office": "Відділ державної реєстрації актів "
            "цивільного стану Харківського міського управління юстиції",
            "issued": "12.01.2026",
            "series": "І-ВЛ",
            "serial": "482913",
        },
        pk.seed("bc"),
    )
    f = pk.emit("svidotstvo.jpg", bc, "phone_photo", dpi=260, table="dark", fill=0.84)
    pk.doc(
        f,
        "birth_certificate",
        "phone_photo",
        {
            "surname": "KOVALENKO",
            "given_names": "Olena",
            "date_of_birth": dob,
            "place_of_birth": "Kharkiv",
            "issuing_country": "UKR",
            "language": "uk",
            "has_apostille": True,
        },
        "Cyrillic certificate (re-issued 2026) with Latin transliteration "
        "of the names; patronymic Petrivna is not a given name",
    )
    ap = apostille(
        {
            "labels": [
                "Країна / Country:",
                "підписаний / has been signed by:",
                "діє як / acting in the capacity of:",
                "скріплений печаткою / bears the seal of:",
                "в / at:",
                "дата / the:",
                "ким / by:",
                "№ / No:",
                "Печатка / Seal:",
                "Підпис / Signature:",
            ],
            "values": [
                "Україна / Ukraine",
                "Мельник О.В. / Melnyk O.V.",
                "начальник відділу / head",
                "Відділ ДРАЦС, Харків",
                "Київ / Kyiv",
                "02.02.2026",
                "Міністерство юстиції України",
                "UA-2026-0107734",
                "(печатка)",
                "(підпис)",
            ],
            "certifies": "Цей офіційний документ / This public document",
            "certified": "ПОСВІДЧЕНО / CERTIFIED",
            "seal": ["МІНЮСТ", "УКРАЇНИ"],
            "x": 26,
        },
        pk.seed("ap"),
    )
    f = pk.emit("apostille_UA.jpg", ap, "scan", dpi=200, tone=0.96)
    pk.doc(
        f,
        "apostille",
        "scan",
        {
            "country": "UKR",
            "issued_on": "2026-02-02",
            "number": "UA-2026-0107734",
            "signed_by": "Міністерство юстиції України",
        },
        "Hague model, bilingual Ukrainian/English",
    )
    tr = translation(
        {
            "translator": "Oksana LEFÈVRE-HRYTSENKO",
            "title_tr": "Traductrice assermentée près la Cour d'appel de Paris - ukrainien, russe",
            "tr_addr": "9 rue Oberkampf, 75011 Paris",
            "lang": "ukrainien",
            "lang_adj": "ukrainienne",
            "repertoire": "UK-2026-118",
            "city": "Paris",
            "date": "16/02/2026",
            "court": "CA PARIS",
            "font": "open",
            "fontb": "openb",
            "parts": [
                (
                    "ACTE DE NAISSANCE",
                    [
                        ("#UKRAINE - CERTIFICAT DE NAISSANCE", ""),
                        ("Nom :", "KOVALENKO"),
                        ("Prénom :", "Olena"),
                        ("Patronyme :", "Petrivna"),
                        (
                            "Date de naissance :",
                            "vingt et un juin mille neuf cent quatre-vingt-quinze (21/06/1995)",
                        ),
                        ("Lieu de naissance :", "ville de Kharkiv, région de Kharkiv, Ukraine"),
                        ("Acte n° :", "1532 de l'année 1995"),
                        ("Père :", "KOVALENKO Petro Ivanovytch"),
                        ("Mère :", "KOVALENKO Hanna Serhiivna"),
                        (
                            "Lieu d'enregistrement :",
                            "Service d'enregistrement de l'état civil de la "
                            "direction municipale de la justice de Kharkiv",
                        ),
                        ("Délivré le :", "12/01/2026"),
                        ("Série et numéro :", "I-VL n° 482913"),
                    ],
                ),
                (
                    "APOSTILLE",
                    [
                        ("#APOSTILLE (Convention de La Haye du 5 octobre 1961)", ""),
                        ("1. Pays :", "Ukraine"),
                        ("2. signé par :", "O. V. Melnyk"),
                        ("3. en qualité de :", "chef de service"),
                        ("4. revêtu du sceau de :", "service de l'état civil de Kharkiv"),
                        ("5. à :", "Kyiv"),
                        ("6. le :", "02/02/2026"),
                        ("7. par :", "Ministère de la Justice d'Ukraine"),
                        ("8. n° :", "UA-2026-0107734"),
                    ],
                ),
            ],
        },
        pk.seed("tr"),
    )
    f = pk.emit("traduction_assermentee.pdf", tr, "image_pdf", dpi=160, tone=0.97)
    pk.doc(f, "translation", "image_pdf", {}, "sworn translation of certificate and apostille")
    addr = ["58 RUE DE LA ROQUETTE", "75011 PARIS"]
    months = [
        ("2026-08", "2026-08-01", "2026-08-31", "2026-08-02", 29.99, "2026-08-07"),
        ("2026-09", "2026-09-01", "2026-09-30", "2026-09-02", 29.99, "2026-09-07"),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-10-02", 29.99, "2026-10-07"),
    ]
    looks = [
        ("Free_facture_2026-08.pdf", "text_pdf", 0),
        ("IMG_5521.jpg", "phone_photo", 1),
        ("Free_facture_2026-10.pdf", "text_pdf", 0),
    ]
    for i, (mo, lk) in enumerate(zip(months, looks, strict=True)):
        m, s, e, iss, amt, deb = mo
        fn, look, rot = lk
        b = {
            "issue": iss,
            "number": f"{33781900 + i * 4417:08d}",
            "client": "fbx71843320",
            "holder_line": "Mme Olena KOVALENKO",
            "addr": addr,
            "line": "01 84 22 71 09",
            "amount": amt,
            "debit": deb,
            "start": s,
            "end": e,
        }
        f = pk.emit(fn, free_bill(b), look, dpi=200, rot90=rot, table="white", fill=0.86)
        pk.doc(
            f,
            "utility_bill",
            look,
            {
                "provider": "Free",
                "service": "internet",
                "holder_name": "Olena KOVALENKO",
                "address": "58 RUE DE LA ROQUETTE, 75011 PARIS",
                "issue_date": iss,
                "period_start": s,
                "period_end": e,
                "amount": amt,
                "month": m,
            },
            "Freebox bill",
        )
    # RIB with the defect: one digit of the IBAN's check digits mistyped (76 -> 78)
    bank, branch, acct = "30002", "00542", "00004478153"
    key, iban = fr_iban(bank, branch, acct)
    bad = iban[:3] + "8" + iban[4:]
    assert iban[3] == "6" and not iban_ok(bad)
    r = {
        "holder_line": "MME KOVALENKO OLENA",
        "addr": addr,
        "agency": "LCL PARIS BASTILLE",
        "bank": bank,
        "branch": branch,
        "account": acct,
        "key": key,
        "iban_printed": bad,
        "bic": "CRLYFRPP",
    }
    f = pk.emit("RIB_LCL.jpg", lcl_rib(r), "scan", dpi=200, tone=0.96)
    pk.doc(
        f,
        "rib",
        "scan",
        {
            "holder_name": "KOVALENKO OLENA",
            "iban": bad,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": False,
            "rib_key_valid": True,
        },
        f"DEFECT: IBAN printed {bad}: its check "
        f"digits read 78 instead of 76 (correct IBAN {iban}); the RIB table (banque {bank}, "
        f"guichet {branch}, compte {acct}, clé {key}) is right and its key valid",
    )
    siret = make_siret("89130254", "0018")
    e = {
        "p_start": "2026-10-01",
        "p_end": "2026-10-31",
        "paid": "2026-10-31",
        "employer": "STUDIO PIXELUNE SAS",
        "emp_addr": ["17 passage Saint-Pierre Amelot", "75011 Paris"],
        "siret": siret,
        "naf": "6201Z",
        "urssaf": "117 000 913 552",
        "employee_line": "Mme KOVALENKO Olena",
        "addr": addr,
        "job": "Développeuse front-end",
        "status": "Cadre",
        "coef": "130",
        "matricule": "PX-0042",
        "entry": "2026-05-11",
        "ccn": "Syntec (IDCC 1486)",
        "gross": 3350.00,
        "tax_rate": 4.3,
        "net": None,
        "font": "lato",
        "fontb": "latob",
    }
    f = pk.emit("bulletin_octobre.pdf", payslip(e), "text_pdf")
    pk.doc(
        f,
        "payslip",
        "text_pdf",
        {
            "employer": "STUDIO PIXELUNE SAS",
            "employee_name": "KOVALENKO Olena",
            "period": "2026-10",
            "net_pay": e["net"],
            "siret": siret,
        },
    )
    a = {
        "surname": sur,
        "given": "OLENA",
        "dob_fr": "21/06/1995",
        "pob": "KHARKIV (UKRAINE)",
        "nationality": "UKRAINIENNE",
        "addr1": "58 RUE DE LA ROQUETTE",
        "addr2": "75011 PARIS",
        "phone": "07 81 09 33 62",
        "activity": "employed",
        "job": "DÉVELOPPEUSE WEB",
        "contract": "CDI",
        "place": "PARIS",
        "signed_fr": "21/11/2026",
        "type_font": "sans",
        "ink": (10, 10, 10),
    }
    f = pk.emit(
        "CERFA_S1106_Kovalenko.pdf",
        cerfa_form(a, False, pk.seed("form")),
        "image_pdf",
        dpi=160,
        tone=0.96,
    )
    pk.doc(
        f,
        "application_form",
        "image_pdf",
        {
            "surname": sur,
            "given_names": "OLENA",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-21",
            "nir": None,
        },
        "typed, signed in black ink, scanned",
    )
    reqs = dict(ALL_OK)
    reqs["bank_details"] = "invalid"
    defect = (
        "bank_details invalid: the RIB's IBAN has one mistyped digit (check digits 78 "
        "instead of 76), so the IBAN mod-97 check fails"
    )
    return as_of, True, reqs, defect, {"surname": sur, "given_names": giv, "date_of_birth": dob}
