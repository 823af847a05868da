"""Blank cerfa 15763*02 (S1106) drawn with reportlab, in three home-made print runs.

Each run draws the two A4 pages and returns anchors (in PDF points, origin bottom-left):
``{name: {"page": 1, "kind": "text"|"comb"|"box"|"sig", "x", "y", "w", "h", "cells"}}``.
"""

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.27, 841.89
FONTS = "/usr/share/fonts/truetype/"
_REG = {
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibSerif-I": "liberation/LiberationSerif-Italic.ttf",
    "OpenSans": "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "open-sans/OpenSans-Bold.ttf",
    "OpenSans-I": "open-sans/OpenSans-Italic.ttf",
    "DejaVu": "dejavu/DejaVuSans.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf",
    "Lato": "lato/Lato-Regular.ttf",
}


def register_fonts():
    for name, path in _REG.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, FONTS + path))


RUNS = {
    # A: blue section bars, labels beside dotted lines, "Signature" above the box
    "A": dict(
        reg="Helvetica",
        bold="Helvetica-Bold",
        ital="Helvetica-Oblique",
        label="beside",
        bar="fill",
        accent=Color(0.05, 0.24, 0.55),
        cell=13.0,
        sig="above",
        bullet="\u2022",
    ),
    # B: serif, underlined section titles, framed boxes with labels above, label inside sig box
    "B": dict(
        reg="LibSerif",
        bold="LibSerif-B",
        ital="LibSerif-I",
        label="above",
        bar="underline",
        accent=black,
        cell=15.0,
        sig="inside",
        bullet="\u2013",
    ),
    # C: sans, grey bands, labels inside the cells, grey "Signature" in the box
    "C": dict(
        reg="OpenSans",
        bold="OpenSans-B",
        ital="OpenSans-I",
        label="inside",
        bar="band",
        accent=Color(0.2, 0.2, 0.2),
        cell=11.5,
        sig="grey",
        bullet="\u2022",
    ),
}

