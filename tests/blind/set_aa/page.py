"""Vector page model rendered either to a PIL image or to a reportlab PDF page.

Coordinates are millimetres from the top-left corner; text is placed on its baseline.
"""

import io

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/dejavu/DejaVuSans.ttf",
    "sans-b": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "sansc": F + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "sansc-b": F + "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": F + "truetype/dejavu/DejaVuSerif.ttf",
    "serif-b": F + "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "lib": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "lib-b": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "libserif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "libserif-b": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "libserif-i": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": F + "truetype/liberation/LiberationMono-Regular.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "lato-b": F + "truetype/lato/Lato-Bold.ttf",
    "lato-l": F + "truetype/lato/Lato-Light.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": F + "truetype/open-sans/OpenSans-Bold.ttf",
    "open-sb": F + "truetype/open-sans/OpenSans-Semibold.ttf",
    "roboto": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotoc": F + "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": F + "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlito-b": F + "truetype/crosextra/Carlito-Bold.ttf",
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "hand1": F + "truetype/fifthhorseman/dkg.ttf",
    "hand2": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "hand3": F + "truetype/femkeklaver/femkeklaver.ttf",
    "sig1": F + "opentype/dancingscript/DancingScript-Regular.otf",
    "sig2": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
}
PT_MM = 25.4 / 72.0
_pil_cache = {}
_rl_done = set()


def pil_font(key, px):
    k = (key, int(round(px)))
    if k not in _pil_cache:
        _pil_cache[k] = ImageFont.truetype(FONTS[key], max(1, int(round(px))))
    return _pil_cache[k]


def text_width_mm(s, font, size):
    return pil_font(font, 200).getlength(s) / 200.0 * size * PT_MM


def rl_font(key):
    if key not in _rl_done:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _rl_done.add(key)
    return "F_" + key


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor))

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.25):
        self.ops.append(("rect", x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25):
        self.ops.append(("line", x1, y1, x2, y2, color, lw))

    def ellipse(self, x, y, w, h, fill=None, stroke=None, lw=0.25):
        self.ops.append(("ellipse", x, y, w, h, fill, stroke, lw))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x, y, width, s, font="sans", size=9, leading=None, color=(0, 0, 0)):
        """Word-wrapped paragraph; returns the y below the last line."""
        leading = leading or size * 1.25 * PT_MM
        for block in s.split("\n"):
            line = ""
            for word in block.split(" "):
                cand = (line + " " + word).strip()
                if line and text_width_mm(cand, font, size) > width:
                    self.text(x, y, line, font, size, color)
                    y += leading
                    line = word
                else:
                    line = cand
            self.text(x, y, line, font, size, color)
            y += leading
        return y

    def label_value(self, x, y, label, value, lf="sans", vf="sans-b", size=9, gap=1.5):
        self.text(x, y, label, lf, size, (60, 60, 60))
        self.text(x + text_width_mm(label, lf, size) + gap, y, value, vf, size)


def render_pil(page, dpi=200):
    s = dpi / 25.4
    img = Image.new("RGB", (int(round(page.w * s)), int(round(page.h * s))), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, t, font, size, color, anchor = op
            f = pil_font(font, size * PT_MM * s)
            a = {"l": "ls", "r": "rs", "c": "ms"}[anchor]
            d.text((x * s, y * s), t, font=f, fill=color, anchor=a)
        elif kind in ("rect", "ellipse"):
            _, x, y, w, h, fill, stroke, lw = op
            box = [x * s, y * s, (x + w) * s, (y + h) * s]
            width = max(1, int(round(lw * s))) if stroke else 0
            fn = d.rectangle if kind == "rect" else d.ellipse
            fn(box, fill=fill, outline=stroke, width=width)
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw = op
            d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=color, width=max(1, int(round(lw * s))))
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.resize((max(1, int(w * s)), max(1, int(h * s))), Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2, (int(x * s), int(y * s)), im2)
            else:
                img.paste(im2.convert("RGB"), (int(x * s), int(y * s)))
    return img


def _c(rgb):
    return tuple(v / 255.0 for v in rgb)


def draw_pdf_page(c, page):
    mm = 72 / 25.4
    H = page.h
    if page.bg != (255, 255, 255):
        c.setFillColorRGB(*_c(page.bg))
        c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, t, font, size, color, anchor = op
            c.setFont(rl_font(font), size)
            c.setFillColorRGB(*_c(color))
            fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[anchor]
            fn(x * mm, (H - y) * mm, t)
        elif kind in ("rect", "ellipse"):
            _, x, y, w, h, fill, stroke, lw = op
            c.setLineWidth(lw * mm)
            if fill:
                c.setFillColorRGB(*_c(fill))
            if stroke:
                c.setStrokeColorRGB(*_c(stroke))
            if kind == "rect":
                c.rect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=int(bool(stroke)),
                    fill=int(bool(fill)),
                )
            else:
                c.ellipse(
                    x * mm,
                    (H - y - h) * mm,
                    (x + w) * mm,
                    (H - y) * mm,
                    stroke=int(bool(stroke)),
                    fill=int(bool(fill)),
                )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw = op
            c.setLineWidth(lw * mm)
            c.setStrokeColorRGB(*_c(color))
            c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
        elif kind == "image":
            _, x, y, w, h, im = op
            mask = "auto" if im.mode == "RGBA" else None
            c.drawImage(ImageReader(im), x * mm, (H - y - h) * mm, w * mm, h * mm, mask=mask)


def new_pdf(path, title="document"):
    c = rl_canvas.Canvas(str(path), invariant=1, pageCompression=1)
    c.setTitle(title)
    return c


def write_text_pdf(path, pages, title="document", producer=None):
    """Pages may be Page objects (vector, with text layer) or PIL images (full-page scans)."""
    c = new_pdf(path, title)
    if producer:
        c.setCreator(producer)
    for p in pages:
        add_page(c, p)
    c.save()


def add_page(c, p, jpeg_quality=72):
    mm = 72 / 25.4
    if isinstance(p, Page):
        c.setPageSize((p.w * mm, p.h * mm))
        draw_pdf_page(c, p)
    else:
        img, w_mm, h_mm = p
        c.setPageSize((w_mm * mm, h_mm * mm))
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=jpeg_quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w_mm * mm, h_mm * mm)
    c.showPage()
