"""Page model shared by every document template of set_g.

A document template draws onto a `Page` (millimetres, origin top-left, y down,
text positioned on its baseline).  The page is only a list of drawing
operations; it is replayed either into reportlab (a real text-layer PDF) or
into a Pillow image at any resolution (for scans, photos, screenshots).
"""

from __future__ import annotations

import io
import math
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

MM_PER_PT = 25.4 / 72.0

# ---------------------------------------------------------------- fonts ----
_F = "/usr/share/fonts"
FAMILIES = {
    # key: (regular, bold, italic, bolditalic), pdf-capable
    "sans": (
        (
            "truetype/liberation/LiberationSans-Regular.ttf",
            "truetype/liberation/LiberationSans-Bold.ttf",
            "truetype/liberation/LiberationSans-Italic.ttf",
            "truetype/liberation/LiberationSans-BoldItalic.ttf",
        ),
        True,
    ),
    "serif": (
        (
            "truetype/liberation/LiberationSerif-Regular.ttf",
            "truetype/liberation/LiberationSerif-Bold.ttf",
            "truetype/liberation/LiberationSerif-Italic.ttf",
            "truetype/liberation/LiberationSerif-BoldItalic.ttf",
        ),
        True,
    ),
    "mono": (
        (
            "truetype/liberation/LiberationMono-Regular.ttf",
            "truetype/liberation/LiberationMono-Bold.ttf",
            "truetype/liberation/LiberationMono-Italic.ttf",
            "truetype/liberation/LiberationMono-BoldItalic.ttf",
        ),
        True,
    ),
    "narrow": (
        (
            "truetype/liberation/LiberationSansNarrow-Regular.ttf",
            "truetype/liberation/LiberationSansNarrow-Bold.ttf",
            "truetype/liberation/LiberationSansNarrow-Italic.ttf",
            "truetype/liberation/LiberationSansNarrow-BoldItalic.ttf",
        ),
        True,
    ),
    "dejavu": (
        (
            "truetype/dejavu/DejaVuSans.ttf",
            "truetype/dejavu/DejaVuSans-Bold.ttf",
            "truetype/dejavu/DejaVuSans-Oblique.ttf",
            "truetype/dejavu/DejaVuSans-BoldOblique.ttf",
        ),
        True,
    ),
    "dejavu-serif": (
        (
            "truetype/dejavu/DejaVuSerif.ttf",
            "truetype/dejavu/DejaVuSerif-Bold.ttf",
            "truetype/dejavu/DejaVuSerif-Italic.ttf",
            "truetype/dejavu/DejaVuSerif-BoldItalic.ttf",
        ),
        True,
    ),
    "dejavu-cond": (
        (
            "truetype/dejavu/DejaVuSansCondensed.ttf",
            "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
            "truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
            "truetype/dejavu/DejaVuSansCondensed-BoldOblique.ttf",
        ),
        True,
    ),
    "open": (
        (
            "truetype/open-sans/OpenSans-Regular.ttf",
            "truetype/open-sans/OpenSans-Bold.ttf",
            "truetype/open-sans/OpenSans-Italic.ttf",
            "truetype/open-sans/OpenSans-BoldItalic.ttf",
        ),
        True,
    ),
    "roboto": (
        (
            "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
            "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
            "truetype/roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
            "truetype/roboto/unhinted/RobotoTTF/Roboto-BoldItalic.ttf",
        ),
        True,
    ),
    "roboto-cond": (
        (
            "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
            "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
            "truetype/roboto/unhinted/RobotoCondensed-Italic.ttf",
            "truetype/roboto/unhinted/RobotoCondensed-BoldItalic.ttf",
        ),
        True,
    ),
    "lato": (
        (
            "truetype/lato/Lato-Regular.ttf",
            "truetype/lato/Lato-Bold.ttf",
            "truetype/lato/Lato-Italic.ttf",
            "truetype/lato/Lato-BoldItalic.ttf",
        ),
        True,
    ),
    "carlito": (
        (
            "truetype/crosextra/Carlito-Regular.ttf",
            "truetype/crosextra/Carlito-Bold.ttf",
            "truetype/crosextra/Carlito-Italic.ttf",
            "truetype/crosextra/Carlito-BoldItalic.ttf",
        ),
        True,
    ),
    "caladea": (
        (
            "truetype/crosextra/Caladea-Regular.ttf",
            "truetype/crosextra/Caladea-Bold.ttf",
            "truetype/crosextra/Caladea-Italic.ttf",
            "truetype/crosextra/Caladea-BoldItalic.ttf",
        ),
        True,
    ),
    # raster-only families (drawn as images when a PDF is made)
    "freesans": (
        (
            "truetype/freefont/FreeSans.ttf",
            "truetype/freefont/FreeSansBold.ttf",
            "truetype/freefont/FreeSansOblique.ttf",
            "truetype/freefont/FreeSansBoldOblique.ttf",
        ),
        False,
    ),
    "freeserif": (
        (
            "truetype/freefont/FreeSerif.ttf",
            "truetype/freefont/FreeSerifBold.ttf",
            "truetype/freefont/FreeSerifItalic.ttf",
            "truetype/freefont/FreeSerifBoldItalic.ttf",
        ),
        False,
    ),
    "amiri": (
        (
            "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
            "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
            "opentype/fonts-hosny-amiri/Amiri-Slanted.ttf",
            "opentype/fonts-hosny-amiri/Amiri-BoldSlanted.ttf",
        ),
        False,
    ),
    "wqy": (("truetype/wqy/wqy-microhei.ttc",) * 4, False),
    "ocrb": (("opentype/ocr-b/OCRB.otf",) * 4, False),
    "gothic": (
        (
            "opentype/urw-base35/URWGothic-Book.otf",
            "opentype/urw-base35/URWGothic-Demi.otf",
            "opentype/urw-base35/URWGothic-BookOblique.otf",
            "opentype/urw-base35/URWGothic-DemiOblique.otf",
        ),
        False,
    ),
    "bookman": (
        (
            "opentype/urw-base35/URWBookman-Light.otf",
            "opentype/urw-base35/URWBookman-Demi.otf",
            "opentype/urw-base35/URWBookman-LightItalic.otf",
            "opentype/urw-base35/URWBookman-DemiItalic.otf",
        ),
        False,
    ),
    "courier": (
        (
            "opentype/urw-base35/NimbusMonoPS-Regular.otf",
            "opentype/urw-base35/NimbusMonoPS-Bold.otf",
            "opentype/urw-base35/NimbusMonoPS-Italic.otf",
            "opentype/urw-base35/NimbusMonoPS-BoldItalic.otf",
        ),
        False,
    ),
    "chancery": (("opentype/urw-base35/Z003-MediumItalic.otf",) * 4, False),
    # handwriting
    "h-dancing": (
        (
            "opentype/dancingscript/DancingScript-Regular.otf",
            "opentype/dancingscript/DancingScript-Bold.otf",
            "opentype/dancingscript/DancingScript-Regular.otf",
            "opentype/dancingscript/DancingScript-Bold.otf",
        ),
        False,
    ),
    "h-dkg": (
        (
            "truetype/fifthhorseman/dkg.ttf",
            "truetype/fifthhorseman/dkgBd.ttf",
            "truetype/fifthhorseman/dkgIt.ttf",
            "truetype/fifthhorseman/dkgBI.ttf",
        ),
        False,
    ),
    "h-breip": (("truetype/breip/Breip.ttf",) * 4, False),
    "h-femke": (("truetype/femkeklaver/femkeklaver.ttf",) * 4, False),
    "h-humor": (("truetype/humor-sans/Humor-Sans.ttf",) * 4, False),
    "h-ruf": (("truetype/rufscript/Rufscript010.ttf",) * 4, False),
    "h-ecolier": (("truetype/ecolier-court/Ecolier-court.ttf",) * 4, False),
    "h-kaushan": (("opentype/kaushanscript/KaushanScript-Regular.otf",) * 4, False),
    "h-comic": (
        (
            "opentype/comic-neue/ComicNeue-Regular.otf",
            "opentype/comic-neue/ComicNeue-Bold.otf",
            "opentype/comic-neue/ComicNeue-Italic.otf",
            "opentype/comic-neue/ComicNeue-BoldItalic.otf",
        ),
        False,
    ),
}
COMPLEX = {"amiri", "freeserif", "freesans"}  # need raqm shaping


