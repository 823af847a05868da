"""Pen strokes on page images (handwriting, ticks, signatures) and capture looks."""

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

FD = "/usr/share/fonts/truetype/"
HANDS = {
    "breip": FD + "breip/Breip.ttf",
    "ecolier": FD + "ecolier-court/Ecolier-court.ttf",
    "femke": FD + "femkeklaver/femkeklaver.ttf",
    "dkg": FD + "fifthhorseman/dkg.ttf",
    "dkg_it": FD + "fifthhorseman/dkgIt.ttf",
}
SIG_FONTS = [
    FD + "rufscript/Rufscript010.ttf",
    FD + "fifthhorseman/dkgBI.ttf",
    FD + "breip/Breip.ttf",
    FD + "humor-sans/Humor-Sans.ttf",
]
INKS = [(18, 32, 110), (25, 25, 35), (10, 55, 140), (40, 40, 60)]
_CACHE = {}


def font(path, size):
    key = (path, int(size))
    if key not in _CACHE:
        _CACHE[key] = ImageFont.truetype(path, int(size))
    return _CACHE[key]


def _glyph(img, ch, x, base, f, ink, angle):
    """Draw one glyph with its baseline at `base`; return its advance."""
    adv = f.getlength(ch)
    if ch == " ":
        return adv
    asc, desc = f.getmetrics()
    w, h = int(adv + asc), asc + desc + 8
    m = Image.new("L", (w + 8, h), 0)
    ImageDraw.Draw(m).text((4, 4), ch, font=f, fill=255)
    m = m.rotate(angle, resample=Image.BICUBIC, center=(4 + adv / 2, 4 + asc))
    layer = Image.new("RGB", m.size, ink)
    img.paste(layer, (int(x - 4), int(base - asc - 4)), m)
    return adv


def write_line(img, box, text, hand, rng, ink, size=None, max_w=None):
    """Write text on a free line. box = (left, top, right, bottom) in pixels."""
    l, t, r, b = box
    size = size or (b - t) * rng.uniform(0.64, 0.76)
    f = font(hand, size)
    width = sum(f.getlength(ch) for ch in text) * 1.04
    room = (max_w or (r - l)) - 6
    if width > room:
        size *= room / width
        f = font(hand, size)
    x = l + rng.uniform(2, 10)
    base = b - (b - t) * 0.2
    slope = rng.uniform(-0.012, 0.012)
    x0 = x
    for ch in text:
        jb = rng.gauss(0, size * 0.03) + (x - x0) * slope
        x += _glyph(img, ch, x, base + jb, f, ink, rng.gauss(0, 2.5)) * rng.uniform(1.0, 1.08)
    return x


def write_comb(img, boxes, text, hand, rng, ink):
    """One capital per comb box; boxes = list of (l, t, r, b) pixels."""
    for (l, t, r, b), ch in zip(boxes, text):
        if ch == " ":
            continue
        s = (b - t) * rng.uniform(0.66, 0.78)
        f = font(hand, s)
        adv = f.getlength(ch)
        x = (l + r) / 2 - adv / 2 + rng.gauss(0, (r - l) * 0.05)
        base = b - (b - t) * 0.2 + rng.gauss(0, (b - t) * 0.04)
        _glyph(img, ch, x, base, f, ink, rng.gauss(0, 4))


def _stroke(d, pts, ink, width):
    d.line([(float(x), float(y)) for x, y in pts], fill=ink, width=width, joint="curve")


def tick(img, box, rng, ink, style):
    l, t, r, b = box
    w, h = r - l, b - t
    d = ImageDraw.Draw(img)
    lw = max(2, int(w * 0.12))
    j = lambda: rng.gauss(0, w * 0.06)
    if style == "cross":
        _stroke(d, [(l + j(), t + j()), (r + j(), b + j())], ink, lw)
        _stroke(d, [(r + j(), t + j()), (l + j(), b + j())], ink, lw)
    else:
        pts = [(l + w * 0.1 + j(), t + h * 0.5 + j()), (l + w * 0.4 + j(), b - h * 0.05)]
        pts.append((r + w * 0.35 + j(), t - h * 0.45 + j()))
        _stroke(d, pts, ink, lw)


