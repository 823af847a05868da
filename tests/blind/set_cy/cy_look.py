"""Looks for set_cy: flatbed scans, scanner PDFs, phone photos, file writers."""

import io

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from cy_core import to_image, to_pdf

cv2.setNumThreads(1)


def _np(im):
    return np.asarray(im.convert("RGB"), dtype=np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scanned(im, rng, paper=(238, 236, 230), angle=None, noise=5.0, blur=0.5):
    """Flatbed-scanner look: paper tone, tiny skew, noise, slight blur."""
    a = _np(im)
    tone = np.array(paper, dtype=np.float32) / 255.0
    a = a * tone
    a = _pil(a)
    ang = rng.uniform(-0.9, 0.9) if angle is None else angle
    a = a.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    a = a.filter(ImageFilter.GaussianBlur(blur))
    arr = _np(a)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr += nrng.normal(0, noise, arr.shape[:2])[..., None]
    # darker border where the lid does not close
    _h, w = arr.shape[:2]
    edge = int(w * 0.012)
    arr[:, :edge] *= 0.82
    arr[:edge, :] *= 0.86
    return _pil(arr)


def save_jpg(im, path, q=85, dpi=200):
    im.convert("RGB").save(path, "JPEG", quality=q, dpi=(dpi, dpi), optimize=False)


def save_png(im, path):
    im.convert("RGB").save(path, "PNG")


def image_pdf(images, path, page_mm=(210, 297), q=72, title=None):
    """Scanner PDF: every page one JPEG, no text layer."""
    k = 72 / 25.4
    c = canvas.Canvas(path, invariant=1, pagesize=(page_mm[0] * k, page_mm[1] * k))
    c.setCreator("Canon MF Scan Utility")
    c.setProducer("Canon iR-ADV C3530")
    if title:
        c.setTitle(title)
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=q)
        buf.seek(0)
        w, h = im.size
        pw, ph = (page_mm[0], page_mm[1]) if h >= w else (page_mm[1], page_mm[0])
        c.setPageSize((pw * k, ph * k))
        c.drawImage(ImageReader(buf), 0, 0, pw * k, ph * k)
        c.showPage()
    c.save()


def text_pdf(pages, path, title, author=""):
    to_pdf(pages, path, title=title, author=author)


def on_glass(card, rng, dpi=200, page=(210, 297), pos=(18, 20), card_mm=None, second=None):
    """An A4 flatbed scan with one or two card/booklet images laid on the glass."""
    s = dpi / 25.4
    W, H = int(page[0] * s), int(page[1] * s)
    im = Image.new("RGB", (W, H), (252, 252, 250))
    for img, p, mm in ((card, pos, card_mm), second or (None, None, None)):
        if img is None:
            continue
        if mm is None:
            mm = (img.size[0] / 12, img.size[1] / 12)
        sub = img.resize((int(mm[0] * s), int(mm[1] * s)), Image.LANCZOS)
        sub = sub.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=(252, 252, 250))
        im.paste(sub, (int(p[0] * s), int(p[1] * s)))
    return im


def phone_photo(im, rng, long_side=3200, rot=0, table=None, margin=0.16, cast=None):
    """Photo of a sheet or card on a table: perspective, light gradient, shadow, blur, cast."""
    src = _np(im)
    h0, w0 = src.shape[:2]
    portrait = h0 >= w0
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    table = table or rng.choice([(120, 90, 60), (170, 160, 150), (60, 62, 70), (200, 190, 175)])
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    grain = cv2.GaussianBlur(nrng.normal(0, 18, (H // 8, W // 8)).astype(np.float32), (0, 0), 3)
    bg += cv2.resize(grain, (W, H))[..., None]
    # target quad
    avail_w, avail_h = W * (1 - 2 * margin), H * (1 - 2 * margin)
    sc = min(avail_w / w0, avail_h / h0)
    tw, th = w0 * sc, h0 * sc
    x0, y0 = (W - tw) / 2, (H - th) / 2
    j = lambda: rng.uniform(-0.045, 0.045) * min(tw, th)
    dst = np.float32(
        [
            [x0 + j(), y0 + j()],
            [x0 + tw + j(), y0 + j()],
            [x0 + tw + j(), y0 + th + j()],
            [x0 + j(), y0 + th + j()],
        ]
    )
    srcq = np.float32([[0, 0], [w0, 0], [w0, h0], [0, h0]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h0, w0), np.float32), M, (W, H))
    # drop shadow of the sheet
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 18, 0), 14, 1), (0, 0), 14)
    out = bg * (1 - 0.45 * sh[..., None])
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + a soft shadow band (hand / phone)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.16 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    cx, cy, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(0.3, 0.6) * W
    light -= 0.16 * np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))
    out *= light[..., None]
    cast = cast or (rng.uniform(0.96, 1.05), rng.uniform(0.97, 1.02), rng.uniform(0.88, 0.98))
    out *= np.array(cast, np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.5))
    out += nrng.normal(0, 3.5, out.shape).astype(np.float32)
    res = _pil(out)
    if rot:
        res = res.rotate(rot, expand=True)
    return res


def raster(pages, dpi=200):
    return [to_image(p, dpi) for p in pages]
