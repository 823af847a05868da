"""Handwriting and signatures drawn with Pillow (pen-like glyphs with per-glyph jitter)."""

from __future__ import annotations

import math
import random
import unicodedata

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HAND_FONTS = [
    "/usr/share/fonts/truetype/breip/Breip.ttf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Light.otf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-LightItalic.otf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
]
SCRIPT_FONTS = [
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf",
    "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
]
INKS = [(20, 30, 110), (15, 15, 25), (25, 45, 140), (40, 40, 60)]

_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    key = (path, size)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, size)
    return _FONT_CACHE[key]


class Pen:
    """One writer: a font, an ink, a size and a hand that wobbles."""

    def __init__(self, rng: random.Random, px_per_pt: float, script: bool = False):
        self.rng = rng
        fonts = [f for f in (SCRIPT_FONTS if script else HAND_FONTS) if _exists(f)]
        self.font_path = rng.choice(fonts)
        self.ink = rng.choice(INKS)
        self.k = px_per_pt
        self.slant = rng.uniform(-0.18, 0.05)
        self.jitter = rng.uniform(0.6, 1.4)
        thin = "Ecolier" in self.font_path or "Light" in self.font_path
        self.weight = 1 if thin or rng.random() < 0.4 else 0

    def glyph(self, ch: str, size_px: int) -> Image.Image:
        """One glyph as an RGBA image, slightly rotated and scaled."""
        rng = self.rng
        s = max(8, int(size_px * rng.uniform(0.92, 1.08)))
        f = font(self.font_path, s)
        box = f.getbbox(ch)
        w = max(1, box[2] - min(0, box[0])) + s
        h = int(s * 1.6)
        im = Image.new("L", (w, h), 0)
        ImageDraw.Draw(im).text((s // 2, int(s * 0.2)), ch, font=f, fill=255)
        if self.weight:
            im = im.filter(ImageFilter.MaxFilter(3))
        ang = rng.gauss(0, 2.5 * self.jitter)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False)
        return im

    def text_image(self, text: str, size_pt: float) -> Image.Image:
        """A written string as an RGBA image (transparent background, ink colour)."""
        rng = self.rng
        size_px = int(size_pt * self.k)
        f = font(self.font_path, size_px)
        total_w = int(f.getlength(text) * 1.15) + size_px * 2
        h = int(size_px * 2.0)
        mask = Image.new("L", (total_w, h), 0)
        x = size_px * 0.8
        drift = 0.0
        for ch in text:
            adv = f.getlength(ch) if ch != " " else f.getlength(" ") * rng.uniform(0.9, 1.4)
            if ch.strip():
                g = self.glyph(ch, size_px)
                drift += rng.gauss(0, 0.03 * size_px * self.jitter)
                drift = max(-0.12 * size_px, min(0.12 * size_px, drift))
                y = int(size_px * 0.15 + drift)
                mask.paste(Image.new("L", g.size, 255), (int(x) - size_px // 2, y), g)
            x += adv * rng.uniform(0.96, 1.06)
        mask = mask.crop((0, 0, min(total_w, int(x + size_px * 0.5)), h))
        mask = _shear(mask, self.slant)
        return _inked(mask, self.ink, rng)

    def char_in_box(self, ch: str, box_px: float) -> Image.Image:
        """A capital written inside one comb box."""
        size_px = int(box_px * self.rng.uniform(0.85, 1.0))
        g = self.glyph(ch, size_px)
        g = g.crop(g.getbbox() or (0, 0, 1, 1))
        target = box_px * self.rng.uniform(0.62, 0.8)
        f = target / max(1, g.size[1])
        g = g.resize((max(1, int(g.size[0] * f)), max(1, int(g.size[1] * f))), Image.LANCZOS)
        return _inked(g, self.ink, self.rng)

    def tick(self, size_px: float, kind: str = "x") -> Image.Image:
        """A cross or a tick drawn by hand in a check box."""
        rng = self.rng
        n = int(size_px * 1.4) + 4
        im = Image.new("L", (n, n), 0)
        d = ImageDraw.Draw(im)
        w = max(2, int(size_px * 0.11))

        def p(a: float, b: float) -> tuple[float, float]:
            return (a * n + rng.gauss(0, n * 0.04), b * n + rng.gauss(0, n * 0.04))

        if kind == "x":
            d.line([p(0.15, 0.15), p(0.5, 0.52), p(0.88, 0.9)], fill=255, width=w, joint="curve")
            d.line([p(0.85, 0.12), p(0.5, 0.5), p(0.12, 0.88)], fill=255, width=w, joint="curve")
        else:
            d.line([p(0.12, 0.5), p(0.38, 0.85), p(0.95, 0.05)], fill=255, width=w, joint="curve")
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        return _inked(im, self.ink, rng)


def _exists(path: str) -> bool:
    try:
        with open(path, "rb"):
            return True
    except OSError:
        return False


def _shear(mask: Image.Image, slant: float) -> Image.Image:
    w, h = mask.size
    extra = int(abs(slant) * h) + 2
    out = mask.transform(
        (w + extra, h),
        Image.AFFINE,
        (1, slant, -extra if slant > 0 else 0, 0, 1, 0),
        resample=Image.BICUBIC,
    )
    return out


def _inked(mask: Image.Image, ink: tuple[int, int, int], rng: random.Random) -> Image.Image:
    """Turn a coverage mask into ink with a slightly uneven density."""
    mask = mask.point(lambda v: int(v * rng.uniform(0.82, 0.97)) if v else 0)
    im = Image.new("RGBA", mask.size, ink + (0,))
    im.putalpha(mask)
    return im


def signature(rng: random.Random, name: str, width_px: int) -> Image.Image:
    """A handwritten-looking signature: script letters, a slant and a flourish."""
    path = rng.choice([f for f in SCRIPT_FONTS if _exists(f)])
    ink = rng.choice(INKS)
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    parts = plain.replace("'", "").split()
    style = rng.random()
    if style < 0.4:
        txt = parts[0][0] + ". " + parts[-1].capitalize()
    elif style < 0.7:
        txt = parts[-1].capitalize()
    else:
        txt = parts[0].capitalize()[:1] + parts[-1].lower()[:6]
    size = int(width_px * rng.uniform(0.16, 0.22))
    f = font(path, size)
    tw = int(f.getlength(txt)) + size
    h = int(size * 2.2)
    mask = Image.new("L", (tw + size, h), 0)
    d = ImageDraw.Draw(mask)
    x = size * 0.3
    for ch in txt:
        y = size * 0.35 + rng.gauss(0, size * 0.03)
        d.text((x, y), ch, font=f, fill=255)
        x += f.getlength(ch) * rng.uniform(0.88, 1.0)
    # flourish: an underline swash or a loop through the name
    pts = []
    x0, x1 = size * 0.2, x + size * rng.uniform(0.1, 0.6)
    yb = size * rng.uniform(1.25, 1.55)
    amp = size * rng.uniform(0.08, 0.25)
    ph = rng.uniform(0, math.pi)
    for i in range(40):
        t = i / 39
        pts.append((x0 + (x1 - x0) * t, yb + amp * math.sin(ph + t * rng.uniform(2.5, 4.5))))
    if rng.random() < 0.5:
        # hook back into the last letter
        pts.append((x1 - size * 0.3, yb - size * 0.6))
    d.line(pts, fill=255, width=max(2, size // 14), joint="curve")
    if rng.random() < 0.35:
        cx = x0 + size * 0.3
        d.ellipse((cx - size * 0.1, yb - size * 1.1, cx + size * 0.05, yb - size * 0.95), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(0.7))
    mask = _shear(mask, rng.uniform(-0.35, -0.05))
    mask = mask.rotate(rng.uniform(-7, 5), resample=Image.BICUBIC, expand=True)
    mask = mask.crop(mask.getbbox())
    scale = width_px / mask.size[0]
    mask = mask.resize((width_px, max(1, int(mask.size[1] * scale))), Image.LANCZOS)
    return _inked(mask, ink, rng)


def stray_mark(rng: random.Random, size_px: int) -> Image.Image:
    """A dot or a tiny tick left in the signature box (not a signature)."""
    n = size_px
    im = Image.new("L", (n, n), 0)
    d = ImageDraw.Draw(im)
    if rng.random() < 0.5:
        r = n * 0.12
        d.ellipse((n / 2 - r, n / 2 - r, n / 2 + r, n / 2 + r), fill=255)
    else:
        d.line([(n * 0.2, n * 0.55), (n * 0.4, n * 0.75), (n * 0.8, n * 0.25)], fill=255, width=3)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    return _inked(im, rng.choice(INKS), rng)