def font_file(key: str) -> str:
    fam, _, style = key.partition(":")
    files, _ = FAMILIES[fam]
    idx = {"": 0, "b": 1, "i": 2, "bi": 3}[style]
    return f"{_F}/{files[idx]}"


def pdf_capable(key: str) -> bool:
    return FAMILIES[key.partition(":")[0]][1]


@lru_cache(maxsize=4096)
def pil_font(key: str, px: int):
    fam = key.partition(":")[0]
    engine = ImageFont.Layout.RAQM if fam in COMPLEX else ImageFont.Layout.BASIC
    return ImageFont.truetype(font_file(key), max(1, px), layout_engine=engine)


@lru_cache(maxsize=65536)
def text_width(s: str, key: str, size_pt: float) -> float:
    """Width in mm of `s` set in font `key` at `size_pt`."""
    f = pil_font(key, 200)
    return f.getlength(s) * size_pt / 200.0 * MM_PER_PT


def script_font(s: str, font: str) -> str:
    """Switch to a face that has the glyphs when the text is Arabic, CJK or Devanagari."""
    fam, _, style = font.partition(":")
    bold = ":b" if "b" in style else ""
    if fam in ("amiri", "wqy", "freeserif", "freesans"):
        return font
    for ch in s:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF:
            return "amiri" + bold
        if 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
            return "wqy"
        if 0x0900 <= o <= 0x097F:
            return "freeserif" + bold
    return font


