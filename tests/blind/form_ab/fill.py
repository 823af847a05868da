"""Writing values on a rasterised form page: handwriting with per-glyph jitter, typed text,
ticks and crosses, handwritten signatures."""

from __future__ import annotations

import math
import random

from layout import H
from PIL import Image, ImageDraw, ImageFont

HAND_FONTS = [
    "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Light.otf",
]
SCRIPT_FONTS = [
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf",
]
TYPED_FONTS = [
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
]
INKS = [(20, 35, 120), (15, 20, 60), (25, 25, 30), (10, 50, 150)]

_cache: dict = {}


def font(path, size):
    key = (path, int(size))
    if key not in _cache:
        _cache[key] = ImageFont.truetype(path, int(size))
    return _cache[key]


def px_box(b, s):
    """Field box in points -> (x0, y0, x1, y1) pixels (origin top-left)."""
    return (b["x"] * s, (H - b["y"] - b["h"]) * s, (b["x"] + b["w"]) * s, (H - b["y"]) * s)


class Pen:
    def __init__(self, rng: random.Random, s: float, hand_font=None, ink=None):
        self.rng, self.s = rng, s
        self.font = hand_font or rng.choice(HAND_FONTS)
        self.ink = ink or rng.choice(INKS)
        self.slant = rng.uniform(-4, 6)
        self.scale = rng.uniform(0.9, 1.15)

    def glyph(self, img, ch, x, baseline, size):
        """Draw one glyph with jitter; return its advance."""
        rng = self.rng
        sz = size * rng.uniform(0.93, 1.07)
        f = font(self.font, sz)
        adv = f.getlength(ch)
        if ch == " ":
            return adv * rng.uniform(0.9, 1.3)
        pad = int(sz * 0.6)
        w, h = int(adv + 2 * pad), int(sz * 1.6 + 2 * pad)
        layer = Image.new("L", (w, h), 0)
        ImageDraw.Draw(layer).text((pad, pad + sz * 1.1), ch, font=f, fill=255, anchor="ls")
        layer = layer.rotate(
            self.slant + rng.uniform(-5, 5), resample=Image.BICUBIC, center=(w / 2, h / 2)
        )
        dy = rng.uniform(-0.06, 0.06) * sz
        ink = Image.new("RGB", (w, h), tuple(max(0, c + rng.randint(-10, 10)) for c in self.ink))
        layer = layer.point(lambda v: int(v * 0.92))
        img.paste(ink, (int(x - pad), int(baseline - pad - sz * 1.1 + dy)), layer)
        return adv * rng.uniform(0.95, 1.08)

    def write(self, img, x, baseline, text, size):
        x0 = x
        for ch in text:
            x += self.glyph(img, ch, x, baseline, size)
        return x - x0

    def text_in(self, img, b, text, size_pt=11, indent=0.0):
        x0, y0, x1, y1 = px_box(b, self.s)
        size = size_pt * self.s * self.scale
        base = y1 - (y1 - y0) * 0.2 + self.rng.uniform(-2, 2)
        if b["kind"] == "text" and b["h"] < 15:
            base = y1 - 3 * self.s
        self.write(img, x0 + (6 + indent) * self.s + self.rng.uniform(0, 8), base, text, size)

    def comb_in(self, img, b, text):
        x0, y0, x1, y1 = px_box(b, self.s)
        cw = (x1 - x0) / b["n"]
        size = (y1 - y0) * 0.78
        for i, ch in enumerate(text[: b["n"]]):
            f = font(self.font, size)
            adv = f.getlength(ch)
            cx = x0 + i * cw + (cw - adv) / 2 + self.rng.uniform(-1.5, 1.5) * self.s
            self.glyph(img, ch, cx, y1 - (y1 - y0) * 0.15, size)

    def tick(self, img, b, style="x"):
        x0, y0, x1, y1 = px_box(b, self.s)
        d = ImageDraw.Draw(img)
        r = self.rng
        wd = max(2, int(self.s * 1.2))
        j = lambda v: v + r.uniform(-2, 2) * self.s  # noqa: E731
        if style == "x":
            d.line([(j(x0), j(y0)), (j(x1), j(y1))], fill=self.ink, width=wd)
            d.line([(j(x1), j(y0)), (j(x0), j(y1))], fill=self.ink, width=wd)
        else:
            pts = [(j(x0 + 1), j((y0 + y1) / 2)), (j((x0 + x1) / 2), j(y1)), (j(x1 + 4), j(y0 - 6))]
            d.line(pts, fill=self.ink, width=wd, joint="curve")


def typed(img, b, text, s, font_path, size_pt=10, comb=False, color=(0, 0, 0)):
    x0, y0, x1, y1 = px_box(b, s)
    f = font(font_path, size_pt * s)
    d = ImageDraw.Draw(img)
    if comb:
        cw = (x1 - x0) / b["n"]
        for i, ch in enumerate(text[: b["n"]]):
            d.text(
                (x0 + i * cw + cw / 2, y1 - (y1 - y0) * 0.22), ch, font=f, fill=color, anchor="ms"
            )
    else:
        d.text(
            (x0 + 4 * s, y1 - min(4.0, (y1 - y0) * 0.25) * s), text, font=f, fill=color, anchor="ls"
        )


def signature(rng: random.Random, name: str, w: int, h: int, ink=None) -> Image.Image:
    """A handwritten signature as an RGBA image: script name, underline flourish."""
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    ink = ink or rng.choice(INKS)
    fpath = rng.choice(SCRIPT_FONTS)
    parts = name.split()
    text = rng.choice([parts[0], parts[0][0] + ". " + parts[-1], parts[-1]]).capitalize()
    text = text[:12]
    size = h * rng.uniform(0.35, 0.5)
    f = font(fpath, size)
    while f.getlength(text) > w * 0.8 and size > 10:
        size *= 0.9
        f = font(fpath, size)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    x, y = w * rng.uniform(0.05, 0.15), h * rng.uniform(0.55, 0.7)
    d.text((x, y), text, font=f, fill=255, anchor="ls")
    # flourish: a sine-like underline
    tw = f.getlength(text)
    amp, ph = rng.uniform(3, 10), rng.uniform(0, 6)
    pts = [
        (
            x - 5 + t,
            y + 8 + amp * math.sin(ph + t / rng.uniform(15, 35)) + t * rng.uniform(-0.1, 0.1),
        )
        for t in range(0, int(tw + 30), 3)
    ]
    d.line(pts, fill=255, width=max(2, int(h / 45)), joint="curve")
    if rng.random() < 0.5:
        ex = x + tw * rng.uniform(0.6, 1.0)
        d.line([(ex, y + 10), (ex + 15, y - size * 0.9), (ex + 25, y - 5)], fill=255, width=2)
    layer = layer.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
    color = Image.new("RGBA", (w, h), ink + (255,))
    img.paste(color, (0, 0), layer)
    return img


def stray_mark(img, b, s, rng: random.Random):
    x0, y0, x1, y1 = px_box(b, s)
    d = ImageDraw.Draw(img)
    cx, cy = rng.uniform(x0 + 30, x1 - 30), rng.uniform(y0 + 20, y1 - 20)
    ink = rng.choice(INKS)
    if rng.random() < 0.5:
        r = 2.2 * s
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=ink)
    else:
        d.line([(cx, cy), (cx + 6 * s, cy + 7 * s), (cx + 16 * s, cy - 9 * s)], fill=ink, width=3)
