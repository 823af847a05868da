"""Pen-like handwriting on a raster page: capitals one per comb box, lines of text,
ticks, crosses, dates, signatures and stray marks.

Glyphs come from installed handwriting fonts (Comic Neue, dkg, Breip, Humor Sans,
Dancing Script, Kaushan Script, Ecolier, Z003), each letter jittered (size, slant,
position) and pressed into an ink mask; strokes (ticks, flourishes, dots) are drawn
at 3x and reduced so their edges are smooth.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
from fk_form import PAGE_H, Box, Comb, Line, Rect
from fontTools.ttLib import TTCollection, TTFont
from PIL import Image, ImageChops, ImageDraw, ImageFont

OT = "/usr/share/fonts/opentype"
TT = "/usr/share/fonts/truetype"

# print-style hands used for capitals and lines: (path, size factor, extra stroke px at 200 dpi)
PRINT_HANDS = {
    "comic": (f"{OT}/comic-neue/ComicNeue-Regular.otf", 1.0, 0.0),
    "comic_bold": (f"{OT}/comic-neue/ComicNeue-Bold.otf", 1.0, 0.0),
    "dkg": (f"{TT}/fifthhorseman/dkg.ttf", 1.05, 0.0),
    "dkg_bold": (f"{TT}/fifthhorseman/dkgBd.ttf", 1.05, 0.0),
    "breip": (f"{TT}/breip/Breip.ttf", 1.1, 1.0),
    "humor": (f"{TT}/humor-sans/Humor-Sans.ttf", 0.95, 0.0),
}
DIGIT_HANDS = {"dkg": "comic", "dkg_bold": "comic_bold", "breip": "comic"}
FALLBACK_HAND = f"{TT}/dejavu/DejaVuSans.ttf"

SIGN_HANDS = {
    "dancing": (f"{OT}/dancingscript/DancingScript-Bold.otf", 1.0),
    "kaushan": (f"{OT}/kaushanscript/KaushanScript-Regular.otf", 0.9),
    "ecolier": (f"{TT}/ecolier-court/Ecolier-court.ttf", 1.1),
    "z003": (f"{OT}/urw-base35/Z003-MediumItalic.otf", 1.05),
    "dkg_it": (f"{TT}/fifthhorseman/dkgIt.ttf", 0.95),
}

INKS = {
    "blue": (22, 38, 128),
    "blue_dark": (18, 28, 96),
    "black": (24, 24, 30),
    "blue_gel": (30, 52, 160),
}


@cache
def _cmap(path: str) -> frozenset:
    if not os.path.exists(path):
        return frozenset()
    if path.endswith(".ttc"):
        f = TTCollection(path).fonts[0]
    else:
        f = TTFont(path, lazy=True)
    cm = f.getBestCmap() or {}
    return frozenset(cm.keys())


@lru_cache(maxsize=512)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    if not os.path.exists(path):
        path = FALLBACK_HAND
    return ImageFont.truetype(path, size)


@cache
def cap_ratio(path: str, probe: str = "H") -> float:
    """Height of a capital H (or another probe letter) relative to the font size."""
    f = _font(path, 200)
    box = f.getbbox(probe)
    return max(0.2, (box[3] - box[1]) / 200.0)


def has_glyphs(path: str, text: str) -> bool:
    cm = _cmap(path)
    return all(ord(ch) in cm or ch == " " for ch in text)


@dataclass
class Hand:
    """One writer's habits."""

    print_font: str
    sign_font: str
    ink: tuple[int, int, int]
    slant: float  # degrees, positive leans right
    jitter: float  # 0..1
    size: float  # relative letter size in a comb cell
    tick: str  # "x", "check", "fill"
    caps_lines: bool  # write free lines in capitals
    drop_accents: bool
    sig_style: str  # "name", "initial_scribble", "scribble"


def random_hand(rng: random.Random) -> Hand:
    h = Hand(
        print_font=rng.choice(
            ["comic", "comic", "comic_bold", "comic_bold", "dkg", "dkg_bold", "breip", "humor"]
        ),
        sign_font=rng.choice(list(SIGN_HANDS)),
        ink=INKS[rng.choice(["blue", "blue", "blue_dark", "black", "black", "blue_gel"])],
        slant=rng.uniform(-3.0, 7.0),
        jitter=rng.uniform(0.35, 1.0),
        size=rng.uniform(0.62, 0.74),
        tick=rng.choice(["x", "x", "check", "check", "fill"]),
        caps_lines=rng.random() < 0.55,
        drop_accents=rng.random() < 0.4,
        sig_style=rng.choice(["name", "name", "initial_scribble", "scribble"]),
    )
    if h.print_font == "humor":  # a capitals-only hand
        h.caps_lines = True
    return h


