"""Scanner, scanner-PDF and phone-photo looks applied to page rasters."""

import io

import cv2
import numpy as np
from layout import H, W
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


def scan(img, rng, grey=0.0):
    """Flatbed scan: slight skew, paper tint, sensor noise, softening."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    t0 = rng.uniform(0.93, 0.985)
    tint = np.array([t0 + rng.uniform(0, 0.012), t0, t0 - rng.uniform(0, 0.03)])
    tint = tint * (1 - grey)
    a = a * tint[None, None, :] + 255 * (1 - tint[None, None, :]) * 0.15
    ang = rng.uniform(-1.1, 1.1)
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-12, 12)
    border = tuple(float(v) for v in (235 * tint))
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.45, 0.8))
    a += nr.normal(0, rng.uniform(2.5, 5.0), a.shape[:2])[..., None]
    # faint vertical streak from the scanner glass
    if rng.random() < 0.5:
        x = int(rng.uniform(0.1, 0.9) * w)
        a[:, x : x + 2] *= 0.93
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def phone_photo(img, rng, long_side=3200, rot=0):
    """A page lying on a table photographed with a phone."""
    nr = _np_rng(rng)
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    cw, ch = int(pw * rng.uniform(1.18, 1.32)), int(ph * rng.uniform(1.1, 1.2))
    # table: wood-ish or grey with low-frequency texture
    base = np.array(
        rng.choice([(120, 84, 52), (150, 118, 86), (96, 96, 100), (188, 180, 168), (70, 58, 50)]),
        dtype=np.float32,
    )
    tex = cv2.resize(nr.normal(0, 1, (ch // 40 + 2, cw // 8 + 2)).astype(np.float32), (cw, ch))
    table = base[None, None, :] + tex[..., None] * 14
    # page corners with perspective jitter
    mx, my = (cw - pw) / 2, (ch - ph) / 2
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    k = 0.028
    dst = np.float32(
        [
            [mx + j(pw * k), my + j(ph * k)],
            [mx + pw + j(pw * k), my + j(ph * k)],
            [mx + pw + j(pw * k), my + ph + j(ph * k * 0.6)],
            [mx + j(pw * k), my + ph + j(ph * k * 0.6)],
        ]
    )
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (cw, ch), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (cw, ch))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # drop shadow of the page on the table
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), 18)
    sh = np.roll(sh, (int(rng.uniform(6, 20)), int(rng.uniform(6, 20))), axis=(0, 1))[..., None]
    table = table * (1 - 0.35 * sh)
    out = warped * mask + table * (1 - mask)
    # uneven light: a gradient plus a soft shadow blob (hand / phone)
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.12 * (gx * (xx / cw - 0.5) + gy * (yy / ch - 0.5))
    bx, by = rng.uniform(0, cw), rng.uniform(0, ch)
    rad = rng.uniform(0.2, 0.45) * max(cw, ch)
    blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * rad * rad)))
    light = light * (1 - rng.uniform(0.08, 0.22) * blob)
    cast = np.array([rng.uniform(1.0, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.96)])
    out = out * light[..., None] * cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.9, 1.6))
    out += nr.normal(0, rng.uniform(3, 6), out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    scale = long_side / max(cw, ch)
    out = cv2.resize(out, (int(cw * scale), int(ch * scale)), interpolation=cv2.INTER_AREA)
    if rot:
        out = np.rot90(out, k=rot // 90).copy()
    return Image.fromarray(out)


def save_jpeg(img, path, quality):
    img.save(path, "JPEG", quality=quality, optimize=False)


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def images_to_pdf(path, images, quality, dpi):
    """A scanner's PDF: each page one JPEG image, no text layer."""
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setCreator("EPSON Scan")
    c.setProducer("EPSON Scan")
    for img in images:
        pw, ph = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((pw, ph))
        data = io.BytesIO(jpeg_bytes(img, quality))
        c.drawImage(ImageReader(data), 0, 0, pw, ph)
        c.showPage()
    c.save()
