"""Fonts, handwriting, pen signatures, rubber stamps and small graphic helpers."""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

from PIL import ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": TT + "liberation/LiberationSans-Regular.ttf",
    "Sans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Sans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "Narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-B": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "Serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "Serif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "Serif-I": TT + "liberation/LiberationSerif-Italic.ttf",
    "Mono": TT + "liberation/LiberationMono-Regular.ttf",
    "Mono-B": TT + "liberation/LiberationMono-Bold.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
    "DejaVu-B": TT + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuCond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCond-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": TT + "dejavu/DejaVuSerif.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Caladea": TT + "crosextra/Caladea-Regular.ttf",
    "Caladea-B": TT + "crosextra/Caladea-Bold.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "Lato-B": TT + "lato/Lato-Bold.ttf",
    "Lato-L": TT + "lato/Lato-Light.ttf",
    "OpenSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "OpenSans-SB": TT + "open-sans/OpenSans-Semibold.ttf",
    "Roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-M": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Roboto-B": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobotoCond": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoCond-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "FreeSerif": TT + "freefont/FreeSerif.ttf",
    "FreeSerif-B": TT + "freefont/FreeSerifBold.ttf",
    "FreeSans": TT + "freefont/FreeSans.ttf",
    "FreeSans-B": TT + "freefont/FreeSansBold.ttf",
    # handwriting-like fonts (all solid strokes)
    "Breip": TT + "breip/Breip.ttf",
    "Ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "Dkg": TT + "fifthhorseman/dkg.ttf",
    "HumorSans": TT + "humor-sans/Humor-Sans.ttf",
}
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
AMIRI = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"
AMIRI_B = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf"

_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    for name, path in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


@lru_cache(maxsize=256)
def pil_font(name: str, size: int):
    path = {"OCRB": OCRB, "Amiri": AMIRI, "Amiri-B": AMIRI_B}.get(name) or FONTS[name]
    return ImageFont.truetype(path, size)


def new_canvas(buf=None, pagesize=A4, title=None, producer=None, author=None):
    register_fonts()
    buf = buf if buf is not None else io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if producer:
        c.setProducer(producer)
        c.setCreator(producer)
    return c, buf


def hexcol(h: str, alpha: float = 1.0) -> Color:
    h = h.lstrip("#")
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255, alpha)


