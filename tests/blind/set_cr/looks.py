"""Looks: flatbed scan, scanner PDF, phone photo; all seeded."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 30))


def scanned(img: Image.Image, rng: random.Random, grey: int = 238) -> Image.Image:
    """Flatbed look: tinted paper, slight skew, soft blur, sensor noise, darker edge."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array([grey, grey - rng.randint(0, 4), grey - rng.randint(2, 9)], np.float32)
    a = a / 255.0 * tint
    h, w = a.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-6, 6), rng.uniform(-6, 6))
    bv = (int(grey * 0.98), int(grey * 0.97), int(grey * 0.95))
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=bv)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.45, 0.8))
    a += nr.normal(0, rng.uniform(2.5, 4.5), a.shape[:2])[..., None]
    edge = np.linspace(0, 1, w, dtype=np.float32)
    shade = 1 - 0.06 * np.clip(1 - edge * 12, 0, 1)
    a *= shade[None, :, None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def jpeg_bytes(img: Image.Image, q: int = 85) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def save_jpeg(img: Image.Image, path: str, q: int = 85, dpi: int | None = None) -> None:
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(path, "JPEG", quality=q, **kw)


def image_pdf(imgs: list[Image.Image], path: str, dpi: int = 200, q: int = 72) -> None:
    """A scanner PDF: A4 pages holding one JPEG each, no text layer."""
    c = canvas.Canvas(path, invariant=1)
    c.setCreator("Canon MF240 Series")
    c.setProducer("Canon ScanGear")
    for im in imgs:
        w_pt = im.width / dpi * 72
        h_pt = im.height / dpi * 72
        c.setPageSize((w_pt, h_pt))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()


def _table(rng: random.Random, w: int, h: int) -> np.ndarray:
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "grey", "cloth"])
    if kind == "wood":
        base = np.array(
            [rng.randint(120, 160), rng.randint(85, 110), rng.randint(55, 75)], np.float32
        )
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(y / rng.uniform(9, 16) + 3 * np.sin(x / rng.uniform(300, 600))) * 10
        t = base[None, None, :] + grain[..., None]
    elif kind == "grey":
        v = rng.randint(90, 140)
        t = np.full((h, w, 3), v, np.float32) + np.array([0, 2, 6], np.float32)
    else:
        t = np.full(
            (h, w, 3), [rng.randint(40, 70), rng.randint(60, 90), rng.randint(100, 140)], np.float32
        )
    small = nr.normal(0, 6, (h // 8 + 1, w // 8 + 1)).astype(np.float32)
    t += cv2.resize(small, (w, h))[..., None]
    return t


def phone_photo(
    img: Image.Image,
    rng: random.Random,
    long_side: int = 3264,
    fill: float = 0.8,
    rot90: int = 0,
    landscape: bool | None = None,
) -> Image.Image:
    """A phone photo of a page or card lying on a table, rot90 = quarter turns (counter-clockwise)."""
    nr = _np_rng(rng)
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    if landscape is None:
        landscape = sw > sh
    W, H = (long_side, long_side * 3 // 4) if landscape else (long_side * 3 // 4, long_side)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    ox, oy = (
        (W - dw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - dh) / 2 + rng.uniform(-0.04, 0.04) * H,
    )

    def j(s: float) -> float:
        return rng.uniform(-s, s)

    k = 0.035
    dst = np.float32(
        [
            [ox + j(k * dw), oy + j(k * dh)],
            [ox + dw + j(k * dw), oy + j(k * dh)],
            [ox + dw + j(k * dw), oy + dh + j(k * dh)],
            [ox + j(k * dw), oy + dh + j(k * dh)],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    doc = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    table = _table(rng, W, H)
    # soft drop shadow of the sheet
    sm = cv2.GaussianBlur(np.roll(mask, (12, 16), (0, 1)), (0, 0), 14)
    table *= (1 - 0.45 * sm)[..., None]
    out = table * (1 - mask[..., None]) + doc * mask[..., None]
    # uneven light: a broad gradient plus a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.14 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    bx, by = rng.uniform(0.1, 0.9) * W, rng.uniform(0.1, 0.9) * H
    rad = rng.uniform(0.25, 0.45) * max(W, H)
    light -= rng.uniform(0.08, 0.18) * np.exp(-((xx - bx) ** 2 + (yy - by) ** 2) / (2 * rad**2))
    out *= light[..., None]
    cast = np.array([rng.uniform(0.97, 1.05), 1.0, rng.uniform(0.88, 0.99)], np.float32)
    out *= cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.4))
    out += nr.normal(0, 3.2, out.shape[:2]).astype(np.float32)[..., None]
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    res = res.filter(ImageFilter.UnsharpMask(radius=2, percent=60, threshold=2))
    if rot90:
        res = res.rotate(90 * rot90, expand=True)
    return res
