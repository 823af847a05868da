"""Identity pieces: passport data pages, French VLS-TS visa sticker, titre de séjour, CNI.

Layouts follow the public ICAO 9303 zones (visual inspection zone above, MRZ below) and
the PRADO descriptions of the French documents (2019 titre de séjour, 2021 CNI).
"""

from __future__ import annotations

import random

from common import Page, face_photo, fr_date, guilloche, mrva, render_pil, td1, td3
from PIL import Image

DPI = 300

# country code -> (header lines, palette light, palette dark, label language pairs)
PASSPORTS = {
    "IND": (["भारत गणराज्य", "REPUBLIC OF INDIA"], (232, 226, 240), (214, 230, 236), "en"),
    "UKR": (["УКРАЇНА", "UKRAINE"], (220, 232, 246), (246, 238, 214), "uk"),
    "BRA": (["REPÚBLICA FEDERATIVA DO BRASIL"], (222, 240, 226), (236, 240, 214), "pt"),
    "COL": (["REPÚBLICA DE COLOMBIA"], (246, 236, 212), (226, 232, 246), "es"),
}
LABELS = {
    "en": [
        "Type",
        "Country Code",
        "Passport No.",
        "Surname",
        "Given Name(s)",
        "Nationality",
        "Sex",
        "Date of Birth",
        "Place of Birth",
        "Date of Issue",
        "Date of Expiry",
    ],
    "uk": [
        "Тип/Type",
        "Код держави/Code",
        "Паспорт №/Passport No.",
        "Прізвище/Surname",
        "Ім'я/Given names",
        "Громадянство/Nationality",
        "Стать/Sex",
        "Дата народження/Date of birth",
        "Місце народження/Place of birth",
        "Дата видачі/Date of issue",
        "Дата закінчення строку дії/Date of expiry",
    ],
    "pt": [
        "TIPO/TYPE",
        "PAÍS EMISSOR/ISSUING COUNTRY",
        "PASSAPORTE Nº/PASSPORT No.",
        "SOBRENOME/SURNAME",
        "NOME/GIVEN NAMES",
        "NACIONALIDADE/NATIONALITY",
        "SEXO/SEX",
        "DATA DE NASCIMENTO/DATE OF BIRTH",
        "NATURALIDADE/PLACE OF BIRTH",
        "DATA DE EXPEDIÇÃO/DATE OF ISSUE",
        "VÁLIDO ATÉ/DATE OF EXPIRY",
    ],
    "es": [
        "Tipo/Type",
        "Código/Code",
        "Pasaporte No./Passport No.",
        "Apellidos/Surname",
        "Nombres/Given names",
        "Nacionalidad/Nationality",
        "Sexo/Sex",
        "Fecha de nacimiento/Date of birth",
        "Lugar de nacimiento/Place of birth",
        "Fecha de expedición/Date of issue",
        "Fecha de vencimiento/Date of expiry",
    ],
}
NAT_TEXT = {
    "IND": "INDIAN",
    "UKR": "UKRAINE/УКРАЇНА",
    "BRA": "BRASILEIRO(A)",
    "COL": "COLOMBIANO(A)",
    "FRA": "FRANÇAISE",
}
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def vdate(iso: str, style: str) -> str:
    d, m, y = iso[8:10], iso[5:7], iso[:4]
    if style == "en":
        return f"{d}/{m}/{y}"
    if style == "uk":
        return f"{d} {MON[int(m) - 1]}/{m} {y[2:]}"
    if style == "pt":
        return f"{d}/{MON[int(m) - 1]}/{y}"
    return f"{d} {MON[int(m) - 1]} {y}"


def passport_mrz(p: dict) -> list[str]:
    pp = p["passport"]
    return td3(
        "P",
        p["nat"],
        p["surname"],
        p["given"],
        pp["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        pp["expiry"],
        pp.get("personal", ""),
    )


def _mrz(pg: Page, lines, x, y, size, gap):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * gap, ln, "ocrb", size, (20, 20, 25))


