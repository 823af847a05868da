"""Shared helpers for set_cx: check digits, fonts, pen strokes, stamps and capture looks."""

from __future__ import annotations

import io
import itertools
import math
import random

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

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "liberation/LiberationSans-Regular.ttf",
    "sans-b": FD + "liberation/LiberationSans-Bold.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": FD + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": FD + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": FD + "liberation/LiberationSerif-Italic.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf",
    "mono-b": FD + "liberation/LiberationMono-Bold.ttf",
    "dejavu": FD + "dejavu/DejaVuSans.ttf",
    "dejavu-b": FD + "dejavu/DejaVuSans-Bold.ttf",
    "dserif": FD + "dejavu/DejaVuSerif.ttf",
    "dserif-b": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "lato": FD + "lato/Lato-Regular.ttf",
    "lato-b": FD + "lato/Lato-Bold.ttf",
    "roboto": FD + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": FD + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": FD + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "open": FD + "open-sans/OpenSans-Regular.ttf",
    "open-b": FD + "open-sans/OpenSans-Bold.ttf",
    "carlito": FD + "crosextra/Carlito-Regular.ttf",
    "carlito-b": FD + "crosextra/Carlito-Bold.ttf",
    "freeserif": FD + "freefont/FreeSerif.ttf",
    "freeserif-b": FD + "freefont/FreeSerifBold.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
}
HANDS = {
    "ecolier": FD + "ecolier-court/Ecolier-court.ttf",
    "femke": FD + "femkeklaver/femkeklaver.ttf",
    "breip": FD + "breip/Breip.ttf",
    "dkg": FD + "fifthhorseman/dkg.ttf",
    "rufscript": FD + "rufscript/Rufscript010.ttf",
}

_RL_DONE: set[str] = set()


def rl_font(name: str) -> str:
    """Register a TTF with reportlab under its key and return that key."""
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
        _RL_DONE.add(name)
    return name


_PIL_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def pil_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = FONTS.get(name) or HANDS[name]
    key = (path, size)
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(path, size)
    return _PIL_CACHE[key]


# ---------------------------------------------------------------- check digits
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
    def clean(t: str) -> str:
        t = t.upper().replace("-", " ").replace("'", "")
        return "<".join(w for w in t.split())

    s = clean(surname) + "<<" + clean(given)
    s = s[:width]
    return s + "<" * (width - len(s))


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(country, surname, given, number, nat, dob, sex, expiry, personal="", break_cd=False):
    assert len(number) <= 9
    l1 = "P<" + country + mrz_name(surname, given, 39)
    num = number + "<" * (9 - len(number))
    pers = personal + "<" * (14 - len(personal))
    pcd = mrz_cd(pers) if personal else "<"
    nd = mrz_cd(num)
    if break_cd:
        nd = str((int(nd) + 3) % 10)
    l2 = num + nd + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + pers + pcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    if not break_cd:
        assert mrz_td3_ok(l2)
    return l1, l2


def mrz_td3_ok(l2: str) -> bool:
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return (
        mrz_cd(l2[0:9]) == l2[9]
        and mrz_cd(l2[13:19]) == l2[19]
        and mrz_cd(l2[21:27]) == l2[27]
        and mrz_cd(comp) == l2[43]
    )


def mrva(surname, given, number, nat, dob, sex, until, optional=""):
    assert len(number) <= 9
    l1 = "V<FRA" + mrz_name(surname, given, 39)
    num = number + "<" * (9 - len(number))
    opt = optional + "<" * (16 - len(optional))
    l2 = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += yymmdd(until) + mrz_cd(yymmdd(until)) + opt
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    return l1, l2


def td1(doc_code, country, number, dob, sex, expiry, nat, surname, given, opt1=""):
    assert len(number) <= 9 and len(doc_code) == 2
    num = number + "<" * (9 - len(number))
    o1 = opt1 + "<" * (15 - len(opt1))
    l1 = doc_code + country + num + mrz_cd(num) + o1
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(expiry) + mrz_cd(yymmdd(expiry))
    l2 += nat + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    return l1, l2, l3


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    cd = 98 - _iban_num(bban + country + "00") % 97
    iban = f"{country}{cd:02d}{bban}"
    assert iban_ok(iban)
    return iban


_RIB_LET = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_LET.get(c, c) for c in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> str:
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    return iban


