"""Shared helpers for set_dc: check digits, a tiny page model, renderers and looks."""

from __future__ import annotations

import math
import random

import cv2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

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
    "dv": TT + "dejavu/DejaVuSans.ttf",
    "dvb": TT + "dejavu/DejaVuSans-Bold.ttf",
    "dvc": TT + "dejavu/DejaVuSansCondensed.ttf",
    "dvcb": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvs": TT + "dejavu/DejaVuSerif.ttf",
    "dvsb": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "openb": TT + "open-sans/OpenSans-Bold.ttf",
    "opens": TT + "open-sans/OpenSans-Semibold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "latob": TT + "lato/Lato-Bold.ttf",
    "rob": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robm": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robb": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robc": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robcb": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carl": TT + "crosextra/Carlito-Regular.ttf",
    "carlb": TT + "crosextra/Carlito-Bold.ttf",
    "cala": TT + "crosextra/Caladea-Regular.ttf",
    "calab": TT + "crosextra/Caladea-Bold.ttf",
    "free": TT + "freefont/FreeSerif.ttf",
    "hand1": TT + "ecolier-court/Ecolier-court.ttf",
    "hand2": TT + "fifthhorseman/dkg.ttf",
    "hand3": TT + "femkeklaver/femkeklaver.ttf",
    "hand4": TT + "breip/Breip.ttf",
}
PT = 25.4 / 72.0  # mm per point
_PIL_CACHE: dict = {}
_REGISTERED: set = set()


def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    k = (key, px)
    if k not in _PIL_CACHE:
        _PIL_CACHE[k] = ImageFont.truetype(FONTS[key], px, layout_engine=ImageFont.Layout.BASIC)
    return _PIL_CACHE[k]


def text_width(s: str, key: str, size: float) -> float:
    """Width in mm of a string at size pt."""
    f = pil_font(key, 200)
    return f.getlength(s) / 200.0 * size * PT


# ----------------------------------------------------------------------------- check digits
def mrz_check(s: str) -> str:
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


def mrz_name(surname: str, given: str, width: int) -> str:
    s = surname.replace(" ", "<").replace("-", "<").replace("'", "")
    g = given.replace(" ", "<").replace("-", "<").replace("'", "")
    return (s + "<<" + g + "<" * width)[:width]


def yymmdd(d: str) -> str:
    return d[2:4] + d[5:7] + d[8:10]


def td3(doc, surname, given, nat, dob, sex, exp, country, personal=""):
    l1 = ("P<" + country + mrz_name(surname, given, 39))[:44]
    num = (doc + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    pc = mrz_check(pers) if personal else "<"
    if not personal:
        pc = "0"
    body = num + mrz_check(num) + nat + yymmdd(dob) + mrz_check(yymmdd(dob)) + sex
    body += yymmdd(exp) + mrz_check(yymmdd(exp)) + pers + pc
    comp = body[0:10] + body[13:20] + body[21:43]
    l2 = body + mrz_check(comp)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    assert verify_td3(l2)
    return [l1, l2]


def verify_td3(l2: str) -> bool:
    ok = mrz_check(l2[0:9]) == l2[9] and mrz_check(l2[13:19]) == l2[19]
    ok = ok and mrz_check(l2[21:27]) == l2[27]
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return ok and mrz_check(comp) == l2[43]


def mrva(doc, surname, given, nat, dob, sex, until, country="FRA"):
    l1 = ("VD" + country + mrz_name(surname, given, 39))[:44]
    num = (doc + "<" * 9)[:9]
    body = num + mrz_check(num) + nat + yymmdd(dob) + mrz_check(yymmdd(dob)) + sex
    body += yymmdd(until) + mrz_check(yymmdd(until))
    l2 = body + "<" * (44 - len(body))
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_check(l2[0:9]) == l2[9] and mrz_check(l2[13:19]) == l2[19]
    assert mrz_check(l2[21:27]) == l2[27]
    return [l1, l2]


def td1(code, doc, surname, given, nat, dob, sex, exp, country="FRA"):
    num = (doc + "<" * 9)[:9]
    l1 = (code + country + num + mrz_check(num) + "<" * 30)[:30]
    l2 = yymmdd(dob) + mrz_check(yymmdd(dob)) + sex + yymmdd(exp) + mrz_check(yymmdd(exp))
    l2 = l2 + nat + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = l2 + mrz_check(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    assert mrz_check(l1[5:14]) == l1[14] and mrz_check(l2[0:6]) == l2[6]
    assert mrz_check(l2[8:14]) == l2[14]
    return [l1, l2, l3]


def _num_letters(s: str) -> str:
    out = ""
    for ch in s:
        if ch.isdigit():
            out += ch
        else:
            out += str(ord(ch) - 55)
    return out


def rib_digits(s: str) -> str:
    tab = {}
    for i, grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
        for ch in grp:
            tab[ch] = str(i + 1)
    return "".join(tab.get(ch, ch) for ch in s)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = int(rib_digits(account))
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97))


