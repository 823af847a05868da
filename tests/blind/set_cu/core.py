"""Drawing core for set_cu: pages as op lists rendered to PDF (reportlab) or images (PIL)."""

import io
import math
import random

import cv2
import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.graphics.barcode.qrencoder import QRCode
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": TT + "liberation/LiberationSans-Regular.ttf",
    "sansb": TT + "liberation/LiberationSans-Bold.ttf",
    "sansi": TT + "liberation/LiberationSans-Italic.ttf",
    "narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "serifb": TT + "liberation/LiberationSerif-Bold.ttf",
    "serifi": TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": TT + "dejavu/DejaVuSansMono.ttf",
    "monob": TT + "dejavu/DejaVuSansMono-Bold.ttf",
    "lmono": TT + "liberation/LiberationMono-Regular.ttf",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavub": TT + "dejavu/DejaVuSans-Bold.ttf",
    "dejavuc": TT + "dejavu/DejaVuSansCondensed.ttf",
    "dserif": TT + "dejavu/DejaVuSerif.ttf",
    "dserifb": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robotoc": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "opensans": TT + "open-sans/OpenSans-Regular.ttf",
    "opensansb": TT + "open-sans/OpenSans-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "latob": TT + "lato/Lato-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlitob": TT + "crosextra/Carlito-Bold.ttf",
    "caladea": TT + "crosextra/Caladea-Regular.ttf",
    "caladeab": TT + "crosextra/Caladea-Bold.ttf",
    "freesans": TT + "freefont/FreeSans.ttf",
    "freeserif": TT + "freefont/FreeSerif.ttf",
    "freemono": TT + "freefont/FreeMono.ttf",
    # handwriting
    "h_femke": TT + "femkeklaver/femkeklaver.ttf",
    "h_dkg": TT + "fifthhorseman/dkg.ttf",
    "h_breip": TT + "breip/Breip.ttf",
    "h_ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "h_dkgi": TT + "fifthhorseman/dkgIt.ttf",
    "h_fallback": TT + "dejavu/DejaVuSans-Oblique.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

_CMAPS = {}
_PILF = {}


def cmap(font):
    if font not in _CMAPS:
        _CMAPS[font] = set(FTFont(FONTS[font]).getBestCmap())
    return _CMAPS[font]


def pil_font(font, px):
    key = (font, int(px))
    if key not in _PILF:
        _PILF[key] = ImageFont.truetype(FONTS[font], max(4, int(px)))
    return _PILF[key]


def width_mm(s, font, size):
    return pdfmetrics.stringWidth(s, font, size) * 25.4 / 72


INK_BLUE = (28, 45, 120)
INK_BLACK = (25, 25, 30)
BLACK = (0, 0, 0)
GREY = (110, 110, 110)
WHITE = (255, 255, 255)
HAND_DPI = 300


