"""Person-like handwriting on a raster page (PIL), deterministic (seeded rng).

Text is laid glyph by glyph from a handwriting font with jitter in size,
angle, spacing and a drifting baseline, then sheared (slant) as a whole.
Ticks, crosses and signatures are strokes drawn as chains of discs of
varying radius (pen pressure).  Everything goes to an alpha "ink" layer that
is composited with the pen colour at the end (`Ink.apply`).
"""

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HAND_FONTS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "dkgBI": "/usr/share/fonts/truetype/fifthhorseman/dkgBI.ttf",
    "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "ruf": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
}
# fonts whose capitals read well one per comb box
CAPS_FONTS = ["breip", "dkg", "humor", "ruf", "comic"]
CURSIVE_FONTS = ["dancing", "dkg", "ecolier", "kaushan", "breip"]
MIXED_FONTS = ["dancing", "dkg", "breip"]
SIG_FONTS = ["kaushan", "dancing", "dkgBI", "ecolier"]

_font_cache = {}
_cover_cache = {}


def font(key, size):
    k = (key, int(size))
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(HAND_FONTS[key], max(6, int(size)))
    return _font_cache[k]


def covers(key, text):
    """True when the font has a real glyph for every character of text."""
    f = font(key, 40)

    def glyph(ch):
        im = Image.new("L", (90, 90), 0)
        ImageDraw.Draw(im).text((20, 70), ch, font=f, fill=255, anchor="ls")
        return im.tobytes()

    if (key, None) not in _cover_cache:
        _cover_cache[(key, None)] = glyph("\ue000")
    missing = _cover_cache[(key, None)]
    for ch in sorted(set(text)):
        if ch == " ":
            continue
        ck = (key, ch)
        if ck not in _cover_cache:
            _cover_cache[ck] = glyph(ch) != missing
        if not _cover_cache[ck]:
            return False
    return True


def pick_font(rng, pool, text):
    ok = [k for k in pool if covers(k, text)]
    return rng.choice(ok or ["dkg"])


