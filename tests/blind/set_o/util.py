"""Check digits, IBANs, dates, names."""

from __future__ import annotations

import datetime as dt
import unicodedata

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
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS3 = ["JANV", "FEVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(s: str) -> str:
    x = d(s)
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def fr_words(s: str) -> str:
    x = d(s)
    day = "1er" if x.day == 1 else str(x.day)
    return f"{day} {MOIS[x.month - 1]} {x.year}"


def add_days(s: str, n: int) -> str:
    return (d(s) + dt.timedelta(days=n)).isoformat()


def month_end(ym: str) -> str:
    y, m = map(int, ym.split("-"))
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).isoformat()


def month_shift(ym: str, n: int) -> str:
    y, m = map(int, ym.split("-"))
    k = y * 12 + (m - 1) + n
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def ascii_up(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("Ø", "O").replace("Ł", "L").replace("ß", "SS")


# ---------------------------------------------------------------- MRZ (ICAO 9303)


def mrz_val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s: str) -> str:
    w = [7, 3, 1]
    return str(sum(mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    def clean(x):
        x = ascii_up(x).replace("'", "").replace("-", "<").replace(" ", "<").replace(".", "")
        return "".join(c for c in x if c.isalnum() or c == "<")

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * n)[:n]


def yymmdd(s: str) -> str:
    return s[2:4] + s[5:7] + s[8:10]


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def td3(doc_type, country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = pad(doc_type, 2) + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = cd(pers) if personal else "<"
    body = (
        num
        + cd(num)
        + nat
        + yymmdd(dob)
        + cd(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + cd(yymmdd(expiry))
        + pers
        + pcd
    )
    comp = (
        num
        + cd(num)
        + yymmdd(dob)
        + cd(yymmdd(dob))
        + yymmdd(expiry)
        + cd(yymmdd(expiry))
        + pers
        + pcd
    )
    return [l1, body + cd(comp)]


def td1(doc_type, country, surname, given, number, nat, dob, sex, expiry, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + country + num + cd(num) + pad(opt1, 15)
    l2a = (
        yymmdd(dob)
        + cd(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + cd(yymmdd(expiry))
        + nat
        + pad(opt2, 11)
    )
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + cd(comp)
    l3 = mrz_name(surname, given, 30)
    return [l1, l2, l3]


def mrva(country, surname, given, number, nat, dob, sex, expiry, opt=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = (
        num
        + cd(num)
        + nat
        + yymmdd(dob)
        + cd(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + cd(yymmdd(expiry))
        + pad(opt, 16)
    )
    return [l1, l2]


def break_check(line: str, pos: int) -> str:
    """Return line with the check digit at pos changed (a misprint / tampering)."""
    c = line[pos]
    n = str((int(c) + 3) % 10) if c.isdigit() else "7"
    return line[:pos] + n + line[pos + 1 :]


# ---------------------------------------------------------------- banks


def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_check(country: str, bban: str) -> str:
    r = int(_num(bban + country + "00")) % 97
    return f"{98 - r:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_num(s)) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    tr = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = account.upper().translate(tr)
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    return "FR" + iban_check("FR", bban) + bban, key


def make_iban(country: str, bban: str) -> str:
    return country + iban_check(country, bban) + bban


def groups(s: str, n=4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


def luhn_complete(digits: str) -> str:
    for c in "0123456789":
        s = digits + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2:
                v *= 2
                v -= 9 if v > 9 else 0
            tot += v
        if tot % 10 == 0:
            return s
    raise ValueError


def siret(seed: int) -> str:
    siren = luhn_complete(f"{(seed * 7919) % 10**8:08d}")
    return luhn_complete(siren + f"{(seed * 31) % 10000:04d}")


def money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s
