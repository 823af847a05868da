"""Scanner and phone-camera degradations (OpenCV, one thread) and PDF wrapping."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

A4 = (595.28, 841.89)


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


def scan(img: Image.Image, rng, grey=True) -> Image.Image:
    """Flatbed scan: grey-ish paper, slight skew, toner noise, soft focus."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    paper = np.array([rng.uniform(232, 246)] * 3, np.float32)
    if not grey:
        paper = np.array([rng.uniform(240, 250), rng.uniform(238, 248), rng.uniform(228, 242)])
    a = a / 255.0 * paper
    ang = rng.uniform(-1.2, 1.2)
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-12, 12)
    a = cv2.warpAffine(
        a,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(float(v) * 0.85 for v in paper),
    )
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.9))
    a += nr.normal(0, rng.uniform(2.0, 5.0), a.shape[:2])[..., None]
    # a darker scanner-lid edge on one side
    if rng.random() < 0.5:
        edge = int(w * rng.uniform(0.005, 0.015))
        a[:, :edge] *= 0.55
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    return out.convert("L").convert("RGB") if grey and rng.random() < 0.5 else out


def _table(nr, rng, w, h):
    kind = rng.choice(["wood", "desk", "cloth"])
    if kind == "wood":
        base = np.array([rng.uniform(90, 140), rng.uniform(60, 95), rng.uniform(35, 60)])
        small = nr.normal(0, 1, (max(h // 40, 2), max(w // 2, 2))).astype(np.float32)
        grain = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
        grain = cv2.GaussianBlur(grain, (0, 0), 3)
        t = base[None, None, :] * (1 + 0.12 * grain[..., None])
    elif kind == "desk":
        v = rng.uniform(150, 200)
        t = np.full((h, w, 3), v) * np.array([1.0, 0.98, 0.95])
    else:
        t = np.full((h, w, 3), [rng.uniform(40, 80), rng.uniform(50, 90), rng.uniform(70, 110)])
    t = t + nr.normal(0, 6, (h, w))[..., None]
    return t.astype(np.float32)


def photo(img: Image.Image, rng, rotate=None) -> Image.Image:
    """Phone photo of a page on a table: perspective, shadow, uneven light, cast, blur."""
    nr = _np_rng(rng)
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    long_side = rng.choice([3024, 3264, 4000, 2448])
    H = long_side
    W = int(long_side * 0.75)
    ph, pw = page.shape[:2]
    scale = rng.uniform(0.78, 0.92) * min(W / pw, H / ph)
    tw, th = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda: rng.uniform(-0.03, 0.03) * W  # noqa: E731
    top_shrink = rng.uniform(0.0, 0.06) * tw
    dst = np.float32(
        [
            [cx - tw / 2 + top_shrink + j(), cy - th / 2 + j()],
            [cx + tw / 2 - top_shrink + j(), cy - th / 2 + j()],
            [cx + tw / 2 + j(), cy + th / 2 + j()],
            [cx - tw / 2 + j(), cy + th / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    bg = _table(nr, rng, W, H)
    # soft drop shadow under the page
    sh = cv2.GaussianBlur(np.roll(mask[..., 0], (18, 14), axis=(0, 1)), (0, 0), 25)[..., None]
    bg = bg * (1 - 0.45 * sh)
    out = warped * mask + bg * (1 - mask)
    # uneven light: gradient + a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.13 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) * 2
    if rng.random() < 0.7:
        bx, by = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.25, 0.5) * W
        blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * r * r)))
        light -= rng.uniform(0.12, 0.28) * blob
    out = out * light[..., None]
    cast = np.array([rng.uniform(0.98, 1.04), rng.uniform(0.97, 1.01), rng.uniform(0.9, 0.99)])
    out = out * cast[None, None, :] * rng.uniform(0.88, 1.0)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.8))
    out += nr.normal(0, rng.uniform(3, 6), out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    res = Image.fromarray(out)
    k = rotate if rotate is not None else 0
    if k:
        res = res.rotate(90 * k, expand=True)
    return res


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=quality, optimize=False)
    return b.getvalue()


def image_pdf(images: list, path: str, quality=70, dpi=200) -> None:
    """A scanner's PDF: each page one JPEG image, no text layer."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, quality))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