def rib_key_ok(bank, branch, account, key) -> bool:
    n = int(rib_digits(bank + branch + account + key))
    return n % 97 == 0


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_num_letters(s)) % 97 == 1


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    chk = 98 - int(_num_letters(bban + "FR00")) % 97
    iban = "FR%02d" % chk + bban
    assert iban_ok(iban) and rib_key_ok(bank, branch, account, key)
    return iban, key


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return tot % 10 == 0


def siret(rng: random.Random) -> str:
    while True:
        siren = "".join(str(rng.randint(0, 9)) for _ in range(9))
        if siren[0] != "0" and luhn_ok(siren):
            break
    for nic in range(10, 100):
        s = siren + "000%02d" % nic
        if luhn_ok(s):
            return s
    raise AssertionError


# ----------------------------------------------------------------------------- page model
class Page:
    """Drawing operations in millimetres, origin top-left, text y = baseline."""

    def __init__(self, w: float, h: float, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    def text(self, x, y, s, font="sans", size=9.0, color=(0, 0, 0), anchor="l", free=False):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, free))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3, free=False):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw, free))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, free=False):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, free))

    def poly(self, pts, color=(20, 30, 90), lw=0.45):
        self.ops.append(("poly", pts, color, lw))

    def ellipse(self, x, y, w, h, stroke=None, fill=None, lw=0.3):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    # helpers -------------------------------------------------------------
    def para(self, x, y, width, txt, font="sans", size=9.0, lead=None, color=(0, 0, 0)):
        lead = lead or size * PT * 1.4
        for raw in txt.split("\n"):
            words, cur = raw.split(" "), ""
            for w in words:
                t = (cur + " " + w).strip()
                if cur and text_width(t, font, size) > width:
                    self.text(x, y, cur, font, size, color)
                    y += lead
                    cur = w
                else:
                    cur = t
            if cur:
                self.text(x, y, cur, font, size, color)
            y += lead
        return y

    def text_bbox(self, op):
        _, x, y, s, font, size, _c, anchor, _f = op
        f = pil_font(font, 100)
        sc = size * PT / 100.0
        x0, t, x1, b = f.getbbox(s, anchor="ls")
        w = f.getlength(s) * sc
        dx = {"l": 0, "c": -w / 2, "r": -w}[anchor]
        return (x + dx + x0 * sc, y + t * sc, x + dx + x1 * sc, y + b * sc)

    def check(self, name=""):
        """Assert that no text overlaps another text or a ruled line."""
        texts = [o for o in self.ops if o[0] == "text" and not o[8] and o[3].strip()]
        boxes = [self.text_bbox(o) for o in texts]
        segs = []
        for o in self.ops:
            if o[0] == "line" and not o[7]:
                segs.append((o[1], o[2], o[3], o[4], o[6]))
            if o[0] == "rect" and not o[8] and o[5] is not None:
                x, y, w, h, lw = o[1], o[2], o[3], o[4], o[7]
                segs += [(x, y, x + w, y, lw), (x, y + h, x + w, y + h, lw)]
                segs += [(x, y, x, y + h, lw), (x + w, y, x + w, y + h, lw)]
        e = 0.05
        for i, a in enumerate(boxes):
            if a[0] < -e or a[2] > self.w + e or a[1] < -e or a[3] > self.h + e:
                raise AssertionError(f"{name}: text {texts[i][3]!r} leaves the page")
            for j in range(i + 1, len(boxes)):
                b = boxes[j]
                if a[0] < b[2] - e and b[0] < a[2] - e and a[1] < b[3] - e and b[1] < a[3] - e:
                    raise AssertionError(f"{name}: text overlap {texts[i][3]!r} / {texts[j][3]!r}")
            for x1, y1, x2, y2, lw in segs:
                m = lw / 2
                sx0, sx1 = min(x1, x2) - m, max(x1, x2) + m
                sy0, sy1 = min(y1, y2) - m, max(y1, y2) + m
                if a[0] < sx1 - e and sx0 < a[2] - e and a[1] < sy1 - e and sy0 < a[3] - e:
                    raise AssertionError(f"{name}: text {texts[i][3]!r} touches a line")


