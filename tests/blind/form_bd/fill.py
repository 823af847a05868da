"""Writing values into the form slots: handwriting, typing, pen marks, signatures."""

import math
import unicodedata

from fontTools.ttLib import TTFont as FT
from PIL import Image, ImageDraw
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
HANDS = {
    "ecolier": (TT + "ecolier-court/Ecolier-court.ttf", 1.55, True),
    "dkg": (TT + "fifthhorseman/dkg.ttf", 1.0, True),
    "dkg_it": (TT + "fifthhorseman/dkgIt.ttf", 1.0, True),
    "dkg_bd": (TT + "fifthhorseman/dkgBd.ttf", 1.0, True),
    "breip": (TT + "breip/Breip.ttf", 1.05, True),
    "femke": (TT + "femkeklaver/femkeklaver.ttf", 1.0, True),
    "humor": (TT + "humor-sans/Humor-Sans.ttf", 0.95, False),
    "rufscript": (TT + "rufscript/Rufscript010.ttf", 0.85, False),
}
TYPED = {
    "arial": TT + "liberation/LiberationSans-Regular.ttf",
    "courier": TT + "liberation/LiberationMono-Regular.ttf",
    "calibri": TT + "crosextra/Carlito-Regular.ttf",
    "times": TT + "liberation/LiberationSerif-Regular.ttf",
}
INKS = {
    "blue": (0.08, 0.16, 0.52),
    "black": (0.09, 0.09, 0.12),
    "bic": (0.12, 0.2, 0.62),
}
_reg = set()


def font(name):
    key = "H_" + name if name in HANDS else "T_" + name
    if key not in _reg:
        path = HANDS[name][0] if name in HANDS else TYPED[name]
        pdfmetrics.registerFont(TTFont(key, path))
        _reg.add(key)
    return key


def strip_accents(t):
    return "".join(ch for ch in unicodedata.normalize("NFD", t) if unicodedata.category(ch) != "Mn")


_cmaps = {}


def writable(hand, text):
    """What the writer actually writes with this hand (letters the font lacks lose accents)."""
    if hand not in _cmaps:
        _cmaps[hand] = set(FT(HANDS[hand][0]).getBestCmap())
    cm = _cmaps[hand]
    return "".join(ch if ord(ch) in cm or ch == " " else strip_accents(ch) for ch in text)


class Hand:
    """A person's handwriting: font, ink, size, slant, and jitter habits."""

    def __init__(self, rng, hand, ink="blue", size=11.0):
        self.rng = rng
        self.name = hand
        self.font = font(hand)
        self.scale = HANDS[hand][1]
        # cursive school hands still print capitals in comb boxes
        self.comb_hand = "dkg" if hand == "ecolier" else hand
        self.comb_font = font(self.comb_hand)
        self.ink = INKS[ink]
        self.size = size
        self.slant = rng.uniform(-6, 14)
        self.wobble = rng.uniform(0.4, 1.2)
        self.press = rng.uniform(0.15, 0.45)

    def _glyph(self, c, ch, x, y, size, rot=0.0, face=None):
        r = self.rng
        c.saveState()
        c.translate(x + r.gauss(0, 0.25 * self.wobble), y + r.gauss(0, 0.45 * self.wobble))
        c.rotate(rot + r.gauss(0, 2.0 * self.wobble))
        c.skew(0, 0) if self.slant == 0 else c.skew(0, 0)
        c.transform(1, 0, math.tan(math.radians(self.slant + r.gauss(0, 2))), 1, 0, 0)
        k = 1 + r.gauss(0, 0.05 * self.wobble)
        c.scale(k, k * (1 + r.gauss(0, 0.04)))
        shade = r.uniform(-0.05, 0.06)
        c.setFillColorRGB(*[min(1, max(0, v + shade)) for v in self.ink])
        c.setStrokeColorRGB(*[min(1, max(0, v + shade)) for v in self.ink])
        c.setLineWidth(self.press)
        t = c.beginText(0, 0)
        t.setTextRenderMode(2)
        t.setFont(face or self.font, size)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()

    def write(self, c, text, x, y, size=None, drift=None):
        """Cursive-ish line of text starting at (x, y) baseline, with a drifting baseline."""
        r = self.rng
        size = (size or self.size) * self.scale
        drift = r.uniform(-0.8, 1.4) if drift is None else drift
        rot = r.uniform(-2.5, 2.5)
        n = max(1, len(text))
        for i, ch in enumerate(text):
            size_i = size * (1 + r.gauss(0, 0.03))
            yy = y + drift * i / n * 3 + r.gauss(0, 0.3)
            if ch != " ":
                self._glyph(c, ch, x, yy, size_i, rot)
            adv = pdfmetrics.stringWidth(ch, self.font, size_i)
            x += adv * (1 + r.gauss(0.02, 0.05)) + (r.uniform(0.5, 2.5) if ch == " " else 0)
        return x

    def comb(self, c, text, rects, size=None):
        """One capital per box, roughly centred."""
        r = self.rng
        size = (size or self.size * 1.05) * HANDS[self.comb_hand][1]
        for ch, (bx, by, bw, bh) in zip(text, rects, strict=False):
            if ch == " ":
                continue
            s = size * (1 + r.gauss(0, 0.06))
            w = pdfmetrics.stringWidth(ch, self.comb_font, s)
            x = bx + (bw - w) / 2 + r.gauss(0, 0.9)
            y = by + bh * 0.22 + r.gauss(0, 0.9)
            self._glyph(c, ch, x, y, s, face=self.comb_font)


