"""Own "print runs" of the PUMa application form (cerfa 15763*02, ameli S1106).

Drawn from the public description of the form (two A4 pages, sections A / B / C).
``draw_form`` draws the blank form on a reportlab canvas and returns the geometry of
every fillable area (points, PDF origin bottom-left) so that fillers can write into it.
"""

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
FD = "/usr/share/fonts/truetype"
FONTS = {
    "LibSans": f"{FD}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{FD}/liberation/LiberationSans-Bold.ttf",
    "Lato": f"{FD}/lato/Lato-Regular.ttf",
    "Lato-B": f"{FD}/lato/Lato-Bold.ttf",
    "OpenSans": f"{FD}/open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": f"{FD}/open-sans/OpenSans-Bold.ttf",
    "Carlito": f"{FD}/crosextra/Carlito-Regular.ttf",
    "Carlito-B": f"{FD}/crosextra/Carlito-Bold.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if not _registered:
        for name, path in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, path))
        _registered = True


BLUE = Color(0.0, 0.27, 0.55)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.92, 0.94, 0.97)

# Three print runs. header: bar | underline | boxed; labels: above | beside | inside;
# dob: comb | line; sig: above | inside | grey (where the word "Signature" is printed).
RUNS = {
    "r1": dict(
        font="LibSans",
        bold="LibSans-B",
        header="bar",
        labels="above",
        dob="comb",
        sig="above",
        cell=13.0,
        accent=BLUE,
        lines="solid",
        postcode="comb",
    ),
    "r2": dict(
        font="Lato",
        bold="Lato-B",
        header="underline",
        labels="beside",
        dob="line",
        sig="inside",
        cell=11.5,
        accent=Color(0.1, 0.1, 0.1),
        lines="dotted",
        postcode="line",
    ),
    "r3": dict(
        font="Carlito",
        bold="Carlito-B",
        header="boxed",
        labels="inside",
        dob="comb",
        sig="grey",
        cell=12.0,
        accent=Color(0.05, 0.35, 0.6),
        lines="solid",
        postcode="comb",
    ),
}

NOTICE = [
    "Vous résidez en France de manière stable et régulière (depuis plus de trois mois) ou vous y "
    "exercez une activité professionnelle : la protection universelle",
    "maladie vous permet la prise en charge de vos frais de santé. Complétez ce formulaire en "
    "lettres capitales, datez-le, signez-le et adressez-le avec les",
    "pièces justificatives à la caisse d'assurance maladie de votre lieu de résidence. "
    "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-2, R. 111-3 et D. 160-2",
    "du code de la sécurité sociale.",
]
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, situation familiale).",
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
    "313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal,",
    "article L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    "une pièce d'identité en cours de validité (passeport, ou carte nationale d'identité pour "
    "les ressortissants UE/EEE/Suisse) ;",
    "pour les ressortissants hors UE : titre de séjour, VLS-TS visé, ou récépissé de demande ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation), traduit le cas échéant ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous êtes salarié(e) : contrat de travail ou dernier bulletin de salaire.",
]
CNIL = [
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés et le règlement (UE) 2016/679 s'appliquent aux",
    "réponses faites sur ce formulaire. Elles garantissent un droit d'accès et de rectification "
    "pour les données vous concernant auprès de votre caisse.",
]


