"""Drawing layer: a thin wrapper over reportlab with a top-left origin in millimetres.

Every document is drawn as a (possibly multi-page) PDF. Text that reportlab cannot
shape or whose font it cannot embed (OCR-B and the script fonts are CFF OpenType;
Arabic needs shaping) is rendered by Pillow/raqm into an image and placed on the page.
"""

import hashlib
import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

rl_config.useA85 = 0  # binary streams: the pure-Python ASCII85 encoder is very slow

A4 = (210.0, 297.0)

_TTF = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "DejaVuSansCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuMono-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "Liberation": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Liberation-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "Liberation-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "LiberationNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "OpenSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "OpenSans-Bold": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "OpenSans-Semibold": "/usr/share/fonts/truetype/open-sans/OpenSans-Semibold.ttf",
    "OpenSans-Light": "/usr/share/fonts/truetype/open-sans/OpenSans-Light.ttf",
    "OpenSans-Italic": "/usr/share/fonts/truetype/open-sans/OpenSans-Italic.ttf",
    "Roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-Bold": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-Medium": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Roboto-Light": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "RobotoCond": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoCond-Bold": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "Lato-Bold": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "Lato-Black": "/usr/share/fonts/truetype/lato/Lato-Black.ttf",
    "Lato-Italic": "/usr/share/fonts/truetype/lato/Lato-Italic.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Carlito-Italic": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
    "Caladea-Italic": "/usr/share/fonts/truetype/crosextra/Caladea-Italic.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "Caladea-Bold": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "FreeSerif": "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "FreeSerif-Bold": "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
    "FreeSerif-Italic": "/usr/share/fonts/truetype/freefont/FreeSerifItalic.ttf",
    "FreeSans": "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "FreeSans-Bold": "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    "FreeMono": "/usr/share/fonts/truetype/freefont/FreeMono.ttf",
    # handwriting-like TrueType fonts
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "Breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "Femke": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Rufscript": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "Ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "HumorSans": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
}

# fonts only Pillow can draw (CFF outlines, complex shaping)
PIL_FONTS = {
    "OCRB": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "Dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "Kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "Amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "Amiri-Bold": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "WQY": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "NimbusSans-Bold": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf",
    "ComicNeue": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
}

HAND_FONTS = [
    "dkg",
    "Breip",
    "Rufscript",
    "HumorSans",
]  # Femke is an outline face, Ecolier a small cursive

_registered = False
_coverage = {}


def has_glyph(font, ch):
    key = (font, ch)
    if key not in _coverage:
        try:
            _coverage[key] = ord(ch) in pdfmetrics.getFont(font).face.charToGlyph
        except Exception:
            _coverage[key] = True
    return _coverage[key]


_ACCENTS = {
    "\u0301": "acute",
    "\u0300": "grave",
    "\u0302": "circ",
    "\u0308": "diaer",
    "\u0327": "cedil",
}


def register_fonts():
    global _registered
    if _registered:
        return
    for name, path in _TTF.items():
        pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFont(TTFont("WQY", PIL_FONTS["WQY"], subfontIndex=0))
    _registered = True


def rng_for(*keys):
    h = hashlib.sha256("|".join(str(k) for k in keys).encode()).digest()
    return np.random.default_rng(int.from_bytes(h[:8], "little"))


def col(c):
    if isinstance(c, str):
        return HexColor(c)
    if isinstance(c, tuple):
        if len(c) == 4:
            return Color(c[0], c[1], c[2], alpha=c[3])
        return Color(*c)
    return c


_pil_font_cache = {}


def pil_font(name, px):
    key = (name, px)
    if key not in _pil_font_cache:
        path = PIL_FONTS.get(name) or _TTF.get(name)
        _pil_font_cache[key] = ImageFont.truetype(path, px)
    return _pil_font_cache[key]


