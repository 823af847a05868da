"""Packet p01: Ukraine, hosted by a French family, not employed, in order."""

from __future__ import annotations

from civil import apostille, birth_ua, translation_fr
from common import fr_iban, render, verify_td3
from fields import UA_LAB, bill_fields, id_fields
from forms import attestation, cerfa
from ids import french_id, passport, residence_card
from looks import on_sheet
from money import (
    bill_orange,
    rib_lbp,
)
from out import Packet, pages_img, sheet


# ============================================================================= p01
def p01(out: str) -> str:
    app = {"surname": "HRYSHCHENKO", "given_names": "OLEKSANDRA", "date_of_birth": "1994-02-09"}
    pk = Packet(out, "p01", 4301, "2026-11-18", False, app)
    addr = "14 rue Pierre Corneille, 69006 Lyon"

    # application form, hand-filled, phone photo rotated 90°
    form = cerfa(
        {
            "surname": "HRYSHCHENKO",
            "given": "Oleksandra",
            "dob": "09/02/1994",
            "pob": "Kharkiv, Ukraine",
            "nat": "ukrainienne",
            "addr": "chez Mme Dubreuil, 14 rue Pierre Corneille",
            "cp": "69006",
            "city": "Lyon",
            "status": "not_employed",
            "place": "Lyon",
            "date": "10/11/2026",
        },
        pk.sub("form"),
        "hand2",
    )
    img = pages_img(form[:1], 300, "p01 form")[0]
    pk.photo("IMG_20261110_184522.jpg", img, "formphoto", rot=90)
    pk.doc(
        [("IMG_20261110_184522.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "HRYSHCHENKO",
            "given_names": "Oleksandra",
            "date_of_birth": "1994-02-09",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-10",
            "nir": None,
        },
        "Page 1 only, filled by hand, photo rotated 90° clockwise.",
    )

    # passport (Cyrillic + Latin), flatbed scan
    pp, mrz = passport(
        {
            "head": "УКРАЇНА / UKRAINE",
            "head2": "ПАСПОРТ / PASSPORT",
            "labels": UA_LAB,
            "country": "UKR",
            "doc": "GK418273",
            "surname_lines": ["ГРИЩЕНКО", "HRYSHCHENKO"],
            "given_lines": ["ОЛЕКСАНДРА", "OLEKSANDRA"],
            "nat_txt": "УКРАЇНА/UKRAINE",
            "dob_txt": "09 ЛЮТ/FEB 94",
            "sex_txt": "Ж/F",
            "pob_txt": "ХАРКІВСЬКА ОБЛ./UKR",
            "issue_txt": "14 ЛИП/JUL 22",
            "auth_txt": "6314",
            "exp_txt": "14 ЛИП/JUL 32",
            "mrz_surname": "HRYSHCHENKO",
            "mrz_given": "OLEKSANDRA",
            "nat": "UKR",
            "dob": "1994-02-09",
            "sex": "F",
            "exp": "2032-07-14",
            "personal": "1994020904562",
            "bg": (232, 236, 242),
            "band": (0, 87, 183),
            "ink": (200, 205, 150),
        },
        pk.sub("pp"),
    )
    assert verify_td3(mrz[1])
    pk.scan_jpg("passeport_scan.jpg", sheet([(pp, 22, 20, 150)], pk.sub("pps")), "ppscan")
    pk.doc(
        [("passeport_scan.jpg", [1])],
        "passport",
        "scan",
        id_fields(
            "HRYSHCHENKO", "OLEKSANDRA", "GK418273", "UKR", "UKR", "1994-02-09", "F", "2032-07-14"
        ),
        "Ukrainian biometric passport, names in Cyrillic and Latin. MRZ: " + " / ".join(mrz),
    )

    # titre de séjour, recto and verso photos
    f, b, tmrz = residence_card(
        {
            "number": "ZN0412386",
            "sex": "F",
            "surname": "HRYSHCHENKO",
            "given": "OLEKSANDRA",
            "kind": "CARTE DE SÉJOUR TEMPORAIRE",
            "until_txt": "30.09.2027",
            "remark": "VIE PRIVÉE ET FAMILIALE",
            "birth_txt": "09.02.1994 KHARKIV (UKR)",
            "nat_txt": "UKRAINIENNE",
            "issued_txt": "PRÉFECTURE DU RHÔNE 01.10.2026",
            "address": "14 RUE PIERRE CORNEILLE 69006 LYON",
            "mrz_surname": "HRYSHCHENKO",
            "mrz_given": "OLEKSANDRA",
            "nat": "UKR",
            "dob": "1994-02-09",
            "until": "2027-09-30",
        },
        pk.sub("ts"),
    )
    f.check("ts front")
    b.check("ts back")
    pk.photo("titre_sejour_recto.jpg", render(f, 700), "tsr", rot=0, fill=0.62)
    pk.photo("titre_sejour_verso.jpg", render(b, 700), "tsv", rot=180, fill=0.62)
    pk.doc(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        id_fields(
            "HRYSHCHENKO", "OLEKSANDRA", "ZN0412386", "UKR", "FRA", "1994-02-09", "F", "2027-09-30"
        ),
        "Carte de séjour temporaire 'vie privée et familiale'; verso photographed upside "
        "down (180°). MRZ TD1: " + " / ".join(tmrz),
    )

    # birth certificate + apostille (one scanner PDF, 2 pages)
    bc = birth_ua(
        {
            "surname": "ГРИЩЕНКО",
            "given": "ОЛЕКСАНДРА",
            "patronymic": "ВІКТОРІВНА",
            "dob_digits": "09.02.1994",
            "dob_words": "дев'ятого лютого тисяча дев'ятсот дев'яносто четвертого року",
            "place1": "м. Харків, Харківська область",
            "place2": "Україна",
            "record": "про що 14 лютого 1994 року складено відповідний актовий запис № 512",
            "father": "ГРИЩЕНКО Віктор Іванович, громадянин України",
            "mother": "ГРИЩЕНКО Людмила Петрівна, громадянка України",
            "office": "Шевченківський відділ державної реєстрації актів цивільного стану у місті "
            "Харкові Східного міжрегіонального управління Міністерства юстиції (м. Харків)",
            "issued_digits": "11.05.2023",
            "registrar": "О. М. Коваль",
            "series": "І-ВЛ",
            "cert_no": "481027",
        },
        pk.sub("bc"),
    )
    ap = apostille(
        {
            "labels": [
                "Країна / Country:",
                "підписаний / has been signed by",
                "який діє як / acting in the capacity of",
                "скріплений печаткою/штампом / bears the seal/stamp of",
                "в / at",
                "дата / the",
                "ким / by",
                "за № / No",
                "Печатка/штамп / Seal/stamp",
                "Підпис / Signature",
            ],
            "values": [
                "Україна / Ukraine",
                "Коваль О. М. / Koval O. M.",
                ["керівник відділу ДРАЦС /", "head of the civil registry office"],
                [
                    "Шевченківського відділу ДРАЦС у м. Харкові /",
                    "Shevchenkivskyi civil registry office, Kharkiv",
                ],
                "Харків / Kharkiv",
                "17.05.2023",
                [
                    "Східне міжрегіональне управління Міністерства",
                    "юстиції / Eastern Interregional Department",
                    "of the Ministry of Justice",
                ],
                "118452/23",
                "",
                "",
            ],
            "this_doc": "Цей офіційний документ / This public document",
            "certified": "Засвідчено / Certified",
            "stamp": ["МІНІСТЕРСТВО", "ЮСТИЦІЇ", "АПОСТИЛЬ"],
            "ring": "УКРАЇНА",
        },
        pk.sub("ap"),
    )
    imgs = pages_img([bc, ap], 200, "p01 bc")
    sh = pk.sub("bcs")
    pk.scans(
        "acte_naissance_apostille.pdf",
        [on_sheet([(imgs[0], 31, 40, 148)], sh), on_sheet([(imgs[1], 31, 30, 148)], sh)],
        "bcscan",
    )
    pk.doc(
        [("acte_naissance_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "ГРИЩЕНКО",
            "given_names": "ОЛЕКСАНДРА",
            "date_of_birth": "1994-02-09",
            "place_of_birth": "м. Харків",
            "issuing_country": "UKR",
            "language": "uk",
            "has_apostille": True,
        },
        "Ukrainian duplicate (повторно) birth certificate, Cyrillic only; patronymic "
        "ВІКТОРІВНА printed on its own line. Latin form on the passport: HRYSHCHENKO "
        "OLEKSANDRA.",
    )
    pk.doc(
        [("acte_naissance_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Ukraine",
            "issued_on": "2023-05-17",
            "number": "118452/23",
            "signed_by": "Koval O. M.",
        },
        "Hague model, 10 items, Ukrainian/English; signed_by = item 2 (the official whose "
        "signature is certified).",
    )

    # sworn translation, scanned JPEG
    tr = translation_fr(
        {
            "header": [
                "Iryna MOREAU-PETRENKO",
                "Traductrice-interprète expert près la Cour d'appel de Lyon",
                "Ukrainien – Russe – Français",
                "27 cours Gambetta, 69007 Lyon – 06 12 48 77 30",
            ],
            "title": "TRADUCTION CERTIFIÉE CONFORME",
            "subtitle": "de l'ukrainien vers le français – certificat de naissance (duplicata) et "
            "apostille",
            "rows": [
                ("#UKRAINE – CERTIFICAT DE NAISSANCE", ""),
                ("Nom :", "HRYSHCHENKO"),
                ("Prénom :", "Oleksandra"),
                ("Patronyme :", "Viktorivna"),
                (
                    "Date de naissance :",
                    "09.02.1994 (neuf février mil neuf cent quatre-vingt-quatorze)",
                ),
                ("Lieu de naissance :", "ville de Kharkiv, région de Kharkiv, Ukraine"),
                ("Acte :", "acte de naissance n° 512 dressé le 14 février 1994"),
                ("Père :", "HRYSHCHENKO Viktor Ivanovytch, de nationalité ukrainienne"),
                ("Mère :", "HRYSHCHENKO Lioudmyla Petrivna, de nationalité ukrainienne"),
                (
                    "Délivré par :",
                    "service de l'état civil de l'arrondissement Chevtchenkivskyï "
                    "de Kharkiv, direction interrégionale Est du ministère de la Justice",
                ),
                ("Délivré le :", "11.05.2023 – DUPLICATA"),
                ("Série et numéro :", "I-VL n° 481027"),
                ("#APOSTILLE", ""),
                (
                    "Apostille :",
                    "n° 118452/23 du 17.05.2023, direction interrégionale Est du "
                    "ministère de la Justice, Kharkiv ; signature certifiée : O. M. Koval",
                ),
            ],
            "footer": "Je soussignée, Iryna MOREAU-PETRENKO, traductrice-interprète expert près la "
            "Cour d'appel de Lyon, certifie que la présente traduction, composée d'une page, "
            "est conforme à l'original rédigé en langue ukrainienne qui m'a été présenté. "
            "Enregistrée sous le n° 2026/0912.",
            "place_date": "Lyon, le 21 septembre 2026",
            "stamp": ["I. MOREAU-PETRENKO", "Expert traducteur", "ukrainien"],
            "ring": "COUR D'APPEL DE LYON",
            "page_footer": "Traduction n° 2026/0912 – page 1/1",
        },
        pk.sub("tr"),
    )
    pk.scan_jpg("traduction_acte_naissance.jpg", pages_img([tr], 200, "p01 tr")[0], "trscan")
    pk.doc(
        [("traduction_acte_naissance.jpg", [1])],
        "translation",
        "scan",
        {},
        "Sworn translation (traduction certifiée conforme) of the birth certificate and its "
        "apostille into French, translator's stamp.",
    )

    # attestation d'hébergement, handwritten, scanned
    att = attestation(
        {
            "paragraphs": [
                "Je soussignée Catherine DUBREUIL, née le 23/06/1971 à Lyon (69), demeurant "
                "au 14 rue "
                "Pierre Corneille, 69006 Lyon, atteste sur l'honneur héberger à mon "
                "domicile, à titre "
                "gratuit, Madame Oleksandra HRYSHCHENKO, née le 09/02/1994 à Kharkiv "
                "(Ukraine), depuis "
                "le 3 avril 2026.",
                "Cette attestation est établie pour servir et valoir ce que de droit, "
                "notamment auprès de "
                "la CPAM du Rhône.",
                "Je joins la copie de ma carte d'identité et mes trois dernières factures Orange.",
            ],
            "place_date": "Fait à Lyon, le 5 novembre 2026",
        },
        pk.sub("att"),
        "hand1",
    )
    pk.scan_jpg("attestation_hebergement.jpg", pages_img([att], 200, "p01 att")[0], "attscan")
    pk.doc(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Catherine DUBREUIL",
            "hosted_name": "Oleksandra HRYSHCHENKO",
            "address": addr,
            "since_date": "2026-04-03",
            "signed_on": "2026-11-05",
            "signed": True,
        },
        "Handwritten on ruled paper, pen signature.",
    )

    # host's French ID card, recto/verso photocopy on one page (scanner PDF)
    cf, cb, cmrz = french_id(
        {
            "surname": "DUBREUIL",
            "given_txt": "CATHERINE, HÉLÈNE",
            "sex": "F",
            "dob_txt": "23 06 1971",
            "pob": "LYON (69)",
            "number": "XK7R2P4M9",
            "exp_txt": "09 03 2032",
            "address1": "14 RUE PIERRE CORNEILLE",
            "address2": "69006 LYON",
            "issue_txt": "10 03 2022",
            "authority": "Préfecture du Rhône",
            "mrz_surname": "DUBREUIL",
            "mrz_given": "CATHERINE HELENE",
            "dob": "1971-06-23",
            "exp": "2032-03-09",
        },
        pk.sub("cni"),
    )
    page = sheet([(cf, 25, 30, 86), (cb, 25, 95, 86)], pk.sub("cnis"))
    pk.scans("CNI_C_Dubreuil.pdf", [page], "cniscan")
    pk.doc(
        [("CNI_C_Dubreuil.pdf", [1])],
        "national_id",
        "image_pdf",
        id_fields(
            "DUBREUIL",
            "CATHERINE, HÉLÈNE",
            "XK7R2P4M9",
            "FRA",
            "FRA",
            "1971-06-23",
            "F",
            "2032-03-09",
        ),
        "The host's French identity card (2021 model), recto and verso photocopied on one "
        "sheet. MRZ TD1: " + " / ".join(cmrz),
    )

    # host's three Orange bills (text PDFs)
    for mon, start, end, issue, amt in [
        ("08", "2026-08-01", "2026-08-31", "2026-09-05", 44.99),
        ("09", "2026-09-01", "2026-09-30", "2026-10-05", 44.99),
        ("10", "2026-10-01", "2026-10-31", "2026-11-05", 47.99),
    ]:
        fname = "Facture_Orange_%s-2026.pdf" % mon
        pk.text_pdf(
            fname,
            [
                bill_orange(
                    {
                        "issue": issue,
                        "number": "F%s2026-0473%s918" % (mon, mon),
                        "account": "0478290615",
                        "line": "04 78 29 06 15",
                        "addr_lines": [
                            "Mme Catherine DUBREUIL",
                            "14 RUE PIERRE CORNEILLE",
                            "69006 LYON",
                        ],
                        "amount": amt,
                        "debit": issue[:8] + "20",
                        "start": start,
                        "end": end,
                    }
                )
            ],
            "Facture Orange",
            "Orange",
        )
        pk.doc(
            [(fname, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields("Orange", "internet", "Catherine DUBREUIL", addr, issue, start, end, amt),
            "Host's bill (attestation route).",
        )

    # RIB La Banque Postale
    iban, key = fr_iban("20041", "01007", "0512876Y038")
    pk.text_pdf(
        "RIB_LBP.pdf",
        [
            rib_lbp(
                {
                    "holder_lines": [
                        "MME OLEKSANDRA HRYSHCHENKO",
                        "CHEZ MME DUBREUIL",
                        "14 RUE PIERRE CORNEILLE",
                        "69006 LYON",
                    ],
                    "dom_lines": [
                        "LA BANQUE POSTALE",
                        "CENTRE FINANCIER DE LYON",
                        "69900 LYON CEDEX 20",
                    ],
                    "bank": "20041",
                    "branch": "01007",
                    "account": "0512876Y038",
                    "key": key,
                    "iban": iban,
                    "bic": "PSSTFRPPLYO",
                }
            )
        ],
        "RIB",
        "La Banque Postale",
    )
    pk.doc(
        [("RIB_LBP.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "OLEKSANDRA HRYSHCHENKO",
            "iban": iban,
            "bic": "PSSTFRPPLYO",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Two identical RIB copies on the page (cut-out format).",
    )
    pk.reqs["employment"] = "not_applicable"
    pk.finish()
    return pk.name
