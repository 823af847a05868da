"""Shared helpers for blind set ck: fonts, check digits, pen strokes, scan/photo looks."""

from __future__ import annotations

import io
import json
import math
import os
import random
import unicodedata

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

MM = 72 / 25.4
_F = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "Cond": "dejavu/DejaVuSansCondensed.ttf",
    "CondB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "MonoB": "dejavu/DejaVuSansMono-Bold.ttf",
    "Serif": "liberation/LiberationSerif-Regular.ttf",
    "SerifB": "liberation/LiberationSerif-Bold.ttf",
    "SerifI": "liberation/LiberationSerif-Italic.ttf",
    "Arial": "liberation/LiberationSans-Regular.ttf",
    "ArialB": "liberation/LiberationSans-Bold.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "NarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "LatoB": "lato/Lato-Bold.ttf",
    "LatoL": "lato/Lato-Light.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "OpenB": "open-sans/OpenSans-Bold.ttf",
    "Roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobotoB": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobotoM": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "RCond": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RCondB": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "CarlitoB": "crosextra/Carlito-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "CaladeaB": "crosextra/Caladea-Bold.ttf",
    "Free": "freefont/FreeSans.ttf",
    "FreeB": "freefont/FreeSansBold.ttf",
    "FreeSerif": "freefont/FreeSerif.ttf",
    "Courier": "freefont/FreeMono.ttf",
    "Hand1": "ecolier-court/Ecolier-court.ttf",
    "Hand2": "femkeklaver/femkeklaver.ttf",
    "Hand3": "rufscript/Rufscript010.ttf",
}
for _name, _path in FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, _F + _path))

INK_BLUE = (0.07, 0.13, 0.48)
INK_BLACK = (0.08, 0.08, 0.12)


# ----------------------------------------------------------------- check digits
def mrz_cd(s: str) -> str:
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
    def clean(s: str) -> str:
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
        s = s.replace("'", "")
        return "<".join(p for p in s.replace("-", " ").split() if p)

    out = clean(surname) + "<<" + clean(given)
    return out[:width].ljust(width, "<")


def _pad(s: str, n: int) -> str:
    return s.ljust(n, "<")[:n]


def iso_mrz(d: str) -> str:
    return d[2:4] + d[5:7] + d[8:10]


def td3(iss, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = "P<" + iss + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    part = num + mrz_cd(num)
    b, e = iso_mrz(dob), iso_mrz(exp)
    body = part + nat + b + mrz_cd(b) + sex + e + mrz_cd(e) + pers + mrz_cd(pers)
    comp = part + b + mrz_cd(b) + e + mrz_cd(e) + pers + mrz_cd(pers)
    l2 = body + mrz_cd(comp)
    check_td3(l1, l2)
    return [l1, l2]


def check_td3(l1: str, l2: str) -> None:
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9]
    assert mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    assert mrz_cd(l2[28:42]) == l2[42]
    assert mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def td1(code, iss, surname, given, number, nat, dob, sex, exp, opt1="", opt2=""):
    num = _pad(number, 9)
    l1 = code + iss + num + mrz_cd(num) + _pad(opt1, 15)
    b, e = iso_mrz(dob), iso_mrz(exp)
    l2 = b + mrz_cd(b) + sex + e + mrz_cd(e) + nat + _pad(opt2, 11)
    l2 += mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_name(surname, given, 30)
    check_td1(l1, l2, l3)
    return [l1, l2, l3]


def check_td1(l1: str, l2: str, l3: str) -> None:
    assert len(l1) == len(l2) == len(l3) == 30
    assert mrz_cd(l1[5:14]) == l1[14]
    assert mrz_cd(l2[0:6]) == l2[6]
    assert mrz_cd(l2[8:14]) == l2[14]
    assert mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def mrva(kind, iss, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = "V" + kind + iss + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    b, e = iso_mrz(dob), iso_mrz(exp)
    l2 = num + mrz_cd(num) + nat + b + mrz_cd(b) + sex + e + mrz_cd(e) + _pad(opt, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9]
    assert mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27]
    return [l1, l2]


