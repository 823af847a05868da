"""Pen writing on a page raster: block capitals drawn from our own stroke font, or an installed
handwriting TTF (DkgHandwriting, Breip) placed glyph by glyph with jitter; ticks, crosses,
signatures and stray marks. Everything is drawn into an ink-coverage layer (uint8) that is
composited once with the pen colour, so overlaps look like one ink.
"""

from __future__ import annotations

import math
import os
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

cv2.setNumThreads(1)

HAND_FONTS = {
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
}
SIG_FONTS = [
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
]

INKS = {
    "blue": (22, 38, 120),
    "darkblue": (18, 26, 88),
    "black": (28, 28, 34),
}


def _arc(cx, cy, rx, ry, a0, a1, n=None):
    n = n or max(6, int(abs(a1 - a0) / 12))
    return [
        (
            cx + rx * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
            cy + ry * math.sin(math.radians(a0 + (a1 - a0) * i / n)),
        )
        for i in range(n + 1)
    ]


# stroke font: a 10 x 14 box, y up, baseline 0
_P_BOWL = [(0, 0), (0, 14), (6, 14), *_arc(6, 10.5, 3.8, 3.5, 90, -90), (0, 7)]
GLYPHS: dict[str, list[list[tuple[float, float]]]] = {
    "A": [[(0, 0), (5, 14), (10, 0)], [(2.2, 5.5), (7.8, 5.5)]],
    "B": [
        [(0, 0), (0, 14), (6, 14), *_arc(6, 10.5, 3.5, 3.5, 90, -90), (0, 7)],
        [(0, 7), (6.3, 7), *_arc(6.3, 3.5, 3.7, 3.5, 90, -90), (0, 0)],
    ],
    "C": [_arc(5.6, 7, 5.4, 7, 40, 320)],
    "D": [[(0, 0), (0, 14), (4, 14), *_arc(4, 7, 6, 7, 90, -90), (0, 0)]],
    "E": [[(9.5, 14), (0, 14), (0, 0), (9.5, 0)], [(0, 7), (7, 7)]],
    "F": [[(9.5, 14), (0, 14), (0, 0)], [(0, 7), (7, 7)]],
    "G": [[*_arc(5.4, 7, 5.2, 7, 40, 360), (10.6, 5), (10.6, 0.5)], [(10.6, 6), (6, 6)]],
    "H": [[(0, 0), (0, 14)], [(10, 0), (10, 14)], [(0, 7), (10, 7)]],
    "I": [[(2, 14), (8, 14)], [(5, 14), (5, 0)], [(2, 0), (8, 0)]],
    "J": [[(4, 14), (10, 14)], [(8, 14), (8, 4), *_arc(4.5, 4, 3.5, 4, 0, -180)]],
    "K": [[(0, 0), (0, 14)], [(9.5, 14), (0, 5)], [(3, 8), (10, 0)]],
    "L": [[(0, 14), (0, 0), (9, 0)]],
    "M": [[(0, 0), (0.5, 14), (5, 4), (9.5, 14), (10, 0)]],
    "N": [[(0, 0), (0, 14), (10, 0), (10, 14)]],
    "O": [_arc(5, 7, 5, 7, 90, 450)],
    "P": [_P_BOWL],
    "Q": [_arc(5, 7, 5, 7, 90, 450), [(6, 4), (10.5, -1)]],
    "R": [_P_BOWL, [(4.5, 7), (10, 0)]],
    "S": [[*_arc(5, 10.5, 4.6, 3.5, 20, 270), *_arc(5, 3.5, 5, 3.5, 90, -160)]],
    "T": [[(0, 14), (10, 14)], [(5, 14), (5, 0)]],
    "U": [[(0, 14), (0, 4.5), *_arc(5, 4.5, 5, 4.5, 180, 360), (10, 14)]],
    "V": [[(0, 14), (5, 0), (10, 14)]],
    "W": [[(0, 14), (2.5, 0), (5, 9), (7.5, 0), (10, 14)]],
    "X": [[(0, 14), (10, 0)], [(10, 14), (0, 0)]],
    "Y": [[(0, 14), (5, 7), (10, 14)], [(5, 7), (5, 0)]],
    "Z": [[(0, 14), (10, 14), (0, 0), (10, 0)]],
    "0": [_arc(5, 7, 4.6, 7, 90, 450)],
    "1": [[(2, 10.5), (6, 14), (6, 0)]],
    "2": [[*_arc(5, 10, 4.6, 4, 160, -20), (0, 0), (10, 0)]],
    "3": [[*_arc(5, 10.5, 4.4, 3.5, 150, -90), *_arc(5, 3.5, 5, 3.5, 90, -150)]],
    "4": [[(7.5, 0), (7.5, 14), (0, 4), (10, 4)]],
    "5": [[(9, 14), (1.5, 14), (0.8, 8.2), *_arc(5, 4.6, 5, 4.6, 128, -150)]],
    "6": [[*_arc(6.5, 7, 5.5, 7, 75, 180), *_arc(5, 4.5, 4.6, 4.5, 180, 540)]],
    "7": [[(0, 14), (10, 14), (3.5, 0)], [(2.5, 7), (8, 7)]],
    "8": [_arc(5, 10.6, 4, 3.4, 270, 630), _arc(5, 3.6, 4.8, 3.6, 90, 450)],
    "9": [[*_arc(5, 9.5, 4.6, 4.5, 0, 360), (9.2, 4), (8.5, 0)]],
    "-": [[(2, 6.5), (8, 6.5)]],
    "'": [[(5, 14), (4.2, 10.5)]],
    "’": [[(5, 14), (4.2, 10.5)]],
    ".": [[(5, 0), (5.4, 0.5)]],
    ",": [[(5.2, 0.8), (4, -2.5)]],
    "/": [[(1, -1), (9, 15)]],
    ":": [[(5, 0), (5.4, 0.5)], [(5, 8), (5.4, 8.5)]],
    "_": [[(0, -1), (10, -1)]],
    "(": [_arc(9, 7, 6, 8.5, 125, 235)],
    ")": [_arc(1, 7, 6, 8.5, 55, -55)],
    "+": [[(1, 7), (9, 7)], [(5, 3), (5, 11)]],
    "@": [[*_arc(5, 7, 2.6, 3.2, 0, 360), (7.6, 3.8), (9.4, 4.5), *_arc(5, 7, 5, 6.5, 10, 330)]],
    "&": [
        [
            (10, 0),
            (2, 10),
            *_arc(4.5, 11.5, 2.5, 2.5, 180, -40),
            (1, 4),
            *_arc(4, 3.2, 3.2, 3.2, 180, 360),
            (10, 7),
        ]
    ],
}
NARROW = {"I": 6.5, "1": 7, "'": 3, "’": 3, ".": 3, ",": 3, ":": 3, "-": 8, "(": 5, ")": 5}
MARKS = {
    "\u0301": [[(4.2, 15.8), (6.8, 18.6)]],
    "\u0300": [[(3.4, 18.6), (6, 15.8)]],
    "\u0302": [[(2.8, 15.8), (5, 18.6), (7.2, 15.8)]],
    "\u0308": [[(3, 16.8), (3.3, 17.3)], [(7, 16.8), (7.3, 17.3)]],
    "\u0303": [[(2.5, 16.5), (4, 17.7), (6, 16.5), (7.5, 17.7)]],
    "\u0327": [[(5, 0), (5.8, -1.6), (4, -3)]],
    "\u030a": [_arc(5, 17.5, 1.5, 1.5, 0, 360)],
    "\u0307": [[(5, 16.8), (5.3, 17.3)]],
}


