"""Handwriting for the form_l blind set: pen-like text, ticks, signatures and stray marks.

Letters come from installed handwriting fonts (Debian packages under /usr/share/fonts) or from
OpenCV's built-in Hershey stroke fonts. Every glyph is jittered (size, angle, baseline,
spacing), the word is sheared (slant) and bent by a smooth random displacement field, and the
ink is laid with a pressure texture. Diacritics a font lacks are drawn as pen strokes.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts"
TTF = {
    "breip": f"{FONT_DIR}/truetype/breip/Breip.ttf",
    "dkg": f"{FONT_DIR}/truetype/fifthhorseman/dkg.ttf",
    "ecolier": f"{FONT_DIR}/truetype/ecolier-court/Ecolier-court.ttf",
    "kaushan": f"{FONT_DIR}/opentype/kaushanscript/KaushanScript-Regular.otf",
    "dancing": f"{FONT_DIR}/opentype/dancingscript/DancingScript-Regular.otf",
    "comic": f"{FONT_DIR}/opentype/comic-neue/ComicNeue-Regular.otf",
    "comic_it": f"{FONT_DIR}/opentype/comic-neue/ComicNeue-Italic.otf",
    "humor": f"{FONT_DIR}/truetype/humor-sans/Humor-Sans.ttf",
    "z003": f"{FONT_DIR}/opentype/urw-base35/Z003-MediumItalic.otf",
}
HERSHEY = {
    "hs_simplex": cv2.FONT_HERSHEY_SIMPLEX,
    "hs_duplex": cv2.FONT_HERSHEY_DUPLEX,
    "hs_script": cv2.FONT_HERSHEY_SCRIPT_SIMPLEX,
    "hs_italic": cv2.FONT_HERSHEY_SIMPLEX | cv2.FONT_ITALIC,
}
# fonts whose look is a cursive (used for signatures)
CURSIVE = ["dancing", "kaushan", "z003", "dkg", "hs_script"]

INKS = {
    "blue_ballpoint": (28, 46, 140),
    "navy_gel": (20, 28, 90),
    "black_ballpoint": (30, 30, 38),
    "black_felt": (12, 12, 16),
    "blue_felt": (22, 52, 170),
    "royal_gel": (40, 60, 190),
}


def _ell(cx, cy, rx, ry, a0, a1, n=14):
    return [
        (cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
        for a in np.linspace(a0, a1, n)
    ]


# A small stroke font for pen capitals and digits (x right, y up, cap height 1).
PEN = {
    "A": (0.8, [[(0, 0), (0.4, 1), (0.8, 0)], [(0.15, 0.38), (0.65, 0.38)]]),
    "B": (
        0.68,
        [
            [(0, 0), (0, 1), (0.42, 1), (0.6, 0.9), (0.6, 0.64), (0.42, 0.53), (0, 0.53)],
            [(0.42, 0.53), (0.66, 0.42), (0.68, 0.12), (0.48, 0), (0, 0)],
        ],
    ),
    "C": (0.72, [_ell(0.4, 0.5, 0.4, 0.5, 40, 320)]),
    "D": (
        0.7,
        [[(0, 0), (0, 1), (0.32, 1), (0.6, 0.84), (0.7, 0.5), (0.6, 0.16), (0.32, 0), (0, 0)]],
    ),
    "E": (0.6, [[(0.6, 1), (0, 1), (0, 0), (0.62, 0)], [(0, 0.52), (0.46, 0.52)]]),
    "F": (0.58, [[(0.6, 1), (0, 1), (0, 0)], [(0, 0.52), (0.44, 0.52)]]),
    "G": (0.76, [_ell(0.4, 0.5, 0.4, 0.5, 40, 360) + [(0.78, 0.42), (0.45, 0.42)]]),
    "H": (0.66, [[(0, 0), (0, 1)], [(0.66, 0), (0.66, 1)], [(0, 0.52), (0.66, 0.52)]]),
    "I": (0.22, [[(0.11, 0), (0.11, 1)]]),
    "J": (0.58, [[(0.56, 1), (0.56, 0.25), (0.45, 0.03), (0.25, 0), (0.06, 0.1), (0.02, 0.25)]]),
    "K": (0.64, [[(0, 0), (0, 1)], [(0.62, 1), (0, 0.4)], [(0.2, 0.6), (0.66, 0)]]),
    "L": (0.56, [[(0, 1), (0, 0), (0.56, 0)]]),
    "M": (0.84, [[(0, 0), (0.02, 1), (0.42, 0.28), (0.82, 1), (0.84, 0)]]),
    "N": (0.66, [[(0, 0), (0, 1), (0.66, 0), (0.66, 1)]]),
    "O": (0.8, [_ell(0.4, 0.5, 0.4, 0.5, 95, 455, 20)]),
    "P": (0.64, [[(0, 0), (0, 1), (0.44, 1), (0.62, 0.9), (0.64, 0.7), (0.5, 0.52), (0, 0.5)]]),
    "Q": (0.82, [_ell(0.4, 0.5, 0.4, 0.5, 95, 455, 20), [(0.46, 0.22), (0.86, -0.08)]]),
    "R": (
        0.66,
        [
            [(0, 0), (0, 1), (0.44, 1), (0.62, 0.9), (0.64, 0.7), (0.5, 0.52), (0, 0.5)],
            [(0.3, 0.5), (0.68, 0)],
        ],
    ),
    "S": (
        0.64,
        [
            [
                (0.6, 0.86),
                (0.45, 1),
                (0.2, 1),
                (0.04, 0.86),
                (0.06, 0.64),
                (0.3, 0.52),
                (0.56, 0.42),
                (0.64, 0.22),
                (0.52, 0.03),
                (0.25, 0),
                (0.0, 0.13),
            ]
        ],
    ),
    "T": (0.7, [[(0, 1), (0.7, 1)], [(0.35, 1), (0.35, 0)]]),
    "U": (
        0.66,
        [[(0, 1), (0, 0.28), (0.12, 0.04), (0.33, 0), (0.55, 0.06), (0.66, 0.3), (0.66, 1)]],
    ),
    "V": (0.72, [[(0, 1), (0.36, 0), (0.72, 1)]]),
    "W": (0.98, [[(0, 1), (0.22, 0), (0.49, 0.72), (0.76, 0), (0.98, 1)]]),
    "X": (0.66, [[(0, 1), (0.66, 0)], [(0.66, 1), (0, 0)]]),
    "Y": (0.7, [[(0, 1), (0.35, 0.5), (0.7, 1)], [(0.35, 0.5), (0.35, 0)]]),
    "Z": (0.66, [[(0.02, 1), (0.64, 1), (0, 0), (0.66, 0)]]),
    "0": (0.58, [_ell(0.29, 0.5, 0.29, 0.5, 95, 455, 18)]),
    "1": (0.36, [[(0.02, 0.76), (0.3, 1), (0.3, 0)]]),
    "2": (
        0.62,
        [
            [
                (0.03, 0.76),
                (0.15, 0.95),
                (0.35, 1),
                (0.55, 0.9),
                (0.6, 0.7),
                (0.5, 0.5),
                (0, 0),
                (0.62, 0),
            ]
        ],
    ),
    "3": (
        0.6,
        [
            [
                (0.04, 0.9),
                (0.28, 1),
                (0.5, 0.93),
                (0.54, 0.72),
                (0.3, 0.55),
                (0.54, 0.45),
                (0.6, 0.22),
                (0.45, 0.03),
                (0.2, 0),
                (0.02, 0.1),
            ]
        ],
    ),
    "4": (0.64, [[(0.46, 0), (0.46, 1), (0, 0.3), (0.64, 0.3)]]),
    "5": (
        0.6,
        [
            [
                (0.56, 1),
                (0.08, 1),
                (0.04, 0.56),
                (0.3, 0.62),
                (0.54, 0.5),
                (0.6, 0.25),
                (0.45, 0.03),
                (0.2, 0),
                (0.02, 0.1),
            ]
        ],
    ),
    "6": (
        0.58,
        [
            [
                (0.54, 0.92),
                (0.35, 1),
                (0.12, 0.86),
                (0.02, 0.46),
                (0.08, 0.12),
                (0.3, 0),
                (0.52, 0.1),
                (0.58, 0.32),
                (0.45, 0.52),
                (0.2, 0.52),
                (0.04, 0.36),
            ]
        ],
    ),
    "7": (0.6, [[(0, 1), (0.6, 1), (0.2, 0)]]),
    "8": (
        0.6,
        [
            [
                (0.3, 0.54),
                (0.08, 0.68),
                (0.1, 0.92),
                (0.3, 1),
                (0.5, 0.92),
                (0.52, 0.68),
                (0.3, 0.54),
                (0.05, 0.38),
                (0.03, 0.12),
                (0.3, 0),
                (0.57, 0.12),
                (0.55, 0.38),
                (0.3, 0.54),
            ]
        ],
    ),
    "9": (
        0.58,
        [
            [
                (0.56, 0.64),
                (0.4, 0.46),
                (0.15, 0.48),
                (0.02, 0.7),
                (0.12, 0.95),
                (0.35, 1),
                (0.55, 0.88),
                (0.58, 0.6),
                (0.5, 0.2),
                (0.3, 0),
                (0.05, 0.08),
            ]
        ],
    ),
    "/": (0.4, [[(0, -0.05), (0.4, 1.05)]]),
    "-": (0.4, [[(0.04, 0.46), (0.38, 0.46)]]),
    ".": (0.14, [[(0.05, 0.02), (0.08, 0.05)]]),
    ",": (0.14, [[(0.09, 0.06), (0.02, -0.16)]]),
    "'": (0.14, [[(0.09, 1.0), (0.05, 0.72)]]),
    ":": (0.14, [[(0.06, 0.02), (0.08, 0.05)], [(0.06, 0.55), (0.08, 0.58)]]),
    "(": (0.25, [_ell(0.3, 0.45, 0.28, 0.62, 120, 240, 9)]),
    ")": (0.25, [_ell(-0.05, 0.45, 0.28, 0.62, -60, 60, 9)]),
    "+": (0.5, [[(0.25, 0.2), (0.25, 0.7)], [(0.02, 0.45), (0.48, 0.45)]]),
}


def _pen_glyph(ch: str, cap_px: float, pen_w: float, wr, rng) -> tuple[np.ndarray, int, int, float]:
    """A pen-drawn capital or digit with every control point jittered."""
    adv_u, strokes = PEN[ch]
    wide = wr.pen_wide
    if ch == "1" and wr.euro_digits:
        strokes = [[(0.02, 0.72), (0.3, 1), (0.3, 0)]]
    if ch == "7" and wr.euro_digits:
        strokes = strokes + [[(0.14, 0.5), (0.5, 0.5)]]
    pad = int(pen_w * 2 + cap_px * 0.3)
    W = int(adv_u * wide * cap_px + 2 * pad + 2)
    H = int(cap_px * 1.5 + 2 * pad)
    base = pad + cap_px * 1.2
    j = 0.035 * wr.jitter
    curves = []
    for st in strokes:
        pts = []
        for ux, uy in st:
            pts.append(
                (
                    pad + (ux * wide + rng.normal(0, j)) * cap_px,
                    base - (uy + rng.normal(0, j)) * cap_px,
                )
            )
        curves.append(pts)
    m = np.zeros((H, W), np.float32)
    for c in curves:
        if len(c) == 2 and abs(c[0][0] - c[1][0]) + abs(c[0][1] - c[1][1]) < cap_px * 0.1:
            cv2.circle(
                m, (int(c[0][0]), int(c[0][1])), max(1, int(pen_w * 0.8)), 1.0, -1, cv2.LINE_AA
            )
            continue
        pts = _catmull(c, 6) if len(c) > 2 else c
        _pen_curve(m, pts, pen_w)
    return m, -pad, -int(round(base)), adv_u * wide * cap_px + cap_px * 0.26


@dataclass
class Writer:
    """One person's hand: the same writer fills the whole form."""

    font: str = "breip"
    caps_font: str = "hs_simplex"
    ink: str = "blue_ballpoint"
    weight: float = 1.0  # stroke width factor
    slant: float = 0.1  # shear, + leans right
    size: float = 1.0  # size factor relative to the field
    jitter: float = 1.0  # glyph jitter factor
    free_case: str = "upper"  # upper | title | lower | mixed
    tick: str = "x"  # x | check | fill | slash
    sig_style: str = "cursive"  # cursive | initials | scribble | caps
    sig_font: str = "dancing"
    wobble: float = 1.0  # elastic bend factor
    spacing: float = 1.0  # letter spacing factor
    pen_wide: float = 1.0  # width of pen capitals
    euro_digits: bool = True  # 1 with a long flag, crossed 7


