"""The looks: flatbed scan, scanner PDF (JPEG pages, no text layer), phone photo of a page or
card on a table. Heavy smooth fields (light, shadows) are computed at low resolution."""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def rasterize(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def npages(pdf_bytes: bytes) -> int:
    doc = pdfium.PdfDocument(pdf_bytes)
    n = len(doc)
    doc.close()
    return n


def _nrng(rng):
    return np.random.default_rng(rng.randrange(2**32))


def _noise(nr, shape, sigma):
    return nr.standard_normal(shape, dtype=np.float32) * np.float32(sigma)


def scan(img, rng, skew=0.7, paper=None, noise=3.0, blur=0.5, lid=True):
    """Flatbed scan: paper tint, slight skew, lid shadow on one edge, noise, soft focus."""
    nr = _nrng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array(
        paper or (rng.uniform(238, 250), rng.uniform(236, 248), rng.uniform(228, 244)), np.float32
    )
    a *= tint / 255.0
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-skew, skew), 1.0)
    a = cv2.warpAffine(
        a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(float(t) for t in tint)
    )
    if lid:
        side = rng.randrange(4)
        ramp = (np.clip(1 - np.arange(60) / 60.0, 0, 1) * rng.uniform(0.15, 0.35)).astype(
            np.float32
        )
        if side == 0:
            a[:60] *= (1 - ramp)[:, None, None]
        elif side == 1:
            a[-60:] *= (1 - ramp[::-1])[:, None, None]
        elif side == 2:
            a[:, :60] *= (1 - ramp)[None, :, None]
        else:
            a[:, -60:] *= (1 - ramp[::-1])[None, :, None]
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a += _noise(nr, a.shape, noise)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q, optimize=False, subsampling=2)
    return b.getvalue()


