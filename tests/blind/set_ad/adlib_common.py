"""Shared helpers for set_ad: fonts, MRZ and bank check digits, reportlab drawing."""

from __future__ import annotations

import math
import random
from datetime import date

from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

F = "/usr/share/fonts/truetype/"
TTF = {
    "sans": F + "liberation/LiberationSans-Regular.ttf",
    "sans-b": F + "liberation/LiberationSans-Bold.ttf",
    "sans-i": F + "liberation/LiberationSans-Italic.ttf",
    "narrow": F + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": F + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": F + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": F + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": F + "liberation/LiberationSerif-Italic.ttf",
    "mono": F + "liberation/LiberationMono-Regular.ttf",
    "dejavu": F + "dejavu/DejaVuSans.ttf",
    "dejavu-b": F + "dejavu/DejaVuSans-Bold.ttf",
    "open": F + "open-sans/OpenSans-Regular.ttf",
    "open-b": F + "open-sans/OpenSans-Bold.ttf",
    "lato": F + "lato/Lato-Regular.ttf",
    "lato-b": F + "lato/Lato-Bold.ttf",
    "roboto": F + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "carlito": F + "crosextra/Carlito-Regular.ttf",
    "carlito-b": F + "crosextra/Carlito-Bold.ttf",
    "hand1": F + "ecolier-court/Ecolier-court.ttf",
    "hand2": F + "fifthhorseman/dkg.ttf",
    "hand3": F + "femkeklaver/femkeklaver.ttf",
    "hand4": F + "humor-sans/Humor-Sans.ttf",
}
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
_REG: set[str] = set()
_PIL: dict = {}


def reg() -> None:
    for k, p in TTF.items():
        if k not in _REG:
            pdfmetrics.registerFont(TTFont(k, p))
            _REG.add(k)


def pil_font(name: str, size: float):
    key = (name, int(size))
    if key not in _PIL:
        path = OCRB if name == "ocrb" else TTF[name]
        _PIL[key] = ImageFont.truetype(path, int(size))
    return _PIL[key]


def new_canvas(path: str, size=(595.27, 841.89), title: str = "", author: str = ""):
    reg()
    c = rl_canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setProducer("")
    c.setCreator("")
    return c


# ---------------------------------------------------------------- MRZ (ICAO 9303)
def _val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(ch) * w[i % 3] for i, ch in enumerate(s)) % 10)


def ymd(d: date) -> str:
    return d.strftime("%y%m%d")


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(t: str) -> str:
        t = t.upper().replace("-", " ").replace("'", "")
        return "<".join(t.split())

    return (clean(surname) + "<<" + clean(given)).ljust(width, "<")[:width]


def td3(country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = ("P<" + country + mrz_name(surname, given, 39))[:44]
    n = number.ljust(9, "<")
    p = personal.ljust(14, "<")
    pcd = cd(p) if personal else "<"
    body = n + cd(n) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + p + pcd
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + cd(comp)]


