"""A small display list ("Page") with two back ends.

Every document of the set is drawn once, in millimetres from the top-left corner of
its sheet, and can then be rasterised with Pillow (for scans and photos) or written
as a real text-layer PDF with reportlab (for documents downloaded from a customer
area). Both back ends read the same font files, so text widths agree.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts"

# key -> (file, pdf-capable?)  Files with PostScript outlines (.otf) cannot be embedded
# by reportlab; a PDF falls back to PDF_FALLBACK for them.
FONTS: dict[str, str] = {
    "sans": "truetype/dejavu/DejaVuSans.ttf",
    "sans-b": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "sans-i": "truetype/dejavu/DejaVuSans-Oblique.ttf",
    "sansc": "truetype/dejavu/DejaVuSansCondensed.ttf",
    "sansc-b": "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": "truetype/dejavu/DejaVuSerif.ttf",
    "serif-b": "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "serif-i": "truetype/dejavu/DejaVuSerif-Italic.ttf",
    "serif-bi": "truetype/dejavu/DejaVuSerif-BoldItalic.ttf",
    "mono": "truetype/dejavu/DejaVuSansMono.ttf",
    "mono-b": "truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "arial": "truetype/liberation/LiberationSans-Regular.ttf",
    "arial-b": "truetype/liberation/LiberationSans-Bold.ttf",
    "arial-i": "truetype/liberation/LiberationSans-Italic.ttf",
    "narrow": "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "times": "truetype/liberation/LiberationSerif-Regular.ttf",
    "times-b": "truetype/liberation/LiberationSerif-Bold.ttf",
    "times-i": "truetype/liberation/LiberationSerif-Italic.ttf",
    "times-bi": "truetype/liberation/LiberationSerif-BoldItalic.ttf",
    "courier": "truetype/liberation/LiberationMono-Regular.ttf",
    "courier-b": "truetype/liberation/LiberationMono-Bold.ttf",
    "calibri": "truetype/crosextra/Carlito-Regular.ttf",
    "calibri-b": "truetype/crosextra/Carlito-Bold.ttf",
    "calibri-i": "truetype/crosextra/Carlito-Italic.ttf",
    "cambria": "truetype/crosextra/Caladea-Regular.ttf",
    "cambria-b": "truetype/crosextra/Caladea-Bold.ttf",
    "open": "truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": "truetype/open-sans/OpenSans-Bold.ttf",
    "open-sb": "truetype/open-sans/OpenSans-Semibold.ttf",
    "open-l": "truetype/open-sans/OpenSans-Light.ttf",
    "open-xb": "truetype/open-sans/OpenSans-ExtraBold.ttf",
    "roboto": "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-l": "truetype/roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "roboto-bl": "truetype/roboto/unhinted/RobotoTTF/Roboto-Black.ttf",
    "robotoc": "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "lato": "truetype/lato/Lato-Regular.ttf",
    "lato-b": "truetype/lato/Lato-Bold.ttf",
    "lato-l": "truetype/lato/Lato-Light.ttf",
    "lato-h": "truetype/lato/Lato-Heavy.ttf",
    "lato-sb": "truetype/lato/Lato-Semibold.ttf",
    "free": "truetype/freefont/FreeSans.ttf",
    "free-b": "truetype/freefont/FreeSansBold.ttf",
    "freeserif": "truetype/freefont/FreeSerif.ttf",
    "freeserif-b": "truetype/freefont/FreeSerifBold.ttf",
    "freeserif-i": "truetype/freefont/FreeSerifItalic.ttf",
    "freemono": "truetype/freefont/FreeMono.ttf",
    "arabic": "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "arabic-b": "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "cjk": "truetype/wqy/wqy-microhei.ttc",
    "deva": "truetype/freefont/FreeSans.ttf",
    # PostScript-outline faces: raster only
    "ocrb": "opentype/ocr-b/OCRB.otf",
    "helv": "opentype/urw-base35/NimbusSans-Regular.otf",
    "helv-b": "opentype/urw-base35/NimbusSans-Bold.otf",
    "helvn": "opentype/urw-base35/NimbusSansNarrow-Regular.otf",
    "helvn-b": "opentype/urw-base35/NimbusSansNarrow-Bold.otf",
    "gothic": "opentype/urw-base35/URWGothic-Book.otf",
    "gothic-b": "opentype/urw-base35/URWGothic-Demi.otf",
    "bookman": "opentype/urw-base35/URWBookman-Light.otf",
    "bookman-b": "opentype/urw-base35/URWBookman-Demi.otf",
    "palatino": "opentype/urw-base35/P052-Roman.otf",
    "palatino-b": "opentype/urw-base35/P052-Bold.otf",
    "palatino-i": "opentype/urw-base35/P052-Italic.otf",
    "century": "opentype/urw-base35/C059-Roman.otf",
    "century-b": "opentype/urw-base35/C059-Bold.otf",
    "chancery": "opentype/urw-base35/Z003-MediumItalic.otf",
    "nimbusmono": "opentype/urw-base35/NimbusMonoPS-Regular.otf",
    "nimbusmono-b": "opentype/urw-base35/NimbusMonoPS-Bold.otf",
    # handwriting
    "hand": "truetype/fifthhorseman/dkg.ttf",
    "hand-b": "truetype/fifthhorseman/dkgBd.ttf",
    "hand-caps": "truetype/humor-sans/Humor-Sans.ttf",
    "hand-ruf": "truetype/rufscript/Rufscript010.ttf",
    "script": "opentype/dancingscript/DancingScript-Regular.otf",
    "script-b": "opentype/dancingscript/DancingScript-Bold.otf",
    "kaushan": "opentype/kaushanscript/KaushanScript-Regular.otf",
    "neat": "opentype/comic-neue/ComicNeue-Regular.otf",
    "neat-b": "opentype/comic-neue/ComicNeue-Bold.otf",
}

PDF_FALLBACK = {
    "ocrb": "mono",
    "helv": "arial",
    "helv-b": "arial-b",
    "helvn": "narrow",
    "helvn-b": "narrow-b",
    "gothic": "open",
    "gothic-b": "open-b",
    "bookman": "serif",
    "bookman-b": "serif-b",
    "palatino": "cambria",
    "palatino-b": "cambria-b",
    "palatino-i": "times-i",
    "century": "times",
    "century-b": "times-b",
    "chancery": "times-i",
    "nimbusmono": "courier",
    "nimbusmono-b": "courier-b",
    "script": "hand",
    "script-b": "hand-b",
    "kaushan": "hand-b",
    "neat": "hand",
    "neat-b": "hand-b",
}

_PIL_FONTS: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}


def pil_font(key: str, px: float) -> ImageFont.FreeTypeFont:
    px = max(4.0, round(px * 4) / 4.0)
    k = (key, px)
    f = _PIL_FONTS.get(k)
    if f is None:
        f = ImageFont.truetype(f"{FONT_DIR}/{FONTS[key]}", px)
        _PIL_FONTS[k] = f
    return f


_WIDTH_CACHE: dict[tuple[str, str], float] = {}
_GLYPHS: dict[tuple[str, str], bool] = {}
_NOTDEF: dict[str, tuple] = {}

SERIF_FAMILIES = ("times", "cambria", "palatino", "century", "bookman", "freeserif", "serif")


def _mask_sig(f: ImageFont.FreeTypeFont, ch: str) -> tuple:
    m = f.getmask(ch)
    return (m.size, bytes(m))


def has_glyph(key: str, ch: str) -> bool:
    """True when the face draws ch with a real glyph (not its .notdef box)."""
    if ch in " \n\t":
        return True
    k = (key, ch)
    r = _GLYPHS.get(k)
    if r is None:
        f = pil_font(key, 40)
        nd = _NOTDEF.get(key)
        if nd is None:
            nd = _mask_sig(f, "\U0010fffd")
            _NOTDEF[key] = nd
        r = _mask_sig(f, ch) != nd
        _GLYPHS[k] = r
    return r


def _fallback(key: str, ch: str) -> str:
    o = ord(ch)
    if 0x0900 <= o <= 0x097F:
        return "deva"
    if 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF:
        return "cjk"
    serif = key.startswith(SERIF_FAMILIES)
    bold = key.endswith(("-b", "-bi", "-h", "-xb", "-bl", "-sb", "-m"))
    ital = key.endswith(("-i", "-bi"))
    base = "serif" if serif else "sans"
    fb = base + ("-b" if bold else "-i" if ital else "")
    if has_glyph(fb, ch):
        return fb
    return "cjk" if has_glyph("cjk", ch) else fb


def font_runs(s: str, font: str) -> list[tuple[str, str]]:
    if all(has_glyph(font, c) for c in s):
        return [(s, font)]
    runs: list[tuple[str, str]] = []
    for c in s:
        f = font if has_glyph(font, c) else _fallback(font, c)
        if runs and runs[-1][1] == f:
            runs[-1] = (runs[-1][0] + c, f)
        else:
            runs.append((c, f))
    return runs


def text_width(s: str, font: str, size_pt: float) -> float:
    """Width of s in mm at size_pt."""
    k = (font, s)
    w = _WIDTH_CACHE.get(k)
    if w is None:
        w = pil_font(font, 1000).getlength(s) / 1000.0
        _WIDTH_CACHE[k] = w
    return w * size_pt * 25.4 / 72.0


Color = tuple[int, int, int]
BLACK: Color = (0, 0, 0)
WHITE: Color = (255, 255, 255)


def hexc(s: str) -> Color:
    s = s.lstrip("#")
    return (int(s[0:2], 16), int(s[2:4], 16), int(s[4:6], 16))


@dataclass
class Page:
    """A sheet of w x h millimetres holding drawing operations."""

    w: float
    h: float
    bg: Color | None = WHITE
    ops: list = field(default_factory=list)

    # -- primitives -------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "sans",
        size: float = 10,
        color: Color = BLACK,
        anchor: str = "l",
        angle: float = 0.0,
        stroke: float = 0.0,
        spacing: float = 0.0,
    ) -> float:
        """Draw s with its baseline at y. anchor: l, m (centre) or r. Returns width (mm).

        Characters missing from the face are drawn with a fallback face of the same
        weight (DejaVu, WenQuanYi for CJK, FreeSans for Devanagari)."""
        if s == "":
            return 0.0
        runs = font_runs(s, font)
        if len(runs) == 1:
            font = runs[0][1]
            self.ops.append(("text", x, y, s, font, size, color, anchor, angle, stroke, spacing))
            return text_width(s, font, size) + spacing * max(0, len(s) - 1)
        total = sum(text_width(t, f, size) for t, f in runs)
        off = {"l": 0.0, "m": -total / 2, "r": -total}[anchor]
        ca, sa = math.cos(math.radians(angle)), -math.sin(math.radians(angle))
        for t, f in runs:
            self.ops.append(
                ("text", x + off * ca, y + off * sa, t, f, size, color, "l", angle, stroke, 0.0)
            )
            off += text_width(t, f, size)
        return total

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.25, radius=0.0, dash=None):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw, radius, dash))

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.25, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def poly(self, pts, color=BLACK, lw=0.25, closed=False, fill=None):
        self.ops.append(("poly", [tuple(p) for p in pts], color, lw, closed, fill))

    def ellipse(self, cx, cy, rx, ry, stroke=BLACK, fill=None, lw=0.25):
        self.ops.append(("ellipse", cx, cy, rx, ry, stroke, fill, lw))

    def group(
        self,
        sub: Page,
        x: float,
        y: float,
        angle: float = 0.0,
        mode: str = "multiply",
        opacity: float = 1.0,
    ):
        """Place sub with its top-left corner at (x, y), rotated about its centre.

        mode "multiply" behaves like ink on paper (white is transparent);
        "normal" paints the sub-sheet opaque (a card laid on a copier glass)."""
        self.ops.append(("group", sub, x, y, angle, mode, opacity))

    def field(
        self,
        name: str,
        x: float,
        y: float,
        w: float,
        h: float,
        value: str = "",
        kind: str = "text",
        size: float = 9.0,
        checked: bool = False,
    ):
        """An AcroForm field in a PDF (value typed in Helvetica); drawn as plain text when
        rasterised."""
        self.ops.append(("field", name, x, y, w, h, value, kind, size, checked))

    def raster(self, img: Image.Image, x: float, y: float, w: float, h: float):
        """Place a ready-made Pillow image (photos, barcodes)."""
        self.ops.append(("image", img, x, y, w, h))

    # -- helpers -------------------------------------------------------------------
    def tw(self, s: str, font: str = "sans", size: float = 10) -> float:
        return text_width(s, font, size)

    def hline(self, x1, x2, y, color=BLACK, lw=0.25, dash=None):
        self.line(x1, y, x2, y, color, lw, dash)

    def vline(self, x, y1, y2, color=BLACK, lw=0.25, dash=None):
        self.line(x, y1, x, y2, color, lw, dash)


# ---------------------------------------------------------------------------------
# Raster back end
# ---------------------------------------------------------------------------------


class RasterRenderer:
    def __init__(self, dpi: float):
        self.dpi = dpi
        self.k = dpi / 25.4  # px per mm

    def px(self, v: float) -> float:
        return v * self.k

    def lw(self, v: float) -> int:
        return max(1, round(v * self.k))

    def render(self, page: Page, bg: Color | None = None) -> Image.Image:
        W = max(1, round(page.w * self.k))
        H = max(1, round(page.h * self.k))
        col = bg if bg is not None else (page.bg if page.bg is not None else WHITE)
        img = Image.new("RGB", (W, H), col)
        self.draw_ops(img, page.ops)
        return img

    def draw_ops(self, img: Image.Image, ops: list):
        d = ImageDraw.Draw(img)
        for op in ops:
            kind = op[0]
            if kind == "text":
                self._text(img, d, *op[1:])
            elif kind == "rect":
                self._rect(d, *op[1:])
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                self._line(d, [(x1, y1), (x2, y2)], color, lw, dash)
            elif kind == "poly":
                _, pts, color, lw, closed, fill = op
                p = [(self.px(a), self.px(b)) for a, b in pts]
                if fill is not None and len(p) >= 3:
                    d.polygon(p, fill=fill)
                if color is not None and lw > 0:
                    if closed:
                        p = [*p, p[0]]
                    d.line(p, fill=color, width=self.lw(lw), joint="curve")
            elif kind == "ellipse":
                _, cx, cy, rx, ry, stroke, fill, lw = op
                box = [self.px(cx - rx), self.px(cy - ry), self.px(cx + rx), self.px(cy + ry)]
                d.ellipse(box, fill=fill, outline=stroke, width=self.lw(lw) if stroke else 0)
            elif kind == "group":
                self._group(img, *op[1:])
                d = ImageDraw.Draw(img)
            elif kind == "field":
                _, name, x, y, w, h, value, fkind, size, checked = op
                if fkind == "checkbox":
                    if checked:
                        self._text(
                            img, d, x + w / 2, y + h * 0.82, "✔", "sans", size, BLACK, "m", 0, 0, 0
                        )
                elif value:
                    self._text(
                        img, d, x + 0.8, y + h * 0.72, value, "helv", size, BLACK, "l", 0, 0, 0
                    )
            elif kind == "image":
                _, im, x, y, w, h = op
                tw, th = max(1, round(self.px(w))), max(1, round(self.px(h)))
                img.paste(
                    im.convert("RGB").resize((tw, th), Image.LANCZOS),
                    (round(self.px(x)), round(self.px(y))),
                )

    def _rect(self, d, x, y, w, h, stroke, fill, lw, radius, dash):
        box = [self.px(x), self.px(y), self.px(x + w), self.px(y + h)]
        if box[2] < box[0] + 1 or box[3] < box[1] + 1:
            box[2] = max(box[2], box[0] + 1)
            box[3] = max(box[3], box[1] + 1)
        if dash and stroke is not None:
            if fill is not None:
                d.rectangle(box, fill=fill)
            pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]
            for a, b in zip(pts, pts[1:]):
                self._line(d, [a, b], stroke, lw, dash)
            return
        width = self.lw(lw) if stroke is not None else 0
        if radius > 0:
            d.rounded_rectangle(box, radius=self.px(radius), fill=fill, outline=stroke, width=width)
        else:
            d.rectangle(box, fill=fill, outline=stroke, width=width)

    def _line(self, d, pts, color, lw, dash):
        (x1, y1), (x2, y2) = pts
        if not dash:
            d.line(
                [(self.px(x1), self.px(y1)), (self.px(x2), self.px(y2))],
                fill=color,
                width=self.lw(lw),
            )
            return
        on, off = dash
        length = math.hypot(x2 - x1, y2 - y1)
        if length <= 0:
            return
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        t = 0.0
        while t < length:
            e = min(length, t + on)
            d.line(
                [
                    (self.px(x1 + ux * t), self.px(y1 + uy * t)),
                    (self.px(x1 + ux * e), self.px(y1 + uy * e)),
                ],
                fill=color,
                width=self.lw(lw),
            )
            t = e + off

    def _text(self, img, d, x, y, s, font, size, color, anchor, angle, stroke, spacing):
        px = size / 72.0 * self.dpi
        f = pil_font(font, px)
        sw = round(stroke * self.k) if stroke else 0
        anc = {"l": "ls", "m": "ms", "r": "rs"}[anchor]
        if spacing:
            # letter-spaced text: place glyph by glyph
            total = sum(f.getlength(c) for c in s) + self.px(spacing) * (len(s) - 1)
            cx = self.px(x)
            if anchor == "m":
                cx -= total / 2
            elif anchor == "r":
                cx -= total
            for c in s:
                d.text(
                    (cx, self.px(y)),
                    c,
                    font=f,
                    fill=color,
                    anchor="ls",
                    stroke_width=sw,
                    stroke_fill=color if sw else None,
                )
                cx += f.getlength(c) + self.px(spacing)
            return
        if not angle:
            d.text(
                (self.px(x), self.px(y)),
                s,
                font=f,
                fill=color,
                anchor=anc,
                stroke_width=sw,
                stroke_fill=color if sw else None,
            )
            return
        L = int(f.getlength(s) + px * 2 + 8)
        mask = Image.new("L", (2 * L, 2 * L), 0)
        md = ImageDraw.Draw(mask)
        md.text(
            (L, L),
            s,
            font=f,
            fill=255,
            anchor=anc,
            stroke_width=sw,
            stroke_fill=255 if sw else None,
        )
        mask = mask.rotate(angle, resample=Image.BICUBIC, center=(L, L))
        bb = mask.getbbox()
        if not bb:
            return
        mask = mask.crop(bb)
        ox = round(self.px(x)) - L + bb[0]
        oy = round(self.px(y)) - L + bb[1]
        img.paste(color, (ox, oy, ox + mask.width, oy + mask.height), mask)

    def _group(self, img, sub: Page, x, y, angle, mode, opacity):
        sub_img = self.render(sub, bg=sub.bg if sub.bg is not None else WHITE)
        if opacity < 1.0:
            white = Image.new("RGB", sub_img.size, WHITE)
            sub_img = Image.blend(white, sub_img, opacity)
        w, h = sub_img.size
        cx = self.px(x) + w / 2
        cy = self.px(y) + h / 2
        if angle:
            if mode == "normal":
                m = Image.new("L", sub_img.size, 255)
                m = m.rotate(angle, resample=Image.BICUBIC, expand=True)
            sub_img = sub_img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=WHITE)
        else:
            m = Image.new("L", sub_img.size, 255)
        ox = round(cx - sub_img.width / 2)
        oy = round(cy - sub_img.height / 2)
        if mode == "normal":
            img.paste(sub_img, (ox, oy), m)
            return
        # multiply, clipped to the destination
        x0, y0 = max(0, ox), max(0, oy)
        x1, y1 = min(img.width, ox + sub_img.width), min(img.height, oy + sub_img.height)
        if x1 <= x0 or y1 <= y0:
            return
        region = img.crop((x0, y0, x1, y1))
        part = sub_img.crop((x0 - ox, y0 - oy, x1 - ox, y1 - oy))
        img.paste(ImageChops.multiply(region, part), (x0, y0))


def rasterize(page: Page, dpi: float) -> Image.Image:
    return RasterRenderer(dpi).render(page)


# ---------------------------------------------------------------------------------
# PDF back end (reportlab, real text)
# ---------------------------------------------------------------------------------

_RL_REGISTERED: set[str] = set()


def _rl_font(key: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    key = PDF_FALLBACK.get(key, key)
    name = "H-" + key
    if name not in _RL_REGISTERED:
        path = f"{FONT_DIR}/{FONTS[key]}"
        if path.endswith(".ttc"):
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont(name, path))
        _RL_REGISTERED.add(name)
    return name


def _rl_color(c):
    from reportlab.lib.colors import Color as RLColor

    return RLColor(c[0] / 255.0, c[1] / 255.0, c[2] / 255.0)


def _rgb(c):
    return (c[0] / 255.0, c[1] / 255.0, c[2] / 255.0)


class PdfDrawer:
    MM = 72.0 / 25.4

    def __init__(self, canvas, page_h_mm: float):
        self.c = canvas
        self.H = page_h_mm

    def draw(self, page: Page, top_level: bool = True):
        c = self.c
        M = self.MM
        if top_level and page.bg is not None and page.bg != WHITE:
            c.setFillColorRGB(*_rgb(page.bg))
            c.rect(0, 0, page.w * M, page.h * M, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor, angle, stroke, spacing = op
                c.saveState()
                c.setFillColorRGB(*_rgb(color))
                fname = _rl_font(font)
                c.translate(x * M, -y * M)
                if angle:
                    c.rotate(angle)
                t = c.beginText()
                t.setFont(fname, size)
                if spacing:
                    t.setCharSpace(spacing * M)
                w = text_width(s, font, size) + spacing * (len(s) - 1)
                dx = {"l": 0.0, "m": -w / 2, "r": -w}[anchor] * M
                if stroke:
                    c.setStrokeColorRGB(*_rgb(color))
                    c.setLineWidth(stroke * M)
                    t.setTextRenderMode(2)
                t.setTextOrigin(dx, 0)
                t.textOut(s)
                c.drawText(t)
                c.restoreState()
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw, radius, dash = op
                self._style(stroke, fill, lw, dash)
                if radius > 0:
                    c.roundRect(
                        x * M,
                        -(y + h) * M,
                        w * M,
                        h * M,
                        radius * M,
                        stroke=1 if stroke is not None else 0,
                        fill=1 if fill is not None else 0,
                    )
                else:
                    c.rect(
                        x * M,
                        -(y + h) * M,
                        w * M,
                        h * M,
                        stroke=1 if stroke is not None else 0,
                        fill=1 if fill is not None else 0,
                    )
                c.setDash()
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                self._style(color, None, lw, dash)
                c.line(x1 * M, -y1 * M, x2 * M, -y2 * M)
                c.setDash()
            elif kind == "poly":
                _, pts, color, lw, closed, fill = op
                p = c.beginPath()
                p.moveTo(pts[0][0] * M, -pts[0][1] * M)
                for a, b in pts[1:]:
                    p.lineTo(a * M, -b * M)
                if closed or fill is not None:
                    p.close()
                self._style(color, fill, lw, None)
                c.setLineJoin(1)
                c.setLineCap(1)
                c.drawPath(
                    p,
                    stroke=1 if (color is not None and lw > 0) else 0,
                    fill=1 if fill is not None else 0,
                )
            elif kind == "ellipse":
                _, cx, cy, rx, ry, stroke, fill, lw = op
                self._style(stroke, fill, lw, None)
                c.ellipse(
                    (cx - rx) * M,
                    -(cy - ry) * M,
                    (cx + rx) * M,
                    -(cy + ry) * M,
                    stroke=1 if stroke is not None else 0,
                    fill=1 if fill is not None else 0,
                )
            elif kind == "group":
                _, sub, x, y, angle, mode, opacity = op
                c.saveState()
                cx, cy = x + sub.w / 2, y + sub.h / 2
                c.translate(cx * M, -cy * M)
                if angle:
                    c.rotate(angle)
                c.translate(-sub.w / 2 * M, sub.h / 2 * M)
                if opacity < 1.0:
                    c.setFillAlpha(opacity)
                    c.setStrokeAlpha(opacity)
                if mode == "normal" and sub.bg is not None:
                    c.setFillColorRGB(*_rgb(sub.bg))
                    c.rect(0, -sub.h * M, sub.w * M, sub.h * M, stroke=0, fill=1)
                self.draw(sub, top_level=False)
                c.restoreState()
            elif kind == "field":
                _, name, x, y, w, h, value, fkind, size, checked = op
                form = c.acroForm
                if fkind == "checkbox":
                    form.checkbox(
                        name=name,
                        x=x * M,
                        y=-(y + h) * M,
                        size=min(w, h) * M,
                        checked=checked,
                        buttonStyle="check",
                        borderWidth=0.5,
                        borderColor=_rl_color((0, 0, 0)),
                        fillColor=_rl_color((232, 240, 255)),
                        forceBorder=True,
                        relative=True,
                    )
                else:
                    form.textfield(
                        name=name,
                        value=value,
                        x=x * M,
                        y=-(y + h) * M,
                        width=w * M,
                        height=h * M,
                        fontName="Helvetica",
                        fontSize=size,
                        borderWidth=0,
                        fillColor=_rl_color((232, 240, 255)),
                        textColor=_rl_color((0, 0, 0)),
                        forceBorder=False,
                        relative=True,
                        maxlen=200,
                    )
            elif kind == "image":
                from reportlab.lib.utils import ImageReader

                _, im, x, y, w, h = op
                buf = io.BytesIO()
                im.convert("RGB").save(buf, "JPEG", quality=88)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * M, -(y + h) * M, w * M, h * M)

    def _style(self, stroke, fill, lw, dash):
        c = self.c
        if stroke is not None:
            c.setStrokeColorRGB(*_rgb(stroke))
        c.setLineWidth(max(0.1, lw * self.MM))
        if fill is not None:
            c.setFillColorRGB(*_rgb(fill))
        if dash:
            c.setDash(dash[0] * self.MM, dash[1] * self.MM)


def write_pdf(path: str, pages: list, title: str = "", author: str = "", producer: str = ""):
    """pages: list of ("vector", Page) or ("raster", PIL image, w_mm, h_mm, jpeg_quality)."""
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rl_canvas

    rl_config.useA85 = 0  # binary streams: smaller files, and far faster than pure-Python A85
    first = pages[0]
    w0, h0 = (first[1].w, first[1].h) if first[0] == "vector" else (first[2], first[3])
    M = PdfDrawer.MM
    c = rl_canvas.Canvas(path, pagesize=(w0 * M, h0 * M), invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if producer:
        c.setProducer(producer)
        c.setCreator(producer)
    for p in pages:
        if p[0] == "vector":
            pg: Page = p[1]
            c.setPageSize((pg.w * M, pg.h * M))
            c.saveState()
            c.translate(0, pg.h * M)
            PdfDrawer(c, pg.h).draw(pg)
            c.restoreState()
        else:
            _, im, w, h, q = p
            c.setPageSize((w * M, h * M))
            buf = io.BytesIO()
            if im.mode not in ("RGB", "L"):
                im = im.convert("RGB")
            im.save(buf, "JPEG", quality=q)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, w * M, h * M)
        c.showPage()
    c.save()
