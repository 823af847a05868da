"""Page model, renderers (text PDF, scan, image PDF, phone photo) and check-digit helpers."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

FONTS = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sansb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serifb": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "carlitob": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "free": "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "freeb": "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "hand": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "hand2": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "sign": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
}
PDF_OK = {"sans", "sansb", "serif", "serifb", "carlito", "carlitob", "free", "freeb", "mono"}
_registered = set()
_pil_cache = {}


def _pdf_font(key):
    if key not in PDF_OK:
        key = "sans"
    if key not in _registered:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _registered.add(key)
    return "F_" + key


def _pil_font(key, px):
    k = (key, px)
    if k not in _pil_cache:
        _pil_cache[k] = ImageFont.truetype(FONTS[key], px)
    return _pil_cache[k]


class Page:
    """A page in millimetres, origin top-left; y of text is its baseline."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, s, font, size, color, align))

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), width=0.3):
        self.ops.append(("rect", x, y, w, h, fill, stroke, width))

    def ellipse(self, x, y, w, h, fill=(150, 150, 150)):
        self.ops.append(("ellipse", x, y, w, h, fill))

    def lines(self, x, y, rows, font="sans", size=9, lead=None, color=(0, 0, 0)):
        lead = lead or size * 0.45
        for i, r in enumerate(rows):
            self.text(x, y + i * lead, r, font, size, color)
        return y + len(rows) * lead


PT = 25.4 / 72.0  # one point in mm


def to_pdf(pages, path):
    c = canvas.Canvas(str(path), invariant=1, pagesize=(pages[0].w / PT, pages[0].h / PT))
    for p in pages:
        c.setPageSize((p.w / PT, p.h / PT))
        for op in p.ops:
            _pdf_op(c, p, op)
        c.showPage()
    c.save()


def _mm(v):
    return v / PT


def _pdf_op(c, p, op):
    kind = op[0]
    if kind == "text":
        _, x, y, s, font, size, color, align = op
        c.setFont(_pdf_font(font), size)
        c.setFillColorRGB(*[v / 255 for v in color])
        fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
        fn(_mm(x), _mm(p.h - y), s)
    elif kind == "line":
        _, x1, y1, x2, y2, w, color = op
        c.setStrokeColorRGB(*[v / 255 for v in color])
        c.setLineWidth(_mm(w))
        c.line(_mm(x1), _mm(p.h - y1), _mm(x2), _mm(p.h - y2))
    elif kind == "rect":
        _, x, y, w, h, fill, stroke, width = op
        if fill:
            c.setFillColorRGB(*[v / 255 for v in fill])
        if stroke:
            c.setStrokeColorRGB(*[v / 255 for v in stroke])
            c.setLineWidth(_mm(width))
        c.rect(
            _mm(x),
            _mm(p.h - y - h),
            _mm(w),
            _mm(h),
            fill=1 if fill else 0,
            stroke=1 if stroke else 0,
        )
    elif kind == "ellipse":
        _, x, y, w, h, fill = op
        c.setFillColorRGB(*[v / 255 for v in fill])
        c.ellipse(_mm(x), _mm(p.h - y - h), _mm(x + w), _mm(p.h - y), fill=1, stroke=0)


def to_image(p, dpi):
    k = dpi / 25.4
    img = Image.new("RGB", (round(p.w * k), round(p.h * k)), p.bg)
    d = ImageDraw.Draw(img)
    for op in p.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, align = op
            f = _pil_font(font, max(6, round(size * PT * k)))
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor)
        elif kind == "line":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=max(1, round(w * k)))
        elif kind == "rect":
            _, x, y, w, h, fill, stroke, width = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, round(width * k)) if stroke else 0,
            )
        elif kind == "ellipse":
            _, x, y, w, h, fill = op
            d.ellipse([x * k, y * k, (x + w) * k, (y + h) * k], fill=fill)
    return img


def on_a4(card, x=20, y=20):
    """Place a card page's ops onto an A4 page (as it lies on a scanner glass)."""
    pg = Page()
    pg.rect(x, y, card.w, card.h, fill=card.bg, stroke=(180, 180, 180), width=0.2)
    for op in card.ops:
        o = list(op)
        if o[0] in ("text", "rect", "ellipse"):
            o[1] += x
            o[2] += y
        elif o[0] == "line":
            o[1] += x
            o[2] += y
            o[3] += x
            o[4] += y
        pg.ops.append(tuple(o))
    return pg