class Ink:
    """Alpha layer for one pen, composited on the page at the end."""

    def __init__(self, size, colour):
        self.layer = Image.new("L", size, 0)
        self.colour = colour

    def apply(self, img, rng):
        bbox = self.layer.getbbox()
        if not bbox:
            return img
        # work on the inked region only
        x0, y0 = max(0, bbox[0] - 4), max(0, bbox[1] - 4)
        x1, y1 = min(img.size[0], bbox[2] + 4), min(img.size[1], bbox[3] + 4)
        lay = self.layer.crop((x0, y0, x1, y1)).filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(lay, dtype=np.float32) / 255.0
        h, w = a.shape
        small = rng.random((max(2, h // 40), max(2, w // 40))).astype(np.float32)
        flow = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
        a = a * (0.80 + 0.20 * flow)
        full = np.array(img.convert("RGB"), dtype=np.uint8)
        base = full[y0:y1, x0:x1].astype(np.float32)
        col = np.array(self.colour, dtype=np.float32)
        out = base * (1 - a[..., None]) + col * a[..., None]
        full[y0:y1, x0:x1] = np.clip(out, 0, 255).astype(np.uint8)
        return Image.fromarray(full)


def write(
    ink: Ink, text, x, y_base, size, fkey, rng, slant=0.12, max_w=None, drift=0.35, spacing=1.0
):
    """Write text with its baseline starting at (x, y_base) (pixels).
    size ~ cap height + ascent in pixels.  Returns the width used."""
    if not text:
        return 0
    f0 = font(fkey, size)
    est = f0.getlength(text) * spacing
    if max_w and est > max_w:
        size = size * max_w / est
        f0 = font(fkey, size)
    pad = int(size * 1.2)
    tw = int(f0.getlength(text) * 1.25 * spacing + 2 * pad)
    th = int(size * 3)
    lay = Image.new("L", (tw, th), 0)
    base = int(size * 1.9)
    cx = pad
    off = 0.0
    slope = rng.gauss(0, 0.012)
    for ch in text:
        s = size * (1 + rng.gauss(0, 0.05))
        f = font(fkey, s)
        if ch == " ":
            cx += f.getlength(" ") * rng.uniform(0.9, 1.5) * spacing
            continue
        gl = Image.new("L", (int(s * 2.2), int(s * 2.6)), 0)
        d = ImageDraw.Draw(gl)
        d.text((int(s * 0.5), int(s * 1.7)), ch, font=f, fill=255, anchor="ls")
        ang = rng.gauss(0, 3.0)
        gl = gl.rotate(ang, resample=Image.BICUBIC, center=(int(s * 0.5), int(s * 1.7)))
        off += rng.gauss(0, drift * 0.12 * size / 10)
        off = max(-size * 0.12, min(size * 0.12, off))
        yb = base + off + slope * (cx - pad)
        lay.paste(255, (int(cx - s * 0.5), int(yb - s * 1.7)), gl)
        cx += f.getlength(ch) * (1 + rng.gauss(0, 0.04)) * spacing + rng.gauss(0, 0.25)
    # slant (shear around baseline)
    sl = slant + rng.gauss(0, 0.03)
    lay = lay.transform(
        lay.size, Image.AFFINE, (1, sl, -sl * base, 0, 1, 0), resample=Image.BICUBIC
    )
    # overall tilt of the line
    lay = lay.rotate(rng.gauss(0, 0.8), resample=Image.BICUBIC, center=(pad, base))
    ox, oy = int(x - pad), int(y_base - base)
    ink.layer.paste(255, (ox, oy), lay)
    return cx - pad


def write_comb(ink: Ink, chars, cells, size_frac, fkey, rng, offset=0):
    """One character per comb cell; cells in pixels (x, y_top, w, h)."""
    for i, ch in enumerate(chars):
        if i + offset >= len(cells) or ch == " ":
            continue
        x, yt, w, h = cells[i + offset]
        s = h * size_frac * (1 + rng.gauss(0, 0.06))
        f = font(fkey, s)
        gw = f.getlength(ch)
        cx = x + (w - gw) / 2 + rng.gauss(0, w * 0.07)
        yb = yt + h * 0.80 + rng.gauss(0, h * 0.05)
        gl = Image.new("L", (int(s * 2.4), int(s * 2.6)), 0)
        d = ImageDraw.Draw(gl)
        d.text((int(s * 0.6), int(s * 1.8)), ch, font=f, fill=255, anchor="ls")
        gl = gl.rotate(rng.gauss(0, 4), resample=Image.BICUBIC, center=(int(s * 0.6), int(s * 1.8)))
        ink.layer.paste(255, (int(cx - s * 0.6), int(yb - s * 1.8)), gl)


def stroke(ink: Ink, pts, width, rng, taper=True):
    """Draw a polyline (list of (x, y)) as a pen stroke with varying width."""
    pts = np.asarray(pts, dtype=np.float64)
    if len(pts) < 2:
        return
    # resample densely
    seg = np.sqrt(((pts[1:] - pts[:-1]) ** 2).sum(1))
    L = seg.sum()
    n = max(2, int(L / max(0.6, width * 0.25)))
    t = np.concatenate([[0], np.cumsum(seg)]) / max(L, 1e-6)
    u = np.linspace(0, 1, n)
    xs = np.interp(u, t, pts[:, 0])
    ys = np.interp(u, t, pts[:, 1])
    d = ImageDraw.Draw(ink.layer)
    phase = rng.uniform(0, 6.28)
    for i in range(n):
        r = width / 2 * (0.85 + 0.15 * math.sin(phase + u[i] * 9))
        if taper:
            r *= min(1.0, 0.35 + 2.2 * min(u[i], 1 - u[i]) + 0.3)
        r = max(0.6, r)
        d.ellipse([xs[i] - r, ys[i] - r, xs[i] + r, ys[i] + r], fill=255)


def bezier(p0, p1, p2, p3, n=30):
    t = np.linspace(0, 1, n)[:, None]
    p0, p1, p2, p3 = map(np.asarray, (p0, p1, p2, p3))
    return (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t**2 * p2 + t**3 * p3


def mark(ink: Ink, box, kind, rng, pen):
    """Tick or cross in a box (x, y_top, s) in pixels; may stray outside."""
    x, y, s = box
    ox = rng.gauss(0, s * 0.12)
    oy = rng.gauss(0, s * 0.12)
    if kind == "cross":
        k = rng.uniform(0.05, 0.25)
        a = (x + s * k + ox, y + s * k + oy)
        b = (x + s * (1 - k) + ox + rng.gauss(0, s * 0.08), y + s * (1 - k) + oy)
        mid = (
            (a[0] + b[0]) / 2 + rng.gauss(0, s * 0.05),
            (a[1] + b[1]) / 2 + rng.gauss(0, s * 0.05),
        )
        stroke(ink, bezier(a, mid, mid, b, 20), pen, rng)
        a = (x + s * (1 - k) + ox, y + s * k + oy + rng.gauss(0, s * 0.06))
        b = (x + s * k + ox, y + s * (1 - k) + oy)
        mid = (
            (a[0] + b[0]) / 2 + rng.gauss(0, s * 0.05),
            (a[1] + b[1]) / 2 + rng.gauss(0, s * 0.05),
        )
        stroke(ink, bezier(a, mid, mid, b, 20), pen, rng)
    else:  # tick
        sc = rng.uniform(0.9, 1.5)
        a = (x + s * 0.15 + ox, y + s * 0.5 + oy)
        m = (x + s * 0.42 + ox, y + s * 0.9 + oy)
        b = (x + s * (0.5 + 0.6 * sc) + ox, y - s * (0.25 * sc) + oy)
        pts = np.vstack(
            [bezier(a, a, m, m, 10), bezier(m, (m[0] + s * 0.2, m[1] - s * 0.3), b, b, 25)]
        )
        stroke(ink, pts, pen, rng)


def signature(ink: Ink, rect, name, rng, pen, style=None):
    """A handwritten signature inside rect (x, y_top, w, h) pixels."""
    x, y, w, h = rect
    style = style or rng.choice(["script", "script_flourish", "loops", "initials"])
    cx = x + w * rng.uniform(0.12, 0.35)
    base = y + h * rng.uniform(0.62, 0.78)
    if style in ("script", "script_flourish"):
        fk = pick_font(rng, SIG_FONTS, name)
        size = h * rng.uniform(0.42, 0.6)
        used = write(
            ink,
            name,
            cx,
            base,
            size,
            fk,
            rng,
            slant=rng.uniform(0.15, 0.4),
            max_w=w * 0.7,
            drift=0.8,
            spacing=rng.uniform(0.85, 1.0),
        )
        if style == "script_flourish":
            a = (cx - w * 0.05, base + h * 0.08)
            b = (cx + used + w * 0.05, base + rng.uniform(-0.15, 0.05) * h)
            stroke(
                ink,
                bezier(
                    a, (a[0] + w * 0.3, base + h * 0.22), (b[0] - w * 0.2, base + h * 0.1), b, 40
                ),
                pen,
                rng,
            )
    elif style == "loops":
        fk = pick_font(rng, SIG_FONTS, name[:1])
        size = h * rng.uniform(0.55, 0.75)
        used = write(ink, name[:1], cx, base, size, fk, rng, slant=0.3, drift=0.2)
        n = rng.randint(4, 8)
        t = np.linspace(0, 1, 220)
        amp = h * rng.uniform(0.10, 0.2) * (1 - 0.5 * t)
        freq = n * 2 * math.pi
        sx = cx + used + t * w * rng.uniform(0.35, 0.5)
        sx = sx - h * 0.06 * np.sin(freq * t)
        sy = base - amp * (1 + np.cos(freq * t)) / 1.3 + t * rng.uniform(-0.15, 0.1) * h
        stroke(ink, np.stack([sx, sy], 1), pen, rng)
        a = (sx[-1], sy[-1])
        b = (cx - w * 0.04, base + h * rng.uniform(0.05, 0.15))
        stroke(
            ink,
            bezier(a, (a[0] + w * 0.08, a[1] + h * 0.2), (b[0] + w * 0.3, b[1] + h * 0.12), b, 40),
            pen,
            rng,
        )
    else:  # initials + underline scribble
        fk = pick_font(rng, SIG_FONTS, name)
        ini = "".join(p[0] for p in name.replace("-", " ").split()[:2])
        size = h * rng.uniform(0.55, 0.72)
        used = write(ink, ini, cx, base, size, fk, rng, slant=0.35, drift=0.3, spacing=0.8)
        t = np.linspace(0, 1, 120)
        sx = cx + used + t * w * 0.35
        sy = base - h * 0.15 * np.abs(np.sin(t * math.pi * 3)) - t * h * 0.1
        stroke(ink, np.stack([sx, sy], 1), pen, rng)
        a = (cx - w * 0.02, base + h * 0.12)
        b = (sx[-1] + w * 0.05, base + h * 0.02)
        stroke(
            ink,
            bezier(a, (a[0] + w * 0.2, a[1] + h * 0.05), (b[0] - w * 0.2, b[1] + h * 0.1), b, 30),
            pen,
            rng,
        )


def stray(ink: Ink, rect, kind, rng, pen):
    """Not a signature: a dot or a short tick in the box."""
    x, y, w, h = rect
    px = x + w * rng.uniform(0.3, 0.7)
    py = y + h * rng.uniform(0.4, 0.75)
    if kind == "dot":
        r = pen * rng.uniform(0.7, 1.1)
        ImageDraw.Draw(ink.layer).ellipse([px - r, py - r * 0.8, px + r, py + r * 0.8], fill=255)
    else:
        ln = h * rng.uniform(0.08, 0.14)
        stroke(ink, [(px, py), (px + ln * 0.6, py - ln)], pen, rng)
