"""Small helpers: seeded randomness, dates, check digits (MRZ, IBAN, RIB, SIRET, NIR)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import unicodedata

MOIS = [
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
MESES = [
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
MESES_PT = [
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


def rng_for(*parts: object) -> random.Random:
    """A random.Random seeded from the given parts (stable across runs and machines)."""
    key = "|".join(str(p) for p in parts).encode()
    seed = int.from_bytes(hashlib.sha256(key).digest()[:8], "big")
    return random.Random(seed)


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(date: dt.date) -> str:
    return date.strftime("%d/%m/%Y")


def fr_dots(date: dt.date) -> str:
    return date.strftime("%d.%m.%Y")


def fr_long(date: dt.date) -> str:
    day = "1er" if date.day == 1 else str(date.day)
    return f"{day} {MOIS[date.month - 1]} {date.year}"


def en_long(date: dt.date) -> str:
    return f"{MONTHS_EN[date.month - 1]} {date.day}, {date.year}"


def en_dmy(date: dt.date) -> str:
    return f"{date.day} {MONTHS_EN[date.month - 1]} {date.year}"


def es_long(date: dt.date) -> str:
    return f"{date.day} de {MESES[date.month - 1]} de {date.year}"


def pt_long(date: dt.date) -> str:
    return f"{date.day} de {MESES_PT[date.month - 1]} de {date.year}"


def mrz_date(date: dt.date) -> str:
    return date.strftime("%y%m%d")


def vis_date_mon(date: dt.date, lang: str = "fr") -> str:
    """Passport style date: 02 MAR/MAR 1991."""
    en = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    frm = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
    es = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
    m = date.month - 1
    if lang == "fr":
        return f"{date.day:02d} {frm[m]}/{en[m]} {date.year}"
    if lang == "es":
        return f"{date.day:02d} {es[m]}/{en[m]} {date.year}"
    return f"{date.day:02d} {en[m]} {date.year}"


def add_months(date: dt.date, n: int) -> dt.date:
    m = date.month - 1 + n
    y = date.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30]
    last += [31, 31, 30, 31, 30, 31]
    return dt.date(y, m, min(date.day, last[m - 1]))


def month_end(y: int, m: int) -> dt.date:
    return add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- MRZ


def mrz_check(s: str) -> str:
    w = (7, 3, 1)
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch.upper()) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_name(s: str) -> str:
    s = strip_accents(s).upper()
    s = s.replace("'", "").replace("’", "")
    out = []
    for ch in s:
        if "A" <= ch <= "Z":
            out.append(ch)
        else:
            out.append("<")
    r = "".join(out)
    while "<<" in r:
        r = r.replace("<<", "<")
    return r.strip("<")


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def mrz_td3(
    doc_code, country, surname, given, number, nat, dob, sex, expiry, personal="", bad=False
):
    l1 = pad(f"{doc_code:<2}".replace(" ", "<") + country, 5) + pad(
        mrz_name(surname) + "<<" + mrz_name(given).replace(" ", "<"), 39
    )
    num = pad(number, 9)
    pers = pad(personal, 14)
    pers_cd = mrz_check(pers) if personal else "<"
    parts = [
        num + mrz_check(num),
        nat,
        mrz_date(dob) + mrz_check(mrz_date(dob)),
        sex,
        mrz_date(expiry) + mrz_check(mrz_date(expiry)),
        pers + pers_cd,
    ]
    body = "".join(parts)
    comp = (
        num
        + mrz_check(num)
        + mrz_date(dob)
        + mrz_check(mrz_date(dob))
        + mrz_date(expiry)
        + mrz_check(mrz_date(expiry))
        + pers
        + pers_cd
    )
    final = mrz_check(comp)
    if bad:
        final = str((int(final) + 3) % 10)
    l2 = body + final
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def mrz_mrva(doc_code, country, surname, given, number, nat, dob, sex, expiry, optional=""):
    """Machine readable visa, format A (2 x 44): no composite check digit."""
    l1 = pad(doc_code + country, 5) + pad(
        mrz_name(surname) + "<<" + mrz_name(given).replace(" ", "<"), 39
    )
    num = pad(number, 9)
    l2 = (
        num
        + mrz_check(num)
        + nat
        + mrz_date(dob)
        + mrz_check(mrz_date(dob))
        + sex
        + mrz_date(expiry)
        + mrz_check(mrz_date(expiry))
        + pad(optional, 16)
    )
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def mrz_td1(doc_code, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    assert len(number) <= 9
    num = pad(number, 9)
    l1 = pad(doc_code, 2) + country + num + mrz_check(num) + pad(opt1, 15)
    l2 = (
        mrz_date(dob)
        + mrz_check(mrz_date(dob))
        + sex
        + mrz_date(expiry)
        + mrz_check(mrz_date(expiry))
        + nat
        + pad(opt2, 11)
    )
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = l2 + mrz_check(comp)
    l3 = pad(mrz_name(surname) + "<<" + mrz_name(given).replace(" ", "<"), 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


# ---------------------------------------------------------------- banking

RIB_LETTERS = {}
for _i, _ch in enumerate("ABCDEFGHI"):
    RIB_LETTERS[_ch] = str(_i + 1)
for _i, _ch in enumerate("JKLMNOPQR"):
    RIB_LETTERS[_ch] = str(_i + 1)
for _i, _ch in enumerate("STUVWXYZ"):
    RIB_LETTERS[_ch] = str(_i + 2)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(RIB_LETTERS.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s.upper())
    return int(num) % 97 == 1


def fr_iban(bank: str, branch: str, account: str) -> dict:
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    iban = "FR" + iban_check("FR", bban) + bban
    return {"bank": bank, "branch": branch, "account": account, "key": key, "iban": iban}


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_siret(rng: random.Random) -> str:
    while True:
        base = str(rng.randint(30000000, 99999999))
        for last in range(10):
            siren = base + str(last)
            if luhn_ok(siren):
                break
        nic = f"{rng.randint(10, 999):04d}"
        for last in range(10):
            siret = siren + nic + str(last)
            if luhn_ok(siret):
                return siret


def fmt_siret(s: str) -> str:
    return f"{s[0:3]} {s[3:6]} {s[6:9]} {s[9:14]}"


def nir_key(n13: str) -> str:
    n = n13.replace("2A", "19").replace("2B", "18")
    return f"{97 - int(n) % 97:02d}"


def make_nir(sex: str, dob: dt.date, dept: str, commune: str, order: int) -> str:
    n13 = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + f"{order:03d}"
    return n13 + nir_key(n13)


def fmt_nir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:15]}"


def money(v: float) -> str:
    s = f"{v:,.2f}"
    return s.replace(",", " ").replace(".", ",")
