"""A tiny page description layer with two back ends: Pillow (raster) and reportlab (text PDF).

Coordinates are millimetres from the top-left corner; text y is the baseline.
"""

from __future__ import annotations

import io
import math
import random
import unicodedata

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

TT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": TT + "liberation/LiberationSans-Regular.ttf",
    "sans-b": TT + "liberation/LiberationSans-Bold.ttf",
    "sans-i": TT + "liberation/LiberationSans-Italic.ttf",
    "narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": TT + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": TT + "liberation/LiberationMono-Regular.ttf",
    "mono-b": TT + "liberation/LiberationMono-Bold.ttf",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavu-b": TT + "dejavu/DejaVuSans-Bold.ttf",
    "dejavu-c": TT + "dejavu/DejaVuSansCondensed.ttf",
    "dserif": TT + "dejavu/DejaVuSerif.ttf",
    "dserif-b": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "lato-b": TT + "lato/Lato-Bold.ttf",
    "lato-l": TT + "lato/Lato-Light.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "open-b": TT + "open-sans/OpenSans-Bold.ttf",
    "open-sb": TT + "open-sans/OpenSans-Semibold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-m": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-b": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "rcond": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "rcond-b": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlito-b": TT + "crosextra/Carlito-Bold.ttf",
    "caladea": TT + "crosextra/Caladea-Regular.ttf",
    "caladea-b": TT + "crosextra/Caladea-Bold.ttf",
    "free-serif": TT + "freefont/FreeSerif.ttf",
    "free-mono": TT + "freefont/FreeMono.ttf",
    "amiri": OT + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": OT + "fonts-hosny-amiri/Amiri-Bold.ttf",
    # raster only (CFF .otf)
    "ocrb": OT + "ocr-b/OCRB.otf",
    "nimbus": OT + "urw-base35/NimbusSans-Regular.otf",
    "nimbus-b": OT + "urw-base35/NimbusSans-Bold.otf",
    # handwriting
    "h-ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "h-femke": TT + "femkeklaver/femkeklaver.ttf",
    "h-ruf": TT + "rufscript/Rufscript010.ttf",
    "h-dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "h-kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
}

NO_ACCENTS = {"h-ruf"}
PT = 25.4 / 72.0  # one point in mm
_PIL_CACHE: dict = {}


def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    k = (key, px)
    if k not in _PIL_CACHE:
        _PIL_CACHE[k] = ImageFont.truetype(FONTS[key], max(px, 4))
    return _PIL_CACHE[k]


def text_width(key: str, size: float, s: str) -> float:
    """Width in mm of s at size points."""
    f = pil_font(key, 200)
    return f.getlength(s) / 200.0 * size * PT


class Page:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    # -- primitives -------------------------------------------------------
    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor))

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, width))

    def circle(self, cx, cy, r, stroke=(0, 0, 0), fill=None, width=0.3):
        self.ops.append(("circle", cx, cy, r, stroke, fill, width))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def stroke(self, pts, color=(20, 30, 90)):
        """pts: list of (x, y, width_mm)."""
        self.ops.append(("stroke", pts, color))

    # -- helpers ----------------------------------------------------------
    def para(self, x, y, width, s, font="sans", size=10, leading=None, color=(0, 0, 0)):
        """Wrap s into lines of at most width mm; returns the y after the last line."""
        leading = leading or size * 1.25 * PT
        for part in s.split("\n"):
            words, line = part.split(" "), ""
            for w in words:
                cand = (line + " " + w).strip()
                if text_width(font, size, cand) > width and line:
                    self.text(x, y, line, font, size, color)
                    y += leading
                    line = w
                else:
                    line = cand
            self.text(x, y, line, font, size, color)
            y += leading
        return y

    def field(self, x, y, label, value, lfont="sans", vfont="sans-b", size=9, gap=1.5, color=None):
        self.text(x, y, label, lfont, size, color or (60, 60, 60))
        lw = text_width(lfont, size, label)
        self.text(x + lw + gap, y, value, vfont, size)

    def hand(self, x, y, s, rng: random.Random, font="h-ecolier", size=13, color=(25, 35, 110)):
        """Handwritten-looking text: per-word jitter of baseline and size."""
        if font in NO_ACCENTS:  # this hand does not write accents (and the font has none)
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        for w in s.split(" "):
            sz = size * rng.uniform(0.94, 1.06)
            self.text(x, y + rng.uniform(-0.5, 0.5), w, font, sz, color)
            x += text_width(font, sz, w + " ") * rng.uniform(0.98, 1.1)
        return x

    def signature(self, x, y, rng: random.Random, scale=1.0, color=(20, 30, 100)):
        for st in make_signature(rng, scale):
            self.stroke([(x + a, y + b, w) for a, b, w in st], color)


