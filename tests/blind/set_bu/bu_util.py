"""Shared helpers for set_bu: fonts, check digits, pen strokes, stamps, rendering, looks."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

FT = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "SansC": "dejavu/DejaVuSansCondensed.ttf",
    "SansCB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "SerifI": "dejavu/DejaVuSerif-Italic.ttf",
    "Times": "liberation/LiberationSerif-Regular.ttf",
    "TimesB": "liberation/LiberationSerif-Bold.ttf",
    "TimesI": "liberation/LiberationSerif-Italic.ttf",
    "Arial": "liberation/LiberationSans-Regular.ttf",
    "ArialB": "liberation/LiberationSans-Bold.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "NarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
    "MonoB": "liberation/LiberationMono-Bold.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "LatoB": "lato/Lato-Bold.ttf",
    "LatoL": "lato/Lato-Light.ttf",
    "Roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobotoB": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobotoM": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "OpenB": "open-sans/OpenSans-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "CarlitoB": "crosextra/Carlito-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "CaladeaB": "crosextra/Caladea-Bold.ttf",
    "FreeSerif": "freefont/FreeSerif.ttf",
    "FreeSerifB": "freefont/FreeSerifBold.ttf",
    "FreeSerifI": "freefont/FreeSerifItalic.ttf",
    "HandDkg": "fifthhorseman/dkg.ttf",
    "HandBreip": "breip/Breip.ttf",
    "HandEcolier": "ecolier-court/Ecolier-court.ttf",
}
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
_REG = False


def register_fonts() -> None:
    global _REG
    if _REG:
        return
    for name, rel in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, FT + rel))
    _REG = True


# ---------------------------------------------------------------- check digits
def mrz_cd(s: str) -> int:
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
    return tot % 10


def mrz_name(surname: str, given: str, width: int) -> str:
    s = surname.replace(" ", "<").replace("-", "<").replace("'", "")
    g = given.replace(" ", "<").replace("-", "<").replace("'", "")
    out = (s + "<<" + g)[:width]
    return out + "<" * (width - len(out))


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, optional=""):
    """dob/exp as YYMMDD. Returns two 44-char lines; asserts the check digits."""
    l1 = (doc_type + "<" * 2)[:2] + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (optional + "<" * 14)[:14]
    cd_opt = mrz_cd(opt) if optional else 0
    body = num + str(mrz_cd(num)) + nat + dob + str(mrz_cd(dob)) + sex + exp + str(mrz_cd(exp))
    body += opt + str(cd_opt)
    comp = body[0:10] + body[13:20] + body[21:43]
    l2 = body + str(mrz_cd(comp))
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    assert int(l2[9]) == mrz_cd(l2[0:9])
    assert int(l2[19]) == mrz_cd(l2[13:19])
    assert int(l2[27]) == mrz_cd(l2[21:27])
    assert int(l2[43]) == mrz_cd(l2[0:10] + l2[13:20] + l2[21:43])
    return l1, l2


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    o1 = (opt1 + "<" * 15)[:15]
    l1 = (doc_type + "<<")[:2] + country + num + str(mrz_cd(num)) + o1
    o2 = (opt2 + "<" * 11)[:11]
    l2 = dob + str(mrz_cd(dob)) + sex + exp + str(mrz_cd(exp)) + nat + o2
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += str(mrz_cd(comp))
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    assert int(l1[14]) == mrz_cd(l1[5:14])
    assert int(l2[6]) == mrz_cd(l2[0:6]) and int(l2[14]) == mrz_cd(l2[8:14])
    assert int(l2[29]) == mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return l1, l2, l3


def mrv_a(country, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (optional + "<" * 16)[:16]
    l2 = num + str(mrz_cd(num)) + nat + dob + str(mrz_cd(dob)) + sex + exp + str(mrz_cd(exp))
    l2 += opt
    assert len(l1) == 44 and len(l2) == 44
    assert int(l2[9]) == mrz_cd(l2[:9]) and int(l2[27]) == mrz_cd(l2[21:27])
    return l1, l2


def _num(s: str) -> str:
    return "".join(str(ord(ch) - 55) if ch.isalpha() else ch for ch in s)


def rib_key(bank: str, branch: str, account: str) -> str:
    m = {}
    for letters, v in (("AJ", 1), ("BKS", 2), ("CLT", 3), ("DMU", 4), ("ENV", 5), ("FOW", 6)):
        for ch in letters:
            m[ch] = v
    for letters, v in (("GPX", 7), ("HQY", 8), ("IRZ", 9)):
        for ch in letters:
            m[ch] = v
    acc = int("".join(str(m[ch]) if ch.isalpha() else ch for ch in account.upper()))
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97)
    return f"{key:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    cd = 98 - int(_num(bban + "FR00")) % 97
    iban = f"FR{cd:02d}{bban}"
    assert int(_num(iban[4:] + iban[:4])) % 97 == 1
    return iban, key


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- pdf helpers
def new_pdf(size) -> tuple[io.BytesIO, canvas.Canvas]:
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    c.setCreator("")
    c.setProducer("")
    return buf, c


def make_pdf(pages, title="") -> bytes:
    """pages: list of (size, fn(c, W, H)). One canvas, one page each."""
    buf, c = new_pdf(pages[0][0])
    if title:
        c.setTitle(title)
    for size, fn in pages:
        c.setPageSize(size)
        fn(c, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def images_pdf(imgs: list[Image.Image], page_size, quality=80) -> bytes:
    buf, c = new_pdf(page_size)
    for im in imgs:
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=quality)
        jb.seek(0)
        c.setPageSize(page_size)
        c.drawImage(ImageReader(jb), 0, 0, page_size[0], page_size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def jpeg(im: Image.Image, q=88) -> bytes:
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q)
    return b.getvalue()


def png(im: Image.Image) -> bytes:
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


# ---------------------------------------------------------------- drawing helpers
def mrz_image(lines: list[str], char_w_pt: float, scale=6) -> tuple[ImageReader, float, float]:
    """Render MRZ lines in OCR-B on a transparent image; returns reader, width_pt, height_pt."""
    px = int(round(char_w_pt * scale / 0.6))
    font = ImageFont.truetype(OCRB, px)
    n = max(len(s) for s in lines)
    cw = font.getlength("M")
    wpx = int(cw * n) + 4
    lh = int(px * 1.45)
    im = Image.new("RGBA", (wpx, lh * len(lines) + 4), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    for i, s in enumerate(lines):
        d.text((2, 2 + i * lh), s, font=font, fill=(20, 20, 25, 255))
    return ImageReader(im), wpx / scale, im.size[1] / scale


def signature(c, x, y, w, rng: random.Random, color=(0.05, 0.1, 0.45), loops=None):
    """Pen-stroke signature: a tall initial, a looping cursive run, a flourish; varying width."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    h = w * 0.3
    # initial capital: one tall loop
    pts = []
    for k in range(40):
        t = k / 39 * 2 * math.pi
        pts.append(
            (
                x + w * 0.06 * (1 - math.cos(t)) + w * 0.05 * t / 6.28,
                y + h * 0.55 * math.sin(t / 2) * (1.2 if t < 3.2 else 0.6),
            )
        )
    n = loops or rng.randint(4, 7)
    amp = h * rng.uniform(0.25, 0.4)
    span = w * 0.75
    x0 = pts[-1][0]
    ph = rng.uniform(0, 1)
    for k in range(n * 16 + 1):
        t = k / (n * 16)
        ang = 2 * math.pi * n * t + ph
        px = x0 + span * t - w * 0.035 * math.sin(ang)
        py = y + amp * (0.9 * math.cos(ang) + 0.3 * math.sin(0.5 * ang)) * (1 - 0.5 * t)
        pts.append((px, py))
    for k in range(len(pts) - 1):
        (ax, ay), (bx, by) = pts[k], pts[k + 1]
        speed = math.hypot(bx - ax, by - ay)
        c.setLineWidth(max(0.35, min(1.5, 1.7 - speed * 0.35)))
        c.line(ax, ay, bx, by)
    c.setLineWidth(0.7)
    p = c.beginPath()
    ex, ey = pts[-1]
    p.moveTo(ex, ey)
    p.curveTo(ex + w * 0.08, ey - h * 0.4, x + w * 0.5, y - h * 0.45, x + w * 0.02, y - h * 0.25)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


