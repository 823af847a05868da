"""Turn rendered pages into flatbed scans or phone photos (deterministic, OpenCV, 1 thread)."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)


def render(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_numpy()
        out.append(img[..., :3].copy())  # pdfium renders BGR(x): OpenCV order
    doc.close()
    return out


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randint(0, 2**31))
    return g.normal(0, sigma, shape).astype(np.float32)


def scan(img, rng, grey=True):
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    tint = np.array([rng.uniform(0.9, 0.97), rng.uniform(0.92, 0.98), rng.uniform(0.93, 0.99)])
    f = 255 - (255 - f) * rng.uniform(0.85, 1.0)
    f = f * tint.astype(np.float32)
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    bg = float(rng.uniform(200, 245))
    f = cv2.warpAffine(f, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(bg, bg, bg))
    # dark edge where the lid did not close
    edge = int(w * rng.uniform(0.0, 0.02))
    if edge:
        ramp = np.linspace(0.55, 1.0, edge, dtype=np.float32)[None, :, None]
        f[:, :edge] *= ramp
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.4, 0.9))
    f += _noise(rng, f.shape, rng.uniform(2, 5))
    out = np.clip(f, 0, 255).astype(np.uint8)
    if grey and rng.random() < 0.35:
        out = cv2.cvtColor(cv2.cvtColor(out, cv2.COLOR_BGR2GRAY), cv2.COLOR_GRAY2BGR)
    return out


def photo(img, rng, rot=0, long_side=4032):
    """A page on a table, photographed by a phone; rot in (0, 90, 180, 270) clockwise."""
    ph, pw = img.shape[:2]
    W, H = int(long_side * 3 / 4), long_side
    table = [(60, 90, 130), (150, 150, 145), (95, 125, 160), (200, 205, 210), (40, 45, 55)]
    base = np.array(rng.choice(table), np.float32)
    g = np.random.default_rng(rng.randint(0, 2**31))
    low = cv2.resize(g.normal(0, 1, (12, 9)).astype(np.float32), (W, H))
    grain = cv2.GaussianBlur(g.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 3)
    bg = base[None, None, :] * (1 + 0.12 * low[..., None]) + 10 * grain[..., None]
    # destination quad
    sc = rng.uniform(0.74, 0.88) * H / ph
    dw, dh = pw * sc, ph * sc
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045
    quad = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
        ]
    )
    # small in-plane rotation of the quad
    a = np.deg2rad(rng.uniform(-4, 4))
    rm = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    quad = (quad - [cx, cy]) @ rm.T + [cx, cy]
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, quad.astype(np.float32))
    paper = img.astype(np.float32) * np.float32(rng.uniform(0.9, 0.98))
    warped = cv2.warpPerspective(paper, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))[..., None]
    f = bg * (1 - mask) + warped * mask
    # soft shadow: drop shadow of the paper and a phone/hand shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 1 - rng.uniform(0.1, 0.3) * (
        (xx / W) * rng.uniform(-1, 1) + (yy / H) * rng.uniform(-1, 1)
    )
    f *= light[..., None]
    sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * H
    r = rng.uniform(0.3, 0.5) * W
    d = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2)
    sh = 1 - rng.uniform(0.15, 0.4) * np.clip(1.2 - d / r, 0, 1)
    f *= cv2.GaussianBlur(sh, (0, 0), 40)[..., None]
    cast = np.array([rng.uniform(0.85, 1.0), rng.uniform(0.95, 1.02), rng.uniform(1.0, 1.1)])
    f *= cast.astype(np.float32)
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.8, 2.0))
    f += _noise(rng, f.shape, rng.uniform(3, 6))
    out = np.clip(f, 0, 255).astype(np.uint8)
    k = {
        0: None,
        90: cv2.ROTATE_90_CLOCKWISE,
        180: cv2.ROTATE_180,
        270: cv2.ROTATE_90_COUNTERCLOCKWISE,
    }
    if k[rot] is not None:
        out = cv2.rotate(out, k[rot])
    return out


def jpeg(img, rng, lo=72, hi=92):
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(lo, hi)])
    assert ok
    return buf.tobytes()


def png(img):
    ok, buf = cv2.imencode(".png", img)
    assert ok
    return buf.tobytes()


def image_pdf(jpegs):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    bio = io.BytesIO()
    c = rl_canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for jb in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return bio.getvalue()
