"""Page model (mm, origin top-left), fonts, and the two renderers (PIL raster, reportlab PDF).

Also the hand-drawn pieces: handwriting with per-glyph jitter, signatures, ink stamps,
synthetic ID photos, guilloche backgrounds, QR codes.
"""

from __future__ import annotations

import functools
import io
import math
import unicodedata

from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PT = 72 / 25.4  # points per mm


F = "/usr/share/fonts/"


LIB = F + "truetype/liberation/Liberation"


FONTS = {
    "sans": LIB + "Sans-Regular.ttf",
    "sans-b": LIB + "Sans-Bold.ttf",
    "sans-i": LIB + "Sans-Italic.ttf",
    "narrow": LIB + "SansNarrow-Regular.ttf",
    "narrow-b": LIB + "SansNarrow-Bold.ttf",
    "serif": LIB + "Serif-Regular.ttf",
    "serif-b": LIB + "Serif-Bold.ttf",
    "serif-i": LIB + "Serif-Italic.ttf",
    "mono": LIB + "Mono-Regular.ttf",
    "mono-b": LIB + "Mono-Bold.ttf",
    "dejavu": F + "truetype/dejavu/DejaVuSans.ttf",
    "dejavu-b": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavu-c": F + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "dejavu-cb": F + "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "dserif": F + "truetype/dejavu/DejaVuSerif.ttf",
    "dserif-b": F + "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": F + "truetype/open-sans/OpenSans-Bold.ttf",
    "open-l": F + "truetype/open-sans/OpenSans-Light.ttf",
    "open-sb": F + "truetype/open-sans/OpenSans-Semibold.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "lato-b": F + "truetype/lato/Lato-Bold.ttf",
    "lato-l": F + "truetype/lato/Lato-Light.ttf",
    "lato-black": F + "truetype/lato/Lato-Black.ttf",
    "roboto": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-l": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "rcond": F + "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "rcond-b": F + "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlito-b": F + "truetype/crosextra/Carlito-Bold.ttf",
    "caladea": F + "truetype/crosextra/Caladea-Regular.ttf",
    "caladea-b": F + "truetype/crosextra/Caladea-Bold.ttf",
    "fserif": F + "truetype/freefont/FreeSerif.ttf",
    "fserif-b": F + "truetype/freefont/FreeSerifBold.ttf",
    "fsans": F + "truetype/freefont/FreeSans.ttf",
    "fsans-b": F + "truetype/freefont/FreeSansBold.ttf",
    "fmono": F + "truetype/freefont/FreeMono.ttf",
    # raster only (CFF outlines or complex shaping)
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "arabic": F + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "arabic-b": F + "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "cjk": F + "truetype/wqy/wqy-microhei.ttc",
    "cjk2": F + "truetype/wqy/wqy-zenhei.ttc",
    "deva": F + "truetype/freefont/FreeSerif.ttf",
    "gothic": F + "opentype/urw-base35/URWGothic-Demi.otf",
    "bookman": F + "opentype/urw-base35/URWBookman-Light.otf",
    "bookman-d": F + "opentype/urw-base35/URWBookman-Demi.otf",
    "c059": F + "opentype/urw-base35/C059-Roman.otf",
    "c059-b": F + "opentype/urw-base35/C059-Bold.otf",
    "p052-i": F + "opentype/urw-base35/P052-Italic.otf",
    # handwriting (solid strokes)
    "h-breip": F + "truetype/breip/Breip.ttf",
    "h-ecolier": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "h-dkg": F + "truetype/fifthhorseman/dkg.ttf",
    "h-dkgb": F + "truetype/fifthhorseman/dkgBd.ttf",
    "h-dancing": F + "opentype/dancingscript/DancingScript-Regular.otf",
    "h-dancingb": F + "opentype/dancingscript/DancingScript-Bold.otf",
    "h-kaushan": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "h-z003": F + "opentype/urw-base35/Z003-MediumItalic.otf",
}


HANDS = ["h-breip", "h-ecolier", "h-dkg", "h-dkgb", "h-dancing", "h-kaushan", "h-dancingb"]


SIGN_FONTS = ["h-z003", "h-dancing", "h-kaushan", "h-dancingb", "h-ecolier"]


RASTER_ONLY = {"ocrb", "arabic", "arabic-b", "cjk", "cjk2", "deva", "gothic", "bookman"}


RASTER_ONLY |= {"bookman-d", "c059", "c059-b", "p052-i"} | {k for k in FONTS if k.startswith("h-")}


INK_BLUE = (28, 42, 128)


INK_BLACK = (25, 25, 32)


@functools.cache
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[key], max(4, px))


@functools.cache
def cmap(key: str) -> frozenset:
    path = FONTS[key]
    f = FTFont(path, fontNumber=0) if path.endswith(".ttc") else FTFont(path)
    return frozenset(f.getBestCmap().keys())


