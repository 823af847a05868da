"""Drawing helpers shared by the document templates: paragraphs, tables, boxes,
handwriting, signatures, stamps, portraits, guilloches, dates."""

from __future__ import annotations

import hashlib
import math
from datetime import date

import numpy as np

from .canvas import BLACK, WHITE, Color, Page, hexc, text_width

INK_BLUE: Color = (22, 40, 120)
INK_BLACK: Color = (28, 28, 34)
STAMP_BLUE: Color = (40, 70, 170)
STAMP_VIOLET: Color = (95, 50, 140)
STAMP_RED: Color = (175, 40, 45)
GREY: Color = (110, 110, 110)
LIGHT: Color = (235, 235, 235)


def rng_for(*parts) -> np.random.Generator:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return np.random.default_rng(int.from_bytes(h[:8], "big"))


# ------------------------------------------------------------------ dates

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
MONTHS = [
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
MON3_FR = ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]
MON3_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def fr_long(d: date, cap: bool = False) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    s = f"{day} {MOIS[d.month - 1]} {d.year}"
    return s


def en_long(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def en_dmy_long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def es_long(d: date) -> str:
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def pt_long(d: date) -> str:
    return f"{d.day} de {MESES_PT[d.month - 1]} de {d.year}"


def pass_date(d: date, style: str = "en") -> str:
    if style == "en":
        return f"{d.day:02d} {MON3_EN[d.month - 1]} {d.year}"
    if style == "bi":  # "14 JUIN/JUN 93"
        fr, en = MON3_FR[d.month - 1], MON3_EN[d.month - 1]
        m = fr if fr == en else f"{fr}/{en}"
        return f"{d.day:02d} {m} {d.year % 100:02d}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return dmy(d)
    raise ValueError(style)


def month_fr(y: int, m: int) -> str:
    return f"{MOIS[m - 1]} {y}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar

    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_end(y: int, m: int) -> date:
    import calendar

    return date(y, m, calendar.monthrange(y, m)[1])


NUM_FR = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
TENS_FR = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_number(n: int) -> str:
    if n < 20:
        return NUM_FR[n]
    if n < 70:
        t, u = (n // 10) * 10, n % 10
        if u == 0:
            return TENS_FR[t]
        if u == 1:
            return TENS_FR[t] + " et un"
        return TENS_FR[t] + "-" + NUM_FR[u]
    if n < 80:
        return "soixante-" + ("et-onze" if n == 71 else NUM_FR[n - 60])
    if n < 100:
        r = n - 80
        return "quatre-vingt" + ("s" if r == 0 else "-" + NUM_FR[r])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else NUM_FR[h] + " cent"
        return head + ("" if r == 0 else " " + fr_number(r))
    th, r = divmod(n, 1000)
    head = "mille" if th == 1 else fr_number(th) + " mille"
    return head + ("" if r == 0 else " " + fr_number(r))


def fr_date_words(d: date) -> str:
    """'le quatorze juin mil neuf cent quatre-vingt-treize'"""
    day = "premier" if d.day == 1 else fr_number(d.day)
    y = d.year
    year = ("mil " + fr_number(y - 1000)) if y < 2000 else fr_number(y)
    return f"{day} {MOIS[d.month - 1]} {year}"


def euros(v: float, sep: str = ",") -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", sep)
    return s


# ------------------------------------------------------------------ text layout


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for para in s.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = w if not cur else cur + " " + w
            if text_width(t, font, size) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


def para(
    p: Page,
    x: float,
    y: float,
    s: str,
    width: float,
    font: str = "sans",
    size: float = 9,
    leading: float | None = None,
    color: Color = BLACK,
    align: str = "l",
) -> float:
    """Draw a wrapped paragraph with its first baseline at y; returns next baseline."""
    lead = leading if leading is not None else size * 0.42
    lines: list[str] = []
    finals: list[bool] = []
    for part in s.split("\n"):
        sub = wrap(part, font, size, width)
        lines += sub
        finals += [False] * (len(sub) - 1) + [True]
    for i, ln in enumerate(lines):
        last = finals[i]
        if align == "j" and not last and " " in ln:
            words = ln.split(" ")
            wsum = sum(text_width(w, font, size) for w in words)
            gap = (width - wsum) / (len(words) - 1)
            cx = x
            for w in words:
                p.text(cx, y, w, font, size, color)
                cx += text_width(w, font, size) + gap
        elif align == "m":
            p.text(x + width / 2, y, ln, font, size, color, anchor="m")
        elif align == "r":
            p.text(x + width, y, ln, font, size, color, anchor="r")
        else:
            p.text(x, y, ln, font, size, color)
        y += lead
    return y


def label_value(
    p: Page,
    x: float,
    y: float,
    label: str,
    value: str,
    lfont="sans",
    vfont="sans-b",
    size=9,
    color=BLACK,
    lcolor=None,
    gap=1.5,
) -> float:
    w = p.text(x, y, label, lfont, size, lcolor or color)
    p.text(x + w + gap, y, value, vfont, size, color)
    return y


def table(
    p: Page,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[str]],
    font="sans",
    size=8,
    row_h=5.0,
    header_font=None,
    header_fill=None,
    header_color=BLACK,
    grid: Color | None = BLACK,
    lw=0.2,
    aligns=None,
    zebra: Color | None = None,
    pad=1.2,
    header_rows=1,
    vlines=True,
) -> float:
    """Simple grid table; returns y after the table."""
    aligns = aligns or ["l"] * len(widths)
    total = sum(widths)
    cy = y
    for ri, row in enumerate(rows):
        is_h = ri < header_rows
        if is_h and header_fill is not None:
            p.rect(x, cy, total, row_h, stroke=None, fill=header_fill)
        elif zebra is not None and ri % 2 == 0:
            p.rect(x, cy, total, row_h, stroke=None, fill=zebra)
        cx = x
        for ci, cell in enumerate(row):
            f = (header_font or font) if is_h else font
            col = header_color if is_h else BLACK
            bx = cx + pad
            a = aligns[ci]
            if a == "r":
                p.text(cx + widths[ci] - pad, cy + row_h * 0.7, cell, f, size, col, anchor="r")
            elif a == "m":
                p.text(cx + widths[ci] / 2, cy + row_h * 0.7, cell, f, size, col, anchor="m")
            else:
                p.text(bx, cy + row_h * 0.7, cell, f, size, col)
            cx += widths[ci]
        cy += row_h
        if grid is not None:
            p.hline(x, x + total, cy, grid, lw)
    if grid is not None:
        p.hline(x, x + total, y, grid, lw)
        if vlines:
            cx = x
            for w in [0, *widths]:
                cx += w
                p.vline(cx, y, cy, grid, lw)
    return cy


def checkbox(
    p: Page,
    x: float,
    y: float,
    size: float = 3.2,
    checked: bool = False,
    mark: str = "x",
    color: Color = INK_BLUE,
    rng=None,
    lw=0.25,
):
    p.rect(x, y, size, size, BLACK, None, lw)
    if checked:
        j = (lambda: float(rng.uniform(-0.25, 0.25))) if rng is not None else (lambda: 0.0)
        if mark == "x":
            p.poly(
                [(x + 0.4 + j(), y + 0.4 + j()), (x + size - 0.3 + j(), y + size - 0.2 + j())],
                color,
                0.45,
            )
            p.poly(
                [(x + size - 0.4 + j(), y + 0.3 + j()), (x + 0.3 + j(), y + size - 0.3 + j())],
                color,
                0.45,
            )
        elif mark == "tick":
            p.poly(
                [
                    (x + 0.5, y + size * 0.55),
                    (x + size * 0.4, y + size - 0.3),
                    (x + size + 0.8, y - 1.0),
                ],
                color,
                0.5,
            )
        else:  # typed
            p.text(x + size / 2, y + size * 0.82, "X", "arial-b", size * 2.6, BLACK, anchor="m")


def comb(
    p: Page,
    x: float,
    y: float,
    n: int,
    cw: float = 4.6,
    h: float = 5.6,
    text: str = "",
    font="hand",
    size=12,
    color: Color = INK_BLUE,
    rng=None,
    lw=0.2,
    grid: Color = BLACK,
    typed=False,
) -> float:
    """Comb boxes (cases) with one character per box; returns right edge."""
    p.rect(x, y, n * cw, h, grid, None, lw)
    for i in range(1, n):
        p.vline(x + i * cw, y + h * 0.45, y + h, grid, lw)
    for i, ch in enumerate(text[:n]):
        if ch == " ":
            continue
        dx = float(rng.uniform(-0.3, 0.3)) if rng is not None and not typed else 0.0
        dy = float(rng.uniform(-0.35, 0.35)) if rng is not None and not typed else 0.0
        p.text(
            x + (i + 0.5) * cw + dx,
            y + h - 1.1 + dy,
            ch,
            font,
            size,
            color,
            anchor="m",
            stroke=0.0 if typed else 0.1,
        )
    return x + n * cw


def hand(
    p: Page,
    x: float,
    y: float,
    s: str,
    rng,
    font: str = "hand",
    size: float = 12,
    color: Color = INK_BLUE,
    jitter: float = 0.3,
    stroke: float = 0.12,
    slope: float = 0.0,
    anchor: str = "l",
) -> float:
    """Handwritten text: per-glyph baseline jitter, uneven spacing, a faint slope.

    Strokes are thickened (stroke) so they look like a ball-point pen."""
    widths = [text_width(c, font, size) for c in s]
    gaps = [float(rng.uniform(-0.08, 0.22)) for _ in s]
    total = sum(widths) + sum(gaps)
    if anchor == "m":
        x -= total / 2
    elif anchor == "r":
        x -= total
    cx = x
    drift = 0.0
    scale = float(rng.uniform(0.96, 1.04))
    for c, w, g in zip(s, widths, gaps):
        drift += float(rng.normal(0, jitter * 0.25))
        drift = max(-jitter * 1.5, min(jitter * 1.5, drift))
        if c != " ":
            sz = size * scale * float(rng.uniform(0.95, 1.05))
            ang = float(rng.normal(0, 2.0)) if rng.random() < 0.5 else 0.0
            p.text(cx, y + drift + slope * (cx - x), c, font, sz, color, angle=ang, stroke=stroke)
        cx += w + g
    return total


def signature(
    p: Page,
    x: float,
    y: float,
    name: str,
    rng,
    w: float = 38.0,
    color: Color = INK_BLUE,
    style: int | None = None,
):
    """A signature: a name in a cursive face plus flourishes, in solid pen strokes.

    (x, y) is the left end of the signature's baseline."""
    style = int(rng.integers(0, 4)) if style is None else style
    lw = float(rng.uniform(0.32, 0.5))
    if style == 0:
        word = name.split()[-1].capitalize()
        size = 20
        tw_ = text_width(word, "script-b", size)
        if tw_ > w:
            size = size * w / tw_
        p.text(x, y, word, "script-b", size, color, angle=float(rng.uniform(3, 9)), stroke=0.1)
        pts = []
        for i in range(30):
            t = i / 29
            pts.append((x + t * w * 1.05, y + 2.2 + math.sin(t * math.pi * 1.3) * 1.6 - t * 3.0))
        p.poly(pts, color, lw)
    elif style == 1:
        initials = "".join(n[0] for n in name.split()[:2]).upper()
        p.text(x, y, initials, "kaushan", 22, color, angle=float(rng.uniform(-4, 8)))
        base = x + text_width(initials, "kaushan", 22) * 0.9
        pts = []
        n = 60
        amp = float(rng.uniform(2.5, 4.0))
        for i in range(n):
            t = i / (n - 1)
            pts.append(
                (
                    base + t * (w * 0.8),
                    y - 2 + math.sin(t * math.pi * 6) * amp * (1 - t * 0.6) - t * 4,
                )
            )
        p.poly(pts, color, lw)
    elif style == 2:
        # pure scribble: loops along a rising line
        pts = []
        n = 140
        loops = float(rng.uniform(2.2, 3.6))
        amp = float(rng.uniform(2.5, 4.5))
        ph = float(rng.uniform(0, 3))
        for i in range(n):
            t = i / (n - 1)
            a = amp * (0.6 + 0.5 * math.sin(t * 5 + ph))
            px = x + t * w + math.cos(t * math.pi * 2 * loops) * a * 0.9
            py = y - 3 - t * 5 + math.sin(t * math.pi * 2 * loops) * a * (1.2 - t * 0.5)
            pts.append((px, py))
        p.poly(pts, color, lw)
        p.poly([(x - 2, y + 1.5), (x + w * 0.6, y - 0.5), (x + w + 3, y - 4)], color, lw * 0.8)
    else:
        first = name.split()[0][0].upper() + "."
        last = name.split()[-1].capitalize()
        s = f"{first} {last}"
        size = 17
        tw_ = text_width(s, "script", size)
        if tw_ > w:
            size *= w / tw_
        p.text(x, y, s, "script", size, color, angle=float(rng.uniform(0, 6)), stroke=0.12)
        p.poly([(x + 1, y + 2.5), (x + w * 0.5, y + 1.6), (x + w * 0.9, y + 2.8)], color, lw)


def round_stamp(
    top: str,
    bottom: str,
    center: list[str],
    r: float = 17.0,
    color: Color = STAMP_BLUE,
    font="sans-b",
    size=6.5,
    star=True,
) -> Page:
    """A round rubber stamp as a group page (2r x 2r)."""
    s = Page(2 * r + 2, 2 * r + 2, bg=None)
    c = r + 1
    s.ellipse(c, c, r, r, color, None, 0.55)
    s.ellipse(c, c, r - 0.9, r - 0.9, color, None, 0.25)
    s.ellipse(c, c, r * 0.62, r * 0.62, color, None, 0.3)
    cap = size * 0.254
    _arc_text(s, c, c, r - 1.3 - cap - 0.3, top, font, size, color, top=True)
    if bottom:
        _arc_text(s, c, c, r - 1.4, bottom, font, size, color, top=False)
    n = len(center)
    for i, ln in enumerate(center):
        yy = c + (i - (n - 1) / 2) * size * 0.42 + size * 0.15
        fs = size * (0.95 if len(ln) < 12 else 0.8)
        s.text(c, yy, ln, font, fs, color, anchor="m")
    if star:
        for sx in (c - r + 2.4, c + r - 2.4):
            s.text(sx, c + 1, "*", "sans-b", size * 1.3, color, anchor="m")
    return s


def _arc_text(s: Page, cx, cy, r, txt, font, size, color, top=True):
    widths = [text_width(ch, font, size) * 1.06 for ch in txt]
    total = sum(widths)
    span = min(total / r, math.pi * 0.92)
    k = span / max(total, 0.001)
    a = -span / 2
    for ch, w in zip(txt, widths):
        th = a + w * k / 2
        if top:
            px, py, ang = cx + r * math.sin(th), cy - r * math.cos(th), -math.degrees(th)
        else:
            px, py, ang = cx + r * math.sin(th), cy + r * math.cos(th), math.degrees(th)
        s.text(px, py, ch, font, size, color, anchor="m", angle=ang)
        a += w * k


def box_stamp(
    lines: list[str], color: Color = STAMP_VIOLET, font="sans-b", size=8.0, pad=2.0, double=True
) -> Page:
    w = max(text_width(t, font, size) for t in lines) + 2 * pad
    lh = size * 0.45
    h = lh * len(lines) + 2 * pad
    s = Page(w + 1, h + 1, bg=None)
    s.rect(0.5, 0.5, w, h, color, None, 0.5)
    if double:
        s.rect(1.3, 1.3, w - 1.6, h - 1.6, color, None, 0.2)
    for i, t in enumerate(lines):
        s.text(0.5 + w / 2, 0.5 + pad + lh * (i + 0.8), t, font, size, color, anchor="m")
    return s


def portrait(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    rng,
    sex: str = "F",
    skin: Color | None = None,
    hair: Color | None = None,
    bg: Color = (225, 232, 240),
    grey: bool = False,
):
    """An ID photo drawn with simple shapes, clipped to its frame."""
    skins = [
        (241, 204, 170),
        (224, 172, 130),
        (198, 140, 96),
        (150, 100, 66),
        (110, 72, 48),
        (236, 190, 160),
    ]
    hairs = [(30, 22, 18), (60, 40, 25), (20, 20, 20), (110, 70, 35), (150, 120, 70)]
    skin = skin or skins[int(rng.integers(0, len(skins)))]
    hair = hair or hairs[int(rng.integers(0, len(hairs)))]
    shirt = [(70, 80, 100), (40, 40, 45), (120, 40, 50), (200, 200, 205)][int(rng.integers(0, 4))]
    dark, lip, nose = (40, 30, 30), (150, 80, 80), (150, 110, 90)
    if grey:

        def g(c):
            v = int(0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2])
            return (v, v, v)

        skin, hair, bg, shirt, dark, lip, nose = (
            g(c) for c in (skin, hair, bg, shirt, dark, lip, nose)
        )
    q = Page(w, h, bg=bg)
    cx = w / 2
    q.ellipse(cx, h * 1.02, w * 0.48, h * 0.24, None, shirt)
    q.rect(cx - w * 0.09, h * 0.58, w * 0.18, h * 0.2, None, skin)
    if sex == "F":
        q.ellipse(cx, h * 0.45, w * 0.3, h * 0.33, None, hair)
        q.rect(cx - w * 0.3, h * 0.45, w * 0.6, h * 0.3, None, hair)
    q.ellipse(cx, h * 0.43, w * 0.22, h * 0.25, None, skin)
    q.ellipse(cx, h * 0.25, w * 0.24, h * 0.12, None, hair)
    ey = h * 0.42
    q.ellipse(cx - w * 0.08, ey, w * 0.025, h * 0.014, None, dark)
    q.ellipse(cx + w * 0.08, ey, w * 0.025, h * 0.014, None, dark)
    q.poly([(cx - w * 0.07, h * 0.56), (cx, h * 0.575), (cx + w * 0.07, h * 0.56)], lip, 0.3)
    q.poly([(cx, h * 0.44), (cx - w * 0.02, h * 0.5), (cx + w * 0.01, h * 0.505)], nose, 0.2)
    p.group(q, x, y, 0, "normal")


