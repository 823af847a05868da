"""From a vector page to what the applicant sends: flatbed scans, scanner PDFs, phone photos."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def render(pdf_bytes, index, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[index]
    img = page.render(scale=dpi / 72).to_pil().convert("RGB")
    page.close()
    doc.close()
    return img


def _noise(nrng, arr, sigma):
    return np.clip(arr + nrng.normal(0, sigma, arr.shape), 0, 255)


def scan(img, rng, nrng, grey=False):
    """Flatbed scan: off-white paper, slight skew, toner unevenness, sensor noise."""
    angle = rng.uniform(-1.3, 1.3)
    paper = tuple(int(v) for v in (rng.uniform(232, 246),) * 3)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    arr = np.asarray(img).astype(np.float32)
    tint = np.array(paper, np.float32) / 255.0
    arr = arr * tint
    h, w = arr.shape[:2]
    yy = np.linspace(0, 1, h)[:, None, None]
    arr = arr * (1 - 0.04 * yy * rng.uniform(0, 1))
    # scanner lid edge: a dark band on one side
    if rng.random() < 0.5:
        band = int(w * rng.uniform(0.004, 0.012))
        arr[:, w - band :] *= 0.35
    arr = _noise(nrng, arr, rng.uniform(2.0, 5.0))
    out = Image.fromarray(arr.astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if grey:
        out = out.convert("L")
    return out


def _table(nrng, rng, w, h):
    base = np.array([rng.uniform(90, 170), rng.uniform(70, 130), rng.uniform(40, 100)])
    if rng.random() < 0.35:
        base = np.array([rng.uniform(180, 215)] * 3) + np.array([0, 2, 6])
    small = nrng.normal(0, 1, (h // 16 + 1, w // 64 + 1))
    grain = cv2.resize(small.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    arr = base[None, None, :] + grain[:, :, None] * 12
    return _noise(nrng, arr, 4).astype(np.float32)


def photo(img, rng, nrng, long_side=None, rot=0):
    """Phone photo of a sheet on a table: perspective, shadow, colour cast, blur, noise."""
    long_side = long_side or rng.choice([3024, 3264, 4000, 4032])
    ratio = 3 / 4
    w_out, h_out = int(long_side * ratio), long_side
    page = np.asarray(img).astype(np.float32)
    ph, pw = page.shape[:2]
    fill = rng.uniform(0.76, 0.9)
    tw = w_out * fill
    th = tw * ph / pw
    if th > h_out * 0.93:
        th = h_out * 0.93
        tw = th * pw / ph
    cx = w_out / 2 + rng.uniform(-0.04, 0.04) * w_out
    cy = h_out / 2 + rng.uniform(-0.03, 0.03) * h_out
    k = 0.035
    dst = np.float32(
        [
            [cx - tw / 2 + rng.uniform(-k, k) * tw, cy - th / 2 + rng.uniform(-k, k) * th],
            [cx + tw / 2 + rng.uniform(-k, k) * tw, cy - th / 2 + rng.uniform(-k, k) * th],
            [cx + tw / 2 + rng.uniform(-k, k) * tw, cy + th / 2 + rng.uniform(-k, k) * th],
            [cx - tw / 2 + rng.uniform(-k, k) * tw, cy + th / 2 + rng.uniform(-k, k) * th],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        page,
        m,
        (w_out, h_out),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=0,
    )
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (w_out, h_out))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[:, :, None]
    table = _table(nrng, rng, w_out, h_out)
    # drop shadow of the sheet on the table
    sh = cv2.GaussianBlur(mask[:, :, 0], (0, 0), 18)
    sh = np.roll(sh, (int(rng.uniform(8, 30)), int(rng.uniform(8, 30))), axis=(0, 1))
    table = table * (1 - 0.45 * sh[:, :, None])
    arr = warped * mask + table * (1 - mask)
    # uneven light: a gradient plus a soft shadow of the phone / hand
    yy, xx = np.mgrid[0:h_out, 0:w_out].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.12 * (gx * (xx / w_out - 0.5) + gy * (yy / h_out - 0.5))
    sx, sy = rng.uniform(0.2, 0.8) * w_out, rng.uniform(0.5, 1.1) * h_out
    blob = np.exp(-(((xx - sx) / (0.35 * w_out)) ** 2 + ((yy - sy) / (0.3 * h_out)) ** 2))
    light = light * (1 - rng.uniform(0.1, 0.3) * blob)
    arr = arr * light[:, :, None]
    cast = np.array([rng.uniform(0.96, 1.04), rng.uniform(0.95, 1.02), rng.uniform(0.84, 0.98)])
    arr = arr * cast[None, None, :] * rng.uniform(0.88, 0.98)
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.8, 1.8))
    arr = _noise(nrng, arr, rng.uniform(3, 7))
    out = arr.astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, rot // 90))
    return Image.fromarray(out)


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def image_pdf(jpegs):
    """A scanner's PDF: each page one JPEG, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
