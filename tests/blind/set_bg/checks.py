"""Check digits: MRZ (ICAO 9303), IBAN (ISO 13616), French RIB key, Belgian account."""

import unicodedata

_W = (7, 3, 1)


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_check(s: str) -> str:
    return str(sum(_val(c) * _W[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = s.replace("'", "").replace("-", "<").replace(" ", "<")
    return s


def mrz_pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def td3(doc_type, iss, surname, given, number, nat, dob, sex, exp, personal=""):
    """dob/exp as YYMMDD. Returns two 44-char lines."""
    l1 = mrz_pad(
        doc_type + "<" * (2 - len(doc_type)) + iss + mrz_name(surname) + "<<" + mrz_name(given), 44
    )
    num = mrz_pad(number, 9)
    pers = mrz_pad(personal, 14)
    pcd = mrz_check(pers) if personal else "<"
    body = num + mrz_check(num) + nat + dob + mrz_check(dob) + sex + exp + mrz_check(exp)
    body += pers + pcd
    comp = body[0:10] + body[13:20] + body[21:43]
    return l1, body + mrz_check(comp)


def mrva(iss, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = mrz_pad("V<" + iss + mrz_name(surname) + "<<" + mrz_name(given), 44)
    num = mrz_pad(number, 9)
    l2 = num + mrz_check(num) + nat + dob + mrz_check(dob) + sex + exp + mrz_check(exp)
    return l1, mrz_pad(l2 + optional, 44)


def td1(doc_type, iss, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = mrz_pad(number, 9)
    l1 = mrz_pad(doc_type, 2) + iss + num + mrz_check(num) + mrz_pad(opt1, 15)
    l2 = dob + mrz_check(dob) + sex + exp + mrz_check(exp) + nat + mrz_pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = l2 + mrz_check(comp)
    l3 = mrz_pad(mrz_name(surname) + "<<" + mrz_name(given), 30)
    return l1, l2, l3


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(country: str, bban: str) -> str:
    cd = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{cd:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


_RIBMAP = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIBMAP.get(c, c) for c in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def be_iban(bank3: str, acc7: str) -> str:
    ten = bank3 + acc7
    chk = int(ten) % 97 or 97
    return iban("BE", f"{ten}{chk:02d}")


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]
