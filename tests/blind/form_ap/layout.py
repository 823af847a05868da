"""Three print runs of the PUMa application form (cerfa 15763*02, ameli S1106).

Each run draws the two blank A4 pages on a reportlab canvas and returns the anchors of its
fields (PDF points, origin bottom-left), so that a filler can write, type or put AcroForm
fields over them.

- ``r1``: blue section bars, labels beside dotted lines, large combs, "Signature" printed
  above the box.
- ``r2``: serif print, two-column section A with labels inside the boxes, underlined section
  titles, small combs, "Signature" in grey inside the box.
- ``r3``: condensed sans, labels above boxed fields, round section badges, two-column
  situation list, signature box level with its caption.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
_TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "liberation/LiberationSans-Italic.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibSerif-I": "liberation/LiberationSerif-Italic.ttf",
    "DVC": "dejavu/DejaVuSansCondensed.ttf",
    "DVC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVC-I": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, "/usr/share/fonts/truetype/" + _p))

AMELI_BLUE = Color(0.0, 0.33, 0.62)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.92, 0.94, 0.97)

NOTICE = (
    "Vous travaillez ou résidez en France de manière stable et régulière depuis plus de trois "
    "mois et vous n'êtes pas encore affilié(e) à l'assurance maladie : remplissez ce formulaire "
    "pour bénéficier de la prise en charge de vos frais de santé. Joignez les pièces "
    "justificatives demandées en page 2 et adressez le tout à la caisse d'assurance maladie "
    "de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3 et D. 160-2 du code de la "
    "sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, situation familiale)."
)
FRAUD = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
    "313-1 à 313-3, 433-19, 441-1 et suivants du code pénal ; article L. 114-13 du code de la "
    "sécurité sociale). Les informations recueillies font l'objet d'un traitement par "
    "l'assurance maladie ; conformément au règlement (UE) 2016/679 et à la loi n° 78-17 du 6 "
    "janvier 1978 modifiée, vous disposez d'un droit d'accès et de rectification auprès de "
    "votre caisse."
)
PIECES = [
    "une photocopie de votre pièce d'identité en cours de validité (passeport ou carte "
    "nationale d'identité pour les ressortissants de l'UE / EEE / Suisse) ;",
    "si vous n'êtes pas ressortissant de l'UE / EEE / Suisse : votre titre de séjour, votre "
    "visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation si "
    "nécessaire) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
    "successives, ou attestation d'hébergement avec pièces de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes inscrit(e) à France Travail comme demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et régulière depuis "
        "plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("cdi", "CDI"), ("cdd", "CDD"), ("interim", "Intérim"), ("ctr_autre", "Autre")]


@dataclass
class Anchor:
    kind: str  # text | comb | check | sig
    page: int  # 1 or 2
    x: float
    y: float  # text: baseline; others: bottom edge
    w: float  # text: width; comb: cell width
    h: float
    n: int = 0  # comb: number of cells


class Sheet:
    """Small drawing helpers on top of a reportlab canvas, y counted from the top."""

    def __init__(self, c, fonts: tuple[str, str, str]):
        self.c = c
        self.reg, self.bold, self.ital = fonts
        self.anchors: dict[str, Anchor] = {}
        self.page = 1

    def text(self, x, y, s, size=9, font=None, color=black, align="left"):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.reg, size)
        if align == "center":
            c.drawCentredString(x, H - y, s)
        elif align == "right":
            c.drawRightString(x, H - y, s)
        else:
            c.drawString(x, H - y, s)
        c.setFillColor(black)

    def para(self, x, y, s, width, size=7.5, font=None, lead=1.22, color=black):
        lines = simpleSplit(s, font or self.reg, size, width)
        for i, line in enumerate(lines):
            self.text(x, y + i * size * lead, line, size, font, color)
        return y + len(lines) * size * lead

    def rect(self, x, y, w, h, lw=0.6, fill=None, stroke=black):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(stroke)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, H - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
        c.setFillColor(black)
        c.setStrokeColor(black)

    def hline(self, x0, x1, y, lw=0.5, dash=None, color=black):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        c.setDash(*dash) if dash else c.setDash()
        c.line(x0, H - y, x1, H - y)
        c.setDash()
        c.setStrokeColor(black)

    def textfield(self, name, x, y, w, h=13):
        self.anchors[name] = Anchor("text", self.page, x, H - y, w, h)

    def comb(self, name, x, y, n, cw=13, ch=15, groups=()):
        """Comb of n cells whose top edge is at y; returns the right edge."""
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, lw=0.5)
        self.anchors[name] = Anchor("comb", self.page, x, H - y - ch, cw, ch, n)
        return x + n * cw

    def box(self, name, x, y, s=9):
        self.rect(x, y, s, s, lw=0.7)
        self.anchors[name] = Anchor("check", self.page, x, H - y - s, s, s)

    def sig(self, name, x, y, w, h, lw=0.8):
        self.rect(x, y, w, h, lw=lw)
        self.anchors[name] = Anchor("sig", self.page, x, H - y - h, w, h)

    def new_page(self):
        self.c.showPage()
        self.page = 2


# ----------------------------------------------------------------------------- headers


def _header(s: Sheet, style: str) -> float:
    c = s.c
    if style == "r1":
        s.text(36, 52, "l'Assurance", 15, s.bold, AMELI_BLUE)
        s.text(36, 70, "Maladie", 15, s.bold, AMELI_BLUE)
        s.text(36, 82, "Agir ensemble, protéger chacun", 6.5, s.ital, AMELI_BLUE)
        s.rect(470, 36, 90, 40, lw=1)
        s.text(515, 52, "cerfa", 12, s.ital, align="center")
        s.text(515, 68, "N° 15763*02", 9, s.bold, align="center")
        s.text(
            W / 2 + 30,
            108,
            "Demande d'ouverture des droits à l'assurance maladie",
            14,
            s.bold,
            align="center",
        )
        s.text(W / 2 + 30, 124, "Protection universelle maladie (PUMa)", 11, s.reg, align="center")
        y = s.para(36, 144, NOTICE, W - 72, 7.2)
        s.text(36, y + 4, LEGAL, 6.8, s.ital)
        return y + 22
    if style == "r2":
        s.rect(36, 30, 118, 44, lw=0.8, stroke=AMELI_BLUE)
        s.text(95, 50, "l'Assurance Maladie", 10, s.bold, AMELI_BLUE, "center")
        s.text(95, 64, "Sécurité sociale", 8, s.ital, AMELI_BLUE, "center")
        s.text(W - 36, 44, "N° 15763*02", 10, s.bold, align="right")
        s.text(W - 36, 56, "cerfa", 9, s.ital, align="right")
        s.text(W - 36, 68, "S1106", 7, s.reg, align="right")
        s.text(W / 2, 100, "DEMANDE D'OUVERTURE DES DROITS", 15, s.bold, align="center")
        s.text(W / 2, 117, "à l'assurance maladie", 12, s.bold, align="center")
        s.text(W / 2, 133, "Protection universelle maladie (PUMa)", 10, s.ital, align="center")
        s.hline(36, W - 36, 142, 1.2)
        y = s.para(36, 154, NOTICE, W - 72, 7.5)
        s.text(W - 36, y + 3, LEGAL, 6.5, s.ital, align="right")
        return y + 18
    # r3
    c.setFillColor(AMELI_BLUE)
    c.circle(50, H - 55, 16, stroke=0, fill=1)
    s.text(50, 59, "AM", 10, s.bold, white, "center")
    s.text(72, 52, "l'Assurance Maladie", 12, s.bold, AMELI_BLUE)
    s.text(72, 64, "Caisse primaire d'assurance maladie", 7, s.reg, GREY)
    s.rect(W - 140, 36, 104, 28, lw=0.8)
    s.text(W - 88, 54, "cerfa  N° 15763*02", 8.5, s.bold, align="center")
    s.rect(36, 82, W - 72, 40, lw=0, fill=LIGHT, stroke=LIGHT)
    s.text(44, 99, "Demande d'ouverture des droits à l'assurance maladie", 13.5, s.bold)
    s.text(44, 114, "Protection universelle maladie (PUMa)", 9.5, s.reg, AMELI_BLUE)
    s.text(36, 136, LEGAL, 6.5, s.ital, GREY)
    y = s.para(36, 148, NOTICE, W - 72, 7)
    return y + 10


def _section(s: Sheet, style: str, y: float, letter: str, title: str) -> float:
    if style == "r1":
        s.rect(36, y, W - 72, 15, lw=0, fill=AMELI_BLUE, stroke=AMELI_BLUE)
        s.text(42, y + 11, f"{letter}   {title}", 9.5, s.bold, white)
        return y + 28
    if style == "r2":
        s.text(36, y + 11, f"{letter}. {title}", 11, s.bold)
        s.hline(36, W - 36, y + 14, 0.8)
        return y + 24
    c = s.c
    c.setFillColor(AMELI_BLUE)
    c.circle(46, H - y - 8, 9, stroke=0, fill=1)
    s.text(46, y + 11.5, letter, 10, s.bold, white, "center")
    s.text(62, y + 12, title, 10.5, s.bold, AMELI_BLUE)
    s.hline(62, W - 36, y + 17, 0.5, color=AMELI_BLUE)
    return y + 28


# ----------------------------------------------------------------------------- page 1


def _r1_section_a(s: Sheet, y: float) -> float:
    def line(label, name, y, x0=36, x1=W - 36, lx=150):
        s.text(x0, y, label, 8.5)
        s.hline(x0 + lx - 36, x1, y + 2, 0.5, (1, 2))
        s.textfield(name, x0 + lx - 34, y, x1 - x0 - lx + 34)

    line("Nom de naissance :", "nom_naissance", y)
    line("Nom d'usage (facultatif) :", "nom_usage", y + 22)
    line("Prénom(s) :", "prenoms", y + 44)
    y += 66
    s.text(36, y + 9, "Sexe :", 8.5)
    s.box("sexe_f", 72, y + 1, 10)
    s.text(86, y + 9, "F", 8.5)
    s.box("sexe_m", 100, y + 1, 10)
    s.text(114, y + 9, "M", 8.5)
    s.text(170, y + 9, "Date de naissance :", 8.5)
    x = s.comb("dob_jj", 255, y - 2, 2, 15, 16)
    x = s.comb("dob_mm", x + 6, y - 2, 2, 15, 16)
    s.comb("dob_aaaa", x + 6, y - 2, 4, 15, 16)
    s.text(262, y + 25, "J J", 6, color=GREY)
    s.text(298, y + 25, "M M", 6, color=GREY)
    s.text(346, y + 25, "A A A A", 6, color=GREY)
    y += 42
    line("Lieu de naissance : commune", "lieu_commune", y, x1=330, lx=170)
    line("pays", "lieu_pays", y, x0=340, lx=62)
    line("Nationalité :", "nationalite", y + 22)
    y += 44
    s.text(36, y + 6, "N° de sécurité sociale", 8.5)
    s.text(36, y + 15, "(si vous en avez un)", 6.5, s.ital)
    x = s.comb("nir", 160, y - 4, 13, 15, 17)
    s.comb("nir_cle", x + 10, y - 4, 2, 15, 17)
    y += 32
    line("Adresse :", "adresse", y)
    y += 22
    s.text(36, y + 6, "Code postal :", 8.5)
    s.comb("code_postal", 100, y - 5, 5, 15, 16)
    line("Commune :", "commune", y + 6, x0=200, lx=86)
    y += 30
    line("Téléphone :", "telephone", y, x1=250, lx=100)
    line("E-mail :", "email", y, x0=262, lx=80)
    return y + 20


def _r2_section_a(s: Sheet, y: float) -> float:
    L, M, R = 36, W / 2, W - 36
    rh = 30

    def cell(label, name, x0, x1, y):
        s.rect(x0, y, x1 - x0, rh, lw=0.5)
        s.text(x0 + 3, y + 8, label, 6.5, s.ital)
        if name:
            s.textfield(name, x0 + 5, y + rh - 6, x1 - x0 - 10, 16)

    cell("Nom de naissance", "nom_naissance", L, M, y)
    cell("Nom d'usage (facultatif)", "nom_usage", M, R, y)
    y += rh
    cell("Prénom(s)", "prenoms", L, M, y)
    cell("Sexe                              Date de naissance (jour, mois, année)", None, M, R, y)
    s.box("sexe_f", M + 6, y + 15, 8)
    s.text(M + 17, y + 22, "F", 8)
    s.box("sexe_m", M + 28, y + 15, 8)
    s.text(M + 39, y + 22, "M", 8)
    x = s.comb("dob_jj", M + 108, y + 11, 2, 11, 14)
    x = s.comb("dob_mm", x + 5, y + 11, 2, 11, 14)
    s.comb("dob_aaaa", x + 5, y + 11, 4, 11, 14)
    y += rh
    cell("Lieu de naissance (commune)", "lieu_commune", L, M, y)
    cell("Pays de naissance", "lieu_pays", M, R, y)
    y += rh
    cell("Nationalité", "nationalite", L, M, y)
    cell("N° de sécurité sociale (si vous en avez un)", None, M, R, y)
    x = s.comb("nir", M + 6, y + 12, 13, 11, 14)
    s.comb("nir_cle", x + 6, y + 12, 2, 11, 14)
    y += rh
    cell("Adresse (n°, rue, bâtiment, étage)", "adresse", L, R, y)
    y += rh
    cell("Code postal", "code_postal", L, L + 90, y)
    cell("Commune", "commune", L + 90, R, y)
    y += rh
    cell("Téléphone", "telephone", L, M, y)
    cell("Adresse e-mail", "email", M, R, y)
    return y + rh + 14


def _r3_section_a(s: Sheet, y: float) -> float:
    def field(label, name, x0, x1, y, h=17):
        s.text(x0, y + 7, label, 7.5, color=AMELI_BLUE)
        s.rect(x0, y + 10, x1 - x0, h, lw=0.5)
        s.textfield(name, x0 + 4, y + 10 + h - 5, x1 - x0 - 8, h - 2)

    R = W - 36
    field("Nom de naissance", "nom_naissance", 36, R, y)
    y += 32
    field("Nom d'usage (facultatif)", "nom_usage", 36, 300, y)
    field("Prénom(s)", "prenoms", 310, R, y)
    y += 32
    s.text(36, y + 7, "Sexe", 7.5, color=AMELI_BLUE)
    s.box("sexe_f", 36, y + 13, 10)
    s.text(50, y + 21.5, "Féminin", 8)
    s.box("sexe_m", 92, y + 13, 10)
    s.text(106, y + 21.5, "Masculin", 8)
    s.text(200, y + 7, "Date de naissance (JJ MM AAAA)", 7.5, color=AMELI_BLUE)
    x = s.comb("dob_jj", 200, y + 10, 2, 14, 17)
    x = s.comb("dob_mm", x + 8, y + 10, 2, 14, 17)
    s.comb("dob_aaaa", x + 8, y + 10, 4, 14, 17)
    y += 34
    field("Lieu de naissance : commune", "lieu_commune", 36, 300, y)
    field("Pays", "lieu_pays", 310, R, y)
    y += 32
    field("Nationalité", "nationalite", 36, 220, y)
    s.text(230, y + 7, "N° de sécurité sociale (si vous en avez un)", 7.5, color=AMELI_BLUE)
    x = s.comb("nir", 230, y + 10, 13, 19.5, 17)
    s.comb("nir_cle", x + 7, y + 10, 2, 19.5, 17)
    y += 32
    field("Adresse", "adresse", 36, R, y)
    y += 32
    field("Code postal", "code_postal", 36, 110, y)
    field("Commune", "commune", 120, R, y)
    y += 32
    field("Téléphone", "telephone", 36, 220, y)
    field("Courriel", "email", 230, R, y)
    return y + 38


def _section_b(s: Sheet, style: str, y: float) -> float:
    R = W - 36
    if style == "r3":
        half = [SITUATIONS[:3], SITUATIONS[3:]]
        y0 = y
        for col, items in enumerate(half):
            x = 36 + col * (W - 72) / 2
            yy = y0
            for key, label in items:
                s.box("sit_" + key, x, yy, 9)
                yy = s.para(x + 14, yy + 7.5, label, (W - 72) / 2 - 24, 8, lead=1.2) + 8
            y = max(y, yy)
        s.text(50, y + 4, "Si salarié(e), type de contrat :", 8)
        x = 175
        for key, lab in CONTRACTS:
            s.box(key, x, y - 4, 9)
            s.text(x + 13, y + 4, lab, 8)
            x += 58
        y += 22
        s.text(36, y, "Profession / emploi occupé", 7.5, color=AMELI_BLUE)
        s.rect(36, y + 3, 250, 16, lw=0.5)
        s.textfield("profession", 40, y + 15, 240)
        s.text(300, y, "Nom de l'employeur", 7.5, color=AMELI_BLUE)
        s.rect(300, y + 3, R - 300, 16, lw=0.5)
        s.textfield("employeur", 304, y + 15, R - 310)
        s.text(36, y + 34, "Précisez (autre situation) :", 7.5, color=AMELI_BLUE)
        s.hline(140, R, y + 36, 0.5)
        s.textfield("autre_precision", 142, y + 34, R - 144)
        return y + 50
    size = 8.5 if style == "r1" else 9
    for key, label in SITUATIONS:
        s.box("sit_" + key, 40, y - 7.5, 9)
        if key == "autre":
            s.text(56, y, label, size)
            if style == "r1":
                s.hline(185, R, y + 2, 0.5, (1, 2))
            else:
                s.hline(185, R, y + 2, 0.4)
            s.textfield("autre_precision", 188, y, R - 190)
            y += 20
            continue
        y = s.para(56, y, label, R - 60, size, lead=1.2) + 4
        if key == "salarie":
            s.text(70, y + 2, "Type de contrat :", size - 0.5)
            x = 150
            for k2, lab in CONTRACTS:
                s.box(k2, x, y - 6, 8.5)
                s.text(x + 12, y + 2, lab, size - 0.5)
                x += 52
            y += 16
            s.text(70, y + 2, "Emploi occupé :", size - 0.5)
            s.hline(140, 330, y + 4, 0.5, (1, 2) if style == "r1" else None)
            s.textfield("profession", 142, y + 2, 186)
            s.text(338, y + 2, "Employeur :", size - 0.5)
            s.hline(390, R, y + 4, 0.5, (1, 2) if style == "r1" else None)
            s.textfield("employeur", 392, y + 2, R - 394)
            y += 18
        y += 6
    return y


def _footer(s: Sheet, style: str, page: int):
    font = s.ital if style != "r3" else s.reg
    s.text(W - 36, H - 22, f"S1106 — cerfa n° 15763*02 — page {page}/2", 7, font, GREY, "right")
    if style == "r2":
        s.text(36, H - 22, "Édition 2023", 6.5, s.reg, GREY)


# ----------------------------------------------------------------------------- page 2


def _page2(s: Sheet, style: str):
    y = 60 if style != "r3" else 50
    y = _section(s, style, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = s.para(36, y, CERTIF, W - 72, 9, lead=1.3) + 14
    R = W - 36
    if style == "r1":
        s.text(36, y, "Fait à", 9.5)
        s.hline(66, 300, y + 2, 0.5, (1, 2))
        s.textfield("fait_a", 70, y, 228)
        s.text(310, y, "le", 9.5)
        s.hline(324, 470, y + 2, 0.5, (1, 2))
        s.textfield("date_sign", 328, y, 140)
        y += 22
        s.text(330, y, "Signature", 9.5, s.bold)
        s.sig("signature", 330, y + 5, 225, 80)
        y += 105
    elif style == "r2":
        s.text(36, y, "Fait à", 10)
        s.rect(70, y - 12, 200, 17, lw=0.5)
        s.textfield("fait_a", 74, y, 192)
        s.text(285, y, "le", 10)
        s.rect(300, y - 12, 120, 17, lw=0.5)
        s.textfield("date_sign", 304, y, 112)
        y += 20
        s.sig("signature", 300, y, 255, 85, lw=0.6)
        s.text(427, y + 47, "Signature", 16, s.ital, Color(0.8, 0.8, 0.8), "center")
        y += 105
    else:
        s.text(36, y, "Fait à", 9)
        s.hline(64, 250, y + 3, 0.6)
        s.textfield("fait_a", 68, y, 180)
        s.text(262, y, "le", 9)
        s.hline(276, 400, y + 3, 0.6)
        s.textfield("date_sign", 280, y, 118)
        y += 22
        s.text(36, y + 38, "Signature du demandeur :", 9, s.bold)
        s.text(36, y + 50, "(précédée de la mention « lu et approuvé »", 6.5, s.ital, GREY)
        s.text(36, y + 58, "facultative)", 6.5, s.ital, GREY)
        s.sig("signature", 170, y, 240, 78)
        y += 100
    title = "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE"
    if style == "r1":
        s.rect(36, y, W - 72, 15, lw=0, fill=AMELI_BLUE, stroke=AMELI_BLUE)
        s.text(42, y + 11, title, 9.5, s.bold, white)
        y += 28
    elif style == "r2":
        s.text(36, y + 11, title, 10.5, s.bold)
        s.hline(36, R, y + 14, 0.8)
        y += 28
    else:
        s.text(36, y + 11, title, 10, s.bold, AMELI_BLUE)
        s.hline(36, R, y + 16, 0.5, color=AMELI_BLUE)
        y += 30
    for item in PIECES:
        bullet = "•" if style != "r2" else "–"
        s.text(44, y, bullet, 9)
        y = s.para(56, y, item, R - 60, 8.5, lead=1.25) + 4
    y += 10
    s.text(
        36,
        y,
        "Adressez votre demande et les pièces justificatives à votre caisse d'assurance "
        "maladie. Conservez une copie de l'ensemble.",
        8,
        s.ital,
    )
    y += 22
    s.rect(36, y, W - 72, 78, lw=0.8, fill=LIGHT if style != "r2" else None)
    s.text(44, y + 14, "Cadre réservé à l'organisme", 9, s.bold)
    s.text(44, y + 34, "Date de réception :", 8)
    s.rect(130, y + 24, 90, 14, lw=0.4)
    s.text(240, y + 34, "Pièces vérifiées :", 8)
    s.rect(318, y + 26, 8, 8, lw=0.5)
    s.text(330, y + 33, "oui", 8)
    s.rect(355, y + 26, 8, 8, lw=0.5)
    s.text(367, y + 33, "non", 8)
    s.text(44, y + 58, "Matricule agent :", 8)
    s.rect(130, y + 48, 90, 14, lw=0.4)
    s.text(240, y + 58, "Observations :", 8)
    s.hline(300, R - 10, y + 60, 0.4, (1, 2))
    y += 96
    s.para(36, y, FRAUD, W - 72, 6.8, s.ital, color=GREY)
    _footer(s, style, 2)


FONTS = {
    "r1": ("LibSans", "LibSans-B", "LibSans-I"),
    "r2": ("LibSerif", "LibSerif-B", "LibSerif-I"),
    "r3": ("DVC", "DVC-B", "DVC-I"),
}


def draw_form(c, style: str, on_page) -> dict[str, Anchor]:
    """Draw both pages; ``on_page(anchors, page)`` fills a page before it is closed."""
    s = Sheet(c, FONTS[style])
    y = _header(s, style)
    y = _section(s, style, y, "A", "VOUS")
    y = {"r1": _r1_section_a, "r2": _r2_section_a, "r3": _r3_section_a}[style](s, y)
    y = _section(s, style, y, "B", "VOTRE SITUATION")
    hint = "Cochez la case qui correspond à votre situation."
    s.text(36, y - (5 if style == "r1" else 1), hint, 7.5, s.ital, GREY)
    _section_b(s, style, y + 14)
    _footer(s, style, 1)
    on_page(s.anchors, 1)
    s.new_page()
    _page2(s, style)
    on_page(s.anchors, 2)
    c.showPage()
    return s.anchors
