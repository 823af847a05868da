"""Pen and keyboard: handwriting with per-glyph jitter, pen strokes, typed text."""

from __future__ import annotations

import math

from reportlab.pdfbase.pdfmetrics import stringWidth

from cases import strip_accents
from fonts import has_glyph
from layout import Box, Comb, Slot

INKS = {
    "blue": (0.10, 0.17, 0.55),
    "bic": (0.13, 0.24, 0.66),
    "black": (0.09, 0.09, 0.12),
}


def catmull(points, n=10):
    """Catmull-Rom spline through points, n samples per segment."""
    if len(points) < 3:
        return list(points)
    pts = [points[0]] + list(points) + [points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[j]
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in range(2)
                )
            )
    out.append(points[-1])
    return out


def pressure(n, rng, start=0.35, end=0.25):
    """Pen pressure profile along n points: light landing, heavier middle, quick lift."""
    ws = []
    phase = rng.uniform(0, 6.28)
    for i in range(n):
        u = i / max(1, n - 1)
        ramp = min(1.0, start + u * 6) * min(1.0, end + (1 - u) * 5)
        ws.append(ramp * (0.85 + 0.15 * math.sin(phase + u * 9.0)))
    return ws


def draw_stroke(c, pts, widths, ink, base=1.0):
    """A pen stroke as short round-capped segments of varying width."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    for i in range(len(pts) - 1):
        c.setLineWidth(max(0.15, base * 0.5 * (widths[i] + widths[i + 1])))
        c.line(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1])
    c.restoreState()


class Hand:
    """A writer: handwriting font, ink, slant, size, with per-glyph jitter."""

    def __init__(self, rng, font="H-dkg", ink="blue", size=11.0, slant=0.12, weight=0.28):
        self.rng, self.font, self.ink = rng, font, INKS[ink]
        self.size, self.slant, self.weight = size, slant, weight
        self.drift = 0.0

    def _glyph(self, c, x, y, ch, size):
        rng = self.rng
        if not has_glyph(self.font, ch):
            ch = strip_accents(ch)
        c.saveState()
        c.translate(x, y)
        c.rotate(rng.gauss(0, 2.2))
        c.transform(1, 0, self.slant + rng.gauss(0, 0.03), 1, 0, 0)
        c.setFillColorRGB(*self.ink)
        c.setStrokeColorRGB(*self.ink)
        c.setLineWidth(self.weight * rng.uniform(0.8, 1.2))
        t = c.beginText(0, 0)
        t.setTextRenderMode(2)
        t.setFont(self.font, size)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()
        return stringWidth(ch, self.font, size)

    def write_at(self, c, x, y, text, size=None, max_w=None):
        rng = self.rng
        size = size or self.size
        if max_w:
            tw = stringWidth(text, self.font, size) * 1.03
            if tw > max_w:
                size *= max_w / tw
        self.drift = 0.0
        for ch in text:
            self.drift = max(-1.4, min(1.4, self.drift + rng.gauss(0, 0.22)))
            if ch == " ":
                x += size * 0.3 * rng.uniform(0.9, 1.4)
                continue
            sz = size * rng.uniform(0.93, 1.06)
            w = self._glyph(c, x, y + self.drift + rng.gauss(0, 0.3), ch, sz)
            x += w * rng.uniform(0.97, 1.07)
        return x

    def write(self, c, slot: Slot, text, size=None, indent=None):
        if not text:
            return
        rng = self.rng
        ind = rng.uniform(2, 14) if indent is None else indent
        self.write_at(c, slot.x + ind, slot.y + rng.uniform(-0.5, 1.5), text, size, slot.w - ind)

    def comb(self, c, comb: Comb, text):
        """Capitals one per comb box (a space leaves a box empty)."""
        rng = self.rng
        cells = [cell for g in comb.groups for cell in g]
        for ch, (x, y, w, h) in zip(text, cells, strict=False):
            if ch == " ":
                continue
            sz = h * rng.uniform(0.78, 0.9)
            gw = stringWidth(ch, self.font, sz)
            gx = x + (w - gw) / 2 + rng.gauss(0, 0.6)
            self._glyph(c, gx, y + h * 0.16 + rng.gauss(0, 0.5), ch, sz)

    def tick(self, c, box: Box, style="cross"):
        rng, s = self.rng, box.s
        x, y = box.x, box.y

        def j(v):
            return v + rng.gauss(0, s * 0.05)

        if style == "cross":
            a = [(j(x + 0.1 * s), j(y + 0.95 * s)), (j(x + 0.5 * s), j(y + 0.5 * s)),
                 (j(x + 0.95 * s), j(y + 0.02 * s))]  # fmt: skip
            b = [(j(x + 0.9 * s), j(y + 0.98 * s)), (j(x + 0.45 * s), j(y + 0.45 * s)),
                 (j(x + 0.05 * s), j(y + 0.05 * s))]  # fmt: skip
            strokes = [a, b]
        else:
            pts = [(0.05, 0.55), (0.38, 0.08), (0.8, 0.9), (1.25, 1.45)]
            strokes = [[(j(x + u * s), j(y + v * s)) for u, v in pts]]
        for st in strokes:
            pts = catmull(st, 6)
            draw_stroke(c, pts, pressure(len(pts), self.rng), self.ink, 1.0)

    def mark(self, c, box: Box, h):
        """A stray mark in a box: a dot or a tiny tick, no signature."""
        rng = self.rng
        x = box.x + box.s * rng.uniform(0.25, 0.8)
        y = box.y + h * rng.uniform(0.2, 0.6)
        if rng.random() < 0.5:
            c.saveState()
            c.setFillColorRGB(*self.ink)
            c.circle(x, y, rng.uniform(0.8, 1.3), stroke=0, fill=1)
            c.restoreState()
        else:
            pts = catmull([(x, y), (x + 2.0, y - 2.2), (x + 6.0, y + 3.5)], 6)
            draw_stroke(c, pts, pressure(len(pts), rng), self.ink, 0.9)


class Typist:
    """Text typed on screen (PDF editor or word processor), then printed."""

    def __init__(self, rng, font="LibSans", size=10.0, upper_names=True):
        self.rng, self.font, self.size = rng, font, size
        self.dx = rng.uniform(-1.5, 2.5)
        self.dy = rng.uniform(-1.0, 1.5)

    def write(self, c, slot: Slot, text, size=None):
        if not text:
            return
        size = size or self.size
        tw = stringWidth(text, self.font, size)
        if tw > slot.w - 4:
            size *= (slot.w - 4) / tw
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, size)
        c.drawString(slot.x + 2 + self.dx, slot.y + self.dy, text)

    def comb(self, c, comb: Comb, text):
        cells = [cell for g in comb.groups for cell in g]
        c.setFillColorRGB(0, 0, 0)
        for ch, (x, y, w, h) in zip(text, cells, strict=False):
            size = min(self.size + 1, h * 0.8)
            c.setFont(self.font, size)
            gw = stringWidth(ch, self.font, size)
            c.drawString(x + (w - gw) / 2 + self.dx * 0.3, y + h * 0.22 + self.dy * 0.3, ch)

    def tick(self, c, box: Box):
        size = box.s * 1.05
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, size)
        gw = stringWidth("X", self.font, size)
        c.drawString(box.x + (box.s - gw) / 2 + self.dx * 0.2, box.y + box.s * 0.14, "X")
