"""Pen-like handwriting on a page raster: glyphs from handwriting fonts with per-glyph jitter,
ticks and crosses as pen strokes, and signatures made of script strokes with a flourish.

All drawing goes into an "ink" coverage layer (float32, 0..1, same size as the page) that is
composited onto the page with an ink colour at the end (`apply_ink`).
"""

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont

HAND_FONTS = {
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "dkg_it": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
}
SCRIPT_FONTS = ("dancing", "kaushan", "dkg_it")
INKS = {
    "blue": (28, 44, 135),
    "black": (28, 28, 34),
    "bic": (22, 58, 160),
}
_font_cache = {}


def font(key, size):
    k = (key, int(size))
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(HAND_FONTS[key], int(size))
    return _font_cache[k]


def new_ink(img):
    return np.zeros((img.height, img.width), np.float32)


def _stamp(ink, mask, x, y):
    """Max-combine a glyph mask (PIL L) into ink with its top-left at (x, y)."""
    a = np.asarray(mask, np.float32) / 255.0
    h, w = a.shape
    x, y = int(round(x)), int(round(y))
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + w, ink.shape[1]), min(y + h, ink.shape[0])
    if x1 <= x0 or y1 <= y0:
        return
    sub = a[y0 - y : y1 - y, x0 - x : x1 - x]
    np.maximum(ink[y0:y1, x0:x1], sub, out=ink[y0:y1, x0:x1])


class Pen:
    """One writer: a handwriting font, a size, a slant habit and a jitter level."""

    def __init__(self, rng, key, size, jitter=1.0):
        self.rng, self.key, self.size, self.jitter = rng, key, size, jitter
        self.slant = rng.uniform(-3, 4)
        self.pressure = rng.uniform(0.82, 1.0)

    def glyph(self, ink, ch, x, y_base, size=None):
        """Draw one glyph with its baseline-left at (x, y_base); returns the advance."""
        rng, j = self.rng, self.jitter
        s = (size or self.size) * rng.uniform(0.93, 1.07)
        f = font(self.key, s)
        if ch in "'’":  # some handwriting fonts lack it: a short pen flick
            x1 = x + 0.12 * s + rng.gauss(0, 0.5 * j)
            stroke(ink, [(x1 + 0.05 * s, y_base - 0.72 * s), (x1, y_base - 0.5 * s)], s * 0.08)
            return 0.28 * s
        adv = f.getlength(ch)
        if ch.strip():
            pad = int(s * 1.5)
            im = Image.new("L", (pad * 2 + int(adv) + 4, pad * 2), 0)
            ImageDraw.Draw(im).text((pad, pad), ch, font=f, fill=255, anchor="ls")
            ang = self.slant + rng.gauss(0, 2.5 * j)
            im = im.rotate(ang, resample=Image.BICUBIC, center=(pad, pad))
            p = self.pressure * rng.uniform(0.85, 1.0)
            im = im.point(lambda v, p=p: int(v * p))
            _stamp(ink, im, x - pad + rng.gauss(0, 0.6 * j), y_base - pad + rng.gauss(0, 1.2 * j))
        return adv + rng.gauss(0, 0.05 * s * j)

    def write(self, ink, x, y_base, text, spacing=0.0):
        drift = self.rng.uniform(-0.025, 0.025)
        x0 = x
        for ch in text:
            x += self.glyph(ink, ch, x, y_base + (x - x0) * drift) + spacing
            if ch == " ":
                x += self.size * self.rng.uniform(0.05, 0.2)
        return x

    def comb(self, ink, cells, text):
        """One capital per comb cell; cells are pixel rects (x, y_top, w, h)."""
        for (cx, cy, cw, ch), c in zip(cells, text, strict=False):
            if not c.strip():
                continue
            s = min(ch * 0.78, self.size * 1.1)
            w = font(self.key, s).getlength(c)
            x = cx + (cw - w) / 2 + self.rng.gauss(0, cw * 0.05)
            yb = cy + ch * 0.82 + self.rng.gauss(0, ch * 0.04)
            self.glyph(ink, c, x, yb, s)


def stroke(ink, pts, width, rng=None, taper=True):
    """A pen stroke through pts (pixels) with round nibs, slightly tapered at both ends."""
    im = Image.new("L", (ink.shape[1], ink.shape[0]), 0)
    d = ImageDraw.Draw(im)
    dense = []
    for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:], strict=False):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / 1.5))
        for i in range(n):
            t = i / n
            dense.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
    dense.append(pts[-1])
    n = len(dense)
    for i, (x, y) in enumerate(dense):
        t = i / max(n - 1, 1)
        r = width / 2
        if taper:
            r *= 0.45 + 0.55 * math.sin(math.pi * min(max(t, 0.04), 0.96))
        d.ellipse((x - r, y - r, x + r, y + r), fill=235)
    np.maximum(ink, np.asarray(im, np.float32) / 255.0, out=ink)


def _smooth(pts, n=12):
    """Catmull-Rom spline through the points."""
    if len(pts) < 3:
        return pts
    p = [pts[0]] + list(pts) + [pts[-1]]
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
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
    out.append(pts[-1])
    return out


