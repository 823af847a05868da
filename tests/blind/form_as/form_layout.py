"""Three home-made "print runs" of the cerfa 15763*02 (S1106) drawn with reportlab.

Each run differs in fonts, section headings (filled bars, underlines, grey bands), comb cell
size, label placement (beside a dotted line, above a box, inside a box) and signature label.
`draw_page(canvas, page, run)` draws one blank page and returns the geometry of its fields in
PDF points (origin bottom-left), so fillers can write values into them.
"""

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.27, 841.89
MARGIN = 34.0
TT = "/usr/share/fonts/truetype"

_FONTS = {
    "LibSans": f"{TT}/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": f"{TT}/liberation/LiberationSans-Bold.ttf",
    "LibNarrow": f"{TT}/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": f"{TT}/liberation/LiberationSansNarrow-Bold.ttf",
    "DVSerif": f"{TT}/dejavu/DejaVuSerif.ttf",
    "DVSerif-Bold": f"{TT}/dejavu/DejaVuSerif-Bold.ttf",
    "DVSansCond": f"{TT}/dejavu/DejaVuSansCondensed.ttf",
    "DVSansCond-Bold": f"{TT}/dejavu/DejaVuSansCondensed-Bold.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    for name, path in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


AM_BLUE = Color(0.0, 0.31, 0.6)

RUNS = {
    # run A: sans, dark blue section bars, labels beside dotted lines, 14 pt combs
    "A": dict(
        font="LibSans",
        bold="LibSans-Bold",
        heading="bar",
        comb=14.0,
        label="beside",
        sig_label="above",
        sig_box=(300, 92),
        wording=0,
    ),
    # run B: serif, underlined headings, labels above boxes, small combs
    "B": dict(
        font="DVSerif",
        bold="DVSerif-Bold",
        heading="underline",
        comb=12.0,
        label="above",
        sig_label="inside",
        sig_box=(250, 84),
        wording=1,
    ),
    # run C: condensed sans, grey bands, labels inside boxes, large combs
    "C": dict(
        font="LibNarrow",
        bold="LibNarrow-Bold",
        heading="grey",
        comb=16.0,
        label="inside",
        sig_label="grey",
        sig_box=(270, 100),
        wording=2,
    ),
}

WORDS = {
    "surname": ("Nom de naissance", "Nom de famille (nom de naissance)", "NOM DE NAISSANCE"),
    "usage": (
        "Nom d'usage (facultatif)",
        "Nom d'usage (nom d'époux(se), facultatif)",
        "Nom d'usage",
    ),
    "given": ("Prénom(s)", "Prénoms", "Prénom(s) (dans l'ordre de l'état civil)"),
    "email": ("Adresse e-mail", "Adresse électronique", "Courriel"),
    "phone": ("Téléphone", "N° de téléphone", "Tél."),
}

NOTICE = (
    "Vous travaillez ou vous résidez en France de manière stable et régulière et vous n'avez "
    "pas encore de droits ouverts à l'assurance maladie : remplissez ce formulaire et adressez-le "
    "à la caisse d'assurance maladie de votre lieu de résidence, accompagné des pièces "
    "justificatives indiquées en page 2. Écrivez en lettres capitales."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2 et R. 111-3 du code de la "
    "sécurité sociale"
)
CERTIFY = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, situation familiale) et à fournir toute pièce justificative demandée."
)
FRAUD = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
    "313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-13 du code de la "
    "sécurité sociale)."
)
CNIL = (
    "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Conformément au "
    "règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un "
    "droit d'accès et de rectification auprès de votre caisse d'assurance maladie."
)
PIECES = (
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, VLS-TS visé ou "
    "récépissé de demande ;",
    "une copie intégrale de votre acte de naissance (ou extrait avec filiation), apostillé ou "
    "légalisé s'il y a lieu ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
)
SITUATIONS = (
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
)
CONTRACTS = ("CDI", "CDD", "Intérim", "Autre")


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(trial, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, c, run, page):
        self.c, self.r, self.page = c, RUNS[run], page
        self.y = PAGE_H - MARGIN
        self.geo = {}
        self.x0, self.x1 = MARGIN, PAGE_W - MARGIN

    # -- basic text -------------------------------------------------------------
    def text(self, x, y, s, size=8.5, bold=False, color=black):
        self.c.setFillColor(color)
        self.c.setFont(self.r["bold"] if bold else self.r["font"], size)
        self.c.drawString(x, y, s)
        self.c.setFillColor(black)

    def para(self, s, size=7.0, width=None, lead=1.25, x=None, bold=False):
        x = self.x0 if x is None else x
        width = width or (self.x1 - x)
        for line in wrap(s, self.r["bold"] if bold else self.r["font"], size, width):
            self.y -= size * lead
            self.text(x, self.y, line, size, bold)

    def section(self, letter, title):
        self.y -= 16
        c, h = self.c, 15
        if self.r["heading"] == "bar":
            c.setFillColor(AM_BLUE)
            c.rect(self.x0, self.y - 4, self.x1 - self.x0, h, stroke=0, fill=1)
            head = f"{letter}  {title}" if letter else title
            self.text(self.x0 + 6, self.y, head, 10, True, white)
        elif self.r["heading"] == "grey":
            c.setFillColor(Color(0.85, 0.85, 0.85))
            c.rect(self.x0, self.y - 4, self.x1 - self.x0, h, stroke=0, fill=1)
            c.setFillColor(black)
            if letter:
                c.rect(self.x0, self.y - 4, 18, h, stroke=0, fill=1)
                self.text(self.x0 + 5, self.y, letter, 10, True, white)
            self.text(self.x0 + (24 if letter else 6), self.y, title, 10, True)
        else:
            head = f"{letter}. {title}" if letter else title
            self.text(self.x0, self.y, head, 10.5, True, AM_BLUE)
            c.setStrokeColor(AM_BLUE)
            c.setLineWidth(1.2)
            c.line(self.x0, self.y - 3, self.x1, self.y - 3)
            c.setStrokeColor(black)
        self.y -= 8

    # -- fields -----------------------------------------------------------------
    def field(self, name, label, x0, x1, advance=True):
        """A text field; returns the value rectangle (x, y, w, h)."""
        c, mode = self.c, self.r["label"]
        c.setLineWidth(0.6)
        if mode == "beside":
            y = self.y - 17
            self.text(x0, y + 3, label + " :", 8.5)
            lx = x0 + pdfmetrics.stringWidth(label + " :", self.r["font"], 8.5) + 4
            c.setDash(1, 2)
            c.line(lx, y + 1, x1, y + 1)
            c.setDash()
            rect, drop = (lx, y, x1 - lx, 14), 21
        elif mode == "above":
            self.text(x0, self.y - 9, label, 7.5)
            y = self.y - 31
            c.rect(x0, y, x1 - x0, 19)
            rect, drop = (x0 + 2, y + 1, x1 - x0 - 4, 17), 35
        else:
            y = self.y - 27
            c.rect(x0, y, x1 - x0, 25)
            self.text(x0 + 3, y + 18, label, 6.5)
            rect, drop = (x0 + 3, y + 1, x1 - x0 - 6, 15), 30
        self.geo[name] = {"kind": "line", "page": self.page, "rect": rect}
        if advance:
            self.y -= drop
        return drop

    def comb(self, name, label, groups, x0, advance=True, sep=""):
        """Comb boxes; groups is a list of cell counts; returns the row drop."""
        cw = self.r["comb"]
        ch = cw * 1.15
        mode = self.r["label"]
        if mode == "beside":
            y = self.y - ch - 4
            self.text(x0, y + 4, label + " :", 8.5)
            x = x0 + pdfmetrics.stringWidth(label + " :", self.r["font"], 8.5) + 6
            drop = ch + 9
        else:
            self.text(x0, self.y - 9, label, 7.5 if mode == "above" else 7.0)
            y = self.y - ch - 13
            x = x0
            drop = ch + 18
        cells = []
        self.c.setLineWidth(0.6)
        for gi, n in enumerate(groups):
            for _ in range(n):
                self.c.rect(x, y, cw, ch)
                cells.append((x, y, cw, ch))
                x += cw
            if gi < len(groups) - 1:
                if sep:
                    self.text(x + 1.5, y + 3, sep, 10)
                x += cw * 0.55
        self.geo[name] = {"kind": "comb", "page": self.page, "cells": cells}
        if advance:
            self.y -= drop
        return drop, x

    def box(self, name, x, y, label, size=9.0, font_size=8.5):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, size, size)
        self.geo[name] = {"kind": "box", "page": self.page, "rect": (x, y, size, size)}
        self.text(x + size + 4, y + 1, label, font_size)
        return x + size + 8 + pdfmetrics.stringWidth(label, self.r["font"], font_size)

    def footer(self, n):
        s = f"S1106 — cerfa n° 15763*02 — page {n}/2"
        self.c.setFont(self.r["font"], 7)
        self.c.drawRightString(self.x1, 20, s)
        if n == 1:
            self.c.drawString(self.x0, 20, "Tournez la page SVP")


