"""Check digits and number formats: ICAO 9303 MRZ, IBAN, French RIB key, dates."""

from __future__ import annotations

import datetime as dt

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
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
]
MONTHS_FR3 = [
    "JAN",
    "FÉV",
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


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr_num(x: dt.date) -> str:
    return x.strftime("%d/%m/%Y")


def fr_words(x: dt.date) -> str:
    day = "1er" if x.day == 1 else str(x.day)
    return f"{day} {MONTHS_FR[x.month - 1]} {x.year}"


def pass_date(x: dt.date, fr: bool = False) -> str:
    """Passport style: 17 APR 1993 (or 17 AVR/APR 1993)."""
    if fr:
        return f"{x.day:02d} {MONTHS_FR3[x.month - 1]}/{MONTHS_EN[x.month - 1]} {x.year}"
    return f"{x.day:02d} {MONTHS_EN[x.month - 1]} {x.year}"


def add_months(x: dt.date, n: int) -> dt.date:
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30]
    last += [31, 30, 31]
    return dt.date(y, m, min(x.day, last[m - 1]))


def month_end(y: int, m: int) -> dt.date:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# --- MRZ -------------------------------------------------------------------


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def ymd(x: dt.date) -> str:
    return x.strftime("%y%m%d")


def _names(surname: str, given: str, width: int) -> str:
    s = surname.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    out = f"{s}<<{g}" if g else s
    return out[:width].ljust(width, "<")


def pad(s: str, n: int) -> str:
    return s[:n].ljust(n, "<")


def td3(
    code: str,
    state: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    exp: dt.date,
    personal: str = "",
) -> tuple[str, str]:
    l1 = pad(code, 2) + state + _names(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = cd(pers) if personal else "<"
    parts = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    l2 = parts + pers + pcd
    comp = num + cd(num) + ymd(dob) + cd(ymd(dob)) + ymd(exp) + cd(ymd(exp)) + pers + pcd
    return l1, l2 + cd(comp)


def mrva(
    state: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    until: dt.date,
    optional: str = "",
) -> tuple[str, str]:
    l1 = "V<" + state + _names(surname, given, 39)
    num = pad(number, 9)
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(until) + cd(ymd(until))
    return l1, l2 + pad(optional, 16)


def td1(
    code: str,
    state: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    exp: dt.date,
) -> tuple[str, str, str]:
    num = pad(number, 9)
    l1 = pad(code, 2) + state + num + cd(num) + "<" * 15
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return l1, l2 + cd(comp), _names(surname, given, 30)


# --- banking ---------------------------------------------------------------


def _letters_to_digits(s: str) -> str:
    return "".join(str(ord(c) - 55) if c.isalpha() else c for c in s.upper())


def iban_check(country: str, bban: str) -> str:
    n = int(_letters_to_digits(bban + country + "00"))
    return f"{98 - n % 97:02d}"


def make_iban(country: str, bban: str) -> str:
    return country + iban_check(country, bban) + bban


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_letters_to_digits(s)) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    tr = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = account.upper().translate(tr)
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return make_iban("FR", bank + branch + account + key), key


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
