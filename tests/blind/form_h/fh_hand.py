"""Handwriting on a rendered page: capitals in comb boxes, words on lines, ticks,
crosses and signatures, drawn as solid ballpoint-like strokes.

Everything is drawn onto a PIL RGB page whose resolution is given in dpi; positions
are in millimetres from the top-left corner (the layout's slots).
"""

from __future__ import annotations

import math
import random
import unicodedata

import numpy as np
from PIL import Image, ImageDraw, ImageFont

_OTF = "/usr/share/fonts/opentype/"
_TTF = "/usr/share/fonts/truetype/"

# key: (path, characters it lacks ("ascii" = no accents at all), cursive,
#       extra stroke width in px at 300 dpi)
_NO_EXT = "ŁŞĞİłşğ"
HAND_FONTS = {
    "dkg": (_TTF + "fifthhorseman/dkg.ttf", _NO_EXT, False, 1),
    "kaushan": (_OTF + "kaushanscript/KaushanScript-Regular.otf", "", False, 0),
    "comic": (_OTF + "comic-neue/ComicNeue-Regular.otf", "Łł", False, 1),
    "humor": (_TTF + "humor-sans/Humor-Sans.ttf", "ascii", False, 0),
    "ruf": (_TTF + "rufscript/Rufscript010.ttf", "ascii", False, 0),
    "dancing": (_OTF + "dancingscript/DancingScript-Regular.otf", _NO_EXT, True, 1),
    "dancing_b": (_OTF + "dancingscript/DancingScript-Bold.otf", _NO_EXT, True, 0),
}
PRINT_FONTS = ["kaushan", "humor", "ruf", "comic", "kaushan", "humor", "ruf"]
CURSIVE_FONTS = ["dancing", "dancing_b"]

INKS = [
    (22, 40, 128),  # blue ballpoint
    (30, 52, 150),
    (16, 30, 95),  # blue-black
    (28, 28, 34),  # black
    (40, 40, 48),
]

_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
_CAP_RATIO: dict[str, float] = {}


def font(key: str, size: int) -> ImageFont.FreeTypeFont:
    k = (key, size)
    if k not in _FONT_CACHE:
        _FONT_CACHE[k] = ImageFont.truetype(HAND_FONTS[key][0], size)
    return _FONT_CACHE[k]


def cap_ratio(key: str) -> float:
    """cap height / font size."""
    if key not in _CAP_RATIO:
        f = font(key, 200)
        box = f.getbbox("H", anchor="ls")
        _CAP_RATIO[key] = -box[1] / 200.0
    return _CAP_RATIO[key]


def supports(key: str, text: str) -> bool:
    lacks = HAND_FONTS[key][1]
    if lacks == "ascii":
        return all(ord(ch) < 128 for ch in text)
    return not any(ch in lacks for ch in text)


_MARKS = {
    "\u0301": "acute",
    "\u0300": "grave",
    "\u0302": "circ",
    "\u030c": "caron",
    "\u0308": "diaer",
    "\u0307": "dot",
    "\u0303": "tilde",
    "\u0306": "breve",
    "\u030a": "ring",
    "\u0327": "cedilla",
}


def decompose(ch: str) -> tuple[str, list[str]]:
    """'É' -> ('E', ['acute']); 'Ł' -> ('L', ['stroke'])."""
    if ch in "Łł":
        return ("L" if ch == "Ł" else "l"), ["stroke"]
    if ch in "Øø":
        return ("O" if ch == "Ø" else "o"), ["stroke"]
    if ch == "İ":
        return "I", ["dot"]
    d = unicodedata.normalize("NFD", ch)
    marks = [_MARKS[m] for m in d[1:] if m in _MARKS]
    return d[0], marks


