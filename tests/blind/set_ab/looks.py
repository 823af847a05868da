"""How a rendered page reaches the packet: flatbed scan, phone photo, scanner PDF."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)
A4_PT = (595.28, 841.89)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**31))


def paper(img: Image.Image, rng: random.Random, tone=(246, 244, 238), noise=3.0) -> Image.Image:
    """Grey/yellowish paper, ink slightly lighter, mild noise."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    t = np.array(tone, np.float32)
    a = a / 255.0 * t  # white becomes paper tone, black stays dark
    a += _np_rng(rng).normal(0, noise, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def rotate_small(img: Image.Image, deg: float, fill=(250, 250, 250)) -> Image.Image:
    return img.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def scan(img: Image.Image, rng: random.Random, bed_mm=None, dpi=200, at=(12, 10)) -> Image.Image:
    """Flatbed scan. With `bed_mm` (w, h) the item (rendered at `dpi`) lies on a bigger bed."""
    img = img.convert("RGB")
    if bed_mm:
        k = dpi / 25.4
        bed = Image.new("RGB", (round(bed_mm[0] * k), round(bed_mm[1] * k)), (252, 252, 250))
        item = img.rotate(
            rng.uniform(-2.2, 2.2), resample=Image.BICUBIC, expand=True, fillcolor=(252, 252, 250)
        )
        bed.paste(item, (round(at[0] * k), round(at[1] * k)))
        img = bed
    else:
        img = rotate_small(img, rng.uniform(-0.9, 0.9), (248, 248, 246))
    img = paper(img, rng, tone=(rng.randint(236, 248), rng.randint(236, 246), 232), noise=4)
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "plain", "cloth"])
    if kind == "wood":
        base = np.array([112, 78, 52], np.float32)
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        grain = 18 * np.sin(yy / rng.uniform(9, 20) + 3 * np.sin(xx / rng.uniform(300, 700)))
        t = base[None, None, :] + grain[..., None]
    elif kind == "plain":
        c = rng.choice([(200, 198, 190), (60, 62, 68), (225, 222, 214), (150, 160, 170)])
        t = np.ones((h, w, 3), np.float32) * np.array(c, np.float32)
    else:
        c = np.array(rng.choice([(70, 90, 120), (140, 60, 55), (90, 110, 80)]), np.float32)
        xx = np.arange(w)[None, :] % 6 < 3
        yy = np.arange(h)[:, None] % 6 < 3
        t = np.ones((h, w, 3), np.float32) * c + ((xx ^ yy) * 10.0)[..., None]
    t += nr.normal(0, 6, (h, w, 3))
    return t


def phone_photo(
    img: Image.Image, rng: random.Random, rot90=0, long_side=None, fill=0.78, skew=0.06, shadow=True
) -> Image.Image:
    """A phone photo of a page or card lying on a table; rot90 in quarter turns (counter-clockwise)."""
    long_side = long_side or rng.choice([3024, 3264, 4000])
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (
        (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    )
    table = _table(W, H, rng)
    s = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * s, sh * s
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H

    def j(v):
        return rng.uniform(-skew, skew) * v

    dst = np.float32(
        [
            [cx - dw / 2 + j(dw), cy - dh / 2 + j(dh)],
            [cx + dw / 2 + j(dw), cy - dh / 2 + j(dh)],
            [cx + dw / 2 + j(dw), cy + dh / 2 + j(dh)],
            [cx - dw / 2 + j(dw), cy + dh / 2 + j(dh)],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    # soft drop shadow under the item
    sm = cv2.GaussianBlur(mask, (0, 0), W / 150)
    sm = np.roll(sm, (round(H / 200), round(W / 200)), (0, 1))
    out = table * (1 - 0.35 * sm[..., None])
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a gradient and optionally a hand/phone shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    g = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) * rng.uniform(0.15, 0.35)
    light = 1.0 + g
    if shadow:
        x0 = rng.uniform(0.1, 0.9) * W
        band = 1 / (1 + np.exp(-(xx - x0 - 0.3 * (yy - H / 2)) / (W / 40)))
        light *= 1 - rng.uniform(0.18, 0.32) * band
    r2 = ((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) / 0.5
    light *= 1 - 0.22 * r2
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    out = out * light[..., None] * cast * rng.uniform(0.9, 1.02)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.9, 1.8))
    out += _np_rng(rng).normal(0, 4.5, out.shape)
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rot90:
        res = res.rotate(90 * rot90, expand=True)
    return res


def save_jpeg(img: Image.Image, path, quality=88, dpi=None):
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


def image_pdf(
    pages: list[Image.Image], path, rng: random.Random, already_scanned=False, quality=70
):
    """A scanner's PDF: each page a greyish, slightly skewed JPEG, no text layer."""
    c = rl_canvas.Canvas(str(path), pagesize=A4_PT, invariant=1)
    c.setCreator("EPSON Scan")
    for pg in pages:
        im = pg if already_scanned else scan(pg, rng)
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        w, h = A4_PT if im.height >= im.width else A4_PT[::-1]
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()
