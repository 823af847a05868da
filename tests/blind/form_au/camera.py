"""What happens to a paper page: flatbed scan, phone photo, scanner PDF."""

import io

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from layout import PAGE_H, PAGE_W


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


def scan(img, rng, dpi_out=200):
    """A flatbed scan: grey paper, slight skew, a little noise and blur."""
    nrng = _np_rng(rng)
    if dpi_out != 200:
        img = img.resize(
            (int(img.width * dpi_out / 200), int(img.height * dpi_out / 200)), Image.LANCZOS
        )
    a = np.asarray(img, dtype=np.float32)
    g = rng.uniform(0.9, 0.97)
    paper = np.array([g + rng.uniform(0, 0.012), g, g - rng.uniform(0, 0.02)])
    a = a * paper + rng.uniform(2, 8)
    a += nrng.normal(0, 3.0, a.shape[:2])[..., None]
    h, w = a.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    edge = tuple(float(v) for v in (np.array([238, 238, 236]) * paper))
    a = cv2.warpAffine(
        np.clip(a, 0, 255).astype(np.uint8),
        m,
        (w, h),
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=edge,
    )
    out = Image.fromarray(a)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def phone_photo(img, rng, rotate=0):
    """A phone photo of the page on a table: perspective, shadow, colour cast, blur."""
    nrng = _np_rng(rng)
    long_side = rng.choice([3024, 3264, 4000, 2592])
    short = int(long_side * 3 / 4)
    W, H = short, long_side
    # table: a warm or grey surface with low-frequency texture
    base = np.array(
        rng.choice([(120, 92, 66), (150, 140, 128), (92, 86, 80), (180, 170, 150)]),
        dtype=np.float32,
    )
    tex = cv2.resize(nrng.normal(0, 1, (H // 64, W // 64)).astype(np.float32), (W, H))
    grain = cv2.GaussianBlur(nrng.normal(0, 1, (H // 4, W // 4)).astype(np.float32), (0, 0), 3)
    grain = cv2.resize(grain, (W, H))
    table = base + (tex * 12 + grain * 10)[..., None]
    # page corners on the photo
    pw = W * rng.uniform(0.78, 0.9)
    ph = pw * 297 / 210
    if ph > H * 0.93:
        ph = H * 0.93
        pw = ph * 210 / 297
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.035 * W
    dst = np.float32(
        [
            [cx - pw / 2 + rng.uniform(-j, j), cy - ph / 2 + rng.uniform(-j, j)],
            [cx + pw / 2 + rng.uniform(-j, j), cy - ph / 2 + rng.uniform(-j, j)],
            [cx + pw / 2 + rng.uniform(-j, j), cy + ph / 2 + rng.uniform(-j, j)],
            [cx - pw / 2 + rng.uniform(-j, j), cy + ph / 2 + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    m = cv2.getPerspectiveTransform(src, dst)
    page = np.asarray(img, dtype=np.uint8)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full(page.shape[:2], 255, np.uint8), m, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0).astype(np.float32)[..., None] / 255.0
    # soft drop shadow of the page on the table
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), W / 150)
    sh = np.roll(sh, (int(W / 200), int(W / 160)), axis=(0, 1))[..., None]
    table = table * (1 - 0.35 * sh)
    a = warped.astype(np.float32) * mask + table * (1 - mask)
    # uneven light: a gradient plus the shadow of the phone/hand across one side
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.13 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    if rng.random() < 0.7:
        k0 = rng.uniform(0.2, 0.8)
        side = rng.choice([0, 1])
        d = (xx / W if side else yy / H) + 0.25 * (yy / H if side else xx / W) - k0
        light *= 1 - 0.22 / (1 + np.exp(d * 18))
    a *= light[..., None]
    cast = np.array([rng.uniform(1.0, 1.07), rng.uniform(0.97, 1.02), rng.uniform(0.85, 0.97)])
    a = a * cast
    a += nrng.normal(0, 4.0, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    out = Image.fromarray(a)
    if rotate:
        out = out.rotate(rotate, expand=True)
    return out


def jpeg_bytes(img, q):
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def image_pdf(path, pages_jpeg):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setCreator("Canon MF Scan Utility")
    c.setProducer("Canon iR-ADV C3530")
    for data in pages_jpeg:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, PAGE_W, PAGE_H)
        c.showPage()
    c.save()