def passport_page(p: dict, rng: random.Random) -> Image.Image:
    """Passport data page (TD3, 125 x 88 mm)."""
    nat = p["nat"]
    head, c1, c2, lang = PASSPORTS[nat]
    pp = p["passport"]
    pg = Page(125, 88)
    bg = guilloche(1476, 1039, rng, c1, c2)
    pg.image(bg, 0, 0, 125, 88)
    font = "dejavu" if lang == "uk" else rng.choice(["sans", "open", "roboto"])
    fontb = {"dejavu": "dejavub", "sans": "sansb", "open": "openb", "roboto": "robotob"}[font]
    y = 6
    for h in head:
        hf = "free" if any(ord(ch) > 0x900 and ord(ch) < 0x980 for ch in h) else fontb
        pg.text(62.5, y, h, hf, 7.5, (40, 40, 70), "c")
        y += 3.6
    pg.text(
        62.5,
        y,
        {
            "en": "PASSPORT",
            "uk": "ПАСПОРТ/PASSPORT",
            "pt": "PASSAPORTE/PASSPORT",
            "es": "PASAPORTE/PASSPORT",
        }[lang],
        fontb,
        6.5,
        (40, 40, 70),
        "c",
    )
    pg.image(face_photo(rng), 5, 14, 32, 41)
    lab = LABELS[lang]
    x0, x1 = 41, 85
    ls, vs = 4.6, 7.6
    rows = [
        [(x0, lab[0], "P"), (62, lab[1], nat), (x1 + 5, lab[2], pp["number"])],
        [(x0, lab[3], p["surname"].upper())],
        [(x0, lab[4], p["given"].upper())],
        [(x0, lab[5], NAT_TEXT[nat]), (x1 + 8, lab[6], p["sex"])],
        [(x0, lab[7], vdate(p["dob"], lang)), (x1, lab[8], p["pob_pass"])],
        [(x0, lab[9], vdate(pp["issued"], lang)), (x1, lab[10], vdate(pp["expiry"], lang))],
    ]
    y = 17
    for row in rows:
        for x, lb, v in row:
            pg.text(x, y, lb, font, ls, (70, 70, 90))
            pg.text(x, y + 3.3, v, fontb, vs, (15, 15, 20))
        y += 7.4
    if pp.get("authority"):
        pg.text(x0, y, pp["authority"], font, ls, (70, 70, 90))
    _mrz(pg, passport_mrz(p), 4.5, 75.5, 10.2, 5.6)
    return render_pil(pg, DPI)


def booklet(page: Image.Image, rng: random.Random) -> Image.Image:
    """The open passport: a blank visa page above the data page."""
    w, h = page.size
    out = Image.new("RGB", (w + 40, 2 * h + 60), (90, 40, 50))
    top = guilloche(w, h, rng, (238, 234, 226), (230, 236, 232))
    out.paste(top, (20, 20))
    out.paste(page, (20, h + 40))
    return out


def visa_mrz(p: dict) -> list[str]:
    v = p["visa"]
    return mrva(
        "D", "FRA", p["surname"], p["given"], v["number"], p["nat"], p["dob"], p["sex"], v["until"]
    )


