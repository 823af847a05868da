"""Shared helpers for set_bt: check digits, fonts, pen strokes, stamps and the five looks."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

MM = 72.0 / 25.4
A4 = (595.28, 841.89)
FONT_DIR = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": "liberation/LiberationSans-Regular.ttf",
    "SansB": "liberation/LiberationSans-Bold.ttf",
    "SansI": "liberation/LiberationSans-Italic.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "NarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "Serif": "liberation/LiberationSerif-Regular.ttf",
    "SerifB": "liberation/LiberationSerif-Bold.ttf",
    "SerifI": "liberation/LiberationSerif-Italic.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "Courier": "liberation/LiberationMono-Regular.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "LatoB": "lato/Lato-Bold.ttf",
    "Roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobotoM": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "RobotoB": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Cond": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "CondB": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "CarlitoB": "crosextra/Carlito-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "CaladeaB": "crosextra/Caladea-Bold.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "OpenB": "open-sans/OpenSans-Bold.ttf",
    "DejaVu": "dejavu/DejaVuSans.ttf",
    "DejaVuB": "dejavu/DejaVuSans-Bold.ttf",
    "DVSerif": "dejavu/DejaVuSerif.ttf",
    "FreeSerif": "freefont/FreeSerif.ttf",
    "FreeSerifB": "freefont/FreeSerifBold.ttf",
    "HandDkg": "fifthhorseman/dkg.ttf",
    "HandBreip": "breip/Breip.ttf",
    "HandEcolier": "ecolier-court/Ecolier-court.ttf",
}
_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for name, rel in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, FONT_DIR + rel))
    pdfmetrics.registerFont(TTFont("CJK", FONT_DIR + "wqy/wqy-zenhei.ttc", subfontIndex=0))
    _REGISTERED = True


# ---------------------------------------------------------------- check digits
def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(ch) * w[i % 3] for i, ch in enumerate(s)) % 10)


def mrz_names(surname: str, given: str, width: int) -> str:
    s = surname.replace(" ", "<").replace("-", "<")
    g = given.replace(" ", "<").replace("-", "<")
    out = (s + "<<" + g)[:width]
    return out + "<" * (width - len(out))


def pad(s: str, n: int) -> str:
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def td3(code, state, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = pad(code, 2) + state + mrz_names(surname, given, 39)
    num = pad(number, 9)
    per = pad(personal, 14)
    per_cd = mrz_cd(per) if personal else "<"
    part = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + per + per_cd
    l2 = part + mrz_cd(part[0:10] + part[13:20] + part[21:43])
    assert len(l1) == 44 and len(l2) == 44
    verify_td3(l1, l2)
    return l1, l2


def verify_td3(l1: str, l2: str) -> None:
    assert mrz_cd(l2[0:9]) == l2[9]
    assert mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    assert l2[42] == "<" and set(l2[28:42]) == {"<"} or mrz_cd(l2[28:42]) == l2[42]
    assert mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def td1(code, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(code, 2) + state + num + mrz_cd(num) + pad(opt1, 15)
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + pad(opt2, 11)
    l2 += mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_names(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert mrz_cd(l1[5:14]) == l1[14]
    assert mrz_cd(l2[0:6]) == l2[6] and mrz_cd(l2[8:14]) == l2[14]
    assert mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return l1, l2, l3


def mrva(code, state, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = pad(code, 2) + state + mrz_names(surname, given, 39)
    num = pad(number, 9)
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pad(opt, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    return l1, l2


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def make_iban(country: str, bban: str) -> str:
    check = 98 - _iban_num(bban + country + "00") % 97
    iban = f"{country}{check:02d}{bban}"
    assert _iban_num(iban[4:] + iban[:4]) % 97 == 1
    return iban


_RIB_MAP = {
    c: str(d)
    for d, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_MAP.get(ch, ch) for ch in account)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{key:02d}"


def french_rib(bank: str, branch: str, account: str):
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    acc = "".join(_RIB_MAP.get(ch, ch) for ch in account)
    assert (89 * int(bank) + 15 * int(branch) + 3 * int(acc) + int(key)) % 97 == 0
    return key, iban


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_complete(body: str) -> str:
    for d in range(10):
        s = body + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise AssertionError


# ---------------------------------------------------------------- pdf helpers
def pdf_bytes(pages) -> bytes:
    """pages: list of (width, height, draw_fn(canvas, w, h))."""
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setCreator("")
    for w, h, fn in pages:
        c.setPageSize((w, h))
        fn(c, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def raster(pdf: bytes, dpi: float) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=dpi / 72.0)
        out.append(bm.to_pil().convert("RGB"))
    doc.close()
    return out


def images_pdf(images: list[Image.Image], quality: int = 70, dpi: float = 200) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for im in images:
        w, h = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        c.setPageSize((w, h))
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=quality)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def save_jpeg(im: Image.Image, path: str, quality: int = 88) -> None:
    im.save(path, "JPEG", quality=quality)


# ---------------------------------------------------------------- drawing helpers
def tw(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def fit(c, x, y, text, font, size, maxw):
    while size > 4 and tw(text, font, size) > maxw:
        size -= 0.25
    c.setFont(font, size)
    c.drawString(x, y, text)


def mixed(c, x, y, text, font, size, cjk="CJK"):
    """Draw text switching to the CJK font for CJK characters."""
    runs, cur, cur_cjk = [], "", None
    for ch in text:
        is_cjk = ord(ch) >= 0x2E80
        if cur and is_cjk != cur_cjk:
            runs.append((cur, cur_cjk))
            cur = ""
        cur += ch
        cur_cjk = is_cjk
    if cur:
        runs.append((cur, cur_cjk))
    for run, is_cjk in runs:
        f = cjk if is_cjk else font
        c.setFont(f, size)
        c.drawString(x, y, run)
        x += tw(run, f, size)
    return x


def para(c, x, y, text, font, size, width, leading=None, justify=False):
    """Simple word-wrapped paragraph; returns the y below it."""
    leading = leading or size * 1.28
    c.setFont(font, size)
    for block in text.split("\n"):
        words, line = block.split(" "), []
        for w in words:
            if line and tw(" ".join(line + [w]), font, size) > width:
                _line(c, x, y, line, font, size, width, justify)
                y -= leading
                line = [w]
            else:
                line.append(w)
        c.drawString(x, y, " ".join(line))
        y -= leading
    return y


def _line(c, x, y, words, font, size, width, justify):
    if not justify or len(words) < 2:
        c.drawString(x, y, " ".join(words))
        return
    gap = (width - sum(tw(w, font, size) for w in words)) / (len(words) - 1)
    for w in words:
        c.drawString(x, y, w)
        x += tw(w, font, size) + gap


def hand(c, x, y, text, font, size, rng: random.Random, ink=(0.08, 0.13, 0.45), slant=0.0):
    """Handwriting: per-glyph jitter, drifting baseline, size wobble. Returns end x."""
    c.saveState()
    c.setFillColorRGB(*ink)
    drift = 0.0
    for ch in text:
        drift += rng.uniform(-0.18, 0.18) * size * 0.06
        drift = max(-size * 0.18, min(size * 0.18, drift))
        s = size * rng.uniform(0.94, 1.06)
        c.saveState()
        c.translate(x, y + drift)
        c.rotate(slant + rng.uniform(-3.5, 3.5))
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        x += tw(ch, font, s) * rng.uniform(0.97, 1.06)
    c.restoreState()
    return x


def signature(c, x, y, w, h, rng: random.Random, ink=(0.05, 0.1, 0.4)):
    """Pen strokes: a looping initial, a wavy body and an underline, variable width."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    strokes = []
    n = rng.randint(7, 11)
    pts = []
    for i in range(n):
        t = i / (n - 1)
        pts.append(
            (
                x + t * w * 0.8 + rng.uniform(-4, 4),
                y
                + h
                * (0.35 + 0.45 * math.sin(t * rng.uniform(9, 14) + rng.random()))
                * rng.uniform(0.6, 1.1),
            )
        )
    strokes.append(pts)
    cx, cy = x + rng.uniform(0.05, 0.2) * w, y + h * 0.5
    loop = [
        (cx + math.cos(a) * h * 0.28 * (1 + a / 9), cy + math.sin(a) * h * 0.5)
        for a in np.linspace(0.5, 7.5, 14)
    ]
    strokes.append(loop)
    uy = y + rng.uniform(-0.05, 0.1) * h
    strokes.append([(x + w * 0.1, uy), (x + w * 0.5, uy - h * 0.08), (x + w * 0.98, uy + h * 0.12)])
    for pts in strokes:
        dense = _catmull(pts, 10)
        base = rng.uniform(0.7, 1.3)
        for i in range(len(dense) - 1):
            c.setLineWidth(base * (0.55 + 0.9 * abs(math.sin(i * 0.21 + base))))
            c.line(dense[i][0], dense[i][1], dense[i + 1][0], dense[i + 1][1])
    c.restoreState()


