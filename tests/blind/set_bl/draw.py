"""Drawing layer shared by every layout: one API, two backends (reportlab PDF, Pillow image).

Coordinates are millimetres from the top-left corner; `y` of a text call is its baseline.
"""

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
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "monob": T + "liberation/LiberationMono-Bold.ttf",
    "dejavu": T + "dejavu/DejaVuSans.ttf",
    "dejavub": T + "dejavu/DejaVuSans-Bold.ttf",
    "dejaserif": T + "dejavu/DejaVuSerif.ttf",
    "dejaserifb": T + "dejavu/DejaVuSerif-Bold.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "roboto": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlitob": T + "crosextra/Carlito-Bold.ttf",
    "caladea": T + "crosextra/Caladea-Regular.ttf",
    "caladeab": T + "crosextra/Caladea-Bold.ttf",
    "freeserif": T + "freefont/FreeSerif.ttf",
    "freesans": T + "freefont/FreeSans.ttf",
    "freesansb": T + "freefont/FreeSansBold.ttf",
    # handwriting
    "h_dkg": T + "fifthhorseman/dkg.ttf",
    "h_ecolier": T + "ecolier-court/Ecolier-court.ttf",
    "h_femke": T + "femkeklaver/femkeklaver.ttf",
    "h_ruf": T + "rufscript/Rufscript010.ttf",
    "h_humor": T + "humor-sans/Humor-Sans.ttf",
    # image-only (OpenType CFF, not embeddable by reportlab)
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "h_dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "h_kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
}
PDF_FALLBACK = {"ocrb": "monob", "h_dancing": "h_dkg", "h_kaushan": "h_ruf", "amiri": "dejavu"}
_registered: set[str] = set()
INK_BLUE = (22, 38, 120)
HAND_SCALE = {"h_femke": 1.3, "h_ecolier": 1.7}
INK_BLACK = (25, 25, 30)


def _rl_font(name: str) -> str:
    name = PDF_FALLBACK.get(name, name)
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
        _registered.add(name)
    return name


def _c01(col):
    return tuple(v / 255.0 for v in col)


