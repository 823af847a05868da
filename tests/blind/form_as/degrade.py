"""Make a clean page raster look scanned (flatbed, scanner PDF) or photographed by a phone."""

import io

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
A4_PT = (595.27, 841.89)


def scan(img, rng, dpi_from=200, dpi_to=200):
    """Flatbed scan: grey paper, slight skew and offset, noise, a touch of blur."""
    if dpi_to != dpi_from:
        s = dpi_to / dpi_from
        img = img.resize((int(img.width * s), int(img.height * s)), Image.LANCZOS)
    a = np.asarray(img, np.float32)
    tint = np.array([rng.uniform(0.92, 0.97)] * 3, np.float32)
    tint[2] *= rng.uniform(0.97, 1.0)
    a = a * tint + rng.uniform(-4, 2)
    h, w = a.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-10, 14)
    edge = tuple(float(v) for v in (235 * tint))
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=edge)
    nrng = np.random.default_rng(rng.randrange(2**32))
    a += nrng.normal(0, rng.uniform(2.0, 4.5), a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def _table(rng, w, h, nrng):
    kind = rng.choice(("wood", "desk", "cloth"))
    if kind == "wood":
        base = np.array([rng.uniform(120, 160), rng.uniform(80, 105), rng.uniform(45, 65)])
        ys = np.arange(h)[:, None]
        xs = np.arange(w)[None, :]
        grain = np.sin(xs / rng.uniform(18, 40) + 3 * np.sin(ys / rng.uniform(150, 300))) * 14
        t = base[None, None, :] + grain[..., None]
    elif kind == "desk":
        g = rng.uniform(170, 215)
        t = np.ones((h, w, 3)) * np.array([g, g * 0.99, g * 0.96])
    else:
        t = np.ones((h, w, 3)) * np.array([rng.uniform(40, 70), rng.uniform(55, 80), 95.0])
    t = t + nrng.normal(0, 6, (h, w))[..., None]
    return t.astype(np.float32)


def photo(img, rng, rotate=0):
    """Phone photo of a page on a table: perspective, shadow, light gradient, cast, blur."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    W, H = (3024, 4032) if rng.random() < 0.6 else (2448, 3264)
    bg = _table(rng, W, H, nrng)
    scale = rng.uniform(0.78, 0.9) * H / img.height
    pw, ph = img.width * scale, img.height * scale
    cx, cy = W / 2 + rng.uniform(-80, 80), H / 2 + rng.uniform(-80, 80)
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    k = 0.045
    dst = np.float32(
        [
            [cx - pw / 2 + rng.uniform(-k, k) * pw, cy - ph / 2 + rng.uniform(-k, k) * ph],
            [cx + pw / 2 + rng.uniform(-k, k) * pw, cy - ph / 2 + rng.uniform(-k, k) * ph],
            [cx + pw / 2 + rng.uniform(-k, k) * pw, cy + ph / 2 + rng.uniform(-k, k) * ph],
            [cx - pw / 2 + rng.uniform(-k, k) * pw, cy + ph / 2 + rng.uniform(-k, k) * ph],
        ]
    )
    # keep the page inside the frame
    dst[:, 0] = np.clip(dst[:, 0], 20, W - 20)
    dst[:, 1] = np.clip(dst[:, 1], 20, H - 20)
    m = cv2.getPerspectiveTransform(src, dst)
    page = np.asarray(img, np.float32)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(
        np.ones(page.shape[:2], np.float32), m, (W, H), flags=cv2.INTER_LINEAR
    )[..., None]
    # soft drop shadow of the sheet on the table
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), 25)[..., None]
    bg = bg * (1 - 0.35 * np.roll(sh, (18, 12), (0, 1)))
    a = warped * mask + bg * (1 - mask)
    # uneven light: linear gradient + a phone shadow blob
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(ang) * (xs / W - 0.5) + np.sin(ang) * (ys / H - 0.5)) * rng.uniform(0.15, 0.3)
    light = 1.0 - grad
    if rng.random() < 0.7:
        bx, by = rng.uniform(0.1, 0.9) * W, rng.uniform(0.0, 0.4) * H
        r = rng.uniform(0.25, 0.45) * W
        blob = np.exp(-(((xs - bx) ** 2 + (ys - by) ** 2) / (2 * r * r)))
        light *= 1 - rng.uniform(0.15, 0.3) * blob
    cast = np.array([rng.uniform(1.0, 1.06), rng.uniform(0.97, 1.01), rng.uniform(0.86, 0.95)])
    a = a * light[..., None] * cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.9, 1.8))
    a += nrng.normal(0, rng.uniform(2.5, 5), (H, W))[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if rotate:
        a = np.rot90(a, k=rotate // 90)  # counter-clockwise quarter turns
    return Image.fromarray(np.ascontiguousarray(a), "RGB")


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def save_jpeg(img, path, quality=85):
    with open(path, "wb") as f:
        f.write(jpeg_bytes(img, quality))


def save_png(img, path):
    img.save(path, "PNG", optimize=False)


def images_to_pdf(images, path, quality=72, title=None):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    c = canvas.Canvas(path, pagesize=A4_PT, invariant=1)
    c.setCreator("Canon MF Scan Utility" if title is None else title)
    for img in images:
        data = jpeg_bytes(img, quality)
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=A4_PT[0], height=A4_PT[1])
        c.showPage()
    c.save()
