"""Check digits and codes: ICAO 9303 MRZ, IBAN / French RIB key, SIRET, date words."""

from __future__ import annotations

import datetime as dt
import unicodedata

_MRZ_VAL = {c: i for i, c in enumerate("0123456789")}
_MRZ_VAL.update({chr(ord("A") + i): 10 + i for i in range(26)})
_MRZ_VAL["<"] = 0


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_MRZ_VAL[ch] * w[i % 3] for i, ch in enumerate(s)) % 10)


_TRANSLIT = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Æ": "AE", "Ø": "OE", "Å": "AA"}


def mrz_text(s: str, german: bool = False) -> str:
    """Transliterate a name part for the MRZ (ICAO 9303 part 3, 6.A)."""
    s = s.upper()
    out = []
    for ch in s:
        if german and ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        if ch in "ẞß":
            out.append("SS")
            continue
        d = unicodedata.normalize("NFKD", ch)
        d = "".join(x for x in d if not unicodedata.combining(x))
        if d in ("-", " ", ","):
            out.append("<")
        elif d in ("'", "’", "."):
            continue
        elif d == "İ" or d == "I":
            out.append("I")
        elif d.isascii() and (d.isalnum()):
            out.append(d)
        elif d == "Ł":
            out.append("L")
        elif d == "Đ":
            out.append("D")
        else:
            out.append("<" if not d.strip() else "")
    return "".join(out)


def mrz_name(surname: str, given: str, width: int, german: bool = False) -> str:
    s = mrz_text(surname, german)
    g = mrz_text(given, german)
    name = s + "<<" + g if g else s
    return (name + "<" * width)[:width]


def _pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def td3(doc_type, issuer, surname, given, number, nat, dob, sex, expiry, personal="", german=False):
    """Passport MRZ, two lines of 44 characters."""
    l1 = _pad(_pad(doc_type, 2) + issuer + mrz_name(surname, given, 39, german), 44)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    pcd = mrz_cd(pers) if personal else "0"
    parts = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    parts += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + pers + pcd
    comp = num + mrz_cd(num) + yymmdd(dob) + mrz_cd(yymmdd(dob))
    comp += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + pers + pcd
    l2 = parts + mrz_cd(comp)
    return [l1, l2]


def td1(
    doc_type, issuer, surname, given, number, nat, dob, sex, expiry, opt1="", opt2="", german=False
):
    """ID-1 card MRZ, three lines of 30 characters."""
    num = number
    if len(num) > 9:  # long document numbers continue in the optional field
        l1 = _pad(doc_type, 2) + issuer + num[:9] + "<" + _pad(num[9:] + mrz_cd(num) + opt1, 15)
    else:
        num = _pad(num, 9)
        l1 = _pad(doc_type, 2) + issuer + num + mrz_cd(num) + _pad(opt1, 15)
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(expiry) + mrz_cd(yymmdd(expiry))
    l2 += nat + _pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30, german)
    return [l1, l2, l3]


def td2(doc_type, issuer, surname, given, number, nat, dob, sex, expiry, opt=""):
    l1 = _pad(_pad(doc_type, 2) + issuer + mrz_name(surname, given, 31), 36)
    num = _pad(number, 9)
    l2 = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + _pad(opt, 7)
    comp = l2[0:10] + l2[13:20] + l2[21:35]
    return [l1, l2 + mrz_cd(comp)]


def mrv(issuer, surname, given, number, nat, dob, sex, valid_until, kind="D", width=36, opt=""):
    """Machine readable visa (MRV-A width 44, MRV-B width 36)."""
    l1 = _pad("V" + kind + issuer + mrz_name(surname, given, width - 5), width)
    num = _pad(number, 9)
    l2 = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += yymmdd(valid_until) + mrz_cd(yymmdd(valid_until))
    return [l1, _pad(l2 + opt, width)]


def fr_id_1988(surname, given, number12, dob, sex, office="<<<<<<"):
    """Old French identity card (1988-2021), two lines of 36."""
    l1 = "IDFRA" + _pad(mrz_text(surname), 25) + _pad(office, 6)
    l2 = number12 + mrz_cd(number12) + _pad(mrz_text(given).replace("<", "<<", 1), 14)
    l2 += yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += mrz_cd(l1 + l2)
    return [l1, l2]


def corrupt_digit(line: str, pos: int) -> str:
    """Replace the check digit at pos with another digit."""
    d = int(line[pos])
    return line[:pos] + str((d + 3) % 10) + line[pos + 1 :]


# ---------------------------------------------------------------- banking

_RIB_LET = {}
for _i, _chunk in enumerate(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ")):
    for _ch in _chunk:
        _RIB_LET[_ch] = str(_i + 1)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_LET.get(ch, ch) for ch in account.upper())
    n = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return "%02d" % (97 - n % 97)


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(country: str, bban: str) -> str:
    cd = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, cd, bban)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fr_iban(bank: str, branch: str, account: str, key: str | None = None) -> tuple[str, str]:
    k = key if key is not None else rib_key(bank, branch, account)
    return iban_make("FR", bank + branch + account + k), k


def be_iban(bank3: str, acc7: str) -> str:
    base = bank3 + acc7
    chk = int(base) % 97 or 97
    return iban_make("BE", base + "%02d" % chk)


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        s = prefix + d
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        if tot % 10 == 0:
            return s
    raise ValueError(prefix)


def siret(rng) -> str:
    siren = luhn_complete("".join(str(rng.randint(0, 9)) for _ in range(8)))
    nic = "000" + str(rng.randint(1, 9))
    return luhn_complete(siren + nic)


def fmt_siret(s: str) -> str:
    return "%s %s %s %s" % (s[:3], s[3:6], s[6:9], s[9:])


# ---------------------------------------------------------------- dates

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
MESES_ES = [
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
MESI_IT = [
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
]
AYLAR_TR = [
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
]

D = dt.date


def fr_long(d: dt.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return "%s %s %d" % (day, MOIS[d.month - 1], d.year)


def fr_month(d: dt.date) -> str:
    return "%s %d" % (MOIS[d.month - 1], d.year)


def dmy(d: dt.date, sep: str = "/") -> str:
    return d.strftime("%d" + sep + "%m" + sep + "%Y")


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def month_end(y: int, m: int) -> dt.date:
    return add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)


_NUM_FR = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
]


def fr_words_int(n: int) -> str:
    """French number words up to 2099 (for dates written in full)."""
    if n <= 20:
        return _NUM_FR[n]
    tens = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
    if n < 70:
        t, u = n // 10 * 10, n % 10
        if u == 0:
            return tens[t]
        return tens[t] + ("-et-un" if u == 1 else "-" + _NUM_FR[u])
    if n < 80:
        return "soixante" + ("-et-" if n == 71 else "-") + _NUM_FR[n - 60]
    if n < 100:
        r = n - 80
        return "quatre-vingt" + ("s" if r == 0 else "-" + _NUM_FR[r])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _NUM_FR[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + fr_words_int(r))
    th, r = divmod(n, 1000)
    head = "mille" if th == 1 else fr_words_int(th) + " mille"
    return head + ("" if r == 0 else " " + fr_words_int(r))


def fr_date_words(d: dt.date) -> str:
    day = "premier" if d.day == 1 else fr_words_int(d.day)
    return "%s %s %s" % (day, MOIS[d.month - 1], fr_words_int(d.year))


def money_fr(x: float) -> str:
    s = "%.2f" % x
    ent, dec = s.split(".")
    grp = ""
    while len(ent) > 3:
        grp = " " + ent[-3:] + grp
        ent = ent[:-3]
    return ent + grp + "," + dec