def nir_key(nir13: str) -> str:
    n = nir13.replace("2A", "19").replace("2B", "18")
    return f"{97 - int(n) % 97:02d}"


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def self_check() -> None:
    """Assert the check-digit helpers against public vectors (ICAO example, registry IBANs)."""
    _l1, l2 = td3(
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        "L898902C3",
        "UTO",
        "1974-08-12",
        "F",
        "2012-04-15",
        "ZE184226B",
    )
    assert l2 == "L898902C36UTO7408122F1204159ZE184226B<<<<<10", l2
    assert iban_ok("FR1420041010050500013M02606")
    assert rib_key("20041", "01005", "0500013M026") == "06"
    assert rib_key("30006", "00001", "12345678901") == "89"
    assert fr_iban("30002", "00550", "0000157845Z") == "FR7030002005500000157845Z02"
    assert not iban_ok("FR7613335000400893289136160")
    assert nir_key("1850775123456") == f"{97 - 1850775123456 % 97:02d}"


# ---------------------------------------------------------------- pen strokes
def hand_text(img, x, y, text, font="ecolier", size=44, rng=None, color=(20, 30, 110), tilt=0.0):
    """Write text glyph by glyph with jitter (baseline at y). Returns the end x."""
    rng = rng or random.Random(0)
    f = pil_font(font, size)
    cx = x
    for ch in text:
        w = f.getlength(ch)
        if ch != " ":
            pad = size
            g = Image.new("L", (int(w) + 2 * pad, 2 * size + pad), 0)
            ImageDraw.Draw(g).text((pad, pad + size), ch, font=f, fill=255, anchor="ls")
            g = g.rotate(rng.uniform(-5, 5) + tilt, resample=Image.BICUBIC)
            col = tuple(max(0, c + rng.randint(-12, 12)) for c in color)
            layer = Image.new("RGB", g.size, col)
            dy = rng.uniform(-2.0, 2.0) - tilt * (cx - x) * 0.012
            img.paste(layer, (int(cx - pad), int(y - pad - size + dy)), g)
        cx += w * rng.uniform(0.96, 1.08) + size * 0.03
    return cx


def comb_hand(img, x0, y, pitch, text, rng, font="ecolier", size=40, color=(20, 30, 110)):
    """One capital per comb box, box i starts at x0 + i*pitch."""
    f = pil_font(font, size)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        w = f.getlength(ch)
        hand_text(
            img,
            x0 + i * pitch + (pitch - w) / 2 + rng.uniform(-2, 2),
            y,
            ch,
            font,
            size,
            rng,
            color,
        )


def _catmull(pts, n=10):
    out = []
    for i in range(len(pts) - 1):
        p0 = pts[max(i - 1, 0)]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[min(i + 2, len(pts) - 1)]
        for k in range(n):
            t = k / n
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
    out.append(pts[-1])
    return out


