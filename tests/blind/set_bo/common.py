"""Shared helpers: fonts, dates, check digits (MRZ, IBAN, RIB, SIRET), handwriting, signatures."""

from __future__ import annotations

import io
import math
import random
from datetime import date

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

TT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"
RL_FONTS = {
    "Sans": TT + "dejavu/DejaVuSans.ttf",
    "Sans-B": TT + "dejavu/DejaVuSans-Bold.ttf",
    "SansC": TT + "dejavu/DejaVuSansCondensed.ttf",
    "SansC-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Lib": TT + "liberation/LiberationSans-Regular.ttf",
    "Lib-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Lib-I": TT + "liberation/LiberationSans-Italic.ttf",
    "Narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-B": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "Serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "Serif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "Serif-I": TT + "liberation/LiberationSerif-Italic.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Caladea": TT + "crosextra/Caladea-Regular.ttf",
    "Caladea-B": TT + "crosextra/Caladea-Bold.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "Lato-B": TT + "lato/Lato-Bold.ttf",
    "Lato-L": TT + "lato/Lato-Light.ttf",
    "Open": TT + "open-sans/OpenSans-Regular.ttf",
    "Open-B": TT + "open-sans/OpenSans-Bold.ttf",
    "Open-SB": TT + "open-sans/OpenSans-Semibold.ttf",
    "Roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-M": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "RobotoC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "FreeSerif": TT + "freefont/FreeSerif.ttf",
    "FreeSerif-B": TT + "freefont/FreeSerifBold.ttf",
    "Mono": TT + "liberation/LiberationMono-Regular.ttf",
    "Mono-B": TT + "liberation/LiberationMono-Bold.ttf",
    "Hand1": TT + "fifthhorseman/dkg.ttf",
    "Hand2": TT + "ecolier-court/Ecolier-court.ttf",
    "Hand3": TT + "fifthhorseman/dkgIt.ttf",
}
PIL_FONTS = dict(RL_FONTS)
PIL_FONTS.update(
    {
        "OCRB": OT + "ocr-b/OCRB.otf",
        "Script": OT + "dancingscript/DancingScript-Regular.otf",
        "Arabic": OT + "fonts-hosny-amiri/Amiri-Regular.ttf",
        "Arabic-B": OT + "fonts-hosny-amiri/Amiri-Bold.ttf",
    }
)
_REG: set[str] = set()


def reg_fonts() -> None:
    for name, path in RL_FONTS.items():
        if name not in _REG:
            pdfmetrics.registerFont(TTFont(name, path))
            _REG.add(name)


_PF: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def pfont(name: str, size: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(size)))
    if key not in _PF:
        _PF[key] = ImageFont.truetype(PIL_FONTS[name], key[1])
    return _PF[key]


def new_canvas(pagesize=A4) -> tuple[canvas.Canvas, io.BytesIO]:
    reg_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    return c, buf


def finish(c: canvas.Canvas, buf: io.BytesIO) -> bytes:
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- dates
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


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def fr_words(d: date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def month_end(y: int, m: int) -> date:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


# ---------------------------------------------------------------- MRZ
def _val(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(ch) * w[i % 3] for i, ch in enumerate(s)) % 10)


def _field(s: str, n: int) -> str:
    s = s.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    return (s + "<" * n)[:n]


def name_field(surname: str, given: str, n: int) -> str:
    s = surname.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    g = given.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    return _field(s + "<<" + g, n)


def td3(country, surname, given, number, nat, dob, sex, exp, personal="", kind="P") -> list[str]:
    l1 = _field(kind, 2) + country + name_field(surname, given, 39)
    num = _field(number, 9)
    pers = _field(personal, 14)
    a = num + cd(num)
    b = yymmdd(dob) + cd(yymmdd(dob))
    e = yymmdd(exp) + cd(yymmdd(exp))
    p = pers + cd(pers)
    l2 = a + nat + b + sex + e + p + cd(a + b + e + p)
    assert len(l1) == 44 and len(l2) == 44
    assert check_td3(l2)
    return [l1, l2]


def check_td3(l2: str) -> bool:
    ok = cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    ok = ok and cd(l2[28:42]) == l2[42]
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return ok and cd(comp) == l2[43]


