"""My own drawing of the cerfa 15763*02 (S1106) two-page form, with "print runs".

The layout follows the description of the official form (header, section A "VOUS",
section B "VOTRE SITUATION", section C "VOS ENGAGEMENTS ET SIGNATURE", list of
supporting documents, "Cadre réservé à l'organisme", footer).  The wording is mine.
Each print run changes the typeface, colours, line weights, comb and tick-box sizes,
spacing, margins, header style and where the word "Signature" sits.

All positions are kept in millimetres from the top-left corner of the A4 page and are
returned as "slots" so that the fillers (typed, AcroForm, handwriting) can find them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W = 210.0
PAGE_H = 297.0

_TTF = "/usr/share/fonts/truetype/"
FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "liberation": (
        _TTF + "liberation/LiberationSans-Regular.ttf",
        _TTF + "liberation/LiberationSans-Bold.ttf",
        _TTF + "liberation/LiberationSans-Italic.ttf",
    ),
    "narrow": (
        _TTF + "liberation/LiberationSansNarrow-Regular.ttf",
        _TTF + "liberation/LiberationSansNarrow-Bold.ttf",
        _TTF + "liberation/LiberationSansNarrow-Italic.ttf",
    ),
    "dejavu": (
        _TTF + "dejavu/DejaVuSansCondensed.ttf",
        _TTF + "dejavu/DejaVuSansCondensed-Bold.ttf",
        _TTF + "dejavu/DejaVuSansCondensed-Oblique.ttf",
    ),
    "opensans": (
        _TTF + "open-sans/OpenSans-Regular.ttf",
        _TTF + "open-sans/OpenSans-Bold.ttf",
        _TTF + "open-sans/OpenSans-Italic.ttf",
    ),
    "roboto": (
        _TTF + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
        _TTF + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
        _TTF + "roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    ),
    "lato": (
        _TTF + "lato/Lato-Regular.ttf",
        _TTF + "lato/Lato-Bold.ttf",
        _TTF + "lato/Lato-Italic.ttf",
    ),
    "carlito": (
        _TTF + "crosextra/Carlito-Regular.ttf",
        _TTF + "crosextra/Carlito-Bold.ttf",
        _TTF + "crosextra/Carlito-Italic.ttf",
    ),
    "freesans": (
        _TTF + "freefont/FreeSans.ttf",
        _TTF + "freefont/FreeSansBold.ttf",
        _TTF + "freefont/FreeSansOblique.ttf",
    ),
}

_REGISTERED: dict[str, tuple[str, str, str]] = {}


def family_fonts(key: str) -> tuple[str, str, str]:
    if key in _REGISTERED:
        return _REGISTERED[key]
    paths = FAMILIES[key]
    if key == "helv":
        names = paths
    else:
        names = tuple("FH%s%s" % (key.capitalize(), suffix) for suffix in ("R", "B", "I"))
        for name, path in zip(names, paths):
            pdfmetrics.registerFont(TTFont(name, path))
    _REGISTERED[key] = names  # type: ignore[assignment]
    return names  # type: ignore[return-value]


ACCENTS = [
    (0.05, 0.27, 0.58),  # the ameli blue family
    (0.0, 0.33, 0.62),
    (0.12, 0.30, 0.55),
    (0.0, 0.40, 0.70),
]


@dataclass
class Run:
    """One "print run" of the blank form."""

    seed: int
    family: str
    accent: tuple[float, float, float]
    mono: bool
    header_style: str  # band | tab | rule
    lw: float  # points
    cw: float  # comb cell width, mm
    ch: float  # comb cell height, mm
    box: float  # tick box, mm
    name_style: str  # comb | line | rect
    ml: float  # left margin, mm
    gap: float  # vertical scale
    field_x: float  # where fields start, from the margin, mm
    sig_label_inside: bool
    sig_w: float
    sig_h: float
    sig_right: bool
    title_size: float
    body: float
    logo: int
    marianne: bool
    dob_hint: str  # under | inside | slash
    dotted: bool
    label_upper: bool


def make_run(seed: int, **force) -> Run:
    rng = random.Random(seed)
    run = Run(
        seed=seed,
        family=rng.choice(list(FAMILIES)),
        accent=rng.choice(ACCENTS),
        mono=rng.random() < 0.25,
        header_style=rng.choice(["band", "band", "tab", "rule"]),
        lw=rng.uniform(0.45, 0.95),
        cw=rng.uniform(5.0, 5.8),
        ch=rng.uniform(5.8, 7.0),
        box=rng.uniform(3.2, 4.2),
        name_style=rng.choice(["comb", "comb", "comb", "line", "rect"]),
        ml=rng.uniform(12.0, 16.5),
        gap=rng.uniform(0.96, 1.04),
        field_x=rng.uniform(38.0, 44.0),
        sig_label_inside=rng.random() < 0.5,
        sig_w=rng.uniform(72.0, 92.0),
        sig_h=rng.uniform(27.0, 36.0),
        sig_right=rng.random() < 0.7,
        title_size=rng.uniform(14.5, 17.0),
        body=rng.uniform(7.6, 8.6),
        logo=rng.randint(0, 2),
        marianne=rng.random() < 0.5,
        dob_hint=rng.choice(["under", "under", "slash", "inside"]),
        dotted=rng.random() < 0.5,
        label_upper=rng.random() < 0.3,
    )
    for k, v in force.items():
        setattr(run, k, v)
    return run


BLACK = (0.0, 0.0, 0.0)
WHITE = (1.0, 1.0, 1.0)


class Pen:
    """reportlab canvas with millimetre, top-left coordinates."""

    def __init__(self, c, run: Run):
        self.c = c
        self.run = run
        self.fonts = family_fonts(run.family)

    @property
    def accent(self):
        if self.run.mono:
            return (0.15, 0.15, 0.15)
        return self.run.accent

    def font(self, style: str) -> str:
        return self.fonts[{"r": 0, "b": 1, "i": 2}[style]]

    def width(self, s: str, size: float, style: str = "r") -> float:
        return pdfmetrics.stringWidth(s, self.font(style), size) / mm

    def text(self, x, y, s, size, style="r", color=BLACK, anchor="l"):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(self.font(style), size)
        if anchor == "l":
            c.drawString(x * mm, (PAGE_H - y) * mm, s)
        elif anchor == "c":
            c.drawCentredString(x * mm, (PAGE_H - y) * mm, s)
        else:
            c.drawRightString(x * mm, (PAGE_H - y) * mm, s)

    def rect(self, x, y, w, h, lw=None, stroke=BLACK, fill=None, r=0.0):
        c = self.c
        c.setLineWidth(self.run.lw if lw is None else lw)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        if fill is not None:
            c.setFillColorRGB(*fill)
        args = (x * mm, (PAGE_H - y - h) * mm, w * mm, h * mm)
        if r > 0:
            c.roundRect(*args, r * mm, stroke=int(stroke is not None), fill=int(fill is not None))
        else:
            c.rect(*args, stroke=int(stroke is not None), fill=int(fill is not None))

    def line(self, x0, y0, x1, y1, lw=None, color=BLACK, dash=None):
        c = self.c
        c.setLineWidth(self.run.lw if lw is None else lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x0 * mm, (PAGE_H - y0) * mm, x1 * mm, (PAGE_H - y1) * mm)
        if dash:
            c.setDash()

    def wrap(self, s: str, w: float, size: float, style: str = "r") -> list[str]:
        lines: list[str] = []
        cur = ""
        for word in s.split(" "):
            cand = word if not cur else cur + " " + word
            if self.width(cand, size, style) <= w:
                cur = cand
            else:
                if cur:
                    lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, w, s, size, style="r", color=BLACK, leading=None) -> float:
        lead = (leading or size * 1.25) * 0.3528
        for ln in self.wrap(s, w, size, style):
            self.text(x, y, ln, size, style, color)
            y += lead
        return y


# ---------------------------------------------------------------------------
# building blocks


def _label(pen: Pen, s: str) -> str:
    return s.upper() if pen.run.label_upper else s


def comb(pen: Pen, x, y, n, cw, ch, hints: str | None = None) -> dict:
    """n cells starting at (x, y top)."""
    run = pen.run
    pen.rect(x, y, n * cw, ch, lw=run.lw)
    for i in range(1, n):
        top = y + ch * 0.35 if run.name_style == "comb" and n > 8 and run.seed % 3 == 0 else y
        pen.line(x + i * cw, top, x + i * cw, y + ch, lw=run.lw * 0.8)
    if hints:
        for i, h in enumerate(hints):
            pen.text(x + (i + 0.5) * cw, y + ch * 0.68, h, 6.5, "r", (0.72, 0.72, 0.72), "c")
    return {"kind": "comb", "x": x, "y": y, "cw": cw, "ch": ch, "n": n}


def field_line(pen: Pen, x0, x1, y) -> dict:
    run = pen.run
    if run.dotted:
        pen.line(x0, y, x1, y, lw=0.6, color=(0.25, 0.25, 0.25), dash=(0.8, 1.6))
    else:
        pen.line(x0, y, x1, y, lw=run.lw * 0.7, color=(0.35, 0.35, 0.35))
    return {"kind": "line", "x0": x0, "x1": x1, "y": y}


def tick_box(pen: Pen, x, y) -> dict:
    s = pen.run.box
    pen.rect(x, y, s, s, lw=pen.run.lw * 1.1)
    return {"kind": "box", "x": x, "y": y, "s": s}


def section_header(pen: Pen, y: float, letter: str, title: str) -> float:
    run = pen.run
    x0, x1 = run.ml, PAGE_W - run.ml
    acc = pen.accent
    if run.header_style == "band":
        h = 6.4
        pen.rect(x0, y, x1 - x0, h, stroke=None, fill=acc)
        pen.text(x0 + 2.5, y + 4.6, "%s  %s" % (letter, title), 10.5, "b", WHITE)
        return y + h + 3.5
    if run.header_style == "tab":
        h = 6.4
        pen.rect(x0, y, 7.0, h, stroke=None, fill=acc)
        pen.text(x0 + 3.5, y + 4.7, letter, 11, "b", WHITE, "c")
        pen.text(x0 + 10, y + 4.7, title, 10.5, "b", acc)
        pen.line(x0, y + h, x1, y + h, lw=1.0, color=acc)
        return y + h + 3.5
    pen.line(x0, y, x1, y, lw=1.6, color=acc)
    pen.text(x0, y + 5.2, "%s - %s" % (letter, title), 10.5, "b", acc)
    return y + 9.0


def name_field(pen: Pen, y, label, hint, key, slots, right) -> float:
    run = pen.run
    x = run.ml + run.field_x
    pen.text(run.ml, y + run.ch * 0.62, _label(pen, label), run.body, "b")
    if hint:
        pen.text(run.ml, y + run.ch * 0.62 + 3.0, hint, run.body - 1.6, "i", (0.3, 0.3, 0.3))
    if run.name_style == "comb":
        n = min(26, int((right - x) / run.cw))
        slots[key] = comb(pen, x, y, n, run.cw, run.ch)
    elif run.name_style == "rect":
        pen.rect(x, y, right - x, run.ch, lw=run.lw)
        slots[key] = {"kind": "rect", "x": x, "y": y, "w": right - x, "h": run.ch}
    else:
        slots[key] = field_line(pen, x, right, y + run.ch)
    return y + (run.ch + 3.8) * run.gap


def labelled_line(pen: Pen, x, y, label, x1, key, slots, style="r") -> None:
    run = pen.run
    pen.text(x, y, label, run.body, style)
    lx = x + pen.width(label, run.body, style) + 1.5
    slots[key] = field_line(pen, lx, x1, y + 0.6)


# ---------------------------------------------------------------------------
# the pages


def draw_logo(pen: Pen, x, y):
    run = pen.run
    acc = pen.accent
    c = pen.c
    if run.logo == 0:
        # two arcs, then the words on two lines
        c.setStrokeColorRGB(*acc)
        c.setLineWidth(2.2)
        cx, cy = (x + 6) * mm, (PAGE_H - y - 7) * mm
        c.arc(cx - 6 * mm, cy - 6 * mm, cx + 6 * mm, cy + 6 * mm, 30, 240)
        c.setLineWidth(1.4)
        c.arc(cx - 3.6 * mm, cy - 3.6 * mm, cx + 3.6 * mm, cy + 3.6 * mm, 210, 240)
        pen.text(x + 15, y + 6.0, "l'Assurance", 11, "b", acc)
        pen.text(x + 15, y + 11.5, "Maladie", 11, "b", acc)
    elif run.logo == 1:
        pen.rect(x, y, 11, 11, stroke=None, fill=acc, r=2.0)
        pen.text(x + 5.5, y + 7.7, "AM", 9.5, "b", WHITE, "c")
        pen.text(x + 14, y + 7.6, "l'Assurance Maladie", 12, "b", acc)
        pen.text(x + 14, y + 11.6, "Agir ensemble, protéger chacun", 6.5, "i", (0.35, 0.35, 0.35))
    else:
        c.setFillColorRGB(*acc)
        c.circle((x + 4) * mm, (PAGE_H - y - 5) * mm, 3.6 * mm, stroke=0, fill=1)
        c.setFillColorRGB(*WHITE)
        c.circle((x + 5.2) * mm, (PAGE_H - y - 5) * mm, 2.1 * mm, stroke=0, fill=1)
        pen.text(x + 10, y + 6.6, "l'Assurance Maladie", 11.5, "b", acc)
        pen.text(x + 10, y + 10.4, "Sécurité sociale", 7, "r", (0.3, 0.3, 0.3))


def draw_cerfa_box(pen: Pen, y):
    run = pen.run
    x1 = PAGE_W - run.ml
    w = 31.0
    x = x1 - w
    pen.rect(x, y, w, 14.5, lw=0.8)
    pen.text(x + w / 2, y + 6.4, "cerfa", 15, "b", BLACK, "c")
    pen.line(x, y + 8.4, x + w, y + 8.4, lw=0.6)
    pen.text(x + w / 2, y + 12.6, "N° 15763*02", 9, "b", BLACK, "c")
    if run.marianne:
        pen.text(x - 3, y + 3.5, "RÉPUBLIQUE", 6.5, "b", BLACK, "r")
        pen.text(x - 3, y + 6.3, "FRANÇAISE", 6.5, "b", BLACK, "r")
        pen.text(x - 3, y + 9.5, "Liberté", 5.5, "i", BLACK, "r")
        pen.text(x - 3, y + 11.8, "Égalité", 5.5, "i", BLACK, "r")
        pen.text(x - 3, y + 14.1, "Fraternité", 5.5, "i", BLACK, "r")


NOTICE = (
    "Utilisez ce formulaire si vous travaillez en France ou si vous y résidez de façon "
    "stable et régulière depuis plus de trois mois et que vous ne bénéficiez pas encore de "
    "la prise en charge de vos frais de santé. Écrivez en lettres capitales, à l'encre noire "
    "ou bleue. Joignez les photocopies des pièces listées en page 2 et envoyez le tout à la "
    "caisse d'assurance maladie de votre lieu de résidence."
)

LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 161-2-1, R. 111-3 et D. 160-2 "
    "du code de la sécurité sociale"
)


def footer(pen: Pen, page: int):
    run = pen.run
    y = 289.0
    pen.line(run.ml, y - 4.5, PAGE_W - run.ml, y - 4.5, lw=0.4, color=(0.4, 0.4, 0.4))
    s = "S1106 — cerfa n° 15763*02 — page %d/2" % page
    if run.seed % 2:
        pen.text(run.ml, y, s, 7, "r", (0.2, 0.2, 0.2))
    else:
        pen.text(PAGE_W - run.ml, y, s, 7, "r", (0.2, 0.2, 0.2), "r")
    if page == 1:
        if run.seed % 2:
            pen.text(PAGE_W - run.ml, y, "Tournez la page  >>", 7, "b", (0.2, 0.2, 0.2), "r")
        else:
            pen.text(run.ml, y, "Tournez la page  >>", 7, "b", (0.2, 0.2, 0.2))


def draw_page1(pen: Pen, slots: dict) -> None:
    run = pen.run
    ml = run.ml
    right = PAGE_W - ml
    g = run.gap
    draw_logo(pen, ml, 10)
    draw_cerfa_box(pen, 10)
    y = 33.0
    pen.text(PAGE_W / 2, y, "Demande d'ouverture des droits", run.title_size, "b", BLACK, "c")
    y += run.title_size * 0.42
    pen.text(PAGE_W / 2, y, "à l'assurance maladie", run.title_size, "b", BLACK, "c")
    y += 6.2
    pen.text(PAGE_W / 2, y, "Protection universelle maladie (PUMa)", 11.5, "r", pen.accent, "c")
    y += 4.6
    pen.text(PAGE_W / 2, y, LEGAL, 6.8, "i", (0.25, 0.25, 0.25), "c")
    y += 3.0
    nh = 13.5
    if run.seed % 3 == 0:
        pen.rect(ml, y, right - ml, nh, stroke=None, fill=(0.93, 0.94, 0.96))
    else:
        pen.rect(ml, y, right - ml, nh, lw=0.5, stroke=(0.4, 0.4, 0.4))
    pen.para(ml + 2.2, y + 3.6, right - ml - 4.4, NOTICE, 6.9, "r", (0.1, 0.1, 0.1), 8.6)
    y += nh + 4.0

    # --- section A
    y = section_header(pen, y, "A", "VOUS")
    y = name_field(pen, y, "Nom de naissance", "(nom de famille)", "surname", slots, right)
    y = name_field(pen, y, "Nom d'usage", "(facultatif, ex. nom d'époux)", "usage", slots, right)
    y = name_field(pen, y, "Prénom(s)", "(dans l'ordre de l'état civil)", "given", slots, right)

    # Sexe + date de naissance
    base = y + run.ch * 0.62
    pen.text(ml, base, _label(pen, "Sexe"), run.body, "b")
    bx = ml + 14
    pen.text(bx, base, "F", run.body)
    slots["sex_F"] = tick_box(pen, bx + 3, base - run.box + 0.6)
    pen.text(bx + 10, base, "M", run.body)
    slots["sex_M"] = tick_box(pen, bx + 14, base - run.box + 0.6)
    dx = ml + 64
    lab = "Date de naissance"
    pen.text(dx, base, _label(pen, lab), run.body, "b")
    cx = dx + pen.width(_label(pen, lab), run.body, "b") + 3
    groups = []
    hints = {"inside": True}.get(run.dob_hint, False)
    for n, hint, word in ((2, "JJ", "jour"), (2, "MM", "mois"), (4, "AAAA", "année")):
        groups.append(comb(pen, cx, y, n, run.cw, run.ch, hint if hints else None))
        if run.dob_hint == "under":
            pen.text(cx + n * run.cw / 2, y + run.ch + 2.6, word, 6, "i", (0.3, 0.3, 0.3), "c")
        cx += n * run.cw
        if run.dob_hint == "slash" and n == 2:
            pen.text(cx + 1.3, y + run.ch * 0.72, "/", 11, "r", BLACK, "c")
        cx += 2.6
    slots["dob"] = groups
    y += (run.ch + (6.2 if run.dob_hint == "under" else 4.2)) * g

    # Lieu de naissance
    base = y + 4.0
    pen.text(ml, base, _label(pen, "Lieu de naissance"), run.body, "b")
    x = ml + run.field_x
    labelled_line(pen, x, base, "Commune :", x + 68, "birth_town", slots)
    labelled_line(pen, x + 71, base, "Pays :", right, "birth_country", slots)
    y += 8.8 * g
    base = y + 4.0
    pen.text(ml, base, _label(pen, "Nationalité"), run.body, "b")
    slots["nationality"] = field_line(pen, ml + run.field_x, right, base + 0.6)
    y += 8.8 * g

    # NIR
    pen.text(ml, y + run.ch * 0.62, _label(pen, "N° de sécurité sociale"), run.body, "b")
    pen.text(ml, y + run.ch * 0.62 + 3.0, "(si vous en avez un)", run.body - 1.6, "i")
    x = ml + run.field_x
    slots["nir"] = comb(pen, x, y, 13, run.cw * 0.92, run.ch)
    kx = x + 13 * run.cw * 0.92 + 3.5
    pen.text(kx, y + run.ch * 0.65, "clé", 6.5, "i")
    slots["nir_key"] = comb(pen, kx + 4.5, y, 2, run.cw * 0.92, run.ch)
    y += (run.ch + 4.4) * g
    base = y + 3.6
    pen.text(ml, base, _label(pen, "N° d'allocataire CAF"), run.body, "b")
    pen.text(ml + run.field_x, base, "(facultatif)", run.body - 1.2, "i", (0.3, 0.3, 0.3))
    slots["caf"] = field_line(pen, ml + run.field_x + 16, ml + run.field_x + 70, base + 0.6)
    y += 8.0 * g

    # Adresse
    base = y + 4.0
    pen.text(ml, base, _label(pen, "Adresse"), run.body, "b")
    pen.text(ml, base + 3.0, "(n°, rue, bâtiment...)", run.body - 1.6, "i")
    slots["address"] = field_line(pen, ml + run.field_x, right, base + 0.6)
    y += 9.4 * g
    pen.text(ml, y + run.ch * 0.62, _label(pen, "Code postal"), run.body, "b")
    slots["postcode"] = comb(pen, ml + run.field_x, y, 5, run.cw, run.ch)
    cx = ml + run.field_x + 5 * run.cw + 5
    labelled_line(pen, cx, y + run.ch * 0.62, "Commune :", right, "town", slots)
    y += (run.ch + 4.0) * g
    base = y + 4.0
    labelled_line(pen, ml, base, "Téléphone :", ml + 62, "phone", slots, "b")
    labelled_line(pen, ml + 66, base, "Adresse e-mail :", right, "email", slots, "b")
    y += 10.5 * g

    # --- section B
    y = section_header(pen, y, "B", "VOTRE SITUATION")
    pen.text(
        ml,
        y + 1.0,
        "Cochez la case qui correspond à votre situation actuelle.",
        run.body - 0.6,
        "i",
    )
    y += 5.0
    bx = ml + 1.5
    tx = bx + run.box + 2.5
    size = run.body

    def option(key, text, yy):
        slots[key] = tick_box(pen, bx, yy - run.box + 0.7)
        pen.text(tx, yy, text, size, "b")

    y += 1.5
    option("sit_salarie", "Vous exercez une activité salariée en France", y)
    y += 5.6 * g
    labelled_line(pen, tx, y, "Profession :", tx + 68, "profession", slots)
    cx = tx + 72
    pen.text(cx, y, "Contrat :", size)
    cx += pen.width("Contrat :", size) + 2
    for key, word in (("ctr_cdi", "CDI"), ("ctr_cdd", "CDD"), ("ctr_autre", "autre")):
        slots[key] = tick_box(pen, cx, y - run.box + 0.7)
        pen.text(cx + run.box + 1.2, y, word, size)
        cx += run.box + 3.0 + pen.width(word, size)
    y += 5.6 * g
    labelled_line(pen, tx, y, "Employeur (nom, adresse) :", right, "employer", slots)
    y += 7.2 * g
    option(
        "sit_independant",
        "Vous exercez une activité non salariée en France (indépendant, micro-entrepreneur)",
        y,
    )
    y += 5.6 * g
    labelled_line(pen, tx, y, "Activité :", tx + 70, "activity", slots)
    labelled_line(pen, tx + 73, y, "N° SIRET :", right, "siret", slots)
    y += 7.2 * g
    option("sit_demandeur", "Vous êtes inscrit(e) comme demandeur d'emploi", y)
    labelled_line(pen, tx + 100, y, "Identifiant :", right, "ft_id", slots)
    y += 7.2 * g
    option("sit_etudiant", "Vous êtes étudiant(e)", y)
    labelled_line(pen, tx + 45, y, "Établissement :", right, "school", slots)
    y += 7.2 * g
    option(
        "sit_inactif",
        "Vous n'exercez pas d'activité professionnelle (sans activité) et vous résidez",
        y,
    )
    pen.text(
        tx, y + 3.6, "en France de manière stable et régulière depuis plus de trois mois", size, "b"
    )
    y += 10.4 * g
    option("sit_autre", "Autre situation", y)
    labelled_line(pen, tx + 30, y, "précisez :", right, "autre", slots)
    y += 9.0 * g
    if y < 262:
        bh = 14.0
        pen.rect(ml, y, right - ml, bh, lw=0.4, stroke=pen.accent)
        pen.text(ml + 2.5, y + 4.2, "À savoir", run.body - 0.2, "b", pen.accent)
        pen.para(ml + 2.5, y + 7.8, right - ml - 5, SAVOIR, run.body - 1.3, "r", (0.2, 0.2, 0.2))
    footer(pen, 1)


SAVOIR = (
    "Vos enfants mineurs peuvent être rattachés à vos droits : signalez-les à votre caisse "
    "après réception de votre numéro. Si vous percevez une pension d'un régime étranger, "
    "cochez « Autre situation » et précisez-le."
)

CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "je m'engage à informer sans délai ma caisse d'assurance maladie de tout changement "
    "dans ma situation (adresse, activité professionnelle, situation de séjour)."
)
FRAUDE = (
    "La loi punit quiconque se rend coupable de fraude ou de fausse déclaration "
    "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-13 du "
    "code de la sécurité sociale). Une fausse déclaration peut aussi entraîner une pénalité "
    "financière (article L. 114-17-1 du code de la sécurité sociale)."
)
PIECES = [
    "une pièce d'identité en cours de validité : passeport, ou carte nationale d'identité "
    "si vous êtes ressortissant de l'Union européenne, de l'EEE ou de la Suisse ;",
    "si vous êtes ressortissant d'un autre pays : votre titre de séjour, votre visa long "
    "séjour valant titre de séjour (VLS-TS) ou le récépissé de votre demande ;",
    "votre acte de naissance (copie intégrale ou extrait avec filiation) ; s'il a été "
    "établi à l'étranger, revêtu de l'apostille ou légalisé selon le pays ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail de location, "
    "ou trois factures successives (électricité, gaz, eau, téléphone, internet) à votre nom, "
    "ou attestation d'hébergement avec la pièce d'identité de l'hébergeant et son "
    "justificatif de domicile ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire "
    "(activité non salariée : justificatif d'inscription de votre entreprise).",
]
ENVOI = (
    "Adressez ce formulaire rempli et signé, avec les photocopies des pièces justificatives, "
    "à la caisse primaire d'assurance maladie (CPAM) de votre lieu de résidence. Vous trouverez "
    "son adresse sur ameli.fr, rubrique « Adresses et contacts », ou au 36 46 (service gratuit "
    "+ prix d'un appel). Conservez une copie de votre demande."
)
CNIL = (
    "Les informations recueillies sont nécessaires au traitement de votre demande par "
    "l'Assurance Maladie. Conformément au règlement (UE) 2016/679 et à la loi n° 78-17 du "
    "6 janvier 1978 modifiée, vous disposez d'un droit d'accès et de rectification des "
    "données vous concernant, auprès du délégué à la protection des données de votre caisse."
)


def draw_page2(pen: Pen, slots: dict) -> None:
    run = pen.run
    ml = run.ml
    right = PAGE_W - ml
    g = run.gap
    pen.text(
        ml,
        13,
        "Demande d'ouverture des droits à l'assurance maladie (suite)",
        8,
        "i",
        (0.3, 0.3, 0.3),
    )
    pen.text(right, 13, "cerfa n° 15763*02", 8, "b", (0.3, 0.3, 0.3), "r")
    y = 18.0
    y = section_header(pen, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = pen.para(ml, y + 1.5, right - ml, CERTIF, run.body + 0.4, "r", BLACK)
    y = pen.para(ml, y + 1.5, right - ml, FRAUDE, run.body - 0.9, "i", (0.2, 0.2, 0.2))
    y += 6.0 * g
    # "Fait à ... le ..." on one line
    size = run.body + 1.2
    pen.text(ml, y, "Fait à", size, "b")
    x0 = ml + pen.width("Fait à", size, "b") + 2
    slots["place"] = field_line(pen, x0, x0 + 62, y + 0.6)
    lx = x0 + 66
    pen.text(lx, y, "le", size, "b")
    slots["date"] = field_line(pen, lx + pen.width("le", size, "b") + 2, lx + 52, y + 0.6)
    y += 5.0 * g
    w, h = run.sig_w, run.sig_h
    sx = right - w if run.sig_right else ml
    if run.sig_label_inside:
        pen.rect(sx, y, w, h, lw=run.lw * 1.3)
        pen.text(sx + 2.0, y + 4.0, "Signature", run.body + 0.6, "b")
        slots["sig"] = {"kind": "rect", "x": sx, "y": y, "w": w, "h": h, "label_inside": True}
    else:
        label = "Signature du demandeur" if run.seed % 2 else "Signature"
        pen.text(sx, y + 3.0, label, run.body + 0.6, "b")
        y += 4.6
        pen.rect(sx, y, w, h, lw=run.lw * 1.3)
        slots["sig"] = {"kind": "rect", "x": sx, "y": y, "w": w, "h": h, "label_inside": False}
    if run.sig_right:
        pen.para(
            ml,
            y + 6,
            w * 0.9 if right - w - ml > w * 0.9 else right - w - ml - 6,
            "Signez dans le cadre ci-contre. Si vous ne savez pas signer, un tiers peut "
            "attester de votre demande en indiquant ses nom et qualité.",
            run.body - 1.0,
            "i",
            (0.3, 0.3, 0.3),
        )
    y += h + 8.0 * g

    # --- pièces justificatives
    acc = pen.accent
    pen.line(ml, y, right, y, lw=1.2, color=acc)
    y += 5.2
    pen.text(ml, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10, "b", acc)
    y += 4.8
    pen.text(
        ml, y, "Envoyez uniquement des photocopies, jamais les originaux.", run.body - 0.4, "i"
    )
    y += 5.0
    for item in PIECES:
        pen.text(ml + 1.5, y, "•", run.body + 1)
        y = pen.para(ml + 5, y, right - ml - 6, item, run.body, "r")
        y += 1.4 * g
    y += 5.0 * g

    # --- cadre réservé
    bh = 27.0
    pen.rect(ml, y, right - ml, bh, lw=0.7, stroke=(0.2, 0.2, 0.2), fill=(0.95, 0.95, 0.95))
    pen.text(ml + 2.5, y + 5.0, "Cadre réservé à l'organisme", 9, "b")
    yy = y + 11.5
    pen.text(ml + 2.5, yy, "Date de réception :", run.body)
    pen.text(ml + 31, yy, "___ / ___ / ______", run.body)
    pen.text(ml + 70, yy, "Pièces vérifiées :", run.body)
    bxx = ml + 70 + pen.width("Pièces vérifiées :", run.body) + 2
    pen.rect(bxx, yy - 3.0, 3.2, 3.2, lw=0.5)
    pen.text(bxx + 4.2, yy, "oui", run.body)
    pen.rect(bxx + 11, yy - 3.0, 3.2, 3.2, lw=0.5)
    pen.text(bxx + 15.2, yy, "non", run.body)
    yy += 7.0
    pen.text(ml + 2.5, yy, "Matricule agent :", run.body)
    pen.line(ml + 29, yy + 0.6, ml + 62, yy + 0.6, lw=0.4, color=(0.3, 0.3, 0.3))
    pen.text(ml + 70, yy, "Observations :", run.body)
    pen.line(ml + 92, yy + 0.6, right - 30, yy + 0.6, lw=0.4, color=(0.3, 0.3, 0.3))
    pen.rect(right - 26, y + 3, 23, bh - 6, lw=0.4, stroke=(0.5, 0.5, 0.5))
    pen.text(right - 14.5, y + bh - 5, "cachet", 6.5, "i", (0.5, 0.5, 0.5), "c")
    y += bh + 8.0
    pen.text(ml, y, "OÙ ENVOYER VOTRE DEMANDE ?", 9, "b", acc)
    y += 4.6
    y = pen.para(ml, y, right - ml, ENVOI, run.body - 0.3, "r")
    y += 5.0
    pen.para(ml, y, right - ml, CNIL, 6.4, "r", (0.3, 0.3, 0.3), 7.8)
    footer(pen, 2)
