"""Page model with two back ends: vector PDF (reportlab) and raster (Pillow).

A Page holds drawing operations in millimetres from the top-left corner. The same page can be
written as a PDF with a text layer or rasterised and then aged into a scan, a phone photo or a
scanner PDF (see looks.py).
"""

from __future__ import annotations

import io
import logging
import random
import unicodedata
from functools import cache

from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

logging.getLogger("fontTools").setLevel(logging.ERROR)
PT = 25.4 / 72.0  # mm per point
_T = "/usr/share/fonts/truetype/"
_O = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": _T + "liberation/LiberationSans-Regular.ttf",
    "sans-b": _T + "liberation/LiberationSans-Bold.ttf",
    "sans-i": _T + "liberation/LiberationSans-Italic.ttf",
    "serif": _T + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": _T + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": _T + "liberation/LiberationSerif-Italic.ttf",
    "mono": _T + "liberation/LiberationMono-Regular.ttf",
    "mono-b": _T + "liberation/LiberationMono-Bold.ttf",
    "narrow": _T + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": _T + "liberation/LiberationSansNarrow-Bold.ttf",
    "dejavu": _T + "dejavu/DejaVuSans.ttf",
    "dejavu-b": _T + "dejavu/DejaVuSans-Bold.ttf",
    "dejavuserif": _T + "dejavu/DejaVuSerif.ttf",
    "dejavuserif-b": _T + "dejavu/DejaVuSerif-Bold.ttf",
    "dejavucond": _T + "dejavu/DejaVuSansCondensed.ttf",
    "dejavucond-b": _T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "roboto": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": _T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robotocond": _T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotocond-b": _T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "opensans": _T + "open-sans/OpenSans-Regular.ttf",
    "opensans-b": _T + "open-sans/OpenSans-Bold.ttf",
    "opensans-sb": _T + "open-sans/OpenSans-Semibold.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "lato-b": _T + "lato/Lato-Bold.ttf",
    "carlito": _T + "crosextra/Carlito-Regular.ttf",
    "carlito-b": _T + "crosextra/Carlito-Bold.ttf",
    "caladea": _T + "crosextra/Caladea-Regular.ttf",
    "caladea-b": _T + "crosextra/Caladea-Bold.ttf",
    "freeserif": _T + "freefont/FreeSerif.ttf",
    "cjk": _T + "wqy/wqy-microhei.ttc",
    "amiri": _O + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "ocrb": _O + "ocr-b/OCRB.otf",
    "bookman": _O + "urw-base35/URWBookman-Light.otf",
    "gothic-b": _O + "urw-base35/URWGothic-Demi.otf",
    "z003": _O + "urw-base35/Z003-MediumItalic.otf",
}
# solid-stroke handwriting and script fonts (no outline fonts)
HANDS = {
    "dancing": _O + "dancingscript/DancingScript-Regular.otf",
    "kaushan": _O + "kaushanscript/KaushanScript-Regular.otf",
    "dkg": _T + "fifthhorseman/dkg.ttf",
    "dkgbd": _T + "fifthhorseman/dkgBd.ttf",
    "breip": _T + "breip/Breip.ttf",
    "ecolier": _T + "ecolier-court/Ecolier-court.ttf",
    "z003": _O + "urw-base35/Z003-MediumItalic.otf",
}
ALL_FONTS = {**FONTS, **{"h:" + k: v for k, v in HANDS.items()}}
_PDF_OK = {k for k, v in FONTS.items() if v.endswith(".ttf")}
_REGISTERED: set[str] = set()


@cache
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(ALL_FONTS[key], max(4, px))


@cache
def cmap(key: str) -> frozenset:
    return frozenset(FTFont(ALL_FONTS[key], fontNumber=0, lazy=True).getBestCmap().keys())


def fold_missing(s: str, key: str) -> str:
    """Drop accents a font cannot draw (people writing by hand often drop them too)."""
    cm = cmap(key)
    out = []
    for ch in s:
        if ord(ch) in cm or ch == " ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base if ord(base) in cm else "")
    return "".join(out)


def text_width(s: str, size: float, font: str = "sans") -> float:
    """Width in mm of s at size points."""
    return pil_font(font, 200).getlength(s) * size / 200.0 * PT


