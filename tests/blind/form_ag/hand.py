"""Handwriting on page images: per-glyph jittered pen text, ticks, crosses, signatures."""

import math

from PIL import Image, ImageDraw, ImageFilter, ImageFont

F = "/usr/share/fonts"
HAND_FONTS = {
    "breip": f"{F}/truetype/breip/Breip.ttf",
    "dkg": f"{F}/truetype/fifthhorseman/dkg.ttf",
    "ecolier": f"{F}/truetype/ecolier-court/Ecolier-court.ttf",
    "kaushan": f"{F}/opentype/kaushanscript/KaushanScript-Regular.otf",
    "comic": f"{F}/opentype/comic-neue/ComicNeue-Light.otf",
}
SIG_FONTS = {
    "z003": f"{F}/opentype/urw-base35/Z003-MediumItalic.otf",
    "dancing": f"{F}/opentype/dancingscript/DancingScript-Bold.otf",
    "kaushan": f"{F}/opentype/kaushanscript/KaushanScript-Regular.otf",
}
# lower-case height differs a lot between fonts: scale to a similar x-height
FONT_SCALE = {"ecolier": 1.45, "kaushan": 0.95, "comic": 0.9, "breip": 1.1, "dkg": 1.0}
INKS = {
    "blue": (22, 45, 150),
    "blue2": (35, 70, 175),
    "black": (25, 25, 35),
}

_cache = {}


def font(path, size):
    key = (path, int(size))
    if key not in _cache:
        _cache[key] = ImageFont.truetype(path, int(size))
    return _cache[key]


def has_glyphs(path, text):
    f = font(path, 40)
    nd = bytes(f.getmask("\uffff"))
    return all(c == " " or bytes(f.getmask(c)) != nd for c in set(text))


