"""Pen strokes on a rendered page: handwriting from fonts with per-glyph jitter, ticks,
crosses and signatures drawn as random curves (never a typed name)."""

import math
import unicodedata

from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from formlayout import H

HAND_FONTS = {
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "rufs": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
INKS = {"blue": (22, 42, 150), "black": (28, 28, 36), "darkblue": (18, 30, 95)}


_CMAPS = {}


def supported(font, text):
    """Text as this pen-font can write it: unsupported accents are dropped."""
    if font not in _CMAPS:
        _CMAPS[font] = set(TTFont(HAND_FONTS[font]).getBestCmap())
    cm = _CMAPS[font]
    out = []
    for ch in text:
        if ord(ch) in cm or ch == " ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if ord(base) in cm else "?")
    return "".join(out)


class Hand:
    """Writes on a PIL RGB image of one page rendered at dpi."""

    def __init__(self, img, dpi, rng, font="ecolier", ink="blue", slant=0.0):
        self.img = img
        self.k = dpi / 72.0
        self.rng = rng
        self.fpath = HAND_FONTS[font]
        self.ink = INKS[ink]
        self.slant = slant
        self._cache = {}

    def px(self, x, y):
        return x * self.k, (H - y) * self.k

    def _font(self, size):
        size = max(6, int(size))
        if size not in self._cache:
            self._cache[size] = ImageFont.truetype(self.fpath, size)
        return self._cache[size]

    # -- glyphs -----------------------------------------------------------------
    def glyph(self, ch, x, base, size, rot=None):
        """Draw one char with its left edge at x and baseline at base (pixels)."""
        rng = self.rng
        s = size * rng.uniform(0.92, 1.08)
        f = self._font(s)
        pad = int(s)
        m = Image.new("L", (int(s * 2.2) + 2 * pad, int(s * 2.2) + 2 * pad), 0)
        d = ImageDraw.Draw(m)
        d.text((pad, pad + s), ch, font=f, fill=255, anchor="ls")
        ang = rot if rot is not None else rng.gauss(0, 3.0) - self.slant
        m = m.rotate(ang, resample=Image.BICUBIC, center=(pad, pad + s))
        alpha = rng.uniform(0.78, 0.97)
        m = m.point(lambda v, a=alpha: int(v * a))
        if self.k > 2.5:
            m = m.filter(ImageFilter.GaussianBlur(0.5))
        dx = x + rng.gauss(0, s * 0.02) - pad
        dy = base + rng.gauss(0, s * 0.035) - pad - s
        col = Image.new("RGB", m.size, self.ink)
        self.img.paste(col, (int(dx), int(dy)), m)
        return f.getlength(ch) * (s / max(6, int(s)))

    def write(self, x, y, text, size_pt=11, spacing=1.0, max_w=None):
        """Write text on a baseline at (x, y) in points."""
        px, py = self.px(x, y)
        size = size_pt * self.k
        if max_w:
            f = self._font(size)
            need = f.getlength(text) * spacing
            if need > max_w * self.k:
                size *= max_w * self.k / need
        cx = px
        drift = self.rng.uniform(-0.02, 0.02)
        for ch in text:
            if ch == " ":
                cx += self._font(size).getlength(" ") * self.rng.uniform(0.8, 1.3)
                continue
            adv = self.glyph(ch, cx, py + drift * (cx - px), size)
            cx += adv * spacing * self.rng.uniform(0.95, 1.06)

    def comb(self, rects, text):
        """One capital per box, roughly centred, sometimes touching the frame."""
        for (x, y, w, h), ch in zip(rects, text, strict=False):
            if ch == " ":
                continue
            size = h * self.k * self.rng.uniform(0.68, 0.8)
            f = self._font(size)
            gw = f.getlength(ch)
            cx = (x + w / 2) * self.k - gw / 2 + self.rng.gauss(0, w * self.k * 0.06)
            base = (H - y - h * 0.2) * self.k
            self.glyph(ch, cx, base, size)

    # -- strokes ------------------------------------------------------------------
    def stroke(self, pts, width):
        """Draw a polyline of pixel points with pressure-like width variation."""
        d = ImageDraw.Draw(self.img)
        n = len(pts)
        for i in range(n - 1):
            t = i / max(1, n - 2)
            w = width * (0.55 + 0.6 * math.sin(math.pi * min(1.0, t * 1.2 + 0.05)))
            d.line([pts[i], pts[i + 1]], fill=self.ink, width=max(1, int(round(w))))

    def tick(self, spec, style="cross"):
        _k, x, y, s = spec
        rng = self.rng
        x0, y0 = self.px(x, y + s)
        sz = s * self.k
        w = max(2, self.k * 0.9)
        if style == "cross":
            j = lambda: rng.gauss(0, sz * 0.08)  # noqa: E731
            self.stroke(_line((x0 + j(), y0 + j()), (x0 + sz + j(), y0 + sz + j())), w)
            self.stroke(_line((x0 + sz + j(), y0 + j()), (x0 + j(), y0 + sz + j())), w)
        else:
            a = (x0 + sz * 0.05, y0 + sz * 0.5)
            b = (x0 + sz * 0.4, y0 + sz * 0.95)
            c = (x0 + sz * 1.25, y0 - sz * 0.45)
            self.stroke(_line(a, b) + _line(b, c), w)

    def dot(self, spec):
        """A stray mark: a small dot or dash in the frame, no signature."""
        _k, x, y, w, h = spec
        d = ImageDraw.Draw(self.img)
        cx, cy = self.px(x + w * self.rng.uniform(0.3, 0.7), y + h * self.rng.uniform(0.3, 0.6))
        r = self.k * self.rng.uniform(0.9, 1.6)
        if self.rng.random() < 0.5:
            d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=self.ink)
        else:
            self.stroke(_line((cx, cy), (cx + 5 * r, cy - 2 * r)), r)

    def signature(self, spec):
        _k, x, y, w, h = spec
        rng = self.rng
        x0, y0 = self.px(x + w * rng.uniform(0.12, 0.3), y + h * rng.uniform(0.35, 0.55))
        sw = w * self.k * rng.uniform(0.45, 0.65)
        sh = h * self.k * rng.uniform(0.25, 0.36)
        for pts in signature_paths(rng, sw, sh):
            self.stroke([(x0 + px, y0 + py) for px, py in pts], self.k * rng.uniform(0.7, 1.1))


