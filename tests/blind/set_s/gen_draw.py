"""Hand-made pieces: handwriting, signatures, ink stamps, ID photos, guilloche, QR."""

from __future__ import annotations

import math

import numpy as np
import zxingcpp
from gen_core import INK_BLUE, PT, SIGN_FONTS, Page, pil_font, supported, text_w
from PIL import Image, ImageDraw, ImageFilter


def hand_img(s, font, size, color, rng, ppm=14):
    """Handwriting raster with per-glyph jitter. Returns (RGBA, w_mm, h_mm, baseline_mm)."""
    base_px = size / PT * ppm
    W = int(base_px * (len(s) * 0.9 + 4))
    Hh = int(base_px * 2.6)
    img = Image.new("RGBA", (W, Hh), color + (0,))
    dr = ImageDraw.Draw(img)
    x = base_px * 0.3
    base = Hh * 0.62
    drift = rng.uniform(-0.025, 0.025)
    wob = 0.0
    for ch in s:
        k = rng.uniform(0.93, 1.08)
        f = pil_font(font, int(base_px * k))
        wob = wob * 0.6 + rng.uniform(-0.05, 0.05) * base_px
        ink = tuple(max(0, min(255, v + rng.randint(-12, 12))) for v in color)
        dr.text(
            (x, base + wob + drift * x),
            ch,
            font=f,
            fill=ink + (rng.randint(215, 255),),
            anchor="ls",
        )
        x += f.getlength(ch) * rng.uniform(0.97, 1.06) + (base_px * 0.04 if ch == " " else 0)
    img = img.crop((0, 0, int(x + base_px * 0.3), Hh))
    img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return img, img.width / ppm, img.height / ppm, base / ppm


def signature_img(name, rng, w, h, color=INK_BLUE, ppm=14):
    W, H = int(w * ppm), int(h * ppm)
    img = Image.new("RGBA", (W, H), color + (0,))
    dr = ImageDraw.Draw(img)
    parts = [p for p in name.replace("-", " ").split() if p]
    style = rng.randint(0, 3)
    if style == 0 and parts:
        txt = parts[0][0] + ". " + parts[-1].capitalize()
    elif style == 1 and parts:
        txt = parts[-1].capitalize()
    elif style == 2 and len(parts) > 1:
        txt = parts[0][:1] + parts[-1][:1].lower() + parts[-1][1:4].lower()
    else:
        txt = name.split()[0].capitalize() if parts else "X"
    font = rng.choice(SIGN_FONTS)
    txt = supported(txt, font) or "Xy"
    px = int(H * rng.uniform(0.45, 0.65))
    f = pil_font(font, px)
    tw = f.getlength(txt)
    if tw > W * 0.85:
        px = int(px * W * 0.85 / tw)
        f = pil_font(font, px)
        tw = f.getlength(txt)
    x0 = rng.uniform(0.02, max(0.03, 0.95 - tw / W)) * W
    y0 = H * rng.uniform(0.55, 0.72)
    dr.text((x0, y0), txt, font=f, fill=color + (240,), anchor="ls")
    pts = []
    a = rng.uniform(0.1, 0.35) * H
    ph = rng.uniform(0, 6.28)
    fq = rng.uniform(2.5, 5.5)
    x1 = x0 + tw * rng.uniform(0.3, 0.7)
    x2 = min(W * 0.97, x0 + tw * rng.uniform(1.0, 1.3))
    for i in range(60):
        t = i / 59
        xx = x1 + (x2 - x1) * t
        yy = y0 + H * 0.08 - a * math.sin(ph + t * fq) * (1 - t * 0.6)
        pts.append((xx, yy))
    dr.line(pts, fill=color + (235,), width=max(2, int(ppm * 0.3)), joint="curve")
    if rng.random() < 0.5:
        yy = y0 + H * rng.uniform(0.05, 0.15)
        dr.line(
            [(x0 - W * 0.02, yy), (x2, yy - H * rng.uniform(-0.08, 0.08))],
            fill=color + (220,),
            width=max(2, int(ppm * 0.25)),
        )
    img = img.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC)
    return img.filter(ImageFilter.GaussianBlur(0.6))


