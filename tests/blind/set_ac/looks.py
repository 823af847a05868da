"""Degradations that turn a clean raster into what applicants really send."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter

cv2.setNumThreads(1)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def on_page(card: Image.Image, rng: random.Random, dpi: float, page_mm=(210, 297)):
    """Lay a card (or several) on an A4 flatbed glass: white page with the card near a corner."""
    k = dpi / 25.4
    page = Image.new("RGB", (int(page_mm[0] * k), int(page_mm[1] * k)), (250, 250, 248))
    x = int(rng.uniform(10, 30) * k)
    y = int(rng.uniform(10, 40) * k)
    page.paste(card, (x, y))
    return page


def stack_on_page(cards: list, rng: random.Random, dpi: float):
    """Several cards/pages scanned together on one A4 (e.g. passport page and visa)."""
    k = dpi / 25.4
    page = Image.new("RGB", (int(210 * k), int(297 * k)), (250, 250, 248))
    y = int(rng.uniform(8, 16) * k)
    for c in cards:
        x = int(rng.uniform(8, 30) * k)
        page.paste(c, (x, y))
        y += c.height + int(rng.uniform(8, 20) * k)
    return page


def scan(img: Image.Image, rng: random.Random, max_angle=1.2, grey=True) -> Image.Image:
    """Flatbed scan: slight skew, grey-ish paper, sensor noise, a little softness."""
    g = _np_rng(rng)
    angle = rng.uniform(-max_angle, max_angle)
    bg = (245, 245, 242)
    im = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    a = np.asarray(im).astype(np.float32)
    if grey:
        a = a * rng.uniform(0.9, 0.96) + rng.uniform(4, 12)
    h, w = a.shape[:2]
    # scanner lid shadow on one edge
    ramp = np.linspace(1, 0, w)[None, :, None] ** 18 * rng.uniform(20, 60)
    a = a - ramp
    a += g.normal(0, rng.uniform(2.5, 5), a.shape[:2])[:, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    g = _np_rng(rng)
    kind = rng.choice(["wood", "dark", "cloth", "marble"])
    base = {
        "wood": (150, 105, 70),
        "dark": (55, 50, 48),
        "cloth": (120, 130, 150),
        "marble": (215, 212, 205),
    }[kind]
    a = np.zeros((h, w, 3), np.float32) + np.array(base, np.float32)[None, None, :]
    if kind == "wood":
        yy = np.arange(h)[:, None]
        xx = np.arange(w)[None, :]
        grain = np.sin(yy / rng.uniform(9, 20) + np.sin(xx / 300.0) * 3) * 12
        a += grain[:, :, None]
    small = g.normal(0, 14, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
    small = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    a += small[:, :, None]
    a += g.normal(0, 4, (h, w))[:, :, None]
    return a


def phone_photo(
    img: Image.Image,
    rng: random.Random,
    long_side: int = 3024,
    rot90: int = 0,
    blur: float = 0.0,
    tilt: float = 0.08,
    fill: float = 0.82,
) -> Image.Image:
    """Photo of a document lying on a table: perspective, shadow, light falloff, colour cast.

    rot90: number of counter-clockwise quarter turns applied to the final JPEG pixels
    (what happens when EXIF orientation is lost).
    """
    g = _np_rng(rng)
    W, H = (long_side * 3) // 4, long_side
    landscape_doc = img.width > img.height
    if landscape_doc:
        W, H = H, W
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H

    def j(v):
        return v + rng.uniform(-tilt, tilt) * min(dw, dh) * 0.5

    dst = np.float32(
        [
            [j(cx - dw / 2), j(cy - dh / 2)],
            [j(cx + dw / 2), j(cy - dh / 2)],
            [j(cx + dw / 2), j(cy + dh / 2)],
            [j(cx - dw / 2), j(cy + dh / 2)],
        ]
    )
    # perspective: the far edge a little narrower
    shrink = rng.uniform(0.0, tilt) * dw * 0.5
    dst[0, 0] += shrink
    dst[1, 0] -= shrink
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    table = _table(W, H, rng)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(
        np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR, borderValue=0
    )
    # soft drop shadow of the sheet on the table
    sm = cv2.GaussianBlur(mask, (0, 0), 18)
    sm = np.roll(sm, (int(rng.uniform(6, 20)), int(rng.uniform(6, 20))), axis=(0, 1))
    table *= (1 - 0.45 * sm)[:, :, None]
    a = warped * mask[:, :, None] + table * (1 - mask[:, :, None])
    # uneven light: a broad gradient plus a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(ang) * xx / W + np.sin(ang) * yy / H) * rng.uniform(0.15, 0.35)
    light = 1.0 - grad + grad.mean()
    bx, by = rng.uniform(0, W), rng.uniform(0, H)
    rad = rng.uniform(0.25, 0.5) * max(W, H)
    blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * rad**2)))
    light *= 1 - rng.uniform(0.1, 0.3) * blob
    a *= light[:, :, None]
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.86, 0.99)])
    a *= cast[None, None, :]
    a += g.normal(0, 3.5, (H, W))[:, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    if rot90:
        a = np.ascontiguousarray(np.rot90(a, rot90))
    return Image.fromarray(a)


def jpeg(img: Image.Image, path: str, quality: int = 85, dpi=None) -> None:
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


def jpeg_roundtrip(img: Image.Image, quality: int = 70) -> Image.Image:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")