def _alnum_to_digits(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_alnum_to_digits(s)) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> int:
    table = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQR")}
    table.update({c: str(i + 2) for i, c in enumerate("STUVWXYZ")})
    acc = "".join(table.get(ch, ch) for ch in account.upper())
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def french_iban(bank: str, branch: str, account: str) -> dict:
    key = rib_key(bank, branch, account)
    bban = f"{bank}{branch}{account}{key:02d}"
    chk = 98 - int(_alnum_to_digits(bban + "FR00")) % 97
    iban = f"FR{chk:02d}{bban}"
    assert iban_valid(iban)
    table = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQR")}
    table.update({c: str(i + 2) for i, c in enumerate("STUVWXYZ")})
    acc = "".join(table.get(ch, ch) for ch in account.upper())
    assert int(bank + branch + acc + f"{key:02d}") % 97 == 0  # RIB key check
    return {"iban": iban, "bank": bank, "branch": branch, "account": account, "key": f"{key:02d}"}


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_siret(prefix13: str) -> str:
    for d in "0123456789":
        s = prefix13 + d
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise AssertionError


# ----------------------------------------------------------------- drawing
def new_pdf(size=A4):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    return c, buf


def finish(c, buf) -> bytes:
    c.save()
    return buf.getvalue()


def fit_text(c, x, y, text, font, size, max_w):
    while size > 4 and pdfmetrics.stringWidth(text, font, size) > max_w:
        size -= 0.25
    c.setFont(font, size)
    c.drawString(x, y, text)


def hand(c, x, y, text, rng, font="Hand1", size=13, color=INK_BLUE, spacing=1.0):
    """Handwritten-looking text: glyph by glyph with jitter of size, angle and baseline."""
    c.saveState()
    c.setFillColorRGB(*color)
    cx = x
    drift = 0.0
    cmap = pdfmetrics.getFont(font).face.charToGlyph
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        drift += rng.uniform(-0.15, 0.15)
        base, marks = ch, ""
        if ord(ch) not in cmap:
            dec = unicodedata.normalize("NFD", ch.replace("\u2019", "'"))
            base, marks = dec[0], dec[1:]
        c.saveState()
        c.translate(cx, y + drift + rng.uniform(-0.6, 0.6))
        c.rotate(rng.uniform(-5, 5))
        c.setFont(font if ord(base) in cmap else "Hand1", s)
        c.drawString(0, 0, base)
        bw = pdfmetrics.stringWidth(base, font, s)
        for mk in marks:
            _pen_mark(c, mk, bw, s, base.isupper())
        c.restoreState()
        cx += bw * rng.uniform(0.97, 1.08) * spacing
    c.restoreState()
    return cx


def _pen_mark(c, mark, bw, s, upper):
    """Accents drawn by pen for handwriting fonts that lack precomposed letters."""
    c.setStrokeColorRGB(*INK_BLUE)
    c.setLineWidth(max(0.5, s * 0.07))
    c.setLineCap(1)
    top = s * (0.95 if upper else 0.68)
    mx = bw / 2
    if mark == "\u0301":  # acute
        c.line(mx - s * 0.05, top, mx + s * 0.1, top + s * 0.16)
    elif mark == "\u0300":  # grave
        c.line(mx + s * 0.05, top, mx - s * 0.1, top + s * 0.16)
    elif mark == "\u0302":  # circumflex
        c.line(mx - s * 0.11, top, mx, top + s * 0.13)
        c.line(mx, top + s * 0.13, mx + s * 0.11, top)
    elif mark == "\u0308":  # diaeresis
        for dx in (-0.09, 0.09):
            c.circle(mx + dx * s, top + s * 0.07, s * 0.025, stroke=1, fill=0)
    elif mark == "\u0327":  # cedilla
        c.line(mx, 0, mx + s * 0.05, -s * 0.12)
        c.line(mx + s * 0.05, -s * 0.12, mx - s * 0.06, -s * 0.2)


def _catmull(points, steps=10):
    out = []
    pts = [points[0]] + points + [points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[j]
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in range(2)
                )
            )
    out.append(points[-1])
    return out


