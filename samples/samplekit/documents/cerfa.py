"""The official application form, cerfa 15763*02 (ameli reference S1106), two A4 pages.

Laid out from the form's description (issue 11), not from the project's older rendering
(``form.py``): page 1 has the header, section A "VOUS" with comb boxes (one capital a box)
and section B "VOTRE SITUATION" with its tick boxes; page 2 has section C "VOS
ENGAGEMENTS ET SIGNATURE" (certification, "Fait à ... le ...", a framed signature box),
the list of documents to join, the "Cadre réservé à l'organisme" and the footer.

The layout draws the printed form and hands every value to a :class:`Filler`, which
decides how it is put on paper:

* :class:`Blank`: nothing (the form as downloaded);
* :class:`Hand`: a person's pen: capitals one per comb box in a handwriting font with
  jitter, ticks and crosses in the boxes, the date and place, a signature (or a stray
  mark) in the box;
* :class:`Typed`: typed on screen in a PDF editor, then printed; section C keys can be
  handed to a :class:`Hand` (signed and dated by pen after printing);
* :class:`Fields`: draws no value but records each one with its box, for the fillable
  PDF (AcroForm fields, see ``cerfa_variants.write_acroform``).

Values given to the filler are what the person meant to write; the filler may write
them its own way (capitals without accents, say).
"""

from __future__ import annotations

import math
import random
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from PIL import Image, ImageDraw

from ..output import PageSpec
from ..page import BLACK, GREY, INK_BLUE, LIGHT, MM_PER_PT, RGB, Surface, _pil_font, scribble_points
from .common import Person, country_fr, nationality_fr
from .form import AMELI_BLUE, banner

SITUATIONS = ("salaried", "self_employed", "job_seeker", "student", "inactive", "other")
"""The boxes of section B, top to bottom."""
EMPLOYMENT_STATUS = {  # as data/application_form.toml reads section B
    "salaried": "employed",
    "self_employed": "other",
    "job_seeker": "not_employed",
    "student": "not_employed",
    "inactive": "not_employed",
    "other": "other",
}
CONTRACTS = ("CDI", "CDD", "Intérim", "Apprentissage", "Autre")
"""The contract-type boxes under "activité salariée"."""

PARTICLES = {"DA", "DE", "DI", "DO", "DOS", "DAS", "DEL", "LA", "LE", "VAN", "VON", "EL", "AL"}
"""Words a signature skips to reach the surname proper ("DA SILVA" signs "Silva")."""

SignMark = Literal["signature", "none", "dot", "stroke"]
"""What is in the signature box: a signature, nothing, a stray dot, a short stray stroke."""

CELL = 4.8  # comb cell width, mm
CELL_H = 6.0
COMB_X = 66.0  # where the name combs start
SIG_BOX = (108.0, 73.0, 90.0, 34.0)
"""x, y, w, h of the framed signature box on page 2 (mm)."""


@dataclass(frozen=True)
class CerfaContent:
    """What the applicant writes on the form."""

    person: Person = field(default_factory=Person)
    usage_name: str = ""
    situations: tuple[str, ...] = ("salaried",)
    """Ticked boxes of section B (none, one, or two for a muddled form)."""
    contract_type: str = "CDI"  # one of CONTRACTS, for "salaried"
    profession: str = "Ingénieure logiciel"
    employer: str = "Logiciels Mistral SAS"
    activity: str = ""  # self-employed: the activity
    other_text: str = ""
    arrival: str = ""  # DDMMYYYY in the comb of "sans activité", or ""
    nir: str = ""  # 15 digits with the key, or "" (usually left blank)
    phone: str = "0612345678"
    email: str = "emily.carter@example.com"
    place: str = "Paris"
    date_text: str = "10/11/2026"
    """The date as written after "le" ("" when missing)."""
    sign: SignMark = "signature"
    signature_label_inside: bool = False
    """The word "Signature" printed inside the frame (else above it)."""


# ---- fillers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comb:
    """A row of comb boxes: left x of each cell, top y, width and height of a cell."""

    xs: tuple[float, ...]
    y: float
    w: float = CELL
    h: float = CELL_H


class Filler:
    """Puts the values on the form. The default draws nothing (a blank form)."""

    target: Surface | None = None
    """Draw values here instead of the layout's surface (ink over a rendered page)."""

    def on(self, s: Surface) -> Surface:
        return self.target or s

    def comb(self, s: Surface, key: str, comb: Comb, value: str) -> None:
        pass

    def line(self, s: Surface, key: str, x: float, y: float, end: float, value: str) -> None:
        pass

    def box(self, s: Surface, key: str, x: float, y: float, size: float, checked: bool) -> None:
        pass

    def signature(self, s: Surface, c: CerfaContent) -> None:
        pass


