"""Pen-like handwriting on PIL page images: values, comb capitals, ticks, signatures."""

from __future__ import annotations

import math
import random

from people import fit_charset, strip_accents
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_F = "/usr/share/fonts/"
# legible hands for values (path, has accents, caps_only)
VALUE_HANDS = {
    "dkg": (_F + "truetype/fifthhorseman/dkg.ttf", True, False),
    "dkg_bold": (_F + "truetype/fifthhorseman/dkgBd.ttf", True, False),
    "comic": (_F + "opentype/comic-neue/ComicNeue-Regular.otf", True, False),
    "comic_it": (_F + "opentype/comic-neue/ComicNeue-Italic.otf", True, False),
    "humor": (_F + "truetype/humor-sans/Humor-Sans.ttf", False, True),
    "kaushan": (_F + "opentype/kaushanscript/KaushanScript-Regular.otf", True, False),
    "dancing": (_F + "opentype/dancingscript/DancingScript-Bold.otf", True, False),
}
SIGN_HANDS = [
    _F + "opentype/dancingscript/DancingScript-Regular.otf",
    _F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    _F + "opentype/urw-base35/Z003-MediumItalic.otf",
    _F + "truetype/fifthhorseman/dkgIt.ttf",
    _F + "truetype/breip/Breip.ttf",
]
INKS = [(18, 38, 130), (28, 30, 40), (25, 55, 160), (40, 40, 90)]
_cache: dict = {}
_cmaps: dict = {}


def covers(path: str, ch: str) -> bool:
    if path not in _cmaps:
        from fontTools.ttLib import TTFont

        _cmaps[path] = set(TTFont(path, fontNumber=0).getBestCmap())
    return ch.isspace() or ord(ch) in _cmaps[path]


def font(path: str, px: int) -> ImageFont.FreeTypeFont:
    key = (path, px)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(path, px)
    return _cache[key]


class Hand:
    """One writer: a font, an ink, a size habit and a slant."""

    def __init__(
        self, img: Image.Image, dpi: float, rng: random.Random, hand: str | None = None, ink=None
    ):
        self.img, self.dpi, self.rng = img, dpi, rng
        self.hand = hand or rng.choice(list(VALUE_HANDS))
        self.path, self.accents, self.caps = VALUE_HANDS[self.hand]
        self.ink = ink or rng.choice(INKS)
        self.slant = rng.uniform(-4, 3)
        self.mask = Image.new("L", img.size, 0) if img is not None else None

    def px(self, pt: float) -> float:
        return pt * self.dpi / 72.0

    def norm(self, text: str) -> str:
        """What this hand can actually write (caps-only hands drop accents)."""
        if self.caps or not self.accents:
            text = strip_accents(text).upper() if self.caps else strip_accents(text)
        return fit_charset(text, lambda ch: covers(self.path, ch))

    def _glyph(self, ch: str, f: ImageFont.FreeTypeFont, angle: float):
        l, t, r, b = f.getbbox(ch)
        pad = 6
        g = Image.new("L", (max(1, r - l) + 2 * pad, max(1, b - t) + 2 * pad), 0)
        ImageDraw.Draw(g).text((pad - l, pad - t), ch, font=f, fill=255)
        if abs(angle) > 0.2:
            g = g.rotate(angle, resample=Image.BICUBIC, expand=True)
        return g, l - pad, t - pad

    def write(self, text: str, x: float, y_base: float, size: float, max_w: float | None = None):
        """Write ``text`` with its baseline at (x, y_base) in points; returns end x in points."""
        rng = self.rng
        text = self.norm(text)
        px = self.px(size)
        f0 = font(self.path, max(8, int(px)))
        natural = f0.getlength(text)
        if max_w and natural > self.px(max_w):
            px *= self.px(max_w) / natural
        cx, cy = self.px(x), self.px(y_base)
        drift = rng.uniform(-0.02, 0.02)
        for ch in text:
            s = max(8, int(px * rng.uniform(0.93, 1.07)))
            f = font(self.path, s)
            if ch != " ":
                g, ox, oy = self._glyph(ch, f, self.slant + rng.uniform(-3, 3))
                asc = f.getmetrics()[0]
                gx = int(cx + ox + rng.uniform(-0.6, 0.6))
                gy = int(cy - asc + oy + rng.uniform(-px * 0.04, px * 0.04))
                self._stamp(g, gx, gy)
            cx += f.getlength(ch) * rng.uniform(0.97, 1.08)
            cy += f.getlength(ch) * drift
        return cx * 72.0 / self.dpi

    def _stamp(self, g: Image.Image, gx: int, gy: int):
        region = (gx, gy, gx + g.width, gy + g.height)
        if region[0] < 0 or region[1] < 0:
            return
        cur = self.mask.crop(region)
        self.mask.paste(ImageChops.lighter(cur, g), region[:2])

    def comb(self, text: str, cells: list, size: float | None = None):
        """One capital per comb cell (spaces leave a cell empty)."""
        text = self.norm(text.upper())
        for ch, (x, y, w, h) in zip(text, cells):
            if ch == " ":
                continue
            s = size or h * 0.78
            f = font(self.path, max(8, int(self.px(s) * self.rng.uniform(0.92, 1.05))))
            g, _, _ = self._glyph(ch, f, self.slant + self.rng.uniform(-4, 4))
            gx = self.px(x + w / 2) - g.width / 2 + self.rng.uniform(-1.5, 1.5)
            gy = self.px(y + h / 2) - g.height / 2 + self.rng.uniform(-1.5, 1.5)
            self._stamp(g, int(gx), int(gy))

    def stroke(self, pts, width_pt=1.1):
        d = ImageDraw.Draw(self.mask)
        w = max(2, int(self.px(width_pt)))
        pix = [(self.px(x), self.px(y)) for x, y in pts]
        d.line(pix, fill=255, width=w, joint="curve")

    def tick(self, rect, style=None):
        x, y, w, h = rect
        r = self.rng
        style = style or r.choice(["x", "x", "check", "fill"])
        j = lambda: r.uniform(-1.2, 1.2)  # noqa: E731
        if style == "x":
            self.stroke([(x - 1 + j(), y - 1 + j()), (x + w + 1 + j(), y + h + 1 + j())])
            self.stroke([(x + w + 1 + j(), y - 1 + j()), (x - 1 + j(), y + h + 1 + j())])
        elif style == "check":
            self.stroke(
                [
                    (x + j(), y + h * 0.5 + j()),
                    (x + w * 0.4, y + h + 1),
                    (x + w + 3 + j(), y - 4 + j()),
                ],
                1.3,
            )
        else:
            for k in range(4):
                yy = y + 1.5 + k * (h - 3) / 3
                self.stroke([(x + 1.5, yy + j() * 0.5), (x + w - 1.5, yy + j() * 0.5)], 1.4)

    def stray(self, rect):
        """A dot or a small tick somewhere in the box, no signature."""
        x, y, w, h = rect
        r = self.rng
        cx, cy = x + w * r.uniform(0.3, 0.8), y + h * r.uniform(0.4, 0.8)
        if r.random() < 0.5:
            rr = self.px(r.uniform(0.9, 1.6))
            ImageDraw.Draw(self.mask).ellipse(
                (self.px(cx) - rr, self.px(cy) - rr, self.px(cx) + rr, self.px(cy) + rr), fill=255
            )
        else:
            self.stroke([(cx, cy), (cx + 2.5, cy + 3), (cx + 7, cy - 4)], 1.0)

    def signature(self, rect, name: str):
        sig = signature_image(self.rng, name, int(self.px(rect[2] * 0.8)), int(self.px(rect[3])))
        a = sig.split()[-1]
        x, y, w, h = rect
        gx = int(self.px(x + w * self.rng.uniform(0.04, 0.18)))
        gy = int(self.px(y + h * 0.5) - a.height / 2 + self.px(self.rng.uniform(-4, 6)))
        self._stamp(a, gx, gy)

    def commit(self, opacity=None):
        """Lay the ink down on the page."""
        m = self.mask
        if self.hand in ("dkg", "comic", "comic_it") and self.dpi >= 190:
            m = m.filter(ImageFilter.MaxFilter(3))  # a ballpoint is wider than the font's line
        m = m.filter(ImageFilter.GaussianBlur(self.px(0.25)))
        op = opacity or self.rng.uniform(0.82, 0.97)
        m = m.point(lambda v: int(v * op))
        ink = Image.new("RGB", self.img.size, self.ink)
        self.img.paste(ink, (0, 0), m)
        self.mask = Image.new("L", self.img.size, 0)


