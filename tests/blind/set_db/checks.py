"""ICAO 9303 MRZ builders, IBAN / French RIB key computation and their validators."""

from __future__ import annotations

import unicodedata

_W = (7, 3, 1)


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s: str) -> str:
    return str(sum(_val(c) * _W[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str) -> str:
    def clean(t):
        t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().upper()
        return "".join(c if c.isalpha() else "<" for c in t)

    return clean(surname) + "<<" + clean(given)


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def pad(s: str, n: int) -> str:
    assert len(s) <= n, (s, n)
    return s + "<" * (n - len(s))


def td3(code, country, surname, given, number, nat, dob, sex, exp, personal=""):
    assert len(number) <= 9
    l1 = pad(code + country + mrz_name(surname, given), 44)[:44]
    num = pad(number, 9)
    pn = pad(personal, 14)
    pcd = cd(pn) if personal else "<"
    body = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(exp)
    body += cd(yymmdd(exp)) + pn + pcd
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + cd(comp)]


def mrva(code, country, surname, given, number, nat, dob, sex, until):
    assert len(number) <= 9
    l1 = pad(code + country + mrz_name(surname, given), 44)[:44]
    num = pad(number, 9)
    l2 = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(until)
    l2 += cd(yymmdd(until))
    return [l1, pad(l2, 44)]


def td1(code, country, number, dob, sex, exp, nat, surname, given):
    assert len(number) <= 9
    num = pad(number, 9)
    l1 = pad(code + country + num + cd(num), 30)
    l2 = yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(exp) + cd(yymmdd(exp)) + nat
    l2 = pad(l2, 29)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += cd(comp)
    l3 = pad(mrz_name(surname, given), 30)[:30]
    return [l1, l2, l3]


# ---- validators (independent re-reading of the printed lines) ---------------------------------
def check_td3(lines) -> bool:
    a = lines[1]
    ok = cd(a[0:9]) == a[9] and cd(a[13:19]) == a[19] and cd(a[21:27]) == a[27]
    ok &= (a[42] == "<" and a[28:42] == "<" * 14) or cd(a[28:42]) == a[42]
    return ok and cd(a[0:10] + a[13:20] + a[21:43]) == a[43] and len(a) == 44


def check_mrva(lines) -> bool:
    a = lines[1]
    return cd(a[0:9]) == a[9] and cd(a[13:19]) == a[19] and cd(a[21:27]) == a[27]


def check_td1(lines) -> bool:
    a, b = lines[0], lines[1]
    ok = cd(a[5:14]) == a[14] and cd(b[0:6]) == b[6] and cd(b[8:14]) == b[14]
    return ok and cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]


# ---- banking ------------------------------------------------------------------------------------
_RIB_MAP = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_MAP.get(c, c) for c in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country: str, bban: str) -> str:
    return country + f"{98 - _iban_num(bban + country + '00') % 97:02d}" + bban


def iban_ok(iban: str) -> bool:
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def fr_iban(bank, branch, account) -> str:
    return iban_make("FR", bank + branch + account + rib_key(bank, branch, account))


def fr_rib_ok(iban: str) -> bool:
    return rib_key(iban[4:9], iban[9:14], iban[14:25]) == iban[25:27]


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _selftest():
    assert fr_iban("30006", "00001", "12345678901") == "FR7630006000011234567890189"
    assert fr_iban("20041", "01005", "0500013M026") == "FR1420041010050500013M02606"
    assert iban_ok("FR7030002005500000157845Z02") and fr_rib_ok("FR7030002005500000157845Z02")
    # ICAO 9303 example passport
    lines = td3(
        "P<",
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        "L898902C3",
        "UTO",
        "1974-08-12",
        "F",
        "2012-04-15",
        "ZE184226B",
    )
    assert lines[1] == "L898902C36UTO7408122F1204159ZE184226B<<<<<10", lines[1]


_selftest()
