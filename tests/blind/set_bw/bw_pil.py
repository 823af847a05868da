"""Pillow helpers: fonts, handwriting, pen strokes, stamps, portraits, guilloches."""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bw_core import FONTS, signature_strokes

_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}

BLUE_INK = (25, 40, 120)
BLACK_INK = (28, 28, 34)


def F(name: str, size: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(size)))
    if key not in _CACHE:
        _CACHE[key] = ImageFont.truetype(FONTS[name], key[1])
    return _CACHE[key]


def txt(dr, xy, s, f="sans", size=20, fill=BLACK_INK, anchor="la", rtl=False):
    kw = {"direction": "rtl", "language": "ar"} if rtl else {}
    dr.text(xy, s, font=F(f, size), fill=fill, anchor=anchor, **kw)


def tw(s, f, size, rtl=False):
    kw = {"direction": "rtl", "language": "ar"} if rtl else {}
    return F(f, size).getlength(s, **kw)


def hand(img, x, y, s, rng: random.Random, f="hand_dkg", size=40, fill=BLUE_INK):
    """Handwriting on a PIL image, glyph by glyph with jitter; (x, y) is the baseline start."""
    xx = x
    drift = 0.0
    for ch in s:
        sz = size * rng.uniform(0.93, 1.07)
        fnt = F(f, sz)
        drift += rng.gauss(0, 0.25)
        if ch != " ":
            w = int(fnt.getlength(ch)) + 8
            h = int(sz * 1.6)
            tile = Image.new("L", (w + 8, h), 0)
            ImageDraw.Draw(tile).text((4, h * 0.75), ch, font=fnt, fill=255, anchor="ls")
            tile = tile.rotate(rng.gauss(0, 3), resample=Image.BICUBIC, expand=False)
            ink = Image.new("RGB", tile.size, fill)
            img.paste(ink, (int(xx) - 4, int(y + drift - h * 0.75)), tile)
        xx += fnt.getlength(ch) * rng.uniform(0.98, 1.05)
    return xx


def polylines(dr, pls, x, y, w, h, rng, fill=BLUE_INK, lw=3.0):
    """Unit-box polylines (y up) into the box whose lower-left corner is (x, y) (image coords,
    y down), drawn with pressure-varying width."""
    for pl in pls:
        pts = [(x + px * w, y - py * h) for px, py in pl]
        for i in range(len(pts) - 1):
            width_ = max(1, int(round(lw * (0.75 + 0.5 * math.sin(i / 5 + rng.random())))))
            dr.line([pts[i], pts[i + 1]], fill=fill, width=width_, joint="curve")


def signature(img, name, x, y, w, rng, fill=BLUE_INK, lw=3.0):
    dr = ImageDraw.Draw(img)
    polylines(dr, signature_strokes(name, rng), x, y, w, w * 0.5, rng, fill=fill, lw=lw)


