"""A tiny drawing surface with two back-ends, so that every document is laid out
once and rendered either as a real text PDF (reportlab) or as pixels (Pillow).

Units: millimetres, origin at the top-left corner, y grows downwards; `y` of a
text call is its baseline. Font sizes are in points. Colours are RGB 0-255.
"""

import io
import math
import re

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab import rl_config

rl_config.invariant = 1  # no dates / random ids in PDFs: byte-identical output
rl_config.useA85 = 0
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

MM = 72.0 / 25.4
BLACK = (0, 0, 0)
WHITE = (255, 255, 255)

_T = "/usr/share/fonts/truetype/"
_O = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": _T + "liberation/LiberationSans-Regular.ttf",
    "sans-b": _T + "liberation/LiberationSans-Bold.ttf",
    "sans-i": _T + "liberation/LiberationSans-Italic.ttf",
    "sans-bi": _T + "liberation/LiberationSans-BoldItalic.ttf",
    "narrow": _T + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": _T + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": _T + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": _T + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": _T + "liberation/LiberationSerif-Italic.ttf",
    "serif-bi": _T + "liberation/LiberationSerif-BoldItalic.ttf",
    "mono": _T + "liberation/LiberationMono-Regular.ttf",
    "mono-b": _T + "liberation/LiberationMono-Bold.ttf",
    "dejavu": _T + "dejavu/DejaVuSans.ttf",
    "dejavu-b": _T + "dejavu/DejaVuSans-Bold.ttf",
    "dejavu-c": _T + "dejavu/DejaVuSansCondensed.ttf",
    "dejavu-cb": _T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dejavu-serif": _T + "dejavu/DejaVuSerif.ttf",
    "dejavu-serif-b": _T + "dejavu/DejaVuSerif-Bold.ttf",
    "dejavu-serif-i": _T + "dejavu/DejaVuSerif-Italic.ttf",
    "dejavu-mono": _T + "dejavu/DejaVuSansMono.ttf",
    "open": _T + "open-sans/OpenSans-Regular.ttf",
    "open-b": _T + "open-sans/OpenSans-Bold.ttf",
    "open-sb": _T + "open-sans/OpenSans-Semibold.ttf",
    "open-l": _T + "open-sans/OpenSans-Light.ttf",
    "open-xb": _T + "open-sans/OpenSans-ExtraBold.ttf",
    "open-cb": _T + "open-sans/OpenSans-CondBold.ttf",
    "roboto": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": _T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-l": _T + "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "roboto-bl": _T + "roboto/unhinted/RobotoTTF/Roboto-Black.ttf",
    "robotoc": _T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": _T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "lato-b": _T + "lato/Lato-Bold.ttf",
    "lato-l": _T + "lato/Lato-Light.ttf",
    "lato-bl": _T + "lato/Lato-Black.ttf",
    "lato-sb": _T + "lato/Lato-Semibold.ttf",
    "lato-i": _T + "lato/Lato-Italic.ttf",
    "carlito": _T + "crosextra/Carlito-Regular.ttf",
    "carlito-b": _T + "crosextra/Carlito-Bold.ttf",
    "carlito-i": _T + "crosextra/Carlito-Italic.ttf",
    "caladea": _T + "crosextra/Caladea-Regular.ttf",
    "caladea-b": _T + "crosextra/Caladea-Bold.ttf",
    "caladea-i": _T + "crosextra/Caladea-Italic.ttf",
    "freeserif": _T + "freefont/FreeSerif.ttf",
    "freeserif-b": _T + "freefont/FreeSerifBold.ttf",
    "freesans": _T + "freefont/FreeSans.ttf",
    "freesans-b": _T + "freefont/FreeSansBold.ttf",
    "freemono": _T + "freefont/FreeMono.ttf",
    "ocrb": _O + "ocr-b/OCRB.otf",
    "nimbus": _O + "urw-base35/NimbusSans-Regular.otf",
    "nimbus-b": _O + "urw-base35/NimbusSans-Bold.otf",
    "nimbus-roman": _O + "urw-base35/NimbusRoman-Regular.otf",
    "nimbus-roman-b": _O + "urw-base35/NimbusRoman-Bold.otf",
    "gothic": _O + "urw-base35/URWGothic-Book.otf",
    "gothic-b": _O + "urw-base35/URWGothic-Demi.otf",
    "bookman": _O + "urw-base35/URWBookman-Light.otf",
    "bookman-b": _O + "urw-base35/URWBookman-Demi.otf",
    "c059": _O + "urw-base35/C059-Roman.otf",
    "c059-b": _O + "urw-base35/C059-Bold.otf",
    "p052": _O + "urw-base35/P052-Roman.otf",
    "p052-b": _O + "urw-base35/P052-Bold.otf",
    "courier": _O + "urw-base35/NimbusMonoPS-Regular.otf",
    "courier-b": _O + "urw-base35/NimbusMonoPS-Bold.otf",
    "amiri": _O + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": _O + "fonts-hosny-amiri/Amiri-Bold.ttf",
    "wqy": _T + "wqy/wqy-microhei.ttc",
    # handwriting-like
    "h-dancing": _O + "dancingscript/DancingScript-Regular.otf",
    "h-dancing-b": _O + "dancingscript/DancingScript-Bold.otf",
    "h-kaushan": _O + "kaushanscript/KaushanScript-Regular.otf",
    "h-dkg": _T + "fifthhorseman/dkg.ttf",
    "h-breip": _T + "breip/Breip.ttf",
    "h-femke": _T + "femkeklaver/femkeklaver.ttf",
    "h-humor": _T + "humor-sans/Humor-Sans.ttf",
    "h-ruf": _T + "rufscript/Rufscript010.ttf",
    "h-ecolier": _T + "ecolier-court/Ecolier-court.ttf",
    "h-comic": _O + "comic-neue/ComicNeue-Regular.otf",
}

