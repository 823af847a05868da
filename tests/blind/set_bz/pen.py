"""Pen strokes (handwriting fonts with per-glyph jitter, signatures, ticks), rubber stamps,
ID photos, guilloche and shaped right-to-left text."""

import math
import unicodedata

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from core import ARABIC_FONT, HAND, rgb


# ---------------------------------------------------------------- handwriting
class _Rec(BasePen):
    def __init__(self, gs):
        super().__init__(gs)
        self.ops = []

    def _moveTo(self, p):
        self.ops.append(("m", p))

    def _lineTo(self, p):
        self.ops.append(("l", p))

    def _curveToOne(self, a, b, c):
        self.ops.append(("c", a, b, c))

    def _closePath(self):
        self.ops.append(("z",))

    def _endPath(self):
        self.ops.append(("z",))


_HAND_CACHE = {}


class HandFont:
    def __init__(self, key):
        self.f = TTFont(HAND[key])
        self.gs = self.f.getGlyphSet()
        self.cmap = self.f.getBestCmap()
        self.upm = self.f["head"].unitsPerEm
        self.paths = {}

    @staticmethod
    def get(key):
        if key not in _HAND_CACHE:
            _HAND_CACHE[key] = HandFont(key)
        return _HAND_CACHE[key]

    def glyph(self, ch):
        if ch not in self.paths:
            name = self.cmap.get(ord(ch))
            if name is None:
                base = unicodedata.normalize("NFD", ch)[0].replace("Đ", "D").replace("đ", "d")
                name = self.cmap.get(ord(base), self.cmap.get(ord("?")))
            pen = _Rec(self.gs)
            self.gs[name].draw(pen)
            self.paths[ch] = (pen.ops, self.f["hmtx"][name][0])
        return self.paths[ch]


def hand(
    c,
    x,
    y,
    text,
    rng,
    key="dkg",
    size=12,
    color="#1b2a6b",
    slant=0.0,
    jit=1.0,
    spacing=1.0,
    lw=0.25,
):
    """Pen-like text: glyph outlines with per-glyph jitter. x, y in points (baseline)."""
    hf = HandFont.get(key)
    s = size / hf.upm
    ink = rgb(color)
    c.saveState()
    c.setFillColor(ink)
    c.setStrokeColor(ink)
    c.setLineWidth(lw)
    c.setLineJoin(1)
    drift = 0.0
    for ch in text:
        ops, adv = hf.glyph(ch)
        k = s * (1 + rng.uniform(-0.05, 0.05) * jit)
        ang = math.radians(rng.uniform(-3.5, 3.5) * jit)
        drift += rng.uniform(-0.12, 0.12) * jit * size / 12
        dy = drift + rng.uniform(-0.35, 0.35) * jit * size / 12
        ca, sa = math.cos(ang), math.sin(ang)
        if ops:
            p = c.beginPath()

            def tr(pt, k=k, ca=ca, sa=sa, dy=dy, x0=x):
                px, py = pt[0] * k, pt[1] * k
                px += py * slant
                return x0 + px * ca - py * sa, y + dy + px * sa + py * ca

            for op in ops:
                if op[0] == "m":
                    p.moveTo(*tr(op[1]))
                elif op[0] == "l":
                    p.lineTo(*tr(op[1]))
                elif op[0] == "c":
                    p.curveTo(*tr(op[1]), *tr(op[2]), *tr(op[3]))
                else:
                    p.close()
            c.drawPath(p, stroke=1, fill=1, fillMode=1)
        x += adv * k * spacing + rng.uniform(-0.4, 0.6) * jit * size / 12
    c.restoreState()
    return x


def hand_width(text, key="dkg", size=12):
    hf = HandFont.get(key)
    return sum(hf.glyph(ch)[1] for ch in text) * size / hf.upm


def hand_in_comb(c, centres_pt, text, rng, key="humor", size=11, color="#1b2a6b"):
    """One capital per comb box; centres given in points."""
    for (cx, cy), ch in zip(centres_pt, text):
        if ch == " ":
            continue
        w = hand_width(ch, key, size)
        hand(c, cx - w / 2 + rng.uniform(-0.6, 0.6), cy - size * 0.35, ch, rng, key, size, color)