_ACC = {"Ş": ("S", "cedilla"), "ş": ("s", "cedilla"), "Ğ": ("G", "breve"), "ğ": ("g", "breve")}
_ACC.update({"İ": ("I", "dot"), "ı": ("i", "none")})


def hand_text(c, x, y, text, font, size, rng: random.Random, color=(0.08, 0.1, 0.4)):
    """Hand-lettered text: per-glyph jitter; composes Turkish letters missing from the font."""
    c.saveState()
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    cx = x
    for ch in text:
        base, mark = _ACC.get(ch, (ch, None))
        dy = rng.uniform(-0.06, 0.06) * size
        sz = size * rng.uniform(0.94, 1.06)
        c.setFont(font, sz)
        if mark == "none":
            base = "i"
        c.drawString(cx, y + dy, base)
        wch = pdfmetrics.stringWidth(base, font, sz)
        c.setLineWidth(size * 0.06)
        mid = cx + wch / 2
        if mark == "cedilla":
            p = c.beginPath()
            p.moveTo(mid, y + dy)
            p.curveTo(
                mid + size * 0.12,
                y + dy - size * 0.1,
                mid,
                y - size * 0.2,
                mid - size * 0.1,
                y - size * 0.22,
            )
            c.drawPath(p, stroke=1, fill=0)
        elif mark == "breve":
            top = y + dy + (size * 0.78 if base.isupper() else size * 0.58)
            p = c.beginPath()
            p.moveTo(mid - size * 0.16, top + size * 0.12)
            p.curveTo(
                mid - size * 0.1, top, mid + size * 0.1, top, mid + size * 0.16, top + size * 0.12
            )
            c.drawPath(p, stroke=1, fill=0)
        elif mark == "dot":
            c.circle(mid, y + dy + size * 0.86, size * 0.045, stroke=0, fill=1)
        cx += wch + size * rng.uniform(0.0, 0.03)
    c.restoreState()
    return cx


