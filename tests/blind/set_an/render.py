"""Rendering helpers for blind set AN: fonts, MRZ, handwriting, and the five looks."""

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
OT = "/usr/share/fonts/opentype/"
TTF = {
    "Sans": FT + "liberation/LiberationSans-Regular.ttf",
    "Sans-B": FT + "liberation/LiberationSans-Bold.ttf",
    "Serif": FT + "liberation/LiberationSerif-Regular.ttf",
    "Serif-B": FT + "liberation/LiberationSerif-Bold.ttf",
    "Serif-I": FT + "liberation/LiberationSerif-Italic.ttf",
    "Mono": FT + "liberation/LiberationMono-Regular.ttf",
    "Mono-B": FT + "liberation/LiberationMono-Bold.ttf",
    "DejaVu": FT + "dejavu/DejaVuSans.ttf",
    "DejaVu-B": FT + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuC": FT + "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSerif": FT + "dejavu/DejaVuSerif.ttf",
    "Open": FT + "open-sans/OpenSans-Regular.ttf",
    "Open-B": FT + "open-sans/OpenSans-Bold.ttf",
    "Open-SB": FT + "open-sans/OpenSans-Semibold.ttf",
    "Lato": FT + "lato/Lato-Regular.ttf",
    "Lato-B": FT + "lato/Lato-Bold.ttf",
    "Lato-L": FT + "lato/Lato-Light.ttf",
    "Carlito": FT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": FT + "crosextra/Carlito-Bold.ttf",
    "Caladea": FT + "crosextra/Caladea-Regular.ttf",
    "Caladea-B": FT + "crosextra/Caladea-Bold.ttf",
    "FreeSans": FT + "freefont/FreeSans.ttf",
    "FreeSans-B": FT + "freefont/FreeSansBold.ttf",
    "Narrow": FT + "liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-B": FT + "liberation/LiberationSansNarrow-Bold.ttf",
    "Hand1": FT + "fifthhorseman/dkg.ttf",
    "Hand2": FT + "rufscript/Rufscript010.ttf",
    "Hand3": FT + "ecolier-court/Ecolier-court.ttf",
    "Hand4": FT + "femkeklaver/femkeklaver.ttf",
    "Hand5": FT + "fifthhorseman/dkgIt.ttf",
}
OCRB = OT + "ocr-b/OCRB.otf"
SCRIPT = [
    OT + "dancingscript/DancingScript-Regular.otf",
    OT + "kaushanscript/KaushanScript-Regular.otf",
]

for _name, _path in TTF.items():
    pdfmetrics.registerFont(TTFont(_name, _path))

MM = 72 / 25.4


def new_canvas(buf, size):
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    return c


