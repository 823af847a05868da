"""Looks for set_ad: rasterise PDFs, flatbed scan, photocopy, phone photo, scanner PDF."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)


def raster(pdf_path: str, dpi: int = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_path)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def scan(img: Image.Image, rng: random.Random, paper=(246, 244, 238), skew=0.8) -> Image.Image:
    """Flatbed scan: off-white paper, slight skew, sensor noise, soft focus."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    a = a / 255.0 * np.array(paper, np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-8, 8), rng.uniform(-8, 8))
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250))
    a += nr.normal(0, 3.0, a.shape).astype(np.float32)
    ramp = np.linspace(rng.uniform(-6, 0), rng.uniform(0, 4), w, dtype=np.float32)
    a += ramp[None, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))


def photocopy(img: Image.Image, rng: random.Random) -> Image.Image:
    """Photocopy of a page: grey, high contrast, toner specks, dark band at an edge."""
    nr = _np_rng(rng)
    g = np.asarray(img.convert("L")).astype(np.float32)
    g = (g - 128) * 1.35 + 140
    h, w = g.shape
    g += nr.normal(0, 7, g.shape).astype(np.float32)
    specks = nr.random(g.shape) < 0.0009
    g[specks] = nr.uniform(20, 90, specks.sum())
    band = int(w * rng.uniform(0.01, 0.025))
    g[:, :band] *= np.linspace(0.35, 1.0, band, dtype=np.float32)[None, :]
    g = np.clip(g, 0, 255).astype(np.uint8)
    g = cv2.GaussianBlur(g, (3, 3), 0.7)
    out = Image.fromarray(g).convert("RGB")
    return scan(out, rng, paper=(236, 236, 234), skew=1.2)


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "grey", "cloth"])
    if kind == "wood":
        base = np.array([rng.randint(120, 160), rng.randint(85, 110), rng.randint(55, 75)])
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        grain = 14 * np.sin(yy / rng.uniform(9, 16) + 3 * np.sin(xx / rng.uniform(120, 300)))
        t = base[None, None, :] + grain[:, :, None]
    else:
        v = rng.randint(150, 200) if kind == "grey" else rng.randint(60, 110)
        base = np.array([v, v + rng.randint(-6, 6), v + rng.randint(-4, 10)])
        t = np.broadcast_to(base, (h, w, 3)).astype(np.float32)
    t = t + nr.normal(0, 5, (h, w, 3))
    return np.clip(t, 0, 255).astype(np.float32)


def phone_photo(img: Image.Image, rng: random.Random, long_side=3264, fill=0.78, rot=0):
    """A phone photo of a page or card lying on a table."""
    nr = _np_rng(rng)
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H

    def j(v):
        return v + rng.uniform(-0.035, 0.035) * min(W, H)

    k = rng.uniform(0.02, 0.07) * dw  # perspective: top edge shorter
    dst = np.float32(
        [
            [j(cx - dw / 2 + k), j(cy - dh / 2)],
            [j(cx + dw / 2 - k), j(cy - dh / 2)],
            [j(cx + dw / 2), j(cy + dh / 2)],
            [j(cx - dw / 2), j(cy + dh / 2)],
        ]
    )
    s = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(s, dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    bg = _table(W, H, rng)
    # soft drop shadow of the sheet
    sm = cv2.GaussianBlur(mask, (0, 0), 18)
    sm = np.roll(sm, (int(rng.uniform(6, 20)), int(rng.uniform(6, 20))), axis=(0, 1))
    bg *= (1 - 0.35 * sm)[:, :, None]
    out = warped * mask[:, :, None] + bg * (1 - mask[:, :, None])
    # uneven light and the phone's (or hand's) shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.08 - 0.25 * np.hypot(xx - lx, yy - ly) / np.hypot(W, H)
    out *= light[:, :, None]
    if rng.random() < 0.8:
        a, b, c0 = rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(0.2, 0.6)
        d = (a * (xx / W) + b * (yy / H) - c0) * 12
        shadow = 1 - 0.28 / (1 + np.exp(-d))
        shadow = cv2.GaussianBlur(shadow, (0, 0), 25)
        out *= shadow[:, :, None]
    cast = np.array([rng.uniform(0.97, 1.06), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    out = out * cast[None, None, :]
    out += nr.normal(0, 4, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.3))
    res = Image.fromarray(out)
    if rot:
        res = res.rotate(rot, expand=True)
    return res


def on_a4(card: Image.Image, dpi: int, rng: random.Random, second: Image.Image | None = None):
    """Place a card (and optionally its back) on a white A4 page, as on a scanner glass."""
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("RGB", (w, h), (255, 255, 255))
    x, y = int(dpi * rng.uniform(0.25, 0.5)), int(dpi * rng.uniform(0.25, 0.5))
    page.paste(card, (x, y))
    if second is not None:
        page.paste(second, (x, y + card.height + int(dpi * rng.uniform(0.3, 0.6))))
    return page


def save_jpeg(img: Image.Image, path: str, quality: int = 88, dpi: int | None = None) -> None:
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "JPEG", **kw)


def save_image_pdf(pages: list[Image.Image], path: str, dpi: int, quality: int = 80) -> None:
    """A scanner's PDF: one JPEG image per A4 page, no text layer."""
    c = rl_canvas.Canvas(path, invariant=1)
    c.setProducer("")
    c.setCreator("")
    for img in pages:
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        w, h = img.width * 72 / dpi, img.height * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()