def _catmull(pts, k):
    out = []
    p = [pts[0]] + list(pts) + [pts[-1]]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for j in range(k):
            t = j / k
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        (2 * p1[d])
                        + (-p0[d] + p2[d]) * t
                        + (2 * p0[d] - 5 * p1[d] + 4 * p2[d] - p3[d]) * t2
                        + (-p0[d] + 3 * p1[d] - 3 * p2[d] + p3[d]) * t3
                    )
                    for d in range(2)
                )
            )
    out.append(pts[-1])
    return out


def round_stamp(c, x, y, r, ring_text, center_lines, color, rng, font="SansB", star=False):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setFillAlpha(0.78)
    c.setStrokeAlpha(0.78)
    c.translate(x, y)
    c.rotate(rng.uniform(-18, 18))
    c.setLineWidth(1.6)
    c.circle(0, 0, r)
    c.setLineWidth(0.7)
    c.circle(0, 0, r * 0.72)
    size = r * 0.17
    n = len(ring_text)
    span = min(330.0, n * size * 1.05 / r * 57.3)
    for i, ch in enumerate(ring_text):
        a = math.radians(90 + span / 2 - i * span / max(1, n - 1))
        c.saveState()
        c.translate(math.cos(a) * r * 0.8, math.sin(a) * r * 0.8)
        c.rotate(math.degrees(a) - 90)
        c.setFont(font, size)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    if star:
        _star(c, 0, r * 0.12, r * 0.3)
    yy = (len(center_lines) - 1) * size * 0.6 - (r * 0.25 if star else 0)
    for line in center_lines:
        c.setFont(font, size * 0.9)
        c.drawCentredString(0, yy - size * 0.3, line)
        yy -= size * 1.2
    c.restoreState()


