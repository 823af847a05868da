"""Handwriting (glyph by glyph with jitter), pen ticks, pen signatures and typed values."""

from __future__ import annotations

import logging
import math

import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TTF = "/usr/share/fonts/truetype"
HAND_FONTS = {
    "H-Breip": f"{TTF}/breip/Breip.ttf",
    "H-Dkg": f"{TTF}/fifthhorseman/dkg.ttf",
    "H-Ecolier": f"{TTF}/ecolier-court/Ecolier-court.ttf",
}
FONT_SCALE = {"H-Breip": 1.0, "H-Dkg": 1.0, "H-Ecolier": 1.45}
_CMAPS: dict[str, set] = {}
logging.getLogger("fontTools").setLevel(logging.ERROR)
INKS = {
    "blue": (0.09, 0.16, 0.52),
    "black": (0.08, 0.08, 0.1),
    "bic": (0.12, 0.2, 0.62),
}


def register_hand_fonts() -> None:
    for name, path in HAND_FONTS.items():
        if name not in _CMAPS:
            pdfmetrics.registerFont(TTFont(name, path))
            _CMAPS[name] = set(FTFont(path).getBestCmap())


def pen_stroke(c, pts, width, color, rng, taper=True):
    """A polyline drawn as short segments whose width varies like pen pressure."""
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    n = len(pts)
    phase = rng.uniform(0, 6.28)
    for i in range(n - 1):
        t = i / max(1, n - 2)
        press = 0.75 + 0.25 * math.sin(phase + 7 * t) + rng.uniform(-0.05, 0.05)
        if taper:
            press *= min(1.0, 0.35 + 3 * t, 0.35 + 3 * (1 - t))
        c.setLineWidth(max(0.25, width * press))
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        c.line(x0, y0, x1, y1)


