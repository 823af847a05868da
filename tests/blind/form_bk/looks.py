"""How a filled page reaches the CPAM: flatbed scan, scanner PDF, phone photo."""

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def _lowfreq(rng, h, w, cells=6):
    g = np.array([[rng.random() for _ in range(cells)] for _ in range(cells)], np.float32)
    return cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)


def paper(img, rng):
    """Printed page on slightly grey or cream paper with a little toner unevenness."""
    t = rng.uniform(232, 248)
    tint = np.array([t, t - rng.uniform(0, 4), t - rng.uniform(0, 9)], np.float32) / 255.0
    out = img.astype(np.float32) * tint[None, None, :]
    h, w = img.shape[:2]
    out *= (0.97 + 0.03 * _lowfreq(rng, h, w))[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def scan(img, rng, dpi):
    """Flatbed scan of a 300 dpi page at `dpi`: skew, border, noise."""
    h, w = img.shape[:2]
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-25, 25)
    m[1, 2] += rng.uniform(-25, 25)
    lid = int(rng.choice([250, 235, 70]))
    out = cv2.warpAffine(img, m, (w, h), borderValue=(lid, lid, lid), flags=cv2.INTER_LINEAR)
    if dpi != 300:
        s = dpi / 300.0
        out = cv2.resize(out, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    noise = np.array(
        [[rng.gauss(0, 1) for _ in range(64)] for _ in range(64)], np.float32
    ) * rng.uniform(1.5, 4)
    nh, nw = out.shape[:2]
    tiled = np.tile(noise, (nh // 64 + 1, nw // 64 + 1))[:nh, :nw]
    out = np.clip(out.astype(np.float32) + tiled[..., None], 0, 255).astype(np.uint8)
    if rng.random() < 0.4:
        out = cv2.GaussianBlur(out, (3, 3), 0.5)
    return out


def _table(rng, h, w):
    kind = rng.choice(["wood", "white", "grey", "dark"])
    base = {
        "wood": (150, 105, 70),
        "white": (225, 222, 215),
        "grey": (140, 142, 146),
        "dark": (55, 50, 48),
    }[kind]
    lf = _lowfreq(rng, h, w, 5)
    bg = np.empty((h, w, 3), np.float32)
    for i in range(3):
        bg[..., i] = base[i] * (0.85 + 0.3 * lf)
    if kind == "wood":
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        ph = rng.uniform(0, 6.28)
        stripes = 0.9 + 0.1 * np.sin(ys / rng.uniform(25, 60) + np.sin(xs / 300 + ph) * 3)
        bg *= stripes[..., None]
    return bg


def photo(img, rng):
    """Phone photo of a page lying on a table (RGB uint8 in, RGB uint8 out)."""
    ph, pw = img.shape[:2]
    W, H = rng.choice([(3024, 4032), (3000, 4000), (2448, 3264), (2736, 3648), (2268, 4032)])
    if H > 4000:
        W, H = int(W * 4000 / H), 4000
    bg = _table(rng, H, W)
    ratio = ph / pw
    pg_h = H * rng.uniform(0.74, 0.9)
    pg_w = pg_h / ratio
    if pg_w > W * 0.95:
        pg_w = W * 0.95
        pg_h = pg_w * ratio
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    k = 0.05
    dst = np.float32(
        [
            [cx - pg_w / 2 + rng.uniform(-k, k) * pg_w, cy - pg_h / 2 + rng.uniform(-k, k) * pg_h],
            [cx + pg_w / 2 + rng.uniform(-k, k) * pg_w, cy - pg_h / 2 + rng.uniform(-k, k) * pg_h],
            [cx + pg_w / 2 + rng.uniform(-k, k) * pg_w, cy + pg_h / 2 + rng.uniform(-k, k) * pg_h],
            [cx - pg_w / 2 + rng.uniform(-k, k) * pg_w, cy + pg_h / 2 + rng.uniform(-k, k) * pg_h],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(img, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), m, (W, H))
    a = (cv2.GaussianBlur(mask, (5, 5), 1.2).astype(np.float32) / 255.0)[..., None]
    out = bg * (1 - a) + warped.astype(np.float32) * a
    # light: gradient + vignette + a soft shadow (phone / hand)
    ys = np.linspace(-1, 1, H, dtype=np.float32)[:, None]
    xs = np.linspace(-1, 1, W, dtype=np.float32)[None, :]
    gx, gy = rng.uniform(-0.18, 0.18), rng.uniform(-0.18, 0.18)
    light = 1.0 + gx * xs + gy * ys - 0.12 * (xs**2 + ys**2)
    sh = np.zeros((H // 8, W // 8), np.float32)
    sx0 = int(rng.uniform(0, 0.6) * sh.shape[1])
    sy0 = int(rng.uniform(0.4, 0.8) * sh.shape[0]) if rng.random() < 0.5 else 0
    cv2.rectangle(
        sh, (sx0, sy0), (sx0 + sh.shape[1] // 3, sy0 + sh.shape[0] // 3), rng.uniform(0.2, 0.4), -1
    )
    sh = cv2.GaussianBlur(sh, (0, 0), sh.shape[1] / 14)
    light -= cv2.resize(sh, (W, H))
    out *= light[..., None] * rng.uniform(0.88, 1.05)
    cast = np.array([rng.uniform(0.93, 1.07), 1.0, rng.uniform(0.88, 1.06)], np.float32)
    out *= cast[None, None, :]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.6))
    rot = rng.choice([0, 0, 0, 1, 2, 3])
    if rot:
        out = np.ascontiguousarray(np.rot90(out, rot))
    return out, rot


def jpeg_bytes(arr, quality):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def png_bytes(arr):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "PNG")
    return buf.getvalue()


def image_pdf(pages, quality=80):
    """A scanner's PDF: each page one JPEG image, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for arr in pages:
        jb = jpeg_bytes(arr, quality)
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