def wrap(s: str, key: str, size: float, width: float) -> list[str]:
    out = []
    for para in s.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            trial = w if not cur else cur + " " + w
            if text_width(trial, key, size) <= width or not cur:
                cur = trial
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


BLACK = (0, 0, 0)
WHITE = (255, 255, 255)


# ----------------------------------------------------------------- page ----
class Page:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=WHITE):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list[tuple] = []
        self.fields: list[dict] = []  # AcroForm fields (PDF only)

    # primitives
    def text(self, x, y, s, font="sans", size=9.0, color=BLACK, anchor="l", angle=0.0):
        if s is None or s == "":
            return
        font = script_font(str(s), font)
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, angle))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.25, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def ellipse(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.25):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def poly(self, pts, stroke=None, fill=BLACK, lw=0.25):
        self.ops.append(("poly", [tuple(p) for p in pts], stroke, fill, lw))

    def image(self, img: Image.Image, x, y, w=None, h=None):
        """Place an RGBA/RGB image; give w or h (mm), the other keeps the ratio."""
        if w is None and h is None:
            raise ValueError("need w or h")
        if w is None:
            w = h * img.width / img.height
        if h is None:
            h = w * img.height / img.width
        self.ops.append(("image", img, x, y, w, h))
        return w, h

    def sub(self, page: Page, x, y):
        self.ops.append(("sub", page, x, y))

    def field(self, **kw):
        self.fields.append(kw)

    # helpers
    def width(self, s, font="sans", size=9.0):
        return text_width(s, font, size)

    def para(self, x, y, w, s, font="sans", size=9.0, leading=None, color=BLACK, anchor="l"):
        leading = leading or size * 1.25 * MM_PER_PT
        for ln in wrap(s, font, size, w):
            xx = x if anchor == "l" else (x + w / 2 if anchor == "c" else x + w)
            self.text(xx, y, ln, font, size, color, anchor)
            y += leading
        return y

    def fit_text(self, x, y, s, font, size, maxw, color=BLACK, anchor="l"):
        while size > 4 and text_width(s, font, size) > maxw:
            size -= 0.25
        self.text(x, y, s, font, size, color, anchor)

    def kv(
        self,
        x,
        y,
        label,
        value,
        font="sans",
        size=8.5,
        lw=None,
        color=BLACK,
        vcolor=None,
        bold_value=True,
    ):
        """Label followed by value on the same line."""
        self.text(x, y, label, font, size, color)
        lw = lw if lw is not None else self.width(label, font, size) + 1.5
        self.text(
            x + lw,
            y,
            value,
            font + (":b" if bold_value and ":" not in font else ""),
            size,
            vcolor or color,
        )

    def hband(self, x, y, w, h, fill, text=None, font="sans:b", size=9, color=WHITE, pad=2.5):
        self.rect(x, y, w, h, stroke=None, fill=fill, lw=0)
        if text:
            self.text(x + pad, y + h / 2 + size * MM_PER_PT * 0.35, text, font, size, color)


