"""How a page ends up in a file: text-layer PDF, scanned PDF, flatbed scan, phone photo,
screenshot. Pages are drawn once with reportlab; image looks rasterise them with pdfium and
degrade the bitmap (rotation, noise, blur, perspective, light) with numpy/OpenCV."""

from __future__ import annotations

import io
import os

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from . import fonts

rl_config.useA85 = 0

A4W, A4H = A4
MM = 72 / 25.4


class Page:
    """One physical page/side: size in points and a function drawing it on a reportlab canvas."""

    def __init__(self, w, h, draw, acro=False):
        self.w, self.h, self.draw, self.acro = w, h, draw, acro


def a4(draw):
    return Page(A4W, A4H, draw)


def _canvas(buf, w, h, meta=None):
    fonts.register()
    c = Canvas(buf, pagesize=(w, h), invariant=1, pageCompression=1)
    meta = meta or {}
    if meta.get("title"):
        c.setTitle(meta["title"])
    if meta.get("author"):
        c.setAuthor(meta["author"])
    if meta.get("creator"):
        c.setCreator(meta["creator"])
    if meta.get("producer") and hasattr(c, "setProducer"):
        c.setProducer(meta["producer"])
    return c


def pdf_bytes(pages, meta=None) -> bytes:
    buf = io.BytesIO()
    c = _canvas(buf, pages[0].w, pages[0].h, meta)
    for p in pages:
        c.setPageSize((p.w, p.h))
        p.draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def _esc(ch):
    return ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def fix_acroform(data: bytes) -> bytes:
    """Comb text fields: reportlab writes the value left-aligned; rewrite their appearance so that
    each character sits in its own box, as a PDF viewer would display it. Saving through qpdf also
    removes a duplicated /Font key that reportlab leaves in the AcroForm resources."""
    import re

    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if annot.get("/FT") != "/Tx":
                continue
            ff = int(annot.get("/Ff", 0))
            maxlen = int(annot.get("/MaxLen", 0))
            if not ff & (1 << 24) or not maxlen:
                continue
            val = str(annot.get("/V", ""))
            r = [float(v) for v in annot.Rect]
            w, h = r[2] - r[0], r[3] - r[1]
            ap = annot.AP.N
            if not val:
                continue
            m = re.search(r"/(\S+) ([\d.]+) Tf", ap.read_bytes().decode("latin-1"))
            if m is None:
                continue
            fname, fsize = m.group(1), float(m.group(2))
            cell = w / maxlen
            ops = ["/Tx BMC", "q", "BT", f"/{fname} {fsize:g} Tf", "0.1 0.1 0.1 rg"]
            for i, ch in enumerate(val[:maxlen]):
                x = i * cell + (cell - 0.6 * fsize) / 2
                y = (h - 0.62 * fsize) / 2
                ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({_esc(ch)}) Tj")
            ops += ["ET", "Q", "EMC"]
            ap.write(" ".join(ops).encode("latin-1"))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


def write_text_pdf(pages, path, meta=None):
    data = pdf_bytes(pages, meta)
    if b"/AcroForm" in data:
        data = fix_acroform(data)
    with open(path, "wb") as f:
        f.write(data)


def rasterize(pages, dpi):
    data = pdf_bytes(pages)
    doc = pdfium.PdfDocument(data)
    out = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=dpi / 72.0, may_draw_forms=True)
        out.append(bm.to_pil().convert("RGB"))
        bm.close()
    doc.close()
    return out


# ------------------------------------------------------------------ bitmap effects


