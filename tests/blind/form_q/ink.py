"""Pen-like handwriting on a PIL page: jittered glyphs, ticks, crosses, signatures."""

import math

import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFont

OT = "/usr/share/fonts/opentype/"
TT = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "breip": TT + "breip/Breip.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "femke": TT + "femkeklaver/femkeklaver.ttf",
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "comic": OT + "comic-neue/ComicNeue-Regular.otf",
    "comic_b": OT + "comic-neue/ComicNeue-Bold.otf",
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
    "dkg_it": TT + "fifthhorseman/dkgIt.ttf",
}
SIG_FONTS = {
    "dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "dancing_b": OT + "dancingscript/DancingScript-Bold.otf",
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
    "z003": OT + "urw-base35/Z003-MediumItalic.otf",
    "breip": TT + "breip/Breip.ttf",
}
INKS = {
    "blue": (28, 48, 150),
    "dark_blue": (18, 28, 96),
    "black": (28, 28, 34),
    "bright_blue": (40, 70, 190),
    "violet_blue": (52, 40, 130),
}
THIN = {HAND_FONTS[k] for k in ("breip", "femke", "dkg", "dkg_it")}
_CMAPS = {}
_FONTS = {}
_CAP = {}


def cap_ratio(path):
    """Height of a capital H as a fraction of the font size."""
    if path not in _CAP:
        b = ImageFont.truetype(path, 100).getbbox("H", anchor="ls")
        _CAP[path] = max(0.3, (b[3] - b[1]) / 100)
    return _CAP[path]


def covers(path, text):
    if path not in _CMAPS:
        _CMAPS[path] = set(FTFont(path, lazy=True).getBestCmap())
    return all(ord(ch) in _CMAPS[path] for ch in text if not ch.isspace())


def font(path, size):
    key = (path, int(size))
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(path, max(6, int(size)))
    return _FONTS[key]


