"""Three home-made "print runs" of the cerfa 15763*02 (S1106) drawn with reportlab.

The layout follows the public description of the form (two A4 pages, sections A, B, C,
list of supporting documents, "cadre réservé à l'organisme", S1106 footer). Values are not
drawn here: every field calls a *filler* (typed, handwritten or AcroForm) so that one layout
serves every way of filling it in.
"""

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 210 * mm, 297 * mm
TT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "LibSans-BI": TT + "liberation/LiberationSans-BoldItalic.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Carlito-I": TT + "crosextra/Carlito-Italic.ttf",
    "Carlito-BI": TT + "crosextra/Carlito-BoldItalic.ttf",
    "Roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-I": TT + "roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    "Roboto-BI": TT + "roboto/unhinted/RobotoTTF/Roboto-BoldItalic.ttf",
    "LibSerif": TT + "liberation/LiberationSerif-Regular.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
}


def register_fonts(extra=None):
    for name, path in {**FONT_FILES, **(extra or {})}.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


BLUE = Color(0.05, 0.25, 0.55)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.93, 0.94, 0.96)

# Three print runs.  label: where a field's label sits; names_comb: one box per letter for
# names; bar: how section titles look; sig_label: where "Signature" is printed.
STYLES = {
    "A": dict(
        font="LibSans",
        label="above",
        names_comb=True,
        cell=4.5,
        bar="filled",
        colour=BLUE,
        sig_label="above",
        date_comb=False,
        tick="square",
        sex_words=False,
    ),
    "B": dict(
        font="Carlito",
        label="beside",
        names_comb=False,
        cell=4.2,
        bar="underline",
        colour=Color(0.1, 0.1, 0.1),
        sig_label="inside",
        date_comb=False,
        tick="square",
        sex_words=True,
    ),
    "C": dict(
        font="Roboto",
        label="inside",
        names_comb=False,
        cell=5.0,
        bar="band",
        colour=Color(0.0, 0.36, 0.6),
        sig_label="grey",
        date_comb=True,
        tick="round",
        sex_words=False,
    ),
}

NOTICE = (
    "Vous travaillez en France, ou vous y résidez de manière stable et régulière depuis plus "
    "de trois mois : vous avez droit à la prise en charge de vos frais de santé au titre de la "
    "protection universelle maladie. Complétez ce formulaire en lettres capitales, datez-le, "
    "signez-le et adressez-le avec les pièces justificatives à la caisse d'assurance maladie "
    "de votre lieu de résidence. Pour tout renseignement : ameli.fr ou 36 46."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-1, R. 111-3 et R. 160-1 du code de la "
    "sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement de situation "
    "(adresse, activité professionnelle, situation familiale)."
)
FRAUD = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
    "313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-13 du code de la "
    "sécurité sociale)."
)
PIECES = [
    "la photocopie d'une pièce d'identité en cours de validité : passeport, ou carte nationale "
    "d'identité pour les ressortissants de l'Union européenne, de l'EEE ou de la Suisse ;",
    "si vous êtes ressortissant d'un autre pays : la photocopie de votre titre de séjour, de "
    "votre visa long séjour valant titre de séjour (VLS-TS) ou de votre récépissé ;",
    "une copie intégrale ou un extrait avec filiation de votre acte de naissance ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
    "successives (électricité, gaz, eau, téléphone, internet) ou attestation d'hébergement "
    "accompagnée de la pièce d'identité et d'un justificatif de domicile de l'hébergeant ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit d'accès "
    "et de rectification des données vous concernant auprès de votre caisse d'assurance maladie."
)
WHERE = (
    "À la caisse primaire d'assurance maladie (CPAM) de votre lieu de résidence ; son adresse "
    "figure sur ameli.fr. N'envoyez que des photocopies : les originaux ne vous seront pas "
    "retournés. Un dossier incomplet ne peut pas être traité ; vous recevrez un courrier vous "
    "indiquant les pièces manquantes."
)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, "
        "micro-entrepreneur, profession libérale)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France "
        "de manière stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]


