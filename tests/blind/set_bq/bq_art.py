"""Pen signatures, rubber stamps, guilloche, portraits and 2D-code-like patterns."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from bq_common import BLACK, INK_BLUE, Pg, rgb

# ----------------------------------------------------------------------------- signatures


LETTERS = {
    "n": [(0.1, 0.0), (0.25, 1.0), (0.5, 0.9), (0.65, 0.0)],
    "m": [(0.05, 0.0), (0.2, 1.0), (0.35, 0.1), (0.5, 1.0), (0.7, 0.0)],
    "l": [(0.2, 0.4), (0.55, 2.3), (0.35, 2.2), (0.3, 0.0)],
    "e": [(0.3, 0.5), (0.6, 0.9), (0.35, 0.85), (0.3, 0.2), (0.8, 0.1)],
    "g": [(0.3, 0.9), (0.5, 0.2), (0.42, -1.3), (0.15, -0.9), (0.7, 0.15)],
    "o": [(0.6, 0.95), (0.2, 0.8), (0.15, 0.2), (0.5, 0.1), (0.6, 0.95), (0.75, 0.5)],
    "u": [(0.15, 1.0), (0.25, 0.1), (0.55, 0.1), (0.65, 1.0), (0.8, 0.0)],
    "r": [(0.15, 0.8), (0.3, 1.0), (0.35, 0.6), (0.6, 0.9), (0.7, 0.0)],
}
CAPITALS = [
    [(0.0, 0.3), (0.5, 2.9), (0.9, 2.7), (0.6, 1.3), (0.1, 0.2), (0.8, 0.6), (1.2, 0.0)],
    [(0.0, 0.0), (0.4, 2.8), (0.3, 0.2), (0.8, 2.5), (1.1, 1.6), (0.5, 1.2), (1.3, 0.1)],
    [(0.4, 2.6), (0.1, 1.8), (0.3, 0.6), (1.0, 0.0), (0.8, 2.2), (1.3, 0.2)],
]


def _catmull(pts, k=7):
    out = []
    P = [pts[0]] + pts + [pts[-1]]
    for i in range(1, len(P) - 2):
        p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
        for j in range(k):
            t = j / k
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5 * (2 * p1[d] + (-p0[d] + p2[d]) * t + (2 * p0[d] - 5 * p1[d] + 4 * p2[d]
                           - p3[d]) * t2 + (-p0[d] + 3 * p1[d] - 3 * p2[d] + p3[d]) * t3)
                    for d in (0, 1)
                )
            )  # fmt: skip
    out.append(pts[-1])
    return out


def signature_strokes(rng, w=45.0, h=15.0):
    """Strokes of a pen signature in a w x h (mm) box, origin bottom-left, y up.
    Each stroke is a list of (x, y, width_factor); downstrokes are heavier."""
    slant = rng.uniform(0.15, 0.45)
    words = 1 if rng.random() < 0.5 else 2
    raw = []
    x = 0.0
    for wi in range(words):
        pts = []
        cap = rng.choice(CAPITALS)
        sc = rng.uniform(0.8, 1.1)
        for px, py in cap:
            pts.append((x + px * sc + rng.gauss(0, 0.06), py * sc + rng.gauss(0, 0.08)))
        x += 1.2 * sc
        n = rng.randint(3, 7) if wi == words - 1 else rng.randint(1, 3)
        for _ in range(n):
            let = LETTERS[rng.choice("nmleguorne")]
            ws = rng.uniform(0.7, 1.2)
            hs = rng.uniform(0.55, 1.1)
            for px, py in let:
                pts.append((x + px * ws + rng.gauss(0, 0.05), py * hs + rng.gauss(0, 0.06)))
            x += 0.75 * ws
        raw.append(pts)
        x += rng.uniform(0.5, 1.0)
    strokes = []
    for pts in raw:
        sm = _catmull([(px + py * slant, py) for px, py in pts])
        strokes.append(sm)
    # flourish under or through the name
    x0, y0 = strokes[-1][-1]
    fl = [(x0, y0), (x0 + 0.6, y0 - 0.6), (x * rng.uniform(0.4, 0.7), rng.uniform(-0.9, -0.4)),
          (rng.uniform(-0.3, 0.6), rng.uniform(-0.6, 0.0))]  # fmt: skip
    if rng.random() < 0.5:
        strokes[-1].extend(_catmull(fl, 10)[1:])
    else:
        strokes.append(_catmull(fl[2:] + [(x * 0.9, rng.uniform(-0.7, -0.2))], 12))
    xs = [p[0] for st in strokes for p in st]
    ys = [p[1] for st in strokes for p in st]
    sx = w * 0.9 / (max(xs) - min(xs))
    sy = h * 0.9 / (max(ys) - min(ys))
    s = min(sx, sy * 1.6)
    sy = min(sy, s)
    out = []
    for st in strokes:
        o = []
        for i, (px, py) in enumerate(st):
            dy = py - st[i - 1][1] if i else 0.0
            wf = 0.55 + (0.45 if dy < 0 else 0.1) + rng.gauss(0, 0.04)
            o.append(((px - min(xs)) * s + w * 0.04, (py - min(ys)) * sy + h * 0.05, wf))
        out.append(o)
    if rng.random() < 0.4:
        px, py = w * rng.uniform(0.3, 0.8), h * rng.uniform(0.75, 0.95)
        out.append([(px, py, 1.0), (px + 0.8, py + 0.2, 0.9)])
    return out


def draw_signature(pg: Pg, x, y, w, h, rng, color=INK_BLUE, lw=0.9):
    """Draw a signature inside the box whose top-left is (x, y) mm."""
    c = pg.c
    c.saveState()
    c.setStrokeColor(color)
    c.setLineCap(1)
    c.setLineJoin(1)
    base_y = pg.Y(y + h)
    for st in signature_strokes(rng, w, h):
        for (x1, y1, w1), (x2, y2, _w2) in zip(st, st[1:], strict=False):
            c.setLineWidth(lw * w1 * 0.75 + 0.15)
            c.line((x + x1) * mm, base_y + y1 * mm, (x + x2) * mm, base_y + y2 * mm)
    c.restoreState()


def signature_image(rng, w=45.0, h=15.0, ppm=14, color=(25, 35, 110), lw=0.9):
    """Signature as an RGBA image (for a pasted signature on a filled PDF or an app)."""
    W, H = int(w * ppm), int(h * ppm)
    im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for st in signature_strokes(rng, w, h):
        for (x1, y1, w1), (x2, y2, _w2) in zip(st, st[1:], strict=False):
            wd = max(1, int((lw * w1 * 0.75 + 0.15) * ppm * 0.3528))
            p1 = (x1 * ppm, H - y1 * ppm)
            p2 = (x2 * ppm, H - y2 * ppm)
            d.line([p1, p2], fill=color + (255,), width=wd)
            r = wd / 2
            d.ellipse([p2[0] - r, p2[1] - r, p2[0] + r, p2[1] + r], fill=color + (255,))
    return im


# ----------------------------------------------------------------------------- stamps & art


def round_stamp(pg: Pg, cx, cy, r, top, bottom, center, rng, color="2a3f9a", alpha=0.72):
    c = pg.c
    col = rgb(color)
    c.saveState()
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    c.translate(cx * mm, pg.Y(cy))
    c.rotate(rng.uniform(-25, 25))
    c.setLineWidth(1.1)
    c.circle(0, 0, r * mm, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.7 * mm, stroke=1, fill=0)
    fs = r * 0.24 * 2.835
    for txt, sign in ((top, 1), (bottom, -1)):
        if not txt:
            continue
        rr = r * (0.77 if sign > 0 else 0.9) * mm
        f = fs
        tot = sum(pdfmetrics.stringWidth(ch, "Sans-B", f) for ch in txt) * 1.12
        while math.degrees(tot / rr) > 160 and f > 3:
            f *= 0.92
            tot = sum(pdfmetrics.stringWidth(ch, "Sans-B", f) for ch in txt) * 1.12
        span = math.degrees(tot / rr)
        acc = 0.0
        for ch in txt:
            cw = pdfmetrics.stringWidth(ch, "Sans-B", f) * 1.12
            mid = math.degrees((acc + cw / 2) / rr)
            acc += cw
            a = 90 + span / 2 - mid if sign > 0 else 270 - span / 2 + mid
            c.saveState()
            c.rotate(a)
            c.translate(rr, 0)
            c.rotate(-90 if sign > 0 else 90)
            c.setFont("Sans-B", f)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
    lines = center if isinstance(center, list) else [center]
    fs2 = fs * 0.85
    widest = max(pdfmetrics.stringWidth(ln, "Sans-B", fs2) for ln in lines)
    fs2 *= min(1.0, r * 1.2 * mm / widest)
    for i, ln in enumerate(lines):
        c.setFont("Sans-B", fs2)
        c.drawCentredString(0, (len(lines) / 2 - i - 0.8) * fs2 * 1.1, ln)
    c.restoreState()


def rect_stamp(pg: Pg, x, y, lines, rng, color="7a1f2b", size=7.5, alpha=0.75, box=True):
    c = pg.c
    col = rgb(color)
    c.saveState()
    c.setFillColor(col)
    c.setStrokeColor(col)
    c.setFillAlpha(alpha)
    c.setStrokeAlpha(alpha)
    wmax = max(pg.width(s, "Sans-B", size) for s in lines) + 4
    hh = len(lines) * size * 0.45 + 3
    c.translate(x * mm, pg.Y(y))
    c.rotate(rng.uniform(-6, 6))
    if box:
        c.setLineWidth(1.2)
        c.rect(0, -hh * mm, wmax * mm, hh * mm, stroke=1, fill=0)
    for i, s in enumerate(lines):
        c.setFont("Sans-B", size)
        c.drawCentredString(wmax / 2 * mm, -(2.2 + size * 0.35 + i * size * 0.45) * mm, s)
    c.restoreState()


def guilloche(pg: Pg, x, y, w, h, color, rng, n=12, lw=0.25, alpha=0.5):
    c = pg.c
    c.saveState()
    p = c.beginPath()
    p.rect(x * mm, pg.Y(y + h), w * mm, h * mm)
    c.clipPath(p, stroke=0, fill=0)
    c.setStrokeColor(rgb(color))
    c.setStrokeAlpha(alpha)
    c.setLineWidth(lw)
    f1 = rng.uniform(2, 4)
    f2 = rng.uniform(5, 9)
    for k in range(n):
        ph = k * 2 * math.pi / n
        path = c.beginPath()
        for i in range(121):
            u = i / 120
            yy = (
                y
                + h / 2
                + h
                * 0.42
                * math.sin(2 * math.pi * f1 * u + ph)
                * math.cos(2 * math.pi * f2 * u * 0.25 + ph / 2)
            )
            if i == 0:
                path.moveTo((x + w * u) * mm, pg.Y(yy))
            else:
                path.lineTo((x + w * u) * mm, pg.Y(yy))
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def portrait(pg: Pg, x, y, w, h, rng, skin="8d5a3b", hair="1c1410", bg="dfe6ee", female=True):
    """A plain ID-style head and shoulders."""
    c = pg.c
    c.saveState()
    p = c.beginPath()
    p.rect(x * mm, pg.Y(y + h), w * mm, h * mm)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColor(rgb(bg))
    c.rect(x * mm, pg.Y(y + h), w * mm, h * mm, stroke=0, fill=1)
    cx = x + w / 2 + rng.uniform(-0.5, 0.5)
    hw, hh = w * 0.27, h * 0.25
    hy = y + h * 0.4
    c.setFillColor(rgb(rng.choice(["2b2d42", "39414f", "5a3e36", "f2f2f2", "7b2d26"])))
    c.ellipse(
        (cx - w * 0.5) * mm, pg.Y(y + h * 1.25), (cx + w * 0.5) * mm, pg.Y(y + h * 0.78), 0, 1
    )
    c.setFillColor(rgb(skin))
    c.rect((cx - w * 0.09) * mm, pg.Y(y + h * 0.8), w * 0.18 * mm, h * 0.2 * mm, stroke=0, fill=1)
    c.setFillColor(rgb(hair))
    if female:
        c.ellipse((cx - hw * 1.25) * mm, pg.Y(hy + hh * 1.5), (cx + hw * 1.25) * mm,
                  pg.Y(hy - hh * 1.25), 0, 1)  # fmt: skip
    else:
        c.ellipse((cx - hw * 1.06) * mm, pg.Y(hy + hh * 0.2), (cx + hw * 1.06) * mm,
                  pg.Y(hy - hh * 1.12), 0, 1)  # fmt: skip
    c.setFillColor(rgb(skin))
    c.ellipse((cx - hw) * mm, pg.Y(hy + hh), (cx + hw) * mm, pg.Y(hy - hh), 0, 1)
    c.setFillColor(rgb("1a1a1a"))
    for sx in (-1, 1):
        ex = cx + sx * hw * 0.4
        c.ellipse((ex - 0.7) * mm, pg.Y(hy - hh * 0.05 + 0.35), (ex + 0.7) * mm,
                  pg.Y(hy - hh * 0.05 - 0.35), 0, 1)  # fmt: skip
    c.setStrokeColor(rgb("5a2a22"))
    c.setLineWidth(0.6)
    c.line((cx - hw * 0.3) * mm, pg.Y(hy + hh * 0.5), (cx + hw * 0.3) * mm, pg.Y(hy + hh * 0.5))
    c.restoreState()


def emblem(pg: Pg, cx, cy, r, color, rng):
    """A generic round coat-of-arms-like emblem (concentric rings and rays)."""
    c = pg.c
    c.saveState()
    c.setStrokeColor(rgb(color))
    c.setFillColor(rgb(color))
    c.translate(cx * mm, pg.Y(cy))
    c.setLineWidth(0.5)
    c.circle(0, 0, r * mm, stroke=1, fill=0)
    c.circle(0, 0, r * 0.62 * mm, stroke=1, fill=0)
    for k in range(24):
        a = 2 * math.pi * k / 24
        c.line(
            r * 0.66 * mm * math.cos(a), r * 0.66 * mm * math.sin(a),
            r * 0.95 * mm * math.cos(a), r * 0.95 * mm * math.sin(a),
        )  # fmt: skip
    c.setFillAlpha(0.8)
    c.circle(0, 0, r * 0.3 * mm, stroke=0, fill=1)
    c.restoreState()


def qr_like(pg: Pg, x, y, size, rng, n=25, color=BLACK):
    """A QR-code-like square pattern with three finder squares (not decodable)."""
    c = pg.c
    cell = size / n
    c.saveState()
    c.setFillColor(color)
    finder = [(0, 0), (n - 7, 0), (0, n - 7)]
    for i in range(n):
        for j in range(n):
            inf = any(fx <= i < fx + 7 and fy <= j < fy + 7 for fx, fy in finder)
            if inf:
                continue
            if rng.random() < 0.48:
                c.rect((x + i * cell) * mm, pg.Y(y + (j + 1) * cell), cell * mm, cell * mm, 0, 1)
    for fx, fy in finder:
        for k, on in ((0, 1), (1, 0), (2, 1)):
            s = 7 - 2 * k
            c.setFillColor(color if on else rgb("ffffff"))
            c.rect((x + (fx + k) * cell) * mm, pg.Y(y + (fy + k + s) * cell), s * cell * mm,
                   s * cell * mm, 0, 1)  # fmt: skip
    c.restoreState()


def datamatrix_like(pg: Pg, x, y, size, rng, n=22):
    """A 2D-Doc-like DataMatrix pattern (L finder, clock track); not decodable."""
    c = pg.c
    cell = size / n
    c.saveState()
    c.setFillColor(BLACK)
    for i in range(n):
        for j in range(n):
            on = rng.random() < 0.5
            if i == 0 or j == n - 1:
                on = True
            elif j == 0:
                on = i % 2 == 0
            elif i == n - 1:
                on = j % 2 == 1
            if on:
                c.rect((x + i * cell) * mm, pg.Y(y + (j + 1) * cell), cell * mm, cell * mm, 0, 1)
    c.restoreState()