# ----------------------------------------------------------------------------- MRZ
def check_digit(s: str) -> str:
    w = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * w[i % 3]
    return str(total % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(x):
        x = x.upper().replace("-", "<").replace("'", "").replace(" ", "<")
        tr = str.maketrans("ÀÂÄÉÈÊËÎÏÔÖÙÛÜÇĆČŠŽĐ", "AAAEEEEIIOOUUUCCCSZD")
        return x.translate(tr)

    out = clean(surname) + "<<" + clean(given)
    return (out + "<" * width)[:width]


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def td3(doc, country, sur, given, nat, dob, sex, exp, personal=""):
    l1 = "P<" + country + mrz_name(sur, given, 39)
    p = pad(personal, 14)
    core = pad(doc, 9) + check_digit(pad(doc, 9)) + nat + dob + check_digit(dob) + sex
    core += exp + check_digit(exp) + p + check_digit(p)
    comp = pad(doc, 9) + check_digit(pad(doc, 9)) + dob + check_digit(dob) + exp
    comp += check_digit(exp) + p + check_digit(p)
    return [l1, core + check_digit(comp)]


def td1(kind, doc, country, sur, given, nat, dob, sex, exp, opt1="", opt2=""):
    l1 = kind + country + pad(doc, 9) + check_digit(pad(doc, 9)) + pad(opt1, 15)
    l2 = dob + check_digit(dob) + sex + exp + check_digit(exp) + nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += check_digit(comp)
    return [l1, l2, mrz_name(sur, given, 30)]


def mrva(doc, country, sur, given, nat, dob, sex, exp, opt=""):
    l1 = "V<" + country + mrz_name(sur, given, 39)
    l2 = pad(doc, 9) + check_digit(pad(doc, 9)) + nat + dob + check_digit(dob) + sex
    l2 += exp + check_digit(exp) + pad(opt, 16)
    return [l1, l2]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def mrz_image(lines, height_px=64, color=(20, 20, 25)):
    font = ImageFont.truetype(OCRB, height_px)
    w = int(font.getlength(lines[0]) * 1.02) + 10
    h = int(height_px * 1.45 * len(lines)) + 10
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    for i, ln in enumerate(lines):
        d.text((5, 5 + i * height_px * 1.45), ln, font=font, fill=color + (255,))
    return img


def draw_pil(c, img, x, y, w, h=None):
    if h is None:
        h = w * img.height / img.width
    c.drawImage(ImageReader(img), x, y, w, h, mask="auto")


# ----------------------------------------------------------------------------- handwriting
def hand_text(c, x, y, text, rng, font="Hand1", size=12, color=(0.08, 0.12, 0.45), spacing=1.0):
    """Draw text glyph by glyph with jitter: baseline drift, size and slant noise."""
    c.saveState()
    c.setFillColorRGB(*color)
    drift = 0.0
    for ch in text:
        s = size * rng.uniform(0.92, 1.08)
        drift += rng.uniform(-0.25, 0.25)
        drift = max(-1.5, min(1.5, drift))
        c.saveState()
        c.translate(x, y + drift)
        c.rotate(rng.uniform(-4, 4))
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        x += pdfmetrics.stringWidth(ch, font, s) * spacing + rng.uniform(-0.2, 0.5)
    c.restoreState()
    return x


def hand_comb(c, x, y, text, cell, rng, font="Hand2", size=11, color=(0.08, 0.12, 0.45)):
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        cx = x + i * cell + cell / 2 - pdfmetrics.stringWidth(ch, font, size) / 2
        hand_text(c, cx + rng.uniform(-1, 1), y + rng.uniform(-1, 1), ch, rng, font, size, color)


def hand_tick(c, x, y, size, rng, cross=True, color=(0.08, 0.12, 0.45)):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.2)
    c.setLineCap(1)
    j = lambda: rng.uniform(-1.2, 1.2)  # noqa: E731
    if cross:
        c.line(x + j(), y + j(), x + size + j(), y + size + j())
        c.line(x + j(), y + size + j(), x + size + j(), y + j())
    else:
        p = c.beginPath()
        p.moveTo(x + j(), y + size * 0.5)
        p.lineTo(x + size * 0.4, y + j())
        p.lineTo(x + size * 1.2 + j(), y + size * 1.3)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def signature_image(name: str, rng: random.Random, w=520, h=200, color=(18, 28, 110)):
    """A handwritten signature: script name plus a flourish, as a transparent PNG."""
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(rng.choice(SCRIPT), rng.randint(70, 92))
    d.text((rng.randint(10, 40), rng.randint(20, 50)), name, font=font, fill=color + (255,))
    pts = []
    x0, y0 = rng.randint(20, 80), rng.randint(130, 160)
    amp = rng.uniform(12, 30)
    for i in range(60):
        t = i / 59
        pts.append((x0 + t * (w - 100), y0 + amp * math.sin(t * rng.uniform(5, 9)) - 30 * t))
    d.line(pts, fill=color + (255,), width=4, joint="curve")
    img = img.rotate(rng.uniform(-8, 6), resample=Image.BICUBIC, expand=False)
    return img


