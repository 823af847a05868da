"""Shared helpers: fonts, check digits, a top-left page API over reportlab, handwriting,
pen signatures, rubber stamps, guilloche and simple portraits."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

TT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"
FONT_FILES = {
    "Sans": "liberation/LiberationSans-Regular.ttf",
    "Sans-B": "liberation/LiberationSans-Bold.ttf",
    "Sans-I": "liberation/LiberationSans-Italic.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "Serif": "liberation/LiberationSerif-Regular.ttf",
    "Serif-B": "liberation/LiberationSerif-Bold.ttf",
    "Serif-I": "liberation/LiberationSerif-Italic.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
    "Mono-B": "liberation/LiberationMono-Bold.ttf",
    "DejaVu": "dejavu/DejaVuSans.ttf",
    "DejaVu-B": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuC": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "Lato-B": "lato/Lato-Bold.ttf",
    "Lato-L": "lato/Lato-Light.ttf",
    "Lato-BK": "lato/Lato-Black.ttf",
    "OpenSans": "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "open-sans/OpenSans-Bold.ttf",
    "OpenSans-SB": "open-sans/OpenSans-Semibold.ttf",
    "Roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-M": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Roboto-L": "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "RobotoC": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "Carlito-B": "crosextra/Carlito-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "Caladea-B": "crosextra/Caladea-Bold.ttf",
    "Caladea-I": "crosextra/Caladea-Italic.ttf",
    "FreeSerif": "freefont/FreeSerif.ttf",
    "FreeSerif-B": "freefont/FreeSerifBold.ttf",
    "FreeSans": "freefont/FreeSans.ttf",
    "FreeSans-B": "freefont/FreeSansBold.ttf",
    "FreeMono": "freefont/FreeMono.ttf",
    "H-Breip": "breip/Breip.ttf",
    "H-Dkg": "fifthhorseman/dkg.ttf",
    "H-DkgIt": "fifthhorseman/dkgIt.ttf",
    "H-Humor": "humor-sans/Humor-Sans.ttf",
    "H-Ecolier": "ecolier-court/Ecolier-court.ttf",
}
PIL_FONTS = {
    "OCRB": OT + "ocr-b/OCRB.otf",
    "Amiri": OT + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "Amiri-B": OT + "fonts-hosny-amiri/Amiri-Bold.ttf",
    "Dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "Kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
}
for _k, _v in FONT_FILES.items():
    PIL_FONTS[_k] = TT + _v

_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for name, rel in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, TT + rel))
    _REGISTERED = True


def rgb(hexs: str, alpha: float = 1.0) -> Color:
    h = hexs.lstrip("#")
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255, alpha)


BLACK = rgb("000000")
INK_BLUE = rgb("1b2a7a")
INK_BLACK = rgb("1a1a22")
GREY = rgb("777777")

# ----------------------------------------------------------------------------- check digits


def mrz_value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - 55
    return 0


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(mrz_value(ch) * w[i % 3] for i, ch in enumerate(s)) % 10)


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{98 - n % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


_RIB_LETTERS = {}
for _grp, _val in (("AJ", 1), ("BKS", 2), ("CLT", 3), ("DMU", 4), ("ENV", 5), ("FOW", 6)):
    for _c in _grp:
        _RIB_LETTERS[_c] = _val
for _grp, _val in (("GPX", 7), ("HQY", 8), ("IRZ", 9)):
    for _c in _grp:
        _RIB_LETTERS[_c] = _val


def rib_key(bank: str, branch: str, account: str) -> int:
    acc = int("".join(ch if ch.isdigit() else str(_RIB_LETTERS[ch]) for ch in account))
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97)


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    """Return (iban, rib key) for a French account."""
    key = f"{rib_key(bank, branch, account):02d}"
    bban = bank + branch + account + key
    iban = "FR" + iban_check("FR", bban) + bban
    assert iban_valid(iban)
    return iban, key


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def siret(siren8: str, nic4: str) -> str:
    """Make a Luhn-valid SIRET from 8 siren digits (+1 computed) and a 4-digit NIC prefix."""
    for d in range(10):
        sn = siren8 + str(d)
        if luhn_ok(sn):
            break
    for d in range(10):
        st = sn + nic4 + str(d)
        if luhn_ok(st):
            return st
    raise ValueError("no siret")


# ----------------------------------------------------------------------------- text helpers

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


def d_fr(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def d_words(d: date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def ascii_up(s: str) -> str:
    n = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in n if not unicodedata.combining(ch)).upper()


def euro(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


# ----------------------------------------------------------------------------- page API


class Pg:
    """A reportlab page addressed in millimetres from the top-left corner."""

    def __init__(self, c: canvas.Canvas, w: float, h: float):
        self.c = c
        self.w = w
        self.h = h

    def Y(self, y: float) -> float:  # noqa: N802
        return (self.h - y) * mm

    def text(self, x, y, s, font="Sans", size=9.0, color=BLACK, align="l", cs=0.0):
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        if cs:
            t = c.beginText()
            t.setFont(font, size)
            t.setCharSpace(cs)
            wdt = pdfmetrics.stringWidth(s, font, size) + cs * len(s)
            x0 = x * mm - (wdt if align == "r" else wdt / 2 if align == "c" else 0)
            t.setTextOrigin(x0, self.Y(y))
            t.textOut(s)
            c.drawText(t)
            return
        if align == "r":
            c.drawRightString(x * mm, self.Y(y), s)
        elif align == "c":
            c.drawCentredString(x * mm, self.Y(y), s)
        else:
            c.drawString(x * mm, self.Y(y), s)

    def width(self, s, font="Sans", size=9.0) -> float:
        return pdfmetrics.stringWidth(s, font, size) / mm

    def rect(self, x, y, w, h, lw=0.4, stroke=BLACK, fill=None, r=0.0, dash=None):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if fill is not None:
            c.setFillColor(fill)
        args = (x * mm, self.Y(y + h), w * mm, h * mm)
        st = 1 if stroke is not None else 0
        fl = 1 if fill is not None else 0
        if r:
            c.roundRect(*args, r * mm, stroke=st, fill=fl)
        else:
            c.rect(*args, stroke=st, fill=fl)
        c.restoreState()

    def line(self, x1, y1, x2, y2, lw=0.4, color=BLACK, dash=None):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if dash:
            c.setDash(*dash)
        c.line(x1 * mm, self.Y(y1), x2 * mm, self.Y(y2))
        c.restoreState()

    def dots(self, x1, x2, y, color=GREY):
        self.line(x1, y, x2, y, lw=0.5, color=color, dash=(0.6, 2.2))

    def para(self, x, y, w, s, font="Sans", size=9.0, lead=None, color=BLACK, justify=False):
        """Wrap text into width w (mm); return the y below the paragraph."""
        lead = lead or size * 0.45
        words = s.split()
        line: list[str] = []
        lines = []
        for wd in words:
            trial = " ".join(line + [wd])
            if line and self.width(trial, font, size) > w:
                lines.append(line)
                line = [wd]
            else:
                line.append(wd)
        if line:
            lines.append(line)
        for i, ln in enumerate(lines):
            if justify and i < len(lines) - 1 and len(ln) > 1:
                free = w - self.width("".join(ln), font, size)
                gap = free / (len(ln) - 1)
                xx = x
                for wd in ln:
                    self.text(xx, y, wd, font, size, color)
                    xx += self.width(wd, font, size) + gap
            else:
                self.text(x, y, " ".join(ln), font, size, color)
            y += lead
        return y

    def image(self, img: Image.Image, x, y, w, h=None):
        if h is None:
            h = w * img.height / img.width
        self.c.drawImage(ImageReader(img), x * mm, self.Y(y + h), w * mm, h * mm, mask="auto")
        return h

    def pil_text(self, x, y, s, font="Amiri", size=9.0, color=(0, 0, 0), align="l", rtl=False):
        """Text shaped by Pillow/raqm (Arabic, Devanagari, OCR-B), placed with baseline at y."""
        img, asc_mm, w_mm = pil_text_image(s, font, size, color, rtl)
        x0 = x - (w_mm if align == "r" else w_mm / 2 if align == "c" else 0)
        self.image(img, x0, y - asc_mm, w_mm)
        return w_mm

    def checkbox(self, x, y, s=3.2, lw=0.5):
        self.rect(x, y, s, s, lw=lw)

    def comb(self, x, y, n, cw=4.2, ch=5.5, lw=0.4, color=BLACK, gap_every=0):
        xs = []
        xx = x
        for i in range(n):
            if gap_every and i and i % gap_every == 0:
                xx += cw * 0.6
            self.rect(xx, y, cw, ch, lw=lw, stroke=color)
            xs.append(xx)
            xx += cw
        return xs


def pil_text_image(s, font, size, color=(0, 0, 0), rtl=False, scale=10.0):
    """Render text at size pt with `scale` px per pt; return (RGBA image, ascent mm, width mm)."""
    px = max(8, int(size * scale))
    f = ImageFont.truetype(PIL_FONTS[font], px)
    kw = {"direction": "rtl", "language": "ar"} if rtl else {}
    asc, desc = f.getmetrics()
    wpx = int(f.getlength(s, **kw)) + 4
    im = Image.new("RGBA", (wpx, asc + desc + 4), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.text((2, 2 + asc), s, font=f, fill=tuple(color) + (255,), anchor="ls", **kw)
    k = 25.4 / 72 / scale  # mm per px
    return im, (asc + 2) * k, wpx * k


def new_pdf(pagesize_mm=(210, 297)):
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(pagesize_mm[0] * mm, pagesize_mm[1] * mm), invariant=1)
    return buf, c


# ----------------------------------------------------------------------------- handwriting


def hand(pg: Pg, x, y, s, rng, font="H-Breip", size=12.0, color=INK_BLUE, jitter=1.0, slope=0.0):
    """Write s with per-glyph jitter; return the x (mm) after the last glyph."""
    c = pg.c
    xx = x * mm
    y0 = pg.Y(y)
    drift = 0.0
    for ch in s:
        w = pdfmetrics.stringWidth(ch, font, size)
        drift += rng.gauss(0, 0.05) * jitter
        if ch != " ":
            c.saveState()
            c.setFillColor(color)
            dy = rng.gauss(0, 0.03) * size * jitter + drift + slope * (xx - x * mm)
            c.translate(xx + rng.gauss(0, 0.02) * size * jitter, y0 + dy)
            c.rotate(rng.gauss(0, 2.2 * jitter))
            c.setFont(font, size * rng.uniform(0.93, 1.07))
            c.drawString(0, 0, ch)
            c.restoreState()
        xx += w * rng.uniform(0.95, 1.07)
    return xx / mm


def hand_comb(pg: Pg, xs, y, h, s, rng, font="H-Humor", size=11.0, color=INK_BLUE, cw=4.2):
    """Capitals one per comb box (xs are the box left edges, y top, h height)."""
    for i, ch in enumerate(s):
        if i >= len(xs) or ch == " ":
            continue
        w = pg.width(ch, font, size)
        cx = xs[i] + (cw - w) / 2 + rng.gauss(0, 0.25)
        hand(pg, cx, y + h * 0.78 + rng.gauss(0, 0.25), ch, rng, font, size, color, 0.8)


def tick(pg: Pg, x, y, s, rng, color=INK_BLUE, cross=False):
    """A pen tick or cross in a box at (x, y) of side s."""
    c = pg.c
    c.saveState()
    c.setStrokeColor(color)
    c.setLineCap(1)
    c.setLineWidth(rng.uniform(0.8, 1.2))
    j = lambda: rng.gauss(0, 0.25) * mm  # noqa: E731
    if cross:
        c.line((x + 0.4) * mm + j(), pg.Y(y + 0.4) + j(), (x + s - 0.3) * mm + j(), pg.Y(y + s))
        c.line((x + s - 0.3) * mm + j(), pg.Y(y + 0.2), (x + 0.3) * mm + j(), pg.Y(y + s - 0.2))
    else:
        p = c.beginPath()
        p.moveTo((x + 0.5) * mm + j(), pg.Y(y + s * 0.55))
        p.curveTo(
            (x + s * 0.3) * mm, pg.Y(y + s * 0.75), (x + s * 0.35) * mm, pg.Y(y + s * 0.9),
            (x + s * 0.42) * mm + j(), pg.Y(y + s * 0.95),
        )  # fmt: skip
        p.curveTo(
            (x + s * 0.6) * mm, pg.Y(y + s * 0.4), (x + s * 0.9) * mm, pg.Y(y - s * 0.2),
            (x + s * 1.25) * mm + j(), pg.Y(y - s * 0.45),
        )  # fmt: skip
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
