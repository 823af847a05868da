"""Pen work: handwritten text with per-glyph jitter, ticks, crosses and signatures."""

import itertools
import math

import cv2
import numpy as np
from reportlab.pdfbase import pdfmetrics

from layout import font

INKS = {
    "blue": (0.08, 0.16, 0.55),
    "black": (0.08, 0.08, 0.1),
    "darkblue": (0.05, 0.08, 0.32),
    "bic": (0.12, 0.22, 0.68),
}


class Hand:
    """One writer: a font, a pen colour, a size, a slant and a degree of wobble."""

    def __init__(self, rng, font_name, ink, size=None):
        self.rng = rng
        self.font = font(font_name)
        self.ink = INKS[ink]
        boost = 1.3 if font_name in ("Ecolier", "Femke") else 1.0
        self.size = (size or rng.uniform(11.0, 13.5)) * boost
        caps = {"Ecolier": "Dkg", "Femke": "Breip", "DkgIt": "Dkg"}
        self.caps_font = font(caps.get(font_name, font_name))
        self.slant = rng.uniform(-4, 7)
        self.wobble = rng.uniform(0.6, 1.4)
        self.weight = rng.uniform(0.15, 0.45)

    def _glyph(self, c, x, y, ch, size, fnt=None):
        r = self.rng
        c.saveState()
        c.translate(x, y + r.gauss(0, 0.5 * self.wobble))
        c.rotate(r.gauss(0, 2.2 * self.wobble) - self.slant * 0.3)
        c.setFillColorRGB(*self.ink)
        c.setStrokeColorRGB(*self.ink)
        c.setLineWidth(self.weight)
        t = c.beginText(0, 0)
        t.setTextRenderMode(2)
        t.setFont(fnt or self.font, size)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()

    def write(self, c, x, y, text, size=None, max_w=None):
        size = size or self.size
        wdt = pdfmetrics.stringWidth(text, self.font, size)
        if max_w and wdt > max_w:
            size *= max_w / wdt
        drift = self.rng.uniform(-0.02, 0.03)
        cx = x
        for ch in text:
            s = size * self.rng.uniform(0.93, 1.07)
            if ch != " ":
                self._glyph(c, cx, y + (cx - x) * drift, ch, s)
            cx += pdfmetrics.stringWidth(ch, self.font, size) * self.rng.uniform(0.96, 1.08)
        return cx

    def comb(self, c, slot, text):
        cells = slot["cells"]
        assert len(text) <= len(cells), text
        for ch, (x, y, w, h) in zip(text, cells):
            if ch == " ":
                continue
            s = min(self.size, h * 0.95)
            gw = pdfmetrics.stringWidth(ch, self.caps_font, s)
            x1 = x + (w - gw) / 2 + self.rng.gauss(0, 0.7)
            self._glyph(c, x1, y + 3 + self.rng.gauss(0, 0.6), ch, s, self.caps_font)

    def stroke(self, c, pts, width=1.0):
        c.saveState()
        c.setStrokeColorRGB(*self.ink)
        c.setLineCap(1)
        c.setLineJoin(1)
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            c.setLineWidth(width * self.rng.uniform(0.85, 1.15))
            c.line(x1, y1, x2, y2)
        c.restoreState()

    def mark(self, c, slot, style):
        """Tick or cross in a check box."""
        x, y, s = slot["x"], slot["y"], slot["s"]
        r = self.rng
        if style == "cross":
            e = s * 0.15
            self.stroke(c, _wiggle(r, [(x - e, y + s + e), (x + s + e, y - e)], 6), 1.1)
            self.stroke(c, _wiggle(r, [(x - e, y - e), (x + s + e, y + s + e)], 6), 1.1)
        else:
            pts = [
                (x + s * 0.1, y + s * 0.55),
                (x + s * 0.4, y + s * 0.1),
                (x + s * 1.2, y + s * 1.3),
            ]
            self.stroke(c, _wiggle(r, pts, 5), 1.2)


def _wiggle(r, pts, n):
    out = []
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        for i in range(n):
            t = i / n
            out.append(
                (x1 + (x2 - x1) * t + r.gauss(0, 0.25), y1 + (y2 - y1) * t + r.gauss(0, 0.25))
            )
    out.append(pts[-1])
    return out


