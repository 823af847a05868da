"""Drawing primitives, check digits and "looks" for blind set set_dn.

A Page holds drawing operations in millimetres (origin top-left). It renders either to a
reportlab canvas (a PDF with a text layer) or to a Pillow image (for scans and photos).
"""

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

T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": T + "liberation/LiberationSans-Regular.ttf",
    "sansb": T + "liberation/LiberationSans-Bold.ttf",
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": T + "liberation/LiberationSerif-Italic.ttf",
    "mono": T + "dejavu/DejaVuSansMono.ttf",
    "dv": T + "dejavu/DejaVuSans.ttf",
    "dvb": T + "dejavu/DejaVuSans-Bold.ttf",
    "dvs": T + "dejavu/DejaVuSerif.ttf",
    "dvsb": T + "dejavu/DejaVuSerif-Bold.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "roboto": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlitob": T + "crosextra/Carlito-Bold.ttf",
    "free": T + "freefont/FreeSerif.ttf",
    "freeb": T + "freefont/FreeSerifBold.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    # handwriting (solid pen-like strokes)
    "hand1": T + "fifthhorseman/dkg.ttf",
    "hand2": T + "breip/Breip.ttf",
    "hand3": T + "humor-sans/Humor-Sans.ttf",
}
_RL = set()
_PIL = {}


def rl_font(key):
    if key not in _RL:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _RL.add(key)
    return "F_" + key


def pil_font(key, px):
    k = (key, int(px))
    if k not in _PIL:
        _PIL[k] = ImageFont.truetype(FONTS[key], max(6, int(px)))
    return _PIL[k]


# ---------------------------------------------------------------- check digits
def mrz_cd(s):
    w = (7, 3, 1)
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def _name_field(surname, given, n):
    s = surname.replace(" ", "<").replace("-", "<").replace("'", "")
    g = given.replace(" ", "<").replace("-", "<").replace("'", "")
    return (s + "<<" + g)[:n].ljust(n, "<")


def _num(x, n):
    return x.ljust(n, "<")