Blank = Filler


INKS: dict[str, RGB] = {
    "blue": INK_BLUE,
    "ballpoint": (28, 52, 150),
    "black": (28, 28, 34),
}


def fold_accents(text: str) -> str:
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch))


@cache
def _glyph(ch: str, font: str, px: int) -> Image.Image:
    """A glyph on a transparent tile of 2px x 2px, its baseline centre at (px, 1.4 px)."""
    tile = Image.new("L", (2 * px, 2 * px), 0)
    ImageDraw.Draw(tile).text(
        (px, round(1.4 * px)), ch, font=_pil_font(font, px), fill=255, anchor="ms"
    )
    return tile


def pen_char(
    s: Surface,
    cx: float,
    y: float,
    ch: str,
    font: str,
    size: float,
    ink: RGB,
    angle: float,
    alpha: float,
) -> None:
    """One character with its baseline centre at (cx, y), turned by ``angle`` degrees."""
    dpi = getattr(s, "dpi", 300)
    px = max(8, round(size * dpi / 72))
    mask = _glyph(ch, font, px)
    if angle:
        mask = mask.rotate(angle, resample=Image.Resampling.BICUBIC, center=(px, round(1.4 * px)))
    if alpha < 1:
        mask = mask.point(lambda v: round(v * alpha))
    tile = Image.new("RGBA", mask.size, (*ink, 0))
    tile.putalpha(mask)
    side = 2 * px / dpi * 25.4
    s.image(cx - side / 2, y - 1.4 * px / dpi * 25.4, side, side, tile)


@dataclass
class Hand(Filler):
    """A person filling the form with a pen.

    ``keys``: only these keys are written (None: all), e.g. section C over a form typed on
    screen. ``caps``: lines written in capitals too. ``accents``: accents kept on capitals.
    """

    seed: int = 1
    font: str = "pen-print"
    size: float = 12.0
    ink: RGB = INK_BLUE
    tick: Literal["x", "check"] = "x"
    caps: bool = False
    accents: bool = True
    keys: frozenset[str] | None = None
    signature_font: str = "hand"
    signature_style: Literal["name", "initial", "scribble"] = "name"
    target: Surface | None = None
    rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def wants(self, key: str) -> bool:
        return self.keys is None or key in self.keys

    def _capitals(self, value: str) -> str:
        up = value.upper()
        return up if self.accents else fold_accents(up)

    def _char(self, s: Surface, cx: float, y: float, ch: str, size: float) -> None:
        r = self.rng
        pen_char(
            self.on(s),
            cx + r.uniform(-0.35, 0.35),
            y + r.uniform(-0.4, 0.4),
            ch,
            self.font,
            size * r.uniform(0.92, 1.06),
            self.ink,
            r.uniform(-5, 5),
            r.uniform(0.8, 1.0),
        )

    def write(self, s: Surface, x: float, y: float, text: str, size: float | None = None) -> float:
        """Running handwriting from x on baseline y (drifting a little); return its end."""
        r = self.rng
        size = size or self.size
        slope = r.uniform(-0.012, 0.012)
        x0 = x
        for ch in text:
            w = s.text_width(ch, self.font, size) * r.uniform(0.95, 1.08)
            if not ch.isspace():
                self._char(s, x + w / 2, y + (x - x0) * slope, ch, size)
            x += w + r.uniform(-0.05, 0.25)
        return x

    def comb(self, s: Surface, key: str, comb: Comb, value: str) -> None:
        if not self.wants(key):
            return
        base = comb.y + comb.h * 0.8
        for cx, ch in zip(comb.xs, self._capitals(value), strict=False):
            if not ch.isspace():
                self._char(s, cx + comb.w / 2, base, ch, self.size * 1.1)

    def line(self, s: Surface, key: str, x: float, y: float, end: float, value: str) -> None:
        if not (self.wants(key) and value):
            return
        text = value if key == "email" or not self.caps else self._capitals(value)
        size = self.size
        while size > 7 and s.text_width(text, self.font, size) * 1.05 > end - x - 2:
            size -= 0.5
        self.write(s, x + 1.5 + self.rng.uniform(0, 2), y - 0.6, text, size)

    def box(self, s: Surface, key: str, x: float, y: float, size: float, checked: bool) -> None:
        if self.wants(key) and checked:
            pen_tick(self.on(s), x, y, size, self.rng, self.tick, self.ink)

    def signature(self, s: Surface, c: CerfaContent) -> None:
        if not self.wants("signature") or c.sign == "none":
            return
        x, y, w, h = SIG_BOX
        top = y + (9 if c.signature_label_inside else 3)
        if c.sign == "signature":
            pen_signature(self.on(s), self, x + 6, top, w - 14, y + h - 3 - top, c.person)
        else:
            pen_stray(self.on(s), self.rng, x, top, w, y + h - top, c.sign, self.ink)


