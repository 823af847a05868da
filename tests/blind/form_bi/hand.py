"""Handwriting: pen-like glyphs with per-glyph jitter, ticks, signatures, stray marks."""

import math
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

import fonts

INKS = {
    "blue": (0.09, 0.16, 0.55),
    "darkblue": (0.05, 0.09, 0.33),
    "black": (0.09, 0.09, 0.11),
    "violet": (0.22, 0.16, 0.58),
    "lightblue": (0.15, 0.3, 0.72),
}


@dataclass
class Pen:
    font: str
    size: float  # pt, for free lines
    slant: float  # degrees (shear), positive leans right
    ink: tuple
    jitter: float
    caps: bool  # writes free lines in capitals
    width: float  # stroke width for ticks / signature
    tick: str  # x | v | fill
    spacing: float
    keep_accents: bool
    caps_font: str  # block capitals (a cursive writer prints names in capitals)


def font_for(pen: Pen, text: str) -> str:
    return pen.font if any(ch.islower() for ch in text) else pen.caps_font


def make_pen(rng, ink=None) -> Pen:
    font = rng.choice(list(fonts.HAND_FONTS))
    ink_name = ink or rng.choice(["blue", "blue", "blue", "darkblue", "black", "black", "violet"])
    upper_only = fonts.HAND_FONTS[font][1]
    cursive = font == "Ecolier"
    return Pen(
        font=font,
        size=rng.uniform(10.5, 13.5) * fonts.HAND_FONTS[font][3],
        slant=rng.choice([rng.uniform(-6, 2), rng.uniform(3, 16), rng.uniform(0, 8)]),
        ink=INKS[ink_name],
        jitter=rng.uniform(0.5, 1.3),
        caps=upper_only or (not cursive and rng.random() < 0.45),
        width=rng.uniform(0.7, 1.25),
        tick=rng.choice(["x", "x", "v", "v", "fill"]),
        spacing=rng.uniform(0.95, 1.12),
        keep_accents=fonts.HAND_FONTS[font][2] and rng.random() < 0.6,
        caps_font=rng.choice(["Dkg", "Breip", "DkgIt"]) if cursive else font,
    )


def _glyph(c, pen: Pen, font, ch, x, y, size, rot, rng):
    c.saveState()
    c.translate(x, y)
    c.rotate(rot)
    c.skew(0, pen.slant)
    t = c.beginText(0, 0)
    t.setFont(font, size)
    t.setTextRenderMode(2)
    c.setLineWidth(rng.uniform(0.05, 0.28) * size / 12)
    c.setFillColorRGB(*pen.ink)
    c.setStrokeColorRGB(*pen.ink)
    t.textOut(ch)
    c.drawText(t)
    c.restoreState()


def write(c, pen: Pen, text: str, x, y, max_w, rng, size=None):
    """Writes text from (x, baseline y), shrinking to fit max_w."""
    font = font_for(pen, text)
    size = (size or pen.size) * fonts.HAND_FONTS[font][3] / fonts.HAND_FONTS[pen.font][3]
    w = stringWidth(text, font, size) * pen.spacing
    if w > max_w:
        size *= max(0.62, max_w / w)
    w = stringWidth(text, font, size) * pen.spacing
    sp = pen.spacing if w <= max_w else pen.spacing * max_w / w
    j = pen.jitter
    drift = rng.uniform(-1.2, 1.2)
    phase = rng.uniform(0, 6.28)
    for i, ch in enumerate(text):
        gw = stringWidth(ch, font, size)
        if ch != " ":
            dy = drift * i / max(1, len(text)) + 0.5 * j * math.sin(phase + i * 0.7)
            dy += rng.gauss(0, 0.25 * j)
            s = size * (1 + rng.gauss(0, 0.035 * j))
            _glyph(
                c, pen, font, ch, x + rng.gauss(0, 0.2 * j), y + dy, s, rng.gauss(0, 2.2 * j), rng
            )
        x += gw * sp + rng.gauss(0, 0.18 * j)
    return x


def write_comb(c, pen: Pen, text: str, cells, rng, skip_spaces=True):
    """One character per comb cell, centred."""
    assert len(text) <= len(cells), (text, len(cells))
    j = pen.jitter
    font = font_for(pen, text)
    f = fonts.HAND_FONTS[font][3]
    for ch, (cx, cy, cw, chh) in zip(text, cells, strict=False):
        if ch == " " and skip_spaces:
            continue
        size = min(chh * 0.78, cw * 1.25) * f * (1 + rng.gauss(0, 0.05 * j))
        gw = stringWidth(ch, font, size)
        x = cx + (cw - gw) / 2 + rng.gauss(0, 0.35 * j)
        y = cy + chh * 0.14 + rng.gauss(0, 0.4 * j)
        _glyph(c, pen, font, ch, x, y, size, rng.gauss(0, 3 * j), rng)


def _stroke(c, pts, width, ink):
    p = c.beginPath()
    p.moveTo(*pts[0])
    if len(pts) == 2:
        p.lineTo(*pts[1])
    else:
        sm = catmull(np.array(pts), 8)
        for q in sm[1:]:
            p.lineTo(float(q[0]), float(q[1]))
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    c.drawPath(p, stroke=1, fill=0)


