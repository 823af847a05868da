"""Check digits: ICAO 9303 MRZ, IBAN (ISO 13616) and the French RIB key."""

from __future__ import annotations


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_digit(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s: str) -> str:
        out = []
        for c in s.upper():
            if c.isalpha() and c.isascii():
                out.append(c)
            elif c in " -'":
                out.append("<")
        return "".join(out)

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * width)[:width]


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def ymd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(code, country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = pad(code + country + mrz_name(surname, given, 39), 44)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pers_cd = mrz_digit(pers) if personal else "<"
    l2 = (
        num
        + mrz_digit(num)
        + nat
        + ymd(dob)
        + mrz_digit(ymd(dob))
        + sex
        + ymd(expiry)
        + mrz_digit(ymd(expiry))
        + pers
        + pers_cd
    )
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_digit(comp)
    assert len(l1) == 44 and len(l2) == 44
    assert verify_td3(l2)
    return [l1, l2]


def verify_td3(l2: str) -> bool:
    ok = mrz_digit(l2[0:9]) == l2[9]
    ok &= mrz_digit(l2[13:19]) == l2[19]
    ok &= mrz_digit(l2[21:27]) == l2[27]
    ok &= (l2[42] == "<" and l2[28:42] == "<" * 14) or mrz_digit(l2[28:42]) == l2[42]
    ok &= mrz_digit(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    return bool(ok)


def mrva(country, surname, given, number, nat, dob, sex, expiry, optional=""):
    """Machine readable visa, format A (2 x 44)."""
    l1 = pad("VD" + country + mrz_name(surname, given, 39), 44)
    num = pad(number, 9)
    l2 = (
        num
        + mrz_digit(num)
        + nat
        + ymd(dob)
        + mrz_digit(ymd(dob))
        + sex
        + ymd(expiry)
        + mrz_digit(ymd(expiry))
        + pad(optional, 16)
    )
    assert len(l2) == 44
    assert mrz_digit(l2[0:9]) == l2[9] and mrz_digit(l2[13:19]) == l2[19]
    assert mrz_digit(l2[21:27]) == l2[27]
    return [l1, l2]


def td1(code, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(code, 2) + country + num + mrz_digit(num) + pad(opt1, 15)
    l2 = ymd(dob) + mrz_digit(ymd(dob)) + sex + ymd(expiry) + mrz_digit(ymd(expiry))
    l2 += nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_digit(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert mrz_digit(l1[5:14]) == l1[14]
    assert mrz_digit(l2[0:6]) == l2[6] and mrz_digit(l2[8:14]) == l2[14]
    assert mrz_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return [l1, l2, l3]


def _iban_num(s: str) -> int:
    return int("".join(str(_val(c)) if c.isalpha() else c for c in s))


def iban(country: str, bban: str) -> str:
    cd = 98 - _iban_num(bban + country + "00") % 97
    out = f"{country}{cd:02d}{bban}"
    assert iban_ok(out)
    return out


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


_RIBMAP = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = int("".join(_RIBMAP.get(c, c) for c in account.upper()))
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97):02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


if __name__ == "__main__":
    # ICAO 9303 example
    assert (
        td3(
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
        )[1]
        == "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    )
    assert iban("GB", "NWBK60161331926819") == "GB29NWBK60161331926819"
    print("ok")
