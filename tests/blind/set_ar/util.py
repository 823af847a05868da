"""Shared helpers: check digits, fonts, a two-backend page canvas, handwriting and looks."""

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
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": TT + "liberation/LiberationSans-Regular.ttf",
    "sans-b": TT + "liberation/LiberationSans-Bold.ttf",
    "serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": TT + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": TT + "liberation/LiberationMono-Regular.ttf",
    "cond": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "cond-b": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "lato-b": TT + "lato/Lato-Bold.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "open-b": TT + "open-sans/OpenSans-Semibold.ttf",
    "dv": TT + "dejavu/DejaVuSans.ttf",
    "dv-b": TT + "dejavu/DejaVuSans-Bold.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",  # images only
}
HAND_FONTS = [
    TT + "fifthhorseman/dkg.ttf",
    TT + "femkeklaver/femkeklaver.ttf",
    TT + "humor-sans/Humor-Sans.ttf",
]
SCRIPT_FONTS = [TT + "ecolier-court/Ecolier-court.ttf", TT + "rufscript/Rufscript010.ttf"]

_registered: set[str] = set()
_pil_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def pil_font(name_or_path: str, px: int) -> ImageFont.FreeTypeFont:
    path = FONTS.get(name_or_path, name_or_path)
    key = (path, max(4, int(px)))
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(path, key[1])
    return _pil_cache[key]


def rl_font(name: str) -> str:
    if name == "ocrb":
        name = "mono"
    if name not in _registered:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _registered.add(name)
    return "F_" + name


# ---------------------------------------------------------------- check digits
def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch.upper()) - 55
        else:
            v = 0
        total += v * w[i % 3]
    return str(total % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s: str) -> str:
        s = s.upper().replace("-", "<").replace(" ", "<").replace("'", "")
        return "".join(c for c in strip_accents(s) if c.isalpha() or c == "<")

    out = clean(surname) + "<<" + clean(given)
    return out[:width].ljust(width, "<")


def strip_accents(s: str) -> str:
    import unicodedata

    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = (doc_type + "<")[:2] + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    opt = optional.ljust(14, "<")
    opt_cd = mrz_cd(opt) if optional else "<"
    body = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    body += yymmdd(exp) + mrz_cd(yymmdd(exp)) + opt + opt_cd
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + mrz_cd(comp)]


