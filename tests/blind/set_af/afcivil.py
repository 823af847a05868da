"""Birth certificates (USA/Ohio, China notarial, Türkiye Formül A, Morocco) and apostilles."""

from __future__ import annotations

import random

from afcommon import Page, fr_words
from afids import guilloche
from PIL import Image

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def en_long(iso: str) -> str:
    return f"{EN_MONTHS[int(iso[5:7]) - 1]} {int(iso[8:10])}, {iso[:4]}"


def ohio_birth(rng: random.Random, b: dict) -> Image.Image:
    """Ohio Department of Health certification of birth, on green security paper."""
    pg = Page(216, 279, dpi=200, bg=(232, 242, 232))
    guilloche(pg, rng, (208, 228, 210), n=90)
    pg.rect(8, 8, 200, 263, outline=(40, 90, 60), width=1.2)
    pg.rect(10, 10, 196, 259, outline=(40, 90, 60), width=0.3)
    pg.text(108, 18, "STATE OF OHIO", "times_b", 7, (20, 60, 40), anchor="mt")
    pg.text(108, 28, "DEPARTMENT OF HEALTH", "times_b", 5, (20, 60, 40), anchor="mt")
    pg.text(108, 35, "OFFICE OF VITAL STATISTICS", "times", 4, (20, 60, 40), anchor="mt")
    pg.text(108, 46, "CERTIFICATION OF BIRTH", "times_b", 6.5, (0, 0, 0), anchor="mt")
    pg.text(22, 62, f"STATE FILE NUMBER  {b['file_no']}", "courier", 3.6)
    rows = [
        ("NAME", f"{b['given'].upper()} {b['surname'].upper()}"),
        ("DATE OF BIRTH", en_long(b["dob"]).upper()),
        ("SEX", "FEMALE" if b["sex"] == "F" else "MALE"),
        ("PLACE OF BIRTH", b["city"].upper()),
        ("COUNTY OF BIRTH", b["county"].upper()),
        ("MOTHER/PARENT", b["mother"].upper()),
        ("FATHER/PARENT", b["father"].upper()),
        ("DATE FILED", en_long(b["filed"]).upper()),
    ]
    y = 76
    for k, v in rows:
        pg.text(22, y, k, "arial_b", 3.0, (30, 70, 50))
        pg.text(80, y - 0.6, v, "courier", 4.2)
        pg.line(80, y + 4.2, 196, y + 4.2, (120, 150, 130), 0.2)
        y += 12
    pg.para(
        22,
        182,
        "This is a true certification of the name and birth facts as recorded in the Office of "
        "Vital Statistics, Ohio Department of Health. This document was issued under the "
        "authority of Section 3705.23 of the Ohio Revised Code.",
        172,
        "times",
        3.6,
    )
    pg.text(22, 214, f"DATE ISSUED  {en_long(b['issued']).upper()}", "courier", 3.6)
    pg.signature(rng, 120, 222, 50, 9, fill=(20, 20, 20))
    pg.line(118, 236, 196, 236, width=0.25)
    pg.text(157, 238, f"{b['registrar']}, State Registrar", "times", 3.3, anchor="mt")
    pg.stamp(
        rng, 50, 232, 16, ["OHIO", "DEPT. OF", "HEALTH"], (120, 120, 120), "STATE OF OHIO SEAL"
    )
    pg.text(
        108,
        262,
        "THIS COPY NOT VALID UNLESS PRINTED ON GREEN SECURITY PAPER",
        "arial",
        2.4,
        (40, 90, 60),
        anchor="mt",
    )
    return pg.img


