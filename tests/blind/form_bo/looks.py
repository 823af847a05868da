"""Scanner and phone-camera looks applied to page rasters (RGB uint8 numpy arrays)."""

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31))


def scan(img, rng, dpi_in, dpi_out, grey=True):
    """Flatbed scan: resample, paper tint, slight skew, noise, lid shadow on one edge."""
    nr = _np_rng(rng)
    h, w = img.shape[:2]
    f = dpi_out / dpi_in
    out = cv2.resize(img, (int(w * f), int(h * f)), interpolation=cv2.INTER_AREA)
    h, w = out.shape[:2]
    ang = rng.uniform(-1.1, 1.1)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-12, 12)
    M[1, 2] += rng.uniform(-12, 12)
    paper = rng.randint(232, 250)
    out = cv2.warpAffine(out, M, (w, h), borderValue=(paper, paper, paper))
    o = out.astype(np.float32) * (paper / 255.0)
    tint = np.array([1.0, rng.uniform(0.985, 1.0), rng.uniform(0.95, 0.995)], np.float32)
    o *= tint
    o += nr.normal(0, rng.uniform(1.5, 4.0), o.shape[:2])[..., None]
    if rng.random() < 0.5:
        edge = np.linspace(0.55, 1.0, max(8, w // 40))
        o[:, : len(edge)] *= edge[None, :, None]
    o = np.clip(o, 0, 255).astype(np.uint8)
    if rng.random() < 0.5:
        o = cv2.GaussianBlur(o, (0, 0), rng.uniform(0.4, 0.8))
    if grey and rng.random() < 0.4:
        g = cv2.cvtColor(o, cv2.COLOR_RGB2GRAY)
        o = np.stack([g, g, g], 2)
    return o


def _table(nr, rng, h, w, lowlight):
    kind = rng.choice(["wood", "dark", "grey", "white"])
    base = {
        "wood": (150, 105, 70),
        "dark": (50, 48, 52),
        "grey": (128, 128, 124),
        "white": (215, 212, 205),
    }[kind]
    bg = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        rows = nr.normal(0, 1, (h // 8 + 1, 1)).astype(np.float32)
        rows = cv2.resize(cv2.GaussianBlur(rows, (1, 9), 3), (w, h))
        bg *= (1 + 0.12 * rows)[..., None]
    small = nr.normal(0, 1, (h // 64 + 2, w // 64 + 2)).astype(np.float32)
    bg *= (1 + 0.05 * cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC))[..., None]
    return bg


def phone_photo(img, rng, rot=0, lowlight=False, long_side=4032):
    """A phone photo of a page on a table: perspective, shadow, uneven light, cast, blur."""
    nr = _np_rng(rng)
    W, H = int(long_side * 0.75), long_side
    ph, pw = img.shape[:2]
    scale = rng.uniform(0.72, 0.86) * H / ph
    cw, ch = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.045, 0.045) * W
    top_shrink = rng.uniform(0.0, 0.07) * cw
    dst = np.float32(
        [
            [cx - cw / 2 + top_shrink + j(), cy - ch / 2 + j()],
            [cx + cw / 2 - top_shrink + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy + ch / 2 + j()],
            [cx - cw / 2 + j(), cy + ch / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(img, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2).astype(np.float32)[..., None] / 255.0
    bg = _table(nr, rng, H, W, lowlight)
    # soft drop shadow of the sheet
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), 25)
    sh = np.roll(sh, (int(rng.uniform(10, 40)), int(rng.uniform(10, 40))), (0, 1))
    bg *= (1 - 0.35 * sh)[..., None]
    o = bg * (1 - mask) + page.astype(np.float32) * mask
    # uneven light: gradient plus a hand/phone shadow blob
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.16 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) * 2
    if rng.random() < 0.75:
        bx, by = rng.uniform(0.1, 0.9) * W, rng.uniform(0.5, 1.1) * H
        r = rng.uniform(0.25, 0.5) * W
        d = np.sqrt((xx - bx) ** 2 + (yy - by) ** 2)
        light *= 1 - rng.uniform(0.18, 0.38) / (1 + np.exp((d - r) / (0.06 * W)))
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    o *= light[..., None]
    cast = np.array([rng.uniform(0.96, 1.06), 1.0, rng.uniform(0.86, 1.02)], np.float32)
    if lowlight:
        o *= 0.33
        cast = np.array([1.12, 0.98, 0.78], np.float32)
    o *= cast
    o = cv2.GaussianBlur(o, (0, 0), rng.uniform(0.8, 2.0))
    o += nr.normal(0, 9.0 if lowlight else rng.uniform(2, 5), (H, W, 1)).astype(np.float32)
    o = np.clip(o, 0, 255).astype(np.uint8)
    if rot:
        o = np.ascontiguousarray(np.rot90(o, k=rot // 90))
    return o


def jpeg_bytes(arr, quality):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def save_image(arr, path, quality=88, dpi=None):
    im = Image.fromarray(arr)
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    if path.endswith(".png"):
        im.save(path, "PNG", **kw)
    else:
        im.save(path, "JPEG", quality=quality, **kw)


def image_pdf(pages, path, quality=80):
    """A scanner PDF: each page a JPEG image, no text layer."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator("Canon MF640C Series")
    for arr in pages:
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(arr, quality))), 0, 0, *A4)
        c.showPage()
    c.save()
