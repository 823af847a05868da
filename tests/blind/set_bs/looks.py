"""Turn clean page rasters into what applicants really send: scans, scanner PDFs, phone photos."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)


def jpeg_bytes(img: Image.Image, quality=85) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _nprng(rng: random.Random):
    return np.random.default_rng(rng.randrange(2**32))


def scan(img: Image.Image, rng: random.Random, dpi_from=200, dpi_to=None, grey=True) -> Image.Image:
    """Flatbed scan: tinted paper, tiny skew, sensor noise, soft focus."""
    if dpi_to and dpi_to != dpi_from:
        img = img.resize(
            (round(img.width * dpi_to / dpi_from), round(img.height * dpi_to / dpi_from)),
            Image.LANCZOS,
        )
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    t0 = rng.uniform(234, 250)
    tint = np.array([t0, t0 - rng.uniform(0, 3), t0 - rng.uniform(2, 9)])
    a = a / 255.0 * tint
    if grey and rng.random() < 0.3:
        g = a.mean(axis=2, keepdims=True)
        a = np.repeat(g, 3, axis=2)
    h, w = a.shape[:2]
    # lamp fall-off along one edge
    ramp = np.linspace(rng.uniform(0.93, 0.99), 1.0, w)[None, :, None]
    a = a * ramp
    a += _nprng(rng).normal(0, rng.uniform(2.0, 4.5), a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    ang = rng.uniform(-1.3, 1.3)
    fill = tuple(int(v * 0.92) for v in tint)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return out


def image_pdf(pages: list[Image.Image], rng: random.Random, dpi=200, quality=70) -> bytes:
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1)
    c.setCreator("Canon iR-ADV C3530 PDF")
    for p in pages:
        s = scan(p, rng, dpi_from=dpi, dpi_to=150)
        wpt, hpt = s.width / 150 * 72, s.height / 150 * 72
        c.setPageSize((wpt, hpt))
        jb = io.BytesIO(jpeg_bytes(s, quality))
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(jb), 0, 0, wpt, hpt)
        c.showPage()
    c.save()
    return buf.getvalue()


def _table(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Wood, fabric or laminate background."""
    nr = _nprng(rng)
    kind = rng.choice(["wood", "fabric", "laminate"])
    base = {
        "wood": (rng.uniform(120, 160), rng.uniform(85, 110), rng.uniform(55, 75)),
        "fabric": (rng.uniform(60, 110), rng.uniform(70, 110), rng.uniform(90, 130)),
        "laminate": (rng.uniform(190, 215), rng.uniform(185, 210), rng.uniform(180, 200)),
    }[kind]
    small = nr.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
    small = cv2.GaussianBlur(small, (0, 0), 2)
    if kind == "wood":
        small = cv2.resize(small, (w // 16 + 1, max(2, h // 160)))
    tex = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    tex = tex / (np.abs(tex).max() + 1e-6)
    a = np.empty((h, w, 3), np.float32)
    for i in range(3):
        a[:, :, i] = base[i] * (1 + 0.12 * tex)
    a += nr.normal(0, 3, a.shape)
    return a


def phone_photo(
    img: Image.Image,
    rng: random.Random,
    long_side=3264,
    rot90=0,
    fill=0.72,
    landscape=None,
) -> Image.Image:
    """Photograph a document lying on a table: perspective, shadow, light, colour cast, blur."""
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    if landscape is None:
        landscape = sw > sh
    W, H = (long_side, long_side * 3 // 4) if landscape else (long_side * 3 // 4, long_side)
    bg = _table(rng, W, H)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow of the sheet
    sm = cv2.GaussianBlur(mask, (0, 0), W / 150)
    sm = np.roll(sm, (int(W / 120), int(W / 110)), axis=(0, 1))
    bg = bg * (1 - 0.45 * sm[:, :, None])
    m3 = mask[:, :, None]
    out = warped * m3 + bg * (1 - m3)
    # uneven light + a soft hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.08 - 0.28 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(W, H)
    if rng.random() < 0.7:
        sx, sy, sr = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(0.2, 0.4) * W
        light *= 1 - 0.22 * np.exp(-((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * sr * sr))
    out = out * light[:, :, None]
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.86, 1.0)])
    out = out * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += _nprng(rng).normal(0, rng.uniform(3, 6), out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rot90:
        out = np.ascontiguousarray(np.rot90(out, k=rot90 // 90))
    return Image.fromarray(out)


def card_scan_sheet(cards: list[Image.Image], rng: random.Random, dpi=300, card_mm=(85.6, 54.0)):
    """Cards laid on a flatbed: an A4 page with the cards at real size, near the top-left."""
    k = dpi / 25.4
    page = Image.new("RGB", (round(210 * k), round(297 * k)), (250, 250, 250))
    y = round(rng.uniform(12, 25) * k)
    for c in cards:
        w = round(card_mm[0] * k)
        h = round(w * c.height / c.width)
        cc = c.resize((w, h), Image.LANCZOS).rotate(
            rng.uniform(-2, 2), expand=True, fillcolor=(250, 250, 250)
        )
        page.paste(cc, (round(rng.uniform(12, 30) * k), y))
        y += cc.height + round(rng.uniform(10, 20) * k)
    return page