def pil_text_image(
    text, font, size_pt, color=(0, 0, 0), px_per_mm=24, direction=None, spacing_mm=None
):
    """Render one line with Pillow; returns (RGBA image, width_mm, height_mm, ascent_mm)."""
    px = max(4, int(round(size_pt * 0.3528 * px_per_mm)))
    f = pil_font(font, px)
    kw = {}
    if direction:
        kw["direction"] = direction
    if spacing_mm is not None:
        # monospaced pitch (MRZ): draw char by char
        pitch = spacing_mm * px_per_mm
        asc, desc = f.getmetrics()
        w = int(math.ceil(pitch * len(text))) + 4
        h = asc + desc + 4
        img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        d = ImageDraw.Draw(img)
        for i, ch in enumerate(text):
            d.text((2 + i * pitch, 2), ch, font=f, fill=tuple(color) + (255,))
        return img, w / px_per_mm, h / px_per_mm, (asc + 2) / px_per_mm
    bbox = f.getbbox(text, **kw)
    asc, desc = f.getmetrics()
    w = max(1, bbox[2] - min(0, bbox[0]) + 6)
    h = asc + desc + 6
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.text((3 - min(0, bbox[0]), 3), text, font=f, fill=tuple(color) + (255,), **kw)
    return img, w / px_per_mm, h / px_per_mm, (asc + 3) / px_per_mm


