"""Shared helpers for set_bh: fonts, check digits, pen strokes, rasterising and looks."""

import io
import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "Cond": "dejavu/DejaVuSansCondensed.ttf",
    "CondB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "SerifI": "dejavu/DejaVuSerif-Italic.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "LatoB": "lato/Lato-Bold.ttf",
    "LatoL": "lato/Lato-Light.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "CarlitoB": "crosextra/Carlito-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "CaladeaB": "crosextra/Caladea-Bold.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "LibB": "liberation/LiberationSans-Bold.ttf",
    "LibN": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": "liberation/LiberationSerif-Bold.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "MonoB": "liberation/LiberationMono-Bold.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "OpenB": "open-sans/OpenSans-Bold.ttf",
    "OpenSB": "open-sans/OpenSans-Semibold.ttf",
    "RobC": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobCB": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "H_breip": "breip/Breip.ttf",
    "H_ecolier": "ecolier-court/Ecolier-court.ttf",
    "H_femke": "femkeklaver/femkeklaver.ttf",
    "H_dkg": "fifthhorseman/dkg.ttf",
    "H_humor": "humor-sans/Humor-Sans.ttf",
    "H_ruf": "rufscript/Rufscript010.ttf",
}
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
_done = False


def register_fonts():
    global _done
    if _done:
        return
    for name, rel in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, FD + rel))
    _done = True


# ---------------------------------------------------------------- check digits
def _val(ch):
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_cd(s):
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def _pad(s, n):
    return (s + "<" * n)[:n]


def mrz_name(surname, given, n):
    sur = surname.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    giv = given.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    return _pad(sur + "<<" + giv, n)