@lru_cache(maxsize=256)
def _pil_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(TTF[name], size)


@lru_cache(maxsize=32)
def _cmap(name: str) -> frozenset:
    import logging

    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    try:
        cm = TTFont(TTF[name], lazy=True).getBestCmap() or {}
    except Exception:  # pragma: no cover - odd post tables
        return frozenset(chr(c) for c in range(32, 256))
    return frozenset(chr(c) for c in cm)


@lru_cache(maxsize=32)
def _ttf_metrics(name: str) -> tuple[int, int]:
    f = _pil_font(name, 100)
    b = f.getbbox("H")
    x = f.getbbox("x")
    return max(1, b[3] - b[1]), max(1, x[3] - x[1])


def _ttf_size_for_cap(name: str, cap_px: float) -> int:
    """Font size giving this cap height, but never an x-height under 0.6 of it (script fonts)."""
    ch, xh = _ttf_metrics(name)
    return max(6, int(round(max(100 * cap_px / ch, 100 * 0.6 * cap_px / xh))))


_MARKS = {
    "\u0301": "acute",
    "\u0300": "grave",
    "\u0302": "circ",
    "\u0308": "uml",
    "\u0327": "cedil",
    "\u0303": "tilde",
    "\u030c": "caron",
    "\u0306": "breve",
    "\u030a": "ring",
    "\u0307": "dot",
    "\u0328": "ogonek",
    "\u0304": "macron",
    "\u030b": "dacute",
}
_SPECIAL = {
    "ł": ("l", "bar"),
    "Ł": ("L", "bar"),
    "ø": ("o", "slash"),
    "Ø": ("O", "slash"),
    "đ": ("d", "bar"),
    "Đ": ("D", "bar"),
    "ı": ("ı", None),
}


