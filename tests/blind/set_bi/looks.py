"""Turn rendered pages into what applicants send: scans, phone photos, scanner PDFs."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def render(pdf_bytes, dpi=200, pages=None):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        if pages is not None and i not in pages:
            continue
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def _noise(rng, shape, sigma):
    npr = np.random.default_rng(rng.randint(0, 2**31))
    return npr.normal(0, sigma, shape)


def scan(img, rng, paper=(246, 244, 238), skew=0.8, gray=False):
    """Flatbed scan: off-white paper, slight skew, sensor noise, mild blur."""
    a = np.asarray(img).astype(np.float32)
    tint = np.array(paper, np.float32) / 255.0
    a = a * tint
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    a = cv2.warpAffine(
        a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(float(v) for v in paper)
    )
    a += _noise(rng, a.shape, 3.5)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if gray:
        im = im.convert("L")
    return im


def _table(rng, w, h):
    npr = np.random.default_rng(rng.randint(0, 2**31))
    kind = rng.choice(["wood", "plain", "cloth"])
    if kind == "wood":
        base = np.array(
            [rng.randint(120, 160), rng.randint(80, 105), rng.randint(45, 65)], np.float32
        )
        ys = np.arange(h)[:, None]
        xs = np.arange(w)[None, :]
        f = rng.uniform(0.01, 0.03)
        stripes = np.sin(ys * f + 3 * np.sin(xs * 0.002 + ys * 0.001)) * 18
        t = base[None, None, :] + stripes[..., None]
    elif kind == "plain":
        g = rng.randint(170, 215)
        base = np.array([g, g - rng.randint(0, 12), g - rng.randint(5, 25)], np.float32)
        t = np.ones((h, w, 3), np.float32) * base
    else:
        base = np.array(
            [rng.randint(40, 90), rng.randint(50, 90), rng.randint(70, 120)], np.float32
        )
        t = np.ones((h, w, 3), np.float32) * base
    t += cv2.GaussianBlur(npr.normal(0, 10, (h, w, 3)).astype(np.float32), (0, 0), 2)
    return t


def phone_photo(img, rng, long_side=None, rotate=0, fill=None):
    """A phone photo of a page or card lying on a table."""
    long_side = long_side or rng.choice([3000, 3264, 4000])
    short = int(long_side * 0.75)
    src = np.asarray(img).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (short, long_side) if portrait else (long_side, short)
    bg = _table(rng, W, H)
    fill = fill or rng.uniform(0.72, 0.86)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx = W / 2 + rng.uniform(-0.05, 0.05) * W
    cy = H / 2 + rng.uniform(-0.05, 0.05) * H
    j = 0.06
    dst = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dst.append(
            [cx + sx * dw / 2 + rng.uniform(-j, j) * dw, cy + sy * dh / 2 + rng.uniform(-j, j) * dh]
        )
    dst = np.float32(dst)
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    # soft drop shadow under the paper
    shadow = cv2.GaussianBlur(mask, (0, 0), 18)
    shadow = np.roll(shadow, (12, 10), axis=(0, 1))
    bg = bg * (1 - 0.45 * shadow[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: gradient + a soft hand/phone shadow
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.18 * ((xs / W - 0.5) * gx + (ys / H - 0.5) * gy)
    r = ((xs - W * rng.uniform(0.2, 0.8)) ** 2 + (ys - H * rng.uniform(0.2, 0.8)) ** 2) ** 0.5
    light *= 1 - 0.22 * np.exp(-((r / (0.25 * W)) ** 2)) * rng.uniform(0.3, 1.0)
    vign = 1 - 0.25 * (((xs / W - 0.5) ** 2 + (ys / H - 0.5) ** 2) * 2)
    out = out * (light * vign)[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.96, 1.03), rng.uniform(0.86, 1.0)])
    out = out * cast[None, None, :]
    out += _noise(rng, out.shape, 4.0)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    im = Image.fromarray(out)
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im


def jpeg(im, path, quality=85):
    im.save(path, "JPEG", quality=quality, optimize=False)


def image_pdf(pages, path, rng, dpi=200, gray=False):
    """A scanner's PDF: each page a JPEG image, no text layer."""
    from reportlab.lib.pagesizes import A4

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for im in pages:
        s = scan(im, rng, paper=(rng.randint(232, 242),) * 3, skew=1.2, gray=gray)
        b = io.BytesIO()
        s.save(b, "JPEG", quality=rng.randint(60, 78))
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
