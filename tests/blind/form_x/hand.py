"""Handwriting on a page raster: glyph-by-glyph pen text, ticks, signatures, strikes.

Everything works in pixels on an alpha layer that is composited onto the page with
the pen colour, so overlapping strokes darken like ink.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache, lru_cache

import cv2
import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts"
HAND_FONTS = {
    "dkg": f"{FONT_DIR}/truetype/fifthhorseman/dkg.ttf",
    "dkg_it": f"{FONT_DIR}/truetype/fifthhorseman/dkgIt.ttf",
    "breip": f"{FONT_DIR}/truetype/breip/Breip.ttf",
    "kaushan": f"{FONT_DIR}/opentype/kaushanscript/KaushanScript-Regular.otf",
    "dancing": f"{FONT_DIR}/opentype/dancingscript/DancingScript-Regular.otf",
    "ecolier": f"{FONT_DIR}/truetype/ecolier-court/Ecolier-court.ttf",
    "chancery": f"{FONT_DIR}/opentype/urw-base35/Z003-MediumItalic.otf",
}
# (capitals font, lower-case font, digits font, relative size of that hand)
HANDS = {
    "print_dkg": ("dkg", "dkg", "dkg", 1.0),
    "slanted_dkg": ("dkg_it", "dkg_it", "dkg_it", 1.0),
    "print_breip": ("breip", "breip", "dkg", 1.05),
    "marker": ("kaushan", "kaushan", "kaushan", 0.92),
    "mixed_dancing": ("breip", "dancing", "dancing", 1.02),
}
# thin fonts get a fatter nib so that they look like a ballpoint
BOLDEN = {
    "breip": 1,
    "ecolier": 0,
    "dancing": 0,
    "dkg": 0,
    "dkg_it": 0,
    "kaushan": 0,
    "chancery": 0,
}
SIG_FONTS = ["dancing", "kaushan", "ecolier", "chancery"]
# minimum gap after a capital/digit and after a lower-case letter, for print hands
GAPS = {"dkg": (0.12, 0.05), "dkg_it": (-0.04, None), "breip": (0.12, 0.05)}

PENS = {
    "blue_ballpoint": ((28, 45, 150), 0.86, 0),
    "dark_blue_gel": ((18, 30, 105), 0.95, 0),
    "black_ballpoint": ((30, 30, 36), 0.88, 0),
    "black_felt": ((15, 15, 20), 0.97, 1),
    "blue_felt": ((25, 50, 170), 0.93, 1),
}


@cache
def _cmap(key: str) -> frozenset:
    return frozenset(TTFont(HAND_FONTS[key], fontNumber=0).getBestCmap())


def cover(text: str, key: str) -> str:
    """What a writer using that font can put on paper (accents dropped if the font lacks them)."""
    cm = _cmap(key)
    out = []
    for ch in text:
        if ord(ch) in cm or ch == " ":
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(base if base and all(ord(b) in cm for b in base) else "")
    return "".join(out)


@lru_cache(maxsize=512)
def _font(key: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(HAND_FONTS[key], size)


@cache
def _cap(key: str) -> float:
    """Capital height / font size, so that every hand writes capitals of the asked height."""
    b = _font(key, 200).getbbox("H")
    return (b[3] - b[1]) / 200.0


def _fs(key: str, size: float) -> int:
    return max(6, int(round(size * 0.72 / _cap(key))))


@lru_cache(maxsize=4096)
def _adv(key: str, fs: int, ch: str) -> float:
    """Pen advance after a glyph: print letters do not touch, spaces are generous."""
    font = _font(key, fs)
    adv = font.getlength(ch)
    if ch.strip() == "":
        return max(adv, fs * 0.32)
    gap = GAPS.get(key, (None, None))[1 if ch.islower() else 0]
    if gap is not None:
        adv = max(adv, font.getbbox(ch, anchor="ls")[2] + fs * gap)
    return adv


class Pen:
    """A pen writing on one page image (H x W x 3 uint8)."""

    def __init__(self, img: np.ndarray, rng, pen: str, hand: str, dpi: float):
        self.img = img
        self.rng = rng
        self.color, self.opacity, self.thick = PENS[pen]
        self.caps, self.lower, self.digits, self.hk = HANDS[hand]
        self.alpha = np.zeros(img.shape[:2], np.float32)
        self.dpi = dpi
        self.slant = rng.uniform(-4.0, 3.0)
        self.drift = rng.uniform(-0.012, 0.012)

    # ---------------------------------------------------------------- basics
    def pt(self, v: float) -> float:
        return v * self.dpi / 72.0

    def _stamp(self, mask: np.ndarray, x: int, y: int, strength: float) -> None:
        h, w = mask.shape
        H, W = self.alpha.shape
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(W, x + w), min(H, y + h)
        if x1 <= x0 or y1 <= y0:
            return
        sub = mask[y0 - y : y1 - y, x0 - x : x1 - x].astype(np.float32) / 255.0 * strength
        region = self.alpha[y0:y1, x0:x1]
        np.maximum(region, sub, out=region)

    def glyph(self, ch: str, x: float, base: float, size: float, key: str, angle: float) -> float:
        """Draw one glyph with its left at x and baseline at base; returns the advance."""
        rng = self.rng
        fs = _fs(key, size * rng.gauss(1.0, 0.045))
        font = _font(key, fs)
        adv = _adv(key, fs, ch)
        if ch.strip() == "":
            return adv * rng.uniform(0.9, 1.3)
        box = int(fs * 2.2)
        im = Image.new("L", (box, box), 0)
        ox, oy = fs * 0.5, fs * 1.45
        ImageDraw.Draw(im).text((ox, oy), ch, font=font, fill=255, anchor="ls")
        grow = self.thick + BOLDEN[key]
        if grow:
            im = im.filter(ImageFilter.MaxFilter(1 + 2 * grow))
        ang = angle + rng.gauss(0, 2.2)
        im = im.rotate(ang, resample=Image.BICUBIC, center=(ox, oy))
        if self.slant:
            k = math.tan(math.radians(self.slant))
            im = im.transform(im.size, Image.AFFINE, (1, k, -k * oy, 0, 1, 0), Image.BICUBIC)
        mask = np.asarray(im)
        strength = self.opacity * rng.uniform(0.78, 1.0)
        dy = rng.gauss(0, size * 0.035)
        self._stamp(mask, int(round(x - ox)), int(round(base + dy - oy)), strength)
        return adv * rng.gauss(1.0, 0.04)

    def font_for(self, ch: str) -> str:
        if ch.isupper():
            return self.caps
        if ch.isalpha():
            return self.lower
        return self.digits

    def text(
        self,
        x: float,
        base: float,
        s: str,
        size: float,
        spacing: float = 1.0,
        angle: float | None = None,
    ) -> float:
        """Free handwriting from (x, baseline); returns the end x."""
        size *= self.hk
        angle = self.rng.gauss(0, 0.8) if angle is None else angle
        start = x
        for ch in s:
            key = self.font_for(ch)
            yb = base - (x - start) * (math.tan(math.radians(angle)) + self.drift)
            x += self.glyph(ch, x, yb, size, key, angle) * spacing
        return x

    def text_width(self, s: str, size: float) -> float:
        size *= self.hk
        return sum(
            _adv(k, _fs(k, size), ch) * (1.1 if ch == " " else 1.0)
            for ch in s
            for k in [self.font_for(ch)]
        )

    def comb(self, cells: list, s: str, size_k: float = 0.78, skip: set | None = None) -> None:
        """One character per cell (pixel cells x0, y0, x1, y1 with y0 the top)."""
        rng = self.rng
        i = 0
        for ch in s:
            while skip and i in skip:
                i += 1
            if i < len(cells):
                x0, y0, x1, y1 = cells[i]
            else:  # ran out of boxes: keep writing past the comb
                x0, y0, x1, y1 = cells[-1]
                w = x1 - x0
                x0, x1 = x0 + w * (i - len(cells) + 1) * 0.8, x1 + w * (i - len(cells) + 1) * 0.8
            i += 1
            if ch == " ":
                continue
            h = y1 - y0
            size = h * size_k * self.hk
            key = self.font_for(ch)
            bb = _font(key, _fs(key, size)).getbbox(ch, anchor="ls")
            cx = (x0 + x1) / 2 - (bb[0] + bb[2]) / 2 + rng.gauss(0, (x1 - x0) * 0.06)
            base = y1 - h * rng.uniform(0.12, 0.2)
            self.glyph(ch, cx, base, size, key, rng.gauss(0, 1.0))

    # ---------------------------------------------------------------- strokes
    def stroke(self, pts, width: float, strength: float | None = None) -> None:
        """Polyline with pressure varying along it."""
        pts = np.asarray(pts, np.float64)
        if len(pts) < 2:
            return
        x0, y0 = np.floor(pts.min(axis=0) - 3 * width - 4).astype(int)
        x1, y1 = np.ceil(pts.max(axis=0) + 3 * width + 4).astype(int)
        x0, y0 = max(0, x0), max(0, y0)
        S = 3  # drawn at 3x then reduced, so that joins stay smooth
        layer = np.zeros((max(1, y1 - y0) * S, max(1, x1 - x0) * S), np.uint8)
        n = len(pts)
        ph, fq = self.rng.uniform(0, 6.3), self.rng.uniform(1.0, 3.0)
        for i in range(n - 1):
            t = i / max(1, n - 2)
            w = width * (0.7 + 0.35 * math.sin(math.pi * t) + 0.12 * math.sin(fq * 6.3 * t + ph))
            p = (int(round((pts[i][0] - x0) * S * 4)), int(round((pts[i][1] - y0) * S * 4)))
            q = (int(round((pts[i + 1][0] - x0) * S * 4)), int(round((pts[i + 1][1] - y0) * S * 4)))
            cv2.line(layer, p, q, 255, max(1, int(round(w * S))), cv2.LINE_AA, shift=2)
        layer = cv2.resize(
            layer, (layer.shape[1] // S, layer.shape[0] // S), interpolation=cv2.INTER_AREA
        )
        strength = self.opacity if strength is None else strength
        self._stamp(layer, x0, y0, strength * self.rng.uniform(0.85, 1.0))

    def line_w(self) -> float:
        return self.pt(0.75 + 0.5 * self.thick) * self.rng.uniform(0.85, 1.15)

    def tick(self, rect, kind: str = "cross") -> None:
        """Tick a box given in pixels (x0, y0, x1, y1)."""
        rng = self.rng
        x0, y0, x1, y1 = rect
        w, h = x1 - x0, y1 - y0
        o = w * rng.uniform(0.0, 0.35)
        lw = self.line_w()
        if kind == "cross":
            self.stroke(
                _bend([(x0 - o * 0.3, y0 - o * 0.4), (x1 + o * 0.4, y1 + o * 0.2)], rng), lw
            )
            self.stroke(
                _bend([(x1 + o * 0.2, y0 - o * 0.5), (x0 - o * 0.3, y1 + o * 0.3)], rng), lw
            )
        elif kind == "check":
            pts = [
                (x0 + w * 0.1, y0 + h * 0.5),
                (x0 + w * 0.42, y1 - h * 0.05),
                (x1 + o, y0 - h * rng.uniform(0.3, 0.8)),
            ]
            self.stroke(_smooth(pts, 14), lw)
        else:  # filled box
            for k in range(5):
                yy = y0 + h * (0.15 + 0.17 * k)
                self.stroke([(x0 + w * 0.1, yy), (x1 - w * 0.1, yy + h * 0.1)], lw)

    def strike(self, x0: float, x1: float, base: float, size: float, zigzag: bool) -> None:
        rng = self.rng
        lw = self.line_w()
        ym = base - size * 0.32
        if zigzag:
            pts, x, up = [], x0 - 3, True
            while x < x1 + 3:
                pts.append((x, ym + (-1 if up else 1) * size * 0.28 + rng.gauss(0, 1)))
                x += size * rng.uniform(0.18, 0.3)
                up = not up
            self.stroke(pts, lw)
        else:
            for k in range(rng.choice([1, 2])):
                dy = k * size * 0.16
                self.stroke(
                    _bend(
                        [(x0 - 4, ym + dy + rng.gauss(0, 2)), (x1 + 4, ym + dy + rng.gauss(0, 2))],
                        rng,
                    ),
                    lw,
                )

    def dot(self, x: float, y: float, r: float) -> None:
        layer = np.zeros((int(4 * r + 6), int(4 * r + 6)), np.uint8)
        c = int(2 * r + 3)
        cv2.ellipse(
            layer,
            (c, c),
            (max(1, int(r)), max(1, int(r * self.rng.uniform(0.6, 1.0)))),
            self.rng.uniform(0, 180),
            0,
            360,
            255,
            -1,
            cv2.LINE_AA,
        )
        self._stamp(layer, int(x - c), int(y - c), self.opacity)

    # ---------------------------------------------------------------- signature
    def signature(self, rect, given: str, surname: str, style: int) -> None:
        rng = self.rng
        x0, y0, x1, y1 = rect
        w, h = x1 - x0, y1 - y0
        cx = x0 + w * rng.uniform(0.1, 0.32)
        base = y0 + h * rng.uniform(0.55, 0.72)
        size = h * rng.uniform(0.28, 0.4)
        ang = rng.uniform(-9, 4)
        lw = self.line_w() * rng.uniform(0.8, 1.15)
        keep = (self.caps, self.lower, self.digits, self.hk, self.thick)
        sf = SIG_FONTS[style % len(SIG_FONTS)]
        if sf in ("chancery", "ecolier"):
            self.thick = 0
        self.caps = self.lower = self.digits = sf
        self.hk = 1.0
        words = surname.split() or ["X"]
        if len(words) > 1 and len(words[0]) <= 3:  # particles: EL, DE, DA, BEN, NGO...
            words = words[1:]
        sur = words[0].split("-")[0].capitalize()
        first = given[:1].upper() if given else ""
        if style % 3 == 0:
            word = f"{first}. {sur}" if rng.random() < 0.5 else sur
            end = self.text(cx, base, cover(word, sf), size, 0.92, ang)
        elif style % 3 == 1:
            end = self.text(cx, base, cover(first or sur[:1], sf), size * 1.35, 1.0, ang)
            end = self._scrawl(end - size * 0.1, base - size * 0.1, size, w * 0.35, lw, ang)
        else:
            word = cover(sur[: rng.randint(3, max(3, len(sur)))], sf)
            end = self.text(cx, base, word, size, 0.85, ang)
            end = self._scrawl(end, base - size * 0.15, size * 0.6, w * 0.12, lw, ang)
        self.caps, self.lower, self.digits, self.hk, self.thick = keep
        # flourish under or through the name
        yb = base + size * rng.uniform(0.05, 0.3) - (end - cx) * math.tan(math.radians(ang))
        pts = [
            (end + size * 0.2, base - size * 0.2),
            (end - (end - cx) * 0.4, yb + size * 0.2),
            (cx - size * 0.3, yb + rng.uniform(-0.1, 0.2) * size),
        ]
        if rng.random() < 0.8:
            self.stroke(_smooth(pts, 24), lw)
        if rng.random() < 0.3:
            self.dot(end + size * 0.35, base - size * 0.5, lw * 0.8)

    def _scrawl(self, x, y, size, length, lw, ang) -> float:
        """Looping cursive-like scribble (a prolate trochoid with varying loops)."""
        rng = self.rng
        loops = rng.randint(2, 5)
        length *= rng.uniform(1.0, 1.5)
        a = length / (2 * math.pi * loops)
        b = a * rng.uniform(1.15, 1.6)
        amp = size * rng.uniform(0.9, 1.5)
        mods = [rng.uniform(0.55, 1.25) for _ in range(loops + 2)]
        pts = []
        n = 40 * loops
        tilt = math.tan(math.radians(ang))
        for i in range(n):
            t = 2 * math.pi * loops * i / (n - 1)
            k = t / (2 * math.pi)
            j = int(k)
            m = mods[j] + (mods[j + 1] - mods[j]) * (k - j)
            px = x + a * t + b * math.sin(t)
            py = y + size * 0.25 - amp * m * (1 - math.cos(t)) * 0.5
            py -= (px - x) * tilt
            pts.append((px, py))
        self.stroke(pts, lw)
        return x + length

    # ---------------------------------------------------------------- output
    def apply(self) -> None:
        a = cv2.GaussianBlur(self.alpha, (0, 0), 0.45)[..., None]
        col = np.array(self.color, np.float32)[None, None, :]
        img = self.img.astype(np.float32)
        # ink: multiply-like darkening towards the pen colour
        out = img * (1 - a) + (img * col / 255.0) * a * 0.35 + col * a * 0.65
        self.img[...] = np.clip(out, 0, 255).astype(np.uint8)
        self.alpha[...] = 0


def _bend(pts, rng, n: int = 10):
    (ax, ay), (bx, by) = pts
    mx, my = (ax + bx) / 2, (ay + by) / 2
    L = math.hypot(bx - ax, by - ay)
    mx += rng.gauss(0, L * 0.05)
    my += rng.gauss(0, L * 0.05)
    return _smooth([(ax, ay), (mx, my), (bx, by)], n)


def _smooth(pts, n: int):
    """Quadratic/Catmull-like smoothing through control points."""
    pts = np.asarray(pts, np.float64)
    out = []
    for i in range(len(pts) - 1):
        p0 = pts[max(0, i - 1)]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[min(len(pts) - 1, i + 2)]
        for t in np.linspace(0, 1, n, endpoint=False):
            t2, t3 = t * t, t * t * t
            out.append(
                0.5
                * (
                    (2 * p1)
                    + (-p0 + p2) * t
                    + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                    + (-p0 + 3 * p1 - 3 * p2 + p3) * t3
                )
            )
    out.append(pts[-1])
    return out


def signature_png(
    rng, pen: str, given: str, surname: str, style: int, w: int = 700, h: int = 260
) -> Image.Image:
    """A signature on a transparent background (a scanned signature pasted into a PDF)."""
    img = np.full((h, w, 3), 255, np.uint8)
    p = Pen(img, rng, pen, "print_dkg", 200.0)
    p.signature((20, 10, w - 20, h - 10), given, surname, style)
    a = cv2.GaussianBlur(p.alpha, (0, 0), 0.6)
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., :3] = np.array(p.color, np.uint8)
    rgba[..., 3] = np.clip(a * 255, 0, 255).astype(np.uint8)
    ys, xs = np.nonzero(rgba[..., 3] > 8)
    m = 12
    box = (max(0, xs.min() - m), max(0, ys.min() - m), min(w, xs.max() + m), min(h, ys.max() + m))
    return Image.fromarray(rgba, "RGBA").crop(box)
