"""Shared helpers: fonts, check digits, MRZ, IBAN/RIB, signatures, looks."""

import io
import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "Cond": "dejavu/DejaVuSansCondensed.ttf",
    "CondB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "SerifI": "dejavu/DejaVuSerif-Italic.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "Arial": "liberation/LiberationSans-Regular.ttf",
    "ArialB": "liberation/LiberationSans-Bold.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "NarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "Times": "liberation/LiberationSerif-Regular.ttf",
    "TimesB": "liberation/LiberationSerif-Bold.ttf",
    "Courier": "liberation/LiberationMono-Regular.ttf",
    "FreeSans": "freefont/FreeSans.ttf",
    "FreeSansB": "freefont/FreeSansBold.ttf",
    "Hand1": "ecolier-court/Ecolier-court.ttf",
    "Hand2": "femkeklaver/femkeklaver.ttf",
    "Hand3": "breip/Breip.ttf",
    "Hand4": "rufscript/Rufscript010.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, TT + _p))

BLUE_INK = Color(0.08, 0.15, 0.55)
BLACK_INK = Color(0.1, 0.1, 0.12)

# ---------------------------------------------------------------- check digits


def _cv(ch):
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_cd(s):
    w = (7, 3, 1)
    return str(sum(_cv(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname, given, width):
    import unicodedata

    def clean(t):
        t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().upper()
        t = t.replace("'", "").replace("-", "<").replace(" ", "<")
        return t

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * width)[:width]


def pad(s, n):
    return (s + "<" * n)[:n]


def ymd(d):
    return d[2:4] + d[5:7] + d[8:10]


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = pad(doc_type, 2) + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    o = pad(opt, 14)
    body = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp)
    body += mrz_cd(ymd(exp)) + o + mrz_cd(o)
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + mrz_cd(comp)]


def mrva(country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp)
    l2 += mrz_cd(ymd(exp)) + pad(opt, 16)
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + country + num + mrz_cd(num) + pad(opt1, 15)
    l2 = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp)) + nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def iban_make(cc, bban):
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(conv) % 97) + bban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


RIBMAP = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank, branch, account):
    acc = int("".join(RIBMAP.get(c, c) for c in account))
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97)


def fr_iban(bank, branch, account):
    return iban_make("FR", bank + branch + account + rib_key(bank, branch, account))


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def siret_fix(prefix13):
    for d in "0123456789":
        if luhn_ok(prefix13 + d):
            return prefix13 + d
    raise ValueError


def fr_date(d):
    return d[8:10] + "/" + d[5:7] + "/" + d[0:4]


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


def fr_words(d):
    day = int(d[8:10])
    return "%s %s %s" % ("1er" if day == 1 else day, MOIS[int(d[5:7]) - 1], d[0:4])


# ---------------------------------------------------------------- drawing helpers


def signature(c, x, y, rng, w=110, h=30, ink=BLUE_INK, lw=1.1):
    """Handwritten-looking signature: random connected loops (no text)."""
    c.saveState()
    c.setStrokeColor(ink)
    c.setLineWidth(lw)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    px, py = x, y + h * rng.uniform(0.2, 0.6)
    p.moveTo(px, py)
    n = rng.randint(5, 8)
    for i in range(n):
        nx = x + w * (i + 1) / n + rng.uniform(-6, 6)
        ny = y + h * rng.uniform(0.0, 1.0)
        p.curveTo(
            px + rng.uniform(-10, 25),
            py + rng.uniform(-h, h) * 0.9,
            nx + rng.uniform(-25, 10),
            ny + rng.uniform(-h, h) * 0.9,
            nx,
            ny,
        )
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    p = c.beginPath()
    sx = x + rng.uniform(-5, w * 0.3)
    p.moveTo(sx, y + h * 0.2)
    p.curveTo(
        sx + w * 0.3,
        y - h * 0.25,
        sx + w * 0.6,
        y + h * 0.4,
        x + w * rng.uniform(0.8, 1.1),
        y + h * rng.uniform(0.0, 0.3),
    )
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def stamp(c, x, y, r, lines, rng, color=None, font="SansB"):
    """Round rubber stamp with text lines inside."""
    color = color or Color(0.15, 0.25, 0.65, alpha=0.75)
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-18, 18))
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.82)
    c.setFont(font, r * 0.16)
    for i, t in enumerate(lines):
        c.drawCentredString(0, r * 0.25 - i * r * 0.22, t)
    c.restoreState()


