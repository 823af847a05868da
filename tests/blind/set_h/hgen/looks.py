"""How a sheet reaches the applicant's folder: flatbed scan, scanned PDF, phone photo,
screenshot. Everything is driven by a seeded numpy Generator."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

from .canvas import Page, rasterize


def _np(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB"), dtype=np.uint8)


def _noise(shape_hw, rng, sigma: float) -> np.ndarray:
    """Integer grain drawn at half resolution and enlarged (cheap and film-like)."""
    h, w = shape_hw
    small = rng.standard_normal((h // 2 + 1, w // 2 + 1), dtype=np.float32) * sigma
    small = np.rint(small).astype(np.int16)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)


def _mul_color(a: np.ndarray, mult) -> np.ndarray:
    """Multiply each channel of a uint8 image by a constant (saturating)."""
    return cv2.multiply(a, (float(mult[0]), float(mult[1]), float(mult[2]), 0.0))


def _add_grain(a: np.ndarray, grain: np.ndarray) -> np.ndarray:
    """Add single-channel float grain to a uint8 RGB image (saturating)."""
    out = a.astype(np.int16)
    out += grain[:, :, None]
    np.clip(out, 0, 255, out=out)
    return out.astype(np.uint8)


def scan(
    img: Image.Image,
    rng,
    *,
    angle: float | None = None,
    gray: bool = False,
    noise: float = 4.0,
    blur: float = 0.45,
    tone: tuple = (250, 248, 242),
    lid_shadow: bool = True,
    specks: int = 40,
    contrast: float = 1.0,
) -> Image.Image:
    """A flatbed scan of a paper sheet."""
    if angle is None:
        angle = float(rng.uniform(0.3, 1.6)) * (1 if rng.random() < 0.5 else -1)
    a = _np(img)
    h, w = a.shape[:2]
    # page a little smaller than the glass, rotated
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    M[0, 2] += float(rng.uniform(-6, 6))
    M[1, 2] += float(rng.uniform(-6, 6))
    glass = (236, 236, 236) if rng.random() < 0.5 else (250, 250, 250)
    a = cv2.warpAffine(
        a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=glass
    )
    mult = np.array([t / 255.0 * contrast for t in tone], np.float64)
    out = _mul_color(a, mult)
    if contrast != 1.0:
        out = cv2.add(out, np.full_like(out, int(128 * (1 - contrast))))
    if lid_shadow:
        edge = int(rng.integers(0, 4))
        n = max(8, int(min(h, w) * 0.02))
        prof = np.linspace(0.55, 1.0, n, dtype=np.float32)
        if edge == 0:
            sl, pr = (slice(0, n), slice(None)), prof[:, None, None]
        elif edge == 1:
            sl, pr = (slice(h - n, h), slice(None)), prof[::-1][:, None, None]
        elif edge == 2:
            sl, pr = (slice(None), slice(0, n)), prof[None, :, None]
        else:
            sl, pr = (slice(None), slice(w - n, w)), prof[::-1][None, :, None]
        out[sl] = (out[sl].astype(np.float32) * pr).astype(np.uint8)
    out = _add_grain(out, _noise((h, w), rng, noise))
    for _ in range(specks):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        r = int(rng.integers(1, 3))
        v = int(rng.uniform(40, 140))
        cv2.circle(out, (x, y), r, (v, v, v), -1)
    if blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    res = Image.fromarray(out, "RGB")
    if gray:
        res = res.convert("L")
    return res


def _background(W: int, H: int, rng, kind: str) -> np.ndarray:
    sw, sh = max(8, W // 8), max(8, H // 8)
    if kind == "wood":
        base = np.array([150, 104, 66], np.float32) * float(rng.uniform(0.8, 1.1))
        yy = np.linspace(0, 1, sh, dtype=np.float32)[:, None]
        xx = np.linspace(0, 1, sw, dtype=np.float32)[None, :]
        f = float(rng.uniform(25, 45))
        grain = np.sin((yy * f + np.sin(xx * 3 + yy * 7) * 0.6) * np.pi) * 0.5 + 0.5
        grain = grain + rng.standard_normal((sh, sw)).astype(np.float32) * 0.08
        small = base[None, None, :] * (0.8 + 0.3 * grain[:, :, None])
    elif kind == "desk":
        base = np.array([200, 200, 196], np.float32) * float(rng.uniform(0.8, 1.0))
        small = base[None, None, :] + rng.standard_normal((sh, sw, 1)).astype(np.float32) * 5
    elif kind == "cloth":
        base = np.array([60, 75, 110], np.float32) * float(rng.uniform(0.8, 1.2))
        yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
        weave = (np.sin(xx * 1.7) * np.sin(yy * 1.7)) * 0.06
        small = base[None, None, :] * (1 + weave[:, :, None])
    else:  # dark sofa / tablecloth
        base = np.array([48, 44, 42], np.float32)
        small = base[None, None, :] + rng.standard_normal((sh, sw, 1)).astype(np.float32) * 4
    small = np.clip(small, 0, 255).astype(np.uint8)
    return cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR)


def photo(
    img: Image.Image,
    rng,
    *,
    long_side: int = 3000,
    bg: str | None = None,
    rot: int = 0,
    fill: float | None = None,
    tilt: float | None = None,
    blur: float | None = None,
    jpeg_q: int = 88,
    portrait_canvas: bool | None = None,
) -> bytes:
    """A phone picture of a sheet or card laid on a surface. Returns JPEG bytes."""
    ph, pw = img.height, img.width
    if portrait_canvas is None:
        portrait_canvas = ph >= pw
    if portrait_canvas:
        H, W = long_side, int(long_side * 3 / 4)
    else:
        W, H = long_side, int(long_side * 3 / 4)
    bg = bg or ["wood", "desk", "cloth", "dark"][int(rng.integers(0, 4))]
    back = _background(W, H, rng, bg)
    fill = fill if fill is not None else float(rng.uniform(0.74, 0.88))
    s = min(W * fill / pw, H * fill / ph)
    tw, th = pw * s, ph * s
    cx = W / 2 + float(rng.uniform(-0.04, 0.04)) * W
    cy = H / 2 + float(rng.uniform(-0.04, 0.04)) * H
    tilt = tilt if tilt is not None else float(rng.uniform(0.02, 0.09))
    rot_a = np.deg2rad(float(rng.uniform(-4, 4)))
    corners = np.array(
        [
            [-tw / 2 * (1 - tilt), -th / 2],
            [tw / 2 * (1 - tilt), -th / 2],
            [tw / 2, th / 2],
            [-tw / 2, th / 2],
        ],
        np.float32,
    )
    if rng.random() < 0.4:  # camera tilted sideways instead
        corners = np.array(
            [
                [-tw / 2, -th / 2 * (1 - tilt)],
                [tw / 2, -th / 2],
                [tw / 2, th / 2],
                [-tw / 2, th / 2 * (1 - tilt)],
            ],
            np.float32,
        )
    corners += rng.uniform(-0.012, 0.012, corners.shape).astype(np.float32) * min(tw, th)
    c, sn = np.cos(rot_a), np.sin(rot_a)
    R = np.array([[c, -sn], [sn, c]], np.float32)
    dst = corners @ R.T + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    page = _np(img)
    warped = cv2.warpPerspective(
        page,
        M,
        (W, H),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(0, 0, 0),
    )
    mask = np.zeros((H, W), np.uint8)
    cv2.fillConvexPoly(mask, dst.astype(np.int32), 255)
    mask = cv2.GaussianBlur(mask, (5, 5), 0).astype(np.float32) / 255.0
    # light map at 1/8 scale: broad gradient, soft hot spot, the sheet's soft shadow
    hs, ws = H // 8 + 1, W // 8 + 1
    sh_s = np.zeros((hs, ws), np.uint8)
    off = np.array([float(rng.uniform(8, 30)), float(rng.uniform(8, 30))], np.float32)
    cv2.fillConvexPoly(sh_s, ((dst + off) / 8).astype(np.int32), 255)
    k = int(max(5, W // 320)) | 1
    sh_s = cv2.GaussianBlur(sh_s, (k, k), 0).astype(np.float32) / 255.0
    m_s = np.zeros((hs, ws), np.uint8)
    cv2.fillConvexPoly(m_s, (dst / 8).astype(np.int32), 255)
    m_s = m_s.astype(np.float32) / 255.0
    yy = np.linspace(-1, 1, hs, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, ws, dtype=np.float32)[None, :]
    gx, gy = float(rng.uniform(-0.12, 0.12)), float(rng.uniform(-0.14, 0.14))
    hx, hy = float(rng.uniform(-0.6, 0.6)), float(rng.uniform(-0.6, 0.6))
    light = 0.93 + gx * xx + gy * yy + 0.1 * np.exp(-((xx - hx) ** 2 + (yy - hy) ** 2) * 1.6)
    light -= 0.1 * (xx**2 + yy**2) * float(rng.uniform(0.3, 1.0))
    light *= 1.0 - 0.45 * sh_s * (1.0 - m_s)
    cast = np.array(
        [1.0, float(rng.uniform(0.96, 1.0)), float(rng.uniform(0.86, 0.98))], np.float32
    )
    if rng.random() < 0.3:
        cast = cast[::-1].copy()
    light3 = np.clip(light[:, :, None] * cast[None, None, :] * 128.0, 0, 255).astype(np.uint8)
    light3 = cv2.resize(light3, (W, H), interpolation=cv2.INTER_LINEAR)
    comp = cv2.blendLinear(warped, back, mask, 1.0 - mask)
    out = cv2.multiply(comp, light3, scale=1.0 / 128.0)
    out = _add_grain(out, _noise((H, W), rng, float(rng.uniform(2.5, 5.0))))
    b = blur if blur is not None else float(rng.uniform(0.7, 1.5))
    if b > 0:
        out = cv2.GaussianBlur(out, (0, 0), b)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, "JPEG", quality=jpeg_q)
    return buf.getvalue()


def photo_of_page(page: Page, rng, long_side: int = 3000, **kw) -> bytes:
    """Rasterise a page at a resolution matching the photo, then photograph it."""
    portrait_canvas = page.h >= page.w
    W = int(long_side * 3 / 4) if portrait_canvas else long_side
    H = long_side if portrait_canvas else int(long_side * 3 / 4)
    fill = kw.pop("fill", None) or float(rng.uniform(0.74, 0.88))
    target = min(W * fill / page.w, H * fill / page.h)  # px per mm
    dpi = min(600.0, target * 25.4 * 1.05)
    img = rasterize(page, dpi)
    return photo(img, rng, long_side=long_side, fill=fill, portrait_canvas=portrait_canvas, **kw)


def jpeg_bytes(img: Image.Image, q: int = 85, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(img: Image.Image, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "PNG", **kw)
    return buf.getvalue()
