"""Pen-like handwriting on a page image: glyphs from handwriting fonts with per-glyph jitter,
capitals one per comb box, ticks, crosses, filled squares, signatures and stray marks."""

from __future__ import annotations

import math
import random

from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HANDS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "comic_it": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Italic.otf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "dkg_it": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
}
FALLBACK = "kaushan"
# size factors so that every hand has about the same capital height for a given size
GAIN = {
    "dancing": 1.45,
    "kaushan": 1.2,
    "breip": 1.55,
    "comic_it": 1.1,
    "dkg": 1.4,
    "dkg_it": 1.4,
    "comic": 1.1,
}
INKS = {
    "blue": (22, 45, 150),
    "blue_light": (40, 80, 185),
    "black": (28, 28, 36),
}
_CMAPS: dict = {}
_FONTS: dict = {}


def _cmap(name):
    if name not in _CMAPS:
        _CMAPS[name] = set(FTFont(HANDS[name]).getBestCmap())
    return _CMAPS[name]


def _font(name, size):
    key = (name, int(size))
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(HANDS[name], int(size))
    return _FONTS[key]


class Pen:
    """Writes on an ink mask (L image, 255 = full ink) which is composited at the end."""

    def __init__(self, page: Image.Image, rng: random.Random, hand: str, ink: str, px_per_pt):
        self.page = page
        self.rng = rng
        self.hand = hand
        self.ink = INKS[ink]
        self.k = px_per_pt
        self.mask = Image.new("L", page.size, 0)
        self.slant = rng.uniform(-4, 6)
        self.scale = rng.uniform(0.92, 1.12)
        self.pressure = rng.uniform(0.78, 0.97)

    # ---- coordinates: points, origin bottom-left -> pixels ----------------------------
    def px(self, x, y):
        return x * self.k, self.page.size[1] - y * self.k

    def glyph(self, ch, cx, base, size_px, hand=None, rot=None):
        """Draw one glyph whose left edge is at cx (pixels) and baseline at base; return
        advance in pixels."""
        hand = hand or self.hand
        if ord(ch) not in _cmap(hand):
            hand = FALLBACK
            size_px *= 0.85
        size_px *= self.rng.uniform(0.93, 1.07) * GAIN[hand]
        f = _font(hand, size_px)
        if ch == " ":
            return f.getlength(" ") * self.rng.uniform(0.9, 1.3)
        pad = int(size_px)
        ascent, descent = f.getmetrics()
        tile = Image.new("L", (int(f.getlength(ch)) + 2 * pad, ascent + descent + 2 * pad), 0)
        ImageDraw.Draw(tile).text((pad, pad), ch, font=f, fill=int(255 * self.pressure))
        angle = (rot if rot is not None else self.rng.uniform(-4, 4)) - self.slant * 0.3
        tile = tile.rotate(angle, resample=Image.BICUBIC, expand=False)
        jy = self.rng.uniform(-0.05, 0.05) * size_px
        ox = int(cx - pad)
        oy = int(base - ascent - pad + jy)
        self.mask.paste(Image.new("L", tile.size, 255), (ox, oy), tile)
        return f.getlength(ch) * self.rng.uniform(0.95, 1.06)

    def write(self, x, y, text, size_pt=11, hand=None, max_w=None):
        """Write text with its baseline at (x, y) in points."""
        cx, base = self.px(x, y)
        size_px = size_pt * self.k * self.scale
        if max_w:
            h = hand or self.hand
            natural = _font(h, size_px * GAIN[h]).getlength(text) * 1.04
            if natural > max_w * self.k * 0.92:
                size_px *= max_w * self.k * 0.92 / natural
        base += self.rng.uniform(-1.0, 0.5) * self.k
        start = cx
        drift = self.rng.uniform(-0.02, 0.02)
        for ch in text:
            cx += self.glyph(ch, cx, base + (cx - start) * drift, size_px, hand)
        return cx / self.k

    def comb(self, geo, text, size_pt=None, overflow=1.0):
        """One capital per cell; ``overflow`` > 1 makes glyphs spill over the cell borders.
        Letters beyond the last cell are written on after it, as people do."""
        n = geo["cells"]
        cell = geo["w"] / n
        size_pt = (size_pt or geo["h"] * 0.72) * overflow
        x0, y0 = geo["x"], geo["y"] + geo["h"] * 0.18
        for i, ch in enumerate(text):
            if ch == " ":
                continue
            hd = self.hand if ord(ch) in _cmap(self.hand) else FALLBACK
            w = _font(hd, size_pt * self.k * GAIN[hd]).getlength(ch) / self.k
            cx = x0 + cell * (i + 0.5) - w / 2 + self.rng.uniform(-1.0, 1.0)
            if i >= n:
                cx = x0 + cell * n + (i - n) * cell * 0.8 + 2
            bx, by = self.px(cx, y0 + self.rng.uniform(-0.8, 0.8))
            self.glyph(ch, bx, by, size_pt * self.k, rot=self.rng.uniform(-5, 5))

    def stroke(self, pts_pt, width_pt=1.1, jitter=0.4):
        pts = [self.px(x + self.rng.uniform(-jitter, jitter), y) for x, y in pts_pt]
        d = ImageDraw.Draw(self.mask)
        w = max(1, int(width_pt * self.k))
        d.line(pts, fill=int(255 * self.pressure), width=w, joint="curve")
        r = w / 2
        for p in (pts[0], pts[-1]):
            d.ellipse((p[0] - r, p[1] - r, p[0] + r, p[1] + r), fill=int(255 * self.pressure))

    def tick(self, geo, style):
        x, y, s = geo["x"], geo["y"], geo["w"]
        r = self.rng
        if style == "check":
            a = (x + s * 0.1, y + s * 0.55)
            b = (x + s * 0.42 + r.uniform(-1, 1), y + s * 0.1)
            c = (x + s * 1.25 + r.uniform(-1, 2), y + s * 1.35 + r.uniform(-1, 2))
            self.stroke(_curve(a, b, 5) + _curve(b, c, 8)[1:], 1.2)
        elif style == "cross":
            e = r.uniform(0.05, 0.25) * s
            self.stroke(_curve((x - e, y + s + e), (x + s + e, y - e), 8), 1.1)
            self.stroke(_curve((x + s + e, y + s + e), (x - e, y - e * 0.5), 8), 1.1)
        else:  # filled square, scribbled
            for i in range(7):
                yy = y + s * (0.12 + i * 0.12)
                self.stroke([(x + s * 0.12, yy), (x + s * 0.88, yy + s * 0.06)], 1.3, 0.3)

    def signature(self, geo, name, rng):
        """A script name with a flourish, placed somewhere in the box."""
        hand = rng.choice(["dancing", "kaushan", "dkg_it"])
        bw, bh = geo["w"], geo["h"]
        size = bh * rng.uniform(0.28, 0.4)
        x = geo["x"] + bw * rng.uniform(0.1, 0.3)
        y = geo["y"] + bh * rng.uniform(0.3, 0.45)
        word = name if rng.random() < 0.6 else name[0] + ". " + name.split()[-1][:6]
        room = geo["x"] + bw * 0.92 - x
        length = _font(hand, size * self.k * self.scale * GAIN[hand]).getlength(word) / self.k
        if length * 1.08 > room:
            size *= room / (length * 1.08)
        end = self.write(x, y, word, size, hand=hand)
        pts = []
        x1 = min(end + 6, geo["x"] + bw - 4)
        for i in range(30):
            t = i / 29
            xx = x - 8 + (x1 - x + 12) * t
            yy = y - 4 + math.sin(t * math.pi * rng.uniform(1.5, 3)) * 4 - t * 2
            pts.append((xx, yy))
        self.stroke(pts, 0.9, 0.2)

    def stray(self, geo, rng):
        x = geo["x"] + geo["w"] * rng.uniform(0.25, 0.75)
        y = geo["y"] + geo["h"] * rng.uniform(0.25, 0.6)
        if rng.random() < 0.5:
            self.stroke([(x, y), (x + 0.6, y + 0.4)], 2.2, 0.0)
        else:
            self.stroke([(x, y + 3), (x + 2, y), (x + 6, y + 6)], 0.9, 0.1)

    def commit(self):
        """Composite the ink mask on the page (slightly soft edges, pen-like)."""
        m = self.mask.filter(ImageFilter.GaussianBlur(0.6 * self.k / 2.8))
        ink = Image.new("RGB", self.page.size, self.ink)
        self.page.paste(Image.composite(ink, self.page, m), (0, 0))
        return self.page


def _curve(a, b, n):
    return [
        (a[0] + (b[0] - a[0]) * i / (n - 1), a[1] + (b[1] - a[1]) * i / (n - 1)) for i in range(n)
    ]


def signature_image(name, rng, ink="blue", width=900):
    """A handwritten signature as an RGBA image (scanned and pasted into a PDF)."""
    h = int(width * 0.38)
    img = Image.new("RGB", (width, h), (255, 255, 255))
    pen = Pen(img, rng, "dancing", ink, 1.0 * width / 230)
    pen.signature({"x": 0, "y": 0, "w": 230, "h": 230 * 0.38}, name, rng)
    m = pen.mask.filter(ImageFilter.GaussianBlur(1.2))
    out = Image.new("RGBA", img.size, INKS[ink] + (0,))
    out.putalpha(m)
    return out
