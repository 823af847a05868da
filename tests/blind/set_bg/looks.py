"""Looks: flatbed scan, scanner PDF, phone photo, text PDF (see render.to_pdf)."""

import io

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)
MM = 72 / 25.4


def scan(img: Image.Image, rng, tint=None, skew=None) -> Image.Image:
    """Flatbed scan: grey/creamy paper, slight skew, noise, soft focus."""
    a = np.asarray(img).astype(np.float32)
    tint = tint or (rng.uniform(0.9, 0.97), rng.uniform(0.9, 0.97), rng.uniform(0.88, 0.95))
    a = a * np.array(tint, np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(2.5, 5), a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    skew = rng.uniform(-0.9, 0.9) if skew is None else skew
    fill = tuple(int(245 * t) for t in tint)
    im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def save_jpeg(img: Image.Image, path: str, quality=85, dpi=200):
    img.save(path, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=False)


def image_pdf(images: list, path: str, rng, dpi=200, producer="Scanner"):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    c = rl_canvas.Canvas(path, pagesize=(210 * MM, 297 * MM), invariant=1)
    c.setCreator(producer)
    for im in images:
        w, h = im.size
        pw, ph = w / dpi * 72, h / dpi * 72
        c.setPageSize((pw, ph))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=rng.randint(70, 85))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        c.showPage()
    c.save()


def _table(w, h, rng, nrng):
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (150, 108, 70),
        "grey": (120, 122, 125),
        "white": (215, 212, 205),
        "dark": (55, 50, 48),
    }[kind]
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        ys = np.arange(h)[:, None]
        grain = np.sin(ys / rng.uniform(9, 20) + np.sin(np.arange(w)[None, :] / 300) * 3) * 12
        a += grain[..., None]
    a += nrng.normal(0, 6, (h, w))[..., None]
    return a


def phone_photo(img: Image.Image, rng, long_side=None, rotate=0, fill=0.8) -> Image.Image:
    """A phone photo of a page/card lying on a table."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    long_side = long_side or rng.choice([3024, 4000, 3264])
    short = int(long_side * 0.75)
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (short, long_side) if portrait else (long_side, short)
    bg = _table(W, H, rng, nrng)
    scale = min(W / sw, H / sh) * fill
    tw, th = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045
    dst = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dst.append(
            [cx + dx * tw / 2 + rng.uniform(-j, j) * tw, cy + dy * th / 2 + rng.uniform(-j, j) * th]
        )
    # a bit of keystone: top narrower than bottom
    k = rng.uniform(0.0, 0.06) * tw
    dst[0][0] += k
    dst[1][0] -= k
    M = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), np.float32(dst)
    )
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    # soft shadow under the paper
    shadow = cv2.GaussianBlur(mask, (0, 0), 18)
    shadow = np.roll(shadow, (int(rng.uniform(8, 25)), int(rng.uniform(8, 25))), (0, 1))
    bg *= (1 - 0.45 * shadow)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a gradient and a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.16 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    bx, by = rng.uniform(0, W), rng.uniform(0, H)
    blob = np.exp(-(((xx - bx) / (W * 0.35)) ** 2 + ((yy - by) / (H * 0.3)) ** 2))
    light *= 1 - rng.uniform(0.1, 0.25) * blob
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.86, 1.0)])
    out = out * light[..., None] * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += nrng.normal(0, 3.5, (H, W))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=rotate // 90))
    return Image.fromarray(out)