def signature(img, box, rng, color=(15, 25, 90), width=4):
    """A pen-stroke signature inside box: a capital loop, a run of cursive humps and loops
    of uneven size, a final stroke and sometimes an underline flourish."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d = ImageDraw.Draw(img)
    base = y0 + h * rng.uniform(0.58, 0.68)
    xh = h * rng.uniform(0.13, 0.2)
    slant = rng.uniform(0.15, 0.35)
    pts = []
    x = x0 + w * 0.06
    # capital: tall stroke up then a loop back down across the baseline
    cap = h * rng.uniform(0.42, 0.55)
    pts += [
        (x, base),
        (x + w * 0.02, base - cap * 0.7),
        (x + w * 0.05, base - cap),
        (x + w * 0.09, base - cap * 0.8),
        (x + w * 0.07, base - cap * 0.35),
        (x + w * 0.02, base + xh * 0.3),
        (x + w * 0.08, base - xh * 0.4),
    ]
    x += w * 0.11
    end = x0 + w * rng.uniform(0.72, 0.85)
    while x < end:
        kind = rng.choice(["hump", "hump", "loop", "eye", "dip"])
        lw = w * rng.uniform(0.03, 0.06)
        if kind == "hump":
            pts += [
                (x + lw * 0.3, base - xh * rng.uniform(0.8, 1.2)),
                (x + lw * 0.7, base - xh * 0.9),
                (x + lw, base),
            ]
        elif kind == "loop":
            tall = h * rng.uniform(0.3, 0.45)
            pts += [
                (x + lw * 0.6, base - tall),
                (x + lw * 0.2, base - tall * 0.8),
                (x + lw * 0.5, base - xh * 0.2),
                (x + lw, base),
            ]
        elif kind == "eye":
            pts += [(x + lw * 0.8, base - xh), (x + lw * 0.3, base - xh * 0.7), (x + lw, base)]
        else:
            pts += [
                (x + lw * 0.5, base + h * rng.uniform(0.15, 0.28)),
                (x + lw * 0.2, base + h * 0.05),
                (x + lw, base - xh * 0.3),
            ]
        x += lw
    pts.append((x + w * 0.06, base - xh * rng.uniform(0.2, 1.0)))
    # slant and jitter
    pts = [
        (px - (py - base) * slant + rng.uniform(-1.5, 1.5), py + rng.uniform(-1.5, 1.5))
        for px, py in pts
    ]
    stroke = _catmull(pts, 7)
    wd = width
    for a, b in itertools.pairwise(stroke):
        if rng.random() < 0.08:
            wd = max(2, min(width + 2, wd + rng.choice([-1, 1])))
        d.line([a, b], fill=color, width=wd)
    if rng.random() < 0.7:
        fl = _catmull(
            [
                (x0 + w * 0.1, base + h * 0.2),
                (x0 + w * 0.45, base + h * 0.27),
                (x0 + w * 0.8, base + h * 0.12),
                (x0 + w * 0.92, base - h * 0.02),
            ],
            10,
        )
        d.line(fl, fill=color, width=max(2, width - 1), joint="curve")


def stamp(
    img, cx, cy, r, ring_text, center_lines, rng, color=(40, 60, 170), angle=None, font="sans-b"
):
    """A round rubber stamp with text on the ring and lines in the middle."""
    size = int(r * 2 + 20)
    lay = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(lay)
    c = size / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=5)
    d.ellipse([c - r * 0.72, c - r * 0.72, c + r * 0.72, c + r * 0.72], outline=255, width=3)
    f = pil_font(font, int(r * 0.16))
    n = len(ring_text)
    for i, ch in enumerate(ring_text):
        a = -math.pi / 2 + 2 * math.pi * (i / max(n, 1)) * 0.92 - math.pi * 0.92
        g = Image.new("L", (int(r * 0.3), int(r * 0.3)), 0)
        ImageDraw.Draw(g).text((r * 0.15, r * 0.15), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        px, py = c + r * 0.86 * math.cos(a), c + r * 0.86 * math.sin(a)
        lay.paste(255, (int(px - g.width / 2), int(py - g.height / 2)), g)
    fc = pil_font(font, int(r * 0.15))
    for i, t in enumerate(center_lines):
        yy = c + (i - (len(center_lines) - 1) / 2) * r * 0.22
        d.text((c, yy), t, font=fc, fill=255, anchor="mm")
    lay = lay.rotate(angle if angle is not None else rng.uniform(-25, 25), resample=Image.BICUBIC)
    noise = Image.effect_noise(lay.size, 90).point(lambda v: 255 if v > 70 else 120)
    lay = Image.composite(lay, Image.new("L", lay.size, 0), noise).point(lambda v: int(v * 0.8))
    img.paste(Image.new("RGB", lay.size, color), (int(cx - c), int(cy - c)), lay)


def rect_stamp(img, x, y, lines, rng, color=(120, 40, 140), size=26, font="sans-b"):
    f = pil_font(font, size)
    wmax = max(f.getlength(t) for t in lines)
    lay = Image.new("L", (int(wmax + 40), int(len(lines) * size * 1.35 + 30)), 0)
    d = ImageDraw.Draw(lay)
    d.rectangle([2, 2, lay.width - 3, lay.height - 3], outline=255, width=4)
    for i, t in enumerate(lines):
        d.text((lay.width / 2, 18 + i * size * 1.35), t, font=f, fill=255, anchor="mt")
    lay = lay.rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)
    noise = Image.effect_noise(lay.size, 90).point(lambda v: 255 if v > 60 else 140)
    lay = Image.composite(lay, Image.new("L", lay.size, 0), noise).point(lambda v: int(v * 0.8))
    img.paste(Image.new("RGB", lay.size, color), (int(x), int(y)), lay)


def face(img, box, rng, skin=(150, 105, 80), bg=(215, 220, 226), hair=(30, 25, 22)):
    """Draw an ID photo clipped to box: plain background, head and shoulders."""
    x0, y0, x1, y1 = (int(v) for v in box)
    w, h = x1 - x0, y1 - y0
    ph = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(ph)
    cx = w / 2 + rng.uniform(-3, 3)
    d.ellipse([w * 0.02, h * 0.76, w * 0.98, h * 1.5], fill=(50, 55, 70))
    d.rectangle([cx - w * 0.12, h * 0.55, cx + w * 0.12, h * 0.8], fill=skin)
    d.ellipse([cx - w * 0.3, h * 0.08, cx + w * 0.3, h * 0.32], fill=hair)
    d.ellipse([cx - w * 0.26, h * 0.14, cx + w * 0.26, h * 0.66], fill=skin)
    for ex in (-0.11, 0.11):
        d.ellipse([cx + w * ex - 5, h * 0.36, cx + w * ex + 5, h * 0.39], fill=(35, 30, 30))
    d.line([cx - w * 0.08, h * 0.54, cx + w * 0.08, h * 0.54], fill=(110, 60, 60), width=3)
    ph = ph.filter(ImageFilter.GaussianBlur(1.2))
    img.paste(ph, (x0, y0))


def guilloche(img, box, rng, color=(200, 215, 200), n=18):
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    ph = rng.uniform(0, 6)
    for k in range(n):
        amp = (y1 - y0) / n * 1.6
        pts = [
            (x, y0 + (k + 0.5) * (y1 - y0) / n + amp * math.sin(x / 37.0 + k * 0.7 + ph))
            for x in range(int(x0), int(x1), 6)
        ]
        d.line(pts, fill=color, width=1)


# ---------------------------------------------------------------- rasterising and looks
def pdf_bytes(build, pagesize=A4) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    build(c)
    c.save()
    return buf.getvalue()


def raster(pdf: bytes, dpi=200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def a4_canvas(dpi=200, color=(255, 255, 255)) -> Image.Image:
    return Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), color)


def scan_look(img, rng, dpi_in=200, dpi_out=200, skew=None, tint=(244, 242, 236)):
    if dpi_out != dpi_in:
        img = img.resize(
            (int(img.width * dpi_out / dpi_in), int(img.height * dpi_out / dpi_in)), Image.LANCZOS
        )
    a = np.asarray(img).astype(np.float32)
    t = np.array(tint, np.float32) / 255.0
    a = a * t
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    a += nrng.normal(0, 4.5, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    ang = skew if skew is not None else rng.uniform(-1.2, 1.2)
    out = out.rotate(ang, resample=Image.BICUBIC, fillcolor=tuple(int(v * 0.97) for v in tint))
    out = out.filter(ImageFilter.GaussianBlur(0.5))
    return out


def jpeg_bytes(img, q=82) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def save_jpeg(img, path, q=82):
    with open(path, "wb") as fh:
        fh.write(jpeg_bytes(img, q))


def image_pdf(pages, path, rng, dpi=200):
    """Scanner PDF: one JPEG per page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for p in pages:
        s = scan_look(p, rng, dpi, 150)
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(s, 70))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def _table(w, h, rng):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    kind = rng.choice(["wood", "grey", "cloth"])
    base = {"wood": (150, 108, 70), "grey": (120, 122, 126), "cloth": (70, 90, 120)}[kind]
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        ys = np.arange(h)[:, None]
        xs = np.arange(w)[None, :]
        grain = 14 * np.sin(ys / 9.0 + 3 * np.sin(xs / 210.0)) + 8 * np.sin(ys / 2.7)
        a += grain[..., None]
    a += nrng.normal(0, 7, (h, w))[..., None]
    return np.clip(a, 0, 255).astype(np.uint8)


