"""Shared helpers: check digits, dates, fonts, pen strokes (no drawing backend here)."""

from __future__ import annotations

import datetime as dt
import math
import random

# ---------------------------------------------------------------- fonts
TT = "/usr/share/fonts/truetype"
FONTS = {
    "sans": f"{TT}/liberation/LiberationSans-Regular.ttf",
    "sans_b": f"{TT}/liberation/LiberationSans-Bold.ttf",
    "sans_i": f"{TT}/liberation/LiberationSans-Italic.ttf",
    "narrow": f"{TT}/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow_b": f"{TT}/liberation/LiberationSansNarrow-Bold.ttf",
    "serif": f"{TT}/liberation/LiberationSerif-Regular.ttf",
    "serif_b": f"{TT}/liberation/LiberationSerif-Bold.ttf",
    "serif_i": f"{TT}/liberation/LiberationSerif-Italic.ttf",
    "mono": f"{TT}/liberation/LiberationMono-Regular.ttf",
    "dejavu": f"{TT}/dejavu/DejaVuSans.ttf",
    "dejavu_b": f"{TT}/dejavu/DejaVuSans-Bold.ttf",
    "dejavu_c": f"{TT}/dejavu/DejaVuSansCondensed.ttf",
    "dejavu_cb": f"{TT}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "dserif": f"{TT}/dejavu/DejaVuSerif.ttf",
    "dserif_b": f"{TT}/dejavu/DejaVuSerif-Bold.ttf",
    "lato": f"{TT}/lato/Lato-Regular.ttf",
    "lato_b": f"{TT}/lato/Lato-Bold.ttf",
    "lato_l": f"{TT}/lato/Lato-Light.ttf",
    "opensans": f"{TT}/open-sans/OpenSans-Regular.ttf",
    "opensans_b": f"{TT}/open-sans/OpenSans-Bold.ttf",
    "opensans_sb": f"{TT}/open-sans/OpenSans-Semibold.ttf",
    "roboto": f"{TT}/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto_m": f"{TT}/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto_b": f"{TT}/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotoc": f"{TT}/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc_b": f"{TT}/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": f"{TT}/crosextra/Carlito-Regular.ttf",
    "carlito_b": f"{TT}/crosextra/Carlito-Bold.ttf",
    "caladea": f"{TT}/crosextra/Caladea-Regular.ttf",
    "caladea_b": f"{TT}/crosextra/Caladea-Bold.ttf",
    "freeserif": f"{TT}/freefont/FreeSerif.ttf",
    "freesans": f"{TT}/freefont/FreeSans.ttf",
    "freesans_b": f"{TT}/freefont/FreeSansBold.ttf",
    "freemono": f"{TT}/freefont/FreeMono.ttf",
    # handwriting-like fonts (filled strokes, not outlines)
    "hand_dkg": f"{TT}/fifthhorseman/dkg.ttf",
    "hand_breip": f"{TT}/breip/Breip.ttf",
    "hand_ecolier": f"{TT}/ecolier-court/Ecolier-court.ttf",
    "hand_print": f"{TT}/humor-sans/Humor-Sans.ttf",
    # Arabic (PIL + raqm only)
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri_b": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    # OCR-B is CFF: PIL only (MRZ is only ever drawn on images)
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
}

# ---------------------------------------------------------------- dates
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS_FR3 = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(date: dt.date) -> str:
    return date.strftime("%d/%m/%Y")


def fr_words(date: dt.date) -> str:
    day = "1er" if date.day == 1 else str(date.day)
    return f"{day} {MOIS[date.month - 1]} {date.year}"


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def add_years(date: dt.date, years: int) -> dt.date:
    return date.replace(year=date.year + years)


def euros(x: float) -> str:
    """French amount: 1 234,56"""
    s = f"{x:,.2f}"
    return s.replace(",", " ").replace(".", ",")


