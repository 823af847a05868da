"""Three "print runs" of the blank cerfa 15763*02 (S1106), drawn with reportlab.

Each run draws the two A4 pages and returns the geometry of every place a person writes:
comb cells, free lines, tick boxes, the "Fait à / le" line and the signature frame. All
coordinates are reportlab points (origin bottom left). The wording is our own paraphrase of
the public descriptions of the form (see README.md); nothing is copied from a real PDF.
"""

from __future__ import annotations

import os

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.28, 841.89

_FONT_FILES = {
    "FJ-LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "FJ-LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "FJ-LibSans-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "FJ-LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "FJ-LibNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "FJ-LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "FJ-LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "FJ-DejaCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "FJ-DejaCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "FJ-DejaCond-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
    "FJ-DejaSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "FJ-LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
}
_FALLBACK = {
    "Bold": "Helvetica-Bold",
    "Italic": "Helvetica-Oblique",
    "Oblique": "Helvetica-Oblique",
}
_registered: dict[str, str] = {}


def font(name: str) -> str:
    """Register a TTF once and return its reportlab name (Helvetica when the file is absent)."""
    if name in _registered:
        return _registered[name]
    path = _FONT_FILES.get(name)
    if path and os.path.exists(path):
        pdfmetrics.registerFont(TTFont(name, path))
        _registered[name] = name
    else:
        suffix = name.rsplit("-", 1)[-1]
        _registered[name] = _FALLBACK.get(suffix, "Courier" if "Mono" in name else "Helvetica")
    return _registered[name]


RUNS = {
    # run A: ameli-like, dark blue bands, full comb boxes, labels above the combs
    "A": {
        "body": "FJ-LibSans",
        "bold": "FJ-LibSans-Bold",
        "italic": "FJ-LibSans-Italic",
        "band": (0.05, 0.22, 0.52),
        "band_text": (1, 1, 1),
        "accent": (0.05, 0.22, 0.52),
        "comb": "box",
        "cell": (13.6, 16.0),
        "labels": "above",
        "name_combs": True,
        "name_cells": 32,
        "sig_label": "above",
        "fs": 8.6,
        "edition": None,
    },
    # run B: grey bands, open "ticks" combs, labels left of the combs, word Signature in the frame
    "B": {
        "body": "FJ-DejaCond",
        "bold": "FJ-DejaCond-Bold",
        "italic": "FJ-DejaCond-Oblique",
        "band": (0.82, 0.82, 0.82),
        "band_text": (0, 0, 0),
        "accent": (0.1, 0.1, 0.1),
        "comb": "ticks",
        "cell": (12.6, 15.0),
        "labels": "left",
        "name_combs": True,
        "name_cells": 30,
        "sig_label": "inside",
        "fs": 8.2,
        "edition": None,
    },
    # run C: serif headings, outlined sections with a letter badge, dotted lines for names
    "C": {
        "body": "FJ-LibNarrow",
        "bold": "FJ-LibNarrow-Bold",
        "italic": "FJ-LibSans-Italic",
        "head": "FJ-LibSerif-Bold",
        "band": None,
        "band_text": (0.0, 0.33, 0.55),
        "accent": (0.0, 0.33, 0.55),
        "comb": "shaded",
        "cell": (14.2, 16.5),
        "labels": "left",
        "name_combs": False,
        "name_cells": 0,
        "sig_label": "left",
        "fs": 9.0,
        "edition": "S1106 - 11/2023",
    },
}