class Page:
    """A page in mm, origin top-left, y downward. Text y is the baseline."""

    def __init__(self, w, h, bg=WHITE):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []

    def text(self, x, y, s, font="sans", size=9, color=BLACK, anchor="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.6):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def ellipse(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.6):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.6, dash=False):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def img(self, x, y, w, h, im):
        self.ops.append(("img", x, y, w, h, im))

    def cjk(self, x, y, s, size=9, color=BLACK, anchor="l"):
        self.ops.append(("cjk", x, y, s, size, color, anchor))

    def field(self, kind, name, x, y, w, h, value, size=10, comb=0):
        self.ops.append(("field", kind, name, x, y, w, h, value, size, comb))

    def para(self, x, y, w, s, font="sans", size=9, lead=None, color=BLACK, justify=False):
        lead = lead or size * 0.42
        for ln in wrap(s, font, size, w):
            self.text(x, y, ln, font, size, color)
            y += lead
        return y

    def hand(self, x, y, s, size=12, rng=None, font="h_breip", color=INK_BLUE, anchor="l"):
        im, base = hand_img(s, font, size, color, rng or random.Random(len(s)))
        k = 25.4 / HAND_DPI
        w, h = im.width * k, im.height * k
        if anchor == "c":
            x -= w / 2
        elif anchor == "r":
            x -= w
        self.img(x, y - base * k, w, h, im)
        return w

    def sign(self, x, y, w, h, name, rng, color=INK_BLUE, font="h_ecolier"):
        im = signature_img(name, rng, color, font)
        r = min(w / im.width, h / im.height)
        ww, hh = im.width * r, im.height * r
        self.img(x + (w - ww) / 2, y + (h - hh) / 2, ww, hh, im)


def wrap(s, font, size, w):
    out = []
    for par in s.split("\n"):
        cur = ""
        for word in par.split(" "):
            t = (cur + " " + word).strip()
            if width_mm(t, font, size) > w and cur:
                out.append(cur)
                cur = word
            else:
                cur = t
        out.append(cur)
    return out


# ---------------------------------------------------------------- pseudo CJK glyphs
def cjk_strokes(ch):
    """Deterministic stroke set (unit square) approximating a Chinese character."""
    r = random.Random(ord(ch) * 7919)
    n = r.randint(4, 9)
    st = []
    radical = r.random() < 0.5
    for i in range(n):
        k = r.random()
        x0 = 0.42 if radical and i > 1 else 0.1
        if k < 0.4:
            y = r.uniform(0.12, 0.9)
            a, b = sorted((r.uniform(x0, 0.6), r.uniform(0.5, 0.92)))
            st.append((a, y, b, y + r.uniform(-0.02, 0.02)))
        elif k < 0.7:
            x = r.uniform(x0, 0.88)
            a, b = sorted((r.uniform(0.08, 0.5), r.uniform(0.45, 0.95)))
            st.append((x, a, x, b))
        elif k < 0.85:
            x = r.uniform(x0 + 0.1, 0.8)
            y = r.uniform(0.1, 0.5)
            st.append((x, y, x - r.uniform(0.15, 0.35), y + r.uniform(0.2, 0.45)))
        else:
            x = r.uniform(x0, 0.7)
            y = r.uniform(0.3, 0.7)
            st.append((x, y, x + r.uniform(0.1, 0.3), y + r.uniform(0.1, 0.3)))
    if radical:
        st.append((0.15, 0.1, 0.15, 0.92))
        st.append((0.05, 0.35, 0.3, 0.3))
    return st


def cjk_advance(s, size):
    em = size * 25.4 / 72
    return sum(em if ord(c) > 0x2E80 else width_mm(c, "sans", size) for c in s)


# ---------------------------------------------------------------- rendering
def _rgb(c):
    return tuple(int(v) for v in c)


def render_pil(page, dpi=200):
    k = dpi / 25.4
    im = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        t = op[0]
        if t == "text":
            _, x, y, s, font, size, color, anchor = op
            f = pil_font(font, size * dpi / 72)
            a = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
            d.text((x * k, y * k), s, font=f, fill=_rgb(color), anchor=a)
        elif t in ("rect", "ellipse"):
            _, x, y, w, h, stroke, fill, lw = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            wid = max(1, round(lw * dpi / 72)) if stroke else 0
            fn = d.rectangle if t == "rect" else d.ellipse
            fn(
                box,
                outline=_rgb(stroke) if stroke else None,
                fill=_rgb(fill) if fill else None,
                width=wid,
            )
        elif t == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            wid = max(1, round(lw * dpi / 72))
            if dash:
                n = max(1, int(math.hypot(x2 - x1, y2 - y1) / 1.2))
                for i in range(0, n, 2):
                    a, b = i / n, min(1, (i + 1) / n)
                    d.line(
                        [
                            (k * (x1 + (x2 - x1) * a), k * (y1 + (y2 - y1) * a)),
                            (k * (x1 + (x2 - x1) * b), k * (y1 + (y2 - y1) * b)),
                        ],
                        fill=_rgb(color),
                        width=wid,
                    )
            else:
                d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=_rgb(color), width=wid)
        elif t == "img":
            _, x, y, w, h, src = op
            sz = (max(1, int(w * k)), max(1, int(h * k)))
            s2 = src.resize(sz, Image.LANCZOS)
            if s2.mode == "RGBA":
                im.paste(s2.convert("RGB"), (int(x * k), int(y * k)), s2)
            else:
                im.paste(s2.convert("RGB"), (int(x * k), int(y * k)))
        elif t == "cjk":
            _, x, y, s, size, color, anchor = op
            x = _anchor_x(x, cjk_advance(s, size), anchor)
            em = size * 25.4 / 72
            wid = max(1, round(size * dpi / 72 / 11))
            for c in s:
                if ord(c) > 0x2E80:
                    for a, b, cc, dd in cjk_strokes(c):
                        p1 = ((x + a * em) * k, (y - em * 0.85 + b * em) * k)
                        p2 = ((x + cc * em) * k, (y - em * 0.85 + dd * em) * k)
                        d.line([p1, p2], fill=_rgb(color), width=wid)
                    x += em
                else:
                    f = pil_font("sans", size * dpi / 72)
                    d.text((x * k, y * k), c, font=f, fill=_rgb(color), anchor="ls")
                    x += width_mm(c, "sans", size)
        elif t == "field":
            _, kind, _name, x, y, w, h, value, size, comb = op
            if kind == "text" and value and comb:
                f = pil_font("sans", size * dpi / 72)
                for i, ch in enumerate(value):
                    cx = (x + (i + 0.5) * w / comb) * k
                    d.text((cx, (y + h * 0.72) * k), ch, font=f, fill=BLACK, anchor="ms")
            elif kind == "text" and value:
                f = pil_font("sans", size * dpi / 72)
                d.text((x * k + 3, (y + h * 0.72) * k), value, font=f, fill=BLACK, anchor="ls")
            elif kind == "check" and value:
                f = pil_font("dejavu", h * 0.9 * k)
                d.text(((x + w / 2) * k, (y + h / 2) * k), "✔", font=f, fill=BLACK, anchor="mm")
    return im


