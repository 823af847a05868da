"""Rasterising pages and making them look scanned or photographed."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def render(pdf_bytes, dpi, forms=False):
    """All pages of a PDF as RGB numpy arrays."""
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=dpi / 72, may_draw_forms=forms, fill_color=(255, 255, 255, 255))
        out.append(np.array(bm.to_pil().convert("RGB")))
    doc.close()
    return out


def _noise(shape, rng, sigma):
    return rng.normal(0, sigma, shape).astype(np.float32)


def _lowfreq(h, w, rng, cells=6):
    small = rng.random((cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan(img, rng, dpi):
    """Flatbed scan: grey/cream paper, slight skew, blur, sensor noise."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    tone = np.array([rng.uniform(0.93, 0.985)] * 3) * np.array(
        [1.0, rng.uniform(0.985, 1.0), rng.uniform(0.95, 0.995)]
    )
    paper = 255 * tone
    f = f / 255.0 * paper
    f *= (0.97 + 0.04 * _lowfreq(h, w, rng))[..., None]
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += rng.uniform(-0.006, 0.006, 2) * np.array([w, h])
    f = cv2.warpAffine(
        f,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(float(v) * 0.8 for v in paper),
    )
    # lid shadow on one edge
    edge = int(w * rng.uniform(0.004, 0.012))
    ramp = np.linspace(0.55, 1.0, edge, dtype=np.float32)
    side = rng.integers(0, 2)
    if side:
        f[:, :edge] *= ramp[None, :, None]
    else:
        f[:, w - edge :] *= ramp[::-1][None, :, None]
    k = 0.35 + 0.4 * dpi / 300
    f = cv2.GaussianBlur(f, (0, 0), k)
    f += _noise(f.shape, rng, rng.uniform(1.5, 3.5))
    return np.clip(f, 0, 255).astype(np.uint8)


def _table(h, w, rng):
    kind = rng.integers(0, 3)
    base = [
        np.array([120, 82, 52]),  # wood
        np.array([196, 196, 190]),  # grey desk
        np.array([70, 72, 80]),  # dark cloth
    ][kind].astype(np.float32)
    t = np.ones((h, w, 3), np.float32) * base
    t *= (0.85 + 0.3 * _lowfreq(h, w, rng, 5))[..., None]
    if kind == 0:
        grain = rng.normal(0, 1, (h, 1)).astype(np.float32)
        grain = cv2.GaussianBlur(grain, (0, 0), 3)
        t *= (1 + 0.08 * np.repeat(grain, w, axis=1))[..., None]
    t += _noise(t.shape, rng, 4)
    return t


def photo(img, rng, long_side):
    """Phone photo of a sheet on a table: perspective, shadow, light, colour cast, blur."""
    ph_, pw_ = img.shape[:2]
    H = long_side
    W = int(long_side * rng.uniform(0.72, 0.76))
    bg = _table(H, W, rng)
    scale = rng.uniform(0.8, 0.9) * min(W / pw_, H / ph_)
    cw, ch = pw_ * scale, ph_ * scale
    ox, oy = (
        (W - cw) / 2 + rng.uniform(-0.03, 0.03) * W,
        (H - ch) / 2 + rng.uniform(-0.03, 0.03) * H,
    )
    j = 0.035
    dst = np.float32(
        [
            [ox + rng.uniform(-j, j) * cw, oy + rng.uniform(-j, j) * ch],
            [ox + cw + rng.uniform(-j, j) * cw, oy + rng.uniform(-j, j) * ch],
            [ox + cw + rng.uniform(-j, j) * cw, oy + ch + rng.uniform(-j, j) * ch],
            [ox + rng.uniform(-j, j) * cw, oy + ch + rng.uniform(-j, j) * ch],
        ]
    )
    src = np.float32([[0, 0], [pw_, 0], [pw_, ph_], [0, ph_]])
    m = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(img.astype(np.float32), m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph_, pw_), np.float32), m, (W, H))
    # drop shadow under the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), W * 0.012)
    sh = np.roll(sh, (int(W * 0.006), int(W * 0.008)), axis=(0, 1))
    bg *= (1 - 0.45 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + page * mask[..., None]
    # uneven light: gradient + vignette + soft shadow of the phone/hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    grad = ((xx / W - 0.5) * np.cos(a) + (yy / H - 0.5) * np.sin(a)) * rng.uniform(0.12, 0.3)
    vig = 1 - 0.25 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    light = (1 + grad) * vig
    if rng.random() < 0.6:
        cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.9) * H
        blob = np.exp(-(((xx - cx) / (W * 0.3)) ** 2 + ((yy - cy) / (H * 0.18)) ** 2))
        light *= 1 - 0.22 * blob
    out *= light[..., None]
    cast = np.array([rng.uniform(1.0, 1.06), rng.uniform(0.97, 1.01), rng.uniform(0.85, 0.96)])
    out *= cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += _noise(out.shape, rng, rng.uniform(3, 6))
    return np.clip(out, 0, 255).astype(np.uint8)


def rotate(img, quarter):
    return np.ascontiguousarray(np.rot90(img, k=-quarter // 90)) if quarter else img


def jpeg_bytes(img, quality, dpi=None):
    buf = io.BytesIO()
    kw = {"quality": quality, "subsampling": 2, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    Image.fromarray(img).save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(img, dpi=None):
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    Image.fromarray(img).save(buf, "PNG", **kw)
    return buf.getvalue()


def image_pdf(images, quality=80):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("EPSON Scan")
    for img in images:
        jb = jpeg_bytes(img, quality)
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
