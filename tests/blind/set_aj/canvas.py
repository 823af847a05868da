"""A tiny drawing layer with two back-ends: Pillow (raster pages) and reportlab (text PDFs).

Coordinates are millimetres from the top-left corner; text y is the baseline.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "sans-b": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "serif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "serif-b": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "serif-i": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": F + "truetype/liberation/LiberationMono-Regular.ttf",
    "mono-b": F + "truetype/liberation/LiberationMono-Bold.ttf",
    "dejavu": F + "truetype/dejavu/DejaVuSans.ttf",
    "dejavu-b": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavuc": F + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "dejavuserif": F + "truetype/dejavu/DejaVuSerif.ttf",
    "dejavuserif-b": F + "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": F + "truetype/open-sans/OpenSans-Bold.ttf",
    "open-sb": F + "truetype/open-sans/OpenSans-Semibold.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "lato-b": F + "truetype/lato/Lato-Bold.ttf",
    "lato-l": F + "truetype/lato/Lato-Light.ttf",
    "roboto": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-m": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-b": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotoc": F + "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": F + "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlito-b": F + "truetype/crosextra/Carlito-Bold.ttf",
    "caladea": F + "truetype/crosextra/Caladea-Regular.ttf",
    "caladea-b": F + "truetype/crosextra/Caladea-Bold.ttf",
    "freeserif": F + "truetype/freefont/FreeSerif.ttf",
    "freeserif-b": F + "truetype/freefont/FreeSerifBold.ttf",
    "freesans": F + "truetype/freefont/FreeSans.ttf",
    "freesans-b": F + "truetype/freefont/FreeSansBold.ttf",
    "freemono": F + "truetype/freefont/FreeMono.ttf",
    "amiri": F + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": F + "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "cjk": F + "truetype/wqy/wqy-zenhei.ttc",
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "typewriter": F + "opentype/urw-base35/NimbusMonoPS-Regular.otf",
}
HANDS = {
    "dancing": F + "opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "femke": F + "truetype/femkeklaver/femkeklaver.ttf",
    "ecolier": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "rufscript": F + "truetype/rufscript/Rufscript010.ttf",
    "dkg": F + "truetype/fifthhorseman/dkg.ttf",
    "comic": F + "opentype/comic-neue/ComicNeue-Regular.otf",
    "zapf": F + "opentype/urw-base35/Z003-MediumItalic.otf",
}
# fonts reportlab can embed (TrueType outlines only)
RL_OK = {k for k, v in FONTS.items() if v.endswith(".ttf") and k not in ("amiri", "amiri-b")}
_RL_REG: set[str] = set()
_PIL_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def pil_font(path: str, px: int) -> ImageFont.FreeTypeFont:
    key = (path, px)
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(path, max(px, 4))
    return _PIL_CACHE[key]


def _rl_name(font: str) -> str:
    if font not in RL_OK:
        raise ValueError(f"font {font} cannot go in a text PDF")
    if font not in _RL_REG:
        pdfmetrics.registerFont(TTFont("F_" + font, FONTS[font]))
        _RL_REG.add(font)
    return "F_" + font


class Page:
    """One page, drawn either into a PIL image or onto a reportlab canvas."""

    def __init__(
        self, w_mm: float, h_mm: float, dpi: int = 200, rl=None, bg=(255, 255, 255), doc=None, idx=0
    ):
        self.w, self.h, self.dpi, self.rl = w_mm, h_mm, dpi, rl
        self.doc, self.idx = doc, idx
        if rl is None:
            self.img = Image.new("RGB", (self.px(w_mm), self.px(h_mm)), bg)
            self.draw = ImageDraw.Draw(self.img)
        elif bg != (255, 255, 255):
            self.rect(0, 0, w_mm, h_mm, fill=bg, stroke=None)

    def _act(self):
        """Text PDFs are drawn page after page: move the shared canvas to this page."""
        if self.doc is not None and self.doc.cur != self.idx:
            self.doc.c.showPage()
            self.doc.cur = self.idx

    def px(self, mm: float) -> int:
        return int(round(mm * self.dpi / 25.4))

    # --- measuring
    def width(self, s: str, size: float, font: str = "sans") -> float:
        if self.rl is not None:
            return pdfmetrics.stringWidth(s, _rl_name(font), size) * 25.4 / 72
        f = pil_font(FONTS[font], int(size * self.dpi / 72))
        return f.getlength(s) * 25.4 / self.dpi

    # --- drawing
    def text(self, x, y, s, size=10, font="sans", color=(0, 0, 0), align="left", rtl=False):
        if align != "left":
            tw = self.width(s, size, font) if not rtl else self._w_pil(s, size, font, rtl)
            x = x - tw if align == "right" else x - tw / 2
        if self.rl is not None:
            self._act()
            c = self.rl
            c.setFillColorRGB(*[v / 255 for v in color])
            c.setFont(_rl_name(font), size)
            c.drawString(x * 72 / 25.4, (self.h - y) * 72 / 25.4, s)
            return
        f = pil_font(FONTS[font], int(size * self.dpi / 72))
        kw = {"direction": "rtl", "language": "ar"} if rtl else {}
        self.draw.text((self.px(x), self.px(y)), s, font=f, fill=color, anchor="ls", **kw)

    def _w_pil(self, s, size, font, rtl):
        f = pil_font(FONTS[font], int(size * self.dpi / 72))
        kw = {"direction": "rtl", "language": "ar"} if rtl else {}
        return f.getlength(s, **kw) * 25.4 / self.dpi

    def lines(self, x, y, rows, size=10, font="sans", lead=1.35, color=(0, 0, 0)):
        for i, r in enumerate(rows):
            self.text(x, y + i * size * lead * 25.4 / 72, r, size, font, color)
        return y + len(rows) * size * lead * 25.4 / 72

    def wrap(self, x, y, s, width, size=10, font="sans", lead=1.35, color=(0, 0, 0)):
        words, rows, cur = s.split(), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if self.width(t, size, font) > width and cur:
                rows.append(cur)
                cur = wd
            else:
                cur = t
        if cur:
            rows.append(cur)
        return self.lines(x, y, rows, size, font, lead, color)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3, radius=0.0):
        if self.rl is not None:
            self._act()
            c = self.rl
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * 72 / 25.4)
            k = 72 / 25.4
            args = (x * k, (self.h - y - h) * k, w * k, h * k)
            if radius:
                c.roundRect(*args, radius * k, stroke=1 if stroke else 0, fill=1 if fill else 0)
            else:
                c.rect(*args, stroke=1 if stroke else 0, fill=1 if fill else 0)
            return
        box = [self.px(x), self.px(y), self.px(x + w), self.px(y + h)]
        width = max(1, self.px(lw)) if stroke else 0
        if radius:
            self.draw.rounded_rectangle(
                box, self.px(radius), fill=fill, outline=stroke, width=width
            )
        else:
            self.draw.rectangle(box, fill=fill, outline=stroke, width=width)

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, dash=False):
        if self.rl is not None:
            self._act()
            c = self.rl
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(lw * 72 / 25.4)
            c.setDash(1, 2) if dash else c.setDash()
            k = 72 / 25.4
            c.line(x1 * k, (self.h - y1) * k, x2 * k, (self.h - y2) * k)
            c.setDash()
            return
        if dash:
            n = int(max(abs(x2 - x1), abs(y2 - y1)) / 1.0)
            for i in range(0, n, 2):
                a, b = i / n, min((i + 1) / n, 1)
                p1 = (self.px(x1 + (x2 - x1) * a), self.px(y1 + (y2 - y1) * a))
                p2 = (self.px(x1 + (x2 - x1) * b), self.px(y1 + (y2 - y1) * b))
                self.draw.line([p1, p2], fill=color, width=max(1, self.px(lw)))
            return
        pts = [(self.px(x1), self.px(y1)), (self.px(x2), self.px(y2))]
        self.draw.line(pts, fill=color, width=max(1, self.px(lw)))

    def image(self, im: Image.Image, x, y, w, h=None):
        if h is None:
            h = w * im.height / im.width
        if self.rl is not None:
            self._act()
            k = 72 / 25.4
            buf = io.BytesIO()
            im.save(buf, "PNG")
            buf.seek(0)
            self.rl.drawImage(
                ImageReader(buf), x * k, (self.h - y - h) * k, w * k, h * k, mask="auto"
            )
            return
        sized = im.resize((max(1, self.px(w)), max(1, self.px(h))), Image.LANCZOS)
        if sized.mode == "RGBA":
            self.img.paste(sized, (self.px(x), self.px(y)), sized)
        else:
            self.img.paste(sized.convert("RGB"), (self.px(x), self.px(y)))

    def hand(self, x, y, s, size=12, hand="dancing", color=(20, 30, 110), rng=None, w=None):
        """Handwritten text: glyph by glyph with jitter, rendered as an RGBA overlay."""
        rng = rng or random.Random(len(s))
        im = hand_image(s, size, hand, color, rng, 300)
        if w is None:
            w = im.width * 25.4 / 300
        hh = w * im.height / im.width
        self.image(im, x, y - hh * 0.72, w, hh)
        return x + w


def hand_image(s, size, hand, color, rng, dpi=300) -> Image.Image:
    px = int(size * dpi / 72)
    f = pil_font(HANDS[hand], px)
    W = int(f.getlength(s) * 1.15) + px * 2
    H = int(px * 2.0)
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    x = px * 0.3
    base = px * 1.4
    slope = rng.uniform(-0.03, 0.03)
    for ch in s:
        gw = f.getlength(ch)
        if ch.strip():
            g = Image.new("RGBA", (int(gw + px), int(px * 2)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text(
                (px * 0.3, px * 1.4), ch, font=f, fill=color + (235,), anchor="ls"
            )
            g = g.rotate(rng.uniform(-5, 5), resample=Image.BICUBIC)
            dy = rng.uniform(-0.05, 0.05) * px + slope * x
            im.alpha_composite(g, (int(x - px * 0.3), int(base - px * 1.4 + dy)))
        x += gw * rng.uniform(0.95, 1.06)
    return im.crop((0, 0, min(W, int(x + px * 0.5)), H))


def signature_image(name: str, rng: random.Random, color=(15, 25, 90)) -> Image.Image:
    hand = rng.choice(["dancing", "kaushan", "zapf", "dkg"])
    parts = name.split()
    text = parts[0][0] + ". " + parts[-1].capitalize() if rng.random() < 0.5 else parts[-1]
    im = hand_image(text, 30, hand, color, rng, 200)
    d = ImageDraw.Draw(im)
    w, h = im.size
    pts = []
    x0, y0 = w * rng.uniform(0.05, 0.3), h * rng.uniform(0.75, 0.9)
    for i in range(40):
        t = i / 39
        pts.append((x0 + t * w * 0.85, y0 + math.sin(t * math.pi * rng.uniform(1, 3)) * h * 0.08))
    d.line(pts, fill=color + (230,), width=3, joint="curve")
    return im.filter(ImageFilter.GaussianBlur(0.6))


def stamp_image(ring: str, center: list[str], rng: random.Random, color=(40, 60, 170), d_mm=36):
    """A round rubber stamp: text around the ring, lines in the middle, patchy ink."""
    S = int(d_mm * 12)
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = color + (210,)
    dr.ellipse([4, 4, S - 4, S - 4], outline=c, width=6)
    dr.ellipse([S * 0.17, S * 0.17, S * 0.83, S * 0.83], outline=c, width=3)
    f = pil_font(FONTS["dejavu-b"], int(S * 0.075))
    n = len(ring)
    for i, ch in enumerate(ring):
        a = math.pi + 2 * math.pi * i / max(n, 1) * 0.96
        g = Image.new("RGBA", (int(S * 0.12), int(S * 0.12)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((S * 0.06, S * 0.06), ch, font=f, fill=c, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        r = S * 0.415
        px_ = S / 2 + r * math.cos(a) - g.width / 2
        py_ = S / 2 + r * math.sin(a) - g.height / 2
        im.alpha_composite(g, (int(px_), int(py_)))
    f2 = pil_font(FONTS["dejavu-b"], int(S * 0.07))
    for i, t in enumerate(center):
        y = S / 2 + (i - (len(center) - 1) / 2) * S * 0.09
        dr.text((S / 2, y), t, font=f2, fill=c, anchor="mm")
    # patchy ink
    mask = Image.effect_noise((S, S), 90).convert("L").point(lambda v: 255 if v > 70 else 90)
    a = im.getchannel("A")
    im.putalpha(Image.composite(a, Image.new("L", a.size, 0), mask))
    return im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def rect_stamp(lines_: list[str], rng: random.Random, color=(150, 30, 40), w_mm=60) -> Image.Image:
    S = 12
    W = int(w_mm * S)
    H = int((len(lines_) * 5.2 + 5) * S)
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = color + (200,)
    dr.rectangle([3, 3, W - 3, H - 3], outline=c, width=5)
    for i, t in enumerate(lines_):
        f = pil_font(FONTS["dejavuc"] if i else FONTS["dejavu-b"], int(3.4 * S))
        dr.text((W / 2, (4.5 + i * 5.2) * S), t, font=f, fill=c, anchor="mm")
    mask = Image.effect_noise((W, H), 90).convert("L").point(lambda v: 255 if v > 65 else 110)
    a = im.getchannel("A")
    im.putalpha(Image.composite(a, Image.new("L", a.size, 0), mask))
    return im.rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)


class PdfDoc:
    """A multi-page text PDF."""

    def __init__(self, path: str, w_mm=210.0, h_mm=297.0, title="", author=""):
        self.c = rl_canvas.Canvas(path, pagesize=(w_mm * 72 / 25.4, h_mm * 72 / 25.4), invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator(author or "PDF")
        self.w, self.h = w_mm, h_mm
        self.cur = 0

    def pages(self, n: int) -> list[Page]:
        return [Page(self.w, self.h, rl=self.c, doc=self, idx=i) for i in range(n)]

    def save(self):
        self.c.showPage()
        self.c.save()
