"""Page model, fonts, deterministic randomness and check-digit helpers.

A Page is a list of drawing operations in millimetres (origin top-left, y down,
text y = baseline).  The same Page is rendered either to a raster image
(raster.py) or to a PDF with a real text layer (pdfout.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import unicodedata

from PIL import ImageFont

# --------------------------------------------------------------------------
# fonts
# --------------------------------------------------------------------------
_F = "/usr/share/fonts/"
FONTS = {
    # key: (path, usable by reportlab, accents available)
    "sans": (_F + "truetype/dejavu/DejaVuSans.ttf", True, True),
    "sans-b": (_F + "truetype/dejavu/DejaVuSans-Bold.ttf", True, True),
    "sans-i": (_F + "truetype/dejavu/DejaVuSans-Oblique.ttf", True, True),
    "cond": (_F + "truetype/dejavu/DejaVuSansCondensed.ttf", True, True),
    "cond-b": (_F + "truetype/dejavu/DejaVuSansCondensed-Bold.ttf", True, True),
    "dserif": (_F + "truetype/dejavu/DejaVuSerif.ttf", True, True),
    "dserif-b": (_F + "truetype/dejavu/DejaVuSerif-Bold.ttf", True, True),
    "lib": (_F + "truetype/liberation/LiberationSans-Regular.ttf", True, True),
    "lib-b": (_F + "truetype/liberation/LiberationSans-Bold.ttf", True, True),
    "lib-i": (_F + "truetype/liberation/LiberationSans-Italic.ttf", True, True),
    "narrow": (_F + "truetype/liberation/LiberationSansNarrow-Regular.ttf", True, True),
    "narrow-b": (_F + "truetype/liberation/LiberationSansNarrow-Bold.ttf", True, True),
    "serif": (_F + "truetype/liberation/LiberationSerif-Regular.ttf", True, True),
    "serif-b": (_F + "truetype/liberation/LiberationSerif-Bold.ttf", True, True),
    "serif-i": (_F + "truetype/liberation/LiberationSerif-Italic.ttf", True, True),
    "mono": (_F + "truetype/liberation/LiberationMono-Regular.ttf", True, True),
    "mono-b": (_F + "truetype/liberation/LiberationMono-Bold.ttf", True, True),
    "open": (_F + "truetype/open-sans/OpenSans-Regular.ttf", True, True),
    "open-b": (_F + "truetype/open-sans/OpenSans-Bold.ttf", True, True),
    "open-sb": (_F + "truetype/open-sans/OpenSans-Semibold.ttf", True, True),
    "open-l": (_F + "truetype/open-sans/OpenSans-Light.ttf", True, True),
    "roboto": (_F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf", True, True),
    "roboto-b": (_F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf", True, True),
    "roboto-m": (_F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf", True, True),
    "roboto-l": (_F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Light.ttf", True, True),
    "rcond": (_F + "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf", True, True),
    "rcond-b": (_F + "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf", True, True),
    "lato": (_F + "truetype/lato/Lato-Regular.ttf", True, True),
    "lato-b": (_F + "truetype/lato/Lato-Bold.ttf", True, True),
    "lato-l": (_F + "truetype/lato/Lato-Light.ttf", True, True),
    "carlito": (_F + "truetype/crosextra/Carlito-Regular.ttf", True, True),
    "carlito-b": (_F + "truetype/crosextra/Carlito-Bold.ttf", True, True),
    "caladea": (_F + "truetype/crosextra/Caladea-Regular.ttf", True, True),
    "caladea-b": (_F + "truetype/crosextra/Caladea-Bold.ttf", True, True),
    "fserif": (_F + "truetype/freefont/FreeSerif.ttf", True, True),
    "fserif-b": (_F + "truetype/freefont/FreeSerifBold.ttf", True, True),
    "fsans": (_F + "truetype/freefont/FreeSans.ttf", True, True),
    "fsans-b": (_F + "truetype/freefont/FreeSansBold.ttf", True, True),
    "fmono": (_F + "truetype/freefont/FreeMono.ttf", True, True),
    "comic": (_F + "opentype/comic-neue/ComicNeue-Regular.otf", False, True),
    # raster-only (CFF outlines, complex scripts)
    "ocrb": (_F + "opentype/ocr-b/OCRB.otf", False, False),
    "amiri": (_F + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf", False, True),
    "amiri-b": (_F + "opentype/fonts-hosny-amiri/Amiri-Bold.ttf", False, True),
    "cjk": (_F + "truetype/wqy/wqy-microhei.ttc", False, True),
    "gothic": (_F + "opentype/urw-base35/URWGothic-Demi.otf", False, True),
    "bookman": (_F + "opentype/urw-base35/URWBookman-Light.otf", False, True),
    "bookman-b": (_F + "opentype/urw-base35/URWBookman-Demi.otf", False, True),
    "chancery": (_F + "opentype/urw-base35/Z003-MediumItalic.otf", False, True),
    # handwriting
    "h-dancing": (_F + "opentype/dancingscript/DancingScript-Regular.otf", False, True),
    "h-dancing-b": (_F + "opentype/dancingscript/DancingScript-Bold.otf", False, True),
    "h-kaushan": (_F + "opentype/kaushanscript/KaushanScript-Regular.otf", False, True),
    "h-dkg": (_F + "truetype/fifthhorseman/dkg.ttf", False, True),
    "h-breip": (_F + "truetype/breip/Breip.ttf", False, True),
    "h-ecolier": (_F + "truetype/ecolier-court/Ecolier-court.ttf", False, True),
    "h-humor": (_F + "truetype/humor-sans/Humor-Sans.ttf", False, False),
    "h-ruf": (_F + "truetype/rufscript/Rufscript010.ttf", False, False),
}
# handwriting fonts whose strokes are thin: drawn with an extra stroke width
THIN_HANDS = {"h-breip": 0.9, "h-ecolier": 0.7, "h-dkg": 0.35, "h-humor": 0.25}

_font_cache: dict = {}


def pil_font(key: str, px: float) -> ImageFont.FreeTypeFont:
    px = max(4, round(px))
    ck = (key, px)
    f = _font_cache.get(ck)
    if f is None:
        f = ImageFont.truetype(FONTS[key][0], px)
        _font_cache[ck] = f
    return f


def text_width_mm(s: str, key: str, size_pt: float) -> float:
    """Advance width of s in mm (measured at a large size for precision)."""
    f = pil_font(key, 200)
    return f.getlength(s) * size_pt / 200 * 25.4 / 72


def strip_accents(s: str) -> str:
    out = []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.category(c) != "Mn":
            out.append(c)
    return "".join(out).replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE")


_glyph_cache: dict = {}
_PUNCT = {
    "—": "-",
    "–": "-",
    "€": "EUR",
    "’": "'",
    "«": '"',
    "»": '"',
    "…": "...",
    "œ": "oe",
    "Œ": "OE",
}


def has_glyph(key: str, ch: str) -> bool:
    """True when the font draws ch with its own glyph (not the .notdef box)."""
    ck = (key, ch)
    v = _glyph_cache.get(ck)
    if v is None:
        f = pil_font(key, 40)
        ref = _glyph_cache.get((key, None))
        if ref is None:
            m = f.getmask("\uffff")
            ref = (m.size, bytes(m))
            _glyph_cache[(key, None)] = ref
        m = f.getmask(ch)
        v = (m.size, bytes(m)) != ref or ch.isspace()
        _glyph_cache[ck] = v
    return v


def fix_text_for_font(s: str, key: str) -> str:
    if not FONTS[key][2]:
        s = strip_accents(s)
    if key in ("amiri", "amiri-b", "cjk"):
        return s
    out = []
    for c in s:
        if ord(c) < 128 or has_glyph(key, c):
            out.append(c)
            continue
        alt = _PUNCT.get(c) or strip_accents(c)
        out.append(alt if all(ord(a) < 128 or has_glyph(key, a) for a in alt) else "?")
    return "".join(out)


# --------------------------------------------------------------------------
# page model
# --------------------------------------------------------------------------
A4 = (210.0, 297.0)
BLACK = (0, 0, 0)
WHITE = (255, 255, 255)
GREY = (110, 110, 110)
LIGHT = (225, 225, 225)
INK_BLUE = (22, 34, 110)
INK_BLACK = (25, 25, 30)


class Page:
    def __init__(self, w: float = A4[0], h: float = A4[1], bg=WHITE, name: str = ""):
        self.w = w
        self.h = h
        self.bg = bg
        self.ops: list = []
        self.name = name

    # primitives -------------------------------------------------------
    def text(self, x, y, s, font="sans", size=9.0, color=BLACK, align="l"):
        if s is None or s == "":
            return
        self.ops.append(("text", x, y, str(s), font, size, color, align))

    def hand(
        self, x, y, s, font="h-dancing", size=12.0, color=INK_BLUE, seed=0, align="l", slant=0.0
    ):
        if not s:
            return
        self.ops.append(("hand", x, y, str(s), font, size, color, seed, align, slant))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.3, radius=0.0):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw, radius))

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.3, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def ellipse(self, cx, cy, rx, ry, stroke=BLACK, fill=None, lw=0.3):
        self.ops.append(("ellipse", cx, cy, rx, ry, stroke, fill, lw))

    def poly(self, pts, fill=None, stroke=None, lw=0.3):
        self.ops.append(("poly", [tuple(p) for p in pts], fill, stroke, lw))

    def sig(self, x, y, w, h, name, seed=0, color=INK_BLUE):
        """Hand signature scribbled in the box."""
        self.ops.append(("sig", x, y, w, h, name, seed, color))

    def stamp(self, x, y, w, h, lines, ring="", color=(40, 60, 150), seed=0, shape="round"):
        self.ops.append(("stamp", x, y, w, h, list(lines), ring, color, seed, shape))

    def image(self, x, y, w, h, img):
        """img: PIL image (RGB or RGBA); drawn stretched into the box."""
        self.ops.append(("image", x, y, w, h, img))

    # helpers ------------------------------------------------------------
    def wrap(self, s, width, font, size):
        words = s.split(" ")
        lines, cur = [], ""
        for wd in words:
            trial = (cur + " " + wd).strip()
            if cur and text_width_mm(trial, font, size) > width:
                lines.append(cur)
                cur = wd
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, font="sans", size=9.0, leading=None, color=BLACK, justify=False):
        """Wrapped paragraph; returns the y below it."""
        leading = leading or size * 0.3528 * 1.25
        for block in str(s).split("\n"):
            lines = self.wrap(block, width, font, size) or [""]
            for i, ln in enumerate(lines):
                y += leading
                if justify and i < len(lines) - 1 and " " in ln:
                    words = ln.split(" ")
                    total = sum(text_width_mm(w_, font, size) for w_ in words)
                    gap = (width - total) / (len(words) - 1)
                    xx = x
                    for w_ in words:
                        self.text(xx, y, w_, font, size, color)
                        xx += text_width_mm(w_, font, size) + gap
                else:
                    self.text(x, y, ln, font, size, color)
        return y

    def label_value(
        self,
        x,
        y,
        label,
        value,
        lfont="sans",
        vfont="sans-b",
        size=8.5,
        color=BLACK,
        lcolor=None,
        gap=1.5,
    ):
        self.text(x, y, label, lfont, size, lcolor or color)
        lw = text_width_mm(label, lfont, size)
        self.text(x + lw + gap, y, value, vfont, size, color)

    def comb(self, x, y, n, cell=5.0, h=6.0, lw=0.25, color=BLACK):
        """Comb boxes for hand-written capitals; returns list of cell centres."""
        self.rect(x, y, n * cell, h, color, None, lw)
        for i in range(1, n):
            self.line(x + i * cell, y + h * 0.45, x + i * cell, y + h, color, lw)
        return [x + (i + 0.5) * cell for i in range(n)]

    def checkbox(self, x, y, size=3.2, checked=False, mark="x", lw=0.3, seed=0, ink=INK_BLUE):
        self.rect(x, y, size, size, BLACK, None, lw)
        if checked:
            if mark == "typed":
                self.text(x + size / 2, y + size * 0.82, "X", "sans-b", size * 2.3, BLACK, "c")
            else:
                r = random.Random(seed)
                j = [r.uniform(-0.5, 0.5) for _ in range(8)]
                self.line(
                    x - 0.3 + j[0],
                    y - 0.2 + j[1],
                    x + size + 0.4 + j[2],
                    y + size + 0.3 + j[3],
                    ink,
                    0.45,
                )
                self.line(
                    x + size + 0.2 + j[4],
                    y - 0.4 + j[5],
                    x - 0.2 + j[6],
                    y + size + 0.2 + j[7],
                    ink,
                    0.45,
                )


# --------------------------------------------------------------------------
# deterministic randomness
# --------------------------------------------------------------------------
def seed_of(*parts) -> int:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return int(h[:12], 16)


def rng(*parts) -> random.Random:
    return random.Random(seed_of(*parts))


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
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
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MESES_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def fr_words(d: dt.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def en_words(d: dt.date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def month_end(y: int, m: int) -> dt.date:
    if m == 12:
        return dt.date(y, 12, 31)
    return dt.date(y, m + 1, 1) - dt.timedelta(days=1)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, month_end(y, m).day)
    return dt.date(y, m, day)


def money(v: float) -> str:
    s = f"{v:,.2f}"
    return s.replace(",", " ").replace(".", ",")


# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------
def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c.isalpha():
            v = ord(c) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def norm(x):
        x = strip_accents(x).upper()
        out = []
        for c in x:
            if "A" <= c <= "Z":
                out.append(c)
            elif c in " -":
                out.append("<")
        return "".join(out)

    s = norm(surname) + "<<" + norm(given)
    s = s[:width]
    return s + "<" * (width - len(s))


def yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def td3(doc_type, issuer, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = pad(doc_type, 2) + issuer + mrz_name(surname, given, 39)
    num = pad(number, 9)
    per = pad(personal, 14)
    per_cd = mrz_cd(per) if personal else "<"
    part = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    part += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + per + per_cd
    comp = num + mrz_cd(num) + yymmdd(dob) + mrz_cd(yymmdd(dob)) + yymmdd(expiry)
    comp += mrz_cd(yymmdd(expiry)) + per + per_cd
    l2 = part + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def td1(doc_type, issuer, surname, given, number, nat, dob, sex, expiry, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + issuer + num + mrz_cd(num) + pad(opt1, 15)
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(expiry) + mrz_cd(yymmdd(expiry))
    l2 += nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrva(vtype, issuer, surname, given, number, nat, dob, sex, expiry, opt=""):
    l1 = "V" + vtype + issuer + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    l2 += yymmdd(expiry) + mrz_cd(yymmdd(expiry)) + pad(opt, 16)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return _iban_num(s) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    conv = {}
    for i, c in enumerate("ABCDEFGHI"):
        conv[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"):
        conv[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"):
        conv[c] = str(i + 2)
    acc = "".join(conv.get(c, c) for c in account)
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str):
    key = rib_key(bank, branch, account)
    return iban_make("FR", bank + branch + account + key), key


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        s = body + d
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        if tot % 10 == 0:
            return s
    raise ValueError(body)


def siret(r: random.Random) -> str:
    siren = luhn_complete(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7)))
    return luhn_complete(siren + f"{r.randint(1, 300):04d}")


def fmt_siret(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def nir(sex: str, dob: dt.date, dept: str, commune: str, order: str) -> str:
    body = ("1" if sex == "M" else "2") + dob.strftime("%y%m") + dept + commune + order
    key = 97 - int(body) % 97
    return f"{body}{key:02d}"


def fmt_nir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
