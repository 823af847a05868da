"""Drawing, degradation and check-digit helpers for blind set set_cg.

A Page is a list of drawing operations in millimetres (origin top-left, y is the text
baseline). The same page renders to a PIL image (scans, photos) or to a PDF with a
text layer (reportlab), so one layout serves every look.
"""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

_T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": _T + "liberation/LiberationSans-Regular.ttf",
    "sansb": _T + "liberation/LiberationSans-Bold.ttf",
    "sansi": _T + "liberation/LiberationSans-Italic.ttf",
    "serif": _T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": _T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": _T + "liberation/LiberationSerif-Italic.ttf",
    "mono": _T + "liberation/LiberationMono-Regular.ttf",
    "ocrb": _T + "dejavu/DejaVuSansMono.ttf",
    "arial": _T + "crosextra/Carlito-Regular.ttf",
    "arialb": _T + "crosextra/Carlito-Bold.ttf",
    "roboto": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotol": _T + "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "latob": _T + "lato/Lato-Bold.ttf",
    "open": _T + "open-sans/OpenSans-Regular.ttf",
    "openb": _T + "open-sans/OpenSans-Bold.ttf",
    "cond": _T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "condb": _T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "dejavu": _T + "dejavu/DejaVuSans.ttf",
    "dejavub": _T + "dejavu/DejaVuSans-Bold.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "hand1": _T + "fifthhorseman/dkg.ttf",
    "hand2": _T + "femkeklaver/femkeklaver.ttf",
    "hand3": _T + "ecolier-court/Ecolier-court.ttf",
    "hand4": _T + "breip/Breip.ttf",
    "hand5": _T + "rufscript/Rufscript010.ttf",
}
_REG: set[str] = set()
_PILF: dict = {}
INK = (25, 35, 120)
BLACK = (0, 0, 0)


def rl_font(name: str) -> str:
    if name not in _REG:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _REG.add(name)
    return "F_" + name


def width_mm(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, rl_font(font), size) * 25.4 / 72


def pil_font(name: str, px: int):
    key = (name, px)
    if key not in _PILF:
        _PILF[key] = ImageFont.truetype(FONTS[name], px)
    return _PILF[key]


