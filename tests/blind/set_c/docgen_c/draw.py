"""Reportlab drawing primitives shared by every document: text, boxes, tables, comb boxes,
handwriting, signatures, stamps, guilloche, ID photos, MRZ (OCR-B through Pillow)."""

from __future__ import annotations

import math
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color, black, white
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts

INK_BLUE = Color(0.08, 0.16, 0.52)
INK_BLACK = Color(0.1, 0.1, 0.12)
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.93, 0.93, 0.93)


def rgb(h: str) -> Color:
    h = h.lstrip("#")
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


# ------------------------------------------------------------------ text


def txt(c, x, y, s, font="Sans", size=9, color=black, anchor="l", cs=0):
    c.setFont(font, size)
    c.setFillColor(color)
    if cs:
        c.saveState()
        t = c.beginText()
        t.setFont(font, size)
        t.setCharSpace(cs)
        w = stringWidth(s, font, size) + cs * max(len(s) - 1, 0)
        if anchor == "c":
            x -= w / 2
        elif anchor == "r":
            x -= w
        t.setTextOrigin(x, y)
        t.textOut(s)
        c.drawText(t)
        c.restoreState()
        return
    if anchor == "l":
        c.drawString(x, y, s)
    elif anchor == "c":
        c.drawCentredString(x, y, s)
    else:
        c.drawRightString(x, y, s)


def fit(c, x, y, s, w, font="Sans", size=9, color=black, anchor="l", min_size=4):
    while size > min_size and stringWidth(s, font, size) > w:
        size -= 0.25
    txt(c, x, y, s, font, size, color, anchor)


def para(c, x, y, w, s, font="Sans", size=8, leading=None, color=black, align="l"):
    """Wrapped paragraph starting with its first baseline at y; returns the y below it."""
    leading = leading or size * 1.25
    c.setFont(font, size)
    c.setFillColor(color)
    for block in s.split("\n"):
        lines = simpleSplit(block, font, size, w) or [""]
        for i, line in enumerate(lines):
            if align == "j" and i < len(lines) - 1 and line.count(" ") > 0:
                words = line.split(" ")
                gap = (w - sum(stringWidth(wd, font, size) for wd in words)) / (len(words) - 1)
                xx = x
                for wd in words:
                    c.drawString(xx, y, wd)
                    xx += stringWidth(wd, font, size) + gap
            elif align == "c":
                c.drawCentredString(x + w / 2, y, line)
            else:
                c.drawString(x, y, line)
            y -= leading
    return y


def label_value(
    c, x, y, label, value, lfont="Sans", vfont="Sans-B", size=8.5, gap=4, color=black, lcolor=None
):
    txt(c, x, y, label, lfont, size, lcolor or color)
    lw = stringWidth(label, lfont, size)
    txt(c, x + lw + gap, y, value, vfont, size, color)


# ------------------------------------------------------------------ shapes


def box(c, x, y, w, h, stroke=black, fill=None, lw=0.6, r=0, dash=None):
    c.saveState()
    c.setLineWidth(lw)
    if dash:
        c.setDash(*dash)
    if stroke is not None:
        c.setStrokeColor(stroke)
    if fill is not None:
        c.setFillColor(fill)
    if r:
        c.roundRect(
            x, y, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0
        )
    else:
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
    c.restoreState()


def hline(c, x1, x2, y, color=black, lw=0.5, dash=None):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    if dash:
        c.setDash(*dash)
    c.line(x1, y, x2, y)
    c.restoreState()


def vline(c, x, y1, y2, color=black, lw=0.5):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    c.line(x, y1, x, y2)
    c.restoreState()


def dotted(c, x1, x2, y, color=GREY):
    hline(c, x1, x2, y, color, 0.5, dash=(1, 2))


