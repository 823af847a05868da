"""Blank S1106 / cerfa 15763*02 pages in three home-made "print runs".

Each run draws the two A4 pages with reportlab and records the geometry of every field so
that a filler (hand, typed, AcroForm) can put values in the right place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.27, 841.89
FONTS = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "Lato-B": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
}
_done = False


def register_fonts() -> None:
    global _done
    if _done:
        return
    for name, path in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _done = True


@dataclass
class Run:
    """One print run of the form."""

    key: str
    font: str
    bold: str
    section: str  # "bar" | "underline" | "frame"
    labels: str  # "above" | "beside" | "inside"
    comb: float  # comb box size in points
    sig_label: str  # "above" | "inside" | "grey"
    accent: Color
    lines: str  # "box" | "dotted"


RUNS = {
    "R1": Run("R1", "LibSans", "LibSans-B", "bar", "above", 13.0, "above",
              Color(0.0, 0.25, 0.55), "box"),
    "R2": Run("R2", "LibSerif", "LibSerif-B", "underline", "beside", 12.0, "inside",
              Color(0.1, 0.1, 0.1), "dotted"),
    "R3": Run("R3", "Lato", "Lato-B", "frame", "inside", 15.0, "grey",
              Color(0.05, 0.42, 0.62), "box"),
}  # fmt: skip


@dataclass
class Geo:
    """Geometry of the fields of one page: name -> spec."""

    fields: dict = field(default_factory=dict)

    def text(self, name, x, y, w, h):
        self.fields[name] = {"kind": "text", "x": x, "y": y, "w": w, "h": h}

    def comb(self, name, x, y, n, size):
        boxes = [(x + i * size, y, size, size) for i in range(n)]
        self.fields[name] = {"kind": "comb", "boxes": boxes, "size": size}

    def check(self, name, x, y, size):
        self.fields[name] = {"kind": "check", "x": x, "y": y, "s": size}


NOTICE = (
    "Ce formulaire permet de demander l'ouverture de vos droits à la prise en charge de vos "
    "frais de santé au titre de votre activité professionnelle ou de votre résidence stable "
    "et régulière en France. Complétez-le en lettres capitales, datez-le, signez-le et "
    "adressez-le à la caisse d'assurance maladie de votre lieu de résidence avec les "
    "pièces justificatives listées en page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-3 et D. 160-2 du code de la sécurité sociale."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
    "situation. La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
    "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 "
    "et suivants du code pénal, article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    "la photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    "si vous êtes ressortissant d'un État hors UE/EEE/Suisse : la photocopie de votre titre "
    "de séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre "
    "récépissé de demande ;",
    "une copie intégrale de votre acte de naissance (apostillé ou légalisé s'il y a lieu) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, quittances, "
    "factures, attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
    "aux libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un "
    "droit d'accès et de rectification des données vous concernant auprès de votre caisse."
)
SITUATIONS = [
    ("sit_salarie", "Vous exercez une activité salariée en France"),
    ("sit_independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("sit_demandeur", "Vous êtes inscrit(e) comme demandeur d'emploi à France Travail"),
    ("sit_etudiant", "Vous êtes étudiant(e)"),
    ("sit_sans_activite", "Vous êtes sans activité professionnelle et résidez en France de "
     "manière stable et régulière depuis plus de trois mois"),
    ("sit_autre", "Autre situation, précisez :"),
]  # fmt: skip
CONTRACTS = [("ct_cdi", "CDI"), ("ct_cdd", "CDD"), ("ct_interim", "Intérim"), ("ct_autre", "Autre")]


def wrap(c, text, font, size, width):
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if pdfmetrics.stringWidth(trial, font, size) > width and cur:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def paragraph(c, text, font, size, x, y, width, lead=None):
    lead = lead or size * 1.25
    c.setFont(font, size)
    for line in wrap(c, text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


class Drawer:
    """Draws one print run and records field geometry."""

    def __init__(self, c, run: Run):
        self.c, self.r = c, run
        self.x0, self.x1 = 40.0, W - 40.0

    # --- primitives -------------------------------------------------------------------
    def section(self, y, letter, title):
        c, r = self.c, self.r
        if r.section == "bar":
            c.setFillColor(r.accent)
            c.rect(self.x0, y - 4, self.x1 - self.x0, 17, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(r.bold, 11)
            c.drawString(self.x0 + 6, y + 1, f"{letter}   {title}".strip())
            c.setFillColor(black)
        elif r.section == "underline":
            c.setFont(r.bold, 12)
            c.drawString(self.x0, y, f"{letter}. {title}" if letter else title)
            c.setLineWidth(1.2)
            c.line(self.x0, y - 4, self.x1, y - 4)
        else:
            c.setFillColor(r.accent)
            tx = self.x0
            if letter:
                c.circle(self.x0 + 8, y + 4, 9, stroke=0, fill=1)
                c.setFillColor(white)
                c.setFont(r.bold, 11)
                c.drawCentredString(self.x0 + 8, y, letter)
                c.setFillColor(r.accent)
                tx += 24
            c.setFont(r.bold, 12)
            c.drawString(tx, y, title)
            c.setFillColor(black)
        return y - 24

    def label(self, x, y, text, size=8.5):
        self.c.setFont(self.r.font, size)
        self.c.drawString(x, y, text)
        return pdfmetrics.stringWidth(text, self.r.font, size)

    def field(self, geo, name, lab, x, y, w, h=16):
        """A text field with its label; (x, y) is the top-left of the whole block."""
        c, r = self.c, self.r
        if r.labels == "above":
            self.label(x, y - 8, lab)
            fy = y - 10 - h
            c.setLineWidth(0.6)
            c.rect(x, fy, w, h)
            geo.text(name, x + 2, fy, w - 4, h)
            return fy - 6
        if r.labels == "beside":
            lw = self.label(x, y - h + 4, lab, 9.5) + 4
            c.setDash(1, 2)
            c.setLineWidth(0.6)
            c.line(x + lw, y - h + 2, x + w, y - h + 2)
            c.setDash()
            geo.text(name, x + lw + 2, y - h + 1, w - lw - 2, h)
            return y - h - 8
        c.setFillColor(Color(0.93, 0.95, 0.97))
        c.setStrokeColor(Color(0.55, 0.6, 0.65))
        c.rect(x, y - h - 9, w, h + 9, stroke=1, fill=1)
        c.setFillColor(Color(0.35, 0.38, 0.42))
        self.label(x + 3, y - 8, lab, 7)
        c.setFillColor(black)
        c.setStrokeColor(black)
        geo.text(name, x + 3, y - h - 9, w - 6, h)
        return y - h - 13

    def combs(self, geo, name, x, y, n, size=None):
        c, s = self.c, size or self.r.comb
        c.setLineWidth(0.6)
        for i in range(n):
            c.rect(x + i * s, y, s, s)
        geo.comb(name, x, y, n, s)
        return x + n * s

    def box(self, geo, name, x, y, s=9):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, s, s)
        geo.check(name, x, y, s)

    def footer(self, page):
        c = self.c
        c.setFont(self.r.font, 7)
        c.drawString(self.x0, 24, f"S1106 — cerfa n° 15763*02 — page {page}/2")
        c.drawRightString(self.x1, 24, "ameli.fr")

    # --- pages --------------------------------------------------------------------
    def page1(self) -> Geo:
        c, r, geo = self.c, self.r, Geo()
        x0, x1 = self.x0, self.x1
        c.setFillColor(r.accent)
        c.setFont(r.bold, 15)
        c.drawString(x0, H - 58, "l'Assurance")
        c.drawString(x0, H - 75, "Maladie")
        c.setFillColor(black)
        c.setLineWidth(1)
        c.rect(x1 - 92, H - 80, 92, 36)
        c.setFont(r.bold, 13)
        c.drawCentredString(x1 - 46, H - 60, "cerfa")
        c.setFont(r.font, 9)
        c.drawCentredString(x1 - 46, H - 74, "N° 15763*02")
        c.setFont(r.bold, 14.5)
        c.drawCentredString(W / 2 + 10, H - 108, "Demande d'ouverture des droits")
        c.drawCentredString(W / 2 + 10, H - 125, "à l'assurance maladie")
        c.setFont(r.font, 11)
        c.drawCentredString(W / 2 + 10, H - 141, "Protection universelle maladie (PUMa)")
        y = paragraph(c, NOTICE, r.font, 7.2, x0, H - 162, x1 - x0)
        c.setFont(r.font, 6.8)
        c.drawString(x0, y - 1, LEGAL)
        y = self.section(y - 26, "A", "VOUS")
        full = x1 - x0
        y = self.field(geo, "nom_naissance", "Nom de naissance (nom de famille)", x0, y, full)
        y = self.field(geo, "nom_usage", "Nom d'usage (facultatif, ex. nom d'époux/se)", x0, y,
                       full)  # fmt: skip
        y = self.field(geo, "prenoms", "Prénom(s) (dans l'ordre de l'état civil)", x0, y, full)
        # sex and date of birth
        yy = y - 16
        self.label(x0, yy + 2, "Sexe :", 9)
        self.label(x0 + 40, yy + 2, "F", 9)
        self.box(geo, "sexe_f", x0 + 50, yy + 1)
        self.label(x0 + 70, yy + 2, "M", 9)
        self.box(geo, "sexe_m", x0 + 82, yy + 1)
        self.label(x0 + 130, yy + 2, "Date de naissance :", 9)
        bx = x0 + 225
        s = r.comb
        bx = self.combs(geo, "dn_jour", bx, yy - 2, 2) + 6
        bx = self.combs(geo, "dn_mois", bx, yy - 2, 2) + 6
        self.combs(geo, "dn_annee", bx, yy - 2, 4)
        c.setFont(r.font, 6)
        c.drawString(x0 + 225, yy - 9, "J J")
        c.drawString(x0 + 225 + 2 * s + 6, yy - 9, "M M")
        c.drawString(x0 + 225 + 4 * s + 12, yy - 9, "A A A A")
        y = yy - 16
        half = (full - 10) / 2
        ya = self.field(geo, "lieu_commune", "Lieu de naissance : commune", x0, y, half)
        self.field(geo, "lieu_pays", "Pays de naissance", x0 + half + 10, y, half)
        y = self.field(geo, "nationalite", "Nationalité", x0, ya, half)
        yy = y - 14
        self.label(x0, yy + 3, "N° de sécurité sociale (si vous en avez un) :", 8.5)
        nx = self.combs(geo, "nir", x0 + 205, yy, 13, s * 0.95) + 8
        self.label(nx, yy + 3, "clé", 7.5)
        self.combs(geo, "nir_cle", nx + 16, yy, 2, s * 0.95)
        yy -= s + 6
        self.label(x0, yy + 3, "N° d'allocataire CAF (si vous en avez un) :", 8.5)
        self.combs(geo, "caf", x0 + 205, yy, 7, s * 0.95)
        y = yy - 6
        y = self.field(geo, "adresse", "Adresse (n°, voie, bâtiment, étage)", x0, y, full)
        yy = y - 14
        self.label(x0, yy + 3, "Code postal", 8.5)
        self.combs(geo, "code_postal", x0 + 60, yy, 5)
        y = self.field(geo, "commune", "Commune", x0 + 60 + 5 * s + 14, y,
                       full - 74 - 5 * s)  # fmt: skip
        y = min(y, yy - 6)
        ya = self.field(geo, "telephone", "Téléphone", x0, y, half)
        y = self.field(geo, "courriel", "Adresse e-mail", x0 + half + 10, y, half)
        y = min(y, ya)
        y = self.section(y - 12, "B", "VOTRE SITUATION")
        c.setFont(r.font, 8)
        c.drawString(x0, y + 4, "Cochez la case qui correspond à votre situation actuelle.")
        y -= 12
        for key, text in SITUATIONS:
            self.box(geo, key, x0, y)
            lines = wrap(c, text, r.font, 9, full - 20)
            c.setFont(r.font, 9)
            for i, line in enumerate(lines):
                c.drawString(x0 + 16, y + 1 - 11 * i, line)
            y -= 11 * len(lines)
            if key == "sit_salarie":
                y -= 4
                self.label(x0 + 16, y - 2, "Type de contrat :", 8.5)
                cx = x0 + 92
                for ck, ct in CONTRACTS:
                    self.box(geo, ck, cx, y - 3, 8)
                    cx += 12 + self.label(cx + 12, y - 2, ct, 8.5) + 12
                y = self.field(geo, "emploi", "Emploi occupé", x0 + 16, y - 10, full - 16)
                y -= 2
            elif key == "sit_autre":
                c.setLineWidth(0.5)
                c.setDash(1, 2)
                c.line(x0 + 140, y + 10, x1, y + 10)
                c.setDash()
                geo.text("autre_precision", x0 + 142, y + 10, full - 144, 14)
            y -= 6
        self.footer(1)
        return geo

    def page2(self) -> Geo:
        c, r, geo = self.c, self.r, Geo()
        x0, x1 = self.x0, self.x1
        full = x1 - x0
        c.setFont(r.font, 7.5)
        c.drawString(x0, H - 40, "Demande d'ouverture des droits à l'assurance maladie (suite)")
        y = self.section(H - 70, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = paragraph(c, CERTIF, r.font, 8.5, x0, y, full) - 14
        c.setFont(r.font, 10)
        c.drawString(x0, y, "Fait à")
        if r.lines == "dotted":
            c.setDash(1, 2)
        c.setLineWidth(0.5)
        c.line(x0 + 32, y - 2, x0 + 230, y - 2)
        c.drawString(x0 + 245, y, "le")
        c.line(x0 + 262, y - 2, x0 + 420, y - 2)
        c.setDash()
        geo.text("fait_a", x0 + 34, y - 3, 194, 15)
        geo.text("date_signature", x0 + 264, y - 3, 154, 15)
        y -= 24
        bw, bh = 230, 78
        bx = x1 - bw
        if r.sig_label == "above":
            c.setFont(r.bold, 9.5)
            c.drawString(bx, y - 10, "Signature")
            y -= 14
        c.setLineWidth(0.9)
        c.rect(bx, y - bh, bw, bh)
        if r.sig_label == "inside":
            c.setFont(r.bold, 9)
            c.drawString(bx + 4, y - 11, "Signature :")
        elif r.sig_label == "grey":
            c.setFillColor(Color(0.78, 0.8, 0.83))
            c.setFont(r.font, 16)
            c.drawCentredString(bx + bw / 2, y - bh / 2 - 5, "Signature")
            c.setFillColor(black)
        geo.text("signature", bx + 3, y - bh + 3, bw - 6, bh - 6)
        c.setFont(r.font, 7.5)
        c.drawString(x0, y - 20, "Signature du demandeur")
        c.drawString(x0, y - 30, "(ou de son représentant légal)")
        y -= bh + 30
        y = self.section(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        c.setFont(r.font, 8.8)
        for item in PIECES:
            lines = wrap(c, item, r.font, 8.8, full - 16)
            c.drawString(x0 + 4, y, "•")
            for i, line in enumerate(lines):
                c.drawString(x0 + 14, y - 11 * i, line)
            y -= 11 * len(lines) + 4
        y -= 16
        c.setLineWidth(0.8)
        c.setStrokeColor(r.accent)
        c.rect(x0, y - 70, full, 80)
        c.setStrokeColor(black)
        c.setFont(r.bold, 9)
        c.drawString(x0 + 6, y - 4, "Cadre réservé à l'organisme")
        c.setFont(r.font, 8.5)
        c.drawString(x0 + 6, y - 24, "Date de réception : ____ / ____ / ________")
        c.drawString(x0 + 6, y - 42, "Pièces vérifiées :")
        px = x0 + 90
        for word in ("oui", "non"):
            c.rect(px, y - 43, 7, 7)
            px += 10 + self.label(px + 10, y - 42, word) + 12
        c.drawString(x0 + 6, y - 60, "Matricule agent : ____________")
        c.drawString(x0 + 260, y - 24, "Date d'ouverture des droits : ____ / ____ / ________")
        c.drawString(x0 + 260, y - 42, "Observations :")
        paragraph(c, CNIL, r.font, 6.5, x0, y - 92, full)
        self.footer(2)
        return geo