NOTICE = [
    "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
    "professionnelle : remplissez ce formulaire pour",
    "ouvrir vos droits à la prise en charge de vos frais de santé. Joignez les pièces "
    "justificatives demandées en page 2 et adressez le tout à",
    "la caisse primaire d'assurance maladie (CPAM) de votre lieu de résidence.",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-3, R. 160-1 et D. 160-2 du code de la "
    "sécurité sociale"
)
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un droit "
    "d'accès et de rectification pour les données vous concernant auprès de votre caisse."
)
CERTIFY = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma caisse",
    "d'assurance maladie tout changement dans ma situation.",
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
    "313-1 à 313-3, 433-19, 441-1 et",
    "441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    "une copie de votre pièce d'identité (passeport, ou carte nationale d'identité pour les "
    "ressortissants de l'UE/EEE/Suisse) ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, VLS-TS validé, "
    "ou récépissé de demande ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation selon le "
    "pays) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class Drawer:
    def __init__(self, c, run):
        self.c = c
        self.s = RUNS[run]
        self.run = run
        self.anchors = {}
        self.page = 1

    # -- primitives -------------------------------------------------------------------
    def font(self, kind, size):
        self.c.setFont(self.s[kind], size)

    def text(self, x, y, txt, kind="reg", size=8.5, color=black):
        self.c.setFillColor(color)
        self.font(kind, size)
        self.c.drawString(x, y, txt)
        self.c.setFillColor(black)

    def width(self, txt, kind="reg", size=8.5):
        return pdfmetrics.stringWidth(txt, self.s[kind], size)

    def anchor(self, name, kind, x, y, w, h, cells=None):
        self.anchors[name] = dict(page=self.page, kind=kind, x=x, y=y, w=w, h=h, cells=cells)

    def section(self, y, letter, title):
        c, s = self.c, self.s
        if s["bar"] == "fill":
            c.setFillColor(s["accent"])
            c.rect(36, y - 4, W - 72, 16, stroke=0, fill=1)
            self.text(42, y, f"{letter}   {title}", "bold", 10, white)
        elif s["bar"] == "underline":
            c.circle(44, y + 3.5, 7, stroke=1, fill=0)
            self.text(40.5, y, letter, "bold", 10)
            self.text(58, y, title, "bold", 11)
            c.setLineWidth(0.8)
            c.line(58, y - 3, 58 + self.width(title, "bold", 11), y - 3)
        else:
            c.setFillColor(Color(0.86, 0.86, 0.86))
            c.rect(36, y - 4, W - 72, 15, stroke=0, fill=1)
            self.text(42, y, f"{letter} - {title}", "bold", 9.5)
        c.setFillColor(black)
        c.setLineWidth(0.6)

    def field(self, name, label, x, y, w):
        """A one-line text field whose row starts at baseline y; value area anchored."""
        c, st = self.c, self.s["label"]
        if st == "beside":
            self.text(x, y, label + " :", size=8.5)
            lx = x + self.width(label + " :") + 4
            c.setDash(1, 1.5)
            c.setLineWidth(0.5)
            c.line(lx, y - 1, x + w, y - 1)
            c.setDash()
            self.anchor(name, "text", lx, y - 1, x + w - lx, 14)
        elif st == "above":
            self.text(x, y + 7, label, size=7.5)
            c.setLineWidth(0.6)
            c.rect(x, y - 11, w - 4, 16, stroke=1, fill=0)
            self.anchor(name, "text", x + 1, y - 11, w - 6, 16)
        else:
            c.setLineWidth(0.5)
            c.rect(x, y - 12, w - 2, 24, stroke=1, fill=0)
            self.text(x + 2.5, y + 5.5, label, "ital", 6.3, Color(0.3, 0.3, 0.3))
            self.anchor(name, "text", x + 2, y - 12, w - 6, 17)

    def comb(self, name, label, x, y, groups, sep="", note=None):
        cw = self.s["cell"]
        ch = cw + 2
        st = self.s["label"]
        if st == "inside":
            self.text(x, y + 6, label, "ital", 6.5, Color(0.3, 0.3, 0.3))
            cx, by = x, y - 10
        elif st == "above":
            self.text(x, y + 8, label, size=7.5)
            cx, by = x, y - 12
        else:
            self.text(x, y, label + " :", size=8.5)
            cx, by = x + self.width(label + " :") + 6, y - 4
        cells = []
        self.c.setLineWidth(0.6)
        for gi, n in enumerate(groups):
            for _ in range(n):
                self.c.rect(cx, by, cw, ch, stroke=1, fill=0)
                cells.append((cx, by, cw, ch))
                cx += cw
            if gi < len(groups) - 1:
                if sep:
                    self.text(cx + 1.5, by + 4, sep, size=9)
                cx += 7
        if note:
            self.text(cx + 6, by + 4, note, "ital", 6.5)
        self.anchor(name, "comb", cells[0][0], by, cx - cells[0][0], ch, cells)
        return cx

    def box(self, name, label, x, y, size=None):
        size = size or (8.5 if self.run != "B" else 9.5)
        self.c.setLineWidth(0.7)
        self.c.rect(x, y - 1.5, size, size, stroke=1, fill=0)
        self.anchor(name, "box", x, y - 1.5, size, size)
        if label:
            self.text(x + size + 4, y, label, size=8.5)
        return x + size + 4 + self.width(label or "", size=8.5)

    def footer(self, n):
        self.text(36, 24, f"S1106 \u2014 cerfa n° 15763*02 \u2014 page {n}/2", size=7)
        self.text(W - 110, 24, "ameli.fr", "bold", 7)

    # -- pages ------------------------------------------------------------------------
    def page1(self):
        c, s = self.c, self.s
        self.page = 1
        self.text(36, H - 52, "l'Assurance", "bold", 15, s["accent"])
        self.text(36, H - 68, "Maladie", "bold", 15, s["accent"])
        self.text(36, H - 79, "Agir ensemble, protéger chacun", "ital", 6.5)
        c.setLineWidth(1)
        c.rect(W - 132, H - 78, 96, 38, stroke=1, fill=0)
        self.text(W - 124, H - 56, "cerfa", "bold", 14)
        self.text(W - 124, H - 70, "N° 15763*02", "reg", 9)
        t1 = "Demande d'ouverture des droits à l'assurance maladie"
        t2 = "Protection universelle maladie (PUMa)"
        self.text((W - self.width(t1, "bold", 13)) / 2 + 20, H - 104, t1, "bold", 13)
        self.text((W - self.width(t2, "reg", 10.5)) / 2 + 20, H - 120, t2, "reg", 10.5)
        for i, line in enumerate(NOTICE):
            self.text(36, H - 140 - 8.5 * i, line, "reg", 6.6)
        self.text(36, H - 170, LEGAL, "ital", 6.6)

        y = H - 196
        self.section(y, "A", "VOUS")
        step = 34 if s["label"] != "beside" else 24
        y -= 30
        self.field("surname", "Nom de naissance", 36, y, 300)
        self.text(346, y + (7 if s["label"] != "beside" else 0), "Sexe :", size=8.5)
        x = self.box("sex_F", "F", 380, y)
        self.box("sex_M", "M", x + 12, y)
        y -= step
        self.field("usage_name", "Nom d'usage (facultatif)", 36, y, 300)
        y -= step
        self.field("given_names", "Prénom(s)", 36, y, W - 72)
        y -= step
        self.comb("dob", "Date de naissance", 36, y, [2, 2, 4], sep="", note="(JJ MM AAAA)")
        y -= step
        self.field("birth_place", "Lieu de naissance : commune", 36, y, 290)
        self.field("birth_country", "pays", 330, y, W - 366)
        y -= step
        self.field("nationality", "Nationalité", 36, y, 290)
        y -= step
        nx = self.comb(
            "nir",
            "N° de sécurité sociale (si vous en avez un)",
            36,
            y,
            [1, 2, 2, 2, 3, 3],
        )
        key = dict(self.anchors["nir"])
        cw = s["cell"]
        cells = [(nx + 6, key["y"], cw, key["h"]), (nx + 6 + cw, key["y"], cw, key["h"])]
        for cx, cy, w_, h_ in cells:
            c.rect(cx, cy, w_, h_, stroke=1, fill=0)
        self.text(nx + 6 + 2 * cw + 4, key["y"] + 4, "clé", "ital", 6.5)
        self.anchor("nir_key", "comb", cells[0][0], key["y"], 2 * cw, key["h"], cells)
        y -= step
        self.field("address", "Adresse", 36, y, W - 72)
        y -= step
        self.comb("postcode", "Code postal", 36, y, [5])
        self.field("city", "Commune", 220, y, W - 256)
        y -= step
        self.field("phone", "Téléphone", 36, y, 230)
        self.field("email", "Courriel", 270, y, W - 306)

        y -= step + 10
        self.section(y, "B", "VOTRE SITUATION")
        self.text(
            36, y - 20, "Cochez la case correspondant à votre situation actuelle :", "ital", 8
        )
        y -= 42
        self.box("sit_salarie", "Vous exercez une activité salariée en France", 40, y)
        y -= 20
        self.field("profession", "Profession", 58, y, 260)
        self.text(330, y, "Contrat :", size=8.5)
        x = self.box("ct_CDI", "CDI", 370, y)
        x = self.box("ct_CDD", "CDD", x + 8, y)
        self.box("ct_interim", "intérim", x + 8, y)
        y -= 22
        self.box("sit_independant", "Vous exercez une activité indépendante (non salariée)", 40, y)
        y -= 18
        self.box(
            "sit_demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit à France Travail)", 40, y
        )
        y -= 18
        self.box("sit_etudiant", "Vous êtes étudiant(e)", 40, y)
        y -= 18
        self.box(
            "sit_sans_activite",
            "Vous êtes sans activité professionnelle et résidez en France de manière stable",
            40,
            y,
        )
        self.text(53, y - 11, "et régulière depuis plus de trois mois", size=8.5)
        y -= 30
        self.box("sit_autre", "Autre situation", 40, y)
        self.field("autre_text", "précisez", 140, y, W - 176)
        cut = CNIL.rfind(" ", 0, 150)
        for i, chunk in enumerate([CNIL[:cut], CNIL[cut:]]):
            self.text(36, 48 - 8 * i, chunk.strip(), "reg", 6)
        self.footer(1)

    def page2(self):
        c, s = self.c, self.s
        self.page = 2
        y = H - 60
        self.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y -= 26
        for line in CERTIFY:
            self.text(36, y, line, "reg", 8.3)
            y -= 11
        y -= 18
        if s["label"] == "beside" or s["label"] == "inside":
            self.text(36, y, "Fait à", size=9)
            c.setDash(1, 1.5)
            c.line(64, y - 1, 280, y - 1)
            self.anchor("place", "text", 66, y - 1, 212, 14)
            self.text(292, y, "le", size=9)
            c.line(304, y - 1, 470, y - 1)
            c.setDash()
            self.anchor("date", "text", 306, y - 1, 162, 14)
        else:
            self.text(36, y, "Fait à", size=9.5)
            c.rect(66, y - 5, 200, 17, stroke=1, fill=0)
            self.anchor("place", "text", 67, y - 5, 198, 17)
            self.text(280, y, "le", size=9.5)
            c.rect(294, y - 5, 150, 17, stroke=1, fill=0)
            self.anchor("date", "text", 295, y - 5, 148, 17)
        y -= 22
        bx, bw, bh = 300, 240, 92
        if s["sig"] == "above":
            self.text(bx, y, "Signature", "bold", 9)
            y -= 6
        c.setLineWidth(0.9)
        c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
        if s["sig"] == "inside":
            self.text(bx + 4, y - 11, "Signature :", "reg", 8.5)
        elif s["sig"] == "grey":
            self.text(bx + bw / 2 - 38, y - bh / 2 - 6, "Signature", "reg", 17, Color(*[0.8] * 3))
        self.anchor("signature", "sig", bx, y - bh, bw, bh)
        y -= bh + 36
        self.text(36, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "bold", 10)
        y -= 16
        for p in PIECES:
            self.text(40, y, s["bullet"], size=8.3)
            self.text(50, y, p, size=8.3)
            y -= 13
        self.text(36, y - 4, "N'envoyez pas d'originaux : des photocopies suffisent.", "ital", 8)
        y -= 44
        c.setLineWidth(0.8)
        c.setDash(3, 2) if self.run == "A" else c.setDash()
        c.rect(36, y - 76, W - 72, 86, stroke=1, fill=0)
        c.setDash()
        self.text(44, y - 2, "Cadre réservé à l'organisme", "bold", 8.5)
        g = Color(0.35, 0.35, 0.35)
        self.text(44, y - 22, "Date de réception : ....../....../..........", size=8, color=g)
        self.text(44, y - 40, "Pièces vérifiées :", size=8, color=g)
        px = 48 + self.width("Pièces vérifiées :", size=8)
        c.setStrokeColor(g)
        c.rect(px, y - 41, 7, 7)
        self.text(px + 10, y - 40, "oui", size=8, color=g)
        c.rect(px + 30, y - 41, 7, 7)
        self.text(px + 40, y - 40, "non", size=8, color=g)
        c.setStrokeColor(black)
        self.text(44, y - 58, "Matricule agent : ..........................", size=8, color=g)
        self.text(300, y - 22, "Cachet de l'organisme", size=8, color=g)
        self.footer(2)
