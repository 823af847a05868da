"""Turning rendered pages into what applicants send: scans, scanner PDFs, phone photos."""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def rasterize(pdf_bytes: bytes, dpi: float) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72.0, fill_color=(255, 255, 255, 255)).to_pil()
        out.append(img.convert("RGB"))
        page.close()
    doc.close()
    return out


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(2**32))


def save_jpeg(img: Image.Image, path, quality=88, dpi=None):
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


# ----------------------------------------------------------------------------- scanner


def scan_page(img: Image.Image, rng, tint=(244, 242, 236), skew=0.6, noise=3.0, gray=False):
    """A flatbed scan: off-white paper, slight skew, sensor noise, a touch of blur."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    t = np.array(tint, np.float32) / 255.0
    a = a * t  # paper tint multiplies white
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-6, 6)
    M[1, 2] += rng.uniform(-6, 6)
    border = tuple(float(v) * 0.93 for v in tint)
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    # lid shading towards one edge
    grad = np.linspace(1.0, rng.uniform(0.9, 0.97), w, dtype=np.float32)
    if rng.random() < 0.5:
        grad = grad[::-1]
    a *= grad[None, :, None]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    a += nr.normal(0, noise, a.shape[:2])[..., None].astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    if gray:
        im = im.convert("L").convert("RGB")
    return im


def scan_cards(cards: list[Image.Image], rng, dpi=300, bed_mm=(210, 297), places=None):
    """Place card/booklet images (already at `dpi`) on a scanner bed; returns the bed image."""
    W, H = int(bed_mm[0] / 25.4 * dpi), int(bed_mm[1] / 25.4 * dpi)
    bed = Image.new("RGB", (W, H), (250, 250, 248))
    y = int(20 / 25.4 * dpi)
    for i, card in enumerate(cards):
        ang = rng.uniform(-1.8, 1.8)
        cimg = card.convert("RGBA").rotate(ang, expand=True, resample=Image.BICUBIC)
        if places:
            px, py = int(places[i][0] / 25.4 * dpi), int(places[i][1] / 25.4 * dpi)
        else:
            px, py = int(rng.uniform(15, 30) / 25.4 * dpi), y
        shadow = Image.new("RGBA", cimg.size, (120, 120, 120, 0))
        shadow.putalpha(cimg.getchannel("A").point(lambda v: int(v * 0.35)))
        bed.paste(shadow, (px + 4, py + 5), shadow)
        bed.paste(cimg, (px, py), cimg)
        y = py + cimg.height + int(18 / 25.4 * dpi)
    return scan_page(bed, rng, tint=(250, 250, 248), skew=0.2, noise=2.5)


def image_pdf(pages: list[Image.Image], rng, page_mm=(210, 297), quality=72) -> bytes:
    """A scanner's PDF: each page a JPEG, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(page_mm[0] * mm, page_mm[1] * mm), invariant=1)
    for img in pages:
        jb = io.BytesIO()
        img.convert("RGB").save(jb, "JPEG", quality=quality)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, page_mm[0] * mm, page_mm[1] * mm)
        c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- phone photo


def _surface(nr, W, H, kind):
    sw, sh = max(8, W // 8), max(8, H // 8)
    if kind == "wood":
        base = np.array([120, 82, 52], np.float32)
        yy = np.linspace(0, 1, sh, dtype=np.float32)[:, None]
        xx = np.linspace(0, 1, sw, dtype=np.float32)[None, :]
        warp = nr.normal(0, 1, (sh, sw)).astype(np.float32)
        warp = cv2.GaussianBlur(warp, (0, 0), 9) * 6
        fine = nr.normal(0, 1, (sh, sw)).astype(np.float32)
        fine = cv2.GaussianBlur(fine, (0, 0), 0.8)
        grain = np.sin(2 * math.pi * (yy * 38 + xx * 0.8 + warp * 0.35))
        grain2 = np.sin(2 * math.pi * (yy * 150 + warp * 0.9))
        v = 1.0 + 0.08 * grain + 0.05 * grain2 + 0.03 * fine
        v *= 1.0 + 0.08 * np.sin(2 * math.pi * (xx * 1.3 + warp * 0.05))
        small = base[None, None, :] * v[..., None]
    elif kind == "white":
        small = np.full((sh, sw, 3), (228, 226, 220), np.float32)
        small += cv2.GaussianBlur(nr.normal(0, 6, (sh, sw)).astype(np.float32), (0, 0), 4)[
            ..., None
        ]
    elif kind == "dark":
        small = np.full((sh, sw, 3), (52, 54, 60), np.float32)
        small += cv2.GaussianBlur(nr.normal(0, 8, (sh, sw)).astype(np.float32), (0, 0), 2)[
            ..., None
        ]
    else:  # fabric / grey
        small = np.full((sh, sw, 3), (142, 146, 150), np.float32)
        small += nr.normal(0, 7, (sh, sw))[..., None].astype(np.float32)
    big = cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)
    return big