def is_cjk(c: str) -> bool:
    o = ord(c)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF


def _script_font(c: str, font: str) -> str:
    o = ord(c)
    if is_cjk(c):
        return "cjk"
    if 0x0900 <= o <= 0x097F:
        return "deva"
    return font


def smart_text(
    p: Page, x: float, y: float, s: str, font: str, size: float, color=BLACK, anchor: str = "l"
) -> float:
    """Text that may mix CJK with Latin: CJK runs are drawn with the CJK face."""
    if all(_script_font(c, font) == font for c in s):
        return p.text(x, y, s, font, size, color, anchor)
    runs: list[tuple[str, str]] = []
    for c in s:
        f = _script_font(c, font)
        if c == " " and runs:
            f = runs[-1][1]
        if runs and runs[-1][1] == f:
            runs[-1] = (runs[-1][0] + c, f)
        else:
            runs.append((c, f))
    total = sum(text_width(t, f, size) for t, f in runs)
    cx = x - (total / 2 if anchor == "m" else total if anchor == "r" else 0)
    for t, f in runs:
        cx += p.text(cx, y, t, f, size, color)
    return total


def guilloche(
    p: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    color: Color,
    rng,
    n: int = 18,
    lw: float = 0.12,
    waves: float = 3.0,
):
    for i in range(n):
        phase = float(rng.uniform(0, math.tau))
        amp = h * float(rng.uniform(0.05, 0.18))
        base = y + h * (i + 0.5) / n
        f = waves * float(rng.uniform(0.8, 1.3))
        pts = []
        steps = 90
        for k in range(steps + 1):
            t = k / steps
            yy = base + amp * math.sin(t * math.tau * f + phase) * math.sin(t * math.pi + i)
            pts.append((x + t * w, min(y + h, max(y, yy))))
        p.poly(pts, color, lw)


