"""Shared helpers for set_cz: fonts, check digits, pen strokes, raster looks."""

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

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": TT + "liberation/LiberationSans-Regular.ttf",
    "SansB": TT + "liberation/LiberationSans-Bold.ttf",
    "SansI": TT + "liberation/LiberationSans-Italic.ttf",
    "Serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "SerifB": TT + "liberation/LiberationSerif-Bold.ttf",
    "SerifI": TT + "liberation/LiberationSerif-Italic.ttf",
    "Mono": TT + "dejavu/DejaVuSansMono.ttf",
    "MonoB": TT + "dejavu/DejaVuSansMono-Bold.ttf",
    "Open": TT + "open-sans/OpenSans-Regular.ttf",
    "OpenB": TT + "open-sans/OpenSans-Bold.ttf",
    "OpenSB": TT + "open-sans/OpenSans-Semibold.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "LatoB": TT + "lato/Lato-Bold.ttf",
    "Rob": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobB": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobM": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "CarlitoB": TT + "crosextra/Carlito-Bold.ttf",
    "DejaSerif": TT + "dejavu/DejaVuSerif.ttf",
    "DejaSerifB": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "Cond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "CondB": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "HandA": TT + "fifthhorseman/dkg.ttf",
    "HandB": TT + "breip/Breip.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))


def pil_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[name], size)


