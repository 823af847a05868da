"""Small pieces of artwork: guilloche backgrounds, portraits, emblems, logos."""

from __future__ import annotations

import math
import random

import numpy as np
from core import pil_font
from PIL import Image, ImageDraw, ImageFilter


def guilloche(w_px, h_px, color, seed, density=1.0, strength=0.35):
    """Security background: interfering sine line families, tinted."""
    r = random.Random(seed)
    yy, xx = np.mgrid[0:h_px, 0:w_px].astype(np.float32)
    acc = np.zeros((h_px, w_px), np.float32)
    for _ in range(3):
        f1 = r.uniform(0.02, 0.05) * density
        a = r.uniform(8, 30)
        ph = r.uniform(0, 6.28)
        f2 = r.uniform(0.004, 0.012)
        v = np.sin(yy * f1 + a * np.sin(xx * f2 + ph) * f1)
        acc += np.exp(-((v * 6) ** 2) * 0.35) * 0.6
    cx, cy = w_px * r.uniform(0.5, 0.8), h_px * r.uniform(0.3, 0.6)
    rad = np.hypot(xx - cx, yy - cy)
    acc += np.exp(-((np.sin(rad * 0.09 * density) * 5) ** 2)) * 0.5
    acc = np.clip(acc, 0, 1) * strength
    base = np.array([255, 255, 255], np.float32)
    col = np.array(color, np.float32)
    light = base * 0.92 + col * 0.08
    img = light[None, None, :] * (1 - acc[:, :, None]) + col[None, None, :] * acc[:, :, None]
    return Image.fromarray(img.clip(0, 255).astype(np.uint8))


SKIN = [
    (241, 204, 178),
    (224, 172, 135),
    (198, 140, 100),
    (160, 104, 70),
    (110, 72, 48),
    (232, 190, 150),
]
HAIR = [(30, 24, 20), (60, 40, 25), (110, 75, 40), (20, 20, 22), (150, 110, 60), (90, 90, 90)]


def portrait(seed, sex="F", grey=False, bg=(214, 224, 234), w=300, h=380):
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = r.choice(SKIN)
    hair = r.choice(HAIR)
    cloth = r.choice([(40, 50, 80), (70, 70, 70), (120, 30, 40), (30, 80, 60), (200, 200, 205)])
    cx = w / 2 + r.uniform(-8, 8)
    # shoulders
    d.ellipse([cx - w * 0.55, h * 0.78, cx + w * 0.55, h * 1.35], fill=cloth)
    d.rectangle([cx - w * 0.09, h * 0.6, cx + w * 0.09, h * 0.82], fill=skin)
    hw, hh = w * r.uniform(0.22, 0.26), h * r.uniform(0.25, 0.28)
    hy = h * 0.42
    if sex == "F" and r.random() < 0.8:
        d.ellipse([cx - hw * 1.3, hy - hh * 1.15, cx + hw * 1.3, hy + hh * 1.5], fill=hair)
    d.ellipse([cx - hw, hy - hh, cx + hw, hy + hh], fill=skin)
    # hair top
    d.chord([cx - hw * 1.05, hy - hh * 1.12, cx + hw * 1.05, hy + hh * 0.5], 180, 360, fill=hair)
    # eyes, nose, mouth
    ey = hy - hh * 0.05
    for sx in (-1, 1):
        ex = cx + sx * hw * 0.42
        d.ellipse([ex - 7, ey - 4, ex + 7, ey + 4], fill=(250, 250, 250))
        d.ellipse([ex - 3.5, ey - 3.5, ex + 3.5, ey + 3.5], fill=(50, 35, 25))
        d.line([ex - 10, ey - 11, ex + 10, ey - 12], fill=hair, width=3)
    d.line(
        [cx, ey + 5, cx - 4, hy + hh * 0.35, cx + 3, hy + hh * 0.38],
        fill=tuple(int(c * 0.8) for c in skin),
        width=2,
    )
    d.arc(
        [cx - hw * 0.35, hy + hh * 0.35, cx + hw * 0.35, hy + hh * 0.65],
        20,
        160,
        fill=(150, 70, 70),
        width=3,
    )
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    if grey:
        im = im.convert("L").convert("RGB")
    return im


