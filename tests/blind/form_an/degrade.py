"""Turning clean page renders into flatbed scans, scanner PDFs and phone photos."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

cv2.setNumThreads(1)


def scan(img: Image.Image, rng) -> Image.Image:
    """Flatbed scan: grey-ish paper, slight skew and shift, noise, soft blur."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array([rng.uniform(232, 248)] * 3) + np.array([rng.uniform(-4, 4) for _ in range(3)])
    a = a / 255.0 * tint
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.0, 1.0), 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-12, 12)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 250, 250))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(2, 5), a.shape)
    a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.4, 0.8))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def phone_photo(img: Image.Image, rng, rotate: int = 0) -> Image.Image:
    """A page photographed on a table: perspective, shading, colour cast, blur."""
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    out_w, out_h = 3000, 4000
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    # table: brownish or grey surface with low-frequency texture
    base = np.array(rng.choice([(120, 86, 60), (150, 150, 145), (95, 70, 50), (200, 195, 185)]))
    tex = cv2.resize(nrng.normal(0, 18, (40, 30)).astype(np.float32), (out_w, out_h))
    table = np.clip(base[None, None, :] + tex[:, :, None], 0, 255).astype(np.float32)
    scale = rng.uniform(0.78, 0.9) * out_h / ph
    tw, th = pw * scale, ph * scale
    cx, cy = out_w / 2 + rng.uniform(-80, 80), out_h / 2 + rng.uniform(-80, 80)
    j = lambda: rng.uniform(-70, 70)  # noqa: E731
    dst = np.float32(
        [
            [cx - tw / 2 + j(), cy - th / 2 + j()],
            [cx + tw / 2 + j(), cy - th / 2 + j()],
            [cx + tw / 2 + j(), cy + th / 2 + j()],
            [cx - tw / 2 + j(), cy + th / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (out_w, out_h))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (out_w, out_h))
    # soft shadow of the page on the table
    shadow = cv2.GaussianBlur(mask, (0, 0), 25)
    table *= 1 - 0.35 * shadow[:, :, None]
    a = warped * mask[:, :, None] + table * (1 - mask[:, :, None])
    # uneven light: gradient + a darker blob (hand/phone shadow)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = 1 + rng.uniform(0.08, 0.2) * ((xx / out_w - 0.5) * np.cos(ang) + (yy / out_h - 0.5) *
                                         np.sin(ang))  # fmt: skip
    bx, by = rng.uniform(0, out_w), rng.uniform(0, out_h)
    blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * (rng.uniform(500, 1100)) ** 2)))
    light = grad * (1 - rng.uniform(0.1, 0.25) * blob)
    a = a * light[:, :, None]
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.85, 0.97)])
    a = a * cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(1.0, 2.0))
    a += nrng.normal(0, 3.0, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rotate:
        out = out.rotate(rotate, expand=True)
    return out


def jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def image_pdf(pages_jpeg: list[bytes]) -> bytes:
    """A scanner's PDF: each page one JPEG, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.27, 841.89), invariant=1)
    c.setCreator("EPSON Scan")
    for data in pages_jpeg:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, 595.27, 841.89)
        c.showPage()
    c.save()
    return buf.getvalue()