NOTICE = (
    "Ce formulaire permet de demander la prise en charge de vos frais de santé au titre de la "
    "protection universelle maladie si vous travaillez en France ou si vous y résidez de manière "
    "stable et régulière depuis plus de trois mois. Remplissez-le en lettres capitales, à l'encre "
    "noire ou bleue, une lettre par case, puis datez et signez la page 2. Joignez les copies des "
    "pièces justificatives listées en page 2 et adressez le tout à la caisse d'assurance maladie "
    "de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-3 et R. 160-1 du code de la sécurité sociale."
)
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un droit d'accès "
    "et de rectification des données vous concernant auprès de votre organisme d'assurance "
    "maladie. Quiconque se rend coupable de fraude ou de fausse déclaration est passible de "
    "pénalités financières, d'amende et/ou d'emprisonnement (articles 313-1, 313-3, 433-19, 441-1 "
    "et suivants du code pénal, article L. 114-17-1 du code de la sécurité sociale)."
)
CERTIFY = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je déclare ne pas bénéficier, à titre personnel ou en qualité d'ayant droit, de la prise en "
    "charge de mes frais de santé par un autre régime d'assurance maladie français.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité professionnelle, résidence en France).",
]
PIECES = [
    "Une pièce d'identité : passeport ou, pour les ressortissants de l'Union européenne, de "
    "l'EEE ou de la Suisse, carte nationale d'identité.",
    "Si vous n'êtes pas ressortissant de l'Union européenne, de l'EEE ou de la Suisse : votre "
    "titre de séjour en cours de validité, votre visa long séjour valant titre de séjour "
    "(VLS-TS) ou votre récépissé de demande.",
    "Un extrait d'acte de naissance avec filiation ou une copie intégrale (apostillé ou légalisé "
    "si nécessaire), ou un document établi par un consulat.",
    "Un justificatif de résidence en France depuis plus de trois mois : bail de location, ou "
    "trois factures successives (électricité, gaz, eau, téléphone, internet), ou attestation "
    "d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile de "
    "l'hébergeant.",
    "Un relevé d'identité bancaire (RIB) à votre nom.",
    "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous êtes salarié(e) en France"),
    ("independant", "Vous êtes travailleur indépendant en France"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit auprès de France Travail)"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]


