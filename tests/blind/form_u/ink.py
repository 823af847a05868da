"""Pen ink on a page raster: per-glyph jittered handwriting from installed script fonts,
ticks and crosses, signatures with a flourish, stray marks."""

from __future__ import annotations

import math
from functools import cache, lru_cache

import cv2
import numpy as np
from fontTools.ttLib import TTFont as FTFont
from people import strip_accents
from PIL import Image, ImageDraw, ImageFilter, ImageFont

F = "/usr/share/fonts/"
# name -> (path, thicken px at 200 dpi, capitals only)
HAND_FONTS = {
    "dancing": (F + "opentype/dancingscript/DancingScript-Regular.otf", 0, False),
    "dkg": (F + "truetype/fifthhorseman/dkg.ttf", 0, False),
    "dkg_it": (F + "truetype/fifthhorseman/dkgIt.ttf", 0, False),
    "humor": (F + "truetype/humor-sans/Humor-Sans.ttf", 0, True),
    "rufscript": (F + "truetype/rufscript/Rufscript010.ttf", 0, False),
    "ecolier": (F + "truetype/ecolier-court/Ecolier-court.ttf", 1, False),
    "comic_light": (F + "opentype/comic-neue/ComicNeue-Light.otf", 0, False),
}
SIG_FONTS = {
    "dancing_b": F + "opentype/dancingscript/DancingScript-Bold.otf",
    "kaushan": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "z003": F + "opentype/urw-base35/Z003-MediumItalic.otf",
    "ecolier": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "breip": F + "truetype/breip/Breip.ttf",
    "dancing": F + "opentype/dancingscript/DancingScript-Regular.otf",
}
INKS = {
    "blue": [(22, 42, 140), (30, 55, 160), (15, 35, 115), (40, 60, 150)],
    "black": [(28, 28, 34), (40, 40, 48), (20, 22, 30)],
}


@cache
def _cmap(path: str) -> frozenset:
    return frozenset(FTFont(path, fontNumber=0).getBestCmap().keys())


@lru_cache(maxsize=512)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def writable(text: str, font_key: str) -> str:
    """What the writer actually puts down with this hand: accents dropped when the hand
    (font) has no such glyph, capitals when the hand only does capitals."""
    path, _, caps = HAND_FONTS[font_key]
    if caps:
        text = text.upper()
    cm = _cmap(path)
    if all(ord(ch) in cm or ch == " " for ch in text):
        return text
    return strip_accents(text)


