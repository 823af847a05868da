"""Pens, stamps and drawing helpers of set_cb: signatures drawn as strokes, handwriting
from .ttf fonts with per-glyph jitter, rubber stamps, guilloches, portraits, tables."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from cb_base import sw

# --------------------------------------------------------------------------- pens


INK_BLUE = (0.09, 0.16, 0.52)
INK_BLACK = (0.08, 0.08, 0.12)


def signature_strokes(rng: random.Random, w: float, h: float) -> list[list[tuple]]:
    """A pen signature as strokes of (x, y, width) points inside a w x h box.

    A capital, a cursive run of mixed letter shapes (small loops, tall loops, arches,
    descenders), a slant, and a closing paraph under the name."""
    pts: list[tuple[float, float]] = []
    slant = rng.uniform(0.15, 0.45)
    x0, base = w * rng.uniform(0.04, 0.1), h * rng.uniform(0.32, 0.42)
    cap_h = h * rng.uniform(0.42, 0.58)
    cap_w = w * rng.uniform(0.04, 0.08)
    kind = rng.choice(["loop", "stem", "arc"])
    for i in range(44):
        t = i / 43
        if kind == "loop":
            a = t * 2 * math.pi * 1.1
            px, py = x0 + cap_w * math.sin(a), base + cap_h * (0.5 - 0.5 * math.cos(a))
        elif kind == "stem":
            px = x0 + cap_w * (0.3 * math.sin(t * 7) + t)
            py = base + cap_h * (1 - abs(1 - 2 * t))
        else:
            a = math.pi * (0.2 + 1.6 * t)
            px, py = x0 + cap_w * (1 + math.cos(a)), base + cap_h * (0.5 + 0.5 * math.sin(a))
        pts.append((px, py))
    x = pts[-1][0] + w * 0.01
    n_letters = rng.randint(5, 9)
    run = w * rng.uniform(0.5, 0.7)
    for _ in range(n_letters):
        lw_ = run / n_letters * rng.uniform(0.7, 1.3)
        shape = rng.choices(["e", "l", "n", "g", "o", "i"], [4, 2, 3, 1, 2, 2])[0]
        amp = h * rng.uniform(0.12, 0.24)
        steps = 18
        for j in range(steps + 1):
            t = j / steps
            if shape == "e":
                px = x + lw_ * t + lw_ * 0.3 * math.sin(2 * math.pi * t)
                py = base + amp * (0.5 - 0.5 * math.cos(2 * math.pi * t))
            elif shape == "l":
                px = x + lw_ * t + lw_ * 0.25 * math.sin(2 * math.pi * t)
                py = base + amp * 2.3 * (0.5 - 0.5 * math.cos(2 * math.pi * t))
            elif shape == "n":
                px = x + lw_ * t
                py = base + amp * abs(math.sin(2 * math.pi * t))
            elif shape == "g":
                px = x + lw_ * t - lw_ * 0.3 * math.sin(2 * math.pi * t)
                py = base - amp * 1.9 * (0.5 - 0.5 * math.cos(2 * math.pi * t))
            elif shape == "o":
                a = 2 * math.pi * t
                px = x + lw_ * (0.5 - 0.45 * math.cos(a)) + lw_ * 0.2 * t
                py = base + amp * (0.5 + 0.5 * math.sin(a))
            else:
                px = x + lw_ * t
                py = base + amp * 0.9 * math.sin(math.pi * t) ** 2
            pts.append((px, py + rng.uniform(-0.4, 0.4) * h * 0.01))
        x += lw_
    # paraph: a long stroke back under the name, sometimes a loop at its end
    x_end = x
    back = rng.uniform(0.55, 1.0)
    for i in range(36):
        t = i / 35
        pts.append(
            (
                x_end + w * 0.05 * math.sin(math.pi * t) - t * (x_end - x0) * back,
                base - h * 0.08 - h * 0.12 * math.sin(math.pi * t * 0.9),
            )
        )
    if rng.random() < 0.5:
        lx, ly = pts[-1]
        for i in range(20):
            a = i / 19 * 2 * math.pi
            pts.append((lx - w * 0.03 * math.sin(a), ly + h * 0.08 * (1 - math.cos(a)) / 2))
    pts = [(px + slant * (py - base), py) for px, py in pts]
    strokes = [pts]
    if rng.random() < 0.6:
        cx, cy = x0 + (x_end - x0) * rng.uniform(0.3, 0.8), base + h * rng.uniform(0.45, 0.6)
        strokes.append([(cx, cy), (cx + w * 0.025, cy + h * 0.02)])
    out = []
    for s in strokes:
        s2 = []
        for i, (px, py) in enumerate(s):
            speed = math.hypot(px - s[i - 1][0], py - s[i - 1][1]) if i else 1.0
            width = max(0.35, 1.5 - 0.06 * speed) * rng.uniform(0.92, 1.08)
            s2.append((px, py, width))
        out.append(s2)
    return out


def draw_signature(
    c,
    x: float,
    y: float,
    w: float,
    h: float,
    rng: random.Random,
    color=INK_BLUE,
    scale_w: float = 1.0,
    angle: float | None = None,
) -> None:
    strokes = signature_strokes(rng, w, h)
    c.saveState()
    c.translate(x, y)
    c.rotate(angle if angle is not None else rng.uniform(-6, 8))
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    for s in strokes:
        for i in range(1, len(s), 3):
            seg = s[i - 1 : i + 3]
            if len(seg) < 2:
                continue
            p = c.beginPath()
            p.moveTo(seg[0][0], seg[0][1])
            for q in seg[1:]:
                p.lineTo(q[0], q[1])
            c.setLineWidth(seg[0][2] * scale_w)
            c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def signature_png(
    rng: random.Random, w_px: int = 600, h_px: int = 220, color=(20, 35, 120)
) -> Image.Image:
    """A scanned-looking handwritten signature as an RGBA image (for pasting in PDFs)."""
    ss = 4
    strokes = signature_strokes(rng, w_px * ss, h_px * ss)
    im = Image.new("L", (w_px * ss, h_px * ss), 0)
    dr = ImageDraw.Draw(im)
    for s in strokes:
        for i in range(1, len(s)):
            (x1, y1, wd), (x2, y2, _) = s[i - 1], s[i]
            dr.line(
                [(x1, h_px * ss - y1), (x2, h_px * ss - y2)],
                fill=255,
                width=max(2, int(wd * ss * 2.2)),
                joint="curve",
            )
    alpha = im.resize((w_px, h_px), Image.LANCZOS)
    out = Image.new("RGBA", (w_px, h_px), color + (0,))
    out.putalpha(alpha)
    return out


def hand_text(
    c,
    x: float,
    y: float,
    text: str,
    rng: random.Random,
    font: str = "H-Dkg",
    size: float = 12,
    color=INK_BLUE,
    slope: float = 0.0,
    spacing: float = 1.0,
    jitter: float = 1.0,
) -> float:
    """Handwriting: glyph by glyph with jitter of size, angle and baseline. Returns end x."""
    c.saveState()
    c.setFillColorRGB(*color)
    cx = x
    drift = 0.0
    for ch in text:
        fs = size * rng.uniform(0.94, 1.06)
        drift += rng.uniform(-0.12, 0.12) * jitter
        if ch in "'’":  # the handwriting fonts have no visible apostrophe: a pen flick
            c.setStrokeColorRGB(*color)
            c.setLineWidth(size * 0.07)
            yb = y + drift + slope * (cx - x)
            c.line(cx + size * 0.12, yb + size * 0.72, cx + size * 0.06, yb + size * 0.5)
            cx += size * 0.22
            continue
        if ch != " ":
            c.saveState()
            c.translate(cx, y + drift + slope * (cx - x))
            c.rotate(rng.uniform(-4, 4) * jitter + math.degrees(math.atan(slope)))
            c.setFont(font, fs)
            c.drawString(0, 0, ch)
            c.restoreState()
        cx += sw(ch, font, fs) * spacing * rng.uniform(0.97, 1.05)
    c.restoreState()
    return cx


def hand_comb(
    c,
    x: float,
    y: float,
    text: str,
    cell: float,
    rng: random.Random,
    font: str = "H-Dkg",
    size: float = 11,
    color=INK_BLUE,
) -> None:
    """One capital per comb box, centred with jitter."""
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        fs = size * rng.uniform(0.92, 1.08)
        cx = x + i * cell + cell / 2 - sw(ch, font, fs) / 2 + rng.uniform(-0.8, 0.8)
        c.saveState()
        c.translate(cx, y + rng.uniform(-0.8, 0.8))
        c.rotate(rng.uniform(-5, 5))
        c.setFillColorRGB(*color)
        c.setFont(font, fs)
        c.drawString(0, 0, ch)
        c.restoreState()


def hand_cross(
    c, x: float, y: float, s: float, rng: random.Random, color=INK_BLUE, tick: bool = False
) -> None:
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.1)
    c.setLineCap(1)
    j = lambda: rng.uniform(-0.12, 0.12) * s
    if tick:
        p = c.beginPath()
        p.moveTo(x + 0.1 * s + j(), y + 0.5 * s + j())
        p.lineTo(x + 0.4 * s + j(), y + 0.1 * s + j())
        p.lineTo(x + 1.05 * s + j(), y + 1.2 * s + j())
        c.drawPath(p)
    else:
        c.line(x + j(), y + j(), x + s + j(), y + s + j())
        c.line(x + j(), y + s + j(), x + s + j(), y + j())
    c.restoreState()


# --------------------------------------------------------------------------- stamps, art


def round_stamp(
    c,
    cx: float,
    cy: float,
    r: float,
    ring: str,
    center: list[str],
    rng: random.Random,
    color=(0.25, 0.2, 0.6),
    alpha: float = 0.8,
    font: str = "Sans-B",
    star: bool = True,
) -> None:
    c.saveState()
    c.setFillAlpha(alpha)
    c.setStrokeAlpha(alpha)
    c.translate(cx, cy)
    c.rotate(rng.uniform(-25, 25))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.72)
    fs = r * 0.17
    n = len(ring)
    span = min(330.0, n * fs * 1.0 / (r * 0.84) * 57.3)
    for i, ch in enumerate(ring):
        a = 90 + span / 2 - i * span / max(n - 1, 1)
        c.saveState()
        c.rotate(a)
        c.translate(r * 0.8, 0)
        c.rotate(-90)
        c.setFont(font, fs)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    lh = r * 0.2
    y0 = (len(center) - 1) * lh / 2 - lh * 0.3
    for i, line in enumerate(center):
        f = r * 0.16
        while sw(line, font, f) > r * 1.3 and f > 2:
            f *= 0.92
        c.setFont(font, f)
        c.drawCentredString(0, y0 - i * lh, line)
    if star:
        c.setFont("Sans", r * 0.2)
        c.drawCentredString(0, -r * 0.88, "★")
    c.restoreState()


def rect_stamp(
    c,
    x: float,
    y: float,
    lines: list[str],
    rng: random.Random,
    color=(0.15, 0.2, 0.55),
    size: float = 8,
    alpha: float = 0.8,
) -> None:
    c.saveState()
    c.setFillAlpha(alpha)
    c.setStrokeAlpha(alpha)
    c.translate(x, y)
    c.rotate(rng.uniform(-4, 4))
    w = max(sw(t, "Sans-B", size) for t in lines) + 12
    h = len(lines) * size * 1.3 + 8
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.2)
    c.roundRect(0, 0, w, h, 3)
    for i, t in enumerate(lines):
        c.setFont("Sans-B", size)
        c.drawCentredString(w / 2, h - 4 - size - i * size * 1.3, t)
    c.restoreState()


def guilloche(
    c,
    x: float,
    y: float,
    w: float,
    h: float,
    rng: random.Random,
    colors=((0.75, 0.85, 0.8),),
    n: int = 26,
    lw: float = 0.3,
) -> None:
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setLineWidth(lw)
    f1, f2 = rng.uniform(2, 4), rng.uniform(5, 9)
    for k in range(n):
        c.setStrokeColorRGB(*colors[k % len(colors)])
        path = c.beginPath()
        off = y + h * k / n
        for i in range(121):
            t = i / 120
            yy = off + h * 0.08 * math.sin(2 * math.pi * (f1 * t + k * 0.07))
            yy += h * 0.03 * math.sin(2 * math.pi * (f2 * t + k * 0.13))
            if i == 0:
                path.moveTo(x + w * t, yy)
            else:
                path.lineTo(x + w * t, yy)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def portrait(
    c,
    x: float,
    y: float,
    w: float,
    h: float,
    rng: random.Random,
    skin=(0.55, 0.4, 0.3),
    hair=(0.1, 0.08, 0.07),
    bg=(0.86, 0.88, 0.9),
    female: bool = False,
    shirt=None,
    grey: bool = False,
    veil=None,
) -> None:
    """A passport-style head and shoulders made of simple shapes."""

    def col(rgb):
        if grey:
            v = 0.3 * rgb[0] + 0.59 * rgb[1] + 0.11 * rgb[2]
            return (v, v, v)
        return rgb

    shirt = shirt or (rng.uniform(0.1, 0.35), rng.uniform(0.1, 0.3), rng.uniform(0.2, 0.45))
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColorRGB(*col(bg))
    c.rect(x, y, w, h, stroke=0, fill=1)
    cx = x + w / 2 + rng.uniform(-0.03, 0.03) * w
    c.setFillColorRGB(*col(shirt))
    c.ellipse(cx - w * 0.55, y - h * 0.25, cx + w * 0.55, y + h * 0.28, stroke=0, fill=1)
    c.setFillColorRGB(*col(skin))
    c.rect(cx - w * 0.1, y + h * 0.18, w * 0.2, h * 0.14, stroke=0, fill=1)
    if female and veil is None:
        c.setFillColorRGB(*col(hair))
        c.ellipse(cx - w * 0.3, y + h * 0.2, cx + w * 0.3, y + h * 0.88, stroke=0, fill=1)
    if veil is not None:
        c.setFillColorRGB(*col(veil))
        c.ellipse(cx - w * 0.33, y + h * 0.12, cx + w * 0.33, y + h * 0.9, stroke=0, fill=1)
    c.setFillColorRGB(*col(skin))
    c.ellipse(cx - w * 0.21, y + h * 0.3, cx + w * 0.21, y + h * 0.8, stroke=0, fill=1)
    if veil is None:
        c.setFillColorRGB(*col(hair))
        c.ellipse(cx - w * 0.23, y + h * 0.62, cx + w * 0.23, y + h * 0.86, stroke=0, fill=1)
        c.setFillColorRGB(*col(skin))
        c.ellipse(cx - w * 0.2, y + h * 0.52, cx + w * 0.2, y + h * 0.74, stroke=0, fill=1)
    dark = tuple(v * 0.35 for v in skin)
    c.setFillColorRGB(*col(dark))
    for sx in (-1, 1):
        c.ellipse(
            cx + sx * w * 0.085 - w * 0.025,
            y + h * 0.585,
            cx + sx * w * 0.085 + w * 0.025,
            y + h * 0.61,
            stroke=0,
            fill=1,
        )
    c.setStrokeColorRGB(*col(dark))
    c.setLineWidth(w * 0.012)
    c.line(cx - w * 0.05, y + h * 0.42, cx + w * 0.05, y + h * 0.42)
    c.line(cx, y + h * 0.56, cx - w * 0.015, y + h * 0.48)
    c.restoreState()


def table_grid(
    c,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[str]],
    rh: float,
    font: str = "Lib",
    size: float = 8,
    bold_first: bool = False,
    lw: float = 0.5,
    aligns: str | None = None,
    header_fill=None,
) -> float:
    """A ruled table, rows drawn downward from y (top). Returns the bottom y."""
    c.setLineWidth(lw)
    total_w = sum(widths)
    for r, row in enumerate(rows):
        top = y - r * rh
        if r == 0 and header_fill:
            c.setFillColorRGB(*header_fill)
            c.rect(x, top - rh, total_w, rh, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.rect(x, top - rh, total_w, rh, stroke=1, fill=0)
        cx = x
        for i, cell in enumerate(row):
            f = font + "-B" if (bold_first and r == 0) else font
            c.setFont(f, size)
            a = aligns[i] if aligns else "l"
            if a == "r":
                c.drawRightString(cx + widths[i] - 3, top - rh + rh * 0.3, cell)
            elif a == "c":
                c.drawCentredString(cx + widths[i] / 2, top - rh + rh * 0.3, cell)
            else:
                c.drawString(cx + 3, top - rh + rh * 0.3, cell)
            if i:
                c.line(cx, top, cx, top - rh)
            cx += widths[i]
    return y - len(rows) * rh


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if sw(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def para(
    c,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    width: float,
    leading: float | None = None,
    justify: bool = False,
) -> float:
    """Draw a wrapped paragraph from baseline y downward; returns next baseline."""
    leading = leading or size * 1.3
    lines = wrap(text, font, size, width)
    c.setFont(font, size)
    for i, line in enumerate(lines):
        if justify and i < len(lines) - 1 and " " in line:
            words = line.split()
            gap = (width - sum(sw(w, font, size) for w in words)) / (len(words) - 1)
            xx = x
            for w in words:
                c.drawString(xx, y, w)
                xx += sw(w, font, size) + gap
        else:
            c.drawString(x, y, line)
        y -= leading
    return y
