"""Degradations: flatbed scan, scanner PDF page, phone photo on a table."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageFilter

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31 - 1))


def on_a4(items, dpi, bg=(250, 250, 248), rng=None):
    """Lay out several rendered pieces (e.g. the two sides of a card) on an A4 sheet, as a
    photocopy does. items: list of (image, x_mm, y_mm)."""
    k = dpi / 25.4
    sheet = Image.new("RGB", (round(210 * k), round(297 * k)), bg)
    for im, x, y in items:
        sheet.paste(im, (round(x * k), round(y * k)))
    return sheet


def scan(img: Image.Image, rng, grey=0.94, skew=0.6, noise=5.0, blur=0.5) -> Image.Image:
    """A flatbed scan: slight skew, greyish paper, sensor noise, soft focus."""
    g = _np_rng(rng)
    ang = rng.uniform(-skew, skew)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array([grey * 255, grey * 253, grey * 248], dtype=np.float32)
    a = a * (tint / 255.0)  # paper goes grey
    a += g.normal(0, noise, a.shape[:2])[..., None]
    # a faint vertical lamp gradient
    w = a.shape[1]
    grad = np.linspace(rng.uniform(-8, 0), rng.uniform(0, 6), w, dtype=np.float32)
    a += grad[None, :, None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tuple(tint.astype(int)))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    return out


def _table(w, h, rng, g):
    kind = rng.choice(["wood", "grey", "cloth"])
    if kind == "wood":
        base = np.array([rng.randint(120, 160), rng.randint(80, 105), rng.randint(45, 65)])
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(xs / rng.uniform(9, 16) + np.sin(ys / 180.0) * 3) * 12
        t = base[None, None, :] + grain[..., None]
    elif kind == "grey":
        base = np.array([rng.randint(70, 110)] * 3) + np.array([0, 2, 6])
        t = np.broadcast_to(base, (h, w, 3)).astype(np.float32)
    else:
        base = np.array([rng.randint(40, 70), rng.randint(60, 90), rng.randint(90, 130)])
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        weave = (np.sin(xs / 2.2) * np.sin(ys / 2.2)) * 8
        t = base[None, None, :] + weave[..., None]
    t = t + g.normal(0, 6, (h, w))[..., None]
    return t.astype(np.float32)


def photo(img: Image.Image, rng, rot=0, long_side=4000, fill=0.80, cast=None) -> Image.Image:
    """A phone photo of a page or card on a table: perspective, shadow, light falloff, colour
    cast, blur, noise; rot in {0, 90, 180, 270} is the counter-clockwise rotation of the saved
    file (a photo the phone did not turn upright)."""
    g = _np_rng(rng)
    W, H = (3000, long_side) if img.height >= img.width else (long_side, 3000)
    bg = _table(W, H, rng, g)
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    top_shrink = rng.uniform(0.0, 0.06) * dw
    dst = np.float32(
        [
            [cx - dw / 2 + top_shrink + j(), cy - dh / 2 + j()],
            [cx + dw / 2 - top_shrink + j(), cy - dh / 2 + j()],
            [cx + dw / 2 + j(), cy + dh / 2 + j()],
            [cx - dw / 2 + j(), cy + dh / 2 + j()],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow under the sheet
    sm = cv2.GaussianBlur(mask, (0, 0), 25)
    sm = np.roll(sm, (18, 14), axis=(0, 1))
    bg = bg * (1 - 0.45 * sm[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a soft bright spot and a hand/phone shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light = 1.05 - 0.25 * (((xx - lx) ** 2 + (yy - ly) ** 2) / (W**2 + H**2))
    ang = rng.uniform(0, np.pi)
    d = (xx - W / 2) * np.cos(ang) + (yy - H / 2) * np.sin(ang)
    band = 1 - rng.uniform(0.10, 0.22) * (1 / (1 + np.exp(-(d - rng.uniform(-0.3, 0.3) * W) / 60)))
    out = out * (light * band)[..., None]
    cast = cast or (rng.uniform(0.96, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.98))
    out = out * np.array(cast, np.float32)[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(1.0, 1.9))
    out += g.normal(0, 4.0, out.shape)
    res = np.clip(out, 0, 255).astype(np.uint8)
    if rot:
        res = np.ascontiguousarray(np.rot90(res, rot // 90))
    return Image.fromarray(res)


def save_jpg(img: Image.Image, path, q=88, dpi=None):
    kw = {"quality": q, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(str(path), "JPEG", **kw)