def _anchor_x(x, w, anchor):
    return x - w / 2 if anchor == "c" else x - w if anchor == "r" else x


def render_pdf(pages, path, acro_appearance=True):
    c = rl_canvas.Canvas(
        path, invariant=1, pagesize=(pages[0].w * 72 / 25.4, pages[0].h * 72 / 25.4)
    )
    c.setAuthor("")
    for page in pages:
        c.setPageSize((page.w * 72 / 25.4, page.h * 72 / 25.4))
        _draw_pdf(c, page, acro_appearance)
        c.showPage()
    c.save()


def _draw_pdf(c, page, acro_appearance):
    k = 72 / 25.4
    H = page.h
    if page.bg != WHITE:
        c.setFillColorRGB(*[v / 255 for v in page.bg])
        c.rect(0, 0, page.w * k, H * k, stroke=0, fill=1)
    for op in page.ops:
        t = op[0]
        if t == "text":
            _, x, y, s, font, size, color, anchor = op
            c.setFillColorRGB(*[v / 255 for v in color])
            c.setFont(font, size)
            fn = {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[anchor]
            fn(x * k, (H - y) * k, s)
        elif t in ("rect", "ellipse"):
            _, x, y, w, h, stroke, fill, lw = op
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw)
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            fn = c.rect if t == "rect" else c.ellipse
            if t == "rect":
                fn(
                    x * k,
                    (H - y - h) * k,
                    w * k,
                    h * k,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            else:
                fn(
                    x * k,
                    (H - y - h) * k,
                    (x + w) * k,
                    (H - y) * k,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
        elif t == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(lw)
            c.setDash(2, 2) if dash else c.setDash()
            c.line(x1 * k, (H - y1) * k, x2 * k, (H - y2) * k)
            c.setDash()
        elif t == "img":
            _, x, y, w, h, src = op
            c.drawImage(ImageReader(src), x * k, (H - y - h) * k, w * k, h * k, mask="auto")
        elif t == "cjk":
            _, x, y, s, size, color, anchor = op
            x = _anchor_x(x, cjk_advance(s, size), anchor)
            em = size * 25.4 / 72
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setFillColorRGB(*[v / 255 for v in color])
            c.setLineWidth(size / 11)
            for ch in s:
                if ord(ch) > 0x2E80:
                    for a, b, cc, dd in cjk_strokes(ch):
                        c.line(
                            (x + a * em) * k,
                            (H - y + em * 0.85 - b * em) * k,
                            (x + cc * em) * k,
                            (H - y + em * 0.85 - dd * em) * k,
                        )
                    x += em
                else:
                    c.setFont("sans", size)
                    c.drawString(x * k, (H - y) * k, ch)
                    x += width_mm(ch, "sans", size)
        elif t == "field":
            _, kind, name, x, y, w, h, value, size, comb = op
            af = c.acroForm
            extra = {"fieldFlags": "comb", "maxlen": comb} if comb else {}
            if kind == "text":
                af.textfield(
                    name=name,
                    value=value or "",
                    x=x * k,
                    y=(H - y - h) * k,
                    width=w * k,
                    height=h * k,
                    fontName="Helvetica",
                    fontSize=size,
                    borderWidth=0,
                    fillColor=None,
                    forceBorder=False,
                    relative=False,
                    annotationFlags="print",
                    **extra,
                )
            else:
                af.checkbox(
                    name=name,
                    checked=bool(value),
                    x=x * k,
                    y=(H - y - h) * k,
                    size=h * k,
                    buttonStyle="check",
                    borderWidth=0.5,
                    relative=False,
                )


# ---------------------------------------------------------------- hand, signature, stamps
def hand_img(s, font, size, color, rng, stroke=0):
    px = size * HAND_DPI / 72
    base = int(px * 1.15)
    W = int(px * 0.75 * (len(s) + 2)) + 20
    im = Image.new("RGBA", (W, int(px * 1.6)), (0, 0, 0, 0))
    x = 4.0
    cm = cmap(font)
    slant = rng.uniform(-0.06, 0.12)
    for ch in s:
        f = font if (ord(ch) in cm or ch == " ") else "h_fallback"
        sz = px * rng.uniform(0.93, 1.07)
        pf = pil_font(f, sz)
        if ch == " ":
            x += sz * rng.uniform(0.28, 0.38)
            continue
        bb = pf.getbbox(ch, anchor="ls")
        gw = bb[2] - bb[0] + 8
        tile = Image.new("RGBA", (int(gw + sz * 0.9), int(sz * 1.8)), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        a = rng.randint(200, 250)
        td.text(
            (4 - bb[0] + sz * 0.3, sz * 1.25),
            ch,
            font=pf,
            fill=(*color, a),
            anchor="ls",
            stroke_width=stroke,
            stroke_fill=(*color, a),
        )
        tile = tile.transform(
            tile.size, Image.AFFINE, (1, slant, -slant * sz, 0, 1, 0), Image.BICUBIC
        )
        tile = tile.rotate(
            rng.uniform(-4, 4), resample=Image.BICUBIC, center=(tile.width / 2, sz * 1.25)
        )
        dy = rng.uniform(-0.04, 0.04) * sz
        im.alpha_composite(tile, (int(x - sz * 0.3), int(base + dy - sz * 1.25)))
        x += pf.getlength(ch) * rng.uniform(0.95, 1.08)
    bbox = im.getbbox() or (0, 0, 1, 1)
    im = im.crop((0, 0, min(W, bbox[2] + 4), im.height))
    return im, base


def _bezier(p, n=60):
    t = np.linspace(0, 1, n)[:, None]
    p = np.array(p, float)
    return (
        (1 - t) ** 3 * p[0] + 3 * (1 - t) ** 2 * t * p[1] + 3 * (1 - t) * t**2 * p[2] + t**3 * p[3]
    )


def signature_img(name, rng, color=INK_BLUE, font="h_ecolier"):
    px = 150
    im, base = hand_img(name, font, px * 72 / HAND_DPI, color, rng, stroke=2)
    W, H = im.width + 120, im.height + 90
    out = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    out.alpha_composite(im, (30, 20))
    out = out.transform(
        out.size, Image.AFFINE, (1, rng.uniform(0.15, 0.35), -40, 0, 1, 0), Image.BICUBIC
    )
    d = ImageDraw.Draw(out)
    y0 = 20 + base + rng.uniform(5, 25)
    pts = _bezier(
        [
            (rng.uniform(10, 60), y0 + rng.uniform(-10, 15)),
            (W * rng.uniform(0.3, 0.5), y0 + rng.uniform(25, 55)),
            (W * rng.uniform(0.6, 0.8), y0 - rng.uniform(20, 60)),
            (W - rng.uniform(5, 30), y0 + rng.uniform(-30, 10)),
        ]
    )
    for i in range(len(pts) - 1):
        wdt = max(2, int(6 * math.sin(math.pi * i / len(pts)) + rng.uniform(0, 1.5)))
        j = rng.uniform(-0.8, 0.8)
        d.line(
            [tuple(pts[i]), (pts[i + 1][0] + j, pts[i + 1][1] + j)], fill=(*color, 235), width=wdt
        )
    if rng.random() < 0.6:
        a = (rng.uniform(W * 0.5, W * 0.8), y0 + rng.uniform(-70, -20))
        d.line(
            [a, (a[0] + rng.uniform(15, 40), a[1] + rng.uniform(-8, 8))],
            fill=(*color, 230),
            width=4,
        )
    return out.crop(out.getbbox())


def stamp_img(ring, center, color, rng, diam=420, cjk_ring=False, star=False, rect=False):
    im = Image.new("RGBA", (diam, diam), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = diam / 2
    col = (*color, 215)
    if rect:
        d.rectangle([8, diam * 0.2, diam - 8, diam * 0.8], outline=col, width=7)
        f = pil_font("sansb", diam * 0.09)
        y = diam * 0.2 + diam * 0.13
        for ln in center:
            d.text((c, y), ln, font=f, fill=col, anchor="ms")
            y += diam * 0.12
    else:
        d.ellipse([6, 6, diam - 6, diam - 6], outline=col, width=9 if cjk_ring else 6)
        if not cjk_ring:
            d.ellipse([28, 28, diam - 28, diam - 28], outline=col, width=3)
        n = len(ring)
        span = 300 if cjk_ring else 340
        fs = diam * (0.12 if cjk_ring else 0.075)
        for i, ch in enumerate(ring):
            ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            r = c - fs * 0.9 - 12
            x, y = c + r * math.cos(ang), c + r * math.sin(ang)
            tile = Image.new("RGBA", (int(fs * 1.6), int(fs * 1.6)), (0, 0, 0, 0))
            td = ImageDraw.Draw(tile)
            if ord(ch) > 0x2E80:
                for a, b, cc, dd in cjk_strokes(ch):
                    td.line(
                        [
                            (fs * 0.3 + a * fs, fs * 0.3 + b * fs),
                            (fs * 0.3 + cc * fs, fs * 0.3 + dd * fs),
                        ],
                        fill=col,
                        width=max(2, int(fs / 9)),
                    )
            else:
                td.text((fs * 0.8, fs * 0.8), ch, font=pil_font("sansb", fs), fill=col, anchor="mm")
            tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            im.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
        if star:
            pts = []
            for i in range(10):
                r = diam * (0.17 if i % 2 == 0 else 0.07)
                a = math.radians(-90 + 36 * i)
                pts.append((c + r * math.cos(a), c - diam * 0.03 + r * math.sin(a)))
            d.polygon(pts, fill=col)
        f = pil_font("sansb", diam * 0.07)
        y = c + (diam * 0.2 if star else -diam * 0.035 * (len(center) - 1))
        for ln in center:
            d.text((c, y), ln, font=f, fill=col, anchor="mm")
            y += diam * 0.085
    arr = np.array(im)
    noise = np.array([rng.random() for _ in range(64 * 64)]).reshape(64, 64)
    noise = cv2.resize(noise, (diam, diam), interpolation=cv2.INTER_CUBIC)
    arr[..., 3] = (arr[..., 3] * np.clip(0.45 + noise * 0.8, 0, 1)).astype(np.uint8)
    out = Image.fromarray(arr)
    return out.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC)


def qr_img(data, box=6):
    q = QRCode(4 if len(data) < 70 else 7, 1)
    q.addData(data)
    q.make()
    n = q.getModuleCount()
    arr = np.full((n + 8, n + 8), 255, np.uint8)
    for r in range(n):
        for c in range(n):
            if q.isDark(r, c):
                arr[r + 4, c + 4] = 0
    return Image.fromarray(arr).resize(((n + 8) * box, (n + 8) * box), Image.NEAREST).convert("RGB")


def portrait_img(rng, w=350, h=450, skin=(224, 188, 160), hair=(40, 30, 25), bg=(225, 228, 232)):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    shirt = tuple(rng.randint(30, 120) for _ in range(3))
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.4], fill=shirt)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=tuple(v - 15 for v in skin))
    d.ellipse([w * 0.22, h * 0.12, w * 0.78, h * 0.68], fill=hair)
    d.ellipse([w * 0.28, h * 0.2, w * 0.72, h * 0.66], fill=skin)
    d.chord([w * 0.24, h * 0.1, w * 0.76, h * 0.42], 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.03), h * 0.4, w * (ex + 0.03), h * 0.43], fill=(40, 35, 35))
    d.line([w * 0.44, h * 0.56, w * 0.56, h * 0.56], fill=(150, 80, 80), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche_img(w, h, color, rng, n=26, bg=(255, 255, 255)):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    f1, f2, ph = rng.uniform(2, 5), rng.uniform(6, 11), rng.uniform(0, 6)
    xs = np.linspace(0, w, 300)
    for i in range(n):
        off = h * i / n
        ys = off + h / n * 1.5 * np.sin(xs / w * f1 * 2 * math.pi + i * 0.3 + ph) * np.cos(
            xs / w * f2 * math.pi + ph
        )
        d.line(list(zip(xs, ys)), fill=color, width=1)
    return im


# ---------------------------------------------------------------- looks
def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31))


