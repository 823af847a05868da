"""Two home-made print runs of the PUMa application form (cerfa 15763*02, S1106).

Coordinates are kept in points with the origin at the TOP-left of the A4 page so that the
same numbers serve the PDF (reportlab) and the rendered images (handwriting).
Run "A": sans-serif, blue section bars, labels above the fields, names in comb boxes,
the word "Signature" above the frame.  Run "B": serif, teal underlined section titles,
labels beside dotted lines, small comb boxes for dates, "Signature" in grey inside the frame.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = A4
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "OS": TT + "open-sans/OpenSans-Regular.ttf",
    "OS-B": TT + "open-sans/OpenSans-Bold.ttf",
    "CA": TT + "crosextra/Caladea-Regular.ttf",
    "CA-B": TT + "crosextra/Caladea-Bold.ttf",
    "LM": TT + "liberation/LiberationMono-Regular.ttf",
    "LS": TT + "liberation/LiberationSans-Regular.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

RUNS = {
    "A": {
        "f": "OS",
        "fb": "OS-B",
        "col": (0.0, 0.25, 0.56),
        "cell": 15.5,
        "tick": 9.0,
        "sec": "bar",
    },
    "B": {
        "f": "CA",
        "fb": "CA-B",
        "col": (0.0, 0.42, 0.40),
        "cell": 12.5,
        "tick": 8.0,
        "sec": "rule",
    },
}
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Autre"]
PIECES = [
    "une pièce d'identité : passeport ou carte nationale d'identité (page avec photo) ;",
    (
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, visa long séjour "
        "valant titre de séjour (VLS-TS) ou récépissé ;"
    ),
    (
        "un acte de naissance (copie intégrale ou extrait avec filiation), apostillé s'il a été "
        "établi à l'étranger ;"
    ),
    (
        "un justificatif de résidence en France depuis plus de 3 mois (bail, 3 factures, "
        "attestation d'hébergement) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class Pen:
    """Reportlab canvas wrapper with top-left coordinates."""

    def __init__(self, c: canvas.Canvas, run: dict):
        self.c, self.r = c, run

    def font(self, bold=False, size=8.0, name=None):
        self.c.setFont(name or (self.r["fb"] if bold else self.r["f"]), size)

    def text(self, x, base, s, bold=False, size=8.0, color=(0, 0, 0), align="l", name=None):
        self.font(bold, size, name)
        self.c.setFillColorRGB(*color)
        y = H - base
        if align == "c":
            self.c.drawCentredString(x, y, s)
        elif align == "r":
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def width(self, s, bold=False, size=8.0):
        return pdfmetrics.stringWidth(s, self.r["fb"] if bold else self.r["f"], size)

    def rect(self, x, top, w, h, lw=0.6, stroke=(0, 0, 0), fill=None, dash=None):
        c = self.c
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if dash:
            c.setDash(*dash)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, H - top - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setDash()

    def line(self, x0, top0, x1, top1, lw=0.6, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x0, H - top0, x1, H - top1)
        c.setDash()


def _comb(p: Pen, x, top, n, cell, h, groups=None, lw=0.6):
    """Draw n comb cells; groups = sizes separated by a gap. Returns cell rects."""
    cells = []
    groups = groups or [n]
    cx = x
    for gi, g in enumerate(groups):
        for _ in range(g):
            p.rect(cx, top, cell, h, lw=lw)
            cells.append((cx, top, cell, h))
            cx += cell
        if gi < len(groups) - 1:
            cx += cell * 0.55
    return cells


def _section(p: Pen, top, letter, title):
    r = p.r
    if r["sec"] == "bar":
        p.rect(36, top, W - 72, 15, lw=0, stroke=None, fill=r["col"])
        p.text(42, top + 11, letter, bold=True, size=10, color=(1, 1, 1))
        p.text(58 if letter else 42, top + 11, title, bold=True, size=9.5, color=(1, 1, 1))
        return top + 24
    if letter:
        p.text(36, top + 11, f"{letter}.", bold=True, size=11, color=r["col"])
    p.text(52 if letter else 36, top + 11, title, bold=True, size=10.5, color=r["col"])
    p.line(36, top + 15, W - 36, top + 15, lw=1.2, color=r["col"])
    return top + 24


def _field(p: Pen, L: dict, key, label, x, top, w, h=15.0, style="box"):
    """A single value field.  Run A: label above a box; run B: label beside a dotted line."""
    if p.r["sec"] == "bar":
        p.text(x, top - 2.5, label, size=7.2)
        if style == "box":
            p.rect(x, top, w, h)
        L[key] = {"kind": "box", "rect": (x, top, w, h)}
        return
    p.text(x, top + h - 3, label, size=8.6)
    lx = x + p.width(label, size=8.6) + 5
    p.line(lx, top + h, x + w, top + h, lw=0.5, dash=(1, 1.6))
    L[key] = {"kind": "line", "rect": (lx, top, x + w - lx, h)}


def _comb_field(p: Pen, L, key, label, x, top, n, groups=None, cell=None, hint=None):
    cell = cell or p.r["cell"]
    h = cell * 1.2
    if p.r["sec"] == "bar":
        p.text(x, top - 2.5, label, size=7.2)
        cells = _comb(p, x, top, n, cell, h, groups)
        if hint:
            p.text(cells[-1][0] + cell + 6, top + h - 4, hint, size=6.2, color=(0.35,) * 3)
    else:
        p.text(x, top + h - 3, label, size=8.6)
        cx = x + p.width(label, size=8.6) + 6
        cells = _comb(p, cx, top, n, cell, h, groups)
        if hint:
            p.text(cells[-1][0] + cell + 6, top + h - 3, hint, size=6.8, color=(0.4,) * 3)
    L[key] = {"kind": "comb", "cells": cells, "rect": (cells[0][0], top, cells[-1][0] + cell, h)}
    return top + h


def _tick(p: Pen, L, key, x, top, label, size=8.2):
    t = p.r["tick"]
    p.rect(x, top, t, t, lw=0.7)
    p.text(x + t + 4, top + t - 1.2, label, size=size)
    L["tick_" + key] = {"kind": "tick", "rect": (x, top, t, t)}
    return x + t + 4 + p.width(label, size=size)


def page1(p: Pen, L: dict, run_id: str):
    r = p.r
    col = r["col"]
    # header
    p.text(36, 52, "l'Assurance", bold=True, size=13, color=col)
    p.text(36, 67, "Maladie", bold=True, size=13, color=col)
    p.text(36, 77, "Agir ensemble, protéger chacun", size=6.5, color=(0.3,) * 3)
    p.rect(W - 150, 36, 114, 34, lw=0.8)
    p.text(W - 144, 50, "cerfa", bold=True, size=12)
    p.text(W - 42, 50, "N° 15763*02", size=8.5, align="r")
    p.text(W - 144, 64, "S1106", size=7)
    p.text(W / 2, 100, "Demande d'ouverture des droits à l'assurance maladie", True, 13.5, col, "c")
    p.text(W / 2, 115, "Protection universelle maladie (PUMa)", False, 10.5, align="c")
    notice = [
        (
            "Vous travaillez ou résidez en France de manière stable et régulière : remplissez ce "
            "formulaire et adressez-le, avec les pièces"
        ),
        (
            "justificatives, à la caisse d'assurance maladie de votre lieu de résidence. Écrivez "
            "en majuscules, à l'encre noire ou bleue."
        ),
        (
            "Articles L. 160-1, L. 160-5, L. 161-15-1, R. 111-2 et R. 111-3 du code de la "
            "sécurité sociale."
        ),
    ]
    for i, s in enumerate(notice):
        p.text(36, 131 + i * 8.5, s, size=6.4, color=(0.25,) * 3)
    top = _section(p, 162, "A", "VOUS")
    if run_id == "A":
        top += 10
        _comb_field(p, L, "surname", "Nom de naissance", 44, top, 30)
        top += 36
        _comb_field(p, L, "usage_name", "Nom d'usage (facultatif)", 44, top, 30)
        top += 36
        _comb_field(p, L, "given_names", "Prénom(s)", 44, top, 30)
        top += 38
        p.text(44, top - 2.5, "Sexe", size=7.2)
        x = _tick(p, L, "sex_F", 44, top + 4, "F")
        _tick(p, L, "sex_M", x + 12, top + 4, "M")
        _comb_field(p, L, "dob", "Date de naissance", 150, top, 8, [2, 2, 4], hint="JJ MM AAAA")
        top += 36
        _field(p, L, "birth_city", "Lieu de naissance : commune", 44, top, 280)
        _field(p, L, "birth_country", "pays", 334, top, 215)
        top += 34
        _field(p, L, "nationality", "Nationalité", 44, top, 200)
        top += 34
        _comb_field(
            p,
            L,
            "nir",
            "N° de sécurité sociale (si vous en avez un)",
            44,
            top,
            15,
            [1, 2, 2, 2, 3, 3, 2],
            hint="clé",
        )
        top += 36
        _field(p, L, "address", "Adresse (n°, rue, bâtiment, étage)", 44, top, 505)
        top += 34
        _comb_field(p, L, "postcode", "Code postal", 44, top, 5)
        _field(p, L, "city", "Commune", 150, top, 399)
        top += 34
        _field(p, L, "phone", "Téléphone", 44, top, 180)
        _field(p, L, "email", "Adresse e-mail", 234, top, 315)
        top += 30
    else:
        top += 8
        _field(p, L, "surname", "Nom de naissance :", 40, top, 515, 16)
        top += 24
        _field(p, L, "usage_name", "Nom d'usage (nom d'époux/se, facultatif) :", 40, top, 515, 16)
        top += 24
        _field(p, L, "given_names", "Prénom(s) :", 40, top, 515, 16)
        top += 26
        p.text(40, top + 11, "Sexe :", size=8.6)
        x = _tick(p, L, "sex_F", 72, top + 4, "Féminin", 8.6)
        _tick(p, L, "sex_M", x + 10, top + 4, "Masculin", 8.6)
        _comb_field(p, L, "dob", "Date de naissance :", 230, top, 8, [2, 2, 4], hint="(JJ/MM/AAAA)")
        top += 24
        _field(p, L, "birth_city", "Né(e) à (commune) :", 40, top, 300, 16)
        _field(p, L, "birth_country", "Pays :", 350, top, 205, 16)
        top += 24
        _field(p, L, "nationality", "Nationalité :", 40, top, 300, 16)
        top += 26
        _comb_field(
            p, L, "nir", "N° d'immatriculation (si vous en avez un) :", 40, top, 15, [13, 2]
        )
        top += 26
        _field(p, L, "address", "Adresse :", 40, top, 515, 16)
        top += 24
        _comb_field(p, L, "postcode", "Code postal :", 40, top, 5)
        _field(p, L, "city", "Commune :", 170, top, 385, 16)
        top += 24
        _field(p, L, "phone", "Téléphone :", 40, top, 200, 16)
        _field(p, L, "email", "Courriel :", 250, top, 305, 16)
        top += 26
    top = _section(p, top + 4, "B", "VOTRE SITUATION")
    p.text(
        44,
        top + 6,
        "Cochez la case qui correspond à votre situation actuelle :",
        size=7.6,
        color=(0.2,) * 3,
    )
    top += 14
    for key, label in SITUATIONS:
        _tick(p, L, key, 48, top, label)
        if key == "salarie":
            top += 15
            x = p.width("Type de contrat :", size=7.8)
            p.text(64, top + 7.5, "Type de contrat :", size=7.8)
            x = 64 + x + 8
            for ct in CONTRACTS:
                x = _tick(p, L, "ct_" + ct, x, top, ct, 7.8) + 12
            _field(
                p,
                L,
                "job",
                "Emploi occupé :" if run_id == "B" else "",
                x + 6,
                top - 3,
                W - 44 - x - 6,
                12,
                style="line",
            )
            if run_id == "A":
                p.line(x + 6, top + 9, W - 44, top + 9, lw=0.5, dash=(1, 1.6))
                p.text(x + 6, top - 4.5, "Emploi occupé", size=6.4, color=(0.35,) * 3)
        if key == "autre":
            x0 = 48 + r["tick"] + 4 + p.width(label, size=8.2) + 6
            p.line(x0, top + r["tick"], W - 44, top + r["tick"], lw=0.5, dash=(1, 1.6))
            L["other_text"] = {"kind": "line", "rect": (x0, top - 3, W - 44 - x0, 12)}
        top += 17
    p.text(
        W / 2, H - 24, "S1106 — cerfa n° 15763*02 — page 1/2", size=6.5, align="c", color=(0.3,) * 3
    )


def page2(p: Pen, L: dict, run_id: str):
    r = p.r
    top = _section(p, 40, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    cert = [
        (
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
            "m'engage à signaler à ma caisse"
        ),
        (
            "tout changement de situation. Je suis informé(e) que la loi punit quiconque se rend "
            "coupable de fraudes ou de fausses"
        ),
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
    ]
    for i, s in enumerate(cert):
        p.text(44, top + 6 + i * 11, s, size=8.2)
    top += 44
    if run_id == "A":
        p.text(44, top + 13, "Fait à", size=9)
        p.rect(76, top, 200, 18)
        L["place"] = {"kind": "box", "rect": (76, top, 200, 18)}
        p.text(290, top + 13, "le", size=9)
        p.rect(304, top, 130, 18)
        L["date"] = {"kind": "box", "rect": (304, top, 130, 18)}
        top += 34
        p.text(304, top - 3, "Signature", bold=True, size=8.5)
        p.rect(304, top, 240, 92, lw=0.9)
        L["sig"] = {"kind": "box", "rect": (304, top, 240, 92)}
        top += 110
    else:
        p.text(44, top + 13, "Fait à :", size=9.5)
        x0 = 44 + p.width("Fait à :", size=9.5) + 5
        p.line(x0, top + 15, 300, top + 15, lw=0.5, dash=(1, 1.6))
        L["place"] = {"kind": "line", "rect": (x0, top, 300 - x0, 15)}
        p.text(312, top + 13, "le :", size=9.5)
        x1 = 312 + p.width("le :", size=9.5) + 5
        p.line(x1, top + 15, 470, top + 15, lw=0.5, dash=(1, 1.6))
        L["date"] = {"kind": "line", "rect": (x1, top, 470 - x1, 15)}
        top += 26
        p.rect(300, top, 250, 96, lw=0.8, stroke=r["col"])
        p.text(425, top + 54, "Signature", size=15, color=(0.78,) * 3, align="c")
        L["sig"] = {"kind": "box", "rect": (300, top, 250, 96), "label": (425, top + 54, 15)}
        top += 114
    top = _section(p, top, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for s in PIECES:
        p.text(48, top + 6, "•", size=8.5)
        p.text(58, top + 6, s, size=7.6)
        top += 13
    top += 14
    p.rect(36, top, W - 72, 82, lw=0.8, dash=(3, 2) if run_id == "B" else None)
    p.text(44, top + 13, "Cadre réservé à l'organisme", bold=True, size=8.5)
    p.text(44, top + 33, "Date de réception :", size=7.8)
    p.line(118, top + 35, 240, top + 35, lw=0.4, dash=(1, 1.6))
    p.text(260, top + 33, "Pièces vérifiées", size=7.8)
    p.rect(325, top + 25, 8, 8)
    p.text(44, top + 55, "Matricule agent :", size=7.8)
    p.line(112, top + 57, 240, top + 57, lw=0.4, dash=(1, 1.6))
    p.text(260, top + 55, "Observations :", size=7.8)
    p.line(316, top + 57, W - 48, top + 57, lw=0.4, dash=(1, 1.6))
    p.text(
        W / 2, H - 24, "S1106 — cerfa n° 15763*02 — page 2/2", size=6.5, align="c", color=(0.3,) * 3
    )


def build(run_id: str, decorate=None, title="S1106") -> tuple[bytes, list[dict]]:
    """Draw the blank form (two pages).  decorate(c, page_no, layout, pen) adds values."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Assurance Maladie")
    layouts = []
    for no, fn in ((1, page1), (2, page2)):
        L: dict = {}
        pen = Pen(c, RUNS[run_id])
        fn(pen, L, run_id)
        if decorate:
            decorate(c, no, L, pen)
        layouts.append(L)
        c.showPage()
    c.save()
    return buf.getvalue(), layouts


def layouts(run_id: str) -> list[dict]:
    return build(run_id)[1]
