"""Handwriting on a page raster: glyphs of handwriting TTFs with per-glyph jitter, ticks,
strike-outs and pen-stroke signatures (polylines)."""

import itertools
import math

from PIL import Image, ImageDraw, ImageFont

HF = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "breip": HF + "breip/Breip.ttf",
    "dkg": HF + "fifthhorseman/dkg.ttf",
    "dkg_bold": HF + "fifthhorseman/dkgBd.ttf",
    "ecolier": HF + "ecolier-court/Ecolier-court.ttf",
}
INKS = {"blue": (22, 42, 140), "black": (28, 28, 34), "blue_black": (30, 36, 80)}
_FONT_CACHE = {}


def font(path, px):
    key = (path, px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, px)
    return _FONT_CACHE[key]


class Hand:
    """One writer: font, ink, size, slant, jitter."""

    def __init__(self, name, ink, size=12.0, slant=0.15, jitter=1.0, wall=False):
        self.path = HAND_FONTS[name]
        self.name = name
        self.ink = INKS[ink]
        self.size = size
        self.slant = slant
        self.jitter = jitter
        self.wall = wall


def _glyph(img, ch, x, base, px, hand, rng):
    """Draw one glyph with its left edge at x and baseline at base (pixels); return advance."""
    f = font(hand.path, px)
    tile = int(px * 2.4)
    m = Image.new("L", (tile, tile), 0)
    ox, oy = px * 0.6, px * 1.6
    ImageDraw.Draw(m).text((ox, oy), ch, font=f, fill=255, anchor="ls")
    sh = hand.slant + rng.uniform(-0.05, 0.05)
    m = m.transform(m.size, Image.AFFINE, (1, sh, -sh * oy, 0, 1, 0), Image.BICUBIC)
    m = m.rotate(rng.uniform(-4, 4) * hand.jitter, Image.BICUBIC, center=(ox, oy))
    level = rng.uniform(0.82, 1.0)
    m = m.point(lambda v: int(v * level))
    px0, py0 = round(x - ox), round(base - oy)
    img.paste(hand.ink, (px0, py0, px0 + tile, py0 + tile), m)
    return f.getlength(ch)


def write(img, s, x_pt, base_pt, text, hand, rng, width_pt=None, size_pt=None):
    """Handwrite text on a line starting at x_pt, baseline base_pt (points)."""
    size = size_pt or hand.size
    if width_pt:
        while size > 7 and font(hand.path, int(size * s)).getlength(text) > width_pt * s * 0.94:
            size -= 0.5
    x = x_pt * s + rng.uniform(0, 4) * s
    base = base_pt * s
    drift = rng.uniform(-0.02, 0.02)
    start = x
    for ch in text:
        px = int(size * s * rng.uniform(0.95, 1.05))
        dy = rng.uniform(-0.6, 0.6) * s * hand.jitter + (x - start) * drift
        if ch == " ":
            x += font(hand.path, px).getlength(" ") * rng.uniform(0.9, 1.3)
            continue
        x += _glyph(img, ch, x, base + dy, px, hand, rng) * rng.uniform(0.96, 1.06)
    return x / s


def comb(img, s, cells, text, hand, rng):
    """One character per comb cell (spaces leave a cell blank)."""
    for (x, y, w, h), ch in zip(cells, text, strict=False):
        if ch == " ":
            continue
        px = int(h * s * (0.98 if hand.wall else 0.8) * rng.uniform(0.93, 1.05))
        f = font(hand.path, px)
        gw = f.getlength(ch)
        j = 0.3 if hand.wall else 0.1
        cx = (x + w / 2) * s + rng.uniform(-j, j) * w * s
        base = (y + h * (0.92 if hand.wall else 0.84)) * s + rng.uniform(-j, j) * h * s * 0.6
        _glyph(img, ch, cx - gw / 2, base, px, hand, rng)


def stroke(draw, pts, s, rng, ink, width=1.0):
    """A wobbly pen stroke through pts (pixels)."""
    out = []
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        n = max(2, int(math.hypot(x1 - x0, y1 - y0) / (4 * s)))
        for i in range(n):
            t = i / n
            out.append(
                (
                    x0 + (x1 - x0) * t + rng.uniform(-0.3, 0.3) * s,
                    y0 + (y1 - y0) * t + rng.uniform(-0.3, 0.3) * s,
                )
            )
    out.append(pts[-1])
    draw.line(out, fill=ink, width=max(2, int(width * s * 0.75)), joint="curve")


