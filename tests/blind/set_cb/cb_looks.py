"""Looks of set_cb: scanner, scanner PDF, phone photo, phone screenshot.

Pages are drawn as vector PDFs, rasterised with pdfium, then degraded with numpy/OpenCV.
"""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from cb_base import font_path, new_canvas

cv2.setNumThreads(1)


def rasterize(pdf_bytes: bytes, dpi: float) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    doc.init_forms()
    out = []
    for i in range(len(doc)):
        page = doc[i]
        bm = page.render(scale=dpi / 72.0)
        out.append(bm.to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def _nrng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def _noise(a: np.ndarray, nr: np.random.Generator, sigma: float) -> np.ndarray:
    return a + nr.normal(0, sigma, a.shape[:2])[..., None]


def _lowfreq(nr: np.random.Generator, h: int, w: int, cells: int = 6) -> np.ndarray:
    small = nr.normal(0, 1, (cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan_look(
    img: Image.Image,
    rng: random.Random,
    paper=(244, 242, 236),
    skew: float = 0.5,
    noise: float = 3.0,
    blur: float = 0.5,
    darker: float = 1.0,
    margin: int = 0,
) -> Image.Image:
    """A flatbed scan: slight skew, off-white paper, toner noise, soft blur."""
    nr = _nrng(rng)
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    if margin:
        big = np.full((h + 2 * margin, w + 2 * margin, 3), 255, np.float32)
        big[margin : margin + h, margin : margin + w] = a
        a, h, w = big, h + 2 * margin, w + 2 * margin
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-4, 4)
    m[1, 2] += rng.uniform(-4, 4)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    ink = 1.0 - a / 255.0
    ink = np.clip(ink * darker * rng.uniform(0.92, 1.05), 0, 1)
    paper_a = np.array(paper, np.float32) + _lowfreq(nr, h, w, 5)[..., None] * 2.5
    out = paper_a * (1.0 - ink)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out = _noise(out, nr, noise)
    # a faint dark edge band where the lid does not close
    if rng.random() < 0.5:
        band = int(w * 0.012)
        out[:, :band] *= np.linspace(0.55, 1.0, band)[None, :, None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def card_on_bed(
    card: Image.Image,
    rng: random.Random,
    bed_w: int,
    bed_h: int,
    pos=(0.08, 0.06),
    second: Image.Image | None = None,
) -> Image.Image:
    """Place a card (and an optional second card below it) on a white scanner bed."""
    bed = Image.new("RGB", (bed_w, bed_h), (250, 250, 248))
    sh = Image.new("L", (bed_w, bed_h), 0)
    items = [card] + ([second] if second is not None else [])
    y = int(bed_h * pos[1])
    for it in items:
        x = int(bed_w * pos[0]) + rng.randint(-15, 15)
        rot = it.rotate(
            rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 248)
        )
        ImageDraw.Draw(sh).rectangle([x + 6, y + 6, x + rot.width + 6, y + rot.height + 6], fill=70)
        bed.paste(rot, (x, y))
        y += rot.height + int(bed_h * 0.05)
    a = np.asarray(bed).astype(np.float32)
    s = cv2.GaussianBlur(np.asarray(sh).astype(np.float32), (0, 0), 9) / 255.0
    a = a * (1 - 0.35 * s[..., None])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _table(nr: np.random.Generator, rng: random.Random, w: int, h: int, kind: str) -> np.ndarray:
    if kind == "wood":
        base = np.array([rng.uniform(120, 160), rng.uniform(85, 105), rng.uniform(55, 70)])
        yy = np.linspace(0, 1, h)[:, None]
        xx = np.linspace(0, 1, w)[None, :]
        warp = _lowfreq(nr, h, w, 4) * 0.05
        grain = np.sin((yy * rng.uniform(30, 60) + warp + xx * 0.3) * 2 * np.pi)
        grain = grain * 0.5 + _lowfreq(nr, h, w, 40) * 0.4
        t = base[None, None, :] * (1 + 0.08 * grain[..., None])
    elif kind == "dark":
        base = np.array([rng.uniform(40, 60)] * 3) + np.array([0, 2, 6])
        t = base[None, None, :] * (1 + 0.1 * _lowfreq(nr, h, w, 8)[..., None])
    else:  # light laminate / tablecloth
        base = np.array([rng.uniform(195, 215), rng.uniform(190, 205), rng.uniform(180, 195)])
        t = base[None, None, :] * (1 + 0.03 * _lowfreq(nr, h, w, 10)[..., None])
    return (t + nr.normal(0, 4, (h, w, 1))).astype(np.float32)


def photo_look(
    img: Image.Image,
    rng: random.Random,
    long_side: int = 4000,
    fill: float = 0.84,
    table: str = "wood",
    rotate_k: int = 0,
    cast=None,
    blur: float = 1.0,
    tilt: float = 0.05,
    landscape: bool | None = None,
) -> Image.Image:
    """A phone photo of a sheet or card lying on a table.

    rotate_k: number of 90 degree counter-clockwise turns applied to the stored pixels
    (the phone did not straighten the picture)."""
    nr = _nrng(rng)
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw_ = src.shape[:2]
    if landscape is None:
        landscape = sw_ > sh
    W, H = (long_side, long_side * 3 // 4) if landscape else (long_side * 3 // 4, long_side)
    scale = min(W * fill / sw_, H * fill / sh)
    dw, dh = sw_ * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    quad = np.array(
        [
            [cx - dw / 2, cy - dh / 2],
            [cx + dw / 2, cy - dh / 2],
            [cx + dw / 2, cy + dh / 2],
            [cx - dw / 2, cy + dh / 2],
        ],
        np.float32,
    )
    # perspective: the far edge shrinks, corners wander
    shrink = rng.uniform(0.2, 1.0) * tilt * dw
    quad[0, 0] += shrink
    quad[1, 0] -= shrink
    quad += np.array(
        [
            [rng.uniform(-1, 1) * tilt * 0.4 * dw, rng.uniform(-1, 1) * tilt * 0.3 * dh]
            for _ in range(4)
        ],
        np.float32,
    )
    ang = np.deg2rad(rng.uniform(-3.5, 3.5))
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    quad = (quad - [cx, cy]) @ rot.T + [cx, cy]
    srcq = np.array([[0, 0], [sw_, 0], [sw_, sh], [0, sh]], np.float32)
    m = cv2.getPerspectiveTransform(srcq, quad.astype(np.float32))
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw_), np.float32), m, (W, H))
    bg = _table(nr, rng, W, H, table)
    shadow = cv2.GaussianBlur(
        np.roll(mask, (int(H * 0.01), int(W * 0.008)), (0, 1)), (0, 0), W * 0.01
    )
    bg = bg * (1 - 0.45 * shadow[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # light: gradient + vignette + soft shadow of the phone/hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1.0 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1.0 - rng.uniform(0.15, 0.35) * r2
    if rng.random() < 0.75:
        sx, sy = rng.uniform(0.0, 1.0) * W, rng.choice([rng.uniform(0.8, 1.1), -0.1]) * H
        blob = np.exp(-(((xx - sx) / (W * 0.35)) ** 2 + ((yy - sy) / (H * 0.25)) ** 2))
        light *= 1.0 - rng.uniform(0.15, 0.3) * blob
    out = out * light[..., None]
    cast = cast or (rng.uniform(1.0, 1.05), rng.uniform(0.98, 1.02), rng.uniform(0.9, 0.98))
    out = out * np.array(cast, np.float32)[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), blur * rng.uniform(0.8, 1.3))
    out = out + nr.normal(0, rng.uniform(2.5, 4.5), out.shape).astype(np.float32)
    out8 = np.clip(out, 0, 255).astype(np.uint8)
    if rotate_k:
        out8 = np.ascontiguousarray(np.rot90(out8, rotate_k))
    return Image.fromarray(out8)


def booklet(page: Image.Image, upper: Image.Image, cover=(40, 80, 60)) -> Image.Image:
    """An open passport: upper page above the data page, a cover rim around both."""
    w, h = page.size
    rim = int(w * 0.02)
    out = Image.new("RGB", (w + 2 * rim, 2 * h + 2 * rim), cover)
    out.paste(upper.resize((w, h)), (rim, rim))
    out.paste(page, (rim, rim + h))
    a = np.asarray(out).astype(np.float32)
    yy = np.arange(a.shape[0], dtype=np.float32)
    fold = 1 - 0.28 * np.exp(-(((yy - (rim + h)) / (h * 0.035)) ** 2))
    a *= fold[:, None, None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(name), px)


def phone_frame(
    rng: random.Random, clock: str, dark: bool = False, w: int = 1170, h: int = 2532
) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """An empty phone screen with a status bar (clock, signal, battery)."""
    bgc = (0, 0, 0) if dark else (255, 255, 255)
    fg = (255, 255, 255) if dark else (0, 0, 0)
    im = Image.new("RGB", (w, h), bgc)
    dr = ImageDraw.Draw(im)
    dr.text((110, 52), clock, font=_font("Open-SB", 46), fill=fg)
    bx = w - 200
    for i in range(4):  # signal bars
        hh = 12 + i * 7
        dr.rounded_rectangle([bx + i * 14, 92 - hh, bx + i * 14 + 9, 92], 2, fill=fg)
    lvl = rng.randint(25, 90)
    dr.rounded_rectangle([w - 120, 60, w - 56, 92], 8, outline=fg, width=3)
    dr.rectangle([w - 115, 65, w - 115 + int(54 * lvl / 100), 87], fill=fg)
    dr.rectangle([w - 54, 70, w - 49, 82], fill=fg)
    return im, dr


def screenshot_of_page(
    page: Image.Image,
    rng: random.Random,
    clock: str,
    title: str,
    top_px: int = 0,
    w: int = 1170,
    h: int = 2532,
    bar=(245, 245, 247),
) -> Image.Image:
    """A phone screenshot of a PDF opened in an app viewer: top bar, page fitted to width."""
    im, dr = phone_frame(rng, clock, w=w, h=h)
    dr.rectangle([0, 140, w, 300], fill=bar)
    dr.text((40, 190), "‹", font=_font("Sans", 70), fill=(0, 110, 230))
    f = _font("Open-SB", 44)
    tw = dr.textlength(title, font=f)
    dr.text(((w - tw) / 2, 200), title, font=f, fill=(20, 20, 20))
    dr.text((w - 120, 195), "⇪", font=_font("Sans", 56), fill=(0, 110, 230))
    avail = h - 300 - 120
    pw = w - 40
    ph = int(page.height * pw / page.width)
    pg = page.resize((pw, ph), Image.LANCZOS)
    view = Image.new("RGB", (w, avail), (225, 226, 230))
    view.paste(pg, (20, 24 - top_px))
    im.paste(view, (0, 300))
    dr.rectangle([0, h - 120, w, h], fill=bar)
    dr.rounded_rectangle([w // 2 - 140, h - 30, w // 2 + 140, h - 20], 5, fill=(20, 20, 20))
    return im


def jpeg_bytes(img: Image.Image, q: int = 85) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False, progressive=False, subsampling=2)
    return b.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False, compress_level=6)
    return b.getvalue()


def image_pdf(pages: list[Image.Image], q: int = 72, size=A4, producer: str = "") -> bytes:
    """A scanner's PDF: one JPEG per page, no text layer."""
    buf = io.BytesIO()
    c = new_canvas(buf, size)
    if producer:
        c.setProducer(producer)
    for img in pages:
        jb = jpeg_bytes(img, q)
        w, h = size
        if img.width > img.height and w < h:
            w, h = h, w
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()
