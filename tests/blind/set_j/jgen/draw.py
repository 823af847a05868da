"""reportlab drawing helpers: fonts, handwriting, signatures, stamps, boxes."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Callable

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .core import fold

_FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "Sans-B": "dejavu/DejaVuSans-Bold.ttf",
    "Sans-I": "dejavu/DejaVuSans-Oblique.ttf",
    "SansC": "dejavu/DejaVuSansCondensed.ttf",
    "SansC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "Serif-B": "dejavu/DejaVuSerif-Bold.ttf",
    "Serif-I": "dejavu/DejaVuSerif-Italic.ttf",
    "SerifC": "dejavu/DejaVuSerifCondensed.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "Mono-B": "dejavu/DejaVuSansMono-Bold.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "Lib-B": "liberation/LiberationSans-Bold.ttf",
    "Lib-I": "liberation/LiberationSans-Italic.ttf",
    "LibN": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibN-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LibS": "liberation/LiberationSerif-Regular.ttf",
    "LibS-B": "liberation/LiberationSerif-Bold.ttf",
    "LibS-I": "liberation/LiberationSerif-Italic.ttf",
    "LibM": "liberation/LiberationMono-Regular.ttf",
    "LibM-B": "liberation/LiberationMono-Bold.ttf",
    "Hand1": "breip/Breip.ttf",
    "Hand2": "fifthhorseman/dkg.ttf",
    "Hand3": "fifthhorseman/dkgBd.ttf",
}
_REGISTERED = False
HAND_FONTS = ("Hand1", "Hand2", "Hand3")
INK_BLUE = (0.06, 0.13, 0.48)
INK_BLACK = (0.07, 0.07, 0.1)
INK_BLUE2 = (0.1, 0.1, 0.36)


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for name, rel in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, "/usr/share/fonts/truetype/" + rel))
    _REGISTERED = True


def has_glyph(font: str, ch: str) -> bool:
    f = pdfmetrics.getFont(font)
    return ord(ch) in f.face.charToGlyph


def safe_text(font: str, text: str) -> str:
    out = []
    for ch in text:
        if ch == " " or has_glyph(font, ch):
            out.append(ch)
        else:
            f = fold(ch)
            out.append(f if f and has_glyph(font, f) else "?")
    return "".join(out)


@dataclass
class Page:
    w: float
    h: float
    draw: Callable
    bg: tuple = (1, 1, 1)
    acro: bool = False


@dataclass
class Doc:
    type: str
    fields: dict
    pages: list
    key: str = ""
    notes: str | None = None
    card: bool = False
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- text helpers
def text(c, x, y, s, font="Sans", size=9, color=(0, 0, 0), anchor="l", alpha=None):
    register_fonts()
    s = safe_text(font, s)
    c.setFont(font, size)
    c.setFillColorRGB(*color)
    if alpha is not None:
        c.setFillAlpha(alpha)
    if anchor == "l":
        c.drawString(x, y, s)
    elif anchor == "c":
        c.drawCentredString(x, y, s)
    else:
        c.drawRightString(x, y, s)
    if alpha is not None:
        c.setFillAlpha(1)


def width(s, font, size):
    register_fonts()
    return pdfmetrics.stringWidth(safe_text(font, s), font, size)


def fit_text(c, x, y, s, w, font="Sans", size=9, color=(0, 0, 0), anchor="l", min_size=4):
    while size > min_size and width(s, font, size) > w:
        size -= 0.25
    text(c, x, y, s, font, size, color, anchor)


def wrap(s, font, size, w):
    words = s.split(" ")
    lines, cur = [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if width(t, font, size) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


def para(c, x, y, s, w, font="Sans", size=9, leading=None, color=(0, 0, 0), justify=False):
    leading = leading or size * 1.3
    for part in s.split("\n"):
        lines = wrap(part, font, size, w)
        for i, ln in enumerate(lines):
            if justify and i < len(lines) - 1 and " " in ln:
                words = ln.split(" ")
                tw = sum(width(wd, font, size) for wd in words)
                gap = (w - tw) / (len(words) - 1)
                xx = x
                for wd in words:
                    text(c, xx, y, wd, font, size, color)
                    xx += width(wd, font, size) + gap
            else:
                text(c, x, y, ln, font, size, color)
            y -= leading
    return y


def rect(c, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6, radius=0, dash=None):
    c.setLineWidth(lw)
    if stroke is not None:
        c.setStrokeColorRGB(*stroke)
    if fill is not None:
        c.setFillColorRGB(*fill)
    if dash:
        c.setDash(*dash)
    if radius:
        c.roundRect(
            x,
            y,
            w,
            h,
            radius,
            stroke=1 if stroke is not None else 0,
            fill=1 if fill is not None else 0,
        )
    else:
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
    if dash:
        c.setDash()


def line(c, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5, dash=None):
    c.setStrokeColorRGB(*color)
    c.setLineWidth(lw)
    if dash:
        c.setDash(*dash)
    c.line(x1, y1, x2, y2)
    if dash:
        c.setDash()


def comb(c, x, y, n, cw, h, color=(0, 0, 0), lw=0.5, groups=None):
    """Comb boxes: n cells of width cw starting at x (bottom y). groups: gaps after indexes."""
    xs = []
    xx = x
    for i in range(n):
        rect(c, xx, y, cw, h, stroke=color, lw=lw)
        xs.append(xx)
        xx += cw
        if groups and i in groups:
            xx += cw * 0.5
    return xs


def checkbox(c, x, y, s, color=(0, 0, 0), lw=0.6):
    rect(c, x, y, s, s, stroke=color, lw=lw)


# ---------------------------------------------------------------- handwriting
def hand(
    c,
    x,
    y,
    s,
    r: random.Random,
    size=12,
    font=None,
    color=INK_BLUE,
    slant=None,
    jitter=1.0,
    thick=None,
    spacing=1.0,
):
    """Handwritten line with per-glyph jitter; returns the end x."""
    register_fonts()
    font = font or "Hand2"
    slant = r.uniform(-0.05, 0.18) if slant is None else slant
    thick = thick if thick is not None else (0.45 if font == "Hand1" else 0.25)
    s = safe_text(font, s)
    c.saveState()
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    c.setLineWidth(thick)
    xx = x
    base_drift = r.uniform(-0.6, 0.6)
    for i, ch in enumerate(s):
        sz = size * (1 + r.uniform(-0.05, 0.05) * jitter)
        dy = (r.uniform(-0.5, 0.5) * jitter + base_drift * i / max(1, len(s))) * size * 0.06
        rot = r.uniform(-3, 3) * jitter
        c.saveState()
        c.translate(xx, y + dy)
        c.rotate(rot)
        c.transform(1, 0, slant, 1, 0, 0)
        t = c.beginText(0, 0)
        t.setFont(font, sz)
        t.setTextRenderMode(2)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()
        xx += pdfmetrics.stringWidth(ch, font, sz) * spacing * (1 + r.uniform(-0.04, 0.06) * jitter)
    c.restoreState()
    return xx


def hand_width(s, size, font="Hand2", spacing=1.0):
    return width(s, font, size) * spacing * 1.01


def hand_para(c, x, y, s, w, r, size=12, font="Hand2", color=INK_BLUE, leading=None):
    leading = leading or size * 1.55
    slant = r.uniform(0.0, 0.15)
    for part in s.split("\n"):
        for ln in wrap(part, font, size, w * 0.97):
            hand(c, x + r.uniform(-1.5, 1.5), y, ln, r, size, font, color, slant=slant)
            y -= leading
    return y


def tick(c, x, y, s, r, color=INK_BLUE, kind="x", lw=1.3):
    """A hand mark in a box of side s at (x, y)."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(lw)
    c.setLineCap(1)
    j = lambda: r.uniform(-0.08, 0.08) * s  # noqa: E731
    if kind == "x":
        c.line(x + 0.15 * s + j(), y + 0.15 * s + j(), x + 0.88 * s + j(), y + 0.9 * s + j())
        c.line(x + 0.15 * s + j(), y + 0.88 * s + j(), x + 0.9 * s + j(), y + 0.12 * s + j())
    else:
        p = c.beginPath()
        p.moveTo(x + 0.1 * s, y + 0.5 * s + j())
        p.curveTo(x + 0.25 * s, y + 0.3 * s, x + 0.35 * s, y + 0.15 * s, x + 0.42 * s, y + 0.08 * s)
        p.curveTo(
            x + 0.6 * s, y + 0.5 * s, x + 0.85 * s, y + 0.95 * s, x + 1.15 * s, y + 1.2 * s + j()
        )
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def signature(c, x, y, w, h, r: random.Random, name: str = "X", color=INK_BLUE, lw=None):
    """A plausible handwritten signature filling roughly the box (x, y, w, h)."""
    register_fonts()
    lw = lw or r.uniform(0.8, 1.2)
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(lw)
    c.setLineCap(1)
    c.setLineJoin(1)
    folded = [ch for ch in fold(name).upper() if "A" <= ch <= "Z"]
    initial = folded[0] if folded else r.choice("MNSAL")
    size = h * r.uniform(0.75, 0.95)
    c.saveState()
    c.translate(x + w * 0.02, y + h * 0.18)
    c.transform(1, 0, r.uniform(0.15, 0.35), 1, 0, 0)
    t = c.beginText(0, 0)
    t.setFont(r.choice(["Hand2", "Hand3"]), size)
    t.setTextRenderMode(2)
    t.textOut(initial)
    c.drawText(t)
    c.restoreState()
    x0 = x + w * 0.02 + width(initial, "Hand2", size) * 0.9
    span = w * r.uniform(0.55, 0.8)
    n = 320
    loops = r.randint(4, 8)
    amp = h * r.uniform(0.16, 0.28)
    rloop = h * r.uniform(0.08, 0.16)
    phase = r.uniform(0, 6.28)
    p = c.beginPath()
    for i in range(n + 1):
        t_ = i / n
        om = 2 * math.pi * loops * t_
        xx = x0 + span * t_ - rloop * math.sin(om + phase) * 0.9
        yy = (
            y
            + h * 0.38
            + amp * math.sin(2 * math.pi * t_ * r.uniform(0.9, 1.1) + phase) * (1 - t_ * 0.5)
        )
        yy += rloop * math.cos(om + phase) * (1.2 - t_ * 0.6)
        if i == 0:
            p.moveTo(xx, yy)
        else:
            p.lineTo(xx, yy)
    c.drawPath(p, stroke=1, fill=0)
    # underline flourish
    p = c.beginPath()
    sx = x + w * r.uniform(0.0, 0.15)
    sy = y + h * r.uniform(0.05, 0.2)
    p.moveTo(sx, sy)
    p.curveTo(
        sx + w * 0.3,
        sy - h * 0.12,
        sx + w * 0.55,
        sy + h * 0.18,
        x0 + span + w * 0.05,
        sy + h * r.uniform(0.05, 0.3),
    )
    c.setLineWidth(lw * 0.85)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


