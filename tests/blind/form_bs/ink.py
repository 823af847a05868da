"""Pen ink on a reportlab canvas: handwriting glyph by glyph, ticks, signatures as strokes."""

import itertools
import math

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HAND_FONTS = {
    "H-breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "H-ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "H-dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "H-humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "H-ruf": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
}
FALLBACK = ["H-dkg", "H-breip"]
INKS = {
    "blue": (0.07, 0.15, 0.55),
    "black": (0.08, 0.08, 0.1),
    "navy": (0.06, 0.09, 0.33),
}
_cmaps = {}


def register_hand_fonts():
    for name, path in HAND_FONTS.items():
        if name not in _cmaps:
            font = TTFont(name, path)
            pdfmetrics.registerFont(font)
            _cmaps[name] = set(font.face.charToGlyph)


def has_glyph(font, ch):
    return ord(ch) in _cmaps[font]


class Writer:
    """One person's hand: a font, a size, a slant, an ink and a pressure."""

    def __init__(self, rng, font, ink="blue", size=11.0, slant=0.0, weight=0.35, caps_font=None):
        register_hand_fonts()
        self.rng = rng
        self.font = font
        self.text_font = font
        self.caps_font = caps_font or font
        self.ink = INKS[ink]
        self.size = size
        self.slant = slant
        self.weight = weight

    def _font_for(self, ch):
        if has_glyph(self.font, ch):
            return self.font
        for f in FALLBACK:
            if has_glyph(f, ch):
                return f
        raise ValueError(f"no hand font has {ch!r}")

    def width(self, text, size):
        return sum(pdfmetrics.stringWidth(ch, self._font_for(ch), size) for ch in text)

    def glyph(self, c, ch, x, y, size, angle=0.0):
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        c.transform(1, 0, self.slant, 1, 0, 0)
        c.setFillColorRGB(*self.ink)
        c.setStrokeColorRGB(*self.ink)
        c.setLineWidth(self.weight * self.rng.uniform(0.8, 1.2))
        t = c.beginText(0, 0)
        t.setTextRenderMode(2)
        t.setFont(self._font_for(ch), size)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()

    def write(self, c, text, x, y, max_w=None, size=None):
        """Write text from x on baseline y, glyph by glyph; shrink to fit max_w."""
        rng = self.rng
        caps = not any(ch.islower() for ch in text)
        self.font = self.caps_font if caps else self.text_font
        size = size or self.size * rng.uniform(0.95, 1.05)
        if max_w:
            w = self.width(text, size) * 1.06
            if w > max_w:
                size *= max_w / w
        slope = rng.gauss(0, 0.012)
        drift = 0.0
        x0 = x
        for ch in text:
            s = size * rng.uniform(0.93, 1.07)
            adv = pdfmetrics.stringWidth(ch, self._font_for(ch), s)
            drift += rng.gauss(0, 0.12)
            drift = max(-0.9, min(0.9, drift))
            if ch != " ":
                dy = (x - x0) * slope + drift + rng.gauss(0, 0.2)
                self.glyph(c, ch, x + rng.gauss(0, 0.25), y + dy, s, rng.gauss(0, 2.5))
            x += adv * rng.uniform(0.97, 1.08) + (rng.uniform(0.5, 2.0) if ch == " " else 0)
        return x

    def comb(self, c, groups, text):
        """One capital per comb box, centred with jitter; spaces leave a box empty."""
        rng = self.rng
        self.font = self.caps_font
        cells = [(gx + i * cw, gy, cw, gh) for gx, gy, cw, gh, n in groups for i in range(n)]
        for ch, (bx, by, bw, bh) in zip(text, cells):
            if ch == " ":
                continue
            s = min(bh * 0.7, bw * 1.1) * rng.uniform(0.92, 1.04)
            gw = pdfmetrics.stringWidth(ch, self._font_for(ch), s)
            x = bx + (bw - gw) / 2 + rng.gauss(0, bw * 0.05)
            y = by + bh * 0.18 + rng.gauss(0, bh * 0.04)
            self.glyph(c, ch, x, y, s, rng.gauss(0, 3))

    def stroke(self, c, pts, width):
        """A pen stroke along pts with pressure that swells and tapers."""
        n = len(pts)
        c.saveState()
        c.setStrokeColorRGB(*self.ink)
        c.setLineCap(1)
        c.setLineJoin(1)
        phase = self.rng.uniform(0, 6.28)
        for i in range(n - 1):
            t = i / max(1, n - 2)
            taper = min(1.0, 4 * t + 0.25, 4 * (1 - t) + 0.25)
            press = 0.65 + 0.35 * math.sin(phase + 9 * t)
            c.setLineWidth(max(0.15, width * taper * press))
            (x0, y0), (x1, y1) = pts[i], pts[i + 1]
            c.line(x0, y0, x1, y1)
        c.restoreState()

    def tick(self, c, rect, style="cross"):
        rng = self.rng
        x, y, w, h = rect
        j = lambda v: v + rng.gauss(0, w * 0.06)
        if style == "cross":
            self.stroke(
                c,
                bezier(
                    [
                        (j(x + 0.1 * w), j(y + 0.9 * h)),
                        (j(x + 0.5 * w), j(y + 0.5 * h)),
                        (j(x + 0.95 * w), j(y + 0.05 * h)),
                    ],
                    10,
                ),
                0.9,
            )
            self.stroke(
                c,
                bezier(
                    [
                        (j(x + 0.9 * w), j(y + 0.95 * h)),
                        (j(x + 0.5 * w), j(y + 0.5 * h)),
                        (j(x + 0.05 * w), j(y + 0.1 * h)),
                    ],
                    10,
                ),
                0.9,
            )
        else:
            pts = [
                (j(x + 0.1 * w), j(y + 0.5 * h)),
                (j(x + 0.4 * w), j(y + 0.1 * h)),
                (j(x + 1.05 * w), j(y + 1.2 * h)),
            ]
            self.stroke(c, catmull(pts, 8), 0.95)

    def stray(self, c, rect):
        """A dot or a tiny tick left in the signature box, no signature."""
        rng = self.rng
        x, y, w, h = rect
        px, py = x + w * rng.uniform(0.25, 0.75), y + h * rng.uniform(0.2, 0.55)
        if rng.random() < 0.5:
            c.saveState()
            c.setFillColorRGB(*self.ink)
            c.circle(px, py, rng.uniform(0.5, 0.8) * mm, stroke=0, fill=1)
            c.restoreState()
        else:
            s = rng.uniform(1.6, 2.4) * mm
            self.stroke(
                c, catmull([(px, py + 0.4 * s), (px + 0.3 * s, py), (px + s, py + s)], 6), 0.8
            )

    def sign(self, c, rect, name):
        """A handwritten signature (pen strokes) placed in rect."""
        x, y, w, h = rect
        strokes = signature_strokes(self.rng, name)
        sw = w * self.rng.uniform(0.5, 0.72)
        sh = h * self.rng.uniform(0.45, 0.62)
        ox = x + self.rng.uniform(0.12, 0.9) * (w - sw) * 0.9 + 2
        oy = y + self.rng.uniform(0.15, 0.3) * h
        for pts, wfac in strokes:
            self.stroke(c, [(ox + px * sw, oy + py * sh) for px, py in pts], 1.35 * wfac)


