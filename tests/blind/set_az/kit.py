"""Drawing kit: a page of drawing operations rendered to Pillow images or reportlab PDFs.

Coordinates are PDF points, origin top-left, y growing downwards; text y is the baseline.
Also holds the check-digit helpers (MRZ, IBAN, RIB key, SIRET) and handwriting.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

TT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": TT + "dejavu/DejaVuSans.ttf",
    "sansb": TT + "dejavu/DejaVuSans-Bold.ttf",
    "cond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "condb": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": TT + "dejavu/DejaVuSansMono.ttf",
    "monob": TT + "dejavu/DejaVuSansMono-Bold.ttf",
    "serif": TT + "freefont/FreeSerif.ttf",
    "serifb": TT + "freefont/FreeSerifBold.ttf",
    "typew": TT + "freefont/FreeMono.ttf",
}
# Pillow-only fonts (CFF .otf): rendered as images inside PDFs.
PIL_ONLY = {
    "ocrb": OT + "ocr-b/OCRB.otf",
    "arabic": OT + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "arabicb": OT + "fonts-hosny-amiri/Amiri-Bold.ttf",
    "helv": OT + "urw-base35/NimbusSans-Regular.otf",
    "helvb": OT + "urw-base35/NimbusSans-Bold.otf",
    "times": OT + "urw-base35/NimbusRoman-Regular.otf",
    "timesb": OT + "urw-base35/NimbusRoman-Bold.otf",
}
HANDS = [
    OT + "dancingscript/DancingScript-Regular.otf",
    OT + "kaushanscript/KaushanScript-Regular.otf",
    OT + "comic-neue/ComicNeue-Regular.otf",
    OT + "comic-neue/ComicNeue-Light.otf",
]
A4 = (595.28, 841.89)
_registered: set[str] = set()
_font_cache: dict = {}


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    path = FONTS.get(name) or PIL_ONLY.get(name) or name
    key = (path, int(round(px)))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, max(4, int(round(px))))
    return _font_cache[key]


def rl_font(name: str) -> str:
    if name not in FONTS:
        return ""
    if name not in _registered:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _registered.add(name)
    return "F_" + name


def text_width(s: str, font: str, size: float) -> float:
    if font in FONTS:
        rl_font(font)
        return pdfmetrics.stringWidth(s, "F_" + font, size)
    return pil_font(font, size * 4).getlength(s) / 4


class Page:
    def __init__(self, size=A4, bg=(255, 255, 255)):
        self.w, self.h = size
        self.bg = bg
        self.ops: list[tuple] = []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, align))

    def wrap(self, x, y, s, width, font="sans", size=9, lead=None, color=(0, 0, 0)):
        """Left-aligned word wrap; returns the y after the last line."""
        lead = lead or size * 1.3
        line = ""
        for word in str(s).split():
            cand = (line + " " + word).strip()
            if text_width(cand, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = cand
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def circle(self, cx, cy, r, stroke=(0, 0, 0), fill=None, lw=0.6):
        self.ops.append(("circle", cx, cy, r, stroke, fill, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("img", x, y, w, h, img))

    def pil_text(self, x, y, s, font, size, color=(0, 0, 0), align="l", rtl=False):
        """Text drawn through Pillow (Arabic shaping, OCR-B) and placed as an image."""
        img = text_image(s, font, size, color, rtl=rtl)
        w, h = img.size[0] / 8, img.size[1] / 8
        dx = {"l": 0, "r": -w, "c": -w / 2}[align]
        self.image(x + dx, y - size * 1.05, w, h, img)

    def hand(self, x, y, s, size=12, color=(20, 30, 110), rng=None, font_idx=0, align="l"):
        img = handwriting(s, size, color, rng or random.Random(len(s)), font_idx)
        w, h = img.size[0] / 8, img.size[1] / 8
        dx = {"l": 0, "r": -w, "c": -w / 2}[align]
        self.image(x + dx, y - h * 0.72, w, h, img)
        return w


def text_image(s, font, size, color, rtl=False, scale=8):
    f = pil_font(font, size * scale)
    kw = {"direction": "rtl", "language": "ar"} if rtl else {}
    box = f.getbbox(s, **kw)
    w = max(1, box[2] + 4)
    h = int(size * scale * 1.45)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(img).text(
        (0, int(size * scale * 1.05)), s, font=f, fill=color, anchor="ls", **kw
    )
    return img


def handwriting(s, size, color, rng: random.Random, font_idx=0, scale=8):
    """Pen-like text: glyph by glyph with jitter in position, size and slant."""
    path = HANDS[font_idx % len(HANDS)]
    px = size * scale
    h = int(px * 1.9)
    f0 = ImageFont.truetype(path, int(px))
    w = int(f0.getlength(s) * 1.15 + px)
    img = Image.new("RGBA", (max(w, 8), h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    x = px * 0.1
    base = px * 1.3
    drift = 0.0
    for ch in s:
        fs = int(px * rng.uniform(0.93, 1.07))
        f = ImageFont.truetype(path, fs)
        drift += rng.uniform(-0.02, 0.02) * px
        drift = max(-0.08 * px, min(0.08 * px, drift))
        c = tuple(max(0, min(255, v + rng.randint(-12, 12))) for v in color)
        d.text((x, base + drift), ch, font=f, fill=c + (rng.randint(215, 255),), anchor="ls")
        x += f.getlength(ch) * rng.uniform(0.96, 1.04)
    img = img.crop((0, 0, int(x + px * 0.2), h))
    img = img.transform(
        img.size, Image.AFFINE, (1, rng.uniform(0.05, 0.18), -h * 0.1, 0, 1, 0), Image.BICUBIC
    )
    return img.filter(ImageFilter.GaussianBlur(0.6))


def signature(rng: random.Random, name: str, color=(15, 25, 95), w=520, h=220):
    """A handwritten signature: looping cursive stroke (trochoid) plus a flourish."""
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    n_loops = 4 + len(name) % 4
    a = w * 0.62 / (n_loops * 2 * math.pi)
    pts = []
    t = 0.0
    tmax = n_loops * 2 * math.pi
    b = a * rng.uniform(1.4, 2.2)
    slant = rng.uniform(0.15, 0.35)
    k, ph, rise = rng.uniform(0.2, 0.6), rng.uniform(0, 6.3), rng.uniform(-1.5, 1.5)
    tall = rng.uniform(1.2, 1.9)
    while t < tmax:
        bt = b * (1 + 0.35 * math.sin(t * k + ph))
        yv = h * 0.5 - bt * math.cos(t) * tall
        xv = w * 0.12 + a * t - bt * math.sin(t) + (h * 0.5 - yv) * slant
        pts.append((xv, yv + t * rise))
        t += 0.05
    # a big opening capital loop
    cap = []
    r = h * rng.uniform(0.22, 0.3)
    for i in range(60):
        u = i / 59 * 2 * math.pi * 0.9
        cap.append((w * 0.1 + r * 0.5 * math.sin(u), h * 0.45 - r * math.cos(u) * 0.9))
    # flourish: a long stroke back under the name
    x_end, y_end = pts[-1]
    fl = []
    for i in range(40):
        u = i / 39
        fl.append(
            (
                x_end - u * w * rng.uniform(0.6, 0.75),
                y_end + h * 0.12 + math.sin(u * math.pi) * h * 0.1,
            )
        )
    width = rng.randint(4, 6)
    for seq in (cap, pts, fl):
        d.line(seq, fill=color + (235,), width=width, joint="curve")
    if rng.random() < 0.5:
        d.ellipse((w * 0.9, h * 0.42, w * 0.9 + 10, h * 0.42 + 10), fill=color + (235,))
    return img.filter(ImageFilter.GaussianBlur(1.0))


def stamp(lines, rng, color=(40, 60, 170), d=300, ring=True):
    """A round rubber stamp with curved-ish text lines, partly faded."""
    img = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    if ring:
        dr.ellipse((6, 6, d - 6, d - 6), outline=color + (200,), width=7)
        dr.ellipse((34, 34, d - 34, d - 34), outline=color + (200,), width=3)
    top = lines[0]
    f = pil_font("sansb", d * 0.075)
    n = len(top)
    for i, ch in enumerate(top):
        ang = math.pi * (1.15 + 0.7 * i / max(1, n - 1))
        cx = d / 2 + (d / 2 - 22) * math.cos(ang)
        cy = d / 2 + (d / 2 - 22) * math.sin(ang)
        dr.text((cx, cy), ch, font=f, fill=color + (210,), anchor="mm")
    f2 = pil_font("sansb", d * 0.07)
    y = d / 2 - (len(lines) - 2) * d * 0.045
    for ln in lines[1:]:
        dr.text((d / 2, y), ln, font=f2, fill=color + (210,), anchor="mm")
        y += d * 0.09
    arr = img.split()[3].point(lambda v: int(v * rng.uniform(0.7, 1.0)))
    img.putalpha(arr)
    return img.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def rect_stamp(lines, rng, color=(120, 30, 120), w=560, size=26):
    h = int(len(lines) * size * 1.35 + 30)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle((3, 3, w - 3, h - 3), outline=color + (210,), width=5)
    y = 18 + size
    for ln in lines:
        d.text((w / 2, y), ln, font=pil_font("sansb", size), fill=color + (210,), anchor="ms")
        y += size * 1.35
    return img.rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)


def face(rng: random.Random, w=300, h=380, skin=(120, 80, 55)):
    """A neutral ID photo placeholder: light background, head and shoulders."""
    img = Image.new("RGB", (w, h), (226, 230, 236))
    d = ImageDraw.Draw(img)
    s = tuple(max(0, min(255, c + rng.randint(-15, 15))) for c in skin)
    d.ellipse((w * 0.05, h * 0.72, w * 0.95, h * 1.4), fill=(40, 42, 60))
    d.rectangle((w * 0.4, h * 0.58, w * 0.6, h * 0.78), fill=s)
    d.ellipse((w * 0.26, h * 0.18, w * 0.74, h * 0.68), fill=s)
    hair = (20, 18, 18)
    d.chord((w * 0.24, h * 0.12, w * 0.76, h * 0.5), 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse((w * ex - 9, h * 0.4 - 5, w * ex + 9, h * 0.4 + 5), fill=(30, 25, 25))
    d.line((w * 0.5, h * 0.43, w * 0.49, h * 0.52), fill=tuple(c - 30 for c in s), width=3)
    d.arc((w * 0.42, h * 0.52, w * 0.58, h * 0.6), 20, 160, fill=(90, 40, 40), width=3)
    return img.filter(ImageFilter.GaussianBlur(1.2))


# ---------------------------------------------------------------- rendering


def render(page: Page, dpi=200) -> Image.Image:
    s = dpi / 72.0
    img = Image.new("RGB", (int(page.w * s), int(page.h * s)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, t, font, size, color, align = op
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * s, y * s), t, font=pil_font(font, size * s), fill=color, anchor=anchor)
        elif k == "rect":
            _, x, y, w, h, st, fill, lw = op
            d.rectangle(
                (x * s, y * s, (x + w) * s, (y + h) * s),
                outline=st,
                fill=fill,
                width=max(1, round(lw * s)) if st else 0,
            )
        elif k == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            width = max(1, round(lw * s))
            if dash:
                n = int(math.hypot(x2 - x1, y2 - y1) / (dash * 2)) or 1
                for i in range(n):
                    a, b = i / n, (i + 0.5) / n
                    d.line(
                        (
                            (x1 + (x2 - x1) * a) * s,
                            (y1 + (y2 - y1) * a) * s,
                            (x1 + (x2 - x1) * b) * s,
                            (y1 + (y2 - y1) * b) * s,
                        ),
                        fill=color,
                        width=width,
                    )
            else:
                d.line((x1 * s, y1 * s, x2 * s, y2 * s), fill=color, width=width)
        elif k == "circle":
            _, cx, cy, r, st, fill, lw = op
            d.ellipse(
                ((cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s),
                outline=st,
                fill=fill,
                width=max(1, round(lw * s)),
            )
        elif k == "img":
            _, x, y, w, h, im = op
            tw, th = max(1, int(w * s)), max(1, int(h * s))
            im2 = im.convert("RGBA").resize((tw, th), Image.LANCZOS)
            img.paste(im2, (int(x * s), int(y * s)), im2)
    return img


def write_pdf(pages: list[Page], path: str, title: str = "", author: str = "") -> None:
    c = canvas.Canvas(path, pagesize=(pages[0].w, pages[0].h), invariant=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    for page in pages:
        c.setPageSize((page.w, page.h))
        H = page.h
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w, page.h, stroke=0, fill=1)
        for op in page.ops:
            k = op[0]
            if k == "text":
                _, x, y, t, font, size, color, align = op
                fn = rl_font(font) or rl_font("sans")
                c.setFont(fn, size)
                c.setFillColorRGB(*[v / 255 for v in color])
                if align == "l":
                    c.drawString(x, H - y, t)
                elif align == "r":
                    c.drawRightString(x, H - y, t)
                else:
                    c.drawCentredString(x, H - y, t)
            elif k == "rect":
                _, x, y, w, h, st, fill, lw = op
                c.setLineWidth(lw)
                if st:
                    c.setStrokeColorRGB(*[v / 255 for v in st])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(x, H - y - h, w, h, stroke=1 if st else 0, fill=1 if fill else 0)
            elif k == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                c.setLineWidth(lw)
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setDash(dash, dash) if dash else c.setDash()
                c.line(x1, H - y1, x2, H - y2)
                c.setDash()
            elif k == "circle":
                _, cx, cy, r, st, fill, lw = op
                c.setLineWidth(lw)
                c.setStrokeColorRGB(*[v / 255 for v in st])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.circle(cx, H - cy, r, stroke=1, fill=1 if fill else 0)
            elif k == "img":
                _, x, y, w, h, im = op
                buf = io.BytesIO()
                im.convert("RGBA").save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), x, H - y - h, w, h, mask="auto")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- check digits


def mrz_cd(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch.upper()) - 55
        else:
            v = 0
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    def clean(t):
        t = t.upper().replace("-", " ").replace("'", "")
        for a, b in (("É", "E"), ("È", "E"), ("Ë", "E"), ("Ï", "I"), ("Ç", "C"), ("Ô", "O")):
            t = t.replace(a, b)
        return "<".join(t.split())

    return (clean(surname) + "<<" + clean(given)).ljust(n, "<")[:n]


def ymd(d: str) -> str:
    return d[2:4] + d[5:7] + d[8:10]


def mrz_td3(code, country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = (code.ljust(2, "<") + country + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pcd = mrz_cd(pers) if personal else "<"
    parts = num + mrz_cd(num), ymd(dob) + mrz_cd(ymd(dob)), ymd(exp) + mrz_cd(ymd(exp))
    comp = mrz_cd(parts[0] + parts[1] + parts[2] + pers + pcd)
    l2 = parts[0] + nat + parts[1] + sex + parts[2] + pers + pcd + comp
    return l1, l2


def mrz_mrva(country, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = ("V<" + country + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    l2 = (
        num
        + mrz_cd(num)
        + nat
        + ymd(dob)
        + mrz_cd(ymd(dob))
        + sex
        + ymd(exp)
        + mrz_cd(ymd(exp))
        + optional.ljust(16, "<")
    )
    return l1, l2


def mrz_td1(code, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = code.ljust(2, "<") + country + num + mrz_cd(num) + opt1.ljust(15, "<")
    l2a = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp)) + nat
    l2a += opt2.ljust(11, "<")
    comp = mrz_cd(l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29])
    return l1, l2a + comp, mrz_name(surname, given, 30)


def _alnum_to_digits(s: str) -> str:
    return "".join(str(int(ch, 36)) if ch.isalpha() else ch for ch in s.upper())


def iban(country: str, bban: str) -> str:
    num = _alnum_to_digits(bban + country + "00")
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


RIB_LETTERS = {
    c: str(v) for v, cs in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW"], 1) for c in cs
}
RIB_LETTERS.update({c: str(v) for v, cs in ((7, "GPX"), (8, "HQY"), (9, "IRZ")) for c in cs})


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(RIB_LETTERS.get(ch, ch) for ch in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def luhn_complete(stem: str) -> str:
    for d in range(10):
        s = stem + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError(stem)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR = MONTHS.split()


def fr_date(d: str) -> str:
    return f"{d[8:10]}/{d[5:7]}/{d[:4]}"


def fr_words(d: str) -> str:
    day = int(d[8:10])
    return f"{'1er' if day == 1 else day} {MONTHS_FR[int(d[5:7]) - 1]} {d[:4]}"
