"""Civil-status documents: birth certificates, apostilles, legalisations, translations."""

from __future__ import annotations

import random

from bt_common import (
    A4,
    MM,
    guilloche,
    mixed,
    para,
    qr_like,
    rect_stamp,
    round_stamp,
    signature,
    tw,
)

RED = (0.8, 0.1, 0.12)
BLUE = (0.12, 0.2, 0.6)
VIOLET = (0.35, 0.2, 0.55)


def _page(fn):
    return (A4[0], A4[1], fn)


# ------------------------------------------------------------------ China (notarial)
def china_notarial(b: dict, seed: int):
    """4 pages: Chinese certificate, English translation, translation conformity, apostille."""
    W, H = A4

    def p1(c, w, h):
        r = random.Random(seed)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("CJK", 26)
        c.drawCentredString(W / 2, H - 40 * MM, "公  证  书")
        c.setFont("CJK", 12)
        c.drawRightString(W - 25 * MM, H - 55 * MM, b["cn_no"])
        c.setFont("CJK", 13)
        c.drawString(
            28 * MM, H - 72 * MM, "申请人：" + b["cn_name"] + "，女，" + b["cn_dob"] + "出生，"
        )
        c.drawString(28 * MM, H - 80 * MM, "公民身份号码：" + b["cn_id"] + "。")
        c.drawString(28 * MM, H - 92 * MM, "公证事项：出生")
        y = H - 108 * MM
        for ln in b["cn_body"]:
            c.drawString(34 * MM, y, ln)
            y -= 9 * MM
        c.drawRightString(W - 28 * MM, 95 * MM, "中华人民共和国四川省成都市蜀都公证处")
        c.drawRightString(W - 28 * MM, 85 * MM, "公证员  " + b["cn_notary"])
        signature(c, W - 62 * MM, 80 * MM, 26 * MM, 9 * MM, r, ink=(0.1, 0.1, 0.1))
        c.drawRightString(W - 28 * MM, 70 * MM, b["cn_date"])
        round_stamp(
            c,
            W - 62 * MM,
            88 * MM,
            20 * MM,
            "四川省成都市蜀都公证处",
            [],
            RED,
            r,
            font="CJK",
            star=True,
        )

    def p2(c, w, h):
        r = random.Random(seed + 1)
        c.setFont("SerifB", 20)
        c.drawCentredString(W / 2, H - 40 * MM, "NOTARIAL CERTIFICATE")
        c.setFont("Serif", 11)
        c.drawRightString(W - 25 * MM, H - 52 * MM, b["en_no"])
        y = H - 70 * MM
        for lab, val in b["en_rows"]:
            c.setFont("Serif", 11.5)
            c.drawString(28 * MM, y, lab)
            c.drawString(75 * MM, y, val)
            y -= 8 * MM
        y -= 6 * MM
        para(c, 28 * MM, y, b["en_body"], "Serif", 11.5, W - 56 * MM, leading=17, justify=True)
        c.setFont("Serif", 11.5)
        c.drawRightString(W - 28 * MM, 100 * MM, "Shudu Notary Public Office")
        c.drawRightString(W - 28 * MM, 93 * MM, "Chengdu City, Sichuan Province")
        c.drawRightString(W - 28 * MM, 86 * MM, "The People's Republic of China")
        c.drawRightString(W - 28 * MM, 76 * MM, "Notary Public: " + b["en_notary"])
        c.drawRightString(W - 28 * MM, 66 * MM, b["en_date"])
        round_stamp(
            c,
            W - 70 * MM,
            88 * MM,
            20 * MM,
            "四川省成都市蜀都公证处",
            [],
            RED,
            r,
            font="CJK",
            star=True,
        )

    def p3(c, w, h):
        r = random.Random(seed + 2)
        c.setFont("CJK", 20)
        c.drawCentredString(W / 2, H - 40 * MM, "证  明")
        c.setFont("CJK", 12)
        c.drawRightString(W - 25 * MM, H - 52 * MM, b["cn_no2"])
        c.setFont("CJK", 13)
        c.drawString(34 * MM, H - 72 * MM, "兹证明前面的英文译文与中文原本内容相符。")
        c.setFont("Serif", 12)
        c.drawCentredString(W / 2, H - 100 * MM, "CERTIFICATE")
        para(
            c,
            28 * MM,
            H - 115 * MM,
            "This is to certify that the English translation of the "
            "foregoing document is in conformity with the Chinese original.",
            "Serif",
            12,
            W - 56 * MM,
            leading=18,
        )
        c.setFont("CJK", 12)
        c.drawRightString(W - 28 * MM, 95 * MM, "中华人民共和国四川省成都市蜀都公证处")
        c.drawRightString(W - 28 * MM, 85 * MM, "公证员  " + b["cn_notary"])
        c.drawRightString(W - 28 * MM, 75 * MM, b["cn_date"])
        signature(c, W - 64 * MM, 80 * MM, 26 * MM, 9 * MM, r, ink=(0.1, 0.1, 0.1))
        round_stamp(
            c,
            W - 66 * MM,
            88 * MM,
            20 * MM,
            "四川省成都市蜀都公证处",
            [],
            RED,
            r,
            font="CJK",
            star=True,
        )

    def p4(c, w, h):
        r = random.Random(seed + 3)
        a = b["apostille"]
        x0, top = 30 * MM, H - 35 * MM
        c.setLineWidth(1.2)
        c.rect(x0 - 6 * MM, top - 160 * MM, W - 2 * x0 + 12 * MM, 170 * MM)
        c.setFont("CJK", 18)
        c.drawCentredString(W / 2, top - 3 * MM, "附加证明书")
        c.setFont("SerifB", 17)
        c.drawCentredString(W / 2, top - 12 * MM, "APOSTILLE")
        c.setFont("SerifI", 9.5)
        c.drawCentredString(W / 2, top - 18 * MM, "(Convention de La Haye du 5 octobre 1961)")
        items = [
            ("1. 国家 Country:", a["country"]),
            ("本公文书 This public document", ""),
            ("2. 签署人 has been signed by:", a["signer"]),
            ("3. 签署人身份 acting in the capacity of:", "Notary Public"),
            ("4. 印章/印鉴属于 bears the seal/stamp of:", "Shudu Notary Public Office, Chengdu"),
            ("证明 Certified", ""),
            ("5. 地点 at:", a["at"]),
            ("6. 日期 the:", a["date"]),
            ("7. 签发机构 by:", a["by"]),
            ("8. 编号 No.:", a["number"]),
            ("9. 印章/印鉴 Seal/stamp:", ""),
            ("10. 签名 Signature:", a["official"]),
        ]
        y = top - 30 * MM
        for lab, val in items:
            c.setFont("CJK", 10.5)
            c.drawString(x0, y, lab)
            if tw(val, "Sans", 10.5) > W - 2 * x0 - 75 * MM:
                para(c, x0 + 78 * MM, y, val, "Sans", 10.5, W - 2 * x0 - 75 * MM, leading=12)
            else:
                mixed(c, x0 + 78 * MM, y, val, "Sans", 10.5)
            y -= 10 * MM
        round_stamp(
            c,
            x0 + 40 * MM,
            top - 128 * MM,
            17 * MM,
            a["seal_ring"],
            [],
            RED,
            r,
            font="CJK",
            star=True,
        )
        signature(c, x0 + 80 * MM, top - 146 * MM, 34 * MM, 9 * MM, r, ink=(0.1, 0.1, 0.2))
        qr_like(c, W - x0 - 22 * MM, top - 155 * MM, 22 * MM, r)
        c.setFont("Sans", 7.5)
        c.drawString(x0, top - 156 * MM, "Verify: " + a["verify"])

    return [_page(p1), _page(p2), _page(p3), _page(p4)]


