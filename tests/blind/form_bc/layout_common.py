"""Shared pieces of the three print runs: slots (where values go), drawing helpers, texts."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = 595.28, 841.89
TT = "/usr/share/fonts/truetype"
PRINT_FONTS = {
    "LibSans": f"{TT}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{TT}/liberation/LiberationSans-Bold.ttf",
    "LibSans-I": f"{TT}/liberation/LiberationSans-Italic.ttf",
    "LibSans-BI": f"{TT}/liberation/LiberationSans-BoldItalic.ttf",
    "LibNarrow": f"{TT}/liberation/LiberationSansNarrow-Regular.ttf",
    "Serif": f"{TT}/dejavu/DejaVuSerif.ttf",
    "Serif-B": f"{TT}/dejavu/DejaVuSerif-Bold.ttf",
    "Serif-I": f"{TT}/dejavu/DejaVuSerif-Italic.ttf",
    "SerifC": f"{TT}/dejavu/DejaVuSerifCondensed.ttf",
    "SerifC-B": f"{TT}/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "Carlito": f"{TT}/crosextra/Carlito-Regular.ttf",
    "Carlito-B": f"{TT}/crosextra/Carlito-Bold.ttf",
    "Carlito-I": f"{TT}/crosextra/Carlito-Italic.ttf",
    "OpenSans": f"{TT}/open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": f"{TT}/open-sans/OpenSans-Bold.ttf",
    "OpenSans-SB": f"{TT}/open-sans/OpenSans-Semibold.ttf",
    "DejaVuSans": f"{TT}/dejavu/DejaVuSans.ttf",
    "DejaVuSans-B": f"{TT}/dejavu/DejaVuSans-Bold.ttf",
    "LibMono": f"{TT}/liberation/LiberationMono-Regular.ttf",
    "Lato": f"{TT}/lato/Lato-Regular.ttf",
}


def register_print_fonts() -> None:
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, path in PRINT_FONTS.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, path))


@dataclass
class Slot:
    """Where a value goes. kind: line (baseline y, width w, height h above the baseline),
    comb (groups of cells), check (square x, y, size), box (signature frame)."""

    kind: str
    page: int
    x: float
    y: float
    w: float
    h: float
    groups: list = field(default_factory=list)  # comb: [(x, y, cell_w, cell_h, n), ...]

    @property
    def rect(self):
        return (self.x, self.y, self.w, self.h)

    def cells(self):
        for gx, gy, cw, ch, n in self.groups:
            for i in range(n):
                yield (gx + i * cw, gy, cw, ch)


class Layout:
    """A print run. Subclasses draw both pages and record `slots` while drawing."""

    name = "?"
    sig_label = "above"  # above | inside | grey
    field_names: dict[str, str] = {}
    typed_font = "LibSans"

    def __init__(self):
        register_print_fonts()
        self.slots: dict[str, Slot] = {}
        scratch = canvas.Canvas(io.BytesIO(), pagesize=(PAGE_W, PAGE_H), invariant=1)
        for page in (0, 1):  # record every slot before any filling starts
            self.draw(scratch, page)
            scratch.showPage()

    def draw(self, c, page: int) -> None:
        (self.page1 if page == 0 else self.page2)(c)

    # ------------------------------------------------------------- helpers for subclasses
    def add(self, key: str, slot: Slot) -> Slot:
        self.slots[key] = slot
        return slot

    @staticmethod
    def text(c, x, y, s, font, size, color=(0, 0, 0), anchor="l"):
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        if anchor == "c":
            c.drawCentredString(x, y, s)
        elif anchor == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)

    @staticmethod
    def para(c, x, y, s, font, size, width, lead=None, color=(0, 0, 0)) -> float:
        """Draw wrapped text from top baseline y; returns the y below the last line."""
        lead = lead or size * 1.22
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        for line in simpleSplit(s, font, size, width):
            c.drawString(x, y, line)
            y -= lead
        return y

    @staticmethod
    def comb(c, x, y, cw, ch, n, style="full", lw=0.6, color=(0, 0, 0)):
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        if style == "full":
            for i in range(n):
                c.rect(x + i * cw, y, cw, ch, stroke=1, fill=0)
        else:  # "peigne": base line with short separators
            c.line(x, y, x + n * cw, y)
            for i in range(n + 1):
                c.line(x + i * cw, y, x + i * cw, y + ch * 0.45)

    @staticmethod
    def box(c, x, y, s, lw=0.7, color=(0, 0, 0)):
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        c.rect(x, y, s, s, stroke=1, fill=0)

    @staticmethod
    def dotted(c, x0, x1, y, color=(0.35, 0.35, 0.35)):
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setLineWidth(0.6)
        c.setDash(0.6, 1.8)
        c.line(x0, y, x1, y)
        c.restoreState()

    @staticmethod
    def rule(c, x0, x1, y, lw=0.5, color=(0, 0, 0)):
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        c.line(x0, y, x1, y)


SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée en France (travailleur indépendant, "
        "micro-entrepreneur, profession libérale)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "Intérim"), ("ct_autre", "Autre")]

NOTICE = (
    "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou vous y "
    "exercez une activité professionnelle : ce formulaire vous permet de demander la prise en "
    "charge de vos frais de santé au titre de la protection universelle maladie. Complétez-le "
    "en lettres capitales, datez-le, signez-le et adressez-le à la caisse d'assurance maladie de "
    "votre lieu de résidence avec les pièces justificatives indiquées page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2 à R. 111-4 et D. 160-2 "
    "du code de la sécurité sociale"
)
CERTIFY = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement modifiant ma situation."
)
PENALTY = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). "
    "En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de "
    "déclaration d'un changement de situation peuvent faire l'objet d'une pénalité financière "
    "en application de l'article L. 114-17-1 du code de la sécurité sociale."
)
PRIVACY = (
    "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Conformément au "
    "règlement général sur la protection des données (RGPD) et à la loi n° 78-17 du 6 janvier "
    "1978 modifiée, vous disposez d'un droit d'accès et de rectification auprès du délégué à la "
    "protection des données de votre caisse."
)
PIECES = [
    "une pièce d'identité en cours de validité : passeport, ou carte nationale d'identité pour "
    "les ressortissants de l'Union européenne, de l'EEE ou de la Suisse ;",
    "si vous êtes ressortissant d'un autre pays : votre titre de séjour, votre visa long séjour "
    "valant titre de séjour (VLS-TS) ou votre récépissé de demande ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation), accompagné si besoin "
    "de son apostille ou de sa légalisation ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
    "successives (énergie, eau, téléphone, internet) ou attestation d'hébergement ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
FOOTER = "S1106 — cerfa n° 15763*02 — page {p}/2"
