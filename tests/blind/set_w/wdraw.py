"""Drawing helpers for set_w: one page API, two back ends (Pillow image, reportlab PDF).

Coordinates are millimetres from the top-left corner; `y` of text is the baseline.
Also holds the check-digit helpers (ICAO 9303 MRZ, IBAN, French RIB key) and the "looks".
"""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "sansb": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "sansi": F + "truetype/liberation/LiberationSans-Italic.ttf",
    "serif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "serifi": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": F + "truetype/liberation/LiberationMono-Regular.ttf",
    "narrow": F + "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "cond": F + "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "condb": F + "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "dejavu": F + "truetype/dejavu/DejaVuSans.ttf",
    "dejavub": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "lato": F + "truetype/lato/Lato-Medium.ttf",
    "latob": F + "truetype/lato/Lato-Black.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Bold.ttf",
    "hand1": F + "truetype/fifthhorseman/dkg.ttf",
    "hand2": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "hand3": F + "truetype/femkeklaver/femkeklaver.ttf",
    "arabic": F + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    # CFF-flavoured OpenType: Pillow only; the PDF back end falls back to a TTF.
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "script": F + "opentype/urw-base35/Z003-MediumItalic.otf",
}
RL_FALLBACK = {"ocrb": "mono", "script": "hand3"}
_RL_DONE = set()
MM = 72.0 / 25.4


def _rl_font(name):
    name = RL_FALLBACK.get(name, name)
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("w_" + name, FONTS[name]))
        _RL_DONE.add(name)
    return "w_" + name


class PilPage:
    """A page drawn with Pillow at a given resolution."""

    def __init__(self, w_mm, h_mm, dpi=150, bg=(255, 255, 255), rng=None):
        self.w, self.h, self.dpi = w_mm, h_mm, dpi
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (round(w_mm * self.k), round(h_mm * self.k)), bg)
        self.d = ImageDraw.Draw(self.img)
        self.rng = rng
        self._fc = {}

    def font(self, name, size):
        px = max(4, round(size * self.dpi / 72.0))
        key = (name, px)
        if key not in self._fc:
            self._fc[key] = ImageFont.truetype(FONTS[name], px)
        return self._fc[key]

    def p(self, x, y):
        return (x * self.k, y * self.k)

    def width(self, s, size, font="sans"):
        return self.font(font, size).getlength(s) / self.k

    def text(self, x, y, s, size=10, font="sans", color=(0, 0, 0), anchor="l", jitter=0.0):
        f = self.font(font, size)
        if jitter and self.rng is not None:
            w = self.width(s, size, font)
            cx = x - (w if anchor == "r" else w / 2 if anchor == "c" else 0)
            for ch in s:
                dy = self.rng.uniform(-jitter, jitter) * size * 0.05
                sz = size * self.rng.uniform(0.95, 1.05)
                self.d.text(
                    self.p(cx, y + dy), ch, font=self.font(font, sz), fill=color, anchor="ls"
                )
                cx += self.width(ch, size, font) * self.rng.uniform(0.97, 1.06)
            return
        kw = {}
        if font == "arabic":
            kw = {"direction": "rtl", "language": "ar"}
        self.d.text(
            self.p(x, y),
            s,
            font=f,
            fill=color,
            anchor={"l": "ls", "c": "ms", "r": "rs"}[anchor],
            **kw,
        )

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0), dash=None):
        if dash:
            n = max(1, int(math.hypot(x2 - x1, y2 - y1) / (dash * 2)))
            for i in range(n):
                a, b = i / n, (i + 0.5) / n
                self.line(
                    x1 + (x2 - x1) * a,
                    y1 + (y2 - y1) * a,
                    x1 + (x2 - x1) * b,
                    y1 + (y2 - y1) * b,
                    width,
                    color,
                )
            return
        self.d.line(
            [self.p(x1, y1), self.p(x2, y2)], fill=color, width=max(1, round(width * self.k))
        )

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.3, radius=0):
        box = [self.p(x, y), self.p(x + w, y + h)]
        lw = max(1, round(width * self.k)) if stroke else 0
        if radius:
            self.d.rounded_rectangle(box, radius * self.k, fill=fill, outline=stroke, width=lw)
        else:
            self.d.rectangle(box, fill=fill, outline=stroke, width=lw)

    def ellipse(self, x, y, w, h, fill=None, stroke=None, width=0.3):
        self.d.ellipse(
            [self.p(x, y), self.p(x + w, y + h)],
            fill=fill,
            outline=stroke,
            width=max(1, round(width * self.k)),
        )

    def poly(self, pts, color=(0, 0, 0), width=0.4):
        self.d.line(
            [self.p(x, y) for x, y in pts],
            fill=color,
            width=max(1, round(width * self.k)),
            joint="curve",
        )

    def image(self, im, x, y, w, h):
        im = im.convert("RGB").resize((round(w * self.k), round(h * self.k)))
        self.img.paste(im, (round(x * self.k), round(y * self.k)))


