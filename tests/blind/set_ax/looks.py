"""Degradations: flatbed scan, scanner PDF, phone photo; file writers."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**31))


def on_a4(
    card: Image.Image, card_mm: float, rng: random.Random, dpi: int = 200, extra: list | None = None
) -> Image.Image:
    """Lay one or more cards/booklet pages on a flatbed glass (A4 at dpi)."""
    k = dpi / 25.4
    page = Image.new("RGB", (round(210 * k), round(297 * k)), (250, 250, 248))
    items = [(card, card_mm)] + (extra or [])
    y = 18 * k
    for im, wmm in items:
        w = round(wmm * k)
        h = round(im.height * w / im.width)
        im2 = im.resize((w, h), Image.LANCZOS).rotate(
            rng.uniform(-1.5, 1.5), Image.BICUBIC, expand=True, fillcolor=(250, 250, 248)
        )
        page.paste(im2, (round(rng.uniform(12, 30) * k), round(y)))
        y += im2.height + 14 * k
    return page


def scan(
    img: Image.Image, rng: random.Random, grey: bool = False, tint=(246, 244, 238)
) -> Image.Image:
    """Flatbed scan: slight skew, paper tint, sensor noise, soft focus."""
    ang = rng.uniform(-1.2, 1.2)
    im = img.convert("RGB").rotate(ang, Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    a = np.asarray(im).astype(np.float32)
    t = np.array(tint, np.float32) / 255.0
    a = a * t
    nr = _np_rng(rng)
    a += nr.normal(0, 3.5, a.shape[:2])[..., None]
    # darker band at one edge (lid shadow)
    h, w = a.shape[:2]
    band = np.clip(1 - np.linspace(0, 1, max(2, w // 30)), 0, 1) * 35
    if rng.random() < 0.5:
        a[:, : len(band)] -= band[None, :, None]
    else:
        a[:, w - len(band) :] -= band[::-1][None, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    return out.convert("L").convert("RGB") if grey else out


def jpeg_bytes(img: Image.Image, q: int = 82) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def save_jpeg(img: Image.Image, path: str, q: int = 85, dpi: int | None = None) -> None:
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(path, "JPEG", quality=q, **kw)


def image_pdf(
    imgs: list[Image.Image],
    path: str,
    rng: random.Random,
    grey: bool = False,
    already: bool = False,
) -> None:
    """A scanner's PDF: each page a JPEG, no text layer."""
    c = canvas.Canvas(path, pagesize=(210 * mm, 297 * mm), invariant=1)
    c.setCreator("HP Smart")
    for im in imgs:
        s = im if already else scan(im, rng, grey=grey)
        buf = io.BytesIO(jpeg_bytes(s, rng.randint(60, 78)))
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(buf), 0, 0, 210 * mm, 297 * mm)
        c.showPage()
    c.save()


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "grey", "white", "cloth"])
    base = {
        "wood": (120, 84, 52),
        "grey": (92, 94, 98),
        "white": (214, 210, 202),
        "cloth": (52, 70, 96),
    }[kind]
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        y = np.arange(h)[:, None]
        x = np.arange(w)[None, :]
        grain = np.sin(y / rng.uniform(9, 16) + np.sin(x / 300.0) * 3) * 14
        a += grain[..., None]
    a += nr.normal(0, 6, (h, w))[..., None]
    return a


def phone_photo(
    img: Image.Image, rng: random.Random, rot: int = 0, long_side: int = 3264, fill: float = 0.78
) -> Image.Image:
    """Photo of a page/card lying on a table: perspective, light falloff, cast, blur, noise."""
    W, H = (long_side * 3) // 4, long_side
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    bg = _table(W, H, rng)
    s = min(W * fill / sw, H * fill / sh)
    tw, th = sw * s, sh * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035
    dst = np.float32(
        [
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    # soft drop shadow under the sheet
    sh_mask = cv2.GaussianBlur(np.roll(mask, (18, 14), (0, 1)), (0, 0), 14)
    bg *= (1 - 0.45 * sh_mask)[..., None]
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + a shadow cast by the phone / hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.08 - 0.28 * np.sqrt(((xx - lx) / W) ** 2 + ((yy - ly) / H) ** 2)
    if rng.random() < 0.7:
        edge = rng.uniform(0.55, 0.85) * W
        shade = 1 - 0.22 / (1 + np.exp(-(xx + 0.4 * yy - edge) / 60))
        light *= shade
    a *= light[..., None]
    cast = np.array(
        [rng.uniform(0.93, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.82, 0.97)], np.float32
    )
    a *= cast
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.9, 1.8))
    a += _np_rng(rng).normal(0, 4.0, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def pdf_from_images(imgs: list[Image.Image], path: str, q: int = 80) -> None:
    """Images put into a PDF (e.g. by a phone 'scan' app), one page each, page sized to fit."""
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(path, invariant=1)
    for im in imgs:
        w, h = im.size
        pw = 210 * mm if w < h else 297 * mm
        ph = pw * h / w
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, pw, ph)
        c.showPage()
    c.save()