def supported(s: str, key: str) -> str:
    """The string a writer would produce with this font: unsupported letters lose accents."""
    cm = cmap(key)
    out = []
    for c in s:
        if ord(c) in cm or c == " ":
            out.append(c)
            continue
        base = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
        out.append(base if base and all(ord(b) in cm for b in base) else "")
    return "".join(out)


def text_w(s: str, font: str, size: float) -> float:
    """Width in mm of s at size (pt)."""
    f = pil_font(font, 200)
    return f.getlength(s) / 200 * size / PT


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in s.split("\n"):
        cur = ""
        for word in para.split(" "):
            t = (cur + " " + word) if cur else word
            if text_w(t, font, size) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
    return lines


class Page:
    def __init__(self, w: float = 210, h: float = 297, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list[tuple] = []

    # primitives --------------------------------------------------------------------------
    def text(self, x, y, s, font="sans", size=10.0, color=(0, 0, 0), anchor="l", rtl=False):
        s = str(s)
        if s:
            self.ops.append(("text", x, y, s, font, size, tuple(color), anchor, rtl))
        return text_w(s, font, size)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25, r=0.0):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw, r))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, tuple(color), lw, dash))

    def poly(self, pts, color=(0, 0, 0), lw=0.25, fill=None, closed=False):
        self.ops.append(("poly", [tuple(p) for p in pts], color, lw, fill, closed))

    def ellipse(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("img", x, y, w, h, img))

    # helpers -----------------------------------------------------------------------------
    def para(self, x, y, width, s, font="sans", size=10.0, lead=None, color=(0, 0, 0), j=False):
        lead = lead or size / PT * 1.32
        for ln in wrap(s, font, size, width):
            self.text(x, y, ln, font, size, color)
            y += lead
        return y

    def hand(self, x, y, s, rng, font="h-breip", size=13.0, color=INK_BLUE, anchor="l"):
        """Handwritten text (baseline at y); returns (width_mm, written_text)."""
        from gen_draw import hand_img

        s = supported(s, font)
        if not s.strip():
            return 0.0, s
        img, wmm, hmm, base = hand_img(s, font, size, color, rng)
        if anchor == "m":
            x -= wmm / 2
        elif anchor == "r":
            x -= wmm
        self.image(x, y - base, wmm, hmm, img)
        return wmm, s

    def sign(self, x, y, w, h, name, rng, color=INK_BLUE):
        from gen_draw import signature_img

        img = signature_img(name, rng, w, h, color)
        self.image(x, y, w, h, img)

    def comb(self, x, y, n, cw, ch, lw=0.25, color=(0, 0, 0)):
        self.rect(x, y, n * cw, ch, color, None, lw)
        for i in range(1, n):
            self.line(x + i * cw, y + ch * 0.45, x + i * cw, y + ch, color, lw)

    def hline_dots(self, x1, x2, y, color=(90, 90, 90)):
        self.line(x1, y, x2, y, color, 0.2, dash=(0.4, 0.8))


def _dash_line(dr, p1, p2, fill, width, dash_px):
    (x1, y1), (x2, y2) = p1, p2
    ln = math.hypot(x2 - x1, y2 - y1)
    if ln == 0:
        return
    on, off = dash_px
    t = 0.0
    while t < ln:
        t2 = min(t + on, ln)
        a = (x1 + (x2 - x1) * t / ln, y1 + (y2 - y1) * t / ln)
        b = (x1 + (x2 - x1) * t2 / ln, y1 + (y2 - y1) * t2 / ln)
        dr.line([a, b], fill=fill, width=width)
        t = t2 + off


def render(page: Page, dpi: float) -> Image.Image:
    s = dpi / 25.4
    im = Image.new("RGB", (round(page.w * s), round(page.h * s)), page.bg)
    dr = ImageDraw.Draw(im)
    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, txt, font, size, color, anchor, rtl = op
            px = round(size / PT * s)
            kw = {"direction": "rtl"} if rtl else {}
            dr.text(
                (x * s, y * s), txt, font=pil_font(font, px), fill=color, anchor=anchor + "s", **kw
            )
        elif k == "rect":
            _, x, y, w, h, stroke, fill, lw, r = op
            box = [x * s, y * s, (x + w) * s, (y + h) * s]
            width = max(1, round(lw * s)) if stroke else 0
            if r:
                dr.rounded_rectangle(box, r * s, fill=fill, outline=stroke, width=width)
            else:
                dr.rectangle(box, fill=fill, outline=stroke, width=width)
        elif k == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            width = max(1, round(lw * s))
            if dash:
                _dash_line(
                    dr,
                    (x1 * s, y1 * s),
                    (x2 * s, y2 * s),
                    color,
                    width,
                    (max(1, dash[0] * s), max(1, dash[1] * s)),
                )
            else:
                dr.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=color, width=width)
        elif k == "poly":
            _, pts, color, lw, fill, closed = op
            p = [(a * s, b * s) for a, b in pts]
            if fill:
                dr.polygon(p, fill=fill, outline=color if lw else None)
            elif closed:
                dr.line(p + [p[0]], fill=color, width=max(1, round(lw * s)))
            else:
                dr.line(p, fill=color, width=max(1, round(lw * s)), joint="curve")
        elif k == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            dr.ellipse(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * s)) if stroke else 0,
            )
        elif k == "img":
            _, x, y, w, h, img = op
            size = (max(1, round(w * s)), max(1, round(h * s)))
            sub = img.resize(size, Image.LANCZOS)
            if sub.mode == "RGBA":
                im.paste(sub.convert("RGB"), (round(x * s), round(y * s)), sub)
            else:
                im.paste(sub.convert("RGB"), (round(x * s), round(y * s)))
    return im