def cn_notarial(rng: random.Random, b: dict) -> tuple[Image.Image, Image.Image]:
    """Chinese birth notarial certificate with the notary's English translation sheet."""
    out = []
    for lang in ("zh", "en"):
        pg = Page(210, 297, dpi=200)
        pg.rect(14, 14, 182, 269, outline=(170, 40, 40), width=0.8)
        if lang == "zh":
            pg.text(105, 36, "公  证  书", "cjk", 12, anchor="mt")
            pg.text(185, 62, f"（{b['year']}）{b['ref_zh']}", "cjk", 4.2, anchor="ra")
            pg.text(28, 80, f"申请人：{b['cn_name']}，女，{b['dob_zh']}出生，", "cjk", 4.6)
            pg.text(28, 90, f"公民身份号码：{b['id_no']}。", "cjk", 4.6)
            pg.text(28, 104, "公证事项：出生", "cjk", 4.6)
            y = pg.para(
                36,
                124,
                f"兹证明{b['cn_name']}于{b['dob_zh']}在{b['pob_zh']}出生。"
                f"{b['cn_name']}的父亲是{b['father_zh']}，母亲是{b['mother_zh']}。",
                148,
                "cjk",
                4.8,
                1.7,
            )
            pg.text(110, y + 40, f"中华人民共和国{b['office_zh']}", "cjk", 4.6)
            pg.text(130, y + 52, f"公证员  {b['notary_zh']}", "cjk", 4.6)
            pg.text(130, y + 64, b["issued_zh"], "cjk", 4.6)
            pg.stamp(rng, 150, y + 50, 19, ["公证处", "★"], (200, 30, 40), b["office_zh"])
        else:
            pg.text(105, 32, "NOTARIAL CERTIFICATE", "times_b", 7, anchor="mt")
            pg.text(185, 52, f"({b['year']}) {b['ref_en']}", "times", 4, anchor="ra")
            pg.text(
                28,
                70,
                f"Applicant: {b['surname'].upper()} {b['given']}, female, born on {en_long(b['dob'])}",
                "times",
                4.2,
            )
            pg.text(28, 79, f"ID Card No.: {b['id_no']}", "times", 4.2)
            pg.text(28, 92, "Subject: Birth", "times", 4.2)
            y = pg.para(
                36,
                108,
                f"This is to certify that {b['surname'].upper()} {b['given']} was born in "
                f"{b['pob_en']} on {en_long(b['dob'])}. The father of "
                f"{b['surname'].upper()} {b['given']} is {b['father_en']} and the mother is "
                f"{b['mother_en']}.",
                148,
                "times",
                4.4,
                1.6,
            )
            pg.text(95, y + 30, f"{b['office_en']},", "times", 4.2)
            pg.text(95, y + 38, "People's Republic of China", "times", 4.2)
            pg.text(95, y + 50, f"Notary Public: {b['notary_en']}", "times", 4.2)
            pg.text(95, y + 58, en_long(b["issued"]), "times", 4.2)
            pg.para(
                28,
                250,
                "This is to certify that the English translation is in conformity with the Chinese original.",
                150,
                "serif_i",
                3.6,
            )
        out.append(pg.img)
    return out[0], out[1]


