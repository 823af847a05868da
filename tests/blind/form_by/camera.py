"""Rasterising PDF pages and making them look scanned or photographed."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def render_pages(pdf_bytes: bytes, dpi: int, forms: bool = False) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    if forms:
        pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        bm = page.render(scale=dpi / 72, may_draw_forms=forms)
        out.append(bm.to_pil().convert("RGB"))
        page.close()
    pdf.close()
    return out


def _noise(a: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(1 << 30))
    return np.clip(a + g.normal(0, sigma, a.shape), 0, 255)


def scan(img: Image.Image, rng: random.Random) -> Image.Image:
    """A flatbed scan: grey-ish paper, slight skew, noise, soft edges."""
    a = np.asarray(img).astype(np.float32)
    tint = np.array([rng.uniform(236, 250), rng.uniform(235, 248), rng.uniform(228, 244)])
    a = a * (tint / 255.0)
    a = a * rng.uniform(0.97, 1.0) + rng.uniform(0, 6)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-12, 12), rng.uniform(-12, 12))
    border = tuple(float(v) for v in tint * rng.uniform(0.93, 1.0))
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    k = rng.choice([0, 3])
    if k:
        a = cv2.GaussianBlur(a, (k, k), rng.uniform(0.4, 0.8))
    a = _noise(a, rng, rng.uniform(1.5, 4.0))
    if rng.random() < 0.4:  # dark lid shadow along one edge
        edge = max(4, int(w * rng.uniform(0.005, 0.015)))
        a[:, :edge] *= 0.35
    return Image.fromarray(a.astype(np.uint8))


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    base = np.array(
        rng.choice([(120, 84, 52), (200, 190, 172), (70, 70, 74), (150, 118, 86), (225, 222, 215)]),
        dtype=np.float32,
    )
    g = np.random.default_rng(rng.randrange(1 << 30))
    small = g.normal(0, 1, (h // 40 + 2, w // 40 + 2)).astype(np.float32)
    tex = cv2.GaussianBlur(cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR), (0, 0), 25)
    tex = tex / (tex.std() + 1e-6)
    streak = np.tile(np.sin(np.linspace(0, rng.uniform(30, 80), w))[None, :], (h, 1))
    t = base[None, None, :] + (tex * 10 + streak * rng.uniform(0, 6))[:, :, None]
    return t.astype(np.float32)


def photo(img: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the page on a table: perspective, shadow, light, cast, blur."""
    long_side = rng.choice([3024, 3264, 4000, 2592])
    short = int(long_side * 3 / 4)
    W, H = short, long_side
    page = np.asarray(img).astype(np.float32)
    ph, pw = page.shape[:2]
    bg = _table(W, H, rng)
    fill = rng.uniform(0.72, 0.9)
    pw2 = W * fill
    ph2 = pw2 * ph / pw
    if ph2 > H * 0.94:
        ph2 = H * 0.94
        pw2 = ph2 * pw / ph
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    k = 0.035 * W
    dst = np.float32(
        [
            [cx - pw2 / 2 + j(k), cy - ph2 / 2 + j(k)],
            [cx + pw2 / 2 + j(k), cy - ph2 / 2 + j(k)],
            [cx + pw2 / 2 + j(k), cy + ph2 / 2 + j(k)],
            [cx - pw2 / 2 + j(k), cy + ph2 / 2 + j(k)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))[:, :, None]
    # soft drop shadow of the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    if sh.ndim == 2:
        sh = sh[:, :, None]
    bg = bg * (1 - 0.35 * np.roll(sh, (14, 10), (0, 1)))
    a = warped * mask + bg * (1 - mask)
    # uneven light: gradient + a soft shadow band (phone / hand)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) * rng.uniform(0.15, 0.35)
    light = 1.0 - grad
    if rng.random() < 0.7:
        x0 = rng.uniform(0.1, 0.9) * W
        band = np.exp(-(((xx - x0 - (yy - H / 2) * rng.uniform(-0.5, 0.5)) / (0.18 * W)) ** 2))
        light = light - band * rng.uniform(0.12, 0.3)
    a = a * light[:, :, None]
    cast = np.array([rng.uniform(0.92, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.82, 1.0)])
    a = a * cast[None, None, :] * rng.uniform(0.9, 1.05)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.6, 1.6))
    a = _noise(a, rng, rng.uniform(2.0, 5.0))
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out


def rotate(img: Image.Image, quarter_turns: int) -> Image.Image:
    """Rotate by 90-degree steps (pixels, not EXIF), counter-clockwise."""
    return Image.fromarray(np.ascontiguousarray(np.rot90(np.asarray(img), quarter_turns)))


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def image_pdf(images: list[Image.Image], quality: int) -> bytes:
    """A scanner's PDF: each page a JPEG image on an A4 page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    c.setProducer("Canon iR-ADV C3530")
    for im in images:
        data = io.BytesIO(jpeg_bytes(im, quality))
        c.drawImage(ImageReader(data), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
