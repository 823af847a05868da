"""Blank cerfa 15763*02 (S1106) pages in three print runs, drawn with reportlab.

Every drawing function records where values go in ``geo`` (points, origin at the
top-left corner of the page): ``{"kind": "line"|"comb"|"check"|"box", "rect": (x, y, w, h),
"cells": [...]}``.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
_TT = "/usr/share/fonts/truetype/"
_FONTS = {
    "LibSans": _TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": _TT + "liberation/LiberationSans-Bold.ttf",
    "LibSerif": _TT + "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": _TT + "liberation/LiberationSerif-Bold.ttf",
    "OpenSans": _TT + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": _TT + "open-sans/OpenSans-Bold.ttf",
    "Carlito": _TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": _TT + "crosextra/Carlito-Bold.ttf",
    "Lato": _TT + "lato/Lato-Regular.ttf",
    "Lato-B": _TT + "lato/Lato-Bold.ttf",
    "LibMono": _TT + "liberation/LiberationMono-Regular.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, path in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


NAVY = Color(0.05, 0.20, 0.45)
TEAL = Color(0.0, 0.40, 0.55)
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.92, 0.94, 0.97)

# Three print runs of the form.
RUNS = {
    "R1": {
        "name": "édition nationale 2019 (barres de section, libellés à côté, peignes)",
        "font": "LibSans",
        "bold": "LibSans-B",
        "accent": NAVY,
        "section": "bar",
        "label": "beside",
        "field": "box",
        "comb": (13.0, 15.0),
        "names_comb": True,
        "sig_label": "inside",
        "date_style": "dotted",
    },
    "R2": {
        "name": "tirage caisse locale (titres soulignés, libellés au-dessus, pointillés)",
        "font": "LibSerif",
        "bold": "LibSerif-B",
        "accent": Color(0.1, 0.1, 0.1),
        "section": "underline",
        "label": "above",
        "field": "dotted",
        "comb": (11.5, 14.0),
        "names_comb": False,
        "sig_label": "grey",
        "date_style": "dotted",
    },
    "R3": {
        "name": "PDF remplissable ameli 2023 (onglets, libellés dans les cases)",
        "font": "OpenSans",
        "bold": "OpenSans-B",
        "accent": TEAL,
        "section": "tab",
        "label": "inside",
        "field": "cell",
        "comb": (12.5, 14.0),
        "names_comb": False,
        "sig_label": "above",
        "date_style": "line",
    },
}


class Pen:
    """Top-left coordinates over a reportlab canvas, plus the geometry record."""

    def __init__(self, c, run: dict, geo: dict):
        self.c, self.r, self.geo = c, run, geo

    def text(self, x, y, s, size=8.5, bold=False, color=None, font=None, align="left"):
        c = self.c
        c.setFillColor(color or Color(0, 0, 0))
        c.setFont(font or (self.r["bold"] if bold else self.r["font"]), size)
        if align == "center":
            c.drawCentredString(x, H - y, s)
        elif align == "right":
            c.drawRightString(x, H - y, s)
        else:
            c.drawString(x, H - y, s)

    def width(self, s, size=8.5, bold=False):
        return pdfmetrics.stringWidth(s, self.r["bold"] if bold else self.r["font"], size)

    def rect(self, x, y, w, h, stroke=0.6, fill=None, color=None, dash=None):
        c = self.c
        c.setLineWidth(stroke)
        c.setStrokeColor(color or Color(0, 0, 0))
        if dash:
            c.setDash(*dash)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setDash()

    def line(self, x1, y1, x2, y2, width=0.5, color=None, dash=None):
        c = self.c
        c.setLineWidth(width)
        c.setStrokeColor(color or Color(0, 0, 0))
        if dash:
            c.setDash(*dash)
        c.line(x1, H - y1, x2, H - y2)
        c.setDash()

    def para(self, x, y, width, s, size=7.0, lead=None, color=None, bold=False):
        """Greedy word wrap; returns the y below the paragraph."""
        lead = lead or size * 1.25
        words, line = s.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if self.width(t, size, bold) > width and line:
                y += lead
                self.text(x, y, line, size, bold=bold, color=color)
                line = w
            else:
                line = t
        if line:
            y += lead
            self.text(x, y, line, size, bold=bold, color=color)
        return y + lead * 0.4

    # ---- fields -------------------------------------------------------------------
    def check(self, key, x, y, label, size=8.0, s=8.5):
        self.rect(x, y, s, s, stroke=0.7)
        self.geo[key] = {"kind": "check", "rect": (x, y, s, s)}
        if label:
            self.text(x + s + 3.5, y + s - 1.2, label, size)
        return x + s + 3.5 + (self.width(label, size) if label else 0)

    def comb(self, key, x, y, groups, sep=""):
        cw, ch = self.r["comb"]
        cells, cx = [], x
        for gi, n in enumerate(groups):
            for _ in range(n):
                fill = LIGHT if self.r["section"] == "bar" else None
                self.rect(cx, y, cw, ch, stroke=0.5, fill=fill, color=Color(0.2, 0.2, 0.3))
                cells.append((cx, y, cw, ch))
                cx += cw
            if gi < len(groups) - 1:
                if sep:
                    self.text(cx + 2.0, y + ch - 3.5, sep, 9)
                cx += 8.0
        self.geo[key] = {"kind": "comb", "rect": (x, y, cx - x, ch), "cells": cells}
        return cx

    def field(self, key, x, y, w, h=14.0):
        st = self.r["field"]
        if st == "box":
            self.rect(x, y, w, h, stroke=0.5, fill=LIGHT, color=Color(0.3, 0.3, 0.4))
        elif st == "dotted":
            self.line(x, y + h, x + w, y + h, 0.6, dash=(1, 2))
        elif st == "line":
            self.line(x, y + h, x + w, y + h, 0.5, color=GREY)
        self.geo[key] = {"kind": "line", "rect": (x, y, w, h)}

    def labelled(self, key, x, y, w, label, sub="", kind="line", groups=None, sep=""):
        """A labelled field according to the run's label placement; returns bottom y."""
        lab = self.r["label"]
        size = 8.0
        if lab == "beside":
            self.text(x, y + 10.5, label, size, bold=True)
            lx = x + self.width(label, size, True) + 4
            if sub:
                self.text(lx, y + 10.5, sub, 6.5, color=GREY)
                lx += self.width(sub, 6.5) + 4
            if kind == "comb":
                self.comb(key, lx, y, groups, sep)
                return y + self.r["comb"][1] + 6
            self.field(key, lx, y, x + w - lx)
            return y + 20
        if lab == "above":
            self.text(x, y + 8, label + (" " + sub if sub else ""), 7.5)
            if kind == "comb":
                self.comb(key, x, y + 11, groups, sep)
                return y + 11 + self.r["comb"][1] + 6
            self.field(key, x, y + 10, w, 14)
            return y + 30
        # inside: a cell with a small label in its top-left corner
        ch = 30.0 if kind != "comb" else 12 + self.r["comb"][1] + 5
        self.rect(x, y, w, ch, stroke=0.5, color=Color(0.35, 0.45, 0.5))
        self.text(x + 3, y + 8, label + (" " + sub if sub else ""), 6.3, color=TEAL)
        if kind == "comb":
            self.comb(key, x + 4, y + 11, groups, sep)
        else:
            self.geo[key] = {"kind": "line", "rect": (x + 3, y + 11, w - 6, ch - 13)}
        return y + ch

    def section(self, y, letter, title, x0=36, x1=W - 36):
        st, acc = self.r["section"], self.r["accent"]
        if st == "bar":
            self.rect(x0, y, x1 - x0, 16, stroke=0, fill=acc)
            self.text(x0 + 6, y + 11.8, letter, 11, bold=True, color=white)
            self.text(x0 + 24, y + 11.5, title, 9.5, bold=True, color=white)
            return y + 24
        if st == "underline":
            self.text(x0, y + 12, f"{letter}. {title}" if letter else title, 11, bold=True)
            self.line(x0, y + 15, x1, y + 15, 1.2)
            return y + 24
        if not letter:
            self.text(x0, y + 12.5, title, 10, bold=True, color=acc)
            self.line(x0, y + 16, x1, y + 16, 0.8, color=acc)
            return y + 24
        self.c.setFillColor(acc)
        self.c.roundRect(x0, H - y - 17, 22, 17, 4, stroke=0, fill=1)
        self.text(x0 + 11, y + 12.5, letter, 11, bold=True, color=white, align="center")
        self.text(x0 + 28, y + 12.5, title, 10, bold=True, color=acc)
        self.line(x0 + 28, y + 16, x1, y + 16, 0.8, color=acc)
        return y + 24


