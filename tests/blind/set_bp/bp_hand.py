"""Handwriting (per-glyph jitter on handwriting fonts) and pen-stroke signatures, in Pillow."""

from __future__ import annotations

import math
import random
import unicodedata

from PIL import Image, ImageDraw

from bp_common import HAND_FONTS, font_cmap, pil_font

BLUE = (28, 42, 128)
BLACK = (30, 30, 38)

_SUBST = {"ı": "i", "İ": "I", "ğ": "g", "Ğ": "G", "ş": "s", "Ş": "S", "’": "'", "œ": "oe"}


def _glyph_ok(ch: str, font_key: str) -> str:
    path = HAND_FONTS[font_key]
    cmap = font_cmap(path)
    if ord(ch) in cmap or ch == " ":
        return ch
    alt = _SUBST.get(ch)
    if alt and all(ord(a) in cmap for a in alt):
        return alt
    base = unicodedata.normalize("NFD", ch)[0]
    if ord(base) in cmap:
        return base
    up = ch.upper() if ch.islower() else ch.lower()
    return up if ord(up) in cmap else "?"


def hand_text(
    img: Image.Image,
    xy: tuple[float, float],
    text: str,
    rng: random.Random,
    font_key: str = "breip",
    size: int = 40,
    color=BLUE,
    slant: float = 0.0,
    spacing: float = 1.0,
    drift: float = 0.0,
) -> float:
    """Write text with its baseline-top at xy; returns the x after the last glyph."""
    font = pil_font(HAND_FONTS[font_key], size)
    x, y = xy
    est = int(sum(font.getlength(_glyph_ok(c, font_key)) for c in text) * 1.15 + size * 3)
    ox, oy = int(x - size), int(y - size)
    layer = Image.new("L", (est, int(size * 3 + abs(drift) * len(text))), 0)
    for i, raw in enumerate(text):
        ch = _glyph_ok(raw, font_key)
        adv = font.getlength(ch) * spacing
        if ch.strip():
            s = int(size * 1.8)
            g = Image.new("L", (s, s), 0)
            ImageDraw.Draw(g).text((s * 0.2, s * 0.15), ch, font=font, fill=255)
            ang = rng.gauss(0, 2.5) - slant
            g = g.rotate(ang, resample=Image.BICUBIC)
            gx = int(x - s * 0.2 + rng.gauss(0, size * 0.02)) - ox
            gy = int(y - s * 0.15 + rng.gauss(0, size * 0.03) + drift * i) - oy
            layer.paste(Image.new("L", g.size, 255), (gx, gy), g)
        x += adv * rng.uniform(0.96, 1.06)
    alpha = layer.point(lambda v: int(v * 0.92))
    img.paste(Image.new("RGB", layer.size, color), (ox, oy), alpha)
    return x


def comb_text(img, boxes, text, rng, font_key="breip", size=None, color=BLUE):
    """One capital per comb box. boxes: list of (x0, y0, x1, y1) in pixels."""
    for (x0, y0, x1, y1), ch in zip(boxes, text, strict=False):
        if ch == " ":
            continue
        sz = size or int((y1 - y0) * 0.88)
        font = pil_font(HAND_FONTS[font_key], sz)
        c = _glyph_ok(ch, font_key)
        w = font.getlength(c)
        asc = font.getmetrics()[0]
        cx = (x0 + x1) / 2 - w / 2 + rng.gauss(0, (x1 - x0) * 0.05)
        cy = y1 - (y1 - y0) * 0.14 - asc + rng.gauss(0, (y1 - y0) * 0.04)
        hand_text(img, (cx, cy), c, rng, font_key, sz, color)


