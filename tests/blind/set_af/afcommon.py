"""Shared helpers for set_af: fonts, check digits, a PIL page, and the looks (scan, photo...)."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

FONT_DIR = "/usr/share/fonts"
FONTS = {
    "sans": "truetype/dejavu/DejaVuSans.ttf",
    "sans_b": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "cond": "truetype/dejavu/DejaVuSansCondensed.ttf",
    "cond_b": "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": "truetype/liberation/LiberationSerif-Regular.ttf",
    "serif_b": "truetype/liberation/LiberationSerif-Bold.ttf",
    "serif_i": "truetype/liberation/LiberationSerif-Italic.ttf",
    "times": "truetype/freefont/FreeSerif.ttf",
    "times_b": "truetype/freefont/FreeSerifBold.ttf",
    "arial": "truetype/liberation/LiberationSans-Regular.ttf",
    "arial_b": "truetype/liberation/LiberationSans-Bold.ttf",
    "mono": "truetype/liberation/LiberationMono-Regular.ttf",
    "courier": "truetype/freefont/FreeMono.ttf",
    "ocrb": "opentype/ocr-b/OCRB.otf",
    "lato": "truetype/lato/Lato-Regular.ttf",
    "lato_b": "truetype/lato/Lato-Bold.ttf",
    "roboto": "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto_m": "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto_b": "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "opensans": "truetype/open-sans/OpenSans-Regular.ttf",
    "opensans_b": "truetype/open-sans/OpenSans-Bold.ttf",
    "carlito": "truetype/crosextra/Carlito-Regular.ttf",
    "carlito_b": "truetype/crosextra/Carlito-Bold.ttf",
    "cjk": "truetype/wqy/wqy-zenhei.ttc",
    "arabic": "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "arabic_b": "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "hand1": "truetype/ecolier-court/Ecolier-court.ttf",
    "hand2": "truetype/femkeklaver/femkeklaver.ttf",
    "hand3": "opentype/kaushanscript/KaushanScript-Regular.otf",
    "hand4": "truetype/rufscript/Rufscript010.ttf",
    "hand5": "opentype/dancingscript/DancingScript-Regular.otf",
}
_CACHE: dict = {}


def font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px)))
    if key not in _CACHE:
        _CACHE[key] = ImageFont.truetype(f"{FONT_DIR}/{FONTS[name]}", max(6, int(round(px))))
    return _CACHE[key]


def rl_fonts() -> None:
    """Register TrueType fonts with reportlab (TTF only)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (
        "sans",
        "sans_b",
        "cond",
        "cond_b",
        "arial",
        "arial_b",
        "serif",
        "serif_b",
        "lato",
        "lato_b",
        "roboto",
        "roboto_b",
        "opensans",
        "opensans_b",
        "carlito",
        "carlito_b",
        "mono",
    ):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{FONTS[name]}"))


# ---------------------------------------------------------------- check digits
def mrz_cd(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s: str) -> str:
        s = s.upper().replace("'", "").replace("-", " ")
        return "<".join(s.split())

    out = clean(surname) + "<<" + clean(given)
    return (out + "<" * width)[:width]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = (doc_type + "<")[:2] + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (personal + "<" * 14)[:14]
    opt_cd = mrz_cd(opt) if personal else "<"
    part = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    part2 = yymmdd(exp) + mrz_cd(yymmdd(exp)) + opt + opt_cd
    comp = num + mrz_cd(num) + yymmdd(dob) + mrz_cd(yymmdd(dob)) + part2
    return l1, part + part2 + mrz_cd(comp)


def mrva(country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    o = (opt + "<" * 16)[:16]
    l2 = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += yymmdd(exp) + mrz_cd(yymmdd(exp)) + o
    return l1, l2


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    o1 = (opt1 + "<" * 15)[:15]
    l1 = (doc_type + "<")[:2] + country + num + mrz_cd(num) + o1
    o2 = (opt2 + "<" * 11)[:11]
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(exp) + mrz_cd(yymmdd(exp)) + nat + o2
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return l1, l2, mrz_name(surname, given, 30)


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = int(account.upper().translate(conv))
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97))


