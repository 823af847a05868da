"""Core helpers of blind set cc: check digits, fonts, a two-backend page canvas, handwriting.

A layout is written once against ``Page`` (millimetres, origin top-left, ``y`` is the text
baseline) and drawn either into a reportlab canvas (``PdfPage``, a PDF with a text layer) or
into a Pillow image (``ImgPage``, later turned into a scan, a photo or an image-only PDF).
"""

from __future__ import annotations

import math
import random
from contextlib import contextmanager

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

MM = 72 / 25.4

# --------------------------------------------------------------------------- fonts

_T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": "liberation/LiberationSans-Regular.ttf",
    "sans-b": "liberation/LiberationSans-Bold.ttf",
    "sans-i": "liberation/LiberationSans-Italic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": "liberation/LiberationSerif-Regular.ttf",
    "serif-b": "liberation/LiberationSerif-Bold.ttf",
    "serif-i": "liberation/LiberationSerif-Italic.ttf",
    "dserif": "dejavu/DejaVuSerif.ttf",
    "dserif-b": "dejavu/DejaVuSerif-Bold.ttf",
    "dserif-i": "dejavu/DejaVuSerif-Italic.ttf",
    "dsans": "dejavu/DejaVuSans.ttf",
    "dsans-b": "dejavu/DejaVuSans-Bold.ttf",
    "dcond": "dejavu/DejaVuSansCondensed.ttf",
    "dcond-b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf",
    "mono-b": "dejavu/DejaVuSansMono-Bold.ttf",
    "lmono": "liberation/LiberationMono-Regular.ttf",
    "fmono": "freefont/FreeMono.ttf",
    "fmono-b": "freefont/FreeMonoBold.ttf",
    "carlito": "crosextra/Carlito-Regular.ttf",
    "carlito-b": "crosextra/Carlito-Bold.ttf",
    "caladea": "crosextra/Caladea-Regular.ttf",
    "caladea-b": "crosextra/Caladea-Bold.ttf",
    "lato": "lato/Lato-Regular.ttf",
    "lato-b": "lato/Lato-Bold.ttf",
    "lato-l": "lato/Lato-Light.ttf",
    "lato-h": "lato/Lato-Heavy.ttf",
    "roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-m": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-b": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-l": "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "robotoc": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "open": "open-sans/OpenSans-Regular.ttf",
    "open-b": "open-sans/OpenSans-Bold.ttf",
    "open-sb": "open-sans/OpenSans-Semibold.ttf",
    "free": "freefont/FreeSans.ttf",
    "free-b": "freefont/FreeSansBold.ttf",
    "fserif": "freefont/FreeSerif.ttf",
    "fserif-b": "freefont/FreeSerifBold.ttf",
    "hand": "fifthhorseman/dkg.ttf",
    "hand-i": "fifthhorseman/dkgIt.ttf",
    "hand-b": "fifthhorseman/dkgBd.ttf",
    "breip": "breip/Breip.ttf",
    "ecolier": "ecolier-court/Ecolier-court.ttf",
    "ruf": "rufscript/Rufscript010.ttf",
}
AMIRI = "/usr/share/fonts/opentype/fonts-hosny-amiri/"
FONT_PATHS = {k: _T + v for k, v in FONTS.items()}
FONT_PATHS["amiri"] = AMIRI + "Amiri-Regular.ttf"
FONT_PATHS["amiri-b"] = AMIRI + "Amiri-Bold.ttf"
for _p in FONT_PATHS.values():
    assert _p.endswith(".ttf"), _p

_PIL_FONTS: dict = {}


def pil_font(name: str, px: float, rtl: bool = False):
    key = (name, round(px * 4) / 4, rtl)
    if key not in _PIL_FONTS:
        eng = ImageFont.Layout.RAQM if rtl else ImageFont.Layout.BASIC
        _PIL_FONTS[key] = ImageFont.truetype(FONT_PATHS[name], key[1], layout_engine=eng)
    return _PIL_FONTS[key]


def rl_font(name: str) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, FONT_PATHS[name]))
    return name


# --------------------------------------------------------------------------- pages

BLACK = (0, 0, 0)
ANCH = {"l": "ls", "c": "ms", "r": "rs"}