def tick(c, pen: Pen, box, rng, style=None):
    """Ticks a checkbox geometry dict with a cross, a check mark or a scribble."""
    x, y, s = box["x"], box["y"], box["s"]
    style = style or pen.tick
    w = pen.width * rng.uniform(0.9, 1.2)
    o = s * rng.uniform(0.0, 0.25)
    if style == "x":
        a = (x - o + rng.gauss(0, 0.6), y + s + o)
        b = (x + s * 0.5 + rng.gauss(0, 0.5), y + s * 0.5 + rng.gauss(0, 0.5))
        _stroke(c, [a, b, (x + s + o, y - o * 0.6)], w, pen.ink)
        _stroke(
            c,
            [(x - o * 0.5, y - o * 0.3), (x + s * 0.5, y + s * 0.45), (x + s + o * 0.7, y + s + o)],
            w,
            pen.ink,
        )
    elif style == "v":
        _stroke(
            c,
            [
                (x + s * 0.1, y + s * 0.55),
                (x + s * 0.3, y + s * 0.3),
                (x + s * 0.42, y + s * 0.05),
                (x + s * 0.8, y + s * 0.9),
                (x + s * 1.25 + o, y + s * 1.45 + o),
            ],
            w,
            pen.ink,
        )
    else:
        pts = []
        for k in range(7):
            yy = y + s * (0.15 + 0.7 * k / 6)
            pts.append((x + s * (0.12 if k % 2 == 0 else 0.88) + rng.gauss(0, 0.5), yy))
        _stroke(c, pts, w * 1.1, pen.ink)


# ----------------------------------------------------------------- signatures
def catmull(p: np.ndarray, n: int = 10) -> np.ndarray:
    if len(p) < 3:
        return p
    p = np.vstack([p[0], p, p[-1]])
    out = []
    t = np.linspace(0, 1, n, endpoint=False)[:, None]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        out.append(
            0.5
            * (
                (2 * p1)
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3
            )
        )
    out.append(p[-2][None, :])
    return np.vstack(out)


def signature_strokes(rng, name: str) -> list:
    """Strokes (arrays of x, y; x in 0..1, y in about -0.1..0.4) of a cursive signature."""
    strokes = []
    slant = math.tan(math.radians(rng.uniform(5, 28)))
    # capital: a tall loop
    cx, rx, ry = rng.uniform(0.05, 0.09), rng.uniform(0.03, 0.07), rng.uniform(0.1, 0.2)
    t = np.linspace(math.pi * 1.25, math.pi * (3.3 + rng.uniform(0, 0.6)), 40)
    cap = np.c_[cx + rx * np.cos(t), 0.17 + ry * np.sin(t)]
    body = [cap[-1]]
    x = cap[-1][0] + 0.01
    n = max(3, min(9, len(name)))
    dx = rng.uniform(0.55, 0.8) / n
    hx = rng.uniform(0.05, 0.09)
    base = 0.08
    for _k in range(n):
        kind = rng.random()
        h = hx * rng.uniform(0.8, 1.2)
        if kind < 0.15:  # ascender loop (l, b, h)
            body += [
                (x + dx * 0.35, base + h * 1.4),
                (x + dx * 0.45, base + h * 2.6),
                (x + dx * 0.25, base + h * 2.7),
                (x + dx * 0.3, base + h * 1.2),
                (x + dx * 0.45, base),
            ]
        elif kind < 0.25:  # descender loop (g, j, y)
            body += [
                (x + dx * 0.3, base + h),
                (x + dx * 0.4, base - h * 0.3),
                (x + dx * 0.35, base - h * 1.3),
                (x + dx * 0.15, base - h * 1.1),
                (x + dx * 0.5, base + h * 0.2),
            ]
        elif kind < 0.6:  # arcade (m, n)
            body += [
                (x + dx * 0.1, base + h * 0.7),
                (x + dx * 0.35, base + h),
                (x + dx * 0.6, base + h * 0.6),
                (x + dx * 0.75, base),
            ]
        else:  # garland (u, w)
            body += [
                (x + dx * 0.15, base + h * 0.2),
                (x + dx * 0.4, base),
                (x + dx * 0.65, base + h * 0.3),
                (x + dx * 0.8, base + h),
            ]
        x += dx * rng.uniform(0.85, 1.15)
    body.append((x + dx * 0.3, base + hx * 0.4))
    body = catmull(np.array(body), 7)
    wob = np.sin(np.linspace(0, rng.uniform(2, 6), len(body)) + rng.uniform(0, 6)) * 0.006
    body[:, 1] += wob
    strokes.append(np.vstack([cap, body]))
    end = body[-1]
    f = rng.choice(["under", "under", "loop", "zig", "none"])
    if f == "under":
        pts = np.array(
            [
                end,
                (end[0] + 0.05, base - 0.02),
                (end[0] - 0.1, base - 0.06),
                (0.25, base - 0.07 + rng.uniform(-0.02, 0.02)),
                (rng.uniform(0.0, 0.12), base - 0.04),
            ]
        )
        strokes[-1] = np.vstack([strokes[-1], catmull(pts, 10)[1:]])
    elif f == "loop":
        t = np.linspace(0, 2 * math.pi * 0.9, 30)
        loop = np.c_[end[0] + 0.05 - 0.05 * np.cos(t), end[1] + 0.06 * np.sin(t)]
        strokes[-1] = np.vstack([strokes[-1], loop, [(end[0] + 0.2, base + 0.02)]])
    elif f == "zig":
        pts = np.array(
            [end] + [(end[0] - 0.06 * k, base - 0.03 + 0.04 * (k % 2)) for k in range(1, 6)]
        )
        strokes[-1] = np.vstack([strokes[-1], catmull(pts, 6)[1:]])
    if rng.random() < 0.4:  # bar or dot
        x0 = rng.uniform(0.2, 0.6)
        strokes.append(np.array([(x0, base + hx * 1.8), (x0 + 0.12, base + hx * 2.0)]))
    if rng.random() < 0.3:
        x0 = rng.uniform(0.3, 0.8)
        strokes.append(np.array([(x0, base + hx * 1.7), (x0 + 0.006, base + hx * 1.75)]))
    out = []
    for s in strokes:
        s = s.copy()
        s[:, 0] += (s[:, 1] - base) * slant
        out.append(s)
    allp = np.vstack(out)
    mn, mx = allp.min(0), allp.max(0)
    span = mx[0] - mn[0]
    return [np.c_[(s[:, 0] - mn[0]) / span, (s[:, 1] - mn[1]) / span] for s in out]