_COMPLEX = re.compile("[\u0590-\u08ff\u3000-\u9fff\uac00-\ud7af\ufb50-\ufeff]")
_CJK = re.compile("[\u3000-\u9fff]")
_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufeff]")


def fallback(font, s):
    """Pick a font able to draw the script of s."""
    if _CJK.search(s) and font != "wqy":
        return "wqy"
    if _ARABIC.search(s) and not font.startswith("amiri"):
        return "amiri-b" if font.endswith("-b") else "amiri"
    return font


_pil_fonts = {}
_rl_registered = {}


def pil_font(key, px):
    k = (key, px)
    f = _pil_fonts.get(k)
    if f is None:
        f = ImageFont.truetype(FONTS[key], px, layout_engine=ImageFont.Layout.RAQM)
        _pil_fonts[k] = f
    return f


def rl_font(key):
    """Register a TrueType font with reportlab; None when only Pillow can draw it."""
    if key in _rl_registered:
        return _rl_registered[key]
    path = FONTS[key]
    name = None
    if path.endswith(".ttf"):
        try:
            pdfmetrics.registerFont(TTFont("F_" + key, path))
            name = "F_" + key
        except Exception:
            name = None
    _rl_registered[key] = name
    return name


def text_image(s, key, size_pt, color, dpi=600):
    """The string as a tight RGBA image (used for complex scripts / CFF fonts in PDFs)."""
    px = max(4, int(round(size_pt * dpi / 72.0)))
    f = pil_font(key, px)
    l, t, r, b = f.getbbox(s, anchor="ls")
    w, h = max(1, r - l + 4), max(1, b - t + 4)
    im = Image.new("RGBA", (w, h), color + (0,))
    d = ImageDraw.Draw(im)
    d.text((2 - l, 2 - t), s, font=f, fill=color + (255,), anchor="ls")
    return im, (l - 2) * 25.4 / dpi, (t - 2) * 25.4 / dpi, w * 25.4 / dpi, h * 25.4 / dpi