def make_signature(rng: random.Random, scale=1.0):
    """A few pen strokes: a looped name-like scrawl plus an underline flourish."""
    strokes = []
    x = 0.0
    n_loops = rng.randint(4, 7)
    pts = []
    amp = rng.uniform(3.0, 5.0) * scale
    for i in range(n_loops * 12):
        t = i / 12.0
        x = t * rng.uniform(3.2, 4.0) * scale
        yy = (
            -amp
            * abs(math.sin(t * math.pi * rng.uniform(0.9, 1.1)))
            * (1.2 if i % 24 < 12 else 0.7)
        )
        yy += math.sin(t * 0.8) * 1.2 * scale
        w = 0.25 + 0.3 * abs(math.sin(t * 1.7 + rng.random()))
        pts.append((x + rng.uniform(-0.15, 0.15), yy + rng.uniform(-0.15, 0.15), w * scale))
    strokes.append(pts)
    # first-letter big loop
    cx, cy, r = rng.uniform(-1, 2), -amp * 0.8, amp * 0.9
    loop = []
    for i in range(30):
        a = i / 29 * 2 * math.pi * 1.1
        loop.append(
            (cx + r * 0.6 * math.cos(a), cy + r * math.sin(a), (0.3 + 0.25 * math.sin(a)) * scale)
        )
    strokes.append(loop)
    # underline flourish (bezier)
    x0, x1 = -2 * scale, x + rng.uniform(2, 6) * scale
    y0 = rng.uniform(1.5, 3.0) * scale
    ctl = (x1 * 0.5, y0 + rng.uniform(2, 4) * scale)
    fl = []
    for i in range(25):
        t = i / 24
        bx = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * ctl[0] + t * t * x1
        by = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * ctl[1] + t * t * (y0 - 3 * scale)
        fl.append((bx, by, (0.15 + 0.45 * math.sin(t * math.pi)) * scale))
    strokes.append(fl)
    return strokes


# ---------------------------------------------------------------------------
# Pillow back end
# ---------------------------------------------------------------------------
def render_pil(page: Page, dpi: int = 200) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)

    def P(v):
        return round(v * k)

    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor = op
            f = pil_font(font, round(size * PT * k))
            a = {"l": "ls", "r": "rs", "c": "ms"}[anchor]
            d.text((P(x), P(y)), s, font=f, fill=color, anchor=a)
        elif kind == "line":
            _, x1, y1, x2, y2, w, color = op
            d.line([(P(x1), P(y1)), (P(x2), P(y2))], fill=color, width=max(1, P(w)))
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [P(x), P(y), P(x + w), P(y + h)],
                outline=stroke,
                fill=fill,
                width=max(1, P(lw)) if stroke else 0,
            )
        elif kind == "circle":
            _, cx, cy, r, stroke, fill, lw = op
            d.ellipse(
                [P(cx - r), P(cy - r), P(cx + r), P(cy + r)],
                outline=stroke,
                fill=fill,
                width=max(1, P(lw)),
            )
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.resize((max(1, P(w)), max(1, P(h))), Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2, (P(x), P(y)), im2)
            else:
                img.paste(im2.convert("RGB"), (P(x), P(y)))
        elif kind == "stroke":
            _, pts, color = op
            for (xa, ya, wa), (xb, yb, wb) in zip(pts, pts[1:], strict=False):
                wpx = max(1, round((wa + wb) / 2 * k))
                d.line([(P(xa), P(ya)), (P(xb), P(yb))], fill=color, width=wpx)
                r = wpx / 2
                d.ellipse([P(xb) - r, P(yb) - r, P(xb) + r, P(yb) + r], fill=color)
    return img


# ---------------------------------------------------------------------------
# reportlab back end
# ---------------------------------------------------------------------------
_RL_DONE: set = set()


def _rl_font(key):
    if key not in _RL_DONE:
        pdfmetrics.registerFont(TTFont(key, FONTS[key]))
        _RL_DONE.add(key)
    return key


