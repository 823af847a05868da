"""How a document reaches the applicant's folder: scan, phone photo, scanner PDF, screenshot."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def rasterize(pdf: bytes, dpi: float) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.render(scale=dpi / 72.0).to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def jpeg_bytes(img: Image.Image, q: int) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q, optimize=False, subsampling=2)
    return b.getvalue()


def save_jpeg(img: Image.Image, path, q=85) -> None:
    with open(path, "wb") as f:
        f.write(jpeg_bytes(img, q))


def save_png(img: Image.Image, path) -> None:
    img.convert("RGB").save(path, "PNG", optimize=False, compress_level=6)


def _noise(rng: random.Random, shape, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(2**32))
    return g.normal(0.0, sigma, shape).astype(np.float32)


def scan(img: Image.Image, rng: random.Random, scale=1.0, gray=False, edge=True) -> Image.Image:
    """Flatbed look: grey-ish paper, small skew, lid shadow at one edge, noise, softness."""
    if scale != 1.0:
        img = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tone = rng.uniform(0.90, 0.97)
    tint = np.array([rng.uniform(0.99, 1.01), 1.0, rng.uniform(0.95, 0.99)], np.float32)
    a = a * tone * tint + rng.uniform(2, 8)
    # slightly uneven lamp
    h, w = a.shape[:2]
    ramp = np.linspace(rng.uniform(0.96, 1.0), rng.uniform(0.98, 1.02), w, dtype=np.float32)
    a *= ramp[None, :, None]
    a += _noise(rng, a.shape[:2], rng.uniform(2.0, 4.0))[:, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    bg = (int(238 * tone), int(238 * tone), int(232 * tone))
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=bg)
    if edge:
        side = rng.choice(["top", "left", "right", "bottom"])
        band = max(4, int(min(w, h) * rng.uniform(0.004, 0.012)))
        if side == "top":
            a[:band] = (a[:band] * 0.35).astype(np.uint8)
        elif side == "left":
            a[:, :band] = (a[:, :band] * 0.35).astype(np.uint8)
        elif side == "right":
            a[:, -band:] = (a[:, -band:] * 0.35).astype(np.uint8)
        else:
            a[-band:] = (a[-band:] * 0.35).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    if gray:
        out = out.convert("L").convert("RGB")
    return out


def _table(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A table top: wood, grey laminate or a dark desk."""
    kind = rng.choice(["wood", "laminate", "dark", "cloth"])
    base = {
        "wood": (150, 105, 70),
        "laminate": (196, 192, 184),
        "dark": (70, 66, 64),
        "cloth": (120, 135, 150),
    }[kind]
    small_w, small_h = max(8, w // 8), max(8, h // 8)
    g = np.random.default_rng(rng.randrange(2**32))
    a = np.ones((small_h, small_w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        yy = np.arange(small_h, dtype=np.float32)[:, None]
        xx = np.arange(small_w, dtype=np.float32)[None, :]
        grain = np.sin(yy / rng.uniform(3, 7) + 2.5 * np.sin(xx / rng.uniform(40, 90)))
        a += (grain * 14)[:, :, None]
    a += g.normal(0, 6, (small_h, small_w, 1)).astype(np.float32)
    a = cv2.resize(a, (w, h), interpolation=cv2.INTER_CUBIC)
    a += g.normal(0, 3, (h, w, 1)).astype(np.float32)
    return a


def photo(
    img: Image.Image,
    rng: random.Random,
    rotate: int = 0,
    long_side: int = 4032,
    fill: float = 0.82,
) -> Image.Image:
    """Phone photo of a page or card lying on a table (perspective, shadow, light, cast, blur)."""
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    ratio = 4 / 3 if rng.random() < 0.8 else 16 / 9
    if portrait:
        H, W = long_side, int(long_side / ratio)
    else:
        W, H = long_side, int(long_side / ratio)
    out = _table(rng, W, H)
    k = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * k, sh * k
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045
    tilt = rng.uniform(-0.04, 0.04)
    corners = np.float32(
        [
            [cx - dw / 2 * (1 - tilt), cy - dh / 2],
            [cx + dw / 2 * (1 - tilt), cy - dh / 2],
            [cx + dw / 2 * (1 + tilt), cy + dh / 2],
            [cx - dw / 2 * (1 + tilt), cy + dh / 2],
        ]
    )
    corners += np.float32([[rng.uniform(-j, j) * dw, rng.uniform(-j, j) * dh] for _ in range(4)])
    rot = rng.uniform(-4, 4) * np.pi / 180
    c0 = corners.mean(axis=0)
    rm = np.float32([[np.cos(rot), -np.sin(rot)], [np.sin(rot), np.cos(rot)]])
    corners = (corners - c0) @ rm.T + c0
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, corners)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow under the sheet
    off = np.float32([[1, 0, rng.uniform(8, 25)], [0, 1, rng.uniform(8, 25)]])
    shadow = cv2.warpAffine(mask, off, (W, H))
    shadow = cv2.GaussianBlur(shadow, (0, 0), 18)
    out *= (1 - 0.45 * shadow)[:, :, None]
    out = out * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # light: gradient + vignette + a soft shadow blob (phone / hand)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1 - rng.uniform(0.15, 0.35) * r2
    if rng.random() < 0.75:
        bx, by = rng.uniform(0, W), rng.uniform(0, H)
        rad = rng.uniform(0.25, 0.45) * W
        blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * rad * rad)))
        light *= 1 - rng.uniform(0.12, 0.3) * blob
    out *= light[:, :, None]
    cast = rng.choice([(1.06, 1.0, 0.88), (0.95, 1.0, 1.07), (1.03, 1.02, 0.95), (1.0, 1.0, 1.0)])
    out *= np.float32(cast)[None, None, :]
    out += _noise(rng, (H, W), rng.uniform(2.5, 5.0))[:, :, None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.4))
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=rotate // 90))
    return Image.fromarray(out)


