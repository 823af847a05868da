"""A tiny display list (mm units, origin top-left) rendered by PIL or reportlab."""

from __future__ import annotations

import hashlib
import io
import math
import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts"
FONTS = {
    "sans": "truetype/liberation/LiberationSans-Regular.ttf",
    "sansb": "truetype/liberation/LiberationSans-Bold.ttf",
    "sansi": "truetype/liberation/LiberationSans-Italic.ttf",
    "narrow": "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "serif": "truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": "truetype/liberation/LiberationSerif-Bold.ttf",
    "serifi": "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": "truetype/liberation/LiberationMono-Regular.ttf",
    "monob": "truetype/liberation/LiberationMono-Bold.ttf",
    "dejavu": "truetype/dejavu/DejaVuSans.ttf",
    "dejavub": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejaserif": "truetype/dejavu/DejaVuSerif.ttf",
    "dejaserifb": "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "lato": "truetype/lato/Lato-Regular.ttf",
    "latob": "truetype/lato/Lato-Bold.ttf",
    "roboto": "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "cond": "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "condb": "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "open": "truetype/open-sans/OpenSans-Regular.ttf",
    "openb": "truetype/open-sans/OpenSans-Bold.ttf",
    "carlito": "truetype/crosextra/Carlito-Regular.ttf",
    "carlitob": "truetype/crosextra/Carlito-Bold.ttf",
    "free": "truetype/freefont/FreeSans.ttf",
    "freeb": "truetype/freefont/FreeSansBold.ttf",
    "ocrb": "opentype/ocr-b/OCRBS.otf",
    "hand1": "truetype/fifthhorseman/dkg.ttf",
    "hand2": "truetype/femkeklaver/femkeklaver.ttf",
    "hand3": "truetype/fifthhorseman/dkg.ttf",
    "hand4": "truetype/ecolier-court/Ecolier-court.ttf",
    "cjk": "truetype/wqy/wqy-zenhei.ttc",
}
# fonts reportlab cannot embed (CFF outlines): stand-ins for the PDF backend
PDF_FALLBACK = {"ocrb": "monob"}

INK_BLUE = (18, 32, 110)
INK_BLACK = (20, 20, 28)
BLACK = (0, 0, 0)
GREY = (110, 110, 110)
LIGHT = (225, 225, 225)
WHITE = (255, 255, 255)


def rng_for(*parts) -> random.Random:
    """A seeded RNG from names (never from the clock)."""
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


