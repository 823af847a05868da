"""Pen strokes: handwriting from handwriting fonts with per-glyph jitter, signatures drawn
as variable-width curves, ticks, crosses and stray marks.

Everything here draws on a reportlab canvas in points (origin bottom-left), except
`signature_png`, which renders a signature to an RGBA (or photographed RGB) picture for
pasting into a fillable PDF.
"""

from __future__ import annotations

import logging
import math
import unicodedata

import cv2
import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as RLTTFont

TT = "/usr/share/fonts/truetype"
HAND_FONTS = {
    "breip": (f"{TT}/breip/Breip.ttf", 1.0, 0.45),
    "dkg": (f"{TT}/fifthhorseman/dkg.ttf", 0.95, 0.15),
    "dkg_it": (f"{TT}/fifthhorseman/dkgIt.ttf", 0.95, 0.15),
    "ecolier": (f"{TT}/ecolier-court/Ecolier-court.ttf", 1.35, 0.4),
    "humor": (f"{TT}/humor-sans/Humor-Sans.ttf", 0.9, 0.1),
}
INKS = {
    "blue": (0.10, 0.16, 0.52),
    "black": (0.09, 0.09, 0.12),
    "blue_gel": (0.05, 0.20, 0.62),
}
_CMAPS: dict[str, set[int]] = {}
logging.getLogger("fontTools").setLevel(logging.ERROR)  # quiet font-table warnings


def register_hand_fonts() -> None:
    for key, (path, _scale, _stroke) in HAND_FONTS.items():
        name = "Hand-" + key
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(RLTTFont(name, path))
        if key not in _CMAPS:
            _CMAPS[key] = set(TTFont(path).getBestCmap())


def _glyph_char(font_key: str, ch: str) -> str:
    cmap = _CMAPS[font_key]
    if ord(ch) in cmap:
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    if ord(base) in cmap:
        return base
    if ord(base.upper()) in cmap:
        return base.upper()
    return "?" if ord("?") in cmap else " "


class HandPen:
    """A writer with one hand: font, ink, size, slant and jitter fixed per person."""

    def __init__(self, rng, font_key: str, ink: str = "blue", size: float = 11.0):
        register_hand_fonts()
        self.rng = rng
        self.key = font_key
        self.font = "Hand-" + font_key
        _path, self.scale, self.stroke = HAND_FONTS[font_key]
        self.color = INKS[ink]
        self.size = size
        self.slant = rng.uniform(-4.0, 6.0)
        self.jit = rng.uniform(0.5, 1.0)

    def _glyph(self, c, x: float, y: float, ch: str, size: float, angle: float) -> float:
        g = _glyph_char(self.key, ch)
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        c.skew(0, 0)
        c.setFillColorRGB(*self.color)
        c.setStrokeColorRGB(*self.color)
        c.setFillAlpha(self.rng.uniform(0.82, 0.97))
        c.setStrokeAlpha(0.8)
        c.setLineWidth(self.stroke * size / 11.0)
        t = c.beginText()
        t.setTextRenderMode(2)
        t.setFont(self.font, size)
        t.setTextOrigin(0, 0)
        t.textOut(g)
        c.drawText(t)
        c.restoreState()
        return pdfmetrics.stringWidth(g, self.font, size)

    def write(
        self,
        c,
        x: float,
        y: float,
        text: str,
        size: float | None = None,
        max_w: float | None = None,
    ) -> float:
        """Write `text` with its baseline near y; returns the x where the pen stopped."""
        rng = self.rng
        size = (size or self.size) * self.scale
        if max_w:
            natural = pdfmetrics.stringWidth(text, self.font, size) * 1.04
            if natural > max_w:
                size *= max_w / natural
        drift = rng.uniform(-1.2, 1.2)
        base = y
        dy = 0.0
        for i, ch in enumerate(text):
            if ch == " ":
                x += size * rng.uniform(0.28, 0.42)
                continue
            s = size * rng.uniform(1 - 0.06 * self.jit, 1 + 0.06 * self.jit)
            dy += rng.uniform(-0.25, 0.25) * self.jit
            dy = max(-1.2, min(1.2, dy))
            ang = -self.slant * 0.3 + rng.uniform(-3.5, 3.5) * self.jit
            yy = base + dy + math.tan(math.radians(drift)) * (i * size * 0.5)
            w = self._glyph(c, x, yy, ch, s, ang)
            x += w + rng.uniform(-0.25, 0.55) * size / 11
        return x

    def write_center(self, c, cx: float, y: float, ch: str, size: float) -> None:
        rng = self.rng
        s = size * self.scale * rng.uniform(0.92, 1.06)
        w = pdfmetrics.stringWidth(_glyph_char(self.key, ch), self.font, s)
        x = cx - w / 2 + rng.uniform(-1.0, 1.0) * self.jit
        self._glyph(c, x, y + rng.uniform(-0.8, 0.8), ch, s, rng.uniform(-4, 4) * self.jit)


