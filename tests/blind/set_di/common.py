"""Drawing model, check digits and "looks" (scan, photo, screenshot...) for set_di.

A page is a list of drawing operations in millimetres (origin top-left, y downwards).
The same page renders to a reportlab PDF with a text layer or to a Pillow image.
"""

import io
import math
import random
import zlib

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": TT + "dejavu/DejaVuSans.ttf",
    "sansb": TT + "dejavu/DejaVuSans-Bold.ttf",
    "cond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "serif": TT + "dejavu/DejaVuSerif.ttf",
    "serifb": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "mono": TT + "dejavu/DejaVuSansMono.ttf",
    "lib": TT + "liberation/LiberationSans-Regular.ttf",
    "libb": TT + "liberation/LiberationSans-Bold.ttf",
    "times": TT + "liberation/LiberationSerif-Regular.ttf",
    "timesb": TT + "liberation/LiberationSerif-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "latob": TT + "lato/Lato-Bold.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "openb": TT + "open-sans/OpenSans-Bold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlitob": TT + "crosextra/Carlito-Bold.ttf",
    "courier": TT + "liberation/LiberationMono-Regular.ttf",
    "freeser": TT + "freefont/FreeSerif.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "hand1": TT + "ecolier-court/Ecolier-court.ttf",
    "hand2": TT + "femkeklaver/femkeklaver.ttf",
    "hand3": TT + "rufscript/Rufscript010.ttf",
    "hand4": TT + "humor-sans/Humor-Sans.ttf",
}
PT = 25.4 / 72.0
_PIL_CACHE = {}
_RL_DONE = set()


def rng_for(*parts):
    return random.Random(zlib.crc32("/".join(str(p) for p in parts).encode()))


def pil_font(key, px):
    k = (key, int(px))
    if k not in _PIL_CACHE:
        _PIL_CACHE[k] = ImageFont.truetype(FONTS[key], max(1, int(px)))
    return _PIL_CACHE[k]


_CMAPS = {}


def has_glyphs(key, s):
    if key not in _CMAPS:
        import logging

        from fontTools.ttLib import TTFont as FTFont

        logging.getLogger("fontTools").setLevel(logging.ERROR)

        _CMAPS[key] = set(FTFont(FONTS[key]).getBestCmap())
    return all(ord(c) in _CMAPS[key] or c == " " for c in s)


def text_width_mm(s, key, size):
    return pil_font(key, 200).getlength(s) / 200.0 * size * PT


# ---------------------------------------------------------------- check digits
def mrz_check(s):
    w = (7, 3, 1)
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c.isalpha():
            v = ord(c.upper()) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_name(surname, given, n):
    def clean(x):
        x = x.upper().replace("-", " ").replace("'", "")
        x = x.translate(str.maketrans("ÁÀÂÄÉÈÊËÍÎÏÓÔÖÚÙÛÜÇÑ", "AAAAEEEEIIIOOOUUUUCN"))
        return "<".join(x.split())

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * n)[:n]


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_type, country, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = (doc_type + "<")[:2] + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (optional + "<" * 14)[:14]
    parts = [num + mrz_check(num), nat, yymmdd(dob) + mrz_check(yymmdd(dob)), sex]
    parts += [yymmdd(expiry) + mrz_check(yymmdd(expiry)), opt + mrz_check(opt)]
    l2 = "".join(parts)
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_check(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrva(country, surname, given, number, nat, dob, sex, until):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    l2 = num + mrz_check(num) + nat + yymmdd(dob) + mrz_check(yymmdd(dob)) + sex
    l2 += yymmdd(until) + mrz_check(yymmdd(until))
    l2 = (l2 + "<" * 44)[:44]
    assert len(l1) == 44
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, expiry, nat, surname, given):
    num = (number + "<" * 9)[:9]
    l1 = ((doc_type + "<")[:2] + country + num + mrz_check(num) + "<" * 15)[:30]
    l2 = yymmdd(dob) + mrz_check(yymmdd(dob)) + sex + yymmdd(expiry)
    l2 += mrz_check(yymmdd(expiry)) + nat + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30
    return [l1, l2, l3]


