"""Packet p03: Ukraine, three SFR bills, employed (CDD), Revolut account (LT IBAN)."""

from __future__ import annotations

import functools

import civil
import forms
import ids
import money
from emit import F, Packet, seeded
from kit import iban_ok, make_iban, render_pdf


def p03(out: str) -> None:
    pk = Packet(out, "p03")
    rng = functools.partial(seeded, "p03")
    spec = {
        "code": "UKR",
        "header": [("УКРАЇНА / UKRAINE", "sans-b", 9), ("ПАСПОРТ / PASSPORT", "sans", 7.5)],
        "header_color": (20, 50, 120),
        "paper": (232, 236, 244),
        "skin": (225, 190, 170),
        "hair": (150, 110, 70),
        "guilloche": [(195, 205, 230), (225, 215, 190)],
        "labels": {
            "type": "Тип / Type",
            "code": "Код / Code",
            "number": "Паспорт № / Passport No.",
            "surname": "Прізвище / Surname",
            "given": "Ім'я / Given names",
            "nationality": "Громадянство / Nationality",
            "dob": "Дата народження / Date of birth",
            "sex": "Стать / Sex",
            "pob": "Місце народження / Place of birth",
            "issue": "Дата видачі / Date of issue",
            "expiry": "Дата закінчення / Date of expiry",
            "authority": "Орган, що видав / Authority",
            "personal": "Запис № / Record No.",
            "signature": "Підпис / Signature",
        },
        "values": {
            "mrz_surname": "KOVALENKO",
            "mrz_given": "OLENA",
            "number": "FX315742",
            "dob_iso": "1988-06-04",
            "sex": "F",
            "expiry_iso": "2031-03-10",
            "optional": "1988060401234",
            "surname": "КОВАЛЕНКО / KOVALENKO",
            "given": "ОЛЕНА / OLENA",
            "nationality": "УКРАЇНА / UKRAINE",
            "personal": "19880604-01234",
            "dob": "04 ЧЕР/JUN 88",
            "sex_print": "Ж/F",
            "pob": "ХАРКІВСЬКА ОБЛ./UKR",
            "issue": "10 БЕР/MAR 21",
            "expiry": "10 БЕР/MAR 31",
            "authority": "6312",
        },
    }
    page, mrz = ids.passport_page(spec, rng("pp"))
    pk.photo("IMG_4471.jpg", ids.passport_spread(page, rng("spr")), rot90=3, fill=0.8)
    pk.doc(
        [F("IMG_4471.jpg")],
        "passport",
        "phone_photo",
        {
            "surname": "KOVALENKO",
            "given_names": "OLENA",
            "document_number": "FX315742",
            "nationality": "UKR",
            "issuing_country": "UKR",
            "date_of_birth": "1988-06-04",
            "sex": "F",
            "expiry_date": "2031-03-10",
            "mrz_valid": True,
        },
        "photo rotated 270 degrees; MRZ " + " / ".join(mrz),
    )
    visa, vmrz = ids.french_visa(
        {
            "surname": "KOVALENKO",
            "given": "OLENA",
            "number": "025517840",
            "nat": "UKR",
            "dob_iso": "1988-06-04",
            "sex": "F",
            "until_iso": "2027-05-17",
            "from": "18-05-2026",
            "until": "17-05-2027",
            "days": "365",
            "issued_in": "KYIV",
            "issued_on": "06-05-2026",
            "passport": "FX315742",
            "name_line": "KOVALENKO OLENA",
            "remarks": "VLS-TS SALARIE  ART. L.421-1 CESEDA",
            "skin": (225, 190, 170),
        },
        rng("visa"),
    )
    pk.photo("IMG_4473.jpg", visa, fill=0.8)
    pk.doc(
        [F("IMG_4473.jpg")],
        "long_stay_visa",
        "phone_photo",
        {
            "surname": "KOVALENKO",
            "given_names": "OLENA",
            "document_number": "025517840",
            "nationality": "UKR",
            "issuing_country": "FRA",
            "date_of_birth": "1988-06-04",
            "sex": "F",
            "expiry_date": "2027-05-17",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": "2026-05-18",
            "valid_until": "2027-05-17",
        },
        "VLS-TS salarié; MRZ " + " / ".join(vmrz),
    )
    bc = civil.ukraine_birth(
        {
            "surname": "Коваленко",
            "given": "Олена",
            "patronymic": "Іванівна",
            "dob_num": "04.06.1988",
            "dob_words": "четвертого червня тисяча дев'ятсот вісімдесят восьмого року",
            "pob": "м. Харків, Україна",
            "act_line": "про що 1988 року червня місяця 10 числа складено відповідний актовий запис",
            "act_line2": "№ 1847",
            "father": "Коваленко Іван Петрович",
            "father_cit": "—",
            "mother": "Коваленко Наталія Василівна",
            "mother_cit": "—",
            "office": "Київський відділ державної реєстрації актів цивільного стану у місті Харкові "
            "Східного міжрегіонального управління Міністерства юстиції (м. Харків)",
            "issued": "12 лютого 2026 року",
            "head": "Т. М. Бондар",
            "series": "І-ВЛ",
            "series_no": "482913",
        },
        rng("bc"),
    )
    pk.photo("svidotstvo.jpg", bc[0], fill=0.82, dpi=250)
    pk.doc(
        [F("svidotstvo.jpg")],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "Коваленко",
            "given_names": "Олена",
            "date_of_birth": "1988-06-04",
            "place_of_birth": "м. Харків, Україна",
            "issuing_country": "UKR",
            "language": "uk",
            "has_apostille": True,
        },
        "repeat issue (повторно) on A5 security paper; patronymic Іванівна",
    )
    ap = civil.ukraine_apostille(
        {
            "country": "Україна / Ukraine",
            "signer": "Бондар Т. М. / Bondar T. M.",
            "capacity": "керівник відділу ДРАЦС / head of civil registry office",
            "seal_of": "Київський відділ ДРАЦС у м. Харкові / Kyivskyi civil registry office, Kharkiv",
            "at": "м. Київ / Kyiv",
            "on_print": "19.02.2026",
            "by": "Міністерство юстиції України / Ministry of Justice of Ukraine",
            "number": "26-0219-004817",
        },
        rng("ap"),
    )
    pk.scan("apostil.jpg", ap[0], dpi=300)
    pk.doc(
        [F("apostil.jpg")],
        "apostille",
        "scan",
        {
            "country": "Україна / Ukraine",
            "issued_on": "2026-02-19",
            "number": "26-0219-004817",
            "signed_by": "Міністерство юстиції України / Ministry of Justice of Ukraine",
        },
        "bilingual Ukrainian/English apostille for the birth certificate",
    )
    tr = civil.sworn_translation(
        {
            "translator": "Andriy MOREAU-SAVCHUK",
            "title": "Expert traducteur-interprète près la Cour d'appel d'Orléans",
            "pair": "Ukrainien, russe — Français",
            "address": "3 rue de la Bretonnerie, 45000 Orléans — 02 38 53 17 64",
            "heading": "TRADUCTION DE L'UKRAINIEN",
            "body": [
                ("h", "UKRAINE"),
                ("h", "ACTE DE NAISSANCE (duplicata)"),
                ("s", ""),
                ("kv", ("Nom :", "KOVALENKO")),
                ("kv", ("Prénom :", "Olena")),
                ("kv", ("Patronyme :", "Ivanivna")),
                (
                    "kv",
                    (
                        "Date de naissance :",
                        "04/06/1988 (quatre juin mil neuf cent quatre-vingt-huit)",
                    ),
                ),
                ("kv", ("Lieu de naissance :", "ville de Kharkiv, Ukraine")),
                ("kv", ("Acte d'état civil :", "n° 1847 dressé le 10 juin 1988")),
                ("kv", ("Père :", "KOVALENKO Ivan Petrovytch")),
                ("kv", ("Mère :", "KOVALENKO Natalia Vasylivna")),
                ("kv", ("Lieu d'enregistrement :", "Service de l'état civil de Kyivskyi, Kharkiv")),
                ("kv", ("Date de délivrance :", "12 février 2026")),
                ("kv", ("Série et numéro :", "I-VL n° 482913")),
                ("s", ""),
                (
                    "p",
                    (
                        "[Sceau rond : Service de l'état civil, Kharkiv] [Signature] T. M. BONDAR, chef "
                        "du service."
                    ),
                ),
                (
                    "p",
                    (
                        "[Apostille] Ukraine, ministère de la Justice, n° 26-0219-004817, Kyiv, "
                        "19/02/2026."
                    ),
                ),
            ],
            "certif": "Je soussigné, Andriy MOREAU-SAVCHUK, expert traducteur près la Cour d'appel d'Orléans, "
            "certifie la présente traduction conforme à l'original rédigé en langue ukrainienne.",
            "place_date": "Orléans, le 30/06/2026",
            "repertoire": "Enregistré sous le n° 26-318",
            "stamp_ring": "EXPERT PRES LA COUR D'APPEL D'ORLEANS *",
            "stamp_inner": ["A. MOREAU-SAVCHUK", "TRADUCTEUR", "UKRAINIEN"],
        },
        rng("tr"),
    )
    pk.image_pdf("traduction_acte_naissance.pdf", tr)
    pk.doc(
        [F("traduction_acte_naissance.pdf")],
        "translation",
        "image_pdf",
        {},
        "sworn French translation of the birth certificate and apostille",
    )
    months = [("08", "31", "05/09/2026"), ("09", "30", "05/10/2026"), ("10", "31", "05/11/2026")]
    pages = []
    for i, (mm, last, issued) in enumerate(months):
        pages.append(
            money.sfr_bill(
                {
                    "date": issued,
                    "number": f"BX{5612047 + i * 311}",
                    "postal": [
                        "Mme Olena KOVALENKO",
                        "8 rue des Carmes",
                        "Appt 12",
                        "45000 ORLÉANS",
                    ],
                    "holder": "Mme Olena KOVALENKO",
                    "client": "0129 4417 8820",
                    "line": "02 38 71 44 09",
                    "offer": "SFR Fibre Power",
                    "amount": 34.99,
                    "due": f"{int(issued[:2]) + 10}/{issued[3:]}",
                    "from": f"01/{mm}/2026",
                    "to": f"{last}/{mm}/2026",
                    "install": "8 rue des Carmes, Appt 12, 45000 Orléans",
                },
                rng("sfr" + mm),
            )
        )
        pk.doc(
            [{"path": "factures_SFR.pdf", "pages": [i + 1]}],
            "utility_bill",
            "text_pdf",
            {
                "provider": "SFR",
                "service": "internet",
                "holder_name": "Olena KOVALENKO",
                "address": "8 rue des Carmes, Appt 12, 45000 Orléans",
                "issue_date": f"{issued[6:]}-{issued[3:5]}-{issued[:2]}",
                "period_start": f"2026-{mm}-01",
                "period_end": f"2026-{mm}-{last}",
                "month": f"2026-{mm}",
                "amount": 34.99,
            },
            "three monthly bills merged into one PDF, one per page",
        )
    render_pdf(pages, pk._p("factures_SFR.pdf"), "Factures SFR", "SFR")
    ct = {
        "employer": "HÔTEL DU MARTROI SAS",
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "employer_lines": [
            "12 place du Martroi, 45000 Orléans",
            "SIRET 512 873 640 00018 — APE 5510Z",
            "Convention collective HCR (IDCC 1979)",
        ],
        "page1": [
            (
                "Entre les soussignés : la société HÔTEL DU MARTROI SAS, représentée par M. Philippe Gaudin, "
                "directeur, ci-après « l'employeur », d'une part,"
            ),
            (
                "et Mme Olena KOVALENKO, née le 4 juin 1988 à Kharkiv (Ukraine), de nationalité ukrainienne, "
                "demeurant 8 rue des Carmes, 45000 Orléans, ci-après « la salariée », d'autre part,"
            ),
            "il a été convenu ce qui suit.",
            "#Article 1 — Engagement et motif",
            (
                "La salariée est engagée à durée déterminée pour accroissement temporaire d'activité, à compter "
                "du 26 mai 2026 et jusqu'au 25 mai 2027 inclus, en qualité de réceptionniste, niveau I, "
                "échelon 3 de la convention collective des hôtels, cafés, restaurants."
            ),
            "#Article 2 — Période d'essai",
            "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai d'un mois.",
            "#Article 3 — Durée du travail et rémunération",
            (
                "La durée hebdomadaire de travail est de 35 heures. La salariée percevra une rémunération brute "
                "mensuelle de 1 905,00 euros pour 151,67 heures."
            ),
        ],
        "page2": [
            "#Article 4 — Lieu de travail",
            (
                "La salariée exercera ses fonctions au sein de l'établissement situé 12 place du Martroi à "
                "Orléans."
            ),
            "#Article 5 — Caisses",
            "Retraite complémentaire : AG2R La Mondiale. Prévoyance et frais de santé : régime de branche HCR.",
            "#Article 6 — Titre de séjour",
            (
                "La salariée déclare être titulaire d'un visa long séjour valant titre de séjour portant la "
                "mention « salarié », valable jusqu'au 17 mai 2027."
            ),
        ],
        "signed_at": "Orléans",
        "signed_on": "22 mai 2026",
        "signatory": "Philippe Gaudin, directeur",
    }
    pk.image_pdf("contrat_CDD.pdf", forms.work_contract(ct, rng("cdd")))
    pk.doc(
        [{"path": "contrat_CDD.pdf", "pages": [1, 2]}],
        "employment_contract",
        "image_pdf",
        {
            "employer": "HÔTEL DU MARTROI SAS",
            "employee_name": "Olena KOVALENKO",
            "contract_type": "CDD",
            "job_title": "réceptionniste",
            "start_date": "2026-05-26",
        },
        "signed by both parties",
    )
    iban = make_iban("LT", "32500" + "61827394015")
    pk.screenshot(
        "Screenshot_20261112-094512_Revolut.png",
        money.revolut_screen(
            {
                "time": "09:45",
                "holder": "Olena Kovalenko",
                "iban": iban,
                "bic": "REVOLT21",
                "bank_name": "Revolut Bank UAB",
                "bank_addr": "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania",
            },
            rng("rev"),
        ),
    )
    pk.doc(
        [F("Screenshot_20261112-094512_Revolut.png")],
        "rib",
        "screenshot",
        {
            "holder_name": "Olena Kovalenko",
            "iban": iban,
            "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "neobank account details (LT IBAN, SEPA): acceptable, informational finding expected",
    )
    assert iban_ok(iban)
    form = forms.application_form(
        {
            "fill": "hand",
            "hand_font": "h-dkg",
            "surname": "KOVALENKO",
            "usage": "",
            "given": "OLENA",
            "sex": "F",
            "dob": "1988-06-04",
            "pob_city": "Kharkiv",
            "pob_country": "Ukraine",
            "nationality": "ukrainienne",
            "street": "8 rue des Carmes, appt 12",
            "postcode": "45000",
            "city": "Orléans",
            "phone": "07 53 90 18 26",
            "email": "olena.kovalenko88@ukr.net",
            "situation": "salarie",
            "job": "Réceptionniste",
            "contract": "CDD",
            "place": "Orléans",
            "date_text": "13/11/2026",
        },
        rng("form"),
    )
    pk.photo("formulaire_p1.jpg", form[0], fill=0.84)
    pk.photo("formulaire_p2.jpg", form[1], rot90=1, fill=0.84)
    pk.doc(
        [F("formulaire_p1.jpg"), F("formulaire_p2.jpg")],
        "application_form",
        "phone_photo",
        {
            "surname": "KOVALENKO",
            "usage_name": None,
            "given_names": "OLENA",
            "date_of_birth": "1988-06-04",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-13",
            "nir": None,
        },
        "hand-filled, one photo per page, page 2 rotated 90 degrees",
    )
    pk.write_truth(
        "2026-11-20",
        True,
        {
            "application_form": "complete",
            "identity": "complete",
            "residence_status": "complete",
            "birth_certificate": "complete",
            "residence_proof": "complete",
            "bank_details": "complete",
            "employment": "complete",
        },
        None,
        {"surname": "KOVALENKO", "given_names": "OLENA", "date_of_birth": "1988-06-04"},
    )