def iban(country: str, bban: str) -> str:
    check = 98 - _num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    return _num(s[4:] + s[:4]) % 97 == 1


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr_date(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def fr_words(iso: str) -> str:
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MOIS[int(iso[5:7]) - 1]} {iso[0:4]}"


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


# ---------------------------------------------------------------- PIL page
class Page:
    """A white page in millimetres, origin top-left, drawn at `dpi`."""

    def __init__(self, w_mm: float, h_mm: float, dpi: int = 200, bg=(255, 255, 255)):
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (int(w_mm * self.k), int(h_mm * self.k)), bg)
        self.d = ImageDraw.Draw(self.img)

    def p(self, v: float) -> int:
        return int(round(v * self.k))

    def text(self, x, y, s, f="sans", size=3.0, fill=(0, 0, 0), anchor="la", **kw):
        """size is the font size in millimetres (3 mm ~ 8.5 pt)."""
        ft = font(f, size * self.k)
        self.d.text((self.p(x), self.p(y)), s, font=ft, fill=fill, anchor=anchor, **kw)
        return self.d.textlength(s, font=ft) / self.k

    def para(self, x, y, s, width, f="sans", size=3.0, lead=1.35, fill=(0, 0, 0)):
        ft = font(f, size * self.k)
        words, line, yy = s.split(), "", y
        for w in words:
            t = (line + " " + w).strip()
            if self.d.textlength(t, font=ft) / self.k > width and line:
                self.text(x, yy, line, f, size, fill)
                yy += size * lead
                line = w
            else:
                line = t
        if line:
            self.text(x, yy, line, f, size, fill)
            yy += size * lead
        return yy

    def rect(self, x, y, w, h, outline=(0, 0, 0), fill=None, width=0.3):
        self.d.rectangle(
            (self.p(x), self.p(y), self.p(x + w), self.p(y + h)),
            outline=outline,
            fill=fill,
            width=max(1, self.p(width)),
        )

    def line(self, x1, y1, x2, y2, fill=(0, 0, 0), width=0.3):
        self.d.line(
            (self.p(x1), self.p(y1), self.p(x2), self.p(y2)), fill=fill, width=max(1, self.p(width))
        )

    def hand(self, rng, x, y, s, f="hand1", size=4.0, fill=(20, 40, 120)):
        """Handwriting: glyph by glyph with jitter of size, baseline and slant."""
        xx = x
        for ch in s:
            sz = size * rng.uniform(0.92, 1.08)
            ft = font(f, sz * self.k)
            w = self.d.textlength(ch, font=ft) / self.k
            if ch != " ":
                tile = Image.new("L", (int((w + sz) * self.k) + 4, int(sz * 2.2 * self.k)), 0)
                ImageDraw.Draw(tile).text((2, int(sz * 0.4 * self.k)), ch, font=ft, fill=255)
                tile = tile.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC)
                ink = Image.new("RGB", tile.size, fill)
                oy = y + rng.uniform(-0.35, 0.35) - sz * 1.2
                self.img.paste(ink, (self.p(xx), self.p(oy)), tile)
            xx += w * rng.uniform(0.97, 1.06)
        return xx - x

    def signature(self, rng, x, y, w=35, h=10, fill=(15, 30, 110)):
        pts = []
        n = rng.randint(5, 8)
        for i in range(n * 12):
            t = i / (n * 12)
            px = x + w * t + math.sin(t * n * 2 * math.pi) * rng.uniform(1, 3)
            py = y + h * 0.5 * math.sin(t * n * math.pi * rng.uniform(0.8, 1.3)) - h * 0.2 * t
            pts.append((self.p(px), self.p(py)))
        self.d.line(pts, fill=fill, width=max(2, self.p(0.35)), joint="curve")
        self.d.line(
            (self.p(x + w * 0.1), self.p(y + h * 0.4), self.p(x + w * 1.05), self.p(y + h * 0.15)),
            fill=fill,
            width=max(2, self.p(0.3)),
        )

    def stamp(self, rng, cx, cy, r, lines, color=(40, 60, 160), ring_text=None):
        ov = Image.new("L", self.img.size, 0)
        od = ImageDraw.Draw(ov)
        c = (self.p(cx), self.p(cy))
        for rr in (r, r * 0.72):
            od.ellipse(
                (c[0] - self.p(rr), c[1] - self.p(rr), c[0] + self.p(rr), c[1] + self.p(rr)),
                outline=255,
                width=self.p(0.5),
            )
        for i, t in enumerate(lines):
            ft = font("sans_b", r * 0.22 * self.k)
            od.text(
                (c[0], c[1] + self.p((i - (len(lines) - 1) / 2) * r * 0.28)),
                t,
                font=ft,
                fill=255,
                anchor="mm",
            )
        if ring_text:
            n = len(ring_text)
            for i, ch in enumerate(ring_text):
                a = math.pi + i * 2 * math.pi / (n + 2)
                px = c[0] + self.p(r * 0.86) * math.cos(a)
                py = c[1] + self.p(r * 0.86) * math.sin(a)
                od.text((px, py), ch, font=font("sans_b", r * 0.17 * self.k), fill=255, anchor="mm")
        ov = ov.rotate(rng.uniform(-25, 25), center=c)
        arr = np.array(ov, dtype=np.float32) / 255.0
        arr *= np.clip(np.array(Image.effect_noise(ov.size, 60)) / 255.0 + 0.35, 0, 1) * 0.85
        base = np.array(self.img, dtype=np.float32)
        col = np.array(color, dtype=np.float32)
        base = base * (1 - arr[..., None]) + col * arr[..., None]
        self.img = Image.fromarray(base.astype(np.uint8))
        self.d = ImageDraw.Draw(self.img)


