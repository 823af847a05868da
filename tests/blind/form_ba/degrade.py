"""Make a clean rendered page look scanned or photographed with a phone."""

import cv2
import numpy as np
from PIL import Image

cv2.setNumThreads(1)


def scan(img, seed):
    """Flatbed scan: slight skew, grey paper, sensor noise, a little blur."""
    r = np.random.default_rng(seed)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    paper = np.array([r.uniform(232, 248)] * 3) + r.uniform(-4, 4, 3)
    a = a / 255.0 * paper
    ang = r.uniform(-1.2, 1.2)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += r.uniform(-12, 12, 2)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=paper.tolist())
    a = cv2.GaussianBlur(a, (0, 0), r.uniform(0.4, 0.8))
    a += r.normal(0, 3.0, a.shape[:2])[..., None]
    if r.random() < 0.5:  # darker scanner lid edge
        edge = np.linspace(1.0, 0.0, 25)[None, :, None]
        a[:, :25] *= 1 - 0.25 * edge
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _table(r, w, h):
    kind = r.integers(0, 3)
    if kind == 0:  # wood
        base = np.array([120, 82, 50], np.float32) + r.uniform(-15, 15, 3)
        yy = np.arange(h)[:, None]
        xx = np.arange(w)[None, :]
        warp = cv2.resize(r.normal(0, 1, (8, 6)).astype(np.float32), (w, h))
        grain = np.sin(yy / r.uniform(7, 15) + 6 * warp + 0.002 * xx)
        fine = cv2.resize(r.normal(0, 1, (h // 4, 40)).astype(np.float32), (w, h))
        t = base[None, None, :] * (1 + 0.07 * grain[..., None] + 0.05 * fine[..., None])
    elif kind == 1:  # grey/white desk
        base = np.array([180, 178, 172], np.float32) + r.uniform(-20, 20, 3)
        t = np.ones((h, w, 3), np.float32) * base
    else:  # dark fabric
        base = np.array([55, 60, 72], np.float32) + r.uniform(-10, 10, 3)
        t = np.ones((h, w, 3), np.float32) * base
    t += r.normal(0, 5, (h, w, 1))
    return t


def photo(img, seed, rotate=0, long_side=None):
    """Phone photo of a page on a table: perspective, shadow, uneven light, colour cast, blur."""
    r = np.random.default_rng(seed)
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    long_side = long_side or int(r.choice([3024, 3264, 4000]))
    H, W = long_side, int(long_side * 0.75)
    dst_h = H * r.uniform(0.78, 0.9)
    dst_w = dst_h * pw / ph
    cx, cy = W / 2 + r.uniform(-60, 60), H / 2 + r.uniform(-60, 60)
    j = lambda s: r.uniform(-s, s)  # noqa: E731
    k = dst_w * 0.05
    dst = np.float32(
        [
            [cx - dst_w / 2 + j(k) + k * 0.6, cy - dst_h / 2 + j(k)],
            [cx + dst_w / 2 + j(k) - k * 0.6, cy - dst_h / 2 + j(k)],
            [cx + dst_w / 2 + j(k), cy + dst_h / 2 + j(k)],
            [cx - dst_w / 2 + j(k), cy + dst_h / 2 + j(k)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    paper = np.array([245, 243, 236], np.float32)
    warped = cv2.warpPerspective(page / 255.0 * paper, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    out = _table(r, W, H) * (1 - mask) + warped * mask
    # uneven light + soft shadow of the phone/hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = r.uniform(0, W), r.uniform(0, H)
    light = 1.05 - 0.25 * np.hypot(xx - lx, yy - ly) / np.hypot(W, H)
    sx = r.uniform(0.2, 0.8) * W
    shadow = 1 - 0.28 * (1 / (1 + np.exp(-(xx - sx + (yy - H / 2) * r.uniform(-0.4, 0.4)) / 90)))
    if r.random() < 0.5:
        shadow = shadow[:, ::-1]
    out *= (light * shadow)[..., None]
    cast = np.array([1.0 + j(0.05), 1.0 + j(0.03), 0.93 + j(0.05)], np.float32)
    out *= cast
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.8, 1.6))
    out += r.normal(0, 3.5, out.shape[:2])[..., None]
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im