class PdfPage:
    def __init__(self, cv, w, h):
        self.cv, self.w, self.h = cv, w, h
        self.k = 72 / 25.4

    def _p(self, x, y):
        return x * self.k, (self.h - y) * self.k

    def width(self, s, size=10, font="sans"):
        return pdfmetrics.stringWidth(s, _rl_font(font), size) / self.k

    def text(self, x, y, s, size=10, font="sans", color=(0, 0, 0), align="l", rtl=False):
        f = _rl_font(font)
        self.cv.setFont(f, size)
        self.cv.setFillColorRGB(*_c01(color))
        px, py = self._p(x, y)
        if align == "r":
            self.cv.drawRightString(px, py, s)
        elif align == "c":
            self.cv.drawCentredString(px, py, s)
        else:
            self.cv.drawString(px, py, s)

    def line(self, x1, y1, x2, y2, lw=0.3, color=(0, 0, 0), dash=None):
        self.cv.setStrokeColorRGB(*_c01(color))
        self.cv.setLineWidth(lw * self.k)
        self.cv.setDash(*(dash or ([], 0)))
        self.cv.line(*self._p(x1, y1), *self._p(x2, y2))
        self.cv.setDash([], 0)

    def poly(self, pts, lw=0.4, color=(0, 0, 0)):
        self.cv.setStrokeColorRGB(*_c01(color))
        self.cv.setLineWidth(lw * self.k)
        self.cv.setLineCap(1)
        self.cv.setLineJoin(1)
        p = self.cv.beginPath()
        p.moveTo(*self._p(*pts[0]))
        for q in pts[1:]:
            p.lineTo(*self._p(*q))
        self.cv.drawPath(p, stroke=1, fill=0)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        if stroke:
            self.cv.setStrokeColorRGB(*_c01(stroke))
            self.cv.setLineWidth(lw * self.k)
        if fill:
            self.cv.setFillColorRGB(*_c01(fill))
        px, py = self._p(x, y + h)
        self.cv.rect(
            px, py, w * self.k, h * self.k, stroke=1 if stroke else 0, fill=1 if fill else 0
        )

    def circle(self, x, y, r, stroke=(0, 0, 0), fill=None, lw=0.3):
        if stroke:
            self.cv.setStrokeColorRGB(*_c01(stroke))
            self.cv.setLineWidth(lw * self.k)
        if fill:
            self.cv.setFillColorRGB(*_c01(fill))
        self.cv.circle(*self._p(x, y), r * self.k, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def image(self, img, x, y, w, h):
        buf = io.BytesIO()
        if img.mode == "RGBA":
            img.save(buf, "PNG")
            mask = "auto"
        else:
            img.convert("RGB").save(buf, "JPEG", quality=88)
            mask = None
        buf.seek(0)
        px, py = self._p(x, y + h)
        self.cv.drawImage(ImageReader(buf), px, py, w * self.k, h * self.k, mask=mask)


class ImgPage:
    def __init__(self, w, h, dpi=200, bg=(255, 255, 255)):
        self.w, self.h, self.dpi = w, h, dpi
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (round(w * self.k), round(h * self.k)), bg)
        self.d = ImageDraw.Draw(self.img)
        self._fc: dict = {}

    def font(self, name, size):
        key = (name, size)
        if key not in self._fc:
            px = max(4, round(size / 72 * self.dpi))
            self._fc[key] = ImageFont.truetype(FONTS[name], px)
        return self._fc[key]

    def width(self, s, size=10, font="sans"):
        return self.font(font, size).getlength(s) / self.k

    def text(self, x, y, s, size=10, font="sans", color=(0, 0, 0), align="l", rtl=False):
        anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
        kw = {"direction": "rtl", "language": "fa"} if rtl else {}
        self.d.text(
            (x * self.k, y * self.k), s, fill=color, font=self.font(font, size), anchor=anchor, **kw
        )

    def line(self, x1, y1, x2, y2, lw=0.3, color=(0, 0, 0), dash=None):
        wpx = max(1, round(lw * self.k))
        if dash:
            on, off = dash[0][0] / 2.835, dash[0][1] / 2.835
            ln = math.hypot(x2 - x1, y2 - y1) or 1
            t = 0.0
            while t < ln:
                t2 = min(ln, t + on)
                self.d.line(
                    [
                        ((x1 + (x2 - x1) * t / ln) * self.k, (y1 + (y2 - y1) * t / ln) * self.k),
                        ((x1 + (x2 - x1) * t2 / ln) * self.k, (y1 + (y2 - y1) * t2 / ln) * self.k),
                    ],
                    fill=color,
                    width=wpx,
                )
                t = t2 + off
            return
        self.d.line([(x1 * self.k, y1 * self.k), (x2 * self.k, y2 * self.k)], fill=color, width=wpx)

    def poly(self, pts, lw=0.4, color=(0, 0, 0)):
        self.d.line(
            [(a * self.k, b * self.k) for a, b in pts],
            fill=color,
            width=max(1, round(lw * self.k)),
            joint="curve",
        )

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.d.rectangle(
            [x * self.k, y * self.k, (x + w) * self.k, (y + h) * self.k],
            fill=fill,
            outline=stroke,
            width=max(1, round(lw * self.k)) if stroke else 0,
        )

    def circle(self, x, y, r, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.d.ellipse(
            [(x - r) * self.k, (y - r) * self.k, (x + r) * self.k, (y + r) * self.k],
            fill=fill,
            outline=stroke,
            width=max(1, round(lw * self.k)) if stroke else 0,
        )

    def image(self, img, x, y, w, h):
        im = img.resize((max(1, round(w * self.k)), max(1, round(h * self.k))), Image.LANCZOS)
        pos = (round(x * self.k), round(y * self.k))
        if im.mode == "RGBA":
            self.img.paste(im, pos, im)
        else:
            self.img.paste(im.convert("RGB"), pos)


class Doc:
    """A document of pages, rendered either to a text PDF or to images."""

    def __init__(self, kind="img", size=(210, 297), dpi=200, path=None, title=""):
        self.kind, self.size, self.dpi, self.path = kind, size, dpi, path
        self.pages: list = []
        if kind == "pdf":
            k = 72 / 25.4
            self.cv = rl_canvas.Canvas(str(path), pagesize=(size[0] * k, size[1] * k), invariant=1)
            self.cv.setTitle(title)
            self.cv.setAuthor("")

    def page(self, bg=(255, 255, 255), size=None):
        w, h = size or self.size
        if self.kind == "pdf":
            if self.pages:
                self.cv.showPage()
            p = PdfPage(self.cv, w, h)
            if bg != (255, 255, 255):
                p.rect(0, 0, w, h, stroke=None, fill=bg)
        else:
            p = ImgPage(w, h, self.dpi, bg)
        self.pages.append(p)
        return p

    def finish(self):
        if self.kind == "pdf":
            self.cv.showPage()
            self.cv.save()
            return len(self.pages)
        return [p.img for p in self.pages] if self.kind == "img" else None


# ---------------------------------------------------------------- text helpers
def wrap(pg, text, size, font, maxw):
    lines, cur = [], ""
    for word in text.split():
        t = (cur + " " + word).strip()
        if pg.width(t, size, font) > maxw and cur:
            lines.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def para(pg, x, y, text, size=9, font="sans", maxw=170, lead=1.35, color=(0, 0, 0)):
    for ln in wrap(pg, text, size, font, maxw):
        pg.text(x, y, ln, size, font, color)
        y += size * lead * 0.3528
    return y


def hand(pg, x, y, s, rng, size=13, font="h_dkg", color=INK_BLUE):
    """Handwritten text: glyph by glyph with jitter of baseline, size and spacing."""
    size *= HAND_SCALE.get(font, 1.0)
    slope = rng.uniform(-0.5, 0.5)
    for i, ch in enumerate(s):
        sz = size * rng.uniform(0.92, 1.08)
        pg.text(x, y + rng.uniform(-0.35, 0.35) + slope * i / 10, ch, sz, font, color)
        x += pg.width(ch, sz, font) * rng.uniform(0.95, 1.1)
    return x


def comb_hand(pg, x, y, s, rng, cell=5.0, size=12, font="h_dkg", color=INK_BLUE):
    """Capitals one per comb box (box tops at y - cell + 1)."""
    size *= HAND_SCALE.get(font, 1.0)
    for i, ch in enumerate(s):
        if ch != " ":
            pg.text(
                x + i * cell + cell / 2 + rng.uniform(-0.4, 0.4),
                y + rng.uniform(-0.4, 0.3),
                ch,
                size * rng.uniform(0.9, 1.08),
                font,
                color,
                align="c",
            )


def signature(pg, x, y, w, h, rng, name="", color=INK_BLUE, lw=0.45):
    """A pen signature: a few loopy strokes plus a flourish, drawn as jittered polylines."""
    n_strokes = rng.randint(1, 3)
    cx = x + rng.uniform(0, w * 0.12)
    base = y + h * rng.uniform(0.55, 0.7)
    seed_len = max(3, len(name) // 3) if name else rng.randint(4, 8)
    for s_i in range(n_strokes):
        seg_w = min(w * rng.uniform(0.22, 0.45), x + w * 0.95 - cx)
        if seg_w < w * 0.12:
            break
        pts = []
        loops = seed_len + rng.randint(-1, 2)
        amp = h * rng.uniform(0.18, 0.35)
        ph = rng.uniform(0, math.pi)
        steps = 60 + loops * 10
        for i in range(steps + 1):
            t = i / steps
            xx = cx + seg_w * t + 1.2 * math.sin(t * loops * 2 * math.pi + ph) * rng.uniform(0.7, 1)
            env = 1.0 if s_i else (1.6 - t)
            yy = (
                base
                - amp * env * math.sin(t * loops * math.pi * 1.5 + ph)
                - (h * 0.25 if s_i == 0 and t < 0.12 else 0) * (0.12 - t) * 8
            )
            pts.append((xx + rng.uniform(-0.08, 0.08), yy + rng.uniform(-0.08, 0.08)))
        pg.poly(pts, lw * rng.uniform(0.85, 1.15), color)
        cx += seg_w + rng.uniform(1, 4)
    # flourish
    fx0 = x + rng.uniform(0, w * 0.2)
    fx1 = min(x + w, cx + rng.uniform(0, 6))
    pts = []
    for i in range(41):
        t = i / 40
        pts.append(
            (
                fx0 + (fx1 - fx0) * t,
                base + h * 0.18 + math.sin(t * math.pi) * -h * 0.08 + rng.uniform(-0.1, 0.1),
            )
        )
    pg.poly(pts, lw * 0.9, color)
    if rng.random() < 0.5:
        px = fx1 - rng.uniform(3, 8)
        pg.poly(
            [(px, base + h * 0.3), (px + 1.5, base - h * 0.3), (px + 2.5, base + h * 0.1)],
            lw,
            color,
        )


def stamp(
    pg,
    x,
    y,
    r,
    lines_round,
    center_lines,
    rng,
    color=(40, 60, 150),
    rect=False,
    cfont="sansb",
):
    """An ink stamp: a round (or rectangular) border with text inside, slightly faded."""
    col = tuple(min(255, c + rng.randint(0, 40)) for c in color)
    rfont = "sansb" if cfont.startswith("amiri") else cfont
    if rect:
        pg.rect(x - r * 1.6, y - r * 0.8, r * 3.2, r * 1.6, stroke=col, lw=0.5)
        pg.rect(x - r * 1.5, y - r * 0.7, r * 3.0, r * 1.4, stroke=col, lw=0.25)
    else:
        pg.circle(x, y, r, stroke=col, lw=0.5)
        pg.circle(x, y, r * 0.72, stroke=col, lw=0.3)
        txt = lines_round
        n = len(txt)
        rsize = min(r * 0.9, 2.64 * r / max(1, n) / 0.62 * 2.835)
        for i, ch in enumerate(txt):
            a = math.pi * (1.05 + 0.9 * i / max(1, n - 1))
            pg.text(
                x + r * 0.84 * math.cos(a),
                y + r * 0.84 * math.sin(a) + 0.8,
                ch,
                rsize,
                rfont,
                col,
                align="c",
            )
    yy = y - (len(center_lines) - 1) * r * 0.18
    for ln in center_lines:
        size = r * 0.75
        while size > 3 and pg.width(ln, size, cfont) > r * 1.25:
            size *= 0.9
        pg.text(x, yy + 0.8, ln, size, cfont, col, align="c", rtl=cfont.startswith("amiri"))
        yy += r * 0.36


def guilloche(pg, x, y, w, h, rng, color=(200, 220, 210), n=14, lw=0.12):
    for j in range(n):
        a = rng.uniform(1, 4)
        f = rng.uniform(2, 7)
        ph = rng.uniform(0, 6.28)
        pts = []
        for i in range(121):
            t = i / 120
            pts.append((x + w * t, y + h * (j + 0.5) / n + a * math.sin(f * 6.28 * t + ph)))
        pg.poly(pts, lw, color)


def photo(
    pg, x, y, w, h, rng, skin=(196, 160, 130), hair=(40, 30, 25), bg=(225, 228, 232), grey=False
):
    """An ID photo placeholder: head and shoulders silhouette."""
    if grey:
        skin = (150, 150, 150)
        hair = (60, 60, 60)
        bg = (215, 215, 215)
    pg.rect(x, y, w, h, stroke=None, fill=bg)
    cx = x + w / 2 + rng.uniform(-1, 1)
    pg.circle(cx, y + h * 0.42, w * 0.27, stroke=None, fill=hair)
    pg.circle(cx, y + h * 0.46, w * 0.23, stroke=None, fill=skin)
    body = (60, 62, 70) if not grey else (90, 90, 90)
    pg.circle(cx - w * 0.22, y + h * 0.86, w * 0.14, stroke=None, fill=body)
    pg.circle(cx + w * 0.22, y + h * 0.86, w * 0.14, stroke=None, fill=body)
    pg.rect(cx - w * 0.36, y + h * 0.86, w * 0.72, h * 0.14, stroke=None, fill=body)
    pg.rect(cx - w * 0.22, y + h * 0.72, w * 0.44, h * 0.28, stroke=None, fill=body)
    pg.circle(cx, y + h * 0.46, w * 0.23, stroke=None, fill=skin)