# ----------------------------------------------------------------------------- strokes
def _catmull(points: list[tuple[float, float]], steps: int = 10) -> list[tuple[float, float]]:
    if len(points) < 3:
        return list(points)
    pts = [points[0]] + list(points) + [points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[j]
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in range(2)
                )
            )
    out.append(points[-1])
    return out


def _widths(rng, pts, base: float) -> list[tuple[float, float, float]]:
    """Attach a pen width to each point: smooth pressure, thinner when fast, tapered ends."""
    n = len(pts)
    ph = [rng.uniform(0, 6.28) for _ in range(3)]
    fr = [rng.uniform(0.5, 1.5), rng.uniform(2, 4), rng.uniform(5, 9)]
    out = []
    for i, (x, y) in enumerate(pts):
        t = i / max(1, n - 1)
        p = 0.75 + 0.15 * math.sin(fr[0] * 6.28 * t + ph[0])
        p += 0.08 * math.sin(fr[1] * 6.28 * t + ph[1])
        p += 0.05 * math.sin(fr[2] * 6.28 * t + ph[2])
        if i > 0:
            sp = math.hypot(x - pts[i - 1][0], y - pts[i - 1][1])
            p *= 1.15 - min(0.45, sp * 2.2)
        taper = min(1.0, (i + 1) / 6.0, (n - i) / 8.0)
        out.append((x, y, base * max(0.25, p) * (0.35 + 0.65 * taper)))
    return out


