"""Shared helpers and packets p01 (India) and p02 (Ukraine) of set_ae."""

from __future__ import annotations

import cards
import civil
import housing
import money
from common import fr_iban, on_scanner, render_pil, write_text_pdf
from fields import (
    apo_fields,
    bill_fields,
    birth_fields,
    contract_fields,
    id_fields,
    payslip_fields,
    rib_fields,
)
from PIL import Image

REQ_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


def applicant(p):
    return {
        "surname": p["surname"].upper(),
        "given_names": p["given"].upper(),
        "date_of_birth": p["dob"],
    }


def side_by_side(a: Image.Image, b: Image.Image, gap=60) -> Image.Image:
    out = Image.new("RGB", (a.width + b.width + gap, max(a.height, b.height)), (255, 255, 255))
    out.paste(a, (0, 0))
    out.paste(b, (a.width + gap, 0))
    return out


def on_a4(imgs: list[Image.Image], dpi: int, card_mm) -> Image.Image:
    """Several cards on one A4 scanner glass, stacked vertically."""
    s = dpi / 25.4
    pg = Image.new("RGB", (int(210 * s), int(297 * s)), (252, 252, 250))
    y = int(15 * s)
    for im in imgs:
        c = im.resize((int(card_mm[0] * s), int(card_mm[1] * s)), Image.LANCZOS)
        pg.paste(c, (int(18 * s), y))
        y += c.height + int(12 * s)
    return pg


def visa_on_page(p, r) -> Image.Image:
    st = cards.visa_sticker(p, r)
    pg = cards.guilloche(1476, 1039, r, (238, 234, 226), (232, 236, 230))
    pg = pg.resize((st.width + 180, st.height + 140))
    pg.paste(st, (90, 70))
    return pg


def month_bills(months, builder):
    out = []
    for i, (start, end, issue, due) in enumerate(months):
        out.append((i, start, end, issue, due, builder))
    return out


# ================================================================== p01 India


P1 = {
    "surname": "Venkataraman",
    "given": "Priya Lakshmi",
    "sex": "F",
    "dob": "1994-07-23",
    "nat": "IND",
    "pob_pass": "CHENNAI, TAMIL NADU",
    "passport": {
        "number": "Z6183402",
        "issued": "2022-03-14",
        "expiry": "2032-03-13",
        "authority": "Place of Issue: CHENNAI",
    },
    "visa": {
        "number": "021845736",
        "from": "2026-03-02",
        "until": "2027-03-01",
        "days": "365",
        "issued_in": "CHENNAI",
        "issued": "2026-02-16",
        "remark": "VLS-TS SALARIE",
        "cat_code": "SALARIE",
    },
    "addr": ["14 rue des Pyrénées, apt 32", "75020 Paris"],
    "birth": {
        "office": "GREATER CHENNAI CORPORATION - ZONE 10 (KODAMBAKKAM)",
        "office_short": "Greater Chennai Corporation",
        "ward": "133",
        "district": "Chennai",
        "full_name": "Priya Lakshmi Venkataraman",
        "sex_word": "FEMALE",
        "dob": "1994-07-23",
        "place": "GOVT. KASTURBA GANDHI HOSPITAL, TRIPLICANE, CHENNAI",
        "mother": "KAMALA VENKATARAMAN",
        "father": "S. VENKATARAMAN",
        "parents_addr": "NO. 7, 3RD CROSS STREET, WEST MAMBALAM, CHENNAI 600033",
        "reg_no": "1994/0018457/133",
        "reg_date": "02-08-1994",
        "issued": "2025-11-04",
        "t_surname": "VENKATARAMAN",
        "t_given": "PRIYA LAKSHMI",
        "t_place": "GOVT. KASTURBA GANDHI HOSPITAL, TRIPLICANE, CHENNAI",
        "language": "en",
    },
    "apostille": {
        "code": "IND",
        "header": ["MINISTRY OF EXTERNAL AFFAIRS", "GOVERNMENT OF INDIA"],
        "country": "INDIA",
        "signed_by_doc": "R. Selvakumar",
        "capacity": "Registrar of Births & Deaths",
        "seal_of": "Greater Chennai Corporation",
        "at": "New Delhi",
        "issued_on": "2026-01-12",
        "signed_by": "Rajesh Kumar Meena, Section Officer (Attestation)",
        "number": "TN-2026-0458127",
        "stamp": ["MINISTRY OF", "EXTERNAL AFFAIRS", "NEW DELHI"],
        "ink": (30, 90, 60),
    },
}


