"""Three home-made "print runs" of the PUMa application form (cerfa 15763*02, S1106).

Each run draws both A4 pages on a reportlab canvas and returns the geometry of every
field ("slots") so that the fillers can write into them.
"""

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "DVCond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "DVCond-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
}
_done = set()


def register_fonts():
    for name, path in FONTS.items():
        if name not in _done:
            pdfmetrics.registerFont(TTFont(name, path))
            _done.add(name)


RUNS = {
    # R1: navy section bars, labels beside the fields, closed comb boxes, names in combs,
    # "Signature" printed above the box.
    "R1": dict(
        reg="LibSans",
        bold="LibSans-B",
        bar="filled",
        accent=Color(0.05, 0.22, 0.45),
        label="beside",
        comb="boxes",
        cell=12.2,
        names="comb",
        sig="above",
        line="dotted",
    ),
    # R2: underlined section titles, labels above fields, open combs (ticks on a baseline),
    # names on dotted lines, "Signature" printed inside the box, top-left.
    "R2": dict(
        reg="DVCond",
        bold="DVCond-B",
        bar="underline",
        accent=Color(0.0, 0.35, 0.55),
        label="above",
        comb="ticks",
        cell=13.5,
        names="line",
        sig="inside",
        line="dotted",
    ),
    # R3: light grey bars, label inside each framed cell, larger comb boxes,
    # "Signature" in light grey across the box.
    "R3": dict(
        reg="Carlito",
        bold="Carlito-B",
        bar="grey",
        accent=Color(0.15, 0.15, 0.15),
        label="inside",
        comb="boxes",
        cell=14.0,
        names="cell",
        sig="grey",
        line="box",
    ),
}

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée en France (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "Intérim"), ("autre_contrat", "Autre")]


