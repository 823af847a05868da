"""Capture effects: flatbed scan, scanner PDF, phone photo, phone screenshot."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

cv2.setNumThreads(1)


def _np_rng(rng) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**31))


def paper(img: Image.Image, rng, tint=None) -> Image.Image:
    """Grey/yellowish paper tone, fine noise."""
    a = np.asarray(img).astype(np.float32)
    tint = tint or (rng.uniform(0.9, 0.98), rng.uniform(0.9, 0.97), rng.uniform(0.86, 0.95))
    a = a * np.array(tint, dtype=np.float32) + rng.uniform(0, 6)
    g = _np_rng(rng)
    a += g.normal(0, rng.uniform(2, 6), a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan(img: Image.Image, rng, dpi_in: float, dpi_out: float) -> Image.Image:
    """Flatbed scan: slight skew, paper tone, softening, resampled to dpi_out."""
    if dpi_out != dpi_in:
        f = dpi_out / dpi_in
        img = img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)
    img = paper(img, rng)
    ang = rng.uniform(-1.4, 1.4)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(238, 238, 234))
    if rng.random() < 0.4:  # dark scanner lid edge
        d = ImageDraw.Draw(img)
        w = rng.randint(4, 14)
        d.rectangle([0, 0, img.width, w], fill=(40, 40, 40))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return img


def place_card(card: Image.Image, rng, scale_w: int = 2480, scale_h: int = 3508) -> Image.Image:
    """An ID card or passport page laid on a white A4 scan."""
    page = Image.new("RGB", (scale_w, scale_h), (250, 250, 248))
    x = rng.randint(120, max(121, scale_w - card.width - 120))
    y = rng.randint(120, 600)
    page.paste(card, (x, y))
    return page


def _table(w, h, rng) -> np.ndarray:
    g = _np_rng(rng)
    kind = rng.choice(["wood", "grey", "cloth", "dark"])
    base = {
        "wood": (120, 85, 55),
        "grey": (150, 150, 150),
        "cloth": (70, 90, 120),
        "dark": (45, 45, 50),
    }[kind]
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        stripes = 18 * np.sin(ys / rng.uniform(9, 25) + 3 * np.sin(xs / 400.0))
        a += stripes[..., None]
    small = g.normal(0, 10, (h // 8 + 1, w // 8 + 1, 1)).astype(np.float32)
    a += cv2.resize(small, (w, h))[..., None]
    return a


def phone_photo(img: Image.Image, rng, card: bool = False) -> Image.Image:
    """Photo of a page or card on a table: perspective, shadow, light, cast, blur, rotation."""
    long_side = rng.randint(2400, 3400)
    W, H = (int(long_side * 0.75), long_side)
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    fill = rng.uniform(0.72, 0.86) if card else rng.uniform(0.78, 0.9)
    s = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * s, sh * s
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045 * min(dw, dh)
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
            [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    table = _table(W, H, rng)
    # drop shadow of the sheet
    sm = cv2.GaussianBlur(np.roll(mask, (18, 14), axis=(0, 1)), (0, 0), 20)
    table *= (1 - 0.45 * sm)[..., None]
    out = table * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: gradient plus a soft hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + rng.uniform(0.08, 0.22) * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    if rng.random() < 0.6:
        ox, oy = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.25, 0.5) * W
        light -= rng.uniform(0.12, 0.28) * np.exp(-((xx - ox) ** 2 + (yy - oy) ** 2) / (2 * r * r))
    out *= light[..., None]
    cast = np.array([rng.uniform(0.92, 1.06), rng.uniform(0.94, 1.03), rng.uniform(0.85, 1.0)])
    out = out * cast.astype(np.float32)
    k = rng.choice([0, 0.8, 1.2, 1.8])
    if k:
        out = cv2.GaussianBlur(out, (0, 0), k)
    g = _np_rng(rng)
    out += g.normal(0, rng.uniform(2, 5), out.shape[:2]).astype(np.float32)[..., None]
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    rot = rng.choice([0, 0, 0, 90, 180, 270])
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def status_bar(d: ImageDraw.ImageDraw, w: int, rng, font, dark: bool = False):
    col = (255, 255, 255) if dark else (0, 0, 0)
    hh, mm = rng.randint(7, 22), rng.randint(0, 59)
    d.text((110, 80), f"{hh}:{mm:02d}", font=font, fill=col, anchor="ms")
    x = w - 80
    d.rounded_rectangle([x - 60, 55, x, 85], 6, outline=col, width=3)
    lvl = rng.randint(15, 95)
    d.rectangle([x - 56, 59, x - 56 + int(52 * lvl / 100), 81], fill=col)
    for i in range(4):
        d.rectangle([x - 150 + i * 14, 80 - i * 7 - 8, x - 140 + i * 14, 82], fill=col)


def save_jpeg(img: Image.Image, path: str, q: int, dpi: int | None = None):
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)
