"""Shared helpers: fonts, check digits, signatures, rendering and 'looks'."""

from __future__ import annotations

import io
import math
import random

import cv2
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "Sans": TT + "dejavu/DejaVuSans.ttf",
    "SansB": TT + "dejavu/DejaVuSans-Bold.ttf",
    "Cond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "CondB": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": TT + "dejavu/DejaVuSerif.ttf",
    "SerifB": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "SerifI": TT + "dejavu/DejaVuSerif-Italic.ttf",
    "Mono": TT + "dejavu/DejaVuSansMono.ttf",
    "MonoB": TT + "dejavu/DejaVuSansMono-Bold.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "LatoB": TT + "lato/Lato-Bold.ttf",
    "Open": TT + "open-sans/OpenSans-Regular.ttf",
    "OpenB": TT + "open-sans/OpenSans-Bold.ttf",
    "Rob": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobB": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "Carl": TT + "crosextra/Carlito-Regular.ttf",
    "CarlB": TT + "crosextra/Carlito-Bold.ttf",
    "Cala": TT + "crosextra/Caladea-Regular.ttf",
    "CalaB": TT + "crosextra/Caladea-Bold.ttf",
    "FMono": TT + "freefont/FreeMono.ttf",
    "Hand1": TT + "ecolier-court/Ecolier-court.ttf",
    "Hand2": TT + "femkeklaver/femkeklaver.ttf",
    "Hand3": TT + "rufscript/Rufscript010.ttf",
    "Hand4": TT + "humor-sans/Humor-Sans.ttf",
    "Hand5": TT + "breip/Breip.ttf",
}
PERSIAN_FONT = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"
for _n, _f in FONT_FILES.items():
    pdfmetrics.registerFont(TTFont(_n, _f))

MM = 72 / 25.4
A4 = (595.28, 841.89)
ID1 = (85.6 * MM, 53.98 * MM)
TD3 = (125 * MM, 88 * MM)


# ---------------------------------------------------------------- check digits
def _val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(x: str) -> str:
        import unicodedata

        x = unicodedata.normalize("NFKD", x.upper())
        x = "".join(c for c in x if not unicodedata.combining(c))
        return "".join(c if c.isalpha() else "<" for c in x)

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * width)[:width]


def ymd(d: str) -> str:
    return d[2:4] + d[5:7] + d[8:10]


def td3(kind, state, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = (kind + "<")[:2] + state + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (opt + "<" * 14)[:14]
    optcd = cd(opt) if opt.strip("<") else "<"
    part = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    part += opt + optcd
    comp = part[0:10] + part[13:20] + part[21:43]
    return [l1, part + cd(comp)]


def mrva(state, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = "V" + "D" + state + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    return [l1, (l2 + opt + "<" * 16)[:44]]


def td1(kind, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    l1 = ((kind + "<")[:2] + state + num + cd(num) + opt1 + "<" * 15)[:30]
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat
    l2 = (l2 + opt2 + "<" * 11)[:29]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


# ---------------------------------------------------------------- banking
_LET = {c: str(i % 9 + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_LET.update({"S": "2", "T": "3", "U": "4", "V": "5", "W": "6", "X": "7", "Y": "8", "Z": "9"})


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = int("".join(_LET.get(c, c) for c in account))
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97))


def iban(country: str, bban: str) -> str:
    num = "".join(str(_val(c)) for c in bban + country + "00")
    return country + "%02d" % (98 - int(num) % 97) + bban


def iban_ok(ib: str) -> bool:
    s = ib[4:] + ib[:4]
    return int("".join(str(_val(c)) for c in s)) % 97 == 1


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def spaced(ib: str) -> str:
    return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))


def siret_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def make_siret(siren8: str, nic4: str) -> str:
    for last in range(10):
        siren = siren8 + str(last)
        if siret_ok(siren):
            break
    for last in range(10):
        s = siren + nic4 + str(last)
        if siret_ok(s):
            return s
    raise ValueError


# ---------------------------------------------------------------- drawing
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR = MONTHS.split()


def fr(d: str) -> str:
    return d[8:10] + "/" + d[5:7] + "/" + d[0:4]


def fr_words(d: str) -> str:
    day = int(d[8:10])
    return "%s %s %s" % ("1er" if day == 1 else day, MONTHS_FR[int(d[5:7]) - 1], d[:4])


def signature(c, x, y, w, h, seed, color=(0.05, 0.1, 0.35), width=1.1):
    """Handwritten-looking signature: a few looping bezier strokes."""
    rng = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in range(rng.choice([1, 2, 2])):
        c.setLineWidth(width * rng.uniform(0.8, 1.3))
        p = c.beginPath()
        px = x + rng.uniform(0, w * 0.15) + stroke * w * 0.45
        py = y + rng.uniform(0.2, 0.6) * h
        p.moveTo(px, py)
        n = rng.randint(4, 7)
        for _ in range(n):
            nx = px + rng.uniform(0.05, 0.2) * w
            ny = y + rng.uniform(0.0, 1.0) * h
            p.curveTo(
                px + rng.uniform(-0.1, 0.2) * w,
                py + rng.uniform(-0.6, 0.6) * h,
                nx - rng.uniform(-0.15, 0.1) * w,
                ny + rng.uniform(-0.6, 0.6) * h,
                nx,
                ny,
            )
            px, py = nx, ny
            if px > x + w:
                break
        c.drawPath(p, stroke=1, fill=0)
    # final flourish underline
    c.setLineWidth(width * 0.8)
    p = c.beginPath()
    p.moveTo(x + w * rng.uniform(0.0, 0.2), y + h * 0.05)
    p.curveTo(x + w * 0.4, y - h * 0.15, x + w * 0.7, y + h * 0.2, x + w * rng.uniform(0.8, 1), y)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def hand(c, x, y, text, rng, font="Hand1", size=12, color=(0.08, 0.12, 0.45)):
    """Handwritten text: handwriting font, slight baseline wobble and slant."""
    c.saveState()
    c.setFillColorRGB(*color)
    c.translate(x, y + rng.uniform(-1, 1))
    c.rotate(rng.uniform(-1.2, 1.2))
    c.setFont(font, size * rng.uniform(0.95, 1.05))
    c.drawString(0, 0, text)
    c.restoreState()


def stamp(c, x, y, r, lines, rng, color=(0.15, 0.25, 0.6), rect=False):
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-18, 18))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.4)
    if rect:
        c.rect(-r * 1.6, -r * 0.7, r * 3.2, r * 1.4)
        c.rect(-r * 1.55, -r * 0.65, r * 3.1, r * 1.3)
    else:
        c.circle(0, 0, r)
        c.circle(0, 0, r * 0.72)
    for i, ln in enumerate(lines):
        fs = 6.5 if i else 7.5
        c.setFont("SansB" if i == 0 else "Sans", fs)
        c.drawCentredString(0, r * 0.25 - i * 9, ln)
    c.restoreState()


