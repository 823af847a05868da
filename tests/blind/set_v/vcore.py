"""Shared helpers for set_v: fonts, check digits, handwriting, PDF building, looks."""

from __future__ import annotations

import datetime as dt
import io
import math
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
rl_config.useA85 = 0

FD = "/usr/share/fonts"
TTF = {
    "sans": "truetype/liberation/LiberationSans-Regular.ttf",
    "sans-b": "truetype/liberation/LiberationSans-Bold.ttf",
    "sans-i": "truetype/liberation/LiberationSans-Italic.ttf",
    "narrow": "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "serif": "truetype/liberation/LiberationSerif-Regular.ttf",
    "serif-b": "truetype/liberation/LiberationSerif-Bold.ttf",
    "serif-i": "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": "truetype/liberation/LiberationMono-Regular.ttf",
    "mono-b": "truetype/liberation/LiberationMono-Bold.ttf",
    "dejavu": "truetype/dejavu/DejaVuSans.ttf",
    "dejavu-b": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "dserif": "truetype/dejavu/DejaVuSerif.ttf",
    "dserif-b": "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "cond": "truetype/dejavu/DejaVuSansCondensed.ttf",
    "cond-b": "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "lato": "truetype/lato/Lato-Regular.ttf",
    "lato-b": "truetype/lato/Lato-Bold.ttf",
    "lato-l": "truetype/lato/Lato-Light.ttf",
    "roboto": "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "rcond": "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "rcond-b": "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "open": "truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": "truetype/open-sans/OpenSans-Bold.ttf",
    "carlito": "truetype/crosextra/Carlito-Regular.ttf",
    "carlito-b": "truetype/crosextra/Carlito-Bold.ttf",
    "caladea": "truetype/crosextra/Caladea-Regular.ttf",
    "caladea-b": "truetype/crosextra/Caladea-Bold.ttf",
    "fserif": "truetype/freefont/FreeSerif.ttf",
    "fserif-b": "truetype/freefont/FreeSerifBold.ttf",
    "fmono": "truetype/freefont/FreeMono.ttf",
    "amiri": "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "hand1": "truetype/fifthhorseman/dkg.ttf",
    "hand2": "truetype/fifthhorseman/dkgIt.ttf",
    "hand3": "truetype/breip/Breip.ttf",
    "hand4": "truetype/femkeklaver/femkeklaver.ttf",
    "hand5": "truetype/fifthhorseman/dkgBd.ttf",
}
HANDS = ["hand1", "hand2", "hand5"]
PIL_FONTS = {
    "ocrb": "opentype/ocr-b/OCRB.otf",
    "sig1": "opentype/dancingscript/DancingScript-Regular.otf",
    "sig2": "opentype/kaushanscript/KaushanScript-Regular.otf",
    "sig3": "opentype/dancingscript/DancingScript-Bold.otf",
    "sig4": "truetype/fifthhorseman/dkgBI.ttf",
}
for _k, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_k, f"{FD}/{_p}"))

INKS = [(0.05, 0.1, 0.45), (0.08, 0.08, 0.12), (0.1, 0.15, 0.55), (0.02, 0.25, 0.6)]

MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS_FR = MONTHS_FR.split()
MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(date: dt.date | str) -> str:
    if isinstance(date, str):
        date = d(date)
    return date.strftime("%d/%m/%Y")


def fr_words(date: dt.date | str) -> str:
    if isinstance(date, str):
        date = d(date)
    day = "1er" if date.day == 1 else str(date.day)
    return f"{day} {MONTHS_FR[date.month - 1]} {date.year}"


def en_mon(date: dt.date | str, sep: str = " ") -> str:
    if isinstance(date, str):
        date = d(date)
    return f"{date.day:02d}{sep}{MONTHS_EN[date.month - 1]}{sep}{date.year}"


def month_bounds(ym: str) -> tuple[dt.date, dt.date]:
    y, m = map(int, ym.split("-"))
    start = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