# ---------------------------------------------------------------- decorations
def stamp(
    c,
    cx,
    cy,
    rad,
    ring: str,
    center: list[str],
    r: random.Random,
    color=(0.15, 0.2, 0.6),
    alpha=0.8,
    rot=None,
    inner=True,
):
    register_fonts()
    rot = r.uniform(-25, 25) if rot is None else rot
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rot)
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    c.setLineWidth(1.2)
    c.circle(0, 0, rad, stroke=1, fill=0)
    if inner:
        c.setLineWidth(0.6)
        c.circle(0, 0, rad * 0.72, stroke=1, fill=0)
    ring = safe_text("SansC-B", ring)
    fs = rad * 0.17
    total = len(ring)
    if total:
        span = min(330.0, total * fs * 1.05 / (rad * 0.86) * 57.3)
        start = 90 + span / 2
        for i, ch in enumerate(ring):
            ang = math.radians(start - span * i / max(1, total - 1))
            c.saveState()
            c.translate(rad * 0.84 * math.cos(ang), rad * 0.84 * math.sin(ang))
            c.rotate(math.degrees(ang) - 90)
            c.setFont("SansC-B", fs)
            c.drawCentredString(0, -fs * 0.35, ch)
            c.restoreState()
    n = len(center)
    for i, ln in enumerate(center):
        ln = safe_text("SansC-B", ln)
        fs2 = min(rad * 0.2, rad * 1.3 / max(1, len(ln)) * 1.6)
        c.setFont("SansC-B", fs2)
        c.drawCentredString(0, (n / 2 - i - 0.75) * fs2 * 1.15, ln)
    c.restoreState()


