"""Pen strokes (handwriting fonts with per-glyph jitter, ticks, signatures) and capture
effects (flatbed scan, photocopy, phone photo). Everything takes a seeded random.Random."""

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

FD = "/usr/share/fonts"
HANDS = {
    # name: (path, joined script?, size factor, extra stroke in pt)
    "ecolier": (f"{FD}/truetype/ecolier-court/Ecolier-court.ttf", True, 1.6, 0.3),
    "dancing": (f"{FD}/opentype/dancingscript/DancingScript-Regular.otf", True, 1.25, 0.1),
    "kaushan": (f"{FD}/opentype/kaushanscript/KaushanScript-Regular.otf", True, 1.1, 0.0),
    "rufscript": (f"{FD}/truetype/rufscript/Rufscript010.ttf", False, 1.0, 0.0),
    "breip": (f"{FD}/truetype/breip/Breip.ttf", False, 1.3, 0.3),
    "comic": (f"{FD}/opentype/comic-neue/ComicNeue-Regular.otf", False, 1.05, 0.15),
    "humor": (f"{FD}/truetype/humor-sans/Humor-Sans.ttf", False, 1.0, 0.0),
    "z003": (f"{FD}/opentype/urw-base35/Z003-MediumItalic.otf", True, 1.3, 0.2),
}
# fonts without accented glyphs: writers using them drop the accents
NO_ACCENTS = {"rufscript", "humor"}
PENS = {
    "blue": (22, 45, 150),
    "bic_blue": (30, 40, 115),
    "black": (28, 28, 32),
    "gel_black": (12, 12, 20),
}
_font_cache = {}


def font(path, size):
    key = (path, int(size))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, int(size))
    return _font_cache[key]


class Pen:
    """A hand: font, colour, size and how shaky it is (0 = neat, 1 = messy)."""

    def __init__(self, hand, colour, px_per_pt, mess, rng):
        self.path, self.joined, self.factor, self.stroke = HANDS[hand]
        self.rgb = PENS[colour]
        self.k = px_per_pt
        self.mess = mess
        self.rng = rng

    def ink(self, alpha=255):
        r = self.rng.randint(-8, 8)
        return (*[max(0, min(255, v + r)) for v in self.rgb], alpha)


def _glyph(ch, fnt, rgba, stroke=0):
    l_, t, r, b = fnt.getbbox(ch)
    w, h = max(1, r) + 8 + 2 * stroke, max(1, b) + 8 + 2 * stroke
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((4, 4), ch, font=fnt, fill=rgba, stroke_width=stroke, stroke_fill=rgba)
    return im


def write(img, pen, text, x, y_base, size_pt, max_w=None):
    """Write ``text`` on RGB image ``img``; (x, y_base) is the baseline start in px."""
    rng = pen.rng
    size = size_pt * pen.k * pen.factor * rng.uniform(0.94, 1.06)
    fnt = font(pen.path, size)
    ascent = fnt.getmetrics()[0]
    if max_w:
        total = fnt.getlength(text)
        if total > max_w:
            size *= max_w / total
            fnt = font(pen.path, size)
            ascent = fnt.getmetrics()[0]
    slope = rng.uniform(-0.02, 0.02) * (0.5 + pen.mess)
    units = text.split(" ") if pen.joined else list(text)
    cx = x
    for i, u in enumerate(units):
        if pen.joined and i:
            cx += fnt.getlength(" ") * rng.uniform(0.8, 1.3)
        if u in ("", " "):
            cx += fnt.getlength(" ") * rng.uniform(0.8, 1.2)
            continue
        im = _glyph(u, fnt, pen.ink(rng.randint(215, 255)), int(round(pen.stroke * pen.k)))
        ang = rng.gauss(0, 2.0 + 5 * pen.mess) if not pen.joined else rng.gauss(0, 1.5)
        sc = 1 + rng.gauss(0, 0.03 + 0.06 * pen.mess)
        if abs(sc - 1) > 0.01:
            im = im.resize((max(1, int(im.width * sc)), max(1, int(im.height * sc))))
        w0, h0 = im.size
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True)
        ox, oy = (im.width - w0) / 2, (im.height - h0) / 2
        dy = rng.gauss(0, 0.3 + 1.2 * pen.mess) * pen.k
        py = y_base - ascent * sc - 4 + dy + slope * (cx - x)
        img.paste(im, (int(cx - 4 - ox), int(py - oy)), im)
        adv = fnt.getlength(u) * sc
        cx += adv * (rng.uniform(0.96, 1.08) - 0.06 * pen.mess if not pen.joined else 1)
    return cx