# -------------------------------------------------------------- raster -----
def _px(v, s):
    return int(round(v * s))


def _draw_ops(img: Image.Image, page: Page, s: float, ox: float, oy: float):
    d = ImageDraw.Draw(img)
    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, txt, font, size, color, anchor, angle = op
            px = max(1, int(round(size * MM_PER_PT * s)))
            f = pil_font(font, px)
            a = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
            if not angle:
                d.text((_px(x + ox, s), _px(y + oy, s)), txt, font=f, fill=color, anchor=a)
            else:
                tw = int(f.getlength(txt)) + 4
                th = int(px * 1.6) + 4
                tmp = Image.new("RGBA", (tw, th), (0, 0, 0, 0))
                ImageDraw.Draw(tmp).text(
                    (2, int(px * 1.2)), txt, font=f, fill=tuple(color) + (255,), anchor="ls"
                )
                rot = tmp.rotate(angle, expand=True, resample=Image.BICUBIC)
                # anchor: the baseline-left point of the text is at (x, y)
                ang = math.radians(angle)
                bx, by = 2 - tw / 2, int(px * 1.2) - th / 2
                rx = bx * math.cos(ang) + by * math.sin(ang)
                ry = -bx * math.sin(ang) + by * math.cos(ang)
                cx = _px(x + ox, s) - rx
                cy = _px(y + oy, s) - ry
                img.paste(rot, (int(cx - rot.width / 2), int(cy - rot.height / 2)), rot)
                d = ImageDraw.Draw(img)
        elif k == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            box = [_px(x + ox, s), _px(y + oy, s), _px(x + ox + w, s) - 1, _px(y + oy + h, s) - 1]
            if box[2] < box[0]:
                box[2] = box[0]
            if box[3] < box[1]:
                box[3] = box[1]
            wpx = max(1, _px(lw, s)) if stroke is not None else 0
            d.rectangle(box, fill=fill, outline=stroke, width=wpx)
        elif k == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            wpx = max(1, _px(lw, s))
            if not dash:
                d.line(
                    [(_px(x1 + ox, s), _px(y1 + oy, s)), (_px(x2 + ox, s), _px(y2 + oy, s))],
                    fill=color,
                    width=wpx,
                )
            else:
                on, off = dash
                L = math.hypot(x2 - x1, y2 - y1)
                if L == 0:
                    continue
                ux, uy = (x2 - x1) / L, (y2 - y1) / L
                t = 0.0
                while t < L:
                    t2 = min(L, t + on)
                    d.line(
                        [
                            (_px(x1 + ux * t + ox, s), _px(y1 + uy * t + oy, s)),
                            (_px(x1 + ux * t2 + ox, s), _px(y1 + uy * t2 + oy, s)),
                        ],
                        fill=color,
                        width=wpx,
                    )
                    t += on + off
        elif k == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            wpx = max(1, _px(lw, s)) if stroke is not None else 0
            d.ellipse(
                [_px(x + ox, s), _px(y + oy, s), _px(x + ox + w, s), _px(y + oy + h, s)],
                fill=fill,
                outline=stroke,
                width=wpx,
            )
        elif k == "poly":
            _, pts, stroke, fill, lw = op
            P = [(_px(px_ + ox, s), _px(py_ + oy, s)) for px_, py_ in pts]
            wpx = max(1, _px(lw, s)) if stroke is not None else 0
            d.polygon(P, fill=fill, outline=stroke, width=wpx)
        elif k == "image":
            _, im, x, y, w, h = op
            W, H = max(1, _px(w, s)), max(1, _px(h, s))
            src = im if im.mode == "RGBA" else im.convert("RGBA")
            src = (
                src.resize((W, H), Image.BILINEAR, reducing_gap=2.0) if src.size != (W, H) else src
            )
            img.paste(src, (_px(x + ox, s), _px(y + oy, s)), src)
            d = ImageDraw.Draw(img)
        elif k == "sub":
            _, sp, x, y = op
            if sp.bg is not None:
                d.rectangle(
                    [
                        _px(x + ox, s),
                        _px(y + oy, s),
                        _px(x + ox + sp.w, s) - 1,
                        _px(y + oy + sp.h, s) - 1,
                    ],
                    fill=sp.bg,
                )
            _draw_ops(img, sp, s, ox + x, oy + y)
            d = ImageDraw.Draw(img)
    # acroform values (a raster of a filled PDF shows the typed values)
    for f in page.fields:
        if f.get("kind") == "check":
            if f.get("value"):
                x, y, sz = f["x"] + ox, f["y"] + oy, f["size"]
                fnt = pil_font("dejavu:b", max(1, int(sz * 0.9 * s)))
                d.text(
                    (_px(x + sz / 2, s), _px(y + sz * 0.82, s)),
                    "X",
                    font=fnt,
                    fill=(0, 0, 0),
                    anchor="ms",
                )
        elif f.get("value"):
            fnt = pil_font(f.get("font", "sans"), max(1, int(f.get("size", 10) * MM_PER_PT * s)))
            d.text(
                (_px(f["x"] + ox + 0.8, s), _px(f["y"] + oy + f["h"] * 0.72, s)),
                f["value"],
                font=fnt,
                fill=(0, 0, 0),
                anchor="ls",
            )


