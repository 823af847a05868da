"""Pen strokes (handwriting, ticks, signatures) and capture looks (scan, phone photo)."""

import itertools
import logging
import math
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)
logging.getLogger("fontTools").setLevel(logging.ERROR)

FD = "/usr/share/fonts/truetype/"
HANDS = {
    "breip": FD + "breip/Breip.ttf",
    "ecolier": FD + "ecolier-court/Ecolier-court.ttf",
    "dkg": FD + "fifthhorseman/dkg.ttf",
    "dkg_it": FD + "fifthhorseman/dkgIt.ttf",
    "dkg_bd": FD + "fifthhorseman/dkgBd.ttf",
    "humor": FD + "humor-sans/Humor-Sans.ttf",
    "ruf": FD + "rufscript/Rufscript010.ttf",
}
SCRIPTS = [FD + "rufscript/Rufscript010.ttf", FD + "fifthhorseman/dkgBI.ttf", HANDS["ecolier"]]
INKS = {"blue": (24, 42, 138), "black": (28, 28, 34), "darkblue": (20, 30, 90)}
_FONT_CACHE = {}
_CMAP = {}


def _font(path, size):
    key = (path, int(size))
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, int(size))
    return _FONT_CACHE[key]


def _has(path, ch):
    if path not in _CMAP:
        from fontTools.ttLib import TTFont

        _CMAP[path] = set(TTFont(path).getBestCmap())
    return ord(ch) in _CMAP[path]


def _glyph_ok(path, ch):
    if ch == " " or _has(path, ch):
        return ch
    if ch in "’":
        return "'"
    base = unicodedata.normalize("NFD", ch)[0]
    return base if _has(path, base) else "?"


def _paste_glyph(layer, ch, x, yb, path, size, rng, ink, rot=5.0):
    """Draw one glyph with its baseline at (x, yb) on RGBA layer; return its advance."""
    ch = _glyph_ok(path, ch)
    s = size * rng.uniform(0.93, 1.07)
    f = _font(path, s)
    adv = f.getlength(ch)
    if ch == " ":
        return adv
    asc = f.getmetrics()[0]
    pad = int(s * 0.6)
    tw, th = int(adv + 2 * pad + s * 0.5), int(s * 1.6 + 2 * pad)
    tile = Image.new("RGBA", (tw, th), (0, 0, 0, 0))
    a = rng.randint(200, 255)
    sw = 1 if s >= 19 else 0
    ImageDraw.Draw(tile).text(
        (pad, pad), ch, font=f, fill=(*ink, a), stroke_width=sw, stroke_fill=(*ink, a)
    )
    tile = tile.rotate(rng.uniform(-rot, rot), resample=Image.BICUBIC, center=(pad, pad + asc))
    dx = rng.uniform(-0.04, 0.04) * s
    dy = rng.uniform(-0.06, 0.06) * s
    layer.alpha_composite(tile, (int(x + dx - pad), int(yb + dy - pad - asc)))
    return adv


def _layer(img):
    return Image.new("RGBA", img.size, (0, 0, 0, 0))


def _merge(img, layer, blur=0.5):
    if blur:
        layer = layer.filter(ImageFilter.GaussianBlur(blur))
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