def signature_strokes(rng, initials: str = "AB") -> list[list[tuple[float, float, float]]]:
    """A scribbled signature in unit space (x-height 1): capital loop, cursive body, flourish."""
    strokes = []
    x = 0.0
    cap_h = rng.uniform(1.5, 2.3)
    cap_w = rng.uniform(0.8, 1.4)
    # capital: up-stroke into a big loop
    cap = [
        (0.1, -0.2),
        (0.35 * cap_w, cap_h * 0.7),
        (0.55 * cap_w, cap_h),
        (0.9 * cap_w, cap_h * 0.8),
        (0.8 * cap_w, cap_h * 0.35),
        (0.2 * cap_w, 0.2),
        (0.5 * cap_w, 0.45),
    ]
    if initials[:1] in "AEIOUY":
        cap = [
            (0.0, 0.0),
            (0.5 * cap_w, cap_h),
            (0.95 * cap_w, 0.0),
            (0.3 * cap_w, 0.9),
            (1.1 * cap_w, 1.0),
        ]
    x = cap[-1][0]
    body = list(cap)
    n = rng.randint(5, 9)
    for _ in range(n):
        kind = rng.choices(["hump", "asc", "desc", "e"], [5, 2, 1, 2])[0]
        if kind == "hump":
            body += [(x + 0.18, rng.uniform(0.8, 1.15)), (x + 0.42, rng.uniform(-0.05, 0.12))]
            x += 0.42
        elif kind == "asc":
            body += [
                (x + 0.28, 1.1),
                (x + 0.45, rng.uniform(1.9, 2.4)),
                (x + 0.26, 1.95),
                (x + 0.38, 0.0),
            ]
            x += 0.4
        elif kind == "desc":
            body += [(x + 0.2, 0.9), (x + 0.3, -0.9), (x + 0.12, -1.1), (x + 0.35, 0.1)]
            x += 0.35
        else:
            body += [(x + 0.25, 0.7), (x + 0.1, 0.55), (x + 0.2, 0.1), (x + 0.4, 0.35)]
            x += 0.4
    end_x = x
    style = rng.choice(["under", "loop", "tail", "cross"])
    if style == "under":
        body += [(x + 0.35, -0.3), (x * 0.6, -0.75), (0.2, -0.55), (0.05, -0.3)]
    elif style == "loop":
        body += [(x + 0.5, 0.9), (x + 0.2, 1.3), (x + 0.1, 0.2), (x + 0.9, -0.4)]
    elif style == "tail":
        body += [(x + 0.6, 0.5), (x + 1.1, 0.9)]
    strokes.append(body)
    if style == "cross":
        strokes.append([(0.1, -0.5), (end_x * 0.5, -0.25), (end_x + 0.4, 0.1)])
    if rng.random() < 0.45:
        dx = rng.uniform(0.3, 0.9) * end_x
        strokes.append([(dx, 1.5), (dx + 0.06, 1.56)])
    sl = rng.uniform(0.15, 0.45)
    stretch = rng.uniform(1.3, 1.9)
    out = []
    base = rng.uniform(0.05, 0.08)
    for s in strokes:
        j = [
            (px * stretch + sl * py + rng.uniform(-0.03, 0.03), py + rng.uniform(-0.04, 0.04))
            for px, py in s
        ]
        out.append(_widths(rng, _catmull(j, 12), base))
    return out


def _bbox(strokes):
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    return min(xs), min(ys), max(xs), max(ys)


def draw_strokes(
    c, strokes, color, scale: float = 1.0, ox: float = 0.0, oy: float = 0.0, angle: float = 0.0
) -> None:
    """Draw variable-width polylines; widths are in the strokes' own units times `scale`."""
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    for s in strokes:
        pts = [
            (ox + (x * ca - y * sa) * scale, oy + (x * sa + y * ca) * scale, w * scale)
            for x, y, w in s
        ]
        for (x0, y0, w0), (x1, y1, w1) in zip(pts, pts[1:], strict=False):
            c.setLineWidth(max(0.2, (w0 + w1) / 2))
            c.line(x0, y0, x1, y1)
        if len(pts) == 1:
            c.setLineWidth(pts[0][2])
            c.line(pts[0][0], pts[0][1], pts[0][0] + 0.1, pts[0][1])
    c.restoreState()


def draw_signature(c, rng, rect, ink, initials: str = "AB") -> None:
    """Sign inside rect (x, y, w, h): sized to 45-80 % of the box, may touch the frame."""
    x, y, w, h = rect
    st = signature_strokes(rng, initials)
    x0, y0, x1, y1 = _bbox(st)
    scale = min(w * rng.uniform(0.45, 0.78) / (x1 - x0), h * 0.8 / (y1 - y0))
    sw, sh = (x1 - x0) * scale, (y1 - y0) * scale
    ox = x + rng.uniform(0.08, 0.95) * (w - sw) - x0 * scale
    oy = y + rng.uniform(0.1, 0.9) * (h - sh) - y0 * scale
    draw_strokes(c, st, INKS[ink], scale, ox, oy, rng.uniform(-7, 9))


