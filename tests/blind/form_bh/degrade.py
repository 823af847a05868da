"""Looks: flatbed scans, scanner PDFs (pages as JPEG images) and phone photos."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
A4 = (595.28, 841.89)


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return g.normal(0.0, sigma, shape).astype(np.float32)


def _lowfreq(rng, h, w, cells=6, amp=1.0):
    g = np.random.default_rng(rng.randrange(1 << 30))
    small = g.normal(0.0, 1.0, (cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * amp


def scan(img, rng, dpi_in, dpi_out, grey=False):
    """A flatbed scan: resampled, slightly skewed, grey paper, sensor noise."""
    w, h = img.size
    f = dpi_out / dpi_in
    img = img.resize((int(w * f), int(h * f)), Image.LANCZOS)
    ang = rng.uniform(-0.9, 0.9)
    bg = tuple(rng.randint(236, 250) for _ in range(3))
    img = img.rotate(
        ang,
        resample=Image.BICUBIC,
        expand=False,
        fillcolor=bg,
        translate=(rng.uniform(-8, 8), rng.uniform(-8, 8)),
    )
    a = np.asarray(img).astype(np.float32)
    r = rng.uniform(0.93, 0.99)
    g = r - rng.uniform(0.0, 0.02)
    tint = np.array([r, g, g - rng.uniform(0.0, 0.04)], dtype=np.float32)
    a = a * tint
    a += _lowfreq(rng, a.shape[0], a.shape[1], 5, 3.0)[:, :, None]
    a += _noise(rng, a.shape, rng.uniform(2.0, 4.5))
    # darker band where the lid did not close well
    if rng.random() < 0.5:
        band = int(a.shape[1] * rng.uniform(0.01, 0.03))
        ramp = np.linspace(0.7, 1.0, band, dtype=np.float32)
        if rng.random() < 0.5:
            a[:, :band] *= ramp[None, :, None]
        else:
            a[:, -band:] *= ramp[::-1][None, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
    if grey:
        out = out.convert("L")
    return out


def _table(rng, w, h):
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (150, 108, 70),
        "grey": (128, 128, 124),
        "white": (222, 220, 214),
        "dark": (58, 52, 50),
    }[kind]
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    a += _lowfreq(rng, h, w, 8, 12.0)[:, :, None]
    if kind == "wood":
        g = np.random.default_rng(rng.randrange(1 << 30))
        streak = (
            cv2.resize(
                g.normal(0, 1, (1, 400)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR
            )
            * 16
        )
        a += (np.sin(np.linspace(0, 60, w, dtype=np.float32))[None, :] * 6 + streak)[:, :, None]
    a += _noise(rng, a.shape, 5.0)
    return a


def photo(img, rng, long_side=4032, rotate=0):
    """A phone photo of a page on a table: perspective, light falloff, shadow, colour cast."""
    ratio = rng.choice([4 / 3, 4 / 3, 16 / 9])
    W = long_side
    Wp, Hp = int(W / ratio), W
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    fill = rng.uniform(0.80, 0.93)
    th = Hp * fill
    tw = th * pw / ph
    if tw > Wp * 0.95:
        tw = Wp * 0.95
        th = tw * ph / pw
    cx, cy = Wp / 2 + rng.uniform(-0.03, 0.03) * Wp, Hp / 2 + rng.uniform(-0.02, 0.02) * Hp
    j = lambda k: rng.uniform(-k, k)
    keyst = rng.uniform(-0.05, 0.05) * tw
    dst = np.float32(
        [
            [cx - tw / 2 + keyst + j(0.02 * tw), cy - th / 2 + j(0.015 * th)],
            [cx + tw / 2 - keyst + j(0.02 * tw), cy - th / 2 + j(0.015 * th)],
            [cx + tw / 2 + j(0.02 * tw), cy + th / 2 + j(0.015 * th)],
            [cx - tw / 2 + j(0.02 * tw), cy + th / 2 + j(0.015 * th)],
        ]
    )
    ang = math.radians(rng.uniform(-2.5, 2.5))
    ca, sa = math.cos(ang), math.sin(ang)
    dst = np.float32(
        [[cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca] for x, y in dst]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (Wp, Hp), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (Wp, Hp), flags=cv2.INTER_LINEAR)
    # soft drop shadow under the sheet
    sh = cv2.GaussianBlur(
        cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (Wp, Hp)), (0, 0), 18
    )
    sh = np.roll(sh, (int(Hp * 0.006), int(Wp * 0.006)), axis=(0, 1))
    table = _table(rng, Wp, Hp) * (1 - 0.35 * sh[:, :, None])
    a = table * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # light falloff and a diffuse shadow (phone or hand)
    yy, xx = np.mgrid[0:Hp, 0:Wp].astype(np.float32)
    lx, ly = rng.uniform(0, Wp), rng.uniform(0, Hp * 0.5)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(Wp, Hp)
    light = rng.uniform(1.0, 1.06) - d * rng.uniform(0.18, 0.35)
    if rng.random() < 0.7:
        sx = rng.uniform(0.2, 0.8) * Wp
        sy = rng.uniform(0.5, 0.95) * Hp
        r = rng.uniform(0.2, 0.35) * Wp
        shadow = np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * r * r)))
        light = light * (1 - rng.uniform(0.12, 0.25) * shadow)
    a = a * light[:, :, None]
    cast = np.array(
        [rng.uniform(1.0, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.84, 0.95)], np.float32
    )
    a = a * cast
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.7, 1.5))
    a += _noise(rng, a.shape, rng.uniform(2.5, 5.0))
    out = np.clip(a, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=rotate // 90))
    return Image.fromarray(out)


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def images_pdf(path, jpegs, page_size=A4):
    """A scanner's PDF: each page is one JPEG image, no text layer."""
    c = canvas.Canvas(str(path), pagesize=page_size, invariant=1)
    c.setAuthor("")
    c.setCreator("Canon MF Scan Utility" if len(jpegs) % 2 == 0 else "EPSON Scan")
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, page_size[0], page_size[1])
        c.showPage()
    c.save()
