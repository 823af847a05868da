"""Packet p04 (Viet Nam): only two bills, the defect."""

from __future__ import annotations

import random

from reportlab.lib.units import mm

import bu_build as B
import bu_docs_civil as C
import bu_docs_fr as F
import bu_docs_id as D
import bu_util as U
from bu_consts import OK, ORANGE, SG
from generate import fr_long, image_pdf, scans, screenshot, text_pdf


def _orange_app(b):
    def draw(c, W, H):
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("RobotoM", 12)
        c.drawString(26, H - 30, "10:42")
        c.drawRightString(W - 26, H - 30, "4G  82 %")
        c.setFillColorRGB(0, 0, 0)
        c.rect(0, H - 100, W, 55, stroke=0, fill=1)
        c.setFillColorRGB(1, 0.47, 0)
        c.rect(18, H - 88, 30, 30, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("RobotoB", 15)
        c.drawString(60, H - 78, "Orange et moi")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("RobotoB", 20)
        c.drawString(20, H - 140, "Facture " + b["month_word"])
        c.setFont("Roboto", 12)
        rows = [
            ("Titulaire", b["holder"]),
            ("Adresse", b["addr1"]),
            ("", b["addr2"]),
            ("Offre", "Livebox Fibre"),
            ("Période", b["period"]),
            ("Émise le", b["issue"]),
            ("N° de facture", b["number"]),
            ("Compte", b["client"]),
        ]
        y = H - 180
        for k, v in rows:
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.setFont("Roboto", 11)
            c.drawString(20, y, k)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.setFont("RobotoM", 12)
            c.drawString(120, y, v)
            y -= 30
        c.setFillColorRGB(0.96, 0.96, 0.96)
        c.rect(14, y - 70, W - 28, 70, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Roboto", 13)
        c.drawString(26, y - 30, "Montant")
        c.setFont("RobotoB", 26)
        c.drawRightString(W - 26, y - 40, b["amount"])
        c.setFont("Roboto", 11)
        c.drawString(26, y - 58, "Prélevé le " + b["debit"])
        c.setFillColorRGB(1, 0.47, 0)
        c.roundRect(20, 110, W - 40, 46, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("RobotoB", 14)
        c.drawCentredString(W / 2, 128, "Télécharger la facture (PDF)")
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.roundRect(W / 2 - 65, 14, 130, 5, 2.5, stroke=0, fill=1)

    return draw


def p04(pk, rng: random.Random):
    sur, giv, dob = "TRAN", "MINH KHOA", "1996-02-11"
    addr = ["112 cours Gambetta", "69007 LYON"]
    addr_one = "112 cours Gambetta, 69007 Lyon"
    pp, pf, _ = B.passport(
        rng,
        {
            "surname": sur,
            "given": giv,
            "mrz_sur": sur,
            "mrz_giv": giv,
            "number": "C7394028",
            "nat": "VNM",
            "country": "VNM",
            "dob": dob,
            "sex": "M",
            "exp": "2033-08-21",
            "style": {
                "tint": (0.94, 0.95, 0.9),
                "guil": (0.8, 0.86, 0.72),
                "header": [
                    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SansB", 7.5),
                    ("SOCIALIST REPUBLIC OF VIET NAM — HỘ CHIẾU / PASSPORT", "Sans", 6),
                ],
                "lab": ("SansC", 4.6),
                "val": ("SansB", 7.8),
                "cols": [40 * mm, 70 * mm, 95 * mm],
                "photo": {"skin": (0.8, 0.66, 0.52), "hair": (0.03, 0.03, 0.03)},
            },
            "fields": [
                ("Loại / Type", "P", 0, 0),
                ("Mã số / Code", "VNM", 1, 0),
                ("Số hộ chiếu / Passport No.", "C7394028", 2, 0),
                ("Họ và tên / Full name", "TRAN MINH KHOA", 0, 1),
                ("Quốc tịch / Nationality", "VIỆT NAM", 0, 2),
                ("Ngày sinh / Date of birth", "11/02/1996", 0, 3),
                ("Nơi sinh / Place of birth", "HÀ NỘI", 2, 3),
                ("Giới tính / Sex", "NAM/M", 0, 4),
                ("Ngày cấp / Date of issue", "21/08/2023", 0, 5),
                ("Có giá trị đến / Date of expiry", "21/08/2033", 2, 5),
                ("Nơi cấp / Place of issue", "CỤC QUẢN LÝ XUẤT NHẬP CẢNH", 0, 6),
            ],
        },
    )
    pk.write("scan_passport.png", U.png(scans([pp], rng, dpi=250)[0]))
    pk.add(
        [("scan_passport.png", [1])],
        "passport",
        "scan",
        pf,
        "Vietnamese passport prints one 'Full name' field; surname/given split from the MRZ.",
    )
    vp, vf = B.visa(
        rng,
        {
            "surname": sur,
            "given": giv,
            "mrz_sur": sur,
            "mrz_giv": giv,
            "number": "020733915",
            "nat": "VNM",
            "dob": dob,
            "sex": "M",
            "from": "2026-03-25",
            "until": "2027-03-24",
            "days": "365",
            "place": "HANOI",
            "issued": "2026-03-10",
            "passport": "C7394028",
            "name_line": "TRAN MINH KHOA",
            "rem1": "VLS-TS SALARIE",
            "rem2": "",
            "category": "SALARIE",
        },
    )
    pk.write("scan_visa.png", U.png(scans([vp], rng, dpi=250)[0]))
    pk.add([("scan_visa.png", [1])], "long_stay_visa", "scan", vf, "VLS-TS salarié")
    fpages, ff = B.form(
        rng,
        {
            "hand": False,
            "surname": sur,
            "given": "Minh Khoa",
            "dob": "11/02/1996",
            "pob": "Hà Nội (Viêt Nam)",
            "nat": "Vietnamienne",
            "addr1": addr[0],
            "addr2": "69007 Lyon",
            "tel": "06 12 87 30 55",
            "mail": "khoa.tran.96@gmail.com",
            "sex": "M",
            "emp": "employed",
            "job": "Technicien de maintenance",
            "employer": "Lumen Optique Lyon",
            "contract": "CDD",
            "city": "Lyon",
            "date_txt": "le 19/11/2026",
            "t_surname": sur,
            "t_given": "Minh Khoa",
            "t_dob": dob,
            "signed_on": "2026-11-19",
        },
    )
    imgs = scans(fpages, rng, dpi=150)
    pk.write("doc_20261119_01.jpg", U.jpeg(imgs[0], q=82))
    pk.write("doc_20261119_02.jpg", U.jpeg(imgs[1], q=82))
    pk.add(
        [("doc_20261119_01.jpg", [1]), ("doc_20261119_02.jpg", [1])],
        "application_form",
        "scan",
        ff,
        "Typed cerfa, signed, scanned.",
    )
    # TWO Orange bills only (the defect)
    b1 = B.bill_spec(
        ORANGE,
        "M TRAN MINH KHOA",
        addr,
        "FA-0926-77381042",
        "2026-09-06",
        "0 4471 8820 93",
        "2026-09-01",
        "2026-09-30",
        42.99,
        [
            ("Livebox Fibre — abonnement mensuel", "39,99 €"),
            ("Option appels illimités vers le Vietnam", "3,00 €"),
        ],
        "Livebox",
        "1183",
        notes=["Adresse de la ligne : " + addr_one],
    )
    pk.write("facture_orange_septembre.pdf", text_pdf([B.page(F.bill, b1, rng)]))
    pk.add(
        [("facture_orange_septembre.pdf", [1])],
        "utility_bill",
        "text_pdf",
        B.bill_fields(
            "Orange",
            "internet",
            "TRAN MINH KHOA",
            addr_one,
            "2026-09-06",
            "2026-09-01",
            "2026-09-30",
            42.99,
        ),
    )
    app = {
        "month_word": "octobre 2026",
        "holder": "M TRAN MINH KHOA",
        "addr1": addr[0],
        "addr2": addr[1],
        "period": "du 01/10/2026 au 31/10/2026",
        "issue": "06/10/2026",
        "number": "FA-1026-77512804",
        "client": "0 4471 8820 93",
        "amount": "42,99 €",
        "debit": "18/10/2026",
    }
    pk.write("Screenshot_20261107-104233.png", U.png(screenshot(_orange_app(app), rng)))
    pk.add(
        [("Screenshot_20261107-104233.png", [1])],
        "utility_bill",
        "screenshot",
        B.bill_fields(
            "Orange",
            "internet",
            "TRAN MINH KHOA",
            addr_one,
            "2026-10-06",
            "2026-10-01",
            "2026-10-31",
            42.99,
        ),
        "Orange et moi app screenshot",
    )
    # RIB SG (scan)
    rs, iban = B.rib_spec(
        SG,
        "M TRAN MINH KHOA",
        [addr[0].upper(), addr[1]],
        ["SG LYON JEAN MACE", "2 place Jean Macé", "69007 LYON"],
        "30003",
        "01760",
        "00050471829",
    )
    pk.write("RIB_SG.jpg", U.jpeg(scans([B.page(F.rib, rs, rng)], rng, dpi=200)[0], q=86))
    pk.add(
        [("RIB_SG.jpg", [1])],
        "rib",
        "scan",
        {
            "holder_name": "TRAN MINH KHOA",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    siret = B.luhn_siret("7903318250001")
    ps, net = B.payslip_spec(
        ("Carlito", "CarlitoB"),
        [
            "LUMEN OPTIQUE LYON SAS",
            "27 rue de Gerland",
            "69007 LYON",
            "N° SIRET " + B.fmt_siret(siret),
            "Convention collective : Métallurgie (IDCC 3248)",
        ],
        ["M. TRAN Minh Khoa", addr[0], addr[1]],
        "2026-10-01",
        "2026-10-31",
        "2026-10-31",
        [
            ("Emploi", "Technicien de maintenance"),
            ("Classification", "C5"),
            ("Entrée le", "06/04/2026"),
            ("Contrat", "CDD 18 mois"),
        ],
        2460.0,
        0.019,
    )
    pk.write("bulletin_salaire_oct2026.pdf", text_pdf([B.page(F.payslip, ps, rng)]))
    pk.add(
        [("bulletin_salaire_oct2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "LUMEN OPTIQUE LYON SAS",
            "employee_name": "TRAN Minh Khoa",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
    )
    # birth extract + legalisation (verso) + translation
    vb = {
        "ubnd": "PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM",
        "ubnd_short": "P. VĂN MIẾU",
        "so": "118/TLKS-BS",
        "place_date": "Hà Nội, ngày 08 tháng 01 năm 2026",
        "signer": "Nguyễn Thị Thanh Hà",
        "rows": [
            ("Họ, chữ đệm, tên", "TRẦN MINH KHOA"),
            ("Ngày, tháng, năm sinh", "11/02/1996"),
            ("ghi bằng chữ", "Ngày mười một, tháng hai, năm một nghìn chín trăm chín mươi sáu"),
            ("Giới tính", "Nam"),
            ("Dân tộc", "Kinh"),
            ("Quốc tịch", "Việt Nam"),
            ("Nơi sinh", "Bệnh viện Phụ sản Hà Nội, thành phố Hà Nội"),
            ("Quê quán", "Nam Định"),
            ("Số định danh cá nhân", "001096028417"),
            ("Họ, chữ đệm, tên người mẹ", "NGUYỄN THỊ LAN"),
            ("Họ, chữ đệm, tên người cha", "TRẦN VĂN HÙNG"),
            ("Nơi đăng ký khai sinh", "UBND phường Văn Miếu, quận Đống Đa, Hà Nội"),
            ("Ngày, tháng, năm đăng ký", "20/02/1996"),
        ],
    }
    leg = {
        "paper": (1, 1, 1),
        "stamps": [
            {
                "lines": [
                    "BỘ NGOẠI GIAO — CỤC LÃNH SỰ",
                    "CONSULAR DEPARTMENT — MINISTRY OF FOREIGN",
                    "AFFAIRS OF VIET NAM — CHỨNG NHẬN / CERTIFIED",
                    "chữ ký và con dấu trên giấy tờ này là đúng",
                    "Hà Nội, 15/01/2026 — Số: 2026/HN-00371",
                ],
                "color": (0.7, 0.1, 0.1),
                "seal": "BỘ NGOẠI GIAO * CỤC LÃNH SỰ *",
                "seal_in": ["HÀ NỘI"],
            },
            {
                "lines": [
                    "AMBASSADE DE FRANCE AU VIETNAM — SERVICE CONSULAIRE",
                    "Vu pour légalisation de la signature et du cachet",
                    "du Département consulaire du Ministère des Affaires étrangères",
                    "Hanoï, le 21 janvier 2026 — N° 2026-0142",
                ],
                "color": (0.1, 0.15, 0.45),
                "seal": "AMBASSADE DE FRANCE * HANOÏ *",
                "seal_in": ["R.F."],
            },
        ],
    }
    pk.write(
        "trich_luc_khai_sinh.pdf",
        image_pdf(
            [B.page(C.vietnam_birth, vb, rng), B.page(C.legalisation_back, leg, rng)], rng, dpi=160
        ),
    )
    pk.add(
        [("trich_luc_khai_sinh.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "TRẦN",
            "given_names": "MINH KHOA",
            "date_of_birth": dob,
            "place_of_birth": "Hà Nội",
            "issuing_country": "VNM",
            "language": "vi",
            "has_apostille": False,
        },
        "Trích lục khai sinh (bản sao); legalised by Cục Lãnh sự and the French embassy in "
        "January 2026 (before Viet Nam's Apostille accession took effect).",
    )
    tr = B.sworn(
        "NGUYEN-DUVAL Mai Anh",
        [
            "Traductrice assermentée près la Cour d'appel de Lyon",
            "Vietnamien — Français",
            "9 rue Sala, 69002 Lyon",
        ],
        "TR 26/0311",
        "EXTRAIT D'ACTE DE NAISSANCE (COPIE)",
        "(Traduit du vietnamien) — Comité populaire du quartier Văn Miếu - Quốc Tử Giám",
        [
            ("Nom, prénoms :", "TRẦN MINH KHOA"),
            ("Date de naissance :", "11 février 1996"),
            ("Sexe :", "Masculin"),
            ("Ethnie / nationalité :", "Kinh / vietnamienne"),
            ("Lieu de naissance :", "Hôpital d'obstétrique de Hanoï, Hanoï"),
            ("Mère :", "NGUYỄN THỊ LAN"),
            ("Père :", "TRẦN VĂN HÙNG"),
            ("Enregistré le :", "20 février 1996, quartier Văn Miếu, Đống Đa"),
            ("Délivré à Hanoï le :", "8 janvier 2026"),
            ("Numéro :", "118/TLKS-BS"),
        ],
        "vietnamienne",
        "Lyon, le " + fr_long("2026-02-02"),
        ["M. A. NGUYEN-DUVAL", "LYON"],
    )
    tr["fonts"] = ("FreeSerif", "FreeSerifB")
    pk.write(
        "traduction_jurée_acte_naissance.jpg",
        U.jpeg(scans([B.page(D.translation, tr, rng)], rng, dpi=200)[0], q=85),
    )
    pk.add(
        [("traduction_jurée_acte_naissance.jpg", [1])],
        "translation",
        "scan",
        {},
        "Sworn French translation of the Vietnamese birth extract.",
    )
    req = dict(OK)
    req["residence_proof"] = "invalid"
    pk.finish(
        req,
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
        defect="residence_proof: only two Orange bills (September and October 2026) "
        "while the residence proof route is bills (no lease, no attestation); "
        "three successive bills are required",
    )