def td1(kind, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2="") -> list[str]:
    num = _field(number, 9)
    l1 = _field(kind, 2) + country + num + cd(num) + _field(opt1, 15)
    b = yymmdd(dob) + cd(yymmdd(dob))
    e = yymmdd(exp) + cd(yymmdd(exp))
    l2 = b + sex + e + nat + _field(opt2, 11)
    l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = name_field(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert check_td1(l1, l2)
    return [l1, l2, l3]


def check_td1(l1: str, l2: str) -> bool:
    ok = cd(l1[5:14]) == l1[14] and cd(l2[0:6]) == l2[6] and cd(l2[8:14]) == l2[14]
    return ok and cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def mrva(kind, country, surname, given, number, nat, dob, sex, exp, opt="") -> list[str]:
    l1 = _field(kind, 2) + country + name_field(surname, given, 39)
    num = _field(number, 9)
    l2 = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex
    l2 += yymmdd(exp) + cd(yymmdd(exp)) + _field(opt, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    return [l1, l2]


# ---------------------------------------------------------------- bank numbers
_RIB_MAP = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _ch in _grp:
        _RIB_MAP[_ch] = str(_i + 1)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIB_MAP.get(ch, ch) for ch in account.upper())
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97):02d}"


def iban_from_bban(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in rearr))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    iban = iban_from_bban("FR", bank + branch + account + key)
    assert iban_ok(iban) and len(iban) == 27
    return iban, key