# ------------------------------------------------------------------ Haiti
def haiti_extrait(b: dict, seed: int):
    W, H = A4

    def p1(c, w, h):
        r = random.Random(seed)
        c.setFillColorRGB(0.97, 0.96, 0.9)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        guilloche(c, 15 * MM, 40 * MM, W - 30 * MM, H - 80 * MM, (0.86, 0.87, 0.8), r, n=40)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SerifB", 15)
        c.drawCentredString(W / 2, H - 25 * MM, "RÉPUBLIQUE D'HAÏTI")
        c.setFont("Serif", 9)
        c.drawCentredString(W / 2, H - 30 * MM, "L'Union fait la Force")
        c.setFont("SerifB", 13)
        c.drawCentredString(W / 2, H - 40 * MM, "ARCHIVES NATIONALES D'HAÏTI")
        c.setFont("Serif", 10)
        c.drawCentredString(W / 2, H - 46 * MM, "Angle rues Borgella et Geffrard, Port-au-Prince")
        c.setFont("SerifB", 16)
        c.drawCentredString(W / 2, H - 60 * MM, "EXTRAIT DES ARCHIVES")
        c.setFont("Serif", 11)
        c.drawCentredString(W / 2, H - 67 * MM, "Registre des actes de naissance — " + b["year"])
        c.setFont("Courier", 10)
        c.drawString(22 * MM, H - 80 * MM, "Registre : " + b["register"])
        c.drawString(
            22 * MM, H - 86 * MM, "Acte N° : " + b["act_no"] + "   Feuillet : " + b["folio"]
        )
        c.drawString(22 * MM, H - 92 * MM, "Réf. ANH : " + b["ref"])
        y = para(
            c,
            22 * MM,
            H - 104 * MM,
            b["body"],
            "Courier",
            10.4,
            W - 44 * MM,
            leading=15,
            justify=True,
        )
        para(c, 22 * MM, y - 8, b["closing"], "Courier", 10.4, W - 44 * MM, leading=15)
        c.setFont("SerifB", 10.5)
        c.drawCentredString(W - 60 * MM, 72 * MM, "Le Directeur Général")
        c.setFont("Serif", 10.5)
        c.drawCentredString(W - 60 * MM, 45 * MM, b["director"])
        signature(c, W - 80 * MM, 52 * MM, 40 * MM, 12 * MM, r, ink=(0.05, 0.1, 0.45))
        round_stamp(
            c,
            W - 100 * MM,
            60 * MM,
            17 * MM,
            "ARCHIVES NATIONALES D'HAITI",
            ["DIRECTION", "GÉNÉRALE"],
            BLUE,
            r,
        )
        rect_stamp(
            c,
            22 * MM,
            35 * MM,
            45 * MM,
            22 * MM,
            ["DGI — TIMBRE", "50 GOURDES", b["timbre"]],
            (0.2, 0.45, 0.25),
            r,
        )

    def p2(c, w, h):
        r = random.Random(seed + 5)
        c.setFillColorRGB(0.97, 0.96, 0.9)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        lg = b["legal"]
        rect_stamp(
            c,
            25 * MM,
            H - 95 * MM,
            85 * MM,
            55 * MM,
            [
                "RÉPUBLIQUE D'HAÏTI",
                "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
                "ET DES CULTES",
                "SERVICE DE LÉGALISATION",
                "Vu pour légalisation de la signature de",
                lg["signer1"],
                "Directeur Général des Archives Nationales",
                "N° " + lg["mae_no"] + "   le " + lg["mae_date"],
            ],
            BLUE,
            r,
            size=7.5,
        )
        signature(c, 60 * MM, H - 92 * MM, 30 * MM, 8 * MM, r)
        round_stamp(
            c,
            145 * MM,
            H - 70 * MM,
            18 * MM,
            "MAE — HAITI — LEGALISATION",
            ["PORT-AU-", "PRINCE"],
            BLUE,
            r,
        )
        rect_stamp(
            c,
            70 * MM,
            H - 200 * MM,
            100 * MM,
            62 * MM,
            [
                "AMBASSADE DE FRANCE EN HAÏTI",
                "SECTION CONSULAIRE",
                "Vu pour légalisation de la signature de",
                lg["signer2"],
                "apposée ci-contre",
                "Port-au-Prince, le " + lg["fr_date"],
                "N° " + lg["fr_no"] + "     Droits perçus : " + lg["fee"],
                "Pour l'Ambassadeur et par délégation",
                lg["consul"],
            ],
            VIOLET,
            r,
            size=8,
        )
        signature(c, 115 * MM, H - 196 * MM, 34 * MM, 9 * MM, r, ink=(0.3, 0.15, 0.45))
        round_stamp(
            c,
            48 * MM,
            H - 170 * MM,
            19 * MM,
            "RÉPUBLIQUE FRANÇAISE",
            ["AMBASSADE", "DE FRANCE", "HAÏTI"],
            VIOLET,
            r,
        )

    return [_page(p1), _page(p2)]


