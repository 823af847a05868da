"""Acquisition looks: flatbed scan, phone photo, scanner PDF pages."""

import cv2
import numpy as np
from PIL import Image

cv2.setNumThreads(1)


def _np(img):
    return np.asarray(img.convert("RGB")).astype(np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _lowfreq(rng, h, w, cells=6):
    g = np.array([[rng.random() for _ in range(cells)] for _ in range(cells)], np.float32)
    return cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)


def _noise(rng, shape, sigma):
    seed = rng.randrange(2**31)
    return np.random.default_rng(seed).normal(0, sigma, shape).astype(np.float32)


def scan(img, rng, angle=None, tint=(246, 244, 238), noise=3.0, blur=0.6):
    """Flatbed scan of a full page: grey-ish paper, slight skew, sensor noise."""
    a = _np(img)
    paper = np.array(tint, np.float32) / 255.0
    a = a * paper
    h, w = a.shape[:2]
    ang = rng.uniform(-1.2, 1.2) if angle is None else angle
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    border = tuple(float(v) * 0.97 for v in tint)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a += _noise(rng, a.shape, noise)
    return _pil(a)


def place_on_glass(items, rng, size_px, dpi, bg=(250, 250, 248)):
    """Cards/booklets on a scanner glass. items: (PIL image, x_mm, y_mm, image_dpi)."""
    sheet = Image.new("RGB", size_px, bg)
    for im, x, y, src_dpi in items:
        ang = rng.uniform(-2.0, 2.0)
        k = dpi / src_dpi
        im = im.resize((int(im.width * k), int(im.height * k)), Image.LANCZOS)
        rim = im.convert("RGBA").rotate(ang, expand=True, resample=Image.BICUBIC)
        sheet.paste(rim, (int(x * dpi / 25.4), int(y * dpi / 25.4)), rim)
    return scan(sheet, rng, angle=0.0, tint=(255, 255, 255), noise=2.5, blur=0.7)


def phone_photo(img, rng, rot_k=0, long_side=3264, table=None, fill=0.78, skew=0.05):
    """Photo of a page or card lying on a table, taken with a phone."""
    doc = _np(img)
    dh, dw = doc.shape[:2]
    portrait = dh >= dw
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    scale = min(W / dw, H / dh) * fill
    cw, ch = dw * scale, dh * scale
    cx = W / 2 + rng.uniform(-0.05, 0.05) * W
    cy = H / 2 + rng.uniform(-0.05, 0.05) * H
    base = [(cx - cw / 2, cy - ch / 2), (cx + cw / 2, cy - ch / 2)]
    base += [(cx + cw / 2, cy + ch / 2), (cx - cw / 2, cy + ch / 2)]
    j = skew * min(cw, ch)
    dst = np.float32([(x + rng.uniform(-j, j), y + rng.uniform(-j, j)) for x, y in base])
    # keep it a plausible perspective: top edge a bit narrower sometimes
    if rng.random() < 0.6:
        k = rng.uniform(0.0, 0.06) * cw
        dst[0][0] += k
        dst[1][0] -= k
    src = np.float32([(0, 0), (dw, 0), (dw, dh), (0, dh)])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (W, H))
    # table
    tcol = np.array(
        table or rng.choice([(150, 110, 75), (205, 200, 190), (90, 80, 70)]), np.float32
    )
    tex = _lowfreq(rng, H, W, 9)[..., None] * 0.25 + 0.85
    streak = np.sin(np.linspace(0, rng.uniform(30, 80), W))[None, :, None] * 0.04
    bg = tcol[None, None, :] * (tex + streak)
    # shadow of the document on the table
    sh = cv2.GaussianBlur(mask, (0, 0), 25)
    sh = np.roll(sh, (int(rng.uniform(10, 40)), int(rng.uniform(10, 40))), (0, 1))
    bg = bg * (1 - 0.45 * sh[..., None])
    a = warped * mask[..., None] + bg * (1 - mask[..., None])
    # uneven light + hand/phone shadow
    light = 0.78 + 0.35 * _lowfreq(rng, H, W, 3)
    if rng.random() < 0.7:
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        px, py = rng.uniform(0, W), rng.uniform(0, H)
        d = np.sqrt((xx - px) ** 2 + (yy - py) ** 2) / max(W, H)
        light *= 1 - 0.25 * np.exp(-((d / 0.25) ** 2))
    cast = np.array([rng.uniform(1.0, 1.06), 1.0, rng.uniform(0.86, 0.97)], np.float32)
    a = a * light[..., None] * cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    a += _noise(rng, a.shape, rng.uniform(3, 6))
    a = np.rot90(np.clip(a, 0, 255), rot_k).copy()
    return _pil(a)


def save_jpeg(img, path, quality=88):
    img.convert("RGB").save(path, "JPEG", quality=quality, optimize=False)
