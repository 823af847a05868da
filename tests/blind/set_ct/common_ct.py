"""Shared helpers for blind set set_ct: fonts, check digits, raster pages, looks."""

from __future__ import annotations

import contextlib
import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

F = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": F + "liberation/LiberationSans-Regular.ttf",
    "sans_b": F + "liberation/LiberationSans-Bold.ttf",
    "serif": F + "liberation/LiberationSerif-Regular.ttf",
    "serif_b": F + "liberation/LiberationSerif-Bold.ttf",
    "serif_i": F + "liberation/LiberationSerif-Italic.ttf",
    "mono": F + "liberation/LiberationMono-Regular.ttf",
    "mono_b": F + "liberation/LiberationMono-Bold.ttf",
    "dvs": F + "dejavu/DejaVuSans.ttf",
    "dvs_b": F + "dejavu/DejaVuSans-Bold.ttf",
    "dvserif": F + "dejavu/DejaVuSerif.ttf",
    "dvserif_b": F + "dejavu/DejaVuSerif-Bold.ttf",
    "dvserif_i": F + "dejavu/DejaVuSerif-Italic.ttf",
    "dvmono": F + "dejavu/DejaVuSansMono.ttf",
    "open": F + "open-sans/OpenSans-Regular.ttf",
    "open_b": F + "open-sans/OpenSans-Bold.ttf",
    "lato": F + "lato/Lato-Regular.ttf",
    "lato_b": F + "lato/Lato-Bold.ttf",
    "roboto": F + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto_b": F + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotoc": F + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc_b": F + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": F + "crosextra/Carlito-Regular.ttf",
    "carlito_b": F + "crosextra/Carlito-Bold.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri_b": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "ecolier": F + "ecolier-court/Ecolier-court.ttf",
    "femke": F + "femkeklaver/femkeklaver.ttf",
    "dkg": F + "fifthhorseman/dkg.ttf",
    "dkg_i": F + "fifthhorseman/dkgIt.ttf",
    "ruf": F + "rufscript/Rufscript010.ttf",
    "humor": F + "humor-sans/Humor-Sans.ttf",
}
for _k in [k for k in FONTS if not k.startswith(("amiri",))]:
    pdfmetrics.registerFont(TTFont("ct_" + _k, FONTS[_k]))

_FCACHE: dict = {}


def font(key: str, px: float) -> ImageFont.FreeTypeFont:
    k = (key, round(px))
    if k not in _FCACHE:
        _FCACHE[k] = ImageFont.truetype(FONTS[key], max(4, round(px)))
    return _FCACHE[k]


# ---------------------------------------------------------------- check digits
def mrz_cd(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s):
        return "<".join(w for w in "".join(c if c.isalpha() else " " for c in s).split())

    out = clean(surname.upper()) + "<<" + clean(given.upper())
    out = out[:width]
    return out + "<" * (width - len(out))


def td3(country, surname, given, num, nat, dob, sex, exp, personal=""):
    assert len(num) <= 9
    l1 = ("P<" + country + mrz_name(surname, given, 39))[:44]
    n = num + "<" * (9 - len(num))
    p = (personal + "<" * 14)[:14]
    pcd = mrz_cd(p) if personal else "<"
    l2 = n + mrz_cd(n) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + p + pcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(doctype, country, num, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    assert len(num) <= 9
    n = num + "<" * (9 - len(num))
    l1 = (doctype + "<<")[:2] + country + n + mrz_cd(n) + (opt1 + "<" * 15)[:15]
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + (opt2 + "<" * 11)[:11]
    l2 += mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return [l1, l2, l3]


def mrvb(vtype, country, surname, given, num, nat, dob, sex, exp, opt=""):
    assert len(num) <= 9
    l1 = ("V" + vtype + country + mrz_name(surname, given, 31))[:36]
    n = num + "<" * (9 - len(num))
    l2 = n + mrz_cd(n) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    l2 += (opt + "<" * 8)[:8]
    assert len(l1) == 36 and len(l2) == 36
    return [l1, l2]


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    cd = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return f"{country}{cd:02d}{bban}"


_RIBMAP = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIBMAP.get(c, c) for c in account.upper())
    v = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return f"{97 - v % 97:02d}"


