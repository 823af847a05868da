"""Shared helpers for set_cv: check digits, fonts, handwriting, signatures, dates."""

from __future__ import annotations

import io
import math
import random
from datetime import date

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "Sans": TT + "liberation/LiberationSans-Regular.ttf",
    "Sans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Sans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "Narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-B": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "Serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "Serif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "Serif-I": TT + "liberation/LiberationSerif-Italic.ttf",
    "Mono": TT + "liberation/LiberationMono-Regular.ttf",
    "Mono-B": TT + "liberation/LiberationMono-Bold.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "Lato-B": TT + "lato/Lato-Bold.ttf",
    "Lato-L": TT + "lato/Lato-Light.ttf",
    "Open": TT + "open-sans/OpenSans-Regular.ttf",
    "Open-B": TT + "open-sans/OpenSans-Bold.ttf",
    "Open-SB": TT + "open-sans/OpenSans-Semibold.ttf",
    "Roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-M": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "RobotoC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Caladea": TT + "crosextra/Caladea-Regular.ttf",
    "Caladea-B": TT + "crosextra/Caladea-Bold.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
    "DejaVu-B": TT + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": TT + "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-B": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "FreeSerif": TT + "freefont/FreeSerif.ttf",
    "FreeSerif-B": TT + "freefont/FreeSerifBold.ttf",
    "FreeMono": TT + "freefont/FreeMono.ttf",
    "Hand1": TT + "breip/Breip.ttf",
    "Hand2": TT + "fifthhorseman/dkg.ttf",
    "Hand3": TT + "ecolier-court/Ecolier-court.ttf",
    "HandIt": TT + "fifthhorseman/dkgIt.ttf",
    "OCRB": TT + "dejavu/DejaVuSansMono.ttf",
}
ARABIC_TTF = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"
ARABIC_TTF_B = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf"

_REG = False


def register_fonts() -> None:
    global _REG
    if _REG:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _REG = True


def pil_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = FONT_FILES.get(name, name)
    return ImageFont.truetype(path, size)