def verify_mrz(lines):
    """Recompute every check digit of a TD1 / TD3 / MRV-A MRZ; True when all are right."""
    if len(lines) == 3:
        a, b = lines[0], lines[1]
        ok = mrz_check(a[5:14]) == a[14]
        ok &= mrz_check(b[0:6]) == b[6] and mrz_check(b[8:14]) == b[14]
        return ok and mrz_check(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]
    b = lines[1]
    ok = mrz_check(b[0:9]) == b[9] and mrz_check(b[13:19]) == b[19]
    ok &= mrz_check(b[21:27]) == b[27]
    if lines[0][0] == "P":
        ok &= mrz_check(b[28:42]) == b[42]
        ok &= mrz_check(b[0:10] + b[13:20] + b[21:43]) == b[43]
    return ok


def _alnum_val(c):
    if c.isdigit():
        return int(c)
    table = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789", strict=True))
    return int(table[c.upper()]) if c.isalpha() else 0


def rib_key(bank, branch, account):
    acc = "".join(str(_alnum_val(c)) if c.isalpha() else c for c in account)
    n = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return "%02d" % (97 - n % 97)


def iban_mod97(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def fr_iban(bank, branch, account, key=None):
    key = key or rib_key(bank, branch, account)
    bban = bank + branch + account + key
    num = int("".join(str(int(c, 36)) for c in bban + "FR00"))
    iban = "FR%02d" % (98 - num % 97) + bban
    assert iban_mod97(iban)
    return iban


def iban_groups(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def siret_make(siren8, nic4):
    """Complete a SIREN (8 digits + Luhn digit) and a NIC into a Luhn-valid SIRET."""
    siren = next(siren8 + str(d) for d in range(10) if luhn_ok(siren8 + str(d)))
    siret = next(siren + nic4 + str(d) for d in range(10) if luhn_ok(siren + nic4 + str(d)))
    assert luhn_ok(siren) and luhn_ok(siret)
    return siret


# ---------------------------------------------------------------- the page model
class Page:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []
        self.boxes = []  # (x0, y0, x1, y1, kind) for the overlap check

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l", layer="fg"):
        """y is the baseline."""
        w = text_width_mm(s, font, size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.ops.append(("text", x, y, s, font, size, color, None))
        if layer == "fg":
            self.boxes.append((x, y - 0.74 * size * PT, x + w, y + 0.2 * size * PT, "t"))
        return x + w

    def hand(self, x, y, s, rng, font="hand1", size=12, color=(20, 35, 120)):
        assert has_glyphs(font, s), (font, s)
        xs = []
        for ch in s:
            sz = size * rng.uniform(0.93, 1.07)
            dy = rng.uniform(-0.35, 0.35)
            self.ops.append(("text", x, y + dy, ch, font, sz, color, None))
            xs.append(x)
            x += text_width_mm(ch, font, sz) * rng.uniform(0.97, 1.06)
        self.boxes.append((xs[0] if xs else x, y - 0.8 * size * PT, x, y + 0.3 * size * PT, "t"))
        return x

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25, layer="fg"):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))
        if stroke is not None and layer == "fg":
            for seg in ((x, y, x + w, y), (x, y + h, x + w, y + h)):
                self.boxes.append((seg[0], seg[1] - lw / 2, seg[2], seg[3] + lw / 2, "l"))
            for seg in ((x, y, x, y + h), (x + w, y, x + w, y + h)):
                self.boxes.append((seg[0] - lw / 2, seg[1], seg[2] + lw / 2, seg[3], "l"))

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), lw=0.25, dash=None, layer="fg"):
        self.ops.append(("line", x0, y0, x1, y1, color, lw, dash))
        if layer == "fg":
            self.boxes.append(
                (min(x0, x1), min(y0, y1) - lw / 2, max(x0, x1), max(y0, y1) + lw / 2, "l")
            )

    def poly(self, pts, color=(20, 30, 110), lw=0.45, layer="fg", fill=None):
        self.ops.append(("poly", pts, color, lw, fill))
        if layer == "fg":
            xs = [p[0] for p in pts]
            ys = [p[1] for p in pts]
            self.boxes.append((min(xs), min(ys), max(xs), max(ys), "p"))

    def ellipse(self, cx, cy, rx, ry, color=(0, 0, 0), lw=0.3, fill=None):
        self.ops.append(("ellipse", cx, cy, rx, ry, color, lw, fill))

    def group(self, sub, cx, cy, angle):
        """Paste another Page centred at (cx, cy), rotated by angle degrees (stamps)."""
        self.ops.append(("group", sub, cx, cy, angle))

    def comb(self, x, y, n, cw=5.0, ch=6.0, color=(0, 0, 0), lw=0.2):
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, stroke=color, lw=lw)

    def check_overlaps(self, name):
        b = self.boxes
        for i in range(len(b)):
            for j in range(i + 1, len(b)):
                p, q = b[i], b[j]
                if "t" not in (p[4], q[4]):
                    continue
                if p[0] < q[2] - 0.05 and q[0] < p[2] - 0.05 and p[1] < q[3] - 0.05:
                    if q[1] < p[3] - 0.05:
                        raise AssertionError("overlap on %s: %r / %r" % (name, p, q))