class Writer:
    """One person's pen: style, ink, size habits and a seeded RNG."""

    def __init__(self, rng: np.random.Generator, style: str, ink: str, dpi: int = 300):
        self.rng = rng
        self.style = style
        lf = style if style in HAND_FONTS and os.path.exists(HAND_FONTS[style]) else None
        self.lower_font = lf
        self._cap_ratio: float | None = None
        self.wide = rng.uniform(0.82, 1.08)
        self.ink = INKS[ink]
        self.ink_name = ink
        self.dpi = dpi
        self.k = dpi / 72.0
        self.pen = max(3, round(dpi / 300 * rng.uniform(4.2, 5.6)))  # about 0.4 mm ballpoint
        self.slant = rng.uniform(-0.05, 0.18)
        self.size_habit = rng.uniform(0.92, 1.08)
        self.caps_everywhere = self.lower_font is None
        self.tick_kind = ["X", "X", "check", "check", "fill"][int(rng.integers(0, 5))]
        self._fonts: dict[int, ImageFont.FreeTypeFont] = {}

    # ------------------------------------------------------------------ glyph level
    def _font(self, px: int):
        f = self._fonts.get(px)
        if f is None:
            f = ImageFont.truetype(HAND_FONTS[self.style], px)
            self._fonts[px] = f
        return f

    def _stroke_glyph(self, layer, ch, x, base, cap_px):
        """Draw one stroke-font glyph; returns its advance in px."""
        s = cap_px / 14.0
        rng = self.rng
        ang = math.radians(rng.normal(0, 2.2))
        sc = rng.normal(1.0, 0.04)
        dec = unicodedata.normalize("NFD", ch)
        base_ch = dec[0]
        strokes = list(GLYPHS.get(base_ch.upper(), GLYPHS["-"] if base_ch.strip() else []))
        for m in dec[1:]:
            strokes += MARKS.get(m, [])
        if not base_ch.strip():
            return 6.0 * s * self.wide
        w = NARROW.get(base_ch.upper(), 10.0)
        ox = (10.0 - w) / 2 if base_ch.upper() in NARROW else 0.0
        for st in strokes:
            pts = []
            for px, py in st:
                px = 5 + (px - 5) * self.wide
                jx = px + rng.normal(0, 0.22)
                jy = py + rng.normal(0, 0.22)
                rx = jx * math.cos(ang) - jy * math.sin(ang)
                ry = jx * math.sin(ang) + jy * math.cos(ang)
                rx += self.slant * ry
                pts.append((x + (rx - ox) * s * sc, base - ry * s * sc))
            arr = np.array(pts, dtype=np.float64)
            if len(arr) == 1 or (np.abs(arr[-1] - arr[0]).sum() < 1.2 and len(arr) <= 2):
                cv2.circle(
                    layer,
                    (int(round(arr[0][0] * 4)), int(round(arr[0][1] * 4))),
                    int(self.pen * 2.2),
                    255,
                    -1,
                    cv2.LINE_AA,
                    2,
                )
                continue
            cv2.polylines(
                layer, [np.round(arr * 4).astype(np.int32)], False, 255, self.pen, cv2.LINE_AA, 2
            )
        return (w * self.wide + 3.2) * s * sc

    def _ttf_size(self, cap_px: float) -> int:
        """Font size whose capital H is cap_px tall."""
        if self._cap_ratio is None:
            f = ImageFont.truetype(HAND_FONTS[self.lower_font], 200)
            l, t, r, b = f.getbbox("x", anchor="ls")
            self._cap_ratio = (b - t) / 200.0 / 0.66
        return max(8, int(round(cap_px / self._cap_ratio)))

    def _ttf_glyph(self, layer, ch, x, base, cap_px):
        """Draw one lowercase TTF glyph with jitter, on the baseline; returns its advance."""
        rng = self.rng
        size = int(self._ttf_size(cap_px) * rng.normal(1.0, 0.03))
        f = self._font(size)
        adv = f.getlength(ch)
        pad = size
        im = Image.new("L", (int(adv) + 2 * pad, 2 * pad), 0)
        d = ImageDraw.Draw(im)
        sw = max(0, int(round(self.pen / 2.6 - (1.2 if self.lower_font == "breip" else 0.4))))
        d.text(
            (pad, pad * 1.3), ch, font=f, fill=255, anchor="ls", stroke_width=sw, stroke_fill=255
        )
        ang = rng.normal(-self.slant * 25, 1.5)
        im = im.rotate(ang, resample=Image.BICUBIC, center=(pad, pad * 1.3))
        a = np.asarray(im)
        y0 = int(round(base - pad * 1.3 + rng.normal(0, cap_px * 0.025)))
        _max_paste(layer, a, int(round(x - pad)), y0)
        return adv * rng.normal(1.0, 0.02) + cap_px * 0.05

    def glyph(self, layer, ch, x, base, cap_px):
        if self.lower_font and ch.islower() and ch.isalpha():
            return self._ttf_glyph(layer, ch, x, base, cap_px)
        return self._stroke_glyph(layer, ch, x, base, cap_px)

    def text_width(self, s: str, cap_px: float) -> float:
        tot = 0.0
        for c in s:
            if self.lower_font and c.islower() and c.isalpha():
                tot += self._font(self._ttf_size(cap_px)).getlength(c) + cap_px * 0.05
            elif c == " ":
                tot += 6.0 * cap_px / 14 * self.wide
            else:
                tot += (NARROW.get(strip(c).upper(), 10.0) * self.wide + 3.2) * cap_px / 14
        return tot

    # ------------------------------------------------------------------ page level
    def prep(self, s: str, caps: bool | None = None) -> str:
        caps = self.caps_everywhere if caps is None else caps
        return s.upper() if caps else s

    def write_line(self, ink, rect_pt, page_h_pt, s, cap_mm=3.3, caps=None, indent_pt=4.0):
        """Write s on a line field; rect_pt = (x, y, w, h) with y the line (bottom)."""
        if not s:
            return
        s = self.prep(s, caps)
        k = self.k
        x, y, w, _h = rect_pt
        cap_px = cap_mm / 25.4 * self.dpi * self.size_habit
        avail = (w - indent_pt - 2) * k
        tw = self.text_width(s, cap_px)
        if tw > avail:
            cap_px *= avail / tw
        cx = (x + indent_pt) * k + self.rng.uniform(0, 6)
        base = (page_h_pt - y) * k - self.rng.uniform(0.18, 0.35) * cap_px
        drift = self.rng.normal(0, 0.012)
        x0 = cx
        for ch in s:
            b = base + (cx - x0) * drift + self.rng.normal(0, cap_px * 0.015)
            cx += self.glyph(ink, ch, cx, b, cap_px)

    def write_cells(self, ink, rects_pt, page_h_pt, s):
        """One capital per comb cell."""
        k = self.k
        for ch, r in zip(s, rects_pt):
            if not ch.strip():
                continue
            x, y, w, h = r
            cap_px = min(h * 0.62, w * 0.95) * k * self.size_habit * self.rng.normal(1, 0.03)
            u = strip(ch).upper()
            ox = (10.0 - NARROW.get(u, 10.0)) / 2 if u in NARROW else 0.0
            cx = (x + w / 2) * k - (5 - ox) * cap_px / 14 + self.rng.normal(0, w * k * 0.05)
            base = (page_h_pt - y) * k - (h * k - cap_px) / 2 + self.rng.normal(0, h * k * 0.03)
            self.glyph(ink, ch, cx, base, cap_px)

    def tick(self, ink, rect_pt, page_h_pt, kind=None):
        kind = kind or self.tick_kind
        k = self.k
        x, y, w, h = rect_pt
        x0, y1 = x * k, (page_h_pt - y) * k
        x1, y0 = (x + w) * k, (page_h_pt - y - h) * k
        r = self.rng.normal
        ww, hh = x1 - x0, y1 - y0
        if kind == "X":
            o = 0.12
            a = [
                (x0 - o * ww + r(0, 2), y0 - o * hh + r(0, 2)),
                (x1 + o * ww + r(0, 2), y1 + o * hh + r(0, 2)),
            ]
            b = [
                (x1 + o * ww + r(0, 2), y0 - o * hh + r(0, 2)),
                (x0 - o * ww + r(0, 2), y1 + o * hh + r(0, 2)),
            ]
            for seg in (a, b):
                cv2.polylines(
                    ink,
                    [np.round(np.array(seg) * 4).astype(np.int32)],
                    False,
                    255,
                    self.pen,
                    cv2.LINE_AA,
                    2,
                )
        elif kind == "check":
            pts = [
                (x0 + 0.1 * ww, y0 + 0.55 * hh),
                (x0 + 0.42 * ww + r(0, 1.5), y1 - 0.05 * hh),
                (x1 + 0.35 * ww + r(0, 2), y0 - 0.45 * hh + r(0, 2)),
            ]
            cv2.polylines(
                ink,
                [np.round(np.array(pts) * 4).astype(np.int32)],
                False,
                255,
                self.pen,
                cv2.LINE_AA,
                2,
            )
        else:  # scribbled fill
            n = 6
            pts = []
            for i in range(n):
                yy = y0 + hh * (0.15 + 0.7 * i / (n - 1))
                pts.append((x0 + 0.15 * ww + r(0, 1), yy))
                pts.append((x1 - 0.15 * ww + r(0, 1), yy + hh * 0.06))
            cv2.polylines(
                ink,
                [np.round(np.array(pts) * 4).astype(np.int32)],
                False,
                255,
                self.pen,
                cv2.LINE_AA,
                2,
            )

    def signature(self, ink, box_pt, page_h_pt, name: str, kind: str | None = None):
        """A handwritten signature inside the frame."""
        k = self.k
        x, y, w, h = box_pt
        rng = self.rng
        bx0, by0 = x * k, (page_h_pt - y - h) * k
        bw, bh = w * k, h * k
        kind = kind or ["script", "script", "scribble"][int(rng.integers(0, 3))]
        cx = bx0 + bw * rng.uniform(0.12, 0.3)
        cy = by0 + bh * rng.uniform(0.55, 0.7)
        if kind == "script":
            path = SIG_FONTS[int(rng.integers(0, len(SIG_FONTS)))]
            if not os.path.exists(path):
                kind = "scribble"
            else:
                size = int(bh * rng.uniform(0.36, 0.46))
                f = ImageFont.truetype(path, size)
                tw = f.getlength(name)
                if tw > bw * 0.7:
                    size = int(size * bw * 0.7 / tw)
                    f = ImageFont.truetype(path, size)
                    tw = f.getlength(name)
                im = Image.new("L", (int(tw + size * 2), int(size * 2.4)), 0)
                ImageDraw.Draw(im).text(
                    (size, size * 0.5), name, font=f, fill=255, stroke_width=1, stroke_fill=255
                )
                im = im.rotate(rng.uniform(2, 9), resample=Image.BICUBIC, expand=False)
                a = _wobble(np.asarray(im), rng, size)
                _max_paste(ink, a, int(cx - size), int(cy - size * 1.3))
                # flourish under the name
                sx, sy = cx - size * 0.2, cy + size * 0.35
                ex = cx + tw * rng.uniform(0.8, 1.05)
                pts = [
                    (
                        sx + (ex - sx) * t,
                        sy
                        + math.sin(t * math.pi * rng.uniform(0.8, 1.4)) * size * 0.18
                        - t * size * 0.25,
                    )
                    for t in np.linspace(0, 1, 24)
                ]
                cv2.polylines(
                    ink,
                    [np.round(np.array(pts) * 4).astype(np.int32)],
                    False,
                    255,
                    self.pen,
                    cv2.LINE_AA,
                    2,
                )
                return
        # scribble: initial loop then a running wave that fades into a stroke
        amp = bh * rng.uniform(0.18, 0.26)
        length = bw * rng.uniform(0.5, 0.7)
        pts = []
        loops = int(rng.integers(3, 6))
        for t in np.linspace(0, 1, 160):
            px = cx + t * length + math.sin(t * loops * 2 * math.pi) * amp * 0.35
            py = cy - math.cos(t * loops * 2 * math.pi) * amp * (1.0 - 0.6 * t) - t * amp * 0.4
            pts.append((px, py))
        cv2.polylines(
            ink,
            [np.round(np.array(pts) * 4).astype(np.int32)],
            False,
            255,
            self.pen,
            cv2.LINE_AA,
            2,
        )
        tail = [
            (cx - amp * 0.3, cy + amp * 0.7),
            (cx + length * 1.05, cy + amp * 0.35 + rng.normal(0, 4)),
        ]
        cv2.polylines(
            ink,
            [np.round(np.array(tail) * 4).astype(np.int32)],
            False,
            255,
            self.pen,
            cv2.LINE_AA,
            2,
        )

    def stray(self, ink, box_pt, page_h_pt, kind: str):
        """A dot or a small tick in the signature frame (not a signature)."""
        k = self.k
        x, y, w, h = box_pt
        px = (x + w * self.rng.uniform(0.3, 0.7)) * k
        py = (page_h_pt - y - h * self.rng.uniform(0.3, 0.6)) * k
        if kind == "dot":
            cv2.circle(
                ink, (int(px * 4), int(py * 4)), int(self.pen * 4 * 1.3), 255, -1, cv2.LINE_AA, 2
            )
        else:
            s = 5.5 * k
            pts = [(px, py), (px + s * 0.35, py + s * 0.45), (px + s, py - s * 0.6)]
            cv2.polylines(
                ink,
                [np.round(np.array(pts) * 4).astype(np.int32)],
                False,
                255,
                self.pen,
                cv2.LINE_AA,
                2,
            )


