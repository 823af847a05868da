"""Check digits used by the set: ICAO 9303 MRZ, IBAN mod 97, French RIB key, NIR, SIRET."""

from __future__ import annotations

_W = (7, 3, 1)


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_digit(s: str) -> str:
    return str(sum(_val(c) * _W[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    s = surname.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    out = (s + "<<" + g)[:width]
    return out.ljust(width, "<")


def field(s: str, n: int) -> str:
    return s.upper().ljust(n, "<")[:n]


def td3(
    doc: str,
    country: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: str,
    sex: str,
    expiry: str,
    optional: str = "",
) -> list[str]:
    """dob/expiry as YYMMDD; returns the two 44-character lines."""
    assert len(number) <= 9
    l1 = field(doc, 2) + country + mrz_name(surname, given, 39)
    num = field(number, 9)
    opt = field(optional, 14)
    optd = mrz_digit(opt) if optional else "<"
    body = num + mrz_digit(num) + nat + dob + mrz_digit(dob) + sex + expiry + mrz_digit(expiry)
    body += opt + optd
    comp = num + mrz_digit(num) + dob + mrz_digit(dob) + expiry + mrz_digit(expiry) + opt + optd
    l2 = body + mrz_digit(comp)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def mrva(
    country: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: str,
    sex: str,
    expiry: str,
    optional: str = "",
    sub: str = "<",
) -> list[str]:
    """Visa MRV-A (two lines of 44)."""
    assert len(number) <= 9
    l1 = "V" + sub + country + mrz_name(surname, given, 39)
    num = field(number, 9)
    l2 = num + mrz_digit(num) + nat + dob + mrz_digit(dob) + sex + expiry + mrz_digit(expiry)
    l2 += field(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(
    doc: str,
    country: str,
    number: str,
    dob: str,
    sex: str,
    expiry: str,
    nat: str,
    surname: str,
    given: str,
    opt1: str = "",
    opt2: str = "",
) -> list[str]:
    assert len(number) <= 9
    num = field(number, 9)
    o1 = field(opt1, 15)
    l1 = field(doc, 2) + country + num + mrz_digit(num) + o1
    o2 = field(opt2, 11)
    l2 = dob + mrz_digit(dob) + sex + expiry + mrz_digit(expiry) + nat + o2
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_digit(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def check_td3(lines: list[str]) -> bool:
    l2 = lines[1]
    ok = mrz_digit(l2[0:9]) == l2[9]
    ok &= mrz_digit(l2[13:19]) == l2[19]
    ok &= mrz_digit(l2[21:27]) == l2[27]
    if l2[42] != "<":
        ok &= mrz_digit(l2[28:42]) == l2[42]
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return ok and mrz_digit(comp) == l2[43]


def check_mrva(lines: list[str]) -> bool:
    l2 = lines[1]
    return (
        mrz_digit(l2[0:9]) == l2[9]
        and mrz_digit(l2[13:19]) == l2[19]
        and mrz_digit(l2[21:27]) == l2[27]
    )


def check_td1(lines: list[str]) -> bool:
    l1, l2 = lines[0], lines[1]
    ok = mrz_digit(l1[5:14]) == l1[14]
    ok &= mrz_digit(l2[0:6]) == l2[6] and mrz_digit(l2[8:14]) == l2[14]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return ok and mrz_digit(comp) == l2[29]


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s)
    return f"{country}{98 - int(n) % 97:02d}{bban}"


_RIB = {
    c: v
    for v, letters in enumerate(
        ["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], start=1
    )
    for c in letters
}


def _rib_num(s: str) -> int:
    return int("".join(str(_RIB.get(c, c)) for c in s.upper()))


def rib_key(bank: str, branch: str, account: str) -> str:
    k = 97 - ((89 * _rib_num(bank) + 15 * _rib_num(branch) + 3 * _rib_num(account)) % 97)
    return f"{k:02d}"


def rib_ok(bank: str, branch: str, account: str, key: str) -> bool:
    return rib_key(bank, branch, account) == key


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    assert iban_ok(iban) and rib_ok(bank, branch, account, key)
    return iban, key


def nir_key(nir13: str) -> str:
    n = nir13.upper().replace("2A", "19").replace("2B", "18")
    return f"{97 - int(n) % 97:02d}"


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def make_siret(siren8: str, nic4: str) -> str:
    """Complete SIREN (8 digits + key) and SIRET (NIC 4 digits + key) with Luhn keys."""
    siren = next(siren8 + str(d) for d in range(10) if luhn_ok(siren8 + str(d)))
    siret = next(siren + nic4 + str(d) for d in range(10) if luhn_ok(siren + nic4 + str(d)))
    return siret


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


if __name__ == "__main__":
    ex = td3(
        "P",
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        "L898902C3",
        "UTO",
        "740812",
        "F",
        "120415",
        "ZE184226B",
    )
    assert ex[1] == "L898902C36UTO7408122F1204159ZE184226B<<<<<10", ex[1]
    assert iban_ok("GB82WEST12345698765432")
    print("ok")
