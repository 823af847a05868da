"""Pen strokes: stroke-drawn capitals and digits, handwriting fonts, ticks, signatures.

All drawing happens on an RGB numpy page rendered at 300 dpi. Coordinates are pixels,
y going down. Every random choice comes from the caller's ``random.Random``.
"""

import itertools
import math
import unicodedata
from typing import ClassVar

import cv2
import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

INKS = {
    "blue": (28, 45, 150),
    "navy": (20, 30, 95),
    "black": (28, 28, 34),
}

HAND_FONTS = [
    "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "/usr/share/fonts/truetype/breip/Breip.ttf",
    "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
]


def _arc(cx, cy, rx, ry, a0, a1, n=14):
    pts = []
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        pts.append((cx + rx * math.cos(a), cy + ry * math.sin(a)))
    return pts


def _glyphs():
    g = {}
    g["A"] = ([[(0, 0), (0.35, 1), (0.7, 0)], [(0.15, 0.4), (0.55, 0.4)]], 0.7)
    g["B"] = (
        [
            [(0, 0), (0, 1)],
            [(0, 1), (0.35, 1)] + _arc(0.35, 0.76, 0.24, 0.24, 90, -90) + [(0, 0.52)],
            [(0, 0.52), (0.4, 0.52)] + _arc(0.4, 0.26, 0.26, 0.26, 90, -90) + [(0, 0)],
        ],
        0.66,
    )
    g["C"] = ([_arc(0.4, 0.5, 0.4, 0.5, 50, 315, 20)], 0.75)
    g["D"] = ([[(0, 0), (0, 1), (0.3, 1)] + _arc(0.3, 0.5, 0.35, 0.5, 90, -90) + [(0, 0)]], 0.68)
    g["E"] = ([[(0.58, 1), (0, 1), (0, 0), (0.6, 0)], [(0, 0.52), (0.45, 0.52)]], 0.6)
    g["F"] = ([[(0.58, 1), (0, 1), (0, 0)], [(0, 0.52), (0.45, 0.52)]], 0.58)
    g["G"] = ([_arc(0.4, 0.5, 0.4, 0.5, 45, 320, 20) + [(0.8, 0.42), (0.48, 0.42)]], 0.8)
    g["H"] = ([[(0, 0), (0, 1)], [(0.65, 0), (0.65, 1)], [(0, 0.5), (0.65, 0.5)]], 0.65)
    g["I"] = ([[(0.1, 0), (0.1, 1)]], 0.22)
    g["J"] = ([[(0.5, 1), (0.5, 0.28)] + _arc(0.26, 0.28, 0.24, 0.28, 0, -180)], 0.55)
    g["K"] = ([[(0, 0), (0, 1)], [(0.6, 1), (0, 0.42), (0.62, 0)]], 0.62)
    g["L"] = ([[(0, 1), (0, 0), (0.55, 0)]], 0.55)
    g["M"] = ([[(0, 0), (0.02, 1), (0.4, 0.3), (0.78, 1), (0.8, 0)]], 0.8)
    g["N"] = ([[(0, 0), (0, 1), (0.65, 0), (0.65, 1)]], 0.65)
    g["O"] = ([_arc(0.4, 0.5, 0.4, 0.5, 100, 470, 24)], 0.8)
    g["P"] = (
        [[(0, 0), (0, 1), (0.35, 1)] + _arc(0.35, 0.75, 0.25, 0.25, 90, -90) + [(0, 0.5)]],
        0.6,
    )
    g["Q"] = ([_arc(0.4, 0.5, 0.4, 0.5, 100, 470, 24), [(0.45, 0.25), (0.85, -0.05)]], 0.85)
    g["R"] = (
        [
            [(0, 0), (0, 1), (0.35, 1)] + _arc(0.35, 0.75, 0.25, 0.25, 90, -90) + [(0, 0.5)],
            [(0.28, 0.5), (0.65, 0)],
        ],
        0.65,
    )
    g["S"] = (
        [_arc(0.33, 0.75, 0.3, 0.25, 20, 270, 12) + _arc(0.33, 0.25, 0.32, 0.25, 90, -160)],
        0.66,
    )
    g["T"] = ([[(0, 1), (0.7, 1)], [(0.35, 1), (0.35, 0)]], 0.7)
    g["U"] = ([[(0, 1), (0, 0.3)] + _arc(0.32, 0.3, 0.32, 0.3, 180, 360) + [(0.64, 1)]], 0.64)
    g["V"] = ([[(0, 1), (0.35, 0), (0.7, 1)]], 0.7)
    g["W"] = ([[(0, 1), (0.22, 0), (0.45, 0.72), (0.68, 0), (0.9, 1)]], 0.9)
    g["X"] = ([[(0, 1), (0.65, 0)], [(0.65, 1), (0, 0)]], 0.65)
    g["Y"] = ([[(0, 1), (0.35, 0.5), (0.7, 1)], [(0.35, 0.5), (0.35, 0)]], 0.7)
    g["Z"] = ([[(0, 1), (0.65, 1), (0, 0), (0.67, 0)]], 0.67)
    g["0"] = ([_arc(0.3, 0.5, 0.3, 0.5, 95, 465, 22)], 0.6)
    g["1"] = ([[(0.05, 0.75), (0.3, 1), (0.3, 0)]], 0.42)
    g["2"] = ([_arc(0.3, 0.7, 0.3, 0.3, 160, -30, 10) + [(0, 0), (0.64, 0)]], 0.64)
    g["3"] = (
        [_arc(0.3, 0.75, 0.28, 0.25, 150, -90, 10) + _arc(0.3, 0.26, 0.32, 0.26, 90, -150)],
        0.62,
    )
    g["4"] = ([[(0.45, 0), (0.45, 1), (0, 0.3), (0.66, 0.3)]], 0.66)
    g["5"] = ([[(0.6, 1), (0.08, 1), (0.03, 0.57)] + _arc(0.3, 0.32, 0.32, 0.32, 130, -150)], 0.62)
    g["6"] = ([[(0.52, 1), (0.18, 0.62)] + _arc(0.3, 0.3, 0.29, 0.3, 160, 530, 20)], 0.6)
    g["7"] = ([[(0, 1), (0.62, 1), (0.22, 0)]], 0.62)
    g["8"] = (
        [_arc(0.3, 0.76, 0.24, 0.24, 270, 630, 16), _arc(0.3, 0.26, 0.3, 0.26, 90, 450, 18)],
        0.6,
    )
    g["9"] = ([_arc(0.3, 0.7, 0.28, 0.3, 0, 360, 18) + [(0.58, 0.7), (0.52, 0.2), (0.32, 0)]], 0.6)
    g["/"] = ([[(0, -0.05), (0.42, 1.05)]], 0.42)
    g["."] = ([[(0.04, 0.0), (0.1, 0.06), (0.05, 0.07)]], 0.2)
    g[","] = ([[(0.08, 0.06), (0.02, -0.16)]], 0.18)
    g["-"] = ([[(0.02, 0.45), (0.36, 0.47)]], 0.4)
    g["_"] = ([[(0, -0.04), (0.6, -0.04)]], 0.62)
    g["'"] = ([[(0.08, 1.0), (0.04, 0.74)]], 0.16)
    g["+"] = ([[(0, 0.45), (0.5, 0.45)], [(0.25, 0.2), (0.25, 0.7)]], 0.52)
    g["@"] = (
        [
            _arc(0.42, 0.46, 0.15, 0.18, 0, 360, 12)
            + [(0.57, 0.62), (0.58, 0.32), (0.76, 0.36)]
            + _arc(0.42, 0.46, 0.4, 0.48, 5, 330, 18)
        ],
        0.84,
    )
    g["("] = ([_arc(0.35, 0.5, 0.3, 0.62, 110, 250, 8)], 0.32)
    g[")"] = ([_arc(-0.05, 0.5, 0.3, 0.62, 70, -70, 8)], 0.32)
    g[" "] = ([], 0.45)
    return g


