"""Check digits (ICAO 9303 MRZ, IBAN, French RIB key) and identity documents for set_dh."""

from __future__ import annotations

import random
import unicodedata

from dh_core import Page, face, guilloche, signature

# ----------------------------------------------------------------------------- check digits
_W = (7, 3, 1)


def _val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def cd(s: str) -> str:
    return str(sum(_val(c) * _W[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.upper())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else "<" for c in s)


def _pad(s: str, n: int) -> str:
    assert len(s) <= n, (s, n)
    return s + "<" * (n - len(s))


def ymd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(country, surname, given, number, nat, dob, sex, expiry, kind="P<"):
    assert len(number) <= 9
    l1 = _pad(kind + country + mrz_name(surname) + "<<" + mrz_name(given), 44)[:44]
    num = _pad(number, 9)
    opt = "<" * 14
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry))
    l2 += opt + cd(opt)
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrva(country, surname, given, number, nat, dob, sex, expiry):
    assert len(number) <= 9
    l1 = _pad("V<" + country + mrz_name(surname) + "<<" + mrz_name(given), 44)[:44]
    num = _pad(number, 9)
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry))
    l2 = _pad(l2, 44)
    return [l1, l2]


def td1(kind, country, number, dob, sex, expiry, nat, surname, given, opt1=""):
    assert len(number) <= 9
    num = _pad(number, 9)
    l1 = _pad(kind + country + num + cd(num) + opt1, 30)
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry)) + nat
    l2 = _pad(l2, 29)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += cd(comp)
    l3 = _pad(mrz_name(surname) + "<<" + mrz_name(given), 30)[:30]
    return [l1, l2, l3]


def verify_mrz(lines: list[str]) -> bool:
    """Independent check of every check digit of a TD1 / TD3 / MRV-A MRZ."""
    if len(lines) == 3:
        a, b = lines[0], lines[1]
        ok = cd(a[5:14]) == a[14] and cd(b[0:6]) == b[6] and cd(b[8:14]) == b[14]
        return ok and cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]
    b = lines[1]
    ok = cd(b[0:9]) == b[9] and cd(b[13:19]) == b[19] and cd(b[21:27]) == b[27]
    if lines[0].startswith("V"):
        return ok
    return ok and cd(b[28:42]) == b[42] and cd(b[0:10] + b[13:20] + b[21:43]) == b[43]


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    iban = f"{country}{chk:02d}{bban}"
    assert iban_ok(iban)
    return iban