# ---------------------------------------------------------------- check digits
def mrz_check(s: str) -> str:
    w = [7, 3, 1]
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
    def clean(x: str) -> str:
        tr = str.maketrans("ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝİŞĞ", "AAAAAACEEEEIIIINOOOOOUUUUYISG")
        x = x.upper().translate(tr).replace("'", "").replace("-", "<").replace(" ", "<")
        return "".join(ch for ch in x if ch.isalpha() or ch == "<")

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * width)[:width]


def yymmdd(date: str) -> str:
    return date[2:4] + date[5:7] + date[8:10]


def td3(
    cc: str,
    nat: str,
    num: str,
    surname: str,
    given: str,
    dob: str,
    sex: str,
    exp: str,
    personal: str = "",
    doc: str = "P<",
) -> list[str]:
    l1 = doc + cc + mrz_name(surname, given, 39)
    n = (num + "<" * 9)[:9]
    p = (personal + "<" * 14)[:14]
    pc = mrz_check(p) if personal else "<"
    body = n + mrz_check(n) + nat + yymmdd(dob) + mrz_check(yymmdd(dob)) + sex
    body += yymmdd(exp) + mrz_check(yymmdd(exp)) + p + pc
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + mrz_check(comp)]


def mrva(
    cc: str,
    nat: str,
    num: str,
    surname: str,
    given: str,
    dob: str,
    sex: str,
    until: str,
    doc: str = "VD",
) -> list[str]:
    l1 = doc + cc + mrz_name(surname, given, 39)
    n = (num + "<" * 9)[:9]
    l2 = n + mrz_check(n) + nat + yymmdd(dob) + mrz_check(yymmdd(dob)) + sex
    l2 += yymmdd(until) + mrz_check(yymmdd(until)) + "<" * 16
    return [l1, l2]


def td1(
    doc: str,
    cc: str,
    num: str,
    surname: str,
    given: str,
    dob: str,
    sex: str,
    exp: str,
    nat: str,
    opt1: str = "",
) -> list[str]:
    n = (num + "<" * 9)[:9]
    o1 = (opt1 + "<" * 15)[:15]
    l1 = doc + cc + n + mrz_check(n) + o1
    l2 = yymmdd(dob) + mrz_check(yymmdd(dob)) + sex + yymmdd(exp) + mrz_check(yymmdd(exp))
    l2 += nat + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def _num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(cc: str, bban: str) -> str:
    chk = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    return _num(iban[4:] + iban[:4]) % 97 == 1


def rib_key(bank: str, branch: str, acct: str) -> str:
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    a = int(acct.upper().translate(conv))
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * a) % 97:02d}"


def fr_iban(bank: str, branch: str, acct: str) -> tuple[str, str]:
    key = rib_key(bank, branch, acct)
    return iban_make("FR", bank + branch + acct + key), key


def groups(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- drawing helpers
def hand(c, x, y, text, rng: random.Random, font="hand1", size=12, ink=None, jitter=1.0):
    """Pen-like text: per-glyph offset, rotation and size jitter."""
    ink = ink or INKS[0]
    c.saveState()
    c.setFillColorRGB(*ink)
    cx = x
    base_rot = rng.uniform(-1.5, 1.5)
    for ch in text:
        sz = size * rng.uniform(0.94, 1.06)
        c.saveState()
        c.translate(cx, y + rng.uniform(-0.7, 0.7) * jitter)
        c.rotate(base_rot + rng.uniform(-3, 3) * jitter)
        c.setFont(font, sz)
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, font, sz) * rng.uniform(0.98, 1.08)
    c.restoreState()
    return cx


def hand_comb(c, x, y, text, cell, rng, font="hand1", size=12, ink=None):
    for i, ch in enumerate(text):
        w = pdfmetrics.stringWidth(ch, font, size)
        hand(c, x + i * cell + (cell - w) / 2 + rng.uniform(-1, 1), y, ch, rng, font, size, ink)


