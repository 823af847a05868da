"""Scanner, photocopier and phone-camera effects; image-only PDF assembly.

All randomness comes from the generators passed in, so renders are reproducible.
"""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pikepdf
from PIL import Image

cv2.setNumThreads(1)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 30))


def _noise16(nrng: np.random.Generator, h: int, w: int, sigma: float) -> np.ndarray:
    n = nrng.standard_normal((h, w), dtype=np.float32)
    n *= sigma
    return n.astype(np.int16)


def scan(img: Image.Image, rng: random.Random, gray: bool, angle: float) -> Image.Image:
    """A flatbed scan: paper tone, lighter or heavier toner, skew, blur, noise, dust."""
    nrng = _np_rng(rng)
    if gray:
        img = img.convert("L")
    a = np.asarray(img)
    h, w = a.shape[:2]
    # toner density and paper tone, as one lookup table per channel
    dens = rng.uniform(0.82, 1.0)
    paper = rng.choice([(250, 249, 245), (246, 246, 243), (252, 250, 244), (242, 243, 245)])
    ramp = np.arange(256, dtype=np.float32)
    luts = [np.clip((255.0 - (255.0 - ramp) * dens) * (p / 255.0), 0, 255) for p in paper]
    if gray:
        a = cv2.LUT(a, luts[1].astype(np.uint8))
    else:
        lut = np.stack(luts, axis=1).astype(np.uint8)[:, None, :]
        a = cv2.LUT(a, lut)
    # skew and a small shift; the scanner lid shows at the corners
    lid = rng.choice([238, 250, 70])
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[0, 2] += rng.uniform(-0.006, 0.006) * w
    m[1, 2] += rng.uniform(-0.004, 0.008) * h
    border = lid if gray else (lid, lid, lid)
    a = cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.45, 0.85))
    # light fall-off along one edge, sensor noise (uint8 / int16 with OpenCV: fast)
    fall = np.linspace(rng.uniform(0.94, 1.0), 1.0, w, dtype=np.float32)
    if rng.random() < 0.5:
        fall = fall[::-1]
    fall_u8 = np.ascontiguousarray(
        np.broadcast_to(np.round(fall * 200.0).astype(np.uint8)[None, :], (h, w))
    )
    noise = _noise16(nrng, h, w, rng.uniform(2.0, 4.5))
    chans = [a] if gray else list(cv2.split(a))
    chans = [
        cv2.add(cv2.multiply(c, fall_u8, scale=1 / 200.0), noise, dtype=cv2.CV_8U) for c in chans
    ]
    a = chans[0] if gray else cv2.merge(chans)
    # dust specks
    for _ in range(rng.randint(3, 25)):
        x, y = rng.randrange(w), rng.randrange(h)
        v = int(rng.uniform(120.0, 190.0))
        cv2.circle(a, (x, y), 1, v if gray else (v, v, v), -1)
    return Image.fromarray(a, "L" if gray else "RGB")


def photocopy(img: Image.Image, rng: random.Random) -> Image.Image:
    """A grey photocopy of the printed blank form (before it is filled by hand)."""
    ramp = np.arange(256, dtype=np.float32)
    lut = np.clip((ramp - 40.0) * rng.uniform(1.05, 1.25) + 30.0, 0, 255).astype(np.uint8)
    g = cv2.LUT(np.asarray(img.convert("L")), lut)
    return Image.fromarray(g, "L").convert("RGB")


