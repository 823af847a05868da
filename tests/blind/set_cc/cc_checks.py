"""Check digits (ICAO 9303 MRZ, IBAN mod-97, French RIB key, NIR key, SIRET Luhn, Turkish
identity number), MRZ line builders and date/amount formatting for blind set cc."""

from __future__ import annotations

import datetime as dt
import random

# --------------------------------------------------------------------------- check digits

_MRZ_VAL = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}


def mrz_check(s: str) -> str:
    """ICAO 9303 check digit: weights 7-3-1, digits as is, A-Z = 10-35, filler = 0."""
    return str(sum(_MRZ_VAL[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def _alnum_digits(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_make(country: str, bban: str) -> str:
    cd = 98 - int(_alnum_digits(bban + country + "00")) % 97
    iban = f"{country}{cd:02d}{bban}"
    assert iban_ok(iban), iban
    return iban


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return int(_alnum_digits(s[4:] + s[:4])) % 97 == 1


_RIB_LETTERS = {
    c: str(v)
    for cs, v in (
        ("AJ", 1),
        ("BKS", 2),
        ("CLT", 3),
        ("DMU", 4),
        ("ENV", 5),
        ("FOW", 6),
        ("GPX", 7),
        ("HQY", 8),
        ("IRZ", 9),
    )
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    """French RIB key: 97 - (89 bank + 15 branch + 3 account) mod 97, letters mapped to digits."""
    acc = "".join(_RIB_LETTERS.get(c, c) for c in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    iban = iban_make("FR", bank + branch + account + key)
    assert iban_ok(iban) and rib_key(bank, branch, account) == iban[-2:]
    return iban, key


def nir_key(nir13: str) -> str:
    """NIR key: 97 - (13-digit number mod 97)."""
    return f"{97 - int(nir13) % 97:02d}"


def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (2 if i % 2 else 1)
        tot += v - 9 if v > 9 else v
    return tot % 10 == 0


def siret_make(rng: random.Random) -> str:
    """A SIREN (9 digits) and a SIRET (14 digits), both valid under the Luhn rule."""
    while True:
        siren = str(rng.randint(30, 98)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        if luhn_ok(siren):
            break
    while True:
        nic = "000" + f"{rng.randint(10, 99)}"
        if luhn_ok(siren + nic):
            return siren + nic


def tckn_make(first9: str) -> str:
    """Turkish identity number: digits 10 and 11 from the official formula."""
    d = [int(c) for c in first9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)


def selftest() -> None:
    # ICAO 9303 part 4 example (ERIKSSON, Utopia)
    assert mrz_check("L898902C3") == "6" and mrz_check("740812") == "2"
    assert mrz_check("120415") == "9"
    assert mrz_check("L898902C36" + "7408122" + "1204159" + "ZE184226B<<<<<1") == "0"
    # SWIFT registry example and schwifty vector
    assert iban_ok("FR1420041010050500013M02606") and not iban_ok("FR1420041010050500013M02607")
    assert rib_key("20041", "01005", "0500013M026") == "06"
    assert rib_key("30006", "00001", "12345678901") == "89"
    assert iban_make("FR", "30006000011234567890189") == "FR7630006000011234567890189"
    assert nir_key("2550814168025") == "38"
    assert luhn_ok("73282932000074") and tckn_make("100000001")[-2:] == "46"


# --------------------------------------------------------------------------- MRZ builders


def mrz_field(s: str) -> str:
    out = []
    for ch in s.upper():
        if "A" <= ch <= "Z" or ch.isdigit():
            out.append(ch)
        elif ch in " -":
            out.append("<")
    return "".join(out)


def mrz_name(surname: str, given: str, width: int) -> str:
    s = mrz_field(surname) + "<<" + mrz_field(given)
    return s.ljust(width, "<")[:width]


def mrz_date(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def td3(kind, state, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = (kind.ljust(2, "<") + state + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pcd = mrz_check(pers) if personal else "<"
    l2 = (
        num
        + mrz_check(num)
        + nat
        + mrz_date(dob)
        + mrz_check(mrz_date(dob))
        + sex
        + mrz_date(exp)
        + mrz_check(mrz_date(exp))
        + pers
        + pcd
    )
    l2 += mrz_check(l2[0:10] + l2[13:20] + l2[21:43])
    assert len(l1) == 44 and len(l2) == 44
    assert l2[9] == mrz_check(l2[0:9]) and l2[19] == mrz_check(l2[13:19])
    assert l2[27] == mrz_check(l2[21:27]) and l2[43] == mrz_check(l2[0:10] + l2[13:20] + l2[21:43])
    return [l1, l2]


def td1(kind, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = (kind.ljust(2, "<") + state + num + mrz_check(num) + opt1).ljust(30, "<")[:30]
    l2 = mrz_date(dob) + mrz_check(mrz_date(dob)) + sex + mrz_date(exp)
    l2 += mrz_check(mrz_date(exp)) + nat + opt2.ljust(11, "<")
    l2 += mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    assert l1[14] == mrz_check(l1[5:14]) and l2[6] == mrz_check(l2[0:6])
    assert l2[29] == mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2, l3]


def mrva(state, surname, given, number, nat, dob, sex, exp, opt="", type_char="D"):
    l1 = ("V" + type_char + state + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    l2 = num + mrz_check(num) + nat + mrz_date(dob) + mrz_check(mrz_date(dob)) + sex
    l2 += mrz_date(exp) + mrz_check(mrz_date(exp)) + opt.ljust(16, "<")
    assert len(l1) == len(l2) == 44 and l2[9] == mrz_check(l2[0:9])
    return [l1, l2]


# --------------------------------------------------------------------------- dates

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(d: dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def fr_words(d: dt.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s
