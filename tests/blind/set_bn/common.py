"""Shared helpers: check digits, dates, fonts, pen strokes, rasterising and photo/scan looks."""

from __future__ import annotations

import io
import math
import random
import unicodedata

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
FONT_FILES = {
    "Sans": TT + "liberation/LiberationSans-Regular.ttf",
    "Sans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Sans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "Sans-BI": TT + "liberation/LiberationSans-BoldItalic.ttf",
    "Narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-B": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "Serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "Serif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "Serif-I": TT + "liberation/LiberationSerif-Italic.ttf",
    "Mono": TT + "liberation/LiberationMono-Regular.ttf",
    "Mono-B": TT + "liberation/LiberationMono-Bold.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
    "DejaVu-B": TT + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuC": TT + "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuC-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": TT + "dejavu/DejaVuSerif.ttf",
    "DVSerif-B": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Caladea": TT + "crosextra/Caladea-Regular.ttf",
    "Caladea-B": TT + "crosextra/Caladea-Bold.ttf",
    "Open": TT + "open-sans/OpenSans-Regular.ttf",
    "Open-B": TT + "open-sans/OpenSans-Bold.ttf",
    "Open-SB": TT + "open-sans/OpenSans-Semibold.ttf",
    "Roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-M": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Roboto-B": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobotoC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "Lato-B": TT + "lato/Lato-Bold.ttf",
    "Lato-Bk": TT + "lato/Lato-Black.ttf",
    "FreeSerif": TT + "freefont/FreeSerif.ttf",
    "FreeSerif-B": TT + "freefont/FreeSerifBold.ttf",
    "FreeMono": TT + "freefont/FreeMono.ttf",
    "Ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "Femke": TT + "femkeklaver/femkeklaver.ttf",
    "Breip": TT + "breip/Breip.ttf",
    "Dkg": TT + "fifthhorseman/dkg.ttf",
    "Amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "Amiri-B": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
}
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


_pil_cache: dict = {}


def pil_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, int(px))
    if key not in _pil_cache:
        path = OCRB if name == "OCRB" else FONT_FILES[name]
        _pil_cache[key] = ImageFont.truetype(path, int(px))
    return _pil_cache[key]