def td3(code, state, surname, given, num, nat, dob, sex, exp, opt=""):
    l1 = (code + "<")[:2] + state + _name_field(surname, given, 39)
    o = _num(opt, 14)
    oc = mrz_cd(o) if opt else "<"
    body = _num(num, 9) + mrz_cd(_num(num, 9)) + nat + dob + mrz_cd(dob) + sex
    body += exp + mrz_cd(exp) + o + oc
    comp = body[0:10] + body[13:20] + body[21:43]
    l2 = body + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(code, state, surname, given, num, nat, dob, sex, exp, opt1="", opt2=""):
    l1 = code + state + _num(num, 9) + mrz_cd(_num(num, 9)) + _num(opt1, 15)
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + _num(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = _name_field(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    return [l1, l2, l3]


def mrva(state, surname, given, num, nat, dob, sex, exp, opt=""):
    l1 = "V<" + state + _name_field(surname, given, 39)
    l2 = _num(num, 9) + mrz_cd(_num(num, 9)) + nat + dob + mrz_cd(dob) + sex
    l2 += exp + mrz_cd(exp) + _num(opt, 16)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def check_td3(lines):
    l2 = lines[1]
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    ok = ok and mrz_cd(l2[21:27]) == l2[27]
    return ok and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def check_td1(lines):
    l1, l2 = lines[0], lines[1]
    ok = mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
    ok = ok and mrz_cd(l2[8:14]) == l2[14]
    return ok and mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def check_mrva(lines):
    l2 = lines[1]
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    return ok and mrz_cd(l2[21:27]) == l2[27]


def rib_key(bank, branch, account):
    conv = {}
    for i, letters in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
        for ch in letters:
            conv[ch] = str(i + 1)
    acc = "".join(conv.get(c, c) for c in account.upper())
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def fr_iban(bank, branch, account):
    bban = bank + branch + account + rib_key(bank, branch, account)
    cd = 98 - _iban_num(bban + "FR00") % 97
    return "FR%02d%s" % (cd, bban)


def iban_ok(iban):
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def rib_key_ok(iban):
    b = iban[4:]
    return rib_key(b[0:5], b[5:10], b[10:21]) == b[21:23]


def spaced(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- pages
class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), anchor="l", rtl=False):
        self.ops.append(("text", x, y, s, font, size, color, anchor, rtl))

    def line(self, x1, y1, x2, y2, lw=0.3, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, lw, color))

    def rect(self, x, y, w, h, lw=0.3, stroke=(0, 0, 0), fill=None):
        self.ops.append(("rect", x, y, w, h, lw, stroke, fill))

    def poly(self, pts, lw=0.4, color=(20, 30, 120)):
        self.ops.append(("poly", pts, lw, color))

    def circle(self, x, y, r, lw=0.5, color=(0, 0, 0), fill=None):
        self.ops.append(("circle", x, y, r, lw, color, fill))

    def para(self, x, y, w, s, font="sans", size=9, lead=None, color=(0, 0, 0)):
        """Wrap text into width w (mm); returns the y after the paragraph."""
        lead = lead or size * 0.45
        f = pil_font(font, 100)
        words, cur = s.split(), ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if f.getlength(t) * size / 100 * 0.3528 > w and cur:
                self.text(x, y, cur, font, size, color)
                y += lead
                cur = wd
            else:
                cur = t
        if cur:
            self.text(x, y, cur, font, size, color)
            y += lead
        return y

    def signature(self, x, y, w, h, seed, color=(25, 35, 110)):
        rng = random.Random(seed)
        pts = []
        n = rng.randint(9, 14)
        for i in range(n):
            t = i / (n - 1)
            pts.append(
                (x + t * w * 0.8 + rng.uniform(-2, 2), y + h * 0.5 + rng.uniform(-h, h) * 0.45)
            )
        self.poly(pts, 0.45, color)
        a = [(x + w * 0.1, y + h * 0.8), (x + w * 0.5, y + h * 0.65), (x + w, y + h * 0.55)]
        self.poly(a, 0.35, color)
        cx, cy = x + w * 0.3, y + h * 0.4
        loop = [(cx + 4 * math.cos(k / 6), cy + 3 * math.sin(k / 6)) for k in range(0, 40)]
        self.poly(loop, 0.4, color)

    def stamp(self, x, y, r, top, mid, color=(40, 60, 170), font="sansb"):
        self.circle(x, y, r, 0.6, color)
        self.circle(x, y, r - 2.2, 0.3, color)
        # text around top arc approximated as straight chord lines
        self.text(x, y - r * 0.3, top, font, max(4, r * 0.55), color, "c")
        for i, m in enumerate(mid):
            self.text(x, y + r * 0.1 + i * r * 0.3, m, font, max(3.5, r * 0.42), color, "c")

    def photo(self, x, y, w, h, tone=(150, 120, 95)):
        self.rect(x, y, w, h, 0.2, (120, 120, 120), (214, 220, 226))
        self.circle(x + w / 2, y + h * 0.38, w * 0.22, 0.1, tone, tone)
        self.rect(x + w * 0.18, y + h * 0.66, w * 0.64, h * 0.34, 0.1, tone, tone)

    def mrz(self, x, y, lines, size=10.5, gap=None):
        gap = gap or size * 0.47
        for i, ln in enumerate(lines):
            self.text(x, y + i * gap, ln, "mono", size)


# ---------------------------------------------------------------- PDF
def to_pdf(pages, path, title="document"):
    c = canvas.Canvas(path, pagesize=(pages[0].w * 72 / 25.4, pages[0].h * 72 / 25.4), invariant=1)
    c.setTitle(title)
    for pg in pages:
        k = 72 / 25.4
        H = pg.h * k
        c.setPageSize((pg.w * k, H))
        for op in pg.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, col, anchor, _rtl = op
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in col])
                if anchor == "c":
                    c.drawCentredString(x * k, H - y * k, s)
                elif anchor == "r":
                    c.drawRightString(x * k, H - y * k, s)
                else:
                    c.drawString(x * k, H - y * k, s)
            elif kind == "line":
                _, x1, y1, x2, y2, lw, col = op
                c.setStrokeColorRGB(*[v / 255 for v in col])
                c.setLineWidth(lw * k)
                c.line(x1 * k, H - y1 * k, x2 * k, H - y2 * k)
            elif kind == "rect":
                _, x, y, w, h, lw, st, fi = op
                c.setLineWidth(lw * k)
                c.setStrokeColorRGB(*[v / 255 for v in st])
                if fi:
                    c.setFillColorRGB(*[v / 255 for v in fi])
                c.rect(x * k, H - (y + h) * k, w * k, h * k, stroke=1, fill=1 if fi else 0)
            elif kind == "poly":
                _, pts, lw, col = op
                c.setStrokeColorRGB(*[v / 255 for v in col])
                c.setLineWidth(lw * k)
                p = c.beginPath()
                p.moveTo(pts[0][0] * k, H - pts[0][1] * k)
                for px, py in pts[1:]:
                    p.lineTo(px * k, H - py * k)
                c.drawPath(p, stroke=1, fill=0)
            elif kind == "circle":
                _, x, y, r, lw, col, fi = op
                c.setStrokeColorRGB(*[v / 255 for v in col])
                c.setLineWidth(lw * k)
                if fi:
                    c.setFillColorRGB(*[v / 255 for v in fi])
                c.circle(x * k, H - y * k, r * k, stroke=1, fill=1 if fi else 0)
        c.showPage()
    c.save()


