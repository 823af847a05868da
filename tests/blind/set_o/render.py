"""Page model (mm units, y down) with a raster backend (PIL) and a PDF backend (reportlab)."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FD = "/usr/share/fonts"
FONTS = {
    "sans": f"{FD}/truetype/dejavu/DejaVuSans.ttf",
    "sans-b": f"{FD}/truetype/dejavu/DejaVuSans-Bold.ttf",
    "sansc": f"{FD}/truetype/dejavu/DejaVuSansCondensed.ttf",
    "sansc-b": f"{FD}/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": f"{FD}/truetype/dejavu/DejaVuSerif.ttf",
    "serif-b": f"{FD}/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "arial": f"{FD}/truetype/liberation/LiberationSans-Regular.ttf",
    "arial-b": f"{FD}/truetype/liberation/LiberationSans-Bold.ttf",
    "narrow": f"{FD}/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": f"{FD}/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "times": f"{FD}/truetype/liberation/LiberationSerif-Regular.ttf",
    "times-b": f"{FD}/truetype/liberation/LiberationSerif-Bold.ttf",
    "times-i": f"{FD}/truetype/liberation/LiberationSerif-Italic.ttf",
    "courier": f"{FD}/truetype/liberation/LiberationMono-Regular.ttf",
    "courier-b": f"{FD}/truetype/liberation/LiberationMono-Bold.ttf",
    "lato": f"{FD}/truetype/lato/Lato-Regular.ttf",
    "lato-b": f"{FD}/truetype/lato/Lato-Bold.ttf",
    "lato-l": f"{FD}/truetype/lato/Lato-Light.ttf",
    "roboto": f"{FD}/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": f"{FD}/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": f"{FD}/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robotoc": f"{FD}/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": f"{FD}/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "open": f"{FD}/truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": f"{FD}/truetype/open-sans/OpenSans-Bold.ttf",
    "open-sb": f"{FD}/truetype/open-sans/OpenSans-Semibold.ttf",
    "carlito": f"{FD}/truetype/crosextra/Carlito-Regular.ttf",
    "carlito-b": f"{FD}/truetype/crosextra/Carlito-Bold.ttf",
    "caladea": f"{FD}/truetype/crosextra/Caladea-Regular.ttf",
    "caladea-b": f"{FD}/truetype/crosextra/Caladea-Bold.ttf",
    "freeserif": f"{FD}/truetype/freefont/FreeSerif.ttf",
    "freeserif-b": f"{FD}/truetype/freefont/FreeSerifBold.ttf",
    "freesans": f"{FD}/truetype/freefont/FreeSans.ttf",
    "freesans-b": f"{FD}/truetype/freefont/FreeSansBold.ttf",
    "mono": f"{FD}/truetype/dejavu/DejaVuSansMono.ttf",
    "ocrb": f"{FD}/opentype/ocr-b/OCRB.otf",
    "amiri": f"{FD}/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "cjk": f"{FD}/truetype/wqy/wqy-microhei.ttc",
    # handwriting
    "h-breip": f"{FD}/truetype/breip/Breip.ttf",
    "h-ecolier": f"{FD}/truetype/ecolier-court/Ecolier-court.ttf",
    "h-femke": f"{FD}/truetype/femkeklaver/femkeklaver.ttf",
    "h-dkg": f"{FD}/truetype/fifthhorseman/dkg.ttf",
    "h-dancing": f"{FD}/opentype/dancingscript/DancingScript-Regular.otf",
    "h-kaushan": f"{FD}/opentype/kaushanscript/KaushanScript-Regular.otf",
    "h-z003": f"{FD}/opentype/urw-base35/Z003-MediumItalic.otf",
}
HAND_FONTS = ["h-breip", "h-ecolier", "h-femke", "h-dkg", "h-dancing", "h-kaushan"]
SCRIPT_FONTS = ["h-dancing", "h-kaushan", "h-z003", "h-femke"]
# fonts that reportlab cannot embed (CFF outlines, shaping): rasterised in PDFs
RASTER_ONLY = {"ocrb", "amiri", "h-dancing", "h-kaushan", "h-z003"}

rl_config.useA85 = 0
_pil_cache: dict = {}
_rl_done: set = set()


def pil_font(key: str, px: float) -> ImageFont.FreeTypeFont:
    px = max(4, int(round(px)))
    k = (key, px)
    if k not in _pil_cache:
        _pil_cache[k] = ImageFont.truetype(FONTS[key], px)
    return _pil_cache[k]


def rl_font(key: str) -> str:
    name = "F_" + key.replace("-", "_")
    if name not in _rl_done:
        if key == "cjk":
            pdfmetrics.registerFont(TTFont(name, FONTS[key], subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont(name, FONTS[key]))
        _rl_done.add(name)
    return name


def text_width(s: str, font: str, size: float) -> float:
    """Width in mm of s at size pt."""
    f = pil_font(font, size * 10)
    return f.getlength(s) / 10 * 25.4 / 72


PT = 25.4 / 72  # mm per point


class Page:
    def __init__(self, w: float, h: float, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    # primitives ------------------------------------------------------------
    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l", angle=0.0):
        if s is None or s == "":
            return
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, angle))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25, r=0.0):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw, r))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def path(self, pts, color=(0, 0, 0), lw=0.4, fill=None, closed=False):
        self.ops.append(("path", [tuple(p) for p in pts], color, lw, fill, closed))

    def ellipse(self, x, y, w, h, stroke=None, fill=(0, 0, 0), lw=0.25):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    # helpers ----------------------------------------------------------------
    def para(self, x, y, text, width, font="sans", size=9, leading=None, color=(0, 0, 0)):
        """Wrapped paragraph, returns next y."""
        leading = leading or size * PT * 1.35
        for raw in text.split("\n"):
            words, cur = raw.split(" "), ""
            for w_ in words:
                t = (cur + " " + w_).strip()
                if text_width(t, font, size) > width and cur:
                    self.text(x, y, cur, font, size, color)
                    y += leading
                    cur = w_
                else:
                    cur = t
            self.text(x, y, cur, font, size, color)
            y += leading
        return y

    def hand(
        self,
        x,
        y,
        s,
        rng: random.Random,
        font="h-breip",
        size=12,
        color=(20, 30, 110),
        slope=None,
        anchor="l",
    ):
        """Handwritten text: per-glyph jitter of position and size."""
        if not s:
            return x
        slope = rng.uniform(-0.02, 0.02) if slope is None else slope
        tw = text_width(s, font, size)
        if anchor == "m":
            x -= tw / 2
        elif anchor == "r":
            x -= tw
        cx = x
        for ch in s:
            sz = size * rng.uniform(0.93, 1.07)
            dy = rng.uniform(-0.25, 0.25) * size * PT * 0.35 + (cx - x) * slope
            self.text(cx, y + dy, ch, font, sz, color)
            cx += text_width(ch, font, size) * rng.uniform(0.96, 1.06)
        return cx

    def signature(self, x, y, w, h, rng: random.Random, name="", color=(15, 25, 95)):
        """A handwritten signature inside box (x, y, w, h): script name plus a flourish."""
        font = rng.choice(SCRIPT_FONTS)
        base = y + h * rng.uniform(0.55, 0.7)
        size = min(h * 0.5 / PT, 24) * rng.uniform(0.8, 1.0)
        word = name if name else "x"
        if rng.random() < 0.5:
            word = word.split()[0] if word.split() else word
        while text_width(word, font, size) > w * 0.8 and size > 6:
            size *= 0.9
        x0 = x + w * rng.uniform(0.08, 0.2)
        end = self.hand(x0, base, word, rng, font, size, color, slope=rng.uniform(-0.06, 0.0))
        pts, n = [], 24
        amp = h * rng.uniform(0.08, 0.18)
        for i in range(n + 1):
            t = i / n
            px = x0 + (end - x0 + w * 0.12) * t
            py = base + h * 0.12 - amp * math.sin(t * math.pi * rng.uniform(1.2, 2.5))
            pts.append((min(px, x + w - 1), min(py, y + h - 1)))
        self.path(pts, color, lw=rng.uniform(0.3, 0.5))

    def stamp(self, cx, cy, r, lines, rng, color=(40, 60, 150), ring=""):
        """Round rubber stamp with ring text and central lines."""
        a = rng.uniform(-25, 25)
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r, stroke=color, fill=None, lw=0.6)
        self.ellipse(
            cx - r * 0.72, cy - r * 0.72, 1.44 * r, 1.44 * r, stroke=color, fill=None, lw=0.3
        )
        if ring:
            n = len(ring)
            for i, ch in enumerate(ring):
                ang = math.radians(-160 + 320 * i / max(1, n - 1) + a)
                px, py = cx + r * 0.86 * math.sin(ang), cy - r * 0.86 * math.cos(ang)
                self.text(
                    px, py + 0.8, ch, "sans-b", r * 0.33 / PT * 0.55, color, "m", -math.degrees(ang)
                )
        for i, ln in enumerate(lines):
            self.text(
                cx,
                cy + (i - (len(lines) - 1) / 2) * r * 0.38 + 0.8,
                ln,
                "sans-b",
                r * 0.28 / PT * 0.9,
                color,
                "m",
                a * 0.2,
            )


# ---------------------------------------------------------------------------
# raster backend


def _c(col):
    return tuple(int(v) for v in col) if col is not None else None


def raster(page: Page, dpi: float) -> Image.Image:
    k = dpi / 25.4
    W, H = int(round(page.w * k)), int(round(page.h * k))
    img = Image.new("RGB", (W, H), _c(page.bg))
    dr = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor, angle = op
            px = size * dpi / 72
            f = pil_font(font, px)
            anc = {"l": "ls", "r": "rs", "m": "ms"}[anchor]
            if not angle:
                dr.text((x * k, y * k), s, font=f, fill=_c(color), anchor=anc)
            else:
                bbox = f.getbbox(s, anchor="ls")
                tw, th = bbox[2] - bbox[0] + 4, bbox[3] - bbox[1] + 4
                tmp = Image.new("L", (int(tw), int(th)), 0)
                ImageDraw.Draw(tmp).text(
                    (2 - bbox[0], 2 - bbox[1]), s, font=f, fill=255, anchor="ls"
                )
                rot = tmp.rotate(angle, expand=True, resample=Image.BICUBIC)
                ox = (
                    x * k - rot.width / 2
                    if anchor == "m"
                    else x * k - (rot.width if anchor == "r" else 0)
                )
                oy = y * k - rot.height / 2
                solid = Image.new("RGB", rot.size, _c(color))
                img.paste(solid, (int(ox), int(oy)), rot)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw, r = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            width = max(1, int(round(lw * k))) if stroke is not None else 0
            if r:
                dr.rounded_rectangle(
                    box, radius=r * k, outline=_c(stroke), fill=_c(fill), width=width
                )
            else:
                dr.rectangle(box, outline=_c(stroke), fill=_c(fill), width=width)
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            width = max(1, int(round(lw * k)))
            if not dash:
                dr.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=_c(color), width=width)
            else:
                length = math.hypot(x2 - x1, y2 - y1)
                on, off = dash
                t = 0.0
                while t < length:
                    t2 = min(length, t + on)
                    a, b = t / length, t2 / length
                    dr.line(
                        [
                            (x1 + (x2 - x1) * a) * k,
                            (y1 + (y2 - y1) * a) * k,
                            (x1 + (x2 - x1) * b) * k,
                            (y1 + (y2 - y1) * b) * k,
                        ],
                        fill=_c(color),
                        width=width,
                    )
                    t = t2 + off
        elif kind == "path":
            _, pts, color, lw, fill, closed = op
            p = [(a * k, b * k) for a, b in pts]
            if fill is not None:
                dr.polygon(p, fill=_c(fill))
            if color is not None and len(p) > 1:
                if closed:
                    p = p + [p[0]]
                dr.line(p, fill=_c(color), width=max(1, int(round(lw * k))), joint="curve")
        elif kind == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            dr.ellipse(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                outline=_c(stroke),
                fill=_c(fill),
                width=max(1, int(round(lw * k))) if stroke else 0,
            )
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.resize((max(1, int(w * k)), max(1, int(h * k))), Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2.convert("RGB"), (int(x * k), int(y * k)), im2)
            else:
                img.paste(im2.convert("RGB"), (int(x * k), int(y * k)))
    return img


# ---------------------------------------------------------------------------
# PDF backend (text layer)


def _rl_col(col):
    return tuple(v / 255 for v in col)


def draw_pdf_page(c: rl_canvas.Canvas, page: Page):
    H = page.h
    if page.bg != (255, 255, 255):
        c.setFillColorRGB(*_rl_col(page.bg))
        c.rect(0, 0, page.w / PT, page.h / PT, stroke=0, fill=1)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor, angle = op
            if font in RASTER_ONLY:
                sub = Page(text_width(s, font, size) + 4, size * PT * 1.6, bg=(255, 255, 255))
                sub.text(2, size * PT * 1.15, s, font, size, (0, 0, 0))
                im = raster(sub, 400).convert("L")
                rgba = Image.new("RGBA", im.size, _c(color) + (0,))
                rgba.putalpha(im.point(lambda v: 255 - v))
                ox = {"l": 2, "m": sub.w / 2, "r": sub.w - 2}[anchor]
                c.drawImage(
                    ImageReader(rgba),
                    (x - ox) / PT,
                    (H - y - size * PT * 0.45) / PT,
                    sub.w / PT,
                    sub.h / PT,
                    mask="auto",
                )
                continue
            c.saveState()
            c.setFillColorRGB(*_rl_col(color))
            c.setFont(rl_font(font), size)
            c.translate(x / PT, (H - y) / PT)
            if angle:
                c.rotate(angle)
            if anchor == "l":
                c.drawString(0, 0, s)
            elif anchor == "r":
                c.drawRightString(0, 0, s)
            else:
                c.drawCentredString(0, 0, s)
            c.restoreState()
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw, r = op
            if stroke is not None:
                c.setStrokeColorRGB(*_rl_col(stroke))
                c.setLineWidth(lw / PT)
            if fill is not None:
                c.setFillColorRGB(*_rl_col(fill))
            args = (x / PT, (H - y - h) / PT, w / PT, h / PT)
            if r:
                c.roundRect(
                    *args, r / PT, stroke=int(stroke is not None), fill=int(fill is not None)
                )
            else:
                c.rect(*args, stroke=int(stroke is not None), fill=int(fill is not None))
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            c.setStrokeColorRGB(*_rl_col(color))
            c.setLineWidth(lw / PT)
            c.setDash([d / PT for d in dash] if dash else [])
            c.line(x1 / PT, (H - y1) / PT, x2 / PT, (H - y2) / PT)
            c.setDash([])
        elif kind == "path":
            _, pts, color, lw, fill, closed = op
            p = c.beginPath()
            p.moveTo(pts[0][0] / PT, (H - pts[0][1]) / PT)
            for a, b in pts[1:]:
                p.lineTo(a / PT, (H - b) / PT)
            if closed or fill is not None:
                p.close()
            if fill is not None:
                c.setFillColorRGB(*_rl_col(fill))
            if color is not None:
                c.setStrokeColorRGB(*_rl_col(color))
                c.setLineWidth(lw / PT)
                c.setLineJoin(1)
                c.setLineCap(1)
            c.drawPath(p, stroke=int(color is not None), fill=int(fill is not None))
        elif kind == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            if stroke is not None:
                c.setStrokeColorRGB(*_rl_col(stroke))
                c.setLineWidth(lw / PT)
            if fill is not None:
                c.setFillColorRGB(*_rl_col(fill))
            c.ellipse(
                x / PT,
                (H - y) / PT,
                (x + w) / PT,
                (H - y - h) / PT,
                stroke=int(stroke is not None),
                fill=int(fill is not None),
            )
        elif kind == "image":
            _, x, y, w, h, im = op
            c.drawImage(
                ImageReader(im),
                x / PT,
                (H - y - h) / PT,
                w / PT,
                h / PT,
                mask="auto" if im.mode == "RGBA" else None,
            )


def new_canvas(buf, title="", author="", producer=None):
    c = rl_canvas.Canvas(buf, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if producer:
        c.setProducer(producer)
    return c


def pdf_bytes(pages: list[Page], title="", author="", producer=None) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title, author, producer)
    for pg in pages:
        c.setPageSize((pg.w / PT, pg.h / PT))
        draw_pdf_page(c, pg)
        c.showPage()
    c.save()
    return buf.getvalue()
