"""Pen ink for the form_ap blind set: handwriting, signatures, ticks, drawn as RGBA images.

Every function takes a seeded ``random.Random`` and returns an :class:`Ink` (an RGBA Pillow
image plus its size in PDF points and the baseline position), so the same item always gives
the same strokes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

PX = 300 / 72  # ink is drawn at 300 dpi

FONTS = {
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "z003": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
}

# per style: font, size factor, per-glyph (True) or per-word (False) jitter, slant, stroke gain
STYLES = {
    "caps": ("breip", 1.1, True, 0.05, 0),
    "caps_round": ("comic", 0.95, True, 0.0, 0),
    "print": ("breip", 1.15, True, 0.1, 0),
    "school": ("ecolier", 1.75, False, 0.0, 3),
    "cursive": ("dancing", 1.2, False, 0.12, 0),
    "brush": ("kaushan", 1.0, True, 0.04, 0),
}

INKS = {
    "blue": (22, 38, 130),
    "black": (25, 25, 32),
    "navy": (30, 40, 90),
    "bluegel": (20, 60, 170),
}

_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
_CMAPS: dict[str, set[int]] = {}


def _has(name: str, ch: str) -> bool:
    if name not in _CMAPS:
        _CMAPS[name] = set(TTFont(FONTS[name]).getBestCmap())
    return ord(ch) in _CMAPS[name]


def _font(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(FONTS[name], px)
    return _FONT_CACHE[key]


@dataclass
class Ink:
    img: Image.Image  # RGBA
    w: float  # points
    h: float  # points
    base: float  # baseline distance from the bottom edge, points

    def scaled(self, k: float) -> Ink:
        return Ink(self.img, self.w * k, self.h * k, self.base * k)


def _colourise(mask: Image.Image, rng, ink: str, base_row: int) -> Ink:
    """Crop a stroke mask, add pressure variation and blur, colour it."""
    box = mask.getbbox()
    if box is None:
        box = (0, 0, 2, 2)
    x0, y0, x1, y1 = box
    x0, y0 = max(0, x0 - 3), max(0, y0 - 3)
    x1, y1 = min(mask.width, x1 + 3), min(mask.height, y1 + 3)
    m = mask.crop((x0, y0, x1, y1))
    # low-frequency pressure map
    gw, gh = max(2, m.width // 40), max(2, m.height // 40)
    noise = Image.new("L", (gw, gh))
    noise.putdata([int(255 * rng.uniform(0.72, 1.0)) for _ in range(gw * gh)])
    noise = noise.resize(m.size, Image.BILINEAR)
    m = ImageChops.multiply(m, noise).filter(ImageFilter.GaussianBlur(0.7))
    r, g, b = INKS[ink]
    rgba = Image.new("RGBA", m.size, (r, g, b, 0))
    rgba.putalpha(m)
    base = (y1 - base_row) / PX
    return Ink(rgba, m.width / PX, m.height / PX, base)


def _shear(mask: Image.Image, k: float, base_row: int) -> Image.Image:
    if abs(k) < 1e-3:
        return mask
    return mask.transform(
        mask.size, Image.AFFINE, (1, k, -k * base_row, 0, 1, 0), resample=Image.BILINEAR
    )


def write(text: str, rng, style: str = "caps", size: float = 11.0, ink: str = "blue") -> Ink:
    """Handwrite one line of text; ``size`` is the nominal font size in points."""
    fname, fk, per_glyph, slant, gain = STYLES[style]
    px = int(size * fk * PX)
    font = _font(fname, px)
    ascent, descent = font.getmetrics()
    pad = px
    margin = 2 * px
    width = int(font.getlength(text) * 1.3) + 2 * margin
    height = ascent + descent + 2 * margin
    base_row = margin + ascent
    mask = Image.new("L", (width, height), 0)
    units = list(text) if per_glyph else _words(text)
    x = float(margin)
    drift = 0.0
    for unit in units:
        if unit.isspace():
            x += font.getlength(" ") * rng.uniform(0.85, 1.5)
            continue
        s = int(px * rng.uniform(0.93, 1.07)) if per_glyph else int(px * rng.uniform(0.97, 1.03))
        gname = fname if all(_has(fname, ch) for ch in unit) else "comic"
        f2 = _font(gname, s)
        a2, d2 = f2.getmetrics()
        gw = int(f2.getlength(unit)) + 2 * pad
        g = Image.new("L", (gw, a2 + d2 + 2 * pad), 0)
        ImageDraw.Draw(g).text((pad, pad + a2), unit, font=f2, fill=255, anchor="ls")
        ang = rng.uniform(-5, 5) if per_glyph else rng.uniform(-1.5, 1.5)
        g = g.rotate(ang, resample=Image.BILINEAR, center=(pad, pad + a2))
        drift += rng.uniform(-0.02, 0.02) * px
        dy = rng.uniform(-0.05, 0.05) * px + drift * (0.3 if per_glyph else 0.1)
        ox, oy = int(x - pad), int(base_row + dy - (pad + a2))
        layer = Image.new("L", mask.size, 0)
        layer.paste(g, (ox, oy))
        mask = ImageChops.lighter(mask, layer)
        adv = f2.getlength(unit)
        x += adv * (rng.uniform(0.96, 1.1) if per_glyph else 1.0)
    if gain:
        mask = mask.filter(ImageFilter.MaxFilter(gain))
    mask = _shear(mask, slant + rng.uniform(-0.03, 0.03), base_row)
    return _colourise(mask, rng, ink, base_row)


def _words(text: str) -> list[str]:
    out, cur = [], ""
    for ch in text:
        if ch.isspace():
            if cur:
                out.append(cur)
            out.append(" ")
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _bezier(p0, p1, p2, p3, n=60):
    pts = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        pts.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return pts


def _stroke(draw: ImageDraw.ImageDraw, pts, w0: float, w1: float) -> None:
    n = len(pts) - 1
    for i in range(n):
        w = w0 + (w1 - w0) * i / max(1, n)
        draw.line([pts[i], pts[i + 1]], fill=255, width=max(1, int(round(w))))


def signature(name: str, rng, font: str = "kaushan", ink: str = "blue", size=20.0) -> Ink:
    """A script name with a flourish: how a signature looks in the box."""
    px = int(size * PX)
    f = _font(font, px)
    ascent, descent = f.getmetrics()
    pad = px
    tw = int(f.getlength(name))
    width, height = tw + 3 * pad, ascent + descent + 2 * pad
    base_row = pad + ascent
    mask = Image.new("L", (width, height), 0)
    d = ImageDraw.Draw(mask)
    x = pad
    for word in name.split(" "):
        dy = rng.uniform(-0.08, 0.08) * px
        d.text((x, base_row + dy), word, font=f, fill=255, anchor="ls")
        x += f.getlength(word + " ") * rng.uniform(0.7, 0.95)
    lw = max(2, px // 14)
    end = x - f.getlength(" ") * 0.5
    kind = rng.choice(["under", "loop", "slash"])
    by = base_row + descent * 0.4
    if kind == "under":
        pts = _bezier(
            (pad * 0.6, by + rng.uniform(0, 6)),
            (tw * 0.4, by + px * 0.35),
            (tw * 0.8, by - px * 0.1),
            (end + pad * 0.6, by - px * rng.uniform(0.2, 0.5)),
        )
    elif kind == "loop":
        pts = _bezier(
            (end - px * 0.2, base_row - px * 0.2),
            (end + pad * 0.8, by + px * 0.5),
            (pad * 0.2, by + px * 0.6),
            (pad * 1.2 + tw * 0.3, by - px * 0.05),
        )
    else:
        pts = _bezier(
            (pad + tw * 0.1, by + px * 0.25),
            (tw * 0.5, by + px * 0.05),
            (tw * 0.9, base_row - px * 0.3),
            (end + pad * 0.5, base_row - px * 0.75),
        )
    _stroke(d, pts, lw * 1.2, lw * 0.4)
    mask = _shear(mask, rng.uniform(0.05, 0.25), base_row)
    ang = rng.uniform(-6, 4)
    mask = mask.rotate(ang, resample=Image.BILINEAR, center=(pad, base_row))
    return _colourise(mask, rng, ink, base_row)


def mark(kind: str, rng, size: float = 9.0, ink: str = "blue") -> Ink:
    """A tick, a cross, a dot or a short stray stroke, ``size`` points across."""
    s = int(size * PX)
    pad = s // 2
    mask = Image.new("L", (s + 2 * pad, s + 2 * pad), 0)
    d = ImageDraw.Draw(mask)
    lw = max(2, int(0.9 * PX))

    def j(v):
        return v + rng.uniform(-0.08, 0.08) * s

    if kind == "cross":
        _stroke(d, _line((j(pad), j(pad)), (j(pad + s), j(pad + s))), lw * 1.2, lw)
        _stroke(d, _line((j(pad + s), j(pad)), (j(pad), j(pad + s))), lw * 1.1, lw * 0.8)
    elif kind == "tick":
        mid = (j(pad + 0.38 * s), j(pad + s))
        _stroke(d, _line((j(pad), j(pad + 0.55 * s)), mid), lw, lw * 1.3)
        _stroke(d, _line(mid, (j(pad + 1.15 * s), j(pad - 0.1 * s))), lw * 1.3, lw * 0.6)
    elif kind == "dot":
        r = lw * 1.1
        cx, cy = j(pad + s / 2), j(pad + s / 2)
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    else:  # stray: a short hooked stroke, like a pen set down by mistake
        a = rng.uniform(0, math.pi)
        p0 = (pad + s / 2, pad + s / 2)
        p1 = (p0[0] + math.cos(a) * s * 0.35, p0[1] + math.sin(a) * s * 0.35)
        _stroke(d, _line(p0, p1), lw * 1.2, lw * 0.5)
    return _colourise(mask, rng, ink, pad + s)


def _line(p0, p1, n=12):
    return [
        (p0[0] + (p1[0] - p0[0]) * i / n, p0[1] + (p1[1] - p0[1]) * i / n) for i in range(n + 1)
    ]