def page_with_cards(
    cards: list[Image.Image], px_per_mm: float, dpi: int, rng: random.Random
) -> Image.Image:
    """Cards placed on the scanner glass, rendered as an A4 page at dpi."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    page = Image.new("RGB", (W, H), (250, 250, 248))
    y = int(H * rng.uniform(0.05, 0.1))
    for card in cards:
        k = dpi / 25.4 / px_per_mm
        cw, ch = int(card.width * k), int(card.height * k)
        c2 = card.resize((cw, ch), Image.LANCZOS).rotate(
            rng.uniform(-2.5, 2.5), expand=True, fillcolor=(250, 250, 248)
        )
        x = int(W * rng.uniform(0.06, 0.16))
        sh = Image.new("L", c2.size, 0)
        ImageDraw.Draw(sh).rectangle([4, 4, c2.width - 4, c2.height - 4], fill=60)
        sh = sh.filter(ImageFilter.GaussianBlur(6))
        page.paste((170, 170, 170), (x + 6, y + 6), sh)
        page.paste(c2, (x, y))
        y += c2.height + int(H * rng.uniform(0.03, 0.08))
    return page


def image_pdf(pages: list[Image.Image], rng: random.Random, dpi: int, q: int = 78) -> bytes:
    """A scanner's PDF: each page a JPEG image, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setCreator("EPSON Scan")
    for im in pages:
        wpt, hpt = im.width / dpi * 72, im.height / dpi * 72
        c.setPageSize((wpt, hpt))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, wpt, hpt)
        c.showPage()
    c.save()
    return buf.getvalue()


def status_bar(d: ImageDraw.ImageDraw, w: int, time_txt: str, font, dark=False) -> None:
    col = (255, 255, 255) if dark else (0, 0, 0)
    d.text((90, 48), time_txt, font=font, fill=col)
    x = w - 190
    for i in range(4):
        d.rectangle([x + i * 14, 70 - i * 7, x + i * 14 + 9, 80], fill=col)
    d.rounded_rectangle([w - 110, 52, w - 48, 82], 8, outline=col, width=3)
    d.rectangle([w - 105, 57, w - 70, 77], fill=col)
