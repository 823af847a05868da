"""Shared helpers for set_ak: fonts, check digits, PDF building and the five looks."""

from __future__ import annotations

import io
import math
import random
from datetime import date

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": TT + "dejavu/DejaVuSans.ttf",
    "sans-b": TT + "dejavu/DejaVuSans-Bold.ttf",
    "cond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "cond-b": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": TT + "dejavu/DejaVuSerif.ttf",
    "serif-b": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "lib": TT + "liberation/LiberationSans-Regular.ttf",
    "lib-b": TT + "liberation/LiberationSans-Bold.ttf",
    "libn": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "libn-b": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "times": TT + "liberation/LiberationSerif-Regular.ttf",
    "times-b": TT + "liberation/LiberationSerif-Bold.ttf",
    "times-i": TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": TT + "liberation/LiberationMono-Regular.ttf",
    "mono-b": TT + "liberation/LiberationMono-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "lato-b": TT + "lato/Lato-Bold.ttf",
    "lato-l": TT + "lato/Lato-Light.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "open-b": TT + "open-sans/OpenSans-Bold.ttf",
    "open-sb": TT + "open-sans/OpenSans-Semibold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-m": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-b": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotoc": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlito-b": TT + "crosextra/Carlito-Bold.ttf",
    "caladea": TT + "crosextra/Caladea-Regular.ttf",
    "caladea-b": TT + "crosextra/Caladea-Bold.ttf",
    "free": TT + "freefont/FreeSans.ttf",
    "free-b": TT + "freefont/FreeSansBold.ttf",
    "freeserif": TT + "freefont/FreeSerif.ttf",
    "freeserif-b": TT + "freefont/FreeSerifBold.ttf",
    "freemono": TT + "freefont/FreeMono.ttf",
    "hand1": TT + "femkeklaver/femkeklaver.ttf",
    "hand2": TT + "ecolier-court/Ecolier-court.ttf",
    "hand3": TT + "breip/Breip.ttf",
    "hand4": TT + "rufscript/Rufscript010.ttf",
    "hand5": TT + "fifthhorseman/dkg.ttf",
}
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"

for _name, _path in FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, _path))

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def fr_words(d: date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def money(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


# ---------------------------------------------------------------- check digits
def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(x: str) -> str:
        x = x.upper().replace("-", " ").replace("'", "").replace(".", "")
        return "<".join(x.split())

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * width)[:width]


def ymd(d: date) -> str:
    return d.strftime("%y%m%d")


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def td3(country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = "P<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = mrz_cd(pers) if personal else "<"
    l2 = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp))
    l2 += pers + pcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return [l1, l2 + mrz_cd(comp)]


def mrva(surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = "V<FRA" + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp))
    return [l1, l2 + pad(optional, 16)]


def td1(code, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = code + country + num + mrz_cd(num) + pad(opt1, 15)
    l2 = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp)) + nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country: str, bban: str) -> str:
    cd = 98 - _num(bban + country + "00") % 97
    return f"{country}{cd:02d}{bban}"


def rib_key(bank: str, branch: str, account: str) -> str:
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = int(account.upper().translate(conv))
    k = 97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban_make("FR", bank + branch + account + key), key


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- PDF building
class Pdf:
    """A reportlab canvas with invariant output; pages may have different sizes."""

    def __init__(self, size, title="document"):
        self.buf = io.BytesIO()
        self.c = rl_canvas.Canvas(self.buf, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.size = size

    def next(self, size=None):
        self.c.showPage()
        if size:
            self.c.setPageSize(size)
            self.size = size

    def bytes(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def text(c, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l"):
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    if anchor == "c":
        c.drawCentredString(x, y, s)
    elif anchor == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)


def wrap(c, x, y, s, width, font="sans", size=9, leading=None, color=(0, 0, 0)):
    """Draw a paragraph, naive word wrap; returns the y under the last line."""
    leading = leading or size * 1.3
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    line = ""
    for word in s.split():
        trial = (line + " " + word).strip()
        if pdfmetrics.stringWidth(trial, font, size) > width and line:
            c.drawString(x, y, line)
            y -= leading
            line = word
        else:
            line = trial
    if line:
        c.drawString(x, y, line)
        y -= leading
    return y


def pil_font(path: str, px: int):
    return ImageFont.truetype(path, px)


def mrz_reader(lines, px=60, color=(20, 20, 25)):
    """MRZ lines rendered in OCR-B by Pillow (reportlab cannot embed CFF fonts)."""
    f = ImageFont.truetype(OCRB, px)
    w = int(max(f.getlength(line) for line in lines)) + 10
    h = int(px * 1.25 * len(lines)) + 10
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for i, line in enumerate(lines):
        d.text((4, 4 + i * px * 1.25), line, font=f, fill=color + (255,))
    return ImageReader(im), w, h


def draw_mrz(c, x, y, width, lines):
    img, w, h = mrz_reader(lines)
    c.drawImage(img, x, y, width=width, height=width * h / w, mask="auto")


def photo(c, x, y, w, h, rng: random.Random, skin=(0.35, 0.24, 0.17), bg=(0.85, 0.87, 0.9)):
    """A neutral ID photo placeholder: plain background, head and shoulders."""
    c.saveState()
    c.setFillColorRGB(*bg)
    c.rect(x, y, w, h, stroke=0, fill=1)
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColorRGB(0.12 + rng.random() * 0.1, 0.12, 0.16)
    c.ellipse(x + w * 0.05, y - h * 0.25, x + w * 0.95, y + h * 0.38, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.ellipse(x + w * 0.28, y + h * 0.3, x + w * 0.72, y + h * 0.86, stroke=0, fill=1)
    c.setFillColorRGB(0.08, 0.07, 0.07)
    c.ellipse(x + w * 0.26, y + h * 0.66, x + w * 0.74, y + h * 0.92, stroke=0, fill=1)
    c.restoreState()


def signature(c, x, y, rng: random.Random, w=80, color=(0.05, 0.1, 0.45)):
    """A scribble signature from a seeded random walk."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y)
    n = 14
    for i in range(1, n + 1):
        px = x + w * i / n + rng.uniform(-6, 6)
        py = y + rng.uniform(-9, 12) * math.sin(i * 1.7)
        p.curveTo(px - 5, py + 8, px + 3, py - 8, px, py)
    p.moveTo(x - 4, y - 6)
    p.lineTo(x + w * 0.8, y - 3 + rng.uniform(-3, 3))
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def stamp(c, x, y, r, lines, color=(0.15, 0.2, 0.6), angle=0.0):
    """A round rubber stamp with up to three short lines inside."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.4)
    c.circle(0, 0, r, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.8, stroke=1, fill=0)
    size = r * 0.2
    for i, s in enumerate(lines):
        c.setFont("sans-b", size)
        c.drawCentredString(0, (len(lines) / 2 - i - 0.8) * size * 1.3, s)
    c.restoreState()


# ---------------------------------------------------------------- rasterising
def render(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def _nrng(rng: random.Random):
    return np.random.default_rng(rng.randrange(2**32))


def scan_image(page: Image.Image, rng: random.Random, grey=0.0, on_a4=None, dpi=200):
    """Flatbed scan: optional A4 bed for a small card, tiny skew, paper tone, noise."""
    if on_a4:
        bed = Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), (250, 250, 248))
        bed.paste(page, on_a4)
        page = bed
    a = rng.uniform(-1.2, 1.2)
    im = page.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=(245, 245, 243))
    arr = np.asarray(im).astype(np.float32)
    nr = _nrng(rng)
    tone = np.array([238, 236, 230]) if grey else np.array([255, 255, 255])
    arr = arr * (tone / 255.0)
    arr += nr.normal(0, 3.0 + 4 * grey, arr.shape[:2])[..., None]
    if grey:
        arr = arr * (1 - 0.12 * grey) + 128 * 0.12 * grey
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.5))