def tick(c, x, y, s, rng, ink=None, cross=None):
    """A handwritten tick or cross in a box of side s at (x, y)."""
    ink = ink or INKS[0]
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(rng.uniform(1.0, 1.6))
    c.setLineCap(1)
    if cross if cross is not None else rng.random() < 0.5:
        c.line(x + 1 + rng.uniform(-1, 1), y + 1, x + s - 1, y + s - 1 + rng.uniform(-1, 1))
        c.line(x + 1, y + s - 1 + rng.uniform(-1, 1), x + s - 1 + rng.uniform(-1, 1), y + 1)
    else:
        p = c.beginPath()
        p.moveTo(x + 1, y + s * 0.5)
        p.lineTo(x + s * 0.4, y + 1)
        p.lineTo(x + s + 2, y + s + 2 + rng.uniform(0, 2))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def signature_png(name: str, rng: random.Random, ink=None, w=620, h=220) -> Image.Image:
    """A handwritten signature (script name + flourish) on a transparent background."""
    ink = ink or INKS[rng.randrange(len(INKS))]
    col = tuple(int(v * 255) for v in ink) + (255,)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    parts = name.split()
    style = rng.randrange(3)
    if style == 0:
        text = parts[0][0] + ". " + parts[-1].capitalize()
    elif style == 1:
        text = " ".join(p.capitalize() for p in parts[:2])
    else:
        text = parts[-1].capitalize()
    fnt = ImageFont.truetype(f"{FD}/{PIL_FONTS[rng.choice(['sig1', 'sig2', 'sig3', 'sig4'])]}", 86)
    tw = dr.textlength(text, font=fnt)
    scale = min(1.0, (w - 40) / max(tw, 1))
    fnt = ImageFont.truetype(fnt.path, int(86 * scale))
    dr.text((20, h * 0.18), text, font=fnt, fill=col)
    pts = []
    x0, y0 = 30 + rng.uniform(0, 40), h * rng.uniform(0.7, 0.85)
    for i in range(40):
        t = i / 39
        pts.append((x0 + t * (w - 80), y0 + math.sin(t * math.pi * rng.uniform(1, 3)) * 14))
    dr.line(pts, fill=col, width=4, joint="curve")
    img = img.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC, expand=False)
    return img


def draw_signature(c, name, x, y, w, h, rng, ink=None):
    img = signature_png(name, rng, ink)
    c.drawImage(ImageReader(img), x, y, w, h, mask="auto")


def stamp(c, x, y, r, lines, rng, color=(0.15, 0.2, 0.6), inner=None):
    """A round rubber stamp with curved-ish text lines."""
    c.saveState()
    c.setStrokeColorRGB(*color, alpha=0.75)
    c.setFillColorRGB(*color, alpha=0.75)
    c.translate(x, y)
    c.rotate(rng.uniform(-20, 20))
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.circle(0, 0, r * 0.72)
    text = lines[0]
    n = len(text)
    for i, ch in enumerate(text):
        ang = 160 - i * (140 / max(n - 1, 1))
        c.saveState()
        c.rotate(ang - 90)
        c.setFont("sans-b", r * 0.2)
        c.drawCentredString(0, r * 0.78, ch)
        c.restoreState()
    c.setFont("sans-b", r * 0.17)
    for i, ln in enumerate(inner or lines[1:]):
        c.drawCentredString(0, r * 0.25 - i * r * 0.24, ln)
    c.restoreState()


