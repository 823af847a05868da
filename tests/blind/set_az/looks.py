"""Capture looks: flatbed scans, scanner PDFs, phone photos, plain saves."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageEnhance, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import kit

cv2.setNumThreads(1)


def _noise(img: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    a = np.asarray(img).astype(np.float32)
    a += nrng.normal(0, sigma, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scanned(img: Image.Image, rng: random.Random, grey=True) -> Image.Image:
    """Flatbed look: greyish paper, small skew, slight blur and noise."""
    img = img.convert("RGB")
    tint = rng.randint(228, 243)
    a = np.asarray(img).astype(np.float32)
    a = a * (tint / 255.0) + rng.uniform(0, 6)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(-1.3, 1.3)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(tint, tint, tint - 3))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    img = _noise(img, rng, 3.5)
    if grey and rng.random() < 0.4:
        img = img.convert("L").convert("RGB")
    return img


def save_scan(page: kit.Page, path: str, rng: random.Random, dpi=200, fmt="JPEG"):
    img = scanned(kit.render(page, dpi), rng)
    if fmt == "JPEG":
        img.save(path, "JPEG", quality=rng.randint(78, 90), dpi=(dpi, dpi))
    else:
        img.save(path, "PNG", dpi=(dpi, dpi))


def save_image_pdf(pages: list[kit.Page], path: str, rng: random.Random, dpi=150):
    """A scanner PDF: every page an image, no text layer."""
    c = canvas.Canvas(path, pagesize=kit.A4, invariant=1)
    c.setCreator("RICOH IM C3000")
    c.setProducer("RICOH IM C3000")
    for page in pages:
        img = scanned(kit.render(page, dpi), rng)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=rng.randint(70, 85))
        buf.seek(0)
        w, h = kit.A4
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def _table(w, h, rng: random.Random) -> np.ndarray:
    """A table surface: wood grain or plain fabric-like tone."""
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    kind = rng.choice(["wood", "grey", "white"])
    if kind == "wood":
        base = np.array([120, 84, 52], np.float32) + rng.uniform(-20, 20)
        ys = np.arange(h)[:, None]
        xs = np.arange(w)[None, :]
        grain = np.sin(ys / rng.uniform(9, 16) + np.sin(xs / 210.0) * 3) * 14
        a = np.repeat(base[None, None, :], h, 0).repeat(w, 1) + grain[..., None]
    elif kind == "grey":
        a = np.full((h, w, 3), rng.uniform(80, 120), np.float32)
    else:
        a = np.full((h, w, 3), rng.uniform(200, 225), np.float32)
    a += nrng.normal(0, 6, (h, w))[..., None]
    return np.clip(a, 0, 255).astype(np.uint8)


def phone_photo(
    img: Image.Image, rng: random.Random, long_side=4032, rotate=0, fill=0.78
) -> Image.Image:
    """Photo of a page or card on a table: perspective, light falloff, cast, blur, rotation."""
    img = img.convert("RGB")
    W, H = (3024, long_side) if img.height >= img.width else (long_side, 3024)
    if long_side != 4032:
        W, H = (int(W * long_side / 4032), long_side) if H > W else (long_side, int(H * 0.75))
    scale = min(W * fill / img.width, H * fill / img.height)
    dw, dh = img.width * scale, img.height * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - dw / 2 + j(), cy - dh / 2 + j()],
            [cx + dw / 2 + j(), cy - dh / 2 + j()],
            [cx + dw / 2 + j(), cy + dh / 2 + j()],
            [cx - dw / 2 + j(), cy + dh / 2 + j()],
        ]
    )
    # slight keystone: top narrower than bottom
    k = rng.uniform(0, 0.05) * dw
    dst[0][0] += k
    dst[1][0] -= k
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    M = cv2.getPerspectiveTransform(src, dst)
    doc = np.asarray(img)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full(doc.shape[:2], 255, np.uint8), M, (W, H))
    table = _table(W, H, rng)
    # soft drop shadow
    sh = cv2.GaussianBlur(mask, (0, 0), 25)
    sh = np.roll(sh, (18, 14), (0, 1)).astype(np.float32) / 255.0
    table = (table.astype(np.float32) * (1 - 0.45 * sh[..., None])).astype(np.uint8)
    m = (mask.astype(np.float32) / 255.0)[..., None]
    out = warped.astype(np.float32) * m + table.astype(np.float32) * (1 - m)
    # uneven light: a gradient plus a soft shadow band (the phone / a hand)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.16 * ((xs / W - 0.5) * gx + (ys / H - 0.5) * gy)
    bx = rng.uniform(0.2, 0.8) * W
    band = np.exp(-(((xs - bx) / (0.18 * W)) ** 2)) * rng.uniform(0.08, 0.2)
    light -= band
    out *= light[..., None]
    cast = np.array([rng.uniform(0.97, 1.05), 1.0, rng.uniform(0.88, 0.99)], np.float32)
    out *= cast
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    out += nrng.normal(0, 3.0, (H, W, 1))
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    res = res.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.6)))
    res = ImageEnhance.Contrast(res).enhance(rng.uniform(0.9, 1.05))
    if rotate:
        res = res.rotate(rotate, expand=True)
    return res


def save_photo(page_or_img, path, rng, rotate=0, dpi=220, fill=0.78):
    img = page_or_img if isinstance(page_or_img, Image.Image) else kit.render(page_or_img, dpi)
    phone_photo(img, rng, rotate=rotate, fill=fill).save(path, "JPEG", quality=rng.randint(82, 92))


def save_text_pdf(pages, path, title="", author=""):
    kit.write_pdf(pages, path, title=title, author=author)