def _decompose(ch: str, cmap: frozenset | None) -> tuple[str, list[str]]:
    """Base letter and the marks to draw by hand (none if the font has the glyph)."""
    if cmap is not None and ch in cmap:
        return ch, []
    if ch in _SPECIAL:
        base, extra = _SPECIAL[ch]
        if base == "ı":
            return "i", ["nodot"]
        return base, [extra]
    d = unicodedata.normalize("NFD", ch)
    base = d[0]
    marks = [_MARKS[m] for m in d[1:] if m in _MARKS]
    if ch == "æ":
        return "ae", []
    if ch == "Æ":
        return "AE", []
    if ch == "œ":
        return "oe", []
    if ch == "Œ":
        return "OE", []
    if ch == "ß":
        return "ss", []
    return base, marks


def _pen_curve(mask: np.ndarray, pts, width: float, value: float = 1.0) -> None:
    """Draw a polyline with round joins into a float mask (anti-aliased)."""
    if len(pts) < 2:
        return
    arr = np.asarray(pts, dtype=np.float64)
    shift = 4
    ip = np.round(arr * (1 << shift)).astype(np.int32).reshape(-1, 1, 2)
    tmp = np.zeros(mask.shape, np.uint8)
    cv2.polylines(tmp, [ip], False, 255, max(1, int(round(width))), cv2.LINE_AA, shift)
    np.maximum(mask, tmp.astype(np.float32) / 255.0 * value, out=mask)


