"""Shared helpers for set_bk: check digits, fonts, pages, handwriting, signatures, looks."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

FONT_DIR = "/usr/share/fonts/truetype"
FONTS = {
    "sans": "dejavu/DejaVuSans.ttf",
    "sans-b": "dejavu/DejaVuSans-Bold.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf",
    "cond-b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf",
    "serif-b": "dejavu/DejaVuSerif-Bold.ttf",
    "serif-i": "dejavu/DejaVuSerif-Italic.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf",
    "mono-b": "dejavu/DejaVuSansMono-Bold.ttf",
    "lib": "liberation/LiberationSans-Regular.ttf",
    "lib-b": "liberation/LiberationSans-Bold.ttf",
    "libserif": "liberation/LiberationSerif-Regular.ttf",
    "libserif-b": "liberation/LiberationSerif-Bold.ttf",
    "libmono": "liberation/LiberationMono-Regular.ttf",
    "lato": "lato/Lato-Regular.ttf",
    "lato-b": "lato/Lato-Bold.ttf",
    "lato-l": "lato/Lato-Light.ttf",
    "open": "open-sans/OpenSans-Regular.ttf",
    "open-b": "open-sans/OpenSans-Bold.ttf",
    "open-sb": "open-sans/OpenSans-Semibold.ttf",
    "roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robcond": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robcond-b": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": "crosextra/Carlito-Regular.ttf",
    "carlito-b": "crosextra/Carlito-Bold.ttf",
    "caladea": "crosextra/Caladea-Regular.ttf",
    "caladea-b": "crosextra/Caladea-Bold.ttf",
    "freeserif": "freefont/FreeSerif.ttf",
    "freesans": "freefont/FreeSans.ttf",
    "freesans-b": "freefont/FreeSansBold.ttf",
    "hand1": "ecolier-court/Ecolier-court.ttf",
    "hand2": "femkeklaver/femkeklaver.ttf",
    "hand3": "breip/Breip.ttf",
    "hand4": "fifthhorseman/dkg.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, rel in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{rel}"))
    _registered = True


# ---------------------------------------------------------------- check digits
def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    sur = surname.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    giv = given.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    s = f"{sur}<<{giv}"
    return (s + "<" * width)[:width]


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def td3(doc_type, issuer, surname, given, number, nat, dob, sex, exp, optional=""):
    """dob/exp as YYMMDD strings. Returns two 44-char lines with verified check digits."""
    l1 = pad(f"{doc_type}<{issuer}" if len(doc_type) == 1 else f"{doc_type}{issuer}", 5)
    l1 = l1 + mrz_name(surname, given, 39)
    num = pad(number, 9)
    opt = pad(optional, 14)
    opt_cd = mrz_cd(opt) if optional else "<"
    l2 = f"{num}{mrz_cd(num)}{nat}{dob}{mrz_cd(dob)}{sex}{exp}{mrz_cd(exp)}{opt}{opt_cd}"
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    # verification
    assert l2[9] == mrz_cd(l2[0:9]) and l2[19] == mrz_cd(l2[13:19]) and l2[27] == mrz_cd(l2[21:27])
    assert l2[43] == mrz_cd(l2[0:10] + l2[13:20] + l2[21:43])
    return l1, l2


def td1(doc_type, issuer, surname, given, number, nat, dob, sex, exp, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + issuer + num + mrz_cd(num) + pad(opt1, 15)
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert l1[14] == mrz_cd(l1[5:14]) and l2[6] == mrz_cd(l2[0:6]) and l2[14] == mrz_cd(l2[8:14])
    assert l2[29] == mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return l1, l2, l3


def mrva(issuer, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = "V<" + issuer + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert l2[9] == mrz_cd(l2[:9]) and l2[19] == mrz_cd(l2[13:19]) and l2[27] == mrz_cd(l2[21:27])
    return l1, l2


_RIB_MAP = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], 1):
    for _ch in _grp:
        _RIB_MAP[_ch] = str(_i)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_MAP.get(c, c) for c in account.upper())
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97):02d}"


def iban_from_bban(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    iban = f"{country}{98 - num % 97:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban: str) -> bool:
    r = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    acc = "".join(_RIB_MAP.get(c, c) for c in account.upper())
    assert (89 * int(bank) + 15 * int(branch) + 3 * int(acc) + int(key)) % 97 == 0
    return iban_from_bban("FR", bank + branch + account + key), key


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- dates
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def fr_words(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


# ---------------------------------------------------------------- page wrapper
class Page:
    """reportlab canvas with mm coordinates measured from the top-left corner."""

    def __init__(self, c: canvas.Canvas, size=A4):
        self.c = c
        self.w, self.h = size

    def Y(self, y):
        return self.h - y * mm

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l", space=None):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        if space is not None:
            t = c.beginText(x * mm, self.Y(y))
            t.setFont(font, size)
            t.setCharSpace(space)
            t.textOut(s)
            c.drawText(t)
        elif align == "l":
            c.drawString(x * mm, self.Y(y), s)
        elif align == "r":
            c.drawRightString(x * mm, self.Y(y), s)
        else:
            c.drawCentredString(x * mm, self.Y(y), s)

    def para(self, x, y, s, width, font="sans", size=8, lead=None, color=(0, 0, 0)):
        lead = lead or size * 0.45
        words, line, yy = s.split(), "", y
        for w in words:
            t = (line + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width * mm:
                self.text(x, yy, line, font, size, color)
                yy += lead
                line = w
            else:
                line = t
        if line:
            self.text(x, yy, line, font, size, color)
            yy += lead
        return yy

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.5, r=0):
        c = self.c
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        if r:
            c.roundRect(
                x * mm, self.Y(y + h), w * mm, h * mm, r * mm, stroke=bool(stroke), fill=bool(fill)
            )
        else:
            c.rect(x * mm, self.Y(y + h), w * mm, h * mm, stroke=bool(stroke), fill=bool(fill))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.5, dash=None):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        c.setDash(dash or [])
        c.line(x1 * mm, self.Y(y1), x2 * mm, self.Y(y2))
        c.setDash([])

    def comb(self, x, y, n, cw=5, ch=6, lw=0.4, gaps=()):
        xx = x
        for i in range(n):
            if i in gaps:
                xx += cw * 0.6
            self.rect(xx, y, cw, ch, lw=lw)
            xx += cw
        return xx

    def image(self, img: Image.Image, x, y, w, h):
        from reportlab.lib.utils import ImageReader

        self.c.drawImage(ImageReader(img), x * mm, self.Y(y + h), w * mm, h * mm, mask="auto")


def new_pdf(size=A4):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    return buf, c


def photo_placeholder(rng: random.Random, w=300, h=380, tone=None) -> Image.Image:
    """A plausible grey-blue ID photo: plain background, head and shoulders silhouette."""
    bg = tuple(
        int(v) for v in (rng.randint(205, 235), rng.randint(215, 235), rng.randint(220, 245))
    )
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    tone = tone or (rng.randint(120, 200), rng.randint(90, 150), rng.randint(70, 120))
    hair = (rng.randint(10, 60),) * 3
    d.ellipse([w * 0.1, h * 0.68, w * 0.9, h * 1.3], fill=(rng.randint(20, 90),) * 3)
    d.rectangle([w * 0.42, h * 0.52, w * 0.58, h * 0.72], fill=tone)
    d.ellipse([w * 0.28, h * 0.14, w * 0.72, h * 0.62], fill=tone)
    d.chord([w * 0.26, h * 0.08, w * 0.74, h * 0.48], 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse([w * ex - 6, h * 0.36, w * ex + 6, h * 0.40], fill=(40, 30, 30))
    d.line([w * 0.44, h * 0.52, w * 0.56, h * 0.52], fill=(110, 50, 50), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


# ---------------------------------------------------------------- handwriting
INK_BLUE = (0.08, 0.12, 0.45)
INK_BLACK = (0.1, 0.1, 0.12)


def hand(pg: Page, x, y, s, rng, font="hand1", size=12, color=INK_BLUE, slant=0.0, spacing=1.0):
    """Glyph by glyph with baseline, size and angle jitter (pen writing)."""
    c = pg.c
    xx = x * mm
    base = pg.Y(y)
    c.setFillColorRGB(*color)
    for ch in s:
        sz = size * rng.uniform(0.93, 1.07)
        c.saveState()
        c.translate(xx, base + rng.uniform(-0.6, 0.6))
        c.rotate(rng.uniform(-4, 4) + slant)
        c.setFont(font, sz)
        c.drawString(0, 0, ch)
        c.restoreState()
        xx += pdfmetrics.stringWidth(ch, font, sz) * spacing + rng.uniform(-0.2, 0.4)
    return xx / mm


def hand_comb(pg: Page, x, y, s, rng, cw=5, font="hand1", size=12, color=INK_BLUE):
    for i, ch in enumerate(s):
        if ch != " ":
            hand(pg, x + i * cw + cw * 0.22 + rng.uniform(-0.4, 0.4), y, ch, rng, font, size, color)


def signature(pg: Page, x, y, w, h, rng, color=INK_BLUE, lw=None):
    """Pen strokes: a looping scribble + underline flourish, inside box (x,y,w,h) in mm."""
    c = pg.c
    c.setStrokeColorRGB(*color)
    c.setLineWidth(lw or rng.uniform(0.7, 1.2))
    c.setLineCap(1)
    c.setLineJoin(1)
    n = rng.randint(5, 9)
    pts = []
    amps = [rng.uniform(0.45, 1.25) for _ in range(n + 1)]
    for i in range(n * 8):
        t = i / (n * 8 - 1)
        px = x + w * (0.08 + 0.8 * t) + math.sin(t * n * 2 * math.pi) * w * 0.04
        amp = h * (0.32 + 0.12 * math.sin(t * 7 + rng.random())) * amps[int(t * n)]
        py = y + h * 0.55 - math.cos(t * n * 2 * math.pi + rng.random() * 0.3) * amp * 0.8
        pts.append((px + rng.uniform(-0.35, 0.35), py + rng.uniform(-0.35, 0.35)))
    p = c.beginPath()
    p.moveTo(pts[0][0] * mm, pg.Y(pts[0][1]))
    for px, py in pts[1:]:
        p.lineTo(px * mm, pg.Y(py))
    c.drawPath(p, stroke=1, fill=0)
    # flourish
    p = c.beginPath()
    sx, sy = x + w * rng.uniform(0.05, 0.2), y + h * rng.uniform(0.78, 0.9)
    p.moveTo(sx * mm, pg.Y(sy))
    p.curveTo(
        (x + w * 0.4) * mm,
        pg.Y(y + h * rng.uniform(0.85, 1.0)),
        (x + w * 0.7) * mm,
        pg.Y(y + h * rng.uniform(0.6, 0.8)),
        (x + w * rng.uniform(0.85, 0.97)) * mm,
        pg.Y(y + h * rng.uniform(0.55, 0.75)),
    )
    c.drawPath(p, stroke=1, fill=0)
    # a dot or short dash
    c.circle((x + w * rng.uniform(0.7, 0.9)) * mm, pg.Y(y + h * 0.25), 0.35 * mm, fill=1, stroke=0)


def stamp(pg: Page, x, y, r, lines, rng, color=(0.15, 0.2, 0.6), font="sans-b"):
    """Round rubber stamp centred at (x,y) mm with radius r mm, text around and in middle."""
    c = pg.c
    c.saveState()
    c.translate(x * mm, pg.Y(y))
    c.rotate(rng.uniform(-20, 20))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.2)
    c.circle(0, 0, r * mm)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.72 * mm)
    ring = lines[0]
    n = len(ring)
    for i, ch in enumerate(ring):
        a = 180 - (i + 0.5) * 300 / n - 30
        c.saveState()
        c.rotate(a)
        c.translate(0, r * 0.8 * mm)
        c.rotate(-90 + 90)
        c.setFont(font, r * 0.55)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    for i, t in enumerate(lines[1:]):
        c.setFont(font, r * 0.5)
        c.drawCentredString(0, (len(lines) / 2 - 1 - i) * r * 0.55 * mm * 0.6, t)
    c.restoreState()


# ---------------------------------------------------------------- rasterise & looks
def pdf_pages(pdf_bytes: bytes, dpi=200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def _np(img):
    return np.asarray(img).astype(np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_look(img: Image.Image, rng: random.Random, paper=None) -> Image.Image:
    """Flatbed scan: grey/warm paper, slight skew, noise, soft edges."""
    a = _np(img)
    paper = paper or (rng.uniform(228, 246), rng.uniform(226, 244), rng.uniform(218, 238))
    a = a / 255.0 * np.array(paper, dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    im = _pil(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    ang = rng.uniform(-1.2, 1.2)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 250))
    return im


def to_jpeg(img: Image.Image, q=82) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def image_pdf(pages: list[Image.Image], rng: random.Random, dpi=200) -> bytes:
    """Scanner's PDF: JPEG pages, no text layer."""
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for p in pages:
        s = scan_look(p, rng)
        s = Image.open(io.BytesIO(to_jpeg(s, rng.randint(60, 80))))
        w, h = s.size
        pw, ph = w / dpi * 72, h / dpi * 72
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(s), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()


