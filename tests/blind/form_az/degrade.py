"""Scanner and phone-camera looks for page rasters (numpy RGB uint8)."""

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

A4 = (595.28, 841.89)


def scan(page, rng, out_dpi, src_dpi):
    """Flatbed scan: grey-ish paper, slight skew and offset, noise, mild blur."""
    img = page.astype(np.float32)
    tint = np.array([rng.uniform(232, 246)] * 3, np.float32) + rng.uniform(-3, 3)
    img = img * (tint / 255.0)[None, None, :]
    h, w = img.shape[:2]
    ang = rng.uniform(-1.2, 1.2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-12, 12)
    M[1, 2] += rng.uniform(-10, 14)
    img = cv2.warpAffine(img, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250,) * 3)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    img += nr.normal(0, rng.uniform(2, 5), img.shape).astype(np.float32)
    if rng.random() < 0.6:  # dark edge from the scanner lid
        edge = rng.choice(["top", "left", "right"])
        k = int(w * 0.012)
        if edge == "top":
            img[:k] *= 0.35
        elif edge == "left":
            img[:, :k] *= 0.4
        else:
            img[:, -k:] *= 0.4
    img = np.clip(img, 0, 255).astype(np.uint8)
    scale = out_dpi / src_dpi
    img = cv2.resize(img, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    img = cv2.GaussianBlur(img, (3, 3), rng.uniform(0.3, 0.7))
    return img


def _table(rng, w, h):
    nr = np.random.default_rng(rng.randint(0, 2**31))
    kind = rng.choice(["wood", "dark", "cloth", "formica"])
    base = {
        "wood": (105, 140, 175),  # BGR-ish stored as RGB below
        "dark": (55, 52, 50),
        "cloth": (95, 110, 150),
        "formica": (205, 205, 198),
    }[kind]
    col = np.array(base[::-1] if kind == "wood" else base, np.float32)
    img = np.ones((h, w, 3), np.float32) * col
    grain = nr.normal(0, 1, (h // 6 + 1, w // 90 + 1)).astype(np.float32)
    grain = cv2.resize(grain, (w, h), interpolation=cv2.INTER_CUBIC)
    if kind != "wood":
        grain = cv2.resize(nr.normal(0, 1, (h // 40 + 1, w // 40 + 1)).astype(np.float32), (w, h))
    img += grain[:, :, None] * (9 if kind == "wood" else 4)
    img += nr.normal(0, 3, img.shape).astype(np.float32)
    return img


def photo(page, rng, long_side=None):
    """Phone photo of a page on a table: perspective, shadow, light falloff, cast, blur."""
    ph, pw = page.shape[:2]
    long_side = long_side or rng.choice([3000, 3264, 4000, 2592])
    landscape = rng.random() < 0.25
    W, H = (long_side, int(long_side * 0.75)) if landscape else (int(long_side * 0.75), long_side)
    bg = _table(rng, W, H)
    # where the page corners land
    fill = rng.uniform(0.72, 0.9)
    ph_t = H * fill if not landscape else H * 0.92
    pw_t = ph_t * pw / ph
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    corners = np.array(
        [
            [-pw_t / 2, -ph_t / 2],
            [pw_t / 2, -ph_t / 2],
            [pw_t / 2, ph_t / 2],
            [-pw_t / 2, ph_t / 2],
        ],
        np.float32,
    )
    a = np.radians(rng.uniform(-4, 4))
    R = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    corners = corners @ R.T
    corners += np.array([cx, cy], np.float32)
    # keystone: top narrower (phone tilted)
    k = rng.uniform(0.0, 0.06) * pw_t
    corners[0, 0] += k
    corners[1, 0] -= k
    corners += np.array(
        [[rng.uniform(-15, 15), rng.uniform(-15, 15)] for _ in range(4)], np.float32
    )
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    M = cv2.getPerspectiveTransform(src, corners)
    paper = page.astype(np.float32) * rng.uniform(0.9, 0.98)
    warped = cv2.warpPerspective(paper, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 1.2)[:, :, None]
    # soft drop shadow of the sheet
    sh = cv2.GaussianBlur(mask[:, :, 0], (0, 0), 18)
    sh = np.roll(sh, (12, 10), (0, 1))[:, :, None]
    bg = bg * (1 - 0.45 * sh)
    img = bg * (1 - mask) + warped * mask
    # uneven light: a gradient and a soft hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.12 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1 - 0.35 * r2
    if rng.random() < 0.7:
        sx, sy = rng.uniform(0, W), rng.uniform(0, H)
        blob = np.exp(-(((xx - sx) / (W * 0.35)) ** 2 + ((yy - sy) / (H * 0.3)) ** 2))
        light *= 1 - rng.uniform(0.12, 0.28) * blob
    img *= light[:, :, None]
    cast = np.array([rng.uniform(0.95, 1.06), 1.0, rng.uniform(0.86, 1.0)], np.float32)
    img *= cast[None, None, :]
    nr = np.random.default_rng(rng.randint(0, 2**31))
    img += nr.normal(0, rng.uniform(2.5, 5), img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.8, 1.6))
    return img


def rotate(img, quarter):
    """Rotate by quarter * 90 degrees counter-clockwise (as a phone saves it untagged)."""
    return np.ascontiguousarray(np.rot90(img, quarter))


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def save_jpeg(img, path, quality, dpi=None):
    kw = {"quality": quality}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    Image.fromarray(img).save(path, "JPEG", **kw)


def save_png(img, path, dpi=None):
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    Image.fromarray(img).save(path, "PNG", **kw)


def image_pdf(imgs, path, quality, producer="Canon MF Scan Utility"):
    """A scanner PDF: one JPEG per page, no text layer."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setProducer(producer)
    c.setCreator(producer)
    for img in imgs:
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, quality))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
