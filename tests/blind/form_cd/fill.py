"""Ways of filling the form: handwriting, typing, AcroForm fields, pen signatures."""

from __future__ import annotations

import io
import math
import unicodedata

from PIL import Image, ImageDraw
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HAND_DIR = "/usr/share/fonts/truetype/"
# name -> (file, has accents, extra stroke width to thicken thin pens, size factor)
HANDS = {
    "breip": ("breip/Breip.ttf", True, 0.25, 1.0),
    "dkg": ("fifthhorseman/dkg.ttf", True, 0.1, 1.0),
    "dkgit": ("fifthhorseman/dkgIt.ttf", True, 0.1, 1.0),
    "ecolier": ("ecolier-court/Ecolier-court.ttf", True, 0.45, 1.6),
    "humor": ("humor-sans/Humor-Sans.ttf", False, 0.15, 1.0),
    "ruf": ("rufscript/Rufscript010.ttf", False, 0.0, 1.0),
}
INKS = {
    "blue": Color(0.08, 0.15, 0.55),
    "black": Color(0.08, 0.08, 0.1),
    "darkblue": Color(0.05, 0.1, 0.35),
}


def register_hands() -> None:
    have = pdfmetrics.getRegisteredFontNames()
    for name, (path, *_) in HANDS.items():
        if "H_" + name not in have:
            pdfmetrics.registerFont(TTFont("H_" + name, HAND_DIR + path))


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


class Writer:
    """Writes values into anchors. ``mode`` is 'hand' or 'typed'."""

    def __init__(self, c, rng, mode, hand="breip", ink="blue", size=11.0, touch=False):
        self.c = c
        self.rng = rng
        self.mode = mode
        self.hand = hand
        self.ink = INKS[ink] if mode == "hand" else Color(0, 0, 0)
        self.size = size
        self.touch = touch
        self.font = "H_" + hand if mode == "hand" else "Mono" if size < 0 else "Lib"

    def as_written(self, text: str) -> str:
        """The text as it will appear (accents dropped by pens that have none)."""
        if self.mode == "hand" and not HANDS[self.hand][1]:
            return strip_accents(text)
        return text

    def _glyph(self, ch, x, y, size):
        c, r = self.c, self.rng
        c.saveState()
        c.translate(x + r.uniform(-0.5, 0.5), y + r.uniform(-0.8, 0.8))
        c.rotate(r.uniform(-4, 4))
        c.setFillColor(self.ink)
        c.setStrokeColor(self.ink)
        t = c.beginText(0, 0)
        extra = HANDS[self.hand][2]
        if extra:
            t.setTextRenderMode(2)
            c.setLineWidth(extra)
        t.setFont(self.font, size * HANDS[self.hand][3])
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()

    def text(self, x, y, text, size=None):
        """Write text from (x, y); returns the end x."""
        size = size or self.size
        text = self.as_written(text)
        if self.mode != "hand":
            self.c.setFillColor(self.ink)
            self.c.setFont(self.font, size)
            self.c.drawString(x, y, text)
            return x + pdfmetrics.stringWidth(text, self.font, size)
        y += self.rng.uniform(-0.6, 1.2)
        drift = self.rng.uniform(-0.02, 0.03)
        x0 = x
        for ch in text:
            s = size * self.rng.uniform(0.94, 1.06)
            self._glyph(ch, x, y + (x - x0) * drift, s)
            s *= HANDS[self.hand][3]
            x += pdfmetrics.stringWidth(ch, self.font, s) * self.rng.uniform(0.98, 1.08)
        return x

    def line(self, anchor, text, size=None):
        x0, y, x1 = anchor
        size = size or self.size
        k = HANDS[self.hand][3] if self.mode == "hand" else 1.0
        while pdfmetrics.stringWidth(text, self.font, size * k) > (x1 - x0 - 6) and size > 6:
            size -= 0.5
        return self.text(x0 + self.rng.uniform(2, 10), y, text, size)

    def struck(self, x, y, text, size=None):
        """A word written then crossed out (a correction)."""
        end = self.text(x, y, text, size)
        c = self.c
        c.setStrokeColor(self.ink)
        c.setLineWidth(1.1)
        h = (size or self.size) * 0.35
        for k in range(2):
            c.line(x - 1, y + h + k * 1.6, end + 1, y + h + 0.8 + k * 1.6)
        return end

    def comb(self, anchor, text, start=0):
        xs, y, cw, ch = anchor
        text = self.as_written(text)
        assert len(text) + start <= len(xs), (text, len(xs))
        for i, letter in enumerate(text):
            if letter == " ":
                continue
            x = xs[i + start]
            if self.mode != "hand":
                size = ch * 0.62
                w = pdfmetrics.stringWidth(letter, self.font, size)
                self.c.setFillColor(self.ink)
                self.c.setFont(self.font, size)
                self.c.drawString(x + (cw - w) / 2, y + ch * 0.25, letter)
                continue
            size = ch * (self.rng.uniform(0.95, 1.12) if self.touch else 0.75)
            w = pdfmetrics.stringWidth(letter, self.font, size) * HANDS[self.hand][3]
            dx = self.rng.uniform(-2.2, 2.2) if self.touch else self.rng.uniform(-0.8, 0.8)
            base = y + (ch * 0.05 if self.touch else ch * 0.18)
            self._glyph(letter, x + (cw - w) / 2 + dx, base, size)

    def tick(self, box, style):
        x, y, s = box
        c, r = self.c, self.rng
        c.setStrokeColor(self.ink)
        c.setFillColor(self.ink)
        if self.mode != "hand":
            c.setFont("Lib", s * 1.05)
            c.drawCentredString(x + s / 2, y + s * 0.15, "X")
            return
        c.setLineWidth(1.2)
        c.setLineCap(1)
        j = lambda: r.uniform(-1.2, 1.2)
        if style == "cross":
            c.line(x + j(), y + j(), x + s + j(), y + s + j())
            c.line(x + j(), y + s + j(), x + s + j(), y + j())
        elif style == "check":
            p = c.beginPath()
            p.moveTo(x + 1 + j(), y + s * 0.5)
            p.lineTo(x + s * 0.4, y + j() * 0.5)
            p.lineTo(x + s * 1.3 + j(), y + s * 1.35 + j())
            c.drawPath(p, stroke=1, fill=0)
        else:  # filled: scribbled until dark
            c.setLineWidth(1.6)
            for k in range(7):
                yy = y + 1 + k * (s - 2) / 6
                c.line(x + 1 + j() * 0.3, yy, x + s - 1 + j() * 0.3, yy + j() * 0.4)

    def stray(self, rect):
        x, y, w, h = rect
        c = self.c
        c.setFillColor(self.ink)
        c.setStrokeColor(self.ink)
        cx, cy = x + w * self.rng.uniform(0.3, 0.7), y + h * self.rng.uniform(0.3, 0.6)
        if self.rng.random() < 0.5:
            c.circle(cx, cy, 1.3, stroke=0, fill=1)
        else:
            c.setLineWidth(1)
            c.line(cx, cy, cx + 3, cy - 3)
            c.line(cx + 3, cy - 3, cx + 8, cy + 5)