def mrv_a(country, surname, given, number, nat, dob, sex, until, optional=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    l2 = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += yymmdd(until) + mrz_cd(yymmdd(until)) + optional.ljust(16, "<")
    return [l1, l2[:44]]


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = (doc_type + "<")[:2] + country + num + mrz_cd(num) + opt1.ljust(15, "<")
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(exp) + mrz_cd(yymmdd(exp))
    l2 += nat + opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(country: str, bban: str) -> str:
    check = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


_RIB_MAP = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        _RIB_MAP[_c] = str(_i + 1)


def rib_digits(s: str) -> int:
    return int("".join(_RIB_MAP.get(c, c) for c in s.upper()))


def rib_key(bank: str, branch: str, account: str) -> str:
    k = 97 - ((89 * rib_digits(bank) + 15 * rib_digits(branch) + 3 * rib_digits(account)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return make_iban("FR", bank + branch + account + key), key


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def siret(siren8: str, nic: str) -> str:
    """Return a Luhn-valid SIRET built from 8 SIREN digits (key added) and a 4-digit NIC."""

    def luhn_ok(s: str) -> bool:
        tot = 0
        for i, c in enumerate(reversed(s)):
            d = int(c) * (2 if i % 2 else 1)
            tot += d - 9 if d > 9 else d
        return tot % 10 == 0

    siren = next(siren8 + str(k) for k in range(10) if luhn_ok(siren8 + str(k)))
    base = siren + nic[:4]
    return next(base + str(k) for k in range(10) if luhn_ok(base + str(k)))


# ---------------------------------------------------------------- page canvas
class Page:
    """Drawing surface in millimetres from the top-left corner, for PIL or reportlab."""

    def __init__(self, w_mm=210.0, h_mm=297.0, dpi=200, bg=(255, 255, 255), pdf=None):
        self.w, self.h, self.dpi, self.pdf = w_mm, h_mm, dpi, pdf
        if pdf is None:
            self.img = Image.new("RGB", (self.px(w_mm), self.px(h_mm)), bg)
            self.d = ImageDraw.Draw(self.img)
        elif bg != (255, 255, 255):
            self.rect(0, 0, w_mm, h_mm, fill=bg, stroke=None)

    def px(self, mm: float) -> int:
        return int(round(mm * self.dpi / 25.4))

    def text(self, x, y, s, size=10, font="sans", color=(0, 0, 0), align="l"):
        if not s:
            return
        if self.pdf is None:
            f = pil_font(font, size * self.dpi / 72)
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            self.d.text((self.px(x), self.px(y)), s, font=f, fill=color, anchor=anchor)
            return
        c = self.pdf
        c.setFillColorRGB(*[v / 255 for v in color])
        c.setFont(rl_font(font), size)
        fy = (self.h - y) * 72 / 25.4
        fx = x * 72 / 25.4
        {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](fx, fy, s)

    def width(self, s, size=10, font="sans") -> float:
        if self.pdf is None:
            f = pil_font(font, size * self.dpi / 72)
            return f.getlength(s) * 25.4 / self.dpi
        return pdfmetrics.stringWidth(s, rl_font(font), size) * 25.4 / 72

    def para(self, x, y, w, s, size=9, font="sans", color=(0, 0, 0), lead=1.3) -> float:
        """Wrap text into width w; return the y after the last line."""
        words, line = s.split(), ""
        step = size * lead * 25.4 / 72
        for word in words:
            trial = (line + " " + word).strip()
            if self.width(trial, size, font) > w and line:
                self.text(x, y, line, size, font, color)
                y += step
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, size, font, color)
            y += step
        return y

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        if self.pdf is None:
            box = [self.px(x), self.px(y), self.px(x + w), self.px(y + h)]
            width = max(1, self.px(lw)) if stroke else 0
            self.d.rectangle(box, outline=stroke, fill=fill, width=width)
            return
        c = self.pdf
        if fill:
            c.setFillColorRGB(*[v / 255 for v in fill])
        if stroke:
            c.setStrokeColorRGB(*[v / 255 for v in stroke])
            c.setLineWidth(lw * 72 / 25.4)
        k = 72 / 25.4
        c.rect(
            x * k,
            (self.h - y - h) * k,
            w * k,
            h * k,
            stroke=1 if stroke else 0,
            fill=1 if fill else 0,
        )

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, dash=False):
        if self.pdf is None:
            if dash:
                n = max(1, int(math.hypot(x2 - x1, y2 - y1) / 1.2))
                for i in range(0, n, 2):
                    a, b = i / n, min(1, (i + 1) / n)
                    pts = [x1 + (x2 - x1) * a, y1 + (y2 - y1) * a]
                    pts += [x1 + (x2 - x1) * b, y1 + (y2 - y1) * b]
                    self.d.line([self.px(v) for v in pts], fill=color, width=max(1, self.px(lw)))
                return
            pts = [self.px(x1), self.px(y1), self.px(x2), self.px(y2)]
            self.d.line(pts, fill=color, width=max(1, self.px(lw)))
            return
        c = self.pdf
        k = 72 / 25.4
        c.setStrokeColorRGB(*[v / 255 for v in color])
        c.setLineWidth(lw * k)
        c.setDash(1, 2) if dash else c.setDash()
        c.line(x1 * k, (self.h - y1) * k, x2 * k, (self.h - y2) * k)
        c.setDash()

    def image(self, im: Image.Image, x, y, w, h=None):
        if h is None:
            h = w * im.height / im.width
        if self.pdf is None:
            im2 = im.convert("RGBA").resize((max(1, self.px(w)), max(1, self.px(h))))
            self.img.paste(im2, (self.px(x), self.px(y)), im2)
            return
        k = 72 / 25.4
        buf = io.BytesIO()
        im.convert("RGBA").save(buf, "PNG")
        buf.seek(0)
        self.pdf.drawImage(ImageReader(buf), x * k, (self.h - y - h) * k, w * k, h * k, mask="auto")

    def box_grid(self, x, y, n, cw=5.0, ch=6.0, lw=0.25, color=(0, 0, 0)):
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, stroke=color, lw=lw)


