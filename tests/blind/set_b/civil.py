"""Civil-status documents: birth certificates of Mali, Cameroon, DR Congo, China
(notarial certificate + English rendering), India (Form 5), the Philippines
(PSA, Municipal Form 102), Ukraine, Turkey (multilingual Formül A), Mexico,
Brazil, Algeria (Arabic/French), Italy (CIEC multilingual extract); Hague 1961
apostilles (10 numbered items) in several national styles; sworn translations.

Each builder returns (pages, truth_fields) where pages are kit page functions.
"""

from dataclasses import dataclass, field

import kit
from common import MONTHS_EN, MONTHS_FR, MONTHS_PT, D, fr, fr_long, rng
from kit import INK_BLACK, INK_BLUE, STAMP_BLUE, STAMP_RED, STAMP_VIOLET
from PIL import Image, ImageDraw, ImageFont

# ----------------------------------------------------------------- number words
_U = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_words(n):
    if n < 20:
        return _U[n]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return _T[t]
        return _T[t] + ("-et-un" if u == 1 else "-" + _U[u])
    if n < 80:
        return "soixante" + ("-et-" if n == 71 else "-") + _U[n - 60]
    if n < 100:
        if n == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + _U[n - 80]
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _U[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + fr_words(r))
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else fr_words(th) + " mille"
    return head + ("" if r == 0 else " " + fr_words(r))


