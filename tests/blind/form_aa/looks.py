"""Scanner and phone-camera looks for rendered pages, and image PDFs."""

import io

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(2**32))


def scan(img, rng):
    """Flatbed scan: grey paper, slight skew, a little blur and noise."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    paper = np.array([rng.uniform(0.9, 0.97)] * 3) * np.array([1.0, 0.995, rng.uniform(0.96, 1)])
    a = a * paper
    a += nr.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    h, w = a.shape[:2]
    ang = rng.uniform(-1.1, 1.1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-12, 12), rng.uniform(-12, 12))
    border = tuple(float(v) for v in 235 * paper)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def _table(nr, rng, w, h):
    kind = rng.randrange(3)
    if kind == 0:  # light wood
        base = np.array([150, 110, 70], np.float32) * rng.uniform(0.8, 1.15)
        stripes = np.sin(np.linspace(0, rng.uniform(30, 60), w))[None, :] * 12
        t = np.broadcast_to(base, (h, w, 3)) + stripes[..., None]
    elif kind == 1:  # grey desk
        t = np.full((h, w, 3), rng.uniform(70, 120), np.float32)
    else:  # dark table
        t = np.broadcast_to(np.array([45, 40, 38], np.float32), (h, w, 3)).copy()
    return t + nr.normal(0, 6, (h, w, 1))


def phone_photo(img, rng):
    """A phone photo of the sheet on a table; returns an RGB PIL image (3000-4032 px)."""
    nr = _np_rng(rng)
    long_side = rng.choice([3024, 3840, 3264, 4000])
    W, H = (int(long_side * 0.75), long_side)
    page = np.asarray(img.convert("RGB"), dtype=np.float32)
    ph, pw = page.shape[:2]
    fill = rng.uniform(0.74, 0.9)
    k = min(W * fill / pw, H * fill / ph)
    tw, th = pw * k, ph * k
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    dst = np.float32(
        [
            [cx - tw / 2, cy - th / 2],
            [cx + tw / 2, cy - th / 2],
            [cx + tw / 2, cy + th / 2],
            [cx - tw / 2, cy + th / 2],
        ]
    )
    j = 0.045 * W
    dst += np.float32([[rng.uniform(-j, j), rng.uniform(-j, j)] for _ in range(4)])
    # keystone: the top edge is usually narrower (phone held above, tilted)
    shrink = rng.uniform(0, 0.06) * tw
    dst[0, 0] += shrink
    dst[1, 0] -= shrink
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0)[..., None]
    out = _table(nr, rng, W, H) * (1 - mask) + warped * mask
    # lighting: gradient + vignette + a soft shadow of the phone / hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    r2 = ((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) / 0.5
    light *= 1 - rng.uniform(0.1, 0.28) * r2
    if rng.random() < 0.7:
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * H
        sr = rng.uniform(0.25, 0.45) * W
        d = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2)
        light *= 1 - rng.uniform(0.12, 0.3) * np.clip(1 - d / sr, 0, 1) ** 0.7
    out *= light[..., None] * rng.uniform(0.85, 1.0)
    cast = np.array([rng.uniform(0.95, 1.06), 1.0, rng.uniform(0.86, 1.02)], np.float32)
    out *= cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += nr.normal(0, rng.uniform(2.5, 5), (H, W, 1))
    res = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    return res


def rotate(img, quarter):
    """Rotate counter-clockwise by 90*quarter degrees (as a phone might save it)."""
    ops = {1: Image.ROTATE_90, 2: Image.ROTATE_180, 3: Image.ROTATE_270}
    return img.transpose(ops[quarter]) if quarter else img


def jpeg_bytes(img, quality, dpi=None):
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def image_pdf(jpegs, path, rng):
    """A scanner PDF: each JPEG as a full A4 page, no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator(rng.choice(["Canon MF Scan Utility", "EPSON Scan", "HP Smart", "NAPS2"]))
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