class Page:
    """Common drawing helpers; subclasses implement the primitives."""

    w: float
    h: float

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        lines: list[str] = []
        for para in text.split("\n"):
            cur = ""
            for word in para.split(" "):
                trial = (cur + " " + word).strip()
                if cur and self.width(trial, font, size) > width:
                    lines.append(cur)
                    cur = word
                else:
                    cur = trial
            lines.append(cur)
        return lines

    def para(self, x, y, width, text, font="sans", size=9, lead=None, color=BLACK, just=False):
        lead = lead or size * 0.42
        if "\n" in text:
            for part in text.split("\n"):
                y = self.para(x, y, width, part, font, size, lead, color, just)
            return y
        lines = self.wrap(text, font, size, width)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1 or lines[i + 1] == "" or ln == ""
            if just and not last and " " in ln:
                words = ln.split(" ")
                gap = (width - self.width(ln.replace(" ", ""), font, size)) / (len(words) - 1)
                xx = x
                for wd in words:
                    self.text(xx, y, wd, font, size, color)
                    xx += self.width(wd, font, size) + gap
            else:
                self.text(x, y, ln, font, size, color)
            y += lead
        return y

    def box_text(self, x, y, w, h, text, font, size, color=BLACK, anchor="l", pad=1.2):
        base = y + h / 2 + size * 0.125
        xx = {"l": x + pad, "c": x + w / 2, "r": x + w - pad}[anchor]
        self.text(xx, base, text, font, size, color, anchor=anchor)

    def dotted(self, x1, y, x2, color=(90, 90, 90), lw=0.25):
        self.line(x1, y, x2, y, lw, color, dash=(0.4, 0.8))

    def round_stamp(self, cx, cy, r, ring, center, color, rng, font="sans-b", angle=None):
        """A round rubber stamp: double ring, text on the ring, lines in the centre."""
        ang0 = rng.uniform(-25, 25) if angle is None else angle
        with self.ink(rng.uniform(0.55, 0.8)):
            self.ellipse(cx, cy, r, r, stroke=color, lw=0.55)
            self.ellipse(cx, cy, r * 0.72, r * 0.72, stroke=color, lw=0.35)
            size = r * 0.62
            n = len(ring)
            span = min(330.0, n * size * 0.55 / (r * 0.86) * 57.3)
            for i, ch in enumerate(ring):
                a = math.radians(ang0 - 90 - span / 2 + span * (i + 0.5) / n)
                px, py = cx + r * 0.8 * math.cos(a), cy + r * 0.8 * math.sin(a)
                deg = -(math.degrees(a) + 90)
                self.text(px, py, ch, font, size, color, anchor="c", angle=deg)
            n = len(center)
            for i, ln in enumerate(center):
                yy = cy + (i - (n - 1) / 2) * r * 0.3 + r * 0.08
                self.text(cx, yy, ln, font, r * 0.48, color, anchor="c", angle=-ang0 * 0.3)

    def rect_stamp(self, x, y, lines, color, rng, size=8, font="sans-b", frame=True):
        with self.ink(rng.uniform(0.55, 0.85)):
            wmax = max(self.width(s, font, size) for s in lines) + 4
            hh = len(lines) * size * 0.45 + 2.5
            if frame:
                self.rect(x, y, wmax, hh, stroke=color, lw=0.5)
            for i, s in enumerate(lines):
                self.text(
                    x + wmax / 2, y + 2 + size * 0.36 + i * size * 0.45, s, font, size, color, "c"
                )
        return wmax, hh

    def guilloche(self, x, y, w, h, color, rng, n=40, lw=0.12, amp=None):
        amp = amp or h / 10
        for i in range(n):
            f = rng.uniform(0.04, 0.11)
            ph = rng.uniform(0, 6.28)
            y0 = y + h * i / n
            pts = [
                (x + t, y0 + amp * math.sin(f * t * 6.28 / 10 + ph) * math.sin(t / w * 3.14))
                for t in [w * k / 120 for k in range(121)]
            ]
            self.path(pts, lw, color)

    def hand(self, x, y, s, rng, font="hand", size=11, color=(20, 35, 120), slant=2.5, spread=1.0):
        """Handwritten text: one glyph at a time with jitter in angle, size and baseline."""
        drift = 0.0
        for ch in s:
            if ch == " ":
                x += self.width("n", font, size) * rng.uniform(0.8, 1.25) * spread
                continue
            sz = size * rng.uniform(0.92, 1.08)
            drift += rng.uniform(-0.06, 0.06)
            drift = max(-0.45, min(0.45, drift))
            yy = y + drift + rng.uniform(-0.15, 0.15)
            self.text(x, yy, ch, font, sz, color, angle=rng.uniform(-slant, slant))
            x += self.width(ch, font, sz) * rng.uniform(0.95, 1.1) * spread
        return x

    def comb_hand(self, x, y, cell, chars, rng, font="hand", size=11, color=(20, 35, 120)):
        for i, ch in enumerate(chars):
            if ch != " ":
                cx = x + cell * i + cell / 2 + rng.uniform(-0.35, 0.35)
                self.text(
                    cx,
                    y + rng.uniform(-0.3, 0.3),
                    ch,
                    font,
                    size * rng.uniform(0.92, 1.06),
                    color,
                    anchor="c",
                    angle=rng.uniform(-4, 4),
                )

    def tick(self, x, y, s, rng, color=(20, 35, 120), cross=False):
        """A hand tick or cross inside a box of side s at (x, y)."""
        j = lambda: rng.uniform(-0.12, 0.12) * s
        if cross:
            self.path(
                [(x + 0.15 * s + j(), y + 0.15 * s + j()), (x + 0.9 * s, y + 0.88 * s)], 0.45, color
            )
            self.path(
                [(x + 0.85 * s + j(), y + 0.12 * s), (x + 0.12 * s, y + 0.9 * s + j())], 0.45, color
            )
        else:
            pts = [
                (x + 0.1 * s, y + 0.5 * s + j()),
                (x + 0.42 * s, y + 0.85 * s),
                (x + 1.15 * s, y - 0.2 * s + j()),
            ]
            self.path(smooth(pts, 6), 0.5, color)

    def signature(self, x, y, w, h, rng, color=(15, 25, 95), lw=0.45):
        for stroke, widths in signature_strokes(rng, w, h):
            self.path([(x + px, y + py) for px, py in stroke], lw, color, widths)


