"""Pen-like handwriting on page images: handwriting .ttf fonts drawn glyph by glyph with
jitter, slant, baseline wobble and varied pen width; ticks, crosses, dots and signature
flourishes drawn as pressure-varying pen strokes."""

import itertools
import math

from fontTools.ttLib import TTFont
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HW = "/usr/share/fonts/truetype/"
FONTS = {
    "breip": HW + "breip/Breip.ttf",
    "ecolier": HW + "ecolier-court/Ecolier-court.ttf",
    "dkg": HW + "fifthhorseman/dkg.ttf",
    "dkg_it": HW + "fifthhorseman/dkgIt.ttf",
    "humor": HW + "humor-sans/Humor-Sans.ttf",
    "ruf": HW + "rufscript/Rufscript010.ttf",
}
# style -> (font for text, fallback font, slant range in degrees, stroke width factor)
STYLES = {
    "capitals_breip": ("breip", "dkg", (2, 8), 0.045),
    "capitals_humor": ("humor", "dkg", (0, 5), 0.0),
    "print_dkg": ("dkg", "breip", (3, 9), 0.02),
    "cursive_ecolier": ("ecolier", "dkg_it", (4, 12), 0.022),
    "cursive_dkg": ("dkg_it", "dkg", (6, 14), 0.015),
    "print_ruf": ("ruf", "dkg", (2, 8), 0.0),
}
INKS = {
    "blue": (28, 48, 150),
    "navy": (22, 32, 96),
    "black": (32, 32, 40),
}
# lowercase of some fonts is small for their capitals: write them larger
FONT_SCALE = {"ecolier": 1.35, "ruf": 1.1, "dkg": 1.1, "dkg_it": 1.15}
_cmaps = {}
_fonts = {}


def _cmap(key):
    if key not in _cmaps:
        _cmaps[key] = set(TTFont(FONTS[key]).getBestCmap())
    return _cmaps[key]


def _font(key, size):
    k = (key, int(size))
    if k not in _fonts:
        _fonts[k] = ImageFont.truetype(FONTS[key], int(size))
    return _fonts[k]


def _cap_ratio(key):
    f = _font(key, 200)
    b = f.getbbox("H", anchor="ls")
    return (b[3] - b[1]) / 200.0


