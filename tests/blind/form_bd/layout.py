"""Blank cerfa 15763*02 (S1106) form, drawn in three "print runs".

Each run differs in fonts, section headers, comb style, label placement and box sizes.
`draw_page(c, run, page)` draws one page on a reportlab canvas and returns the slots
(where the values go) so that a filler can write into them.
"""

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PW, PH = A4
TT = "/usr/share/fonts/truetype/"
_FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Carlito-I": TT + "crosextra/Carlito-Italic.ttf",
    "OpenSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "OpenSans-I": TT + "open-sans/OpenSans-Italic.ttf",
}
_done = []


def register_fonts():
    if _done:
        return
    for name, path in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _done.append(1)


BLUE = (0.0, 0.31, 0.62)
# Three print runs of the same form.
RUNS = {
    "A": dict(
        f="LibSans",
        fb="LibSans-B",
        fi="LibSans-I",
        label_above=True,
        comb="boxes",
        cw=13.0,
        ch=16.0,
        box=9.5,
        section="bar",
        accent=BLUE,
        arrival=False,
        prenoms_comb=True,
        lab=7.6,
        fill=None,
    ),
    "B": dict(
        f="Carlito",
        fb="Carlito-B",
        fi="Carlito-I",
        label_above=False,
        comb="peigne",
        cw=14.5,
        ch=15.0,
        box=8.5,
        section="underline",
        accent=(0.1, 0.1, 0.1),
        arrival=True,
        prenoms_comb=False,
        gap=14,
        lab=9.0,
        fill=None,
    ),
    "C": dict(
        f="OpenSans",
        fb="OpenSans-B",
        fi="OpenSans-I",
        label_above=True,
        comb="grey",
        cw=12.2,
        ch=15.5,
        box=10.0,
        section="tab",
        accent=(0.05, 0.42, 0.55),
        arrival=False,
        prenoms_comb=True,
        gap=11,
        lab=7.0,
        fill=(0.9, 0.93, 0.96),
    ),
}