def tick(ink, rect, rng, style="cross", width=3.0):
    """A tick or a cross in a box rect (x, y_top, w, h) in pixels."""
    x, y, w, h = rect
    j = lambda s: rng.gauss(0, s)  # noqa: E731
    if style == "cross":
        stroke(
            ink,
            [(x + w * 0.1 + j(2), y + h * 0.1 + j(2)), (x + w * 0.95 + j(2), y + h * 0.9)],
            width,
        )
        stroke(
            ink,
            [(x + w * 0.9 + j(2), y + h * 0.05 + j(2)), (x + w * 0.1, y + h * 0.95 + j(2))],
            width,
        )
    elif style == "check":
        pts = [
            (x + w * 0.1, y + h * 0.5 + j(2)),
            (x + w * 0.4, y + h * 0.9),
            (x + w * 1.15, y - h * 0.3 + j(3)),
        ]
        stroke(ink, _smooth(pts, 5), width)
    else:  # filled scribble
        pts = [
            (x + w * 0.2, y + h * (0.2 + 0.15 * k))
            if k % 2
            else (x + w * 0.8, y + h * (0.25 + 0.15 * k))
            for k in range(5)
        ]
        stroke(ink, pts, width)


def stray_mark(ink, rect, rng, width=3.0):
    """A dot or a tiny tick somewhere in the signature box, not a signature."""
    x, y, w, h = rect
    cx, cy = x + w * rng.uniform(0.2, 0.8), y + h * rng.uniform(0.35, 0.75)
    if rng.random() < 0.5:
        stroke(ink, [(cx, cy), (cx + 2, cy + 1)], width * 1.6)
    else:
        stroke(ink, [(cx, cy), (cx + 6, cy + 8), (cx + 18, cy - 10)], width)


def signature(ink, rect, rng, name, width=3.0):
    """Handwritten signature in rect (x, y_top, w, h): script strokes plus a flourish."""
    x, y, w, h = rect
    style = rng.choice(("script", "script", "scribble"))
    base_y = y + h * rng.uniform(0.58, 0.7)
    x0 = x + w * rng.uniform(0.12, 0.3)
    if style == "script":
        key = rng.choice(SCRIPT_FONTS)
        pen = Pen(rng, key, h * rng.uniform(0.34, 0.44), jitter=1.6)
        pen.slant = rng.uniform(4, 12)
        parts = name.split()
        text = (
            parts[0][0] + ". " + parts[-1] if len(parts) > 1 and rng.random() < 0.6 else parts[-1]
        )
        text = text[0].upper() + text[1:].lower()
        budget = w * 0.75
        while font(key, pen.size).getlength(text) > budget and pen.size > 12:
            pen.size *= 0.9
        x_end = pen.write(ink, x0, base_y, text, spacing=-pen.size * 0.06)
    else:
        # capital loop then a run of small garlands
        cap_h = h * rng.uniform(0.5, 0.7)
        pts = [
            (x0 + 4, base_y),
            (x0 - 6, base_y - cap_h * 0.6),
            (x0 + 10, base_y - cap_h),
            (x0 + cap_h * 0.35, base_y - cap_h * 0.4),
            (x0 + 6, base_y - 2),
        ]
        xx = x0 + 12
        for _ in range(rng.randint(5, 9)):
            a = h * rng.uniform(0.14, 0.3)
            step = h * rng.uniform(0.09, 0.14)
            pts += [(xx + step * 0.5, base_y - a), (xx + step * 0.9, base_y + rng.uniform(-2, 3))]
            xx += step
        stroke(ink, _smooth(pts, 8), width)
        x_end = xx
    # flourish: a swoosh back under the name, or a rising tail
    if rng.random() < 0.6:
        pts = [
            (x_end - 2, base_y - 4),
            (x_end + w * 0.06, base_y + h * 0.12),
            ((x0 + x_end) / 2, base_y + h * rng.uniform(0.14, 0.24)),
            (x0 - w * 0.04, base_y + h * 0.08),
        ]
    else:
        pts = [
            (x0 + 5, base_y + h * 0.1),
            ((x0 + x_end) / 2, base_y + h * 0.18),
            (x_end + w * 0.08, base_y - h * 0.05),
            (x_end + w * 0.12, base_y - h * 0.3),
        ]
    stroke(ink, _smooth(pts, 12), width * rng.uniform(0.7, 1.0))


def signature_png(rng, name, w=520, h=180, color=(25, 35, 110)):
    """A transparent PNG of a signature (for pasting into an AcroForm)."""
    ink = np.zeros((h, w), np.float32)
    signature(ink, (0, 0, w, h), rng, name, width=4.0)
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., :3] = color
    rgba[..., 3] = np.clip(ink * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def apply_ink(img, ink, color):
    """Composite the ink layer onto an RGB PIL image."""
    a = np.asarray(img, np.float32)
    cov = np.clip(ink, 0, 1)[..., None] * 0.95
    out = a * (1 - cov) + np.array(color, np.float32) * cov
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