class Hand:
    """One writer: a style, an ink, a pen, at a given page resolution (px per pt)."""

    def __init__(self, rng, style, ink, scale):
        self.rng, self.scale = rng, scale
        self.style = style
        self.fkey, self.fallback, slant, self.swf = STYLES[style]
        self.slant = math.tan(math.radians(rng.uniform(*slant)))
        self.ink = tuple(max(0, min(255, c + rng.randint(-10, 10))) for c in INKS[ink])
        self.pen = rng.uniform(0.9, 1.25)  # pen width factor
        self.size_f = rng.uniform(0.92, 1.08)
        self.caps = style.startswith("capitals")

    # ---- text -------------------------------------------------------------------------
    def _glyph(self, ch, cap_px):
        rng = self.rng
        key = self.fkey if ord(ch) in _cmap(self.fkey) else self.fallback
        size = cap_px / _cap_ratio(key) * rng.uniform(0.93, 1.07)
        if not ch.isupper():
            size *= FONT_SCALE.get(key, 1.0)
        font = _font(key, size)
        sw = round(size * self.swf * self.pen * rng.uniform(0.8, 1.2))
        if key == "ecolier":
            sw = max(sw, int(self.scale * 0.5))
        adv = font.getlength(ch)
        if ch == " ":
            return None, adv, 0
        l, t, r, b = font.getbbox(ch, anchor="ls")
        pad = 4 + sw
        im = Image.new("L", (r - l + 2 * pad, b - t + 2 * pad), 0)
        ImageDraw.Draw(im).text((pad - l, pad - t), ch, font=font, fill=255, anchor="ls")
        if sw > 0:  # a wider pen: dilate the glyph
            im = im.filter(ImageFilter.MaxFilter(2 * min(sw, 3) + 1))
        ang = rng.uniform(-4.0, 4.0)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False)
        level = rng.uniform(0.86, 1.0)
        im = im.point(lambda v, k=level: int(v * k))
        # offset of the glyph image's top-left relative to the pen position on the baseline
        return im, adv, (l - pad, t - pad)

    def line_mask(self, text, cap_px):
        """Returns (mask, baseline_y_in_mask, width) of a written line."""
        rng = self.rng
        glyphs = []
        x = 0.0
        wob_a = cap_px * rng.uniform(0.02, 0.06)
        wob_f = rng.uniform(0.004, 0.012) / max(cap_px / 40.0, 0.5)
        drift = rng.uniform(-0.025, 0.025)
        phase = rng.uniform(0, 6.28)
        for ch in text:
            im, adv, off = self._glyph(ch, cap_px)
            dy = wob_a * math.sin(phase + x * wob_f * 6.0) + drift * x + rng.gauss(0, cap_px * 0.02)
            if im is not None:
                glyphs.append((im, x + off[0], dy + off[1]))
            x += adv * rng.uniform(0.96, 1.06)
        if not glyphs:
            return None, 0, 0
        top = min(g[2] for g in glyphs)
        bot = max(g[2] + g[0].height for g in glyphs)
        left = min(g[1] for g in glyphs)
        extra = int(abs(self.slant) * (bot - top)) + 4
        w = int(max(g[1] + g[0].width for g in glyphs) - left) + 2 * extra
        h = int(bot - top) + 4
        mask = Image.new("L", (w, h), 0)
        for im, gx, gy in glyphs:
            layer = Image.new("L", (w, h), 0)
            layer.paste(im, (int(gx - left + extra), int(gy - top + 2)))
            mask = ImageChops.lighter(mask, layer)
        base = -top + 2
        # slant: shear around the baseline
        mask = mask.transform(
            mask.size, Image.AFFINE, (1, self.slant, -self.slant * base, 0, 1, 0), Image.BICUBIC
        )
        mask = mask.filter(ImageFilter.GaussianBlur(0.35 * self.scale / 2.8))
        return mask, base, extra

    def _stamp(self, page, mask, x, y):
        ink = self.ink + (255,) if page.mode == "RGBA" else self.ink
        page.paste(ink, (round(x), round(y)), mask)

    def write(self, page, rect_px, text, cap=None, align="left"):
        """Writes text in rect (x0, y0, x1, y1) in pixels (y0 top)."""
        if not text:
            return
        x0, y0, x1, y1 = rect_px
        h = y1 - y0
        cap_px = cap or h * 0.6 * self.size_f
        mask, base, lead = self.line_mask(text, cap_px)
        dx = self.rng.uniform(2.0, 8.0) * self.scale
        avail = (x1 - x0) - dx - 3 * self.scale
        if mask.width - lead > avail:  # write smaller to fit, as people do
            mask, base, lead = self.line_mask(text, cap_px * avail / (mask.width - lead) * 0.97)
        if align == "center":
            dx = (x1 - x0 - mask.width) / 2
        base_y = y1 - h * self.rng.uniform(0.16, 0.26)
        self._stamp(page, mask, x0 + dx - lead, base_y - base)

    def comb(self, page, cells_px, text):
        """One character per cell, centred with jitter (cursive writers print capitals)."""
        saved = self.fkey
        if self.fkey in ("ecolier", "dkg_it"):
            self.fkey = "dkg"
        self._comb(page, cells_px, text)
        self.fkey = saved

    def write_caps(self, page, rect_px, text):
        """A name in capitals: cursive writers switch to print for it."""
        saved = self.fkey
        if self.fkey in ("ecolier", "dkg_it"):
            self.fkey = "dkg"
        self.write(page, rect_px, text)
        self.fkey = saved

    def _comb(self, page, cells_px, text):
        for ch, (x0, y0, x1, y1) in zip(text, cells_px):
            if ch == " ":
                continue
            h = y1 - y0
            mask, base, _lead = self.line_mask(ch, h * 0.58 * self.size_f)
            if mask is None:
                continue
            cx = (x0 + x1) / 2 + self.rng.gauss(0, (x1 - x0) * 0.06)
            by = y1 - h * self.rng.uniform(0.17, 0.25)
            self._stamp(page, mask, cx - mask.width / 2, by - base)

    # ---- strokes ----------------------------------------------------------------------
    def stroke(self, page, pts, w0, w1=None, box=None):
        """A pen stroke through pts (pixels) with width going from w0 to w1."""
        w1 = w0 if w1 is None else w1
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        m = int(max(w0, w1)) + 4
        ox, oy = int(min(xs)) - m, int(min(ys)) - m
        mask = Image.new("L", (int(max(xs)) - ox + m + 1, int(max(ys)) - oy + m + 1), 0)
        d = ImageDraw.Draw(mask)
        dense = _densify(pts, max(0.6, min(w0, w1) * 0.35))
        n = len(dense)
        for i, (x, y) in enumerate(dense):
            t = i / max(1, n - 1)
            w = (w0 + (w1 - w0) * t) * (1 + 0.12 * math.sin(t * 9.0 + w0))
            r = max(0.5, w / 2)
            d.ellipse((x - ox - r, y - oy - r, x - ox + r, y - oy + r), fill=235)
        mask = mask.filter(ImageFilter.GaussianBlur(0.4))
        self._stamp(page, mask, ox, oy)

    def tick(self, page, rect_px, kind="cross"):
        rng = self.rng
        x0, y0, x1, y1 = rect_px
        s = x1 - x0
        j = lambda: rng.gauss(0, s * 0.06)
        w = max(1.5, s * 0.11 * self.pen)
        if kind == "cross":
            o = s * rng.uniform(0.0, 0.18)
            self.stroke(
                page,
                _curve(
                    [
                        (x0 - o + j(), y0 - o + j()),
                        ((x0 + x1) / 2 + j(), (y0 + y1) / 2 + j()),
                        (x1 + o + j(), y1 + o + j()),
                    ]
                ),
                w * 1.1,
                w * 0.7,
            )
            self.stroke(
                page,
                _curve(
                    [
                        (x1 + o + j(), y0 - o + j()),
                        ((x0 + x1) / 2 + j(), (y0 + y1) / 2 + j()),
                        (x0 - o + j(), y1 + o + j()),
                    ]
                ),
                w,
                w * 0.6,
            )
        elif kind == "check":
            a = (x0 + s * 0.12 + j(), y0 + s * 0.5 + j())
            b = (x0 + s * 0.42 + j(), y1 - s * 0.08 + j())
            c = (x1 + s * rng.uniform(0.2, 0.6), y0 - s * rng.uniform(0.3, 0.7))
            self.stroke(page, _curve([a, b]), w * 0.8, w * 1.2)
            self.stroke(
                page, _curve([b, ((b[0] + c[0]) / 2 + j(), (b[1] + c[1]) / 2), c]), w * 1.2, w * 0.4
            )
        else:  # filled-in box scribble
            pts = []
            for i in range(5):
                yy = y0 + s * (0.15 + 0.17 * i)
                pts += [(x0 + s * 0.15 + j(), yy + j()), (x1 - s * 0.15 + j(), yy + s * 0.08)]
            self.stroke(page, pts, w * 0.8)

    def dot(self, page, rect_px, where):
        """A stray mark: a pen dot or a tiny tick at a relative place in the rect."""
        rng = self.rng
        x0, y0, x1, y1 = rect_px
        cx = x0 + (x1 - x0) * where[0]
        cy = y0 + (y1 - y0) * where[1]
        w = max(2.0, 2.2 * self.scale * self.pen)
        if rng.random() < 0.5:
            self.stroke(page, [(cx, cy), (cx + w * 0.4, cy + w * 0.2)], w * 1.4, w * 1.2)
        else:
            self.stroke(
                page,
                _curve([(cx, cy), (cx + 3 * w, cy + 2.5 * w), (cx + 7 * w, cy - 3 * w)]),
                w * 0.9,
                w * 0.4,
            )

    def signature(self, page, rect_px, text, fkey):
        """Script name plus a flourish, fitted in the box."""
        rng = self.rng
        x0, y0, x1, y1 = rect_px
        bw, bh = x1 - x0, y1 - y0
        saved = (self.fkey, self.slant, self.swf)
        self.fkey = fkey
        self.slant = math.tan(math.radians(rng.uniform(12, 24)))
        self.swf = 0.012 if fkey == "ecolier" else 0.02
        cap = bh * rng.uniform(0.26, 0.34)
        mask, base, _lead = self.line_mask(text, cap)
        if mask.width > bw * 0.8:
            mask, base, _lead = self.line_mask(text, cap * bw * 0.8 / mask.width)
        sx = x0 + bw * rng.uniform(0.08, 0.2)
        by = y0 + bh * rng.uniform(0.56, 0.66)
        self._stamp(page, mask, sx, by - base)
        self.fkey, self.slant, self.swf = saved
        # flourish: from the end of the name, a loop back underneath, or an underline
        ex, ey = sx + mask.width - bw * 0.03, by - cap * rng.uniform(0.0, 0.4)
        w = max(1.6, bh * 0.022 * self.pen)
        kind = rng.choice(["under", "loop", "slash"])
        if kind == "under":
            pts = [
                (ex, ey),
                (ex + bw * 0.05, by + bh * 0.08),
                (sx + bw * 0.3, by + bh * 0.2),
                (sx - bw * 0.02, by + bh * 0.14),
            ]
        elif kind == "loop":
            pts = [
                (ex, ey),
                (ex + bw * 0.06, by - bh * 0.2),
                (ex - bw * 0.02, by - bh * 0.25),
                (ex - bw * 0.05, by + bh * 0.1),
                (sx + bw * 0.35, by + bh * 0.24),
                (sx + bw * 0.05, by + bh * 0.18),
            ]
        else:
            pts = [
                (sx - bw * 0.03, by + bh * 0.12),
                (sx + bw * 0.3, by + bh * 0.02),
                (ex + bw * 0.04, by - bh * 0.12),
            ]
        pts = [(min(max(px, x0 + 3), x1 - 3), min(max(py, y0 + 3), y1 - 3)) for px, py in pts]
        self.stroke(page, _curve(pts), w * 1.2, w * 0.3)