def _star(c, x, y, r):
    p = c.beginPath()
    for i in range(10):
        a = math.radians(90 + i * 36)
        rr = r if i % 2 == 0 else r * 0.4
        if i == 0:
            p.moveTo(x + rr * math.cos(a), y + rr * math.sin(a))
        else:
            p.lineTo(x + rr * math.cos(a), y + rr * math.sin(a))
    p.close()
    c.drawPath(p, fill=1, stroke=0)


def rect_stamp(c, x, y, w, h, lines, color, rng, font="SansB", size=7):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setFillAlpha(0.8)
    c.setStrokeAlpha(0.8)
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6))
    c.setLineWidth(1.3)
    c.rect(0, 0, w, h)
    yy = h - size * 1.4
    for line in lines:
        c.setFont(font, size)
        c.drawCentredString(w / 2, yy, line)
        yy -= size * 1.3
    c.restoreState()


def face(c, x, y, w, h, rng, skin=(0.55, 0.4, 0.3), bg=(0.86, 0.88, 0.9), hair=(0.1, 0.08, 0.07)):
    c.saveState()
    c.setFillColorRGB(*bg)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(0.2, 0.22, 0.28)
    c.ellipse(x + w * 0.05, y - h * 0.1, x + w * 0.95, y + h * 0.33, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.rect(x + w * 0.4, y + h * 0.2, w * 0.2, h * 0.15, stroke=0, fill=1)
    c.ellipse(x + w * 0.26, y + h * 0.3, x + w * 0.74, y + h * 0.86, stroke=0, fill=1)
    c.setFillColorRGB(*hair)
    c.ellipse(x + w * 0.24, y + h * 0.64, x + w * 0.76, y + h * 0.93, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.ellipse(x + w * 0.29, y + h * 0.42, x + w * 0.71, y + h * 0.76, stroke=0, fill=1)
    c.restoreState()


def guilloche(c, x, y, w, h, color, rng, n=26):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.25)
    ph = rng.random() * 6
    for k in range(n):
        p = c.beginPath()
        for i in range(61):
            t = i / 60
            yy = y + h * (k + 0.5) / n + math.sin(t * 12 + k * 0.5 + ph) * h / n * 1.6
            if i == 0:
                p.moveTo(x + t * w, yy)
            else:
                p.lineTo(x + t * w, yy)
        c.drawPath(p)
    c.restoreState()


def qr_like(c, x, y, size, rng, n=25):
    cell = size / n
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.48:
                c.rect(x + i * cell, y + j * cell, cell, cell, stroke=0, fill=1)
    for fx, fy in ((0, 0), (0, n - 7), (n - 7, n - 7)):
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + fx * cell - cell, y + fy * cell - cell, 9 * cell, 9 * cell, stroke=0, fill=1)
        for k, col in ((7, 0), (5, 1), (3, 0)):
            c.setFillColorRGB(col, col, col)
            o = (7 - k) / 2
            c.rect(x + (fx + o) * cell, y + (fy + o) * cell, k * cell, k * cell, stroke=0, fill=1)
    c.restoreState()