def _catmull(points: list[tuple[float, float]], steps: int = 10) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            x = 0.5 * (
                2 * p1[0]
                + (-p0[0] + p2[0]) * t
                + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3
            )
            y = 0.5 * (
                2 * p1[1]
                + (-p0[1] + p2[1]) * t
                + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3
            )
            out.append((x, y))
    out.append(points[-1])
    return out


class HandCanvas:
    """Ink layer over one page raster. Coordinates in PDF points (origin bottom-left)."""

    def __init__(self, size_px: tuple[int, int], scale: float, rng: random.Random, hand: Hand):
        self.w, self.h = size_px
        self.s = scale
        self.rng = rng
        self.hand = hand
        self.mask = Image.new("L", size_px, 0)
        self.pen = max(2.0, 0.42 * scale * 1.9)  # ~0.5 mm ballpoint line in px

    # -- coordinate helpers ------------------------------------------------------
    def px(self, x: float, y: float) -> tuple[float, float]:
        return x * self.s, (PAGE_H - y) * self.s

    def _paste(self, patch: Image.Image, cx: float, cy: float) -> None:
        x0 = int(round(cx - patch.width / 2))
        y0 = int(round(cy - patch.height / 2))
        box = (
            max(0, x0),
            max(0, y0),
            min(self.w, x0 + patch.width),
            min(self.h, y0 + patch.height),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            return
        crop = patch.crop((box[0] - x0, box[1] - y0, box[2] - x0, box[3] - y0))
        region = self.mask.crop(box)
        self.mask.paste(ImageChops.lighter(region, crop), box)

    # -- glyphs ------------------------------------------------------------------
    def glyph(
        self,
        ch: str,
        cx: float,
        base_y: float,
        size_px: float,
        font_key: str | None = None,
        angle: float = 0.0,
        ratio: float | None = None,
    ) -> float:
        """Draw one character centred on cx with its baseline at base_y (pixels). Returns advance."""
        key = font_key or self.hand.print_font
        if (
            ch.isdigit() and key in DIGIT_HANDS
        ):  # dkg and Breip digits are ambiguous: write plain ones
            key = DIGIT_HANDS[key]
            ratio = None
        path, _, extra = PRINT_HANDS.get(key, PRINT_HANDS["comic"])
        if not has_glyphs(path, ch):
            path, _, extra = PRINT_HANDS["comic"]
            ratio = None
            if not has_glyphs(path, ch):
                path = FALLBACK_HAND
        size = max(6, int(size_px * (ratio or 0.7 / cap_ratio(path))))
        f = _font(path, size)
        pad = size
        patch = Image.new("L", (size * 2 + pad, size * 2 + pad), 0)
        d = ImageDraw.Draw(patch)
        sw = int(round(extra * self.s / 2.78))
        d.text(
            (patch.width / 2, patch.height / 2),
            ch,
            font=f,
            fill=255,
            anchor="ms",
            stroke_width=sw,
            stroke_fill=255,
        )
        if angle:
            patch = patch.rotate(
                angle, resample=Image.BICUBIC, center=(patch.width / 2, patch.height / 2)
            )
        self._paste(patch, cx, base_y)
        return f.getlength(ch) + 2 * sw

    def comb(self, el: Comb, text: str) -> None:
        h = self.hand
        rng = self.rng
        cw, ch = el.cw * self.s, el.ch * self.s
        x0, ybot = self.px(el.x, el.y)
        size = ch * h.size * 0.86 / 0.7  # glyph() turns this into a cap height of ~0.53-0.64 cell
        for i, c in enumerate(text[: el.n]):
            if c == " ":
                continue
            j = h.jitter
            cx = x0 + (i + 0.5) * cw + rng.uniform(-0.07, 0.07) * cw * j
            base = ybot - ch * 0.2 + rng.uniform(-0.05, 0.06) * ch * j
            ang = -h.slant + rng.uniform(-3.5, 3.5) * j
            sz = size * (1 + rng.uniform(-0.06, 0.06) * j)
            if c in ",.'":
                base -= 0 if c != "'" else -ch * 0.35
            self.glyph(c, cx, base, sz, angle=ang)

    def line(self, el: Line, text: str, size_pt: float | None = None, start: float = 0.06) -> None:
        """Write text along a ruled line (print style, one glyph at a time)."""
        if not text:
            return
        h = self.hand
        rng = self.rng
        size_px = (size_pt or min(el.h * 0.95, 13.5)) * self.s
        path = PRINT_HANDS.get(h.print_font, PRINT_HANDS["comic"])[0]
        path = path if os.path.exists(path) else FALLBACK_HAND
        ratio = 0.7 / cap_ratio(path)
        if any(c.islower() for c in text):  # balance capitals and small letters
            ratio = 0.25 * ratio + 0.75 * (0.48 / cap_ratio(path, "x"))
        f = _font(path, max(6, int(size_px * ratio)))
        avail = el.w * self.s * (1 - start - 0.02)
        width = sum(f.getlength(c) for c in text) * 1.06
        if width > avail:
            size_px *= avail / width
        x, base = self.px(el.x + el.w * start, el.y + 2.0)
        drift = rng.uniform(-0.012, 0.012)
        f = _font(path, max(6, int(size_px * ratio)))
        for c in text:
            adv = f.getlength(c)
            if c != " ":
                ang = -h.slant + rng.uniform(-2.5, 2.5) * h.jitter
                self.glyph(
                    c,
                    x + adv / 2,
                    base + rng.uniform(-0.6, 0.6) * h.jitter * self.s,
                    size_px,
                    angle=ang,
                    ratio=ratio,
                )
            x += adv * (1.04 + rng.uniform(0, 0.05))
            base += adv * drift

    # -- strokes -----------------------------------------------------------------
    def stroke(
        self, pts: list[tuple[float, float]], width: float | None = None, smooth: bool = True
    ) -> None:
        """Pen stroke through pixel points."""
        width = width or self.pen
        if smooth and len(pts) >= 3:
            pts = _catmull(pts, 8)
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        k = 3
        pad = width * 2 + 4
        x0, y0 = min(xs) - pad, min(ys) - pad
        W = int((max(xs) - x0 + pad) * k) + 1
        H = int((max(ys) - y0 + pad) * k) + 1
        patch = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(patch)
        sp = [((x - x0) * k, (y - y0) * k) for x, y in pts]
        wk = max(1, int(round(width * k)))
        d.line(sp, fill=255, width=wk, joint="curve")
        r = wk / 2
        for p in (sp[0], sp[-1]):
            d.ellipse((p[0] - r, p[1] - r, p[0] + r, p[1] + r), fill=255)
        patch = patch.reduce(k)
        cx = x0 + patch.width / 2
        cy = y0 + patch.height / 2
        self._paste(patch, cx, cy)

    def tick(self, el: Box, style: str | None = None) -> None:
        style = style or self.hand.tick
        rng = self.rng
        s = el.s * self.s
        x0, y1 = self.px(el.x, el.y)  # bottom-left in px
        y0 = y1 - s

        def P(u, v):
            return (
                x0 + u * s + rng.uniform(-0.04, 0.04) * s,
                y0 + v * s + rng.uniform(-0.04, 0.04) * s,
            )

        if style == "x":
            self.stroke([P(0.08, 0.05), P(0.5, 0.5), P(0.95, 0.97)], smooth=True)
            self.stroke([P(0.92, 0.02), P(0.48, 0.52), P(0.05, 0.95)], smooth=True)
        elif style == "check":
            self.stroke([P(0.1, 0.5), P(0.38, 0.88), P(0.75, 0.3), P(1.15, -0.25)], smooth=True)
        else:
            pts = []
            for i in range(7):
                v = 0.15 + i * 0.12
                pts += [P(0.15, v), P(0.85, v + 0.05)]
            self.stroke(pts, smooth=False)

    def dot(self, x: float, y: float, r: float) -> None:
        self.stroke([(x - r * 0.3, y), (x + r * 0.3, y + r * 0.2)], width=r * 2, smooth=False)

    # -- signatures and marks ----------------------------------------------------------
    def signature(self, el: Rect, name_text: str, initials: str) -> None:
        h = self.hand
        rng = self.rng
        bx, by_bottom = self.px(el.x, el.y)
        bw, bh = el.w * self.s, el.h * self.s
        top = by_bottom - bh
        if el.caption_xy:
            top += 16 * self.s
        cx = bx + bw * rng.uniform(0.35, 0.55)
        base = top + (by_bottom - top) * rng.uniform(0.58, 0.7)
        path, fac = SIGN_HANDS.get(h.sign_font, SIGN_HANDS["dancing"])
        if not has_glyphs(path, name_text):
            path, fac = SIGN_HANDS["dancing"]
        target_h = bh * rng.uniform(0.34, 0.44)
        style = h.sig_style
        text = name_text if style == "name" else initials
        fsz = max(8, int(target_h * fac))
        f = _font(path, fsz)
        tw = f.getlength(text)
        maxw = bw * 0.62
        if tw > maxw:
            fsz = max(8, int(fsz * maxw / tw))
            f = _font(path, fsz)
            tw = f.getlength(text)
        sw = max(1, int(round(self.pen / 2.6)))
        if style != "scribble":
            patch = Image.new("L", (int(tw + fsz * 2), int(fsz * 3)), 0)
            d = ImageDraw.Draw(patch)
            d.text(
                (patch.width / 2, patch.height * 0.62),
                text,
                font=f,
                fill=255,
                anchor="ms",
                stroke_width=sw,
                stroke_fill=255,
            )
            patch = patch.transform(
                patch.size,
                Image.AFFINE,
                (1, 0.28, -0.28 * patch.height * 0.62, 0, 1, 0),
                resample=Image.BICUBIC,
            )
            patch = patch.rotate(rng.uniform(2, 9), resample=Image.BICUBIC)
            self._paste(patch, cx, base - patch.height * 0.12)
            start_x = cx + tw / 2 - fsz * 0.2
        else:
            start_x = cx - bw * 0.22
        # flourish / scribble body
        if style == "name":
            pts = [(start_x, base + fsz * 0.05)]
            pts.append((start_x + fsz * 0.35, base - fsz * 0.45))
            pts.append((start_x + fsz * 0.1, base + fsz * 0.25))
            pts.append((cx - tw * 0.5, base + fsz * rng.uniform(0.25, 0.4)))
            pts.append((cx - tw * 0.7, base + fsz * 0.2))
        else:
            n = rng.randint(7, 11)
            amp = bh * 0.2
            pts = []
            x = start_x
            for i in range(n):
                x += bw * rng.uniform(0.035, 0.07)
                y = base - amp * (0.9 if i % 2 else -0.5) * rng.uniform(0.6, 1.1)
                pts.append((x, y))
            pts.append((x + bw * 0.06, base + amp * 0.2))
            pts.append((start_x + bw * rng.uniform(0.0, 0.1), base + amp * 0.5))
        pts = [
            (min(max(p[0], bx + 8), bx + bw - 8), min(max(p[1], top + 6), by_bottom - 6))
            for p in pts
        ]
        self.stroke(pts, width=self.pen * 0.9)

    def stray(self, el: Rect, kind: str) -> None:
        rng = self.rng
        bx, by = self.px(el.x, el.y)
        bw, bh = el.w * self.s, el.h * self.s
        x = bx + bw * rng.uniform(0.25, 0.75)
        y = by - bh * rng.uniform(0.25, 0.55)
        if kind == "dot":
            self.dot(x, y, self.pen * 0.9)
        elif kind == "tick":
            u = 2.2 * self.s
            self.stroke(
                [(x, y), (x + u * 0.6, y + u * 0.8), (x + u * 1.7, y - u * 0.9)], smooth=False
            )
        else:  # short dash
            u = 3.2 * self.s
            self.stroke([(x, y), (x + u, y - u * 0.12)], smooth=False)

    # -- compositing ---------------------------------------------------------------------
    def apply(self, page: Image.Image, alpha: float = 0.93, seed: int = 0) -> Image.Image:
        import cv2

        rs = np.random.default_rng(seed)
        mask = np.asarray(self.mask)
        tex = rs.integers(int(255 * 0.88 * alpha), int(255 * alpha) + 1, mask.shape, dtype=np.uint8)
        m = cv2.multiply(mask, tex, scale=1 / 255.0).astype(np.float32) / 255.0
        arr = np.asarray(page.convert("RGB"))
        ink = np.empty_like(arr)
        ink[:] = np.array(self.hand.ink, dtype=np.uint8)
        out = cv2.blendLinear(arr, ink, 1.0 - m, m)
        return Image.fromarray(out)

    def rgba(self) -> Image.Image:
        """The ink alone as an RGBA image (for pasting a signature into a PDF)."""
        img = Image.new("RGBA", self.mask.size, (*self.hand.ink, 0))
        img.putalpha(self.mask.point(lambda v: int(v * 0.95)))
        return img
