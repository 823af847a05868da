"""Identity documents: MRZ (ICAO 9303), passport data page, visa sticker, ID-1 cards."""

import unicodedata

from render import Page, text_width_mm


def _mrz_size(line, width):
    return width / text_width_mm(line, "ocrb", 1.0)


MONTHS_FR = [
    "JAN",
    "FEV",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOUT",
    "SEPT",
    "OCT",
    "NOV",
    "DEC",
]
MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def check(s):
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def mrz_name(surname, given):
    def clean(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
        return "".join(c if c.isalpha() else "<" for c in s.replace("'", ""))

    return clean(surname) + "<<" + clean(given)


def ymd(d):
    return d[2:4] + d[5:7] + d[8:10]


def pad(s, n):
    return (s + "<" * n)[:n]


def td3(kind, state, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = pad(kind + "<" + state + mrz_name(surname, given), 44)
    num = pad(number, 9)
    pers = pad(personal, 14)
    l2 = num + check(num) + nat + ymd(dob) + check(ymd(dob)) + sex + ymd(expiry)
    l2 += check(ymd(expiry)) + pers + check(pers)
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return [l1, l2 + check(comp)]


def mrva(state, surname, given, number, nat, dob, sex, until, optional=""):
    l1 = pad("VD" + state + mrz_name(surname, given), 44)
    num = pad(number, 9)
    l2 = num + check(num) + nat + ymd(dob) + check(ymd(dob)) + sex + ymd(until) + check(ymd(until))
    return [l1, pad(l2 + optional, 44)]


def td1(kind, state, number, dob, sex, expiry, nat, surname, given, optional=""):
    num = pad(number, 9)
    l1 = pad(kind + state + num + check(num) + optional, 30)
    l2 = ymd(dob) + check(ymd(dob)) + sex + ymd(expiry) + check(ymd(expiry)) + nat
    l2 = pad(l2, 29)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += check(comp)
    return [l1, l2, pad(mrz_name(surname, given), 30)]


def d_fr(d):
    return f"{d[8:10]} {MONTHS_FR[int(d[5:7]) - 1]} {d[:4]}"


def d_en(d):
    return f"{d[8:10]} {MONTHS_EN[int(d[5:7]) - 1]} {d[:4]}"


def d_dot(d):
    return f"{d[8:10]}.{d[5:7]}.{d[:4]}"


def d_slash(d):
    return f"{d[8:10]}/{d[5:7]}/{d[:4]}"


def _portrait(pg, x, y, w, h, tone=(150, 120, 100)):
    pg.rect(x, y, w, h, None, (222, 222, 218))
    pg.ellipse(x + w * 0.28, y + h * 0.15, w * 0.44, h * 0.5, None, tone)
    pg.rect(x + w * 0.42, y + h * 0.55, w * 0.16, h * 0.15, None, tone)
    pg.ellipse(x + w * 0.1, y + h * 0.66, w * 0.8, h * 0.34, None, (70, 70, 90))
    pg.rect(x + w * 0.1, y + h * 0.84, w * 0.8, h * 0.16, None, (70, 70, 90))


def _guilloche(pg, x, y, w, h, color, rng, n=14):
    import math

    for k in range(n):
        ph = rng.random() * 6.28
        amp = rng.uniform(1.5, 4)
        y0 = y + h * (k + 0.5) / n
        pts = [(x + w * t / 80, y0 + amp * math.sin(t / 6 + ph)) for t in range(81)]
        pg.poly(pts, color, 0.12)


def passport_page(rng, p, style):
    """Passport data page (ID-3, 125 x 88 mm). p: dict of fields; style: dict of look."""
    pg = Page(125, 88, bg=style["bg"])
    _guilloche(pg, 0, 0, 125, 60, style["ink"], rng)
    hf = style.get("font", "sans")
    pg.text(62, 6, style["header"], hf + "-b", 7.5, style["title"], "m")
    if style.get("header2"):
        pg.text(62, 10, style["header2"], hf, 5.5, style["title"], "m")
    _portrait(pg, 5, 14, 30, 38)
    lab, val = style.get("labels"), style.get("vfont", "sans-b")
    x, y = 40, 16
    rows = [
        (lab["type"], "P", lab["code"], p["issuing_country"], lab["no"], p["document_number"]),
        (lab["surname"], p["surname_print"]),
        (lab["given"], p["given_print"]),
        (lab["nat"], p["nat_print"]),
        (lab["dob"], style["date"](p["date_of_birth"]), lab["sex"], p["sex"]),
        (lab["pob"], p["pob_print"]),
        (lab["issue"], style["date"](p["issue_date"]), lab["auth"], p["authority"]),
        (lab["exp"], style["date"](p["expiry_date"])),
    ]
    for r in rows:
        pg.text(x, y, r[0], "sans", 4.2, (60, 60, 90))
        pg.text(x, y + 3.2, r[1], val, 7, (15, 15, 20))
        if len(r) > 2:
            pg.text(x + 30, y, r[2], "sans", 4.2, (60, 60, 90))
            pg.text(x + 30, y + 3.2, r[3], val, 7, (15, 15, 20))
        if len(r) > 4:
            pg.text(x + 52, y, r[4], "sans", 4.2, (60, 60, 90))
            pg.text(x + 52, y + 3.2, r[5], val, 7.5, (120, 20, 20))
        y += 5.6
    pg.hand(rng, 8, 63, p["sig"], "hand3", 9, (20, 20, 40))
    pg.rect(0, 66, 125, 22, None, style["bg"])
    for i, ln in enumerate(p["mrz"]):
        pg.text(5, 74 + i * 6.5, ln, "ocrb", _mrz_size(ln, 114), (10, 10, 10))
    return pg


def visa_sticker(rng, v):
    """French type D visa sticker (Schengen uniform format, ~120 x 80 mm) on a passport page."""
    pg = Page(125, 88, bg=(236, 232, 222))
    pg.rect(2.5, 3, 120, 82, None, (226, 234, 238))
    _guilloche(pg, 2.5, 3, 120, 55, (170, 190, 215), rng, 18)
    _portrait(pg, 5, 9, 25, 32, (120, 90, 70))
    pg.text(34, 8, "VISA", "sans-b", 9, (30, 50, 110))
    pg.text(115, 8, v["sticker_no"], "mono", 9, (170, 20, 30), "r")
    f = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 34, 14),
        ("DU / FROM", d_slash(v["valid_from"]).replace("/", "-"), 34, 21),
        ("AU / UNTIL", d_slash(v["valid_until"]).replace("/", "-"), 64, 21),
        ("TYPE DE VISA / TYPE OF VISA", "D", 88, 21),
        ("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT", 34, 28),
        ("DUREE DE SEJOUR / DURATION OF STAY", "365 JOURS", 80, 28),
        ("DELIVRE A / ISSUED IN", v["issued_in"], 34, 35),
        ("LE / ON", d_slash(v["issued_on"]).replace("/", "-"), 80, 35),
        ("NUMERO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"], 34, 42),
        ("NOM, PRENOM / SURNAME, NAME", v["name_line"], 6, 49),
        ("REMARQUES / REMARKS", v["remarks"][0], 6, 56),
    ]
    for lab, val, x, y in f:
        pg.text(x, y, lab, "sans", 3.6, (70, 70, 100))
        pg.text(x, y + 3.3, val, "sans-b", 6.6, (20, 20, 25))
    for i, r in enumerate(v["remarks"][1:]):
        pg.text(6, 62.6 + i * 3.4, r, "sans-b", 6.2, (20, 20, 25))
    for i, ln in enumerate(v["mrz"]):
        pg.text(5, 76 + i * 6.0, ln, "ocrb", _mrz_size(ln, 112), (10, 10, 10))
    return pg