class Surface:
    """Common drawing helpers; back-ends implement the primitives."""

    w = 210.0
    h = 297.0

    # primitives (back-end) ------------------------------------------------
    def text(self, x, y, s, font="sans", size=9, color=BLACK, anchor="l", angle=0):
        raise NotImplementedError

    def textw(self, s, font="sans", size=9):
        raise NotImplementedError

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.25, r=0):
        raise NotImplementedError

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.25):
        raise NotImplementedError

    def polyline(self, pts, color=BLACK, lw=0.25, closed=False, fill=None):
        raise NotImplementedError

    def ellipse(self, cx, cy, rx, ry, stroke=BLACK, fill=None, lw=0.25):
        raise NotImplementedError

    def image(self, im, x, y, w, h):
        raise NotImplementedError

    def begin_layer(self, opacity=1.0, multiply=True):
        pass

    def end_layer(self):
        pass

    # helpers ---------------------------------------------------------------
    def dashed(self, x1, y1, x2, y2, color=BLACK, lw=0.2, on=1.0, off=0.8):
        L = math.hypot(x2 - x1, y2 - y1)
        if L == 0:
            return
        ux, uy = (x2 - x1) / L, (y2 - y1) / L
        t = 0.0
        while t < L:
            e = min(L, t + on)
            self.line(x1 + ux * t, y1 + uy * t, x1 + ux * e, y1 + uy * e, color, lw)
            t = e + off

    def dotted_leader(self, x1, x2, y, color=(90, 90, 90), size=8, font="sans"):
        dw = self.textw(". ", font, size)
        n = int((x2 - x1) / dw) if dw > 0 else 0
        if n > 0:
            self.text(x1, y, ". " * n, font, size, color)

    def wrap(self, s, w, font="sans", size=9):
        lines = []
        for para in s.split("\n"):
            words = para.split(" ")
            cur = ""
            for wd in words:
                cand = wd if not cur else cur + " " + wd
                if self.textw(cand, font, size) <= w or not cur:
                    cur = cand
                else:
                    lines.append(cur)
                    cur = wd
            lines.append(cur)
        return lines

    def para(
        self, x, y, w, s, font="sans", size=9, color=BLACK, leading=None, align="l", justify=False
    ):
        """Wrapped paragraph starting with baseline y; returns the next baseline."""
        leading = leading or size * 0.3528 * 1.22
        lines = self.wrap(s, w, font, size)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1 or ln == ""
            if justify and not last and " " in ln:
                words = ln.split(" ")
                tw = sum(self.textw(wd, font, size) for wd in words)
                gap = (w - tw) / (len(words) - 1)
                cx = x
                for wd in words:
                    self.text(cx, y, wd, font, size, color)
                    cx += self.textw(wd, font, size) + gap
            elif align == "c":
                self.text(x + w / 2, y, ln, font, size, color, "c")
            elif align == "r":
                self.text(x + w, y, ln, font, size, color, "r")
            else:
                self.text(x, y, ln, font, size, color)
            y += leading
        return y

    def rich(self, x, y, parts, size=9, color=BLACK):
        """Inline runs [(text, font), ...] on one line; returns the end x."""
        for s, f in parts:
            self.text(x, y, s, f, size, color)
            x += self.textw(s, f, size)
        return x

    def checkbox(self, x, y, size=3.2, checked=False, lw=0.25, color=BLACK, mark="x"):
        self.rect(x, y, size, size, color, None, lw)
        if checked:
            if mark == "x":
                self.line(x + 0.5, y + 0.5, x + size - 0.5, y + size - 0.5, color, lw * 2)
                self.line(x + 0.5, y + size - 0.5, x + size - 0.5, y + 0.5, color, lw * 2)
            else:
                self.fill_rect(x + 0.6, y + 0.6, size - 1.2, size - 1.2, color)

    def fill_rect(self, x, y, w, h, fill):
        self.rect(x, y, w, h, None, fill, 0)

    def comb(
        self,
        x,
        y,
        n,
        cw=4.2,
        ch=5.0,
        lw=0.25,
        color=BLACK,
        text=None,
        font="sans",
        size=10,
        tcolor=BLACK,
    ):
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, color, None, lw)
        if text:
            for i, c in enumerate(text[:n]):
                self.text(x + i * cw + cw / 2, y + ch * 0.78, c, font, size, tcolor, "c")
        return x + n * cw

    def hline(self, x1, x2, y, color=BLACK, lw=0.25):
        self.line(x1, y, x2, y, color, lw)

    def circle_text(self, cx, cy, r, s, font="sans-b", size=6, color=BLACK, start=200, span=140):
        """Letters along an arc (stamps, seals); start/span in degrees, clockwise from +x."""
        n = max(1, len(s))
        for i, ch in enumerate(s):
            a = math.radians(start + span * (i + 0.5) / n)
            px, py = cx + r * math.cos(a), cy + r * math.sin(a)
            self.text(px, py, ch, font, size, color, "c", angle=-(math.degrees(a) + 90))

    def guilloche(self, x, y, w, h, color, n=28, lw=0.12, amp=None, seed=0, periods=3.0):
        amp = amp if amp is not None else h / 10.0
        for k in range(n):
            pts = []
            y0 = y + h * (k + 0.5) / n
            ph = k * 0.61 + seed * 0.37
            for i in range(121):
                t = i / 120.0
                yy = y0 + amp * math.sin(2 * math.pi * periods * t + ph) * math.cos(
                    2 * math.pi * 0.5 * t + ph * 0.3
                )
                yy = min(max(yy, y), y + h)
                pts.append((x + w * t, yy))
            self.polyline(pts, color, lw)

    def rosette(self, cx, cy, r, color, n=18, lw=0.12):
        for k in range(n):
            pts = []
            for i in range(181):
                t = 2 * math.pi * i / 180.0
                rr = r * (0.55 + 0.45 * math.cos(6 * t + k * 2 * math.pi / n))
                pts.append((cx + rr * math.cos(t + k * 0.07), cy + rr * math.sin(t + k * 0.07)))
            self.polyline(pts, color, lw, closed=True)