# ---------------------------------------------------------------- check digits
def mrz_value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55  # A=10


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(mrz_value(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(x: str) -> str:
        x = x.upper().replace("-", " ").replace("'", "")
        return "<".join(p for p in x.split() if p)

    s = clean(surname) + "<<" + clean(given)
    s = s[:width]
    return s + "<" * (width - len(s))


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def yymmdd(date: dt.date) -> str:
    return date.strftime("%y%m%d")


def mrz_td3(doc_type, state, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = pad(doc_type, 2) + state + mrz_name(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = mrz_cd(pers) if personal else "<"
    b, e = yymmdd(dob), yymmdd(exp)
    part = num + mrz_cd(num) + nat + b + mrz_cd(b) + sex + e + mrz_cd(e) + pers + pcd
    comp_src = part[0:10] + part[13:20] + part[21:43]
    l2 = part + mrz_cd(comp_src)
    assert len(l1) == 44 and len(l2) == 44
    assert_td3(l2)
    return [l1, l2]


def assert_td3(l2: str) -> None:
    assert mrz_cd(l2[0:9]) == l2[9]
    assert mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    assert l2[42] == "<" or mrz_cd(l2[28:42]) == l2[42]
    assert mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def mrz_mrva(doc_type, state, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = "V" + doc_type + state + mrz_name(surname, given, 39)
    num = pad(number, 9)
    b, e = yymmdd(dob), yymmdd(exp)
    l2 = num + mrz_cd(num) + nat + b + mrz_cd(b) + sex + e + mrz_cd(e) + pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    return [l1, l2]


def mrz_td1(doc_type, state, surname, given, number, nat, dob, sex, exp, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + state + num + mrz_cd(num) + pad(opt1, 15)
    b, e = yymmdd(dob), yymmdd(exp)
    l2 = b + mrz_cd(b) + sex + e + mrz_cd(e) + nat + pad(opt2, 11)
    comp = mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l2 += comp
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    assert mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
    assert mrz_cd(l2[8:14]) == l2[14]
    assert mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return [l1, l2, l3]


def _alnum_to_int(s: str) -> str:
    return "".join(str(ord(c) - 55) if c.isalpha() else c for c in s.upper())


def iban_make(country: str, bban: str) -> str:
    num = _alnum_to_int(bban + country + "00")
    chk = 98 - int(num) % 97
    iban = f"{country}{chk:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_alnum_to_int(s)) % 97 == 1


RIB_MAP = {}
for _letters, _digit in (("AJ", 1), ("BKS", 2), ("CLT", 3), ("DMU", 4), ("ENV", 5)):
    for _c in _letters:
        RIB_MAP[_c] = str(_digit)
for _letters, _digit in (("FOW", 6), ("GPX", 7), ("HQY", 8), ("IRZ", 9)):
    for _c in _letters:
        RIB_MAP[_c] = str(_digit)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(RIB_MAP.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    iban = iban_make("FR", bank + branch + account + key)
    acc = "".join(RIB_MAP.get(c, c) for c in account.upper())
    assert (89 * int(bank) + 15 * int(branch) + 3 * int(acc) + int(key)) % 97 == 0
    return iban, key


def be_iban(bank3: str, acct7: str) -> str:
    n = int(bank3 + acct7) % 97
    n = 97 if n == 0 else n
    return iban_make("BE", f"{bank3}{acct7}{n:02d}")


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2:
            v *= 2
            v -= 9 if v > 9 else 0
        tot += v
    return tot % 10 == 0


def siret_make(siren8: str, nic4: str) -> str:
    """Complete an 8-digit stem to a Luhn SIREN, then a 4-digit NIC stem to a Luhn SIRET."""
    siren = next(siren8 + str(k) for k in range(10) if luhn_ok(siren8 + str(k)))
    siret = next(siren + nic4 + str(k) for k in range(10) if luhn_ok(siren + nic4 + str(k)))
    assert luhn_ok(siren) and luhn_ok(siret)
    return siret


def fmt_siret(s: str) -> str:
    return f"{s[0:3]} {s[3:6]} {s[6:9]} {s[9:14]}"


# ---------------------------------------------------------------- pen strokes
def _cell(ch: str, rng: random.Random, n: int = 14) -> list[tuple[float, float]]:
    """One cursive letter as a path in a cell (baseline 0, x-height 1), left to right."""
    ts = [i / (n - 1) for i in range(n)]
    k = rng.uniform(0.9, 1.15)
    if ch in "bdfhklt":
        return [(t + 0.38 * math.sin(2 * math.pi * t), 2.1 * k * math.sin(math.pi * t)) for t in ts]
    if ch in "gjpqyz":
        return [
            (t + 0.3 * math.sin(2 * math.pi * t), -1.5 * k * math.sin(math.pi * t) + 0.6 * t)
            for t in ts
        ]
    if ch in "aocq":
        pts = [
            (
                0.45 + 0.42 * math.cos(math.pi * 0.2 + 2 * math.pi * t),
                0.5 + 0.5 * k * math.sin(math.pi * 0.2 + 2 * math.pi * t),
            )
            for t in ts
        ]
        return pts + [(0.85, 0.05), (1.0, 0.25)]
    if ch in "e":
        return [(t + 0.3 * math.sin(2 * math.pi * t), 0.95 * k * math.sin(math.pi * t)) for t in ts]
    if ch in "mw":
        return [(t, 0.95 * k * abs(math.sin(2 * math.pi * t))) for t in ts]
    if ch in "s":
        return [(0.0, 0.0), (0.2, 1.0), (0.5, 0.7), (0.3, 0.3), (0.6, 0.0), (1.0, 0.3)]
    return [(t, 0.95 * k * abs(math.sin(math.pi * t + 0.15))) for t in ts]


def signature_strokes(name: str, rng: random.Random, w: float = 1.0, h: float = 0.5):
    """A handwritten-looking signature as a list of polylines in a unit box (x 0..w, y 0..h,
    y up): a large capital loop, a few cursive letters of `name`, a fading tail and an
    underline flourish."""
    letters = [ch.lower() for ch in name if ch.isalpha()] or ["x"]
    slant = rng.uniform(0.2, 0.45)
    # capital
    cap = [(-0.3 + 0.3 * t, -0.3 + 0.3 * t) for t in (0, 0.5, 1)]
    hcap = rng.uniform(2.6, 3.2)
    for i in range(40):
        t = i / 39
        cap.append((0.9 * t + 0.55 * math.sin(2 * math.pi * t), hcap * math.sin(math.pi * t)))
    body = list(cap)
    x = body[-1][0] + 0.2
    nlet = min(len(letters) - 1, rng.randint(3, 6))
    for ch in letters[1 : 1 + nlet]:
        cw = rng.uniform(0.75, 0.95)
        for px, py in _cell(ch, rng):
            body.append((x + px * cw, py * rng.uniform(0.92, 1.05)))
        x += cw
    # fading tail: shrinking waves
    for i in range(24):
        t = i / 23
        body.append((x + 1.6 * t, 0.55 * (1 - t) * abs(math.sin(3 * math.pi * t)) + 0.1 * t))
    x += 1.6
    flourish = []
    for i in range(30):
        t = i / 29
        flourish.append(
            (
                x + 0.3 * math.sin(math.pi * t) - (x + 0.8) * t,
                -0.5 - 0.6 * math.sin(math.pi * t) + 0.4 * t * t,
            )
        )
    paths = [body + flourish]
    if rng.random() < 0.5:
        paths.append([(x * 0.7, 1.5), (x * 0.7 + 0.15, 1.55)])
    # slant, normalise to the box, jitter
    out = []
    xs = [p[0] + slant * p[1] for pl in paths for p in pl]
    ys = [p[1] for pl in paths for p in pl]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    for pl in paths:
        q = []
        for px, py in pl:
            sx = (px + slant * py - x0) / (x1 - x0) * w
            sy = (py - y0) / (y1 - y0) * h
            q.append((sx + rng.gauss(0, 0.002 * w), sy + rng.gauss(0, 0.004 * h)))
        out.append(q)
    return out


def paraphe_strokes(rng: random.Random, w: float = 1.0, h: float = 0.5):
    """Initials (paraphe) for contract pages: two loops and a tick."""
    pts = []
    for i in range(50):
        t = i / 49
        a = 4 * math.pi * t
        pts.append((w * (0.1 + 0.7 * t + 0.08 * math.sin(a)), h * (0.45 + 0.35 * math.cos(a))))
    return [[(x + rng.gauss(0, 0.01 * w), y + rng.gauss(0, 0.01 * h)) for x, y in pts]]


def tick_strokes(rng: random.Random, kind: str = "x"):
    """A pen tick or cross in a unit box."""
    j = rng.uniform
    if kind == "x":
        return [
            [(0.1 + j(-0.05, 0.05), 0.1 + j(-0.05, 0.05)), (0.9 + j(-0.05, 0.05), 0.9)],
            [(0.12, 0.88 + j(-0.05, 0.05)), (0.88 + j(-0.05, 0.05), 0.12)],
        ]
    return [[(0.1, 0.5), (0.4, 0.15 + j(-0.05, 0.05)), (1.0, 1.0 + j(-0.1, 0.0))]]
