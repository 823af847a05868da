"""Looks: rasterise reportlab pages, then scan / scanner PDF / phone photo / screenshot."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

A4 = (595.2756, 841.8898)


def new_canvas(size=A4) -> tuple[canvas.Canvas, io.BytesIO]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    return c, buf


def finish(c: canvas.Canvas, buf: io.BytesIO) -> bytes:
    c.save()
    return buf.getvalue()


def raster(pdf: bytes, dpi: float = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255)).to_pil()
        out.append(img.convert("RGB"))
        page.close()
    doc.close()
    return out


def _noise(arr: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(1 << 30))
    n = g.normal(0, sigma, arr.shape[:2])[..., None]
    return np.clip(arr + n, 0, 255)


def scanned(
    img: Image.Image, rng: random.Random, tint=(246, 244, 238), skew: float = 0.8, blur: float = 0.5
) -> Image.Image:
    """Flatbed scan: greyish paper, slight skew, blur, sensor noise, scanner lid edge."""
    w, h = img.size
    pad = int(w * 0.02)
    bg = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (236, 236, 234))
    bg.paste(img, (pad, pad))
    a = rng.uniform(-skew, skew)
    bg = bg.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=(238, 238, 236))
    arr = np.asarray(bg).astype(np.float32)
    paper = np.array(tint, dtype=np.float32) / 255.0
    arr = arr * paper
    # uneven illumination along the scanner bar
    ys = np.linspace(0, 1, arr.shape[0])[:, None, None]
    arr = arr * (0.97 + 0.03 * np.cos(ys * rng.uniform(2, 5)))
    arr = _noise(arr, rng, 3.5)
    out = Image.fromarray(arr.astype(np.uint8)).crop(
        (pad // 2, pad // 2, w + pad + pad // 2, h + pad + pad // 2)
    )
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    return out


def jpeg(img: Image.Image, q: int = 82) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def image_pdf(images: list[Image.Image], q: int = 70, size=A4) -> bytes:
    """A scanner's PDF: each page is one JPEG, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        data = io.BytesIO(jpeg(im, q))
        c.drawImage(ImageReader(data), 0, 0, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "grey", "cloth"])
    base = {"wood": (150, 110, 75), "grey": (120, 122, 125), "cloth": (70, 85, 110)}[kind]
    arr = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        ys = np.arange(h)[:, None]
        grain = np.sin(ys / rng.uniform(9, 20) + np.sin(np.arange(w)[None, :] / 300.0) * 3)
        arr += (grain * 14)[..., None]
    small = g.normal(0, 10, (h // 8 + 1, w // 8 + 1))
    big = cv2.resize(small.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    arr += big[..., None]
    return arr


def phone_photo(
    img: Image.Image,
    rng: random.Random,
    long_side: int = 3024,
    rot90: int = 0,
    fill: float = 0.78,
    card: bool = False,
) -> Image.Image:
    """Photo of a page/card lying on a table: perspective, shadow, light falloff, cast, blur."""
    W, H = (long_side * 3 // 4, long_side)
    if img.width > img.height:
        W, H = H, W
    bg = _table(W, H, rng)
    sc = min(W * fill / img.width, H * fill / img.height)
    iw, ih = int(img.width * sc), int(img.height * sc)
    doc = cv2.resize(
        np.asarray(img.convert("RGB")).astype(np.float32), (iw, ih), interpolation=cv2.INTER_AREA
    )
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    src = np.float32([[0, 0], [iw, 0], [iw, ih], [0, ih]])
    k = 0.06 if not card else 0.04
    dst = []
    for sx, sy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        dst.append(
            [cx + sx * iw / 2 + rng.uniform(-k, k) * iw, cy + sy * ih / 2 + rng.uniform(-k, k) * ih]
        )
    # keystone: the far edge is narrower
    squeeze = rng.uniform(0.02, 0.07) * iw
    dst[0][0] += squeeze
    dst[1][0] -= squeeze
    dst = np.float32(dst)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ih, iw), np.float32), M, (W, H))
    # soft drop shadow
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    sh = np.roll(np.roll(sh, 14, axis=0), 10, axis=1)
    bg = bg * (1 - 0.45 * sh[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # light falloff + hand/phone shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - 0.45 * dist
    if rng.random() < 0.7:
        ang = rng.uniform(0, np.pi)
        proj = (xx * np.cos(ang) + yy * np.sin(ang)) / max(W, H)
        edge = rng.uniform(0.3, 0.7)
        light *= 1 - 0.22 / (1 + np.exp(-(proj - edge) * 30))
    out = out * light[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.98)])
    out = out * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out = _noise(out, rng, 4.0)
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rot90:
        res = res.rotate(90 * rot90, expand=True)
    return res


def paste_on_sheet(
    card: Image.Image,
    rng: random.Random,
    dpi: int = 200,
    at=(0.12, 0.08),
    extra: list[tuple[Image.Image, tuple]] | None = None,
) -> Image.Image:
    """Photocopy-style: a card or passport page placed on a white A4 sheet."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    sheet = Image.new("RGB", (W, H), (255, 255, 255))
    sheet.paste(card, (int(at[0] * W), int(at[1] * H)))
    for im, pos in extra or []:
        sheet.paste(im, (int(pos[0] * W), int(pos[1] * H)))
    return sheet


def screenshot_frame(
    page: Image.Image, rng: random.Random, time_txt: str = "14:32", title: str = "facture.pdf"
) -> Image.Image:
    """A phone screenshot (1170x2532) of a PDF viewer showing a page."""
    from PIL import ImageDraw

    from cv_common import pil_font

    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (242, 242, 247))
    d = ImageDraw.Draw(im)
    f = pil_font("Roboto-M", 44)
    d.text((90, 40), time_txt, font=f, fill=(0, 0, 0))
    d.rectangle((1000, 52, 1070, 84), outline=(0, 0, 0), width=3)
    d.rectangle((1004, 56, 1050, 80), fill=(0, 0, 0))
    d.rectangle((0, 130, W, 290), fill=(248, 248, 250))
    d.text((40, 180), "‹", font=pil_font("Roboto", 80), fill=(10, 100, 230))
    d.text((W // 2, 210), title, font=pil_font("Roboto-M", 42), fill=(0, 0, 0), anchor="mm")
    pw = W - 40
    ph = int(page.height * pw / page.width)
    pg = page.resize((pw, ph), Image.LANCZOS)
    im.paste(pg, (20, 320))
    d.rectangle((0, H - 200, W, H), fill=(248, 248, 250))
    d.rounded_rectangle((W // 2 - 200, H - 40, W // 2 + 200, H - 28), 6, fill=(0, 0, 0))
    return im