def _draw_mark(mask, kind, x0, x1, top, bottom, base_y, cap, w, rng):
    """Pen-drawn diacritic above (or below) a glyph spanning x0..x1."""
    cx = (x0 + x1) / 2 + rng.uniform(-0.06, 0.06) * cap
    h = cap * 0.22
    y = top - cap * 0.12 - h / 2
    if kind == "acute":
        _pen_curve(mask, [(cx - h * 0.4, y + h * 0.5), (cx + h * 0.5, y - h * 0.5)], w)
    elif kind == "grave":
        _pen_curve(mask, [(cx - h * 0.5, y - h * 0.5), (cx + h * 0.4, y + h * 0.5)], w)
    elif kind == "circ":
        _pen_curve(
            mask, [(cx - h * 0.6, y + h * 0.45), (cx, y - h * 0.5), (cx + h * 0.6, y + h * 0.45)], w
        )
    elif kind == "caron":
        _pen_curve(
            mask, [(cx - h * 0.6, y - h * 0.45), (cx, y + h * 0.5), (cx + h * 0.6, y - h * 0.45)], w
        )
    elif kind in ("uml", "dot"):
        offs = [-h * 0.55, h * 0.55] if kind == "uml" else [0.0]
        for o in offs:
            r = max(1.0, w * 0.75)
            cv2.circle(mask, (int(cx + o), int(y)), int(math.ceil(r)), 1.0, -1, cv2.LINE_AA)
    elif kind == "tilde":
        pts = [
            (cx - h * 0.8 + i * h * 0.16, y + math.sin(i / 10 * 2 * math.pi) * h * -0.3)
            for i in range(11)
        ]
        _pen_curve(mask, pts, w)
    elif kind == "breve":
        pts = [
            (cx + h * 0.6 * math.cos(a), y - h * 0.1 + h * 0.45 * math.sin(a))
            for a in np.linspace(0.1, math.pi - 0.1, 9)
        ]
        _pen_curve(mask, pts, w)
    elif kind == "macron":
        _pen_curve(mask, [(cx - h * 0.6, y), (cx + h * 0.6, y)], w)
    elif kind == "dacute":
        for o in (-h * 0.35, h * 0.35):
            _pen_curve(mask, [(cx + o - h * 0.3, y + h * 0.5), (cx + o + h * 0.35, y - h * 0.5)], w)
    elif kind == "ring":
        cv2.circle(mask, (int(cx), int(y)), max(2, int(h * 0.45)), 1.0, max(1, int(w)), cv2.LINE_AA)
    elif kind == "cedil":
        yb = base_y + cap * 0.05
        _pen_curve(
            mask,
            [
                (cx, yb),
                (cx + h * 0.1, yb + h * 0.5),
                (cx + h * 0.5, yb + h * 0.75),
                (cx - h * 0.3, yb + h * 1.2),
            ],
            w,
        )
    elif kind == "ogonek":
        yb = base_y
        _pen_curve(mask, [(x1 - h * 0.2, yb), (x1 - h * 0.6, yb + h * 0.6), (x1, yb + h * 0.9)], w)
    elif kind == "bar":
        ym = (top + bottom) / 2
        _pen_curve(mask, [(x0 - h * 0.3, ym + h * 0.3), (x1 + h * 0.3, ym - h * 0.3)], w)
    elif kind == "slash":
        _pen_curve(mask, [(x0, bottom + h * 0.2), (x1, top - h * 0.2)], w)


