"""What a scanner or a phone camera does to a printed page."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

cv2.setNumThreads(1)


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return g.standard_normal(shape, dtype=np.float32) * np.float32(sigma)


def scan(img: Image.Image, rng, grey=False) -> Image.Image:
    """Flatbed scan: slightly grey paper, a small skew, a little blur and sensor noise."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    paper = np.array(
        [rng.uniform(236, 250), rng.uniform(235, 248), rng.uniform(228, 244)], np.float32
    )
    a = a / 255.0 * paper
    # uneven lamp: darker band on one edge
    h, w = a.shape[:2]
    ramp = np.linspace(rng.uniform(0.93, 1.0), 1.0, w if rng.random() < 0.5 else h)
    if ramp.size == w:
        a *= ramp[None, :, None]
    else:
        a *= ramp[:, None, None]
    a += _noise(rng, a.shape, rng.uniform(2.0, 5.0))
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    angle = rng.uniform(-1.1, 1.1)
    fill = tuple(int(v) for v in paper * 0.9)
    out = out.rotate(angle, Image.BICUBIC, expand=False, fillcolor=fill)
    if rng.random() < 0.5:
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if grey:
        out = out.convert("L")
    return out


def table_background(rng, w, h):
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (rng.uniform(120, 160), rng.uniform(85, 110), rng.uniform(50, 70)),
        "grey": (rng.uniform(110, 150),) * 3,
        "white": (rng.uniform(200, 225), rng.uniform(200, 222), rng.uniform(195, 215)),
        "dark": (rng.uniform(35, 60), rng.uniform(35, 55), rng.uniform(35, 55)),
    }[kind]
    bg = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(y / rng.uniform(9, 20) + np.sin(x / rng.uniform(150, 300)) * 3.0)
        bg *= (1 + 0.08 * grain)[..., None]
    small = _noise(rng, (h // 16 + 1, w // 16 + 1), 6.0)
    bg += cv2.resize(small, (w, h))[..., None]
    return bg


def photo(img: Image.Image, rng, rotate=0) -> Image.Image:
    """A phone photo of the page on a table: perspective, shadow, light, colour cast, blur."""
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    long_side = rng.choice([3024, 3264, 4000, 4032, 2880, 2448])
    W, H = int(long_side * 3 / 4), long_side
    bg = table_background(rng, W, H)
    fill = rng.uniform(0.78, 0.92)
    sw = W * fill
    sh = sw * ph / pw
    if sh > H * 0.95:
        sh = H * 0.95
        sw = sh * pw / ph
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    k = 0.05

    def jit(v):
        return v * rng.uniform(-k, k)

    tilt = rng.uniform(-0.05, 0.05) * sw  # top edge narrower: phone held at an angle
    dst = np.float32(
        [
            [cx - sw / 2 + jit(sw) + tilt, cy - sh / 2 + jit(sh)],
            [cx + sw / 2 + jit(sw) - tilt, cy - sh / 2 + jit(sh)],
            [cx + sw / 2 + jit(sw), cy + sh / 2 + jit(sh)],
            [cx - sw / 2 + jit(sw), cy + sh / 2 + jit(sh)],
        ]
    )
    ang = np.radians(rng.uniform(-3, 3))
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = (dst - [cx, cy]) @ rot.T + [cx, cy]
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # soft shadow of the page on the table (computed small, then enlarged)
    f = 8
    sm = cv2.resize(mask, (W // f, H // f), interpolation=cv2.INTER_AREA)
    sh_small = cv2.GaussianBlur(sm, (0, 0), 18 / f)
    sh_small = np.roll(
        sh_small, (int(rng.uniform(6, 20) / f) + 1, int(rng.uniform(-10, 10) / f)), (0, 1)
    )
    # light: a broad gradient plus the shadow of the phone / a hand
    yy, xx = np.mgrid[0 : H // f, 0 : W // f].astype(np.float32)
    yy /= H // f
    xx /= W // f
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + rng.uniform(0.06, 0.18) * ((xx - 0.5) * gx + (yy - 0.5) * gy)
    light *= rng.uniform(0.86, 1.0)
    if rng.random() < 0.7:
        ox, oy = rng.uniform(0.1, 0.9), rng.uniform(-0.2, 0.4)
        rad = rng.uniform(0.25, 0.5)
        d = np.sqrt((xx - ox) ** 2 + ((yy - oy) * H / W) ** 2)
        blob = np.clip(1 - d / rad, 0, 1)
        blob = cv2.GaussianBlur(blob, (0, 0), W * 0.04 / f)
        light *= 1 - rng.uniform(0.15, 0.35) * blob
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    sh_mask = cv2.resize(sh_small, (W, H), interpolation=cv2.INTER_LINEAR)
    m3 = mask[..., None]
    out = (warped * m3 + bg * (1 - 0.35 * sh_mask)[..., None] * (1 - m3)) * light[..., None]
    cast = np.array(
        [rng.uniform(0.96, 1.06), rng.uniform(0.97, 1.03), rng.uniform(0.88, 1.02)], np.float32
    )
    out *= cast
    sigma = rng.uniform(0.7, 1.6)
    out = cv2.GaussianBlur(out, (0, 0), sigma)
    out += _noise(rng, out.shape, rng.uniform(2.5, 5.5))
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=rotate // 90))
    return Image.fromarray(out)


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def image_pdf(path, pages: list[Image.Image], rng, dpi):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    c.setCreator(
        rng.choice(
            [
                "Canon MF Scan Utility",
                "HP Scan",
                "EPSON Scan",
                "Xerox",
                "RICOH MP C3004",
                "Brother iPrint&Scan",
            ]
        )
    )
    q = rng.choice([70, 75, 80, 85])
    for im in pages:
        data = jpeg_bytes(im, q)
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