def _stroke(c, pts, w0, rng):
    n = len(pts)
    ph = rng.uniform(0, 6)
    for i in range(n - 1):
        t = i / max(1, n - 1)
        taper = min(1.0, t * 6, (1 - t) * 5 + 0.15)
        w = w0 * (0.55 + 0.45 * math.sin(ph + i * 0.21)) * (0.35 + 0.65 * taper)
        c.setLineWidth(max(0.25, w))
        c.line(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1])


def signature(c, x, y, w, h, rng, color=INK_BLUE, width=1.3):
    """A pen-like signature: a capital loop, a cursive run of loops, an underline flourish."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    # capital: tall loop
    cx = x + w * rng.uniform(0.05, 0.12)
    cap = [
        (cx, y + h * 0.2),
        (cx + w * 0.04, y + h * 0.95),
        (cx + w * 0.1, y + h * 0.7),
        (cx - w * 0.02, y + h * 0.45),
        (cx + w * 0.12, y + h * 0.5),
    ]
    _stroke(c, _catmull(cap, 12), width * 1.1, rng)
    # cursive body
    pts = []
    px = cx + w * 0.1
    up = True
    for _ in range(rng.randint(7, 11)):
        px += w * rng.uniform(0.035, 0.08)
        amp = rng.uniform(0.15, 0.5) if up else rng.uniform(0.0, 0.12)
        if rng.random() < 0.2 and up:
            amp = rng.uniform(0.6, 0.85)
        pts.append((px + rng.uniform(-3, 3), y + h * (0.3 + amp * 0.7)))
        if rng.random() < 0.25:
            pts.append((px - w * 0.03, y + h * (0.3 + amp * 0.4)))
        up = not up
    _stroke(c, _catmull(pts, 9), width, rng)
    # flourish
    fx0 = x + w * rng.uniform(0.0, 0.2)
    fl = [
        (pts[-1][0], pts[-1][1]),
        (pts[-1][0] + w * 0.08, y + h * 0.1),
        (fx0 + w * 0.5, y + h * 0.05),
        (fx0, y + h * 0.12),
        (fx0 + w * 0.3, y + h * 0.16),
        (x + w * rng.uniform(0.8, 0.98), y + h * rng.uniform(0.1, 0.3)),
    ]
    _stroke(c, _catmull(fl, 14), width * 0.9, rng)
    if rng.random() < 0.5:
        dx = x + w * rng.uniform(0.6, 0.8)
        c.setLineWidth(width * 1.4)
        c.line(dx, y + h * 0.75, dx + 1.2, y + h * 0.77)
    c.restoreState()


def round_stamp(c, cx, cy, r, outer, center, rng, color=(0.15, 0.2, 0.6), font="SansB"):
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rng.uniform(-25, 25))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setStrokeAlpha(0.75)
    c.setFillAlpha(0.75)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.72)
    size = r * 0.17
    n = len(outer)
    for i, ch in enumerate(outer):
        a = math.radians(90 + 160 - 320 * i / max(1, n - 1))
        c.saveState()
        c.translate(r * 0.82 * math.cos(a), r * 0.82 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont(font, size)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()
    lines = center.split("\n")
    for k, line in enumerate(lines):
        yy = (len(lines) / 2 - k - 0.8) * size * 1.2
        c.setFont(font, size * 0.95)
        c.drawCentredString(0, yy, line)
    c.restoreState()


def rect_stamp(c, x, y, lines, rng, color=(0.55, 0.1, 0.15), size=8, font="SansB"):
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setStrokeAlpha(0.8)
    c.setFillAlpha(0.8)
    w = max(pdfmetrics.stringWidth(t, font, size) for t in lines) + 10
    h = len(lines) * size * 1.3 + 6
    c.setLineWidth(1.2)
    c.rect(0, 0, w, h)
    for i, t in enumerate(lines):
        c.setFont(font, size)
        c.drawCentredString(w / 2, h - 4 - size - i * size * 1.3, t)
    c.restoreState()


def portrait(c, x, y, w, h, rng, skin=(0.45, 0.32, 0.24), hair=(0.1, 0.08, 0.07), bg=None):
    c.saveState()
    bg = bg or (0.86, 0.88, 0.9)
    c.setFillColorRGB(*bg)
    c.rect(x, y, w, h, fill=1, stroke=0)
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0)
    c.setFillColorRGB(0.18, 0.2, 0.26)
    c.ellipse(x - w * 0.1, y - h * 0.35, x + w * 1.1, y + h * 0.32, fill=1, stroke=0)
    c.setFillColorRGB(*skin)
    c.rect(x + w * 0.41, y + h * 0.2, w * 0.18, h * 0.18, fill=1, stroke=0)
    c.ellipse(x + w * 0.27, y + h * 0.32, x + w * 0.73, y + h * 0.84, fill=1, stroke=0)
    c.setFillColorRGB(*hair)
    c.ellipse(x + w * 0.25, y + h * 0.62, x + w * 0.75, y + h * 0.9, fill=1, stroke=0)
    c.setFillColorRGB(*skin)
    c.ellipse(x + w * 0.3, y + h * 0.38, x + w * 0.7, y + h * 0.76, fill=1, stroke=0)
    c.restoreState()


def guilloche(c, x, y, w, h, rng, color, n=26, lw=0.25):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0)
    c.setStrokeColorRGB(*color)
    c.setLineWidth(lw)
    f1, f2 = rng.uniform(2, 5), rng.uniform(6, 11)
    for k in range(n):
        path = c.beginPath()
        yy0 = y + h * k / n
        for i in range(121):
            t = i / 120
            xx = x + w * t
            yy = yy0 + h * 0.05 * math.sin(2 * math.pi * (f1 * t + k * 0.13))
            yy += h * 0.02 * math.sin(2 * math.pi * (f2 * t - k * 0.07))
            if i == 0:
                path.moveTo(xx, yy)
            else:
                path.lineTo(xx, yy)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def text_block(c, x, y, lines, font, size, lead=None):
    lead = lead or size * 1.3
    for i, t in enumerate(lines):
        c.setFont(font, size)
        c.drawString(x, y - i * lead, t)
    return y - len(lines) * lead


# ----------------------------------------------------------------- rasterising and looks
def rasterize(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        bmp = page.render(scale=dpi / 72)
        out.append(bmp.to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def _noise(arr, rng, sigma):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + nrng.normal(0, sigma, arr.shape), 0, 255)


def scan_look(img: Image.Image, rng, angle=None, tint=None) -> Image.Image:
    """A flatbed scan: paper tint, slight skew, soft blur, sensor noise, dark edge."""
    a = np.asarray(img).astype(np.float32)
    tint = tint or (rng.uniform(0.93, 0.98), rng.uniform(0.92, 0.97), rng.uniform(0.88, 0.95))
    a = a * np.array(tint, dtype=np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.3, 1.3) if angle is None else angle
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    fill = tuple(float(v) * 250 for v in tint)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=fill)
    a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.4, 0.8))
    a = _noise(a, rng, rng.uniform(2.5, 5))
    edge = rng.randint(6, 22)
    side = rng.choice(["l", "t", "r"])
    if side == "l":
        a[:, :edge] *= 0.35
    elif side == "t":
        a[:edge, :] *= 0.35
    else:
        a[:, -edge:] *= 0.35
    return Image.fromarray(a.astype(np.uint8))


def photo_look(img: Image.Image, rng, long_side=3264, rot90=0, fill=0.78) -> Image.Image:
    """A phone photo of a page/card on a table: perspective, shadow, uneven light, cast, blur."""
    src = np.asarray(img).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait_out = sh >= sw
    W, H = (
        (int(long_side * 0.75), long_side) if portrait_out else (long_side, int(long_side * 0.75))
    )
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array(rng.choice([(120, 92, 64), (170, 160, 150), (88, 84, 80), (196, 184, 164)]))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    coarse = nrng.normal(0, 1, (max(2, H // 40), max(2, W // 400))).astype(np.float32)
    if rng.random() < 0.5:
        coarse = coarse.T
    grain = cv2.resize(coarse, (W, H), interpolation=cv2.INTER_CUBIC)
    grain = 1.0 + 0.06 * np.clip(grain, -2.5, 2.5)
    bg = base[None, None, :] * grain[..., None] + nrng.normal(0, 5, (H, W, 1))
    scale = min(W * fill / sw, H * fill / sh)
    tw, th = sw * scale, sh * scale
    x0, y0 = (
        (W - tw) / 2 + rng.uniform(-0.05, 0.05) * W,
        (H - th) / 2 + rng.uniform(-0.04, 0.04) * H,
    )
    j = 0.05
    dst = np.float32(
        [
            [x0 + rng.uniform(-j, j) * tw, y0 + rng.uniform(-j, j) * th],
            [x0 + tw + rng.uniform(-j, j) * tw, y0 + rng.uniform(-j, j) * th],
            [x0 + tw + rng.uniform(-j, j) * tw, y0 + th + rng.uniform(-j, j) * th],
            [x0 + rng.uniform(-j, j) * tw, y0 + th + rng.uniform(-j, j) * th],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    # soft drop shadow under the paper
    sm = cv2.GaussianBlur(
        cv2.warpAffine(mask, np.float32([[1, 0, 14], [0, 1, 18]]), (W, H)), (0, 0), 14
    )
    bg = bg * (1 - 0.45 * sm[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + a shadow band (hand / phone)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    cxs, cys = rng.uniform(0, W), rng.uniform(0, H)
    ang = rng.uniform(0, math.pi)
    d = (xx - cxs) * math.cos(ang) + (yy - cys) * math.sin(ang)
    shadow = 1 - 0.28 * (1 / (1 + np.exp(d / (W * 0.03))))
    vign = 1 - 0.22 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 2
    out = out * (light * shadow * vign)[..., None]
    cast = np.array([rng.uniform(0.97, 1.06), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.97)])
    out = out * cast[None, None, :]
    out = cv2.GaussianBlur(out.astype(np.float32), (0, 0), rng.uniform(0.8, 1.5))
    out = np.clip(out + nrng.normal(0, 4, out.shape), 0, 255).astype(np.uint8)
    if rot90:
        out = np.ascontiguousarray(np.rot90(out, rot90))
    return Image.fromarray(out)


def paste_on_page(items, rng, dpi=200, page=(210, 297), paper=(250, 250, 248)) -> Image.Image:
    """Photocopy-style: card/booklet images placed on an A4 sheet; items = (img, x_mm, y_mm, w_mm)."""
    W, H = int(page[0] / 25.4 * dpi), int(page[1] / 25.4 * dpi)
    sheet = Image.new("RGB", (W, H), paper)
    for im, xm, ym, wm in items:
        w = int(wm / 25.4 * dpi)
        h = int(im.height * w / im.width)
        sheet.paste(im.resize((w, h), Image.LANCZOS), (int(xm / 25.4 * dpi), int(ym / 25.4 * dpi)))
    return sheet


def jpeg_bytes(img: Image.Image, q=82) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


def image_pdf(images: list[Image.Image], q=78) -> bytes:
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    c, buf = new_pdf(A4)
    for im in images:
        w, h = A4 if im.height >= im.width else (A4[1], A4[0])
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, w, h)
        c.showPage()
    return finish(c, buf)


# ----------------------------------------------------------------- output
class Packet:
    def __init__(self, out_dir: str, name: str, seed: int):
        self.name = name
        self.dir = os.path.join(out_dir, "packets", name)
        self.truth_path = os.path.join(out_dir, "packets", name + ".truth.json")
        os.makedirs(self.dir, exist_ok=True)
        self.rng = random.Random(seed)
        self.docs: list[dict] = []

    def write(self, fname: str, data) -> None:
        path = os.path.join(self.dir, fname)
        if isinstance(data, Image.Image):
            if fname.lower().endswith(".png"):
                data.save(path, "PNG")
            else:
                data.save(path, "JPEG", quality=self.rng.randint(80, 90))
        else:
            with open(path, "wb") as f:
                f.write(data)

    def doc(self, files, dtype, look, fields, notes=""):
        fl = [{"path": p, "pages": pg} for p, pg in files]
        self.docs.append(
            {"files": fl, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def save_truth(self, truth: dict) -> None:
        truth["documents"] = self.docs
        with open(self.truth_path, "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