def rasterize(page: Page, dpi: float = 200, bg=None) -> Image.Image:
    s = dpi / 25.4
    W, H = max(1, _px(page.w, s)), max(1, _px(page.h, s))
    img = Image.new("RGB", (W, H), bg or page.bg or WHITE)
    _draw_ops(img, page, s, 0.0, 0.0)
    return img


# ----------------------------------------------------------------- pdf -----
_registered: set = set()


def _rl_font(key: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "G_" + key.replace(":", "_").replace("-", "_")
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, font_file(key)))
        _registered.add(name)
    return name


def _text_image(txt, font, size, color):
    px = int(round(size * MM_PER_PT * 600 / 25.4))
    f = pil_font(font, px)
    tw = int(f.getlength(txt)) + 6
    th = int(px * 1.7) + 4
    im = Image.new("RGBA", (tw, th), (0, 0, 0, 0))
    ImageDraw.Draw(im).text(
        (3, int(px * 1.25)), txt, font=f, fill=tuple(color) + (255,), anchor="ls"
    )
    return im, 3 / (600 / 25.4), int(px * 1.25) / (600 / 25.4), tw / (600 / 25.4), th / (600 / 25.4)


def _pdf_ops(c, page: Page, H: float, ox: float, oy: float):
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader

    def Y(y):
        return (H - (y + oy)) * mm

    def X(x):
        return (x + ox) * mm

    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, txt, font, size, color, anchor, angle = op
            if pdf_capable(font):
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(_rl_font(font), size)
                c.saveState()
                c.translate(X(x), Y(y))
                if angle:
                    c.rotate(angle)
                if anchor == "l":
                    c.drawString(0, 0, txt)
                elif anchor == "c":
                    c.drawCentredString(0, 0, txt)
                else:
                    c.drawRightString(0, 0, txt)
                c.restoreState()
            else:
                im, lx, by, tw, th = _text_image(txt, font, size, color)
                w = text_width(txt, font, size)
                x0 = x - lx if anchor == "l" else (x - w / 2 - lx if anchor == "c" else x - w - lx)
                c.saveState()
                c.translate(X(x0), Y(y - by + th))
                if angle:
                    c.rotate(angle)
                c.drawImage(ImageReader(im), 0, 0, tw * mm, th * mm, mask="auto")
                c.restoreState()
        elif k == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            if fill is not None:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke is not None:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * mm)
            c.rect(
                X(x),
                Y(y + h),
                w * mm,
                h * mm,
                stroke=1 if stroke is not None else 0,
                fill=1 if fill is not None else 0,
            )
        elif k == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(lw * mm)
            if dash:
                c.setDash([dash[0] * mm, dash[1] * mm])
            c.line(X(x1), Y(y1), X(x2), Y(y2))
            if dash:
                c.setDash([])
        elif k == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            if fill is not None:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke is not None:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * mm)
            c.ellipse(
                X(x),
                Y(y + h),
                X(x + w),
                Y(y),
                stroke=1 if stroke is not None else 0,
                fill=1 if fill is not None else 0,
            )
        elif k == "poly":
            _, pts, stroke, fill, lw = op
            p = c.beginPath()
            p.moveTo(X(pts[0][0]), Y(pts[0][1]))
            for px_, py_ in pts[1:]:
                p.lineTo(X(px_), Y(py_))
            p.close()
            if fill is not None:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke is not None:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * mm)
            c.drawPath(p, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        elif k == "image":
            _, im, x, y, w, h = op
            c.drawImage(ImageReader(im), X(x), Y(y + h), w * mm, h * mm, mask="auto")
        elif k == "sub":
            _, sp, x, y = op
            _pdf_ops(c, sp, H, ox + x, oy + y)


def write_pdf(pages: list[Page], path: str, title: str = "", producer: str = "", author: str = ""):
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(
        path, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1, pageCompression=1
    )
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if producer:
        c.setProducer(producer)
        c.setCreator(producer)
    for pg in pages:
        c.setPageSize((pg.w * mm, pg.h * mm))
        if pg.bg and pg.bg != WHITE:
            c.setFillColorRGB(*[v / 255 for v in pg.bg])
            c.rect(0, 0, pg.w * mm, pg.h * mm, stroke=0, fill=1)
        _pdf_ops(c, pg, pg.h, 0.0, 0.0)
        for f in pg.fields:
            _acro(c, pg, f)
        c.showPage()
    c.save()


def _acro(c, pg: Page, f: dict):
    from reportlab.lib.colors import Color
    from reportlab.lib.units import mm

    form = c.acroForm
    if f.get("kind") == "check":
        form.checkbox(
            name=f["name"],
            x=f["x"] * mm,
            y=(pg.h - f["y"] - f["size"]) * mm,
            size=f["size"] * mm,
            checked=bool(f.get("value")),
            buttonStyle="cross",
            borderWidth=0.6,
            borderColor=Color(0, 0, 0),
            fillColor=Color(1, 1, 1),
            textColor=Color(0, 0, 0),
            forceBorder=True,
            tooltip=f.get("tooltip", f["name"]),
        )
    else:
        kw = {}
        if f.get("comb"):
            kw["fieldFlags"] = "comb"
        form.textfield(
            name=f["name"],
            value=f.get("value") or "",
            x=f["x"] * mm,
            y=(pg.h - f["y"] - f["h"]) * mm,
            width=f["w"] * mm,
            height=f["h"] * mm,
            fontName="Helvetica",
            fontSize=f.get("size", 10),
            borderWidth=0,
            fillColor=Color(0.91, 0.94, 1.0),
            textColor=Color(0, 0, 0),
            forceBorder=False,
            tooltip=f.get("tooltip", f["name"]),
            maxlen=f.get("maxlen", 200),
            **kw,
        )


def pil_to_bytes(img: Image.Image, fmt="PNG", **kw) -> bytes:
    b = io.BytesIO()
    img.save(b, fmt, **kw)
    return b.getvalue()
