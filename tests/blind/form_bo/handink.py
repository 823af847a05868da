"""Handwriting, signatures and pen marks drawn on page rasters (numpy ink masks)."""

import math
import unicodedata

import cv2
import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/"
# handwriting-like .ttf fonts; "accents" says whether the font carries accented letters
HAND_FONTS = {
    "breip": (FONT_DIR + "breip/Breip.ttf", True),
    "dkg": (FONT_DIR + "fifthhorseman/dkg.ttf", True),
    "dkg_it": (FONT_DIR + "fifthhorseman/dkgIt.ttf", True),
    "ecolier": (FONT_DIR + "ecolier-court/Ecolier-court.ttf", True),
    "humor": (FONT_DIR + "humor-sans/Humor-Sans.ttf", False),
    "rufscript": (FONT_DIR + "rufscript/Rufscript010.ttf", False),
}
PENS = {
    "blue": (28, 45, 150),
    "dark_blue": (16, 30, 95),
    "black": (22, 22, 28),
    "blue_black": (30, 35, 70),
    "green_gel": (20, 95, 60),
}
_FONT_CACHE = {}
_CMAPS = {}


def font(path, size):
    key = (path, int(size))
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, int(size))
    return _FONT_CACHE[key]


def strip_accents(text):
    out = unicodedata.normalize("NFKD", text)
    return "".join(c for c in out if not unicodedata.combining(c))


def has_glyphs(path, text):
    if path not in _CMAPS:
        _CMAPS[path] = set(TTFont(path, lazy=True).getBestCmap())
    return all(ord(c) in _CMAPS[path] or c == " " for c in text)


def as_written(text, font_key, caps=False):
    """What the writer really puts on paper with this font (accents dropped where it has none)."""
    t = text.upper() if caps else text
    if font_key == "humor":
        t = t.upper()
    if not HAND_FONTS[font_key][1]:
        return strip_accents(t)
    return "".join(c if has_glyphs(HAND_FONTS[font_key][0], c) else strip_accents(c) for c in t)


class Ink:
    """One ink layer per page: a float mask in [0, 1] the size of the page raster."""

    def __init__(self, h, w):
        self.m = np.zeros((h, w), np.float32)

    def paste(self, glyph, x, y):
        h, w = glyph.shape
        x0, y0 = round(x), round(y)
        xa, ya = max(0, x0), max(0, y0)
        xb, yb = min(self.m.shape[1], x0 + w), min(self.m.shape[0], y0 + h)
        if xb <= xa or yb <= ya:
            return
        sub = glyph[ya - y0 : yb - y0, xa - x0 : xb - x0]
        np.maximum(self.m[ya:yb, xa:xb], sub, out=self.m[ya:yb, xa:xb])


def glyph_mask(ch, fpath, size, angle, shear):
    f = font(fpath, size)
    pad = int(size * 0.6)
    w = int(f.getlength(ch)) + 2 * pad
    h = int(size * 1.6) + 2 * pad
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    base = pad + int(size * 1.1)
    d.text((pad, base), ch, font=f, fill=255, anchor="ls")
    if shear:
        im = im.transform(im.size, Image.AFFINE, (1, shear, -shear * base, 0, 1, 0), Image.BICUBIC)
    if angle:
        im = im.rotate(angle, Image.BICUBIC, center=(pad, base))
    return np.asarray(im, np.float32) / 255.0, pad, base


def write(ink, rng, text, x, y_base, size, fkey, slant=0.0, spacing=1.0):
    """Write text glyph by glyph with jitter; returns the x where the text ends."""
    fpath = HAND_FONTS[fkey][0]
    cx = float(x)
    drift = 0.0
    for ch in text:
        if ch == " ":
            cx += font(fpath, size).getlength(" ") * rng.uniform(0.8, 1.4) * spacing
            continue
        s = size * rng.uniform(0.93, 1.07)
        drift += rng.uniform(-0.04, 0.04) * size
        drift = max(-0.12 * size, min(0.12 * size, drift))
        g, pad, base = glyph_mask(ch, fpath, s, rng.uniform(-4, 4), slant)
        ink.paste(g, cx - pad, y_base + drift - base)
        cx += font(fpath, int(s)).getlength(ch) * spacing + rng.uniform(-0.03, 0.08) * size
    return cx


