"""Page model, renderers (Pillow / reportlab), looks and check-digit helpers for set_dg."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "liberation/LiberationSans-Regular.ttf",
    "sansb": FD + "liberation/LiberationSans-Bold.ttf",
    "serif": FD + "liberation/LiberationSerif-Regular.ttf",
    "serifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "seriti": FD + "liberation/LiberationSerif-Italic.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf",
    "monob": FD + "liberation/LiberationMono-Bold.ttf",
    "dv": FD + "dejavu/DejaVuSans.ttf",
    "dvb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "lato": FD + "lato/Lato-Regular.ttf",
    "latob": FD + "lato/Lato-Bold.ttf",
    "carlito": FD + "crosextra/Carlito-Regular.ttf",
    "carlitob": FD + "crosextra/Carlito-Bold.ttf",
    "hand": FD + "ecolier-court/Ecolier-court.ttf",
    "hand2": FD + "femkeklaver/femkeklaver.ttf",
    "hand3": FD + "fifthhorseman/dkg.ttf",
    "fa": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
}
for _n, _p in FONTS.items():
    if _n != "fa":
        pdfmetrics.registerFont(TTFont("F_" + _n, _p))
_PILF = {}
MM = 72 / 25.4


def pil_font(name, px):
    key = (name, px)
    if key not in _PILF:
        _PILF[key] = ImageFont.truetype(FONTS[name], px)
    return _PILF[key]


def tw(s, font, size):
    """Text width in mm."""
    if font == "fa":
        f = pil_font("fa", 200)
        return f.getlength(s, direction="rtl") / 200 * size / MM
    return pdfmetrics.stringWidth(s, "F_" + font, size) / MM


def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        c = (cur + " " + w).strip()
        if tw(c, font, size) <= width or not cur:
            cur = c
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Page:
    """A page in mm, origin top-left; y of text is its baseline."""

    def __init__(self, w=210, h=297, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def t(self, x, y, s, size=10, font="sans", color=(0, 0, 0), anchor="l"):
        self.ops.append(("t", x, y, str(s), size, font, color, anchor))
        return tw(str(s), font, size)

    def lv(self, x, y, label, value, size=9, lf="sans", vf="sansb", gap=1.5, vsize=None, col=None):
        w = self.t(x, y, label, size, lf, col or (0, 0, 0))
        self.t(x + w + gap, y, value, vsize or size, vf)

    def para(self, x, y, text, width, size=10, font="sans", lead=1.35, color=(0, 0, 0)):
        for ln in wrap(text, font, size, width):
            self.t(x, y, ln, size, font, color)
            y += size / MM * lead
        return y

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("r", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3):
        self.ops.append(("p", [(x1, y1), (x2, y2)], color, lw))

    def poly(self, pts, color=(20, 30, 90), lw=0.45):
        self.ops.append(("p", pts, color, lw))

    def ell(self, x, y, w, h, fill):
        self.ops.append(("e", x, y, w, h, fill))

    def box(self, x, y, w, h, label, value="", vf="sansb", vsize=10, lsize=6.5):
        """Form cell: small label at top, value at bottom; never overlap."""
        self.rect(x, y, w, h)
        self.t(x + 1.2, y + 2.9, label, lsize, "sans", (40, 40, 40))
        if value:
            self.t(
                x + 2, y + h - 1.8, value, vsize, vf, (10, 20, 90) if "hand" in vf else (0, 0, 0)
            )

    def check(self, x, y, on, label, size=8.5, hand=False):
        self.rect(x, y - 3, 3.2, 3.2)
        if on:
            c = (10, 20, 90) if hand else (0, 0, 0)
            self.poly([(x + 0.4, y - 1.5), (x + 1.3, y - 0.1), (x + 3.6, y - 4.0)], c, 0.5)
        self.t(x + 5, y, label, size)

    def signature(self, rng, x, y, w, h, color=(20, 30, 100)):
        n = rng.randint(3, 5)
        pts = []
        for i in range(n * 12):
            a = i / (n * 12)
            px = x + a * w + math.sin(i * 0.9 + rng.random()) * w * 0.05
            py = y + h / 2 + math.sin(i * rng.uniform(0.7, 1.4)) * h * 0.4 * (1 - a * 0.5)
            pts.append((px, py))
        self.poly(pts, color, 0.5)
        self.poly([(x + w * 0.1, y + h * 0.85), (x + w * 0.95, y + h * 0.7)], color, 0.4)

    def stamp(self, x, y, r, lines, color=(40, 60, 160)):
        self.ops.append(("c", x, y, r, color))
        self.ops.append(("c", x, y, r * 0.78, color))
        for i, s in enumerate(lines):
            self.t(x, y - (len(lines) - 1) * 1.6 + i * 3.2 + 1, s, 6.5, "sansb", color, "m")

    def photo(self, x, y, w, h, tone=(120, 90, 70)):
        self.rect(x, y, w, h, (90, 90, 90), (205, 212, 220))
        self.ell(x + w * 0.28, y + h * 0.15, w * 0.44, h * 0.45, tone)
        self.ell(x + w * 0.12, y + h * 0.64, w * 0.76, h * 0.34, (60, 60, 75))


def render_pil(pg, dpi=200):
    k = dpi / 25.4
    im = Image.new("RGB", (round(pg.w * k), round(pg.h * k)), pg.bg)
    d = ImageDraw.Draw(im)
    for op in pg.ops:
        if op[0] == "t":
            _, x, y, s, size, font, color, anchor = op
            f = pil_font(font, max(4, round(size / 72 * dpi)))
            a = {"l": "ls", "r": "rs", "m": "ms"}[anchor]
            if font == "fa":
                d.text((x * k, y * k), s, font=f, fill=color, anchor=a, direction="rtl")
            else:
                d.text((x * k, y * k), s, font=f, fill=color, anchor=a)
        elif op[0] == "r":
            _, x, y, w, h, st, fill, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=st,
                width=max(1, round(lw * k)),
            )
        elif op[0] == "p":
            _, pts, color, lw = op
            d.line([(a * k, b * k) for a, b in pts], fill=color, width=max(1, round(lw * k)))
        elif op[0] == "e":
            _, x, y, w, h, fill = op
            d.ellipse([x * k, y * k, (x + w) * k, (y + h) * k], fill=fill)
        elif op[0] == "c":
            _, x, y, r, color = op
            d.ellipse([(x - r) * k, (y - r) * k, (x + r) * k, (y + r) * k], outline=color, width=2)
    return im


def render_pdf(pages, path):
    c = canvas.Canvas(path, pagesize=(pages[0].w * MM, pages[0].h * MM), invariant=1)
    for pg in pages:
        c.setPageSize((pg.w * MM, pg.h * MM))
        H = pg.h * MM
        for op in pg.ops:
            if op[0] == "t":
                _, x, y, s, size, font, color, anchor = op
                c.setFont("F_" + font, size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "m": c.drawCentredString}
                fn[anchor](x * MM, H - y * MM, s)
            elif op[0] == "r":
                _, x, y, w, h, st, fill, lw = op
                c.setLineWidth(lw * MM)
                c.setStrokeColorRGB(*[v / 255 for v in st])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(x * MM, H - (y + h) * MM, w * MM, h * MM, stroke=1, fill=1 if fill else 0)
            elif op[0] == "p":
                _, pts, color, lw = op
                c.setLineWidth(lw * MM)
                c.setStrokeColorRGB(*[v / 255 for v in color])
                p = c.beginPath()
                p.moveTo(pts[0][0] * MM, H - pts[0][1] * MM)
                for a, b in pts[1:]:
                    p.lineTo(a * MM, H - b * MM)
                c.drawPath(p, stroke=1, fill=0)
            elif op[0] == "e":
                _, x, y, w, h, fill = op
                c.setFillColorRGB(*[v / 255 for v in fill])
                c.ellipse(x * MM, H - y * MM, (x + w) * MM, H - (y + h) * MM, stroke=0, fill=1)
            elif op[0] == "c":
                _, x, y, r, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.circle(x * MM, H - y * MM, r * MM, stroke=1, fill=0)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks
def scan(im, rng, tint=(244, 242, 236)):
    a = np.asarray(im).astype(np.float32)
    a = a * (np.array(tint) / 255.0)
    h, w = a.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=tint)
    nr = np.random.default_rng(rng.randint(0, 10**6))
    a += nr.normal(0, 4.0, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.5))


def photo(im, rng, rot=0, long_side=3200):
    src = np.asarray(im.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    s = long_side / max(w, h) * 0.78
    src = cv2.resize(src, (round(w * s), round(h * s)), interpolation=cv2.INTER_AREA)
    h, w = src.shape[:2]
    W, H = (long_side, round(long_side * 0.75)) if w > h else (round(long_side * 0.75), long_side)
    nr = np.random.default_rng(rng.randint(0, 10**6))
    table = np.full((H, W, 3), (rng.randint(90, 150), rng.randint(70, 110), rng.randint(50, 80)))
    table = table.astype(np.float32) + nr.normal(0, 6, (H, W, 3))
    ox, oy = (W - w) / 2, (H - h) / 2
    j = [rng.uniform(-0.03, 0.03) * W for _ in range(8)]
    dst = np.float32(
        [
            [ox + j[0], oy + j[1]],
            [ox + w + j[2], oy + j[3]],
            [ox + w + j[4], oy + h + j[5]],
            [ox + j[6], oy + h + j[7]],
        ]
    )
    srcq = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))[..., None]
    shadow = cv2.GaussianBlur(mask, (0, 0), 25)[..., None] * 0.35
    a = table * (1 - shadow) * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    g = 0.78 + 0.3 * (xx / W) * rng.uniform(0.6, 1.0) + 0.1 * (yy / H)
    a = a * g[..., None] * np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 0.95)])
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    a += nr.normal(0, 3, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if rot:
        a = np.ascontiguousarray(np.rot90(a, k=rot // 90))
    return Image.fromarray(a)


def save_jpg(im, path, q=88):
    im.save(path, "JPEG", quality=q)


def image_pdf(ims, path, rng):
    c = canvas.Canvas(path, pagesize=(210 * MM, 297 * MM), invariant=1)
    for im in ims:
        sc = scan(im, rng, (236, 234, 228))
        b = io.BytesIO()
        sc.save(b, "JPEG", quality=72)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, 210 * MM, 297 * MM)
        c.showPage()
    c.save()


def on_a4(card_img, dpi, rng, x=25, y=25):
    """Place a card/passport image onto an A4 sheet (photocopy)."""
    k = dpi / 25.4
    sheet = Image.new("RGB", (round(210 * k), round(297 * k)), "white")
    sheet.paste(card_img, (round(x * k), round(y * k)))
    return sheet


# ---------------------------------------------------------------- checks
def cd(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def _name(surname, given, n):
    s = surname.replace(" ", "<").replace("-", "<").replace("'", "")
    g = given.replace(" ", "<").replace("-", "<")
    return (s + "<<" + g + "<" * n)[:n]


def td3(iss, surname, given, num, nat, dob, sex, exp, opt="", bad=None):
    l1 = ("P<" + iss + _name(surname, given, 39))[:44]
    n = num.ljust(9, "<")
    o = opt.ljust(14, "<")
    c_exp = cd(exp) if bad != "exp" else str((int(cd(exp)) + 3) % 10)
    ocd = cd(o) if opt else "<"
    core = n + cd(n) + nat + dob + cd(dob) + sex + exp + c_exp + o + ocd
    comp = cd(n + cd(n) + dob + cd(dob) + exp + cd(exp) + o + ocd)
    return [l1, core + comp]


def td3_ok(lines):
    l2 = lines[1]
    ok = cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    ok = ok and (l2[42] == "<" and l2[28:42] == "<" * 14 or cd(l2[28:42]) == l2[42])
    return ok and cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43] and len(l2) == 44


def td1(dtype, iss, num, dob, sex, exp, nat, surname, given):
    n = num.ljust(9, "<")
    l1 = (dtype + iss + n + cd(n)).ljust(30, "<")
    l2 = dob + cd(dob) + sex + exp + cd(exp) + nat + "<" * 11
    l2 = l2 + cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2, _name(surname, given, 30)]


def td1_ok(lines):
    a, b = lines[0], lines[1]
    ok = cd(a[5:14]) == a[14] and cd(b[0:6]) == b[6] and cd(b[8:14]) == b[14]
    return ok and cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29] and len(a) == len(b) == 30


def mrva(vtype, iss, surname, given, num, nat, dob, sex, exp):
    l1 = ("V" + vtype + iss + _name(surname, given, 39))[:44]
    n = num.ljust(9, "<")
    l2 = n + cd(n) + nat + dob + cd(dob) + sex + exp + cd(exp)
    return [l1, l2.ljust(44, "<")]


def mrva_ok(lines):
    b = lines[1]
    return cd(b[0:9]) == b[9] and cd(b[13:19]) == b[19] and cd(b[21:27]) == b[27]


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def rib_key(bank, guichet, compte):
    return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97:02d}"


def fr_iban(bank, guichet, compte):
    bban = bank + guichet + compte + rib_key(bank, guichet, compte)
    ck = 98 - _num(bban + "FR00") % 97
    return f"FR{ck:02d}{bban}"


def iban_ok(iban):
    return _num(iban[4:] + iban[:4]) % 97 == 1


def rib_ok(iban):
    b = iban[4:]
    return rib_key(b[0:5], b[5:10], b[10:21]) == b[21:23]


def luhn_siret(base13):
    for d in range(10):
        s = base13 + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError(base13)


def spaced(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
