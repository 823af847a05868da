"""Handwriting on a 300 dpi page raster: stroke-drawn capitals, handwriting fonts, ticks, signatures.

Everything draws into a uint8 ink mask (H x W); `compose` lays the ink on the page.
"""

import itertools
import math
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

HAND_FONTS = [
    "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "/usr/share/fonts/truetype/breip/Breip.ttf",
    "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
]
NO_ACCENTS = {"Rufscript010.ttf", "Humor-Sans.ttf"}

INKS = {"blue": (28, 45, 150), "black": (22, 22, 30), "blue_gel": (20, 60, 175)}


def _arc(cx, cy, rx, ry, a0, a1):
    n = max(6, int(abs(a1 - a0) / 12))
    out = []
    for i in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * i / n)
        out.append((cx + rx * math.cos(a), cy + ry * math.sin(a)))
    return out


# Grid: x from 0 (left), y from 0 (cap top) to 10 (baseline).
_P = [(0, 10), (0, 0), (3.5, 0)] + _arc(3.5, 2.7, 2.7, 2.7, -90, 90) + [(0, 5.4)]
GLYPHS = {
    "A": [[(0, 10), (3.5, 0), (7, 10)], [(1.3, 6.2), (5.7, 6.2)]],
    "B": [
        [(0, 0), (0, 10)],
        [(0, 0), (3.3, 0)] + _arc(3.3, 2.5, 2.6, 2.5, -90, 90) + [(0, 5)],
        [(0, 5), (3.7, 5)] + _arc(3.7, 7.5, 2.8, 2.5, -90, 90) + [(0, 10)],
    ],
    "C": [_arc(4, 5, 4, 5, -40, -320)],
    "D": [[(0, 0), (0, 10)], [(0, 0), (2.3, 0)] + _arc(2.3, 5, 4.2, 5, -90, 90) + [(0, 10)]],
    "E": [[(6, 0), (0, 0), (0, 10), (6, 10)], [(0, 5), (4.5, 5)]],
    "F": [[(6, 0), (0, 0), (0, 10)], [(0, 5), (4.5, 5)]],
    "G": [_arc(4, 5, 4, 5, -40, -355) + [(8, 6)], [(8, 6), (4.6, 6)]],
    "H": [[(0, 0), (0, 10)], [(6, 0), (6, 10)], [(0, 5), (6, 5)]],
    "I": [[(1, 0), (1, 10)]],
    "J": [[(6, 0), (6, 7)] + _arc(3, 7, 3, 3, 0, 180)],
    "K": [[(0, 0), (0, 10)], [(6, 0), (0, 6)], [(1.8, 4.2), (6.5, 10)]],
    "L": [[(0, 0), (0, 10), (5.5, 10)]],
    "M": [[(0, 10), (0.5, 0), (4, 7), (7.5, 0), (8, 10)]],
    "N": [[(0, 10), (0, 0), (6.5, 10), (6.5, 0)]],
    "O": [_arc(4, 5, 4, 5, -90, -450)],
    "P": [_P],
    "Q": [_arc(4, 5, 4, 5, -90, -450), [(4.5, 7), (8, 10.5)]],
    "R": [_P, [(2.5, 5.4), (6.5, 10)]],
    "S": [_arc(3.5, 2.6, 3.2, 2.6, -20, -270) + _arc(3.5, 7.4, 3.4, 2.6, -90, 160)],
    "T": [[(0, 0), (7, 0)], [(3.5, 0), (3.5, 10)]],
    "U": [[(0, 0), (0, 6.5)] + _arc(3, 6.5, 3, 3.5, 180, 0) + [(6, 0)]],
    "V": [[(0, 0), (3.5, 10), (7, 0)]],
    "W": [[(0, 0), (2, 10), (4.5, 3), (7, 10), (9, 0)]],
    "X": [[(0, 0), (6.5, 10)], [(6.5, 0), (0, 10)]],
    "Y": [[(0, 0), (3.5, 5), (7, 0)], [(3.5, 5), (3.5, 10)]],
    "Z": [[(0, 0), (6.5, 0), (0, 10), (6.8, 10)]],
    "0": [_arc(3, 5, 3, 5, -90, -450)],
    "1": [[(1, 2), (3, 0), (3, 10)]],
    "2": [_arc(3, 3, 3, 3, -160, 20) + [(0, 10), (6.5, 10)]],
    "3": [_arc(3, 2.6, 3, 2.6, -150, 90) + _arc(3, 7.4, 3.2, 2.6, -90, 150)],
    "4": [[(5, 10), (5, 0), (0, 7), (7, 7)]],
    "5": [[(6, 0), (1, 0), (0.6, 4.4)] + _arc(3.2, 6.8, 3.2, 3.2, -130, 150)],
    "6": [_arc(6.2, 6.8, 6, 6.5, -100, -180) + _arc(3.3, 6.8, 3.1, 3.2, 180, 540)],
    "7": [[(0, 0), (6.5, 0), (2.5, 10)]],
    "8": [_arc(3.2, 2.5, 2.8, 2.5, 90, 450), _arc(3.2, 7.4, 3.2, 2.6, -90, 270)],
    "9": [_arc(3.2, 3.2, 3.1, 3.2, 0, 360) + [(6.3, 3.2), (5.5, 10)]],
    "/": [[(5, -0.5), (0, 10.5)]],
    ".": [[(0.4, 9.5), (0.8, 10)]],
    ",": [[(0.8, 9.2), (0.2, 11.5)]],
    "-": [[(0, 6), (4, 6)]],
    "'": [[(1, 0), (0.5, 2.8)]],
    "_": [[(0, 10.4), (6, 10.4)]],
    "@": [_arc(4, 6, 1.8, 2, 0, 360), [(5.8, 4), (5.8, 7.4)] + _arc(4.3, 6, 4.3, 4.5, 20, -300)],
    "(": [_arc(3, 5, 2.5, 6, -120, -240)],
    ")": [_arc(0, 5, 2.5, 6, -60, 60)],
}
SEVEN_BAR = [(1.8, 5), (5.5, 5)]
ACCENTS = {
    "\u0301": [[(2.6, -1.0), (4.6, -2.8)]],
    "\u0300": [[(2.2, -2.8), (4.0, -1.0)]],
    "\u0302": [[(1.8, -1.0), (3.3, -2.8), (4.8, -1.0)]],
    "\u0308": [[(2.0, -1.6), (2.2, -1.2)], [(4.4, -1.6), (4.6, -1.2)]],
    "\u0327": [[(4.0, 10.0), (4.6, 11.3), (3.2, 12.0)]],
    "\u0303": [[(1.8, -1.4), (2.8, -2.4), (4.0, -1.6), (5.0, -2.6)]],
}


