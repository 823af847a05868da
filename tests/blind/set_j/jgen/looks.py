"""Rendering pages and the physical looks: scan, image PDF, phone photo, screenshot."""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from . import draw as D
from .core import nprng, rng

cv2.setNumThreads(1)


def new_canvas(buf, w, h):
    D.register_fonts()
    c = rl_canvas.Canvas(buf, pagesize=(w, h), invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setTitle("")
    c.setCreator("")
    c.setProducer("")
    return c


def page_pdf(page: D.Page) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, page.w, page.h)
    if page.bg != (1, 1, 1):
        c.setFillColorRGB(*page.bg)
        c.rect(0, 0, page.w, page.h, stroke=0, fill=1)
    page.draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def render(page: D.Page, dpi: float, alpha: bool = False) -> Image.Image:
    pdf = pdfium.PdfDocument(page_pdf(page))
    pg = pdf[0]
    fill = (0, 0, 0, 0) if alpha else (255, 255, 255, 255)
    bm = pg.render(scale=dpi / 72.0, fill_color=fill, may_draw_forms=False)
    img = bm.to_pil()
    img = img.convert("RGBA" if alpha else "RGB")
    pg.close()
    pdf.close()
    return img


def jpeg_bytes(img: Image.Image, q: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(
        buf, "JPEG", quality=q, optimize=False, progressive=False, subsampling=2
    )
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False, compress_level=6)
    return buf.getvalue()


# ---------------------------------------------------------------- scan
def scan_effect(
    img: Image.Image, key: str, grey: bool = False, copy: bool = False, strength: float = 1.0
) -> Image.Image:
    r = rng("scan", key)
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    if copy:  # photocopy: harder contrast, grey toner
        v = a.mean(axis=2, keepdims=True)
        v = np.clip((v - 40) * 1.35, 0, 255)
        a = np.repeat(v, 3, axis=2)
    ink = r.uniform(0.78, 0.93)
    a = 255 - (255 - a) * ink
    tint = np.array(
        [r.uniform(0.95, 1.0), r.uniform(0.94, 0.99), r.uniform(0.88, 0.96)], dtype=np.float32
    )
    if grey:
        tint = np.array([0.96, 0.96, 0.96], dtype=np.float32) * r.uniform(0.97, 1.0)
    a = a * tint
    ang = r.uniform(0.3, 1.8) * r.choice([-1, 1]) * strength
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += r.uniform(-0.01, 0.01) * w
    m[1, 2] += r.uniform(-0.008, 0.008) * h
    border = tuple(float(v) for v in (tint * 250))
    a = cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    sig = r.uniform(0.45, 0.9) * max(1.0, w / 1800)
    a = cv2.GaussianBlur(a, (0, 0), sig)
    # scanner lid shadow on one edge
    if r.random() < 0.5:
        edge = np.linspace(0.82, 1.0, max(2, int(w * 0.03)), dtype=np.float32)
        a[:, : len(edge)] *= edge[None, :, None]
    a = a + (_noise(w, h, r) * r.uniform(2.0, 5.0))[:, :, None]
    if grey:
        v = a.mean(axis=2, keepdims=True)
        a = np.repeat(v, 3, axis=2)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------- photo