def images_to_pdf(imgs, path, dpi=200, quality=70):
    """A scanner's PDF: each page an image, no text layer."""
    w0, h0 = imgs[0].size
    c = canvas.Canvas(path, pagesize=(w0 * 72 / dpi, h0 * 72 / dpi), invariant=1)
    for im in imgs:
        w, h = im.size
        c.setPageSize((w * 72 / dpi, h * 72 / dpi))
        b = io.BytesIO()
        im.convert("RGB").save(b, "JPEG", quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, w * 72 / dpi, h * 72 / dpi)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- raster
def raster(pg, dpi=200):
    s = dpi / 25.4
    im = Image.new("RGB", (int(pg.w * s), int(pg.h * s)), pg.bg)
    d = ImageDraw.Draw(im)
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, font, size, col, anchor, rtl = op
            f = pil_font(font, size / 72 * dpi)
            a = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
            kw = {"direction": "rtl", "language": "ar"} if rtl else {}
            if font == "free" and any("\u0d80" <= ch <= "\u0dff" for ch in txt):
                kw = {"language": "si"}
            d.text((x * s, y * s), txt, font=f, fill=col, anchor=a, **kw)
        elif kind == "line":
            _, x1, y1, x2, y2, lw, col = op
            d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=col, width=max(1, round(lw * s)))
        elif kind == "rect":
            _, x, y, w, h, lw, st, fi = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                outline=st,
                fill=fi,
                width=max(1, round(lw * s)),
            )
        elif kind == "poly":
            _, pts, lw, col = op
            d.line(
                [(px * s, py * s) for px, py in pts],
                fill=col,
                width=max(1, round(lw * s)),
                joint="curve",
            )
        elif kind == "circle":
            _, x, y, r, lw, col, fi = op
            d.ellipse(
                [(x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s],
                outline=col,
                fill=fi,
                width=max(1, round(lw * s)),
            )
    return im


def scanned(im, rng, grey=True, skew=0.6):
    a = np.asarray(im).astype(np.float32)
    if grey:
        a = a * rng.uniform(0.9, 0.96) + rng.uniform(4, 12)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    return out.filter(ImageFilter.GaussianBlur(0.5))


def photographed(im, rng, rot=0, long_side=3200):
    """Place a page on a table, with perspective, shadow, colour cast and blur."""
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    W, H = (long_side, int(long_side * 0.75))
    pw, ph = im.size
    portrait = ph > pw
    if portrait:
        W, H = H, W
    base = np.array([rng.randint(90, 150), rng.randint(70, 120), rng.randint(50, 90)], np.float32)
    bg = np.ones((H, W, 3), np.float32) * base
    bg += nrng.normal(0, 6, (H, W, 1))
    grain = np.sin(np.linspace(0, rng.uniform(20, 50), W))[None, :, None] * 8
    bg += grain
    sc = min(W / pw, H / ph) * rng.uniform(0.72, 0.84)
    tw, th = pw * sc, ph * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035 * min(W, H)
    dst = np.float32(
        [
            [cx - tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
            [cx + tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
            [cx + tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
            [cx - tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(np.asarray(im).astype(np.float32), M, (W, H))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))[:, :, None]
    out = bg * (1 - mask) + page * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * xx / W + np.sin(ang) * yy / H) * rng.uniform(0.15, 0.3)
    light = 1.0 - grad - grad.min() * 0
    out = out * light[:, :, None]
    cast = np.array([rng.uniform(1.0, 1.08), 1.0, rng.uniform(0.85, 0.95)], np.float32)
    out = out * cast + nrng.normal(0, 3, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.4))
    if rot:
        out = np.rot90(out, k=rot // 90)
    return Image.fromarray(np.ascontiguousarray(out))


def save_jpg(im, path, q=85):
    im.convert("RGB").save(path, "JPEG", quality=q, optimize=False)
