"""Pen-like handwriting, ticks and signatures drawn with reportlab (and a PIL signature image)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HAND_FONTS = {
    "Breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "Ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "DkgIt": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
    "Humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "Ruf": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
}
INKS = {
    "blue": (0.08, 0.17, 0.62),
    "darkblue": (0.05, 0.1, 0.4),
    "black": (0.08, 0.08, 0.1),
    "bic": (0.12, 0.22, 0.7),
}


def register_hand_fonts() -> None:
    names = pdfmetrics.getRegisteredFontNames()
    for name, path in HAND_FONTS.items():
        if name not in names:
            pdfmetrics.registerFont(TTFont(name, path))


@dataclass
class Pen:
    font: str
    ink: tuple
    width: float  # stroke width added around the glyphs (pen thickness)
    slant: float  # radians
    jitter: float  # points
    size: float
    rng: random.Random

    @classmethod
    def random(cls, rng: random.Random, font=None, ink=None) -> Pen:
        return cls(
            font=font or rng.choice(list(HAND_FONTS)),
            ink=INKS[ink or rng.choice(["blue", "black", "bic", "darkblue"])],
            width=rng.uniform(0.15, 0.55),
            slant=rng.uniform(-0.05, 0.22),
            jitter=rng.uniform(0.3, 0.9),
            size=rng.uniform(10.5, 12.5),
            rng=rng,
        )


def _setink(c, pen: Pen, alpha=1.0):
    col = Color(*pen.ink, alpha=alpha)
    c.setFillColor(col)
    c.setStrokeColor(col)


def glyph(c, pen: Pen, x, y, ch, size):
    r = pen.rng
    c.saveState()
    c.translate(x + r.uniform(-1, 1) * pen.jitter * 0.5, y + r.uniform(-1, 1) * pen.jitter)
    c.rotate(math.degrees(r.uniform(-0.06, 0.06)))
    c.transform(1, 0, math.tan(pen.slant), 1, 0, 0)
    _setink(c, pen)
    t = c.beginText()
    t.setTextRenderMode(2)
    c.setLineWidth(pen.width * r.uniform(0.8, 1.2))
    t.setFont(pen.font, size * r.uniform(0.95, 1.05))
    t.setTextOrigin(0, 0)
    t.textOut(ch)
    c.drawText(t)
    c.restoreState()


def write(c, pen: Pen, x, y, text, size=None, max_w=None):
    """Writes text glyph by glyph with jitter; shrinks to fit max_w. Returns end x."""
    size = size or pen.size
    w = pdfmetrics.stringWidth(text, pen.font, size) * 1.04
    if max_w and w > max_w:
        size *= max_w / w
    r = pen.rng
    base_dy = 0.0
    drift = r.uniform(-0.04, 0.04)
    for ch in text:
        adv = pdfmetrics.stringWidth(ch, pen.font, size)
        if ch != " ":
            glyph(c, pen, x, y + base_dy, ch, size)
        x += adv * r.uniform(0.98, 1.08)
        base_dy += drift * adv * 0.3
    return x


def write_comb(c, pen: Pen, field: dict, text: str):
    cell = field["cell"]
    size = min(pen.size * 1.05, cell * 0.95)
    for i, ch in enumerate(text[: field["n"]]):
        cw = pdfmetrics.stringWidth(ch, pen.font, size)
        cx = field["x"] + i * cell + (cell - cw) / 2
        glyph(c, pen, cx, field["y"] + field["h"] * 0.22, ch, size)


def tick(c, pen: Pen, field: dict, style="cross"):
    r = pen.rng
    x, y, s = field["x"], field["y"], field["w"]
    _setink(c, pen)
    c.setLineWidth(pen.width + r.uniform(0.9, 1.4))
    c.setLineCap(1)
    if style == "cross":
        e = s * 0.15
        c.line(x + e + r.uniform(-1, 1), y + s - e, x + s - e, y + e + r.uniform(-1, 1))
        c.line(x + e, y + e + r.uniform(-1, 1), x + s - e + r.uniform(-1, 1), y + s - e)
    else:  # check mark, often overshooting the box
        p = c.beginPath()
        p.moveTo(x + s * 0.1, y + s * 0.5)
        p.lineTo(x + s * 0.4, y + s * 0.05 + r.uniform(-1, 1))
        p.curveTo(x + s * 0.7, y + s * 0.7, x + s * 1.0, y + s * 1.1, x + s * 1.4, y + s * 1.45)
        c.drawPath(p, stroke=1, fill=0)


def flourish(c, pen: Pen, x, y, w, h):
    """A loop-and-underline flourish in a w x h region starting at (x, y)."""
    r = pen.rng
    _setink(c, pen)
    c.setLineWidth(pen.width + r.uniform(0.6, 1.1))
    c.setLineCap(1)
    p = c.beginPath()
    p.moveTo(x, y + h * r.uniform(0.1, 0.4))
    p.curveTo(x + w * 0.3, y - h * 0.3, x + w * 0.6, y + h * r.uniform(0.2, 0.6), x + w * 0.75, y)
    p.curveTo(
        x + w * 0.9,
        y - h * 0.3,
        x + w * 0.5,
        y - h * 0.35,
        x + w * 1.05,
        y + h * r.uniform(-0.1, 0.2),
    )
    c.drawPath(p, stroke=1, fill=0)


def signature(c, pen: Pen, box: dict, given: str, surname: str, style: int):
    """Handwritten signature in the box: script name and/or flourish."""
    r = pen.rng
    bx, by, bw, bh = box["x"], box["y"], box["w"], box["h"]
    x = bx + bw * r.uniform(0.12, 0.3)
    y = by + bh * r.uniform(0.3, 0.45)
    sp = Pen(
        pen.font, pen.ink, pen.width + 0.3, pen.slant + 0.25, pen.jitter * 0.5, r.uniform(20, 26), r
    )
    if style == 0:
        text = f"{given[0]}. {surname.split()[0].capitalize()}"
    elif style == 1:
        text = surname.split()[0].capitalize()
    else:
        text = f"{given.split()[0].split('-')[0].capitalize()} {surname.split()[0][:1]}."
    end = write(c, sp, x, y, text, max_w=bw * 0.6)
    flourish(c, sp, x - 6, y - 6, max(end - x + 20, 60), 14 + 6 * style)


def stray_mark(c, pen: Pen, box: dict, kind: str):
    r = pen.rng
    x = box["x"] + box["w"] * r.uniform(0.3, 0.7)
    y = box["y"] + box["h"] * r.uniform(0.3, 0.6)
    _setink(c, pen)
    if kind == "dot":
        c.circle(x, y, r.uniform(1.0, 1.6), stroke=0, fill=1)
    else:
        c.setLineWidth(pen.width + 0.9)
        c.setLineCap(1)
        c.line(x, y, x + 3, y - 4)
        c.line(x + 3, y - 4, x + 9, y + 5)


def signature_png(rng: random.Random, given: str, surname: str, font: str, ink: str) -> Image:
    """A scanned-and-cropped handwritten signature (RGBA PNG) to paste in a PDF."""
    W, H = 700, 260
    im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    col = tuple(int(v * 255) for v in INKS[ink]) + (255,)
    f = ImageFont.truetype(HAND_FONTS[font], rng.randint(86, 104))
    name = surname.split()[0].capitalize() if rng.random() < 0.6 else f"{given[0]}.{surname[:5]}"
    x = 40
    for ch in name:
        d.text((x, 50 + rng.randint(-6, 6)), ch, font=f, fill=col, stroke_width=2, stroke_fill=col)
        x += int(d.textlength(ch, font=f) * rng.uniform(0.85, 0.98))
    # flourish as a sampled cubic
    pts = []
    p0, p1 = (20, 190), (x * 0.4, 250)
    p2, p3 = (x * 0.8, 120), (min(x + 60, W - 10), 175 + rng.randint(-20, 20))
    for i in range(60):
        t = i / 59
        a, b, cc, dd = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        pts.append(
            (
                a * p0[0] + b * p1[0] + cc * p2[0] + dd * p3[0],
                a * p0[1] + b * p1[1] + cc * p2[1] + dd * p3[1],
            )
        )
    d.line(pts, fill=col, width=6, joint="curve")
    im = im.rotate(rng.uniform(-6, 8), resample=Image.BICUBIC, expand=False)
    return im.crop(im.getbbox())