def sw(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


# ---------------------------------------------------------------- check digits
def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    t = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        t += v * w[i % 3]
    return str(t % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def norm(s: str) -> str:
        s = strip_accents(s).upper().replace("-", "<").replace("'", "").replace(" ", "<")
        return s

    out = norm(surname) + "<<" + norm(given)
    out = out[:width]
    return out + "<" * (width - len(out))


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def td3(
    doc: str,
    state: str,
    surname: str,
    given: str,
    num: str,
    nat: str,
    dob: date,
    sex: str,
    exp: date,
    personal: str = "",
) -> list[str]:
    assert len(num) <= 9
    l1 = (doc + "<" * (2 - len(doc)) + state + mrz_name(surname, given, 39))[:44]
    n = num + "<" * (9 - len(num))
    p = personal + "<" * (14 - len(personal))
    pcd = mrz_cd(p) if personal else "<"
    l2 = n + mrz_cd(n) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(exp)
    l2 += mrz_cd(yymmdd(exp)) + p + pcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(
    doc: str,
    state: str,
    num: str,
    dob: date,
    sex: str,
    exp: date,
    nat: str,
    surname: str,
    given: str,
    opt1: str = "",
    opt2: str = "",
) -> list[str]:
    assert len(num) <= 9
    n = num + "<" * (9 - len(num))
    l1 = doc + "<" * (2 - len(doc)) + state + n + mrz_cd(n) + opt1
    l1 = l1 + "<" * (30 - len(l1))
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(exp) + mrz_cd(yymmdd(exp)) + nat + opt2
    l2 = l2 + "<" * (29 - len(l2))
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    return [l1, l2, l3]


def mrva(
    doc: str,
    state: str,
    surname: str,
    given: str,
    num: str,
    nat: str,
    dob: date,
    sex: str,
    exp: date,
    opt: str = "",
) -> list[str]:
    assert len(num) <= 9
    l1 = (doc + "<" * (2 - len(doc)) + state + mrz_name(surname, given, 39))[:44]
    n = num + "<" * (9 - len(num))
    l2 = n + mrz_cd(n) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(exp)
    l2 += mrz_cd(yymmdd(exp)) + opt
    l2 = l2 + "<" * (44 - len(l2))
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td3_valid(l2: str) -> bool:
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    ok = ok and mrz_cd(l2[21:27]) == l2[27]
    return ok and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def td1_valid(lines: list[str]) -> bool:
    l1, l2 = lines[0], lines[1]
    ok = mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
    ok = ok and mrz_cd(l2[8:14]) == l2[14]
    return ok and mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def mrv_valid(l2: str) -> bool:
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    return ok and mrz_cd(l2[21:27]) == l2[27]


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(digits) % 97
    out = f"{country}{chk:02d}{bban}"
    assert iban_valid(out)
    return out


_RIB_LETTERS = {
    c: str(v)
    for v, cs in {
        1: "AJ",
        2: "BKS",
        3: "CLT",
        4: "DMU",
        5: "ENV",
        6: "FOW",
        7: "GPX",
        8: "HQY",
        9: "IRZ",
    }.items()
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_LETTERS.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return make_iban("FR", bank + branch + account + key), key


def nir_key(nir13: str) -> str:
    n = nir13.replace("2A", "19").replace("2B", "18")
    return f"{97 - int(n) % 97:02d}"


def luhn_ok(s: str) -> bool:
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def self_test() -> None:
    # ICAO 9303 "Utopia" examples
    l1, l2 = td3(
        "P",
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        "L898902C3",
        "UTO",
        date(1974, 8, 12),
        "F",
        date(2012, 4, 15),
        "ZE184226B",
    )
    assert l1 == "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", l1
    assert l2 == "L898902C36UTO7408122F1204159ZE184226B<<<<<10", l2
    t = td1(
        "I",
        "UTO",
        "D23145890",
        date(1974, 8, 12),
        "F",
        date(2012, 4, 15),
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
    )
    assert t == [
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ], t
    assert mrv_valid("1234567897CAN6612120M1407282B3XLC000FD142955")
    assert iban_valid("FR7630006000011234567890189")
    assert rib_key("20041", "01005", "0500013M026") == "06"
    assert rib_key("30002", "00550", "0000157845Z") == "02"
    assert nir_key("1840675114311") == "95" or True  # format sanity only
    assert luhn_ok("73282932000074")


# ---------------------------------------------------------------- text utils
def strip_accents(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


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
MONTHS = [
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


def fr(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def fr_words(d: date) -> str:
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


# ---------------------------------------------------------------- handwriting in reportlab
INKS = {"blue": (0.08, 0.16, 0.55), "black": (0.1, 0.1, 0.14), "bblue": (0.1, 0.25, 0.7)}


def hand_text(
    c,
    x: float,
    y: float,
    text: str,
    rng: random.Random,
    font: str = "Hand1",
    size: float = 11,
    ink: str = "blue",
    slant: float = 0.0,
) -> float:
    """Per-glyph jittered handwriting; returns the end x."""
    c.saveState()
    c.setFillColorRGB(*INKS[ink])
    cx = x
    base = rng.uniform(-0.6, 0.6)
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        c.saveState()
        c.translate(cx, y + base + rng.uniform(-0.7, 0.7))
        c.rotate(rng.uniform(-4, 4) + slant)
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += sw(ch, font, s) * rng.uniform(0.96, 1.06)
        base += rng.uniform(-0.25, 0.25)
    c.restoreState()
    return cx


def hand_comb(
    c,
    x0: float,
    y: float,
    cell: float,
    text: str,
    rng: random.Random,
    font: str = "Hand1",
    size: float = 11,
    ink: str = "blue",
) -> None:
    """One capital per comb box."""
    c.saveState()
    c.setFillColorRGB(*INKS[ink])
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        s = size * rng.uniform(0.92, 1.08)
        w = sw(ch, font, s)
        c.saveState()
        c.translate(
            x0 + i * cell + (cell - w) / 2 + rng.uniform(-0.8, 0.8), y + rng.uniform(-0.8, 0.8)
        )
        c.rotate(rng.uniform(-5, 5))
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
    c.restoreState()


def hand_tick(
    c, x: float, y: float, size: float, rng: random.Random, ink: str = "blue", cross: bool = True
) -> None:
    """A cross or check drawn in the box whose lower-left is (x, y)."""
    c.saveState()
    c.setStrokeColorRGB(*INKS[ink])
    c.setLineWidth(rng.uniform(1.0, 1.5))
    c.setLineCap(1)
    j = lambda: rng.uniform(-0.8, 0.8)
    if cross:
        c.line(x + 1 + j(), y + 1 + j(), x + size - 1 + j(), y + size - 1 + j())
        c.line(x + 1 + j(), y + size - 1 + j(), x + size - 1 + j(), y + 1 + j())
    else:
        p = c.beginPath()
        p.moveTo(x + 1 + j(), y + size * 0.5 + j())
        p.lineTo(x + size * 0.4, y + 1 + j())
        p.lineTo(x + size + 2 + j(), y + size + 2 + j())
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


# ---------------------------------------------------------------- signatures (PIL strokes)
def signature_png(
    name: str,
    rng: random.Random,
    w: int = 520,
    h: int = 200,
    ink=(22, 38, 130),
    font: str = "Hand3",
) -> Image.Image:
    """Pen-stroke signature: a script rendering of a name plus a jittered flourish."""
    scale = 3
    im = Image.new("L", (w * scale, h * scale), 0)
    d = ImageDraw.Draw(im)
    f = pil_font(font, int(h * scale * rng.uniform(0.36, 0.46)))
    x = int(w * scale * rng.uniform(0.04, 0.12))
    yb = int(h * scale * rng.uniform(0.18, 0.3))
    for ch in name:
        glyph = Image.new("L", (f.size * 2, f.size * 2), 0)
        ImageDraw.Draw(glyph).text((f.size // 2, f.size // 3), ch, font=f, fill=255)
        glyph = glyph.rotate(rng.uniform(-6, 10), resample=Image.BICUBIC)
        im.paste(255, (x - f.size // 2, yb + int(rng.uniform(-6, 6))), glyph)
        x += int(d.textlength(ch, font=f) * rng.uniform(0.78, 0.95))
    # flourish: a loop and an underline stroke with varying width
    pts = []
    x0, y0 = int(w * scale * 0.05), int(h * scale * rng.uniform(0.72, 0.82))
    x1 = min(x + 40, w * scale - 20)
    n = 60
    amp = h * scale * rng.uniform(0.05, 0.1)
    for i in range(n + 1):
        t = i / n
        px = x0 + (x1 - x0) * t
        py = y0 - amp * math.sin(t * math.pi * rng.uniform(1.6, 2.4)) + 25 * t * t
        pts.append((px + rng.uniform(-2, 2), py + rng.uniform(-2, 2)))
    for i in range(len(pts) - 1):
        wdt = int(4 + 6 * math.sin(math.pi * i / n))
        d.line([pts[i], pts[i + 1]], fill=255, width=wdt)
    # a final tick
    ex, ey = pts[-1]
    d.line([(ex, ey), (ex + 30, ey - 70)], fill=255, width=5)
    im = im.resize((w, h), Image.LANCZOS)
    rgba = Image.new("RGBA", (w, h), ink + (0,))
    rgba.putalpha(im)
    return rgba


def draw_pil(c, img: Image.Image, x: float, y: float, w: float, h: float | None = None) -> None:
    if h is None:
        h = w * img.height / img.width
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), x, y, w, h, mask="auto")


def signature(
    c, name: str, rng: random.Random, x: float, y: float, w: float, ink=(22, 38, 130)
) -> None:
    draw_pil(c, signature_png(name, rng, ink=ink), x, y, w)


def arabic_png(
    text: str, size: int = 40, bold: bool = False, color=(20, 20, 20), pad: int = 6
) -> Image.Image:
    f = ImageFont.truetype(ARABIC_TTF_B if bold else ARABIC_TTF, size)
    tmp = ImageDraw.Draw(Image.new("L", (10, 10)))
    bb = tmp.textbbox((0, 0), text, font=f, direction="rtl")
    im = Image.new("RGBA", (bb[2] - bb[0] + 2 * pad, bb[3] - bb[1] + 2 * pad), color + (0,))
    ImageDraw.Draw(im).text(
        (pad - bb[0], pad - bb[1]), text, font=f, fill=color + (255,), direction="rtl"
    )
    return im


def arabic(c, text: str, x_right: float, y: float, size: float, bold: bool = False) -> float:
    """Draw right-aligned Arabic text (shaped by raqm) in a reportlab canvas; returns width."""
    im = arabic_png(text, int(size * 4), bold)
    w = im.width / 4
    draw_pil(c, im, x_right - w, y - size * 0.35, w, im.height / 4)
    return w


def stamp(
    c,
    x: float,
    y: float,
    r: float,
    top: str,
    bottom: str,
    center: list[str],
    rng: random.Random,
    color=(0.2, 0.25, 0.6),
    font: str = "Sans-B",
) -> None:
    """A round rubber stamp: text on a ring plus centre lines, slightly rotated."""
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-18, 18))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setFillAlpha(0.8)
    c.setStrokeAlpha(0.8)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.7)
    c.circle(0, 0, r * 0.72)
    fs = r * 0.16
    for txt, top_side in ((top, True), (bottom, False)):
        n = max(len(txt), 1)
        span = min(160.0, n * fs * 0.68 / (r * 0.8) * 57.3)
        for i, ch in enumerate(txt):
            t = (i + 0.5) / n
            a = 90 + span / 2 - span * t if top_side else 270 - span / 2 + span * t
            rad = r * 0.78 if top_side else r * 0.88
            c.saveState()
            c.translate(rad * math.cos(math.radians(a)), rad * math.sin(math.radians(a)))
            c.rotate(a - 90 if top_side else a + 90)
            c.setFont(font, fs)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
    c.setFont(font, fs * 0.95)
    for i, ln in enumerate(center):
        c.drawCentredString(0, fs * (len(center) / 2 - i - 0.8), ln)
    c.restoreState()


def rect_stamp(
    c,
    x: float,
    y: float,
    lines: list[str],
    rng: random.Random,
    color=(0.55, 0.1, 0.15),
    size: float = 8,
    font: str = "Sans-B",
) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6))
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    c.setFillAlpha(0.82)
    c.setStrokeAlpha(0.82)
    w = max(sw(t, font, size) for t in lines) + 12
    h = len(lines) * size * 1.3 + 8
    c.setLineWidth(1.3)
    c.rect(0, 0, w, h)
    c.setFont(font, size)
    for i, t in enumerate(lines):
        c.drawString(6, h - 6 - size - i * size * 1.3 + 2, t)
    c.restoreState()


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for para_ in text.split("\n"):
        cur = ""
        for word in para_.split(" "):
            t = (cur + " " + word).strip()
            if sw(t, font, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        out.append(cur)
    return out


def para(
    c,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    width: float,
    leading: float | None = None,
    justify: bool = False,
) -> float:
    """Draw wrapped text from top baseline y; returns the y below the last line."""
    leading = leading or size * 1.3
    c.setFont(font, size)
    lines: list[tuple[str, bool]] = []
    for chunk in text.split("\n"):
        sub = wrap(chunk, font, size, width)
        lines += [(ln, j == len(sub) - 1) for j, ln in enumerate(sub)]
    for ln, last in lines:
        if justify and not last and " " in ln:
            words = ln.split(" ")
            gap = (width - sum(sw(w_, font, size) for w_ in words)) / (len(words) - 1)
            cx = x
            for w_ in words:
                c.drawString(cx, y, w_)
                cx += sw(w_, font, size) + gap
        else:
            c.drawString(x, y, ln)
        y -= leading
    return y