BLUE_INK = "#1d2f8f"
BLACK_INK = "#1a1a22"

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def d_fr(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def d_words_fr(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"


def money_fr(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


# --------------------------------------------------------------------------- handwriting


def hand(
    c,
    x,
    y,
    text,
    rng: random.Random,
    font="Breip",
    size=13,
    ink=BLUE_INK,
    slant=0.0,
    spacing=1.0,
    wobble=0.7,
):
    """Write text glyph by glyph with jitter (pen-like handwriting). Returns end x."""
    c.saveState()
    c.setFillColor(hexcol(ink, 0.93))
    drift = 0.0
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        w = pdfmetrics.stringWidth(ch, font, s)
        drift = max(-2.2, min(2.2, drift + rng.uniform(-0.35, 0.35) * wobble))
        c.saveState()
        c.translate(x + rng.uniform(-0.3, 0.3), y + drift + rng.uniform(-0.4, 0.4) * wobble)
        c.rotate(slant + rng.uniform(-4, 4) * wobble)
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        x += w * spacing * rng.uniform(0.97, 1.05)
    c.restoreState()
    return x


def hand_width(text, font="Breip", size=13, spacing=1.0):
    return pdfmetrics.stringWidth(text, font, size) * spacing * 1.01


def hand_in_combs(c, boxes, text, rng, font="HumorSans", size=12, ink=BLUE_INK):
    """One capital per comb box, boxes = list of (x, y, w, h)."""
    for (bx, by, bw, bh), ch in zip(boxes, text, strict=False):
        if ch == " ":
            continue
        s = size * rng.uniform(0.9, 1.08)
        w = pdfmetrics.stringWidth(ch, font, s)
        c.saveState()
        c.setFillColor(hexcol(ink, 0.93))
        c.translate(bx + (bw - w) / 2 + rng.uniform(-1, 1), by + bh * 0.22 + rng.uniform(-1, 1.2))
        c.rotate(rng.uniform(-5, 5))
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()


def pen_tick(c, x, y, w, h, rng, ink=BLUE_INK, cross=True):
    """A handwritten cross or tick inside box (x, y, w, h)."""
    c.saveState()
    c.setStrokeColor(hexcol(ink, 0.95))
    c.setLineWidth(rng.uniform(1.0, 1.5))
    c.setLineCap(1)
    if cross:
        for a, b in (((0.15, 0.15), (0.88, 0.9)), ((0.12, 0.86), (0.85, 0.12))):
            p = c.beginPath()
            p.moveTo(x + w * a[0] + rng.uniform(-1, 1), y + h * a[1] + rng.uniform(-1, 1))
            mx = x + w * (a[0] + b[0]) / 2 + rng.uniform(-0.8, 0.8)
            my = y + h * (a[1] + b[1]) / 2 + rng.uniform(-0.8, 0.8)
            p.curveTo(mx, my, mx, my, x + w * b[0] + rng.uniform(-1.5, 1.5), y + h * b[1])
            c.drawPath(p, stroke=1, fill=0)
    else:
        p = c.beginPath()
        p.moveTo(x + w * 0.1, y + h * 0.5)
        p.lineTo(x + w * 0.4, y + h * 0.12 + rng.uniform(-1, 1))
        p.curveTo(x + w * 0.6, y + h * 0.5, x + w * 0.8, y + h * 0.9, x + w * 1.15, y + h * 1.2)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


# --------------------------------------------------------------------------- signatures


def _catmull(points, steps=10):
    out = []
    pts = [points[0]] + points + [points[-1]]
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


def signature_strokes(name: str, seed: int):
    """Pen strokes of a cursive signature, in a unit box about 1.0 x 0.45."""
    rng = random.Random(seed)
    initial = (name.strip() or "X")[0].upper()
    strokes = []
    # initial capital: a tall looped stem
    h = rng.uniform(0.3, 0.42)
    x0 = 0.05
    cap = [
        (x0 + 0.05, 0.05),
        (x0 + 0.02, h * 0.6),
        (x0 + 0.07, h),
        (x0 + 0.12, h * 0.75),
        (x0 + 0.04, h * 0.45),
        (x0 + 0.15, h * 0.5),
        (x0 + 0.13, 0.08),
    ]
    if initial in "AEIMNRUVW":
        cap = [
            (x0, 0.04),
            (x0 + 0.05, h),
            (x0 + 0.09, 0.1),
            (x0 + 0.13, h * 0.9),
            (x0 + 0.17, 0.06),
        ]
    strokes.append(_catmull(cap, 12))
    # running body: alternating low / high control points with occasional back loops
    letters = max(4, min(9, len(name.replace(" ", "")) - 1))
    dx = 0.68 / letters
    x = x0 + 0.16
    pts = [(x, 0.09)]
    for _i in range(letters):
        kind = rng.random()
        top = rng.uniform(0.1, 0.17) if kind < 0.6 else rng.uniform(0.22, 0.3)
        if kind > 0.85:
            top = -rng.uniform(0.05, 0.1)  # descender
        pts.append((x + dx * 0.35, top))
        if rng.random() < 0.45:  # a loop: come back left a little
            pts.append((x + dx * 0.1, top * 0.6))
        pts.append((x + dx * 0.7, 0.06 + rng.uniform(-0.02, 0.02)))
        x += dx
    pts.append((x + 0.04, 0.12))
    strokes.append(_catmull(pts, 9))
    # flourish underline
    fl = [(x + 0.02, 0.1), (x - 0.1, 0.0), (0.35, -0.02), (0.1, 0.02 + rng.uniform(-0.02, 0.03))]
    if rng.random() < 0.6:
        strokes.append(_catmull(fl, 12))
    out = []
    for s in strokes:
        out.append([(px + rng.gauss(0, 0.0018), py + 0.05 + rng.gauss(0, 0.0018)) for px, py in s])
    return out


def draw_signature(c, x, y, w, name, seed, ink=BLUE_INK, width=1.1):
    """Draw a signature with its lower-left corner at (x, y), width w points."""
    c.saveState()
    c.setStrokeColor(hexcol(ink, 0.95))
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    rng = random.Random(seed)
    ang = rng.uniform(-6, 8)
    c.translate(x, y)
    c.rotate(ang)
    for s in signature_strokes(name, seed):
        p = c.beginPath()
        p.moveTo(s[0][0] * w, s[0][1] * w)
        for px, py in s[1:]:
            p.lineTo(px * w, py * w)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def pil_signature(draw, x, y, w, name, seed, fill=(30, 45, 140), width=3):
    rng = random.Random(seed)
    ang = math.radians(rng.uniform(-6, 8))
    ca, sa = math.cos(ang), math.sin(ang)
    for s in signature_strokes(name, seed):
        pts = []
        for px, py in s:
            u, v = px * w, py * w
            pts.append((x + u * ca - v * sa, y - (u * sa + v * ca)))
        draw.line(pts, fill=fill, width=width, joint="curve")


# --------------------------------------------------------------------------- stamps


def round_stamp(
    c,
    cx,
    cy,
    r,
    outer,
    inner_lines,
    color="#3b3f9e",
    rng=None,
    alpha=0.78,
    star=True,
    font="Sans-B",
):
    rng = rng or random.Random(0)
    c.saveState()
    col = hexcol(color, alpha)
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.translate(cx, cy)
    c.rotate(rng.uniform(-25, 25))
    c.setLineWidth(1.6)
    c.circle(0, 0, r)
    c.setLineWidth(0.7)
    c.circle(0, 0, r * 0.72)
    fs = r * 0.16
    c.setFont(font, fs)
    text = outer
    total = sum(pdfmetrics.stringWidth(ch, font, fs) for ch in text)
    span = min(330.0, math.degrees(total / (r * 0.84)) * 1.12)
    ang = 90 + span / 2
    step = span / max(1, len(text))
    for ch in text:
        c.saveState()
        a = math.radians(ang)
        c.translate(r * 0.84 * math.cos(a), r * 0.84 * math.sin(a))
        c.rotate(ang - 90)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
        ang -= step
    n = len(inner_lines)
    for i, line in enumerate(inner_lines):
        s = r * 0.15 if len(line) < 14 else r * 0.11
        c.setFont(font, s)
        c.drawCentredString(0, (n / 2 - i - 0.8) * s * 1.25, line)
    if star:
        c.setFont("DejaVu", r * 0.18)
        c.drawCentredString(0, -r * 0.86, "\u2605")
    c.restoreState()


def rect_stamp(c, x, y, lines, color="#3b3f9e", rng=None, alpha=0.78, size=8.5, font="Sans-B"):
    rng = rng or random.Random(0)
    c.saveState()
    col = hexcol(color, alpha)
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6))
    w = max(pdfmetrics.stringWidth(s, font, size) for s in lines) + 14
    h = len(lines) * size * 1.3 + 8
    c.setLineWidth(1.4)
    c.roundRect(0, 0, w, h, 3)
    for i, line in enumerate(lines):
        c.setFont(font, size)
        c.drawCentredString(w / 2, h - 4 - size * 1.05 - i * size * 1.3, line)
    c.restoreState()


# --------------------------------------------------------------------------- misc graphics


def matrix_block(c, x, y, size, n, seed, label=None):
    """A data-matrix-like square (finder L plus clock edges); not decodable."""
    rng = random.Random(seed)
    cell = size / n
    c.saveState()
    c.setFillColor(hexcol("#000000"))
    for i in range(n):
        for j in range(n):
            on = False
            if i == 0 or j == 0:
                on = True
            elif j == n - 1:
                on = i % 2 == 0
            elif i == n - 1:
                on = j % 2 == 1
            else:
                on = rng.random() < 0.48
            if on:
                c.rect(x + i * cell, y + j * cell, cell, cell, stroke=0, fill=1)
    if label:
        c.setFont("Sans-B", 5.5)
        c.drawCentredString(x + size / 2, y - 7, label)
    c.restoreState()


def guilloche(c, x, y, w, h, color, seed, lines=26, alpha=0.35):
    rng = random.Random(seed)
    c.saveState()
    c.setStrokeColor(hexcol(color, alpha))
    c.setLineWidth(0.3)
    f1, f2 = rng.uniform(2, 4), rng.uniform(5, 9)
    for k in range(lines):
        p = c.beginPath()
        off = k * h / lines
        for i in range(121):
            t = i / 120
            yy = (
                y
                + off
                + 6 * math.sin(2 * math.pi * (f1 * t + k * 0.05)) * math.sin(2 * math.pi * f2 * t)
            )
            if i == 0:
                p.moveTo(x + w * t, yy)
            else:
                p.lineTo(x + w * t, yy)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def para(c, x, y, text, font, size, width, leading=None, color=None):
    """Simple left-aligned word wrap; returns y below the paragraph."""
    leading = leading or size * 1.28
    if color:
        c.setFillColor(hexcol(color))
    c.setFont(font, size)
    for raw in text.split("\n"):
        line = ""
        for word in raw.split(" "):
            cand = (line + " " + word).strip()
            if pdfmetrics.stringWidth(cand, font, size) > width and line:
                c.drawString(x, y, line)
                y -= leading
                line = word
            else:
                line = cand
        c.drawString(x, y, line)
        y -= leading
    return y


def justified(c, x, y, text, font, size, width, leading=None):
    """Justified paragraph (last line left aligned)."""
    leading = leading or size * 1.3
    c.setFont(font, size)
    words = text.split()
    line: list[str] = []
    for word in words:
        cand = line + [word]
        if pdfmetrics.stringWidth(" ".join(cand), font, size) > width and line:
            gaps = len(line) - 1
            natural = sum(pdfmetrics.stringWidth(w, font, size) for w in line)
            space = (width - natural) / gaps if gaps else 0
            xx = x
            for wd in line:
                c.drawString(xx, y, wd)
                xx += pdfmetrics.stringWidth(wd, font, size) + space
            y -= leading
            line = [word]
        else:
            line = cand
    c.drawString(x, y, " ".join(line))
    return y - leading
