"""Shared helpers for set_au: fonts, MRZ, IBAN/RIB, handwriting, looks (scan, photo, PDF)."""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"
PDF_FONTS = {
    "Sans": TT + "dejavu/DejaVuSans.ttf",
    "Sans-B": TT + "dejavu/DejaVuSans-Bold.ttf",
    "Lib": TT + "liberation/LiberationSans-Regular.ttf",
    "Lib-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "Serif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "Serif-I": TT + "liberation/LiberationSerif-Italic.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "Lato-B": TT + "lato/Lato-Bold.ttf",
    "Open": TT + "open-sans/OpenSans-Regular.ttf",
    "Open-B": TT + "open-sans/OpenSans-Bold.ttf",
    "Rob": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Rob-B": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Carl": TT + "crosextra/Carlito-Regular.ttf",
    "Carl-B": TT + "crosextra/Carlito-Bold.ttf",
    "Mono": TT + "liberation/LiberationMono-Regular.ttf",
    "Narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-B": TT + "liberation/LiberationSansNarrow-Bold.ttf",
}
HAND_FONTS = {
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "femke": TT + "femkeklaver/femkeklaver.ttf",
    "ruf": TT + "rufscript/Rufscript010.ttf",
    "breip": TT + "breip/Breip.ttf",
    "humor": TT + "humor-sans/Humor-Sans.ttf",
}
SIG_FONTS = {
    "dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
    "dkgit": TT + "fifthhorseman/dkgIt.ttf",
}
OCRB = OT + "ocr-b/OCRB.otf"
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, path in PDF_FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


