"""Layout helpers shared by the paper documents: label/value blocks, headers, numbers in words."""

from __future__ import annotations

from gen_core import PT, Page, text_w

UNITS = [
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
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_num(n: int) -> str:
    if n < 20:
        return UNITS[n]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        return TENS[t] + ("-et-un" if u == 1 else "-" + UNITS[u])
    if n < 80:
        return "soixante" + ("-et-" if n == 71 else "-") + UNITS[n - 60]
    if n < 100:
        r = n - 80
        return "quatre-vingt" + ("s" if r == 0 else "-" + UNITS[r])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else UNITS[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + fr_num(r))
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else fr_num(th) + " mille"
    return head + ("" if r == 0 else " " + fr_num(r))


def date_words_fr(x) -> str:
    from gen_codes import MONTHS_FR

    day = "premier" if x.day == 1 else fr_num(x.day)
    return f"{day} {MONTHS_FR[x.month - 1]} {fr_num(x.year)}"


def kv(
    pg: Page,
    x,
    y,
    label,
    value,
    style="beside",
    lf="sans",
    vf="sans-b",
    ls=8.0,
    vs=10.0,
    tab=40.0,
    w=80.0,
    lc=(60, 60, 60),
    vc=(0, 0, 0),
    h=None,
):
    """One label/value pair. Returns the y of the next row."""
    lead = vs / PT * 1.5
    if style == "beside":
        pg.text(x, y, label, lf, ls, lc)
        pg.text(x + tab, y, value, vf, vs, vc)
        return y + lead
    if style == "colon":
        lw = pg.text(x, y, label + " :", lf, ls, lc)
        pg.text(x + lw + 2, y, value, vf, vs, vc)
        return y + lead
    if style == "dots":
        lw = pg.text(x, y, label, lf, ls, lc)
        vw = text_w(value, vf, vs)
        pg.line(x + lw + 1, y + 0.6, x + w, y + 0.6, (120, 120, 120), 0.2, dash=(0.3, 0.9))
        pg.text(x + max(lw + 3, tab), y - 0.4, value, vf, vs, vc)
        del vw
        return y + lead + 1
    if style == "above":
        pg.text(x, y, label, lf, ls * 0.85, lc)
        pg.text(x, y + vs / PT * 1.25, value, vf, vs, vc)
        return y + ls / PT + vs / PT * 2.0
    if style == "cell":
        hh = h or (ls / PT + vs / PT * 1.9)
        pg.rect(x, y, w, hh, (90, 90, 90), None, 0.25)
        pg.text(x + 1.2, y + ls * 0.85 / PT + 0.8, label, lf, ls * 0.8, lc)
        pg.text(x + 2, y + hh - 1.6, value, vf, vs, vc)
        return y + hh
    raise ValueError(style)


def rows(pg: Page, x, y, items, **kw):
    for label, value in items:
        y = kv(pg, x, y, label, value, **kw)
    return y


def header_block(
    pg: Page, x, y, lines, font="sans-b", size=9.0, anchor="l", color=(0, 0, 0), lead=None
):
    lead = lead or size / PT * 1.35
    for ln in lines:
        f = font
        if isinstance(ln, tuple):
            ln, f = ln
        pg.text(x, y, ln, f, size, color, anchor=anchor, rtl=f.startswith("arabic"))
        y += lead
    return y


def table(
    pg: Page,
    x,
    y,
    widths,
    rows_,
    font="sans",
    size=8.0,
    head_font="sans-b",
    head_fill=(230, 230, 230),
    lw=0.2,
    rh=None,
    aligns=None,
    grid=True,
    color=(0, 0, 0),
):
    rh = rh or size / PT * 1.9
    for r, row in enumerate(rows_):
        cx = x
        for c, cell in enumerate(row):
            w = widths[c]
            if r == 0 and head_fill:
                pg.rect(cx, y, w, rh, None, head_fill, 0)
            if grid:
                pg.rect(cx, y, w, rh, (120, 120, 120), None, lw)
            a = (aligns or ["l"] * len(row))[c]
            f = head_font if r == 0 else font
            tx = cx + 1.5 if a == "l" else (cx + w - 1.5 if a == "r" else cx + w / 2)
            pg.text(tx, y + rh * 0.68, cell, f, size, color, anchor=a)
            cx += w
        y += rh
    return y