@dataclass
class Page:
    w: float
    h: float
    bg: tuple = WHITE
    ops: list = field(default_factory=list)
    fields: list = field(default_factory=list)  # acroform fields (fillable PDF)

    # ---- primitives -------------------------------------------------
    def text(self, x, y, s, font="sans", size=10, color=BLACK, anchor="l", rot=0.0):
        if s is None or s == "":
            return
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, rot))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.25):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], color, lw, False, None))

    def poly(self, pts, color=BLACK, lw=0.25, closed=False, fill=None):
        self.ops.append(("poly", list(pts), color, lw, closed, fill))

    def ellipse(self, cx, cy, rx, ry, stroke=BLACK, fill=None, lw=0.25):
        self.ops.append(("ellipse", cx, cy, rx, ry, stroke, fill, lw))

    # ---- helpers ----------------------------------------------------
    def width(self, s, font, size):
        return text_width(s, font, size)

    def para(self, x, y, w, s, font="sans", size=9, color=BLACK, lead=1.3):
        """Wrapped paragraph; returns the y below it."""
        lh = size * 0.3528 * lead
        for line in wrap(s, font, size, w):
            self.text(x, y, line, font, size, color)
            y += lh
        return y

    def hand(self, x, y, s, font="hand1", size=13, color=INK_BLUE, seed=0, slant=0.0):
        """Handwriting: per-letter jitter, same geometry in both backends."""
        if not s:
            return x
        r = rng_for("hand", s, x, y, seed)
        if font == "hand3":
            slant, size = slant - 6.0, size * 1.06
        cx = x
        for ch in str(s):
            sz = size * (1 + r.uniform(-0.04, 0.04))
            dy = r.uniform(-0.25, 0.25)
            if ch != " ":
                rot = slant + r.uniform(-3, 3)
                self.ops.append(("text", cx, y + dy, ch, font, sz, color, "l", rot))
                if font == "hand2":  # thin pen: a second stroke gives a normal ball-pen width
                    self.ops.append(
                        ("text", cx + 0.12, y + dy + 0.06, ch, font, sz, color, "l", rot)
                    )
            cx += text_width(ch, font, sz) * (1 + r.uniform(-0.02, 0.06))
        return cx

    def comb(self, x, y, n, cw=5.0, ch=6.0, lw=0.3, color=BLACK):
        """Comb boxes: returns the x of each cell."""
        self.rect(x, y, n * cw, ch, color, None, lw)
        for i in range(1, n):
            self.line(x + i * cw, y + ch * 0.45, x + i * cw, y + ch, color, lw)
        return [x + i * cw for i in range(n)]

    def signature(self, x, y, w, h, seed, color=INK_BLUE, lw=0.45):
        r = rng_for("sig", seed)
        pts = []
        n = r.randint(5, 8)
        for i in range(n * 6):
            t = i / (n * 6 - 1)
            px = x + w * (0.05 + 0.9 * t) + math.sin(t * n * math.pi * 2) * w * 0.04
            py = y + h * (
                0.55 + 0.28 * math.sin(t * n * 3.1 + r.uniform(0, 0.4)) * r.uniform(0.6, 1.0)
            )
            pts.append((px, py))
        self.poly(pts, color, lw)
        self.poly([(x + w * 0.1, y + h * 0.8), (x + w * 0.85, y + h * 0.7)], color, lw * 0.8)
        self.poly(
            [(x + w * 0.12, y + h * 0.2), (x + w * 0.2, y + h * 0.9), (x + w * 0.3, y + h * 0.35)],
            color,
            lw,
        )

    def tick(self, x, y, size=4.0, color=INK_BLUE, lw=0.55):
        self.poly(
            [
                (x + 0.6, y + size * 0.5),
                (x + size * 0.4, y + size - 0.5),
                (x + size - 0.3, y + 0.3),
            ],
            color,
            lw,
        )

    def cross(self, x, y, size=4.0, color=INK_BLUE, lw=0.55):
        self.line(x + 0.5, y + 0.5, x + size - 0.5, y + size - 0.5, color, lw)
        self.line(x + size - 0.5, y + 0.5, x + 0.5, y + size - 0.5, color, lw)

    def stamp(self, cx, cy, r, lines, color=(40, 60, 150)):
        self.ellipse(cx, cy, r, r, color, None, 0.5)
        self.ellipse(cx, cy, r * 0.8, r * 0.8, color, None, 0.3)
        for i, ln in enumerate(lines):
            self.text(cx, cy - (len(lines) - 1) * 1.6 + i * 3.2 + 1, ln, "sansb", 6, color, "c")


_FONT_CACHE: dict = {}


def pil_font(key, px):
    px = max(1, int(round(px)))
    k = (key, px)
    if k not in _FONT_CACHE:
        _FONT_CACHE[k] = ImageFont.truetype(f"{FONT_DIR}/{FONTS[key]}", px)
    return _FONT_CACHE[k]


def text_width(s, font, size):
    """Width in mm of a string at size pt."""
    f = pil_font(font, 200)
    return f.getlength(str(s)) / 200 * size * 0.3528


def wrap(s, font, size, w):
    out = []
    for para in str(s).split("\n"):
        words = para.split(" ")
        cur = ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if text_width(t, font, size) <= w or not cur:
                cur = t
            else:
                out.append(cur)
                cur = wd
        out.append(cur)
    return out