def table(
    c,
    x,
    y,
    widths,
    rows,
    font="Sans",
    size=8,
    row_h=13,
    header=True,
    header_font=None,
    header_fill=LIGHT,
    grid=black,
    aligns=None,
    lw=0.4,
    header_color=black,
    zebra=None,
    pad=3,
):
    """Draws rows (lists of str) from top y downwards; returns the bottom y."""
    aligns = aligns or ["l"] * len(widths)
    tw = sum(widths)
    yy = y
    for i, row in enumerate(rows):
        is_h = header and i == 0
        if is_h and header_fill is not None:
            box(c, x, yy - row_h, tw, row_h, stroke=None, fill=header_fill)
        elif zebra is not None and i % 2 == 0:
            box(c, x, yy - row_h, tw, row_h, stroke=None, fill=zebra)
        xx = x
        for j, cell in enumerate(row):
            f = (header_font or font + ("-B" if not font.endswith("-B") else "")) if is_h else font
            col = header_color if is_h else black
            w = widths[j]
            ty = yy - row_h + (row_h - size) / 2 + 1.5
            a = aligns[j]
            cell = str(cell)
            if a == "r":
                fit(c, xx + w - pad, ty, cell, w - 2 * pad, f, size, col, "r")
            elif a == "c":
                fit(c, xx + w / 2, ty, cell, w - 2 * pad, f, size, col, "c")
            else:
                fit(c, xx + pad, ty, cell, w - 2 * pad, f, size, col, "l")
            xx += w
        if grid is not None:
            hline(c, x, x + tw, yy - row_h, grid, lw)
        yy -= row_h
    if grid is not None:
        hline(c, x, x + tw, y, grid, lw)
        xx = x
        for w in widths + [0]:
            vline(c, xx, yy, y, grid, lw)
            xx += w
    return yy


def comb(c, x, y, n, cw=11, h=13, color=black, lw=0.5, gaps=()):
    """n comb boxes starting at (x, y) bottom-left; `gaps` adds a small space after those indices."""
    xs = []
    xx = x
    for i in range(n):
        box(c, xx, y, cw, h, stroke=color, lw=lw)
        xs.append(xx)
        xx += cw + (5 if i in gaps else 0)
    return xs


def checkbox(c, x, y, s=8, color=black, lw=0.6):
    box(c, x, y, s, s, stroke=color, lw=lw)


def tick(c, x, y, s, rng, kind="x", color=INK_BLUE):
    """A hand-made cross or check mark inside a box whose bottom-left is (x, y)."""
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(1.1 + rng.random() * 0.5)
    j = lambda: (rng.random() - 0.5) * s * 0.25
    if kind == "x":
        c.line(x + 0.1 * s + j(), y + 0.1 * s + j(), x + 0.95 * s + j(), y + 0.95 * s + j())
        c.line(x + 0.1 * s + j(), y + 0.9 * s + j(), x + 0.9 * s + j(), y + 0.05 * s + j())
    else:
        p = c.beginPath()
        p.moveTo(x + 0.1 * s, y + 0.5 * s + j())
        p.lineTo(x + 0.4 * s + j(), y + 0.08 * s)
        p.lineTo(x + 1.15 * s + j(), y + 1.2 * s + j())
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


# ------------------------------------------------------------------ handwriting


def hand(
    c, x, y, s, rng, font="H-dkg", size=11, color=INK_BLUE, jitter=1.0, slant=0.0, spacing=1.0
):
    """Jittered handwriting. TrueType hand fonts: every glyph moved, turned and scaled a little;
    Pillow script fonts ('dancing', 'kaushan'): word by word. Returns the end x."""
    if font in fonts.PIL_FONTS:
        col = tuple(int(v * 255) for v in (color.red, color.green, color.blue))
        xx = x
        base = y
        for word in s.split(" "):
            if word:
                c.saveState()
                c.translate(xx, base + (rng.random() - 0.5) * 0.1 * size * jitter)
                c.rotate((rng.random() - 0.5) * 3 * jitter + slant)
                sz = size * 1.15 * (1 + (rng.random() - 0.5) * 0.06 * jitter)
                w = ptext(c, 0, 0, word, font, sz, col)
                c.restoreState()
                xx += w - 0.05 * size
            xx += size * 0.32 * spacing
            base += (rng.random() - 0.5) * 0.05 * size
        return xx
    xx = x
    base = y
    drift = (rng.random() - 0.5) * 0.03 * size
    for ch in s:
        sz = size * (1 + (rng.random() - 0.5) * 0.08 * jitter)
        dy = (rng.random() - 0.5) * 0.12 * size * jitter
        ang = (rng.random() - 0.5) * 6 * jitter + slant
        c.saveState()
        c.translate(xx, base + dy)
        c.rotate(ang)
        c.setFont(font, sz)
        c.setFillColor(color)
        c.drawString(0, 0, ch)
        c.restoreState()
        xx += stringWidth(ch, font, sz) * spacing * (1 + (rng.random() - 0.5) * 0.1 * jitter)
        base += drift
    return xx


def hand_width(s, font="H-dkg", size=11):
    if font in fonts.PIL_FONTS:
        return ptext_width(s, font, size * 1.15)
    return stringWidth(s, font, size)


