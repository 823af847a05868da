"""Shared helpers for set_ca: check digits, MRZ, fonts, ink (handwriting, signatures, stamps)
and the "looks" (scan, image PDF, phone photo)."""

from __future__ import annotations

import math
import unicodedata
from datetime import date

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

cv2.setNumThreads(1)
rl_config.useA85 = 0

# ---------------------------------------------------------------- check digits


def mrz_cd(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def make_iban(country: str, bban: str) -> str:
    check = 98 - _iban_num(bban + country + "00") % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def _rib_digits(s: str) -> str:
    table = {}
    for letters, digits in (("ABCDEFGHI", "123456789"), ("JKLMNOPQR", "123456789")):
        table.update(zip(letters, digits, strict=True))
    table.update(zip("STUVWXYZ", "23456789", strict=True))
    return "".join(table.get(ch, ch) for ch in s)


def rib_key(bank: str, branch: str, account: str) -> str:
    b, g, a = (int(_rib_digits(x)) for x in (bank, branch, account))
    return f"{97 - (89 * b + 15 * g + 3 * a) % 97:02d}"


def french_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    assert int(_rib_digits(bank + branch + account + key)) % 97 == 0
    return iban, key


def nir_key(nir13: str) -> str:
    return f"{97 - int(nir13) % 97:02d}"


def luhn_complete(digits: str) -> str:
    for last in "0123456789":
        s = digits + last
        tot = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch) * (2 if i % 2 else 1)
            tot += d - 9 if d > 9 else d
        if tot % 10 == 0:
            return s
    raise AssertionError


def curp_check(c17: str) -> str:
    alpha = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    tot = sum(alpha.index(ch) * (18 - i) for i, ch in enumerate(c17))
    return str((10 - tot % 10) % 10)


def grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- MRZ


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s: str) -> str:
        s = unicodedata.normalize("NFKD", s.upper())
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("'", "")
        return "".join(ch if ch.isalpha() and ch.isascii() else "<" for ch in s.strip())

    out = clean(surname) + "<<" + clean(given)
    return out[:width].ljust(width, "<")


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def td3(code, country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = (code + "<")[:2] + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pcd = mrz_cd(pers) if personal else "<"
    part = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    part += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + pers + pcd
    comp = num + mrz_cd(num) + yymmdd(dob) + mrz_cd(yymmdd(dob))
    comp += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + pers + pcd
    l2 = part + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    assert l2[9] == mrz_cd(l2[0:9]) and l2[19] == mrz_cd(l2[13:19])
    assert l2[27] == mrz_cd(l2[21:27])
    assert l2[43] == mrz_cd(l2[0:10] + l2[13:20] + l2[21:43])
    return [l1, l2]


def td1(code, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = code.ljust(2, "<") + country + num + mrz_cd(num) + opt1.ljust(15, "<")
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(expiry) + mrz_cd(yymmdd(expiry))
    l2 += nat + opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    assert l1[14] == mrz_cd(l1[5:14]) and l2[6] == mrz_cd(l2[0:6])
    assert l2[14] == mrz_cd(l2[8:14])
    return [l1, l2, l3]


def mrva(code, country, surname, given, number, nat, dob, sex, valid_until, optional=""):
    l1 = code + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    l2 = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += yymmdd(valid_until) + mrz_cd(yymmdd(valid_until)) + optional.ljust(16, "<")
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


# ---------------------------------------------------------------- fonts

FD = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "sans": "liberation/LiberationSans-Regular.ttf",
    "sansB": "liberation/LiberationSans-Bold.ttf",
    "sansI": "liberation/LiberationSans-Italic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": "liberation/LiberationSerif-Regular.ttf",
    "serifB": "liberation/LiberationSerif-Bold.ttf",
    "serifI": "liberation/LiberationSerif-Italic.ttf",
    "mono": "liberation/LiberationMono-Regular.ttf",
    "monoB": "liberation/LiberationMono-Bold.ttf",
    "dv": "dejavu/DejaVuSans.ttf",
    "dvB": "dejavu/DejaVuSans-Bold.ttf",
    "dvC": "dejavu/DejaVuSansCondensed.ttf",
    "dvCB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvs": "dejavu/DejaVuSerif.ttf",
    "dvsB": "dejavu/DejaVuSerif-Bold.ttf",
    "dvsI": "dejavu/DejaVuSerif-Italic.ttf",
    "dvm": "dejavu/DejaVuSansMono.ttf",
    "lato": "lato/Lato-Regular.ttf",
    "latoB": "lato/Lato-Bold.ttf",
    "latoL": "lato/Lato-Light.ttf",
    "os": "open-sans/OpenSans-Regular.ttf",
    "osB": "open-sans/OpenSans-Bold.ttf",
    "osS": "open-sans/OpenSans-Semibold.ttf",
    "rob": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robB": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robM": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robL": "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "robC": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robCB": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carl": "crosextra/Carlito-Regular.ttf",
    "carlB": "crosextra/Carlito-Bold.ttf",
    "cala": "crosextra/Caladea-Regular.ttf",
    "calaB": "crosextra/Caladea-Bold.ttf",
    "free": "freefont/FreeSans.ttf",
    "freeB": "freefont/FreeSansBold.ttf",
    "frees": "freefont/FreeSerif.ttf",
    "freesB": "freefont/FreeSerifBold.ttf",
    "h_dkg": "fifthhorseman/dkg.ttf",
    "h_dkgI": "fifthhorseman/dkgIt.ttf",
    "h_breip": "breip/Breip.ttf",
    "h_ecol": "ecolier-court/Ecolier-court.ttf",
    "h_ruf": "rufscript/Rufscript010.ttf",
}
_registered = False


def fpath(name: str) -> str:
    return FD + FONT_FILES[name]


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, rel in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, FD + rel))
    _registered = True