class PdfPage:
    """The same API drawn into a reportlab canvas (a text PDF)."""

    def __init__(self, c, w_mm=210, h_mm=297, rng=None):
        self.c, self.w, self.h, self.rng = c, w_mm, h_mm, rng

    def width(self, s, size, font="sans"):
        return pdfmetrics.stringWidth(s, _rl_font(font), size) / MM

    def _col(self, color):
        self.c.setFillColorRGB(*[v / 255 for v in color])
        self.c.setStrokeColorRGB(*[v / 255 for v in color])

    def text(self, x, y, s, size=10, font="sans", color=(0, 0, 0), anchor="l", jitter=0.0):
        self._col(color)
        self.c.setFont(_rl_font(font), size)
        X, Y = x * MM, (self.h - y) * MM
        if anchor == "c":
            self.c.drawCentredString(X, Y, s)
        elif anchor == "r":
            self.c.drawRightString(X, Y, s)
        else:
            self.c.drawString(X, Y, s)

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0), dash=None):
        self._col(color)
        self.c.setLineWidth(width * MM)
        self.c.setDash([dash * MM, dash * MM] if dash else [])
        self.c.line(x1 * MM, (self.h - y1) * MM, x2 * MM, (self.h - y2) * MM)
        self.c.setDash([])

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.3, radius=0):
        if fill:
            self.c.setFillColorRGB(*[v / 255 for v in fill])
        if stroke:
            self.c.setStrokeColorRGB(*[v / 255 for v in stroke])
        self.c.setLineWidth(width * MM)
        args = (x * MM, (self.h - y - h) * MM, w * MM, h * MM)
        kw = {"stroke": 1 if stroke else 0, "fill": 1 if fill else 0}
        if radius:
            self.c.roundRect(*args, radius * MM, **kw)
        else:
            self.c.rect(*args, **kw)

    def ellipse(self, x, y, w, h, fill=None, stroke=None, width=0.3):
        if fill:
            self.c.setFillColorRGB(*[v / 255 for v in fill])
        if stroke:
            self.c.setStrokeColorRGB(*[v / 255 for v in stroke])
        self.c.setLineWidth(width * MM)
        self.c.ellipse(
            x * MM,
            (self.h - y) * MM,
            (x + w) * MM,
            (self.h - y - h) * MM,
            stroke=1 if stroke else 0,
            fill=1 if fill else 0,
        )

    def poly(self, pts, color=(0, 0, 0), width=0.4):
        self._col(color)
        self.c.setLineWidth(width * MM)
        p = self.c.beginPath()
        p.moveTo(pts[0][0] * MM, (self.h - pts[0][1]) * MM)
        for x, y in pts[1:]:
            p.lineTo(x * MM, (self.h - y) * MM)
        self.c.drawPath(p, stroke=1, fill=0)

    def image(self, im, x, y, w, h):
        self.c.drawImage(
            ImageReader(im.convert("RGB")), x * MM, (self.h - y - h) * MM, w * MM, h * MM
        )


