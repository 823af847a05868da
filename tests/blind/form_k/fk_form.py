"""Three "print runs" of the cerfa 15763*02 (S1106) form, drawn with reportlab.

Each run draws the two blank A4 pages on a reportlab canvas and records where every
fillable element is (combs, lines, tick boxes, the signature box) in PDF points with
the origin at the bottom-left corner, so that the fill writers can put values there.
The wording follows the public description of the form (ameli S1106 / cerfa 15763*02);
the drawing (fonts, boxes, spacing) is our own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = A4

TT = "/usr/share/fonts/truetype"
FONT_FILES = {
    "FkSans": (f"{TT}/liberation/LiberationSans-Regular.ttf", "Helvetica"),
    "FkSans-B": (f"{TT}/liberation/LiberationSans-Bold.ttf", "Helvetica-Bold"),
    "FkSans-I": (f"{TT}/liberation/LiberationSans-Italic.ttf", "Helvetica-Oblique"),
    "FkSerif": (f"{TT}/crosextra/Caladea-Regular.ttf", "Times-Roman"),
    "FkSerif-B": (f"{TT}/crosextra/Caladea-Bold.ttf", "Times-Bold"),
    "FkSerif-I": (f"{TT}/crosextra/Caladea-Italic.ttf", "Times-Italic"),
    "FkCond": (f"{TT}/roboto/unhinted/RobotoCondensed-Regular.ttf", "Helvetica"),
    "FkCond-B": (f"{TT}/roboto/unhinted/RobotoCondensed-Bold.ttf", "Helvetica-Bold"),
    "FkCond-I": (f"{TT}/roboto/unhinted/RobotoCondensed-Italic.ttf", "Helvetica-Oblique"),
    "FkOpen-B": (f"{TT}/open-sans/OpenSans-Bold.ttf", "Helvetica-Bold"),
    "FkCarlito": (f"{TT}/crosextra/Carlito-Regular.ttf", "Helvetica"),
    "FkMono": (f"{TT}/liberation/LiberationMono-Regular.ttf", "Courier"),
    "FkDejaVu": (f"{TT}/dejavu/DejaVuSans.ttf", "Helvetica"),
}
_REGISTERED: dict[str, str] = {}


def font(name: str) -> str:
    """Reportlab font name for one of our logical fonts (falls back to a base-14 font)."""
    if name in _REGISTERED:
        return _REGISTERED[name]
    path, fallback = FONT_FILES[name]
    real = fallback
    if os.path.exists(path):
        pdfmetrics.registerFont(TTFont(name, path))
        real = name
    _REGISTERED[name] = real
    return real


@dataclass
class Comb:
    page: int
    x: float
    y: float
    cw: float
    ch: float
    n: int


@dataclass
class Line:
    page: int
    x: float
    y: float
    w: float
    h: float


@dataclass
class Box:
    page: int
    x: float
    y: float
    s: float


@dataclass
class Rect:
    page: int
    x: float
    y: float
    w: float
    h: float
    caption: str | None = None  # printed word inside the box, if any
    caption_xy: tuple[float, float] | None = None


@dataclass
class Geometry:
    run: str
    el: dict[str, object] = field(default_factory=dict)


SITUATIONS = [
    ("sit_salarie", "salarié"),
    ("sit_independant", "travailleur indépendant"),
    ("sit_demandeur", "demandeur d'emploi"),
    ("sit_etudiant", "étudiant"),
    ("sit_sans", "sans activité professionnelle"),
    ("sit_autre", "autre"),
]

RUNS = {
    # run id -> style
    "A": dict(
        reg="FkSans",
        bold="FkSans-B",
        ital="FkSans-I",
        accent=(0.04, 0.24, 0.52),
        header="band",
        comb="full",
        cw=15.6,
        ch=17.0,
        label_w=128.0,
        row=30.0,
        sig_caption="inside",
        box=10.0,
        edition="Édition 03/2019",
    ),
    "B": dict(
        reg="FkSerif",
        bold="FkSerif-B",
        ital="FkSerif-I",
        accent=(0.0, 0.0, 0.0),
        header="circle",
        comb="open",
        cw=16.4,
        ch=16.0,
        label_w=0.0,
        row=35.0,
        sig_caption="above",
        box=9.0,
        edition="",
    ),
    "C": dict(
        reg="FkCond",
        bold="FkCond-B",
        ital="FkCond-I",
        accent=(0.11, 0.37, 0.62),
        header="grey",
        comb="shaded",
        cw=14.8,
        ch=16.5,
        label_w=112.0,
        row=28.5,
        sig_caption="inside_small",
        box=10.5,
        edition="Réf. S1106 - 05/2021",
    ),
}

NOTICE = (
    "Vous travaillez ou vous résidez en France de manière stable et régulière : vous pouvez "
    "bénéficier de la prise en charge de vos frais de santé au titre de la protection "
    "universelle maladie. Remplissez ce formulaire en lettres capitales, joignez les pièces "
    "justificatives demandées en page 2 et adressez le tout à la caisse d'assurance maladie "
    "de votre lieu de résidence."
)
LEGAL_REF = (
    "Articles L. 160-1, L. 160-5, L. 200-1 et R. 111-2, D. 160-2 du code de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement de ma situation "
    "(adresse, activité professionnelle, situation familiale)."
)
FRAUD = (
    "La loi punit quiconque se rend coupable de fraude ou de fausse déclaration "
    "(articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal, article L. 114-17-1 "
    "du code de la sécurité sociale)."
)
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un droit "
    "d'accès et de rectification des données vous concernant auprès de votre caisse."
)
SAVOIR = (
    "À savoir : envoyez des photocopies, jamais les originaux. Un dossier incomplet retarde "
    "l'étude de votre demande. Votre caisse vous attribuera un numéro de sécurité sociale "
    "provisoire puis définitif ; vous pourrez ensuite créer votre compte ameli et demander "
    "votre carte Vitale."
)
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ; carte nationale d'identité si vous "
    "êtes ressortissant de l'Union européenne, de l'EEE ou de la Suisse) ;",
    "si vous n'êtes pas ressortissant de l'UE, de l'EEE ou de la Suisse : une photocopie de votre "
    "titre de séjour en cours de validité, de votre visa long séjour valant titre de séjour "
    "(VLS-TS) ou du récépissé de votre demande ;",
    "une copie intégrale de votre acte de naissance ou un extrait avec filiation (avec apostille "
    "ou légalisation selon le pays qui l'a établi) ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail de location, ou "
    "trois factures successives (électricité, gaz, eau, téléphone, internet), ou attestation "
    "d'hébergement avec la pièce d'identité et un justificatif de domicile de l'hébergeant ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous exercez une activité professionnelle : votre contrat de travail ou votre dernier "
    "bulletin de salaire.",
]


def _wrap(text: str, fname: str, size: float, width: float) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, fname, size) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class FormPainter:
    """Draws one print run on a reportlab canvas; fills `geom` as it goes."""

    def __init__(self, run: str):
        self.run = run
        self.st = RUNS[run]
        self.reg = font(self.st["reg"])
        self.bold = font(self.st["bold"])
        self.ital = font(self.st["ital"])
        self.geom = Geometry(run)
        self.L = 36.0
        self.R = PAGE_W - 36.0

    # -- primitives -------------------------------------------------------------
    def text(self, c, x, y, s, size=8.5, f=None, color=(0, 0, 0)):
        c.setFillColorRGB(*color)
        c.setFont(f or self.reg, size)
        c.drawString(x, y, s)

    def para(self, c, x, y, s, size, width, f=None, lead=None, color=(0, 0, 0)):
        f = f or self.reg
        lead = lead or size * 1.22
        for ln in _wrap(s, f, size, width):
            self.text(c, x, y, ln, size, f, color)
            y -= lead
        return y

    def comb(self, c, name, page, x, y, n, cw=None, ch=None):
        cw = cw or self.st["cw"]
        ch = ch or self.st["ch"]
        style = self.st["comb"]
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(*self._line_color())
        if style == "shaded":
            c.setFillColorRGB(0.93, 0.95, 0.98)
            c.rect(x, y, cw * n, ch, stroke=0, fill=1)
        if style in ("full", "shaded"):
            c.rect(x, y, cw * n, ch, stroke=1, fill=0)
            for i in range(1, n):
                c.line(x + i * cw, y, x + i * cw, y + ch)
        else:  # open comb: bottom line with ticks
            c.line(x, y, x + cw * n, y)
            for i in range(0, n + 1):
                c.line(x + i * cw, y, x + i * cw, y + ch * 0.38)
        self.geom.el[name] = Comb(page, x, y, cw, ch, n)
        return x + cw * n

    def line(self, c, name, page, x, y, w, h=14.0):
        c.setLineWidth(0.5)
        c.setStrokeColorRGB(*self._line_color())
        if self.st["comb"] == "open":
            c.setDash(1, 1.6)
        elif self.st["comb"] == "shaded":
            c.setFillColorRGB(0.93, 0.95, 0.98)
            c.rect(x, y - 2, w, h + 2, stroke=0, fill=1)
        c.line(x, y - 1.5, x + w, y - 1.5)
        c.setDash()
        self.geom.el[name] = Line(page, x, y, w, h)

    def box(self, c, name, page, x, y, s=None):
        s = s or self.st["box"]
        c.setLineWidth(0.8)
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x, y, s, s, stroke=1, fill=1)
        self.geom.el[name] = Box(page, x, y, s)
        return x + s

    def _line_color(self):
        return (0.15, 0.15, 0.15) if self.st["comb"] != "shaded" else (0.35, 0.45, 0.6)

    def section(self, c, y, letter, title):
        st = self.st
        acc = st["accent"]
        if st["header"] == "band":
            c.setFillColorRGB(*acc)
            c.rect(self.L, y - 4, self.R - self.L, 16, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.rect(self.L + 3, y - 2, 12, 12, stroke=0, fill=1)
            self.text(c, self.L + 5.6, y + 0.4, letter, 10, self.bold, acc)
            self.text(c, self.L + 22, y + 0.4, title, 10.5, self.bold, (1, 1, 1))
            return y - 24
        if st["header"] == "circle":
            c.setLineWidth(1.2)
            c.setStrokeColorRGB(0, 0, 0)
            c.circle(self.L + 8, y + 4, 8, stroke=1, fill=0)
            self.text(c, self.L + 4.3, y + 0.3, letter, 11, self.bold)
            self.text(c, self.L + 22, y + 0.3, title, 12, self.bold)
            c.setLineWidth(0.8)
            c.line(self.L + 22, y - 4, self.R, y - 4)
            return y - 24
        c.setFillColorRGB(0.86, 0.88, 0.9)
        c.rect(self.L, y - 5, self.R - self.L, 17, stroke=0, fill=1)
        c.setFillColorRGB(*acc)
        c.rect(self.L, y - 5, 4, 17, stroke=0, fill=1)
        self.text(c, self.L + 10, y, f"{letter} - {title}", 10.5, self.bold, acc)
        return y - 24

    def label(self, c, x, y, s, sub=None, size=8.5):
        self.text(c, x, y, s, size, self.bold if self.run == "C" else self.reg)
        if sub:
            self.text(c, x, y - 8, sub, 6.3, self.ital, (0.3, 0.3, 0.3))

    # -- page 1 ---------------------------------------------------------------
    def header(self, c):
        st = self.st
        acc = st["accent"]
        top = PAGE_H - 40
        # logo: our own simple mark + words
        if self.run == "A":
            c.setFillColorRGB(*acc)
            c.circle(self.L + 12, top - 6, 11, stroke=0, fill=1)
            c.setFillColorRGB(0.95, 0.55, 0.1)
            c.circle(self.L + 18, top - 2, 5, stroke=0, fill=1)
            self.text(c, self.L + 28, top - 2, "l'Assurance", 12, self.bold, acc)
            self.text(c, self.L + 28, top - 15, "Maladie", 12, self.bold, acc)
        elif self.run == "B":
            self.text(c, self.L, top - 4, "l'Assurance Maladie", 13, self.bold)
            self.text(c, self.L, top - 15, "Agir ensemble, protéger chacun", 7, self.ital)
        else:
            c.setFillColorRGB(*acc)
            c.roundRect(self.L, top - 20, 98, 26, 4, stroke=0, fill=1)
            self.text(c, self.L + 6, top - 4, "l'Assurance", 9.5, self.bold, (1, 1, 1))
            self.text(c, self.L + 6, top - 15, "Maladie", 9.5, self.bold, (1, 1, 1))
        # cerfa box
        bx = self.R - 92
        c.setLineWidth(1)
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(bx, top - 18, 92, 26, stroke=1, fill=0)
        self.text(c, bx + 5, top - 4, "cerfa", 12, self.bold)
        self.text(c, bx + 5, top - 14, "N° 15763*02", 8.5, self.reg)
        # titles
        y = top - 42
        size = 15 if self.run != "C" else 14
        t = "Demande d'ouverture des droits à l'assurance maladie"
        c.setFillColorRGB(*(acc if self.run != "B" else (0, 0, 0)))
        c.setFont(self.bold, size)
        c.drawCentredString(PAGE_W / 2, y, t)
        c.setFont(self.reg, 11)
        c.drawCentredString(PAGE_W / 2, y - 16, "Protection universelle maladie (PUMa)")
        c.setFillColorRGB(0.25, 0.25, 0.25)
        c.setFont(self.ital, 6.8)
        c.drawCentredString(PAGE_W / 2, y - 27, LEGAL_REF)
        y -= 40
        if self.run == "B":
            c.setLineWidth(0.5)
            c.rect(self.L, y - 34, self.R - self.L, 40, stroke=1, fill=0)
            y = self.para(c, self.L + 5, y - 3, NOTICE, 7.2, self.R - self.L - 10)
            return y - 16
        y = self.para(c, self.L, y, NOTICE, 7.0 if self.run == "A" else 6.8, self.R - self.L)
        return y - 12

    def page1(self, c):
        st = self.st
        y = self.header(c)
        y = self.section(c, y, "A", "VOUS")
        if st["label_w"]:
            y = self._identity_left(c, y)
        else:
            y = self._identity_above(c, y)
        y -= 4
        y = self.section(c, y, "B", "VOTRE SITUATION")
        y = self._situation(c, y)
        self.footer(c, 1)

    def _identity_left(self, c, y):
        st = self.st
        xl = self.L
        xc = self.L + st["label_w"]
        row = st["row"]
        n = int((self.R - xc) // st["cw"])
        rows = [
            ("surname", "Nom de naissance", "(nom de famille)"),
            ("usage_name", "Nom d'usage (facultatif)", "(ex. : nom d'époux/se)"),
            ("given_names", "Prénom(s)", "(dans l'ordre de l'état civil)"),
        ]
        for name, lab, sub in rows:
            self.label(c, xl, y + 5, lab, sub)
            self.comb(c, name, 0, xc, y, n)
            y -= row
        # sex + date of birth
        self.label(c, xl, y + 5, "Sexe")
        x = xc
        self.box(c, "sex_F", 0, x, y + 3)
        self.text(c, x + st["box"] + 3, y + 4, "F", 9)
        x += 30
        self.box(c, "sex_M", 0, x, y + 3)
        self.text(c, x + st["box"] + 3, y + 4, "M", 9)
        x += 42
        self.label(c, x, y + 5, "Date de naissance")
        x += 80
        x = self.comb(c, "dob_d", 0, x, y, 2)
        x = self.comb(c, "dob_m", 0, x + 6, y, 2)
        self.comb(c, "dob_y", 0, x + 6, y, 4)
        self.text(c, x + 6 + 4 * st["cw"] + 4, y + 4, "JJ MM AAAA", 6, self.ital, (0.4, 0.4, 0.4))
        y -= row
        self.label(c, xl, y + 3, "Lieu de naissance", "commune et pays")
        mid = xc + (self.R - xc) * 0.52
        self.text(c, xc, y + 3, "Commune :", 7.5)
        self.line(c, "birth_city", 0, xc + 40, y + 2, mid - xc - 48)
        self.text(c, mid, y + 3, "Pays :", 7.5)
        self.line(c, "birth_country", 0, mid + 26, y + 2, self.R - mid - 26)
        y -= row
        self.label(c, xl, y + 3, "Nationalité")
        self.line(c, "nationality", 0, xc, y + 2, self.R - xc)
        y -= row
        self.label(c, xl, y + 5, "N° de sécurité sociale", "(si vous en avez un)")
        x = self.comb(c, "nir", 0, xc, y, 13)
        self.text(c, x + 5, y + 5, "clé", 7)
        self.comb(c, "nir_key", 0, x + 20, y, 2)
        y -= row
        if self.run == "A":
            self.label(c, xl, y + 5, "N° d'allocataire CAF", "(facultatif)")
            self.comb(c, "caf", 0, xc, y, 7)
            y -= row
        self.label(c, xl, y + 3, "Adresse", "(n°, rue, bâtiment...)")
        self.line(c, "address1", 0, xc, y + 2, self.R - xc)
        y -= row * 0.8
        self.line(c, "address2", 0, xc, y + 2, self.R - xc)
        y -= row
        self.label(c, xl, y + 5, "Code postal")
        x = self.comb(c, "postcode", 0, xc, y, 5)
        self.text(c, x + 10, y + 4, "Commune", 8.5, self.bold if self.run == "C" else self.reg)
        self.line(c, "city", 0, x + 55, y + 3, self.R - x - 55)
        y -= row
        self.label(c, xl, y + 5, "Téléphone")
        self.comb(c, "phone", 0, xc, y, 10)
        y -= row
        self.label(c, xl, y + 3, "Adresse e-mail")
        self.line(c, "email", 0, xc, y + 2, self.R - xc)
        return y - row

    def _identity_above(self, c, y):
        st = self.st
        x0 = self.L
        n = int((self.R - x0) // st["cw"])
        row = st["row"]
        y -= 10
        for name, lab in [
            ("surname", "Nom de naissance (nom de famille figurant sur votre acte de naissance)"),
            ("usage_name", "Nom d'usage, s'il y a lieu (facultatif)"),
            ("given_names", "Prénom(s), dans l'ordre de l'état civil"),
        ]:
            self.text(c, x0, y + st["ch"] + 3, lab, 8)
            self.comb(c, name, 0, x0, y, n)
            y -= row
        self.text(c, x0, y + st["ch"] + 3, "Sexe", 8)
        self.box(c, "sex_F", 0, x0, y + 3)
        self.text(c, x0 + 12, y + 4, "Féminin", 8)
        self.box(c, "sex_M", 0, x0 + 52, y + 3)
        self.text(c, x0 + 64, y + 4, "Masculin", 8)
        xd = x0 + 150
        self.text(c, xd, y + st["ch"] + 3, "Date de naissance (jour, mois, année)", 8)
        x = self.comb(c, "dob_d", 0, xd, y, 2)
        self.text(c, x + 2, y + 3, "/", 10)
        x = self.comb(c, "dob_m", 0, x + 9, y, 2)
        self.text(c, x + 2, y + 3, "/", 10)
        x = self.comb(c, "dob_y", 0, x + 9, y, 4)
        xn = x + 24
        self.text(c, xn, y + st["ch"] + 3, "Nationalité", 8)
        self.line(c, "nationality", 0, xn, y + 3, self.R - xn)
        y -= row
        mid = x0 + (self.R - x0) * 0.55
        self.text(c, x0, y + 14, "Lieu de naissance : commune", 8)
        self.line(c, "birth_city", 0, x0, y + 1, mid - x0 - 12)
        self.text(c, mid, y + 14, "pays", 8)
        self.line(c, "birth_country", 0, mid, y + 1, self.R - mid)
        y -= row
        self.text(c, x0, y + st["ch"] + 3, "Numéro de sécurité sociale (si vous en avez un)", 8)
        x = self.comb(c, "nir", 0, x0, y, 13)
        self.text(c, x + 4, y + 3, "clé", 7)
        self.comb(c, "nir_key", 0, x + 18, y, 2)
        y -= row
        self.text(c, x0, y + 14, "Adresse (numéro, voie, complément)", 8)
        self.line(c, "address1", 0, x0, y + 1, self.R - x0)
        y -= 20
        self.line(c, "address2", 0, x0, y + 1, self.R - x0)
        y -= row
        self.text(c, x0, y + st["ch"] + 3, "Code postal", 8)
        x = self.comb(c, "postcode", 0, x0, y, 5)
        self.text(c, x + 14, y + st["ch"] + 3, "Commune", 8)
        self.line(c, "city", 0, x + 14, y + 2, self.R - x - 14)
        y -= row
        self.text(c, x0, y + st["ch"] + 3, "Téléphone", 8)
        x = self.comb(c, "phone", 0, x0, y, 10)
        self.text(c, x + 14, y + st["ch"] + 3, "Courriel", 8)
        self.line(c, "email", 0, x + 14, y + 2, self.R - x - 14)
        return y - row + 4

    def _situation(self, c, y):
        st = self.st
        b = st["box"]
        x0 = self.L + 4
        size = 8.4
        gap = 17 if self.run != "C" else 15.5
        self.text(c, self.L, y, "Cochez la case correspondant à votre situation :", size, self.ital)
        y -= gap
        self.box(c, "sit_salarie", 0, x0, y - 1)
        self.text(c, x0 + b + 5, y, "Vous exercez une activité salariée en France (salarié)", size)
        y -= gap
        xs = x0 + b + 5
        self.text(c, xs, y, "Profession :", size)
        self.line(c, "profession", 0, xs + 52, y, 180)
        xc = xs + 250
        self.text(c, xc, y, "Contrat :", size)
        self.box(c, "contract_cdi", 0, xc + 40, y - 1)
        self.text(c, xc + 40 + b + 3, y, "CDI", size)
        self.box(c, "contract_cdd", 0, xc + 80, y - 1)
        self.text(c, xc + 80 + b + 3, y, "CDD", size)
        y -= gap
        self.box(c, "sit_independant", 0, x0, y - 1)
        self.text(
            c,
            x0 + b + 5,
            y,
            "Vous exercez une activité non salariée en France (travailleur indépendant)",
            size,
        )
        y -= gap
        self.box(c, "sit_demandeur", 0, x0, y - 1)
        self.text(c, x0 + b + 5, y, "Vous êtes demandeur d'emploi (inscrit à France Travail)", size)
        y -= gap
        self.box(c, "sit_etudiant", 0, x0, y - 1)
        self.text(c, x0 + b + 5, y, "Vous êtes étudiant(e)", size)
        y -= gap
        self.box(c, "sit_sans", 0, x0, y - 1)
        self.text(
            c,
            x0 + b + 5,
            y,
            "Vous êtes sans activité professionnelle et résidez en France de manière stable",
            size,
        )
        self.text(c, x0 + b + 5, y - 10, "et régulière depuis plus de trois mois", size)
        y -= gap + 10
        self.box(c, "sit_autre", 0, x0, y - 1)
        self.text(c, x0 + b + 5, y, "Autre situation, précisez :", size)
        self.line(c, "autre_text", 0, x0 + b + 115, y, self.R - x0 - b - 115)
        return y - gap

    def footer(self, c, page):
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont(self.reg, 7)
        c.drawString(self.L, 24, f"S1106 — cerfa n° 15763*02 — page {page}/2")
        if self.st["edition"]:
            c.drawRightString(self.R, 24, self.st["edition"])
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.setLineWidth(0.4)
        c.line(self.L, 34, self.R, 34)

    # -- page 2 ---------------------------------------------------------------
    def page2(self, c):
        st = self.st
        y = PAGE_H - 44
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont(self.ital, 7.5)
        c.drawString(self.L, y + 8, "Demande d'ouverture des droits à l'assurance maladie (suite)")
        c.drawRightString(self.R, y + 8, "cerfa N° 15763*02")
        y -= 16
        y = self.section(c, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(c, self.L, y, CERTIF, 8.6, self.R - self.L) - 8
        y = self.para(
            c, self.L, y, FRAUD, 7.0, self.R - self.L, f=self.ital, color=(0.25, 0.25, 0.25)
        )
        y -= 18
        # "Fait à ... le ..." on one line
        self.text(c, self.L, y, "Fait à", 9.5)
        self.line(c, "place", 1, self.L + 32, y, 190, 15)
        self.text(c, self.L + 232, y, "le", 9.5)
        self.line(c, "date", 1, self.L + 246, y, 130, 15)
        y -= 22
        sw, sh = (250.0, 88.0) if self.run != "C" else (self.R - self.L, 80.0)
        sx = self.R - sw if self.run == "A" else self.L
        if st["sig_caption"] == "above":
            self.text(c, sx, y - 4, "Signature :", 9.5, self.bold)
            y -= 10
        c.setLineWidth(1.0 if self.run != "C" else 0.8)
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.rect(sx, y - sh, sw, sh, stroke=1, fill=0)
        cap = None
        cap_xy = None
        if st["sig_caption"] == "inside":
            cap, cap_xy = "Signature", (sx + 6, y - 13)
            self.text(c, *cap_xy, cap, 9, self.bold)
        elif st["sig_caption"] == "inside_small":
            cap, cap_xy = "Signature", (sx + 5, y - 11)
            self.text(c, *cap_xy, cap, 7.5, self.ital, (0.3, 0.3, 0.3))
        self.geom.el["sig_box"] = Rect(1, sx, y - sh, sw, sh, cap, cap_xy)
        y -= sh + 26
        # supporting documents
        if self.run == "A":
            c.setFillColorRGB(*st["accent"])
            c.rect(self.L, y - 4, self.R - self.L, 15, stroke=0, fill=1)
            self.text(
                c,
                self.L + 6,
                y,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                9.5,
                self.bold,
                (1, 1, 1),
            )
            y -= 20
        else:
            self.text(
                c,
                self.L,
                y,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                10,
                self.bold,
                st["accent"],
            )
            y -= 16
        for item in PIECES:
            if self.run == "B":
                c.setLineWidth(0.6)
                c.rect(self.L, y - 1, 7, 7, stroke=1, fill=0)
            else:
                c.setFillColorRGB(0, 0, 0)
                c.circle(self.L + 3, y + 2.5, 1.4, stroke=0, fill=1)
            y = self.para(c, self.L + 12, y, item, 8.0, self.R - self.L - 12) - 3
        y -= 14
        # office box
        bh = 78
        c.setLineWidth(0.8)
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        if self.run == "C":
            c.setDash(3, 2)
        c.rect(self.L, y - bh, self.R - self.L, bh, stroke=1, fill=0)
        c.setDash()
        self.text(c, self.L + 6, y - 13, "Cadre réservé à l'organisme", 9, self.bold)
        self.text(c, self.L + 6, y - 32, "Date de réception :", 8)
        self.text(c, self.L + 90, y - 32, "_ _ / _ _ / _ _ _ _", 8)
        self.text(c, self.L + 6, y - 50, "Pièces vérifiées :", 8)
        c.rect(self.L + 80, y - 51, 7, 7, stroke=1, fill=0)
        self.text(c, self.L + 90, y - 50, "oui", 8)
        c.rect(self.L + 112, y - 51, 7, 7, stroke=1, fill=0)
        self.text(c, self.L + 122, y - 50, "non", 8)
        self.text(c, self.L + 6, y - 68, "Matricule agent :", 8)
        self.text(c, self.L + 80, y - 68, "_ _ _ _ _ _ _ _", 8)
        self.text(c, self.L + 300, y - 32, "Cachet de l'organisme", 8, self.ital)
        y -= bh + 16
        y = self.para(c, self.L, y, SAVOIR, 7.4, self.R - self.L) - 6
        self.para(c, self.L, y, CNIL, 6.6, self.R - self.L, f=self.ital, color=(0.3, 0.3, 0.3))
        self.footer(c, 2)


def geometry_for(run: str) -> Geometry:
    """Geometry of a run without keeping a PDF (draws on a throwaway canvas)."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    p = FormPainter(run)
    p.page1(c)
    c.showPage()
    p.page2(c)
    return p.geom
