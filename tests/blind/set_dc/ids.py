"""Identity pieces: passport data pages, French visa sticker, residence permit, French ID card."""

from __future__ import annotations

import math
import random

from common import Page, mrva, portrait, signature, td1, td3

LBL = "dvc"


def _guilloche(p: Page, rng: random.Random, color, x0, y0, w, h, n=14):
    for k in range(n):
        ph, amp, fr = rng.uniform(0, 6), rng.uniform(1.5, 4), rng.uniform(2, 5)
        yb = y0 + h * (k + 0.5) / n
        pts = [(x0 + w * i / 80, yb + amp * math.sin(fr * 6.28 * i / 80 + ph)) for i in range(81)]
        p.poly(pts, color, 0.12)


def _mrz(p: Page, lines, y0, x=5.0, size=11.6, gap=6.8):
    for i, ln in enumerate(lines):
        p.text(x, y0 + i * gap, ln, "mono", size, (15, 15, 15))


def passport(d: dict, rng: random.Random) -> tuple[Page, list[str]]:
    """ICAO TD3 data page, 125 x 88 mm.  d: see generate.py."""
    p = Page(125, 88, d.get("bg", (236, 238, 230)))
    _guilloche(p, rng, d.get("ink", (190, 200, 215)), 0, 10, 125, 60)
    p.rect(0, 0, 125, 10.5, None, d.get("band", (60, 80, 120)))
    p.text(4, 6.8, d["head"], "dvb", 8.5, (255, 255, 255))
    p.text(121, 6.8, d["head2"], "dvb", 7.0, (255, 255, 255), "r")
    p.image(4, 14, 31, 40, portrait(rng, d["sex"]))
    signature(p, rng, 6, 57, 26, 8)
    lab = d["labels"]
    x1, x2, x3 = 39, 62, 92
    ls, vs, lc = 4.5, 7.6, (70, 70, 90)

    def fld(y, label, values):
        p.text(x1, y, label, LBL, ls, lc)
        for v in values if isinstance(values, list) else [values]:
            y += vs * 0.3528 * 1.22
            p.text(x1, y, v, "dvb", vs)
        return y + ls * 0.3528 + 1.5

    def pair(y, la, va, lb, vb, xb, vbs=vs):
        p.text(x1, y, la, LBL, ls, lc)
        p.text(xb, y, lb, LBL, ls, lc)
        p.text(x1, y + 3.2, va, "dvb", vs)
        p.text(xb, y + 3.2, vb, "dvb", vbs)
        return y + 6.2

    y = 14
    p.text(x1, y, lab["type"], LBL, ls, lc)
    p.text(x2, y, lab["code"], LBL, ls, lc)
    p.text(x3, y, lab["no"], LBL, ls, lc)
    p.text(x1, y + 3.3, "P", "dvb", vs)
    p.text(x2, y + 3.3, d["country"], "dvb", vs)
    p.text(x3, y + 3.3, d["doc"], "dvb", 8.2, d.get("numcol", (0, 0, 0)))
    y += 6.5
    y = fld(y, lab["surname"], d["surname_lines"])
    y = fld(y, lab["given"], d["given_lines"])
    y = fld(y, lab["nat"], d["nat_txt"])
    y = pair(y, lab["dob"], d["dob_txt"], lab["sex"], d["sex_txt"], x3)
    y = fld(y, lab["pob"], d["pob_txt"])
    y = pair(y, lab["issue"], d["issue_txt"], lab["auth"], d["auth_txt"], x3 - 8, 6.8)
    fld(y, lab["exp"], d["exp_txt"])
    lines = d.get("mrz") or td3(
        d["doc"],
        d["mrz_surname"],
        d["mrz_given"],
        d["nat"],
        d["dob"],
        d["sex"],
        d["exp"],
        d["country"],
        d.get("personal", ""),
    )
    p.rect(0, 71, 125, 17, None, (246, 246, 242))
    _mrz(p, lines, 77.2)
    return p, lines


def visa_fr(d: dict, rng: random.Random) -> tuple[Page, list[str]]:
    """French long-stay visa sticker (type D) on a passport page, 125 x 88 mm."""
    p = Page(125, 88, d.get("bg", (236, 238, 230)))
    p.rect(2.5, 2.5, 120, 83, None, (234, 226, 238))
    _guilloche(p, rng, (200, 185, 215), 2.5, 4, 120, 62, 16)
    p.text(6, 8, "VISA", "dvb", 9, (40, 40, 110))
    p.text(119, 8, d["number"], "monob", 10, (200, 20, 30), "r")
    p.image(6, 12, 24, 31, portrait(rng, d["sex"], (225, 215, 230)))
    c = (80, 60, 110)
    xa, xb, xc = 34, 62, 92
    y = 13.5

    def row(items, y):
        for x, lab, val in items:
            p.text(x, y, lab, LBL, 4.2, c)
            p.text(x, y + 3.5, val, "dvb", 7.4)
        return y + 7.6

    y = row(
        [(xa, "VALABLE POUR / VALID FOR", "FRANCE"), (xc, "N° DU VISA / VISA No", d["number"])], y
    )
    y = row(
        [
            (xa, "DU / FROM", d["from_txt"]),
            (xb, "AU / UNTIL", d["until_txt"]),
            (xc, "TYPE DE VISA / TYPE", d["vtype"]),
        ],
        y,
    )
    y = row(
        [
            (xa, "ENTRÉES / ENTRIES", "MULT"),
            (xb, "DURÉE / DURATION", d["duration"]),
            (xc, "LE / ON", d["issued_txt"]),
        ],
        y,
    )
    y = row(
        [
            (xa, "DÉLIVRÉ À / ISSUED IN", d["post"]),
            (xc - 12, "N° PASSEPORT / PASSPORT No", d["passport"]),
        ],
        y,
    )
    y = 49
    y = row([(6, "NOM, PRÉNOM / SURNAME, NAME", d["name_txt"])], y)
    p.text(6, y, "REMARQUES / REMARKS", LBL, 4.2, c)
    for ln in d["remarks"]:
        y += 3.3
        p.text(6, y, ln, "dvb", 6.4)
    lines = mrva(
        d["number"], d["mrz_surname"], d["mrz_given"], d["nat"], d["dob"], d["sex"], d["until"]
    )
    p.rect(4, 70, 117, 15, None, (244, 240, 246))
    _mrz(p, lines, 76.3, x=6.2, size=11.4, gap=6.6)
    return p, lines