def sign(c, pen: Pen, box, rng, name: str):
    strokes = signature_strokes(rng, name)
    h_ratio = max(s[:, 1].max() for s in strokes)
    w = box["w"] * rng.uniform(0.45, 0.8)
    if w * h_ratio > box["h"] * 0.95:
        w = box["h"] * 0.95 / h_ratio
    x0 = box["x"] + rng.uniform(0.05, 0.95) * (box["w"] - w)
    y0 = box["y"] + rng.uniform(0.08, 0.45) * (box["h"] - w * h_ratio)
    rot = math.radians(rng.uniform(-7, 9))
    width = pen.width * rng.uniform(0.8, 1.1)
    for s in strokes:
        xs, ys = s[:, 0] * w, s[:, 1] * w
        px = x0 + xs * math.cos(rot) - ys * math.sin(rot)
        py = y0 + xs * math.sin(rot) + ys * math.cos(rot)
        _stroke(c, list(zip(px.tolist(), py.tolist(), strict=True)), width, pen.ink)


def stray(c, pen: Pen, box, rng):
    """A dot or a tiny tick in the signature box, no signature."""
    x = box["x"] + rng.uniform(0.15, 0.85) * box["w"]
    y = box["y"] + rng.uniform(0.15, 0.7) * box["h"]
    if rng.random() < 0.5:
        c.setFillColorRGB(*pen.ink)
        c.circle(x, y, rng.uniform(0.45, 0.9) * mm, stroke=0, fill=1)
    else:
        s = rng.uniform(1.8, 3.2) * mm
        _stroke(c, [(x, y + s * 0.4), (x + s * 0.3, y), (x + s, y + s * 0.8)], pen.width, pen.ink)


def signature_image(rng, name: str, ink, transparent: bool) -> Image.Image:
    """A signature rendered as a picture (as cropped from a photo of paper, or clean PNG)."""
    strokes = signature_strokes(rng, name)
    h_ratio = max(s[:, 1].max() for s in strokes)
    scale = 4
    wpx = int(rng.uniform(500, 800))
    hpx = int(wpx * h_ratio) + 60
    big = np.zeros((hpx * scale, (wpx + 60) * scale), np.uint8)
    th = int(rng.uniform(2.2, 4.0) * scale)
    for s in strokes:
        pts = np.c_[30 + s[:, 0] * wpx, hpx - 30 - s[:, 1] * wpx] * scale
        cv2.polylines(big, [pts.astype(np.int32)], False, 255, th, cv2.LINE_AA)
    alpha = cv2.resize(big, (wpx + 60, hpx), interpolation=cv2.INTER_AREA)
    ink_rgb = np.array([int(v * 255) for v in ink], np.uint8)
    if transparent:
        rgba = np.zeros((hpx, wpx + 60, 4), np.uint8)
        rgba[..., :3] = ink_rgb
        rgba[..., 3] = alpha
        return Image.fromarray(rgba, "RGBA")
    nrng = np.random.default_rng(int(rng.random() * 1e9))
    paper = np.ones((hpx, wpx + 60, 3), np.float32) * nrng.uniform(205, 240)
    gx = np.linspace(0, 1, wpx + 60)[None, :, None]
    paper *= 1 - 0.08 * gx
    paper += nrng.normal(0, 3, paper.shape)
    a = (alpha.astype(np.float32) / 255)[..., None]
    out = paper * (1 - a) + ink_rgb[None, None, :] * 0.85 * a
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
