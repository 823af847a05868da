"""Check digits of the real documents: ICAO 9303 MRZ, IBAN, French RIB key,
SIREN/SIRET (Luhn), NIR key, Spanish DNI letter."""

import unicodedata

# ---------------------------------------------------------------- MRZ (ICAO 9303)


def _mrz_val(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - ord("A") + 10


def mrz_check(s):
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s):
    """Transliterate a printed name to MRZ characters (accents off, - ' space -> <)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.upper().replace("ß", "SS")
    out = []
    for c in s:
        if "A" <= c <= "Z" or c.isdigit():
            out.append(c)
        elif c in " -'’,.":
            out.append("<")
    r = "".join(out)
    while "<<" in r and r != r.replace("<<", "<"):
        r = r.replace("<<", "<")
    return r.strip("<")


def mrz_names(surname, given, width):
    g = mrz_name(given)
    v = mrz_name(surname) + "<<" + g if g else mrz_name(surname)
    return v[:width].ljust(width, "<")


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def pad(s, n):
    return s[:n].ljust(n, "<")


def td3(doc_type, state, surname, given, number, nat, dob, sex, exp, personal="", bad=None):
    """Passport MRZ, 2 x 44. bad='doc' / 'dob' / 'exp' / 'composite' corrupts a check digit."""
    l1 = pad(doc_type, 2) + state + mrz_names(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    c_num, c_dob, c_exp = mrz_check(num), mrz_check(yymmdd(dob)), mrz_check(yymmdd(exp))
    c_pers = mrz_check(pers) if personal else "<"
    if bad == "doc":
        c_num = str((int(c_num) + 3) % 10)
    if bad == "dob":
        c_dob = str((int(c_dob) + 4) % 10)
    if bad == "exp":
        c_exp = str((int(c_exp) + 5) % 10)
    body = num + c_num + nat + yymmdd(dob) + c_dob + sex + yymmdd(exp) + c_exp + pers + c_pers
    comp_src = num + c_num + yymmdd(dob) + c_dob + yymmdd(exp) + c_exp + pers + c_pers
    comp = mrz_check(comp_src)
    if bad == "composite":
        comp = str((int(comp) + 1) % 10)
    l2 = body + comp
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def mrva(visa_type, state, surname, given, passport_no, nat, dob, sex, valid_until, optional=""):
    """Visa sticker MRZ (MRV-A, 2 x 44, no composite check digit)."""
    l1 = "V" + visa_type + state + mrz_names(surname, given, 39)
    num = pad(passport_no, 9)
    l2 = (
        num
        + mrz_check(num)
        + nat
        + yymmdd(dob)
        + mrz_check(yymmdd(dob))
        + sex
        + yymmdd(valid_until)
        + mrz_check(yymmdd(valid_until))
        + pad(optional, 16)
    )
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def td1(doc_type, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    """ID-1 card MRZ, 3 x 30."""
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + state + num + mrz_check(num) + pad(opt1, 15)
    o2 = pad(opt2, 11)
    l2a = (
        yymmdd(dob) + mrz_check(yymmdd(dob)) + sex + yymmdd(exp) + mrz_check(yymmdd(exp)) + nat + o2
    )
    comp = mrz_check(l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29])
    l2 = l2a + comp
    l3 = mrz_names(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


# ---------------------------------------------------------------- IBAN / RIB


def _alnum_to_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_make(country, bban):
    n = int(_alnum_to_digits(bban + country + "00"))
    return country + "%02d" % (98 - n % 97) + bban


def iban_ok(iban):
    s = iban.replace(" ", "")
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


_RIB_LETTERS = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        _RIB_LETTERS[_c] = str(_i + 1)


def _rib_digits(s):
    return "".join(_RIB_LETTERS.get(c, c) for c in s.upper())


def rib_key(bank, branch, account):
    b, g, c = int(_rib_digits(bank)), int(_rib_digits(branch)), int(_rib_digits(account))
    return "%02d" % (97 - ((89 * b + 15 * g + 3 * c) % 97))


def french_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban_make("FR", bank + branch + account + key), key


def iban_groups(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- SIREN / SIRET / NIR


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise ValueError(prefix)


def siret_from(siren8, nic4):
    """SIREN = 8 digits + Luhn digit; SIRET = SIREN + NIC (4 digits + Luhn digit)."""
    siren = luhn_complete(siren8)
    siret = luhn_complete(siren + nic4)
    return siren, siret


def nir_key(nir13):
    return "%02d" % (97 - int(nir13) % 97)


def nir_fmt(nir13):
    k = nir_key(nir13)
    n = nir13
    return "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], k)


def dni_letter(num8):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def tva_intra(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return "FR%02d%s" % (key, siren)