def pil_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def sans(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return pil_font(PDF_FONTS["Sans-B" if bold else "Sans"], size)


# ---------------------------------------------------------------- dates
MONTHS_FR = [
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


def fr_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def fr_words(iso: str) -> str:
    y, m, d = iso.split("-")
    day = "1er" if d == "01" else str(int(d))
    return f"{day} {MONTHS_FR[int(m) - 1]} {y}"


def mrz_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return y[2:] + m + d


# ---------------------------------------------------------------- MRZ (ICAO 9303)
def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def check_digit(s: str) -> str:
    weights = (7, 3, 1)
    return str(sum(_mrz_val(c) * weights[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s: str) -> str:
        table = str.maketrans("ÀÁÂÃÄÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜ'-", "AAAAACEEEEIIIINOOOOOUUUU <")
        s = s.upper().translate(table)
        return "<".join(w for w in s.replace("<", " ").split())

    return (clean(surname) + "<<" + clean(given)).ljust(width, "<")[:width]


def td3(country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = ("P<" + country + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pcd = check_digit(pers) if personal else "<"
    body = num + check_digit(num) + nat + mrz_date(dob) + check_digit(mrz_date(dob)) + sex
    body += mrz_date(exp) + check_digit(mrz_date(exp)) + pers + pcd
    comp = body[0:10] + body[13:20] + body[21:43]
    return l1, body + check_digit(comp)


def mrva(surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = ("V<FRA" + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    body = num + check_digit(num) + nat + mrz_date(dob) + check_digit(mrz_date(dob)) + sex
    body += mrz_date(exp) + check_digit(mrz_date(exp)) + optional.ljust(16, "<")
    return l1, body


def td1(code, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = (code + country + num + check_digit(num) + opt1.ljust(15, "<"))[:30]
    l2 = mrz_date(dob) + check_digit(mrz_date(dob)) + sex + mrz_date(exp)
    l2 += check_digit(mrz_date(exp)) + nat + opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += check_digit(comp)
    return l1, l2, mrz_name(surname, given, 30)


# ---------------------------------------------------------------- IBAN / RIB
_RIB = {
    c: str(v)
    for v, letters in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX"], 1)
    for c in letters
}
_RIB.update({"H": "8", "Q": "8", "Y": "8", "I": "9", "R": "9", "Z": "9"})


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def iban_from_bban(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban_from_bban("FR", bank + branch + account + key), key


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- handwriting
def hand_image(text, font="dkg", px=48, ink=(25, 40, 120), rng=None, slant=0.0, spacing=1.0):
    """Render text as pen strokes: per-glyph jitter in size, angle and baseline."""
    rng = rng or random.Random(0)
    path = HAND_FONTS.get(font) or SIG_FONTS[font]
    glyphs = []
    x = px * 0.2
    for ch in text:
        size = max(8, int(px * rng.uniform(0.93, 1.07)))
        f = pil_font(path, size)
        adv = f.getlength(ch) * spacing
        if ch != " ":
            w, h = int(size * 1.6) + 4, int(size * 1.8)
            g = Image.new("L", (w, h), 0)
            ImageDraw.Draw(g).text((size * 0.3, size * 0.2), ch, font=f, fill=255)
            g = g.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC)
            glyphs.append((g, x - size * 0.3, rng.uniform(-px * 0.05, px * 0.05) - size * 0.2))
        x += adv * rng.uniform(0.96, 1.05)
    width = int(x + px * 0.6)
    height = int(px * 1.7)
    mask = Image.new("L", (width, height), 0)
    for g, gx, gy in glyphs:
        mask.paste(255, (int(gx), int(gy + px * 0.1)), g)
    if slant:
        mask = mask.transform(
            mask.size, Image.AFFINE, (1, slant, -slant * height * 0.5, 0, 1, 0), Image.BICUBIC
        )
    mask = mask.filter(ImageFilter.GaussianBlur(0.5))
    out = Image.new("RGBA", mask.size, ink + (0,))
    out.putalpha(mask.point(lambda v: min(255, int(v * 1.1))))
    return out.crop(out.getbbox() or (0, 0, 1, 1))


def signature_image(name, rng, font="dancing", px=70, ink=(20, 30, 110)):
    """A script signature: a shortened name in a script font, slanted, with a flourish."""
    word = hand_image(name, font=font, px=px, ink=ink, rng=rng, slant=-0.25, spacing=0.92)
    w, h = word.size
    canvas_img = Image.new("RGBA", (w + 60, h + 50), ink + (0,))
    canvas_img.alpha_composite(word, (20, 5))
    d = ImageDraw.Draw(canvas_img)
    pts = []
    x0, y0 = 10, h + 15
    amp = rng.uniform(6, 14)
    for i in range(60):
        t = i / 59
        x = x0 + t * (w + 30)
        y = y0 - amp * math.sin(t * math.pi * rng.uniform(1.2, 2.2)) - 18 * t * t
        pts.append((x, y))
    d.line(pts, fill=ink + (230,), width=3, joint="curve")
    loop = [(w * 0.15 + 14 * math.cos(a / 8), h * 0.6 + 24 * math.sin(a / 8)) for a in range(40)]
    d.line(loop, fill=ink + (200,), width=2, joint="curve")
    return canvas_img


def pdf_hand(c, img: Image.Image, x: float, y: float, height: float) -> float:
    """Paste a handwriting RGBA image into a reportlab canvas; returns its width in pt."""
    w = img.size[0] * height / img.size[1]
    c.drawImage(ImageReader(img), x, y, w, height, mask="auto")
    return w


# ---------------------------------------------------------------- PDF helpers
def new_canvas(path, title="document", size=A4):
    register_fonts()
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    return c


def pdf_bytes(draw_pages, size=A4) -> bytes:
    """draw_pages(c) draws all pages on a canvas; returns the PDF bytes."""
    buf = io.BytesIO()
    register_fonts()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    draw_pages(c)
    c.save()
    return buf.getvalue()


def rasterize(pdf: bytes, dpi: int = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def images_to_pdf(images: list[Image.Image], path: Path, quality=70, dpi=200) -> None:
    """A scanner PDF: each page a JPEG, no text layer."""
    c = canvas.Canvas(str(path), invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for img in images:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks
def scan_look(img: Image.Image, rng: random.Random, paper=(236, 234, 228)) -> Image.Image:
    """Flatbed scan: grey paper, slight skew, noise, a bit soft."""
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array(paper, np.float32) / 255.0
    arr = arr * tint
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr += nrng.normal(0, 4.0, arr.shape[:2])[..., None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    angle = rng.uniform(-1.2, 1.2)
    out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def _table(w, h, rng):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(rng.choice([(120, 84, 55), (190, 180, 165), (70, 72, 78), (210, 205, 198)]))
    grain = nrng.normal(0, 1, (h // 40 + 1, w // 40 + 1)).astype(np.float32)
    grain = cv2.resize(grain, (w, h), interpolation=cv2.INTER_CUBIC)
    arr = base[None, None, :] + grain[..., None] * 10
    return np.clip(arr, 0, 255).astype(np.float32)


def photo_look(
    img: Image.Image,
    rng: random.Random,
    long_side: int = 3264,
    rotate: int = 0,
    fill: float = 0.78,
) -> Image.Image:
    """Phone photo of a page or card on a table: perspective, light gradient, cast, blur."""
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    landscape = sw > sh
    W, H = (long_side, long_side * 3 // 4) if landscape else (long_side * 3 // 4, long_side)
    out = _table(W, H, rng)
    scale = min(W * fill / sw, H * fill / sh)
    cw, ch = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035
    dst = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dst.append(
            (
                cx + dx * cw / 2 + rng.uniform(-j, j) * cw,
                cy + dy * ch / 2 + rng.uniform(-j, j) * ch,
            )
        )
    m = cv2.getPerspectiveTransform(
        np.float32([(0, 0), (sw, 0), (sw, sh), (0, sh)]), np.float32(dst)
    )
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    # soft drop shadow
    shadow = cv2.GaussianBlur(mask, (0, 0), 18)
    shadow = np.roll(shadow, (12, 10), axis=(0, 1))
    out = out * (1 - 0.35 * shadow[..., None])
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light and colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.18 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    light -= 0.12 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    out *= light[..., None]
    cast = np.array([rng.uniform(0.97, 1.04), 1.0, rng.uniform(0.88, 0.98)], np.float32)
    out *= cast
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    out += nrng.normal(0, 3.5, out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.4))
    res = Image.fromarray(out)
    if rotate:
        res = res.rotate(rotate, expand=True)
    return res


def save_jpeg(img: Image.Image, path: Path, quality=88, dpi=None) -> None:
    kw = {"quality": quality}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


def a4_with(card: Image.Image, dpi=200, pos=(0.08, 0.06), paper=(255, 255, 255)) -> Image.Image:
    """Place a card image on a white A4 page, as a flatbed scan of an ID would be."""
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("RGB", (w, h), paper)
    page.paste(card.convert("RGB"), (int(pos[0] * w), int(pos[1] * h)))
    return page
