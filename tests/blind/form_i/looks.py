"""How the filled form reaches the CPAM: rasterised, scanned, photographed, saved.

Everything is driven by the variant's seeded random generators, so that a
second run writes byte-identical files.
"""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
rl_config.useA85 = 0  # binary image streams: faster and smaller


def render_pages(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        bmp = doc[i].render(scale=dpi / 72.0)
        out.append(bmp.to_pil().convert("RGB"))
        bmp.close()
    doc.close()
    return out


def _lowfreq(nprng: np.random.Generator, h: int, w: int, cells: int = 6) -> np.ndarray:
    small = nprng.random((cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _add_noise(u: np.ndarray, nprng: np.random.Generator, sigma: float) -> np.ndarray:
    """Add the same grey Gaussian noise to every channel, in uint8 arithmetic."""
    h, w = u.shape[:2]
    n = (nprng.standard_normal((h, w), dtype=np.float32) * sigma).astype(np.int16)
    pos = np.clip(n, 0, 255).astype(np.uint8)
    neg = np.clip(-n, 0, 255).astype(np.uint8)
    if u.ndim == 3:
        pos = cv2.cvtColor(pos, cv2.COLOR_GRAY2RGB)
        neg = cv2.cvtColor(neg, cv2.COLOR_GRAY2RGB)
    return cv2.subtract(cv2.add(u, pos), neg)


def scan_effect(
    img: Image.Image, rng: random.Random, nprng: np.random.Generator, dpi: int, gray: bool = False
) -> Image.Image:
    """A flatbed scan: paper tint, small skew and shift, soft focus, sensor noise."""
    u = np.asarray(img.convert("RGB"))
    h, w = u.shape[:2]
    tint = np.array(
        [rng.uniform(244, 252), rng.uniform(242, 250), rng.uniform(234, 246)], np.float32
    )
    low = (1.0 - 0.03 * _lowfreq(nprng, h // 16, w // 16))[..., None] * tint[None, None, :]
    light = cv2.resize(
        np.clip(low, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR
    )
    u = cv2.multiply(u, light, scale=1.0 / 255.0)
    # darker toner / ink: a gentle gamma through a lookup table
    gam = rng.uniform(1.05, 1.25)
    lut = (
        np.array([255.0 * (v / 255.0) ** gam for v in range(256)], np.float32)
        .round()
        .astype(np.uint8)
    )
    u = cv2.LUT(u, lut)
    ang = rng.uniform(0.3, 2.0) * rng.choice([-1, 1])
    tx, ty = rng.uniform(-2.5, 2.5) * dpi / 25.4, rng.uniform(-2.5, 2.5) * dpi / 25.4
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += tx
    m[1, 2] += ty
    lid = int(rng.uniform(225, 245))
    u = cv2.warpAffine(
        u,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(lid, lid, lid),
    )
    u = cv2.GaussianBlur(u, (0, 0), rng.uniform(0.35, 0.7) * dpi / 250.0)
    if gray:
        u = cv2.cvtColor(u, cv2.COLOR_RGB2GRAY)
    u = _add_noise(u, nprng, rng.uniform(1.8, 4.5))
    return Image.fromarray(u, "L" if gray else "RGB")


BACKGROUNDS = [
    ((148, 108, 72), "wood"),
    ((196, 194, 188), "desk"),
    ((72, 62, 56), "dark"),
    ((92, 108, 132), "fabric"),
    ((226, 222, 214), "white"),
    ((170, 140, 110), "wood"),
]


def _background(rng: random.Random, nprng: np.random.Generator, h: int, w: int) -> np.ndarray:
    base, kind = BACKGROUNDS[rng.randrange(len(BACKGROUNDS))]
    sh, sw = h // 4, w // 4
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    tex = nprng.standard_normal((sh, sw), dtype=np.float32)
    tex = cv2.GaussianBlur(tex, (0, 0), 1.2)
    if kind == "wood":
        warp = cv2.resize(
            nprng.random((8, 8)).astype(np.float32), (sw, sh), interpolation=cv2.INTER_CUBIC
        )
        grain = np.sin(yy * rng.uniform(0.35, 0.7) + warp * 9.0 + xx * 0.01)
        planks = (np.mod(yy + warp * 4.0, rng.uniform(110, 180)) < 1.2).astype(np.float32)
        field = 7 * grain + 5 * tex - 28 * planks + 10 * (warp - 0.5)
    elif kind == "fabric":
        field = 6 * np.sin(xx * 1.3) * np.sin(yy * 1.3) + 6 * tex
    else:
        field = 4 * tex + 8 * (_lowfreq(nprng, sh, sw, 4) - 0.5)
    bg = np.array(base, np.float32)[None, None, :] + field[..., None]
    bg = np.clip(bg, 0, 255).astype(np.uint8)
    return cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)


def photo_effect(
    img: Image.Image, rng: random.Random, nprng: np.random.Generator, rot: int = 0
) -> Image.Image:
    """A phone photo of the page lying on a table: perspective, light, blur, noise."""
    page = np.asarray(img.convert("RGB"))
    ph, pw = page.shape[:2]
    W, H = rng.choice([(3024, 4032), (2448, 3264), (2250, 3000), (2252, 4000), (2448, 3264)])
    bg = _background(rng, nprng, H, W)
    cover = rng.uniform(0.72, 0.88)
    th = H * cover
    tw = th * pw / ph
    if tw > W * 0.92:
        tw = W * 0.92
        th = tw * ph / pw
    cx = W / 2 + rng.uniform(-0.05, 0.05) * W
    cy = H / 2 + rng.uniform(-0.04, 0.04) * H
    ang = np.radians(rng.uniform(-5, 5))
    ca, sa = np.cos(ang), np.sin(ang)
    dst = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * tw / 2, sy * th / 2
        # perspective: the far edge (top) a little narrower
        if sy < 0:
            x *= 1 - rng.uniform(0.02, 0.08)
        x += rng.uniform(-0.015, 0.015) * tw
        y += rng.uniform(-0.015, 0.015) * th
        dst.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    dst = np.float32(dst)
    src = np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        page, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT
    )
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR)
    out = bg
    np.copyto(out, warped, where=(mask > 127)[..., None])
    # low resolution light map: gradient, vignette, shadow blob, and the sheet's shadow on the table
    k = 8
    lh, lw = H // k, W // k
    yy, xx = np.mgrid[0:lh, 0:lw].astype(np.float32)
    gx, gy = rng.uniform(-0.18, 0.18), rng.uniform(-0.18, 0.18)
    light = 1.0 + gx * (xx / lw - 0.5) + gy * (yy / lh - 0.5)
    r2 = ((xx / lw - 0.5) ** 2 + (yy / lh - 0.5) ** 2) / 0.5
    light *= 1.0 - rng.uniform(0.08, 0.22) * r2
    if rng.random() < 0.5:
        bx, by = rng.uniform(0.1, 0.9) * lw, rng.uniform(0.6, 1.0) * lh
        rad = rng.uniform(0.25, 0.45) * lw
        blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * rad * rad)))
        light *= 1.0 - rng.uniform(0.12, 0.25) * blob
    light *= rng.uniform(0.9, 1.02)
    small = cv2.resize(mask, (lw, lh), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
    shadow = cv2.GaussianBlur(small, (0, 0), 3.0)
    shadow = np.roll(shadow, (int(rng.uniform(1, 4)), int(rng.uniform(-3, 3))), axis=(0, 1))
    light *= 1.0 - 0.35 * shadow * (1.0 - small)
    cast = np.array([rng.uniform(0.97, 1.04), 1.0, rng.uniform(0.9, 1.02)], np.float32)
    light3 = np.clip(light[..., None] * cast[None, None, :] * 200.0, 0, 255).astype(np.uint8)
    light3 = cv2.resize(light3, (W, H), interpolation=cv2.INTER_LINEAR)
    res = cv2.multiply(out, light3, scale=1.0 / 200.0)
    res = cv2.GaussianBlur(res, (0, 0), rng.uniform(0.7, 1.4))
    res = _add_noise(res, nprng, rng.uniform(2.0, 4.5))
    if rot:
        res = np.ascontiguousarray(np.rot90(res, k=rot))
    return Image.fromarray(res)


def jpeg_bytes(img: Image.Image, quality: int, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False, "progressive": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(img: Image.Image, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"optimize": False, "compress_level": 6}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "PNG", **kw)
    return buf.getvalue()


def clean_pdf(data: bytes, title: str = "") -> bytes:
    """Drop reportlab's fixed placeholder metadata (year-2000 dates, 'anonymous'); keep a title."""
    pdf = pikepdf.open(io.BytesIO(data))
    info = pikepdf.Dictionary()
    if title:
        info.Title = title
    pdf.trailer.Info = pdf.make_indirect(info)
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


def images_pdf(jpegs: list[tuple[bytes, int, int, float]], title: str = "") -> bytes:
    """An image-only PDF: each page one JPEG (bytes, width px, height px, dpi)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator("")
    c.setProducer("")
    if title:
        c.setTitle(title)
    for data, w, h, dpi in jpegs:
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return clean_pdf(buf.getvalue(), title)