def nir_key(nir13: str) -> str:
    n = nir13.replace("2A", "19").replace("2B", "18")
    return f"{97 - int(n) % 97:02d}"


def self_test() -> None:
    u = td3(
        "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415", "ZE184226B"
    )
    assert u == [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ], u
    t = td1("I", "UTO", "D23145890", "740812", "F", "120415", "UTO", "ERIKSSON", "ANNA MARIA")
    assert t[0] == "I<UTOD231458907<<<<<<<<<<<<<<<" and t[1] == "7408122F1204159UTO<<<<<<<<<<<6"
    v = mrvb("<", "UTO", "ERIKSSON", "ANNA MARIA", "L8988901C", "XXX", "400907", "F", "961210")
    assert v[1] == "L8988901C4XXX4009078F9612109<<<<<<<<", v
    assert iban_ok("FR7630006000011234567890189") and not iban_ok("FR7730006000011234567890189")
    assert iban_make("FR", "30006000011234567890189") == "FR7630006000011234567890189"
    assert rib_key("30006", "00001", "12345678901") == "89"
    assert rib_key("20041", "01005", "0500013M026") == "06"
    assert nir_key("2690549588157") == "80"


# ---------------------------------------------------------------- raster pages
class Page:
    """A raster page measured in millimetres (origin top-left)."""

    def __init__(self, w_mm=210.0, h_mm=297.0, dpi=200, bg=(255, 255, 255)):
        self.dpi = dpi
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (int(w_mm * self.k), int(h_mm * self.k)), bg)
        self.d = ImageDraw.Draw(self.img)

    def p(self, mm):
        return round(mm * self.k)

    def f(self, key, pt):
        return font(key, pt * self.dpi / 72)

    def text(self, x, y, s, key="sans", pt=10, fill=(0, 0, 0), anchor="la", **kw):
        self.d.text((self.p(x), self.p(y)), s, font=self.f(key, pt), fill=fill, anchor=anchor, **kw)

    def width(self, s, key="sans", pt=10):
        return self.f(key, pt).getlength(s) / self.k

    def line(self, x0, y0, x1, y1, w=0.3, fill=(0, 0, 0)):
        self.d.line(
            [self.p(x0), self.p(y0), self.p(x1), self.p(y1)], fill=fill, width=max(1, self.p(w))
        )

    def rect(self, x, y, w, h, outline=(0, 0, 0), fill=None, lw=0.3):
        self.d.rectangle(
            [self.p(x), self.p(y), self.p(x + w), self.p(y + h)],
            outline=outline,
            fill=fill,
            width=max(1, self.p(lw)) if outline else 0,
        )

    def dotted(self, x0, x1, y, fill=(90, 90, 90)):
        x = x0
        while x < x1:
            self.d.point((self.p(x), self.p(y)), fill=fill)
            x += 0.8

    def guil(self, rng, **kw):
        self.img = guilloche(self.img, rng, **kw)
        self.d = ImageDraw.Draw(self.img)

    def stamp(self, rng, x, y, r, lines, **kw):
        self.img = stamp(self.img, self.p(x), self.p(y), self.p(r), lines, rng, **kw)
        self.d = ImageDraw.Draw(self.img)

    def paste(self, im, x, y):
        self.img.paste(im, (self.p(x), self.p(y)), im if im.mode == "RGBA" else None)


