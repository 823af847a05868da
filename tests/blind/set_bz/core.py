"""Shared helpers for set_bz: fonts, check digits, MRZ, handwriting, stamps, photos."""

import io
import unicodedata

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as RLFont
from reportlab.pdfgen import canvas as rl_canvas

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "SansC": "dejavu/DejaVuSansCondensed.ttf",
    "SansCB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "LibB": "liberation/LiberationSans-Bold.ttf",
    "LibI": "liberation/LiberationSans-Italic.ttf",
    "LibN": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNB": "liberation/LiberationSansNarrow-Bold.ttf",
    "Times": "liberation/LiberationSerif-Regular.ttf",
    "TimesB": "liberation/LiberationSerif-Bold.ttf",
    "TimesI": "liberation/LiberationSerif-Italic.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "CarlitoB": "crosextra/Carlito-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "CaladeaB": "crosextra/Caladea-Bold.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "OpenB": "open-sans/OpenSans-Bold.ttf",
    "OpenSB": "open-sans/OpenSans-Semibold.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "LatoB": "lato/Lato-Bold.ttf",
    "LatoL": "lato/Lato-Light.ttf",
    "Roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobotoM": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "RobotoB": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobotoC": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoCB": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "FreeSerif": "freefont/FreeSerif.ttf",
    "FreeSerifB": "freefont/FreeSerifBold.ttf",
    "FreeSans": "freefont/FreeSans.ttf",
    "FreeSansB": "freefont/FreeSansBold.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "MonoB": "dejavu/DejaVuSansMono-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf",
    "Courier": "freefont/FreeMono.ttf",
    "CourierB": "freefont/FreeMonoBold.ttf",
}
HAND = {
    "ecolier": FD + "ecolier-court/Ecolier-court.ttf",
    "dkg": FD + "fifthhorseman/dkg.ttf",
    "dkgit": FD + "fifthhorseman/dkgIt.ttf",
    "breip": FD + "breip/Breip.ttf",
    "humor": FD + "humor-sans/Humor-Sans.ttf",
}
ARABIC_FONT = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"
A4 = (210 * mm, 297 * mm)
_REG = set()


def reg_fonts():
    for name, rel in FONTS.items():
        if name not in _REG:
            pdfmetrics.registerFont(RLFont(name, FD + rel))
            _REG.add(name)


def new_canvas(size=A4, title="document", author=None):
    reg_fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    c._bz_buf = buf
    return c


def finish(c):
    c.save()
    return c._bz_buf.getvalue()


def rgb(h, a=1.0):
    h = h.lstrip("#")
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255, alpha=a)


class Pg:
    """Small drawing helper: millimetres measured from the top-left corner."""

    def __init__(self, c, w_mm=210, h_mm=297):
        self.c, self.w, self.h = c, w_mm, h_mm

    def y(self, ymm):
        return (self.h - ymm) * mm

    def t(self, x, y, s, font="Lib", size=9, color="#000000", align="l"):
        c = self.c
        c.setFillColor(rgb(color))
        c.setFont(font, size)
        if align == "r":
            c.drawRightString(x * mm, self.y(y), s)
        elif align == "c":
            c.drawCentredString(x * mm, self.y(y), s)
        else:
            c.drawString(x * mm, self.y(y), s)

    def para(self, x, y, w, s, font="Lib", size=9, lead=None, color="#000000", justify=False):
        from reportlab.lib.utils import simpleSplit

        lead = lead or size * 1.25
        lines = []
        for part in s.split("\n"):
            lines += simpleSplit(part, font, size, w * mm) or [""]
        yy = y
        for ln in lines:
            self.t(x, yy, ln, font, size, color)
            yy += lead / mm
        return yy

    def rect(self, x, y, w, h, stroke="#000000", fill=None, lw=0.5, r=0):
        c = self.c
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColor(rgb(stroke))
        if fill:
            c.setFillColor(rgb(fill))
        args = (x * mm, self.y(y + h), w * mm, h * mm)
        if r:
            c.roundRect(*args, r * mm, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(*args, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.5, dash=None):
        c = self.c
        c.setStrokeColor(rgb(color))
        c.setLineWidth(lw)
        c.setDash(*(dash or ([], 0)))
        c.line(x1 * mm, self.y(y1), x2 * mm, self.y(y2))
        c.setDash([], 0)

    def img(self, pil, x, y, w, h):
        from reportlab.lib.utils import ImageReader

        self.c.drawImage(ImageReader(pil), x * mm, self.y(y + h), w * mm, h * mm, mask="auto")

    def comb(self, x, y, n, cw=5.0, ch=6.0, lw=0.5, color="#000000"):
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, stroke=color, lw=lw)
        return [(x + i * cw + cw / 2, y + ch / 2) for i in range(n)]

    def checkbox(self, x, y, s=3.2, color="#000000"):
        self.rect(x, y, s, s, stroke=color, lw=0.6)


