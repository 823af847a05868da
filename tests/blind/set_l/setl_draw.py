"""Drawing primitives shared by all layouts (reportlab canvas, points)."""

from __future__ import annotations

import math
import random

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from setl_render import fit_font

INK_BLUE = (0.08, 0.15, 0.45)
INK_BLACK = (0.1, 0.1, 0.12)


def col(rgb, alpha: float = 1.0) -> Color:
    r, g, b = rgb
    if max(rgb) > 1:
        r, g, b = r / 255, g / 255, b / 255
    return Color(r, g, b, alpha=alpha)


def txt(c, x, y, s, font="Sans", size=9, color=(0, 0, 0), align="left", maxw=None, cs=0.0):
    s = fit_font(font, str(s))
    f = size
    if maxw:
        while f > 4 and stringWidth(s, font, f) > maxw:
            f -= 0.25
    c.setFillColor(col(color))
    c.setFont(font, f)
    if cs:
        t = c.beginText()
        t.setTextOrigin(x if align == "left" else x - stringWidth(s, font, f) - cs * len(s), y)
        t.setFont(font, f)
        t.setCharSpace(cs)
        t.textOut(s)
        c.drawText(t)
        return
    if align == "left":
        c.drawString(x, y, s)
    elif align == "right":
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)


def para(
    c, x, y, s, font="Sans", size=9, width=400, leading=None, color=(0, 0, 0), justify=False
) -> float:
    """Wrapped paragraph; returns y below it."""
    s = fit_font(font, s)
    leading = leading or size * 1.3
    lines = simpleSplit(s, font, size, width)
    c.setFillColor(col(color))
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        if justify and i < len(lines) - 1 and " " in ln:
            words = ln.split(" ")
            gap = (width - sum(stringWidth(w, font, size) for w in words)) / (len(words) - 1)
            xx = x
            for w in words:
                c.drawString(xx, y, w)
                xx += stringWidth(w, font, size) + gap
        else:
            c.drawString(x, y, ln)
        y -= leading
    return y


def rect(c, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6, r=0.0, dash=None):
    c.setLineWidth(lw)
    if stroke is not None:
        c.setStrokeColor(col(stroke))
    if fill is not None:
        c.setFillColor(col(fill))
    if dash:
        c.setDash(*dash)
    if r:
        c.roundRect(
            x, y, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0
        )
    else:
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
    if dash:
        c.setDash()


def line(c, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5, dash=None):
    c.setStrokeColor(col(color))
    c.setLineWidth(lw)
    if dash:
        c.setDash(*dash)
    c.line(x1, y1, x2, y2)
    if dash:
        c.setDash()


def dotted_field(
    c,
    x,
    y,
    label,
    value,
    width,
    font="Sans",
    size=9,
    vfont=None,
    vsize=None,
    vcolor=(0, 0, 0),
    lcolor=(0, 0, 0),
):
    """'Label: ......... value' on a dotted line."""
    txt(c, x, y, label, font, size, lcolor)
    lw = stringWidth(fit_font(font, label), font, size) + 4
    line(c, x + lw, y - 2, x + width, y - 2, (0.4, 0.4, 0.4), 0.4, dash=(1, 2))
    if value is not None:
        txt(c, x + lw + 4, y, value, vfont or font, vsize or size, vcolor, maxw=width - lw - 6)


