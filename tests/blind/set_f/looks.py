"""Scanner and phone-camera simulation (deterministic: numpy Generator seeded)."""

from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image

cv2.setNumThreads(1)


def _np_rng(r):
    return np.random.default_rng(r.randint(0, 2**31 - 1))


def _add_noise(a, g, sigma):
    """Add luminance noise to a uint8 HxWx3 image (in a int16 working copy)."""
    h, w = a.shape[:2]
    nz = g.standard_normal((h, w), dtype=np.float32)
    nz *= sigma
    a16 = a.astype(np.int16)
    a16 += nz.astype(np.int16)[:, :, None]
    np.clip(a16, 0, 255, out=a16)
    return a16.astype(np.uint8)


def scan(img, r, grey=False, max_angle=1.6, noise=3.0, tone=None, lid_shadow=True):
    """Flatbed scan: paper tone, small skew, noise, slight softness."""
    g = _np_rng(r)
    ang = r.uniform(0.3, max_angle) * r.choice((-1, 1))
    if tone is None:
        base = r.randint(236, 250)
        tone = (base, base - r.randint(0, 3), base - r.randint(2, 9))
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(
        a,
        M,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(255, 255, 255),
    )
    # white -> paper tone, black -> dark grey (affine per channel)
    m = np.zeros((3, 4), np.float32)
    for c in range(3):
        m[c, c] = tone[c] / 255.0 * (1 - 18 / 255.0)
        m[c, 3] = 18
    a = cv2.transform(a, m)
    if lid_shadow and r.random() < 0.6:
        side = r.choice(("top", "left", "right", "bottom"))
        band = int(min(h, w) * r.uniform(0.01, 0.025))
        ramp = np.linspace(0.55, 1.0, band, dtype=np.float32)
        if side == "top":
            a[:band] = (a[:band] * ramp[:, None, None]).astype(np.uint8)
        elif side == "bottom":
            a[h - band :] = (a[h - band :] * ramp[::-1][:, None, None]).astype(np.uint8)
        elif side == "left":
            a[:, :band] = (a[:, :band] * ramp[None, :, None]).astype(np.uint8)
        else:
            a[:, w - band :] = (a[:, w - band :] * ramp[::-1][None, :, None]).astype(np.uint8)
    a = cv2.GaussianBlur(a, (0, 0), sigmaX=r.uniform(0.35, 0.7))
    a = _add_noise(a, g, noise)
    im = Image.fromarray(a)
    if grey:
        im = im.convert("L")
    return im