def fr_date_words(d):
    d = D(d)
    day = "premier" if d.day == 1 else fr_words(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {fr_words(d.year)}"


_CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + ("" if n == 10 else _CN[n - 10])
    t, u = divmod(n, 10)
    return _CN[t] + "十" + ("" if u == 0 else _CN[u])


def cn_date(d):
    d = D(d)
    return (
        "".join(_CN[int(c)] for c in str(d.year))
        + "年"
        + cn_num(d.month)
        + "月"
        + cn_num(d.day)
        + "日"
    )


# ----------------------------------------------------------------- Arabic text as image
def arabic_img(text, size_pt=11, color=(0, 0, 0)):
    px = int(size_pt * 300 / 72)
    f = ImageFont.truetype(kit.FONT_FILES["Amiri"], px, layout_engine=ImageFont.Layout.RAQM)
    bbox = f.getbbox(text, direction="rtl", language="ar")
    w, h = bbox[2] - bbox[0] + 8, int(px * 1.6)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    ImageDraw.Draw(im).text(
        (4 - bbox[0], int(px * 0.15)),
        text,
        font=f,
        fill=color + (255,),
        direction="rtl",
        language="ar",
    )
    return im, w / 300 * 25.4, h / 300 * 25.4


def arabic(p, x_right, y_base, text, size=11, color=(0, 0, 0)):
    im, wmm, hmm = arabic_img(text, size, color)
    p.image(im, x_right - wmm, y_base - hmm * 0.72, wmm, hmm)


# ----------------------------------------------------------------- data
@dataclass
class Birth:
    surname: str
    given: str
    sex: str
    dob: str
    place: str  # place of birth as printed
    father: str = ""
    mother: str = ""
    reg_no: str = ""
    issued: str = ""  # date of issue of this copy
    officer: str = ""
    extra: dict = field(default_factory=dict)
    key: str = ""

    def truth(self, country, language, has_apostille, surname=None, given=None, place=None):
        return {
            "surname": surname or self.surname,
            "given_names": given or self.given,
            "date_of_birth": D(self.dob).isoformat(),
            "place_of_birth": place or self.place,
            "issuing_country": country,
            "language": language,
            "has_apostille": has_apostille,
        }


def _paper(p, tint=None, border=None):
    if tint:
        p.rect(0, 0, p.w, p.h, stroke=None, fill=tint)
    if border:
        p.rect(8, 8, p.w - 16, p.h - 16, stroke=border, lw=1.2)
        p.rect(10, 10, p.w - 20, p.h - 20, stroke=border, lw=0.4)


def _dotline(p, x, y, w):
    p.line(x, y + 0.8, x + w, y + 0.8, (0.4, 0.4, 0.4), 0.25, dash=(0.6, 1.2))


# ----------------------------------------------------------------- Mali
def birth_mali(b: Birth):
    r = rng("mli", b.key)
    H = b.extra.get("hand", "dkg")

    def page(p):
        _paper(p, (0.985, 0.975, 0.95))
        p.text(14, 18, "RÉGION DE " + b.extra.get("region", "SÉGOU").upper(), "LibSerif-B", 9)
        p.text(14, 22.5, "CERCLE DE " + b.extra.get("cercle", "SÉGOU").upper(), "LibSerif-B", 9)
        p.text(14, 27, b.extra.get("commune", "COMMUNE URBAINE DE SÉGOU"), "LibSerif-B", 9)
        p.text(14, 31.5, "CENTRE PRINCIPAL D'ÉTAT CIVIL", "LibSerif-B", 9)
        p.text(150, 18, "RÉPUBLIQUE DU MALI", "LibSerif-B", 11, align="c")
        p.text(150, 23, "Un Peuple - Un But - Une Foi", "LibSerif-I", 9, align="c")
        p.line(130, 25, 170, 25, lw=0.3)
        p.rect(50, 42, 110, 15, stroke=(0, 0, 0), lw=0.8)
        p.text(105, 50, "EXTRAIT D'ACTE DE NAISSANCE", "LibSerif-B", 14, align="c")
        p.text(105, 55, "(Volet N° 3)", "LibSerif", 8.5, align="c")
        p.text(14, 66, "N° :", "LibSerif-B", 10)
        p.hand(24, 66, b.reg_no, 13, H, r)
        p.text(80, 66, "Année :", "LibSerif-B", 10)
        p.hand(96, 66, str(D(b.dob).year), 13, H, r)
        d = D(b.dob)
        rows = [
            ("L'an", fr_words(d.year)),
            ("et le", f"{fr_words(d.day) if d.day > 1 else 'premier'} {MONTHS_FR[d.month - 1]}"),
            ("à", b.extra.get("hour", "10 heures 30 minutes")),
            ("est né(e) à", b.place),
            ("un enfant de sexe", "féminin" if b.sex == "F" else "masculin"),
            ("Prénom(s)", b.given),
            ("Nom", b.surname.upper()),
            ("Fils / Fille de", b.father),
            ("Profession du père", b.extra.get("father_job", "Commerçant")),
            ("Et de", b.mother),
            ("Profession de la mère", b.extra.get("mother_job", "Ménagère")),
            ("Domicile des parents", b.extra.get("home", b.place)),
        ]
        y = 80
        for lab, val in rows:
            p.text(14, y, lab + " :", "LibSerif", 10.5)
            _dotline(p, 60, y, 136)
            p.hand(62, y - 0.6, val, 13, H, r)
            y += 11.5
        p.text(14, y + 2, "Dressé le", "LibSerif", 10.5)
        _dotline(p, 34, y + 2, 60)
        p.hand(36, y + 1.4, fr(b.extra.get("drawn", D(b.dob))), 13, H, r)
        p.text(100, y + 2, "sur la déclaration de", "LibSerif", 10.5)
        _dotline(p, 138, y + 2, 58)
        p.hand(140, y + 1.4, b.extra.get("declarant", "le père"), 13, H, r)
        y += 18
        p.para(14, y, 182, "POUR EXTRAIT CERTIFIÉ CONFORME AU REGISTRE", "LibSerif-B", 10)
        p.text(120, y + 12, b.extra.get("city", "Ségou") + ", le", "LibSerif", 10.5)
        p.hand(148, y + 11.4, fr(b.issued), 13, H, r)
        p.text(150, y + 22, "L'Officier de l'État Civil", "LibSerif-B", 10, align="c")
        p.stamp(
            128,
            y + 38,
            15,
            "MAIRIE " + b.extra.get("city", "SÉGOU").upper() + " * ÉTAT CIVIL * ",
            ["RÉP. DU", "MALI"],
            STAMP_VIOLET,
            angle=r.uniform(-20, 20),
        )
        p.signature(142, y + 28, 40, 14, r, b.officer or "Traoré", INK_BLUE)
        p.hand(140, y + 52, b.officer or "Issa TRAORÉ", 12, H, r)
        p.text(
            14,
            285,
            "Loi n° 06-024 du 28 juin 2006 régissant l'état civil",
            "LibSerif-I",
            7,
            (0.3, 0.3, 0.3),
        )

    return [page], b.truth("MLI", "fr", False)


# ----------------------------------------------------------------- Cameroon
def birth_cameroon(b: Birth):
    r = rng("cmr", b.key)

    def page(p):
        _paper(p, (0.97, 0.98, 0.95), border=(0.15, 0.45, 0.25))
        p.text(50, 20, "RÉPUBLIQUE DU CAMEROUN", "LibSerif-B", 10, align="c")
        p.text(50, 24, "Paix - Travail - Patrie", "LibSerif-I", 8, align="c")
        p.text(160, 20, "REPUBLIC OF CAMEROON", "LibSerif-B", 10, align="c")
        p.text(160, 24, "Peace - Work - Fatherland", "LibSerif-I", 8, align="c")
        p.text(50, 31, "RÉGION DU LITTORAL", "LibSerif", 8, align="c")
        p.text(160, 31, "LITTORAL REGION", "LibSerif", 8, align="c")
        p.text(50, 35, "DÉPARTEMENT DU WOURI", "LibSerif", 8, align="c")
        p.text(160, 35, "WOURI DIVISION", "LibSerif", 8, align="c")
        p.text(105, 46, "ACTE DE NAISSANCE N° " + b.reg_no, "LibSerif-B", 13, align="c")
        p.text(105, 52, "BIRTH CERTIFICATE", "LibSerif-B", 11, (0.2, 0.2, 0.2), align="c")
        p.text(
            20, 61, "Centre d'état civil de / Civil Status Registration Centre of :", "LibSerif", 9
        )
        p.text(122, 61, b.extra.get("centre", "DOUALA Ier"), "LibMono-B", 10)
        rows = [
            ("Nom de l'enfant", "Surname of the child", b.surname.upper()),
            ("Prénoms de l'enfant", "Given names of the child", b.given),
            ("Né le", "Born on the", fr_date_words(b.dob).upper()),
            ("À", "At", b.place.upper()),
            ("De sexe", "Sex", "FÉMININ" if b.sex == "F" else "MASCULIN"),
            ("De", "Of (father)", b.father.upper()),
            ("Né à / le", "Born at / on", b.extra.get("father_born", "")),
            ("Domicilié à", "Resident at", b.extra.get("home", "DOUALA")),
            ("Profession", "Occupation", b.extra.get("father_job", "")),
            ("Et de", "And of (mother)", b.mother.upper()),
            ("Née à / le", "Born at / on", b.extra.get("mother_born", "")),
            ("Domiciliée à", "Resident at", b.extra.get("home", "DOUALA")),
            ("Profession", "Occupation", b.extra.get("mother_job", "")),
            ("Dressé le", "Drawn up on the", fr(b.extra.get("drawn", b.dob))),
            (
                "Sur la déclaration de",
                "In accordance with the declaration of",
                b.extra.get("declarant", ""),
            ),
            ("Par nous", "By us", b.officer.upper()),
            ("Officier d'état civil", "Civil status registrar", ""),
            ("Assisté de", "In the presence of", b.extra.get("secretary", "")),
        ]
        y = 72
        for fr_l, en_l, val in rows:
            p.text(20, y, fr_l, "LibSerif-B", 8.6)
            p.text(20, y + 3.4, en_l, "LibSerif-I", 7.2, (0.3, 0.3, 0.3))
            _dotline(p, 72, y + 2, 118)
            if val:
                p.text(74, y + 1.4, val, "LibMono-B", 9.6)
            y += 9.4
        y += 3
        p.text(20, y, "Copie certifiée conforme / Certified true copy", "LibSerif-B", 8.6)
        p.text(115, y + 6, f"Douala, le {fr(b.issued)}", "LibSerif", 9.5)
        p.text(150, y + 12, "L'Officier d'État Civil / The Registrar", "LibSerif-B", 8.5, align="c")
        p.stamp(
            70,
            y + 26,
            16,
            "COMMUNE D'ARRONDISSEMENT DE DOUALA Ier * ",
            ["ÉTAT", "CIVIL"],
            STAMP_BLUE,
            angle=r.uniform(-25, 25),
        )
        p.signature(132, y + 16, 42, 14, r, b.officer, INK_BLUE)
        p.rect_stamp(20, y + 46, 70, ["TIMBRE COMMUNAL", "500 FCFA"], STAMP_RED, angle=-3, size=7)

    return [page], b.truth("CMR", "fr", False)


# ----------------------------------------------------------------- DR Congo (with legalisations)
def birth_drc(b: Birth, legalised=True):
    r = rng("cod", b.key)

    def page(p):
        _paper(p, (0.975, 0.975, 0.97))
        p.rect(14, 12, 40, 3, stroke=None, fill=(0.0, 0.5, 0.85))
        p.text(105, 20, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Lib-B", 12, align="c")
        p.text(105, 26, "PROVINCE DE KINSHASA", "Lib-B", 9.5, align="c")
        p.text(105, 31, "VILLE DE KINSHASA", "Lib", 9, align="c")
        p.text(
            105, 36, "COMMUNE DE " + b.extra.get("commune", "LEMBA").upper(), "Lib", 9, align="c"
        )
        p.text(105, 41, "BUREAU DE L'ÉTAT CIVIL", "Lib-B", 9, align="c")
        p.text(105, 54, f"ACTE DE NAISSANCE N° {b.reg_no}", "Lib-B", 13, align="c")
        p.text(105, 60, b.extra.get("volume", "Volume II - Folio 88"), "Lib", 9, align="c")
        d = D(b.dob)
        decl = D(b.extra.get("drawn", b.dob))
        txt = (
            f"L'an {fr_words(decl.year)}, le {fr_words(decl.day)}e jour du mois de "
            f"{MONTHS_FR[decl.month - 1]}, à dix heures, devant nous {b.officer}, Officier de l'état civil "
            f"de la Commune de {b.extra.get('commune', 'Lemba')}, a comparu {b.extra.get('declarant', '')}, "
            f"lequel nous a déclaré que le {fr_long(d)} est né à {b.place} un enfant de sexe "
            f"{'féminin' if b.sex == 'F' else 'masculin'} nommé :"
        )
        y = p.para(20, 74, 170, txt, "LibSerif", 10.5, leading=6, justify=True)
        p.text(105, y + 6, f"{b.surname.upper()} {b.given}", "LibSerif-B", 13, align="c")
        y += 16
        txt2 = (
            f"fils/fille de {b.father}, né à {b.extra.get('father_born', 'Kananga')}, de nationalité "
            f"congolaise, {b.extra.get('father_job', 'enseignant')}, et de {b.mother}, née à "
            f"{b.extra.get('mother_born', 'Mbuji-Mayi')}, de nationalité congolaise, "
            f"{b.extra.get('mother_job', 'commerçante')}, tous deux domiciliés au n° 14, avenue de la "
            "Libération, Quartier Salongo, Commune de Lemba, Kinshasa. Lecture de l'acte a été faite ou "
            "connaissance en a été donnée au comparant, qui l'a signé avec nous."
        )
        y = p.para(20, y, 170, txt2, "LibSerif", 10.5, leading=6, justify=True)
        p.text(30, y + 10, "Le comparant", "LibSerif-B", 10)
        p.text(150, y + 10, "L'Officier de l'état civil", "LibSerif-B", 10, align="c")
        p.signature(26, y + 14, 34, 12, rng("codc", b.key), "Tshimanga", INK_BLACK)
        p.signature(130, y + 14, 40, 13, r, b.officer, INK_BLUE)
        p.stamp(
            112,
            y + 24,
            14,
            "COMMUNE DE LEMBA * ÉTAT CIVIL * ",
            ["RDC"],
            STAMP_BLUE,
            angle=r.uniform(-20, 20),
        )
        p.text(150, y + 36, b.officer, "LibSerif", 9.5, align="c")
        p.text(
            20,
            y + 46,
            f"Pour copie certifiée conforme, Kinshasa, le {fr(b.issued)}",
            "LibSerif-I",
            9.5,
        )
        if legalised:
            y2 = y + 54
            p.rect_stamp(
                18,
                y2,
                82,
                [
                    "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
                    "VU POUR LÉGALISATION",
                    "de la signature de M. " + b.officer.split()[0],
                    "Kinshasa, le " + fr(b.extra.get("leg1", b.issued)),
                    "Réf. MAE/LEG/" + b.reg_no.replace("/", "-"),
                ],
                STAMP_VIOLET,
                angle=-2.5,
                size=7.2,
            )
            p.rect_stamp(
                108,
                y2 + 4,
                86,
                [
                    "AMBASSADE DE FRANCE EN RDC",
                    "Vu pour légalisation de la signature",
                    "de M. le Chef de bureau des légalisations",
                    "apposée ci-dessus",
                    "Kinshasa, le " + fr(b.extra.get("leg2", b.issued)),
                    "N° " + b.extra.get("leg_no", "2025/1187"),
                ],
                STAMP_BLUE,
                angle=2,
                size=7.2,
            )
            p.signature(150, y2 + 36, 32, 10, rng("codleg", b.key), "Durand", INK_BLUE)

    t = b.truth("COD", "fr", False)
    return [page], t


# ----------------------------------------------------------------- China (notarial certificate)
def birth_china(b: Birth):
    """b.surname/given are pinyin; b.extra has zh_name, zh_place, zh_father, zh_mother,
    cert_no, notary, notary_zh, office_zh, office_en, place_en."""
    e = b.extra
    r = rng("chn", b.key)

    def p_zh(p):
        _paper(p, (0.99, 0.985, 0.975))
        p.text(105, 32, "公  证  书", "WQY", 24, align="c")
        p.text(190, 48, f"（{D(b.issued).year}）{e['cert_no_zh']}", "WQY", 10.5, align="r")
        sx = "女" if b.sex == "F" else "男"
        lines = [
            f"申请人：{e['zh_name']}，{sx}，{cn_date(b.dob)}出生，",
            f"公民身份号码：{e['id_no']}。",
            "",
            "公证事项：出生",
            "",
            f"    兹证明{e['zh_name']}于{cn_date(b.dob)}在{e['zh_place']}出生。",
            f"{e['zh_name']}的父亲是{e['zh_father']}，{e['zh_name']}的母亲是{e['zh_mother']}。",
        ]
        y = 66
        for ln in lines:
            p.text(28, y, ln, "WQY", 12.5)
            y += 11
        p.text(182, 180, e["office_zh"], "WQY", 12, align="r")
        p.text(182, 193, f"公证员  {e['notary_zh']}", "WQY", 12, align="r")
        p.text(182, 206, cn_date(b.issued), "WQY", 12, align="r")
        p.stamp(
            150,
            192,
            19,
            e["office_zh"][-12:] + " ",
            ["★"],
            STAMP_RED,
            angle=0,
            alpha=0.7,
            font="WQY",
        )
        p.signature(150, 184, 30, 11, r, e["notary"], INK_BLACK)
        p.text(105, 280, "第 1 页 共 2 页", "WQY", 9, align="c")

    def p_en(p):
        _paper(p, (0.99, 0.985, 0.975))
        p.text(105, 32, "NOTARIAL CERTIFICATE", "LibSerif-B", 18, align="c")
        p.text(190, 48, f"({D(b.issued).year}) {e['cert_no_en']}", "LibSerif", 10.5, align="r")
        d = D(b.dob)
        txt = [
            f"Applicant: {b.surname} {b.given.title() if b.given.isupper() else b.given}, "
            f"{'female' if b.sex == 'F' else 'male'}, born on {MONTHS_EN[d.month - 1]} {d.day}, {d.year}, "
            f"Citizen ID No.: {e['id_no']}.",
            "",
            "Subject: Birth",
            "",
            f"This is to certify that {b.surname} {b.given} was born in {e['place_en']} on "
            f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}. The father of {b.surname} {b.given} is "
            f"{e['father_en']}. The mother of {b.surname} {b.given} is {e['mother_en']}.",
        ]
        y = 66
        for t in txt:
            y = p.para(28, y, 156, t, "LibSerif", 12, leading=7, justify=True) if t else y + 5
        y += 20
        p.text(182, y, e["office_en"], "LibSerif", 11, align="r")
        p.text(182, y + 6, "The People's Republic of China", "LibSerif", 11, align="r")
        p.text(182, y + 16, f"Notary Public: {e['notary']}", "LibSerif", 11, align="r")
        iss = D(b.issued)
        p.text(
            182,
            y + 26,
            f"{MONTHS_EN[iss.month - 1]} {iss.day}, {iss.year}",
            "LibSerif",
            11,
            align="r",
        )
        p.stamp(
            150,
            y + 12,
            19,
            e["office_zh"][-12:] + " ",
            ["★"],
            STAMP_RED,
            angle=0,
            alpha=0.7,
            font="WQY",
        )
        p.text(105, 280, "Page 2 of 2", "LibSerif", 9, align="c")

    return [p_zh, p_en], b.truth("CHN", "zh", True, place=e["place_en"])


# ----------------------------------------------------------------- India (Form 5)
def birth_india(b: Birth):
    e = b.extra
    r = rng("ind", b.key)

    def page(p):
        _paper(p, (0.98, 0.975, 0.96), border=(0.3, 0.3, 0.5))
        p.circle(105, 24, 7, stroke=(0.3, 0.3, 0.5), lw=0.6)
        p.text(105, 26, "⚖", "DejaVu", 12, (0.3, 0.3, 0.5), "c")
        p.text(105, 37, e.get("state", "GOVERNMENT OF MAHARASHTRA"), "LibSerif-B", 11, align="c")
        p.text(105, 43, e.get("body", "PUNE MUNICIPAL CORPORATION"), "LibSerif-B", 12, align="c")
        p.text(
            105, 48.5, "Department of Health - Birth & Death Registration", "LibSerif", 9, align="c"
        )
        p.text(105, 57, "FORM - 5", "LibSerif-B", 10, align="c")
        p.text(105, 62, "(Rule 8 / 13)", "LibSerif", 8.5, align="c")
        p.text(105, 69, "BIRTH CERTIFICATE", "LibSerif-B", 15, align="c")
        p.para(
            22,
            75,
            166,
            "(Issued under Section 12 / 17 of the Registration of Births and Deaths Act, 1969 "
            f"and Rule 8 / 13 of the {e.get('rules', 'Maharashtra Registration of Births and Deaths Rules, 2000')})",
            "LibSerif-I",
            8.5,
            align="c",
        )
        p.para(
            22,
            88,
            166,
            "This is to certify that the following information has been taken from the "
            "original record of birth which is the register for (local area / local body) "
            f"{e.get('local', 'Pune Municipal Corporation')} of Tahsil / Block {e.get('tahsil', 'Haveli')} of "
            f"District {e.get('district', 'Pune')} of State {e.get('st', 'Maharashtra')}, India.",
            "LibSerif",
            10,
            leading=5.2,
            justify=True,
        )
        rows = [
            (
                "NAME",
                b.given.upper() + " " + b.surname.upper()
                if not e.get("name_line")
                else e["name_line"],
            ),
            ("SEX", "FEMALE" if b.sex == "F" else "MALE"),
            ("DATE OF BIRTH", D(b.dob).strftime("%d-%m-%Y")),
            ("PLACE OF BIRTH", b.place.upper()),
            ("NAME OF MOTHER", b.mother.upper()),
            ("NAME OF FATHER", b.father.upper()),
            ("ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD", e.get("addr", "").upper()),
            ("PERMANENT ADDRESS OF PARENTS", e.get("addr", "").upper()),
            ("REGISTRATION NUMBER", b.reg_no),
            ("DATE OF REGISTRATION", fr(e.get("reg_date", b.dob)).replace("/", "-")),
            ("REMARKS (IF ANY)", ""),
            ("DATE OF ISSUE", fr(b.issued).replace("/", "-")),
        ]
        y = 112
        for lab, val in rows:
            p.rect(22, y - 5, 166, 10.5, stroke=(0.55, 0.55, 0.6), lw=0.3)
            p.line(92, y - 5, 92, y + 5.5, (0.55, 0.55, 0.6), 0.3)
            yy = p.para(24, y - 0.6, 66, lab, "LibSerif-B", 8.2, leading=3.4)
            p.para(95, y + 0.8, 92, val, "LibMono-B", 9.3, leading=3.8)
            y += 10.5
        y += 8
        p.text(150, y + 22, "Signature of the issuing authority", "LibSerif", 8.5, align="c")
        p.text(150, y + 27, "Registrar of Births & Deaths", "LibSerif-B", 9, align="c")
        p.text(
            150,
            y + 31.5,
            e.get("body", "Pune Municipal Corporation").title(),
            "LibSerif",
            8.5,
            align="c",
        )
        p.signature(132, y + 5, 40, 13, r, "Kulkarni", INK_BLUE)
        p.stamp(
            70,
            y + 16,
            15,
            e.get("body", "PUNE MUNICIPAL CORPORATION") + " * ",
            ["REGISTRAR", "B & D"],
            STAMP_VIOLET,
            angle=r.uniform(-30, 30),
        )
        p.rect(22, 268, 166, 10, stroke=None, fill=(0.9, 0.9, 0.93))
        p.text(
            105, 274.5, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "LibSerif-B", 9, align="c"
        )

    return [page], b.truth(
        "IND", "en", True, given=(b.given.upper()), surname=b.surname.upper(), place=b.place.upper()
    )


# ----------------------------------------------------------------- Philippines (PSA copy of Form 102)
def birth_philippines(b: Birth):
    e = b.extra
    r = rng("phl", b.key)

    def page(p):
        _paper(p, (0.99, 0.95, 0.92))
        for i in range(40):  # security paper wave
            p.line(0, 6 + i * 7.2, 210, 9 + i * 7.2, (0.96, 0.86, 0.82), 0.25)
        p.text(105, 11, "PHILIPPINE STATISTICS AUTHORITY", "Lib-B", 9, (0.1, 0.2, 0.5), "c")
        p.text(14, 18, "Municipal Form No. 102", "Lib", 6.5)
        p.text(14, 21, "(Revised January 2007)", "Lib", 6.5)
        p.text(105, 18, "Republic of the Philippines", "Lib", 8.5, align="c")
        p.text(105, 22, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "Lib-B", 9, align="c")
        p.text(105, 28.5, "CERTIFICATE OF LIVE BIRTH", "Lib-B", 14, align="c")
        p.rect(12, 31, 186, 12, lw=0.5)
        p.text(14, 35, "Province", "Lib", 6.5)
        p.text(30, 35, e.get("province", "METRO MANILA - NCR, SECOND DISTRICT"), "LibMono-B", 8.5)
        p.text(14, 40.5, "City/Municipality", "Lib", 6.5)
        p.text(36, 40.5, e.get("city", "QUEZON CITY"), "LibMono-B", 8.5)
        p.text(150, 35, "Registry No.", "Lib", 6.5)
        p.text(150, 40.5, b.reg_no, "LibMono-B", 9)
        # child box
        p.rect(12, 43, 186, 62, lw=0.5)
        p.text(9, 74, "C", "Lib-B", 8)
        p.text(9, 78, "H", "Lib-B", 8)
        p.text(14, 47, "1. NAME", "Lib-B", 7)
        for x, lab in ((38, "(First)"), (95, "(Middle)"), (145, "(Last)")):
            p.text(x, 47, lab, "Lib", 6.5)
        p.text(38, 53, b.given.upper(), "LibMono-B", 10.5)
        p.text(95, 53, e.get("middle", "").upper(), "LibMono-B", 10.5)
        p.text(145, 53, b.surname.upper(), "LibMono-B", 10.5)
        p.line(12, 56, 198, 56, lw=0.3)
        p.text(14, 60, "2. SEX (Male / Female)", "Lib-B", 7)
        p.text(20, 66, "FEMALE" if b.sex == "F" else "MALE", "LibMono-B", 10)
        p.line(70, 56, 70, 69, lw=0.3)
        d = D(b.dob)
        p.text(72, 60, "3. DATE OF BIRTH    (Day)      (Month)      (Year)", "Lib-B", 7)
        p.text(
            100,
            66,
            f"{d.day:02d}          {MONTHS_EN[d.month - 1].upper()}      {d.year}",
            "LibMono-B",
            10,
        )
        p.line(12, 69, 198, 69, lw=0.3)
        p.text(
            14,
            73,
            "4. PLACE OF BIRTH  (Name of Hospital/Clinic/Institution/House No., St., Barangay)   "
            "(City/Municipality)   (Province)",
            "Lib-B",
            6.5,
        )
        p.text(20, 79, b.place.upper(), "LibMono-B", 9.5)
        p.line(12, 82, 198, 82, lw=0.3)
        p.text(14, 86, "5a. TYPE OF BIRTH", "Lib-B", 7)
        p.text(18, 92, "SINGLE", "LibMono-B", 9.5)
        p.text(70, 86, "5b. IF MULTIPLE BIRTH, CHILD WAS", "Lib-B", 7)
        p.text(130, 86, "5c. BIRTH ORDER", "Lib-B", 7)
        p.text(134, 92, e.get("order", "FIRST"), "LibMono-B", 9.5)
        p.text(165, 86, "5d. WEIGHT AT BIRTH", "Lib-B", 7)
        p.text(170, 92, e.get("weight", "3100") + " grams", "LibMono-B", 9)
        p.line(12, 95, 198, 95, lw=0.3)
        # mother
        p.rect(12, 105, 186, 40, lw=0.5)
        p.text(9, 122, "M", "Lib-B", 8)
        p.text(
            14, 109, "7. MAIDEN NAME   (First)            (Middle)            (Last)", "Lib-B", 7
        )
        p.text(38, 115, b.mother.upper(), "LibMono-B", 10)
        p.line(12, 118, 198, 118, lw=0.3)
        p.text(14, 122, "8. CITIZENSHIP", "Lib-B", 7)
        p.text(18, 128, "FILIPINO", "LibMono-B", 9.5)
        p.text(70, 122, "9. RELIGION", "Lib-B", 7)
        p.text(74, 128, "ROMAN CATHOLIC", "LibMono-B", 9.5)
        p.text(130, 122, "10. OCCUPATION", "Lib-B", 7)
        p.text(134, 128, e.get("mother_job", "HOUSEWIFE"), "LibMono-B", 9.5)
        p.line(12, 131, 198, 131, lw=0.3)
        p.text(14, 135, "13. RESIDENCE", "Lib-B", 7)
        p.text(18, 141, e.get("residence", "").upper(), "LibMono-B", 9)
        # father
        p.rect(12, 145, 186, 28, lw=0.5)
        p.text(9, 160, "F", "Lib-B", 8)
        p.text(14, 149, "14. NAME   (First)            (Middle)            (Last)", "Lib-B", 7)
        p.text(38, 155, b.father.upper(), "LibMono-B", 10)
        p.line(12, 158, 198, 158, lw=0.3)
        p.text(14, 162, "15. CITIZENSHIP", "Lib-B", 7)
        p.text(18, 168, "FILIPINO", "LibMono-B", 9.5)
        p.text(100, 162, "17. OCCUPATION", "Lib-B", 7)
        p.text(104, 168, e.get("father_job", "DRIVER"), "LibMono-B", 9.5)
        p.rect(12, 173, 186, 16, lw=0.5)
        p.text(14, 177, "20a. DATE AND PLACE OF MARRIAGE OF PARENTS", "Lib-B", 7)
        p.text(18, 184, e.get("marriage", "").upper(), "LibMono-B", 9)
        p.rect(12, 189, 93, 30, lw=0.5)
        p.rect(105, 189, 93, 30, lw=0.5)
        p.text(14, 193, "22. CERTIFICATION OF INFORMANT", "Lib-B", 6.5)
        p.text(107, 193, "25. RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR", "Lib-B", 6.5)
        p.text(18, 212, b.father.upper(), "LibMono", 8)
        p.text(110, 212, e.get("lcr", "LOCAL CIVIL REGISTRAR"), "LibMono", 8)
        p.text(110, 216, fr(e.get("reg_date", b.dob)), "LibMono", 8)
        # PSA certification
        p.rect(12, 226, 186, 44, stroke=(0.1, 0.2, 0.5), lw=0.6)
        p.para(
            16,
            232,
            178,
            "This is a certified true copy of the record of birth on file with the Philippine "
            "Statistics Authority. Issued upon the request of the registrant for "
            "Immigration / Residence abroad.",
            "Lib",
            8.5,
            justify=True,
        )
        p.text(16, 248, f"Date issued: {D(b.issued).strftime('%d %B %Y').upper()}", "Lib-B", 8.5)
        p.text(16, 253, f"SECPA No.: {e.get('secpa', 'G24018833')}", "Lib-B", 8.5)
        p.text(150, 262, e.get("psa_official", "ROSALINDA P. MAPALAD"), "Lib-B", 8.5, align="c")
        p.text(150, 266, "Civil Registrar General", "Lib", 7.5, align="c")
        p.signature(130, 244, 40, 13, r, "Mapalad", (0.05, 0.1, 0.4))
        kit.barcode(p, 16, 257, 60, 8, b.key)

    return [page], b.truth("PHL", "en", True, surname=b.surname.upper(), given=b.given.upper())


# ----------------------------------------------------------------- Ukraine
def birth_ukraine(b: Birth):
    """extra: surname_uk, given_uk, patronymic_uk, dob_words_uk, place_uk, father_uk, mother_uk,
    record_no, record_date_uk, office_uk, series."""
    e = b.extra
    r = rng("ukr", b.key)

    def page(p):
        _paper(p, (0.93, 0.96, 0.99))
        for i in range(0, 210, 6):
            p.line(i, 8, i + 30, 289, (0.84, 0.9, 0.97), 0.2)
        p.rect(14, 12, 182, 273, stroke=(0.35, 0.5, 0.75), lw=0.8)
        p.text(105, 26, "УКРАЇНА", "DejaVuSerif-B", 13, (0.1, 0.2, 0.5), "c")
        p.text(105, 40, "СВІДОЦТВО", "DejaVuSerif-B", 22, (0.1, 0.2, 0.5), "c")
        p.text(105, 48, "ПРО НАРОДЖЕННЯ", "DejaVuSerif-B", 13, (0.1, 0.2, 0.5), "c")
        p.text(105, 54, "(повторно)", "DejaVuSerif-I", 9, (0.2, 0.2, 0.3), "c")
        rows = [
            ("Прізвище", e["surname_uk"]),
            ("Ім'я", e["given_uk"]),
            ("По батькові", e["patronymic_uk"]),
        ]
        y = 70
        for lab, val in rows:
            p.text(105, y, val, "DejaVuSerif-B", 13, align="c")
            p.line(40, y + 1.5, 170, y + 1.5, (0.3, 0.3, 0.4), 0.3)
            p.text(105, y + 5, lab, "DejaVuSerif-I", 7, (0.3, 0.3, 0.4), "c")
            y += 13
        p.text(24, y + 2, "народився(лася)", "DejaVuSerif", 9.5)
        p.text(60, y + 2, D(b.dob).strftime("%d.%m.%Y"), "DejaVuSerif-B", 11)
        p.para(24, y + 9, 162, e["dob_words_uk"], "DejaVuSerif", 9.5)
        p.text(
            105,
            y + 13.5,
            "(число, місяць, рік (цифрами і словами))",
            "DejaVuSerif-I",
            6.5,
            (0.3, 0.3, 0.4),
            "c",
        )
        y += 24
        p.text(24, y, "Місце народження", "DejaVuSerif", 9.5)
        p.para(62, y, 124, e["place_uk"], "DejaVuSerif-B", 10)
        y += 14
        p.para(
            24,
            y,
            162,
            f"про що {e['record_date_uk']} складено відповідний актовий запис № {e['record_no']}",
            "DejaVuSerif",
            9.5,
        )
        y += 14
        p.text(24, y, "Батьки:", "DejaVuSerif-B", 9.5)
        p.text(40, y + 7, "батько", "DejaVuSerif", 9)
        p.text(60, y + 7, e["father_uk"], "DejaVuSerif-B", 10)
        p.text(60, y + 11.5, "громадянство: Україна", "DejaVuSerif-I", 8)
        p.text(40, y + 20, "мати", "DejaVuSerif", 9)
        p.text(60, y + 20, e["mother_uk"], "DejaVuSerif-B", 10)
        p.text(60, y + 24.5, "громадянство: Україна", "DejaVuSerif-I", 8)
        y += 36
        p.text(24, y, "Місце державної реєстрації", "DejaVuSerif", 9.5)
        p.para(24, y + 6, 162, e["office_uk"], "DejaVuSerif-B", 9.5)
        y += 22
        p.text(24, y, "Дата видачі", "DejaVuSerif", 9.5)
        p.text(60, y, D(b.issued).strftime("%d.%m.%Y"), "DejaVuSerif-B", 10.5)
        p.text(120, y + 14, "Керівник", "DejaVuSerif", 9.5)
        p.signature(140, y + 4, 36, 12, r, "Kovalenko", INK_BLUE)
        p.stamp(
            70,
            y + 18,
            15,
            "ВІДДІЛ ДЕРЖАВНОЇ РЕЄСТРАЦІЇ АКТІВ ЦИВІЛЬНОГО СТАНУ * ",
            ["УКРАЇНА"],
            STAMP_BLUE,
            angle=r.uniform(-20, 20),
            font="DejaVu-B",
        )
        p.text(150, 272, f"Серія {e['series']}", "DejaVuSerif-B", 11, (0.6, 0.1, 0.1), "r")
        p.text(176, 272, "№ " + b.reg_no, "DejaVuSerif-B", 11, (0.6, 0.1, 0.1), "c")

    return [page], b.truth(
        "UKR", "uk", True, surname=e["surname_uk"], given=e["given_uk"], place=e["place_uk"]
    )


# ----------------------------------------------------------------- Turkey (CIEC multilingual Formül A)
def birth_turkey(b: Birth):
    e = b.extra
    r = rng("tur", b.key)

    def page(p):
        _paper(p, (0.985, 0.98, 0.97))
        p.text(14, 16, "T.C.", "Lib-B", 11, (0.6, 0.05, 0.05))
        p.text(14, 21, "İÇİŞLERİ BAKANLIĞI", "Lib-B", 8)
        p.text(14, 25, "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü", "Lib", 7.5)
        p.text(196, 16, "FORMÜL A", "Lib-B", 12, align="r")
        p.text(105, 36, "DOĞUM KAYIT ÖRNEĞİ", "Lib-B", 13, align="c")
        p.text(
            105,
            41,
            "Extrait d'acte de naissance - Extract from a birth entry - Auszug aus dem Geburtseintrag",
            "Lib-I",
            7.5,
            align="c",
        )
        p.text(
            105,
            45,
            "(Convention CIEC n° 16 signée à Vienne le 8 septembre 1976)",
            "Lib",
            6.5,
            (0.3, 0.3, 0.3),
            "c",
        )
        rows = [
            ("1", "Devlet", "État / State", "TÜRKİYE CUMHURİYETİ"),
            (
                "2",
                "Nüfus Müdürlüğü",
                "Service de l'état civil / Civil registry office",
                e.get("office", ""),
            ),
            (
                "3",
                "Doğum tarihi",
                "Date de naissance / Date of birth",
                D(b.dob).strftime("%d.%m.%Y"),
            ),
            ("4", "Doğum yeri", "Lieu de naissance / Place of birth", b.place.upper()),
            ("5", "Cinsiyeti", "Sexe / Sex", "K / F" if b.sex == "F" else "E / M"),
            ("6", "Soyadı", "Nom / Surname", b.surname.upper()),
            ("7", "Adı", "Prénoms / Forenames", b.given.upper()),
            ("8", "Babasının adı ve soyadı", "Père - Nom, prénoms / Father", b.father.upper()),
            ("9", "Annesinin adı ve soyadı", "Mère - Nom, prénoms / Mother", b.mother.upper()),
            (
                "10",
                "Kayıtlı olduğu yer",
                "Registre / Register (Cilt - Hane - Sıra)",
                e.get("register", ""),
            ),
        ]
        y = 56
        for num, tr, frl, val in rows:
            p.rect(14, y, 182, 14, stroke=(0.4, 0.4, 0.4), lw=0.3)
            p.rect(14, y, 9, 14, stroke=(0.4, 0.4, 0.4), fill=(0.93, 0.93, 0.93), lw=0.3)
            p.text(18.5, y + 8.5, num, "Lib-B", 9, align="c")
            p.text(26, y + 4.5, tr, "Lib-B", 8)
            p.text(26, y + 8.5, frl, "Lib-I", 6.8, (0.3, 0.3, 0.3))
            p.text(100, y + 9, val, "LibMono-B", 10.5)
            y += 14
        y += 8
        p.text(14, y, "Düzenlenme tarihi / Date de délivrance / Date of issue :", "Lib", 8.5)
        p.text(100, y, D(b.issued).strftime("%d.%m.%Y"), "LibMono-B", 10)
        p.text(14, y + 8, "Düzenleyen / Signature :", "Lib", 8.5)
        p.signature(60, y + 4, 36, 12, r, "Yilmaz", INK_BLUE)
        p.text(60, y + 22, b.officer.upper(), "Lib", 8.5)
        p.text(60, y + 26, "Nüfus Müdürü", "Lib", 8)
        p.stamp(
            150,
            y + 18,
            16,
            "T.C. " + e.get("office", "İZMİR").upper() + " NÜFUS MÜDÜRLÜĞÜ * ",
            ["★"],
            STAMP_VIOLET,
            angle=r.uniform(-20, 20),
        )
        p.para(
            14,
            250,
            182,
            "Semboller / Symboles / Symbols: E = Erkek / masculin / male; K = Kadın / "
            "féminin / female. Bu belge 1976 Viyana Sözleşmesi uyarınca tasdike tabi değildir - Cet extrait "
            "est dispensé de légalisation (art. 8 de la Convention).",
            "Lib",
            7,
            (0.3, 0.3, 0.3),
        )
        kit.datamatrix(p, 172, 262, 18, b.key)
        p.text(14, 275, f"Belge No: {b.reg_no}", "LibMono", 8)

    return [page], b.truth(
        "TUR", "tr", True, surname=b.surname.upper(), given=b.given.upper(), place=b.place.upper()
    )


# ----------------------------------------------------------------- Mexico
def birth_mexico(b: Birth):
    e = b.extra
    r = rng("mex", b.key)
    green = (0.05, 0.35, 0.25)

    def page(p):
        _paper(p, (0.985, 0.985, 0.975))
        p.rect(10, 10, 190, 20, stroke=None, fill=(0.93, 0.96, 0.94))
        p.circle(22, 20, 7, stroke=green, lw=0.8)
        p.text(22, 22, "MX", "Lib-B", 9, green, "c")
        p.text(110, 17, "ESTADOS UNIDOS MEXICANOS", "Lib-B", 12, green, "c")
        p.text(110, 22.5, "REGISTRO NACIONAL DE POBLACIÓN", "Lib", 8.5, green, "c")
        p.text(110, 28, "ACTA DE NACIMIENTO", "Lib-B", 14, (0.1, 0.1, 0.1), "c")
        p.text(14, 38, "Identificador Electrónico", "Lib", 7)
        p.text(14, 42.5, e.get("ident", ""), "LibMono-B", 10)
        p.text(100, 38, "CURP", "Lib", 7)
        p.text(100, 42.5, e.get("curp", ""), "LibMono-B", 10)
        y = 50
        reg = [
            ("Entidad de Registro", e.get("entidad", "JALISCO")),
            ("Municipio de Registro", e.get("municipio", "GUADALAJARA")),
            ("Oficialía", e.get("oficialia", "0002")),
            ("Fecha de Registro", fr(e.get("reg_date", b.dob))),
            ("Libro", e.get("libro", "0012")),
            ("Número de Acta", b.reg_no),
        ]
        p.rect(10, y, 190, 16, stroke=green, lw=0.4)
        for i, (lab, val) in enumerate(reg):
            x = 13 + i * 31.5
            p.text(x, y + 5, lab, "Lib", 6.5, (0.3, 0.3, 0.3))
            p.text(x, y + 11.5, val, "Lib-B", 8.5)
        y += 22
        p.rect(10, y, 190, 7, stroke=None, fill=green)
        p.text(105, y + 5, "DATOS DE LA PERSONA REGISTRADA", "Lib-B", 9, (1, 1, 1), "c")
        y += 13
        names = [
            ("Nombre(s)", b.given.upper()),
            ("Primer Apellido", e.get("ap1", "")),
            ("Segundo Apellido", e.get("ap2", "")),
        ]
        for i, (lab, val) in enumerate(names):
            p.text(14 + i * 63, y, lab, "Lib", 7, (0.3, 0.3, 0.3))
            p.text(14 + i * 63, y + 5.5, val, "Lib-B", 11)
        y += 14
        items = [
            ("Sexo", "MUJER" if b.sex == "F" else "HOMBRE"),
            ("Fecha de Nacimiento", fr(b.dob)),
            ("Lugar de Nacimiento", b.place.upper()),
        ]
        xs = [14, 50, 100]
        for (lab, val), x in zip(items, xs):
            p.text(x, y, lab, "Lib", 7, (0.3, 0.3, 0.3))
            p.text(x, y + 5.5, val, "Lib-B", 10.5)
        y += 16
        p.rect(10, y, 190, 7, stroke=None, fill=green)
        p.text(
            105, y + 5, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA", "Lib-B", 9, (1, 1, 1), "c"
        )
        y += 13
        for lab, nm, nat in (("Padre", b.father, "MEXICANA"), ("Madre", b.mother, "MEXICANA")):
            p.text(14, y, lab, "Lib-B", 8.5)
            p.text(14, y + 5.5, "Nombre:", "Lib", 7, (0.3, 0.3, 0.3))
            p.text(30, y + 5.5, nm.upper(), "Lib-B", 10)
            p.text(130, y + 5.5, "Nacionalidad:", "Lib", 7, (0.3, 0.3, 0.3))
            p.text(150, y + 5.5, nat, "Lib-B", 9)
            y += 15
        y += 4
        p.rect(10, y, 190, 36, stroke=(0.6, 0.6, 0.6), lw=0.3)
        p.text(14, y + 6, "Anotaciones Marginales:", "Lib-B", 8)
        p.text(14, y + 12, "SIN ANOTACIONES MARGINALES", "Lib", 8.5)
        y += 44
        p.para(
            14,
            y,
            130,
            "El presente documento es una copia certificada del acta de nacimiento que obra en "
            "los archivos del Registro Civil, expedida con fundamento en la legislación aplicable. "
            "La firma electrónica avanzada contenida en el presente documento tiene la misma validez que la "
            "firma autógrafa.",
            "Lib",
            7.5,
            justify=True,
        )
        p.text(14, y + 22, "Firma electrónica:", "Lib-B", 7)
        p.para(
            14,
            y + 26,
            130,
            e.get(
                "sig_hash",
                "ab34f09c1e22d9a8b0c771f5e9d24a1b08c3de55f7a9b21c0d4e8f62a13b79c5"
                "d0e4f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7",
            ),
            "LibMono",
            6.5,
        )
        kit.datamatrix(p, 160, y - 2, 30, b.key)
        p.text(
            105,
            270,
            f"Fecha de expedición: {fr(b.issued)}    Lugar: {e.get('municipio', 'GUADALAJARA')}, "
            f"{e.get('entidad', 'JALISCO')}",
            "Lib",
            8,
            align="c",
        )
        p.text(
            105,
            276,
            e.get("director", "LIC. MARÍA GUADALUPE ORTIZ RENTERÍA")
            + " - Director(a) del Registro Civil",
            "Lib",
            7.5,
            align="c",
        )

    return [page], b.truth(
        "MEX",
        "es",
        False,
        surname=(e.get("ap1", "") + " " + e.get("ap2", "")).strip(),
        given=b.given.upper(),
        place=b.place.upper(),
    )


# ----------------------------------------------------------------- Brazil (Portuguese)
def birth_brazil(b: Birth):
    e = b.extra
    r = rng("bra", b.key)

    def page(p):
        _paper(p, (0.985, 0.99, 0.98), border=(0.1, 0.45, 0.25))
        p.text(105, 22, "REPÚBLICA FEDERATIVA DO BRASIL", "LibSerif-B", 12, align="c")
        p.text(105, 28, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "LibSerif", 9.5, align="c")
        p.text(105, 38, "CERTIDÃO DE NASCIMENTO", "LibSerif-B", 16, align="c")
        y = 48
        p.text(16, y, "NOME", "Lib", 7)
        p.text(16, y + 6, (b.given + " " + b.surname).upper(), "Lib-B", 12)
        p.text(150, y, "CPF", "Lib", 7)
        p.text(150, y + 6, e.get("cpf", ""), "Lib-B", 10)
        p.line(14, y + 9, 196, y + 9, lw=0.3)
        y += 15
        p.text(16, y, "MATRÍCULA", "Lib", 7)
        p.text(16, y + 6, e.get("matricula", ""), "LibMono-B", 10.5)
        p.line(14, y + 9, 196, y + 9, lw=0.3)
        y += 15
        d = D(b.dob)
        p.text(16, y, "DATA DE NASCIMENTO POR EXTENSO", "Lib", 7)
        p.text(16, y + 6, e.get("dob_words", "").upper(), "Lib-B", 10)
        p.text(140, y, "DIA", "Lib", 7)
        p.text(155, y, "MÊS", "Lib", 7)
        p.text(172, y, "ANO", "Lib", 7)
        p.text(140, y + 6, f"{d.day:02d}", "Lib-B", 10)
        p.text(155, y + 6, f"{d.month:02d}", "Lib-B", 10)
        p.text(172, y + 6, str(d.year), "Lib-B", 10)
        p.line(14, y + 9, 196, y + 9, lw=0.3)
        y += 15
        for lab, val in (
            ("HORA", e.get("hour", "14:20")),
            ("NATURALIDADE", e.get("natural", "")),
            ("LOCAL DE NASCIMENTO", b.place.upper()),
            ("MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", e.get("mun_reg", "")),
            ("SEXO", "FEMININO" if b.sex == "F" else "MASCULINO"),
            ("FILIAÇÃO", b.father.upper() + "  e  " + b.mother.upper()),
            ("AVÓS", e.get("avos", "")),
            ("GÊMEO", "NÃO"),
            ("DATA DO REGISTRO POR EXTENSO", e.get("reg_words", "")),
            ("OBSERVAÇÕES / AVERBAÇÕES", "NADA CONSTA"),
        ):
            p.text(16, y, lab, "Lib", 7)
            p.para(16, y + 6, 178, val, "Lib-B", 9.5)
            p.line(
                14,
                y + 9 + (4 if len(val) > 90 else 0),
                196,
                y + 9 + (4 if len(val) > 90 else 0),
                lw=0.3,
            )
            y += 15 + (4 if len(val) > 90 else 0)
        p.para(16, y + 4, 178, "O conteúdo da certidão é verdadeiro. Dou fé.", "LibSerif-I", 10)
        p.text(
            16,
            y + 14,
            f"{e.get('cartorio_city', 'Belo Horizonte')}, {D(b.issued).day} de "
            f"{MONTHS_PT[D(b.issued).month - 1]} de {D(b.issued).year}.",
            "LibSerif",
            10,
        )
        p.signature(120, y + 14, 44, 13, r, "Souza", INK_BLUE)
        p.text(
            145, y + 33, e.get("oficial", "Oficial de Registro Civil"), "LibSerif", 8.5, align="c"
        )
        p.stamp(
            60,
            y + 34,
            14,
            "CARTÓRIO DE REGISTRO CIVIL * "
            + e.get("cartorio_city", "BELO HORIZONTE").upper()
            + " * ",
            ["MG"],
            STAMP_BLUE,
            angle=r.uniform(-20, 20),
        )

    return [page], b.truth(
        "BRA", "pt", False, surname=b.surname.upper(), given=b.given.upper(), place=b.place.upper()
    )


# ----------------------------------------------------------------- Algeria (Arabic / French)
def birth_algeria(b: Birth):
    e = b.extra
    r = rng("dza", b.key)

    def page(p):
        _paper(p, (0.98, 0.985, 0.975))
        arabic(p, 196, 18, "الجمهورية الجزائرية الديمقراطية الشعبية", 13)
        p.text(14, 18, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "Lib-B", 9)
        p.text(14, 27, "Wilaya de " + e.get("wilaya", "Oran"), "Lib", 9)
        arabic(p, 196, 27, "ولاية " + e.get("wilaya_ar", "وهران"), 11)
        p.text(14, 32, "Commune de " + e.get("commune", "Oran"), "Lib", 9)
        arabic(p, 196, 32, "بلدية " + e.get("commune_ar", "وهران"), 11)
        p.text(105, 46, "EXTRAIT D'ACTE DE NAISSANCE", "Lib-B", 13, align="c")
        arabic(p, 130, 55, "مستخرج من عقد الميلاد", 14)
        p.text(105, 62, f"N° {b.reg_no}    Année {D(b.dob).year}", "Lib", 9.5, align="c")
        rows = [
            ("Le", fr(b.dob) + " à " + e.get("hour", "10h15"), "في"),
            ("est né(e) à", b.place, "ولد(ت) ب"),
            ("Nom", b.surname.upper(), "اللقب"),
            ("Prénom(s)", b.given, "الاسم"),
            ("Sexe", "Féminin" if b.sex == "F" else "Masculin", "الجنس"),
            ("Fils / Fille de", b.father, "ابن / ابنة"),
            ("et de", b.mother, "و"),
            ("Mentions marginales", "Néant", "البيانات الهامشية"),
        ]
        y = 78
        for lab, val, ar in rows:
            p.text(16, y, lab, "Lib", 9.5)
            p.text(60, y, val, "Lib-B", 10.5)
            arabic(p, 196, y, ar, 11)
            if e.get("ar_values", {}).get(lab):
                arabic(p, 170, y, e["ar_values"][lab], 11)
            p.line(14, y + 3, 196, y + 3, (0.7, 0.7, 0.7), 0.2)
            y += 12
        p.text(16, y + 10, f"Délivré à {e.get('commune', 'Oran')}, le {fr(b.issued)}", "Lib", 9.5)
        arabic(p, 196, y + 10, "حرر ب" + e.get("commune_ar", "وهران") + " في " + fr(b.issued), 11)
        p.text(150, y + 20, "L'Officier de l'état civil", "Lib-B", 9, align="c")
        arabic(p, 170, y + 26, "ضابط الحالة المدنية", 11)
        p.signature(132, y + 30, 40, 13, r, "Benali", INK_BLUE)
        p.stamp(
            70,
            y + 36,
            15,
            "BALADIYAT " + e.get("commune", "ORAN").upper() + " * ÉTAT CIVIL * ",
            ["DZ"],
            STAMP_VIOLET,
            angle=r.uniform(-20, 20),
        )
        p.text(
            14,
            282,
            "Formulaire n° 12 (S) - Extrait valable pour les démarches administratives",
            "Lib-I",
            7,
            (0.3, 0.3, 0.3),
        )

    return [page], b.truth("DZA", "ar/fr", False)


# ----------------------------------------------------------------- Italy (CIEC multilingual extract)
def birth_italy(b: Birth):
    e = b.extra
    r = rng("ita", b.key)

    def page(p):
        _paper(p, (0.99, 0.99, 0.985))
        p.text(105, 18, "REPUBBLICA ITALIANA", "LibSerif-B", 12, align="c")
        p.text(
            105, 24, "COMUNE DI " + e.get("comune", "BOLOGNA").upper(), "LibSerif-B", 10, align="c"
        )
        p.text(105, 29, "Ufficio dello Stato Civile", "LibSerif-I", 9, align="c")
        p.text(105, 39, "ESTRATTO PLURILINGUE DI ATTO DI NASCITA", "Lib-B", 11.5, align="c")
        p.text(
            105,
            44,
            "Extrait plurilingue d'acte de naissance - Multilingual extract from a birth certificate",
            "Lib-I",
            7.5,
            align="c",
        )
        p.text(
            105,
            48,
            "(Convenzione di Vienna dell'8 settembre 1976 / Convention CIEC n° 16)",
            "Lib",
            6.8,
            (0.3, 0.3, 0.3),
            "c",
        )
        rows = [
            ("1", "Stato / État / State", "ITALIA"),
            (
                "2",
                "Ufficio dello stato civile / Service de l'état civil",
                e.get("comune", "BOLOGNA").upper(),
            ),
            ("3", "Atto n. / Acte n° / Entry no.", b.reg_no),
            (
                "4",
                "Data di nascita / Date de naissance / Date of birth",
                D(b.dob).strftime("%d.%m.%Y"),
            ),
            ("5", "Luogo di nascita / Lieu de naissance / Place of birth", b.place.upper()),
            ("6", "Sesso / Sexe / Sex", b.sex),
            ("7", "Cognome / Nom / Surname", b.surname.upper()),
            ("8", "Nome / Prénoms / Forenames", b.given.upper()),
            ("9", "Padre - cognome, nome / Père / Father", b.father.upper()),
            ("10", "Madre - cognome, nome / Mère / Mother", b.mother.upper()),
        ]
        y = 58
        for n, lab, val in rows:
            p.rect(14, y, 182, 13, stroke=(0.5, 0.5, 0.5), lw=0.3)
            p.text(17, y + 8, n, "Lib-B", 9)
            p.text(26, y + 5, lab, "Lib", 7.5, (0.3, 0.3, 0.3))
            p.text(26, y + 10.5, val, "LibMono-B", 10.5)
            y += 13
        y += 10
        p.text(
            14,
            y,
            f"Data del rilascio / Date de délivrance / Date of issue: {D(b.issued).strftime('%d.%m.%Y')}",
            "Lib",
            9,
        )
        p.text(140, y + 12, "L'Ufficiale dello Stato Civile", "LibSerif-I", 9, align="c")
        p.signature(120, y + 15, 40, 12, r, "Bianchi", INK_BLUE)
        p.stamp(
            60,
            y + 22,
            14,
            "COMUNE DI " + e.get("comune", "BOLOGNA").upper() + " * STATO CIVILE * ",
            ["★"],
            STAMP_BLUE,
            angle=r.uniform(-20, 20),
        )
        p.para(
            14,
            262,
            182,
            "Simboli / Symboles / Symbols: M = maschile / masculin / male; F = femminile / "
            "féminin / female. Esente da legalizzazione (art. 8 Conv. Vienna 1976) e da traduzione.",
            "Lib",
            7,
            (0.3, 0.3, 0.3),
        )

    return [page], b.truth(
        "ITA", "it", False, surname=b.surname.upper(), given=b.given.upper(), place=b.place.upper()
    )


# ----------------------------------------------------------------- apostilles
@dataclass
class Apostille:
    country_printed: str  # item 1 value, as printed
    signer: str
    capacity: str
    seal_of: str
    at: str
    on: str
    by: str
    number: str
    officer: str
    lang: str = "fr_en"  # style of the labels
    style: str = "sheet"  # sheet | sticker | stamp
    header: list = field(default_factory=list)
    key: str = "ap"

    def truth(self):
        return {
            "country": self.country_printed,
            "issued_on": D(self.on).isoformat(),
            "number": self.number,
            "signed_by": self.officer,
        }


AP_LABELS = {
    "fr_en": [
        "Pays / Country :",
        "Le présent acte public / This public document",
        "a été signé par / has been signed by",
        "agissant en qualité de / acting in the capacity of",
        "est revêtu du sceau / timbre de / bears the seal / stamp of",
        "à / at",
        "le / the",
        "par / by",
        "sous n° / No",
        "Sceau / timbre : / Seal / stamp:",
        "Signature :",
        "Attesté / Certified",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello / timbre de",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello / timbre:",
        "Firma:",
        "Certificado",
    ],
    "uk": [
        "Країна / Country:",
        "Цей офіційний документ / This public document",
        "підписаний / has been signed by",
        "який виступає в якості / acting in the capacity of",
        "скріплений печаткою / bears the seal / stamp of",
        "в / at",
        "дата / the",
        "ким / by",
        "№ / No",
        "Печатка / Seal:",
        "Підпис / Signature:",
        "Засвідчено / Certified",
    ],
    "zh": [
        "国家 / Country:",
        "本公文书 / This public document",
        "签署人 / has been signed by",
        "签署人身份 / acting in the capacity of",
        "盖章单位 / bears the seal / stamp of",
        "签发地点 / at",
        "签发日期 / the",
        "签发机构 / by",
        "证书编号 / No",
        "印章 / Seal:",
        "签名 / Signature:",
        "证明 / Certified",
    ],
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp:",
        "Signature:",
        "Certified",
    ],
}


