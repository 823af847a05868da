"""Check digits: ICAO 9303 MRZ, IBAN mod-97, French RIB key."""

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


def pad(s: str, n: int) -> str:
    s = s[:n]
    return s + "<" * (n - len(s))


def plain(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


def name_field(surname: str, given: str, n: int) -> str:
    surname, given = plain(surname), plain(given)
    sur = "<".join(surname.replace("'", "").replace("-", " ").split())
    giv = "<".join(given.replace("'", "").replace("-", " ").replace(".", "").split())
    return pad(f"{sur}<<{giv}", n)


def td3(doc_code, state, surname, given, number, nat, dob, sex, exp, personal=""):
    """Passport (2 x 44). Dates as YYMMDD."""
    l1 = pad(f"{doc_code}{state}" + name_field(surname, given, 39), 44)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = cd(pers) if personal else "<"
    body = num + cd(num) + nat + dob + cd(dob) + sex + exp + cd(exp) + pers + pcd
    comp = cd(num + cd(num) + dob + cd(dob) + exp + cd(exp) + pers + pcd)
    return [l1, body + comp]


def mrv_a(state, surname, given, number, nat, dob, sex, exp, optional="", code="VD"):
    l1 = pad(f"{code}{state}" + name_field(surname, given, 39), 44)
    num = pad(number, 9)
    l2 = num + cd(num) + nat + dob + cd(dob) + sex + exp + cd(exp) + pad(optional, 16)
    return [l1, l2]


def td1(code, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(code, 2) + state + num + cd(num) + pad(opt1, 15)
    l2 = dob + cd(dob) + sex + exp + cd(exp) + nat + pad(opt2, 11)
    comp = cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2 + comp, name_field(surname, given, 30)]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


# ---------------------------------------------------------------- IBAN / RIB
def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


_RIB_LETTERS = {}
for _i, _grp in enumerate(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ")):
    for _c in _grp:
        _RIB_LETTERS[_c] = str(_i + 1)


def _rib_digits(s: str) -> int:
    return int("".join(_RIB_LETTERS.get(c, c) for c in s.upper()))


def rib_key(bank: str, branch: str, account: str) -> str:
    k = 97 - (89 * _rib_digits(bank) + 15 * _rib_digits(branch) + 3 * _rib_digits(account)) % 97
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban_make("FR", bank + branch + account + key), key


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
