"""Shared helpers: fonts, check digits, handwriting, signatures, stamps, PDF canvases."""

import io
import math

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FT = "/usr/share/fonts/truetype/"
_FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "Cond": "dejavu/DejaVuSansCondensed.ttf",
    "CondB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "MonoB": "dejavu/DejaVuSansMono-Bold.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "LatoB": "lato/Lato-Bold.ttf",
    "LatoL": "lato/Lato-Light.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "OpenB": "open-sans/OpenSans-Bold.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "LibB": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": "liberation/LiberationSerif-Bold.ttf",
    "LibSerifI": "liberation/LiberationSerif-Italic.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "CarlitoB": "crosextra/Carlito-Bold.ttf",
    "FreeMono": "freefont/FreeMono.ttf",
    "Courier2": "liberation/LiberationMono-Regular.ttf",
    "HandA": "ecolier-court/Ecolier-court.ttf",
    "HandB": "femkeklaver/femkeklaver.ttf",
    "HandC": "breip/Breip.ttf",
    "HandD": "humor-sans/Humor-Sans.ttf",
    "HandE": "fifthhorseman/dkgIt.ttf",
}
_done = False


def register_fonts():
    global _done
    if _done:
        return
    for name, rel in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, FT + rel))
    _done = True


def new_canvas(pagesize=A4):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    return c, buf


# ---------------------------------------------------------------- check digits
def _cv(ch):
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_cd(s):
    w = (7, 3, 1)
    return str(sum(_cv(ch) * w[i % 3] for i, ch in enumerate(s)) % 10)


def mrz_name(surname, given, width):
    def clean(t):
        t = t.upper().replace("-", " ").replace("'", "")
        for a, b in (("É", "E"), ("È", "E"), ("Ó", "O"), ("Í", "I"), ("Á", "A"), ("Ñ", "N")):
            t = t.replace(a, b)
        return "<".join(t.split())

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * width)[:width]


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_code, country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = (doc_code + "<")[:2] + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    a = num + mrz_cd(num)
    b = ymd(dob) + mrz_cd(ymd(dob))
    e = ymd(expiry) + mrz_cd(ymd(expiry))
    pc = mrz_cd(pers) if personal else "<"
    if personal:
        pc = mrz_cd(pers)
    comp = mrz_cd(a + b + e + pers + pc)
    l2 = a + nat + b + sex + e + pers + pc + comp
    assert len(l1) == 44 and len(l2) == 44
    return l1, l2


def mrva(country, surname, given, number, nat, dob, sex, expiry, code="VD"):
    l1 = code + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    l2 = (
        num
        + mrz_cd(num)
        + nat
        + ymd(dob)
        + mrz_cd(ymd(dob))
        + sex
        + ymd(expiry)
        + mrz_cd(ymd(expiry))
        + "<" * 16
    )
    assert len(l1) == 44 and len(l2) == 44
    return l1, l2


def td1(code, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    o1 = (opt1 + "<" * 15)[:15]
    o2 = (opt2 + "<" * 11)[:11]
    l1 = (code + "<")[:2] + country + num + mrz_cd(num) + o1
    l2a = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(expiry) + mrz_cd(ymd(expiry)) + nat + o2
    comp = mrz_cd(l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29])
    l2 = l2a + comp
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    return l1, l2, l3


def iban(country, bban):
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return country + "%02d" % (98 - int(digits) % 97) + bban


def rib_key(bank, branch, account):
    tr = {}
    for letters, d in (
        ("AJ", 1),
        ("BKS", 2),
        ("CLT", 3),
        ("DMU", 4),
        ("ENV", 5),
        ("FOW", 6),
        ("GPX", 7),
        ("HQY", 8),
        ("IRZ", 9),
    ):
        for ch in letters:
            tr[ch] = str(d)
    acc = int("".join(tr.get(ch, ch) for ch in account.upper()))
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97)


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


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


def fr_date(iso):
    return iso[8:10] + "/" + iso[5:7] + "/" + iso[0:4]


def fr_words(iso):
    d = int(iso[8:10])
    return ("1er" if d == 1 else str(d)) + " " + MOIS[int(iso[5:7]) - 1] + " " + iso[0:4]


# ---------------------------------------------------------------- pen work
INK_BLUE = (0.08, 0.14, 0.55)
INK_BLACK = (0.1, 0.1, 0.14)


