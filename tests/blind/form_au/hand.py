"""Handwriting on a page raster: jittered glyphs from handwriting fonts, ticks, signatures."""

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase.ttfonts import TTFontFile

TT = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "breip": TT + "breip/Breip.ttf",
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "dkg_it": TT + "fifthhorseman/dkgIt.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "ruf": TT + "rufscript/Rufscript010.ttf",
    "humor": TT + "humor-sans/Humor-Sans.ttf",
}
FALLBACK = "breip"
INKS = {
    "blue": (22, 45, 140),
    "royal": (30, 60, 175),
    "black": (28, 28, 34),
}
_cmaps = {}
_fonts = {}


def _has(font_key, ch):
    if font_key not in _cmaps:
        _cmaps[font_key] = set(TTFontFile(HAND_FONTS[font_key]).charToGlyph)
    return ord(ch) in _cmaps[font_key]


def _font(key, size):
    k = (key, size)
    if k not in _fonts:
        _fonts[k] = ImageFont.truetype(HAND_FONTS[key], size)
    return _fonts[k]


class Pen:
    """A writer: font, ink, tip (ball/felt), neat or hasty hand."""

    def __init__(self, rng, font="breip", ink="blue", tip="ball", hasty=False, slant=0.0):
        self.rng = rng
        self.font = font
        self.ink = INKS[ink]
        self.tip = tip
        self.hasty = hasty
        self.slant = slant
        self.jit = 0.09 if hasty else 0.04

    def width_px(self, dpi):
        base = 2.6 if self.tip == "felt" else 1.5
        return max(1, round(base * dpi / 150))

    def _ink_layer(self, mask, img, x0, y0):
        """Composite a mask (L image) onto img at x0, y0 with this pen's ink."""
        a = np.asarray(mask, dtype=np.float32) / 255.0
        if self.tip == "ball":
            grain = self.rng.random() * 0.1 + 0.78
            noise = np.random.default_rng(self.rng.randrange(1 << 30)).random(a.shape)
            a = a * (grain + 0.22 * noise)
        else:
            a = np.clip(a * 1.15, 0, 1) * (0.9 + 0.08 * self.rng.random())
        h, w = a.shape
        x1, y1 = max(0, x0), max(0, y0)
        x2, y2 = min(img.width, x0 + w), min(img.height, y0 + h)
        if x2 <= x1 or y2 <= y1:
            return
        a = a[y1 - y0 : y2 - y0, x1 - x0 : x2 - x0, None]
        region = np.asarray(img.crop((x1, y1, x2, y2)), dtype=np.float32)
        ink = np.array(self.ink, dtype=np.float32)
        # ink darkens: multiply-like blend
        out = region * (1 - a) + np.minimum(region, ink) * a
        img.paste(Image.fromarray(out.astype(np.uint8)), (x1, y1))

    def write(self, img, text, x, y_base, size, max_w=None, dpi=200):
        """Write text with its baseline at y_base (px). Returns the end x."""
        rng = self.rng
        if max_w:
            est = sum(_font(self._fk(ch), size).getlength(ch) for ch in text) * 1.05
            if est > max_w:
                size = max(10, int(size * max_w / est))
        drift = 0.0
        cx = float(x)
        stroke = 1 if self.tip == "felt" and size > 28 else 0
        for ch in text:
            fk = self._fk(ch)
            if ch == " ":
                cx += _font(fk, size).getlength(" ") * (1 + rng.uniform(-0.2, 0.4))
                continue
            s = max(8, int(size * (1 + rng.uniform(-self.jit, self.jit))))
            f = _font(fk, s)
            asc, desc = f.getmetrics()
            w = int(f.getlength(ch)) + 2 * s // 3
            glyph = Image.new("L", (w + s, asc + desc + s), 0)
            ImageDraw.Draw(glyph).text(
                (s // 2, s // 2), ch, font=f, fill=255, stroke_width=stroke, stroke_fill=255
            )
            ang = -self.slant + rng.gauss(0, 5 if self.rng and self.hasty else 2.2)
            glyph = glyph.rotate(ang, resample=Image.BICUBIC, center=(s // 2, s // 2 + asc))
            drift += rng.gauss(0, size * (0.025 if self.hasty else 0.012))
            drift *= 0.85
            gy = int(y_base - asc - s // 2 + drift)
            self._ink_layer(glyph, img, int(cx - s // 2), gy)
            cx += f.getlength(ch) * (1 + rng.uniform(-0.05, 0.08 if self.hasty else 0.04))
        return cx

    def _fk(self, ch):
        return self.font if _has(self.font, ch) else FALLBACK

    # -- strokes -----------------------------------------------------------------------
    def stroke(self, img, pts, width):
        """Draw a polyline (list of (x, y) px) as a pen stroke."""
        pts = np.array(pts, dtype=np.float64)
        x0, y0 = np.floor(pts.min(axis=0)).astype(int) - 3 * width - 2
        x1, y1 = np.ceil(pts.max(axis=0)).astype(int) + 3 * width + 2
        mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
        p = ((pts - (x0, y0)) * 4).round().astype(np.int32)
        cv2.polylines(mask, [p], False, 255, width, cv2.LINE_AA, shift=2)
        self._ink_layer(Image.fromarray(mask), img, int(x0), int(y0))

    def tick(self, img, box, style="cross"):
        """Tick a box (x, y, w, h in px, top-left origin)."""
        rng = self.rng
        x, y, w, h = box
        wd = self.width_px(200)
        over = 0.25 if self.hasty else 0.08
        if style == "cross":
            a = [
                (x + w * rng.uniform(0.05, 0.2), y + h * rng.uniform(0.05, 0.2)),
                (x + w * rng.uniform(0.85, 1 + over), y + h * rng.uniform(0.85, 1 + over)),
            ]
            b = [
                (x + w * rng.uniform(0.8, 1 + over), y + h * rng.uniform(0.0, 0.2)),
                (x + w * rng.uniform(0.05, 0.2), y + h * rng.uniform(0.85, 1.05)),
            ]
            self.stroke(img, _bend(a, rng, 0.04 * w), wd)
            self.stroke(img, _bend(b, rng, 0.04 * w), wd)
        elif style == "check":
            pts = [
                (x + w * 0.1, y + h * 0.5),
                (x + w * 0.42, y + h * rng.uniform(0.85, 1.0)),
                (x + w * rng.uniform(1.0, 1.3 + over), y - h * rng.uniform(0.1, 0.5)),
            ]
            self.stroke(img, _smooth(pts, 12), wd)
        else:  # filled scribble
            pts = []
            for i in range(7):
                pts.append((x + w * (0.15 + 0.7 * (i % 2)), y + h * (0.15 + 0.7 * i / 6)))
            self.stroke(img, pts, wd)

    def signature(self, img, box, name_initials, dpi=200):
        """A handwritten signature: big initial(s), a cursive scribble and a flourish."""
        rng = self.rng
        x, y, w, h = box
        layer = Image.new("RGB", (int(w * 1.4), int(h * 1.4)), (255, 255, 255))
        sub = Pen(
            rng,
            font=rng.choice(["ecolier", "dkg_it", "ruf"]),
            ink="black",
            tip=self.tip,
            hasty=self.hasty,
            slant=rng.uniform(5, 14),
        )
        sub.ink = self.ink
        size = int(h * rng.uniform(0.55, 0.8))
        base = int(h * 0.75)
        cx = sub.write(layer, name_initials[0], int(w * 0.12), base, size, dpi=dpi)
        if len(name_initials) > 1 and rng.random() < 0.6:
            cx = sub.write(layer, name_initials[1], int(cx + 4), base, int(size * 0.8), dpi=dpi)
        # cursive scribble: a trochoid with decreasing amplitude
        n = rng.randint(4, 8)
        amp = h * rng.uniform(0.12, 0.22)
        pts = []
        steps = n * 24
        span = w * rng.uniform(0.4, 0.6)
        loop = rng.uniform(0.4, 1.2)
        fwd = span / (n * 2 * math.pi)
        heights = [rng.uniform(0.6, 1.3) for _ in range(n + 2)]
        for i in range(steps):
            t = i / steps
            ph = t * n * 2 * math.pi
            k = int(ph / (2 * math.pi))
            hk = heights[k] + (heights[k + 1] - heights[k]) * (ph / (2 * math.pi) - k)
            px = cx + fwd * ph - fwd * (1 + loop * 1.4) * math.sin(ph)
            py = base - amp * hk * (1 - 0.4 * t) * (0.5 - 0.5 * math.cos(ph)) + rng.gauss(0, 0.5)
            pts.append((px, py))
        wd = self.width_px(dpi) + (1 if self.tip == "felt" else 0)
        self.stroke(layer, pts, wd)
        # flourish: from the end back under the name, then a short tail
        ex, ey = pts[-1]
        ctrl = [
            (ex, ey),
            (ex + w * 0.1, base + h * 0.05),
            (w * 0.3, base + h * rng.uniform(0.08, 0.2)),
            (w * 0.08, base + h * 0.02),
            (w * rng.uniform(0.5, 0.9), base - h * 0.02),
        ]
        self.stroke(layer, _smooth(ctrl, 40), wd)
        if rng.random() < 0.5:
            dx = cx + span * rng.uniform(0.2, 0.8)
            self.stroke(layer, [(dx, base - amp * 2.1), (dx + 3, base - amp * 2.2)], wd + 1)
        ang = rng.uniform(-4, 9)
        layer = layer.rotate(ang, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
        layer = layer.crop((0, 0, int(w), int(h)))
        ox = int(x + rng.uniform(-0.02, 0.08) * w)
        oy = int(y + rng.uniform(-0.05, 0.1) * h)
        region = img.crop((ox, oy, ox + layer.width, oy + layer.height))
        blended = np.minimum(np.asarray(region), np.asarray(layer))
        img.paste(Image.fromarray(blended), (ox, oy))

    def stray(self, img, box):
        """A dot or a tiny tick in the box, no signature."""
        rng = self.rng
        x, y, w, h = box
        px, py = x + w * rng.uniform(0.2, 0.7), y + h * rng.uniform(0.35, 0.75)
        wd = self.width_px(200)
        if rng.random() < 0.5:
            self.stroke(img, [(px, py), (px + 2, py + 1), (px + 1, py + 3)], wd + 2)
        else:
            self.stroke(img, _smooth([(px, py), (px + 6, py + 9), (px + 20, py - 12)], 8), wd)


def _smooth(ctrl, n):
    """Catmull-Rom through the control points."""
    pts = [ctrl[0]] + list(ctrl) + [ctrl[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = (np.array(pts[j], dtype=float) for j in (i - 1, i, i + 1, i + 2))
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            q = 0.5 * (
                (2 * p1)
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t3
            )
            out.append(tuple(q))
    out.append(tuple(ctrl[-1]))
    return out


def _bend(seg, rng, amount):
    (x0, y0), (x1, y1) = seg
    mx, my = (
        (x0 + x1) / 2 + rng.uniform(-amount, amount),
        (y0 + y1) / 2 + rng.uniform(-amount, amount),
    )
    return _smooth([(x0, y0), (mx, my), (x1, y1)], 10)
