"""Drawing kit: a thin layer over reportlab with millimetre, top-left coordinates,
handwriting, signatures, ink stamps, tick boxes, comb boxes and simple logos.

A page of a paper document is a function f(p) that draws on a P. Such pages can
be written to a text-layer PDF as they are, or rasterised (pypdfium2) for scans
and photos.
"""

import io
import math

from common import rng, strip_accents
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

rl_config.invariant = 1

FONT_FILES = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerif-I": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "Lib": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Lib-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "Lib-I": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-I": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "Caladea-B": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "OpenSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "OpenSans-SB": "/usr/share/fonts/truetype/open-sans/OpenSans-Semibold.ttf",
    "Roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-M": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Roboto-L": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "RobotoCond": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoCond-B": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "Lato-B": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "Lato-H": "/usr/share/fonts/truetype/lato/Lato-Heavy.ttf",
    "FreeSerif": "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "FreeSerif-B": "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
    "FreeSans": "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "FreeSans-B": "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    "FreeMono": "/usr/share/fonts/truetype/freefont/FreeMono.ttf",
    "Amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    # handwriting-like
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "Breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
}
HANDS = ["dkg", "Breip"]
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFont(
        TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0)
    )
    _registered = True


def has_glyph(font, ch):
    f = pdfmetrics.getFont(font)
    face = getattr(f, "face", None)
    if face is None:
        return True
    return ord(ch) in face.charToGlyph


INK_BLUE = (0.09, 0.13, 0.45)
INK_BLACK = (0.12, 0.12, 0.14)
STAMP_BLUE = (0.18, 0.25, 0.62)
STAMP_VIOLET = (0.42, 0.22, 0.55)
STAMP_RED = (0.72, 0.12, 0.14)


