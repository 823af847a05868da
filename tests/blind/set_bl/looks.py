"""Capture looks: flatbed scan, scanner PDF (image_pdf), phone photo."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31 - 1))


def scan(img: Image.Image, rng, grey_paper=True, max_skew=0.9, gray=False) -> Image.Image:
    """Flatbed look: paper tone, slight skew, sensor noise, a little blur."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    if grey_paper:
        tone = np.array([rng.uniform(232, 246)] * 3) + np.array([2, 1, -3]) * rng.uniform(0, 1.5)
        a = a * (tone / 255.0)
    a += nr.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    ang = rng.uniform(-max_skew, max_skew)
    fill = tuple(int(v) for v in a[2, 2])
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if gray:
        out = out.convert("L").convert("RGB")
    return out


def save_jpg(img, path, q=85):
    img.convert("RGB").save(path, "JPEG", quality=q, optimize=False)


def image_pdf(imgs, path, rng, page_mm=(210, 297), gray=False):
    """A scanner's PDF: each page a JPEG, no text layer."""
    k = 72 / 25.4
    cv = rl_canvas.Canvas(str(path), pagesize=(page_mm[0] * k, page_mm[1] * k), invariant=1)
    for im in imgs:
        s = scan(im, rng, gray=gray)
        buf = io.BytesIO()
        s.convert("RGB").save(buf, "JPEG", quality=rng.randint(70, 85))
        buf.seek(0)
        cv.drawImage(ImageReader(buf), 0, 0, page_mm[0] * k, page_mm[1] * k)
        cv.showPage()
    cv.save()


def _table(w, h, rng, nr):
    base = rng.choice(
        [
            (150, 110, 75),
            (190, 170, 140),
            (95, 95, 100),
            (210, 205, 198),
            (120, 85, 60),
            (60, 62, 66),
        ]
    )
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    # wood grain / fabric texture
    grain = nr.normal(0, 1, (h // 8 + 1, 1)).repeat(w // 8 + 1, axis=1)
    grain = cv2.resize(grain.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    a += grain[..., None] * rng.uniform(4, 12)
    a += nr.normal(0, 3, (h, w))[..., None]
    return a


def phone_photo(img: Image.Image, rng, rot=0, long_side=3200, fill=0.78) -> Image.Image:
    """Document lying on a table shot with a phone: perspective, shadow, cast, blur, noise."""
    nr = _np_rng(rng)
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (
        (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    )
    bg = _table(W, H, rng, nr)
    scale = min(W / sw, H / sh) * fill
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035 * min(W, H)
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
            [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    # drop shadow of the sheet
    sm = cv2.GaussianBlur(np.roll(mask, (12, 10), (0, 1)), (0, 0), 14)
    bg *= (1 - 0.35 * sm)[..., None]
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: gradient + a soft hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    g = np.cos(ang) * xx / W + np.sin(ang) * yy / H
    light = 1.0 - rng.uniform(0.08, 0.22) * (g - g.min()) / (np.ptp(g) + 1e-6)
    sx, sy = rng.uniform(0, W), rng.uniform(0, H)
    blob = np.exp(-(((xx - sx) / (0.35 * W)) ** 2 + ((yy - sy) / (0.3 * H)) ** 2))
    light *= 1 - rng.uniform(0.05, 0.2) * blob
    a *= light[..., None]
    cast = np.array([rng.uniform(0.96, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.85, 0.98)])
    a *= cast
    a += nr.normal(0, rng.uniform(2.5, 5), a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    if rot:
        a = np.ascontiguousarray(np.rot90(a, k=rot // 90))
    return Image.fromarray(a)


def on_a4(
    card: Image.Image,
    dpi=200,
    card_mm=(125, 88),
    pos=(30, 30),
    second=None,
    second_mm=None,
    second_pos=None,
) -> Image.Image:
    """A photocopy: one or two card-sized images laid on a white A4 sheet."""
    k = dpi / 25.4
    page = Image.new("RGB", (round(210 * k), round(297 * k)), "white")
    for im, mm, p in ((card, card_mm, pos), (second, second_mm, second_pos)):
        if im is None:
            continue
        r = im.resize((round(mm[0] * k), round(mm[1] * k)), Image.LANCZOS)
        page.paste(r.convert("RGB"), (round(p[0] * k), round(p[1] * k)))
    return page
