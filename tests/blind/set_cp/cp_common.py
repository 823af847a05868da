"""Shared helpers for set_cp: fonts, check digits, pen strokes, stamps, PDF canvas."""

from __future__ import annotations

import io
import math
import random
import unicodedata
from datetime import date

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = "/usr/share/fonts/truetype"
FONT_FILES = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "SansC": "dejavu/DejaVuSansCondensed.ttf",
    "SansCB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "MonoB": "dejavu/DejaVuSansMono-Bold.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "LibB": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": "liberation/LiberationSerif-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "CarlitoB": "crosextra/Carlito-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "CaladeaB": "crosextra/Caladea-Bold.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "LatoB": "lato/Lato-Bold.ttf",
    "LatoL": "lato/Lato-Light.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "OpenB": "open-sans/OpenSans-Bold.ttf",
    "OpenSB": "open-sans/OpenSans-Semibold.ttf",
    "Roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobotoM": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "RobotoB": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobotoC": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoCB": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "FreeSerif": "freefont/FreeSerif.ttf",
    "FreeSerifB": "freefont/FreeSerifBold.ttf",
    "FreeSans": "freefont/FreeSans.ttf",
    "FreeSansB": "freefont/FreeSansBold.ttf",
    "FreeMono": "freefont/FreeMono.ttf",
    "Ecolier": "ecolier-court/Ecolier-court.ttf",
    "Femke": "femkeklaver/femkeklaver.ttf",
    "Dkg": "fifthhorseman/dkg.ttf",
    "Breip": "breip/Breip.ttf",
}
_REGISTERED: set[str] = set()


def font_path(name: str) -> str:
    return f"{FONT_DIR}/{FONT_FILES[name]}"


def F(name: str) -> str:
    """Register a font with reportlab on first use and return its name."""
    if name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(name, font_path(name)))
        _REGISTERED.add(name)
    return name


def sw(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, F(font), size)


def new_canvas(pagesize, title: str = "") -> tuple[canvas.Canvas, io.BytesIO]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    return c, buf