class PdfPage(Page):
    def __init__(self, canvas, w=210.0, h=297.0):
        self.c, self.w, self.h = canvas, w, h
        canvas.setPageSize((w * MM, h * MM))

    def _p(self, x, y):
        return x * MM, (self.h - y) * MM

    def width(self, s, font, size, cs=0.0):
        return pdfmetrics.stringWidth(s, rl_font(font), size) / MM + cs * max(0, len(s) - 1)

    def text(
        self, x, y, s, font="sans", size=9, color=BLACK, anchor="l", angle=0.0, cs=0.0, rtl=False
    ):
        assert not rtl, "right-to-left text only in image pages"
        c = self.c
        c.setFillColorRGB(*(v / 255 for v in color))
        px, py = self._p(x, y)
        wd = self.width(s, font, size, cs) * MM
        dx = {"l": 0, "c": -wd / 2, "r": -wd}[anchor]
        c.saveState()
        c.translate(px, py)
        if angle:
            c.rotate(angle)
        t = c.beginText(dx, 0)
        t.setFont(rl_font(font), size)
        t.setCharSpace(cs * MM)
        t.textLine(s)
        c.drawText(t)
        c.restoreState()

    def line(self, x1, y1, x2, y2, lw=0.25, color=BLACK, dash=None):
        c = self.c
        c.setLineWidth(lw * MM)
        c.setStrokeColorRGB(*(v / 255 for v in color))
        c.setDash([d * MM for d in dash] if dash else [])
        c.line(*self._p(x1, y1), *self._p(x2, y2))
        c.setDash([])

    def rect(self, x, y, w, h, stroke=None, fill=None, lw=0.25, r=0.0):
        c = self.c
        if fill:
            c.setFillColorRGB(*(v / 255 for v in fill))
        if stroke:
            c.setStrokeColorRGB(*(v / 255 for v in stroke))
            c.setLineWidth(lw * MM)
        px, py = self._p(x, y + h)
        if r:
            c.roundRect(
                px, py, w * MM, h * MM, r * MM, stroke=int(bool(stroke)), fill=int(bool(fill))
            )
        else:
            c.rect(px, py, w * MM, h * MM, stroke=int(bool(stroke)), fill=int(bool(fill)))

    def ellipse(self, cx, cy, rx, ry, stroke=None, fill=None, lw=0.25):
        c = self.c
        if fill:
            c.setFillColorRGB(*(v / 255 for v in fill))
        if stroke:
            c.setStrokeColorRGB(*(v / 255 for v in stroke))
            c.setLineWidth(lw * MM)
        x1, y1 = self._p(cx - rx, cy + ry)
        x2, y2 = self._p(cx + rx, cy - ry)
        c.ellipse(x1, y1, x2, y2, stroke=int(bool(stroke)), fill=int(bool(fill)))

    def poly(self, pts, fill=None, stroke=None, lw=0.25):
        c = self.c
        p = c.beginPath()
        p.moveTo(*self._p(*pts[0]))
        for q in pts[1:]:
            p.lineTo(*self._p(*q))
        p.close()
        if fill:
            c.setFillColorRGB(*(v / 255 for v in fill))
        if stroke:
            c.setStrokeColorRGB(*(v / 255 for v in stroke))
            c.setLineWidth(lw * MM)
        c.drawPath(p, stroke=int(bool(stroke)), fill=int(bool(fill)))

    def path(self, pts, lw=0.3, color=BLACK, widths=None):
        c = self.c
        c.setStrokeColorRGB(*(v / 255 for v in color))
        c.setLineCap(1)
        c.setLineJoin(1)
        if widths is None:
            p = c.beginPath()
            p.moveTo(*self._p(*pts[0]))
            for q in pts[1:]:
                p.lineTo(*self._p(*q))
            c.setLineWidth(lw * MM)
            c.drawPath(p, stroke=1, fill=0)
            return
        for i in range(len(pts) - 1):
            c.setLineWidth(max(0.05, lw * widths[i]) * MM)
            c.line(*self._p(*pts[i]), *self._p(*pts[i + 1]))

    def image(self, img, x, y, w, h):
        px, py = self._p(x, y + h)
        mask = "auto" if img.mode == "RGBA" else None
        self.c.drawImage(ImageReader(img), px, py, w * MM, h * MM, mask=mask)

    @contextmanager
    def ink(self, opacity=0.8):
        self.c.saveState()
        self.c.setFillAlpha(opacity)
        self.c.setStrokeAlpha(opacity)
        try:
            yield
        finally:
            self.c.restoreState()