def apostille_draw(p, a: Apostille, x, y, w, font_scale=1.0, boxed=True):
    L = AP_LABELS[a.lang]
    f = "WQY" if a.lang == "zh" else ("DejaVu" if a.lang == "uk" else "Lib")
    fb = "WQY" if a.lang == "zh" else ("DejaVu-B" if a.lang == "uk" else "Lib-B")
    s = font_scale
    h = 134 * s
    if boxed:
        p.rect(x, y, w, h, stroke=(0.1, 0.1, 0.2), lw=0.8)
        p.rect(x + 1.2, y + 1.2, w - 2.4, h - 2.4, stroke=(0.1, 0.1, 0.2), lw=0.3)
    p.text(x + w / 2, y + 10 * s, "APOSTILLE", "Lib-B", 16 * s, align="c")
    p.text(
        x + w / 2,
        y + 16 * s,
        "(Convention de La Haye du 5 octobre 1961)",
        "Lib-I",
        8.5 * s,
        align="c",
    )
    xx = x + 6 * s
    yy = y + 26 * s
    lh = 8.2 * s

    def item(n, label, value, yy):
        p.text(xx, yy, f"{n}.", "Lib-B", 9 * s)
        p.text(xx + 6 * s, yy, label, f, 7.6 * s)
        lw_ = p.width(label, f, 7.6 * s)
        vx = xx + 6 * s + lw_ + 2
        if vx + p.width(value, fb if a.lang in ("zh", "uk") else "LibMono-B", 9 * s) > x + w - 4:
            yy += 4.2 * s
            vx = xx + 12 * s
        p.text(vx, yy, value, fb if a.lang in ("zh", "uk") else "LibMono-B", 9 * s)
        return yy

    yy = item(1, L[0], a.country_printed, yy) + lh
    p.text(xx + 6 * s, yy, L[1], f, 7.6 * s)
    yy += lh
    yy = item(2, L[2], a.signer, yy) + lh
    yy = item(3, L[3], a.capacity, yy) + lh
    yy = item(4, L[4], a.seal_of, yy) + lh
    p.text(x + w / 2, yy, L[11], fb, 9.5 * s, align="c")
    yy += lh
    item(5, L[5], a.at, yy)
    item(6, L[6], fr(a.on) if a.lang != "zh" else D(a.on).isoformat(), yy) if False else None
    p.text(x + w / 2 + 2, yy, "6.", "Lib-B", 9 * s)
    p.text(x + w / 2 + 8 * s, yy, L[6], f, 7.6 * s)
    p.text(
        x + w / 2 + 10 * s + p.width(L[6], f, 7.6 * s),
        yy,
        D(a.on).strftime("%d/%m/%Y") if a.lang != "es" else D(a.on).strftime("%d/%m/%Y"),
        "LibMono-B",
        9 * s,
    )
    yy += lh
    yy = item(7, L[7], a.by, yy) + lh
    yy = item(8, L[8], a.number, yy) + lh
    p.text(xx, yy + 2, "9.", "Lib-B", 9 * s)
    p.text(xx + 6 * s, yy + 2, L[9], f, 7.6 * s)
    p.text(x + w / 2 + 2, yy + 2, "10.", "Lib-B", 9 * s)
    p.text(x + w / 2 + 9 * s, yy + 2, L[10], f, 7.6 * s)
    r = rng("apsig", a.key)
    p.stamp(
        xx + 24 * s,
        yy + 18 * s,
        11 * s,
        a.seal_of.upper()[:38] + " * ",
        ["★"],
        STAMP_BLUE,
        angle=r.uniform(-30, 30),
    )
    p.signature(x + w / 2 + 8 * s, yy + 6 * s, 38 * s, 12 * s, r, a.officer, INK_BLUE)
    p.text(x + w / 2 + 26 * s, yy + 24 * s, a.officer, "Lib", 7.5 * s, align="c")
    return h


