"""Shared helpers for set_cs: fonts, check digits, MRZ, IBAN/RIB, pen strokes, stamps."""

from __future__ import annotations

import math
import random
import unicodedata

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_FILES = {
    "Sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "SansB": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "SansI": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "Narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "NarrowB": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "Serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "SerifB": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "SerifI": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "Mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "Courier": "/usr/share/fonts/truetype/freefont/FreeMono.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuC": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCB": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "LatoB": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "Open": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "OpenB": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "Roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobotoB": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "CarlitoB": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "CaladeaB": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "FreeSerif": "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "FreeSerifB": "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
    "Hand1": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "Hand2": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "Hand3": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
    "Hand4": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "Amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "AmiriB": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
}
_done = False


def register_fonts() -> None:
    global _done
    if _done:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _done = True


# --------------------------------------------------------------- dates
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


def fr(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def fr_words(iso: str) -> str:
    y, m, d = iso.split("-")
    day = "1er" if d == "01" else str(int(d))
    return f"{day} {MOIS[int(m) - 1]} {y}"


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


# --------------------------------------------------------------- MRZ
def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def check_digit(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def translit(s: str) -> str:
    s = " ".join(s.replace(",", " ").split())
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    out = []
    for c in s:
        out.append(c if ("A" <= c <= "Z" or c.isdigit()) else "<")
    return "".join(out)


def mrz_name(surname: str, given: str, width: int) -> str:
    s = translit(surname).strip("<")
    g = translit(given).strip("<")
    name = s + "<<" + g
    return (name + "<" * width)[:width]


def pad(s: str, n: int) -> str:
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def td3(
    doc: str, iss: str, nat: str, sur: str, giv: str, dob: str, sex: str, exp: str, pers: str = ""
) -> list[str]:
    assert len(doc) <= 9
    l1 = ("P<" + iss + mrz_name(sur, giv, 39))[:44]
    d = pad(doc, 9)
    p = pad(pers, 14)
    pcd = check_digit(p)
    head = d + check_digit(d)
    b = yymmdd(dob)
    e = yymmdd(exp)
    l2 = head + nat + b + check_digit(b) + sex + e + check_digit(e) + p + pcd
    comp = head + b + check_digit(b) + e + check_digit(e) + p + pcd
    l2 += check_digit(comp)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def td1(
    kind: str, doc: str, iss: str, nat: str, sur: str, giv: str, dob: str, sex: str, exp: str
) -> list[str]:
    assert len(doc) <= 9
    d = pad(doc, 9)
    l1 = kind + iss + d + check_digit(d) + "<" * 15
    b = yymmdd(dob)
    e = yymmdd(exp)
    l2a = b + check_digit(b) + sex + e + check_digit(e) + nat + "<" * 11
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + check_digit(comp)
    l3 = mrz_name(sur, giv, 30)
    assert len(l1) == len(l2) == len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrvb(
    vtype: str, iss: str, doc: str, nat: str, sur: str, giv: str, dob: str, sex: str, exp: str
) -> list[str]:
    l1 = ("V" + vtype + iss + mrz_name(sur, giv, 31))[:36]
    d = pad(doc, 9)
    b = yymmdd(dob)
    e = yymmdd(exp)
    l2 = d + check_digit(d) + nat + b + check_digit(b) + sex + e + check_digit(e) + "<" * 8
    assert len(l1) == 36 and len(l2) == 36, (l1, l2)
    return [l1, l2]


def mrz_ok(lines: list[str]) -> bool:
    """Independent re-check of the check digits of TD1 / TD3 / MRV-B lines."""
    if len(lines) == 3:
        a, b, _ = lines
        ok = check_digit(a[5:14]) == a[14]
        ok &= check_digit(b[0:6]) == b[6] and check_digit(b[8:14]) == b[14]
        ok &= check_digit(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]
        return ok
    a, b = lines
    ok = check_digit(b[0:9]) == b[9] and check_digit(b[13:19]) == b[19]
    ok &= check_digit(b[21:27]) == b[27]
    if len(b) == 44:
        ok &= check_digit(b[0:10] + b[13:20] + b[21:43]) == b[43]
    return ok


# --------------------------------------------------------------- bank numbers
_RIB_LETTERS = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def _rib_digits(s: str) -> int:
    return int("".join(_RIB_LETTERS.get(c, c) for c in s))


def rib_key(bank: str, branch: str, account: str) -> str:
    k = 97 - ((89 * _rib_digits(bank) + 15 * _rib_digits(branch) + 3 * _rib_digits(account)) % 97)
    return f"{k:02d}"


def iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(country: str, bban: str) -> str:
    chk = 98 - iban_num(bban + country + "00") % 97
    iban = f"{country}{chk:02d}{bban}"
    assert iban_valid(iban)
    return iban


def iban_valid(iban: str) -> bool:
    return iban_num(iban[4:] + iban[:4]) % 97 == 1


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    assert rib_key(bank, branch, account) == key and len(account) == 11
    return make_iban("FR", bank + branch + account + key), key


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


def make_siret(siren8: str, nic: str) -> str:
    for last in "0123456789":
        siren = siren8 + last
        if luhn_ok(siren):
            break
    base = siren + nic[:-1]
    for last in "0123456789":
        if luhn_ok(base + last):
            return base + last
    raise ValueError


def self_test() -> None:
    assert rib_key("20041", "01005", "0500013M026") == "06"
    assert iban_valid("FR7630006000011234567890189")
    assert check_digit("L898902C3") == "6"
    utopia = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"]
    utopia.append("L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    assert mrz_ok(utopia)


# --------------------------------------------------------------- pen strokes
INK_BLUE = Color(0.08, 0.14, 0.45)
INK_BLACK = Color(0.1, 0.1, 0.12)


def _bez(p0, p1, p2, p3, n=14):
    out = []
    for i in range(n + 1):
        t = i / n
        a = (1 - t) ** 3
        b = 3 * (1 - t) ** 2 * t
        c = 3 * (1 - t) * t**2
        d = t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


def signature_path(rng: random.Random, w: float, h: float, loops: int = 5) -> list[list]:
    """Strokes (lists of points) of a cursive-looking signature in a w x h box."""
    strokes = []
    slant = rng.uniform(-0.15, 0.45)
    amp = rng.uniform(0.6, 1.0)
    pts = [(0.03 * w, rng.uniform(0.3, 0.6) * h)]
    x = pts[0][0]
    if rng.random() < 0.6:
        # a capital: tall loop opening the signature
        cap = _bez(pts[0], (0.02 * w, 1.25 * h), (0.22 * w, 1.1 * h), (0.1 * w, 0.15 * h), 20)
        cap += _bez(cap[-1], (0.05 * w, -0.05 * h), (0.0, 0.4 * h), (0.16 * w, 0.45 * h), 12)[1:]
        pts = cap
        x = 0.16 * w
    for i in range(loops):
        x2 = x + w * rng.uniform(0.06, 0.16)
        up = rng.uniform(0.45, 0.98) * h * amp
        down = rng.uniform(0.05, 0.35) * h
        p0 = pts[-1]
        seg = _bez(p0, (x + w * 0.02, up), (x2 - w * 0.08, up), (x2 - 0.03 * w, down + 0.1 * h))
        seg += _bez(seg[-1], (x2, down), (x2 + 0.02 * w, down), (x2 + 0.04 * w, 0.4 * h))[1:]
        pts += seg[1:]
        x = x2
        if i == 1 and rng.random() < 0.5:
            strokes.append(pts)
            pts = [(x + 0.03 * w, rng.uniform(0.2, 0.5) * h)]
    flourish = _bez(
        pts[-1],
        (x + 0.15 * w, rng.uniform(0.6, 1.0) * h),
        (rng.uniform(0.05, 0.4) * w, rng.uniform(-0.1, 0.1) * h),
        (min(x + 0.2 * w, 0.98 * w), rng.uniform(0.1, 0.3) * h),
        24,
    )
    pts += flourish[1:]
    strokes.append(pts)
    if rng.random() < 0.6:
        y = rng.uniform(0.05, 0.2) * h
        strokes.append(
            _bez((0.1 * w, y), (0.4 * w, y - 4), (0.7 * w, y + 3), (0.95 * w, y + 1), 10)
        )
    if rng.random() < 0.3:
        dx, dy = rng.uniform(0.5, 0.9) * w, rng.uniform(0.6, 0.9) * h
        strokes.append([(dx, dy), (dx + 1.2, dy + 0.8)])
    sheared = []
    for st in strokes:
        sheared.append([(px + slant * (py - 0.4 * h), py) for px, py in st])
    return sheared


def draw_signature(c, rng, x, y, w, h, ink=INK_BLUE, base=1.1):
    c.saveState()
    c.setStrokeColor(ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_path(rng, w, h, loops=rng.randint(4, 6)):
        n = len(stroke)
        for i in range(n - 1):
            t = i / max(1, n - 2)
            taper = min(1.0, 4 * t, 4 * (1 - t) + 0.15)
            width = base * (0.45 + 0.75 * taper) * (0.85 + 0.3 * math.sin(i * 0.7))
            c.setLineWidth(max(0.25, width))
            (x0, y0), (x1, y1) = stroke[i], stroke[i + 1]
            c.line(x + x0, y + y0, x + x1, y + y1)
    c.restoreState()


def hand_text(c, rng, x, y, text, font="Hand1", size=12, ink=INK_BLUE, jitter=1.0):
    """Handwritten text: one glyph at a time with jitter of angle, size and baseline."""
    c.saveState()
    c.setFillColor(ink)
    cx = x
    drift = 0.0
    for ch in text:
        s = size * (1 + rng.uniform(-0.05, 0.05) * jitter)
        drift += rng.uniform(-0.25, 0.25) * jitter
        drift = max(-1.5, min(1.5, drift))
        c.saveState()
        c.translate(cx, y + drift)
        c.rotate(rng.uniform(-4, 4) * jitter)
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, font, s) * (1 + rng.uniform(-0.04, 0.06) * jitter)
    c.restoreState()
    return cx


def round_stamp(c, rng, cx, cy, r, ring: str, center: list[str], color=None, font="SansB"):
    color = color or Color(0.2, 0.25, 0.62, alpha=0.78)
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rng.uniform(-18, 18))
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.7)
    c.circle(0, 0, r * 0.72)
    size = r * 0.16
    n = len(ring)
    for i, ch in enumerate(ring):
        a = math.pi / 2 + math.pi * 0.92 - (i + 0.5) * (2 * math.pi * 0.92) / n
        c.saveState()
        c.translate(0.86 * r * math.cos(a), 0.86 * r * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont(font, size)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()
    lh = r * 0.2
    y0 = (len(center) - 1) * lh / 2
    for i, line in enumerate(center):
        fs = min(r * 0.17, 1.25 * r / max(1, pdfmetrics.stringWidth(line, font, 1)))
        c.setFont(font, fs)
        c.drawCentredString(0, y0 - i * lh - fs * 0.35, line)
    c.restoreState()


def rect_stamp(c, rng, x, y, lines: list[str], color=None, size=8, font="SansB"):
    color = color or Color(0.55, 0.1, 0.35, alpha=0.75)
    w = max(pdfmetrics.stringWidth(t, font, size) for t in lines) + 12
    h = len(lines) * size * 1.3 + 8
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6))
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.2)
    c.rect(0, 0, w, h)
    for i, t in enumerate(lines):
        c.setFont(font, size)
        c.drawCentredString(w / 2, h - 4 - (i + 1) * size * 1.3 + size * 0.3, t)
    c.restoreState()
    return w, h