def rosette(p: Page, cx: float, cy: float, r: float, color: Color, n: int = 24, lw=0.12):
    for i in range(n):
        a = i * math.tau / n
        pts = []
        for k in range(61):
            t = k / 60 * math.tau
            rr = r * (0.55 + 0.45 * math.cos(3 * t))
            pts.append((cx + rr * math.cos(t + a), cy + rr * math.sin(t + a)))
        p.poly(pts, color, lw)


def qr_like(p: Page, x: float, y: float, size: float, rng, n: int = 25, color: Color = BLACK):
    cell = size / n
    p.rect(x, y, size, size, None, WHITE)
    m = rng.random((n, n)) < 0.5
    for fy, fx in ((0, 0), (0, n - 7), (n - 7, 0)):
        m[fy : fy + 7, fx : fx + 7] = False
    for r in range(n):
        c = 0
        while c < n:
            if m[r, c]:
                s = c
                while c < n and m[r, c]:
                    c += 1
                p.rect(x + s * cell, y + r * cell, (c - s) * cell, cell, None, color)
            else:
                c += 1
    for fy, fx in ((0, 0), (0, n - 7), (n - 7, 0)):
        p.rect(x + fx * cell, y + fy * cell, 7 * cell, 7 * cell, None, color)
        p.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, 5 * cell, 5 * cell, None, WHITE)
        p.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, 3 * cell, 3 * cell, None, color)


