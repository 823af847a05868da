"""Handwriting, signatures and capture looks (scan, photocopy, phone photo)."""

from __future__ import annotations

import math
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

HAND_FONTS = {
    # legible
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    # less legible
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "rufscript": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
}
SIG_FONTS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "z003": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
INKS = {
    "blue": (28, 46, 140),
    "black": (25, 25, 30),
    "lightblue": (60, 90, 180),
}

_font_cache: dict = {}
_cmap_cache: dict = {}


def font(path, px):
    key = (path, int(px))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, int(px))
    return _font_cache[key]


def has_glyphs(path):
    if path not in _cmap_cache:
        import logging

        from fontTools.ttLib import TTFont

        logging.getLogger("fontTools").setLevel(logging.ERROR)

        _cmap_cache[path] = set(TTFont(path, fontNumber=0).getBestCmap())
    return _cmap_cache[path]


def metrics(path):
    """(cap height, x height) as a fraction of the font size."""
    f = font(path, 100)
    return -f.getbbox("H", anchor="ls")[1] / 100.0, -f.getbbox("x", anchor="ls")[1] / 100.0


def writable(text, path):
    """What a writer with this 'hand' puts down: accents dropped where the font lacks them."""
    cm = has_glyphs(path)
    out = []
    for ch in text:
        if ord(ch) in cm or ch == " ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if ord(base) in cm else "?")
    return "".join(out)


