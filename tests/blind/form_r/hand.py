"""Pen-like handwriting on page rasters: per-glyph jitter, comb capitals, ticks, signatures."""

from __future__ import annotations

import logging
import math

import numpy as np
from fontTools.ttLib import TTFont as FTFont
from people import strip_accents
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HAND_FONTS = {
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "comic_b": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "ruf": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
}
PRINT_FONTS = ["comic", "comic_b", "breip", "femke", "dkg", "humor", "ruf", "kaushan"]
CURSIVE_FONTS = ["dancing", "ecolier", "femke", "dkg", "comic"]
SIGN_FONTS = ["dancing", "kaushan", "ecolier", "dancing", "kaushan"]
INKS = {
    "blue": [(22, 42, 150), (30, 60, 170), (18, 30, 110), (40, 70, 190)],
    "black": [(28, 28, 34), (45, 42, 48), (15, 18, 30)],
}
logging.getLogger("fontTools").setLevel(logging.ERROR)
_CMAPS: dict = {}
_FONTS: dict = {}


def cmap(key):
    if key not in _CMAPS:
        _CMAPS[key] = set(FTFont(HAND_FONTS[key], fontNumber=0).getBestCmap())
    return _CMAPS[key]


def font(key, size):
    size = max(6, int(round(size)))
    k = (key, size)
    if k not in _FONTS:
        _FONTS[k] = ImageFont.truetype(HAND_FONTS[key], size)
    return _FONTS[k]


def fit_text(key, text):
    """What a writer using this 'hand' can produce: drop accents the font lacks."""
    cm = cmap(key)
    if all(ord(ch) in cm or ch == " " for ch in text):
        return text
    return strip_accents(text)


class Pen:
    """One writer: fonts, size, slant, jitter, ink."""

    def __init__(self, rng, ink=None):
        self.rng = rng
        self.ink_name = ink or rng.choice(["blue", "blue", "black"])
        self.ink = rng.choice(INKS[self.ink_name])
        self.print_font = rng.choice(PRINT_FONTS)
        self.cursive_font = rng.choice(CURSIVE_FONTS)
        self.sign_font = rng.choice(SIGN_FONTS)
        self.size = rng.uniform(0.85, 1.15)
        self.slant = rng.uniform(-0.08, 0.32)
        self.jitter = rng.uniform(0.4, 1.0)
        self.mixed_case = rng.random() < 0.35  # lines in mixed case instead of capitals
        self.weight = rng.choice([0, 0, 1])


