"""Check digits: ICAO 9303 MRZ, IBAN (ISO 13616 mod 97), French RIB key, SIRET (Luhn)."""

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_FR = [
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


def _val(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s):
    return str(sum(_val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def name_field(surname, given, n):
    def clean(s):
        return "".join(c if c.isalpha() else "<" for c in s.upper())

    f = clean(surname) + "<<" + clean(given)
    return f[:n].ljust(n, "<")


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(country, surname, given, number, nat, dob, sex, exp, personal=""):
    n9 = number.ljust(9, "<")
    p14 = personal.ljust(14, "<")
    body = n9 + cd(n9) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex
    body += yymmdd(exp) + cd(yymmdd(exp)) + p14 + cd(p14)
    comp = body[0:10] + body[13:20] + body[21:43]
    l1 = "P<" + country + name_field(surname, given, 39)
    return [l1, body + cd(comp)]


def mrva(country, surname, given, number, nat, dob, sex, until, optional=""):
    n9 = number.ljust(9, "<")
    l1 = "VD" + country + name_field(surname, given, 39)
    l2 = n9 + cd(n9) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex
    l2 += yymmdd(until) + cd(yymmdd(until)) + optional.ljust(16, "<")
    return [l1, l2]


def td1(doc, country, number, dob, sex, exp, nat, surname, given, opt2=""):
    n9 = number.ljust(9, "<")
    l1 = (doc + country + n9 + cd(n9)).ljust(30, "<")
    l2 = yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(exp) + cd(yymmdd(exp)) + nat
    l2 = l2 + opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return [l1, l2 + cd(comp), name_field(surname, given, 30)]


def verify_mrz(lines):
    """Independent re-check of every check digit; returns True when all are right."""
    if len(lines) == 2 and len(lines[0]) == 44 and lines[0][0] == "P":
        l2 = lines[1]
        ok = cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
        ok = ok and cd(l2[28:42]) == l2[42]
        return ok and cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    if len(lines) == 2 and lines[0][0] == "V":
        l2 = lines[1]
        return cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    if len(lines) == 3:
        a, b = lines[0], lines[1]
        ok = cd(a[5:14]) == a[14] and cd(b[0:6]) == b[6] and cd(b[8:14]) == b[14]
        return ok and cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]
    raise ValueError(lines)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(_val(c)) for c in s)) % 97 == 1


def make_iban(country, bban):
    s = bban + country + "00"
    chk = 98 - int("".join(str(_val(c)) for c in s)) % 97
    return f"{country}{chk:02d}{bban}"


_RIB_LET = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def _rib_num(s):
    return int("".join(_RIB_LET.get(c, c) for c in s.upper()))


def rib_key(bank, branch, account):
    return f"{97 - (89 * _rib_num(bank) + 15 * _rib_num(branch) + 3 * _rib_num(account)) % 97:02d}"


def rib_key_ok(bank, branch, account, key):
    return (
        89 * _rib_num(bank) + 15 * _rib_num(branch) + 3 * _rib_num(account) + int(key)
    ) % 97 == 0


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    assert iban_ok(iban) and rib_key_ok(bank, branch, account, key)
    return iban, key


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def siret(siren8, nic4):
    """Complete a SIRET (14 digits, Luhn) from 8 SIREN digits and 4 NIC digits + 2 to find."""
    for a in range(10):
        siren = siren8 + str(a)
        if not luhn_ok(siren):
            continue
        for b in range(10):
            s = siren + nic4 + str(b)
            if luhn_ok(s):
                return s
    raise ValueError


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def d_fr(iso):
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def d_words(iso):
    day = int(iso[8:10])
    return f"{'1er' if day == 1 else day} {MONTHS_FR[int(iso[5:7]) - 1]} {iso[:4]}"


def d_en(iso):
    return f"{iso[8:10]} {MONTHS_EN[int(iso[5:7]) - 1]} {iso[:4]}"