def hand_comb(c, xs, y, s, rng, font="H-dkg", size=10, cw=11, color=INK_BLUE):
    """One capital letter per comb box."""
    for xx, ch in zip(xs, s):
        if ch == " ":
            continue
        w = stringWidth(ch, font, size)
        hand(
            c,
            xx + (cw - w) / 2 + (rng.random() - 0.5) * 1.5,
            y + 2.5,
            ch,
            rng,
            font,
            size,
            color,
            0.8,
        )


def signature(c, x, y, w, h, rng, color=INK_BLUE, name=None, font_key=None):
    """A signature in the w x h box at (x, y): a script name (if given) plus looped strokes."""
    c.saveState()
    c.setStrokeColor(color)
    c.setLineCap(1)
    c.setLineJoin(1)
    x0 = x + w * 0.05
    if not name:
        # an illegible scribble of a name: an initial and a few letters in a script font
        cons, vows = "bcdfglmnrstvz", "aeiou"
        k = int(rng.integers(2, 5))
        body = "".join(
            (cons if i % 2 == 0 else vows)[int(rng.integers(0, 5 if i % 2 else 13))]
            for i in range(k)
        )
        name = (
            "ABCDEFGHJKLMNPRSTV"[int(rng.integers(0, 18))]
            + ("." if rng.random() < 0.4 else "")
            + body
        )
    if name:
        font_key = font_key or ("dancing" if rng.random() < 0.5 else "kaushan")
        col = tuple(int(v * 255) for v in (color.red, color.green, color.blue))
        img = pil_text_img(name, font_key, 140, col)
        ratio = img.width / img.height
        hh = min(h * 0.85, w * 0.7 / ratio)
        c.saveState()
        c.translate(x0, y + h * 0.12)
        c.rotate(4 + rng.random() * 8)
        c.drawImage(ImageReader(img), 0, 0, hh * ratio, hh, mask="auto")
        c.restoreState()
        x0 = x0 + hh * ratio * 0.95
    # looped cursive strokes
    p = c.beginPath()
    n = int(rng.integers(3, 6)) if not name else int(rng.integers(1, 3))
    span = (x + w * 0.95 - x0) if not name else min(w * 0.2, max(w * 0.08, x + w - x0))
    amp = h * (0.18 + rng.random() * 0.15)
    yc = y + h * (0.35 + rng.random() * 0.2)
    steps = 60 * n
    for i in range(steps + 1):
        t = i / steps
        ang = t * n * 2 * math.pi
        px = x0 + span * t - span / n * 0.35 * math.sin(ang)
        py = yc + amp * math.cos(ang) * (1 - 0.5 * t) + h * 0.15 * t
        p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
    c.setLineWidth(0.8 + rng.random() * 0.5)
    c.drawPath(p, stroke=1, fill=0)
    if rng.random() < 0.75:
        q = c.beginPath()
        q.moveTo(x + w * 0.08, y + h * 0.12)
        q.curveTo(
            x + w * 0.4,
            y + h * 0.0,
            x + w * 0.7,
            y + h * 0.22,
            x + w * (0.8 + rng.random() * 0.15),
            y + h * 0.08,
        )
        c.drawPath(q, stroke=1, fill=0)
    c.restoreState()


# ------------------------------------------------------------------ stamps and seals


def stamp_round(c, cx, cy, r, outer, inner=(), color=None, rng=None, alpha=0.75, star=False):
    color = color or Color(0.25, 0.2, 0.6)
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    ang0 = (rng.random() - 0.5) * 40 if rng is not None else 0
    c.translate(cx, cy)
    c.rotate(ang0)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.72)
    size = r * 0.16
    c.setFont("Sans-B", size)
    n = len(outer)
    span = min(300, n * size * 0.62 / r * 180 / math.pi * 1.15)
    # draw along the arc properly (text upright relative to circle tangent)
    for i, ch in enumerate(outer):
        a = math.radians(90 + span / 2 - span * (i + 0.5) / max(n, 1))
        px, py = r * 0.8 * math.cos(a), r * 0.8 * math.sin(a)
        c.saveState()
        c.translate(px, py)
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()
    if star:
        c.setFont("DV-B", r * 0.3)
        c.drawCentredString(0, -r * 0.1, "★")
    lines = list(inner)
    if lines:
        fs = r * 0.17
        tot = fs * 1.15 * len(lines)
        yy = tot / 2 - fs * 0.85
        for line in lines:
            f = fs
            fnt = "DV-B" if any(ord(ch) > 0x2000 for ch in line) else "Sans-B"
            while stringWidth(line, fnt, f) > r * 1.3 and f > 3:
                f -= 0.3
            c.setFont(fnt, f)
            c.drawCentredString(0, yy, line)
            yy -= fs * 1.15
    c.restoreState()


