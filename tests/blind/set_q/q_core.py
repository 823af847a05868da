"""Page model (mm units, y from the top) with a raster (Pillow) and a vector (reportlab) backend."""

import io
import math

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

_T = "/usr/share/fonts/truetype/"
_O = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": _T + "dejavu/DejaVuSans.ttf",
    "sans-b": _T + "dejavu/DejaVuSans-Bold.ttf",
    "sansc": _T + "dejavu/DejaVuSansCondensed.ttf",
    "sansc-b": _T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": _T + "dejavu/DejaVuSerif.ttf",
    "serif-b": _T + "dejavu/DejaVuSerif-Bold.ttf",
    "lib": _T + "liberation/LiberationSans-Regular.ttf",
    "lib-b": _T + "liberation/LiberationSans-Bold.ttf",
    "lib-i": _T + "liberation/LiberationSans-Italic.ttf",
    "libn": _T + "liberation/LiberationSansNarrow-Regular.ttf",
    "libn-b": _T + "liberation/LiberationSansNarrow-Bold.ttf",
    "times": _T + "liberation/LiberationSerif-Regular.ttf",
    "times-b": _T + "liberation/LiberationSerif-Bold.ttf",
    "times-i": _T + "liberation/LiberationSerif-Italic.ttf",
    "mono": _T + "liberation/LiberationMono-Regular.ttf",
    "mono-b": _T + "liberation/LiberationMono-Bold.ttf",
    "courier": _T + "freefont/FreeMono.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "lato-b": _T + "lato/Lato-Bold.ttf",
    "lato-l": _T + "lato/Lato-Light.ttf",
    "os": _T + "open-sans/OpenSans-Regular.ttf",
    "os-b": _T + "open-sans/OpenSans-Bold.ttf",
    "os-sb": _T + "open-sans/OpenSans-Semibold.ttf",
    "rob": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "rob-b": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "rob-m": _T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robc": _T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robc-b": _T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carl": _T + "crosextra/Carlito-Regular.ttf",
    "carl-b": _T + "crosextra/Carlito-Bold.ttf",
    "cal": _T + "crosextra/Caladea-Regular.ttf",
    "cal-b": _T + "crosextra/Caladea-Bold.ttf",
    "fserif": _T + "freefont/FreeSerif.ttf",
    "fserif-b": _T + "freefont/FreeSerifBold.ttf",
    "fsans": _T + "freefont/FreeSans.ttf",
    "fsans-b": _T + "freefont/FreeSansBold.ttf",
    # raster-only fonts (CFF outlines, TTC, complex scripts)
    "ocrb": _O + "ocr-b/OCRB.otf",
    "dancing": _O + "dancingscript/DancingScript-Regular.otf",
    "dancing-b": _O + "dancingscript/DancingScript-Bold.otf",
    "kaushan": _O + "kaushanscript/KaushanScript-Regular.otf",
    "amiri": _O + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": _O + "fonts-hosny-amiri/Amiri-Bold.ttf",
    "cjk": _T + "wqy/wqy-microhei.ttc",
    # handwriting (solid strokes)
    "dkg": _T + "fifthhorseman/dkg.ttf",
    "dkg-b": _T + "fifthhorseman/dkgBd.ttf",
    "breip": _T + "breip/Breip.ttf",
    "humor": _T + "humor-sans/Humor-Sans.ttf",
    "ruf": _T + "rufscript/Rufscript010.ttf",
    "ecolier": _T + "ecolier-court/Ecolier-court.ttf",
}
RASTER_ONLY = {"ocrb", "dancing", "dancing-b", "kaushan", "amiri", "amiri-b", "cjk"}
RL_FALLBACK = {"ocrb": "mono", "dancing": "dkg", "dancing-b": "dkg-b", "kaushan": "dkg-b"}
ASCII_ONLY = {"humor", "ruf"}

_pil_cache = {}
_REF = 200


