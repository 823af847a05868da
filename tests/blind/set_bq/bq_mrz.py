"""ICAO 9303 machine readable zones (TD1, TD3, MRV-B) with asserted check digits."""

from __future__ import annotations

from datetime import date

from bq_common import ascii_up, mrz_cd


def _mrzify(s: str) -> str:
    s = ascii_up(s).replace("'", "").replace("’", "")
    out = []
    for ch in s:
        if "A" <= ch <= "Z" or ch.isdigit():
            out.append(ch)
        elif ch in " -<":
            out.append("<")
    return "".join(out).strip("<")


def mrz_name(surname: str, given: str, length: int) -> str:
    s = _mrzify(surname) + "<<" + _mrzify(given)
    return (s + "<" * length)[:length]


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _field(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def _ok(field: str, cd: str) -> bool:
    if cd == "<":
        return set(field) == {"<"}
    return mrz_cd(field) == cd


def td3(surname, given, number, country, nationality, dob, sex, expiry, optional="", opt_cd="0"):
    """Passport MRZ. opt_cd '0' or '<' for an empty optional field (both allowed by ICAO)."""
    l1 = _field("P<" + country + mrz_name(surname, given, 39), 44)
    num = _field(number, 9)
    opt = _field(optional, 14)
    ocd = mrz_cd(opt) if optional else opt_cd
    body = num + mrz_cd(num) + nationality + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    body += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + opt + ocd
    comp_src = body[0:10] + body[13:20] + body[21:43]
    l2 = body + mrz_cd(comp_src)
    assert len(l1) == 44 and len(l2) == 44
    assert check_td3(l1, l2)
    return [l1, l2]


def check_td3(l1: str, l2: str) -> bool:
    ok = _ok(l2[0:9], l2[9]) and _ok(l2[13:19], l2[19]) and _ok(l2[21:27], l2[27])
    ok = ok and _ok(l2[28:42], l2[42])
    return ok and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def td1(doc_code, country, number, dob, sex, expiry, nationality, surname, given, opt1="", opt2=""):
    num = _field(number, 9)
    l1 = _field(doc_code, 2) + country + num + mrz_cd(num) + _field(opt1, 15)
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(expiry) + mrz_cd(yymmdd(expiry))
    l2 += nationality + _field(opt2, 11)
    l2 += mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert check_td1(l1, l2)
    return [l1, l2, l3]


def check_td1(l1: str, l2: str) -> bool:
    ok = _ok(l1[5:14], l1[14]) and _ok(l2[0:6], l2[6]) and _ok(l2[8:14], l2[14])
    return ok and mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def mrvb(visa_type, country, surname, given, number, nationality, dob, sex, expiry, optional=""):
    """Visa sticker MRZ, format B (2 x 36), as on Schengen stickers."""
    l1 = _field("V" + visa_type + country + mrz_name(surname, given, 31), 36)
    num = _field(number, 9)
    l2 = num + mrz_cd(num) + nationality + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + _field(optional, 8)
    assert len(l1) == 36 and len(l2) == 36
    assert _ok(l2[0:9], l2[9]) and _ok(l2[13:19], l2[19]) and _ok(l2[21:27], l2[27])
    return [l1, l2]
