"""How documents reach the packet: scanner JPEG/PDF, phone photo, screenshot."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _nrng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 31))


def jpeg(img: Image.Image, q: int = 85) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q, optimize=False, subsampling=2)
    return buf.getvalue()


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def scan(
    img: Image.Image,
    rng: random.Random,
    grey: bool = False,
    paper=(246, 244, 238),
    skew: float = 0.6,
    lid: bool = False,
) -> Image.Image:
    """A flatbed scan of a page: paper tone, slight skew, sensor noise, soft focus."""
    nr = _nrng(rng)
    a = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    h, w = a.shape[:2]
    tone = np.array(paper, dtype=np.float32) / 255.0
    grad = 1.0 - 0.025 * np.linspace(0, 1, w)[None, :, None] * rng.uniform(0.5, 1.5)
    a = a * tone * grad
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-8, 8), rng.uniform(-8, 8))
    border = (0.18, 0.18, 0.2) if lid else tuple(float(v) for v in tone)
    a = cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.45, 0.8))
    a = a + nr.normal(0, 0.012, a.shape).astype(np.float32)
    # faint dust specks
    for _ in range(rng.randint(8, 30)):
        x, y = rng.randrange(w), rng.randrange(h)
        cv2.circle(a, (x, y), rng.choice((1, 1, 2)), (0.35, 0.35, 0.35), -1)
    a = np.clip(a, 0, 1)
    out = Image.fromarray((a * 255).astype(np.uint8))
    if grey:
        out = out.convert("L").convert("RGB")
    return out


def image_pdf(
    pages: list[Image.Image], rng: random.Random, q: int = 72, dpi: int = 200, creator: str = ""
) -> bytes:
    """A scanner's PDF: every page is a JPEG, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    if creator:
        c.setCreator(creator)
    for p in pages:
        wpt, hpt = p.width * 72 / dpi, p.height * 72 / dpi
        c.setPageSize((wpt, hpt))
        c.drawImage(ImageReader(io.BytesIO(jpeg(p, q))), 0, 0, wpt, hpt)
        c.showPage()
    c.save()
    return buf.getvalue()