def signature(page, x, y, w, h, rng, name, color=(15, 25, 100)):
    """A pen signature: loops and a flourish drawn as polylines inside the box (x, y, w, h)."""
    letters = max(3, min(8, len([c for c in name if c.isalpha()]) // 3))
    pts = []
    cx = x + 0.06 * w
    step = 0.62 * w / letters
    for i in range(letters):
        amp = h * rng.uniform(0.18, 0.38)
        loop = rng.uniform(0.25, 0.5) * step
        for t in np.linspace(0, 2 * math.pi, 14):
            px = cx + step * t / (2 * math.pi) - loop * math.sin(t)
            py = y + h * 0.52 - amp * math.sin(t) * (1.0 if i % 2 else 0.7)
            pts.append((px, py))
        cx += step
    end = x + 0.95 * w
    for t in np.linspace(0, 1, 12):
        pts.append((cx + (end - cx) * t, y + h * (0.52 + 0.25 * t * t)))
    pts = [
        (min(x + w * 0.97, max(x + w * 0.03, px)), min(y + h * 0.95, max(y + h * 0.05, py)))
        for px, py in pts
    ]
    page.poly(pts, color=color, lw=0.4)
    fy = y + h * rng.uniform(0.78, 0.88)
    fl = [
        (x + w * (0.12 + 0.8 * t), fy - h * 0.1 * math.sin(t * 3.0)) for t in np.linspace(0, 1, 16)
    ]
    page.poly(fl, color=color, lw=0.35)


def stamp(rng, lines, color=(40, 60, 150), r=17, font="sansb", round_=True):
    sub = Page(2 * r + 2, 2 * r + 2)
    c = r + 1
    if round_:
        sub.ellipse(c, c, r, r, color=color, lw=0.6)
        sub.ellipse(c, c, r - 2.2, r - 2.2, color=color, lw=0.3)
    else:
        sub.rect(1, c - r * 0.55, 2 * r, 1.1 * r, stroke=color, lw=0.6, layer="stamp")
    n = len(lines)
    for i, s in enumerate(lines):
        size = 5.5 if len(s) < 18 else 4.3
        sub.text(c, c + (i - (n - 1) / 2) * 3.0 + 1, s, font, size, color, "c", layer="stamp")
    return sub


# ---------------------------------------------------------------- rendering
def render_pil(page, dpi):
    k = dpi / 25.4
    img = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    _draw_pil(img, page, k)
    return img


def _draw_pil(img, page, k, dx=0.0, dy=0.0):
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, _ = op
            f = pil_font(font, size * PT * k)
            d.text(((x + dx) * k, (y + dy) * k), s, font=f, fill=color, anchor="ls")
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            box = [(x + dx) * k, (y + dy) * k, (x + dx + w) * k, (y + dy + h) * k]
            d.rectangle(
                box, fill=fill, outline=stroke, width=max(1, round(lw * k)) if stroke else 0
            )
        elif kind == "line":
            _, x0, y0, x1, y1, color, lw, dash = op
            width = max(1, round(lw * k))
            if dash:
                ln = math.hypot(x1 - x0, y1 - y0)
                t = 0.0
                while t < ln:
                    t2 = min(ln, t + dash)
                    a = ((x0 + (x1 - x0) * t / ln + dx) * k, (y0 + (y1 - y0) * t / ln + dy) * k)
                    b = ((x0 + (x1 - x0) * t2 / ln + dx) * k, (y0 + (y1 - y0) * t2 / ln + dy) * k)
                    d.line([a, b], fill=color, width=width)
                    t += 2 * dash
            else:
                d.line(
                    [((x0 + dx) * k, (y0 + dy) * k), ((x1 + dx) * k, (y1 + dy) * k)], color, width
                )
        elif kind == "poly":
            _, pts, color, lw, fill = op
            xy = [((px + dx) * k, (py + dy) * k) for px, py in pts]
            if fill:
                d.polygon(xy, fill=fill)
            else:
                d.line(xy, fill=color, width=max(1, round(lw * k)), joint="curve")
        elif kind == "ellipse":
            _, cx, cy, rx, ry, color, lw, fill = op
            box = [(cx - rx + dx) * k, (cy - ry + dy) * k, (cx + rx + dx) * k, (cy + ry + dy) * k]
            d.ellipse(box, fill=fill, outline=color, width=max(1, round(lw * k)))
        elif kind == "group":
            _, sub, cx, cy, angle = op
            opaque = sub.bg != (255, 255, 255)
            bgc = sub.bg + (255,) if opaque else (255, 255, 255, 0)
            layer = Image.new("RGBA", (int(sub.w * k), int(sub.h * k)), bgc)
            _draw_pil(layer, sub, k)
            layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
            fac = 1.0 if opaque else 0.8
            alpha = layer.getchannel("A").point(lambda v, f=fac: int(v * f))
            img.paste(
                layer,
                (int((cx + dx) * k - layer.width / 2), int((cy + dy) * k - layer.height / 2)),
                alpha,
            )
            d = ImageDraw.Draw(img)


def _rl_font(key):
    name = "F_" + key
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont(name, FONTS[key]))
        _RL_DONE.add(name)
    return name


def _draw_rl(c, page, H):
    def col(rgb):
        return (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)

    mm = 72 / 25.4
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, _ = op
            c.setFillColorRGB(*col(color))
            c.setFont(_rl_font(font), size)
            c.drawString(x * mm, (H - y) * mm, s)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            if fill:
                c.setFillColorRGB(*col(fill))
            if stroke:
                c.setStrokeColorRGB(*col(stroke))
                c.setLineWidth(lw * mm)
            c.rect(
                x * mm,
                (H - y - h) * mm,
                w * mm,
                h * mm,
                stroke=1 if stroke else 0,
                fill=1 if fill else 0,
            )
        elif kind == "line":
            _, x0, y0, x1, y1, color, lw, dash = op
            c.setStrokeColorRGB(*col(color))
            c.setLineWidth(lw * mm)
            c.setDash([dash * mm, dash * mm] if dash else [])
            c.line(x0 * mm, (H - y0) * mm, x1 * mm, (H - y1) * mm)
            c.setDash([])
        elif kind == "poly":
            _, pts, color, lw, fill = op
            p = c.beginPath()
            p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
            for px, py in pts[1:]:
                p.lineTo(px * mm, (H - py) * mm)
            if fill:
                c.setFillColorRGB(*col(fill))
                p.close()
                c.drawPath(p, stroke=0, fill=1)
            else:
                c.setStrokeColorRGB(*col(color))
                c.setLineWidth(lw * mm)
                c.setLineJoin(1)
                c.drawPath(p, stroke=1, fill=0)
        elif kind == "ellipse":
            _, cx, cy, rx, ry, color, lw, fill = op
            c.setStrokeColorRGB(*col(color))
            c.setLineWidth(lw * mm)
            if fill:
                c.setFillColorRGB(*col(fill))
            c.ellipse(
                (cx - rx) * mm,
                (H - cy - ry) * mm,
                (cx + rx) * mm,
                (H - cy + ry) * mm,
                1,
                1 if fill else 0,
            )
        elif kind == "group":
            _, sub, cx, cy, angle = op
            c.saveState()
            c.translate(cx * mm, (H - cy) * mm)
            c.rotate(angle)
            c.translate(-sub.w / 2 * mm, sub.h / 2 * mm)
            if sub.bg != (255, 255, 255):
                c.setFillColorRGB(*col(sub.bg))
                c.rect(0, -sub.h * mm, sub.w * mm, sub.h * mm, stroke=0, fill=1)
            _draw_rl(c, sub, 0)
            c.restoreState()


def text_pdf(pages, path, title="document"):
    c = canvas.Canvas(
        str(path), pagesize=(pages[0].w * 72 / 25.4, pages[0].h * 72 / 25.4), invariant=1
    )
    c.setTitle(title)
    c.setCreator("")
    for p in pages:
        c.setPageSize((p.w * 72 / 25.4, p.h * 72 / 25.4))
        if p.bg != (255, 255, 255):
            c.setFillColorRGB(*(v / 255 for v in p.bg))
            c.rect(0, 0, p.w * 72 / 25.4, p.h * 72 / 25.4, stroke=0, fill=1)
        _draw_rl(c, p, p.h)
        c.showPage()
    c.save()


def images_pdf(images, path, page_mm=(210, 297), quality=72):
    c = canvas.Canvas(str(path), invariant=1)
    c.setCreator("")
    for im in images:
        w, h = page_mm if im.width < im.height else (page_mm[1], page_mm[0])
        c.setPageSize((w * 72 / 25.4, h * 72 / 25.4))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w * 72 / 25.4, h * 72 / 25.4)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks
def scan_effect(img, rng, tint=(246, 244, 238), skew=0.7):
    a = np.asarray(img).astype(np.float32)
    paper = np.array(tint, np.float32) / 255.0
    a = a * paper
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a += nr.normal(0, 3.0, a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, expand=False, fillcolor=tint)
    return im.filter(ImageFilter.GaussianBlur(0.5))


def phone_photo(img, rng, rot=0, long_side=4000, table=(120, 95, 70), fill=0.72):
    """Photograph a page (PIL image) on a table: perspective, light, cast, blur, rotation."""
    nr = np.random.default_rng(rng.randrange(1 << 30))
    W, H = (3000, long_side) if img.height >= img.width else (long_side, 3000)
    src = np.asarray(img.convert("RGB"))[:, :, ::-1].astype(np.float32)
    sh, sw = src.shape[:2]
    scale = min(W * fill / sw, H * fill / sh)
    cw, ch = sw * scale, sh * scale
    ox, oy = (W - cw) / 2 + rng.uniform(-60, 60), (H - ch) / 2 + rng.uniform(-60, 60)
    j = 0.05 * min(cw, ch)
    dst = np.float32(
        [
            [ox + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + cw + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + cw + rng.uniform(-j, j), oy + ch + rng.uniform(-j, j)],
            [ox + rng.uniform(-j, j), oy + ch + rng.uniform(-j, j)],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    bg = np.empty((H, W, 3), np.float32)
    grain = nr.normal(0, 6, (H // 8 + 1, W // 8 + 1)).astype(np.float32)
    grain = cv2.resize(grain, (W, H))
    for i, v in enumerate(table[::-1]):
        bg[..., i] = v + grain + 10 * np.sin(xx / 57.0 + i)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.GaussianBlur(mask, (5, 5), 0)[..., None]
    out = warped * mask + bg * (1 - mask)
    gx, gy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light = 1.05 - 0.3 * np.hypot(xx - gx, yy - gy) / math.hypot(W, H)
    sx = rng.uniform(0.3, 0.7) * W
    light *= np.where(xx < sx, rng.uniform(0.8, 0.92), 1.0).astype(np.float32)
    light = cv2.GaussianBlur(light.astype(np.float32), (0, 0), 40)
    out *= light[..., None]
    cast = np.array(
        [rng.uniform(0.9, 1.0), rng.uniform(0.95, 1.02), rng.uniform(1.0, 1.08)], np.float32
    )
    out *= cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.5))
    out += nr.normal(0, 4, out.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)[:, :, ::-1]
    if rot:
        out = np.rot90(out, k=rot // 90)
    return Image.fromarray(np.ascontiguousarray(out))


def save_jpg(img, path, quality=85):
    img.convert("RGB").save(str(path), "JPEG", quality=quality, optimize=False)