class Form:
    def __init__(self, c, run):
        self.c = c
        self.r = RUNS[run]
        self.g = {}
        self.page = 1
        self.x0, self.x1 = 40.0, W - 40.0

    # -- primitives -------------------------------------------------------------------
    def font(self, size, bold=False):
        self.c.setFont(self.r["bold"] if bold else self.r["font"], size)

    def hline(self, x0, x1, y):
        c = self.c
        c.setLineWidth(0.6)
        if self.r["lines"] == "dotted":
            c.setDash(1, 2)
        c.line(x0, y, x1, y)
        c.setDash()

    def rec(self, name, kind, x, y, w, h, **kw):
        self.g[name] = dict(page=self.page, kind=kind, x=x, y=y, w=w, h=h, **kw)

    def header(self, y, letter, title):
        c, r = self.c, self.r
        if r["header"] == "bar":
            c.setFillColor(r["accent"])
            c.rect(self.x0, y - 4, self.x1 - self.x0, 16, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            self.font(10.5, True)
            c.drawString(self.x0 + 6, y + 0.5, f"{letter}   {title}")
            c.setFillColorRGB(0, 0, 0)
        elif r["header"] == "underline":
            self.font(11.5, True)
            c.drawString(self.x0, y, f"{letter}. {title}")
            c.setLineWidth(1.2)
            c.line(self.x0, y - 4, self.x1, y - 4)
        else:
            c.setStrokeColor(r["accent"])
            c.setLineWidth(1)
            c.rect(self.x0, y - 5, 18, 18, stroke=1, fill=0)
            c.setFillColor(r["accent"])
            self.font(12, True)
            c.drawCentredString(self.x0 + 9, y, letter)
            c.drawString(self.x0 + 26, y, title)
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0, 0, 0)
        return y - 22

    def text_field(self, name, label, x, y, w, hint=""):
        """A one-line field; returns the y below it. Records the writing area."""
        c, mode = self.c, self.r["labels"]
        if mode == "above":
            self.font(7.5)
            c.drawString(x, y, label + (f"  {hint}" if hint else ""))
            c.setLineWidth(0.6)
            c.rect(x, y - 19, w, 15, stroke=1, fill=0)
            self.rec(name, "text", x + 2, y - 17, w - 4, 12)
            return y - 30
        if mode == "beside":
            self.font(8.5)
            c.drawString(x, y, label)
            lw = c.stringWidth(label, self.r["font"], 8.5) + 4
            self.hline(x + lw, x + w, y - 1)
            self.rec(name, "text", x + lw + 2, y, w - lw - 4, 12)
            if hint:
                self.font(6)
                c.drawString(x, y - 8, hint)
                return y - 25
            return y - 21
        c.setLineWidth(0.6)
        c.rect(x, y - 18, w, 24, stroke=1, fill=0)
        self.font(6.5)
        c.drawString(x + 2.5, y - 0.5, label + (f"  {hint}" if hint else ""))
        self.rec(name, "text", x + 3, y - 16, w - 6, 11)
        return y - 31

    def comb(self, name, x, y, groups, cell, seps=""):
        """Comb boxes; groups is a list of cell counts. Records each cell."""
        c = self.c
        c.setLineWidth(0.6)
        cells, cx = [], x
        for gi, n in enumerate(groups):
            for _ in range(n):
                c.rect(cx, y, cell, cell + 2, stroke=1, fill=0)
                cells.append((cx, y, cell, cell + 2))
                cx += cell
            if gi < len(groups) - 1:
                if seps:
                    self.font(10)
                    c.drawCentredString(cx + 4, y + 3, seps)
                cx += 8
        self.rec(name, "comb", x, y, cx - x, cell + 2, cells=cells)
        return cx

    def check(self, name, x, y, label, size=8.5):
        c = self.c
        c.setLineWidth(0.7)
        c.rect(x, y - 1, size, size, stroke=1, fill=0)
        self.rec(name, "check", x, y - 1, size, size)
        self.font(8.5)
        c.drawString(x + size + 4, y, label)
        return x + size + 8 + c.stringWidth(label, self.r["font"], 8.5)

    # -- pages ------------------------------------------------------------------------
    def top(self, title_page):
        c, r = self.c, self.r
        # emblem: three stacked curved bars, then the brand name
        c.setFillColor(r["accent"])
        for i in range(3):
            c.roundRect(self.x0, H - 58 + i * 7, 22 - i * 4, 4.5, 2, stroke=0, fill=1)
        self.font(13, True)
        c.drawString(self.x0 + 28, H - 52, "l'Assurance")
        c.drawString(self.x0 + 28, H - 66, "Maladie")
        c.setFillColorRGB(0, 0, 0)
        # cerfa box
        bx = self.x1 - 92
        c.setLineWidth(0.8)
        c.rect(bx, H - 70, 92, 34, stroke=1, fill=0)
        c.setFont("Helvetica-BoldOblique", 14)
        c.drawString(bx + 6, H - 53, "cerfa")
        self.font(8)
        c.drawString(bx + 6, H - 65, "N° 15763*02")
        if title_page:
            self.font(15.5, True)
            c.drawCentredString(W / 2 + 10, H - 95, "Demande d'ouverture des droits")
            c.drawCentredString(W / 2 + 10, H - 113, "à l'assurance maladie")
            self.font(10.5)
            c.drawCentredString(W / 2 + 10, H - 129, "Protection universelle maladie (PUMa)")

    def footer(self, n):
        self.font(6.5)
        self.c.drawString(self.x0, 26, f"S1106 — cerfa n° 15763*02 — page {n}/2")
        if n == 1:
            self.c.drawRightString(self.x1, 26, "Tournez la page, svp  >")

    def page1(self):
        c, r = self.c, self.r
        x0, x1 = self.x0, self.x1
        self.top(True)
        self.font(6.4)
        y = H - 148
        for line in NOTICE:
            c.drawString(x0, y, line)
            y -= 8
        y -= 10
        y = self.header(y, "A", "VOUS")
        y -= 4
        y = self.text_field("nom_naissance", "Nom de naissance", x0, y, x1 - x0, "(nom de famille)")
        y = self.text_field(
            "nom_usage",
            "Nom d'usage (facultatif)",
            x0,
            y,
            x1 - x0,
            "(exemple : nom d'épouse / d'époux)",
        )
        y = self.text_field("prenoms", "Prénom(s)", x0, y, x1 - x0)
        # sex + date of birth
        self.font(8.5)
        c.drawString(x0, y, "Sexe :")
        nx = self.check("sexe_F", x0 + 34, y, "F")
        self.check("sexe_M", nx, y, "M")
        dx = x0 + 140
        c.drawString(dx, y, "Date de naissance :")
        dx += 84
        if r["dob"] == "comb":
            cell = r["cell"]
            self.comb("dob", dx, y - 4, [2, 2, 4], cell, "/" if r["header"] == "boxed" else "")
            self.font(5.5)
            for lab, off in (("J J", 0), ("M M", 2 * cell + 8), ("A A A A", 4 * cell + 16)):
                c.drawString(dx + off + 2, y - 11, lab)
            y -= 30
        else:
            self.hline(dx, dx + 150, y - 1)
            self.rec("dob", "text", dx + 2, y, 146, 12)
            self.font(6)
            c.drawString(dx + 152, y, "(jour / mois / année)")
            y -= 24
        self.text_field("lieu_commune", "Lieu de naissance : commune", x0, y, 270)
        y = self.text_field("lieu_pays", "Pays", x0 + 282, y, x1 - x0 - 282)
        y = self.text_field("nationalite", "Nationalité", x0, y, 260)
        # NIR
        self.font(8.5)
        c.drawString(x0, y, "N° de sécurité sociale (si vous en avez un) :")
        nx0 = x0 + 186
        cell = r["cell"] - 1.5
        self.comb("nir", nx0, y - 4, [1, 2, 2, 2, 3, 3, 2], cell)
        self.font(5.5)
        c.drawString(nx0, y - 11, "clé : 2 derniers chiffres")
        y -= 30
        y = self.text_field("adresse", "Adresse", x0, y, x1 - x0, "(n°, rue, bâtiment, étage)")
        self.font(8.5)
        if r["postcode"] == "comb":
            self.font(7.5 if r["labels"] == "above" else 6.5)
            c.drawString(x0, y, "Code postal")
            self.comb("code_postal", x0, y - 19, [5], r["cell"])
            self.text_field("commune", "Commune", x0 + 100, y, x1 - x0 - 100)
            y -= 32
        else:
            self.text_field("code_postal", "Code postal", x0, y, 130)
            y = self.text_field("commune", "Commune", x0 + 140, y, x1 - x0 - 140)
        self.text_field("telephone", "Téléphone", x0, y, 170)
        y = self.text_field("email", "Adresse e-mail", x0 + 180, y, x1 - x0 - 180)
        y -= 6
        y = self.header(y, "B", "VOTRE SITUATION")
        self.font(8)
        c.drawString(x0, y, "Cochez la case correspondant à votre situation actuelle :")
        y -= 17
        self.check("sit_salarie", x0, y, "Vous exercez une activité salariée en France")
        y -= 15
        self.font(8.5)
        c.drawString(x0 + 16, y, "Type de contrat :")
        cx = x0 + 90
        for key, lab in (
            ("cdi", "CDI"),
            ("cdd", "CDD"),
            ("interim", "Intérim"),
            ("apprenti", "Apprentissage"),
            ("autre", "Autre"),
        ):
            cx = self.check(f"ct_{key}", cx, y, lab)
        y -= 17
        y = self.text_field("profession", "Profession / emploi occupé", x0 + 16, y, 330)
        self.check(
            "sit_independant",
            x0,
            y,
            "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        )
        y -= 16
        self.check(
            "sit_demandeur", x0, y, "Vous êtes demandeur d'emploi (inscrit à France Travail)"
        )
        y -= 16
        self.check("sit_etudiant", x0, y, "Vous êtes étudiant(e)")
        y -= 16
        self.check(
            "sit_sans_activite",
            x0,
            y,
            "Vous n'exercez pas d'activité professionnelle "
            "et vous résidez en France de manière stable",
        )
        self.font(8.5)
        c.drawString(x0 + 12.5, y - 11, "et régulière depuis plus de trois mois")
        y -= 27
        self.check("sit_autre", x0, y, "Autre situation, précisez :")
        self.hline(x0 + 130, x1, y - 1)
        self.rec("autre_precision", "text", x0 + 132, y, x1 - x0 - 134, 12)
        self.footer(1)

    def page2(self):
        c, r = self.c, self.r
        x0, x1 = self.x0, self.x1
        self.page = 2
        self.top(False)
        y = H - 110
        y = self.header(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        self.font(8)
        for line in CERTIF:
            c.drawString(x0, y, line)
            y -= 11
        y -= 14
        self.font(9)
        c.drawString(x0, y, "Fait à")
        self.hline(x0 + 30, x0 + 220, y - 1)
        self.rec("fait_a", "text", x0 + 32, y, 186, 12)
        c.drawString(x0 + 232, y, "le")
        self.hline(x0 + 245, x0 + 400, y - 1)
        self.rec("le_date", "text", x0 + 247, y, 150, 12)
        y -= 24
        bw, bh = 230, 78
        bx = x1 - bw
        if r["sig"] == "above":
            self.font(9, True)
            c.drawString(bx, y, "Signature")
            y -= 6
        c.setLineWidth(0.9)
        c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
        if r["sig"] == "inside":
            self.font(8)
            c.drawString(bx + 4, y - 11, "Signature")
        elif r["sig"] == "grey":
            c.setFillColor(Color(0.78, 0.78, 0.78))
            self.font(16, True)
            c.drawCentredString(bx + bw / 2, y - bh / 2 - 5, "Signature")
            c.setFillColorRGB(0, 0, 0)
        self.rec("signature", "sig", bx, y - bh, bw, bh)
        y -= bh + 26
        self.font(9.5, True)
        c.drawString(x0, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y -= 15
        self.font(8)
        for line in PIECES:
            c.drawString(x0 + 6, y, "•")
            c.drawString(x0 + 16, y, line)
            y -= 12
        y -= 4
        self.font(7)
        c.drawString(x0, y, "Envoyez uniquement des photocopies. Ne joignez pas les originaux.")
        y -= 26
        c.setFillColor(LIGHT)
        c.setLineWidth(0.8)
        c.rect(x0, y - 62, x1 - x0, 72, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        self.font(8.5, True)
        c.drawString(x0 + 6, y - 2, "Cadre réservé à l'organisme")
        self.font(8)
        c.drawString(x0 + 6, y - 22, "Date de réception :")
        self.hline(x0 + 86, x0 + 200, y - 23)
        c.drawString(x0 + 220, y - 22, "Pièces vérifiées :")
        for i, lab in enumerate(("oui", "non")):
            bx2 = x0 + 294 + i * 40
            c.rect(bx2, y - 23, 7, 7, stroke=1, fill=0)
            c.drawString(bx2 + 10, y - 22, lab)
        c.drawString(x0 + 6, y - 44, "Matricule agent :")
        self.hline(x0 + 80, x0 + 200, y - 45)
        c.drawString(x0 + 220, y - 44, "Observations :")
        self.hline(x0 + 280, x1 - 8, y - 45)
        y -= 90
        self.font(6)
        for line in CNIL:
            c.drawString(x0, y, line)
            y -= 8
        self.footer(2)


def draw_form(c, run, fill_page=None):
    """Draw both pages on canvas ``c``. ``fill_page(form, page)`` is called before each
    showPage so that typed values or form fields can be added. Returns the geometry."""
    register_fonts()
    f = Form(c, run)
    f.page1()
    if fill_page:
        fill_page(f, 1)
    c.showPage()
    f.page2()
    if fill_page:
        fill_page(f, 2)
    c.showPage()
    return f.g
