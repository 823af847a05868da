"""Looks: flatbed scan, photocopy sheet, phone photo, scanner PDF."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _noise(arr: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + g.standard_normal(arr.shape, dtype=np.float32) * sigma, 0, 255)


def scan_look(img: Image.Image, rng: random.Random, tint=None) -> Image.Image:
    """Flatbed scan: grey-ish paper, tiny skew, noise, light blur."""
    tint = tint or (rng.uniform(0.9, 0.97),) * 3
    arr = np.asarray(img).astype(np.float32)
    arr = arr * np.array(tint, dtype=np.float32) + 6
    arr = _noise(arr, rng, rng.uniform(2.5, 5.0))
    out = Image.fromarray(arr.astype(np.uint8))
    ang = rng.uniform(-0.8, 0.8)
    fill = tuple(int(245 * t) for t in tint)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))


def on_sheet(items, rng: random.Random, dpi=200, sheet=(210, 297)) -> Image.Image:
    """Photocopy of cards/pages on a white A4 sheet: items = [(img, x_mm, y_mm, w_mm)]."""
    s = dpi / 25.4
    page = Image.new("RGB", (round(sheet[0] * s), round(sheet[1] * s)), (252, 252, 250))
    for img, x, y, w in items:
        h = w * img.height / img.width
        im = img.resize((round(w * s), round(h * s)), Image.LANCZOS)
        im = im.rotate(
            rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=(252, 252, 250)
        )
        page.paste(im, (round(x * s), round(y * s)))
    return page


def phone_photo(
    img: Image.Image, rng: random.Random, rot: int = 0, long_side=4032, fill=0.78, table=None
) -> Image.Image:
    """A phone photo of a page or card lying on a table."""
    W, H = (long_side * 3 // 4, long_side)
    if img.width > img.height * 1.15:
        W, H = H, W
    table = table or rng.choice([(120, 86, 58), (168, 150, 128), (70, 72, 78), (205, 200, 190)])
    g = np.random.default_rng(rng.randint(0, 2**31))
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    streak = g.standard_normal((1, W), dtype=np.float32).repeat(H, 0)
    streak = cv2.GaussianBlur(streak, (0, 0), 9)[..., None]
    bg = bg + streak * 14 + g.standard_normal(bg.shape, dtype=np.float32) * 5
    sc = min(W * fill / img.width, H * fill / img.height)
    dw, dh = img.width * sc, img.height * sc
    x0, y0 = (
        (W - dw) / 2 + rng.uniform(-0.05, 0.05) * W,
        (H - dh) / 2 + rng.uniform(-0.04, 0.04) * H,
    )
    j = lambda: rng.uniform(-0.045, 0.045) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [x0 + j(), y0 + j()],
            [x0 + dw + j(), y0 + j()],
            [x0 + dw + j(), y0 + dh + j()],
            [x0 + j(), y0 + dh + j()],
        ]
    )
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    M = cv2.getPerspectiveTransform(src, dst)
    doc = np.asarray(img.convert("RGB")).astype(np.float32)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones(doc.shape[:2], np.float32), M, (W, H))[..., None]
    shadow_mask = cv2.GaussianBlur(mask, (0, 0), 25)[..., None] * 0.35
    bg = bg * (1 - shadow_mask)
    out = bg * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cast = np.array(
        [rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.98)], np.float32
    )
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light = np.float32(1.08) - np.float32(0.28) * np.sqrt(
        ((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2
    )
    ang = rng.uniform(0, math.pi)
    band = (np.cos(ang) * xx + np.sin(ang) * yy) / max(W, H)
    light = (light - 0.12 * (band > rng.uniform(0.5, 0.9))).astype(np.float32)
    out = out * light[..., None] * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out = _noise(out, rng, 3.5).astype(np.uint8)
    res = Image.fromarray(out)
    if rot:
        res = res.rotate(rot, expand=True)
    return res


def jpeg_bytes(img: Image.Image, q=82) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def save_jpg(img: Image.Image, path: str, q=84, dpi=None) -> None:
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(path, "JPEG", quality=q, **kw)


def write_image_pdf(imgs: list[Image.Image], path: str, dpi=200, q=70) -> None:
    """A scanner's PDF: one JPEG per page, no text layer."""
    c = canvas.Canvas(path, invariant=1)
    c.setCreator("Canon MF640C Series")
    pt = 72.0 / dpi
    for im in imgs:
        w, h = im.width * pt, im.height * pt
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, w, h)
        c.showPage()
    c.save()
