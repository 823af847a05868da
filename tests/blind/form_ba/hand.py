"""Pen-like handwriting and signatures drawn on a reportlab canvas or a Pillow image."""

import math

from PIL import Image, ImageDraw
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
HANDS = {
    "Breip": "breip/Breip.ttf",
    "Femke": "femkeklaver/femkeklaver.ttf",
    "Ecolier": "ecolier-court/Ecolier-court.ttf",
    "Dkg": "fifthhorseman/dkg.ttf",
}
INKS = {
    "blue": Color(0.07, 0.16, 0.55),
    "black": Color(0.08, 0.08, 0.12),
    "navy": Color(0.12, 0.12, 0.35),
}
SCALE = {"Dkg": 0.78, "Ecolier": 1.3}  # similar visual size across hands
_reg = set()


def register_hands():
    for name, path in HANDS.items():
        if name not in _reg:
            pdfmetrics.registerFont(TTFont(name, TT + path))
            _reg.add(name)


class Pen:
    """One writer: a hand (font), an ink, a slant and a jitter level."""

    def __init__(self, rng, hand=None, ink=None):
        register_hands()
        self.rng = rng
        self.hand = hand or rng.choice(sorted(HANDS))
        self.ink = INKS[ink or rng.choice(["blue", "blue", "black", "navy"])]
        self.jit = rng.uniform(0.4, 0.9)
        self.slant = rng.uniform(-4, 6)

    def font_for(self, s):
        """School cursive (Ecolier) capitals are unreadable: people print capitals instead."""
        if self.hand == "Ecolier" and s.upper() == s:
            return "Dkg"
        return self.hand

    def write(self, c, x, y, s, size=14, max_w=None):
        """Write s glyph by glyph from (x, y), each glyph with its own jitter."""
        rng = self.rng
        font = self.font_for(s)
        size *= SCALE.get(font, 1.0)
        width = pdfmetrics.stringWidth(s, font, size) * 1.04
        if max_w and width > max_w:
            size *= max_w / width
        c.saveState()
        c.setFillColor(self.ink)
        drift = rng.uniform(-0.04, 0.04)
        for ch in s:
            gs = size * rng.uniform(0.93, 1.07)
            c.saveState()
            c.translate(x + rng.gauss(0, 0.25 * self.jit), y + rng.gauss(0, 0.5 * self.jit))
            c.rotate(rng.gauss(0, 2.5 * self.jit) - self.slant * 0.3)
            c.setFont(font, gs)
            c.drawString(0, 0, ch)
            c.restoreState()
            x += pdfmetrics.stringWidth(ch, font, gs) * rng.uniform(0.98, 1.1)
            y += drift
        c.restoreState()
        return x

    def comb(self, c, z, s, size=None):
        """One character per comb box, centred with jitter."""
        cw = z["w"] / z["n"]
        size = size or min(cw * 1.05, z["h"] * 1.0, 15)
        font = self.font_for(s)
        for i, ch in enumerate(s[: z["n"]]):
            if ch == " ":
                continue
            gw = pdfmetrics.stringWidth(ch, font, size * SCALE.get(font, 1.0))
            x = z["x"] + i * cw + (cw - gw) / 2 + self.rng.gauss(0, 0.5)
            y = z["y"] + z["h"] * 0.12 + self.rng.gauss(0, 0.6)
            self.write(c, x, y, ch, size)

    def tick(self, c, z, cross=None):
        """A tick or a cross over a check box, drawn as strokes."""
        rng = self.rng
        cross = rng.random() < 0.5 if cross is None else cross
        x, y, s = z["x"], z["y"], z["w"]
        c.saveState()
        c.setStrokeColor(self.ink)
        c.setLineWidth(rng.uniform(0.9, 1.4))
        c.setLineCap(1)
        j = lambda: rng.gauss(0, 0.7)  # noqa: E731
        if cross:
            c.line(x + j(), y + s + j(), x + s + j(), y + j())
            c.line(x + j(), y + j(), x + s + j(), y + s + j())
        else:
            p = c.beginPath()
            p.moveTo(x + 1 + j(), y + s * 0.5 + j())
            p.lineTo(x + s * 0.4 + j(), y + 1 + j())
            p.lineTo(x + s * 1.3 + j(), y + s * 1.5 + j())
            c.drawPath(p, stroke=1, fill=0)
        c.restoreState()


# -- signatures --------------------------------------------------------------------------
TALL = set("bdfhklt")
LOW = set("gjpqyz")


def _smooth(pts, k=3):
    out = []
    for i in range(len(pts)):
        a = pts[max(0, i - k) : i + k + 1]
        out.append((sum(p[0] for p in a) / len(a), sum(p[1] for p in a) / len(a)))
    return out


def _initial(rng, x0, style, h0):
    pts = []
    if style == "loop":
        for i in range(40):
            t = i / 39 * 2 * math.pi * 1.1
            pts.append((x0 + 0.35 * math.sin(t) + 0.1 * t, h0 * 0.5 * (1 - math.cos(t))))
    elif style == "stem":
        pts = [(x0 + 0.15 * i / 9, h0 * i / 9) for i in range(10)]
        pts += [(x0 + 0.15 + 0.5 * math.sin(t / 9 * 3), h0 * (1 - 0.45 * t / 9)) for t in range(10)]
    else:  # oval
        for i in range(36):
            t = i / 35 * 2 * math.pi * 1.05 + 0.6
            pts.append((x0 + 0.45 + 0.45 * math.cos(t), h0 * 0.5 + h0 * 0.5 * math.sin(t)))
    return pts


