"""A tiny page model: drawing operations in millimetres (origin top-left, text y = baseline).

The same page renders to a Pillow image (scans, photos) or to a reportlab PDF with a text
layer (documents that are e-mailed as PDFs). Handwriting and signatures are drawn with
handwriting fonts and per-glyph jitter and become transparent image tiles in both renderers.
"""

from __future__ import annotations

import io
import math
import random
import unicodedata
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FD = Path("/usr/share/fonts")
FONTS = {
    "sans": "truetype/liberation/LiberationSans-Regular.ttf",
    "sans-b": "truetype/liberation/LiberationSans-Bold.ttf",
    "sans-i": "truetype/liberation/LiberationSans-Italic.ttf",
    "narrow": "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "serif": "truetype/liberation/LiberationSerif-Regular.ttf",
    "serif-b": "truetype/liberation/LiberationSerif-Bold.ttf",
    "serif-i": "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": "truetype/liberation/LiberationMono-Regular.ttf",
    "mono-b": "truetype/liberation/LiberationMono-Bold.ttf",
    "dejavu": "truetype/dejavu/DejaVuSans.ttf",
    "dejavu-b": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "dserif": "truetype/dejavu/DejaVuSerif.ttf",
    "dserif-b": "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "lato": "truetype/lato/Lato-Regular.ttf",
    "lato-b": "truetype/lato/Lato-Bold.ttf",
    "lato-l": "truetype/lato/Lato-Light.ttf",
    "open": "truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": "truetype/open-sans/OpenSans-Bold.ttf",
    "open-sb": "truetype/open-sans/OpenSans-Semibold.ttf",
    "roboto": "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robotoc": "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": "truetype/crosextra/Carlito-Regular.ttf",
    "carlito-b": "truetype/crosextra/Carlito-Bold.ttf",
    "caladea": "truetype/crosextra/Caladea-Regular.ttf",
    "caladea-b": "truetype/crosextra/Caladea-Bold.ttf",
    "free": "truetype/freefont/FreeSans.ttf",
    "free-b": "truetype/freefont/FreeSansBold.ttf",
    "freeserif": "truetype/freefont/FreeSerif.ttf",
    "freeserif-b": "truetype/freefont/FreeSerifBold.ttf",
    "freemono": "truetype/freefont/FreeMono.ttf",
    "cjk": "truetype/wqy/wqy-microhei.ttc",
    "amiri": "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "ocrb": "opentype/ocr-b/OCRB.otf",
    "gothic": "opentype/urw-base35/URWGothic-Book.otf",
    "bookman": "opentype/urw-base35/URWBookman-Light.otf",
    "c059-b": "opentype/urw-base35/C059-Bold.otf",
}
HANDS = {
    "dkg": "truetype/fifthhorseman/dkg.ttf",
    "dkg-i": "truetype/fifthhorseman/dkgIt.ttf",
    "breip": "truetype/breip/Breip.ttf",
    "dancing": "opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "opentype/kaushanscript/KaushanScript-Regular.otf",
    "z003": "opentype/urw-base35/Z003-MediumItalic.otf",
    "comic": "opentype/comic-neue/ComicNeue-Regular.otf",
}
PEN_COLORS = [(20, 30, 110), (25, 25, 35), (15, 45, 140), (40, 40, 60)]
PT_MM = 25.4 / 72


@lru_cache(maxsize=512)
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    path = FD / (FONTS.get(key) or HANDS[key])
    return ImageFont.truetype(str(path), max(px, 1))


@lru_cache(maxsize=64)
def _cmap(key: str) -> frozenset:
    path = FD / (FONTS.get(key) or HANDS[key])
    ft = FTFont(str(path), fontNumber=0, lazy=True)
    return frozenset(ft.getBestCmap())


def fit_glyphs(key: str, s: str) -> str:
    """Replace characters the font lacks by their unaccented form (what a writer would do)."""
    cm = _cmap(key)
    out = []
    for ch in s:
        if ord(ch) in cm or ch == " ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            out.append(base if ord(base) in cm else "")
    return "".join(out)


def text_mm(s: str, font: str, size: float) -> float:
    """Width of a string in millimetres."""
    return pil_font(font, int(size * 10)).getlength(s) / 10 * PT_MM


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in s.split("\n"):
        cur = ""
        for w in para.split(" "):
            t = (cur + " " + w).strip()
            if cur and text_mm(t, font, size) > width:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
    return lines