def tick(img, s, box, style, hand, rng):
    x, y, w, h = (v * s for v in box)
    d = ImageDraw.Draw(img)
    if style == "x":
        e = rng.uniform(0.05, 0.25)
        stroke(d, [(x - e * w, y - e * h), (x + w * (1 + e), y + h * (1 + e))], s, rng, hand.ink)
        stroke(d, [(x + w * (1 + e), y - e * h), (x - e * w, y + h * (1 + e))], s, rng, hand.ink)
    elif style == "check":
        pts = [
            (x + 0.1 * w, y + 0.5 * h),
            (x + 0.42 * w, y + 0.92 * h),
            (x + 1.35 * w, y - 0.5 * h),
        ]
        stroke(d, pts, s, rng, hand.ink, 1.1)
    else:
        pts = []
        for i in range(7):
            yy = y + h * (0.1 + 0.8 * i / 6)
            pts += [(x + 0.1 * w, yy), (x + 0.9 * w, yy + 0.06 * h)]
        stroke(d, pts, s, rng, hand.ink, 1.3)


def dot(img, s, rect, hand, rng, kind):
    x, y, w, h = rect
    d = ImageDraw.Draw(img)
    cx, cy = (x + w * rng.uniform(0.3, 0.7)) * s, (y + h * rng.uniform(0.4, 0.7)) * s
    if kind == "dot":
        r = 1.4 * s
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=hand.ink)
    else:
        stroke(d, [(cx, cy), (cx + 3 * s, cy + 4 * s), (cx + 9 * s, cy - 5 * s)], s, rng, hand.ink)


def strike(img, s, x0, x1, base, rng, hand):
    d = ImageDraw.Draw(img)
    for k in range(2):
        yy = (base - 3.5 + k * 1.5) * s
        stroke(d, [(x0 * s, yy + rng.uniform(-1, 1) * s), (x1 * s, yy)], s, rng, hand.ink)


def signature_points(rng, w, h, name):
    """Polylines (list of point lists) of a signature in a w x h pixel box."""
    strokes = []
    letters = max(4, min(9, len(name)))
    f = rng.uniform(0.9, 1.4) * letters
    amp = h * rng.uniform(0.18, 0.28)
    x0, mid = w * rng.uniform(0.1, 0.2), h * rng.uniform(0.5, 0.6)
    length = w * rng.uniform(0.5, 0.68)
    loop = rng.uniform(0.25, 0.5) * length / f
    phase = rng.uniform(0, 6.3)
    pts = []
    n = 260
    for i in range(n + 1):
        t = i / n
        env = 1.6 if t < 0.12 else (1.0 - 0.4 * t)
        x = x0 + t * length + loop * math.cos(2 * math.pi * f * t + phase)
        y = mid - amp * env * math.sin(2 * math.pi * f * t) - t * h * 0.08
        pts.append((x, y))
    strokes.append(pts)
    # capital initial: a tall loop at the start
    cap = []
    for i in range(60):
        a = 2 * math.pi * i / 59
        cap.append((x0 + 0.04 * w * math.sin(a) - 0.01 * w, mid - 0.42 * h * (1 - math.cos(a)) / 2))
    strokes.append(cap)
    # flourish under the name
    fl = []
    ex = x0 + length
    for i in range(40):
        t = i / 39
        fl.append(
            (
                ex - t * length * rng.uniform(0.8, 1.05),
                mid + h * 0.18 + h * 0.1 * math.sin(math.pi * t),
            )
        )
    strokes.append(fl)
    return strokes


def signature(img, s, rect, name, hand, rng):
    x, y, w, h = (v * s for v in rect)
    d = ImageDraw.Draw(img)
    for pts in signature_points(rng, w * rng.uniform(0.8, 0.95), h * 0.8, name):
        pp = [(x + px + w * 0.04, y + py + h * 0.1) for px, py in pts]
        stroke(d, pp, s, rng, hand.ink, rng.uniform(0.9, 1.3))


def signature_image(name, hand, rng, w_px=700, h_px=250):
    """A transparent PNG of a handwritten signature, for pasting into a PDF."""
    im = Image.new("RGBA", (w_px, h_px), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for pts in signature_points(rng, w_px * 0.9, h_px * 0.85, name):
        stroke(d, [(px + 10, py + 15) for px, py in pts], 3.0, rng, (*hand.ink, 255), 1.2)
    return im