def _wobble(a: np.ndarray, rng: np.random.Generator, size: float) -> np.ndarray:
    """Smooth random displacement so a font-drawn name looks written, not typeset."""
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    amp = size * 0.06
    p1, p2, p3 = rng.uniform(0, 6.28, 3)
    f1, f2 = rng.uniform(1.5, 3.5, 2)
    dx = amp * np.sin(yy / h * f1 * 6.28 + p1) + amp * 0.6 * np.sin(xx / w * f2 * 6.28 + p2)
    dy = amp * np.sin(xx / w * (f1 + f2) * 3.14 + p3)
    shear = rng.uniform(0.1, 0.3) * (yy - h / 2)
    mx = (xx + dx + shear).astype(np.float32)
    my = (yy + dy).astype(np.float32)
    return cv2.remap(a, mx, my, cv2.INTER_LINEAR, borderValue=0)


def strip(c: str) -> str:
    return unicodedata.normalize("NFD", c)[0] if c else c


def _max_paste(layer: np.ndarray, a: np.ndarray, x0: int, y0: int) -> None:
    H, W = layer.shape
    h, w = a.shape
    xa, ya = max(0, -x0), max(0, -y0)
    xb, yb = min(w, W - x0), min(h, H - y0)
    if xb <= xa or yb <= ya:
        return
    sub = layer[y0 + ya : y0 + yb, x0 + xa : x0 + xb]
    np.maximum(sub, a[ya:yb, xa:xb], out=sub)


