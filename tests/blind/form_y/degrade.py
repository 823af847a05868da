"""Flatbed scans, phone photos on a table, and scanner PDFs (images only)."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pikepdf
from PIL import Image
from reportlab.lib.pagesizes import A4

cv2.setNumThreads(1)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**31))


def scan(img: Image.Image, rng: random.Random, src_dpi: float, dpi: float) -> Image.Image:
    """A flatbed scan: grey-ish paper, slight skew, grain, a touch of blur."""
    nr = _np_rng(rng)
    if abs(src_dpi - dpi) > 1:
        img = img.resize(
            (round(img.width * dpi / src_dpi), round(img.height * dpi / src_dpi)), Image.LANCZOS
        )
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    base = rng.uniform(236, 251)
    paper = np.array([base, base - rng.uniform(0, 3), base - rng.uniform(1, 9)], np.float32)
    # uneven lamp: a gentle gradient along the scan direction
    g = np.linspace(rng.uniform(0.95, 1.0), rng.uniform(0.97, 1.02), a.shape[0], dtype=np.float32)
    contrast = np.float32(rng.uniform(1.0, 1.12))
    a *= (paper / 255.0)[None, None, :] * g[:, None, None]
    a += (nr.standard_normal(a.shape[:2], dtype=np.float32) * rng.uniform(2.0, 5.0))[:, :, None]
    a = (a - 128) * contrast + np.float32(128 + rng.uniform(-6, 4))
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.3, 0.8))
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.3, 1.3), 1.0)
    bg = tuple(float(v) for v in paper * 0.82)
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=bg)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rng.random() < 0.3:
        out = out.convert("L").convert("RGB")
    return out


def _table(nr, w: int, h: int, kind: str) -> np.ndarray:
    if kind == "wood":
        base = np.array([120, 82, 50], np.float32)
        yy = np.linspace(0, 1, h)[:, None]
        xx = np.linspace(0, 1, w)[None, :]
        grain = np.sin(xx * 80 + np.sin(yy * 7) * 3 + nr.normal(0, 0.05, (1, w))) * 12
        t = base[None, None, :] + grain[:, :, None] * np.ones((h, 1, 1))
    elif kind == "dark":
        t = np.ones((h, w, 3), np.float32) * np.array([48, 50, 56], np.float32)
    elif kind == "white":
        t = np.ones((h, w, 3), np.float32) * np.array([214, 212, 206], np.float32)
    else:  # fabric / grey desk
        t = np.ones((h, w, 3), np.float32) * np.array([128, 132, 138], np.float32)
    small = nr.normal(0, 9, (h // 8 + 1, w // 8 + 1)).astype(np.float32)
    t += cv2.resize(small, (w, h))[:, :, None]
    return t.astype(np.float32)


def photo(img: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the page lying on a table."""
    nr = _np_rng(rng)
    long_side = rng.choice([3024, 3264, 4000, 2560, 3840])
    short = int(long_side * 0.75)
    W, H = short, long_side
    bg = _table(nr, W, H, rng.choice(["wood", "dark", "white", "grey"]))
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    scale = rng.uniform(0.78, 0.92) * H / ph
    cw, ch = pw * scale, ph * scale
    ox, oy = (
        (W - cw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - ch) / 2 + rng.uniform(-0.03, 0.03) * H,
    )
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    k = 0.05 * W
    dst = np.float32(
        [
            [ox + j(k), oy + j(k)],
            [ox + cw + j(k), oy + j(k)],
            [ox + cw + j(k), oy + ch + j(k)],
            [ox + j(k), oy + ch + j(k)],
        ]
    )
    # tilt: one edge shorter than the other (camera not parallel to the page)
    tilt = rng.uniform(-0.06, 0.06) * cw
    dst[0, 0] += tilt
    dst[1, 0] -= tilt
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # light fields are smooth: compute them at 1/8 and scale up
    sw, shh = W // 8, H // 8
    small = cv2.resize(mask, (sw, shh), interpolation=cv2.INTER_AREA)
    sh = np.roll(cv2.GaussianBlur(small, (0, 0), 2.3), (2, 1), axis=(0, 1))
    yy, xx = np.mgrid[0:shh, 0:sw].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    grad = np.cos(ang) * xx / sw + np.sin(ang) * yy / shh
    light = 1.0 - rng.uniform(0.08, 0.22) * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    r2 = ((xx - sw / 2) / sw) ** 2 + ((yy - shh / 2) / shh) ** 2
    light *= 1.0 - rng.uniform(0.1, 0.3) * r2
    if rng.random() < 0.5:  # the phone's shadow
        cx, cy = rng.uniform(0.2, 0.8) * sw, rng.uniform(-0.1, 0.3) * shh
        rad = rng.uniform(0.25, 0.45) * sw
        blob = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * rad**2)))
        light *= 1.0 - rng.uniform(0.15, 0.3) * blob
    cast = np.array([rng.uniform(0.94, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.9, 1.03)])
    table_light = cv2.resize((1 - 0.35 * sh) * light, (W, H), interpolation=cv2.INTER_LINEAR)
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    m3 = mask[:, :, None]
    a = warped * m3 * light[:, :, None] + bg * table_light[:, :, None] * (1 - m3)
    a *= cast[None, None, :].astype(np.float32)
    a += (nr.standard_normal((H, W), dtype=np.float32) * rng.uniform(2.5, 6))[:, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    blur = rng.uniform(0.6, 1.6)
    a = cv2.GaussianBlur(a, (0, 0), blur)
    return Image.fromarray(a)


def rotate_quarter(img: Image.Image, quarter: int) -> Image.Image:
    """Rotate by 90 * quarter degrees counter-clockwise (a photo saved without EXIF turn)."""
    if quarter % 4 == 0:
        return img
    return img.transpose([None, Image.ROTATE_90, Image.ROTATE_180, Image.ROTATE_270][quarter % 4])


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img = img if img.mode in ("RGB", "L") else img.convert("RGB")
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def image_pdf(pages: list[Image.Image], rng: random.Random, producer: str) -> bytes:
    """A scanner's PDF: each page one JPEG (DCTDecode), no text layer."""
    pdf = pikepdf.new()
    q = rng.randint(60, 82)
    for im in pages:
        grey = rng.random() < 0.25
        data = jpeg_bytes(im.convert("L") if grey else im, q)
        xo = pikepdf.Stream(pdf, data)
        xo.Type = pikepdf.Name.XObject
        xo.Subtype = pikepdf.Name.Image
        xo.Width, xo.Height = im.width, im.height
        xo.ColorSpace = pikepdf.Name.DeviceGray if grey else pikepdf.Name.DeviceRGB
        xo.BitsPerComponent = 8
        xo.Filter = pikepdf.Name.DCTDecode
        page = pdf.add_blank_page(page_size=A4)
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xo))
        page.Contents = pdf.make_stream(b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % A4)
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/Creator"] = producer
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()