def _glyph_ttf(font_name: str, ch: str, size: int) -> tuple[np.ndarray, int, int, float]:
    """Mask of one glyph, its left/top offset relative to the pen position on the baseline."""
    f = _pil_font(font_name, size)
    asc = f.getmetrics()[0]
    b = f.getbbox(ch, anchor="ls")
    w = max(1, b[2] - b[0] + 4)
    h = max(1, b[3] - b[1] + 4)
    im = Image.new("L", (w, h), 0)
    ImageDraw.Draw(im).text((2 - b[0], 2 - b[1]), ch, font=f, fill=255, anchor="ls")
    adv = f.getlength(ch)
    del asc
    return np.asarray(im, np.float32) / 255.0, b[0] - 2, b[1] - 2, adv


def _glyph_hershey(
    font_id: int, ch: str, cap_px: float, thick: float
) -> tuple[np.ndarray, int, int, float]:
    scale = cap_px / 21.5
    t = max(1, int(round(thick)))
    (tw, th), bl = cv2.getTextSize(ch, font_id, scale, t)
    pad = t + 4
    w = tw + 2 * pad + int(cap_px * 0.3)
    h = th + bl + 2 * pad
    im = np.zeros((h, w), np.uint8)
    cv2.putText(im, ch, (pad, pad + th), font_id, scale, 255, t, cv2.LINE_AA)
    adv = tw * 0.9 + scale * 2
    return im.astype(np.float32) / 255.0, -pad, -(pad + th), adv


def text_mask(
    text: str, cap_px: float, wr: Writer, rng, font: str | None = None
) -> tuple[np.ndarray, float, float]:
    """Render `text` as a handwriting mask. Returns (mask, baseline_y, pen_x_end)."""
    font = font or wr.font
    pen_w = max(1.0, cap_px * 0.085 * wr.weight)
    fb_font = wr.font if wr.font in TTF else "breip"
    cmap = _cmap(font) if font in TTF else None
    W = int(cap_px * (len(text) + 2) * 1.1 + 40)
    H = int(cap_px * 3.2 + 20)
    base_y = cap_px * 1.6 + 8
    mask = np.zeros((H, W), np.float32)
    x = 8.0 + cap_px * 0.1
    jit = wr.jitter
    drift = 0.0
    size_ttf = _ttf_size_for_cap(font, cap_px) if font in TTF else 0
    for ch in text:
        if ch == " ":
            x += cap_px * rng.uniform(0.45, 0.7) * wr.spacing
            continue
        base, marks = _decompose(ch, cmap)
        drift += rng.normal(0, 0.025 * cap_px * jit)
        drift = max(-0.12 * cap_px, min(0.12 * cap_px, drift))
        sc = 1.0 + rng.normal(0, 0.045 * jit)
        ang = rng.normal(0, 3.0 * jit)
        gx0 = x
        for b in base:
            if (font == "pen" or (font == "humor" and b.isdigit())) and b in PEN:
                g, ox, oy, adv = _pen_glyph(b, cap_px * sc, pen_w, wr, rng)
            elif font == "pen" or font in TTF:
                f_use = fb_font if font == "pen" else font
                if font == "pen":
                    size_ttf = _ttf_size_for_cap(f_use, cap_px)
                g, ox, oy, adv = _glyph_ttf(f_use, b, max(6, int(size_ttf * sc)))
                if wr.weight > 1.25 and f_use not in ("kaushan",):
                    g = cv2.dilate(g, np.ones((2, 2), np.uint8))
            else:
                g, ox, oy, adv = _glyph_hershey(HERSHEY[font], b, cap_px * sc, pen_w * 0.85)
                gh, gw = g.shape
                shx = rng.normal(0, 0.08 * jit)
                sx = 1.0 + rng.normal(0, 0.06 * jit)
                m = np.float32([[sx, shx, -shx * gh / 2], [0, 1, 0]])
                g = cv2.warpAffine(g, m, (gw, gh), flags=cv2.INTER_LINEAR)
                adv *= sx
                ang *= 1.4
            if abs(ang) > 0.3:
                gh, gw = g.shape
                m = cv2.getRotationMatrix2D((gw / 2, gh / 2), ang, 1.0)
                g = cv2.warpAffine(g, m, (gw, gh), flags=cv2.INTER_LINEAR)
            px = int(round(x + ox))
            py = int(round(base_y + drift + oy))
            gh, gw = g.shape
            px0, py0 = max(0, px), max(0, py)
            px1, py1 = min(W, px + gw), min(H, py + gh)
            if px1 > px0 and py1 > py0:
                sub = g[py0 - py : py1 - py, px0 - px : px1 - px]
                np.maximum(mask[py0:py1, px0:px1], sub, out=mask[py0:py1, px0:px1])
            x += adv * (1.0 + rng.normal(0, 0.03 * jit)) + cap_px * 0.04 * (wr.spacing - 1.0) * 3
        if marks:
            is_upper = base.isupper()
            top = base_y + drift - (cap_px if is_upper or base in "bdfhklt" else cap_px * 0.68)
            for mk in marks:
                if mk == "nodot":
                    continue
                _draw_mark(
                    mask, mk, gx0, x, top, base_y + drift, base_y + drift, cap_px, pen_w * 0.9, rng
                )
    x_end = x
    # slant: shear about the baseline
    if abs(wr.slant) > 1e-3:
        m = np.float32([[1, -wr.slant, wr.slant * base_y], [0, 1, 0]])
        mask = cv2.warpAffine(mask, m, (W, H), flags=cv2.INTER_LINEAR)
    # wobble: smooth displacement field
    amp = cap_px * 0.035 * wr.wobble
    if amp > 0.2:
        sig = max(3.0, cap_px * 0.6)
        dx = cv2.GaussianBlur(rng.standard_normal((H, W)).astype(np.float32), (0, 0), sig)
        dy = cv2.GaussianBlur(rng.standard_normal((H, W)).astype(np.float32), (0, 0), sig)
        norm = max(1e-6, float(np.abs(dx).max()), float(np.abs(dy).max()))
        gx, gy = np.meshgrid(np.arange(W, dtype=np.float32), np.arange(H, dtype=np.float32))
        mask = cv2.remap(mask, gx + dx / norm * amp, gy + dy / norm * amp, cv2.INTER_LINEAR)
    return mask, base_y, x_end


