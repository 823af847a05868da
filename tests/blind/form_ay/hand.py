"""Pen-like handwriting on PIL images: jittered glyphs, ticks, crosses, signatures."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw, ImageFilter, ImageFont

TT = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "breip": TT + "breip/Breip.ttf",
    "femke": TT + "femkeklaver/femkeklaver.ttf",
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
}
# fonts lacking accented capitals are used only for plain-ASCII writers
FULL_COVERAGE = ["breip", "dkg"]  # femkeklaver has hollow capitals

INKS = {
    "blue": (22, 45, 140),
    "black": (25, 25, 30),
    "bic_blue": (35, 60, 170),
}

_font_cache: dict = {}


def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    k = (name, px)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(HAND_FONTS[name], px)
    return _font_cache[k]


class Pen:
    def __init__(self, rng, font_name: str, ink: str, scale: float):
        self.rng = rng
        self.font_name = font_name
        self.ink = INKS[ink]
        self.scale = scale  # pixels per PDF point
        self.slant = rng.uniform(-4, 4)
        self.size_bias = rng.uniform(1.0, 1.2)
        self.weight = rng.choice([3, 3, 5]) if font_name == "breip" else 1

    def glyph(self, img: Image.Image, ch: str, cx: float, base: float, px: int) -> float:
        """Draw one glyph centred at cx with its baseline near base; return its advance."""
        if ch == " ":
            return px * 0.55
        rng = self.rng
        size = max(8, int(px * rng.uniform(0.92, 1.08)))
        f = font(self.font_name, size)
        left, top, right, bottom = f.getbbox(ch)
        w, h = right - left + 8, bottom - top + 8
        tile = Image.new("L", (w, h), 0)
        ImageDraw.Draw(tile).text((4 - left, 4 - top), ch, font=f, fill=255)
        ang = self.slant + rng.uniform(-5, 5)
        tile = tile.filter(ImageFilter.MaxFilter(self.weight)) if self.weight > 1 else tile
        tile = tile.rotate(ang, resample=Image.BICUBIC, expand=True)
        alpha = tile.point(lambda v: int(v * rng.uniform(0.82, 0.97)))
        ink = Image.new("RGB", tile.size, self.ink)
        asc = f.getmetrics()[0]
        x = int(cx - tile.size[0] / 2 + rng.uniform(-1.2, 1.2) * self.scale)
        y = int(base - asc + top - 4 + rng.uniform(-1.0, 1.0) * self.scale)
        img.paste(ink, (x, y), alpha)
        return right - left

    def write(self, img, text: str, x: float, base: float, size_pt: float) -> None:
        """Free handwriting starting at pixel x, baseline pixel base."""
        px = int(size_pt * self.scale * self.size_bias)
        f = font(self.font_name, px)
        cur = x
        drift = 0.0
        for ch in text:
            adv = f.getlength(ch) if ch != " " else px * 0.55
            self.glyph(img, ch, cur + adv / 2, base + drift, px)
            cur += adv * self.rng.uniform(0.95, 1.08)
            drift += self.rng.uniform(-0.25, 0.25) * self.scale

    def cells(self, img, text: str, cells: list, page_h: float) -> None:
        """One capital per comb cell (cells in PDF points)."""
        for ch, (x, y, w, h) in zip(text, cells, strict=False):
            if ch == " ":
                continue
            px = int(min(h * 0.8, w * 1.05) * self.scale * self.size_bias)
            cx = (x + w / 2) * self.scale
            base = (page_h - y - h * 0.14) * self.scale
            self.glyph(img, ch, cx, base, px)


def _stroke(img, pts, rng, ink, width, ss=3):
    """Draw an anti-aliased polyline with pressure-like width variation."""
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    pad = width * 3 + 4
    x0, y0 = int(min(xs) - pad), int(min(ys) - pad)
    x1, y1 = int(max(xs) + pad), int(max(ys) + pad)
    W, H = (x1 - x0) * ss, (y1 - y0) * ss
    layer = Image.new("L", (max(W, 1), max(H, 1)), 0)
    d = ImageDraw.Draw(layer)
    n = len(pts)
    for i in range(n - 1):
        t = i / max(n - 2, 1)
        press = 0.55 + 0.45 * math.sin(math.pi * min(1.0, t * 1.2 + 0.05))
        wd = max(1, int(width * ss * press * rng.uniform(0.9, 1.1)))
        a = ((pts[i][0] - x0) * ss, (pts[i][1] - y0) * ss)
        b = ((pts[i + 1][0] - x0) * ss, (pts[i + 1][1] - y0) * ss)
        d.line([a, b], fill=255, width=wd)
        d.ellipse([b[0] - wd / 2, b[1] - wd / 2, b[0] + wd / 2, b[1] + wd / 2], fill=255)
    layer = layer.resize((x1 - x0, y1 - y0), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.4))
    layer = layer.point(lambda v: int(v * 0.93))
    img.paste(Image.new("RGB", layer.size, ink), (x0, y0), layer)


def _catmull(points, steps=10):
    out = []
    p = [points[0]] + points + [points[-1]]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in range(2)
                )
            )
    out.append(points[-1])
    return out


def mark_box(img, rect, page_h, scale, rng, ink, kind="x"):
    """Tick (v) or cross (x) in a box given in PDF points."""
    x, y, w, h = rect
    X, Y = x * scale, (page_h - y - h) * scale
    W, H = w * scale, h * scale
    jit = lambda: rng.uniform(-0.12, 0.12) * W  # noqa: E731
    width = max(2, int(scale * 1.0))
    if kind == "x":
        _stroke(img, [(X + jit(), Y + jit()), (X + W + jit(), Y + H + jit())], rng, ink, width)
        _stroke(img, [(X + W + jit(), Y + jit()), (X + jit(), Y + H + jit())], rng, ink, width)
    else:
        pts = [
            (X + 0.1 * W, Y + 0.5 * H),
            (X + 0.4 * W + jit(), Y + 0.95 * H),
            (X + 1.3 * W, Y - 0.4 * H),
        ]
        _stroke(img, _catmull(pts, 6), rng, ink, width)


def stray_mark(img, rect, page_h, scale, rng, ink):
    x, y, w, h = rect
    cx = (x + w * rng.uniform(0.3, 0.7)) * scale
    cy = (page_h - y - h * rng.uniform(0.3, 0.6)) * scale
    if rng.random() < 0.5:
        r = scale * 1.1
        ImageDraw.Draw(img).ellipse([cx - r, cy - r, cx + r, cy + r], fill=ink)
    else:
        s = scale * 4
        _stroke(img, [(cx, cy), (cx + s * 0.4, cy + s * 0.5), (cx + s, cy - s * 0.6)], rng, ink, 2)


def signature_points(rng, w, h):
    """Random cursive-like path (in a w x h frame, pixels): loops, a drop, a flourish."""
    strokes = []
    n_letters = rng.randint(5, 9)
    x = w * rng.uniform(0.05, 0.15)
    base = h * rng.uniform(0.55, 0.7)
    pts = [(x, base - h * 0.1)]
    # capital-like first loop
    cap = h * rng.uniform(0.35, 0.55)
    pts += [(x + w * 0.03, base - cap), (x + w * 0.07, base - cap * 0.8), (x + w * 0.04, base)]
    x += w * 0.07
    step = w * rng.uniform(0.55, 0.7) / n_letters
    for _i in range(n_letters):
        up = h * rng.uniform(0.08, 0.3) * (1.8 if rng.random() < 0.25 else 1.0)
        pts.append((x + step * 0.3, base - up))
        pts.append((x + step * 0.55, base + h * rng.uniform(-0.02, 0.06)))
        if rng.random() < 0.2:
            pts.append((x + step * 0.5, base + h * 0.2))
            pts.append((x + step * 0.7, base))
        x += step
    strokes.append(_catmull(pts, 8))
    # flourish under or through the name
    fy = base + h * rng.uniform(0.05, 0.2)
    fl = [
        (w * rng.uniform(0.1, 0.3), fy + h * 0.05),
        (w * 0.5, fy + h * rng.uniform(-0.08, 0.08)),
        (w * rng.uniform(0.8, 0.95), fy - h * rng.uniform(0.05, 0.25)),
    ]
    strokes.append(_catmull(fl, 12))
    if rng.random() < 0.5:
        strokes.append([(x + step * 0.2, base - h * 0.25), (x + step * 0.3, base - h * 0.27)])
    return strokes


def signature(img, rect, page_h, scale, rng, ink):
    """A handwritten signature somewhere inside rect (PDF points)."""
    x, y, w, h = rect
    sw, sh = w * rng.uniform(0.55, 0.8) * scale, h * rng.uniform(0.5, 0.7) * scale
    ox = (x + w * rng.uniform(0.05, 0.35)) * scale
    oy = (page_h - y - h) * scale + h * scale * rng.uniform(0.15, 0.35)
    for s in signature_points(rng, sw, sh):
        pts = [(ox + px, oy + py) for px, py in s]
        _stroke(img, pts, rng, ink, max(2, int(scale * rng.uniform(0.7, 1.1))))


def signature_png(rng, w_px=600, h_px=220, ink=INKS["blue"]) -> Image.Image:
    """A transparent signature image (for pasting into an AcroForm PDF)."""
    base = Image.new("RGB", (w_px, h_px), (255, 255, 255))
    for s in signature_points(rng, w_px, h_px):
        _stroke(base, s, rng, ink, rng.randint(4, 6))
    grey = base.convert("L")
    alpha = grey.point(lambda v: 255 - v)
    out = Image.new("RGBA", base.size, ink + (0,))
    out.putalpha(alpha)
    return out