def bezier(ctrl, n):
    """Points of a quadratic or cubic Bezier curve."""
    out = []
    for i in range(n + 1):
        t = i / n
        pts = list(ctrl)
        while len(pts) > 1:
            pts = [
                ((1 - t) * a[0] + t * b[0], (1 - t) * a[1] + t * b[1])
                for a, b in itertools.pairwise(pts)
            ]
        out.append(pts[0])
    return out


def catmull(pts, per=10):
    """Catmull-Rom spline through pts."""
    p = [pts[0]] + list(pts) + [pts[-1]]
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for k in range(per):
            t = k / per
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[d]
                        + (-p0[d] + p2[d]) * t
                        + (2 * p0[d] - 5 * p1[d] + 4 * p2[d] - p3[d]) * t2
                        + (-p0[d] + 3 * p1[d] - 3 * p2[d] + p3[d]) * t3
                    )
                    for d in (0, 1)
                )
            )
    out.append(pts[-1])
    return out


def signature_strokes(rng, name):
    """A cursive-looking signature: capital loop, humps for the letters, a flourish.
    Coordinates in a unit box (x 0..1, y 0..1); returns [(points, width_factor)]."""
    letters = max(4, min(9, len(name.replace(" ", "").replace("-", ""))))
    cap_h = rng.uniform(0.75, 1.0)
    pts = [
        (0.02, rng.uniform(0.15, 0.3)),
        (0.08, cap_h),
        (rng.uniform(0.14, 0.2), cap_h * 0.9),
        (0.1, 0.35),
        (0.03, 0.05),
        (0.16, 0.22),
    ]
    x = 0.2
    step = 0.6 / letters
    for i in range(letters):
        top = rng.uniform(0.28, 0.5) if rng.random() > 0.2 else rng.uniform(0.65, 0.85)
        if rng.random() < 0.25:  # a small loop
            pts += [(x + step * 0.6, top), (x + step * 0.2, top * 0.8), (x + step * 0.5, 0.08)]
        else:
            pts += [(x + step * 0.45, top), (x + step * 0.8, rng.uniform(0.03, 0.14))]
        x += step
    pts.append((x + 0.05, rng.uniform(0.2, 0.4)))
    strokes = [(catmull(pts, 9), 1.0)]
    kind = rng.random()
    if kind < 0.45:  # underline sweeping back to the left
        fl = [(x + 0.04, 0.25), (x + 0.1, 0.02), (0.55, -0.12), (0.05, -0.05)]
        strokes.append((catmull(fl, 12), 0.85))
    elif kind < 0.8:  # a long stroke through the name
        fl = [(0.0, rng.uniform(0.3, 0.45)), (0.5, rng.uniform(0.45, 0.6)), (1.0, 0.7)]
        strokes.append((bezier(fl, 24), 0.75))
    else:  # a second initial before the name
        fl = [(0.2, 0.7), (0.28, 0.95), (0.3, 0.3), (0.24, 0.0), (0.34, 0.15)]
        strokes.append((catmull(fl, 8), 0.9))
    jit = []
    for stroke, wf in strokes:
        jit.append(
            ([(px + rng.gauss(0, 0.004), py + rng.gauss(0, 0.008)) for px, py in stroke], wf)
        )
    return jit