def visa_sticker(p: dict, rng: random.Random) -> Image.Image:
    """French long-stay visa (type D, VLS-TS) sticker, 120 x 80 mm."""
    v = p["visa"]
    pg = Page(120, 80)
    pg.image(guilloche(1417, 945, rng, (236, 228, 240), (222, 236, 244)), 0, 0, 120, 80)
    pg.text(4, 7, "VISA", "sansb", 11, (40, 40, 110))
    pg.text(58, 7, "FRA", "sansb", 9, (40, 40, 110), "c")
    pg.text(116, 7, v["number"], "sansb", 10, (160, 30, 40), "r")
    pg.image(face_photo(rng), 4, 14, 26, 33)
    L = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 34, 13),
        ("DU / FROM", fr_date(v["from"]).replace("/", "-"), 34, 20),
        ("AU / UNTIL", fr_date(v["until"]).replace("/", "-"), 62, 20),
        ("TYPE DE VISA / TYPE OF VISA", "D", 90, 20),
        ("DURÉE DU SÉJOUR / DURATION OF STAY", v["days"] + " JOURS", 34, 27),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 80, 27),
        ("DÉLIVRÉ À / ISSUED IN", v["issued_in"], 34, 34),
        ("LE / ON", fr_date(v["issued"]).replace("/", "-"), 80, 34),
        ("NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", p["passport"]["number"], 34, 41),
        ("NOM, PRÉNOM / SURNAME, NAME", f"{p['surname'].upper()}, {p['given'].upper()}", 34, 48),
    ]
    for lb, val, x, y in L:
        pg.text(x, y, lb, "sans", 4.2, (70, 60, 90))
        pg.text(x, y + 3.2, val, "sansb", 6.8, (10, 10, 20))
    pg.text(34, 55, "REMARQUES / REMARKS", "sans", 4.2, (70, 60, 90))
    pg.text(34, 58.5, v["remark"], "sansb", 6.8, (10, 10, 20))
    pg.text(34, 61.8, "CESEDA R.431-16 " + v["cat_code"], "sansb", 5.8, (10, 10, 20))
    _mrz(pg, visa_mrz(p), 3.5, 70, 9.6, 5.4)
    return render_pil(pg, DPI)