def _catmull(points, n=16):
    out = []
    pts = [points[0]] + list(points) + [points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            x = 0.5 * (
                2 * p1[0]
                + (-p0[0] + p2[0]) * t
                + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3
            )
            y = 0.5 * (
                2 * p1[1]
                + (-p0[1] + p2[1]) * t
                + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3
            )
            out.append((x, y))
    out.append(points[-1])
    return out


def _stroke(draw, pts, width, rng, ss):
    n = len(pts)
    phase = rng.uniform(0, 6.28)
    for i in range(n - 1):
        t = i / max(1, n - 1)
        taper = min(1.0, t * 8, (1 - t) * 6)
        w = width * (0.65 + 0.35 * math.sin(t * 9 + phase) ** 2) * max(0.45, taper)
        a, b = pts[i], pts[i + 1]
        draw.line(
            [(a[0] * ss, a[1] * ss), (b[0] * ss, b[1] * ss)], fill=255, width=max(1, int(w * ss))
        )
        r = w * ss / 2
        draw.ellipse([b[0] * ss - r, b[1] * ss - r, b[0] * ss + r, b[1] * ss + r], fill=255)


def signature_layer(w: int, h: int, name: str, rng: random.Random, pen: float = 0.0) -> Image.Image:
    """An 'L' mask of a pen signature filling roughly a w x h box."""
    ss = 3
    layer = Image.new("L", (w * ss, h * ss), 0)
    draw = ImageDraw.Draw(layer)
    pen = pen or max(1.6, h / 38)
    base = h * rng.uniform(0.58, 0.68)
    x = w * rng.uniform(0.06, 0.14)
    # capital: a tall looped initial
    cap_h = h * rng.uniform(0.45, 0.62)
    cap = [
        (x + w * 0.02, base),
        (x + w * 0.05, base - cap_h),
        (x + w * 0.09, base - cap_h * 0.9),
        (x + w * 0.06, base - cap_h * 0.35),
        (x - w * 0.01, base - cap_h * 0.1),
        (x + w * 0.10, base - cap_h * 0.25),
    ]
    pts = list(cap)
    x += w * 0.11
    letters = max(4, min(10, len(name.replace(" ", "")) - 2))
    step = (w * rng.uniform(0.55, 0.7)) / letters
    for i in range(letters):
        tall = rng.random() < 0.3
        st = step * rng.uniform(0.75, 1.3)
        if tall:  # looped ascender (l, b, h, k)
            hh = h * rng.uniform(0.32, 0.48)
            pts.append((x + st * 0.45, base - hh))
            pts.append((x + st * 0.25, base - hh * 0.9))
            pts.append((x + st * 0.4, base - hh * 0.2))
            pts.append((x + st * 0.75, base + h * rng.uniform(-0.01, 0.04)))
        else:
            hh = h * rng.uniform(0.08, 0.2)
            pts.append((x + st * 0.35, base - hh))
            pts.append((x + st * 0.7, base + h * rng.uniform(-0.02, 0.05)))
        x += st
        if i == letters // 2 and rng.random() < 0.5:
            pts.append((x + step * 0.2, base + h * 0.22))
            pts.append((x - step * 0.2, base + h * 0.05))
    draw_pts = _catmull(pts, 14)
    _stroke(draw, draw_pts, pen, rng, ss)
    # flourish: an underline sweeping back left, sometimes a dot or bar
    fl = [
        (x, base - h * 0.05),
        (x + w * 0.04, base - h * 0.15),
        (x - w * 0.2, base + h * 0.16),
        (w * rng.uniform(0.08, 0.2), base + h * rng.uniform(0.18, 0.28)),
    ]
    _stroke(draw, _catmull(fl, 18), pen * 0.8, rng, ss)
    if rng.random() < 0.5:
        dx = w * rng.uniform(0.3, 0.6)
        _stroke(
            draw, [(dx, base - h * 0.38), (dx + w * 0.015, base - h * 0.36)], pen * 1.2, rng, ss
        )
    return layer.resize((w, h), Image.LANCZOS)


def sign(img: Image.Image, box, name: str, rng: random.Random, color=BLUE) -> None:
    x0, y0, x1, y1 = (int(v) for v in box)
    w, h = x1 - x0, y1 - y0
    mask = signature_layer(w, h, name, rng)
    img.paste(Image.new("RGB", (w, h), color), (x0, y0), mask)


def signature_png(w: int, h: int, name: str, rng: random.Random, color=BLUE) -> Image.Image:
    mask = signature_layer(w, h, name, rng)
    out = Image.new("RGBA", (w, h), color + (0,))
    out.putalpha(mask)
    return out


def tick(img: Image.Image, box, rng: random.Random, kind: str = "x", color=BLUE) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    ss = 3
    layer = Image.new("L", (int(w * 2) * ss, int(h * 2) * ss), 0)
    d = ImageDraw.Draw(layer)
    ox, oy = w / 2, h / 2
    pen = max(2.0, h / 7)
    if kind == "x":
        a = [(ox + w * 0.1, oy + h * 0.1), (ox + w * 0.9, oy + h * 0.92)]
        b = [(ox + w * 0.88, oy + h * 0.08), (ox + w * 0.12, oy + h * 0.95)]
        for seg in (a, b):
            seg = [(p[0] + rng.gauss(0, w * 0.04), p[1] + rng.gauss(0, h * 0.04)) for p in seg]
            _stroke(d, _catmull(seg, 10), pen, rng, ss)
    else:
        seg = [
            (ox + w * 0.1, oy + h * 0.5),
            (ox + w * 0.4, oy + h * 0.9),
            (ox + w * 1.2, oy - h * 0.3),
        ]
        _stroke(d, _catmull(seg, 12), pen, rng, ss)
    mask = layer.resize((int(w * 2), int(h * 2)), Image.LANCZOS)
    img.paste(Image.new("RGB", mask.size, color), (int(x0 - ox), int(y0 - oy)), mask)