_REG: set[str] = set()


def rl_font(key: str) -> str:
    if key not in _REG:
        path = FD / FONTS[key]
        if path.suffix == ".ttc":
            pdfmetrics.registerFont(TTFont(key, str(path), subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont(key, str(path)))
        _REG.add(key)
    return key


class Page:
    """A list of drawing operations on a w x h millimetre sheet."""

    def __init__(self, w: float = 210, h: float = 297, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list[tuple] = []
        self.fields: list[tuple] = []

    def text(self, x, y, s, font="sans", size=9.0, color=(0, 0, 0), anchor="l"):
        if s:
            self.ops.append(("text", x, y, str(s), font, size, color, anchor))

    def para(self, x, y, s, font="sans", size=8.0, width=180.0, lead=1.25, color=(0, 0, 0)):
        """Wrapped text; returns the y below the last line."""
        for line in wrap(s, font, size, width):
            self.text(x, y, line, font, size, color)
            y += size * PT_MM * lead
        return y

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3, r=0.0):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw, r))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def ellipse(self, x, y, w, h, fill=None, stroke=None, lw=0.3):
        self.ops.append(("ellipse", x, y, w, h, fill, stroke, lw))

    def poly(self, pts, fill=None, stroke=None, lw=0.3):
        self.ops.append(("poly", tuple(pts), fill, stroke, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("img", x, y, w, h, img))

    def hand(self, x, y, s, hand="dkg", size=12.0, color=(20, 30, 110), seed=0, anchor="l"):
        if s:
            self.ops.append(("hand", x, y, str(s), hand, size, color, seed, anchor))

    def sig(self, x, y, w, h, name, color=(20, 30, 110), seed=0, style=0):
        self.ops.append(("sig", x, y, w, h, name, color, seed, style))

    def tick(self, x, y, size, color=(20, 30, 110), seed=0, kind="x"):
        self.ops.append(("tick", x, y, size, color, seed, kind))

    def field(self, name, kind, x, y, w, h, value, size=9.0):
        """An AcroForm field (PDF only; image renders show the value as typed text)."""
        self.fields.append((name, kind, x, y, w, h, value, size))

    def comb(self, x, y, n, cw, ch, text="", font="sans", size=10.0, hand=None, seed=0, lw=0.25):
        """n comb boxes; text placed one character per box (typed or handwritten)."""
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, lw=lw)
        rnd = random.Random(seed)
        for i, c in enumerate(text[:n]):
            cx = x + i * cw + cw / 2
            if hand:
                self.hand(
                    cx + rnd.uniform(-0.5, 0.5),
                    y + ch * 0.8,
                    c,
                    hand,
                    size,
                    seed=seed + i,
                    anchor="c",
                )
            else:
                self.text(cx, y + ch * 0.75, c, font, size, anchor="c")


# ----------------------------------------------------------------------------- handwriting


def hand_tile(s, hand, size, color, seed, px_per_mm):
    """Render handwritten text as an RGBA tile; returns (tile, dx_mm, dy_mm) from the baseline."""
    rnd = random.Random(seed)
    s = fit_glyphs(hand, s)
    px = int(size * PT_MM * px_per_mm * 1.0)
    f = pil_font(hand, px)
    w = int(f.getlength(s) * 1.25 + px * 2)
    h = int(px * 2.4)
    tile = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(tile)
    x = px * 0.5
    base = h * 0.62
    drift = rnd.uniform(-0.012, 0.012)
    for ch in s:
        sz = max(1, int(px * rnd.uniform(0.93, 1.07)))
        fc = pil_font(hand, sz)
        yj = rnd.uniform(-0.05, 0.05) * px + drift * (x - px * 0.5)
        d.text((x, base + yj), ch, font=fc, fill=255, anchor="ls")
        x += fc.getlength(ch) * rnd.uniform(0.97, 1.08)
    tile = tile.crop((0, 0, int(x + px * 0.5), h))
    w0, h0 = tile.size
    ang = rnd.uniform(-1.5, 1.5) * min(1.0, 12.0 * px / max(w0, 1))
    tile = tile.rotate(ang, resample=Image.BICUBIC, expand=True)
    ox, oy = (tile.size[0] - w0) / 2, (tile.size[1] - h0) / 2
    base += oy
    rgba = Image.new("RGBA", tile.size, color + (0,))
    alpha = tile.point(lambda v: int(v * 0.92))
    rgba.putalpha(alpha)
    return rgba, -(px * 0.5 + ox) / px_per_mm, -base / px_per_mm, x - px * 0.5


