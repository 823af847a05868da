"""Three print runs of the cerfa 15763*02 (S1106) form, drawn with reportlab.

Each run draws both pages and records the geometry of every fillable zone (in PDF points,
origin bottom-left) so that the fillers can write values by hand, by typing or as AcroForm
fields.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
MM = 72 / 25.4
TT = "/usr/share/fonts/truetype/"
_FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "LibSans-BI": TT + "liberation/LiberationSans-BoldItalic.ttf",
    "OSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "OSans-I": TT + "open-sans/OpenSans-Italic.ttf",
    "OSans-BI": TT + "open-sans/OpenSans-BoldItalic.ttf",
    "RobC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobC-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "RobC-I": TT + "roboto/unhinted/RobotoCondensed-Italic.ttf",
    "RobC-BI": TT + "roboto/unhinted/RobotoCondensed-BoldItalic.ttf",
    "Rob": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
    "Arimo": TT + "crosextra/Carlito-Regular.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, path in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


BLUE = Color(0.0, 0.28, 0.6)
GREY_BAND = Color(0.78, 0.78, 0.78)
DARK = Color(0.15, 0.15, 0.15)

# The three print runs.
RUNS = {
    "r2019": {  # grey bands, labels beside dotted lines, large combs, "Signature" above the box
        "font": "LibSans", "band": "grey", "labels": "beside", "comb": 5.0 * MM,
        "sig_label": "above", "box": 3.6 * MM, "line": "dotted",
    },
    "r2021": {  # thin rule under titles, labels above boxed cells, small combs, label inside
        "font": "OSans", "band": "rule", "labels": "above", "comb": 4.2 * MM,
        "sig_label": "inside", "box": 3.2 * MM, "line": "box",
    },
    "r2023": {  # light band + letter tab, labels inside cells, grey watermark in the sign box
        "font": "RobC", "band": "tab", "labels": "inside", "comb": 4.6 * MM,
        "sig_label": "grey", "box": 3.8 * MM, "line": "cell",
    },
}  # fmt: skip

NOTICE = (
    "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou vous "
    "exercez une activité professionnelle en France : vous pouvez bénéficier de la prise en "
    "charge de vos frais de santé au titre de la protection universelle maladie. Complétez ce "
    "formulaire en lettres capitales, datez-le, signez-le et adressez-le à la caisse "
    "d'assurance maladie de votre lieu de résidence avec les pièces justificatives (page 2)."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3, R. 160-1 et D. 160-2 du code "
    "de la sécurité sociale."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité professionnelle, résidence)."
)
FRAUD = (
    "La loi punit de peines d'amende et d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). "
    "En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de "
    "déclaration d'un changement de situation peuvent faire l'objet d'une pénalité financière "
    "(article L. 114-17-1 du code de la sécurité sociale)."
)
CNIL = (
    "Les informations recueillies sont destinées à l'Assurance Maladie pour l'ouverture de vos "
    "droits. Conformément au règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 "
    "modifiée, vous disposez d'un droit d'accès et de rectification auprès du délégué à la "
    "protection des données de votre caisse."
)
PIECES = [
    "une photocopie de votre pièce d'identité : passeport en cours de validité ou, pour les "
    "ressortissants de l'Union européenne, de l'EEE ou de la Suisse, carte nationale d'identité ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : une photocopie de votre titre de "
    "séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre récépissé ;",
    "une copie intégrale de votre acte de naissance (apostillé ou légalisé selon le pays) ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
    "successives (énergie, eau, téléphone, internet) ou attestation d'hébergement ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant, "
                    "micro-entrepreneur)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement supérieur"),
    ("sans_activite", "Vous êtes sans activité et vous résidez en France de manière stable et "
                      "régulière depuis plus de trois mois"),
    ("autre", "Autre situation, précisez :"),
]  # fmt: skip
CONTRACTS = ["CDI", "CDD", "Intérim", "Autre"]


class FormDrawer:
    """Draws one print run on a reportlab canvas and records the zones."""

    def __init__(self, c, run: str):
        register_fonts()
        self.c = c
        self.run = run
        self.st = RUNS[run]
        self.f = self.st["font"]
        self.geo: dict[str, dict] = {}
        self.page = 1

    # -- small drawing helpers -------------------------------------------------
    def text(self, x, y, s, size=8.0, style="", color=DARK):
        c = self.c
        c.setFillColor(color)
        c.setFont(self.f + (("-" + style) if style else ""), size)
        c.drawString(x, y, s)
        return c.stringWidth(s, self.f + (("-" + style) if style else ""), size)

    def para(self, x, y, s, width, size=7.0, lead=None, style="", color=DARK):
        lead = lead or size * 1.25
        font = self.f + (("-" + style) if style else "")
        words = s.split()
        line = ""
        for w in words:
            trial = (line + " " + w).strip()
            if self.c.stringWidth(trial, font, size) > width and line:
                self.text(x, y, line, size, style, color)
                y -= lead
                line = w
            else:
                line = trial
        if line:
            self.text(x, y, line, size, style, color)
            y -= lead
        return y

    def box(self, name, x, y, size=None):
        size = size or self.st["box"]
        self.c.setStrokeColor(DARK)
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, size, size, stroke=1, fill=0)
        self.geo[name] = {"page": self.page, "kind": "box", "rect": (x, y, size, size)}

    def comb(self, name, x, y, groups, sep=""):
        cw = self.st["comb"]
        ch = cw * 1.18
        cells = []
        c = self.c
        c.setStrokeColor(DARK)
        c.setLineWidth(0.6)
        for gi, n in enumerate(groups):
            for _ in range(n):
                c.rect(x, y, cw, ch, stroke=1, fill=0)
                cells.append((x, y, cw, ch))
                x += cw
            if gi < len(groups) - 1:
                if sep:
                    self.text(x + cw * 0.22, y + ch * 0.25, sep, cw * 0.9 / MM * 2.2)
                x += cw * 0.8
        self.geo[name] = {"page": self.page, "kind": "comb", "cells": cells}
        return x

    def field(self, name, label, x, y, w, lab_w=None):
        """A one-line field, label placed as the run wants. y = bottom of the writing zone."""
        st = self.st
        c = self.c
        if st["labels"] == "beside":
            lw = self.text(x, y + 2, label, 8.2) + 4 if lab_w is None else lab_w
            c.setStrokeColor(Color(0.35, 0.35, 0.35))
            c.setDash(1, 2)
            c.setLineWidth(0.6)
            c.line(x + lw, y, x + w, y)
            c.setDash()
            rect = (x + lw, y, w - lw, 5.2 * MM)
        elif st["labels"] == "above":
            self.text(x, y + 7.2 * MM, label, 7.2, color=Color(0.25, 0.25, 0.25))
            c.setStrokeColor(DARK)
            c.setLineWidth(0.6)
            c.rect(x, y, w, 6.4 * MM, stroke=1, fill=0)
            rect = (x + 1, y + 0.3 * MM, w - 2, 6.0 * MM)
        else:
            c.setStrokeColor(DARK)
            c.setLineWidth(0.6)
            c.rect(x, y - 1.5 * MM, w, 9.5 * MM, stroke=1, fill=0)
            self.text(x + 1.2 * MM, y + 5.6 * MM, label, 6.3, color=Color(0.3, 0.3, 0.3))
            rect = (x + 1, y - 1.0 * MM, w - 2, 6.2 * MM)
        self.geo[name] = {"page": self.page, "kind": "line", "rect": rect}

    def band(self, y, letter, title, sub=""):
        c = self.c
        st = self.st
        x0, x1 = 14 * MM, W - 14 * MM
        if st["band"] == "grey":
            c.setFillColor(GREY_BAND)
            c.rect(x0, y, x1 - x0, 6.2 * MM, stroke=0, fill=1)
            self.text(x0 + 2 * MM, y + 1.8 * MM, letter, 10.5, "B")
            self.text(x0 + 9 * MM, y + 1.8 * MM, title, 10.0, "B")
            if sub:
                self.text(x0 + 60 * MM, y + 1.9 * MM, sub, 7.4, "I")
        elif st["band"] == "rule":
            c.setFillColor(BLUE)
            c.circle(x0 + 3 * MM, y + 2.7 * MM, 3 * MM, stroke=0, fill=1)
            self.text(x0 + 1.9 * MM, y + 1.5 * MM, letter, 10, "B", Color(1, 1, 1))
            self.text(x0 + 8 * MM, y + 1.5 * MM, title, 10.5, "B", BLUE)
            c.setStrokeColor(BLUE)
            c.setLineWidth(1.2)
            c.line(x0, y - 0.8 * MM, x1, y - 0.8 * MM)
            if sub:
                sw = self.c.stringWidth(sub, self.f + "-I", 7.2)
                self.text(x1 - sw, y + 1.5 * MM, sub, 7.2, "I")
        else:
            c.setFillColor(Color(0.88, 0.88, 0.88))
            c.rect(x0, y, x1 - x0, 6.6 * MM, stroke=0, fill=1)
            c.setFillColor(Color(0.35, 0.35, 0.35))
            c.rect(x0, y, 8 * MM, 6.6 * MM, stroke=0, fill=1)
            self.text(x0 + 2.6 * MM, y + 1.9 * MM, letter, 11, "B", Color(1, 1, 1))
            self.text(x0 + 11 * MM, y + 1.9 * MM, title, 10.5, "B")
            if sub:
                self.text(x1 - 2 * MM - self.c.stringWidth(sub, self.f + "-I", 7.2), y + 2.1 * MM,
                          sub, 7.2, "I")  # fmt: skip

    def footer(self, page):
        s = f"S1106 — cerfa n° 15763*02 — page {page}/2"
        self.text(W - 14 * MM - self.c.stringWidth(s, self.f, 7), 9 * MM, s, 7)
        if self.run == "r2023":
            self.text(14 * MM, 9 * MM, "ameli.fr", 7, "B", BLUE)

    # -- pages -----------------------------------------------------------------
    def header(self):
        c = self.c
        x0 = 14 * MM
        top = H - 14 * MM
        # logo: a rounded blue mark and the brand name
        c.setFillColor(BLUE)
        c.roundRect(x0, top - 12 * MM, 10 * MM, 12 * MM, 2 * MM, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.circle(x0 + 5 * MM, top - 6 * MM, 2.6 * MM, stroke=0, fill=1)
        self.text(x0 + 12 * MM, top - 5 * MM, "l'Assurance", 11, "B", BLUE)
        self.text(x0 + 12 * MM, top - 10.5 * MM, "Maladie", 11, "B", BLUE)
        # cerfa box
        bx = W - 14 * MM - 36 * MM
        c.setStrokeColor(DARK)
        c.setLineWidth(0.8)
        c.rect(bx, top - 13 * MM, 36 * MM, 13 * MM, stroke=1, fill=0)
        self.text(bx + 2 * MM, top - 6.5 * MM, "cerfa", 15, "BI")
        self.text(bx + 19 * MM, top - 5 * MM, "N° 15763*02", 7.5, "B")
        self.text(bx + 2 * MM, top - 11 * MM, "S1106", 7)
        # titles
        t1 = "Demande d'ouverture des droits à l'assurance maladie"
        size = 14 if self.run != "r2023" else 15
        tw = c.stringWidth(t1, self.f + "-B", size)
        y = top - 22 * MM
        self.text((W - tw) / 2, y, t1, size, "B")
        t2 = "Protection universelle maladie (PUMa)"
        tw = c.stringWidth(t2, self.f, 11)
        self.text((W - tw) / 2, y - 6 * MM, t2, 11, "", BLUE if self.run != "r2019" else DARK)
        y = self.para(x0, y - 12 * MM, NOTICE, W - 28 * MM, 7.0)
        y = self.para(x0, y - 0.5 * MM, LEGAL, W - 28 * MM, 6.4, style="I")
        return y - 3 * MM

    def page1(self):
        c = self.c
        self.page = 1
        x0, x1 = 14 * MM, W - 14 * MM
        y = self.header()
        self.band(y - 6 * MM, "A", "VOUS", "Identification de l'assuré(e)")
        st = self.st
        step = {"beside": 9.5 * MM, "above": 13.0 * MM, "inside": 12.0 * MM}[st["labels"]]
        y -= 15 * MM if st["labels"] != "beside" else 13 * MM
        if st["labels"] == "above":
            y -= 3 * MM
        full = x1 - x0
        self.field("nom", "Nom de naissance", x0, y, full)
        y -= step
        self.field("usage", "Nom d'usage (facultatif)", x0, y, full)
        y -= step
        self.field("prenoms", "Prénom(s)", x0, y, full * 0.72)
        # sex boxes at the right of the given names
        sx = x0 + full * 0.76
        self.text(sx, y + 1.5 * MM, "Sexe :", 8.2)
        self.text(sx + 12 * MM, y + 1.5 * MM, "F", 8.2)
        self.box("sex_F", sx + 15 * MM, y + 0.6 * MM)
        self.text(sx + 24 * MM, y + 1.5 * MM, "M", 8.2)
        self.box("sex_M", sx + 27.5 * MM, y + 0.6 * MM)
        y -= step
        # date of birth comb
        lab = "Date de naissance"
        self.text(x0, y + 1.8 * MM, lab, 8.2)
        cx = x0 + c.stringWidth(lab, self.f, 8.2) + 4 * MM
        end = self.comb("dob", cx, y, [2, 2, 4], "/" if self.run == "r2021" else "")
        if self.run != "r2021":
            cw = st["comb"]
            for i, t in enumerate(["J J", "M M", "A A A A"]):
                off = [0, 2.8, 5.6][i] * cw
                self.text(cx + off + cw * 0.3, y - 2.6 * MM, t, 5.5, color=Color(0.4, 0.4, 0.4))
        self.field("lieu_commune", "Lieu de naissance : commune", end + 5 * MM, y,
                   x1 - end - 5 * MM)  # fmt: skip
        y -= step
        self.field("lieu_pays", "Pays de naissance", x0, y, full * 0.48)
        self.field("nationalite", "Nationalité", x0 + full * 0.52, y, full * 0.48)
        y -= step
        lab = "N° de sécurité sociale (si vous en avez un)"
        self.text(x0, y + 1.8 * MM, lab, 8.2)
        cx = x0 + c.stringWidth(lab, self.f, 8.2) + 3 * MM
        end = self.comb("nir", cx, y, [1, 2, 2, 2, 3, 3, 2])
        if self.run == "r2019":
            self.text(end - 2 * st["comb"], y + st["comb"] * 1.18 + 1 * MM, "clé", 6.4)
        y -= step
        self.field("adresse", "Adresse", x0, y, full)
        y -= step
        if st["labels"] == "beside":
            self.text(x0, y + 1.8 * MM, "Code postal", 8.2)
            self.comb("cp", x0 + 20 * MM, y, [5])
            self.field("commune", "Commune", x0 + 52 * MM, y, full - 52 * MM)
        else:
            self.field("cp", "Code postal", x0, y, 26 * MM)
            self.field("commune", "Commune", x0 + 30 * MM, y, full - 30 * MM)
        y -= step
        self.field("tel", "Téléphone", x0, y, full * 0.38)
        self.field("email", "Adresse e-mail", x0 + full * 0.42, y, full * 0.58)
        y -= 9 * MM
        # section B
        self.band(y - 6 * MM, "B", "VOTRE SITUATION", "Cochez la case qui vous concerne")
        y -= 13 * MM
        bs = st["box"]
        for key, label in SITUATIONS:
            self.box("sit_" + key, x0 + 2 * MM, y - 0.6 * MM, bs)
            yy = self.para(x0 + 2 * MM + bs + 3 * MM, y, label, full - 30 * MM, 8.2)
            if key == "salarie":
                yy -= {"beside": 2.5, "above": 8.5, "inside": 6.5}[st["labels"]] * MM
                self.field("emploi", "Emploi occupé", x0 + 10 * MM, yy, full * 0.5)
                tx = x0 + 10 * MM + full * 0.5 + 4 * MM
                self.text(tx, yy + 1.6 * MM, "Contrat :", 8)
                tx += 14 * MM
                for ct in CONTRACTS:
                    self.box("ct_" + ct, tx, yy + 0.6 * MM, bs * 0.9)
                    self.text(tx + bs + 1.2 * MM, yy + 1.6 * MM, ct, 8)
                    tx += c.stringWidth(ct, self.f, 8) + bs + 5 * MM
                yy -= 3 * MM if st["labels"] == "inside" else 1.5 * MM
            if key == "autre":
                ax = x0 + 55 * MM
                if st["labels"] == "beside":
                    self.field("autre_txt", "", ax, y - 0.6 * MM, full - 55 * MM, lab_w=0)
                else:
                    c.setStrokeColor(DARK)
                    c.setLineWidth(0.6)
                    c.rect(ax, y - 1.8 * MM, full - 55 * MM, 6.2 * MM, stroke=1, fill=0)
                    self.geo["autre_txt"] = {
                        "page": 1,
                        "kind": "line",
                        "rect": (ax + 1, y - 1.5 * MM, full - 56 * MM, 5.6 * MM),
                    }
            y = yy - 3.2 * MM
        self.para(x0, 19 * MM, CNIL, full, 6.0, color=Color(0.3, 0.3, 0.3))
        self.footer(1)

    def page2(self):
        c = self.c
        self.page = 2
        x0, x1 = 14 * MM, W - 14 * MM
        full = x1 - x0
        y = H - 20 * MM
        self.text(x0, y + 3 * MM, "Demande d'ouverture des droits à l'assurance maladie (suite)",
                  8.5, "I")  # fmt: skip
        self.band(y - 8 * MM, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y -= 16 * MM
        y = self.para(x0, y, CERTIF, full, 8.6, style="B" if self.run == "r2021" else "")
        y = self.para(x0, y - 2 * MM, FRAUD, full, 7.0)
        y -= 8 * MM if self.st["labels"] == "beside" else 12 * MM
        st = self.st
        if st["labels"] == "beside":
            w = self.text(x0, y + 1.5, "Fait à", 9)
            c.setDash(1, 2)
            c.line(x0 + w + 2, y, x0 + 80 * MM, y)
            self.geo["place"] = {
                "page": 2,
                "kind": "line",
                "rect": (x0 + w + 3, y, 80 * MM - w - 3, 6 * MM),
            }
            w2 = self.text(x0 + 86 * MM, y + 1.5, "le", 9)
            c.line(x0 + 86 * MM + w2 + 2, y, x0 + 140 * MM, y)
            c.setDash()
            self.geo["date"] = {
                "page": 2,
                "kind": "line",
                "rect": (x0 + 86 * MM + w2 + 3, y, 54 * MM - w2 - 3, 6 * MM),
            }
        else:
            self.field("place", "Fait à", x0, y, 80 * MM)
            self.field("date", "le", x0 + 86 * MM, y, 50 * MM)
        y -= 8 * MM
        bw, bh = 78 * MM, 30 * MM
        bx = x1 - bw if self.run != "r2023" else x0
        if st["sig_label"] == "above":
            self.text(bx, y - 3 * MM, "Signature", 9, "B")
            y -= 5 * MM
        c.setStrokeColor(DARK)
        c.setLineWidth(0.8)
        c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
        if st["sig_label"] == "inside":
            self.text(bx + 2 * MM, y - 4.5 * MM, "Signature", 8.5, "B")
        elif st["sig_label"] == "grey":
            sw = c.stringWidth("Signature", self.f, 20)
            self.text(bx + (bw - sw) / 2, y - bh / 2 - 3, "Signature", 20,
                      color=Color(0.82, 0.82, 0.82))  # fmt: skip
        self.geo["signature"] = {"page": 2, "kind": "rect", "rect": (bx, y - bh, bw, bh)}
        y -= bh + 12 * MM
        self.text(x0, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10, "B")
        y -= 6 * MM
        for item in PIECES:
            c.setFillColor(DARK)
            c.circle(x0 + 2 * MM, y + 1.0 * MM, 0.7 * MM, stroke=0, fill=1)
            y = self.para(x0 + 5 * MM, y, item, full - 6 * MM, 8.2) - 1.2 * MM
        y -= 8 * MM
        bh = 30 * MM
        c.setLineWidth(0.8)
        c.setStrokeColor(DARK)
        if self.run == "r2019":
            c.setFillColor(Color(0.93, 0.93, 0.93))
            c.rect(x0, y - bh, full, bh, stroke=1, fill=1)
        else:
            c.setDash(3, 2)
            c.rect(x0, y - bh, full, bh, stroke=1, fill=0)
            c.setDash()
        self.text(x0 + 3 * MM, y - 6 * MM, "Cadre réservé à l'organisme", 9, "B")
        self.text(x0 + 3 * MM, y - 14 * MM, "Date de réception : ____ / ____ / ________", 8)
        self.text(x0 + 95 * MM, y - 14 * MM, "Pièces vérifiées :", 8)
        self.box("org_verif", x0 + 121 * MM, y - 14.8 * MM, 3.2 * MM)
        self.text(x0 + 3 * MM, y - 22 * MM, "Matricule agent : ______________", 8)
        self.text(x0 + 95 * MM, y - 22 * MM, "Cachet de la caisse", 8)
        self.footer(2)


def draw_blank(c, run: str, pages=(1, 2)) -> dict:
    """Draw the blank form pages on canvas c; return the geometry."""
    d = FormDrawer(c, run)
    for i, p in enumerate(pages):
        if p == 1:
            d.page1()
        else:
            d.page2()
        if i < len(pages) - 1:
            c.showPage()
    return d.geo


def geometry(run: str) -> dict:
    """Geometry of a print run without keeping the drawing."""
    import io

    from reportlab.pdfgen import canvas

    c = canvas.Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    return draw_blank(c, run)
