"""Scan, photo and phone-screenshot effects, and the files they are saved to."""

from __future__ import annotations

import io
import math
import os

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

UI_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
UI_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def render_pdf(data: bytes, dpi: int = 300) -> list[np.ndarray]:
    """Render every page (form widgets included, no field highlight) to RGB arrays."""
    doc = pdfium.PdfDocument(data)
    doc.init_forms()
    pdfium_raw.FPDF_SetFormFieldHighlightAlpha(doc.formenv, 0)
    out = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
        out.append(np.array(pil))
    doc.close()
    return out


def _ui_font(size, bold=False):
    path = UI_BOLD if bold else UI_FONT
    if os.path.exists(path):
        return ImageFont.truetype(path, size)
    return ImageFont.load_default()


# ------------------------------------------------------------------------------ scans
def scan_effect(
    img: np.ndarray, rng: np.random.Generator, out_dpi: int, grey: bool, noise: float = 1.0
) -> np.ndarray:
    """Flatbed scan: tinted paper, lighter ink, small skew, blur, noise; resampled to out_dpi."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    f = 255 - (255 - f) * rng.uniform(0.8, 0.93)  # lighter ink
    tint = np.array(
        [rng.uniform(246, 254), rng.uniform(243, 251), rng.uniform(232, 246)], dtype=np.float32
    )
    f = f * (tint / 255.0)[None, None, :]
    # skew
    ang = rng.uniform(0.3, 2.0) * (1 if rng.random() < 0.5 else -1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-12, 12)
    bed = float(rng.uniform(215, 240))
    f = cv2.warpAffine(
        f,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(bed, bed, bed),
    )
    scale = out_dpi / 300.0
    if scale != 1.0:
        f = cv2.resize(f, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.45, 0.9))
    f += rng.normal(0, rng.uniform(2.5, 5.5) * noise, f.shape).astype(np.float32)
    out = np.clip(f, 0, 255).astype(np.uint8)
    if grey:
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = np.stack([g, g, g], axis=-1)
    return out


# ------------------------------------------------------------------------------ photos
def _table(rng: np.random.Generator, w: int, h: int) -> np.ndarray:
    kind = int(rng.integers(0, 3))
    base = [np.array([150, 105, 70]), np.array([185, 180, 170]), np.array([70, 72, 80])][
        kind
    ].astype(np.float32)
    small = rng.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
    if kind == 0:  # wood grain: stretched noise
        small = cv2.resize(small, (w // 16 + 1, h // 16 + 1))
        grain = cv2.resize(small[:, :4], (w, h), interpolation=cv2.INTER_CUBIC) * 14
        grain += cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * 6
    else:
        grain = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * 7
    t = base[None, None, :] + grain[..., None]
    return t


def photo_effect(
    img: np.ndarray, rng: np.random.Generator, long_side: int, rot90: int
) -> np.ndarray:
    """Phone photo of a page on a table: perspective, shadow, uneven light, cast, blur, noise."""
    h, w = img.shape[:2]
    W = round(long_side * 0.75)
    H = long_side
    bg = _table(rng, W, H)
    fill = rng.uniform(0.78, 0.9)
    s = min(W * fill / w, H * fill / h)
    pw, ph = w * s, h * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.035
    dst = np.array(
        [
            [cx - pw / 2 + rng.uniform(-j, j) * W, cy - ph / 2 + rng.uniform(-j, j) * H],
            [cx + pw / 2 + rng.uniform(-j, j) * W, cy - ph / 2 + rng.uniform(-j, j) * H],
            [cx + pw / 2 + rng.uniform(-j, j) * W, cy + ph / 2 + rng.uniform(-j, j) * H],
            [cx - pw / 2 + rng.uniform(-j, j) * W, cy + ph / 2 + rng.uniform(-j, j) * H],
        ],
        dtype=np.float32,
    )
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(img.astype(np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # soft drop shadow of the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    sh = np.roll(sh, (12, 10), axis=(0, 1))
    bg = bg * (1 - 0.35 * sh[..., None])
    comp = bg * (1 - mask[..., None]) + page * mask[..., None]
    # uneven light: radial gradient + a shadow band (phone / hand)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * H
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    light = 1.06 - rng.uniform(0.18, 0.32) * d
    ang = rng.uniform(0, math.pi)
    band = (xx * math.cos(ang) + yy * math.sin(ang)) / math.hypot(W, H)
    edge = rng.uniform(0.45, 0.8)
    shadow = 1 - rng.uniform(0.12, 0.25) / (1 + np.exp(-(band - edge) * 40))
    comp = comp * (light * shadow)[..., None]
    cast = np.array(
        [rng.uniform(0.98, 1.04), rng.uniform(0.98, 1.02), rng.uniform(0.92, 1.0)], dtype=np.float32
    )
    comp = comp * cast[None, None, :]
    comp = cv2.GaussianBlur(comp, (0, 0), rng.uniform(0.9, 1.6))
    comp += rng.normal(0, rng.uniform(3, 6.5), comp.shape).astype(np.float32)
    out = np.clip(comp, 0, 255).astype(np.uint8)
    if rot90:
        out = np.ascontiguousarray(np.rot90(out, rot90))
    return out


# ------------------------------------------------------------------------------ screenshot
def screenshot(
    page: np.ndarray, rng: np.random.Generator, fname: str, page_no: int, n_pages: int, clock: str
) -> np.ndarray:
    """A 1170x2532 phone screenshot of a PDF viewer showing one page."""
    W, H = 1170, 2532
    dark = rng.random() < 0.3
    bg = (40, 40, 44) if dark else (238, 238, 242)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    fg = (240, 240, 240) if dark else (20, 20, 24)
    # status bar
    d.text((80, 40), clock, font=_ui_font(44, True), fill=fg)
    d.rounded_rectangle((W - 150, 48, W - 70, 82), 8, outline=fg, width=3)
    d.rectangle((W - 146, 52, W - 146 + int(70 * rng.uniform(0.3, 0.95)), 78), fill=fg)
    for i in range(4):
        d.rectangle((W - 260 + i * 18, 80 - 10 - i * 8, W - 248 + i * 18, 80), fill=fg)
    # toolbar
    d.text((40, 150), "‹", font=_ui_font(80), fill=(10, 100, 230))
    title = fname if len(fname) < 30 else fname[:27] + "..."
    f = _ui_font(40, True)
    tw = d.textlength(title, font=f)
    d.text(((W - tw) / 2, 170), title, font=f, fill=fg)
    d.line((0, 262, W, 262), fill=(200, 200, 205) if not dark else (70, 70, 75), width=2)
    # page
    ph, pw = page.shape[:2]
    tw_ = W - 40
    th = round(ph * tw_ / pw)
    pim = Image.fromarray(page).resize((tw_, th), Image.LANCZOS)
    top = 300 + int(rng.integers(0, 60))
    im.paste(pim, (20, top))
    d.rectangle((19, top - 1, 20 + tw_, top + th), outline=(180, 180, 185), width=1)
    # page indicator and bottom bar
    lab = f"{page_no} / {n_pages}"
    f2 = _ui_font(34)
    lw = d.textlength(lab, font=f2)
    d.rounded_rectangle(
        ((W - lw) / 2 - 24, top + th - 90, (W + lw) / 2 + 24, top + th - 36), 24, fill=(60, 60, 64)
    )
    d.text(((W - lw) / 2, top + th - 84), lab, font=f2, fill=(250, 250, 250))
    d.rectangle((0, H - 220, W, H), fill=(248, 248, 250) if not dark else (30, 30, 33))
    for i, icon in enumerate(["Annoter", "Remplir et signer", "Partager"]):
        fx = 90 + i * 360
        d.text((fx, H - 170), icon, font=_ui_font(32), fill=(10, 100, 230))
    d.rounded_rectangle((W / 2 - 140, H - 30, W / 2 + 140, H - 20), 5, fill=fg)
    return np.array(im)


# ------------------------------------------------------------------------------ writers
def jpeg_bytes(img: np.ndarray, quality: int, dpi: int | None = None) -> bytes:
    b = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    Image.fromarray(img).save(
        b, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2, **kw
    )
    return b.getvalue()


def png_bytes(img: np.ndarray, dpi: int | None = None, grey: bool = False) -> bytes:
    b = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    im = Image.fromarray(img)
    if grey:
        im = im.convert("L")
    im.save(b, "PNG", optimize=False, compress_level=6, **kw)
    return b.getvalue()


def images_pdf(pages: list[tuple[bytes, int, int, int]], title: str | None = None) -> bytes:
    """A PDF of JPEG pages (no text layer); each item: (jpeg, width_px, height_px, dpi)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    if title:
        c.setTitle(title)
    c.setCreator("Scanner")
    for data, w, h, dpi in pages:
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()
