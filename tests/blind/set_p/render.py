"""Page model with two back ends: reportlab (text PDF) and Pillow (raster)."""

from __future__ import annotations

import io
import os

from PIL import Image, ImageDraw, ImageFont

FD = "/usr/share/fonts/truetype/"
FO = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf",
    "sans-b": FD + "dejavu/DejaVuSans-Bold.ttf",
    "sansc": FD + "dejavu/DejaVuSansCondensed.ttf",
    "sansc-b": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": FD + "dejavu/DejaVuSerif.ttf",
    "serif-b": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "lib": FD + "liberation/LiberationSans-Regular.ttf",
    "lib-b": FD + "liberation/LiberationSans-Bold.ttf",
    "libn": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "libn-b": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "times": FD + "liberation/LiberationSerif-Regular.ttf",
    "times-b": FD + "liberation/LiberationSerif-Bold.ttf",
    "times-i": FD + "liberation/LiberationSerif-Italic.ttf",
    "mono": FD + "liberation/LiberationMono-Regular.ttf",
    "mono-b": FD + "liberation/LiberationMono-Bold.ttf",
    "courier": FD + "freefont/FreeMono.ttf",
    "free": FD + "freefont/FreeSans.ttf",
    "free-b": FD + "freefont/FreeSansBold.ttf",
    "freeserif": FD + "freefont/FreeSerif.ttf",
    "freeserif-b": FD + "freefont/FreeSerifBold.ttf",
    "lato": FD + "lato/Lato-Regular.ttf",
    "lato-b": FD + "lato/Lato-Bold.ttf",
    "lato-l": FD + "lato/Lato-Light.ttf",
    "open": FD + "open-sans/OpenSans-Regular.ttf",
    "open-b": FD + "open-sans/OpenSans-Bold.ttf",
    "open-sb": FD + "open-sans/OpenSans-Semibold.ttf",
    "roboto": FD + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": FD + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": FD + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robotoc": FD + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": FD + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": FD + "crosextra/Carlito-Regular.ttf",
    "carlito-b": FD + "crosextra/Carlito-Bold.ttf",
    "caladea": FD + "crosextra/Caladea-Regular.ttf",
    "caladea-b": FD + "crosextra/Caladea-Bold.ttf",
    "cjk": FD + "wqy/wqy-zenhei.ttc",
    "arabic": FO + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "arabic-b": FO + "fonts-hosny-amiri/Amiri-Bold.ttf",
    "ocrb": FO + "ocr-b/OCRB.otf",
    # handwriting
    "hand1": FO + "dancingscript/DancingScript-Regular.otf",
    "hand2": FO + "kaushanscript/KaushanScript-Regular.otf",
    "hand3": FD + "ecolier-court/Ecolier-court.ttf",
    "hand4": FD + "femkeklaver/femkeklaver.ttf",
    "hand5": FD + "rufscript/Rufscript010.ttf",
    "hand6": FO + "comic-neue/ComicNeue-Regular.otf",
    "hand7": FD + "humor-sans/Humor-Sans.ttf",
}
HANDS = ["hand1", "hand2", "hand3", "hand4", "hand5", "hand6", "hand7"]
# fonts that reportlab cannot embed (CFF / complex script): drawn as images in text PDFs
_RASTER_IN_PDF = {"hand1", "hand2", "hand6", "ocrb", "arabic", "arabic-b"}
_PDF_REG: set[str] = set()
_PIL_CACHE: dict = {}


def pil_font(name: str, px: float):
    key = (name, int(round(px)))
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(FONTS[name], max(4, key[1]))
    return _PIL_CACHE[key]


def text_width(s: str, font: str, size: float) -> float:
    f = pil_font(font, size * 4)
    return f.getlength(s) / 4.0