def mrva(country, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = ("V<" + country + mrz_name(surname, given, 39))[:44]
    n = number.ljust(9, "<")
    l2 = n + cd(n) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    return [l1, (l2 + optional).ljust(44, "<")[:44]]


def td1(code, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    n = number.ljust(9, "<")
    l1 = (code + country + n + cd(n) + opt1).ljust(30, "<")[:30]
    l2 = (ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + opt2).ljust(29, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return [l1, l2 + cd(comp), mrz_name(surname, given, 30)]


# ---------------------------------------------------------------- bank numbers
def _mod97(s: str) -> int:
    r = 0
    for ch in s:
        r = (r * 10 + int(ch)) % 97
    return r


def _num(s: str) -> str:
    return "".join(ch if ch.isdigit() else str(ord(ch) - 55) for ch in s.upper())


def iban_cd(country: str, bban: str) -> str:
    return f"{98 - _mod97(_num(bban + country + '00')):02d}"


_RIBL = {ch: str(i % 9 + 1) for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_RIBL.update(S="2", T="3", U="4", V="5", W="6", X="7", Y="8", Z="9")


def fr_rib(bank: str, branch: str, account: str) -> tuple[str, str]:
    acc = int("".join(_RIBL.get(ch, ch) for ch in account.upper()))
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97
    k = f"{key:02d}"
    bban = bank + branch + account + k
    return k, "FR" + iban_cd("FR", bban) + bban


def be_iban(ten: str) -> str:
    chk = int(ten) % 97 or 97
    bban = ten + f"{chk:02d}"
    return "BE" + iban_cd("BE", bban) + bban


def iban_ok(iban: str) -> bool:
    return _mod97(_num(iban[4:] + iban[:4])) == 1


def grp(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- dates
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def dfr(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def dwords(d: date) -> str:
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def month_end(y: int, m: int) -> date:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


# ---------------------------------------------------------------- reportlab drawing
def hand(c, x, y, text, rng: random.Random, font="hand1", size=13, color=(0.1, 0.15, 0.5)):
    """Handwritten text: per-word jitter of baseline, angle and size."""
    c.saveState()
    c.setFillColorRGB(*color)
    cx = x
    for word in text.split(" "):
        s = size * rng.uniform(0.94, 1.06)
        c.saveState()
        c.translate(cx, y + rng.uniform(-1.2, 1.2))
        c.rotate(rng.uniform(-2.5, 2.5))
        c.setFont(font, s)
        c.drawString(0, 0, word)
        c.restoreState()
        cx += pdfmetrics.stringWidth(word + " ", font, s) * rng.uniform(0.98, 1.08)
    c.restoreState()
    return cx


def comb(c, x, y, text, cell, rng, font="hand1", size=12, color=(0.1, 0.15, 0.5)):
    """Write one character per box of a comb field, as people fill official forms."""
    c.saveState()
    c.setFillColorRGB(*color)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        c.setFont(font, size * rng.uniform(0.93, 1.07))
        c.drawCentredString(
            x + cell * (i + 0.5) + rng.uniform(-0.8, 0.8), y + rng.uniform(-0.8, 0.8), ch
        )
    c.restoreState()


def boxes(c, x, y, n, cell, h=14):
    for i in range(n):
        c.rect(x + i * cell, y, cell, h, stroke=1, fill=0)


def signature(c, x, y, w, rng: random.Random, color=(0.05, 0.1, 0.45)):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(rng.uniform(0.8, 1.3))
    p = c.beginPath()
    p.moveTo(x, y)
    px, py = x, y
    steps = rng.randint(5, 8)
    for i in range(steps):
        nx = x + w * (i + 1) / steps
        ny = y + rng.uniform(-6, 12)
        p.curveTo(
            px + rng.uniform(-8, 14),
            py + rng.uniform(6, 22),
            nx + rng.uniform(-14, 8),
            ny - rng.uniform(4, 18),
            nx,
            ny,
        )
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    c.line(x - 4, y - 6 + rng.uniform(-2, 2), x + w * rng.uniform(0.7, 1.0), y - 4)
    c.restoreState()


def stamp(c, x, y, r, outer: str, inner: list[str], rng, color=(0.15, 0.2, 0.6), font="sans-b"):
    """Round rubber stamp: text around the ring, lines in the centre."""
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-18, 18))
    c.setStrokeColorRGB(*color, alpha=0.8)
    c.setFillColorRGB(*color, alpha=0.8)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.7)
    c.circle(0, 0, r * 0.72)
    fs = r * 0.17
    n = len(outer)
    for i, ch in enumerate(outer):
        a = math.radians(200 - i * (220 / max(n - 1, 1)))
        c.saveState()
        c.translate(math.cos(a) * r * 0.84, math.sin(a) * r * 0.84)
        c.rotate(math.degrees(a) - 90)
        c.setFont(font, fs)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    for i, line in enumerate(inner):
        c.setFont(font, fs * 0.95)
        c.drawCentredString(0, (len(inner) / 2 - i - 0.7) * fs * 1.15, line)
    c.restoreState()


def rect_stamp(c, x, y, lines: list[str], rng, color=(0.55, 0.1, 0.1), size=8):
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6))
    c.setStrokeColorRGB(*color, alpha=0.85)
    c.setFillColorRGB(*color, alpha=0.85)
    w = max(pdfmetrics.stringWidth(t, "sans-b", size) for t in lines) + 12
    h = len(lines) * size * 1.3 + 8
    c.setLineWidth(1.3)
    c.rect(0, 0, w, h)
    for i, t in enumerate(lines):
        c.setFont("sans-b", size)
        c.drawString(6, h - 4 - size * 1.3 * (i + 1) + 2, t)
    c.restoreState()


def wrap(c, x, y, text, width, font="sans", size=9, lead=None):
    """Draw a paragraph; return the y below it."""
    lead = lead or size * 1.3
    c.setFont(font, size)
    line = ""
    for word in text.split():
        t = (line + " " + word).strip()
        if pdfmetrics.stringWidth(t, font, size) > width:
            c.drawString(x, y, line)
            y -= lead
            line = word
        else:
            line = t
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


def luhn_fix(digits: str) -> str:
    """Append the digit that makes `digits` pass the Luhn test (SIRET)."""
    for d in "0123456789":
        t = digits + d
        tot = sum(
            (int(ch) * 2 - 9 if int(ch) * 2 > 9 else int(ch) * 2) if i % 2 else int(ch)
            for i, ch in enumerate(reversed(t))
        )
        if tot % 10 == 0:
            return t
    return digits + "0"