def tr_formul_a(rng: random.Random, b: dict) -> Image.Image:
    """Türkiye multilingual extract of a birth record (Formül A, CIEC convention of 1976)."""
    pg = Page(210, 297, dpi=200, bg=(250, 250, 246))
    pg.text(105, 14, "TÜRKİYE CUMHURİYETİ", "arial_b", 4.4, anchor="mt")
    pg.text(
        105,
        21,
        "İÇİŞLERİ BAKANLIĞI NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
        "arial",
        3,
        anchor="mt",
    )
    pg.text(14, 32, "Devlet / État / State : TÜRKİYE", "arial", 3.2)
    pg.text(14, 38, f"Nüfus Müdürlüğü / Service de l'état civil : {b['office']}", "arial", 3.2)
    pg.text(150, 32, "Formül A", "arial_b", 4)
    pg.text(105, 50, "DOĞUM KAYIT ÖRNEĞİ", "arial_b", 5, anchor="mt")
    pg.text(
        105,
        57,
        "EXTRAIT DE L'ACTE DE NAISSANCE / EXTRACT FROM THE REGISTER OF BIRTHS",
        "arial",
        3,
        anchor="mt",
    )
    rows = [
        (
            "1",
            "Doğum tarihi / Date de naissance / Date of birth",
            b["dob"].replace("-", ".")[8:] + "." + b["dob"][5:7] + "." + b["dob"][:4],
        ),
        ("2", "Doğum yeri / Lieu de naissance / Place of birth", b["pob"]),
        ("3", "Cinsiyeti / Sexe / Sex", b["sex"]),
        ("4", "Soyadı / Nom / Surname", b["surname"].upper()),
        ("5", "Adı / Prénoms / Forenames", b["given"].upper()),
        ("6", "Babasının Soyadı ve Adı / Nom et prénoms du père", b["father"]),
        ("7", "Annesinin Soyadı ve Adı / Nom et prénoms de la mère", b["mother"]),
        ("8", "T.C. Kimlik No / N° d'identité", b["tc"]),
    ]
    y = 70
    for n, k, v in rows:
        pg.rect(14, y, 182, 14, outline=(60, 60, 60), width=0.25)
        pg.text(16, y + 2, n, "arial_b", 3)
        pg.text(23, y + 2, k, "arial", 2.6, (60, 60, 60))
        pg.text(23, y + 7.5, v, "mono", 3.8)
        y += 14
    pg.text(
        14,
        y + 10,
        f"Düzenlenme tarihi / Date de délivrance : {b['issued'][8:]}.{b['issued'][5:7]}.{b['issued'][:4]}",
        "arial",
        3.2,
    )
    pg.text(14, y + 18, "Nüfus Müdürü / L'officier de l'état civil", "arial", 3.2)
    pg.signature(rng, 30, y + 30, 40, 8, fill=(20, 20, 60))
    pg.stamp(
        rng,
        150,
        y + 28,
        17,
        ["T.C.", b["office"].split()[0].upper(), "NÜFUS MÜD."],
        (40, 50, 150),
        "TÜRKİYE CUMHURİYETİ",
    )
    pg.text(
        105,
        285,
        "Codes: F = Kadın / Féminin / Female   M = Erkek / Masculin / Male",
        "arial",
        2.6,
        (90, 90, 90),
        anchor="mt",
    )
    return pg.img


def ma_copie(rng: random.Random, b: dict) -> Image.Image:
    """Morocco: copie intégrale d'acte de naissance (French version with Arabic header)."""
    pg = Page(210, 297, dpi=200, bg=(252, 251, 246))
    pg.text(196, 12, "المملكة المغربية", "arabic_b", 5, anchor="ra", direction="rtl")
    pg.text(196, 20, "وزارة الداخلية", "arabic", 4.2, anchor="ra", direction="rtl")
    pg.text(14, 12, "ROYAUME DU MAROC", "times_b", 4.2)
    pg.text(14, 19, "MINISTÈRE DE L'INTÉRIEUR", "times", 3.6)
    pg.text(14, 25, f"Préfecture : {b['prefecture']}", "times", 3.6)
    pg.text(14, 31, f"Commune : {b['commune']}", "times", 3.6)
    pg.text(14, 37, "Bureau de l'état civil", "times", 3.6)
    pg.text(150, 31, f"Acte n° : {b['acte']}", "times", 3.6)
    pg.text(150, 37, f"Année : {b['dob'][:4]}", "times", 3.6)
    pg.text(105, 52, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "times_b", 5.5, anchor="mt")
    pg.line(50, 60, 160, 60, width=0.4)
    rows = [
        ("Nom de famille", b["surname"].upper()),
        ("Prénom", b["given"]),
        ("Date de naissance", f"{fr_words(b['dob'])} ({b['dob_words']})"),
        ("Lieu de naissance", b["pob"]),
        ("Sexe", "Masculin" if b["sex"] == "M" else "Féminin"),
        ("Nationalité", "Marocaine"),
        ("Père", b["father"]),
        ("Mère", b["mother"]),
    ]
    y = 72
    for k, v in rows:
        pg.text(20, y, f"{k} :", "times_b", 3.9)
        pg.text(68, y, v, "times", 3.9)
        y += 9
    y = pg.para(
        20,
        y + 6,
        f"Dressé le {fr_words(b['filed'])} sur la déclaration de {b['father']}, père de "
        "l'enfant, lu et approuvé par nous, officier de l'état civil.",
        170,
        "times",
        3.7,
    )
    pg.text(20, y + 6, "Mentions marginales : Néant", "serif_i", 3.7)
    pg.para(
        20,
        y + 20,
        f"Copie intégrale certifiée conforme aux indications portées au registre, délivrée à "
        f"{b['commune']} le {b['issued'][8:]}/{b['issued'][5:7]}/{b['issued'][:4]}.",
        170,
        "times",
        3.7,
    )
    pg.text(130, y + 44, "L'officier de l'état civil", "times", 3.7)
    pg.signature(rng, 132, y + 54, 38, 8, fill=(30, 30, 80))
    pg.stamp(
        rng,
        80,
        y + 56,
        16,
        ["ETAT CIVIL", b["commune"].split()[0].upper()],
        (70, 40, 140),
        "ROYAUME DU MAROC",
    )
    return pg.img


