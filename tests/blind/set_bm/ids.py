"""MRZ / IBAN arithmetic and identity documents (passport data pages, visa sticker, titre de
séjour card). Cards are drawn on a Page in millimetres and rendered to images."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from common import Page, face, render

MONTHS_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


# ---------------------------------------------------------------- arithmetic
def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s: str) -> str:
    return str(sum(_val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = s.replace("'", "").replace("-", " ").replace(".", "")
    return "<".join(s.split())


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def pad(s: str, n: int) -> str:
    assert len(s) <= n, (s, n)
    return s + "<" * (n - len(s))


def td3(country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = pad("P<" + country + mrz_name(surname) + "<<" + mrz_name(given), 44)[:44]
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = cd(pers)
    l2 = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(expiry)
    l2 += cd(yymmdd(expiry)) + pers + pcd
    l2 += cd(l2[0:10] + l2[13:20] + l2[21:43])
    assert len(l1) == 44 and len(l2) == 44
    # verification, independent slicing (1-based positions of ICAO 9303 part 4)
    assert cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    assert cd(l2[28:42]) == l2[42] and cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    return [l1, l2]


def td1(doc, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doc + country + num + cd(num) + opt1, 30)
    l2 = yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(expiry) + cd(yymmdd(expiry)) + nat
    l2 = pad(l2 + opt2, 29)
    l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = pad(mrz_name(surname) + "<<" + mrz_name(given), 30)[:30]
    assert len(l1) == len(l2) == len(l3) == 30
    assert cd(l1[5:14]) == l1[14] and cd(l2[0:6]) == l2[6] and cd(l2[8:14]) == l2[14]
    assert cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return [l1, l2, l3]


def mrv_a(vtype, state, surname, given, number, nat, dob, sex, until, opt=""):
    l1 = pad("V" + vtype + state + mrz_name(surname) + "<<" + mrz_name(given), 44)[:44]
    num = pad(number, 9)
    l2 = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(until)
    l2 = pad(l2 + cd(yymmdd(until)) + opt, 44)
    assert len(l1) == 44 and len(l2) == 44
    assert cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    return [l1, l2]


def _num(s: str) -> int:
    return int("".join(str(_val(c)) if c.isalpha() else c for c in s))


def iban_check(country: str, bban: str) -> str:
    return "%02d" % (98 - _num(bban + country + "00") % 97)


def iban_ok(iban: str) -> bool:
    return _num(iban[4:] + iban[:4]) % 97 == 1


RIB_MAP = {c: str(i % 9 + 1) for i, c in enumerate("ABCDEFGHI")}
RIB_MAP.update({c: str(i % 9 + 1) for i, c in enumerate("JKLMNOPQR")})
RIB_MAP.update({c: str(i % 8 + 2) for i, c in enumerate("STUVWXYZ")})


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(RIB_MAP.get(c, c) for c in account.upper())
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    iban = "FR" + iban_check("FR", bban) + bban
    assert iban_ok(iban)
    return iban, key


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- passports
def fmt_date(d: date, style: str) -> str:
    if style == "en":
        return f"{d.day:02d} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    return d.strftime("%d %m %Y")


def draw_mrz(p: Page, x, y, lines, pitch=2.54, size=10.5, gap=4.6):
    for i, ln in enumerate(lines):
        for j, c in enumerate(ln):
            p.text(x + j * pitch, y + i * gap, c, "ocrb", size, (20, 20, 20))


def passport_page(person: dict, spec: dict, rng: random.Random, dpi=300):
    """ICAO TD3 data page, 125 x 88 mm. spec: header lines, colours, label language."""
    p = Page(125, 88, spec.get("paper", (236, 232, 224)))
    tint = spec["tint"]
    # guilloche-ish background lines
    for i in range(0, 60):
        yy = 4 + i * 1.4
        p.line(0, yy, 125, yy + rng.uniform(-2, 2), (tint[0], tint[1], tint[2]), 0.08)
    p.rect(0, 0, 125, 9, stroke=None, fill=spec["band"])
    p.text(62.5, 4.3, spec["h1"], spec.get("hfont", "sans_b"), 7.5, (255, 255, 255), "m")
    p.text(62.5, 7.8, spec["h2"], "sans", 5.5, (255, 255, 255), "m")
    if spec.get("arabic"):
        p.text(123, 6.5, spec["arabic"], "amiri", 7, (255, 255, 255), "r", rtl=True)
    ph = face(300, 390, rng, grey=spec.get("grey", False))
    p.image(4, 15, 30, 39, ph)
    L = spec["labels"]
    x0 = 38
    top = [
        (L["type"], "P"),
        (L["code"], person["country"]),
        (L["no"], person["passport_no"]),
    ]
    for i, (lab, val) in enumerate(top):
        xx = x0 + i * 22 if i < 2 else x0 + 48
        p.text(xx, 13, lab, "sans", 4.2, (70, 70, 90))
        p.text(xx, 16.6, val, "sans_b", 8 if i == 2 else 7.5, (10, 10, 20))
    rows = [
        (L["surname"], person["surname_print"]),
        (L["given"], person["given_print"]),
        (L["nat"], spec["nat_text"]),
    ]
    y = 22
    for lab, val in rows:
        p.text(x0, y, lab, "sans", 4.2, (70, 70, 90))
        p.text(x0, y + 3.6, val, "sans_b", 7.5, (10, 10, 20))
        y += 7.4
    ds = spec["date_style"]
    p.text(x0, y, L["dob"], "sans", 4.2, (70, 70, 90))
    p.text(x0, y + 3.6, fmt_date(person["dob"], ds), "sans_b", 7.5, (10, 10, 20))
    p.text(x0 + 40, y, L["sex"], "sans", 4.2, (70, 70, 90))
    p.text(x0 + 40, y + 3.6, person["sex"], "sans_b", 7.5, (10, 10, 20))
    y += 7.4
    p.text(x0, y, L["pob"], "sans", 4.2, (70, 70, 90))
    p.text(x0, y + 3.6, person["pob_print"], "sans_b", 7.5, (10, 10, 20))
    y += 7.4
    p.text(x0, y, L["issue"], "sans", 4.2, (70, 70, 90))
    p.text(x0, y + 3.6, fmt_date(person["pp_issue"], ds), "sans_b", 7.5, (10, 10, 20))
    p.text(x0 + 40, y, L["auth"], "sans", 4.2, (70, 70, 90))
    p.text(x0 + 40, y + 3.6, spec["authority"], "sans_b", 6.5, (10, 10, 20))
    y += 7.4
    p.text(x0, y, L["exp"], "sans", 4.2, (70, 70, 90))
    p.text(x0, y + 3.6, fmt_date(person["pp_expiry"], ds), "sans_b", 7.5, (10, 10, 20))
    p.text(x0 + 40, y, L.get("sig", ""), "sans", 4.2, (70, 70, 90))
    p.signature(x0 + 42, y + 0.5, 28, 6, person["surname"], rng, (30, 30, 40))
    ph2 = face(60, 78, rng, grey=True)
    p.image(108, 40, 12, 15.6, ph2)
    lines = td3(
        person["country"], person["surname"], person["given"], person["passport_no"],
        person["country"], person["dob"], person["sex"], person["pp_expiry"],
        person.get("personal", ""),
    )  # fmt: skip
    p.rect(0, 72, 125, 16, stroke=None, fill=(245, 243, 238))
    draw_mrz(p, 4.5, 78.5, lines)
    return render(p, dpi), lines


# ---------------------------------------------------------------- visa sticker
def visa_sticker(person: dict, visa: dict, rng: random.Random, dpi=300):
    """French long-stay visa (type D, VLS-TS) sticker, ~ 120 x 84 mm, MRV-A."""
    p = Page(120, 84, (232, 236, 244))
    for i in range(0, 84, 2):
        p.line(0, i, 120, i + rng.uniform(-1, 1), (200, 212, 232), 0.1)
    p.text(3, 6, "VISA", "sans_b", 11, (30, 50, 120))
    p.text(60, 6, "FRANCE", "sans_b", 9, (30, 50, 120), "m")
    p.text(117, 6, "FRA", "sans_b", 9, (180, 30, 40), "r")
    p.text(28, 5.8, visa["sticker_no"], "mono", 7, (190, 30, 40))
    ph = face(240, 300, rng)
    p.image(3, 10, 26, 33, ph)
    L = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 33, 11),
        ("DU / FROM", visa["from"].strftime("%d-%m-%Y"), 33, 19),
        ("AU / UNTIL", visa["until"].strftime("%d-%m-%Y"), 66, 19),
        ("TYPE DE VISA / TYPE OF VISA", "D", 33, 27),
        ("DURÉE DU SÉJOUR / DURATION OF STAY", visa["days"] + " JOURS", 66, 27),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 33, 35),
        ("DÉLIVRÉ À / ISSUED IN", visa["issued_in"], 66, 35),
        ("LE / ON", visa["issued_on"].strftime("%d-%m-%Y"), 100, 35),
        ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", person["passport_no"], 33, 43),
        ("NOM, PRÉNOM / SURNAME, NAME", f"{person['surname']}, {person['given']}".upper(), 3, 51),
    ]
    for lab, val, x, y in L:
        p.text(x, y, lab, "sans", 3.6, (60, 70, 110))
        p.text(x, y + 3.4, val, "sans_b", 6.5, (10, 10, 20))
    p.text(3, 59, "REMARQUES / REMARKS", "sans", 3.6, (60, 70, 110))
    for i, r in enumerate(visa["remarks"]):
        p.text(3, 62.4 + i * 3.2, r, "sans_b", 5.8, (10, 10, 20))
    lines = mrv_a(
        "D", "FRA", person["surname"], person["given"], visa["sticker_no"],
        person["country"], person["dob"], person["sex"], visa["until"],
    )  # fmt: skip
    draw_mrz(p, 3, 75.5, lines, pitch=2.6, size=10)
    return render(p, dpi), lines


# ---------------------------------------------------------------- titre de séjour
def residence_card(person: dict, ts: dict, rng: random.Random, dpi=400):
    """French titre de séjour (ID-1, model 2020-ish): front and back images."""
    f = Page(85.6, 54, (226, 232, 226))
    for i in range(0, 54, 1):
        f.line(0, i, 85.6, i + rng.uniform(-0.6, 0.6), (205, 220, 210), 0.08)
    f.rect(0, 0, 85.6, 7, stroke=None, fill=(0, 35, 100))
    f.text(3, 4.6, "RÉPUBLIQUE FRANÇAISE", "sans_b", 6, (255, 255, 255))
    f.text(83, 4.6, "TITRE DE SÉJOUR", "sans_b", 6, (255, 255, 255), "r")
    f.image(3, 10, 22, 28, face(220, 280, rng))
    rows = [
        ("NOM / Surname", person["surname"].upper()),
        ("Prénoms / Given names", person["given"].upper().replace(" ", ", ")),
        ("Sexe / Sex", person["sex"]),
        ("Nationalité / Nationality", person["country"]),
        ("Date de naissance / Date of birth", person["dob"].strftime("%d %m %Y")),
    ]
    y = 10.5
    for i, (lab, val) in enumerate(rows):
        if i in (2, 3):
            xx = 28 if i == 2 else 48
            yy = 10.5 + 2 * 6.2
            f.text(xx, yy, lab, "sans", 3.2, (60, 60, 80))
            f.text(xx, yy + 2.8, val, "sans_b", 5.5)
            continue
        f.text(28, y, lab, "sans", 3.2, (60, 60, 80))
        f.text(28, y + 2.8, val, "sans_b", 5.5)
        y += 6.2 if i != 1 else 12.4
    f.text(28, 41.5, "Type de titre / Type of permit", "sans", 3.2, (60, 60, 80))
    f.text(28, 44.3, ts["kind"], "sans_b", 4.8)
    f.text(28, 48.8, "Valable jusqu'au / Valid until", "sans", 3.2, (60, 60, 80))
    f.text(28, 51.6, ts["until"].strftime("%d %m %Y"), "sans_b", 5.5)
    f.text(62, 48.8, "N° du document", "sans", 3.2, (60, 60, 80))
    f.text(62, 51.6, ts["number"], "sans_b", 5.5)
    f.signature(4, 41, 20, 8, person["surname"], rng, (20, 20, 30))
    b = Page(85.6, 54, (228, 233, 228))
    brow = [
        ("Lieu de naissance / Place of birth", person["pob_print"]),
        ("Adresse / Address", ts["address1"]),
        ("", ts["address2"]),
        ("Remarques / Remarks", ts.get("remarks", "")),
        ("Date de délivrance", ts["issued"].strftime("%d %m %Y")),
        ("N° étranger", ts["agdref"]),
    ]
    y = 5
    for lab, val in brow:
        if lab:
            b.text(4, y, lab, "sans", 3.2, (60, 60, 80))
        b.text(4, y + 2.8, val, "sans_b", 5.2)
        y += 5.6 if lab else 4.0
    b.text(80, 6, "PRÉFECTURE DE " + ts["prefecture"], "sans", 3.4, (60, 60, 80), "r")
    lines = td1(
        "IR", "FRA", ts["number"], person["dob"], person["sex"], ts["until"],
        person["country"], person["surname"], person["given"],
    )  # fmt: skip
    b.rect(0, 38, 85.6, 16, stroke=None, fill=(240, 242, 240))
    draw_mrz(b, 3.5, 42.5, lines, pitch=2.65, size=9.5, gap=4.3)
    return render(f, dpi), render(b, dpi), lines
