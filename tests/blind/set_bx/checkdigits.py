"""Check-digit helpers: ICAO 9303 MRZ, ISO 13616 IBAN, French RIB key, NIR, Luhn."""

from __future__ import annotations


def mrz_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - ord("A") + 10


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(mrz_value(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    s = surname.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    return (s + "<<" + g).ljust(width, "<")[:width]


def td3(doc_type, state, surname, given, number, nat, dob, sex, exp, personal=""):
    """Passport MRZ, 2x44. Dates YYMMDD."""
    l1 = (doc_type.ljust(2, "<") + state + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pcd = mrz_cd(pers) if personal else "<"
    body = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pers + pcd
    comp_src = body[0:10] + body[13:20] + body[21:43]
    l2 = body + mrz_cd(comp_src)
    assert len(l1) == 44 and len(l2) == 44
    assert td3_valid(l2)
    return l1, l2


def td3_valid(l2: str) -> bool:
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    ok = ok and mrz_cd(l2[21:27]) == l2[27]
    pers_ok = l2[42] == mrz_cd(l2[28:42]) or (l2[42] == "<" and set(l2[28:42]) == {"<"})
    comp = mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    return ok and pers_ok and comp


def td1(doc_type, state, number, opt1, dob, sex, exp, nat, opt2, surname, given):
    """ID-1 card MRZ, 3x30."""
    num = number.ljust(9, "<")
    l1 = (doc_type.ljust(2, "<") + state + num + mrz_cd(num) + opt1.ljust(15, "<"))[:30]
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + opt2.ljust(11, "<")
    comp = mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l2 = l2 + comp
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert td1_valid(l1, l2)
    return l1, l2, l3


def td1_valid(l1: str, l2: str) -> bool:
    ok = mrz_cd(l1[5:14]) == l1[14]
    ok = ok and mrz_cd(l2[0:6]) == l2[6] and mrz_cd(l2[8:14]) == l2[14]
    return ok and mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def mrva(state, surname, given, number, nat, dob, sex, exp, optional="", vtype="D"):
    """Visa MRV-A, 2x44 (no composite check digit in MRV)."""
    l1 = ("V" + vtype + state + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    l2 = (l2 + optional).ljust(44, "<")[:44]
    assert len(l1) == 44 and len(l2) == 44
    assert mrva_valid(l2)
    return l1, l2


def mrva_valid(l2: str) -> bool:
    return mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27]


RIB_MAP = {}
for _letters, _v in (("AJ", 1), ("BKS", 2), ("CLT", 3), ("DMU", 4), ("ENV", 5), ("FOW", 6)):
    for _c in _letters:
        RIB_MAP[_c] = _v
for _letters, _v in (("GPX", 7), ("HQY", 8), ("IRZ", 9)):
    for _c in _letters:
        RIB_MAP[_c] = _v


def rib_digits(s: str) -> int:
    return int("".join(str(RIB_MAP.get(c, c)) for c in s.upper()))


def rib_key(bank: str, branch: str, account: str) -> str:
    k = 97 - ((89 * rib_digits(bank) + 15 * rib_digits(branch) + 3 * rib_digits(account)) % 97)
    return f"{k:02d}"


def rib_key_valid(bank, branch, account, key) -> bool:
    return (
        89 * rib_digits(bank) + 15 * rib_digits(branch) + 3 * rib_digits(account) + int(key)
    ) % 97 == 0


def iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s.upper()))


def make_iban(country: str, bban: str) -> str:
    cd = 98 - iban_num(bban + country + "00") % 97
    iban = f"{country}{cd:02d}{bban}"
    assert iban_valid(iban)
    return iban


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    return iban_num(s[4:] + s[:4]) % 97 == 1


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    assert rib_key_valid(bank, branch, account, key)
    return make_iban("FR", bank + branch + account + key), key


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise ValueError(prefix)


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def fr_date(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr_words(iso: str) -> str:
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MOIS[int(iso[5:7]) - 1]} {iso[0:4]}"


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def en_date(iso: str) -> str:
    return f"{iso[8:10]} {MON[int(iso[5:7]) - 1]} {iso[0:4]}"