def guilloche(c, x, y, w, h, color, rng: random.Random, n=18, lw=0.25, alpha=0.35):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setStrokeColor(col(color, alpha))
    c.setLineWidth(lw)
    f1, f2 = rng.uniform(2, 5), rng.uniform(5, 11)
    for i in range(n):
        ph = i * math.pi / n
        path = c.beginPath()
        steps = 120
        for k in range(steps + 1):
            t = k / steps
            xx = x + t * w
            yy = (
                y
                + h / 2
                + (h * 0.45)
                * math.sin(2 * math.pi * f1 * t + ph)
                * math.cos(2 * math.pi * f2 * t * 0.3 + ph * 2)
            )
            if k == 0:
                path.moveTo(xx, yy)
            else:
                path.lineTo(xx, yy)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def rosette(c, cx, cy, r, color, rng, alpha=0.25, n=36):
    c.saveState()
    c.setStrokeColor(col(color, alpha))
    c.setLineWidth(0.3)
    k = rng.choice([5, 7, 9])
    for i in range(n):
        a0 = 2 * math.pi * i / n
        path = c.beginPath()
        for s in range(61):
            t = 2 * math.pi * s / 60
            rr = r * (0.55 + 0.45 * math.cos(k * t))
            xx = cx + rr * math.cos(t + a0) * 0.5 + r * 0.5 * math.cos(a0)
            yy = cy + rr * math.sin(t + a0) * 0.5 + r * 0.5 * math.sin(a0)
            if s == 0:
                path.moveTo(xx, yy)
            else:
                path.lineTo(xx, yy)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def circle_text(c, cx, cy, r, s, font, size, color, start=90.0, span=300.0, inward=False):
    s = fit_font(font, s)
    n = len(s)
    if n == 0:
        return
    c.saveState()
    c.setFillColor(col(color))
    step = span / max(n, 1)
    for i, ch in enumerate(s):
        ang = (
            start + span / 2 - (i + 0.5) * step
            if not inward
            else start - span / 2 + (i + 0.5) * step
        )
        a = math.radians(ang)
        c.saveState()
        c.translate(cx + r * math.cos(a), cy + r * math.sin(a))
        c.rotate(ang - 90 if not inward else ang + 90)
        c.setFont(font, size)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.restoreState()


def star(c, cx, cy, r, color, points=5, fill=True, alpha=1.0):
    path = c.beginPath()
    for i in range(points * 2):
        rr = r if i % 2 == 0 else r * 0.42
        a = math.pi / 2 + i * math.pi / points
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    c.setFillColor(col(color, alpha))
    c.setStrokeColor(col(color, alpha))
    c.drawPath(path, stroke=1, fill=1 if fill else 0)


def seal(
    c,
    cx,
    cy,
    r,
    top_text,
    center_text="",
    color=(0.25, 0.2, 0.6),
    rng=None,
    alpha=0.78,
    font="Sans-B",
    ang=0.0,
):
    """A round rubber stamp."""
    rng = rng or random.Random(0)
    c.saveState()
    c.translate(cx, cy)
    c.rotate(ang or rng.uniform(-18, 18))
    c.setStrokeColor(col(color, alpha))
    c.setLineWidth(r * 0.05)
    c.circle(0, 0, r, stroke=1, fill=0)
    c.setLineWidth(r * 0.025)
    c.circle(0, 0, r * 0.72, stroke=1, fill=0)
    circle_text(
        c,
        0,
        0,
        r * 0.78,
        top_text,
        font,
        r * 0.17,
        (*color,) if len(color) == 3 else color,
        start=90,
        span=320,
    )
    c.setFillColor(col(color, alpha))
    if center_text:
        lines = center_text.split("\n")
        fs = r * 0.2
        for i, ln in enumerate(lines):
            txt(c, 0, (len(lines) / 2 - i - 0.8) * fs * 1.1, ln, font, fs, color, align="center")
    else:
        star(c, 0, 0, r * 0.35, color, alpha=alpha)
    c.restoreState()


def rect_stamp(c, x, y, w, h, lines, color=(0.6, 0.1, 0.1), rng=None, alpha=0.8, font="Sans-B"):
    rng = rng or random.Random(0)
    c.saveState()
    c.translate(x + w / 2, y + h / 2)
    c.rotate(rng.uniform(-6, 6))
    c.setStrokeColor(col(color, alpha))
    c.setLineWidth(1.4)
    c.rect(-w / 2, -h / 2, w, h)
    c.setLineWidth(0.5)
    c.rect(-w / 2 + 2.5, -h / 2 + 2.5, w - 5, h - 5)
    fs = min(h / (len(lines) + 1) * 0.9, 11)
    for i, ln in enumerate(lines):
        txt(
            c,
            0,
            h / 2 - (i + 1) * (h - 4) / (len(lines) + 0.4),
            ln,
            font,
            fs,
            color,
            align="center",
            maxw=w - 8,
        )
    c.restoreState()


def _catmull(c, pts, lw):
    path = c.beginPath()
    path.moveTo(*pts[0])
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        path.curveTo(c1[0], c1[1], c2[0], c2[1], p2[0], p2[1])
    c.setLineWidth(lw)
    c.drawPath(path, stroke=1, fill=0)