def _width(strokes):
    return max(x for s in strokes for x, _ in s) if strokes else 3.0


class Pen:
    """One writer: a pen (width, ink), a style (strokes or a font), a slant, a jitter."""

    def __init__(self, rng, shape, style, ink="blue", width=3, slant=0.12, jitter=0.05):
        self.rng = rng
        self.mask = np.zeros(shape[:2], np.uint8)
        self.style = style  # "strokes" or a font path
        self.ink = INKS[ink]
        self.width = width
        self.slant = slant
        self.jitter = jitter
        self.bar7 = rng.random() < 0.6
        self._fonts = {}

    # --- strokes --------------------------------------------------------------------------
    def _char_strokes(self, ch):
        dec = unicodedata.normalize("NFD", ch)
        base = dec[0].upper()
        strokes = [list(s) for s in GLYPHS.get(base, [])]
        if base == "7" and self.bar7:
            strokes.append(SEVEN_BAR)
        w = _width(strokes) if strokes else 3.0
        for mark in dec[1:]:
            for s in ACCENTS.get(mark, []):
                dx = (w - 6.4) / 2 if mark != "\u0327" else (w - 8) / 2
                strokes.append([(x + dx, y) for x, y in s])
        if ch == " ":
            return [], 4.5
        return strokes, w

    def _poly(self, pts, x, base, cap, rot=0.0):
        rng = self.rng
        j = self.jitter * cap
        out = []
        cos_r, sin_r = math.cos(rot), math.sin(rot)
        for gx, gy in pts:
            px = gx * cap / 10.0
            py = (gy - 10.0) * cap / 10.0
            px -= py * self.slant
            qx = px * cos_r - py * sin_r
            qy = px * sin_r + py * cos_r
            out.append((x + qx + rng.gauss(0, j), base + qy + rng.gauss(0, j)))
        # densify with a small wobble
        dense = []
        for (ax, ay), (bx, by) in itertools.pairwise(out):
            n = max(1, int(math.hypot(bx - ax, by - ay) / 6))
            for k in range(n):
                t = k / n
                dense.append((ax + (bx - ax) * t, ay + (by - ay) * t))
        dense.append(out[-1])
        return np.array(dense, np.float64)

    def _stroke_line(self, arr, width):
        pts = np.round(arr * 4).astype(np.int32).reshape(-1, 1, 2)
        cv2.polylines(self.mask, [pts], False, 255, max(1, int(width)), cv2.LINE_AA, shift=2)

    def _glyph_strokes(self, ch, x, base, cap):
        strokes, w = self._char_strokes(ch)
        scale = cap * self.rng.uniform(0.92, 1.08)
        rot = self.rng.gauss(0, 0.03)
        dy = self.rng.gauss(0, cap * 0.03)
        for s in strokes:
            if len(s) < 2:
                continue
            width = max(2, min(5, self.width + self.rng.choice([-1, 0, 0, 0, 1])))
            self._stroke_line(self._poly(s, x, base + dy, scale, rot), width)
        return w * scale / 10.0

    # --- fonts ----------------------------------------------------------------------------
    def _font(self, cap):
        size = round(cap * 1.45)
        if size not in self._fonts:
            f = ImageFont.truetype(self.style, size)
            b = f.getbbox("H", anchor="ls")
            real = -b[1]
            size2 = max(8, round(size * cap / max(1, real)))
            self._fonts[size] = ImageFont.truetype(self.style, size2)
        return self._fonts[size]

    def _text_for_font(self, text):
        if self.style.rsplit("/", 1)[-1] in NO_ACCENTS:
            return "".join(
                c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
            )
        return text

    def _glyph_font(self, ch, x, base, cap):
        f = self._font(cap)
        adv = f.getlength(ch)
        if ch == " ":
            return adv
        size = f.size
        pad = size
        im = Image.new("L", (int(adv) + 2 * pad, 3 * size), 0)
        ImageDraw.Draw(im).text((pad, 2 * size), ch, font=f, fill=255, anchor="ls")
        ang = self.rng.gauss(0, 2.5)
        sh = self.slant * 0.6 + self.rng.gauss(0, 0.03)
        cx, cy = pad, 2 * size
        a = np.array(cv2.getRotationMatrix2D((cx, cy), ang, self.rng.uniform(0.94, 1.06)))
        a[0, 1] -= sh
        a[0, 2] += sh * cy
        arr = cv2.warpAffine(np.array(im), a, im.size, flags=cv2.INTER_LINEAR)
        if self.width >= 4:
            arr = cv2.dilate(arr, np.ones((2, 2), np.uint8))
        ox = round(x - pad)
        oy = round(base + self.rng.gauss(0, cap * 0.03) - 2 * size)
        self._blit(arr, ox, oy)
        return adv * self.rng.uniform(0.97, 1.05)

    def _blit(self, arr, ox, oy):
        h, w = arr.shape
        hh, ww = self.mask.shape
        x0, y0 = max(0, ox), max(0, oy)
        x1, y1 = min(ww, ox + w), min(hh, oy + h)
        if x1 <= x0 or y1 <= y0:
            return
        sub = arr[y0 - oy : y1 - oy, x0 - ox : x1 - ox]
        np.maximum(self.mask[y0:y1, x0:x1], sub, out=self.mask[y0:y1, x0:x1])

    # --- public ---------------------------------------------------------------------------
    def glyph(self, ch, x, base, cap):
        if self.style == "strokes":
            return self._glyph_strokes(ch, x, base, cap)
        return self._glyph_font(ch, x, base, cap)

    def prepare(self, text):
        if self.style == "strokes":
            return text.upper()
        return self._text_for_font(text)

    def measure(self, text, cap):
        if self.style == "strokes":
            tot = 0.0
            for ch in text:
                tot += self._char_strokes(ch)[1] * cap / 10.0 + cap * 0.28
            return tot
        return self._font(cap).getlength(text)

    def write(self, x, base, text, cap, max_w=None):
        """Write `text` from x on baseline `base`; shrink to fit max_w. Returns the text drawn."""
        text = self.prepare(text)
        if max_w:
            w = self.measure(text, cap)
            if w > max_w:
                cap = cap * max_w / w
        gap = cap * 0.28 if self.style == "strokes" else 0
        drift = self.rng.gauss(0, 0.012)
        x0 = x
        for ch in text:
            x += self.glyph(ch, x, base + (x - x0) * drift, cap) + gap * self.rng.uniform(0.8, 1.2)
        return text

    def write_cells(self, cells, text, cap=None):
        text = self.prepare(text)
        for (x0, y0, x1, y1), ch in zip(cells, text):
            if ch == " ":
                continue
            c = cap or (y1 - y0) * self.rng.uniform(0.55, 0.68)
            w = self.measure(ch, c) - (c * 0.28 if self.style == "strokes" else 0)
            cx = (x0 + x1) / 2 + self.rng.gauss(0, (x1 - x0) * 0.05)
            base = y1 - (y1 - y0) * self.rng.uniform(0.14, 0.24)
            self.glyph(ch, cx - w / 2, base, c)
        return text

    def tick(self, rect, kind="cross"):
        x0, y0, x1, y1 = rect
        w, h = x1 - x0, y1 - y0
        r = self.rng
        wd = max(2, min(5, self.width + 1))
        if kind == "cross":
            for a, b in (((0.1, 0.1), (0.9, 0.9)), ((0.88, 0.08), (0.12, 0.92))):
                p = [
                    (x0 + w * (a[0] + r.gauss(0, 0.06)), y0 + h * (a[1] + r.gauss(0, 0.06))),
                    (x0 + w * (b[0] + r.gauss(0, 0.06)), y0 + h * (b[1] + r.gauss(0, 0.06))),
                ]
                self._stroke_line(np.array(p), wd)
        else:
            p = [
                (x0 + w * 0.1, y0 + h * 0.5),
                (x0 + w * 0.4, y0 + h * (0.85 + r.gauss(0, 0.05))),
                (x0 + w * (1.05 + r.gauss(0, 0.1)), y0 - h * (0.2 + r.random() * 0.3)),
            ]
            self._stroke_line(np.array(p), wd)

    def stray(self, rect):
        x0, y0, x1, y1 = rect
        r = self.rng
        cx = x0 + (x1 - x0) * r.uniform(0.2, 0.8)
        cy = y0 + (y1 - y0) * r.uniform(0.3, 0.8)
        if r.random() < 0.5:
            cv2.circle(self.mask, (int(cx), int(cy)), r.randint(3, 6), 255, -1, cv2.LINE_AA)
        else:
            ln = r.uniform(14, 30)
            p = [(cx, cy), (cx + ln * 0.3, cy + ln * 0.4), (cx + ln, cy - ln * 0.5)]
            self._stroke_line(np.array(p), max(2, self.width))

    def signature(self, rect, name):
        """A pen-drawn signature: a capital initial, cursive loops, a flourish."""
        r = self.rng
        x0, y0, x1, y1 = rect
        w, h = x1 - x0, y1 - y0
        sx = x0 + w * r.uniform(0.1, 0.3)
        base = y0 + h * r.uniform(0.55, 0.7)
        amp = h * r.uniform(0.16, 0.28)
        cap = amp * r.uniform(1.5, 2.1)
        save_slant, save_j = self.slant, self.jitter
        self.slant, self.jitter = r.uniform(0.2, 0.5), 0.03
        initial = next((c for c in name if c.isalpha()), "X")
        adv = self._glyph_strokes(initial, sx, base, cap)
        self.slant, self.jitter = save_slant, save_j
        # cursive body: prolate cycloid, random loop heights
        pts = []
        n_loops = r.randint(3, 7)
        x_start = sx + adv + amp * 0.2
        room = max(amp, x0 + w * r.uniform(0.8, 0.95) - x_start)
        v = room / (n_loops * 2 * math.pi)
        loops = [(v * r.uniform(1.0, 2.2), amp * r.uniform(0.4, 1.5)) for _ in range(n_loops + 1)]
        t = 0.0
        tilt = r.uniform(-0.12, 0.04)
        while t < n_loops * 2 * math.pi:
            rr, a = loops[int(t / (2 * math.pi))]
            x = x_start + v * t - rr * math.sin(t)
            y = base - a * (1 - math.cos(t)) / 2 + (x - x_start) * tilt
            pts.append((x, y))
            t += 0.15
        if r.random() < 0.8:  # flourish back under the name
            ex, ey = pts[-1]
            p1 = ((sx + ex) / 2 + r.gauss(0, w * 0.05), base + h * r.uniform(0.18, 0.3))
            p2 = (sx - w * r.uniform(0.0, 0.08), base + h * r.uniform(0.02, 0.15))
            for i in range(1, 25):
                u = i / 24
                bx = (1 - u) ** 2 * ex + 2 * (1 - u) * u * p1[0] + u * u * p2[0]
                by = (1 - u) ** 2 * ey + 2 * (1 - u) * u * p1[1] + u * u * p2[1]
                pts.append((bx, by))
        arr = np.array(pts) + np.array([[r.gauss(0, 0.6), r.gauss(0, 0.6)] for _ in pts])
        seg = 8
        for i in range(0, len(arr) - 1, seg):
            wd = max(2, min(5, self.width + r.choice([-1, 0, 0, 1])))
            self._stroke_line(arr[i : i + seg + 1], wd)
        if r.random() < 0.3:
            ex, ey = pts[-1] if len(pts) else (sx, base)
            cv2.circle(self.mask, (int(ex + 20), int(ey - 10)), 3, 255, -1, cv2.LINE_AA)


def compose(img, pens, rng):
    """Lay each pen's ink on an RGB uint8 page."""
    out = img.astype(np.float32)
    for pen in pens:
        m = cv2.GaussianBlur(pen.mask, (3, 3), 0.6).astype(np.float32) / 255.0
        dens = rng.uniform(0.82, 0.97)
        a = (m * dens)[..., None]
        ink = np.array(pen.ink, np.float32)[None, None, :]
        out = out * (1 - a) + ink * a
    return np.clip(out, 0, 255).astype(np.uint8)


def signature_rgba(rng, size_px, name, ink="blue", width=3):
    """A signature as an RGBA image (for pasting into the fillable PDF)."""
    w, h = size_px
    pen = Pen(rng, (h, w), "strokes", ink=ink, width=width, slant=0.25)
    pen.signature((0, 0, w, h), name)
    m = cv2.GaussianBlur(pen.mask, (3, 3), 0.6)
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., :3] = pen.ink
    rgba[..., 3] = m
    return Image.fromarray(rgba, "RGBA")