def new_layer(img: np.ndarray) -> np.ndarray:
    return np.zeros(img.shape[:2], dtype=np.uint8)


def apply_ink(img: np.ndarray, layer: np.ndarray, ink_rgb) -> np.ndarray:
    """Composite the ink layer on an RGB uint8 page; slight pressure variation."""
    a = layer.astype(np.float32) / 255.0
    a = np.clip(a * 1.08, 0, 1)[..., None]
    ink = np.array(ink_rgb, dtype=np.float32)[None, None, :]
    out = img.astype(np.float32) * (1 - a) + ink * a
    return np.clip(out, 0, 255).astype(np.uint8)


def signature_rgba(
    rng: np.random.Generator, name: str, ink: str, w_px=900, h_px=330
) -> Image.Image:
    """A handwritten signature on a transparent background (for pasting into a PDF)."""
    wr = Writer(rng, "block", ink)
    wr.pen = 5
    layer = np.zeros((h_px, w_px), dtype=np.uint8)
    # box in points such that k * pt = px with page height h_px / k
    k = wr.k
    box = (0, 0, w_px / k, h_px / k)
    wr.signature(layer, box, h_px / k, name)
    ys, xs = np.nonzero(layer > 20)
    if len(xs):
        m = 12
        layer = layer[max(0, ys.min() - m) : ys.max() + m, max(0, xs.min() - m) : xs.max() + m]
    rgba = np.zeros((*layer.shape, 4), dtype=np.uint8)
    rgba[..., :3] = INKS[ink]
    rgba[..., 3] = layer
    return Image.fromarray(rgba, "RGBA")


def stray_rgba(rng: np.random.Generator, kind: str, ink: str) -> Image.Image:
    wr = Writer(rng, "block", ink)
    layer = np.zeros((120, 160), dtype=np.uint8)
    k = wr.k
    wr.stray(layer, (0, 0, 160 / k, 120 / k), 120 / k, kind)
    rgba = np.zeros((120, 160, 4), dtype=np.uint8)
    rgba[..., :3] = INKS[ink]
    rgba[..., 3] = layer
    return Image.fromarray(rgba, "RGBA")
