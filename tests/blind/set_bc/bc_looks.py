"""Turn a vector page into what an applicant sends: scans, photos, screenshots."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from bc_common import raster

cv2.setNumThreads(1)


def _paper(im: Image.Image, rng: random.Random, grey=0.93) -> Image.Image:
    a = np.asarray(im).astype(np.float32)
    a = a * grey + rng.uniform(2, 10)
    noise = np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 3.0, a.shape[:2])
    a += noise[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _skew(im: Image.Image, rng: random.Random, max_deg=1.2) -> Image.Image:
    ang = rng.uniform(-max_deg, max_deg)
    return im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(238, 238, 236))


def scanned(data: bytes, rng: random.Random, dpi=200) -> list[Image.Image]:
    out = []
    for im in raster(data, dpi):
        im = _skew(_paper(im, rng), rng)
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
        out.append(im)
    return out


def save_jpeg(im: Image.Image, path: str, q=85) -> None:
    im.save(path, "JPEG", quality=q, optimize=False)


def save_scan(data: bytes, path: str, rng: random.Random, dpi=200, page=0) -> None:
    ims = scanned(data, rng, dpi)
    if path.lower().endswith(".png"):
        ims[page].convert("L").save(path, "PNG")
    else:
        save_jpeg(ims[page], path, q=rng.randint(78, 90))


def save_image_pdf(data: bytes, path: str, rng: random.Random, dpi=150, grey=False) -> None:
    ims = scanned(data, rng, dpi)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for im in ims:
        w, h = im.size
        pw, ph = w * 72 / dpi, h * 72 / dpi
        c.setPageSize((pw, ph))
        if grey:
            im = im.convert("L")
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=rng.randint(70, 85))
        jb.seek(0)
        c.drawImage(ImageReader(Image.open(jb)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_text_pdf(data: bytes, path: str) -> None:
    with open(path, "wb") as f:
        f.write(data)


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    base = np.array(rng.choice([(120, 90, 60), (150, 150, 145), (70, 60, 55), (190, 180, 160)]))
    g = np.random.default_rng(rng.randint(0, 1 << 30))
    tex = g.normal(0, 8, (h // 8 + 1, w // 8 + 1))
    tex = cv2.resize(tex.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    img = base[None, None, :].astype(np.float32) + tex[..., None]
    return img


def photo(data: bytes, rng: random.Random, page=0, dpi=170, long_side=None, rot=0) -> Image.Image:
    """Phone photo of a page/card lying on a table."""
    src = np.asarray(raster(data, dpi)[page]).astype(np.float32)
    sh, sw = src.shape[:2]
    long_side = long_side or rng.choice([3024, 3264, 4000])
    short = int(long_side * 0.75)
    W, H = (short, long_side) if sh >= sw else (long_side, short)
    scale = min(W / sw, H / sh) * rng.uniform(0.72, 0.86)
    cw, ch = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    d = lambda: rng.uniform(-0.05, 0.05) * min(cw, ch)  # noqa: E731
    dst = np.float32(
        [
            [cx - cw / 2 + d(), cy - ch / 2 + d()],
            [cx + cw / 2 + d(), cy - ch / 2 + d()],
            [cx + cw / 2 + d(), cy + ch / 2 + d()],
            [cx - cw / 2 + d(), cy + ch / 2 + d()],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    bg = _table(W, H, rng)
    # soft drop shadow under the paper
    sm = cv2.GaussianBlur(mask, (0, 0), 12)
    sm = np.roll(sm, (int(H * 0.01), int(W * 0.01)), axis=(0, 1))
    bg = bg * (1 - 0.45 * sm[..., None])
    img = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + colour cast + hand shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.08 - 0.3 * np.hypot(xx - lx, yy - ly) / np.hypot(W, H)
    if rng.random() < 0.7:
        a, b = rng.uniform(-1, 1), rng.uniform(-1, 1)
        edge = (a * (xx - W / 2) + b * (yy - H / 2)) / max(W, H)
        light *= 1 - 0.28 * np.clip(
            cv2.GaussianBlur((edge > 0.2).astype(np.float32), (0, 0), 40), 0, 1
        )
    cast = np.array([rng.uniform(0.95, 1.06), 1.0, rng.uniform(0.85, 1.0)], np.float32)
    img = img * light[..., None] * cast[None, None, :]
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.8, 1.6))
    img += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 4, img.shape)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def save_photo(data: bytes, path: str, rng: random.Random, page=0, rot=0, dpi=170) -> None:
    save_jpeg(photo(data, rng, page=page, rot=rot, dpi=dpi), path, q=rng.randint(82, 92))


def save_screenshot(data: bytes, path: str) -> None:
    """data is a PDF page of 390x844 pt drawn as an app screen: render at 3x."""
    im = raster(data, 216)[0]
    im = im.resize((1170, 2532), Image.LANCZOS)
    im.save(path, "PNG")
