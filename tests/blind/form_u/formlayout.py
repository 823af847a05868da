"""Three home-made print runs of cerfa 15763*02 (S1106), drawn with reportlab.

Each draw function paints one page and returns the "slots" where values go (in points,
reportlab origin bottom-left): text rectangles, comb cells, tick boxes and the signature box.
Drawn from the public description of the form (ameli.fr S1106 notice); no original scanned.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.27, 841.89
FT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "LibSans": FT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": FT + "liberation/LiberationSans-Bold.ttf",
    "LibSerif": FT + "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": FT + "liberation/LiberationSerif-Bold.ttf",
    "OpenSans": FT + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": FT + "open-sans/OpenSans-Bold.ttf",
    "Carlito": FT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": FT + "crosextra/Carlito-Bold.ttf",
    "Roboto": FT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "FreeMono": FT + "freefont/FreeMono.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


@dataclass
class Run:
    name: str
    font: str
    bold: str
    heading: str  # bar | underline | box
    label_pos: str  # above | beside | inside
    line: str  # box | dotted | underline
    comb: float  # comb cell size (pt)
    name_comb: bool
    accent: Color
    label_size: float = 8.0


RUNS = {
    "R1": Run("R1", "LibSans", "LibSans-B", "bar", "above", "box", 13.0, True,
              Color(0.05, 0.22, 0.50)),
    "R2": Run("R2", "LibSerif", "LibSerif-B", "underline", "beside", "dotted", 11.5, False,
              Color(0.1, 0.1, 0.1), 8.5),
    "R3": Run("R3", "Carlito", "Carlito-B", "box", "inside", "underline", 15.0, True,
              Color(0.0, 0.42, 0.55), 8.5),
}  # fmt: skip


@dataclass
class Slots:
    text: dict = field(default_factory=dict)  # key -> (x, y, w, h)
    comb: dict = field(default_factory=dict)  # key -> [(x, y, w, h), ...]
    check: dict = field(default_factory=dict)  # key -> (x, y, s)
    sig: tuple | None = None


class Painter:
    def __init__(self, c, run: Run, x0: float = 42, x1: float = PAGE_W - 42):
        self.c, self.r, self.x0, self.x1 = c, run, x0, x1
        self.slots = Slots()

    # primitives
    def label(self, x, y, text, size=None, bold=False, color=black):
        self.c.setFillColor(color)
        self.c.setFont(self.r.bold if bold else self.r.font, size or self.r.label_size)
        self.c.drawString(x, y, text)
        return pdfmetrics.stringWidth(text, self.r.bold if bold else self.r.font,
                                      size or self.r.label_size)  # fmt: skip

    def value_line(self, x, y, w):
        c = self.c
        c.setStrokeColor(Color(0.35, 0.35, 0.35))
        if self.r.line == "dotted":
            c.setDash(1, 2)
            c.setLineWidth(0.6)
            c.line(x, y, x + w, y)
            c.setDash()
        elif self.r.line == "underline":
            c.setLineWidth(0.5)
            c.line(x, y, x + w, y)
        else:
            c.setLineWidth(0.6)
            c.rect(x, y, w, 15, stroke=1, fill=0)

    def heading(self, y, letter, title):
        c, r = self.c, self.r
        if r.heading == "bar":
            c.setFillColor(r.accent)
            c.rect(self.x0, y - 4, self.x1 - self.x0, 16, stroke=0, fill=1)
            self.label(self.x0 + 6, y, f"{letter}   {title}", 10.5, True, white)
        elif r.heading == "box":
            c.setFillColor(Color(0.88, 0.92, 0.94))
            c.setStrokeColor(r.accent)
            c.roundRect(self.x0, y - 5, self.x1 - self.x0, 18, 4, stroke=1, fill=1)
            c.setFillColor(r.accent)
            c.circle(self.x0 + 12, y + 4, 7, stroke=0, fill=1)
            self.label(self.x0 + 9, y + 0.5, letter, 10, True, white)
            self.label(self.x0 + 26, y, title, 10.5, True, r.accent)
        else:
            w = self.label(self.x0, y, f"{letter} - {title}" if letter else title, 11, True)
            c.setStrokeColor(black)
            c.setLineWidth(0.8)
            c.line(self.x0, y - 3, self.x0 + w, y - 3)
        return y - 24

    def text_field(self, key, label, x, y, w, page_h=15.0):
        """A labelled text field; returns the y for the next row."""
        r = self.r
        if r.label_pos == "above":
            self.label(x, y, label)
            self.value_line(x, y - 19, w)
            self.slots.text[key] = (x + 2, y - 18, w - 4, 13)
            return y - 30
        if r.label_pos == "beside":
            lw = self.label(x, y, label) + 4
            self.value_line(x + lw, y - 2, w - lw)
            self.slots.text[key] = (x + lw + 1, y - 1, w - lw - 2, 12)
            return y - 22
        self.c.setStrokeColor(Color(0.45, 0.45, 0.45))
        self.c.setLineWidth(0.6)
        self.c.rect(x, y - 17, w, 26, stroke=1, fill=0)
        self.label(x + 3, y + 2.5, label, 6.5, color=Color(0.3, 0.3, 0.3))
        self.slots.text[key] = (x + 3, y - 15, w - 6, 13)
        return y - 34

    def comb_cells(self, key, x, y, n, size=None, groups=None):
        """n comb cells starting at x with bottom y; groups is a list of group lengths."""
        s = size or self.r.comb
        cells, cx = [], x
        groups = groups or [n]
        self.c.setStrokeColor(Color(0.3, 0.3, 0.3))
        self.c.setLineWidth(0.6)
        for gi, g in enumerate(groups):
            for _ in range(g):
                self.c.rect(cx, y, s, s, stroke=1, fill=0)
                cells.append((cx, y, s, s))
                cx += s
            if gi < len(groups) - 1:
                cx += s * 0.6
        self.slots.comb[key] = cells
        return cx

    def comb_field(self, key, label, x, y, n, groups=None, hint=None):
        r = self.r
        if r.label_pos == "above":
            self.label(x, y, label)
            end = self.comb_cells(key, x, y - 4 - r.comb, n, groups=groups)
            if hint:
                self.label(end + 6, y - r.comb, hint, 7, color=Color(0.4, 0.4, 0.4))
            return y - r.comb - 16
        lw = self.label(x, y, label) + 6
        end = self.comb_cells(key, x + lw, y - 4, n, groups=groups)
        if hint:
            self.label(end + 6, y, hint, 7, color=Color(0.4, 0.4, 0.4))
        return y - r.comb - 10

    def checkbox(self, key, x, y, text, size=8.5, bold=False):
        s = 9.0
        self.c.setStrokeColor(black)
        self.c.setLineWidth(0.7)
        self.c.rect(x, y - 1.5, s, s, stroke=1, fill=0)
        self.slots.check[key] = (x, y - 1.5, s)
        return self.label(x + s + 4, y, text, size, bold) + s + 4

    def para(self, x, y, text, size, width, font=None, leading=None):
        font = font or self.r.font
        leading = leading or size * 1.25
        words, line = text.split(), ""
        self.c.setFont(font, size)
        self.c.setFillColor(black)
        for wd in words:
            trial = (line + " " + wd).strip()
            if pdfmetrics.stringWidth(trial, font, size) > width and line:
                self.c.drawString(x, y, line)
                y -= leading
                line = wd
            else:
                line = trial
        if line:
            self.c.drawString(x, y, line)
            y -= leading
        return y


NOTICE = (
    "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
    "professionnelle : remplissez ce formulaire pour demander l'ouverture de vos droits à la prise "
    "en charge de vos frais de santé. Écrivez en lettres majuscules. Joignez les pièces "
    "justificatives listées en page 2 et adressez le tout à la caisse d'assurance maladie de "
    "votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-2, R. 111-3 et D. 160-2 du code de la "
    "sécurité sociale."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, résidence)."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). "
    "En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de déclaration "
    "d'un changement de situation peuvent faire l'objet d'une pénalité financière (article L. "
    "114-17-1 du code de la sécurité sociale)."
)
CNIL = (
    "Les informations recueillies sont traitées par votre caisse d'assurance maladie pour "
    "l'ouverture de vos droits. Vous disposez d'un droit d'accès et de rectification auprès du "
    "directeur de votre caisse (loi n° 78-17 du 6 janvier 1978 modifiée et RGPD)."
)
PIECES = [
    "une photocopie de votre pièce d'identité en cours de validité (passeport ou, pour les "
    "ressortissants de l'EEE ou de la Suisse, carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant de l'EEE ou de la Suisse : votre titre de séjour, votre "
    "visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation le cas "
    "échéant) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures "
    "successives, attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def header(p: Painter, y: float) -> float:
    c, r = p.c, p.r
    # logo-like mark
    c.setFillColor(Color(0.0, 0.36, 0.67))
    c.circle(p.x0 + 9, y + 4, 9, stroke=0, fill=1)
    c.setFillColor(Color(0.93, 0.45, 0.1))
    c.circle(p.x0 + 15, y + 9, 4, stroke=0, fill=1)
    p.label(p.x0 + 24, y + 8, "l'Assurance", 10, True, Color(0.0, 0.36, 0.67))
    p.label(p.x0 + 24, y - 3, "Maladie", 10, True, Color(0.0, 0.36, 0.67))
    # cerfa box
    bx = p.x1 - 92
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    c.rect(bx, y - 6, 92, 26, stroke=1, fill=0)
    p.label(bx + 6, y + 9, "cerfa", 10, True)
    p.label(bx + 6, y - 2, "N° 15763*02", 9)
    p.label(p.x1 - 150, y + 10, "S1106", 8)
    y -= 30
    title = "Demande d'ouverture des droits à l'assurance maladie"
    if r.name == "R2":
        c.setFont(r.bold, 15)
        c.setFillColor(black)
        c.drawCentredString(PAGE_W / 2, y, title)
        c.setFont(r.font, 12)
        c.drawCentredString(PAGE_W / 2, y - 16, "Protection universelle maladie (PUMa)")
    else:
        p.label(p.x0, y, title, 15, True, r.accent)
        p.label(p.x0, y - 16, "Protection universelle maladie (PUMa)", 11.5, False)
    y -= 30
    y = p.para(p.x0, y, NOTICE, 7, p.x1 - p.x0)
    y = p.para(p.x0, y, LEGAL, 6.5, p.x1 - p.x0)
    return y - 8


def draw_page1(c, run_key: str) -> Slots:
    r = RUNS[run_key]
    p = Painter(c, r)
    y = header(p, PAGE_H - 50)
    y = p.heading(y, "A", "VOUS")
    x0, x1 = p.x0, p.x1
    full = x1 - x0
    if r.name_comb:
        ncell = int((full - 120) // r.comb)
        for key, lab in (("nom", "Nom de naissance"), ("nom_usage", "Nom d'usage (facultatif)"),
                         ("prenoms", "Prénom(s)")):  # fmt: skip
            if r.label_pos == "above":
                y = p.comb_field(key, lab, x0, y, ncell)
            else:
                p.label(x0, y, lab)
                p.comb_cells(key, x0 + 112, y - 4, ncell)
                y -= r.comb + 9
    else:
        y = p.text_field("nom", "Nom de naissance :", x0, y, full)
        y = p.text_field("nom_usage", "Nom d'usage (facultatif) :", x0, y, full)
        y = p.text_field("prenoms", "Prénom(s) :", x0, y, full)
    y -= 2
    w = p.label(x0, y, "Sexe :")
    cx = x0 + w + 8
    cx += p.checkbox("sexe_F", cx, y, "F") + 10
    p.checkbox("sexe_M", cx, y, "M")
    dx = x0 + 150
    lw = p.label(dx, y, "Date de naissance") + 8
    p.comb_cells("dob", dx + lw, y - 4, 8, groups=[2, 2, 4])
    p.label(dx + lw + 12 * r.comb + 8, y, "JJ MM AAAA", 6.5, color=Color(0.45, 0.45, 0.45))
    y -= r.comb + 14
    half = (full - 12) / 2
    y1 = p.text_field("lieu_commune", "Lieu de naissance : commune", x0, y, half)
    p.text_field("lieu_pays", "pays", x0 + half + 12, y, half)
    y = p.text_field("nationalite", "Nationalité", x0, y1, half)
    y = p.comb_field("nir", "N° de sécurité sociale (si vous en avez un)", x0, y, 15,
                     groups=[1, 2, 2, 2, 3, 3, 2], hint="clé")  # fmt: skip
    y = p.text_field("adresse", "Adresse", x0, y, full)
    if r.label_pos == "inside":
        p.text_field("code_postal", "Code postal", x0, y, 90)
        y = p.text_field("commune", "Commune", x0 + 100, y, full - 100)
    else:
        lw = p.label(x0, y, "Code postal") + 6
        p.comb_cells("code_postal", x0 + lw, y - 4, 5, size=min(r.comb, 13))
        y = p.text_field("commune", "Commune", x0 + 150, y, full - 150)
        if r.label_pos == "beside":
            y -= 2
    p.text_field("telephone", "Téléphone", x0, y, half)
    y = p.text_field("email", "Adresse e-mail", x0 + half + 12, y, half)
    y -= 6
    y = p.heading(y, "B", "VOTRE SITUATION")
    p.label(x0, y, "Cochez la case correspondant à votre situation actuelle :", 8)
    y -= 17
    p.checkbox("salarie", x0, y, "Vous exercez une activité salariée en France", 9, True)
    y -= 16
    y = p.text_field("emploi", "Emploi occupé :", x0 + 16, y, full - 16)
    w = p.label(x0 + 16, y, "Type de contrat :")
    cx = x0 + 16 + w + 8
    for key, lab in (("cdi", "CDI"), ("cdd", "CDD"), ("interim", "Intérim"),
                     ("apprenti", "Apprentissage"), ("contrat_autre", "Autre")):  # fmt: skip
        cx += p.checkbox(key, cx, y, lab) + 14
    y -= 20
    p.checkbox(
        "independant", x0, y, "Vous exercez une activité non salariée (indépendant)", 9, True
    )
    y -= 17
    p.checkbox("demandeur_emploi", x0, y, "Vous êtes demandeur d'emploi", 9, True)
    y -= 17
    p.checkbox("etudiant", x0, y, "Vous êtes étudiant(e)", 9, True)
    y -= 17
    p.checkbox("sans_activite", x0, y, "Vous êtes sans activité professionnelle et vous résidez",
               9, True)  # fmt: skip
    p.label(x0 + 13, y - 11, "en France de manière stable et régulière depuis plus de trois mois",
            9, True)  # fmt: skip
    y -= 28
    p.checkbox("autre", x0, y, "Autre situation", 9, True)
    y -= 14
    p.text_field("autre_texte", "précisez :", x0 + 16, y, full - 16)
    footer(p, 1)
    return p.slots


def footer(p: Painter, page: int) -> None:
    c = p.c
    c.setFont(p.r.font, 7)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawRightString(p.x1, 26, f"S1106 — cerfa n° 15763*02 — page {page}/2")
    c.drawString(p.x0, 26, "ameli.fr")


def draw_page2(c, run_key: str, sig_label: str) -> Slots:
    r = RUNS[run_key]
    p = Painter(c, r)
    x0, x1 = p.x0, p.x1
    full = x1 - x0
    y = PAGE_H - 50
    y = p.heading(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p.para(x0, y, CERTIF, 9, full) - 6
    # Fait à ... le ...
    w = p.label(x0, y, "Fait à", 9.5)
    p.value_line(x0 + w + 4, y - 2, 190) if r.line != "box" else p.value_line(x0 + w + 4, y - 5,
                                                                                190)  # fmt: skip
    p.slots.text["fait_a"] = (x0 + w + 6, y - 1, 186, 12)
    lx = x0 + w + 210
    w2 = p.label(lx, y, "le", 9.5)
    p.value_line(lx + w2 + 4, y - 2, 150) if r.line != "box" else p.value_line(lx + w2 + 4, y - 5,
                                                                                150)  # fmt: skip
    p.slots.text["le"] = (lx + w2 + 6, y - 1, 146, 12)
    y -= 30
    # signature box
    bw, bh = 230, 80
    bx = x1 - bw
    if sig_label == "above":
        p.label(bx, y, "Signature", 9.5, True)
        y -= 6
    c.setStrokeColor(black)
    c.setLineWidth(0.9)
    c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
    if sig_label == "inside":
        p.label(bx + 5, y - 12, "Signature", 9, True)
    elif sig_label == "grey":
        c.setFillColor(Color(0.78, 0.78, 0.78))
        c.setFont(r.bold, 22)
        c.drawCentredString(bx + bw / 2, y - bh / 2 - 8, "Signature")
    p.slots.sig = (bx, y - bh, bw, bh)
    p.para(x0, y - 4, FRAUD, 6.5, bx - x0 - 14)
    y -= bh + 22
    y = p.heading(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for item in PIECES:
        p.label(x0 + 4, y, "•", 9)
        y = p.para(x0 + 14, y, item, 8.5, full - 16) - 3
    y -= 8
    y = p.para(x0, y, CNIL, 6.5, full) - 14
    # reserved frame
    c.setStrokeColor(Color(0.4, 0.4, 0.4))
    c.setDash(3, 2)
    c.rect(x0, y - 70, full, 78, stroke=1, fill=0)
    c.setDash()
    p.label(x0 + 6, y - 4, "Cadre réservé à l'organisme", 9, True)
    p.label(x0 + 6, y - 24, "Date de réception : ____ / ____ / ________", 8.5)
    p.label(x0 + 250, y - 24, "Pièces vérifiées :", 8.5)
    c.rect(x0 + 330, y - 26, 8, 8, stroke=1, fill=0)
    p.label(x0 + 341, y - 24, "oui", 8)
    c.rect(x0 + 365, y - 26, 8, 8, stroke=1, fill=0)
    p.label(x0 + 376, y - 24, "non", 8)
    p.label(x0 + 6, y - 46, "Matricule agent : ______________", 8.5)
    p.label(x0 + 250, y - 46, "Cachet de l'organisme", 8.5)
    footer(p, 2)
    return p.slots