def Y(t):
    """Page y coordinate (points) from a distance `t` in mm below the top edge."""
    return PAGE_H - t * mm


class Layout:
    """Draws one print run; `fill` writes the values, `dfill` the date and place."""

    def __init__(self, c, style, vals, fill, dfill, names):
        self.c, self.s, self.v, self.fill, self.dfill = c, STYLES[style], vals, fill, dfill
        self.run = style
        self.names = names
        self.f = self.s["font"]
        self.fb = self.f + "-B"
        self.x0, self.x1 = 15 * mm, 195 * mm

    # ---- small drawing helpers -------------------------------------------------------------
    def txt(self, x, t, s, size=8, font=None, colour=None, right=False, centre=False):
        c = self.c
        c.setFillColor(colour or Color(0, 0, 0))
        c.setFont(font or self.f, size)
        if right:
            c.drawRightString(x, Y(t), s)
        elif centre:
            c.drawCentredString(x, Y(t), s)
        else:
            c.drawString(x, Y(t), s)

    def para(self, x, t, w, s, size=7, lead=1.25, font=None):
        lines = simpleSplit(s, font or self.f, size, w)
        for i, line in enumerate(lines):
            self.txt(x, t + i * size * lead / mm, line, size, font)
        return t + len(lines) * size * lead / mm

    def box(self, x, t, w, h, fill=None, stroke=0.6, grey=0.0):
        c = self.c
        c.setLineWidth(stroke)
        c.setStrokeColor(Color(grey, grey, grey))
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, Y(t + h), w, h * mm, stroke=1, fill=1 if fill is not None else 0)

    def tickbox(self, name, x, t, on, size=3.4):
        """A tick box whose top-left corner is at (x, t)."""
        c = self.c
        c.setLineWidth(0.7)
        c.setStrokeColor(Color(0, 0, 0))
        if self.s["tick"] == "round":
            c.roundRect(x, Y(t + size), size * mm, size * mm, 0.8 * mm, stroke=1, fill=0)
        else:
            c.rect(x, Y(t + size), size * mm, size * mm, stroke=1, fill=0)
        self.fill.check(c, self.names(name), x, Y(t + size), size * mm, on)

    def section(self, t, letter, title):
        c, s = self.c, self.s
        if s["bar"] == "filled":
            c.setFillColor(s["colour"])
            c.rect(self.x0, Y(t + 6), self.x1 - self.x0, 6 * mm, stroke=0, fill=1)
            self.txt(
                self.x0 + 2 * mm, t + 4.3, f"{letter}   {title}", 10.5, self.fb, Color(1, 1, 1)
            )
        elif s["bar"] == "underline":
            self.txt(self.x0, t + 4.5, f"{letter}. {title}", 11.5, self.fb)
            c.setLineWidth(1.2)
            c.setStrokeColor(Color(0, 0, 0))
            c.line(self.x0, Y(t + 6), self.x1, Y(t + 6))
        else:
            c.setFillColor(LIGHT)
            c.rect(self.x0, Y(t + 6.5), self.x1 - self.x0, 6.5 * mm, stroke=0, fill=1)
            c.setFillColor(s["colour"])
            c.circle(self.x0 + 4 * mm, Y(t + 3.25), 2.6 * mm, stroke=0, fill=1)
            self.txt(self.x0 + 4 * mm, t + 4.4, letter, 9.5, self.fb, Color(1, 1, 1), centre=True)
            self.txt(self.x0 + 9 * mm, t + 4.6, title, 10.5, self.fb, s["colour"])
        return t + 9

    # ---- fields ----------------------------------------------------------------------------
    def comb_cells(self, x, t, groups, cell, h, sep=None):
        """Draw comb boxes; return [(cells, ...)] per group; cells are (x, y, w, h) in pt."""
        out = []
        for gi, n in enumerate(groups):
            cells = []
            for _ in range(n):
                self.box(x, t, cell * mm, h, fill=Color(1, 1, 1), stroke=0.5)
                cells.append((x, Y(t + h), cell * mm, h * mm))
                x += cell * mm
            out.append(cells)
            if gi < len(groups) - 1:
                if sep:
                    self.txt(x + 0.9 * mm, t + h - 1.2, sep, 9)
                x += cell * mm * (0.55 if sep else 0.35)
        return out, x

    def field(self, key, label, x, t, w, groups=None, sep=None, value=None):
        """One labelled field; text when groups is None, comb boxes otherwise."""
        s, f = self.s, self.fill
        value = self.v.get(key, "") if value is None else value
        cell = s["cell"]
        if s["label"] == "above":
            self.txt(x, t + 2.6, label, 7.2)
            top, h = t + 3.6, 5.6
            if groups is None:
                self.box(x, top, w - 2 * mm, h, stroke=0.5)
                f.text(self.c, self.names(key), x + 1.2 * mm, Y(top + h - 1.5), w - 4 * mm, value)
                return
            x_c = x
        elif s["label"] == "beside":
            self.txt(x, t + 5, label + " :", 9)
            lx = x + pdfmetrics.stringWidth(label + " :", self.f, 9) + 1.5 * mm
            top, h = t + 1, 5.2
            if groups is None:
                c = self.c
                c.setDash(0.6, 1.6)
                c.setLineWidth(0.6)
                c.setStrokeColor(Color(0.2, 0.2, 0.2))
                c.line(lx, Y(t + 5.6), x + w - 2 * mm, Y(t + 5.6))
                c.setDash()
                f.text(self.c, self.names(key), lx + 0.8 * mm, Y(t + 5), x + w - lx - 3 * mm, value)
                return
            x_c = lx
        else:  # inside
            top_cell = t
            self.box(x, top_cell, w - 1.5 * mm, 9.6, fill=LIGHT, stroke=0.4, grey=0.6)
            self.txt(x + 1.2 * mm, t + 2.6, label, 6.2, colour=Color(0.25, 0.25, 0.3))
            if groups is None:
                f.text(self.c, self.names(key), x + 1.6 * mm, Y(t + 7.6), w - 4 * mm, value)
                return
            top, h = t + 3.4, 5.4
            x_c = x + 1.2 * mm
        groups_cells, _ = self.comb_cells(x_c, top, groups, cell, h, sep)
        pos = 0
        for gi, cells in enumerate(groups_cells):
            part = value[pos : pos + len(cells)]
            pos += len(cells)
            f.comb(self.c, self.names(f"{key}_{gi + 1}" if len(groups) > 1 else key), cells, part)

    def row_height(self):
        return {"above": 10.2, "beside": 9.0, "inside": 11.0}[self.s["label"]]

    # ---- page 1 ----------------------------------------------------------------------------
    def header(self):
        c, s = self.c, self.s
        col = BLUE if self.run != "C" else s["colour"]
        c.setFillColor(col)
        c.roundRect(self.x0, Y(22), 13 * mm, 13 * mm, 3 * mm, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.circle(self.x0 + 6.5 * mm, Y(15.5), 3.2 * mm, stroke=0, fill=1)
        c.setFillColor(col)
        c.circle(self.x0 + 6.5 * mm, Y(15.5), 1.6 * mm, stroke=0, fill=1)
        self.txt(self.x0 + 15 * mm, 14.5, "l'Assurance", 11, self.f, col)
        self.txt(self.x0 + 15 * mm, 20, "Maladie", 13, self.fb, col)
        # cerfa box
        bx = self.x1 - 34 * mm
        self.box(bx, 9, 34 * mm, 14, stroke=0.8)
        self.txt(bx + 17 * mm, 15, "cerfa", 14, self.f + "-BI", centre=True)
        self.txt(bx + 17 * mm, 20.5, "N° 15763*02", 9, self.fb, centre=True)
        t = 33
        title = "Demande d'ouverture des droits à l'assurance maladie"
        self.txt(PAGE_W / 2, t, title, 14.5 if self.run != "B" else 15.5, self.fb, centre=True)
        self.txt(PAGE_W / 2, t + 6, "Protection universelle maladie (PUMa)", 11, centre=True)
        self.txt(PAGE_W / 2, t + 10.5, LEGAL, 6.5, self.f + "-I", centre=True)
        return self.para(self.x0, t + 16, self.x1 - self.x0, NOTICE, 7.2) + 2

    def page1(self):
        t = self.header()
        t = self.section(t, "A", "VOUS")
        rh, W = self.row_height(), self.x1 - self.x0
        x0, cell = self.x0, self.s["cell"]
        ncells = int((W - 3 * mm) / (cell * mm))
        names = [
            ("nom", "Nom de naissance (en majuscules)"),
            ("nom_usage", "Nom d'usage (facultatif)"),
            ("prenoms", "Prénom(s) (dans l'ordre de l'état civil)"),
        ]
        for key, label in names:
            if self.s["names_comb"]:
                self.field(key, label, x0, t, W, groups=[ncells])
            else:
                self.field(key, label, x0, t, W)
            t += rh
        self.sex_field(x0, t, 0.36 * W)
        self.field(
            "dob",
            "Date de naissance (JJ MM AAAA)",
            x0 + 0.36 * W,
            t,
            0.64 * W,
            groups=[2, 2, 4],
            sep="/" if self.run != "C" else None,
        )
        t += rh
        self.field("lieu_commune", "Lieu de naissance : commune", x0, t, 0.55 * W)
        self.field("lieu_pays", "Pays", x0 + 0.55 * W, t, 0.45 * W)
        t += rh
        self.field("nationalite", "Nationalité", x0, t, 0.45 * W)
        self.field("caf", "N° d'allocataire CAF (le cas échéant)", x0 + 0.45 * W, t, 0.55 * W)
        t += rh
        self.field(
            "nir",
            "N° de sécurité sociale (si vous en avez un)",
            x0,
            t,
            W,
            groups=[1, 2, 2, 2, 3, 3, 2],
        )
        t += rh
        self.field("adresse", "Adresse (n°, rue, bâtiment, étage...)", x0, t, W)
        t += rh
        self.field("cp", "Code postal", x0, t, 0.38 * W, groups=[5])
        self.field("commune", "Commune", x0 + 0.38 * W, t, 0.62 * W)
        t += rh
        self.field("tel", "Téléphone", x0, t, 0.4 * W)
        self.field("email", "Adresse électronique", x0 + 0.4 * W, t, 0.6 * W)
        t += rh + 3
        t = self.section(t, "B", "VOTRE SITUATION")
        self.txt(
            x0,
            t + 1,
            "Cochez la case qui correspond à votre situation actuelle :",
            8.5,
            self.f + "-I",
        )
        t += 4
        self.situations(t)
        self.footer(1)

    def sex_field(self, x, t, w):
        s, v = self.s, self.v.get("sexe", "")
        words = ("Féminin", "Masculin") if s["sex_words"] else ("F", "M")
        if s["label"] == "above":
            self.txt(x, t + 2.6, "Sexe", 7.2)
            tt = t + 4.6
        elif s["label"] == "beside":
            self.txt(x, t + 5, "Sexe :", 9)
            tt, x = t + 2.1, x + 10 * mm
        else:
            self.box(x, t, w - 1.5 * mm, 9.6, fill=LIGHT, stroke=0.4, grey=0.6)
            self.txt(x + 1.2 * mm, t + 2.6, "Sexe", 6.2, colour=Color(0.25, 0.25, 0.3))
            tt, x = t + 4.6, x + 1.5 * mm
        for word, code in zip(words, "FM"):
            self.tickbox(f"sexe_{code}", x, tt, v == code)
            self.txt(x + 4.6 * mm, tt + 2.9, word, 8.5)
            x += (6.5 + len(word) * 1.9) * mm

    def situations(self, t):
        v, x0 = self.v, self.x0
        chosen = v.get("situations", [])
        w = self.x1 - x0 - 8 * mm
        for key, label in SITUATIONS:
            self.tickbox(f"sit_{key}", x0 + 1 * mm, t + 0.6, key in chosen)
            lines = simpleSplit(label, self.f, 8.8, w)
            for i, line in enumerate(lines):
                self.txt(x0 + 7 * mm, t + 3.3 + i * 3.9, line, 8.8)
            t += 3.9 * len(lines) + 1.4
            if key == "salarie":
                t = self.employee_lines(t)
            elif key == "etudiant":
                self.txt(x0 + 10 * mm, t + 3, "Établissement :", 8.5)
                self.line_value("etablissement", x0 + 33 * mm, t, 120 * mm)
                t += 6
            elif key == "autre":
                self.line_value("autre_text", x0 + 7 * mm, t, 170 * mm)
                t += 6.5
            t += 1.6
        return t

    def line_value(self, key, x, t, w):
        c = self.c
        c.setDash(0.6, 1.6)
        c.setLineWidth(0.6)
        c.setStrokeColor(Color(0.2, 0.2, 0.2))
        c.line(x, Y(t + 3.6), x + w, Y(t + 3.6))
        c.setDash()
        self.fill.text(c, self.names(key), x + 1 * mm, Y(t + 3), w - 2 * mm, self.v.get(key, ""))

    def employee_lines(self, t):
        x0 = self.x0 + 10 * mm
        self.txt(x0, t + 3, "Profession :", 8.5)
        self.line_value("profession", x0 + 19 * mm, t, 62 * mm)
        x = x0 + 86 * mm
        self.txt(x, t + 3, "Contrat :", 8.5)
        x += 14 * mm
        for k in ("CDI", "CDD", "Intérim", "Autre"):
            self.tickbox(f"contrat_{k}", x, t + 0.4, self.v.get("contrat") == k, size=3.0)
            self.txt(x + 4 * mm, t + 3, k, 8.5)
            x += (7 + len(k) * 1.7) * mm
        return t + 6

    def footer(self, page):
        c = self.c
        c.setLineWidth(0.4)
        c.setStrokeColor(GREY)
        c.line(self.x0, Y(286), self.x1, Y(286))
        self.txt(self.x0, 290, "S1106 — cerfa n° 15763*02", 7, colour=GREY)
        self.txt(self.x1, 290, f"page {page}/2", 7, colour=GREY, right=True)
        if page == 1 and self.run != "B":
            self.txt(PAGE_W / 2, 290, "Tournez la page SVP  >", 7, colour=GREY, centre=True)
        if self.run == "B":
            self.txt(PAGE_W / 2, 290, "S1106b – 10/2025", 6.5, colour=GREY, centre=True)

    # ---- page 2 ----------------------------------------------------------------------------
    def page2(self, signature):
        c, x0, W = self.c, self.x0, self.x1 - self.x0
        t = 16
        t = self.section(t, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        t = self.para(x0, t + 1.5, W, CERTIF, 9, 1.3) + 1.5
        t = self.para(x0, t, W, FRAUD, 7, 1.25) + 4
        # "Fait à ... le ..." on one line
        self.txt(x0, t + 4, "Fait à", 10)
        c.setDash(0.6, 1.6)
        c.setLineWidth(0.6)
        c.setStrokeColor(Color(0.2, 0.2, 0.2))
        c.line(x0 + 12 * mm, Y(t + 4.6), x0 + 80 * mm, Y(t + 4.6))
        self.dfill.text(c, self.names("fait_a"), x0 + 13 * mm, Y(t + 4), 65 * mm, self.v["fait_a"])
        self.txt(x0 + 84 * mm, t + 4, "le", 10)
        if self.s["date_comb"]:
            c.setDash()
            cells, _ = self.comb_cells(x0 + 90 * mm, t, [2, 2, 4], 5.0, 5.6, sep="/")
            digits = self.v.get("date_digits", "")
            pos = 0
            for gi, cl in enumerate(cells):
                self.dfill.comb(
                    c, self.names(f"date_sign_{gi + 1}"), cl, digits[pos : pos + len(cl)]
                )
                pos += len(cl)
        else:
            c.line(x0 + 89 * mm, Y(t + 4.6), x0 + 140 * mm, Y(t + 4.6))
            c.setDash()
            self.dfill.text(
                c,
                self.names("date_sign"),
                x0 + 90 * mm,
                Y(t + 4),
                48 * mm,
                self.v.get("date_text", ""),
            )
        t += 10
        # signature box
        bx, bw, bh = (x0 + 95 * mm, 85 * mm, 36) if self.run != "B" else (x0, 95 * mm, 34)
        if self.s["sig_label"] == "above":
            self.txt(bx, t + 3, "Signature", 9, self.fb)
            t += 4.5
        self.box(bx, t, bw, bh, stroke=0.8)
        if self.s["sig_label"] == "inside":
            self.txt(bx + 2 * mm, t + 4, "Signature", 8.5, self.fb)
        elif self.s["sig_label"] == "grey":
            self.txt(
                bx + bw / 2,
                t + bh / 2 + 2.5,
                "Signature",
                20,
                self.f,
                Color(0.85, 0.85, 0.85),
                centre=True,
            )
        if signature is not None:
            signature(c, bx, Y(t + bh), bw, bh * mm)
        t += bh + 7
        # supporting documents
        if self.s["bar"] == "filled":
            c.setFillColor(self.s["colour"])
            c.rect(x0, Y(t + 6), W, 6 * mm, stroke=0, fill=1)
            self.txt(
                x0 + 2 * mm,
                t + 4.3,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                10,
                self.fb,
                Color(1, 1, 1),
            )
            t += 9
        else:
            self.txt(
                x0,
                t + 4,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                10.5,
                self.fb,
                self.s["colour"],
            )
            t += 7.5
        for p in PIECES:
            bullet = "•" if self.run != "B" else "-"
            self.txt(x0 + 2 * mm, t + 3, bullet, 9)
            t = self.para(x0 + 6 * mm, t + 3, W - 6 * mm, p, 8.6, 1.28) - 3 + 1.3
        t += 5
        t = self.para(x0, t, W, CNIL, 6.6) + 5
        self.txt(x0, t + 3, "Où envoyer votre demande ?", 9.5, self.fb, self.s["colour"])
        t = self.para(x0, t + 7.5, W, WHERE, 8.4, 1.3) + 4
        t = max(t, 252.0)
        # cadre réservé
        self.box(x0, t, W, 24, stroke=0.6, fill=Color(0.96, 0.96, 0.96))
        self.txt(x0 + 2 * mm, t + 4.5, "Cadre réservé à l'organisme", 9, self.fb)
        self.txt(x0 + 2 * mm, t + 11, "Date de réception :", 8)
        self.comb_cells(x0 + 32 * mm, t + 7.5, [2, 2, 4], 4.0, 4.6, sep="/")
        self.txt(x0 + 2 * mm, t + 18.5, "Pièces vérifiées :", 8)
        for i, k in enumerate(("oui", "non")):
            xx = x0 + (32 + 16 * i) * mm
            c.rect(xx, Y(t + 19), 3 * mm, 3 * mm)
            self.txt(xx + 4 * mm, t + 18.5, k, 8)
        self.txt(x0 + 100 * mm, t + 11, "Matricule agent :", 8)
        self.txt(x0 + 100 * mm, t + 18.5, "Visa :", 8)
        self.footer(2)


def draw_pages(c, style, vals, fill, dfill, signature, pages, names):
    """Draw the requested pages (1, 2) in the given order on canvas c."""
    for p in pages:
        lay = Layout(c, style, vals, fill, dfill, names)
        fill.page, dfill.page = p, p
        if p == 1:
            lay.page1()
        else:
            lay.page2(signature)
        c.showPage()
