"""Pen-like ink on a reportlab canvas: handwriting from fonts with per-glyph jitter,
ticks, crosses, signatures as variable-width strokes, and stray marks."""

from __future__ import annotations

import math
import unicodedata

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HAND_DIR = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "breip": "breip/Breip.ttf",
    "dkg": "fifthhorseman/dkg.ttf",
    "dkg_it": "fifthhorseman/dkgIt.ttf",
    "dkg_bd": "fifthhorseman/dkgBd.ttf",
    "ecolier": "ecolier-court/Ecolier-court.ttf",
    "humor": "humor-sans/Humor-Sans.ttf",
    "ruf": "rufscript/Rufscript010.ttf",
}
# the fonts' glyphs differ a lot in size for one point size: bring them to a common x-height
FONT_SCALE = {
    "breip": 1.25,
    "dkg": 1.0,
    "dkg_it": 1.0,
    "dkg_bd": 1.0,
    "ecolier": 1.75,
    "humor": 0.95,
    "ruf": 1.05,
}
_CMAPS: dict[str, set[int]] = {}

INKS = {
    "blue": (0.07, 0.13, 0.45),
    "black": (0.09, 0.09, 0.12),
    "blue_gel": (0.05, 0.18, 0.62),
}


def register_hand_fonts() -> None:
    for name, rel in HAND_FONTS.items():
        key = "H_" + name
        if key in _CMAPS:
            continue
        font = TTFont(key, HAND_DIR + rel)
        pdfmetrics.registerFont(font)
        _CMAPS[key] = set(font.face.charToGlyph)