def apostille_pages(a: Apostille):
    def page(p):
        _paper(p, (0.99, 0.99, 0.985))
        y = 20
        for i, h in enumerate(a.header):
            fnt = (
                "WQY"
                if any(ord(c) > 0x2E80 for c in h)
                else ("DejaVu-B" if any(0x400 <= ord(c) < 0x500 for c in h) else "Lib-B")
            )
            p.text(105, y, h, fnt, 11 if i == 0 else 9, align="c")
            y += 6
        if a.style == "sheet":
            apostille_draw(p, a, 25, y + 12, 160, 1.0)
            kit.datamatrix(p, 160, 250, 24, a.key)
            p.para(
                25,
                258,
                120,
                "L'authenticité de cette apostille peut être vérifiée dans le registre "
                "électronique de l'autorité compétente au moyen du numéro et de la date ci-dessus. / "
                "This Apostille can be verified in the e-Register of the Competent Authority.",
                "Lib",
                6.8,
                color=(0.3, 0.3, 0.3),
            )
        else:
            apostille_draw(p, a, 40, y + 30, 130, 0.82)

    return [page]


def apostille_on(page_fn, a: Apostille, x=110, y=200, w=88, scale=0.62, angle=0):
    """Return a page function that draws page_fn and then an apostille sticker/stamp on it."""

    def page(p):
        page_fn(p)
        p.c.saveState()
        if angle:
            p.c.translate(p.X(x + w / 2), p.Y(y))
            p.c.rotate(angle)
            p.c.translate(-p.X(x + w / 2), -p.Y(y))
        p.rect(x, y, w, 134 * scale, stroke=None, fill=(0.96, 0.97, 1.0))
        apostille_draw(p, a, x, y, w, scale)
        p.c.restoreState()

    return page


