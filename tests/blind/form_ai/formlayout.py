"""Blank cerfa 15763*02 (S1106) pages drawn with reportlab, in three print runs.

Every drawing function records where values go (PDF points, origin bottom-left) in a
``pos`` dict so that fill code (typed text, AcroForm fields, handwriting) can find them.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.28, 841.89
MARGIN = 38.0

_FONTS = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "Lato-B": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
}


def register_fonts() -> None:
    for name, path in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


# Three "print runs" of the form: fonts, section bars, label placement, name fields.
RUNS = {
    "A": {
        "font": "LibSans",
        "bold": "LibSans-B",
        "bar": "fill",
        "bar_rgb": (0.09, 0.27, 0.55),
        "labels": "beside",
        "names": "comb",
        "cell": 13.6,
        "row_h": 25.0,
        "sig_label": "above",
        "ink_rgb": (0.09, 0.27, 0.55),
    },
    "B": {
        "font": "LibSerif",
        "bold": "LibSerif-B",
        "bar": "underline",
        "bar_rgb": (0.0, 0.0, 0.0),
        "labels": "above",
        "names": "dotted",
        "cell": 12.5,
        "row_h": 30.0,
        "sig_label": "inside",
        "ink_rgb": (0.0, 0.0, 0.0),
    },
    "C": {
        "font": "Lato",
        "bold": "Lato-B",
        "bar": "grey",
        "bar_rgb": (0.82, 0.84, 0.87),
        "labels": "inside",
        "names": "box",
        "cell": 12.0,
        "row_h": 30.0,
        "sig_label": "grey",
        "ink_rgb": (0.10, 0.33, 0.62),
    },
}

NOTICE = (
    "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
    "professionnelle : vous pouvez bénéficier de la prise en charge de vos frais de santé au "
    "titre de la protection universelle maladie. Complétez ce formulaire en lettres capitales, "
    "datez-le, signez-le et adressez-le à la caisse d'assurance maladie de votre lieu de "
    "résidence, accompagné des pièces justificatives listées en page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-15, R. 111-2, R. 111-3 et D. 160-2 du code "
    "de la sécurité sociale."
)
CERTIFY = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, situation familiale)."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). "
    "En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de "
    "déclaration d'un changement de situation peuvent être sanctionnés par une pénalité "
    "financière (article L. 114-17-1 du code de la sécurité sociale)."
)
CNIL = (
    "Les informations recueillies sont destinées à votre caisse d'assurance maladie pour "
    "l'ouverture de vos droits. Vous disposez d'un droit d'accès et de rectification auprès du "
    "délégué à la protection des données de votre caisse (loi 78-17 du 6 janvier 1978 modifiée, "
    "règlement (UE) 2016/679)."
)
PIECES = [
    "une pièce d'identité en cours de validité (passeport ou carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant de l'Union européenne, de l'EEE ou de la Suisse : votre "
    "titre de séjour, votre visa long séjour valant titre de séjour (VLS-TS) ou le récépissé "
    "de votre demande ;",
    "un acte de naissance complet (copie intégrale ou extrait avec filiation), accompagné si "
    "besoin d'une apostille ou d'une légalisation ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
    "successives, ou attestation d'hébergement avec justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (indépendant, micro-entrepreneur)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Apprentissage", "Autre"]


def _wrap(c, text, font, size, width):
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, size, width)


def _para(c, text, x, y, width, font, size, lead=None):
    lead = lead or size * 1.22
    c.setFont(font, size)
    for line in _wrap(c, text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


class Page:
    """Draws one page and records field positions."""

    def __init__(self, c, run, pos, sig_label=None):
        self.c = c
        self.r = RUNS[run]
        self.run = run
        self.pos = pos
        self.sig_label = sig_label or self.r["sig_label"]
        self.W = PAGE_W - 2 * MARGIN

    # --- primitives -----------------------------------------------------------------------
    def bar(self, y, letter, title):
        c, r = self.c, self.r
        if r["bar"] == "fill":
            c.setFillColorRGB(*r["bar_rgb"])
            c.rect(MARGIN, y - 4, self.W, 16, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(r["bold"], 10.5)
            c.drawString(MARGIN + 6, y + 0.5, f"{letter}   {title}".strip())
        elif r["bar"] == "grey":
            c.setFillColorRGB(*r["bar_rgb"])
            c.roundRect(MARGIN, y - 4, self.W, 16, 3, stroke=0, fill=1)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont(r["bold"], 10.5)
            c.drawString(MARGIN + 6, y + 0.5, f"{letter} - {title}" if letter else title)
        else:
            c.setFillColorRGB(0, 0, 0)
            c.setFont(r["bold"], 11.5)
            c.drawString(MARGIN, y, f"{letter}. {title}" if letter else title)
            c.setLineWidth(0.9)
            c.line(MARGIN, y - 3, PAGE_W - MARGIN, y - 3)
        c.setFillColorRGB(0, 0, 0)
        return y - 22

    def tickbox(self, x, y, key, size=8.5):
        c = self.c
        c.setLineWidth(0.7)
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(x, y, size, size, stroke=1, fill=0)
        self.pos[key] = {"kind": "box", "x": x, "y": y, "w": size, "h": size}

    def comb(self, x, y, n, cell, h, key, groups=None, gap=5.0, tall=True):
        """Comb boxes from (x, y) bottom-left; returns end x. Records every cell centre."""
        c = self.c
        c.setLineWidth(0.6)
        groups = groups or [n]
        cells = []
        spans = []
        cx = x
        for gi, g in enumerate(groups):
            spans.append((cx, g * cell, g))
            if tall:
                c.rect(cx, y, g * cell, h, stroke=1, fill=0)
                for i in range(1, g):
                    c.line(cx + i * cell, y, cx + i * cell, y + h)
            else:
                c.line(cx, y, cx + g * cell, y)
                for i in range(0, g + 1):
                    c.line(cx + i * cell, y, cx + i * cell, y + h * 0.4)
            for i in range(g):
                cells.append((cx + i * cell + cell / 2, y))
            cx += g * cell
            if gi < len(groups) - 1:
                cx += gap
        self.pos[key] = {
            "kind": "comb",
            "x": x,
            "y": y,
            "w": cx - x,
            "h": h,
            "cells": cells,
            "groups": spans,
        }
        return cx

    def line(self, x, y, w, key, h=12.0):
        c = self.c
        if self.r["names"] == "dotted":
            c.setDash(1, 2)
            c.setLineWidth(0.6)
            c.line(x, y, x + w, y)
            c.setDash()
        elif self.r["labels"] == "inside":
            pass
        else:
            c.setLineWidth(0.5)
            c.setStrokeColorRGB(0.35, 0.35, 0.35)
            c.line(x, y, x + w, y)
            c.setStrokeColorRGB(0, 0, 0)
        self.pos[key] = {"kind": "line", "x": x, "y": y, "w": w, "h": h}

    # --- a field with its label ----------------------------------------------------------
    def field(self, x, y, w, label, key, kind, n=26):
        """Draw one labelled field in the span [x, x+w]; y is the row's top. Returns bottom."""
        c, r = self.c, self.r
        rh = r["row_h"]
        lab_mode = r["labels"]
        cell = r["cell"]
        if lab_mode == "beside":
            c.setFont(r["font"], 8.2)
            c.drawString(x, y - 13, label)
            lx = x + c.stringWidth(label, r["font"], 8.2) + 6
            fy = y - 16
            fw = x + w - lx - 4
        elif lab_mode == "above":
            c.setFont(r["font"], 8.0)
            c.drawString(x, y - 8, label)
            lx = x + 4
            fy = y - 24
            fw = w - 10
        else:
            c.setLineWidth(0.6)
            c.setStrokeColorRGB(0.45, 0.45, 0.5)
            c.roundRect(x, y - rh + 2, w - 4, rh - 3, 2, stroke=1, fill=0)
            c.setStrokeColorRGB(0, 0, 0)
            c.setFont(r["font"], 6.4)
            c.setFillColorRGB(0.3, 0.3, 0.35)
            c.drawString(x + 3, y - 8, label)
            c.setFillColorRGB(0, 0, 0)
            lx = x + 5
            fy = y - rh + 6
            fw = w - 14
        if kind == "name":
            if r["names"] == "comb":
                n = max(8, min(n, int(fw // cell)))
                self.comb(lx, fy, n, cell, 14.0, key)
            else:
                self.line(lx, fy, fw, key)
        elif kind == "date":
            self.comb(
                lx, fy, 8, cell, 14.0, key, groups=[2, 2, 4], gap=7, tall=lab_mode != "inside"
            )
            if lab_mode != "beside":
                pass
        elif kind == "nir":
            self.comb(
                lx,
                fy,
                15,
                cell * 0.95,
                14.0,
                key,
                groups=[1, 2, 2, 2, 3, 3, 2],
                gap=4,
                tall=lab_mode != "inside",
            )
            c.setFont(r["font"], 6.5)
            c.drawString(self.pos[key]["x"] + self.pos[key]["w"] + 4, fy + 3, "(clé)")
        elif kind == "cp":
            self.comb(lx, fy, 5, cell, 14.0, key, tall=lab_mode != "inside")
        elif kind.startswith("choice:"):
            ox = lx + 2
            for opt in kind.split(":")[1].split(","):
                c.setFont(r["font"], 8.5)
                c.drawString(ox, fy + 2, opt)
                self.tickbox(ox + 9, fy + 1, f"{key}_{opt}")
                ox += 34
        else:
            self.line(lx, fy, fw, key)
        return y - rh

    def row(self, y, specs):
        x = MARGIN
        bottom = y
        for label, key, kind, frac in specs:
            w = self.W * frac
            bottom = min(bottom, self.field(x, y, w, label, key, kind))
            x += w
        return bottom

    def footer(self, page_no):
        c = self.c
        c.setFont(self.r["font"], 7)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        txt = f"S1106 — cerfa n° 15763*02 — page {page_no}/2"
        c.drawRightString(PAGE_W - MARGIN, 22, txt)
        c.drawString(MARGIN, 22, "ameli.fr")
        c.setFillColorRGB(0, 0, 0)


def draw_page1(c, run, pos, sig_label=None):
    p = Page(c, run, pos, sig_label)
    r = p.r
    top = PAGE_H - 40
    # header: logo text, cerfa box
    c.setFillColorRGB(*r["ink_rgb"])
    c.setFont(r["bold"], 15)
    c.drawString(MARGIN, top - 6, "l'Assurance")
    c.drawString(MARGIN, top - 22, "Maladie")
    c.setFont(r["font"], 6.8)
    c.drawString(MARGIN, top - 32, "Agir ensemble, protéger chacun")
    c.setFillColorRGB(0, 0, 0)
    bx = PAGE_W - MARGIN - 92
    c.setLineWidth(0.9)
    c.rect(bx, top - 28, 92, 30, stroke=1, fill=0)
    c.setFont(r["bold"], 11)
    c.drawCentredString(bx + 46, top - 10, "cerfa")
    c.setFont(r["font"], 9)
    c.drawCentredString(bx + 46, top - 23, "N° 15763*02")
    c.setFont(r["bold"], 14)
    c.drawCentredString(PAGE_W / 2 + 10, top - 8, "Demande d'ouverture des droits")
    c.drawCentredString(PAGE_W / 2 + 10, top - 25, "à l'assurance maladie")
    c.setFont(r["font"], 10.5)
    c.drawCentredString(PAGE_W / 2 + 10, top - 40, "Protection universelle maladie (PUMa)")
    y = top - 58
    c.setFillColorRGB(0.2, 0.2, 0.2)
    y = _para(c, NOTICE, MARGIN, y, p.W, r["font"], 7.3)
    c.setFont(r["font"], 6.6)
    c.drawString(MARGIN, y - 1, LEGAL)
    c.setFillColorRGB(0, 0, 0)
    y -= 22
    y = p.bar(y, "A", "VOUS")
    name_specs = [
        [("Nom de naissance", "surname", "name", 1.0)],
        [("Nom d'usage (facultatif)", "usage_name", "name", 1.0)],
        [("Prénom(s)", "given_names", "name", 1.0)],
        [
            ("Sexe", "sex", "choice:F,M", 0.32),
            ("Date de naissance (JJ MM AAAA)", "dob", "date", 0.68),
        ],
        [
            ("Lieu de naissance : commune", "birth_place", "line", 0.56),
            ("pays", "birth_country", "line", 0.44),
        ],
        [("Nationalité", "nationality", "line", 1.0)],
        [("N° de sécurité sociale (si vous en avez un)", "nir", "nir", 1.0)],
        [("Adresse", "address", "line", 1.0)],
        [("Code postal", "postcode", "cp", 0.36), ("Commune", "city", "line", 0.64)],
        [("Téléphone", "phone", "line", 0.42), ("E-mail", "email", "line", 0.58)],
    ]
    for specs in name_specs:
        y = p.row(y, specs) - 2
    y -= 10
    y = p.bar(y, "B", "VOTRE SITUATION")
    c.setFont(r["font"], 8)
    c.drawString(MARGIN, y + 2, "Cochez la case correspondant à votre situation actuelle :")
    y -= 14
    for key, label in SITUATIONS:
        p.tickbox(MARGIN + 2, y - 1, f"sit_{key}")
        c.setFont(r["font"], 8.6)
        lines = _wrap(c, label, r["font"], 8.6, p.W - 30)
        for i, ln in enumerate(lines):
            c.drawString(MARGIN + 18, y - i * 10.5, ln)
        if key == "salarie":
            y -= 15
            c.setFont(r["font"], 8)
            c.drawString(MARGIN + 30, y, "Type de contrat :")
            ox = MARGIN + 110
            for ct in CONTRACTS:
                p.tickbox(ox, y - 1, f"ct_{ct}", size=7.5)
                c.setFont(r["font"], 8)
                c.drawString(ox + 11, y, ct)
                ox += 22 + c.stringWidth(ct, r["font"], 8) + 8
            y -= 15
            c.drawString(MARGIN + 30, y, "Emploi occupé :")
            p.line(MARGIN + 100, y - 2, 250, "job_title")
            c.drawString(MARGIN + 360, y, "depuis le :")
            p.line(MARGIN + 402, y - 2, 110, "job_since")
        if key == "autre":
            p.line(MARGIN + 140, y - 2, p.W - 145, "autre_text")
        y -= 10.5 * len(lines) + 11
    p.footer(1)


def draw_page2(c, run, pos, sig_label=None):
    p = Page(c, run, pos, sig_label)
    r = p.r
    y = PAGE_H - 50
    c.setFont(r["font"], 7)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(MARGIN, y + 12, "Demande d'ouverture des droits à l'assurance maladie (suite)")
    c.setFillColorRGB(0, 0, 0)
    y = p.bar(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = _para(c, CERTIFY, MARGIN, y, p.W, r["font"], 9, 11.5)
    y -= 4
    c.setFillColorRGB(0.25, 0.25, 0.25)
    y = _para(c, FRAUD, MARGIN, y, p.W, r["font"], 7.2)
    c.setFillColorRGB(0, 0, 0)
    y -= 30
    c.setFont(r["font"], 9.5)
    c.drawString(MARGIN, y, "Fait à")
    p.line(MARGIN + 30, y - 2, 190, "place")
    c.drawString(MARGIN + 240, y, "le")
    p.line(MARGIN + 254, y - 2, 130, "date")
    if r["labels"] == "inside":
        c.setLineWidth(0.5)
        c.line(MARGIN + 30, y - 2, MARGIN + 220, y - 2)
        c.line(MARGIN + 254, y - 2, MARGIN + 384, y - 2)
    y -= 18
    # signature box
    bw, bh = 230, 92
    bx = PAGE_W - MARGIN - bw
    mode = p.sig_label
    if mode == "above":
        c.setFont(r["bold"], 9)
        c.drawString(bx, y - 2, "Signature")
        y -= 6
    c.setLineWidth(0.9)
    c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
    if mode == "inside":
        c.setFont(r["font"], 8.5)
        c.drawString(bx + 5, y - 12, "Signature :")
    elif mode == "grey":
        c.setFont(r["bold"], 20)
        c.setFillColorRGB(0.84, 0.84, 0.86)
        c.drawCentredString(bx + bw / 2, y - bh / 2 - 6, "Signature")
        c.setFillColorRGB(0, 0, 0)
    pos["signature"] = {"kind": "rect", "x": bx, "y": y - bh, "w": bw, "h": bh, "label": mode}
    y -= bh + 24
    y = p.bar(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for item in PIECES:
        c.setFont(r["font"], 8.4)
        lines = _wrap(c, item, r["font"], 8.4, p.W - 16)
        c.drawString(MARGIN + 3, y, "•")
        for ln in lines:
            c.drawString(MARGIN + 13, y, ln)
            y -= 10.5
        y -= 2.5
    y -= 6
    c.setFillColorRGB(0.25, 0.25, 0.25)
    y = _para(c, CNIL, MARGIN, y, p.W, r["font"], 6.8)
    c.setFillColorRGB(0, 0, 0)
    # reserved frame, at the foot of the page
    fh = 70
    y = min(y - 16, 48 + fh)
    c.setDash(3, 2)
    c.setLineWidth(0.8)
    c.rect(MARGIN, y - fh, p.W, fh, stroke=1, fill=0)
    c.setDash()
    c.setFont(r["bold"], 9)
    c.drawString(MARGIN + 8, y - 14, "Cadre réservé à l'organisme")
    c.setFont(r["font"], 8.5)
    c.drawString(MARGIN + 8, y - 32, "Date de réception : ....../....../..........")
    c.drawString(MARGIN + 8, y - 50, "Pièces vérifiées :")
    c.rect(MARGIN + 86, y - 51, 7.5, 7.5)
    c.drawString(MARGIN + 97, y - 50, "oui")
    c.rect(MARGIN + 122, y - 51, 7.5, 7.5)
    c.drawString(MARGIN + 133, y - 50, "non")
    c.drawString(MARGIN + 260, y - 32, "Matricule agent : ............................")
    c.drawString(MARGIN + 260, y - 50, "Code organisme : ......................")
    p.footer(2)


def comb_color():
    return Color(0, 0, 0)
