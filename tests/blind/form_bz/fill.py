"""Ways of writing values into the slots of a `formdraw.Sheet`: by hand, typed, AcroForm."""

import math

from PIL import Image, ImageDraw
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics

from formdraw import sw

INKS = {
    "blue": (0.08, 0.16, 0.55),
    "black": (0.08, 0.08, 0.1),
    "darkblue": (0.05, 0.08, 0.35),
}


# ---- pen strokes ---------------------------------------------------------------------------
def _word(rng, x, base, h, n, step):
    """Cursive-like run of loops (l, e), humps (n, m) and dips (u), as one pen stroke."""
    pts = [(x, base)]
    for _ in range(n):
        kind = rng.choice(["loop", "loop", "hump", "dip", "tall"])
        lw = step * rng.uniform(0.7, 1.3)
        lh = h * (rng.uniform(0.55, 0.9) if kind == "tall" else rng.uniform(0.15, 0.35))
        for j in range(1, 13):
            t = j / 12
            if kind in ("loop", "tall"):
                px = x + lw * t - lw * 0.55 * math.sin(2 * math.pi * t)
                py = base + lh * (1 - math.cos(2 * math.pi * t)) / 2
            elif kind == "hump":
                px, py = x + lw * t, base + lh * math.sin(math.pi * t)
            else:
                px, py = x + lw * t, base + lh * (1 - math.sin(math.pi * t)) * 0.6
            pts.append((px, py))
        x += lw
    return pts, x


def signature_strokes(rng, w, h):
    """A made-up signature from pen strokes: capital, cursive word(s), flourish; in a w x h box."""
    strokes = []
    base = h * rng.uniform(0.3, 0.45)
    # capital letter: a tall loop or an angular initial
    cx = w * 0.1
    if rng.random() < 0.5:
        cap = [
            (
                cx + w * 0.07 * math.sin(i / 30 * 2.2 * math.pi),
                base + h * 0.55 * (1 - math.cos(i / 30 * 2.2 * math.pi)) / 2 * 1.4,
            )
            for i in range(31)
        ]
    else:
        cap = [
            (cx + w * rng.uniform(-0.03, 0.05), base + h * rng.uniform(-0.1, 0.8))
            for _ in range(rng.randint(3, 5))
        ]
    strokes.append(cap)
    x = cap[-1][0]
    for _word_no in range(rng.choice([1, 1, 2])):
        pts, x = _word(
            rng,
            x + w * 0.02,
            base + rng.uniform(-0.05, 0.05) * h,
            h,
            rng.randint(3, 7),
            w * rng.uniform(0.05, 0.08),
        )
        strokes.append(pts)
        x += w * rng.uniform(0.04, 0.1)
    style = rng.choice(["under", "loopback", "none", "under"])
    if style == "under":
        x0, x1 = w * rng.uniform(0.05, 0.2), x + w * rng.uniform(0.0, 0.1)
        strokes.append(
            [
                (x0 + (x1 - x0) * t / 20, base - h * 0.12 - h * 0.05 * math.sin(t / 20 * math.pi))
                for t in range(21)
            ]
        )
    elif style == "loopback":
        strokes[-1] = strokes[-1] + [
            (x - (x - w * 0.1) * t / 24, base - h * 0.2 * math.sin(t / 24 * math.pi) - h * 0.05)
            for t in range(25)
        ]
    if rng.random() < 0.5:
        dx = rng.uniform(0.4, 0.7) * x
        strokes.append([(dx, base + h * 0.5), (dx + w * 0.012, base + h * 0.53)])
    shear = rng.uniform(0.1, 0.45)
    strokes = [_smooth([(px + shear * py, py) for px, py in s]) for s in strokes]
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    k = min((w * 0.96) / (max(xs) - min(xs)), (h * 0.9) / (max(ys) - min(ys)))
    return [
        [((px - min(xs)) * k + w * 0.02, (py - min(ys)) * k + h * 0.05) for px, py in s]
        for s in strokes
    ]


def _smooth(pts, rounds=2):
    """Chaikin corner cutting: rounder pen strokes."""
    for _ in range(rounds):
        if len(pts) < 3:
            return pts
        out = [pts[0]]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
            out += [
                (0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1),
                (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1),
            ]
        out.append(pts[-1])
        pts = out
    return pts


def jitter_stroke(rng, pts, amount):
    return [(x + rng.uniform(-amount, amount), y + rng.uniform(-amount, amount)) for x, y in pts]


def draw_strokes(c, strokes, ox, oy, ink, lw):
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(lw)
    c.setLineCap(1)
    c.setLineJoin(1)
    for pts in strokes:
        p = c.beginPath()
        p.moveTo(ox + pts[0][0], oy + pts[0][1])
        for x, y in pts[1:]:
            p.lineTo(ox + x, oy + y)
        c.drawPath(p, stroke=1, fill=0)