def pil_font(name, px):
    key = (name, int(px))
    f = _pil_cache.get(key)
    if f is None:
        f = ImageFont.truetype(FONTS[name], max(1, int(px)))
        _pil_cache[key] = f
    return f


def text_width(s, font, size):
    """Width in mm of string s in font at size pt."""
    if not s:
        return 0.0
    return pil_font(font, _REF).getlength(s) / _REF * size * 25.4 / 72


def deaccent(s):
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Page:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []
        self.raster_only = False

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l"):
        s = str(s)
        if font in ASCII_ONLY:
            s = deaccent(s)
        if font in ("amiri", "amiri-b", "cjk"):
            self.raster_only = True
        if anchor != "l":
            wd = text_width(s, font, size)
            x -= wd if anchor == "r" else wd / 2
        self.ops.append(("text", x, y, s, font, size, color))
        return text_width(s, font, size)

    def para(self, x, y, s, width, font="sans", size=9, color=(0, 0, 0), lead=1.35):
        """Left-aligned wrapped paragraph; returns the y after the last line."""
        words, line = s.split(), ""
        step = size * lead * 25.4 / 72
        for w in words:
            t = (line + " " + w).strip()
            if text_width(t, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += step
                line = w
            else:
                line = t
        if line:
            self.text(x, y, line, font, size, color)
            y += step
        return y

    def glyph(self, x, y, ch, font, size, color, angle=0.0):
        if font in RASTER_ONLY:
            self.raster_only = self.raster_only or font in ("amiri", "cjk")
        self.ops.append(("glyph", x, y, ch, font, size, color, angle))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def poly(self, pts, color=(0, 0, 0), lw=0.3):
        self.ops.append(("poly", list(pts), color, lw))

    def circle(self, cx, cy, r, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("circle", cx, cy, r, stroke, fill, lw))

    def image(self, x, y, w, h, im):
        self.ops.append(("image", x, y, w, h, im))

    def dotted(self, x1, y, x2, color=(90, 90, 90)):
        self.line(x1, y, x2, y, color, 0.2, (0.4, 0.8))


# ---------------------------------------------------------------- raster backend
def render_pil(page, dpi):
    k = dpi / 25.4
    W, H = int(round(page.w * k)), int(round(page.h * k))
    im = Image.new("RGB", (W, H), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color = op
            f = pil_font(font, size * dpi / 72)
            d.text((x * k, y * k), s, font=f, fill=color, anchor="ls")
        elif kind == "glyph":
            _, x, y, ch, font, size, color, angle = op
            f = pil_font(font, size * dpi / 72)
            if abs(angle) < 0.01:
                d.text((x * k, y * k), ch, font=f, fill=color, anchor="ls")
                continue
            px = int(size * dpi / 72 * 2) + 4
            g = Image.new("L", (px * 2, px * 2), 0)
            ImageDraw.Draw(g).text((px, px), ch, font=f, fill=255, anchor="ls")
            g = g.rotate(angle, resample=Image.BICUBIC, center=(px, px))
            col = Image.new("RGB", g.size, color)
            im.paste(col, (int(x * k) - px, int(y * k) - px), g)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, int(round(lw * k))) if stroke else 0,
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            wpx = max(1, int(round(lw * k)))
            if dash:
                L = math.hypot(x2 - x1, y2 - y1)
                on, off = dash
                t = 0.0
                while t < L:
                    t2 = min(L, t + on)
                    a, b = t / L, t2 / L
                    d.line(
                        [
                            ((x1 + (x2 - x1) * a) * k, (y1 + (y2 - y1) * a) * k),
                            ((x1 + (x2 - x1) * b) * k, (y1 + (y2 - y1) * b) * k),
                        ],
                        fill=color,
                        width=wpx,
                    )
                    t += on + off
            else:
                d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=wpx)
        elif kind == "poly":
            _, pts, color, lw = op
            d.line(
                [(a * k, b * k) for a, b in pts],
                fill=color,
                width=max(1, int(round(lw * k))),
                joint="curve",
            )
        elif kind == "circle":
            _, cx, cy, r, stroke, fill, lw = op
            d.ellipse(
                [(cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k],
                fill=fill,
                outline=stroke,
                width=max(1, int(round(lw * k))) if stroke else 0,
            )
        elif kind == "image":
            _, x, y, w, h, src = op
            s = src.convert("RGBA").resize((max(1, int(w * k)), max(1, int(h * k))))
            im.paste(s, (int(x * k), int(y * k)), s)
    return im


# ---------------------------------------------------------------- vector backend
_registered = set()


def _rl_font(name):
    name = RL_FALLBACK.get(name, name)
    if name not in _registered:
        pdfmetrics.registerFont(TTFont("q_" + name, FONTS[name]))
        _registered.add(name)
    return "q_" + name


def _c(color):
    return tuple(v / 255 for v in color)


def draw_rl(c, page):
    """Draw a page on a reportlab canvas (page size already set)."""
    mm = 72 / 25.4
    H = page.h

    def P(x, y):
        return x * mm, (H - y) * mm

    if page.bg != (255, 255, 255):
        c.setFillColorRGB(*_c(page.bg))
        c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color = op
            c.setFont(_rl_font(font), size)
            c.setFillColorRGB(*_c(color))
            c.drawString(*P(x, y), s)
        elif kind == "glyph":
            _, x, y, ch, font, size, color, angle = op
            c.saveState()
            c.translate(*P(x, y))
            c.rotate(angle)
            c.setFont(_rl_font(font), size)
            c.setFillColorRGB(*_c(color))
            c.drawString(0, 0, ch)
            c.restoreState()
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            if fill:
                c.setFillColorRGB(*_c(fill))
            if stroke:
                c.setStrokeColorRGB(*_c(stroke))
                c.setLineWidth(lw * mm)
            c.rect(
                x * mm,
                (H - y - h) * mm,
                w * mm,
                h * mm,
                stroke=1 if stroke else 0,
                fill=1 if fill else 0,
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            c.setStrokeColorRGB(*_c(color))
            c.setLineWidth(lw * mm)
            c.setDash([v * mm for v in dash] if dash else [])
            c.line(*P(x1, y1), *P(x2, y2))
            c.setDash([])
        elif kind == "poly":
            _, pts, color, lw = op
            c.setStrokeColorRGB(*_c(color))
            c.setLineWidth(lw * mm)
            p = c.beginPath()
            p.moveTo(*P(*pts[0]))
            for a, b in pts[1:]:
                p.lineTo(*P(a, b))
            c.drawPath(p, stroke=1, fill=0)
        elif kind == "circle":
            _, cx, cy, r, stroke, fill, lw = op
            if fill:
                c.setFillColorRGB(*_c(fill))
            if stroke:
                c.setStrokeColorRGB(*_c(stroke))
                c.setLineWidth(lw * mm)
            c.circle(*P(cx, cy), r * mm, stroke=1 if stroke else 0, fill=1 if fill else 0)
        elif kind == "image":
            _, x, y, w, h, src = op
            c.drawImage(
                ImageReader(src.convert("RGBA")),
                x * mm,
                (H - y - h) * mm,
                w * mm,
                h * mm,
                mask="auto",
            )


def pages_to_pdf(pages, title=None, author=None, hook=None):
    buf = io.BytesIO()
    mm = 72 / 25.4
    c = rl_canvas.Canvas(buf, invariant=1, pagesize=(pages[0].w * mm, pages[0].h * mm))
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
        c.setCreator(author)
    for i, pg in enumerate(pages):
        c.setPageSize((pg.w * mm, pg.h * mm))
        draw_rl(c, pg)
        if hook:
            hook(c, i, pg)
        c.showPage()
    c.save()
    return buf.getvalue()


def images_to_pdf(images, page_mm=(210, 297), quality=70):
    """Scanner PDF: each PIL image as a JPEG page, no text layer."""
    buf = io.BytesIO()
    mm = 72 / 25.4
    c = rl_canvas.Canvas(buf, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        w, h = page_mm if im.width < im.height else (page_mm[1], page_mm[0])
        c.setPageSize((w * mm, h * mm))
        jb = io.BytesIO()
        im.convert("RGB").save(jb, "JPEG", quality=quality)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, w * mm, h * mm)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- handwriting
HAND_FONTS = ["dkg", "breip", "dancing", "dkg-b"]
PEN_BLUE = (22, 38, 120)
PEN_BLACK = (25, 25, 30)


def hand(page, rng, x, y, s, font="dkg", size=12, color=PEN_BLUE, slope=None, jit=1.0):
    """Write s by hand: per-glyph jitter of position, angle and size. Returns end x."""
    if font in ASCII_ONLY:
        s = deaccent(s)
    slope = rng.uniform(-1.2, 1.2) if slope is None else slope
    base_ang = -slope
    x0 = x
    for ch in s:
        sz = size * rng.uniform(0.93, 1.07)
        if ch != " ":
            dy = rng.gauss(0, 0.18) * jit - (x - x0) * math.tan(math.radians(slope))
            page.glyph(
                x + rng.gauss(0, 0.1) * jit,
                y + dy,
                ch,
                font,
                sz,
                color,
                base_ang + rng.gauss(0, 2.5) * jit,
            )
        x += text_width(ch, font, sz) * rng.uniform(0.96, 1.06)
    return x


def signature(page, rng, x, y, w, name, color=PEN_BLUE):
    """A script signature of name inside a box starting at (x, y) baseline, about w mm wide."""
    font = rng.choice(["kaushan", "dancing", "dancing-b", "dkg-b"])
    parts = name.split()
    txt = rng.choice(
        [
            parts[0][0] + ". " + parts[-1].capitalize(),
            parts[-1].capitalize(),
            parts[0].capitalize() + " " + parts[-1][:1].upper(),
        ]
    )
    size = min(22.0, w / max(1.0, text_width(txt, font, 10)) * 10 * 0.8)
    ex = hand(page, rng, x, y, txt, font, size, color, slope=rng.uniform(4, 12), jit=1.4)
    # flourish underline
    pts = []
    n = 24
    x1 = x - 2 + rng.uniform(0, 3)
    x2 = ex + rng.uniform(1, 6)
    amp = rng.uniform(0.6, 2.0)
    for i in range(n + 1):
        t = i / n
        pts.append(
            (
                x1 + (x2 - x1) * t,
                y
                + 2.0
                - t * rng.uniform(2, 4) * 0.5
                + amp * math.sin(t * math.pi * rng.uniform(1.5, 3)),
            )
        )
    page.poly(pts, color, rng.uniform(0.3, 0.5))
    return ex


def stamp(page, rng, cx, cy, r, top, bottom, center="", color=(40, 60, 150)):
    """Round rubber stamp with text around the ring."""
    page.circle(cx, cy, r, color, None, 0.5)
    page.circle(cx, cy, r * 0.72, color, None, 0.3)
    size = r * 0.55
    for txt, sgn in ((top, 1), (bottom, -1)):
        if not txt:
            continue
        n = len(txt)
        span = min(300.0, n * 360 * size * 0.55 / (2 * math.pi * r * 72 / 25.4) * 1.1)
        for i, ch in enumerate(txt):
            t = (i + 0.5) / n - 0.5
            ang = 90 - t * span if sgn > 0 else -90 + t * span
            rad = math.radians(ang)
            rr = r * 0.80 if sgn > 0 else r * 0.80 + size * 0.33
            gx, gy = cx + rr * math.cos(rad), cy - rr * math.sin(rad)
            page.glyph(gx, gy, ch, "sans-b", size, color, ang - 90 if sgn > 0 else ang + 90)
    if center:
        page.text(cx, cy + size * 0.15, center, "sans-b", size * 0.9, color, "c")
