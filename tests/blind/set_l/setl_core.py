"""Core helpers for blind set L: seeded randomness, dates, check digits, names."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import unicodedata

D = dt.date


def rng_for(*parts: object) -> random.Random:
    """A random generator seeded from the given parts (stable across runs)."""
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return random.Random(int(h[:16], 16))


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    last = month_last_day(year, month)
    return dt.date(year, month, min(d.day, last))


def month_last_day(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, month_last_day(year, month))


MONTHS = {
    "fr": [
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
    ],
    "en": [
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
    ],
    "es": [
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
    ],
    "pt": [
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
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
}
MON3_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON3_FR = [
    "JANV",
    "FÉVR",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOÛT",
    "SEPT",
    "OCT",
    "NOV",
    "DÉC",
]
MON_FR_EN = [
    "JAN/JAN",
    "FÉV/FEB",
    "MAR/MAR",
    "AVR/APR",
    "MAI/MAY",
    "JUIN/JUN",
    "JUIL/JUL",
    "AOÛT/AUG",
    "SEPT/SEP",
    "OCT/OCT",
    "NOV/NOV",
    "DÉC/DEC",
]


def d_fr(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def d_dot(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def d_us(d: dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def d_words(d: dt.date, lang: str = "fr") -> str:
    m = MONTHS[lang][d.month - 1]
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {m} {d.year}"
    if lang == "en":
        return f"{m} {d.day}, {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {m} de {d.year}"
    if lang in ("uk", "ru"):
        return f"{d.day:02d} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


def d_mon3(d: dt.date, style: str = "en") -> str:
    if style == "en":
        return f"{d.day:02d} {MON3_EN[d.month - 1]} {d.year}"
    if style == "fren":
        return f"{d.day:02d} {MON_FR_EN[d.month - 1]} {d.year % 100:02d}"
    return f"{d.day:02d} {MON3_FR[d.month - 1]} {d.year}"


def month_label_fr(year: int, month: int) -> str:
    return f"{MONTHS['fr'][month - 1]} {year}"


# ---------------------------------------------------------------- names
_SPECIAL = {
    "ß": "SS",
    "Æ": "AE",
    "æ": "AE",
    "Ø": "O",
    "ø": "O",
    "Œ": "OE",
    "œ": "OE",
    "Ł": "L",
    "ł": "L",
    "Đ": "D",
    "đ": "D",
    "ı": "I",
    "Þ": "TH",
}


def deaccent(s: str) -> str:
    out = []
    for ch in s:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
            continue
        n = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in n if not unicodedata.combining(c)))
    return "".join(out)


def up(s: str) -> str:
    """Upper-case as printed on documents: keep accents."""
    return s.upper().replace("ß", "SS")


def mrz_clean(s: str) -> str:
    s = deaccent(s).upper()
    s = s.replace("'", "").replace("’", "")
    s = re.sub(r"[-\s,]+", "<", s.strip())
    return re.sub(r"[^A-Z<]", "", s)


def mrz_name(surname: str, given: str) -> str:
    g = mrz_clean(given)
    return mrz_clean(surname) + ("<<" + g if g else "")


# ---------------------------------------------------------------- MRZ
def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_check(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def yymmdd(d: dt.date) -> str:
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def td3(
    issuer: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    expiry: dt.date,
    personal: str = "",
    doc: str = "P<",
) -> list[str]:
    l1 = pad(doc + pad(issuer, 3) + mrz_name(surname, given), 44)
    num = pad(number, 9)
    per = pad(personal, 14)
    pcd = mrz_check(per) if personal else "<"
    part_num = num + mrz_check(num)
    part_dob = yymmdd(dob) + mrz_check(yymmdd(dob))
    part_exp = yymmdd(expiry) + mrz_check(yymmdd(expiry))
    comp = mrz_check(part_num + part_dob + part_exp + per + pcd)
    l2 = part_num + pad(nat, 3) + part_dob + sex + part_exp + per + pcd + comp
    return [l1, l2]


def td1(
    code: str,
    issuer: str,
    number: str,
    dob: dt.date,
    sex: str,
    expiry: dt.date,
    nat: str,
    surname: str,
    given: str,
    opt1: str = "",
    opt2: str = "",
) -> list[str]:
    num = pad(number, 9)
    l1 = pad(code, 2) + pad(issuer, 3) + num + mrz_check(num) + pad(opt1, 15)
    l2a = yymmdd(dob) + mrz_check(yymmdd(dob)) + sex + yymmdd(expiry) + mrz_check(yymmdd(expiry))
    l2a += pad(nat, 3) + pad(opt2, 11)
    comp = mrz_check(l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29])
    l2 = l2a + comp
    l3 = pad(mrz_name(surname, given), 30)
    return [l1, l2, l3]


def mrvb(
    vtype: str,
    issuer: str,
    surname: str,
    given: str,
    number: str,
    nat: str,
    dob: dt.date,
    sex: str,
    until: dt.date,
    opt: str = "",
) -> list[str]:
    l1 = pad("V" + vtype + issuer + mrz_name(surname, given), 36)
    num = pad(number, 9)
    l2 = (
        num
        + mrz_check(num)
        + nat
        + yymmdd(dob)
        + mrz_check(yymmdd(dob))
        + sex
        + yymmdd(until)
        + mrz_check(yymmdd(until))
        + pad(opt, 8)
    )
    return [l1, l2]


def fra_id_1988(
    surname: str, given: str, number12: str, dob: dt.date, sex: str, admin: str = ""
) -> list[str]:
    l1 = "IDFRA" + pad(mrz_clean(surname), 25) + pad(admin, 6)
    g = pad(
        mrz_clean(given).replace("<", "<<", 1) if "<" in mrz_clean(given) else mrz_clean(given), 14
    )
    l2a = number12 + mrz_check(number12) + g + yymmdd(dob) + mrz_check(yymmdd(dob)) + sex
    comp = mrz_check(l1 + l2a)
    return [l1, l2a + comp]


# ---------------------------------------------------------------- bank
_RIB_MAP = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        _RIB_MAP[_c] = str(_i + 1)


def rib_digits(s: str) -> str:
    return "".join(_RIB_MAP.get(c, c) for c in s.upper())


def rib_key(bank: str, branch: str, account: str) -> str:
    v = 89 * int(rib_digits(bank)) + 15 * int(rib_digits(branch)) + 3 * int(rib_digits(account))
    return f"{97 - v % 97:02d}"


def _iban_num(s: str) -> int:
    return int("".join(str(_val(c)) if c.isalpha() else c for c in s))


def iban_make(country: str, bban: str) -> str:
    cd = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{cd:02d}{bban}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_fr(bank: str, branch: str, account: str, key: str | None = None) -> str:
    key = key or rib_key(bank, branch, account)
    return iban_make("FR", bank + branch + account + key)


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def make_siret(rng: random.Random) -> str:
    siren8 = str(rng.randint(30000000, 99999999))
    siren = siren8 + luhn_digit(siren8)
    nic4 = f"{rng.randint(1, 999):04d}"
    return siren + nic4 + luhn_digit(siren + nic4)


def siret_fmt(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def nir_key(nir13: str) -> str:
    n = nir13.replace("2A", "19").replace("2B", "18")
    return f"{97 - int(n) % 97:02d}"


def money_fr(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s
