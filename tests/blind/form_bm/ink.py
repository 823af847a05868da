"""Pen ink: stroke-drawn capitals and digits, handwriting .ttf glyphs, signatures, ticks.

Everything is drawn into a float alpha mask (0..1) the size of the page raster; the caller
composites the mask onto the page with an ink colour.
"""

import math
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/"
HAND_TTF = {
    "ecolier": FONT_DIR + "ecolier-court/Ecolier-court.ttf",
    "dkg": FONT_DIR + "fifthhorseman/dkg.ttf",
    "humor": FONT_DIR + "humor-sans/Humor-Sans.ttf",
    "ruf": FONT_DIR + "rufscript/Rufscript010.ttf",
}
ASCII_ONLY = {"humor", "ruf"}
SIZE = {"ecolier": 1.9, "dkg": 1.4, "humor": 1.4, "ruf": 1.45}


def _arc(cx, cy, rx, ry, a0, a1, n=14):
    pts = []
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        pts.append((cx + rx * math.cos(a), cy - ry * math.sin(a)))
    return pts


# Glyphs in a unit box: x 0..1 (scaled by width), y 0 (cap top) .. 1 (baseline).
GLYPHS = {
    "A": ([(0, 1), (0.5, 0), (1, 1)], [(0.22, 0.62), (0.78, 0.62)]),
    "B": (
        [(0, 1), (0, 0), (0.6, 0), (0.82, 0.1), (0.82, 0.36), (0.6, 0.48), (0, 0.48)],
        [(0.6, 0.48), (0.92, 0.6), (0.92, 0.88), (0.65, 1), (0, 1)],
    ),
    "C": (_arc(0.55, 0.5, 0.5, 0.5, 50, 310),),
    "D": ([(0, 0), (0, 1), (0.45, 1), (0.8, 0.85), (0.95, 0.5), (0.8, 0.15), (0.45, 0), (0, 0)],),
    "E": ([(0.9, 0), (0, 0), (0, 1), (0.9, 1)], [(0, 0.5), (0.7, 0.5)]),
    "F": ([(0.9, 0), (0, 0), (0, 1)], [(0, 0.5), (0.7, 0.5)]),
    "G": (_arc(0.55, 0.5, 0.5, 0.5, 50, 355) + [(1.0, 0.55), (0.6, 0.55)],),
    "H": ([(0, 0), (0, 1)], [(1, 0), (1, 1)], [(0, 0.5), (1, 0.5)]),
    "I": ([(0.5, 0), (0.5, 1)], [(0.2, 0), (0.8, 0)], [(0.2, 1), (0.8, 1)]),
    "J": ([(0.2, 0), (0.9, 0)], [(0.7, 0), (0.7, 0.72)] + _arc(0.4, 0.72, 0.3, 0.28, 0, -180)),
    "K": ([(0, 0), (0, 1)], [(0.9, 0), (0, 0.58)], [(0.3, 0.38), (0.95, 1)]),
    "L": ([(0, 0), (0, 1), (0.85, 1)],),
    "M": ([(0, 1), (0.05, 0), (0.5, 0.62), (0.95, 0), (1, 1)],),
    "N": ([(0, 1), (0, 0), (1, 1), (1, 0)],),
    "O": (_arc(0.5, 0.5, 0.5, 0.5, 90, 450, 20),),
    "P": ([(0, 1), (0, 0), (0.65, 0), (0.9, 0.12), (0.9, 0.4), (0.65, 0.52), (0, 0.52)],),
    "Q": (_arc(0.5, 0.5, 0.5, 0.5, 90, 450, 20), [(0.6, 0.7), (1, 1.05)]),
    "R": (
        [(0, 1), (0, 0), (0.65, 0), (0.9, 0.12), (0.9, 0.4), (0.65, 0.52), (0, 0.52)],
        [(0.4, 0.52), (0.95, 1)],
    ),
    "S": (
        [
            (0.9, 0.12),
            (0.6, 0),
            (0.3, 0),
            (0.05, 0.15),
            (0.12, 0.38),
            (0.5, 0.5),
            (0.88, 0.62),
            (0.95, 0.85),
            (0.7, 1),
            (0.35, 1),
            (0.05, 0.88),
        ],
    ),
    "T": ([(0, 0), (1, 0)], [(0.5, 0), (0.5, 1)]),
    "U": ([(0, 0), (0, 0.68)] + _arc(0.5, 0.68, 0.5, 0.32, 180, 360) + [(1, 0)],),
    "V": ([(0, 0), (0.5, 1), (1, 0)],),
    "W": ([(0, 0), (0.25, 1), (0.5, 0.35), (0.75, 1), (1, 0)],),
    "X": ([(0, 0), (1, 1)], [(1, 0), (0, 1)]),
    "Y": ([(0, 0), (0.5, 0.5), (1, 0)], [(0.5, 0.5), (0.5, 1)]),
    "Z": ([(0, 0), (1, 0), (0, 1), (1, 1)],),
    "0": (_arc(0.5, 0.5, 0.45, 0.5, 90, 450, 20),),
    "1": ([(0.15, 0.25), (0.6, 0), (0.6, 1)],),
    "2": (_arc(0.5, 0.3, 0.42, 0.3, 165, -30) + [(0, 1), (1, 1)],),
    "3": (
        [(0.05, 0.1), (0.4, 0), (0.8, 0.05), (0.9, 0.25), (0.7, 0.45), (0.35, 0.48)],
        [(0.7, 0.48), (0.95, 0.7), (0.85, 0.92), (0.45, 1), (0.05, 0.9)],
    ),
    "4": ([(0.75, 1), (0.75, 0), (0, 0.7), (1, 0.7)],),
    "5": (
        [
            (0.9, 0),
            (0.15, 0),
            (0.1, 0.45),
            (0.5, 0.38),
            (0.85, 0.5),
            (0.95, 0.75),
            (0.75, 0.97),
            (0.4, 1),
            (0.05, 0.9),
        ],
    ),
    "6": (
        [
            (0.85, 0.05),
            (0.5, 0),
            (0.2, 0.15),
            (0.05, 0.5),
            (0.1, 0.85),
            (0.45, 1),
            (0.8, 0.9),
            (0.9, 0.68),
            (0.7, 0.5),
            (0.35, 0.5),
            (0.08, 0.65),
        ],
    ),
    "7": ([(0, 0), (1, 0), (0.35, 1)], [(0.35, 0.52), (0.85, 0.52)]),
    "8": (_arc(0.5, 0.25, 0.36, 0.25, 270, 630, 16), _arc(0.5, 0.74, 0.45, 0.26, 90, 450, 16)),
    "9": (
        _arc(0.5, 0.3, 0.42, 0.3, 0, 360, 16),
        [(0.92, 0.3), (0.85, 0.7), (0.55, 1), (0.15, 0.92)],
    ),
    "/": ([(0.9, -0.05), (0.1, 1.05)],),
    ".": ([(0.45, 0.94), (0.52, 1.0)],),
    ",": ([(0.5, 0.9), (0.35, 1.18)],),
    "-": ([(0.1, 0.55), (0.9, 0.55)],),
    "'": ([(0.55, 0), (0.42, 0.28)],),
    "+": ([(0.1, 0.55), (0.9, 0.55)], [(0.5, 0.2), (0.5, 0.9)]),
    "@": (
        _arc(0.55, 0.55, 0.2, 0.22, 0, 360, 12),
        [(0.75, 0.4), (0.78, 0.75), (0.95, 0.7)] + _arc(0.55, 0.55, 0.45, 0.48, 0, 300, 16),
    ),
    "_": ([(0, 1.05), (1, 1.05)],),
}
NARROW = {"I": 0.45, "1": 0.45, ".": 0.25, ",": 0.25, "'": 0.25, "-": 0.5, "/": 0.5}
WIDE = {"M": 0.95, "W": 1.0, "@": 0.95}
MARKS = {
    "\u0301": ([(0.42, -0.12), (0.72, -0.32)],),
    "\u0300": ([(0.3, -0.32), (0.6, -0.12)],),
    "\u0302": ([(0.22, -0.12), (0.5, -0.32), (0.78, -0.12)],),
    "\u0308": ([(0.28, -0.2), (0.31, -0.17)], [(0.68, -0.2), (0.71, -0.17)]),
    "\u0327": ([(0.5, 1.0), (0.6, 1.12), (0.4, 1.22)],),
    "\u0303": ([(0.18, -0.17), (0.38, -0.28), (0.62, -0.16), (0.82, -0.27)],),
}


