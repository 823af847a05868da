"""Scanner and phone-camera looks, and image-only PDF assembly."""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
import pikepdf
from PIL import Image


def _add_noise(a: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    """Add grain (computed at half resolution, as after demosaicing/JPEG)."""
    h, w = a.shape[:2]
    small = rng.standard_normal((h // 2 + 1, w // 2 + 1), dtype=np.float32) * sigma
    pos = cv2.resize(
        np.clip(small, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR
    )
    neg = cv2.resize(
        np.clip(-small, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR
    )
    if a.ndim == 3:
        pos = cv2.merge([pos] * a.shape[2])
        neg = cv2.merge([neg] * a.shape[2])
    return cv2.subtract(cv2.add(a, pos), neg)


def _gain(a: np.ndarray, gain_small: np.ndarray) -> np.ndarray:
    """Multiply an 8-bit image by a smooth gain field given at low resolution."""
    h, w = a.shape[:2]
    g = np.clip(gain_small * 128.0, 0, 255).astype(np.uint8)
    g = cv2.resize(g, (w, h), interpolation=cv2.INTER_LINEAR)
    if a.ndim == 3 and g.ndim == 2:
        g = cv2.merge([g] * a.shape[2])
    return cv2.multiply(a, g, scale=1 / 128.0)


def jpeg_bytes(img: Image.Image, quality: int, subsampling: int = 2) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=int(quality), subsampling=subsampling, optimize=False)
    return buf.getvalue()


def scan(
    img: Image.Image,
    rng: np.random.Generator,
    grey: bool,
    angle: float,
    dpi_in: float,
    dpi_out: float,
    photocopy: bool = False,
) -> Image.Image:
    """Flatbed scan of a page rendered at dpi_in, output at dpi_out."""
    a = np.asarray(img.convert("L" if grey else "RGB"))
    if dpi_out != dpi_in:
        f = dpi_out / dpi_in
        a = cv2.resize(a, (int(a.shape[1] * f), int(a.shape[0] * f)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    # tone curve: paper not pure white, ink not pure black; photocopies are harsher
    x = np.arange(256, dtype=np.float32)
    white = rng.uniform(238, 252)
    black = rng.uniform(10, 30)
    gamma = rng.uniform(0.85, 1.15)
    if photocopy:
        x = np.clip((x - 45) * 1.25, 0, 255)
        black = 5
    lut = black + (white - black) * (x / 255.0) ** gamma
    lut = np.clip(lut, 0, 255).astype(np.uint8)
    a = cv2.LUT(a, lut)
    if not grey:
        tint = np.array(rng.uniform([0.985, 0.985, 0.955], [1.0, 1.0, 0.995]), dtype=np.float32)
        a = _gain(a, np.ones((4, 4, 3), np.float32) * tint)
    # uneven illumination along the scan direction
    ramp = np.linspace(rng.uniform(0.96, 1.0), rng.uniform(0.96, 1.0), 16, dtype=np.float32)
    a = _gain(a, np.repeat(ramp[:, None], 4, axis=1))
    if photocopy:
        n = int(h * w * 0.0006)
        ys = rng.integers(0, h, n)
        xs = rng.integers(0, w, n)
        a = a.copy()
        a[ys, xs] = (a[ys, xs] * 0.3).astype(np.uint8)
    border = int(rng.uniform(200, 235))
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    M[0, 2] += rng.uniform(-0.008, 0.008) * w
    M[1, 2] += rng.uniform(-0.006, 0.006) * h
    bv = (border,) * (1 if grey else 3)
    a = cv2.warpAffine(
        a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bv
    )
    # lid shadow on one edge
    if rng.random() < 0.5:
        k = max(4, int(w * rng.uniform(0.004, 0.012)))
        side = int(rng.integers(4))
        prof = np.linspace(0.55, 1.0, k, dtype=np.float32)
        if side == 0:
            sl, pr = (slice(None), slice(0, k)), prof[None, :]
        elif side == 1:
            sl, pr = (slice(None), slice(w - k, w)), prof[::-1][None, :]
        elif side == 2:
            sl, pr = (slice(0, k), slice(None)), prof[:, None]
        else:
            sl, pr = (slice(h - k, h), slice(None)), prof[::-1][:, None]
        part = a[sl].astype(np.float32)
        if part.ndim == 3:
            pr = pr[..., None]
        a[sl] = (part * pr).astype(np.uint8)
    a = cv2.GaussianBlur(a, (0, 0), float(rng.uniform(0.45, 0.8)))
    a = _add_noise(a, rng, float(rng.uniform(1.5, 4.0)))
    return Image.fromarray(a)


def _background(rng, w, h):
    """A table seen from above, generated at 1/8 resolution (float, 3 channels)."""
    kind = int(rng.integers(4))
    sh, sw = h // 8 + 1, w // 8 + 1
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if kind == 0:  # wood
        base = np.array(rng.uniform([120, 80, 45], [175, 125, 80]), dtype=np.float32)
        ang = rng.uniform(-0.3, 0.3)
        u = xx * math.cos(ang) + yy * math.sin(ang)
        v = -xx * math.sin(ang) + yy * math.cos(ang)
        warp = 6 * np.sin(v / rng.uniform(25, 60)) + 3 * np.sin(v / rng.uniform(7, 13) + u / 40)
        g = np.sin((u + warp) / rng.uniform(2.5, 5.0)) * 0.5 + 0.5
        tex = 0.85 + 0.2 * g**3
    elif kind == 1:  # dark desk
        base = np.array(rng.uniform([35, 35, 38], [70, 68, 72]), dtype=np.float32)
        tex = 1.0 + 0.05 * np.sin(xx / 5.0) * np.cos(yy / 7.0)
    elif kind == 2:  # fabric
        base = np.array(rng.uniform([60, 70, 90], [140, 120, 130]), dtype=np.float32)
        tex = 0.95 + 0.06 * np.sin(xx * 1.7) * np.sin(yy * 1.7)
    else:  # light table
        base = np.array(rng.uniform([185, 180, 170], [225, 222, 215]), dtype=np.float32)
        tex = 0.97 + 0.03 * np.sin((xx + yy) / 8.0)
    small = tex[..., None] * base
    small = small + rng.standard_normal(small.shape, dtype=np.float32) * 5
    return small


def photo(
    img: Image.Image,
    rng: np.random.Generator,
    out_long: int,
    rot90: int = 0,
    landscape_frame: bool = False,
) -> Image.Image:
    """A phone photo of a page lying on a table."""
    page = np.asarray(img.convert("RGB"))
    ph, pw = page.shape[:2]
    ratio = float(rng.choice([4 / 3, 4 / 3, 16 / 9]))
    if landscape_frame:
        W, H = out_long, int(out_long / ratio)
    else:
        H, W = out_long, int(out_long / ratio)
    small_bg = _background(rng, W, H)
    sh_, sw_ = small_bg.shape[:2]
    # place the page: fill 72-88 % of the frame height, perspective on the corners
    fill = rng.uniform(0.72, 0.88)
    th = H * fill
    tw = th * pw / ph
    if tw > W * 0.92:
        tw = W * 0.92
        th = tw * ph / pw
    cx = W / 2 + rng.uniform(-0.05, 0.05) * W
    cy = H / 2 + rng.uniform(-0.04, 0.04) * H
    rot = math.radians(rng.uniform(-4, 4))
    corners = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]])
    k = rng.uniform(-0.07, 0.07)
    s = rng.uniform(-0.04, 0.04)
    corners[0, 0] += k * tw / 2
    corners[1, 0] -= k * tw / 2
    corners[1, 1] += s * th / 2
    corners[2, 1] -= s * th / 2
    corners += rng.normal(0, 0.008 * th, corners.shape)
    R = np.array([[math.cos(rot), -math.sin(rot)], [math.sin(rot), math.cos(rot)]])
    dst = (corners @ R.T + [cx, cy]).astype(np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], dtype=np.float32)
    # soft shadow of the page on the table, at low resolution
    small_mask = np.zeros((sh_, sw_), np.float32)
    cv2.fillConvexPoly(small_mask, np.round(dst / 8).astype(np.int32), 1.0)
    shadow = cv2.GaussianBlur(small_mask, (0, 0), H / 8 * 0.01 + 1)
    shadow = cv2.warpAffine(
        shadow, np.float32([[1, 0, H / 8 * 0.006], [0, 1, H / 8 * 0.01]]), (sw_, sh_)
    )
    small_bg *= (1 - 0.45 * shadow)[..., None]
    bg = cv2.resize(
        np.clip(small_bg, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR
    )
    M = cv2.getPerspectiveTransform(src, dst)
    cv2.warpPerspective(
        page, M, (W, H), dst=bg, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    a = bg
    # light: a gradient, a vignette, a colour cast and sometimes a hand/phone shadow
    yy, xx = np.mgrid[0:H:16, 0:W:16].astype(np.float32)
    gx, gy = rng.uniform(-1, 1, 2)
    light = 1.0 + 0.18 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light *= 1.0 - 0.16 * np.clip(((xx - lx) ** 2 + (yy - ly) ** 2) / (0.6 * H) ** 2, 0, 1)
    if rng.random() < 0.5:
        sx, sy = rng.uniform(0, W), rng.uniform(0, H)
        light *= 1.0 - 0.18 * np.exp(
            -(((xx - sx) / (0.25 * W)) ** 2 + ((yy - sy) / (0.18 * H)) ** 2)
        )
    cast = np.array(
        rng.choice([[1.0, 0.97, 0.9], [0.96, 0.98, 1.03], [1.0, 1.0, 0.97], [1.02, 0.99, 0.93]]),
        dtype=np.float32,
    )
    gain = light[..., None] * cast * rng.uniform(0.9, 1.02)
    a = _gain(a, gain)
    a = cv2.GaussianBlur(a, (0, 0), float(rng.uniform(0.7, 1.4)))
    a = _add_noise(a, rng, float(rng.uniform(2.5, 5.0)))
    out = Image.fromarray(a)
    if rot90:
        out = out.rotate(90 * rot90, expand=True)
    return out


def image_pdf(
    pages: list[tuple[bytes, int, int, str, float]], producer: str, creation: str
) -> bytes:
    """Build an image-only PDF. pages: (jpeg_bytes, w_px, h_px, colorspace, dpi)."""
    pdf = pikepdf.Pdf.new()
    for data, w, h, cs, dpi in pages:
        img = pikepdf.Stream(pdf, data)
        img.Type = pikepdf.Name.XObject
        img.Subtype = pikepdf.Name.Image
        img.Width = w
        img.Height = h
        img.ColorSpace = pikepdf.Name("/DeviceGray" if cs == "L" else "/DeviceRGB")
        img.BitsPerComponent = 8
        img.Filter = pikepdf.Name.DCTDecode
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, round(pw, 2), round(ph, 2)],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)),
            Contents=pikepdf.Stream(pdf, content),
        )
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/Creator"] = producer
    pdf.docinfo["/CreationDate"] = creation
    pdf.docinfo["/ModDate"] = creation
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True, compress_streams=True)
    return buf.getvalue()