class Pen:
    """One writer: a hand (font), an ink, a size and a slant, with per-glyph jitter."""

    def __init__(self, rng, dpi: float, ink: str | None = None, font_key: str | None = None):
        self.rng = rng
        self.dpi = dpi
        self.ink_name = ink or rng.choice(["blue", "blue", "black"])
        self.color = np.array(rng.choice(INKS[self.ink_name]), dtype=np.float32)
        self.font_key = font_key or rng.choice(list(HAND_FONTS))
        self.slant = rng.uniform(-0.12, 0.22)
        self.size_k = rng.uniform(0.92, 1.12)
        self.drift = rng.uniform(-0.8, 0.8)  # degrees of line drift
        self.opacity = rng.uniform(0.82, 0.96)

    def px(self, pt: float) -> float:
        return pt * self.dpi / 72.0

    def _glyph(self, ch: str, size: int, angle: float, slant: float):
        path, thick, _ = HAND_FONTS[self.font_key]
        font = _font(path, max(6, size))
        pad = size
        w = int(font.getlength(ch)) + 2 * pad
        im = Image.new("L", (max(w, 2), size * 2 + pad), 0)
        ImageDraw.Draw(im).text((pad, pad), ch, font=font, fill=255, anchor="ls")
        if thick:
            im = im.filter(ImageFilter.MaxFilter(3))
        if abs(slant) > 0.01:
            im = im.transform(im.size, Image.AFFINE, (1, slant, -slant * pad, 0, 1, 0),
                              resample=Image.BICUBIC)  # fmt: skip
        if abs(angle) > 0.05:
            im = im.rotate(angle, resample=Image.BICUBIC, center=(pad, pad))
        return np.asarray(im, dtype=np.float32) / 255.0, pad, font.getlength(ch)

    def _blend(self, page: np.ndarray, mask: np.ndarray, x: int, y: int) -> None:
        h, w = mask.shape
        H, W = page.shape[:2]
        x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
        if x1 <= x0 or y1 <= y0:
            return
        m = mask[y0 - y : y1 - y, x0 - x : x1 - x] * self.opacity
        m = m * (0.85 + 0.15 * np.asarray(self._grain(m.shape), dtype=np.float32))
        region = page[y0:y1, x0:x1].astype(np.float32)
        region = region * (1 - m[..., None]) + self.color * m[..., None]
        page[y0:y1, x0:x1] = region.astype(np.uint8)

    def _grain(self, shape):
        seed = self.rng.randint(0, 2**31 - 1)
        return np.random.default_rng(seed).random(shape)

    def write(self, page, text: str, x: float, base: float, size_pt: float, max_w: float = 0):
        """Write text starting at pixel x on pixel baseline base; shrink to max_w pixels."""
        rng = self.rng
        path = HAND_FONTS[self.font_key][0]
        size = self.px(size_pt) * self.size_k
        if max_w:
            est = _font(path, int(size)).getlength(text) * 1.04
            if est > max_w:
                size *= max_w / est
        cx = x + rng.uniform(-2, 4)
        drift = math.tan(math.radians(self.drift + rng.uniform(-0.5, 0.5)))
        for ch in text:
            if ch == " ":
                cx += _font(path, int(size)).getlength(" ") * rng.uniform(0.8, 1.3)
                continue
            s = int(size * rng.uniform(0.93, 1.07))
            ang = rng.gauss(0, 2.2)
            sl = self.slant + rng.gauss(0, 0.04)
            mask, pad, adv = self._glyph(ch, s, ang, sl)
            by = base + (cx - x) * -drift + rng.gauss(0, size * 0.03)
            self._blend(page, mask, int(cx - pad), int(by - pad))
            cx += adv * rng.uniform(0.96, 1.08) + rng.uniform(-0.5, 1.2)
        return cx

    def write_comb(self, page, text: str, cells: list, size_k: float = 0.98):
        """One capital per comb cell (cells in pixels: x, y_top, w, h)."""
        rng = self.rng
        path = HAND_FONTS[self.font_key][0]
        for ch, (cx, cy, cw, chh) in zip(text, cells):
            if ch == " ":
                continue
            s = int(chh * size_k * rng.uniform(0.9, 1.06))
            mask, pad, adv = self._glyph(ch, s, rng.gauss(0, 2.5), self.slant * 0.5)
            x = cx + (cw - adv) / 2 + rng.gauss(0, cw * 0.05)
            base = cy + chh * 0.84 + rng.gauss(0, chh * 0.04)
            self._blend(page, mask, int(x - pad), int(base - pad))
        del path

    def stroke(self, page, pts, width: float):
        """A pen stroke through pixel points (anti-aliased, rounded)."""
        H, W = page.shape[:2]
        mask = np.zeros((H, W), dtype=np.uint8)
        arr = np.array(pts, dtype=np.float64)
        xs, ys = arr[:, 0], arr[:, 1]
        x0, y0 = int(max(xs.min() - 20, 0)), int(max(ys.min() - 20, 0))
        x1, y1 = int(min(xs.max() + 20, W)), int(min(ys.max() + 20, H))
        sub = mask[y0:y1, x0:x1]
        p = np.round((arr - [x0, y0]) * 16).astype(np.int32).reshape(-1, 1, 2)
        cv2.polylines(sub, [p], False, 255, max(1, int(round(width))), cv2.LINE_AA, shift=4)
        self._blend(page, sub.astype(np.float32) / 255.0, x0, y0)

    def tick(self, page, box, kind: str | None = None):
        """Tick a box (pixels x, y_top, size) with a cross or a check mark."""
        rng = self.rng
        x, y, s = box
        kind = kind or rng.choice(["cross", "cross", "check", "fill"])
        w = max(2.0, self.px(0.9))
        j = lambda v: v + rng.gauss(0, s * 0.06)  # noqa: E731
        if kind == "cross":
            self.stroke(
                page, [(j(x + s * 0.1), j(y + s * 0.1)), (j(x + s * 0.9), j(y + s * 0.95))], w
            )
            self.stroke(
                page, [(j(x + s * 0.9), j(y + s * 0.05)), (j(x + s * 0.12), j(y + s * 0.9))], w
            )
        elif kind == "check":
            pts = [(j(x + s * 0.1), j(y + s * 0.5)), (j(x + s * 0.4), j(y + s * 0.9)),
                   (j(x + s * 1.1), j(y - s * 0.3))]  # fmt: skip
            self.stroke(page, pts, w)
        else:  # a scribbled fill
            pts = []
            for i in range(6):
                pts.append((j(x + s * 0.15), j(y + s * (0.15 + i * 0.13))))
                pts.append((j(x + s * 0.85), j(y + s * (0.2 + i * 0.13))))
            self.stroke(page, pts, w * 0.8)

    def dot(self, page, x, y):
        r = self.px(rng_uniform(self.rng, 1.0, 1.8))
        self.stroke(page, [(x, y), (x + r * 0.6, y + r * 0.3)], r * 1.6)