class Writer:
    """Handwriting on one page image; coordinates in points mapped with scale k (px/pt)."""

    def __init__(self, img, k, rng, hand, ink):
        self.img, self.k, self.rng = img, k, rng
        self.path, self.ink = HANDS[hand], INKS[ink]
        self.zoom = 1.35 if hand == "ecolier" else 1.0
        self.layer = _layer(img)
        self.ph = img.size[1]

    def px(self, x, y):
        return x * self.k, self.ph - y * self.k

    def text(self, rect, text, size_pt=11.0, indent=4.0, lift=3.5, slope=0.0):
        x, y, w, _h = rect
        px, pyb = self.px(
            x + indent + self.rng.uniform(-1, 3), y + lift + self.rng.uniform(-0.6, 1)
        )
        size = size_pt * self.k * self.zoom
        fit = _font(self.path, size).getlength(text) * 1.02 + size * 0.05 * len(text)
        room = (w - indent - 3) * self.k
        if fit > room:
            size *= room / fit
        for ch in text:
            adv = _paste_glyph(self.layer, ch, px, pyb, self.path, size, self.rng, self.ink)
            px += adv * self.rng.uniform(0.98, 1.06) + size * 0.05
            pyb -= adv * slope

    def comb(self, cells, chars, size_frac=0.72):
        for cell, ch in zip(cells, chars):
            if ch == " ":
                continue
            x, y, w, h = cell
            size = h * size_frac * self.k
            f = _font(self.path, size)
            cx = (x + w / 2) * self.k - f.getlength(_glyph_ok(self.path, ch)) / 2
            yb = self.ph - (y + h * 0.2) * self.k
            _paste_glyph(self.layer, ch, cx, yb, self.path, size, self.rng, self.ink, rot=7)

    def tick(self, rect, style="x"):
        x, y, w, h = rect
        r = self.rng
        pts = []
        if style == "x":
            a = [(x + w * 0.12, y + h * 0.88), (x + w * 0.9, y + h * 0.1)]
            b = [(x + w * 0.1, y + h * 0.12), (x + w * 0.86, y + h * 0.92)]
            pts = [a, b]
        else:
            pts = [
                [
                    (x + w * 0.1, y + h * 0.5),
                    (x + w * 0.42, y + h * 0.12),
                    (x + w * 1.25, y + h * 1.2),
                ]
            ]
        for line in pts:
            q = [self.px(px + r.uniform(-0.8, 0.8), py + r.uniform(-0.8, 0.8)) for px, py in line]
            stroke(self.layer, _smooth(q, r, 0.6), self.ink, 1.1 * self.k, r)

    def dot(self, rect, rng):
        x, y, w, h = rect
        cx, cy = self.px(x + w * rng.uniform(0.3, 0.7), y + h * rng.uniform(0.3, 0.6))
        rad = 1.4 * self.k
        d = ImageDraw.Draw(self.layer)
        d.ellipse((cx - rad, cy - rad * 0.8, cx + rad, cy + rad * 0.8), fill=(*self.ink, 235))

    def paste(self, sig, rect, where=(0.12, 0.12)):
        x, y, w, h = rect
        bw, bh = int(w * self.k * 0.8), int(h * self.k * 0.72)
        sig = sig.copy()
        sig.thumbnail((bw, bh), Image.LANCZOS)
        px = int((x + w * where[0]) * self.k + self.rng.uniform(0, bw - sig.size[0] + 1))
        py = int(self.ph - (y + h * (1 - where[1])) * self.k + (bh - sig.size[1]) * 0.6)
        self.layer.alpha_composite(sig, (px, py))

    def done(self):
        return _merge(self.img, self.layer)


def _smooth(pts, rng, jit):
    out = []
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        n = max(4, int(math.hypot(x1 - x0, y1 - y0) / 4))
        for i in range(n):
            t = i / n
            out.append((x0 + (x1 - x0) * t + rng.uniform(-jit, jit), y0 + (y1 - y0) * t))
    out.append(pts[-1])
    return out


def stroke(layer, pts, ink, width, rng):
    d = ImageDraw.Draw(layer)
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        w = max(1.0, width * rng.uniform(0.8, 1.15))
        d.line((x0, y0, x1, y1), fill=(*ink, 240), width=round(w))
        r = w / 2
        d.ellipse((x1 - r, y1 - r, x1 + r, y1 + r), fill=(*ink, 240))


def signature(name, rng, ink="blue", height=160):
    """A handwritten signature as an RGBA image: a script-font name as pen strokes, slanted,
    with a jittered flourish."""
    col = INKS[ink]
    path = SCRIPTS[rng.randrange(len(SCRIPTS))]
    size = height * 0.55
    f = _font(path, size)
    wid = int(f.getlength(name) * 1.1 + height * 1.2)
    lay = Image.new("RGBA", (wid, height * 2), (0, 0, 0, 0))
    x, yb = height * 0.3, height * 1.1
    for ch in name:
        adv = _paste_glyph(lay, ch, x, yb, path, size, rng, col, rot=8)
        x += adv * rng.uniform(0.82, 0.98)
        yb += rng.uniform(-2.5, 1.5)
    # flourish: a loop back under the name then a rising tail
    pts = []
    x0, x1 = height * 0.3, x
    n = 60
    kind = rng.randrange(3)
    for i in range(n + 1):
        t = i / n
        if kind == 0:
            px = x1 - (x1 - x0) * t
            py = yb + height * 0.18 + math.sin(t * math.pi) * height * 0.12
        elif kind == 1:
            px = x0 + (x1 - x0 + height * 0.3) * t
            py = yb + height * 0.12 - math.sin(t * math.pi * 2.2) * height * 0.1 - t * height * 0.3
        else:
            px = x1 - height * 0.2 + math.cos(t * math.pi * 2) * height * 0.25 * (1 - t) + t * 30
            py = yb - height * 0.1 + math.sin(t * math.pi * 2) * height * 0.28 * (1 - t)
        pts.append((px + rng.uniform(-1.2, 1.2), py + rng.uniform(-1.2, 1.2)))
    stroke(lay, pts, col, height * 0.028, rng)
    # shear to slant
    sh = rng.uniform(0.1, 0.3)
    lay = lay.transform(lay.size, Image.AFFINE, (1, sh, -sh * height, 0, 1, 0), Image.BICUBIC)
    lay = lay.crop(lay.getbbox() or (0, 0, 2, 2))
    return lay.filter(ImageFilter.GaussianBlur(0.6))


