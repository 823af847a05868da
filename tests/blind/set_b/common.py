"""Shared helpers for the set_b blind corpus: seeded randomness, dates,
check digits (ICAO 9303 MRZ, IBAN mod 97, French RIB key, SIRET Luhn, NIR key).

Everything is deterministic: randomness comes from seeds derived from fixed
strings, never from the clock or Python's salted hash().
"""

import datetime as dt
import hashlib
import random
import unicodedata

import numpy as np


def seed_of(*keys):
    h = hashlib.sha256("|".join(str(k) for k in keys).encode("utf-8")).hexdigest()
    return int(h[:15], 16)


def rng(*keys):
    return random.Random(seed_of(*keys))


def nrng(*keys):
    return np.random.default_rng(seed_of(*keys))


# ----------------------------------------------------------------- dates
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
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MONTHS_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON3_FR = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def D(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def fr(d):
    d = D(d)
    return d.strftime("%d/%m/%Y")


def fr_long(d):
    d = D(d)
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"


def month_fr(y, m):
    return f"{MONTHS_FR[m - 1]} {y}"


def add_days(d, n):
    return D(d) + dt.timedelta(days=n)


def add_months(d, n):
    d = D(d)
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [
        31,
        29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][m - 1]
    return dt.date(y, m, min(d.day, last))


def month_bounds(y, m):
    start = dt.date(y, m, 1)
    end = add_months(start, 1) - dt.timedelta(days=1)
    return start, end


def iso(d):
    return D(d).isoformat() if d is not None else None


# ----------------------------------------------------------------- names
def strip_accents(s):
    s = s.replace("ß", "SS").replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l")
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mrz_text(s):
    s = strip_accents(s).upper()
    out = []
    for ch in s:
        if "A" <= ch <= "Z" or "0" <= ch <= "9":
            out.append(ch)
        elif ch in " -<":
            out.append("<")
        elif ch in "'’.":
            continue
        else:
            out.append("<")
    return "".join(out)


# ----------------------------------------------------------------- MRZ (ICAO 9303)
def _mrz_val(ch):
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    return 0


def mrz_cd(s):
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def yymmdd(d):
    return D(d).strftime("%y%m%d")


def pad(s, n):
    s = s[:n]
    return s + "<" * (n - len(s))


def mrz_name(surname, given, n):
    return pad(mrz_text(surname) + "<<" + mrz_text(given), n)


def td3(
    surname, given, number, country, nat, dob, sex, expiry, doc="P<", personal="", corrupt=None
):
    l1 = pad(doc, 2) + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    pers = pad(mrz_text(personal), 14)
    pcd = mrz_cd(pers) if personal else "<"
    f1 = num + mrz_cd(num)
    f2 = yymmdd(dob) + mrz_cd(yymmdd(dob))
    f3 = yymmdd(expiry) + mrz_cd(yymmdd(expiry))
    comp = f1 + f2 + f3 + pers + pcd
    l2 = f1 + nat + f2 + sex + f3 + pers + pcd + mrz_cd(comp)
    if corrupt == "expiry_cd":
        l2 = l2[:27] + str((int(l2[27]) + 3) % 10) + l2[28:]
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def td1(surname, given, number, country, nat, dob, sex, expiry, doc="I<", opt1="", opt2=""):
    num = pad(number, 9)
    o1 = pad(opt1, 15)
    l1 = pad(doc, 2) + country + num + mrz_cd(num) + o1
    b = yymmdd(dob) + mrz_cd(yymmdd(dob))
    e = yymmdd(expiry) + mrz_cd(yymmdd(expiry))
    o2 = pad(opt2, 11)
    comp = l1[5:30] + b + e + o2
    l2 = b + sex + e + nat + o2 + mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrvb(surname, given, passport_no, issuer, nat, dob, sex, valid_until, vtype="D"):
    l1 = "V" + vtype + issuer + mrz_name(surname, given, 31)
    num = pad(passport_no, 9)
    l2 = (
        num
        + mrz_cd(num)
        + nat
        + yymmdd(dob)
        + mrz_cd(yymmdd(dob))
        + sex
        + yymmdd(valid_until)
        + mrz_cd(yymmdd(valid_until))
        + "<" * 8
    )
    assert len(l1) == 36 and len(l2) == 36, (l1, l2)
    return [l1, l2]


# ----------------------------------------------------------------- bank numbers
def _letters_to_digits(s):
    return "".join(str(int(c, 36)) if c.isalpha() else c for c in s)


def iban_check(country, bban):
    n = int(_letters_to_digits(bban + country + "00"))
    return "%02d" % (98 - n % 97)


def iban_valid(iban):
    iban = iban.replace(" ", "")
    r = iban[4:] + iban[:4]
    return int(_letters_to_digits(r)) % 97 == 1


def rib_key(bank, guichet, account):
    acc = "".join(
        {
            "A": "1",
            "J": "1",
            "B": "2",
            "K": "2",
            "S": "2",
            "C": "3",
            "L": "3",
            "T": "3",
            "D": "4",
            "M": "4",
            "U": "4",
            "E": "5",
            "N": "5",
            "V": "5",
            "F": "6",
            "O": "6",
            "W": "6",
            "G": "7",
            "P": "7",
            "X": "7",
            "H": "8",
            "Q": "8",
            "Y": "8",
            "I": "9",
            "R": "9",
            "Z": "9",
        }.get(c, c)
        for c in account
    )
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97))


class FrAccount:
    """A French account: bank code, branch code, 11-char account number, RIB key, IBAN."""

    def __init__(self, bank, guichet, account, bic, bad_iban_check=False):
        self.bank, self.guichet, self.account, self.bic = bank, guichet, account, bic
        self.key = rib_key(bank, guichet, account)
        bban = bank + guichet + account + self.key
        cc = iban_check("FR", bban)
        if bad_iban_check:
            # swap the two check digits (a classic copying slip) - guaranteed wrong
            cc2 = cc[1] + cc[0]
            if cc2 == cc:
                cc2 = "%02d" % ((int(cc) + 11) % 97 or 12)
            cc = cc2
        self.iban = "FR" + cc + bban
        assert iban_valid(self.iban) != bad_iban_check

    @property
    def iban_spaced(self):
        return " ".join(self.iban[i : i + 4] for i in range(0, len(self.iban), 4))


def foreign_iban(country, bban):
    iban = country + iban_check(country, bban) + bban
    assert iban_valid(iban)
    return iban


def spaced(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    for d in range(10):
        if luhn_ok(prefix + str(d)):
            return prefix + str(d)
    raise ValueError(prefix)


def make_siret(seed):
    r = rng("siret", seed)
    siren = luhn_complete("".join(str(r.randint(0, 9)) for _ in range(8)).replace("0", "4", 1))
    siret = luhn_complete(siren + "000" + str(r.randint(1, 9)))
    assert luhn_ok(siren) and luhn_ok(siret)
    return siren, siret


def fmt_siret(s):
    return f"{s[0:3]} {s[3:6]} {s[6:9]} {s[9:14]}"


def nir(sex, dob, dept, commune, order):
    d = D(dob)
    body = f"{1 if sex == 'M' else 2}{d.strftime('%y%m')}{dept}{commune}{order:03d}"
    key = 97 - int(body) % 97
    return body, "%02d" % key


def fmt_nir(body, key):
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"


def money(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s