def pen_tick(
    s: Surface, x: float, y: float, size: float, rng: random.Random, style: str, ink: RGB
) -> None:
    """A tick or cross by hand in the box at x,y: crooked strokes that may overshoot."""

    def stroke(
        a: tuple[float, float], b: tuple[float, float], bend: float
    ) -> list[tuple[float, float]]:
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        nx, ny = -(b[1] - a[1]), b[0] - a[0]
        n = math.hypot(nx, ny) or 1
        pts = []
        for k in range(9):
            t = k / 8
            off = bend * 4 * t * (1 - t)
            px = (1 - t) ** 2 * a[0] + 2 * t * (1 - t) * mx + t * t * b[0]
            py = (1 - t) ** 2 * a[1] + 2 * t * (1 - t) * my + t * t * b[1]
            pts.append((px + off * nx / n, py + off * ny / n))
        return pts

    j = lambda m: rng.uniform(-m, m)  # noqa: E731
    width = rng.uniform(0.32, 0.5)
    if style == "x":
        over = rng.uniform(0.0, 0.9)
        s.polyline(
            stroke(
                (x - over + j(0.3), y - over + j(0.3)),
                (x + size + over + j(0.4), y + size + over + j(0.4)),
                j(0.4),
            ),
            color=ink,
            width=width,
        )
        s.polyline(
            stroke(
                (x + size + over + j(0.4), y - over + j(0.3)),
                (x - over + j(0.3), y + size + over + j(0.4)),
                j(0.4),
            ),
            color=ink,
            width=width,
        )
    else:
        low = (x + size * 0.42 + j(0.3), y + size * 0.9 + j(0.3))
        s.polyline(
            stroke((x + size * 0.05 + j(0.3), y + size * 0.45 + j(0.4)), low, j(0.2)),
            color=ink,
            width=width,
        )
        s.polyline(
            stroke(low, (x + size * 1.25 + j(0.6), y - size * 0.55 + j(0.6)), j(0.5)),
            color=ink,
            width=width,
        )