def wrap(s: str, width: float, size: float, font: str = "sans") -> list[str]:
    lines: list[str] = []
    for para in s.split("\n"):
        cur = ""
        for w in para.split(" "):
            t = (cur + " " + w).strip()
            if cur and text_width(t, size, font) > width:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
    return lines


class Page:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list[tuple] = []
        self.fs = 1.0  # font scale (phone screens use larger type)

    def text(self, x, y, s, size=9.0, font="sans", color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), size * self.fs, font, color, anchor))

    def para(self, x, y, width, s, size=9.0, font="sans", color=(0, 0, 0), lead=1.3):
        for line in wrap(s, width, size * self.fs, font):
            self.text(x, y, line, size, font, color)
            y += size * self.fs * PT * lead
        return y

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def ellipse(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def img(self, x, y, w, h, im: Image.Image):
        self.ops.append(("img", x, y, w, h, im))

    def hand(self, x, y, s, size=12.0, font="dkg", color=(20, 30, 110), seed=0, anchor="l"):
        """Handwritten text: per-glyph jitter, pen-like solid strokes."""
        self.ops.append(("hand", x, y, str(s), size, font, color, seed, anchor))

    def checkbox(self, x, y, size=3.2, checked=False, lw=0.25):
        self.rect(x, y, size, size, lw=lw)
        if checked:
            self.line(x + 0.6, y + 0.6, x + size - 0.6, y + size - 0.6, lw=0.35)
            self.line(x + 0.6, y + size - 0.6, x + size - 0.6, y + 0.6, lw=0.35)


# ---------------------------------------------------------------- handwriting


def hand_layer(s: str, font: str, px: float, color, seed: int) -> tuple[Image.Image, int]:
    """Render handwriting to an RGBA layer; returns (layer, baseline y in the layer)."""
    rng = random.Random(seed)
    key = "h:" + font
    s = fold_missing(s, key)
    base = pil_font(key, int(px))
    pad = int(px * 0.8)
    width = int(base.getlength(s) * 1.15 + 2 * pad + 4)
    height = int(px * 2.2)
    lay = Image.new("RGBA", (max(width, 8), height), (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    x = pad
    baseline = int(px * 1.4)
    stroke = 1 if px > 26 else 0
    drift = 0.0
    for ch in s:
        sz = int(px * rng.uniform(0.93, 1.07))
        f = pil_font(key, sz)
        drift += rng.uniform(-0.025, 0.025) * px
        drift = max(-0.12 * px, min(0.12 * px, drift))
        dy = drift + rng.uniform(-0.04, 0.04) * px
        ink = tuple(max(0, min(255, c + rng.randint(-12, 12))) for c in color)
        d.text(
            (x, baseline + dy),
            ch,
            font=f,
            fill=ink + (240,),
            anchor="ls",
            stroke_width=stroke,
            stroke_fill=ink + (200,),
        )
        x += f.getlength(ch) * rng.uniform(0.96, 1.08) + (px * 0.05 if ch == " " else 0)
    lay = lay.crop((0, 0, int(x + pad), height))
    ang = rng.uniform(-2.2, 2.2)
    cx, cy = pad, baseline
    lay = lay.rotate(ang, resample=Image.BICUBIC, center=(cx, cy))
    return lay, baseline


def signature_image(name: str, seed: int, color=(15, 25, 100), px=90) -> Image.Image:
    """A handwritten signature: a scribbled name in a script font plus a flourish."""
    rng = random.Random(seed)
    font = rng.choice(["dancing", "kaushan", "z003", "dancing"])
    parts = name.split()
    if rng.random() < 0.5 and len(parts) > 1:
        txt = parts[0][0] + ". " + parts[-1].capitalize()
    else:
        txt = parts[-1].capitalize() if parts else "X"
    lay, base = hand_layer(txt, font, px, color, seed)
    w, h = lay.size
    im = Image.new("RGBA", (w + 60, h + 30), (0, 0, 0, 0))
    im.alpha_composite(lay, (20, 10))
    d = ImageDraw.Draw(im)
    pts = []
    x0, y0 = 20 + rng.randint(0, 30), 10 + base + rng.randint(5, 20)
    n = 30
    for i in range(n):
        t = i / (n - 1)
        pts.append(
            (x0 + t * (w + 20), y0 + rng.uniform(-3, 3) - 18 * t * (1 - t) * rng.choice([1, -1]))
        )
    d.line(pts, fill=color + (230,), width=max(2, px // 28), joint="curve")
    return im


def stamp_image(lines: list[str], ring: str, color, seed: int, px=360, rect=False) -> Image.Image:
    """A rubber stamp (round with text on the ring, or rectangular) with uneven ink."""
    rng = random.Random(seed)
    im = Image.new("RGBA", (px, px if not rect else int(px * 0.55)), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    w, h = im.size
    ink = color + (235,)
    if rect:
        d.rectangle((4, 4, w - 5, h - 5), outline=ink, width=5)
        d.rectangle((12, 12, w - 13, h - 13), outline=ink, width=2)
        fy = h / (len(lines) + 1)
        for i, t in enumerate(lines):
            f = pil_font("sans-b", int(fy * 0.55))
            d.text((w / 2, fy * (i + 1)), t, font=f, fill=ink, anchor="mm")
    else:
        d.ellipse((4, 4, w - 5, h - 5), outline=ink, width=6)
        d.ellipse((int(w * 0.2), int(h * 0.2), int(w * 0.8), int(h * 0.8)), outline=ink, width=3)
        f = pil_font("sans-b", int(px * 0.075))
        n = len(ring)
        import math

        for i, ch in enumerate(ring):
            a = math.pi * (0.95 + 1.1 * i / max(1, n - 1))
            r = px * 0.39
            cx, cy = w / 2 + r * math.cos(a), h / 2 + r * math.sin(a)
            g = Image.new("RGBA", (int(px * 0.12), int(px * 0.12)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=ink, anchor="mm")
            g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            im.alpha_composite(g, (int(cx - g.width / 2), int(cy - g.height / 2)))
        fs = int(px * 0.07)
        for i, t in enumerate(lines):
            y = h / 2 + (i - (len(lines) - 1) / 2) * fs * 1.2
            d.text((w / 2, y), t, font=pil_font("sans-b", fs), fill=ink, anchor="mm")
    # uneven ink: punch random holes in the alpha channel
    a = im.getchannel("A")
    noise = Image.effect_noise(im.size, 90).point(lambda v: 255 if v > 70 else 120)
    from PIL import ImageChops

    a = ImageChops.multiply(a, noise)
    im.putalpha(a)
    return im.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC, expand=True)


# ---------------------------------------------------------------- raster back end


def rasterize(page: Page, dpi: float) -> Image.Image:
    k = dpi / 25.4
    im = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, font, color, anchor = op
            f = pil_font(font, round(size * dpi / 72))
            d.text(
                (x * k, y * k),
                s,
                font=f,
                fill=color,
                anchor={"l": "ls", "r": "rs", "c": "ms"}[anchor],
            )
        elif kind in ("rect", "ellipse"):
            _, x, y, w, h, stroke, fill, lw = op
            box = (x * k, y * k, (x + w) * k, (y + h) * k)
            width = max(1, round(lw * k)) if stroke else 0
            fn = d.rectangle if kind == "rect" else d.ellipse
            fn(box, fill=fill, outline=stroke, width=width)
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            width = max(1, round(lw * k))
            if dash:
                _dashed(d, x1 * k, y1 * k, x2 * k, y2 * k, dash[0] * k, dash[1] * k, color, width)
            else:
                d.line((x1 * k, y1 * k, x2 * k, y2 * k), fill=color, width=width)
        elif kind == "img":
            _, x, y, w, h, src = op
            sz = (max(1, round(w * k)), max(1, round(h * k)))
            s2 = src.resize(sz, Image.LANCZOS)
            if s2.mode == "RGBA":
                im.paste(s2, (round(x * k), round(y * k)), s2)
            else:
                im.paste(s2.convert("RGB"), (round(x * k), round(y * k)))
        elif kind == "hand":
            _, x, y, s, size, font, color, seed, anchor = op
            lay, base = hand_layer(s, font, size * dpi / 72, color, seed)
            px = x * k - {"l": lay.width * 0.0, "r": lay.width, "c": lay.width / 2}[anchor]
            px -= size * dpi / 72 * 0.8 if anchor == "l" else 0
            im.paste(lay, (round(px), round(y * k - base)), lay)
    return im


def _dashed(d, x1, y1, x2, y2, on, off, color, width):
    import math

    length = math.hypot(x2 - x1, y2 - y1)
    if length == 0:
        return
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    t = 0.0
    while t < length:
        e = min(length, t + on)
        d.line((x1 + ux * t, y1 + uy * t, x1 + ux * e, y1 + uy * e), fill=color, width=width)
        t = e + off


# ---------------------------------------------------------------- PDF back end


def _reg(key: str) -> str:
    if key not in _REGISTERED:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _REGISTERED.add(key)
    return "F_" + key


def _rgb(c):
    return tuple(v / 255.0 for v in c)


def draw_pdf_page(c: canvas.Canvas, page: Page, acro=None) -> None:
    H = page.h
    mm = 72 / 25.4
    c.setPageSize((page.w * mm, page.h * mm))
    if page.bg != (255, 255, 255):
        c.setFillColorRGB(*_rgb(page.bg))
        c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, font, color, anchor = op
            if font not in _PDF_OK:
                _pdf_text_as_image(c, op, H)
                continue
            c.setFont(_reg(font), size)
            c.setFillColorRGB(*_rgb(color))
            fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[anchor]
            fn(x * mm, (H - y) * mm, s)
        elif kind in ("rect", "ellipse"):
            _, x, y, w, h, stroke, fill, lw = op
            c.setLineWidth(lw * mm)
            if stroke:
                c.setStrokeColorRGB(*_rgb(stroke))
            if fill:
                c.setFillColorRGB(*_rgb(fill))
            if kind == "rect":
                c.rect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            else:
                c.ellipse(
                    x * mm,
                    (H - y - h) * mm,
                    (x + w) * mm,
                    (H - y) * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            c.setLineWidth(lw * mm)
            c.setStrokeColorRGB(*_rgb(color))
            c.setDash([dash[0] * mm, dash[1] * mm] if dash else [])
            c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            c.setDash([])
        elif kind == "img":
            _, x, y, w, h, src = op
            c.drawImage(ImageReader(src), x * mm, (H - y - h) * mm, w * mm, h * mm, mask="auto")
        elif kind == "hand":
            _, x, y, s, size, font, color, seed, anchor = op
            dpi = 300
            lay, base = hand_layer(s, font, size * dpi / 72, color, seed)
            k = 25.4 / dpi
            w, h = lay.width * k, lay.height * k
            x0 = x - {"l": size * PT * 0.8, "r": w, "c": w / 2}[anchor]
            c.drawImage(
                ImageReader(lay),
                x0 * mm,
                (H - (y - base * k) - h) * mm,
                w * mm,
                h * mm,
                mask="auto",
            )
    if acro:
        acro(c, page)


def _pdf_text_as_image(c, op, H):
    _, x, y, s, size, font, color, anchor = op
    dpi = 300
    f = pil_font(font, round(size * dpi / 72))
    w = int(f.getlength(s)) + 8
    h = int(size * dpi / 72 * 1.6)
    lay = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(lay).text((4, h * 0.75), s, font=f, fill=color + (255,), anchor="ls")
    k = 25.4 / dpi
    mm = 72 / 25.4
    x0 = x - {"l": 0, "r": w * k, "c": w * k / 2}[anchor] - 4 * k
    c.drawImage(
        ImageReader(lay), x0 * mm, (H - y - h * 0.25 * k) * mm, w * k * mm, h * k * mm, mask="auto"
    )


def pdf_bytes(pages: list[Page], title: str = "", author: str = "", acro=None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
        c.setCreator(author)
    for p in pages:
        draw_pdf_page(c, p, acro)
        c.showPage()
    c.save()
    return buf.getvalue()


def images_pdf_bytes(
    images: list[Image.Image], dpi: float, quality: int = 80, producer=""
) -> bytes:
    """A scanner's PDF: each page one JPEG image, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    if producer:
        c.setCreator(producer)
    mm = 72 / 25.4
    for im in images:
        w, h = im.width / dpi * 25.4, im.height / dpi * 25.4
        c.setPageSize((w * mm, h * mm))
        jb = io.BytesIO()
        im.convert("RGB").save(jb, "JPEG", quality=quality)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, w * mm, h * mm)
        c.showPage()
    c.save()
    return buf.getvalue()
