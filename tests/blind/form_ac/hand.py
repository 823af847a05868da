"""Pen-like handwriting on a page raster: per-glyph jitter, slant, pressure, ink colour."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HAND_FONTS = {
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "dkg_it": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
    "comic_light": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Light.otf",
}
SIG_FONTS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "dkg_bi": "/usr/share/fonts/truetype/fifthhorseman/dkgBI.ttf",
    "dancing_b": "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
INKS = {
    "blue_ballpoint": (22, 45, 150),
    "black_ballpoint": (28, 28, 34),
    "blue_black": (25, 35, 80),
    "royal_blue_gel": (30, 70, 200),
    "black_felt": (15, 15, 15),
}

_font_cache: dict = {}


def font(path: str, px: int) -> ImageFont.FreeTypeFont:
    key = (path, px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, px)
    return _font_cache[key]


@dataclass
class Pen:
    font: str
    ink: tuple
    pressure: float  # 0.55 .. 1.0: ink opacity
    weight: int  # 0 thin, 1 normal, 2 heavy (max filter)
    slant: float  # shear factor, -0.1 .. 0.35
    size: float  # letter height factor relative to the field height
    jitter: float  # 0.5 .. 1.5


def random_pen(rng: random.Random) -> Pen:
    return Pen(
        font=rng.choice(list(HAND_FONTS)),
        ink=INKS[rng.choice(list(INKS))],
        pressure=rng.uniform(0.72, 0.98),
        weight=rng.choice([0, 1, 1, 2]),
        slant=rng.choice([-0.06, 0.0, 0.08, 0.15, 0.22, 0.3]),
        size=rng.uniform(0.85, 1.15),
        jitter=rng.uniform(0.6, 1.4),
    )


class Ink:
    """An alpha layer the size of the page; composited at the end in the pen's colour."""

    def __init__(self, size):
        self.layer = Image.new("L", size, 0)
        self.draw = ImageDraw.Draw(self.layer)

    def glyph(self, ch, fpath, px, x, base, slant, rot, rng):
        if ch == " ":
            return font(fpath, px).getlength(" ")
        f = font(fpath, px)
        w = int(f.getlength(ch)) + px
        h = int(px * 1.8)
        g = Image.new("L", (w + px, h), 0)
        ImageDraw.Draw(g).text((px // 2, int(px * 0.2)), ch, font=f, fill=255, anchor="lt")
        # shear (slant) and a small rotation around the glyph centre
        cx, cy = g.size[0] / 2, g.size[1] / 2
        a = math.radians(rot)
        ca, sa = math.cos(a), math.sin(a)
        # inverse mapping for Image.transform: output -> input
        m = (ca, sa + slant, cx - ca * cx - (sa + slant) * cy, -sa, ca, cy + sa * cx - ca * cy)
        g = g.transform(g.size, Image.AFFINE, m, resample=Image.BILINEAR)
        asc = f.getbbox("H", anchor="ls")[1]
        ox = int(x - px // 2)
        oy = int(base + asc - int(px * 0.2))
        self.layer.paste(
            Image.fromarray(
                np.maximum(
                    np.asarray(self.layer.crop((ox, oy, ox + g.size[0], oy + g.size[1]))),
                    np.asarray(g),
                )
            ),
            (ox, oy),
        )
        return f.getlength(ch) * rng.uniform(0.92, 1.06)

    def write(self, text, pen: Pen, x, base, px, rng, fpath=None, spacing=1.0):
        fpath = fpath or HAND_FONTS[pen.font]
        for ch in text:
            j = pen.jitter
            size = max(6, int(px * rng.uniform(1 - 0.05 * j, 1 + 0.05 * j)))
            dy = rng.gauss(0, 0.035 * j * px)
            rot = rng.gauss(0, 2.2 * j)
            x += self.glyph(ch, fpath, size, x, base + dy, pen.slant, rot, rng) * spacing
            base += rng.gauss(0, 0.01 * px)  # wandering baseline
        return x

    def stroke(self, pts, width):
        self.draw.line(
            [(int(a), int(b)) for a, b in pts], fill=255, width=max(1, int(width)), joint="curve"
        )

    def composite(self, page: Image.Image, pen: Pen) -> Image.Image:
        lay = self.layer
        if pen.weight == 2:
            lay = lay.filter(ImageFilter.MaxFilter(3))
        lay = lay.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(lay, dtype=np.float32)[..., None] / 255.0 * pen.pressure
        base = np.asarray(page.convert("RGB"), dtype=np.float32)
        ink = np.array(pen.ink, dtype=np.float32)[None, None, :]
        out = base * (1 - a) + ink * a
        return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def curve(p0, p1, p2, p3, n=30):
    pts = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        x = u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0]
        y = u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1]
        pts.append((x, y))
    return pts


def tick(ink: Ink, rect, rng, kind="cross", scale=1.0):
    """A cross, a check mark or a filled scribble in a box given in pixels (x, y, w, h)."""
    x, y, w, h = rect
    lw = max(2, int(w * 0.12))
    over = 0.15 * scale
    if kind == "cross":
        j = [rng.uniform(-0.12, 0.12) * w for _ in range(8)]
        ink.stroke(
            [
                (x - over * w + j[0], y - over * h + j[1]),
                (x + w * (1 + over) + j[2], y + h * (1 + over) + j[3]),
            ],
            lw,
        )
        ink.stroke(
            [
                (x + w * (1 + over) + j[4], y - over * h + j[5]),
                (x - over * w + j[6], y + h * (1 + over) + j[7]),
            ],
            lw,
        )
    elif kind == "check":
        p0 = (x + 0.1 * w, y + 0.5 * h + rng.uniform(-2, 2))
        p1 = (x + 0.4 * w, y + 0.95 * h)
        p2 = (x + 1.25 * w + rng.uniform(-3, 3), y - 0.45 * h + rng.uniform(-3, 3))
        ink.stroke(curve(p0, p0, p1, p1, 8) + curve(p1, p1, p2, p2, 12), lw)
    else:  # filled scribble
        pts = []
        for i in range(7):
            yy = y + h * (0.15 + 0.7 * i / 6)
            pts += [(x + 0.1 * w, yy), (x + 0.9 * w, yy + rng.uniform(-1, 1))]
        ink.stroke(pts, lw)


def signature(ink: Ink, rect, name: str, rng, dpi_scale: float, style=None):
    """A script name with a flourish, inside rect (x, y, w, h) in pixels."""
    x, y, w, h = rect
    style = style or rng.choice(["script", "initials", "scrawl"])
    fkey = rng.choice(list(SIG_FONTS))
    px = int(h * rng.uniform(0.28, 0.4))
    pen = Pen(fkey, (0, 0, 0), 1, 1, rng.uniform(0.05, 0.3), 1, rng.uniform(0.5, 0.9))
    sx = x + w * rng.uniform(0.1, 0.3)
    base = y + h * rng.uniform(0.55, 0.72)
    if style == "initials":
        parts = name.split()
        txt = parts[0][0] + ". " + parts[-1].capitalize()
    elif style == "scrawl":
        txt = name.split()[-1].capitalize()[: rng.randint(3, 6)]
    else:
        txt = name
    end = ink.write(txt, pen, sx, base, px, rng, SIG_FONTS[fkey], spacing=0.9)
    end = min(end, x + w - 5)
    lw = max(2, int(2.2 * dpi_scale))
    # flourish: an underline swoosh or a loop back through the name
    if rng.random() < 0.6:
        p0 = (end - rng.uniform(0, 20), base - px * 0.2)
        p3 = (sx - rng.uniform(5, 25), base + px * rng.uniform(0.25, 0.5))
        ink.stroke(curve(p0, (end + 25, base + px * 0.6), (sx + w * 0.3, base + px * 0.7), p3), lw)
    else:
        p0 = (sx, base + px * 0.3)
        ink.stroke(
            curve(
                p0, (sx + w * 0.2, base - px * 0.9), (end, base + px), (end + 30, base - px * 0.4)
            ),
            lw,
        )
    return txt


def stray_mark(ink: Ink, rect, rng):
    x, y, w, h = rect
    cx, cy = x + w * rng.uniform(0.2, 0.8), y + h * rng.uniform(0.3, 0.8)
    if rng.random() < 0.5:
        r = max(2, w * 0.008)
        ink.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    else:
        s = w * 0.03
        ink.stroke(
            [(cx, cy), (cx + s * 0.4, cy + s * 0.6), (cx + s * 1.3, cy - s * 0.8)],
            max(2, int(w * 0.005)),
        )
