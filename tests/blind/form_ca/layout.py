"""Two home-made print runs ("A" and "B") of the cerfa 15763*02 / S1106 form.

The layout is drawn with reportlab in PDF points (A4, origin bottom-left). Every place a
value may go is recorded as a *slot*; every printed label and every box edge is recorded
too, so that `check_overlaps` can prove that no label touches a box line or a value zone.
"""

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSansB": TT + "liberation/LiberationSans-Bold.ttf",
    "LibSansI": TT + "liberation/LiberationSans-Italic.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "OpenSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OpenSansB": TT + "open-sans/OpenSans-Bold.ttf",
    "OpenSansSB": TT + "open-sans/OpenSans-Semibold.ttf",
    "RobotoC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoCB": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Courier": TT + "liberation/LiberationMono-Regular.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

RUNS = {
    "A": {
        "font": "LibSans",
        "bold": "LibSansB",
        "small": "Carlito",
        "color": (0.05, 0.30, 0.60),
        "labels": "beside",
        "sig_label": "above",
        "comb": 13.0,
        "name_comb": False,
    },
    "B": {
        "font": "OpenSans",
        "bold": "OpenSansB",
        "small": "RobotoC",
        "color": (0.0, 0.40, 0.36),
        "labels": "above",
        "sig_label": "inside",
        "comb": 11.4,
        "name_comb": True,
    },
}

NOTICE = (
    "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou vous "
    "y exercez une activité professionnelle : utilisez ce formulaire pour demander la prise en "
    "charge de vos frais de santé. Remplissez-le en lettres capitales, datez-le, signez-le et "
    "adressez-le avec les pièces justificatives à la caisse d'assurance maladie de votre lieu "
    "de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 à R. 111-4 et D. 160-2 du code de la "
    "sécurité sociale."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, résidence). Je suis informé(e) que toute fausse déclaration m'expose "
    "aux sanctions prévues par les articles 313-1 et 441-1 du code pénal et L. 114-13 du code "
    "de la sécurité sociale."
)
PIECES = [
    "une pièce d'identité en cours de validité : passeport, ou carte nationale d'identité si "
    "vous êtes ressortissant(e) de l'UE, de l'EEE ou de la Suisse ;",
    "si vous êtes de nationalité étrangère (hors UE/EEE/Suisse) : votre titre de séjour, votre "
    "visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;",
    "une copie intégrale de votre acte de naissance ; s'il a été établi à l'étranger, "
    "apostillé ou légalisé selon le pays ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
    "successives, ou attestation d'hébergement avec les justificatifs de l'hébergeant ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Vous disposez "
    "d'un droit d'accès et de rectification auprès de votre caisse (loi 78-17 du 6 janvier "
    "1978 modifiée, règlement (UE) 2016/679)."
)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée en France (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi, inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) en France"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Autre contrat"]


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, width):
    lines, cur = [], ""
    for word in text.split():
        cand = (cur + " " + word).strip()
        if sw(cand, font, size) <= width:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return lines