def finish(c: canvas.Canvas, buf: io.BytesIO) -> bytes:
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- check digits
def _mrz_val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def mrz_check(s: str) -> str:
    return str(sum(_mrz_val(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s: str) -> str:
        s = unicodedata.normalize("NFKD", s.upper())
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
        s = s.replace("-", " ").replace("'", "")
        return "<".join(s.split())

    out = clean(surname) + "<<" + clean(given)
    return (out + "<" * width)[:width]


def _pad(s: str, n: int) -> str:
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def ymd(d: date) -> str:
    return d.strftime("%y%m%d")


def td3(country, surname, given, number, nat, dob, sex, expiry, personal="") -> list[str]:
    l1 = "P<" + country + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    pc = mrz_check(pers) if personal else "<"
    body = num + mrz_check(num) + nat + ymd(dob) + mrz_check(ymd(dob)) + sex
    body += ymd(expiry) + mrz_check(ymd(expiry)) + pers + pc
    comp = body[0:10] + body[13:20] + body[21:43]
    l2 = body + mrz_check(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrva(country, surname, given, number, nat, dob, sex, until, optional="") -> list[str]:
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = _pad(number, 9)
    l2 = num + mrz_check(num) + nat + ymd(dob) + mrz_check(ymd(dob)) + sex
    l2 += ymd(until) + mrz_check(ymd(until)) + _pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(kind, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = _pad(number, 9)
    l1 = kind + country + num + mrz_check(num) + _pad(opt1, 15)
    l2 = ymd(dob) + mrz_check(ymd(dob)) + sex + ymd(expiry) + mrz_check(ymd(expiry))
    l2 += nat + _pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    return [l1, l2, l3]


def verify_td3(lines: list[str]) -> bool:
    b = lines[1]
    ok = mrz_check(b[0:9]) == b[9] and mrz_check(b[13:19]) == b[19]
    ok = ok and mrz_check(b[21:27]) == b[27]
    ok = ok and mrz_check(b[0:10] + b[13:20] + b[21:43]) == b[43]
    return ok


# ---------------------------------------------------------------- bank numbers
def _b36(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return int(_b36(s[4:] + s[:4])) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    chk = 98 - int(_b36(bban + country + "00")) % 97
    iban = f"{country}{chk:02d}{bban}"
    assert iban_valid(iban)
    return iban


def rib_key(bank: str, branch: str, account: str) -> str:
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = account.upper().translate(table)
    val = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return f"{97 - val % 97:02d}"


def rib_key_ok(bank: str, branch: str, account: str, key: str) -> bool:
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = account.upper().translate(table)
    return int(bank + branch + acc + key) % 97 == 0


def french_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    assert rib_key_ok(bank, branch, account, key)
    return make_iban("FR", bank + branch + account + key), key


def siret(siren8: str, nic4: str) -> str:
    """Complete an 8-digit SIREN stem with its Luhn key, then the NIC with the SIRET's key."""

    def luhn_ok(num: str) -> bool:
        tot = 0
        for i, ch in enumerate(reversed(num)):
            d = int(ch) * (2 if i % 2 else 1)
            tot += d - 9 if d > 9 else d
        return tot % 10 == 0

    siren = next(siren8 + k for k in "0123456789" if luhn_ok(siren8 + k))
    out = next(siren + nic4 + k for k in "0123456789" if luhn_ok(siren + nic4 + k))
    assert len(out) == 14
    return out


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- dates
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()
MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
MES = MES.split()


def dfr(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def dwords(d: date) -> str:
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def dmon(d: date) -> str:
    return f"{d.day:02d} {MON_EN[d.month - 1]} {d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)


def month_end(d: date) -> date:
    nxt = add_months(d, 1)
    return date.fromordinal(nxt.toordinal() - 1)


# ---------------------------------------------------------------- pen strokes
def _catmull(pts, steps=8):
    out = []
    for i in range(len(pts) - 1):
        p0 = pts[max(i - 1, 0)]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[min(i + 2, len(pts) - 1)]
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
    out.append(pts[-1])
    return out


def pen_stroke(c, pts, width, color, rng: random.Random, steps=8):
    """Draw a smooth polyline whose width swells and tapers like a pen."""
    curve = _catmull(pts, steps)
    c.saveState()
    c.setStrokeColor(color)
    c.setLineCap(1)
    c.setLineJoin(1)
    n = len(curve)
    phase = rng.uniform(0, 6.28)
    for i in range(n - 1):
        t = i / max(n - 2, 1)
        taper = min(1.0, t * 6 + 0.25, (1 - t) * 5 + 0.2)
        w = width * taper * (0.75 + 0.3 * math.sin(phase + i * 0.21))
        c.setLineWidth(max(w, 0.15))
        c.line(curve[i][0], curve[i][1], curve[i + 1][0], curve[i + 1][1])
    c.restoreState()


INK_BLUE = Color(0.08, 0.14, 0.48)
INK_BLACK = Color(0.1, 0.1, 0.13)


def signature(c, x, y, w, h, rng: random.Random, color=INK_BLUE, width=1.1):
    """A made-up cursive signature inside the box (x, y) w x h, drawn as pen strokes:
    a capital, a run of loops or arches (a prolate cycloid with varying amplitude), a flourish."""
    loops = rng.randint(3, 7)
    tmax = loops * 2 * math.pi
    x0 = x + w * rng.uniform(0.12, 0.22)
    sx = (w * 0.7) / tmax
    amps = [rng.uniform(0.2, 0.6) for _ in range(loops + 1)]
    ds = [rng.uniform(0.5, 2.3) for _ in range(loops + 1)]
    sign = rng.choice([1, -1])
    slant = rng.uniform(0.1, 0.4)
    # the capital: a tall stroke with a bowl
    cap = [
        (x + w * 0.06, y + h * 0.15),
        (x + w * 0.1, y + h * rng.uniform(0.8, 1.0)),
        (x + w * rng.uniform(0.16, 0.22), y + h * rng.uniform(0.55, 0.8)),
        (x + w * 0.08, y + h * 0.5),
        (x0, y + h * 0.3),
    ]
    pen_stroke(c, cap, width, color, rng)
    pts = []
    steps = loops * 14
    for i in range(steps + 1):
        t = tmax * i / steps
        k = min(int(t / (2 * math.pi)), loops)
        px = x0 + sx * (t - ds[k] * math.sin(t))
        py = y + h * 0.2 + h * amps[k] * (1 + sign * math.cos(t)) / 2 + h * 0.05 * t / tmax
        pts.append((px + (py - y) * slant, py))
    pen_stroke(c, pts, width, color, rng, steps=2)
    if rng.random() < 0.7:
        fl = [
            (x + w * rng.uniform(0.02, 0.2), y + h * 0.12),
            (x + w * 0.45, y + h * rng.uniform(0.0, 0.1)),
            (x + w * rng.uniform(0.8, 0.97), y + h * rng.uniform(0.2, 0.45)),
        ]
        pen_stroke(c, fl, width * 0.8, color, rng)
    if rng.random() < 0.5:
        dx = x + w * rng.uniform(0.3, 0.7)
        pen_stroke(c, [(dx, y + h * 0.8), (dx + w * 0.05, y + h * 0.84)], width, color, rng)


def hand_text(c, x, y, text, font, size, rng: random.Random, color=INK_BLUE, slant=0.0):
    """Write text glyph by glyph with jitter (size, baseline, angle). Returns end x."""
    F(font)
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    c.setLineWidth(size * 0.035)
    drift = 0.0
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        drift += rng.uniform(-0.08, 0.08) * size / 10
        c.saveState()
        c.translate(x, y + drift + rng.uniform(-0.4, 0.4) * size / 10)
        c.rotate(rng.uniform(-4, 4) + slant)
        c.setFont(font, s)
        c.drawString(0, 0, ch, mode=2)
        c.restoreState()
        x += pdfmetrics.stringWidth(ch, font, s) * rng.uniform(0.97, 1.06)
    c.restoreState()
    return x


# ---------------------------------------------------------------- stamps, photo, patterns
def stamp(c, cx, cy, r, ring: str, center: list[str], color, rng: random.Random, font="SansB"):
    F(font)
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rng.uniform(-18, 18))
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setStrokeAlpha(0.78)
    c.setFillAlpha(0.78)
    c.setLineWidth(1.3)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.72)
    fs = r * 0.17
    c.setFont(font, fs)
    span = min(300.0, len(ring) * fs * 0.62 / (r * 0.84) * 57.3)
    start = 90 + span / 2
    for i, ch in enumerate(ring):
        a = math.radians(start - span * (i + 0.5) / len(ring))
        c.saveState()
        c.translate(r * 0.84 * math.cos(a), r * 0.84 * math.sin(a) - fs * 0.35)
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    fs2 = r * 0.16
    c.setFont(font, fs2)
    top = (len(center) - 1) * fs2 * 0.6
    for i, line in enumerate(center):
        c.drawCentredString(0, top - i * fs2 * 1.2 - fs2 * 0.35, line)
    c.restoreState()


def rect_stamp(c, x, y, lines: list[str], color, rng: random.Random, font="SansB", size=7):
    F(font)
    w = max(sw(t, font, size) for t in lines) + 10
    h = len(lines) * size * 1.3 + 6
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6))
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setStrokeAlpha(0.8)
    c.setFillAlpha(0.8)
    c.setLineWidth(1.1)
    c.rect(0, 0, w, h)
    c.setFont(font, size)
    for i, t in enumerate(lines):
        c.drawCentredString(w / 2, h - 3 - size * (i + 1) * 1.3 + size * 0.3, t)
    c.restoreState()
    return w, h


def photo(c, x, y, w, h, rng: random.Random, skin=(0.55, 0.4, 0.3), hair=(0.1, 0.08, 0.07)):
    """A generic identity photo: plain background, head, hair and shoulders."""
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillColor(Color(0.86, 0.88, 0.9))
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(Color(0.2, 0.22, 0.3))
    c.ellipse(x - w * 0.1, y - h * 0.25, x + w * 1.1, y + h * 0.33, stroke=0, fill=1)
    c.setFillColor(Color(*skin))
    c.rect(x + w * 0.41, y + h * 0.2, w * 0.18, h * 0.15, stroke=0, fill=1)
    c.setFillColor(Color(*hair))
    c.ellipse(x + w * 0.22, y + h * 0.36, x + w * 0.78, y + h * 0.93, stroke=0, fill=1)
    c.setFillColor(Color(*skin))
    c.ellipse(x + w * 0.29, y + h * 0.3, x + w * 0.71, y + h * 0.84, stroke=0, fill=1)
    c.setFillColor(Color(0.15, 0.1, 0.08))
    for ex in (0.41, 0.59):
        c.ellipse(x + w * (ex - 0.03), y + h * 0.6, x + w * (ex + 0.03), y + h * 0.63, 0, 1)
    c.setStrokeColor(Color(0.35, 0.2, 0.18))
    c.setLineWidth(0.6)
    c.line(x + w * 0.45, y + h * 0.42, x + w * 0.55, y + h * 0.42)
    c.restoreState()
    c.setStrokeColor(Color(0.5, 0.5, 0.5))
    c.setLineWidth(0.3)
    c.rect(x, y, w, h)


def guilloche(c, x, y, w, h, color, rng: random.Random, n=24, lw=0.25):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    f1, f2 = rng.uniform(2, 5), rng.uniform(5, 11)
    for k in range(n):
        off = y + h * k / n
        path = c.beginPath()
        for i in range(121):
            t = i / 120
            yy = off + h / n * 1.6 * math.sin(f1 * 6.28 * t + k * 0.5)
            yy += h / n * 0.6 * math.sin(f2 * 6.28 * t)
            if i == 0:
                path.moveTo(x + w * t, yy)
            else:
                path.lineTo(x + w * t, yy)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def seed_for(*parts: str) -> random.Random:
    s = 0
    for ch in "|".join(parts):
        s = (s * 131 + ord(ch)) % (2**61 - 1)
    return random.Random(s)
