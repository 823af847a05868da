"""Birth certificates (Senegal, China notarial, USA state, Côte d'Ivoire), Hague apostilles,
sworn French translation."""

from __future__ import annotations

import random

from render import Page, pil_font, stamp

INK = (20, 20, 20)


def wrap(text: str, font: str, size: float, width_mm: float) -> list[str]:
    f = pil_font(font, 100)
    out, cur = [], ""
    for w in text.split(" "):
        t = (cur + " " + w).strip()
        if f.getlength(t) / 100 * size * 0.3528 > width_mm and cur:
            out.append(cur)
            cur = w
        else:
            cur = t
    out.append(cur)
    return out


def para(pg: Page, x, y, text, font, size, width, lead=1.35, **kw):
    return pg.lines(x, y, wrap(text, font, size, width), font, size, lead, **kw)


def cjk_para(pg: Page, x, y, text, size, width, lead=1.7):
    n = max(1, int(width / (size * 0.3528)))
    rows = [text[i : i + n] for i in range(0, len(text), n)]
    return pg.lines(x, y, rows, "cjk", size, lead)


# ----------------------------------------------------------------- Senegal
def senegal_extrait(p: dict, rng: random.Random) -> Page:
    pg = Page(bg=(252, 250, 244))
    pg.lines(
        105, 16, ["RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi"], "serifb", 11, align="c"
    )
    pg.lines(
        15,
        34,
        [
            "RÉGION DE THIÈS",
            "DÉPARTEMENT DE THIÈS",
            "COMMUNE DE THIÈS-NORD",
            "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        ],
        "serif",
        9,
    )
    pg.text(150, 34, "Année : 1993", "serifb", 10)
    pg.text(150, 40, "N° dans le registre : 1542", "serif", 10)
    pg.rect(30, 58, 150, 12, stroke=INK, lw=0.5)
    pg.text(105, 66, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", "serifb", 13, align="c")
    rows = [
        ("Le", "vingt et un juin mil neuf cent quatre-vingt-treize (21/06/1993)"),
        ("à", "quatorze heures trente minutes"),
        ("est né à", "THIÈS (Hôpital régional)"),
        ("un enfant de sexe", "MASCULIN"),
        ("Prénom(s)", p["given"].title()),
        ("Nom", p["surname"]),
        ("de (père)", "Mamadou DIALLO, né à Tivaouane, commerçant"),
        ("et de (mère)", "Aminata SOW, née à Thiès, ménagère"),
        ("domiciliés à", "Quartier Grand Thiès, Thiès"),
        ("Jugement / Acte dressé le", "vingt-trois juin mil neuf cent quatre-vingt-treize"),
    ]
    y = 84
    for lab, v in rows:
        pg.text(20, y, lab, "serif", 10.5)
        pg.line(70, y + 1, 190, y + 1, (120, 120, 120), 0.15)
        pg.hand(72, y, v, rng, "hand3", 11, (15, 15, 60))
        y += 10.5
    pg.text(20, y + 8, "Mentions marginales : NÉANT", "serif", 10)
    pg.text(20, y + 18, "Pour extrait certifié conforme au registre.", "serifi", 10)
    pg.text(120, y + 30, "Délivré à Thiès, le 14/04/2026", "serif", 10.5)
    pg.text(120, y + 37, "L'Officier de l'état civil", "serifb", 10)
    pg.signature(125, y + 40, 45, 16, rng, (20, 20, 90))
    pg.image(
        95,
        y + 30,
        38,
        38,
        stamp(
            ["REPUBLIQUE DU SENEGAL", "COMMUNE DE THIES NORD"], ["ETAT CIVIL"], rng, (60, 40, 140)
        ),
    )
    pg.text(20, 284, "Timbre fiscal : 200 F CFA", "serif", 8, (90, 90, 90))
    return pg


# ----------------------------------------------------------------- Côte d'Ivoire
def ivoire_extrait(p: dict, rng: random.Random) -> Page:
    pg = Page(bg=(250, 250, 246))
    pg.lines(
        15,
        15,
        [
            "DÉPARTEMENT DE BOUAKÉ",
            "SOUS-PRÉFECTURE DE BOUAKÉ",
            "MAIRIE DE BOUAKÉ",
            "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        ],
        "sansb",
        8.5,
    )
    pg.lines(
        150,
        15,
        ["RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union - Discipline - Travail"],
        "sansb",
        8.5,
        align="c",
    )
    pg.text(105, 48, "EXTRAIT", "sansb", 16, align="c")
    pg.text(105, 55, "DU REGISTRE DES ACTES DE L'ÉTAT CIVIL", "sansb", 11, align="c")
    pg.text(105, 61, "POUR L'ANNÉE 1991", "sans", 10, align="c")
    pg.text(20, 74, "N° 2317 DU 06/11/1991 DU REGISTRE", "sansb", 10)
    pg.text(20, 84, "NAISSANCE DE :", "sansb", 10)
    pg.text(55, 84, f"{p['surname']} {p['given'].title()}", "sansb", 11)
    body = (
        f"Le trois novembre mil neuf cent quatre-vingt-onze à huit heures quinze minutes "
        f"est née à Bouaké (CHU) {p['surname']} {p['given'].title()}, de sexe féminin, "
        "fille de N'GUESSAN Kouadio Jean, né en 1962 à Béoumi, instituteur, et de "
        "KONAN Affoué Hélène, née en 1966 à Sakassou, couturière, domiciliés à Bouaké, "
        "quartier Air France II."
    )
    y = para(pg, 20, 96, body, "sans", 10.5, 170, 1.6)
    pg.text(20, y + 6, "MENTIONS (éventuellement) :", "sansb", 10)
    pg.lines(
        24,
        y + 14,
        [
            "Marié(e) le ......................  avec .........................",
            "Divorcé(e) le ....................  Décédé(e) le ................",
            "NÉANT",
        ],
        "sans",
        9.5,
        1.7,
    )
    pg.text(
        20,
        y + 40,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        "sans",
        9.5,
    )
    pg.text(120, y + 52, "Délivré à Bouaké, le 12/02/2026", "sans", 10)
    pg.text(120, y + 58, "L'Officier de l'État Civil", "sansb", 10)
    pg.signature(122, y + 61, 45, 15, rng, (10, 30, 120))
    pg.image(
        88,
        y + 50,
        36,
        36,
        stamp(
            ["REPUBLIQUE DE COTE D IVOIRE", "MAIRIE DE BOUAKE"], ["ETAT CIVIL"], rng, (30, 90, 60)
        ),
    )
    return pg


# ----------------------------------------------------------------- USA
def us_certificate(p: dict, rng: random.Random) -> Page:
    pg = Page(215.9, 279.4, (244, 246, 238))
    for i in range(0, 280, 4):
        pg.line(8, i, 208, i + 2, (228, 234, 222), 0.2)
    pg.rect(8, 8, 199.9, 263.4, stroke=(40, 90, 70), lw=1.2)
    pg.text(108, 24, "STATE OF OHIO", "serifb", 16, (30, 70, 60), "c")
    pg.text(
        108, 31, "DEPARTMENT OF HEALTH — OFFICE OF VITAL STATISTICS", "serif", 10, (30, 70, 60), "c"
    )
    pg.text(108, 42, "CERTIFICATION OF BIRTH", "serifb", 14, align="c")
    rows = [
        ("NAME", f"{p['given']} {p['surname']}"),
        ("DATE OF BIRTH", "MAY 9, 1994"),
        ("SEX", "FEMALE"),
        ("PLACE OF BIRTH", "COLUMBUS, FRANKLIN COUNTY"),
        ("MOTHER'S MAIDEN NAME", "KATHLEEN ANNE HAYES"),
        ("FATHER'S NAME", "PATRICK JAMES O'CONNOR"),
        ("STATE FILE NUMBER", "1994-046318"),
        ("DATE FILED", "MAY 16, 1994"),
        ("DATE ISSUED", "FEBRUARY 3, 2026"),
    ]
    y = 60
    for lab, v in rows:
        pg.text(22, y, lab, "sans", 7.5, (60, 60, 60))
        pg.text(22, y + 5.5, v, "mono", 11)
        pg.line(22, y + 7, 194, y + 7, (160, 170, 160), 0.15)
        y += 14
    para(
        pg,
        22,
        y + 6,
        "This is a true certification of the name and birth facts as recorded "
        "in the Office of Vital Statistics. This certified copy is not valid unless it bears "
        "the raised seal of the Ohio Department of Health.",
        "serifi",
        8.5,
        170,
    )
    pg.signature(120, y + 20, 55, 14, rng, (10, 10, 10))
    pg.text(150, y + 40, "KAREN D. WHITLOCK, STATE REGISTRAR", "sans", 7.5, align="c")
    pg.image(
        30,
        y + 20,
        36,
        36,
        stamp(["OHIO DEPARTMENT OF HEALTH", "SEAL"], ["OFFICIAL"], rng, (120, 120, 120)),
    )
    pg.text(
        108,
        268,
        "SECURITY PAPER — DO NOT ACCEPT WITHOUT WATERMARK  No. 0093318427",
        "sans",
        6.5,
        (120, 30, 30),
        "c",
    )
    return pg


# ----------------------------------------------------------------- China
def china_notarial(p: dict, rng: random.Random) -> list[Page]:
    zh = Page(bg=(253, 252, 248))
    zh.text(105, 40, "公 证 书", "cjk", 26, align="c")
    zh.text(160, 60, "（2026）川成蜀证字第 3481 号", "cjk", 10, align="r")
    y = 80
    for t in (
        "申请人：张雨婷，女，一九九六年四月十八日出生，公民身份号码：",
        "510104199604184528，现住法国巴黎市。",
        "公证事项：出生",
    ):
        zh.text(25, y, t, "cjk", 11)
        y += 9
    y = cjk_para(
        zh,
        33,
        y + 8,
        "兹证明张雨婷于一九九六年四月十八日在四川省成都市出生。"
        "张雨婷的父亲是张建国，张雨婷的母亲是李秀兰。",
        12,
        150,
    )
    zh.text(120, y + 30, "中华人民共和国四川省成都市蜀都公证处", "cjk", 11, align="c")
    zh.text(140, y + 42, "公证员", "cjk", 11)
    zh.signature(155, y + 36, 25, 9, rng, (10, 10, 10), 0.3)
    zh.text(140, y + 56, "二〇二六年五月十一日", "cjk", 11)
    zh.image(
        110,
        y + 22,
        42,
        42,
        stamp(["SHUDU NOTARY PUBLIC OFFICE CHENGDU"], ["*"], rng, (200, 30, 30), 40),
    )
    en = Page(bg=(253, 252, 248))
    en.text(105, 40, "NOTARIAL CERTIFICATE", "serifb", 16, align="c")
    en.text(190, 55, "(2026) Chuan Cheng Shu Zheng Zi No. 3481", "serif", 10, align="r")
    y = para(
        en,
        25,
        72,
        "Applicant: ZHANG Yuting, female, born on April 18, 1996, "
        "Citizen ID Number: 510104199604184528, currently residing in Paris, France.",
        "serif",
        11,
        160,
        1.6,
    )
    y = para(en, 25, y + 6, "Subject: Birth", "serif", 11, 160)
    y = para(
        en,
        25,
        y + 8,
        "This is to certify that ZHANG Yuting was born in Chengdu City, "
        "Sichuan Province on April 18, 1996. Her father is ZHANG Jianguo and her mother "
        "is LI Xiulan.",
        "serif",
        11,
        160,
        1.6,
    )
    en.lines(
        100,
        y + 30,
        [
            "Shudu Notary Public Office",
            "Chengdu City, Sichuan Province",
            "The People's Republic of China",
            "Notary Public: WANG Fang",
            "May 11, 2026",
        ],
        "serif",
        11,
        1.5,
    )
    return [zh, en]


# ----------------------------------------------------------------- apostille (Hague model)
def apostille(a: dict, rng: random.Random, bilingual_zh=False) -> Page:
    pg = Page(bg=(252, 252, 250))
    x0, w = 30, 150
    pg.rect(x0, 25, w, 170, stroke=INK, lw=0.6)
    if bilingual_zh:
        pg.text(105, 38, "附加证明书", "cjk", 15, align="c")
    pg.text(105, 46, "APOSTILLE", "serifb", 17, align="c")
    pg.text(105, 53, "(Convention de La Haye du 5 octobre 1961)", "serifi", 9.5, align="c")
    items = [
        ("1. Country:", a["country_text"]),
        ("This public document", ""),
        ("2. has been signed by", a["doc_signer"]),
        ("3. acting in the capacity of", a["capacity"]),
        ("4. bears the seal/stamp of", a["seal_of"]),
        ("Certified", ""),
        ("5. at", a["at"]),
        ("6. the", a["on_text"]),
        ("7. by", a["by"]),
        ("8. No", a["number"]),
        ("9. Seal/stamp:", ""),
        ("10. Signature:", ""),
    ]
    zh = {
        "1.": "国家",
        "2.": "签字人",
        "3.": "身份",
        "4.": "印章",
        "5.": "地点",
        "6.": "日期",
        "7.": "签发机关",
        "8.": "编号",
        "9.": "印章",
        "10": "签字",
    }
    y = 65
    for lab, v in items[:10]:
        if lab in ("This public document", "Certified"):
            pg.text(105, y, lab, "serifb", 10, align="c")
            y += 7
            continue
        if bilingual_zh:
            pg.text(x0 + 4, y, zh[lab[:2]], "cjk", 8)
        pg.text(x0 + (18 if bilingual_zh else 5), y, lab, "serif", 10)
        pg.text(x0 + 72, y, v, "mono", 9.5)
        y += 8
    y += 2
    for xx, lab in ((x0 + 5, "9. Seal/stamp:"), (x0 + 80, "10. Signature:")):
        if bilingual_zh:
            pg.text(xx, y + 5, zh[lab[:2]], "cjk", 8)
        pg.text(xx, y, lab, "serif", 10)
    pg.image(x0 + 10, y + 4, 36, 36, stamp(a["stamp"], ["APOSTILLE"], rng, a["color"]))
    pg.signature(x0 + 80, y + 8, 48, 16, rng, (10, 10, 80))
    pg.text(x0 + 80, y + 30, a["signer"], "serif", 9)
    return pg


def apostille_fields(a: dict) -> dict:
    return {
        "country": a["country"],
        "issued_on": a["issued_on"],
        "number": a["number"],
        "signed_by": a["signer"],
    }


# ----------------------------------------------------------------- sworn translation
def sworn_translation_zh(p: dict, rng: random.Random) -> Page:
    pg = Page()
    pg.lines(
        20,
        18,
        [
            "Mme Claire DUBOIS-LEMAIRE",
            "Traductrice-interprète expert près la Cour d'appel de Paris",
            "Chinois - Français",
            "12, rue des Écoles — 75005 Paris  •  01 43 26 77 10",
        ],
        "sans",
        8.5,
    )
    pg.text(190, 18, "Traduction n° 2026-0614", "sans", 8.5, align="r")
    pg.text(105, 52, "TRADUCTION DU CHINOIS", "sansb", 12, align="c")
    pg.text(105, 64, "ACTE NOTARIÉ", "sansb", 14, align="c")
    pg.text(190, 74, "(2026) Chuan Cheng Shu Zheng Zi n° 3481", "sans", 10, align="r")
    y = para(
        pg,
        25,
        88,
        "Requérante : ZHANG Yuting, sexe féminin, née le 18 avril 1996, "
        "numéro de carte d'identité de citoyen : 510104199604184528, demeurant "
        "actuellement à Paris, France.",
        "sans",
        10.5,
        160,
        1.6,
    )
    y = para(pg, 25, y + 4, "Objet : Naissance", "sans", 10.5, 160)
    y = para(
        pg,
        25,
        y + 6,
        "Il est certifié que ZHANG Yuting est née le 18 avril 1996 à "
        "Chengdu, province du Sichuan. Son père est ZHANG Jianguo, sa mère est LI "
        "Xiulan.",
        "sans",
        10.5,
        160,
        1.6,
    )
    pg.lines(
        105,
        y + 14,
        [
            "Office notarial de Shudu, ville de Chengdu, province du Sichuan,",
            "République populaire de Chine",
            "Notaire : WANG Fang (signé)",
            "Le 11 mai 2026",
            "[Sceau de l'office notarial]",
        ],
        "sans",
        9.5,
    )
    y += 60
    pg.text(25, y, "Traduction certifiée conforme à l'original en langue chinoise.", "sansb", 10)
    pg.text(25, y + 7, "Paris, le 02 juin 2026", "sans", 10)
    pg.image(
        110,
        y - 2,
        42,
        42,
        stamp(
            ["C. DUBOIS-LEMAIRE TRADUCTEUR EXPERT", "COUR D APPEL DE PARIS"],
            ["CHINOIS"],
            rng,
            (30, 50, 140),
        ),
    )
    pg.signature(150, y + 10, 40, 14, rng, (15, 15, 100))
    return pg