def signature(
    c,
    x,
    y,
    w,
    h,
    seed: str,
    color=INK_BLUE,
    lw=1.0,
    initials: str = "",
    name: str = "",
    style: int | None = None,
):
    """A pen signature fitted in the box (x, y, w, h)."""
    rng = random.Random(seed)
    if style is None:
        style = rng.randint(0, 2) if name else rng.randint(1, 2)
    name = name or "".join(rng.choice("abcdefghilmnorstuv") for _ in range(7))
    c.saveState()
    c.setStrokeColor(col(color, 0.92))
    c.setFillColor(col(color, 0.92))
    c.setLineCap(1)
    c.setLineJoin(1)
    base = y + h * 0.3
    if style == 0:
        font = rng.choice(["H-dancing", "H-kaushan", "H-dancing"])
        txt_s = fit_font(font, name if rng.random() < 0.6 else name[0] + ". " + name.split()[-1])
        fs = h * 0.8
        tw = stringWidth(txt_s, font, fs)
        sx = min(1.0, (w * 0.85) / max(tw, 1))
        c.translate(x + w * 0.05, base)
        c.skew(0, rng.uniform(4, 16))
        c.scale(sx, 1)
        c.setFont(font, fs)
        c.drawString(0, 0, txt_s)
        c.scale(1 / sx, 1)
        end = tw * sx
        pts = [
            (end * rng.uniform(0.1, 0.4), -h * 0.1),
            (end * 0.6, -h * 0.18),
            (end * 1.02, -h * 0.05),
            (end * 0.95, h * 0.12),
        ]
        _catmull(c, pts, lw * 0.8)
    else:
        letters = [ch for ch in name.lower() if ch.isalpha()][: rng.randint(5, 9)]
        lw_ = w * 0.82 / (len(letters) + 1.5)
        c.translate(x + w * 0.04, base)
        c.skew(0, rng.uniform(8, 22))
        pts = [(0, 0), (lw_ * 0.3, h * 0.85), (lw_ * 0.05, h * 0.6), (lw_ * 0.6, h * 0.1)]
        xx = lw_ * 0.9
        for ch in letters:
            jy = lambda: rng.uniform(-0.04, 0.04) * h  # noqa: E731
            if ch in "bdfhklt":
                pts += [
                    (xx + lw_ * 0.45, h * 0.75 + jy()),
                    (xx + lw_ * 0.15, h * 0.65),
                    (xx + lw_ * 0.4, 0 + jy()),
                ]
            elif ch in "gjpqyz":
                pts += [
                    (xx + lw_ * 0.3, h * 0.3 + jy()),
                    (xx + lw_ * 0.45, -h * 0.35),
                    (xx + lw_ * 0.2, -h * 0.2),
                    (xx + lw_ * 0.55, 0.05 * h),
                ]
            elif ch in "aoecs":
                pts += [
                    (xx + lw_ * 0.45, h * 0.32 + jy()),
                    (xx + lw_ * 0.15, h * 0.28),
                    (xx + lw_ * 0.25, 0.02 * h),
                    (xx + lw_ * 0.6, h * 0.12),
                ]
            else:
                pts += [
                    (xx + lw_ * 0.25, h * 0.33 + jy()),
                    (xx + lw_ * 0.5, 0.0),
                    (xx + lw_ * 0.75, h * 0.3 + jy()),
                ]
            xx += lw_
        if style == 2:
            pts += [(xx + lw_ * 0.4, h * 0.1), (xx * 0.6, -h * 0.12), (lw_ * 0.2, -h * 0.08)]
        else:
            pts += [(xx + lw_ * 0.8, h * 0.25)]
        _catmull(c, pts, lw)
    if initials:
        c.setFont("H-dancing", h * 0.75)
        c.drawString(0, -h * 0.05, initials)
    c.restoreState()


HAND_SCALE = {"H-ecolier": 1.2, "H-dancing": 1.3, "H-kaushan": 1.05}


def hand(c, x, y, s, font, size, rng: random.Random, color=INK_BLUE, jitter=1.0, spacing=1.0):
    """Handwritten text: per-glyph jitter of baseline, angle and size. Returns end x."""
    s = fit_font(font, s)
    size *= HAND_SCALE.get(font, 1.0)
    c.saveState()
    c.setFillColor(col(color, 0.93))
    slope = rng.uniform(-1.2, 1.2) * jitter
    xx = x
    for i, ch in enumerate(s):
        fs = size * (1 + rng.uniform(-0.05, 0.05) * jitter)
        c.saveState()
        c.translate(xx, y + rng.uniform(-0.8, 0.8) * jitter + i * slope * 0.05)
        c.rotate(rng.uniform(-3, 3) * jitter)
        c.setFont(font, fs)
        c.drawString(0, 0, ch)
        c.restoreState()
        xx += stringWidth(ch, font, fs) * spacing + rng.uniform(-0.2, 0.5) * jitter
    c.restoreState()
    return xx


