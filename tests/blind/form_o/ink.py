"""Pen writing (handwriting fonts with per-glyph jitter), signatures, scan and photo looks."""

import logging
import math

import cv2
import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

cv2.setNumThreads(1)
logging.getLogger("fontTools").setLevel(logging.ERROR)

HAND_FONTS = [
    "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "/usr/share/fonts/truetype/breip/Breip.ttf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Light.otf",
]
SIG_FONTS = [
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "/usr/share/fonts/truetype/breip/Breip.ttf",
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf",
]
INKS = {
    "blue": (22, 44, 150),
    "blue2": (35, 60, 120),
    "black": (28, 28, 34),
}
_FC = {}
_CMAP = {}
FALLBACK = "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf"


_NORM = {}


def _norm(path):
    """Factor bringing the font's x-height to about 0.46 of the pixel size."""
    if path not in _NORM:
        b = _font(path, 100).getbbox("x")
        _NORM[path] = min(1.5, max(0.8, 46.0 / max(1, b[3] - b[1])))
    return _NORM[path]


def _has(path, ch):
    if path not in _CMAP:
        _CMAP[path] = set(TTFont(path).getBestCmap())
    return ord(ch) in _CMAP[path]


def _font(path, px):
    key = (path, px)
    if key not in _FC:
        _FC[key] = ImageFont.truetype(path, px)
    return _FC[key]


class Pen:
    def __init__(self, rng, font=None):
        self.font = font or rng.choice(HAND_FONTS)
        self.ink = INKS[rng.choice(["blue", "blue", "blue2", "black", "black"])]
        self.slant = rng.uniform(-0.05, 0.28)
        self.scale = rng.uniform(0.9, 1.15)
        self.bold = rng.random() < 0.35


def _glyphs(text, font_path, px, rng, slant, jit=1.0):
    """Mask (L) of text, glyph by glyph with size, angle and baseline jitter. Returns
    (mask array float 0..1, baseline row)."""
    px = int(px * _norm(font_path))
    pad = int(px * 0.8)
    width = int(px * 0.9 * max(1, len(text))) + 2 * pad
    height = int(px * 2.2)
    base = int(px * 1.45)
    canvas = Image.new("L", (width, height), 0)
    x = float(pad)
    for ch in text:
        if ch == " ":
            x += px * rng.uniform(0.28, 0.4)
            continue
        size = max(6, int(px * rng.uniform(0.92, 1.08)))
        f = _font(font_path if _has(font_path, ch) else FALLBACK, size)
        g = Image.new("L", (int(size * 2), int(size * 2.2)), 0)
        ImageDraw.Draw(g).text((size * 0.4, size * 1.35), ch, font=f, fill=255, anchor="ls")
        g = g.rotate(rng.uniform(-5, 5) * jit, resample=Image.BILINEAR, center=(size, size))
        dy = rng.gauss(0, px * 0.035 * jit)
        ox, oy = int(x - size * 0.4), int(base - size * 1.35 + dy)
        region = canvas.crop((ox, oy, ox + g.width, oy + g.height))
        canvas.paste(Image.fromarray(np.maximum(np.asarray(region), np.asarray(g))), (ox, oy))
        x += f.getlength(ch) * rng.uniform(0.93, 1.07) + px * rng.uniform(-0.01, 0.04)
        if x > width - px * 1.5:
            break
    canvas = canvas.crop((0, 0, min(width, int(x + pad)), height))
    # slant: shear around the baseline
    canvas = canvas.transform(
        canvas.size,
        Image.AFFINE,
        (1, slant, -slant * base, 0, 1, 0),
        resample=Image.BILINEAR,
    )
    return np.asarray(canvas, dtype=np.float32) / 255.0, base, pad


def _blend(page, mask, x, y, ink, rng, strength=None):
    """Composite a 0..1 mask at pixel (x, y) top-left with ink colour (in place)."""
    h, w = mask.shape
    H, W = page.shape[:2]
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(W, x + w), min(H, y + h)
    if x1 <= x0 or y1 <= y0:
        return
    m = mask[y0 - y : y1 - y, x0 - x : x1 - x]
    s = strength if strength is not None else rng.uniform(0.8, 0.95)
    # uneven ink: low-frequency variation of the flow
    m = np.clip(m * s * (0.85 + 0.15 * np.cos(np.arange(m.shape[1]) / rng.uniform(9, 30))), 0, 1)
    a = m[..., None]
    reg = page[y0:y1, x0:x1]
    page[y0:y1, x0:x1] = reg * (1 - a) + np.array(ink, np.float32) * a


def _thicken(mask, bold):
    mask = np.clip(mask * 1.6, 0, 1)
    if bold:
        mask = cv2.dilate(mask, np.ones((2, 2), np.uint8))
    return cv2.GaussianBlur(mask, (3, 3), 0.6)