def _table(w: int, h: int, rng: random.Random, kind: str) -> np.ndarray:
    nr = _nrng(rng)
    if kind == "wood":
        base = np.array([0.55, 0.38, 0.24], np.float32) * rng.uniform(0.85, 1.1)
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        grain = 0.5 + 0.5 * np.sin(y / rng.uniform(9, 16) + 3 * np.sin(x / rng.uniform(300, 600)))
        fine = cv2.GaussianBlur(nr.random((h, w)).astype(np.float32), (0, 0), 3)
        t = 0.8 + 0.15 * grain + 0.12 * (fine - 0.5)
        img = t[:, :, None] * base[None, None, :]
    elif kind == "fabric":
        base = np.array(
            rng.choice([(0.32, 0.36, 0.45), (0.45, 0.42, 0.4), (0.25, 0.3, 0.28)]), np.float32
        )
        n = cv2.GaussianBlur(nr.random((h, w)).astype(np.float32), (0, 0), 1.2)
        img = (0.85 + 0.3 * (n - 0.5))[:, :, None] * base[None, None, :]
    else:  # laminate / desk
        base = np.array(
            rng.choice([(0.82, 0.8, 0.76), (0.9, 0.9, 0.88), (0.7, 0.72, 0.74)]), np.float32
        )
        n = cv2.GaussianBlur(nr.random((h // 4, w // 4)).astype(np.float32), (0, 0), 6)
        n = cv2.resize(n, (w, h))
        img = (0.92 + 0.16 * (n - 0.5))[:, :, None] * base[None, None, :]
    return img.astype(np.float32)


def phone_photo(
    img: Image.Image,
    rng: random.Random,
    long_side: int = 4000,
    fill: float = 0.8,
    rot: int = 0,
    table: str | None = None,
    landscape: bool | None = None,
    warm: bool | None = None,
) -> Image.Image:
    """A phone photo of a page or card lying on a table: perspective, shadows, uneven light,
    colour cast, blur, noise. `rot` rotates the final frame by 90/180/270 degrees."""
    nr = _nrng(rng)
    src = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    sh, sw = src.shape[:2]
    if landscape is None:
        landscape = sw > sh
    W, H = (long_side, int(long_side * 0.75)) if landscape else (int(long_side * 0.75), long_side)
    bg = _table(W, H, rng, table or rng.choice(["wood", "fabric", "desk"]))
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    ang = math.radians(rng.uniform(-4, 4))
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * dw / 2, sy * dh / 2
        xr = x * math.cos(ang) - y * math.sin(ang)
        yr = x * math.sin(ang) + y * math.cos(ang)
        corners.append((cx + xr, cy + yr))
    # perspective: the far edge (top) is narrower
    k = rng.uniform(0.02, 0.07) * dw
    side = rng.uniform(-0.03, 0.03) * dh
    corners[0] = (corners[0][0] + k, corners[0][1] + side + rng.uniform(-6, 6))
    corners[1] = (corners[1][0] - k, corners[1][1] - side + rng.uniform(-6, 6))
    dst = np.array(corners, np.float32)
    srcq = np.array([(0, 0), (sw, 0), (sw, sh), (0, sh)], np.float32)
    M = cv2.getPerspectiveTransform(srcq, dst)
    # gentle page bend
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    bend = rng.uniform(0.0, 0.006) * sh
    mapy = yy + bend * np.sin(np.pi * xx / sw)
    src = cv2.remap(src, xx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow under the page
    sm = cv2.GaussianBlur(mask, (0, 0), 18)
    sm = np.roll(sm, (int(rng.uniform(6, 20)), int(rng.uniform(-10, 14))), axis=(0, 1))
    bg = bg * (1 - 0.45 * sm[:, :, None])
    out = bg * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # uneven light: directional gradient + vignette
    gy, gx = np.mgrid[0:H, 0:W].astype(np.float32)
    la = rng.uniform(0, 2 * math.pi)
    lin = ((gx / W - 0.5) * math.cos(la) + (gy / H - 0.5) * math.sin(la)) * rng.uniform(0.15, 0.3)
    vig = 1 - 0.22 * (((gx / W - 0.5) ** 2 + (gy / H - 0.5) ** 2) * 2.2)
    light = (1 + lin) * vig
    # a soft cast shadow (phone or hand) across one side
    if rng.random() < 0.8:
        p0 = (rng.uniform(0, W), 0)
        p1 = (rng.uniform(0, W), H)
        d = ((gx - p0[0]) * (p1[1] - p0[1]) - (gy - p0[1]) * (p1[0] - p0[0])) / math.hypot(
            p1[0] - p0[0], p1[1] - p0[1]
        )
        side = 1 if rng.random() < 0.5 else -1
        sh_mask = 1 / (1 + np.exp(-side * d / (0.03 * W)))
        light = light * (1 - rng.uniform(0.18, 0.32) * sh_mask)
    out = out * light[:, :, None]
    cast = (
        np.array([1.06, 1.0, 0.88], np.float32)
        if (warm if warm is not None else rng.random() < 0.6)
        else np.array([0.93, 0.99, 1.06], np.float32)
    )
    out = out * cast[None, None, :] * rng.uniform(1.0, 1.12)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.9, 1.6))
    out = out + nr.normal(0, 0.018, out.shape).astype(np.float32)
    out = np.clip(out, 0, 1)
    res = Image.fromarray((out * 255).astype(np.uint8))
    if rot:
        res = res.rotate(rot, expand=True)
    return res.filter(ImageFilter.UnsharpMask(radius=2, percent=40, threshold=3))


def on_glass(
    items: list[tuple[Image.Image, int, int]],
    rng: random.Random,
    w: int,
    h: int,
    paper=(250, 250, 250),
) -> Image.Image:
    """Compose objects (cards, booklets) on a scanner glass of w x h pixels, with soft edges."""
    canvas_ = Image.new("RGB", (w, h), paper)
    for im, x, y in items:
        shadow = Image.new("L", (im.width + 40, im.height + 40), 0)
        shadow.paste(90, (20, 20, 20 + im.width, 20 + im.height))
        shadow = shadow.filter(ImageFilter.GaussianBlur(8))
        canvas_.paste((170, 170, 170), (x - 14, y - 14), shadow)
        canvas_.paste(im, (x, y))
    return canvas_