def td1_front(rng, c):
    """ID-1 card front (85.6 x 54 mm)."""
    pg = Page(85.6, 54, bg=c["bg"])
    _guilloche(pg, 0, 0, 85.6, 54, c["ink"], rng, 16)
    pg.rect(0, 0, 85.6, 8, None, c["band"])
    pg.text(3, 5.5, c["title"], "sans-b", 6.5, (255, 255, 255))
    if c.get("title2"):
        pg.text(83, 5.5, c["title2"], "sans-b", 4.2, (255, 255, 255), "r")
    _portrait(pg, 3, 11, 22, 28)
    y = 12
    for lab, val in c["fields"]:
        pg.text(28, y, lab, "sans", 3.3, (60, 60, 80))
        pg.text(28, y + 3, val, "sans-b", 5.6, (10, 10, 15))
        y += 6.3
    pg.hand(rng, 4, 47, c["sig"], "hand3", 7.5, (20, 20, 50))
    if c.get("number_front"):
        pg.text(83, 12, c["number_front"], "mono", 6.5, (150, 20, 30), "r")
    return pg


def td1_back(rng, c):
    pg = Page(85.6, 54, bg=c["bg"])
    _guilloche(pg, 0, 0, 85.6, 30, c["ink"], rng, 10)
    y = 5
    for lab, val in c["back_fields"]:
        pg.text(4, y, lab, "sans", 3.3, (60, 60, 80))
        pg.text(4, y + 3, val, "sans-b", 5.2, (10, 10, 15))
        y += 6.2
    pg.rect(0, 32, 85.6, 22, None, (245, 245, 240))
    for i, ln in enumerate(c["mrz"]):
        pg.text(3.5, 38.5 + i * 5.6, ln, "ocrb", _mrz_size(ln, 78), (10, 10, 10))
    return pg
