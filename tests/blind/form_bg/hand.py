"""Handwriting: jittered glyphs from handwriting fonts, ticks, crosses and pen-stroke signatures."""

import math

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "Breip": TT + "breip/Breip.ttf",
    "BreipF": TT + "breip/breipfont.ttf",
    "Ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "DKG": TT + "fifthhorseman/dkg.ttf",
    "Humor": TT + "humor-sans/Humor-Sans.ttf",
    "Ruf": TT + "rufscript/Rufscript010.ttf",
}
_cmaps = {}

INKS = {
    "blue_ballpoint": Color(0.08, 0.16, 0.55),
    "black_ballpoint": Color(0.1, 0.1, 0.13),
    "blue_felt": Color(0.05, 0.1, 0.42),
    "black_felt": Color(0.04, 0.04, 0.06),
}

# hand styles: font for running text, font for capitals in combs, size, slant (deg),
# jitter, stroke width (0 = plain fill: ballpoint; >0 = felt pen), ink, all-caps
HANDS = {
    "caps_print": dict(
        font="Humor",
        cap="Humor",
        size=10.5,
        slant=0,
        jit=0.5,
        width=0.25,
        ink="blue_ballpoint",
        caps=True,
    ),
    "cursive": dict(
        font="Ecolier",
        cap="Breip",
        size=13,
        slant=4,
        jit=0.45,
        width=0,
        ink="blue_ballpoint",
        caps=False,
    ),
    "slanted": dict(
        font="DKG",
        cap="DKG",
        size=11,
        slant=14,
        jit=0.6,
        width=0.2,
        ink="black_ballpoint",
        caps=False,
    ),
    "thin": dict(
        font="Breip",
        cap="BreipF",
        size=12,
        slant=6,
        jit=0.4,
        width=0,
        ink="blue_ballpoint",
        caps=False,
    ),
    "felt": dict(
        font="Ruf", cap="Ruf", size=11, slant=-3, jit=0.6, width=0.7, ink="blue_felt", caps=True
    ),
    "felt_dkg": dict(
        font="DKG",
        cap="Humor",
        size=11.5,
        slant=8,
        jit=0.7,
        width=0.75,
        ink="black_felt",
        caps=False,
    ),
}


def register():
    for name, path in HAND_FONTS.items():
        if name not in _cmaps:
            f = TTFont(name, path)
            pdfmetrics.registerFont(f)
            _cmaps[name] = set(f.face.charToGlyph)


def _font_for(ch, font):
    if ord(ch) in _cmaps[font] or ch == " ":
        return font
    return "DKG" if ord(ch) in _cmaps["DKG"] else "Breip"


def shown(text, style):
    """The text as this hand writes it (all-caps hands write capitals)."""
    return text.upper() if style["caps"] else text


def write(c, text, x, y, style, rng, size=None, caps=None):
    """Write text glyph by glyph from (x, y) with jitter; returns the end x."""
    size = size or style["size"]
    caps = style["caps"] if caps is None else caps
    if caps:
        text = text.upper()
    ink = INKS[style["ink"]]
    skew = math.tan(math.radians(style["slant"]))
    c.saveState()
    c.setLineWidth(style["width"])
    c.setLineJoin(1)
    drift = rng.uniform(-0.6, 0.6)
    cx = x
    for i, ch in enumerate(text):
        f = _font_for(ch, style["font"])
        fsz = size if f == style["font"] else size * 0.85
        adv = pdfmetrics.stringWidth(ch, f, fsz)
        if ch == " ":
            cx += adv * rng.uniform(0.9, 1.4)
            continue
        k = rng.uniform(0.82, 1.0)
        col = Color(ink.red * k, ink.green * k, ink.blue * k + (1 - k) * 0.1)
        c.setFillColor(col)
        c.setStrokeColor(col)
        c.saveState()
        c.translate(
            cx + rng.gauss(0, style["jit"] * 0.5), y + rng.gauss(0, style["jit"]) + drift * i / 6
        )
        c.rotate(rng.gauss(0, 2.5))
        c.transform(1, 0, skew, 1, 0, 0)
        sz = fsz * rng.uniform(0.93, 1.07)
        t = c.beginText(0, 0)
        t.setFont(f, sz)
        t.setTextRenderMode(2 if style["width"] > 0 else 0)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()
        cx += adv * rng.uniform(0.95, 1.1) + style["width"] * 1.2
    c.restoreState()
    return cx


def write_comb(c, cells, text, style, rng, size=None):
    """Capitals, one per comb cell (space = empty cell)."""
    size = size or min(style["size"], cells[0][3] * 0.85)
    for ch, (x, y, w, h) in zip(text.upper(), cells, strict=False):
        if ch == " ":
            continue
        f = _font_for(ch, style["cap"])
        cw = pdfmetrics.stringWidth(ch, f, size)
        st = dict(style, font=style["cap"], caps=True)
        write(
            c,
            ch,
            x + (w - cw) / 2 + rng.gauss(0, 0.6),
            y + h * 0.2 + rng.gauss(0, 0.5),
            st,
            rng,
            size=size,
        )