def pen_signature(
    s: Surface, hand: Hand, x: float, y: float, w: float, h: float, person: Person
) -> None:
    """A signature in box x,y,w,h: the name written fast in a script hand, sloping, letters
    uneven, closed by a paraph (the stroke that sweeps back under the name)."""
    r = hand.rng
    seed = r.randrange(1 << 30)
    ink = hand.ink
    width = r.uniform(0.3, 0.45)
    if hand.signature_style == "scribble":
        for pts in scribble_points(
            x, y + h * 0.1, w * 0.85, h * 0.8, seed, strokes=r.randint(2, 3)
        ):
            s.polyline(pts, color=ink, width=width)
        return
    words = [w for w in person.surname.replace("-", " ").split() if w not in PARTICLES]
    surname = (words or [person.surname])[0].capitalize()
    first = person.first_name
    text = f"{first[0]}. {surname}" if hand.signature_style == "initial" else f"{first} {surname}"
    font = hand.signature_font
    size = h / MM_PER_PT * r.uniform(0.5, 0.65)
    squeeze = r.uniform(0.78, 0.95)
    while size > 10 and s.text_width(text, font, size) * squeeze > w * 0.75:
        size -= 1
    angle = r.uniform(3, 14)
    rad = math.radians(angle)
    cx = x + w * r.uniform(0.03, 0.12)
    base = y + h * r.uniform(0.62, 0.75)
    start = (cx, base)
    for k, ch in enumerate(text):
        grow = r.uniform(1.05, 1.25) if k == 0 else r.uniform(0.85, 1.08)
        cw = s.text_width(ch, font, size * grow) * squeeze
        if not ch.isspace():
            pen_char(
                s, cx + cw / 2, base, ch, font, size * grow, ink, angle + r.uniform(-4, 4), 1.0
            )
        cx += cw * math.cos(rad)
        base -= cw * math.sin(rad)
    # the paraph: from the last letter down and back under the name, then off to the right
    end = (cx + r.uniform(1, 4), base + r.uniform(-1, 1))
    low = y + h * r.uniform(0.85, 0.97)
    p1 = (end[0] + r.uniform(2, 8), low + r.uniform(-2, 2))
    p2 = (start[0] - r.uniform(0, 6), low + r.uniform(-1, 3))
    p3 = (start[0] + (end[0] - start[0]) * r.uniform(0.25, 0.9), low - h * r.uniform(0.02, 0.12))
    pts = []
    for k in range(40):
        t = k / 39
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        pts.append(
            (
                a * end[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * end[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    pts = [(min(max(px, x + 1), x + w + 4), min(max(py, y + 1), y + h + 1)) for px, py in pts]
    s.polyline(pts, color=ink, width=width)


def pen_stray(
    s: Surface, rng: random.Random, x: float, y: float, w: float, h: float, kind: str, ink: RGB
) -> None:
    """Not a signature: a pen rested on the paper (a dot) or slipped (a short stroke)."""
    cx, cy = x + w * rng.uniform(0.25, 0.75), y + h * rng.uniform(0.3, 0.7)
    if kind == "dot":
        d = rng.uniform(0.6, 1.0)
        s.ellipse(cx, cy, d, d * rng.uniform(0.8, 1.1), outline=None, fill=ink)
    else:
        length, ang = rng.uniform(2.5, 4.5), rng.uniform(-0.6, 0.6)
        pts = [
            (cx + length * t * math.cos(ang), cy + length * t * math.sin(ang) + 0.3 * t * (1 - t))
            for t in (0, 0.25, 0.5, 0.75, 1)
        ]
        s.polyline(pts, color=ink, width=rng.uniform(0.3, 0.45))


@dataclass
class Typed(Filler):
    """Values typed on screen in a PDF editor, then printed. ``aligned``: one character per
    comb cell (else typed as a plain string over the comb). Keys in ``hand.keys`` are left
    to the pen (section C signed and dated after printing)."""

    font: str = "sans"
    size: float = 10.5
    ink: RGB = BLACK
    aligned: bool = True
    mark: str = "X"
    hand: Hand | None = None
    target: Surface | None = None

    def _pen(self, key: str) -> bool:
        return self.hand is not None and self.hand.wants(key)

    def comb(self, s: Surface, key: str, comb: Comb, value: str) -> None:
        if self._pen(key):
            self.hand.comb(s, key, comb, value)  # type: ignore[union-attr]
            return
        base = comb.y + comb.h * 0.75
        if not self.aligned:
            self.on(s).text(
                comb.xs[0] + 1.0, base, value.upper(), self.font, self.size, color=self.ink
            )
            return
        for cx, ch in zip(comb.xs, value.upper(), strict=False):
            self.on(s).text(
                cx + comb.w / 2, base, ch, self.font, self.size, color=self.ink, align="center"
            )

    def line(self, s: Surface, key: str, x: float, y: float, end: float, value: str) -> None:
        if self._pen(key):
            self.hand.line(s, key, x, y, end, value)  # type: ignore[union-attr]
        elif value:
            self.on(s).fit_text(
                x + 2, y - 0.4, value, end - x - 3, self.font, self.size, color=self.ink
            )

    def box(self, s: Surface, key: str, x: float, y: float, size: float, checked: bool) -> None:
        if self._pen(key):
            self.hand.box(s, key, x, y, size, checked)  # type: ignore[union-attr]
        elif checked:
            self.on(s).text(
                x + size / 2,
                y + size * 0.85,
                self.mark,
                "dejavu-bold",
                size / MM_PER_PT * 0.95,
                color=self.ink,
                align="center",
            )

    def signature(self, s: Surface, c: CerfaContent) -> None:
        if self.hand is not None:
            self.hand.signature(s, c)


@dataclass(frozen=True)
class FieldBox:
    """One fillable field: its key, page (0-based), box in mm, kind and value."""

    key: str
    page: int
    x: float
    y: float
    w: float
    h: float
    kind: Literal["text", "comb", "check"]
    value: str = ""
    checked: bool = False
    cells: int = 0


@dataclass
class Fields(Filler):
    """Records the values as fillable fields instead of drawing them; a signature (an image
    pasted into the page) is drawn by ``hand`` when the content is signed."""

    hand: Hand | None = None
    page: int = 0
    boxes: list[FieldBox] = field(default_factory=list)

    def comb(self, s: Surface, key: str, comb: Comb, value: str) -> None:
        width = comb.xs[-1] + comb.w - comb.xs[0]
        self.boxes.append(
            FieldBox(
                key, self.page, comb.xs[0], comb.y, width, comb.h, "comb", value, cells=len(comb.xs)
            )
        )

    def line(self, s: Surface, key: str, x: float, y: float, end: float, value: str) -> None:
        self.boxes.append(FieldBox(key, self.page, x + 1, y - 5, end - x - 1, 6, "text", value))

    def box(self, s: Surface, key: str, x: float, y: float, size: float, checked: bool) -> None:
        self.boxes.append(FieldBox(key, self.page, x, y, size, size, "check", checked=checked))

    def signature(self, s: Surface, c: CerfaContent) -> None:
        if self.hand is not None:
            self.hand.signature(s, c)


# ---- the printed form ---------------------------------------------------------------------


def comb_row(s: Surface, x: float, y: float, groups: tuple[int, ...], gap: float = 2.5) -> Comb:
    """Draw comb boxes (groups of cells separated by ``gap``); return their geometry."""
    xs: list[float] = []
    cx = x
    for g, n in enumerate(groups):
        if g:
            cx += gap
        for _ in range(n):
            xs.append(cx)
            cx += CELL
    for cx in xs:
        s.rect(cx, y, CELL, CELL_H, width=0.2)
    return Comb(tuple(xs), y)


def _label(s: Surface, x: float, y: float, text: str, hint: str = "") -> float:
    w = s.text(x, y, text, "sans-bold", 8.5)
    if hint:
        w += 1 + s.text(x + w + 1, y, hint, "sans", 7, color=GREY)
    return w


def _rule(s: Surface, x: float, y: float, end: float) -> None:
    s.line(x, y + 0.8, end, y + 0.8, color=(120, 120, 120), width=0.15)


def _header(s: Surface, big: bool) -> None:
    # République française block: a tricolour bar and the motto
    for k, col in enumerate(((0, 35, 149), (255, 255, 255), (237, 41, 57))):
        s.rect(12 + 4 * k, 9, 4, 3, outline=None, fill=col)
    s.text(12, 16, "RÉPUBLIQUE", "sans-bold", 6.5)
    s.text(12, 19, "FRANÇAISE", "sans-bold", 6.5)
    s.text(12, 22, "Liberté Égalité Fraternité", "sans-italic", 4.5)
    s.logo(44, 9, 20, 12, fill=AMELI_BLUE, text="ameli", size=12)
    s.text(67, 14, "l'Assurance", "sans-bold", 10, color=AMELI_BLUE)
    s.text(67, 19, "Maladie", "sans-bold", 10, color=AMELI_BLUE)
    s.logo(160, 9, 16, 7, fill=BLACK, text="cerfa", size=10)
    s.rect(160, 17, 38, 6, width=0.3)
    s.text(179, 21.6, "N° 15763*02", "sans-bold", 9, align="center")
    if not big:
        return
    s.text(
        105,
        32,
        "Demande d'ouverture des droits à l'assurance maladie",
        "sans-bold",
        13.5,
        align="center",
        color=AMELI_BLUE,
    )
    s.text(105, 38, "Protection universelle maladie (PUMa)", "sans-bold", 10.5, align="center")
    s.text(
        105,
        42.5,
        "Articles L. 160-1, L. 160-5, L. 161-15-1, R. 111-2 et D. 160-2 du code de la sécurité sociale",
        "sans-italic",
        7,
        align="center",
        color=GREY,
    )


def _footer(s: Surface, page_no: int) -> None:
    s.line(12, 284, 198, 284, color=GREY, width=0.2)
    s.text(
        105,
        289,
        f"S1106 — cerfa n° 15763*02 — page {page_no}/2",
        "sans",
        7,
        color=GREY,
        align="center",
    )


NOTICE = (
    "Vous travaillez en France, ou vous y résidez de manière stable et régulière depuis plus de trois "
    "mois, et vous n'êtes pas encore couvert(e) par l'assurance maladie : remplissez ce formulaire en "
    "lettres capitales, une lettre par case, à l'encre noire ou bleue, datez-le, signez-le et adressez-le "
    "à la caisse primaire d'assurance maladie de votre lieu de résidence avec les pièces justificatives "
    "listées en page 2. Les informations demandées sont nécessaires à l'examen de vos droits."
)


def page1(c: CerfaContent, f: Filler) -> PageSpec:
    p = c.person
    dob = p.birth_date.strftime("%d%m%Y")

    def draw(s: Surface) -> None:
        _header(s, big=True)
        s.rect(12, 45.5, 186, 16, outline=GREY, fill=(244, 246, 250), width=0.2)
        s.paragraph(14, 49, 178, NOTICE, "sans", 6.8, color=(60, 60, 60))
        banner(s, 64, "A", "VOUS")
        y = 79.0
        for key, label, hint, value in (
            ("surname", "Nom de naissance", "", p.surname),
            ("usage_name", "Nom d'usage", "(facultatif)", c.usage_name),
            ("given_names", "Prénom(s)", "", p.given_names),
        ):
            _label(s, 12, y, label, hint)
            f.comb(s, key, comb_row(s, COMB_X, y - 4.5, (27,)), value)
            y += 9.5
        _label(s, 12, y, "Sexe")
        s.text(25, y, "F", "sans", 8.5)
        s.rect(29, y - 3.4, 3.8, 3.8, width=0.25)
        f.box(s, "sex_f", 29, y - 3.4, 3.8, p.sex == "F")
        s.text(37, y, "M", "sans", 8.5)
        s.rect(41.5, y - 3.4, 3.8, 3.8, width=0.25)
        f.box(s, "sex_m", 41.5, y - 3.4, 3.8, p.sex == "M")
        _label(s, 66, y, "Date de naissance")
        date_comb(s, f, "dob", 96, y, dob)
        y += 10.5
        _label(s, 12, y, "Lieu de naissance", "(commune, pays)")
        _rule(s, 62, y, 198)
        f.line(s, "birth_place", 62, y, 198, f"{p.birth_place}, {country_fr(p.birth_country)}")
        y += 9
        _label(s, 12, y, "Nationalité")
        _rule(s, 32, y, 110)
        f.line(s, "nationality", 32, y, 110, nationality_fr(p.nationality))
        y += 9
        _label(s, 12, y, "N° de sécurité sociale", "(si vous en avez un)")
        nir = comb_row(s, 82, y - 4.5, (1, 2, 2, 2, 3, 3), gap=1.6)
        f.comb(s, "nir", nir, c.nir[:13])
        s.text(nir.xs[-1] + CELL + 3, y, "clé", "sans", 7.5, color=GREY)
        f.comb(s, "nir_key", comb_row(s, nir.xs[-1] + CELL + 8.5, y - 4.5, (2,)), c.nir[13:])
        y += 9.5
        _label(s, 12, y, "Adresse")
        _rule(s, 28, y, 198)
        f.line(s, "address", 28, y, 198, p.address.street)
        y += 9.5
        _label(s, 12, y, "Code postal")
        f.comb(s, "postcode", comb_row(s, 34, y - 4.5, (5,)), p.address.postcode)
        _label(s, 66, y, "Commune")
        _rule(s, 82, y, 198)
        f.line(s, "city", 82, y, 198, p.address.city)
        y += 9.5
        _label(s, 12, y, "Téléphone")
        f.comb(s, "phone", comb_row(s, 32, y - 4.5, (2, 2, 2, 2, 2), gap=1.2), c.phone)
        _label(s, 94, y, "E-mail")
        _rule(s, 106, y, 198)
        f.line(s, "email", 106, y, 198, c.email)
        _situation(s, c, f, 176)
        _footer(s, 1)

    return PageSpec(draw)


def date_comb(s: Surface, f: Filler, key: str, x: float, y: float, ddmmyyyy: str) -> float:
    """JJ MM AAAA comb boxes with their captions; return the right end."""
    comb = comb_row(s, x, y - 4.5, (2, 2, 4), gap=3.0)
    for text, at in (("JJ", 0), ("MM", 2), ("AAAA", 4)):
        width = CELL * (4 if text == "AAAA" else 2)
        s.text(comb.xs[at] + width / 2, y + 4.0, text, "sans", 5.5, color=GREY, align="center")
    f.comb(s, f"{key}_d", Comb(comb.xs[:2], comb.y), ddmmyyyy[:2])
    f.comb(s, f"{key}_m", Comb(comb.xs[2:4], comb.y), ddmmyyyy[2:4])
    f.comb(s, f"{key}_y", Comb(comb.xs[4:], comb.y), ddmmyyyy[4:])
    return comb.xs[-1] + CELL


def _tick_row(
    s: Surface, f: Filler, c: CerfaContent, key: str, y: float, text: str, hint: str = ""
) -> None:
    s.rect(14, y - 3.4, 3.8, 3.8, width=0.25)
    f.box(s, f"sit_{key}", 14, y - 3.4, 3.8, key in c.situations)
    w = s.text(21, y, text, "sans-bold", 8.8)
    if hint:
        s.text(21 + w + 1.2, y, hint, "sans", 7.3, color=GREY)


def _situation(s: Surface, c: CerfaContent, f: Filler, y: float) -> None:
    banner(s, y, "B", "VOTRE SITUATION")
    y += 13
    s.text(
        12,
        y,
        "Cochez la case correspondant à votre situation actuelle (une seule case).",
        "sans-italic",
        8,
        color=GREY,
    )
    y += 7.5
    salaried = "salaried" in c.situations
    _tick_row(s, f, c, "salaried", y, "Vous exercez une activité salariée en France")
    y += 7
    s.text(21, y, "Type de contrat :", "sans", 8.3)
    x = 46.0
    for name in CONTRACTS:
        s.rect(x, y - 3.2, 3.5, 3.5, width=0.22)
        f.box(
            s,
            f"contract_{fold_accents(name).lower()}",
            x,
            y - 3.2,
            3.5,
            salaried and c.contract_type == name,
        )
        x += 5 + s.text(x + 5, y, name, "sans", 8.3) + 5
    y += 7.5
    s.text(21, y, "Profession :", "sans", 8.3)
    _rule(s, 39, y, 110)
    f.line(s, "profession", 39, y, 110, c.profession if salaried else "")
    s.text(113, y, "Employeur :", "sans", 8.3)
    _rule(s, 130, y, 198)
    f.line(s, "employer", 130, y, 198, c.employer if salaried else "")
    y += 9.5
    _tick_row(
        s,
        f,
        c,
        "self_employed",
        y,
        "Vous exercez une activité non salariée en France",
        "(travailleur indépendant, micro-entrepreneur)",
    )
    y += 7
    s.text(21, y, "Activité exercée :", "sans", 8.3)
    _rule(s, 47, y, 198)
    f.line(s, "activity", 47, y, 198, c.activity if "self_employed" in c.situations else "")
    y += 9.5
    _tick_row(
        s,
        f,
        c,
        "job_seeker",
        y,
        "Vous êtes demandeur(se) d'emploi",
        "(inscrit(e) à France Travail)",
    )
    y += 8.5
    _tick_row(s, f, c, "student", y, "Vous êtes étudiant(e)")
    y += 8.5
    _tick_row(s, f, c, "inactive", y, "Vous n'exercez pas d'activité professionnelle")
    y += 4.5
    s.text(
        21,
        y,
        "et vous résidez en France de manière stable et régulière depuis plus de trois mois",
        "sans",
        7.3,
        color=GREY,
    )
    y += 7.5
    s.text(21, y, "Date d'arrivée en France :", "sans", 8.3)
    date_comb(s, f, "arrival", 58, y, c.arrival if "inactive" in c.situations else "")
    y += 10.5
    _tick_row(s, f, c, "other", y, "Autre situation, précisez :")
    _rule(s, 64, y, 198)
    f.line(s, "other_text", 64, y, 198, c.other_text if "other" in c.situations else "")


CERTIFICATION = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement de ma situation "
    "(adresse, activité, résidence)."
)
PENALTIES = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou "
    "de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). En outre, "
    "l'inexactitude ou le caractère incomplet des déclarations peuvent être sanctionnés par une "
    "pénalité financière (article L. 114-17-1 du code de la sécurité sociale)."
)
PIECES = (
    (
        "Une pièce d'identité en cours de validité : passeport ou carte nationale d'identité "
        "(ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;",
        (),
    ),
    (
        "Si vous n'êtes pas ressortissant(e) européen(ne), un justificatif de régularité du séjour :",
        (
            "titre de séjour ou carte de résident ;",
            "visa long séjour valant titre de séjour (VLS-TS) ;",
            "récépissé de demande de titre de séjour ;",
        ),
    ),
    (
        "Un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé "
        "le cas échéant ;",
        (),
    ),
    (
        "Un justificatif de résidence en France depuis plus de trois mois, au choix :",
        (
            "bail de location à votre nom ;",
            "trois factures successives (électricité, gaz, eau, téléphone, internet) ;",
            "attestation d'hébergement, avec la pièce d'identité et un justificatif de domicile de l'hébergeant ;",
        ),
    ),
    ("Un relevé d'identité bancaire (RIB) à votre nom ;", ()),
    ("Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.", ()),
)
RGPD = (
    "Les informations recueillies sont destinées à l'examen de vos droits à l'assurance maladie. "
    "Conformément au règlement général sur la protection des données et à la loi n° 78-17 du 6 janvier "
    "1978 modifiée, vous disposez d'un droit d'accès et de rectification aux données vous concernant, "
    "auprès du délégué à la protection des données de votre caisse."
)


def page2(c: CerfaContent, f: Filler) -> PageSpec:
    def draw(s: Surface) -> None:
        _header(s, big=False)
        banner(s, 28, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = s.paragraph(12, 42, 186, CERTIFICATION, "sans-bold", 8.8)
        y = s.paragraph(12, y + 0.5, 180, PENALTIES, "sans", 7, color=GREY)
        y = 66.5
        w = s.text(12, y, "Fait à", "sans", 9.5)
        _rule(s, 13 + w, y, 88)
        f.line(s, "place", 13 + w, y, 88, c.place)
        s.text(92, y, "le", "sans", 9.5)
        _rule(s, 97, y, 150)
        f.line(s, "date", 97, y, 150, c.date_text)
        x0, y0, w0, h0 = SIG_BOX
        s.rect(x0, y0, w0, h0, width=0.35)
        if c.signature_label_inside:
            s.text(x0 + 2.5, y0 + 5, "Signature", "sans-bold", 8.5)
        else:
            s.text(x0, y0 - 1.5, "Signature", "sans-bold", 8.5)
        s.text(12, 79, "Signature du demandeur (ou de son", "sans", 7, color=GREY)
        s.text(12, 82.5, "représentant légal) dans le cadre ci-contre.", "sans", 7, color=GREY)
        f.signature(s, c)
        y = _pieces(s, 116) + 4
        s.rect(12, y, 186, 17, outline=GREY, width=0.2)
        s.text(14, y + 4, "Informatique et libertés", "sans-bold", 7.5)
        s.paragraph(14, y + 7.5, 176, RGPD, "sans", 6.5, color=GREY)
        _office(s, 242)
        _footer(s, 2)

    return PageSpec(draw)


def _pieces(s: Surface, y: float) -> float:
    s.rect(12, y, 186, 8, outline=None, fill=LIGHT)
    s.text(15, y + 5.6, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sans-bold", 10)
    y += 14
    s.text(
        12,
        y,
        "Joignez des photocopies lisibles ; n'envoyez jamais les originaux.",
        "sans-italic",
        7.5,
        color=GREY,
    )
    y += 6
    for text, subs in PIECES:
        s.text(14, y, "•", "sans-bold", 9)
        y = s.paragraph(18, y, 176, text, "sans", 8.8)
        for sub in subs:
            s.text(21, y, "–", "sans", 8.5)
            y = s.paragraph(25, y, 168, sub, "sans", 8.5)
        y += 1.8
    return y


def _office(s: Surface, y: float) -> None:
    s.rect(12, y, 186, 36, outline=GREY, fill=(240, 240, 240), width=0.3)
    s.text(15, y + 6, "Cadre réservé à l'organisme", "sans-bold", 9)
    s.text(15, y + 15, "Date de réception :", "sans", 8.3)
    for k in range(3):
        s.rect(44 + k * 12, y + 11, 10, 5.5, outline=GREY, fill=(255, 255, 255), width=0.2)
    s.text(110, y + 15, "Pièces vérifiées :", "sans", 8.3)
    for k, word in enumerate(("oui", "non")):
        s.rect(137 + k * 18, y + 12, 3.5, 3.5, outline=GREY, fill=(255, 255, 255), width=0.2)
        s.text(142 + k * 18, y + 15, word, "sans", 8.3)
    s.text(15, y + 26, "Matricule agent :", "sans", 8.3)
    s.rect(44, y + 22, 48, 5.5, outline=GREY, fill=(255, 255, 255), width=0.2)
    s.text(110, y + 26, "Cachet de l'organisme :", "sans", 8.3)


def cerfa_pages(c: CerfaContent, f: Filler | None = None) -> list[PageSpec]:
    """The two pages of the cerfa 15763*02, filled by ``f`` (blank by default)."""
    f = f or Filler()
    return [page1(c, f), page2(c, f)]
