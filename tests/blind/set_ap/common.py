"""Shared helpers for set_ap: fonts, MRZ, IBAN, hand-writing, raster looks."""

from __future__ import annotations

import io
import math
import random
import unicodedata

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

FD = "/usr/share/fonts/truetype/"
TTF = {
    "Sans": FD + "dejavu/DejaVuSans.ttf",
    "SansB": FD + "dejavu/DejaVuSans-Bold.ttf",
    "Cond": FD + "dejavu/DejaVuSansCondensed.ttf",
    "CondB": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": FD + "dejavu/DejaVuSerif.ttf",
    "SerifB": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "Lib": FD + "liberation/LiberationSans-Regular.ttf",
    "LibB": FD + "liberation/LiberationSans-Bold.ttf",
    "LibSerif": FD + "liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": FD + "liberation/LiberationSerif-Bold.ttf",
    "LibSerifI": FD + "liberation/LiberationSerif-Italic.ttf",
    "Mono": FD + "liberation/LiberationMono-Regular.ttf",
    "Lato": FD + "lato/Lato-Regular.ttf",
    "LatoB": FD + "lato/Lato-Bold.ttf",
    "Open": FD + "open-sans/OpenSans-Regular.ttf",
    "OpenB": FD + "open-sans/OpenSans-Bold.ttf",
    "Rob": FD + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobB": FD + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Carlito": FD + "crosextra/Carlito-Regular.ttf",
    "CarlitoB": FD + "crosextra/Carlito-Bold.ttf",
    "Ecolier": FD + "ecolier-court/Ecolier-court.ttf",
    "Femke": FD + "femkeklaver/femkeklaver.ttf",
    "Dkg": FD + "fifthhorseman/dkg.ttf",
    "Breip": FD + "breip/Breip.ttf",
}
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
HANDS = ["Ecolier", "Femke", "Dkg", "Breip"]
HAND_SCALE = {"Ecolier": 1.75}
INK_BLUE = (0.08, 0.14, 0.52)
INK_BLACK = (0.1, 0.1, 0.14)
_REG: set[str] = set()


def reg() -> None:
    for name, path in TTF.items():
        if name not in _REG:
            pdfmetrics.registerFont(TTFont(name, path))
            _REG.add(name)


def pil_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(OCRB if name == "OCRB" else TTF[name], size)


def new_canvas(buf: io.BytesIO, size=A4) -> rl_canvas.Canvas:
    reg()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    return c


# ---------------------------------------------------------------- dates
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def words(iso: str) -> str:
    y, m, d = iso.split("-")
    day = "1er" if d == "01" else str(int(d))
    return f"{day} {MOIS[int(m) - 1]} {y}"


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


# ---------------------------------------------------------------- MRZ
def ascii_up(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).upper()


def check(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def part(x: str) -> str:
        x = ascii_up(x).replace("'", "").replace("-", " ")
        return "<".join(x.split())

    s = part(surname) + "<<" + part(given)
    return (s + "<" * width)[:width]


def td3(kind, state, surname, given, number, nat, dob, sex, expiry, opt=""):
    l1 = (kind + "<" + state + mrz_name(surname, given, 39))[:44]
    num = (number + "<" * 9)[:9]
    opt = (opt + "<" * 14)[:14]
    body = num + check(num) + nat + yymmdd(dob) + check(yymmdd(dob)) + sex
    body += yymmdd(expiry) + check(yymmdd(expiry)) + opt + check(opt)
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + check(comp)]


def mrva(state, surname, given, number, nat, dob, sex, expiry, opt=""):
    l1 = ("V<" + state + mrz_name(surname, given, 39))[:44]
    num = (number + "<" * 9)[:9]
    l2 = num + check(num) + nat + yymmdd(dob) + check(yymmdd(dob)) + sex
    l2 += yymmdd(expiry) + check(yymmdd(expiry)) + (opt + "<" * 16)[:16]
    return [l1, l2]