class Page:
    def __init__(self, w: float = 210, h: float = 297, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []
        self.fields: list = []  # AcroForm fields (pdf only)

    def text(self, x, y, s, font="sans", size=10, color=BLACK, anchor="l", rtl=False):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, rtl))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.25):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], color, lw, False))

    def poly(self, pts, color=BLACK, lw=0.25, closed=False):
        self.ops.append(("poly", list(pts), color, lw, closed))

    def ellipse(self, x, y, w, h, fill=None, stroke=None, lw=0.3):
        self.ops.append(("ellipse", x, y, w, h, fill, stroke, lw))

    def image(self, im, x, y, w, h):
        self.ops.append(("image", im, x, y, w, h))

    def dotted(self, x1, x2, y, color=(90, 90, 90)):
        x = x1
        while x < x2:
            self.line(x, y, x + 0.4, y, color, 0.25)
            x += 1.2

    def para(self, x, y, s, width, font="sans", size=9, lead=None, color=BLACK):
        lead = lead or size * 0.42
        for raw in s.split("\n"):
            words, cur = raw.split(" "), ""
            for wd in words:
                t = (cur + " " + wd).strip()
                if width_mm(t, font, size) > width and cur:
                    self.text(x, y, cur, font, size, color)
                    y += lead
                    cur = wd
                else:
                    cur = t
            self.text(x, y, cur, font, size, color)
            y += lead
        return y

    def hand(self, x, y, s, rng, font="hand1", size=12, color=INK, jit=0.35, anchor="l"):
        """Handwritten text: each glyph placed with its own jitter."""
        if anchor != "l":
            w = width_mm(s, font, size) * 1.03
            x -= w if anchor == "r" else w / 2
        drift = rng.uniform(-0.4, 0.4)
        n = max(len(s), 1)
        for i, ch in enumerate(s):
            if ch != " ":
                sz = size * rng.uniform(0.93, 1.07)
                dy = rng.gauss(0, jit) + drift * i / n
                self.text(x + rng.gauss(0, jit * 0.4), y + dy, ch, font, sz, color)
            x += width_mm(ch, font, size) * rng.uniform(1.0, 1.08)
        return x

    def comb(self, x, y, s, n, cw, rng, font="hand3", size=12, color=INK, hand=True):
        for i, ch in enumerate(s[:n]):
            cx = x + i * cw + cw / 2
            if hand:
                self.hand(cx, y, ch, rng, font, size, color, 0.3, "c")
            else:
                self.text(cx, y, ch, font, size, color, "c")

    def tick(self, x, y, size, rng, color=INK, cross=True):
        j = lambda: rng.uniform(-0.5, 0.5)
        if cross:
            self.poly([(x + j(), y + j()), (x + size + j(), y + size + j())], color, 0.45)
            self.poly([(x + size + j(), y + j()), (x + j(), y + size + j())], color, 0.45)
        else:
            m = (x + size * 0.35, y + size * 0.95)
            self.poly([(x, y + size * 0.5), m, (x + size * 1.2, y - size * 0.2)], color, 0.45)

    def signature(self, x, y, w, h, rng, color=INK, loops=None):
        """Pen signature: a looping cursive stroke, a second word, an underline flourish."""
        loops = loops or rng.randint(4, 7)
        for part in range(rng.choice([1, 2])):
            x0 = x + part * w * 0.45
            ww = w * (0.5 if part == 0 else 0.45)
            pts, n = [], 90
            a, b = rng.uniform(0.25, 0.45) * h, rng.uniform(0.08, 0.2) * w / loops
            ph = rng.uniform(0, 6.28)
            for i in range(n):
                t = i / (n - 1)
                xx = x0 + t * ww + b * math.cos(t * loops * 6.283 + ph)
                amp = a * (1.3 if i < 15 else 0.7)
                yy = y + h * 0.55 - amp * math.sin(t * loops * 6.283) - t * h * 0.15
                pts.append((xx + rng.gauss(0, 0.12), yy + rng.gauss(0, 0.12)))
            self.poly(pts, color, rng.uniform(0.3, 0.45))
        fx = [x + w * rng.uniform(0.05, 0.2), x + w * rng.uniform(0.8, 1.0)]
        pts = []
        for i in range(30):
            t = i / 29
            xx = fx[0] + t * (fx[1] - fx[0])
            yy = y + h * 0.85 + math.sin(t * 3.14) * h * 0.12 * rng.choice([-1, 1])
            pts.append((xx, yy + rng.gauss(0, 0.1)))
        self.poly(pts, color, 0.35)

    def stamp(self, cx, cy, r, lines, color=(40, 60, 170), rng=None, font="sansb"):
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r, None, color, 0.6)
        self.ellipse(cx - r * 0.8, cy - r * 0.8, 1.6 * r, 1.6 * r, None, color, 0.3)
        y = cy - (len(lines) - 1) * 1.7 + 1
        for ln in lines:
            self.text(cx, y, ln, font, 6.5, color, "c")
            y += 3.4

    def guilloche(self, x, y, w, h, rng, color=(200, 215, 230), n=14):
        for k in range(n):
            f, ph, amp = rng.uniform(2, 5), rng.uniform(0, 6.3), rng.uniform(0.1, 0.25) * h
            base = y + h * (k + 0.5) / n
            pts = [
                (x + w * i / 80, base + amp * math.sin(f * 6.283 * i / 80 + ph)) for i in range(81)
            ]
            self.poly(pts, color, 0.15)

    def face(self, x, y, w, h, rng, skin=(150, 105, 75), bg=(225, 228, 232)):
        self.rect(x, y, w, h, None, bg, 0)
        self.ellipse(x + w * 0.1, y + h * 0.68, w * 0.8, h * 0.32, (60, 60, 70))
        self.ellipse(x + w * 0.28, y + h * 0.15, w * 0.44, h * 0.55, skin)
        hair = (30, 25, 20)
        self.ellipse(x + w * 0.26, y + h * 0.1, w * 0.48, h * 0.2, hair)


# ----------------------------------------------------------------------------- rendering
def render(page: Page, dpi: int = 200) -> Image.Image:
    k = dpi / 25.4
    im = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor, rtl = op
            f = pil_font(font, max(4, round(size * dpi / 72)))
            a = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
            kw = {"direction": "rtl", "language": "ar"} if rtl else {}
            d.text((x * k, y * k), s, fill=color, font=f, anchor=a, **kw)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * k)) if stroke else 0,
            )
        elif kind == "poly":
            _, pts, color, lw, closed = op
            p = [(a * k, b * k) for a, b in pts] + (
                [(pts[0][0] * k, pts[0][1] * k)] if closed else []
            )
            d.line(p, fill=color, width=max(1, round(lw * k)), joint="curve")
        elif kind == "ellipse":
            _, x, y, w, h, fill, stroke, lw = op
            d.ellipse(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * k)) if stroke else 0,
            )
        elif kind == "image":
            _, src, x, y, w, h = op
            im.paste(
                src.convert("RGB").resize((round(w * k), round(h * k))),
                (round(x * k), round(y * k)),
            )
    return im


def _c(col):
    return tuple(v / 255 for v in col)