def rect_stamp(c, x, y, lines, r, color=(0.55, 0.1, 0.15), alpha=0.8, size=8, rot=None):
    register_fonts()
    rot = r.uniform(-6, 6) if rot is None else rot
    w = max(width(s, "SansC-B", size) for s in lines) + 10
    h = len(lines) * size * 1.25 + 6
    c.saveState()
    c.translate(x, y)
    c.rotate(rot)
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    c.setLineWidth(1.1)
    c.roundRect(0, 0, w, h, 3, stroke=1, fill=0)
    for i, s in enumerate(lines):
        c.setFont("SansC-B", size)
        c.drawCentredString(w / 2, h - 4 - (i + 1) * size * 1.2 + 2, safe_text("SansC-B", s))
    c.restoreState()


def guilloche(c, x, y, w, h, color, r: random.Random, n=18, lw=0.25, alpha=0.5):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setStrokeColorRGB(*color)
    c.setStrokeAlpha(alpha)
    c.setLineWidth(lw)
    f1 = r.uniform(2, 5)
    f2 = r.uniform(5, 11)
    for k in range(n):
        off = y + h * k / n
        p = c.beginPath()
        for i in range(121):
            t = i / 120
            xx = x + w * t
            yy = (
                off
                + h / n * 1.6 * math.sin(2 * math.pi * f1 * t + k * 0.5)
                + h / n * 0.7 * math.sin(2 * math.pi * f2 * t + k)
            )
            if i == 0:
                p.moveTo(xx, yy)
            else:
                p.lineTo(xx, yy)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def face(c, x, y, w, h, r: random.Random, sex="F", grey=False, bg=None):
    """A simple portrait (background, shoulders, head, hair)."""
    tones = [
        (0.93, 0.8, 0.7),
        (0.85, 0.68, 0.55),
        (0.7, 0.52, 0.38),
        (0.52, 0.36, 0.25),
        (0.38, 0.26, 0.18),
        (0.96, 0.86, 0.76),
    ]
    hair = [
        (0.1, 0.08, 0.06),
        (0.25, 0.16, 0.1),
        (0.45, 0.3, 0.15),
        (0.7, 0.55, 0.3),
        (0.2, 0.2, 0.2),
    ]
    skin = r.choice(tones)
    hc = r.choice(hair)
    cloth = r.choice(
        [(0.2, 0.25, 0.4), (0.35, 0.35, 0.35), (0.5, 0.15, 0.2), (0.15, 0.35, 0.3), (0.9, 0.9, 0.9)]
    )
    bg = bg or r.choice([(0.85, 0.88, 0.92), (0.92, 0.92, 0.92), (0.8, 0.86, 0.95)])

    def g(col):
        if not grey:
            return col
        v = 0.3 * col[0] + 0.59 * col[1] + 0.11 * col[2]
        return (v, v, v)

    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColorRGB(*g(bg))
    c.rect(x, y, w, h, stroke=0, fill=1)
    cx = x + w / 2
    # shoulders
    c.setFillColorRGB(*g(cloth))
    p = c.beginPath()
    p.moveTo(x - w * 0.1, y)
    p.curveTo(x, y + h * 0.28, cx - w * 0.3, y + h * 0.3, cx, y + h * 0.31)
    p.curveTo(cx + w * 0.3, y + h * 0.3, x + w, y + h * 0.28, x + w * 1.1, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    # neck
    c.setFillColorRGB(*g(skin))
    c.rect(cx - w * 0.09, y + h * 0.22, w * 0.18, h * 0.15, stroke=0, fill=1)
    # hair back
    c.setFillColorRGB(*g(hc))
    if sex == "F":
        c.ellipse(cx - w * 0.3, y + h * 0.25, cx + w * 0.3, y + h * 0.9, stroke=0, fill=1)
    # head
    c.setFillColorRGB(*g(skin))
    c.ellipse(cx - w * 0.22, y + h * 0.36, cx + w * 0.22, y + h * 0.86, stroke=0, fill=1)
    # hair top
    c.setFillColorRGB(*g(hc))
    p = c.beginPath()
    p.moveTo(cx - w * 0.23, y + h * 0.66)
    p.curveTo(cx - w * 0.25, y + h * 0.92, cx + w * 0.25, y + h * 0.92, cx + w * 0.23, y + h * 0.66)
    p.curveTo(cx + w * 0.1, y + h * 0.78, cx - w * 0.1, y + h * 0.76, cx - w * 0.23, y + h * 0.66)
    c.drawPath(p, stroke=0, fill=1)
    # eyes and mouth
    c.setFillColorRGB(*g((0.15, 0.12, 0.1)))
    c.circle(cx - w * 0.08, y + h * 0.63, w * 0.018, stroke=0, fill=1)
    c.circle(cx + w * 0.08, y + h * 0.63, w * 0.018, stroke=0, fill=1)
    c.setStrokeColorRGB(*g((0.45, 0.2, 0.2)))
    c.setLineWidth(w * 0.012)
    c.line(cx - w * 0.06, y + h * 0.47, cx + w * 0.06, y + h * 0.47)
    c.restoreState()


def brand_block(
    c, x, y, name, color, r: random.Random, size=20, shape="circle", font="Sans-B", text_color=None
):
    """A brand name with a simple coloured shape (not a real logo)."""
    register_fonts()
    c.saveState()
    c.setFillColorRGB(*color)
    s = size * 1.1
    if shape == "circle":
        c.circle(x + s / 2, y + s * 0.35, s / 2, stroke=0, fill=1)
        tx = x + s * 1.25
    elif shape == "square":
        c.rect(x, y - s * 0.15, s, s, stroke=0, fill=1)
        tx = x + s * 1.25
    elif shape == "bar":
        c.rect(x, y - s * 0.2, s * 0.25, s * 1.05, stroke=0, fill=1)
        tx = x + s * 0.5
    else:
        tx = x
    c.restoreState()
    text(c, tx, y, name, font, size, text_color or color)
    return tx + width(name, font, size)


def qr(c, x, y, size, data):
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    wdg = QrCodeWidget(data)
    b = wdg.getBounds()
    bw, bh = b[2] - b[0], b[3] - b[1]
    dr = Drawing(size, size, transform=[size / bw, 0, 0, size / bh, 0, 0])
    dr.add(wdg)
    renderPDF.draw(dr, c, x, y)


def barcode128(c, x, y, data, h=10 * mm, bar_w=0.8):
    from reportlab.graphics.barcode import code128

    b = code128.Code128(data, barHeight=h, barWidth=bar_w, humanReadable=False)
    b.drawOn(c, x, y)


def dotted_leader(c, x1, x2, y, color=(0.4, 0.4, 0.4)):
    line(c, x1, y, x2, y, color, 0.5, dash=(1, 2))