def _background(W, H, r, shadow_small):
    """Table texture computed at quarter resolution (with the sheet's shadow),
    then upscaled to uint8."""
    kind = r.choice(("wood", "wood", "desk", "fabric", "dark"))
    h4, w4 = shadow_small.shape
    yy, xx = np.mgrid[0:h4, 0:w4].astype(np.float32)
    if kind == "wood":
        base = np.array([r.randint(120, 170), r.randint(80, 115), r.randint(45, 70)], np.float32)
        ang = r.uniform(-0.2, 0.2)
        u = xx * math.sin(ang) + yy * math.cos(ang)
        v = xx * math.cos(ang) - yy * math.sin(ang)
        grain = np.sin(
            v / r.uniform(4, 8) + 2.2 * np.sin(u / r.uniform(50, 120)) + 0.8 * np.sin(v / 24.0)
        )
        a = base[None, None, :] * (0.9 + 0.08 * grain[:, :, None])
    elif kind == "desk":
        base = np.array([r.randint(200, 235)] * 3, np.float32) - np.array([0, 3, 8], np.float32)
        a = np.ones((h4, w4, 3), np.float32) * base
    elif kind == "fabric":
        base = np.array([r.randint(40, 90), r.randint(60, 110), r.randint(90, 150)], np.float32)
        weave = 0.96 + 0.08 * ((np.floor(xx) + np.floor(yy)) % 2)
        a = base[None, None, :] * weave[:, :, None]
    else:
        base = np.array([r.randint(35, 60)] * 3, np.float32)
        a = np.ones((h4, w4, 3), np.float32) * base
    a *= (1 - 0.45 * shadow_small)[:, :, None]
    return cv2.resize(np.clip(a, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)


def phone_photo(img, r, long_side=3000, rotate=0, portrait=True, fill=0.78):
    """Photograph of a document lying on a table. rotate: 0, 90, 180 or 270
    (degrees counter-clockwise applied to the final photo)."""
    g = _np_rng(r)
    page = np.asarray(img.convert("RGB"))
    ph, pw = page.shape[:2]
    if portrait:
        H, W = long_side, int(long_side * 3 / 4)
    else:
        W, H = long_side, int(long_side * 3 / 4)
    scale = min(W * fill / pw, H * fill / ph)
    tw, th = pw * scale, ph * scale
    cx, cy = W / 2 + r.uniform(-0.04, 0.04) * W, H / 2 + r.uniform(-0.04, 0.04) * H
    j = min(W, H) * 0.045
    dst = np.float32(
        [
            [cx - tw / 2 + r.uniform(-j, j), cy - th / 2 + r.uniform(-j, j)],
            [cx + tw / 2 + r.uniform(-j, j), cy - th / 2 + r.uniform(-j, j)],
            [cx + tw / 2 + r.uniform(-j, j), cy + th / 2 + r.uniform(-j, j)],
            [cx - tw / 2 + r.uniform(-j, j), cy + th / 2 + r.uniform(-j, j)],
        ]
    )
    k = r.uniform(0.0, 0.05) * tw
    dst[0][0] += k
    dst[1][0] -= k
    rot = math.radians(r.uniform(-4, 4))
    c, s = math.cos(rot), math.sin(rot)
    dst = np.float32(
        [[cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c] for x, y in dst]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    # shadow of the sheet at quarter resolution
    q = 4
    w4, h4 = W // q + 1, H // q + 1
    Mq = np.float32([[1 / q, 0, 0], [0, 1 / q, 0], [0, 0, 1]]) @ M
    mask4 = cv2.warpPerspective(np.ones((ph, pw), np.float32), Mq.astype(np.float64), (w4, h4))
    sh = cv2.GaussianBlur(mask4, (0, 0), sigmaX=max(1.0, min(W, H) * 0.012 / q))
    sh = cv2.warpAffine(sh, np.float32([[1, 0, W * 0.01 / q], [0, 1, H * 0.008 / q]]), (w4, h4))
    a = _background(W, H, r, sh)
    # the sheet itself, drawn over the table
    cv2.warpPerspective(
        page, M, (W, H), dst=a, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    # uneven light: broad gradient, soft hot spot, vignette, warm cast (1/8 resolution)
    h8, w8 = H // 8 + 1, W // 8 + 1
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    xx *= W / w8
    yy *= H / h8
    ang = r.uniform(0, 2 * math.pi)
    lin = ((xx - W / 2) * math.cos(ang) + (yy - H / 2) * math.sin(ang)) / max(W, H)
    light = 0.93 + r.uniform(0.1, 0.22) * lin
    hx, hy = r.uniform(0.2, 0.8) * W, r.uniform(0.2, 0.8) * H
    light += 0.08 * np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * (0.35 * max(W, H)) ** 2)))
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1 - 0.35 * r2
    cast = np.array([1.0, r.uniform(0.96, 0.99), r.uniform(0.88, 0.95)], np.float32)
    light3 = np.clip(light[:, :, None] * cast[None, None, :] * 200, 0, 255).astype(np.uint8)
    light3 = cv2.resize(light3, (W, H), interpolation=cv2.INTER_LINEAR)
    a = cv2.multiply(a, light3, scale=1 / 200.0)
    a = cv2.GaussianBlur(a, (0, 0), sigmaX=r.uniform(0.7, 1.3))
    a = _add_noise(a, g, 3.5)
    if rotate:
        a = np.ascontiguousarray(np.rot90(a, rotate // 90))
    return Image.fromarray(a)


def composite(items, size_mm=(210.0, 297.0), dpi=200, bg=(255, 255, 255)):
    """items: list of (PIL image rendered at `dpi`, x_mm, y_mm, angle_deg)."""
    k = dpi / 25.4
    W, H = round(size_mm[0] * k), round(size_mm[1] * k)
    out = Image.new("RGB", (W, H), bg)
    for img, x, y, ang in items:
        im = img.convert("RGBA")
        if ang:
            im = im.rotate(ang, resample=Image.BICUBIC, expand=True)
        out.paste(im.convert("RGB"), (int(x * k), int(y * k)), im.split()[3])
    return out