def scan_effect(img, rng, grey=True):
    a = np.asarray(img.convert("L") if grey else img).astype(np.float32)
    a = a * rng.uniform(0.86, 0.93) + rng.uniform(8, 16)  # greyish paper
    h, w = a.shape[:2]
    ang = rng.uniform(-1.6, 1.6)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    border = float(a.max())
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, 4.0, a.shape)
    a = cv2.GaussianBlur(a, (3, 3), 0.6)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def save_jpeg(img, path, dpi, q=82):
    img.save(str(path), "JPEG", quality=q, dpi=(dpi, dpi))


def to_image_pdf(images, path, dpi):
    first = images[0]
    c = canvas.Canvas(
        str(path), invariant=1, pagesize=(first.width * 72 / dpi, first.height * 72 / dpi)
    )
    for im in images:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=75)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def phone_photo(img, rng, long_side=3200, rot90=0):
    """A page/card photographed on a table: perspective, shadow, cast, blur."""
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    W, H = long_side, int(long_side * 0.75)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:H, 0:W]
    wood = 120 + 25 * np.sin(xx / 37.0 + 3 * np.sin(yy / 211.0)) + nrng.normal(0, 6, (H, W))
    bg = np.stack([wood * 1.05, wood * 0.8, wood * 0.55], axis=2)
    sh, sw = src.shape[:2]
    scale = min(W * 0.78 / sw, H * 0.78 / sh)
    cx, cy = W / 2 + rng.uniform(-80, 80), H / 2 + rng.uniform(-60, 60)
    hw, hh = sw * scale / 2, sh * scale / 2
    j = [rng.uniform(-0.05, 0.05) * hw for _ in range(8)]
    dst = np.float32(
        [
            [cx - hw + j[0], cy - hh + j[1]],
            [cx + hw + j[2], cy - hh + j[3]],
            [cx + hw + j[4], cy + hh + j[5]],
            [cx - hw + j[6], cy + hh + j[7]],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 1.0)[..., None]
    out = warped * mask + bg * (1 - mask)
    # uneven light and a soft shadow
    gx = rng.uniform(0.75, 0.9) + (1 - rng.uniform(0.75, 0.9)) * (xx / W)
    light = gx * (0.92 + 0.08 * np.cos((yy - H * rng.random()) / H * math.pi))
    sx = int(W * rng.uniform(0.55, 0.75))
    shadow = np.where(xx > sx, 0.72, 1.0).astype(np.float32)
    shadow = cv2.GaussianBlur(shadow, (0, 0), 60)
    out = out * (light * shadow)[..., None]
    out = out * np.float32([1.04, 1.0, 0.9])  # warm cast
    out = cv2.GaussianBlur(out, (0, 0), 1.3) + nrng.normal(0, 3.5, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    for _ in range(rot90):
        out = np.rot90(out)
    return Image.fromarray(np.ascontiguousarray(out))


# ---- ICAO 9303 and bank check digits -------------------------------------------------------


def mrz_cd(s):
    w = (7, 3, 1)
    t = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        t += v * w[i % 3]
    return str(t % 10)


def _name_field(surname, given, n):
    s = surname.replace("-", "<").replace(" ", "<") + "<<" + given.replace(" ", "<")
    s = s.replace("'", "")
    return (s + "<" * n)[:n]


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = (doc_type + "<")[:2] + country + _name_field(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (optional + "<" * 14)[:14]
    d, e = dob.replace("-", "")[2:], exp.replace("-", "")[2:]
    ocd = mrz_cd(opt) if optional else "<"
    body = num + mrz_cd(num) + nat + d + mrz_cd(d) + sex + e + mrz_cd(e) + opt + ocd
    comp = num + mrz_cd(num) + d + mrz_cd(d) + e + mrz_cd(e) + opt + ocd
    return l1, body + mrz_cd(comp)


def mrv_a(country, surname, given, number, nat, dob, sex, exp):
    l1 = "V<" + country + _name_field(surname, given, 39)
    num = (number + "<" * 9)[:9]
    d, e = dob.replace("-", "")[2:], exp.replace("-", "")[2:]
    l2 = num + mrz_cd(num) + nat + d + mrz_cd(d) + sex + e + mrz_cd(e)
    return l1, (l2 + "<" * 44)[:44]


def rib_key(bank, branch, account):
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97))


def fr_iban(bank, branch, account):
    bban = bank + branch + account + rib_key(bank, branch, account)
    num = int(bban + "152700")
    return "FR%02d%s" % (98 - num % 97, bban)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def group4(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def fr_date(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr_words(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"