def write_comb(ink, rng, text, boxes, size, fkey):
    """One capital per comb box (boxes in pixels: x, y_top, w, h)."""
    fpath = HAND_FONTS[fkey][0]
    for ch, (bx, by, bw, bh) in zip(text, boxes):
        if ch == " ":
            continue
        s = size * rng.uniform(0.92, 1.06)
        g, pad, base = glyph_mask(ch, fpath, s, rng.uniform(-5, 5), 0.0)
        adv = font(fpath, int(s)).getlength(ch)
        gx = bx + (bw - adv) / 2 + rng.uniform(-0.08, 0.08) * bw
        gy = by + bh * rng.uniform(0.78, 0.9)
        ink.paste(g, gx - pad, gy - base)


def _draw_poly(mask, pts, widths):
    for i in range(len(pts) - 1):
        p, q = pts[i], pts[i + 1]
        t = max(1, round(widths[i]))
        cv2.line(mask, (int(p[0]), int(p[1])), (int(q[0]), int(q[1])), 255, t, cv2.LINE_AA)


def _widths(pts, base, rng):
    d = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    d = np.append(d, d[-1] if len(d) else 1.0)
    k = np.ones(9) / 9.0
    sp = np.convolve(d, k, mode="same")
    sp = sp / (sp.max() + 1e-6)
    w = base * (1.25 - 0.65 * sp) * rng.uniform(0.9, 1.1)
    n = len(w)
    taper = np.minimum(1.0, np.minimum(np.arange(n) + 1, n - np.arange(n)) / max(3, n * 0.06))
    return np.maximum(1.0, w * (0.35 + 0.65 * taper))