def hand(img, x, y, text, key, px, rng, color=(25, 40, 125), spacing=1.0):
    """Handwriting: glyph by glyph with jitter. x, y in pixels (baseline-left)."""
    d = ImageDraw.Draw(img)
    cx = x
    for ch in text:
        s = px * rng.uniform(0.93, 1.07)
        f = font(key, s)
        dy = rng.uniform(-0.05, 0.05) * px
        c = tuple(max(0, min(255, v + rng.randint(-12, 12))) for v in color)
        sw = 1 if px >= 24 else 0
        d.text((cx, y + dy), ch, font=f, fill=c, anchor="ls", stroke_width=sw, stroke_fill=c)
        cx += f.getlength(ch) * spacing * rng.uniform(0.97, 1.05)
    return cx


def signature_rgba(name, rng, w=520, h=200, key="ruf", color=(20, 30, 110)):
    px = h * rng.uniform(0.36, 0.46)
    need = int(font(key, px).getlength(name) * 1.08 + w * 0.3)
    w = max(w, need)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    end = hand(im, int(w * 0.06), int(h * 0.62), name, key, px, rng, color, spacing=0.92)
    d = ImageDraw.Draw(im)
    # flourish: a loop and an underline stroke with jitter
    pts = []
    x0, y0 = w * 0.04, h * 0.78
    x1 = min(w * 0.96, end + w * 0.12)
    n = 40
    for i in range(n + 1):
        t = i / n
        xx = x0 + (x1 - x0) * t
        yy = y0 - math.sin(t * math.pi * rng.uniform(1.2, 2.2)) * h * 0.08 + rng.uniform(-1, 1)
        pts.append((xx, yy))
    loop = []
    cx, cy, r = x1 - w * 0.05, h * 0.55, h * rng.uniform(0.14, 0.2)
    for i in range(30):
        a = -math.pi / 2 + i / 29 * 2.1 * math.pi
        loop.append(
            (
                cx + r * math.cos(a) * 0.6 + rng.uniform(-1, 1),
                cy + r * math.sin(a) + rng.uniform(-1, 1),
            )
        )
    lw = max(2, int(h / 70))
    d.line(pts, fill=color + (255,), width=lw, joint="curve")
    d.line(loop, fill=color + (255,), width=lw, joint="curve")
    d.line([pts[-1], loop[0]], fill=color + (255,), width=lw)
    return im.crop(im.getbbox())


def fit(im, size):
    """Scale an image to fit inside size (w, h), keeping its aspect ratio."""
    w, h = size
    k = min(w / im.size[0], h / im.size[1])
    return im.resize((max(1, int(im.size[0] * k)), max(1, int(im.size[1] * k))), Image.LANCZOS)


def tick(img, x, y, s, rng, color=(25, 40, 125), cross=True):
    d = ImageDraw.Draw(img)
    lw = max(2, int(s / 7))
    j = lambda: rng.uniform(-0.08, 0.08) * s
    if cross:
        d.line([(x + j(), y + j()), (x + s + j(), y + s + j())], fill=color, width=lw)
        d.line([(x + s + j(), y + j()), (x + j(), y + s + j())], fill=color, width=lw)
    else:
        d.line(
            [(x, y + s * 0.5), (x + s * 0.4, y + s), (x + s * 1.1, y - s * 0.2)],
            fill=color,
            width=lw,
            joint="curve",
        )


