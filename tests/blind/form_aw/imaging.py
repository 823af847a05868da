"""Rasterising pages and making them look scanned or photographed with a phone."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
A4 = (595.28, 841.89)


def rasterize(pdf_bytes: bytes, dpi: int, forms: bool = False) -> list[np.ndarray]:
    """Renders every page to an RGB uint8 array."""
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        page = doc[i]
        bm = page.render(scale=dpi / 72.0, may_draw_forms=forms)
        out.append(np.array(bm.to_pil().convert("RGB")))
    doc.close()
    return out


def scan(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Flatbed look: grey-ish paper, tiny skew, slight blur and noise."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    paper = np.array([rng.uniform(228, 246)] * 3, np.float32) + rng.uniform(-4, 4)
    f = f / 255.0 * paper
    ang = rng.uniform(-1.1, 1.1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-12, 12), rng.uniform(-12, 12))
    f = cv2.warpAffine(
        f, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(float(v) for v in paper)
    )
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.4, 0.8))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    f += nrng.normal(0, rng.uniform(2, 5), f.shape).astype(np.float32)
    # darker scanner edge on one side
    edge = np.linspace(rng.uniform(-25, -8), 0, 40, dtype=np.float32)
    f[:, :40] += edge[None, :, None]
    return np.clip(f, 0, 255).astype(np.uint8)


def phone_photo(img: np.ndarray, rng: random.Random, rot: int) -> np.ndarray:
    """Page on a table: perspective, shadow, uneven light, colour cast, blur, rotation."""
    ph, pw = img.shape[:2]
    W, H = 3024, 4032
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    table = np.array(
        rng.choice([(120, 96, 70), (150, 140, 128), (70, 62, 58), (185, 170, 150)]), np.float32
    )
    bg = np.ones((H, W, 3), np.float32) * table
    bg += nrng.normal(0, 6, (H // 8, W // 8, 1)).astype(np.float32).repeat(8, 0).repeat(8, 1)
    s = rng.uniform(0.78, 0.9) * min(W / pw, H / ph)
    cw, ch = pw * s, ph * s
    cx, cy = W / 2 + rng.uniform(-80, 80), H / 2 + rng.uniform(-80, 80)

    def j(v):
        return v + rng.uniform(-1, 1) * 0.04 * cw

    dst = np.float32(
        [
            [j(cx - cw / 2), j(cy - ch / 2)],
            [j(cx + cw / 2), j(cy - ch / 2)],
            [j(cx + cw / 2), j(cy + ch / 2)],
            [j(cx - cw / 2), j(cy + ch / 2)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(img.astype(np.float32), m, (W, H))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    # soft shadow of the page on the table
    sh = cv2.GaussianBlur(mask, (0, 0), 25)
    sh = np.roll(sh, (int(rng.uniform(10, 30)), int(rng.uniform(10, 30))), (0, 1))
    bg *= (1 - 0.35 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + page * mask[..., None]
    # uneven light: a gradient plus a hand/phone shadow blob
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    g = 1 - rng.uniform(0.08, 0.25) * (xx / W * rng.choice([1, -1]) + yy / H * rng.uniform(-1, 1))
    bx, by = rng.uniform(0, W), rng.uniform(0, H)
    blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * rng.uniform(500, 900) ** 2)))
    g = g - rng.uniform(0.1, 0.25) * blob
    g = cv2.resize(g, (W, H), interpolation=cv2.INTER_LINEAR)
    out *= g[..., None]
    cast = np.array([rng.uniform(0.95, 1.04), rng.uniform(0.97, 1.02), rng.uniform(0.86, 1.0)])
    out *= cast.astype(np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += nrng.normal(0, 3.5, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=-rot // 90))
    return out


def jpeg_bytes(img: np.ndarray, quality: int, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    Image.fromarray(img).save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def image_pdf(jpegs: list[bytes], title: str = "") -> bytes:
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    c.setProducer("Canon iR-ADV C3525")
    if title:
        c.setTitle(title)
    for jb in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
