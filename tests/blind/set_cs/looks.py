"""Turn vector pages into what applicants send: text PDFs, scans, scanner PDFs, phone photos."""

from __future__ import annotations

import io
import random
from collections.abc import Callable

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

cv2.setNumThreads(1)

Builder = Callable[[Canvas], None]


def new_canvas(target, size, title: str = "", author: str = "", creator: str = "") -> Canvas:
    c = Canvas(target, pagesize=size, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if creator:
        c.setCreator(creator)
    return c


def text_pdf(path: str, size, builder: Builder, **meta) -> None:
    c = new_canvas(path, size, **meta)
    builder(c)
    c.showPage()
    c.save()


def render(size, builder: Builder, dpi: int) -> list[Image.Image]:
    buf = io.BytesIO()
    c = new_canvas(buf, size)
    builder(c)
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    pages = []
    for i in range(len(doc)):
        bmp = doc[i].render(scale=dpi / 72.0)
        pages.append(bmp.to_pil().convert("RGB"))
        bmp.close()
    doc.close()
    return pages


def _noise(rng: random.Random, shape, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(2**32))
    return g.normal(0.0, sigma, shape).astype(np.float32)


def _lowfreq(rng: random.Random, h: int, w: int, cells: int = 6) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(2**32))
    small = g.random((cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan(
    img: Image.Image,
    rng: random.Random,
    bed_mm=(216, 297),
    dpi: int = 200,
    src_dpi: int = 300,
    at_mm=(6, 6),
    paper: float = 0.97,
    grey: bool = False,
    items: list | None = None,
) -> Image.Image:
    """A flatbed scan: items (image, (x_mm, y_mm)) laid on the glass, slight skew, noise."""
    bw, bh = int(bed_mm[0] / 25.4 * dpi), int(bed_mm[1] / 25.4 * dpi)
    bed = np.full((bh, bw, 3), 250.0 - rng.uniform(0, 5), np.float32)
    for im, (xm, ym) in items or [(img, at_mm)]:
        a = np.asarray(im, np.float32) * paper + (1 - paper) * 235
        s = dpi / src_dpi
        a = cv2.resize(a, (int(a.shape[1] * s), int(a.shape[0] * s)), interpolation=cv2.INTER_AREA)
        h, w = a.shape[:2]
        ang = rng.uniform(-0.9, 0.9)
        m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        x0, y0 = int(xm / 25.4 * dpi), int(ym / 25.4 * dpi)
        m[0, 2] += x0
        m[1, 2] += y0
        mask = cv2.warpAffine(np.ones((h, w), np.float32), m, (bw, bh))
        warped = cv2.warpAffine(a, m, (bw, bh))
        edge = cv2.GaussianBlur(mask, (0, 0), 1.5)
        rim = np.clip(edge - mask, 0, 1)[..., None] * 90
        bed = bed * (1 - mask[..., None]) + warped * mask[..., None] - rim
    bed *= (0.985 + 0.03 * _lowfreq(rng, bh, bw))[..., None]
    bed += _noise(rng, bed.shape, 2.2)
    bed = cv2.GaussianBlur(bed, (0, 0), 0.55)
    out = Image.fromarray(np.clip(bed, 0, 255).astype(np.uint8))
    return out.convert("L").convert("RGB") if grey else out


TABLES = {
    "wood": (120, 84, 52),
    "oak": (168, 128, 84),
    "grey": (112, 114, 118),
    "white": (218, 216, 210),
    "dark": (48, 44, 42),
}


def phone_photo(
    img: Image.Image,
    rng: random.Random,
    long_side: int = 4000,
    table: str = "wood",
    fill: float = 0.8,
    rot: int = 0,
    tilt: float = 0.07,
    warm: float = 1.0,
) -> Image.Image:
    """A phone photo of a page or card on a table: perspective, shadow, light, blur, noise."""
    src = np.asarray(img, np.float32)
    sh, sw = src.shape[:2]
    if sw > sh:
        fw, fh = long_side, int(long_side * 3 / 4)
    else:
        fw, fh = int(long_side * 3 / 4), long_side
    base = np.array(TABLES[table], np.float32)
    bg = np.ones((fh, fw, 3), np.float32) * base
    bg *= (0.8 + 0.4 * _lowfreq(rng, fh, fw, 5))[..., None]
    if table in ("wood", "oak"):
        yy = np.arange(fh, dtype=np.float32)[:, None]
        xx = np.arange(fw, dtype=np.float32)[None, :]
        grain = np.sin(yy / rng.uniform(9, 16) + 3 * np.sin(xx / rng.uniform(300, 600)))
        bg *= (1 + 0.06 * grain)[..., None]
    bg += _noise(rng, bg.shape, 6)
    scale = min(fw * fill / sw, fh * fill / sh)
    pw, ph = sw * scale, sh * scale
    cx, cy = fw / 2 + rng.uniform(-0.04, 0.04) * fw, fh / 2 + rng.uniform(-0.04, 0.04) * fh
    d = tilt * min(pw, ph)
    quad = np.float32(
        [
            [cx - pw / 2 + rng.uniform(-d, d), cy - ph / 2 + rng.uniform(-d, d)],
            [cx + pw / 2 + rng.uniform(-d, d), cy - ph / 2 + rng.uniform(-d, d)],
            [cx + pw / 2 + rng.uniform(-d, d), cy + ph / 2 + rng.uniform(-d, d)],
            [cx - pw / 2 + rng.uniform(-d, d), cy + ph / 2 + rng.uniform(-d, d)],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, quad)
    warped = cv2.warpPerspective(src, m, (fw, fh), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (fw, fh))
    mask = cv2.GaussianBlur(mask, (0, 0), 0.8)
    shadow = cv2.GaussianBlur(mask, (0, 0), 18)
    off = np.float32([[1, 0, rng.uniform(8, 25)], [0, 1, rng.uniform(10, 30)]])
    shadow = cv2.warpAffine(shadow, off, (fw, fh))
    bg *= (1 - 0.45 * shadow)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    lx, ly = rng.uniform(0.1, 0.9) * fw, rng.uniform(0.1, 0.9) * fh
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(fw, fh)
    light = 1.06 - 0.38 * dist + 0.05 * _lowfreq(rng, fh, fw, 4)
    if rng.random() < 0.6:
        hx, hy = rng.uniform(0.2, 0.8) * fw, rng.uniform(0.6, 1.0) * fh
        blob = np.exp(-(((xx - hx) / (0.35 * fw)) ** 2 + ((yy - hy) / (0.25 * fh)) ** 2))
        light *= 1 - 0.22 * blob
    out *= light[..., None]
    cast = np.array([1.0 + 0.04 * warm, 1.0, 1.0 - 0.07 * warm], np.float32)
    out *= cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.9, 1.6))
    out += _noise(rng, out.shape, 4.5)
    res = np.clip(out, 0, 255).astype(np.uint8)
    if rot:
        res = np.ascontiguousarray(np.rot90(res, k=rot // 90))
    return Image.fromarray(res)


def jpeg_bytes(img: Image.Image, quality: int = 85, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def save_jpg(img: Image.Image, path: str, quality: int = 88, dpi: int | None = None) -> None:
    with open(path, "wb") as f:
        f.write(jpeg_bytes(img, quality, dpi))


def image_pdf(pages: list[Image.Image], path: str, dpi: int, producer: str, quality=72) -> None:
    """A scanner PDF: one JPEG per page, no text layer."""
    pdf = pikepdf.new()
    for img in pages:
        gray = img.mode == "L"
        data = jpeg_bytes(img, quality)
        w_pt, h_pt = img.width * 72 / dpi, img.height * 72 / dpi
        xobj = pikepdf.Stream(pdf, data)
        xobj.Type = pikepdf.Name.XObject
        xobj.Subtype = pikepdf.Name.Image
        xobj.Width, xobj.Height = img.width, img.height
        xobj.ColorSpace = pikepdf.Name.DeviceGray if gray else pikepdf.Name.DeviceRGB
        xobj.BitsPerComponent = 8
        xobj.Filter = pikepdf.Name.DCTDecode
        page = pdf.add_blank_page(page_size=(w_pt, h_pt))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj))
        cmd = f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
        page.Contents = pikepdf.Stream(pdf, cmd)
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/Creator"] = producer
    pdf.save(path, deterministic_id=True)
