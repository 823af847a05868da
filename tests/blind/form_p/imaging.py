"""Paper, scanner and phone-camera effects, and image PDFs."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
A4 = (595.28, 841.89)


def rasterize(pdf: bytes, dpi: int, forms: bool = True) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=dpi / 72, may_draw_forms=forms)
        out.append(bm.to_pil().convert("RGB"))
    doc.close()
    return out


def printed(img: Image.Image, rng) -> Image.Image:
    """A laser/inkjet print: slightly soft, toner not perfectly black."""
    a = np.asarray(img, np.float32)
    a = 255 - (255 - a) * rng.uniform(0.86, 0.97)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))


def scanned(img: Image.Image, rng, dpi_in: int, dpi_out: int, grey: bool = False) -> Image.Image:
    """A flatbed scan: resampled, a little skew, grey-ish paper, sensor noise."""
    w, h = img.size
    r = dpi_out / dpi_in
    im = img.resize((int(w * r), int(h * r)), Image.LANCZOS)
    a = np.asarray(im, np.float32)
    tint = np.array([rng.uniform(232, 250)] * 3, np.float32)
    tint += np.array([rng.uniform(-3, 3), rng.uniform(-3, 3), rng.uniform(-6, 1)], np.float32)
    a = a * (tint / 255.0)[None, None, :]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(2.0, 5.0), a.shape[:2])[..., None]
    ang = rng.uniform(-1.3, 1.3)
    hh, ww = a.shape[:2]
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    bg = tuple(float(v) for v in tint * 0.98)
    a = cv2.warpAffine(a, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=bg)
    if rng.random() < 0.35:  # dark edge of the scanner lid
        e = rng.randint(3, 12)
        a[:, :e] *= 0.35
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if grey:
        out = out.convert("L").convert("RGB")
    return out


def phone_photo(img: Image.Image, rng) -> Image.Image:
    """A page lying on a table, photographed by a phone."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    long_side = rng.randint(2600, 3800)
    landscape_shot = rng.random() < 0.25
    W, H = (int(long_side * 0.75), long_side)
    if landscape_shot:
        W, H = H, W
    base = np.array(
        rng.choice([(120, 85, 55), (170, 140, 105), (90, 90, 95), (200, 200, 195), (60, 50, 45),
                    (150, 160, 170)]), np.float32)  # fmt: skip
    bgn = nrng.normal(0, 1, (H // 16 + 1, W // 16 + 1)).astype(np.float32)
    bgn = cv2.resize(bgn, (W, H), interpolation=cv2.INTER_CUBIC)
    bg = base[None, None, :] + bgn[..., None] * rng.uniform(4, 12)
    streak = np.sin(np.linspace(0, rng.uniform(20, 60), W))[None, :, None] * rng.uniform(2, 8)
    bg = bg + streak
    src = np.asarray(img, np.float32)
    sh, sw = src.shape[:2]
    # where the page lands: a quadrilateral
    scale = rng.uniform(0.72, 0.9) * min(W / sw, H / sh)
    pw, ph = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.045, 0.045) * pw  # noqa: E731
    dst = np.float32([
        [cx - pw / 2 + j(), cy - ph / 2 + j()], [cx + pw / 2 + j(), cy - ph / 2 + j()],
        [cx + pw / 2 + j(), cy + ph / 2 + j()], [cx - pw / 2 + j(), cy + ph / 2 + j()],
    ])  # fmt: skip
    ang = np.deg2rad(rng.uniform(-4, 4))
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = ((dst - [cx, cy]) @ rot.T + [cx, cy]).astype(np.float32)
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    page = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    # soft shadow of the page on the table
    sm = cv2.GaussianBlur(mask, (0, 0), 18)
    sm = np.roll(sm, (rng.randint(6, 20), rng.randint(4, 16)), axis=(0, 1))
    bg = bg * (1 - 0.35 * sm[..., None])
    out = bg * (1 - mask[..., None]) + page * mask[..., None]
    # uneven light: gradient + a shadow of the phone/hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + rng.uniform(0.08, 0.22) * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    if rng.random() < 0.6:
        sx, sy = rng.uniform(0, W), rng.uniform(0, H)
        rad = rng.uniform(0.25, 0.5) * W
        d = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2)
        light *= 1 - rng.uniform(0.12, 0.3) * np.clip(1 - d / rad, 0, 1)
    cast = np.array([rng.uniform(0.93, 1.04), rng.uniform(0.95, 1.02), rng.uniform(0.84, 0.98)])
    out = out * light[..., None] * cast[None, None, :].astype(np.float32)
    out += nrng.normal(0, rng.uniform(2, 5), out.shape[:2]).astype(np.float32)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.5))
    res = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    return res


def rotate_k(img: Image.Image, k: int) -> Image.Image:
    return img.rotate(90 * k, expand=True) if k % 4 else img


def jpeg_bytes(img: Image.Image, q: int) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def image_pdf(pages: list[bytes], title: str | None = None, producer: str | None = None) -> bytes:
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
    if producer:
        c.setProducer(producer)
    for jb in pages:
        im = Image.open(io.BytesIO(jb))
        w, h = im.size
        pw, ph = A4
        if w > h:  # landscape image on a landscape page
            pw, ph = ph, pw
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()