class Sheet:
    """A rendered page plus a transparent ink layer, with point -> pixel mapping."""

    def __init__(self, img: Image.Image, dpi: float, page_h_pt: float):
        self.img = img.convert("RGB")
        self.ink = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        self.s = dpi / 72.0
        self.ph = page_h_pt
        self.weight = 1.0

    def px(self, x, y):
        return x * self.s, (self.ph - y) * self.s

    def glyph(self, ch, x, y, size_pt, fpath, rgb, alpha, angle):
        """Draw one character with its baseline-left at point (x, y). Returns advance (pt)."""
        f = font(fpath, size_pt * self.s)
        adv = f.getlength(ch) / self.s
        if ch == " ":
            return adv
        pad = int(size_pt * self.s * 1.2)
        tile = Image.new("RGBA", (pad * 3, pad * 3), (0, 0, 0, 0))
        d = ImageDraw.Draw(tile)
        sw = max(1, round(0.42 * self.s * self.weight))
        d.text(
            (pad, pad * 2),
            ch,
            font=f,
            fill=rgb + (alpha,),
            anchor="ls",
            stroke_width=sw,
            stroke_fill=rgb + (alpha,),
        )
        tile = tile.rotate(angle, resample=Image.BICUBIC, center=(pad, pad * 2))
        px, py = self.px(x, y)
        self.ink.alpha_composite(tile, (int(px - pad), int(py - pad * 2)))
        return adv

    def write(self, text, x, y, size, fpath, rng, rgb, jitter=1.0, slope=0.0, max_w=None):
        """Handwrite a string along a baseline; shrinks to max_w if given."""
        if max_w:
            f = font(fpath, size * self.s)
            natural = f.getlength(text) / self.s * 1.04
            if natural > max_w:
                size *= max_w / natural
        cx = x
        base_a = rng.uniform(-2.0, 2.0) * jitter
        for ch in text:
            sz = size * rng.uniform(1 - 0.07 * jitter, 1 + 0.07 * jitter)
            dy = rng.uniform(-0.7, 0.7) * jitter + (cx - x) * slope
            ang = base_a + rng.uniform(-4.0, 4.0) * jitter
            alpha = int(rng.uniform(200, 255))
            adv = self.glyph(ch, cx, y + dy, sz, fpath, rgb, alpha, ang)
            cx += adv * rng.uniform(0.95, 1.06 + 0.04 * jitter)
        return cx

    def comb(self, text, cells, size, fpath, rng, rgb, jitter=1.0):
        for ch, (cxp, cyp) in zip(text, cells, strict=False):
            if ch == " ":
                continue
            f = font(fpath, size * self.s)
            w = f.getlength(ch) / self.s
            sz = size * rng.uniform(0.92, 1.08)
            self.glyph(
                ch,
                cxp - w / 2 + rng.uniform(-1.2, 1.2) * jitter,
                cyp + 3 + rng.uniform(-0.8, 1.2) * jitter,
                sz,
                fpath,
                rgb,
                int(rng.uniform(205, 255)),
                rng.uniform(-5, 5) * jitter,
            )

    def stroke(self, pts_pt, rgb, width_pt, alpha=235):
        d = ImageDraw.Draw(self.ink)
        pts = [self.px(x, y) for x, y in pts_pt]
        d.line(pts, fill=rgb + (alpha,), width=max(1, int(width_pt * self.s)), joint="curve")

    def tick(self, box, rng, rgb, style="x"):
        x, y, w, h = box["x"], box["y"], box["w"], box["h"]
        j = lambda: rng.uniform(-1.0, 1.0)  # noqa: E731
        lw = rng.uniform(0.8, 1.2)
        if style == "x":
            self.stroke([(x + j(), y + h + j()), (x + w + j(), y + j())], rgb, lw)
            self.stroke([(x + j(), y + j()), (x + w + j(), y + h + j())], rgb, lw)
        else:
            self.stroke(
                [
                    (x + 1 + j(), y + h * 0.5),
                    (x + w * 0.4, y + j() * 0.5),
                    (x + w + 3 + j(), y + h + 3),
                ],
                rgb,
                lw,
            )

    def signature(self, name, box, rng, rgb, fpath):
        """A script name scaled into the box, with a flourish."""
        x, y, w, h = box["x"], box["y"], box["w"], box["h"]
        size = h * rng.uniform(0.32, 0.45)
        f = font(fpath, size * self.s)
        tw = f.getlength(name) / self.s
        if tw > w * 0.8:
            size *= w * 0.8 / tw
            tw = w * 0.8
        sx = x + rng.uniform(0.08, max(0.1, 0.92 - tw / w - 0.02)) * w
        sy = y + h * rng.uniform(0.3, 0.45)
        tile = Image.new("RGBA", self.ink.size, (0, 0, 0, 0))
        d = ImageDraw.Draw(tile)
        px, py = self.px(sx, sy)
        sw = max(1, round(0.3 * self.s))
        d.text(
            (px, py),
            name,
            font=font(fpath, size * self.s),
            fill=rgb + (240,),
            anchor="ls",
            stroke_width=sw,
            stroke_fill=rgb + (240,),
        )
        ang = rng.uniform(-4, 12)
        tile = tile.rotate(ang, resample=Image.BICUBIC, center=(px, py))
        self.ink.alpha_composite(tile)
        # flourish: a loop-and-tail curve under the name
        n = 40
        a0 = rng.uniform(0, math.pi)
        amp = rng.uniform(2.5, 6.0)
        pts = []
        for i in range(n):
            t = i / (n - 1)
            xx = sx - 4 + t * (tw + 14)
            yy = sy - 4 + amp * math.sin(a0 + t * rng.uniform(2.5, 4.0)) * (1 - t) + t * 8
            pts.append((xx, yy + math.tan(math.radians(ang)) * (xx - sx)))
        self.stroke(pts, rgb, rng.uniform(0.7, 1.1), 225)

    def stray(self, box, rng, rgb):
        x, y, w, h = box["x"], box["y"], box["w"], box["h"]
        cx, cy = x + rng.uniform(0.2, 0.8) * w, y + rng.uniform(0.2, 0.7) * h
        if rng.random() < 0.5:
            r = 1.1
            d = ImageDraw.Draw(self.ink)
            a, b = self.px(cx - r, cy + r)
            c2, e = self.px(cx + r, cy - r)
            d.ellipse([a, b, c2, e], fill=rgb + (235,))
        else:
            self.stroke([(cx, cy), (cx + 2, cy - 2.5), (cx + 6, cy + 3)], rgb, 0.9)

    def flatten(self):
        ink = self.ink.filter(ImageFilter.GaussianBlur(0.35 * self.s / 3))
        base = self.img.convert("RGBA")
        base.alpha_composite(ink)
        return base.convert("RGB")


# ---------------------------------------------------------------------------------------
# capture looks


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(2**31))
    return g.normal(0.0, sigma, shape)