class Pdf:
    """Multi-page PDF with mm coordinates measured from the top-left corner."""

    def __init__(self, size=A4, title=None, author=None, seed="x"):
        register_fonts()
        self.buf = io.BytesIO()
        self.W, self.H = size
        self.c = rl_canvas.Canvas(
            self.buf, pagesize=(self.W * mm, self.H * mm), invariant=1, pageCompression=1
        )
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        self.c.setCreator("")
        self.c.setProducer("")
        self.rng = rng_for("pdf", seed)
        self.page_no = 1

    # ---------------------------------------------------------- basics
    def Y(self, y):
        return (self.H - y) * mm

    def new_page(self, size=None):
        self.c.showPage()
        if size:
            self.W, self.H = size
            self.c.setPageSize((self.W * mm, self.H * mm))
        self.page_no += 1

    def finish(self):
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()

    def text(
        self,
        x,
        y,
        s,
        font="Liberation",
        size=9,
        color="#000000",
        align="left",
        char_space=0,
        angle=0,
    ):
        c = self.c
        c.saveState()
        c.setFillColor(col(color))
        c.setFont(font, size)
        if angle:
            c.translate(x * mm, self.Y(y))
            c.rotate(angle)
            x0, y0 = 0, 0
        else:
            x0, y0 = x * mm, self.Y(y)
        if char_space:
            t = c.beginText(x0, y0)
            t.setFont(font, size)
            t.setCharSpace(char_space)
            w = pdfmetrics.stringWidth(s, font, size) + char_space * len(s)
            if align == "right":
                t.setTextOrigin(x0 - w, y0)
            elif align == "center":
                t.setTextOrigin(x0 - w / 2, y0)
            t.textLine(s)
            c.drawText(t)
        elif align == "right":
            c.drawRightString(x0, y0, s)
        elif align == "center":
            c.drawCentredString(x0, y0, s)
        else:
            c.drawString(x0, y0, s)
        c.restoreState()

    def width(self, s, font="Liberation", size=9):
        return pdfmetrics.stringWidth(s, font, size) / mm

    def fit_text(self, x, y, s, w, font="Liberation", size=9, **kw):
        while size > 4 and self.width(s, font, size) > w:
            size -= 0.25
        self.text(x, y, s, font=font, size=size, **kw)

    def lines(
        self, x, y, rows, font="Liberation", size=9, leading=None, color="#000000", align="left"
    ):
        leading = leading or size * 0.3528 * 1.25
        for i, r in enumerate(rows):
            if r:
                self.text(x, y + i * leading, r, font=font, size=size, color=color, align=align)
        return y + len(rows) * leading

    def wrap(self, s, w, font="Liberation", size=9):
        out = []
        for para in s.split("\n"):
            words = para.split(" ")
            cur = ""
            for wd in words:
                t = (cur + " " + wd).strip()
                if self.width(t, font, size) <= w or not cur:
                    cur = t
                else:
                    out.append(cur)
                    cur = wd
            out.append(cur)
        return out

    def para(
        self, x, y, w, s, font="Liberation", size=9, leading=None, color="#000000", justify=False
    ):
        leading = leading or size * 0.3528 * 1.3
        rows = self.wrap(s, w, font, size)
        for i, r in enumerate(rows):
            yy = y + i * leading
            last = (i == len(rows) - 1) or (i + 1 < len(rows) and rows[i + 1] == "")
            if justify and not last and " " in r:
                words = r.split(" ")
                gap = (w - self.width(r.replace(" ", ""), font, size)) / (len(words) - 1)
                xx = x
                for wd in words:
                    self.text(xx, yy, wd, font=font, size=size, color=color)
                    xx += self.width(wd, font, size) + gap
            else:
                self.text(x, yy, r, font=font, size=size, color=color)
        return y + len(rows) * leading

    def rich(self, x, y, w, runs, size=9, leading=None, color="#000000"):
        """Wrap a list of (text, font) runs as one paragraph; returns the y after it."""
        leading = leading or size * 0.3528 * 1.3
        words = []
        for txt, font in runs:
            for i, wd in enumerate(txt.split(" ")):
                if wd:
                    words.append((wd, font))
        xx, yy = x, y
        space = self.width(" ", "Liberation", size)
        for wd, font in words:
            ww = self.width(wd, font, size)
            if xx > x and xx + ww > x + w:
                xx = x
                yy += leading
            self.text(xx, yy, wd, font=font, size=size, color=color)
            xx += ww + space
        return yy + leading

    def rect(self, x, y, w, h, stroke="#000000", fill=None, lw=0.5, radius=0, dash=None):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        if stroke:
            c.setStrokeColor(col(stroke))
        if fill:
            c.setFillColor(col(fill))
        args = (x * mm, self.Y(y + h), w * mm, h * mm)
        if radius:
            c.roundRect(*args, radius * mm, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(*args, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.restoreState()

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.5, dash=None):
        c = self.c
        c.saveState()
        c.setStrokeColor(col(color))
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x1 * mm, self.Y(y1), x2 * mm, self.Y(y2))
        c.restoreState()

    def hline(self, x1, x2, y, **kw):
        self.line(x1, y, x2, y, **kw)

    def circle(self, x, y, r, stroke="#000000", fill=None, lw=0.5):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColor(col(stroke))
        if fill:
            c.setFillColor(col(fill))
        c.circle(x * mm, self.Y(y), r * mm, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.restoreState()

    def ellipse(self, x1, y1, x2, y2, stroke=None, fill="#000000", lw=0.5):
        c = self.c
        c.saveState()
        if stroke:
            c.setStrokeColor(col(stroke))
            c.setLineWidth(lw)
        if fill:
            c.setFillColor(col(fill))
        c.ellipse(
            x1 * mm,
            self.Y(y1),
            x2 * mm,
            self.Y(y2),
            stroke=1 if stroke else 0,
            fill=1 if fill else 0,
        )
        c.restoreState()

    def polygon(self, pts, stroke=None, fill="#000000", lw=0.5):
        c = self.c
        c.saveState()
        p = c.beginPath()
        p.moveTo(pts[0][0] * mm, self.Y(pts[0][1]))
        for x, y in pts[1:]:
            p.lineTo(x * mm, self.Y(y))
        p.close()
        if stroke:
            c.setStrokeColor(col(stroke))
            c.setLineWidth(lw)
        if fill:
            c.setFillColor(col(fill))
        c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.restoreState()

    def polyline(self, pts, color="#000000", lw=0.4):
        c = self.c
        c.saveState()
        c.setStrokeColor(col(color))
        c.setLineWidth(lw)
        c.setLineCap(1)
        c.setLineJoin(1)
        p = c.beginPath()
        p.moveTo(pts[0][0] * mm, self.Y(pts[0][1]))
        for x, y in pts[1:]:
            p.lineTo(x * mm, self.Y(y))
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def image(self, img, x, y, w=None, h=None):
        """Place a PIL image; top-left at (x, y) mm."""
        if w is None and h is None:
            raise ValueError
        if w is None:
            w = h * img.width / img.height
        if h is None:
            h = w * img.height / img.width
        self.c.drawImage(ImageReader(img), x * mm, self.Y(y + h), w * mm, h * mm, mask="auto")
        return w, h

    def pil_text(
        self, x, y, s, font, size, color=(0, 0, 0), align="left", direction=None, spacing_mm=None
    ):
        """y is the baseline, like text()."""
        if isinstance(color, str):
            color = tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))
        img, w, h, asc = pil_text_image(
            s, font, size, color, direction=direction, spacing_mm=spacing_mm
        )
        if align == "right":
            x = x - w
        elif align == "center":
            x = x - w / 2
        self.image(img, x, y - asc, w=w, h=h)
        return w

    # ---------------------------------------------------------- form widgets
    def checkbox(self, x, y, s=3.2, checked=False, mark="X", hand=False, color="#000000", lw=0.5):
        self.rect(x, y, s, s, lw=lw, stroke=color)
        if checked:
            if hand:
                r = self.rng
                pts1 = [
                    (x - 0.3 + r.uniform(-0.3, 0.3), y - 0.2),
                    (x + s + 0.4, y + s + 0.3 + r.uniform(-0.3, 0.3)),
                ]
                pts2 = [
                    (x + s + 0.2, y - 0.4 + r.uniform(-0.3, 0.3)),
                    (x - 0.2 + r.uniform(-0.3, 0.3), y + s + 0.3),
                ]
                self.polyline(pts1, color="#1a2a7a", lw=1.0)
                self.polyline(pts2, color="#1a2a7a", lw=1.0)
            elif mark == "X":
                self.text(
                    x + s / 2,
                    y + s * 0.82,
                    "X",
                    font="Liberation-Bold",
                    size=s * 2.4,
                    align="center",
                )
            else:
                self.polyline(
                    [(x + 0.5, y + s * 0.55), (x + s * 0.4, y + s - 0.5), (x + s - 0.4, y + 0.4)],
                    lw=0.8,
                )

    def comb(
        self,
        x,
        y,
        n,
        cell=5.0,
        h=6.0,
        chars="",
        font="Liberation",
        size=11,
        hand_font=None,
        color="#000000",
        ink="#1a2a7a",
        sep_after=(),
    ):
        xx = x
        for i in range(n):
            self.rect(xx, y, cell, h, lw=0.4, stroke=color)
            if i < len(chars) and chars[i] != " ":
                if hand_font:
                    j = self.rng
                    cw = self.width(
                        chars[i] if has_glyph(hand_font, chars[i]) else chars[i][0], hand_font, size
                    )
                    self.glyph(
                        xx + cell / 2 - cw / 2 + j.uniform(-0.4, 0.4),
                        y + h * 0.78 + j.uniform(-0.4, 0.3),
                        chars[i],
                        hand_font,
                        size,
                        ink,
                        angle=j.uniform(-4, 4),
                    )
                else:
                    self.text(
                        xx + cell / 2,
                        y + h * 0.75,
                        chars[i],
                        font=font,
                        size=size,
                        align="center",
                        color=ink,
                    )
            xx += cell
            if i in sep_after:
                xx += cell * 0.5
        return xx

    # ---------------------------------------------------------- handwriting
    def glyph(self, x, y, ch, font, size, color, angle=0.0):
        """One hand-written character; accents missing from the font are drawn as pen strokes."""
        if has_glyph(font, ch):
            self.text(x, y, ch, font=font, size=size, color=color, angle=angle)
            return
        import unicodedata

        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], [_ACCENTS.get(m) for m in d[1:]]
        if not has_glyph(font, base):
            self.text(x, y, ch, font="dkg", size=size, color=color, angle=angle)
            return
        self.text(x, y, base, font=font, size=size, color=color, angle=angle)
        w = self.width(base, font, size)
        em = size * 0.3528
        top = y - em * (0.70 if base.isupper() else 0.50)
        cx = x + w * 0.5
        lw = max(0.25, size * 0.035)
        for m in marks:
            if m == "acute":
                self.polyline(
                    [(cx - em * 0.06, top - em * 0.06), (cx + em * 0.1, top - em * 0.24)],
                    color=color,
                    lw=lw,
                )
            elif m == "grave":
                self.polyline(
                    [(cx - em * 0.1, top - em * 0.24), (cx + em * 0.06, top - em * 0.06)],
                    color=color,
                    lw=lw,
                )
            elif m == "circ":
                self.polyline(
                    [
                        (cx - em * 0.14, top - em * 0.08),
                        (cx, top - em * 0.3),
                        (cx + em * 0.14, top - em * 0.08),
                    ],
                    color=color,
                    lw=lw,
                )
            elif m == "diaer":
                for dx in (-0.12, 0.12):
                    self.circle(cx + em * dx, top - em * 0.16, em * 0.04, stroke=None, fill=color)
            elif m == "cedil":
                self.polyline(
                    [
                        (cx, y + em * 0.02),
                        (cx + em * 0.08, y + em * 0.14),
                        (cx - em * 0.06, y + em * 0.24),
                    ],
                    color=color,
                    lw=lw,
                )

    def hand(
        self, x, y, s, font="dkg", size=12, ink="#1a2a7a", slope=0.0, jitter=0.35, spacing=1.0
    ):
        """Jittered handwriting: each glyph is drawn with a small offset / rotation."""
        if font in PIL_FONTS:
            return self.pil_text(x, y, s, font, size, color=ink)
        r = self.rng
        xx = x
        base = y
        for ch in s:
            if ch == " ":
                xx += self.width(" ", font, size) * spacing * r.uniform(0.9, 1.3)
                continue
            base += r.normal(0, jitter * 0.25) - slope
            self.glyph(
                xx,
                base + r.normal(0, jitter * 0.3),
                ch,
                font,
                size * r.uniform(0.95, 1.05),
                ink,
                angle=r.normal(0, 3),
            )
            wch = ch
            if not has_glyph(font, ch):
                import unicodedata

                wch = unicodedata.normalize("NFD", ch)[0]
            xx += self.width(wch, font, size) * spacing * r.uniform(0.96, 1.05)
        return xx

    def signature(self, x, y, w=35, h=12, seed="sig", ink="#13235f", lw=0.55, initials=None):
        """A scribbled signature made of smooth random strokes inside (x, y, w, h)."""
        r = rng_for("signature", seed)
        pts = []
        n = int(r.integers(6, 10))
        t = np.linspace(0, 1, n * 12)
        cx = np.interp(t, np.linspace(0, 1, n), np.sort(r.uniform(0, 1, n)))
        freq = r.uniform(5, 9)
        amp = r.uniform(0.25, 0.45)
        cy = 0.5 + amp * np.sin(2 * np.pi * freq * t + r.uniform(0, 6)) * np.exp(
            -t * r.uniform(0.3, 1.5)
        )
        cy += 0.15 * np.sin(2 * np.pi * r.uniform(1, 2) * t)
        xs = x + cx * w * 0.85 + np.sin(2 * np.pi * freq * t) * w * 0.02
        ys = y + cy * h
        pts = list(zip(xs.tolist(), ys.tolist()))
        self.polyline(pts, color=ink, lw=lw)
        # a flourish underline
        u = np.linspace(0, 1, 30)
        fx = x + w * (0.05 + 0.9 * u)
        fy = y + h * (0.92 - 0.25 * u + 0.08 * np.sin(u * 6))
        self.polyline(list(zip(fx.tolist(), fy.tolist())), color=ink, lw=lw * 0.9)
        if initials:
            self.hand(x + w * 0.05, y + h * 0.6, initials, font="Kaushan", size=h * 1.3, ink=ink)

    # ---------------------------------------------------------- stamps and decorations
    def stamp(
        self,
        x,
        y,
        r,
        top="",
        bottom="",
        center="",
        color="#2a3c9a",
        angle=0,
        font="Liberation-Bold",
        size=6,
        double=True,
        alpha=0.85,
    ):
        c = self.c
        colr = col(color)
        colr = Color(colr.red, colr.green, colr.blue, alpha=alpha)
        c.saveState()
        c.translate(x * mm, self.Y(y))
        c.rotate(angle)
        c.setStrokeColor(colr)
        c.setFillColor(colr)
        c.setLineWidth(0.9)
        c.circle(0, 0, r * mm, stroke=1, fill=0)
        if double:
            c.setLineWidth(0.5)
            c.circle(0, 0, (r - 1.6) * mm, stroke=1, fill=0)
        for txt, sign in ((top, 1), (bottom, -1)):
            if not txt:
                continue
            n = len(txt)
            span = min(170, n * size * 0.75 * 57.3 / (r * mm))
            for i, ch in enumerate(txt):
                a = (
                    90 + sign * (span / 2 - span * (i + 0.5) / n)
                    if sign > 0
                    else -90 - (span / 2 - span * (i + 0.5) / n)
                )
                rad = math.radians(a)
                rr = (
                    (r - 1.6 - size * 0.3528 * 0.95) * mm
                    if sign > 0
                    else (r - 1.6 - size * 0.3528 * 0.05 - 0.6) * mm
                )
                c.saveState()
                c.translate(rr * math.cos(rad), rr * math.sin(rad))
                c.rotate(a - 90 if sign > 0 else a + 90)
                c.setFont(font, size)
                c.drawCentredString(0, 0, ch)
                c.restoreState()
        if center == "★":
            pts = []
            for k in range(10):
                rr = (r * 0.32 if k % 2 == 0 else r * 0.13) * mm
                a = math.pi / 2 + k * math.pi / 5
                pts.append((rr * math.cos(a), rr * math.sin(a)))
            path = c.beginPath()
            path.moveTo(*pts[0])
            for q in pts[1:]:
                path.lineTo(*q)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        elif center:
            rows = center.split("\n")
            for i, row in enumerate(rows):
                c.setFont(font, size * 1.05)
                c.drawCentredString(0, (len(rows) / 2 - i - 0.8) * size * 1.15, row)
        c.restoreState()

    def rect_stamp(
        self, x, y, w, h, rows, color="#7a1a1a", angle=0, font="Liberation-Bold", size=7, alpha=0.85
    ):
        c = self.c
        colr = col(color)
        colr = Color(colr.red, colr.green, colr.blue, alpha=alpha)
        c.saveState()
        c.translate(x * mm, self.Y(y))
        c.rotate(angle)
        c.setStrokeColor(colr)
        c.setFillColor(colr)
        c.setLineWidth(1.0)
        c.rect(0, -h * mm, w * mm, h * mm, stroke=1, fill=0)
        for i, row in enumerate(rows):
            c.setFont(font, size)
            c.drawCentredString(w * mm / 2, -(i + 1) * size * 1.25 - 1.5 * mm + 2, row)
        c.restoreState()

    def guilloche(self, x, y, w, h, color="#c9d6e8", n=26, lw=0.25, seed="g", waves=3.0):
        r = rng_for("guilloche", seed)
        ph = r.uniform(0, 6)
        for k in range(n):
            t = np.linspace(0, 1, 120)
            xs = x + t * w
            ys = (
                y
                + h * (k + 0.5) / n
                + (h / n) * 1.8 * np.sin(2 * np.pi * waves * t + ph + k * 0.45)
            )
            ys = np.clip(ys, y, y + h)
            self.polyline(list(zip(xs.tolist(), ys.tolist())), color=color, lw=lw)

    def portrait(self, x, y, w, h, seed="face", bg="#d9dde3", skin=None, hair=None, grey=False):
        """A stylised head-and-shoulders photo made of ellipses."""
        r = rng_for("portrait", seed)
        skins = ["#f1c9a5", "#e0ac69", "#c68642", "#8d5524", "#f6d7c3", "#b37c56"]
        hairs = ["#1b1b1b", "#3b2a1e", "#5a3b22", "#8a6b48", "#2a2a2a", "#b89c6a"]
        skin = skin or skins[int(r.integers(0, len(skins)))]
        hair = hair or hairs[int(r.integers(0, len(hairs)))]
        if grey:

            def g(cc):
                cc = HexColor(cc)
                v = 0.3 * cc.red + 0.59 * cc.green + 0.11 * cc.blue
                return Color(v, v, v)

            skin, hair, bg2, shirt = g(skin), g(hair), g(bg), g("#3b4a6b")
        else:
            bg2 = bg
            shirt = ["#3b4a6b", "#6b3b3b", "#2f5a3a", "#444444", "#7a6a50"][int(r.integers(0, 5))]
        self.c.saveState()
        clip = self.c.beginPath()
        clip.rect(x * mm, self.Y(y + h), w * mm, h * mm)
        self.c.clipPath(clip, stroke=0, fill=0)
        self.rect(x, y, w, h, stroke=None, fill=bg2)
        cx = x + w / 2
        # shoulders
        self.ellipse(x - w * 0.05, y + h * 0.72, x + w * 1.05, y + h * 1.35, fill=shirt)
        # neck
        self.rect(cx - w * 0.11, y + h * 0.55, w * 0.22, h * 0.22, stroke=None, fill=skin)
        # hair back
        self.ellipse(cx - w * 0.3, y + h * 0.12, cx + w * 0.3, y + h * 0.62, fill=hair)
        # face
        self.ellipse(cx - w * 0.24, y + h * 0.18, cx + w * 0.24, y + h * 0.66, fill=skin)
        # hair top
        self.ellipse(cx - w * 0.26, y + h * 0.1, cx + w * 0.26, y + h * 0.3, fill=hair)
        # eyes, mouth
        ey = y + h * 0.40
        self.ellipse(cx - w * 0.13, ey - h * 0.015, cx - w * 0.06, ey + h * 0.015, fill="#222222")
        self.ellipse(cx + w * 0.06, ey - h * 0.015, cx + w * 0.13, ey + h * 0.015, fill="#222222")
        self.line(cx - w * 0.08, y + h * 0.56, cx + w * 0.08, y + h * 0.56, color="#7a3b3b", lw=0.6)
        self.c.restoreState()

    def fill_page(self, color):
        self.rect(0, 0, self.W, self.H, stroke=None, fill=color)

    def watermark(
        self, s, x, y, size=40, color=(0.85, 0.85, 0.85), angle=35, font="Liberation-Bold"
    ):
        self.text(x, y, s, font=font, size=size, color=Color(*color), angle=angle, align="center")


