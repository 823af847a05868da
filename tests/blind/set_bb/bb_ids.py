"""Check digits: ICAO 9303 MRZ, IBAN mod-97, French RIB key."""


def mrz_char(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def check(s):
    return str(sum(mrz_char(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname, given, width):
    s = surname.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.upper().replace("-", "<").replace(" ", "<")
    return (s + "<<" + g + "<" * width)[:width]


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_type, issuer, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = (doc_type + "<")[:2] + issuer + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    body = num + check(num) + nat + ymd(dob) + check(ymd(dob)) + sex + ymd(expiry)
    body += check(ymd(expiry)) + pers + check(pers)
    comp = num + check(num) + ymd(dob) + check(ymd(dob)) + ymd(expiry) + check(ymd(expiry))
    comp += pers + check(pers)
    return l1, body + check(comp)


def mrva(issuer, surname, given, number, nat, dob, sex, expiry, optional=""):
    """Visa sticker MRV-A (2 x 44)."""
    l1 = "V<" + issuer + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (optional + "<" * 16)[:16]
    l2 = num + check(num) + nat + ymd(dob) + check(ymd(dob)) + sex + ymd(expiry)
    return l1, l2 + check(ymd(expiry)) + opt


def td1(doc_type, issuer, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    o1 = (opt1 + "<" * 15)[:15]
    l1 = (doc_type + "<")[:2] + issuer + num + check(num) + o1
    o2 = (opt2 + "<" * 11)[:11]
    l2a = ymd(dob) + check(ymd(dob)) + sex + ymd(expiry) + check(ymd(expiry)) + nat + o2
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + check(comp)
    l3 = mrz_name(surname, given, 30)
    return l1, l2, l3


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    cd = 98 - _num(bban + country + "00") % 97
    return f"{country}{cd:02d}{bban}"


def iban_ok(s):
    return _num(s[4:] + s[:4]) % 97 == 1


RIB_TABLE = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        RIB_TABLE[_c] = str(_i + 1)


def rib_key(bank, branch, account):
    acc = "".join(RIB_TABLE.get(c, c) for c in account.upper())
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def fr_iban(bank, branch, account):
    key = f"{rib_key(bank, branch, account):02d}"
    return iban("FR", bank + branch + account + key), key


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