def _word(rng, x, letters, slant, loopy, squash):
    pts = []
    for ch in letters:
        amp = 1.5 if ch in TALL else (-0.9 if ch in LOW else rng.uniform(0.4, 0.7))
        amp *= squash
        a = rng.uniform(0.05, 0.08)
        b = a * (loopy if abs(amp) > 0.9 else loopy * 0.6)
        for i in range(16):
            t = i / 15 * 2 * math.pi
            xx = x + a * t - b * math.sin(t)
            yy = amp * 0.5 * (1 - math.cos(t))
            pts.append((xx + slant * yy, yy))
        x += a * 2 * math.pi
    return pts, x


def signature_strokes(rng, name, given=""):
    """Strokes (lists of (x, y), y up, unit height ~1) of a cursive signature of name."""
    strokes = []
    words = [w for w in name.lower().replace("-", " ").replace("'", " ").split() if w]
    slant = rng.uniform(0.05, 0.5)
    loopy = rng.uniform(0.6, 1.8)
    squash = rng.uniform(0.7, 1.2)
    h0 = rng.uniform(1.3, 2.1)
    x = 0.0
    if given and rng.random() < 0.5:  # given-name initial first, then a dot
        strokes.append(_initial(rng, x, rng.choice(["stem", "oval"]), h0 * 0.8))
        x += 0.8
        strokes.append([(x, 0.05), (x + 0.03, 0.08)])
        x += 0.3
    strokes.append(_initial(rng, x, rng.choice(["loop", "stem", "oval"]), h0))
    x += 0.8
    body = [ch for ch in words[0][1:] if ch.isalpha()][: rng.randint(3, 7)]
    pts, x = _word(rng, x, body, slant, loopy, squash)
    strokes.append(pts)
    if len(words) > 1 and rng.random() < 0.5:
        pts, x = _word(rng, x + 0.35, list(words[1][:4]), slant, loopy, squash)
        strokes.append(pts)
    style = rng.choice(["under", "under", "through", "tail", "none"])
    if style == "under":
        x1 = x + rng.uniform(0.1, 0.5)
        strokes.append(
            [(x1 - t / 29 * (x1 + 0.3), -0.35 - 0.35 * math.sin(t / 29 * 3.1)) for t in range(30)]
        )
    elif style == "through":
        strokes.append([(-0.2 + (x + 0.6) * t / 19, 0.4 + 0.25 * t / 19) for t in range(20)])
    elif style == "tail":
        strokes[-1] = strokes[-1] + [
            (x + 0.5 * t / 14 + 0.2 * math.sin(t / 14 * 5), 0.6 * math.sin(t / 14 * 4))
            for t in range(15)
        ]
    out = []
    for st in strokes:
        st = [(px + rng.gauss(0, 0.015), py + rng.gauss(0, 0.025)) for px, py in st]
        out.append(_smooth(st, 2) if len(st) > 6 else st)
    return out


def _fit(strokes, x, y, w, h):
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    sw, sh = max(xs) - min(xs), max(ys) - min(ys)
    k = min(w / sw, h / sh)
    return [[(x + (px - min(xs)) * k, y + (py - min(ys)) * k) for px, py in s] for s in strokes]


def draw_signature(c, rng, name, z, ink, given=""):
    """Draw a signature inside zone z on a reportlab canvas."""
    w = z["w"] * rng.uniform(0.55, 0.8)
    h = z["h"] * rng.uniform(0.55, 0.72)
    x = z["x"] + rng.uniform(0.08, 0.35) * (z["w"] - w)
    y = z["y"] + rng.uniform(0.06, 0.2) * z["h"]
    c.saveState()
    c.setStrokeColor(ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    for s in _fit(signature_strokes(rng, name, given), x, y, w, h):
        for a, b in zip(s, s[1:], strict=False):
            c.setLineWidth(rng.uniform(0.7, 1.3))
            c.line(a[0], a[1], b[0], b[1])
    c.restoreState()


def signature_png(rng, name, path, ink=(20, 40, 140), given=""):
    """A scanned-looking signature image (white background) for pasting into a PDF."""
    wpx, hpx = 720, 300
    im = Image.new("RGB", (wpx, hpx), (250, 250, 248))
    d = ImageDraw.Draw(im)
    for s in _fit(signature_strokes(rng, name, given), 30, 30, wpx - 60, hpx - 60):
        pts = [(px, hpx - py) for px, py in s]
        for a, b in zip(pts, pts[1:], strict=False):
            d.line([a, b], fill=ink, width=rng.choice([3, 4, 4, 5]))
    im = im.resize((wpx // 2, hpx // 2), Image.LANCZOS)
    im.save(path, "PNG")
    return wpx // 2, hpx // 2


def stray_mark(c, rng, z, ink):
    """A dot or a tiny tick in the box: not a signature."""
    x = z["x"] + z["w"] * rng.uniform(0.2, 0.8)
    y = z["y"] + z["h"] * rng.uniform(0.2, 0.7)
    c.saveState()
    c.setStrokeColor(ink)
    c.setFillColor(ink)
    if rng.random() < 0.5:
        c.circle(x, y, 1.1, stroke=0, fill=1)
    else:
        c.setLineWidth(1.0)
        c.line(x, y, x + 2.5, y - 3)
        c.line(x + 2.5, y - 3, x + 7, y + 4)
    c.restoreState()
