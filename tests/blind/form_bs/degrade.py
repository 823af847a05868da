"""From a rendered page to what people send: flatbed scans, scanner PDFs, phone photos."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
A4 = (595.2756, 841.8898)


def render(pdf_bytes, dpi):
    """Render every page (form fields included) to RGB uint8 arrays."""
    doc = pdfium.PdfDocument(pdf_bytes)
    doc.init_forms()
    pages = []
    for i in range(len(doc)):
        bmp = doc[i].render(scale=dpi / 72, may_draw_forms=True)
        pages.append(np.array(bmp.to_pil().convert("RGB")))
    doc.close()
    return pages


def _noise_field(rng, shape, scale):
    small = rng.normal(0, 1, (max(2, shape[0] // scale), max(2, shape[1] // scale)))
    return cv2.resize(small.astype(np.float32), (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC)


def scan(img, rng, grey=False):
    """A flatbed scan: tinted paper, slight skew, soft focus, sensor noise."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    level = rng.uniform(236, 250)
    paper = np.array([level, level - rng.uniform(0, 3), level - rng.uniform(2, 9)], np.float32)
    f = f / 255.0 * paper[None, None, :]
    f += _noise_field(rng, (h, w), 90)[..., None] * 2.5
    ang = rng.uniform(-1.1, 1.1)
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-10, 10)
    lid = tuple(float(v) for v in paper * 0.97)
    f = cv2.warpAffine(f, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=lid)
    edge = int(rng.uniform(4, 18))
    f[:, :edge] *= np.linspace(0.55, 1.0, edge, dtype=np.float32)[None, :, None]
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.45, 0.8))
    f += rng.normal(0, rng.uniform(1.5, 3.5), f.shape).astype(np.float32)
    f = np.clip((f - 8) * 1.04, 0, 255).astype(np.uint8)
    if grey:
        f = cv2.cvtColor(f, cv2.COLOR_RGB2GRAY)
    return f


def _table(rng, h, w):
    kind = rng.choice(["wood", "laminate", "cloth"])
    base = {"wood": (150, 108, 72), "laminate": (205, 200, 190), "cloth": (70, 82, 98)}[kind]
    bg = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        yy = np.arange(h, dtype=np.float32)[:, None]
        wav = _noise_field(rng, (h, w), 400) * 30
        grain = np.sin((yy + wav) / rng.uniform(9, 16)) * 12 + _noise_field(rng, (h, w), 6) * 6
        bg += grain[..., None]
    else:
        bg += _noise_field(rng, (h, w), 3)[..., None] * (8 if kind == "cloth" else 3)
    return bg


def photo(img, rng, rotate=0):
    """A phone photo of a page lying on a table."""
    ph, pw = img.shape[:2]
    long_side = int(rng.uniform(3000, 4000))
    H, W = long_side, int(long_side * 0.75)
    bg = _table(rng, H, W)
    fill = rng.uniform(0.78, 0.9)
    ph_t = H * fill
    pw_t = ph_t * pw / ph
    if pw_t > W * 0.93:
        pw_t = W * 0.93
        ph_t = pw_t * ph / pw
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda s: rng.uniform(-s, s)
    k = 0.035
    dst = np.float32(
        [
            [cx - pw_t / 2 + j(k * W), cy - ph_t / 2 + j(k * H)],
            [cx + pw_t / 2 + j(k * W), cy - ph_t / 2 + j(k * H)],
            [cx + pw_t / 2 + j(k * W), cy + ph_t / 2 + j(k * H)],
            [cx - pw_t / 2 + j(k * W), cy + ph_t / 2 + j(k * H)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    paper = img.astype(np.float32) * (np.array([0.98, 0.975, 0.96]) * rng.uniform(0.93, 1.0))
    warped = cv2.warpPerspective(paper, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(
        np.roll(mask, (int(W * 0.012), int(W * 0.01)), (0, 1)), (0, 0), W * 0.012
    )
    bg *= (1 - 0.45 * shadow)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H * 0.5)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(W, H)
    light = 1.08 - rng.uniform(0.25, 0.45) * dist
    if rng.random() < 0.6:  # the phone's or the hand's shadow
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * H
        blob = np.exp(-(((xx - sx) / (0.35 * W)) ** 2 + ((yy - sy) / (0.25 * H)) ** 2))
        light *= 1 - rng.uniform(0.15, 0.3) * blob
    cast = np.array([rng.uniform(1.0, 1.04), 1.0, rng.uniform(0.92, 0.99)], np.float32)
    if rng.random() < 0.35:
        cast = np.array([0.95, 0.99, 1.05], np.float32)
    out = out * light[..., None] * cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.5))
    out += rng.normal(0, rng.uniform(2.5, 5), out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=-rotate // 90))
    return out


def jpeg_bytes(arr, quality):
    buf = io.BytesIO()
    img = Image.fromarray(arr)
    img.save(buf, "JPEG", quality=quality, optimize=False, subsampling=2 if quality < 90 else 0)
    return buf.getvalue()


def png_bytes(arr):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "PNG", optimize=False)
    return buf.getvalue()


def image_pdf(arrays, quality, dpi):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    c.setProducer("Canon MF Scan Utility")
    for arr in arrays:
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(arr, quality))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
