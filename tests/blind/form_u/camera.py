"""Scanner and phone-camera looks for page rasters, and image-only PDFs."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

A4_PT = (595.27, 841.89)


def render_pdf(data: bytes, dpi: float, forms: bool = False) -> list[np.ndarray]:
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        bmp = pdf[i].render(scale=dpi / 72.0, may_draw_forms=forms)
        out.append(np.array(bmp.to_pil().convert("RGB")))
    pdf.close()
    return out


def _jpeg(img: Image.Image, q: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def scan(page: np.ndarray, rng, src_dpi: float, out_dpi: int) -> Image.Image:
    """Flatbed scan: grey-ish paper, small skew, lid margin, noise, resampled to out_dpi."""
    h, w = page.shape[:2]
    img = page.astype(np.float32)
    paper = np.array([rng.uniform(232, 250)] * 3, dtype=np.float32)
    paper += [rng.uniform(-3, 3), rng.uniform(-3, 3), rng.uniform(-6, 0)]
    img = img * (paper / 255.0)
    ang = rng.uniform(-1.3, 1.3)
    shift = (rng.uniform(-15, 15), rng.uniform(-15, 15))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += shift
    lid = rng.uniform(200, 245)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(lid, lid, lid))
    k = out_dpi / src_dpi
    img = cv2.resize(img, (int(w * k), int(h * k)), interpolation=cv2.INTER_AREA)
    nrng = np.random.default_rng(rng.randint(0, 2**31 - 1))
    img += nrng.normal(0, rng.uniform(2, 5), img.shape[:2])[..., None]
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    if rng.random() < 0.5:
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return out


def photo(page: np.ndarray, rng, rotate: int = 0) -> Image.Image:
    """Phone photo of a sheet lying on a table: perspective, shadow, light falloff, cast."""
    h, w = page.shape[:2]
    long_side = rng.choice([3264, 4032, 4000, 3024, 2560])
    H = long_side
    W = int(long_side * rng.choice([0.75, 0.75, 0.5625, 0.8]))
    nrng = np.random.default_rng(rng.randint(0, 2**31 - 1))
    # table background
    base = np.array(rng.choice([(120, 86, 60), (170, 150, 120), (90, 90, 95), (200, 195, 185),
                                (60, 45, 35), (150, 160, 170)]), dtype=np.float32)  # fmt: skip
    small = nrng.normal(0, 1, (H // 32 + 1, W // 32 + 1)).astype(np.float32)
    tex = cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)
    streak = np.sin(np.linspace(0, rng.uniform(20, 60), W, dtype=np.float32))[None, :] * 6
    bg = base[None, None, :] + (tex * 10 + streak)[..., None]
    # page corners
    fill = rng.uniform(0.72, 0.9)
    pw = W * fill
    ph = pw * h / w
    if ph > H * 0.93:
        ph = H * 0.93
        pw = ph * w / h
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda: rng.uniform(-0.035, 0.035) * pw  # noqa: E731
    dst = np.float32([[cx - pw / 2 + j(), cy - ph / 2 + j()], [cx + pw / 2 + j(), cy - ph / 2 + j()],
                      [cx + pw / 2 + j(), cy + ph / 2 + j()], [cx - pw / 2 + j(), cy + ph / 2 + j()]])  # fmt: skip
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    mat = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page.astype(np.float32), mat, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), mat, (W, H), flags=cv2.INTER_LINEAR)
    # soft shadow of the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), W * 0.01)
    sh = np.roll(sh, (int(W * 0.006), int(W * 0.008)), axis=(0, 1))
    bg = bg * (1 - 0.35 * sh[..., None])
    img = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # light: gradient + vignette + a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    r2 = ((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2
    light *= 1 - rng.uniform(0.08, 0.22) * r2
    if rng.random() < 0.6:
        bx, by = rng.uniform(0, W), rng.uniform(0, H)
        rad = rng.uniform(0.2, 0.45) * W
        blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * rad**2)))
        light *= 1 - rng.uniform(0.12, 0.3) * blob
    cast = np.array(rng.choice([(1.04, 1.0, 0.9), (0.95, 0.98, 1.05), (1.02, 1.01, 0.96),
                                (1.0, 1.0, 1.0)]), dtype=np.float32)  # fmt: skip
    img = img * light[..., None] * cast[None, None, :] * rng.uniform(0.88, 1.0)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.7, 1.6))
    img += nrng.normal(0, rng.uniform(2.5, 5), (H, W))[..., None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    if rotate:
        img = np.ascontiguousarray(np.rot90(img, k=rotate // 90))
    return Image.fromarray(img)


def save_jpeg(img: Image.Image, path, rng, dpi: int | None = None) -> None:
    q = rng.randint(72, 92)
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "JPEG", **kw)


def image_pdf(images: list[Image.Image], path, rng) -> None:
    """A scanner's PDF: each page a JPEG image filling an A4 page, no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4_PT, invariant=1)
    c.setProducer("Scanner PDF")
    c.setCreator(rng.choice(["EPSON Scan", "Canon IJ Scan Utility", "HP Scan", "Brother iPrint&Scan",
                             "Xerox WorkCentre 6515"]))  # fmt: skip
    q = rng.randint(60, 85)
    for im in images:
        data = _jpeg(im.convert("RGB"), q)
        w, h = im.size
        if w > h:
            c.setPageSize((A4_PT[1], A4_PT[0]))
            pw, ph = A4_PT[1], A4_PT[0]
        else:
            c.setPageSize(A4_PT)
            pw, ph = A4_PT
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