def td1(kind, state, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    l1 = (kind + state + num + check(num) + opt1 + "<" * 15)[:30]
    l2 = yymmdd(dob) + check(yymmdd(dob)) + sex + yymmdd(expiry) + check(yymmdd(expiry))
    l2 = (l2 + nat + opt2 + "<" * 11)[:29]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return [l1, l2 + check(comp), mrz_name(surname, given, 30)]


# ---------------------------------------------------------------- bank
def _conv(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban(country: str, bban: str) -> str:
    n = int(_conv(bban + country + "00"))
    return f"{country}{98 - n % 97:02d}{bban}"


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- hand writing (reportlab)
def hand(c, x, y, text, rng: random.Random, font="Ecolier", size=13, ink=INK_BLUE, slant=0.0):
    """Write text glyph by glyph with jitter; returns end x."""
    size *= HAND_SCALE.get(font, 1.0)
    c.saveState()
    c.setFillColorRGB(*ink)
    drift = 0.0
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        drift += rng.uniform(-0.25, 0.25)
        drift = max(-1.5, min(1.5, drift))
        c.saveState()
        c.translate(x, y + drift + rng.uniform(-0.5, 0.5))
        c.rotate(rng.uniform(-4, 4) + slant)
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        x += pdfmetrics.stringWidth(ch, font, s) * rng.uniform(0.96, 1.06)
    c.restoreState()
    return x


def hand_comb(c, x, y, text, pitch, rng, font="Ecolier", size=13, ink=INK_BLUE):
    for i, ch in enumerate(text):
        if ch != " ":
            w = pdfmetrics.stringWidth(ch, font, size * HAND_SCALE.get(font, 1.0))
            hand(
                c, x + i * pitch + (pitch - w) / 2 + rng.uniform(-1, 1), y, ch, rng, font, size, ink
            )


def tick(c, x, y, rng, size=8, ink=INK_BLUE, cross=True):
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(1.3)
    j = lambda: rng.uniform(-0.8, 0.8)  # noqa: E731
    if cross:
        c.line(x + j(), y + j(), x + size + j(), y + size + j())
        c.line(x + j(), y + size + j(), x + size + j(), y + j())
    else:
        c.line(x, y + size * 0.5, x + size * 0.35, y + j())
        c.line(x + size * 0.35, y + j(), x + size * 1.1, y + size * 1.2)
    c.restoreState()


def signature(c, x, y, name, rng, w=120, ink=INK_BLUE, font="Breip"):
    """A script signature: a name in a hand font, slanted, with a flourish."""
    c.saveState()
    c.setFillColorRGB(*ink)
    c.setStrokeColorRGB(*ink)
    c.translate(x, y)
    c.rotate(rng.uniform(4, 12))
    end = hand(c, 0, 0, name, rng, font, rng.uniform(15, 19), ink, slant=-8)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(-4, -5)
    p.curveTo(end * 0.3, -14 - rng.uniform(0, 6), end * 0.8, 8, end + rng.uniform(5, 25), -3)
    p.curveTo(end + 30, -8, end * 0.5, -18, 5, -9)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sig_image(name: str, rng: random.Random, w=520, h=180) -> Image.Image:
    """Handwritten signature as an RGBA image (scanned pen on white, then keyed)."""
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    f = pil_font("Breip", 70)
    x = 20
    for ch in name:
        d.text((x, 40 + rng.randint(-5, 5)), ch, font=f, fill=(20, 30, 110, 255))
        x += int(d.textlength(ch, font=f) * rng.uniform(0.9, 1.0))
    pts = [(10, 140), (w * 0.3, 120), (w * 0.6, 150), (min(x + 40, w - 10), 110)]
    d.line(pts, fill=(20, 30, 110, 255), width=4)
    return im.rotate(rng.uniform(3, 9), resample=Image.BICUBIC, expand=False)


# ---------------------------------------------------------------- raster
def pdf_pages(pdf: bytes, dpi: int = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def a4_with(img: Image.Image, rng: random.Random, dpi=200, at=(0.1, 0.08)) -> Image.Image:
    """Put a card image (already at ~dpi) on a white A4 sheet, like a photocopy."""
    page = Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), (255, 255, 255))
    page.paste(img, (int(page.width * at[0]), int(page.height * at[1])))
    return page


def scan_look(img: Image.Image, rng: random.Random, tint=(244, 242, 236), skew=1.0):
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    paper = np.array(tint, np.float32)
    a = a / 255.0 * paper
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-skew, skew), 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    a = cv2.warpAffine(a, m, (w, h), borderValue=tuple(float(v) for v in paper))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 4.0, a.shape).astype(np.float32)
    a = cv2.GaussianBlur(a, (3, 3), 0.6)
    # darker scanner edge
    edge = np.linspace(0.93, 1.0, 40, dtype=np.float32)
    a[:, :40] *= edge[None, :, None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _table(w, h, rng: random.Random) -> np.ndarray:
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(rng.choice([(120, 86, 58), (178, 160, 140), (70, 72, 78), (206, 196, 180)]))
    streak = cv2.resize(nrng.normal(0, 14, (h // 40 + 1, 8)), (w, h))
    t = base[None, None, :] + streak[..., None] + nrng.normal(0, 5, (h, w, 1))
    return t.astype(np.float32)


def photo_look(img: Image.Image, rng: random.Random, long_side=4032, fill=0.78, rot=0):
    """Phone photo of a sheet or card lying on a table."""
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    bg = _table(W, H, rng)
    sc = fill * min(W / sw, H / sh)
    dw, dh = sw * sc, sh * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - dw / 2 + j(), cy - dh / 2 + j()],
            [cx + dw / 2 + j(), cy - dh / 2 + j()],
            [cx + dw / 2 + j(), cy + dh / 2 + j()],
            [cx - dw / 2 + j(), cy + dh / 2 + j()],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    soft = cv2.GaussianBlur(mask, (0, 0), 6)
    shadow = cv2.GaussianBlur(
        cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H)), (0, 0), 25
    )
    out = bg * (1 - 0.45 * np.roll(shadow, (18, 14), (0, 1)))[..., None]
    out = out * (1 - soft[..., None]) + warped * soft[..., None]
    # uneven light + colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * xx / W + np.sin(ang) * yy / H + 1) / 2
    out *= (0.72 + 0.33 * grad)[..., None]
    cast = np.array([rng.uniform(0.94, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.85, 0.98)])
    out *= cast[None, None, :]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    out += nrng.normal(0, 3.5, out.shape)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def jpeg(img: Image.Image, q=85) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def png(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def image_pdf(images: list[Image.Image], q=70) -> bytes:
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader

    for im in images:
        ir = ImageReader(io.BytesIO(jpeg(im, q)))
        iw, ih = im.size
        if iw > ih:
            c.setPageSize((A4[1], A4[0]))
            c.drawImage(ir, 0, 0, A4[1], A4[0])
        else:
            c.setPageSize(A4)
            c.drawImage(ir, 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def face(w: int, h: int, rng: random.Random, skin=(120, 84, 60), hair=(30, 24, 20), grey=False):
    """A plain portrait placeholder: head and shoulders on a light background."""
    im = Image.new("RGB", (w, h), (222, 226, 230))
    d = ImageDraw.Draw(im)
    d.ellipse((w * 0.05, h * 0.72, w * 0.95, h * 1.35), fill=tuple(max(0, v - 60) for v in skin))
    d.rectangle((w * 0.4, h * 0.55, w * 0.6, h * 0.8), fill=skin)
    d.ellipse((w * 0.22, h * 0.1, w * 0.78, h * 0.66), fill=hair)
    d.ellipse((w * 0.27, h * 0.2, w * 0.73, h * 0.68), fill=skin)
    for ex in (0.4, 0.6):
        d.ellipse((w * (ex - 0.03), h * 0.4, w * (ex + 0.03), h * 0.43), fill=(30, 30, 30))
    d.line((w * 0.43, h * 0.56, w * 0.57, h * 0.56), fill=(90, 50, 40), width=max(1, w // 60))
    if grey:
        im = im.convert("L").convert("RGB")
    return im