def render(page: Page, dpi: float) -> Image.Image:
    s = dpi / 25.4
    im = Image.new("RGB", (round(page.w * s), round(page.h * s)), page.bg)
    d = ImageDraw.Draw(im)
    for o in page.ops:
        k = o[0]
        if k == "text":
            _, x, y, txt, font, size, color, anchor, _f = o
            f = pil_font(font, max(1, round(size * dpi / 72)))
            d.text((x * s, y * s), txt, font=f, fill=color, anchor=anchor.replace("c", "m") + "s")
        elif k == "rect":
            _, x, y, w, h, st, fill, lw, _f = o
            wd = max(1, round(lw * s)) if st is not None else 0
            d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], fill=fill, outline=st, width=wd)
        elif k == "line":
            _, x1, y1, x2, y2, c, lw, _f = o
            d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=c, width=max(1, round(lw * s)))
        elif k == "poly":
            _, pts, c, lw = o
            d.line([(px * s, py * s) for px, py in pts], fill=c, width=max(1, round(lw * s)))
        elif k == "ellipse":
            _, x, y, w, h, st, fill, lw = o
            wd = max(1, round(lw * s)) if st is not None else 0
            d.ellipse([x * s, y * s, (x + w) * s, (y + h) * s], fill=fill, outline=st, width=wd)
        elif k == "image":
            _, x, y, w, h, img = o
            im.paste(
                img.resize((round(w * s), round(h * s)), Image.LANCZOS),
                (round(x * s), round(y * s)),
            )
    return im


def _reg(key: str) -> str:
    name = "F_" + key
    if name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(name, FONTS[key]))
        _REGISTERED.add(name)
    return name


def write_text_pdf(pages: list[Page], path: str, title: str = "", author: str = "") -> None:
    c = canvas.Canvas(path, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    mm = 72 / 25.4
    for p in pages:
        c.setPageSize((p.w * mm, p.h * mm))
        H = p.h
        if p.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in p.bg])
            c.rect(0, 0, p.w * mm, p.h * mm, stroke=0, fill=1)
        for o in p.ops:
            k = o[0]
            if k == "text":
                _, x, y, txt, font, size, color, anchor, _f = o
                c.setFont(_reg(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[anchor]
                fn(x * mm, (H - y) * mm, txt)
            elif k == "rect":
                _, x, y, w, h, st, fill, lw, _f = o
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if st is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in st])
                    c.setLineWidth(lw * mm)
                c.rect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=int(st is not None),
                    fill=int(fill is not None),
                )
            elif k == "line":
                _, x1, y1, x2, y2, col, lw, _f = o
                c.setStrokeColorRGB(*[v / 255 for v in col])
                c.setLineWidth(lw * mm)
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            elif k == "poly":
                _, pts, col, lw = o
                c.setStrokeColorRGB(*[v / 255 for v in col])
                c.setLineWidth(lw * mm)
                c.setLineCap(1)
                c.setLineJoin(1)
                path = c.beginPath()
                path.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
                for px, py in pts[1:]:
                    path.lineTo(px * mm, (H - py) * mm)
                c.drawPath(path, stroke=1, fill=0)
            elif k == "ellipse":
                _, x, y, w, h, st, fill, lw = o
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if st is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in st])
                    c.setLineWidth(lw * mm)
                c.ellipse(
                    x * mm,
                    (H - y - h) * mm,
                    (x + w) * mm,
                    (H - y) * mm,
                    stroke=int(st is not None),
                    fill=int(fill is not None),
                )
            elif k == "image":
                _, x, y, w, h, img = o
                c.drawImage(ImageReader(img), x * mm, (H - y - h) * mm, w * mm, h * mm)
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- drawings
def signature(page: Page, rng: random.Random, x, y, w, h, color=(20, 30, 110), lw=0.4):
    """A pen signature: a few smooth polylines inside the box (x, y, w, h)."""
    n = rng.randint(2, 3)
    cx = x
    for k in range(n):
        seg_w = w * rng.uniform(0.25, 0.45)
        pts = []
        a1, a2 = rng.uniform(0.8, 1.6), rng.uniform(2.5, 5.0)
        ph = rng.uniform(0, 6)
        steps = 60
        for i in range(steps + 1):
            t = i / steps
            px = cx + seg_w * t + 2.2 * math.sin(a2 * 6.28 * t + ph)
            py = y + h * 0.55 - h * 0.35 * math.sin(a1 * 6.28 * t + ph) * (1 - 0.4 * k)
            py += h * 0.12 * math.cos(a2 * 6.28 * t)
            pts.append((px, py))
        page.poly(pts, color, lw)
        cx += seg_w * rng.uniform(0.7, 0.95)
    yy = y + h * rng.uniform(0.75, 0.9)
    page.poly(
        [(x + w * 0.05, yy + 0.8), (x + w * 0.5, yy), (min(cx, x + w), yy - 1.2)], color, lw * 0.8
    )