def stamp_image(lines, rng, size=360, color=(40, 60, 160), shape="round"):
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = color + (200,)
    if shape == "round":
        d.ellipse((8, 8, size - 8, size - 8), outline=col, width=7)
        d.ellipse((40, 40, size - 40, size - 40), outline=col, width=3)
    else:
        d.rectangle((8, size // 4, size - 8, 3 * size // 4), outline=col, width=6)
    font = ImageFont.truetype(TTF["DejaVu-B"], 26)
    y = size / 2 - len(lines) * 17
    for ln in lines:
        tw = font.getlength(ln)
        d.text(((size - tw) / 2, y), ln, font=font, fill=col)
        y += 34
    img = img.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    a = np.array(img)
    keep = _np_rng(rng).random(a.shape[:2]) > 0.18
    a[..., 3] = (a[..., 3] * keep).astype(np.uint8)
    return Image.fromarray(a)


# ----------------------------------------------------------------------------- raster + looks
def rasterize(pdf_bytes: bytes, dpi: int):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        bmp = page.render(scale=dpi / 72)
        out.append(bmp.to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(2**32))


def jpeg_bytes(img: Image.Image, q: int) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def flatbed(img: Image.Image, rng, dpi_in: int, dpi_out: int, a4=False, gray=False):
    """Place onto a flatbed, skew slightly, grey paper, noise."""
    nrng = _np_rng(rng)
    if a4:
        W, H = int(8.27 * dpi_in), int(11.69 * dpi_in)
        bed = Image.new("RGB", (W, H), (246, 246, 243))
        ox = int(dpi_in * rng.uniform(0.3, 0.8))
        oy = int(dpi_in * rng.uniform(0.3, 1.0))
        bed.paste(img, (ox, oy))
        img = bed
    img = img.rotate(rng.uniform(-1.3, 1.3), resample=Image.BICUBIC, fillcolor=(238, 238, 234))
    a = np.asarray(img).astype(np.float32)
    tint = np.array([rng.uniform(0.93, 0.98), rng.uniform(0.93, 0.98), rng.uniform(0.9, 0.96)])
    a = a * tint + nrng.normal(0, 3.5, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a)
    if dpi_out != dpi_in:
        img = img.resize(
            (img.width * dpi_out // dpi_in, img.height * dpi_out // dpi_in), Image.LANCZOS
        )
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if gray:
        img = img.convert("L")
    return img


def phone_photo(img: Image.Image, rng, long_side=None, rot=0):
    """Photograph a page/card lying on a table: perspective, shadow, cast, blur."""
    nrng = _np_rng(rng)
    long_side = long_side or rng.choice([3024, 3264, 4000])
    short = long_side * 3 // 4
    W, H = short, long_side
    if img.width > img.height:
        W, H = long_side, short
    base = rng.choice(
        [(120, 86, 60), (185, 180, 170), (60, 62, 70), (150, 120, 95), (210, 205, 195)]
    )
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    bg = np.zeros((H, W, 3), np.float32) + np.array(base, np.float32)
    grain = np.sin(xx / rng.uniform(9, 25) + np.sin(yy / 90.0) * 3) * rng.uniform(4, 12)
    bg += grain[..., None] + nrng.normal(0, 4, (H, W, 1))
    src = np.asarray(img).astype(np.float32)
    fill = rng.uniform(0.72, 0.88)
    s = min(W * fill / img.width, H * fill / img.height)
    dw, dh = img.width * s, img.height * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda k: rng.uniform(-k, k)  # noqa: E731
    kk = 0.05 * min(dw, dh)
    dst = np.float32(
        [
            [cx - dw / 2 + j(kk), cy - dh / 2 + j(kk)],
            [cx + dw / 2 + j(kk), cy - dh / 2 + j(kk)],
            [cx + dw / 2 + j(kk), cy + dh / 2 + j(kk)],
            [cx - dw / 2 + j(kk), cy + dh / 2 + j(kk)],
        ]
    )
    srcp = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    M = cv2.getPerspectiveTransform(srcp, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones(src.shape[:2], np.float32), M, (W, H))
    # drop shadow
    sh = cv2.GaussianBlur(mask, (0, 0), 25)
    sh = np.roll(sh, (int(rng.uniform(10, 30)), int(rng.uniform(10, 30))), axis=(0, 1))
    bg *= (1 - 0.45 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + cast shadow band + colour cast
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.18 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    if rng.random() < 0.6:
        band = 1 - 0.22 / (1 + np.exp(-((xx * 0.6 + yy * 0.8) - rng.uniform(0.4, 0.9) * H) / 60))
        light *= band
    cast = np.array([rng.uniform(0.96, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.85, 0.97)])
    out = out * light[..., None] * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += nrng.normal(0, 3.0, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    pim = Image.fromarray(out)
    if rot:
        pim = pim.rotate(rot, expand=True)
    return pim


def image_pdf(images, rng, dpi=200, q=70):
    """A scanner's PDF: JPEG pages, no text layer."""
    buf = io.BytesIO()
    c = new_canvas(buf, (595.27, 841.89))
    for img in images:
        w, h = img.width * 72 / dpi, img.height * 72 / dpi
        c.setPageSize((w, h))
        jb = jpeg_bytes(img, q)
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def merge_pdfs(parts):
    import pikepdf

    out = pikepdf.new()
    for p in parts:
        src = pikepdf.open(io.BytesIO(p))
        out.pages.extend(src.pages)
    b = io.BytesIO()
    out.save(b, deterministic_id=True, static_id=False)
    return b.getvalue()
