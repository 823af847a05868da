"""Three print runs of the S1106 / cerfa 15763*02 form, drawn with reportlab.

Each ``draw_page(c, run, page)`` draws one page and returns its slots: where values go.
Slot coordinates are PDF points, y from the bottom of the page.
  {"kind": "comb", "cells": [(x, y, w, h), ...]}   one character per cell
  {"kind": "line", "rect": (x, y, w, h)}           free writing, y = baseline area bottom
  {"kind": "tick", "rect": (x, y, s, s)}
  {"kind": "sig", "rect": (x, y, w, h)}
"""

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
FONT_FILES = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-I": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "FreeSans": "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
}
for _n, _p in FONT_FILES.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

RUNS = {
    "A": {
        "font": "LibSans",
        "bold": "LibSans-B",
        "head": "bar",
        "label": "above",
        "cw": 13.4,
        "ch": 17.0,
        "accent": Color(0.05, 0.2, 0.45),
        "sig": "above",
    },
    "B": {
        "font": "LibSerif",
        "bold": "LibSerif-B",
        "head": "underline",
        "label": "beside",
        "cw": 11.0,
        "ch": 14.0,
        "accent": black,
        "sig": "inside",
    },
    "C": {
        "font": "Carlito",
        "bold": "Carlito-B",
        "head": "grey",
        "label": "inside",
        "cw": 12.0,
        "ch": 15.0,
        "accent": Color(0.0, 0.36, 0.6),
        "sig": "grey",
    },
}
LM, RM = 40.0, W - 40.0
UW = RM - LM

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité professionnelle non salariée (indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous n'exercez pas d'activité professionnelle et résidez en France de "
            "manière stable et régulière depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [
    ("CDI", "CDI"),
    ("CDD", "CDD"),
    ("Interim", "Intérim"),
    ("Apprentissage", "Apprentissage"),
]
PIECES = [
    (
        "une photocopie de votre pièce d'identité (passeport, ou carte nationale d'identité pour "
        "les ressortissants de l'UE/EEE/Suisse) ;"
    ),
    (
        "une photocopie de votre titre de séjour, de votre visa long séjour valant titre de séjour "
        "(VLS-TS) ou du récépissé de demande ;"
    ),
    (
        "une copie intégrale de votre acte de naissance (ou extrait avec filiation), apostillé ou "
        "légalisé selon le pays ;"
    ),
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, 3 factures "
        "successives, ou attestation d'hébergement avec justificatifs de l'hébergeant) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class Page:
    def __init__(self, c, run):
        self.c = c
        self.r = RUNS[run]
        self.run = run
        self.slots = {}
        self.y = H - 40

    def font(self, size, bold=False):
        self.c.setFont(self.r["bold"] if bold else self.r["font"], size)

    def para(self, text, size, x=LM, width=UW, lead=None, bold=False):
        lead = lead or size * 1.25
        self.font(size, bold)
        fname = self.r["bold"] if bold else self.r["font"]
        words = text.split()
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if pdfmetrics.stringWidth(t, fname, size) > width and line:
                self.c.drawString(x, self.y, line)
                self.y -= lead
                line = w
            else:
                line = t
        if line:
            self.c.drawString(x, self.y, line)
            self.y -= lead

    def heading(self, letter, title):
        c, r = self.c, self.r
        self.y -= 8
        if r["head"] == "bar":
            c.setFillColor(r["accent"])
            c.rect(LM, self.y - 5, UW, 17, stroke=0, fill=1)
            c.setFillColor(white)
            self.font(10.5, True)
            c.drawString(LM + 6, self.y, (letter + "   " if letter else "") + title)
            c.setFillColor(black)
            self.y -= 24
        elif r["head"] == "underline":
            self.font(11.5, True)
            t = (letter + ". " if letter else "") + title
            c.drawString(LM, self.y, t)
            c.setLineWidth(0.8)
            c.line(LM, self.y - 3, LM + pdfmetrics.stringWidth(t, r["bold"], 11.5), self.y - 3)
            self.y -= 20
        else:
            c.setFillColor(Color(0.88, 0.9, 0.92))
            c.rect(LM, self.y - 5, UW, 17, stroke=0, fill=1)
            c.setFillColor(r["accent"])
            c.rect(LM, self.y - 5, 3, 17, stroke=0, fill=1)
            if letter:
                c.rect(LM + 8, self.y - 3, 13, 13, stroke=0, fill=1)
                c.setFillColor(white)
                self.font(10, True)
                c.drawCentredString(LM + 14.5, self.y, letter)
            c.setFillColor(black)
            self.font(10.5, True)
            c.drawString(LM + 28, self.y, title)
            self.y -= 24

    def cells(self, x, y, n, gaps=()):
        cw, ch = self.r["cw"], self.r["ch"]
        out = []
        self.c.setLineWidth(0.6)
        for i in range(n):
            if i in gaps:
                x += cw * 0.55
            self.c.rect(x, y, cw, ch, stroke=1, fill=0)
            out.append((x, y, cw, ch))
            x += cw
        return out, x

    def tickbox(self, key, x, y, size=9.0):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, size, size, stroke=1, fill=0)
        self.slots[key] = {"kind": "tick", "rect": (x, y, size, size)}

    def field(self, key, label, x, w, kind):
        """Draw one field of section A at row top self.y; returns the row height used."""
        c, r = self.c, self.r
        cw, ch = r["cw"], r["ch"]
        style = r["label"]
        if style == "above":
            self.font(7.5)
            c.drawString(x, self.y - 7, label)
            fy = self.y - 10 - ch
            if kind == "sex":
                self._sex(key, x, fy + 3)
            elif kind == "dob":
                cells, _ = self.cells(x, fy, 8, gaps=(2, 4))
                self.slots[key] = {"kind": "comb", "cells": cells}
            elif kind in ("nir", "cp"):
                cells, _ = self.cells(x, fy, 15 if kind == "nir" else 5, gaps=(13,))
                self.slots[key] = {"kind": "comb", "cells": cells}
            else:
                n = int((w - 4) // cw)
                cells, _ = self.cells(x, fy, n)
                self.slots[key] = {"kind": "comb", "cells": cells}
            return ch + 16
        if style == "beside":
            self.font(9.5)
            base = self.y - 12
            lab = label + " :"
            c.drawString(x, base, lab)
            lx = x + pdfmetrics.stringWidth(lab, r["font"], 9.5) + 5
            if kind == "sex":
                self._sex(key, lx, base - 1)
            elif kind in ("dob", "nir", "cp"):
                n, gaps = {"dob": (8, (2, 4)), "nir": (15, (13,)), "cp": (5, ())}[kind]
                cells, _ = self.cells(lx, base - 3, n, gaps=gaps)
                self.slots[key] = {"kind": "comb", "cells": cells}
            else:
                c.setDash(1, 2)
                c.setLineWidth(0.7)
                c.line(lx, base - 2, x + w - 6, base - 2)
                c.setDash()
                self.slots[key] = {"kind": "line", "rect": (lx + 2, base - 1, x + w - lx - 8, 14)}
            return 25
        # inside: a framed cell, small label top-left, value below
        fh = 32
        c.setLineWidth(0.6)
        c.rect(x, self.y - fh, w, fh, stroke=1, fill=0)
        self.font(6.8)
        c.setFillColor(Color(0.25, 0.25, 0.3))
        c.drawString(x + 3, self.y - 8, label)
        c.setFillColor(black)
        if kind == "sex":
            self._sex(key, x + 8, self.y - fh + 6)
        elif kind in ("dob", "nir", "cp"):
            n, gaps = {"dob": (8, (2, 4)), "nir": (15, (13,)), "cp": (5, ())}[kind]
            cells, _ = self.cells(x + 6, self.y - fh + 3, n, gaps=gaps)
            self.slots[key] = {"kind": "comb", "cells": cells}
        else:
            self.slots[key] = {"kind": "line", "rect": (x + 5, self.y - fh + 4, w - 10, 17)}
        return fh

    def _sex(self, key, x, y):
        self.font(9)
        for i, s in enumerate(("F", "M")):
            bx = x + i * 34
            self.c.drawString(bx, y + 1, s)
            self.tickbox(f"{key}_{s}", bx + 9, y, 9.5)

    def row(self, items, gap=6):
        hmax = 0
        x = LM
        for key, label, frac, kind in items:
            w = UW * frac
            if key:
                hmax = max(hmax, self.field(key, label, x, w - (gap if frac < 1 else 0), kind))
            x += w
        self.y -= hmax + (4 if self.r["label"] != "inside" else 0)


def _logo(c, run):
    r = RUNS[run]
    c.setFillColor(r["accent"])
    if run == "A":
        c.circle(LM + 11, H - 46, 11, stroke=0, fill=1)
        c.setFillColor(Color(0.95, 0.6, 0.1))
        c.circle(LM + 19, H - 40, 5, stroke=0, fill=1)
    elif run == "B":
        c.rect(LM, H - 58, 22, 22, stroke=0, fill=1)
    else:
        c.roundRect(LM, H - 58, 24, 24, 5, stroke=0, fill=1)
    c.setFillColor(r["accent"])
    c.setFont(r["bold"], 12)
    c.drawString(LM + 30, H - 44, "l'Assurance")
    c.drawString(LM + 30, H - 57, "Maladie")
    c.setFillColor(black)


def draw_page(c, run, page):
    p = Page(c, run)
    r = p.r
    if page == 1:
        _logo(c, run)
        c.setLineWidth(1)
        c.rect(RM - 92, H - 62, 92, 30, stroke=1, fill=0)
        c.setFont(r["bold"], 13)
        c.drawString(RM - 86, H - 45, "cerfa")
        c.setFont(r["font"], 8)
        c.drawString(RM - 86, H - 57, "N° 15763*02")
        p.y = H - 84
        c.setFont(r["bold"], 14.5)
        c.drawCentredString(W / 2, p.y, "Demande d'ouverture des droits à l'assurance maladie")
        p.y -= 16
        c.setFont(r["font"], 11)
        c.drawCentredString(W / 2, p.y, "Protection universelle maladie (PUMa)")
        p.y -= 15
        c.setFont(r["font"], 6.8)
        c.drawCentredString(
            W / 2,
            p.y,
            "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 "
            "du code de la sécurité sociale",
        )
        p.y -= 13
        p.para(
            "Ce formulaire vous permet de demander la prise en charge de vos frais de santé si "
            "vous travaillez ou résidez en France de manière stable et régulière. Remplissez-le "
            "en lettres majuscules, datez-le, signez-le et adressez-le à la caisse d'assurance "
            "maladie de votre lieu de résidence avec les pièces listées en page 2.",
            7.2,
        )
        p.heading("A", "VOUS")
        if run == "A":
            rows = [
                [("surname", "Nom de naissance", 1.0, "t")],
                [("usage_name", "Nom d'usage (facultatif)", 1.0, "t")],
                [("given_names", "Prénom(s)", 0.74, "t"), ("sex", "Sexe", 0.26, "sex")],
                [
                    ("dob", "Date de naissance (JJ MM AAAA)", 0.4, "dob"),
                    ("nationality", "Nationalité", 0.6, "t"),
                ],
                [("birth_place", "Lieu de naissance (commune, pays)", 1.0, "t")],
                [
                    ("nir", "N° de sécurité sociale (si vous en avez un)", 0.6, "nir"),
                    ("phone", "Téléphone", 0.4, "t"),
                ],
                [("address", "Adresse", 1.0, "t")],
                [("postcode", "Code postal", 0.28, "cp"), ("city", "Commune", 0.72, "t")],
                [("email", "Adresse électronique (e-mail)", 1.0, "t")],
            ]
        else:
            rows = [
                [("surname", "Nom de naissance", 1.0, "t")],
                [("usage_name", "Nom d'usage (facultatif)", 1.0, "t")],
                [("given_names", "Prénom(s)", 0.72, "t"), ("sex", "Sexe", 0.28, "sex")],
                [
                    ("dob", "Date de naissance", 0.42, "dob"),
                    ("birth_place", "Lieu de naissance (commune, pays)", 0.58, "t"),
                ],
                [
                    ("nationality", "Nationalité", 0.4, "t"),
                    ("nir", "N° de sécurité sociale", 0.6, "nir"),
                ],
                [("address", "Adresse", 1.0, "t")],
                [("postcode", "Code postal", 0.36, "cp"), ("city", "Commune", 0.64, "t")],
                [("phone", "Téléphone", 0.4, "t"), ("email", "E-mail", 0.6, "t")],
            ]
        for items in rows:
            p.row(items)
        p.y -= 4
        p.heading("B", "VOTRE SITUATION")
        p.font(8)
        c.drawString(LM, p.y, "Cochez la case correspondant à votre situation actuelle :")
        p.y -= 16
        for key, label in SITUATIONS:
            p.tickbox("sit_" + key, LM + 2, p.y - 2)
            save = p.y
            p.para(label, 9, x=LM + 18, width=UW - 20, lead=11)
            if key == "salarie":
                p.font(8.5)
                c.drawString(LM + 30, p.y, "Type de contrat :")
                x = LM + 105
                for ck, cl in CONTRACTS:
                    p.tickbox("ct_" + ck, x, p.y - 2, 8.5)
                    c.drawString(x + 12, p.y, cl)
                    x += 28 + pdfmetrics.stringWidth(cl, r["font"], 8.5)
                p.y -= 16
                c.drawString(LM + 30, p.y, "Emploi occupé :")
                _line(p, "job", LM + 100, p.y, RM - LM - 110)
                p.y -= 12
            if key == "autre":
                _line(p, "autre_text", LM + 130, save, RM - LM - 140)
            p.y -= 5
        c.setFont(r["font"], 6.5)
        c.drawCentredString(W / 2, 30, "S1106 — cerfa n° 15763*02 — page 1/2")
        return p.slots
    # page 2
    p.y = H - 50
    p.heading("C", "VOS ENGAGEMENTS ET SIGNATURE")
    p.para(
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
        "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation. "
        "Je suis informé(e) que la loi punit quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal, article "
        "L. 114-17-1 du code de la sécurité sociale).",
        8.8,
    )
    p.y -= 16
    p.font(10)
    c.drawString(LM, p.y, "Fait à")
    _line(p, "place", LM + 34, p.y, 190)
    c.drawString(LM + 240, p.y, "le")
    _line(p, "date", LM + 256, p.y, 150)
    p.y -= 22
    bw, bh = 250.0, 95.0
    bx = RM - bw - 10 if run != "B" else LM + 150
    if r["sig"] == "above":
        p.font(9.5, True)
        c.drawString(bx, p.y, "Signature")
        p.y -= 4
        c.setLineWidth(0.9)
        c.rect(bx, p.y - bh, bw, bh, stroke=1, fill=0)
    elif r["sig"] == "inside":
        c.setLineWidth(0.9)
        c.rect(bx, p.y - bh, bw, bh, stroke=1, fill=0)
        p.font(9, True)
        c.drawString(bx + 5, p.y - 12, "Signature")
    else:
        c.setLineWidth(0.6)
        c.setStrokeColor(r["accent"])
        c.roundRect(bx, p.y - bh, bw, bh, 6, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFillColor(Color(0.78, 0.78, 0.8))
        c.setFont(r["font"], 16)
        c.drawCentredString(bx + bw / 2, p.y - bh / 2 - 5, "Signature")
        c.setFillColor(black)
    p.slots["sig"] = {"kind": "sig", "rect": (bx, p.y - bh, bw, bh)}
    p.y -= bh + 18
    p.heading("", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for t in PIECES:
        p.font(8.6)
        c.drawString(LM + 4, p.y, "•" if run != "B" else "–")
        p.para(t, 8.6, x=LM + 14, width=UW - 16, lead=10.5)
        p.y -= 3
    p.y -= 10
    c.setLineWidth(0.7)
    c.setDash(3, 2) if run == "C" else c.setDash()
    c.rect(LM, p.y - 70, UW, 78, stroke=1, fill=0)
    c.setDash()
    p.font(9, True)
    c.drawString(LM + 6, p.y - 6, "Cadre réservé à l'organisme")
    p.font(8)
    c.drawString(LM + 6, p.y - 26, "Date de réception : ....../....../..........")
    c.drawString(LM + 6, p.y - 44, "Pièces vérifiées :  □ oui   □ non")
    c.drawString(LM + 6, p.y - 62, "Matricule agent : ..............................")
    c.drawString(LM + 280, p.y - 26, "Cachet de l'organisme :")
    p.y -= 92
    p.para(
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
        "aux libertés et le règlement (UE) 2016/679 s'appliquent aux réponses faites sur ce "
        "formulaire. Elles garantissent un droit d'accès et de rectification pour les données "
        "vous concernant auprès de votre caisse d'assurance maladie.",
        6.6,
    )
    c.setFont(r["font"], 6.5)
    c.drawCentredString(W / 2, 30, "S1106 — cerfa n° 15763*02 — page 2/2")
    return p.slots


def _line(p, key, x, base, w):
    c = p.c
    if p.run == "A":
        c.setLineWidth(0.6)
        c.rect(x, base - 5, w, 18, stroke=1, fill=0)
        p.slots[key] = {"kind": "line", "rect": (x + 3, base - 3, w - 6, 15)}
    else:
        c.setDash(1, 2)
        c.setLineWidth(0.7)
        c.line(x, base - 2, x + w, base - 2)
        c.setDash()
        p.slots[key] = {"kind": "line", "rect": (x + 2, base - 1, w - 4, 14)}