def _header(p: Pen, page: int):
    r, acc = p.r, p.r["accent"]
    if page == 1:
        p.text(36, 44, "l'Assurance", 13, bold=True, color=acc)
        p.text(36, 59, "Maladie", 13, bold=True, color=acc)
        p.text(36, 70, "Agir ensemble, protéger chacun", 6.5, color=GREY)
        p.rect(W - 130, 30, 94, 34, stroke=0.8)
        p.text(W - 83, 44, "cerfa", 10, bold=True, align="center")
        p.text(W - 83, 57, "N° 15763*02", 9, bold=True, align="center")
        title = "Demande d'ouverture des droits à l'assurance maladie"
        ts = 14 if r["section"] != "underline" else 15
        p.text(W / 2, 96, title, ts, bold=True, align="center", color=acc)
        p.text(W / 2, 112, "Protection universelle maladie (PUMa)", 10.5, align="center")
        p.text(
            W / 2,
            124,
            "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 du code de la "
            "sécurité sociale",
            6.8,
            align="center",
            color=GREY,
        )
        notice = (
            "Vous travaillez en France ou vous y résidez de manière stable et régulière depuis "
            "plus de trois mois : ce formulaire vous permet de demander la prise en charge de "
            "vos frais de santé. Remplissez-le en lettres capitales, datez-le, signez-le et "
            "adressez-le à la caisse d'assurance maladie de votre lieu de résidence avec les "
            "pièces justificatives demandées en page 2."
        )
        y = p.para(36, 130, W - 72, notice, 7.0)
        return y + 4
    p.text(36, 40, "l'Assurance Maladie", 9, bold=True, color=acc)
    p.text(W - 36, 40, "Demande d'ouverture des droits - PUMa", 7.5, align="right", color=GREY)
    return 58