def permit_mrz(p: dict) -> list[str]:
    r = p["permit"]
    return td1(
        "IR",
        "FRA",
        p["surname"],
        p["given"],
        r["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        r["expiry"],
    )


def permit_card(p: dict, rng: random.Random) -> tuple[Image.Image, Image.Image]:
    """Titre de séjour (2019 PRADO model FRA-HO-08001): front and back, ID-1."""
    r = p["permit"]
    f = Page(85.6, 54)
    f.image(guilloche(1011, 638, rng, (226, 236, 246), (244, 232, 236)), 0, 0, 85.6, 54)
    f.rect(0, 0, 85.6, 6, None, (30, 50, 120))
    f.text(3, 4.3, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, (255, 255, 255))
    f.text(82, 4.3, "TITRE DE SÉJOUR", "sansb", 6, (255, 255, 255), "r")
    f.image(face_photo(rng), 3, 9, 21, 27)
    rows = [
        ("NOM / Surname", p["surname"].upper()),
        ("Prénoms / Given names", p["given"].upper().replace(" ", ", ")),
        ("Sexe / Sex  ·  Nationalité / Nationality", f"{p['sex']}      {p['nat']}"),
        ("Date de naiss. / Date of birth", fr_date(p["dob"]).replace("/", " ")),
        ("Type de titre / Type of permit", r["kind"]),
        ("Remarques / Remarks", r["remark"]),
    ]
    y = 10
    for lb, v in rows:
        f.text(27, y, lb, "sans", 3.6, (60, 60, 90))
        f.text(27, y + 2.9, v, "sansb", 5.6)
        y += 6.7
    f.text(3, 41, "N° document", "sans", 3.6, (60, 60, 90))
    f.text(3, 44, r["number"], "sansb", 6, (150, 20, 40))
    f.text(3, 49, "Date d'expiration / Expiry date", "sans", 3.6, (60, 60, 90))
    f.text(3, 52, fr_date(r["expiry"]).replace("/", " "), "sansb", 6)
    b = Page(85.6, 54)
    b.image(guilloche(1011, 638, rng, (236, 240, 246), (230, 236, 226)), 0, 0, 85.6, 54)
    b.text(3, 5, "Adresse / Address", "sans", 3.6, (60, 60, 90))
    b.text(3, 8.2, p["addr"][0].upper(), "sansb", 5.2)
    b.text(3, 11.2, p["addr"][1].upper(), "sansb", 5.2)
    b.text(3, 16, "Lieu de naissance / Place of birth", "sans", 3.6, (60, 60, 90))
    b.text(3, 19.2, p["pob_pass"], "sansb", 5.2)
    b.text(50, 16, "Délivré le / Issued on", "sans", 3.6, (60, 60, 90))
    b.text(50, 19.2, fr_date(r["issued"]).replace("/", " "), "sansb", 5.2)
    b.text(3, 24, "Autorisé à travailler / Work permitted", "sans", 3.6, (60, 60, 90))
    _mrz(b, permit_mrz(p), 3.5, 36, 9.2, 6.2)
    return render_pil(f, DPI), render_pil(b, DPI)


def cni_mrz(h: dict) -> list[str]:
    return td1(
        "ID", "FRA", h["surname"], h["given"], h["cni"], "FRA", h["dob"], h["sex"], h["cni_expiry"]
    )


def cni_card(h: dict, rng: random.Random) -> tuple[Image.Image, Image.Image]:
    """French identity card (2021 ID-1 model): front and back."""
    f = Page(85.6, 54)
    f.image(guilloche(1011, 638, rng, (236, 232, 244), (222, 238, 240)), 0, 0, 85.6, 54)
    f.text(3, 4.5, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.6, (30, 40, 110))
    f.text(3, 8, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 4.2, (30, 40, 110))
    f.text(83, 4.5, "FR", "sansb", 8, (30, 40, 110), "r")
    f.image(face_photo(rng, skin=h.get("skin")), 3, 12, 22, 28)
    rows = [
        ("NOM / Surname", h["surname"].upper()),
        ("Prénoms / Given names", h["given"].upper().replace(" ", ", ")),
        (
            "SEXE / Sex   NATIONALITÉ / Nationality",
            "F          FRA" if h["sex"] == "F" else "M          FRA",
        ),
        ("DATE DE NAISS. / Date of birth", fr_date(h["dob"]).replace("/", " ")),
        ("LIEU DE NAISSANCE / Place of birth", h["pob"]),
    ]
    y = 12.5
    for lb, v in rows:
        f.text(28, y, lb, "sans", 3.4, (60, 60, 90))
        f.text(28, y + 2.9, v, "sansb", 5.4)
        y += 6.4
    f.text(28, 45, "N° DU DOCUMENT / Document No", "sans", 3.4, (60, 60, 90))
    f.text(28, 48.2, h["cni"], "sansb", 5.8)
    f.text(60, 45, "DATE D'EXPIR. / Expiry date", "sans", 3.4, (60, 60, 90))
    f.text(60, 48.2, fr_date(h["cni_expiry"]).replace("/", " "), "sansb", 5.8)
    b = Page(85.6, 54)
    b.image(guilloche(1011, 638, rng, (236, 236, 246), (240, 232, 226)), 0, 0, 85.6, 54)
    b.text(3, 5, "ADRESSE / Address", "sans", 3.4, (60, 60, 90))
    b.text(3, 8.2, h["addr"][0].upper(), "sansb", 5)
    b.text(3, 11, h["addr"][1].upper(), "sansb", 5)
    b.text(3, 16, "DATE DE DÉLIVRANCE / Date of issue", "sans", 3.4, (60, 60, 90))
    b.text(3, 19, fr_date(h["cni_issued"]).replace("/", " "), "sansb", 5)
    b.text(45, 16, "AUTORITÉ / Authority", "sans", 3.4, (60, 60, 90))
    b.text(45, 19, "Préfecture " + h["prefecture"], "sansb", 5)
    _mrz(b, cni_mrz(h), 3.5, 36, 9.2, 6.2)
    return render_pil(f, DPI), render_pil(b, DPI)