def signature_layer(name, w, h, rng, ink):
    """RGBA image of a pen signature: script name + flourish, with jitter."""
    img = Image.new("RGB", (w, h), (255, 255, 255))
    sf = SIG_FONTS[rng.randrange(len(SIG_FONTS))]
    size = h * rng.uniform(0.42, 0.55)
    text = name if rng.random() < 0.6 else name.split()[0][0] + ". " + name.split()[-1]
    f = font(sf, size)
    tw = sum(f.getlength(ch) for ch in text)
    if tw > w * 0.85:
        size *= w * 0.85 / tw
        f = font(sf, size)
        tw = w * 0.85
    x = rng.uniform(0.03, 0.12) * w
    base = h * rng.uniform(0.55, 0.68)
    slope = rng.uniform(-0.15, 0.05)
    x0 = x
    for ch in text:
        x += _glyph(
            img, ch, x, base + (x - x0) * slope + rng.gauss(0, size * 0.05), f, ink, rng.gauss(8, 4)
        ) * rng.uniform(0.85, 1.0)
    d = ImageDraw.Draw(img)
    # flourish: a looping underline made of a perturbed bezier
    p0 = (x0 + rng.uniform(-10, 20), base + size * 0.25)
    p1 = (x0 + tw * rng.uniform(0.3, 0.6), base + size * rng.uniform(0.5, 0.9))
    p2 = (x0 + tw * rng.uniform(0.8, 1.1), base - size * rng.uniform(0.2, 0.8))
    p3 = (min(w - 5, x0 + tw * rng.uniform(1.0, 1.2)), base + size * rng.uniform(0.0, 0.4))
    pts = []
    for i in range(60):
        u = i / 59
        px = (1 - u) ** 3 * p0[0] + 3 * (1 - u) ** 2 * u * p1[0] + 3 * (1 - u) * u * u * p2[0]
        py = (1 - u) ** 3 * p0[1] + 3 * (1 - u) ** 2 * u * p1[1] + 3 * (1 - u) * u * u * p2[1]
        px += u**3 * p3[0]
        py += u**3 * p3[1]
        pts.append((px + rng.gauss(0, 0.8), py + rng.gauss(0, 0.8)))
    _stroke(d, pts, ink, max(2, int(size * 0.06)))
    gray = np.asarray(img.convert("L"))
    alpha = Image.fromarray((255 - gray).astype(np.uint8))
    rgba = img.convert("RGBA")
    rgba.putalpha(alpha)
    return rgba


def sign(img, box, name, rng, ink):
    l, t, r, b = [int(v) for v in box]
    lay = signature_layer(name, r - l, b - t, rng, ink)
    img.paste(lay.convert("RGB"), (l, t), lay.split()[3])


def stray(img, box, rng, ink):
    l, t, r, b = box
    d = ImageDraw.Draw(img)
    cx = l + (r - l) * rng.uniform(0.2, 0.8)
    cy = t + (b - t) * rng.uniform(0.3, 0.8)
    s = (b - t) * 0.04
    if rng.random() < 0.5:
        d.ellipse([cx - s, cy - s, cx + s, cy + s], fill=ink)
    else:
        _stroke(d, [(cx, cy), (cx + s * 1.5, cy + s * 2), (cx + s * 4, cy - s * 2)], ink, 3)


# ---------------------------------------------------------------- capture looks
def scan(img, rng):
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array([rng.uniform(0.9, 0.97), rng.uniform(0.9, 0.97), rng.uniform(0.88, 0.95)])
    a = a * tint + rng.uniform(0, 6)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.0, 1.0)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(235, 235, 232))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def photo(img, rng, rot):
    """Phone photo of a page on a table, then rotated by rot degrees (0/90/180/270)."""
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    long_side = rng.choice([3024, 3264, 4000])
    H, W = long_side, int(long_side * 0.75)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(rng.choice([(120, 85, 60), (180, 170, 160), (70, 70, 75), (200, 190, 170)]))
    bg = np.ones((H, W, 3), np.float32) * base
    bg += nrng.normal(0, 8, (H, W, 3))
    sc = H * rng.uniform(0.8, 0.9) / ph
    cw, ch = pw * sc, ph * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    dst = np.float32(
        [
            [cx - cw / 2, cy - ch / 2],
            [cx + cw / 2, cy - ch / 2],
            [cx + cw / 2, cy + ch / 2],
            [cx - cw / 2, cy + ch / 2],
        ]
    )
    dst += np.float32([[rng.gauss(0, W * 0.02), rng.gauss(0, H * 0.012)] for _ in range(4)])
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))[..., None]
    a = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)) * rng.uniform(0.3, 0.6)
    light = 1.0 - np.clip(grad, 0, None)
    a *= light[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.85, 0.98)])
    a = a * cast * rng.uniform(0.85, 1.0)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    a += nrng.normal(0, 3, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rot:
        out = out.rotate(rot, expand=True)
    return out
