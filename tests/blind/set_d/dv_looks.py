"""Degradations that turn a clean raster page into a scan or a phone photo."""

import cv2
import numpy as np
from dv_render import seed_of
from PIL import Image


def _rng(*k):
    return np.random.default_rng(seed_of(*k))


def scan(img, key, angle=None, grey=False, noise=6.0, tint=(250, 248, 242), blur=0.5, dpi=200):
    """Flatbed scan: slight rotation, paper tint, noise, soft blur, lid shadow."""
    r = _rng("scan", key)
    if angle is None:
        angle = float(r.uniform(0.3, 1.8)) * (1 if r.random() < 0.5 else -1)
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    a = cv2.warpAffine(
        a,
        M,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(255, 255, 255),
    )
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    f = a.astype(np.float32)
    f *= np.array(tint, np.float32) / 255.0
    f += r.normal(0, noise, (h, w)).astype(np.float32)[:, :, None]
    edge = int(w * 0.012)
    if edge > 0:
        f[:, :edge] *= np.linspace(0.55, 1.0, edge, dtype=np.float32)[None, :, None]
    np.clip(f, 0, 255, out=f)
    im = Image.fromarray(f.astype(np.uint8))
    if grey:
        im = im.convert("L")
    return im


def table_background(w, h, key, kind="wood"):
    """Background texture computed at 1/4 resolution, then upscaled."""
    r = _rng("bg", key, kind)
    sw, sh = w // 4 + 1, h // 4 + 1
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32)
        y = np.arange(sh)[:, None] * 4.0
        x = np.arange(sw)[None, :] * 4.0
        grain = np.sin(y * 0.035 + 6 * np.sin(x * 0.004 + r.uniform(0, 6))) * 18
        a = np.ones((sh, sw, 3), np.float32) * base
        a += grain[:, :, None] * np.array([1.0, 0.8, 0.6], np.float32)
    elif kind == "grey":
        a = np.ones((sh, sw, 3), np.float32) * np.array([95, 98, 104], np.float32)
    else:  # desk
        a = np.ones((sh, sw, 3), np.float32) * np.array([60, 70, 85], np.float32)
    small = r.normal(0, 10, (sh // 2 + 1, sw // 2 + 1)).astype(np.float32)
    small = cv2.resize(small, (sw, sh), interpolation=cv2.INTER_LINEAR)
    a += small[:, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_LINEAR)


def phone_photo(img, key, long_side=2800, rotate=0, bg="wood", fill=0.82, blur=1.0, warm=True):
    """Page photographed on a table: perspective, uneven light, blur, JPEG."""
    r = _rng("photo", key)
    src = np.asarray(img.convert("RGB"))
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    if portrait:
        H, W = long_side, int(long_side * 0.75)
    else:
        W, H = long_side, int(long_side * 0.75)
    back = table_background(W, H, key, bg)
    scale = min(W * fill / sw, H * fill / sh)
    pw, ph = sw * scale, sh * scale
    cx, cy = W / 2 + r.uniform(-0.04, 0.04) * W, H / 2 + r.uniform(-0.03, 0.03) * H
    j = lambda s: r.uniform(-s, s)
    k = 0.035
    dst = np.float32(
        [
            [cx - pw / 2 + j(k * pw), cy - ph / 2 + j(k * ph)],
            [cx + pw / 2 + j(k * pw), cy - ph / 2 + j(k * ph)],
            [cx + pw / 2 + j(k * pw) + pw * 0.03, cy + ph / 2 + j(k * ph)],
            [cx - pw / 2 + j(k * pw) - pw * 0.03, cy + ph / 2 + j(k * ph)],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    # shadow: warp the page outline at low resolution, blur, offset
    q = 8
    Ms = cv2.getPerspectiveTransform(srcq, dst / q)
    mask_s = cv2.warpPerspective(
        np.full((sh // q + 1, sw // q + 1), 255, np.uint8),
        cv2.getPerspectiveTransform(srcq / q, dst / q),
        (W // q + 1, H // q + 1),
    )
    shadow = cv2.GaussianBlur(mask_s, (0, 0), 2.5)
    shadow = np.roll(shadow, (2, 1), axis=(0, 1))
    shadow = cv2.resize(shadow, (W, H), interpolation=cv2.INTER_LINEAR)
    back = (
        back.astype(np.float32) * (1 - 0.45 * shadow[:, :, None].astype(np.float32) / 255.0)
    ).astype(np.uint8)
    out = cv2.warpPerspective(
        src, M, (W, H), dst=back.copy(), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    # uneven light computed at low resolution
    lh, lw = H // q + 1, W // q + 1
    yy, xx = np.mgrid[0:lh, 0:lw].astype(np.float32)
    lx, ly = r.uniform(0.2, 0.8) * lw, r.uniform(0.1, 0.5) * lh
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(lw, lh)
    light = (1.06 - 0.38 * dist).astype(np.float32)
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    tint = np.array([1.03, 1.0, 0.93] if warm else [1.0, 1.0, 1.0], np.float32)
    o = out.astype(np.float32)
    o *= light[:, :, None]
    o *= tint
    o += r.normal(0, 3.5, (H, W)).astype(np.float32)[:, :, None]
    np.clip(o, 0, 255, out=o)
    out = o.astype(np.uint8)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    im = Image.fromarray(out)
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im


def card_photo(card_img, key, long_side=2400, bg="grey"):
    """Close-up phone photo of an ID card or passport page."""
    return phone_photo(card_img, key, long_side=long_side, bg=bg, fill=0.7, blur=0.8)


def on_a4(cards, dpi=200, key="a4"):
    """Place card/passport images (already rendered at dpi) on a blank A4 sheet.

    cards: list of (PIL image, x_mm, y_mm, angle_deg)."""
    s = dpi / 25.4
    W, H = int(210 * s), int(297 * s)
    sheet = Image.new("RGB", (W, H), (255, 255, 255))
    for im, x, y, ang in cards:
        im2 = im.convert("RGBA").rotate(ang, resample=Image.BICUBIC, expand=True)
        sheet.paste(im2, (int(x * s), int(y * s)), im2)
    return sheet


def save_jpeg(im, path, quality=85, dpi=None):
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(path, "JPEG", **kw)


def save_png(im, path, dpi=None):
    kw = {"optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(path, "PNG", **kw)
