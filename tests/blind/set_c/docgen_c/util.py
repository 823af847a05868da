"""Small helpers: seeded randomness, dates, check digits (MRZ, IBAN, RIB, SIRET, NIR)."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

import numpy as np


def rng_for(*parts) -> np.random.Generator:
    """A numpy Generator whose seed depends only on the given labels (never on time)."""
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return np.random.default_rng(int.from_bytes(h[:8], "big"))


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


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
MOIS_ABBR = [
    "JANV",
    "FEVR",
    "MARS",
    "AVRIL",
    "MAI",
    "JUIN",
    "JUIL",
    "AOUT",
    "SEPT",
    "OCT",
    "NOV",
    "DEC",
]
MON_EN3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fr(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return d.strftime("%d/%m/%Y")


def fr_dots(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return d.strftime("%d.%m.%Y")


def fr_words(d) -> str:
    d = D(d) if isinstance(d, str) else d
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def en_words(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def passport_date(d, style="en") -> str:
    """Date as printed on passports: '17 APR 1999', '17 AVR/APR 1999', '17.04.1999'."""
    d = D(d) if isinstance(d, str) else d
    if style == "en":
        return f"{d.day:02d} {MON_EN3[d.month - 1]} {d.year}"
    if style == "fren":
        fr3 = [
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
        return f"{d.day:02d} {fr3[d.month - 1]}/{MON_EN3[d.month - 1]} {d.year}"
    if style == "dots":
        return d.strftime("%d.%m.%Y")
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "space":
        return d.strftime("%d %m %Y")
    raise ValueError(style)


def month_bounds(year: int, month: int):
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = month_bounds(y, m)[1].day
    return dt.date(y, m, min(d.day, last))


def strip_accents(s: str) -> str:
    s = (
        s.replace("ß", "SS")
        .replace("Æ", "AE")
        .replace("æ", "ae")
        .replace("Ø", "O")
        .replace("ø", "o")
    )
    s = s.replace("ı", "i").replace("İ", "I").replace("Ł", "L").replace("ł", "l")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def money(x: float, cur="€") -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return f"{s} {cur}" if cur else s


# ---------------------------------------------------------------- MRZ (ICAO 9303)


def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(x):
        x = strip_accents(x).upper()
        out = []
        for ch in x:
            if "A" <= ch <= "Z":
                out.append(ch)
            elif ch in " -'’.":
                out.append("<" if ch in " -" else "")
        return "".join(out)

    s = clean(surname)
    g = clean(given)
    field = s + "<<" + g if g else s
    field = field[:width]
    return field.ljust(width, "<")


def mrz_date(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return d.strftime("%y%m%d")


def td3(
    doc_code,
    issuing,
    surname,
    given,
    number,
    nationality,
    dob,
    sex,
    expiry,
    personal="",
    corrupt=None,
):
    """Two 44-char lines of a passport. corrupt='number'|'dob'|'expiry' breaks one check digit."""
    l1 = (doc_code + "<")[:2] + issuing + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    cd_num, cd_dob, cd_exp = mrz_cd(num), mrz_cd(mrz_date(dob)), mrz_cd(mrz_date(expiry))
    cd_pers = mrz_cd(pers) if personal else "<"
    if corrupt == "number":
        cd_num = str((int(cd_num) + 3) % 10)
    comp_src = num + cd_num + mrz_date(dob) + cd_dob + mrz_date(expiry) + cd_exp + pers + cd_pers
    l2 = (
        num
        + cd_num
        + nationality
        + mrz_date(dob)
        + cd_dob
        + sex
        + mrz_date(expiry)
        + cd_exp
        + pers
        + cd_pers
        + mrz_cd(comp_src)
    )
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def td1(doc_code, issuing, number, dob, sex, expiry, nationality, surname, given, opt1="", opt2=""):
    """Three 30-char lines of an ID-1 card; document numbers longer than 9 chars use the
    ICAO overflow rule (first 9 chars, '<' in the check position, rest + check in optional)."""
    doc_code = (doc_code + "<")[:2]
    if len(number) > 9:
        head, tail = number[:9], number[9:]
        o1 = (tail + mrz_cd(number) + "<" + opt1).ljust(15, "<")[:15]
        num_part = head + "<"
    else:
        num_part = number.ljust(9, "<") + mrz_cd(number.ljust(9, "<"))
        o1 = opt1.ljust(15, "<")[:15]
    l1 = doc_code + issuing + num_part + o1
    o2 = opt2.ljust(11, "<")[:11]
    l2a = (
        mrz_date(dob)
        + mrz_cd(mrz_date(dob))
        + sex
        + mrz_date(expiry)
        + mrz_cd(mrz_date(expiry))
        + nationality
        + o2
    )
    comp = mrz_cd(l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29])
    l2 = l2a + comp
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrv_a(
    visa_type, issuing, surname, given, number, nationality, dob, sex, valid_until, optional=""
):
    """Visa sticker (MRV-A): two 44-char lines, code 'V' + type letter."""
    l1 = "V" + visa_type + issuing + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    l2 = (
        num
        + mrz_cd(num)
        + nationality
        + mrz_date(dob)
        + mrz_cd(mrz_date(dob))
        + sex
        + mrz_date(valid_until)
        + mrz_cd(mrz_date(valid_until))
        + optional.ljust(16, "<")[:16]
    )
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def fr_cni_old(surname, given, number12, dob, sex, admin="751021"):
    """Pre-2021 French national ID card: 2 lines of 36 characters."""
    l1 = "IDFRA" + mrz_name(surname, "", 25) + admin[:6].ljust(6, "<")
    g = mrz_name(given.split(" ")[0], "", 14)
    l2a = number12 + mrz_cd(number12) + g + mrz_date(dob) + mrz_cd(mrz_date(dob)) + sex
    l2 = l2a + mrz_cd(l1 + l2a)
    assert len(l1) == 36 and len(l2) == 36, (l1, l2)
    return [l1, l2]


# ---------------------------------------------------------------- bank numbers

_RIB_LETTERS = {
    c: v
    for v, letters in {
        1: "AJ",
        2: "BKS",
        3: "CLT",
        4: "DMU",
        5: "ENV",
        6: "FOW",
        7: "GPX",
        8: "HQY",
        9: "IRZ",
    }.items()
    for c in letters
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(str(_RIB_LETTERS.get(c, c)) for c in account.upper())
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97):02d}"


def iban_from_bban(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    cd = 98 - int(num) % 97
    return f"{country}{cd:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def fr_iban(bank: str, branch: str, account: str, wrong_check=False):
    key = rib_key(bank, branch, account)
    iban = iban_from_bban("FR", bank + branch + account + key)
    if wrong_check:
        cd = int(iban[2:4])
        iban = iban[:2] + f"{(cd + 11) % 97:02d}" + iban[4:]
        assert not iban_ok(iban)
    return iban, key


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def siret(rng) -> str:
    siren = _luhn_complete("".join(str(int(x)) for x in rng.integers(1, 10, 8)))
    nic = "000" + str(int(rng.integers(1, 9)))
    s = _luhn_complete(siren + nic)
    assert len(s) == 14
    return s


def fmt_siret(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def nir(sex: str, dob, dept: str, commune: str, order: str) -> str:
    d = D(dob) if isinstance(dob, str) else dob
    body = f"{1 if sex == 'M' else 2}{d.year % 100:02d}{d.month:02d}{dept}{commune}{order}"
    assert len(body) == 13
    key = 97 - int(body) % 97
    return body + f"{key:02d}"


def fmt_nir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def mrv_b(
    visa_type, issuing, surname, given, number, nationality, dob, sex, valid_until, optional=""
):
    """Schengen visa sticker (MRV-B, 74 x 105 mm): two 36-char lines."""
    l1 = "V" + visa_type + issuing + mrz_name(surname, given, 31)
    num = number.ljust(9, "<")
    l2 = (
        num
        + mrz_cd(num)
        + nationality
        + mrz_date(dob)
        + mrz_cd(mrz_date(dob))
        + sex
        + mrz_date(valid_until)
        + mrz_cd(mrz_date(valid_until))
        + optional.ljust(8, "<")[:8]
    )
    assert len(l1) == 36 and len(l2) == 36
    return [l1, l2]


_UNITS = [
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
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_num(n: int) -> str:
    """French number words up to 9999 (traditional spelling, as civil registers write them)."""
    if n < 20:
        return _UNITS[n]
    if n < 70:
        t, r = divmod(n, 10)
        base = _TENS[t * 10]
        if r == 0:
            return base
        return base + (" et un" if r == 1 else "-" + _UNITS[r])
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + _UNITS[n - 60])
    if n < 100:
        if n == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + _UNITS[n - 80]
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _UNITS[h] + " cent"
        if r == 0:
            return head + ("s" if h > 1 else "")
        return head + " " + fr_num(r)
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else fr_num(th) + " mille"
    return head + (" " + fr_num(r) if r else "")


def fr_date_words(d) -> str:
    d = D(d) if isinstance(d, str) else d
    day = "premier" if d.day == 1 else fr_num(d.day)
    return f"{day} {MOIS[d.month - 1]} {fr_num(d.year)}"