class Ink:
    """Float alpha mask holding pen strokes for one page raster."""

    def __init__(self, w, h):
        self.mask = np.zeros((h, w), np.uint8)
        self.w, self.h = w, h

    def polyline(self, pts, width):
        arr = np.array([[round(x * 4), round(y * 4)] for x, y in pts], np.int32)
        th = max(1, round(width))
        cv2.polylines(self.mask, [arr], False, 255, th, cv2.LINE_AA, 2)

    def paste(self, alpha, x, y):
        """Max-combine a small float mask with its top-left at (x, y)."""
        h, w = alpha.shape
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.w, x + w), min(self.h, y + h)
        if x1 <= x0 or y1 <= y0:
            return
        sub = (alpha[y0 - y : y1 - y, x0 - x : x1 - x] * 255).astype(np.uint8)
        np.maximum(self.mask[y0:y1, x0:x1], sub, out=self.mask[y0:y1, x0:x1])


def _smooth(pts, rng, jit, steps=5):
    """Densify a polyline with Catmull-Rom and add a slowly varying wobble."""
    if len(pts) < 2:
        return pts
    pts = [(x + rng.gauss(0, jit), y + rng.gauss(0, jit)) for x, y in pts]
    ext = [pts[0]] + pts + [pts[-1]]
    out = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
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


