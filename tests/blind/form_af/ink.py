"""Pen-like handwriting, ticks and signatures drawn on a page raster with Pillow."""

import logging
import math
import unicodedata
from functools import cache

from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFont

logging.getLogger("fontTools").setLevel(logging.ERROR)

HAND_FONTS = {
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
}
SIG_FONTS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "z003": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "rufscript": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
}
INKS = {"blue": (28, 42, 140), "black": (30, 30, 38), "bic": (20, 60, 170)}


@cache
def _cmap(path):
    return set(FTFont(path).getBestCmap())


@cache
def _font(path, size):
    return ImageFont.truetype(path, size)


@cache
def _ratios(path):
    """(cap height, x height) as fractions of the nominal size."""
    f = _font(path, 100)
    cap, xh = f.getbbox("H"), f.getbbox("x")
    return (cap[3] - cap[1]) / 100, (xh[3] - xh[1]) / 100


def norm(path):
    """Size factor that gives every font a similar x-height without oversized capitals."""
    cap, xh = _ratios(path)
    return min(0.5 / xh, 0.82 / cap)


THIN = ("Ecolier", "Dancing", "Z003", "dkg", "Breip")


def _ascii(ch):
    return unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?"


def covered(path, text):
    cm = _cmap(path)
    return "".join(c if (ord(c) in cm or c == " ") else _ascii(c) for c in text)