def round_stamp(c, x, y, r, outer, inner_lines, color=(0.15, 0.2, 0.6), rng=None, angle=0):
    """Ink stamp: double circle, text around, lines in the middle."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.2)
    c.circle(0, 0, r, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.72, stroke=1, fill=0)
    fs = r * 0.17
    n = len(outer)
    span = min(330.0, n * fs * 0.62 / r * 57.3 * 1.05)
    for i, ch in enumerate(outer):
        a = 90 + span / 2 - i * span / max(n - 1, 1)
        c.saveState()
        c.rotate(a)
        c.translate(r * 0.8, 0)
        c.rotate(-90)
        c.setFont("SansB", fs)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    lh = r * 0.2
    y0 = (len(inner_lines) - 1) * lh / 2 - lh * 0.3
    for i, ln in enumerate(inner_lines):
        c.setFont("SansB", r * 0.15)
        c.drawCentredString(0, y0 - i * lh, ln)
    c.restoreState()


def rect_stamp(c, x, y, lines, color=(0.55, 0.1, 0.15), size=7, angle=0, font="SansB"):
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    w = max(pdfmetrics.stringWidth(s, font, size) for s in lines) + 10
    h = len(lines) * size * 1.3 + 6
    c.setLineWidth(1.1)
    c.rect(0, 0, w, h, stroke=1, fill=0)
    for i, s in enumerate(lines):
        c.setFont(font, size)
        c.drawCentredString(w / 2, h - 4 - size - i * size * 1.3, s)
    c.restoreState()
    return w, h


def portrait(
    c,
    x,
    y,
    w,
    h,
    rng: random.Random,
    skin=(0.55, 0.4, 0.3),
    hair=(0.1, 0.08, 0.07),
    bg=(0.88, 0.9, 0.92),
    grey=False,
):
    def col(t):
        if grey:
            g = 0.3 * t[0] + 0.59 * t[1] + 0.11 * t[2]
            return (g, g, g)
        return t

    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColorRGB(*col(bg))
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*col((0.2, 0.22, 0.3)))
    c.ellipse(x + w * 0.05, y - h * 0.25, x + w * 0.95, y + h * 0.3, stroke=0, fill=1)
    c.setFillColorRGB(*col(skin))
    c.rect(x + w * 0.42, y + h * 0.18, w * 0.16, h * 0.15, stroke=0, fill=1)
    c.setFillColorRGB(*col(hair))
    c.ellipse(x + w * 0.24, y + h * 0.38, x + w * 0.76, y + h * 0.93, stroke=0, fill=1)
    c.setFillColorRGB(*col(skin))
    c.ellipse(x + w * 0.3, y + h * 0.3, x + w * 0.7, y + h * 0.82, stroke=0, fill=1)
    c.setFillColorRGB(*col((0.1, 0.08, 0.08)))
    for ex in (0.41, 0.59):
        c.ellipse(x + w * (ex - 0.035), y + h * 0.58, x + w * (ex + 0.035), y + h * 0.61, 0, 1)
    c.setStrokeColorRGB(*col((0.35, 0.18, 0.15)))
    c.setLineWidth(w * 0.012)
    c.line(x + w * 0.45, y + h * 0.42, x + w * 0.55, y + h * 0.42)
    c.restoreState()


def guilloche(c, x, y, w, h, color, rng: random.Random, n=26):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.25)
    ph = rng.uniform(0, 6)
    for k in range(n):
        pts = []
        for i in range(80):
            t = i / 79
            px = x + t * w
            py = y + h * (k / n) + h * 0.05 * math.sin(t * 12 + k * 0.4 + ph)
            pts.append((px, py))
        path = c.beginPath()
        path.moveTo(*pts[0])
        for q in pts[1:]:
            path.lineTo(*q)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def qr_like(c, x, y, size, rng: random.Random, n=25):
    cell = size / n
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.48:
                c.rect(x + i * cell, y + j * cell, cell, cell, stroke=0, fill=1)
    for fx, fy in ((0, 0), (0, n - 7), (n - 7, n - 7)):
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + fx * cell - cell, y + fy * cell - cell, cell * 9, cell * 9, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x + fx * cell, y + fy * cell, cell * 7, cell * 7, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, cell * 5, cell * 5, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, cell * 3, cell * 3, stroke=0, fill=1)
    c.restoreState()


# ---------------------------------------------------------------- looks
def _np_rng(rng: random.Random):
    return np.random.default_rng(rng.randint(0, 2**31))


def look_scan(img: Image.Image, rng: random.Random, dpi_from=200, tint=(246, 244, 238)):
    """Flatbed scan: paper tint, tiny skew, noise, slight blur."""
    nr = _np_rng(rng)
    a = np.asarray(img).astype(np.float32)
    t = np.array(tint, np.float32) / 255.0
    a = a * t
    h, w = a.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=tint)
    a += nr.normal(0, 5.0, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
    return out


def look_phone(img: Image.Image, rng: random.Random, rot=0, long_side=3200, table=None, fill=0.72):
    """Phone photo of a page/card on a table: perspective, shadow, uneven light, cast, blur."""
    nr = _np_rng(rng)
    W = long_side
    H = int(long_side * 0.75)
    if img.size[1] > img.size[0]:
        W, H = H, W
    table = table or (rng.randint(95, 160), rng.randint(75, 120), rng.randint(55, 90))
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    # wood-ish grain
    xs = np.linspace(0, 1, W, dtype=np.float32)
    ys = np.linspace(0, 1, H, dtype=np.float32)
    gx, gy = np.meshgrid(xs, ys)
    fq = rng.uniform(25, 60)
    grain = np.sin(gy * fq + np.sin(gx * 5 + gy * 3) * 2.5) * 5 + nr.normal(0, 4, (H, W))
    bg += grain[..., None]
    src = np.asarray(img).astype(np.float32)
    sh, sw = src.shape[:2]
    sc = min(W * fill / sw, H * fill / sh)
    tw, th = sw * sc, sh * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045
    dst = []
    for ux, uy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dst.append(
            (cx + ux * tw / 2 + rng.uniform(-j, j) * tw, cy + uy * th / 2 + rng.uniform(-j, j) * th)
        )
    srcp = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcp, np.float32(dst))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow
    sm = cv2.GaussianBlur(np.roll(np.roll(mask, 18, 0), 14, 1), (0, 0), 25)
    bg *= (1 - 0.45 * sm)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + colour cast
    lx, ly = rng.uniform(0, 1), rng.uniform(0, 1)
    light = 1.08 - 0.35 * np.sqrt((gx - lx) ** 2 + (gy - ly) ** 2)
    out *= light[..., None]
    cast = np.array([rng.uniform(0.96, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.98)])
    out *= cast.astype(np.float32)
    out += nr.normal(0, 3.5, out.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.4))
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return Image.fromarray(out)