class P:
    """One page. Coordinates in mm from the top-left corner; y of text = baseline."""

    def __init__(self, c, w=210.0, h=297.0):
        self.c, self.w, self.h = c, w, h

    # --- basics
    def X(self, x):
        return x * mm

    def Y(self, y):
        return (self.h - y) * mm

    def color(self, rgb, alpha=None):
        self.c.setFillColorRGB(*rgb)
        self.c.setStrokeColorRGB(*rgb)
        if alpha is not None:
            self.c.setFillAlpha(alpha)
            self.c.setStrokeAlpha(alpha)

    def width(self, s, font, size):
        return pdfmetrics.stringWidth(s, font, size) / mm

    def text(self, x, y, s, font="Lib", size=9, color=(0, 0, 0), align="l", cs=0):
        if s is None or s == "":
            return
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        if cs:
            self.c.setCharSpace(cs)
        if align == "l":
            self.c.drawString(self.X(x), self.Y(y), s)
        elif align == "r":
            self.c.drawRightString(self.X(x), self.Y(y), s)
        else:
            self.c.drawCentredString(self.X(x), self.Y(y), s)
        if cs:
            self.c.setCharSpace(0)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3, r=0, dash=None):
        c = self.c
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        if r:
            c.roundRect(
                self.X(x),
                self.Y(y + h),
                w * mm,
                h * mm,
                r * mm,
                stroke=1 if stroke else 0,
                fill=1 if fill else 0,
            )
        else:
            c.rect(
                self.X(x),
                self.Y(y + h),
                w * mm,
                h * mm,
                stroke=1 if stroke else 0,
                fill=1 if fill else 0,
            )
        if dash:
            c.setDash()

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, dash=None):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(self.X(x1), self.Y(y1), self.X(x2), self.Y(y2))
        if dash:
            c.setDash()

    def circle(self, cx, cy, r, stroke=(0, 0, 0), fill=None, lw=0.3):
        c = self.c
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.circle(self.X(cx), self.Y(cy), r * mm, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def poly(self, pts, fill=None, stroke=None, lw=0.3, close=True):
        c = self.c
        path = c.beginPath()
        path.moveTo(self.X(pts[0][0]), self.Y(pts[0][1]))
        for x, y in pts[1:]:
            path.lineTo(self.X(x), self.Y(y))
        if close:
            path.close()
        if fill:
            c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        c.drawPath(path, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def wrap(self, text, w, font, size):
        lines = []
        for para in text.split("\n"):
            words = para.split(" ")
            cur = ""
            for wd in words:
                t = (cur + " " + wd) if cur else wd
                if self.width(t, font, size) <= w or not cur:
                    cur = t
                else:
                    lines.append(cur)
                    cur = wd
            lines.append(cur)
        return lines

    def para(
        self,
        x,
        y,
        w,
        text,
        font="Lib",
        size=8,
        leading=None,
        color=(0, 0, 0),
        align="l",
        justify=False,
    ):
        if isinstance(leading, tuple):
            color, leading = leading, None
        leading = leading or size * 0.3528 * 1.25
        lines = self.wrap(text, w, font, size)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1 or ln == ""
            if justify and not last and " " in ln:
                words = ln.split(" ")
                tw = sum(self.width(wd, font, size) for wd in words)
                gap = (w - tw) / (len(words) - 1)
                xx = x
                for wd in words:
                    self.text(xx, y, wd, font, size, color)
                    xx += self.width(wd, font, size) + gap
            elif align == "c":
                self.text(x + w / 2, y, ln, font, size, color, "c")
            elif align == "r":
                self.text(x + w, y, ln, font, size, color, "r")
            else:
                self.text(x, y, ln, font, size, color)
            y += leading
        return y

    def image(self, pil, x, y, w, h):
        buf = io.BytesIO()
        pil.save(buf, "PNG")
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), self.X(x), self.Y(y + h), w * mm, h * mm, mask="auto")

    # --- form furniture
    def checkbox(self, x, y, s=3.2, checked=False, mark="x", rr=None, color=INK_BLUE, lw=0.35):
        """box with its top-left at (x, y)."""
        self.rect(x, y, s, s, lw=lw)
        if checked:
            r = rr or rng("cb", x, y)
            self.c.setStrokeColorRGB(*color)
            self.c.setLineWidth(0.9)
            j = lambda: r.uniform(-0.35, 0.35)
            if mark == "x":
                self.c.line(
                    self.X(x + 0.4 + j()),
                    self.Y(y + 0.4 + j()),
                    self.X(x + s - 0.3 + j()),
                    self.Y(y + s - 0.2 + j()),
                )
                self.c.line(
                    self.X(x + s - 0.4 + j()),
                    self.Y(y + 0.3 + j()),
                    self.X(x + 0.3 + j()),
                    self.Y(y + s - 0.3 + j()),
                )
            elif mark == "v":
                pth = self.c.beginPath()
                pth.moveTo(self.X(x + 0.3), self.Y(y + s * 0.55))
                pth.lineTo(self.X(x + s * 0.4 + j()), self.Y(y + s - 0.2))
                pth.lineTo(self.X(x + s + 0.8 + j()), self.Y(y - 0.8 + j()))
                self.c.drawPath(pth, stroke=1, fill=0)
            else:  # typed X
                self.text(x + s / 2, y + s - 0.55, "X", "Lib-B", s * 2.4, (0, 0, 0), "c")

    def comb(self, x, y, n, cw=4.6, h=5.5, lw=0.3, color=(0.25, 0.25, 0.3)):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(lw)
        self.c.line(self.X(x), self.Y(y + h), self.X(x + n * cw), self.Y(y + h))
        for i in range(n + 1):
            top = y + (0 if i in (0, n) else h * 0.45)
            self.c.line(self.X(x + i * cw), self.Y(top), self.X(x + i * cw), self.Y(y + h))
        if True:
            self.c.line(self.X(x), self.Y(y), self.X(x), self.Y(y + h))

    def comb_fill(
        self, x, y, chars, cw=4.6, h=5.5, mode="hand", font="dkg", r=None, color=INK_BLUE, size=None
    ):
        r = r or rng("comb", x, y, chars)
        for i, ch in enumerate(chars):
            if ch == " ":
                continue
            cx = x + i * cw + cw / 2
            if mode == "hand":
                sz = (size or h * 2.5) * r.uniform(0.92, 1.08)
                self.hand_char(
                    cx + r.uniform(-0.4, 0.4),
                    y + h - 1.0 + r.uniform(-0.4, 0.3),
                    ch,
                    font,
                    sz,
                    r.uniform(-5, 5),
                    color,
                    center=True,
                )
            else:
                self.text(
                    cx,
                    y + h - 1.3,
                    ch,
                    font if font != "dkg" else "LibMono",
                    size or h * 2.1,
                    (0, 0, 0),
                    "c",
                )

    # --- handwriting
    def hand_char(self, x, y, ch, font, size, angle, color, center=False):
        if not has_glyph(font, ch):
            ch2 = strip_accents(ch)
            ch = ch2 if ch2 and has_glyph(font, ch2) else ch
            if not has_glyph(font, ch):
                font = "DejaVu"
        c = self.c
        c.saveState()
        c.setFillColorRGB(*color)
        c.translate(self.X(x), self.Y(y))
        c.rotate(angle)
        c.setFont(font, size)
        if center:
            c.drawCentredString(0, 0, ch)
        else:
            c.drawString(0, 0, ch)
        c.restoreState()
        return pdfmetrics.stringWidth(ch, font, size) / mm

    def hand(self, x, y, text, size=11, font="dkg", r=None, color=INK_BLUE, slope=0.0, spacing=1.0):
        """Jittered handwriting. Returns the x where the text ends."""
        r = r or rng("hand", x, y, text)
        drift = 0.0
        for ch in text:
            if ch == " ":
                x += size * 0.3528 * 0.33 * spacing * r.uniform(0.85, 1.25)
                continue
            drift += r.uniform(-0.08, 0.08)
            drift = max(-0.6, min(0.6, drift))
            sz = size * r.uniform(0.95, 1.05)
            adv = self.hand_char(
                x, y + drift + slope * 0, ch, font, sz, r.uniform(-3.5, 3.5) + slope, color
            )
            x += adv * spacing * r.uniform(0.97, 1.04)
        return x

    def signature(self, x, y, w=32, h=11, r=None, name="X", color=INK_BLUE):
        """A scribbled signature inside the box whose top-left is (x, y)."""
        r = r or rng("sig", name)
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setLineCap(1)
        c.setLineJoin(1)
        # initial loop
        ini = strip_accents(name.strip()[:1] or "X").upper()
        fnt = HANDS[r.randint(0, len(HANDS) - 1)]
        c.setFillColorRGB(*color)
        self.hand_char(
            x + 1, y + h * 0.78, ini, fnt, h * 2.6 * r.uniform(0.8, 1.0), r.uniform(-12, 4), color
        )
        c.setLineWidth(r.uniform(0.7, 1.1))
        px, py = x + w * 0.22, y + h * 0.62
        path = c.beginPath()
        path.moveTo(self.X(px), self.Y(py))
        n = r.randint(4, 7)
        for i in range(n):
            nx = px + w * 0.75 / n
            ny = y + h * r.uniform(0.3, 0.85)
            path.curveTo(
                self.X(px + r.uniform(0, 4)),
                self.Y(py - r.uniform(2, h * 0.6)),
                self.X(nx - r.uniform(0, 4)),
                self.Y(ny + r.uniform(1, h * 0.4)),
                self.X(nx),
                self.Y(ny),
            )
            px, py = nx, ny
        c.drawPath(path, stroke=1, fill=0)
        # underline flourish
        c.setLineWidth(0.6)
        path = c.beginPath()
        path.moveTo(self.X(x + w * 0.1), self.Y(y + h * 0.92))
        path.curveTo(
            self.X(x + w * 0.4),
            self.Y(y + h * 1.02),
            self.X(x + w * 0.7),
            self.Y(y + h * 0.75),
            self.X(x + w * r.uniform(0.85, 1.0)),
            self.Y(y + h * 0.8),
        )
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    # --- ink stamps
    def stamp(
        self,
        cx,
        cy,
        r,
        ring_text,
        inner=(),
        color=STAMP_BLUE,
        angle=0,
        alpha=0.78,
        font="Lib-B",
        star=True,
    ):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setStrokeAlpha(alpha)
        c.setFillAlpha(alpha)
        c.translate(self.X(cx), self.Y(cy))
        c.rotate(angle)
        c.setLineWidth(1.1)
        c.circle(0, 0, r * mm, stroke=1, fill=0)
        c.setLineWidth(0.5)
        c.circle(0, 0, (r - 1.0) * mm, stroke=1, fill=0)
        c.circle(0, 0, (r * 0.62) * mm, stroke=1, fill=0)
        size = r * 0.62
        rr = (r - 1.0 - size * 0.3528 * 0.95) * mm
        widths = [pdfmetrics.stringWidth(ch, font, size) * 1.08 for ch in ring_text]
        total = sum(widths) / rr
        if total > 2 * math.pi * 0.94:
            f = 2 * math.pi * 0.94 / total
            size *= f
            widths = [w_ * f for w_ in widths]
            rr = (r - 1.0 - size * 0.3528 * 0.95) * mm
            total = sum(widths) / rr
        a = math.pi / 2 + total / 2
        for ch, w_ in zip(ring_text, widths):
            a -= w_ / rr / 2
            c.saveState()
            c.translate(rr * math.cos(a), rr * math.sin(a))
            c.rotate(math.degrees(a) - 90)
            c.setFont(font, size)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
            a -= w_ / rr / 2
        lines = list(inner)
        if star and not lines:
            lines = ["★"]
        fs = max(4.0, r * 0.5)
        for i, ln in enumerate(lines):
            yy = (len(lines) - 1) * fs * 0.55 - i * fs * 1.1 - fs * 0.3
            c.setFont("DejaVu-B" if ln == "★" else font, fs)
            c.drawCentredString(0, yy, ln)
        c.restoreState()

    def rect_stamp(
        self, x, y, w, lines, color=STAMP_VIOLET, angle=0, alpha=0.8, size=7, font="Lib-B"
    ):
        c = self.c
        h = len(lines) * size * 0.3528 * 1.3 + 2.5
        c.saveState()
        c.translate(self.X(x), self.Y(y))
        c.rotate(angle)
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setStrokeAlpha(alpha)
        c.setFillAlpha(alpha)
        c.setLineWidth(1.0)
        c.rect(0, -h * mm, w * mm, h * mm, stroke=1, fill=0)
        for i, ln in enumerate(lines):
            c.setFont(font, size)
            c.drawCentredString(w * mm / 2, -(1.2 + (i + 0.8) * size * 0.3528 * 1.3) * mm, ln)
        c.restoreState()
        return h


