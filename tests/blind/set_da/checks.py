"""Check-digit helpers (ICAO 9303 MRZ, IBAN mod 97, French RIB key, NIR key, SIRET Luhn)."""

from __future__ import annotations


def mrz_cd(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch.upper()) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def _pad(s: str, n: int) -> str:
    s = s.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def mrz_name(surname: str, given: str, n: int) -> str:
    s = surname.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    g = given.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    return _pad(s + "<<" + g, n)[:n]


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, personal=""):
    """Passport MRZ (2 x 44). dob/exp as YYMMDD."""
    assert len(number) <= 9
    l1 = _pad(doc_type, 2) + country + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    pcd = mrz_cd(pers) if personal else "<"
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pers + pcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    assert check_td3(l1, l2)
    return l1, l2


def check_td3(l1, l2):
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    ok = ok and mrz_cd(l2[21:27]) == l2[27]
    return ok and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    """ID-1 card MRZ (3 x 30)."""
    assert len(number) <= 9
    num = _pad(number, 9)
    l1 = _pad(doc_type, 2) + country + num + mrz_cd(num) + _pad(opt1, 15)
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + _pad(opt2, 11)
    l2 += mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    assert check_td1(l1, l2)
    return l1, l2, l3


def check_td1(l1, l2):
    ok = mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
    ok = ok and mrz_cd(l2[8:14]) == l2[14]
    return ok and mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def mrva(country, surname, given, number, nat, dob, sex, exp, opt=""):
    """Visa MRZ, format A (2 x 44); carries the visa's own number."""
    assert len(number) <= 9
    l1 = "VD" + country + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + _pad(opt, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    return l1, l2


def _alnum_to_int(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _alnum_to_int(s[4:] + s[:4]) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    cd = 98 - _alnum_to_int(bban + country + "00") % 97
    iban = f"{country}{cd:02d}{bban}"
    assert iban_ok(iban)
    return iban


def rib_key(bank: str, branch: str, account: str) -> str:
    assert account.isdigit()
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> str:
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    assert rib_key(iban[4:9], iban[9:14], iban[14:25]) == iban[25:27]
    return iban


def nir_key(nir13: str) -> str:
    n = int(nir13.replace("2A", "19").replace("2B", "18"))
    return f"{97 - n % 97:02d}"


def luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def make_siret(siren8: str, nic4: str) -> str:
    """Complete a SIREN (8 digits + Luhn digit) and a NIC (4 digits + Luhn digit)."""
    siren = next(siren8 + str(d) for d in range(10) if luhn_ok(siren8 + str(d)))
    siret = next(siren + nic4 + str(d) for d in range(10) if luhn_ok(siren + nic4 + str(d)))
    assert luhn_ok(siren) and luhn_ok(siret)
    return siret


def fmt_iban(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def self_test() -> None:
    # ICAO 9303 example (Utopia specimen) and public French vectors
    _l1, l2 = td3(
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
    assert l2 == "L898902C36UTO7408122F1204159ZE184226B<<<<<10", l2
    assert iban_ok("FR7630006000011234567890189")
    assert rib_key("30006", "00001", "12345678901") == "89"
    assert nir_key("1840373024125") == nir_key("1840373024125")
    assert luhn_ok("73282932000074")  # SIRET of INSEE example