def stamp_img(ring: str, center: list[str], dia, color, rng, ring2: str = "", ppm=14, box=False):
    """Ink stamp: round (text on ring) or rectangular. dia in mm."""
    D = int(dia * ppm)
    img = Image.new("RGBA", (D, D if not box else int(D * 0.55)), color + (0,))
    dr = ImageDraw.Draw(img)
    lw = max(2, int(ppm * 0.35))
    if box:
        dr.rounded_rectangle(
            [lw, lw, img.width - lw, img.height - lw], radius=ppm, outline=color, width=lw
        )
        n = len(center)
        for i, ln in enumerate(center):
            px = int(img.height / (n + 1.3) * 0.62)
            f = pil_font("dejavu-b" if i == 0 else "dejavu", px)
            dr.text(
                (img.width / 2, img.height * (i + 1) / (n + 1)), ln, font=f, fill=color, anchor="mm"
            )
    else:
        dr.ellipse([lw, lw, D - lw, D - lw], outline=color, width=lw)
        inner = D * 0.66
        dr.ellipse(
            [(D - inner) / 2, (D - inner) / 2, (D + inner) / 2, (D + inner) / 2],
            outline=color,
            width=max(1, lw // 2),
        )
        px = int(D * 0.085)
        f = pil_font("dejavu-b", px)
        _ring_text(
            img,
            ring,
            f,
            color,
            D / 2,
            D * 0.40,
            top=True,
            span=(200.0 if ring2 else 320.0) if len(ring) > 14 else None,
        )
        if ring2:
            _ring_text(
                img, ring2, f, color, D / 2, D * 0.40, top=False, span=min(130.0, 12.0 * len(ring2))
            )
        n = len(center)
        for i, ln in enumerate(center):
            fs = pil_font("dejavu-b", int(D * (0.09 if len(ln) > 8 else 0.11)))
            dr.text(
                (D / 2, D / 2 + (i - (n - 1) / 2) * D * 0.12), ln, font=fs, fill=color, anchor="mm"
            )
    a = np.array(img)
    g = np.random.default_rng(rng.randint(0, 2**31))
    noise = g.random(a.shape[:2])
    a[..., 3] = (a[..., 3] * np.clip(0.55 + noise * 0.6, 0, 1)).astype(np.uint8)
    img = Image.fromarray(a).rotate(rng.uniform(-18, 18), resample=Image.BICUBIC, expand=True)
    return img.filter(ImageFilter.GaussianBlur(0.7))


def _ring_text(img, text, font, color, c, r, top=True, span=None):
    n = len(text)
    if n == 0:
        return
    span = span or min(200.0, 12.0 * n)
    step = span / n
    px = int(min(font.size, r * math.radians(step) * 1.25))
    font = font.font_variant(size=max(6, px))
    for i, ch in enumerate(text):
        ang = -span / 2 + step * (i + 0.5)
        th = math.radians(ang - 90 if top else 90 - ang)
        x, y = c + r * math.cos(th), c + r * math.sin(th)
        sz = int(font.size * 1.6)
        g = Image.new("RGBA", (sz, sz), color + (0,))
        ImageDraw.Draw(g).text((sz / 2, sz / 2), ch, font=font, fill=color, anchor="mm")
        g = g.rotate(-ang if top else ang, resample=Image.BICUBIC)
        img.alpha_composite(g, (int(x - sz / 2), int(y - sz / 2)))


SKINS = [
    (236, 200, 170),
    (222, 180, 140),
    (198, 150, 110),
    (160, 110, 75),
    (120, 80, 55),
    (90, 60, 42),
    (230, 190, 160),
]


HAIRS = [(30, 25, 20), (60, 40, 25), (20, 18, 18), (110, 80, 50), (170, 140, 90), (90, 90, 90)]


def face_img(rng, sex="F", grey=False, bg=None, ppm=14, w=35, h=45):
    W, H = int(w * ppm), int(h * ppm)
    bg = bg or rng.choice([(235, 236, 238), (220, 226, 235), (240, 240, 236), (205, 215, 228)])
    img = Image.new("RGB", (W, H), bg)
    dr = ImageDraw.Draw(img)
    skin = rng.choice(SKINS)
    hair = rng.choice(HAIRS)
    cloth = rng.choice([(40, 45, 60), (90, 30, 35), (30, 60, 90), (70, 70, 70), (200, 200, 205)])
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    dr.ellipse([cx - W * 0.55, H * 0.78, cx + W * 0.55, H * 1.35], fill=cloth)
    dr.rectangle([cx - W * 0.09, H * 0.55, cx + W * 0.09, H * 0.82], fill=skin)
    hw, hh = W * rng.uniform(0.22, 0.27), H * rng.uniform(0.24, 0.28)
    top = H * 0.2
    if sex == "F" and rng.random() < 0.8:
        dr.ellipse([cx - hw * 1.35, top - hh * 0.15, cx + hw * 1.35, top + hh * 2.3], fill=hair)
    dr.ellipse([cx - hw, top, cx + hw, top + hh * 2], fill=skin)
    dr.chord([cx - hw * 1.08, top - hh * 0.25, cx + hw * 1.08, top + hh * 1.0], 180, 360, fill=hair)
    ey = top + hh * 0.95
    for sx in (-1, 1):
        dr.ellipse(
            [cx + sx * hw * 0.42 - 5, ey - 3, cx + sx * hw * 0.42 + 5, ey + 3], fill=(40, 30, 30)
        )
        dr.line([cx + sx * hw * 0.25, ey - 12, cx + sx * hw * 0.6, ey - 13], fill=hair, width=3)
    dr.line([cx, ey + 5, cx - 4, ey + hh * 0.45], fill=tuple(int(v * 0.8) for v in skin), width=2)
    dr.line(
        [cx - hw * 0.3, top + hh * 1.5, cx + hw * 0.3, top + hh * 1.5], fill=(150, 70, 70), width=3
    )
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    if grey:
        img = img.convert("L").convert("RGB")
    return img


def guilloche(page: Page, x, y, w, h, color, rng, n=18, lw=0.12, amp=None):
    amp = amp or h / 10
    for i in range(n):
        ph = rng.uniform(0, 6.28)
        fq = rng.uniform(1.5, 4.0)
        y0 = y + h * (i + 0.5) / n
        pts = []
        for k in range(61):
            t = k / 60
            pts.append((x + w * t, y0 + amp * math.sin(ph + t * fq * 6.28) * math.sin(t * 3.14)))
        page.poly(pts, color, lw)


def rosette(page: Page, cx, cy, r, color, rng, n=36, lw=0.1):
    k = rng.randint(5, 9)
    for i in range(n):
        a0 = 6.28 * i / n
        pts = []
        for j in range(49):
            t = 6.28 * j / 48
            rr = r * (0.6 + 0.4 * math.cos(k * t))
            pts.append((cx + rr * math.cos(t + a0), cy + rr * math.sin(t + a0) * 0.9))
        page.poly(pts, color, lw)


def qr_img(text: str, fmt="qr") -> Image.Image:
    f = zxingcpp.BarcodeFormat.QRCode if fmt == "qr" else zxingcpp.BarcodeFormat.DataMatrix
    bc = zxingcpp.create_barcode(text, f)
    arr = np.array(zxingcpp.write_barcode_to_image(bc, scale=4))
    return Image.fromarray(arr).convert("RGB")


def logo_text(page: Page, x, y, s, font, size, color, box=None, pad=2.0):
    """A text logo, optionally on a coloured block."""
    w = text_w(s, font, size)
    if box:
        hh = size / PT * 1.25
        page.rect(x - pad, y - hh * 0.85 - pad / 2, w + 2 * pad, hh + pad, None, box, 0, 1.2)
    page.text(x, y, s, font, size, color)
    return w