# ----------------------------------------------------------------------------- capture looks
def _paper(arr, rng, tint):
    out = arr.astype(np.float32) * np.array(tint, np.float32) / 255.0
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3.5, out.shape[:2])
    out += noise[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def scan(img, rng, gray=False):
    """Flatbed scan: small skew, grey paper, noise, slight blur."""
    ang = rng.uniform(-0.9, 0.9)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    base = rng.randint(234, 248)
    tint = (base,) * 3 if gray else (base + rng.randint(-2, 3), base, base - rng.randint(0, 6))
    arr = _paper(np.asarray(img), rng, tint)
    arr = cv2.GaussianBlur(arr, (3, 3), rng.uniform(0.4, 0.8))
    out = Image.fromarray(arr)
    return out.convert("L") if gray else out


def photo(img, rng, rot=0, long_side=None):
    """Phone photo of a page on a table: perspective, shadow, colour cast, blur, rotation."""
    long_side = long_side or rng.choice([3024, 3264, 4000])
    bh = long_side
    bw = int(long_side * 0.75)
    r = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(rng.choice([(142, 108, 74), (186, 174, 160), (92, 84, 80), (205, 196, 182)]))
    yy, xx = np.mgrid[0:bh, 0:bw]
    grad = 1 - 0.25 * (xx / bw) * rng.uniform(0.5, 1.0) - 0.15 * (yy / bh)
    bg = base[None, None, :] * grad[..., None] + r.normal(0, 6, (bh, bw, 1))
    bg = np.clip(bg, 0, 255).astype(np.uint8)
    pw, ph = img.size
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = 0.06
    tgt = [
        (bw * rng.uniform(m, m + 0.05), bh * rng.uniform(m, m + 0.04)),
        (bw * rng.uniform(1 - m - 0.05, 1 - m), bh * rng.uniform(m, m + 0.05)),
        (bw * rng.uniform(1 - m - 0.03, 1 - m + 0.02), bh * rng.uniform(1 - m - 0.04, 1 - m)),
        (bw * rng.uniform(m - 0.02, m + 0.04), bh * rng.uniform(1 - m - 0.05, 1 - m)),
    ]
    mat = cv2.getPerspectiveTransform(src, np.float32(tgt))
    page = np.asarray(img.convert("RGB"))
    warped = cv2.warpPerspective(page, mat, (bw, bh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), mat, (bw, bh))
    mask = cv2.GaussianBlur(mask, (5, 5), 1.2).astype(np.float32)[..., None] / 255.0
    out = warped.astype(np.float32) * mask + bg.astype(np.float32) * (1 - mask)
    # shadow and uneven light
    cx, cy = rng.uniform(-0.3, 1.3) * bw, rng.uniform(-0.3, 1.3) * bh
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(bw, bh)
    light = 1.05 - 0.35 * np.clip(dist, 0, 1.2)
    out *= light[..., None]
    sx = rng.uniform(0.2, 0.8) * bw
    shadow = 1 - 0.22 * (1 / (1 + np.exp(-(xx - sx) / (bw * 0.03))))
    if rng.random() < 0.6:
        out *= shadow[..., None]
    cast = np.array([rng.uniform(1.0, 1.08), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.96)])
    out *= cast[None, None, :]
    out += r.normal(0, 4, out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.4))
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return Image.fromarray(out)