def signature_image(rng: random.Random, name: str, w: int, h: int) -> Image.Image:
    """A handwritten signature (script name + flourish) as RGBA with a transparent ground."""
    path = rng.choice(SIGN_HANDS)
    parts = fit_charset(name, lambda ch: covers(path, ch)).split()
    style = rng.random()
    if style < 0.4:
        text = parts[-1].capitalize() if len(parts) > 1 else parts[0]
        text = parts[0][0].upper() + ". " + text
    elif style < 0.75:
        text = parts[-1].capitalize()
    else:
        text = " ".join(p.capitalize() for p in parts[:2])
    px = int(h * rng.uniform(0.38, 0.5))
    f = font(path, px)
    while f.getlength(text) > w * 0.85 and px > 12:
        px = int(px * 0.9)
        f = font(path, px)
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    tl = f.getlength(text)
    x0, y0 = int(w * 0.04), int(h * 0.5 - px * 0.65)
    d.text((x0, y0), text, font=f, fill=255)
    # flourish: an underline loop or a swash crossing the end of the name
    lw = max(2, px // 14)
    pts = []
    kind = rng.random()
    for k in range(40):
        t = k / 39
        if kind < 0.5:
            xx = x0 + t * min(w * 0.95, tl * 1.15)
            yy = y0 + px * 1.05 + math.sin(t * math.pi * rng.uniform(0.8, 1.4)) * px * 0.18
        else:
            xx = x0 + tl * 0.6 + t * tl * 0.5
            yy = y0 + px * (0.9 - 0.8 * t) + math.sin(t * 6.3) * px * 0.12
        pts.append((min(w - 2, xx), min(h - 2, max(2, yy))))
    d.line(pts, fill=255, width=lw, joint="curve")
    shear = rng.uniform(0.05, 0.3)
    mask = mask.transform(
        mask.size, Image.AFFINE, (1, shear, -shear * h * 0.5, 0, 1, 0), resample=Image.BICUBIC
    )
    mask = mask.rotate(rng.uniform(-6, 8), resample=Image.BICUBIC)
    ink = rng.choice(INKS)
    out = Image.new("RGBA", (w, h), ink + (0,))
    out.putalpha(mask.filter(ImageFilter.GaussianBlur(0.6)))
    return out