def _table(key: str, W: int, H: int) -> np.ndarray:
    r = rng("table", key)
    g = nprng("table", key)
    kinds = [
        ((0.55, 0.38, 0.24), "wood"),
        ((0.42, 0.3, 0.2), "wood"),
        ((0.78, 0.76, 0.72), "plain"),
        ((0.3, 0.32, 0.36), "plain"),
        ((0.85, 0.82, 0.75), "plain"),
        ((0.62, 0.52, 0.42), "wood"),
        ((0.2, 0.25, 0.3), "fabric"),
        ((0.9, 0.9, 0.88), "plain"),
    ]
    col, kind = kinds[r.randrange(len(kinds))]
    w4, h4 = W // 4, H // 4
    small = g.normal(0, 1, (h4 // 16 + 2, w4 // 16 + 2)).astype(np.float32)
    low = cv2.resize(small, (w4, h4), interpolation=cv2.INTER_CUBIC)
    fac = 1 + (0.03 if kind == "plain" else 0.06) * low
    if kind == "wood":
        yy = np.arange(h4, dtype=np.float32)[:, None]
        xx = np.arange(w4, dtype=np.float32)[None, :]
        grain = np.sin(yy / r.uniform(2.5, 5.5) + 3 * np.sin(xx / r.uniform(75, 175)) + low * 2)
        fac = fac * (1 + 0.07 * grain)
    fac = cv2.resize(fac, (W, H), interpolation=cv2.INTER_LINEAR)
    base = np.empty((H, W, 3), np.float32)
    for i in range(3):
        base[:, :, i] = fac * (col[i] * 255)
    if kind == "fabric":
        base *= (1 + 0.05 * _noise(W, H, r))[:, :, None]
    return base


_NOISE = {}


def _noise(W: int, H: int, r) -> np.ndarray:
    """Unit gaussian noise of size (H, W), from a cached field shifted by seeded offsets."""
    big = _NOISE.get("f")
    if big is None:
        big = np.random.default_rng(12345).standard_normal((4100, 4100)).astype(np.float32)
        _NOISE["f"] = big
    oy = r.randrange(0, 4100 - H + 1) if H < 4100 else 0
    ox = r.randrange(0, 4100 - W + 1) if W < 4100 else 0
    return big[oy : oy + H, ox : ox + W]


def photo_effect(
    img: Image.Image, key: str, frame=None, fill=None, rot90: int = 0, card: bool = False
) -> Image.Image:
    """Photograph of a page/card lying on a table."""
    r = rng("photo", key)
    g = nprng("photo", key)
    src = np.asarray(img.convert("RGBA"), dtype=np.float32)
    sh, sw = src.shape[:2]
    if frame is None:
        frame = r.choice([(3024, 4032), (3000, 4000), (2448, 3264), (2736, 3648)])
        if sw > sh:
            frame = (frame[1], frame[0])
    W, H = frame
    fill = fill or r.uniform(0.72, 0.88)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx = W / 2 + r.uniform(-0.05, 0.05) * W
    cy = H / 2 + r.uniform(-0.05, 0.05) * H
    ang = math.radians(r.uniform(-6, 6))
    corners = np.array([[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]])
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = corners @ rot.T + np.array([cx, cy])
    # perspective: one side farther away
    persp = r.uniform(0.02, 0.07)
    side = r.randrange(4)
    i0, i1 = side, (side + 1) % 4
    mid = dst.mean(axis=0)
    for i in (i0, i1):
        dst[i] = dst[i] + (mid - dst[i]) * persp
    dst += g.normal(0, 0.006 * min(W, H), dst.shape)
    srcq = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], dtype=np.float32)
    M = cv2.getPerspectiveTransform(srcq, dst.astype(np.float32))
    rgb = src[:, :, :3]
    alpha = src[:, :, 3:] / 255.0
    warped = cv2.warpPerspective(
        rgb,
        M,
        (W, H),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(0, 0, 0),
    )
    mask = cv2.warpPerspective(
        alpha, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
    )
    if mask.ndim == 2:
        mask = mask[:, :, None]
    table = _table(key, W, H)
    # drop shadow
    small = cv2.resize(mask[:, :, 0], (W // 4, H // 4), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), min(W, H) * 0.003)
    off = int(min(W, H) * 0.002)
    small = np.roll(np.roll(small, off, axis=0), off, axis=1)
    shadow = cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR)
    table *= (1 - 0.45 * shadow)[:, :, None]
    out = table * (1 - mask) + warped * mask
    # lighting: gradient + radial + a soft shadow blob, computed small then enlarged
    w8, h8 = max(8, W // 8), max(8, H // 8)
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    yy /= h8
    xx /= w8
    gx, gy = r.uniform(-1, 1), r.uniform(-1, 1)
    grad = 1 + r.uniform(0.08, 0.22) * ((xx - 0.5) * gx + (yy - 0.5) * gy)
    rx, ry = r.uniform(0.2, 0.8), r.uniform(0.2, 0.8)
    rad = np.sqrt((xx - rx) ** 2 + (yy - ry) ** 2)
    light = grad * (1.06 - r.uniform(0.12, 0.3) * rad)
    if r.random() < 0.6:
        bx, by = r.uniform(0, 1), r.uniform(0, 1)
        blob = np.exp(
            -(((xx - bx) / r.uniform(0.15, 0.3)) ** 2 + ((yy - by) / r.uniform(0.15, 0.3)) ** 2)
        )
        light *= 1 - r.uniform(0.15, 0.3) * blob
    cast = np.array(
        [r.uniform(0.97, 1.06), r.uniform(0.97, 1.02), r.uniform(0.86, 0.98)], dtype=np.float32
    )
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    out *= light[:, :, None] * cast
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.7, 1.4))
    out += (_noise(W, H, r) * r.uniform(2.5, 5.0))[:, :, None]
    res = np.clip(out, 0, 255).astype(np.uint8)
    if rot90:
        res = np.ascontiguousarray(np.rot90(res, k=rot90))
    return Image.fromarray(res)


# ---------------------------------------------------------------- PDF writers
def write_text_pdf(path, pages: list[D.Page]):
    buf = io.BytesIO()
    c = new_canvas(buf, pages[0].w, pages[0].h)
    for pg in pages:
        c.setPageSize((pg.w, pg.h))
        if pg.bg != (1, 1, 1):
            c.setFillColorRGB(*pg.bg)
            c.rect(0, 0, pg.w, pg.h, stroke=0, fill=1)
        pg.draw(c)
        c.showPage()
    c.save()
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_image_pdf(path, jpegs: list[tuple[bytes, float, float]]):
    buf = io.BytesIO()
    c = new_canvas(buf, jpegs[0][1], jpegs[0][2])
    for data, w, h in jpegs:
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, w, h)
        c.showPage()
    c.save()
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())