class Hand:
    """One writer: a font for capitals, a cursive font, an ink, a pressure."""

    def __init__(self, img: Image.Image, dpi: float, rng: random.Random, **kw):
        self.img = img
        self.dpi = dpi
        self.rng = rng
        self.print_font = kw.get("print_font") or rng.choice(PRINT_FONTS)
        self.extra_stroke = 0
        self.cursive_font = kw.get("cursive_font") or rng.choice(CURSIVE_FONTS)
        self.ink = kw.get("ink") or rng.choice(INKS)
        self.pressure = kw.get("pressure") or rng.uniform(0.86, 1.0)
        self.slant = rng.uniform(-3.0, 4.0)
        self.size_jit = rng.uniform(0.03, 0.08)
        self.mixed_case = kw.get("mixed_case", rng.random() < 0.35)
        self.last_text = ""

    # -- geometry
    def px(self, v_mm: float) -> float:
        return v_mm * self.dpi / 25.4

    def _stroke_px(self, key: str) -> int:
        extra = HAND_FONTS[key][3] + self.extra_stroke
        return max(0, round(extra * self.dpi / 300.0))

    def _paste(self, mask: Image.Image, x: int, y: int, opacity: float) -> None:
        if opacity < 0.999:
            arr = (np.asarray(mask, dtype=np.float32) * opacity).astype(np.uint8)
            mask = Image.fromarray(arr, "L")
        self.img.paste(self.ink, (x, y), mask)

    def glyph(self, key: str, text: str, x: float, y: float, cap_px: float, angle: float):
        """Draw text with its left-baseline at (x, y) px, rotated by angle degrees."""
        size = max(6, round(cap_px / cap_ratio(key)))
        f = font(key, size)
        adv = f.getlength(text)
        sw = self._stroke_px(key)
        w = int(adv + size * 1.2 + 2 * sw)
        h = int(size * 2.0 + 2 * sw)
        ox, oy = int(size * 0.5), int(size * 1.35)
        mask = Image.new("L", (w, h), 0)
        ImageDraw.Draw(mask).text(
            (ox, oy), text, font=f, fill=255, anchor="ls", stroke_width=sw, stroke_fill=255
        )
        if abs(angle) > 0.05:
            mask = mask.rotate(angle, resample=Image.BICUBIC, center=(ox, oy))
        op = min(1.0, self.pressure * self.rng.uniform(0.94, 1.04))
        self._paste(mask, int(round(x - ox)), int(round(y - oy)), op)
        return adv

    def glyph_char(self, key: str, ch: str, x: float, y: float, cap_px: float, angle: float):
        """One character; accents the font lacks are added with the pen."""
        if supports(key, ch):
            return self.glyph(key, ch, x, y, cap_px, angle)
        base, marks = decompose(ch)
        adv = self.glyph(key, base, x, y, cap_px, angle)
        self.accent_marks(base, marks, x, y, adv, cap_px)
        return adv

    def accent_marks(self, base: str, marks: list[str], x, y, adv, cap) -> None:
        rng = self.rng
        k = 25.4 / self.dpi  # px -> mm
        tall = base.isupper() or base.isdigit() or base in "bdfhklt"
        top = y - cap * (1.0 if tall else 0.68)
        cx = x + adv * 0.5 + rng.uniform(-0.05, 0.05) * cap
        w = max(0.2, cap * k * 0.085)

        def pt(dx, dy):
            return ((cx + dx * cap) * k, (top + dy * cap) * k)

        for m in marks:
            if m == "acute":
                self.stroke([pt(-0.1, -0.1), pt(0.12, -0.38)], w)
            elif m == "grave":
                self.stroke([pt(-0.12, -0.38), pt(0.1, -0.1)], w)
            elif m == "circ":
                self.stroke([pt(-0.2, -0.1), pt(0.0, -0.36), pt(0.2, -0.1)], w)
            elif m == "caron":
                self.stroke([pt(-0.2, -0.36), pt(0.0, -0.1), pt(0.2, -0.36)], w)
            elif m == "diaer":
                self.dot(*pt(-0.15, -0.2), r_mm=w * 0.8)
                self.dot(*pt(0.15, -0.2), r_mm=w * 0.8)
            elif m == "dot":
                self.dot(*pt(0.0, -0.2), r_mm=w * 0.8)
            elif m == "tilde":
                self.stroke(
                    [pt(-0.22, -0.16), pt(-0.1, -0.28), pt(0.08, -0.16), pt(0.22, -0.28)], w
                )
            elif m == "breve":
                self.stroke(
                    [pt(-0.18, -0.34), pt(-0.08, -0.14), pt(0.08, -0.14), pt(0.18, -0.34)], w
                )
            elif m == "ring":
                self.stroke(
                    [
                        pt(0.1 * math.cos(a), -0.24 + 0.1 * math.sin(a))
                        for a in np.linspace(0, 6.3, 12)
                    ],
                    w,
                    taper=False,
                )
            elif m == "cedilla":
                yb = (y - top) / cap
                self.stroke([pt(0.0, yb), pt(0.08, yb + 0.16), pt(-0.1, yb + 0.3)], w)
            elif m == "stroke":
                yb = (y - top) / cap
                x0 = (x - cx) / cap
                self.stroke([pt(x0 - 0.05, yb - 0.3), pt(x0 + 0.45, yb - 0.62)], w)

    # -- writing
    def pick_font(self, text: str, cursive: bool = False) -> str:
        if cursive and supports(self.cursive_font, text):
            return self.cursive_font
        return self.print_font

    def write(
        self,
        text: str,
        x_mm: float,
        base_mm: float,
        cap_mm: float,
        max_w_mm=None,
        cursive: bool = False,
    ) -> float:
        """Write along a baseline; returns the end x in mm."""
        if not text:
            return x_mm
        rng = self.rng
        key = self.pick_font(text, cursive)
        # what a reader sees: this font has capitals only
        self.last_text = text.upper() if key == "humor" else text
        cap = self.px(cap_mm)
        f = font(key, max(6, round(cap / cap_ratio(key))))
        spacing = 1.08 if not HAND_FONTS[key][2] else 1.0
        est = f.getlength(text) * spacing / self.dpi * 25.4
        if max_w_mm and est > max_w_mm:
            cap *= max_w_mm / est
            spacing = min(spacing, 1.04)
        x = self.px(x_mm)
        y = self.px(base_mm)
        slope = math.radians(rng.uniform(-0.9, 0.9))
        x0 = x
        if HAND_FONTS[key][2]:
            # cursive: word by word, keeping the joins inside a word
            for word in text.split(" "):
                c = cap * (1 + rng.uniform(-self.size_jit, self.size_jit) / 2)
                yy = y + (x - x0) * math.tan(slope) + rng.uniform(-0.05, 0.05) * cap
                adv = self.glyph(key, word, x, yy, c, rng.uniform(-1.5, 1.5) - math.degrees(slope))
                x += adv + cap * rng.uniform(0.45, 0.7)
        else:
            for ch in text:
                if ch == " ":
                    x += cap * rng.uniform(0.55, 0.8)
                    continue
                c = cap * (1 + rng.uniform(-self.size_jit, self.size_jit))
                yy = y + (x - x0) * math.tan(slope) + rng.uniform(-0.06, 0.06) * cap
                ang = -self.slant + rng.uniform(-3.5, 3.5) - math.degrees(slope)
                adv = self.glyph_char(key, ch, x, yy, c, ang)
                x += adv * spacing * rng.uniform(0.96, 1.06)
        return x / self.dpi * 25.4

    def on_line(self, slot: dict, text: str, cap_mm: float = 3.3, cursive=None) -> str:
        """Write on a field line or in a field rectangle; returns the text as it reads."""
        if not text:
            return text
        rng = self.rng
        if cursive is None:
            cursive = False
        if slot["kind"] == "rect":
            x0, x1 = slot["x"], slot["x"] + slot["w"]
            base = slot["y"] + slot["h"] * rng.uniform(0.74, 0.8)
            cap_mm = min(cap_mm, slot["h"] * 0.58)
        else:
            x0, x1 = slot["x0"], slot["x1"]
            base = slot["y"] - rng.uniform(0.7, 1.4)
        start = x0 + rng.uniform(1.0, 4.0)
        self.write(text, start, base, cap_mm, max_w_mm=x1 - start - 1.0, cursive=cursive)
        return self.last_text

    def in_comb(self, slot: dict, text: str, start: int = 0) -> str:
        """One character per box; returns the text as it reads."""
        rng = self.rng
        key = self.pick_font(text)
        if key == "humor":
            text = text.upper()
        cw, ch = slot["cw"], slot["ch"]
        cap = self.px(min(ch * 0.62, cw * 0.82))
        f = font(key, max(6, round(cap / cap_ratio(key))))
        for i, c in enumerate(text[: slot["n"] - start]):
            if c == " ":
                continue
            cc = cap * (1 + rng.uniform(-self.size_jit, self.size_jit))
            adv = f.getlength(decompose(c)[0]) * cc / cap
            if adv > self.px(cw) * 0.78:
                cc *= self.px(cw) * 0.78 / adv
                adv = self.px(cw) * 0.78
            cx = self.px(slot["x"] + (start + i + 0.5) * cw) + rng.uniform(-0.07, 0.07) * self.px(
                cw
            )
            base = self.px(slot["y"] + ch * 0.5) + cc / 2 + rng.uniform(-0.05, 0.07) * cc
            ang = -self.slant + rng.uniform(-4.0, 4.0)
            self.glyph_char(key, c, cx - adv / 2, base, cc, ang)
        return text

    # -- strokes
    def stroke(self, pts_mm: list[tuple[float, float]], width_mm: float, taper=True) -> None:
        """A pen stroke through points (mm); drawn supersampled for smooth edges."""
        ss = 3
        pts = [(self.px(x), self.px(y)) for x, y in pts_mm]
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        wpx = self.px(width_mm)
        pad = wpx * 2 + 4
        bx0, by0 = int(min(xs) - pad), int(min(ys) - pad)
        bx1, by1 = int(max(xs) + pad), int(max(ys) + pad)
        w, h = (bx1 - bx0) * ss, (by1 - by0) * ss
        mask = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(mask)
        n = len(pts)
        for i in range(n):
            t = i / max(1, n - 1)
            f = 1.0
            if taper:
                f = 0.55 + 0.45 * min(1.0, t * 6, (1 - t) * 5)
            r = wpx * f * ss / 2
            x, y = (pts[i][0] - bx0) * ss, (pts[i][1] - by0) * ss
            if i:
                px_, py_ = (pts[i - 1][0] - bx0) * ss, (pts[i - 1][1] - by0) * ss
                d.line([(px_, py_), (x, y)], fill=255, width=max(1, int(2 * r)))
            d.ellipse([x - r, y - r, x + r, y + r], fill=255)
        mask = mask.resize((bx1 - bx0, by1 - by0), Image.LANCZOS)
        self._paste(mask, bx0, by0, min(1.0, self.pressure * self.rng.uniform(0.95, 1.03)))

    def mark(self, slot: dict, style: str = "cross", outside: bool = False) -> None:
        """A cross X or a tick in a box, sometimes spilling over its edge."""
        rng = self.rng
        s = slot["s"]
        x, y = slot["x"], slot["y"]
        ox = rng.uniform(-0.12, 0.12) * s
        oy = rng.uniform(-0.12, 0.12) * s
        if outside:
            ox += rng.choice([-1, 1]) * s * rng.uniform(0.3, 0.45)
            oy -= s * rng.uniform(0.15, 0.35)
        k = rng.uniform(1.0, 1.25)
        cx, cy = x + s / 2 + ox, y + s / 2 + oy
        half = s / 2 * k
        wid = rng.uniform(0.32, 0.45)
        if style == "cross":
            self.stroke(_bend(cx - half, cy - half, cx + half, cy + half, rng), wid)
            self.stroke(_bend(cx + half, cy - half * 1.05, cx - half * 0.95, cy + half, rng), wid)
        else:
            a = (cx - half * 0.9, cy - half * 0.05)
            b = (cx - half * 0.2, cy + half * 0.85)
            c = (cx + half * 1.3, cy - half * 1.45)
            pts = _lerp(a, b, 6) + _lerp(b, c, 12)[1:]
            self.stroke(pts, wid)

    def dot(self, x_mm: float, y_mm: float, r_mm: float = 0.45) -> None:
        pts = []
        for i in range(10):
            a = i / 9 * 2 * math.pi
            pts.append((x_mm + r_mm * 0.4 * math.cos(a), y_mm + r_mm * 0.4 * math.sin(a)))
        self.stroke(pts, r_mm * 1.6, taper=False)