def _line(a, b, n=8):
    return [(a[0] + (b[0] - a[0]) * t / n, a[1] + (b[1] - a[1]) * t / n) for t in range(n + 1)]


def _catmull(pts, per=10):
    out = []
    p = [pts[0]] + pts + [pts[-1]]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for k in range(per):
            t = k / per
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
                    for j in (0, 1)
                )
            )
    out.append(pts[-1])
    return out


def signature_paths(rng, sw, sh):
    """Random cursive-like pen paths (pixel offsets, y down) for a signature."""
    paths = []
    words = rng.choice([1, 2, 2, 3])
    x = 0.0
    unit = sw / rng.uniform(9, 16)
    slant = rng.uniform(0.1, 0.45)
    for wi in range(words):
        pts = []
        # a tall capital-like stroke opening the word
        top = -sh * rng.uniform(0.7, 1.1)
        pts += [(x, sh * 0.1), (x + unit * 0.3 - top * slant, top), (x + unit * 0.9, sh * 0.2)]
        if rng.random() < 0.6:
            pts += [(x - unit * 0.2, -sh * 0.2), (x + unit * 1.3, -sh * 0.35)]
        x += unit * 1.3
        n = rng.randint(3, 8) if wi < words - 1 else rng.randint(4, 9)
        for _ in range(n):
            h = -sh * (rng.uniform(0.2, 0.45) if rng.random() < 0.75 else rng.uniform(0.6, 1.0))
            if rng.random() < 0.12:
                h = sh * rng.uniform(0.4, 0.8)  # descender
            back = unit * rng.uniform(-0.5, 0.1) if rng.random() < 0.35 else 0
            pts.append((x + back - h * slant, h))
            x += unit * rng.uniform(0.45, 0.9)
            pts.append((x, sh * rng.uniform(-0.05, 0.12)))
        paths.append(_catmull(pts, 9))
        x += unit * rng.uniform(0.6, 1.2)
        if x > sw:
            break
    if rng.random() < 0.75:
        y1 = sh * rng.uniform(0.35, 0.7)
        fl = [(x, -sh * 0.1), (x * 0.7, y1), (x * 0.3, y1 + sh * 0.1), (-unit * 0.5, y1 - sh * 0.2)]
        paths.append(_catmull(fl, 14))
    if rng.random() < 0.4:
        dx = x * rng.uniform(0.3, 0.8)
        paths.append(_line((dx, -sh * 0.7), (dx + unit * 0.5, -sh * 0.75), 4))
    return paths


def signature_png(rng, w_px=600, h_px=220, ink="blue"):
    """A transparent PNG of a handwritten signature (for pasting into a PDF)."""
    img = Image.new("RGBA", (w_px, h_px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = INKS[ink] + (255,)
    sw, sh = w_px * 0.7, h_px * 0.3
    for pts in signature_paths(rng, sw, sh):
        pts = [(w_px * 0.12 + px, h_px * 0.62 + py) for px, py in pts]
        for i in range(len(pts) - 1):
            t = i / max(1, len(pts) - 2)
            wd = 4.2 * (0.55 + 0.6 * math.sin(math.pi * min(1.0, t * 1.2 + 0.05)))
            d.line([pts[i], pts[i + 1]], fill=col, width=max(1, int(round(wd))))
    return img.filter(ImageFilter.GaussianBlur(0.6))