def signature_png(rng, initials: str, photographed: bool) -> Image.Image:
    """A signature picture as people paste into a PDF: transparent PNG or a cropped photo."""
    st = signature_strokes(rng, initials)
    x0, y0, x1, y1 = _bbox(st)
    sc = 900 / (x1 - x0)
    w, h = 1000, int((y1 - y0) * sc + 100)
    alpha = np.zeros((h, w), np.uint8)
    for s in st:
        pts = [
            (int(50 + (px - x0) * sc), int(h - 50 - (py - y0) * sc), pw * sc) for px, py, pw in s
        ]
        for (ax, ay, aw), (bx, by, bw) in zip(pts, pts[1:], strict=False):
            cv2.line(alpha, (ax, ay), (bx, by), 255, max(1, int(round((aw + bw) / 2))), cv2.LINE_AA)
    ink = np.array([22, 30, 110] if rng.random() < 0.6 else [25, 25, 30], np.float32)
    if not photographed:
        rgba = np.zeros((h, w, 4), np.uint8)
        rgba[..., :3] = ink.astype(np.uint8)
        rgba[..., 3] = alpha
        return Image.fromarray(rgba, "RGBA").resize((w // 2, h // 2), Image.LANCZOS)
    paper = np.array([232, 228, 218], np.float32) + rng.uniform(-10, 8)
    yy, xx = np.mgrid[0:h, 0:w]
    grad = 1.0 - 0.12 * (xx / w) - 0.06 * (yy / h)
    a = (alpha.astype(np.float32) / 255.0)[..., None]
    img = paper[None, None, :] * grad[..., None] * (1 - a) + ink[None, None, :] * a
    img += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 3.0, img.shape)
    img = cv2.GaussianBlur(np.clip(img, 0, 255).astype(np.uint8), (3, 3), 0.8)
    return Image.fromarray(img, "RGB").resize((w // 2, h // 2), Image.LANCZOS)


def draw_tick(c, rng, rect, ink, style: str = "cross") -> None:
    """A hand mark in a check box: cross, check mark or filled scribble."""
    x, y, s, _ = rect
    col = INKS[ink]
    over = rng.uniform(0.05, 0.35) * s
    wd = rng.uniform(0.9, 1.4)
    if style == "cross":
        a = [
            (x - over * 0.5 + rng.uniform(-1, 1), y + s + over * 0.6),
            (x + s * 0.5, y + s * 0.5 + rng.uniform(-1, 1)),
            (x + s + over * 0.4, y - over * 0.3),
        ]
        b = [
            (x + s + over * 0.3, y + s + over * 0.5),
            (x + s * 0.45, y + s * 0.45),
            (x - over * 0.2, y - over * 0.4),
        ]
        strokes = [a, b]
    elif style == "check":
        strokes = [
            [
                (x + s * 0.1, y + s * 0.5),
                (x + s * 0.4, y + s * 0.1),
                (x + s * 0.75, y + s * 0.8),
                (x + s + over, y + s + over * 1.6),
            ]
        ]
    else:
        strokes = [
            [
                (x + s * 0.2, y + s * 0.3),
                (x + s * 0.8, y + s * 0.75),
                (x + s * 0.25, y + s * 0.7),
                (x + s * 0.75, y + s * 0.25),
            ]
        ]
    for st in strokes:
        jit = [(px + rng.uniform(-0.4, 0.4), py + rng.uniform(-0.4, 0.4)) for px, py in st]
        pts = _catmull(jit, 6)
        wp = [(px, py, wd * (0.6 + 0.4 * min(1, (i + 1) / 4))) for i, (px, py) in enumerate(pts)]
        draw_strokes(c, [wp], col)


def draw_stray_mark(c, rng, rect, ink) -> str:
    """A dot or a tiny tick in the signature box, no signature. Returns what was drawn."""
    x, y, w, h = rect
    px, py = x + rng.uniform(0.15, 0.85) * w, y + rng.uniform(0.15, 0.7) * h
    col = INKS[ink]
    if rng.random() < 0.5:
        c.saveState()
        c.setFillColorRGB(*col)
        c.circle(px, py, rng.uniform(0.9, 1.5), stroke=0, fill=1)
        c.restoreState()
        return "a pen dot"
    pts = [(px, py + 2.5, 0.7), (px + 1.4, py, 0.9), (px + 4.5, py + 4.5, 0.6)]
    draw_strokes(c, [pts], col)
    return "a small tick"