class Hand:
    """One writer: a style (own strokes or a handwriting ttf), size habits, slant, pen."""

    def __init__(self, rng, style=None, pen=None, slant=None):
        self.rng = rng
        self.style = style or rng.choice(
            ["stroke", "stroke", "stroke", "ecolier", "dkg", "ruf", "humor"]
        )
        self.pen = pen if pen is not None else rng.uniform(2.2, 4.6)
        self.slant = slant if slant is not None else rng.uniform(-0.05, 0.28)
        self.wobble = rng.uniform(0.015, 0.045)
        self.spacing = rng.uniform(0.12, 0.3)
        self.fonts = {}

    def _font(self, name, size):
        key = (name, size)
        if key not in self.fonts:
            self.fonts[key] = ImageFont.truetype(HAND_TTF[name], size)
        return self.fonts[key]

    # -- stroke glyphs -------------------------------------------------------
    def stroke_char(self, ink, ch, x, base, cap):
        rng = self.rng
        dec = unicodedata.normalize("NFD", ch)
        base_ch, marks = dec[0], dec[1:]
        base_ch = base_ch.upper()
        if base_ch == " ":
            return cap * 0.55
        strokes = GLYPHS.get(base_ch)
        if strokes is None:
            return cap * 0.5
        wf = NARROW.get(base_ch, WIDE.get(base_ch, 0.72)) * rng.uniform(0.88, 1.1)
        sc = cap * rng.uniform(0.92, 1.07)
        rot = math.radians(rng.gauss(0, 2.5))
        dy = rng.gauss(0, cap * 0.04)
        shear = self.slant + rng.gauss(0, 0.04)
        all_strokes = list(strokes)
        for m in marks:
            all_strokes.extend(MARKS.get(m, ()))
        for st in all_strokes:
            pts = []
            for ux, uy in st:
                px = ux * wf * sc + (1 - uy) * shear * sc
                py = (uy - 1) * sc
                rx = px * math.cos(rot) - py * math.sin(rot)
                ry = px * math.sin(rot) + py * math.cos(rot)
                pts.append((x + rx, base + dy + ry))
            dense = _smooth(pts, rng, self.wobble * sc, 4 if len(pts) > 3 else 6)
            ink.polyline(dense, self.pen * rng.uniform(0.85, 1.1))
        return wf * sc + cap * self.spacing

    # -- ttf glyphs ----------------------------------------------------------
    def ttf_char(self, ink, ch, x, base, cap, fontname):
        rng = self.rng
        if ch == " ":
            return cap * 0.5
        size = max(8, int(cap * SIZE[fontname] * rng.uniform(0.94, 1.06)))
        font = self._font(fontname, size)
        _left, _top, right, bottom = font.getbbox(ch)
        asc = font.getmetrics()[0]
        pad = int(size * 0.6)
        w, h = right + 2 * pad, bottom + 2 * pad
        im = Image.new("L", (max(4, w), max(4, h)), 0)
        ImageDraw.Draw(im).text((pad, pad), ch, font=font, fill=255)
        shear = self.slant * 0.6 + rng.gauss(0, 0.03)
        im = im.transform(
            im.size, Image.AFFINE, (1, shear, -shear * (pad + asc), 0, 1, 0), Image.BICUBIC
        )
        im = im.rotate(rng.gauss(0, 2.0), Image.BICUBIC, center=(pad, pad + asc))
        arr = np.asarray(im, np.float32) / 255.0
        grow = round(self.pen - 2.5) + (2 if fontname == "ecolier" else 0)
        if grow > 0:
            arr = cv2.dilate(arr, np.ones((grow + 1, grow + 1), np.uint8))
        dy = rng.gauss(0, cap * 0.04)
        ink.paste(np.clip(arr * 1.15, 0, 1), int(x - pad), int(base + dy - pad - asc))
        adv = font.getlength(ch)
        return adv * rng.uniform(0.95, 1.08) + cap * 0.03

    def write(self, ink, text, x, base, cap, style=None, max_w=None):
        """Write text starting at x with baseline `base` (pixels); returns end x."""
        style = style or self.style
        if style in ASCII_ONLY and any(ord(c) > 127 for c in text):
            style = "ecolier"
        if max_w:
            est = self.measure(text, cap, style)
            if est > max_w:
                cap = cap * max_w / est
        cx = x
        for ch in text:
            if style == "stroke":
                cx += self.stroke_char(ink, ch, cx, base, cap)
            else:
                cx += self.ttf_char(ink, ch, cx, base, cap, style)
        return cx

    def measure(self, text, cap, style):
        if style == "stroke":
            tot = 0.0
            for ch in text:
                b = unicodedata.normalize("NFD", ch)[0].upper()
                if ch == " ":
                    tot += cap * 0.55
                else:
                    tot += NARROW.get(b, WIDE.get(b, 0.72)) * cap + cap * self.spacing
            return tot
        font = self._font(style, max(8, int(cap * SIZE[style])))
        return font.getlength(text) * 1.03

    def comb(self, ink, text, cells, cap_ratio=0.62):
        """One character per comb cell; cells are (x, y_top, w, h) in pixels."""
        for ch, (cx, cy, cw, chh) in zip(text, cells):
            if ch == " ":
                continue
            cap = chh * cap_ratio * self.rng.uniform(0.92, 1.05)
            style = self.style if self.style not in ASCII_ONLY or ord(ch) < 128 else "ecolier"
            wf = NARROW.get(ch.upper(), 0.72) if style == "stroke" else 0.6
            x = cx + (cw - wf * cap) / 2 + self.rng.gauss(0, cw * 0.05)
            base = cy + chh * 0.5 + cap * 0.5 + self.rng.gauss(0, chh * 0.04)
            if style == "stroke":
                self.stroke_char(ink, ch, x, base, cap)
            else:
                self.ttf_char(ink, ch, x, base, cap, style)

    def tick(self, ink, x, y, s, kind=None):
        """A tick or a cross in a check box of size s px whose top-left is (x, y)."""
        rng = self.rng
        kind = kind or rng.choice(["x", "x", "v"])
        w = self.pen * rng.uniform(1.0, 1.3)
        over = s * rng.uniform(0.0, 0.35)
        if kind == "x":
            a = [(x - over * 0.3, y - over * 0.3), (x + s + over * 0.5, y + s + over * 0.2)]
            b = [(x + s + over * 0.4, y - over * 0.4), (x - over * 0.2, y + s + over * 0.3)]
            ink.polyline(_smooth(a, rng, s * 0.04, 6), w)
            ink.polyline(_smooth(b, rng, s * 0.04, 6), w)
        else:
            pts = [(x + s * 0.1, y + s * 0.5), (x + s * 0.4, y + s * 0.9), (x + s * 1.2, y - over)]
            ink.polyline(_smooth(pts, rng, s * 0.04, 6), w)

    def stray(self, ink, x, y, w, h):
        """A dot or a tiny tick left in the signature box, no signature."""
        rng = self.rng
        px, py = x + w * rng.uniform(0.25, 0.75), y + h * rng.uniform(0.35, 0.8)
        if rng.random() < 0.5:
            r = self.pen * rng.uniform(1.0, 1.8)
            ink.polyline(_arc(px, py, r, r, 0, 360, 10), self.pen)
        else:
            s = h * rng.uniform(0.05, 0.09)
            pts = [(px, py), (px + s * 0.4, py + s * 0.5), (px + s * 1.2, py - s * 0.6)]
            ink.polyline(_smooth(pts, rng, s * 0.05, 5), self.pen)

    def signature(self, ink, name, x, y, w, h):
        """A signature in the box (x, y, w, h): a capital, a cursive garland, a flourish."""
        rng = self.rng
        hgt = h * rng.uniform(0.32, 0.5)
        base = y + h * rng.uniform(0.55, 0.72)
        cx = x + w * rng.uniform(0.08, 0.3)
        pen = self.pen * rng.uniform(0.9, 1.15)
        letters = [p[0] for p in name.split() if p[:1].isalpha()][:2] or ["X"]
        saved = (self.slant, self.pen)
        self.slant, self.pen = self.slant + 0.25, pen
        for li, letter in enumerate(letters):
            cx += self.stroke_char(ink, letter, cx, base, hgt * (1.0 if li == 0 else 0.8))
            # cursive garland: prolate cycloid loops of varying height
            n = rng.randint(3, 7)
            r = hgt * rng.uniform(0.12, 0.22)
            v = r * rng.uniform(0.35, 0.8)
            pts = []
            amps = [rng.uniform(0.25, 1.0) for _ in range(n + 1)]
            steps = n * 14
            for i in range(steps + 1):
                t = i / 14 * 2 * math.pi
                k = min(n, i // 14)
                amp = hgt * 0.45 * amps[k]
                px = cx + v * t + r * math.cos(t + math.pi)
                py = base - amp * (0.5 - 0.5 * math.cos(t)) + 0.03 * hgt * math.sin(3 * t)
                pts.append((px + (base - py) * self.slant, py))
            pts = [(px + rng.gauss(0, pen * 0.15), py + rng.gauss(0, pen * 0.15)) for px, py in pts]
            ink.polyline(pts, pen)
            cx = pts[-1][0] + hgt * rng.uniform(0.1, 0.3)
        self.slant, self.pen = saved
        # flourish: a long curve back under the name
        x_end = min(x + w * 0.95, cx + hgt * rng.uniform(0.2, 0.8))
        p0 = (x_end, base - hgt * rng.uniform(0.1, 0.5))
        p1 = (x_end + hgt * 0.3, base + hgt * 0.4)
        p2 = (x + w * rng.uniform(0.1, 0.3), base + hgt * rng.uniform(0.1, 0.45))
        p3 = (x + w * rng.uniform(0.25, 0.55), base + hgt * rng.uniform(-0.05, 0.2))
        if rng.random() < 0.8:
            bez = []
            for i in range(41):
                t = i / 40
                a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
                bez.append(
                    (
                        a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                        a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
                    )
                )
            ink.polyline(bez, pen * 0.9)
        if rng.random() < 0.4:
            dx = x + w * rng.uniform(0.5, 0.8)
            ink.polyline(_arc(dx, base - hgt * 0.9, pen, pen, 0, 360, 8), pen)


def composite(page, mask, color, rng):
    """Blend the ink mask onto an RGB uint8 page with slight pressure variation."""
    h, w = mask.shape
    mask = mask.astype(np.float32) / 255.0
    noise = cv2.GaussianBlur(
        np.array(
            np.random.default_rng(rng.randrange(1 << 30)).random((h // 8 + 1, w // 8 + 1))
        ).astype(np.float32),
        (0, 0),
        2,
    )
    noise = cv2.resize(noise, (w, h), interpolation=cv2.INTER_LINEAR)
    alpha = np.clip(mask * (0.78 + 0.3 * noise), 0, 1)[..., None]
    out = page.astype(np.float32) * (1 - alpha) + np.array(color, np.float32) * alpha
    return out.clip(0, 255).astype(np.uint8)


INKS = {
    "blue": (28, 45, 140),
    "blue2": (20, 60, 170),
    "black": (25, 25, 30),
    "blueblack": (30, 35, 70),
}


def signature_png(rng, name, w_px, h_px):
    """An RGBA image of a signature (for pasting into the fillable PDF)."""
    ink = Ink(w_px, h_px)
    hand = Hand(rng, style="stroke", pen=rng.uniform(2.5, 4.0))
    hand.signature(ink, name, 0, 0, w_px, h_px)
    col = INKS[rng.choice(["blue", "black", "blueblack"])]
    rgba = np.zeros((h_px, w_px, 4), np.uint8)
    rgba[..., :3] = col
    rgba[..., 3] = ink.mask
    return Image.fromarray(rgba, "RGBA")