def text_pdf(path, page_funcs, rng, title=None):
    """Write a text PDF: each function draws one A4 page on a PdfPage."""
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
    for fn in page_funcs:
        fn(PdfPage(c, rng=rng))
        c.showPage()
    c.save()


def render(fn, w_mm=210, h_mm=297, dpi=150, rng=None, bg=(255, 255, 255)):
    pg = PilPage(w_mm, h_mm, dpi, bg=bg, rng=rng)
    fn(pg)
    return pg.img


# ---------------------------------------------------------------- hand-made marks
def signature(pg, x, y, w, h, rng, name, color=(20, 30, 110)):
    """A handwritten signature: a script name and a flourish, inside box (x, y, w, h)."""
    font = rng.choice(["script", "hand3"])
    size = h * 2.0
    pg.text(x + w * 0.08, y + h * 0.7, name, size=size, font=font, color=color)
    tw = min(w * 0.9, pg.width(name, size, font))
    pts = []
    x0, y0 = x + w * 0.05, y + h * 0.8
    for i in range(40):
        t = i / 39
        pts.append((x0 + t * tw * 1.05, y0 + math.sin(t * math.pi * 2.2) * h * 0.12 - t * h * 0.2))
    pg.poly(pts, color=color, width=0.35)


def tick(pg, x, y, s, color=(20, 30, 110)):
    pg.poly(
        [(x + s * 0.15, y + s * 0.55), (x + s * 0.4, y + s * 0.85), (x + s * 0.95, y - s * 0.1)],
        color=color,
        width=0.45,
    )


def face(pg, x, y, w, h, rng, skin=(170, 130, 100), bg=(225, 228, 232)):
    """A plain ID photo: background, shoulders, head (no real person)."""
    pg.rect(x, y, w, h, stroke=None, fill=bg)
    pg.ellipse(x + w * 0.05, y + h * 0.72, w * 0.9, h * 0.28, fill=(60, 62, 70))
    pg.rect(x + w * 0.05, y + h * 0.86, w * 0.9, h * 0.14, stroke=None, fill=(60, 62, 70))
    pg.ellipse(x + w * 0.27, y + h * 0.18, w * 0.46, h * 0.58, fill=skin)
    hair = rng.choice([(25, 20, 18), (50, 35, 25), (15, 15, 15)])
    pg.ellipse(x + w * 0.25, y + h * 0.12, w * 0.5, h * 0.25, fill=hair)


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


def mrz_name(surname, given, n):
    def clean(s):
        out = []
        for ch in s.upper():
            ch = {
                "É": "E",
                "È": "E",
                "Ê": "E",
                "À": "A",
                "Ç": "C",
                "Ó": "O",
                "Í": "I",
                "Á": "A",
                "Ú": "U",
                "Ñ": "N",
                "Ô": "O",
                "Ï": "I",
                "Ë": "E",
            }.get(ch, ch)
            out.append(ch if ch.isalnum() else "<")
        return "".join(out)

    return (clean(surname) + "<<" + clean(given))[:n].ljust(n, "<")


def td3(doc_type, issuer, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = (doc_type + "<")[:2] + issuer + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    opt = optional.ljust(14, "<")
    parts = num + mrz_cd(num), dob + mrz_cd(dob), expiry + mrz_cd(expiry)
    ocd = mrz_cd(opt) if optional else "<"
    comp = mrz_cd(parts[0] + parts[1] + parts[2] + opt + ocd)
    l2 = parts[0] + nat + parts[1] + sex + parts[2] + opt + ocd + comp
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrva(issuer, surname, given, number, nat, dob, sex, expiry, kind="VD"):
    l1 = kind + issuer + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + expiry + mrz_cd(expiry) + "<" * 16
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(doc_type, issuer, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = (doc_type + "<")[:2] + issuer + num + mrz_cd(num) + opt1.ljust(15, "<")
    l2a = dob + mrz_cd(dob) + sex + expiry + mrz_cd(expiry) + nat + opt2.ljust(11, "<")
    comp = mrz_cd(l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29])
    l2 = l2a + comp
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return [l1, l2, l3]


def rib_key(bank, branch, account):
    acc = "".join(
        str("12345678912345678923456789"[ord(c) - 65]) if c.isalpha() else c for c in account
    )
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97))


