"""reportlab helpers: canvas, handwriting, pen strokes, stamps, rasterising."""

from __future__ import annotations

import io
import math
import random

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from bw_core import FONTS

MM = 72 / 25.4
PAGE_W, PAGE_H = A4
_REG: set[str] = set()

INK_BLUE = Color(0.08, 0.14, 0.48)
INK_BLACK = Color(0.1, 0.1, 0.13)
STAMP_BLUE = Color(0.22, 0.3, 0.68)
STAMP_VIOLET = Color(0.45, 0.25, 0.6)
STAMP_RED = Color(0.75, 0.15, 0.2)


def font(name: str) -> str:
    """Register a TTF font once and return its reportlab name."""
    if name not in _REG:
        path = FONTS[name]
        if not path.endswith(".ttf"):
            raise ValueError(f"{name} is not a TTF font")
        pdfmetrics.registerFont(TTFont(name, path))
        _REG.add(name)
    return name


def new_canvas(
    title: str = "", author: str = "", creator: str = ""
) -> tuple[canvas.Canvas, io.BytesIO]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if creator:
        c.setCreator(creator)
    return c, buf


def text(c, x, y, s, f="sans", size=9, color=INK_BLACK, align="left"):
    c.setFont(font(f), size)
    c.setFillColor(color)
    if align == "right":
        c.drawRightString(x, y, s)
    elif align == "center":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


def para(c, x, y, width, s, f="sans", size=9, leading=None, color=INK_BLACK, justify=False):
    """Draw a wrapped paragraph from top baseline y; return the y below it."""
    leading = leading or size * 1.25
    c.setFont(font(f), size)
    c.setFillColor(color)
    lines = simpleSplit(s, font(f), size, width)
    for i, line in enumerate(lines):
        if justify and i < len(lines) - 1 and " " in line:
            words = line.split(" ")
            free = width - pdfmetrics.stringWidth(line.replace(" ", ""), font(f), size)
            gap = free / (len(words) - 1)
            xx = x
            for w in words:
                c.drawString(xx, y, w)
                xx += pdfmetrics.stringWidth(w, font(f), size) + gap
        else:
            c.drawString(x, y, line)
        y -= leading
    return y


def width(s, f, size):
    return pdfmetrics.stringWidth(s, font(f), size)


def hand(c, x, y, s, rng: random.Random, f="hand_dkg", size=13, color=INK_BLUE, slope=0.0):
    """Handwriting: glyph by glyph, each with its own size, baseline and angle jitter."""
    fn = font(f)
    xx = x
    drift = 0.0
    for ch in s:
        sz = size * rng.uniform(0.93, 1.07)
        drift += rng.gauss(0, 0.12) + slope
        c.saveState()
        c.translate(xx, y + drift + rng.gauss(0, 0.35))
        c.rotate(rng.gauss(0, 2.5))
        c.setFont(fn, sz)
        c.setFillColor(color)
        c.drawString(0, 0, ch)
        c.restoreState()
        xx += pdfmetrics.stringWidth(ch, fn, sz) * rng.uniform(0.98, 1.06)
    return xx


def hand_comb(c, x, y, box_w, s, rng, f="hand_breip", size=12, color=INK_BLUE):
    """One capital per comb box; (x, y) is the lower-left corner of the first box."""
    fn = font(f)
    for i, ch in enumerate(s):
        if ch == " ":
            continue
        sz = size * rng.uniform(0.92, 1.08)
        w = pdfmetrics.stringWidth(ch, fn, sz)
        cx = x + i * box_w + (box_w - w) / 2 + rng.gauss(0, 0.5)
        c.saveState()
        c.translate(cx, y + 2.5 + rng.gauss(0, 0.5))
        c.rotate(rng.gauss(0, 3))
        c.setFont(fn, sz)
        c.setFillColor(color)
        c.drawString(0, 0, ch)
        c.restoreState()


def strokes(c, polylines, x, y, w, h, rng, color=INK_BLUE, lw=1.1):
    """Draw unit-box polylines (y up) scaled into (x, y, w, h) as pen strokes."""
    c.saveState()
    c.setStrokeColor(color)
    c.setLineCap(1)
    c.setLineJoin(1)
    for pl in polylines:
        pts = [(x + px * w, y + py * h) for px, py in pl]
        # split into short runs with slowly varying width (pen pressure)
        run = max(3, len(pts) // 6)
        for i in range(0, len(pts) - 1, run):
            seg = pts[i : i + run + 1]
            c.setLineWidth(lw * rng.uniform(0.7, 1.25))
            p = c.beginPath()
            p.moveTo(*seg[0])
            for q in seg[1:]:
                p.lineTo(*q)
            c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def signature(c, name, x, y, w, rng, color=INK_BLUE, lw=1.1):
    from bw_core import signature_strokes

    h = w * 0.5
    strokes(c, signature_strokes(name, rng), x, y, w, h, rng, color=color, lw=lw)


def stamp_round(c, cx, cy, r, ring, inner, rng, color=STAMP_BLUE, f="sans_b", alpha=0.8):
    """Round rubber stamp: text around the ring, a few lines inside."""
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rng.uniform(-25, 25))
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.7)
    c.circle(0, 0, r * 0.72)
    fn = font(f)
    size = r * 0.19
    rad = r * 0.78
    total = sum(pdfmetrics.stringWidth(ch, fn, size) for ch in ring)
    span = min(total / rad, 2 * math.pi * 0.9)
    scale = span / (total / rad)
    ang = math.pi / 2 + span / 2
    for ch in ring:
        da = pdfmetrics.stringWidth(ch, fn, size) / rad * scale
        c.saveState()
        c.rotate(math.degrees(ang - da / 2) - 90)
        c.setFont(fn, size)
        c.drawCentredString(0, rad, ch)
        c.restoreState()
        ang -= da
    n = len(inner)
    for i, line in enumerate(inner):
        sz = size * (1.05 if i == n // 2 else 0.85)
        while sz > 4 and pdfmetrics.stringWidth(line, fn, sz) > r * 1.25:
            sz -= 0.3
        c.setFont(fn, sz)
        c.drawCentredString(0, (n / 2 - i - 0.8) * sz * 1.2, line)
    c.restoreState()


def stamp_box(c, x, y, lines, rng, color=STAMP_BLUE, f="sans_b", size=7.5, alpha=0.8, angle=None):
    """Rectangular rubber stamp with lines of text; (x, y) lower-left."""
    fn = font(f)
    w = max(pdfmetrics.stringWidth(s, fn, size) for s in lines) + 10
    h = len(lines) * size * 1.3 + 6
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-4, 4) if angle is None else angle)
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    c.setLineWidth(1.2)
    c.rect(0, 0, w, h)
    for i, s in enumerate(lines):
        c.setFont(fn, size)
        c.drawCentredString(w / 2, h - 4 - (i + 1) * size * 1.3 + 2, s)
    c.restoreState()
    return w, h


def logo_box(c, x, y, w, h, fill, label, f="sans_b", size=12, fg=None):
    c.setFillColor(fill)
    c.rect(x, y, w, h, stroke=0, fill=1)
    text(c, x + w / 2, y + h / 2 - size * 0.35, label, f, size, fg or Color(1, 1, 1), "center")


def rasterize(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    doc.init_forms()
    out = []
    for i in range(len(doc)):
        page = doc[i]
        bmp = page.render(scale=dpi / 72, draw_annots=True, may_draw_forms=True)
        out.append(bmp.to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out
