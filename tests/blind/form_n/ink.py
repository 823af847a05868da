"""Pen ink: handwriting from installed handwriting fonts with per-glyph jitter, pen strokes
(ticks, crosses, stray marks) and synthetic signatures, drawn into alpha layers in pixels."""

import glob
import math
import os
import unicodedata

import cv2
import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

INKS = {
    "blue": (28, 45, 140),
    "blue_light": (40, 75, 175),
    "black": (28, 28, 34),
    "navy": (20, 28, 90),
}

# (file name fragment, role); roles: "print" = capitals/digits, "cursive" = script
_CANDIDATES = [
    ("Breip.ttf", "print"),
    ("dkg.ttf", "print"),
    ("dkgBd.ttf", "print"),
    ("ComicNeue-Regular", "print"),
    ("Humor-Sans", "print"),
    ("humor-sans", "print"),
    ("ecolier", "cursive"),
    ("Ecolier", "cursive"),
    ("RufScript", "cursive"),
    ("rufscript", "cursive"),
    ("DancingScript-Regular", "cursive"),
    ("KaushanScript", "cursive"),
    ("dkgIt.ttf", "cursive"),
]
_FALLBACK = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
# pen width (dilation kernel, px at 200 dpi) that makes each font look like a ballpoint
_PEN = {
    "Breip.ttf": 3,
    "dkg.ttf": 2,
    "dkgIt.ttf": 2,
    "ComicNeue-Regular.otf": 2,
    "Ecolier-court.ttf": 3,
    "DancingScript-Regular.otf": 2,
}
# fonts whose letters are small for their em size
_SCALE = {"Ecolier-court.ttf": 1.45, "Breip.ttf": 1.1}


def find_fonts():
    """Installed handwriting fonts by role, in a fixed order."""
    files = sorted(
        glob.glob("/usr/share/fonts/**/*.ttf", recursive=True)
        + glob.glob("/usr/share/fonts/**/*.otf", recursive=True)
    )
    out = {"print": [], "cursive": []}
    for frag, role in _CANDIDATES:
        for f in files:
            if frag in os.path.basename(f) and f not in out[role]:
                out[role].append(f)
    if not out["print"]:
        out["print"] = [_FALLBACK]
    if not out["cursive"]:
        out["cursive"] = list(out["print"])
    return out


_FONT_CACHE = {}
_GLYPH_CACHE = {}
_MISSING = {}


def _font(path, px):
    key = (path, px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, px)
    return _FONT_CACHE[key]


def has_glyph(path, ch):
    if ch == " ":
        return True
    if path not in _MISSING:
        _MISSING[path] = set(TTFont(path, fontNumber=0, lazy=True).getBestCmap())
    return ord(ch) in _MISSING[path]


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def writable(path, text):
    """The text as this font can write it (accents dropped when a glyph is missing)."""
    if all(has_glyph(path, ch) for ch in text):
        return text
    s = strip_accents(text)
    return "".join(ch if has_glyph(path, ch) else "" for ch in s)


def _glyph(path, px, ch):
    key = (path, px, ch)
    g = _GLYPH_CACHE.get(key)
    if g is None:
        f = _font(path, px)
        left, top, right, bottom = f.getbbox(ch, anchor="ls")
        pad = int(px * 0.3) + 3
        w, h = max(1, right - left) + 2 * pad, max(1, bottom - top) + 2 * pad
        im = Image.new("L", (w, h), 0)
        ImageDraw.Draw(im).text((pad - left, pad - top), ch, font=f, fill=255, anchor="ls")
        g = (np.asarray(im), (pad - left, pad - top), f.getlength(ch))
        _GLYPH_CACHE[key] = g
    return g