def signature_path(rng, name):
    """A signature as a list of strokes; each stroke is a list of (x, y, width) in 0..1 units."""
    strokes = []
    # capital: a tall loop or a looped initial
    k = rng.uniform(0.7, 1.0)
    cap = []
    for i in range(40):
        t = i / 39 * 2 * math.pi * rng.uniform(0.9, 1.25)
        cap.append((0.08 + 0.07 * math.sin(t) * k, 0.5 + 0.4 * math.cos(t * 0.5) * k))
    strokes.append(cap)
    # body: loops travelling right
    letters = max(4, min(9, len(name) - rng.randint(0, 3)))
    amp = rng.uniform(0.12, 0.22)
    freq = letters
    loop = rng.uniform(0.012, 0.03)
    body = []
    n = 220
    phase = rng.uniform(0, math.pi)
    for i in range(n):
        t = i / (n - 1)
        x = 0.14 + 0.7 * t + loop * math.sin(2 * math.pi * freq * t + phase) * 2.2
        env = 1 + 0.6 * math.sin(math.pi * t * rng.uniform(0.9, 1.1)) * (i % 37 < 5)
        y = 0.42 + amp * math.sin(2 * math.pi * freq * t) * env - 0.1 * t
        body.append((x, y))
    strokes.append(body)
    # flourish: underline sweeping back
    fl = []
    sx, sy = body[-1]
    for i in range(50):
        t = i / 49
        fl.append((sx - t * rng.uniform(0.6, 0.85), sy - 0.12 - 0.1 * math.sin(math.pi * t)))
    if rng.random() < 0.75:
        strokes.append(fl)
    if rng.random() < 0.5:  # a dot or short bar
        px, py = rng.uniform(0.3, 0.7), 0.78
        strokes.append([(px, py), (px + 0.03, py + 0.01)])
    out = []
    for s in strokes:
        pts = [(x + rng.gauss(0, 0.002), y + rng.gauss(0, 0.003)) for x, y in s]
        w = []
        for i, (x, y) in enumerate(pts):
            if i == 0:
                sp = 0.0
            else:
                sp = math.hypot(x - pts[i - 1][0], y - pts[i - 1][1])
            w.append(sp)
        mx = max(w) or 1
        out.append([(x, y, 1.4 - 0.8 * (sp / mx)) for (x, y), sp in zip(pts, w)])
    return out


def draw_signature(c, box, strokes, ink, rng):
    x0, y0, bw, bh = box["x"], box["y"], box["w"], box["h"]
    sw, sh = bw * rng.uniform(0.55, 0.8), bh * rng.uniform(0.6, 0.85)
    ox = x0 + rng.uniform(0.05, 0.95 - sw / bw) * bw
    oy = y0 + (bh - sh) * rng.uniform(0.1, 0.6)
    base = rng.uniform(0.8, 1.3)
    c.saveState()
    c.setStrokeColorRGB(*INKS[ink])
    c.setLineCap(1)
    for s in strokes:
        for (x1, y1, w1), (x2, y2, _) in itertools.pairwise(s):
            c.setLineWidth(base * w1)
            c.line(ox + x1 * sw, oy + y1 * sh, ox + x2 * sw, oy + y2 * sh)
    c.restoreState()


def signature_image(strokes, ink, rng, w=900, h=330):
    """RGBA image of a signature (as if scanned and cut out to paste in a PDF)."""
    sc = 3
    canvas = np.zeros((h * sc, w * sc), np.uint8)
    base = rng.uniform(5, 8)
    for s in strokes:
        for (x1, y1, w1), (x2, y2, _) in itertools.pairwise(s):
            p1 = (int(x1 * w * sc), int((1 - y1) * h * sc))
            p2 = (int(x2 * w * sc), int((1 - y2) * h * sc))
            cv2.line(canvas, p1, p2, 255, max(1, int(base * w1 * sc / 1.5)), cv2.LINE_AA)
    a = cv2.resize(canvas, (w, h), interpolation=cv2.INTER_AREA)
    col = [int(v * 255) for v in INKS[ink]]
    img = np.zeros((h, w, 4), np.uint8)
    img[..., 0], img[..., 1], img[..., 2] = col
    img[..., 3] = a
    return img