def _rib_digits(s: str) -> str:
    tr = {}
    for i, letters in enumerate(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ")):
        for ch in letters:
            tr[ch] = str(i + 1)
    return "".join(tr.get(c, c) for c in s)


def rib_key(bank: str, branch: str, account: str) -> str:
    b, g, a = int(bank), int(branch), int(_rib_digits(account))
    return f"{97 - (89 * b + 15 * g + 3 * a) % 97:02d}"


def rib_key_ok(bank, branch, account, key) -> bool:
    b, g, a = int(bank), int(branch), int(_rib_digits(account))
    return (89 * b + 15 * g + 3 * a + int(key)) % 97 == 0


def french_rib(bank: str, branch: str, account: str):
    key = rib_key(bank, branch, account)
    assert rib_key_ok(bank, branch, account, key)
    return key, make_iban("FR", bank + branch + account + key)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ----------------------------------------------------------------------------- documents
MONTHS_FR = [
    "JANV",
    "FÉVR",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOÛT",
    "SEPT",
    "OCT",
    "NOV",
    "DÉC",
]


def dmy(iso: str, sep: str = "/") -> str:
    return iso[8:10] + sep + iso[5:7] + sep + iso[0:4]


def passport_page(p: dict, rng: random.Random) -> Page:
    """ICAO TD3 data page, 125 x 88 mm. p holds the printed fields and labels."""
    pg = Page(125, 88, bg=p.get("bg", (238, 236, 226)))
    guilloche(pg, 2, 10, 121, 58, rng, p.get("guil", (215, 205, 225)), 14)
    pg.text(62.5, 7.5, p["header"], "serifb", 9.5, p.get("ink", (60, 40, 90)), "m")
    if p.get("header2"):
        pg.text(62.5, 11.5, p["header2"], "serif", 6.5, p.get("ink", (60, 40, 90)), "m")
    face(pg, 5, 17, 30, 39, tone=p.get("tone", (115, 85, 65)))
    x0, x1 = 40, 88
    lab = (90, 80, 100)
    rows = [
        [
            (x0, "Type / Type", "P"),
            (54, p["lab_code"], p["country"]),
            (x1, p["lab_no"], p["number"]),
        ],
        [(x0, p["lab_sur"], p["surname"])],
        [(x0, p["lab_giv"], p["given"])],
        [(x0, p["lab_nat"], p["nat_text"])],
        [(x0, p["lab_dob"], p["dob_text"]), (x1, p["lab_sex"], p["sex"])],
        [(x0, p["lab_pob"], p["pob"])],
        [(x0, p["lab_iss"], p["issue_text"]), (x1, p["lab_auth"], p["authority"])],
        [(x0, p["lab_exp"], p["exp_text"])],
    ]
    y = 17.0
    for row in rows:
        for x, lbl, val in row:
            pg.text(x, y, lbl, "sans", 4.3, lab)
            pg.text(x, y + 3.6, val, "sansb", 7.2, (20, 20, 25))
        y += 6.4
    signature(pg, 88, 60, 28, rng, (30, 30, 60), 0.3)
    for i, ln in enumerate(p["mrz"]):
        pg.text(4.5, 76 + i * 6.2, ln, "ocrb", 9.6, (10, 10, 10))
    return pg


def visa_sticker(v: dict, rng: random.Random) -> Page:
    """French long-stay visa (MRV-A sticker, 120 x 80 mm) as on a passport page."""
    pg = Page(120, 80, bg=(232, 238, 236))
    guilloche(pg, 2, 2, 116, 60, rng, (190, 215, 200), 16)
    face(pg, 4, 12, 24, 31, tone=v.get("tone", (110, 80, 60)))
    lab = (70, 90, 80)
    pg.text(32, 6.5, "VISA", "sansb", 8, (40, 60, 50))
    pg.text(60, 6.5, "FRA", "sansb", 8, (40, 60, 50))
    pg.text(114, 6.5, v["number"], "sansb", 8.5, (170, 30, 40), "r")
    items = [
        (32, 12, "VALABLE POUR / VALID FOR", "FRANCE"),
        (32, 18, "DU / FROM", v["from_text"]),
        (62, 18, "AU / UNTIL", v["until_text"]),
        (92, 18, "TYPE DE VISA", "D"),
        (32, 24, "DURÉE DE SÉJOUR / DURATION", v["days"]),
        (75, 24, "NOMBRE D'ENTRÉES", "MULT"),
        (32, 30, "DÉLIVRÉ À / ISSUED IN", v["place"]),
        (75, 30, "LE / ON", v["issued_text"]),
        (32, 36, "NUMÉRO DE PASSEPORT", v["passport"]),
        (32, 42, "NOM, PRÉNOM / SURNAME, NAME", v["name_line"]),
    ]
    for x, y, lbl, val in items:
        pg.text(x, y, lbl, "sans", 3.6, lab)
        pg.text(x, y + 3.0, val, "sansb", 6.2, (15, 15, 20))
    pg.text(4, 49, "REMARQUES :", "sans", 4, lab)
    for i, ln in enumerate(v["remarks"]):
        pg.text(4, 53 + i * 3.4, ln, "sansb", 5.6, (15, 15, 20))
    for i, ln in enumerate(v["mrz"]):
        pg.text(3.5, 69.5 + i * 5.6, ln, "ocrb", 8.6, (10, 10, 10))
    return pg


def fr_card_front(c: dict, rng: random.Random) -> Page:
    """Titre de séjour (ID-1, 85.6 x 54 mm), front; c['title'] is the card title."""
    pg = Page(85.6, 54, bg=c.get("bg", (226, 232, 240)))
    guilloche(pg, 1, 6, 83, 46, rng, c.get("guil", (200, 210, 230)), 12)
    pg.rect(0, 0, 85.6, 5.5, stroke=None, fill=(30, 60, 140))
    pg.text(3, 4, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.2, (255, 255, 255))
    pg.text(82, 4, c["title"], "sansb", 4.8, (255, 255, 255), "r")
    face(pg, 3, 10, 20, 26, tone=c.get("tone", (150, 115, 90)))
    lab = (80, 80, 110)
    y = 10.0
    for lbl, val in c["rows"]:
        pg.text(26, y, lbl, "sans", 2.9, lab)
        pg.text(26, y + 2.9, val, "sansb", 5.0, (15, 15, 25))
        y += 5.7
    signature(pg, 4, 42, 18, rng, (30, 30, 60), 0.25)
    return pg


def fr_card_back(c: dict, rng: random.Random) -> Page:
    pg = Page(85.6, 54, bg=c.get("bg", (226, 232, 240)))
    guilloche(pg, 1, 2, 83, 26, rng, c.get("guil", (200, 210, 230)), 8)
    lab = (80, 80, 110)
    y = 5.0
    for lbl, val in c["back_rows"]:
        pg.text(4, y, lbl, "sans", 2.9, lab)
        pg.text(4, y + 2.9, val, "sansb", 4.8, (15, 15, 25))
        y += 5.6
    for i, ln in enumerate(c["mrz"]):
        pg.text(3.2, 38 + i * 5.0, ln, "ocrb", 7.6, (10, 10, 10))
    return pg