def iban_fr(bank, branch, account, key=None):
    bban = bank + branch + account + (key or rib_key(bank, branch, account))
    num = "".join(str(int(c, 36)) for c in bban + "FR00")
    return "FR%02d" % (98 - int(num) % 97) + bban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def grp(s, n=4):
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- looks
def _np(im):
    return np.asarray(im.convert("RGB"), dtype=np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_look(im, rng, grey=0.95, angle=None):
    """Flatbed scan: small skew, grey paper, noise, a little blur."""
    a = angle if angle is not None else rng.uniform(-1.2, 1.2)
    paper = tuple(int(255 * grey * f) for f in (1.0, 0.995, 0.98))
    im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    arr = _np(im) * np.array([grey, grey * 0.995, grey * 0.98], dtype=np.float32)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    arr += nr.normal(0, 4.0, arr.shape[:2])[..., None]
    return _pil(arr).filter(ImageFilter.GaussianBlur(0.6))


def phone_look(im, rng, out=(3000, 4000), fill=0.78, rot90=0, table=None):
    """Phone photo of a page or card on a table: perspective, shadow, cast, blur, noise."""
    W, H = out
    src = np.asarray(im.convert("RGB"))
    h, w = src.shape[:2]
    s = min(W * fill / w, H * fill / h)
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045 * min(W, H)
    dst = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dst.append(
            [cx + dx * w * s / 2 + rng.uniform(-j, j), cy + dy * h * s / 2 + rng.uniform(-j, j)]
        )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), np.float32(dst))
    nr = np.random.default_rng(rng.randrange(1 << 30))
    tcol = np.array(
        table or rng.choice([(120, 85, 55), (95, 95, 100), (200, 190, 175)]), np.float32
    )
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    bg = np.ones((H, W, 3), np.float32) * tcol
    bg *= (1 + 0.025 * np.sin(yy / rng.uniform(30, 60) + xx / 300.0))[..., None]
    bg += nr.normal(0, 6, (H, W))[..., None]
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32)
    mask2 = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    mask = mask2[..., None]
    # soft drop shadow of the page
    sh = cv2.GaussianBlur(np.roll(mask2, (18, 18), (0, 1)), (0, 0), 15)
    bg *= (1 - 0.35 * sh)[..., None]
    arr = bg * (1 - mask) + warped * mask
    ang = rng.uniform(0, math.pi * 2)
    grad = (np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)).astype(np.float32)
    arr *= (1 - rng.uniform(0.15, 0.32) * (grad + 0.5))[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    arr *= cast * rng.uniform(0.88, 1.0)
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(1.0, 1.8))
    arr += nr.normal(0, 3.5, arr.shape).astype(np.float32)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    if rot90:
        arr = np.ascontiguousarray(np.rot90(arr, rot90))
    return Image.fromarray(arr)


def save_jpeg(im, path, q=85, dpi=None):
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(path, "JPEG", **kw)


def image_pdf(path, images, rng, dpi=150):
    """A scanner's PDF: each image becomes one JPEG page, no text layer."""
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for im in images:
        buf = io.BytesIO()
        scan_look(im, rng).save(buf, "JPEG", quality=int(rng.uniform(70, 85)), dpi=(dpi, dpi))
        buf.seek(0)
        w, h = im.size
        pw, ph = w / dpi * 72, h / dpi * 72
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        c.showPage()
    c.save()


def on_paper(card, rng, dpi=150, at=(30, 30)):
    """Put a card or passport image on a white A4 sheet (a photocopy / scan of an ID)."""
    pg = Image.new("RGB", (round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)), (255, 255, 255))
    k = dpi / 25.4
    pg.paste(card, (round(at[0] * k), round(at[1] * k)))
    return pg
