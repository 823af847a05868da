"""Pen strokes: handwriting with per-glyph jitter, ticks, crosses, signatures."""

from __future__ import annotations

import io
import math
import random
import unicodedata
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

from formlayout import TTF, register

HAND_FONTS = {
    "breip": TTF + "breip/Breip.ttf",
    "ecolier": TTF + "ecolier-court/Ecolier-court.ttf",
    "femke": TTF + "femkeklaver/femkeklaver.ttf",
    "dkg": TTF + "fifthhorseman/dkgIt.ttf",
    "humor": TTF + "humor-sans/Humor-Sans.ttf",
    "ruf": TTF + "rufscript/Rufscript010.ttf",
}
NO_ACCENTS = {"humor", "ruf"}

BLUE = (0.08, 0.16, 0.55)
BLACK = (0.1, 0.1, 0.12)


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


@dataclass
class Pen:
    font: str  # key of HAND_FONTS
    color: tuple
    size: float = 11.0
    slant: float = 0.12  # shear
    jitter: float = 0.6  # points
    weight: float = 0.25  # extra stroke width

    @property
    def face(self) -> str:
        return register("hand_" + self.font, HAND_FONTS[self.font])

    def clean(self, s: str) -> str:
        return strip_accents(s) if self.font in NO_ACCENTS else s


def _glyph(c, pen: Pen, ch, x, y, size, rng):
    c.saveState()
    r, g, b = pen.color
    col = Color(r, g, b, alpha=rng.uniform(0.82, 0.97))
    c.setFillColor(col)
    c.setStrokeColor(col)
    c.setLineWidth(pen.weight)
    c.translate(x + rng.gauss(0, pen.jitter * 0.4), y + rng.gauss(0, pen.jitter * 0.5))
    c.rotate(rng.gauss(0, 2.2))
    c.transform(1, 0, pen.slant, 1, 0, 0)
    t = c.beginText(0, 0)
    t.setFont(pen.face, size)
    t.setTextRenderMode(2 if pen.weight > 0 else 0)
    t.textOut(ch)
    c.drawText(t)
    c.restoreState()


def write(c, pen: Pen, text: str, x: float, y: float, rng: random.Random, size=None, max_w=None):
    """Handwrite a string starting at (x, y) baseline."""
    size = size or pen.size
    text = pen.clean(text)
    width = pdfmetrics.stringWidth(text, pen.face, size) * 1.04
    if max_w and width > max_w:
        size *= max_w / width
    drift = rng.uniform(-0.025, 0.025)
    cx = x
    for ch in text:
        s = size * rng.uniform(0.95, 1.05)
        _glyph(c, pen, ch, cx, y + (cx - x) * drift, s, rng)
        cx += pdfmetrics.stringWidth(ch, pen.face, size) * rng.uniform(0.98, 1.08)


def write_comb(c, pen: Pen, text: str, boxes, rng: random.Random):
    """One capital per comb box."""
    text = pen.clean(text.upper())
    for ch, (bx, by, bw, bh) in zip(text, boxes, strict=False):
        if ch == " ":
            continue
        size = min(bh * 0.78, pen.size * 1.05)
        w = pdfmetrics.stringWidth(ch, pen.face, size)
        _glyph(c, pen, ch, bx + (bw - w) / 2, by + bh * 0.2, size, rng)


def _stroke(c, pen: Pen, pts, width=None):
    r, g, b = pen.color
    c.setStrokeColor(Color(r, g, b, alpha=0.92))
    c.setLineWidth(width or (0.9 + pen.weight * 2))
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    c.drawPath(p, stroke=1, fill=0)


def tick(c, pen: Pen, rect, rng: random.Random, style="x"):
    x, y, w, h = rect
    j = lambda v: v + rng.gauss(0, w * 0.06)  # noqa: E731
    if style == "x":
        _stroke(
            c,
            pen,
            [
                (j(x - 1), j(y + h + 1)),
                (j(x + w * 0.55), j(y + h * 0.45)),
                (j(x + w + 1.5), j(y - 1)),
            ],
        )
        _stroke(c, pen, [(j(x + w + 1), j(y + h + 1.5)), (j(x - 1), j(y - 1.5))])
    else:
        _stroke(
            c,
            pen,
            [
                (j(x + 1), j(y + h * 0.5)),
                (j(x + w * 0.4), j(y + 0.5)),
                (j(x + w * 1.3), j(y + h * 1.45)),
            ],
        )


def stray_mark(c, pen: Pen, rect, rng: random.Random):
    """A dot or tiny tick inside the signature box: not a signature."""
    x, y, w, h = rect
    px, py = x + w * rng.uniform(0.25, 0.7), y + h * rng.uniform(0.3, 0.6)
    r, g, b = pen.color
    if rng.random() < 0.5:
        c.setFillColor(Color(r, g, b))
        c.circle(px, py, 1.3, stroke=0, fill=1)
    else:
        _stroke(c, pen, [(px, py + 2), (px + 2.5, py - 1.5), (px + 7, py + 5)])


def signature_png(name: str, font_key: str, color, rng: random.Random, scale=4):
    """A handwritten signature as an RGBA image: script name plus flourish."""
    w, h = 250 * scale, 86 * scale
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = tuple(int(v * 255) for v in color)
    words = strip_accents(name) if font_key in NO_ACCENTS else name
    font = ImageFont.truetype(HAND_FONTS[font_key], int(rng.uniform(24, 32) * scale))
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(layer).text(
        (int(w * rng.uniform(0.08, 0.2)), int(h * 0.18)), words, font=font, fill=col + (255,)
    )
    layer = layer.transform(
        layer.size,
        Image.AFFINE,
        (1, rng.uniform(0.25, 0.5), -h * 0.2, 0, 1, 0),
        resample=Image.BICUBIC,
    )
    layer = layer.rotate(rng.uniform(-9, 4), resample=Image.BICUBIC)
    bbox = layer.getbbox() or (40, 40, w - 40, h - 40)
    # flourish: a looping underline swept from the end of the name
    n = 60
    x0, x1 = bbox[0] - 10 * scale, min(w - 8, bbox[2] + 25 * scale)
    ybase = min(h - 12 * scale, bbox[3] + 2 * scale)
    amp = rng.uniform(4, 9) * scale
    freq = rng.uniform(1.3, 2.6)
    pts = []
    for i in range(n + 1):
        t = i / n
        xx = x1 - (x1 - x0) * t
        yy = ybase - amp * math.sin(t * math.pi * freq) - t * rng.uniform(0, 1) * scale
        pts.append((xx, yy))
    d2 = ImageDraw.Draw(layer)
    d2.line(pts, fill=col + (235,), width=int(rng.uniform(1.4, 2.4) * scale), joint="curve")
    if rng.random() < 0.6:
        cx = bbox[0] + (bbox[2] - bbox[0]) * rng.uniform(0.3, 0.7)
        d2.line(
            [(cx, ybase + 4 * scale), (cx + 30 * scale, bbox[1] + 6 * scale)],
            fill=col + (220,),
            width=int(1.5 * scale),
        )
    del d
    return layer.filter(ImageFilter.GaussianBlur(0.6))


def draw_signature(c, sig: Image.Image, rect):
    x, y, w, h = rect
    buf = io.BytesIO()
    sig.save(buf, "PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), x + 2, y + 2, w - 4, h - 4, mask="auto")