APOSTILLE_HEAD = {
    "USA": ("APOSTILLE", "(Convention de La Haye du 5 octobre 1961)", "times"),
    "CHN": ("附加证明书  APOSTILLE", "(Convention de La Haye du 5 octobre 1961)", "cjk"),
    "TUR": ("APOSTİL", "(Convention de La Haye du 5 octobre 1961)", "arial"),
    "MAR": ("APOSTILLE", "(Convention de La Haye du 5 octobre 1961)", "times"),
}


def apostille(rng: random.Random, a: dict) -> Image.Image:
    """Hague Convention model apostille, 10 numbered items, on a half sheet."""
    cc = a["cc"]
    head, sub, fam = APOSTILLE_HEAD[cc]
    bold = {"times": "times_b", "cjk": "cjk", "arial": "arial_b"}[fam]
    w, h = (210, 148) if cc != "USA" else (216, 279)
    pg = Page(w, h, dpi=200, bg=(250, 250, 250) if cc != "USA" else (246, 244, 236))
    x0 = 18
    if cc == "USA":
        pg.text(w / 2, 16, "THE STATE OF OHIO", "times_b", 6, anchor="mt")
        pg.text(w / 2, 26, "OFFICE OF THE SECRETARY OF STATE", "times", 4, anchor="mt")
        top = 42
    else:
        top = 12
    pg.rect(x0 - 4, top - 4, w - 2 * x0 + 8, 124, outline=(30, 30, 30), width=0.5)
    pg.text(w / 2, top, head, bold, 6, anchor="mt")
    pg.text(w / 2, top + 9, sub, fam if fam != "cjk" else "cjk", 3.2, anchor="mt")
    items = [
        ("1.", "Country / Pays :", a["country"]),
        ("", "This public document / Le présent acte public", ""),
        ("2.", "has been signed by / a été signé par", a["signer"]),
        ("3.", "acting in the capacity of / agissant en qualité de", a["capacity"]),
        ("4.", "bears the seal/stamp of / est revêtu du sceau/timbre de", a["seal_of"]),
        ("", "Certified / Attesté", ""),
        ("5.", "at / à", a["at"]),
        ("6.", "the / le", a["on_text"]),
        ("7.", "by / par", a["by"]),
        ("8.", "No / sous n°", a["number"]),
        ("9.", "Seal/stamp / Sceau/timbre :", ""),
    ]
    y = top + 18
    lf = "arial" if fam != "times" else "times"
    for n, k, v in items:
        if not n:
            pg.text(w / 2, y, k, lf, 3.0, anchor="mt")
            y += 6
            continue
        pg.text(x0, y, n, lf, 3.2)
        kl = pg.text(x0 + 8, y, k, lf, 3.0, (50, 50, 50))
        if v:
            pg.text(
                x0 + 10 + kl, y - 0.5, v, "courier" if cc != "CHN" else "cjk", 3.4, (10, 10, 40)
            )
        y += 7.2
    pg.stamp(rng, x0 + 40, y + 12, 13, a["stamp"], (90, 40, 140) if cc != "USA" else (150, 120, 40))
    pg.text(w / 2 + 10, y - 7.2, "10.  Signature :", lf, 3.0)
    pg.signature(rng, w / 2 + 40, y + 10, 40, 8, fill=(20, 20, 80))
    return pg.img