def _lerp(a, b, n):
    return [
        (a[0] + (b[0] - a[0]) * i / (n - 1), a[1] + (b[1] - a[1]) * i / (n - 1)) for i in range(n)
    ]


def _bend(x0, y0, x1, y1, rng, n=12):
    bow = rng.uniform(-0.08, 0.08)
    out = []
    for i in range(n):
        t = i / (n - 1)
        x = x0 + (x1 - x0) * t
        y = y0 + (y1 - y0) * t
        nx, ny = -(y1 - y0), x1 - x0
        k = bow * math.sin(math.pi * t)
        out.append((x + nx * k, y + ny * k))
    return out


# ---------------------------------------------------------------------------
# signatures, as polylines in a unit box (x to the right, y down, 0..1)


def _catmull(points, per=8):
    out = []
    pts = [points[0], *points, points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for j in range(per):
            t = j / per
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in range(2)
                )
            )
    out.append(points[-1])
    return out


def signature_strokes(rng: random.Random, style: str | None = None) -> list[list[tuple]]:
    """A handwritten signature as a few pen strokes (unit box)."""
    style = style or rng.choice(["loops", "initial_wave", "zigzag", "double"])
    strokes: list[list[tuple]] = []
    if style == "loops":
        # a tall first letter loop, then shrinking humps, then a rising tail
        ctrl = [(0.05, 0.75), (0.12, 0.15), (0.2, 0.05), (0.22, 0.5), (0.16, 0.85), (0.28, 0.6)]
        x = 0.3
        amp = rng.uniform(0.22, 0.32)
        for _ in range(rng.randint(4, 7)):
            ctrl += [(x + 0.03, 0.6 - amp), (x + 0.06, 0.66), (x + 0.09, 0.62)]
            x += rng.uniform(0.07, 0.1)
            amp *= rng.uniform(0.8, 0.98)
        ctrl += [(x + 0.1, 0.55), (min(0.98, x + 0.2), 0.3)]
        strokes.append(_catmull(ctrl, 7))
        strokes.append(_catmull([(0.08, 0.9), (0.4, 0.82), (0.7, 0.86), (0.92, 0.78)], 8))
    elif style == "initial_wave":
        ctrl = [(0.1, 0.9), (0.14, 0.3), (0.22, 0.08), (0.3, 0.3), (0.26, 0.55), (0.2, 0.5)]
        ctrl += [(0.32, 0.45), (0.38, 0.25), (0.42, 0.7)]
        x = 0.45
        while x < 0.85:
            ctrl += [(x, rng.uniform(0.35, 0.45)), (x + 0.04, rng.uniform(0.62, 0.7))]
            x += rng.uniform(0.06, 0.09)
        ctrl += [(0.95, 0.35)]
        strokes.append(_catmull(ctrl, 6))
        if rng.random() < 0.6:
            strokes.append(_catmull([(0.18, 0.58), (0.5, 0.52), (0.85, 0.5)], 8))
    elif style == "zigzag":
        ctrl = [(0.04, 0.6)]
        x = 0.06
        up = True
        while x < 0.8:
            ctrl.append((x, rng.uniform(0.12, 0.3) if up else rng.uniform(0.65, 0.8)))
            x += rng.uniform(0.05, 0.09)
            up = not up
        ctrl += [(0.85, 0.5), (0.9, 0.75), (0.6, 0.85), (0.3, 0.8)]
        strokes.append(_catmull(ctrl, 6))
    else:
        # two words: a capital loop and a long lower word, underlined
        a = [(0.04, 0.55), (0.1, 0.12), (0.17, 0.55), (0.08, 0.45), (0.2, 0.4)]
        strokes.append(_catmull(a, 8))
        b = [(0.28, 0.6), (0.34, 0.2), (0.36, 0.62)]
        x = 0.38
        while x < 0.9:
            b += [(x + 0.02, rng.uniform(0.42, 0.5)), (x + 0.045, 0.63)]
            x += rng.uniform(0.05, 0.07)
        strokes.append(_catmull(b, 6))
        strokes.append(_catmull([(0.3, 0.78), (0.6, 0.74), (0.95, 0.7)], 8))
    # jitter the whole thing a little
    sx, sy = rng.uniform(0.9, 1.05), rng.uniform(0.85, 1.05)
    shear = rng.uniform(-0.25, 0.05)
    out = []
    for s in strokes:
        pts = []
        for x, y in s:
            y2 = y * sy + rng.uniform(-0.006, 0.006)
            pts.append((x * sx + shear * (y2 - 0.5) + rng.uniform(-0.004, 0.004), y2))
        out.append(pts)
    return out