class Ink:
    """Alpha layers (uint8) per ink colour over an image of size (h, w)."""

    def __init__(self, h, w):
        self.h, self.w = h, w
        self.layers = {}

    def layer(self, color):
        if color not in self.layers:
            self.layers[color] = np.zeros((self.h, self.w), np.uint8)
        return self.layers[color]

    def paste(self, color, mask, x, y):
        lay = self.layer(color)
        h, w = mask.shape
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.w, x + w), min(self.h, y + h)
        if x1 <= x0 or y1 <= y0:
            return
        sub = mask[y0 - y : y1 - y, x0 - x : x1 - x]
        np.maximum(lay[y0:y1, x0:x1], sub, out=lay[y0:y1, x0:x1])

    def compose(self, img, rng):
        """Blend the ink into an RGB uint8 image (same size)."""
        out = img.astype(np.float32)
        for color, a in self.layers.items():
            if not a.any():
                continue
            tex = rng.uniform(0.72, 1.0, (self.h // 16 + 2, self.w // 16 + 2)).astype(np.float32)
            tex = cv2.resize(tex, (self.w, self.h), interpolation=cv2.INTER_CUBIC)
            af = cv2.GaussianBlur(a, (0, 0), 0.55).astype(np.float32) / 255.0 * tex * 1.3
            af = np.clip(af, 0, 1)[..., None]
            out = out * (1 - af) + np.array(color, np.float32)[None, None, :] * af
        return np.clip(out, 0, 255).astype(np.uint8)


class Writer:
    """One person's hand: fonts, ink, size, slant and how shaky it is."""

    def __init__(self, rng, fonts, ink=None):
        self.rng = rng
        self.print_font = rng.choice(fonts["print"])
        self.cursive_font = rng.choice(fonts["cursive"])
        self.sig_font = rng.choice(fonts["cursive"])
        self.color = INKS[ink or rng.choice(["blue", "blue", "blue_light", "black", "navy"])]
        self.slant = rng.uniform(-4, 14)
        self.size = rng.uniform(0.9, 1.12)
        self.jitter = rng.uniform(0.6, 1.3)
        self.bold = rng.random() < 0.3
        self.caps_names = rng.random() < 0.75

    def text(
        self, ink, s, x, y, size_px, font=None, max_w=None, color=None, slant=None, jitter=None
    ):
        """Write s with its baseline starting at (x, y) px; returns the end x."""
        rng = self.rng
        font = font or self.print_font
        color = color or self.color
        slant = self.slant if slant is None else slant
        jit = self.jitter if jitter is None else jitter
        size_px *= self.size * _SCALE.get(os.path.basename(font), 1.0)
        if max_w:
            est = _font(font, max(6, int(size_px))).getlength(s)
            if est > max_w:
                size_px *= max(0.55, max_w / est)
        drift = 0.0
        for ch in s:
            px = max(6, int(round(size_px * (1 + rng.uniform(-0.06, 0.06) * jit))))
            if ch == " ":
                x += px * rng.uniform(0.28, 0.42)
                continue
            mask, (ox, oy), adv = _glyph(font, px, ch)
            drift = 0.8 * drift + rng.uniform(-0.035, 0.035) * px * jit
            sh = math.tan(math.radians(slant + rng.uniform(-2.5, 2.5) * jit))
            rot = math.radians(rng.uniform(-3, 3) * jit)
            a = np.array([[math.cos(rot), -math.sin(rot)], [math.sin(rot), math.cos(rot)]])
            a = a @ np.array([[1.0, -sh], [0.0, 1.0]])
            m = np.hstack([a, (np.array([ox, oy]) - a @ np.array([ox, oy]))[:, None]])
            g = cv2.warpAffine(mask, m, (mask.shape[1], mask.shape[0]), flags=cv2.INTER_LINEAR)
            pen = _PEN.get(os.path.basename(font), 1) + (1 if self.bold else 0)
            if pen > 1:
                g = cv2.dilate(g, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (pen, pen)))
            g = (g.astype(np.float32) * rng.uniform(0.82, 1.0)).astype(np.uint8)
            ink.paste(color, g, int(round(x - ox)), int(round(y + drift - oy)))
            x += adv * rng.uniform(0.96, 1.06) + px * rng.uniform(-0.01, 0.05) * jit
        return x

    def comb(self, ink, chars, boxes, font=None, size_frac=0.78):
        """One character per box (boxes in px: x, y_top, w, h)."""
        rng = self.rng
        for ch, (bx, by, bw, bh) in zip(chars, boxes):
            if ch == " ":
                continue
            px = bh * size_frac
            f = font or self.print_font
            w = _font(f, max(6, int(px * self.size))).getlength(ch)
            x = bx + bw / 2 - w / 2 + rng.uniform(-0.1, 0.1) * bw
            y = by + bh * rng.uniform(0.8, 0.9)
            self.text(ink, ch, x, y, px, font=f, slant=self.slant * 0.5)

    def stroke(self, ink, pts, width=None, color=None):
        pts = np.asarray(pts, np.float64)
        width = width or (2.6 if not self.bold else 3.6)
        lay = ink.layer(color or self.color)
        p = np.round(pts * 16).astype(np.int32).reshape(-1, 1, 2)
        cv2.polylines(lay, [p], False, 255, max(1, int(round(width))), cv2.LINE_AA, shift=4)

    def tick(self, ink, box, style=None):
        """A cross or a check mark in a box (px: x, y_top, w, h)."""
        rng = self.rng
        x, y, w, h = box
        style = style or rng.choice(["cross", "cross", "check", "check", "x_big"])
        j = lambda s: rng.uniform(-s, s)  # noqa: E731
        if style == "check":
            p = [
                (x + 0.1 * w + j(2), y + 0.45 * h + j(2)),
                (x + 0.42 * w, y + 0.92 * h + j(2)),
                (x + 0.75 * w, y + 0.3 * h),
                (x + 1.15 * w + j(3), y - 0.35 * h + j(3)),
            ]
            self.stroke(ink, spline(p, 8))
            return
        o = 0.0 if style == "cross" else 0.18
        self.stroke(
            ink,
            spline(
                [
                    (x + (0.12 - o) * w + j(2), y + (0.1 - o) * h + j(2)),
                    (x + 0.5 * w + j(1.5), y + 0.5 * h + j(1.5)),
                    (x + (0.9 + o) * w + j(2), y + (0.92 + o) * h + j(2)),
                ],
                6,
            ),
        )
        self.stroke(
            ink,
            spline(
                [
                    (x + (0.88 + o) * w + j(2), y + (0.1 - o) * h + j(2)),
                    (x + 0.5 * w + j(1.5), y + 0.52 * h + j(1.5)),
                    (x + (0.1 - o) * w + j(2), y + (0.95 + o) * h + j(2)),
                ],
                6,
            ),
        )

    def stray(self, ink, box):
        """A dot, a tiny tick or a short dash in the box: not a signature."""
        rng = self.rng
        x, y, w, h = box
        cx, cy = x + w * rng.uniform(0.2, 0.8), y + h * rng.uniform(0.3, 0.8)
        kind = rng.choice(["dot", "tick", "dash"])
        if kind == "dot":
            r = rng.uniform(2.2, 3.6)
            pts = [
                (cx + r * math.cos(t) * rng.uniform(0.8, 1.2), cy + r * math.sin(t))
                for t in np.linspace(0, 2 * math.pi, 9)
            ]
            lay = ink.layer(self.color)
            cv2.fillPoly(
                lay, [np.round(np.array(pts) * 16).astype(np.int32)], 255, cv2.LINE_AA, shift=4
            )
        elif kind == "tick":
            s = rng.uniform(9, 16)
            self.stroke(
                ink, spline([(cx, cy), (cx + s * 0.3, cy + s * 0.4), (cx + s, cy - s * 0.6)], 6)
            )
        else:
            s = rng.uniform(8, 18)
            self.stroke(
                ink,
                spline(
                    [
                        (cx, cy),
                        (cx + s / 2, cy + rng.uniform(-2, 2)),
                        (cx + s, cy + rng.uniform(-3, 3)),
                    ],
                    5,
                ),
            )
        return kind

    def signature(self, ink, box, surname, given):
        """A signature roughly inside box (px: x, y_top, w, h); may overflow a little."""
        rng = self.rng
        x, y, w, h = box
        style = rng.choice(["name", "name", "initial_loops", "initials"])
        sur = surname.split()[0].split("-")[0].capitalize()
        size = h * rng.uniform(0.32, 0.46)
        bx = x + w * rng.uniform(0.08, 0.3)
        by = y + h * rng.uniform(0.52, 0.7)
        slant = rng.uniform(8, 26)
        if style == "name":
            txt = sur if rng.random() < 0.6 else f"{given[0]}. {sur}"
        elif style == "initials":
            txt = f"{given[0]}{surname[0].lower()}"
        else:
            txt = given[0].upper()
        txt = writable(self.sig_font, txt) or "x"
        ex = self.text(
            ink, txt, bx, by, size, font=self.sig_font, slant=slant, jitter=0.5, max_w=w * 0.7
        )
        width = rng.uniform(2.2, 3.4)
        if style != "name" or rng.random() < 0.4:
            # cursive scribble: humps, tall loops and dips of uneven size
            hgt = h * rng.uniform(0.16, 0.26)
            x0, pts = ex, [(ex, by)]
            for _ in range(rng.randint(3, 7)):
                dx = size * rng.uniform(0.25, 0.5)
                kind = rng.choice(["hump", "hump", "loop", "dip", "hump"])
                up = hgt * rng.uniform(0.5, 1.1)
                if kind == "loop":
                    up *= rng.uniform(1.6, 2.4)
                    pts += [
                        (x0 + dx * 0.55, by - up),
                        (x0 + dx * 0.25, by - up * 0.85),
                        (x0 + dx * 0.5, by - hgt * 0.1),
                    ]
                elif kind == "dip":
                    pts += [
                        (x0 + dx * 0.4, by + hgt * rng.uniform(0.3, 0.9)),
                        (x0 + dx * 0.7, by - up * 0.4),
                    ]
                else:
                    pts += [(x0 + dx * 0.4, by - up), (x0 + dx * 0.8, by - hgt * 0.05)]
                x0 += dx
            pts = [
                (
                    px_ + np.tan(np.radians(slant)) * (by - py_) + rng.uniform(-1.5, 1.5),
                    py_ + rng.uniform(-1.5, 1.5),
                )
                for px_, py_ in pts
            ]
            curve = spline(pts, 10)
            self.stroke(ink, curve, width)
            ex = curve[-1][0]
        # flourish: underline sweeping back under the name, or a final hook
        kind = rng.choice(["under", "under", "hook", "none"])
        if kind == "under":
            p = [
                (ex, by - size * 0.1),
                (ex + size * 0.4, by + size * 0.15),
                (bx + (ex - bx) * 0.5, by + size * rng.uniform(0.3, 0.5)),
                (bx - size * rng.uniform(0.1, 0.5), by + size * rng.uniform(0.2, 0.45)),
                (bx + (ex - bx) * rng.uniform(0.9, 1.3), by + size * rng.uniform(0.05, 0.3)),
            ]
            self.stroke(ink, spline(p, 14), width * rng.uniform(0.7, 1.0))
        elif kind == "hook":
            p = [
                (ex, by),
                (ex + size * 0.5, by - size * 0.6),
                (ex + size * 0.2, by - size * 0.9),
                (ex - size * 0.2, by + size * 0.4),
                (ex + size * 1.2, by + size * 0.2),
            ]
            self.stroke(ink, spline(p, 12), width * 0.8)
        return style


def spline(pts, n):
    """Catmull-Rom through the points, n samples per segment."""
    p = np.asarray(pts, np.float64)
    p = np.vstack([p[0], p, p[-1]])
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
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
    out.append(p[-2])
    return np.array(out)