def fr_date(iso, style="num"):
    y, m, d = iso.split("-")
    months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    if style == "num":
        return "%s/%s/%s" % (d, m, y)
    if style == "long":
        dd = int(d)
        return "%s %s %s" % ("1er" if dd == 1 else str(dd), months[int(m) - 1], y)
    if style == "dot":
        return "%s.%s.%s" % (d, m, y)
    if style == "month":
        return "%s %s" % (months[int(m) - 1], y)
    if style == "short":
        return "%s/%s/%s" % (d, m, y[2:])
    raise ValueError(style)


MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MONTHS_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]


def en_date(iso, style="long"):
    y, m, d = iso.split("-")
    if style == "long":
        return "%s %s %s" % (int(d), MONTHS_EN[int(m) - 1], y)
    if style == "us":
        return "%s %d, %s" % (MONTHS_EN[int(m) - 1], int(d), y)
    if style == "mdy":
        return "%s/%s/%s" % (m, d, y)
    if style == "passport":
        mon = MONTHS_EN[int(m) - 1][:3].upper()
        return "%s %s %s" % (d, mon, y)
    raise ValueError(style)


def add_months(iso, n):
    y, m, d = (int(v) for v in iso.split("-"))
    m0 = m - 1 + n
    y += m0 // 12
    m = m0 % 12 + 1
    dim = [
        31,
        29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][m - 1]
    return "%04d-%02d-%02d" % (y, m, min(d, dim))


def add_days(iso, n):
    import datetime

    d = datetime.date.fromisoformat(iso) + datetime.timedelta(days=n)
    return d.isoformat()


def month_end(iso):
    import calendar

    y, m = int(iso[:4]), int(iso[5:7])
    return "%04d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1])


def money(v):
    s = "%.2f" % v
    ent, dec = s.split(".")
    ent = f"{int(ent):,}".replace(",", "\u202f" if False else " ")
    return ent + "," + dec
