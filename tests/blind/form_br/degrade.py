"""Looks: flatbed scan, scanner PDF page and phone photo of a paper page."""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
from PIL import Image


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return g.normal(0, sigma, shape).astype(np.float32)


def paper(img: Image.Image, rng) -> np.ndarray:
    """Printed paper: slightly grey/warm, toner not perfectly black, fine grain."""
    a = np.asarray(img.convert("RGB"), np.float32)
    tint = np.array([rng.uniform(0.93, 0.985)] * 3, np.float32)
    tint[2] *= rng.uniform(0.97, 1.0)
    a = a * tint[None, None, :]
    a = 18 + a * (1 - 18 / 255)  # toner is never pure black
    a += _noise(rng, a.shape[:2], 2.5)[..., None]
    return a


def scan(img: Image.Image, rng, grey=False) -> Image.Image:
    """A flatbed scan: small skew, even light, a bit of blur, grey paper."""
    a = paper(img, rng)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.1, 1.1)
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-10, 10)
    border = rng.uniform(225, 245)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(border,) * 3)
    # lid shadow on one edge
    edge = int(w * rng.uniform(0.004, 0.012))
    a[:, :edge] *= 0.55
    k = rng.choice([0, 0, 1])
    if k:
        a = cv2.GaussianBlur(a, (3, 3), 0.6)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    return out.convert("L") if grey else out


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def _table(rng, w, h) -> np.ndarray:
    """A table top: wood grain or a plain desk, with noise."""
    g = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "desk", "dark"])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([rng.uniform(120, 160), rng.uniform(85, 110), rng.uniform(50, 70)])
        low = g.normal(0, 1, (max(2, h // 180), max(2, w // 180))).astype(np.float32)
        low = cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)
        fine = g.normal(0, 1, (h // 4, max(2, w // 60))).astype(np.float32)
        fine = cv2.resize(fine, (w, h), interpolation=cv2.INTER_LINEAR)
        grain = np.sin(yy / rng.uniform(14, 30) + 2.5 * low) * 0.5 + 0.5 * fine / 2.5
        t = base[None, None, :] * (0.9 + 0.06 * grain[..., None] + 0.04 * low[..., None])
    elif kind == "desk":
        base = np.array([rng.uniform(190, 215)] * 3) * np.array([1.0, 0.99, 0.95])
        t = np.broadcast_to(base, (h, w, 3)).astype(np.float32).copy()
    else:
        base = np.array([rng.uniform(45, 70)] * 3) * np.array([0.95, 1.0, 1.05])
        t = np.broadcast_to(base, (h, w, 3)).astype(np.float32).copy()
    t = t + g.normal(0, 6, (h, w, 1)).astype(np.float32)
    return t.astype(np.float32)


def phone(img: Image.Image, rng, long_side=4000) -> Image.Image:
    """A phone photo of a page on a table: perspective, shadow, light falloff, colour cast."""
    a = paper(img, rng)
    ph, pw = a.shape[:2]
    H = long_side
    W = int(H * 3 / 4)
    fill = rng.uniform(0.72, 0.88)
    scale = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    ang = math.radians(rng.uniform(-4, 4))
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dx, dy = sx * cw / 2, sy * ch / 2
        rx = dx * math.cos(ang) - dy * math.sin(ang)
        ry = dx * math.sin(ang) + dy * math.cos(ang)
        corners.append([cx + rx, cy + ry])
    dst = np.float32(corners)
    # keystone: the top of the page farther from the lens
    k = rng.uniform(0.0, 0.06) * cw
    dst[0, 0] += k
    dst[1, 0] -= k
    dst += np.float32(
        [[rng.uniform(-0.015, 0.015) * W, rng.uniform(-0.01, 0.01) * H] for _ in range(4)]
    )
    m = cv2.getPerspectiveTransform(src, dst)
    table = _table(rng, W, H)
    warped = cv2.warpPerspective(a, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 1.2)[..., None]
    # the page casts a little shadow on the table
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    sh = np.roll(sh, (int(rng.uniform(8, 25)), int(rng.uniform(-15, 15))), axis=(0, 1))
    if sh.ndim == 2:
        sh = sh[..., None]
    table = table * (1 - 0.45 * sh)
    out = table * (1 - mask) + warped * mask
    # light falloff and a soft shadow (hand / phone) across part of the page
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * H
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    light = 1.05 - rng.uniform(0.25, 0.45) * dist
    th = rng.uniform(0, math.pi)
    proj = (xx - W / 2) * math.cos(th) + (yy - H / 2) * math.sin(th)
    edge = rng.uniform(0.15, 0.45) * max(W, H)
    shade = 1 - rng.uniform(0.12, 0.3) / (1 + np.exp(-(proj - edge) / (0.05 * W)))
    out = out * (light * shade)[..., None]
    warm = rng.uniform(-0.04, 0.05)
    cast = np.array([1.0 + warm, 1.0, 1.0 - warm * 1.3], np.float32)
    out = out * cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.5))
    out += _noise(rng, (H, W), 3.5)[..., None]
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    return im