# ------------------------------------------------------------------ Côte d'Ivoire
def ci_extrait(b: dict, seed: int):
    W, H = A4

    def p1(c, w, h):
        r = random.Random(seed)
        c.setFillColorRGB(0.99, 0.97, 0.93)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 10)
        c.drawCentredString(55 * MM, H - 18 * MM, "DÉPARTEMENT DE " + b["dept"])
        c.drawCentredString(55 * MM, H - 24 * MM, "COMMUNE DE " + b["commune"])
        c.setFont("Sans", 9)
        c.drawCentredString(55 * MM, H - 30 * MM, "CENTRE D'ÉTAT CIVIL")
        c.drawCentredString(55 * MM, H - 35 * MM, b["centre"])
        c.setFont("SansB", 11)
        c.drawCentredString(W - 55 * MM, H - 18 * MM, "RÉPUBLIQUE DE CÔTE D'IVOIRE")
        c.setFont("SansI", 9)
        c.drawCentredString(W - 55 * MM, H - 24 * MM, "Union - Discipline - Travail")
        c.setFillColorRGB(0.95, 0.5, 0.1)
        c.rect(W - 70 * MM, H - 32 * MM, 10 * MM, 4 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.0, 0.6, 0.3)
        c.rect(W - 50 * MM, H - 32 * MM, 10 * MM, 4 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 10)
        c.drawString(18 * MM, H - 52 * MM, "ÉTAT CIVIL")
        c.setFont("Sans", 9.5)
        c.drawString(18 * MM, H - 60 * MM, "N° " + b["act_no"] + " DU " + b["act_date"])
        c.drawString(18 * MM, H - 66 * MM, "DU REGISTRE")
        c.setFont("SansB", 10)
        c.drawString(18 * MM, H - 80 * MM, "NAISSANCE DE")
        c.setFont("Sans", 10)
        c.drawString(18 * MM, H - 87 * MM, b["surname"])
        c.drawString(18 * MM, H - 93 * MM, b["given"])
        c.setLineWidth(0.5)
        c.line(68 * MM, H - 45 * MM, 68 * MM, 55 * MM)
        c.setFont("SansB", 15)
        c.drawCentredString(135 * MM, H - 52 * MM, "EXTRAIT")
        c.setFont("Sans", 10)
        c.drawCentredString(135 * MM, H - 59 * MM, "du registre des actes de l'état civil")
        c.drawCentredString(135 * MM, H - 65 * MM, "pour l'année " + b["year"])
        x = 74 * MM
        y = H - 80 * MM
        for lab, val in b["rows"]:
            c.setFont("Sans", 10)
            c.drawString(x, y, lab)
            c.setFont("Courier", 10.5)
            c.drawString(x + 2 * MM + _w(lab), y, val)
            y -= 8.5 * MM
        c.setFont("SansB", 10)
        c.drawString(x, y - 4 * MM, "MENTIONS (éventuellement)")
        c.setFont("Sans", 9.5)
        for i, m in enumerate(b["mentions"]):
            c.drawString(x, y - (11 + 6 * i) * MM, m)
        y2 = y - 40 * MM
        para(
            c,
            x,
            y2,
            "Certifié le présent extrait conforme aux indications portées au registre.",
            "Sans",
            10,
            W - x - 18 * MM,
        )
        c.drawString(
            x, y2 - 10 * MM, "Délivré à " + b["commune"].title() + ", le " + b["delivered"]
        )
        c.drawString(x + 45 * MM, y2 - 20 * MM, "L'Officier de l'État Civil")
        c.drawString(x + 45 * MM, y2 - 45 * MM, b["officer"])
        signature(c, x + 45 * MM, y2 - 40 * MM, 35 * MM, 12 * MM, r)
        round_stamp(
            c,
            x + 30 * MM,
            y2 - 32 * MM,
            17 * MM,
            "MAIRIE DE " + b["commune"],
            ["ÉTAT", "CIVIL"],
            (0.1, 0.3, 0.6),
            r,
        )
        rect_stamp(
            c,
            20 * MM,
            60 * MM,
            38 * MM,
            20 * MM,
            ["TIMBRE FISCAL", "500 F CFA", b["timbre"]],
            (0.6, 0.3, 0.1),
            r,
        )

    return [_page(p1)]


def _w(s):
    return tw(s, "Sans", 10)
