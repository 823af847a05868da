"""Handwriting on page images: pen strokes from handwriting fonts with per-glyph jitter,
ticks and crosses, and handwritten signatures (script name plus a flourish).

All drawing goes to an 'ink' layer (L mode, 255 = full ink) that `Pen.apply` lays on
the page with the pen's colour, so one page may receive several pens.
"""

from __future__ import annotations

import logging
import math
import random
import unicodedata
from functools import cache

import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

logging.getLogger("fontTools").setLevel(logging.ERROR)
F = "/usr/share/fonts/"
# block-letter hands (capitals one per comb box, or print writing)
PRINT_HANDS = [
    F + "truetype/fifthhorseman/dkg.ttf",
    F + "truetype/femkeklaver/femkeklaver.ttf",
    F + "opentype/comic-neue/ComicNeue-Regular.otf",
    F + "truetype/breip/Breip.ttf",
    F + "opentype/comic-neue/ComicNeue-Bold.otf",
]
# joined (cursive) hands
SCRIPT_HANDS = [
    F + "opentype/dancingscript/DancingScript-Regular.otf",
    F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    F + "truetype/ecolier-court/Ecolier-court.ttf",
    F + "opentype/dancingscript/DancingScript-Bold.otf",
]
SIGN_HANDS = [
    F + "opentype/dancingscript/DancingScript-Regular.otf",
    F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    F + "opentype/urw-base35/Z003-MediumItalic.otf",
    F + "opentype/dancingscript/DancingScript-Bold.otf",
]

INKS = {
    "blue_ballpoint": (28, 45, 135),
    "black_ballpoint": (30, 30, 38),
    "blue_gel": (20, 60, 190),
    "black_felt": (12, 12, 16),
    "royal_blue": (40, 70, 160),
}


@cache
def _cmap(path: str) -> frozenset:
    return frozenset(FTFont(path, fontNumber=0, lazy=True).getBestCmap())


@cache
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def strip_missing(text: str, path: str) -> str:
    """What the writer really puts down with this hand: accents dropped where the
    hand has no glyph (people often drop them anyway)."""
    cm = _cmap(path)
    out = []
    for ch in text:
        if ord(ch) in cm or ch == " ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if ord(base) in cm else "?")
    return "".join(out)