# ----------------------------------------------------------------- Pillow back-end


class PilSurface(Surface):
    def __init__(self, w_mm, h_mm, dpi=200, bg=WHITE):
        self.w, self.h, self.dpi = w_mm, h_mm, dpi
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (int(round(w_mm * self.k)), int(round(h_mm * self.k))), bg)
        self.base = self.img
        self.draw = ImageDraw.Draw(self.img)
        self._stack = []

    def P(self, v):
        return v * self.k

    def textw(self, s, font="sans", size=9):
        font = fallback(font, s)
        px = max(4, int(round(size * self.dpi / 72.0)))
        return pil_font(font, px).getlength(s) / self.k

    def text(self, x, y, s, font="sans", size=9, color=BLACK, anchor="l", angle=0):
        if not s:
            return
        font = fallback(font, s)
        px = max(4, int(round(size * self.dpi / 72.0)))
        f = pil_font(font, px)
        a = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
        if not angle:
            self.draw.text((x * self.k, y * self.k), s, font=f, fill=color, anchor=a)
            return
        l, t, r, b = f.getbbox(s, anchor="ms")
        pad = 4
        w, h = r - l + 2 * pad, b - t + 2 * pad
        tmp = Image.new("L", (w, h), 0)
        ImageDraw.Draw(tmp).text((pad - l, pad - t), s, font=f, fill=255, anchor="ms")
        rot = tmp.rotate(angle, resample=Image.BICUBIC, expand=True)
        # centre of the glyph box goes to (x, y) shifted by half the x-height
        cx, cy = x * self.k, y * self.k
        col = Image.new("RGB", rot.size, color)
        self.img.paste(col, (int(cx - rot.size[0] / 2), int(cy - rot.size[1] / 2)), rot)

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.25, r=0):
        box = [x * self.k, y * self.k, (x + w) * self.k, (y + h) * self.k]
        width = max(1, int(round(lw * self.k))) if stroke is not None else 0
        if r:
            self.draw.rounded_rectangle(
                box, radius=r * self.k, fill=fill, outline=stroke, width=width
            )
        else:
            self.draw.rectangle(box, fill=fill, outline=stroke, width=width)

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.25):
        self.draw.line(
            [(x1 * self.k, y1 * self.k), (x2 * self.k, y2 * self.k)],
            fill=color,
            width=max(1, int(round(lw * self.k))),
        )

    def polyline(self, pts, color=BLACK, lw=0.25, closed=False, fill=None):
        p = [(a * self.k, b * self.k) for a, b in pts]
        if fill is not None:
            self.draw.polygon(p, fill=fill, outline=color)
            return
        if closed:
            p = p + [p[0]]
        if color is not None:
            self.draw.line(p, fill=color, width=max(1, int(round(lw * self.k))), joint="curve")

    def ellipse(self, cx, cy, rx, ry, stroke=BLACK, fill=None, lw=0.25):
        box = [(cx - rx) * self.k, (cy - ry) * self.k, (cx + rx) * self.k, (cy + ry) * self.k]
        width = max(1, int(round(lw * self.k))) if stroke is not None else 0
        self.draw.ellipse(box, fill=fill, outline=stroke, width=width)

    def image(self, im, x, y, w, h):
        W, H = max(1, int(round(w * self.k))), max(1, int(round(h * self.k)))
        im2 = im.resize((W, H), Image.LANCZOS)
        pos = (int(round(x * self.k)), int(round(y * self.k)))
        if im2.mode == "RGBA":
            self.img.paste(im2.convert("RGB"), pos, im2.split()[3])
        else:
            self.img.paste(im2.convert("RGB"), pos)

    def begin_layer(self, opacity=1.0, multiply=True):
        self._stack.append((self.img, self.draw, opacity, multiply))
        self.img = Image.new("RGB", self.base.size, WHITE)
        self.draw = ImageDraw.Draw(self.img)

    def end_layer(self):
        layer = self.img
        self.img, self.draw, opacity, multiply = self._stack.pop()
        bbox = ImageChops.invert(layer.convert("L")).getbbox()
        if not bbox:
            return
        base = np.asarray(self.img.crop(bbox), dtype=np.float32)
        lay = np.asarray(layer.crop(bbox), dtype=np.float32)
        if multiply:
            out = base * (1.0 - opacity + opacity * lay / 255.0)
        else:
            m = (lay.min(axis=2, keepdims=True) < 250).astype(np.float32) * opacity
            out = base * (1 - m) + lay * m
        self.img.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), bbox[:2])