def jpeg_bytes(im: Image.Image, q=85) -> bytes:
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def image_pdf(images: list[Image.Image], dpi=200, q=70) -> bytes:
    """A scanner's PDF: JPEG pages, no text layer."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1)
    for im in images:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def _table(nr, w, h, kind):
    if kind == "wood":
        base = np.array([122, 84, 52], np.float32)
        y = np.arange(h)[:, None]
        x = np.arange(w)[None, :]
        warp = 6 * np.sin(x / 410.0 + y / 700.0) + 2.5 * np.sin(y / 57.0 + x / 900.0)
        grain = np.sin(y / 5.5 + warp) * 7 + np.sin(y / 23.0 + 0.6 * warp) * 9
        arr = np.ones((h, w, 3), np.float32) * base + grain[..., None]
    elif kind == "dark":
        arr = np.ones((h, w, 3), np.float32) * np.array([48, 50, 56], np.float32)
    else:
        arr = np.ones((h, w, 3), np.float32) * np.array([205, 200, 190], np.float32)
    arr += nr.normal(0, 6, (h, w))[..., None]
    return arr


def phone_photo(page: Image.Image, rng: random.Random, long_side=3200, table="wood", rot=0):
    """Phone photo of a page or card on a table: perspective, shadow, cast, blur."""
    nr = _nrng(rng)
    land = page.size[0] > page.size[1]
    W, H = (long_side, int(long_side * 0.75)) if land else (int(long_side * 0.75), long_side)
    bg = _table(nr, W, H, table)
    src = np.asarray(page).astype(np.float32)
    ph, pw = src.shape[:2]
    fill = rng.uniform(0.72, 0.86)
    s = min(W * fill / pw, H * fill / ph)
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    dw, dh = pw * s / 2, ph * s / 2
    j = [rng.uniform(-0.05, 0.05) * min(W, H) for _ in range(8)]
    dst = np.float32(
        [
            [cx - dw + j[0], cy - dh + j[1]],
            [cx + dw + j[2], cy - dh + j[3]],
            [cx + dw + j[4], cy + dh + j[5]],
            [cx - dw + j[6], cy + dh + j[7]],
        ]
    )
    srcq = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    shadow = cv2.GaussianBlur(np.roll(mask, (int(H * 0.01), int(W * 0.012)), (0, 1)), (0, 0), 25)
    bg *= (1 - 0.45 * shadow)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a soft gradient plus a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = 0.82 + 0.2 * ((xx / W) * math.cos(ang) + (yy / H) * math.sin(ang) + 1) / 2
    bx, by = rng.uniform(0.1, 0.9) * W, rng.uniform(0.1, 0.9) * H
    blob = np.exp(-(((xx - bx) / (W * 0.35)) ** 2 + ((yy - by) / (H * 0.25)) ** 2))
    light = grad - 0.18 * blob
    cast = np.array([1.0 + rng.uniform(-0.02, 0.05), 1.0, 1.0 - rng.uniform(0.0, 0.1)])
    out = out * light[..., None] * cast
    out += nr.normal(0, 3.5, (H, W))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.4))
    im = Image.fromarray(out)
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def save_jpeg(im: Image.Image, path, q=88):
    with open(path, "wb") as f:
        f.write(jpeg_bytes(im, q))


def save_png(im: Image.Image, path):
    im.save(path, "PNG", optimize=False)
