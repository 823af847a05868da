"""Turn rendered pages into flatbed scans, scanner PDFs and phone photos."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def render(pdf_bytes, dpi, forms=False):
    """Render every page of a PDF to RGB PIL images (with form fields when asked)."""
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    pages = [
        doc[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        for i in range(len(doc))
    ]
    doc.close()
    return pages


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return g.normal(0, sigma, shape).astype(np.float32)


def scan(img, rng, skew=0.6, faint=False, grey=False):
    """A flatbed scan: paper tone, slight skew, scanner noise, maybe faint (low toner)."""
    a = np.asarray(img).astype(np.float32)
    if faint:  # pale print and light pen: pull everything toward white
        a = 255 - (255 - a) * rng.uniform(0.38, 0.5)
    tone = np.array([rng.uniform(236, 250), rng.uniform(234, 248), rng.uniform(228, 244)])
    a = a / 255.0 * tone
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-15, 15), rng.uniform(-15, 15))
    edge = tuple(float(v) * 0.96 for v in tone)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=edge)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    a += _noise(rng, a.shape[:2], rng.uniform(2.0, 4.5))[..., None]
    # a darker band at the lid edge
    band = int(h * rng.uniform(0.004, 0.012))
    a[:band] *= rng.uniform(0.55, 0.8)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    return out.convert("L") if grey else out


def _table(rng, w, h):
    """A table or desk surface: wood grain, plain laminate or a cloth."""
    g = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "laminate", "cloth"])
    base = {
        "wood": (rng.uniform(120, 160), rng.uniform(85, 110), rng.uniform(55, 75)),
        "laminate": (rng.uniform(180, 215), rng.uniform(180, 210), rng.uniform(175, 205)),
        "cloth": (rng.uniform(50, 90), rng.uniform(60, 100), rng.uniform(80, 130)),
    }[kind]
    small = g.normal(0, 1, (max(2, h // 40), max(2, w // 200))).astype(np.float32)
    tex = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    amp = 18 if kind == "wood" else 6
    tex = tex * amp + g.normal(0, 3, (h, w)).astype(np.float32)
    return np.clip(np.array(base, np.float32)[None, None, :] + tex[..., None], 0, 255)


def photo(img, rng, long_side=None, rotate=0, strong=False):
    """A phone photo of the page on a table: perspective, shadow, light falloff, colour cast."""
    page = np.asarray(img).astype(np.float32)
    ph, pw = page.shape[:2]
    long_side = long_side or rng.choice([3000, 3264, 4000, 4032])
    W, H = int(long_side * 3 / 4), long_side
    bg = _table(rng, W, H)
    scale = rng.uniform(0.78, 0.9) * min(W / pw, H / ph)
    cw, ch = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    k = 0.08 if strong else 0.035
    dst = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dst.append(
            (cx + sx * cw / 2 + rng.uniform(-k, k) * cw, cy + sy * ch / 2 + rng.uniform(-k, k) * ch)
        )
    top_shrink = rng.uniform(0.0, 0.06 if strong else 0.03) * cw
    dst[0] = (dst[0][0] + top_shrink, dst[0][1])
    dst[1] = (dst[1][0] - top_shrink, dst[1][1])
    src = np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)])
    m = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    soft = cv2.GaussianBlur(mask, (0, 0), 3)[..., None]
    shadow = cv2.GaussianBlur(mask, (0, 0), 25)[..., None]
    off = np.float32([[1, 0, rng.uniform(5, 25)], [0, 1, rng.uniform(5, 25)]])
    shadow = cv2.warpAffine(shadow, off, (W, H))[..., None]
    a = bg * (1 - 0.35 * shadow * (1 - soft)) * (1 - soft) + warped * soft
    # illumination: a gradient plus a soft shadow of the phone or a hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.14 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) * 2
    if rng.random() < 0.6:
        sx0, sy0 = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.25, 0.5) * W
        d = np.sqrt((xx - sx0) ** 2 + (yy - sy0) ** 2) / r
        light *= 1 - rng.uniform(0.12, 0.3) * np.clip(1 - d, 0, 1)
    cast = np.array([rng.uniform(0.97, 1.05), rng.uniform(0.95, 1.0), rng.uniform(0.84, 0.96)])
    a = a * light[..., None] * cast[None, None, :] * rng.uniform(0.85, 0.98)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.7, 1.6 if strong else 1.2))
    a += _noise(rng, (H, W), rng.uniform(2.5, 5))[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if rotate:
        a = np.ascontiguousarray(np.rot90(a, k=rotate // 90))
    return Image.fromarray(a)


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def save_jpeg(img, path, quality):
    with open(path, "wb") as f:
        f.write(jpeg_bytes(img, quality))


def images_pdf(images, path, dpi, quality, creator="Canon MF Scan Utility"):
    """A scanner's PDF: one JPEG image per A4 page, no text layer."""
    c = canvas.Canvas(str(path), pagesize=(210 * mm, 297 * mm), invariant=1)
    c.setCreator(creator)
    for img in images:
        w, h = img.size
        pw, ph = w / dpi * 72, h / dpi * 72
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, quality))), 0, 0, pw, ph)
        c.showPage()
    c.save()