def pen_path(c, pts, ink, w0, rng):
    """Polyline with a pressure-varying width (pen stroke)."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    n = len(pts)
    for i in range(n - 1):
        x0, y0 = pts[i]
        x1, y1 = pts[i + 1]
        t = i / max(1, n - 2)
        press = math.sin(math.pi * min(1, t * 1.15)) ** 0.5
        c.setLineWidth(max(0.25, w0 * (0.45 + 0.7 * press) * rng.uniform(0.9, 1.1)))
        c.line(x0, y0, x1, y1)
    c.restoreState()


def mark(c, kind, rect, ink, rng):
    """A tick or a cross in a checkbox."""
    x, y, w, h = rect
    if kind == "cross":
        e = rng.uniform(-1, 2)
        a = [(x - e + rng.gauss(0, 0.4), y + h + e), (x + w + e, y - e + rng.gauss(0, 0.4))]
        b = [(x + w + e * 0.6, y + h + e), (x - e, y - e * 0.5)]
        for seg in (a, b):
            pts = [
                (
                    seg[0][0] + (seg[1][0] - seg[0][0]) * t / 6,
                    seg[0][1] + (seg[1][1] - seg[0][1]) * t / 6,
                )
                for t in range(7)
            ]
            pen_path(c, pts, ink, rng.uniform(0.9, 1.3), rng)
    elif kind == "tick":
        p0 = (x + w * 0.1, y + h * 0.55)
        p1 = (x + w * 0.42 + rng.gauss(0, 0.5), y + h * 0.05)
        p2 = (x + w * 1.25 + rng.uniform(0, 3), y + h * 1.45 + rng.uniform(0, 3))
        pts = [p0]
        for t in range(1, 4):
            pts.append((p0[0] + (p1[0] - p0[0]) * t / 3, p0[1] + (p1[1] - p0[1]) * t / 3))
        for t in range(1, 7):
            bow = math.sin(math.pi * t / 6) * 0.8
            pts.append(
                (p1[0] + (p2[0] - p1[0]) * t / 6 - bow, p1[1] + (p2[1] - p1[1]) * t / 6 + bow)
            )
        pen_path(c, pts, ink, rng.uniform(1.0, 1.4), rng)
    else:  # filled square / scribble
        pts = []
        for i in range(9):
            pts.append((x + w * (0.15 + 0.7 * (i % 2)), y + h * (0.15 + 0.7 * i / 8)))
        pen_path(c, pts, ink, 1.2, rng)


def signature_strokes(rng, name):
    """Pen strokes of a signature in a unit box (x 0..1, y 0..1)."""
    strokes = []
    slant = rng.uniform(0.15, 0.45)
    # capital initial: a tall loop
    cx, cy = rng.uniform(0.1, 0.2), rng.uniform(0.45, 0.6)
    a, b = rng.uniform(0.06, 0.11), rng.uniform(0.22, 0.34)
    pts = []
    turns = rng.uniform(1.1, 1.6)
    ph = rng.uniform(0, math.pi)
    for i in range(60):
        t = ph + turns * 2 * math.pi * i / 59
        pts.append((cx + a * math.sin(t) + 0.002 * i, cy + b * math.cos(t) * (1 - i / 140)))
    strokes.append(pts)
    # cursive body: trochoid loops with varying heights
    n_loops = max(4, min(11, len(name) - rng.randint(1, 4)))
    x = pts[-1][0] + 0.02
    base = cy - b * 0.5 + rng.uniform(-0.04, 0.04)
    body = []
    v0 = rng.uniform(0.045, 0.07)
    loops = [
        (v0 * rng.uniform(0.7, 1.4), rng.uniform(0.05, 0.5), rng.choice([0.1, 0.14, 0.2, 0.33]))
        for _ in range(n_loops)
    ]
    drop = rng.uniform(-0.003, 0.002)
    for v, loopy, h in loops:
        for j in range(14):
            t = 2 * math.pi * j / 14
            body.append(
                (x + v * j / 14 - v * loopy * math.sin(t), base + h * (1 - math.cos(t)) / 2)
            )
            base += drop / 14
        x += v
    strokes.append(body)
    # flourish: underline sweeping back
    ex, ey = body[-1]
    fl = []
    tilt = rng.uniform(-0.05, 0.05)
    dip = rng.uniform(0.05, 0.14)
    for i in range(30):
        t = i / 29
        fx = ex + 0.05 * math.sin(t * math.pi) - t * (ex - 0.08)
        fl.append((fx, ey - 0.12 - dip * math.sin(t * math.pi * 0.9) + t * tilt))
    if rng.random() < 0.75:
        strokes.append(fl)
    if rng.random() < 0.5:  # dot or short dash
        strokes.append([(0.55 + rng.uniform(0, 0.3), 0.75), (0.57 + rng.uniform(0, 0.3), 0.76)])
    # slant and smooth noise
    out = []
    for s in strokes:
        ph1, ph2 = rng.uniform(0, 6), rng.uniform(0, 6)
        out.append(
            [
                (
                    px + slant * (py - 0.4) + 0.006 * math.sin(ph1 + i * 0.3),
                    py + 0.008 * math.sin(ph2 + i * 0.23),
                )
                for i, (px, py) in enumerate(s)
            ]
        )
    return out


def _fit(strokes, rect, rng):
    x, y, w, h = rect
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    k = min(w * rng.uniform(0.55, 0.8) / (x1 - x0), h * rng.uniform(0.5, 0.75) / (y1 - y0))
    ox = x + (w - (x1 - x0) * k) * rng.uniform(0.2, 0.6)
    oy = y + (h - (y1 - y0) * k) * rng.uniform(0.25, 0.55)
    return [[(ox + (px - x0) * k, oy + (py - y0) * k) for px, py in s] for s in strokes]


def signature(c, rect, name, ink, rng):
    for s in _fit(signature_strokes(rng, name), rect, rng):
        pen_path(c, s, ink, rng.uniform(1.0, 1.6), rng)


def signature_png(rng, name, w=600, h=240, ink=(20, 30, 110)):
    """Signature as an RGBA image (what people paste into a fillable PDF)."""
    big = 3
    img = Image.new("RGBA", (w * big, h * big), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for s in _fit(signature_strokes(rng, name), (0, 0, w * big, h * big), rng):
        n = len(s)
        for i in range(n - 1):
            t = i / max(1, n - 2)
            press = math.sin(math.pi * min(1, t * 1.15)) ** 0.5
            wd = max(2, int(big * 4 * (0.45 + 0.7 * press)))
            (x0, y0), (x1, y1) = s[i], s[i + 1]
            d.line((x0, h * big - y0, x1, h * big - y1), fill=ink + (255,), width=wd)
            d.ellipse(
                (x1 - wd / 2, h * big - y1 - wd / 2, x1 + wd / 2, h * big - y1 + wd / 2),
                fill=ink + (255,),
            )
    return img.resize((w, h), Image.LANCZOS)


def stray(c, rect, ink, rng):
    """A dot and a faint smudge in the signature box: no signature."""
    x, y, w, h = rect
    px, py = x + w * rng.uniform(0.2, 0.8), y + h * rng.uniform(0.2, 0.7)
    c.saveState()
    c.setFillColorRGB(*ink)
    c.circle(px, py, rng.uniform(0.9, 1.4), stroke=0, fill=1)
    pen_path(c, [(px + 3, py - 1), (px + 5, py + 1.5), (px + 6.5, py + 2.5)], ink, 0.9, rng)
    c.setFillColorRGB(0.55, 0.55, 0.58)
    c.setFillAlpha(0.18)
    sx, sy = x + w * rng.uniform(0.3, 0.7), y + h * rng.uniform(0.3, 0.6)
    c.ellipse(sx, sy, sx + rng.uniform(14, 26), sy + rng.uniform(5, 9), stroke=0, fill=1)
    c.restoreState()


def typed(c, text, x, y, face, size, color=(0.05, 0.05, 0.05)):
    c.setFillColorRGB(*color)
    c.setFont(font(face), size)
    c.drawString(x, y, text)


def typed_comb(c, text, rects, face, size, dx=0.0, dy=0.0):
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont(font(face), size)
    for ch, (bx, by, bw, bh) in zip(text, rects, strict=False):
        if ch != " ":
            c.drawCentredString(bx + bw / 2 + dx, by + bh * 0.26 + dy, ch)