_pil_cache: dict = {}


def pfont(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px)))
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(fpath(name), max(4, int(round(px))))
    return _pil_cache[key]


# ---------------------------------------------------------------- ink

INK_BLUE = Color(0.09, 0.16, 0.52, alpha=0.92)
INK_BLACK = Color(0.08, 0.08, 0.12, alpha=0.9)
INK_RGB = {"blue": (22, 40, 130), "black": (25, 25, 35), "violet": (88, 44, 140)}


def hand(c, x, y, text, rng, font="h_dkg", size=12, ink=INK_BLUE, weight=0.35, tilt=None):
    """Write text with per-glyph jitter (size, angle, baseline, spacing); returns the width."""
    base = rng.uniform(-1.6, 1.6) if tilt is None else tilt
    c.saveState()
    c.setFillColor(ink)
    c.setStrokeColor(ink)
    c.setLineWidth(weight)
    cx = 0.0
    for ch in text:
        s = size * rng.uniform(0.92, 1.08)
        w = pdfmetrics.stringWidth(ch, font, s)
        if ch != " ":
            dy = cx * math.tan(math.radians(base)) + rng.uniform(-0.5, 0.5) * size / 12
            _glyph(c, x + cx, y + dy, ch, font, s, base + rng.uniform(-4.5, 4.5))
        cx += w * rng.uniform(0.96, 1.08) + rng.uniform(-0.2, 0.4)
    c.restoreState()
    return cx


def _glyph(c, x, y, ch, font, size, angle):
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    t = c.beginText(0, 0)
    t.setTextRenderMode(2)
    t.setFont(font, size)
    t.textOut(ch)
    c.drawText(t)
    c.restoreState()


def hand_comb(c, x0, y, cell, text, rng, font="h_dkg", size=11, ink=INK_BLUE, gap=0.0):
    """One capital per comb box; x0 = left edge of first box, y = baseline."""
    c.saveState()
    c.setFillColor(ink)
    c.setStrokeColor(ink)
    c.setLineWidth(0.35)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        s = size * rng.uniform(0.9, 1.08)
        w = pdfmetrics.stringWidth(ch, font, s)
        cx = x0 + i * (cell + gap) + (cell - w) / 2 + rng.uniform(-0.8, 0.8)
        _glyph(c, cx, y + rng.uniform(-0.7, 0.7), ch, font, s, rng.uniform(-5, 5))
    c.restoreState()