def _background(w: int, h: int, rng: random.Random, nrng: np.random.Generator) -> np.ndarray:
    kind = rng.choice(["wood", "table", "fabric", "desk", "wood"])
    sw, sh = max(8, w // 4), max(8, h // 4)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 66), (120, 82, 52), (176, 132, 88)]), np.float32)
        freq = rng.uniform(0.05, 0.12)
        warp = cv2.GaussianBlur(nrng.standard_normal((sh, sw)).astype(np.float32), (0, 0), 12) * 40
        grain = np.sin((yy + warp) * freq) * 0.12 + nrng.standard_normal((sh, sw)) * 0.03
        if rng.random() < 0.5:
            grain = np.sin((xx + warp) * freq) * 0.12 + nrng.standard_normal((sh, sw)) * 0.03
        tex = base[None, None, :] * (1.0 + grain[:, :, None])
    elif kind == "table":
        base = np.array(rng.choice([(200, 200, 196), (170, 174, 178), (228, 224, 214)]), np.float32)
        n = cv2.GaussianBlur(nrng.standard_normal((sh, sw)).astype(np.float32), (0, 0), 2)
        tex = base[None, None, :] * (1.0 + n[:, :, None] * 0.03)
    elif kind == "fabric":
        base = np.array(rng.choice([(52, 58, 78), (80, 40, 44), (60, 66, 60)]), np.float32)
        weave = (np.sin(xx * 1.7) * np.sin(yy * 1.7)) * 0.08
        tex = base[None, None, :] * (
            1.0 + weave[:, :, None] + nrng.standard_normal((sh, sw, 1)) * 0.05
        )
    else:
        base = np.array(rng.choice([(236, 236, 232), (214, 216, 220)]), np.float32)
        tex = base[None, None, :] * (1.0 + nrng.standard_normal((sh, sw, 1)) * 0.015)
    tex = np.clip(tex, 0, 255).astype(np.uint8)
    return cv2.resize(tex, (w, h), interpolation=cv2.INTER_LINEAR)


def photo(img: Image.Image, rng: random.Random, long_side: int, turn: int) -> Image.Image:
    """A phone photo of the page lying on a surface: perspective, light, blur, noise.

    turn: 0, 90, 180 or 270 degrees of rotation of the final picture.
    """
    nrng = _np_rng(rng)
    page = np.asarray(img.convert("RGBA"))
    ph, pw = page.shape[:2]
    short = int(long_side * rng.choice([0.75, 0.75, 0.5625 * 1.333]))
    W, H = short, long_side
    bg = _background(W, H, rng, nrng)
    # where the page lands: a slightly skewed quadrilateral
    fill = rng.uniform(0.78, 0.92)
    th = H * fill
    tw = th * pw / ph
    if tw > W * 0.95:
        tw = W * 0.95
        th = tw * ph / pw
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    k = rng.uniform(-0.05, 0.05)  # keystone (top narrower or wider)
    j = 0.025
    dst = np.array(
        [
            [
                cx - tw / 2 * (1 - k) + rng.uniform(-j, j) * tw,
                cy - th / 2 + rng.uniform(-j, j) * th,
            ],
            [
                cx + tw / 2 * (1 - k) + rng.uniform(-j, j) * tw,
                cy - th / 2 + rng.uniform(-j, j) * th,
            ],
            [
                cx + tw / 2 * (1 + k) + rng.uniform(-j, j) * tw,
                cy + th / 2 + rng.uniform(-j, j) * th,
            ],
            [
                cx - tw / 2 * (1 + k) + rng.uniform(-j, j) * tw,
                cy + th / 2 + rng.uniform(-j, j) * th,
            ],
        ],
        dtype=np.float32,
    )
    ang = np.deg2rad(rng.uniform(-4, 4))
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = (dst - [cx, cy]) @ rot.T + [cx, cy]
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    alpha = warped[:, :, 3]
    # light: a gradient, a vignette, sometimes a soft shadow (hand or phone), and the
    # sheet's drop shadow on the surface; computed small, then enlarged as uint8
    sw, sh = W // 8, H // 8
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    xx /= sw
    yy /= sh
    gx, gy = rng.uniform(-0.18, 0.18), rng.uniform(-0.18, 0.18)
    light = 1.0 + gx * (xx - 0.5) + gy * (yy - 0.5)
    light *= 1.0 - rng.uniform(0.05, 0.18) * ((xx - 0.5) ** 2 + (yy - 0.5) ** 2) * 2
    if rng.random() < 0.5:
        bx, by = rng.uniform(0.1, 0.9), rng.uniform(0.6, 1.1)
        blob = np.exp(-(((xx - bx) ** 2) / 0.05 + ((yy - by) ** 2) / 0.03))
        light *= 1.0 - rng.uniform(0.12, 0.25) * blob
    light *= rng.uniform(0.9, 1.02)
    small = cv2.resize(alpha, (sw, sh), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
    shadow = cv2.GaussianBlur(small, (0, 0), sw * 0.01 + 0.8)
    shadow = np.roll(shadow, (max(1, int(sh * 0.006)), max(1, int(sw * 0.008))), axis=(0, 1))
    light *= 1.0 - 0.35 * shadow * (1.0 - small)
    light_u8 = cv2.resize(
        np.clip(light * 128.0, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR
    )
    inv = cv2.bitwise_not(alpha)
    cast = rng.choice([(1.03, 1.0, 0.93), (0.97, 1.0, 1.04), (1.0, 1.0, 1.0), (1.04, 1.01, 0.96)])
    ramp = np.arange(256, dtype=np.float32)
    noise = _noise16(nrng, H, W, rng.uniform(2.5, 5.0))
    blur = rng.uniform(0.7, 1.4)
    chans = []
    for ci, (b, p) in enumerate(zip(cv2.split(bg), cv2.split(warped[:, :, :3]))):
        c = cv2.add(cv2.multiply(p, alpha, scale=1 / 255.0), cv2.multiply(b, inv, scale=1 / 255.0))
        c = cv2.multiply(c, light_u8, scale=1 / 128.0)
        c = cv2.LUT(c, np.clip(ramp * cast[ci], 0, 255).astype(np.uint8))
        c = cv2.GaussianBlur(c, (0, 0), blur)
        chans.append(cv2.add(c, noise, dtype=cv2.CV_8U))
    out = cv2.merge(chans)
    if turn:
        out = np.ascontiguousarray(np.rot90(out, k=-(turn // 90)))
    return Image.fromarray(out, "RGB")


def jpeg_bytes(img: Image.Image, quality: int, dpi: float | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False, "subsampling": 2 if quality < 90 else 0}
    if dpi:
        kw["dpi"] = (round(dpi), round(dpi))
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(img: Image.Image, dpi: float | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"optimize": False}
    if dpi:
        kw["dpi"] = (round(dpi), round(dpi))
    img.save(buf, "PNG", **kw)
    return buf.getvalue()


def images_to_pdf(pages: list[tuple[bytes, int, int, str, float]], producer: str) -> bytes:
    """Build an image-only PDF: one JPEG per page, no text layer.

    pages: (jpeg bytes, width px, height px, mode "L"/"RGB", dpi)
    """
    pdf = pikepdf.Pdf.new()
    for data, w, h, mode, dpi in pages:
        wpt, hpt = w * 72.0 / dpi, h * 72.0 / dpi
        im = pikepdf.Stream(pdf, data)
        im.Type = pikepdf.Name.XObject
        im.Subtype = pikepdf.Name.Image
        im.Width = w
        im.Height = h
        im.ColorSpace = pikepdf.Name.DeviceGray if mode == "L" else pikepdf.Name.DeviceRGB
        im.BitsPerComponent = 8
        im.Filter = pikepdf.Name.DCTDecode
        page = pdf.add_blank_page(page_size=(wpt, hpt))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=im))
        page.Contents = pdf.make_stream(b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (wpt, hpt))
    pdf.docinfo[pikepdf.Name.Producer] = producer
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()