def residence_card(d: dict, rng: random.Random) -> tuple[Page, Page, list[str]]:
    """French titre de séjour (ID-1 card), front and back."""
    f = Page(85.6, 54, (226, 233, 238))
    _guilloche(f, rng, (190, 205, 220), 0, 8, 85.6, 46, 12)
    f.rect(0, 0, 85.6, 7.2, None, (35, 55, 120))
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "dvb", 5.6, (255, 255, 255))
    f.text(83, 5, "TITRE DE SÉJOUR", "dvb", 5.6, (255, 255, 255), "r")
    f.text(83, 11, d["number"], "monob", 7.5, (30, 30, 30), "r")
    f.image(3, 10, 22, 29, portrait(rng, d["sex"]))
    signature(f, rng, 4, 42, 20, 8)
    c = (60, 70, 100)
    y = 15
    for lab, val, sz in [
        ("NOM", d["surname"], 6.4),
        ("PRÉNOMS", d["given"], 5.8),
        ("TITRE", d["kind"], 5.2),
        ("VALIDITÉ", d["until_txt"], 6.2),
        ("REMARQUES", d["remark"], 5.2),
    ]:
        f.text(28, y, lab, LBL, 3.8, c)
        f.text(28, y + 2.8, val, "dvb", sz)
        y += 7.2
    b = Page(85.6, 54, (230, 236, 240))
    _guilloche(b, rng, (195, 208, 222), 0, 0, 85.6, 36, 10)
    y = 5
    for lab, val in [
        ("DATE ET LIEU DE NAISSANCE", d["birth_txt"]),
        ("NATIONALITÉ / SEXE", d["nat_txt"] + "   " + d["sex"]),
        ("LIEU ET DATE DE DÉLIVRANCE", d["issued_txt"]),
        ("ADRESSE", d["address"]),
    ]:
        b.text(4, y, lab, LBL, 3.8, c)
        b.text(4, y + 2.9, val, "dvb", 5.4)
        y += 7.3
    lines = td1(
        "IR",
        d["number"],
        d["mrz_surname"],
        d["mrz_given"],
        d["nat"],
        d["dob"],
        d["sex"],
        d["until"],
    )
    b.rect(0, 36.5, 85.6, 17.5, None, (246, 246, 244))
    _mrz(b, lines, 41.6, x=4.5, size=10.4, gap=5.0)
    return f, b, lines


def french_id(d: dict, rng: random.Random) -> tuple[Page, Page, list[str]]:
    """French carte nationale d'identité (2021 ID-1 model), front and back."""
    f = Page(85.6, 54, (232, 228, 238))
    _guilloche(f, rng, (205, 195, 220), 0, 9, 85.6, 45, 12)
    f.rect(0, 0, 85.6, 3, None, (40, 60, 140))
    f.text(3, 7, "RÉPUBLIQUE FRANÇAISE", "dvb", 5.6, (40, 50, 110))
    f.text(83, 7, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", LBL, 3.8, (40, 50, 110), "r")
    f.image(3, 11, 22, 29, portrait(rng, d["sex"], (220, 220, 228)))
    signature(f, rng, 4, 42, 20, 8)
    c = (80, 70, 100)

    def cell(x, y, lab, val, sz=6.0):
        f.text(x, y, lab, LBL, 3.5, c)
        f.text(x, y + 2.8, val, "dvb", sz)

    cell(28, 12.5, "NOM / Surname", d["surname"], 6.6)
    cell(28, 19, "Prénoms / Given names", d["given_txt"])
    cell(28, 25.5, "SEXE / Sex", d["sex"])
    cell(42, 25.5, "NATIONALITÉ / Nationality", "FRA")
    cell(66, 25.5, "DATE DE NAISS. / Date of birth", d["dob_txt"], 5.6)
    cell(28, 32, "LIEU DE NAISSANCE / Place of birth", d["pob"])
    cell(28, 38.5, "N° DU DOCUMENT / Document No", d["number"])
    cell(60, 38.5, "DATE D'EXPIR. / Expiry date", d["exp_txt"])
    b = Page(85.6, 54, (234, 230, 240))
    _guilloche(b, rng, (210, 200, 222), 0, 0, 85.6, 35, 10)
    y = 5.5
    for lab, val in [
        ("ADRESSE / Address", d["address1"]),
        ("", d["address2"]),
        ("DATE DE DÉLIVRANCE / Date of issue", d["issue_txt"]),
        ("AUTORITÉ / Authority", d["authority"]),
    ]:
        if lab:
            b.text(4, y, lab, LBL, 3.5, c)
            y += 2.8
        b.text(4, y, val, "dvb", 5.6)
        y += 4.4
    lines = td1(
        "ID", d["number"], d["mrz_surname"], d["mrz_given"], "FRA", d["dob"], d["sex"], d["exp"]
    )
    b.rect(0, 36.5, 85.6, 17.5, None, (246, 246, 244))
    _mrz(b, lines, 41.6, x=4.5, size=10.4, gap=5.0)
    return f, b, lines
