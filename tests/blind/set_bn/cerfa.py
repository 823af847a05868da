"""The application form S1106 / cerfa n° 15763*02, three print runs, three ways to fill it."""

from __future__ import annotations

import io

from reportlab.pdfbase.pdfmetrics import stringWidth

from common import new_canvas, para
from fillers import Acro, fix_appearances

BLUE = (0.0, 0.33, 0.62)


# ------------------------------------------------------------------ the form
class Form:
    def __init__(self, c, style, filler):
        self.c, self.st, self.f = c, style, filler
        self.L, self.R = 36, 559

    # -- primitives ------------------------------------------------------
    def header(self, page):
        c, st = self.c, self.st
        top = 806
        c.setFillColorRGB(*BLUE)
        c.setFont("Sans-B", 15 if st != "B" else 14)
        c.drawString(self.L, top, "l'Assurance")
        c.setFont("Sans", 15 if st != "B" else 14)
        c.drawString(self.L, top - 16, "Maladie")
        c.setStrokeColorRGB(0.95, 0.55, 0.1)
        c.setLineWidth(2.2)
        c.arc(self.L + 62, top - 20, self.L + 92, top - 4, 200, 140)
        c.setStrokeColorRGB(0, 0, 0)
        # cerfa box
        bx = self.R - 92
        c.setLineWidth(0.8)
        c.rect(bx, top - 26, 92, 40)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Sans-B", 14)
        c.drawString(bx + 6, top - 2, "cerfa")
        c.setFont("Sans", 8)
        c.drawString(bx + 6, top - 20, "N° 15763*02")
        if page == 2:
            c.setFont("Sans-B", 10)
            c.drawCentredString(
                297, top - 8, "Demande d'ouverture des droits à l'assurance maladie"
            )
            return top - 40
        title = "Demande d'ouverture des droits à l'assurance maladie"
        c.setFont("Sans-B" if st != "B" else "Serif-B", 15)
        c.drawCentredString(290, top - 44, title)
        c.setFont("Sans" if st != "B" else "Serif", 10.5)
        c.drawCentredString(290, top - 60, "Protection universelle maladie (PUMa)")
        c.setFont("Sans", 6.8)
        y = para(
            c,
            self.L,
            top - 80,
            "Vous résidez en France de manière stable et régulière depuis plus de trois mois, "
            "ou vous exercez une activité professionnelle en France : vous pouvez bénéficier "
            "de la prise en charge de vos frais de santé. Complétez ce formulaire en "
            "majuscules et adressez-le, accompagné des pièces justificatives demandées, à la "
            "caisse d'assurance maladie de votre lieu de résidence.",
            "Sans",
            6.8,
            self.R - self.L,
            8.2,
        )
        c.setFont("Sans-I", 6.3)
        c.drawString(
            self.L,
            y - 1,
            "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-3 et "
            "D. 160-2 du code de la sécurité sociale.",
        )
        return y - 20

    def section(self, y, letter, title):
        c, st = self.c, self.st
        if st == "A":
            c.setFillColorRGB(*BLUE)
            c.rect(self.L, y - 4, self.R - self.L, 16, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("Sans-B", 10)
            c.drawString(self.L + 6, y + 0.5, f"{letter}   {title}" if letter else title)
            return y - 26
        if st == "B":
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Serif-B", 11.5)
            c.drawString(self.L, y, f"{letter} — {title}" if letter else title)
            c.setLineWidth(0.9)
            c.line(self.L, y - 4, self.R, y - 4)
            return y - 24
        c.setFillColorRGB(0.86, 0.86, 0.86)
        c.rect(self.L, y - 5, self.R - self.L, 17, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        if letter:
            c.circle(self.L + 10, y + 3.5, 7, stroke=1, fill=0)
            c.setFont("Carlito-B", 10)
            c.drawCentredString(self.L + 10, y + 0.2, letter)
        c.setFont("Carlito-B", 11)
        c.drawString(self.L + (24 if letter else 6), y, title)
        return y - 30

    def comb(self, x, y, groups, cw=13, h=16, sep=""):
        """Draw comb cells in groups; returns [(x, width)] of every cell."""
        c = self.c
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        c.setLineWidth(0.6)
        cells = []
        gap = 9 if len(groups) > 1 else 0
        for gi, n in enumerate(groups):
            for _ in range(n):
                if self.st == "C":
                    c.line(x + cw, y, x + cw, y + 6)
                else:
                    c.rect(x, y, cw, h)
                cells.append((x, cw))
                x += cw
            if sep and gi < len(groups) - 1:
                c.setFont("Sans", 9)
                c.setFillColorRGB(0.3, 0.3, 0.3)
                c.drawCentredString(x + gap / 2, y + h * 0.28, sep)
            x += gap
        c.setStrokeColorRGB(0, 0, 0)
        return cells

    def field(self, name, label, value, x, y, w, comb=0, label_w=None, sep=""):
        """Draw one labelled field in the print-run style and fill it. y is the row top.
        comb: 0 (free text), a cell count, or a tuple of cell groups."""
        c, st = self.c, self.st
        c.setFillColorRGB(0, 0, 0)
        groups = (comb,) if isinstance(comb, int) else tuple(comb)
        n = sum(groups)
        if st == "A":
            c.setFont("Sans", 7.5)
            c.drawString(x, y - 8, label)
            bx, by, bw, bh = x, y - 27, w, 16
            cells = None
            if n:
                cells = self.comb(bx, by, groups, sep=sep)
            else:
                c.setLineWidth(0.6)
                c.rect(bx, by, bw, bh)
            self.f.text(c, name, value, bx, by, bw, bh, n, cells)
            return y - 34
        if st == "B":
            c.setFont("Serif", 9.5)
            c.drawString(x, y - 13, label)
            lw = max(label_w or 0, stringWidth(label, "Serif", 9.5) + 8)
            bx, by, bw, bh = x + lw, y - 17, w - lw, 15
            cells = None
            if n:
                cells = self.comb(bx, by, groups, cw=12, h=14, sep=sep)
            else:
                c.setDash(1, 2)
                c.setLineWidth(0.7)
                c.line(bx, by + 2, x + w, by + 2)
                c.setDash()
            self.f.text(c, name, value, bx, by + 1, bw, bh, n, cells)
            return y - 24
        # C: a cell with the label inside
        c.setLineWidth(0.7)
        c.rect(x, y - 28, w, 28)
        c.setFont("Carlito", 7)
        c.drawString(x + 3, y - 8, label)
        bx, by, bw, bh = x + 4, y - 27, w - 8, 17
        cells = None
        if n:
            c.setLineWidth(0.4)
            cells = self.comb(bx, by, groups, cw=12, h=14, sep=sep)
        self.f.text(c, name, value, bx, by, bw, bh, n, cells)
        return y - 28

    def box(self, name, x, y, s, on, label, font=None, size=8.5):
        c = self.c
        c.setLineWidth(0.7)
        c.setStrokeColorRGB(0, 0, 0)
        if self.st == "B":
            c.circle(x + s / 2, y + s / 2, s / 2) if False else c.rect(x, y, s, s)
        else:
            c.rect(x, y, s, s)
        c.setFillColorRGB(0, 0, 0)
        font = font or {"A": "Sans", "B": "Serif", "C": "Carlito"}[self.st]
        c.setFont(font, size)
        c.drawString(x + s + 4, y + 1.2, label)
        self.f.check(c, name, x, y, s, on)
        return x + s + 4 + stringWidth(label, font, size)

    def footer(self, page):
        c = self.c
        c.setFont("Sans", 6.5)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(self.L, 24, "S1106")
        c.drawCentredString(297, 24, f"S1106 — cerfa n° 15763*02 — page {page}/2")
        if page == 1:
            c.drawRightString(self.R, 24, "Tournez la page SVP ›")

    # -- pages --------------------------------------------------------------
    def page1(self, v):
        c, st, L, R = self.c, self.st, self.L, self.R
        y = self.header(1)
        y = self.section(y, "A", "VOUS" if st != "C" else "VOUS (l'assuré)")
        lw = 150 if st == "B" else None
        fw = R - L
        y = self.field(
            "nom_naissance",
            "Nom de naissance",
            v["surname"],
            L,
            y,
            fw,
            0 if st == "B" else 34 if st == "A" else 0,
            label_w=lw,
        )
        y = self.field(
            "nom_usage",
            "Nom d'usage (facultatif, ex. : nom d'époux/se)",
            v.get("usage", ""),
            L,
            y,
            fw,
            0,
            label_w=lw,
        )
        y = self.field("prenoms", "Prénom(s)", v["given"], L, y, fw, 0, label_w=lw)
        # sex and date of birth on one row
        c.setFillColorRGB(0, 0, 0)
        if st == "A":
            c.setFont("Sans", 7.5)
            c.drawString(L, y - 8, "Sexe")
            self.box("sexe_f", L + 2, y - 24, 10, v["sex"] == "F", "F")
            self.box("sexe_m", L + 34, y - 24, 10, v["sex"] == "M", "M")
            self.field(
                "date_naissance",
                "Date de naissance (jj mm aaaa)",
                v["dob_digits"],
                L + 120,
                y,
                200,
                (2, 2, 4),
            )
            y -= 34
        elif st == "B":
            c.setFont("Serif", 9.5)
            c.drawString(L, y - 13, "Sexe :")
            self.box("sexe_f", L + 40, y - 16, 9, v["sex"] == "F", "Féminin")
            self.box("sexe_m", L + 100, y - 16, 9, v["sex"] == "M", "Masculin")
            self.field(
                "date_naissance",
                "Date de naissance",
                v["dob_digits"],
                L + 200,
                y,
                330,
                (2, 2, 4),
                sep="/",
            )
            y -= 24
        else:
            c.rect(L, y - 28, 150, 28)
            c.setFont("Carlito", 7)
            c.drawString(L + 3, y - 8, "Sexe")
            self.box("sexe_f", L + 10, y - 23, 9, v["sex"] == "F", "Femme")
            self.box("sexe_m", L + 70, y - 23, 9, v["sex"] == "M", "Homme")
            self.field(
                "date_naissance",
                "Date de naissance  JJ | MM | AAAA",
                v["dob_digits"],
                L + 150,
                y,
                180,
                (2, 2, 4),
            )
            y = self.field("nationalite", "Nationalité", v["nationality"], L + 330, y, R - L - 330)
        half = (R - L) / 2
        y1 = self.field(
            "lieu_commune",
            "Lieu de naissance : commune",
            v["birth_city"],
            L,
            y,
            half - 6,
            label_w=150 if st == "B" else None,
        )
        self.field("lieu_pays", "Pays", v["birth_country"], L + half, y, half)
        y = y1
        if st != "C":
            y = self.field(
                "nationalite", "Nationalité", v["nationality"], L, y, half - 6, label_w=lw
            )
        y = self.field(
            "nir",
            "N° de sécurité sociale (si vous en avez un)",
            v.get("nir", ""),
            L,
            y,
            300 if st != "B" else fw,
            (1, 2, 2, 2, 3, 3, 2),
            label_w=lw,
        )
        y = self.field(
            "num_caf",
            "N° d'allocataire CAF (si vous en avez un)",
            "",
            L,
            y,
            300 if st != "B" else fw,
            0 if st != "A" else 10,
            label_w=lw,
        )
        y = self.field("adresse", "Adresse (n°, rue)", v["addr1"], L, y, fw, label_w=lw)
        y = self.field(
            "adresse_cplt",
            "Complément d'adresse (bât., étage, appt)",
            v.get("addr2", ""),
            L,
            y,
            fw,
            label_w=lw,
        )
        y1 = self.field(
            "code_postal",
            "Code postal",
            v["cp"],
            L,
            y,
            150 if st != "B" else 180,
            5,
            label_w=80 if st == "B" else None,
        )
        self.field(
            "commune",
            "Commune",
            v["city"],
            L + (160 if st != "B" else 190),
            y,
            fw - (160 if st != "B" else 190),
        )
        y = y1
        y1 = self.field(
            "telephone",
            "Téléphone",
            v.get("phone", ""),
            L,
            y,
            half - 6,
            label_w=80 if st == "B" else None,
        )
        self.field("email", "Adresse e-mail", v.get("email", ""), L + half, y, half)
        y = y1 - 10
        y = self.section(y, "B", "VOTRE SITUATION")
        c.setFillColorRGB(0, 0, 0)
        c.setFont({"A": "Sans", "B": "Serif", "C": "Carlito"}[st], 8.5)
        c.drawString(L, y, "Cochez la case correspondant à votre situation actuelle :")
        y -= 20
        sit = v["situation"]
        self.box(
            "sit_salarie",
            L,
            y,
            10,
            sit == "salarie",
            "Vous exercez une activité salariée en France",
        )
        y -= 17
        self.field(
            "profession",
            "Profession / emploi occupé",
            v.get("job", ""),
            L + 18,
            y + 12,
            R - L - 18,
            label_w=140 if st == "B" else None,
        )
        y -= 30 if st == "A" else 22 if st == "B" else 26
        c.setFont({"A": "Sans", "B": "Serif", "C": "Carlito"}[st], 8.5)
        c.drawString(L + 18, y + 1, "Type de contrat :")
        x = L + 100
        ct = v.get("contract", "")
        for key, lab in (
            ("CDI", "CDI"),
            ("CDD", "CDD"),
            ("INT", "Intérim / saisonnier"),
            ("AUT", "Autre"),
        ):
            x = self.box(f"contrat_{key.lower()}", x, y, 9, ct == key, lab) + 18
        y -= 20
        opts = [
            (
                "independant",
                "Vous exercez une activité non salariée (indépendant, "
                "micro-entrepreneur, profession libérale...)",
            ),
            ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
            ("etudiant", "Vous êtes étudiant(e)"),
            (
                "sans_activite",
                "Vous êtes sans activité et résidez en France de manière stable et "
                "régulière depuis plus de trois mois",
            ),
            ("autre", "Autre situation, précisez :"),
        ]
        for key, lab in opts:
            self.box(f"sit_{key}", L, y, 10, sit == key, lab, size=8.2)
            y -= 19
        y = (
            self.field(
                "autre_precision", "", v.get("other", ""), L + 130, y + 26, R - L - 130, label_w=2
            )
            if st == "B"
            else y
        )
        self.footer(1)

    def page2(self, v):
        c, st, L, R = self.c, self.st, self.L, self.R
        y = self.header(2) - 8
        y = self.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        font = {"A": "Sans", "B": "Serif", "C": "Carlito"}[st]
        c.setFillColorRGB(0, 0, 0)
        y = para(
            c,
            L,
            y,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
            "formulaire et m'engage à signaler à ma caisse d'assurance maladie tout changement "
            "de situation (adresse, activité, état civil).",
            font,
            9,
            R - L,
            12,
        )
        y = para(
            c,
            L,
            y - 4,
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se "
            "rend coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, "
            "433-19, 441-1 et 441-7 du code pénal, article L. 114-13 du code de la sécurité "
            "sociale).",
            font,
            7.5,
            R - L,
            9.5,
        )
        y -= 16
        c.setFont(font, 10)
        c.drawString(L, y, "Fait à")
        if st == "B":
            c.setDash(1, 2)
            c.line(L + 32, y - 2, L + 230, y - 2)
            c.setDash()
        else:
            c.setLineWidth(0.6)
            c.rect(L + 32, y - 5, 200, 16)
        self.f.text(c, "fait_a", v["place"], L + 32, y - 5, 200, 16)
        c.setFont(font, 10)
        c.drawString(L + 250, y, "le")
        if st == "A":
            cells = self.comb(L + 266, y - 5, (2, 2, 4), cw=13, h=16, sep="/")
            digits = v.get("date_text", "").replace("/", "")
            self.f.text(c, "date_signature", digits, L + 266, y - 5, 122, 16, 8, cells)
        else:
            if st == "B":
                c.setDash(1, 2)
                c.line(L + 266, y - 2, L + 400, y - 2)
                c.setDash()
            else:
                c.rect(L + 266, y - 5, 130, 16)
            self.f.text(c, "date_signature", v.get("date_text", ""), L + 266, y - 5, 130, 16)
        y -= 22
        sx, sw, sh = (L + 250, 250, 86) if st != "C" else (L, 280, 90)
        c.setLineWidth(0.9)
        if st == "A":
            c.setFont(font, 9)
            c.drawString(sx, y - 8, "Signature")
            c.rect(sx, y - sh - 12, sw, sh)
            sy = y - sh - 12
        elif st == "B":
            c.rect(sx, y - sh - 4, sw, sh)
            c.setFont(font, 8)
            c.drawString(sx + 4, y - 14, "Signature")
            sy = y - sh - 4
        else:
            c.rect(sx, y - sh - 4, sw, sh)
            c.setFillColorRGB(0.8, 0.8, 0.8)
            c.setFont("Carlito-B", 22)
            c.drawCentredString(sx + sw / 2, y - sh / 2 - 10, "Signature")
            c.setFillColorRGB(0, 0, 0)
            sy = y - sh - 4
        if v.get("signed", True):
            self.f.signature(c, sx, sy, sw, sh)
        y = sy - 26
        y = self.section(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        items = [
            "une photocopie de votre pièce d'identité (passeport, carte nationale d'identité pour "
            "les ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;",
            "si vous êtes ressortissant d'un autre pays : une photocopie de votre titre de séjour, "
            "de votre visa long séjour valant titre de séjour (VLS-TS) ou du récépissé de "
            "demande ;",
            "une copie intégrale de votre acte de naissance ou un extrait avec filiation "
            "(apostillé ou légalisé le cas échéant) ;",
            "un justificatif de résidence en France depuis plus de trois mois : bail, trois "
            "factures successives (électricité, gaz, eau, téléphone, internet) ou attestation "
            "d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile de "
            "l'hébergeant ;",
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]
        c.setFillColorRGB(0, 0, 0)
        for it in items:
            c.setFont(font, 8.5)
            c.drawString(L + 4, y, "•" if st != "B" else "–")
            y = para(c, L + 16, y, it, font, 8.5, R - L - 20, 10.6) - 3
        y -= 8
        c.setFont("Sans-I", 6.5)
        y = para(
            c,
            L,
            y,
            "Informatique et libertés : les informations recueillies font l'objet "
            "d'un traitement destiné à l'ouverture de vos droits à l'assurance maladie. Vous "
            "disposez d'un droit d'accès et de rectification auprès de votre caisse "
            "(règlement (UE) 2016/679 et loi n° 78-17 du 6 janvier 1978 modifiée).",
            "Sans-I",
            6.5,
            R - L,
            8,
        )
        y -= 14
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.rect(L, y - 70, R - L, 74)
        c.setDash()
        c.setFont("Sans-B", 8.5)
        c.drawString(L + 6, y - 10, "Cadre réservé à l'organisme")
        c.setFont("Sans", 8)
        c.drawString(L + 6, y - 30, "Date de réception :   ____ / ____ / ________")
        c.drawString(L + 260, y - 30, "Pièces vérifiées :   oui  □    non  □")
        c.drawString(L + 6, y - 52, "Matricule agent : ____________________")
        c.drawString(L + 260, y - 52, "Observations : ________________________")
        self.footer(2)


def form_pdf(values: dict, style: str, filler, author="") -> bytes:
    """Both pages of the form, filled. values: see generate.py."""
    buf = io.BytesIO()
    c = new_canvas(
        buf, title="S1106 - Demande d'ouverture des droits à l'assurance maladie", author=author
    )
    fm = Form(c, style, filler)
    fm.page1(values)
    c.showPage()
    fm.page2(values)
    c.showPage()
    c.save()
    if isinstance(filler, Acro):
        return fix_appearances(buf.getvalue())
    return buf.getvalue()
