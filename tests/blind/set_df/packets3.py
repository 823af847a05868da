"""Packet p04 (China, one defect)."""

import docs2 as D2
from docs import card_td1, form_s1106, iban_fr, passport_page, rib_key, rib_page, td1, td3
from packets2 import chinese_birth


def p04(out):
    from emit import Packet

    sur, giv, dob = "WANG", "XIAOYU", "1997-05-26"
    P = Packet(
        out, "p04", "2026-11-30", True, {"surname": sur, "given_names": giv, "date_of_birth": dob}
    )
    addr = "112 avenue d'Italie, 75013 Paris"
    form = {
        "surname": "WANG",
        "given": "Xiaoyu",
        "dob": "26/05/1997",
        "pob": "Hangzhou (Chine)",
        "nat": "chinoise",
        "addr": addr,
        "situation": "employed",
        "job": "Ingénieure logiciel",
        "contract": "CDI",
        "place": "Paris",
        "signed_on": "24/11/2026",
        "signed": True,
    }
    P.add(
        "IMG_0815.jpg",
        "phone_photo",
        [
            (
                "application_form",
                [1],
                {
                    "surname": sur,
                    "given_names": "Xiaoyu",
                    "date_of_birth": dob,
                    "employment_status": "employed",
                    "signed": True,
                    "signed_on": "2026-11-24",
                    "nir": None,
                },
                "hand-filled, photo rotated 270° ccw",
            )
        ],
        form_s1106(form, P.rng("form"), hand=True),
        rot=270,
    )
    num = "EK4729105"
    mrz = td3("P", "CHN", sur, giv, num, "CHN", dob, "F", "2032-03-09")
    pp = {
        "header": "PEOPLE'S REPUBLIC OF CHINA   PASSPORT",
        "type": "P",
        "country": "CHN",
        "number": num,
        "surname_print": "WANG",
        "given_print": "XIAOYU",
        "nat_print": "CHINESE",
        "dob_print": "26 MAY 1997",
        "sex": "F",
        "pob": "ZHEJIANG",
        "issue_print": "10 MAR 2022",
        "exp_print": "09 MAR 2032",
        "mrz": mrz,
        "num_label": "Passport No.",
        "sur_label": "Surname  王",
        "giv_label": "Given names  晓雨",
        "nat_label": "Nationality",
        "dob_label": "Date of birth",
        "pob_label": "Place of birth",
        "iss_label": "Date of issue",
        "exp_label": "Date of expiry",
    }
    ppage = passport_page(
        pp, (238, 234, 244), (120, 20, 30), cjk=[(41, 11.5, "中华人民共和国 护照")]
    )
    for i, op in enumerate(ppage.ops):
        if op[0] == "t" and ("王" in op[3] or "晓雨" in op[3]):
            ppage.ops[i] = op[:4] + ("cjk",) + op[5:]
    P.add(
        "huzhao.jpg",
        "scan",
        [
            (
                "passport",
                [1],
                {
                    "surname": sur,
                    "given_names": giv,
                    "document_number": num,
                    "nationality": "CHN",
                    "issuing_country": "CHN",
                    "date_of_birth": dob,
                    "sex": "F",
                    "expiry_date": "2032-03-09",
                    "mrz_valid": True,
                    "mrz_lines": mrz,
                },
                "surname first; Chinese characters beside the labels",
            )
        ],
        [ppage],
        cards=True,
    )
    tnum = "ZB9163047"
    tm = td1("FRA", sur, giv, tnum, "CHN", dob, "F", "2030-02-28")
    rows = [
        ("NOM / SURNAME", sur, 28, 12),
        ("PRÉNOMS / GIVEN NAMES", giv, 28, 20),
        ("SEXE", "F", 28, 28),
        ("NATIONALITÉ", "CHN", 40, 28),
        ("DATE DE NAISSANCE", "26 05 1997", 58, 28),
        ("TYPE DE TITRE", "CARTE DE SÉJOUR PLURIANNUELLE — PASSEPORT TALENT", 28, 36),
        ("VALABLE JUSQU'AU", "28 02 2030", 28, 44),
        ("N°", tnum, 58, 44),
    ]
    f, b = card_td1(rows, tm, "RÉPUBLIQUE FRANÇAISE  —  TITRE DE SÉJOUR")
    P.add_split(
        ["IMG_0816.jpg", "IMG_0817.jpg"],
        "phone_photo",
        "residence_permit",
        [f, b],
        {
            "surname": sur,
            "given_names": giv,
            "document_number": tnum,
            "nationality": "CHN",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": "2030-02-28",
            "mrz_valid": True,
            "mrz_lines": tm,
        },
        "front then back (back rotated 180°)",
        [0, 180],
    )
    bc = {
        "no_cn": "(2026)浙杭西证外字第3871号",
        "cn": [
            "兹证明王晓雨，女，于一九九七年五月二十六日",
            "出生于浙江省杭州市。",
            "王晓雨的父亲是王建国，母亲是陈丽华。",
            "中华人民共和国浙江省杭州市西湖公证处",
            "公证员 李明",
            "二〇二六年四月十五日",
        ],
        "en": [
            "(2026) Zhe Hang Xi Zheng Wai Zi No. 3871",
            "This is to certify that WANG Xiaoyu, female, was born on May 26, 1997",
            "in Hangzhou, Zhejiang Province.",
            "Her father is WANG Jianguo and her mother is CHEN Lihua.",
            "Xihu Notary Public Office, Hangzhou, Zhejiang Province,",
            "People's Republic of China — Notary: LI Ming — April 15, 2026",
        ],
    }
    ap = {
        "country": "PEOPLE'S REPUBLIC OF CHINA",
        "signed_by": "LI Ming",
        "capacity": "Notary",
        "seal": "Xihu Notary Public Office, Hangzhou",
        "place": "Hangzhou",
        "date": "2026-04-22",
        "authority": "Foreign Affairs Office of Zhejiang Provincial People's Government",
        "number": "ZJ2026A041877",
        "stamp": ["ZHEJIANG", "APOSTILLE"],
    }
    en = [
        "Country:",
        "This public document has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "at",
        "the",
        "by",
        "No.",
        "Seal/stamp:",
        "Signature:",
    ]
    P.add(
        "birth_notarial_apostille.pdf",
        "image_pdf",
        [
            (
                "birth_certificate",
                [1],
                {
                    "surname": "WANG",
                    "given_names": "Xiaoyu",
                    "date_of_birth": dob,
                    "place_of_birth": "Hangzhou",
                    "issuing_country": "CHN",
                    "language": "zh",
                    "has_apostille": True,
                },
                "notarial birth certificate, Chinese with English translation",
            ),
            (
                "apostille",
                [2],
                {
                    "country": "CHN",
                    "issued_on": "2026-04-22",
                    "number": "ZJ2026A041877",
                    "signed_by": "Foreign Affairs Office of Zhejiang",
                },
                "",
            ),
        ],
        chinese_birth(bc, P.rng("birth")) + D2.apostille(ap, P.rng("ap"), en),
    )
    le = {
        "landlord": "Mme Odile BESSON, représentée par Foncia Paris Gobelins",
        "landlord_addr": "45 avenue des Gobelins, 75013 Paris",
        "tenants_print": ["Mme WANG Xiaoyu"],
        "address": addr + ", bât. B, 7e étage",
        "surface": "27",
        "rooms": "1",
        "start": "2025-09-01",
        "rent": "960,00",
        "charges": "90,00",
        "city": "Paris",
        "signed": "2025-08-22",
        "clauses": [
            "V. GARANTIES",
            "Garantie Visale.",
            "",
            "VI. ANNEXES",
            "Diagnostics, état des lieux d'entrée, notice d'information.",
        ],
    }
    P.add(
        "bail.pdf",
        "image_pdf",
        [
            (
                "lease",
                [1, 2],
                {
                    "tenant_names": ["WANG Xiaoyu"],
                    "landlord": "Odile BESSON",
                    "address": addr,
                    "start_date": "2025-09-01",
                },
                "scanned lease",
            )
        ],
        D2.lease(le, P.rng("lease")),
    )
    emp = "Huaxin Technologies France SAS"
    ps = {
        "from": "01/10/2026",
        "to": "31/10/2026",
        "employer_lines": [
            emp,
            "31 quai de Dion-Bouton",
            "92800 Puteaux",
            "SIRET : 85214796300028",
        ],
        "employee_lines": ["M. LIU Jiahao", "18 rue Gay-Lussac", "75005 Paris"],
        "info_lines": [
            "Emploi : Ingénieur logiciel — Statut : cadre",
            "Entrée le 02/05/2025 — Contrat : CDI",
        ],
        "rows": [
            ["Salaire de base", "151,67", "", "4 250,00"],
            ["Santé", "4 250,00", "", "-62,30"],
            ["Retraite", "4 250,00", "", "-455,12"],
            ["CSG/CRDS", "4 176,50", "9,70", "-405,12"],
        ],
        "net_before": "3 327,46",
        "pas_rate": "7,1 %",
        "pas": "236,25",
        "net": "3 091,21",
        "paid": "30/10/2026",
    }
    P.add(
        "fiche_de_paie_oct.pdf",
        "text_pdf",
        [
            (
                "payslip",
                [1],
                {
                    "employer": emp,
                    "employee_name": "LIU Jiahao",
                    "period": "2026-10",
                    "net_pay": "3091.21",
                    "siret": "85214796300028",
                },
                "DEFECT: a colleague's payslip (LIU Jiahao), not the applicant's; no contract",
            )
        ],
        D2.payslip(ps),
    )
    bk, brc, ac = "30003", "03620", "00050718264"
    key = rib_key(bk, brc, ac)
    iban = iban_fr(bk, brc, ac, key)
    r = {
        "bank": "SOCIETE GENERALE",
        "holder_lines": ["MME WANG XIAOYU", "112 AV D ITALIE", "75013 PARIS"],
        "agency_lines": ["SG PARIS ITALIE", "75013 PARIS"],
        "bk": bk,
        "br": brc,
        "acct": ac,
        "key": key,
        "iban": iban,
        "bic": "SOGEFRPP",
        "edited": "03/11/2026",
    }
    P.add(
        "RIB.pdf",
        "text_pdf",
        [
            (
                "rib",
                [1],
                {
                    "holder_name": "WANG XIAOYU",
                    "iban": iban,
                    "bic": "SOGEFRPP",
                    "bank_name": "Société Générale",
                    "iban_valid": True,
                    "rib_key_valid": True,
                },
                "",
            )
        ],
        rib_page(r, ("sansb", "sans", (200, 20, 40))),
    )
    P.finish(
        "the only job document is another employee's payslip (LIU Jiahao)",
        {"employment": "invalid"},
    )
