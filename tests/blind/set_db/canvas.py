"""A tiny vector page (mm units, origin top-left) rendered either to Pillow or to reportlab."""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": T + "liberation/LiberationSans-Regular.ttf",
    "sansb": T + "liberation/LiberationSans-Bold.ttf",
    "sansi": T + "liberation/LiberationSans-Italic.ttf",
    "narrow": T + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": T + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": T + "liberation/LiberationSerif-Italic.ttf",
    "mono": T + "dejavu/DejaVuSansMono.ttf",
    "monob": T + "dejavu/DejaVuSansMono-Bold.ttf",
    "fmono": T + "freefont/FreeMono.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "latol": T + "lato/Lato-Light.ttf",
    "roboto": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "cond": T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "condb": T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlitob": T + "crosextra/Carlito-Bold.ttf",
    "caladea": T + "crosextra/Caladea-Regular.ttf",
    "caladeab": T + "crosextra/Caladea-Bold.ttf",
    "dejavu": T + "dejavu/DejaVuSans.ttf",
    "dejavub": T + "dejavu/DejaVuSans-Bold.ttf",
    "dserif": T + "dejavu/DejaVuSerif.ttf",
    "dserifb": T + "dejavu/DejaVuSerif-Bold.ttf",
    "free": T + "freefont/FreeSans.ttf",
    "freeb": T + "freefont/FreeSansBold.ttf",
    "hand_a": T + "breip/Breip.ttf",
    "hand_b": T + "fifthhorseman/dkg.ttf",
    "hand_c": T + "ecolier-court/Ecolier-court.ttf",
}
PT = 25.4 / 72.0  # mm per point
_pil_cache: dict = {}
_rl_done: set = set()


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, round(px * 4))
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(FONTS[name], max(1, round(px)))
    return _pil_cache[key]


def rl_font(name: str) -> str:
    if name not in _rl_done:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _rl_done.add(name)
    return "F_" + name


class Page:
    def __init__(self, w: float, h: float, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    # ---- measuring -------------------------------------------------------------------------
    def width(self, s: str, font: str = "sans", size: float = 9) -> float:
        return pdfmetrics.stringWidth(s, rl_font(font), size) * PT

    # ---- drawing ---------------------------------------------------------------------------
    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l"):
        """Baseline at y (mm from top)."""
        self.ops.append(("text", x, y, str(s), font, size, color, align))
        return x + self.width(str(s), font, size)

    def line(self, x1, y1, x2, y2, lw=0.25, color=(0, 0, 0)):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], lw, color, False, None))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
        self.ops.append(("poly", pts, lw, stroke, True, fill))

    def poly(self, pts, lw=0.3, color=(0, 0, 0), closed=False, fill=None):
        self.ops.append(("poly", list(pts), lw, color, closed, fill))

    def ellipse(self, cx, cy, rx, ry, fill=None, stroke=None, lw=0.2):
        self.ops.append(("ellipse", cx, cy, rx, ry, fill, stroke, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x, y, text, width, font="sans", size=9, leading=None, color=(0, 0, 0)):
        """Wrap text into lines no wider than width; returns the y of the next line."""
        leading = leading or size * PT * 1.35
        for block in text.split("\n"):
            words, cur = block.split(" "), ""
            for w in words:
                trial = (cur + " " + w).strip()
                if self.width(trial, font, size) > width and cur:
                    self.text(x, y, cur, font, size, color)
                    y += leading
                    cur = w
                else:
                    cur = trial
            self.text(x, y, cur, font, size, color)
            y += leading
        return y

    def field(
        self,
        x,
        y,
        label,
        value,
        lfont="sans",
        lsize=6.5,
        vfont="sansb",
        vsize=9,
        lcolor=(90, 90, 90),
        vcolor=(0, 0, 0),
        gap=1.0,
    ):
        """Label above its value (label baseline y, value baseline below)."""
        self.text(x, y, label, lfont, lsize, lcolor)
        vy = y + vsize * PT + gap
        self.text(x, vy, value, vfont, vsize, vcolor)
        return vy

    def inline(self, x, y, label, value, lfont="sans", size=9, vfont="sansb", color=(0, 0, 0)):
        """Label then value on the same line, value starting after the label with a gap."""
        x2 = self.text(x, y, label, lfont, size, color) + 1.8
        return self.text(x2, y, value, vfont, size, color)

    def signature(self, x, y, rng, w=32, h=9, color=(20, 30, 110), lw=0.45):
        """A pen signature: a few connected loops drawn as polylines."""
        strokes = rng.randint(2, 3)
        cx = x
        for _ in range(strokes):
            seg = w / strokes * rng.uniform(0.8, 1.15)
            pts = []
            n = 40
            f1, f2 = rng.uniform(2.5, 5.5), rng.uniform(0.7, 1.6)
            ph = rng.uniform(0, 6.28)
            for i in range(n + 1):
                t = i / n
                px = cx + seg * t + math.sin(t * f1 * 6.28 + ph) * 1.6
                py = y - h * 0.5 + math.sin(t * f1 * 3.14 + ph) * h * 0.38 * f2
                py += (t - 0.5) * h * rng.uniform(-0.4, 0.4)
                pts.append((px, py))
            self.poly(pts, lw, color)
            cx += seg * 0.9
        # final underline flourish
        self.poly([(x - 1, y + 1.2), (cx * 0.6 + x * 0.4, y + 0.4), (cx + 2, y - 0.6)], lw, color)


# ---- backends --------------------------------------------------------------------------------
def render(page: Page, dpi: float = 200) -> Image.Image:
    k = dpi / 25.4
    W, H = round(page.w * k), round(page.h * k)
    ss = 2 if dpi < 250 else 1  # supersample for smoother small text
    K = k * ss
    img = Image.new("RGB", (W * ss, H * ss), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, align = op
            f = pil_font(font, size / 72 * dpi * ss)
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * K, y * K), s, font=f, fill=color, anchor=anchor)
        elif kind == "poly":
            _, pts, lw, color, closed, fill = op
            p = [(a * K, b * K) for a, b in pts]
            if fill is not None:
                d.polygon(p, fill=fill)
            if color is not None:
                if closed:
                    p = [*p, p[0]]
                d.line(p, fill=color, width=max(1, round(lw * K)), joint="curve")
        elif kind == "ellipse":
            _, cx, cy, rx, ry, fill, stroke, lw = op
            box = [(cx - rx) * K, (cy - ry) * K, (cx + rx) * K, (cy + ry) * K]
            d.ellipse(box, fill=fill, outline=stroke, width=max(1, round(lw * K)))
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.convert("RGB").resize((max(1, round(w * K)), max(1, round(h * K))))
            img.paste(im2, (round(x * K), round(y * K)))
    if ss != 1:
        img = img.resize((W, H), Image.LANCZOS)
    return img


