"""What happens to a paper form after it is filled: flatbed scans, scanner PDFs, phone photos."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

A4 = (595.28, 841.89)


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(2**32))
    return g.normal(0.0, sigma, shape).astype(np.float32)


def _lowfreq(rng, h, w, cells=6, amp=1.0):
    g = np.random.default_rng(rng.randrange(2**32))
    small = g.normal(0.0, amp, (cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan(page: np.ndarray, rng, dpi_in: float, dpi_out: int, gray: bool) -> Image.Image:
    """A flatbed scan of one printed page."""
    h, w = page.shape[:2]
    k = dpi_out / dpi_in
    img = cv2.resize(
        page, (int(w * k), int(h * k)), interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_CUBIC
    ).astype(np.float32)
    h, w = img.shape[:2]
    # paper tint and the toner of a cheap print
    tint = np.array([rng.uniform(232, 250)] * 3, np.float32)
    tint[2] -= rng.uniform(0, 8)
    img = img / 255.0 * tint[None, None, :]
    img += _lowfreq(rng, h, w, 5, 4.0)[..., None]
    # skew
    ang = rng.uniform(-1.6, 1.6)
    M = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), ang, 1.0)
    M[:, 2] += (rng.uniform(-0.01, 0.01) * w, rng.uniform(-0.008, 0.008) * h)
    bg = float(rng.uniform(215, 250))
    img = cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=(bg, bg, bg))
    # lid shadow on one edge
    if rng.random() < 0.55:
        band = int(w * rng.uniform(0.004, 0.015))
        side = rng.choice(["l", "r", "t", "b"])
        ramp = np.linspace(0.35, 1.0, band, dtype=np.float32)
        if side == "l":
            img[:, :band] *= ramp[None, :, None]
        elif side == "r":
            img[:, w - band :] *= ramp[::-1][None, :, None]
        elif side == "t":
            img[:band] *= ramp[:, None, None]
        else:
            img[h - band :] *= ramp[::-1][:, None, None]
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.35, 0.8))
    img += _noise(rng, (h, w, 1), rng.uniform(1.5, 4.5))
    # dust specks
    g = np.random.default_rng(rng.randrange(2**32))
    for _ in range(rng.randint(0, 8)):
        x, y = int(g.integers(0, w)), int(g.integers(0, h))
        v = float(g.integers(90, 170))
        cv2.circle(img, (x, y), 1, (v, v, v), -1)
    img = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(img, "RGB")
    if gray:
        pil = pil.convert("L")
    return pil


_BACKGROUNDS = [
    ((118, 82, 52), "wood"),
    ((150, 110, 72), "wood"),
    ((58, 58, 64), "plain"),
    ((214, 210, 200), "plain"),
    ((190, 176, 150), "cloth"),
    ((92, 110, 128), "plain"),
]


def session(rng) -> dict:
    """What stays the same for every page shot in one go: phone, table, light colour."""
    return dict(
        size=rng.choice([(3024, 4032), (3000, 4000), (2448, 3264), (2736, 3648)]),
        bg=rng.choice(_BACKGROUNDS),
        seed=rng.randrange(2**32),
        cast=rng.choice(
            [(1.06, 1.0, 0.88), (0.95, 1.0, 1.06), (1.03, 1.01, 0.95), (1.0, 1.0, 1.0)]
        ),
    )


def photo(page: np.ndarray, rng, sess: dict) -> Image.Image:
    """A phone photo of the page lying on a table."""
    W, H = sess["size"]
    col, kind = sess["bg"]
    trng = random.Random(sess["seed"])
    bg = np.empty((H, W, 3), np.float32)
    bg[:] = np.array(col, np.float32)
    bg += _lowfreq(trng, H, W, 4, 10.0)[..., None]
    if kind == "wood":
        g = np.random.default_rng(trng.randrange(2**32))
        grain = g.normal(0, 1, (48, 900)).astype(np.float32)
        grain = cv2.resize(grain, (W, H), interpolation=cv2.INTER_CUBIC)
        grain = cv2.GaussianBlur(grain, (0, 0), 1.5)
        if trng.random() < 0.5:
            grain = cv2.resize(grain.T, (W, H))
        bg += (grain * trng.uniform(5.0, 9.0))[..., None]
    elif kind == "cloth":
        bg += _noise(trng, (H, W, 1), 6.0)
    ph, pw = page.shape[:2]
    scale = rng.uniform(0.72, 0.88) * H / ph
    tw, th = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.022
    dst = np.float32(
        [
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
        ]
    )
    # a keystone: the phone is held closer to one edge
    if rng.random() < 0.6:
        d = rng.uniform(0.01, 0.035) * tw
        dst[0, 0] += d
        dst[1, 0] -= d
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H))
    mask = cv2.GaussianBlur(mask.astype(np.float32) / 255.0, (0, 0), 1.2)[..., None]
    # paper is never pure white in a photo
    paper = warped.astype(np.float32) * rng.uniform(0.86, 0.97)
    img = bg * (1 - mask) + paper * mask
    # light: gradient, vignette and a soft shadow (hand / phone)
    yy, xx = np.mgrid[0:64, 0:48].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = 1.0 + rng.uniform(0.08, 0.22) * (
        (xx / 48 - 0.5) * np.cos(ang) + (yy / 64 - 0.5) * np.sin(ang)
    )
    vig = 1.0 - rng.uniform(0.08, 0.2) * (((xx / 48 - 0.5) ** 2 + (yy / 64 - 0.5) ** 2) * 2)
    light = grad * vig
    if rng.random() < 0.7:
        sh = np.zeros((64, 48), np.float32)
        px = rng.uniform(0, 48)
        pts = np.int32(
            [
                [px, -5],
                [px + rng.uniform(8, 22), -5],
                [px + rng.uniform(-6, 20), rng.uniform(18, 45)],
                [px - rng.uniform(4, 14), rng.uniform(14, 40)],
            ]
        )
        cv2.fillPoly(sh, [pts], 1.0)
        if rng.random() < 0.5:
            sh = sh[::-1].copy()
        sh = cv2.GaussianBlur(sh, (0, 0), rng.uniform(2.5, 5.0))
        light *= 1.0 - sh * rng.uniform(0.2, 0.38)
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_CUBIC)
    img *= light[..., None]
    img *= np.array(sess["cast"], np.float32)[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.7, 1.5))
    img += _noise(rng, (H, W, 1), rng.uniform(2.5, 6.0))
    img = np.clip(img, 0, 255).astype(np.uint8)
    return Image.fromarray(img, "RGB")


def rotate(pil: Image.Image, quarter: int) -> Image.Image:
    return {
        0: pil,
        1: pil.transpose(Image.ROTATE_90),
        2: pil.transpose(Image.ROTATE_180),
        3: pil.transpose(Image.ROTATE_270),
    }[quarter % 4]


def encode(pil: Image.Image, fmt: str, quality: int = 88) -> bytes:
    buf = io.BytesIO()
    if fmt == "png":
        pil.save(buf, "PNG", optimize=False)
    else:
        pil.save(buf, "JPEG", quality=quality, subsampling=2 if quality < 90 else 0)
    return buf.getvalue()


def image_pdf(jpegs: list[bytes]) -> bytes:
    """A scanner's PDF: one JPEG per page, no text layer."""
    buf = io.BytesIO()
    size = A4
    c = Canvas(buf, pagesize=size, invariant=1)
    c.setTitle("")
    c.setCreator("Scan")
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()