class Hand:
    """One writer: a font, an ink, a size, a slant and a shaky hand."""

    def __init__(self, rng, font="breip", ink="blue", size=11.0, slant=0.0, shake=1.0):
        register_hand_fonts()
        self.rng = rng
        self.font = "H_" + font
        self.scale = FONT_SCALE[font]
        self.ink = INKS[ink]
        self.size = size
        self.slant = slant
        self.shake = shake

    # -- low level ---------------------------------------------------------------------
    def _stroke_line(self, c, pts, width):
        c.setStrokeColorRGB(*self.ink)
        c.setLineWidth(width)
        c.setLineCap(1)
        c.setLineJoin(1)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        c.drawPath(p, stroke=1, fill=0)

    def _accent(self, c, x, y, w, size, mark):
        r = self.rng
        top = y + size * (0.95 if mark != "cedil" else -0.05)
        cx = x + w / 2 + r.uniform(-0.5, 0.5)
        lw = size * 0.07
        if mark == "acute":
            self._stroke_line(
                c, [(cx - size * 0.08, top), (cx + size * 0.12, top + size * 0.18)], lw
            )
        elif mark == "grave":
            self._stroke_line(
                c, [(cx - size * 0.12, top + size * 0.18), (cx + size * 0.08, top)], lw
            )
        elif mark == "circ":
            s = size * 0.13
            self._stroke_line(c, [(cx - s, top), (cx, top + s), (cx + s, top)], lw)
        elif mark == "diaer":
            for dx in (-size * 0.12, size * 0.12):
                self._stroke_line(c, [(cx + dx, top + 2), (cx + dx + 0.3, top + 2.4)], lw * 1.4)
        elif mark == "tilde":
            s = size * 0.14
            pts = [(cx - s + i * s / 4, top + 1.5 + math.sin(i * 1.1) * 1.3) for i in range(9)]
            self._stroke_line(c, pts, lw)
        elif mark == "cedil":
            self._stroke_line(
                c, [(cx, top), (cx + size * 0.08, top - size * 0.12), (cx - 0.8, top - 3)], lw
            )

    # -- glyphs ------------------------------------------------------------------------
    def glyph(self, c, ch, x, y, size=None, rot=None):
        """Draw one character at (x, y); returns its advance."""
        r = self.rng
        size = (size or self.size) * self.scale * (1 + r.uniform(-0.07, 0.07) * self.shake)
        rot = r.uniform(-4, 4) * self.shake if rot is None else rot
        if ch == " ":
            return size * r.uniform(0.32, 0.45)
        if ch in "'’":
            lw = size * 0.07
            self._stroke_line(c, [(x + 1.2, y + size * 0.72), (x + 0.4, y + size * 0.52)], lw)
            return size * 0.25
        cmap = _CMAPS[self.font]
        mark = None
        base = ch
        if ord(ch) not in cmap:
            decomposed = unicodedata.normalize("NFD", ch)
            base = decomposed[0]
            comb = decomposed[1:2]
            mark = {
                "\u0301": "acute",
                "\u0300": "grave",
                "\u0302": "circ",
                "\u0308": "diaer",
                "\u0303": "tilde",
                "\u0327": "cedil",
            }.get(comb)
            if ord(base) not in cmap:
                base = "-"
        w = pdfmetrics.stringWidth(base, self.font, size)
        c.saveState()
        c.setFillColorRGB(*self.ink)
        c.translate(x, y)
        c.rotate(rot)
        if self.slant:
            c.skew(0, self.slant)
        c.setFont(self.font, size)
        c.drawString(0, 0, base)
        c.restoreState()
        if mark:
            up = base.isupper() or base.isdigit()
            self._accent(c, x, y, w, size if up else size * 0.72, mark)
        return w

    def write(self, c, text, x, y, size=None, spacing=1.0, drift=0.6):
        """Cursive-ish line of text with a wandering baseline; returns the end x."""
        r = self.rng
        base_y = y
        slope = r.uniform(-0.012, 0.012) * self.shake
        x0 = x
        for ch in text:
            base_y += r.uniform(-drift, drift) * 0.25 * self.shake
            yy = base_y + (x - x0) * slope
            adv = self.glyph(c, ch, x, yy, size=size, rot=r.uniform(-2.5, 2.5) * self.shake)
            x += adv * spacing * r.uniform(0.96, 1.06)
        return x

    def comb(self, c, text, x, y, cell, n, h, size=None):
        """One capital per comb cell, centred roughly, each a little off."""
        r = self.rng
        size = size or min(h * 0.78, cell * 0.95) / max(1.0, self.scale * 0.9)
        for i, ch in enumerate(text[:n]):
            if ch == " ":
                continue
            w = pdfmetrics.stringWidth(ch if ch.isascii() else "M", self.font, size * self.scale)
            gx = x + i * cell + (cell - w) / 2 + r.uniform(-1.2, 1.2) * self.shake
            gy = y + h * 0.16 + r.uniform(-1.3, 1.5) * self.shake
            self.glyph(c, ch, gx, gy, size=size)

    # -- marks -------------------------------------------------------------------------
    def tick(self, c, x, y, s, style="cross"):
        """A tick or a cross in a box of side s at (x, y) (lower-left)."""
        r = self.rng
        lw = r.uniform(0.9, 1.5)
        j = lambda: r.uniform(-0.12, 0.12) * s  # noqa: E731
        if style == "cross":
            o = r.uniform(0.0, 0.25) * s
            self._stroke_line(
                c, [(x - o + j(), y - o + j()), (x + s + o + j(), y + s + o + j())], lw
            )
            self._stroke_line(
                c, [(x - o + j(), y + s + o + j()), (x + s + o + j(), y - o + j())], lw
            )
        elif style == "tick":
            p0 = (x + 0.1 * s + j(), y + 0.55 * s + j())
            p1 = (x + 0.42 * s + j(), y + 0.08 * s)
            p2 = (x + 1.25 * s + j(), y + 1.35 * s + j())
            mid = (p1[0] + (p2[0] - p1[0]) * 0.5 + 0.4, p1[1] + (p2[1] - p1[1]) * 0.5)
            self._stroke_line(c, [p0, p1, mid, p2], lw)
        else:  # filled scribble
            pts = []
            for k in range(7):
                pts.append((x + 0.15 * s + (k % 2) * 0.7 * s + j(), y + 0.15 * s + k * 0.11 * s))
            self._stroke_line(c, pts, lw)

    def stray(self, c, x, y, w, h):
        """A dot and a small tick-like slip of the pen: not a signature."""
        r = self.rng
        cx = x + w * r.uniform(0.3, 0.6)
        cy = y + h * r.uniform(0.35, 0.6)
        c.setFillColorRGB(*self.ink)
        c.circle(cx, cy, r.uniform(0.8, 1.3), stroke=0, fill=1)
        self._stroke_line(c, [(cx + 9, cy - 4), (cx + 11, cy - 6), (cx + 16, cy - 1)], 0.8)

    def signature(self, c, x, y, w, h, name):
        """A pen signature inside the box (x, y, w, h): initial loop, waves, flourish."""
        for stroke in signature_strokes(self.rng, x, y, w, h, name):
            draw_var_stroke(c, stroke, self.ink)