NOTICE = (
    "Vous travaillez ou vous résidez en France de manière stable et régulière : vous avez "
    "droit à la prise en charge de vos frais de santé au titre de la protection universelle "
    "maladie. Remplissez ce formulaire en lettres capitales, signez-le et adressez-le, "
    "accompagné des pièces justificatives demandées en page 2, à la caisse d'assurance maladie "
    "de votre lieu de résidence. Vos droits sont ouverts dès réception d'un dossier complet."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-1, R. 111-2, R. 111-3 et D. 160-2 du code "
    "de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité professionnelle, état civil). Je suis informé(e) que la caisse peut "
    "vérifier l'exactitude de mes déclarations auprès d'autres organismes."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code "
    "pénal). En outre, l'inexactitude ou le caractère incomplet des déclarations peut faire "
    "l'objet d'une pénalité financière en application de l'article L. 114-17-1 du code de la "
    "sécurité sociale."
)
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés et le règlement (UE) 2016/679 s'appliquent aux réponses faites sur ce formulaire. "
    "Elles garantissent un droit d'accès et de rectification pour les données vous concernant "
    "auprès de votre caisse d'assurance maladie."
)
PIECES = [
    "une pièce d'identité en cours de validité (passeport ou carte nationale d'identité) ;",
    "votre titre de séjour, visa long séjour valant titre de séjour (VLS-TS) ou récépissé "
    "de demande de titre de séjour, si vous n'êtes pas ressortissant de l'Union européenne ;",
    "votre acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou "
    "légalisé selon le pays ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, quittances, "
    "factures, attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class Page:
    def __init__(self, c, run):
        self.c = c
        self.s = RUNS[run]
        self.run = run
        self.slots = {}
        self.x0 = 34.0
        self.x1 = PW - 34.0

    # ---- primitives -------------------------------------------------------------------
    def text(self, x, y, t, size, bold=False, italic=False, color=(0, 0, 0)):
        f = self.s["fb"] if bold else self.s["fi"] if italic else self.s["f"]
        self.c.setFillColorRGB(*color)
        self.c.setFont(f, size)
        self.c.drawString(x, y, t)
        return pdfmetrics.stringWidth(t, f, size)

    def para(self, x, y, t, size, width, italic=False, lead=1.22):
        f = self.s["fi"] if italic else self.s["f"]
        self.c.setFillColorRGB(0.12, 0.12, 0.12)
        self.c.setFont(f, size)
        for line in simpleSplit(t, f, size, width):
            self.c.drawString(x, y, line)
            y -= size * lead
        return y

    def comb(self, name, x, y, n, groups=None):
        """Comb of n boxes, top-left at (x, y). Returns right edge."""
        s, c = self.s, self.c
        cw, ch = s["cw"], s["ch"]
        rects = []
        cx = x
        for i in range(n):
            if groups and i in groups:
                cx += cw * 0.55
            rects.append((cx, y - ch, cw, ch))
            cx += cw
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(*[v * 0.8 for v in s["accent"]])
        for rx, ry, rw, rh in rects:
            if s["comb"] == "boxes":
                c.rect(rx, ry, rw, rh, stroke=1, fill=0)
            elif s["comb"] == "grey":
                c.setFillColorRGB(*s["fill"])
                c.rect(rx + 0.8, ry, rw - 1.6, rh, stroke=0, fill=1)
            else:
                c.line(rx, ry, rx + rw, ry)
                c.line(rx, ry, rx, ry + rh * 0.35)
                c.line(rx + rw, ry, rx + rw, ry + rh * 0.35)
        self.slots[name] = ("comb", rects)
        return cx

    def line(self, name, x, y, w):
        """Free-text field: baseline at y - ch + 3, from x to x + w."""
        s, c = self.s, self.c
        ch = s["ch"]
        if s["comb"] == "grey":
            c.setFillColorRGB(*s["fill"])
            c.rect(x, y - ch, w, ch, stroke=0, fill=1)
        elif s["comb"] == "peigne":
            c.setDash(0.6, 1.8)
            c.setLineWidth(0.7)
            c.setStrokeColorRGB(0.25, 0.25, 0.25)
            c.line(x, y - ch + 1, x + w, y - ch + 1)
            c.setDash()
        else:
            c.setLineWidth(0.6)
            c.setStrokeColorRGB(*[v * 0.8 for v in s["accent"]])
            c.rect(x, y - ch, w, ch, stroke=1, fill=0)
        self.slots[name] = ("line", (x, y - ch, w, ch))
        return x + w

    def box(self, name, x, y):
        b = self.s["box"]
        c = self.c
        c.setLineWidth(0.7)
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x, y - b, b, b, stroke=1, fill=1)
        self.slots[name] = ("box", (x, y - b, b, b))
        return x + b

    def field(self, y, label, kind, name, x=None, n=0, w=0, groups=None, lw=None):
        """A labelled field; returns the y below it."""
        s = self.s
        x = self.x0 + 6 if x is None else x
        if s["label_above"]:
            self.text(x, y - s["lab"], label, s["lab"])
            fy = y - s["lab"] - 3
        else:
            fy = y
            lw = max(lw or 0, pdfmetrics.stringWidth(label, s["f"], s["lab"]) + 8)
            self.text(x, y - s["ch"] + 4, label, s["lab"])
            x += lw
        if kind == "comb":
            n = min(n, int((self.x1 - 4 - x) / s["cw"]))
            self.comb(name, x, fy, n, groups)
        else:
            self.line(name, x, fy, w or (self.x1 - 6 - x))
        return fy - s["ch"] - s.get("gap", 9)

    def section(self, y, letter, title, hint=""):
        s, c = self.s, self.c
        if s["section"] == "bar":
            c.setFillColorRGB(*s["accent"])
            c.rect(self.x0, y - 16, self.x1 - self.x0, 16, stroke=0, fill=1)
            self.text(self.x0 + 6, y - 12, letter, 11, bold=True, color=(1, 1, 1))
            self.text(self.x0 + 24, y - 12, title, 10.5, bold=True, color=(1, 1, 1))
            if hint:
                self.text(self.x0 + 200, y - 11.5, hint, 7.5, italic=True, color=(1, 1, 1))
            return y - 24
        if s["section"] == "underline":
            w = self.text(self.x0, y - 13, f"{letter} - {title}", 12.5, bold=True)
            c.setLineWidth(1.4)
            c.setStrokeColorRGB(0, 0, 0)
            c.line(self.x0, y - 17, self.x1, y - 17)
            if hint:
                self.text(self.x0 + w + 10, y - 13, hint, 8.5, italic=True)
            return y - 27
        # tab
        c.setFillColorRGB(*s["accent"])
        c.roundRect(self.x0, y - 17, 22, 17, 3, stroke=0, fill=1)
        self.text(self.x0 + 7, y - 12.5, letter, 11, bold=True, color=(1, 1, 1))
        self.text(self.x0 + 28, y - 12.5, title, 10.5, bold=True, color=s["accent"])
        c.setStrokeColorRGB(*s["accent"])
        c.setLineWidth(0.8)
        c.line(self.x0 + 22, y - 17, self.x1, y - 17)
        if hint:
            self.text(self.x0 + 220, y - 12, hint, 7, italic=True)
        return y - 25

    def header(self):
        s, c = self.s, self.c
        top = PH - 34
        # logo: stylised emblem + wordmark
        c.setFillColorRGB(*BLUE)
        c.circle(self.x0 + 12, top - 14, 11, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.circle(self.x0 + 15, top - 11, 5.5, stroke=0, fill=1)
        c.setFillColorRGB(*BLUE)
        self.text(self.x0 + 28, top - 9, "l'Assurance", 10.5, color=BLUE)
        self.text(self.x0 + 28, top - 21, "Maladie", 12.5, bold=True, color=BLUE)
        if self.run != "B":
            self.text(self.x0 + 28, top - 29, "Agir ensemble, protéger chacun", 5.6, italic=True)
        # cerfa box
        bx = self.x1 - 92
        c.setLineWidth(1)
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(bx, top - 34, 92, 34, stroke=1, fill=0)
        self.text(bx + 6, top - 17, "cerfa", 15, bold=True, italic=False)
        self.text(bx + 6, top - 29, "N° 15763*02", 9, bold=True)
        # title block
        ty = top - 54
        self.text(self.x0, ty, "Demande d'ouverture des droits", 16, bold=True, color=s["accent"])
        self.text(self.x0, ty - 18, "à l'assurance maladie", 16, bold=True, color=s["accent"])
        self.text(self.x0, ty - 34, "Protection universelle maladie (PUMa)", 11, bold=False)
        y = self.para(self.x0, ty - 50, NOTICE, 7.2, self.x1 - self.x0)
        y = self.para(self.x0, y - 1, LEGAL, 6.6, self.x1 - self.x0, italic=True)
        return y - 6

    def footer(self, page):
        t = f"S1106 — cerfa n° 15763*02 — page {page}/2"
        self.c.setFont(self.s["f"], 7)
        self.c.setFillColorRGB(0.3, 0.3, 0.3)
        if self.run == "B":
            self.c.drawString(self.x0, 24, t)
            self.c.drawRightString(self.x1, 24, "ameli.fr")
        else:
            self.c.drawRightString(self.x1, 24, t)

    # ---- pages --------------------------------------------------------------------------
    def page1(self):
        s = self.s
        y = self.header()
        y = self.section(y, "A", "VOUS", "à compléter en lettres capitales")
        lw = 150 if not s["label_above"] else None
        y = self.field(y, "Nom de naissance", "comb", "nom", n=28 if lw else 34, lw=lw)
        y = self.field(
            y, "Nom d'usage (facultatif, ex. nom d'époux/se)", "comb", "nom_usage", n=26, lw=lw
        )
        if s["prenoms_comb"]:
            y = self.field(y, "Prénom(s)", "comb", "prenoms", n=34)
        else:
            y = self.field(y, "Prénom(s)", "line", "prenoms", lw=lw)
        # sex + date of birth on one row
        yy = y
        if s["label_above"]:
            self.text(self.x0 + 6, yy - s["lab"], "Sexe", s["lab"])
            by = yy - s["lab"] - 5
        else:
            self.text(self.x0 + 6, yy - s["ch"] + 4, "Sexe", s["lab"])
            by = yy - 3
        x = self.x0 + (6 if s["label_above"] else 40)
        x = self.box("sexe_F", x, by) + 3
        x += self.text(x, by - s["box"] + 1, "F", 9) + 12
        x = self.box("sexe_M", x, by) + 3
        self.text(x, by - s["box"] + 1, "M", 9)
        dx = self.x0 + 130
        if s["label_above"]:
            self.field(
                yy, "Date de naissance (JJ MM AAAA)", "comb", "ddn", x=dx, n=8, groups=(2, 4)
            )
        else:
            self.field(yy, "Date de naissance", "comb", "ddn", x=dx, n=8, groups=(2, 4), lw=80)
        y = y - (s["lab"] + 3 if s["label_above"] else 0) - s["ch"] - 9
        half = (self.x1 - self.x0) / 2
        self.field(y, "Lieu de naissance : commune", "line", "lieu_commune", w=half - 20)
        if s["label_above"]:
            y = self.field(y, "pays", "line", "lieu_pays", x=self.x0 + half + 6)
        else:
            y = self.field(y, "pays", "line", "lieu_pays", x=self.x0 + half + 6, lw=28)
        if s["arrival"]:
            self.field(y, "Nationalité", "line", "nationalite", w=half - 90, lw=70)
            y = self.field(
                y,
                "Date d'arrivée en France",
                "comb",
                "arrivee",
                x=self.x0 + half + 6,
                n=8,
                groups=(2, 4),
                lw=110,
            )
        else:
            y = self.field(y, "Nationalité", "line", "nationalite", w=half - 20)
        lab = "N° de sécurité sociale (si vous en avez un)"
        if s["label_above"]:
            self.text(self.x0 + 6, y - s["lab"], lab, s["lab"])
            fy = y - s["lab"] - 3
            x = self.x0 + 6
        else:
            self.text(self.x0 + 6, y - s["ch"] + 4, lab, s["lab"])
            fy = y
            x = self.x0 + 200
        x = self.comb("nir", x, fy, 13, groups=(1, 3, 5, 7, 10))
        self.text(x + 8, fy - s["ch"] + 4, "clé", 7)
        self.comb("nir_cle", x + 24, fy, 2)
        y = fy - s["ch"] - 9
        y = self.field(y, "Adresse (n°, voie)", "line", "adresse", lw=lw)
        y = self.field(y, "Complément d'adresse (bât., étage, chez...)", "line", "adresse2", lw=lw)
        self.field(y, "Code postal", "comb", "cp", n=5, lw=70)
        if s["label_above"]:
            y = self.field(y, "Commune", "line", "commune", x=self.x0 + 110)
        else:
            y = self.field(y, "Commune", "line", "commune", x=self.x0 + 170, lw=50)
        self.field(y, "Téléphone", "comb", "tel", n=10, groups=(2, 4, 6, 8), lw=70)
        tx = self.x0 + (210 if s["label_above"] else 300)
        y = self.field(y, "Adresse e-mail", "line", "email", x=tx, lw=70)
        y -= 6
        y = self.section(
            y, "B", "VOTRE SITUATION", "cochez la case qui correspond à votre situation"
        )
        y = self.situation(y)
        self.footer(1)
        return self.slots

    def opt(self, y, name, label, x=None):
        x = self.x0 + 8 if x is None else x
        bx = self.box(name, x, y)
        self.text(bx + 6, y - self.s["box"] + 1, label, 8.6)
        return y - self.s["box"] - 9

    def situation(self, y):
        s = self.s
        y = self.opt(y, "sit_salarie", "Vous exercez une activité salariée en France")
        x = self.x0 + 30
        self.text(x, y - s["ch"] + 4, "Emploi occupé :", 8)
        self.line("profession", x + 64, y, 170)
        cx = x + 250
        self.text(cx, y - s["ch"] + 4, "Contrat :", 8)
        cx += 40
        for key, lab in (
            ("cdi", "CDI"),
            ("cdd", "CDD"),
            ("interim", "intérim"),
            ("c_autre", "autre"),
        ):
            bx = self.box("ct_" + key, cx, y - 4)
            cx = bx + 4 + self.text(bx + 4, y - 4 - s["box"] + 1, lab, 8) + 10
        y -= s["ch"] + 8
        y = self.opt(y, "sit_independant", "Vous exercez une activité non salariée (indépendant)")
        y = self.opt(y, "sit_demandeur", "Vous êtes demandeur d'emploi inscrit(e) à France Travail")
        y = self.opt(y, "sit_etudiant", "Vous êtes étudiant(e)")
        y = self.opt(
            y,
            "sit_sans",
            "Vous n'exercez pas d'activité professionnelle et vous résidez en France de "
            "manière stable",
        )
        self.text(
            self.x0 + 8 + self.s["box"] + 6, y - 2.5, "et régulière depuis plus de trois mois", 8.6
        )
        y -= 13
        y = self.opt(y, "sit_autre", "Autre situation, précisez :")
        self.line("autre_texte", self.x0 + 150, y + s["box"] + 9, self.x1 - self.x0 - 160)
        return y - 6

    def page2(self):
        s, c = self.s, self.c
        y = PH - 40
        self.text(
            self.x0,
            y,
            "Demande d'ouverture des droits à l'assurance maladie (suite)",
            8,
            italic=True,
        )
        y -= 14
        y = self.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(self.x0 + 4, y - 4, CERTIF, 8.8, self.x1 - self.x0 - 8) - 14
        self.text(self.x0 + 6, y, "Fait à", 10)
        self.line("fait_a", self.x0 + 40, y + s["ch"] - 3, 190)
        self.text(self.x0 + 250, y, "le", 10)
        self.line("le", self.x0 + 266, y + s["ch"] - 3, 130)
        y -= 22
        bw, bh = 250, 96
        bx = self.x1 - bw - 6 if self.run != "B" else self.x0 + 6
        if self.run == "A":
            self.text(bx, y - 2, "Signature", 9, bold=True)
            y -= 8
        c.setLineWidth(0.9)
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
        if self.run == "B":
            self.text(bx + 5, y - 12, "Signature", 9)
        elif self.run == "C":
            c.setFillColorRGB(0.82, 0.84, 0.86)
            c.setFont(s["fb"], 22)
            c.drawCentredString(bx + bw / 2, y - bh / 2 - 7, "Signature")
        self.slots["signature"] = ("sig", (bx, y - bh, bw, bh))
        y -= bh + 12
        y = self.para(self.x0, y, FRAUD, 7, self.x1 - self.x0, italic=True) - 8
        # pieces
        if s["section"] == "bar":
            c.setFillColorRGB(0.88, 0.92, 0.97)
            c.rect(self.x0, y - 15, self.x1 - self.x0, 15, stroke=0, fill=1)
            self.text(
                self.x0 + 6,
                y - 11,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                9.5,
                bold=True,
                color=BLUE,
            )
            y -= 24
        else:
            self.text(
                self.x0,
                y - 11,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                10,
                bold=True,
                color=s["accent"],
            )
            y -= 22
        for p in PIECES:
            self.text(self.x0 + 10, y, "•" if self.run != "B" else "-", 9)
            y = self.para(self.x0 + 22, y, p, 8.4, self.x1 - self.x0 - 30) - 3
        y -= 8
        # office frame
        fh = 84
        c.setDash(3, 2) if self.run == "B" else c.setDash()
        c.setLineWidth(0.8)
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setFillColorRGB(0.95, 0.95, 0.95)
        c.rect(self.x0, y - fh, self.x1 - self.x0, fh, stroke=1, fill=1)
        c.setDash()
        self.text(self.x0 + 8, y - 13, "Cadre réservé à l'organisme", 9, bold=True)
        yy = y - 30
        self.text(self.x0 + 8, yy, "Date de réception :", 8)
        save = dict(self.s)
        self.s = dict(save, cw=11, ch=13)
        self.comb("recu", self.x0 + 90, yy + 10, 8, groups=(2, 4))
        self.text(self.x0 + 8, yy - 22, "Pièces vérifiées :", 8)
        self.box("verif_oui", self.x0 + 90, yy - 14)
        self.text(self.x0 + 103, yy - 22, "oui", 8)
        self.box("verif_non", self.x0 + 130, yy - 14)
        self.text(self.x0 + 143, yy - 22, "non", 8)
        self.text(self.x0 + 300, yy, "Matricule agent :", 8)
        self.line("matricule", self.x0 + 370, yy + 10, 140)
        self.text(self.x0 + 300, yy - 22, "Cachet de la caisse", 8)
        self.s = save
        y -= fh + 12
        self.para(self.x0, y, CNIL, 6.4, self.x1 - self.x0)
        self.footer(2)
        return self.slots


def draw_page(c, run, page):
    register_fonts()
    p = Page(c, run)
    return p.page1() if page == 1 else p.page2()