def scan(img, rng, grey=True, skew=1.2):
    a = np.asarray(img.convert("L" if grey else "RGB")).astype(np.float32)
    tone = rng.uniform(228, 246)
    a = a * (tone / 255.0)
    a += _noise(rng, a.shape, rng.uniform(2.0, 4.5))
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-10, 14)
    border = (tone,) * (1 if grey else 3)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def photocopy(img, rng):
    a = np.asarray(img.convert("L")).astype(np.float32)
    # contrast boost: greys wash out, ink goes darker
    a = 255.0 / (1.0 + np.exp(-(a - rng.uniform(150, 185)) / rng.uniform(14, 22)))
    a = a * rng.uniform(0.9, 0.97) + 6
    g = np.random.default_rng(rng.randrange(2**31))
    speck = g.random(a.shape) < rng.uniform(0.0004, 0.0012)
    a[speck] = rng.uniform(30, 90)
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    h, w = a.shape
    # dark edge where the lid did not close, toner streak
    edge = int(w * rng.uniform(0.006, 0.018))
    a[:, :edge] *= 0.35
    sx = int(w * rng.uniform(0.2, 0.8))
    a[:, sx : sx + 2] *= rng.uniform(0.8, 0.92)
    img2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return scan(img2, rng, grey=True, skew=0.9)


def _table(rng, w, h):
    g = np.random.default_rng(rng.randrange(2**31))
    kind = rng.choice(["wood", "dark", "cloth"])
    if kind == "wood":
        base = np.array([rng.uniform(120, 160), rng.uniform(85, 110), rng.uniform(50, 70)])
        y = np.arange(h)[:, None]
        x = np.arange(w)[None, :]
        grain = np.sin(y / rng.uniform(9, 20) + 3 * np.sin(x / rng.uniform(150, 300))) * 12
        t = base[None, None, :] + grain[..., None]
    elif kind == "dark":
        t = np.full((h, w, 3), rng.uniform(40, 70))
    else:
        t = np.full((h, w, 3), 0.0) + np.array(
            [rng.uniform(150, 190), rng.uniform(150, 185), rng.uniform(140, 180)]
        )
    small = g.normal(0, 10, (h // 8 + 1, w // 8 + 1, 3))
    t = t + cv2.resize(small, (w, h))
    return t.astype(np.float32)


def phone_photo(img, rng, long_side=None, rotate=0):
    """Page on a table: perspective, shadow, uneven light, colour cast, blur, JPEG-ready."""
    long_side = long_side or rng.choice([3024, 3264, 4000, 2448])
    W, H = int(long_side * 0.75), long_side
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    t = _table(rng, W, H)
    # page occupies 70-88% of the height, perspective by moving corners
    fill = rng.uniform(0.72, 0.88)
    th = H * fill
    tw = th * pw / ph
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    k = 0.06

    def jit():
        return rng.uniform(-k, k) * tw

    dst = np.float32(
        [
            [cx - tw / 2 + jit(), cy - th / 2 + jit()],
            [cx + tw / 2 + jit(), cy - th / 2 + jit()],
            [cx + tw / 2 + jit(), cy + th / 2 + jit()],
            [cx - tw / 2 + jit(), cy + th / 2 + jit()],
        ]
    )
    if rng.random() < 0.5:  # keystone: top narrower (phone held tilted)
        s = rng.uniform(0.02, 0.06) * tw
        dst[0, 0] += s
        dst[1, 0] -= s
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    out = t * (1 - mask[..., None]) + warped * mask[..., None]
    # paper shadow cast on table
    # uneven light: radial gradient plus a soft shadow band (hand or phone)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H * 0.5)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    light = 1.05 - rng.uniform(0.25, 0.4) * dist
    ang = rng.uniform(0, math.pi)
    proj = (xx - W / 2) * math.cos(ang) + (yy - H / 2) * math.sin(ang)
    off = rng.uniform(-0.3, 0.3) * W
    shadow = 1 - rng.uniform(0.18, 0.35) / (1 + np.exp(-(proj - off) / (0.03 * W)))
    out = out * (light * shadow)[..., None]
    cast = np.array([rng.uniform(1.0, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.96)])
    out = out * cast[None, None, :]
    out += _noise(rng, out.shape, rng.uniform(2.5, 5.0))
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im