def _footer(p: Pen, page: int):
    p.line(36, H - 34, W - 36, H - 34, 0.4, color=GREY)
    p.text(36, H - 24, f"S1106 — cerfa n° 15763*02 — page {page}/2", 7, color=GREY)
    p.text(W - 36, H - 24, "ameli.fr", 7, bold=True, align="right", color=GREY)


def draw_page1(c, run: dict, geo: dict):
    p = Pen(c, run, geo)
    y = _header(p, 1)
    y = p.section(y, "A", "VOUS")
    x0, x1 = 40, W - 40
    fw = x1 - x0
    lab = run["label"]
    if run["names_comb"]:
        y = p.labelled("nom", x0, y, fw, "Nom de naissance", kind="comb", groups=[26])
        y = p.labelled("nom_usage", x0, y, fw, "Nom d'usage", "(facultatif)", "comb", [24])
        y = p.labelled("prenoms", x0, y, fw, "Prénom(s)", kind="comb", groups=[29])
    elif lab == "inside":
        y = p.labelled("nom", x0, y, fw * 0.5, "Nom de naissance")
        p.labelled("nom_usage", x0 + fw * 0.5, y - 30, fw * 0.5, "Nom d'usage", "(facultatif)")
        y = p.labelled("prenoms", x0, y, fw, "Prénom(s) (dans l'ordre de l'état civil)")
    else:
        y = p.labelled("nom", x0, y, fw, "Nom de naissance")
        y = p.labelled("nom_usage", x0, y, fw, "Nom d'usage (nom d'époux/se)", "(facultatif)")
        y = p.labelled("prenoms", x0, y, fw, "Prénom(s)")
    # sex + date of birth
    if lab == "inside":
        p.rect(x0, y, fw * 0.35, 30, stroke=0.5, color=Color(0.35, 0.45, 0.5))
        p.text(x0 + 3, y + 8, "Sexe", 6.3, color=TEAL)
        xx = p.check("sexe_F", x0 + 8, y + 14, "Féminin")
        p.check("sexe_M", xx + 14, y + 14, "Masculin")
        p.labelled(
            "naissance",
            x0 + fw * 0.35,
            y,
            fw * 0.65,
            "Date de naissance",
            "(JJ MM AAAA)",
            "comb",
            [2, 2, 4],
        )
        y += 31
    else:
        p.text(x0, y + 10, "Sexe", 8, bold=lab == "beside")
        xx = p.check("sexe_F", x0 + 30, y + 3, "F")
        p.check("sexe_M", xx + 12, y + 3, "M")
        y = p.labelled(
            "naissance",
            x0 + 140,
            y,
            fw - 140,
            "Date de naissance",
            "",
            "comb",
            [2, 2, 4],
            sep="/" if lab == "beside" else "",
        )
    if lab == "inside":
        p.labelled("lieu_commune", x0, y, fw * 0.5, "Lieu de naissance : commune")
        p.labelled("lieu_pays", x0 + fw * 0.5, y, fw * 0.25, "Pays")
        y = p.labelled("nationalite", x0 + fw * 0.75, y, fw * 0.25, "Nationalité")
    else:
        p.labelled("lieu_commune", x0, y, fw * 0.58, "Lieu de naissance : commune")
        y = p.labelled("lieu_pays", x0 + fw * 0.6, y, fw * 0.4, "pays")
        y = p.labelled("nationalite", x0, y, fw * 0.6, "Nationalité")
    y = p.labelled(
        "nir",
        x0,
        y,
        fw,
        "N° de sécurité sociale",
        "(si vous en avez un)",
        "comb",
        [1, 2, 2, 2, 3, 3],
    )
    nir = geo["nir"]
    kx = nir["rect"][0] + nir["rect"][2] + 10
    p.text(kx, nir["rect"][1] + 10, "clé", 7)
    p.comb("nir_cle", kx + 14, nir["rect"][1], [2])
    y = p.labelled("alloc", x0, y, fw * 0.7, "N° d'allocataire CAF", "(le cas échéant)")
    y = p.labelled("adresse", x0, y, fw, "Adresse")
    if lab == "inside":
        p.labelled("cp", x0, y, fw * 0.25, "Code postal", kind="comb", groups=[5])
        y = p.labelled("commune", x0 + fw * 0.25, y, fw * 0.75, "Commune")
        p.labelled("tel", x0, y, fw * 0.4, "Téléphone")
        y = p.labelled("email", x0 + fw * 0.4, y, fw * 0.6, "Adresse e-mail")
    else:
        p.labelled("cp", x0, y, fw * 0.35, "Code postal", kind="comb", groups=[5])
        y = p.labelled("commune", x0 + fw * 0.38, y, fw * 0.62, "Commune")
        p.labelled("tel", x0, y, fw * 0.4, "Téléphone")
        y = p.labelled("email", x0 + fw * 0.43, y, fw * 0.57, "E-mail")
    y += 8
    y = p.section(y, "B", "VOTRE SITUATION")
    p.text(x0, y + 6, "Cochez la case correspondant à votre situation actuelle.", 7.5, color=GREY)
    y += 14
    p.check("sit_salarie", x0, y, "Vous exercez une activité salariée en France", 8.5)
    y += 15
    p.text(x0 + 16, y + 9, "Profession :", 7.8)
    p.field("profession", x0 + 66, y, 170, 12)
    xx = x0 + 250
    p.text(xx, y + 9, "Type de contrat :", 7.8)
    xx += 66
    for k, lbl in (("CDI", "CDI"), ("CDD", "CDD"), ("interim", "Intérim"), ("ctr_autre", "Autre")):
        xx = p.check("ctr_" + k if k != "ctr_autre" else k, xx, y + 2, lbl, 7.8) + 10
    y += 20
    options = [
        (
            "sit_independant",
            "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        ),
        ("sit_demandeur", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
        ("sit_etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement supérieur"),
        (
            "sit_sans_activite",
            "Vous n'exercez pas d'activité professionnelle et vous résidez en "
            "France de manière stable et régulière",
        ),
    ]
    for key, lbl in options:
        p.check(key, x0, y, lbl, 8.5)
        y += 15
    p.text(x0 + 16, y + 1, "depuis plus de trois mois", 8.5)
    y += 9
    p.check("sit_autre", x0, y, "Autre situation, précisez :", 8.5)
    p.field("autre_texte", x0 + 130, y - 3, fw - 130, 12)
    y += 22
    p.para(
        x0,
        y,
        fw,
        "Les informations recueillies sont nécessaires à l'examen de votre "
        "demande. Conformément au règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier "
        "1978, vous disposez d'un droit d'accès et de rectification auprès de votre caisse.",
        6.3,
        color=GREY,
    )
    _footer(p, 1)


def draw_page2(c, run: dict, geo: dict):
    p = Pen(c, run, geo)
    y = _header(p, 2)
    y = p.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    x0, x1 = 40, W - 40
    fw = x1 - x0
    y = p.para(
        x0,
        y,
        fw,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation (adresse, activité, résidence).",
        8.3,
    )
    y = p.para(
        x0,
        y,
        fw,
        "La loi punit quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, "
        "article L. 114-13 du code de la sécurité sociale).",
        7.0,
        color=GREY,
    )
    y += 8
    p.text(x0, y + 11, "Fait à", 9, bold=run["label"] == "beside")
    dst = run["date_style"]
    dash = (1, 2) if dst == "dotted" else None
    p.line(x0 + 32, y + 13, x0 + 230, y + 13, 0.6, dash=dash, color=GREY if dash is None else None)
    geo["fait_a"] = {"kind": "line", "rect": (x0 + 34, y - 3, 194, 16)}
    p.text(x0 + 250, y + 11, "le", 9, bold=run["label"] == "beside")
    p.line(x0 + 264, y + 13, x0 + 420, y + 13, 0.6, dash=dash, color=GREY if dash is None else None)
    geo["le"] = {"kind": "line", "rect": (x0 + 266, y - 3, 152, 16)}
    y += 26
    bx, bw, bh = x0 + 250, 235, 90
    sl = run["sig_label"]
    if sl == "above":
        p.text(bx, y + 8, "Signature", 8.5, bold=True)
        y += 12
    p.rect(bx, y, bw, bh, stroke=0.9, color=Color(0.15, 0.15, 0.2))
    if sl == "inside":
        p.text(bx + 5, y + 11, "Signature", 8.5, bold=True)
    elif sl == "grey":
        p.text(
            bx + bw / 2,
            y + bh / 2 + 6,
            "Signature",
            18,
            color=Color(0.82, 0.82, 0.82),
            align="center",
        )
    geo["signature"] = {"kind": "box", "rect": (bx, y, bw, bh), "label": sl}
    y += bh + 18
    y = p.section(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    pieces = [
        "la photocopie d'une pièce d'identité en cours de validité (passeport, carte nationale "
        "d'identité pour les ressortissants de l'UE/EEE/Suisse) ;",
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : la photocopie de votre titre de "
        "séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre "
        "récépissé de demande ;",
        "la photocopie de votre acte de naissance (copie intégrale ou extrait avec filiation) ; "
        "s'il a été établi à l'étranger, revêtu de l'apostille ou légalisé ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
        "factures successives, attestation d'hébergement accompagnée de ses justificatifs) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for s in pieces:
        p.text(x0 + 2, y + 8.5, "•", 9)
        y = p.para(x0 + 12, y, fw - 12, s, 8.0) + 1
    y += 10
    p.rect(x0, y, fw, 78, stroke=0.6, dash=(3, 2), color=GREY)
    p.text(x0 + 6, y + 12, "Cadre réservé à l'organisme", 8.5, bold=True, color=GREY)
    p.text(x0 + 6, y + 32, "Date de réception : ....../....../..........", 8, color=GREY)
    p.text(x0 + 240, y + 32, "Pièces vérifiées :", 8, color=GREY)
    p.rect(x0 + 312, y + 24, 8, 8, stroke=0.6, color=GREY)
    p.text(x0 + 324, y + 31, "oui", 8, color=GREY)
    p.rect(x0 + 348, y + 24, 8, 8, stroke=0.6, color=GREY)
    p.text(x0 + 360, y + 31, "non", 8, color=GREY)
    p.text(x0 + 6, y + 52, "Matricule agent : ....................", 8, color=GREY)
    p.text(
        x0 + 240, y + 52, "Observations : ..........................................", 8, color=GREY
    )
    y += 92
    p.para(
        x0,
        y,
        fw,
        "Pour toute information : ameli.fr ou 36 46 (service gratuit + prix "
        "appel). Conservez une copie de votre demande et des pièces envoyées.",
        6.8,
        color=GREY,
    )
    _footer(p, 2)