def _curve(pts, steps=18):
    """Catmull-Rom spline through the points."""
    if len(pts) < 3:
        return list(pts)
    p = [pts[0]] + list(pts) + [pts[-1]]
    out = []
    for i in range(1, len(p) - 2):
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p[i][d]
                        + (-p[i - 1][d] + p[i + 1][d]) * t
                        + (2 * p[i - 1][d] - 5 * p[i][d] + 4 * p[i + 1][d] - p[i + 2][d]) * t2
                        + (-p[i - 1][d] + 3 * p[i][d] - 3 * p[i + 1][d] + p[i + 2][d]) * t3
                    )
                    for d in (0, 1)
                )
            )
    out.append(pts[-1])
    return out


def _densify(pts, step):
    out = [pts[0]]
    for (ax, ay), (bx, by) in itertools.pairwise(pts):
        n = max(1, int(math.hypot(bx - ax, by - ay) / step))
        for k in range(1, n + 1):
            out.append((ax + (bx - ax) * k / n, ay + (by - ay) * k / n))
    return out


def signature_png(rng, text, fkey, ink, size=(900, 300)):
    """A signature on a transparent background (for pasting into a fillable PDF)."""
    page = Image.new("RGBA", size, (255, 255, 255, 0))
    h = Hand(rng, "cursive_dkg", ink, 3.0)
    h.signature(page, (0, 0, size[0], size[1]), text, fkey)
    return page
