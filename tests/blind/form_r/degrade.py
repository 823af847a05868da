"""Scanner and phone-camera looks for page rasters; scanner PDFs of JPEG pages."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(2**32))


def scan(page: Image.Image, rng, dpi_from: float, dpi_to: float) -> Image.Image:
    """Flatbed scan: grey paper, slight skew, resample to dpi_to, sensor noise."""
    nr = _np_rng(rng)
    arr = np.asarray(page.convert("RGB"), dtype=np.float32)
    paper = np.array([rng.uniform(228, 250)] * 3, dtype=np.float32)
    paper += np.array([rng.uniform(-3, 3), rng.uniform(-3, 3), rng.uniform(-6, 2)])
    arr = arr / 255.0 * paper[None, None, :]
    # a darker band along one edge where the lid did not close
    h, w = arr.shape[:2]
    if rng.random() < 0.4:
        ramp = np.clip(1 - np.linspace(0, 1, w) * 12, 0, 1)[None, :, None]
        arr = arr * (1 - 0.35 * ramp)
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    f = dpi_to / dpi_from
    img = img.resize((int(w * f), int(h * f)), Image.Resampling.LANCZOS)
    angle = rng.uniform(-1.6, 1.6)
    img = img.rotate(
        angle, Image.Resampling.BICUBIC, expand=False, fillcolor=tuple(int(v) for v in paper)
    )
    if rng.random() < 0.5:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    a = np.asarray(img, dtype=np.float32)
    a += nr.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def _table(nr, rng, w, h):
    kind = rng.choice(["wood", "desk", "dark", "cloth"])
    base = {
        "wood": (rng.uniform(120, 160), rng.uniform(85, 110), rng.uniform(50, 70)),
        "desk": (rng.uniform(190, 215), rng.uniform(190, 210), rng.uniform(185, 205)),
        "dark": (rng.uniform(40, 70), rng.uniform(40, 65), rng.uniform(40, 60)),
        "cloth": (rng.uniform(90, 140), rng.uniform(100, 130), rng.uniform(120, 170)),
    }[kind]
    small = nr.normal(0, 1, (max(2, h // 40), max(2, w // 40))).astype(np.float32)
    tex = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    if kind == "wood":
        grain = np.sin(np.linspace(0, rng.uniform(30, 60), h))[:, None] * 10
        tex = tex * 6 + grain
    else:
        tex = tex * 5
    out = np.empty((h, w, 3), np.float32)
    for i in range(3):
        out[..., i] = base[i] + tex
    return out


def phone_photo(page: Image.Image, rng, long_side: int) -> Image.Image:
    """Page lying on a table photographed by a phone: perspective, shadow, cast, blur."""
    nr = _np_rng(rng)
    pg = np.asarray(page.convert("RGB"), dtype=np.float32)
    ph, pw = pg.shape[:2]
    portrait = rng.random() < 0.8
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    out = _table(nr, rng, W, H)
    fill = rng.uniform(0.78, 0.93)
    s = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * s, ph * s
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-j, j) * cw, cy - ch / 2 + rng.uniform(-j, j) * ch],
            [cx + cw / 2 + rng.uniform(-j, j) * cw, cy - ch / 2 + rng.uniform(-j, j) * ch],
            [cx + cw / 2 + rng.uniform(-j, j) * cw, cy + ch / 2 + rng.uniform(-j, j) * ch],
            [cx - cw / 2 + rng.uniform(-j, j) * cw, cy + ch / 2 + rng.uniform(-j, j) * ch],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(pg, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    # soft drop shadow under the sheet
    shadow = cv2.GaussianBlur(mask, (0, 0), 12)
    shadow = np.roll(shadow, (int(rng.uniform(4, 14)), int(rng.uniform(4, 14))), (0, 1))
    out = out * (1 - 0.35 * shadow[..., None])
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: gradient plus a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    if rng.random() < 0.6:
        bx, by = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.25, 0.5) * W
        blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * r * r)))
        light = light * (1 - rng.uniform(0.15, 0.3) * blob)
    vign = 1 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    cast = np.array([rng.uniform(0.96, 1.06), rng.uniform(0.97, 1.03), rng.uniform(0.88, 1.0)])
    out = out * (light * vign)[..., None] * cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.4))
    out += nr.normal(0, rng.uniform(2.5, 5), out.shape[:2]).astype(np.float32)[..., None]
    img = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    return img


def rotate_quarter(img: Image.Image, quarters: int) -> Image.Image:
    if quarters % 4 == 0:
        return img
    return img.transpose(
        {
            1: Image.Transpose.ROTATE_90,
            2: Image.Transpose.ROTATE_180,
            3: Image.Transpose.ROTATE_270,
        }[quarters % 4]
    )


def jpeg_bytes(img: Image.Image, quality: int, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def png_bytes(img: Image.Image, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.save(buf, "PNG", **kw)
    return buf.getvalue()


def image_pdf(jpegs: list[bytes]) -> bytes:
    """A scanner's PDF: one A4 page per JPEG, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.27, 841.89), invariant=1)
    c.setCreator("Canon iR-ADV C3530 PDF")
    for data in jpegs:
        im = ImageReader(io.BytesIO(data))
        c.drawImage(im, 0, 0, 595.27, 841.89)
        c.showPage()
    c.save()
    return buf.getvalue()