def write(page, dpi, text, x_pt, base_pt, pen, rng, size_pt=11.0, max_w_pt=None):
    """Write text with its baseline at (x_pt, base_pt) in PDF coords."""
    if not text:
        return
    px = int(size_pt * pen.scale * rng.uniform(0.95, 1.05) * dpi / 72)
    mask, base, pad = _glyphs(text, pen.font, px, rng, pen.slant)
    if max_w_pt:
        maxw = int(max_w_pt * dpi / 72) + 2 * pad
        if mask.shape[1] > maxw:
            k = maxw / mask.shape[1]
            mask = cv2.resize(mask, (maxw, max(1, int(mask.shape[0] * k))))
            base = int(base * k)
            pad = int(pad * k)
    mask = _thicken(mask, pen.bold)
    H = page.shape[0]
    tilt = rng.uniform(-1.2, 1.2)
    M = cv2.getRotationMatrix2D((mask.shape[1] / 2, base), tilt, 1.0)
    mask = cv2.warpAffine(mask, M, (mask.shape[1], mask.shape[0]))
    x = int(x_pt * dpi / 72) - pad + int(rng.uniform(-2, 4))
    y = int(H - base_pt * dpi / 72) - base + int(rng.uniform(-2, 1))
    _blend(page, mask, x, y, pen.ink, rng)


def write_comb(page, dpi, chars, rects, pen, rng, size_pt=None):
    for ch, (x, y, w, h) in zip(chars, rects):
        if ch == " ":
            continue
        sz = size_pt or h * 0.85
        off = (w - sz * 0.55) / 2
        write(page, dpi, ch, x + off + rng.uniform(-1, 1), y + h * 0.15, pen, rng, sz)


def _strokes(page, dpi, polylines, pen, rng, width_pt=1.0):
    H, W = page.shape[:2]
    k = dpi / 72
    pts_all = [np.array([(x * k, H - y * k) for x, y in pl]) for pl in polylines]
    allp = np.concatenate(pts_all)
    x0, y0 = allp.min(0) - 8
    x1, y1 = allp.max(0) + 8
    mask = np.zeros((int(y1 - y0) + 1, int(x1 - x0) + 1), np.float32)
    t = max(1, int(round(width_pt * k)))
    for p in pts_all:
        q = ((p - [x0, y0]) * 4).astype(np.int32)
        cv2.polylines(mask, [q], False, 1.0, t, cv2.LINE_AA, shift=2)
    mask = cv2.GaussianBlur(mask, (3, 3), 0.5)
    _blend(page, mask, int(x0), int(y0), pen.ink, rng)


def tick(page, dpi, rect, pen, rng):
    x, y, w, h = rect
    j = lambda: rng.uniform(-1.2, 1.2)
    if rng.random() < 0.6:
        pl = [
            [(x - 1 + j(), y + h + 1 + j()), (x + w + 1 + j(), y - 1 + j())],
            [(x - 1 + j(), y - 1 + j()), (x + w + 1 + j(), y + h + 2 + j())],
        ]
    else:
        pl = [
            [(x + 1 + j(), y + h * 0.5 + j()), (x + w * 0.4, y + j()), (x + w * 1.3, y + h * 1.5)]
        ]
    _strokes(page, dpi, pl, pen, rng, rng.uniform(0.8, 1.3))


def stray(page, dpi, box, pen, rng):
    x, y, w, h = box
    cx, cy = x + w * rng.uniform(0.2, 0.8), y + h * rng.uniform(0.2, 0.6)
    if rng.random() < 0.5:
        pl = [[(cx, cy), (cx + 0.8, cy + 0.6), (cx + 1.2, cy - 0.3)]]
        _strokes(page, dpi, pl, pen, rng, 2.2)
    else:
        pl = [[(cx, cy + 3), (cx + 2.5, cy), (cx + 7, cy + 7)]]
        _strokes(page, dpi, pl, pen, rng, 1.0)