def _catmull(pts, steps=8):
    out = []
    for i in range(len(pts) - 1):
        p0 = pts[max(i - 1, 0)]
        p1 = pts[i]
        p2 = pts[i + 1]
        p3 = pts[min(i + 2, len(pts) - 1)]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in range(2)
                )
            )
    out.append(pts[-1])
    return out


def signature_strokes(rng, x, y, w, h, name):
    """Strokes as lists of (x, y, width) in page units."""
    r = rng
    sx = x + w * r.uniform(0.12, 0.3)
    base = y + h * r.uniform(0.28, 0.42)
    xh = h * r.uniform(0.16, 0.26)
    cap = h * r.uniform(0.42, 0.6)
    length = w * r.uniform(0.45, 0.62)
    slope = r.uniform(-0.08, 0.18)
    pw = r.uniform(0.9, 1.6)
    strokes = []
    # capital: tall loop
    ctrl = [
        (sx + cap * 0.1, base),
        (sx + cap * 0.25, base + cap * 0.9),
        (sx + cap * 0.05, base + cap * 1.05),
        (sx - cap * 0.2, base + cap * 0.7),
        (sx + cap * 0.2, base + cap * 0.35),
        (sx + cap * 0.55, base + cap * 0.55),
    ]
    # body: humps like cursive letters
    n = max(5, min(11, len(name.replace(" ", "")) + r.randint(-3, 1)))
    step = length / n
    cx = sx + cap * 0.5
    for _ in range(n):
        b = base + (cx - sx) * slope
        k = r.random()
        if k < 0.2:  # a tall looped letter (l, h, b)
            tall = xh * r.uniform(1.9, 2.7)
            ctrl += [
                (cx + step * 0.35, b + tall * 0.55),
                (cx + step * 0.45, b + tall),
                (cx + step * 0.15, b + tall * 0.85),
                (cx + step * 0.3, b + xh * 0.1),
            ]
        elif k < 0.6:  # rounded arch (n, m)
            top = xh * r.uniform(0.7, 1.25)
            ctrl += [
                (cx + step * 0.2, b + top * 0.9),
                (cx + step * 0.5, b + top),
                (cx + step * 0.8, b + top * 0.3),
            ]
        else:  # cup (u, e, a)
            top = xh * r.uniform(0.6, 1.1)
            ctrl += [
                (cx + step * 0.25, b + xh * r.uniform(-0.1, 0.15)),
                (cx + step * 0.6, b + top * 0.5),
                (cx + step * 0.75, b + top),
            ]
        cx += step * r.uniform(0.75, 1.25)
    pts = _catmull(ctrl, 7)
    strokes.append(_widths(r, pts, pw))
    # flourish back under the name
    end = pts[-1]
    fl = [
        end,
        (end[0] + step * 0.6, end[1] + xh * 0.3),
        (end[0] + step * 0.2, end[1] - xh * 0.8),
        (sx + length * r.uniform(0.2, 0.5), base - xh * r.uniform(0.7, 1.2)),
        (sx - cap * r.uniform(0.0, 0.3), base - xh * r.uniform(0.3, 0.9)),
    ]
    if r.random() < 0.8:
        strokes.append(_widths(r, _catmull(fl, 9), pw * 0.85))
    if r.random() < 0.5:  # a dot or a dash after a pen lift
        dx = end[0] + step * r.uniform(0.8, 1.6)
        dy = end[1] + xh * r.uniform(0.5, 1.3)
        strokes.append([(dx, dy, pw * 1.6), (dx + 1.8, dy + 0.6, pw * 1.4)])
    return strokes


def _widths(r, pts, pw):
    out = []
    phase = r.uniform(0, 6)
    for i, (px, py) in enumerate(pts):
        if i:
            sp = math.hypot(px - pts[i - 1][0], py - pts[i - 1][1])
        else:
            sp = 1.0
        wv = pw * (0.55 + 0.35 * math.sin(i * 0.17 + phase)) / (0.7 + 0.12 * min(sp, 6))
        fade = min(1.0, (i + 1) / 6, (len(pts) - i) / 9)
        out.append((px, py, max(0.25, wv * (0.45 + 0.55 * fade))))
    return out


def draw_var_stroke(c, stroke, ink):
    c.setStrokeColorRGB(*ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    for (x0, y0, w0), (x1, y1, _w1) in zip(stroke, stroke[1:], strict=False):
        c.setLineWidth(w0)
        c.line(x0, y0, x1, y1)
