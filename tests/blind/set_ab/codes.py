"""Check digits: ICAO 9303 MRZ (TD1, TD3, MRV-A), IBAN mod 97, French RIB key, SIRET Luhn."""

from __future__ import annotations

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


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    return "".join(c if c.isalnum() else "<" for c in s.replace("'", ""))


def ymd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def names_field(surname: str, given: str, n: int) -> str:
    return pad(mrz_name(surname) + "<<" + mrz_name(given), n)


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = pad(doc_type, 2) + country + names_field(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = cd(pers) if personal else "<"
    body = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    comp = num + cd(num) + ymd(dob) + cd(ymd(dob)) + ymd(exp) + cd(ymd(exp)) + pers + pcd
    l2 = body + pers + pcd + cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + country + num + cd(num) + pad(opt1, 15)
    l2a = ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + pad(opt2, 11)
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + cd(comp)
    l3 = names_field(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    return [l1, l2, l3]


def mrva(doc_type, country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = pad(doc_type, 2) + country + names_field(surname, given, 39)
    num = pad(number, 9)
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    l2 += pad(opt, 16)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def _num(s: str) -> str:
    return "".join(str(ord(c) - 55) if c.isalpha() else c for c in s)


def iban_fr(bank: str, branch: str, account: str) -> tuple[str, str]:
    """Return (IBAN, RIB key) for a French domestic account (digits only)."""
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{key:02d}"
    check = 98 - int(_num(bban + "FR00")) % 97
    return f"FR{check:02d}{bban}", f"{key:02d}"


def iban_ok(iban: str) -> bool:
    return int(_num(iban[4:] + iban[:4])) % 97 == 1


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def siret(siren8: str, nic4: str) -> str:
    """Complete 8 SIREN digits and a 4-digit NIC stem into a Luhn-valid SIREN and SIRET."""
    siren = next(siren8 + str(d) for d in range(10) if luhn_ok(siren8 + str(d)))
    return next(siren + nic4 + str(d) for d in range(10) if luhn_ok(siren + nic4 + str(d)))