def signature_points(name: str, rng, w: float, h: float):
    """Polylines of a pen signature (script initial + cursive loops + flourish), in a w x h box."""
    strokes = []
    n = max(4, min(len(name), 9))
    pts = []
    speed = w * 0.75 / (n * 2 * math.pi)
    amps = [h * rng.uniform(0.1, 0.32) for _ in range(n)]
    amps[0] = h * rng.uniform(0.38, 0.48)  # a tall script initial
    loops = [speed * rng.uniform(0.6, 2.4) for _ in range(n)]
    slant = rng.uniform(0.15, 0.45)
    phase = rng.uniform(0, 1)
    for i in range(n * 40):
        k, u = divmod(i, 40)
        t = i / 40 * 2 * math.pi
        a = amps[k] * (1 - u / 40) + amps[min(k + 1, n - 1)] * u / 40
        y = h * 0.45 + a * math.cos(t + phase) + (t * speed) * 0.05
        x = w * 0.08 + t * speed - loops[k] * math.sin(t + phase) + (y - h * 0.45) * slant
        pts.append((x, y))
    strokes.append(pts)
    # flourish under the name
    x0, x1 = w * rng.uniform(0.05, 0.2), w * rng.uniform(0.75, 0.95)
    fl = []
    for i in range(41):
        u = i / 40
        fl.append((x0 + (x1 - x0) * u, h * 0.22 + h * 0.12 * math.sin(u * math.pi * 1.3)))
    strokes.append(fl)
    if rng.random() < 0.5:  # a dot or bar
        cx = w * rng.uniform(0.7, 0.9)
        strokes.append([(cx, h * 0.78), (cx + 5, h * 0.82)])
    return strokes


def draw_signature(c, rect, name, rng, ink):
    x, y, w, h = rect
    sw, sh = w * rng.uniform(0.55, 0.8), h * 0.8
    ox, oy = x + rng.uniform(8, w - sw - 4), y + h * 0.06
    c.setStrokeColor(ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    for k, stroke in enumerate(signature_points(name, rng, sw, sh)):
        c.setLineWidth(rng.uniform(0.8, 1.4))
        p = c.beginPath()
        p.moveTo(ox + stroke[0][0], oy + stroke[0][1])
        for px, py in stroke[1:]:
            p.lineTo(ox + px, oy + py)
        c.drawPath(p, stroke=1, fill=0)


def signature_image(name, rng, w=600, h=200):
    """A PNG (RGBA, transparent) of a pen signature, as pasted from a phone."""
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for stroke in signature_points(name, rng, w * 0.9, h * 0.9):
        pts = [(px + w * 0.05, h - py) for px, py in stroke]
        d.line(pts, fill=(20, 30, 90, 255), width=4, joint="curve")
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    buf.seek(0)
    return ImageReader(buf)
