"""MRZ (ICAO 9303), IBAN / French RIB key helpers, date words. Every result is asserted."""

from __future__ import annotations

import datetime as dt
import unicodedata


def _val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    def clean(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
        return "".join(c if c.isalpha() else "<" for c in s.replace("'", ""))

    out = clean(surname) + "<<" + clean(given)
    return (out + "<" * n)[:n]


def ymd(d: str) -> str:
    return d[2:4] + d[5:7] + d[8:10]


def pad(s, n):
    return (s + "<" * n)[:n]


def td3(country, surname, given, number, nat, dob, sex, expiry, optional="", doc="P<"):
    l1 = doc + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    opt = pad(optional, 14)
    opt_cd = cd(opt) if optional else "<"
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry))
    l2 += opt + opt_cd
    l2 += cd(l2[0:10] + l2[13:20] + l2[21:43])
    assert len(l1) == 44 and len(l2) == 44
    assert cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    assert cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    return [l1, l2]


def td1(doc, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = doc + country + num + cd(num) + pad(opt1, 15)
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry)) + nat + pad(opt2, 11)
    l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert cd(l1[5:14]) == l1[14] and cd(l2[0:6]) == l2[6] and cd(l2[8:14]) == l2[14]
    assert cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return [l1, l2, l3]


def mrva(country, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry))
    l2 += pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    return [l1, l2]


_RIBMAP = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = int("".join(_RIBMAP.get(c, c) for c in account))
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97))


def iban_num(s: str) -> int:
    return int("".join(str(_val(c)) for c in s))


def iban(country: str, bban: str) -> str:
    chk = 98 - iban_num(bban + country + "00") % 97
    out = "%s%02d%s" % (country, chk, bban)
    assert iban_valid(out)
    return out


def iban_valid(s: str) -> bool:
    return iban_num(s[4:] + s[:4]) % 97 == 1


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    acc = int("".join(_RIBMAP.get(c, c) for c in account))
    assert (89 * int(bank) + 15 * int(branch) + 3 * acc + int(key)) % 97 == 0
    return iban("FR", bank + branch + account + key), key


def spaced(s, n=4):
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


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


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(s: str) -> str:
    x = d(s)
    return "%02d/%02d/%04d" % (x.day, x.month, x.year)


def words(s: str) -> str:
    x = d(s)
    return "%s %s %d" % ("1er" if x.day == 1 else x.day, MOIS[x.month - 1], x.year)


def month_end(y: int, m: int) -> str:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).isoformat()


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c) * (2 if i % 2 else 1)
        tot += v - 9 if v > 9 else v
    return tot % 10 == 0


def siret(prefix: str) -> str:
    """Complete a 13-digit prefix into a Luhn-valid 14-digit SIRET."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise ValueError(prefix)