def sig_tile(w_mm, h_mm, name, color, seed, style, px_per_mm):
    """A signature: the name in a script hand plus a flourish, or a scribble."""
    rnd = random.Random(seed)
    W, H = int(w_mm * px_per_mm), int(h_mm * px_per_mm)
    tile = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(tile)
    lw = max(2, int(px_per_mm * 0.35))
    parts = name.split()
    if style % 3 == 0:
        txt = name.split()[-1] if parts else name
        txt = (parts[0][0] + ". " + txt) if len(parts) > 1 and rnd.random() < 0.5 else txt
    elif style % 3 == 1:
        txt = "".join(p[0] for p in parts[:2]) + (parts[-1][1:4].lower() if parts else "")
    else:
        txt = parts[0] if parts else name
    key = ["dancing", "kaushan", "z003"][rnd.randrange(3)]
    txt = fit_glyphs(key, txt)
    px = int(H * 0.55)
    f = pil_font(key, px)
    while f.getlength(txt) > W * 0.8 and px > 8:
        px = int(px * 0.9)
        f = pil_font(key, px)
    x0 = W * rnd.uniform(0.08, 0.2)
    y0 = H * rnd.uniform(0.55, 0.7)
    d.text((x0, y0), txt, font=f, fill=255, anchor="ls")
    tw = f.getlength(txt)
    # flourish: a smooth curve under or through the name
    pts = []
    a1, a2, ph = rnd.uniform(0.05, 0.15), rnd.uniform(0.02, 0.08), rnd.uniform(0, 6)
    x_end = min(W * 0.97, x0 + tw * rnd.uniform(1.0, 1.3))
    n = 40
    for i in range(n + 1):
        t = i / n
        x = x0 - W * 0.03 + t * (x_end - x0 + W * 0.03)
        y = y0 + H * (0.08 + a1 * math.sin(t * 5 + ph) + a2 * math.sin(t * 13)) - t * H * 0.12
        pts.append((x, y))
    if style != 2:
        d.line(pts, fill=255, width=lw, joint="curve")
    if style == 2:
        for _ in range(2):
            cx, cy = x0 + tw + rnd.uniform(-5, 15), y0 - H * 0.2
            d.arc((cx - H * 0.2, cy - H * 0.2, cx + H * 0.2, cy + H * 0.2), 30, 320, 255, lw)
    tile = tile.rotate(rnd.uniform(-6, 6), resample=Image.BICUBIC)
    rgba = Image.new("RGBA", tile.size, color + (0,))
    rgba.putalpha(tile)
    return rgba


