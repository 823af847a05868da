"""Check digits: ICAO 9303 MRZ, IBAN (ISO 13616), French RIB key, SIRET, NIR."""

import unicodedata


def _val(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_cd(s):
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    s = s.replace("ß", "SS")
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(c)
        elif c in " -":
            out.append("<")
        elif c in "'’.,":
            continue
    return "".join(out)


def mrz_names(surname, given):
    return mrz_name(surname) + "<<" + mrz_name(given)


def pad(s, n):
    s = s[:n]
    return s + "<" * (n - len(s))


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_type, issuer, surname, given, number, nat, dob, sex, exp, optional="", break_cd=None):
    """Passport MRZ (2 x 44). break_cd in (None, 'number', 'dob', 'exp', 'final')."""
    l1 = pad(pad(doc_type, 2) + issuer + mrz_names(surname, given), 44)
    num = pad(number, 9)
    c_num = mrz_cd(num)
    c_dob = mrz_cd(ymd(dob))
    c_exp = mrz_cd(ymd(exp))
    opt = pad(optional, 14)
    c_opt = mrz_cd(opt) if optional else "<"
    if break_cd == "number":
        c_num = str((int(c_num) + 3) % 10)
    if break_cd == "dob":
        c_dob = str((int(c_dob) + 4) % 10)
    if break_cd == "exp":
        c_exp = str((int(c_exp) + 2) % 10)
    body = num + c_num + nat + ymd(dob) + c_dob + sex + ymd(exp) + c_exp + opt + c_opt
    comp = num + c_num + ymd(dob) + c_dob + ymd(exp) + c_exp + opt + c_opt
    final = mrz_cd(comp)
    if break_cd == "final":
        final = str((int(final) + 5) % 10)
    return [l1, body + final]


def td1(doc_type, issuer, surname, given, number, nat, dob, sex, exp, opt1="", opt2=""):
    """ID-1 card MRZ (3 x 30)."""
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + issuer + num + mrz_cd(num) + pad(opt1, 15)
    l2 = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp)) + nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = l2 + mrz_cd(comp)
    l3 = pad(mrz_names(surname, given), 30)
    return [l1, l2, l3]


def mrva(issuer, surname, given, number, nat, dob, sex, exp, optional="", second="D"):
    """Visa MRZ, format A (2 x 44)."""
    l1 = pad("V" + second + issuer + mrz_names(surname, given), 44)
    num = pad(number, 9)
    l2 = (
        num
        + mrz_cd(num)
        + nat
        + ymd(dob)
        + mrz_cd(ymd(dob))
        + sex
        + ymd(exp)
        + mrz_cd(ymd(exp))
        + pad(optional, 16)
    )
    return [l1, l2]


# ---------------------------------------------------------------- banking


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(country, bban):
    chk = 98 - int(_num(bban + country + "00")) % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_ok(ib):
    ib = ib.replace(" ", "")
    return int(_num(ib[4:] + ib[:4])) % 97 == 1


_RIB_LET = {}
for _i, _c in enumerate("ABCDEFGHI"):
    _RIB_LET[_c] = str(_i + 1)
for _i, _c in enumerate("JKLMNOPQR"):
    _RIB_LET[_c] = str(_i + 1)
for _i, _c in enumerate("STUVWXYZ"):
    _RIB_LET[_c] = str(_i + 2)


def rib_key(bank, branch, account):
    acc = "".join(_RIB_LET.get(c, c) for c in account.upper())
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def fmt_iban(ib):
    return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))


def luhn_complete(partial):
    for d in range(10):
        s = partial + str(d)
        tot = 0
        for i, c in enumerate(reversed(s)):
            n = int(c)
            if i % 2 == 1:
                n *= 2
                if n > 9:
                    n -= 9
            tot += n
        if tot % 10 == 0:
            return s
    raise ValueError


def siret(siren8, nic4):
    siren = luhn_complete(siren8)
    return luhn_complete(siren + nic4)


def nir(thirteen):
    key = 97 - int(thirteen) % 97
    return thirteen, "%02d" % key


def fmt_nir(thirteen):
    n, k = nir(thirteen)
    return "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], k)