def render_pdf(pages: list[Page], title="document", author="") -> bytes:
    buf = io.BytesIO()
    mm = 72 / 25.4
    c = rl_canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "")
    for page in pages:
        c.setPageSize((page.w * mm, page.h * mm))
        H = page.h

        def X(v):
            return v * mm

        def Y(v, H=H):
            return (H - v) * mm

        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor = op
                c.setFont(_rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                if anchor == "l":
                    c.drawString(X(x), Y(y), s)
                elif anchor == "r":
                    c.drawRightString(X(x), Y(y), s)
                else:
                    c.drawCentredString(X(x), Y(y), s)
            elif kind == "line":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w * mm)
                c.line(X(x1), Y(y1), X(x2), Y(y2))
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * mm)
                c.rect(
                    X(x), Y(y + h), w * mm, h * mm, stroke=1 if stroke else 0, fill=1 if fill else 0
                )
            elif kind == "circle":
                _, cx, cy, r, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * mm)
                c.circle(X(cx), Y(cy), r * mm, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == "image":
                _, x, y, w, h, im = op
                mask = "auto" if im.mode == "RGBA" else None
                c.drawImage(ImageReader(im), X(x), Y(y + h), w * mm, h * mm, mask=mask)
            elif kind == "stroke":
                _, pts, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineCap(1)
                for (xa, ya, wa), (xb, yb, wb) in zip(pts, pts[1:], strict=False):
                    c.setLineWidth((wa + wb) / 2 * mm)
                    c.line(X(xa), Y(ya), X(xb), Y(yb))
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
# stamps, seals, logos (RGBA rasters)
# ---------------------------------------------------------------------------
def round_stamp(
    lines_ring: str, center: list[str], rng: random.Random, color=(40, 60, 160), px=420
):
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = px / 2
    alpha = rng.randint(150, 210)
    col = color + (alpha,)
    d.ellipse([8, 8, px - 8, px - 8], outline=col, width=7)
    d.ellipse([60, 60, px - 60, px - 60], outline=col, width=3)
    f = pil_font("sans-b", int(px * 0.075))
    n = len(lines_ring)
    for i, ch in enumerate(lines_ring):
        a = -math.pi / 2 + (i - n / 2) / n * 2 * math.pi * 0.92
        ch_img = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(ch_img).text((30, 30), ch, font=f, fill=col, anchor="mm")
        ch_img = ch_img.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        r = c - 34
        img.alpha_composite(ch_img, (int(c + r * math.cos(a) - 30), int(c + r * math.sin(a) - 30)))
    fc = pil_font("sans-b", int(px * 0.07))
    y0 = c - (len(center) - 1) * px * 0.045
    for j, t in enumerate(center):
        d.text((c, y0 + j * px * 0.09), t, font=fc, fill=col, anchor="mm")
    return img.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def box_stamp(lines: list[str], rng: random.Random, color=(170, 30, 40), w=900, font="sans-b"):
    h = 70 + 58 * len(lines)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = color + (rng.randint(150, 215),)
    d.rectangle([6, 6, w - 6, h - 6], outline=col, width=6)
    for i, t in enumerate(lines):
        d.text((w / 2, 60 + i * 58), t, font=pil_font(font, 40), fill=col, anchor="mm")
    return img.rotate(rng.uniform(-4, 4), expand=True, resample=Image.BICUBIC)


def emboss_seal(rng: random.Random, text: str, px=500):
    """A raised paper seal: light grey rings with text, for certificates."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = (120, 120, 120, 90)
    for r in range(0, 40, 8):
        d.ellipse([10 + r, 10 + r, px - 10 - r, px - 10 - r], outline=col, width=3)
    for i in range(48):
        a = i / 48 * 2 * math.pi
        d.line(
            [
                (px / 2 + 150 * math.cos(a), px / 2 + 150 * math.sin(a)),
                (px / 2 + 190 * math.cos(a), px / 2 + 190 * math.sin(a)),
            ],
            fill=col,
            width=3,
        )
    d.text((px / 2, px / 2), text, font=pil_font("serif-b", 40), fill=col, anchor="mm")
    return img.rotate(rng.uniform(0, 360), resample=Image.BICUBIC)


def qr_like(rng: random.Random, n=29, px=290):
    """A QR-looking pattern (not decodable): finder squares plus random modules."""
    cell = px // n
    img = Image.new("RGB", (n * cell, n * cell), "white")
    d = ImageDraw.Draw(img)
    for yy in range(n):
        for xx in range(n):
            if rng.random() < 0.5:
                d.rectangle(
                    [xx * cell, yy * cell, xx * cell + cell - 1, yy * cell + cell - 1], fill="black"
                )
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle([ox * cell, oy * cell, (ox + 8) * cell - 1, (oy + 8) * cell - 1], fill="white")
        d.rectangle([ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1], fill="black")
        d.rectangle(
            [(ox + 1) * cell, (oy + 1) * cell, (ox + 6) * cell - 1, (oy + 6) * cell - 1],
            fill="white",
        )
        d.rectangle(
            [(ox + 2) * cell, (oy + 2) * cell, (ox + 5) * cell - 1, (oy + 5) * cell - 1],
            fill="black",
        )
    return img
