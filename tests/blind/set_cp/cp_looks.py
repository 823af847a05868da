"""Looks: rasterise PDFs, then age them as a flatbed scan, a scanner PDF or a phone photo."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from cp_common import finish, new_canvas

cv2.setNumThreads(1)
rl_config.useA85 = 0


def render(pdf: bytes, dpi: int = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        out.append(img)
    doc.close()
    return out


def _noise(arr: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(2**32))
    n = g.standard_normal(arr.shape[:2], dtype=np.float32)
    n *= sigma
    arr += n[..., None]
    return arr


def _blur(img: Image.Image, sigma: float) -> Image.Image:
    a = cv2.GaussianBlur(np.asarray(img), (0, 0), sigma)
    return Image.fromarray(a)


def paper(img: Image.Image, rng: random.Random, tone=(0.96, 0.95, 0.92)) -> Image.Image:
    """Slightly grey/yellow paper with uneven brightness."""
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    grad = 1 - 0.04 * xx * rng.uniform(0.3, 1) - 0.03 * yy * rng.uniform(0, 1)
    a *= grad[..., None]
    a *= np.array(tone, np.float32)
    a = _noise(a, rng, 3.0)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def skew(img: Image.Image, angle: float, fill=(246, 246, 243)) -> Image.Image:
    w, h = img.size
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    a = cv2.warpAffine(np.asarray(img), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)
    return Image.fromarray(a)


def scan(img: Image.Image, rng: random.Random, blur=0.5) -> Image.Image:
    """A flatbed scan: paper tone, small skew, a dark edge, mild blur and noise."""
    out = paper(img, rng)
    out = skew(out, rng.uniform(-1.3, 1.3))
    a = np.asarray(out).astype(np.float32)
    edge = rng.randint(4, 14)
    a[:, :edge] *= 0.55
    a[:edge, :] *= 0.7
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return _blur(out, blur)


def on_bed(obj: Image.Image, rng: random.Random, dpi: int, pos=(0.06, 0.05)) -> Image.Image:
    """Place a small object (card, booklet) on an A4 scanner bed."""
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    bed = Image.new("RGB", (w, h), (250, 250, 248))
    x = int(w * pos[0] + rng.randint(0, int(dpi * 0.2)))
    y = int(h * pos[1] + rng.randint(0, int(dpi * 0.2)))
    shadow = Image.new("RGB", obj.size, (150, 150, 150))
    bed.paste(shadow, (x + 4, y + 5))
    bed.paste(obj, (x, y))
    return bed


def save_jpeg(img: Image.Image, path, quality=86, dpi=200) -> None:
    img.save(path, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=False)


def jpeg_bytes(img: Image.Image, quality=80) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    return b.getvalue()


def image_pdf(pages: list[Image.Image], path, rng: random.Random, dpi=200) -> None:
    """A scanner's PDF: JPEG page images, no text layer."""
    c, buf = new_canvas(A4)
    for img in pages:
        img = scan(img, rng, blur=0.6)
        if rng.random() < 0.5:
            img = img.convert("L").convert("RGB")
        rd = ImageReader(io.BytesIO(jpeg_bytes(img, rng.randint(62, 80))))
        c.drawImage(rd, 0, 0, A4[0], A4[1])
        c.showPage()
    with open(path, "wb") as fh:
        fh.write(finish(c, buf))


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (150, 110, 75),
        "grey": (120, 122, 126),
        "white": (215, 212, 205),
        "dark": (55, 52, 50),
    }[kind]
    g = np.random.default_rng(rng.randrange(2**32))
    small = g.normal(0, 6, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
    if kind == "wood":
        xs = np.linspace(0, rng.uniform(40, 80), w // 16 + 1, dtype=np.float32)
        small += 12 * np.sin(xs + g.normal(0, 0.3, xs.size).cumsum().astype(np.float32) * 0.05)
    small = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    a = np.empty((h, w, 3), np.float32)
    for k in range(3):
        a[..., k] = small + base[k]
    return a


def phone_photo(img: Image.Image, rng: random.Random, rot: int = 0, size=(3024, 4032), fill=0.8):
    """A phone photo of a page or card on a table (perspective, shadow, light, colour cast)."""
    W, H = size
    if img.width > img.height:
        W, H = H, W
    bg = _table(W, H, rng)
    src = np.asarray(img)
    sh, sw_ = src.shape[:2]
    scale = min(W * fill / sw_, H * fill / sh)
    dw, dh = sw_ * scale, sh * scale
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035
    dst = []
    for ux, uy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dst.append(
            (
                cx + ux * dw / 2 + rng.uniform(-j, j) * dw,
                cy + uy * dh / 2 + rng.uniform(-j, j) * dh,
            )
        )
    tilt = rng.uniform(0.0, 0.06) * dw
    dst[0] = (dst[0][0] + tilt, dst[0][1])
    dst[1] = (dst[1][0] - tilt, dst[1][1])
    srcq = np.float32([(0, 0), (sw_, 0), (sw_, sh), (0, sh)])
    M = cv2.getPerspectiveTransform(srcq, np.float32(dst))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((sh, sw_), 255, np.uint8), M, (W, H))
    # drop shadow of the page, computed at 1/8 resolution
    small = cv2.resize(mask, (W // 8, H // 8), interpolation=cv2.INTER_AREA).astype(np.float32)
    small = cv2.GaussianBlur(small / 255.0, (0, 0), 3.5)
    small = np.roll(np.roll(small, 2, axis=0), 2, axis=1)
    sm = cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR)
    m = mask.astype(np.float32) / 255.0
    bg *= (1 - 0.45 * sm * (1 - m))[..., None]
    out = bg
    out *= (1 - m)[..., None]
    out += warped.astype(np.float32) * m[..., None]
    # uneven light, a hand/phone shadow, colour cast (all computed on a coarse grid)
    gw, gh = W // 8, H // 8
    xx = np.linspace(0, W, gw, dtype=np.float32)[None, :]
    yy = np.linspace(0, H, gh, dtype=np.float32)[:, None]
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * H
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - 0.35 * d
    ang = rng.uniform(0, 6.28)
    proj = (xx - W / 2) * np.cos(ang) + (yy - H / 2) * np.sin(ang)
    edge = rng.uniform(0.15, 0.45) * max(W, H)
    shade = 1 - 0.22 * np.clip((proj - edge) / (0.08 * max(W, H)), 0, 1)
    gain = cv2.resize((light * shade).astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    cast = np.array(
        [rng.uniform(1.0, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.96)], np.float32
    )
    out *= gain[..., None]
    out *= cast
    out = _noise(out, rng, 4.0)
    np.clip(out, 0, 255, out=out)
    res = Image.fromarray(out.astype(np.uint8))
    res = _blur(res, rng.uniform(0.8, 1.6))
    if rot:
        res = res.transpose(
            {90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[rot]
        )
    return res