def stamp_round(img, cx, cy, r, ring, inner, rng, color=(60, 70, 160), f="sans_b", alpha=0.75):
    """Round stamp drawn on an overlay then blended with partial ink coverage."""
    size = int(r * 2.3)
    ov = Image.new("L", (size, size), 0)
    dr = ImageDraw.Draw(ov)
    c = size / 2
    lw = max(2, int(r * 0.035))
    dr.ellipse([c - r, c - r, c + r, c + r], outline=255, width=lw)
    dr.ellipse(
        [c - r * 0.7, c - r * 0.7, c + r * 0.7, c + r * 0.7], outline=255, width=max(1, lw // 2)
    )
    fs = r * 0.18
    fnt = F(f, fs)
    rad = r * 0.84
    total = sum(fnt.getlength(ch) for ch in ring)
    span = min(total / rad, 2 * math.pi * 0.9)
    scale = span / (total / rad)
    ang = -math.pi / 2 - span / 2  # image coords: top is -pi/2
    for ch in ring:
        da = fnt.getlength(ch) / rad * scale
        a = ang + da / 2
        tile = Image.new("L", (int(fs * 1.6), int(fs * 1.6)), 0)
        ImageDraw.Draw(tile).text(
            (tile.width / 2, tile.height / 2), ch, font=fnt, fill=255, anchor="mm"
        )
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        px, py = c + rad * math.cos(a), c + rad * math.sin(a)
        ov.paste(255, (int(px - tile.width / 2), int(py - tile.height / 2)), tile)
        ang += da
    n = len(inner)
    for i, line in enumerate(inner):
        s = fs * (1.0 if i == n // 2 else 0.8)
        while F(f, s).getlength(line) > r * 1.3 and s > 6:
            s -= 1
        dr.text((c, c + (i - (n - 1) / 2) * fs * 1.15), line, font=F(f, s), fill=255, anchor="mm")
    ov = ov.rotate(rng.uniform(-30, 30), resample=Image.BICUBIC)
    _blend_ink(img, ov, int(cx - size / 2), int(cy - size / 2), color, alpha, rng)


def stamp_box(img, x, y, lines, rng, color=(60, 70, 160), f="sans_b", size=22, alpha=0.75):
    fnt = F(f, size)
    w = int(max(fnt.getlength(s) for s in lines) + size * 1.2)
    h = int(len(lines) * size * 1.3 + size * 0.8)
    ov = Image.new("L", (w + 20, h + 20), 0)
    dr = ImageDraw.Draw(ov)
    dr.rectangle([10, 10, 10 + w, 10 + h], outline=255, width=max(2, size // 9))
    for i, s in enumerate(lines):
        dr.text((10 + w / 2, 10 + size * 0.5 + i * size * 1.3), s, font=fnt, fill=255, anchor="ma")
    ov = ov.rotate(rng.uniform(-5, 5), resample=Image.BICUBIC, expand=True)
    _blend_ink(img, ov, int(x), int(y), color, alpha, rng)
    return ov.size


def _blend_ink(img, mask, x, y, color, alpha, rng):
    m = np.asarray(mask, dtype=np.float32) / 255.0
    noise = np.random.default_rng(rng.randrange(1 << 30)).random(m.shape).astype(np.float32)
    m = m * np.clip(alpha * (0.55 + 0.6 * noise), 0, 1)
    mask2 = Image.fromarray((m * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    img.paste(Image.new("RGB", mask.size, color), (x, y), mask2)


def guilloche(w, h, rng, base=(236, 240, 228), line=(180, 200, 170), n=26, amp=0.08):
    """Security-paper background: tinted field with interlaced sine waves."""
    img = Image.new("RGB", (w, h), base)
    dr = ImageDraw.Draw(img)
    for k in range(n):
        ph = rng.uniform(0, 2 * math.pi)
        y0 = h * (k + 0.5) / n
        fr = rng.uniform(2.5, 5.0)
        pts = [
            (x, y0 + amp * h * math.sin(2 * math.pi * fr * x / w + ph) * math.sin(math.pi * x / w))
            for x in range(0, w + 8, 8)
        ]
        dr.line(pts, fill=line, width=max(1, w // 900))
    for k in range(n // 2):
        ph = rng.uniform(0, 2 * math.pi)
        x0 = w * (k + 0.5) / (n // 2)
        pts = [
            (x0 + 0.05 * w * math.sin(2 * math.pi * 3 * y / h + ph), y) for y in range(0, h + 8, 8)
        ]
        dr.line(pts, fill=line, width=max(1, w // 1200))
    return img


def portrait(
    w,
    h,
    rng,
    skin=(176, 128, 96),
    hair=(35, 28, 25),
    cloth=(40, 50, 70),
    bg=(222, 226, 230),
    veil=None,
    grey=False,
):
    """A plain synthetic ID portrait (no real face): head, hair, shoulders."""
    img = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(img)
    cx = w / 2 + rng.uniform(-0.02, 0.02) * w
    # shoulders
    dr.ellipse([cx - 0.62 * w, 0.78 * h, cx + 0.62 * w, 1.5 * h], fill=cloth)
    dr.rectangle([cx - 0.12 * w, 0.62 * h, cx + 0.12 * w, 0.84 * h], fill=skin)
    if veil:
        dr.ellipse([cx - 0.36 * w, 0.1 * h, cx + 0.36 * w, 0.82 * h], fill=veil)
        dr.ellipse([cx - 0.55 * w, 0.68 * h, cx + 0.55 * w, 1.3 * h], fill=veil)
    else:
        dr.ellipse([cx - 0.31 * w, 0.1 * h, cx + 0.31 * w, 0.55 * h], fill=hair)
    dr.ellipse([cx - 0.25 * w, 0.17 * h, cx + 0.25 * w, 0.7 * h], fill=skin)
    if not veil:
        dr.chord([cx - 0.27 * w, 0.12 * h, cx + 0.27 * w, 0.42 * h], 180, 360, fill=hair)
    dk = tuple(int(v * 0.45) for v in skin)
    for sx in (-1, 1):
        ex = cx + sx * 0.1 * w
        dr.ellipse([ex - 0.035 * w, 0.39 * h, ex + 0.035 * w, 0.42 * h], fill=(250, 250, 250))
        dr.ellipse([ex - 0.018 * w, 0.392 * h, ex + 0.018 * w, 0.418 * h], fill=(40, 30, 25))
        dr.line(
            [ex - 0.05 * w, 0.365 * h, ex + 0.05 * w, 0.36 * h], fill=hair, width=max(2, w // 60)
        )
    dr.line(
        [cx, 0.42 * h, cx - 0.02 * w, 0.51 * h, cx + 0.02 * w, 0.52 * h],
        fill=dk,
        width=max(2, w // 90),
    )
    dr.arc(
        [cx - 0.08 * w, 0.53 * h, cx + 0.08 * w, 0.6 * h], 20, 160, fill=dk, width=max(2, w // 70)
    )
    img = img.filter(ImageFilter.GaussianBlur(w / 260))
    if grey:
        img = img.convert("L").convert("RGB")
    return img


def ghost(img, alpha=0.35, tint=(120, 120, 120)):
    """The small faded 'ghost' portrait printed on passports and cards."""
    g = img.convert("L").point(lambda v: 255 - int((255 - v) * alpha))
    return Image.merge("RGB", [g.point(lambda v, t=t: min(255, v + (255 - t) // 6)) for t in tint])


def barcode(dr, x, y, w, h, rng, fill=(0, 0, 0)):
    """A 1D-barcode-like block (not decodable, a visual element only)."""
    xx = x
    while xx < x + w:
        bw = rng.choice((1, 1, 2, 3)) * max(1, int(w / 160))
        if rng.random() < 0.55:
            dr.rectangle([xx, y, xx + bw - 1, y + h], fill=fill)
        xx += bw


def matrix_block(dr, x, y, size, rng, n=22, fill=(0, 0, 0)):
    """A data-matrix-like square (finder L + random modules); not a decodable code."""
    m = size / n
    for i in range(n):
        for j in range(n):
            on = (i == n - 1) or (j == 0) or (i == 0 and j % 2 == 0) or (j == n - 1 and i % 2 == 0)
            on = on or (0 < i < n - 1 and 0 < j < n - 1 and rng.random() < 0.5)
            if on:
                dr.rectangle(
                    [x + j * m, y + i * m, x + (j + 1) * m - 1, y + (i + 1) * m - 1], fill=fill
                )