def emblem(seed, color, size=200, text=""):
    """A round national emblem / seal drawn with simple shapes."""
    r = random.Random(seed)
    im = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    c = tuple(color) + (255,)
    d.ellipse([4, 4, size - 4, size - 4], outline=c, width=max(2, size // 40))
    d.ellipse(
        [size * 0.16, size * 0.16, size * 0.84, size * 0.84], outline=c, width=max(1, size // 80)
    )
    n = r.choice((5, 6, 8, 12))
    for i in range(n):
        a = 2 * math.pi * i / n
        x = size / 2 + size * 0.22 * math.cos(a)
        y = size / 2 + size * 0.22 * math.sin(a)
        d.ellipse([x - size * 0.05, y - size * 0.05, x + size * 0.05, y + size * 0.05], fill=c)
    d.polygon(
        [(size / 2, size * 0.3), (size * 0.6, size * 0.62), (size * 0.4, size * 0.62)], fill=c
    )
    if text:
        f = pil_font("sans-b", size * 0.075)
        n = len(text)
        for i, ch in enumerate(text):
            a = math.radians(-200 + 220 * (i + 0.5) / n)
            x = size / 2 + size * 0.4 * math.cos(a)
            y = size / 2 + size * 0.4 * math.sin(a)
            g = Image.new("RGBA", (int(size * 0.12),) * 2, (0, 0, 0, 0))
            ImageDraw.Draw(g).text((size * 0.06, size * 0.06), ch, font=f, fill=c, anchor="mm")
            g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            im.alpha_composite(g, (int(x - size * 0.06), int(y - size * 0.06)))
    return im


def flag_rect(colors, w=120, h=80, vertical=True):
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    n = len(colors)
    for i, c in enumerate(colors):
        if vertical:
            d.rectangle([i * w / n, 0, (i + 1) * w / n, h], fill=c)
        else:
            d.rectangle([0, i * h / n, w, (i + 1) * h / n], fill=c)
    return im


def qr_like(seed, n=25, px=8):
    """A QR-looking square (not decodable): finder patterns plus random modules."""
    r = random.Random(seed)
    im = Image.new("L", (n * px + 8 * px, n * px + 8 * px), 255)
    d = ImageDraw.Draw(im)
    o = 4 * px
    for y in range(n):
        for x in range(n):
            if r.random() < 0.48:
                d.rectangle(
                    [o + x * px, o + y * px, o + x * px + px - 1, o + y * px + px - 1], fill=0
                )
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle(
            [o + fx * px, o + fy * px, o + (fx + 7) * px - 1, o + (fy + 7) * px - 1], fill=255
        )
        d.rectangle(
            [o + fx * px, o + fy * px, o + (fx + 7) * px - 1, o + (fy + 7) * px - 1],
            outline=0,
            width=px,
        )
        d.rectangle(
            [o + (fx + 2) * px, o + (fy + 2) * px, o + (fx + 5) * px - 1, o + (fy + 5) * px - 1],
            fill=0,
        )
    return im.convert("RGB")


def datamatrix_like(seed, n=22, px=6):
    r = random.Random(seed)
    im = Image.new("L", (n * px + 4 * px, n * px + 4 * px), 255)
    d = ImageDraw.Draw(im)
    o = 2 * px
    for y in range(n):
        for x in range(n):
            on = r.random() < 0.5
            if x == 0 or y == n - 1:
                on = True
            if (y == 0 and x % 2 == 0) or (x == n - 1 and y % 2 == 1):
                on = True
            if on:
                d.rectangle(
                    [o + x * px, o + y * px, o + x * px + px - 1, o + y * px + px - 1], fill=0
                )
    return im.convert("RGB")


def barcode_like(seed, w=400, h=60):
    r = random.Random(seed)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    x = 10
    while x < w - 10:
        bw = r.choice((1, 1, 2, 3))
        d.rectangle([x, 0, x + bw, h], fill=0)
        x += bw + r.choice((1, 2, 2, 3))
    return im.convert("RGB")