def new_canvas(w=210.0, h=297.0):
    register_fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(w * mm, h * mm), invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return buf, c


def pdf_bytes(page_fns, size=(210.0, 297.0), title=None, creator=None, producer=None):
    buf, c = new_canvas(*size)
    if title:
        c.setTitle(title)
    if creator:
        c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    for fn in page_fns:
        p = P(c, *size)
        fn(p)
        c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------- logos (shapes + text)
def logo(p, name, x, y, s=1.0):
    """Draw a simplified brand mark with its top-left at (x, y); s scales (1 = ~12mm high)."""
    if name == "sg":
        p.rect(x, y, 9 * s, 4.5 * s, stroke=None, fill=(0.89, 0.0, 0.11))
        p.rect(x, y + 4.5 * s, 9 * s, 4.5 * s, stroke=None, fill=(0, 0, 0))
        p.rect(x + 1.8 * s, y + 3.9 * s, 5.4 * s, 1.2 * s, stroke=None, fill=(1, 1, 1))
        p.text(x + 11 * s, y + 4 * s, "SOCIETE", "Lib-B", 9 * s)
        p.text(x + 11 * s, y + 8.3 * s, "GENERALE", "Lib-B", 9 * s)
    elif name == "ca":
        teal = (0.0, 0.45, 0.45)
        p.poly([(x, y + 9 * s), (x + 4.5 * s, y), (x + 9 * s, y + 9 * s)], fill=teal)
        p.poly(
            [(x + 2.5 * s, y + 9 * s), (x + 4.5 * s, y + 5 * s), (x + 6.5 * s, y + 9 * s)],
            fill=(0.8, 0.1, 0.15),
        )
        p.text(x + 11 * s, y + 4 * s, "CRÉDIT", "Lib-B", 9 * s, teal)
        p.text(x + 11 * s, y + 8.5 * s, "AGRICOLE", "Lib-B", 9 * s, teal)
    elif name == "ce":
        red = (0.85, 0.0, 0.18)
        p.circle(x + 4.5 * s, y + 4.5 * s, 4.5 * s, stroke=None, fill=red)
        p.circle(x + 5.6 * s, y + 3.4 * s, 2.0 * s, stroke=None, fill=(1, 1, 1))
        p.text(x + 11 * s, y + 4 * s, "CAISSE", "Lib-B", 8.5 * s, red)
        p.text(x + 11 * s, y + 8.3 * s, "D'EPARGNE", "Lib-B", 8.5 * s, red)
    elif name == "lcl":
        blue = (0.0, 0.18, 0.47)
        p.circle(x + 5 * s, y + 5 * s, 5 * s, stroke=None, fill=blue)
        p.circle(x + 5 * s, y + 5 * s, 2.2 * s, stroke=None, fill=(1.0, 0.82, 0.0))
        p.text(x + 12 * s, y + 7.5 * s, "LCL", "Lib-B", 17 * s, blue)
    elif name == "total":
        cols = [
            (0.93, 0.11, 0.14),
            (1.0, 0.6, 0.0),
            (0.0, 0.55, 0.85),
            (0.35, 0.7, 0.2),
            (0.55, 0.2, 0.6),
        ]
        for i, col in enumerate(cols):
            p.circle(
                x + 5 * s + 2.2 * s * math.cos(i * 1.256),
                y + 5 * s + 2.2 * s * math.sin(i * 1.256),
                2.6 * s,
                stroke=None,
                fill=col,
            )
        p.text(x + 12 * s, y + 7 * s, "TotalEnergies", "Lib-B", 12 * s, (0.2, 0.2, 0.25))
    elif name == "engie":
        blue = (0.0, 0.67, 0.9)
        p.c.setStrokeColorRGB(*blue)
        p.c.setLineWidth(2.2 * s)
        p.c.arc(p.X(x), p.Y(y + 6 * s), p.X(x + 26 * s), p.Y(y - 4 * s), 20, 140)
        p.text(x + 2 * s, y + 10 * s, "ENGIE", "Lib-B", 15 * s, blue)
    elif name == "edf":
        org, blu = (1.0, 0.4, 0.0), (0.0, 0.2, 0.55)
        for i in range(7):
            a = math.radians(200 + i * 20)
            p.line(
                x + 5 * s,
                y + 6 * s,
                x + 5 * s + 5 * s * math.cos(a),
                y + 6 * s + 5 * s * math.sin(a),
                org,
                1.2 * s,
            )
        p.text(x + 1 * s, y + 11 * s, "edf", "Lib-B", 15 * s, blu)
    elif name == "orange":
        p.rect(x, y, 11 * s, 11 * s, stroke=None, fill=(1.0, 0.47, 0.0))
        p.rect(x + 1.5 * s, y + 8 * s, 8 * s, 1.2 * s, stroke=None, fill=(1, 1, 1))
        p.text(x + 1.5 * s, y + 7.3 * s, "orange", "Lib-B", 7 * s, (1, 1, 1))
    elif name == "sosh":
        p.text(x, y + 8 * s, "sosh", "Lato-H", 20 * s, (0.0, 0.0, 0.0))
        p.circle(x + 21 * s, y + 2.5 * s, 1.6 * s, stroke=None, fill=(1.0, 0.1, 0.45))
    elif name == "bouygues":
        blue = (0.0, 0.2, 0.55)
        for i, rr in enumerate((2.0, 1.5, 1.0)):
            p.circle(x + 2 * s + i * 4 * s, y + 3 * s, rr * s, stroke=None, fill=(0.0, 0.6, 0.85))
        p.text(x, y + 10 * s, "BOUYGUES", "Lib-B", 10 * s, blue)
        p.text(x + 0.3 * s, y + 14 * s, "TELECOM", "Lib", 8 * s, blue)
    elif name == "sfr":
        p.rect(x, y, 14 * s, 10 * s, stroke=None, fill=(0.89, 0.0, 0.1))
        p.text(x + 7 * s, y + 7.2 * s, "SFR", "Lib-B", 12 * s, (1, 1, 1), "c")
    elif name == "red":
        p.text(x, y + 9 * s, "RED", "Lib-B", 20 * s, (0.85, 0.0, 0.1))
        p.text(x + 20 * s, y + 9 * s, "by SFR", "Lib", 8 * s, (0.2, 0.2, 0.2))
    elif name == "free":
        p.text(x, y + 9 * s, "free", "Lib-B", 22 * s, (0.8, 0.0, 0.0))
    elif name == "veolia":
        p.c.setStrokeColorRGB(0.9, 0.0, 0.1)
        p.c.setLineWidth(1.6 * s)
        p.c.arc(p.X(x), p.Y(y + 6 * s), p.X(x + 8 * s), p.Y(y - 2 * s), 180, 180)
        p.text(x + 10 * s, y + 6.5 * s, "VEOLIA", "Lib-B", 13 * s, (0.9, 0.0, 0.1))
    elif name == "suez":
        p.text(x, y + 8 * s, "SUEZ", "Lib-B", 17 * s, (0.0, 0.4, 0.7))
        p.rect(x, y + 9.5 * s, 22 * s, 1 * s, stroke=None, fill=(0.5, 0.75, 0.2))
    elif name == "ameli":
        blue = (0.0, 0.32, 0.62)
        p.circle(x + 5 * s, y + 5 * s, 4.6 * s, stroke=blue, lw=1.3 * s)
        p.poly(
            [
                (x + 3 * s, y + 5 * s),
                (x + 5 * s, y + 2 * s),
                (x + 7 * s, y + 5 * s),
                (x + 5 * s, y + 8 * s),
            ],
            fill=(0.0, 0.62, 0.85),
        )
        p.text(x + 12 * s, y + 4.5 * s, "l'Assurance", "Lib-B", 10 * s, blue)
        p.text(x + 12 * s, y + 9.5 * s, "Maladie", "Lib-B", 10 * s, blue)
    elif name == "marianne":
        # bloc-marque: blue/white/red bar + REPUBLIQUE FRANCAISE
        p.rect(x, y, 3 * s, 6 * s, stroke=None, fill=(0.0, 0.13, 0.57))
        p.rect(x + 3 * s, y, 3 * s, 6 * s, stroke=(0.8, 0.8, 0.8), fill=(1, 1, 1), lw=0.1)
        p.rect(x + 6 * s, y, 3 * s, 6 * s, stroke=None, fill=(0.88, 0.0, 0.1))
        p.text(x, y + 10 * s, "RÉPUBLIQUE", "Lib-B", 7.5 * s)
        p.text(x, y + 13.3 * s, "FRANÇAISE", "Lib-B", 7.5 * s)
        p.text(x, y + 17 * s, "Liberté", "LibSerif-I", 6 * s)
        p.text(x, y + 19.5 * s, "Égalité", "LibSerif-I", 6 * s)
        p.text(x, y + 22 * s, "Fraternité", "LibSerif-I", 6 * s)
    else:
        p.text(x, y + 8, name, "Lib-B", 14)


def barcode(p, x, y, w, h, seed):
    """A 1D-barcode-like bar pattern (decorative)."""
    r = rng("bar", seed)
    xx = x
    while xx < x + w:
        bw = r.choice([0.25, 0.25, 0.5, 0.75])
        if r.random() < 0.55:
            p.rect(xx, y, bw, h, stroke=None, fill=(0, 0, 0))
        xx += bw


def datamatrix(p, x, y, s, seed, n=22):
    """A 2D-Doc-like square matrix (decorative only, not decodable)."""
    r = rng("dm", seed)
    cell = s / n
    for i in range(n):
        for j in range(n):
            on = (
                (i == n - 1)
                or (j == 0)
                or (i == 0 and j % 2 == 0)
                or (j == n - 1 and i % 2 == 1)
                or (0 < i < n - 1 and 0 < j < n - 1 and r.random() < 0.5)
            )
            if on:
                p.rect(x + j * cell, y + i * cell, cell, cell, stroke=None, fill=(0, 0, 0))