def stroke_path(c, pts, color="#1b2a6b", lw=1.0):
    c.saveState()
    c.setStrokeColor(rgb(color))
    c.setLineWidth(lw)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    p.moveTo(*pts[0])
    for i in range(1, len(pts) - 2, 3):
        p.curveTo(*pts[i], *pts[i + 1], *pts[i + 2])
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def tick(c, x, y, rng, size=9, color="#1b2a6b", cross=False):
    """A hand tick or cross centred at (x, y) points."""
    j = lambda: rng.uniform(-0.8, 0.8)
    h = size / 2
    if cross:
        stroke_path(
            c,
            [
                (x - h + j(), y + h + j()),
                (x - h / 3, y + h / 3),
                (x + h / 3, y - h / 3),
                (x + h + j(), y - h + j()),
            ],
            color,
            1.1,
        )
        stroke_path(
            c,
            [
                (x + h + j(), y + h + j()),
                (x + h / 3, y + h / 3),
                (x - h / 3, y - h / 3),
                (x - h + j(), y - h + j()),
            ],
            color,
            1.0,
        )
    else:
        stroke_path(
            c,
            [
                (x - h, y + j() * 0.3),
                (x - h / 2, y - h / 3),
                (x - h / 3, y - h / 2),
                (x - h / 6, y - h + j() * 0.3),
            ],
            color,
            1.2,
        )
        stroke_path(
            c,
            [
                (x - h / 6, y - h),
                (x + h / 4, y),
                (x + h / 2, y + h / 2),
                (x + h * 1.2 + j(), y + h * 1.3 + j()),
            ],
            color,
            1.1,
        )


def signature(c, x, y, name, rng, width=45 * mm, color="#1b2a6b", key=None):
    """Script name plus a flourish; (x, y) is the left baseline, points."""
    key = key or rng.choice(["dkgit", "ecolier", "dkg"])
    size = 20
    w = hand_width(name, key, size)
    size = min(26, size * width * 0.8 / max(w, 1))
    end = hand(c, x, y, name, rng, key, size, color, slant=0.25, jit=1.4, spacing=0.9, lw=0.5)
    span = end - x
    a = rng.uniform(0.2, 0.5)
    pts = [
        (end - 2, y + size * 0.2),
        (end + 12, y + size * 0.9),
        (end + 4, y - size * 0.6),
        (x + span * a, y - size * 0.35),
        (x + span * 0.2, y - size * 0.3),
        (x - 6, y - size * 0.1),
        (x + 4, y - size * 0.45),
    ]
    stroke_path(c, pts, color, 0.9)
    stroke_path(
        c,
        [
            (x + span * 0.1, y - size * 0.55),
            (x + span * 0.4, y - size * 0.7),
            (x + span * 0.7, y - size * 0.5 + rng.uniform(-3, 3)),
            (x + span * 1.05, y - size * 0.62),
        ],
        color,
        0.7,
    )


