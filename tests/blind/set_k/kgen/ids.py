"""Check digits: ICAO 9303 MRZ, IBAN mod 97, French RIB key, SIRET Luhn, NIR key."""

from __future__ import annotations

import unicodedata


def ascii_upper(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def mrz_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_check(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(mrz_value(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    def clean(x):
        x = ascii_upper(x).replace("'", "").replace("-", "<").replace(" ", "<").replace(",", "")
        return "".join(c for c in x if c.isalnum() or c == "<")

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * n)[:n]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def td3(doc_type, country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = pad(doc_type, 2) + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    body = num + mrz_check(num) + nat + yymmdd(dob) + mrz_check(yymmdd(dob)) + sex
    body += yymmdd(expiry) + mrz_check(yymmdd(expiry)) + pers + mrz_check(pers)
    comp = num + mrz_check(num) + yymmdd(dob) + mrz_check(yymmdd(dob)) + yymmdd(expiry)
    comp += mrz_check(yymmdd(expiry)) + pers + mrz_check(pers)
    return [l1, body + mrz_check(comp)]


def mrva(country, surname, given, passport_no, nat, dob, sex, until, optional=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = pad(passport_no, 9)
    l2 = num + mrz_check(num) + nat + yymmdd(dob) + mrz_check(yymmdd(dob)) + sex
    l2 += yymmdd(until) + mrz_check(yymmdd(until)) + pad(optional, 16)
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, expiry, nat, surname, given, optional=""):
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + country + num + mrz_check(num) + pad(optional, 15)
    l2 = (
        yymmdd(dob)
        + mrz_check(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + mrz_check(yymmdd(expiry))
        + nat
    )
    l2 += "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    l3 = mrz_name(surname, given, 30)
    return [l1, l2, l3]


def luhn_digit(num: str) -> str:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def siret(seed8: str, nic4: str) -> str:
    siren = seed8 + luhn_digit(seed8)
    base = siren + nic4
    return base + luhn_digit(base)


def rib_key(bank: str, branch: str, account: str) -> str:
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97))


def iban_from_bban(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    return country + "%02d" % (98 - int(conv) % 97) + bban


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def fr_iban(bank, branch, account, key=None):
    key = key or rib_key(bank, branch, account)
    return iban_from_bban("FR", bank + branch + account + key)


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def nir(sex, dob, dept, commune, order):
    base = ("1" if sex == "M" else "2") + dob[2:4] + dob[5:7] + dept + commune + order
    return base, "%02d" % (97 - int(base) % 97)