class Ink:
    """Alpha layer accumulated on top of one page raster."""

    def __init__(self, size):
        self.alpha = Image.new("L", size, 0)

    def glyph(self, ch, fkey, px, x, base, pen, rot=0.0):
        rng = pen.rng
        f = font(fkey, px * rng.uniform(1 - 0.07 * pen.jitter, 1 + 0.07 * pen.jitter))
        asc, desc = f.getmetrics()
        w = int(f.getlength(ch)) + 2
        pad = int(px * 0.6)
        tile = Image.new("L", (w + 2 * pad, asc + desc + 2 * pad), 0)
        d = ImageDraw.Draw(tile)
        d.text((pad, pad), ch, font=f, fill=255, stroke_width=pen.weight, stroke_fill=255)
        sl = pen.slant + rng.uniform(-0.05, 0.05) * pen.jitter
        tw, th = tile.size
        tile = tile.transform(
            tile.size,
            Image.Transform.AFFINE,
            (1, sl, -sl * (pad + asc), 0, 1, 0),
            Image.Resampling.BICUBIC,
        )
        angle = rot + rng.uniform(-4, 4) * pen.jitter
        tile = tile.rotate(angle, Image.Resampling.BICUBIC, center=(pad, pad + asc))
        dy = rng.uniform(-0.06, 0.06) * px * pen.jitter
        ox, oy = int(x - pad), int(base - asc - pad + dy)
        region = self.alpha.crop((ox, oy, ox + tw, oy + th))
        self.alpha.paste(
            Image.fromarray(np.maximum(np.asarray(region), np.asarray(tile))), (ox, oy)
        )
        return f.getlength(ch)

    def text(self, s, x, base, px, pen, fkey=None, max_w=None, rot=0.0):
        fkey = fkey or pen.print_font
        f = font(fkey, px)
        width = f.getlength(s) * 1.04
        if max_w and width > max_w:
            px *= max_w / width
        drift = pen.rng.uniform(-0.015, 0.015)
        cx = x
        for ch in s:
            if ch == " ":
                cx += font(fkey, px).getlength(" ") * pen.rng.uniform(0.9, 1.3)
                continue
            adv = self.glyph(ch, fkey, px, cx, base + (cx - x) * drift, pen, rot)
            cx += adv * pen.rng.uniform(0.97, 1.06)
        return cx

    def comb(self, s, boxes, scale, page_h, pen, fkey=None):
        fkey = fkey or pen.print_font
        for ch, (bx, by, bw, bh) in zip(s, boxes):
            if ch == " ":
                continue
            px = bh * scale * 0.78 * pen.size
            f = font(fkey, px)
            cw = f.getlength(ch)
            x = (bx + bw / 2) * scale - cw / 2 + pen.rng.uniform(-1.5, 1.5)
            base = (page_h - by) * scale - bh * scale * 0.15 + pen.rng.uniform(-2, 2)
            self.glyph(ch, fkey, px, x, base, pen)

    def stroke(self, pts, width):
        d = ImageDraw.Draw(self.alpha)
        d.line(pts, fill=255, width=max(1, int(width)), joint="curve")

    def tick(self, rect_px, pen, style=None):
        x, y, w, h = rect_px
        r = pen.rng
        style = style or r.choice(["x", "x", "check"])
        lw = max(2, int(w * 0.14))
        if style == "x":
            j = [r.uniform(-0.15, 0.15) * w for _ in range(8)]
            self.stroke(_curve((x + j[0], y + j[1]), (x + w + j[2], y + h + j[3]), r), lw)
            self.stroke(_curve((x + w + j[4], y + j[5]), (x + j[6], y + h + j[7]), r), lw)
        else:
            a = (x + 0.1 * w, y + 0.5 * h)
            b = (x + 0.4 * w + r.uniform(-2, 2), y + 0.95 * h)
            c = (x + 1.2 * w + r.uniform(-3, 3), y - 0.35 * h + r.uniform(-3, 3))
            self.stroke(_curve(a, b, r) + _curve(b, c, r)[1:], lw)

    def composite(self, page, ink):
        a = np.asarray(self.alpha.filter(ImageFilter.GaussianBlur(0.6)), dtype=np.float32)
        a = (a / 255.0)[..., None] * 0.93
        arr = np.asarray(page.convert("RGB"), dtype=np.float32)
        col = np.array(ink, dtype=np.float32)[None, None, :]
        # ink multiplies like a transparent pen stroke
        out = arr * (1 - a) + np.minimum(arr, col) * a
        return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def _curve(a, b, rng, n=8):
    mx = (a[0] + b[0]) / 2 + rng.uniform(-2, 2)
    my = (a[1] + b[1]) / 2 + rng.uniform(-2, 2)
    pts = []
    for i in range(n + 1):
        t = i / n
        x = (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * mx + t * t * b[0]
        y = (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * my + t * t * b[1]
        pts.append((x, y))
    return pts


def signature(rng, given: str, surname: str, w: int, h: int) -> Image.Image:
    """An 'L' mask of a handwritten signature, w x h px."""
    img = Image.new("L", (w, h), 0)
    pen = Pen(rng)
    first = given.split()[0].replace("-", " ").split()[0].capitalize()
    last = surname.split()[0].replace("'", " ").split()[-1].capitalize()
    style = rng.choice(["full", "initial", "initial", "last", "scrawl"])
    if style == "full":
        word = f"{first} {last}"
    elif style == "initial":
        word = f"{first[0]}. {last}" if rng.random() < 0.6 else f"{first[0]}{last}"
    elif style == "last":
        word = last
    else:
        word = last[: max(3, len(last) // 2)]
    fkey = pen.sign_font
    word = fit_text(fkey, word)
    ink = Ink((w, h))
    px = h * rng.uniform(0.36, 0.5)
    f = font(fkey, px)
    tw = f.getlength(word)
    if tw > w * 0.8:
        px *= w * 0.8 / tw
        tw = w * 0.8
    x0 = rng.uniform(0.05, max(0.06, 0.95 - tw / w)) * w
    base = h * rng.uniform(0.55, 0.7)
    pen.slant = rng.uniform(0.15, 0.4)
    pen.jitter = 0.5
    end = ink.text(word, x0, base, px, pen, fkey=fkey, rot=rng.uniform(-6, 8))
    lw = max(2, int(h * 0.025))
    # flourish: an underline swoosh or a loop back through the name
    kind = rng.choice(["under", "loop", "tail", "under"])
    if kind == "under":
        pts = [(x0 - rng.uniform(0, 10), base + h * 0.12)]
        for i in range(1, 10):
            t = i / 9
            pts.append((x0 + t * (end - x0 + 20), base + h * (0.12 + 0.06 * math.sin(t * 3.1))))
        ink.stroke(pts, lw)
    elif kind == "loop":
        cx, cy, r = end + 5, base - h * 0.1, h * 0.18
        pts = [
            (cx + r * math.cos(t / 12 * 6.28) * 1.4, cy + r * math.sin(t / 12 * 6.28))
            for t in range(13)
        ]
        pts.append((x0 - 8, base + h * 0.2))
        ink.stroke(pts, lw)
    else:
        ink.stroke(
            [
                (end, base),
                (end + 15, base - h * 0.25),
                (end + 22, base + h * 0.05),
                (min(w - 4, end + 60), base - h * 0.1),
            ],
            lw,
        )
    img.paste(ink.alpha)
    return img