def hand_comb(c, x, y, cells, cw, s, font, size, rng, color=INK_BLUE):
    """One capital per comb box starting at x (box left edges every cw)."""
    s = fit_font(font, s)
    if font == "H-ecolier":
        size *= 1.15
    for i, ch in enumerate(s[:cells]):
        if ch == " ":
            continue
        c.saveState()
        cx = x + i * cw + cw / 2 + rng.uniform(-0.8, 0.8)
        c.translate(cx, y + rng.uniform(-0.6, 0.9))
        c.rotate(rng.uniform(-4, 4))
        c.setFillColor(col(color, 0.93))
        c.setFont(font, size * rng.uniform(0.94, 1.06))
        c.drawCentredString(0, 0, ch)
        c.restoreState()


def comb(c, x, y, n, cw, ch, color=(0, 0, 0), lw=0.5, fill=None, sep_every=0):
    if fill is not None:
        rect(c, x, y, n * cw, ch, None, fill)
    c.setStrokeColor(col(color))
    c.setLineWidth(lw)
    c.rect(x, y, n * cw, ch, stroke=1, fill=0)
    for i in range(1, n):
        top = ch if (sep_every and i % sep_every == 0) else ch * 0.45
        c.line(x + i * cw, y, x + i * cw, y + top)


def tick(c, x, y, size, rng, color=INK_BLUE, kind="x"):
    c.saveState()
    c.setStrokeColor(col(color, 0.95))
    c.setLineWidth(size * 0.16)
    c.setLineCap(1)
    j = lambda: rng.uniform(-0.08, 0.08) * size  # noqa: E731
    if kind == "x":
        c.line(x + j(), y + j(), x + size + j(), y + size + j())
        c.line(x + j(), y + size + j(), x + size + j(), y + j())
    else:
        c.line(x + j(), y + size * 0.5 + j(), x + size * 0.4 + j(), y + j())
        c.line(x + size * 0.4, y, x + size * 1.1 + j(), y + size * 1.2 + j())
    c.restoreState()


def photo(c, x, y, w, h, seed: str, sex: str = "F", bw: bool = False, ghost: bool = False):
    rng = random.Random(seed)
    bg = (0.88, 0.9, 0.93) if not bw else (0.92, 0.92, 0.92)
    skins = [
        (0.93, 0.8, 0.68),
        (0.8, 0.62, 0.47),
        (0.62, 0.45, 0.32),
        (0.45, 0.31, 0.22),
        (0.96, 0.86, 0.76),
    ]
    skin = rng.choice(skins)
    hair = rng.choice([(0.1, 0.08, 0.06), (0.3, 0.2, 0.1), (0.55, 0.4, 0.2), (0.15, 0.15, 0.15)])
    cloth = rng.choice([(0.2, 0.25, 0.4), (0.5, 0.1, 0.1), (0.25, 0.25, 0.25), (0.1, 0.35, 0.3)])
    alpha = 0.35 if ghost else 1.0
    if bw:
        g = lambda t: (sum(t) / 3,) * 3  # noqa: E731
        skin, hair, cloth = g(skin), g(hair), g(cloth)
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    if not ghost:
        c.setFillColor(col(bg))
        c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(col(cloth, alpha))
    c.ellipse(x + w * 0.05, y - h * 0.25, x + w * 0.95, y + h * 0.32, stroke=0, fill=1)
    c.setFillColor(col(skin, alpha))
    c.rect(x + w * 0.42, y + h * 0.22, w * 0.16, h * 0.14, stroke=0, fill=1)
    long_hair = sex == "F" and rng.random() < 0.8
    c.setFillColor(col(hair, alpha))
    if long_hair:
        c.ellipse(x + w * 0.22, y + h * 0.2, x + w * 0.78, y + h * 0.9, stroke=0, fill=1)
    c.setFillColor(col(skin, alpha))
    c.ellipse(x + w * 0.3, y + h * 0.32, x + w * 0.7, y + h * 0.82, stroke=0, fill=1)
    c.setFillColor(col(hair, alpha))
    c.ellipse(x + w * 0.29, y + h * 0.66, x + w * 0.71, y + h * 0.88, stroke=0, fill=1)
    c.setFillColor(col((0.15, 0.1, 0.1), alpha))
    c.circle(x + w * 0.42, y + h * 0.58, w * 0.025, stroke=0, fill=1)
    c.circle(x + w * 0.58, y + h * 0.58, w * 0.025, stroke=0, fill=1)
    c.setStrokeColor(col((0.5, 0.25, 0.25), alpha))
    c.setLineWidth(w * 0.015)
    c.line(x + w * 0.44, y + h * 0.44, x + w * 0.56, y + h * 0.44)
    c.restoreState()


