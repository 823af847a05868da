"""Check digits: ICAO 9303 MRZ, IBAN mod-97, French RIB key, SIRET (Luhn)."""

from __future__ import annotations

_W = (7, 3, 1)


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_check(s: str) -> str:
    return str(sum(_val(c) * _W[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(t: str) -> str:
        t = t.upper().replace("-", " ").replace("'", "")
        t = "".join(c if c.isalpha() or c == " " else " " for c in t)
        return "<".join(t.split())

    s = clean(surname) + "<<" + clean(given)
    return s[:width].ljust(width, "<")


def _d(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_type, country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = (doc_type + "<")[:2] + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pc = mrz_check(pers) if personal else "<"
    l2 = num + mrz_check(num) + nat + _d(dob) + mrz_check(_d(dob)) + sex
    l2 += _d(expiry) + mrz_check(_d(expiry)) + pers + pc
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return [l1, l2 + mrz_check(comp)]


def mrv_a(country, surname, given, number, nat, dob, sex, until, optional=""):
    l1 = "VD" + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    l2 = num + mrz_check(num) + nat + _d(dob) + mrz_check(_d(dob)) + sex
    l2 += _d(until) + mrz_check(_d(until)) + optional.ljust(16, "<")
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = (doc_type + "<")[:2] + country + num + mrz_check(num) + opt1.ljust(15, "<")
    l2 = _d(dob) + mrz_check(_d(dob)) + sex + _d(expiry) + mrz_check(_d(expiry)) + nat
    l2 += opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban(country: str, bban: str) -> str:
    chk = 98 - int(_num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1


_RIB = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_RIB.update({c: str(n) for c, n in zip("STUVWXYZ", range(2, 10), strict=True)})


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str) -> str:
    return iban("FR", bank + branch + account + rib_key(bank, branch, account))


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


def luhn_complete(body: str) -> str:
    for d in range(10):
        s = body + str(d)
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError(body)
