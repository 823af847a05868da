"""Turn a clean page raster into a flatbed scan, a scanner PDF page or a phone photo."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _noise(shape, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(1 << 30))
    return g.normal(0, sigma, shape).astype(np.float32)


def scan(img: Image.Image, rng: random.Random, out_dpi: int, src_dpi: int) -> Image.Image:
    """Grey paper, slight skew, scanner blur and noise, resampled to out_dpi."""
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    paper = rng.uniform(0.9, 0.97)
    tint = np.array([1.0, rng.uniform(0.985, 1.0), rng.uniform(0.96, 0.995)], np.float32)
    a = 255 - (255 - a) * rng.uniform(0.9, 1.05)
    a = a * paper * tint + _noise(a.shape[:2], rng, 3.0)[..., None]
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    angle = rng.uniform(-1.2, 1.2)
    fill = tuple(int(255 * paper * t) for t in tint)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if out_dpi != src_dpi:
        w, h = im.size
        im = im.resize((int(w * out_dpi / src_dpi), int(h * out_dpi / src_dpi)), Image.LANCZOS)
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def jpeg_bytes(img: Image.Image, q: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def image_pdf(pages: list[Image.Image], path: str, rng: random.Random, producer: str) -> None:
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    c = canvas.Canvas(path, pagesize=(595.28, 841.89), invariant=1)
    c.setProducer(producer)
    c.setCreator(producer)
    for im in pages:
        data = jpeg_bytes(im.convert("L") if rng.random() < 0.3 else im, rng.randint(60, 85))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, 595.28, 841.89)
        c.showPage()
    c.save()


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (150, 105, 70),
        "grey": (120, 120, 118),
        "white": (215, 212, 205),
        "dark": (55, 50, 48),
    }[kind]
    g = np.random.default_rng(rng.randrange(1 << 30))
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        stripes = np.sin(
            np.linspace(0, rng.uniform(30, 60), h) + g.normal(0, 0.3, h).cumsum() * 0.05
        )
        a *= (1 + 0.08 * stripes)[:, None, None]
    a += g.normal(0, 6, (h, w, 1)).astype(np.float32)
    return a


def phone_photo(img: Image.Image, rng: random.Random, rotate: int = 0) -> Image.Image:
    """A page lying on a table, shot from above at an angle with uneven light."""
    long_side = rng.choice([3024, 3264, 4000, 2880])
    W, H = int(long_side * 0.75), long_side
    page = np.asarray(img.convert("RGB"), dtype=np.float32)
    ph, pw = page.shape[:2]
    bg = _table(W, H, rng)
    margin = rng.uniform(0.04, 0.1)
    pw2 = W * (1 - 2 * margin)
    ph2 = pw2 * ph / pw
    if ph2 > H * 0.94:
        ph2 = H * 0.94
        pw2 = ph2 * pw / ph
    x0, y0 = (W - pw2) / 2 + rng.uniform(-40, 40), (H - ph2) / 2 + rng.uniform(-40, 40)
    k = 0.05 * min(W, H)
    dst = np.float32(
        [
            [x0 + rng.uniform(-k, k), y0 + rng.uniform(-k, k)],
            [x0 + pw2 + rng.uniform(-k, k), y0 + rng.uniform(-k, k)],
            [x0 + pw2 + rng.uniform(-k, k), y0 + ph2 + rng.uniform(-k, k)],
            [x0 + rng.uniform(-k, k), y0 + ph2 + rng.uniform(-k, k)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))[..., None]
    out = bg * (1 - mask) + warped * mask
    # uneven light: a broad gradient plus a soft shadow band (hand or phone)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.05 - rng.uniform(0.15, 0.35) * d
    if rng.random() < 0.75:
        ang = rng.uniform(0, np.pi)
        off = rng.uniform(0.2, 0.8) * W
        s = (xx * np.cos(ang) + yy * np.sin(ang)) - off
        shadow = 1 - rng.uniform(0.18, 0.4) / (1 + np.exp(-s / rng.uniform(40, 160)))
        light = light * shadow
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.02), rng.uniform(0.85, 1.0)])
    out = out * light[..., None] * cast.astype(np.float32)
    out += _noise((H, W), rng, 4.0)[..., None]
    out = out.clip(0, 255).astype(np.uint8)
    sig = rng.uniform(0.6, 1.8)
    out = cv2.GaussianBlur(out, (0, 0), sig)
    im = Image.fromarray(out)
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im
