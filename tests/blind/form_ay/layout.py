"""Three home-made "print runs" of the cerfa 15763*02 (S1106) form, drawn with reportlab.

Each page drawing records anchors (PDF points, origin bottom-left) so that values can later be
typed (reportlab), turned into AcroForm fields, or handwritten on a rendered image.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PW, PH = 595.28, 841.89
TT = "/usr/share/fonts/truetype/"

_FONTS = {
    "Lib": TT + "liberation/LiberationSans-Regular.ttf",
    "Lib-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Car": TT + "crosextra/Carlito-Regular.ttf",
    "Car-B": TT + "crosextra/Carlito-Bold.ttf",
    "DjC": TT + "dejavu/DejaVuSansCondensed.ttf",
    "DjC-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, path in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


@dataclass
class Run:
    key: str
    font: str
    bold: str
    sections: str  # bar | underline | frame
    labels: str  # beside | above | inside
    cell: float  # comb cell width
    lines: str  # dotted | solid | box
    accent: Color
    sig_label: str  # above | inside | grey


RUNS = {
    "A": Run("A", "Lib", "Lib-B", "bar", "beside", 13.6, "dotted", Color(0.0, 0.3, 0.6), "above"),
    "B": Run(
        "B", "Car", "Car-B", "underline", "above", 12.4, "solid", Color(0.1, 0.2, 0.5), "inside"
    ),
    "C": Run("C", "DjC", "DjC-B", "frame", "inside", 13.0, "box", Color(0.2, 0.2, 0.2), "grey"),
}

GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.92, 0.93, 0.95)

NOTICE = (
    "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
    "professionnelle : vous pouvez bénéficier de la prise en charge de vos frais de santé. "
    "Complétez ce formulaire en lettres capitales, datez-le, signez-le et adressez-le à votre "
    "caisse d'assurance maladie avec les pièces justificatives demandées (voir page 2)."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-1, R. 111-3, R. 160-1 et D. 160-2 du code "
    "de la sécurité sociale"
)
CERT = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, situation familiale). Je suis informé(e) que la caisse peut vérifier "
    "l'exactitude des déclarations et que toute fausse déclaration m'expose aux sanctions prévues."
)
PIECES = [
    "une pièce d'identité en cours de validité (passeport, carte nationale d'identité) ;",
    "si vous êtes ressortissant d'un pays hors UE/EEE/Suisse : titre de séjour, VLS-TS ou "
    "récépissé de demande ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
]
FRAUD = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit d'accès "
    "et de rectification des données auprès de votre caisse. Quiconque se rend coupable de "
    "fraude ou de fausse déclaration est passible de pénalités financières et de poursuites "
    "(articles L. 114-13 et L. 114-17-1 du code de la sécurité sociale, 313-1 du code pénal)."
)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (indépendant, micro-entrepreneur)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("cdi", "CDI"), ("cdd", "CDD"), ("interim", "Intérim"), ("contrat_autre", "Autre")]


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


class Page:
    """Draws one page and records anchors."""

    def __init__(self, c, run: Run, anchors: dict, page: int):
        self.c, self.r, self.a, self.p = c, run, anchors, page
        self.x0, self.x1 = 40.0, PW - 40.0
        self.y = PH - 40.0

    # --- primitives -------------------------------------------------------------------
    def text(self, x, y, s, size=8.5, bold=False, color=black):
        self.c.setFillColor(color)
        self.c.setFont(self.r.bold if bold else self.r.font, size)
        self.c.drawString(x, y, s)
        self.c.setFillColor(black)

    def para(self, s, size=7.0, width=None, x=None, lead=1.25):
        x = self.x0 if x is None else x
        width = width or (self.x1 - x)
        for ln in wrap(s, self.r.font, size, width):
            self.y -= size * lead
            self.text(x, self.y, ln, size)

    def box(self, name, x, y, s=9.0):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, s, s, stroke=1, fill=0)
        self.a[name] = {"page": self.p, "kind": "box", "rect": (x, y, s, s)}

    def comb(self, name, x, y, n, groups=None, cell=None, h=None):
        cell = cell or self.r.cell
        h = h or cell * 1.25
        cells = []
        self.c.setLineWidth(0.6)
        self.c.setStrokeColor(GREY if self.r.key == "C" else black)
        gx = x
        idx = 0
        for g in groups or [n]:
            for _ in range(g):
                if self.r.key == "B":
                    # open comb: baseline and ticks
                    self.c.line(gx, y, gx + cell, y)
                    self.c.line(gx, y, gx, y + h * 0.45)
                    self.c.line(gx + cell, y, gx + cell, y + h * 0.45)
                else:
                    self.c.rect(gx, y, cell, h, stroke=1, fill=0)
                cells.append((gx, y, cell, h))
                gx += cell
                idx += 1
            gx += cell * 0.45
        self.c.setStrokeColor(black)
        self.a[name] = {"page": self.p, "kind": "comb", "cells": cells, "rect": (x, y, gx - x, h)}
        return gx

    def line(self, name, x, y, w, h=12.0):
        self.c.setLineWidth(0.5)
        if self.r.lines == "dotted":
            self.c.setDash(1, 2)
            self.c.line(x, y, x + w, y)
            self.c.setDash()
        elif self.r.lines == "solid":
            self.c.line(x, y, x + w, y)
        else:
            self.c.setStrokeColor(GREY)
            self.c.rect(x, y - 2, w, h + 3, stroke=1, fill=0)
            self.c.setStrokeColor(black)
        self.a[name] = {"page": self.p, "kind": "line", "rect": (x, y, w, h)}

    def section(self, letter, title):
        r = self.r
        self.y -= 22
        if r.sections == "bar":
            self.c.setFillColor(r.accent)
            self.c.rect(self.x0, self.y - 4, self.x1 - self.x0, 16, stroke=0, fill=1)
            self.text(self.x0 + 6, self.y, f"{letter}   {title}", 10, True, white)
        elif r.sections == "underline":
            self.text(self.x0, self.y, f"{letter} - {title}", 11.5, True, r.accent)
            self.c.setStrokeColor(r.accent)
            self.c.setLineWidth(1.2)
            self.c.line(self.x0, self.y - 4, self.x1, self.y - 4)
            self.c.setStrokeColor(black)
        else:
            self.c.setFillColor(LIGHT)
            self.c.rect(self.x0, self.y - 5, self.x1 - self.x0, 17, stroke=1, fill=1)
            self.c.setFillColor(black)
            self.c.circle(self.x0 + 10, self.y + 3.5, 7, stroke=0, fill=1)
            self.text(self.x0 + 7, self.y, letter, 9.5, True, white)
            self.text(self.x0 + 24, self.y, title, 9.5, True)
        self.y -= 8

    def labelled(self, label, width_label=128.0):
        """Place a label per the run; return (x, y) where the field starts."""
        r = self.r
        if r.labels == "beside":
            self.y -= 22
            self.text(self.x0, self.y + 3, label, 8.5)
            return self.x0 + width_label, self.y
        if r.labels == "above":
            self.y -= 12
            self.text(self.x0, self.y, label, 8.0, True)
            self.y -= 19
            return self.x0, self.y
        self.y -= 30
        self.c.setFillColor(LIGHT)
        self.c.rect(self.x0, self.y - 4, self.x1 - self.x0, 28, stroke=0, fill=1)
        self.c.setFillColor(black)
        self.text(self.x0 + 3, self.y + 17, label, 6.8)
        return self.x0 + 6, self.y - 1

    # --- header / footer ---------------------------------------------------------------
    def header(self):
        r = self.r
        c = self.c
        top = PH - 36
        c.setFillColor(Color(0.0, 0.4, 0.7))
        c.circle(self.x0 + 12, top - 10, 11, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(r.bold, 11)
        c.drawCentredString(self.x0 + 12, top - 14, "am")
        self.text(self.x0 + 28, top - 8, "l'Assurance", 11, True, Color(0.0, 0.4, 0.7))
        self.text(self.x0 + 28, top - 21, "Maladie", 11, True, Color(0.0, 0.4, 0.7))
        self.text(self.x0 + 28, top - 31, "Agir ensemble, protéger chacun", 6.5)
        # cerfa box
        bx = self.x1 - 92
        c.setLineWidth(1)
        c.rect(bx, top - 32, 92, 34, stroke=1, fill=0)
        self.text(bx + 6, top - 10, "cerfa", 13, True)
        self.text(bx + 6, top - 25, "N° 15763*02", 9, True)
        self.y = top - 54
        size = 15 if r.key != "B" else 16
        c.setFont(r.bold, size)
        c.setFillColor(r.accent)
        c.drawCentredString(PW / 2, self.y, "Demande d'ouverture des droits")
        self.y -= size + 2
        c.drawCentredString(PW / 2, self.y, "à l'assurance maladie")
        c.setFillColor(black)
        self.y -= 14
        c.setFont(r.bold, 10)
        c.drawCentredString(PW / 2, self.y, "Protection universelle maladie (PUMa)")
        self.y -= 10
        c.setFont(r.font, 6.5)
        c.drawCentredString(PW / 2, self.y, LEGAL)
        self.y -= 2
        self.para(NOTICE, 7.0)

    def footer(self, n):
        self.c.setFont(self.r.font, 7)
        self.c.drawRightString(self.x1, 24, f"S1106 — cerfa n° 15763*02 — page {n}/2")
        if self.r.key != "B":
            self.c.drawString(self.x0, 24, "Ce formulaire est aussi disponible sur ameli.fr")

    # --- pages -------------------------------------------------------------------------
    def page1(self):
        r = self.r
        self.header()
        self.section("A", "VOUS")
        for name, label in [
            ("nom_naissance", "Nom de naissance"),
            ("nom_usage", "Nom d'usage (facultatif)"),
            ("prenoms", "Prénom(s)"),
        ]:
            x, y = self.labelled(label)
            n = 26 if r.labels == "beside" else 30
            self.comb(name, x, y, n)
        # sex + date of birth on one row
        x, y = self.labelled("Sexe")
        self.text(x, y + 3, "F", 9)
        self.box("sexe_f", x + 10, y + 1)
        self.text(x + 30, y + 3, "M", 9)
        self.box("sexe_m", x + 42, y + 1)
        dx = x + 80 if r.labels == "beside" else x + 150
        self.text(dx, y + 3, "Date de naissance", 8.5 if r.labels != "inside" else 6.8)
        if r.labels == "inside":
            self.text(dx, y + 17, "(JJ MM AAAA)", 6)
        ex = self.comb("date_naissance", dx + 78, y, 8, [2, 2, 4])
        if r.labels != "inside":
            self.text(ex + 2, y + 3, "JJ MM AAAA", 6, color=GREY)
        x, y = self.labelled("Lieu de naissance : commune")
        self.line("lieu_commune", x, y, 170)
        self.text(x + 180, y + 3, "pays", 8.5)
        self.line("lieu_pays", x + 205, y, self.x1 - x - 205)
        x, y = self.labelled("Nationalité")
        self.line("nationalite", x, y, 200)
        x, y = self.labelled(
            "N° de sécurité sociale (si vous en avez un)", 190 if r.key == "A" else 0
        )
        ex = self.comb("nir", x, y, 13, [1, 2, 2, 2, 3, 3])
        self.text(ex + 2, y + 3, "clé", 7)
        self.comb("nir_cle", ex + 18, y, 2)
        x, y = self.labelled("Adresse (n°, rue)")
        self.line("adresse", x, y, self.x1 - x)
        x, y = self.labelled("Code postal")
        ex = self.comb("code_postal", x, y, 5)
        self.text(ex + 4, y + 3, "Commune", 8.5)
        self.line("commune", ex + 45, y, self.x1 - ex - 45)
        x, y = self.labelled("Téléphone")
        ex = self.comb("telephone", x, y, 10, [2, 2, 2, 2, 2], cell=r.cell * 0.9)
        self.text(ex + 4, y + 3, "E-mail", 8.5)
        self.line("email", ex + 34, y, self.x1 - ex - 34)

        self.section("B", "VOTRE SITUATION")
        self.para("Cochez la case correspondant à votre situation actuelle.", 7.5)
        for key, label in SITUATIONS:
            self.y -= 17
            self.box("sit_" + key, self.x0 + 4, self.y - 1)
            self.text(self.x0 + 20, self.y, label, 8.5)
            if key == "salarie":
                self.y -= 15
                self.text(self.x0 + 30, self.y, "Type de contrat :", 8)
                cx = self.x0 + 105
                for ck, cl in CONTRACTS:
                    self.box("ct_" + ck, cx, self.y - 1, 8)
                    self.text(cx + 12, self.y, cl, 8)
                    cx += 62
                self.y -= 16
                self.text(self.x0 + 30, self.y, "Profession :", 8)
                self.line("profession", self.x0 + 80, self.y - 1, 160)
                self.text(self.x0 + 250, self.y, "Employeur :", 8)
                self.line("employeur", self.x0 + 300, self.y - 1, self.x1 - self.x0 - 300)
            if key == "autre":
                self.line("autre_precision", self.x0 + 150, self.y - 1, self.x1 - self.x0 - 150)
        self.footer(1)

    def page2(self):
        r = self.r
        self.y = PH - 30
        self.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
        self.y -= 4
        self.para(CERT, 8.0, lead=1.35)
        self.y -= 24
        self.text(self.x0, self.y + 2, "Fait à", 9)
        self.line("fait_a", self.x0 + 30, self.y, 190)
        self.text(self.x0 + 235, self.y + 2, "le", 9)
        self.line("date_signature", self.x0 + 250, self.y, 130)
        # signature box
        bw, bh = 250.0, 92.0
        bx = self.x1 - bw if r.key != "B" else self.x0 + 120
        self.y -= 20
        if r.sig_label == "above":
            self.text(bx, self.y, "Signature", 9, True)
            self.y -= 6
        by = self.y - bh
        self.c.setLineWidth(0.9)
        self.c.rect(bx, by, bw, bh, stroke=1, fill=0)
        if r.sig_label == "inside":
            self.text(bx + 4, by + bh - 11, "Signature", 8.5, True)
        elif r.sig_label == "grey":
            self.c.setFont(r.font, 20)
            self.c.setFillColor(Color(0.82, 0.82, 0.82))
            self.c.drawCentredString(bx + bw / 2, by + bh / 2 - 7, "Signature")
            self.c.setFillColor(black)
        self.a["signature"] = {"page": self.p, "kind": "sig", "rect": (bx, by, bw, bh)}
        self.y = by - 8
        self.section("", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        self.para("Joignez à ce formulaire la photocopie des documents suivants :", 8)
        for p in PIECES:
            self.y -= 3
            self.text(self.x0 + 4, self.y - 9, "•", 9)
            self.para(p, 8.0, x=self.x0 + 14)
        # cadre réservé
        self.y -= 22
        top = self.y
        self.c.setDash(3, 2)
        self.c.rect(self.x0, top - 62, self.x1 - self.x0, 70, stroke=1, fill=0)
        self.c.setDash()
        self.text(self.x0 + 6, top - 4, "Cadre réservé à l'organisme", 8.5, True)
        self.text(self.x0 + 6, top - 22, "Date de réception :  ___ / ___ / ______", 8)
        self.text(self.x0 + 230, top - 22, "Pièces vérifiées :", 8)
        self.c.rect(self.x0 + 300, top - 23, 7, 7)
        self.text(self.x0 + 310, top - 22, "oui", 8)
        self.c.rect(self.x0 + 335, top - 23, 7, 7)
        self.text(self.x0 + 345, top - 22, "non", 8)
        self.text(self.x0 + 6, top - 42, "Matricule agent : ____________", 8)
        self.text(self.x0 + 230, top - 42, "Visa :", 8)
        self.y = top - 70
        self.para(FRAUD, 6.3)
        self.footer(2)


def draw_form(c, run_key: str, fill=None) -> dict:
    """Draw both pages on canvas c; call fill(c, page_no, anchors) before each showPage."""
    register_fonts()
    run = RUNS[run_key]
    anchors: dict = {}
    for n in (1, 2):
        pg = Page(c, run, anchors, n)
        pg.page1() if n == 1 else pg.page2()
        if fill:
            fill(c, n, anchors)
        c.showPage()
    return anchors