# ----------------------------------------------------------------- reportlab back-end


class PdfSurface(Surface):
    def __init__(self, canvas, w_mm, h_mm):
        self.c = canvas
        self.w, self.h = w_mm, h_mm
        self._layer_alpha = None

    def Y(self, y):
        return (self.h - y) * MM

    def textw(self, s, font="sans", size=9):
        font = fallback(font, s)
        name = rl_font(font)
        if name and not _COMPLEX.search(s):
            return pdfmetrics.stringWidth(s, name, size) / MM
        px = max(4, int(round(size * 600 / 72.0)))
        return pil_font(font, px).getlength(s) * 25.4 / 600

    def text(self, x, y, s, font="sans", size=9, color=BLACK, anchor="l", angle=0):
        if not s:
            return
        font = fallback(font, s)
        name = rl_font(font)
        c = self.c
        if name is None or _COMPLEX.search(s):
            im, dx, dy, w, h = text_image(s, font, size, color)
            tw = self.textw(s, font, size)
            ox = {"l": 0, "c": -tw / 2, "r": -tw}[anchor]
            if angle:
                c.saveState()
                c.translate(x * MM, self.Y(y))
                c.rotate(angle)
                c.drawImage(
                    ImageReader(im), (ox + dx) * MM, -(dy + h) * MM, w * MM, h * MM, mask="auto"
                )
                c.restoreState()
            else:
                c.drawImage(
                    ImageReader(im),
                    (x + ox + dx) * MM,
                    self.Y(y + dy + h),
                    w * MM,
                    h * MM,
                    mask="auto",
                )
            return
        c.setFillColorRGB(*[v / 255.0 for v in color])
        c.setFont(name, size)
        if angle:
            c.saveState()
            c.translate(x * MM, self.Y(y))
            c.rotate(angle)
            c.drawCentredString(0, -size * 0.35, s)
            c.restoreState()
            return
        if anchor == "l":
            c.drawString(x * MM, self.Y(y), s)
        elif anchor == "c":
            c.drawCentredString(x * MM, self.Y(y), s)
        else:
            c.drawRightString(x * MM, self.Y(y), s)

    def _colors(self, stroke, fill, lw):
        c = self.c
        if stroke is not None:
            c.setStrokeColorRGB(*[v / 255.0 for v in stroke])
            c.setLineWidth(lw * MM)
        if fill is not None:
            c.setFillColorRGB(*[v / 255.0 for v in fill])

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.25, r=0):
        self._colors(stroke, fill, lw)
        if r:
            self.c.roundRect(
                x * MM,
                self.Y(y + h),
                w * MM,
                h * MM,
                r * MM,
                stroke=int(stroke is not None),
                fill=int(fill is not None),
            )
        else:
            self.c.rect(
                x * MM,
                self.Y(y + h),
                w * MM,
                h * MM,
                stroke=int(stroke is not None),
                fill=int(fill is not None),
            )

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.25):
        self._colors(color, None, lw)
        self.c.line(x1 * MM, self.Y(y1), x2 * MM, self.Y(y2))

    def polyline(self, pts, color=BLACK, lw=0.25, closed=False, fill=None):
        if not pts:
            return
        self._colors(color, fill, lw)
        p = self.c.beginPath()
        p.moveTo(pts[0][0] * MM, self.Y(pts[0][1]))
        for a, b in pts[1:]:
            p.lineTo(a * MM, self.Y(b))
        if closed or fill is not None:
            p.close()
        self.c.setLineJoin(1)
        self.c.setLineCap(1)
        self.c.drawPath(p, stroke=int(color is not None), fill=int(fill is not None))

    def ellipse(self, cx, cy, rx, ry, stroke=BLACK, fill=None, lw=0.25):
        self._colors(stroke, fill, lw)
        self.c.ellipse(
            (cx - rx) * MM,
            self.Y(cy + ry),
            (cx + rx) * MM,
            self.Y(cy - ry),
            stroke=int(stroke is not None),
            fill=int(fill is not None),
        )

    def image(self, im, x, y, w, h):
        if isinstance(im, (bytes, bytearray)):
            src = ImageReader(io.BytesIO(im))
        else:
            src = ImageReader(im)
        self.c.drawImage(src, x * MM, self.Y(y + h), w * MM, h * MM, mask="auto")

    def begin_layer(self, opacity=1.0, multiply=True):
        self.c.saveState()
        self.c.setFillAlpha(opacity)
        self.c.setStrokeAlpha(opacity)

    def end_layer(self):
        self.c.restoreState()


def new_pdf(path, title="", author="", creator="", subject=""):
    c = rl_canvas.Canvas(path, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if creator:
        c.setCreator(creator)
    if subject:
        c.setSubject(subject)
    return c


def pdf_page(c, w_mm, h_mm):
    c.setPageSize((w_mm * MM, h_mm * MM))
    return PdfSurface(c, w_mm, h_mm)
