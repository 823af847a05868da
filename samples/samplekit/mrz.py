"""ICAO 9303 machine readable zones: TD3 (passport, 2x44), TD1 (card, 3x30) and
MRV-A (visa, 2x44), with check digits. Independent of docverify's own parser.

>>> check_digit("L898902C3")
'6'
>>> lines = td3("P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO",
...             "740812", "F", "120415", "ZE184226B")
>>> lines[0]
'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<'
>>> lines[1]
'L898902C36UTO7408122F1204159ZE184226B<<<<<10'
>>> td1("I", "UTO", "D23145890", "UTO", "740812", "F", "120415", "ERIKSSON",
...     "ANNA MARIA", optional1="", optional2="")
['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<']
>>> mrva("V", "UTO", "ERIKSSON", "ANNA MARIA", "L8988901C", "XXX", "400907", "F",
...      "961210", "6ZE184226B")[1]
'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

WEIGHTS = (7, 3, 1)


def char_value(ch: str) -> int:
    if ch == "<":
        return 0
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    raise ValueError(f"invalid MRZ character {ch!r}")


def check_digit(field: str) -> str:
    """ICAO check digit: weights 7,3,1 repeating, sum mod 10."""
    return str(sum(char_value(c) * WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


def clean(s: str) -> str:
    """Upper-case, strip accents, map separators to '<'."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = re.sub(r"[\s\-',.]+", "<", s.strip())
    return re.sub(r"[^A-Z0-9<]", "", s)


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def name_field(surname: str, given: str, n: int) -> str:
    return pad(clean(surname) + "<<" + clean(given), n)


def yymmdd(d: dt.date | str) -> str:
    if isinstance(d, str):
        return d
    return d.strftime("%y%m%d")


def td3(
    doc_type: str,
    issuing: str,
    surname: str,
    given: str,
    number: str,
    nationality: str,
    birth: dt.date | str,
    sex: str,
    expiry: dt.date | str,
    optional: str = "",
) -> list[str]:
    """Passport MRZ, 2 lines of 44."""
    l1 = pad(doc_type, 2) + pad(issuing, 3) + name_field(surname, given, 39)
    num = pad(clean(number), 9)
    opt = pad(clean(optional), 14)
    b, e = yymmdd(birth), yymmdd(expiry)
    opt_cd = check_digit(opt) if opt.strip("<") else "<"
    body = num + check_digit(num) + pad(nationality, 3) + b + check_digit(b) + sex
    body += e + check_digit(e) + opt + opt_cd
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + check_digit(comp)]


def td1(
    doc_type: str,
    issuing: str,
    number: str,
    nationality: str,
    birth: dt.date | str,
    sex: str,
    expiry: dt.date | str,
    surname: str,
    given: str,
    *,
    optional1: str = "",
    optional2: str = "",
) -> list[str]:
    """ID-1 card MRZ, 3 lines of 30."""
    num = pad(clean(number), 9)
    l1 = pad(doc_type, 2) + pad(issuing, 3) + num + check_digit(num) + pad(clean(optional1), 15)
    b, e = yymmdd(birth), yymmdd(expiry)
    l2 = b + check_digit(b) + sex + e + check_digit(e) + pad(nationality, 3)
    l2 += pad(clean(optional2), 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += check_digit(comp)
    return [l1, l2, name_field(surname, given, 30)]


def mrva(
    doc_type: str,
    issuing: str,
    surname: str,
    given: str,
    number: str,
    nationality: str,
    birth: dt.date | str,
    sex: str,
    expiry: dt.date | str,
    optional: str = "",
) -> list[str]:
    """Visa MRZ (MRV-A), 2 lines of 44; no composite check digit."""
    l1 = pad(doc_type, 2) + pad(issuing, 3) + name_field(surname, given, 39)
    num = pad(clean(number), 9)
    b, e = yymmdd(birth), yymmdd(expiry)
    l2 = num + check_digit(num) + pad(nationality, 3) + b + check_digit(b) + sex
    l2 += e + check_digit(e) + pad(clean(optional), 16)
    return [l1, l2]


def verify(lines: list[str]) -> bool:
    """Recompute every check digit of a TD3, MRV-A or TD1 MRZ."""
    if len(lines) == 3:
        l1, l2, _ = lines
        ok = check_digit(l1[5:14]) == l1[14]
        ok &= check_digit(l2[0:6]) == l2[6] and check_digit(l2[8:14]) == l2[14]
        comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
        return ok and check_digit(comp) == l2[29] and all(len(x) == 30 for x in lines)
    l1, l2 = lines
    ok = len(l1) == len(l2) == 44
    ok &= check_digit(l2[0:9]) == l2[9]
    ok &= check_digit(l2[13:19]) == l2[19] and check_digit(l2[21:27]) == l2[27]
    if l1[0] == "P":
        opt_ok = l2[42] == check_digit(l2[28:42]) or (l2[42] == "<" and not l2[28:42].strip("<"))
        comp = l2[0:10] + l2[13:20] + l2[21:43]
        ok &= opt_ok and check_digit(comp) == l2[43]
    return ok


if __name__ == "__main__":
    import doctest

    res = doctest.testmod(verbose=False)
    icao = td3(
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
    assert icao == [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ], icao
    assert verify(icao)
    print(f"mrz self-test: {res.attempted} doctests, {res.failed} failed; ICAO TD3 example OK")
    raise SystemExit(1 if res.failed else 0)
