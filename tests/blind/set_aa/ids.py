"""ICAO 9303 MRZ lines and French bank identifiers (IBAN, RIB key)."""


def _val(ch):
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def check_digit(s):
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname, given, width):
    def clean(x):
        return "".join(c if c.isalpha() else "<" for c in x.upper())

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * width)[:width]


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(country, surname, given, number, nationality, dob, sex, expiry, personal=""):
    l1 = ("P<" + country + mrz_name(surname, given, 39))[:44]
    num = (number + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    pcd = check_digit(pers) if personal else "<"
    part = num + check_digit(num) + nationality + yymmdd(dob) + check_digit(yymmdd(dob))
    part += sex + yymmdd(expiry) + check_digit(yymmdd(expiry)) + pers + pcd
    comp = part[0:10] + part[13:20] + part[21:43]
    return l1, part + check_digit(comp)


def mrv_a(state, surname, given, number, nationality, dob, sex, expiry, optional=""):
    l1 = ("VD" + state + mrz_name(surname, given, 39))[:44]
    num = (number + "<" * 9)[:9]
    l2 = num + check_digit(num) + nationality + yymmdd(dob) + check_digit(yymmdd(dob))
    l2 += sex + yymmdd(expiry) + check_digit(yymmdd(expiry)) + (optional + "<" * 16)[:16]
    return l1, l2


def td1(code, state, number, dob, sex, expiry, nationality, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    l1 = code + state + num + check_digit(num) + (opt1 + "<" * 15)[:15]
    l2 = yymmdd(dob) + check_digit(yymmdd(dob)) + sex + yymmdd(expiry)
    l2 += check_digit(yymmdd(expiry)) + nationality + (opt2 + "<" * 11)[:11]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += check_digit(comp)
    return l1, l2, mrz_name(surname, given, 30)


def rib_key(bank, branch, account):
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = int(account.upper().translate(conv))
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97))


def iban_from_bban(country, bban):
    digits = "".join(str(_val(c)) for c in (bban + country + "00").upper())
    return country + "%02d" % (98 - int(digits) % 97) + bban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(_val(c)) for c in s)) % 97 == 1


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban_from_bban("FR", bank + branch + account + key), key


def grouped(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


FR_MONTHS = [
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


def fr_date(iso):
    return "%s/%s/%s" % (iso[8:10], iso[5:7], iso[0:4])


def fr_words(iso):
    d = int(iso[8:10])
    return "%s %s %s" % ("1er" if d == 1 else d, FR_MONTHS[int(iso[5:7]) - 1], iso[0:4])