def phone_photo(
    doc: Image.Image,
    rng,
    long_side=4000,
    fill=0.78,
    rot=0,
    surface=None,
    tilt=0.06,
    cast=None,
    blur=None,
    curl=0.0,
):
    """Photograph `doc` lying on a table: perspective, drop shadow, uneven light, colour cast,
    blur, sensor noise; `rot` in quarter turns (the stored pixels are rotated)."""
    nr = _np_rng(rng)
    alpha = None
    if doc.mode == "RGBA":
        alpha = np.asarray(doc.getchannel("A")).astype(np.float32) / 255.0
    src = np.asarray(doc.convert("RGB")).astype(np.float32)
    dh, dw = src.shape[:2]
    landscape = dw > dh
    short = int(long_side * 3 / 4)
    W, H = (long_side, short) if landscape else (short, long_side)
    kind = surface or rng.choice(["wood", "white", "dark", "grey"])
    out = _surface(nr, W, H, kind)
    s = min(W * fill / dw, H * fill / dh)
    cw, ch = dw * s, dh * s
    cx = W / 2 + rng.uniform(-0.05, 0.05) * W
    cy = H / 2 + rng.uniform(-0.05, 0.05) * H
    ang = math.radians(rng.uniform(-4, 4))
    k = rng.uniform(-tilt, tilt)  # keystone: top narrower or wider
    corners = [
        (-cw / 2 * (1 - k), -ch / 2),
        (cw / 2 * (1 - k), -ch / 2),
        (cw / 2 * (1 + k), ch / 2),
    ]
    corners.append((-cw / 2 * (1 + k), ch / 2))
    dst = []
    for px, py in corners:
        px += rng.uniform(-0.012, 0.012) * cw
        py += rng.uniform(-0.012, 0.012) * ch
        rx = px * math.cos(ang) - py * math.sin(ang)
        ry = px * math.sin(ang) + py * math.cos(ang)
        dst.append((cx + rx, cy + ry))
    srcq = np.float32([(0, 0), (dw, 0), (dw, dh), (0, dh)])
    M = cv2.getPerspectiveTransform(srcq, np.float32(dst))
    if curl:
        # bend the paper a little: brighten/darken a band (fold shading)
        band = np.linspace(-1, 1, dw, dtype=np.float32)
        shade = 1.0 - curl * np.exp(-((band - rng.uniform(-0.3, 0.3)) ** 2) / 0.02)
        src = src * shade[None, :, None]
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    ones = alpha if alpha is not None else np.ones((dh, dw), np.float32)
    mask = cv2.warpPerspective(ones, M, (W, H), flags=cv2.INTER_LINEAR)
    sh_m = np.float32(
        [[1, 0, W * rng.uniform(0.004, 0.012)], [0, 1, H * rng.uniform(0.004, 0.012)]]
    )
    shadow = cv2.warpAffine(mask, sh_m, (W, H))
    shadow = cv2.GaussianBlur(shadow, (0, 0), W * 0.006)
    out = out * (1 - 0.5 * shadow)[..., None]
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: linear gradient + soft hotspot + maybe the phone's shadow
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1.0 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    hx, hy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light += 0.12 * np.exp(-(((xx - hx) / (0.4 * W)) ** 2 + ((yy - hy) / (0.4 * H)) ** 2))
    if rng.random() < 0.45:
        px, py = rng.uniform(0.1, 0.9) * W, rng.choice([0.0, 1.0]) * H
        light -= 0.22 * np.exp(-(((xx - px) / (0.3 * W)) ** 2 + ((yy - py) / (0.35 * H)) ** 2))
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    out *= light[..., None] * rng.uniform(0.88, 1.0)
    cast = cast or rng.choice([(1.06, 1.0, 0.88), (0.95, 1.0, 1.07), (1.03, 1.02, 0.95), (1, 1, 1)])
    out *= np.array(cast, np.float32)[None, None, :]
    sig = blur if blur is not None else rng.uniform(0.6, 1.6)
    out = cv2.GaussianBlur(out, (0, 0), sig)
    out += nr.normal(0, rng.uniform(2.5, 5.0), (H, W, 1)).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot))
    return Image.fromarray(out)


def ink_bleed(img: Image.Image, amount=0.6) -> Image.Image:
    """Soften a rasterised page a little, as printing does."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    a = cv2.GaussianBlur(a, (0, 0), amount)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
