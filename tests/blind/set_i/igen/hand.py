"""Pillow-drawn bits: handwriting, signatures, rubber stamps, ID photos, MRZ strips."""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .fonts import has_glyph, pil
from .util import strip_accents

INKS = {
    "blue": (22, 36, 125),
    "darkblue": (15, 25, 85),
    "black": (22, 22, 28),
    "bic": (30, 48, 150),
}

HAND_FONTS = ["breip", "dkg", "dancing", "comic", "kaushan"]
CAPS_FONTS = ["breip", "dkg", "humor", "ruf", "comic", "dancing"]


def _glyph_font(font: str, ch: str) -> tuple[str, str]:
    if has_glyph(font, ch):
        return font, ch
    base = strip_accents(ch)
    if base and has_glyph(font, base):
        return font, base
    for alt in ("dkg", "comic", "dejavu"):
        if has_glyph(alt, ch):
            return alt, ch
    return "dejavu", ch


def hand_text(
    text: str,
    rng: random.Random,
    font: str = "breip",
    px: int = 56,
    ink: str = "blue",
    slant: float = 0.0,
    jitter: float = 1.0,
    bold: int = 0,
) -> Image.Image:
    """Render a line of handwriting; returns a tight RGBA image (px ~ em size in pixels)."""
    color = INKS.get(ink, INKS["blue"])
    w = int(px * (len(text) * 0.9 + 2)) + 20
    h = int(px * 2.2)
    canvas = Image.new("L", (w, h), 0)
    x = px * 0.3
    base_y = px * 1.35
    drift = 0.0
    for ch in text:
        if ch == " ":
            x += pil(font, px).getlength(" ") * (0.9 + 0.3 * rng.random())
            continue
        fname, c2 = _glyph_font(font, ch)
        size = max(8, int(px * (1 + rng.gauss(0, 0.035 * jitter))))
        f = pil(fname, size)
        bbox = f.getbbox(c2, anchor="ls")
        gw = bbox[2] - bbox[0] + 8
        gh = bbox[3] - bbox[1] + 8
        g = Image.new("L", (gw, gh), 0)
        ImageDraw.Draw(g).text((4 - bbox[0], 4 - bbox[1]), c2, font=f, fill=255, anchor="ls")
        ang = rng.gauss(0, 2.2 * jitter)
        if abs(ang) > 0.2:
            g = g.rotate(ang, resample=Image.BICUBIC, expand=True)
        drift += rng.gauss(0, 0.012 * px * jitter)
        drift *= 0.85
        dy = rng.gauss(0, 0.025 * px * jitter) + drift
        px0 = int(x + bbox[0] - 4 + rng.gauss(0, 0.02 * px * jitter))
        py0 = int(base_y + bbox[1] - 4 + dy - (g.size[1] - gh) / 2)
        region = canvas.crop((px0, py0, px0 + g.size[0], py0 + g.size[1]))
        canvas.paste(Image.fromarray(np.maximum(np.asarray(region), np.asarray(g))), (px0, py0))
        x += f.getlength(c2) * (1 + rng.gauss(0, 0.03 * jitter)) + px * 0.01
    if bold:
        canvas = canvas.filter(ImageFilter.MaxFilter(bold * 2 + 1))
    if slant:
        k = math.tan(math.radians(slant))
        canvas = canvas.transform(
            (w + int(abs(k) * h), h),
            Image.AFFINE,
            (1, k, -abs(k) * h if k > 0 else 0, 0, 1, 0),
            resample=Image.BICUBIC,
        )
    bb = canvas.getbbox()
    if not bb:
        return Image.new("RGBA", (4, 4), (0, 0, 0, 0))
    canvas = canvas.crop((max(0, bb[0] - 3), 0, min(canvas.size[0], bb[2] + 3), h))
    a = np.asarray(canvas).astype(np.float32)
    a = np.clip(a * 1.15, 0, 255)
    out = np.zeros((a.shape[0], a.shape[1], 4), np.uint8)
    out[..., 0] = color[0]
    out[..., 1] = color[1]
    out[..., 2] = color[2]
    out[..., 3] = a.astype(np.uint8)
    return Image.fromarray(out, "RGBA")