def write_pdf(pages: list[Page], path: str, title: str = "", author: str = "") -> None:
    """PDF with a text layer (and AcroForm fields if a page holds some)."""
    mm = 72 / 25.4
    c = canvas.Canvas(path, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    for pg in pages:
        c.setPageSize((pg.w * mm, pg.h * mm))
        H = pg.h
        c.setLineCap(1)
        c.setLineJoin(1)
        for op in pg.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor, rtl = op
                assert not rtl, "no Arabic in text PDFs"
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*_c(color))
                fn = {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[anchor]
                fn(x * mm, (H - y) * mm, s)
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*_c(fill))
                if stroke:
                    c.setStrokeColorRGB(*_c(stroke))
                    c.setLineWidth(lw * mm)
                c.rect(
                    x * mm, (H - y - h) * mm, w * mm, h * mm, stroke=bool(stroke), fill=bool(fill)
                )
            elif kind == "poly":
                _, pts, color, lw, closed = op
                c.setStrokeColorRGB(*_c(color))
                c.setLineWidth(lw * mm)
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
                for a, b in pts[1:]:
                    p.lineTo(a * mm, (H - b) * mm)
                if closed:
                    p.close()
                c.drawPath(p, stroke=1, fill=0)
            elif kind == "ellipse":
                _, x, y, w, h, fill, stroke, lw = op
                if fill:
                    c.setFillColorRGB(*_c(fill))
                if stroke:
                    c.setStrokeColorRGB(*_c(stroke))
                    c.setLineWidth(lw * mm)
                c.ellipse(
                    x * mm, (H - y) * mm, (x + w) * mm, (H - y - h) * mm, bool(stroke), bool(fill)
                )
            elif kind == "image":
                _, src, x, y, w, h = op
                buf = io.BytesIO()
                src.save(buf, "PNG")
                buf.seek(0)
                mask = "auto" if src.mode == "RGBA" else None
                c.drawImage(ImageReader(buf), x * mm, (H - y - h) * mm, w * mm, h * mm, mask=mask)
        for fld in pg.fields:
            kind, name, x, y, w, h, value = fld
            form = c.acroForm
            if kind == "text":
                form.textfield(
                    name=name,
                    value=value,
                    x=x * mm,
                    y=(H - y - h) * mm,
                    width=w * mm,
                    height=h * mm,
                    borderWidth=0,
                    fontName="Helvetica",
                    fontSize=10,
                    fillColor=None,
                    borderColor=None,
                    forceBorder=False,
                )
            else:
                form.checkbox(
                    name=name,
                    x=x * mm,
                    y=(H - y - h) * mm,
                    size=w * mm,
                    checked=bool(value),
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                )
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- looks
def _jpeg(im: Image.Image, q: int) -> Image.Image:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def scan(im: Image.Image, rng: random.Random, tint=(244, 242, 236), skew=0.8) -> Image.Image:
    a = np.asarray(im).astype(np.float32) / 255.0
    a = a * (np.array(tint, np.float32) / 255.0)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    a += nr.normal(0, 0.018, a.shape[:2])[..., None]
    out = Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-skew, skew), Image.BICUBIC, expand=False, fillcolor=tint)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def scan_bed(items, rng, dpi=200, size=(210, 297)):
    """Several small documents (cards, booklets) laid on a flatbed glass."""
    k = dpi / 25.4
    bed = Image.new("RGB", (round(size[0] * k), round(size[1] * k)), (250, 250, 248))
    for im, (x, y) in items:
        r = im.rotate(rng.uniform(-2, 2), Image.BICUBIC, expand=True, fillcolor=(250, 250, 248))
        bed.paste(r, (round(x * k), round(y * k)))
    return scan(bed, rng)


def _table(w, h, rng):
    nr = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array(rng.choice([(120, 85, 55), (170, 160, 150), (60, 62, 70), (205, 200, 190)]))
    ys = np.linspace(0, 1, h)[:, None]
    grain = np.sin(ys * rng.uniform(40, 90) + nr.normal(0, 0.3, (1, w)).cumsum(1) * 0.02)
    img = base[None, None, :] * (0.92 + 0.06 * grain[..., None])
    img = img + nr.normal(0, 4, (h, w, 1))
    return np.clip(img, 0, 255).astype(np.float32)


