"""Shared helpers for set_ai: fonts, MRZ, IBAN, dates, and the 'looks' (scan, photo...)."""

from __future__ import annotations

import io
import math
import random
import unicodedata
from datetime import date

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

FONT_FILES = {
    "sans": "truetype/dejavu/DejaVuSans.ttf",
    "sans-b": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "truetype/dejavu/DejaVuSerif.ttf",
    "serif-b": "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "cond": "truetype/dejavu/DejaVuSansCondensed.ttf",
    "cond-b": "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "lib": "truetype/liberation/LiberationSans-Regular.ttf",
    "lib-b": "truetype/liberation/LiberationSans-Bold.ttf",
    "libserif": "truetype/liberation/LiberationSerif-Regular.ttf",
    "libserif-b": "truetype/liberation/LiberationSerif-Bold.ttf",
    "mono": "truetype/liberation/LiberationMono-Regular.ttf",
    "carlito": "truetype/crosextra/Carlito-Regular.ttf",
    "carlito-b": "truetype/crosextra/Carlito-Bold.ttf",
    "lato": "truetype/lato/Lato-Regular.ttf",
    "lato-b": "truetype/lato/Lato-Bold.ttf",
    "open": "truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": "truetype/open-sans/OpenSans-Bold.ttf",
    "roboto": "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "rcond": "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "rcond-b": "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "free": "truetype/freefont/FreeSans.ttf",
    "free-b": "truetype/freefont/FreeSansBold.ttf",
    "freeserif": "truetype/freefont/FreeSerif.ttf",
    "freeserif-b": "truetype/freefont/FreeSerifBold.ttf",
    "freemono": "truetype/freefont/FreeMono.ttf",
    "ocrb": "opentype/ocr-b/OCRB.otf",
    "hand1": "truetype/fifthhorseman/dkg.ttf",
    "hand2": "opentype/dancingscript/DancingScript-Regular.otf",
    "hand3": "truetype/ecolier-court/Ecolier-court.ttf",
    "hand4": "truetype/femkeklaver/femkeklaver.ttf",
    "hand5": "opentype/kaushanscript/KaushanScript-Regular.otf",
    "hand6": "truetype/rufscript/Rufscript010.ttf",
    "hand7": "truetype/humor-sans/Humor-Sans.ttf",
    "gothic": "opentype/urw-base35/URWGothic-Book.otf",
    "bookman": "opentype/urw-base35/URWBookman-Light.otf",
}
FONT_DIR = "/usr/share/fonts/"
_registered: set[str] = set()


def font(name: str) -> str:
    """Register a font with reportlab (TrueType only) and return its name."""
    if name not in _registered:
        path = FONT_DIR + FONT_FILES[name]
        if path.endswith(".otf"):
            raise ValueError("CFF fonts are only usable through PIL: " + name)
        pdfmetrics.registerFont(TTFont(name, path))
        _registered.add(name)
    return name


def pil_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_DIR + FONT_FILES[name], size)


# ---------------------------------------------------------------- dates
MOIS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip


def d(s: str) -> date:
    return date.fromisoformat(s)


def fr(s: str) -> str:
    x = d(s)
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def fr_words(s: str) -> str:
    x = d(s)
    day = "1er" if x.day == 1 else str(x.day)
    return f"{day} {MOIS[x.month - 1]} {x.year}"


def add_months(s: str, n: int) -> str:
    x = d(s)
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(x.day, 28)).isoformat()