class Pen:
    """Draws on an RGB page image; coordinates come in points (top-left), scale = px per pt."""

    def __init__(self, img, scale, rng, font="ecolier", ink="blue", size=11.0, slant=0.0):
        self.img, self.s, self.rng = img, scale, rng
        self.path = HAND_FONTS.get(font) or SIG_FONTS[font]
        self.ink = INKS[ink]
        self.size = size
        self.slant = slant
        self.draw = ImageDraw.Draw(img)

    def _glyph(self, ch, px, x, y_base, angle):
        f = _font(self.path, max(6, int(px)))
        l, t, r, b = f.getbbox(ch)
        if r <= l:
            return
        pad = int(px * 0.4)
        tile = Image.new("L", (r - l + 2 * pad, b - t + 2 * pad), 0)
        sw = max(1, round(px / 40)) if any(k in self.path for k in THIN) else round(px / 70)
        ImageDraw.Draw(tile).text(
            (pad - l, pad - t), ch, font=f, fill=255, stroke_width=sw, stroke_fill=255
        )
        tile = tile.rotate(angle, resample=Image.BICUBIC, expand=False)
        a = self.rng.uniform(0.78, 1.0)
        tile = tile.point(lambda v: int(v * a))
        asc = f.getmetrics()[0]
        ox, oy = int(x + l - pad), int(y_base - asc + t - pad)
        colour = Image.new("RGB", tile.size, self.ink)
        self.img.paste(colour, (ox, oy), tile)

    def write(self, x, y_base, text, size=None, spacing=1.0):
        """Writes text starting at (x, y_base) in points, glyph by glyph with jitter."""
        rng, s = self.rng, self.s
        text = covered(self.path, text)
        px = (size or self.size) * s * norm(self.path)
        f = _font(self.path, max(6, int(px)))
        cx, cy = x * s, y_base * s
        drift = rng.uniform(-0.04, 0.04)
        for ch in text:
            adv = f.getlength(ch) * rng.uniform(0.96, 1.07) * spacing
            if ch != " ":
                gpx = px * rng.uniform(0.93, 1.07)
                ang = self.slant + rng.uniform(-4, 4)
                self._glyph(ch, gpx, cx, cy + rng.uniform(-0.06, 0.06) * px, ang)
            cx += adv
            cy += drift * adv * 0.3
        return cx / s

    def comb(self, boxes, text):
        """One capital per comb box."""
        rng, s = self.rng, self.s
        text = covered(self.path, text)
        for (bx, by, bw, bh), ch in zip(boxes, text):
            if ch == " ":
                continue
            px = bh * 0.66 / _ratios(self.path)[0] * s * rng.uniform(0.92, 1.05)
            f = _font(self.path, max(6, int(px)))
            w = f.getlength(ch)
            x = bx * s + (bw * s - w) / 2 + rng.uniform(-0.08, 0.08) * bw * s
            y = (by + bh) * s - bh * s * 0.16 + rng.uniform(-0.06, 0.06) * bh * s
            self._glyph(ch, px, x, y, self.slant + rng.uniform(-5, 5))

    def stroke(self, pts, width):
        """A polyline in points with a slightly varying width."""
        s = self.s
        q = [(x * s, y * s) for x, y in pts]
        for i in range(len(q) - 1):
            w = max(1, int(width * s * self.rng.uniform(0.8, 1.15)))
            self.draw.line([q[i], q[i + 1]], fill=self.ink, width=w)
            self.draw.ellipse(
                [
                    q[i + 1][0] - w / 2,
                    q[i + 1][1] - w / 2,
                    q[i + 1][0] + w / 2,
                    q[i + 1][1] + w / 2,
                ],
                fill=self.ink,
            )

    def tick(self, x, y, size, kind):
        """A mark in the box at (x, y) of side size (points)."""
        rng = self.rng
        j = lambda v: v + rng.uniform(-0.08, 0.08) * size  # noqa: E731
        if kind == "cross":
            self.stroke(
                [
                    (j(x + 1), j(y + 1)),
                    (j(x + size * 0.5), j(y + size * 0.5)),
                    (j(x + size - 0.5), j(y + size - 0.5)),
                ],
                0.9,
            )
            self.stroke([(j(x + size - 1), j(y + 1)), (j(x + 1), j(y + size - 0.5))], 0.9)
        elif kind == "check":
            self.stroke(
                [
                    (j(x + 1), j(y + size * 0.55)),
                    (j(x + size * 0.4), j(y + size - 0.5)),
                    (j(x + size * 1.15), j(y - size * 0.35)),
                ],
                1.0,
            )
        elif kind == "fill":
            n = 6
            for i in range(n):
                yy = y + 1 + i * (size - 2) / (n - 1)
                self.stroke([(j(x + 1), yy), (j(x + size - 1), yy + rng.uniform(-0.6, 0.6))], 0.9)
        else:  # "x" written with the handwriting font
            self.write(x + size * 0.12, y + size * 0.9, "X", size=size * 1.05)

    def signature(self, x, y, w, h, name, font):
        """A script name with a flourish inside the frame (x, y, w, h) in points."""
        rng = self.rng
        old_path, old_slant = self.path, self.slant
        self.path = SIG_FONTS[font]
        self.slant = rng.uniform(0, 8)
        size = min(h * 0.42, 30) * rng.uniform(0.85, 1.1)
        x0 = x + w * rng.uniform(0.12, 0.3)
        yb = y + h * rng.uniform(0.55, 0.72)
        end = self.write(x0, yb, name, size=size, spacing=rng.uniform(0.85, 0.97))
        end = min(end, x + w - 4)
        # flourish: a sweeping line under or through the name
        pts = []
        amp = h * rng.uniform(0.05, 0.12)
        start = x0 - rng.uniform(2, 10)
        ybase = yb + rng.uniform(2, 7)
        n = 28
        ph = rng.uniform(0, math.pi)
        freq = math.pi * rng.uniform(1.2, 2.4)
        span = end - start + rng.uniform(4, 14)
        for i in range(n + 1):
            t = i / n
            pts.append((start + span * t, ybase + amp * math.sin(ph + t * freq) + 3 * t * t))
        self.stroke(pts, 0.9)
        self.path, self.slant = old_path, old_slant

    def stray(self, x, y, w, h, kind):
        """A dot or a small tick in the signature box, no signature."""
        rng = self.rng
        cx, cy = x + w * rng.uniform(0.3, 0.7), y + h * rng.uniform(0.45, 0.75)
        if kind == "dot":
            r = 1.1 * self.s
            self.draw.ellipse(
                [cx * self.s - r, cy * self.s - r, cx * self.s + r, cy * self.s + r], fill=self.ink
            )
        else:
            self.stroke([(cx, cy), (cx + 2.5, cy + 3), (cx + 7, cy - 4)], 0.8)


def signature_png(name, font, rng, ink="blue", w_pt=200, h_pt=70, scale=3.0):
    """A transparent RGBA image of a handwritten signature (for pasting in an AcroForm PDF)."""
    img = Image.new("RGB", (int(w_pt * scale), int(h_pt * scale)), (255, 255, 255))
    pen = Pen(img, scale, rng, font="ecolier", ink=ink)
    pen.signature(0, 0, w_pt, h_pt, name, font)
    g = img.convert("L")
    alpha = g.point(lambda v: 255 - v)
    out = Image.new("RGBA", img.size, INKS[ink] + (0,))
    out.putalpha(alpha)
    return out