def photo_look(img, rng, long_side=3200, rot=0, fill=0.78):
    """Phone photo of a page or card lying on a table."""
    src = np.asarray(img.convert("RGB"))
    portrait = img.height >= img.width
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    bg = _table(W, H, rng)
    sc = min(W * fill / img.width, H * fill / img.height)
    pw, ph = img.width * sc, img.height * sc
    ox, oy = (
        (W - pw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - ph) / 2 + rng.uniform(-0.03, 0.03) * H,
    )
    j = 0.045
    dst = np.float32(
        [
            [ox + rng.uniform(-j, j) * pw, oy + rng.uniform(-j, j) * ph],
            [ox + pw + rng.uniform(-j, j) * pw, oy + rng.uniform(-j, j) * ph],
            [ox + pw + rng.uniform(-j, j) * pw, oy + ph + rng.uniform(-j, j) * ph],
            [ox + rng.uniform(-j, j) * pw, oy + ph + rng.uniform(-j, j) * ph],
        ]
    )
    srcq = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones(src.shape[:2], np.uint8) * 255, m, (W, H))
    # soft shadow under the object
    sh = cv2.GaussianBlur(
        cv2.warpAffine(mask, np.float32([[1, 0, 18], [0, 1, 24]]), (W, H)), (0, 0), 25
    )
    out = bg.astype(np.float32) * (1 - 0.45 * sh[..., None] / 255.0)
    out = out * (1 - mask[..., None] / 255.0) + warped.astype(np.float32) * (
        mask[..., None] / 255.0
    )
    # uneven light, colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 0.78 + 0.3 * np.exp(-(((xx - lx) / W) ** 2 + ((yy - ly) / H) ** 2) * 1.6)
    out *= light[..., None]
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.97, 1.03), rng.uniform(0.86, 0.98)])
    out *= cast
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    out += nrng.normal(0, 3.5, (H, W))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.4))
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=-rot // 90))
    return Image.fromarray(out)
