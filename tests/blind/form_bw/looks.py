"""How the pages reach the CPAM: flatbed scans, scanner PDFs, phone photos."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from layout import H, W


def scan(img, rng, grey=True):
    """Flatbed scan: paper tone, slight skew, noise, soft focus."""
    a = np.asarray(img.convert("RGB"), np.float32)
    tone = rng.uniform(0.9, 0.97)
    tint = np.array([1.0, rng.uniform(0.985, 1.0), rng.uniform(0.95, 0.99)], np.float32)
    a = 255 - (255 - a) * rng.uniform(0.85, 1.0)  # toner/ink a bit lighter
    a = a * tone * tint
    h, w = a.shape[:2]
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    a = a * (1 - 0.04 * yy * rng.uniform(0, 1))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, rng.uniform(2, 5), a.shape).astype(np.float32)
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    border = float(rng.uniform(200, 235))
    a = cv2.warpAffine(
        a,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(border, border, border),
    )
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if grey:
        out = out.convert("L")
    return out


def _table(rng, w, h):
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (120, 84, 52),
        "grey": (120, 122, 126),
        "white": (205, 200, 192),
        "dark": (48, 46, 50),
    }[kind]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        grain = nrng.normal(0, 1, (1, w)).astype(np.float32)
        grain = cv2.GaussianBlur(grain, (0, 0), 6)[0]
        a = a * (1 + 0.18 * grain[None, :, None])
    a += nrng.normal(0, 6, (h, w, 1)).astype(np.float32)
    return a


def phone_photo(img, rng, rotate=0):
    """Photo of a page on a table: perspective, shadow, colour cast, blur, rotation."""
    page = np.asarray(img.convert("RGB"), np.float32)
    ph, pw = page.shape[:2]
    out_w, out_h = (3024, 4032) if rng.random() < 0.7 else (2448, 3264)
    bg = _table(rng, out_w, out_h)
    fill = rng.uniform(0.8, 0.9)
    th = out_h * fill
    tw = th * pw / ph
    cx = out_w / 2 + rng.uniform(-0.04, 0.04) * out_w
    cy = out_h / 2 + rng.uniform(-0.03, 0.03) * out_h
    if tw > out_w * 0.94:
        tw = out_w * 0.94
        th = tw * ph / pw
    j = 0.035
    dst = []
    for sx, sy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        dst.append(
            (cx + sx * tw / 2 + rng.uniform(-j, j) * tw, cy + sy * th / 2 + rng.uniform(-j, j) * th)
        )
    # keystone: top narrower or wider
    k = rng.uniform(-0.04, 0.04) * tw
    dst[0] = (dst[0][0] + k, dst[0][1])
    dst[1] = (dst[1][0] - k, dst[1][1])
    src = np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)])
    m = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(page, m, (out_w, out_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (out_w, out_h))
    # a soft drop shadow of the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    sh = np.roll(sh, (14, 10), (0, 1))
    bg = bg * (1 - 0.45 * sh[..., None])
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a gradient and a hand/phone shadow blob, computed small then enlarged
    sw, shh = out_w // 8, out_h // 8
    yy, xx = np.mgrid[0:shh, 0:sw].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = np.cos(ang) * (xx / sw - 0.5) + np.sin(ang) * (yy / shh - 0.5)
    light = 1 - rng.uniform(0.12, 0.28) * (g + 0.5)
    bx, by = rng.uniform(0.1, 0.9) * sw, rng.uniform(0.1, 0.9) * shh
    blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * (0.22 * sw) ** 2)))
    light = light * (1 - rng.uniform(0.08, 0.22) * blob)
    light = cv2.resize(light, (out_w, out_h), interpolation=cv2.INTER_LINEAR)
    a = a * light[..., None]
    cast = np.array([rng.uniform(1.0, 1.07), 1.0, rng.uniform(0.86, 0.97)], np.float32)
    a = a * cast * rng.uniform(0.88, 1.0)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, 3.5, a.shape).astype(np.float32)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    out = np.clip(a, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=-(rotate // 90)))
    return Image.fromarray(out)


def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def images_pdf(path, jpegs):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setAuthor("")
    c.setProducer("Scan to PDF")
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, W, H)
        c.showPage()
    c.save()
