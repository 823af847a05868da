"""How a printed page comes back: flatbed scan or phone photo on a table."""

from __future__ import annotations

import random

import cv2
import numpy as np
from PIL import Image

cv2.setNumThreads(1)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def paper(img: Image.Image, rng: random.Random) -> Image.Image:
    """Printed on office paper with a laser printer: toner not quite black, paper not white."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tone = np.array([rng.uniform(236, 250)] * 3) - np.array(
        [0, rng.uniform(0, 4), rng.uniform(2, 8)]
    )
    a = a / 255.0 * (tone - 22) + 22
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan(img: Image.Image, rng: random.Random, dpi_from: int, dpi_to: int) -> Image.Image:
    """A flatbed scan: slight skew and offset, grey-ish paper, sensor noise, a little blur."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.4, 1.4)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-0.01, 0.01) * w
    m[1, 2] += rng.uniform(-0.01, 0.01) * h
    bg = rng.uniform(225, 245)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(bg, bg, bg))
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.9))
    a += nr.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    # lamp gradient along one edge
    g = np.linspace(rng.uniform(-10, 0), rng.uniform(-2, 6), w, dtype=np.float32)[None, :, None]
    a = a + g
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if dpi_to != dpi_from:
        out = out.resize((int(w * dpi_to / dpi_from), int(h * dpi_to / dpi_from)), Image.LANCZOS)
    if rng.random() < 0.3:
        out = out.convert("L").convert("RGB")
    return out


def _table(nr: np.random.Generator, w: int, h: int, rng: random.Random) -> np.ndarray:
    base = np.array(
        rng.choice([(120, 86, 58), (176, 150, 118), (70, 70, 75), (210, 205, 198), (95, 60, 40)]),
        dtype=np.float32,
    )
    small = nr.normal(0, 1, (h // 40 + 2, w // 8 + 2)).astype(np.float32)
    grain = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * rng.uniform(4, 14)
    fine = nr.normal(0, 3, (h, w)).astype(np.float32)
    return base[None, None, :] + (grain + fine)[..., None]


def photo(img: Image.Image, rng: random.Random, turn: int = 0) -> Image.Image:
    """A phone photo of the page on a table: perspective, shadow, uneven light, cast, blur.

    `turn` rotates the final photo by 90 * turn degrees counter-clockwise (phone held sideways
    or upside down, without EXIF orientation).
    """
    nr = _np_rng(rng)
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    W, H = (3024, 4032) if rng.random() < 0.7 else (2448, 3264)
    fill = rng.uniform(0.74, 0.9)
    sc = min(W * fill / pw, H * fill / ph)
    tw, th = pw * sc, ph * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.035

    def jit(x, y):
        return [x + rng.uniform(-j, j) * tw, y + rng.uniform(-j, j) * th]

    # top edge narrower when the phone is tilted
    k = rng.uniform(0.0, 0.07) * tw
    dst = np.float32(
        [
            jit(cx - tw / 2 + k, cy - th / 2),
            jit(cx + tw / 2 - k, cy - th / 2),
            jit(cx + tw / 2, cy + th / 2),
            jit(cx - tw / 2, cy + th / 2),
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    table = _table(nr, W, H, rng)
    # soft drop shadow of the sheet on the table
    sh = cv2.GaussianBlur(np.roll(mask[..., 0], (18, 14), (0, 1)), (0, 0), 25)[..., None]
    table = table * (1 - 0.45 * sh)
    a = warped * mask + table * (1 - mask)
    # uneven light: a broad gradient plus the phone's own shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) * rng.uniform(0.15, 0.35)
    light = 1.0 - grad
    if rng.random() < 0.6:
        bx, by = rng.uniform(0.2, 0.8) * W, rng.uniform(0.5, 1.0) * H
        r = rng.uniform(0.25, 0.45) * W
        blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * r * r)))
        light = light * (1 - rng.uniform(0.15, 0.3) * blob)
    a = a * light[..., None]
    cast = np.array(
        [rng.uniform(0.92, 1.04), rng.uniform(0.95, 1.02), rng.uniform(0.85, 1.0)], np.float32
    )
    a = a * cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.8))
    a += nr.normal(0, rng.uniform(2, 5), a.shape).astype(np.float32)
    out = np.clip(a, 0, 255).astype(np.uint8)
    if turn % 4:
        out = np.rot90(out, turn % 4).copy()
    return Image.fromarray(out)