def new_pdf(path, title="", author=""):
    c = rl_canvas.Canvas(str(path), pagesize=(210 * 72 / 25.4, 297 * 72 / 25.4), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "Edition")
    return c


# ---------------------------------------------------------------- handwriting
INKS = [(20, 30, 110), (15, 15, 25), (30, 50, 140)]


def hand_text(s, rng: random.Random, px=60, font=None, ink=None, slant=0.0) -> Image.Image:
    """Render a string as a jittered handwritten line on a transparent image."""
    font = font or rng.choice(HAND_FONTS)
    ink = ink or rng.choice(INKS)
    f = ImageFont.truetype(font, px)
    w = int(f.getlength(s) * 1.15) + px
    im = Image.new("RGBA", (w, int(px * 1.8)), (0, 0, 0, 0))
    x = px * 0.2
    for ch in s:
        size = int(px * rng.uniform(0.92, 1.08))
        gf = ImageFont.truetype(font, size)
        gw = gf.getlength(ch)
        if ch != " ":
            g = Image.new("RGBA", (int(gw + size), int(size * 1.8)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((size * 0.3, size * 0.3), ch, font=gf, fill=ink + (235,))
            g = g.rotate(rng.uniform(-6, 6) + slant, resample=Image.BICUBIC, expand=False)
            im.alpha_composite(g, (int(x - size * 0.3), int(rng.uniform(-0.05, 0.05) * px)))
        x += gw * rng.uniform(0.95, 1.05)
    return im.crop((0, 0, int(x + px * 0.3), im.height))


def signature(name: str, rng: random.Random, ink=None) -> Image.Image:
    """A handwritten-looking signature: script initial(s)/name plus a flourish stroke."""
    ink = ink or rng.choice(INKS)
    font = ImageFont.truetype(rng.choice(SCRIPT_FONTS), 90)
    parts = name.split()
    s = (
        parts[0][0] + ". " + parts[-1].capitalize()
        if rng.random() < 0.6
        else parts[-1].capitalize()
    )
    w = int(font.getlength(s)) + 260
    im = Image.new("RGBA", (w, 220), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.text((40, 40), s, font=font, fill=ink + (255,))
    # flourish: a smooth wavy stroke under / through the name
    pts = []
    x0, x1 = 20, w - rng.randint(10, 80)
    amp = rng.uniform(8, 22)
    ph = rng.uniform(0, 6)
    for i in range(60):
        t = i / 59
        x = x0 + (x1 - x0) * t
        y = 150 + amp * math.sin(ph + t * rng.uniform(5, 9)) - 40 * t * t
        pts.append((x, y))
    for i in range(len(pts) - 1):
        d.line([pts[i], pts[i + 1]], fill=ink + (255,), width=int(3 + 2 * math.sin(i / 9)))
    # a loop at the start
    cx, cy, r = 45 + rng.randint(0, 20), 120, rng.randint(25, 40)
    d.arc([cx - r, cy - r * 1.6, cx + r, cy + r * 1.6], 40, 330, fill=ink + (255,), width=3)
    # shear for slant
    sh = rng.uniform(0.15, 0.35)
    im = im.transform(
        (int(w + 220 * sh), 220), Image.AFFINE, (1, sh, -220 * sh, 0, 1, 0), Image.BICUBIC
    )
    return im.rotate(rng.uniform(-5, 8), expand=True, resample=Image.BICUBIC)


def tick(rng: random.Random, cross=True, ink=None) -> Image.Image:
    ink = ink or rng.choice(INKS)
    im = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    j = lambda: rng.randint(-4, 4)  # noqa: E731
    if cross:
        d.line([(8 + j(), 8 + j()), (52 + j(), 52 + j())], fill=ink + (255,), width=5)
        d.line([(52 + j(), 8 + j()), (8 + j(), 52 + j())], fill=ink + (255,), width=5)
    else:
        d.line([(8, 30 + j()), (24 + j(), 50), (56, 6 + j())], fill=ink + (255,), width=5)
    return im


# ---------------------------------------------------------------- looks
def _noise(arr: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + g.normal(0, sigma, arr.shape), 0, 255)


def scan_look(im: Image.Image, rng: random.Random, tint=None, skew=0.8) -> Image.Image:
    im = im.convert("RGB")
    bg = tint or (rng.randint(236, 250), rng.randint(234, 248), rng.randint(226, 244))
    im = im.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, expand=False, fillcolor=bg)
    arr = np.asarray(im).astype(np.float32)
    paper = np.array(bg, np.float32) / 255.0
    arr = arr * paper
    arr = _noise(arr, rng, 3.0)
    out = Image.fromarray(arr.astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def phone_look(
    im: Image.Image, rng: random.Random, long_side=3200, rot=0, table=None
) -> Image.Image:
    """Photograph a page or card lying on a table: perspective, light, shadow, blur."""
    src = np.asarray(im.convert("RGB"))[:, :, ::-1]
    h, w = src.shape[:2]
    portrait = h >= w
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    g = np.random.default_rng(rng.randint(0, 2**31))
    table = table or rng.choice([(120, 90, 60), (170, 170, 165), (70, 60, 55), (200, 190, 170)])
    bgc = np.array(table[::-1], np.float32)
    bgimg = np.ones((H, W, 3), np.float32) * bgc
    bgimg += g.normal(0, 8, (H, W, 1)).astype(np.float32)
    stripes = np.sin(np.linspace(0, rng.uniform(20, 60), W))[None, :, None] * 6
    bgimg += stripes.astype(np.float32)
    margin = rng.uniform(0.06, 0.12)
    sc = min(W * (1 - 2 * margin) / w, H * (1 - 2 * margin) / h)
    cw, ch = w * sc, h * sc
    ox, oy = (W - cw) / 2, (H - ch) / 2

    def jit():
        return rng.uniform(-0.035, 0.035) * min(W, H)

    dst = np.float32(
        [
            [ox + jit(), oy + jit()],
            [ox + cw + jit(), oy + jit()],
            [ox + cw + jit(), oy + ch + jit()],
            [ox + jit(), oy + ch + jit()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src.astype(np.float32), M, (W, H))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))[:, :, None]
    # soft drop shadow
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    sh = np.roll(sh, (14, 10), axis=(0, 1))
    if sh.ndim == 2:
        sh = sh[:, :, None]
    out = bgimg * (1 - 0.45 * sh) * (1 - mask) + warped * mask
    # uneven light + colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.05 - 0.35 * np.hypot(xx - cx, yy - cy) / math.hypot(W, H)
    if rng.random() < 0.6:  # shadow of the phone / hand across a corner
        a = rng.uniform(0, math.pi * 2)
        d = (xx - W / 2) * math.cos(a) + (yy - H / 2) * math.sin(a)
        light *= 1 - 0.25 * (d > rng.uniform(0.2, 0.4) * W)
    cast = np.array([rng.uniform(0.88, 1.0), rng.uniform(0.95, 1.0), rng.uniform(0.98, 1.08)])
    out = out * light[:, :, None] * cast[None, None, :]
    out = _noise(out, rng, 4.0)
    out = cv2.GaussianBlur(out.astype(np.uint8), (0, 0), rng.uniform(0.8, 1.6))
    pim = Image.fromarray(out[:, :, ::-1])
    if rot:
        pim = pim.rotate(rot, expand=True)
    return pim


def save_jpg(im: Image.Image, path, q=85):
    im.convert("RGB").save(path, "JPEG", quality=q, optimize=False)


def images_to_pdf(images, path, rng: random.Random, q=75):
    """A scanner's PDF: each page a JPEG, no text layer."""
    c = rl_canvas.Canvas(str(path), pagesize=(595.28, 841.89), invariant=1)
    c.setCreator(rng.choice(["Canon MF Scan Utility", "HP Scan", "EPSON Scan", "Xerox WorkCentre"]))
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=q)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, 595.28, 841.89)
        c.showPage()
    c.save()


def on_a4(card: Image.Image, dpi: int, x_mm=20, y_mm=20, bg=(255, 255, 255), second=None):
    """Place one or two card/booklet images (already at dpi) on an A4 flatbed page."""
    page = Image.new("RGB", (int(210 * dpi / 25.4), int(297 * dpi / 25.4)), bg)
    px = int(x_mm * dpi / 25.4)
    page.paste(card, (px, int(y_mm * dpi / 25.4)))
    if second is not None:
        page.paste(second, (px, int(y_mm * dpi / 25.4) + card.height + int(15 * dpi / 25.4)))
    return page