class Form:
    def __init__(self, c, run):
        register_fonts()
        self.c = c
        self.r = RUNS[run]
        self.run = run
        self.slots = {}
        self.x0 = 38
        self.x1 = W - 38

    # ---------------------------------------------------------------- helpers
    def font(self, bold=False, size=8.5):
        self.c.setFont(self.r["bold"] if bold else self.r["reg"], size)

    def bar(self, y, letter, title):
        c, r = self.c, self.r
        if r["bar"] == "filled":
            c.setFillColor(r["accent"])
            c.rect(self.x0, y - 4, self.x1 - self.x0, 16, stroke=0, fill=1)
            c.setFillColor(white)
            self.font(True, 10)
            c.drawString(self.x0 + 6, y, f"{letter}   {title}".strip())
            c.setFillColor(black)
            return y - 24
        if r["bar"] == "grey":
            c.setFillColor(Color(0.86, 0.86, 0.86))
            c.rect(self.x0, y - 4, self.x1 - self.x0, 16, stroke=0, fill=1)
            c.setFillColor(black)
            tx = self.x0 + 6
            if letter:
                c.circle(self.x0 + 11, y + 4, 7, stroke=1, fill=0)
                self.font(True, 9.5)
                c.drawCentredString(self.x0 + 11, y + 0.7, letter)
                tx = self.x0 + 24
            self.font(True, 9.5)
            c.drawString(tx, y, title)
            return y - 24
        c.setFillColor(r["accent"])
        self.font(True, 11)
        c.drawString(self.x0, y, f"{letter} - {title}" if letter else title)
        c.setStrokeColor(r["accent"])
        c.setLineWidth(1.2)
        c.line(self.x0, y - 4, self.x1, y - 4)
        c.setFillColor(black)
        c.setStrokeColor(black)
        return y - 22

    def hline(self, x, y, w):
        c = self.c
        c.setLineWidth(0.5)
        if self.r["line"] == "dotted":
            c.setDash(1, 2)
            c.line(x, y, x + w, y)
            c.setDash()
        else:
            c.line(x, y, x + w, y)

    def comb(self, x, y, n, groups=None, cell=None):
        """Draw n comb cells from x with bottom y; return list of (x, y, w, h)."""
        c = self.c
        cw = cell or self.r["cell"]
        ch = cw * 1.15
        cells = []
        groups = groups or [n]
        cx = x
        c.setLineWidth(0.6)
        c.setStrokeColor(black)
        for gi, g in enumerate(groups):
            if self.r["comb"] == "ticks":
                c.line(cx, y, cx + g * cw, y)
            for _ in range(g):
                if self.r["comb"] == "boxes":
                    c.rect(cx, y, cw, ch, stroke=1, fill=0)
                else:
                    c.line(cx, y, cx, y + ch * 0.45)
                    c.line(cx + cw, y, cx + cw, y + ch * 0.45)
                cells.append((cx, y, cw, ch))
                cx += cw
            if gi < len(groups) - 1:
                cx += cw * 0.55
        return cells, cx

    def label(self, x, y, text, size=8.3, bold=False):
        self.font(bold, size)
        self.c.setFillColor(black)
        self.c.drawString(x, y, text)
        return pdfmetrics.stringWidth(text, self.r["bold"] if bold else self.r["reg"], size)

    # field: kind "text" | "comb"; returns the new y
    def field(self, key, text, x, y, w, kind="text", n=0, groups=None, hint=None):
        r = self.r
        lab = r["label"]
        if lab == "beside":
            lw = self.label(x, y + 2, text) + 6
            fx, fy, fw = x + lw, y, w - lw
            if kind == "comb":
                cells, _ = self.comb(fx, fy - 1, n, groups)
                self.slots[key] = {"kind": "comb", "cells": cells}
            else:
                self.hline(fx, fy, fw)
                self.slots[key] = {"kind": "text", "x": fx + 2, "y": fy + 2, "w": fw - 4, "h": 13}
            if hint:
                self.label(fx, fy - 8, hint, 6)
            return y - 21
        if lab == "above":
            self.label(x, y + 6, text, 7.6)
            fy = y - 12
            if kind == "comb":
                cells, cx = self.comb(x, fy, n, groups)
                self.slots[key] = {"kind": "comb", "cells": cells}
                if hint:
                    self.label(cx + 4, fy + 2, hint, 6)
            else:
                self.hline(x, fy, w - 6)
                self.slots[key] = {"kind": "text", "x": x + 2, "y": fy + 2, "w": w - 10, "h": 13}
            return y - 31
        # inside: framed cell, small label top-left, value below
        c = self.c
        c.setLineWidth(0.5)
        c.rect(x, y - 16, w, 28, stroke=1, fill=0)
        self.label(x + 3, y + 5, text, 6.6)
        if kind == "comb":
            cells, cx = self.comb(x + 4, y - 14, n, groups, cell=13.0)
            self.slots[key] = {"kind": "comb", "cells": cells}
            if hint:
                self.label(cx + 4, y - 12, hint, 6)
        else:
            self.slots[key] = {"kind": "text", "x": x + 5, "y": y - 12, "w": w - 10, "h": 13}
        return y - 32

    def tick(self, key, x, y, text, size=8.3):
        s = 8.5
        self.c.setLineWidth(0.6)
        self.c.rect(x, y - 1, s, s, stroke=1, fill=0)
        self.slots[key] = {"kind": "box", "x": x, "y": y - 1, "s": s}
        return self.label(x + s + 4, y, text, size) + s + 4

    # ---------------------------------------------------------------- page 1
    def page1(self):
        c, r = self.c, self.r
        top = H - 40
        # logo block
        c.setFillColor(r["accent"])
        c.roundRect(self.x0, top - 30, 34, 34, 5, stroke=0, fill=1)
        c.setFillColor(white)
        self.font(True, 15)
        c.drawCentredString(self.x0 + 17, top - 19, "AM")
        c.setFillColor(r["accent"])
        self.font(True, 12)
        c.drawString(self.x0 + 40, top - 8, "l'Assurance")
        c.drawString(self.x0 + 40, top - 22, "Maladie")
        # cerfa box
        c.setFillColor(black)
        c.setLineWidth(0.8)
        c.rect(self.x1 - 92, top - 30, 92, 34, stroke=1, fill=0)
        self.font(True, 8)
        c.drawCentredString(self.x1 - 46, top - 8, "cerfa")
        self.font(False, 8.5)
        c.drawCentredString(self.x1 - 46, top - 21, "N° 15763*02")
        # title
        self.font(True, 14.5)
        c.drawCentredString(
            W / 2 + 8, top - 52, "Demande d'ouverture des droits à l'assurance maladie"
        )
        self.font(False, 10.5)
        c.drawCentredString(W / 2 + 8, top - 67, "Protection universelle maladie (PUMa)")
        notice = [
            "Ce formulaire vous permet de demander la prise en charge de vos frais de santé "
            "si vous travaillez ou résidez en France de manière stable",
            "et régulière. Remplissez-le en lettres capitales et joignez les pièces justificatives "
            "listées en page 2. Notice disponible sur ameli.fr.",
            "Articles L. 160-1, L. 160-5, L. 160-7, R. 111-2 et R. 111-3 du code de la sécurité "
            "sociale.",
        ]
        self.font(False, 6.8)
        yy = top - 84
        for line in notice:
            c.drawString(self.x0, yy, line)
            yy -= 8.5
        y = self.bar(yy - 10, "A", "VOUS")
        self._section_a(y)

    def _section_a(self, y):
        x0, x1 = self.x0, self.x1
        full = x1 - x0
        namekind = "comb" if self.r["names"] == "comb" else "text"
        n = 24 if self.r["label"] == "beside" else 30
        y = self.field("surname", "Nom de naissance", x0, y, full, namekind, n)
        y = self.field("usage_name", "Nom d'usage (facultatif)", x0, y, full, namekind, n)
        y = self.field("given_names", "Prénom(s)", x0, y, full, namekind, n)
        # sex + date of birth on one row
        if self.r["label"] == "inside":
            c = self.c
            c.setLineWidth(0.5)
            c.rect(x0, y - 16, 110, 28, stroke=1, fill=0)
            self.label(x0 + 3, y + 5, "Sexe", 6.6)
            self.tick("sex_F", x0 + 10, y - 10, "F")
            self.tick("sex_M", x0 + 50, y - 10, "M")
            self.field(
                "dob",
                "Date de naissance",
                x0 + 116,
                y,
                full - 116,
                "comb",
                8,
                [2, 2, 4],
                hint="JJ   MM   AAAA",
            )
            y -= 32
        elif self.r["label"] == "above":
            self.label(x0, y + 6, "Sexe", 7.6)
            self.tick("sex_F", x0, y - 10, "F")
            self.tick("sex_M", x0 + 34, y - 10, "M")
            y = self.field(
                "dob", "Date de naissance (JJ MM AAAA)", x0 + 110, y, 300, "comb", 8, [2, 2, 4]
            )
        else:
            lw = self.label(x0, y + 2, "Sexe") + 8
            self.tick("sex_F", x0 + lw, y + 1, "F")
            self.tick("sex_M", x0 + lw + 30, y + 1, "M")
            y = self.field(
                "dob",
                "Date de naissance",
                x0 + 150,
                y,
                330,
                "comb",
                8,
                [2, 2, 4],
                hint="jour      mois          année",
            )
            y -= 4
        half = full / 2
        self.field("birth_town", "Lieu de naissance : commune", x0, y, half - 4)
        y = self.field("birth_country", "Pays", x0 + half + 4, y, half - 4)
        y = self.field("nationality", "Nationalité", x0, y, full)
        y = self.field(
            "nir",
            "N° de sécurité sociale (si vous en avez un)",
            x0,
            y,
            full,
            "comb",
            15,
            [1, 2, 2, 2, 3, 3, 2],
            hint="clé" if self.r["label"] != "beside" else None,
        )
        y = self.field("address", "Adresse", x0, y, full)
        self.field("postcode", "Code postal", x0, y, 160, "comb", 5)
        y = self.field("town", "Commune", x0 + 170, y, full - 170)
        self.field("phone", "Téléphone", x0, y, half - 4)
        y = self.field("email", "Adresse e-mail", x0 + half + 4, y, half - 4)
        y = self.bar(y - 6, "B", "VOTRE SITUATION")
        self.font(False, 7.6)
        self.c.drawString(x0, y + 2, "Cochez la case correspondant à votre situation actuelle.")
        y -= 16
        for key, text in SITUATIONS:
            if len(text) > 100:
                cut = text.rfind(" ", 0, 95)
                self.tick("sit_" + key, x0, y, text[:cut])
                self.label(x0 + 12.5, y - 10, text[cut + 1 :])
                y -= 10
            else:
                self.tick("sit_" + key, x0, y, text)
            if key == "salarie":
                y -= 15
                xx = x0 + 22 + self.label(x0 + 22, y, "Type de contrat :") + 8
                for ck, ct in CONTRACTS:
                    xx += self.tick("ct_" + ck, xx, y, ct) + 14
                y -= 15
                lw = self.label(x0 + 22, y, "Emploi occupé :") + 4
                self.hline(x0 + 22 + lw, y - 1, 260)
                self.slots["job"] = {"kind": "text", "x": x0 + 24 + lw, "y": y, "w": 250, "h": 12}
                lw2 = self.label(x0 + 330, y, "depuis le :") + 4
                self.hline(x0 + 330 + lw2, y - 1, 110)
            if key == "autre":
                lw = self.label(x0 + 12.5, y, text) + 16
                self.hline(x0 + lw, y - 1, self.x1 - x0 - lw)
                self.slots["other_text"] = {
                    "kind": "text",
                    "x": x0 + lw + 2,
                    "y": y,
                    "w": 300,
                    "h": 12,
                }
            y -= 17
        self.footer(1)

    def footer(self, page):
        self.font(False, 6.8)
        self.c.setFillColor(black)
        self.c.drawCentredString(W / 2, 22, f"S1106 — cerfa n° 15763*02 — page {page}/2")

    # ---------------------------------------------------------------- page 2
    def page2(self):
        c, r = self.c, self.r
        x0, x1 = self.x0, self.x1
        y = self.bar(H - 60, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        text = [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
            "Je m'engage à signaler à ma caisse d'assurance maladie tout changement modifiant ma "
            "situation.",
            "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
            "(articles 313-1 à 313-3, 433-19,",
            "441-1 et 441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
        ]
        self.font(False, 8.6)
        for t in text:
            c.drawString(x0, y, t)
            y -= 11.5
        y -= 16
        lw = self.label(x0, y, "Fait à", 9.5) + 4
        self.hline(x0 + lw, y - 1, 170)
        self.slots["place"] = {"kind": "text", "x": x0 + lw + 3, "y": y, "w": 160, "h": 13}
        lx = x0 + lw + 182
        lw2 = self.label(lx, y, "le", 9.5) + 4
        if self.r["line"] == "box":
            c.setLineWidth(0.5)
            c.rect(lx + lw2, y - 4, 120, 17, stroke=1, fill=0)
        else:
            self.hline(lx + lw2, y - 1, 120)
        self.slots["date"] = {"kind": "text", "x": lx + lw2 + 3, "y": y, "w": 115, "h": 13}
        y -= 22
        sx, sw, sh = x1 - 250, 240, 86
        if r["sig"] == "above":
            self.label(sx, y - 4, "Signature", 9.5, bold=True)
            y -= 10
        sy = y - sh
        c.setLineWidth(0.8)
        c.rect(sx, sy, sw, sh, stroke=1, fill=0)
        if r["sig"] == "inside":
            self.label(sx + 4, sy + sh - 11, "Signature", 8.5, bold=True)
        elif r["sig"] == "grey":
            c.setFillColor(Color(0.78, 0.78, 0.78))
            self.font(False, 18)
            c.drawCentredString(sx + sw / 2, sy + sh / 2 - 6, "Signature")
            c.setFillColor(black)
        self.slots["signature"] = {"kind": "rect", "x": sx, "y": sy, "w": sw, "h": sh}
        y = sy - 24
        y = self.bar(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        items = [
            "une photocopie d'une pièce d'identité en cours de validité (passeport, ou carte "
            "nationale d'identité pour les ressortissants UE/EEE/Suisse) ;",
            "pour les ressortissants hors UE : la photocopie de votre titre de séjour, de votre "
            "VLS-TS ou de votre récépissé de demande ;",
            "une copie intégrale de votre acte de naissance (apostillé ou légalisé le cas "
            "échéant) ;",
            "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
            "attestation d'hébergement) ;",
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]
        self.font(False, 8)
        for it in items:
            c.circle(x0 + 4, y + 2.6, 1.4, stroke=0, fill=1)
            c.drawString(x0 + 10, y, it)
            y -= 11.5
        y -= 14
        c.setLineWidth(0.7)
        c.setStrokeColor(Color(0.4, 0.4, 0.4))
        c.rect(x0, y - 70, x1 - x0, 78, stroke=1, fill=0)
        c.setStrokeColor(black)
        self.label(x0 + 6, y - 6, "Cadre réservé à l'organisme", 8.5, bold=True)
        self.label(x0 + 6, y - 26, "Date de réception :", 8)
        self.hline(x0 + 90, y - 27, 110)
        self.label(x0 + 220, y - 26, "Pièces vérifiées :  oui  /  non", 8)
        self.label(x0 + 6, y - 48, "Matricule agent :", 8)
        self.hline(x0 + 90, y - 49, 110)
        self.label(x0 + 220, y - 48, "Cachet de l'organisme :", 8)
        self.font(False, 6.3)
        c.drawString(
            x0,
            48,
            "La loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux "
            "fichiers et aux libertés s'applique aux réponses faites sur ce formulaire.",
        )
        self.footer(2)