# ---------------------------------------------------------------- PIL
def render_pil(page: Page, dpi=200) -> Image.Image:
    s = dpi / 25.4
    img = Image.new("RGB", (int(round(page.w * s)), int(round(page.h * s))), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, t, font, size, color, anchor, rot = op
            f = pil_font(font, size * dpi / 72)
            a = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
            if abs(rot) < 0.01:
                d.text((x * s, y * s), t, font=f, fill=color, anchor=a)
            else:
                bb = f.getbbox(t, anchor="ls")
                pad = int(f.size * 0.6) + 4
                tw, th = bb[2] - bb[0] + 2 * pad, bb[3] - bb[1] + 2 * pad
                tmp = Image.new("L", (tw, th), 0)
                ImageDraw.Draw(tmp).text(
                    (pad - bb[0], pad - bb[1]), t, font=f, fill=255, anchor="ls"
                )
                ox, oy = pad - bb[0], pad - bb[1]
                if anchor == "c":
                    ox += (bb[2] - bb[0]) / 2
                elif anchor == "r":
                    ox += bb[2] - bb[0]
                rt = tmp.rotate(rot, resample=Image.BICUBIC, center=(ox, oy), expand=False)
                img.paste(Image.new("RGB", rt.size, color), (int(x * s - ox), int(y * s - oy)), rt)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            box = [x * s, y * s, (x + w) * s, (y + h) * s]
            d.rectangle(
                box, fill=fill, outline=stroke, width=max(1, int(round(lw * s))) if stroke else 0
            )
        elif kind == "poly":
            _, pts, color, lw, closed, fill = op
            p = [(a * s, b * s) for a, b in pts]
            if fill is not None and len(p) > 2:
                d.polygon(p, fill=fill)
            if color is not None and lw > 0:
                if closed:
                    p = p + [p[0]]
                d.line(p, fill=color, width=max(1, int(round(lw * s))), joint="curve")
        elif kind == "ellipse":
            _, cx, cy, rx, ry, stroke, fill, lw = op
            box = [(cx - rx) * s, (cy - ry) * s, (cx + rx) * s, (cy + ry) * s]
            d.ellipse(
                box, fill=fill, outline=stroke, width=max(1, int(round(lw * s))) if stroke else 0
            )
    return img


# ---------------------------------------------------------------- PDF
_RL_FONTS: set = set()


def _rl_font(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    key = PDF_FALLBACK.get(key, key)
    if key not in _RL_FONTS:
        path = f"{FONT_DIR}/{FONTS[key]}"
        if path.endswith(".ttc"):
            pdfmetrics.registerFont(TTFont("k_" + key, path, subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont("k_" + key, path))
        _RL_FONTS.add(key)
    return "k_" + key


def render_pdf(pages: list[Page], title="document") -> bytes:
    from reportlab.pdfgen import canvas

    mm = 72 / 25.4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for page in pages:
        W, H = page.w * mm, page.h * mm
        c.setPageSize((W, H))
        if page.bg != WHITE:
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, W, H, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, t, font, size, color, anchor, rot = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(_rl_font(font), size)
                c.saveState()
                c.translate(x * mm, H - y * mm)
                if rot:
                    c.rotate(rot)
                if anchor == "l":
                    c.drawString(0, 0, t)
                elif anchor == "c":
                    c.drawCentredString(0, 0, t)
                else:
                    c.drawRightString(0, 0, t)
                c.restoreState()
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * mm)
                c.rect(
                    x * mm,
                    H - (y + h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "poly":
                _, pts, color, lw, closed, fill = op
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, H - pts[0][1] * mm)
                for a, b in pts[1:]:
                    p.lineTo(a * mm, H - b * mm)
                if closed or fill is not None:
                    p.close()
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if color is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in color])
                    c.setLineWidth(max(lw, 0.05) * mm)
                c.setLineCap(1)
                c.setLineJoin(1)
                c.drawPath(
                    p,
                    stroke=1 if color is not None and lw > 0 else 0,
                    fill=1 if fill is not None else 0,
                )
            elif kind == "ellipse":
                _, cx, cy, rx, ry, stroke, fill, lw = op
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * mm)
                c.ellipse(
                    (cx - rx) * mm,
                    H - (cy + ry) * mm,
                    (cx + rx) * mm,
                    H - (cy - ry) * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
        for fd in page.fields:
            name, x, y, w, h, value, kind = fd
            form = c.acroForm
            if kind == "check":
                form.checkbox(
                    name=name,
                    x=x * mm,
                    y=H - (y + h) * mm,
                    size=h * mm,
                    checked=bool(value),
                    buttonStyle="cross",
                    borderWidth=0.5,
                )
            else:
                form.textfield(
                    name=name,
                    value=value or "",
                    x=x * mm,
                    y=H - (y + h) * mm,
                    width=w * mm,
                    height=h * mm,
                    fontName="Helvetica",
                    fontSize=9,
                    borderWidth=0.4,
                    fillColor=None,
                    borderColor=None,
                    forceBorder=False,
                )
        c.showPage()
    c.save()
    return buf.getvalue()