def iban_groups(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError(prefix)


def siret(siren8: str, nic4: str) -> str:
    siren = luhn_complete(siren8)
    s = luhn_complete(siren + nic4)
    assert len(s) == 14 and luhn_ok(s) and luhn_ok(s[:9])
    return s


def spaced_siret(s: str) -> str:
    return f"{s[0:3]} {s[3:6]} {s[6:9]} {s[9:14]}"


# ---------------------------------------------------------------- handwriting (reportlab)
INK_BLUE = (0.08, 0.16, 0.55)
INK_BLACK = (0.1, 0.1, 0.13)


def _caps_mask(text: str) -> list[bool]:
    """True for the characters of words written in capitals (two letters or more)."""
    mask = [False] * len(text)
    i = 0
    for word in text.split(" "):
        letters = [ch for ch in word if ch.isalpha()]
        caps = len(letters) >= 2 and all(ch.isupper() for ch in letters)
        for k in range(len(word)):
            mask[i + k] = caps
        i += len(word) + 1
    return mask


def hand(
    c,
    x,
    y,
    text,
    rng: random.Random,
    font="Hand1",
    size=12.0,
    color=INK_BLUE,
    sp=0.0,
    caps_font=None,
    weight=0.25,
):
    """Write text glyph by glyph with jitter; return the end x.

    Words in capitals use caps_font (people print their names in block letters); weight is the
    outline stroke (pen pressure) added to the glyphs."""
    c.saveState()
    c.setFillColorRGB(*color)
    c.setStrokeColorRGB(*color)
    c.setLineWidth(weight)
    c.setLineJoin(1)
    drift = rng.uniform(-0.012, 0.012)
    x0 = x
    caps = _caps_mask(text)
    for ch, cap in zip(text, caps, strict=True):
        f = caps_font if (cap and caps_font) else font
        s = size * rng.uniform(0.93, 1.07) * (0.68 if cap and caps_font else 1.0)
        dy = rng.uniform(-0.5, 0.5) + (x - x0) * drift
        c.saveState()
        c.translate(x, y + dy)
        c.rotate(rng.uniform(-3.5, 3.5))
        t = c.beginText(0, 0)
        t.setFont(f, s)
        t.setTextRenderMode(2 if weight > 0 else 0)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()
        x += pdfmetrics.stringWidth(ch, f, s) + sp + rng.uniform(-0.3, 0.5)
        if ch == " " and caps_font:
            x += size * 0.12
    c.restoreState()
    return x


def hand_comb(c, x0, y, cell, text, rng, font="Hand1", size=12.0, color=INK_BLUE):
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        w = pdfmetrics.stringWidth(ch, font, size)
        hand(c, x0 + i * cell + (cell - w) / 2 + rng.uniform(-1, 1), y, ch, rng, font, size, color)


def hand_cross(c, x, y, s, rng, color=INK_BLUE, tick=False):
    """A cross (or a tick) drawn over a box whose lower-left corner is (x, y)."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineWidth(rng.uniform(0.9, 1.3))
    j = [rng.uniform(-1.2, 1.2) for _ in range(8)]
    if tick:
        p = c.beginPath()
        p.moveTo(x + 1 + j[0], y + s * 0.5 + j[1])
        p.lineTo(x + s * 0.4 + j[2], y + 1 + j[3])
        p.curveTo(x + s * 0.6, y + s * 0.5, x + s, y + s * 1.1, x + s * 1.25 + j[4], y + s * 1.3)
        c.drawPath(p, stroke=1, fill=0)
    else:
        c.line(x + j[0], y + j[1], x + s + j[2], y + s + j[3])
        c.line(x + j[4], y + s + j[5], x + s + j[6], y + j[7])
    c.restoreState()


# ---------------------------------------------------------------- signatures
def signature_strokes(rng: random.Random, letters: int = 6) -> list[list[tuple]]:
    """Strokes of a scribbled signature in a unit box: lists of (x, y, width factor)."""
    strokes = []
    # capital: a tall open loop
    cap = []
    cx, cy = 0.13, 0.52
    r = rng.uniform(0.28, 0.4)
    a0 = rng.uniform(2.4, 3.4)
    sweep = rng.uniform(5.0, 6.2)
    for i in range(120):
        t = a0 + i / 119 * sweep
        cap.append((cx + r * 0.32 * math.cos(t), cy + r * math.sin(t) + 0.12 * i / 119, 0))
    strokes.append(cap)
    # running part: loops of varying height (letters), drifting down a little
    body = []
    heights = [rng.uniform(0.08, 0.3) for _ in range(letters)]
    for k in rng.sample(range(letters), max(1, letters // 3)):
        heights[k] = rng.uniform(0.32, 0.5)
    widths = [rng.uniform(0.6, 1.4) for _ in range(letters)]
    tot = sum(widths)
    x = 0.16
    for k in range(letters):
        span = 0.7 * widths[k] / tot
        loop = span * rng.uniform(0.1, 0.28)
        for i in range(30):
            t = i / 30
            w = t * 2 * math.pi
            xx = x + span * t + loop * math.sin(w)
            yy = 0.36 + heights[k] * (0.5 - 0.5 * math.cos(w)) - 0.1 * (x - 0.16)
            body.append((xx, yy, 0))
        x += span
    strokes.append(body)
    # flourish: underline that swings back
    fl = []
    x1, y1 = rng.uniform(0.75, 0.92), rng.uniform(0.2, 0.35)
    x2, y2 = rng.uniform(0.05, 0.2), rng.uniform(0.05, 0.18)
    cxp, cyp = rng.uniform(0.4, 0.7), rng.uniform(-0.15, 0.05)
    for i in range(50):
        t = i / 49
        x = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * cxp + t * t * x2
        y = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * cyp + t * t * y2
        fl.append((x, y, 0))
    strokes.append(fl)
    out = []
    slant = rng.uniform(0.1, 0.35)
    strokes = [[(x + slant * (y - 0.4), y, w) for x, y, w in st] for st in strokes]
    for st in strokes:
        k = len(st)
        ph = rng.uniform(0, 6)
        out.append(
            [
                (
                    x,
                    y,
                    (0.45 + 0.55 * math.sin(math.pi * i / (k - 1)) ** 0.6)
                    * (0.85 + 0.15 * math.sin(i / 9 + ph)),
                )
                for i, (x, y, _) in enumerate(st)
            ]
        )
    return out


def draw_signature_rl(c, x, y, w, h, rng, color=INK_BLUE, width=1.4, letters=6):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    for st in signature_strokes(rng, letters):
        for (ax, ay, aw), (bx, by, _) in zip(st, st[1:], strict=False):
            c.setLineWidth(width * aw)
            c.line(x + ax * w, y + ay * h, x + bx * w, y + by * h)
    c.restoreState()


def signature_image(rng, w=900, h=360, color=(20, 40, 140), width=7.0, letters=6) -> Image.Image:
    """RGBA image of a signature (for pasting)."""
    ss = 2
    im = Image.new("L", (w * ss, h * ss), 0)
    d = ImageDraw.Draw(im)
    for st in signature_strokes(rng, letters):
        for (ax, ay, aw), (bx, by, _) in zip(st, st[1:], strict=False):
            lw = max(1, int(width * ss * aw))
            p0 = (ax * w * ss, (1 - ay) * h * ss)
            p1 = (bx * w * ss, (1 - by) * h * ss)
            d.line([p0, p1], fill=255, width=lw)
            r = lw / 2
            d.ellipse([p1[0] - r, p1[1] - r, p1[0] + r, p1[1] + r], fill=255)
    im = im.resize((w, h), Image.LANCZOS)
    out = Image.new("RGBA", (w, h), color + (0,))
    out.putalpha(im)
    return out


def draw_signature_pil(img: Image.Image, box, rng, color=(20, 40, 140), width=5.0, letters=6):
    x0, y0, x1, y1 = box
    sig = signature_image(rng, int(x1 - x0), int(y1 - y0), color, width, letters)
    img.paste(sig, (int(x0), int(y0)), sig)


def pil_hand(img, xy, text, rng, font="Hand1", size=40, color=(20, 40, 140)):
    """Pillow handwriting with per-glyph jitter (used on images)."""
    x, y = xy
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        f = pfont(font, s)
        w = f.getlength(ch)
        if ch != " ":
            g = Image.new("L", (int(w + s), int(s * 1.8)), 0)
            ImageDraw.Draw(g).text((s / 2, s * 0.3), ch, font=f, fill=255)
            g = g.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC)
            layer = Image.new("RGBA", g.size, color + (0,))
            layer.putalpha(g)
            img.paste(layer, (int(x - s / 2), int(y - s * 0.3 + rng.uniform(-1.5, 1.5))), layer)
        x += w + rng.uniform(-1, 2)
    return x


# ---------------------------------------------------------------- stamps (reportlab)
def seal(c, x, y, r, ring: str, center: list[str], rng, color=(0.35, 0.2, 0.6), font="Sans-B"):
    """A round rubber stamp: double ring, text around, lines in the centre, slightly faded."""
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-25, 25))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setStrokeAlpha(rng.uniform(0.6, 0.85))
    c.setFillAlpha(rng.uniform(0.6, 0.85))
    c.setLineWidth(1.4)
    c.circle(0, 0, r, stroke=1, fill=0)
    c.setLineWidth(0.7)
    c.circle(0, 0, r * 0.72, stroke=1, fill=0)
    size = r * 0.17
    n = len(ring)
    span = min(330.0, n * size * 0.72 / (r * 0.84) * 57.3)
    for i, ch in enumerate(ring):
        a = 90 + span / 2 - i * span / max(1, n - 1)
        c.saveState()
        c.rotate(a)
        c.translate(r * 0.82, 0)
        c.rotate(-90)
        c.setFont(font, size)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    fs = r * 0.16
    y0 = (len(center) - 1) * fs * 0.6
    for i, ln in enumerate(center):
        c.setFont(font, fs)
        c.drawCentredString(0, y0 - i * fs * 1.2 - fs / 3, ln)
    c.restoreState()


def box_stamp(c, x, y, lines: list[str], rng, color=(0.15, 0.2, 0.55), size=7.5, font="Sans-B"):
    """A rectangular rubber stamp with a few lines; (x, y) is its lower-left corner."""
    c.saveState()
    w = max(pdfmetrics.stringWidth(s, font, size) for s in lines) + 12
    h = len(lines) * size * 1.35 + 8
    c.translate(x, y)
    c.rotate(rng.uniform(-4, 4))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setStrokeAlpha(0.75)
    c.setFillAlpha(0.75)
    c.setLineWidth(1.1)
    c.rect(0, 0, w, h, stroke=1, fill=0)
    for i, ln in enumerate(lines):
        c.setFont(font, size)
        c.drawCentredString(w / 2, h - 5 - size - i * size * 1.35 + 2, ln)
    c.restoreState()
    return w, h


def arabic_image(text: str, size_pt: float, color=(20, 20, 20), bold=False):
    """Shaped Arabic text rendered by Pillow (raqm); returns (ImageReader, width_pt, height_pt)."""
    from reportlab.lib.utils import ImageReader

    scale = 300 / 72
    f = pfont("Arabic-B" if bold else "Arabic", size_pt * scale)
    bbox = f.getbbox(text, direction="rtl", language="ar")
    w, h = bbox[2] - bbox[0] + 8, int(size_pt * scale * 1.9)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    ImageDraw.Draw(im).text(
        (4 - bbox[0], int(size_pt * scale * 0.2)),
        text,
        font=f,
        fill=color + (255,),
        direction="rtl",
        language="ar",
    )
    b = io.BytesIO()
    im.save(b, "PNG")
    return ImageReader(io.BytesIO(b.getvalue())), w / scale, h / scale