def _stroke(c, pts, width, ink):
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    c.setLineWidth(width)
    c.setStrokeColor(ink)
    c.drawPath(p, stroke=1, fill=0)


def tick_box(c, box, style, rng, kind="cross"):
    x, y, s = box["x"], box["y"], box["s"]
    ink = INKS[style["ink"]]
    w = 0.7 + style["width"] * 0.8
    c.saveState()
    c.setLineCap(1)
    c.setLineJoin(1)
    j = lambda: rng.gauss(0, 0.6)  # noqa: E731
    if kind == "cross":
        _stroke(
            c,
            [
                (x - 1 + j(), y + s + 1 + j()),
                (x + s / 2, y + s / 2),
                (x + s + 1.5 + j(), y - 1 + j()),
            ],
            w,
            ink,
        )
        _stroke(c, [(x - 0.5 + j(), y - 1 + j()), (x + s + 1 + j(), y + s + 1.5 + j())], w, ink)
    elif kind == "check":
        _stroke(
            c,
            [
                (x + 0.5 + j(), y + s * 0.5 + j()),
                (x + s * 0.4, y + 0.5 + j()),
                (x + s * 1.3 + j(), y + s * 1.5 + j()),
            ],
            w,
            ink,
        )
    else:  # filled scribble
        pts = []
        for i in range(7):
            pts.append((x + 1 + (i % 2) * (s - 2) + j() * 0.3, y + 1 + i * (s - 2) / 6))
        _stroke(c, pts, w + 0.4, ink)
    c.restoreState()


# ------------------------------------------------------------------ signatures
def _letter(kind, x, w, rng):
    """Points of one cursive letter starting and ending on the baseline (y = 0)."""
    u = np.linspace(0, 1, 18)
    if kind == "hump":  # n, m, u
        k = rng.choice([1, 2])
        return [(x + w * t, 0.16 * abs(math.sin(math.pi * k * t))) for t in u]
    if kind == "loop":  # e, a
        r = w * rng.uniform(0.22, 0.3)
        return [
            (x + w * t - r * math.sin(2 * math.pi * t), r * 1.3 * (1 - math.cos(2 * math.pi * t)))
            for t in u
        ]
    if kind == "tall":  # l, h, b, k
        h = rng.uniform(0.32, 0.48)
        return [
            (
                x + w * t - w * 0.45 * math.sin(2 * math.pi * t),
                h * (0.5 - 0.5 * math.cos(2 * math.pi * t)),
            )
            for t in u
        ]
    if kind == "desc":  # g, y, j
        d = rng.uniform(0.22, 0.32)
        return [
            (
                x + w * t - w * 0.4 * math.sin(2 * math.pi * t),
                -d * (0.5 - 0.5 * math.cos(2 * math.pi * t)),
            )
            for t in u
        ]
    return [(x + w * t, 0.14 * math.sin(math.pi * t) ** 0.5) for t in u]  # i, r: a spike


