"""Scanner and phone-camera looks for page rasters (numpy RGB uint8, 300 dpi)."""

import io

import cv2
import numpy as np
from PIL import Image


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


def scan(page, rng, dpi=None):
    """A flatbed scan: grey paper, slight skew, noise, mild blur, resampled to dpi."""
    nr = _np_rng(rng)
    dpi = dpi or rng.choice([150, 200, 200, 240, 300])
    img = page.astype(np.float32)
    tint = np.array([rng.uniform(0.9, 0.98)] * 3, np.float32)
    tint += np.array([rng.uniform(0, 0.02), rng.uniform(0, 0.015), 0], np.float32)
    img = 255 - (255 - img) * rng.uniform(0.9, 1.05)
    img = img * tint
    h, w = img.shape[:2]
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-15, 15)
    m[1, 2] += rng.uniform(-15, 15)
    bg = tuple(float(v) for v in (tint * 250))
    img = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=bg)
    if rng.random() < 0.4:  # darker scanner lid edge
        e = rng.randint(8, 30)
        img[:, :e] *= 0.55
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.4, 0.9))
    scale = dpi / 300.0
    if scale != 1.0:
        img = cv2.resize(img, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    img += nr.normal(0, rng.uniform(1.5, 4.5), img.shape).astype(np.float32)
    out = img.clip(0, 255).astype(np.uint8)
    if rng.random() < 0.25:
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = np.stack([g, g, g], -1)
    return Image.fromarray(out), dpi


def _table(nr, rng, w, h):
    kind = rng.choice(["wood", "plain", "cloth"])
    if kind == "wood":
        base = np.array([rng.uniform(120, 170), rng.uniform(80, 115), rng.uniform(45, 70)])
        streak = nr.normal(0, 1, (h // 4 + 1, 8)).astype(np.float32)
        streak = cv2.resize(cv2.GaussianBlur(streak, (0, 0), 1.5), (w, h))
        tex = base[None, None, :] * (1 + 0.12 * streak[..., None])
    elif kind == "plain":
        base = np.array([rng.uniform(170, 220)] * 3) * np.array([1.0, 0.98, rng.uniform(0.9, 1)])
        tex = np.broadcast_to(base, (h, w, 3)).copy()
    else:
        base = np.array([rng.uniform(40, 90), rng.uniform(50, 90), rng.uniform(70, 120)])
        n = cv2.GaussianBlur(nr.normal(0, 1, (h, w)).astype(np.float32), (0, 0), 2)
        tex = base[None, None, :] * (1 + 0.1 * n[..., None])
    return tex.astype(np.float32)


def photo(page, rng):
    """A phone photo of a sheet on a table: perspective, light, shadow, cast, blur, JPEG."""
    nr = _np_rng(rng)
    long_side = rng.choice([2448, 3024, 3264, 4000])
    ph, pw = page.shape[:2]
    out_h, out_w = long_side, int(long_side * rng.uniform(0.72, 0.77))
    fill = rng.uniform(0.8, 0.92)
    sh = out_h * fill
    sw = sh * pw / ph
    cx, cy = (
        out_w / 2 + rng.uniform(-0.03, 0.03) * out_w,
        out_h / 2 + rng.uniform(-0.02, 0.02) * out_h,
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    j = 0.035 * sh
    dst = np.float32(
        [
            [cx - sw / 2 + rng.uniform(-j, j), cy - sh / 2 + rng.uniform(-j, j)],
            [cx + sw / 2 + rng.uniform(-j, j), cy - sh / 2 + rng.uniform(-j, j)],
            [cx + sw / 2 + rng.uniform(-j, j), cy + sh / 2 + rng.uniform(-j, j)],
            [cx - sw / 2 + rng.uniform(-j, j), cy + sh / 2 + rng.uniform(-j, j)],
        ]
    )
    mat = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, mat, (out_w, out_h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), mat, (out_w, out_h))
    a = cv2.GaussianBlur(mask.astype(np.float32) / 255, (0, 0), 1.2)[..., None]
    img = _table(nr, rng, out_w, out_h) * (1 - a) + warped.astype(np.float32) * a
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.12 * (gx * (xx / out_w - 0.5) + gy * (yy / out_h - 0.5))
    if rng.random() < 0.6:  # soft shadow of the phone/hand
        sx, sy = rng.uniform(0, out_w), rng.uniform(0, out_h)
        r = rng.uniform(0.25, 0.5) * out_w
        d = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2)
        light *= 1 - rng.uniform(0.12, 0.25) * np.clip(1 - d / r, 0, 1) ** 0.7
    light *= rng.uniform(0.85, 1.0)
    cast = np.array([rng.uniform(0.97, 1.06), 1.0, rng.uniform(0.86, 1.02)], np.float32)
    img = img * light[..., None] * cast
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.6, 1.3))
    img += nr.normal(0, rng.uniform(2, 5), img.shape).astype(np.float32)
    out = img.clip(0, 255).astype(np.uint8)
    rot = rng.choice([0, 0, 0, 90, 180, 270])
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return Image.fromarray(out), rot


def jpeg_bytes(im, q, dpi=None):
    buf = io.BytesIO()
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()
