"""Looks of blind set cc: flatbed scans, scanner PDFs, phone photos, phone screenshots,
plus a few drawn things every layout needs (ID photos, 2D-code-like patterns)."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from cc_core import pil_font

cv2.setNumThreads(1)


# --------------------------------------------------------------------------- saving


def save_jpeg(im: Image.Image, path, quality=88, dpi=None):
    kw = {"quality": quality, "optimize": False, "subsampling": 2 if quality < 90 else 0}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.convert("RGB").save(path, "JPEG", **kw)


def save_png(im: Image.Image, path, dpi=None):
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    im.save(path, "PNG", **kw)


def image_pdf(pages: list[Image.Image], path, dpi=200, quality=72, creator="Scan to PDF"):
    """A scanner's PDF: each page is one JPEG, no text layer."""
    c = rl_canvas.Canvas(str(path), invariant=1, pageCompression=1)
    c.setCreator(creator)
    c.setProducer(creator)
    for im in pages:
        buf = io.BytesIO()
        save_jpeg(im, buf, quality, dpi)
        buf.seek(0)
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------- scans


def scan(im: Image.Image, rng: random.Random, skew=1.0, grey=True, edge=True) -> Image.Image:
    """A flatbed scan: grey-ish paper, a small skew, soft focus, sensor noise, dust."""
    a = np.asarray(im.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    if grey:
        tint = np.array([rng.uniform(0.93, 0.975)] * 3, np.float32)
        tint[2] -= rng.uniform(0.0, 0.025)
        yy = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
        grad = 1.0 - rng.uniform(0.0, 0.035) * yy
        a = a * tint * grad
    ang = rng.uniform(-skew, skew)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[:, 2] += (rng.uniform(-0.004, 0.004) * w, rng.uniform(-0.004, 0.004) * h)
    border = float(np.median(a[5:30, 5:30]))
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=(border,) * 3)
    if edge and rng.random() < 0.6:  # the lid's shadow along one edge
        k = max(4, int(w * rng.uniform(0.004, 0.012)))
        side = rng.choice(["l", "r", "t"])
        ramp = np.linspace(0.35, 1.0, k, dtype=np.float32)
        if side == "l":
            a[:, :k] *= ramp[None, :, None]
        elif side == "r":
            a[:, -k:] *= ramp[::-1][None, :, None]
        else:
            a[:k] *= ramp[:, None, None]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.45, 0.8))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(1.5, 3.5), a.shape[:2])[..., None].astype(np.float32)
    for _ in range(rng.randint(3, 16)):  # dust
        x, y = rng.randrange(w), rng.randrange(h)
        cv2.circle(a, (x, y), rng.randint(1, 2), (rng.uniform(90, 170),) * 3, -1)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


# --------------------------------------------------------------------------- phone photos


def table_texture(W, H, rng: random.Random) -> np.ndarray:
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "wood", "fabric", "laminate", "stone"])
    sw, sh = W // 4, H // 4
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if kind == "wood":
        base = np.array(
            rng.choice([(150, 105, 70), (185, 140, 95), (110, 75, 50), (200, 170, 130)])
        )
        warp = cv2.GaussianBlur(nrng.normal(0, 1, (sh, sw)).astype(np.float32), (0, 0), 25) * 60
        f = rng.uniform(0.05, 0.12)
        rings = np.sin((yy + warp + 0.05 * xx) * f) * 0.5 + 0.5
        grain = cv2.GaussianBlur(nrng.normal(0, 1, (sh, sw)).astype(np.float32), (0, 0), 1.2)
        v = 0.82 + 0.14 * rings + 0.05 * grain
    elif kind == "fabric":
        base = np.array(rng.choice([(70, 80, 95), (120, 60, 55), (90, 100, 80), (60, 60, 65)]))
        v = 0.9 + 0.06 * np.sin(xx * 1.7) * np.sin(yy * 1.7)
        v += 0.04 * cv2.GaussianBlur(nrng.normal(0, 1, (sh, sw)).astype(np.float32), (0, 0), 8)
    elif kind == "laminate":
        base = np.array(rng.choice([(225, 225, 220), (200, 205, 210), (235, 230, 215)]))
        v = 0.97 + 0.02 * cv2.GaussianBlur(
            nrng.normal(0, 1, (sh, sw)).astype(np.float32), (0, 0), 3
        )
    else:
        base = np.array(rng.choice([(190, 190, 185), (90, 90, 95), (215, 210, 200)]))
        n = cv2.GaussianBlur(nrng.normal(0, 1, (sh, sw)).astype(np.float32), (0, 0), 6)
        v = 0.92 + 0.06 * n + 0.03 * nrng.normal(0, 1, (sh, sw)).astype(np.float32)
    img = v[..., None] * base[None, None, :].astype(np.float32)
    return cv2.resize(img.astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)