def photo(im: Image.Image, rng: random.Random, long_side=None, rot=0, fill=0.82) -> Image.Image:
    """Phone photo of a page or card on a table: perspective, shadow, light, cast, blur."""
    long_side = long_side or rng.choice([3024, 3264, 4000, 4032])
    short = round(long_side * 0.75)
    doc = np.asarray(im.convert("RGB")).astype(np.float32)
    dh, dw = doc.shape[:2]
    portrait = dh >= dw
    W, H = (short, long_side) if portrait else (long_side, short)
    bg = _table(W, H, rng)
    scale = min(W * fill / dw, H * fill / dh)
    tw, th = dw * scale, dh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.045, 0.045) * min(W, H)
    top = rng.uniform(0.0, 0.06) * tw  # the far edge looks narrower
    dst = np.float32(
        [
            [cx - tw / 2 + top + j(), cy - th / 2 + j()],
            [cx + tw / 2 - top + j(), cy - th / 2 + j()],
            [cx + tw / 2 + j(), cy + th / 2 + j()],
            [cx - tw / 2 + j(), cy + th / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H))[..., None]
    soft = cv2.GaussianBlur(mask, (0, 0), 6)[..., None]
    out = bg * (1 - 0.35 * soft) * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.05 - 0.25 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    ang = rng.uniform(0, 6.28)
    d = (xx - W / 2) * math.cos(ang) + (yy - H / 2) * math.sin(ang)
    off = rng.uniform(0.05, 0.3) * min(W, H)
    shadow = 1 - 0.28 * (1 / (1 + np.exp(-(d - off) / (0.03 * min(W, H)))))
    cast = np.array([rng.uniform(1.0, 1.06), 1.0, rng.uniform(0.86, 0.97)], np.float32)
    out = out * (light * shadow)[..., None] * cast
    out = cv2.GaussianBlur(np.clip(out, 0, 255), (0, 0), rng.uniform(0.8, 1.6))
    nr = np.random.default_rng(rng.randint(0, 2**31))
    out = np.clip(out + nr.normal(0, 3.5, out.shape[:2])[..., None], 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return Image.fromarray(out)


def save_jpg(im: Image.Image, path: str, q: int = 88, dpi=None) -> None:
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    im.save(path, "JPEG", quality=q, optimize=False, **kw)


def image_pdf(images: list[Image.Image], path: str, q: int = 78) -> None:
    """Scanner PDF: each page one JPEG image, no text layer."""
    mm = 72 / 25.4
    c = canvas.Canvas(path, pagesize=(210 * mm, 297 * mm), invariant=1)
    c.setCreator("Canon MF645C")
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=q)
        buf.seek(0)
        w, h = im.size
        pw, ph = (210, 297) if h >= w else (297, 210)
        c.setPageSize((pw * mm, ph * mm))
        c.drawImage(ImageReader(buf), 0, 0, pw * mm, ph * mm)
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- check digits
def mrz_cd(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def _name_field(surname: str, given: str, n: int) -> str:
    f = (
        surname.replace(" ", "<").replace("-", "<")
        + "<<"
        + given.replace(" ", "<").replace("-", "<")
    )
    f = f.replace("'", "")
    return (f + "<" * n)[:n]


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, opt="") -> list[str]:
    num = (number + "<" * 9)[:9]
    o = (opt + "<" * 14)[:14]
    l1 = (doc_type + "<")[:2] + country + _name_field(surname, given, 39)
    body = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + o + mrz_cd(o)
    comp = body[0:10] + body[13:20] + body[21:43]
    l2 = body + mrz_cd(comp)
    check_td3(l2)
    return [l1, l2]


def check_td3(l2: str) -> None:
    assert len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27] and mrz_cd(l2[28:42]) == l2[42]
    assert mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def mrva(country, surname, given, number, nat, dob, sex, exp, opt="") -> list[str]:
    num = (number + "<" * 9)[:9]
    l1 = "V<" + country + _name_field(surname, given, 39)
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    l2 = (l2 + opt + "<" * 16)[:44]
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27] and len(l1) == 44 == len(l2)
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2="") -> list:
    num = (number + "<" * 9)[:9]
    l1 = (doc_type + "<")[:2] + country + num + mrz_cd(num) + (opt1 + "<" * 15)[:15]
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + (opt2 + "<" * 11)[:11]
    l2 += mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = _name_field(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    assert mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
    assert mrz_cd(l2[8:14]) == l2[14]
    assert mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return [l1, l2, l3]


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97
    iban = f"{country}{chk:02d}{bban}"
    assert iban_ok(iban)
    return iban


def rib_key(bank: str, branch: str, account: str) -> str:
    tr = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = int(account.upper().translate(tr))
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97:02d}"


def french_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    tr = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    n = int(bank + branch + account.upper().translate(tr) + key)
    assert n % 97 == 0, "RIB key"
    return make_iban("FR", bank + branch + account + key), key


def nir_with_key(nir13: str) -> str:
    key = 97 - int(nir13.replace("2A", "19").replace("2B", "18")) % 97
    full = f"{nir13}{key:02d}"
    assert (int(full[:13]) + int(full[13:]) - 97) % 97 == 0
    return full


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


def mrz_block(page: Page, x, y, lines, size=10.5, step=4.6, color=(10, 10, 10)) -> None:
    for i, ln in enumerate(lines):
        page.text(x, y + i * step, ln, "ocrb", size, color)
