"""Turning clean page rasters into scans, scanner PDFs and phone photos."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

cv2.setNumThreads(1)


def scan(img: Image.Image, rng: random.Random, dpi_out: int = 200) -> Image.Image:
    """Flatbed scan: grey paper, slight skew, a little noise, resampled."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array([rng.uniform(228, 245)] * 3) + np.array([rng.uniform(-4, 4) for _ in range(3)])
    a = a * (tint / 255.0)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(2, 5), a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.rotate(
        rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=(250,) * 3
    )
    if rng.random() < 0.5:
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    w, h = out.size
    f = dpi_out / 200.0
    if f != 1:
        out = out.resize((int(w * f), int(h * f)), Image.LANCZOS)
    if rng.random() < 0.3:
        out = out.convert("L").convert("RGB")
    return out


def phone_photo(img: Image.Image, rng: random.Random, rotate: int = 0) -> Image.Image:
    """Page on a table photographed by a phone: perspective, shadow, cast, blur."""
    page = np.asarray(img.convert("RGB"))
    ph, pw = page.shape[:2]
    W, H = 3000, 4000
    scale = rng.uniform(0.72, 0.85) * min(W / pw, H / ph)
    cw, ch = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-120, 120), H / 2 + rng.uniform(-150, 150)
    j = lambda: rng.uniform(-90, 90)  # noqa: E731
    dst = np.float32(
        [
            [cx - cw / 2 + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy + ch / 2 + j()],
            [cx - cw / 2 + j(), cy + ch / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    table = np.array(rng.choice([(120, 90, 60), (180, 170, 160), (70, 70, 75), (200, 190, 170)]))
    bg = np.ones((H, W, 3), np.float32) * table
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    bg += nrng.normal(0, 6, (H, W, 1))
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))[..., None]
    out = bg * (1 - mask) + warped.astype(np.float32) * mask
    # uneven light + shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.05 - 0.25 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(W, H)
    if rng.random() < 0.7:
        a, b = rng.uniform(-1, 1), rng.uniform(0.2, 0.8)
        edge = (xx / W) * a + (yy / H) - b
        light *= 1 - 0.25 * (1 / (1 + np.exp(-edge * 25)))
    cast = np.array([rng.uniform(0.92, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.82, 1.0)])
    out = out * light[..., None] * cast
    out += nrng.normal(0, 3, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    k = rng.choice([1, 3, 3, 5])
    if k > 1:
        out = cv2.GaussianBlur(out, (k, k), 0)
    im = Image.fromarray(out)
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im


def jpeg(img: Image.Image, q: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q)
    return buf.getvalue()


def image_pdf(pages: list[Image.Image], path, rng: random.Random, title="Scan"):
    """Scanner PDF: each page a JPEG image, no text layer."""
    c = Canvas(str(path), pagesize=(595.27, 841.89), invariant=1)
    c.setTitle(title)
    c.setCreator(rng.choice(["HP Scan", "Canon IJ Scan Utility", "Epson Scan 2", "NAPS2"]))
    for p in pages:
        data = jpeg(p, rng.randint(55, 80))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, 595.27, 841.89)
        c.showPage()
    c.save()