def _lowfreq(rng, h, w, cells=6):
    small = rng.random((cells, max(2, int(cells * w / h)))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _noise(rng, shape, sigma):
    """Gaussian noise from OpenCV's generator seeded from rng (fast and reproducible)."""
    cv2.setRNGSeed(int(rng.integers(0, 2**31 - 1)))
    n = np.empty(shape, np.float32)
    cv2.randn(n, 0.0, float(sigma))
    return n


def scan_effect(
    img,
    rng,
    gray=False,
    angle=None,
    blur=None,
    noise=None,
    tint=True,
    lid=245,
    contrast=None,
    shift=True,
):
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    contrast = np.float32(contrast if contrast is not None else 0.9 + rng.random() * 0.15)
    bright = np.float32((rng.random() - 0.3) * 12)
    if tint:
        paper = np.array([1.0, 1 - rng.random() * 0.024, 0.965 - rng.random() * 0.04], np.float32)
    else:
        paper = np.ones(3, np.float32)
    grad = np.linspace(1.0, 0.96 + rng.random() * 0.03, w, dtype=np.float32)
    # one fused pass: tint, contrast, brightness, lamp gradient
    gain = (paper[None, None, :] * contrast) * grad[None, :, None]
    a = a * gain + ((128 - 128 * contrast + bright) * grad)[None, :, None]
    angle = (
        angle
        if angle is not None
        else (rng.random() * 1.7 + 0.3) * (1 if rng.random() < 0.5 else -1)
    )
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    if shift:
        M[0, 2] += (rng.random() - 0.5) * w * 0.02
        M[1, 2] += (rng.random() - 0.5) * h * 0.015
    a = cv2.warpAffine(
        a,
        M,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(lid, lid, lid),
    )
    sig = blur if blur is not None else 0.45 + rng.random() * 0.4
    if sig > 0:
        a = cv2.GaussianBlur(a, (0, 0), sig)
    ns = noise if noise is not None else 2.5 + rng.random() * 3
    if gray:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    a += _noise(rng, a.shape, ns)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _background(rng, h, w, kind):
    sh, sw = h // 4, w // 4
    if kind == "wood":
        base = np.array([150, 105, 65], np.float32) * np.float32(0.8 + rng.random() * 0.4)
        y = np.arange(sh, dtype=np.float32)[:, None]
        x = np.arange(sw, dtype=np.float32)[None, :]
        warp = _lowfreq(rng, sh, sw, 5) * 15
        stripes = 0.5 + 0.5 * np.sin(
            (x * 0.08 + warp * 0.5 + y * 0.008) * np.float32(1.0 + rng.random())
        )
        v = 0.78 + 0.22 * stripes
        img = base[None, None, :] * v[:, :, None]
    elif kind == "cloth":
        base = np.array(
            [60 + rng.random() * 80, 70 + rng.random() * 60, 90 + rng.random() * 80], np.float32
        )
        img = np.ones((sh, sw, 3), np.float32) * base
        img *= (0.85 + 0.15 * _lowfreq(rng, sh, sw, 4))[:, :, None]
    elif kind == "desk":
        g = 200 + rng.random() * 40
        base = np.array([g, g - rng.random() * 8, g - 10 - rng.random() * 10], np.float32)
        img = np.ones((sh, sw, 3), np.float32) * base
        img *= (0.9 + 0.1 * _lowfreq(rng, sh, sw, 3))[:, :, None]
    else:  # dark
        g = 40 + rng.random() * 30
        img = np.ones((sh, sw, 3), np.float32) * np.array([g, g, g + 8], np.float32)
        img *= (0.8 + 0.2 * _lowfreq(rng, sh, sw, 3))[:, :, None]
    return img.astype(np.float32)  # quarter size (h // 4, w // 4)


def phone_photo(page_img, rng, rot=0, long_side=2800, fill=None, bg=None, landscape=None):
    """Photograph a page lying on a table: perspective, shadow, uneven light, blur, noise.
    Works in uint8 at full size (cheap) and in float32 only at quarter size."""
    ph, pw = page_img.height, page_img.width
    portrait = ph >= pw if landscape is None else not landscape
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    fill = fill or (0.72 + rng.random() * 0.14)
    scale = min(W * fill / pw, H * fill / ph)
    tw, th = pw * scale, ph * scale
    cx = W / 2 + (rng.random() - 0.5) * (W - tw) * 0.5
    cy = H / 2 + (rng.random() - 0.5) * (H - th) * 0.5
    j = lambda k: (rng.random() - 0.5) * k
    persp = 0.04 + rng.random() * 0.05
    dst = np.float32(
        [
            [cx - tw / 2 + j(tw * persp), cy - th / 2 + j(th * persp * 0.6)],
            [cx + tw / 2 + j(tw * persp), cy - th / 2 + j(th * persp * 0.6)],
            [cx + tw / 2 + j(tw * persp * 0.5), cy + th / 2 + j(th * persp * 0.4)],
            [cx - tw / 2 + j(tw * persp * 0.5), cy + th / 2 + j(th * persp * 0.4)],
        ]
    )
    ang = np.deg2rad((rng.random() - 0.5) * 7)
    ca, sa = np.cos(ang), np.sin(ang)
    dst = np.float32(
        [[cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca] for x, y in dst]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    q = 4
    sw_, sh_ = W // q, H // q
    Mq = np.diag([1 / q, 1 / q, 1]).astype(np.float64) @ M
    small_mask = cv2.warpPerspective(
        np.ones((ph // 8 + 1, pw // 8 + 1), np.float32),
        Mq @ np.diag([8.0, 8.0, 1.0]),
        (sw_, sh_),
        flags=cv2.INTER_LINEAR,
    )
    kind = bg or ["wood", "cloth", "desk", "dark"][int(rng.integers(0, 4))]
    # background at quarter size, with the sheet's soft shadow, then upscaled to uint8
    bq = _background(rng, sh_ * 4, sw_ * 4, kind)
    sh = cv2.GaussianBlur(small_mask, (0, 0), 18 / q)
    shift = np.float32([[1, 0, (10 + rng.random() * 15) / q], [0, 1, (12 + rng.random() * 15) / q]])
    sh = cv2.warpAffine(sh, shift, (sw_, sh_))
    bq = bq * (1 - 0.45 * sh)[:, :, None]
    back = cv2.resize(np.clip(bq, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
    page = np.ascontiguousarray(np.asarray(page_img, dtype=np.uint8))
    cv2.warpPerspective(
        page,
        M,
        (W, H),
        dst=back,
        flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_TRANSPARENT,
    )
    # light, vignette and warm cast as one low-resolution gain map (x1/200 in uint8)
    yy, xx = np.mgrid[0:sh_, 0:sw_].astype(np.float32)
    lx, ly = rng.random() * sw_, rng.random() * sh_
    dd = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.float32(np.hypot(sw_, sh_))
    light = 1.08 - 0.35 * dd * np.float32(0.6 + rng.random() * 0.6)
    vign = 1 - 0.25 * (((xx - sw_ / 2) / (sw_ / 2)) ** 2 + ((yy - sh_ / 2) / (sh_ / 2)) ** 2) / 2
    warm = np.array([1.0, 0.98 - rng.random() * 0.03, 0.93 - rng.random() * 0.05], np.float32)
    gain = (light * vign)[:, :, None] * warm[None, None, :] * 200
    gain = cv2.resize(
        np.clip(gain, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR
    )
    comp = cv2.multiply(back, gain, scale=1 / 200)
    comp = cv2.GaussianBlur(comp, (0, 0), 0.8 + rng.random() * 0.7)
    cv2.setRNGSeed(int(rng.integers(0, 2**31 - 1)))
    noise = np.empty(comp.shape, np.int16)
    cv2.randn(noise, 0, 3.5)
    comp = cv2.add(comp, noise, dtype=cv2.CV_8U)
    out = Image.fromarray(comp)
    if rot == 90:
        out = out.transpose(Image.Transpose.ROTATE_90)
    elif rot == 180:
        out = out.transpose(Image.Transpose.ROTATE_180)
    elif rot == 270:
        out = out.transpose(Image.Transpose.ROTATE_270)
    return out


# ------------------------------------------------------------------ writers


def save_jpeg(img, path, quality=85):
    img.save(
        path,
        "JPEG",
        quality=quality,
        optimize=False,
        progressive=False,
        subsampling=2 if quality < 90 else 0,
    )


def save_png(img, path):
    img.save(path, "PNG", optimize=False, compress_level=6)


def jpeg_bytes(img, quality=80):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, optimize=False)
    return b.getvalue()


def write_image_pdf(images, sizes, path, quality=78, meta=None):
    """An image-only PDF (what a scanner or a scanning app produces)."""
    buf = io.BytesIO()
    c = _canvas(buf, sizes[0][0], sizes[0][1], meta)
    for img, (w, h) in zip(images, sizes):
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, quality))), 0, 0, w, h)
        c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_file(pages, look, path, rng, opts=None):
    """Render pages (list of Page) into one file at path with the given look.
    opts: dpi, gray, rot (phone), quality, fmt ('jpg'/'png'), meta, bg, angle."""
    opts = opts or {}
    ext = os.path.splitext(path)[1].lower()
    if look == "text_pdf":
        write_text_pdf(pages, path, opts.get("meta"))
        return
    if look == "screenshot":
        scale = opts.get("scale", 3)
        img = rasterize(pages, 72 * scale)[0]
        save_png(img, path)
        return
    if look == "image_pdf":
        dpi = opts.get("dpi", 200)
        imgs = rasterize(pages, dpi)
        out = [
            scan_effect(im, rng, gray=opts.get("gray", False), angle=opts.get("angle"))
            for im in imgs
        ]
        write_image_pdf(
            out,
            [(p.w, p.h) for p in pages],
            path,
            opts.get("quality", 75),
            opts.get("meta", {"creator": "Scan", "producer": "Scanner"}),
        )
        return
    if look == "scan":
        assert len(pages) == 1, path
        dpi = opts.get("dpi", 200)
        img = rasterize(pages, dpi)[0]
        img = scan_effect(img, rng, gray=opts.get("gray", False), angle=opts.get("angle"))
        if ext == ".png":
            save_png(img, path)
        else:
            save_jpeg(img, path, opts.get("quality", 82))
        return
    if look == "phone_photo":
        assert len(pages) == 1, path
        p = pages[0]
        long_side = opts.get("long_side", 2800)
        target = long_side * 0.85
        dpi = min(600, max(150, target / (max(p.w, p.h) / 72)))
        img = rasterize(pages, dpi)[0]
        out = phone_photo(
            img,
            rng,
            rot=opts.get("rot", 0),
            long_side=long_side,
            bg=opts.get("bg"),
            landscape=opts.get("landscape"),
        )
        save_jpeg(out, path, opts.get("quality", 87))
        return
    raise ValueError(look)