def tick(c, x, y, size, rng, ink=INK_BLUE, cross=False):
    """A pen tick or cross centred in the box whose lower-left corner is (x, y)."""
    c.saveState()
    c.setStrokeColor(ink)
    c.setLineWidth(size * 0.13)
    c.setLineCap(1)
    j = lambda: rng.uniform(-0.08, 0.08) * size  # noqa: E731
    p = c.beginPath()
    if cross:
        p.moveTo(x + 0.1 * size + j(), y + 0.9 * size + j())
        p.curveTo(
            x + 0.4 * size, y + 0.6 * size, x + 0.6 * size, y + 0.4 * size, x + 0.95 * size, y
        )
        p.moveTo(x + 0.9 * size + j(), y + 0.95 * size + j())
        p.lineTo(x + 0.05 * size + j(), y + 0.05 * size + j())
    else:
        p.moveTo(x + 0.1 * size + j(), y + 0.5 * size + j())
        p.lineTo(x + 0.4 * size + j(), y + 0.1 * size)
        p.curveTo(
            x + 0.6 * size,
            y + 0.6 * size,
            x + 0.8 * size,
            y + 1.0 * size,
            x + 1.2 * size,
            y + 1.3 * size,
        )
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _stroke(draw, pts, width, rng, w_var=0.45):
    n = len(pts)
    for i in range(n - 1):
        t = i / max(1, n - 1)
        pressure = 0.55 + 0.45 * math.sin(math.pi * t) + rng.uniform(-w_var, w_var) * 0.2
        r = max(1.0, width * pressure)
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        draw.line([(x0, y0), (x1, y1)], fill=255, width=int(r * 2))
        draw.ellipse([x1 - r, y1 - r, x1 + r, y1 + r], fill=255)


def _bezier(p0, p1, p2, p3, n=60):
    out = []
    for i in range(n + 1):
        t = i / n
        a, b, cc, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + cc * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + cc * p2[1] + d * p3[1],
            )
        )
    return out


def signature(text, rng, ink="blue", font=None):
    """A handwritten signature: script name, slanted, plus a pen flourish. RGBA image."""
    font = font or rng.choice(["h_dkgI", "h_breip", "h_ecol", "h_dkg"])
    px = 150 if font != "h_ecol" else 190
    f = pfont(font, px)
    W, H = 1500, 520
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    x = 60
    for ch in text:
        d.text((x, 150 + rng.uniform(-10, 10)), ch, font=f, fill=255, stroke_width=3)
        x += f.getlength(ch) * rng.uniform(0.8, 0.95)
    shear = rng.uniform(0.15, 0.35)
    m = m.transform((W, H), Image.AFFINE, (1, shear, -shear * 200, 0, 1, 0), Image.BICUBIC)
    d = ImageDraw.Draw(m)
    end = min(W - 60, x - 20)
    y0 = 150 + px * 1.18
    style = rng.randrange(3)
    if style == 0:
        pts = _bezier(
            (end - 40, y0 - 90),
            (end + 80, y0 + 30),
            (120, y0 + 90),
            (60 + rng.uniform(0, 120), y0 + 10),
        )
        pts += _bezier(pts[-1], (300, y0 - 40), (end * 0.8, y0 + 20), (end + 60, y0 - 10))[1:]
    elif style == 1:
        pts = _bezier((70, y0 + 25), (end * 0.3, y0 - 10), (end * 0.7, y0 + 55), (end + 90, y0 - 5))
    else:
        pts = _bezier(
            (end - 10, y0 - 60), (end + 120, y0 - 160), (end + 140, y0 + 60), (end - 30, y0 + 40)
        )
        pts += _bezier(pts[-1], (end * 0.6, y0 + 20), (200, y0 + 70), (80, y0 + 30))[1:]
    _stroke(d, pts, 5.5, rng)
    m = m.filter(ImageFilter.GaussianBlur(1.1))
    box = m.getbbox() or (0, 0, W, H)
    m = m.crop(box)
    rgba = Image.new("RGBA", m.size, INK_RGB[ink] + (0,))
    rgba.putalpha(m.point(lambda v: min(255, int(v * 1.15))))
    return rgba.rotate(rng.uniform(-6, 6), Image.BICUBIC, expand=True)


