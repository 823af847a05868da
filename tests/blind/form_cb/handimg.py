"""Pen strokes on page rasters (handwriting, ticks, signatures) and scan / photo looks."""

import itertools
import math
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

HANDS = {
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "rufs": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
}
_FT = {}


def _font(key, size):
    k = (key, int(size))
    if k not in _FT:
        _FT[k] = ImageFont.truetype(HANDS[key], int(size))
    return _FT[k]


def writable(key, text):
    """What this hand really writes: accents dropped when the font has no such glyph."""
    from fontTools.ttLib import TTFont

    if key not in _CMAPS:
        _CMAPS[key] = set(TTFont(HANDS[key]).getBestCmap())
    cm = _CMAPS[key]
    out = []
    for ch in text:
        if ord(ch) in cm or ch == " ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if ord(base) in cm else "?")
    return "".join(out)


_CMAPS = {}


class Pen:
    def __init__(self, rng, hand, color, size_scale=1.0, slant=0.0):
        self.rng, self.hand, self.color = rng, hand, color
        self.k, self.slant = size_scale, slant

    def glyph(self, img, ch, x, base, size):
        """Draw one glyph with its left at x and baseline at base; return the advance."""
        r = self.rng
        sz = max(8, size * self.k * r.uniform(0.93, 1.07))
        f = _font(self.hand, sz)
        adv = f.getlength(ch)
        if ch == " ":
            return adv * r.uniform(0.9, 1.3)
        pad = int(sz * 1.6)
        m = Image.new("L", (int(adv) + 2 * pad, 3 * pad), 0)
        ImageDraw.Draw(m).text((pad, 2 * pad), ch, font=f, fill=255, anchor="ls")
        ang = self.slant + r.uniform(-4.0, 4.0)
        m = m.rotate(ang, resample=Image.BICUBIC, center=(pad, 2 * pad))
        dy = r.uniform(-0.05, 0.05) * sz
        ox, oy = int(x - pad), int(base - 2 * pad + dy)
        ink = Image.new("RGB", m.size, self.color)
        img.paste(ink, (ox, oy), m)
        return adv * r.uniform(0.95, 1.05)

    def text(self, img, x, base, text, size, max_w=None):
        f = _font(self.hand, size * self.k)
        w = f.getlength(text)
        if max_w and w > max_w:
            size = size * max_w / w * 0.97
        cx = x
        for ch in text:
            cx += self.glyph(img, ch, cx, base, size)
        return cx

    def comb(self, img, fld, s, text, touch=False):
        cw, h = fld["cw"] * s, fld["h"] * s
        x0, y0 = fld["x"] * s, fld["y"] * s
        size = h * (1.05 if touch else 0.82)
        for i, ch in enumerate(text[: fld["n"]]):
            if ch == " ":
                continue
            f = _font(self.hand, size * self.k)
            gw = f.getlength(ch)
            jx = self.rng.uniform(-0.28, 0.28) * cw if touch else self.rng.uniform(-0.1, 0.1) * cw
            x = x0 + (i + 0.5) * cw - gw / 2 + jx
            base = y0 + h * (0.93 if touch else 0.84)
            self.glyph(img, ch, x, base, size)


def stroke(img, pts, color, width, rng):
    d = ImageDraw.Draw(img)
    for a, b in itertools.pairwise(pts):
        w = max(1, round(width * rng.uniform(0.75, 1.2)))
        d.line([a, b], fill=color, width=w, joint="curve")


def _spline(ctrl, n=14):
    out = []
    p = [ctrl[0]] + list(ctrl) + [ctrl[-1]]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[j]
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in range(2)
                )
            )
    out.append(ctrl[-1])
    return out


def tick(img, fld, s, style, color, rng):
    x, y, z = fld["x"] * s, fld["y"] * s, fld["s"] * s
    w = max(2, z * 0.13)
    if style == "check":
        pts = [
            (x + z * 0.12, y + z * 0.5),
            (x + z * 0.42, y + z * 0.92),
            (x + z * 1.15, y - z * 0.35),
        ]
        pts = [(a + rng.uniform(-2, 2), b + rng.uniform(-2, 2)) for a, b in pts]
        stroke(img, _spline(pts, 8), color, w, rng)
    elif style == "cross":
        e = rng.uniform(-0.08, 0.12) * z
        stroke(img, [(x - e, y - e), (x + z + e, y + z + e)], color, w, rng)
        stroke(img, [(x + z + e, y - e), (x - e, y + z + e)], color, w, rng)
    else:  # filled box: dense scribble
        d = ImageDraw.Draw(img)
        for k in range(9):
            yy = y + z * (0.12 + 0.09 * k)
            d.line(
                [(x + z * 0.1, yy), (x + z * 0.9, yy + z * 0.05)], fill=color, width=max(2, int(w))
            )


def stray(img, fld, s, color, rng):
    """A dot or a tiny tick inside the signature area, no signature."""
    x = (fld["x"] + fld["w"] * rng.uniform(0.3, 0.7)) * s
    y = (fld["y"] + fld["h"] * rng.uniform(0.4, 0.7)) * s
    d = ImageDraw.Draw(img)
    if rng.random() < 0.5:
        r = rng.uniform(3, 5)
        d.ellipse([x - r, y - r, x + r, y + r * 0.8], fill=color)
    else:
        stroke(img, [(x, y), (x + 6, y + 9), (x + 20, y - 10)], color, 3, rng)