GLYPHS = _glyphs()
MARKS = {
    "\u0301": [[(0.22, 1.12), (0.42, 1.3)]],
    "\u0300": [[(0.22, 1.3), (0.42, 1.12)]],
    "\u0302": [[(0.12, 1.12), (0.32, 1.3), (0.52, 1.12)]],
    "\u0308": [[(0.15, 1.18), (0.17, 1.2)], [(0.45, 1.18), (0.47, 1.2)]],
    "\u0327": [[(0.35, 0), (0.4, -0.12), (0.28, -0.2)]],
    "\u0303": [[(0.1, 1.15), (0.25, 1.25), (0.4, 1.15), (0.55, 1.25)]],
}


def split_char(ch):
    d = unicodedata.normalize("NFD", ch.upper())
    base = d[0]
    marks = [m for m in d[1:] if m in MARKS]
    if base not in GLYPHS:
        base = " "
    return base, marks


def strip_accents(s):
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


def draw_polyline(img, pts, color, width, rng, wobble=0.6):
    """Draw one pen stroke; pts in px (float). Densified, wobbled, varying pressure."""
    if len(pts) < 2:
        x, y = pts[0]
        cv2.circle(img, (int(x), int(y)), max(1, width // 2 + 1), color, -1, cv2.LINE_AA)
        return
    dense = []
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        n = max(1, int(math.hypot(x1 - x0, y1 - y0) / 3))
        for i in range(n):
            t = i / n
            dense.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t))
    dense.append(pts[-1])
    arr = np.array(dense, dtype=np.float64)
    walk = np.cumsum(np.array([[rng.gauss(0, 0.25), rng.gauss(0, 0.25)] for _ in dense]), axis=0)
    walk -= np.linspace(0, 1, len(dense))[:, None] * walk[-1]
    arr += walk * wobble
    chunk = max(4, len(arr) // 3)
    for s in range(0, len(arr) - 1, chunk):
        seg = arr[s : s + chunk + 1]
        w = max(1, width + rng.choice((-1, 0, 0, 0, 1)))
        cv2.polylines(
            img, [np.round(seg * 4).astype(np.int32)], False, color, w, cv2.LINE_AA, shift=2
        )


class StrokePen:
    """A person writing capitals and digits with a pen (own stroke font)."""

    def __init__(self, rng, ink, width, slant, jitter=0.035, spacing=0.18, bar7=False):
        self.rng = rng
        self.ink = ink
        self.width = width
        self.slant = slant
        self.jitter = jitter
        self.spacing = spacing
        self.bar7 = bar7
        self.upper = True

    def measure(self, text, h):
        return sum((GLYPHS[split_char(c)[0]][1] + self.spacing) * h for c in text)

    def char(self, img, ch, x, y, h):
        base, marks = split_char(ch)
        strokes, wdt = GLYPHS[base]
        strokes = [list(s) for s in strokes]
        if base == "7" and self.bar7:
            strokes.append([(0.18, 0.5), (0.55, 0.52)])
        for m in marks:
            strokes += MARKS[m]
        r = self.rng
        sc = h * r.uniform(0.92, 1.08)
        rot = math.radians(r.gauss(0, 2.5))
        dy = r.gauss(0, h * 0.03)
        for st in strokes:
            pts = []
            for px, py in st:
                px += r.gauss(0, self.jitter)
                py += r.gauss(0, self.jitter)
                xx = px * sc + py * sc * self.slant
                yy = py * sc
                xr = xx * math.cos(rot) - yy * math.sin(rot)
                yr = xx * math.sin(rot) + yy * math.cos(rot)
                pts.append((x + xr, y - yr + dy))
            draw_polyline(img, pts, self.ink, self.width, r)
        return wdt * sc

    def text(self, img, text, x, y, h, max_w=None):
        if max_w and self.measure(text, h) > max_w:
            h = h * max_w / self.measure(text, h)
        for ch in text:
            w = self.char(img, ch, x, y, h)
            x += w + self.spacing * h * self.rng.uniform(0.4, 1.3)
        return x


class FontPen:
    """Handwriting from a .ttf font, glyph by glyph with jitter."""

    _cmaps: ClassVar[dict] = {}

    def __init__(self, rng, ink, path, upper=False, slant=0.0):
        self.rng = rng
        self.ink = ink
        self.path = path
        self.upper = upper
        self.slant = slant
        if path not in FontPen._cmaps:
            FontPen._cmaps[path] = set(TTFont(path).getBestCmap())
        self.cmap = FontPen._cmaps[path]
        self.fonts = {}

    def covers(self, text):
        return all(ord(c) in self.cmap or c == " " for c in text)

    def _font(self, size):
        size = max(8, int(size))
        if size not in self.fonts:
            self.fonts[size] = ImageFont.truetype(self.path, size)
        return self.fonts[size]

    def measure(self, text, h):
        f = self._font(h * 1.45)
        return f.getlength(text)

    def char(self, img, ch, x, y, h):
        r = self.rng
        size = h * 1.45 * r.uniform(0.94, 1.06)
        f = self._font(size)
        adv = f.getlength(ch)
        if ch == " ":
            return adv
        box = int(size * 2.2)
        layer = Image.new("L", (box, box), 0)
        ImageDraw.Draw(layer).text((box * 0.3, box * 0.7), ch, font=f, fill=255, anchor="ls")
        angle = r.gauss(0, 3) - math.degrees(math.atan(self.slant))
        layer = layer.rotate(angle, resample=Image.BICUBIC, center=(box * 0.3, box * 0.7))
        a = np.asarray(layer, dtype=np.float32) / 255.0 * r.uniform(0.8, 0.95)
        ox = round(x - box * 0.3)
        oy = round(y - box * 0.7 + r.gauss(0, h * 0.04))
        h_img, w_img = img.shape[:2]
        x0, y0 = max(0, ox), max(0, oy)
        x1, y1 = min(w_img, ox + box), min(h_img, oy + box)
        if x1 <= x0 or y1 <= y0:
            return adv
        a = a[y0 - oy : y1 - oy, x0 - ox : x1 - ox, None]
        reg = img[y0:y1, x0:x1].astype(np.float32)
        ink = np.array(self.ink, dtype=np.float32)
        img[y0:y1, x0:x1] = (reg * (1 - a) + ink * a).astype(np.uint8)
        return adv

    def text(self, img, text, x, y, h, max_w=None):
        if max_w and self.measure(text, h) > max_w:
            h = h * max_w / self.measure(text, h)
        for ch in text:
            x += self.char(img, ch, x, y, h) * self.rng.uniform(0.95, 1.04)
        return x


def tick(img, rect, rng, ink, width, style):
    """Mark a tick box. rect = (x, y, w, h) in px, y top."""
    x, y, w, h = rect
    j = lambda v: v + rng.gauss(0, w * 0.05)
    if style == "cross":
        draw_polyline(
            img,
            [(j(x + w * 0.1), j(y + h * 0.1)), (j(x + w * 0.95), j(y + h * 0.9))],
            ink,
            width,
            rng,
        )
        draw_polyline(
            img, [(j(x + w * 0.9), j(y + h * 0.05)), (j(x + w * 0.12), j(y + h))], ink, width, rng
        )
    elif style == "check":
        draw_polyline(
            img,
            [
                (j(x + w * 0.1), j(y + h * 0.5)),
                (j(x + w * 0.4), j(y + h * 0.9)),
                (j(x + w * 1.2), j(y - h * 0.3)),
            ],
            ink,
            width,
            rng,
        )
    else:
        pts = []
        for i in range(9):
            pts.append((x + w * (0.2 + 0.6 * (i % 2)), y + h * (0.15 + 0.08 * i)))
        draw_polyline(img, pts, ink, width, rng)


def _bezier(p0, p1, p2, p3, n=24):
    out = []
    for i in range(n + 1):
        t = i / n
        a = (1 - t) ** 3
        b = 3 * (1 - t) ** 2 * t
        c = 3 * (1 - t) * t * t
        d = t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


def signature_strokes(rng, box, name):
    """A cursive signature: capital loop, trochoid letters, a flourish. box=(x,y,w,h) px."""
    bx, by, bw, bh = box
    x0 = bx + bw * rng.uniform(0.12, 0.3)
    base = by + bh * rng.uniform(0.55, 0.68)
    big = bh * rng.uniform(0.35, 0.5)
    strokes = []
    cap = _bezier(
        (x0 - big * 0.1, base + big * 0.15),
        (x0 - big * 0.5, base - big * 1.2),
        (x0 + big * 0.9, base - big * 1.3),
        (x0 + big * 0.2, base + big * 0.2),
    )
    strokes.append(cap)
    nloops = max(5, min(12, len(name) + rng.randint(-1, 3)))
    avail = bw * rng.uniform(0.45, 0.62)
    step = avail / (nloops * 2 * math.pi)
    b = step * rng.uniform(1.1, 1.8)
    rise = rng.uniform(-0.12, 0.05)
    pts = []
    hs = [bh * rng.uniform(0.07, 0.2) for _ in range(nloops + 1)]
    tall = {rng.randrange(nloops) for _ in range(2)}
    n = nloops * 36
    sx = x0 + big * 0.25
    for i in range(n + 1):
        t = i / 36 * 2 * math.pi
        k = min(nloops, int(t / (2 * math.pi)))
        hh = hs[k] * (2.1 if k in tall else 1.0)
        x = sx + step * t - b * math.sin(t)
        y = base - hh * (1 - math.cos(t)) / 2 + rise * step * t
        pts.append((x, y))
    strokes.append(pts)
    ex, ey = pts[-1]
    if rng.random() < 0.75:
        strokes.append(
            _bezier(
                (ex, ey),
                (ex + bw * 0.08, ey + bh * 0.25),
                (x0 - bw * 0.05, ey + bh * 0.2),
                (x0 - bw * rng.uniform(0.0, 0.08), base + bh * rng.uniform(0.1, 0.22)),
            )
        )
    if rng.random() < 0.4:
        dx = x0 + avail * rng.uniform(0.3, 0.8)
        strokes.append([(dx, base - bh * 0.3), (dx + 3, base - bh * 0.31)])
    return strokes


def signature(img, box, rng, ink, name, width=None):
    width = width or rng.choice((2, 3, 3, 4))
    for st in signature_strokes(rng, box, name):
        draw_polyline(img, st, ink, width, rng, wobble=0.4)


def signature_png(rng, ink, name, w=900, h=360):
    """A scanned signature as RGBA (transparent background), for pasting in a PDF."""
    img = np.full((h, w, 3), 255, np.uint8)
    signature(img, (0, 0, w, h), rng, ink, name, width=rng.choice((4, 5)))
    grey = img.min(axis=2).astype(np.float32)
    alpha = np.clip((255 - grey) * 1.6, 0, 255).astype(np.uint8)
    rgba = np.dstack([np.full((h, w), c, np.uint8) for c in ink] + [alpha])
    return Image.fromarray(rgba, "RGBA")


def stray_mark(img, box, rng, ink):
    bx, by, bw, bh = box
    x = bx + bw * rng.uniform(0.2, 0.8)
    y = by + bh * rng.uniform(0.3, 0.8)
    if rng.random() < 0.5:
        cv2.circle(img, (int(x), int(y)), rng.randint(3, 5), ink, -1, cv2.LINE_AA)
    else:
        draw_polyline(img, [(x, y), (x + 6, y + 9), (x + 20, y - 10)], ink, 3, rng)
