"""Capture looks: flatbed scan, scanner PDF, phone photo (applied to rendered pages)."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageEnhance, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)


def _np_rng(rng: random.Random):
    return np.random.default_rng(rng.randrange(1 << 30))


def scan(img: Image.Image, rng: random.Random, dpi=200, src_dpi=200, grey=True) -> Image.Image:
    """Flatbed look: paper tint, tiny skew, sensor noise, slight blur."""
    g = _np_rng(rng)
    if dpi != src_dpi:
        img = img.resize(
            (int(img.width * dpi / src_dpi), int(img.height * dpi / src_dpi)), Image.LANCZOS
        )
    base = rng.randint(234, 249)
    tint = (base, base - rng.randint(0, 3), base - rng.randint(3, 9)) if grey else (255, 255, 255)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    a = a * (np.array(tint, np.float32) / 255.0)
    a += g.normal(0, rng.uniform(2.0, 5.0), a.shape[:2])[..., None]
    # faint vertical lamp gradient
    grad = np.linspace(rng.uniform(-8, 0), rng.uniform(0, 6), a.shape[1], dtype=np.float32)
    a += grad[None, :, None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(-1.0, 1.0)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tint)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return ImageEnhance.Contrast(im).enhance(rng.uniform(0.92, 1.05))


def save_jpeg(img, path, q=82):
    img.convert("RGB").save(path, "JPEG", quality=q, optimize=False)


def image_pdf(pages, path, rng: random.Random, dpi=200, src_dpi=200, page_mm=(210, 297)):
    """A scanner's PDF: each page a JPEG image, no text layer."""
    mm = 72 / 25.4
    c = rl_canvas.Canvas(str(path), pagesize=(page_mm[0] * mm, page_mm[1] * mm), invariant=1)
    c.setProducer("")
    c.setCreator("")
    for p in pages:
        im = scan(p, rng, dpi, src_dpi)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=rng.randint(60, 78))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, page_mm[0] * mm, page_mm[1] * mm)
        c.showPage()
    c.save()


def _table(w, h, rng, g):
    kind = rng.choice(["wood", "grey", "cloth"])
    if kind == "wood":
        base = np.array(
            [rng.randint(120, 160), rng.randint(85, 110), rng.randint(50, 75)], np.float32
        )
        x = np.arange(w, dtype=np.float32)
        y = np.arange(h, dtype=np.float32)[:, None]
        grain = np.sin((x[None, :] * 0.02 + np.sin(y * 0.004) * 6)) * 12
        a = base[None, None, :] + grain[..., None]
    elif kind == "grey":
        base = np.array([rng.randint(170, 200)] * 3, np.float32)
        a = np.broadcast_to(base, (h, w, 3)).copy()
    else:
        base = np.array(
            [rng.randint(40, 70), rng.randint(60, 90), rng.randint(90, 130)], np.float32
        )
        a = np.broadcast_to(base, (h, w, 3)).copy()
    a += g.normal(0, 6, (h, w))[..., None]
    return a


def phone_photo(img: Image.Image, rng: random.Random, long_side=None, fill=None, rotate=0):
    """Page or card on a table: perspective, shadow, uneven light, cast, blur; rotate=90/180/270."""
    g = _np_rng(rng)
    long_side = long_side or rng.choice([3024, 3264, 4000])
    portrait = img.height >= img.width
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    fill = fill or rng.uniform(0.72, 0.86)
    s = min(W * fill / img.width, H * fill / img.height)
    pw, ph = img.width * s, img.height * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035 * min(W, H)
    dst = np.float32(
        [
            [cx - pw / 2 + rng.uniform(-j, j), cy - ph / 2 + rng.uniform(-j, j)],
            [cx + pw / 2 + rng.uniform(-j, j), cy - ph / 2 + rng.uniform(-j, j)],
            [cx + pw / 2 + rng.uniform(-j, j), cy + ph / 2 + rng.uniform(-j, j)],
            [cx - pw / 2 + rng.uniform(-j, j), cy + ph / 2 + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    M = cv2.getPerspectiveTransform(src, dst)
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones(page.shape[:2], np.float32), M, (W, H))
    bg = _table(W, H, rng, g)
    # drop shadow of the page on the table
    sh = cv2.GaussianBlur(np.roll(mask, (int(W * 0.01), int(W * 0.008)), (0, 1)), (0, 0), W * 0.01)
    bg *= (1 - 0.45 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + hand/phone shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.08 - 0.28 * np.hypot(xx - lx, yy - ly) / np.hypot(W, H)
    if rng.random() < 0.7:
        a0 = rng.uniform(0, np.pi)
        dist = (xx - W * rng.uniform(0.2, 0.8)) * np.cos(a0) + (
            yy - H * rng.uniform(0.2, 0.8)
        ) * np.sin(a0)
        light *= 1 - 0.22 / (1 + np.exp(-dist / (W * 0.04)))
    cast = np.array(
        [rng.uniform(0.95, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.98)], np.float32
    )
    out = out * light[..., None] * cast[None, None, :]
    out += g.normal(0, rng.uniform(3, 7), (H, W))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    im = Image.fromarray(out)
    if rotate:
        im = im.rotate(rotate, expand=True)  # stored pixels rotated, no EXIF orientation
    return im


def card_on_a4(cards, rng, dpi=200, positions=None):
    """Cards/booklets (list of (img, w_mm)) laid on a flatbed scanner glass (A4)."""
    k = dpi / 25.4
    page = Image.new("RGB", (int(210 * k), int(297 * k)), (255, 255, 255))
    y = 15
    for i, (im, w_mm) in enumerate(cards):
        x, yy = positions[i] if positions else (rng.uniform(12, 25), y)
        im2 = im.resize((int(w_mm * k), int(w_mm * k * im.height / im.width)), Image.LANCZOS)
        im2 = im2.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=(255, 255, 255))
        page.paste(im2, (int(x * k), int(yy * k)))
        y = yy + im2.height / k + 10
    return page