def rng_uniform(rng, a, b):
    return rng.uniform(a, b)


def signature_mask(rng, name: str, h_px: int) -> np.ndarray:
    """A signature as a float mask: script name (often initial + surname) plus a flourish."""
    key = rng.choice(list(SIG_FONTS))
    path = SIG_FONTS[key]
    size = int(h_px * rng.uniform(0.42, 0.58))
    font = _font(path, size)
    text = name
    tw = int(font.getlength(text)) + size * 2
    im = Image.new("L", (tw, int(size * 2.6)), 0)
    d = ImageDraw.Draw(im)
    cx = size * 0.5
    for ch in text:
        d.text((cx, size * 1.5 + rng.gauss(0, size * 0.04)), ch, font=font, fill=255, anchor="ls")
        cx += font.getlength(ch) * rng.uniform(0.86, 0.98)
    arr = np.asarray(im).copy()
    # flourish: a swoosh under or through the name
    n = 40
    x0, x1 = size * 0.3, cx + rng.uniform(0, size)
    yb = size * rng.uniform(1.6, 1.95)
    amp = size * rng.uniform(0.1, 0.35)
    ph = rng.uniform(0, math.pi)
    pts = [(x0 + (x1 - x0) * t / n, yb + amp * math.sin(ph + 2 * math.pi * t / n * rng.uniform(0.7, 1.2)))
           for t in range(n + 1)]  # fmt: skip
    if rng.random() < 0.5:
        pts.append((x1 - size * 0.8, yb - size * 0.9))
    p = np.round(np.array(pts) * 16).astype(np.int32).reshape(-1, 1, 2)
    cv2.polylines(arr, [p], False, 255, max(2, size // 14), cv2.LINE_AA, shift=4)
    arr = arr.astype(np.float32) / 255.0
    ys, xs = np.nonzero(arr > 0.05)
    arr = arr[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    ang = rng.uniform(-4, 12)
    m = Image.fromarray((arr * 255).astype(np.uint8)).rotate(
        ang, expand=True, resample=Image.BICUBIC
    )
    return np.asarray(m, dtype=np.float32) / 255.0


def place_signature(pen: Pen, page, box, name: str) -> None:
    """Sign inside box (pixels x, y_top, w, h)."""
    rng = pen.rng
    x, y, w, h = box
    mask = signature_mask(rng, name, int(h * rng.uniform(0.55, 0.8)))
    mh, mw = mask.shape
    k = min(1.0, (w * 0.88) / mw, (h * 0.92) / mh)
    if k < 1.0:
        mask = cv2.resize(
            mask, (max(1, int(mw * k)), max(1, int(mh * k))), interpolation=cv2.INTER_AREA
        )
        mh, mw = mask.shape
    px = int(x + rng.uniform(0.05, max(0.06, 1 - mw / w - 0.04)) * w)
    py = int(y + (h - mh) * rng.uniform(0.25, 0.75))
    pen._blend(page, mask, px, py)


def signature_png(rng, name: str, h_px: int, color) -> Image.Image:
    """A signature image with transparency, as pasted into a fillable PDF."""
    mask = signature_mask(rng, name, h_px)
    a = (np.clip(mask * 1.1, 0, 1) * 255).astype(np.uint8)
    rgba = np.zeros(mask.shape + (4,), dtype=np.uint8)
    rgba[..., :3] = color
    rgba[..., 3] = a
    return Image.fromarray(rgba, "RGBA")