def face(c, x, y, w, h, seed, skin=(0.55, 0.4, 0.3)):
    """A crude ID photo: background, shoulders, head."""
    rng = random.Random(seed)
    c.saveState()
    clip = c.beginPath()
    clip.rect(x, y, w, h)
    c.clipPath(clip, stroke=0, fill=0)
    c.setFillColorRGB(0.86, 0.88, 0.9)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*[v * rng.uniform(0.3, 0.5) for v in (0.4, 0.45, 0.6)])
    c.ellipse(x + w * 0.05, y - h * 0.25, x + w * 0.95, y + h * 0.38, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.ellipse(x + w * 0.27, y + h * 0.3, x + w * 0.73, y + h * 0.85, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.08, 0.07)
    c.ellipse(x + w * 0.25, y + h * 0.66, x + w * 0.75, y + h * 0.92, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.ellipse(x + w * 0.3, y + h * 0.3, x + w * 0.7, y + h * 0.78, stroke=0, fill=1)
    c.restoreState()


def guilloche(c, x, y, w, h, seed, color=(0.75, 0.85, 0.8)):
    rng = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.3)
    ph = rng.uniform(0, 6)
    for k in range(14):
        p = c.beginPath()
        for i in range(80):
            t = i / 79
            px = x + t * w
            py = y + h / 2 + h * 0.45 * math.sin(t * 6 * math.pi + ph + k * 0.45) * math.cos(k)
            if i == 0:
                p.moveTo(px, py)
            else:
                p.lineTo(px, py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def persian_img(text: str, size: int = 40, color=(20, 20, 20)) -> ImageReader:
    """Persian text shaped by raqm (Pillow) into an RGBA image for reportlab."""
    font = ImageFont.truetype(PERSIAN_FONT, size, layout_engine=ImageFont.Layout.RAQM)
    box = font.getbbox(text, direction="rtl", language="fa")
    im = Image.new("RGBA", (box[2] + 10, box[3] + 14), (255, 255, 255, 0))
    ImageDraw.Draw(im).text((5, 2), text, font=font, fill=color + (255,), direction="rtl")
    return ImageReader(im)


def draw_persian(c, x_right, y, text, height=11):
    ir = persian_img(text)
    iw, ih = ir.getSize()
    w = iw * height / ih * 1.6
    c.drawImage(ir, x_right - w, y - height * 0.35, w, height * 1.6, mask="auto")


def pdf(pages, title="") -> bytes:
    """pages: list of (size, drawfn(canvas, W, H))."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pages[0][0], invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    for size, fn in pages:
        c.setPageSize(size)
        fn(c, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def raster(data: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(data)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out
