"""Turn clean page renders into what applicants send: scans, scanner PDFs, phone photos."""

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


def rasterize(pdf_bytes: bytes, dpi: int = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    doc.init_forms()
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def _np(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB")).astype(np.float32)


def _pil(a: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def paper_tone(img: Image.Image, rng: random.Random, tone=(246, 244, 238), strength=1.0):
    """Multiply white paper towards a tone and add faint fibre noise."""
    a = _np(img)
    t = np.array(tone, dtype=np.float32) / 255.0
    a = a * (1 - (1 - t) * strength)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    h, w = a.shape[:2]
    low = nrng.normal(0, 1, (max(2, h // 64), max(2, w // 64))).astype(np.float32)
    low = cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)
    a += low[..., None] * 2.5 * strength
    return _pil(a)


def add_noise(img: Image.Image, rng: random.Random, sigma: float = 3.0) -> Image.Image:
    a = _np(img)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    a += nrng.normal(0, sigma, a.shape[:2])[..., None].astype(np.float32)
    return _pil(a)


def skew(img: Image.Image, angle: float, fill=(250, 250, 250)) -> Image.Image:
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def scan(
    img: Image.Image,
    rng: random.Random,
    max_skew: float = 0.9,
    tone=(245, 243, 237),
    grey: bool = False,
    dust: int = 12,
    blur: float = 0.0,
) -> Image.Image:
    """Flatbed scan: slight skew, paper tone, scanner noise, some dust specks."""
    out = paper_tone(img, rng, tone)
    out = skew(out, rng.uniform(-max_skew, max_skew), fill=tuple(int(c * 0.98) for c in tone))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    a = _np(out)
    h, w = a.shape[:2]
    # darker band at one edge (lid not fully closed)
    edge = rng.choice(["l", "r", "t", "b", None])
    if edge:
        ramp = np.linspace(1.0, 0.0, max(8, w // 40), dtype=np.float32)
        band = ramp * 60
        if edge == "l":
            a[:, : len(band)] -= band[None, :, None]
        elif edge == "r":
            a[:, w - len(band) :] -= band[::-1][None, :, None]
        elif edge == "t":
            a[: len(band), :] -= band[:, None, None]
        else:
            a[h - len(band) :, :] -= band[::-1][:, None, None]
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    for _ in range(dust):
        y, x = int(nrng.integers(0, h)), int(nrng.integers(0, w))
        r = int(nrng.integers(1, 3))
        a[max(0, y - r) : y + r, max(0, x - r) : x + r] *= 0.45
    out = add_noise(_pil(a), rng, 2.5)
    if grey:
        out = out.convert("L").convert("RGB")
    return out


def jpeg_bytes(img: Image.Image, quality: int = 85, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False, **kw)
    return buf.getvalue()


def save_jpeg(img: Image.Image, path: str, quality: int = 85, dpi: int | None = None) -> None:
    with open(path, "wb") as f:
        f.write(jpeg_bytes(img, quality, dpi))


def save_png(img: Image.Image, path: str, dpi: int | None = None) -> None:
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.save(path, "PNG", **kw)


def image_pdf(images: list[Image.Image], path: str, dpi: int, quality: int = 70) -> None:
    """A scanner's PDF: one JPEG per page, no text layer."""
    c = canvas.Canvas(path, invariant=1, pageCompression=1)
    c.setCreator("Canon iR-ADV C3530 III")
    c.setProducer("Canon")
    for img in images:
        w_pt = img.width * 72.0 / dpi
        h_pt = img.height * 72.0 / dpi
        c.setPageSize((w_pt, h_pt))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, quality))), 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- phone photos


def _texture(kind: str, w: int, h: int, nrng: np.random.Generator) -> np.ndarray:
    sw, sh = max(4, w // 8), max(4, h // 8)
    if kind == "wood":
        y = np.linspace(0, 1, sh, dtype=np.float32)[:, None]
        x = np.linspace(0, 1, sw, dtype=np.float32)[None, :]
        warp = cv2.resize(
            nrng.normal(0, 1, (6, 6)).astype(np.float32), (sw, sh), interpolation=cv2.INTER_CUBIC
        )
        grain = np.sin((y * 90 + warp * 3 + x * 4) * 3.1) * 0.5 + 0.5
        fine = nrng.normal(0, 0.08, (sh, sw)).astype(np.float32)
        g = (grain * 0.6 + fine)[..., None]
        base = np.array([120, 82, 50], np.float32)
        light = np.array([170, 124, 80], np.float32)
        tex = base + (light - base) * g
    elif kind == "fabric":
        tex = np.array([70, 78, 96], np.float32) + nrng.normal(0, 6, (sh, sw, 1)).astype(np.float32)
        yy, xx = np.mgrid[0:sh, 0:sw]
        tex += (((yy + xx) % 4) < 2)[..., None] * 6
    elif kind == "marble":
        blob = cv2.resize(
            nrng.normal(0, 1, (12, 12)).astype(np.float32), (sw, sh), interpolation=cv2.INTER_CUBIC
        )
        tex = np.array([218, 216, 210], np.float32) + blob[..., None] * 8
        tex += nrng.normal(0, 3, (sh, sw, 1)).astype(np.float32)
    else:  # grey desk
        blob = cv2.resize(
            nrng.normal(0, 1, (5, 5)).astype(np.float32), (sw, sh), interpolation=cv2.INTER_CUBIC
        )
        tex = np.array([150, 152, 150], np.float32) + blob[..., None] * 10
        tex += nrng.normal(0, 4, (sh, sw, 1)).astype(np.float32)
    return cv2.resize(tex, (w, h), interpolation=cv2.INTER_LINEAR)


def phone_photo(
    img: Image.Image,
    rng: random.Random,
    rotate: int = 0,
    long_side: int = 4032,
    fill: float = 0.82,
    table: str = "wood",
    tilt: float = 0.06,
    cast=(1.0, 1.0, 1.0),
    shadow: bool = True,
    blur: float = 1.0,
) -> Image.Image:
    """Photograph a page or card lying on a table; rotate = 0/90/180/270 (counter-clockwise)."""
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    doc = np.asarray(img.convert("RGB")).astype(np.float32)
    dh, dw = doc.shape[:2]
    portrait = dh >= dw
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    out = _texture(table, W, H, nrng)
    scale = min(W * fill / dw, H * fill / dh)
    tw, th = dw * scale, dh * scale
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.04, 0.04) * H
    ang = np.deg2rad(rng.uniform(-4, 4))
    corners = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]])
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    pts = corners @ rot.T + [cx, cy]
    # perspective: the far edge (top) looks narrower
    k = rng.uniform(0.3, 1.0) * tilt
    pts[0, 0] += tw * k / 2
    pts[1, 0] -= tw * k / 2
    pts[0, 1] += th * k / 4
    pts[1, 1] += th * k / 4
    pts += nrng.normal(0, W * 0.004, pts.shape)
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, np.float32(pts))
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # soft drop shadow of the sheet
    sm = cv2.GaussianBlur(mask, (0, 0), W / 250)
    sm = np.roll(sm, (int(W / 300), int(W / 300)), axis=(0, 1))
    out *= (1 - 0.35 * sm)[..., None]
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a broad gradient plus vignette, computed small then upscaled
    sw, sh = (48, 64) if portrait else (64, 48)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.10 * (gx * (xx / sw - 0.5) + gy * (yy / sh - 0.5)) * 2
    r2 = ((xx / sw - 0.5) ** 2 + (yy / sh - 0.5) ** 2) / 0.5
    light *= 1 - 0.18 * r2
    if shadow:  # a phone/hand shadow across one corner
        sx, sy = rng.choice([(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)])
        d = np.sqrt((xx / sw - sx) ** 2 + (yy / sh - sy) ** 2)
        light *= 1 - 0.22 * np.clip(1 - d / rng.uniform(0.45, 0.7), 0, 1)
    light = cv2.resize(light.astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    out *= light[..., None]
    out *= np.array(cast, np.float32)[None, None, :]
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out += nrng.normal(0, 3.0, (H, W, 1)).astype(np.float32)
    res = _pil(out)
    if rotate:
        res = res.rotate(rotate, expand=True)
    return res


def on_sheet(items, rng: random.Random, dpi: int = 200, tone=(255, 255, 255)) -> Image.Image:
    """Lay card images on a blank A4 sheet (a photocopy of an ID). items: (img, (x_mm, y_mm))."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    sheet = Image.new("RGB", (W, H), tone)
    for img, (xm, ym) in items:
        sheet.paste(img, (int(xm / 25.4 * dpi), int(ym / 25.4 * dpi)))
    return sheet


def fit_width(img: Image.Image, width: int) -> Image.Image:
    h = int(img.height * width / img.width)
    return img.resize((width, h), Image.LANCZOS)
