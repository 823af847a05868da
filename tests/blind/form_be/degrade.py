"""Turn clean page renders into flatbed scans or phone photos (numpy + OpenCV, seeded)."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

cv2.setNumThreads(1)


def render(pdf_bytes, dpi, grey=False):
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        img = page.render(scale=dpi / 72.0, may_draw_forms=True).to_pil().convert("RGB")
        out.append(np.asarray(img.convert("L").convert("RGB") if grey else img).copy())
        page.close()
    pdf.close()
    return out


def scan(img, rng, grey=False, paper=(246, 243, 236)):
    """Flatbed scan: grey paper, skew, lid edge, toner noise, slight blur."""
    h, w = img.shape[:2]
    a = img.astype(np.float32) / 255.0
    tint = np.array(paper, np.float32) / 255.0
    a = a * tint
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    border = tuple(float(v) for v in tint)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    # uneven lamp and a dark strip where the lid did not close
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    lamp = 1.0 - 0.035 * (xx - rng.uniform(0.3, 0.7)) ** 2 - 0.03 * yy
    a *= lamp[..., None]
    side = int(rng.integers(0, 4))
    k = max(3, int(w * rng.uniform(0.004, 0.012)))
    edge = np.ones((h, w), np.float32)
    if side == 0:
        edge[:, :k] = np.linspace(0.35, 1, k, dtype=np.float32)[None, :]
    elif side == 1:
        edge[:, -k:] = np.linspace(1, 0.35, k, dtype=np.float32)[None, :]
    elif side == 2:
        edge[:k, :] = np.linspace(0.35, 1, k, dtype=np.float32)[:, None]
    a *= edge[..., None]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.45, 0.8))
    a += rng.normal(0, 0.018, a.shape[:2]).astype(np.float32)[..., None]
    # a few dust specks
    for _ in range(int(rng.integers(4, 18))):
        cx, cy = int(rng.integers(0, w)), int(rng.integers(0, h))
        cv2.circle(a, (cx, cy), int(rng.integers(1, 3)), (0.35, 0.35, 0.35), -1)
    out = np.clip(a * 255, 0, 255).astype(np.uint8)
    if grey:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    return out


def _table(rng, w, h):
    base = np.array(
        [(92, 64, 45), (160, 128, 96), (58, 58, 62), (205, 200, 190), (120, 90, 70)][
            int(rng.integers(0, 5))
        ],
        np.float32,
    )
    small = rng.normal(0, 1, (max(2, h // 60), max(2, w // 6))).astype(np.float32)
    grain = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    t = base[None, None, :] * (1 + 0.06 * grain[..., None])
    t += rng.normal(0, 4, (h, w, 1)).astype(np.float32)
    return t


def photo(img, rng, rot=0, size=(3024, 4032)):
    """Phone photo of a page on a table: perspective, shadow, colour cast, blur, rotation."""
    W, H = size  # portrait frame before rotation
    h, w = img.shape[:2]
    page = img.astype(np.float32) * (np.array([247, 245, 240], np.float32) / 255.0)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    fill = rng.uniform(0.78, 0.9)
    ph = H * fill
    pw = ph * w / h
    if pw > W * 0.94:
        pw = W * 0.94
        ph = pw * h / w
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    tl = [cx - pw / 2, cy - ph / 2]
    tr = [cx + pw / 2, cy - ph / 2]
    br = [cx + pw / 2, cy + ph / 2]
    bl = [cx - pw / 2, cy + ph / 2]
    # perspective: top narrower (phone tilted) plus random corner jitter
    squeeze = rng.uniform(0.0, 0.06) * pw
    tl[0] += squeeze
    tr[0] -= squeeze
    dst = np.float32([tl, tr, br, bl])
    dst += rng.uniform(-0.015, 0.015, (4, 2)).astype(np.float32) * np.float32([W, H])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    table = _table(rng, W, H)
    # soft drop shadow of the sheet on the table
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    sh = np.roll(sh, (int(rng.integers(8, 25)), int(rng.integers(8, 25))), axis=(0, 1))
    table *= (1 - 0.35 * sh)[..., None]
    a = warped * mask[..., None] + table * (1 - mask[..., None])
    # light: vignette, gradient and the phone's shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    grad = 1 + 0.12 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    vig = 1 - 0.22 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    light = grad * vig
    sx0, sy0 = rng.uniform(0.0, 0.6) * W, rng.uniform(0.55, 0.9) * H
    blob = np.zeros((H, W), np.float32)
    cv2.ellipse(
        blob,
        (int(sx0), int(sy0)),
        (int(W * 0.45), int(H * 0.25)),
        float(rng.uniform(-40, 40)),
        0,
        360,
        1.0,
        -1,
    )
    blob = cv2.GaussianBlur(blob, (0, 0), W * 0.06)
    light *= 1 - rng.uniform(0.12, 0.3) * blob
    a *= light[..., None]
    cast = np.array(
        [rng.uniform(0.95, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.9, 0.99)], np.float32
    )
    a *= cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.5))
    a += rng.normal(0, 3.2, (H, W, 1)).astype(np.float32)
    out = np.clip(a, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=-rot // 90))
    return out


def jpeg(arr, quality=88, dpi=None):
    buf = io.BytesIO()
    im = Image.fromarray(arr)
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png(arr, dpi=None):
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    Image.fromarray(arr).save(buf, "PNG", **kw)
    return buf.getvalue()


def image_pdf(jpegs, dpi):
    """A scanner's PDF: one JPEG per page, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for data in jpegs:
        im = Image.open(io.BytesIO(data))
        w, h = im.size
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()