def barcode(p: Page, x: float, y: float, w: float, h: float, data: str, color: Color = BLACK):
    """A plain 1D bar pattern derived from data (decorative)."""
    bits = []
    for ch in data:
        v = ord(ch)
        bits.extend([1, 0, (v >> 0) & 1, 1, (v >> 1) & 1, 0, (v >> 2) & 1, (v >> 3) & 1, 0])
    bits = [1, 1, 0, 1, *bits, 1, 0, 1, 1]
    unit = w / len(bits)
    i = 0
    while i < len(bits):
        if bits[i]:
            s = i
            while i < len(bits) and bits[i]:
                i += 1
            p.rect(x + s * unit, y, (i - s) * unit, h, None, color)
        else:
            i += 1


def marianne_bloc(
    p: Page, x: float, y: float, scale: float = 1.0, lines=("RÉPUBLIQUE", "FRANÇAISE")
):
    """The French state's 'bloc marque': a tricolour bar and REPUBLIQUE FRANCAISE."""
    s = scale
    p.rect(x, y, 3.2 * s, 6 * s, None, hexc("000091"))
    p.rect(x + 3.2 * s, y, 3.2 * s, 6 * s, None, WHITE)
    p.rect(x + 6.4 * s, y, 3.2 * s, 6 * s, None, hexc("E1000F"))
    p.rect(x, y, 9.6 * s, 6 * s, (200, 200, 200), None, 0.1)
    yy = y + 10 * s
    for ln in lines:
        p.text(x, yy, ln, "arial-b", 8.5 * s)
        yy += 3.6 * s
    p.text(x, yy + 1.2 * s, "Liberté", "times-i", 6.5 * s)
    p.text(x, yy + 3.8 * s, "Égalité", "times-i", 6.5 * s)
    p.text(x, yy + 6.4 * s, "Fraternité", "times-i", 6.5 * s)
    return yy + 8 * s


