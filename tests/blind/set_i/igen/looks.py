"""How a page reaches the applicant's folder: flatbed scan, image PDF, phone photo, screenshot."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from .paint import A4, new_canvas

cv2.setNumThreads(1)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 62))


def scan_effect(
    im: Image.Image,
    rng: random.Random,
    gray: bool = False,
    rot: float | None = None,
    strength: float = 1.0,
    edge: bool = True,
) -> Image.Image:
    """Flatbed scan: lighter ink, tinted paper, skew, lid edge, slight blur, noise, dust."""
    nrng = _np_rng(rng)
    a = np.ascontiguousarray(np.asarray(im.convert("RGB")))
    h, w = a.shape[:2]
    k = rng.uniform(0.86, 0.95)
    tint = [rng.uniform(0.95, 0.99), rng.uniform(0.95, 0.99), rng.uniform(0.92, 0.98)]
    v = np.arange(256, dtype=np.float32)
    lut = np.stack([np.clip((255 - (255 - v) * k) * t, 0, 255) for t in tint], axis=-1)
    a = cv2.LUT(a, lut.astype(np.uint8).reshape(256, 1, 3))
    if rot is None:
        rot = rng.choice([-1, 1]) * rng.uniform(0.3, 1.6)
    if abs(rot) > 0.01:
        M = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), rot, 1.0)
        M[0, 2] += rng.uniform(-w * 0.01, w * 0.01)
        M[1, 2] += rng.uniform(-h * 0.008, h * 0.008)
        bgv = int(rng.uniform(238, 250))
        a = cv2.warpAffine(
            a,
            M,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=(bgv, bgv, bgv),
        )
    if edge and rng.random() < 0.5:
        # dark strip where the lid did not cover the glass
        sw = int(w * rng.uniform(0.004, 0.012))
        if rng.random() < 0.5:
            a[:, :sw] = a[:, :sw] // 3
        else:
            a[:sw, :] = a[:sw, :] // 3
    kz = 3 if strength < 1.2 else 5
    a = cv2.GaussianBlur(a, (kz, kz), rng.uniform(0.45, 0.85) * strength)
    sigma = rng.uniform(2.5, 5.0) * strength
    n = nrng.normal(0, sigma, size=(h // 2 + 1, w // 2 + 1)).astype(np.float32)
    n = cv2.resize(n, (w, h), interpolation=cv2.INTER_NEAREST).astype(np.int16)
    a = np.clip(a.astype(np.int16) + n[..., None], 0, 255).astype(np.uint8)
    for _ in range(rng.randint(3, 25)):
        y, x = int(nrng.integers(0, h)), int(nrng.integers(0, w))
        r = int(nrng.integers(1, 3))
        a[max(0, y - r) : y + r, max(0, x - r) : x + r] //= 2
    out = Image.fromarray(a, "RGB")
    if gray:
        out = out.convert("L")
    return out


def jpeg_bytes(im: Image.Image, q: int, dpi: float | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": q, "optimize": False, "progressive": False, "subsampling": 2}
    if dpi:
        kw["dpi"] = (int(dpi), int(dpi))
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(im: Image.Image, dpi: float | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"optimize": False, "compress_level": 6}
    if dpi:
        kw["dpi"] = (int(dpi), int(dpi))
    im.save(buf, "PNG", **kw)
    return buf.getvalue()


def image_pdf(jpegs: list[tuple[bytes, float, float]], producer: str = "") -> bytes:
    """Pages holding only a JPEG each (w,h in mm); no text layer."""
    buf = io.BytesIO()
    c = new_canvas(buf)
    if producer:
        c.setProducer(producer)
    for data, w, h in jpegs:
        c.setPageSize((w * mm, h * mm))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, w * mm, h * mm)
        c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ phone photos


def _background(W: int, H: int, rng: random.Random, nrng: np.random.Generator) -> np.ndarray:
    kind = rng.choice(["wood", "wood", "desk", "fabric", "stone"])
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 70), (120, 80, 50), (185, 145, 100)]), np.float32)
        streak = nrng.normal(0, 1, size=(H // 8 + 1, 6)).astype(np.float32)
        streak = cv2.resize(streak, (W, H), interpolation=cv2.INTER_CUBIC)
        fine = nrng.normal(0, 1, size=(H // 2 + 1, 40)).astype(np.float32)
        fine = cv2.resize(fine, (W, H), interpolation=cv2.INTER_LINEAR)
        m = 1 + 0.08 * streak + 0.05 * fine
        if rng.random() < 0.5:
            m = m.T.copy()
            m = cv2.resize(m, (W, H))
        bg = base[None, None, :] * m[..., None]
    elif kind == "desk":
        base = np.array(rng.choice([(205, 205, 200), (90, 92, 98), (225, 222, 214)]), np.float32)
        bg = np.ones((H, W, 3), np.float32) * base
    elif kind == "fabric":
        base = np.array(rng.choice([(60, 70, 110), (110, 40, 45), (70, 90, 70)]), np.float32)
        tex = nrng.normal(0, 1, size=(H // 3 + 1, W // 3 + 1)).astype(np.float32)
        tex = cv2.resize(tex, (W, H))
        bg = base[None, None, :] * (1 + 0.06 * tex[..., None])
    else:
        base = np.array(rng.choice([(170, 168, 160), (196, 192, 184), (120, 118, 114)]), np.float32)
        tex = nrng.normal(0, 1, size=(H // 6 + 1, W // 6 + 1)).astype(np.float32)
        tex = cv2.resize(tex, (W, H), interpolation=cv2.INTER_LINEAR)
        fine = nrng.normal(0, 1, size=(H, W)).astype(np.float32)
        bg = base[None, None, :] * (1 + 0.035 * tex[..., None] + 0.03 * fine[..., None])
    return bg


def phone_photo(
    im: Image.Image,
    rng: random.Random,
    long_side: int | None = None,
    fill: float | None = None,
    rotate: int = 0,
    landscape: bool | None = None,
) -> Image.Image:
    """Photograph a page/card lying on a table: perspective, light, blur, noise.

    rotate: 0, 90, 180 or 270 (the saved picture is turned by that many degrees)."""
    nrng = _np_rng(rng)
    sw, sh = im.size
    long_side = long_side or rng.choice([2448, 2592, 3024, 3264])
    if landscape is None:
        landscape = sw > sh
    ratio = 3 / 4
    if landscape:
        W, H = long_side, int(long_side * ratio)
    else:
        W, H = int(long_side * ratio), long_side
    fill = fill or rng.uniform(0.72, 0.86)
    scale = min(W * fill / sw, H * fill / sh)
    tw, th = sw * scale, sh * scale
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.04, 0.04) * H
    rot = np.radians(rng.uniform(-4, 4))
    corners = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]])
    R = np.array([[np.cos(rot), -np.sin(rot)], [np.sin(rot), np.cos(rot)]])
    corners = corners @ R.T
    # perspective: the far edge is shorter
    persp = rng.uniform(0.02, 0.07)
    side = rng.choice(["top", "bottom", "left", "right"])
    if side == "top":
        corners[0, 0] += tw * persp
        corners[1, 0] -= tw * persp
    elif side == "bottom":
        corners[3, 0] += tw * persp
        corners[2, 0] -= tw * persp
    elif side == "left":
        corners[0, 1] += th * persp * 0.7
        corners[3, 1] -= th * persp * 0.7
    else:
        corners[1, 1] += th * persp * 0.7
        corners[2, 1] -= th * persp * 0.7
    corners += nrng.normal(0, min(W, H) * 0.006, size=corners.shape)
    corners[:, 0] += cx
    corners[:, 1] += cy
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, corners.astype(np.float32))
    # background, shadow and light are computed at 1/4 size then enlarged
    q = 4
    w4, h4 = W // q, H // q
    bg = _background(w4, h4, rng, nrng)
    S = np.diag([1 / q, 1 / q, 1]).astype(np.float64)
    M4 = S @ M
    mask4 = cv2.warpPerspective(np.ones((sh, sw), np.float32), M4, (w4, h4))
    sh_off = (int(rng.uniform(0.005, 0.02) * h4), int(rng.uniform(-0.01, 0.02) * w4))
    shadow = np.roll(mask4, sh_off, axis=(0, 1))
    shadow = cv2.GaussianBlur(shadow, (0, 0), max(1.0, w4 * 0.008))
    bg = bg * (1 - 0.35 * shadow[..., None])
    yy, xx = np.mgrid[0:h4, 0:w4].astype(np.float32)
    xx *= q
    yy *= q
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    lin = 1 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    hx, hy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    hot = 0.08 * np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * (0.3 * W) ** 2)))
    vig = 1 - 0.22 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    light = (lin + hot) * vig * rng.uniform(0.9, 1.0)
    cast = rng.choice([(1.0, 0.98, 0.92), (0.96, 0.98, 1.02), (1.0, 1.0, 1.0), (1.02, 0.99, 0.94)])
    light3 = np.stack([light * cast[0], light * cast[1], light * cast[2]], axis=-1)
    light3 = np.clip(light3 * 200, 0, 255).astype(np.uint8)
    light3 = cv2.resize(light3, (W, H), interpolation=cv2.INTER_LINEAR)
    bg8 = cv2.resize(np.clip(bg, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
    src8 = np.asarray(im.convert("RGB"))
    out = cv2.warpPerspective(
        src8, M, (W, H), dst=bg8, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    out = cv2.multiply(out, light3, scale=1 / 200.0)
    k = rng.choice([3, 5, 5])
    out = cv2.GaussianBlur(out, (k, k), rng.uniform(0.7, 1.3))
    n = nrng.normal(0, rng.uniform(3, 6), size=(H // 2 + 1, W // 2 + 1)).astype(np.float32)
    n = cv2.resize(n, (W, H), interpolation=cv2.INTER_NEAREST).astype(np.int16)
    out = np.clip(out.astype(np.int16) + n[..., None], 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=-(rotate // 90)))
    return Image.fromarray(out, "RGB")


def compose_a4(items, dpi: float, bg=(255, 255, 255)) -> Image.Image:
    """Lay card images on an A4 'photocopy': items = [(PIL image, x_mm, y_mm, w_mm)]."""
    W, H = int(A4[0] / 25.4 * dpi), int(A4[1] / 25.4 * dpi)
    page = Image.new("RGB", (W, H), bg)
    for im, x, y, w in items:
        px = int(w / 25.4 * dpi)
        ph = int(px * im.size[1] / im.size[0])
        r = im.convert("RGB").resize((px, ph), Image.LANCZOS)
        page.paste(r, (int(x / 25.4 * dpi), int(y / 25.4 * dpi)))
    return page
