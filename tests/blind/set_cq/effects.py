"""Looks: text PDF, scanner PDF, flatbed scan, phone photo."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

import canvas as cv

cv2.setNumThreads(1)


def _pdf(path, title="", author="", producer=None):
    c = rl_canvas.Canvas(str(path), invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if producer:
        c.setProducer(producer)
    return c


def text_pdf(path, pages, title="", author="", producer=None) -> None:
    c = _pdf(path, title, author, producer)
    for p in pages:
        c.setPageSize((p.w * mm, p.h * mm))
        cv.draw_pdf(c, p)
        c.showPage()
    c.save()


def image_pdf(path, images, page_mm=(210, 297), quality=80, producer="Canon MF Scan") -> None:
    """Scanner PDF: each raster full page as JPEG, no text layer."""
    c = _pdf(path, producer=producer)
    for img in images:
        w, h = page_mm if img.width < img.height else (page_mm[1], page_mm[0])
        c.setPageSize((w * mm, h * mm))
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w * mm, h * mm)
        c.showPage()
    c.save()


def _noise(rng: random.Random, shape, sigma):
    """Luminance noise (one channel, broadcast over colour), float32 for speed."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    n = nrng.standard_normal(shape[:2], dtype=np.float32) * np.float32(sigma)
    return n[..., None] if len(shape) == 3 else n


def scan(
    img: Image.Image, rng: random.Random, tint=None, skew=None, blur=0.6, noise=4.0
) -> Image.Image:
    """Flatbed look: grey/cream paper, slight skew, sensor noise, soft focus."""
    tint = tint or (rng.randint(236, 248), rng.randint(234, 246), rng.randint(226, 240))
    skew = rng.uniform(-0.9, 0.9) if skew is None else skew
    a = np.asarray(img.convert("RGB")).astype(np.float32) / 255.0
    paper = np.array(tint, np.float32)
    h, _w = a.shape[:2]
    yy = (1.0 - 0.04 * np.linspace(0, 1, h, dtype=np.float32))[:, None, None]
    a *= paper * yy  # white becomes paper tone, ink stays dark; lid light falloff
    a += _noise(rng, a.shape, noise)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    bg = tuple(int(v) for v in tint)
    out = out.rotate(skew, resample=Image.BILINEAR, expand=False, fillcolor=bg)
    return out


def on_flatbed(
    item: Image.Image, rng: random.Random, ppm: float, page=(210, 297), at=(12, 14)
) -> Image.Image:
    """Put a small item (card, booklet page) on an otherwise empty scanner bed."""
    W, H = int(page[0] * ppm), int(page[1] * ppm)
    bed = Image.new("RGB", (W, H), (255, 255, 255))
    x, y = int(at[0] * ppm), int(at[1] * ppm)
    sh = Image.new("RGBA", (item.width + 10, item.height + 10), (0, 0, 0, 0))
    sh.paste((0, 0, 0, 60), (6, 6, item.width + 6, item.height + 6))
    sh = sh.filter(ImageFilter.GaussianBlur(4))
    bed.paste(sh, (x - 3, y - 3), sh)
    bed.paste(item.convert("RGB"), (x, y))
    return bed


def _table(rng: random.Random, W: int, H: int) -> np.ndarray:
    kind = rng.choice(["wood", "cloth", "laminate"])
    nrng = np.random.default_rng(rng.randrange(2**32))
    if kind == "wood":
        base = np.array(
            [rng.randint(120, 160), rng.randint(80, 105), rng.randint(50, 70)], np.float32
        )
        yy = np.arange(H)[:, None]
        grain = np.sin(yy / rng.uniform(6, 14) + nrng.normal(0, 1.5, (H, 1))) * 12
        t = base[None, None, :] + grain[..., None] + _noise(rng, (H, W, 1), 6)
    elif kind == "cloth":
        base = np.array(
            [rng.randint(40, 90), rng.randint(50, 90), rng.randint(70, 120)], np.float32
        )
        t = base[None, None, :] + _noise(rng, (H, W, 1), 9)
    else:
        g = rng.randint(185, 225)
        base = np.array([g, g - rng.randint(0, 8), g - rng.randint(4, 16)], np.float32)
        t = base[None, None, :] + _noise(rng, (H, W, 1), 4)
    t = np.broadcast_to(t, (H, W, 3)).astype(np.float32)
    return cv2.GaussianBlur(t, (0, 0), 1.2)


def phone_photo(
    doc: Image.Image, rng: random.Random, rot: int = 0, long_side=None, fill=0.78
) -> Image.Image:
    """A phone photo of `doc` lying on a table: perspective, shadow, light, cast, blur.

    rot: 0/90/180/270, the orientation in which the phone stored the picture.
    """
    long_side = long_side or rng.choice([2992, 3024, 3264, 3456, 4000])
    ratio = 0.75
    portrait = doc.height >= doc.width
    W, H = (int(long_side * ratio), long_side) if portrait else (long_side, int(long_side * ratio))
    bg = _table(rng, W, H)
    d = np.asarray(doc.convert("RGB")).astype(np.float32)
    dh, dw = d.shape[:2]
    s = min(W * fill / dw, H * fill / dh)
    cw, ch = dw * s, dh * s
    x0, y0 = (
        (W - cw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - ch) / 2 + rng.uniform(-0.04, 0.04) * H,
    )

    def j(v):
        return v + rng.uniform(-0.035, 0.035) * min(W, H)

    dst = np.float32(
        [[j(x0), j(y0)], [j(x0 + cw), j(y0)], [j(x0 + cw), j(y0 + ch)], [j(x0), j(y0 + ch)]]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(d, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.0)[..., None]
    # drop shadow of the sheet
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), 14)
    sh = np.roll(np.roll(sh, 10, 0), 8, 1)[..., None]
    bg = bg * (1 - 0.35 * sh)
    img = (warped * mask + bg * (1 - mask)).astype(np.float32)
    # uneven light: a broad gradient plus a soft shadow band (hand or phone)
    yy = np.arange(H, dtype=np.float32)[:, None]
    xx = np.arange(W, dtype=np.float32)[None, :]
    ang = rng.uniform(0, 2 * np.pi)
    grad = np.float32(np.cos(ang) / W) * xx + np.float32(np.sin(ang) / H) * yy
    light = 1.0 + np.float32(rng.uniform(0.08, 0.18)) * (grad - grad.mean())
    if rng.random() < 0.7:
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.25, 0.45) * max(W, H)
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.float32(r)
        light *= 1.0 - np.float32(rng.uniform(0.12, 0.25)) * np.clip(1 - dist, 0, 1) ** 1.5
    cast = np.array(
        [rng.uniform(0.96, 1.05), rng.uniform(0.97, 1.02), rng.uniform(0.88, 0.99)], np.float32
    )
    img *= light[..., None].astype(np.float32) * cast
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.8, 1.6))
    img += _noise(rng, img.shape, rng.uniform(2.5, 5.0))
    img = np.clip(img, 0, 255).astype(np.uint8)
    k = {0: 0, 90: 1, 180: 2, 270: 3}[rot]
    if k:
        img = np.ascontiguousarray(np.rot90(img, k))
    return Image.fromarray(img)


def save_jpeg(img: Image.Image, path, quality=88, dpi=None) -> None:
    kw = {"quality": quality}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


def dpi_ppm(dpi: float) -> float:
    return dpi / 25.4
