"""Check digits (ICAO 9303, IBAN, French RIB key, Luhn, NIR) and date formats."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import unicodedata


# ------------------------------------------------------------------ MRZ ----
def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_check(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_clean(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    s = s.replace("Ø", "OE").replace("Æ", "AE").replace("ß", "SS")
    s = s.replace("'", "").replace("’", "")
    out = []
    for c in s:
        if "A" <= c <= "Z" or c.isdigit():
            out.append(c)
        else:
            out.append("<")
    return "".join(out)


def mrz_names(surname: str, given: str, width: int) -> str:
    s = mrz_clean(surname).strip("<")
    g = mrz_clean(given).strip("<")
    while "<<" in s:
        s = s.replace("<<", "<")
    while "<<" in g:
        g = g.replace("<<", "<")
    field = s + "<<" + g if g else s
    return field[:width].ljust(width, "<")


def yymmdd(d: dt.date | None) -> str:
    return d.strftime("%y%m%d") if d else "<<<<<<"


def td3(
    country,
    surname,
    given,
    number,
    nationality,
    dob,
    sex,
    expiry,
    personal="",
    doc_type="P<",
    break_check: str | None = None,
) -> list[str]:
    """Passport MRZ (2 x 44). break_check in {None,'number','dob','expiry','composite'}."""
    l1 = (doc_type + country.ljust(3, "<") + mrz_names(surname, given, 39))[:44]
    num = number.ljust(9, "<")[:9]
    c1 = mrz_check(num)
    b = yymmdd(dob)
    c2 = mrz_check(b)
    e = yymmdd(expiry)
    c3 = mrz_check(e)
    pers = mrz_clean(personal).ljust(14, "<")[:14]
    c4 = mrz_check(pers) if personal else "<"
    if break_check == "number":
        c1 = str((int(c1) + 3) % 10)
    if break_check == "dob":
        c2 = str((int(c2) + 3) % 10)
    if break_check == "expiry":
        c3 = str((int(c3) + 3) % 10)
    comp = num + c1 + b + c2 + e + c3 + pers + c4
    c5 = mrz_check(comp)
    if break_check == "composite":
        c5 = str((int(c5) + 3) % 10)
    l2 = num + c1 + nationality.ljust(3, "<") + b + c2 + sex + e + c3 + pers + c4 + c5
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def td1(
    doc_type, country, number, dob, sex, expiry, nationality, surname, given, opt1="", opt2=""
) -> list[str]:
    num = number.ljust(9, "<")[:9]
    o1 = mrz_clean(opt1).ljust(15, "<")[:15]
    l1 = doc_type.ljust(2, "<")[:2] + country.ljust(3, "<") + num + mrz_check(num) + o1
    b, e = yymmdd(dob), yymmdd(expiry)
    o2 = mrz_clean(opt2).ljust(11, "<")[:11]
    l2 = b + mrz_check(b) + sex + e + mrz_check(e) + nationality.ljust(3, "<") + o2
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = l2 + mrz_check(comp)
    l3 = mrz_names(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrva(
    visa_type_char, country, surname, given, number, nationality, dob, sex, valid_until, opt=""
) -> list[str]:
    """Visa sticker MRZ, format MRV-A (2 x 44)."""
    l1 = ("V" + visa_type_char + country + mrz_names(surname, given, 39))[:44]
    num = number.ljust(9, "<")[:9]
    b, e = yymmdd(dob), yymmdd(valid_until)
    o = mrz_clean(opt).ljust(16, "<")[:16]
    l2 = (
        num
        + mrz_check(num)
        + nationality.ljust(3, "<")
        + b
        + mrz_check(b)
        + sex
        + e
        + mrz_check(e)
        + o
    )
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


# ----------------------------------------------------------------- bank ----
def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{chk:02d}{bban}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_break(iban: str) -> str:
    """Same IBAN with check digits that fail mod 97."""
    chk = int(iban[2:4])
    bad = (chk + 11) % 100
    if bad < 2:
        bad += 13
    out = iban[:2] + f"{bad:02d}" + iban[4:]
    assert not iban_valid(out)
    return out


_RIBMAP = {
    c: v
    for v, letters in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in letters
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(str(_RIBMAP[c]) if c.isalpha() else c for c in account.upper())
    n = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return f"{97 - n % 97:02d}"


def fr_iban(bank: str, branch: str, account: str):
    key = rib_key(bank, branch, account)
    iban = iban_make("FR", bank + branch + account + key)
    return iban, key


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ----------------------------------------------------------------- luhn ----
def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def siret_make(siren8: str, nic4: str) -> tuple[str, str]:
    siren = luhn_complete(siren8)
    siret = luhn_complete(siren + nic4)
    return siren, siret


def fmt_siret(s: str) -> str:
    return f"{s[0:3]} {s[3:6]} {s[6:9]} {s[9:14]}"


def fmt_siren(s: str) -> str:
    return f"{s[0:3]} {s[3:6]} {s[6:9]}"


# ------------------------------------------------------------------ NIR ----
def nir_make(sex: str, dob: dt.date, dept: str, commune: str, order: str) -> str:
    base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
    assert len(base) == 13
    key = 97 - int(base) % 97
    return base + f"{key:02d}"


def fmt_nir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:15]}"


# ---------------------------------------------------------------- dates ----
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
MONTHS = [
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
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(dd: dt.date) -> str:
    return dd.strftime("%d/%m/%Y")


def fr_long(dd: dt.date) -> str:
    day = "1er" if dd.day == 1 else str(dd.day)
    return f"{day} {MOIS[dd.month - 1]} {dd.year}"


def en_long(dd: dt.date) -> str:
    return f"{MONTHS[dd.month - 1]} {dd.day}, {dd.year}"


def es_long(dd: dt.date) -> str:
    return f"{dd.day} de {MESES[dd.month - 1]} de {dd.year}"


def pt_long(dd: dt.date) -> str:
    return f"{dd.day} de {MESES_PT[dd.month - 1]} de {dd.year}"


def month_fr(y: int, m: int) -> str:
    return f"{MOIS[m - 1]} {y}"


def add_months(dd: dt.date, n: int) -> dt.date:
    m = dd.month - 1 + n
    y = dd.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(dd.day, _cal.monthrange(y, m)[1]))


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, _cal.monthrange(y, m)[1])


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


def num_fr(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    if n < 70:
        t, u = (n // 10) * 10, n % 10
        if u == 0:
            return _TENS[t]
        if u == 1:
            return _TENS[t] + " et un"
        return _TENS[t] + "-" + _UNITS[u]
    if n < 80:
        return "soixante" + (" et " if n == 71 else "-") + _UNITS[n - 60]
    if n < 100:
        r = n - 80
        return "quatre-vingt" + ("s" if r == 0 else "-" + _UNITS[r])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _UNITS[h] + " cent"
        if r == 0:
            return head + ("s" if h > 1 else "")
        return head + " " + num_fr(r)
    th, r = divmod(n, 1000)
    head = "mille" if th == 1 else num_fr(th) + " mille"
    return head if r == 0 else head + " " + num_fr(r)


def date_words_fr(dd: dt.date) -> str:
    day = "premier" if dd.day == 1 else num_fr(dd.day)
    return f"{day} {MOIS[dd.month - 1]} {num_fr(dd.year)}"


def money(v: float) -> str:
    s = f"{v:,.2f}"
    return s.replace(",", " ").replace(".", ",")