def image_pdf(pages, rng, q=None):
    """A scanner's PDF: JPEG page images, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Scan to PDF")
    for p in pages:
        jb = jpeg_bytes(p, q or rng.randrange(68, 86))
        pw, ph = A4 if p.height >= p.width else (A4[1], A4[0])
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()


def _texture(kind, w, h, nr, rng):
    lw, lh = w // 2, h // 2
    if kind == "wood":
        base = np.array(
            [rng.uniform(125, 160), rng.uniform(85, 108), rng.uniform(55, 72)], np.float32
        )
        ys = np.arange(lh, dtype=np.float32)[:, None]
        xs = np.arange(lw, dtype=np.float32)[None, :]
        warp = 25 * np.sin(xs / 260.0 + rng.uniform(0, 6)) + 6 * np.sin(xs / 57.0 + ys / 300.0)
        streak = cv2.resize(nr.standard_normal((lh // 2 + 1, 8), dtype=np.float32), (lw, lh))
        grain = 0.5 + 0.5 * np.sin((ys + warp) / rng.uniform(5, 8) + 2.0 * streak)
        t = 0.86 + 0.14 * grain**4 - 0.05 * streak
        img = base[None, None, :] * t[:, :, None]
    elif kind == "cloth":
        base = np.array(
            [rng.uniform(60, 90), rng.uniform(70, 100), rng.uniform(95, 130)], np.float32
        )
        img = np.ones((lh, lw, 3), np.float32) * base
    else:
        base = np.array([rng.uniform(200, 225)] * 3, np.float32) * np.array(
            [1.0, 0.99, 0.96], np.float32
        )
        img = np.ones((lh, lw, 3), np.float32) * base
    small = cv2.resize(
        nr.standard_normal((lh // 8 + 1, lw // 8 + 1), dtype=np.float32),
        (lw, lh),
        interpolation=cv2.INTER_CUBIC,
    )
    img *= (1 + 0.04 * small)[:, :, None]
    img += _noise(nr, img.shape, 3.0)
    return cv2.resize(img, (w, h), interpolation=cv2.INTER_LINEAR)


def photo(doc, rng, rot=0, long_side=4032, fill=0.82, bg=None, shadow=True):
    """Phone photo of a page or card lying on a table: perspective, uneven light, shadow,
    colour cast, blur, noise; rot = 90/180/270 turns the saved image."""
    nr = _nrng(rng)
    d = np.asarray(doc.convert("RGB")).astype(np.float32)
    alpha = np.asarray(doc.getchannel("A")).astype(np.float32) / 255 if doc.mode == "RGBA" else None
    dh, dw = d.shape[:2]
    W, H = (long_side * 3 // 4, long_side) if dh > dw else (long_side, long_side * 3 // 4)
    bg = bg or rng.choice(["wood", "desk", "cloth"])
    img = _texture(bg, W, H, nr, rng)
    s = min(W * fill / dw, H * fill / dh)
    tw, th = dw * s, dh * s
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    ang = math.radians(rng.uniform(-4, 4))
    dst = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * tw / 2, sy * th / 2
        dst.append(
            (cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang))
        )
    dst = np.float32(dst)
    shrink = rng.choice([-1, 1]) * rng.uniform(0.02, 0.06) * tw
    dst[0][0] += shrink / 2
    dst[1][0] -= shrink / 2
    for i in range(4):
        dst[i][0] += rng.uniform(-0.015, 0.015) * tw
        dst[i][1] += rng.uniform(-0.015, 0.015) * th
    src = np.float32([(0, 0), (dw, 0), (dw, dh), (0, dh)])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(d, M, (W, H), flags=cv2.INTER_AREA)
    ones = alpha if alpha is not None else np.ones((dh, dw), np.float32)
    mask = cv2.warpPerspective(ones, M, (W, H), flags=cv2.INTER_LINEAR)
    # smooth fields at 1/8 resolution
    f = 8
    lw, lh = W // f, H // f
    small_mask = cv2.resize(mask, (lw, lh), interpolation=cv2.INTER_AREA)
    drop = cv2.GaussianBlur(small_mask, (0, 0), 18 / f)
    drop = np.roll(
        drop, (int(rng.uniform(6, 22) / f) + 1, int(rng.uniform(-12, 16) / f)), axis=(0, 1)
    )
    ys, xs = np.mgrid[0:lh, 0:lw].astype(np.float32)
    th_ = rng.uniform(0, 2 * math.pi)
    grad = (xs / lw - 0.5) * math.cos(th_) + (ys / lh - 0.5) * math.sin(th_)
    light = 0.93 + rng.uniform(0.1, 0.22) * grad
    light *= 1 - rng.uniform(0.08, 0.2) * ((xs / lw - 0.5) ** 2 + (ys / lh - 0.5) ** 2) / 0.5
    if shadow:
        sh = np.zeros((lh, lw), np.float32)
        edge = rng.randrange(4)
        pts = []
        for _ in range(5):
            u, v = rng.uniform(0.0, 1.0), rng.uniform(0.0, 0.35)
            pts.append(
                [(u * lw, v * lh), (u * lw, lh - v * lh), (v * lw, u * lh), (lw - v * lw, u * lh)][
                    edge
                ]
            )
        cv2.fillConvexPoly(sh, cv2.convexHull(np.int32(pts)), 1.0)
        sh = cv2.GaussianBlur(sh, (0, 0), rng.uniform(40, 90) / f)
        light *= 1 - rng.uniform(0.18, 0.32) * sh
    cast = np.array(
        rng.choice([(1.05, 1.0, 0.9), (0.95, 1.0, 1.06), (1.03, 1.01, 0.96)]), np.float32
    )
    bg_factor = cv2.resize((1 - 0.45 * drop * (1 - small_mask)).astype(np.float32), (W, H))
    light = cv2.resize(light.astype(np.float32), (W, H))
    img *= bg_factor[:, :, None]
    m3 = mask[:, :, None]
    img = img * (1 - m3) + warped * m3
    img *= light[:, :, None]
    img *= cast[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.7, 1.5))
    img += _noise(nr, img.shape, rng.uniform(2.5, 5))
    out = np.clip(img, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return Image.fromarray(out)


def on_a4(items, dpi=200, margin_mm=18, paper=(255, 255, 255)):
    """Lay card/booklet images (each with its physical width in mm) on an A4 sheet, top down,
    as on a photocopy."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    page = Image.new("RGB", (W, H), paper)
    y = int(margin_mm / 25.4 * dpi)
    for img, width_mm, x_mm in items:
        w = int(width_mm / 25.4 * dpi)
        h = int(w * img.height / img.width)
        page.paste(img.convert("RGB").resize((w, h), Image.LANCZOS), (int(x_mm / 25.4 * dpi), y))
        y += h + int(10 / 25.4 * dpi)
    return page
