"""How a page reaches the packet: text PDF, scanned (image PDF / JPEG / PNG),
phone photo, screenshot. Everything is seeded; outputs are byte-stable."""

import hashlib
import io
import math
import os

import cv2
import numpy as np
from PIL import Image, ImageFilter

from . import surface as S

cv2.setNumThreads(1)


class Page:
    """One page of a document: a drawing function and a paper size in mm."""

    def __init__(self, draw, w=210.0, h=297.0, paper=(255, 255, 255)):
        self.draw, self.w, self.h, self.paper = draw, w, h, paper

    def raster(self, dpi=200):
        s = S.PilSurface(self.w, self.h, dpi, self.paper)
        self.draw(s)
        return s.img


def nrng(*keys):
    h = hashlib.sha256("|".join(str(k) for k in keys).encode()).digest()
    return np.random.default_rng(int.from_bytes(h[:8], "little"))


# ------------------------------------------------------------------ writers


def ensure_dir(path):
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)


def write_text_pdf(path, pages, title="", author="", creator=""):
    ensure_dir(path)
    c = S.new_pdf(path, title=title, author=author, creator=creator)
    for p in pages:
        s = S.pdf_page(c, p.w, p.h)
        if p.paper != (255, 255, 255):
            s.rect(0, 0, p.w, p.h, None, p.paper, 0)
        p.draw(s)
        c.showPage()
    c.save()
    return len(pages)


def jpeg_bytes(img, q=85, subsampling=2):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, subsampling=subsampling, optimize=False)
    return b.getvalue()


def write_image_pdf(path, imgs, dpi=200, q=72, creator="Scanner"):
    """An image-only PDF (no text layer), each page one JPEG."""
    ensure_dir(path)
    c = S.new_pdf(path, creator=creator)
    for im in imgs:
        w_mm = im.size[0] * 25.4 / dpi
        h_mm = im.size[1] * 25.4 / dpi
        c.setPageSize((w_mm * S.MM, h_mm * S.MM))
        data = jpeg_bytes(im.convert("RGB") if im.mode not in ("L", "RGB") else im, q)
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, w_mm * S.MM, h_mm * S.MM)
        c.showPage()
    c.save()
    return len(imgs)


def write_jpeg(path, img, q=85):
    ensure_dir(path)
    with open(path, "wb") as f:
        f.write(jpeg_bytes(img, q))


def write_png(path, img):
    ensure_dir(path)
    img.save(path, "PNG", optimize=False, compress_level=6)


# ------------------------------------------------------------------ effects


