"""Check digits and identifiers: ICAO 9303 MRZ, IBAN, French RIB key, SIREN/SIRET, NIR."""

from __future__ import annotations

import unicodedata
from datetime import date

# ---------------------------------------------------------------- MRZ (ICAO 9303)


def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    return 0  # '<'


def mrz_check(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s: str) -> str:
    """Transliterate a printed name to MRZ characters (accents dropped, ' removed)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    s = s.replace("Ø", "OE").replace("Æ", "AE").replace("ß", "SS").replace("Ł", "L")
    s = s.replace("'", "").replace("’", "").replace(".", "")
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(c)
        else:
            out.append("<")
    return "".join(out).strip("<")


def mrz_names_field(surname: str, given: str, length: int) -> str:
    f = mrz_name(surname) + "<<" + mrz_name(given)
    if len(f) > length:
        f = f[:length]
    return f.ljust(length, "<")


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def pad(s: str, n: int) -> str:
    return s[:n].ljust(n, "<")


def td3(
    doc_type: str,
    issuing: str,
    surname: str,
    given: str,
    number: str,
    nationality: str,
    dob: date,
    sex: str,
    expiry: date,
    personal: str = "",
) -> tuple[str, str]:
    l1 = pad(doc_type, 2) + issuing + mrz_names_field(surname, given, 39)
    num = pad(number, 9)
    # the optional field takes letters and digits only; a longer number (a Mexican CURP)
    # is left out of the MRZ
    personal = "".join(c for c in personal.upper() if c.isascii() and c.isalnum())
    if len(personal) > 14:
        personal = ""
    pers = pad(personal, 14)
    pcd = mrz_check(pers) if personal else "<"
    core = (
        num
        + mrz_check(num)
        + nationality
        + yymmdd(dob)
        + mrz_check(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + mrz_check(yymmdd(expiry))
        + pers
        + pcd
    )
    comp = core[0:10] + core[13:20] + core[21:43]
    l2 = core + mrz_check(comp)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return l1, l2


def mrva(
    visa_type: str,
    issuing: str,
    surname: str,
    given: str,
    passport_no: str,
    nationality: str,
    dob: date,
    sex: str,
    valid_until: date,
    optional: str = "",
) -> tuple[str, str]:
    l1 = "V" + visa_type + issuing + mrz_names_field(surname, given, 39)
    num = pad(passport_no, 9)
    l2 = (
        num
        + mrz_check(num)
        + nationality
        + yymmdd(dob)
        + mrz_check(yymmdd(dob))
        + sex
        + yymmdd(valid_until)
        + mrz_check(yymmdd(valid_until))
        + pad(optional, 16)
    )
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return l1, l2


def mrvb(
    visa_type: str,
    issuing: str,
    surname: str,
    given: str,
    passport_no: str,
    nationality: str,
    dob: date,
    sex: str,
    valid_until: date,
    optional: str = "",
) -> tuple[str, str]:
    """MRV-B (36 characters a line), the format of the Schengen visa sticker."""
    l1 = "V" + visa_type + issuing + mrz_names_field(surname, given, 31)
    num = pad(passport_no, 9)
    l2 = (
        num
        + mrz_check(num)
        + nationality
        + yymmdd(dob)
        + mrz_check(yymmdd(dob))
        + sex
        + yymmdd(valid_until)
        + mrz_check(yymmdd(valid_until))
        + pad(optional, 8)
    )
    assert len(l1) == 36 and len(l2) == 36, (l1, l2)
    return l1, l2


def td1(
    doc_code: str,
    issuing: str,
    number: str,
    dob: date,
    sex: str,
    expiry: date,
    nationality: str,
    surname: str,
    given: str,
    opt1: str = "",
    opt2: str = "",
) -> tuple[str, str, str]:
    num = number
    if len(num) <= 9:
        numf = pad(num, 9)
        l1 = pad(doc_code, 2) + issuing + numf + mrz_check(numf) + pad(opt1, 15)
    else:  # long document number: first 9, '<', rest + check digit in optional zone
        head, tail = num[:9], num[9:]
        cd = mrz_check(num)
        l1 = pad(doc_code, 2) + issuing + head + "<" + pad(tail + cd + opt1, 15)
    l2 = (
        yymmdd(dob)
        + mrz_check(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + mrz_check(yymmdd(expiry))
        + nationality
        + pad(opt2, 11)
    )
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = l2 + mrz_check(comp)
    l3 = mrz_names_field(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return l1, l2, l3


# ---------------------------------------------------------------- banking


def _alnum_to_digits(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_check_digits(country: str, bban: str) -> str:
    n = int(_alnum_to_digits(bban + country + "00"))
    return "%02d" % (98 - n % 97)


def make_iban(country: str, bban: str) -> str:
    return country + iban_check_digits(country, bban) + bban


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_alnum_to_digits(s)) % 97 == 1


_RIB_LETTERS = {
    c: str(v)
    for v, cs in {
        1: "AJ",
        2: "BKS",
        3: "CLT",
        4: "DMU",
        5: "ENV",
        6: "FOW",
        7: "GPX",
        8: "HQY",
        9: "IRZ",
    }.items()
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_LETTERS.get(c, c) for c in account.upper())
    n = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return "%02d" % (97 - n % 97)


def french_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    """Returns (iban, rib key)."""
    key = rib_key(bank, branch, account)
    return make_iban("FR", bank + branch + account + key), key


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- companies


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
    for d in range(10):
        if luhn_ok(prefix + str(d)):
            return prefix + str(d)
    raise ValueError(prefix)


def siren(seed8: str) -> str:
    return luhn_complete(seed8)


def siret(siren9: str, nic4: str) -> str:
    return luhn_complete(siren9 + nic4)


def fmt_siret(s: str) -> str:
    return f"{s[0:3]} {s[3:6]} {s[6:9]} {s[9:14]}"


# ---------------------------------------------------------------- NIR


def nir(sex: str, dob: date, dept: str, commune: str, order: str) -> str:
    base = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
    key = 97 - int(base) % 97
    return base + "%02d" % key


def fmt_nir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:15]}"