def _table(rng: random.Random, w: int, h: int) -> np.ndarray:
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "dark", "cloth"])
    if kind == "wood":
        base = np.array([rng.uniform(120, 160), rng.uniform(85, 110), rng.uniform(55, 75)])
        ys = np.arange(h)[:, None]
        grain = np.sin(ys / rng.uniform(6, 14) + nrng.normal(0, 0.4, (h, 1)).cumsum(0) * 0.05)
        a = base[None, None, :] * (1 + 0.08 * grain[..., None]) * np.ones((h, w, 1))
    elif kind == "dark":
        a = np.ones((h, w, 3)) * np.array([rng.uniform(40, 70)] * 3)
    else:
        a = np.ones((h, w, 3)) * np.array([rng.uniform(150, 190), 170, rng.uniform(170, 200)])
    a += nrng.normal(0, 6, (h, w))[..., None]
    return a.astype(np.float32)


def phone_photo(img: Image.Image, rng: random.Random, long_side=None, rot=0, fill=0.8):
    """Page or card on a table: perspective, shading, colour cast, blur, optional rotation."""
    long_side = long_side or rng.choice([3024, 3264, 4000])
    short = int(long_side * 0.75)
    W, H = (short, long_side) if img.height >= img.width else (long_side, short)
    src = _np(img)
    ih, iw = src.shape[:2]
    s = min(W * fill / iw, H * fill / ih)
    cw, ch = iw * s, ih * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-j, j) * W, cy - ch / 2 + rng.uniform(-j, j) * H],
            [cx + cw / 2 + rng.uniform(-j, j) * W, cy - ch / 2 + rng.uniform(-j, j) * H],
            [cx + cw / 2 + rng.uniform(-j, j) * W, cy + ch / 2 + rng.uniform(-j, j) * H],
            [cx - cw / 2 + rng.uniform(-j, j) * W, cy + ch / 2 + rng.uniform(-j, j) * H],
        ]
    )
    srcq = np.float32([[0, 0], [iw, 0], [iw, ih], [0, ih]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ih, iw), np.float32), M, (W, H))
    bg = _table(rng, W, H)
    # drop shadow
    sh = cv2.GaussianBlur(
        cv2.warpAffine(mask, np.float32([[1, 0, 18], [0, 1, 22]]), (W, H)), (0, 0), 25
    )
    bg *= (1 - 0.45 * sh)[..., None]
    a = warped * mask[..., None] + bg * (1 - mask[..., None])
    # uneven light + colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - rng.uniform(0.25, 0.45) * d
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.85, 0.98)])
    a = a * light[..., None] * cast[None, None, :]
    if rng.random() < 0.5:  # hand/phone shadow band
        x0 = rng.uniform(0, W)
        band = np.clip(1 - np.abs(xx - x0) / (W * 0.25), 0, 1) * (yy > H * rng.uniform(0.5, 0.8))
        a *= (1 - 0.25 * cv2.GaussianBlur(band.astype(np.float32), (0, 0), 40))[..., None]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 3.5, a.shape)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.7, 1.6))
    out = _pil(a)
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def card_on_white(img: Image.Image, rng: random.Random, margin=0.12):
    """A small card/page placed on a scanner glass (for scan looks of cards)."""
    w, h = img.size
    bg = Image.new("RGB", (int(w * (1 + 2 * margin)), int(h * (1 + 2 * margin))), (248, 248, 246))
    bg.paste(img, (int(w * margin), int(h * margin)))
    return bg
