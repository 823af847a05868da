"""Pen work: handwriting from TTF glyphs with per-glyph jitter, ticks, signatures as strokes."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HAND_FONTS = {
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "dkg_it": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
}

INKS = {
    "blue": (0.09, 0.16, 0.55),
    "black": (0.10, 0.10, 0.12),
    "navy": (0.12, 0.12, 0.35),
    "bic": (0.16, 0.24, 0.66),
}


def register_hand_fonts() -> None:
    for name, path in HAND_FONTS.items():
        if f"hand_{name}" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(f"hand_{name}", path))


class Hand:
    """One writer: a font, an ink, a slant and how shaky the hand is."""

    def __init__(self, font: str, ink: str, rng: random.Random, capitals: bool):
        self.font = f"hand_{font}"
        self.color = INKS[ink]
        self.slant = rng.uniform(-4.0, 9.0)
        self.shake = rng.uniform(0.4, 1.0)
        self.spacing = rng.uniform(0.0, 0.08)
        self.capitals = capitals
        self.rng = rng
        # stroke the glyph outline too: a ballpoint line is thicker than a thin script font
        self.weight = rng.uniform(0.45, 0.75) if font == "ecolier" else rng.uniform(0.1, 0.4)

    def _glyph(self, c, ch: str, x: float, y: float, size: float) -> None:
        r = self.rng
        c.saveState()
        c.translate(x + r.uniform(-0.4, 0.4) * self.shake, y + r.uniform(-0.8, 0.8) * self.shake)
        c.rotate(r.uniform(-3.5, 3.5) * self.shake)
        c.transform(1, 0, math.tan(math.radians(self.slant)), 1, 0, 0)
        c.setFillColorRGB(*self.color)
        c.setStrokeColorRGB(*self.color)
        c.setLineWidth(self.weight * r.uniform(0.85, 1.15))
        c.setLineJoin(1)
        t = c.beginText(0, 0)
        t.setTextRenderMode(2)
        t.setFont(self.font, size * r.uniform(0.94, 1.06))
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()

    def width(self, text: str, size: float) -> float:
        w = pdfmetrics.stringWidth(text, self.font, size)
        return w * (1 + self.spacing)

    def write(self, c, text: str, x: float, y: float, size: float, maxw: float | None = None):
        """Write text on a line from (x, baseline y); shrink to fit maxw. Returns end x."""
        if maxw is not None:
            while size > 6 and self.width(text, size) > maxw:
                size -= 0.5
            assert self.width(text, size) <= maxw + 0.5, text
        y += self.rng.uniform(-0.6, 0.6)
        drift = self.rng.uniform(-0.012, 0.012)
        x0 = x
        for ch in text:
            w = pdfmetrics.stringWidth(ch, self.font, size)
            if ch != " ":
                self._glyph(c, ch, x, y + (x - x0) * drift, size)
            x += w * (1 + self.spacing)
        return x

    def comb(self, c, text: str, cells: list[tuple[float, float, float, float]]) -> None:
        """One capital per comb cell, centred with jitter."""
        assert len(text) <= len(cells), (text, len(cells))
        for ch, (x, y, w, h) in zip(text, cells, strict=False):
            if ch == " ":
                continue
            size = h * self.rng.uniform(0.68, 0.8)
            gw = pdfmetrics.stringWidth(ch, self.font, size)
            self._glyph(c, ch, x + (w - gw) / 2, y + h * 0.2, size)


def tick(c, x: float, y: float, s: float, rng: random.Random, color, style: str) -> None:
    """A cross or a check mark drawn in the box (x, y, size s)."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(rng.uniform(0.9, 1.4))
    c.setLineCap(1)
    c.setLineJoin(1)
    j = lambda: rng.uniform(-0.08, 0.08) * s  # noqa: E731
    if style == "cross":
        c.line(x + 0.15 * s + j(), y + 0.15 * s + j(), x + 0.88 * s + j(), y + 0.9 * s + j())
        c.line(x + 0.18 * s + j(), y + 0.86 * s + j(), x + 0.85 * s + j(), y + 0.12 * s + j())
    else:
        p = c.beginPath()
        p.moveTo(x + 0.12 * s + j(), y + 0.5 * s + j())
        p.lineTo(x + 0.4 * s + j(), y + 0.12 * s + j())
        p.lineTo(x + 1.05 * s + j(), y + 1.1 * s + j())
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def signature_strokes(name: str, rng: random.Random) -> list[list[tuple[float, float]]]:
    """Strokes of a handwritten signature in a unit box (x 0..1, y 0..0.45)."""
    strokes = []
    # initial: a tall loop, like a capital
    cx, cy = 0.08, 0.22
    r = rng.uniform(0.07, 0.11)
    pts = []
    turns = rng.uniform(1.1, 1.6)
    for i in range(60):
        t = i / 59 * turns * 2 * math.pi
        rr = r * (1 - 0.25 * i / 59)
        pts.append((cx + rr * 0.7 * math.sin(t), cy + rr * 1.5 * math.cos(t) * 0.9))
    strokes.append(pts)
    # the body: letters as humps of varied width and height, some looped (l, e, h...)
    n = max(4, min(11, len(name.replace(" ", "")) // 2 + rng.randint(-1, 2)))
    x = cx + r * 0.5
    base = 0.12
    body = []
    for _ in range(n):
        wj = rng.uniform(0.045, 0.085)
        hj = rng.uniform(0.15, 0.24) if rng.random() < 0.25 else rng.uniform(0.05, 0.09)
        lj = wj * rng.uniform(0.15, 0.45) if hj > 0.12 else wj * rng.uniform(0.0, 0.2)
        for k in range(18):
            u = k / 18
            body.append(
                (
                    x + wj * u - lj * math.sin(2 * math.pi * u),
                    base + hj * math.sin(math.pi * u) ** 1.4 + rng.uniform(-0.002, 0.002),
                )
            )
        x += wj
        base += rng.uniform(-0.012, 0.008)
    body.append((x, base))
    strokes.append(body)
    end = body[-1]
    # flourish: a swoosh back under the name
    style = rng.choice(["under", "cross", "tail"])
    fl = []
    if style == "under":
        for i in range(40):
            t = i / 39
            fl.append(
                (end[0] - t * (end[0] - 0.05), 0.09 - 0.05 * math.sin(t * math.pi) + 0.02 * t)
            )
    elif style == "cross":
        for i in range(30):
            t = i / 29
            fl.append((0.02 + t * (end[0] + 0.05), 0.12 + 0.12 * t + 0.03 * math.sin(t * 6)))
    else:
        for i in range(30):
            t = i / 29
            fl.append((end[0] + 0.12 * t, end[1] + 0.08 * math.sin(t * math.pi) - 0.05 * t))
    strokes.append(fl)
    if rng.random() < 0.5:  # a dot or a short dash
        strokes.append([(end[0] * 0.6, 0.33), (end[0] * 0.6 + 0.02, 0.335)])
    shear = rng.uniform(0.05, 0.45)
    return [[(px + py * shear, py) for px, py in st] for st in strokes]


def draw_signature(c, name: str, box, rng: random.Random, color) -> None:
    """Draw signature strokes in box (x, y, w, h) on a reportlab canvas."""
    x, y, w, h = box
    rot = math.radians(rng.uniform(-6, 8))
    cr, sr = math.cos(rot), math.sin(rot)
    strokes = [
        [(px * cr - py * sr, px * sr + py * cr) for px, py in st]
        for st in signature_strokes(name, rng)
    ]
    xs = [p[0] for st in strokes for p in st]
    ys = [p[1] for st in strokes for p in st]
    bw, bh = max(xs) - min(xs), max(ys) - min(ys)
    sc = min(w * rng.uniform(0.45, 0.8) / bw, h * 0.85 / bh)
    ox = x - min(xs) * sc + rng.uniform(0.02, 0.98) * (w - bw * sc)
    oy = y - min(ys) * sc + rng.uniform(0.05, 0.95) * (h - bh * sc)
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    for st in strokes:
        c.setLineWidth(rng.uniform(0.7, 1.3))
        p = c.beginPath()
        p.moveTo(ox + st[0][0] * sc, oy + st[0][1] * sc)
        for px, py in st[1:]:
            p.lineTo(ox + px * sc, oy + py * sc)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def signature_png(name: str, rng: random.Random, color, size=(600, 240)) -> bytes:
    """A scanned-and-cropped signature as a transparent PNG (pasted into a fillable PDF)."""
    ss = 3
    w, h = size
    im = Image.new("RGBA", (w * ss, h * ss), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    strokes = signature_strokes(name, rng)
    x0 = min(p[0] for s in strokes for p in s)
    y0 = min(p[1] for s in strokes for p in s)
    bw = max(p[0] for s in strokes for p in s) - x0
    bh = max(p[1] for s in strokes for p in s) - y0
    sc = min(w * ss * 0.9 / bw, h * ss * 0.9 / bh)
    rgb = tuple(int(v * 255) for v in color)
    for s in strokes:
        lw = int(rng.uniform(2.2, 3.6) * ss)
        pts = [
            ((px - x0) * sc + 0.05 * w * ss, h * ss - ((py - y0) * sc + 0.05 * h * ss))
            for px, py in s
        ]
        d.line(pts, fill=rgb + (255,), width=lw, joint="curve")
    im = im.resize((w, h), Image.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def stray_mark(c, box, rng: random.Random, color) -> None:
    """A dot or a tiny tick left in the signature box, no signature."""
    x, y, w, h = box
    px, py = x + rng.uniform(0.2, 0.7) * w, y + rng.uniform(0.2, 0.5) * h
    c.saveState()
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    if rng.random() < 0.5:
        c.circle(px, py, rng.uniform(0.8, 1.4), stroke=0, fill=1)
    else:
        c.setLineWidth(1.0)
        c.setLineCap(1)
        c.line(px, py, px + 3, py - 2.5)
        c.line(px + 3, py - 2.5, px + 8, py + 5)
    c.restoreState()