def emblem(p: Page, cx: float, cy: float, r: float, color: Color, kind: int = 0):
    """A simple coat-of-arms-like emblem (circle, star, shield)."""
    if kind == 0:
        p.ellipse(cx, cy, r, r, color, None, 0.35)
        p.ellipse(cx, cy, r * 0.8, r * 0.8, color, None, 0.2)
        _star(p, cx, cy, r * 0.55, color)
    elif kind == 1:
        pts = [
            (cx - r, cy - r),
            (cx + r, cy - r),
            (cx + r, cy + r * 0.2),
            (cx, cy + r * 1.2),
            (cx - r, cy + r * 0.2),
        ]
        p.poly(pts, color, 0.35, closed=True)
        _star(p, cx, cy - r * 0.1, r * 0.45, color)
    else:
        for i in range(12):
            a = i * math.tau / 12
            p.line(
                cx + math.cos(a) * r * 0.5,
                cy + math.sin(a) * r * 0.5,
                cx + math.cos(a) * r,
                cy + math.sin(a) * r,
                color,
                0.3,
            )
        p.ellipse(cx, cy, r * 0.45, r * 0.45, color, color, 0.2)


def _star(p: Page, cx, cy, r, color):
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.42
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p.poly(pts, None, 0, closed=True, fill=color)


def fold_marks(p: Page, color=(200, 200, 200)):
    p.hline(0, 4, p.h / 3, color, 0.2)
    p.hline(0, 4, 2 * p.h / 3, color, 0.2)