def _rl_page(c, page: Page):
    H = page.h

    def P(x, y):
        return x / PT, (H - y) / PT

    c.setPageSize((page.w / PT, page.h / PT))
    if page.bg != (255, 255, 255):
        c.setFillColorRGB(*[v / 255 for v in page.bg])
        c.rect(0, 0, page.w / PT, page.h / PT, stroke=0, fill=1)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, align = op
            c.setFillColorRGB(*[v / 255 for v in color])
            c.setFont(rl_font(font), size)
            X, Y = P(x, y)
            {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](X, Y, s)
        elif kind == "poly":
            _, pts, lw, color, closed, fill = op
            path = c.beginPath()
            path.moveTo(*P(*pts[0]))
            for q in pts[1:]:
                path.lineTo(*P(*q))
            if closed:
                path.close()
            if fill is not None:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if color is not None:
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw / PT)
            c.setLineJoin(1)
            c.setLineCap(1)
            c.drawPath(path, stroke=int(color is not None), fill=int(fill is not None))
        elif kind == "ellipse":
            _, cx, cy, rx, ry, fill, stroke, lw = op
            if fill is not None:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke is not None:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw / PT)
            x1, y1 = P(cx - rx, cy + ry)
            x2, y2 = P(cx + rx, cy - ry)
            c.ellipse(x1, y1, x2, y2, stroke=int(stroke is not None), fill=int(fill is not None))
        elif kind == "image":
            _, x, y, w, h, im = op
            b = io.BytesIO()
            im.convert("RGB").save(b, "JPEG", quality=85)
            b.seek(0)
            X, Y = P(x, y + h)
            c.drawImage(ImageReader(b), X, Y, w / PT, h / PT)
    c.showPage()


def write_text_pdf(pages: list[Page], path, title="", author=""):
    c = rl_canvas.Canvas(str(path), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "PDF")
    for p in pages:
        _rl_page(c, p)
    c.save()


def write_image_pdf(images: list[Image.Image], path, dpi=200, quality=70, producer=""):
    """A scanner's PDF: each page a JPEG, no text layer."""
    c = rl_canvas.Canvas(str(path), invariant=1, pageCompression=1)
    c.setCreator(producer)
    c.setProducer(producer)
    for im in images:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        b = io.BytesIO()
        im.convert("RGB").save(b, "JPEG", quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, w, h)
        c.showPage()
    c.save()