def guilloche(c, x, y, w, h, rng, color, n=26):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.25)
    ph = rng.uniform(0, 6)
    for k in range(n):
        p = c.beginPath()
        for i in range(81):
            t = i / 80
            yy = y + h * (k + 0.5) / n + math.sin(t * 12 + k * 0.4 + ph) * h / n * 1.3
            if i == 0:
                p.moveTo(x + t * w, yy)
            else:
                p.lineTo(x + t * w, yy)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def mrz_png(lines: list[str], char_w_px: int = 26) -> Image.Image:
    fnt = ImageFont.truetype(f"{FD}/{PIL_FONTS['ocrb']}", int(char_w_px * 1.38))
    lh = int(char_w_px * 1.9)
    width = max(len(ln) for ln in lines) * char_w_px + 10
    img = Image.new("RGBA", (width, lh * len(lines) + 8), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    for i, ln in enumerate(lines):
        for j, ch in enumerate(ln):
            dr.text((5 + j * char_w_px, 4 + i * lh), ch, font=fnt, fill=(20, 20, 25, 255))
    return img


def draw_mrz(c, lines, x, y, w):
    img = mrz_png(lines)
    h = w * img.height / img.width
    c.drawImage(ImageReader(img), x, y, w, h, mask="auto")


def photo_png(rng: random.Random, sex: str, w=300, h=380) -> Image.Image:
    """A neutral ID photo placeholder: plain background, head and shoulders silhouette."""
    bg = rng.choice([(222, 226, 232), (235, 235, 235), (210, 220, 235)])
    img = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(img)
    skin = rng.choice(
        [(238, 208, 180), (198, 150, 110), (150, 100, 70), (95, 65, 45), (225, 190, 150)]
    )
    hair = rng.choice([(30, 25, 20), (60, 40, 25), (110, 80, 50), (20, 20, 20)])
    cloth = rng.choice([(40, 50, 70), (90, 90, 95), (120, 30, 40), (230, 230, 230)])
    dr.ellipse((w * 0.1, h * 0.68, w * 0.9, h * 1.3), fill=cloth)
    dr.rectangle((w * 0.4, h * 0.55, w * 0.6, h * 0.75), fill=skin)
    if sex == "F":
        dr.ellipse((w * 0.2, h * 0.1, w * 0.8, h * 0.8), fill=hair)
    dr.ellipse((w * 0.27, h * 0.16, w * 0.73, h * 0.66), fill=skin)
    dr.chord((w * 0.26, h * 0.12, w * 0.74, h * 0.5), 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        dr.ellipse((w * ex - 8, h * 0.38, w * ex + 8, h * 0.42), fill=(40, 30, 30))
    dr.line((w * 0.44, h * 0.54, w * 0.56, h * 0.54), fill=(120, 60, 60), width=3)
    return img.filter(ImageFilter.GaussianBlur(1.2))


# ---------------------------------------------------------------- PDFs and rasters
def make_pdf(draw, pagesize, **kw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    c.setCreator("Microsoft Word")
    draw(c, pagesize[0], pagesize[1], **kw)
    c.showPage()
    c.save()
    return buf.getvalue()


def raster(pdf: bytes, dpi: int = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def _noise(arr: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    nr = np.random.default_rng(rng.randrange(2**32))
    n = nr.standard_normal(arr.shape[:2], dtype=np.float32)
    n *= sigma
    arr += n[..., None]
    return arr


def scanned(img: Image.Image, rng: random.Random, paper=None) -> Image.Image:
    """Flatbed look: grey paper, slight skew, noise, soft blur."""
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = paper or (rng.uniform(232, 248), rng.uniform(230, 246), rng.uniform(225, 242))
    arr = arr / 255.0 * np.array(tint, np.float32)
    arr = _noise(arr, rng, rng.uniform(2, 6))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    ang = rng.uniform(-1.4, 1.4)
    out = out.rotate(
        ang, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(t) for t in tint)
    )
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))


def on_a4(card: Image.Image, rng: random.Random, dpi=200, card_mm=None, extra=None):
    """Put one or two card/booklet images on a white A4 scanner bed."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    page = Image.new("RGB", (W, H), (255, 255, 255))
    x, y = int(W * rng.uniform(0.08, 0.2)), int(H * rng.uniform(0.05, 0.12))
    items = [card] + ([extra] if extra else [])
    for im in items:
        if card_mm:
            s = card_mm / 25.4 * dpi / im.width
            im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
        page.paste(im, (x, y))
        y += im.height + int(dpi * 0.4)
    return page


def save_jpeg(img: Image.Image, path, q=88, dpi=None):
    kw = {"quality": q, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


def save_image_pdf(imgs: list[Image.Image], path, rng: random.Random, dpi=200):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setCreator("EPSON Scan")
    for im in imgs:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        jb = io.BytesIO()
        im.convert("RGB").save(jb, "JPEG", quality=rng.randint(70, 85))
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, w, h)
        c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _table(rng: random.Random, W: int, H: int) -> np.ndarray:
    w, h = W // 4, H // 4
    nr = np.random.default_rng(rng.randrange(2**32))
    kind = rng.randrange(3)
    if kind == 0:  # wood
        base = np.array(
            [rng.uniform(120, 170), rng.uniform(85, 115), rng.uniform(50, 75)], np.float32
        )
        ys = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        xs = np.linspace(0, 1, w, dtype=np.float32)[None, :]
        grain = np.sin((xs * 3 + ys * 40 + np.sin(xs * 9) * 0.8) * 6) * 12
        arr = base[None, None, :] + grain[..., None]
    elif kind == 1:  # grey/white desk
        v = rng.uniform(150, 215)
        arr = np.full((h, w, 3), v, np.float32)
    else:  # dark fabric
        arr = np.full(
            (h, w, 3), [rng.uniform(40, 70), rng.uniform(45, 70), rng.uniform(60, 90)], np.float32
        )
    arr = arr + nr.standard_normal((h, w, 1), dtype=np.float32) * 6
    return cv2.resize(arr.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)


def phone_photo(
    img: Image.Image, rng: random.Random, rot: int | None = None, long_side: int | None = None
) -> Image.Image:
    """A phone photo of a page/card lying on a table."""
    L = long_side or rng.choice([2448, 2592, 3024, 3264])
    S = int(L * 0.75)
    W, H = (S, L) if img.height >= img.width else (L, S)
    bg = _table(rng, W, H)
    fill = rng.uniform(0.62, 0.86)
    s = min(W * fill / img.width, H * fill / img.height)
    dw, dh = img.width * s, img.height * s
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = 0.045 * min(W, H)
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
    doc = np.asarray(img.convert("RGB")).astype(np.float32)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones(doc.shape[:2], np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0)[..., None]
    # drop shadow of the sheet
    small = cv2.resize(mask[..., 0], (W // 4, H // 4), interpolation=cv2.INTER_AREA)
    sh = cv2.resize(cv2.GaussianBlur(small, (0, 0), 4.5), (W, H))[..., None]
    sh = np.roll(np.roll(sh, 14, 0), 10, 1)
    bg *= 1 - 0.45 * sh
    arr = bg * (1 - mask) + warped * mask
    # uneven light + a hand/phone shadow
    ys = np.linspace(-1, 1, H // 8, dtype=np.float32)[:, None]
    xs = np.linspace(-1, 1, W // 8, dtype=np.float32)[None, :]
    a, b = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1.0 + a * xs + b * ys - 0.12 * (xs**2 + ys**2)
    if rng.random() < 0.5:
        ox, oy = rng.uniform(-1, 1), rng.uniform(-1, 1)
        blob = np.exp(-(((xs - ox) ** 2 + (ys - oy) ** 2) / rng.uniform(0.15, 0.5)))
        light = light - rng.uniform(0.15, 0.3) * blob
    cast = np.array(
        [rng.uniform(0.92, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.85, 1.0)], np.float32
    )
    light = cv2.resize(light.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    arr *= light[..., None]
    arr *= cast[None, None, :]
    arr = _noise(arr, rng, rng.uniform(2.5, 5))
    out = np.clip(arr, 0, 255).astype(np.uint8)
    k = rng.choice([0, 0, 1.0, 1.6, 2.2])
    if k:
        out = cv2.GaussianBlur(out, (0, 0), k)
    pil = Image.fromarray(out)
    rot = rng.choice([0, 0, 0, 90, 270, 180]) if rot is None else rot
    if rot:
        pil = pil.rotate(rot, expand=True)
    return pil


def to_size(img: Image.Image, long_side: int) -> Image.Image:
    s = long_side / max(img.size)
    return img.resize((int(img.width * s), int(img.height * s)), Image.LANCZOS)


def card_image(draw, w_mm, h_mm, dpi=400, **kw) -> Image.Image:
    pdf = make_pdf(draw, (w_mm * mm, h_mm * mm), **kw)
    img = raster(pdf, dpi)[0]
    # rounded corners on a white ground
    r = int(3.2 / 25.4 * dpi)
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).rounded_rectangle((0, 0, img.width - 1, img.height - 1), r, fill=255)
    out = Image.new("RGB", img.size, (255, 255, 255))
    out.paste(img, (0, 0), m)
    return out
