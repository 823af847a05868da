"""Shared helpers of blind set set_cb: fonts, check digits, MRZ, pens, stamps, portraits.

Everything here is deterministic: callers pass a seeded ``random.Random``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import unicodedata

from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

rl_config.invariant = 1
rl_config.useA85 = 0

TT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "Sans-B": "dejavu/DejaVuSans-Bold.ttf",
    "SansC": "dejavu/DejaVuSansCondensed.ttf",
    "SansC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "Serif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "Serif-I": "dejavu/DejaVuSerif-Italic.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "Mono-B": "dejavu/DejaVuSansMono-Bold.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "Lib-B": "liberation/LiberationSans-Bold.ttf",
    "Lib-I": "liberation/LiberationSans-Italic.ttf",
    "LibSer": "liberation/LiberationSerif-Regular.ttf",
    "LibSer-B": "liberation/LiberationSerif-Bold.ttf",
    "LibSer-I": "liberation/LiberationSerif-Italic.ttf",
    "LibNar": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNar-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "Lato-B": "lato/Lato-Bold.ttf",
    "Lato-L": "lato/Lato-Light.ttf",
    "Lato-K": "lato/Lato-Black.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "Open-B": "open-sans/OpenSans-Bold.ttf",
    "Open-SB": "open-sans/OpenSans-Semibold.ttf",
    "Rob": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Rob-B": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Rob-M": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Rob-L": "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "RobC": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobC-B": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carl": "crosextra/Carlito-Regular.ttf",
    "Carl-B": "crosextra/Carlito-Bold.ttf",
    "Carl-I": "crosextra/Carlito-Italic.ttf",
    "Cala": "crosextra/Caladea-Regular.ttf",
    "Cala-B": "crosextra/Caladea-Bold.ttf",
    "Cala-I": "crosextra/Caladea-Italic.ttf",
    "Free": "freefont/FreeSans.ttf",
    "Free-B": "freefont/FreeSansBold.ttf",
    "FreeSer": "freefont/FreeSerif.ttf",
    "FreeSer-B": "freefont/FreeSerifBold.ttf",
    "FreeMono": "freefont/FreeMono.ttf",
    "FreeMono-B": "freefont/FreeMonoBold.ttf",
    # handwriting (.ttf with glyf outlines and French accents)
    "H-Ecolier": "ecolier-court/Ecolier-court.ttf",
    "H-Femke": "femkeklaver/femkeklaver.ttf",
    "H-Dkg": "fifthhorseman/dkg.ttf",
    "H-Breip": "breip/Breip.ttf",
}
ARABIC_TTF = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"
ARABIC_TTF_B = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf"
# TrueType collection (glyf outlines); used through Pillow only, never embedded by reportlab
CJK_TTC = TT + "wqy/wqy-zenhei.ttc"

_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, rel in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, TT + rel))
    _registered = True


def font_path(name: str) -> str:
    return TT + FONT_FILES[name]


def sw(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


# --------------------------------------------------------------------------- check digits


def mrz_cd(field: str) -> str:
    """ICAO 9303 check digit, weights 7-3-1."""
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch.upper()) - 55
        elif ch == "<":
            v = 0
        else:
            raise ValueError(ch)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


assert mrz_cd("L898902C3") == "6" and mrz_cd("740812") == "2" and mrz_cd("120415") == "9"


def _alnum_num(s: str) -> str:
    return "".join(str(int(c, 36)) if c.isalpha() else c for c in s.upper())


def iban_make(country: str, bban: str) -> str:
    n = int(_alnum_num(bban + country + "00"))
    check = 98 - n % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return int(_alnum_num(s[4:] + s[:4])) % 97 == 1


_RIB_LETTERS = {
    c: str(d)
    for d, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_LETTERS.get(c, c) for c in account.upper())
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
    return f"{key:02d}"


assert rib_key("20041", "01005", "0500013M026") == "06"
assert rib_key("30006", "00001", "12345678901") == "89"
assert rib_key("30002", "00550", "0000157845Z") == "02"
assert iban_ok("FR1420041010050500013M02606") and not iban_ok("FR1420041010050500013M02607")


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    iban = iban_make("FR", bank + branch + account + key)
    return iban, key


def nir_key(nir13: str) -> str:
    key = 97 - int(nir13) % 97
    return f"{key:02d}"


assert nir_key("2550814168025") == "38"  # public example NIR 2 55 08 14 168 025 38
assert (int("2960899216047") + int(nir_key("2960899216047"))) % 97 == 0


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def make_siret(rng: random.Random) -> str:
    """A SIREN and SIRET that both pass the Luhn check (as INSEE numbers do)."""
    while True:
        siren = str(rng.randint(3, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if luhn_ok(siren):
            break
    while True:
        siret = siren + "000" + "".join(str(rng.randint(0, 9)) for _ in range(2))
        if luhn_ok(siret):
            return siret


def group(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


# --------------------------------------------------------------------------- MRZ


def _pad(s: str, n: int) -> str:
    s = s[:n]
    return s + "<" * (n - len(s))


def mrz_text(s: str) -> str:
    repl = {"'": "", "-": "<", " ": "<", ".": ""}
    out = []
    for ch in s.upper():
        ch = repl.get(ch, ch)
        ch = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
        out.append(ch)
    return "".join(out)


def mrz_name(surname: str, given: str, n: int) -> str:
    return _pad(mrz_text(surname) + "<<" + mrz_text(given), n)


def yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def td3(country, surname, given, number, nationality, dob, sex, expiry, personal=""):
    l1 = _pad("P<" + country + mrz_name(surname, given, 39), 44)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    pcd = mrz_cd(pers) if personal else "<"
    l2 = (
        num
        + mrz_cd(num)
        + nationality
        + yymmdd(dob)
        + mrz_cd(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + mrz_cd(yymmdd(expiry))
        + pers
        + pcd
    )
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(code, country, number, dob, sex, expiry, nationality, surname, given, opt2=""):
    num = _pad(number, 9)
    l1 = _pad(code + country + num + mrz_cd(num), 30)
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(expiry) + mrz_cd(yymmdd(expiry))
    l2 += nationality + _pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return [l1, l2, l3]


def mrva(code, country, surname, given, number, nationality, dob, sex, expiry, optional=""):
    l1 = _pad(code + country + mrz_name(surname, given, 39), 44)
    num = _pad(number, 9)
    l2 = (
        num
        + mrz_cd(num)
        + nationality
        + yymmdd(dob)
        + mrz_cd(yymmdd(dob))
        + sex
        + yymmdd(expiry)
        + mrz_cd(yymmdd(expiry))
        + _pad(optional, 16)
    )
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrz_checks_ok(lines: list[str]) -> bool:
    """Re-verify the check digits of a TD1 / TD3 / MRV-A MRZ."""
    if len(lines) == 3:
        a, b, _ = lines
        ok = mrz_cd(a[5:14]) == a[14] if a[14] != "<" else True
        ok &= mrz_cd(b[0:6]) == b[6] and mrz_cd(b[8:14]) == b[14]
        return ok and mrz_cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]
    a, b = lines
    ok = mrz_cd(b[0:9]) == b[9] and mrz_cd(b[13:19]) == b[19] and mrz_cd(b[21:27]) == b[27]
    if a[0] == "P":
        ok &= mrz_cd(b[0:10] + b[13:20] + b[21:43]) == b[43]
    return ok


assert td3(
    "UTO",
    "ERIKSSON",
    "ANNA MARIA",
    "L898902C3",
    "UTO",
    dt.date(1974, 8, 12),
    "F",
    dt.date(2012, 4, 15),
    "ZE184226B",
) == [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
]


# --------------------------------------------------------------------------- dates / money

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
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(x: dt.date) -> str:
    return x.strftime("%d/%m/%Y")


def fr_long(x: dt.date, cap: bool = False) -> str:
    day = "1er" if x.day == 1 else str(x.day)
    m = MOIS[x.month - 1]
    return f"{day} {m.capitalize() if cap else m} {x.year}"


def eur(v: float, sym: str = " €") -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + sym


def month_end(x: dt.date) -> dt.date:
    nxt = (x.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


# --------------------------------------------------------------------------- pdf helpers


def new_canvas(buf: io.BytesIO, size) -> rl_canvas.Canvas:
    register_fonts()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    c.setCreator("")
    c.setProducer("")
    return c


def render_pdf(size, pages, title: str = "", author: str = "", producer: str = "") -> bytes:
    """pages: list of callables f(canvas). Returns the PDF bytes."""
    buf = io.BytesIO()
    c = new_canvas(buf, size)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if producer:
        c.setProducer(producer)
    for fn in pages:
        fn(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def text_image(
    text: str, font_file: str, px: int, color=(0, 0, 0), index: int = 0, rtl: bool = False
) -> Image.Image:
    """Shape a line (Arabic, Chinese...) with Pillow/raqm into a tight RGBA image."""
    f = ImageFont.truetype(font_file, px, index=index, layout_engine=ImageFont.Layout.RAQM)
    kw = {"direction": "rtl", "language": "ar"} if rtl else {}
    box = f.getbbox(text, **kw)
    w, h = box[2] - box[0] + 4, box[3] - box[1] + 4
    im = Image.new("RGBA", (max(w, 1), max(h, 1)), color + (0,))
    ImageDraw.Draw(im).text((2 - box[0], 2 - box[1]), text, font=f, fill=color + (255,), **kw)
    return im


def draw_script(
    c,
    text: str,
    x: float,
    y: float,
    size: float,
    script: str = "ar",
    color=(0, 0, 0),
    anchor: str = "l",
    bold: bool = False,
) -> float:
    """Draw Arabic ('ar') or Chinese ('zh') text of cap height ~size pt at baseline y.

    anchor 'l', 'r' or 'c' on x. Returns the width in points."""
    px = 64
    if script == "ar":
        im = text_image(text, ARABIC_TTF_B if bold else ARABIC_TTF, px, color, rtl=True)
        scale = size * 1.05 / px
    else:
        im = text_image(text, CJK_TTC, px, color, index=0)
        scale = size * 1.0 / px
    w, h = im.width * scale, im.height * scale
    xx = x - w if anchor == "r" else x - w / 2 if anchor == "c" else x
    yy = y - h * (0.32 if script == "ar" else 0.14)
    c.drawImage(ImageReader(im), xx, yy, w, h, mask="auto")
    return w