# ----------------------------------------------------------------- check digits
def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_check(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def translit(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    s = s.replace("'", "").replace("’", "")
    return "".join(c if c.isalnum() else "<" for c in s)


def mrz_name(surname: str, given: str, n: int) -> str:
    s = translit(surname) + "<<" + translit(given)
    return (s + "<" * n)[:n]


def td3(code, state, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = (code + "<")[:2] + state + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    pcd = mrz_check(pers) if personal else "0"
    l2 = num + mrz_check(num) + nat + dob + mrz_check(dob) + sex + expiry + mrz_check(expiry)
    l2 += pers + pcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_check(comp)
    assert len(l1) == 44 and len(l2) == 44
    assert check_td3([l1, l2]), (l1, l2)
    return [l1, l2]


def check_td3(lines) -> bool:
    l2 = lines[1]
    ok = mrz_check(l2[0:9]) == l2[9] and mrz_check(l2[13:19]) == l2[19]
    ok = ok and mrz_check(l2[21:27]) == l2[27]
    pers = l2[28:42]
    ok = ok and (mrz_check(pers) == l2[42] or (set(pers) == {"<"} and l2[42] in "<0"))
    return ok and mrz_check(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def td1(code, state, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    l1 = (code + "<")[:2] + state + num + mrz_check(num) + (opt1 + "<" * 15)[:15]
    l2 = dob + mrz_check(dob) + sex + expiry + mrz_check(expiry) + nat + (opt2 + "<" * 11)[:11]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    assert check_td1([l1, l2, l3]), (l1, l2, l3)
    return [l1, l2, l3]


def check_td1(lines) -> bool:
    l1, l2 = lines[0], lines[1]
    ok = mrz_check(l1[5:14]) == l1[14] and mrz_check(l2[0:6]) == l2[6]
    ok = ok and mrz_check(l2[8:14]) == l2[14]
    return ok and mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def mrvb(vtype, state, surname, given, number, nat, dob, sex, expiry, opt=""):
    l1 = "V" + vtype + state + mrz_name(surname, given, 31)
    num = (number + "<" * 9)[:9]
    l2 = num + mrz_check(num) + nat + dob + mrz_check(dob) + sex + expiry + mrz_check(expiry)
    l2 += (opt + "<" * 8)[:8]
    assert len(l1) == 36 and len(l2) == 36
    assert check_mrvb([l1, l2])
    return [l1, l2]


def check_mrvb(lines) -> bool:
    l2 = lines[1]
    ok = mrz_check(l2[0:9]) == l2[9] and mrz_check(l2[13:19]) == l2[19]
    return ok and mrz_check(l2[21:27]) == l2[27]


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country: str, bban: str) -> str:
    cd = 98 - _iban_num(bban + country + "00") % 97
    iban = f"{country}{cd:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


_RIBMAP = {}
for _d, _letters in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], 1):
    for _c in _letters:
        _RIBMAP[_c] = str(_d)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = int("".join(_RIBMAP.get(c, c) for c in account.upper()))
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97):02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban_make("FR", bank + branch + account + key), key


def iban_spaced(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_complete(digits: str) -> str:
    for d in "0123456789":
        s = digits + d
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError


# ----------------------------------------------------------------------- dates
MOIS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def d_fr(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def d_words(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{'1er' if d == 1 else d} {MOIS[m - 1]} {y}"


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


# ------------------------------------------------------------------ pen strokes
def _catmull(pts, n=10):
    out = []
    p = [pts[0]] + list(pts) + [pts[-1]]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[d]
                        + (-p0[d] + p2[d]) * t
                        + (2 * p0[d] - 5 * p1[d] + 4 * p2[d] - p3[d]) * t2
                        + (-p0[d] + 3 * p1[d] - 3 * p2[d] + p3[d]) * t3
                    )
                    for d in (0, 1)
                )
            )
    out.append(pts[-1])
    return out


def signature_paths(rng: random.Random, w: float, h: float):
    """Return a list of strokes; each stroke is a list of (x, y, width) in a w*h box
    (y upwards), looking like a cursive signature: a tall initial, a run of letter-like
    turns with loops, and often an underline flourish."""
    strokes = []
    mid = h * rng.uniform(0.38, 0.5)
    # initial capital: up-stroke, loop back, down
    x0 = w * rng.uniform(0.02, 0.08)
    cap = [
        (x0, mid - h * 0.1),
        (x0 + w * 0.05, mid + h * rng.uniform(0.3, 0.45)),
        (x0 + w * 0.09, mid + h * rng.uniform(0.35, 0.5)),
        (x0 + w * 0.06, mid + h * 0.05),
        (x0 + w * 0.02, mid - h * 0.05),
        (x0 + w * 0.1, mid + h * 0.1),
    ]
    knots = cap[:]
    x = cap[-1][0]
    end = w * rng.uniform(0.72, 0.9)
    up = True
    while x < end:
        step = w * rng.uniform(0.025, 0.06)
        x += step
        if up:
            hh = mid + h * rng.choice([0.12, 0.18, 0.25, 0.42])
        else:
            hh = mid - h * rng.uniform(0.02, 0.12)
        if rng.random() < 0.18 and up:  # a loop: go up, come back left
            knots.append((x, hh))
            knots.append((x - step * 0.8, hh - h * 0.1))
            x += step * 0.3
            knots.append((x, mid - h * 0.05))
        else:
            knots.append((x, hh))
        up = not up
    body = _catmull(knots, 9)
    strokes.append(body)
    if rng.random() < 0.8:  # flourish back under the name
        fx, fy = body[-1]
        fl = [
            (fx, fy),
            (fx + w * 0.05, fy - h * 0.15),
            (fx - w * 0.2, mid - h * rng.uniform(0.2, 0.3)),
            (w * rng.uniform(0.15, 0.35), mid - h * rng.uniform(0.22, 0.35)),
            (w * rng.uniform(0.05, 0.12), mid - h * rng.uniform(0.15, 0.3)),
        ]
        strokes.append(_catmull(fl, 14))
    if rng.random() < 0.5:  # a dot
        dx, dy = w * rng.uniform(0.4, 0.85), mid + h * rng.uniform(0.3, 0.45)
        strokes.append([(dx, dy), (dx + w * 0.01, dy + h * 0.015)])
    out = []
    for s in strokes:
        nn = len(s)
        wid = rng.uniform(0.9, 1.3)
        out.append(
            [
                (px, py, wid * (0.45 + 0.55 * math.sin(math.pi * (j + 1) / (nn + 1)) ** 0.5))
                for j, (px, py) in enumerate(s)
            ]
        )
    return out


def rl_signature(c, rng, x, y, w, h, color=(0.08, 0.12, 0.42), scale=1.0):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    for stroke in signature_paths(rng, w, h):
        for (x1, y1, w1), (x2, y2, _w2) in zip(stroke, stroke[1:], strict=False):
            c.setLineWidth(w1 * scale)
            c.line(x + x1, y + y1, x + x2, y + y2)
    c.restoreState()


def pil_signature(draw, rng, x, y, w, h, color=(25, 30, 90), scale=2.0):
    """Draw on a PIL image; (x, y) is the top-left corner of the box."""
    for stroke in signature_paths(rng, w, h):
        for (x1, y1, w1), (x2, y2, _w2) in zip(stroke, stroke[1:], strict=False):
            lw = max(1, int(round(w1 * scale)))
            draw.line([(x + x1, y + h - y1), (x + x2, y + h - y2)], fill=color, width=lw)


def signature_png(rng, w_px=520, h_px=180, color=(20, 28, 95)) -> Image.Image:
    im = Image.new("RGB", (w_px * 2, h_px * 2), "white")
    pil_signature(ImageDraw.Draw(im), rng, 0, 0, w_px * 2, h_px * 2, color, scale=5.0)
    return im.resize((w_px, h_px), Image.LANCZOS)


def hand_text(c, x, y, text, rng, font="Ecolier", size=13, color=(0.07, 0.13, 0.45), spacing=1.0):
    """Handwriting: per-glyph jitter of size, angle and baseline. Returns the end x."""
    c.saveState()
    c.setFillColorRGB(*color)
    drift = 0.0
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        drift += rng.uniform(-0.06, 0.06) * size * 0.1
        c.saveState()
        c.translate(x, y + drift + rng.uniform(-0.05, 0.05) * size)
        c.rotate(rng.uniform(-3.5, 3.5))
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        x += pdfmetrics.stringWidth(ch, font, s) * rng.uniform(0.97, 1.05) * spacing
    c.restoreState()
    return x


def rl_tick(c, rng, x, y, s, color=(0.07, 0.13, 0.45), cross=False):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineWidth(1.3)
    j = [rng.uniform(-0.08, 0.08) * s for _ in range(8)]
    if cross:
        c.line(x + 0.15 * s + j[0], y + 0.15 * s + j[1], x + 0.9 * s + j[2], y + 0.92 * s + j[3])
        c.line(x + 0.12 * s + j[4], y + 0.88 * s + j[5], x + 0.88 * s + j[6], y + 0.1 * s + j[7])
    else:
        p = c.beginPath()
        p.moveTo(x + 0.1 * s + j[0], y + 0.5 * s + j[1])
        p.curveTo(x + 0.3 * s, y + 0.2 * s, x + 0.35 * s, y + 0.1 * s, x + 0.4 * s + j[2], y + j[3])
        p.curveTo(
            x + 0.6 * s, y + 0.5 * s, x + 0.9 * s, y + 1.0 * s, x + 1.15 * s + j[4], y + 1.2 * s
        )
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


# ----------------------------------------------------------------------- PDFs
def new_canvas(buf, title="", author="", pagesize=A4):
    register_fonts()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    return c


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            t = (line + " " + word).strip()
            if pdfmetrics.stringWidth(t, font, size) <= width or not line:
                line = t
            else:
                out.append(line)
                line = word
        out.append(line)
    return out


def para(c, x, y, text, font, size, width, leading=None):
    leading = leading or size * 1.25
    c.setFont(font, size)
    for ln in wrap(text, font, size, width):
        c.drawString(x, y, ln)
        y -= leading
    return y


def render_pdf(data: bytes, dpi: int = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(data)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
        doc[i].close()
    doc.close()
    return out


def jpeg_bytes(img: Image.Image, q: int = 85) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q)
    return b.getvalue()


def images_to_pdf(images, dpi=200, q=78, title="", author="") -> bytes:
    """A scanner's PDF: every page an image, no text layer."""
    buf = io.BytesIO()
    c = new_canvas(buf, title=title, author=author)
    for img in images:
        w, h = img.size
        pw, ph = w * 72 / dpi, h * 72 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, q))), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------- the looks