class Sheet:
    """Drawing helpers bound to one canvas and one run spec."""

    def __init__(self, c, run: str):
        self.c = c
        self.run = run
        self.s = RUNS[run]
        self.body = font(self.s["body"])
        self.bold = font(self.s["bold"])
        self.italic = font(self.s["italic"])
        self.head = font(self.s.get("head", self.s["bold"]))
        self.fs = self.s["fs"]
        self.left = 38.0
        self.right = PAGE_W - 38.0

    # --- primitives -------------------------------------------------------------------
    def text(self, x, y, s, size=None, fnt=None, color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(fnt or self.body, size or self.fs)
        c.drawString(x, y, s)
        return pdfmetrics.stringWidth(s, fnt or self.body, size or self.fs)

    def para(self, x, y, s, width, size=None, fnt=None, lead=None, color=(0, 0, 0)):
        size = size or self.fs
        fnt = fnt or self.body
        lead = lead or size * 1.22
        lines = simpleSplit(s, fnt, size, width)
        for ln in lines:
            self.text(x, y, ln, size, fnt, color)
            y -= lead
        return y

    def tick_box(self, x, y, size=9.0):
        c = self.c
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x, y, size, size, stroke=1, fill=1)
        return (x, y, size, size)

    def comb(self, x, y, n, groups=None, gap=5.0, cell=None):
        """Draw n cells from (x, y) (bottom left); groups splits them with small gaps."""
        cw, ch = cell or self.s["cell"]
        c = self.c
        rects = []
        groups = groups or [n]
        cx = x
        for g in groups:
            start = cx
            for _ in range(g):
                rects.append((cx, y, cw, ch))
                cx += cw
            style = self.s["comb"]
            c.setStrokeColorRGB(0, 0, 0)
            if style == "box":
                c.setLineWidth(0.7)
                for r in rects[-g:]:
                    c.rect(r[0], r[1], cw, ch, stroke=1, fill=0)
            elif style == "shaded":
                c.setFillColorRGB(0.93, 0.95, 0.98)
                c.setLineWidth(0.5)
                c.rect(start, y, g * cw, ch, stroke=1, fill=1)
                for r in rects[-g:][1:]:
                    c.line(r[0], y, r[0], y + ch)
            else:  # ticks: baseline with short separators
                c.setLineWidth(0.8)
                c.line(start, y, start + g * cw, y)
                for k in range(g + 1):
                    c.line(start + k * cw, y, start + k * cw, y + ch * 0.42)
            cx += gap
        return rects

    def line_field(self, x, y, w, h=14.0, dotted=None):
        c = self.c
        dotted = self.run == "C" if dotted is None else dotted
        c.setStrokeColorRGB(0.25, 0.25, 0.25)
        c.setLineWidth(0.6)
        if dotted:
            c.setDash(1, 2)
        c.line(x, y, x + w, y)
        c.setDash()
        return (x, y, w, h)

    def band(self, y, letter, title):
        """Section header; returns the y under it."""
        c = self.c
        s = self.s
        h = 17.0
        if s["band"] is not None:
            c.setFillColorRGB(*s["band"])
            c.rect(self.left, y - h, self.right - self.left, h, stroke=0, fill=1)
            self.text(
                self.left + 6, y - h + 5, f"{letter}  {title}", 10.5, self.bold, s["band_text"]
            )
        else:
            c.setStrokeColorRGB(*s["accent"])
            c.setFillColorRGB(*s["accent"])
            c.circle(self.left + 9, y - h / 2, 8.5, stroke=0, fill=1)
            self.text(self.left + 5.6, y - h / 2 - 3.8, letter, 11, self.head, (1, 1, 1))
            self.text(self.left + 24, y - h / 2 - 4, title, 12, self.head, s["accent"])
            c.setLineWidth(1.2)
            c.line(self.left + 24, y - h - 1, self.right, y - h - 1)
        return y - h - 10

    # --- header / footer ----------------------------------------------------------------
    def header(self):
        c = self.c
        s = self.s
        top = PAGE_H - 36
        acc = s["accent"]
        # logo: a drawn mark and the words
        if self.run == "A":
            c.setFillColorRGB(*acc)
            c.circle(self.left + 14, top - 16, 14, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.circle(self.left + 19, top - 12, 6, stroke=0, fill=1)
            self.text(self.left + 34, top - 10, "l'Assurance", 12, self.bold, acc)
            self.text(self.left + 34, top - 24, "Maladie", 12, self.bold, acc)
        elif self.run == "B":
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(1.5)
            c.roundRect(self.left, top - 30, 96, 30, 5, stroke=1, fill=0)
            self.text(self.left + 7, top - 13, "l'Assurance", 11, self.bold)
            self.text(self.left + 7, top - 25, "Maladie", 11, self.bold)
        else:
            c.setFillColorRGB(*acc)
            c.rect(self.left, top - 30, 5, 30, stroke=0, fill=1)
            self.text(self.left + 10, top - 12, "l'Assurance Maladie", 13, self.head, acc)
            self.text(
                self.left + 10, top - 25, "Agir ensemble, protéger chacun", 7.5, self.italic, acc
            )
        # cerfa box
        bx, bw = self.right - 92, 92
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(1.0)
        c.rect(bx, top - 34, bw, 34, stroke=1, fill=0)
        self.text(bx + 6, top - 15, "cerfa", 14, self.bold)
        self.text(bx + 6, top - 28, "N° 15763*02", 9.5, self.bold)
        # title block
        cx = PAGE_W / 2 if self.run != "C" else PAGE_W / 2 - 20
        c.setFillColorRGB(0, 0, 0)
        title = "Demande d'ouverture des droits à l'assurance maladie"
        tsize = {"A": 15.5, "B": 14.5, "C": 16}[self.run]
        c.setFont(self.head, tsize)
        c.drawCentredString(cx, top - 56, title)
        c.setFont(self.bold, 11)
        c.setFillColorRGB(*acc)
        c.drawCentredString(cx, top - 72, "Protection universelle maladie (PUMa)")
        return top - 84

    def footer(self, page):
        c = self.c
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont(self.body, 7)
        txt = f"S1106 — cerfa n° 15763*02 — page {page}/2"
        if self.run == "B":
            c.drawString(self.left, 22, txt)
        else:
            c.drawRightString(self.right, 22, txt)
        if self.s["edition"]:
            c.drawString(self.left, 22, self.s["edition"])


def _label(sh: Sheet, x, y, label, hint=None, size=None):
    w = sh.text(x, y, label, size or sh.fs, sh.bold if sh.run != "C" else sh.body)
    if hint:
        sh.text(x + w + 3, y, hint, (size or sh.fs) - 1.2, sh.italic, (0.3, 0.3, 0.3))


def draw_page1(c, run: str) -> dict:
    sh = Sheet(c, run)
    s = sh.s
    geo: dict = {"combs": {}, "lines": {}, "ticks": {}}
    y = sh.header()
    # notice
    if run == "A":
        c.setFillColorRGB(0.92, 0.94, 0.98)
        c.rect(sh.left, y - 50, sh.right - sh.left, 50, stroke=0, fill=1)
        y2 = sh.para(sh.left + 5, y - 9, NOTICE, sh.right - sh.left - 10, 7.2)
    else:
        y2 = sh.para(
            sh.left, y - 8, NOTICE, sh.right - sh.left, 7.0, sh.italic if run == "B" else sh.body
        )
    y = min(y - 50, y2) - 4
    sh.text(sh.left, y, LEGAL, 6.6, sh.italic, (0.25, 0.25, 0.25))
    y -= 12

    y = sh.band(y, "A", "VOUS")
    cw, ch = s["cell"]
    lab_w = 0 if s["labels"] == "above" else 118
    x0 = sh.left + lab_w
    name_rows = [
        ("surname", "Nom de naissance", None),
        ("usage_name", "Nom d'usage", "(facultatif, ex. nom d'époux ou d'épouse)"),
        ("given_names", "Prénom(s)", "(dans l'ordre de l'état civil)"),
    ]
    for key, lab, hint in name_rows:
        if s["labels"] == "above":
            _label(sh, sh.left, y - 9, lab, hint)
            y -= 12
            if s["name_combs"]:
                geo["combs"][key] = sh.comb(x0, y - ch, s["name_cells"])
            y -= ch + 12
        else:
            _label(sh, sh.left, y - ch + 4, lab)
            if hint and run != "B":
                sh.text(sh.left, y - ch - 4.5, hint, sh.fs - 2, sh.italic, (0.3, 0.3, 0.3))
            if s["name_combs"]:
                geo["combs"][key] = sh.comb(x0, y - ch, s["name_cells"])
            else:
                geo["lines"][key] = sh.line_field(x0, y - ch + 1, sh.right - x0, ch)
            y -= ch + (15 if run == "C" else 12)

    # sex + date of birth on one row
    row_h = ch + 6
    yb = y - ch
    if s["labels"] == "above":
        _label(sh, sh.left, y - 9, "Sexe")
        yb = y - 14 - ch
        geo["ticks"]["sex_F"] = sh.tick_box(sh.left, yb + 3)
        sh.text(sh.left + 13, yb + 4, "F  (féminin)")
        geo["ticks"]["sex_M"] = sh.tick_box(sh.left + 72, yb + 3)
        sh.text(sh.left + 85, yb + 4, "M  (masculin)")
        dx = sh.left + 190
        _label(sh, dx, y - 9, "Date de naissance", "jour / mois / année")
        geo["combs"]["dob"] = sh.comb(dx, yb, 8, [2, 2, 4], 7)
        y = yb - 10
    else:
        _label(sh, sh.left, yb + 4, "Sexe")
        geo["ticks"]["sex_F"] = sh.tick_box(sh.left + 40, yb + 2)
        sh.text(sh.left + 52, yb + 4, "Féminin")
        geo["ticks"]["sex_M"] = sh.tick_box(sh.left + 92, yb + 2)
        sh.text(sh.left + 104, yb + 4, "Masculin")
        dx = sh.left + 190
        _label(sh, dx, yb + 4, "Date de naissance")
        geo["combs"]["dob"] = sh.comb(dx + 88, yb, 8, [2, 2, 4], 7)
        sh.text(dx + 88, yb - 8, "J J      M M      A A A A", 6, sh.body, (0.4, 0.4, 0.4))
        y = yb - row_h + 2
    y -= 4

    # place of birth
    half = (sh.right - sh.left) / 2
    _label(sh, sh.left, y - 10, "Lieu de naissance :")
    sh.text(sh.left + 86, y - 10, "commune", sh.fs - 0.8, sh.italic, (0.3, 0.3, 0.3))
    geo["lines"]["birth_city"] = sh.line_field(sh.left + 124, y - 12, half - 130)
    sh.text(sh.left + half + 2, y - 10, "pays", sh.fs - 0.8, sh.italic, (0.3, 0.3, 0.3))
    geo["lines"]["birth_country"] = sh.line_field(sh.left + half + 26, y - 12, half - 26)
    y -= 27
    _label(sh, sh.left, y - 10, "Nationalité :")
    geo["lines"]["nationality"] = sh.line_field(sh.left + 70, y - 12, half - 76)
    y -= 27

    # NIR
    lab = "N° de sécurité sociale"
    hint = "(si vous en avez un)"
    if s["labels"] == "above":
        _label(sh, sh.left, y - 9, lab, hint)
        y -= 12
        geo["combs"]["nir"] = sh.comb(sh.left, y - ch, 13, [1, 2, 2, 2, 3, 3], 5)
        kx = geo["combs"]["nir"][-1][0] + cw + 16
        sh.text(kx - 11, y - ch + 4, "clé")
        geo["combs"]["nir_key"] = sh.comb(kx + 6, y - ch, 2)
        y -= ch + 10
    else:
        _label(sh, sh.left, y - ch + 4, lab)
        sh.text(sh.left, y - ch - 5, hint, sh.fs - 2, sh.italic, (0.3, 0.3, 0.3))
        geo["combs"]["nir"] = sh.comb(x0, y - ch, 13, [1, 2, 2, 2, 3, 3], 5)
        kx = geo["combs"]["nir"][-1][0] + cw + 20
        sh.text(kx - 14, y - ch + 4, "clé")
        geo["combs"]["nir_key"] = sh.comb(kx + 4, y - ch, 2)
        y -= ch + 14

    # address
    _label(sh, sh.left, y - 10, "Adresse :")
    sh.text(sh.left + 48, y - 10, "n°, rue", sh.fs - 0.8, sh.italic, (0.3, 0.3, 0.3))
    geo["lines"]["address"] = sh.line_field(sh.left + 84, y - 12, sh.right - sh.left - 84)
    y -= 18
    geo["lines"]["address2"] = sh.line_field(sh.left + 84, y - 12, sh.right - sh.left - 84)
    y -= 12
    _label(sh, sh.left, y - ch + 4, "Code postal")
    geo["combs"]["postcode"] = sh.comb(sh.left + 62, y - ch, 5)
    cx = sh.left + 62 + 5 * cw + 14
    _label(sh, cx, y - ch + 4, "Commune")
    geo["lines"]["city"] = sh.line_field(cx + 50, y - ch + 1, sh.right - cx - 50)
    y -= ch + 12
    _label(sh, sh.left, y - ch + 4, "Téléphone")
    geo["combs"]["phone"] = sh.comb(sh.left + 62, y - ch, 10, [2, 2, 2, 2, 2], 3)
    ex = sh.left + 62 + 10 * cw + 4 * 3 + 14
    _label(sh, ex, y - ch + 4, "E-mail")
    geo["lines"]["email"] = sh.line_field(ex + 36, y - ch + 1, sh.right - ex - 36)
    y -= ch + 16

    # section B
    y = sh.band(y, "B", "VOTRE SITUATION")
    sh.text(
        sh.left,
        y - 2,
        "Cochez la case qui correspond à votre situation actuelle.",
        sh.fs - 0.4,
        sh.italic,
    )
    y -= 16
    for key, lab in SITUATIONS:
        geo["ticks"][key] = sh.tick_box(sh.left + 2, y - 2)
        lines = simpleSplit(lab, sh.body, sh.fs, sh.right - sh.left - 24)
        yy = y
        for ln in lines:
            sh.text(sh.left + 18, yy, ln)
            yy -= sh.fs * 1.2
        if key == "salarie":
            yy -= 2
            sh.text(sh.left + 30, yy, "Profession :", sh.fs - 0.4, sh.italic)
            geo["lines"]["profession"] = sh.line_field(sh.left + 86, yy - 2, 170)
            tx = sh.left + 276
            sh.text(tx, yy, "Contrat de travail :", sh.fs - 0.4, sh.italic)
            geo["ticks"]["cdi"] = sh.tick_box(tx + 80, yy - 2)
            sh.text(tx + 92, yy, "CDI")
            geo["ticks"]["cdd"] = sh.tick_box(tx + 120, yy - 2)
            sh.text(tx + 132, yy, "CDD")
            yy -= 4
            sh.text(sh.left + 30, yy - 12, "Nom de l'employeur :", sh.fs - 0.4, sh.italic)
            geo["lines"]["employer"] = sh.line_field(sh.left + 118, yy - 14, 250)
            yy -= 16
        if key == "autre":
            w = pdfmetrics.stringWidth(lines[-1], sh.body, sh.fs)
            geo["lines"]["other_text"] = sh.line_field(
                sh.left + 22 + w, yy + sh.fs * 1.2 - 2, sh.right - sh.left - 24 - w
            )
        y = yy - 9
    # small print
    sh.para(
        sh.left, min(y - 6, 84), CNIL, sh.right - sh.left, 6.3, sh.body, 7.4, (0.25, 0.25, 0.25)
    )
    sh.footer(1)
    return geo


def draw_page2(c, run: str) -> dict:
    sh = Sheet(c, run)
    s = sh.s
    geo: dict = {"combs": {}, "lines": {}, "ticks": {}}
    top = PAGE_H - 40
    if run == "C":
        sh.text(
            sh.left,
            top - 4,
            "Demande d'ouverture des droits à l'assurance maladie (suite)",
            10,
            sh.head,
            s["accent"],
        )
        top -= 20
    else:
        sh.text(sh.left, top - 4, "cerfa N° 15763*02", 8, sh.bold, (0.3, 0.3, 0.3))
        top -= 16
    y = sh.band(top, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    for t in CERTIFY:
        y = sh.para(sh.left + 4, y, t, sh.right - sh.left - 8, sh.fs + 0.3)
        y -= 4
    y -= 10
    # Fait à ... le ...
    w = sh.text(sh.left + 4, y, "Fait à", sh.fs + 1)
    geo["lines"]["place"] = sh.line_field(sh.left + 8 + w, y - 2, 190, dotted=run != "A")
    lx = sh.left + 8 + w + 200
    w2 = sh.text(lx, y, "le", sh.fs + 1)
    geo["lines"]["date"] = sh.line_field(lx + w2 + 4, y - 2, 150, dotted=run != "A")
    y -= 22
    # signature frame
    bw, bh = (250, 92) if run != "B" else (270, 86)
    if s["sig_label"] == "above":
        bx = sh.right - bw
        sh.text(bx, y - 2, "Signature", sh.fs + 1, sh.bold)
        y -= 8
    elif s["sig_label"] == "left":
        bx = sh.right - bw
        sh.text(bx - 90, y - 40, "Signature du", sh.fs + 0.5, sh.bold)
        sh.text(bx - 90, y - 51, "demandeur :", sh.fs + 0.5, sh.bold)
    else:
        bx = sh.left + 4
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(1.0)
    c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
    geo["sig_box"] = (bx, y - bh, bw, bh)
    geo["sig_label_inside"] = s["sig_label"] == "inside"
    if s["sig_label"] == "inside":
        sh.text(bx + 6, y - 13, "Signature", sh.fs + 1.5, sh.bold)
    y -= bh + 22

    # pieces
    c.setStrokeColorRGB(*s["accent"])
    c.setLineWidth(0.9)
    c.setFillColorRGB(*s["accent"])
    c.setFont(sh.head, 10.5)
    c.drawString(sh.left, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    c.line(sh.left, y - 3, sh.right, y - 3)
    y -= 16
    for p in PIECES:
        sh.text(sh.left + 4, y, "•" if run != "C" else "–", sh.fs)
        y = sh.para(sh.left + 14, y, p, sh.right - sh.left - 18, sh.fs)
        y -= 4
    y -= 4
    sh.para(
        sh.left,
        y,
        "Envoyez des photocopies, ne joignez jamais d'originaux. Les documents rédigés en langue "
        "étrangère peuvent faire l'objet d'une demande de traduction.",
        sh.right - sh.left,
        sh.fs - 1,
        sh.italic,
    )
    y -= 34
    # cadre reserve
    c.setDash(3, 2) if run != "A" else c.setDash()
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.8)
    fh = 74
    c.setFillColorRGB(0.95, 0.95, 0.95)
    c.rect(sh.left, y - fh, sh.right - sh.left, fh, stroke=1, fill=1)
    c.setDash()
    sh.text(sh.left + 6, y - 12, "Cadre réservé à l'organisme", sh.fs, sh.bold)
    sh.text(sh.left + 6, y - 30, "Date de réception :", sh.fs - 0.5)
    cell = (10.0, 12.0)
    sh.comb(sh.left + 86, y - 33, 8, [2, 2, 4], 5, cell)
    sh.text(sh.left + 220, y - 30, "Pièces vérifiées :", sh.fs - 0.5)
    sh.tick_box(sh.left + 292, y - 32, 8)
    sh.text(sh.left + 303, y - 30, "oui", sh.fs - 0.5)
    sh.tick_box(sh.left + 325, y - 32, 8)
    sh.text(sh.left + 336, y - 30, "non", sh.fs - 0.5)
    sh.text(sh.left + 6, y - 52, "Matricule de l'agent :", sh.fs - 0.5)
    sh.line_field(sh.left + 96, y - 54, 110, dotted=True)
    sh.text(sh.left + 220, y - 52, "Observations :", sh.fs - 0.5)
    sh.line_field(sh.left + 282, y - 54, sh.right - sh.left - 290, dotted=True)
    sh.footer(2)
    return geo


def draw_blank(c, run: str, pages=(1, 2)) -> dict:
    """Draw the requested pages of a blank form; return {page: geometry}."""
    out = {}
    for p in pages:
        out[p] = draw_page1(c, run) if p == 1 else draw_page2(c, run)
        c.showPage()
    return out