def signature(page, dpi, box, given, surname, pen, rng):
    """A handwritten signature: script name and a flourish, or an illegible scribble."""
    x, y, w, h = box
    k = dpi / 72
    style = rng.random()
    font = rng.choice(SIG_FONTS)
    first = given.split()[0] if given else ""
    sur = surname.split()[0].split("-")[0].capitalize()
    if style < 0.4:
        text = "%s. %s" % (first[:1], sur)
    elif style < 0.7:
        text = sur
    else:
        text = "%s%s" % (first[:1], sur[:3].lower())
    px = int(rng.uniform(26, 36) * k)
    mask, base, pad = _glyphs(text, font, px, rng, rng.uniform(0.1, 0.35), jit=0.6)
    mask = _thicken(mask, rng.random() < 0.5)
    maxw = int(w * 0.8 * k)
    if mask.shape[1] > maxw:
        s = maxw / mask.shape[1]
        mask = cv2.resize(mask, (maxw, int(mask.shape[0] * s)))
        base = int(base * s)
    ang = rng.uniform(-2, 9)
    M = cv2.getRotationMatrix2D((mask.shape[1] / 2, base), ang, 1.0)
    mask = cv2.warpAffine(mask, M, (mask.shape[1], mask.shape[0]))
    H = page.shape[0]
    px0 = int((x + w * rng.uniform(0.08, 0.25)) * k)
    base_y = int(H - (y + h * rng.uniform(0.3, 0.5)) * k)
    _blend(page, mask, px0, base_y - base, pen.ink, rng, strength=rng.uniform(0.85, 1.0))
    # flourish: a swept underline with a loop, drawn as a stroke
    sx = x + w * rng.uniform(0.1, 0.3)
    ex = min(x + w - 8, sx + mask.shape[1] / k * rng.uniform(0.8, 1.15))
    by = y + h * rng.uniform(0.18, 0.3)
    pts = []
    n = 40
    loop = rng.random() < 0.5
    for i in range(n + 1):
        t = i / n
        px_ = sx + (ex - sx) * t
        py_ = by + math.sin(t * math.pi * rng.uniform(0.9, 1.1)) * rng.uniform(2, 6) - t * 4
        if loop and t > 0.75:
            a = (t - 0.75) / 0.25 * 2 * math.pi
            px_ -= math.sin(a) * 9
            py_ += (1 - math.cos(a)) * 6
        pts.append((px_, py_))
    if rng.random() < 0.8:
        _strokes(page, dpi, [pts], pen, rng, rng.uniform(0.7, 1.2))


# ---------------------------------------------------------------- looks


def scan(img, rng, grey=False):
    """Flatbed scan: small skew, grey paper, noise. img float RGB 0..255 -> uint8 RGB."""
    h, w = img.shape[:2]
    ang = rng.uniform(-1.2, 1.2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[:, 2] += [rng.uniform(-8, 8), rng.uniform(-8, 8)]
    bg = rng.uniform(225, 245)
    out = cv2.warpAffine(img, M, (w, h), borderValue=(bg, bg, bg))
    tint = np.array([rng.uniform(0.93, 0.98), rng.uniform(0.93, 0.98), rng.uniform(0.9, 0.96)])
    out = out * tint + rng.uniform(-4, 4)
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.4, 0.8))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    out = out + nrng.normal(0, rng.uniform(2, 5), out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if grey:
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = np.stack([g, g, g], -1)
    return out


def photo(img, rng, long_side=2400):
    """Phone photo of a page on a table. Returns uint8 RGB (maybe rotated by 90/180/270)."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    H, W = long_side, int(long_side * 0.75)
    base = np.array(
        rng.choice([(120, 86, 60), (170, 150, 120), (70, 70, 75), (200, 198, 190), (140, 100, 70)]),
        np.float32,
    )
    tex = cv2.GaussianBlur(nrng.normal(0, 1, (H // 8, W // 8)).astype(np.float32), (0, 0), 2)
    tex = cv2.resize(tex, (W, H))
    bg = base[None, None, :] * (1 + 0.08 * tex[..., None])
    h, w = img.shape[:2]
    fill = rng.uniform(0.78, 0.9)
    pw, ph = W * fill, W * fill * h / w
    if ph > H * 0.92:
        ph = H * 0.92
        pw = ph * w / h
    cx, cy = W / 2 + rng.uniform(-40, 40), H / 2 + rng.uniform(-50, 50)
    j = lambda s: rng.uniform(-s, s)
    top = rng.uniform(0, 0.06) * pw
    dst = np.float32(
        [
            [cx - pw / 2 + top + j(25), cy - ph / 2 + j(25)],
            [cx + pw / 2 - top + j(25), cy - ph / 2 + j(25)],
            [cx + pw / 2 + j(25), cy + ph / 2 + j(25)],
            [cx - pw / 2 + j(25), cy + ph / 2 + j(25)],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(img.astype(np.float32), M, (W, H))
    m = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))[..., None]
    out = bg * (1 - m) + warped * m
    # uneven light, shadow, colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(H, W)
    light = 1.05 - rng.uniform(0.2, 0.35) * d
    if rng.random() < 0.6:
        a = rng.uniform(0, 2 * math.pi)
        s = (xx - W / 2) * math.cos(a) + (yy - H / 2) * math.sin(a)
        off = rng.uniform(0.1, 0.4) * W
        sh = 1 - rng.uniform(0.15, 0.3) / (1 + np.exp(-(s - off) / 40))
        light = light * sh
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.85, 1.0)], np.float32)
    out = out * light[..., None] * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.4))
    out = out + nrng.normal(0, 3, (H, W))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    r = rng.random()
    if r < 0.15:
        out = np.rot90(out, 1)
    elif r < 0.25:
        out = np.rot90(out, 3)
    elif r < 0.32:
        out = np.rot90(out, 2)
    return np.ascontiguousarray(out)
