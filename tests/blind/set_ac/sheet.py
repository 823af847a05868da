"""Vector page description rendered either to a raster (PIL) or to a text PDF (reportlab).

A ``Sheet`` is a list of drawing operations in millimetres, origin top-left, y growing down.
Text y is the baseline. The same sheet can be rasterised (then degraded into a scan, a phone
photo, an image PDF) or written as a PDF with a real text layer.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "sansb": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "sansi": F + "truetype/liberation/LiberationSans-Italic.ttf",
    "narrow": F + "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": F + "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "serif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "serifi": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": F + "truetype/dejavu/DejaVuSansMono.ttf",
    "dejavu": F + "truetype/dejavu/DejaVuSans.ttf",
    "dejavub": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavuc": F + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "roboto": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "latob": F + "truetype/lato/Lato-Bold.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "openb": F + "truetype/open-sans/OpenSans-Bold.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlitob": F + "truetype/crosextra/Carlito-Bold.ttf",
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "amiri": F + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": F + "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "hand1": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "hand2": F + "truetype/femkeklaver/femkeklaver.ttf",
    "hand3": F + "opentype/dancingscript/DancingScript-Regular.otf",
    "hand4": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "courier": F + "truetype/freefont/FreeMono.ttf",
}
# Fonts reportlab can embed (TrueType outlines); the others are raster only.
PDF_OK = {k for k, v in FONTS.items() if v.endswith(".ttf") and k not in ("amiri", "amirib")}

_PIL_CACHE: dict = {}
_RL_DONE: set = set()


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px)))
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(FONTS[name], max(4, key[1]))
    return _PIL_CACHE[key]


def rl_font(name: str) -> str:
    if name not in PDF_OK:
        raise ValueError(f"font {name} cannot go in a text PDF")
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _RL_DONE.add(name)
    return "F_" + name


def text_width_mm(s: str, font: str, size: float) -> float:
    f = pil_font(font, size * 10)  # 10 px per pt -> width in pt*10
    return f.getlength(s) / 10 * 25.4 / 72


class Sheet:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    # -- primitives -------------------------------------------------------------------
    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), anchor="l", jitter=None):
        """anchor: l (left), r (right), c (centre). jitter: Random for handwriting wobble."""
        if jitter is not None:
            # handwriting: each word on its own slightly wavy baseline
            words = s.split(" ")
            cx = x
            if anchor != "l":
                tw = text_width_mm(s, font, size)
                cx = x - tw if anchor == "r" else x - tw / 2
            for wd in words:
                dy = jitter.uniform(-0.35, 0.35)
                self.ops.append(("text", cx, y + dy, wd, font, size, color, "l"))
                cx += text_width_mm(wd + " ", font, size) * jitter.uniform(0.97, 1.06)
            return
        self.ops.append(("text", x, y, s, font, size, color, anchor))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, width))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), width=0.25):
        self.ops.append(("line", x1, y1, x2, y2, color, width))

    def poly(self, pts, color=(0, 0, 0), width=0.3, fill=None):
        self.ops.append(("poly", list(pts), color, width, fill))

    def ellipse(self, x, y, w, h, stroke=None, fill=(0, 0, 0), width=0.25):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, width))

    # -- composites -------------------------------------------------------------------
    def para(self, x, y, s, width, font="sans", size=9.5, lead=None, color=(0, 0, 0)):
        """Left-aligned wrapped paragraph; returns the y after it."""
        lead = lead or size * 0.42
        line = ""
        for word in s.split():
            trial = (line + " " + word).strip()
            if text_width_mm(trial, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def box(self, x, y, label, chars, cell=4.2, font="sans", size=7):
        """Comb of boxes (CERFA style)."""
        if label:
            self.text(x, y - 1, label, font, size)
        for i in range(chars):
            self.rect(x + i * cell, y, cell, cell * 1.15, width=0.18)

    def signature(self, x, y, rng: random.Random, w=30, h=9, color=(20, 30, 120)):
        pts = []
        n = rng.randint(5, 8)
        for i in range(n * 6):
            t = i / (n * 6 - 1)
            px = x + t * w + math.sin(t * n * math.pi * 2) * rng.uniform(1, 3)
            py = y + math.cos(t * n * math.pi * 1.3 + rng.random()) * h / 2 * rng.uniform(0.5, 1)
            pts.append((px, py))
        self.poly(pts, color, width=0.45)
        self.poly([(x + w * 0.1, y + h * 0.45), (x + w * 1.05, y + h * 0.25)], color, width=0.35)

    def stamp(self, x, y, r, lines, color=(60, 70, 160)):
        """Round administrative stamp."""
        self.ellipse(x - r, y - r, 2 * r, 2 * r, stroke=color, fill=None, width=0.5)
        self.ellipse(x - r + 1.6, y - r + 1.6, 2 * r - 3.2, 2 * r - 3.2, stroke=color, fill=None)
        for i, s in enumerate(lines):
            self.text(x, y - (len(lines) - 1) * 1.6 + i * 3.2 + 1, s, "sansb", 6.5, color, "c")

    def photo(self, x, y, w, h, rng: random.Random, tone=None):
        """Passport-style portrait placeholder: background, head and shoulders."""
        bgc = (228, 232, 236)
        self.rect(x, y, w, h, stroke=None, fill=bgc)
        tone = tone or rng.choice([(198, 160, 130), (160, 118, 90), (120, 84, 62), (220, 186, 160)])
        hair = rng.choice([(30, 25, 22), (60, 40, 30), (20, 20, 20)])
        sx = [0.08, 0.14, 0.26, 0.5, 0.74, 0.86, 0.92]
        sy = [1.0, 0.86, 0.78, 0.76, 0.78, 0.86, 1.0]
        self.poly([(x + w * a, y + h * b) for a, b in zip(sx, sy)], fill=(70, 72, 80))
        self.ellipse(x + w * 0.27, y + h * 0.14, w * 0.46, h * 0.56, fill=hair)
        self.ellipse(x + w * 0.3, y + h * 0.22, w * 0.4, h * 0.5, fill=tone)
        self.rect(x + w * 0.42, y + h * 0.66, w * 0.16, h * 0.1, stroke=None, fill=tone)

    # -- renderers --------------------------------------------------------------------
    def raster(self, dpi: float) -> Image.Image:
        k = dpi / 25.4
        img = Image.new("RGB", (int(round(self.w * k)), int(round(self.h * k))), self.bg)
        d = ImageDraw.Draw(img)
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor = op
                f = pil_font(font, size * dpi / 72)
                a = {"l": "ls", "r": "rs", "c": "ms"}[anchor]
                d.text((x * k, y * k), s, font=f, fill=color, anchor=a)
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, width = op
                d.rectangle(
                    [x * k, y * k, (x + w) * k, (y + h) * k],
                    fill=fill,
                    outline=stroke,
                    width=max(1, int(round(width * k))) if stroke else 0,
                )
            elif kind == "line":
                _, x1, y1, x2, y2, color, width = op
                d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=color, width=max(1, round(width * k)))
            elif kind == "poly":
                _, pts, color, width, fill = op
                pp = [(px * k, py * k) for px, py in pts]
                if fill:
                    d.polygon(pp, fill=fill)
                else:
                    d.line(pp, fill=color, width=max(1, round(width * k)), joint="curve")
            elif kind == "ellipse":
                _, x, y, w, h, stroke, fill, width = op
                d.ellipse(
                    [x * k, y * k, (x + w) * k, (y + h) * k],
                    fill=fill,
                    outline=stroke,
                    width=max(1, round(width * k)),
                )
        return img

    def draw_pdf(self, c: rl_canvas.Canvas) -> None:
        H = self.h
        pt = 72 / 25.4
        c.setFillColorRGB(*[v / 255 for v in self.bg])
        c.rect(0, 0, self.w * pt, H * pt, stroke=0, fill=1)
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor = op
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                X, Y = x * pt, (H - y) * pt
                {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[anchor](
                    X, Y, s
                )
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, width = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(width * pt)
                c.rect(
                    x * pt, (H - y - h) * pt, w * pt, h * pt, stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )  # fmt: skip
            elif kind == "line":
                _, x1, y1, x2, y2, color, width = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(width * pt)
                c.line(x1 * pt, (H - y1) * pt, x2 * pt, (H - y2) * pt)
            elif kind == "poly":
                _, pts, color, width, fill = op
                p = c.beginPath()
                p.moveTo(pts[0][0] * pt, (H - pts[0][1]) * pt)
                for px, py in pts[1:]:
                    p.lineTo(px * pt, (H - py) * pt)
                if fill:
                    p.close()
                    c.setFillColorRGB(*[v / 255 for v in fill])
                    c.drawPath(p, stroke=0, fill=1)
                else:
                    c.setStrokeColorRGB(*[v / 255 for v in color])
                    c.setLineWidth(width * pt)
                    c.drawPath(p, stroke=1, fill=0)
            elif kind == "ellipse":
                _, x, y, w, h, stroke, fill, width = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(width * pt)
                c.ellipse(
                    x * pt, (H - y - h) * pt, (x + w) * pt, (H - y) * pt,
                    stroke=1 if stroke else 0, fill=1 if fill else 0,
                )  # fmt: skip


def write_text_pdf(path: str, sheets: list, title: str = "", author: str = "") -> None:
    c = rl_canvas.Canvas(
        path, invariant=1, pagesize=(sheets[0].w * 72 / 25.4, sheets[0].h * 72 / 25.4)
    )
    c.setTitle(title)
    c.setAuthor(author)
    for s in sheets:
        c.setPageSize((s.w * 72 / 25.4, s.h * 72 / 25.4))
        s.draw_pdf(c)
        c.showPage()
    c.save()


def write_image_pdf(path: str, images: list, dpi: float = 200, quality: int = 80) -> None:
    """Scanner PDF: one JPEG per page, no text layer."""
    first = images[0]
    c = rl_canvas.Canvas(
        path, invariant=1, pagesize=(first.width * 72 / dpi, first.height * 72 / dpi)
    )
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()