def write_comb(img, pen, text, cells, to_px, size_pt):
    """One capital per comb cell; cells are (x, y, w, h) in points."""
    rng = pen.rng
    fnt = font(pen.path, size_pt * pen.k * pen.factor)
    for ch, (cx, cy, cw, ch_) in zip(text, cells):
        if ch == " ":
            continue
        half = fnt.getlength(ch) / pen.k / 2
        px, py = to_px(cx + cw / 2 - half + rng.gauss(0, 0.6), cy + 2.5 + rng.gauss(0, 0.5))
        write(img, pen, ch, px, py, size_pt, None)


def tick(img, pen, box_px, cross=True):
    """A cross or a check mark over a box (x, y, w, h in px, y top)."""
    rng = pen.rng
    x, y, w, h = box_px
    d = ImageDraw.Draw(img)
    lw = max(2, int(pen.k * rng.uniform(0.9, 1.4)))
    j = w * 0.18

    def p(a, b):
        return (a + rng.gauss(0, j * 0.4), b + rng.gauss(0, j * 0.4))

    if cross:
        d.line(
            [p(x - j, y - j), p(x + w / 2, y + h / 2), p(x + w + j, y + h + j)],
            fill=pen.ink(),
            width=lw,
            joint="curve",
        )
        d.line([p(x + w + j, y - j), p(x - j, y + h + j)], fill=pen.ink(), width=lw)
    else:
        d.line(
            [
                p(x + w * 0.1, y + h * 0.5),
                p(x + w * 0.4, y + h * 0.95),
                p(x + w * 1.3, y - h * 0.6),
            ],
            fill=pen.ink(),
            width=lw,
            joint="curve",
        )


def signature(pen, name, w_px, h_px, rng):
    """An RGBA image of a handwritten signature: script name, slant, flourish."""
    im = Image.new("RGBA", (int(w_px), int(h_px)), (0, 0, 0, 0))
    path = HANDS[rng.choice(["dancing", "kaushan", "z003", "ecolier"])][0]
    size = h_px * rng.uniform(0.38, 0.55)
    fnt = font(path, size)
    while fnt.getlength(name) > w_px * 0.8 and size > 10:
        size *= 0.9
        fnt = font(path, size)
    d = ImageDraw.Draw(im)
    x0 = w_px * rng.uniform(0.05, 0.2)
    y0 = h_px * rng.uniform(0.15, 0.3)
    col = pen.ink()
    d.text((x0, y0), name, font=fnt, fill=col)
    tw = fnt.getlength(name)
    # flourish: a wavy underline ending with a loop
    lw = max(2, int(h_px / 45))
    pts = []
    amp = h_px * rng.uniform(0.05, 0.12)
    base = y0 + size * rng.uniform(0.95, 1.2)
    n = 40
    for i in range(n + 1):
        t = i / n
        px = x0 - w_px * 0.03 + t * (tw * rng.uniform(1.0, 1.05) + w_px * 0.05)
        py = base + amp * math.sin(t * math.pi * rng.uniform(1.5, 3.0)) - t * amp
        pts.append((px, py))
    d.line(pts, fill=col, width=lw, joint="curve")
    if rng.random() < 0.6:
        cx, cy, r = pts[-1][0], pts[-1][1] - amp, amp * 1.4
        arc = [(cx + r * math.cos(a / 10), cy + r * 0.6 * math.sin(a / 10)) for a in range(63)]
        d.line(arc, fill=col, width=lw, joint="curve")
    # slant the whole thing
    sh = rng.uniform(0.1, 0.35)
    im = im.transform(im.size, Image.AFFINE, (1, sh, -sh * h_px / 2, 0, 1, 0), Image.BICUBIC)
    return im.filter(ImageFilter.GaussianBlur(0.5))


def stray_mark(img, pen, box_px, rng):
    x, y, w, h = box_px
    d = ImageDraw.Draw(img)
    cx, cy = x + w * rng.uniform(0.3, 0.8), y + h * rng.uniform(0.4, 0.8)
    r = pen.k * rng.uniform(0.8, 1.5)
    if rng.random() < 0.5:
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=pen.ink())
    else:
        d.line(
            [(cx, cy), (cx + 3 * r, cy + 2 * r), (cx + 7 * r, cy - 4 * r)],
            fill=pen.ink(),
            width=max(2, int(r)),
        )