def scan_look(img: Image.Image, rng: random.Random, gray=False, tint=(247, 245, 238), skew=0.6):
    """Flatbed scan: slight skew, paper tint, sensor noise, a touch of blur."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    a = a * (np.array(tint, np.float32) / 255.0)
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-6, 6)
    m[1, 2] += rng.uniform(-6, 6)
    a = cv2.warpAffine(a, m, (w, h), borderValue=tuple(float(t) for t in tint))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 3.2, a.shape[:2])[..., None]
    # darker band along one edge (lid not fully closed)
    if rng.random() < 0.5:
        band = np.linspace(0.9, 1.0, max(8, w // 40), dtype=np.float32)
        a[:, : band.size] *= band[None, :, None]
    for _ in range(rng.randint(3, 12)):  # dust specks
        cx, cy = rng.randrange(w), rng.randrange(h)
        cv2.circle(a, (cx, cy), rng.randint(1, 2), (90, 90, 90), -1)
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out.convert("L").convert("RGB") if gray else out


def _table_background(rng: random.Random, w: int, h: int) -> np.ndarray:
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "cloth", "laminate"])
    if kind == "wood":
        base = np.array(rng.choice([(122, 84, 52), (150, 110, 72), (96, 66, 44)]), np.float32)
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(yy / rng.uniform(9, 16) + 3 * np.sin(xx / rng.uniform(300, 600))) * 10
        a = np.ones((h, w, 3), np.float32) * base + grain[..., None]
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 72, 96), (120, 120, 116), (70, 90, 70)]), np.float32)
        a = np.ones((h, w, 3), np.float32) * base
    else:
        base = np.array(rng.choice([(215, 212, 204), (190, 196, 200)]), np.float32)
        a = np.ones((h, w, 3), np.float32) * base
    small = nrng.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32)
    small = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    a += small[..., None] * 6 + nrng.normal(0, 3, (h, w))[..., None]
    return a


def photo_look(img: Image.Image, rng: random.Random, rotate_k=0, long_side=None, fill=0.8):
    """Phone photo of a page or card lying on a table."""
    long_side = long_side or rng.choice([3024, 3264, 4000])
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    H, W = (long_side, int(long_side * 0.75)) if portrait else (int(long_side * 0.75), long_side)
    bg = _table_background(rng, W, H)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
        ]
    )
    # a slight overall rotation
    ang = math.radians(rng.uniform(-4, 4))
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]], np.float32)
    dst = (dst - [cx, cy]) @ rot.T + [cx, cy]
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst.astype(np.float32))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow
    sm = cv2.GaussianBlur(mask, (0, 0), W / 120)
    sm = np.roll(sm, (int(W / 150), int(W / 110)), axis=(0, 1))
    bg = bg * (1 - 0.45 * sm[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: gradient + vignette + hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.12 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    r = np.sqrt((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2)
    light *= 1 - 0.22 * r**2
    if rng.random() < 0.6:
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.choice([0.0, 1.0]) * H
        d = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2) / max(W, H)
        light *= 1 - 0.18 * np.exp(-((d / 0.3) ** 2))
    out *= light[..., None]
    cast = np.array(rng.choice([(1.04, 1.0, 0.9), (0.96, 1.0, 1.06), (1.02, 1.01, 0.95)]))
    out *= cast.astype(np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    out += nrng.normal(0, 4.0, (H, W, 1)).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rotate_k:
        out = np.ascontiguousarray(np.rot90(out, rotate_k))
    return Image.fromarray(out)


def paste_on_page(items, dpi=300, page=(210, 297), bg=(255, 255, 255)):
    """Place card/booklet images on an A4 page (flatbed scan of IDs). items: (img, x_mm, y_mm)."""
    W, H = int(page[0] / 25.4 * dpi), int(page[1] / 25.4 * dpi)
    im = Image.new("RGB", (W, H), bg)
    for it, x, y in items:
        im.paste(it, (int(x / 25.4 * dpi), int(y / 25.4 * dpi)))
    return im


def at_dpi(img: Image.Image, src_dpi: float, dst_dpi: float) -> Image.Image:
    w, h = img.size
    return img.resize((round(w * dst_dpi / src_dpi), round(h * dst_dpi / src_dpi)), Image.LANCZOS)


def soften(img: Image.Image, radius=0.7) -> Image.Image:
    return img.filter(ImageFilter.GaussianBlur(radius))
