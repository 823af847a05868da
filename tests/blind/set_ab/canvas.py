"""One drawing API (millimetres, origin top-left, y = text baseline) with two backends.

`ImgPage` draws into a Pillow image (for scans, photos, image PDFs); `PdfPage` draws into a
reportlab canvas (for PDFs with a text layer). Layout functions receive either one.
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "sansb": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "sansi": F + "truetype/liberation/LiberationSans-Italic.ttf",
    "narrow": F + "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": F + "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "serif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "serifi": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": F + "truetype/liberation/LiberationMono-Regular.ttf",
    "monob": F + "truetype/liberation/LiberationMono-Bold.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "latob": F + "truetype/lato/Lato-Bold.ttf",
    "latol": F + "truetype/lato/Lato-Light.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "openb": F + "truetype/open-sans/OpenSans-Bold.ttf",
    "roboto": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlitob": F + "truetype/crosextra/Carlito-Bold.ttf",
    "dejavu": F + "truetype/dejavu/DejaVuSans.ttf",
    "dejavub": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "cond": F + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "cjk": F + "truetype/wqy/wqy-microhei.ttc",
    "cjkb": F + "truetype/wqy/wqy-zenhei.ttc",
    "hand1": F + "truetype/femkeklaver/femkeklaver.ttf",
    "hand2": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "hand3": F + "truetype/fifthhorseman/dkg.ttf",
    "script": F + "opentype/dancingscript/DancingScript-Regular.otf",
    "script2": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "comic": F + "opentype/comic-neue/ComicNeue-Regular.otf",
}
# reportlab cannot embed CFF/OTF or TTC fonts: fall back to a TrueType font in PDFs.
PDF_FALLBACK = {"ocrb": "mono", "cjk": "dejavu", "cjkb": "dejavu", "script": "hand1"}
PDF_FALLBACK.update({"script2": "hand1", "comic": "hand2"})

_pil_cache: dict = {}
_rl_done: set = set()


def pil_font(key: str, px: float) -> ImageFont.FreeTypeFont:
    k = (key, round(px))
    if k not in _pil_cache:
        _pil_cache[k] = ImageFont.truetype(FONTS[key], max(4, round(px)))
    return _pil_cache[k]


def rl_font(key: str) -> str:
    key = PDF_FALLBACK.get(key, key)
    if key not in _rl_done:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _rl_done.add(key)
    return "F_" + key


def hexc(c):
    if isinstance(c, str):
        c = c.lstrip("#")
        return tuple(int(c[i : i + 2], 16) for i in (0, 2, 4))
    return c


class ImgPage:
    """A page rendered to a Pillow RGB image at `dpi`."""

    def __init__(self, w_mm: float, h_mm: float, dpi: int = 200, bg="#ffffff"):
        self.w, self.h, self.dpi = w_mm, h_mm, dpi
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (round(w_mm * self.k), round(h_mm * self.k)), hexc(bg))
        self.d = ImageDraw.Draw(self.img)

    def px(self, v: float) -> int:
        return round(v * self.k)

    def text(self, x, y, s, font="sans", size=10, color="#000000", anchor="l"):
        f = pil_font(font, size * self.dpi / 72)
        a = {"l": "ls", "r": "rs", "c": "ms"}[anchor]
        self.d.text((self.px(x), self.px(y)), str(s), font=f, fill=hexc(color), anchor=a)

    def width(self, s, font="sans", size=10) -> float:
        return pil_font(font, size * self.dpi / 72).getlength(str(s)) / self.k

    def rect(self, x, y, w, h, stroke="#000000", fill=None, lw=0.25):
        box = [self.px(x), self.px(y), self.px(x + w), self.px(y + h)]
        self.d.rectangle(
            box,
            fill=hexc(fill) if fill else None,
            outline=hexc(stroke) if stroke else None,
            width=max(1, self.px(lw)) if stroke else 0,
        )

    def rrect(self, x, y, w, h, r=2, stroke=None, fill="#eeeeee", lw=0.25):
        box = [self.px(x), self.px(y), self.px(x + w), self.px(y + h)]
        self.d.rounded_rectangle(
            box,
            radius=self.px(r),
            fill=hexc(fill) if fill else None,
            outline=hexc(stroke) if stroke else None,
            width=max(1, self.px(lw)),
        )

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.25, dash=False):
        if not dash:
            self.d.line(
                [self.px(x1), self.px(y1), self.px(x2), self.px(y2)],
                fill=hexc(color),
                width=max(1, self.px(lw)),
            )
            return
        n = max(1, int(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 / 1.2))
        for i in range(0, n, 2):
            a, b = i / n, min(1, (i + 1) / n)
            self.line(
                x1 + (x2 - x1) * a,
                y1 + (y2 - y1) * a,
                x1 + (x2 - x1) * b,
                y1 + (y2 - y1) * b,
                color,
                lw,
            )

    def circle(self, cx, cy, r, stroke="#000000", fill=None, lw=0.25):
        box = [self.px(cx - r), self.px(cy - r), self.px(cx + r), self.px(cy + r)]
        self.d.ellipse(
            box,
            fill=hexc(fill) if fill else None,
            outline=hexc(stroke) if stroke else None,
            width=max(1, self.px(lw)),
        )

    def image(self, im: Image.Image, x, y, w, h):
        im = im.convert("RGBA").resize((self.px(w), self.px(h)), Image.LANCZOS)
        self.img.paste(im, (self.px(x), self.px(y)), im)

    def hand(self, x, y, s, size=12, font="hand3", color="#1a2a6c", rng=None, slope=0.0):
        """Handwriting: glyph by glyph with jitter in position, size and baseline."""
        rng = rng or random.Random(len(s))
        cx = x
        for i, ch in enumerate(str(s)):
            sz = size * rng.uniform(0.93, 1.07)
            dy = rng.uniform(-0.35, 0.35) + slope * (cx - x)
            self.text(cx, y + dy, ch, font, sz, color)
            cx += self.width(ch, font, sz) * rng.uniform(0.95, 1.08)
            if i and ch == " ":
                cx += rng.uniform(0, 0.6)
        return cx

    def signature(self, x, y, name, size=20, color="#14246b", rng=None):
        """A scripted name plus a flourish stroke."""
        rng = rng or random.Random(len(name))
        end = self.hand(
            x, y, name, size, rng.choice(["script", "script2", "hand3"]), color, rng, slope=-0.05
        )
        pts, n = [], 24
        for i in range(n + 1):
            t = i / n
            pts.append((x + (end - x + 8) * t, y + 2.5 + 3.5 * (t - 0.5) ** 2 * rng.uniform(-3, 3)))
        self.d.line(
            [(self.px(a), self.px(b)) for a, b in pts],
            fill=hexc(color),
            width=max(1, self.px(0.45)),
            joint="curve",
        )


class PdfPage:
    """A page of a reportlab canvas (text layer kept)."""

    def __init__(self, cv, w_mm=210.0, h_mm=297.0):
        self.c, self.w, self.h = cv, w_mm, h_mm
        self.k = 72 / 25.4

    def _p(self, x, y):
        return x * self.k, (self.h - y) * self.k

    def _col(self, c):
        r, g, b = hexc(c)
        return r / 255, g / 255, b / 255

    def text(self, x, y, s, font="sans", size=10, color="#000000", anchor="l"):
        self.c.setFont(rl_font(font), size)
        self.c.setFillColorRGB(*self._col(color))
        px, py = self._p(x, y)
        {"l": self.c.drawString, "r": self.c.drawRightString, "c": self.c.drawCentredString}[
            anchor
        ](px, py, str(s))

    def width(self, s, font="sans", size=10) -> float:
        return pdfmetrics.stringWidth(str(s), rl_font(font), size) / self.k

    def rect(self, x, y, w, h, stroke="#000000", fill=None, lw=0.25):
        if fill:
            self.c.setFillColorRGB(*self._col(fill))
        if stroke:
            self.c.setStrokeColorRGB(*self._col(stroke))
            self.c.setLineWidth(lw * self.k)
        px, py = self._p(x, y + h)
        self.c.rect(
            px, py, w * self.k, h * self.k, stroke=1 if stroke else 0, fill=1 if fill else 0
        )

    def rrect(self, x, y, w, h, r=2, stroke=None, fill="#eeeeee", lw=0.25):
        if fill:
            self.c.setFillColorRGB(*self._col(fill))
        if stroke:
            self.c.setStrokeColorRGB(*self._col(stroke))
            self.c.setLineWidth(lw * self.k)
        px, py = self._p(x, y + h)
        self.c.roundRect(
            px,
            py,
            w * self.k,
            h * self.k,
            r * self.k,
            stroke=1 if stroke else 0,
            fill=1 if fill else 0,
        )

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.25, dash=False):
        self.c.setStrokeColorRGB(*self._col(color))
        self.c.setLineWidth(lw * self.k)
        self.c.setDash(1, 2) if dash else self.c.setDash()
        self.c.line(*self._p(x1, y1), *self._p(x2, y2))
        self.c.setDash()

    def circle(self, cx, cy, r, stroke="#000000", fill=None, lw=0.25):
        if fill:
            self.c.setFillColorRGB(*self._col(fill))
        if stroke:
            self.c.setStrokeColorRGB(*self._col(stroke))
            self.c.setLineWidth(lw * self.k)
        self.c.circle(
            *self._p(cx, cy), r * self.k, stroke=1 if stroke else 0, fill=1 if fill else 0
        )

    def image(self, im: Image.Image, x, y, w, h):
        px, py = self._p(x, y + h)
        self.c.drawImage(
            ImageReader(im.convert("RGBA")), px, py, w * self.k, h * self.k, mask="auto"
        )

    def hand(self, x, y, s, size=12, font="hand3", color="#1a2a6c", rng=None, slope=0.0):
        self.text(x, y, s, font, size, color)
        return x + self.width(s, font, size)

    def signature(self, x, y, name, size=20, color="#14246b", rng=None):
        """A pasted signature image (transparent PNG drawn with the image backend)."""
        sig = ImgPage(70, 22, 200, bg="#ffffff")
        sig.signature(3, 14, name, size, color, rng)
        im = sig.img.convert("RGBA")
        px = im.load()
        for j in range(im.height):
            for i in range(im.width):
                r, g, b, _ = px[i, j]
                if r > 200 and g > 200 and b > 200:
                    px[i, j] = (255, 255, 255, 0)
        self.image(im, x - 3, y - 14, 70, 22)


def comb(pg, x, y, n, cell=5.0, h=6.0, lw=0.2, color="#333333"):
    """A row of n comb boxes; returns the x of each cell."""
    xs = []
    for i in range(n):
        pg.rect(x + i * cell, y, cell, h, stroke=color, lw=lw)
        xs.append(x + i * cell)
    return xs


def wrap(pg, x, y, text, maxw, font="sans", size=9, lead=4.2, color="#000000"):
    """Draw a paragraph wrapped to `maxw` mm; returns the y after the last line."""
    line = ""
    for word in text.split():
        t = (line + " " + word).strip()
        if pg.width(t, font, size) > maxw and line:
            pg.text(x, y, line, font, size, color)
            y += lead
            line = word
        else:
            line = t
    if line:
        pg.text(x, y, line, font, size, color)
        y += lead
    return y