class Pen:
    """Writes on one page image (RGB, dpi known) with one person's hand."""

    def __init__(self, img, dpi, rng, font_key, ink="blue", slant=0.0, size_mm=4.2):
        self.img = img
        self.dpi = dpi
        self.rng = rng
        self.font_path = HAND_FONTS.get(font_key, font_key)
        self.scale = FONT_SCALE.get(font_key, 1.0)
        self.ink = INKS[ink]
        self.slant = slant
        self.size_mm = size_mm

    def px(self, v_mm):
        return v_mm * self.dpi / 25.4

    def _glyph(self, ch, size_px):
        f = font(self.font_path, size_px)
        l, t, r, b = f.getbbox(ch)
        pad = int(size_px * 0.4)
        w, h = max(1, r - l) + 2 * pad, int(size_px * 1.6) + 2 * pad
        layer = Image.new("L", (w, h), 0)
        ImageDraw.Draw(layer).text((pad - l, pad), ch, font=f, fill=255)
        ang = self.slant + self.rng.uniform(-4.0, 4.0)
        layer = layer.rotate(ang, resample=Image.BICUBIC, expand=False)
        return layer, pad, l, f

    def _stamp(self, layer, x, y):
        rng = self.rng
        col = tuple(max(0, min(255, c + rng.randint(-12, 12))) for c in self.ink)
        alpha = layer.point(lambda v: int(v * 0.92))
        self.img.paste(Image.new("RGB", layer.size, col), (int(x), int(y)), alpha)

    def write(self, x_mm, baseline_mm, text, size_mm=None, spacing=1.0):
        """Write text starting at x with its baseline at baseline (mm). Returns end x (mm)."""
        rng = self.rng
        size_px = self.px(size_mm or self.size_mm) * 1.35 * self.scale
        x = self.px(x_mm)
        base = self.px(baseline_mm)
        drift = 0.0
        for ch in text:
            s = size_px * rng.uniform(0.93, 1.07)
            f = font(self.font_path, s)
            adv = f.getlength(ch)
            if ch != " ":
                layer, pad, lft, f = self._glyph(ch, s)
                ascent = f.getmetrics()[0]
                drift += rng.uniform(-0.04, 0.04) * s * 0.1
                y = base - ascent - pad + drift + rng.uniform(-0.03, 0.03) * s
                self._stamp(layer, x - pad + lft, y)
            x += adv * spacing * rng.uniform(0.96, 1.06)
        return x * 25.4 / self.dpi

    def write_in(self, rect, text, size_mm=None, indent=1.5):
        x, y, w, h = rect
        size = size_mm or min(self.size_mm, h * 0.85)
        return self.write(x + indent + self.rng.uniform(-0.5, 1.5), y + h - 1.1, text, size)

    def comb(self, cells, text, start=0):
        """One capital per comb cell."""
        for i, ch in enumerate(text):
            if start + i >= len(cells) or ch == " ":
                continue
            cx, cy, cw, ch_ = cells[start + i]
            size = ch_ * 0.52
            f = font(self.font_path, self.px(size) * 1.35 * self.scale)
            adv = f.getlength(ch) * 25.4 / self.dpi
            x = cx + (cw - adv) / 2 + self.rng.uniform(-0.4, 0.4)
            self.write(x, cy + ch_ - 1.2 + self.rng.uniform(-0.4, 0.3), ch, size)

    def _stroke(self, pts, width_mm=0.45):
        d = ImageDraw.Draw(self.img)
        w = max(2, int(self.px(width_mm)))
        pts = [(self.px(x), self.px(y)) for x, y in pts]
        d.line(pts, fill=self.ink, width=w, joint="curve")
        for p in (pts[0], pts[-1]):
            d.ellipse([p[0] - w / 2, p[1] - w / 2, p[0] + w / 2, p[1] + w / 2], fill=self.ink)

    def tick(self, rect, style="x"):
        x, y, w, h = rect
        j = self.rng.uniform
        if style == "x":
            self._stroke(
                [(x + j(0, 0.6), y + j(0, 0.6)), (x + w - j(0, 0.5), y + h - j(-0.6, 0.4))]
            )
            self._stroke(
                [(x + w - j(0, 0.6), y + j(-0.4, 0.5)), (x + j(-0.3, 0.6), y + h - j(0, 0.6))]
            )
        elif style == "check":
            pts = [
                (x + w * 0.1, y + h * 0.5),
                (x + w * 0.4, y + h * 0.9 + j(0, 0.5)),
                (x + w * 1.15 + j(0, 0.8), y - h * 0.35 + j(-0.5, 0.5)),
            ]
            self._stroke(self._smooth(pts))
        else:  # filled blot
            d = ImageDraw.Draw(self.img)
            d.rectangle(
                [self.px(x + 0.6), self.px(y + 0.6), self.px(x + w - 0.6), self.px(y + h - 0.6)],
                fill=self.ink,
            )

    def strike(self, x1, x2, y):
        self._stroke(
            [(x1, y + self.rng.uniform(-0.3, 0.3)), (x2, y + self.rng.uniform(-0.5, 0.5))], 0.35
        )

    def dash_line(self, rect):
        x, y, w, h = rect
        a = x + self.rng.uniform(4, 30)
        b = a + self.rng.uniform(12, 40)
        self._stroke([(a, y + h * 0.6), (b, y + h * 0.55 + self.rng.uniform(-0.6, 0.6))], 0.4)

    @staticmethod
    def _smooth(pts, n=12):
        out = []
        for a, b in zip(pts, pts[1:]):
            for i in range(n):
                t = i / n
                out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
        out.append(pts[-1])
        return out

    def dot(self, x_mm, y_mm, r_mm=0.5):
        d = ImageDraw.Draw(self.img)
        r = self.px(r_mm)
        cx, cy = self.px(x_mm), self.px(y_mm)
        d.ellipse([cx - r, cy - r * 0.8, cx + r, cy + r * 0.9], fill=self.ink)

    def signature(self, rect, name, sig_font="z003"):
        """A handwritten signature: script name plus a flourish, inside rect (mm)."""
        x, y, w, h = rect
        layer = signature_image(name, self.rng, sig_font, self.px(h * 0.45), self.ink)
        maxw = self.px(w * 0.8)
        if layer.width > maxw:
            layer = layer.resize((int(maxw), int(layer.height * maxw / layer.width)))
        px = self.px(x) + self.rng.uniform(0.08, 0.2) * (self.px(w) - layer.width)
        py = self.px(y + h * 0.5) - layer.height / 2 + self.rng.uniform(-0.1, 0.15) * self.px(h)
        self.img.paste(
            Image.new("RGB", layer.size, self.ink), (int(px), int(py)), layer.getchannel("A")
        )


def signature_image(name, rng, sig_font, size_px, ink):
    """RGBA image of a signature (transparent background)."""
    f = font(SIG_FONTS[sig_font], size_px)
    l, t, r, b = f.getbbox(name)
    W, H = int(r - l + size_px * 1.6), int(size_px * 2.4)
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    d.text((size_px * 0.3 - l, size_px * 0.45 - t * 0.5), name, font=f, fill=255)
    # flourish: a swinging underline through the end of the name
    pts = []
    x0, x1 = size_px * 0.2, W - size_px * 0.2
    yb = size_px * 0.45 + (b - t) * 0.95
    amp = size_px * rng.uniform(0.08, 0.25)
    ph = rng.uniform(0, math.pi)
    for i in range(60):
        u = i / 59
        pts.append((x1 - (x1 - x0) * u, yb + amp * math.sin(ph + u * 5.0) + u * size_px * 0.15))
    d.line(pts, fill=255, width=max(2, int(size_px * 0.06)), joint="curve")
    if rng.random() < 0.5:
        d.line(
            [(x1 - size_px * 0.3, yb - size_px * 0.9), (x1 - size_px * 0.1, yb + size_px * 0.1)],
            fill=255,
            width=max(2, int(size_px * 0.05)),
        )
    mask = mask.rotate(rng.uniform(-8, 6), resample=Image.BICUBIC, expand=True)
    mask = mask.filter(ImageFilter.GaussianBlur(0.6))
    out = Image.new("RGBA", mask.size, ink + (0,))
    out.putalpha(mask)
    return out
