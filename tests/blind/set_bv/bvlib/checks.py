"""Check digits: ICAO 9303 MRZ, ISO 13616 IBAN, French RIB key, Luhn (SIREN/SIRET)."""

from __future__ import annotations

import unicodedata

_WEIGHTS = (7, 3, 1)
_RIB_LETTERS = {}
for _i, _group in enumerate(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ")):
    for _ch in _group:
        _RIB_LETTERS[_ch] = str(_i + 1)


def mrz_value(ch: str) -> int:
    if ch == "<":
        return 0
    if ch.isdigit():
        return int(ch)
    return ord(ch) - ord("A") + 10


def mrz_check(data: str) -> str:
    total = sum(mrz_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(data))
    return str(total % 10)


def mrz_name_part(text: str) -> str:
    """Transliterate a printed name to MRZ characters (accents dropped, ' removed)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).upper()
    text = text.replace("'", "").replace("\u2019", "")
    out = []
    for ch in text:
        out.append(ch if ch.isalnum() else "<")
    return "".join(out).strip("<")


def mrz_name(surname: str, given: str, width: int) -> str:
    field = mrz_name_part(surname) + "<<" + mrz_name_part(given)
    field = field[:width]
    return field + "<" * (width - len(field))


def _pad(text: str, width: int) -> str:
    assert len(text) <= width, (text, width)
    return text + "<" * (width - len(text))


def td3(issuing, surname, given, number, nationality, dob, sex, expiry, optional=""):
    """Passport MRZ (2 x 44). Dates as YYMMDD."""
    l1 = "P<" + issuing + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    opt = _pad(optional, 14)
    opt_cd = mrz_check(opt) if optional else "<"
    l2 = num + mrz_check(num) + nationality + dob + mrz_check(dob) + sex
    l2 += expiry + mrz_check(expiry) + opt + opt_cd
    composite = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_check(composite)
    assert len(l1) == 44 and len(l2) == 44
    assert_td3([l1, l2])
    return [l1, l2]


def assert_td3(lines):
    l2 = lines[1]
    assert mrz_check(l2[0:9]) == l2[9]
    assert mrz_check(l2[13:19]) == l2[19]
    assert mrz_check(l2[21:27]) == l2[27]
    if l2[28:42].strip("<"):
        assert mrz_check(l2[28:42]) == l2[42]
    assert mrz_check(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def td1(doc_code, issuing, surname, given, number, nationality, dob, sex, expiry, opt1="", opt2=""):
    """ID-1 card MRZ (3 x 30): residence permits, identity cards."""
    num = _pad(number, 9)
    l1 = _pad(doc_code, 2) + issuing + num + mrz_check(num) + _pad(opt1, 15)
    l2 = dob + mrz_check(dob) + sex + expiry + mrz_check(expiry) + nationality + _pad(opt2, 11)
    composite = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(composite)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    assert_td1([l1, l2, l3])
    return [l1, l2, l3]


def assert_td1(lines):
    l1, l2 = lines[0], lines[1]
    assert mrz_check(l1[5:14]) == l1[14]
    assert mrz_check(l2[0:6]) == l2[6]
    assert mrz_check(l2[8:14]) == l2[14]
    assert mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def mrva(visa_type, issuing, surname, given, number, nationality, dob, sex, expiry, optional=""):
    """Visa MRZ, format MRV-A (2 x 44); no composite check digit exists for visas."""
    l1 = "V" + visa_type + issuing + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    l2 = num + mrz_check(num) + nationality + dob + mrz_check(dob) + sex
    l2 += expiry + mrz_check(expiry) + _pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_check(l2[0:9]) == l2[9]
    assert mrz_check(l2[13:19]) == l2[19]
    assert mrz_check(l2[21:27]) == l2[27]
    return [l1, l2]


def _self_test():
    # ICAO 9303 part 4 example (Utopia specimen, ERIKSSON ANNA MARIA)
    assert_td3(
        [
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ]
    )
    # ICAO 9303 part 5 TD1 example
    assert_td1(
        [
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ]
    )
    assert iban_valid("FR1420041010050500013M02606")
    assert rib_key("20041", "01005", "0500013M026") == "06"
    assert rib_key("30002", "00550", "0000157845Z") == "02"
    assert luhn_ok("73282932000074")


def _iban_numeric(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban_check_digits(country: str, bban: str) -> str:
    return "%02d" % (98 - _iban_numeric(bban + country + "00") % 97)


def iban_valid(iban: str) -> bool:
    iban = iban.replace(" ", "")
    return _iban_numeric(iban[4:] + iban[:4]) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_LETTERS.get(ch, ch) for ch in account.upper())
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97))


def french_iban(bank: str, branch: str, account: str) -> dict:
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    iban = "FR" + iban_check_digits("FR", bban) + bban
    assert iban_valid(iban) and len(iban) == 27
    return {"bank": bank, "branch": branch, "account": account, "key": key, "iban": iban}


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError(prefix)


def siret(siren8: str, nic4: str) -> tuple[str, str]:
    """Return (siren, siret) with valid Luhn keys from 8 + 4 free digits."""
    siren = luhn_complete(siren8)
    full = luhn_complete(siren + nic4)
    assert luhn_ok(siren) and luhn_ok(full) and len(full) == 14
    return siren, full


_self_test()