class Page:
    """A page in points, origin top-left. Ops are replayed by both back ends."""

    def __init__(self, w: float = 595.0, h: float = 842.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list[tuple] = []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), align="l", rtl=False):
        if s is None or s == "":
            return
        self.ops.append(("text", x, y, str(s), font, size, color, align, rtl))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6, r=0):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw, r))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6):
        self.ops.append(("line", x1, y1, x2, y2, color, lw))

    def poly(self, pts, color=(0, 0, 0), lw=1.0):
        self.ops.append(("poly", list(pts), color, lw))

    def ellipse(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.8):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def image(self, img: Image.Image, x, y, w, h):
        self.ops.append(("image", img, x, y, w, h))

    def para(self, x, y, s, width, font="sans", size=10, lead=None, color=(0, 0, 0)):
        """Word-wrapped paragraph; returns the y after it."""
        lead = lead or size * 1.35
        line = ""
        for word in s.split():
            trial = (line + " " + word).strip()
            if text_width(trial, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def kv(self, x, y, label, value, lfont, vfont, size, mode="beside", gap=None, vsize=None):
        """A label/value pair: beside, above (label over value) or cell (boxed)."""
        vsize = vsize or size
        if mode == "above":
            self.text(x, y, label, lfont, size * 0.8, (70, 70, 70))
            self.text(x, y + vsize * 1.25, value, vfont, vsize)
            return y + size * 0.8 + vsize * 1.9
        if mode == "cell":
            w = gap or 250
            self.rect(x - 3, y - size - 3, w, size * 2.9 + 4, (90, 90, 90), None, 0.5)
            self.text(x, y, label, lfont, size * 0.75, (60, 60, 60))
            self.text(x + 4, y + vsize * 1.3, value, vfont, vsize)
            return y + size * 3.2
        lw = gap if gap else text_width(label, lfont, size) + 6
        self.text(x, y, label, lfont, size)
        self.text(x + lw, y, value, vfont, vsize)
        return y + max(size, vsize) * 1.55


def _pil_draw(img: Image.Image, page: Page, sc: float):
    d = ImageDraw.Draw(img)
    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, s, font, size, color, align, rtl = op
            f = pil_font(font, size * sc)
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            kw = {"direction": "rtl"} if rtl else {}
            try:
                d.text((x * sc, y * sc), s, fill=tuple(color), font=f, anchor=anchor, **kw)
            except (KeyError, ValueError):
                d.text((x * sc, y * sc), s, fill=tuple(color), font=f, anchor=anchor)
        elif k == "rect":
            _, x, y, w, h, stroke, fill, lw, r = op
            box = [x * sc, y * sc, (x + w) * sc, (y + h) * sc]
            width = max(1, int(round(lw * sc))) if stroke else 0
            if r:
                d.rounded_rectangle(box, r * sc, fill=fill, outline=stroke, width=width)
            else:
                d.rectangle(box, fill=fill, outline=stroke, width=width)
        elif k == "line":
            _, x1, y1, x2, y2, color, lw = op
            d.line([x1 * sc, y1 * sc, x2 * sc, y2 * sc], fill=color, width=max(1, int(lw * sc)))
        elif k == "poly":
            _, pts, color, lw = op
            d.line([(a * sc, b * sc) for a, b in pts], fill=color, width=max(1, int(lw * sc)))
        elif k == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            d.ellipse(
                [x * sc, y * sc, (x + w) * sc, (y + h) * sc],
                fill=fill,
                outline=stroke,
                width=max(1, int(lw * sc)),
            )
        elif k == "image":
            _, im, x, y, w, h = op
            size = (max(1, int(w * sc)), max(1, int(h * sc)))
            im2 = im.convert("RGBA").resize(size, Image.LANCZOS)
            img.paste(im2, (int(x * sc), int(y * sc)), im2)


def to_image(page: Page, dpi: float = 200) -> Image.Image:
    sc = dpi / 72.0
    img = Image.new("RGB", (int(page.w * sc), int(page.h * sc)), page.bg)
    _pil_draw(img, page, sc)
    return img


def _reg(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name not in _PDF_REG:
        path = FONTS[name]
        if path.endswith(".ttc"):
            pdfmetrics.registerFont(TTFont("F_" + name, path, subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont("F_" + name, path))
        _PDF_REG.add(name)
    return "F_" + name


def _needs_raster(s: str, font: str) -> bool:
    return font in _RASTER_IN_PDF or any("\u0590" <= ch <= "\u08ff" for ch in s)


def to_pdf(pages: list[Page], path: str, title: str = "", producer: str = "", acro=None):
    """Write a text PDF. acro(canvas, page_index) may add AcroForm fields."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    if title:
        c.setTitle(title)
    if producer:
        c.setProducer(producer)
        c.setCreator(producer)
    for i, page in enumerate(pages):
        c.setPageSize((page.w, page.h))
        H = page.h
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w, page.h, stroke=0, fill=1)
        for op in page.ops:
            k = op[0]
            if k == "text":
                _, x, y, s, font, size, color, align, rtl = op
                if _needs_raster(s, font):
                    f = pil_font(font, size * 6)
                    bb = f.getbbox(s, anchor="ls", **({"direction": "rtl"} if rtl else {}))
                    w, h = bb[2] - bb[0] + 4, bb[3] - bb[1] + 4
                    im = Image.new("RGBA", (max(w, 1), max(h, 1)), (255, 255, 255, 0))
                    ImageDraw.Draw(im).text(
                        (2 - bb[0], 2 - bb[1]),
                        s,
                        font=f,
                        fill=tuple(color) + (255,),
                        anchor="ls",
                        **({"direction": "rtl"} if rtl else {}),
                    )
                    wp, hp = w / 6, h / 6
                    x0 = x - (wp if align == "r" else wp / 2 if align == "c" else 0)
                    top = y + (bb[1] - 2) / 6
                    c.drawImage(ImageReader(im), x0, H - top - hp, wp, hp, mask="auto")
                    continue
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(_reg(font), size)
                if align == "r":
                    c.drawRightString(x, H - y, s)
                elif align == "c":
                    c.drawCentredString(x, H - y, s)
                else:
                    c.drawString(x, H - y, s)
            elif k == "rect":
                _, x, y, w, h, stroke, fill, lw, r = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw)
                if r:
                    c.roundRect(x, H - y - h, w, h, r, stroke=1 if stroke else 0, fill=bool(fill))
                else:
                    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif k == "line":
                _, x1, y1, x2, y2, color, lw = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw)
                c.line(x1, H - y1, x2, H - y2)
            elif k == "poly":
                _, pts, color, lw = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw)
                p = c.beginPath()
                p.moveTo(pts[0][0], H - pts[0][1])
                for a, b in pts[1:]:
                    p.lineTo(a, H - b)
                c.drawPath(p, stroke=1, fill=0)
            elif k == "ellipse":
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.setStrokeColorRGB(*[v / 255 for v in (stroke or (0, 0, 0))])
                c.setLineWidth(lw)
                c.ellipse(x, H - y - h, x + w, H - y, stroke=1 if stroke else 0, fill=bool(fill))
            elif k == "image":
                _, im, x, y, w, h = op
                buf = io.BytesIO()
                im.convert("RGB").save(buf, "JPEG", quality=85)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x, H - y - h, w, h)
        if acro:
            acro(c, i)
        c.showPage()
    c.save()


def images_to_pdf(images: list[Image.Image], path: str, dpi: float, quality: int = 70):
    """A scanner's PDF: JPEG pages, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path, invariant=1)
    c.setProducer("Scanner")
    for im in images:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def ensure_dir(p: str):
    os.makedirs(p, exist_ok=True)