def silhouette(c, x, y, w, h, bg=(0.85, 0.87, 0.9)):
    c.saveState()
    c.setFillColorRGB(*bg)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(0.35, 0.33, 0.32)
    c.ellipse(x + w * 0.3, y + h * 0.42, x + w * 0.7, y + h * 0.88, stroke=0, fill=1)
    c.ellipse(x + w * 0.08, y - h * 0.25, x + w * 0.92, y + h * 0.42, stroke=0, fill=1)
    c.restoreState()


def guilloche(c, x, y, w, h, rng, color=(0.7, 0.8, 0.85), n=14):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.25)
    for k in range(n):
        p = c.beginPath()
        ph = rng.uniform(0, 6.28)
        amp = h * rng.uniform(0.05, 0.2)
        yy = y + h * (k + 0.5) / n
        p.moveTo(x, yy)
        for i in range(1, 61):
            xx = x + w * i / 60
            p.lineTo(xx, yy + amp * math.sin(ph + i * 0.35))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def make_pdf(pages, size):
    """pages: list of callables f(c, w, h). Returns PDF bytes."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    for f in pages:
        f(c, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def raster(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


# ---------------------------------------------------------------- looks


def look_scan(img, rng, grey=True):
    a = np.asarray(img).astype(np.float32)
    if grey:
        a = a * np.array([0.95, 0.945, 0.93]) + 4
    ang = rng.uniform(-1.2, 1.2)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=(235, 235, 232))
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    a = a + nrng.normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.5))


def look_photo(img, rng, long_side=3200, rot90=0, table=(120, 95, 70)):
    """Page/card on a table: perspective, shadow, light gradient, cast, blur."""
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    W, H = (long_side, int(long_side * 0.75))
    if img.height > img.width:
        W, H = H, W
    sc = min(W * 0.8 / img.width, H * 0.8 / img.height)
    pw, ph = int(img.width * sc), int(img.height * sc)
    src = np.asarray(img.resize((pw, ph), Image.LANCZOS)).astype(np.float32)
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    bg += nrng.normal(0, 6, (H, W, 1))
    bg = cv2.GaussianBlur(bg, (0, 0), 3)
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.045, 0.045) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy + ph / 2 + j()],
            [cx - pw / 2 + j(), cy + ph / 2 + j()],
        ]
    )
    srcp = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(srcp, dst)
    warped = cv2.warpPerspective(src, m, (W, H))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 18, 0), 14, 1), (0, 0), 20)
    bg = bg * (1 - 0.45 * sh[..., None])
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    grad = np.cos(ang) * xx / W + np.sin(ang) * yy / H
    light = 1.0 - 0.22 * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    a = a * light[..., None]
    # soft shadow of the phone/hand across one corner
    blob = np.exp(
        -(
            ((xx - W * rng.uniform(0.6, 1)) / (W * 0.3)) ** 2
            + ((yy - H * rng.uniform(0.6, 1)) / (H * 0.3)) ** 2
        )
    )
    a = a * (1 - 0.3 * blob[..., None])
    a = a * np.array([1.03, 1.0, 0.9]) + nrng.normal(0, 3, a.shape)
    a = cv2.GaussianBlur(np.clip(a, 0, 255), (0, 0), rng.uniform(0.8, 1.5))
    out = Image.fromarray(a.astype(np.uint8))
    if rot90:
        out = out.rotate(90 * rot90, expand=True)
    return out


def jpeg_bytes(img, q=85):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def images_to_pdf(imgs, dpi):
    """Scanner PDF: JPEG page images, no text layer."""
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for im in imgs:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, 70))), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def on_a4(card_img, rng, dpi=200, pos=(0.12, 0.08)):
    """Put a card image (rendered at dpi) on a white A4 page as a copier would."""
    page = Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), (250, 250, 248))
    x = int(page.width * pos[0] + rng.uniform(-20, 20))
    y = int(page.height * pos[1] + rng.uniform(-20, 20))
    page.paste(card_img, (x, y))
    return page
