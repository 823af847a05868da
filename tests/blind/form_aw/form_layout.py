"""Three home-made "print runs" of the cerfa 15763*02 (S1106) drawn with reportlab.

Each run draws the blank two-page form and returns a field registry:
name -> dict(kind=text|comb|check|sigbox, page, x, y, w, h, n, cell) in PDF points
(origin bottom-left), so that fillers can write into the same places.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.28, 841.89
TT = "/usr/share/fonts/truetype/"
_FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "LibSerif": TT + "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "LibSerif-I": TT + "liberation/LiberationSerif-Italic.ttf",
    "DVC": TT + "dejavu/DejaVuSansCondensed.ttf",
    "DVC-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVC-I": TT + "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "FreeSans": TT + "freefont/FreeSans.ttf",
    "FreeMono": TT + "freefont/FreeMono.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
    "DVS": TT + "dejavu/DejaVuSans.ttf",
}


def register_fonts() -> None:
    for name, path in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


@dataclass
class Run:
    key: str
    font: str
    bold: str
    italic: str
    section: str  # bar | underline | shade
    labels: str  # above | beside | inside
    fields: str  # box | dotted
    cell: float  # comb cell width
    sig_label: str  # above | inside_grey | inside_center
    accent: object
    ticks: str  # square size style


RUNS = {
    "A": Run(
        "A",
        "LibSans",
        "LibSans-B",
        "LibSans-I",
        "bar",
        "above",
        "box",
        14.0,
        "above",
        HexColor("#1f4e9c"),
        "square",
    ),
    "B": Run(
        "B",
        "LibSerif",
        "LibSerif-B",
        "LibSerif-I",
        "underline",
        "beside",
        "dotted",
        12.0,
        "inside_grey",
        HexColor("#000000"),
        "square",
    ),
    "C": Run(
        "C",
        "DVC",
        "DVC-B",
        "DVC-I",
        "shade",
        "inside",
        "box",
        16.0,
        "inside_center",
        HexColor("#0b6e4f"),
        "square",
    ),
}

NOTICE = [
    "Ce formulaire vous permet de demander l'ouverture de vos droits à l'assurance maladie "
    "au titre",
    "de votre activité professionnelle ou de votre résidence stable et régulière en France. "
    "Remplissez-le",
    "en lettres capitales, datez-le, signez-le et renvoyez-le à la caisse d'assurance maladie "
    "de votre",
    "lieu de résidence accompagné des pièces justificatives listées en page 2.",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-15-1, R. 111-2, R. 111-3 et D. 160-2 "
    "du code de la sécurité sociale"
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et",
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation.",
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes",
    "ou de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal,",
    "article L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    "une copie de votre pièce d'identité (passeport, ou carte nationale d'identité pour les",
    "   ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;",
    "si vous n'êtes pas ressortissant européen : votre titre de séjour, votre visa long séjour",
    "   valant titre de séjour (VLS-TS) ou le récépissé de votre demande ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation "
    "le cas échéant) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures",
    "   successives, ou attestation d'hébergement avec pièces de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    ("sans_activite", "Vous êtes sans activité et résidez en France de manière stable et"),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("cdi", "CDI"), ("cdd", "CDD"), ("interim", "Intérim"), ("contrat_autre", "Autre")]


class Drawer:
    def __init__(self, c, run: Run):
        self.c = c
        self.r = run
        self.reg: dict[str, dict] = {}
        self.page = 1
        self.x0, self.x1 = 42.0, PAGE_W - 42.0

    # --- primitives -------------------------------------------------------
    def font(self, size, bold=False, italic=False):
        r = self.r
        self.c.setFont(r.bold if bold else (r.italic if italic else r.font), size)

    def add(self, name, kind, x, y, w, h, **kw):
        self.reg[name] = dict(kind=kind, page=self.page, x=x, y=y, w=w, h=h, **kw)

    def line_field(self, x, y, w, h):
        c = self.c
        if self.r.fields == "dotted":
            c.setDash(1, 2)
            c.setLineWidth(0.6)
            c.line(x, y + 2, x + w, y + 2)
            c.setDash()
        else:
            c.setLineWidth(0.6)
            c.rect(x, y, w, h)

    def comb(self, name, x, y, n, label_below=None, cell=None):
        cell = cell or self.r.cell
        h = cell * 1.25
        c = self.c
        c.setLineWidth(0.6)
        for i in range(n):
            c.rect(x + i * cell, y, cell, h)
        if label_below:
            self.font(5.5, italic=True)
            c.setFillColor(Color(0.35, 0.35, 0.35))
            c.drawCentredString(x + n * cell / 2, y - 7, label_below)
            c.setFillColor(Color(0, 0, 0))
        self.add(name, "comb", x, y, n * cell, h, n=n, cell=cell)
        return x + n * cell

    def check(self, name, x, y, size=9.0):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, size, size)
        self.add(name, "check", x, y, size, size)

    def section(self, y, letter, title):
        c, r = self.c, self.r
        if r.section == "bar":
            c.setFillColor(r.accent)
            c.rect(self.x0, y - 4, self.x1 - self.x0, 16, stroke=0, fill=1)
            c.setFillColor(white)
            self.font(10.5, bold=True)
            c.drawString(self.x0 + 6, y + 0.5, f"{letter}   {title}")
            c.setFillColor(Color(0, 0, 0))
        elif r.section == "underline":
            self.font(12, bold=True)
            c.drawString(self.x0, y, f"{letter}.  {title}")
            c.setLineWidth(1.2)
            c.line(self.x0, y - 4, self.x1, y - 4)
        else:
            c.setFillColor(Color(0.86, 0.9, 0.88))
            c.rect(self.x0, y - 5, self.x1 - self.x0, 17, stroke=0, fill=1)
            c.setFillColor(r.accent)
            c.circle(self.x0 + 10, y + 3.5, 7, stroke=0, fill=1)
            c.setFillColor(white)
            self.font(9.5, bold=True)
            c.drawCentredString(self.x0 + 10, y + 0.3, letter)
            c.setFillColor(r.accent)
            self.font(10.5, bold=True)
            c.drawString(self.x0 + 24, y, title)
            c.setFillColor(Color(0, 0, 0))
        return y - 24

    def text(self, name, label, x, ytop, w, hint=None):
        """A labelled text field; returns the bottom y used."""
        c, r = self.c, self.r
        if r.labels == "above":
            self.font(7.5)
            c.drawString(x, ytop - 8, label)
            if hint:
                lw = c.stringWidth(label, r.font, 7.5)
                self.font(6.5, italic=True)
                c.drawString(x + lw + 3, ytop - 8, hint)
            y = ytop - 28
            self.line_field(x, y, w, 17)
            self.add(name, "text", x + 3, y + 4, w - 6, 17)
            return y - 4
        if r.labels == "beside":
            self.font(9)
            c.drawString(x, ytop - 13, label)
            lw = c.stringWidth(label, r.font, 9) + 4
            if hint:
                self.font(7, italic=True)
                c.drawString(x + lw, ytop - 13, hint)
                lw += c.stringWidth(hint, r.italic, 7) + 4
            y = ytop - 16
            self.line_field(x + lw, y, w - lw, 14)
            self.add(name, "text", x + lw + 2, y + 4, w - lw - 4, 14)
            return y - 6
        # inside: caption in the top-left corner of the cell
        y = ytop - 26
        c.setLineWidth(0.6)
        c.rect(x, y, w, 24)
        self.font(6.3)
        c.setFillColor(Color(0.3, 0.3, 0.3))
        c.drawString(x + 2.5, ytop - 8, label + (f"  {hint}" if hint else ""))
        c.setFillColor(Color(0, 0, 0))
        self.add(name, "text", x + 4, y + 3.5, w - 8, 14)
        return y - 3

    def label_for_comb(self, label, x, ytop):
        """Draws a label for a comb row and returns (x, y) where the comb starts."""
        r = self.r
        if r.labels == "beside":
            self.font(9)
            self.c.drawString(x, ytop - 13, label)
            return x + self.c.stringWidth(label, r.font, 9) + 6, ytop - 17
        self.font(7.5 if r.labels == "above" else 6.8)
        self.c.drawString(x, ytop - 8, label)
        return x, ytop - 12 - self.r.cell * 1.25

    def footer(self, n):
        c = self.c
        self.font(7)
        c.setFillColor(Color(0.25, 0.25, 0.25))
        c.drawString(self.x0, 22, f"S1106 — cerfa n° 15763*02 — page {n}/2")
        c.drawRightString(self.x1, 22, "ameli.fr")
        c.setFillColor(Color(0, 0, 0))

    # --- pages ------------------------------------------------------------
    def header(self):
        c, r = self.c, self.r
        top = PAGE_H - 40
        c.setFillColor(HexColor("#1a61b5") if r.key != "B" else Color(0, 0, 0))
        c.roundRect(self.x0, top - 24, 30, 30, 5, stroke=0, fill=1)
        c.setFillColor(white)
        self.font(15, bold=True)
        c.drawCentredString(self.x0 + 15, top - 15, "am")
        c.setFillColor(HexColor("#1a61b5") if r.key != "B" else Color(0, 0, 0))
        self.font(12, bold=True)
        c.drawString(self.x0 + 36, top - 6, "l'Assurance")
        c.drawString(self.x0 + 36, top - 20, "Maladie")
        c.setFillColor(Color(0, 0, 0))
        # cerfa box
        bx = self.x1 - 92
        c.setLineWidth(1)
        c.rect(bx, top - 26, 92, 34)
        self.font(12, bold=True, italic=False)
        c.drawString(bx + 6, top - 6, "cerfa")
        self.font(9)
        c.drawString(bx + 6, top - 20, "N° 15763*02")
        # titles
        self.font(15 if r.key != "C" else 14, bold=True)
        y = top - 52
        c.drawCentredString(PAGE_W / 2, y, "Demande d'ouverture des droits à l'assurance maladie")
        self.font(11, italic=True)
        c.drawCentredString(PAGE_W / 2, y - 16, "Protection universelle maladie (PUMa)")
        self.font(6.8)
        yy = y - 32
        for line in NOTICE:
            c.drawString(self.x0, yy, line)
            yy -= 8.5
        self.font(6.3, italic=True)
        c.drawString(self.x0, yy - 1, LEGAL)
        return yy - 20

    def page1(self):
        c = self.c
        y = self.header()
        y = self.section(y, "A", "VOUS")
        W = self.x1 - self.x0
        y = self.text("nom_naissance", "Nom de naissance", self.x0, y, W)
        y = self.text("nom_usage", "Nom d'usage", self.x0, y, W, hint="(facultatif)")
        y = self.text("prenoms", "Prénom(s)", self.x0, y, W)
        # sexe + date de naissance
        x, yc = self.label_for_comb("Sexe", self.x0, y)
        yb = yc + 2
        self.font(9)
        c.drawString(x, yb + 2, "F")
        self.check("sexe_f", x + 9, yb, 10)
        c.drawString(x + 28, yb + 2, "M")
        self.check("sexe_m", x + 39, yb, 10)
        x2, yc2 = self.label_for_comb("Date de naissance", self.x0 + 150, y)
        xe = self.comb("dob_jj", x2, yc2, 2, "JJ")
        xe = self.comb("dob_mm", xe + 6, yc2, 2, "MM")
        self.comb("dob_aaaa", xe + 6, yc2, 4, "AAAA")
        y = yc2 - 12
        half = W / 2 - 5
        self.text("lieu_naissance", "Lieu de naissance : commune", self.x0, y, half)
        y = self.text("pays_naissance", "pays", self.x0 + half + 10, y, half)
        y = self.text("nationalite", "Nationalité", self.x0, y, W)
        x, yc = self.label_for_comb("N° de sécurité sociale (si vous en avez un)", self.x0, y)
        cell = self.r.cell * 0.9
        xe = self.comb("nir", x, yc, 13, cell=cell)
        self.font(8)
        c.drawString(xe + 4, yc + 4, "clé")
        self.comb("nir_cle", xe + 20, yc, 2, cell=cell)
        y = yc - 8
        y = self.text("adresse", "Adresse", self.x0, y, W)
        x, yc = self.label_for_comb("Code postal", self.x0, y)
        xe = self.comb("code_postal", x, yc, 5)
        self.text("commune", "Commune", xe + 14, y, self.x1 - xe - 14)
        y = min(yc - 8, y - 30)
        self.text("telephone", "Téléphone", self.x0, y, W * 0.38)
        y = self.text("email", "Adresse e-mail", self.x0 + W * 0.38 + 10, y, W * 0.62 - 10)
        y -= 10
        y = self.section(y, "B", "VOTRE SITUATION")
        self.font(7.5, italic=True)
        c.drawString(self.x0, y + 4, "Cochez la case correspondant à votre situation actuelle.")
        y -= 12
        for key, label in SITUATIONS:
            self.check("sit_" + key, self.x0 + 2, y - 2, 9)
            self.font(9)
            c.drawString(self.x0 + 18, y, label)
            if key == "salarie":
                y -= 16
                self.font(8.5)
                c.drawString(self.x0 + 30, y, "Type de contrat :")
                xx = self.x0 + 105
                for ck, cl in CONTRACTS:
                    self.check("contrat_" + ck.replace("contrat_", ""), xx, y - 2, 8.5)
                    c.drawString(xx + 12, y, cl)
                    xx += 62
                y -= 8
                self.text("emploi", "Emploi occupé", self.x0 + 30, y + 6, W - 30)
                y -= 26 if self.r.labels != "beside" else 14
            elif key == "sans_activite":
                y -= 11
                c.drawString(self.x0 + 18, y, "régulière depuis plus de trois mois")
            elif key == "autre":
                lw = c.stringWidth(label, self.r.font, 9) + 22
                self.line_field(self.x0 + lw, y - 4, W - lw, 13)
                self.add("autre_precision", "text", self.x0 + lw + 2, y - 1, W - lw - 4, 13)
            y -= 19
        self.footer(1)

    def page2(self):
        c, r = self.c, self.r
        self.page = 2
        y = PAGE_H - 60
        y = self.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        self.font(8.6)
        for line in CERTIF:
            c.drawString(self.x0, y, line)
            y -= 11.5
        y -= 16
        self.font(10)
        c.drawString(self.x0, y, "Fait à")
        fx = self.x0 + c.stringWidth("Fait à ", r.font, 10) + 2
        self.line_field(fx, y - 4, 200, 15)
        self.add("fait_a", "text", fx + 2, y - 1, 196, 15)
        lx = fx + 214
        c.drawString(lx, y, "le")
        self.line_field(lx + 14, y - 4, 130, 15)
        self.add("date_signature", "text", lx + 17, y - 1, 124, 15)
        y -= 26
        bw, bh = 250, 92
        bx = self.x1 - bw
        if r.sig_label == "above":
            self.font(9, bold=True)
            c.drawString(bx, y, "Signature")
            y -= 6
        c.setLineWidth(1)
        c.rect(bx, y - bh, bw, bh)
        if r.sig_label == "inside_grey":
            self.font(8.5, italic=True)
            c.setFillColor(Color(0.55, 0.55, 0.55))
            c.drawString(bx + 5, y - 12, "Signature")
            c.setFillColor(Color(0, 0, 0))
        elif r.sig_label == "inside_center":
            self.font(13)
            c.setFillColor(Color(0.78, 0.78, 0.78))
            c.drawCentredString(bx + bw / 2, y - bh / 2 - 4, "Signature")
            c.setFillColor(Color(0, 0, 0))
        self.add("signature", "sigbox", bx, y - bh, bw, bh)
        y -= bh + 30
        if r.section == "bar":
            c.setFillColor(r.accent)
            c.rect(self.x0, y - 4, self.x1 - self.x0, 16, stroke=0, fill=1)
            c.setFillColor(white)
            self.font(10, bold=True)
            c.drawString(self.x0 + 6, y + 0.5, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
            c.setFillColor(Color(0, 0, 0))
        else:
            self.font(10.5, bold=True)
            c.drawString(self.x0, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
            if r.section == "underline":
                c.line(self.x0, y - 3, self.x1, y - 3)
        y -= 20
        self.font(8.5)
        for line in PIECES:
            if not line.startswith("   "):
                c.drawString(self.x0 + 4, y, "•")
            c.drawString(self.x0 + 14, y, line.strip())
            y -= 12
        y -= 20
        bh2 = 92
        c.setLineWidth(0.8)
        c.setDash(3, 2) if r.key != "A" else None
        c.rect(self.x0, y - bh2, self.x1 - self.x0, bh2)
        c.setDash()
        self.font(9, bold=True)
        c.drawString(self.x0 + 8, y - 14, "Cadre réservé à l'organisme")
        self.font(8.5)
        c.drawString(self.x0 + 8, y - 36, "Date de réception :")
        self.comb("recep", self.x0 + 95, y - 40, 8, cell=11)
        c.drawString(self.x0 + 8, y - 58, "Pièces vérifiées :    oui")
        self.check("pv_oui", self.x0 + 108, y - 60, 8)
        c.drawString(self.x0 + 124, y - 58, "non")
        self.check("pv_non", self.x0 + 143, y - 60, 8)
        c.drawString(self.x0 + 8, y - 80, "Matricule agent :")
        self.line_field(self.x0 + 90, y - 84, 120, 13)
        self.footer(2)


def draw_blank(c, run_key: str, page: int, drawer: Drawer | None = None) -> Drawer:
    """Draws one page of the blank form on canvas c; returns the drawer (registry)."""
    register_fonts()
    d = drawer or Drawer(c, RUNS[run_key])
    d.c = c
    if page == 1:
        d.page = 1
        d.page1()
    else:
        d.page2()
    return d
