"""Putting values on the form: handwriting, typing, AcroForm fields, signatures."""

from __future__ import annotations

import io
import math
import unicodedata

from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HAND_FONTS = {
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
}
SIG_FONTS = [
    "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
    "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
]
INKS = [Color(0.08, 0.16, 0.55), Color(0.1, 0.1, 0.12), Color(0.05, 0.25, 0.6)]
_cmaps: dict = {}


def register_hand() -> None:
    for name, path in HAND_FONTS.items():
        if name not in _cmaps:
            pdfmetrics.registerFont(TTFont("H-" + name, path))
            _cmaps[name] = set(FTFont(path).getBestCmap())


def writable(text: str, hand: str) -> str:
    """What a hand font can write: accents it lacks are dropped (as people often do)."""
    out = []
    for ch in text:
        if ord(ch) in _cmaps[hand] or ch == " ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if ord(base) in _cmaps[hand] else "")
    return "".join(out)


class Pen:
    """Draws values on a reportlab canvas either by hand or as typed text."""

    def __init__(self, c, mode, rng, hand="dkg", ink=None, typed_font="Helvetica"):
        self.c, self.mode, self.rng, self.hand = c, mode, rng, hand
        self.ink = ink or INKS[0]
        self.typed_font = typed_font

    def _hand_string(self, text, x, y, size):
        c, rng = self.c, self.rng
        font = "H-" + self.hand
        slope = rng.uniform(-0.02, 0.03)
        c.setFillColor(self.ink)
        for ch in text:
            sz = size * rng.uniform(0.92, 1.08)
            c.saveState()
            c.translate(x, y + rng.uniform(-0.7, 0.7))
            c.rotate(rng.uniform(-4, 4))
            c.setFont(font, sz)
            c.drawString(0, 0, ch)
            c.restoreState()
            x += pdfmetrics.stringWidth(ch, font, sz) * rng.uniform(0.95, 1.1)
            y += slope * sz
        c.setFillColorRGB(0, 0, 0)

    def text(self, spec, value):
        if not value:
            return
        x, y, w, h = spec["x"], spec["y"], spec["w"], spec["h"]
        if self.mode == "hand":
            size = min(h * 0.95, 13)
            font = "H-" + self.hand
            while pdfmetrics.stringWidth(value, font, size) * 1.05 > w and size > 6:
                size -= 0.5
            self._hand_string(value, x + self.rng.uniform(2, 12), y + 3, size)
        else:
            size = min(h * 0.62, 10)
            self.c.setFont(self.typed_font, size)
            self.c.drawString(x + 2, y + (h - size) / 2 + 1, value)

    def comb(self, spec, value):
        if not value:
            return
        for (bx, by, s, _), ch in zip(spec["boxes"], value):
            if self.mode == "hand":
                sz = s * self.rng.uniform(0.78, 0.92)
                font = "H-" + self.hand
                cw = pdfmetrics.stringWidth(ch, font, sz)
                self._hand_string(ch, bx + (s - cw) / 2 + self.rng.uniform(-1, 1), by + 2, sz)
            else:
                self.c.setFont(self.typed_font, s * 0.7)
                self.c.drawCentredString(bx + s / 2, by + s * 0.22, ch)

    def check(self, spec):
        x, y, s = spec["x"], spec["y"], spec["s"]
        c, rng = self.c, self.rng
        if self.mode != "hand":
            c.setFont(self.typed_font, s * 1.05)
            c.drawCentredString(x + s / 2, y + s * 0.12, "X")
            return
        c.setStrokeColor(self.ink)
        c.setLineWidth(rng.uniform(1.0, 1.5))
        c.setLineCap(1)
        j = lambda: rng.uniform(-1.2, 1.2)  # noqa: E731
        if rng.random() < 0.5:
            c.line(x - 1 + j(), y - 1 + j(), x + s + 1 + j(), y + s + 1 + j())
            c.line(x - 1 + j(), y + s + 1 + j(), x + s + 1 + j(), y - 1 + j())
        else:
            p = c.beginPath()
            p.moveTo(x + 1 + j(), y + s * 0.5 + j())
            p.lineTo(x + s * 0.4, y + 0.5)
            p.lineTo(x + s + 3 + j(), y + s + 3 + j())
            c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(1)


def signature_png(name: str, rng, ink=(20, 40, 140)) -> bytes:
    """A handwritten-looking signature: script name plus a flourish, transparent PNG."""
    wpx, hpx = 690, 234
    img = Image.new("RGBA", (wpx, hpx), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    fpath = SIG_FONTS[rng.randrange(len(SIG_FONTS))]
    size = rng.randint(70, 96)
    font = ImageFont.truetype(fpath, size)
    text = unicodedata.normalize("NFD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    while d.textlength(text, font=font) > wpx * 0.8 and size > 30:
        size -= 4
        font = ImageFont.truetype(fpath, size)
    x0 = rng.randint(20, 80)
    y0 = rng.randint(30, 70)
    layer = Image.new("RGBA", (wpx, hpx), (255, 255, 255, 0))
    ImageDraw.Draw(layer).text((x0, y0), text, font=font, fill=ink + (255,))
    layer = layer.rotate(rng.uniform(-8, 6), resample=Image.BICUBIC, center=(wpx / 2, hpx / 2))
    img.alpha_composite(layer)
    # flourish: a loose curve under / through the name
    tw = d.textlength(text, font=font)
    pts = []
    a, b = rng.uniform(0.8, 2.2), rng.uniform(8, 22)
    base = y0 + size * rng.uniform(0.9, 1.2)
    for i in range(60):
        t = i / 59
        px = x0 - 10 + t * (tw + 60)
        py = base + b * math.sin(t * math.pi * a) - 25 * t * rng.uniform(0.6, 1.0)
        pts.append((px, py))
    d.line(pts, fill=ink + (255,), width=rng.randint(3, 5), joint="curve")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def paste_signature(c, spec, png: bytes, rng):
    x, y, w, h = spec["x"], spec["y"], spec["w"], spec["h"]
    sc = rng.uniform(0.75, 0.95)
    c.drawImage(ImageReader(io.BytesIO(png)), x + rng.uniform(0, w * (1 - sc)),
                y + rng.uniform(0, h * (1 - sc)), w * sc, h * sc, mask="auto")  # fmt: skip


def stray_mark(c, spec, rng, ink):
    x, y, w, h = spec["x"], spec["y"], spec["w"], spec["h"]
    px, py = x + rng.uniform(0.2, 0.8) * w, y + rng.uniform(0.2, 0.7) * h
    c.setFillColor(ink)
    c.setStrokeColor(ink)
    if rng.random() < 0.5:
        c.circle(px, py, rng.uniform(0.9, 1.6), stroke=0, fill=1)
    else:
        c.setLineWidth(1.1)
        c.line(px, py, px + rng.uniform(3, 6), py + rng.uniform(2, 5))
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