class Pen:
    """One writer with one pen on one page image (RGB)."""

    def __init__(
        self,
        rng: random.Random,
        size_px: tuple[int, int],
        ink: str,
        print_font: str,
        script_font: str,
        weight: int = 0,
    ):
        self.rng = rng
        self.ink = INKS[ink]
        self.layer = Image.new("L", size_px, 0)
        self.print_font = print_font
        self.script_font = script_font
        self.weight = weight  # 0 fine, 1 medium, 2 felt

    # ---- glyph placement --------------------------------------------------------
    def _glyph(self, ch, path, size, cx, baseline, angle):
        font = _font(path, size)
        asc, desc = font.getmetrics()
        bw = int(font.getlength(ch)) + size
        im = Image.new("L", (bw, asc + desc + size // 2), 0)
        ImageDraw.Draw(im).text((size // 2, size // 4), ch, font=font, fill=255)
        if angle:
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False)
        x = int(cx - size // 2)
        y = int(baseline - asc - size // 4)
        self._paste(im, x, y)
        return font.getlength(ch)

    def _paste(self, im, x, y):
        region = (x, y, x + im.width, y + im.height)
        cur = self.layer.crop(region)
        self.layer.paste(ImageChops.lighter(cur, im), region)

    def write(self, text, x, baseline, size, joined=False, slope=0.0, spacing=1.0):
        """Write a line starting at x (px) on the given baseline (px)."""
        rng = self.rng
        path = self.script_font if joined else self.print_font
        text = strip_missing(text, path)
        if joined:
            # joined writing: whole words, jitter per word
            cx = x
            for word in text.split(" "):
                if not word:
                    cx += size * 0.35
                    continue
                s = max(8, int(size * rng.uniform(0.94, 1.06)))
                by = baseline + (cx - x) * slope + rng.uniform(-1.5, 1.5)
                font = _font(path, s)
                asc, desc = font.getmetrics()
                wl = int(font.getlength(word)) + s
                im = Image.new("L", (wl, asc + desc + s // 2), 0)
                ImageDraw.Draw(im).text((s // 2, s // 4), word, font=font, fill=255)
                im = im.rotate(rng.uniform(-2.0, 2.0), resample=Image.BICUBIC)
                self._paste(im, int(cx - s // 2), int(by - asc - s // 4))
                cx += font.getlength(word) + size * rng.uniform(0.28, 0.42)
            return cx
        cx = x
        for ch in text:
            if ch == " ":
                cx += size * rng.uniform(0.3, 0.42) * spacing
                continue
            s = max(8, int(size * rng.uniform(0.92, 1.08)))
            by = baseline + (cx - x) * slope + rng.uniform(-1.6, 1.6)
            adv = self._glyph(ch, path, s, cx, by, rng.uniform(-5, 5))
            cx += adv * spacing * rng.uniform(0.95, 1.08)
        return cx

    def comb(self, text, centres, baseline, size):
        """Capitals one per comb box."""
        text = strip_missing(text, self.print_font)
        rng = self.rng
        for ch, cx in zip(text, centres):
            if ch == " ":
                continue
            s = max(8, int(size * rng.uniform(0.9, 1.07)))
            font = _font(self.print_font, s)
            w = font.getlength(ch)
            self._glyph(
                ch,
                self.print_font,
                s,
                cx - w / 2 + rng.uniform(-1.5, 1.5),
                baseline + rng.uniform(-1.5, 1.5),
                rng.uniform(-6, 6),
            )

    # ---- marks ------------------------------------------------------------------
    def _stroke(self, pts, width):
        d = ImageDraw.Draw(self.layer)
        d.line([(int(a), int(b)) for a, b in pts], fill=255, width=width, joint="curve")

    def tick(self, x, y, s, style="cross"):
        """Mark a box whose top-left corner is (x, y) px and side s px."""
        rng = self.rng
        w = max(2, int(s / 7))
        j = lambda: rng.uniform(-s * 0.08, s * 0.08)  # noqa: E731
        if style == "cross":
            self._stroke(
                [(x + s * 0.1 + j(), y + s * 0.1 + j()), (x + s * 0.9 + j(), y + s * 0.92 + j())], w
            )
            self._stroke(
                [(x + s * 0.88 + j(), y + s * 0.08 + j()), (x + s * 0.12 + j(), y + s * 0.9 + j())],
                w,
            )
        elif style == "check":
            pts = [
                (x + s * 0.05 + j(), y + s * 0.5 + j()),
                (x + s * 0.4 + j(), y + s * 0.9),
                (x + s * 1.25 + j(), y - s * 0.35 + j()),
            ]
            self._stroke(pts, w)
        else:  # filled blot
            d = ImageDraw.Draw(self.layer)
            d.ellipse([x + s * 0.2, y + s * 0.2, x + s * 0.8, y + s * 0.8], fill=255)

    def dot(self, x, y, r):
        ImageDraw.Draw(self.layer).ellipse([x - r, y - r, x + r, y + r], fill=235)

    def signature(self, name, box, sign_font):
        """A script name with a flourish inside box = (x, y, w, h) px (top-left)."""
        rng = self.rng
        x, y, w, h = box
        size = int(h * rng.uniform(0.34, 0.46))
        name = strip_missing(name, sign_font)
        font = _font(sign_font, size)
        tw = font.getlength(name)
        while tw > w * 0.8 and size > 12:
            size -= 2
            font = _font(sign_font, size)
            tw = font.getlength(name)
        asc, desc = font.getmetrics()
        im = Image.new("L", (int(tw) + size * 2, asc + desc + size), 0)
        ImageDraw.Draw(im).text((size, size // 3), name, font=font, fill=255)
        im = im.rotate(rng.uniform(-9, 4), resample=Image.BICUBIC, expand=True)
        sx = x + rng.uniform(0.05, 0.4) * max(1.0, w - im.width) - size * 0.5
        sy = y + h * rng.uniform(0.45, 0.55) - im.height / 2
        self._paste(im, int(sx), int(sy))
        # flourish: a swinging stroke from the end of the name back under it
        x_end = sx + im.width - size
        base = sy + im.height * 0.65
        pts = []
        n = 40
        amp = h * rng.uniform(0.05, 0.12)
        for i in range(n + 1):
            t = i / n
            px = max(x + 4, x_end - t * (im.width - size * 0.8) * rng.uniform(0.98, 1.02))
            py = base + amp * math.sin(t * math.pi * rng.choice([1.0, 1.5, 2.0])) + t * 6
            pts.append((px, py))
        self._stroke(pts, max(2, int(size / 14)))

    def apply(self, page: Image.Image) -> Image.Image:
        lay = self.layer
        if self.weight == 2:
            lay = lay.filter(ImageFilter.MaxFilter(3))
        lay = lay.filter(ImageFilter.GaussianBlur(0.6 + 0.3 * self.weight))
        a = np.asarray(lay, dtype=np.float32)[..., None] / 255.0
        rng = np.random.default_rng(self.rng.randrange(1 << 30))
        # ballpoint: uneven pressure
        a = (
            a
            * rng.uniform(0.78, 1.0, size=(a.shape[0] // 64 + 1, 1, 1)).repeat(64, 0)[: a.shape[0]]
        )
        base = np.asarray(page.convert("RGB"), dtype=np.float32)
        ink = np.array(self.ink, dtype=np.float32)[None, None, :]
        out = base * (1 - a) + np.minimum(base, ink) * a
        return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def signature_png(rng: random.Random, name: str, sign_font: str, ink: str) -> Image.Image:
    """A signature on a transparent background (for pasting into a PDF)."""
    w, h = 900, 330
    pen = Pen(rng, (w, h), ink, PRINT_HANDS[0], sign_font, weight=1)
    pen.signature(name, (0, 0, w, h), sign_font)
    lay = pen.layer.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(0.8))
    img = Image.new("RGBA", (w, h), INKS[ink] + (0,))
    img.putalpha(lay)
    return img.crop(img.getbbox() or (0, 0, w, h))
