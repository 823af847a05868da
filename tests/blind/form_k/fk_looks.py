"""Looks: scanner output, JPEG-in-PDF, phone photo of a page on a table, phone screenshot."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
rl_config.useA85 = 0  # JPEG scans embedded as plain DCTDecode streams

UI_FONT = "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf"
UI_FONT_B = "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf"


def _ui_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(UI_FONT_B if bold else UI_FONT, size)
    except OSError:
        return ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", size)


def add_noise(img: np.ndarray, sigma: float, nrng: np.random.Generator) -> np.ndarray:
    """Grey sensor noise on a uint8 RGB array."""
    h, w = img.shape[:2]
    noise = (nrng.standard_normal((h, w), dtype=np.float32) * sigma).astype(np.int16)
    out = cv2.add(img.astype(np.int16), cv2.merge([noise, noise, noise]))
    return np.clip(out, 0, 255).astype(np.uint8)


def scan(page: Image.Image, rng: random.Random, grey: bool = False) -> Image.Image:
    """Flatbed scan of a printed page: tinted paper, lighter toner, skew, blur, noise."""
    arr = np.asarray(page.convert("RGB"))
    light = rng.uniform(0.80, 0.93)
    tint = [rng.uniform(244, 253), rng.uniform(240, 250), rng.uniform(228, 244)]
    v = np.arange(256, dtype=np.float32)
    lut = np.stack([np.clip((255 - (255 - v) * light) * t / 255.0, 0, 255) for t in tint], axis=-1)
    arr = cv2.LUT(arr, lut.astype(np.uint8).reshape(256, 1, 3))
    ang = rng.uniform(0.3, 2.0) * rng.choice([-1, 1])
    h, w = arr.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    fill = tuple(float(t) for t in tint)
    arr = cv2.warpAffine(
        arr, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill
    )
    if rng.random() < 0.35:  # dark scanner-lid band on the top edge
        arr[: rng.randint(4, 14), :, :] = 70
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.45, 0.9))
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr = add_noise(arr, rng.uniform(2.5, 5.5), nrng)
    img = Image.fromarray(arr)
    if grey:
        img = img.convert("L")
    return img


def jpeg_bytes(img: Image.Image, quality: int, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False, "progressive": False, "subsampling": 2}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(img: Image.Image, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    kw = {"optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "PNG", **kw)
    return buf.getvalue()


def image_pdf(jpegs: list[bytes], title: str | None = None) -> bytes:
    """Pages made of JPEG scans only (no text layer), A4."""
    from reportlab.lib.pagesizes import A4

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setCreator("Scanner")
    if title:
        c.setTitle(title)
    for jb in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def _up(a: np.ndarray, w: int, h: int) -> np.ndarray:
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_LINEAR)


def _table(w: int, h: int, rng: random.Random, nrng: np.random.Generator) -> np.ndarray:
    """Table surface at quarter resolution (float32, enlarged by the caller)."""
    q = 4
    wq, hq = w // q, h // q
    kind = rng.choice(["wood", "wood", "grey", "cloth", "white"])
    yy, xx = np.mgrid[0:hq, 0:wq].astype(np.float32)
    if kind == "wood":
        base = np.array(
            [rng.uniform(120, 160), rng.uniform(80, 105), rng.uniform(45, 65)], dtype=np.float32
        )
        ang = rng.uniform(-0.2, 0.2)
        u = xx * np.cos(ang) + yy * np.sin(ang)
        grain = np.sin(u / rng.uniform(2.5, 4.5) + 3 * np.sin(yy / 60.0 + u / 220.0)) * 0.5 + 0.5
        img = base[None, None, :] * (0.82 + 0.22 * grain)[..., None]
    elif kind == "grey":
        base = np.array([rng.uniform(90, 120)] * 3, dtype=np.float32) + np.array(
            [0, 2, 6], dtype=np.float32
        )
        img = np.broadcast_to(base, (hq, wq, 3)).astype(np.float32)
    elif kind == "cloth":
        base = np.array(
            [rng.uniform(40, 70), rng.uniform(60, 90), rng.uniform(90, 130)], dtype=np.float32
        )
        weave = (np.sin(xx * 1.4) * np.sin(yy * 1.4)) * 6
        img = base[None, None, :] + weave[..., None]
    else:
        base = np.array([rng.uniform(200, 225)] * 3, dtype=np.float32)
        img = np.broadcast_to(base, (hq, wq, 3)).astype(np.float32)
    blotch = cv2.resize(
        nrng.standard_normal((hq // 4 + 1, wq // 4 + 1), dtype=np.float32),
        (wq, hq),
        interpolation=cv2.INTER_CUBIC,
    )
    return np.ascontiguousarray(img + blotch[..., None] * 6)


def phone_photo(page: Image.Image, rng: random.Random, landscape_rot: int = 0) -> Image.Image:
    """Photo of a page lying on a table: perspective, shadow, uneven light, cast, blur, noise.

    landscape_rot: 0, 90, 180 or 270 — how the phone was held (the image is rotated by that).
    """
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    W, H = rng.choice([(3024, 4032), (3000, 4000), (2448, 3264), (2736, 3648)])
    bg = _table(W, H, rng, nrng)
    pw, ph = page.size
    fill = rng.uniform(0.78, 0.9)
    th = H * fill
    tw = th * pw / ph
    cx = W / 2 + rng.uniform(-0.05, 0.05) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.018

    def jit():
        return rng.uniform(-j, j) * tw, rng.uniform(-j, j) * th

    persp = rng.uniform(-0.05, 0.05) * tw
    corners = [
        (cx - tw / 2 + persp, cy - th / 2),
        (cx + tw / 2 - persp, cy - th / 2),
        (cx + tw / 2, cy + th / 2),
        (cx - tw / 2, cy + th / 2),
    ]
    rot = rng.uniform(-3.5, 3.5) * np.pi / 180
    c, s = np.cos(rot), np.sin(rot)
    quad = []
    for x, y in corners:
        dx, dy = jit()
        x, y = x + dx, y + dy
        quad.append([cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c])
    quad = np.float32(quad)
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, quad)
    paper = np.asarray(page.convert("RGB"))
    warped = cv2.warpPerspective(paper, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR)
    # low-frequency fields at 1/8 resolution
    e = 8
    we, he = W // e, H // e
    m8 = cv2.resize(mask, (we, he), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
    sh = cv2.GaussianBlur(m8, (0, 0), 2.4)
    sh = np.roll(sh, (int(rng.uniform(1, 4)), int(rng.uniform(-3, 3))), axis=(0, 1))
    yy, xx = np.mgrid[0:he, 0:we].astype(np.float32)
    lx, ly = rng.uniform(0, we), rng.uniform(0, he * 0.5)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(we, he)
    light = 1.06 - rng.uniform(0.18, 0.32) * dist
    if rng.random() < 0.5:
        ang = rng.uniform(0, np.pi)
        u = (xx - we / 2) * np.cos(ang) + (yy - he / 2) * np.sin(ang)
        edge = rng.uniform(0.15, 0.45) * we
        soft = 1.0 / (1.0 + np.exp(-(u - edge) / (we * 0.04)))
        light = light * (1 - rng.uniform(0.15, 0.28) * soft)
    cast = np.array(
        [rng.uniform(1.0, 1.07), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.97)], dtype=np.float32
    )
    bg_shade = _up((1 - 0.45 * sh).astype(np.float32), bg.shape[1], bg.shape[0])
    bg = np.clip(bg * bg_shade[..., None], 0, 255).astype(np.uint8)
    bg = _up(bg, W, H)
    mf = mask.astype(np.float32) / 255.0
    out = cv2.blendLinear(bg, warped, 1.0 - mf, mf)
    fac = np.clip(light[..., None] * cast[None, None, :] * 128.0, 0, 255).astype(np.uint8)
    out = cv2.multiply(out, _up(fac, W, H), scale=1 / 128.0)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.3))
    out = add_noise(out, rng.uniform(2.5, 5.0), nrng)
    img = Image.fromarray(out)
    if landscape_rot:
        img = img.rotate(landscape_rot, expand=True)
    return img


def screenshot(
    page: Image.Image, rng: random.Random, page_no: int, n_pages: int, file_name: str, clock: str
) -> Image.Image:
    """Phone PDF-viewer screenshot (1170x2532) showing one page of the form."""
    W, H = 1170, 2532
    dark = rng.random() < 0.35
    bgc = (32, 33, 36) if dark else (242, 242, 246)
    fg = (240, 240, 240) if dark else (20, 20, 24)
    img = Image.new("RGB", (W, H), bgc)
    d = ImageDraw.Draw(img)
    f_small = _ui_font(40, True)
    d.text((70, 52), clock, font=f_small, fill=fg)
    # battery + signal
    d.rounded_rectangle((W - 150, 58, W - 82, 92), 8, outline=fg, width=3)
    d.rectangle((W - 146, 62, W - 146 + int(60 * rng.uniform(0.3, 0.95)), 88), fill=fg)
    for i in range(4):
        d.rectangle((W - 270 + i * 20, 90 - i * 9 - 10, W - 256 + i * 20, 90), fill=fg)
    # toolbar
    f_title = _ui_font(44, True)
    d.text((W / 2, 190), file_name, font=f_title, fill=fg, anchor="mm")
    d.text((60, 190), "<", font=_ui_font(64), fill=(10, 132, 255), anchor="lm")
    d.text((W - 60, 190), "...", font=_ui_font(56, True), fill=(10, 132, 255), anchor="rm")
    d.line((0, 250, W, 250), fill=(200, 200, 205) if not dark else (60, 60, 64), width=2)
    # page
    margin = rng.randint(12, 30)
    pw = W - 2 * margin
    ph = int(pw * page.height / page.width)
    pg = page.convert("RGB").resize((pw, ph), Image.LANCZOS)
    top = 250 + rng.randint(40, 160)
    img.paste(pg, (margin, top))
    d.rectangle((margin - 1, top - 1, margin + pw, top + ph), outline=(180, 180, 186))
    # page badge
    badge = f"{page_no} / {n_pages}"
    fb = _ui_font(38)
    d.rounded_rectangle(
        (W / 2 - 90, top + ph - 110, W / 2 + 90, top + ph - 50), 28, fill=(60, 60, 64)
    )
    d.text((W / 2, top + ph - 80), badge, font=fb, fill=(255, 255, 255), anchor="mm")
    # bottom bar
    yb = H - 190
    d.line((0, yb, W, yb), fill=(200, 200, 205) if not dark else (60, 60, 64), width=2)
    for i, lab in enumerate(["Annoter", "Remplir et signer", "Partager"]):
        d.text(
            ((i + 0.5) * W / 3, yb + 70), lab, font=_ui_font(36), fill=(10, 132, 255), anchor="mm"
        )
    d.rounded_rectangle((W / 2 - 140, H - 30, W / 2 + 140, H - 20), 5, fill=fg)
    return img
