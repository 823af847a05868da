"""Turn a clean page raster into what applicants send: flatbed scan, scanner PDF, phone photo."""

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(2**31))


def scan(img, rng, grey=True):
    """Flatbed scan look: slight skew, paper tone, toner noise, light blur. Returns uint8 RGB."""
    nr = _np_rng(rng)
    h, w = img.shape[:2]
    out = img.astype(np.float32)
    if grey:
        tone = rng.uniform(228, 246)
        out = out * (tone / 255.0) + rng.uniform(0, 4)
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-12, 12), rng.uniform(-10, 10))
    bg = tuple(float(v) for v in out[5, 5])
    out = cv2.warpAffine(out, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=bg)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.35, 0.8))
    out += nr.normal(0, rng.uniform(2.0, 4.5), out.shape[:2])[..., None]
    if rng.random() < 0.5:  # a dark lid edge along one side
        k = int(w * 0.012)
        out[:, :k] *= np.linspace(0.35, 1, k)[None, :, None]
    if not grey:
        out = out.mean(axis=2, keepdims=True).repeat(3, axis=2)
    return np.clip(out, 0, 255).astype(np.uint8)


def phone_photo(img, rng, rotate=0, long_side=None):
    """A page photographed on a table: perspective, shading, colour cast, blur, noise."""
    nr = _np_rng(rng)
    h, w = img.shape[:2]
    long_side = long_side or rng.choice([3024, 3264, 4000, 4032])
    H = long_side
    W = int(long_side * 3 / 4)
    # table background: wood/fabric-like colour with low-frequency texture
    base = np.array(
        rng.choice([(120, 86, 60), (160, 128, 96), (70, 70, 75), (190, 185, 176), (95, 60, 40)]),
        np.float32,
    )
    tex = cv2.resize(nr.normal(0, 1, (H // 40, W // 40)).astype(np.float32), (W, H))
    streak = cv2.resize(nr.normal(0, 1, (H // 4, 6)).astype(np.float32), (W, H))
    table = base[None, None, :] * (1 + 0.06 * tex[..., None] + 0.05 * streak[..., None])
    # page corners in the photo
    fill = rng.uniform(0.8, 0.92)
    pw, ph = W * fill, W * fill * h / w
    if ph > H * 0.94:
        ph = H * 0.94
        pw = ph * w / h
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.035 * W
    dst = np.array(
        [
            [cx - pw / 2 + rng.uniform(-j, j), cy - ph / 2 + rng.uniform(-j, j)],
            [cx + pw / 2 + rng.uniform(-j, j), cy - ph / 2 + rng.uniform(-j, j)],
            [cx + pw / 2 + rng.uniform(-j, j), cy + ph / 2 + rng.uniform(-j, j)],
            [cx - pw / 2 + rng.uniform(-j, j), cy + ph / 2 + rng.uniform(-j, j)],
        ],
        np.float32,
    )
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(img.astype(np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    # soft shadow of the page on the table
    sh = cv2.GaussianBlur(mask, (0, 0), W * 0.01)
    sh = np.roll(sh, (int(W * 0.008), int(W * 0.006)), axis=(0, 1))
    table *= (1 - 0.35 * sh)[..., None]
    out = page * mask[..., None] + table * (1 - mask[..., None])
    # uneven light: a gradient plus a phone/hand shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + rng.uniform(0.06, 0.16) * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    if rng.random() < 0.7:
        bx, by = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * H
        r = rng.uniform(0.25, 0.45) * W
        blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * r * r)))
        light *= 1 - rng.uniform(0.12, 0.3) * blob
    out *= light[..., None] * rng.uniform(0.88, 1.0)
    cast = np.array([rng.uniform(0.96, 1.04), rng.uniform(0.97, 1.02), rng.uniform(0.88, 0.98)])
    out *= cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.8))
    out += nr.normal(0, rng.uniform(2.5, 5.0), out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k={90: -1, 180: 2, 270: 1}[rotate]))
    return out


def jpeg_bytes(arr, quality):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def save_image(arr, path, quality=85, dpi=None):
    im = Image.fromarray(arr)
    if str(path).lower().endswith(".png"):
        im.save(path, "PNG", dpi=(dpi, dpi) if dpi else None)
    elif dpi:
        im.save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    else:
        im.save(path, "JPEG", quality=quality)


def images_to_pdf(arrs, path, quality=80, title=None):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
    c.setCreator("Canon MF Scan Utility")
    for a in arrs:
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(a, quality))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