def qr_like(c, x, y, size, seed: str, n=25):
    rng = random.Random(seed)
    cell = size / n
    c.setFillColor(col((0, 0, 0)))
    for i in range(n):
        for j in range(n):
            fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if fin:
                continue
            if rng.random() < 0.47:
                c.rect(x + i * cell, y + j * cell, cell, cell, stroke=0, fill=1)
    for fx, fy in ((0, 0), (0, n - 7), (n - 7, n - 7)):
        bx, by = x + fx * cell, y + fy * cell
        c.rect(bx, by, 7 * cell, 7 * cell, stroke=0, fill=1)
        c.setFillColor(col((1, 1, 1)))
        c.rect(bx + cell, by + cell, 5 * cell, 5 * cell, stroke=0, fill=1)
        c.setFillColor(col((0, 0, 0)))
        c.rect(bx + 2 * cell, by + 2 * cell, 3 * cell, 3 * cell, stroke=0, fill=1)


def barcode(c, x, y, w, h, seed: str):
    rng = random.Random(seed)
    xx = x
    c.setFillColor(col((0, 0, 0)))
    while xx < x + w:
        bw = rng.choice([0.6, 0.6, 1.2, 1.8])
        if rng.random() < 0.55:
            c.rect(xx, y, bw, h, stroke=0, fill=1)
        xx += bw
    return xx


def table(
    c,
    x,
    y,
    widths,
    rows,
    font="Sans",
    size=8,
    row_h=14,
    header_fill=(0.9, 0.9, 0.9),
    header_font=None,
    grid=(0.5, 0.5, 0.5),
    aligns=None,
    zebra=None,
    lw=0.4,
    header=True,
):
    """Draw a simple table, y is the top. Returns y of bottom."""
    yy = y
    aligns = aligns or ["left"] * len(widths)
    for ri, row in enumerate(rows):
        xx = x
        fill = header_fill if (ri == 0 and header) else (zebra if zebra and ri % 2 == 0 else None)
        if fill:
            rect(c, x, yy - row_h, sum(widths), row_h, None, fill)
        for ci, (wd, cell) in enumerate(zip(widths, row)):
            f = header_font if (ri == 0 and header and header_font) else font
            a = aligns[ci]
            tx = xx + 3 if a == "left" else (xx + wd - 3 if a == "right" else xx + wd / 2)
            txt(c, tx, yy - row_h + (row_h - size) / 2 + 1.5, cell, f, size, align=a, maxw=wd - 5)
            xx += wd
        if grid:
            line(c, x, yy - row_h, x + sum(widths), yy - row_h, grid, lw)
        yy -= row_h
    if grid:
        line(c, x, y, x + sum(widths), y, grid, lw)
        xx = x
        for wd in [0] + list(widths):
            xx += wd
            line(c, xx, y, xx, yy, grid, lw)
    return yy


def logo_block(c, x, y, size, color, text, font="Sans-B", text_color=(1, 1, 1), shape="square"):
    c.setFillColor(col(color))
    if shape == "square":
        c.rect(x, y, size, size, stroke=0, fill=1)
    elif shape == "circle":
        c.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
    else:
        c.roundRect(x, y, size * 2.2, size, size * 0.2, stroke=0, fill=1)
        txt(c, x + size * 1.1, y + size * 0.32, text, font, size * 0.42, text_color, align="center")
        return
    txt(
        c,
        x + size / 2,
        y + size * 0.32,
        text,
        font,
        size * 0.36,
        text_color,
        align="center",
        maxw=size * 0.9,
    )


def fold_mark(c, W, H):
    line(c, 0, H / 3, 8, H / 3, (0.6, 0.6, 0.6), 0.4)
    line(c, 0, 2 * H / 3, 8, 2 * H / 3, (0.6, 0.6, 0.6), 0.4)
