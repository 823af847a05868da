"""Shared helpers for set_m: fonts, dates, MRZ (ICAO 9303), IBAN / RIB, SIRET."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata

FONT_DIRS = ["/usr/share/fonts"]

# font role -> candidate file names (first found wins)
FONT_ROLES = {
    "sans": ["LiberationSans-Regular.ttf", "DejaVuSans.ttf"],
    "sans_b": ["LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"],
    "sans_i": ["LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf"],
    "dsans": ["DejaVuSans.ttf", "LiberationSans-Regular.ttf"],
    "dsans_b": ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"],
    "cond": ["DejaVuSansCondensed.ttf", "LiberationSansNarrow-Regular.ttf"],
    "cond_b": ["DejaVuSansCondensed-Bold.ttf", "LiberationSansNarrow-Bold.ttf"],
    "narrow": ["LiberationSansNarrow-Regular.ttf", "DejaVuSansCondensed.ttf"],
    "narrow_b": ["LiberationSansNarrow-Bold.ttf", "DejaVuSansCondensed-Bold.ttf"],
    "serif": ["LiberationSerif-Regular.ttf", "DejaVuSerif.ttf"],
    "serif_b": ["LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"],
    "serif_i": ["LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf"],
    "dserif": ["DejaVuSerif.ttf", "LiberationSerif-Regular.ttf"],
    "dserif_b": ["DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf"],
    "mono": ["LiberationMono-Regular.ttf", "DejaVuSansMono.ttf"],
    "mono_b": ["LiberationMono-Bold.ttf", "DejaVuSansMono-Bold.ttf"],
    "dmono": ["DejaVuSansMono.ttf", "LiberationMono-Regular.ttf"],
    "ocrb": ["OCRB.otf", "DejaVuSansMono.ttf", "LiberationMono-Regular.ttf"],
    "hand1": ["dkg.ttf", "DancingScript-Regular.otf", "LiberationSerif-Italic.ttf"],
    "hand2": ["Breip.ttf", "dkgIt.ttf", "LiberationSerif-Italic.ttf"],
    "hand3": ["KaushanScript-Regular.otf", "dkg.ttf", "LiberationSerif-Italic.ttf"],
    "hand4": ["DancingScript-Regular.otf", "dkgIt.ttf", "LiberationSerif-Italic.ttf"],
    "arabic": ["Amiri-Regular.ttf", "DejaVuSans.ttf"],
    "script": ["DancingScript-Bold.otf", "KaushanScript-Regular.otf", "LiberationSerif-Italic.ttf"],
}

_FILE_INDEX: dict[str, str] | None = None


def _index() -> dict[str, str]:
    global _FILE_INDEX
    if _FILE_INDEX is None:
        idx: dict[str, str] = {}
        for base in FONT_DIRS:
            for root, dirs, files in os.walk(base):
                dirs.sort()
                for f in sorted(files):
                    idx.setdefault(f, os.path.join(root, f))
        _FILE_INDEX = idx
    return _FILE_INDEX


def font_path(role: str, ttf_only: bool = False) -> str | None:
    """Path of the font file for a role, or None (caller falls back)."""
    for name in FONT_ROLES.get(role, FONT_ROLES["sans"]):
        if ttf_only and not name.endswith(".ttf"):
            continue
        p = _index().get(name)
        if p:
            return p
    return None


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
MONTHS_EN = [
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
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MESES_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(s: str) -> str:
    x = d(s)
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def fr_words(s: str) -> str:
    x = d(s)
    day = "1er" if x.day == 1 else str(x.day)
    return f"{day} {MOIS[x.month - 1]} {x.year}"


def en_words(s: str) -> str:
    x = d(s)
    return f"{MONTHS_EN[x.month - 1]} {x.day}, {x.year}"


def es_words(s: str) -> str:
    x = d(s)
    return f"{x.day} de {MESES[x.month - 1]} de {x.year}"


def pt_words(s: str) -> str:
    x = d(s)
    return f"{x.day} de {MESES_PT[x.month - 1]} de {x.year}"


def dmy_mon(s: str) -> str:
    """Passport style: 17 APR/AVR 1988."""
    x = d(s)
    en = MONTHS_EN[x.month - 1][:3].upper()
    frm = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
    return f"{x.day:02d} {frm[x.month - 1]}/{en} {x.year}"


def add_days(s: str, n: int) -> str:
    return (d(s) + dt.timedelta(days=n)).isoformat()


def month_bounds(ym: str) -> tuple[str, str]:
    y, m = int(ym[:4]), int(ym[5:7])
    start = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return start.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()


def month_name_fr(ym: str) -> str:
    return f"{MOIS[int(ym[5:7]) - 1]} {ym[:4]}"


# ---------------------------------------------------------------- MRZ
def mrz_clean(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.upper().replace("'", "").replace("’", "")
    s = s.replace("ß", "SS").replace("Ø", "O").replace("Æ", "AE").replace("İ", "I")
    out = []
    for c in s:
        out.append(c if (c.isalnum() and c.isascii()) else "<")
    return "".join(out)


def check_digit(s: str) -> str:
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c.isalpha():
            v = ord(c) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def yymmdd(s: str) -> str:
    return s[2:4] + s[5:7] + s[8:10]


def mrz_name(surname: str, given: str, width: int) -> str:
    n = mrz_clean(surname).strip("<") + "<<" + mrz_clean(given).strip("<")
    while "<<<" in n[: len(n.rstrip("<"))]:
        n = n.replace("<<<", "<<")
    return (n + "<" * width)[:width]


def pad(s: str, n: int) -> str:
    return (mrz_clean(s) + "<" * n)[:n]


def td3(p: dict, bad: bool = False) -> list[str]:
    """Passport MRZ. p: surname, given_names, number, nationality, issuing, dob, sex, expiry."""
    l1 = "P<" + p["issuing"] + mrz_name(p["surname"], p["given_names"], 39)
    num = pad(p["number"], 9)
    personal = pad(p.get("personal", ""), 14)
    pchk = check_digit(personal) if personal.strip("<") else "<"
    dob, exp = yymmdd(p["dob"]), yymmdd(p["expiry"])
    c1, c2, c3 = check_digit(num), check_digit(dob), check_digit(exp)
    if bad:
        c2 = str((int(c2) + 3) % 10)
    body = num + c1 + dob + c2 + exp + c3 + personal + pchk
    comp = check_digit(num + c1 + dob + c2 + exp + c3 + personal + pchk)
    l2 = num + c1 + p["nationality"] + dob + c2 + p["sex"] + exp + c3 + personal + pchk + comp
    assert len(l1) == 44 and len(l2) == 44, (l1, l2, body)
    return [l1, l2]


def td1(p: dict, doc_code: str = "ID", bad: bool = False) -> list[str]:
    num = pad(p["number"], 9)
    opt1 = pad(p.get("opt1", ""), 15)
    l1 = doc_code + p["issuing"] + num + check_digit(num) + opt1
    dob, exp = yymmdd(p["dob"]), yymmdd(p["expiry"])
    c2, c3 = check_digit(dob), check_digit(exp)
    if bad:
        c3 = str((int(c3) + 4) % 10)
    opt2 = pad(p.get("opt2", ""), 11)
    comp = check_digit(l1[5:30] + dob + c2 + exp + c3 + opt2)
    l2 = dob + c2 + p["sex"] + exp + c3 + p["nationality"] + opt2 + comp
    l3 = mrz_name(p["surname"], p["given_names"], 30)
    assert len(l1) == len(l2) == len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrva(p: dict, visa_code: str = "VD", bad: bool = False) -> list[str]:
    l1 = visa_code + p["issuing"] + mrz_name(p["surname"], p["given_names"], 39)
    num = pad(p["number"], 9)
    dob, exp = yymmdd(p["dob"]), yymmdd(p["expiry"])
    c1 = check_digit(num)
    if bad:
        c1 = str((int(c1) + 1) % 10)
    opt = pad(p.get("opt", ""), 16)
    l2 = num + c1 + p["nationality"] + dob + check_digit(dob) + p["sex"] + exp
    l2 += check_digit(exp) + opt
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


# ---------------------------------------------------------------- banks
def _alnum_to_digits(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_make(country: str, bban: str) -> str:
    n = int(_alnum_to_digits(bban + country + "00"))
    return f"{country}{98 - n % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_alnum_to_digits(s)) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    conv = {}
    for i, c in enumerate("ABCDEFGHI"):
        conv[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"):
        conv[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"):
        conv[c] = str(i + 2)
    acc = "".join(conv.get(c, c) for c in account)
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str, key: str | None = None) -> str:
    k = key if key is not None else rib_key(bank, branch, account)
    return iban_make("FR", bank + branch + account + k)


def be_iban(bank3: str, acc7: str) -> str:
    ten = bank3 + acc7
    chk = int(ten) % 97 or 97
    return iban_make("BE", f"{ten}{chk:02d}")


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_complete(body: str) -> str:
    for last in range(10):
        s = body + str(last)
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        if tot % 10 == 0:
            return s
    raise ValueError(body)


def siret(siren8: str, nic4: str) -> str:
    siren = luhn_complete(siren8)
    return luhn_complete(siren + nic4)


def fmt_siret(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s
