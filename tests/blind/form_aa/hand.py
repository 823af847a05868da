"""Pen-like handwriting on page images: per-glyph jitter, ticks, signatures, stray marks.

All drawing goes into an ink mask (``Ink``), composited in one colour at the end.
"""

import math
from functools import lru_cache

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HAND_FONTS = {
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "dkg_it": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "comic_it": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Italic.otf",
}
# Relative size so that capitals of each font come out about the same height.
FONT_SCALE = {"dkg": 1.0, "dkg_it": 1.0, "dancing": 1.12, "comic_it": 1.0}
# Extra space after capitals and digits (fraction of the size): people space block letters.
TRACK = {"dkg": 0.09, "dkg_it": 0.1, "dancing": 0.03, "comic_it": 0.03}
SIG_FONTS = [
    "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf",
    "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "/usr/share/fonts/truetype/fifthhorseman/dkgBI.ttf",
]
FALLBACK = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"
INKS = [(22, 38, 140), (18, 30, 95), (30, 30, 38), (40, 55, 170)]


@lru_cache(maxsize=512)
def font(path, size):
    return ImageFont.truetype(path, max(6, int(size)))


@lru_cache(maxsize=64)
def _cmap(path):
    from fontTools.ttLib import TTFont

    return set(TTFont(path, lazy=True).getBestCmap())


