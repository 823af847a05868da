"""How a document reaches the folder: text PDF, scanned PDF, flatbed scan, phone photo,
screenshot. Everything is seeded, so two runs give the same bytes."""

import io
import math

import cv2

cv2.setNumThreads(1)
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from .draw import rng_for

# ---------------------------------------------------------------- rasterising


def raster(pdf_bytes, page=0, dpi=200, forms=False):
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    pg = doc[page]
    img = pg.render(scale=dpi / 72.0, may_draw_forms=forms).to_pil().convert("RGB")
    pg.close()
    doc.close()
    return img


def raster_all(pdf_bytes, dpi=200, forms=False):
    doc = pdfium.PdfDocument(pdf_bytes)
    n = len(doc)
    doc.close()
    return [raster(pdf_bytes, i, dpi, forms) for i in range(n)]


def page_count(pdf_bytes):
    doc = pdfium.PdfDocument(pdf_bytes)
    n = len(doc)
    doc.close()
    return n


def blank_sheet(dpi=200, size_mm=(210, 297), color=(255, 255, 255)):
    w = int(round(size_mm[0] / 25.4 * dpi))
    h = int(round(size_mm[1] / 25.4 * dpi))
    return Image.new("RGB", (w, h), color)


def paste_mm(sheet, img, x_mm, y_mm, w_mm, dpi, angle=0.0):
    """Paste img (e.g. a card render) on sheet at (x,y) mm, scaled to w_mm wide."""
    w = int(round(w_mm / 25.4 * dpi))
    h = int(round(w * img.height / img.width))
    im = img.resize((w, h), Image.LANCZOS)
    if angle:
        im = im.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
        sheet.paste(im, (int(x_mm / 25.4 * dpi), int(y_mm / 25.4 * dpi)), im)
    else:
        sheet.paste(im, (int(x_mm / 25.4 * dpi), int(y_mm / 25.4 * dpi)))
    return sheet


# ---------------------------------------------------------------- degradations


def _to_np(img):
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _to_img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def jpeg_roundtrip(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=int(q), optimize=False, subsampling=2)
    return Image.open(io.BytesIO(b.getvalue())).convert(img.mode)