def _bend(a: np.ndarray, rng: random.Random) -> np.ndarray:
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    amp = rng.uniform(0.002, 0.008) * h
    dy = amp * np.sin(np.pi * xx / w) * (1 - yy / h * rng.uniform(0.0, 0.6))
    return cv2.remap(a, xx, yy - dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def phone_photo(
    doc: Image.Image,
    rng: random.Random,
    rotate=0,
    fill=None,
    size=None,
    paper=True,
) -> Image.Image:
    """A phone photo of a page or card lying on a table.

    rotate: 0/90/180/270 degrees, how the file's pixels end up turned (no EXIF)."""
    d = np.asarray(doc.convert("RGB")).astype(np.float32)
    if paper:
        d = _bend(d, rng)
    dh, dw = d.shape[:2]
    portrait = dh >= dw
    long_side = size or rng.choice([4032, 4000, 3264, 4624 // 1, 3840])
    long_side = min(long_side, 4000)
    short = int(long_side * 3 / 4)
    W, H = (short, long_side) if portrait else (long_side, short)
    fill = fill or rng.uniform(0.72, 0.86)
    s = fill * min(W / dw, H / dh)
    tw, th = dw * s, dh * s
    cx = W / 2 + rng.uniform(-0.035, 0.035) * W
    cy = H / 2 + rng.uniform(-0.035, 0.035) * H
    ang = math.radians(rng.uniform(-4.5, 4.5))
    pts = []
    for ux, uy in ((-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)):
        x, y = ux * tw, uy * th
        pts.append(
            [cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang)]
        )
    pts = np.array(pts, np.float32)
    k = rng.uniform(0.015, 0.06) * tw  # keystone: the far edge looks shorter
    side = rng.choice([0, 2])
    if side == 0:
        pts[0, 0] += k
        pts[1, 0] -= k
    else:
        pts[3, 0] += k
        pts[2, 0] -= k
    pts += np.array(
        [[rng.uniform(-0.01, 0.01) * W, rng.uniform(-0.01, 0.01) * H] for _ in range(4)], np.float32
    )
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    M = cv2.getPerspectiveTransform(src, pts)
    warped = cv2.warpPerspective(d, M, (W, H), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    bg = table_texture(W, H, rng)
    sh = np.roll(mask, (int(H * 0.008), int(W * 0.01)), (0, 1))
    sh = cv2.GaussianBlur(sh, (0, 0), W * 0.01) * rng.uniform(0.25, 0.45)
    bg *= (1 - sh)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a tilted plane, a vignette and sometimes the phone's shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.18, 0.18), rng.uniform(-0.18, 0.18)
    light = 1.0 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    r2 = ((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) / 0.5
    light *= 1 - rng.uniform(0.1, 0.25) * r2
    if rng.random() < 0.6:
        blob = np.zeros((H // 8, W // 8), np.float32)
        bx, by = rng.uniform(0.1, 0.9) * W / 8, rng.uniform(0.1, 0.9) * H / 8
        axes = (int(rng.uniform(0.15, 0.35) * W / 8), int(rng.uniform(0.1, 0.25) * H / 8))
        cv2.ellipse(blob, (int(bx), int(by)), axes, rng.uniform(0, 180), 0, 360, 1.0, -1)
        blob = cv2.resize(cv2.GaussianBlur(blob, (0, 0), W / 8 * 0.05), (W, H))
        light *= 1 - blob * rng.uniform(0.12, 0.25)
    out *= light[..., None] * rng.uniform(0.92, 1.05)
    if rng.random() < 0.7:  # warm indoor light
        cast = np.array([rng.uniform(1.0, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.87, 0.96)])
    else:  # cool daylight
        cast = np.array([rng.uniform(0.94, 0.99), rng.uniform(0.98, 1.01), rng.uniform(1.0, 1.05)])
    out *= cast[None, None, :].astype(np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    if rng.random() < 0.35:  # a little hand shake
        L = rng.randint(3, 7)
        ker = np.zeros((L, L), np.float32)
        ker[L // 2, :] = 1.0 / L
        ker = cv2.warpAffine(
            ker, cv2.getRotationMatrix2D((L / 2 - 0.5, L / 2 - 0.5), rng.uniform(0, 180), 1), (L, L)
        )
        ker /= max(ker.sum(), 1e-6)
        out = cv2.filter2D(out, -1, ker)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    out += nrng.normal(0, rng.uniform(2.0, 4.5), (H, W, 1)).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=-(rotate // 90)))  # clockwise turns
    return Image.fromarray(out)


# --------------------------------------------------------------------------- screenshots


def status_bar(im: Image.Image, rng: random.Random, time="14:32", dark=False, h=140):
    d = ImageDraw.Draw(im)
    W = im.size[0]
    col = (255, 255, 255) if dark else (0, 0, 0)
    d.text((150, h * 0.58), time, font=pil_font("roboto-b", 46), fill=col, anchor="ms")
    x = W - 90
    d.rounded_rectangle([x - 70, h * 0.38, x, h * 0.62], 9, outline=col, width=3)
    lvl = rng.uniform(0.3, 0.95)
    d.rounded_rectangle([x - 66, h * 0.38 + 4, x - 66 + 62 * lvl, h * 0.62 - 4], 6, fill=col)
    d.rectangle([x + 3, h * 0.46, x + 7, h * 0.54], fill=col)
    for i in range(4):  # signal bars
        bx = W - 300 + i * 16
        d.rectangle([bx, h * 0.6 - 8 - i * 7, bx + 10, h * 0.6], fill=col)
    wx, wy = W - 205, h * 0.62
    for r in (34, 23, 12):  # wi-fi arcs
        d.arc([wx - r, wy - r, wx + r, wy + r], 225, 315, fill=col, width=6)


def home_indicator(im: Image.Image, dark=False):
    W, H = im.size
    d = ImageDraw.Draw(im)
    d.rounded_rectangle(
        [W / 2 - 200, H - 32, W / 2 + 200, H - 20],
        6,
        fill=(240, 240, 240) if dark else (20, 20, 20),
    )


# --------------------------------------------------------------------------- drawn pictures


def face(
    w: int, h: int, rng: random.Random, skin, hair, female=True, bg=(222, 226, 232), gray=False
):
    """An identity photograph drawn with shapes (no real person)."""
    S = 3
    W, H = w * S, h * S
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    cloth = rng.choice([(40, 45, 60), (90, 30, 40), (30, 60, 90), (70, 70, 72), (200, 200, 205)])
    d.ellipse([-0.15 * W, 0.74 * H, 1.15 * W, 1.5 * H], fill=cloth)
    d.rectangle([0.4 * W, 0.55 * H, 0.6 * W, 0.82 * H], fill=tuple(int(c * 0.9) for c in skin))
    hx0, hx1 = 0.27 * W, 0.73 * W
    if female:
        d.ellipse([0.18 * W, 0.1 * H, 0.82 * W, 0.75 * H], fill=hair)
        d.rectangle([0.2 * W, 0.4 * H, 0.8 * W, 0.78 * H], fill=hair)
    d.ellipse([hx0, 0.16 * H, hx1, 0.68 * H], fill=skin)
    d.ellipse([0.23 * W, 0.36 * H, 0.3 * W, 0.48 * H], fill=skin)
    d.ellipse([0.7 * W, 0.36 * H, 0.77 * W, 0.48 * H], fill=skin)
    top = (
        [0.25 * W, 0.09 * H, 0.75 * W, 0.4 * H]
        if female
        else [0.26 * W, 0.1 * H, 0.74 * W, 0.34 * H]
    )
    d.chord(top, 180, 360, fill=hair)
    if not female:
        d.rectangle([0.27 * W, 0.22 * H, 0.73 * W, 0.27 * H], fill=hair)
    eye = tuple(int(c * 0.25) for c in skin)
    for ex in (0.4, 0.6):
        d.ellipse([(ex - 0.04) * W, 0.4 * H, (ex + 0.04) * W, 0.43 * H], fill=(240, 240, 235))
        d.ellipse([(ex - 0.017) * W, 0.398 * H, (ex + 0.017) * W, 0.432 * H], fill=eye)
        d.line([((ex - 0.05) * W, 0.37 * H), ((ex + 0.05) * W, 0.365 * H)], fill=hair, width=3 * S)
    dark = tuple(int(c * 0.78) for c in skin)
    d.line(
        [(0.5 * W, 0.44 * H), (0.48 * W, 0.52 * H), (0.52 * W, 0.53 * H)], fill=dark, width=2 * S
    )
    lip = (150, 80, 80) if female else dark
    d.chord([0.43 * W, 0.56 * H, 0.57 * W, 0.6 * H], 0, 180, fill=lip)
    im = im.filter(ImageFilter.GaussianBlur(S * 0.8)).resize((w, h), Image.LANCZOS)
    return im.convert("L").convert("RGB") if gray else im


def pseudo_qr(pg, x, y, size, rng: random.Random, n=29, color=(0, 0, 0)):
    """A QR-looking matrix (finder squares + random modules); it decodes to nothing."""
    m = size / n
    for i in range(n):
        for j in range(n):
            fz = (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)
            if not fz and rng.random() < 0.5:
                pg.rect(x + j * m, y + i * m, m * 1.02, m * 1.02, fill=color)
    for fi, fj in ((0, 0), (0, n - 7), (n - 7, 0)):
        pg.rect(x + fj * m, y + fi * m, 7 * m, 7 * m, fill=color)
        pg.rect(x + (fj + 1) * m, y + (fi + 1) * m, 5 * m, 5 * m, fill=(255, 255, 255))
        pg.rect(x + (fj + 2) * m, y + (fi + 2) * m, 3 * m, 3 * m, fill=color)


def pseudo_datamatrix(pg, x, y, size, rng: random.Random, n=26, color=(0, 0, 0)):
    """A DataMatrix-looking pattern (L finder, clock track, random modules)."""
    m = size / n
    for i in range(n):
        for j in range(n):
            on = (
                j == 0
                or i == n - 1
                or (i == 0 and j % 2 == 0)
                or (j == n - 1 and i % 2 == 1)
                or (0 < i < n - 1 and 0 < j < n - 1 and rng.random() < 0.48)
            )
            if on:
                pg.rect(x + j * m, y + i * m, m * 1.02, m * 1.02, fill=color)


def barcode128ish(pg, x, y, w, h, rng: random.Random, color=(0, 0, 0)):
    """A linear barcode look (bars of 1-4 modules)."""
    xx = x
    while xx < x + w:
        bw = rng.choice([1, 1, 2, 3]) * w / 160
        if rng.random() < 0.55:
            pg.rect(xx, y, bw, h, fill=color)
        xx += bw
