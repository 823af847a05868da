"""Draw the two pages of the S1106 form (cerfa 15763*02) in three home-made "print runs".

The drawing is done with reportlab and returns the geometry (in points, origin bottom-left) of
every field, so that a filler can write into it by hand later. In ``typed`` mode the values are
drawn as a PDF reader would flatten them; in ``acro`` mode AcroForm fields are created.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = A4
FONT_FILES = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "OpenSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "RobCond": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobCond-B": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Typed": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
}
_REGISTERED = False

RUNS = {
    # R1: blue section bars, labels beside fields, names in comb boxes, "Signature" above the box
    "R1": {
        "font": "LibSans",
        "bold": "LibSans-B",
        "bar": Color(0.0, 0.33, 0.62),
        "bar_text": white,
        "labels": "beside",
        "name_comb": 24,
        "cell": 14.5,
        "sig_label": "above",
        "row": 25,
    },
    # R2: underlined section titles, labels above dotted lines, "Signature" inside the box
    "R2": {
        "font": "OpenSans",
        "bold": "OpenSans-B",
        "bar": None,
        "bar_text": Color(0.05, 0.2, 0.45),
        "labels": "above",
        "name_comb": 0,
        "cell": 13,
        "sig_label": "inside",
        "row": 29,
    },
    # R3: grey bars, labels printed inside the cells, combs of 20, "Signature" in grey in the box
    "R3": {
        "font": "RobCond",
        "bold": "RobCond-B",
        "bar": Color(0.82, 0.84, 0.87),
        "bar_text": black,
        "labels": "inside",
        "name_comb": 20,
        "cell": 16,
        "sig_label": "grey",
        "row": 30,
    },
}

NOTICE = [
    "Vous résidez en France de manière stable et régulière et vous n'avez pas de droits ouverts à",
    "l'assurance maladie : remplissez ce formulaire et adressez-le, accompagné des pièces",
    "justificatives, à la caisse d'assurance maladie de votre lieu de résidence.",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-2-1, R. 111-3 et D. 160-2 "
    "du code de la sécurité sociale."
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et",
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation.",
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraude",
    "ou de fausse déclaration (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal,",
    "article L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    "une pièce d'identité en cours de validité (passeport, carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, VLS-TS ou récépissé ;",
    "un extrait d'acte de naissance avec filiation ou une copie intégrale ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures...) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("sit_salarie", "Vous exercez une activité salariée en France"),
    ("sit_indep", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("sit_dem", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("sit_etud", "Vous êtes étudiant(e)"),
    (
        "sit_sans",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("sit_autre", "Autre situation, précisez :"),
]
CONTRACTS = [("ct_cdi", "CDI"), ("ct_cdd", "CDD"), ("ct_interim", "intérim"), ("ct_autre", "autre")]

ACRO_NAMES = {
    "nom": "NomNaissance",
    "usage": "NomUsage",
    "prenoms": "Prenoms",
    "sex_F": "Sexe_F",
    "sex_M": "Sexe_M",
    "dob_d": "DateNaiss_JJ",
    "dob_m": "DateNaiss_MM",
    "dob_y": "DateNaiss_AAAA",
    "lieu_commune": "LieuNaiss_Commune",
    "lieu_pays": "LieuNaiss_Pays",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "nir_key": "NIR_Cle",
    "adresse": "Adresse",
    "cp": "CodePostal",
    "commune": "Commune",
    "tel": "Telephone",
    "email": "Courriel",
    "autre_text": "AutreSituation_Precisez",
    "fait_a": "FaitA",
    "le": "Le",
}


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _REGISTERED = True


class FormDrawer:
    def __init__(self, c: canvas.Canvas, run: str, mode: str, values: dict, ticks: set):
        self.c = c
        self.s = RUNS[run]
        self.run = run
        self.mode = mode  # blank | typed | acro
        self.values = values
        self.ticks = ticks
        self.geo: dict = {}
        self.page = 1

    # ---- primitives -------------------------------------------------------------------
    def text(self, x, y, s, size=8.5, bold=False, color=black):
        self.c.setFillColor(color)
        self.c.setFont(self.s["bold"] if bold else self.s["font"], size)
        self.c.drawString(x, y, s)

    def bar(self, y, title):
        c, s = self.c, self.s
        if s["bar"] is not None:
            c.setFillColor(s["bar"])
            c.rect(40, y - 4, W - 80, 17, stroke=0, fill=1)
            self.text(46, y + 1, title, 10.5, True, s["bar_text"])
        else:
            self.text(40, y + 1, title, 11.5, True, s["bar_text"])
            c.setStrokeColor(s["bar_text"])
            c.setLineWidth(1.2)
            c.line(40, y - 3, W - 40, y - 3)

    def box(self, key, x, y, size=9.5):
        self.c.setStrokeColor(black)
        self.c.setLineWidth(0.8)
        self.c.rect(x, y, size, size, stroke=1, fill=0)
        self.geo[key] = {"page": self.page, "x": x, "y": y, "w": size, "h": size, "cells": 0}
        checked = key in self.ticks
        if self.mode == "acro":
            self.c.acroForm.checkbox(
                name=ACRO_NAMES.get(key, key.replace("sit_", "Situation_").replace("ct_", "Ctr_")),
                x=x,
                y=y,
                size=size,
                checked=checked,
                buttonStyle="cross" if self.run == "R2" else "check",
                borderWidth=0,
                fillColor=Color(1, 1, 1, alpha=0),
                textColor=black,
                forceBorder=False,
            )
        elif self.mode == "typed" and checked:
            self.c.setFont("Typed", size + 1)
            self.c.setFillColor(black)
            self.c.drawCentredString(x + size / 2, y + 1.5, "X")

    def comb(self, key, x, y, n, cell=None, h=None):
        cell = cell or self.s["cell"]
        h = h or cell + 3
        c = self.c
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.rect(x, y, n * cell, h, stroke=1, fill=0)
        for i in range(1, n):
            c.line(x + i * cell, y, x + i * cell, y + h * 0.35)
        self.geo[key] = {"page": self.page, "x": x, "y": y, "w": n * cell, "h": h, "cells": n}
        self._fill(key, x, y, n * cell, h, n)
        return x + n * cell

    def line(self, key, x, y, w, h=14, dotted=False):
        c = self.c
        c.setStrokeColor(Color(0.25, 0.25, 0.25))
        c.setLineWidth(0.6)
        if dotted:
            c.setDash(1, 2)
        c.line(x, y, x + w, y)
        c.setDash()
        self.geo[key] = {"page": self.page, "x": x, "y": y, "w": w, "h": h, "cells": 0}
        self._fill(key, x, y, w, h, 0)

    def cellbox(self, key, x, y, w, h, label, n=0):
        """R3 style: a rectangle with its label printed small inside, top-left."""
        c = self.c
        c.setStrokeColor(Color(0.35, 0.35, 0.35))
        c.setLineWidth(0.6)
        c.rect(x, y, w, h, stroke=1, fill=0)
        self.text(x + 2.5, y + h - 7.5, label, 6, False, Color(0.35, 0.35, 0.4))
        if n:
            cell = min(self.s["cell"], (w - 8) / n)
            self.comb(key, x + 4, y + 2, n, cell, 13)
        else:
            self.geo[key] = {"page": self.page, "x": x + 3, "y": y + 2, "w": w - 6, "h": 13}
            self.geo[key]["cells"] = 0
            self._fill(key, x + 3, y + 2, w - 6, 13, 0)

    def _fill(self, key, x, y, w, h, n):
        val = self.values.get(key)
        if not val or self.mode == "blank":
            if self.mode == "acro" and key in ACRO_NAMES:
                self._acro(key, x, y, w, h, n, "")
            return
        if self.mode == "acro":
            self._acro(key, x, y, w, h, n, val)
            return
        self.c.setFillColor(black)
        self.c.setFont("Typed", 10)
        if n:
            cell = w / n
            for i, ch in enumerate(val[:n]):
                self.c.drawCentredString(x + cell * (i + 0.5), y + 3.5, ch)
        else:
            self.c.drawString(x + 2, y + 3, val)

    def _acro(self, key, x, y, w, h, n, val):
        kw = {}
        if n:
            kw = {"maxlen": n, "fieldFlags": "comb"}
        self.c.acroForm.textfield(
            name=ACRO_NAMES[key],
            value=val,
            x=x,
            y=y,
            width=w,
            height=h,
            fontName="Helvetica",
            fontSize=10,
            borderWidth=0,
            fillColor=None,
            textColor=black,
            forceBorder=False,
            **kw,
        )

    # ---- fields with label in the run's style -----------------------------------------
    def field(self, key, label, x, y, w, n=0):
        s = self.s
        if s["labels"] == "inside":
            self.cellbox(key, x, y - 4, w, 24, label, n)
            return
        if s["labels"] == "beside":
            self.text(x, y + 3, label, 8.5)
            lw = pdfmetrics.stringWidth(label, s["font"], 8.5) + 6
            fx = max(x + lw, x + 118) if w > 300 else x + lw
            if n:
                self.comb(key, fx, y, n)
            else:
                self.line(key, fx, y, w - (fx - x), dotted=True)
            return
        self.text(x, y + 13, label, 7.5, False, Color(0.2, 0.2, 0.2))
        if n:
            self.comb(key, x, y - 3, n)
        else:
            self.line(key, x, y - 3, w, dotted=True)

    # ---- pages ------------------------------------------------------------------------
    def header(self):
        c, s = self.c, self.s
        c.setFillColor(Color(0.0, 0.33, 0.62))
        c.circle(58, H - 52, 13, stroke=0, fill=1)
        self.text(76, H - 50, "l'Assurance", 12, True, Color(0.0, 0.33, 0.62))
        self.text(76, H - 63, "Maladie", 12, True, Color(0.0, 0.33, 0.62))
        c.setStrokeColor(black)
        c.setLineWidth(0.8)
        c.rect(W - 150, H - 72, 110, 36, stroke=1, fill=0)
        self.text(W - 144, H - 50, "cerfa", 13, True)
        self.text(W - 100, H - 50, "N° 15763*02", 9, True)
        self.text(W - 144, H - 66, "S1106", 7.5)
        self.text(170, H - 52, "Demande d'ouverture des droits", 15, True)
        self.text(170, H - 70, "à l'assurance maladie", 15, True)
        self.text(170, H - 86, "Protection universelle maladie (PUMa)", 10.5, False)
        y = H - 108
        for ln in NOTICE:
            self.text(40, y, ln, 7)
            y -= 8.5
        self.text(40, y - 2, LEGAL, 6.5, False, Color(0.3, 0.3, 0.3))
        return y - 26

    def page1(self):
        s = self.s
        y = self.header()
        self.bar(y, "A  VOUS" if s["bar"] else "A - VOUS")
        r = s["row"]
        y -= r + 4
        nc = s["name_comb"]
        self.field("nom", "Nom de naissance", 40, y, 515, nc)
        y -= r
        self.field("usage", "Nom d'usage (facultatif)", 40, y, 515, nc)
        y -= r
        self.field("prenoms", "Prénom(s)", 40, y, 515, nc)
        y -= r
        # sex and date of birth on one row
        if s["labels"] == "inside":
            self.c.rect(40, y - 4, 120, 24)
            self.text(42.5, y + 12.5, "Sexe", 6, False, Color(0.35, 0.35, 0.4))
            bx = 50
            by = y - 1
            self.cellbox("dob_d", 170, y - 4, 44, 24, "Jour", 2)
            self.cellbox("dob_m", 218, y - 4, 44, 24, "Mois", 2)
            self.cellbox("dob_y", 266, y - 4, 78, 24, "Année de naissance", 4)
        else:
            self.text(40, y + 3, "Sexe", 8.5)
            bx, by = 80, y + 1.5
            self.text(260, y + 3, "Date de naissance", 8.5)
            cx = 345
            cx = self.comb("dob_d", cx, y, 2) + 6
            cx = self.comb("dob_m", cx, y, 2) + 6
            self.comb("dob_y", cx, y, 4)
            self.text(345, y - 8, "JJ        MM         AAAA", 6, False, Color(0.4, 0.4, 0.4))
        self.text(bx + 13, by + 1.5, "F", 8.5)
        self.box("sex_F", bx, by)
        self.text(bx + 48, by + 1.5, "M", 8.5)
        self.box("sex_M", bx + 35, by)
        y -= r + 2
        self.field("lieu_commune", "Lieu de naissance : commune", 40, y, 300)
        self.field("lieu_pays", "pays", 350, y, 205)
        y -= r
        self.field("nationalite", "Nationalité", 40, y, 300)
        y -= r + 2
        lbl = "N° de sécurité sociale (si vous en avez un)"
        if s["labels"] == "inside":
            self.cellbox("nir", 40, y - 4, 260, 24, lbl, 13)
            self.cellbox("nir_key", 305, y - 4, 44, 24, "Clé", 2)
        else:
            self.text(40, y + 3 + (13 if s["labels"] == "above" else 0), lbl, 8)
            x0 = 215 if s["labels"] == "beside" else 40
            yy = y if s["labels"] == "beside" else y - 3
            ex = self.comb("nir", x0, yy, 13, 12.5)
            self.comb("nir_key", ex + 8, yy, 2, 12.5)
        y -= r + 2
        self.field("adresse", "Adresse", 40, y, 515)
        y -= r
        self.field("cp", "Code postal", 40, y, 150, 5)
        self.field("commune", "Commune", 200, y, 355)
        y -= r
        self.field("tel", "Téléphone", 40, y, 200)
        self.field("email", "E-mail", 250, y, 305)
        y -= r + 12
        self.bar(y, "B  VOTRE SITUATION" if s["bar"] else "B - VOTRE SITUATION")
        y -= 24
        for key, label in SITUATIONS:
            self.box(key, 44, y - 1)
            self.text(60, y, label, 8.5)
            if key == "sit_salarie":
                y -= 15
                self.text(60, y, "type de contrat :", 8)
                x = 130
                for ck, cl in CONTRACTS:
                    self.box(ck, x, y - 1.5, 8.5)
                    self.text(x + 12, y, cl, 8)
                    x += 58
            if key == "sit_autre":
                self.line("autre_text", 175, y - 2, 380, dotted=True)
            y -= 18
        self.footer(1)

    def page2(self):
        s = self.s
        y = H - 60
        self.bar(y, "C  VOS ENGAGEMENTS ET SIGNATURE" if s["bar"] else "C - ENGAGEMENTS")
        y -= 26
        for ln in CERTIF:
            self.text(44, y, ln, 8.5)
            y -= 11
        y -= 16
        self.text(44, y + 3, "Fait à", 9)
        self.line("fait_a", 76, y, 200, dotted=s["labels"] != "inside")
        self.text(290, y + 3, "le", 9)
        self.line("le", 304, y, 150, dotted=s["labels"] != "inside")
        y -= 22
        bx, bw, bh = (300, 230, 86) if self.run != "R2" else (44, 260, 80)
        if s["sig_label"] == "above":
            self.text(bx, y, "Signature", 9, True)
            y -= 6
        self.c.setStrokeColor(black)
        self.c.setLineWidth(1)
        self.c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
        if s["sig_label"] == "inside":
            self.text(bx + 4, y - 11, "Signature", 8.5, True)
        elif s["sig_label"] == "grey":
            self.c.setFillColor(Color(0.72, 0.72, 0.72))
            self.c.setFont(s["font"], 13)
            self.c.drawCentredString(bx + bw / 2, y - bh / 2 - 4, "Signature")
        self.geo["sig"] = {"page": 2, "x": bx, "y": y - bh, "w": bw, "h": bh, "cells": 0}
        y -= bh + 34
        self.bar(y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y -= 22
        for ln in PIECES:
            self.text(48, y, "•", 9)
            self.text(58, y, ln, 8.5)
            y -= 13
        y -= 12
        self.text(44, y, "Informatique et libertés : les informations recueillies font l'objet", 7)
        self.text(44, y - 9, "d'un traitement destiné à l'ouverture de vos droits (RGPD).", 7)
        y -= 40
        c = self.c
        c.setFillColor(Color(0.94, 0.94, 0.94))
        c.setStrokeColor(black)
        c.rect(40, y - 70, W - 80, 78, stroke=1, fill=1)
        self.text(48, y - 6, "Cadre réservé à l'organisme", 9, True)
        self.text(48, y - 28, "Date de réception : ..... / ..... / ..........", 8)
        self.text(300, y - 28, "Pièces vérifiées", 8)
        c.rect(372, y - 30, 8, 8)
        self.text(48, y - 52, "Matricule agent : ...............................", 8)
        self.footer(2)

    def footer(self, n):
        self.text(40, 30, f"S1106 — cerfa n° 15763*02 — page {n}/2", 7, False)
        self.text(W - 145, 30, "ameli.fr", 7, True, Color(0.0, 0.33, 0.62))


def draw_form(run: str, mode: str = "blank", values=None, ticks=None, sig_image=None):
    """Return (pdf_bytes, geometry). ``sig_image`` is a PIL RGBA image pasted in the box."""
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("CNAM")
    d = FormDrawer(c, run, mode, values or {}, ticks or set())
    d.page1()
    c.showPage()
    d.page = 2
    d.page2()
    if sig_image is not None:
        from reportlab.lib.utils import ImageReader

        g = d.geo["sig"]
        iw, ih = sig_image.size
        w = g["w"] * 0.8
        h = w * ih / iw
        c.drawImage(
            ImageReader(sig_image),
            g["x"] + g["w"] * 0.1,
            g["y"] + (g["h"] - h) / 2,
            w,
            h,
            mask="auto",
        )
    c.showPage()
    c.save()
    return buf.getvalue(), d.geo