def _lowres_field(h, w, fn, factor=8):
    """Evaluate a smooth field fn(yy, xx) (coordinates in 0..1) at low resolution, upscale."""
    hs, ws = max(2, h // factor), max(2, w // factor)
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    f = fn(yy / (hs - 1), xx / (ws - 1)).astype(np.float32)
    return cv2.resize(f, (w, h), interpolation=cv2.INTER_LINEAR)


def _noise(r, h, w, sigma, factor=2):
    hs, ws = max(2, h // factor), max(2, w // factor)
    n = r.normal(0, sigma, size=(hs, ws)).astype(np.float32)
    return cv2.resize(n, (w, h), interpolation=cv2.INTER_NEAREST)


def scan_effect(
    img,
    seed,
    angle=None,
    grey=False,
    noise=4.0,
    tint=(250, 248, 244),
    dark_edge=True,
    contrast=1.0,
    blur=0.0,
):
    """A flatbed scan / photocopy: small skew, paper tint, sensor noise, shadowed edge."""
    r = rng_for("scan", seed)
    if angle is None:
        angle = float(r.uniform(0.3, 1.6)) * (1 if r.random() < 0.5 else -1)
    bg = tuple(int(v * 0.96) for v in tint)
    a = np.asarray(img.convert("L") if grey else img.convert("RGB"), dtype=np.uint8)
    h, w = a.shape[:2]
    if angle:
        R = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
        fillv = int(sum(bg) / 3) if grey else tuple(int(v) for v in bg)
        a = cv2.warpAffine(
            a, R, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fillv
        )
    # multiplicative field: paper tint x slow unevenness x shadowed edge
    k1, k2 = float(r.uniform(0.5, 1.5)), float(r.uniform(0.2, 1.0))
    shade = _lowres_field(h, w, lambda yy, xx: 1.0 - 0.035 * np.sin(np.pi * (xx * k1 + yy * k2)))
    if dark_edge:
        side = int(r.integers(0, 4))
        n = max(8, int(min(h, w) * 0.015))
        ramp = np.linspace(0.72, 1.0, n).astype(np.float32)
        if side == 0:
            shade[:n] *= ramp[:, None]
        elif side == 1:
            shade[-n:] *= ramp[::-1, None]
        elif side == 2:
            shade[:, :n] *= ramp[None, :]
        else:
            shade[:, -n:] *= ramp[None, ::-1]
    nz = _noise(r, h, w, noise)
    if grey:
        t = sum(tint) / 3.0 / 255.0
        v = a.astype(np.float32)
        if contrast != 1.0:
            v = (v - 128) * contrast + 128
        v = v * (shade * t) + nz
        res = Image.fromarray(np.clip(v, 0, 255).astype(np.uint8), "L").convert("RGB")
    else:
        t = np.array(tint, dtype=np.float32) / 255.0
        v = a.astype(np.float32)
        if contrast != 1.0:
            v = (v - 128) * contrast + 128
        v = v * (shade[:, :, None] * t[None, None, :]) + nz[:, :, None]
        res = Image.fromarray(np.clip(v, 0, 255).astype(np.uint8), "RGB")
    if blur:
        res = res.filter(ImageFilter.GaussianBlur(blur))
    return res


def _table_texture(w, h, r):
    """Background (table) at low resolution, upscaled."""
    kind = int(r.integers(0, 4))
    f = 4
    ws, hs = w // f, h // f
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    yy *= f
    xx *= f
    if kind == 0:  # wood
        base = np.array([150, 105, 70], np.float32)
        grain = np.sin((xx * 0.004 + np.sin(yy * 0.003) * 2.0) * r.uniform(20, 40)) * 0.5 + 0.5
        tex = base[None, None, :] * (0.78 + 0.22 * grain[:, :, None])
    elif kind == 1:  # grey desk
        base = np.array([128, 130, 134], np.float32)
        tex = np.broadcast_to(base, (hs, ws, 3)).copy()
    elif kind == 2:  # dark fabric
        base = np.array([48, 52, 70], np.float32)
        tex = base[None, None, :] * (0.9 + 0.1 * (np.sin(xx * 0.2) * np.sin(yy * 0.2))[:, :, None])
    else:  # light laminate
        base = np.array([205, 196, 180], np.float32)
        tex = base[None, None, :] * (0.93 + 0.07 * np.sin(yy * 0.01 + xx * 0.002)[:, :, None])
    tex += r.normal(0, 5, size=(hs, ws, 1)).astype(np.float32)
    tex = np.clip(tex, 0, 255).astype(np.uint8)
    return cv2.resize(tex, (w, h), interpolation=cv2.INTER_LINEAR)


def photo_effect(
    img, seed, long_side=3000, rotate=0, fill=0.82, tilt=0.06, blur=1.1, light=0.25, q=86
):
    """A phone photo of a sheet or card on a table: perspective, uneven light, blur, JPEG."""
    r = rng_for("photo", seed)
    src = np.asarray(img.convert("RGB"), dtype=np.uint8)
    sh, sw = src.shape[:2]
    aspect = 4 / 3
    if sh > sw:
        H, W = long_side, int(long_side / aspect)
    else:
        W, H = long_side, int(long_side / aspect)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx = W / 2 + r.uniform(-0.04, 0.04) * W
    cy = H / 2 + r.uniform(-0.04, 0.04) * H
    rot = math.radians(r.uniform(-4, 4))
    corners = np.array([[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]])
    c, s = math.cos(rot), math.sin(rot)
    corners = corners @ np.array([[c, s], [-s, c]])
    far = r.uniform(0.2, 1.0) * tilt
    corners[0, 0] += far * dw * 0.5
    corners[1, 0] -= far * dw * 0.5
    corners[0, 1] += far * dh * 0.3
    corners[1, 1] += far * dh * 0.3
    corners += r.normal(0, 0.008 * dw, size=(4, 2))
    corners[:, 0] += cx
    corners[:, 1] += cy
    src_pts = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(src_pts, np.float32(corners))
    rgba = np.dstack([src, np.full((sh, sw), 255, np.uint8)])
    warped = cv2.warpPerspective(
        rgba,
        M,
        (W, H),
        flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(0, 0, 0, 0),
    )
    f = 4
    small = (
        cv2.resize(warped[:, :, 3], (W // f, H // f), interpolation=cv2.INTER_AREA).astype(
            np.float32
        )
        / 255.0
    )
    shadow = cv2.GaussianBlur(small, (0, 0), 18 / f)
    shadow = np.roll(shadow, (int(W * 0.006 / f), int(W * 0.008 / f)), axis=(0, 1))
    lx, ly = r.uniform(0.2, 0.8), r.uniform(0.1, 0.6)
    asp = W / H

    def gainf(yy, xx):
        return 1.06 - light * np.sqrt(((xx - lx) * asp) ** 2 + (yy - ly) ** 2) / asp

    hs, ws = H // f, W // f
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    gain_s = gainf(yy / (hs - 1), xx / (ws - 1)).astype(np.float32)
    bg_mul = cv2.resize(gain_s * (1 - 0.45 * shadow), (W, H), interpolation=cv2.INTER_LINEAR)
    doc_mul = cv2.resize(gain_s, (W, H), interpolation=cv2.INTER_LINEAR)
    m = warped[:, :, 3].astype(np.float32) / 255.0
    tex = _table_texture(W, H, r)
    warm = (
        np.array([1.0, 0.985, 0.94], np.float32)
        if r.random() < 0.6
        else np.array([0.97, 0.99, 1.0], np.float32)
    )
    nz = _noise(r, H, W, 3.5)
    wb = bg_mul * (1 - m)
    wd = doc_mul * m
    out = np.empty((H, W, 3), np.uint8)
    for ch in range(3):
        v = tex[:, :, ch].astype(np.float32) * wb + warped[:, :, ch].astype(np.float32) * wd
        v = v * warm[ch] + nz
        out[:, :, ch] = np.clip(v, 0, 255).astype(np.uint8)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    im = Image.fromarray(out, "RGB")
    if rotate:
        im = im.transpose(
            {90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[rotate]
        )
    return im, q


# ---------------------------------------------------------------- writers


def save_jpeg(img, path, q=88, dpi=None):
    kw = {"quality": int(q), "optimize": False, "subsampling": 2}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "JPEG", **kw)


def save_png(img, path, dpi=None):
    kw = {"optimize": False, "compress_level": 6}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "PNG", **kw)


def images_to_pdf(images, path, dpi=200, q=70, page_mm=None, grey=False):
    """Image-only PDF (no text layer), one image per page, JPEG-compressed like scanners do."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator("")
    c.setProducer("")
    for img in images:
        if page_mm:
            wpt, hpt = page_mm[0] * mm, page_mm[1] * mm
        else:
            wpt = img.width / dpi * 72.0
            hpt = img.height / dpi * 72.0
        c.setPageSize((wpt, hpt))
        b = io.BytesIO()
        im = img.convert("L") if grey else img.convert("RGB")
        im.save(b, "JPEG", quality=int(q), optimize=False)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, wpt, hpt)
        c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())