class Pen:
    def __init__(self, rng, font_path, ink, width_px=2.0, slant=0.0):
        self.rng = rng
        self.np = np.random.default_rng(rng.randrange(1 << 30))
        self.path = font_path
        self.ink = INKS[ink] if isinstance(ink, str) else ink
        self.width = width_px
        self.slant = slant
        self.bold = rng.random() < 0.35
        self.thin = font_path in THIN

    # ---------------------------------------------------------------- low level
    def _paste(self, img, mask, x0, y0):
        arr = np.asarray(mask, dtype=np.float32) / 255.0
        tex = self.np.uniform(0.72, 1.0, arr.shape).astype(np.float32)
        alpha = (arr * tex * self.rng.uniform(0.85, 1.0) * 255).clip(0, 255).astype(np.uint8)
        m = Image.fromarray(alpha, "L")
        solid = Image.new("RGB", m.size, self.ink)
        img.paste(solid, (int(x0), int(y0)), m)

    def glyph(self, img, ch, x, base, size, angle=0.0):
        f = font(self.path, size)
        asc, desc = f.getmetrics()
        pad = int(size * 0.6)
        w = int(f.getlength(ch)) + 2 * pad
        h = asc + desc + 2 * pad
        g = Image.new("L", (w, h), 0)
        sw = int(round(self.width * 0.3)) if (self.thin and size > 18) else 0
        sw += 1 if (self.bold and size > 22) else 0
        ImageDraw.Draw(g).text((pad, pad + asc), ch, font=f, fill=255, anchor="ls", stroke_width=sw)
        ang = angle - self.slant
        if abs(ang) > 0.2:
            g = g.rotate(ang, resample=Image.BICUBIC, center=(pad, pad + asc))
        self._paste(img, g, x - pad, base - pad - asc)
        return f.getlength(ch)

    # ---------------------------------------------------------------- writing
    def write(self, img, text, x, base, cap, max_w=None):
        """Write a line of text (capital height cap px) from x on baseline base (pixels)."""
        r = self.rng
        size = cap / cap_ratio(self.path)
        f = font(self.path, size)
        if max_w:
            tw = f.getlength(text) * 1.05
            if tw > max_w:
                size = max(8, size * max_w / tw)
        drift = r.uniform(-0.025, 0.025)
        x0 = x
        for ch in text:
            s = size * r.uniform(0.92, 1.08)
            if ch == " ":
                x += font(self.path, size).getlength(" ") * r.uniform(0.9, 1.4)
                continue
            b = base + (x - x0) * drift + r.uniform(-0.05, 0.05) * size
            adv = self.glyph(img, ch, x, b, s, r.uniform(-4, 4))
            x += adv * r.uniform(0.95, 1.08)
        return x

    def write_boxes(self, img, text, boxes):
        """One character per comb box (boxes as pixel rects x, y_top, w, h)."""
        r = self.rng
        for ch, (bx, by, bw, bh) in zip(text, boxes):
            if ch == " ":
                continue
            s = bh * r.uniform(0.55, 0.72) / cap_ratio(self.path)
            f = font(self.path, s)
            cw = f.getlength(ch)
            if cw > bw * 0.92:
                s *= bw * 0.92 / cw
                cw = bw * 0.92
            x = bx + (bw - cw) / 2 + r.uniform(-0.12, 0.12) * bw
            base = by + bh * r.uniform(0.8, 0.9)
            self.glyph(img, ch, x, base, s, r.uniform(-6, 6))

    def stroke(self, img, pts, width=None):
        width = width or self.width
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        m = int(width * 2 + 4)
        x0, y0 = int(min(xs)) - m, int(min(ys)) - m
        x1, y1 = int(max(xs)) + m, int(max(ys)) + m
        k = 3
        big = Image.new("L", ((x1 - x0) * k, (y1 - y0) * k), 0)
        d = ImageDraw.Draw(big)
        sp = [((px - x0) * k, (py - y0) * k) for px, py in pts]
        d.line(sp, fill=255, width=max(1, int(width * k)), joint="curve")
        small = big.resize((x1 - x0, y1 - y0), Image.LANCZOS)
        self._paste(img, small, x0, y0)

    def mark_box(self, img, box, style):
        """Tick, cross or filled blob in a check box (pixel rect)."""
        r = self.rng
        bx, by, bw, bh = box
        j = lambda: r.uniform(-0.12, 0.12) * bw  # noqa: E731
        if style == "cross":
            over = r.uniform(0.0, 0.25) * bw
            self.stroke(
                img,
                [(bx - over + j(), by - over + j()), (bx + bw + over + j(), by + bh + over + j())],
            )
            self.stroke(
                img,
                [(bx + bw + over + j(), by - over + j()), (bx - over + j(), by + bh + over + j())],
            )
        elif style == "tick":
            pts = [
                (bx + 0.1 * bw + j(), by + 0.5 * bh + j()),
                (bx + 0.4 * bw + j(), by + 0.95 * bh),
                (bx + 1.3 * bw + j(), by - 0.45 * bh + j()),
            ]
            self.stroke(img, _smooth(pts, 10))
        else:  # dense scribble filling the box
            pts = []
            for i in range(7):
                t = i / 6
                pts.append((bx + 0.15 * bw + j(), by + bh * (0.15 + 0.7 * t)))
                pts.append((bx + 0.85 * bw + j(), by + bh * (0.2 + 0.7 * t)))
            self.stroke(img, pts, self.width * 0.9)

    # -------------------------------------------------------------- signature
    def signature(self, img, box, name, style, sig_font):
        """A handwritten signature inside the pixel box (x, y_top, w, h)."""
        r = self.rng
        bx, by, bw, bh = box
        cx = bx + bw * r.uniform(0.25, 0.45)
        base = by + bh * r.uniform(0.55, 0.75)
        size = bh * r.uniform(0.38, 0.55)
        if style == "script":
            f = font(sig_font, size)
            tw = f.getlength(name)
            if tw > bw * 0.8:
                size *= bw * 0.8 / tw
                f = font(sig_font, size)
                tw = f.getlength(name)
            pen = Pen(r, sig_font, self.ink, self.width, self.slant)
            x = bx + (bw - tw) * r.uniform(0.2, 0.6)
            asc, desc = f.getmetrics()
            g = Image.new("L", (int(tw) + 40, asc + desc + 40), 0)
            ImageDraw.Draw(g).text((20, 20 + asc), name, font=f, fill=255, anchor="ls")
            g = g.rotate(r.uniform(2, 11), resample=Image.BICUBIC, expand=True)
            pen._paste(img, g, x - 20, base - asc - 20 - (g.size[1] - (asc + desc + 40)) / 2)
            end = x + tw
            pts = [
                (x + tw * 0.1, base + size * 0.25),
                (x + tw * 0.6, base + size * 0.45),
                (end + size * 0.3, base + size * 0.05),
                (end - size * 0.1, base - size * 0.2),
            ]
            if r.random() < 0.75:
                self.stroke(img, _smooth(pts, 30), self.width * 1.1)
        else:
            # an initial plus a cursive-like squiggle and an underline
            first = name[:1]
            s2 = size * 1.4
            x = bx + bw * r.uniform(0.12, 0.3)
            self.glyph(img, first, x, base, s2, r.uniform(-8, 8))
            pts = []
            n = 90
            length = bw * r.uniform(0.35, 0.55)
            loops = r.randint(3, 6)
            amp = size * r.uniform(0.35, 0.6)
            phase = r.uniform(0, 6.28)
            x0 = x + s2 * 0.45
            for i in range(n):
                t = i / (n - 1)
                px = x0 + t * length + amp * 0.45 * math.cos(loops * 6.283 * t + phase)
                py = base - size * 0.2 - amp * math.sin(loops * 6.283 * t + phase) * (1 - 0.5 * t)
                py -= t * size * r.uniform(0.0, 0.05) * 10
                pts.append((px, py))
            self.stroke(img, pts)
            ux = x - size * 0.2
            self.stroke(
                img,
                _smooth(
                    [
                        (ux, base + size * 0.3),
                        (cx + bw * 0.2, base + size * 0.5),
                        (x0 + length + size, base + size * 0.1),
                    ],
                    25,
                ),
                self.width * 1.2,
            )

    def stray_mark(self, img, box):
        r = self.rng
        bx, by, bw, bh = box
        x = bx + bw * r.uniform(0.2, 0.8)
        y = by + bh * r.uniform(0.3, 0.8)
        if r.random() < 0.5:
            rad = r.uniform(1.2, 2.4) * self.width
            self.stroke(
                img,
                [(x, y), (x + rad * 0.5, y + rad * 0.3), (x + rad * 0.1, y + rad * 0.6)],
                rad * 1.5,
            )
        else:
            L = bh * r.uniform(0.12, 0.2)
            self.stroke(
                img, _smooth([(x, y), (x + L * 0.35, y + L * 0.5), (x + L, y - L * 0.6)], 8)
            )


def _smooth(pts, n):
    """Quadratic/cubic Bezier through control points."""
    out = []
    k = len(pts) - 1
    for i in range(n + 1):
        t = i / n
        x = y = 0.0
        for j, (px, py) in enumerate(pts):
            b = math.comb(k, j) * (t**j) * ((1 - t) ** (k - j))
            x += b * px
            y += b * py
        out.append((x, y))
    return out
