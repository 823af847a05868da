"""Seeded randomness, check digits, dates and text helpers."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import unicodedata

import numpy as np

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
MON3_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON3_FR = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def seed_of(*keys: object) -> int:
    h = hashlib.sha256("|".join(str(k) for k in keys).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big")


def rng(*keys: object) -> random.Random:
    return random.Random(seed_of(*keys))


def nprng(*keys: object) -> np.random.Generator:
    return np.random.default_rng(seed_of(*keys))


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def add_months(day: dt.date, n: int) -> dt.date:
    m = day.month - 1 + n
    y = day.year + m // 12
    m = m % 12 + 1
    last = [
        31,
        29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
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
    return dt.date(y, m, min(day.day, last))


def month_end(day: dt.date) -> dt.date:
    return add_months(day.replace(day=1), 1) - dt.timedelta(days=1)


def fr_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def fr_words(day: dt.date) -> str:
    j = "1er" if day.day == 1 else str(day.day)
    return f"{j} {MONTHS_FR[day.month - 1]} {day.year}"


def en_words(day: dt.date) -> str:
    return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"


def es_words(day: dt.date) -> str:
    return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"


def pt_words(day: dt.date) -> str:
    return f"{day.day} de {MONTHS_PT[day.month - 1]} de {day.year}"


def viz_date(day: dt.date, style: str) -> str:
    """Date as printed in the visual zone of a travel document."""
    if style == "en3":
        return f"{day.day:02d} {MON3_EN[day.month - 1]} {day.year}"
    if style == "fr_en":
        fr = MON3_FR[day.month - 1]
        en = MON3_EN[day.month - 1]
        mon = en if fr == en else f"{fr}/{en}"
        return f"{day.day:02d} {mon} {day.year % 100:02d}"
    if style == "dots":
        return day.strftime("%d.%m.%Y")
    if style == "slash":
        return day.strftime("%d/%m/%Y")
    if style == "spaces":
        return day.strftime("%d %m %Y")
    if style == "iso":
        return day.isoformat()
    raise ValueError(style)


# ---------------------------------------------------------------- text
_TRANSLIT = {
    "Ä": "AE",
    "Ö": "OE",
    "Ü": "UE",
    "ß": "SS",
    "Ø": "OE",
    "Å": "AA",
    "Æ": "AE",
    "Œ": "OE",
    "Þ": "TH",
    "Ð": "D",
    "Ł": "L",
    "İ": "I",
    "ı": "I",
}


def fold(text: str) -> str:
    """Drop accents (É -> E) keeping case."""
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).replace("ł", "l").replace("Ł", "L")


def mrz_clean(text: str, germanic: bool = False) -> str:
    up = text.upper()
    res = []
    for ch in up:
        if (germanic and ch in _TRANSLIT) or ch in "ŁİıØÆŒ":
            res.append(_TRANSLIT[ch])
        else:
            res.append(ch)
    up = fold("".join(res)).upper()
    up = up.replace("'", "").replace("’", "").replace(".", "")
    out = []
    for ch in up:
        if "A" <= ch <= "Z" or "0" <= ch <= "9":
            out.append(ch)
        else:
            out.append("<")
    s = "".join(out)
    while "<<" in s:
        s = s.replace("<<", "<")
    return s.strip("<")


def mrz_name_field(surname: str, given: str, width: int, germanic: bool = False) -> str:
    s = mrz_clean(surname, germanic) + "<<" + mrz_clean(given, germanic)
    s = s[:width]
    return s + "<" * (width - len(s))


def upper_fr(text: str) -> str:
    return text.upper()


# ---------------------------------------------------------------- check digits
def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    return 0


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def pad(s: str, n: int) -> str:
    s = s[:n]
    return s + "<" * (n - len(s))


def yymmdd(day: dt.date) -> str:
    return day.strftime("%y%m%d")


def td3(
    doc_type: str,
    issuing: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    expiry: dt.date,
    optional: str = "",
    germanic: bool = False,
    break_field: str | None = None,
) -> list[str]:
    l1 = pad(doc_type, 2) + issuing + mrz_name_field(surname, given, 39, germanic)
    num = pad(number, 9)
    opt = pad(optional, 14)
    cd_num, cd_dob, cd_exp = mrz_cd(num), mrz_cd(yymmdd(dob)), mrz_cd(yymmdd(expiry))
    cd_opt = mrz_cd(opt) if optional else "<"
    comp = num + cd_num + yymmdd(dob) + cd_dob + yymmdd(expiry) + cd_exp + opt + cd_opt
    cd_comp = mrz_cd(comp)
    if break_field == "number":
        cd_num = str((int(cd_num) + 3) % 10)
    if break_field == "dob":
        cd_dob = str((int(cd_dob) + 4) % 10)
    l2 = (
        num
        + cd_num
        + nat
        + yymmdd(dob)
        + cd_dob
        + sex
        + yymmdd(expiry)
        + cd_exp
        + opt
        + cd_opt
        + cd_comp
    )
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def td1(
    doc_code: str,
    issuing: str,
    number: str,
    surname: str,
    given: str,
    nat: str,
    dob: dt.date,
    sex: str,
    expiry: dt.date,
    opt1: str = "",
    opt2: str = "",
    germanic: bool = False,
) -> list[str]:
    if len(number) > 9:
        num_field = number[:9] + "<" + number[9:] + mrz_cd(number)
        l1 = pad(doc_code, 2) + issuing + pad(num_field + opt1, 25)
    else:
        num = pad(number, 9)
        l1 = pad(doc_code, 2) + issuing + num + mrz_cd(num) + pad(opt1, 15)
    l2a = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(expiry) + mrz_cd(yymmdd(expiry))
    l2a += nat + pad(opt2, 11)
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + mrz_cd(comp)
    l3 = mrz_name_field(surname, given, 30, germanic)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrva(
    issuing: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    expiry: dt.date,
    optional: str = "",
    doc_code: str = "V",
) -> list[str]:
    l1 = pad(doc_code, 2) + issuing + mrz_name_field(surname, given, 39)
    num = pad(number, 9)
    l2 = (
        num
        + mrz_cd(num)
        + nat
        + yymmdd(dob)
        + mrz_cd(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + mrz_cd(yymmdd(expiry))
        + pad(optional, 16)
    )
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def make_iban(country: str, bban: str) -> str:
    return country + iban_check(country, bban) + bban


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    conv = {}
    for i, letters in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
        for ch in letters:
            conv[ch] = str(i + 1)
    acc = "".join(conv.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str, key: str | None = None) -> str:
    key = key or rib_key(bank, branch, account)
    return make_iban("FR", bank + branch + account + key)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def make_siret(r: random.Random) -> str:
    siren8 = str(r.randint(3, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    siren = siren8 + luhn_digit(siren8)
    nic4 = "000" + str(r.randint(1, 9))
    part = siren + nic4
    return part + luhn_digit(part)


def fmt_siret(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def nir_key(n13: str) -> str:
    return f"{97 - int(n13) % 97:02d}"


def make_nir(sex: str, dob: dt.date, country_code: str, order: int) -> str:
    base = (
        ("1" if sex == "M" else "2") + dob.strftime("%y%m") + "99" + country_code + f"{order:03d}"
    )
    return base + nir_key(base)


def money(v: float) -> str:
    s = f"{v:,.2f}"
    return s.replace(",", " ").replace(".", ",")
