"""How a page reaches the CPAM: flatbed scan, phone photo on a table, scanner PDF, e-mailed PDF."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageEnhance, ImageFilter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)


def _np_rng(rnd: random.Random) -> np.random.Generator:
    return np.random.default_rng(rnd.randrange(1 << 30))


def paper(img: Image.Image, rnd: random.Random, tint=None, noise=4.0) -> Image.Image:
    """Grey/cream paper and sensor noise."""
    a = np.asarray(img).astype(np.float32)
    g = _np_rng(rnd)
    tint = tint or (rnd.uniform(238, 252), rnd.uniform(236, 250), rnd.uniform(228, 246))
    t = np.array(tint, np.float32) / 255.0
    a = a * t
    a += g.normal(0, noise, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan(img: Image.Image, rnd: random.Random, skew: float | None = None) -> Image.Image:
    """A flatbed scan: slight skew, paper tone, a touch of blur and noise."""
    skew = rnd.uniform(-1.2, 1.2) if skew is None else skew
    img = img.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 248))
    img = paper(img, rnd)
    if rnd.random() < 0.5:
        img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.3, 0.8)))
    if rnd.random() < 0.3:  # dark border of the scanner lid
        a = np.asarray(img).copy()
        b = rnd.randint(4, 14)
        a[:b, :] = (a[:b, :] * 0.35).astype(np.uint8)
        img = Image.fromarray(a)
    return img


def _table(w: int, h: int, rnd: random.Random) -> np.ndarray:
    g = _np_rng(rnd)
    kind = rnd.choice(["wood", "grey", "cloth", "dark", "white"])
    base = {
        "wood": (120, 84, 52),
        "grey": (128, 128, 124),
        "cloth": (70, 86, 110),
        "dark": (44, 40, 38),
        "white": (214, 210, 204),
    }[kind]
    low = cv2.resize(g.normal(0, 1, (8, 6)).astype(np.float32), (w, h))
    a = np.empty((h, w, 3), np.float32)
    for i in range(3):
        a[..., i] = base[i] + low * 14
    if kind == "wood":
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(yy / rnd.uniform(9, 20) + np.sin(xx / 300.0) * 3) * 10
        a += grain[..., None]
    a += g.normal(0, 5, (h, w))[..., None]
    return a


def photo(
    img: Image.Image,
    rnd: random.Random,
    long_side: int | None = None,
    fill: float | None = None,
    rot: int | None = None,
) -> Image.Image:
    """A phone photo of a sheet or card lying on a table."""
    long_side = long_side or rnd.choice([3024, 3024, 3264, 3264, 4000, 4032])
    portrait = img.height >= img.width
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    w4, h4 = W // 4, H // 4
    bg = _table(w4, h4, rnd)
    fill = fill or rnd.uniform(0.72, 0.9)
    s = min(W / img.width, H / img.height) * fill
    pw, ph = img.width * s, img.height * s
    cx, cy = W / 2 + rnd.uniform(-0.04, 0.04) * W, H / 2 + rnd.uniform(-0.04, 0.04) * H
    j = 0.05 * min(W, H)
    dst = np.array(
        [
            [cx - pw / 2 + rnd.uniform(-j, j), cy - ph / 2 + rnd.uniform(-j, j)],
            [cx + pw / 2 + rnd.uniform(-j, j), cy - ph / 2 + rnd.uniform(-j, j)],
            [cx + pw / 2 + rnd.uniform(-j, j), cy + ph / 2 + rnd.uniform(-j, j)],
            [cx - pw / 2 + rnd.uniform(-j, j), cy + ph / 2 + rnd.uniform(-j, j)],
        ],
        np.float32,
    )
    src = np.array([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    M4 = cv2.getPerspectiveTransform(src, dst / 4)
    a = np.asarray(img.convert("RGB"))
    warped = cv2.warpPerspective(a, M, (W, H), flags=cv2.INTER_LINEAR)
    ones = np.full(a.shape[:2], 255, np.uint8)
    mask = cv2.warpPerspective(ones, M, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32) / 255
    mask4 = cv2.warpPerspective(ones, M4, (w4, h4)).astype(np.float32) / 255
    # soft drop shadow under the sheet (computed at quarter resolution)
    sh = cv2.GaussianBlur(mask4, (0, 0), 3)
    sh = np.roll(sh, (int(rnd.uniform(1, 5)), int(rnd.uniform(1, 5))), (0, 1))
    bg *= (1 - 0.45 * sh)[..., None]
    # uneven light: a linear gradient, a soft vignette, sometimes a hand/phone shadow
    yy, xx = np.mgrid[0:h4, 0:w4].astype(np.float32)
    ang = rnd.uniform(0, 6.28)
    grad = (np.cos(ang) * (xx / w4 - 0.5) + np.sin(ang) * (yy / h4 - 0.5)) * rnd.uniform(0.15, 0.4)
    light = (1 - grad) * (1 - 0.25 * (((xx / w4 - 0.5) ** 2 + (yy / h4 - 0.5) ** 2) * 2))
    if rnd.random() < 0.5:
        sx, sy = rnd.uniform(0, w4), rnd.uniform(0, h4)
        r = rnd.uniform(0.25, 0.5) * w4
        light *= 1 - 0.3 * np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * r * r)))
    cast = np.array(
        [rnd.uniform(0.92, 1.06), rnd.uniform(0.95, 1.03), rnd.uniform(0.86, 1.02)], np.float32
    )
    light3 = np.ascontiguousarray(light[..., None] * cast, dtype=np.float32)
    light_full = cv2.resize(light3, (W, H), interpolation=cv2.INTER_LINEAR)
    bg_full = cv2.resize(
        np.clip(bg, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR
    )
    out = cv2.blendLinear(warped, bg_full, mask, 1 - mask)
    out = out.astype(np.float32)
    cv2.multiply(out, light_full, out)
    noise = np.empty((H, W), np.float32)
    cv2.setRNGSeed(rnd.randrange(1 << 30))
    cv2.randn(noise, 0, rnd.uniform(2, 5))
    out += noise[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rnd.uniform(0.6, 1.6))
    im = Image.fromarray(out)
    rot = rnd.choice([0, 0, 0, 90, 180, 270]) if rot is None else rot
    if rot:
        im = im.transpose({90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[rot])
    return im


def jpeg(img: Image.Image, q: int = 85) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def png(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def image_pdf(imgs: list[Image.Image], rnd: random.Random, page_mm=(210, 297)) -> bytes:
    """A scanner's PDF: each page a JPEG image, no text layer."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1)
    c.setCreator(rnd.choice(["Canon MF Scan Utility", "EPSON Scan", "HP Scan", "Xerox WorkCentre"]))
    for im in imgs:
        w, h = page_mm if im.height >= im.width else page_mm[::-1]
        c.setPageSize((w * mm, h * mm))
        data = jpeg(im, rnd.randint(60, 82))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, w * mm, h * mm)
        c.showPage()
    c.save()
    return buf.getvalue()


def copy_on_a4(cards: list[Image.Image], rnd: random.Random, dpi: int = 200) -> Image.Image:
    """Cards (front/back) or a passport laid on a photocopier: one A4 page."""
    k = dpi / 25.4
    page = Image.new("RGB", (int(210 * k), int(297 * k)), (255, 255, 255))
    y = int(rnd.uniform(15, 30) * k)
    for im in cards:
        x = int(rnd.uniform(20, 45) * k)
        page.paste(im, (x, y))
        y += im.height + int(rnd.uniform(8, 20) * k)
    return page


def darken_copy(img: Image.Image, rnd: random.Random) -> Image.Image:
    """Photocopy of a coloured document: greyish, contrasty."""
    g = img.convert("L").convert("RGB")
    g = ImageEnhance.Contrast(g).enhance(rnd.uniform(1.1, 1.4))
    return g