# ---------------------------------------------------------------- looks
def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 30))


def jpeg(img: Image.Image, q: int) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def scan_look(rng: random.Random, img: Image.Image, gray=False, dpi_in=200, dpi_out=200):
    """Flatbed scan: paper tone, slight skew, sensor noise, softened edges."""
    g = _np_rng(rng)
    if dpi_out != dpi_in:
        img = img.resize(
            (int(img.width * dpi_out / dpi_in), int(img.height * dpi_out / dpi_in)), Image.LANCZOS
        )
    a = np.array(img.convert("RGB"), dtype=np.float32)
    tone = np.array([rng.uniform(232, 246), rng.uniform(230, 244), rng.uniform(222, 238)])
    a = a / 255.0 * tone
    a += g.normal(0, 3.5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    ang = rng.uniform(-1.2, 1.2)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=tuple(int(t) for t in tone))
    # scanner lid margin: darker strip on one edge
    d = ImageDraw.Draw(im)
    edge = rng.randint(3, 14)
    d.rectangle((0, 0, edge, im.height), fill=(70, 70, 72))
    if gray:
        im = im.convert("L")
    return im


def photocopy_look(rng: random.Random, img: Image.Image):
    """A photocopy rescanned: grey, high contrast, toner specks, a streak."""
    g = _np_rng(rng)
    a = np.array(img.convert("L"), dtype=np.float32)
    a = np.clip((a - 60) * 1.5, 0, 255)
    a = 255 - (255 - a) * rng.uniform(0.75, 0.9)
    a += g.normal(0, 7, a.shape)
    specks = g.random(a.shape) < 0.0015
    a[specks] = g.uniform(20, 90, specks.sum())
    x = rng.randrange(a.shape[1])
    a[:, x : x + rng.randint(2, 5)] *= 0.8
    a = a * 0.93 + 10
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    return im.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True, fillcolor=235)


