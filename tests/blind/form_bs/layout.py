"""Two print runs of the blank form S1106 / cerfa 15763*02, drawn with reportlab.

Each run draws both pages and records where the values go ("slots"), in PDF points
(origin bottom-left). Labels are placed from measured string widths so that no label
touches a box line or a comb box.
"""

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.2756, 841.8898
FONT_DIR = "/usr/share/fonts/truetype"
FONTS = {
    "OS": "open-sans/OpenSans-Regular.ttf",
    "OS-B": "open-sans/OpenSans-Bold.ttf",
    "OS-I": "open-sans/OpenSans-Italic.ttf",
    "CA": "crosextra/Carlito-Regular.ttf",
    "CA-B": "crosextra/Carlito-Bold.ttf",
    "CA-I": "crosextra/Carlito-Italic.ttf",
    "CA-BI": "crosextra/Carlito-BoldItalic.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if not _registered:
        for name, rel in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{rel}"))
        _registered = True


@dataclass
class Slot:
    page: int
    kind: str  # text | comb | tick | sig
    rect: tuple  # x, y, w, h (points)
    groups: list = field(default_factory=list)  # comb: (x, y, cell_w, h, n)


SECTION_B = [
    ("sit_salarie", "Vous exercez une activité salariée en France"),
    (
        "sit_independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("sit_demandeur", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
    ("sit_etudiant", "Vous êtes étudiant(e)"),
    (
        "sit_sans_activite",
        (
            "Vous êtes sans activité professionnelle et résidez en France de "
            "manière stable et régulière depuis plus de trois mois"
        ),
    ),
    ("sit_autre", "Autre situation"),
]
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, état civil). Je reconnais avoir été informé(e) que ma demande ne "
    "sera examinée qu'à réception de l'ensemble des pièces justificatives."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code "
    "pénal ; article L. 114-13 du code de la sécurité sociale). La loi n° 78-17 du 6 janvier "
    "1978 modifiée relative à l'informatique, aux fichiers et aux libertés s'applique aux "
    "réponses faites sur ce formulaire : elle garantit un droit d'accès et de rectification "
    "pour les données vous concernant auprès de votre caisse."
)
NOTICE = (
    "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
    "professionnelle : complétez ce formulaire pour bénéficier de la prise en charge de vos "
    "frais de santé. Écrivez en lettres capitales. Joignez les pièces justificatives listées "
    "en page 2 et adressez le tout à la caisse d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3 et D. 160-2 du code de la "
    "sécurité sociale."
)
PIECES = [
    (
        "la photocopie de votre pièce d'identité en cours de validité (passeport, ou carte "
        "nationale d'identité pour les ressortissants de l'Union européenne, de l'EEE ou de la "
        "Suisse) ;"
    ),
    (
        "si vous êtes ressortissant d'un autre pays : votre titre de séjour, ou votre visa long "
        "séjour valant titre de séjour (VLS-TS), ou le récépissé de votre demande ;"
    ),
    (
        "la copie intégrale de votre acte de naissance (ou un extrait avec filiation), "
        "accompagné si nécessaire de son apostille ou de sa légalisation ;"
    ),
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, quittances, "
        "factures d'énergie ou de téléphone, attestation d'hébergement...) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def wrap(text, font, size, width):
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


class Sheet:
    """Helpers shared by both runs; y is given in mm from the top of the page."""

    def __init__(self, c, run):
        self.c = c
        self.run = run
        self.slots = {}
        self.page = 0

    def Y(self, top_mm):
        return PAGE_H - top_mm * mm

    def text(self, x_mm, top_mm, s, font, size, color=(0, 0, 0), align="l"):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        x, y = x_mm * mm, self.Y(top_mm)
        if align == "c":
            c.drawCentredString(x, y, s)
        elif align == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)
        return x_mm + pdfmetrics.stringWidth(s, font, size) / mm

    def para(self, x_mm, top_mm, s, font, size, width_mm, lead=1.25, color=(0, 0, 0)):
        lines = wrap(s, font, size, width_mm * mm)
        for i, line in enumerate(lines):
            self.text(x_mm, top_mm + i * size * lead / mm, line, font, size, color)
        return top_mm + len(lines) * size * lead / mm

    def box(self, x_mm, top_mm, w_mm, h_mm, lw=0.6, fill=None, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(0, 0, 0)
        c.setDash(*(dash or ([], 0)))
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(
            x_mm * mm, self.Y(top_mm + h_mm), w_mm * mm, h_mm * mm, stroke=1, fill=1 if fill else 0
        )
        c.setDash([], 0)
        return (x_mm * mm, self.Y(top_mm + h_mm), w_mm * mm, h_mm * mm)

    def comb(self, name, groups_mm, top_mm, cell, h_mm, lw=0.6, gap=None):
        """groups_mm: list of (x_mm, n). Draws comb boxes, records a comb slot."""
        groups = []
        for x_mm, n in groups_mm:
            for i in range(n):
                self.box(x_mm + i * cell, top_mm, cell, h_mm, lw=lw)
            groups.append((x_mm * mm, self.Y(top_mm + h_mm), cell * mm, h_mm * mm, n))
        x0 = groups[0][0]
        g = groups[-1]
        rect = (x0, g[1], g[0] + g[2] * g[4] - x0, g[3])
        self.slots[name] = Slot(self.page, "comb", rect, groups)

    def field(self, name, x_mm, top_mm, w_mm, h_mm, fill=None):
        rect = self.box(x_mm, top_mm, w_mm, h_mm, lw=0.5, fill=fill)
        self.slots[name] = Slot(self.page, "text", rect)

    def dotted(self, name, x_mm, top_mm, x1_mm, h_mm=5.5):
        """A dotted line whose baseline is at top_mm; the slot is the space above it."""
        c = self.c
        c.setLineWidth(0.5)
        c.setStrokeColorRGB(0.15, 0.15, 0.15)
        c.setDash([0.6, 1.6], 0)
        c.line(x_mm * mm, self.Y(top_mm), x1_mm * mm, self.Y(top_mm))
        c.setDash([], 0)
        rect = (x_mm * mm, self.Y(top_mm) + 0.4 * mm, (x1_mm - x_mm) * mm, h_mm * mm)
        self.slots[name] = Slot(self.page, "text", rect)

    def tick(self, name, x_mm, top_mm, size_mm, lw=0.6):
        rect = self.box(x_mm, top_mm, size_mm, size_mm, lw=lw)
        if name:
            self.slots[name] = Slot(self.page, "tick", rect)

    def check_left(self, x_label_mm, right_mm):
        assert x_label_mm < right_mm - 0.8, (self.run, x_label_mm, right_mm)


def header(s, run):
    """Page 1 header: logo, cerfa box, title, notice, legal references."""
    blue = (0.05, 0.27, 0.56)
    if run == "R1":
        f, fb, fi = "OS", "OS-B", "OS-I"
        s.c.setFillColorRGB(*blue)
        s.c.circle(19 * mm, s.Y(15), 4.2 * mm, stroke=0, fill=1)
        s.c.setFillColorRGB(1, 1, 1)
        s.c.circle(20.2 * mm, s.Y(14.2), 1.9 * mm, stroke=0, fill=1)
        s.text(25, 13.5, "l'Assurance", f, 9, blue)
        s.text(25, 18, "Maladie", fb, 12, blue)
        s.text(25, 21.5, "Agir ensemble, protéger chacun", fi, 5.5, blue)
    else:
        f, fb, fi = "CA", "CA-B", "CA-I"
        s.box(15, 9, 38, 13, lw=0.9)
        s.text(17.5, 14.2, "l'Assurance", fb, 10)
        s.text(17.5, 19.4, "Maladie", fb, 13)
    # cerfa box at the top right
    s.box(157, 9, 38, 13, lw=0.8)
    s.text(159, 14.5, "cerfa", "CA-BI" if run == "R2" else "OS-B", 11)
    s.text(193, 19.5, "N° 15763*02", fb, 9.5, align="r")
    title = "Demande d'ouverture des droits à l'assurance maladie"
    s.text(
        105,
        31,
        title,
        fb,
        14 if run == "R1" else 15.5,
        blue if run == "R1" else (0, 0, 0),
        align="c",
    )
    s.text(
        105, 37, "Protection universelle maladie (PUMa)", fb if run == "R2" else f, 11, align="c"
    )
    top = s.para(15, 42.5, NOTICE, fi if run == "R2" else f, 6.6, 180)
    s.text(15, top + 0.6, LEGAL, fi, 6.4)
    s.text(195, top + 0.6, "S1106", fb, 7, align="r")
    return f, fb, fi, blue


def section_title(s, run, top, letter, title, fb, blue):
    if run == "R1":
        s.c.setFillColorRGB(*blue)
        s.c.rect(15 * mm, s.Y(top + 6.5), 180 * mm, 6.5 * mm, stroke=0, fill=1)
        s.text(17.5, top + 4.7, letter, fb, 11, (1, 1, 1))
        s.text(25, top + 4.7, title, fb, 10, (1, 1, 1))
        return top + 10
    s.text(15, top + 4.5, f"{letter} — {title}", fb, 11.5)
    s.c.setLineWidth(0.9)
    s.c.setStrokeColorRGB(0, 0, 0)
    s.c.line(15 * mm, s.Y(top + 6.2), 195 * mm, s.Y(top + 6.2))
    return top + 10


def footer(s, page, f):
    s.text(195, 290, f"S1106 — cerfa n° 15763*02 — page {page}/2", f, 6.5, align="r")
    s.text(15, 290, "Réf. S1106-09/2023", f, 6.5)


def page1_r1(s):
    f, fb, fi, blue = header(s, "R1")
    top = section_title(s, "R1", 55, "A", "VOUS", fb, blue)
    lab, step, hb, cell = 7.2, 12.2, 6.0, 5.0
    grey = (0.94, 0.95, 0.97)

    def label(x, t, text, hint=None):
        end = s.text(x, t + 2.4, text, fb, lab)
        if hint:
            s.text(end + 1.5, t + 2.4, hint, fi, 6.2, (0.3, 0.3, 0.3))

    rows = [
        ("nom_naissance", "Nom de naissance", "(nom de famille)"),
        ("nom_usage", "Nom d'usage (facultatif)", "(par exemple nom d'époux/se)"),
        ("prenoms", "Prénom(s)", "(dans l'ordre de l'état civil)"),
    ]
    for name, text, hint in rows:
        label(15, top, text, hint)
        s.comb(name, [(15, 26)], top + 3.4, cell, hb)
        top += step
    label(15, top, "Sexe")
    s.text(15, top + 7.8, "F", f, 8)
    s.tick("sexe_F", 19, top + 4.4, 4)
    s.text(27, top + 7.8, "M", f, 8)
    s.tick("sexe_M", 31.5, top + 4.4, 4)
    label(45, top, "Date de naissance", "(jour, mois, année)")
    s.comb("date_naissance", [(45, 2), (57, 2), (69, 4)], top + 3.4, cell, hb)
    top += step
    label(15, top, "Lieu de naissance : commune")
    s.field("lieu_naissance", 15, top + 3.4, 100, hb, grey)
    label(120, top, "Pays de naissance")
    s.field("pays_naissance", 120, top + 3.4, 75, hb, grey)
    top += step
    label(15, top, "Nationalité")
    s.field("nationalite", 15, top + 3.4, 80, hb, grey)
    top += step
    label(15, top, "N° de sécurité sociale", "(si vous en avez un)")
    s.check_left(15 + 60, 84)
    s.comb("nir", [(15, 13)], top + 3.4, cell, hb)
    s.text(84, top + 2.4, "Clé", fb, lab)
    s.comb("nir_cle", [(84, 2)], top + 3.4, cell, hb)
    top += step
    label(15, top, "Adresse", "(n°, rue, bâtiment, étage, appartement)")
    s.field("adresse", 15, top + 3.4, 180, hb, grey)
    top += step
    label(15, top, "Code postal")
    s.comb("code_postal", [(15, 5)], top + 3.4, cell, hb)
    label(45, top, "Commune")
    s.field("commune", 45, top + 3.4, 150, hb, grey)
    top += step
    label(15, top, "Téléphone")
    s.field("telephone", 15, top + 3.4, 60, hb, grey)
    label(80, top, "Adresse électronique")
    s.field("email", 80, top + 3.4, 115, hb, grey)
    top += step + 1.5
    top = section_title(s, "R1", top, "B", "VOTRE SITUATION", fb, blue)
    s.text(15, top + 1.5, "Cochez la case correspondant à votre situation actuelle :", fi, 7.5)
    top += 4.5
    for name, text in SECTION_B:
        s.tick(name, 15, top, 3.8)
        lines = wrap(text, f, 8, 172 * mm)
        for i, line in enumerate(lines):
            s.text(21, top + 3.0 + i * 3.6, line, f, 8)
        top += 4.2 + 3.6 * len(lines)
        if name == "sit_salarie":
            x = s.text(21, top + 3.0, "Type de contrat :", f, 7.5)
            for key, lbl in (
                ("ct_cdi", "CDI"),
                ("ct_cdd", "CDD"),
                ("ct_interim", "Intérim"),
                ("ct_autre", "Autre"),
            ):
                s.tick(key, x + 3, top + 0.2, 3.5)
                x = s.text(x + 7.5, top + 3.0, lbl, f, 7.5)
            s.text(110, top + 3.0, "Emploi occupé", f, 7.5)
            s.field("emploi", 130, top - 1.2, 65, 5.6, grey)
            top += 8
        if name == "sit_autre":
            s.text(21, top + 3.0, "Précisez :", f, 7.5)
            s.field("autre_precision", 36, top - 1.2, 159, 5.6, grey)
            top += 8
    footer(s, 1, f)
    return f, fb, fi, blue


def page1_r2(s):
    f, fb, fi, blue = header(s, "R2")
    top = section_title(s, "R2", 52, "A", "VOUS", fb, blue)
    size, step = 9.5, 11

    def row(name, text, top, x=15, x1=195, hint=None):
        end = s.text(x, top, text, f, size)
        if hint:
            s.text(x, top + 3.2, hint, fi, 6.5, (0.25, 0.25, 0.25))
        s.dotted(name, end + 2, top, x1)
        return end

    top += 3
    row("nom_naissance", "Nom de naissance :", top)
    top += step
    row("nom_usage", "Nom d'usage (facultatif) :", top)
    top += step
    row("prenoms", "Prénom(s) :", top)
    top += step
    end = s.text(15, top, "Sexe :", f, size)
    end = s.text(end + 3, top, "F", f, size)
    s.tick("sexe_F", end + 1.5, top - 3.3, 3.6)
    end = s.text(end + 8, top, "M", f, size)
    s.tick("sexe_M", end + 1.5, top - 3.3, 3.6)
    end = s.text(75, top, "Date de naissance :", f, size)
    c4 = 4.4
    x = end + 2.5
    s.comb(
        "date_naissance", [(x, 2), (x + 2 * c4 + 2.5, 2), (x + 4 * c4 + 5, 4)], top - 4.3, c4, 5.4
    )
    s.text(x + 8 * c4 + 7.5, top, "(jj mm aaaa)", fi, 7)
    top += step + 1
    row("lieu_naissance", "Lieu de naissance (commune) :", top, x1=128)
    row("pays_naissance", "Pays :", top, x=131)
    top += step
    row("nationalite", "Nationalité :", top, x1=120)
    top += step + 0.5
    end = s.text(15, top, "N° de sécurité sociale :", f, size)
    s.text(15, top + 3.2, "(si vous en avez un)", fi, 6.5, (0.25, 0.25, 0.25))
    x = end + 3
    s.comb("nir", [(x, 13)], top - 4.3, c4, 5.4)
    kx = x + 13 * c4 + 4
    s.text(kx, top, "clé", f, 8)
    s.comb("nir_cle", [(kx + 5.5, 2)], top - 4.3, c4, 5.4)
    top += step + 1
    row("adresse", "Adresse :", top)
    top += step
    row("code_postal", "Code postal :", top, x1=62)
    row("commune", "Commune :", top, x=66)
    top += step
    row("telephone", "Téléphone :", top, x1=90)
    row("email", "Courriel :", top, x=94)
    top += step - 2
    top = section_title(s, "R2", top, "B", "VOTRE SITUATION", fb, blue)
    s.text(15, top + 1, "Cochez une seule case.", fi, 8)
    top += 4.5
    for name, text in SECTION_B:
        s.tick(name, 15, top, 3.4)
        lines = wrap(text, f, 9, 170 * mm)
        for i, line in enumerate(lines):
            s.text(21, top + 2.9 + i * 3.9, line, f, 9)
        top += 4.6 + 3.9 * len(lines)
        if name == "sit_salarie":
            top += 3
            row("emploi", "Emploi occupé :", top, x=21, x1=92)
            row("contrat", "Type de contrat (CDI, CDD, intérim...) :", top, x=95)
            top += 4
        if name == "sit_autre":
            top += 2
            row("autre_precision", "Précisez :", top, x=21)
            top += 4
    footer(s, 1, f)
    return f, fb, fi, blue


def page2(s, fonts):
    f, fb, fi, blue = fonts
    run = s.run
    top = section_title(s, run, 14, "C", "VOS ENGAGEMENTS ET SIGNATURE", fb, blue)
    size = 8.5 if run == "R1" else 9.5
    top = s.para(15, top + 2, CERTIF, f, size, 180) + 3
    sig_w, sig_h = (85, 32) if run == "R1" else (80, 30)
    if run == "R1":
        end = s.text(15, top + 4.6, "Fait à", fb, 9)
        s.field("fait_a", end + 2, top, 70, 6.5)
        end = s.text(end + 76, top + 4.6, "le", fb, 9)
        s.field("le", end + 2, top, 40, 6.5)
        top += 11
        rect = s.box(15, top, sig_w, sig_h, lw=0.8)
        s.text(18, top + 5, "Signature", f, 10, (0.62, 0.62, 0.62))
        s.text(15 + sig_w + 4, top + 5, "Signature du demandeur", fi, 7)
        s.text(15 + sig_w + 4, top + 8.5, "(ou de son représentant légal)", fi, 7)
    else:
        end = s.text(15, top + 4, "Fait à", f, 10)
        s.dotted("fait_a", end + 2, top + 4, 110)
        end = s.text(113, top + 4, "le", f, 10)
        s.dotted("le", end + 2, top + 4, 175)
        top += 10
        s.text(15, top + 3, "Signature", fb, 10)
        top += 4.5
        rect = s.box(15, top, sig_w, sig_h, lw=0.9)
    s.slots["signature"] = Slot(1, "sig", rect)
    top += sig_h + 5
    top = s.para(15, top, FRAUD, fi, 6.4, 180) + 4
    if run == "R1":
        s.c.setFillColorRGB(*blue)
        s.c.rect(15 * mm, s.Y(top + 6.5), 180 * mm, 6.5 * mm, stroke=0, fill=1)
        s.text(
            17.5, top + 4.7, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", fb, 9.5, (1, 1, 1)
        )
    else:
        s.text(15, top + 4.5, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", fb, 10.5)
        s.c.setLineWidth(0.6)
        s.c.line(15 * mm, s.Y(top + 6), 195 * mm, s.Y(top + 6))
    top += 11
    for item in PIECES:
        s.text(17, top, "•" if run == "R1" else "–", f, size)
        top = s.para(21, top, item, f, size, 172) + 1.4
    top += 4
    dash = None if run == "R1" else ([2, 1.5], 0)
    s.box(15, top, 180, 30, lw=0.7, dash=dash, fill=(0.93, 0.93, 0.93) if run == "R1" else None)
    s.text(18, top + 5, "Cadre réservé à l'organisme", fb, 9)
    s.text(18, top + 12, "Date de réception :", f, 8)
    s.text(18, top + 19, "Pièces vérifiées :", f, 8)
    s.tick(None, 45, top + 16.2, 3.2)
    s.text(49.5, top + 19, "oui", f, 8)
    s.tick(None, 58, top + 16.2, 3.2)
    s.text(62.5, top + 19, "non", f, 8)
    s.text(18, top + 26, "Matricule agent :", f, 8)
    s.text(110, top + 12, "Observations :", f, 8)
    footer(s, 2, f)


def draw_run(c, run, overlay):
    """Draw both pages of a print run on canvas c. overlay(c, page, slots) is called after
    each page's print, before showPage, to add the values. Returns the slots."""
    register_fonts()
    s = Sheet(c, run)
    s.page = 0
    fonts = page1_r1(s) if run == "R1" else page1_r2(s)
    overlay(c, 0, s.slots)
    c.showPage()
    s.page = 1
    page2(s, fonts)
    overlay(c, 1, s.slots)
    c.showPage()
    return s.slots