def _pressure(shape, rng, pen: str) -> np.ndarray:
    h, w = shape
    small = rng.uniform(0.0, 1.0, (max(2, h // 24), max(2, w // 24))).astype(np.float32)
    field = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    if pen.endswith("ballpoint"):
        grain = rng.uniform(0.0, 1.0, (h, w)).astype(np.float32)
        return np.clip(0.72 + 0.22 * field + 0.12 * grain, 0.55, 1.0)
    if pen.endswith("felt"):
        return np.clip(0.9 + 0.1 * field, 0.0, 1.0)
    return np.clip(0.82 + 0.18 * field, 0.0, 1.0)


def lay_ink(page: np.ndarray, mask: np.ndarray, x: int, y: int, wr: Writer, rng) -> None:
    """Composite a mask (top-left at x, y) onto an RGB uint8 page with multiply blending."""
    H, W = page.shape[:2]
    mh, mw = mask.shape
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(W, x + mw), min(H, y + mh)
    if x1 <= x0 or y1 <= y0:
        return
    m = mask[y0 - y : y1 - y, x0 - x : x1 - x]
    if not m.any():
        return
    a = np.clip(m, 0, 1) * _pressure(m.shape, rng, wr.ink)
    ink = np.array(INKS[wr.ink], np.float32) / 255.0
    reg = page[y0:y1, x0:x1].astype(np.float32)
    f = 1.0 - a[..., None] * (1.0 - ink[None, None, :])
    page[y0:y1, x0:x1] = np.clip(reg * f, 0, 255).astype(np.uint8)


def write(page, text, x, baseline, cap_px, wr, rng, font=None, max_w=None) -> float:
    """Write text with its pen start at (x, baseline) in page pixels. Returns the end x."""
    if not text:
        return x
    mask, by, x_end = text_mask(text, cap_px, wr, rng, font)
    if max_w is not None and x_end > max_w + 8:
        f = max_w / (x_end - 8)
        mask = cv2.resize(
            mask,
            (max(1, int(mask.shape[1] * f)), max(1, int(mask.shape[0] * f))),
            interpolation=cv2.INTER_AREA,
        )
        by *= f
        x_end = 8 + (x_end - 8) * f
    lay_ink(page, mask, int(round(x - 8)), int(round(baseline - by)), wr, rng)
    return x - 8 + x_end


def write_in_cell(page, ch, cx, cy_mid, cap_px, wr, rng, font=None) -> None:
    """One capital centred in a comb cell (centre cx, vertical middle cy_mid)."""
    mask, by, x_end = text_mask(ch, cap_px, wr, rng, font)
    ys, xs = np.nonzero(mask > 0.2)
    if len(xs) == 0:
        return
    gx = (xs.min() + xs.max()) / 2
    gy = (ys.min() + ys.max()) / 2
    ox = rng.normal(0, cap_px * 0.06 * wr.jitter)
    oy = rng.normal(0, cap_px * 0.05 * wr.jitter)
    lay_ink(page, mask, int(round(cx - gx + ox)), int(round(cy_mid - gy + oy)), wr, rng)


def _catmull(points, n=14):
    pts = [points[0]] + list(points) + [points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = (np.array(p, float) for p in pts[i - 1 : i + 3])
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
    out.append(np.array(points[-1], float))
    return out


def stroke_mask(shape, curves, width) -> np.ndarray:
    mask = np.zeros(shape, np.float32)
    for c in curves:
        pts = _catmull(c) if len(c) > 2 else c
        # vary width along the stroke by drawing in chunks
        n = len(pts)
        chunk = max(3, n // 6)
        for i in range(0, n - 1, chunk):
            seg = pts[i : i + chunk + 1]
            k = 0.75 + 0.5 * math.sin(i / max(1, n) * math.pi)
            _pen_curve(mask, seg, width * k)
    return mask


def tick_mask(box_px: float, style: str, wr: Writer, rng) -> np.ndarray:
    """A tick, cross or fill drawn for a square box of side box_px, centred in the mask."""
    S = int(box_px * 2.0) + 6
    c = S / 2
    h = box_px / 2
    w = max(1.2, box_px * 0.11 * wr.weight)

    def j(v):
        return v + rng.normal(0, box_px * 0.05)

    if style == "x":
        curves = [
            [(j(c - h * 0.9), j(c - h * 0.9)), (j(c), j(c)), (j(c + h * 1.0), j(c + h * 1.05))],
            [(j(c + h * 0.9), j(c - h * 1.0)), (j(c), j(c)), (j(c - h * 0.95), j(c + h * 0.95))],
        ]
    elif style == "check":
        curves = [
            [
                (j(c - h * 0.8), j(c - h * 0.05)),
                (j(c - h * 0.45), j(c + h * 0.35)),
                (j(c - h * 0.1), j(c + h * 0.75)),
                (j(c + h * 0.5), j(c - h * 0.5)),
                (j(c + h * 1.2), j(c - h * 1.4)),
            ]
        ]
    elif style == "slash":
        curves = [[(j(c - h * 0.7), j(c + h * 0.85)), (j(c + h * 0.8), j(c - h * 0.9))]]
    else:  # fill: zig-zag scribble
        pts = []
        for i in range(7):
            yy = c - h * 0.75 + i * h * 0.25
            pts.append((j(c - h * 0.75 if i % 2 == 0 else c + h * 0.75), j(yy)))
        curves = [pts]
    return stroke_mask((S, S), curves, w)


def lay_tick(page, cx, cy, box_px, wr, rng, style=None) -> None:
    m = tick_mask(box_px, style or wr.tick, wr, rng)
    S = m.shape[0]
    lay_ink(page, m, int(round(cx - S / 2)), int(round(cy - S / 2)), wr, rng)


def stray_mask(box_px: float, kind: str, wr: Writer, rng) -> np.ndarray:
    """A stray dot, tick or dash (not a signature)."""
    S = int(box_px * 2) + 8
    m = np.zeros((S, S), np.float32)
    c = S / 2
    w = max(1.5, box_px * 0.12 * wr.weight)
    if kind == "dot":
        cv2.circle(m, (int(c), int(c)), max(2, int(w * 1.1)), 1.0, -1, cv2.LINE_AA)
    elif kind == "tick":
        m = stroke_mask(
            (S, S),
            [
                [
                    (c - box_px * 0.35, c),
                    (c - box_px * 0.1, c + box_px * 0.3),
                    (c + box_px * 0.45, c - box_px * 0.5),
                ]
            ],
            w,
        )
    else:
        m = stroke_mask(
            (S, S),
            [[(c - box_px * 0.4, c + box_px * 0.05), (c + box_px * 0.4, c - box_px * 0.05)]],
            w,
        )
    return m


def signature_mask(given: str, surname: str, wr: Writer, rng, w_px: int, h_px: int) -> np.ndarray:
    """A signature that fits in about w_px x h_px (mask, tight-cropped with padding)."""
    style = wr.sig_style
    cap = h_px * 0.42
    sw = Writer(
        font=wr.sig_font,
        ink=wr.ink,
        weight=wr.weight,
        slant=min(0.45, wr.slant + 0.22),
        size=1.0,
        jitter=wr.jitter * 1.3,
        wobble=wr.wobble * 1.6,
        spacing=0.85,
    )
    sur = surname.split()[0].split("-")[0].capitalize() if surname else "X"
    gi = given[:1].upper() if given else ""
    if style == "cursive":
        txt = (gi + ". " if rng.uniform() < 0.5 else "") + sur
        m, by, xe = text_mask(txt, cap, sw, rng, wr.sig_font)
        # flourish underline
        H, W = m.shape
        y0 = by + cap * 0.35
        pts = [
            (10 + rng.uniform(0, cap * 0.5), y0 + rng.uniform(-3, 3)),
            (xe * 0.5, y0 + cap * rng.uniform(0.05, 0.3)),
            (min(W - 6, xe + cap * 0.3), y0 - cap * rng.uniform(0.2, 0.6)),
        ]
        fl = stroke_mask((H, W), [pts], max(1.3, cap * 0.07 * wr.weight))
        m = np.maximum(m, fl)
    elif style == "caps":
        sw.slant = wr.slant
        m, by, xe = text_mask(sur.upper(), cap * 0.8, sw, rng, "pen")
        H, W = m.shape
        y0 = by + cap * 0.3
        fl = stroke_mask(
            (H, W),
            [
                [(6, y0), (xe * 0.6, y0 + 2), (xe + cap * 0.2, y0 - 3)],
                [(cap * 0.4, y0 + cap * 0.25), (xe * 0.8, y0 + cap * 0.22)],
            ],
            max(1.2, cap * 0.06 * wr.weight),
        )
        m = np.maximum(m, fl)
    else:
        H, W = int(h_px * 1.6), int(w_px * 1.1)
        m = np.zeros((H, W), np.float32)
        curves = []
        x = cap * 0.3
        by = H * 0.62
        if style == "initials":
            t, _, xe = text_mask(gi + (sur[:1] if sur else ""), cap * 1.3, sw, rng, wr.sig_font)
            th, tw = t.shape
            th2, tw2 = min(th, H), min(tw, W)
            m[:th2, :tw2] = t[:th2, :tw2]
            x = min(xe, W * 0.4)
        # looped cursive-like scribble: a prolate cycloid with drifting amplitude
        n_loops = int(rng.integers(3, 7))
        span = max(w_px * 0.35, W - x - 0.12 * w_px)
        a = span / (n_loops * 2 * math.pi)
        b = a * rng.uniform(1.3, 2.2)
        c = h_px * rng.uniform(0.18, 0.32)
        pts = []
        for t in np.linspace(0, n_loops * 2 * math.pi, n_loops * 10 + 1):
            amp = c * (1.0 + 0.35 * math.sin(t * 0.37 + rng.uniform(0, 0.2)))
            pts.append((x + a * t - b * math.sin(t), by - amp * math.cos(t) - t * h_px * 0.01))
        curves.append(pts)
        xe = pts[-1][0]
        curves.append(
            [
                (cap * 0.2, by + 0.28 * h_px),
                (xe * 0.5, by + 0.33 * h_px),
                (min(W - 10, xe + 0.08 * w_px), by + 0.12 * h_px),
            ]
        )
        m = np.maximum(m, stroke_mask((H, W), [curves[0]], max(1.3, h_px * 0.03 * wr.weight)))
        m = np.maximum(m, stroke_mask((H, W), curves[1:], max(1.3, h_px * 0.03 * wr.weight)))
    ys, xs = np.nonzero(m > 0.05)
    if len(xs):
        m = m[max(0, ys.min() - 4) : ys.max() + 5, max(0, xs.min() - 4) : xs.max() + 5]
    mh, mw = m.shape
    f = min(1.0, w_px / max(1, mw), h_px / max(1, mh))
    if f < 1.0:
        m = cv2.resize(m, (max(1, int(mw * f)), max(1, int(mh * f))), interpolation=cv2.INTER_AREA)
    return m


def signature_rgba(given, surname, wr, rng, w_px, h_px, paper=False):
    """A signature as an RGBA PIL image (transparent) or as a photo of paper (RGB)."""
    m = signature_mask(given, surname, wr, rng, w_px, h_px)
    pad = 12
    mh, mw = m.shape
    if paper:
        bg = np.full((mh + 2 * pad, mw + 2 * pad, 3), 0, np.uint8)
        tint = np.array([rng.uniform(228, 244), rng.uniform(226, 240), rng.uniform(218, 234)])
        bg[:] = tint.astype(np.uint8)
        noise = rng.normal(0, 3, bg.shape[:2])[..., None]
        bg = np.clip(bg + noise, 0, 255).astype(np.uint8)
        lay_ink(bg, m, pad, pad, wr, rng)
        return Image.fromarray(bg, "RGB")
    a = np.zeros((mh + 2 * pad, mw + 2 * pad), np.float32)
    a[pad : pad + mh, pad : pad + mw] = m
    ink = np.array(INKS[wr.ink], np.uint8)
    rgba = np.zeros(a.shape + (4,), np.uint8)
    rgba[..., :3] = ink
    rgba[..., 3] = np.clip(a * 255 * 0.95, 0, 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")