def soften(img):
    """Ink soaks in a little: tiny blur of the whole page."""
    return img.filter(ImageFilter.GaussianBlur(0.45))


# -- capture effects ---------------------------------------------------------------------
def _np(img):
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan(img, rng, grey=False):
    """Flatbed scan: slight skew, paper tint, noise, blur. Returns PIL RGB or L."""
    a = _np(img)
    base = rng.uniform(232, 248)
    tint = np.array([base + rng.uniform(0, 3), base + rng.uniform(-1, 2), base - rng.uniform(0, 6)])
    a = a / 255.0 * tint
    h, w = a.shape[:2]
    ang = rng.uniform(-1.6, 1.6)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-12, 12), rng.uniform(-12, 12))
    a = cv2.warpAffine(
        a,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(tint * 0.97).tolist(),
    )
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 0.9))
    a += nrng.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    out = _pil(a)
    return out.convert("L") if grey else out


def photocopy(img, rng):
    """A photocopy then scanned: grey, harsh contrast, toner specks, dark edge."""
    a = _np(img.convert("L").convert("RGB"))[..., 0]
    a = np.clip((a - 60) * 1.35, 0, 255)
    a = 255 * (a / 255.0) ** 1.6
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    h, w = a.shape
    specks = nrng.random((h, w)) < 0.0009
    a[specks] = nrng.uniform(20, 120, specks.sum())
    edge = int(w * rng.uniform(0.004, 0.015))
    a[:, :edge] *= 0.25
    a[-int(edge * 0.7) - 1 :, :] *= 0.4
    a = cv2.GaussianBlur(a, (0, 0), 0.7)
    a += nrng.normal(0, 6, a.shape)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.2, 1.2), 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=200)
    return _pil(a).convert("L")


def phone_photo(img, rng, long_side):
    """A page lying on a table, shot with a phone: perspective, shadow, warm light."""
    page = _np(img)
    ph, pw = page.shape[:2]
    out_h = long_side
    out_w = int(long_side * rng.uniform(0.72, 0.77))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    table = np.array(
        rng.choice([(120, 85, 55), (170, 140, 100), (80, 80, 85), (200, 195, 185), (60, 45, 35)]),
        dtype=np.float32,
    )
    bg = np.ones((out_h, out_w, 3), np.float32) * table
    grain = cv2.resize(
        nrng.normal(0, 1, (out_h // 16, out_w // 16)).astype(np.float32), (out_w, out_h)
    )
    bg += grain[..., None] * 12
    margin = rng.uniform(0.04, 0.1)
    scale = min(out_w * (1 - 2 * margin) / pw, out_h * (1 - 2 * margin) / ph)
    tw, th = pw * scale, ph * scale
    ox, oy = (out_w - tw) / 2, (out_h - th) / 2
    j = 0.045 * out_w
    dst = np.float32(
        [
            [ox + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + tw + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + tw + rng.uniform(-j, j), oy + th + rng.uniform(-j, j)],
            [ox + rng.uniform(-j, j), oy + th + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (out_w, out_h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (out_w, out_h))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    a = warped * mask + bg * (1 - mask)
    # light: gradient plus a soft shadow (phone / hand) from one side
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.12 * (gx * (xx / out_w - 0.5) + gy * (yy / out_h - 0.5))
    sx, sy = rng.uniform(0.2, 0.8) * out_w, rng.choice([-0.1, 1.1]) * out_h
    dist = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2) / out_h
    shadow = 1 - rng.uniform(0.25, 0.45) * np.clip(1 - dist / rng.uniform(0.35, 0.6), 0, 1)
    a = a * (light * shadow)[..., None]
    warm = np.array([rng.uniform(1.02, 1.08), 1.0, rng.uniform(0.8, 0.9)], np.float32)
    a = a * warm
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    a += nrng.normal(0, 3.5, a.shape).astype(np.float32)
    out = _pil(a)
    rot = rng.choice([0, 0, 0, 90, 270, 180])
    if rot:
        out = out.rotate(rot, expand=True)
    return out, rot
