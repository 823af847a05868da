"""Scanner and phone-camera looks: skew, grey paper, shadow, perspective, JPEG."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31 - 1))


def scan(img: Image.Image, rng, dpi: int, target_dpi: int) -> Image.Image:
    """A flatbed scan: grey paper, slight skew, sensor noise, soft focus."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    if target_dpi != dpi:
        f = target_dpi / dpi
        a = cv2.resize(a, (int(a.shape[1] * f), int(a.shape[0] * f)), interpolation=cv2.INTER_AREA)
    paper = np.array([rng.uniform(232, 250)] * 3, dtype=np.float32)
    paper += np.array([rng.uniform(-3, 3), rng.uniform(-3, 3), rng.uniform(-6, 1)])
    a = a * (paper / 255.0)[None, None, :]
    h, w = a.shape[:2]
    ang = rng.uniform(-1.4, 1.4)
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-30, 30), h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-0.01, 0.01) * w
    m[1, 2] += rng.uniform(-0.01, 0.01) * h
    border = float(rng.uniform(200, 245))
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(border,) * 3)
    # darker band along the scanner lid edge
    if rng.random() < 0.5:
        ramp = np.clip(1 - np.arange(w) / (0.04 * w), 0, 1)[None, :, None] * rng.uniform(40, 90)
        a = a - (ramp if rng.random() < 0.5 else ramp[:, ::-1])
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.35, 0.8))
    a = a + nr.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _table(nr, rng, w, h):
    kind = rng.choice(["wood", "grey", "white", "dark", "cloth"])
    base = {"wood": (150, 105, 70), "grey": (120, 120, 118), "white": (215, 212, 205),
            "dark": (45, 42, 40), "cloth": (70, 85, 120)}[kind]  # fmt: skip
    t = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)[None, None, :]
    if kind == "wood":
        stripes = np.sin(np.linspace(0, rng.uniform(30, 60), h))[:, None] * 12
        t += (stripes + nr.normal(0, 6, (h, 1)))[..., None]
    small = nr.normal(0, 10, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
    t += cv2.resize(small, (w, h))[..., None]
    return t


def phone(img: Image.Image, rng, rot: int = 0) -> Image.Image:
    """A phone photo of a page lying on a table."""
    nr = _np_rng(rng)
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    long_side = rng.choice([3000, 3264, 4000, 4032, 2592])
    H = long_side
    W = int(long_side * 3 / 4)
    bg = _table(nr, rng, W, H)
    fill = rng.uniform(0.78, 0.92)
    sc = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * sc, ph * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    persp = rng.uniform(0.0, 0.06)
    top_shrink = persp * cw * rng.choice([1, -0.3])
    dst = np.float32([
        [cx - cw / 2 + top_shrink + j(25), cy - ch / 2 + j(25)],
        [cx + cw / 2 - top_shrink + j(25), cy - ch / 2 + j(25)],
        [cx + cw / 2 + j(25), cy + ch / 2 + j(25)],
        [cx - cw / 2 + j(25), cy + ch / 2 + j(25)],
    ])  # fmt: skip
    ang = np.deg2rad(rng.uniform(-4, 4))
    rmat = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = (dst - [cx, cy]) @ rmat.T + [cx, cy]
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # a soft drop shadow of the sheet on the table
    sh = cv2.GaussianBlur(np.roll(mask[..., 0], (14, 10), (0, 1)), (0, 0), 18)[..., None]
    bg = bg * (1 - 0.45 * sh)
    out = warped * mask + bg * (1 - mask)
    # uneven light: a gradient and a shadow of the phone / hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + rng.uniform(0.08, 0.22) * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    r = np.sqrt((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2)
    light = light * (1 - rng.uniform(0.05, 0.2) * r)
    if rng.random() < 0.7:
        ex, ey = rng.uniform(0.2, 0.8) * W, rng.choice([-0.1, 1.1]) * H
        d = np.sqrt((xx - ex) ** 2 + (yy - ey) ** 2) / H
        blob = np.clip(1 - d / rng.uniform(0.35, 0.6), 0, 1)
        light = light * (1 - rng.uniform(0.12, 0.3) * cv2.GaussianBlur(blob, (0, 0), 40))
    out = out * light[..., None]
    cast = np.array([rng.uniform(0.96, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.86, 1.0)])
    if rng.random() < 0.3:
        cast = cast[::-1]
    out = out * cast[None, None, :].astype(np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.6))
    out = out + nr.normal(0, rng.uniform(2.5, 6), (H, W)).astype(np.float32)[..., None]
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rot:
        res = res.rotate(rot, expand=True)
    return res


def jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def image_pdf(jpegs: list[bytes], sizes_pt: list[tuple]) -> bytes:
    """A scanner's PDF: one JPEG per page, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setCreator("HP Scan")
    c.setProducer("HP Digital Imaging")
    for data, (w, h) in zip(jpegs, sizes_pt):
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()