def _table(g: np.random.Generator, w: int, h: int, kind: int) -> np.ndarray:
    base = [(150, 110, 75), (205, 200, 190), (90, 92, 98), (230, 225, 215)][kind % 4]
    small = g.normal(0, 1, (h // 40 + 2, w // 40 + 2)).astype(np.float32)
    noise = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    grain = cv2.resize(g.normal(0, 1, (h // 4, w // 40 + 2)).astype(np.float32), (w, h))
    t = np.empty((h, w, 3), np.float32)
    for i in range(3):
        t[..., i] = base[i] + noise * 10 + (grain * 12 if kind == 0 else 0)
    return t


def photo_look(rng: random.Random, img: Image.Image, long_side=3200, rot=0, table=None):
    """Phone photo of a page or card lying on a table."""
    g = _np_rng(rng)
    src = np.array(img.convert("RGB"), dtype=np.float32)
    h0, w0 = src.shape[:2]
    W = long_side if w0 >= h0 else int(long_side * 0.75)
    H = int(long_side * 0.75) if w0 >= h0 else long_side
    fill = rng.uniform(0.72, 0.86)
    s = min(W * fill / w0, H * fill / h0)
    cw, ch = w0 * s, h0 * s
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = 0.045 * min(W, H)
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-j, j), cy - ch / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy - ch / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy + ch / 2 + rng.uniform(-j, j)],
            [cx - cw / 2 + rng.uniform(-j, j), cy + ch / 2 + rng.uniform(-j, j)],
        ]
    )
    srcq = np.float32([[0, 0], [w0, 0], [w0, h0], [0, h0]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h0, w0), np.float32), M, (W, H))
    bg = _table(g, W, H, rng.randrange(4) if table is None else table)
    # soft drop shadow under the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), 12)
    sh = np.roll(sh, (int(H * 0.008), int(W * 0.006)), (0, 1))
    bg *= (1 - 0.35 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a gradient plus a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = np.cos(ang) * xx / W + np.sin(ang) * yy / H
    grad = 1.0 - rng.uniform(0.12, 0.28) * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    bx, by = rng.uniform(0, W), rng.uniform(0, H)
    r = rng.uniform(0.25, 0.45) * max(W, H)
    blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * r * r)))
    light = grad * (1 - rng.uniform(0.15, 0.3) * blob)
    out *= light[..., None]
    cast = np.array([rng.uniform(0.96, 1.05), rng.uniform(0.97, 1.02), rng.uniform(0.88, 0.99)])
    out *= cast
    out += g.normal(0, 4, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    im = Image.fromarray(out)
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def screenshot_canvas(w=1170, h=2532, bg=(255, 255, 255)):
    img = Image.new("RGB", (w, h), bg)
    return img, ImageDraw.Draw(img)


def status_bar(d: ImageDraw.ImageDraw, w: int, clock: str, dark=False):
    col = (255, 255, 255) if dark else (0, 0, 0)
    d.text((110, 62), clock, font=font("roboto_b", 48), fill=col, anchor="lm")
    x = w - 120
    d.rounded_rectangle((x, 44, x + 70, 80), 9, outline=col, width=3)
    d.rectangle((x + 6, 50, x + 50, 74), fill=col)
    for i in range(4):
        d.rectangle((x - 150 + i * 16, 76 - 8 - i * 7, x - 140 + i * 16, 76), fill=col)
    d.text((x - 70, 62), "5G", font=font("roboto_b", 36), fill=col, anchor="mm")


# ---------------------------------------------------------------- files
def images_to_pdf(pages: list[Image.Image], dpi: int = 200, quality: int = 70) -> bytes:
    """A scanner's PDF: every page a JPEG, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for im in pages:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg(im.convert("RGB"), quality))), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def raster(pdf: bytes, dpi: int = 200) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def face(rng: random.Random, w: int, h: int, skin=None, hair=None, bg=(215, 220, 225)):
    """A plain ID-photo stand-in: head and shoulders."""
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = skin or (rng.randint(150, 225), rng.randint(110, 180), rng.randint(80, 150))
    hair = hair or (rng.randint(10, 70),) * 3
    d.ellipse((w * 0.1, h * 0.72, w * 0.9, h * 1.3), fill=(rng.randint(20, 90), 40, 60))
    d.rectangle((w * 0.42, h * 0.6, w * 0.58, h * 0.8), fill=skin)
    d.ellipse((w * 0.24, h * 0.12, w * 0.76, h * 0.7), fill=hair)
    d.ellipse((w * 0.29, h * 0.2, w * 0.71, h * 0.68), fill=skin)
    for ex in (0.41, 0.59):
        d.ellipse((w * (ex - 0.03), h * 0.38, w * (ex + 0.03), h * 0.42), fill=(40, 30, 30))
    d.line((w * 0.44, h * 0.56, w * 0.56, h * 0.56), fill=(120, 60, 60), width=max(1, w // 60))
    return im
