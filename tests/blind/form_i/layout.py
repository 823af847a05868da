"""Our own drawing of the two-page PUMa application form (cerfa 15763*02, S1106).

The layout follows the public description of the form (header with
"l'Assurance Maladie" and the cerfa box, section A "VOUS", section B
"VOTRE SITUATION", page 2 with section C, the list of supporting documents and
the "cadre réservé à l'organisme"). Each "print run" (Style) varies fonts, line
weights, box sizes and spacing a little, as real print-outs and photocopies do.

Coordinates are millimetres from the top-left corner of an A4 page. Drawing a
page returns the anchors (field rectangles, comb cells, tick boxes) that the
typed, fillable and handwritten fillers use.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 210.0, 297.0

TTF = "/usr/share/fonts/truetype"
FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "liberation": (
        f"{TTF}/liberation/LiberationSans-Regular.ttf",
        f"{TTF}/liberation/LiberationSans-Bold.ttf",
        f"{TTF}/liberation/LiberationSans-Italic.ttf",
    ),
    "roboto": (
        f"{TTF}/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
        f"{TTF}/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
        f"{TTF}/roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    ),
    "opensans": (
        f"{TTF}/open-sans/OpenSans-Regular.ttf",
        f"{TTF}/open-sans/OpenSans-Bold.ttf",
        f"{TTF}/open-sans/OpenSans-Italic.ttf",
    ),
    "lato": (
        f"{TTF}/lato/Lato-Regular.ttf",
        f"{TTF}/lato/Lato-Bold.ttf",
        f"{TTF}/lato/Lato-Italic.ttf",
    ),
    "carlito": (
        f"{TTF}/crosextra/Carlito-Regular.ttf",
        f"{TTF}/crosextra/Carlito-Bold.ttf",
        f"{TTF}/crosextra/Carlito-Italic.ttf",
    ),
    "dejavucond": (
        f"{TTF}/dejavu/DejaVuSansCondensed.ttf",
        f"{TTF}/dejavu/DejaVuSansCondensed-Bold.ttf",
        f"{TTF}/dejavu/DejaVuSansCondensed-Oblique.ttf",
    ),
}

# fonts used to type values into the form (word processor, PDF editor)
TYPED_FONTS = {
    "helv": "Helvetica",
    "courier": "Courier",
    "times": "Times-Roman",
    "liberation": f"{TTF}/liberation/LiberationSans-Regular.ttf",
    "dejavumono": f"{TTF}/dejavu/DejaVuSansMono.ttf",
    "carlito": f"{TTF}/crosextra/Carlito-Regular.ttf",
}

_REGISTERED: dict[str, str] = {}


def font_name(path_or_name: str) -> str:
    """Register a TTF once and return its reportlab name (built-ins pass through)."""
    if not path_or_name.startswith("/"):
        return path_or_name
    if path_or_name not in _REGISTERED:
        name = "F" + str(len(_REGISTERED)) + "_" + path_or_name.rsplit("/", 1)[1].split(".")[0]
        pdfmetrics.registerFont(TTFont(name, path_or_name))
        _REGISTERED[path_or_name] = name
    return _REGISTERED[path_or_name]


@dataclass
class Style:
    family: str = "helv"
    accent: tuple = (0.05, 0.27, 0.6)
    lw: float = 0.6
    margin: float = 15.0
    row: float = 8.2
    comb: float = 5.0
    fieldstyle: str = "underline"
    header: str = "band"
    name_comb: bool = False
    sig_label_inside: bool = False
    date_comb: bool = False
    pj_boxes: bool = False
    scale: float = 1.0
    logo: int = 0
    sig_w: float = 85.0
    sig_h: float = 32.0
    dy: float = 0.0
    dx: float = 0.0
    rf_block: bool = True


def random_style(rng: random.Random, **force) -> Style:
    accents = [
        (0.05, 0.27, 0.6),
        (0.0, 0.33, 0.62),
        (0.12, 0.2, 0.5),
        (0.02, 0.4, 0.7),
        (0.25, 0.25, 0.25),  # black and white photocopy master
    ]
    st = Style(
        family=rng.choice(sorted(FAMILIES)),
        accent=accents[rng.randrange(len(accents))],
        lw=round(rng.uniform(0.45, 0.95), 2),
        margin=round(rng.uniform(12.5, 17.0), 1),
        row=round(rng.uniform(7.6, 8.8), 2),
        comb=round(rng.uniform(4.6, 5.5), 2),
        fieldstyle=rng.choice(["underline", "box", "shaded", "dotted"]),
        header=rng.choice(["band", "tab", "rule"]),
        name_comb=rng.random() < 0.3,
        sig_label_inside=rng.random() < 0.45,
        date_comb=rng.random() < 0.35,
        pj_boxes=rng.random() < 0.4,
        scale=round(rng.uniform(0.96, 1.04), 3),
        logo=rng.randrange(3),
        sig_w=round(rng.uniform(75, 95), 1),
        sig_h=round(rng.uniform(27, 38), 1),
        dy=round(rng.uniform(-1.5, 1.5), 2),
        dx=round(rng.uniform(-1.2, 1.2), 2),
        rf_block=rng.random() < 0.6,
    )
    for k, v in force.items():
        setattr(st, k, v)
    return st


@dataclass
class Anchor:
    kind: str  # line | comb | box | sig
    x: float
    y: float
    w: float
    h: float
    cells: list = field(default_factory=list)  # comb: list of (x, y, w, h)


class PageDraw:
    """Thin helper over a reportlab canvas using mm from the top-left corner."""

    def __init__(self, c, st: Style):
        self.c = c
        self.st = st
        self.anchors: dict[str, Anchor] = {}
        fam = FAMILIES[st.family]
        self.f_reg = font_name(fam[0])
        self.f_bold = font_name(fam[1])
        self.f_it = font_name(fam[2])
        self.acc = Color(*st.accent)
        self.black = Color(0.08, 0.08, 0.1)

    def X(self, x: float) -> float:
        return (x + self.st.dx) * mm

    def Y(self, y: float) -> float:
        return (PAGE_H - y - self.st.dy) * mm

    def font(self, bold=False, italic=False):
        return self.f_bold if bold else (self.f_it if italic else self.f_reg)

    def text(self, x, y, s, size, bold=False, italic=False, color=None, align="left"):
        c = self.c
        c.setFillColor(color or self.black)
        f = self.font(bold, italic)
        size = size * self.st.scale
        c.setFont(f, size)
        if align == "left":
            c.drawString(self.X(x), self.Y(y), s)
        elif align == "right":
            c.drawRightString(self.X(x), self.Y(y), s)
        else:
            c.drawCentredString(self.X(x), self.Y(y), s)
        return pdfmetrics.stringWidth(s, f, size) / mm

    def width(self, s, size, bold=False, italic=False) -> float:
        return pdfmetrics.stringWidth(s, self.font(bold, italic), size * self.st.scale) / mm

    def para(self, x, y, s, width, size, leading=None, bold=False, italic=False, color=None):
        """Wrapped paragraph, y is the first baseline; returns the next baseline."""
        f = self.font(bold, italic)
        size_s = size * self.st.scale
        lead = (leading or size * 1.22) * self.st.scale * 0.3528
        for ln in simpleSplit(s, f, size_s, width * mm):
            self.text(x, y, ln, size, bold=bold, italic=italic, color=color)
            y += lead
        return y

    def rect(self, x, y, w, h, stroke=True, fill=None, lw=None, radius=0.0, stroke_color=None):
        c = self.c
        c.setLineWidth(lw if lw is not None else self.st.lw)
        c.setStrokeColor(stroke_color or self.black)
        if fill is not None:
            c.setFillColor(fill)
        if radius:
            c.roundRect(
                self.X(x),
                self.Y(y + h),
                w * mm,
                h * mm,
                radius * mm,
                stroke=int(stroke),
                fill=int(fill is not None),
            )
        else:
            c.rect(
                self.X(x),
                self.Y(y + h),
                w * mm,
                h * mm,
                stroke=int(stroke),
                fill=int(fill is not None),
            )

    def line(self, x1, y1, x2, y2, lw=None, color=None, dash=None):
        c = self.c
        c.setLineWidth(lw if lw is not None else self.st.lw)
        c.setStrokeColor(color or self.black)
        if dash:
            c.setDash(dash)
        c.line(self.X(x1), self.Y(y1), self.X(x2), self.Y(y2))
        if dash:
            c.setDash()

    # ---- form elements -------------------------------------------------

    def checkbox(self, name, x, y_mid, size=3.4):
        y = y_mid - size / 2
        self.rect(x, y, size, size, lw=self.st.lw * 0.9)
        self.anchors[name] = Anchor("box", x, y, size, size)
        return x + size

    def field(self, name, x, y_top, w, h=None):
        """A free-text field whose writing line is at y_top + h."""
        st = self.st
        h = h or st.row - 1.4
        if st.fieldstyle == "underline":
            self.line(x, y_top + h, x + w, y_top + h, lw=st.lw * 0.8)
        elif st.fieldstyle == "dotted":
            self.line(x, y_top + h, x + w, y_top + h, lw=st.lw * 0.9, dash=[0.6, 1.8])
        elif st.fieldstyle == "box":
            self.rect(x, y_top, w, h, lw=st.lw * 0.8)
        else:
            self.rect(
                x,
                y_top,
                w,
                h,
                stroke=False,
                fill=Color(0.9, 0.93, 0.97) if st.accent[2] > 0.4 else Color(0.92, 0.92, 0.92),
            )
            self.line(x, y_top + h, x + w, y_top + h, lw=st.lw * 0.7)
        self.anchors[name] = Anchor("line", x, y_top, w, h)

    def comb(self, name, x, y_top, n, groups=None, cell=None, seps=None):
        """n cells; groups = list of group sizes (gap between groups); seps: draw '/'."""
        cell = cell or self.st.comb
        groups = groups or [n]
        cells = []
        cx = x
        for gi, g in enumerate(groups):
            for _ in range(g):
                self.rect(cx, y_top, cell, cell, lw=self.st.lw * 0.8)
                cells.append((cx, y_top, cell, cell))
                cx += cell
            if gi < len(groups) - 1:
                if seps:
                    self.text(cx + 0.6, y_top + cell * 0.78, seps, 9)
                cx += cell * 0.55 if seps else cell * 0.4
        self.anchors[name] = Anchor("comb", x, y_top, cx - x, cell, cells)
        return cx

    def section(self, x, y, w, letter, title):
        st = self.st
        h = 6.6
        if st.header == "band":
            self.rect(x, y, w, h, stroke=False, fill=self.acc)
            self.text(
                x + 2.5, y + 4.8, f"{letter}   {title}", 10.5, bold=True, color=Color(1, 1, 1)
            )
        elif st.header == "tab":
            tw = self.width(title, 10.5, bold=True) + 14
            self.rect(x, y, tw, h, stroke=False, fill=self.acc, radius=1.2)
            self.text(x + 2.5, y + 4.8, letter, 10.5, bold=True, color=Color(1, 1, 1))
            self.text(x + 9, y + 4.8, title, 10.5, bold=True, color=Color(1, 1, 1))
            self.line(x + tw, y + h, x + w, y + h, lw=st.lw * 1.3, color=self.acc)
        else:
            self.c.setFillColor(self.acc)
            self.c.circle(self.X(x + 3), self.Y(y + 3.3), 3.0 * mm, stroke=0, fill=1)
            self.text(x + 3, y + 4.6, letter, 10, bold=True, color=Color(1, 1, 1), align="center")
            self.text(x + 8, y + 4.9, title, 11, bold=True, color=self.acc)
            self.line(x, y + h + 0.6, x + w, y + h + 0.6, lw=st.lw * 1.5, color=self.acc)
        return y + h + 2.0

    # ---- header --------------------------------------------------------

    def logo(self, x, y):
        st = self.st
        acc = self.acc
        if st.logo == 0:
            self.rect(x, y, 13, 13, stroke=False, fill=acc, radius=2.2)
            c = self.c
            c.setStrokeColor(Color(1, 1, 1))
            c.setLineWidth(1.6)
            p = c.beginPath()
            p.moveTo(self.X(x + 2.2), self.Y(y + 8.5))
            p.curveTo(
                self.X(x + 5),
                self.Y(y + 3.5),
                self.X(x + 8),
                self.Y(y + 12.5),
                self.X(x + 10.8),
                self.Y(y + 6),
            )
            c.drawPath(p, stroke=1, fill=0)
            self.text(x + 15.5, y + 5.6, "l'Assurance", 12.5, bold=True, color=acc)
            self.text(x + 15.5, y + 11.4, "Maladie", 12.5, bold=True, color=acc)
        elif st.logo == 1:
            self.text(x, y + 7, "l'Assurance Maladie", 15, bold=True, color=acc)
            self.rect(x, y + 9, 12, 1.3, stroke=False, fill=acc)
            self.text(x + 13.5, y + 10.3, "Agir ensemble, protéger chacun", 6.5, italic=True)
        else:
            self.c.setFillColor(acc)
            self.c.circle(self.X(x + 6.5), self.Y(y + 6.5), 6.5 * mm, stroke=0, fill=1)
            self.text(x + 6.5, y + 8.2, "AM", 11, bold=True, color=Color(1, 1, 1), align="center")
            self.text(x + 15, y + 5.4, "l'Assurance", 11.5, bold=True, color=acc)
            self.text(x + 15, y + 10.6, "Maladie", 11.5, bold=True)

    def cerfa_box(self, x_right, y):
        w, h = 30, 15
        x = x_right - w
        self.rect(x, y, w, h, radius=2.0, lw=self.st.lw * 1.2)
        self.text(x + w / 2, y + 7.2, "cerfa", 17, bold=True, italic=False, align="center")
        self.text(x + w / 2, y + 12.4, "N° 15763*02", 9, bold=True, align="center")
        return x

    def rf_block(self, x, y):
        self.rect(x, y, 1.2, 11, stroke=False, fill=self.black)
        self.text(x + 2.4, y + 3.2, "RÉPUBLIQUE", 6.5, bold=True)
        self.text(x + 2.4, y + 6.0, "FRANÇAISE", 6.5, bold=True)
        self.text(x + 2.4, y + 8.6, "Liberté", 5.2, italic=True)
        self.text(x + 2.4, y + 10.6, "Égalité Fraternité", 5.2, italic=True)

    def footer(self, page):
        m = self.st.margin
        self.line(m, 286, PAGE_W - m, 286, lw=0.3)
        self.text(m, 290, f"S1106 — cerfa n° 15763*02 — page {page}/2", 7)
        self.text(PAGE_W - m, 290, "ameli.fr", 7, bold=True, color=self.acc, align="right")


NOTICE = (
    "Vous travaillez en France, ou vous y résidez de manière stable et régulière depuis plus de trois "
    "mois, et vous n'avez pas encore de droits ouverts à l'assurance maladie : ce formulaire vous permet "
    "de demander la prise en charge de vos frais de santé au titre de la protection universelle maladie. "
    "Écrivez en lettres capitales. Joignez les photocopies des pièces listées en page 2 et adressez le tout "
    "à la caisse primaire d'assurance maladie de votre lieu de résidence."
)

ENGAGEMENT = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je m'engage à "
    "signaler sans délai à ma caisse d'assurance maladie tout changement concernant ma situation (adresse, "
    "activité professionnelle, situation familiale, départ à l'étranger). J'ai bien noté que la caisse peut "
    "procéder à toute vérification utile auprès des administrations et organismes concernés."
)

PENALTY = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, "
    "433-19, 441-1 et 441-7 du code pénal). En outre, l'inexactitude ou le caractère incomplet des "
    "déclarations faites pour obtenir des prestations peuvent faire l'objet d'une pénalité financière "
    "(article L. 114-17-1 du code de la sécurité sociale)."
)

PIECES = [
    "Une photocopie d'une pièce d'identité en cours de validité : passeport ou, pour les ressortissants de "
    "l'Union européenne, de l'Espace économique européen ou de la Suisse, carte nationale d'identité.",
    "Si vous n'êtes pas ressortissant de l'UE, de l'EEE ou de la Suisse : une photocopie de votre titre de "
    "séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou du récépissé de votre demande.",
    "Une copie de votre acte de naissance (copie intégrale ou extrait avec filiation). S'il a été établi à "
    "l'étranger, il doit être apostillé ou légalisé selon le pays ; une traduction par un traducteur "
    "assermenté peut vous être demandée.",
    "Un justificatif de résidence en France depuis plus de trois mois : bail ou contrat de location, ou trois "
    "factures successives (électricité, gaz, eau, téléphone fixe, internet) à votre nom, ou attestation "
    "d'hébergement accompagnée de la pièce d'identité de l'hébergeant et d'un justificatif de domicile à son nom.",
    "Un relevé d'identité bancaire (RIB) à votre nom, pour le versement de vos remboursements.",
    "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire ; travailleur "
    "indépendant : tout document attestant votre activité (avis de situation SIRENE, extrait Kbis).",
    "Si vous êtes étudiant(e) : votre certificat de scolarité de l'année en cours.",
]

DONNEES = (
    "Vos données personnelles. Les informations recueillies sur ce formulaire font l'objet d'un traitement "
    "par votre caisse d'assurance maladie pour l'étude de vos droits. Conformément au règlement général sur "
    "la protection des données (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un "
    "droit d'accès et de rectification des données vous concernant auprès du directeur de votre caisse. "
    "Vous pouvez également adresser une réclamation à la CNIL."
)


def draw_page1(c, st: Style) -> dict[str, Anchor]:
    p = PageDraw(c, st)
    m = st.margin
    right = PAGE_W - m
    cw = right - m
    y = m - 3
    p.logo(m, y)
    cx = p.cerfa_box(right, y - 1)
    if st.rf_block:
        p.rf_block(cx - 31, y)
    y += 23
    p.text(
        PAGE_W / 2,
        y,
        "Demande d'ouverture des droits à l'assurance maladie",
        15.5,
        bold=True,
        align="center",
    )
    y += 6.2
    p.text(
        PAGE_W / 2,
        y,
        "Protection universelle maladie (PUMa)",
        11.5,
        color=p.acc,
        bold=True,
        align="center",
    )
    y += 4.8
    p.text(
        PAGE_W / 2,
        y,
        "Articles L. 160-1, L. 160-5, L. 160-6 et R. 111-3 du code de la sécurité sociale",
        7.2,
        italic=True,
        align="center",
    )
    y += 3.5
    # notice
    lines_h = (
        len(simpleSplit(NOTICE, p.f_reg, 7.2 * st.scale, (cw - 5) * mm))
        * 7.2
        * 1.22
        * 0.3528
        * st.scale
    )
    p.rect(m, y, cw, lines_h + 4, stroke=False, fill=Color(0.94, 0.95, 0.97))
    p.para(m + 2.5, y + 3.6, NOTICE, cw - 5, 7.2)
    y += lines_h + 7

    # ---- section A
    y = p.section(m, y, cw, "A", "VOUS")
    r = st.row
    label_w = 40

    def labelled(name, label, y, hint=None, x0=m, x1=right, lw=label_w):
        p.text(x0, y + r - 2.2, label, 8.8, bold=True)
        if hint:
            p.text(x0, y + r + 0.6, hint, 6.2, italic=True)
        if st.name_comb and name in ("nom_naissance", "nom_usage", "prenoms"):
            n = int((x1 - x0 - lw) // st.comb)
            p.comb(name, x0 + lw, y + r - 1.4 - st.comb, n)
        else:
            p.field(name, x0 + lw, y + 0.4, x1 - x0 - lw, r - 1.4)
        return y + r + (2.4 if hint else 0.8)

    y = labelled("nom_naissance", "Nom de naissance", y, "(nom de famille)")
    y = labelled("nom_usage", "Nom d'usage", y, "(facultatif, ex. nom d'époux)")
    y = labelled("prenoms", "Prénom(s)", y, "(dans l'ordre de l'état civil)")
    # sexe + date de naissance
    p.text(m, y + r - 2.2, "Sexe", 8.8, bold=True)
    bx = m + 14
    p.text(bx, y + r - 2.2, "F", 8.8)
    p.checkbox("sexe_f", bx + 3.5, y + r - 3.3)
    p.text(bx + 11, y + r - 2.2, "M", 8.8)
    p.checkbox("sexe_m", bx + 15, y + r - 3.3)
    dx = m + 62
    p.text(dx, y + r - 2.2, "Date de naissance", 8.8, bold=True)
    cx0 = dx + 31
    p.comb("date_naissance", cx0, y + r - 1.4 - st.comb, 8, groups=[2, 2, 4], seps="/")
    cells = p.anchors["date_naissance"].cells
    for lab, idx in (("J J", 0), ("M M", 2), ("A A A A", 4)):
        p.text(cells[idx][0] + 0.5, y + r + 1.8, lab, 5.5, italic=True)
    y += r + 3.2
    # lieu de naissance
    p.text(m, y + r - 2.2, "Lieu de naissance", 8.8, bold=True)
    p.text(m + label_w, y + r - 2.2, "Commune", 7.5)
    half = (cw - label_w) / 2
    p.field("lieu_commune", m + label_w + 13, y + 0.4, half - 16, r - 1.4)
    p.text(m + label_w + half, y + r - 2.2, "Pays", 7.5)
    p.field("lieu_pays", m + label_w + half + 8, y + 0.4, half - 8, r - 1.4)
    y += r + 0.8
    y = labelled("nationalite", "Nationalité", y)
    # NIR
    p.text(m, y + r - 2.2, "N° de sécurité sociale", 8.8, bold=True)
    p.text(m, y + r + 0.6, "(si vous en avez un)", 6.2, italic=True)
    p.comb(
        "nir",
        m + label_w + 8,
        y + r - 1.4 - st.comb,
        15,
        groups=[1, 2, 2, 2, 3, 3, 2],
        cell=st.comb * 0.92,
    )
    y += r + 3.0
    y = labelled("adresse", "Adresse", y, "(n°, rue, bâtiment)")
    p.text(m, y + r - 2.2, "Code postal", 8.8, bold=True)
    p.comb("code_postal", m + label_w, y + r - 1.4 - st.comb, 5)
    cx1 = m + label_w + 5 * st.comb + 5
    p.text(cx1, y + r - 2.2, "Commune", 8.8, bold=True)
    p.field("commune", cx1 + 17, y + 0.4, right - cx1 - 17, r - 1.4)
    y += r + 0.8
    p.text(m, y + r - 2.2, "Téléphone", 8.8, bold=True)
    p.field("telephone", m + 19, y + 0.4, 42, r - 1.4)
    p.text(m + 66, y + r - 2.2, "Adresse e-mail", 8.8, bold=True)
    p.field("email", m + 91, y + 0.4, right - m - 91, r - 1.4)
    y += r + 4.5

    # ---- section B
    y = p.section(m, y, cw, "B", "VOTRE SITUATION")
    p.text(
        m, y + 2.5, "Cochez la case qui correspond à votre situation actuelle :", 8.2, italic=True
    )
    y += 5.2
    ind = m + 6.5
    rr = r - 0.6

    def option(name, label, y, size=8.6):
        p.checkbox(name, m + 0.5, y + 2.2)
        yy = p.para(ind, y + 3.3, label, right - ind, size, bold=False)
        return yy + 0.6

    y = option("sit_salarie", "Vous exercez une activité salariée en France", y)
    p.text(ind, y + rr - 2.6, "Emploi occupé", 7.8)
    p.field("emploi", ind + 21, y, 55, rr - 1.4)
    p.text(ind + 80, y + rr - 2.6, "Employeur", 7.8)
    p.field("employeur", ind + 96, y, right - ind - 96, rr - 1.4)
    y += rr
    p.text(ind, y + rr - 2.6, "Type de contrat :", 7.8)
    tx = ind + 24
    p.checkbox("contrat_cdi", tx, y + rr - 3.6, 3.1)
    p.text(tx + 4.3, y + rr - 2.6, "CDI", 7.8)
    p.checkbox("contrat_cdd", tx + 13, y + rr - 3.6, 3.1)
    p.text(tx + 17.3, y + rr - 2.6, "CDD", 7.8)
    p.checkbox("contrat_autre", tx + 27, y + rr - 3.6, 3.1)
    p.text(tx + 31.3, y + rr - 2.6, "Autre :", 7.8)
    p.field("contrat_autre_txt", tx + 42, y, 24, rr - 1.4)
    p.text(tx + 70, y + rr - 2.6, "Date d'embauche", 7.8)
    p.field("date_embauche", tx + 93, y, right - tx - 93, rr - 1.4)
    y += rr + 1.6
    y = option(
        "sit_independant",
        "Vous exercez une activité non salariée en France (travailleur indépendant, micro-entrepreneur)",
        y,
    )
    p.text(ind, y + rr - 2.6, "Nature de l'activité", 7.8)
    p.field("activite", ind + 27, y, 62, rr - 1.4)
    p.text(ind + 93, y + rr - 2.6, "N° SIRET", 7.8)
    p.field("siret", ind + 106, y, right - ind - 106, rr - 1.4)
    y += rr + 1.6
    y = option("sit_demandeur", "Vous êtes demandeur d'emploi inscrit(e) à France Travail", y)
    y += 1.0
    y = option("sit_etudiant", "Vous êtes étudiant(e)", y)
    p.text(ind, y + rr - 2.6, "Établissement", 7.8)
    p.field("etablissement", ind + 21, y, right - ind - 21, rr - 1.4)
    y += rr + 1.6
    y = option(
        "sit_inactif",
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
        y,
    )
    p.text(ind, y + rr - 2.6, "Date d'arrivée en France", 7.8)
    p.field("date_arrivee", ind + 34, y, 40, rr - 1.4)
    y += rr + 1.6
    y = option("sit_autre", "Autre situation (précisez)", y)
    p.field("autre_txt", ind + 40, y - 5.2, right - ind - 40, rr - 1.6)
    p.footer(1)
    p.anchors["_end"] = Anchor("end", 0, y, 0, 0)
    return p.anchors


def draw_page2(c, st: Style) -> dict[str, Anchor]:
    p = PageDraw(c, st)
    m = st.margin
    right = PAGE_W - m
    cw = right - m
    y = m
    y = p.section(m, y, cw, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y += 2.5
    y = p.para(m, y, ENGAGEMENT, cw, 8.8)
    y += 4.5
    # Fait à ... le ...
    r = st.row
    p.text(m, y + r - 2.2, "Fait à", 9.5, bold=True)
    p.field("fait_a", m + 12, y + 0.4, 62, r - 1.4)
    lx = m + 78
    p.text(lx, y + r - 2.2, "le", 9.5, bold=True)
    if st.date_comb:
        p.comb("date_signature", lx + 6, y + r - 1.4 - st.comb, 8, groups=[2, 2, 4], seps="/")
    else:
        p.field("date_signature", lx + 6, y + 0.4, 48, r - 1.4)
    y += r + 4
    # signature box
    sx = right - st.sig_w
    if st.sig_label_inside:
        p.rect(sx, y, st.sig_w, st.sig_h, lw=st.lw * 1.1)
        p.text(sx + 2, y + 4.2, "Signature", 8.5, bold=True)
        p.anchors["signature"] = Anchor("sig", sx, y, st.sig_w, st.sig_h)
        y += st.sig_h + 4
    else:
        p.text(sx, y + 3.2, "Signature du demandeur", 8.5, bold=True)
        y += 4.6
        p.rect(sx, y, st.sig_w, st.sig_h, lw=st.lw * 1.1)
        p.anchors["signature"] = Anchor("sig", sx, y, st.sig_w, st.sig_h)
        y += st.sig_h + 4
    y = p.para(m, y, PENALTY, cw, 6.8, italic=True)
    y += 4
    # pièces justificatives
    hdr_h = 6.2
    p.rect(m, y, cw, hdr_h, stroke=False, fill=p.acc)
    p.text(
        m + 2.5,
        y + 4.4,
        "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
        9.5,
        bold=True,
        color=Color(1, 1, 1),
    )
    y += hdr_h + 4.2
    p.text(m, y, "Envoyez uniquement des photocopies, jamais les originaux.", 7.6, italic=True)
    y += 4.6
    for i, piece in enumerate(PIECES):
        if st.pj_boxes:
            p.checkbox(f"pj_{i + 1}", m + 0.5, y - 1.1, 3.0)
        else:
            p.text(m + 1.2, y, "•", 9, bold=True, color=p.acc)
        y = p.para(m + 5.5, y, piece, cw - 5.5, 7.9)
        y += 1.2
    y += 2.5
    y = p.para(m, y, DONNEES, cw, 6.3, color=Color(0.25, 0.25, 0.28))
    y += 3
    # cadre réservé
    bh = 27
    p.rect(m, y, cw, bh, lw=st.lw * 0.9, fill=Color(0.96, 0.96, 0.96))
    p.text(m + 2.5, y + 4.5, "Cadre réservé à l'organisme", 8.5, bold=True)
    p.text(m + 2.5, y + 11, "Date de réception", 7.8)
    p.comb("reception", m + 30, y + 7.2, 8, groups=[2, 2, 4], seps="/", cell=4.2)
    p.text(m + 2.5, y + 18, "Pièces vérifiées :", 7.8)
    p.checkbox("verif_oui", m + 28, y + 17, 3.0)
    p.text(m + 32, y + 18, "oui", 7.8)
    p.checkbox("verif_non", m + 40, y + 17, 3.0)
    p.text(m + 44, y + 18, "non", 7.8)
    p.text(m + 2.5, y + 24.5, "Matricule agent", 7.8)
    p.line(m + 26, y + 25, m + 70, y + 25, lw=0.4, dash=[0.6, 1.5])
    p.text(m + cw * 0.58, y + 11, "Observations :", 7.8)
    p.text(m + cw * 0.58, y + 24.5, "Cachet de l'organisme", 7.8, italic=True)
    y += bh + 6
    p.text(m, y, "Besoin d'aide pour remplir ce formulaire ?", 8.2, bold=True, color=p.acc)
    y += 4.2
    y = p.para(
        m,
        y,
        "Rendez-vous sur ameli.fr, rubrique « Droits et démarches », ou appelez le 36 46 (service gratuit "
        "+ prix d'un appel). Conservez une copie de votre demande et des pièces envoyées.",
        cw,
        7.6,
    )
    p.footer(2)
    return p.anchors


def build_pdf(st: Style, fill_cb=None, title: str = "S1106") -> tuple[bytes, list]:
    """Render both pages; fill_cb(canvas, page_index, anchors) draws values on each page."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    # a print run whose page 1 runs into the footer gets tighter rows
    for _ in range(12):
        scratch = canvas.Canvas(BytesIO(), pagesize=A4, invariant=1)
        if draw_page1(scratch, st)["_end"].y + st.dy < 281.5:
            break
        st.row = round(st.row - 0.25, 2)
        st.scale = round(max(0.94, st.scale - 0.01), 3)
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setCreator("")
    c.setProducer("")
    pages = []
    for i, drawer in enumerate((draw_page1, draw_page2)):
        anchors = drawer(c, st)
        if fill_cb is not None:
            fill_cb(c, i, anchors)
        pages.append(anchors)
        c.showPage()
    c.save()
    return buf.getvalue(), pages
