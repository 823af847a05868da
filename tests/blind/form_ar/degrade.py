"""Make a clean page raster look scanned or photographed with a phone."""

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def scan(img, rng):
    """Flatbed scan: grey-ish paper, slight skew, noise, soft blur."""
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    tint = np.array([rng.uniform(0.93, 0.98), rng.uniform(0.93, 0.97), rng.uniform(0.90, 0.96)])
    grad = np.linspace(1.0, rng.uniform(0.95, 1.0), h, dtype=np.float32)[:, None, None]
    a = a * tint[None, None, :] * grad
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-8, 8), rng.uniform(-8, 8))
    border = tuple(float(v) for v in tint * 235)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.35, 0.7))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, rng.uniform(2.0, 4.5), a.shape[:2])[..., None]
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def _background(w, h, rng, nrng):
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (150, 105, 70),
        "grey": (120, 122, 125),
        "white": (215, 212, 205),
        "dark": (55, 50, 48),
    }[kind]
    bg = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        streak = nrng.normal(0, 1, (h, 1)).astype(np.float32)
        streak = cv2.GaussianBlur(streak, (0, 0), 6)
        bg += streak[..., None] * 25
    low = cv2.resize(nrng.normal(0, 1, (8, 6)).astype(np.float32), (w, h))
    bg += low[..., None] * 10
    bg += nrng.normal(0, 4, (h, w))[..., None]
    return bg


def phone_photo(img, rng, rotate=0):
    """Phone photo of a sheet on a table: perspective, light, shadow, cast, blur, JPEG-ready."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    page = np.asarray(img.convert("RGB"), dtype=np.float32)
    ph, pw = page.shape[:2]
    long_side = rng.choice([3024, 3264, 4000, 4032])
    H = long_side
    W = int(long_side * 3 / 4)
    bg = _background(W, H, rng, nrng)
    fill = rng.uniform(0.78, 0.92)
    sc = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * sc, ph * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.045
    dst = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dst.append(
            (
                cx + dx * cw / 2 + rng.uniform(-j, j) * cw,
                cy + dy * ch / 2 + rng.uniform(-j, j) * ch,
            )
        )
    # slight keystone: top narrower when the phone is tilted
    k = rng.uniform(0, 0.05) * cw
    dst[0] = (dst[0][0] + k, dst[0][1])
    dst[1] = (dst[1][0] - k, dst[1][1])
    src = np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)])
    M = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # a soft drop shadow of the sheet on the table
    shadow = cv2.GaussianBlur(np.roll(mask[..., 0], (14, 10), axis=(0, 1)), (0, 0), 18)
    bg *= 1 - 0.35 * shadow[..., None]
    out = warped * mask + bg * (1 - mask)
    # uneven light: linear gradient plus a radial falloff, and a hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    lin = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) * rng.uniform(0.15, 0.35)
    rad = ((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * rng.uniform(0.2, 0.5)
    light = 1.0 + lin - rad
    if rng.random() < 0.6:
        sx = rng.uniform(0.1, 0.9) * W
        sh = np.clip((xx - sx) / (0.25 * W) + (yy / H - 0.5) * rng.uniform(-1, 1), 0, 1)
        light *= 1 - rng.uniform(0.12, 0.3) * cv2.GaussianBlur(sh, (0, 0), 40)
    out *= light[..., None]
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.86, 1.0)])
    out *= cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.6))
    out += nrng.normal(0, rng.uniform(2.5, 5.0), out.shape[:2])[..., None]
    out = out.clip(0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=rotate // 90))
    return Image.fromarray(out)


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def image_pdf(pages, path, rng):
    """A scanner's PDF: each page a JPEG image filling an A4 page, no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    q = rng.randint(70, 88)
    for img in pages:
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, q))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