def p01_steps(P, p, spec):
    r = P.rng("passport")
    P.scan_jpg(
        "passeport_scan.jpg",
        on_scanner(cards.passport_page(p, r), r, 300, (125, 88)),
        "passport",
        300,
    )
    P.add(
        [{"path": "passeport_scan.jpg", "pages": [1]}],
        "passport",
        "scan",
        id_fields(p, "passport"),
        "data page in the corner of an A4 flatbed scan, 300 dpi",
    )
    r = P.rng("visa")
    P.photo_jpg("IMG_4471.jpg", visa_on_page(p, r), "visa", 0)
    P.add(
        [{"path": "IMG_4471.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        id_fields(p, "visa"),
        "VLS-TS sticker on a passport visa page, phone photo",
    )
    r = P.rng("birth")
    bp = render_pil(civil.birth_india(p["birth"], r), 200)
    ap = render_pil(civil.apostille(p["apostille"], r, 210, 297), 200)
    P.image_pdf("birth_certificate_apostille.pdf", [bp, ap], "birth", 200)
    files = [{"path": "birth_certificate_apostille.pdf", "pages": [1]}]
    P.add(
        files,
        "birth_certificate",
        "image_pdf",
        birth_fields(p),
        "Indian Form No. 5 birth certificate (English); apostille on page 2",
    )
    P.add(
        [{"path": "birth_certificate_apostille.pdf", "pages": [2]}],
        "apostille",
        "image_pdf",
        apo_fields(p["apostille"]),
        "MEA apostille for the certificate",
    )
    L = {
        "landlord": "M. Bernard Lefèvre-Hamon",
        "landlord_addr": "3 allée des Tilleuls, 94300 Vincennes",
        "agency": "Cabinet Gambetta Immobilier, 210 avenue Gambetta, 75020 Paris",
        "tenants_print": ["Mme Priya Lakshmi VENKATARAMAN"],
        "address": "14 rue des Pyrénées, appartement 32, 3e étage, 75020 Paris",
        "built": "1949 à 1974",
        "surface": "31,4",
        "rooms": "2",
        "floor": "3e",
        "start": "2026-05-01",
        "rent": "1 085,00",
        "charges": "95,00",
        "dpe": "D",
        "city": "Paris",
        "signed": "2026-04-24",
        "agent": "Sophie Marchal",
    }
    r = P.rng("lease")
    P.image_pdf(
        "bail_appartement.pdf", [render_pil(x, 200) for x in housing.lease(L, r)], "lease", 200
    )
    P.add(
        [{"path": "bail_appartement.pdf", "pages": [1, 2, 3]}],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Priya Lakshmi VENKATARAMAN"],
            "landlord": "Bernard Lefèvre-Hamon",
            "address": "14 rue des Pyrénées, appartement 32, 3e étage, 75020 Paris",
            "start_date": "2026-05-01",
        },
        "bail loi 1989 signed through an agency, 3 pages",
    )
    ib = fr_iban("30004", "00823", "00010475213")
    R = {
        "style": "bnp",
        "bank_name": "BNP PARIBAS",
        "holder_lines": [
            "MME VENKATARAMAN PRIYA LAKSHMI",
            "14 RUE DES PYRENEES APT 32",
            "75020 PARIS",
        ],
        "branch_name": "PARIS PYRENEES",
        "branch_addr": ["281 RUE DES PYRENEES", "75020 PARIS"],
        "iban": ib,
        "bic": "BNPAFRPPXXX",
        "printed": "2026-06-03",
        "legal": "BNP Paribas SA au capital de 2 261 621 342 € - Siège social : 16 bd des "
        "Italiens 75009 Paris - 662 042 449 RCS Paris - ORIAS n° 07 022 735.",
        "t_holder": "VENKATARAMAN PRIYA LAKSHMI",
    }
    write_text_pdf(P.path("RIB_BNP.pdf"), [money.rib(R, P.rng("rib"))], "RIB", "BNP Paribas")
    P.add(
        [{"path": "RIB_BNP.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        rib_fields(R),
        "printed from online banking",
    )
    C = {
        "type": "CDI",
        "employer": "Nexalys Conseil SAS",
        "form": "SAS au capital de 120 000 €",
        "employer_addr": "41 rue du Faubourg Poissonnière, 75009 Paris",
        "siren": "Paris 882 415 307",
        "siret": "882 415 307 00021",
        "rep": "Thomas Garnier-Vidal",
        "rep_title": "Président",
        "employee_print": "Mme Priya Lakshmi Venkataraman",
        "dob": p["dob"],
        "pob": "Chennai (Inde)",
        "nat_fr": "indienne",
        "addr": "14 rue des Pyrénées, 75020 Paris",
        "start": "2026-03-16",
        "job": "Ingénieure data",
        "status": "cadre",
        "coef": "130",
        "ccn": "Syntec (IDCC 1486)",
        "trial": "quatre mois",
        "gross": "4 250,00",
        "workplace": "Paris 9e",
        "city": "Paris",
        "signed": "2026-01-28",
        "t_employee": "Priya Lakshmi Venkataraman",
    }
    write_text_pdf(
        P.path("Contrat_CDI_Nexalys.pdf"),
        money.contract(C, P.rng("cdi")),
        "Contrat de travail",
        "Nexalys Conseil",
    )
    P.add(
        [{"path": "Contrat_CDI_Nexalys.pdf", "pages": [1, 2]}],
        "employment_contract",
        "text_pdf",
        contract_fields(C),
        "CDI emailed by HR",
    )
    S = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": "NEXALYS CONSEIL SAS",
        "employer_addr": ["41 rue du Faubourg Poissonnière", "75009 Paris"],
        "siret": "882 415 307 00021",
        "naf": "6202A",
        "ccn": "Syntec (IDCC 1486)",
        "employee_print": "Mme VENKATARAMAN Priya Lakshmi",
        "addr": p["addr"],
        "nir": "en cours d'attribution",
        "job": "Ingénieure data",
        "status": "Cadre",
        "hired": "2026-03-16",
        "contract": "CDI",
        "matricule": "00147",
        "gross": "4 250,00",
        "deductions": [
            ("Santé - complémentaire", "48,20"),
            ("Retraite sécurité sociale plafonnée", "293,25"),
            ("Retraite complémentaire T1", "134,30"),
            ("Chômage / APEC", "1,02"),
            ("CSG déductible", "284,24"),
            ("CSG/CRDS non déductible", "121,60"),
        ],
        "total_ded": "882,61",
        "net_social": "3 414,20",
        "net_before": "3 367,39",
        "pas_rate": "0,0 %",
        "pas": "0,00",
        "net": "3 367,39",
        "net_value": 3367.39,
        "paid": "2026-10-30",
        "t_employee": "VENKATARAMAN Priya Lakshmi",
        "fonts": ("carlito", "carlitob"),
    }
    write_text_pdf(
        P.path("bulletin_paie_2026_10.pdf"),
        [money.payslip(S, P.rng("pay"))],
        "Bulletin de paie octobre 2026",
        "Nexalys Conseil",
    )
    P.add(
        [{"path": "bulletin_paie_2026_10.pdf", "pages": [1]}],
        "payslip",
        "text_pdf",
        payslip_fields(S),
        "last payslip, payroll service PDF",
    )


# ================================================================== p02 Ukraine


HOST = {
    "surname": "Duvernois",
    "given": "Camille Marie",
    "sex": "F",
    "dob": "1992-09-05",
    "pob": "LYON 3E ARRONDISSEMENT (69)",
    "cni": "X7KP2R4M9",
    "cni_issued": "2021-06-11",
    "cni_expiry": "2031-06-10",
    "prefecture": "du Rhône",
    "addr": ["27 avenue Jean Jaurès", "69007 Lyon"],
    "skin": (236, 200, 170),
}

P2 = {
    "surname": "Kovalenko",
    "given": "Oleksandr",
    "sex": "M",
    "dob": "1990-02-17",
    "nat": "UKR",
    "pob_pass": "KHARKIV/UKR",
    "passport": {
        "number": "FX518302",
        "issued": "2019-05-21",
        "expiry": "2029-05-21",
        "authority": "Орган, що видав/Authority: 6309",
    },
    "permit": {
        "number": "2K5TR8031",
        "issued": "2026-09-22",
        "expiry": "2027-09-21",
        "kind": "CARTE DE SEJOUR TEMPORAIRE",
        "remark": "VIE PRIVEE ET FAMILIALE",
    },
    "addr": HOST["addr"],
    "birth": {
        "surname_uk": "Коваленко",
        "given_uk": "Олександр",
        "patro_uk": "Миколайович",
        "dob": "1990-02-17",
        "dob_words_uk": "сімнадцятого лютого тисяча дев'ятсот дев'яностого року",
        "place_uk": "м. Харків, Харківська обл., Україна",
        "reg_date": "1990-03-02",
        "act": "412",
        "father_uk": "Коваленко Микола Петрович",
        "mother_uk": "Коваленко Олена Іванівна",
        "office_uk": "Відділ ДРАЦС у м. Харкові",
        "issued": "2025-12-09",
        "series": "I-ВЛ",
        "serial": "482117",
        "t_surname": "Коваленко",
        "t_given": "Олександр Миколайович",
        "t_place": "м. Харків, Харківська обл., Україна",
        "language": "uk",
    },
    "apostille": {
        "code": "UKR",
        "header": ["МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ", "MINISTRY OF JUSTICE OF UKRAINE"],
        "country": "Україна / Ukraine",
        "signed_by_doc": "Мельник О.В. / Melnyk O.V.",
        "capacity": "керівник органу ДРАЦС / head of civil registry office",
        "seal_of": "Відділ ДРАЦС у м. Харкові",
        "at": "Київ / Kyiv",
        "issued_on": "2026-01-15",
        "signed_by": "Шевчук Т.М. / Shevchuk T.M.",
        "number": "1530/26-A",
        "stamp": ["МІНІСТЕРСТВО", "ЮСТИЦІЇ", "УКРАЇНИ"],
        "ink": (50, 60, 160),
    },
}


def p02_steps(P, p, spec):
    r = P.rng("multi")
    pp = on_scanner(cards.passport_page(p, r), r, 200, (125, 88))
    fr, bk = cards.permit_card(p, r)
    pc = on_a4([fr, bk], 200, (85.6, 54))
    bc = render_pil(civil.birth_ukraine(p["birth"], r), 200)
    bc = bc.resize((1654, int(bc.height * 1654 / bc.width)))
    ap = render_pil(civil.apostille(p["apostille"], r), 200)
    ap = ap.resize((1654, int(ap.height * 1654 / ap.width)))
    P.image_pdf("scan_0041.pdf", [pp, pc, bc, ap], "multi", 200)
    f = "scan_0041.pdf"
    P.add(
        [{"path": f, "pages": [1]}],
        "passport",
        "image_pdf",
        id_fields(p, "passport"),
        "one scanner PDF holding passport, titre de séjour, birth certificate, apostille",
    )
    P.add(
        [{"path": f, "pages": [2]}],
        "residence_permit",
        "image_pdf",
        id_fields(p, "permit"),
        "front and back of the card on one page; MRZ (TD1) on the back",
    )
    P.add(
        [{"path": f, "pages": [3]}],
        "birth_certificate",
        "image_pdf",
        birth_fields(p),
        "Ukrainian certificate in Ukrainian (Cyrillic); names as printed in Cyrillic",
    )
    P.add(
        [{"path": f, "pages": [4]}],
        "apostille",
        "image_pdf",
        apo_fields(p["apostille"]),
        "apostille of the Ministry of Justice of Ukraine, bilingual",
    )
    T = {
        "translator": "Iryna Bondar-Lefort",
        "translator_addr": "12 rue de Rivoli 75004 Paris",
        "number": "2026-0117",
        "series": "I-ВЛ № 482117",
        "date": "2026-02-03",
        "rows": [
            ("Nom :", "KOVALENKO"),
            ("Prénom :", "Oleksandr"),
            ("Patronyme :", "Mykolaïovytch"),
            ("Né le :", "17 février 1990"),
            ("Lieu de naissance :", "ville de Kharkiv, région de Kharkiv, Ukraine"),
            ("Acte n° :", "412 du 2 mars 1990"),
            ("Père :", "KOVALENKO Mykola Petrovytch, citoyen de l'Ukraine"),
            ("Mère :", "KOVALENKO Olena Ivanivna, citoyenne de l'Ukraine"),
            ("Lieu d'enregistrement :", "Service de l'état civil de Kharkiv"),
            ("Date de délivrance :", "9 décembre 2025"),
        ],
        "apostille_text": "APOSTILLE (Convention de La Haye du 5 octobre 1961). 1. Pays : "
        "Ukraine. Le présent acte public 2. a été signé par Melnyk O.V. 3. agissant en "
        "qualité de chef du service de l'état civil 4. est revêtu du sceau du service de "
        "l'état civil de Kharkiv. Attesté 5. à Kyiv 6. le 15/01/2026 7. par Shevchuk T.M., "
        "Ministère de la Justice de l'Ukraine 8. sous n° 1530/26-A 9. Sceau 10. Signature.",
    }
    r = P.rng("trad")
    P.image_pdf(
        "traduction_acte_naissance.pdf",
        [render_pil(x, 200) for x in civil.translation(T, r)],
        "trad",
        200,
    )
    P.add(
        [{"path": "traduction_acte_naissance.pdf", "pages": [1, 2]}],
        "translation",
        "image_pdf",
        {
            "surname": "KOVALENKO",
            "given_names": "Oleksandr",
            "date_of_birth": "1990-02-17",
            "place_of_birth": "ville de Kharkiv, région de Kharkiv, Ukraine",
            "language": "fr",
        },
        "sworn French translation of birth certificate and apostille",
    )
    A = {
        "host_print": "Camille DUVERNOIS",
        "host_dob": HOST["dob"],
        "host_pob": "Lyon (69)",
        "addr": ["27 avenue Jean Jaurès", "69007 Lyon"],
        "hosted_print": "M. Oleksandr KOVALENKO, mon époux",
        "hosted_dob": p["dob"],
        "since": "2026-03-01",
        "city": "Lyon",
        "signed_on": "2026-11-12",
        "font": "hand1",
    }
    r = P.rng("att")
    P.scan_jpg(
        "attestation_hebergement.jpg", render_pil(housing.attestation(A, r), 200), "att", 200
    )
    P.add(
        [{"path": "attestation_hebergement.jpg", "pages": [1]}],
        "hosting_attestation",
        "scan",
        {
            "host_name": "Camille DUVERNOIS",
            "hosted_name": "Oleksandr KOVALENKO",
            "address": "27 avenue Jean Jaurès, 69007 Lyon",
            "since_date": "2026-03-01",
            "signed_on": "2026-11-12",
            "signed": True,
        },
        "handwritten by the host (spouse), signed",
    )
    r = P.rng("cni")
    cf, cb = cards.cni_card(HOST, r)
    P.photo_jpg("IMG_20261112_184502.jpg", cf, "cni_f", 0)
    P.photo_jpg("IMG_20261112_184519.jpg", cb, "cni_b", 90)
    P.add(
        [
            {"path": "IMG_20261112_184502.jpg", "pages": [1]},
            {"path": "IMG_20261112_184519.jpg", "pages": [1]},
        ],
        "national_id",
        "phone_photo",
        {
            "surname": "DUVERNOIS",
            "given_names": "CAMILLE MARIE",
            "document_number": "X7KP2R4M9",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": HOST["dob"],
            "sex": "F",
            "expiry_date": HOST["cni_expiry"],
            "mrz_valid": True,
        },
        "HOST's identity card (not the applicant's), front and back photographed; back "
        "photo rotated 90",
    )
    months = [
        ("2026-08-01", "2026-08-31", "2026-08-03", "2026-08-18", "août 2026"),
        ("2026-09-01", "2026-09-30", "2026-09-02", "2026-09-17", "septembre 2026"),
        ("2026-10-01", "2026-10-31", "2026-10-02", "2026-10-19", "octobre 2026"),
    ]
    for i, (st, en, iss, due, lab) in enumerate(months):
        amt = [42.99, 42.99, 44.49][i]
        B = {
            "provider": "Orange",
            "service": "internet",
            "t_holder": "Camille DUVERNOIS",
            "holder_print": "MME CAMILLE DUVERNOIS",
            "addr": HOST["addr"],
            "issue": iss,
            "start": st,
            "end": en,
            "due": due,
            "amount": amt,
            "amount_fr": eur(amt),
            "month_label": lab,
            "client": "0412 778 309",
            "number": f"FO{26:02d}{i + 8:02d}7730914",
            "line": "04 78 61 29 07",
            "sub": eur(amt - 5),
            "ht": eur(round(amt / 1.2, 2)),
            "tva": eur(round(amt - amt / 1.2, 2)),
        }
        fn = [
            "Facture_Orange_08-2026.pdf",
            "Facture_Orange_09-2026.pdf",
            "Facture_Orange_10-2026.pdf",
        ][i]
        write_text_pdf(P.path(fn), [housing.bill_orange(B, P.rng("bill", i))], "Facture", "Orange")
        P.add(
            [{"path": fn, "pages": [1]}],
            "utility_bill",
            "text_pdf",
            bill_fields(B),
            "HOST's bill (host route), downloaded from the Orange customer area",
        )
    ib = fr_iban("17806", "00290", "64172903100")
    R = {
        "style": "ca",
        "bank_name": "CRÉDIT AGRICOLE CENTRE-EST",
        "holder_lines": [
            "M OU MME KOVALENKO OLEKSANDR",
            "OU DUVERNOIS CAMILLE",
            "27 AV JEAN JAURES",
            "69007 LYON",
        ],
        "branch_name": "LYON JEAN MACE",
        "branch_addr": ["2 PLACE JEAN MACE", "69007 LYON"],
        "iban": ib,
        "bic": "AGRIFRPP878",
        "printed": "2026-04-07",
        "legal": "Caisse régionale de Crédit Agricole Mutuel Centre-Est, société coopérative "
        "à capital variable, 1 rue Pierre de Truchis de Lays 69410 Champagne-au-Mont-d'Or, "
        "399 973 825 RCS Lyon.",
        "t_holder": "KOVALENKO OLEKSANDR OU DUVERNOIS CAMILLE",
    }
    write_text_pdf(
        P.path("RIB_compte_joint.pdf"), [money.rib(R, P.rng("rib"))], "RIB", "Crédit Agricole"
    )
    P.add(
        [{"path": "RIB_compte_joint.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        rib_fields(R),
        "joint account including the applicant",
    )