# ---------------------------------------------------------------- check digits
def mrz_cd(s):
    t = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        t += v * (7, 3, 1)[i % 3]
    return str(t % 10)


def mrz_name(surname, given, width):
    def norm(s):
        s = unicodedata.normalize("NFKD", s.upper())
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("Đ", "D")
        s = s.replace("'", "").replace("-", " ").replace(".", "")
        return "<".join(s.split())

    out = norm(surname) + "<<" + norm(given)
    return out[:width].ljust(width, "<")


def _pad(s, n):
    return s[:n].ljust(n, "<")


def td3(doc, iss, surname, given, number, nat, dob, sex, exp, personal=""):
    """dob/exp as YYYY-MM-DD; returns two 44-char lines."""
    b, e = dob[2:].replace("-", ""), exp[2:].replace("-", "")
    num = _pad(number, 9)
    per = _pad(personal, 14)
    pcd = mrz_cd(per) if personal else "<"
    l1 = _pad(doc, 2) + iss + mrz_name(surname, given, 39)
    core = num + mrz_cd(num) + nat + b + mrz_cd(b) + sex + e + mrz_cd(e) + per + pcd
    comp = num + mrz_cd(num) + b + mrz_cd(b) + e + mrz_cd(e) + per + pcd
    l2 = core + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    assert check_td3(l2)
    return l1, l2


def check_td3(l2):
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    ok = ok and mrz_cd(l2[21:27]) == l2[27]
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return ok and mrz_cd(comp) == l2[43]


def mrva(iss, surname, given, number, nat, dob, sex, exp, optional=""):
    b, e = dob[2:].replace("-", ""), exp[2:].replace("-", "")
    num = _pad(number, 9)
    l1 = "V<" + iss + mrz_name(surname, given, 39)
    l2 = num + mrz_cd(num) + nat + b + mrz_cd(b) + sex + e + mrz_cd(e) + _pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    return l1, l2


def td1(doc, iss, surname, given, number, nat, dob, sex, exp, opt1="", opt2=""):
    b, e = dob[2:].replace("-", ""), exp[2:].replace("-", "")
    num = _pad(number, 9)
    l1 = _pad(doc, 2) + iss + num + mrz_cd(num) + _pad(opt1, 15)
    l2 = b + mrz_cd(b) + sex + e + mrz_cd(e) + nat + _pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return l1, l2, l3


def _num36(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(country, bban):
    chk = 98 - _num36(bban + country + "00") % 97
    iban = f"{country}{chk:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban):
    return _num36(iban[4:] + iban[:4]) % 97 == 1


_RIBL = {
    c: str(v)
    for v, cs in enumerate(("", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"))
    for c in cs
}


def rib_key(bank, branch, account):
    acc = "".join(_RIBL.get(ch, ch) for ch in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    iban = iban_make("FR", bank + branch + account + key)
    acc = "".join(_RIBL.get(ch, ch) for ch in account)
    assert (89 * int(bank) + 15 * int(branch) + 3 * int(acc) + int(key)) % 97 == 0
    return iban, key


def nir_key(nir13):
    k = 97 - int(nir13) % 97
    assert (int(nir13) + k) % 97 == 0 or k == 97
    return f"{k:02d}"


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def siret(siren8, nic4):
    """Complete an 8-digit SIREN stem and 4-digit NIC stem into a Luhn-valid SIRET."""
    siren = next(siren8 + str(d) for d in range(10) if luhn_ok(siren8 + str(d)))
    full = next(siren + nic4 + str(d) for d in range(10) if luhn_ok(siren + nic4 + str(d)))
    assert luhn_ok(siren) and luhn_ok(full) and len(full) == 14
    return full


def group(s, n=4, sep=" "):
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- dates in French
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


def dmy(iso, sep="/"):
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"


def fr_long(iso):
    y, m, d = (int(v) for v in iso.split("-"))
    return f"{'1er' if d == 1 else d} {MOIS[m - 1]} {y}"


def month_end(y, m):
    import calendar

    return calendar.monthrange(y, m)[1]


def eur(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s