class ImgPage(Page):
    def __init__(self, w=210.0, h=297.0, dpi=200, bg=(255, 255, 255)):
        self.w, self.h, self.dpi = w, h, dpi
        self.k = dpi / 25.4
        self.im = Image.new("RGB", (round(w * self.k), round(h * self.k)), bg)
        self.d = ImageDraw.Draw(self.im)

    def _px(self, v):
        return v * self.k

    def _font(self, font, size, rtl=False):
        return pil_font(font, size * self.dpi / 72, rtl)

    def width(self, s, font, size, cs=0.0, rtl=False):
        kw = {"direction": "rtl", "language": "ar"} if rtl else {}
        return self._font(font, size, rtl).getlength(s, **kw) / self.k + cs * max(0, len(s) - 1)

    def text(
        self, x, y, s, font="sans", size=9, color=BLACK, anchor="l", angle=0.0, cs=0.0, rtl=False
    ):
        if not s:
            return
        f = self._font(font, size, rtl)
        if cs and not rtl:
            wd = self.width(s, font, size, cs)
            xx = x - {"l": 0, "c": wd / 2, "r": wd}[anchor]
            for ch in s:
                self.text(xx, y, ch, font, size, color, "l", angle)
                xx += self.width(ch, font, size) + cs
            return
        kw = {"direction": "rtl", "language": "ar"} if rtl else {}
        px, py = self._px(x), self._px(y)
        anc = ANCH[anchor]
        if not angle:
            self.d.text((px, py), s, font=f, fill=color, anchor=anc, **kw)
            return
        l, t, r, b = f.getbbox(s, anchor=anc, **kw)
        rad = int(math.hypot(max(abs(l), abs(r)), max(abs(t), abs(b)))) + 4
        tmp = Image.new("L", (2 * rad, 2 * rad), 0)
        ImageDraw.Draw(tmp).text((rad, rad), s, font=f, fill=255, anchor=anc, **kw)
        tmp = tmp.rotate(angle, resample=Image.BICUBIC, center=(rad, rad))
        col = Image.new("RGB", tmp.size, color)
        self.im.paste(col, (round(px) - rad, round(py) - rad), tmp)

    def line(self, x1, y1, x2, y2, lw=0.25, color=BLACK, dash=None):
        wpx = max(1, round(lw * self.k))
        if not dash:
            self.d.line([(self._px(x1), self._px(y1)), (self._px(x2), self._px(y2))], color, wpx)
            return
        length = math.hypot(x2 - x1, y2 - y1)
        on, off = dash
        t = 0.0
        while t < length:
            t2 = min(length, t + on)
            a, b = t / length, t2 / length
            self.d.line(
                [
                    (self._px(x1 + (x2 - x1) * a), self._px(y1 + (y2 - y1) * a)),
                    (self._px(x1 + (x2 - x1) * b), self._px(y1 + (y2 - y1) * b)),
                ],
                color,
                wpx,
            )
            t = t2 + off

    def rect(self, x, y, w, h, stroke=None, fill=None, lw=0.25, r=0.0):
        box = [self._px(x), self._px(y), self._px(x + w), self._px(y + h)]
        wpx = max(1, round(lw * self.k)) if stroke else 0
        self.d.rounded_rectangle(box, radius=self._px(r), fill=fill, outline=stroke, width=wpx)

    def ellipse(self, cx, cy, rx, ry, stroke=None, fill=None, lw=0.25):
        box = [self._px(cx - rx), self._px(cy - ry), self._px(cx + rx), self._px(cy + ry)]
        wpx = max(1, round(lw * self.k)) if stroke else 0
        self.d.ellipse(box, fill=fill, outline=stroke, width=wpx)

    def poly(self, pts, fill=None, stroke=None, lw=0.25):
        q = [(self._px(a), self._px(b)) for a, b in pts]
        self.d.polygon(q, fill=fill, outline=stroke, width=max(1, round(lw * self.k)))

    def path(self, pts, lw=0.3, color=BLACK, widths=None):
        q = [(self._px(a), self._px(b)) for a, b in pts]
        for i in range(len(q) - 1):
            wmm = lw * (widths[i] if widths else 1.0)
            wpx = max(1.0, wmm * self.k)
            self.d.line([q[i], q[i + 1]], color, round(wpx))
            if wpx > 2.5:
                r = wpx / 2
                self.d.ellipse(
                    [q[i + 1][0] - r, q[i + 1][1] - r, q[i + 1][0] + r, q[i + 1][1] + r], color
                )

    def image(self, img, x, y, w, h):
        size = (max(1, round(w * self.k)), max(1, round(h * self.k)))
        im = img.resize(size, Image.LANCZOS)
        pos = (round(self._px(x)), round(self._px(y)))
        if im.mode == "RGBA":
            self.im.paste(im.convert("RGB"), pos, im.getchannel("A"))
        else:
            self.im.paste(im.convert("RGB"), pos)

    @contextmanager
    def ink(self, opacity=0.8):
        """Draw on a separate layer, then multiply it onto the page (ink over print)."""
        base, based = self.im, self.d
        self.im = Image.new("RGB", base.size, (255, 255, 255))
        self.d = ImageDraw.Draw(self.im)
        try:
            yield
        finally:
            layer = self.im
            self.im, self.d = base, based
            lay = Image.blend(Image.new("RGB", base.size, (255, 255, 255)), layer, opacity)
            from PIL import ImageChops

            self.im.paste(ImageChops.multiply(base, lay))
            self.d = ImageDraw.Draw(self.im)