class Ink:
    """An ink layer the size of a page image (numpy, 0..255)."""

    def __init__(self, size):
        self.size = size
        self.arr = np.zeros((size[1], size[0]), dtype=np.uint8)

    @property
    def mask(self):
        return Image.fromarray(self.arr)

    def paste(self, glyph, x, y):
        g = np.asarray(glyph, dtype=np.uint8)
        x, y = int(round(x)), int(round(y))
        h, w = g.shape
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.size[0], x + w), min(self.size[1], y + h)
        if x1 <= x0 or y1 <= y0:
            return
        sub = g[y0 - y : y1 - y, x0 - x : x1 - x]
        np.maximum(self.arr[y0:y1, x0:x1], sub, out=self.arr[y0:y1, x0:x1])

    def draw(self):
        img = Image.fromarray(self.arr)
        return img, ImageDraw.Draw(img)

    def commit(self, img):
        self.arr = np.asarray(img, dtype=np.uint8).copy()

    def apply(self, img, color, rng, strength=0.92):
        m = self.mask.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(m, dtype=np.float32) / 255.0 * strength
        # ballpoint: slightly uneven pressure
        h, w = a.shape
        noise = np.asarray(Image.effect_noise((w // 8 + 1, h // 8 + 1), 40), np.float32)
        noise = np.asarray(Image.fromarray(noise.astype(np.uint8)).resize((w, h)), np.float32)
        a *= 0.8 + 0.2 * noise / 255.0
        base = np.asarray(img.convert("RGB"), dtype=np.float32)
        col = np.array(color, dtype=np.float32)
        out = base * (1 - a[..., None]) + col * a[..., None]
        return Image.fromarray(out.clip(0, 255).astype(np.uint8))


class Writer:
    """One person's handwriting: a font, a size, a pen and a jitter level."""

    def __init__(self, rng, font_key, scale, ink, jitter=1.0):
        self.rng = rng
        self.key = font_key
        self.path = HAND_FONTS[font_key]
        self.scale = scale  # pixels per point
        self.ink = ink
        self.j = jitter
        self.cmap = _cmap(self.path)
        self.slant = rng.uniform(-2.5, 2.5)
        self.track = TRACK[font_key] * rng.uniform(0.8, 1.2)

    def _glyph(self, ch, size):
        path = self.path if ord(ch) in self.cmap else FALLBACK
        f = font(path, size)
        left, top, right, bottom = f.getbbox(ch, anchor="ls")
        pad = int(size * 0.4)
        w, h = right - left + 2 * pad, bottom - top + 2 * pad
        g = Image.new("L", (max(w, 2), max(h, 2)), 0)
        ImageDraw.Draw(g).text((pad - left, pad - top), ch, font=f, fill=255, anchor="ls")
        ang = self.slant + self.rng.gauss(0, 2.2 * self.j)
        g2 = g.rotate(ang, resample=Image.BICUBIC, expand=False)
        # origin (baseline-left point) within the glyph image
        return g2, pad - left, pad - top, f.getlength(ch)

    def text(self, x_pt, base_pt, s, size_pt=11.0, max_w_pt=None):
        """Write ``s`` starting at (x, baseline) in points; shrinks to fit max width."""
        sc = self.scale
        size = size_pt * sc * FONT_SCALE[self.key]
        if max_w_pt:
            f = font(self.path, size)
            need = f.getlength(s) * 1.04
            if need > max_w_pt * sc:
                size *= max_w_pt * sc / need
        x = x_pt * sc + self.rng.uniform(0, 4) * sc
        base = base_pt * sc + self.rng.gauss(0, 0.6) * sc
        drift = self.rng.gauss(0, 0.012)
        for i, ch in enumerate(s):
            gsize = size * (1 + self.rng.gauss(0, 0.035 * self.j))
            if ch == " ":
                x += font(self.path, gsize).getlength(" ") * self.rng.uniform(0.9, 1.3)
                continue
            g, ox, oy, adv = self._glyph(ch, gsize)
            dy = self.rng.gauss(0, 0.045 * self.j) * size + drift * i * size * 0.3
            self.ink.paste(g, x - ox, base - oy + dy)
            x += adv * (1 + self.rng.gauss(0, 0.05 * self.j))
            if ch.isupper() or ch.isdigit():
                x += size * self.track
        return x / sc

    def comb(self, rects, s, fill=0.72):
        """One character per box (rects in points)."""
        sc = self.scale
        for (x, y, w, h), ch in zip(rects, s):
            if ch == " ":
                continue
            size = h * fill * sc * FONT_SCALE[self.key] * (1 + self.rng.gauss(0, 0.04 * self.j))
            g, ox, oy, adv = self._glyph(ch, size)
            cx = (x + w / 2) * sc - adv / 2 + self.rng.gauss(0, 0.06) * w * sc
            base = (y + h * 0.82) * sc + self.rng.gauss(0, 0.05) * h * sc
            self.ink.paste(g, cx - ox, base - oy)

    def stroke(self, pts, width):
        img, d = self.ink.draw()
        d.line(pts, fill=255, width=max(1, int(round(width))), joint="curve")
        self.ink.commit(img)

    def tick(self, rect, style):
        """A cross or a check mark over a tick box (rect in points)."""
        sc, r = self.scale, self.rng
        x, y, w, h = (v * sc for v in rect)
        pw = max(2.0, 0.9 * sc)
        e = 0.18 * w
        if style == "x":
            for a, b in (
                ((x - e, y - e), (x + w + e, y + h + e)),
                ((x + w + e, y - e), (x - e, y + h + e)),
            ):
                pts = _jag(r, a, b, 6, 0.06 * w)
                self.stroke(pts, pw)
        else:
            p0 = (x + 0.1 * w, y + 0.5 * h)
            p1 = (x + 0.42 * w + r.uniform(-1, 1), y + h * 1.02)
            p2 = (x + w * 1.25, y - 0.35 * h)
            self.stroke(_jag(r, p0, p1, 4, 0.04 * w) + _jag(r, p1, p2, 7, 0.04 * w)[1:], pw)

    def dot_mark(self, rect, kind):
        """A stray mark inside the signature box: a dot or a tiny tick."""
        sc, r = self.scale, self.rng
        x, y, w, h = (v * sc for v in rect)
        cx, cy = x + w * r.uniform(0.25, 0.75), y + h * r.uniform(0.35, 0.8)
        if kind == "dot":
            rad = r.uniform(1.4, 2.2) * sc
            img, d = self.ink.draw()
            d.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), 255)
            self.ink.commit(img)
        else:
            s = r.uniform(5, 8) * sc
            self.stroke([(cx, cy), (cx + s * 0.3, cy + s * 0.4), (cx + s, cy - s * 0.5)], 0.9 * sc)


def _jag(rng, a, b, n, amp):
    pts = []
    for i in range(n + 1):
        t = i / n
        pts.append(
            (
                a[0] + (b[0] - a[0]) * t + rng.gauss(0, amp),
                a[1] + (b[1] - a[1]) * t + rng.gauss(0, amp),
            )
        )
    return pts


def signature(rng, given, surname, w_px, h_px):
    """A handwritten signature as an L mask (255 = ink) of the given size."""
    img = Image.new("L", (w_px, h_px), 0)
    style = rng.randrange(4)
    sur = surname.split()[0].split("-")[0].capitalize()
    if style == 0:
        txt = f"{given[0]}. {sur}"
    elif style == 1:
        txt = sur
    elif style == 2:
        txt = f"{given[0]}{sur[0]}" + sur[1:4].lower()
    else:
        txt = given.split()[0].split("-")[0].capitalize()
    path = SIG_FONTS[rng.randrange(len(SIG_FONTS))]
    size = h_px * rng.uniform(0.42, 0.55)
    f = font(path, size)
    while f.getlength(txt) > w_px * 0.8 and size > 10:
        size *= 0.9
        f = font(path, size)
    x = w_px * rng.uniform(0.08, 0.2)
    base = h_px * rng.uniform(0.58, 0.7)
    ang = rng.uniform(4, 14)
    lay = Image.new("L", (w_px, h_px), 0)
    dl = ImageDraw.Draw(lay)
    for ch in txt:
        dl.text((x, base + rng.gauss(0, 1.5)), ch, font=f, fill=255, anchor="ls")
        x += f.getlength(ch) * rng.uniform(0.82, 0.98)
    lay = lay.rotate(ang, resample=Image.BICUBIC, center=(w_px * 0.3, base))
    img = ImageChops.lighter(img, lay)
    d = ImageDraw.Draw(img)
    # flourish: an underline swoosh, a loop, or a stroke back through the name
    pw = max(2, int(h_px * 0.025))
    x0, x1 = w_px * rng.uniform(0.05, 0.2), min(w_px * 0.95, x + w_px * 0.1)
    y0 = base + h_px * rng.uniform(0.05, 0.18)
    pts = []
    kind = rng.randrange(3)
    for i in range(41):
        t = i / 40
        xx = x0 + (x1 - x0) * t
        if kind == 0:
            yy = y0 - math.sin(t * math.pi) * h_px * 0.08 - t * h_px * 0.12
        elif kind == 1:
            yy = y0 + math.sin(t * math.pi * 2.2) * h_px * 0.1 * (1 - t)
        else:
            yy = y0 - (t**2) * h_px * 0.35
        pts.append((xx, yy))
    d.line(pts, fill=255, width=pw, joint="curve")
    if rng.random() < 0.5:
        cx, cy = x1 - w_px * 0.05, y0 - h_px * 0.3
        d.line([(cx, cy), (cx + w_px * 0.04, cy - h_px * 0.1)], fill=255, width=pw)
    return img


def paste_signature(ink, rng, given, surname, box_pt, scale):
    """Sign inside a box given in points (x, y, w, h); may overflow a little."""
    x, y, w, h = box_pt
    sw, sh = int(w * rng.uniform(0.55, 0.8) * scale), int(h * rng.uniform(0.65, 0.9) * scale)
    sig = signature(rng, given, surname, sw, sh)
    px = (x + w * rng.uniform(0.08, 0.35)) * scale
    py = (y + h * rng.uniform(0.08, 0.25)) * scale
    ink.paste(sig, px, py)
