"""Check digits: ICAO 9303 MRZ, IBAN mod-97, French RIB key, SIRET (Luhn)."""

from __future__ import annotations

import unicodedata


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
        return "".join(c if c.isalpha() else "<" for c in s)

    out = clean(surname) + "<<" + clean(given)
    return (out + "<" * width)[:width]


def _pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def ymd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(country, surname, given, number, nat, dob, sex, expiry, personal="", kind="P<"):
    l1 = kind + country + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    pcd = mrz_cd(pers) if personal else "<"
    body = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex
    body += ymd(expiry) + mrz_cd(ymd(expiry)) + pers + pcd
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + mrz_cd(comp)]


def mrva(surname, given, number, nat, dob, sex, expiry, optional="", issuer="FRA"):
    """Visa sticker MRV-A (2 x 44); no composite check digit."""
    l1 = "V<" + issuer + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    l2 = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex
    l2 += ymd(expiry) + mrz_cd(ymd(expiry)) + _pad(optional, 16)
    return [l1, l2]


def td1(kind, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = _pad(number, 9)
    l1 = kind + country + num + mrz_cd(num) + _pad(opt1, 15)
    l2 = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(expiry) + mrz_cd(ymd(expiry)) + nat
    l2 += _pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban(country: str, bban: str) -> str:
    r = int(_num(bban + country + "00")) % 97
    return f"{country}{98 - r:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1


RIB_LETTERS = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(RIB_LETTERS.get(c, c) for c in account)
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97):02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def be_iban(bank3: str, acc7: str) -> str:
    chk = int(bank3 + acc7) % 97 or 97
    return iban("BE", f"{bank3}{acc7}{chk:02d}")


def luhn_complete(digits: str) -> str:
    for d in "0123456789":
        s = digits + d
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError(digits)


def siret(prefix8: str, nic4: str) -> tuple[str, str]:
    siren = luhn_complete(prefix8)
    return siren, luhn_complete(siren + nic4)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