def signature_image(rng, name, ink="blue", paper=False, size=(900, 360)):
    """A signature drawn as an image (what people paste into a fillable PDF):
    RGBA with transparency, or RGB on the off-white paper of a phone photo."""
    w, h = size
    scale = 4
    big = np.zeros((h * scale, w * scale), np.float32)
    col = INKS[ink]
    for pts, wf in signature_strokes(rng, name):
        n = len(pts)
        for i in range(n - 1):
            t = i / max(1, n - 2)
            taper = min(1.0, 4 * t + 0.25, 4 * (1 - t) + 0.25)
            th = max(3, round(24 * wf * taper * (0.75 + 0.25 * math.sin(9 * t))))
            p0 = (
                int((0.05 + 0.9 * pts[i][0]) * w * scale),
                int((0.85 - 0.65 * pts[i][1]) * h * scale),
            )
            p1 = (
                int((0.05 + 0.9 * pts[i + 1][0]) * w * scale),
                int((0.85 - 0.65 * pts[i + 1][1]) * h * scale),
            )
            cv2.line(big, p0, p1, 1.0, th, cv2.LINE_AA)
    alpha = cv2.resize(big, (w, h), interpolation=cv2.INTER_AREA)
    alpha = np.clip(alpha, 0, 1)
    if paper:
        base = np.array([238, 236, 229], np.float32)
        grad = np.linspace(0.96, 1.02, w, dtype=np.float32)[None, :, None]
        bg = base[None, None, :] * grad * np.ones((h, 1, 1), np.float32)
        ink_rgb = np.array(col, np.float32) * 255
        out = bg * (1 - alpha[..., None]) + ink_rgb * alpha[..., None]
        return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., :3] = (np.array(col) * 255).astype(np.uint8)
    rgba[..., 3] = (alpha * 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")