def _bezier(points, n=60):
    pts = np.array(points, dtype=np.float64)
    t = np.linspace(0, 1, n)[:, None]
    if len(pts) == 4:
        return (
            (1 - t) ** 3 * pts[0]
            + 3 * (1 - t) ** 2 * t * pts[1]
            + 3 * (1 - t) * t**2 * pts[2]
            + t**3 * pts[3]
        )
    return (1 - t) ** 2 * pts[0] + 2 * (1 - t) * t * pts[1] + t**2 * pts[2]


def _stroke(draw, pts, width, fill):
    pts = [tuple(map(float, p)) for p in pts]
    draw.line(pts, fill=fill, width=width, joint="curve")
    r = width / 2
    for p in (pts[0], pts[-1]):
        draw.ellipse((p[0] - r, p[1] - r, p[0] + r, p[1] + r), fill=fill)


def signature(name: str, rng: random.Random, ink: str = "blue", style: int | None = None):
    """A handwritten signature as RGBA (about 600 x 220 px at 300 dpi ~ 5 cm wide)."""
    color = INKS.get(ink, INKS["blue"])
    if style is None:
        style = rng.randrange(3)
    parts = name.split()
    if style == 0:
        txt = (parts[0][0] + ". " + parts[-1].capitalize()) if len(parts) > 1 else name
        font = rng.choice(["dancing", "kaushan", "dancing-b"])
        img = hand_text(txt, rng, font=font, px=92, ink=ink, slant=rng.uniform(5, 14), jitter=1.3)
    elif style == 1:
        txt = parts[-1].capitalize() if parts else name
        font = rng.choice(["ruf", "breip", "dkg-b"])
        img = hand_text(txt, rng, font=font, px=84, ink=ink, slant=rng.uniform(8, 18), bold=1)
    else:
        img = None
    W, H = 640, 240
    canvas = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    dr = ImageDraw.Draw(canvas)
    if img is not None:
        sc = min(1.0, (W - 60) / img.size[0], (H - 40) / img.size[1])
        img = img.resize((max(1, int(img.size[0] * sc)), max(1, int(img.size[1] * sc))))
        canvas.alpha_composite(img, (20, max(0, (H - img.size[1]) // 2 - 20)))
        # flourish under or through the name
        y0 = H * rng.uniform(0.62, 0.8)
        pts = _bezier(
            [
                (30 + rng.uniform(0, 60), y0 + rng.uniform(-10, 10)),
                (W * 0.35, y0 + rng.uniform(-40, 30)),
                (W * 0.7, y0 + rng.uniform(-30, 40)),
                (W - 40 - rng.uniform(0, 120), y0 - rng.uniform(10, 50)),
            ]
        )
        _stroke(dr, pts, rng.choice([4, 5, 6]), color + (235,))
    else:
        # a scribbled signature: a capital loop, then humps of random size and shape
        slope = rng.uniform(-0.18, 0.12)
        x = rng.uniform(30, 60)
        base = H * rng.uniform(0.55, 0.7)
        cap_h = rng.uniform(0.45, 0.8) * H
        cap_w = rng.uniform(30, 80)
        pts = _bezier(
            [
                (x, base + 10),
                (x - 10, base - cap_h * 1.1),
                (x + cap_w, base - cap_h),
                (x + cap_w * 0.4, base - 5),
            ],
            50,
        ).tolist()
        x += cap_w * 0.5
        n = rng.randint(3, 8)
        for _ in range(n):
            wd = rng.uniform(22, 60)
            ht = rng.uniform(0.12, 0.42) * H
            kind = rng.choice(["arch", "loop", "cusp", "arch"])
            y0 = base + slope * (x - 40)
            if kind == "arch":
                seg = _bezier(
                    [(x, y0), (x + wd * 0.2, y0 - ht), (x + wd * 0.8, y0 - ht), (x + wd, y0)], 16
                )
            elif kind == "loop":
                seg = _bezier(
                    [
                        (x, y0),
                        (x + wd * 1.3, y0 - ht * 1.4),
                        (x - wd * 0.3, y0 - ht * 1.4),
                        (x + wd, y0),
                    ],
                    18,
                )
            else:
                seg = _bezier([(x, y0), (x + wd * 0.5, y0 - ht * 1.2), (x + wd, y0)], 12)
            pts.extend(seg.tolist())
            x += wd
            if x > W - 80:
                break
        _stroke(dr, pts, rng.choice([4, 5, 6]), color + (240,))
        end_y = base + slope * (x - 40)
        tail = _bezier(
            [
                (x, end_y),
                (x + rng.uniform(20, 60), end_y - rng.uniform(-30, 60)),
                (rng.uniform(30, W * 0.5), end_y + rng.uniform(10, 50)),
                (rng.uniform(W * 0.5, W - 20), end_y + rng.uniform(-20, 40)),
            ]
        )
        _stroke(dr, tail, rng.choice([3, 4, 5]), color + (230,))
        if rng.random() < 0.4:
            dx = rng.uniform(60, W - 60)
            dr.ellipse((dx - 4, H * 0.2 - 4, dx + 4, H * 0.2 + 4), fill=color + (230,))
        k = rng.uniform(0.1, 0.45)
        canvas = canvas.transform(
            (W, H), Image.AFFINE, (1, k, -k * H * 0.6, 0, 1, 0), resample=Image.BICUBIC
        )
    return canvas


def initials_mark(rng: random.Random, ink: str = "blue") -> Image.Image:
    """Paraphe: short initials scribble."""
    color = INKS.get(ink, INKS["blue"])
    W, H = 200, 120
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    pts = _bezier([(20, 90), (60, -10), (90, 140), (180, 30)], 40)
    _stroke(dr, pts, 5, color + (240,))
    pts = _bezier([(40, 80), (120, 60 + rng.uniform(-20, 20)), (190, 95)], 30)
    _stroke(dr, pts, 4, color + (230,))
    return im


def stamp_round(
    ring: str, center: list[str], rng: random.Random, color=(40, 60, 160), diam: int = 420
) -> Image.Image:
    """Round rubber stamp with text around the ring and lines in the centre."""
    im = Image.new("L", (diam, diam), 0)
    dr = ImageDraw.Draw(im)
    c = diam / 2
    dr.ellipse((6, 6, diam - 6, diam - 6), outline=255, width=7)
    dr.ellipse((diam * 0.17, diam * 0.17, diam * 0.83, diam * 0.83), outline=255, width=4)
    f = pil("arial-b", int(diam * 0.085))
    n = len(ring)
    span = 300.0
    r = diam * 0.40
    for i, ch in enumerate(ring):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        g = Image.new("L", (int(diam * 0.12), int(diam * 0.12)), 0)
        ImageDraw.Draw(g).text((g.size[0] / 2, g.size[1] / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        x = c + r * math.cos(ang) - g.size[0] / 2
        y = c + r * math.sin(ang) - g.size[1] / 2
        im.paste(255, (int(x), int(y)), g)
    fc = pil("arial-b", int(diam * 0.075))
    yy = c - (len(center) - 1) * diam * 0.05
    for line in center:
        dr.text((c, yy), line, font=fc, fill=255, anchor="mm")
        yy += diam * 0.1
    return _ink_stamp(im, rng, color)


def stamp_rect(lines: list[str], rng: random.Random, color=(40, 60, 160), w: int = 640):
    f = pil("arial-b", 34)
    h = 30 + 46 * len(lines)
    im = Image.new("L", (w, h), 0)
    dr = ImageDraw.Draw(im)
    dr.rectangle((4, 4, w - 5, h - 5), outline=255, width=6)
    y = 26
    for line in lines:
        dr.text((w / 2, y), line, font=f, fill=255, anchor="mm")
        y += 46
    return _ink_stamp(im, rng, color)


def _ink_stamp(mask: Image.Image, rng: random.Random, color) -> Image.Image:
    a = np.asarray(mask).astype(np.float32) / 255.0
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    speck = nrng.random(a.shape).astype(np.float32)
    a = a * np.where(speck < 0.18, 0.35, 0.92)
    a = np.clip(a * 200, 0, 255).astype(np.uint8)
    out = np.zeros(a.shape + (4,), np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = color
    out[..., 3] = a
    im = Image.fromarray(out, "RGBA").rotate(rng.uniform(-12, 12), expand=True)
    return im


def portrait(rng: random.Random, sex: str = "F", color: bool = True, w: int = 350, h: int = 450):
    """A simple drawn ID photo (no real person)."""
    bg = (232, 234, 236) if color else (236, 236, 236)
    im = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(im)
    skins = [(241, 204, 170), (224, 172, 130), (198, 140, 98), (141, 85, 56), (96, 62, 42)]
    skin = rng.choice(skins)
    hairs = [(30, 24, 20), (60, 40, 25), (110, 80, 50), (20, 20, 20), (150, 120, 80)]
    hair = rng.choice(hairs)
    shirt = rng.choice([(40, 50, 80), (90, 30, 40), (200, 200, 205), (30, 30, 30), (60, 90, 70)])
    cx = w / 2 + rng.uniform(-8, 8)
    # shoulders
    dr.ellipse((cx - w * 0.55, h * 0.78, cx + w * 0.55, h * 1.35), fill=shirt)
    dr.rectangle((cx - w * 0.09, h * 0.62, cx + w * 0.09, h * 0.82), fill=skin)
    hw, hh = w * rng.uniform(0.26, 0.3), h * rng.uniform(0.25, 0.28)
    hy = h * 0.42
    if sex == "F" and rng.random() < 0.7:
        dr.ellipse((cx - hw * 1.25, hy - hh * 1.1, cx + hw * 1.25, hy + hh * 1.45), fill=hair)
    dr.ellipse((cx - hw, hy - hh, cx + hw, hy + hh), fill=skin)
    dr.chord((cx - hw * 1.05, hy - hh * 1.15, cx + hw * 1.05, hy + hh * 0.5), 180, 360, fill=hair)
    ey = hy - hh * 0.05
    for sx in (-1, 1):
        ex = cx + sx * hw * 0.4
        dr.ellipse((ex - 9, ey - 5, ex + 9, ey + 5), fill=(250, 250, 250))
        dr.ellipse((ex - 5, ey - 5, ex + 5, ey + 5), fill=(40, 30, 25))
        dr.line((ex - 14, ey - 16, ex + 14, ey - 18), fill=hair, width=4)
    dr.line((cx, ey + 8, cx - 6, hy + hh * 0.35), fill=tuple(int(v * 0.8) for v in skin), width=3)
    dr.arc((cx - 24, hy + hh * 0.42, cx + 24, hy + hh * 0.62), 10, 170, fill=(120, 60, 60), width=4)
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    if not color:
        im = im.convert("L").convert("RGB")
    return im


def text_strip(
    lines: list[str], font: str, px: int, color=(15, 15, 15), spacing: float = 1.35
) -> Image.Image:
    """Lines of text in a PIL-only font (OCR-B MRZ, Arabic, Chinese) on transparency."""
    f = pil(font, px)
    widths = [f.getlength(t) for t in lines]
    W = int(max(widths) + px)
    H = int(px * spacing * len(lines) + px * 0.6)
    im = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(im)
    for i, t in enumerate(lines):
        dr.text((px * 0.5, px * 0.3 + i * px * spacing), t, font=f, fill=255)
    bb = im.getbbox() or (0, 0, W, H)
    im = im.crop((max(0, bb[0] - 2), max(0, bb[1] - 2), bb[2] + 2, bb[3] + 2))
    out = np.zeros((im.size[1], im.size[0], 4), np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = color
    out[..., 3] = np.asarray(im)
    return Image.fromarray(out, "RGBA")


def rtl_text(text: str, font: str = "amiri", px: int = 60, color=(15, 15, 15)) -> Image.Image:
    """Arabic (shaped by raqm when Pillow has it)."""
    f = pil(font, px)
    try:
        bbox = f.getbbox(text, direction="rtl", language="ar")
        kw = {"direction": "rtl", "language": "ar"}
    except (KeyError, ValueError, OSError):
        bbox = f.getbbox(text)
        kw = {}
    W = bbox[2] - bbox[0] + 10
    H = bbox[3] - bbox[1] + 10
    im = Image.new("L", (W, H), 0)
    ImageDraw.Draw(im).text((5 - bbox[0], 5 - bbox[1]), text, font=f, fill=255, **kw)
    out = np.zeros((H, W, 4), np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = color
    out[..., 3] = np.asarray(im)
    return Image.fromarray(out, "RGBA")
