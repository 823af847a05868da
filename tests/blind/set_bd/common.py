"""Shared helpers: check digits, fonts, handwriting strokes, looks (scan, photo...)."""

import io
import math
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "SansC": "dejavu/DejaVuSansCondensed.ttf",
    "SansCB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "SerifI": "dejavu/DejaVuSerif-Italic.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "LibB": "liberation/LiberationSans-Bold.ttf",
    "LibN": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibS": "liberation/LiberationSerif-Regular.ttf",
    "LibSB": "liberation/LiberationSerif-Bold.ttf",
    "Hand1": "ecolier-court/Ecolier-court.ttf",
    "Hand2": "fifthhorseman/dkg.ttf",
    "Hand5": "breip/Breip.ttf",
    "Hand3": "humor-sans/Humor-Sans.ttf",
    "Hand4": "rufscript/Rufscript010.ttf",
}
_done = False


def register_fonts():
    global _done
    if _done:
        return
    for name, rel in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, TT + rel))
    pdfmetrics.registerFont(TTFont("CJK", TT + "wqy/wqy-microhei.ttc", subfontIndex=0))
    _done = True


# ---------------------------------------------------------------- check digits
def mrz_char_value(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def mrz_check(s):
    w = (7, 3, 1)
    return str(sum(mrz_char_value(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname, given, width):
    s = surname.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    return (s + "<<" + g).ljust(width, "<")[:width]


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def mrz_td3(doc_type, country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = (doc_type.ljust(2, "<") + country + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pers_cd = mrz_check(pers) if personal else "<"
    body = num + mrz_check(num) + nat + ymd(dob) + mrz_check(ymd(dob)) + sex
    body += ymd(expiry) + mrz_check(ymd(expiry)) + pers + pers_cd
    comp = num + mrz_check(num) + ymd(dob) + mrz_check(ymd(dob))
    comp += ymd(expiry) + mrz_check(ymd(expiry)) + pers + pers_cd
    l2 = body + mrz_check(comp)
    return l1, l2


def mrz_mrva(country, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = ("V<" + country + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    l2 = num + mrz_check(num) + nat + ymd(dob) + mrz_check(ymd(dob)) + sex
    l2 += ymd(expiry) + mrz_check(ymd(expiry)) + optional.ljust(16, "<")
    return l1, l2[:44]


def mrz_td1(doc_type, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = (doc_type.ljust(2, "<") + country + num + mrz_check(num) + opt1.ljust(15, "<"))[:30]
    l2 = ymd(dob) + mrz_check(ymd(dob)) + sex + ymd(expiry) + mrz_check(ymd(expiry)) + nat
    l2 += opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = l2[:29] + mrz_check(comp)
    l3 = mrz_name(surname, given, 30)
    return l1, l2, l3


def _alnum_to_digits(s):
    out = ""
    for c in s.upper():
        if c.isdigit():
            out += c
        else:
            out += str(ord(c) - 55)
    return out


def iban_check(country, bban):
    n = int(_alnum_to_digits(bban + country + "00"))
    return "%02d" % (98 - n % 97)


RIB_LETTERS = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        RIB_LETTERS[_c] = str(_i + 1)


def rib_key(bank, branch, account):
    acc = "".join(RIB_LETTERS.get(c, c) for c in account.upper())
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97))


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    return "FR" + iban_check("FR", bban) + bban, key


def group4(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def fr_date(iso):
    return "%s/%s/%s" % (iso[8:10], iso[5:7], iso[0:4])


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


def fr_words(iso):
    d = int(iso[8:10])
    return "%s %s %s" % ("1er" if d == 1 else d, MOIS[int(iso[5:7]) - 1], iso[0:4])


# ---------------------------------------------------------------- handwriting
def signature(c, x, y, w, h, seed, color=(0.05, 0.1, 0.45)):
    """Draw a scribbled signature of width w and height h with its lower left at x, y."""
    rnd = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    n = rnd.randint(5, 8)
    pts = []
    for i in range(n * 6 + 1):
        t = i / (n * 6)
        px = x + t * w * 0.85 + math.sin(t * n * 2 * math.pi) * w * 0.05
        py = y + h * 0.45 + math.sin(t * n * math.pi * 2 + rnd.random()) * h * 0.38
        py += (rnd.random() - 0.5) * h * 0.12
        pts.append((px, py))
    c.setLineWidth(rnd.uniform(0.8, 1.3))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for i in range(1, len(pts) - 2, 3):
        p.curveTo(*pts[i], *pts[i + 1], *pts[i + 2])
    c.drawPath(p, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(x + w * 0.1, y + h * rnd.uniform(0.05, 0.25))
    p.curveTo(x + w * 0.4, y - h * 0.1, x + w * 0.7, y + h * 0.4, x + w, y + h * 0.2)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def hand_text(c, x, y, text, font="Hand1", size=12, seed=0, color=(0.08, 0.12, 0.5)):
    """Handwriting: a handwriting font with per-character jitter."""
    rnd = random.Random(seed)
    c.saveState()
    c.setFillColorRGB(*color)
    cx = x
    for ch in text:
        s = size * rnd.uniform(0.93, 1.07)
        c.setFont(font, s)
        c.drawString(cx, y + rnd.uniform(-0.8, 0.8), ch)
        cx += pdfmetrics.stringWidth(ch, font, s) * rnd.uniform(0.98, 1.06)
    c.restoreState()


def new_canvas(size=A4):
    register_fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1)
    return c, buf


def finish(c, buf):
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- looks
def render(pdf_bytes, dpi=200):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def scan_look(img, seed, skew=1.2, grey=236):
    rnd = random.Random(seed)
    arr = np.asarray(img).astype(np.float32)
    tint = np.array([grey, grey - rnd.randint(0, 4), grey - rnd.randint(2, 10)], np.float32)
    arr = arr / 255.0 * tint
    nrng = np.random.default_rng(seed)
    arr += nrng.normal(0, 4, arr.shape[:2])[..., None]
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    im = im.rotate(
        rnd.uniform(-skew, skew),
        resample=Image.BICUBIC,
        expand=False,
        fillcolor=(grey, grey, grey - 6),
    )
    return im.filter(ImageFilter.GaussianBlur(rnd.uniform(0.3, 0.7)))


def jpeg_bytes(img, q=85):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def image_pdf(images, seed, dpi=150):
    """A scanner's PDF: JPEG pages, no text layer."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader

    for k, img in enumerate(images):
        im = scan_look(img, seed + k)
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=72)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def phone_photo(img, seed, long_side=3000, rotate=0, table=(112, 86, 62)):
    """Page or card lying on a table, photographed with a phone."""
    rnd = random.Random(seed)
    w, h = img.size
    portrait = h >= w
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    nrng = np.random.default_rng(seed)
    bg = np.zeros((H, W, 3), np.float32) + np.array(table, np.float32)
    bg += nrng.normal(0, 9, (H, W))[..., None]
    scale = min(W, H) * rnd.uniform(0.72, 0.84) / min(w, h)
    tw, th = w * scale, h * scale
    cx, cy = W / 2 + rnd.uniform(-0.04, 0.04) * W, H / 2 + rnd.uniform(-0.04, 0.04) * H
    j = 0.045 * min(W, H)
    dst = np.float32(
        [
            [cx - tw / 2 + rnd.uniform(-j, j), cy - th / 2 + rnd.uniform(-j, j)],
            [cx + tw / 2 + rnd.uniform(-j, j), cy - th / 2 + rnd.uniform(-j, j)],
            [cx + tw / 2 + rnd.uniform(-j, j), cy + th / 2 + rnd.uniform(-j, j)],
            [cx - tw / 2 + rnd.uniform(-j, j), cy + th / 2 + rnd.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(np.asarray(img).astype(np.float32), m, (W, H))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))[..., None]
    out = bg * (1 - mask) + page * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rnd.uniform(0, W), rnd.uniform(0, H)
    light = 1.05 - 0.35 * np.sqrt(((xx - gx) / W) ** 2 + ((yy - gy) / H) ** 2)
    sx = rnd.uniform(0.2, 0.8) * W
    shadow = 1 - 0.28 / (1 + np.exp(-(xx - sx - 0.3 * (yy - H / 2)) / (0.03 * W)))
    out = out * (light * shadow)[..., None]
    cast = np.array([rnd.uniform(1.0, 1.06), 1.0, rnd.uniform(0.86, 0.96)], np.float32)
    out = np.clip(out * cast + nrng.normal(0, 3, (H, W))[..., None], 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rnd.uniform(0.8, 1.6))
    im = Image.fromarray(out)
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im


def card_on_sheet(card, seed, dpi=300):
    """An ID-1 card image placed on a white A4 sheet, as photocopied or scanned."""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    sheet = Image.new("RGB", (W, H), (250, 250, 248))
    x, y = int(rnd.uniform(0.1, 0.3) * W), int(rnd.uniform(0.06, 0.2) * H)
    sheet.paste(card, (x, y))
    return sheet


def screenshot_frame(img, status_time="09:41", size=(1170, 2532)):
    W, H = size
    out = Image.new("RGB", (W, H), (255, 255, 255))
    ImageDraw.Draw(out)
    r = img.resize((W, int(img.size[1] * W / img.size[0])))
    out.paste(r, (0, 0))
    return out