def stamp(page: Page, cx, cy, r, lines, color=(40, 60, 160), ring_text=""):
    """A round rubber stamp; its texts are 'free' (stamps overprint other things)."""
    page.ellipse(cx - r, cy - r, 2 * r, 2 * r, stroke=color, lw=0.5)
    page.ellipse(cx - r * 0.7, cy - r * 0.7, r * 1.4, r * 1.4, stroke=color, lw=0.3)
    if ring_text:
        n = len(ring_text)
        rs = r * 0.84
        for i, ch in enumerate(ring_text):
            a = math.radians(-155 + 130 * i / max(1, n - 1))
            px, py = cx + rs * math.cos(a), cy + rs * math.sin(a) + r * 0.07
            page.text(px, py, ch, "sansb", r * 0.5, color, "c", free=True)
    for i, ln in enumerate(lines):
        size = min(r * 0.55, 1.25 * r / max(0.1, text_width(ln, "sansb", 1.0)))
        page.text(
            cx,
            cy + (i - (len(lines) - 1) / 2) * r * 0.3 + r * 0.08,
            ln,
            "sansb",
            size,
            color,
            "c",
            free=True,
        )


def portrait(rng: random.Random, sex: str, bg=(205, 215, 225)) -> Image.Image:
    w, h = 350, 450
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice([(224, 188, 160), (198, 150, 115), (160, 112, 80), (120, 84, 60)])
    hair = rng.choice([(30, 25, 20), (60, 40, 25), (20, 20, 20), (110, 80, 50)])
    d.ellipse([40, 330, 310, 560], fill=rng.choice([(50, 60, 80), (90, 90, 95), (140, 40, 40)]))
    d.rectangle([145, 270, 205, 350], fill=skin)
    if sex == "F":
        d.ellipse([85, 70, 265, 330], fill=hair)
    d.ellipse([100, 95, 250, 300], fill=skin)
    d.chord([95, 75, 255, 220], 180, 360, fill=hair)
    for ex in (140, 195):
        d.ellipse([ex, 185, ex + 16, 195], fill=(40, 30, 30))
    d.line([175, 200, 170, 240, 180, 242], fill=tuple(int(v * 0.8) for v in skin), width=3)
    d.arc([150, 245, 200, 270], 20, 160, fill=(120, 60, 60), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


# ----------------------------------------------------------------------------- dates
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
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def fr_date(iso: str, sep: str = "/") -> str:
    return iso[8:10] + sep + iso[5:7] + sep + iso[0:4]


def fr_words(iso: str) -> str:
    day = int(iso[8:10])
    return ("1er" if day == 1 else str(day)) + " " + MOIS[int(iso[5:7]) - 1] + " " + iso[0:4]


def en_mon(iso: str) -> str:
    return iso[8:10] + " " + MON_EN[int(iso[5:7]) - 1] + " " + iso[0:4]


def money(v: float) -> str:
    s = "%.2f" % v
    ent, dec = s.split(".")
    grp = ""
    while len(ent) > 3:
        grp = "\u00a0" + ent[-3:] + grp
        ent = ent[:-3]
    return (ent + grp + "," + dec).replace("\u00a0", " ")