def _catmull(points, per=10):
    pts = [points[0]] + list(points) + [points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = (np.array(p, float) for p in pts[i - 1 : i + 3])
        for k in range(per):
            t = k / per
            t2, t3 = t * t, t * t * t
            q = 0.5 * (
                2 * p1
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t3
            )
            out.append((float(q[0]), float(q[1])))
    out.append(tuple(points[-1]))
    return out


CAPITALS = [
    [(0.0, 0.08), (0.05, 0.43), (0.13, 0.36), (0.06, 0.2), (0.17, 0.16)],
    [(0.0, 0.05), (0.03, 0.4), (0.07, 0.12), (0.11, 0.42), (0.15, 0.08)],
    [(0.12, 0.35), (0.05, 0.42), (0.0, 0.25), (0.05, 0.06), (0.14, 0.1), (0.16, 0.25)],
    [(0.14, 0.4), (0.05, 0.38), (0.05, 0.27), (0.12, 0.2), (0.13, 0.08), (0.02, 0.06)],
    [(0.02, 0.4), (0.15, 0.42), (0.1, 0.4), (0.09, 0.05), (0.02, 0.02), (0.0, 0.1)],
    [(0.04, 0.02), (0.06, 0.44), (0.02, 0.3), (0.16, 0.3), (0.12, 0.05)],
]


def signature_strokes(rng, style=None):
    """Unit-box signature (x in 0..1, y in 0..0.5) as a list of polylines."""
    style = style or rng.choice(["loops", "angular", "initials"])
    strokes = []
    # capital initial, from one of a few letter-like templates
    x0 = rng.uniform(0.02, 0.08)
    tpl = rng.choice(CAPITALS)
    cap = [(x0 + px + rng.uniform(-0.015, 0.015), py + rng.uniform(-0.02, 0.02)) for px, py in tpl]
    strokes.append(_catmull(cap, 12))
    if style == "initials":
        x1 = x0 + rng.uniform(0.2, 0.26)
        second = [
            (x1, 0.08),
            (x1 + 0.03, 0.42),
            (x1 + 0.1, 0.12),
            (x1 + 0.16, 0.4),
            (x1 + 0.2, 0.06),
        ]
        strokes.append(_catmull(second, 10))
        body_start = x1 + 0.24
    else:
        body_start = x0 + rng.uniform(0.16, 0.22)
    # cursive body: a trochoid (loops when r > k, waves when r < k) with letter heights
    end = rng.uniform(0.72, 0.92)
    base = rng.uniform(0.1, 0.16)
    n = rng.randint(5, 9)
    k = (end - body_start) / (2 * math.pi * n)
    r = k * (rng.uniform(1.4, 2.2) if style == "loops" else rng.uniform(0.3, 0.7))
    heights = [
        rng.uniform(0.16, 0.26) if rng.random() < 0.3 else rng.uniform(0.05, 0.1)
        for _ in range(n + 1)
    ]
    body = []
    steps = n * 24
    for i in range(steps + 1):
        t = 2 * math.pi * n * i / steps
        li = int(t / (2 * math.pi))
        amp = heights[li]
        body.append(
            (
                body_start + k * t - r * math.sin(t),
                base + amp * (0.5 - 0.5 * math.cos(t)) + 0.01 * math.sin(t * 0.37),
            )
        )
        base += rng.uniform(-0.0006, 0.0009)
    strokes.append(body)
    # flourish: underline back to the start, slash, end curl, or nothing
    kind = rng.choice(["under", "under", "slash", "curl", "none"])
    if kind == "under":
        fl = [
            (end + rng.uniform(-0.02, 0.05), base + rng.uniform(0.0, 0.08)),
            (end - 0.2, rng.uniform(0.0, 0.05)),
            (rng.uniform(0.1, 0.3), rng.uniform(0.01, 0.06)),
            (rng.uniform(0.0, 0.12), rng.uniform(0.06, 0.12)),
        ]
        strokes.append(_catmull(fl, 14))
    elif kind == "slash":
        sx0 = rng.uniform(0.2, 0.4)
        strokes.append(_catmull([(sx0, 0.02), (sx0 + 0.2, 0.18), (sx0 + 0.45, 0.36)], 10))
    elif kind == "curl":
        cx, cy, rr = end + 0.03, base + 0.1, rng.uniform(0.04, 0.07)
        strokes[-1] = strokes[-1] + [
            (cx + rr * math.cos(a), cy + rr * math.sin(a))
            for a in [-1.6 + 0.3 * i for i in range(24)]
        ]
    if rng.random() < 0.4:
        dx = rng.uniform(0.3, 0.7)
        strokes.append([(dx, 0.34), (dx + 0.01, 0.345)])
    return strokes


def draw_signature(c, rect, rng, color, width=1.3, style=None):
    x, y, w, h = rect
    strokes = signature_strokes(rng, style)
    sx = min(w * rng.uniform(0.62, 0.85), h * 0.82 / 0.5)
    ox = x + rng.uniform(0.04, 0.3) * (w - sx)
    oy = y + rng.uniform(0.04, 0.1) * h + 0.03 * sx
    ang = math.radians(rng.uniform(-7, 7))
    ca, sa = math.cos(ang), math.sin(ang)
    for s in strokes:
        pts = [(ox + (px * ca - py * sa) * sx, oy + (px * sa + py * ca) * sx) for px, py in s]
        pen_stroke(c, pts, width, color, rng)


def signature_png(path, rng, color, px_w=900):
    """A scanned-and-cleaned signature image (RGBA), to paste into a fillable PDF."""
    sc = 3
    W, Hh = px_w * sc, int(px_w * 0.5) * sc
    im = Image.new("L", (W, Hh), 0)
    d = ImageDraw.Draw(im)
    for s in signature_strokes(rng):
        pts = [(5 * sc + px * (W - 10 * sc), Hh - (8 * sc + py * (W - 10 * sc))) for px, py in s]
        n = len(pts)
        for i in range(n - 1):
            t = i / max(1, n - 2)
            wd = int(sc * (4 + 3 * math.sin(6 * t)) * min(1.0, 0.4 + 3 * t, 0.4 + 3 * (1 - t)))
            d.line([pts[i], pts[i + 1]], fill=255, width=max(2, wd), joint="curve")
    im = im.resize((W // sc, Hh // sc), Image.LANCZOS)
    rgb = tuple(int(255 * v) for v in color)
    out = Image.new("RGBA", im.size, rgb + (0,))
    out.putalpha(im)
    out.save(path, "PNG")


class Hand:
    """One writer: a handwriting font, an ink, habits (size, slant, spacing)."""

    def __init__(self, rng, font=None, ink=None):
        self.rng = rng
        self.font = font or rng.choice(list(HAND_FONTS))
        self.color = INKS[ink or rng.choice(list(INKS))]
        self.size = rng.uniform(0.95, 1.12)
        self.slant = rng.uniform(-3, 4)
        self.track = rng.uniform(-0.02, 0.08)

    def _font_for(self, ch):
        if self.font == "H-Ecolier" and ch.isupper():
            return "H-Breip"  # block capitals even for a cursive writer
        if ord(ch) in _CMAPS[self.font]:
            return self.font
        return "H-Breip" if ord(ch) in _CMAPS["H-Breip"] else "DejaVu"

    def _glyph(self, c, x, y, ch, size):
        r = self.rng
        font = self._font_for(ch)
        s = size * r.uniform(0.93, 1.07) * FONT_SCALE.get(font, 1.0)
        c.saveState()
        c.translate(x + r.gauss(0, 0.25), y + r.gauss(0, 0.45))
        c.rotate(r.gauss(0, 2.5) - self.slant)
        c.setFillColorRGB(*self.color)
        c.setStrokeColorRGB(*self.color)
        c.setLineWidth(0.18)
        t = c.beginText(0, 0)
        t.setTextRenderMode(2)
        t.setFont(font, s)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()
        return pdfmetrics.stringWidth(ch, font, s)

    def text_width(self, txt, size):
        total = 0.0
        for ch in txt:
            font = self._font_for(ch)
            total += pdfmetrics.stringWidth(ch, font, size * FONT_SCALE.get(font, 1.0))
        return total * (1 + self.track)

    def write(self, c, x, y, txt, size=11, max_w=None):
        size *= self.size
        if max_w and self.text_width(txt, size) > max_w:
            size *= max_w / self.text_width(txt, size)
        drift = self.rng.uniform(-0.02, 0.025)
        x0 = x
        for ch in txt:
            if ch == " ":
                x += pdfmetrics.stringWidth(" ", self.font, size) * self.rng.uniform(1.0, 1.5)
                continue
            w = self._glyph(c, x, y + (x - x0) * drift, ch, size)
            x += w * (1 + self.track) + self.rng.gauss(0, 0.25)
        return x

    def write_field(self, c, f, txt, size=12):
        x, y, w, h = f["rect"]
        base = y + max(3, h * 0.3)
        self.write(c, x + self.rng.uniform(2, 9), base, txt, min(size, h * 0.85), max_w=w - 10)

    def write_comb(self, c, f, txt):
        for ch, (bx, by, bw, bh) in zip(txt, f["boxes"], strict=False):
            if ch == " ":
                continue
            size = bh * 0.72 * self.size
            font = self._font_for(ch)
            cw = pdfmetrics.stringWidth(ch, font, size * FONT_SCALE.get(font, 1.0))
            self._glyph(c, bx + (bw - cw) / 2, by + bh * 0.18, ch, size)

    def tick(self, c, f, kind=None):
        x, y, w, h = f["box"]
        r = self.rng
        kind = kind or r.choice(["x", "x", "v"])
        j = lambda v: v + r.gauss(0, 0.5)  # noqa: E731
        if kind == "x":
            pen_stroke(
                c,
                [
                    (j(x - 0.5), j(y + h + 0.5)),
                    (j(x + w * 0.5), j(y + h * 0.5)),
                    (j(x + w + 0.8), j(y - 0.6)),
                ],
                1.1,
                self.color,
                r,
                taper=False,
            )
            pen_stroke(
                c,
                [(j(x + w + 0.5), j(y + h + 0.8)), (j(x - 0.6), j(y - 0.4))],
                1.1,
                self.color,
                r,
                taper=False,
            )
        else:
            pen_stroke(
                c,
                [
                    (j(x + 1), j(y + h * 0.55)),
                    (j(x + w * 0.4), j(y + 0.5)),
                    (j(x + w * 1.2), j(y + h * 1.5)),
                ],
                1.2,
                self.color,
                r,
                taper=False,
            )

    def stray(self, c, rect):
        x, y, w, h = rect
        r = self.rng
        px, py = x + w * r.uniform(0.2, 0.8), y + h * r.uniform(0.2, 0.7)
        if r.random() < 0.5:
            c.setFillColorRGB(*self.color)
            c.circle(px, py, r.uniform(0.8, 1.3), stroke=0, fill=1)
        else:
            pen_stroke(
                c,
                [(px, py), (px + 2.5, py - 2.5), (px + 7, py + 4)],
                0.9,
                self.color,
                r,
                taper=False,
            )


class Typer:
    """Values typed on a computer before printing."""

    def __init__(self, rng):
        self.rng = rng
        self.font = rng.choice(["LibSans", "Mono", "DejaVu", "Carlito"])
        self.size = rng.uniform(9.5, 11)
        self.dx = rng.uniform(-2, 4)
        self.dy = rng.uniform(-1, 1.5)

    def write_field(self, c, f, txt, size=None):
        x, y, w, h = f["rect"]
        s = size or self.size
        s = min(s, h * 0.8)
        while pdfmetrics.stringWidth(txt, self.font, s) > w - 6 and s > 5:
            s -= 0.3
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont(self.font, s)
        c.drawString(x + 3 + self.dx, y + (h - s * 0.7) / 2 + self.dy * 0.4, txt)

    def write_comb(self, c, f, txt):
        c.setFillColorRGB(0.05, 0.05, 0.05)
        for ch, (bx, by, bw, bh) in zip(txt, f["boxes"], strict=False):
            s = min(self.size + 1, bh * 0.8)
            c.setFont(self.font, s)
            cw = pdfmetrics.stringWidth(ch, self.font, s)
            c.drawString(bx + (bw - cw) / 2, by + (bh - s * 0.7) / 2, ch)

    def tick(self, c, f, kind=None):
        x, y, w, h = f["box"]
        s = h * 1.05
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont(self.font, s)
        cw = pdfmetrics.stringWidth("X", self.font, s)
        c.drawString(x + (w - cw) / 2, y + h * 0.13, "X")
