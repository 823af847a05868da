"""Turn clean page renders into flatbed scans, phone photos and scanner PDFs."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 30))


def scan(img: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    """A flatbed scan: grey/cream paper, slight skew, sensor noise, a darker edge."""
    nr = _np_rng(rng)
    w = int(210 / 25.4 * dpi)
    h = int(297 / 25.4 * dpi)
    im = img.convert("RGB").resize((w, h), Image.LANCZOS)
    a = np.asarray(im, dtype=np.float32)
    tint = np.array([rng.uniform(232, 246), rng.uniform(231, 244), rng.uniform(224, 240)])
    a = a / 255.0 * tint[None, None, :]
    # toner/ink slightly lighter, paper grain
    a += nr.normal(0, rng.uniform(2.0, 4.5), a.shape[:2])[..., None]
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    angle = rng.uniform(-1.3, 1.3)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    # lid shadow along one edge
    a = np.asarray(im, dtype=np.float32)
    edge = int(w * rng.uniform(0.006, 0.02))
    ramp = np.linspace(0.55, 1.0, edge)[None, :, None]
    side = rng.choice(["left", "right", "top"])
    if side == "left":
        a[:, :edge] *= ramp
    elif side == "right":
        a[:, -edge:] *= ramp[:, ::-1]
    else:
        a[:edge] *= ramp.transpose(1, 0, 2)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if rng.random() < 0.5:
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return im


def _table(nr, rng, w, h):
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (120, 85, 55),
        "grey": (115, 115, 118),
        "white": (205, 203, 198),
        "dark": (45, 42, 40),
    }[kind]
    t = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(y / rng.uniform(9, 20) + np.sin(x / 300.0) * 3) * 14
        t += grain[..., None]
    t += nr.normal(0, 6, (h, w))[..., None]
    return t


def phone_photo(img: Image.Image, rng: random.Random, rotate: int = 0) -> Image.Image:
    """A page photographed on a table: perspective, shadow, light gradient, cast, blur."""
    nr = _np_rng(rng)
    long_side = rng.choice([3024, 3264, 4000, 2560])
    W = int(long_side * 3 / 4)
    Hh = long_side
    page = np.asarray(img.convert("RGB"), dtype=np.float32)
    ph, pw = page.shape[:2]
    out = _table(nr, rng, W, Hh)
    # where the page lands
    m = rng.uniform(0.04, 0.1)
    tl = (W * (m + rng.uniform(-0.03, 0.03)), Hh * (m + rng.uniform(-0.02, 0.03)))
    tr = (W * (1 - m + rng.uniform(-0.03, 0.02)), Hh * (m + rng.uniform(-0.02, 0.03)))
    br = (W * (1 - m + rng.uniform(-0.02, 0.04)), Hh * (1 - m + rng.uniform(-0.03, 0.01)))
    bl = (W * (m + rng.uniform(-0.04, 0.02)), Hh * (1 - m + rng.uniform(-0.03, 0.01)))
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    dst = np.float32([tl, tr, br, bl])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, Hh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, Hh))
    # soft drop shadow under the page
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    sh = np.roll(sh, (12, 10), axis=(0, 1))
    out *= (1 - 0.45 * sh)[..., None]
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a linear gradient plus a hand/phone shadow blob
    yy, xx = np.mgrid[0:Hh, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    g = np.cos(ang) * xx / W + np.sin(ang) * yy / Hh
    g = (g - g.min()) / (g.max() - g.min() + 1e-6)
    light = rng.uniform(0.72, 0.85) + rng.uniform(0.12, 0.25) * g
    if rng.random() < 0.7:
        cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * Hh
        r = rng.uniform(0.25, 0.45) * W
        blob = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))
        light *= 1 - rng.uniform(0.15, 0.3) * blob
    out *= light[..., None]
    cast = np.array([rng.uniform(0.94, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.86, 1.0)])
    out *= cast[None, None, :]
    out += nr.normal(0, 3.0, (Hh, W))[..., None]
    res = out.clip(0, 255).astype(np.uint8)
    res = cv2.GaussianBlur(res, (0, 0), rng.uniform(0.8, 1.6))
    im = Image.fromarray(res)
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im


def save_jpeg(im: Image.Image, path, quality: int, dpi: int | None = None) -> None:
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.convert("RGB").save(path, "JPEG", **kw)


def image_pdf(pages: list[Image.Image], path, quality: int = 75) -> None:
    """A scanner's PDF: A4 pages that are JPEG images, no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    c.setProducer("Canon iR-ADV PDF")
    for im in pages:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