# ---------------------------------------------------------------- looks
def _np(im):
    return np.asarray(im, dtype=np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_look(im: Image.Image, seed: int, paper=(244, 242, 236), angle=None, noise=5.0):
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    a = _np(im) / 255.0
    a = a * np.array(paper, dtype=np.float32)
    a += rng.normal(0, noise, a.shape[:2])[..., None]
    out = _pil(a)
    ang = angle if angle is not None else r.uniform(-0.9, 0.9)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    return out.filter(ImageFilter.GaussianBlur(0.5))


def paste_on_page(items, seed, dpi=200, page_mm=(210, 297)):
    """items: list of (image rendered at dpi, x_mm, y_mm) on a white scanner glass page."""
    w, h = int(page_mm[0] / 25.4 * dpi), int(page_mm[1] / 25.4 * dpi)
    page = Image.new("RGB", (w, h), (252, 252, 250))
    r = random.Random(seed)
    for im, xm, ym in items:
        rot = im.rotate(
            r.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True, fillcolor=(252, 252, 250)
        )
        page.paste(rot, (int(xm / 25.4 * dpi), int(ym / 25.4 * dpi)))
    return page


def phone_photo(
    im: Image.Image, seed: int, rot90: int = 0, long_side=3264, fill=0.78, table=(120, 96, 74)
):
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    portrait = im.size[1] >= im.size[0]
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    grain = cv2.GaussianBlur(rng.normal(0, 18, (H, W)).astype(np.float32), (0, 0), 9)
    streak = np.sin(np.linspace(0, 40 + r.random() * 10, W))[None, :] * 8
    bg += (grain + streak)[..., None]
    scale = min(W * fill / im.size[0], H * fill / im.size[1])
    dw, dh = im.size[0] * scale, im.size[1] * scale
    cx, cy = W / 2 + r.uniform(-0.04, 0.04) * W, H / 2 + r.uniform(-0.04, 0.04) * H
    j = 0.035
    dst = np.float32(
        [
            [cx - dw / 2 + r.uniform(-j, j) * W, cy - dh / 2 + r.uniform(-j, j) * H],
            [cx + dw / 2 + r.uniform(-j, j) * W, cy - dh / 2 + r.uniform(-j, j) * H],
            [cx + dw / 2 + r.uniform(-j, j) * W, cy + dh / 2 + r.uniform(-j, j) * H],
            [cx - dw / 2 + r.uniform(-j, j) * W, cy + dh / 2 + r.uniform(-j, j) * H],
        ]
    )
    src = np.float32([[0, 0], [im.size[0], 0], [im.size[0], im.size[1]], [0, im.size[1]]])
    m = cv2.getPerspectiveTransform(src, dst)
    doc = cv2.warpPerspective(_np(im), m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones(im.size[::-1], np.float32), m, (W, H))
    sh = cv2.GaussianBlur(mask, (0, 0), 25)
    sh = np.roll(sh, (18, 14), axis=(0, 1))
    bg *= (1 - 0.45 * sh)[..., None]
    a = bg * (1 - mask[..., None]) + doc * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = r.uniform(-1, 1), r.uniform(-1, 1)
    light = 0.86 + 0.14 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy) * 2
    shadow_x = r.uniform(0.2, 0.8) * W
    light -= 0.12 * (1 / (1 + np.exp(-(xx - shadow_x) / 60)))
    a *= light[..., None]
    a *= np.array([1.03, 1.0, 0.9], np.float32) * r.uniform(0.95, 1.02)
    a += rng.normal(0, 4, (H, W))[..., None]
    a = cv2.GaussianBlur(a, (0, 0), r.uniform(1.0, 1.6))
    out = np.clip(a, 0, 255).astype(np.uint8)
    out = np.rot90(out, k=rot90 // 90 % 4).copy()
    return Image.fromarray(out)
