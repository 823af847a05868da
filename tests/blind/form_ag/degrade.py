"""Capture looks: flatbed scan, faint photocopy scanned to PDF, phone photo on a table."""

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


def scan(img, rng, tint=(246, 244, 238)):
    """Flatbed scan: small skew, off-white paper, slight blur and noise."""
    nrng = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    paper = np.array(tint, np.float32)
    a = a / 255.0 * paper
    a += nrng.normal(0, 3.0, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-1.3, 1.3), resample=Image.BICUBIC, expand=False, fillcolor=tint)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def photocopy(img, rng):
    """Faint, grey photocopy: washed out, toner speckle, dark band at an edge."""
    nrng = _np_rng(rng)
    g = np.asarray(img.convert("L")).astype(np.float32)
    g = 255 - (255 - g) * rng.uniform(0.45, 0.6)  # faint toner
    h, w = g.shape
    g += nrng.normal(0, 6, g.shape)
    speck = nrng.random(g.shape) < 0.0012
    g[speck] -= nrng.uniform(60, 140, speck.sum())
    band = int(w * rng.uniform(0.01, 0.025))
    g[:, :band] *= np.linspace(0.55, 1.0, band)[None, :]
    g *= np.linspace(0.97, 1.0, h)[:, None]
    g = cv2.GaussianBlur(np.clip(g, 0, 255), (3, 3), 0.8)
    out = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8))
    return out.rotate(rng.uniform(-1.8, 1.8), resample=Image.BICUBIC, fillcolor=225)


def _table(w, h, rng, nrng):
    kind = rng.choice(["wood", "grey", "cloth"])
    if kind == "wood":
        base = np.array([120, 85, 55], np.float32) * rng.uniform(0.8, 1.15)
        ys = np.arange(h)[:, None]
        xs = np.arange(w)[None, :]
        grain = np.sin(ys / rng.uniform(9, 20) + np.sin(xs / 260.0) * 3.0) * 14
        t = base[None, None, :] + grain[..., None]
    elif kind == "grey":
        t = np.full((h, w, 3), rng.uniform(95, 150), np.float32)
        t[..., 2] += 6
    else:
        t = np.full((h, w, 3), [70, 85, 110], np.float32) * rng.uniform(0.8, 1.2)
    t += nrng.normal(0, 5, (h, w, 1))
    return t


def phone_photo(img, rng, long_side=4032, rotate=0):
    """Page photographed on a table: perspective, shadow, warm cast, vignette, blur."""
    nrng = _np_rng(rng)
    W, H = int(long_side * 0.75), long_side
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    scale = H * rng.uniform(0.74, 0.86) / ph
    cw, chh = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = W * 0.035
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-j, j) + j * 0.8, cy - chh / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j) - j * 0.8, cy - chh / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy + chh / 2 + rng.uniform(-j, j)],
            [cx - cw / 2 + rng.uniform(-j, j), cy + chh / 2 + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 1.2)[..., None]
    table = _table(W, H, rng, nrng)
    # soft drop shadow of the page on the table
    sh = cv2.GaussianBlur(np.roll(mask[..., 0], (18, 14), (0, 1)), (0, 0), 25)[..., None]
    table *= 1 - 0.45 * sh
    out = warped * mask + table * (1 - mask)
    # uneven light: a gradient plus a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.12 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    bx, by = rng.uniform(0.1, 0.9) * W, rng.uniform(0.6, 1.0) * H
    blob = np.exp(-(((xx - bx) / (W * 0.35)) ** 2 + ((yy - by) / (H * 0.25)) ** 2))
    light *= 1 - rng.uniform(0.15, 0.3) * blob
    vig = 1 - 0.25 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    out *= (light * vig)[..., None]
    cast = np.array([1.04, 1.0, 0.88]) if rng.random() < 0.6 else np.array([0.95, 1.0, 1.06])
    out *= cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += nrng.normal(0, 3.5, out.shape[:2])[..., None]
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def images_to_pdf(images, quality=60, dpi=200):
    """A scanner's PDF: each page one JPEG image, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        data = io.BytesIO(jpeg_bytes(im.convert("RGB") if im.mode != "L" else im, quality))
        c.drawImage(ImageReader(data), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