# ---------------------------------------------------------------- check digits
def mrz_cd(s: str) -> str:
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


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(t: str) -> str:
        t = t.upper().replace("'", "").replace("-", " ")
        t = t.translate(str.maketrans("ÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ", "AAAEEEEIIOOUUUC"))
        return "<".join(t.split())

    s = clean(surname) + "<<" + clean(given)
    assert len(s) <= width, s
    return s.ljust(width, "<")


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, personal=""):
    """ICAO 9303 TD3 (passport). dob/exp as YYMMDD."""
    assert len(number) <= 9
    l1 = (doc_type.ljust(2, "<") + country + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    pcd = mrz_cd(pers) if personal else "<"
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pers + pcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrva(country, surname, given, number, nat, dob, sex, exp, optional=""):
    """ICAO 9303 MRV-A visa (2 x 44)."""
    assert len(number) <= 9
    l1 = ("V<" + country + mrz_name(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    l2 += optional.ljust(16, "<")
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    """ICAO 9303 TD1 (ID-1 card, 3 x 30)."""
    assert len(number) <= 9
    num = number.ljust(9, "<")
    l1 = doc_type.ljust(2, "<") + country + num + mrz_cd(num) + opt1.ljust(15, "<")
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return [l1, l2, l3]


def _alnum_to_int(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_make(country: str, bban: str) -> str:
    n = int(_alnum_to_int(bban + country + "00"))
    cd = 98 - n % 97
    iban = f"{country}{cd:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_alnum_to_int(s)) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = account.upper().translate(conv)
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    # verify the key the way a clerk's tool would: the whole RIB mod 97 == 0
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    assert int((bank + branch + account + key).translate(conv)) % 97 == 0
    return iban_make("FR", bank + branch + account + key), key


def be_iban(bank3: str, account7: str) -> str:
    base = bank3 + account7
    cd = int(base) % 97 or 97
    bban = f"{base}{cd:02d}"
    assert int(bban[:10]) % 97 == (int(bban[10:]) % 97)
    return iban_make("BE", bban)


def nir_key(nir13: str) -> str:
    n = int(nir13.replace("2A", "19").replace("2B", "18"))
    return f"{97 - n % 97:02d}"


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


def siret_make(siren8: str, nic4: str) -> str:
    """Complete a SIREN (8 digits + Luhn key) and SIRET (NIC + Luhn key)."""
    for k in range(10):
        if luhn_ok(siren8 + str(k)):
            siren = siren8 + str(k)
            break
    for k in range(10):
        if luhn_ok(siren + nic4 + str(k)):
            siret = siren + nic4 + str(k)
            break
    assert luhn_ok(siren) and luhn_ok(siret) and len(siret) == 14
    return siret


def selftest():
    """Cross-check the check-digit code against published vectors (ICAO 9303, stdnum, schwifty)."""
    assert mrz_cd("L898902C3") == "6" and mrz_cd("740812") == "2" and mrz_cd("120415") == "9"
    icao = td3("P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415",
               "ZE184226B")  # fmt: skip
    assert icao[1] == "L898902C36UTO7408122F1204159ZE184226B<<<<<10", icao[1]
    assert iban_ok("FR7630006000011234567890189") and not iban_ok("FR7630006000011234567890188")
    assert rib_key("30006", "00001", "12345678901") == "89"
    assert rib_key("20041", "01005", "0500013M026") == "06"
    assert nir_key("2951099126111") == "93"
    assert luhn_ok("73282932000074")


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- pen strokes
def signature_paths(rng: random.Random, name: str, w: float, h: float):
    """Return a list of polylines (lists of (x, y) in 0..w, 0..h) for a scrawled signature."""
    paths = []
    n_loops = 3 + len(name) % 4
    pts = []
    x0 = w * 0.05
    for i in range(n_loops * 14):
        t = i / (n_loops * 14)
        x = x0 + t * w * 0.78 + math.sin(t * n_loops * 2 * math.pi) * w * 0.035
        amp = h * (0.28 + 0.12 * math.sin(t * 7 + len(name)))
        y = h * 0.45 + amp * math.sin(t * n_loops * 2 * math.pi * 1.5 + rng.uniform(-0.2, 0.2))
        y += h * 0.15 * (0.5 - t)
        pts.append((x + rng.uniform(-0.6, 0.6), y + rng.uniform(-0.6, 0.6)))
    paths.append(pts)
    # capital initial stroke
    cap = []
    for i in range(18):
        t = i / 17
        cap.append(
            (
                w * 0.06 + w * 0.05 * math.sin(t * math.pi * 1.6),
                h * 0.15 + t * h * 0.75 + rng.uniform(-0.5, 0.5),
            )
        )
    paths.append(cap)
    # underline flourish
    fl = []
    for i in range(20):
        t = i / 19
        fl.append(
            (
                w * (0.12 + 0.82 * t),
                h * (0.14 + 0.1 * math.sin(t * math.pi)) + rng.uniform(-0.4, 0.4),
            )
        )
    paths.append(fl)
    return paths


def draw_signature(c: canvas.Canvas, rng, name, x, y, w, h, color=(0.08, 0.12, 0.45)):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    for pts in signature_paths(rng, name, w, h):
        c.setLineWidth(rng.uniform(0.8, 1.3))
        p = c.beginPath()
        p.moveTo(x + pts[0][0], y + pts[0][1])
        for px, py in pts[1:]:
            p.lineTo(x + px, y + py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def signature_png(rng, name, w=420, h=150) -> Image.Image:
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for pts in signature_paths(rng, name, w, h):
        d.line([(px, h - py) for px, py in pts], fill=(20, 30, 110, 255), width=3, joint="curve")
    return img


def hand_text(c, rng, text, x, y, size, font="HandA", color=(0.1, 0.15, 0.5), spacing=0.0):
    """Draw text glyph by glyph with jitter (pen writing). Returns end x."""
    c.saveState()
    c.setFillColorRGB(*color)
    cx = x
    for ch in text:
        s = size * rng.uniform(0.94, 1.06)
        c.saveState()
        c.translate(cx, y + rng.uniform(-0.6, 0.6))
        c.rotate(rng.uniform(-3, 3))
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, font, size) + spacing + rng.uniform(-0.2, 0.3)
    c.restoreState()
    return cx


def tick(c, rng, x, y, size, cross=True, color=(0.1, 0.15, 0.5)):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.2)
    c.setLineCap(1)
    j = rng.uniform
    if cross:
        c.line(x + j(0, 1.5), y + j(0, 1.5), x + size - j(0, 1.5), y + size - j(0, 1))
        c.line(x + j(0, 1.5), y + size - j(0, 1.5), x + size - j(0, 1), y + j(0, 1.5))
    else:
        p = c.beginPath()
        p.moveTo(x + 1, y + size * 0.5)
        p.lineTo(x + size * 0.4, y + 1)
        p.lineTo(x + size + 2, y + size + 2)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def face(c, x, y, w, h, tone=(0.45, 0.33, 0.25), bg=(0.85, 0.87, 0.9)):
    """A neutral portrait placeholder (head and shoulders)."""
    c.saveState()
    clip = c.beginPath()
    clip.rect(x, y, w, h)
    c.clipPath(clip, stroke=0, fill=0)
    c.setFillColorRGB(*bg)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*tone)
    c.ellipse(x + w * 0.3, y + h * 0.38, x + w * 0.7, y + h * 0.86, stroke=0, fill=1)
    c.setFillColorRGB(tone[0] * 0.5, tone[1] * 0.5, tone[2] * 0.6)
    c.ellipse(x + w * 0.08, y - h * 0.2, x + w * 0.92, y + h * 0.38, stroke=0, fill=1)
    c.restoreState()


def new_canvas(path_or_buf, size):
    c = canvas.Canvas(path_or_buf, pagesize=size, invariant=1, pageCompression=1)
    return c


# ---------------------------------------------------------------- rasterising
def render_pdf(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def _noise(arr: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    return np.clip(arr + nrng.normal(0, sigma, arr.shape), 0, 255)


def scan_look(img: Image.Image, rng: random.Random, grey=True) -> Image.Image:
    """Flatbed scan: slight skew, paper tone, noise, a dark edge strip."""
    ang = rng.uniform(-1.1, 1.1)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    arr = np.asarray(img).astype(np.float32)
    if grey:
        tone = np.array([236, 234, 228], np.float32) / 255.0
        arr = arr * tone + rng.uniform(0, 6)
    arr = _noise(arr, rng, 3.5)
    out = Image.fromarray(arr.astype(np.uint8))
    d = ImageDraw.Draw(out)
    w, h = out.size
    if rng.random() < 0.6:
        d.rectangle([0, 0, w, int(h * 0.004) + 2], fill=(60, 60, 60))
    return out.filter(ImageFilter.GaussianBlur(0.5))


def jpeg_bytes(img: Image.Image, q=82) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def images_to_pdf(images: list[Image.Image], dpi: int, q=78) -> bytes:
    """A scanner's PDF: each page an embedded JPEG, no text layer."""
    buf = io.BytesIO()
    c = new_canvas(buf, (595.27, 841.89))
    for im in images:
        w, h = im.size
        pw, ph = w * 72 / dpi, h * 72 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()


def on_a4(card: Image.Image, dpi: int, rng, pos=(0.12, 0.08)) -> Image.Image:
    """Place a card/passport image on a white A4 sheet (photocopy of the data page)."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("RGB", (W, H), (255, 255, 255))
    x = int(W * (pos[0] + rng.uniform(-0.02, 0.02)))
    y = int(H * (pos[1] + rng.uniform(-0.01, 0.02)))
    page.paste(card, (x, y))
    return page


def _table(w, h, rng):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(
        rng.choice([(120, 86, 58), (170, 150, 125), (60, 62, 68), (200, 196, 188), (140, 100, 70)]),
        np.float32,
    )
    yy = np.linspace(0, 1, h)[:, None]
    grain = np.sin(yy * rng.uniform(60, 140) + nrng.normal(0, 0.4, (h, 1))) * 9
    arr = np.ones((h, w, 3), np.float32) * base + grain[..., None]
    arr += nrng.normal(0, 5, (h, w, 1))
    return arr


def phone_photo(img: Image.Image, rng: random.Random, long_side=4032, rotate=0) -> Image.Image:
    """A phone photo of a page or card on a table: perspective, shadow, cast, blur."""
    W, H = (3024, long_side) if img.height >= img.width else (long_side, 3024)
    if long_side != 4032:
        W, H = (
            (int(long_side * 0.75), long_side)
            if img.height >= img.width
            else (
                long_side,
                int(long_side * 0.75),
            )
        )
    bg = _table(W, H, rng)
    sw, sh = img.size
    fill = rng.uniform(0.72, 0.86)
    sc = min(W * fill / sw, H * fill / sh)
    tw, th = sw * sc, sh * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)
    dst = np.float32(
        [
            [cx - tw / 2 + j(), cy - th / 2 + j()],
            [cx + tw / 2 + j(), cy - th / 2 + j()],
            [cx + tw / 2 + j(), cy + th / 2 + j()],
            [cx - tw / 2 + j(), cy + th / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(src, dst)
    doc = cv2.warpPerspective(np.asarray(img, np.float32), M, (W, H))
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))[..., None]
    # soft drop shadow
    sh_mask = cv2.GaussianBlur(mask, (0, 0), 18)
    if sh_mask.ndim == 2:
        sh_mask = sh_mask[..., None]
    bg = bg * (1 - 0.35 * np.roll(sh_mask, (14, 10), (0, 1)))
    arr = bg * (1 - mask) + doc * mask
    # uneven light + hand shadow + colour cast
    xx, yy = np.meshgrid(np.linspace(-1, 1, W), np.linspace(-1, 1, H))
    gx, gy = rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6)
    light = 1.0 - 0.16 * ((xx - gx) ** 2 + (yy - gy) ** 2)
    sx = rng.uniform(-1, 1)
    light *= 1 - 0.22 / (1 + np.exp(-(xx * 0.7 + yy * 0.7 - sx) * 9))
    cast = np.array([rng.uniform(1.0, 1.07), 1.0, rng.uniform(0.86, 0.97)], np.float32)
    arr = arr * light[..., None] * cast
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.9, 1.6))
    arr = _noise(arr, rng, 4.0)
    out = Image.fromarray(arr.astype(np.uint8))
    if rotate:
        out = out.rotate(rotate, expand=True)
    return out


def save_jpeg(img: Image.Image, path, q=86):
    img.convert("RGB").save(path, "JPEG", quality=q, optimize=False)