# --------------------------------------------------------------------------- pen strokes


def smooth(pts, n=8):
    """Catmull-Rom spline through pts, n samples per segment."""
    if len(pts) < 3:
        return pts
    p = [pts[0]] + list(pts) + [pts[-1]]
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for k in range(n):
            t = k / n
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
    out.append(pts[-1])
    return out


def signature_strokes(rng: random.Random, w: float, h: float):
    """Pen strokes of a cursive signature inside a w x h box (mm): a capital loop, a run of
    humps and ascender loops, and a closing flourish. Returns [(points, widths), ...]."""
    strokes = []
    base = h * rng.uniform(0.6, 0.7)
    xh = h * rng.uniform(0.18, 0.28)
    slant = rng.uniform(0.15, 0.4)
    # capital: a tall loop
    cx = w * rng.uniform(0.08, 0.14)
    cap = [
        (cx - w * 0.04, base - xh * 0.2),
        (cx - w * 0.02, base - h * 0.55),
        (cx + w * 0.05, base - h * rng.uniform(0.6, 0.75)),
        (cx + w * 0.09, base - h * 0.45),
        (cx + w * 0.02, base - h * 0.1),
        (cx - w * 0.05, base + h * 0.05),
        (cx + w * 0.02, base - xh * 0.6),
    ]
    body = list(cap)
    x = cx + w * 0.06
    end = w * rng.uniform(0.78, 0.9)
    while x < end:
        kind = rng.random()
        step = w * rng.uniform(0.035, 0.06)
        if kind < 0.18:  # ascender loop
            body += [(x + step * 0.3, base - h * rng.uniform(0.42, 0.55)), (x, base - xh * 0.8)]
            body.append((x + step * 0.4, base))
        elif kind < 0.3:  # descender
            body += [(x + step * 0.3, base + h * rng.uniform(0.15, 0.28)), (x + step * 0.1, base)]
        else:
            body += [(x + step * 0.5, base - xh * rng.uniform(0.7, 1.2)), (x + step, base)]
        x += step
    style = rng.choice(["loops", "angular", "split"])
    pts = smooth(body, 3 if style == "angular" else 7)
    pts = [(px - (py - base) * slant, py) for px, py in pts]
    if style == "split":  # the initial apart from the name
        k = 6 * 7
        strokes.append(pts[:k])
        pts = [(px + w * 0.04, py) for px, py in pts[k + 3 :]]
    strokes.append(pts)
    # flourish: a sweep back under the name, or a crossing stroke
    fx = pts[-1][0]
    if rng.random() < 0.6:
        fl = [
            (fx, base - xh * 0.5),
            (fx + w * 0.06, base - xh * 1.2),
            (fx + w * 0.03, base + h * 0.12),
            (w * 0.45, base + h * rng.uniform(0.18, 0.26)),
            (w * rng.uniform(0.05, 0.15), base + h * rng.uniform(0.12, 0.22)),
        ]
    else:
        fl = [
            (w * rng.uniform(0.02, 0.1), base + h * 0.08),
            (w * 0.5, base - xh * 0.2 + rng.uniform(-1, 1)),
            (min(w, fx + w * 0.08), base - h * rng.uniform(0.2, 0.35)),
        ]
    strokes.append(smooth(fl, 10))
    if rng.random() < 0.5:  # a dot or a short dash
        dx = w * rng.uniform(0.3, 0.7)
        strokes.append([(dx, base - xh * 1.6), (dx + 0.5, base - xh * 1.65)])
    out = []
    for s in strokes:
        n = len(s)
        widths = []
        for i in range(max(1, n - 1)):
            t = i / max(1, n - 2)
            taper = min(1.0, 4 * t, 4 * (1 - t)) * 0.6 + 0.4
            widths.append(taper * (0.8 + 0.35 * math.sin(i * 0.21 + rng.uniform(0, 0.3))))
        out.append((s, widths))
    return out


def signature_image(rng: random.Random, w_mm=45, h_mm=16, dpi=300, color=(15, 25, 95)):
    """A signature drawn with pen strokes, as an RGBA image with a transparent background."""
    pg = ImgPage(w_mm, h_mm, dpi)
    pg.signature(0, 0, w_mm, h_mm, rng, color, lw=0.5)
    gray = pg.im.convert("L")
    alpha = gray.point(lambda v: 255 - v)
    im = Image.new("RGBA", pg.im.size, color + (0,))
    im.putalpha(alpha)
    return im
