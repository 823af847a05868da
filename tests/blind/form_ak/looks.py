"""Turn a clean PDF page into a scan, a photocopy or a phone photo (deterministic)."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
A4 = (595.27, 841.89)


def render(pdf_bytes, page_index, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    page = doc[page_index]
    img = page.render(scale=dpi / 72.0, may_draw_forms=True).to_pil().convert("RGB")
    page.close()
    doc.close()
    return np.array(img)


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return g.normal(0, sigma, shape).astype(np.float32)


def scan(pdf_bytes, page_index, rng, dpi=200, grey=False, photocopy=False):
    img = render(pdf_bytes, page_index, dpi).astype(np.float32)
    h, w = img.shape[:2]
    g0 = rng.uniform(228, 248)
    paper = np.array([g0, g0 - rng.uniform(0, 3), g0 - rng.uniform(2, 9)])
    img = img / 255.0 * paper
    if photocopy:
        gray = img.mean(axis=2)
        gray = np.clip((gray - 60) * 1.35, 0, 255)
        g = np.random.default_rng(rng.randrange(1 << 30))
        speck = g.random(gray.shape) < 0.0009
        gray[speck] = rng.uniform(20, 90)
        # darker band at one edge (lid not closed)
        band = int(w * rng.uniform(0.01, 0.03))
        gray[:, :band] *= 0.35
        img = np.stack([gray] * 3, axis=2)
    img += _noise(rng, img.shape[:2] + (1,), rng.uniform(2, 5))
    ang = rng.uniform(-1.6, 1.6)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-12, 12)
    border = (250, 250, 250) if not photocopy else (40, 40, 40)
    img = cv2.warpAffine(
        np.clip(img, 0, 255).astype(np.uint8), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border
    )
    if rng.random() < 0.6:
        img = cv2.GaussianBlur(img, (3, 3), rng.uniform(0.3, 0.8))
    if grey or photocopy:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    return Image.fromarray(img)


def phone_photo(pdf_bytes, page_index, rng, rotate=0, size=(3024, 4032)):
    page = render(pdf_bytes, page_index, 260)
    ph, pw = page.shape[:2]
    out_w, out_h = size
    g = np.random.default_rng(rng.randrange(1 << 30))
    # table: wood-ish or grey surface
    base = np.array(rng.choice([(120, 86, 58), (160, 150, 140), (70, 70, 75), (185, 170, 150)]))
    tex = cv2.GaussianBlur(
        g.normal(0, 1, (out_h // 8, out_w // 8)).astype(np.float32), (0, 0), rng.uniform(1, 4)
    )
    tex = cv2.resize(tex, (out_w, out_h))
    table = base[None, None, :] + tex[..., None] * rng.uniform(6, 18)
    # page corners with perspective
    s = rng.uniform(0.78, 0.9)
    tw, th = out_w * s, out_w * s * ph / pw
    if th > out_h * 0.93:
        th = out_h * 0.93
        tw = th * pw / ph
    cx, cy = out_w / 2 + rng.uniform(-80, 80), out_h / 2 + rng.uniform(-80, 80)
    k = 0.06

    def jig(v):
        return v + rng.uniform(-k, k) * tw

    dst = np.float32(
        [
            [jig(cx - tw / 2), jig(cy - th / 2)],
            [jig(cx + tw / 2), jig(cy - th / 2)],
            [jig(cx + tw / 2), jig(cy + th / 2)],
            [jig(cx - tw / 2), jig(cy + th / 2)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (out_w, out_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), m, (out_w, out_h))
    maskf = cv2.GaussianBlur(mask, (5, 5), 1.2).astype(np.float32)[..., None] / 255.0
    # drop shadow of the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), 25).astype(np.float32)[..., None] / 255.0
    sh = np.roll(sh, (int(rng.uniform(10, 30)), int(rng.uniform(10, 30))), axis=(0, 1))
    table = table * (1 - 0.45 * sh)
    img = table * (1 - maskf) + warped.astype(np.float32) * maskf
    # uneven light + a soft shadow (hand / phone)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    lx, ly = rng.uniform(0, out_w), rng.uniform(0, out_h)
    light = 1.05 - 0.3 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(out_w, out_h)
    if rng.random() < 0.7:
        ang = rng.uniform(0, np.pi)
        d = (xx - out_w / 2) * np.cos(ang) + (yy - out_h / 2) * np.sin(ang)
        edge = rng.uniform(-out_w * 0.3, out_w * 0.4)
        light *= 1 - rng.uniform(0.18, 0.35) / (1 + np.exp(-(d - edge) / 90))
    img *= light[..., None]
    warm = np.array([rng.uniform(1.0, 1.08), 1.0, rng.uniform(0.8, 0.93)])
    img *= warm[None, None, :]
    img += g.normal(0, rng.uniform(2, 5), img.shape[:2] + (1,)).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.6, 1.6))
    out = Image.fromarray(img)
    if rotate:
        out = out.rotate(rotate, expand=True)
    return out


def jpeg_bytes(img, q):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=q, optimize=False)
    return buf.getvalue()


def images_to_pdf(jpegs, dpi):
    """A scanner's PDF: one JPEG per page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setProducer("Canon MF Scan Utility")
    c.setCreator("Canon MF Scan Utility")
    for jb in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
