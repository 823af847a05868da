"""Check digits: ICAO 9303 MRZ, IBAN mod 97, French RIB key, SIRET (Luhn)."""

from __future__ import annotations

import unicodedata

_MRZ_W = (7, 3, 1)


def _mrz_val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - ord("A") + 10


def check_digit(s: str) -> str:
    return str(sum(_mrz_val(c) * _MRZ_W[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(x: str) -> str:
        x = unicodedata.normalize("NFKD", x.upper())
        x = "".join(c for c in x if not unicodedata.combining(c))
        out = []
        for c in x:
            if "A" <= c <= "Z":
                out.append(c)
            elif c in " -'":
                out.append("<")
        return "".join(out).replace("<<", "<").strip("<")

    full = clean(surname) + "<<" + clean(given)
    assert len(full) <= width, full
    return full.ljust(width, "<")


def _field(s: str, n: int) -> str:
    assert len(s) <= n, s
    return s.ljust(n, "<")


def td3(doc_type, country, surname, given, number, nat, dob, sex, expiry, optional=""):
    """Passport, 2 x 44. Dates YYMMDD."""
    num = _field(number, 9)
    opt = _field(optional, 14)
    l1 = _field(doc_type, 2) + country + mrz_name(surname, given, 39)
    parts = num + check_digit(num) + nat + dob + check_digit(dob) + sex
    parts += expiry + check_digit(expiry) + opt + check_digit(opt)
    comp = num + check_digit(num) + dob + check_digit(dob) + expiry + check_digit(expiry)
    comp += opt + check_digit(opt)
    l2 = parts + check_digit(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrv_a(country, surname, given, number, nat, dob, sex, expiry, optional="", kind="<"):
    """Visa sticker MRV-A, 2 x 44."""
    num = _field(number, 9)
    l1 = "V" + kind + country + mrz_name(surname, given, 39)
    l2 = num + check_digit(num) + nat + dob + check_digit(dob) + sex
    l2 += expiry + check_digit(expiry) + _field(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    """ID-1 card, 3 x 30."""
    num = _field(number, 9)
    o1 = _field(opt1, 15)
    o2 = _field(opt2, 11)
    l1 = _field(doc_type, 2) + country + num + check_digit(num) + o1
    mid = dob + check_digit(dob) + sex + expiry + check_digit(expiry) + nat + o2
    comp = l1[5:30] + mid[0:7] + mid[8:15] + mid[18:29]
    l2 = mid + check_digit(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def verify_mrz(lines: list[str]) -> bool:
    """Independent re-check of every check digit (asserted on each generated MRZ)."""
    cd = check_digit
    if len(lines) == 2 and lines[0][0] == "P":
        l2 = lines[1]
        comp = l2[0:10] + l2[13:20] + l2[21:43]
        return (
            cd(l2[0:9]) == l2[9]
            and cd(l2[13:19]) == l2[19]
            and cd(l2[21:27]) == l2[27]
            and cd(l2[28:42]) == l2[42]
            and cd(comp) == l2[43]
        )
    if len(lines) == 2 and lines[0][0] == "V":
        l2 = lines[1]
        return cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    if len(lines) == 3:
        a, b = lines[0], lines[1]
        comp = a[5:30] + b[0:7] + b[8:15] + b[18:29]
        return (
            cd(a[5:14]) == a[14]
            and cd(b[0:6]) == b[6]
            and cd(b[8:14]) == b[14]
            and cd(comp) == b[29]
        )
    return False


# --- IBAN / RIB -------------------------------------------------------------

_RIB_LETTERS = {
    c: d
    for d, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def _rib_digits(s: str) -> str:
    return "".join(c if c.isdigit() else str(_RIB_LETTERS[c]) for c in s.upper())


def rib_key(bank: str, branch: str, account: str) -> str:
    n = int(_rib_digits(bank)) * 89 + int(_rib_digits(branch)) * 15
    n += int(_rib_digits(account)) * 3
    return f"{97 - n % 97:02d}"


def rib_key_ok(bank: str, branch: str, account: str, key: str) -> bool:
    n = int(_rib_digits(bank + branch + account + key))
    return n % 97 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_from_bban(country: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + country + "00") % 97
    iban = f"{country}{chk:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    assert rib_key_ok(bank, branch, account, key)
    return iban_from_bban("FR", bank + branch + account + key), key


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_siret(siren8: str, nic4: str) -> str:
    """Complete SIREN (9th digit) and SIRET (14th digit) so both pass Luhn."""
    siren = next(siren8 + str(d) for d in range(10) if luhn_ok(siren8 + str(d)))
    siret = next(siren + nic4 + str(d) for d in range(10) if luhn_ok(siren + nic4 + str(d)))
    return siret


def self_test() -> None:
    # ICAO 9303 example (Utopia specimen)
    l = td3(
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
    assert l[1] == "L898902C36UTO7408122F1204159ZE184226B<<<<<10", l[1]
    assert verify_mrz(l)
    assert iban_ok("FR7630006000011234567890189")
    assert rib_key("20041", "01005", "0500013M026") == "06"
    assert rib_key("30002", "00550", "0000157845Z") == "02"
    assert luhn_ok("73282932000074")
