"""From a vector PDF to what people send: scans, phone photos, image PDFs."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
A4 = (595.27, 841.89)


def rasterize(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        bmp = page.render(scale=dpi / 72.0, may_draw_forms=True)
        out.append(bmp.to_pil().convert("RGB"))
        page.close()
    pdf.close()
    return out


def _noise(a: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(1 << 30))
    return a + g.normal(0, sigma, a.shape)


def scan(img: Image.Image, rng: random.Random) -> Image.Image:
    """Flatbed scan: slight skew, grey/cream paper, noise, softness."""
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    paper = np.array([rng.uniform(228, 246)] * 3, np.float32)
    paper[2] -= rng.uniform(0, 10)  # cream
    a = a / 255.0 * paper
    a = _noise(a, rng, rng.uniform(2, 5))
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-15, 15), rng.uniform(-15, 15))
    a = cv2.warpAffine(
        np.clip(a, 0, 255).astype(np.uint8), m, (w, h), borderValue=tuple(int(v) for v in paper)
    )
    a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.4, 0.8))
    if rng.random() < 0.5:  # dark edge of the scanner lid
        a[:, : int(rng.uniform(3, 12))] = (40, 40, 40)
    return Image.fromarray(a)


def photo(img: Image.Image, rng: random.Random, rot: int = 0) -> Image.Image:
    """Phone photo of a sheet on a table: perspective, shadow, cast, blur, rotation."""
    src = np.asarray(img)
    h, w = src.shape[:2]
    long_side = rng.randrange(3000, 4000, 16)
    out_h, out_w = long_side, int(long_side * 0.75)
    g = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array([rng.uniform(80, 170), rng.uniform(60, 130), rng.uniform(40, 100)])
    table = np.ones((out_h, out_w, 3), np.float32) * base
    grain = cv2.resize(
        g.normal(0, 9, (out_h // 24, out_w // 48)).astype(np.float32), (out_w, out_h)
    )
    table += grain[..., None]
    s = out_h * rng.uniform(0.78, 0.9) / h
    pw, ph = w * s, h * s
    cx, cy = out_w / 2 + rng.uniform(-60, 60), out_h / 2 + rng.uniform(-60, 60)
    j = lambda: rng.uniform(-0.045, 0.045) * pw  # noqa: E731
    dst = np.float32(
        [
            [cx - pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy + ph / 2 + j()],
            [cx - pw / 2 + j(), cy + ph / 2 + j()],
        ]
    )
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, m, (out_w, out_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (out_w, out_h))
    mk = (mask.astype(np.float32) / 255.0)[..., None]
    a = warped.astype(np.float32) * mk + table * (1 - mk)
    # uneven light + shadow + colour cast
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    lx, ly = rng.uniform(0, out_w), rng.uniform(0, out_h)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(out_w, out_h)
    light = 1.08 - rng.uniform(0.25, 0.45) * d
    if rng.random() < 0.7:
        k = rng.uniform(-1.2, 1.2)
        edge = yy - (k * (xx - out_w / 2) + out_h * rng.uniform(0.55, 0.9))
        light *= np.where(edge > 0, rng.uniform(0.7, 0.85), 1.0)
        light = cv2.GaussianBlur(light, (0, 0), 40)
    a *= light[..., None]
    a *= np.array([rng.uniform(0.97, 1.03), rng.uniform(0.95, 1.0), rng.uniform(0.88, 0.97)])
    a = np.clip(_noise(a, rng, 3.5), 0, 255).astype(np.uint8)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    if rot:
        a = np.ascontiguousarray(np.rot90(a, k=-rot // 90))
    return Image.fromarray(a)


def to_jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def to_png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("L").save(buf, "PNG")
    return buf.getvalue()


def image_pdf(imgs: list[Image.Image], quality: int = 80) -> bytes:
    """A scanner's PDF: JPEG pages, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in imgs:
        jb = io.BytesIO(to_jpeg(im, quality))
        c.drawImage(ImageReader(jb), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_pages(pdf_bytes: bytes, order: list[int], strip_ap: bool = False) -> bytes:
    """Keep the given 0-based pages in that order; optionally drop field appearances."""
    src = pikepdf.open(io.BytesIO(pdf_bytes))
    dst = pikepdf.new()
    for i in order:
        dst.pages.append(src.pages[i])
    if "/AcroForm" in src.Root:
        fields = []
        for p in dst.pages:
            for annot in p.obj.get("/Annots", []):
                if annot.get("/Subtype") == "/Widget":
                    fields.append(annot)
                    if strip_ap and annot.get("/FT") == "/Tx" and "/AP" in annot:
                        del annot["/AP"]
        af = dst.copy_foreign(src.Root.AcroForm)
        af.Fields = pikepdf.Array(fields)
        if strip_ap:
            af.NeedAppearances = True
        dst.Root.AcroForm = af
    out = io.BytesIO()
    dst.save(out, deterministic_id=True)
    return out.getvalue()
