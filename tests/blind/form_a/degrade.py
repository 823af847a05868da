"""Scanner and phone-camera looks for rendered pages (numpy/OpenCV, seeded)."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image


def _np(img):
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _img(a):
    return Image.fromarray(np.clip(a + 0.5, 0, 255).astype(np.uint8), "RGB")


def jpeg_roundtrip(img: Image.Image, q: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    buf.seek(0)
    return Image.open(buf).convert(img.mode)


def scan(
    img: Image.Image, rng: random.Random, grey=True, angle=None, photocopy=False, avoid=None
) -> Image.Image:
    """Flatbed scan: skew, paper tint, blur, noise, uneven gain, optional photocopy toner."""
    nrng = np.random.default_rng(rng.randrange(2**31))
    a = _np(img)
    h, w = a.shape[:2]
    if angle is None:
        angle = rng.choice([-1, 1]) * rng.uniform(0.3, 2.0)
    # paper tint before rotation (white of the page), lid colour after
    white = rng.uniform(238, 252)
    tint = np.array(
        [white + rng.uniform(-2, 2), white + rng.uniform(-2, 2), white - rng.uniform(0, 8)],
        dtype=np.float32,
    ).clip(0, 255)
    a = a / 255.0 * tint[None, None, :]
    if photocopy:
        g = a.mean(axis=2, keepdims=True)
        a = np.repeat(np.where(g < 170, g * 0.75, np.minimum(255, g * 1.04)), 3, axis=2)
    M = cv2.getRotationMatrix2D(
        (w / 2 + rng.uniform(-20, 20), h / 2 + rng.uniform(-20, 20)), angle, 1.0
    )
    M[0, 2] += rng.uniform(-0.01, 0.012) * w
    M[1, 2] += rng.uniform(-0.006, 0.012) * h
    lid = rng.uniform(225, 250)
    a = cv2.warpAffine(
        a,
        M,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(lid, lid, lid),
    )
    # uneven lamp: gentle gradient along the page
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    gain = 1.0 - rng.uniform(0.0, 0.06) * xx - rng.uniform(0.0, 0.05) * yy
    a = a * gain[..., None]
    # dark edge where the page did not touch the glass
    if rng.random() < 0.4:
        e = int(rng.uniform(0.004, 0.012) * w)
        a[:, :e] *= np.linspace(0.35, 1.0, e, dtype=np.float32)[None, :, None]
    sig = rng.uniform(0.35, 0.8)
    a = cv2.GaussianBlur(a, (0, 0), sig)
    a += nrng.normal(0, rng.uniform(2.5, 6.0), a.shape[:2]).astype(np.float32)[..., None]
    # dust specks
    for _ in range(rng.randint(5, 30)):
        x, y = rng.randrange(w), rng.randrange(h)
        if avoid and avoid[0] - 60 <= x <= avoid[2] + 60 and avoid[1] - 60 <= y <= avoid[3] + 60:
            continue  # keep the signature box free of specks that could pass for a pen dot
        r = rng.randint(1, 2)
        cv2.circle(a, (x, y), r, (90, 90, 90), -1)
    if grey:
        g = a @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        return Image.fromarray(np.clip(g + 0.5, 0, 255).astype(np.uint8), "L")
    return _img(a)


def _background(rng, nrng, H, W):
    """Surface under the page, computed at quarter resolution then enlarged."""
    h, w = H // 4, W // 4
    kind = rng.choice(["wood", "wood", "desk", "fabric", "dark", "marble"])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array(
            [rng.uniform(120, 170), rng.uniform(80, 115), rng.uniform(45, 75)], np.float32
        )
        f = rng.uniform(0.05, 0.12)
        ang = rng.uniform(-0.2, 0.2)
        t = yy * np.cos(ang) + xx * np.sin(ang)
        low = cv2.resize(
            nrng.normal(0, 1, (4, 3)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
        )
        streak = cv2.resize(nrng.normal(0, 1, (h, max(2, w // 40))).astype(np.float32), (w, h))
        g = 0.5 + 0.5 * np.sin(t * f + 2.0 * low)
        a = base[None, None, :] * (0.85 + 0.18 * g + 0.05 * streak)[..., None]
    elif kind == "desk":
        base = np.array([rng.uniform(170, 215)] * 3, np.float32) * np.array(
            [0.97, 1.0, 1.04], np.float32
        )
        a = np.broadcast_to(base, (h, w, 3)).copy()
    elif kind == "fabric":
        base = np.array(
            [rng.uniform(60, 140), rng.uniform(60, 120), rng.uniform(90, 160)], np.float32
        )
        p = 0.9 + 0.1 * ((np.sin(xx * 1.4) > 0) ^ (np.sin(yy * 1.4) > 0))
        a = base[None, None, :] * p[..., None]
    elif kind == "marble":
        base = np.array([225, 222, 218], np.float32)
        low = cv2.resize(
            nrng.normal(0, 1, (5, 4)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
        )
        v = 0.93 + 0.05 * np.sin(xx * 0.02 + yy * 0.01 + 1.5 * low)
        a = base[None, None, :] * v[..., None]
    else:
        base = np.array([rng.uniform(25, 50)] * 3, np.float32)
        a = np.broadcast_to(base, (h, w, 3)).copy()
    return cv2.resize(a.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR), kind


def photo(img: Image.Image, rng: random.Random, long_side=4000, rotate=0) -> Image.Image:
    """Phone photo of a page lying on a surface: perspective, light, blur, noise (JPEG later)."""
    nrng = np.random.default_rng(rng.randrange(2**31))
    page = np.asarray(img.convert("RGB"))
    ph, pw = page.shape[:2]
    H = long_side
    W = int(round(long_side * rng.choice([0.75, 0.75, 0.5625, 0.75])))
    bg, kind = _background(rng, nrng, H, W)
    fill = rng.uniform(0.78, 0.92)
    th = H * fill
    tw = th * pw / ph
    if tw > W * 0.96:
        tw = W * 0.96
        th = tw * ph / pw
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    k = 0.035
    tilt = rng.uniform(-0.06, 0.06)  # phone not parallel to the page: keystone
    dst = np.array(
        [
            [cx - tw / 2 * (1 - tilt) + j(k * tw), cy - th / 2 + j(k * th)],
            [cx + tw / 2 * (1 - tilt) + j(k * tw), cy - th / 2 + j(k * th)],
            [cx + tw / 2 * (1 + tilt) + j(k * tw), cy + th / 2 + j(k * th)],
            [cx - tw / 2 * (1 + tilt) + j(k * tw), cy + th / 2 + j(k * th)],
        ],
        np.float32,
    )
    rot = np.radians(rng.uniform(-3.5, 3.5))
    c, s = np.cos(rot), np.sin(rot)
    dst = (dst - [cx, cy]) @ np.array([[c, s], [-s, c]], np.float32) + [cx, cy]
    # keep the whole page in the frame
    lo = np.array([0.015 * W, 0.015 * H], np.float32)
    hi = np.array([0.985 * W, 0.985 * H], np.float32)
    ctr = np.array([cx, cy], np.float32)
    for _ in range(20):
        if (dst >= lo).all() and (dst <= hi).all():
            break
        dst = (dst - ctr) * 0.97 + ctr
        shift = (np.array([W / 2, H / 2], np.float32) - ctr) * 0.25
        dst = dst + shift
        ctr = ctr + shift
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    # page mask and its soft shadow (at quarter resolution)
    q = 4
    Mq = np.diag([1 / q, 1 / q, 1]).astype(np.float64) @ M
    mask_q = cv2.warpPerspective(
        np.ones((ph, pw), np.float32), Mq, (W // q, H // q), flags=cv2.INTER_LINEAR
    )
    sh = cv2.GaussianBlur(
        np.roll(mask_q, (int(H / q * 0.006), int(W / q * 0.008)), axis=(0, 1)),
        (0, 0),
        H / q * 0.008,
    )
    # light: gradient + hotspot + vignette (+ shadow band), computed small
    yy = np.linspace(-1, 1, H // q, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, W // q, dtype=np.float32)[None, :]
    gx, gy = rng.uniform(-0.12, 0.12), rng.uniform(-0.12, 0.12)
    hx, hy = rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6)
    light = 0.93 + gx * xx + gy * yy + 0.10 * np.exp(-((xx - hx) ** 2 + (yy - hy) ** 2) / 0.5)
    light = light * (1 - 0.18 * (xx**2 + yy**2) / 2)
    if rng.random() < 0.35:
        sx, sy = rng.uniform(-1, 1), rng.choice([-1, 1])
        band = 1 / (1 + np.exp(-((xx - sx) * 3 + (yy - sy * 0.6) * sy * 4)))
        light = light * (1 - 0.22 * band)
    light = light * (1 - 0.45 * sh * (1 - mask_q))
    paper = np.array(
        [rng.uniform(0.93, 1.0), rng.uniform(0.93, 0.99), rng.uniform(0.86, 0.96)], np.float32
    )
    warm = np.array([rng.uniform(1.0, 1.06), 1.0, rng.uniform(0.88, 0.99)], np.float32)
    # gain image (light x white balance x paper tint where the page is), small then enlarged
    gain = light[..., None] * warm[None, None, :]
    gain = gain * (1 - mask_q[..., None]) + gain * paper[None, None, :] * mask_q[..., None]
    gain = cv2.resize(gain.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    # page warped straight onto the surface (transparent border keeps the background)
    a = np.clip(bg, 0, 255).astype(np.uint8)
    cv2.warpPerspective(
        page, M, (W, H), dst=a, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_TRANSPARENT
    )
    a = cv2.multiply(a.astype(np.float32), gain)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.7))
    noise = nrng.standard_normal((H, W), dtype=np.float32) * rng.uniform(2.0, 4.5)
    a = cv2.add(a, cv2.merge([noise, noise, noise]))
    out = np.clip(a, 0, 255).astype(np.uint8)
    if rotate == 90:
        out = np.ascontiguousarray(np.rot90(out, 1))
    elif rotate == 180:
        out = np.ascontiguousarray(np.rot90(out, 2))
    elif rotate == 270:
        out = np.ascontiguousarray(np.rot90(out, 3))
    return Image.fromarray(out, "RGB")