def tick_tile(size_mm, color, seed, kind, px_per_mm):
    rnd = random.Random(seed)
    n = max(8, int(size_mm * px_per_mm * 1.4))
    tile = Image.new("L", (n, n), 0)
    d = ImageDraw.Draw(tile)
    lw = max(2, int(px_per_mm * 0.4))

    def j():
        return rnd.uniform(-0.08, 0.08) * n

    if kind == "x":
        d.line([(n * 0.2 + j(), n * 0.2 + j()), (n * 0.8 + j(), n * 0.8 + j())], 255, lw)
        d.line([(n * 0.8 + j(), n * 0.2 + j()), (n * 0.2 + j(), n * 0.8 + j())], 255, lw)
    elif kind == "v":
        d.line(
            [(n * 0.15 + j(), n * 0.5), (n * 0.42, n * 0.82 + j()), (n * 0.95, n * 0.05 + j())],
            255,
            lw,
            joint="curve",
        )
    elif kind == "dot":
        r = n * 0.07
        cx, cy = n * 0.5 + j(), n * 0.5 + j()
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    else:  # typed X
        d.line([(n * 0.22, n * 0.22), (n * 0.78, n * 0.78)], 255, max(1, lw // 2))
        d.line([(n * 0.78, n * 0.22), (n * 0.22, n * 0.78)], 255, max(1, lw // 2))
    rgba = Image.new("RGBA", tile.size, color + (0,))
    rgba.putalpha(tile)
    return rgba


# ----------------------------------------------------------------------------- Pillow


def _c(v):
    return tuple(int(c) for c in v) if v is not None else None


def render(page: Page, dpi: int = 200, show_fields: bool = True) -> Image.Image:
    k = dpi / 25.4
    W, H = int(page.w * k), int(page.h * k)
    im = Image.new("RGB", (W, H), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor = op
            f = pil_font(font, int(round(size * dpi / 72)))
            d.text(
                (x * k, y * k),
                s,
                font=f,
                fill=_c(color),
                anchor={"l": "ls", "r": "rs"}.get(anchor, "ms"),
            )
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw, r = op
            box = (x * k, y * k, (x + w) * k, (y + h) * k)
            width = max(1, int(round(lw * k))) if stroke else 0
            if r:
                d.rounded_rectangle(box, r * k, fill=_c(fill), outline=_c(stroke), width=width)
            else:
                d.rectangle(box, fill=_c(fill), outline=_c(stroke), width=width)
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            width = max(1, int(round(lw * k)))
            if dash:
                L = math.hypot(x2 - x1, y2 - y1)
                t = 0.0
                while t < L:
                    t2 = min(L, t + dash[0])
                    d.line(
                        [
                            (k * (x1 + (x2 - x1) * t / L), k * (y1 + (y2 - y1) * t / L)),
                            (k * (x1 + (x2 - x1) * t2 / L), k * (y1 + (y2 - y1) * t2 / L)),
                        ],
                        _c(color),
                        width,
                    )
                    t = t2 + dash[1]
            else:
                d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], _c(color), width)
        elif kind == "ellipse":
            _, x, y, w, h, fill, stroke, lw = op
            d.ellipse(
                (x * k, y * k, (x + w) * k, (y + h) * k),
                fill=_c(fill),
                outline=_c(stroke),
                width=max(1, int(lw * k)) if stroke else 0,
            )
        elif kind == "poly":
            _, pts, fill, stroke, lw = op
            d.polygon([(px * k, py * k) for px, py in pts], fill=_c(fill), outline=_c(stroke))
        elif kind == "img":
            _, x, y, w, h, img = op
            t = img.resize((max(1, int(w * k)), max(1, int(h * k))), Image.LANCZOS)
            if t.mode == "RGBA":
                im.paste(t, (int(x * k), int(y * k)), t)
            else:
                im.paste(t.convert("RGB"), (int(x * k), int(y * k)))
        elif kind == "hand":
            _, x, y, s, hand, size, color, seed, anchor = op
            tile, dx, dy, wpx = hand_tile(s, hand, size, color, seed, k)
            if anchor == "c":
                dx -= wpx / k / 2
            elif anchor == "r":
                dx -= wpx / k
            im.paste(tile, (int((x + dx) * k), int((y + dy) * k)), tile)
        elif kind == "sig":
            _, x, y, w, h, name, color, seed, style = op
            tile = sig_tile(w, h, name, color, seed, style, k)
            im.paste(tile, (int(x * k), int(y * k)), tile)
        elif kind == "tick":
            _, x, y, size, color, seed, tk = op
            tile = tick_tile(size, color, seed, tk, k)
            off = (tile.size[0] - size * k) / 2
            im.paste(tile, (int(x * k - off), int(y * k - off)), tile)
        d = ImageDraw.Draw(im)
    if show_fields:
        for name, fk, x, y, w, h, value, size in page.fields:
            if fk == "text" and value:
                f = pil_font("sans", int(size * dpi / 72))
                d.text(
                    ((x + 0.8) * k, (y + h * 0.72) * k), value, font=f, fill=(0, 0, 0), anchor="ls"
                )
            elif fk == "check" and value:
                t = tick_tile(h, (0, 0, 0), 0, "typed", k)
                im.paste(t, (int(x * k), int(y * k)), t)
    return im


# ----------------------------------------------------------------------------- reportlab


def _rgb(c):
    return (c[0] / 255, c[1] / 255, c[2] / 255)


def pdf_bytes(pages: list[Page], title: str = "", author: str = "", acro_ap: bool = True) -> bytes:
    """Vector PDF with a text layer; handwriting and images are embedded as raster tiles."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
        c.setCreator(author)
    k_img = 12.0  # raster tiles at ~300 dpi
    for page in pages:
        c.setPageSize((page.w * mm, page.h * mm))
        H = page.h

        def Y(y, H=H):
            return (H - y) * mm

        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*_rgb(page.bg))
            c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor = op
                if FONTS[font].endswith(".otf"):
                    font = "sans-b" if "b" in font else "sans"
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*_rgb(color))
                fn = {"l": c.drawString, "r": c.drawRightString}.get(anchor, c.drawCentredString)
                fn(x * mm, Y(y), s)
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw, r = op
                c.setLineWidth(lw * mm)
                if stroke:
                    c.setStrokeColorRGB(*_rgb(stroke))
                if fill:
                    c.setFillColorRGB(*_rgb(fill))
                if r:
                    c.roundRect(
                        x * mm,
                        Y(y + h),
                        w * mm,
                        h * mm,
                        r * mm,
                        stroke=int(bool(stroke)),
                        fill=int(bool(fill)),
                    )
                else:
                    c.rect(
                        x * mm,
                        Y(y + h),
                        w * mm,
                        h * mm,
                        stroke=int(bool(stroke)),
                        fill=int(bool(fill)),
                    )
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                c.setLineWidth(lw * mm)
                c.setStrokeColorRGB(*_rgb(color))
                c.setDash([v * mm for v in dash] if dash else [])
                c.line(x1 * mm, Y(y1), x2 * mm, Y(y2))
                c.setDash([])
            elif kind == "ellipse":
                _, x, y, w, h, fill, stroke, lw = op
                if fill:
                    c.setFillColorRGB(*_rgb(fill))
                if stroke:
                    c.setStrokeColorRGB(*_rgb(stroke))
                c.ellipse(
                    x * mm,
                    Y(y),
                    (x + w) * mm,
                    Y(y + h),
                    stroke=int(bool(stroke)),
                    fill=int(bool(fill)),
                )
            elif kind == "poly":
                _, pts, fill, stroke, lw = op
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, Y(pts[0][1]))
                for px, py in pts[1:]:
                    p.lineTo(px * mm, Y(py))
                p.close()
                if fill:
                    c.setFillColorRGB(*_rgb(fill))
                c.drawPath(p, stroke=int(bool(stroke)), fill=int(bool(fill)))
            elif kind == "img":
                _, x, y, w, h, img = op
                c.drawImage(ImageReader(img), x * mm, Y(y + h), w * mm, h * mm, mask="auto")
            elif kind == "hand":
                _, x, y, s, hand, size, color, seed, anchor = op
                tile, dx, dy, wpx = hand_tile(s, hand, size, color, seed, k_img)
                if anchor == "c":
                    dx -= wpx / k_img / 2
                tw, th = tile.size[0] / k_img, tile.size[1] / k_img
                c.drawImage(
                    ImageReader(tile), (x + dx) * mm, Y(y + dy + th), tw * mm, th * mm, mask="auto"
                )
            elif kind == "sig":
                _, x, y, w, h, name, color, seed, style = op
                tile = sig_tile(w, h, name, color, seed, style, k_img)
                c.drawImage(ImageReader(tile), x * mm, Y(y + h), w * mm, h * mm, mask="auto")
        for name, fk, x, y, w, h, value, size in page.fields:
            if fk == "text":
                c.acroForm.textfield(
                    name=name,
                    value=value or "",
                    x=x * mm,
                    y=Y(y + h),
                    width=w * mm,
                    height=h * mm,
                    fontName="Helvetica",
                    fontSize=size,
                    borderWidth=0.5,
                    borderColor=None,
                    fillColor=None,
                    textColor=None,
                    forceBorder=False,
                )
            else:
                c.acroForm.checkbox(
                    name=name,
                    checked=bool(value),
                    x=x * mm,
                    y=Y(y + h),
                    size=h * mm,
                    buttonStyle="cross",
                    borderWidth=0.5,
                )
        c.showPage()
    c.save()
    data = buf.getvalue()
    if not acro_ap and any(p.fields for p in pages):
        data = _strip_ap(data)
    return data


def _strip_ap(data: bytes) -> bytes:
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    for pg in pdf.pages:
        for a in pg.get("/Annots", []):
            if "/AP" in a and a.get("/FT") == "/Tx":
                del a["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