_REG: set[str] = set()


def _rl_font(key: str) -> str:
    if key not in _REG:
        pdfmetrics.registerFont(TTFont("F_" + key.replace("-", "_"), FONTS[key]))
        _REG.add(key)
    return "F_" + key.replace("-", "_")


def text_image(txt, font, size, color, rtl=False, dpi=300):
    """Raster of one text op: (RGBA image, dx_mm, dy_mm from baseline origin, w_mm, h_mm)."""
    s = dpi / 25.4
    f = pil_font(font, round(size / PT * s))
    kw = {"direction": "rtl"} if rtl else {}
    l, t, r, b = f.getbbox(txt, anchor="ls", **kw)
    img = Image.new("RGBA", (max(1, r - l + 2), max(1, b - t + 2)), color + (0,))
    ImageDraw.Draw(img).text((1 - l, 1 - t), txt, font=f, fill=color + (255,), anchor="ls", **kw)
    return img, (l - 1) / s, (t - 1) / s, img.width / s, img.height / s


def write_pdf(pages: list[Page], path, title="", author="", creator="", producer=None):
    c = canvas.Canvas(str(path), pagesize=(pages[0].w * PT, pages[0].h * PT), invariant=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if creator:
        c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    for page in pages:
        draw_pdf_page(c, page)
        c.showPage()
    c.save()


def draw_pdf_page(c, page: Page):
    H = page.h
    c.setPageSize((page.w * PT, page.h * PT))
    if page.bg != (255, 255, 255):
        c.setFillColorRGB(*[v / 255 for v in page.bg])
        c.rect(0, 0, page.w * PT, page.h * PT, stroke=0, fill=1)
    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, txt, font, size, color, anchor, rtl = op
            if font in RASTER_ONLY or rtl:
                img, dx, dy, w, h = text_image(txt, font, size, color, rtl)
                if anchor == "m":
                    dx -= text_w(txt, font, size) / 2
                elif anchor == "r":
                    dx -= text_w(txt, font, size)
                c.drawImage(
                    ImageReader(img),
                    (x + dx) * PT,
                    (H - y - dy - h) * PT,
                    w * PT,
                    h * PT,
                    mask="auto",
                )
                continue
            c.setFont(_rl_font(font), size)
            c.setFillColorRGB(*[v / 255 for v in color])
            fn = {"l": c.drawString, "m": c.drawCentredString, "r": c.drawRightString}[anchor]
            fn(x * PT, (H - y) * PT, txt)
        elif k == "rect":
            _, x, y, w, h, stroke, fill, lw, r = op
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * PT)
            args = (x * PT, (H - y - h) * PT, w * PT, h * PT)
            if r:
                c.roundRect(*args, r * PT, stroke=1 if stroke else 0, fill=1 if fill else 0)
            else:
                c.rect(*args, stroke=1 if stroke else 0, fill=1 if fill else 0)
        elif k == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(lw * PT)
            c.setDash([dash[0] * PT, dash[1] * PT] if dash else [])
            c.line(x1 * PT, (H - y1) * PT, x2 * PT, (H - y2) * PT)
            c.setDash([])
        elif k == "poly":
            _, pts, color, lw, fill, closed = op
            p = c.beginPath()
            p.moveTo(pts[0][0] * PT, (H - pts[0][1]) * PT)
            for a, b in pts[1:]:
                p.lineTo(a * PT, (H - b) * PT)
            if closed or fill:
                p.close()
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(lw * PT)
            c.drawPath(p, stroke=1 if (lw and not fill) or closed else 0, fill=1 if fill else 0)
        elif k == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * PT)
            c.ellipse(
                x * PT,
                (H - y) * PT,
                (x + w) * PT,
                (H - y - h) * PT,
                stroke=1 if stroke else 0,
                fill=1 if fill else 0,
            )
        elif k == "img":
            _, x, y, w, h, img = op
            if img.mode == "RGBA":
                c.drawImage(ImageReader(img), x * PT, (H - y - h) * PT, w * PT, h * PT, mask="auto")
            else:
                buf = io.BytesIO()
                img.convert("RGB").save(buf, "JPEG", quality=88)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * PT, (H - y - h) * PT, w * PT, h * PT)