def hand(c, x, y, text, rng, font="HandA", size=12, ink=INK_BLUE, spacing=1.0, slope=0.0):
    """Write text glyph by glyph with jitter, like a pen."""
    c.saveState()
    c.setFillColorRGB(*ink)
    cx = x
    base = y
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        c.saveState()
        c.translate(cx, base + rng.uniform(-0.6, 0.6) * size / 12)
        c.rotate(rng.uniform(-4, 4) + slope)
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, font, s) * spacing + rng.uniform(-0.3, 0.5)
        base += math.sin(math.radians(slope)) * pdfmetrics.stringWidth(ch, font, s)
    c.restoreState()
    return cx


def hand_comb(c, x0, y, box_w, text, rng, font="HandA", size=12, ink=INK_BLUE):
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        w = pdfmetrics.stringWidth(ch, font, size)
        hand(c, x0 + i * box_w + (box_w - w) / 2 + rng.uniform(-1, 1), y, ch, rng, font, size, ink)


def signature(c, x, y, w, h, rng, ink=INK_BLUE, width=None):
    """A handwritten signature: a few random pen strokes with loops and a flourish."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    c.setLineWidth(width or rng.uniform(0.7, 1.2))
    n_strokes = rng.randint(1, 3)
    px = x + w * rng.uniform(0.05, 0.15)
    for _s in range(n_strokes):
        p = c.beginPath()
        py = y + h * rng.uniform(0.35, 0.6)
        p.moveTo(px, py)
        seg = rng.randint(5, 9)
        span = w * rng.uniform(0.25, 0.45)
        for _i in range(seg):
            dx = span / seg
            x1 = px + dx * rng.uniform(-0.3, 1.4)
            y1 = y + h * rng.uniform(0.6, 1.0)
            x2 = px + dx * rng.uniform(-0.6, 1.2)
            y2 = y + h * rng.uniform(0.0, 0.4)
            px = px + dx
            py = y + h * rng.uniform(0.25, 0.65)
            p.curveTo(x1, y1, x2, y2, px, py)
        c.drawPath(p, stroke=1, fill=0)
        px += w * rng.uniform(0.02, 0.08)
    # flourish
    p = c.beginPath()
    fx = x + w * rng.uniform(0.05, 0.2)
    fy = y + h * rng.uniform(0.1, 0.3)
    p.moveTo(fx, fy)
    p.curveTo(
        x + w * 0.4,
        y + h * rng.uniform(-0.1, 0.2),
        x + w * 0.7,
        y + h * rng.uniform(0.2, 0.5),
        x + w * rng.uniform(0.75, 0.95),
        y + h * rng.uniform(0.15, 0.45),
    )
    c.drawPath(p, stroke=1, fill=0)
    if rng.random() < 0.5:
        c.circle(x + w * rng.uniform(0.3, 0.8), y + h * rng.uniform(0.6, 0.9), 0.7, 1, 1)
    c.restoreState()


def stamp(c, x, y, r, ring_text, center_lines, rng, color=(0.25, 0.2, 0.65), alpha=0.75):
    """A round rubber stamp with text around the ring."""
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-25, 25))
    c.setStrokeColorRGB(*color, alpha)
    c.setFillColorRGB(*color, alpha)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.68)
    fs = r * 0.17
    c.setFont("SansB", fs)
    n = len(ring_text)
    for i, ch in enumerate(ring_text):
        a = 90 + 170 - i * (340 / max(n, 1))
        c.saveState()
        c.rotate(a)
        c.translate(r * 0.78, 0)
        c.rotate(-90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.setFont("SansB", fs * 0.95)
    yy = (len(center_lines) - 1) * fs * 0.6
    for ln in center_lines:
        c.drawCentredString(0, yy - fs * 0.35, ln)
        yy -= fs * 1.2
    c.restoreState()


def rect_stamp(c, x, y, lines, rng, color=(0.15, 0.2, 0.55), size=8, angle=None):
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6) if angle is None else angle)
    c.setStrokeColorRGB(*color, 0.8)
    c.setFillColorRGB(*color, 0.8)
    w = max(pdfmetrics.stringWidth(t, "SansB", size) for t in lines) + 10
    h = len(lines) * size * 1.3 + 6
    c.setLineWidth(1.2)
    c.rect(0, 0, w, h)
    yy = h - size - 3
    for t in lines:
        c.setFont("SansB", size)
        c.drawString(5, yy, t)
        yy -= size * 1.3
    c.restoreState()
    return w, h


def wrap(text, font, size, width):
    out, line = [], ""
    for word in text.split():
        t = (line + " " + word).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and line:
            out.append(line)
            line = word
        else:
            line = t
    if line:
        out.append(line)
    return out


def para(c, x, y, text, font, size, width, lead=None):
    lead = lead or size * 1.3
    c.setFont(font, size)
    for ln in wrap(text, font, size, width):
        c.drawString(x, y, ln)
        y -= lead
    return y