def back_with_apostille(a: Apostille, tint=(0.985, 0.98, 0.97)):
    """The verso of a certificate carrying the apostille (sticker or stamp)."""

    def page(p):
        _paper(p, tint)
        apostille_draw(p, a, 45, 40, 120, 0.85)

    return page


# ----------------------------------------------------------------- sworn translation
def translation_pages(
    title_from, translator, court, rep_no, date, body_rows, key, lang_from="ukrainien", city="Lyon"
):
    r = rng("tr", key)

    def page(p):
        p.text(14, 18, translator, "LibSerif-B", 12)
        p.text(
            14,
            23.5,
            f"Traductrice-interprète assermentée - {lang_from.capitalize()} / Français",
            "LibSerif-I",
            9,
        )
        p.text(14, 28, f"Expert près la {court}", "LibSerif-I", 9)
        p.text(14, 32.5, "12, quai Saint-Antoine - 69002 Lyon - tél. 04 78 42 61 19", "LibSerif", 8)
        p.line(14, 36, 196, 36, lw=0.5)
        p.text(
            105,
            48,
            f"TRADUCTION DE L'{lang_from.upper()}"
            if lang_from[0] in "aeiouy"
            else f"TRADUCTION DU {lang_from.upper()}",
            "LibSerif-B",
            12,
            align="c",
        )
        p.text(105, 56, title_from, "LibSerif-B", 13, align="c")
        y = 70
        for lab, val in body_rows:
            if lab.startswith("["):
                p.text(20, y, lab, "LibSerif-I", 9, (0.3, 0.3, 0.3))
                y += 7
                continue
            p.text(20, y, lab, "LibSerif", 10)
            y2 = p.para(80, y, 110, val, "LibSerif-B", 10)
            y = max(y + 7.5, y2 + 1.5)
        y += 10
        p.rect(14, y, 182, 48, stroke=(0.3, 0.3, 0.3), lw=0.4)
        p.para(
            18,
            y + 7,
            174,
            f"Je soussignée, {translator}, traductrice-interprète assermentée près la "
            f"{court}, certifie que la présente traduction est conforme à l'original rédigé en langue "
            f"{lang_from}, qui m'a été présenté et que j'ai visé ne varietur.",
            "LibSerif",
            9.5,
            justify=True,
        )
        p.text(
            18, y + 26, f"Traduction certifiée conforme - Répertoire n° {rep_no}", "LibSerif-B", 9.5
        )
        p.text(18, y + 33, f"Fait à {city}, le {fr_long(date)}", "LibSerif", 9.5)
        p.stamp(
            150,
            y + 30,
            15,
            translator.upper() + " * TRADUCTRICE JURÉE * ",
            ["EXPERT", "C.A. LYON"],
            STAMP_BLUE,
            angle=r.uniform(-15, 15),
        )
        p.signature(110, y + 28, 30, 11, r, translator, INK_BLUE)
        p.text(105, 288, "Page 1/1", "LibSerif", 8, align="c")

    return [page]
