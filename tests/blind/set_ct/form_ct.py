"""Cerfa 15763*02 (S1106) "Demande d'ouverture des droits à l'assurance maladie".

Two print runs of our own: run 0 (navy section bars, labels above the boxes) and run 1
(underlined section titles, labels beside the boxes). Fill modes: blank (for handwriting added
on the raster), typed (values printed in the boxes), acro (AcroForm fields).
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, black, white
from reportlab.lib.utils import ImageReader

from common_ct import rl_canvas

NAVY = Color(0.11, 0.2, 0.45)
GREY = Color(0.45, 0.45, 0.45)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit ou non à France Travail)"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous êtes sans activité et résidez en France de manière stable et "
            "régulière depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation, précisez :"),
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    (
        "si vous êtes ressortissant d'un pays hors UE/EEE/Suisse : une photocopie de votre titre "
        "de séjour, de votre VLS-TS"
    ),
    "   ou du récépissé de votre demande ;",
    (
        "une copie intégrale ou un extrait de votre acte de naissance avec filiation (apostillé ou "
        "légalisé selon le pays) ;"
    ),
    (
        "un justificatif de résidence en France de plus de trois mois (bail, trois factures "
        "successives, attestation"
    ),
    (
        "   d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile de "
        "l'hébergeant) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class Form:
    def __init__(self, path, run, mode, vals, sig_img=None, title="S1106"):
        self.c = rl_canvas(path, title=title)
        self.run, self.mode, self.v = run, mode, vals
        self.boxes: dict = {}
        self.page = 1
        self.sig_img = sig_img
        self.lf = ("ct_sans", "ct_sans_b") if run == 0 else ("ct_lato", "ct_lato_b")
        self.vf = "ct_mono_b" if run == 0 else "ct_dvs"

    # -------------------------------------------------------------- primitives
    def _txt(self, x, y, s, f=None, size=8, col=black):
        c = self.c
        c.setFillColor(col)
        c.setFont(f or self.lf[0], size)
        c.drawString(x, y, s)

    def bar(self, y, letter, title):
        c = self.c
        if self.run == 0:
            c.setFillColor(NAVY)
            c.rect(36, y, 523, 16, stroke=0, fill=1)
            self._txt(42, y + 4.5, letter, self.lf[1], 10, white)
            self._txt(60, y + 4.5, title, self.lf[1], 10, white)
        else:
            c.setStrokeColor(NAVY)
            c.setFillColor(NAVY)
            c.circle(45, y + 7, 8, stroke=1, fill=1)
            self._txt(41.5, y + 3.5, letter, self.lf[1], 10, white)
            self._txt(60, y + 3, title, self.lf[1], 11, NAVY)
            c.setLineWidth(0.8)
            c.line(60, y, 559, y)

    def field(self, name, label, x, y, w, h=15, comb=None, groups=None):
        """Labelled box. run 0: label above; run 1: label beside. Returns box rect."""
        c = self.c
        if self.run == 0:
            self._txt(x, y + h + 2.5, label, self.lf[0], 7, GREY)
            bx = x
        else:
            self._txt(x, y + 4.5, label, self.lf[0], 8.5)
            bx = x + c.stringWidth(label, self.lf[0], 8.5) + 6
            w = w - (bx - x)
        c.setStrokeColor(Color(0.3, 0.3, 0.35))
        c.setLineWidth(0.6)
        if comb:
            cw = 13.5
            xs = []
            gx = bx
            for gi, g in enumerate(groups or [comb]):
                for i in range(g):
                    c.rect(gx + i * cw, y, cw, h, stroke=1, fill=0)
                    xs.append(gx + i * cw)
                gx += g * cw + 7
            self.boxes[name] = {
                "page": self.page,
                "x": bx,
                "y": y,
                "w": gx - bx,
                "h": h,
                "cells": xs,
                "cw": cw,
                "groups": groups or [comb],
            }
        else:
            if self.run == 0:
                c.rect(bx, y, w, h, stroke=1, fill=0)
            else:
                c.setDash(1, 2)
                c.line(bx, y + 1, bx + w, y + 1)
                c.setDash()
            self.boxes[name] = {"page": self.page, "x": bx, "y": y, "w": w, "h": h}
        self._fill(name)
        return self.boxes[name]

    def check(self, name, x, y, label, size=9):
        c = self.c
        c.setStrokeColor(black)
        c.setLineWidth(0.7)
        c.rect(x, y, size, size, stroke=1, fill=0)
        self._txt(x + size + 5, y + 1.5, label, self.lf[0], 8.5)
        self.boxes[name] = {"page": self.page, "x": x, "y": y, "w": size, "h": size, "check": True}
        self._fill(name)

    def _fill(self, name):
        b = self.boxes[name]
        val = self.v.get(name)
        if self.mode == "blank" or val in (None, "", False):
            return
        c = self.c
        if b.get("check"):
            if self.mode == "typed":
                c.setFillColor(black)
                c.setFont("ct_dvs_b", 9)
                c.drawString(b["x"] + 1.3, b["y"] + 1.6, "X")
            else:
                c.acroForm.checkbox(
                    name=name,
                    x=b["x"],
                    y=b["y"],
                    size=b["w"],
                    checked=True,
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=Color(1, 1, 1, 0),
                    textColor=black,
                )
            return
        if "cells" in b:
            chars = [ch for ch in str(val) if ch != " "]
            if self.mode == "typed":
                c.setFillColor(black)
                c.setFont(self.vf, 10)
                for ch, cx in zip(chars, b["cells"]):
                    c.drawCentredString(cx + b["cw"] / 2, b["y"] + 4, ch)
            else:
                i = 0
                for gi, g in enumerate(b["groups"]):
                    part = "".join(chars[i : i + g])
                    i += g
                    x0 = b["cells"][sum(b["groups"][:gi])]
                    c.acroForm.textfield(
                        name=f"{name}_{gi + 1}",
                        x=x0,
                        y=b["y"],
                        width=g * b["cw"],
                        height=b["h"],
                        value=part,
                        maxlen=g,
                        fieldFlags="comb",
                        borderWidth=0,
                        fillColor=Color(0.9, 0.93, 1, 0.5),
                        fontSize=10,
                        fontName="Courier",
                        textColor=black,
                    )
            return
        if self.mode == "typed":
            c.setFillColor(black)
            c.setFont(self.vf, 9.5)
            c.drawString(b["x"] + 4, b["y"] + 4, str(val))
        else:
            c.acroForm.textfield(
                name=name,
                x=b["x"] + 1,
                y=b["y"] + 1,
                width=b["w"] - 2,
                height=b["h"] - 2,
                value=str(val),
                borderWidth=0,
                fillColor=Color(0.9, 0.93, 1, 0.5),
                fontSize=9.5,
                fontName="Helvetica",
                textColor=black,
            )

    # -------------------------------------------------------------- pages
    def page1(self):
        c = self.c
        c.setFillColor(NAVY)
        c.setFont("ct_sans_b", 15)
        c.drawString(36, 795, "l'Assurance")
        c.drawString(36, 778, "Maladie")
        c.setFillColor(Color(0.2, 0.55, 0.85))
        c.circle(150, 801, 7, stroke=0, fill=1)
        c.setStrokeColor(black)
        c.setLineWidth(0.8)
        c.rect(470, 774, 89, 34, stroke=1, fill=0)
        self._txt(478, 792, "cerfa", "ct_sans_b", 12)
        self._txt(478, 779, "N° 15763*02", self.lf[0], 8)
        self._txt(36, 762, "S1106", self.lf[0], 7, GREY)
        t1 = "Demande d'ouverture des droits à l'assurance maladie"
        c.setFillColor(black)
        c.setFont(self.lf[1], 14)
        c.drawCentredString(297, 748, t1)
        c.setFont(self.lf[0], 11)
        c.drawCentredString(297, 733, "Protection universelle maladie (PUMa)")
        notice = [
            (
                "Vous travaillez ou résidez en France de manière stable et régulière et vous n'êtes "
                "pas encore couvert(e) par l'assurance maladie :"
            ),
            (
                "remplissez ce formulaire et adressez-le, avec les pièces justificatives demandées en "
                "page 2, à la caisse d'assurance maladie"
            ),
            (
                "de votre lieu de résidence. Écrivez en lettres capitales. Les rubriques marquées * "
                "sont obligatoires."
            ),
        ]
        for i, s in enumerate(notice):
            self._txt(36, 712 - i * 9, s, self.lf[0], 7.2)
        self._txt(
            36,
            680,
            "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-3 et D. 160-2 du code "
            "de la sécurité sociale.",
            self.lf[0],
            6.5,
            GREY,
        )
        self.bar(656, "A", "VOUS")
        y = 622
        self.field("nom_naissance", "Nom de naissance *", 36, y, 523)
        y -= 30
        self.field("nom_usage", "Nom d'usage (facultatif)", 36, y, 523)
        y -= 30
        self.field("prenoms", "Prénom(s) *", 36, y, 523)
        y -= 30
        if self.run == 0:
            self._txt(36, y + 17.5, "Sexe *", self.lf[0], 7, GREY)
            self.check("sexe_f", 36, y + 3, "F")
            self.check("sexe_m", 70, y + 3, "M")
            self.field(
                "date_naissance",
                "Date de naissance * (jour, mois, année)",
                150,
                y,
                200,
                comb=8,
                groups=[2, 2, 4],
            )
        else:
            self._txt(36, y + 4.5, "Sexe *", self.lf[0], 8.5)
            self.check("sexe_f", 72, y + 3, "F")
            self.check("sexe_m", 104, y + 3, "M")
            self.field(
                "date_naissance", "Date de naissance *", 150, y, 300, comb=8, groups=[2, 2, 4]
            )
        y -= 30
        self.field("lieu_commune", "Lieu de naissance : commune *", 36, y, 300)
        self.field("lieu_pays", "pays *", 350, y, 209)
        y -= 30
        self.field("nationalite", "Nationalité *", 36, y, 300)
        y -= 30
        self.field(
            "nir",
            "N° de sécurité sociale (si vous en avez un)",
            36,
            y,
            523,
            comb=15,
            groups=[13, 2],
        )
        y -= 30
        self.field("adresse", "Adresse *", 36, y, 523)
        y -= 30
        self.field("code_postal", "Code postal *", 36, y, 160, comb=5)
        self.field("commune", "Commune *", 210, y, 349)
        y -= 30
        self.field("telephone", "Téléphone", 36, y, 220)
        self.field("email", "Adresse électronique", 270, y, 289)
        y -= 38
        self.bar(y, "B", "VOTRE SITUATION")
        y -= 24
        self._txt(
            36, y, "Cochez la case correspondant à votre situation actuelle :", self.lf[0], 8.5
        )
        y -= 20
        for key, label in SITUATIONS:
            self.check("sit_" + key, 40, y, label)
            if key == "salarie":
                y -= 17
                self._txt(58, y + 1.5, "type de contrat :", self.lf[0], 8)
                for j, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                    self.check("contrat_" + ct.lower(), 140 + j * 60, y, ct, size=8)
                y -= 24
                self.field("emploi", "Emploi occupé", 58, y, 501, h=14)
            if key == "autre":
                self.field("autre_precision", "", 200, y - 3, 359, h=14)
            y -= 20
        self._txt(36, 40, "S1106 — cerfa n° 15763*02 — page 1/2", self.lf[0], 7, GREY)
        c.showPage()
        self.page = 2

    def page2(self):
        c = self.c
        self.bar(780, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        cert = [
            (
                "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
                "m'engage à signaler à ma"
            ),
            (
                "caisse d'assurance maladie tout changement dans ma situation (adresse, activité, "
                "résidence)."
            ),
            (
                "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
                "(articles 313-1, 313-3, 433-19,"
            ),
            "441-1 et 441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
        ]
        for i, s in enumerate(cert):
            self._txt(36, 755 - i * 11, s, self.lf[0], 8.5)
        y = 690
        if self.run == 0:
            self.field("fait_a", "Fait à", 36, y, 260)
            self.field("date_signature", "le", 320, y, 160)
            self._txt(36, 662, "Signature", self.lf[1], 9)
            c.setLineWidth(0.8)
            c.rect(36, 580, 260, 76, stroke=1, fill=0)
            self.boxes["signature"] = {"page": 2, "x": 36, "y": 580, "w": 260, "h": 76}
        else:
            self.field("fait_a", "Fait à", 36, y, 270)
            self.field("date_signature", "le", 320, y, 200)
            c.setLineWidth(0.8)
            c.rect(300, 590, 259, 80, stroke=1, fill=0)
            self._txt(306, 660, "Signature", self.lf[0], 8, Color(0.6, 0.6, 0.6))
            self.boxes["signature"] = {"page": 2, "x": 300, "y": 590, "w": 259, "h": 80}
        if self.mode == "acro" and self.sig_img is not None:
            b = self.boxes["signature"]
            buf = io.BytesIO()
            self.sig_img.save(buf, "PNG")
            buf.seek(0)
            c.drawImage(
                ImageReader(buf),
                b["x"] + 20,
                b["y"] + 6,
                b["w"] - 50,
                b["h"] - 18,
                mask="auto",
                preserveAspectRatio=True,
                anchor="sw",
            )
        y = 548
        self._txt(36, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", self.lf[1], 10, NAVY)
        y -= 18
        for s in PIECES:
            if not s.startswith("   "):
                self._txt(40, y, "•", self.lf[0], 8.5)
            self._txt(50, y, s.strip(), self.lf[0], 8.2)
            y -= 12.5
        y -= 12
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.rect(36, y - 78, 523, 86, stroke=1, fill=0)
        c.setDash()
        self._txt(44, y - 8, "Cadre réservé à l'organisme", self.lf[1], 9)
        self._txt(44, y - 28, "Date de réception : ____ / ____ / ________", self.lf[0], 8.5)
        self._txt(300, y - 28, "Pièces vérifiées :   oui  □     non  □", self.lf[0], 8.5)
        self._txt(44, y - 50, "Matricule agent : ______________", self.lf[0], 8.5)
        self._txt(300, y - 50, "Observations : ______________________________", self.lf[0], 8.5)
        cnil = [
            (
                "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
                "aux libertés s'applique aux réponses faites sur"
            ),
            (
                "ce formulaire. Elle garantit un droit d'accès et de rectification pour les données "
                "vous concernant auprès de votre caisse."
            ),
        ]
        for i, s in enumerate(cnil):
            self._txt(36, 110 - i * 8.5, s, self.lf[0], 6.5, GREY)
        self._txt(36, 40, "S1106 — cerfa n° 15763*02 — page 2/2", self.lf[0], 7, GREY)
        c.showPage()

    def build(self):
        self.page1()
        self.page2()
        self.c.save()
        return self.boxes


def values(a: dict) -> dict:
    """Form values from an applicant description."""
    y, m, d = a["dob"].split("-")
    v = {
        "nom_naissance": a["form_surname"],
        "nom_usage": a.get("usage", ""),
        "prenoms": a["form_given"],
        "sexe_f": a["sex"] == "F",
        "sexe_m": a["sex"] == "M",
        "date_naissance": d + m + y,
        "lieu_commune": a["pob_commune"],
        "lieu_pays": a["pob_pays"],
        "nationalite": a["nat_fr"],
        "nir": "",
        "adresse": a["street"],
        "code_postal": a["cp"],
        "commune": a["city"],
        "telephone": a.get("tel", ""),
        "email": a.get("email", ""),
        "sit_" + a["situation"]: True,
        "fait_a": a["place"],
        "date_signature": a["date_text"],
    }
    if a["situation"] == "salarie":
        v["contrat_" + a["contract"].lower()] = True
        v["emploi"] = a["job"]
    return v