def _bezier(p0, p1, p2, p3, n=40):
    t = np.linspace(0, 1, n)[:, None]
    return (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t**2 * p2 + t**3 * p3


def signature(rng, w, h, pen_px=2.2, initials=False):
    """A pen signature (trochoid loops, capital stroke, flourish) as a float mask h x w."""
    sup = 3
    W, H = w * sup, h * sup
    m = np.zeros((H, W), np.uint8)
    base_y = H * rng.uniform(0.55, 0.68)
    cycles = rng.randint(2, 3) if initials else rng.randint(5, 10)
    per = 36
    T = 2 * math.pi * cycles
    t = np.linspace(0, T, cycles * per)
    span = W * (0.35 if initials else rng.uniform(0.55, 0.72))
    v = span / T
    r = v * rng.uniform(1.15, 2.0)
    amps = [H * rng.choice([0.12, 0.16, 0.2, 0.3, 0.38]) for _ in range(cycles + 1)]
    ry = np.array([amps[int(tt // (2 * math.pi))] for tt in t])
    ry = np.convolve(ry, np.ones(11) / 11, mode="same")
    x0 = W * rng.uniform(0.12, 0.22)
    xs = x0 + v * t + r * np.cos(t + math.pi) + r
    ys = base_y - ry * np.sin(t) - 0.02 * H * np.sin(t * 0.37)
    body = np.stack([xs, ys], 1)
    cap_h = H * rng.uniform(0.35, 0.5)
    cap = _bezier(
        np.array([x0 - W * 0.06, base_y + H * 0.12]),
        np.array([x0 - W * 0.04, base_y - cap_h * 1.6]),
        np.array([x0 + W * 0.08, base_y - cap_h * 1.4]),
        body[0],
        50,
    )
    strokes = [np.vstack([cap, body])]
    end = body[-1]
    if rng.random() < 0.8 and not initials:
        fl = _bezier(
            end,
            end + np.array([W * 0.12, H * 0.3]),
            np.array([x0 - W * 0.05, base_y + H * rng.uniform(0.2, 0.33)]),
            np.array([x0 + W * rng.uniform(0.2, 0.4), base_y + H * rng.uniform(0.12, 0.22)]),
            70,
        )
        strokes.append(fl)
    if rng.random() < 0.5:
        yy = base_y - H * rng.uniform(0.05, 0.2)
        xa = x0 + span * rng.uniform(0.3, 0.6)
        strokes.append(
            _bezier(
                np.array([xa, yy]),
                np.array([xa + W * 0.05, yy - H * 0.04]),
                np.array([xa + W * 0.12, yy + H * 0.02]),
                np.array([xa + W * 0.18, yy - H * 0.03]),
                20,
            )
        )
    slant = rng.uniform(0.1, 0.45)
    for s in strokes:
        s[:, 0] += (base_y - s[:, 1]) * slant
        _draw_poly(m, s, _widths(s, pen_px * sup, rng))
    out = cv2.resize(m, (w, h), interpolation=cv2.INTER_AREA)
    return out.astype(np.float32) / 255.0


def tick(rng, size, cross=False, pen_px=2.0):
    sup = 3
    S = int(size * sup)
    m = np.zeros((S, S), np.uint8)
    j = lambda: rng.uniform(-0.06, 0.06) * S
    if cross:
        a = np.array([[0.15 * S + j(), 0.15 * S + j()], [0.85 * S + j(), 0.88 * S + j()]])
        b = np.array([[0.82 * S + j(), 0.12 * S + j()], [0.18 * S + j(), 0.86 * S + j()]])
        for p in (a, b):
            pts = _bezier(p[0], p[0] * 0.6 + p[1] * 0.4, p[0] * 0.3 + p[1] * 0.7, p[1], 16)
            _draw_poly(m, pts, _widths(pts, pen_px * sup, rng))
    else:
        p0 = np.array([0.12 * S + j(), 0.5 * S + j()])
        p1 = np.array([0.4 * S + j(), 0.85 * S + j()])
        p2 = np.array([0.95 * S + j(), 0.0 * S + j()])
        pts = np.vstack([_bezier(p0, p0, p1, p1, 10), _bezier(p1, p1, p2 * 0.9 + p1 * 0.1, p2, 20)])
        _draw_poly(m, pts, _widths(pts, pen_px * sup, rng))
    return cv2.resize(m, (int(size), int(size)), interpolation=cv2.INTER_AREA) / 255.0


def dot(rng, size):
    m = np.zeros((size, size), np.uint8)
    cv2.ellipse(
        m,
        (size // 2, size // 2),
        (max(1, size // 3), max(1, size // 4)),
        rng.uniform(0, 180),
        0,
        360,
        255,
        -1,
        cv2.LINE_AA,
    )
    return m.astype(np.float32) / 255.0


def apply_ink(img, ink, rng, colour, pressure=1.0):
    """Composite the ink mask on an RGB uint8 image with pen colour and uneven pressure."""
    m = ink.m
    if pressure > 1.15:
        m = cv2.dilate(m, np.ones((2, 2), np.uint8))
    elif pressure < 0.85:
        m = cv2.erode(m, np.ones((2, 2), np.uint8)) * 0.5 + m * 0.5
    m = cv2.GaussianBlur(m, (0, 0), 0.6)
    h, w = m.shape
    low = np.array([[rng.uniform(0.65, 1.0) for _ in range(6)] for _ in range(8)], np.float32)
    field = cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)
    a = np.clip(m * field * min(1.0, 0.8 * pressure + 0.15), 0, 1)[..., None]
    col = np.array(colour, np.float32)[None, None, :]
    out = img.astype(np.float32) * (1 - a) + col * a
    return np.clip(out, 0, 255).astype(np.uint8)


def signature_rgba(rng, w, h, colour, on_paper=False):
    """A signature image to paste into a PDF (transparent PNG, or a cropped photo of paper)."""
    m = signature(rng, w, h, pen_px=w / 170.0)
    if on_paper:
        bg = np.full((h, w, 3), rng.randint(225, 245), np.float32)
        bg += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 3, (h, w, 1))
        a = m[..., None]
        out = bg * (1 - a) + np.array(colour, np.float32) * a
        return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., :3] = colour
    rgba[..., 3] = (m * 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")