def sig_strokes(name, rng):
    """Strokes of a signature in a unit box (x right, y up), as lists of (x, y)."""
    strokes = []
    base = rng.uniform(0.3, 0.4)
    slant = rng.uniform(0.15, 0.45)
    # initial capital: a tall loop (or a stem with a bowl), ending on the baseline
    t = np.linspace(-math.pi / 2, 1.5 * math.pi, 50)
    a, b = rng.uniform(0.05, 0.09), rng.uniform(0.25, 0.38)
    cx0 = rng.uniform(0.06, 0.1)
    init = [
        (
            cx0 + a * math.cos(tt) * (1 + 0.3 * math.sin(tt)) + 0.012 * tt,
            base + b * (1 + math.sin(tt)) * 0.7,
        )
        for tt in t
    ]
    cur = init
    x = init[-1][0] + 0.02
    word = max(name.replace("'", "").replace("-", " ").split(), key=len).lower()
    letters = max(4, min(9, len(word)))
    kinds = []
    for ch in word[:letters]:
        if ch in "bdfhklt":
            kinds.append("tall")
        elif ch in "gjpqy":
            kinds.append("desc")
        elif ch in "aeoc":
            kinds.append("loop")
        elif ch in "mnuvw":
            kinds.append("hump")
        else:
            kinds.append(rng.choice(["spike", "hump", "loop"]))
    span = rng.uniform(0.5, 0.68)
    widths = [rng.uniform(0.7, 1.3) for _ in kinds]
    scale = span / sum(widths)
    for kind, wi in zip(kinds[1:], widths[1:], strict=False):
        w = wi * scale
        pts = _letter(kind, x, w, rng)
        amp = rng.uniform(0.8, 1.2)
        cur += [(px, base + py * amp) for px, py in pts]
        x += w
    # the letters fade out: the end of the name is a wavy line
    for tt in np.linspace(0, 1, 20):
        cur.append((x + 0.08 * tt, base + 0.03 * math.sin(tt * 7)))
    x += 0.08
    strokes.append(cur)
    # flourish: sweep back under the name
    ex, ey = cur[-1]
    fl = []
    end = rng.uniform(0.05, 0.25)
    for uu in np.linspace(0, 1, 40):
        fx = ex + 0.06 * math.sin(uu * math.pi) - (ex - end) * uu**1.2
        fy = ey - (ey - base + 0.12) * math.sin(uu * math.pi / 2) - 0.04 * uu
        fl.append((fx, fy))
    strokes.append(fl)
    if rng.random() < 0.5:  # a dot or a short dash
        dx = rng.uniform(0.4, 0.75)
        strokes.append([(dx, base + 0.3), (dx + 0.025, base + 0.31)])
    out = []
    for st in strokes:
        arr = np.array(st, dtype=float)
        arr[:, 0] += slant * (arr[:, 1] - base)
        arr += np.array([[rng.gauss(0, 0.003), rng.gauss(0, 0.005)] for _ in range(len(arr))])
        if len(arr) > 5:
            k = np.ones(3) / 3
            arr[1:-1, 0] = np.convolve(arr[:, 0], k, "same")[1:-1]
            arr[1:-1, 1] = np.convolve(arr[:, 1], k, "same")[1:-1]
        out.append(arr)
    return out


def draw_signature(c, rect, name, style, rng, scale=1.0):
    """Pen-stroke signature inside a rect dict (x, y, w, h) on a reportlab canvas."""
    ink = INKS[style["ink"]]
    w, h = rect["w"] * rng.uniform(0.55, 0.75) * scale, rect["h"] * rng.uniform(0.55, 0.75) * scale
    ox = rect["x"] + rng.uniform(0.08, 0.3) * (rect["w"] - w) + 6
    oy = rect["y"] + rng.uniform(0.1, 0.5) * (rect["h"] - h)
    ang = math.radians(rng.uniform(3, 12))
    c.saveState()
    c.setLineCap(1)
    c.setLineJoin(1)
    for st in sig_strokes(name, rng):
        pts = []
        for px, py in st:
            rx, ry = px * w, py * h
            pts.append(
                (
                    ox + rx * math.cos(ang) - ry * math.sin(ang),
                    oy + rx * math.sin(ang) + ry * math.cos(ang),
                )
            )
        _stroke(c, pts, 0.7 + style["width"] * 1.1, ink)
    c.restoreState()


def signature_png(name, style, rng, w_px=900, h_px=330):
    """A scanned-looking signature image (RGBA, transparent background)."""
    sc = 3
    img = np.zeros((h_px * sc, w_px * sc), np.uint8)
    ang = math.radians(rng.uniform(2, 10))
    for st in sig_strokes(name, rng):
        pts = []
        for px, py in st:
            rx, ry = px * w_px * 0.9, py * h_px * 0.9
            x = rx * math.cos(ang) - ry * math.sin(ang) + w_px * 0.05
            y = rx * math.sin(ang) + ry * math.cos(ang) + h_px * 0.02
            pts.append((int(x * sc), int((h_px - y) * sc)))
        cv2.polylines(img, [np.array(pts, np.int32)], False, 255, int(sc * 4.5), cv2.LINE_AA)
    img = cv2.resize(img, (w_px, h_px), interpolation=cv2.INTER_AREA)
    ink = INKS[style["ink"]]
    rgba = np.zeros((h_px, w_px, 4), np.uint8)
    rgba[..., 0] = int(ink.red * 255)
    rgba[..., 1] = int(ink.green * 255)
    rgba[..., 2] = int(ink.blue * 255)
    rgba[..., 3] = img
    return Image.fromarray(rgba, "RGBA")


def stray_mark(c, rect, style, rng):
    """A dot or a tiny tick in the signature box: no signature."""
    ink = INKS[style["ink"]]
    x = rect["x"] + rect["w"] * rng.uniform(0.3, 0.7)
    y = rect["y"] + rect["h"] * rng.uniform(0.25, 0.6)
    c.saveState()
    c.setFillColor(ink)
    c.setLineCap(1)
    if rng.random() < 0.5:
        c.circle(x, y, 0.9, stroke=0, fill=1)
        c.circle(x + 0.4, y + 0.2, 0.7, stroke=0, fill=1)
    else:
        _stroke(c, [(x, y), (x + 3.5, y - 2.5), (x + 9, y + 4)], 0.8, ink)
    c.restoreState()