def signature_png(rng, w_pt, h_pt, ink, scale=4):
    """A pasted signature image (RGBA, transparent) drawn from pen strokes."""
    strokes = signature_strokes(rng, w_pt, h_pt)
    img = Image.new("RGBA", (int(w_pt * scale), int(h_pt * scale)), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    col = tuple(int(v * 255) for v in ink) + (255,)
    for pts in strokes:
        xy = [(x * scale, (h_pt - y) * scale) for x, y in pts]
        d.line(xy, fill=col, width=max(2, int(scale * 0.9)), joint="curve")
    return img


# ---- writers -------------------------------------------------------------------------------
def _slot_area(kind, geo):
    if kind == "box":
        x, y, w, h = geo
        return x + 3, x + w - 3, y + h * 0.25, h * 0.72
    x0, x1, base = geo
    return x0 + 2, x1 - 2, base, 13


class Hand:
    """Handwriting: a TTF hand with per-glyph jitter, pen ticks and pen signatures."""

    def __init__(self, rng, font, ink="blue", size=11.0, slant=0.0):
        self.rng, self.font, self.ink, self.size, self.slant = rng, font, INKS[ink], size, slant

    def _glyphs(self, sheet, x, y, text, size):
        c, rng = sheet.c, self.rng
        c.setFillColorRGB(*self.ink)
        x_start = x
        for ch in text:
            s = size * rng.uniform(0.94, 1.06)
            if ch != " ":
                c.saveState()
                c.translate(x, y + rng.uniform(-0.06, 0.06) * size)
                c.rotate(self.slant + rng.uniform(-4, 4))
                c.setFont(self.font, s)
                c.drawString(0, 0, ch)
                c.restoreState()
            x += sw(ch, self.font, s) * rng.uniform(0.97, 1.07)
        sheet.add_value(x_start, y - 0.22 * size, x, y + 0.8 * size)
        return x

    def text(self, sheet, slot, text):
        kind, geo = sheet.slots[slot]
        if kind == "comb":
            for (x, y, w, h), ch in zip(geo, text, strict=False):
                if ch == " ":
                    continue
                size = min(self.size * 1.05, h * 0.8)
                cw = sw(ch, self.font, size)
                self._glyphs(
                    sheet,
                    x + (w - cw) / 2 + self.rng.uniform(-1, 1),
                    y + h * 0.2 + self.rng.uniform(-0.5, 1),
                    ch,
                    size,
                )
            return
        x0, x1, base, hmax = _slot_area(kind, geo)
        size = min(self.size, hmax * 1.05)
        while sw(text, self.font, size) * 1.08 > (x1 - x0) - 6 and size > 5:
            size -= 0.25
        self._glyphs(
            sheet, x0 + self.rng.uniform(2, 8), base + self.rng.uniform(0, 1.2), text, size
        )

    def tick(self, sheet, slot, style=None):
        x, y, w, h = sheet.slots[slot][1]
        rng = self.rng
        style = style or "x"
        if style == "x":
            a = [(x + 1, y + h - 1), (x + w * 0.5, y + h * 0.5), (x + w - 1, y + 1)]
            b = [(x + w - 1.5, y + h - 0.5), (x + 1.5, y + 1)]
            strokes = [jitter_stroke(rng, a, 0.6), jitter_stroke(rng, b, 0.6)]
        else:
            strokes = [
                jitter_stroke(
                    rng,
                    [(x + 1.5, y + h * 0.55), (x + w * 0.4, y + 1.2), (x + w + 2, y + h + 2.5)],
                    0.5,
                )
            ]
        draw_strokes(sheet.c, strokes, 0, 0, self.ink, 1.0)
        sheet.add_value(x, y, x + w, y + h)

    def sign(self, sheet):
        x, y, w, h = sheet.slots["sig"][1]
        rng = self.rng
        sw_, sh = w * rng.uniform(0.5, 0.85), h * rng.uniform(0.6, 0.95)
        ox, oy = x + rng.uniform(2, w - sw_ - 2), y + rng.uniform(1, h - sh - 1)
        strokes = [jitter_stroke(rng, s, 0.3) for s in signature_strokes(rng, sw_, sh)]
        draw_strokes(sheet.c, strokes, ox, oy, self.ink, rng.uniform(0.8, 1.3))
        sheet.add_value(ox, oy, ox + sw_, oy + sh)

    def stray(self, sheet):
        x, y, w, h = sheet.slots["sig"][1]
        rng = self.rng
        px, py = x + rng.uniform(20, w - 30), y + rng.uniform(10, h - 20)
        if rng.random() < 0.5:
            pts = [(px, py), (px + 1.2, py + 0.8), (px + 0.6, py + 1.5), (px - 0.3, py + 0.6)]
        else:
            pts = [(px, py + 3), (px + 2, py), (px + 7, py + 6)]
        draw_strokes(sheet.c, [pts], 0, 0, self.ink, 1.1)
        sheet.add_value(px - 1, py - 1, px + 8, py + 7)


class Typed:
    """Typed on screen in a PDF editor (text boxes laid over the form), then printed."""

    def __init__(self, rng, font, size=10.0, color=(0, 0, 0), tick_char="X"):
        self.rng, self.font, self.size, self.color, self.tick_char = (
            rng,
            font,
            size,
            color,
            tick_char,
        )

    def _put(self, sheet, x, y, text, size, font=None):
        font = font or self.font
        c = sheet.c
        c.setFont(font, size)
        c.setFillColorRGB(*self.color)
        c.drawString(x, y, text)
        asc, desc = pdfmetrics.getAscentDescent(font, size)
        sheet.add_value(x, y + desc * 0.8, x + sw(text, font, size), y + asc * 0.8)

    def text(self, sheet, slot, text):
        kind, geo = sheet.slots[slot]
        if kind == "comb":
            for (x, y, w, h), ch in zip(geo, text, strict=False):
                size = min(self.size, h * 0.7)
                self._put(sheet, x + (w - sw(ch, self.font, size)) / 2, y + h * 0.26, ch, size)
            return
        x0, x1, base, hmax = _slot_area(kind, geo)
        size = min(self.size, hmax * 0.95)
        while sw(text, self.font, size) > (x1 - x0) - 4:
            size -= 0.25
        self._put(sheet, x0 + 1, base + 0.5, text, size)

    def tick(self, sheet, slot, style=None):
        x, y, w, h = sheet.slots[slot][1]
        size = h * 0.95
        if self.tick_char == "4":
            font, ch = "ZapfDingbats", "4"
        else:
            font, ch = self.font, self.tick_char
        cw = sw(ch, font, size)
        c = sheet.c
        c.setFont(font, size)
        c.setFillColorRGB(*self.color)
        c.drawString(x + (w - cw) / 2, y + h * 0.15, ch)
        sheet.add_value(x, y, x + w, y + h)


class Acro:
    """The fillable PDF: AcroForm fields on the slots (values in the fields, not in the page)."""

    PREFIX = "topmostSubform[0].Page{}[0]."

    def __init__(self, names, font_size=9):
        self.names = names
        self.font_size = font_size

    def _name(self, sheet, slot, suffix=""):
        return self.PREFIX.format(sheet.page) + self.names.get(slot, slot) + suffix + "[0]"

    def _tf(self, sheet, name, x, y, w, h, value, maxlen=None, comb=False):
        clear = Color(1, 1, 1, alpha=0)
        kw = {}
        if comb:
            kw = {"maxlen": maxlen, "fieldFlags": "comb"}
        sheet.c.acroForm.textfield(
            name=name,
            tooltip=name.split(".")[-1][:-3],
            value=value,
            x=x,
            y=y,
            width=w,
            height=h,
            fontName="Helvetica",
            fontSize=min(self.font_size, h * 0.7),
            borderWidth=0,
            fillColor=clear,
            borderColor=clear,
            textColor=Color(0, 0, 0),
            forceBorder=False,
            **kw,
        )

    def text(self, sheet, slot, text):
        kind, geo = sheet.slots[slot]
        if kind == "comb":
            groups = []
            for cell in geo:
                if groups and abs(groups[-1][-1][0] + groups[-1][-1][2] - cell[0]) < 0.1:
                    groups[-1].append(cell)
                else:
                    groups.append([cell])
            pos = 0
            for gi, g in enumerate(groups):
                part = text[pos : pos + len(g)]
                pos += len(g)
                x, y, w, h = g[0]
                suffix = "" if len(groups) == 1 else f"_{gi + 1}"
                self._tf(
                    sheet,
                    self._name(sheet, slot, suffix),
                    x + 0.5,
                    y + 0.5,
                    w * len(g) - 1,
                    h - 1,
                    part,
                    maxlen=len(g),
                    comb=True,
                )
            return
        if kind == "box":
            x, y, w, h = geo
            self._tf(sheet, self._name(sheet, slot), x + 1, y + 1, w - 2, h - 2, text)
        else:
            x0, x1, base = geo
            self._tf(sheet, self._name(sheet, slot), x0, base - 3, x1 - x0, 14, text)

    def empty(self, sheet, slot):
        self.text(sheet, slot, "")

    def tick(self, sheet, slot, checked=True):
        x, y, w, h = sheet.slots[slot][1]
        sheet.c.acroForm.checkbox(
            name=self._name(sheet, slot),
            tooltip=slot,
            checked=checked,
            buttonStyle="cross",
            x=x + 0.5,
            y=y + 0.5,
            size=w - 1,
            borderWidth=0,
            fillColor=Color(1, 1, 1, alpha=0),
            borderColor=Color(1, 1, 1, alpha=0),
            textColor=Color(0, 0, 0),
            forceBorder=False,
        )