def _noise_u8(h, w, rng, sigma, channels=3):
    """Sensor noise as uint8 centred on 128 (added with cv2.addWeighted(..., -128))."""
    n = rng.normal(128, sigma, size=(max(1, h // 2), max(1, w // 2))).astype(np.float32)
    n = cv2.resize(np.clip(n, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
    if channels == 3:
        n = cv2.merge([n, n, n])
    return n


def _add_noise(a, rng, sigma):
    n = _noise_u8(a.shape[0], a.shape[1], rng, sigma, 3 if a.ndim == 3 else 1)
    return cv2.addWeighted(a, 1.0, n, 1.0, -128.0)


def compose(sheet_w, sheet_h, dpi, items, bg=(252, 252, 250)):
    """Lay physical items (PIL images with their own mm size) on a sheet:
    items = [(img, x_mm, y_mm, w_mm, angle_deg)]."""
    k = dpi / 25.4
    sheet = Image.new("RGB", (int(sheet_w * k), int(sheet_h * k)), bg)
    for img, x, y, w, ang in items:
        h = w * img.size[1] / img.size[0]
        im = img.convert("RGBA").resize((int(w * k), int(h * k)), Image.LANCZOS)
        if ang:
            im = im.rotate(ang, resample=Image.BICUBIC, expand=True)
        # a faint grey edge, as a photocopier shows the edge of a card/booklet
        alpha = im.split()[3]
        edge = alpha.filter(ImageFilter.MaxFilter(3))
        shadow = Image.new("RGBA", im.size, (120, 120, 120, 0))
        shadow.putalpha(edge.point(lambda v: int(v * 0.5)))
        sheet.paste(shadow.convert("RGB"), (int(x * k) + 1, int(y * k) + 1), shadow.split()[3])
        sheet.paste(im.convert("RGB"), (int(x * k), int(y * k)), alpha)
    return sheet


def rounded(img, radius_px):
    """Round the corners of a card/booklet (transparent outside)."""
    im = img.convert("RGBA")
    mask = Image.new("L", im.size, 0)
    from PIL import ImageDraw

    ImageDraw.Draw(mask).rounded_rectangle(
        [0, 0, im.size[0] - 1, im.size[1] - 1], radius=radius_px, fill=255
    )
    im.putalpha(mask)
    return im


def scan(
    img,
    key,
    angle=None,
    gray=False,
    blur=0.55,
    noise=3.0,
    contrast=0.94,
    bright=6,
    tint=(1.0, 0.995, 0.985),
    lid=(246, 246, 244),
    dpi_scale=1.0,
    specks=True,
):
    """Flatbed look: small skew, soft focus, sensor noise, slightly flat tones."""
    rng = nrng("scan", key)
    if angle is None:
        angle = float(rng.uniform(0.3, 1.6)) * (1 if rng.random() < 0.5 else -1)
    im = img.convert("RGB")
    if dpi_scale != 1.0:
        im = im.resize((int(im.size[0] * dpi_scale), int(im.size[1] * dpi_scale)), Image.LANCZOS)
    a = np.asarray(im, dtype=np.uint8)
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    a = cv2.warpAffine(
        a,
        M,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(int(v) for v in lid),
    )
    v = np.arange(256, dtype=np.float32)
    lut = (
        np.stack(
            [
                np.clip((v * contrast + bright + 255 * (1 - contrast) * 0.5) * t, 0, 255)
                for t in tint
            ],
            axis=1,
        )
        .astype(np.uint8)
        .reshape(256, 1, 3)
    )
    a = cv2.LUT(a, lut)
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = _add_noise(a, rng, noise)
    if specks:
        for _ in range(int(rng.integers(3, 12))):
            y, x = int(rng.integers(0, h - 4)), int(rng.integers(0, w - 4))
            a[y : y + int(rng.integers(1, 4)), x : x + int(rng.integers(1, 4))] //= 2
    out = Image.fromarray(a)
    if gray:
        out = out.convert("L")
    return out


def _background(w, h, kind, rng):
    sw, sh = max(8, w // 8), max(8, h // 8)
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32) * float(rng.uniform(0.8, 1.15))
        yy = np.linspace(0, 1, sh, dtype=np.float32)[:, None]
        xx = np.linspace(0, 1, sw, dtype=np.float32)[None, :]
        ph = float(rng.uniform(0, 6))
        grain = np.sin((yy * 45 + np.sin(xx * 5 + ph) * 0.8 + np.sin(xx * 23 + ph) * 0.15) * 3.1)
        grain = 0.6 * grain + rng.normal(0, 0.5, (sh, sw)).astype(np.float32)
        a = base[None, None, :] * (0.88 + 0.07 * grain[:, :, None])
    elif kind == "fabric":
        base = np.array([70, 85, 120], np.float32)
        a = base[None, None, :] * (0.9 + 0.1 * rng.normal(0, 1, (sh, sw, 1)).astype(np.float32))
    elif kind == "desk":
        base = np.array([205, 205, 200], np.float32)
        a = base[None, None, :] * (0.95 + 0.05 * rng.normal(0, 1, (sh, sw, 1)).astype(np.float32))
    else:  # dark table
        base = np.array([60, 58, 55], np.float32)
        a = base[None, None, :] * (0.9 + 0.1 * rng.normal(0, 1, (sh, sw, 1)).astype(np.float32))
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    a = np.clip(a, 0, 255).astype(np.uint8)
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_LINEAR)


def photo(
    img,
    key,
    long_side=3000,
    fill=0.8,
    bg="wood",
    rot=0,
    persp=0.05,
    light=0.35,
    blur=1.0,
    noise=3.5,
    landscape=None,
):
    """Phone photo of a page (or card) lying on a surface: perspective, shadow,
    uneven light, slight blur. rot in {0, 90, 180, 270} turns the final image."""
    rng = nrng("photo", key)
    pw, ph = img.size
    if landscape is None:
        landscape = pw > ph
    W, H = (long_side, int(long_side * 0.75)) if landscape else (int(long_side * 0.75), long_side)
    scale = min(W * fill / pw, H * fill / ph)
    tw, th = pw * scale, ph * scale
    cx = W / 2 + float(rng.uniform(-0.04, 0.04)) * W
    cy = H / 2 + float(rng.uniform(-0.04, 0.04)) * H
    j = lambda: float(rng.uniform(-persp, persp))  # noqa: E731
    top_in = float(rng.uniform(0.0, persp)) * tw
    dst = np.float32(
        [
            [cx - tw / 2 + top_in + j() * tw, cy - th / 2 + j() * th],
            [cx + tw / 2 - top_in + j() * tw, cy - th / 2 + j() * th],
            [cx + tw / 2 + j() * tw, cy + th / 2 + j() * th],
            [cx - tw / 2 + j() * tw, cy + th / 2 + j() * th],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    page = np.asarray(img.convert("RGB"), dtype=np.uint8)
    if img.mode == "RGBA":
        m_src = np.asarray(img.split()[3], dtype=np.uint8)
    else:
        m_src = np.full((ph, pw), 255, np.uint8)
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    warped = cv2.warpPerspective(page, M, (W, H), flags=interp, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(m_src, M, (W, H), flags=cv2.INTER_LINEAR)
    bgimg = _background(W, H, bg, rng)
    # drop shadow, computed small
    small = cv2.resize(mask, (W // 8, H // 8), interpolation=cv2.INTER_AREA).astype(np.float32)
    small = cv2.GaussianBlur(small, (0, 0), max(1.5, W / 2000))
    small = np.roll(small, (max(1, W // 1600), max(1, W // 1300)), axis=(0, 1))
    shade = cv2.resize((255 - 0.45 * small).astype(np.uint8), (W, H))
    bgimg = cv2.multiply(bgimg, cv2.merge([shade, shade, shade]), scale=1 / 255.0)
    mf = mask.astype(np.float32) / 255.0
    a = cv2.blendLinear(bgimg, warped, 1.0 - mf, mf)
    # uneven light + warm cast, applied through a small map
    ang = float(rng.uniform(0, 2 * math.pi))
    hs, ws = H // 8, W // 8
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    ramp = np.cos(ang) * (xx / ws - 0.5) + np.sin(ang) * (yy / hs - 0.5)
    hx, hy = float(rng.uniform(0.2, 0.8)) * ws, float(rng.uniform(0.2, 0.8)) * hs
    spot = np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * (0.35 * ws) ** 2)))
    lm = 1.0 - light * (ramp + 0.5) * 0.6 + 0.08 * spot
    warm = np.array([1.03, 1.0, 0.93], np.float32) * float(rng.uniform(0.93, 1.02))
    lm3 = np.clip(lm[:, :, None] * warm[None, None, :] * 200.0, 0, 255).astype(np.uint8)
    lm3 = cv2.resize(lm3, (W, H), interpolation=cv2.INTER_LINEAR)
    a = cv2.multiply(a, lm3, scale=1 / 200.0)
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = _add_noise(a, rng, noise)
    out = Image.fromarray(a)
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def screenshot_frame(img):
    return img.convert("RGB")