def _header(p):
    c, r = p.c, p.r
    # logo block
    c.setFillColor(AM_BLUE)
    c.circle(MARGIN + 11, PAGE_H - 46, 11, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(MARGIN + 8, PAGE_H - 43, 4, stroke=0, fill=1)
    p.text(MARGIN + 27, PAGE_H - 42, "l'Assurance", 10, True, AM_BLUE)
    p.text(MARGIN + 27, PAGE_H - 54, "Maladie", 13, True, AM_BLUE)
    # cerfa box
    bx, by = PAGE_W - MARGIN - 92, PAGE_H - 68
    c.setLineWidth(1)
    c.rect(bx, by, 92, 40)
    p.text(bx + 6, by + 25, "cerfa", 13, True)
    p.text(bx + 6, by + 8, "N° 15763*02", 9.5, True)
    # titles
    c.setFillColor(black)
    c.setFont(r["bold"], 14 if r["wording"] != 2 else 15)
    c.drawCentredString(PAGE_W / 2 - 10, PAGE_H - 92, "Demande d'ouverture des droits")
    c.drawCentredString(PAGE_W / 2 - 10, PAGE_H - 109, "à l'assurance maladie")
    c.setFont(r["font"], 10.5)
    c.drawCentredString(PAGE_W / 2 - 10, PAGE_H - 124, "Protection universelle maladie (PUMa)")
    p.y = PAGE_H - 130
    p.para(LEGAL, 6.5)
    p.y -= 2
    p.para(NOTICE, 7.0)


def draw_page(c, page, run):
    register_fonts()
    p = Page(c, run, page)
    if page == 1:
        _draw_page1(p)
    else:
        _draw_page2(p)
    p.footer(page)
    return p.geo


def _draw_page1(p):
    r, w = p.r, p.r["wording"]
    _header(p)
    p.section("A", "VOUS")
    mid = (p.x0 + p.x1) / 2
    p.field("nom_naissance", WORDS["surname"][w], p.x0, p.x1)
    p.field("nom_usage", WORDS["usage"][w], p.x0, p.x1)
    p.field("prenoms", WORDS["given"][w], p.x0, p.x1)
    # sex + date of birth on one row
    y_row = p.y
    if r["label"] == "beside":
        yb = p.y - 18
        p.text(p.x0, yb + 1, "Sexe :", 8.5)
        x = p.box("sexe_F", p.x0 + 34, yb, "F")
        p.box("sexe_M", x, yb, "M")
    else:
        p.text(p.x0, p.y - 9, "Sexe", 7.5)
        yb = p.y - 25
        x = p.box("sexe_F", p.x0 + 2, yb, "Féminin" if w == 2 else "F")
        p.box("sexe_M", x, yb, "Masculin" if w == 2 else "M")
    p.y = y_row
    drop, _ = p.comb(
        "date_naissance", "Date de naissance (JJ MM AAAA)", [2, 2, 4], p.x0 + 150, sep="/"
    )
    p.field("lieu_naissance", "Lieu de naissance : commune", p.x0, mid - 6, advance=False)
    p.field("pays_naissance", "Pays de naissance", mid + 6, p.x1)
    p.field("nationalite", "Nationalité", p.x0, mid - 6)
    drop, xe = p.comb(
        "nir", "N° de sécurité sociale (si vous en avez un)", [1, 2, 2, 2, 3, 3], p.x0
    )
    # NIR key right after the 13 digits, same row
    cells = p.geo["nir"]["cells"]
    cw = r["comb"]
    kx = cells[-1][0] + cw * 2.0
    p.text(kx - cw * 0.9, cells[0][1] + 3, "clé", 6.5)
    key_cells = []
    for i in range(2):
        p.c.rect(kx + i * cw, cells[0][1], cw, cells[0][3])
        key_cells.append((kx + i * cw, cells[0][1], cw, cells[0][3]))
    p.geo["nir"]["cells"] = cells + key_cells
    p.field("adresse", "Adresse (n°, rue, bâtiment, étage)", p.x0, p.x1)
    y_row = p.y
    p.comb("code_postal", "Code postal", [5], p.x0, advance=False)
    p.field("commune", "Commune", p.x0 + (170 if r["label"] == "beside" else 120), p.x1)
    p.y = min(p.y, y_row - p.r["comb"] * 1.15 - 18)
    p.field("telephone", WORDS["phone"][w], p.x0, mid - 6, advance=False)
    p.field("email", WORDS["email"][w], mid + 6, p.x1)

    p.section("B", "VOTRE SITUATION")
    p.y -= 4
    p.text(p.x0, p.y - 8, "Cochez la case qui correspond à votre situation actuelle :", 8)
    p.y -= 14
    for key, label in SITUATIONS:
        p.y -= 17
        x_end = p.box("sit_" + key, p.x0 + 4, p.y, label, 10, 8.5)
        if key == "salarie":
            p.y -= 20
            xs = p.x0 + 22
            p.text(xs, p.y + 1, "Profession :", 8)
            lx = xs + 50
            p.c.setDash(1, 2)
            p.c.line(lx, p.y, lx + 180, p.y)
            p.c.setDash()
            p.geo["profession"] = {"kind": "line", "page": 1, "rect": (lx, p.y - 1, 180, 13)}
            x = lx + 195
            p.text(x, p.y + 1, "Contrat :", 8)
            x += 40
            for ct in CONTRACTS:
                x = p.box("ct_" + ct.lower().replace("é", "e"), x, p.y - 1, ct, 9, 8)
        if key == "autre":
            lx = x_end + 2
            p.c.setDash(1, 2)
            p.c.line(lx, p.y, p.x1, p.y)
            p.c.setDash()
            p.geo["autre_precision"] = {
                "kind": "line",
                "page": 1,
                "rect": (lx, p.y - 1, p.x1 - lx, 13),
            }
    p.y -= 22
    p.para("Pour les étudiants : joindre le certificat de scolarité de l'année en cours.", 7)


def _draw_page2(p):
    r, c = p.r, p.c
    p.text(p.x0, PAGE_H - 40, "Demande d'ouverture des droits à l'assurance maladie (suite)", 8)
    c.setFont(r["bold"], 9)
    c.drawRightString(p.x1, PAGE_H - 40, "N° 15763*02")
    p.y = PAGE_H - 50
    p.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
    p.y -= 4
    p.para(CERTIFY, 8.5, lead=1.3)
    p.y -= 4
    p.para(FRAUD, 7.0)
    p.y -= 26
    # "Fait à ........ le ........" on one line
    y = p.y
    p.text(p.x0, y, "Fait à", 9)
    c.setDash(1, 2)
    c.setLineWidth(0.6)
    c.line(p.x0 + 30, y - 1, p.x0 + 200, y - 1)
    p.text(p.x0 + 210, y, "le", 9)
    c.line(p.x0 + 224, y - 1, p.x0 + 360, y - 1)
    c.setDash()
    p.geo["fait_a"] = {"kind": "line", "page": 2, "rect": (p.x0 + 30, y - 2, 170, 15)}
    p.geo["date_sig"] = {"kind": "line", "page": 2, "rect": (p.x0 + 224, y - 2, 136, 15)}
    # signature box
    sw, sh = r["sig_box"]
    sx = p.x1 - sw
    p.y -= 18
    if r["sig_label"] == "above":
        p.text(sx, p.y - 2, "Signature", 9, True)
        p.y -= 8
    top = p.y
    c.setLineWidth(0.9)
    c.rect(sx, top - sh, sw, sh)
    if r["sig_label"] == "inside":
        p.text(sx + 4, top - 11, "Signature :", 8.5)
    elif r["sig_label"] == "grey":
        c.setFillColor(Color(0.78, 0.78, 0.78))
        c.setFont(r["font"], 18)
        c.drawCentredString(sx + sw / 2, top - sh / 2 - 6, "Signature")
        c.setFillColor(black)
    p.geo["signature"] = {"kind": "area", "page": 2, "rect": (sx, top - sh, sw, sh)}
    p.y = top - sh - 6
    p.section("", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    p.y -= 2
    for item in PIECES:
        lines = wrap(item, r["font"], 8.5, p.x1 - p.x0 - 14)
        for i, line in enumerate(lines):
            p.y -= 12
            if i == 0:
                c.circle(p.x0 + 4, p.y + 3, 1.6, stroke=0, fill=1)
            p.text(p.x0 + 12, p.y, line, 8.5)
    p.y -= 8
    p.para("Ne joignez jamais d'original : des photocopies lisibles suffisent.", 7.5)
    # cadre réservé
    p.y -= 18
    h = 78
    c.setLineWidth(0.8)
    c.setDash(3, 2)
    c.rect(p.x0, p.y - h, p.x1 - p.x0, h)
    c.setDash()
    p.text(p.x0 + 6, p.y - 13, "Cadre réservé à l'organisme", 9, True)
    p.text(p.x0 + 6, p.y - 32, "Date de réception : ____ / ____ / ________", 8.5)
    p.box("org_pieces", p.x0 + 260, p.y - 34, "Pièces vérifiées", 9, 8.5)
    p.text(p.x0 + 6, p.y - 52, "Matricule agent : __________________", 8.5)
    p.text(p.x0 + 260, p.y - 52, "Visa :", 8.5)
    p.y -= h + 6
    p.para(CNIL, 6.5)
