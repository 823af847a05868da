"""Scanner / phone / PDF looks for rendered pages (numpy + OpenCV + PIL)."""

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def _np(img):
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photocopy(img, rng):
    """Toner-ish look of a printout (slightly heavier, greyer blacks)."""
    a = _np(img)
    gamma = rng.uniform(0.85, 1.1)
    a = 255 * (a / 255) ** gamma
    return _pil(a)


def scan(img, rng, grey=True, skew=None, noise=None, lid_shadow=None):
    """Flatbed scan: paper tone, small skew, noise, optional lid shadow."""
    a = _np(img)
    h, w = a.shape[:2]
    tone = (
        np.array([rng.uniform(236, 252)] * 3)
        if grey
        else np.array([rng.uniform(238, 252), rng.uniform(236, 250), rng.uniform(228, 246)])
    )
    a = a / 255.0 * tone
    skew = rng.uniform(-1.8, 1.8) if skew is None else skew
    M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    M[0, 2] += rng.uniform(-w * 0.01, w * 0.01)
    M[1, 2] += rng.uniform(-h * 0.008, h * 0.008)
    border = tuple(float(v) for v in (tone * rng.uniform(0.95, 1.0)))
    a = cv2.warpAffine(
        a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    if lid_shadow if lid_shadow is not None else rng.random() < 0.35:
        side = rng.choice(["l", "r", "t"])
        depth = int(rng.uniform(0.006, 0.02) * w)
        ramp = (
            np.linspace(0.35, 1.0, depth)[:, None]
            if side == "t"
            else np.linspace(0.35, 1.0, depth)[None, :]
        )
        if side == "l":
            a[:, :depth] *= ramp[..., None]
        elif side == "r":
            a[:, w - depth :] *= ramp[:, ::-1][..., None]
        else:
            a[:depth] *= ramp[..., None]
    sig = rng.uniform(2.0, 6.0) if noise is None else noise
    a = a.astype(np.float32) + _noise(rng, a.shape[:2], sig)[..., None]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.35, 0.8))
    out = _pil(a)
    if grey:
        out = out.convert("L")
    return out


def _lowres(fn, W, H, f=8):
    """Evaluate a smooth field at 1/f resolution and upscale it."""
    w, h = max(2, W // f), max(2, H // f)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    small = fn(xx * f, yy * f).astype(np.float32)
    return cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR)


def _noise(rng, shape, sigma):
    return rng.standard_normal(shape, dtype=np.float32) * np.float32(sigma)


def _background(rng, W, H):
    kind = rng.choice(["wood", "desk", "cloth", "dark"])
    if kind == "wood":
        base = np.array(
            [rng.uniform(120, 170), rng.uniform(80, 110), rng.uniform(45, 70)], np.float32
        )
        fq = rng.uniform(0.8, 1.4)
        grain = _lowres(
            lambda x, y: np.sin((x * 0.02 + 6 * np.sin(y * 0.004 + x * 0.001)) * fq), W, H, 4
        )
        a = base[None, None, :] * (0.85 + 0.12 * grain[..., None])
    elif kind == "desk":
        base = np.array([rng.uniform(190, 225)] * 3, np.float32) * np.array(
            [1.0, 0.99, 0.96], np.float32
        )
        a = np.empty((H, W, 3), np.float32)
        a[:] = base
    elif kind == "cloth":
        base = np.array(
            [rng.uniform(40, 90), rng.uniform(60, 110), rng.uniform(100, 150)], np.float32
        )
        a = np.empty((H, W, 3), np.float32)
        a[:] = base
    else:
        base = np.array([rng.uniform(35, 60)] * 3, np.float32)
        a = np.empty((H, W, 3), np.float32)
        a[:] = base
    a += _noise(rng, (H, W), 6)[..., None]
    return a


def photo(img, rng, long_side=None, rotate=0):
    """Phone photo of a page lying on a table: perspective, light, blur."""
    page = _np(img)
    ph, pw = page.shape[:2]
    long_side = long_side or int(rng.uniform(2400, 3400))
    H = long_side
    W = int(long_side * rng.uniform(0.72, 0.78))
    fill = rng.uniform(0.78, 0.9)
    scale = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * scale, ph * scale
    x0 = (W - cw) / 2 + rng.uniform(-0.03, 0.03) * W
    y0 = (H - ch) / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda s: rng.uniform(-s, s)
    k = 0.035
    dst = np.float32(
        [
            [x0 + j(k * W), y0 + j(k * H)],
            [x0 + cw + j(k * W), y0 + j(k * H)],
            [x0 + cw + j(k * W), y0 + ch + j(k * H)],
            [x0 + j(k * W), y0 + ch + j(k * H)],
        ]
    )
    tilt = rng.uniform(0, 0.05) * cw  # camera tilted: top edge shorter
    dst[0, 0] += tilt
    dst[1, 0] -= tilt
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    bg = _background(rng, W, H)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_AREA, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # soft shadow of the sheet, computed at low resolution
    f = 8
    ms = cv2.resize(mask, (W // f, H // f), interpolation=cv2.INTER_AREA)
    ms = cv2.GaussianBlur(ms, (0, 0), W * 0.01 / f)
    ms = np.roll(ms, (max(1, int(W * 0.006 / f)), max(1, int(W * 0.008 / f))), (0, 1))
    sh = cv2.resize(ms, (W, H), interpolation=cv2.INTER_LINEAR)
    bg *= (1 - 0.35 * sh)[..., None]
    m3 = mask[..., None]
    a = warped * m3 + bg * (1 - m3)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    vig = rng.uniform(0.15, 0.3)
    blob = rng.random() < 0.5
    bx, by, bs = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(0.1, 0.22)

    def light_fn(xx, yy):
        li = 1.0 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
        r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
        li = li * (1.0 - vig * r2)
        if blob:
            li = li * (
                1 - bs * np.exp(-(((xx - bx) / (W * 0.25)) ** 2 + ((yy - by) / (H * 0.2)) ** 2))
            )
        return li

    light = _lowres(light_fn, W, H, 8)
    warm = np.array([rng.uniform(1.0, 1.04), 1.0, rng.uniform(0.9, 0.98)], np.float32)
    a *= light[..., None]
    a *= warm * np.float32(rng.uniform(0.88, 1.0))
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.7, 1.5))
    a += _noise(rng, (H, W), rng.uniform(2, 5))[..., None]
    out = _pil(a)
    if rotate:
        out = out.rotate(rotate, expand=True)
    return out


def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def save_jpeg(img, path, q, dpi=None):
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "JPEG", **kw)


def image_pdf(pages, path, q=80):
    """Image-only PDF: each page image (PIL) JPEG-encoded on an A4 page."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for img in pages:
        data = jpeg_bytes(img.convert("RGB") if img.mode not in ("L", "RGB") else img, q)
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
