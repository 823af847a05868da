"""Check-digit arithmetic for the identifiers printed on the documents.

Everything here is computed from the public specifications:
  - ICAO Doc 9303 part 3 (7-3-1 weighted check digits, TD1 / TD3 / MRV-B layouts),
  - ISO 13616 IBAN (mod 97-10) and the French "clé RIB",
  - SIREN / SIRET (Luhn),
  - French NIR key (97 - n mod 97).
"""

import unicodedata

# ---------------------------------------------------------------- MRZ


def _mrz_value(ch):
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    if ch == "<":
        return 0
    raise ValueError("bad MRZ char %r" % ch)


def mrz_check(s):
    w = (7, 3, 1)
    return str(sum(_mrz_value(c) * w[i % 3] for i, c in enumerate(s)) % 10)


_TRANSLIT = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Æ": "AE", "Ø": "OE", "Å": "AA"}


def mrz_name_part(s, german=False):
    """Upper-case, strip accents, hyphens and spaces become '<', apostrophes vanish."""
    s = s.upper()
    out = []
    for ch in s:
        if german and ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if not unicodedata.combining(c))
        if base in ("'", "’", "."):
            continue
        if base in ("-", " ", ","):
            out.append("<")
        elif "A" <= base <= "Z":
            out.append(base)
    return "".join(out)


def mrz_names(surname, given, width):
    s = mrz_name_part(surname) + "<<" + mrz_name_part(given)
    s = s[:width]
    return s + "<" * (width - len(s))


def pad(s, n):
    s = s[:n]
    return s + "<" * (n - len(s))


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(
    doc_type,
    issuer,
    surname,
    given,
    number,
    nationality,
    dob,
    sex,
    expiry,
    optional="",
    optional_cd_filler=False,
    corrupt=None,
):
    """Passport MRZ (2 x 44). corrupt: name of a check digit to falsify."""
    l1 = pad(doc_type, 2) + pad(issuer, 3) + mrz_names(surname, given, 39)
    num = pad(number, 9)
    opt = pad(optional, 14)
    c_num = mrz_check(num)
    c_dob = mrz_check(yymmdd(dob))
    c_exp = mrz_check(yymmdd(expiry))
    c_opt = "<" if (optional_cd_filler and opt == "<" * 14) else mrz_check(opt)
    if corrupt == "number":
        c_num = str((int(c_num) + 3) % 10)
    if corrupt == "dob":
        c_dob = str((int(c_dob) + 4) % 10)
    if corrupt == "expiry":
        c_exp = str((int(c_exp) + 5) % 10)
    comp_src = num + c_num + yymmdd(dob) + c_dob + yymmdd(expiry) + c_exp + opt + c_opt
    c_comp = mrz_check(comp_src)
    l2 = (
        num
        + c_num
        + pad(nationality, 3)
        + yymmdd(dob)
        + c_dob
        + sex
        + yymmdd(expiry)
        + c_exp
        + opt
        + c_opt
        + c_comp
    )
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def td1(doc_type, issuer, number, dob, sex, expiry, nationality, surname, given, opt1="", opt2=""):
    """ID-1 card MRZ (3 x 30). Long document numbers (>9) use the ICAO overflow rule."""
    if len(number) <= 9:
        f_num = pad(number, 9)
        c_num = mrz_check(f_num)
        rest = pad(opt1, 15)
        l1 = pad(doc_type, 2) + pad(issuer, 3) + f_num + c_num + rest
    else:
        f_num = number[:9]
        over = number[9:]
        c_num = mrz_check(number)
        rest = pad(over + c_num + opt1, 15)
        l1 = pad(doc_type, 2) + pad(issuer, 3) + f_num + "<" + rest
    l2a = yymmdd(dob) + mrz_check(yymmdd(dob)) + sex + yymmdd(expiry) + mrz_check(yymmdd(expiry))
    l2b = pad(nationality, 3) + pad(opt2, 11)
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2b[3:14]
    l2 = l2a + l2b + mrz_check(comp)
    l3 = mrz_names(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrvb(visa_type, issuer, surname, given, number, nationality, dob, sex, expiry, optional=""):
    """Visa sticker MRZ, format MRV-B (2 x 36) as used on Schengen/French stickers."""
    l1 = "V" + visa_type + pad(issuer, 3) + mrz_names(surname, given, 31)
    num = pad(number, 9)
    l2 = (
        num
        + mrz_check(num)
        + pad(nationality, 3)
        + yymmdd(dob)
        + mrz_check(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + mrz_check(yymmdd(expiry))
        + pad(optional, 8)
    )
    assert len(l1) == 36 and len(l2) == 36, (l1, l2)
    return [l1, l2]


# ---------------------------------------------------------------- banks

_RIB_LETTERS = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], start=1):
    for _c in _grp:
        _RIB_LETTERS[_c] = str(_i)


def _rib_digits(s):
    return "".join(_RIB_LETTERS.get(c, c) for c in s.upper())


def rib_key(bank, branch, account):
    n = 89 * int(bank) + 15 * int(branch) + 3 * int(_rib_digits(account))
    return "%02d" % (97 - n % 97)


def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(country, bban):
    n = int(_iban_num(bban + country + "00"))
    return "%02d" % (98 - n % 97)


def iban(country, bban, wrong=False):
    cd = iban_check(country, bban)
    if wrong:
        cd = "%02d" % ((int(cd) + 11) % 97 or 13)
    return country + cd + bban


def iban_valid(s):
    s = s.replace(" ", "")
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


def fr_iban(bank, branch, account, wrong=False):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key, wrong=wrong), key


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- SIREN / SIRET / NIR


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def siren(seed8):
    return luhn_complete(seed8)


def siret(siren9, nic4):
    return luhn_complete(siren9 + nic4)


def fmt_siren(s):
    return "%s %s %s" % (s[:3], s[3:6], s[6:9])


def fmt_siret(s):
    return "%s %s %s %s" % (s[:3], s[3:6], s[6:9], s[9:])


def nir_key(nir13):
    n = int(nir13.replace("2A", "19").replace("2B", "18"))
    return "%02d" % (97 - n % 97)


def fmt_nir(nir13):
    k = nir_key(nir13)
    s = nir13
    return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], k)


if __name__ == "__main__":
    # sanity checks against published examples
    assert td3(
        "P",
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        "L898902C3",
        "UTO",
        "1974-08-12",
        "F",
        "2012-04-15",
        "ZE184226B",
    ) == [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]
    assert (
        mrvb(
            "C",
            "FRA",
            "SPECIMEN",
            "SPECIMEN",
            "F00000000",
            "UTO",
            "2003-11-06",
            "M",
            "2014-01-14",
            "<M300703",
        )[1]
        == "F000000005UTO0311063M1401143<M300703"
    )
    assert (
        td1(
            "I",
            "PRT",
            "007777779ZZ9",
            "1983-03-14",
            "M",
            "2034-05-28",
            "PRT",
            "CACADOR DE ARAUJO",
            "ANDRE ESTEV",
        )[0]
        == "I<PRT007777779<ZZ92<<<<<<<<<<<"
    )
    ib, k = fr_iban("30006", "00001", "12345678901")
    assert iban_valid(ib), ib
    assert iban_valid("FR7630006000011234567890189")
    print("ok", ib)


def tckn(first9):
    """Turkish identity number: 9 digits + two check digits."""
    d = [int(c) for c in first9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)
