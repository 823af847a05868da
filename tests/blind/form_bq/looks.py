"""Rendering a filled PDF to pixels and making it look scanned or photographed."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
A4 = (595.28, 841.89)


def render_pages(pdf_bytes: bytes, dpi: float) -> list[np.ndarray]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        bm = pdf[i].render(scale=dpi / 72.0, may_draw_forms=True)
        out.append(np.array(bm.to_pil().convert("RGB")))
    pdf.close()
    return out


def _nprng(rng) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def scan(img: np.ndarray, rng, grey=False) -> np.ndarray:
    """Flatbed scan: grey paper, slight skew and shift, soft blur, sensor noise."""
    g = _nprng(rng)
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    tone = np.array([rng.uniform(0.9, 0.97)] * 3) * np.array([1.0, 0.995, rng.uniform(0.96, 1)])
    f = 255 - (255 - f) * rng.uniform(0.9, 1.0)  # toner a bit lighter
    f *= tone.astype(np.float32)
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-0.01, 0.01) * w
    m[1, 2] += rng.uniform(-0.008, 0.008) * h
    lid = rng.uniform(200, 245)
    f = cv2.warpAffine(f, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(lid, lid, lid))
    if rng.random() < 0.35:  # dark strip where the page did not reach the glass edge
        k = int(w * rng.uniform(0.004, 0.012))
        f[:, :k] *= 0.35
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.35, 0.8))
    f += (g.standard_normal(f.shape[:2], dtype=np.float32) * rng.uniform(1.5, 4))[..., None]
    f = np.clip(f, 0, 255).astype(np.uint8)
    if grey:
        f = cv2.cvtColor(cv2.cvtColor(f, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    return f


def _table(g, rng, size):
    w, h = size
    sw, sh = w // 8, h // 8
    kind = rng.choice(["wood", "laminate", "fabric"])
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if kind == "wood":
        base = np.array([rng.uniform(120, 160), rng.uniform(80, 105), rng.uniform(45, 65)])
        grain = np.sin(yy / rng.uniform(3, 7) + 2.5 * np.sin(xx / 40.0)) * 12
        t = grain[..., None] + g.normal(0, 6, (sh, sw, 1))
    elif kind == "laminate":
        v = rng.uniform(150, 215)
        base = np.array([v, v * rng.uniform(0.97, 1.01), v * rng.uniform(0.92, 1.0)])
        t = g.normal(0, 5, (sh, sw, 1))
    else:
        base = np.array([rng.uniform(40, 90), rng.uniform(45, 90), rng.uniform(55, 110)])
        t = (np.sin(xx * 1.3) * np.sin(yy * 1.3))[..., None] * 8 + g.normal(0, 6, (sh, sw, 1))
    small = np.clip(base[None, None, :] + t, 0, 255).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def photo(img: np.ndarray, rng, rotate=0) -> np.ndarray:
    """Phone photo of a page lying on a table: perspective, light, shadow, cast, blur."""
    g = _nprng(rng)
    portrait = rng.random() < 0.8
    size = (3024, 4032) if portrait else (4032, 3024)
    W, H = size
    bg = _table(g, rng, size)
    ph, pw = img.shape[:2]
    fill = rng.uniform(0.78, 0.92)
    th = H * fill if portrait else H * 0.95
    tw = th * pw / ph
    if tw > W * 0.95:
        tw = W * 0.95
        th = tw * ph / pw
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda: rng.uniform(-0.035, 0.035) * th  # noqa: E731
    top_squeeze = rng.uniform(0.0, 0.06) * tw
    dst = np.float32(
        [
            [cx - tw / 2 + top_squeeze + j(), cy - th / 2 + j()],
            [cx + tw / 2 - top_squeeze + j(), cy - th / 2 + j()],
            [cx + tw / 2 + j(), cy + th / 2 + j()],
            [cx - tw / 2 + j(), cy + th / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(img.astype(np.float32), m, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, size, flags=cv2.INTER_LINEAR)
    small = (W // 8, H // 8)
    m8 = np.float32([[0.125, 0, 0], [0, 0.125, 0], [0, 0, 1]]) @ m
    shadow = cv2.warpPerspective(np.ones((ph, pw), np.float32), m8, small)
    shadow = cv2.GaussianBlur(shadow, (0, 0), 3.2)
    shadow = np.roll(shadow, (int(rng.uniform(1, 4)), int(rng.uniform(1, 3))), (0, 1))
    shadow = cv2.resize(shadow, size, interpolation=cv2.INTER_LINEAR)
    bg *= (1 - 0.45 * shadow)[..., None]
    m3 = mask[..., None]
    out = bg * (1 - m3) + page * m3
    # uneven light: gradient plus a soft blob shadow (phone, hand)
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    grad = 1 + rng.uniform(0.06, 0.2) * (
        (xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)
    )
    r2 = (xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2
    light = grad * (1 - rng.uniform(0.1, 0.3) * r2 * 2) * rng.uniform(0.84, 0.98)
    if rng.random() < 0.6:
        bx, by = rng.uniform(0, W), rng.uniform(0, H)
        rad = rng.uniform(0.25, 0.45) * W
        blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * rad * rad)))
        light *= 1 - rng.uniform(0.12, 0.28) * blob
    light = cv2.resize(light, size, interpolation=cv2.INTER_LINEAR)
    cast = np.float32(rng.choice([[1.04, 1.0, 0.9], [0.95, 1.0, 1.05], [1.02, 1.0, 0.96]]))
    out *= light.astype(np.float32)[..., None]
    out *= cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.5))
    out += (g.standard_normal(out.shape[:2], dtype=np.float32) * rng.uniform(2.5, 5))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=rotate // 90))
    return out


def jpeg_bytes(arr: np.ndarray, q: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=q)
    return buf.getvalue()


def save_image(arr: np.ndarray, path, q=85) -> None:
    if str(path).lower().endswith(".png"):
        Image.fromarray(arr).save(path, "PNG")
    else:
        with open(path, "wb") as fh:
            fh.write(jpeg_bytes(arr, q))


def image_pdf(arrays: list[np.ndarray], path, q=70) -> None:
    """A scanner's PDF: each page one JPEG, no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setProducer("Scanner PDF")
    for a in arrays:
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(a, q))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