def place_strokes(strokes, rect: dict, rng: random.Random, fill=(0.55, 0.75)):
    """Map unit strokes into the signature box (mm)."""
    w = rect["w"] * rng.uniform(*fill)
    h = min(rect["h"] * 0.55, w * rng.uniform(0.28, 0.42))
    top = rect["y"] + (7.0 if rect.get("label_inside") else 2.5)
    x0 = rect["x"] + rng.uniform(0.08, 0.95) * max(1.0, rect["w"] - w - 4) + 2
    y0 = top + rng.uniform(0.1, 0.9) * max(0.5, rect["y"] + rect["h"] - top - h - 3)
    return [[(x0 + x * w, y0 + y * h) for x, y in s] for s in strokes]


def draw_signature(hand: Hand, rect: dict, name: str, rng: random.Random, style=None) -> None:
    """A signature in the framed box: drawn strokes, or a written name with a flourish."""
    style = style or rng.choice(["strokes", "strokes", "strokes", "name"])
    if style == "name":
        key = rng.choice(["dancing", "dancing_b", "kaushan"])
        cap = min(rect["h"] * 0.32, 8.5)
        top = rect["y"] + (8.0 if rect.get("label_inside") else 3.0)
        base = top + cap * 1.4 + rng.uniform(0, max(0.5, rect["h"] - cap * 2.4 - 9))
        x = rect["x"] + rng.uniform(6, max(7, rect["w"] * 0.3))
        old = hand.cursive_font, hand.print_font
        hand.cursive_font = key if key != "kaushan" else "dancing_b"
        if key == "kaushan":
            hand.print_font = "kaushan"
        hand.extra_stroke = 1
        end = hand.write(
            name, x, base, cap, max_w_mm=rect["x"] + rect["w"] - x - 4, cursive=key != "kaushan"
        )
        hand.extra_stroke = 0
        hand.cursive_font, hand.print_font = old
        # underline flourish
        y = base + rng.uniform(1.5, 3.0)
        ctrl = [(x - 2, y + 1.0), ((x + end) / 2, y + rng.uniform(-0.8, 0.8)), (end + 3, y - 2.5)]
        hand.stroke(_catmull(ctrl, 10), rng.uniform(0.4, 0.6))
        return
    width = rng.uniform(0.42, 0.65)
    for s in place_strokes(signature_strokes(rng), rect, rng):
        hand.stroke(s, width)