def td3(country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = "P<" + country + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    p = _pad(personal, 14)
    pcd = mrz_cd(p) if personal else "<"
    core = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + p + pcd
    comp = core[0:10] + core[13:20] + core[21:43]
    return [l1, core + mrz_cd(comp)]


def td1(code, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = _pad(number, 9)
    l1 = code + country + num + mrz_cd(num) + _pad(opt1, 15)
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + _pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def mrva(code, country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = code + country + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + _pad(opt, 16)
    return [l1, l2]


def _letters_to_digits(s):
    return "".join(str(_val(c)) if c.isalpha() else c for c in s)


def iban(country, bban):
    num = int(_letters_to_digits(bban + country + "00"))
    return f"{country}{98 - num % 97:02d}{bban}"


_RIBMAP = {}
for _digit, _letters in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _ch in _letters:
        _RIBMAP[_ch] = str(_digit + 1)


def rib_key(bank, branch, account):
    acc = int("".join(_RIBMAP.get(c, c) for c in account))
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97:02d}"


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def spaced(s, n=4):
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- drawing helpers
INK_BLUE = (0.08, 0.13, 0.48)
INK_BLACK = (0.1, 0.1, 0.14)


def hand(c, x, y, text, rng, font="H_ecolier", size=13, ink=INK_BLUE, spread=1.0):
    """Write text char by char with jitter, like a pen."""
    c.saveState()
    c.setFillColorRGB(*ink)
    base = rng.uniform(-1.2, 1.2)
    for ch in text:
        c.saveState()
        dy = rng.gauss(0, 0.6) * spread
        c.translate(x, y + dy)
        c.rotate(base + rng.gauss(0, 2.0) * spread)
        sz = size * rng.uniform(0.94, 1.06)
        c.setFont(font, sz)
        c.drawString(0, 0, ch)
        c.restoreState()
        x += pdfmetrics.stringWidth(ch, font, size) * rng.uniform(0.97, 1.08)
    c.restoreState()
    return x


def comb_hand(c, x, y, text, cell, rng, font="H_ecolier", size=12, ink=INK_BLUE):
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        w = pdfmetrics.stringWidth(ch, font, size)
        hand(c, x + i * cell + (cell - w) / 2 + rng.gauss(0, 0.6), y, ch, rng, font, size, ink)


def signature(c, x, y, w, h, rng, ink=INK_BLUE, width=1.1):
    """A handwritten signature: random pen curves with a flourish."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    px, py = x + rng.uniform(0, 0.1) * w, y + h * rng.uniform(0.3, 0.7)
    p.moveTo(px, py)
    n = rng.randint(5, 9)
    for i in range(n):
        nx = x + w * (i + 1) / (n + 1) + rng.uniform(-0.05, 0.05) * w
        ny = y + h * rng.uniform(0.1, 0.95)
        p.curveTo(
            px + rng.uniform(-0.1, 0.25) * w,
            y + h * rng.uniform(0, 1.1),
            nx - rng.uniform(-0.1, 0.2) * w,
            y + h * rng.uniform(-0.1, 1.0),
            nx,
            ny,
        )
        px, py = nx, ny
    c.setLineWidth(width * rng.uniform(0.85, 1.2))
    c.drawPath(p, stroke=1, fill=0)
    q = c.beginPath()
    sx = x + w * rng.uniform(0.05, 0.3)
    sy = y + h * rng.uniform(0.05, 0.3)
    q.moveTo(sx, sy)
    q.curveTo(
        sx + w * 0.3,
        sy + h * rng.uniform(-0.3, 0.2),
        x + w * 0.7,
        sy + h * rng.uniform(-0.2, 0.4),
        x + w * rng.uniform(0.85, 1.0),
        sy + h * rng.uniform(0.1, 0.5),
    )
    c.setLineWidth(width * 0.8)
    c.drawPath(q, stroke=1, fill=0)
    if rng.random() < 0.6:
        dx, dy = x + w * rng.uniform(0.4, 0.9), y + h * rng.uniform(0.7, 1.0)
        c.circle(dx, dy, 0.6, stroke=1, fill=1)
    c.restoreState()


def stamp(c, x, y, r, lines, rng, color=(0.2, 0.25, 0.65), center=""):
    """Round rubber stamp with text around and in the middle."""
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-25, 25))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.3)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.72)
    text = lines[0]
    fs = r * 0.2
    n = len(text)
    for i, ch in enumerate(text):
        a = math.pi / 2 + math.pi * 0.85 * (0.5 - i / max(n - 1, 1)) * 1.9
        c.saveState()
        c.translate(r * 0.84 * math.cos(a), r * 0.84 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont("SansB", fs)
        c.drawCentredString(0, -fs / 3, ch)
        c.restoreState()
    c.setFont("SansB", r * 0.17)
    for i, ln in enumerate(lines[1:]):
        c.drawCentredString(0, r * 0.12 - i * r * 0.22, ln)
    if center:
        c.setFont("SansB", r * 0.3)
        c.drawCentredString(0, -r * 0.45, center)
    c.restoreState()


def rect_stamp(c, x, y, lines, rng, color=(0.55, 0.1, 0.15), size=7.5):
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    w = max(pdfmetrics.stringWidth(s, "SansB", size) for s in lines) + 10
    h = len(lines) * (size + 2) + 6
    c.setLineWidth(1.2)
    c.rect(0, 0, w, h)
    c.setFont("SansB", size)
    for i, s in enumerate(lines):
        c.drawString(5, h - 4 - (i + 1) * (size + 2) + 2, s)
    c.restoreState()


def portrait(c, x, y, w, h, rng, tone=None, bg=(0.86, 0.88, 0.9)):
    """A simple photo: background, shoulders, head."""
    c.saveState()
    c.setFillColorRGB(*bg)
    c.rect(x, y, w, h, stroke=0, fill=1)
    tone = tone or (0.55, 0.4, 0.3)
    cloth = (rng.uniform(0.1, 0.4), rng.uniform(0.1, 0.3), rng.uniform(0.15, 0.45))
    c.setFillColorRGB(*cloth)
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x, y + h * 0.3, x + w * 0.2, y + h * 0.36, x + w * 0.5, y + h * 0.36)
    p.curveTo(x + w * 0.8, y + h * 0.36, x + w, y + h * 0.3, x + w, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColorRGB(*tone)
    c.rect(x + w * 0.42, y + h * 0.3, w * 0.16, h * 0.12, stroke=0, fill=1)
    c.ellipse(x + w * 0.28, y + h * 0.38, x + w * 0.72, y + h * 0.88, stroke=0, fill=1)
    c.setFillColorRGB(0.12, 0.1, 0.09)
    c.ellipse(x + w * 0.27, y + h * 0.7, x + w * 0.73, y + h * 0.93, stroke=0, fill=1)
    c.setFillColorRGB(*tone)
    c.ellipse(x + w * 0.3, y + h * 0.45, x + w * 0.7, y + h * 0.78, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.08, 0.08)
    c.circle(x + w * 0.42, y + h * 0.64, w * 0.025, stroke=0, fill=1)
    c.circle(x + w * 0.58, y + h * 0.64, w * 0.025, stroke=0, fill=1)
    c.restoreState()


def guilloche(c, x, y, w, h, rng, color=(0.75, 0.85, 0.8), n=40):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.3)
    ph = rng.uniform(0, 6)
    for k in range(n):
        p = c.beginPath()
        for i in range(61):
            t = i / 60
            xx = x + w * t
            yy = y + h * (k / n) + h / n * 2 * math.sin(t * 12 + k * 0.4 + ph)
            p.moveTo(xx, yy) if i == 0 else p.lineTo(xx, yy)
        c.drawPath(p)
    c.restoreState()


def mrz_image(lines, px_h=34):
    """Render MRZ lines in OCR-B with PIL (reportlab cannot embed CFF fonts)."""
    font = ImageFont.truetype(OCRB, px_h)
    n = max(len(s) for s in lines)
    cw = font.getlength("M")
    im = Image.new("L", (int(cw * n + 20), int(px_h * 1.45 * len(lines) + 10)), 255)
    d = ImageDraw.Draw(im)
    for i, s in enumerate(lines):
        d.text((10, 5 + i * px_h * 1.45), s, font=font, fill=20)
    return im


def draw_mrz(c, x, y, w, lines):
    im = mrz_image(lines)
    h = w * im.height / im.width
    c.drawImage(ImageReader(im.convert("RGB")), x, y, w, h, mask=[250, 255, 250, 255, 250, 255])


# ---------------------------------------------------------------- pdf + raster
def make_pdf(pages, size):
    """pages: list of draw functions f(canvas, w, h). Returns PDF bytes."""
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    for f in pages:
        f(c, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def raster(pdf_bytes, dpi=200):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def _np(img):
    return np.asarray(img).astype(np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scanned(img, rng, paper=(242, 240, 232), skew=0.8):
    """Flatbed scan: grey paper, slight skew, noise, soft blur."""
    a = _np(img)
    a = a * (np.array(paper) / 255.0)
    a = a * rng.uniform(0.92, 0.98) + rng.uniform(4, 12)
    im = _pil(a).rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=paper)
    g = np.random.default_rng(rng.randint(0, 2**31))
    a = _np(im) + g.normal(0, 3.0, (im.height, im.width, 1))
    return _pil(a).filter(ImageFilter.GaussianBlur(0.5))


def jpeg(img, quality=82):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, optimize=False)
    return b.getvalue()


def image_pdf(images, rng, dpi=200):
    """Scanner PDF: pages as JPEG images, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for im in images:
        sc = scanned(im, rng)
        w, h = sc.width * 72 / dpi, sc.height * 72 / dpi
        c.setPageSize((w, h))
        data = Image.open(io.BytesIO(jpeg(sc, rng.randint(70, 85))))
        c.drawImage(ImageReader(data), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def _table(w, h, rng):
    g = np.random.default_rng(rng.randint(0, 2**31))
    kind = rng.choice(["wood", "white", "grey", "dark"])
    base = {
        "wood": (150, 105, 70),
        "white": (225, 222, 215),
        "grey": (120, 122, 125),
        "dark": (55, 50, 48),
    }[kind]
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(ys / rng.uniform(9, 20) + 3 * np.sin(xs / 300.0)) * 14
        a += grain[..., None]
    a += g.normal(0, 5, (h, w, 1)).astype(np.float32)
    return a


def phone_photo(img, rng, long_side=None, rot=None, margin=(0.08, 0.2)):
    """A phone photo of a page or card on a table."""
    long_side = long_side or rng.choice([3024, 3264, 4000, 2592])
    portrait_doc = img.height >= img.width
    if portrait_doc:
        W, H = int(long_side * 3 / 4), long_side
    else:
        W, H = long_side, int(long_side * 3 / 4)
    bg = _table(W, H, rng)
    m = rng.uniform(*margin)
    scale = min(W * (1 - 2 * m) / img.width, H * (1 - 2 * m) / img.height)
    dw, dh = img.width * scale, img.height * scale
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.04 * min(dw, dh)
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
            [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    M = cv2.getPerspectiveTransform(src, dst)
    doc = np.asarray(img.convert("RGB"), np.float32)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones(doc.shape[:2], np.float32), M, (W, H))
    msh = cv2.GaussianBlur(mask, (0, 0), 18)
    bg *= 1 - 0.45 * np.clip(np.roll(msh, (int(H * 0.01), int(W * 0.012)), (0, 1)), 0, 1)[..., None]
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * (xs / W - 0.5) + np.sin(ang) * (ys / H - 0.5)) * rng.uniform(0.2, 0.45)
    light = 1 + grad
    if rng.random() < 0.6:
        sx = rng.uniform(0.2, 0.8) * W
        light *= 1 - 0.22 / (1 + np.exp(-(xs - sx - (ys - H / 2) * 0.4) / 60.0))
    vig = 1 - 0.25 * (((xs / W - 0.5) ** 2 + (ys / H - 0.5) ** 2) * 2)
    a = a * (light * vig)[..., None]
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.97, 1.03), rng.uniform(0.88, 1.0)])
    a = a * cast
    g = np.random.default_rng(rng.randint(0, 2**31))
    a += g.normal(0, 4.0, a.shape[:2])[..., None]
    a = cv2.GaussianBlur(np.clip(a, 0, 255), (0, 0), rng.uniform(0.8, 1.6))
    out = _pil(a)
    rot = rng.choice([0, 0, 0, 90, 270, 180]) if rot is None else rot
    if rot:
        out = out.rotate(rot, expand=True)
    return out