def stamp(img, cx, cy, r, lines, rng, color=(40, 60, 160), ring=None):
    """Round rubber stamp: rings, circular text, centre lines; faded."""
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    a = rng.randint(150, 210)
    col = color + (a,)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(2, r // 40))
    d.ellipse(
        [cx - r * 0.72, cy - r * 0.72, cx + r * 0.72, cy + r * 0.72],
        outline=col,
        width=max(1, r // 60),
    )
    if ring:
        f = font("sans_b", r * 0.17)
        n = len(ring)
        for i, ch in enumerate(ring):
            ang = math.pi * (1.05 + 0.9 * i / max(1, n - 1)) if n > 1 else math.pi * 1.5
            ang = -math.pi / 2 - 2.6 + 5.2 * i / max(1, n - 1)
            px_, py_ = cx + r * 0.86 * math.cos(ang), cy + r * 0.86 * math.sin(ang)
            g = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((r * 0.15, r * 0.15), ch, font=f, fill=col, anchor="mm")
            g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            lay.alpha_composite(g, (int(px_ - r * 0.15), int(py_ - r * 0.15)))
    f = font("sans_b", r * 0.16)
    for i, s in enumerate(lines):
        d.text((cx, cy + (i - (len(lines) - 1) / 2) * r * 0.22), s, font=f, fill=col, anchor="mm")
    lay = lay.rotate(rng.uniform(-20, 20), center=(cx, cy), resample=Image.BICUBIC)
    arr = np.array(lay)
    rs = np.random.RandomState(rng.randint(0, 2**31 - 1))
    holes = rs.random_sample(arr.shape[:2]) < 0.18
    arr[..., 3] = np.where(holes, arr[..., 3] // 3, arr[..., 3])
    base = img.convert("RGBA")
    base.alpha_composite(Image.fromarray(arr))
    return base.convert("RGB")


def face(w, h, rng, skin=(120, 85, 60), hair=(25, 20, 18), bg=(225, 228, 232), long_hair=False):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cx = w / 2 + rng.uniform(-0.03, 0.03) * w
    if long_hair:
        d.ellipse([cx - w * 0.33, h * 0.12, cx + w * 0.33, h * 0.85], fill=hair)
    d.ellipse([cx - w * 0.48, h * 0.78, cx + w * 0.48, h * 1.4], fill=(50, 55, 70))
    d.rectangle([cx - w * 0.1, h * 0.6, cx + w * 0.1, h * 0.85], fill=skin)
    d.ellipse([cx - w * 0.25, h * 0.18, cx + w * 0.25, h * 0.72], fill=skin)
    d.chord([cx - w * 0.27, h * 0.12, cx + w * 0.27, h * 0.52], 180, 360, fill=hair)
    dk = tuple(int(v * 0.45) for v in skin)
    for s in (-1, 1):
        d.ellipse(
            [cx + s * w * 0.1 - 5, h * 0.42 - 3, cx + s * w * 0.1 + 5, h * 0.42 + 3],
            fill=(25, 20, 20),
        )
    d.line([cx - w * 0.06, h * 0.6, cx + w * 0.06, h * 0.6], fill=dk, width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(img, rng, color=(200, 215, 230), n=14, alpha=110):
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    w, h = img.size
    for k in range(n):
        ph = rng.uniform(0, 6.28)
        amp = h * rng.uniform(0.03, 0.08)
        fr = rng.uniform(2, 5)
        y0 = h * (k + 0.5) / n
        pts = [(x, y0 + amp * math.sin(fr * 6.28 * x / w + ph)) for x in range(0, w + 8, 8)]
        d.line(pts, fill=color + (alpha,), width=2)
    base = img.convert("RGBA")
    base.alpha_composite(lay)
    return base.convert("RGB")


# ---------------------------------------------------------------- looks
def scan(img, rng, angle=None, tint=None):
    a = rng.uniform(-1.2, 1.2) if angle is None else angle
    im = img.convert("RGB").rotate(
        a, resample=Image.BICUBIC, expand=False, fillcolor=(246, 246, 244)
    )
    arr = np.asarray(im).astype(np.float32)
    t = tint or (rng.uniform(0.93, 0.97), rng.uniform(0.93, 0.96), rng.uniform(0.9, 0.94))
    arr = arr * np.array(t, dtype=np.float32)
    rs = np.random.RandomState(rng.randint(0, 2**31 - 1))
    arr += rs.normal(0, rng.uniform(2.5, 4.5), arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(arr).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))


def _table(w, h, rng, kind):
    rs = np.random.RandomState(rng.randint(0, 2**31 - 1))
    base = {
        "wood": (150, 108, 72),
        "white": (228, 226, 220),
        "cloth": (70, 80, 95),
        "grey": (120, 120, 118),
    }[kind]
    small = rs.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
    small = cv2.GaussianBlur(small, (0, 0), 3)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    arr = np.empty((h, w, 3), np.float32)
    for i in range(3):
        arr[..., i] = base[i] + big * 10
    if kind == "wood":
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        ph = rs.uniform(0, 6.28)
        grain = np.sin(yy / rs.uniform(9, 15) + np.sin(xx / 520.0 + ph) * 2.5 + big * 0.8)
        arr += (grain * 4)[..., None]
    arr += rs.normal(0, 3, (h, w))[..., None]
    return arr


def phone_photo(img, rng, rot=0, long_side=None, table=None, fill=0.8):
    """Photo of a page or card lying on a table."""
    doc = np.asarray(img.convert("RGB")).astype(np.float32)
    dh, dw = doc.shape[:2]
    land = dw > dh
    ls = long_side or rng.choice([3024, 4000, 3264])
    ss = int(ls * 0.75)
    W, H = (ls, ss) if land else (ss, ls)
    arr = _table(W, H, rng, table or rng.choice(["wood", "white", "cloth", "grey"]))
    sc = min(W * fill / dw, H * fill / dh)
    cw, ch = dw * sc, dh * sc
    ox, oy = (
        (W - cw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - ch) / 2 + rng.uniform(-0.04, 0.04) * H,
    )
    j = lambda: rng.uniform(-0.045, 0.045) * min(W, H)
    dst = np.float32(
        [
            [ox + j(), oy + j()],
            [ox + cw + j(), oy + j()],
            [ox + cw + j(), oy + ch + j()],
            [ox + j(), oy + ch + j()],
        ]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 14, 0), 10, 1), (0, 0), 18)
    arr *= (1 - 0.45 * sh)[..., None]
    arr = arr * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    g = np.cos(ang) * xx / W + np.sin(ang) * yy / H
    light = 1.02 - rng.uniform(0.12, 0.25) * (g - g.min()) / (g.max() - g.min())
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1 - 0.35 * r2
    if rng.random() < 0.7:
        poly = np.zeros((H, W), np.float32)
        px0 = rng.uniform(0.5, 0.9) * W
        pts = np.int32(
            [
                [px0, 0],
                [W, 0],
                [W, H * rng.uniform(0.3, 0.7)],
                [px0 + rng.uniform(-0.2, 0.1) * W, H * rng.uniform(0.2, 0.5)],
            ]
        )
        cv2.fillPoly(poly, [pts], 1.0)
        poly = cv2.GaussianBlur(poly, (0, 0), 60)
        light *= 1 - rng.uniform(0.12, 0.25) * poly
    arr *= light[..., None]
    cast = np.array(
        [rng.uniform(1.0, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.96)], np.float32
    )
    arr *= cast
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.8, 1.5))
    rs = np.random.RandomState(rng.randint(0, 2**31 - 1))
    arr += rs.normal(0, 3.5, arr.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(arr, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=-rot // 90))
    return Image.fromarray(out)


def save_jpg(im, path, q=88):
    im.convert("RGB").save(path, "JPEG", quality=q, optimize=False)


def images_pdf(pages, path, rng, quality=82):
    """A scanner's PDF: each image on an A4 page, no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in pages:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        w, h = A4
        iw, ih = im.size
        if iw > ih:
            c.setPageSize((h, w))
            w, h = h, w
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def render_pdf(path, dpi=200, page=None):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    with contextlib.suppress(Exception):
        doc.init_forms()
    out = []
    idx = range(len(doc)) if page is None else [page]
    for i in idx:
        bm = doc[i].render(scale=dpi / 72, may_draw_forms=True)
        out.append(bm.to_pil().convert("RGB"))
    doc.close()
    return out


def rl_canvas(path, title="", author=""):
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    return c


def rnd(seed: str) -> random.Random:
    return random.Random("set_ct/" + seed)


def fr_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


MOIS = [
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


def fr_words(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"


def mrz_yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def money(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s