def photo_portrait(c, rng, x, y, w, h, tone=0.55, grey=False):
    """A stylised head-and-shoulders photo (ID photo), drawn with vectors."""
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0)
    bg = 0.86 + rng.uniform(-0.04, 0.04)
    c.setFillColor(Color(bg, bg, bg + (0 if grey else 0.03)))
    c.rect(x, y, w, h, stroke=0, fill=1)
    t = tone
    skin = Color(t, t, t) if grey else Color(min(1, t + 0.2), t + 0.05, t - 0.08)
    hair = Color(0.12, 0.1, 0.09)
    cloth = Color(0.2, 0.22, 0.3) if not grey else Color(0.25, 0.25, 0.25)
    c.setFillColor(cloth)
    c.ellipse(x - 0.1 * w, y - 0.35 * h, x + 1.1 * w, y + 0.32 * h, stroke=0, fill=1)
    c.setFillColor(skin)
    c.rect(x + 0.4 * w, y + 0.2 * h, 0.2 * w, 0.15 * h, stroke=0, fill=1)
    c.setFillColor(hair)
    c.ellipse(x + 0.22 * w, y + 0.36 * h, x + 0.78 * w, y + 0.92 * h, stroke=0, fill=1)
    c.setFillColor(skin)
    c.ellipse(x + 0.27 * w, y + 0.3 * h, x + 0.73 * w, y + 0.82 * h, stroke=0, fill=1)
    c.setFillColor(Color(0.15, 0.12, 0.1))
    for ex in (0.4, 0.6):
        c.ellipse(x + (ex - 0.035) * w, y + 0.6 * h, x + (ex + 0.035) * w, y + 0.63 * h, 0, 1)
    c.setStrokeColor(Color(0.35, 0.2, 0.18))
    c.setLineWidth(0.6)
    c.line(x + 0.45 * w, y + 0.42 * h, x + 0.55 * w, y + 0.42 * h)
    c.restoreState()


def guilloche(c, x, y, w, h, color, n=18, amp=6.0, phase=0.0):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0)
    c.setStrokeColor(color)
    c.setLineWidth(0.35)
    for k in range(n):
        path = c.beginPath()
        base = y + h * (k + 0.5) / n
        for i in range(0, 121):
            xx = x + w * i / 120
            yy = base + amp * math.sin(i / 7.0 + k * 0.9 + phase) * math.cos(i / 23.0 + k)
            if i == 0:
                path.moveTo(xx, yy)
            else:
                path.lineTo(xx, yy)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def fit_text(c, x, y, text, font, size, max_w):
    """drawString, shrinking the size so the text never runs past max_w."""
    w = pdfmetrics.stringWidth(text, font, size)
    if w > max_w:
        size = size * max_w / w
    c.setFont(font, size)
    c.drawString(x, y, text)