def month_end(y: int, m: int) -> str:
    nxt = date(y + (m // 12), m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1).isoformat()


# ---------------------------------------------------------------- MRZ (ICAO 9303)
def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def ascii_up(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mrz_name(surname: str, given: str, width: int) -> str:
    surname, given = ascii_up(surname), ascii_up(given)
    s = surname.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    return (s + "<<" + g + "<" * width)[:width]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = (doc_type + "<" * 2)[:2] + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    pcd = cd(pers) if personal else "<"
    body = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(exp)
    body += cd(yymmdd(exp)) + pers + pcd
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + cd(comp)]


def mrva(country, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (optional + "<" * 16)[:16]
    l2 = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(exp)
    l2 += cd(yymmdd(exp)) + opt
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    l1 = (doc_type + "<")[:2] + country + num + cd(num) + (opt1 + "<" * 15)[:15]
    l2 = yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(exp) + cd(yymmdd(exp)) + nat
    l2 += (opt2 + "<" * 11)[:11]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


# ---------------------------------------------------------------- IBAN / RIB
def _digits(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_from_bban(country: str, bban: str) -> str:
    n = int(_digits(bban + country + "00"))
    return f"{country}{98 - n % 97:02d}{bban}"


def rib_key(bank: str, branch: str, account: str) -> str:
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = int(account.upper().translate(conv))
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban_from_bban("FR", bank + branch + account + key), key


def be_iban(bank3: str, acct7: str) -> str:
    first = bank3 + acct7
    chk = int(first) % 97 or 97
    return iban_from_bban("BE", f"{first}{chk:02d}")


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- PDF helpers
def new_canvas(buf: io.BytesIO, size, title: str = "", author: str = ""):
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
        c.setCreator(author)
    return c


def render_pdf(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def jpeg_bytes(img: Image.Image, quality: int = 85) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, optimize=False)
    return b.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def images_to_pdf(imgs: list[Image.Image], dpi: int, title: str = "", quality: int = 70) -> bytes:
    """A scanner's PDF: JPEG pages, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    if title:
        c.setTitle(title)
    c.setCreator("Canon MF Scan Utility")
    for img in imgs:
        w, h = img.size[0] * 72.0 / dpi, img.size[1] * 72.0 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, quality))), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- looks
def _noise(arr: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(1 << 30)).normal(0, sigma, arr.shape[:2])
    return np.clip(arr.astype(np.float32) + g[..., None], 0, 255).astype(np.uint8)


def scan_look(img: Image.Image, rng: random.Random, grey: bool = False) -> Image.Image:
    """Flatbed scan: off-white paper, tiny skew, a little noise and softness."""
    paper = rng.choice([(246, 244, 238), (238, 238, 236), (250, 249, 245), (236, 233, 226)])
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array(paper, np.float32) / 255.0
    arr = arr * tint
    arr = _noise(arr.astype(np.uint8), rng, rng.uniform(2.0, 5.0))
    out = Image.fromarray(arr)
    angle = rng.uniform(-1.2, 1.2)
    out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if grey:
        out = out.convert("L").convert("RGB")
    # a darker band at one edge (scanner lid)
    dr = ImageDraw.Draw(out)
    w, h = out.size
    edge = rng.choice(["top", "left", "none"])
    if edge == "top":
        dr.rectangle([0, 0, w, rng.randint(4, 14)], fill=(70, 70, 70))
    elif edge == "left":
        dr.rectangle([0, 0, rng.randint(3, 10), h], fill=(80, 80, 80))
    return out


def _table(rng: random.Random, w: int, h: int) -> np.ndarray:
    kind = rng.choice(["wood", "dark", "fabric", "white"])
    g = np.random.default_rng(rng.randrange(1 << 30))
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32)
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        stripes = 18 * np.sin(y / 9.0 + 3 * np.sin(x / 230.0)) + 10 * np.sin(y / 41.0)
        arr = base[None, None, :] + stripes[..., None]
    elif kind == "dark":
        arr = np.full((h, w, 3), (48, 50, 56), np.float32)
    elif kind == "fabric":
        arr = np.full((h, w, 3), (92, 110, 140), np.float32)
    else:
        arr = np.full((h, w, 3), (214, 214, 210), np.float32)
    arr += g.normal(0, 6, (h, w, 1))
    return np.clip(arr, 0, 255)


def photo_look(img: Image.Image, rng: random.Random, long_side: int = 3264) -> Image.Image:
    """Phone photo of a page or card lying on a table."""
    portrait = rng.random() < 0.75
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    src = np.asarray(img.convert("RGB"))
    sh, sw = src.shape[:2]
    fill = rng.uniform(0.70, 0.86)
    scale = min(W * fill / sw, H * fill / sh)
    cw, ch = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    a = math.radians(rng.uniform(-6, 6))
    pts = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = dx * cw / 2, dy * ch / 2
        x, y = x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
        j = 0.035 * min(cw, ch)
        pts.append([cx + x + rng.uniform(-j, j), cy + y + rng.uniform(-j, j)])
    # keystone: top edge narrower (phone tilted)
    k = rng.uniform(0.0, 0.06) * cw
    pts[0][0] += k
    pts[1][0] -= k
    m = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), np.float32(pts)
    )
    table = _table(rng, W, H)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((sh, sw), 255, np.uint8), m, (W, H))
    # drop shadow
    sm = cv2.GaussianBlur(mask, (0, 0), 18).astype(np.float32) / 255.0
    sm = np.roll(sm, (14, 10), (0, 1))
    table = table * (1 - 0.45 * sm[..., None])
    mf = (mask.astype(np.float32) / 255.0)[..., None]
    out = warped.astype(np.float32) * mf + table * (1 - mf)
    # uneven light + colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - rng.uniform(0.25, 0.45) * dist
    cast = np.array(rng.choice([(1.0, 0.97, 0.88), (0.95, 0.98, 1.04), (1.03, 1.0, 0.93)]))
    out = out * light[..., None] * cast[None, None, :]
    if rng.random() < 0.5:  # shadow of the phone/hand
        x0 = rng.uniform(0.2, 0.7) * W
        band = 1 - 0.22 / (1 + np.exp(-(xx - x0) / 60.0)) * (yy > rng.uniform(0.5, 0.8) * H)
        out = out * band[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out = _noise(out, rng, rng.uniform(2.5, 5))
    pim = Image.fromarray(out)
    rot = rng.choice([0, 0, 0, 90, 180, 270])
    if rot:
        pim = pim.rotate(rot, expand=True)
    return pim


def screenshot_frame(w: int = 1170, h: int = 2532, clock: str = "09:41", dark: bool = False):
    """A blank phone screenshot with a status bar; returns (image, draw)."""
    bg = (18, 18, 20) if dark else (255, 255, 255)
    fg = (255, 255, 255) if dark else (0, 0, 0)
    img = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(img)
    f = pil_font("roboto-m", 46)
    dr.text((90, 48), clock, font=f, fill=fg)
    # signal, wifi, battery
    for i in range(4):
        dr.rectangle([w - 330 + i * 18, 92 - 10 * i, w - 318 + i * 18, 100], fill=fg)
    dr.pieslice([w - 240, 50, w - 180, 110], 225, 315, fill=fg)
    dr.rounded_rectangle([w - 160, 62, w - 80, 98], radius=9, outline=fg, width=3)
    dr.rectangle([w - 155, 67, w - 100, 93], fill=fg)
    return img, dr
