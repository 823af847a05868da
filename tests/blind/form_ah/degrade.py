"""Looks: flatbed scans, dark photocopies, phone photos held in the hand, scanner PDFs."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter

cv2.setNumThreads(1)


def _np_rng(rng: random.Random):
    return np.random.default_rng(rng.randrange(2**32))


def scan(
    page: Image.Image,
    rng: random.Random,
    src_dpi: int,
    dpi: int,
    angle: float,
    paper=(246, 244, 238),
):
    """A flatbed scan: resampled to ``dpi``, slightly rotated on the glass, grey-ish paper,
    sensor noise and a soft lid border."""
    nr = _np_rng(rng)
    w, h = page.size
    img = page.resize((round(w * dpi / src_dpi), round(h * dpi / src_dpi)), Image.LANCZOS)
    a = np.asarray(img).astype(np.float32)
    a = a / 255.0 * np.array(paper, np.float32)
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    lid = tuple(int(c * 0.93) for c in paper)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=lid)
    a = np.asarray(img).astype(np.float32)
    a += nr.normal(0, 3.0, a.shape[:2])[..., None]
    # a darker band where the lid does not close on the left edge
    band = int(a.shape[1] * rng.uniform(0.0, 0.015))
    if band:
        a[:, :band] *= np.linspace(0.6, 1.0, band)[None, :, None]
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))


def photocopy(page: Image.Image, rng: random.Random):
    """A dark photocopy: grey, high contrast, toner speckles, a streak, dirty edges."""
    nr = _np_rng(rng)
    g = np.asarray(page.convert("L")).astype(np.float32) / 255.0
    g = np.clip((g - 0.12) * 1.25, 0, 1) ** 1.6
    g = 0.8 * g + 0.03
    h, w = g.shape
    n = int(h * w * rng.uniform(0.00025, 0.0006))
    ys, xs = nr.integers(0, h, n), nr.integers(0, w, n)
    g[ys, xs] = nr.uniform(0.0, 0.35, n)
    blot = np.zeros_like(g)
    for _ in range(rng.randint(25, 60)):
        cv2.circle(blot, (rng.randrange(w), rng.randrange(h)), rng.randint(1, 3), 1.0, -1)
    g = np.minimum(g, 1 - 0.8 * blot)
    sx = rng.randrange(w // 5, 4 * w // 5)
    g[:, sx : sx + rng.randint(2, 5)] *= rng.uniform(0.7, 0.85)
    edge = int(w * 0.02)
    g[:, :edge] *= np.linspace(0.25, 1, edge)[None, :]
    g[:, -edge:] *= np.linspace(1, 0.35, edge)[None, :]
    g += nr.normal(0, 0.02, g.shape)
    img = Image.fromarray((g.clip(0, 1) * 255).astype(np.uint8)).convert("RGB")
    return img.filter(ImageFilter.GaussianBlur(0.7))


def _table(nr, w, h, kind):
    if kind == "wood":
        base = np.array([120, 86, 58], np.float32)
        grain = np.sin(np.linspace(0, 60, h)[:, None] + nr.normal(0, 0.4, (1, w)).cumsum(1) * 0.02)
        a = base[None, None, :] * (0.85 + 0.1 * grain[..., None])
    elif kind == "dark":
        a = np.full((h, w, 3), (48, 50, 56), np.float32)
    else:  # light laminate / bedsheet
        a = np.full((h, w, 3), (196, 190, 178), np.float32)
    a += nr.normal(0, 6, (h, w))[..., None]
    return a


def phone_photo(page: Image.Image, rng: random.Random, rotate: int = 0, thumb=True):
    """A phone photo of a sheet on a table: perspective, uneven light, a shadow, a thumb
    holding a corner, colour cast, blur, JPEG. Long side 3000-4032 px."""
    nr = _np_rng(rng)
    W, H = (3024, 4032) if rng.random() < 0.6 else (2448, 3264)
    bg = _table(nr, W, H, rng.choice(["wood", "dark", "light"]))
    src = np.asarray(page.convert("RGB")).astype(np.float32)
    ph, pw = src.shape[:2]
    margin = rng.uniform(0.05, 0.12)
    cw = W * (1 - 2 * margin)
    chh = cw * ph / pw
    if chh > H * 0.93:
        chh = H * 0.93
        cw = chh * pw / ph
    x0, y0 = (W - cw) / 2 + rng.uniform(-60, 60), (H - chh) / 2 + rng.uniform(-60, 60)
    j = lambda: rng.uniform(-0.035, 0.035) * W  # noqa: E731
    dst = np.float32(
        [
            [x0 + j(), y0 + j()],
            [x0 + cw + j(), y0 + j()],
            [x0 + cw + j(), y0 + chh + j()],
            [x0 + j(), y0 + chh + j()],
        ]
    )
    srcq = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    m = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))
    # paper shadow on the table
    sh = cv2.GaussianBlur(np.roll(m, (25, 18), (0, 1)), (0, 0), 25)
    a = bg * (1 - 0.45 * sh[..., None])
    a = a * (1 - m[..., None]) + warped * m[..., None]
    # light gradient and the photographer's shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.82 + 0.18 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy + 0.5)
    poly = np.int32(
        [
            [rng.uniform(-0.2, 0.3) * W, H],
            [rng.uniform(0.4, 1.2) * W, H],
            [rng.uniform(0.5, 1.3) * W, rng.uniform(0.55, 0.85) * H],
            [rng.uniform(-0.2, 0.4) * W, rng.uniform(0.6, 0.9) * H],
        ]
    )
    shade = np.zeros((H, W), np.float32)
    cv2.fillPoly(shade, [poly], 1.0)
    shade = cv2.GaussianBlur(shade, (0, 0), 60)
    a *= (light * (1 - rng.uniform(0.18, 0.32) * shade))[..., None]
    if thumb:
        a = _thumb(a, dst, rng)
    cast = np.array([rng.uniform(1.0, 1.06), 1.0, rng.uniform(0.86, 0.97)], np.float32)
    a = a * cast[None, None, :]
    a += nr.normal(0, 4, (H, W))[..., None]
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.6)))
    if rotate:
        img = img.rotate(rotate, expand=True)
    return img


def _thumb(a, quad, rng):
    """A thumb over the page edge, near a corner (skin ellipse, nail, soft shadow)."""
    H, W = a.shape[:2]
    i = rng.randrange(4)
    cx, cy = quad[i]
    cx += rng.uniform(-40, 40) + (60 if i in (0, 3) else -60)
    cy += rng.uniform(100, 300) * (1 if i in (0, 1) else -1)
    ax, ay = rng.randint(130, 170), rng.randint(220, 290)
    ang = rng.uniform(-35, 35) + (180 if i in (2, 3) else 0)
    shadow = np.zeros((H, W), np.float32)
    cv2.ellipse(shadow, (int(cx + 25), int(cy + 20)), (ax, ay), ang, 0, 360, 1.0, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), 30)
    a *= (1 - 0.45 * shadow)[..., None]
    skin = np.zeros((H, W), np.float32)
    cv2.ellipse(skin, (int(cx), int(cy)), (ax, ay), ang, 0, 360, 1.0, -1)
    skin = cv2.GaussianBlur(skin, (0, 0), 6)
    tone = np.array(
        rng.choice([(224, 172, 140), (176, 122, 88), (120, 80, 55), (235, 190, 160)]), np.float32
    )
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    shade = 0.85 + 0.15 * np.clip(1 - np.hypot(xx - cx + 40, yy - cy + 60) / (ay * 1.2), 0, 1)
    col = tone[None, None, :] * shade[..., None]
    a = a * (1 - skin[..., None]) + col * skin[..., None]
    nail = np.zeros((H, W), np.float32)
    nd = 0.55 * ay * (1 if i in (0, 1) else -1)
    cv2.ellipse(nail, (int(cx), int(cy - nd)), (int(ax * 0.55), int(ay * 0.3)), ang, 0, 360, 1, -1)
    nail = cv2.GaussianBlur(nail, (0, 0), 5) * skin
    a = a * (1 - 0.5 * nail[..., None]) + 0.5 * nail[..., None] * np.array([240, 215, 205])
    return a


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def image_pdf(jpegs: list[bytes], dpi_list: list[int]) -> bytes:
    """A scanner's PDF: one JPEG per page, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for jb, dpi in zip(jpegs, dpi_list, strict=True):
        im = Image.open(io.BytesIO(jb))
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()