# ---------------------------------------------------------------- stamps, photo, guilloche
def stamp(c, cx, cy, r, ring, centre_lines, color="#3a3ab0", rng=None, angle=0, alpha=0.85):
    """Round rubber stamp at (cx, cy) points, radius r points."""
    c.saveState()
    col = rgb(color, alpha)
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.translate(cx, cy)
    c.rotate(angle)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.72)
    fs = r * 0.17
    c.setFont("SansB", fs)
    n = len(ring)
    span = min(340.0, n * fs * 0.62 / r * 180 / math.pi * 1.05)
    for i, ch in enumerate(ring):
        a = math.radians(90 + span / 2 - span * (i + 0.5) / n)
        c.saveState()
        c.translate(r * 0.84 * math.cos(a), r * 0.84 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    fs2 = r * 0.16
    c.setFont("SansB", fs2)
    y0 = (len(centre_lines) - 1) * fs2 * 0.6
    for i, ln in enumerate(centre_lines):
        c.drawCentredString(0, y0 - i * fs2 * 1.2 - fs2 * 0.3, ln)
    c.restoreState()


def rect_stamp(c, x, y, lines, color="#7a1f7a", angle=0, size=8, alpha=0.85):
    c.saveState()
    col = rgb(color, alpha)
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.translate(x, y)
    c.rotate(angle)
    w = max(pdfmetrics.stringWidth(s, "SansB", size) for s in lines) + 10
    h = len(lines) * size * 1.3 + 6
    c.setLineWidth(1.2)
    c.rect(0, 0, w, h)
    c.setFont("SansB", size)
    for i, s in enumerate(lines):
        c.drawCentredString(w / 2, h - 4 - size - i * size * 1.3, s)
    c.restoreState()


def portrait(
    c,
    x,
    y,
    w,
    h,
    rng,
    skin="#8d5a3b",
    hair="#1c1410",
    bg="#dfe6ec",
    cloth="#2b3a55",
    female=False,
    alpha=1.0,
):
    """A simple ID-photo silhouette; x, y bottom-left, points."""
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColor(rgb(bg, alpha))
    c.rect(x, y, w, h, stroke=0, fill=1)
    cx = x + w / 2 + rng.uniform(-1, 1)
    c.setFillColor(rgb(cloth, alpha))
    c.ellipse(cx - w * 0.55, y - h * 0.25, cx + w * 0.55, y + h * 0.32, stroke=0, fill=1)
    c.setFillColor(rgb(skin, alpha))
    c.rect(cx - w * 0.09, y + h * 0.22, w * 0.18, h * 0.14, stroke=0, fill=1)
    c.setFillColor(rgb(hair, alpha))
    if female:
        c.ellipse(cx - w * 0.3, y + h * 0.25, cx + w * 0.3, y + h * 0.9, stroke=0, fill=1)
    else:
        c.ellipse(cx - w * 0.23, y + h * 0.5, cx + w * 0.23, y + h * 0.88, stroke=0, fill=1)
    c.setFillColor(rgb(skin, alpha))
    c.ellipse(cx - w * 0.2, y + h * 0.33, cx + w * 0.2, y + h * 0.8, stroke=0, fill=1)
    c.setFillColor(rgb("#2a1a12", alpha))
    for dx in (-0.08, 0.08):
        c.ellipse(
            cx + w * dx - 1.2, y + h * 0.58, cx + w * dx + 1.2, y + h * 0.6 + 1, stroke=0, fill=1
        )
    c.setStrokeColor(rgb("#5a2c20", alpha))
    c.setLineWidth(0.6)
    c.line(cx - w * 0.06, y + h * 0.44, cx + w * 0.06, y + h * 0.44)
    c.restoreState()


def guilloche(c, x, y, w, h, rng, color="#c9d8e6", n=18, lw=0.3):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setStrokeColor(rgb(color))
    c.setLineWidth(lw)
    f1, f2 = rng.uniform(2, 4), rng.uniform(5, 9)
    for i in range(n):
        ph = i * 2 * math.pi / n
        p = c.beginPath()
        for k in range(121):
            t = k / 120
            px = x + t * w
            py = (
                y
                + h / 2
                + h
                * 0.42
                * math.sin(f1 * 2 * math.pi * t + ph)
                * math.cos(f2 * math.pi * t + ph / 2)
            )
            if k == 0:
                p.moveTo(px, py)
            else:
                p.lineTo(px, py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def pil_text_image(text, font_path, size_px, color=(0, 0, 0), direction=None, lang=None):
    """Render a shaped line (Arabic, Vietnamese...) to an RGBA image with PIL/raqm."""
    from PIL import Image, ImageDraw, ImageFont

    f = ImageFont.truetype(font_path, size_px, layout_engine=ImageFont.Layout.RAQM)
    kw = {"direction": direction, "language": lang} if direction else {}
    box = f.getbbox(text, **kw)
    im = Image.new("RGBA", (box[2] - box[0] + 8, box[3] - box[1] + 8), (255, 255, 255, 0))
    ImageDraw.Draw(im).text((4 - box[0], 4 - box[1]), text, font=f, fill=color + (255,), **kw)
    return im


def rtl(c, x_right, y_base, text, size_pt, color=(0, 0, 0)):
    """Draw an Arabic line right-aligned at x_right (points), baseline y_base."""
    from reportlab.lib.utils import ImageReader

    im = pil_text_image(text, ARABIC_FONT, int(size_pt * 6), color, "rtl", "ar")
    w = im.width / 6
    h = im.height / 6
    c.drawImage(ImageReader(im), x_right - w, y_base - h * 0.3, w, h, mask="auto")
