"""Check digits and number formats: ICAO 9303 MRZ, IBAN, French RIB key, SIRET, dates."""

from __future__ import annotations

import datetime as dt
import unicodedata

# ---------------------------------------------------------------- dates

MONTHS_FR = [
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
MONTHS_ES = [
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
MONTHS_PT = [
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


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(x: dt.date) -> str:
    return x.strftime("%d/%m/%Y")


def fr_words(x: dt.date, cap: bool = False) -> str:
    day = "1er" if x.day == 1 else str(x.day)
    s = f"{day} {MONTHS_FR[x.month - 1]} {x.year}"
    return s


def en_words(x: dt.date) -> str:
    return f"{MONTHS_EN[x.month - 1]} {x.day}, {x.year}"


def mon3(x: dt.date, sep: str = " ") -> str:
    return f"{x.day:02d}{sep}{MON3[x.month - 1]}{sep}{x.year}"


def add_days(x: dt.date, n: int) -> dt.date:
    return x + dt.timedelta(days=n)


def add_months(x: dt.date, n: int) -> dt.date:
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(x.day, last))


def month_bounds(ym: str) -> tuple[dt.date, dt.date]:
    y, m = int(ym[:4]), int(ym[5:7])
    start = dt.date(y, m, 1)
    end = add_months(start, 1) - dt.timedelta(days=1)
    return start, end


# ---------------------------------------------------------------- MRZ

_VALS = {str(i): i for i in range(10)}
_VALS.update({chr(ord("A") + i): 10 + i for i in range(26)})
_VALS["<"] = 0


def cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_VALS[c] * w[i % 3] for i, c in enumerate(s)) % 10)


def translit(s: str) -> str:
    """Name to MRZ characters (ICAO transliteration, simplified)."""
    s = s.upper().replace("ß", "SS").replace("Æ", "AE").replace("Ø", "OE").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = []
    for c in s:
        if "A" <= c <= "Z" or "0" <= c <= "9":
            out.append(c)
        elif c in " -'":
            out.append("<" if c != "'" else "")
        else:
            out.append("<")
    return "".join(out)


def mrz_name(surname: str, given: str, width: int) -> str:
    s = translit(surname) + "<<" + translit(given)
    return s[:width].ljust(width, "<")


def ymd(x: dt.date) -> str:
    return x.strftime("%y%m%d")


def td3(
    doc_type: str,
    state: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    exp: dt.date,
    personal: str = "",
) -> list[str]:
    l1 = (doc_type.ljust(2, "<") + state + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pcd = cd(pers) if personal else "<"
    body = (
        num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + pers + pcd
    )
    comp = num + cd(num) + ymd(dob) + cd(ymd(dob)) + ymd(exp) + cd(ymd(exp)) + pers + pcd
    return [l1, body + cd(comp)]


def td1(
    doc_type: str,
    state: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    exp: dt.date,
    opt1: str = "",
    opt2: str = "",
) -> list[str]:
    num = number.ljust(9, "<")
    l1 = (doc_type.ljust(2, "<") + state + num + cd(num) + opt1.ljust(15, "<"))[:30]
    l2a = ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + opt2.ljust(11, "<")
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def td2(
    doc_type: str,
    state: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    exp: dt.date,
    opt: str = "",
) -> list[str]:
    l1 = (doc_type.ljust(2, "<") + state + mrz_name(surname, given, 31))[:36]
    num = number.ljust(9, "<")
    body = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    body += opt.ljust(7, "<")
    comp = num + cd(num) + ymd(dob) + cd(ymd(dob)) + ymd(exp) + cd(ymd(exp)) + opt.ljust(7, "<")
    return [l1, body + cd(comp)]


def mrv(
    fmt: str,
    doc_type: str,
    state: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    exp: dt.date,
    opt: str = "",
) -> list[str]:
    width = 44 if fmt == "A" else 36
    l1 = (doc_type.ljust(2, "<") + state + mrz_name(surname, given, width - 5))[:width]
    num = number.ljust(9, "<")
    body = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    return [l1, (body + opt).ljust(width, "<")[:width]]


def fr_id_1988(
    surname: str, given: str, number12: str, office6: str, dob: dt.date, sex: str
) -> list[str]:
    l1 = ("IDFRA" + translit(surname).ljust(25, "<")[:25] + office6.ljust(6, "<"))[:36]
    g = "<<".join(translit(x) for x in given.split())
    g = g.ljust(14, "<")[:14]
    a = number12 + cd(number12) + g + ymd(dob) + cd(ymd(dob)) + sex
    return [l1, a + cd(l1 + a)]


# ---------------------------------------------------------------- banks


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(country: str, bban: str) -> str:
    v = _num(bban + country + "00")
    return f"{98 - v % 97:02d}"


def iban_ok(iban: str) -> bool:
    return _num(iban[4:] + iban[:4]) % 97 == 1


_RIBMAP = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        _RIBMAP[_c] = str(_i + 1)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIBMAP.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str, key: str | None = None) -> str:
    key = key or rib_key(bank, branch, account)
    bban = bank + branch + account + key
    return "FR" + iban_check("FR", bban) + bban


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2:
            n *= 2
            n = n - 9 if n > 9 else n
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)


def siret(rng) -> str:
    siren = luhn_complete("".join(str(rng.randint(0, 9)) for _ in range(8)))
    nic = "".join(str(rng.randint(0, 9)) for _ in range(4))
    return luhn_complete(siren + nic)


def fmt_siret(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def money(x: float, sep: str = " ") -> str:
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", sep)
    return s


def digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def alnum(rng, n: int, letters: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(letters + "0123456789") for _ in range(n))


def upper_letters(rng, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
