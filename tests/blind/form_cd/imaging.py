"""Turn rendered pages into scans, scanner PDFs and phone photos (deterministic)."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
A4 = (595.28, 841.89)


def render(pdf_bytes: bytes, dpi: float) -> list[np.ndarray]:
    """Render each page of a PDF to an RGB uint8 array."""
    doc = pdfium.PdfDocument(pdf_bytes)
    doc.init_forms()
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72, may_draw_forms=True).to_numpy()
        out.append(np.ascontiguousarray(img[:, :, 2::-1]))  # BGRx -> RGB
    doc.close()
    return out


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return g.normal(0, sigma, shape).astype(np.float32)


def scan(img: np.ndarray, rng) -> np.ndarray:
    """A flatbed scan: grey paper, a slight skew, noise, a little softness."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    paper = np.array([rng.uniform(228, 246)] * 3, np.float32) + rng.uniform(-4, 4)
    f = f / 255.0 * paper
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-8, 8), rng.uniform(-8, 8))
    f = cv2.warpAffine(f, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250,) * 3)
    f += _noise(rng, f.shape[:2] + (1,), rng.uniform(2, 5))
    f = cv2.GaussianBlur(f, (3, 3), rng.uniform(0.4, 0.8))
    return np.clip(f, 0, 255).astype(np.uint8)


def photo(img: np.ndarray, rng, rot: int = 0) -> np.ndarray:
    """A phone photo of a sheet on a table: perspective, light falloff, cast, blur."""
    oh, ow = 4032, 3024
    h, w = img.shape[:2]
    g = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array([rng.uniform(90, 170), rng.uniform(70, 140), rng.uniform(50, 110)])
    table = np.ones((oh, ow, 3), np.float32) * base.astype(np.float32)
    grain = cv2.resize(g.normal(0, 14, (oh // 32, ow // 32)).astype(np.float32), (ow, oh))
    table += cv2.GaussianBlur(grain, (0, 0), 24)[:, :, None] * 2.5
    s = rng.uniform(0.8, 0.9) * min(ow / w, oh / h)
    cw, ch = w * s, h * s
    cx, cy = ow / 2 + rng.uniform(-80, 80), oh / 2 + rng.uniform(-80, 80)
    j = lambda: rng.uniform(-0.035, 0.035) * ow
    dst = np.float32(
        [
            [cx - cw / 2 + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy + ch / 2 + j()],
            [cx - cw / 2 + j(), cy + ch / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(src, dst)
    sheet = cv2.warpPerspective(img.astype(np.float32), m, (ow, oh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (ow, oh))[:, :, None]
    f = sheet * mask + table * (1 - mask)
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(ang) * xx / ow + np.sin(ang) * yy / oh).astype(np.float32)
    light = 1.0 - rng.uniform(0.15, 0.35) * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    if rng.random() < 0.6:  # a soft shadow band (the phone / a hand)
        sx = rng.uniform(0.2, 0.8) * ow
        band = np.clip(1 - np.abs(xx - sx) / (ow * 0.25), 0, 1)
        light *= 1 - rng.uniform(0.1, 0.25) * band
    f *= light[:, :, None]
    cast = np.array([rng.uniform(0.92, 1.04), rng.uniform(0.95, 1.02), rng.uniform(0.85, 1.0)])
    f *= cast.astype(np.float32)
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.8, 1.8))
    f += g.normal(0, 3.0, (oh, ow, 1)).astype(np.float32)
    out = np.clip(f, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(np.rot90(out, rot // 90)) if rot else out


def jpeg(img: np.ndarray, quality: int) -> bytes:
    ok, buf = cv2.imencode(
        ".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    assert ok
    return buf.tobytes()


def png(img: np.ndarray) -> bytes:
    ok, buf = cv2.imencode(".png", cv2.cvtColor(img, cv2.COLOR_RGB2BGR))
    assert ok
    return buf.tobytes()


def image_pdf(jpegs: list[bytes]) -> bytes:
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