def signature(img, fld, s, color, rng, initials="A"):
    """Script-like name: a capital loop, running humps, then a flourish (pen polylines)."""
    x0 = (fld["x"] + fld["w"] * rng.uniform(0.1, 0.28)) * s
    w = fld["w"] * rng.uniform(0.45, 0.62) * s
    base = (fld["y"] + fld["h"] * rng.uniform(0.6, 0.72)) * s
    amp = fld["h"] * rng.uniform(0.2, 0.3) * s
    pw = rng.uniform(2.2, 3.6)
    cap = [(x0 + amp * 0.2, base), (x0 + amp * 0.1, base - amp * 1.6)]
    cap += [(x0 + amp * 0.9, base - amp * 1.9), (x0 + amp * 0.8, base - amp * 0.9)]
    cap += [(x0 - amp * 0.2, base - amp * 0.6), (x0 + amp * 1.2, base - amp * 0.2)]
    stroke(img, _spline(cap), color, pw, rng)
    pts, x = [], x0 + amp * 1.1
    n = rng.randint(6, 11)
    for k in range(n):
        hgt = amp * rng.uniform(0.35, 1.0) * (1.6 if rng.random() < 0.2 else 1)
        pts.append((x, base - hgt))
        x += w / n * 0.5
        pts.append((x, base + rng.uniform(-2, 3)))
        x += w / n * 0.5
    stroke(img, _spline(pts, 8), color, pw, rng)
    fl = [(x, base - amp * 0.3), (x + amp * 0.4, base + amp * 0.3)]
    fl += [(x0 + w * 0.5, base + amp * 0.6), (x0 - amp * 0.3, base + amp * 0.35)]
    if rng.random() < 0.6:
        stroke(img, _spline(fl, 12), color, pw * 0.8, rng)


def signature_png(rng, color, wpt=250, hpt=70, s=3.0):
    img = Image.new("RGB", (int(wpt * s), int(hpt * s)), (255, 255, 255))
    signature(img, {"x": 0, "y": 0, "w": wpt, "h": hpt}, s, color, rng)
    a = 255 - np.asarray(img.convert("L"))
    rgba = np.dstack([np.full(a.shape + (3,), color, np.uint8), a])
    return Image.fromarray(rgba, "RGBA")


def strike(img, x0, x1, base, size, color, rng):
    for k in range(rng.choice([1, 2])):
        yy = base - size * (0.3 + 0.12 * k)
        stroke(
            img,
            [(x0 - 3, yy + rng.uniform(-2, 2)), (x1 + 3, yy + rng.uniform(-3, 3))],
            color,
            2.5,
            rng,
        )


# ---------------------------------------------------------------- looks
def scan(img, rng, dpi_out):
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    paper = np.array([rng.uniform(0.9, 0.97)] * 3) * np.array([1.0, 0.995, rng.uniform(0.96, 1)])
    a = a * paper
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-0.9, 0.9), 1.0)
    bv = tuple(float(v) for v in paper * 245)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=bv)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    a = a + nrng.normal(0, rng.uniform(2, 5), a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    f = dpi_out / 200.0
    out = out.resize((int(w * f), int(h * f)), Image.LANCZOS)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def photo(img, rng, rot=0):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    W, H = (3024, 4032) if rng.random() < 0.7 else (2448, 3264)
    tone = np.array([rng.uniform(90, 170), rng.uniform(70, 140), rng.uniform(50, 110)])
    bg = np.ones((H, W, 3), np.float32) * tone
    bg += nrng.normal(0, 8, (H // 8, W // 8, 1)).repeat(8, 0).repeat(8, 1)[:H, :W]
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    sc = min(W, H * w / h) * rng.uniform(0.74, 0.88) / w
    pw, ph = w * sc, h * sc
    cx, cy = W / 2 + rng.uniform(-80, 80), H / 2 + rng.uniform(-100, 100)
    j = [rng.uniform(-0.05, 0.05) * pw for _ in range(8)]
    dst = np.float32(
        [
            [cx - pw / 2 + j[0], cy - ph / 2 + j[1]],
            [cx + pw / 2 + j[2], cy - ph / 2 + j[3]],
            [cx + pw / 2 + j[4], cy + ph / 2 + j[5]],
            [cx - pw / 2 + j[6], cy + ph / 2 + j[7]],
        ]
    )
    srcq = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))[..., None]
    a = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = 0.8 + 0.25 * ((xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang) + 0.5)
    sx, sy = rng.uniform(0, W), rng.uniform(0, H)
    shadow = 1 - 0.3 * np.exp(-(((xx - sx) / (W * 0.35)) ** 2 + ((yy - sy) / (H * 0.3)) ** 2))
    a = a * (grad * shadow)[..., None]
    a = a * np.array([rng.uniform(0.95, 1.08), 1.0, rng.uniform(0.85, 1.0)])
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    a = a + nrng.normal(0, 3.5, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if rot:
        a = np.ascontiguousarray(np.rot90(a, k=rot // 90))
    return Image.fromarray(a)