class Form:
    """Draw one print run on a reportlab canvas, page by page, and record slots."""

    def __init__(self, c, run):
        self.c = c
        self.run = run
        self.r = RUNS[run]
        self.slots = {}
        self.labels = []  # (page, x0, y0, x1, y1, text)
        self.edges = []  # (page, x0, y0, x1, y1)
        self.page = 1

    # -- primitives ---------------------------------------------------------
    def label(self, x, y, text, size=8.2, font=None, color=(0, 0, 0), record=True):
        font = font or self.r["font"]
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x, y, text)
        w = sw(text, font, size)
        if record:
            self.labels.append((self.page, x, y - 0.22 * size, x + w, y + 0.75 * size, text))
        return x + w

    def rect(self, x, y, w, h, lw=0.7, color=(0, 0, 0), fill=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, y, w, h, stroke=1, fill=1 if fill else 0)
        t = lw / 2
        for e in (
            (x - t, y - t, x + w + t, y + t),
            (x - t, y + h - t, x + w + t, y + h + t),
            (x - t, y - t, x + t, y + h + t),
            (x + w - t, y - t, x + w + t, y + h + t),
        ):
            self.edges.append((self.page, *e))

    def hline(self, x0, x1, y, dotted=False, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(0.25, 0.25, 0.25)
        if dotted:
            c.setDash(0.8, 2.2)
        c.line(x0, y, x1, y)
        c.setDash()
        self.edges.append((self.page, x0, y - lw, x1, y + lw))

    def slot(self, name, kind, x, y, w, h, **kw):
        self.slots[name] = {"kind": kind, "page": self.page, "x": x, "y": y, "w": w, "h": h, **kw}

    # -- composite fields -----------------------------------------------------
    def line_field(self, name, label, x, y, x_end):
        """Label + line for a value. y is the baseline of the row."""
        if self.r["labels"] == "beside":
            x1 = self.label(x, y, label)
            x0 = x1 + 5
            self.hline(x0, x_end, y - 2.5, dotted=True)
            self.slot(name, "line", x0 + 2, y - 1.0, x_end - x0 - 4, 11.5)
        else:
            self.label(x, y + 10.5, label, size=6.8, color=(0.3, 0.3, 0.3))
            self.rect(x, y - 7, x_end - x, 14.5, lw=0.5)
            self.slot(name, "line", x + 3, y - 4.5, x_end - x - 6, 10.5)

    def comb(self, name, label, x, y, groups, cell=None, seps=None, sub=None):
        """Comb boxes. groups: list of cell counts; seps: text printed between groups."""
        cell = cell or self.r["comb"]
        ch = cell * 1.18
        if self.r["labels"] == "beside":
            x = self.label(x, y, label) + 6
            by = y - 3.5
        else:
            self.label(x, y + 10.5, label, size=6.8, color=(0.3, 0.3, 0.3))
            by = y - 7
        cells = []
        for gi, n in enumerate(groups):
            for _ in range(n):
                self.rect(x, by, cell, ch, lw=0.55)
                cells.append((x, by, cell, ch))
                x += cell
            if gi < len(groups) - 1:
                gap = 7.0
                if seps and seps[gi]:
                    s = seps[gi]
                    gw = sw(s, self.r["font"], 8) + 6
                    self.label(x + 3, by + 3.5, s, size=8)
                    gap = gw
                x += gap
        self.slot(name, "comb", cells[0][0], by, x - cells[0][0], ch, cells=cells)
        return x

    def tick(self, name, x, y, text, size=8.2):
        b = 8.6
        self.rect(x, y - 1.5, b, b, lw=0.7)
        self.slot(name, "box", x, y - 1.5, b, b)
        return self.label(x + b + 4, y, text, size=size)

    def section(self, letter, title, y):
        c, col = self.c, self.r["color"]
        if self.run == "A":
            c.setFillColorRGB(*col)
            c.rect(40, y - 4, 515, 16, stroke=0, fill=1)
            self.label(
                46,
                y + 0.5,
                letter + "   " + title,
                size=10.5,
                font=self.r["bold"],
                color=(1, 1, 1),
                record=False,
            )
        else:
            c.setFillColorRGB(*col)
            c.circle(49, y + 3.5, 8, stroke=0, fill=1)
            self.label(
                45.5, y, letter, size=10.5, font=self.r["bold"], color=(1, 1, 1), record=False
            )
            self.label(62, y, title, size=11, font=self.r["bold"], color=col, record=False)
            c.setStrokeColorRGB(*col)
            c.setLineWidth(1.2)
            c.line(40, y - 8, 555, y - 8)

    def footer(self, n):
        txt = f"S1106 — cerfa n° 15763*02 — page {n}/2"
        f = self.r["small"]
        self.c.setFillColorRGB(0.3, 0.3, 0.3)
        self.c.setFont(f, 7.5)
        if self.run == "A":
            self.c.drawRightString(555, 24, txt)
        else:
            self.c.drawCentredString(W / 2, 22, txt)

    # -- pages ------------------------------------------------------------------
    def header(self):
        c, r, col = self.c, self.r, self.r["color"]
        if self.run == "A":
            self.label(40, 808, "l'Assurance", size=15, font=r["bold"], color=col, record=False)
            self.label(40, 792, "Maladie", size=15, font=r["bold"], color=col, record=False)
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(1)
            c.rect(478, 786, 77, 34)
            self.label(484, 806, "cerfa", size=13, font="LibSansI", record=False)
            self.label(484, 791, "N° 15763*02", size=9, font=r["bold"], record=False)
            ty = 760
        else:
            c.setFillColorRGB(*col)
            c.roundRect(40, 786, 150, 36, 6, stroke=0, fill=1)
            self.label(
                50, 807, "l'Assurance", size=12, font=r["bold"], color=(1, 1, 1), record=False
            )
            self.label(50, 793, "Maladie", size=12, font=r["bold"], color=(1, 1, 1), record=False)
            self.label(440, 808, "cerfa", size=11, font="RobotoCB", record=False)
            self.label(440, 795, "N° 15763*02", size=9, font=r["font"], record=False)
            c.setLineWidth(0.8)
            c.rect(434, 788, 86, 32)
            ty = 762
        c.setFillColorRGB(0, 0, 0)
        c.setFont(r["bold"], 13.5)
        c.drawCentredString(W / 2, ty, "Demande d'ouverture des droits à l'assurance maladie")
        c.setFont(r["font"], 10.5)
        c.drawCentredString(W / 2, ty - 15, "Protection universelle maladie (PUMa)")
        y = ty - 30
        c.setFont(r["small"], 6.8)
        for ln in wrap(NOTICE, r["small"], 6.8, 515):
            c.drawString(40, y, ln)
            y -= 8
        c.setFont(r["small"], 6.3)
        c.drawString(40, y, LEGAL)
        return y - 22

    def page1(self):
        r = self.r
        y = self.header()
        self.section("A", "VOUS", y)
        step = 25 if r["labels"] == "beside" else 29
        y -= step + 2
        if r["name_comb"]:
            self.comb("surname", "Nom de naissance", 40, y, [30], cell=11.6)
            y -= step
            self.line_field("usage_name", "Nom d'usage (facultatif)", 40, y, 555)
            y -= step
            self.comb("given_names", "Prénom(s)", 40, y, [30], cell=11.6)
        else:
            self.line_field("surname", "Nom de naissance :", 40, y, 555)
            y -= step
            self.line_field("usage_name", "Nom d'usage (facultatif) :", 40, y, 555)
            y -= step
            self.line_field("given_names", "Prénom(s) :", 40, y, 555)
        y -= step
        if r["labels"] == "beside":
            x = self.label(40, y, "Sexe :") + 10
        else:
            x = self.label(40, y, "Sexe", size=7.5, color=(0.3, 0.3, 0.3)) + 8
        x = self.tick("sex_F", x, y, "Féminin") + 14
        x = self.tick("sex_M", x, y, "Masculin") + 24
        seps = ["/", "/"] if self.run == "B" else None
        self.comb("dob", "Date de naissance (JJ MM AAAA)", x, y, [2, 2, 4], seps=seps)
        y -= step
        self.line_field("birth_city", "Lieu de naissance : commune", 40, y, 330)
        self.line_field("birth_country", "pays", 340, y, 555)
        y -= step
        self.line_field("nationality", "Nationalité", 40, y, 330)
        y -= step
        groups = [1, 2, 2, 2, 3, 3, 2] if self.run == "B" else [13, 2]
        seps = None if self.run == "B" else ["clé"]
        self.comb("nir", "N° de sécurité sociale (si vous en avez un)", 40, y, groups, seps=seps)
        y -= step
        self.line_field("address", "Adresse", 40, y, 555)
        y -= step
        x = self.comb("postcode", "Code postal", 40, y, [5]) + 12
        self.line_field("city", "Commune", x, y, 555)
        y -= step
        self.line_field("phone", "Téléphone", 40, y, 250)
        self.line_field("email", "Adresse e-mail", 260, y, 555)
        y -= step + 14
        self.section("B", "VOTRE SITUATION", y)
        y -= step
        self.label(40, y, "Cochez la case qui correspond à votre situation actuelle :", size=8)
        y -= 20
        for key, text in SITUATIONS:
            end = self.tick("sit_" + key, 46, y, text)
            if key == "salarie":
                y -= 17
                x = self.label(62, y, "Type de contrat :", size=8) + 8
                for ct in CONTRACTS:
                    x = self.tick("ct_" + ct, x, y, ct, size=8) + 14
                y -= 20
                self.line_field("job", "Emploi occupé", 62, y, 400)
            if key == "autre":
                self.hline(end + 5, 555, y - 2.5, dotted=True)
                self.slot("other_text", "line", end + 7, y - 1.0, 555 - end - 11, 11.5)
            y -= 22
        self.footer(1)

    def page2(self):
        r, c = self.r, self.c
        y = 800
        self.section("C", "VOS ENGAGEMENTS ET SIGNATURE", y)
        y -= 26
        c.setFillColorRGB(0, 0, 0)
        c.setFont(r["font"], 8.6)
        for ln in wrap(CERTIF, r["font"], 8.6, 510):
            c.drawString(42, y, ln)
            y -= 11.5
        y -= 18
        if r["labels"] == "beside":
            self.line_field("place", "Fait à", 40, y, 300)
            self.line_field("date", "le", 312, y, 470)
        else:
            self.line_field("place", "Fait à", 40, y, 290)
            self.line_field("date", "le", 300, y, 470)
        y -= 24
        if r["sig_label"] == "above":
            self.label(300, y, "Signature", size=9, font=r["bold"])
            self.rect(300, y - 92, 255, 84, lw=0.8)
            self.slot("signature", "sig", 303, y - 89, 249, 78)
            y -= 112
        else:
            self.rect(40, y - 92, 300, 90, lw=0.8)
            self.label(46, y - 13, "Signature", size=9, color=(0.62, 0.62, 0.62))
            self.slot("signature", "sig", 44, y - 89, 292, 68)
            y -= 112
        y -= 8
        if self.run == "A":
            c.setFillColorRGB(*r["color"])
            c.rect(40, y - 4, 515, 15, stroke=0, fill=1)
            self.label(
                46,
                y,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                size=9.5,
                font=r["bold"],
                color=(1, 1, 1),
                record=False,
            )
        else:
            self.label(
                40,
                y,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                size=10,
                font=r["bold"],
                color=r["color"],
                record=False,
            )
        y -= 20
        c.setFillColorRGB(0, 0, 0)
        for item in PIECES:
            c.setFont(r["font"], 8.4)
            c.drawString(46, y, "•" if self.run == "A" else "–")
            for ln in wrap(item, r["font"], 8.4, 490):
                c.drawString(58, y, ln)
                y -= 10.5
            y -= 3
        y -= 18
        c.setStrokeColorRGB(0.4, 0.4, 0.4)
        if self.run == "A":
            c.setDash(3, 2)
        c.setLineWidth(0.8)
        c.rect(40, y - 62, 515, 72)
        c.setDash()
        c.setFont(r["bold"], 8.5)
        c.drawString(48, y - 4, "Cadre réservé à l'organisme")
        c.setFont(r["font"], 8)
        c.drawString(48, y - 24, "Date de réception : ....../....../..........")
        c.drawString(300, y - 24, "Pièces vérifiées :  oui")
        bx = 302 + sw("Pièces vérifiées :  oui", r["font"], 8)
        c.rect(bx, y - 25, 7, 7)
        c.drawString(bx + 14, y - 24, "non")
        c.rect(bx + 16 + sw("non", r["font"], 8), y - 25, 7, 7)
        c.drawString(48, y - 44, "Matricule agent : ..............................")
        c.drawString(300, y - 44, "Visa :")
        y -= 88
        c.setFont(r["small"], 6.5)
        for ln in wrap(CNIL, r["small"], 6.5, 515):
            c.drawString(40, y, ln)
            y -= 8
        self.footer(2)


def check_overlaps(form):
    """Assert that no recorded label touches a box edge or a value slot."""

    def inter(a, b):
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    zones = list(form.edges)
    for s in form.slots.values():
        if s["kind"] == "comb":
            continue  # the comb cells are in edges
        zones.append((s["page"], s["x"], s["y"], s["x"] + s["w"], s["y"] + s["h"]))
    for lab in form.labels:
        for z in zones:
            if lab[0] == z[0] and inter(lab[1:5], z[1:5]):
                raise AssertionError(f"label {lab[5]!r} overlaps {z}")