def scan_look(img, rng, tone=None, skew=None):
    nr = _np_rng(rng)
    if tone is None:
        base = rng.randint(234, 249)
        tone = (base, base - rng.randint(0, 2), base - rng.randint(2, 7))
    a = np.asarray(img.convert("RGB")).astype(np.float32) * np.array(tone, np.float32) / 255
    a += nr.normal(0, 3.5, a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    skew = rng.uniform(-0.9, 0.9) if skew is None else skew
    im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=tuple(tone))
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def photo_look(img, rng, long_side=3264, rot=0, table=None, fill=0.78):
    nr = _np_rng(rng)
    W, H = (
        (long_side, int(long_side * 0.75))
        if img.width > img.height
        else (int(long_side * 0.75), long_side)
    )
    table = table or (rng.randint(90, 170), rng.randint(70, 140), rng.randint(50, 110))
    bgn = nr.normal(0, 1, (H // 16 + 1, W // 16 + 1))
    bgn = cv2.resize(bgn.astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    bg = np.array(table, np.float32)[None, None, :] + bgn[..., None] * 8
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    r = min(W * fill / sw, H * fill / sh)
    tw, th = sw * r, sh * r
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H

    def jit():
        return rng.uniform(-0.035, 0.035) * min(W, H)

    dst = np.float32(
        [
            [cx - tw / 2 + jit(), cy - th / 2 + jit()],
            [cx + tw / 2 + jit(), cy - th / 2 + jit()],
            [cx + tw / 2 + jit(), cy + th / 2 + jit()],
            [cx - tw / 2 + jit(), cy + th / 2 + jit()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    soft = cv2.GaussianBlur(mask, (0, 0), 9)
    bg *= (1 - 0.35 * np.clip(soft * 1.4 - mask, 0, 1))[..., None]
    out = warped * mask[..., None] + bg * (1 - mask[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = np.cos(ang) * xx / W + np.sin(ang) * yy / H
    light = 0.82 + 0.25 * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    if rng.random() < 0.7:
        sx = rng.uniform(0.1, 0.9) * W
        light *= 1 - 0.22 / (1 + np.exp(-(xx - sx) / (W * 0.02)))
    cast = np.array([rng.uniform(1.0, 1.06), 1.0, rng.uniform(0.86, 0.96)], np.float32)
    out = out * light[..., None] * cast
    out += nr.normal(0, 4, out.shape[:2])[..., None]
    out = cv2.GaussianBlur(np.clip(out, 0, 255), (0, 0), rng.uniform(0.8, 1.6))
    im = Image.fromarray(out.astype(np.uint8))
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def save_jpg(im, path, q=85):
    im.save(path, "JPEG", quality=q, optimize=False)


def image_pdf(imgs, path, page_mm=(210, 297), q=70):
    c = rl_canvas.Canvas(
        path, invariant=1, pagesize=(page_mm[0] * 72 / 25.4, page_mm[1] * 72 / 25.4)
    )
    for im in imgs:
        pw, ph = page_mm if im.height >= im.width else (page_mm[1], page_mm[0])
        c.setPageSize((pw * 72 / 25.4, ph * 72 / 25.4))
        b = io.BytesIO()
        im.convert("RGB").save(b, "JPEG", quality=q)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, pw * 72 / 25.4, ph * 72 / 25.4)
        c.showPage()
    c.save()


def compose(bg_mm, items, bg=(250, 250, 250), dpi=300):
    """Place rendered images (card faces) on a blank sheet, returns PIL."""
    k = dpi / 25.4
    im = Image.new("RGB", (int(bg_mm[0] * k), int(bg_mm[1] * k)), bg)
    for src, x, y, w in items:
        h = w * src.height / src.width
        im.paste(src.resize((int(w * k), int(h * k)), Image.LANCZOS), (int(x * k), int(y * k)))
    return im
