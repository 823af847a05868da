"""Shared helpers: fonts, check digits (MRZ, IBAN, RIB, SIREN), French dates."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import random

from fontTools.ttLib import TTFont as FTFont
from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype"
OT = "/usr/share/fonts/opentype"

# reportlab (TrueType only) name -> file
RL_FONTS = {
    "Sans": f"{TT}/dejavu/DejaVuSans.ttf",
    "Sans-B": f"{TT}/dejavu/DejaVuSans-Bold.ttf",
    "SansC": f"{TT}/dejavu/DejaVuSansCondensed.ttf",
    "SansC-B": f"{TT}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "Arial": f"{TT}/liberation/LiberationSans-Regular.ttf",
    "Arial-B": f"{TT}/liberation/LiberationSans-Bold.ttf",
    "Arial-I": f"{TT}/liberation/LiberationSans-Italic.ttf",
    "Narrow": f"{TT}/liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-B": f"{TT}/liberation/LiberationSansNarrow-Bold.ttf",
    "Times": f"{TT}/liberation/LiberationSerif-Regular.ttf",
    "Times-B": f"{TT}/liberation/LiberationSerif-Bold.ttf",
    "Times-I": f"{TT}/liberation/LiberationSerif-Italic.ttf",
    "Mono": f"{TT}/liberation/LiberationMono-Regular.ttf",
    "Mono-B": f"{TT}/liberation/LiberationMono-Bold.ttf",
    "Carlito": f"{TT}/crosextra/Carlito-Regular.ttf",
    "Carlito-B": f"{TT}/crosextra/Carlito-Bold.ttf",
    "Caladea": f"{TT}/crosextra/Caladea-Regular.ttf",
    "Caladea-B": f"{TT}/crosextra/Caladea-Bold.ttf",
    "Lato": f"{TT}/lato/Lato-Regular.ttf",
    "Lato-B": f"{TT}/lato/Lato-Bold.ttf",
    "Lato-L": f"{TT}/lato/Lato-Light.ttf",
    "Open": f"{TT}/open-sans/OpenSans-Regular.ttf",
    "Open-B": f"{TT}/open-sans/OpenSans-Bold.ttf",
    "Open-SB": f"{TT}/open-sans/OpenSans-Semibold.ttf",
    "Roboto": f"{TT}/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": f"{TT}/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-M": f"{TT}/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "RobotoC": f"{TT}/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": f"{TT}/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "FreeSans": f"{TT}/freefont/FreeSans.ttf",
    "FreeSans-B": f"{TT}/freefont/FreeSansBold.ttf",
    "FreeSerif": f"{TT}/freefont/FreeSerif.ttf",
    "FreeSerif-B": f"{TT}/freefont/FreeSerifBold.ttf",
    "Courier": f"{TT}/freefont/FreeMono.ttf",
    "Courier-B": f"{TT}/freefont/FreeMonoBold.ttf",
}

# Pillow fonts (any format)
PIL_FONTS = dict(RL_FONTS)
PIL_FONTS.update(
    {
        "OCRB": f"{OT}/ocr-b/OCRB.otf",
        "CJK": f"{TT}/wqy/wqy-microhei.ttc",
        "Book": f"{OT}/urw-base35/URWBookman-Light.otf",
        "Gothic": f"{OT}/urw-base35/URWGothic-Book.otf",
        "Gothic-D": f"{OT}/urw-base35/URWGothic-Demi.otf",
        "Chancery": f"{OT}/urw-base35/Z003-MediumItalic.otf",
    }
)

HAND_FONTS = {
    "breip": f"{TT}/breip/Breip.ttf",
    "dkg": f"{TT}/fifthhorseman/dkg.ttf",
    "rufscript": f"{TT}/rufscript/Rufscript010.ttf",
    "humor": f"{TT}/humor-sans/Humor-Sans.ttf",
    "dancing": f"{OT}/dancingscript/DancingScript-Regular.otf",
    "kaushan": f"{OT}/kaushanscript/KaushanScript-Regular.otf",
}

_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, path in RL_FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFont(TTFont("CJK", f"{TT}/wqy/wqy-microhei.ttc", subfontIndex=0))
    _registered = True


@functools.lru_cache(maxsize=256)
def pil_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = PIL_FONTS.get(name) or HAND_FONTS.get(name) or name
    return ImageFont.truetype(path, size)


@functools.lru_cache(maxsize=32)
def font_cmap(path: str) -> frozenset:
    kw = {"fontNumber": 0} if path.endswith(".ttc") else {}
    f = FTFont(path, lazy=True, **kw)
    return frozenset(f.getBestCmap().keys())


# ---------------------------------------------------------------- check digits


def _mrz_val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_check(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    s = surname.replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.replace("-", "<").replace(" ", "<").replace("'", "")
    out = (s + "<<" + g).upper()
    return (out + "<" * width)[:width]


def _pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def mrz_td3(
    doc_type, state, surname, given, number, nat, dob, sex, expiry, personal="", empty_cd="<"
):
    l1 = _pad(doc_type, 2) + state + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    pers_cd = mrz_check(pers) if personal else empty_cd
    part_num = num + mrz_check(num)
    part_dob = yymmdd(dob) + mrz_check(yymmdd(dob))
    part_exp = yymmdd(expiry) + mrz_check(yymmdd(expiry))
    comp = mrz_check(part_num + part_dob + part_exp + pers + pers_cd)
    l2 = part_num + nat + part_dob + sex + part_exp + pers + pers_cd + comp
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    assert verify_td3(l1, l2)
    return [l1, l2]


def verify_td3(l1: str, l2: str) -> bool:
    ok = mrz_check(l2[0:9]) == l2[9]
    ok &= mrz_check(l2[13:19]) == l2[19]
    ok &= mrz_check(l2[21:27]) == l2[27]
    ok &= l2[42] == "<" and l2[28:42] == "<" * 14 or mrz_check(l2[28:42]) == l2[42]
    ok &= mrz_check(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    return bool(ok)


def mrz_td1(doc_type, state, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = _pad(number, 9)
    l1 = _pad(doc_type, 2) + state + num + mrz_check(num) + _pad(opt1, 15)
    d = yymmdd(dob) + mrz_check(yymmdd(dob))
    e = yymmdd(expiry) + mrz_check(yymmdd(expiry))
    o2 = _pad(opt2, 11)
    comp = mrz_check(l1[5:30] + d + e + o2)
    l2 = d + sex + e + nat + o2 + comp
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    assert verify_td1(l1, l2)
    return [l1, l2, l3]


def verify_td1(l1: str, l2: str) -> bool:
    ok = mrz_check(l1[5:14]) == l1[14]
    ok &= mrz_check(l2[0:6]) == l2[6]
    ok &= mrz_check(l2[8:14]) == l2[14]
    ok &= mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return bool(ok)


def mrz_mrva(state, surname, given, number, nat, dob, sex, until, optional=""):
    l1 = "VD" + state + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    d = yymmdd(dob) + mrz_check(yymmdd(dob))
    e = yymmdd(until) + mrz_check(yymmdd(until))
    l2 = num + mrz_check(num) + nat + d + sex + e + _pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    assert mrz_check(l2[0:9]) == l2[9]
    assert mrz_check(l2[13:19]) == l2[19] and mrz_check(l2[21:27]) == l2[27]
    return [l1, l2]


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


_RIB_LET = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], 1):
    for _c in _grp:
        _RIB_LET[_c] = str(_i)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_LET.get(c, c) for c in account.upper())
    n = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return f"{97 - n % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> dict:
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    iban = "FR" + iban_check("FR", bban) + bban
    assert iban_valid(iban) and len(iban) == 27
    return {"iban": iban, "bank": bank, "branch": branch, "account": account, "key": key}


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


def make_siret(rng: random.Random, siren8: str) -> str:
    """Complete an 8-digit seed into a Luhn-valid SIREN, then a Luhn-valid SIRET."""
    for d in range(10):
        if luhn_ok(siren8 + str(d)):
            siren = siren8 + str(d)
            break
    nic4 = f"{rng.randint(1, 99):04d}"
    for d in range(10):
        if luhn_ok(siren + nic4 + str(d)):
            return siren + nic4 + str(d)
    raise ValueError


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


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def fr_words(d: dt.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def money(x: float) -> str:
    s = f"{x:,.2f}"
    return s.replace(",", " ").replace(".", ",")


def write_json(path: str, obj) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