def stamp_rect(c, x, y, lines, color=None, rng=None, size=7.5, alpha=0.75, pad=4, font="Sans-B"):
    color = color or Color(0.6, 0.1, 0.15)
    w = max(stringWidth(l, font, size) for l in lines) + 2 * pad
    h = len(lines) * size * 1.3 + 2 * pad
    c.saveState()
    c.translate(x, y)
    if rng is not None:
        c.rotate((rng.random() - 0.5) * 8)
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    c.setLineWidth(1.2)
    c.rect(0, 0, w, h)
    yy = h - pad - size
    for l in lines:
        c.setFont(font, size)
        c.drawCentredString(w / 2, yy, l)
        yy -= size * 1.3
    c.restoreState()
    return w, h


# ------------------------------------------------------------------ security backgrounds


def guilloche(c, x, y, w, h, rng, color, n=14, lw=0.25, alpha=0.5, amp=None):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setStrokeColor(color)
    c.setStrokeAlpha(alpha)
    c.setLineWidth(lw)
    amp = amp or h / n * 1.4
    f1 = 2 + rng.random() * 4
    f2 = 7 + rng.random() * 6
    ph = rng.random() * 6
    steps = 90
    for k in range(n):
        yy = y + h * (k + 0.5) / n
        path = c.beginPath()
        for i in range(steps + 1):
            t = i / steps
            xx = x + w * t
            v = yy + amp * (
                0.6 * math.sin(2 * math.pi * (f1 * t) + ph + k * 0.45)
                + 0.4 * math.sin(2 * math.pi * (f2 * t) + k * 0.9)
            )
            if i == 0:
                path.moveTo(xx, v)
            else:
                path.lineTo(xx, v)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def rosette(c, cx, cy, r, rng, color, petals=12, alpha=0.45):
    c.saveState()
    c.setStrokeColor(color)
    c.setStrokeAlpha(alpha)
    c.setLineWidth(0.3)
    for k in range(petals):
        path = c.beginPath()
        for i in range(121):
            t = 2 * math.pi * i / 120
            rr = r * (0.55 + 0.45 * math.cos(petals / 2 * t + k))
            px, py = cx + rr * math.cos(t + k * 0.13), cy + rr * math.sin(t + k * 0.13)
            path.moveTo(px, py) if i == 0 else path.lineTo(px, py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def photo(c, x, y, w, h, rng, sex="F", bg=None, ghost=False):
    """A neutral ID photo: plain background, head and shoulders silhouette."""
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    bgc = bg or Color(0.86 + rng.random() * 0.06, 0.87 + rng.random() * 0.06, 0.9)
    c.setFillColor(bgc)
    c.rect(x, y, w, h, stroke=0, fill=1)
    tone = [
        (0.93, 0.8, 0.68),
        (0.78, 0.6, 0.45),
        (0.55, 0.38, 0.26),
        (0.4, 0.27, 0.18),
        (0.85, 0.7, 0.55),
    ][int(rng.integers(0, 5))]
    skin = Color(*tone)
    hair = Color(*[0.08 + rng.random() * 0.2] * 3)
    cloth = Color(0.15 + rng.random() * 0.3, 0.15 + rng.random() * 0.3, 0.2 + rng.random() * 0.4)
    if ghost:
        c.setFillAlpha(0.35)
    c.setFillColor(cloth)
    c.ellipse(x - w * 0.1, y - h * 0.35, x + w * 1.1, y + h * 0.32, stroke=0, fill=1)
    c.setFillColor(skin)
    c.rect(x + w * 0.42, y + h * 0.2, w * 0.16, h * 0.15, stroke=0, fill=1)
    if sex == "F":
        c.setFillColor(hair)
        c.ellipse(x + w * 0.2, y + h * 0.22, x + w * 0.8, y + h * 0.92, stroke=0, fill=1)
    c.setFillColor(skin)
    c.ellipse(x + w * 0.3, y + h * 0.3, x + w * 0.7, y + h * 0.82, stroke=0, fill=1)
    c.setFillColor(hair)
    c.ellipse(x + w * 0.28, y + h * 0.66, x + w * 0.72, y + h * 0.88, stroke=0, fill=1)
    c.setFillColor(Color(0.15, 0.12, 0.1))
    c.circle(x + w * 0.42, y + h * 0.58, w * 0.025, stroke=0, fill=1)
    c.circle(x + w * 0.58, y + h * 0.58, w * 0.025, stroke=0, fill=1)
    c.setStrokeColor(Color(0.5, 0.25, 0.25))
    c.setLineWidth(w * 0.015)
    c.line(x + w * 0.44, y + h * 0.42, x + w * 0.56, y + h * 0.42)
    c.restoreState()


# ------------------------------------------------------------------ Pillow text (OCR-B, scripts)


@lru_cache(maxsize=4096)
def pil_text_img(text, font_key, px, color=(0, 0, 0), direction=None, features=None):
    path = fonts.PIL_FONTS[font_key]
    kw = {}
    if font_key == "wqy":
        kw["index"] = 0
    font = ImageFont.truetype(path, px, **kw)
    layout_kw = {}
    if direction:
        layout_kw["direction"] = direction
    if features:
        layout_kw["features"] = list(features)
    bbox = font.getbbox(text, **layout_kw)
    w = bbox[2] - bbox[0] + 8
    asc, desc = font.getmetrics()
    h = asc + desc + 8
    img = Image.new("RGBA", (max(w, 1), h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.text((4 - bbox[0], 4), text, font=font, fill=tuple(color) + (255,), **layout_kw)
    img.info["baseline"] = 4 + asc
    return img


def ptext(
    c, x, y, text, font_key="dv", size=9, color=(0, 0, 0), anchor="l", direction=None, scale=8.0
):
    """Text rendered by Pillow (shaping for Arabic, CJK, OCR-B) placed with its baseline at y."""
    if not text:
        return 0
    px = max(8, int(round(size * scale)))
    img = pil_text_img(text, font_key, px, tuple(color), direction)
    k = size / px
    w, h = img.width * k, img.height * k
    base = img.info["baseline"] * k
    if anchor == "c":
        x -= w / 2
    elif anchor == "r":
        x -= w
    c.drawImage(ImageReader(img), x - 4 * k, y - (h - base), w, h, mask="auto")
    return w


def ptext_width(text, font_key="dv", size=9, scale=8.0):
    px = max(8, int(round(size * scale)))
    img = pil_text_img(text, font_key, px, (0, 0, 0))
    return img.width * size / px


def mrz(c, x, y, lines, size=9.6, pitch=None, line_gap=None, color=(20, 20, 20)):
    """MRZ lines in OCR-B; top line baseline at y. pitch = advance per character in points."""
    pitch = pitch or size * 0.72
    line_gap = line_gap or size * 1.45
    for i, line in enumerate(lines):
        yy = y - i * line_gap
        for j, ch in enumerate(line):
            ptext(c, x + j * pitch, yy, ch, "ocrb", size, color, scale=10.0)


def mrz_fast(c, x, y, lines, size=9.6, pitch=None, line_gap=None, color=(20, 20, 20)):
    """Same as mrz() but whole lines at once (OCR-B is monospaced): much faster."""
    line_gap = line_gap or size * 1.45
    for i, line in enumerate(lines):
        ptext(c, x, y - i * line_gap, line, "ocrb", size, color, scale=10.0)


def barcode(c, x, y, w, h, rng, color=black):
    c.saveState()
    c.setFillColor(color)
    xx = x
    while xx < x + w:
        bw = (1 + int(rng.integers(0, 3))) * w / 160
        if rng.random() < 0.55:
            c.rect(xx, y, bw, h, stroke=0, fill=1)
        xx += bw
    c.restoreState()


def pseudo_qr(c, x, y, s, rng, n=25, color=black):
    """A square code-like pattern (finder squares + random modules). Not a decodable code."""
    c.saveState()
    c.setFillColor(color)
    m = s / n
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.47:
                c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)
    for fx, fy in ((0, 0), (0, n - 7), (n - 7, n - 7)):
        c.setFillColor(white)
        c.rect(
            x + fx * m - m * 0.0,
            y + fy * m,
            8 * m if fx == 0 else 7 * m,
            8 * m if fy == 0 else 7 * m,
            stroke=0,
            fill=1,
        )
        c.setFillColor(color)
        c.rect(x + fx * m, y + fy * m, 7 * m, 7 * m, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(x + (fx + 1) * m, y + (fy + 1) * m, 5 * m, 5 * m, stroke=0, fill=1)
        c.setFillColor(color)
        c.rect(x + (fx + 2) * m, y + (fy + 2) * m, 3 * m, 3 * m, stroke=0, fill=1)
    c.restoreState()


def fold_marks(c, W, H):
    hline(c, 0, 8, H * 2 / 3, GREY, 0.3)
    hline(c, 0, 8, H / 3, GREY, 0.3)