def stamp(rng, ring="", lines=(), color=(70, 60, 160), size=520, rect=False, ring2=""):
    """A rubber stamp (round with text around the ring, or rectangular). RGBA image."""
    if rect:
        fnt = pfont("dvCB", size * 0.11)
        wid = int(max(fnt.getlength(t) for t in lines) + size * 0.16)
        hei = int(len(lines) * size * 0.15 + size * 0.1)
        m = Image.new("L", (wid, hei), 0)
        d = ImageDraw.Draw(m)
        d.rectangle([4, 4, wid - 5, hei - 5], outline=255, width=max(3, size // 90))
        for i, t in enumerate(lines):
            tw = fnt.getlength(t)
            d.text(((wid - tw) / 2, size * 0.06 + i * size * 0.15), t, font=fnt, fill=255)
    else:
        m = Image.new("L", (size, size), 0)
        d = ImageDraw.Draw(m)
        c0 = size / 2
        lw = max(3, size // 90)
        d.ellipse([6, 6, size - 6, size - 6], outline=255, width=lw)
        d.ellipse([size * 0.2, size * 0.2, size * 0.8, size * 0.8], outline=255, width=lw - 1)
        _ring_text(m, ring, c0, size * 0.39, size * 0.085, start=-90)
        if ring2:
            _ring_text(m, ring2, c0, size * 0.33, size * 0.07, start=90, bottom=True)
        fnt = pfont("dvCB", size * 0.075)
        n = len(lines)
        for i, t in enumerate(lines):
            tw = fnt.getlength(t)
            d.text((c0 - tw / 2, c0 - n * size * 0.045 + i * size * 0.09), t, font=fnt, fill=255)
    arr = np.asarray(m).astype(np.float32) / 255.0
    nrng = np.random.default_rng(rng.randrange(2**32))
    noise = cv2.GaussianBlur(nrng.random(arr.shape).astype(np.float32), (0, 0), 2.0)
    noise = (noise - noise.min()) / (noise.max() - noise.min() + 1e-6)
    alpha = arr * np.clip(0.45 + noise * 0.9, 0, 1) * rng.uniform(0.7, 0.9)
    alpha = cv2.GaussianBlur(alpha, (0, 0), 0.8)
    out = Image.new("RGBA", m.size, color + (0,))
    out.putalpha(Image.fromarray((alpha * 255).astype(np.uint8)))
    return out.rotate(rng.uniform(-18, 18), Image.BICUBIC, expand=True)


def _ring_text(m, text, c0, radius, px, start=-90, bottom=False):
    fnt = pfont("dvCB", px)
    total = sum(fnt.getlength(ch) for ch in text)
    limit = 150.0 if bottom else 320.0
    if math.degrees(total / radius) * 1.1 > limit:
        px = px * limit / (math.degrees(total / radius) * 1.1)
        fnt = pfont("dvCB", px)
        total = sum(fnt.getlength(ch) for ch in text)
    span = math.degrees(total / radius) * 1.1
    ang = start - span / 2 if not bottom else start + span / 2
    step_sign = 1 if not bottom else -1
    for ch in text:
        w = fnt.getlength(ch)
        a = ang + step_sign * math.degrees(w / 2 / radius) * 1.1
        g = Image.new("L", (int(px * 1.6), int(px * 1.6)), 0)
        ImageDraw.Draw(g).text((px * 0.8 - w / 2, px * 0.2), ch, font=fnt, fill=255)
        rot = -(a + 90) if not bottom else -(a - 90)
        g = g.rotate(rot, Image.BICUBIC)
        x = c0 + radius * math.cos(math.radians(a)) - g.width / 2
        y = c0 + radius * math.sin(math.radians(a)) - g.height / 2
        m.paste(255, (int(x), int(y)), g)
        ang += step_sign * math.degrees(w / radius) * 1.1


def place(c, img, x, y, w=None, h=None):
    """Draw a PIL image on a reportlab canvas (alpha kept); w or h in points."""
    if w is None and h is None:
        w = img.width * 72 / 300
    if h is None:
        h = w * img.height / img.width
    if w is None:
        w = h * img.width / img.height
    c.drawImage(ImageReader(img), x, y, w, h, mask="auto")
    return w, h


def text_img(text, font, px, color=(0, 0, 0)):
    """Shaped text (Devanagari, Tamil...) as RGBA image via Pillow/raqm."""
    f = pfont(font, px)
    box = f.getbbox(text)
    img = Image.new("RGBA", (box[2] + 8, int(px * 1.5)), color + (0,))
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).text((4, int(px * 0.15)), text, font=f, fill=255)
    img.putalpha(m)
    return img


def draw_shaped(c, x, y, text, font, size_pt, color=(0, 0, 0)):
    img = text_img(text, font, size_pt * 300 / 72, color)
    place(c, img, x - 4 * 72 / 300, y - size_pt * 0.35, w=img.width * 72 / 300)
