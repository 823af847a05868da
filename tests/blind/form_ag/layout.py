"""Three "print runs" of the cerfa 15763*02 (S1106) application form, drawn with reportlab.

Every run draws the two pages and records where each field lies, in millimetres from the
top-left corner of the page, so that fillers (typed, AcroForm, handwriting) can place values.
"""

from dataclasses import dataclass

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = A4
FONT_DIR = "/usr/share/fonts/truetype"

_FONTS = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "Caladea-B": "crosextra/Caladea-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "Carlito-B": "crosextra/Carlito-Bold.ttf",
    "DejaVu": "dejavu/DejaVuSans.ttf",
}


def register_fonts():
    for name, rel in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{rel}"))


@dataclass
class Run:
    """One print run: the look of the blank form."""

    key: str
    font: str
    bold: str
    accent: Color
    section: str  # bar | underline | rounded
    label: str  # above | beside | inside
    field: str  # box | dotted | underline
    comb: float  # comb cell width (mm)
    names_in_comb: bool
    sig_label: str  # above | inside | grey
    check_size: float


RUNS = {
    "R1": Run(
        "R1",
        "LibSans",
        "LibSans-B",
        Color(0.05, 0.25, 0.55),
        "bar",
        "above",
        "box",
        5.0,
        True,
        "above",
        3.6,
    ),
    "R2": Run(
        "R2",
        "Caladea",
        "Caladea-B",
        Color(0.1, 0.1, 0.1),
        "underline",
        "beside",
        "dotted",
        4.3,
        False,
        "inside",
        3.2,
    ),
    "R3": Run(
        "R3",
        "Carlito",
        "Carlito-B",
        Color(0.0, 0.45, 0.6),
        "rounded",
        "inside",
        "box",
        4.6,
        False,
        "grey",
        3.8,
    ),
}

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et résidez en France "
        "de manière stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "Intérim"), ("autre_contrat", "Autre")]


def T(y_mm):
    """Top-left mm to reportlab points (y)."""
    return PAGE_H - y_mm * mm


class FormDrawer:
    def __init__(self, canvas, run):
        self.c = canvas
        self.r = run
        self.fields = {}
        self.page = 1

    # ---- primitives -------------------------------------------------------------------
    def text(self, x, y, s, size=8.0, bold=False, color=black, font=None):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or (self.r.bold if bold else self.r.font), size)
        c.drawString(x * mm, T(y), s)
        c.setFillColor(black)

    def width(self, s, size, bold=False):
        return pdfmetrics.stringWidth(s, self.r.bold if bold else self.r.font, size) / mm

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.6, radius=0):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        if radius:
            c.roundRect(
                x * mm,
                T(y + h),
                w * mm,
                h * mm,
                radius * mm,
                stroke=int(stroke),
                fill=int(fill is not None),
            )
        else:
            c.rect(x * mm, T(y + h), w * mm, h * mm, stroke=int(stroke), fill=int(fill is not None))
        c.setFillColor(black)

    def hline(self, x1, x2, y, dotted=False, lw=0.5):
        c = self.c
        c.setLineWidth(lw)
        if dotted:
            c.setDash(0.6, 1.8)
        c.line(x1 * mm, T(y), x2 * mm, T(y))
        c.setDash()

    def para(self, x, y, w, s, size=6.5, lead=None, bold=False):
        lead = lead or size * 0.42
        words, line = s.split(), ""
        for word in words:
            trial = (line + " " + word).strip()
            if self.width(trial, size, bold) > w and line:
                self.text(x, y, line, size, bold)
                y += lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, size, bold)
            y += lead
        return y

    def record(self, name, **kw):
        kw["page"] = self.page
        self.fields[name] = kw

    # ---- composite elements ----------------------------------------------------------
    def section(self, y, letter, title):
        r = self.r
        if r.section == "bar":
            self.rect(15, y, 180, 6.5, fill=r.accent, stroke=False)
            self.text(17, y + 4.7, f"{letter}", 10, True, white)
            self.text(24, y + 4.7, title, 9.5, True, white)
        elif r.section == "underline":
            self.text(15, y + 4.8, f"{letter} - {title}" if letter else title, 10.5, True)
            self.hline(15, 195, y + 6.3, lw=1.2)
        else:
            self.rect(15, y, 180, 7, fill=Color(0.88, 0.93, 0.96), stroke=False, radius=2)
            if letter:
                self.rect(17, y + 1, 5, 5, fill=r.accent, stroke=False, radius=1)
                self.text(18.3, y + 4.9, letter, 9.5, True, white)
            self.text(25 if letter else 17, y + 5.0, title, 9.5, True, r.accent)
        return y + 10

    def textfield(self, name, label, x, y, w):
        """Draw one labelled text field, record its value area, return the next y."""
        r = self.r
        if r.label == "above":
            self.text(x, y + 2.5, label, 7.2)
            self.rect(x, y + 3.5, w, 6.5, lw=0.5)
            self.record(name, kind="text", rect=(x + 0.8, y + 3.5, w - 1.6, 6.5))
            return y + 12
        if r.label == "beside":
            self.text(x, y + 5, label, 8.5)
            lx = x + self.width(label, 8.5) + 1.5
            self.hline(lx, x + w, y + 5.6, dotted=(r.field == "dotted"))
            self.record(name, kind="text", rect=(lx + 0.5, y, x + w - lx - 0.5, 5.6))
            return y + 8
        self.rect(x, y, w, 9.5, lw=0.5)
        self.text(x + 1.2, y + 2.6, label, 6.0, color=Color(0.3, 0.3, 0.3))
        self.record(name, kind="text", rect=(x + 1.5, y + 3.2, w - 3, 6.3))
        return y + 11

    def comb(self, name, x, y, n, size=None, gap_after=()):
        """n comb cells starting at (x, y); returns x after the comb."""
        s = size or self.r.comb
        h = s * 1.25
        cells = []
        cx = x
        for i in range(n):
            self.rect(cx, y, s, h, lw=0.5)
            cells.append((cx, y, s, h))
            cx += s
            if i in gap_after:
                self.text(cx + 0.6, y + h - 1.2, "/" if self.r.key != "R2" else "", 9)
                cx += 2.5
        self.record(name, kind="comb", cells=cells)
        return cx

    def labelled_comb(self, name, label, x, y, n, gap_after=()):
        r = self.r
        if r.label == "beside" or r.label == "inside":
            self.text(x, y + 4.5, label, 8.5 if r.label == "beside" else 7.5)
            cx = x + self.width(label, 8.5) + 2
            end = self.comb(name, cx, y, n, gap_after=gap_after)
            return y + r.comb * 1.25 + 3, end
        self.text(x, y + 2.5, label, 7.2)
        end = self.comb(name, x, y + 3.5, n, gap_after=gap_after)
        return y + 3.5 + r.comb * 1.25 + 2.5, end

    def checkbox(self, name, label, x, y, size=None):
        s = size or self.r.check_size
        self.rect(x, y, s, s, lw=0.6)
        self.record(name, kind="check", rect=(x, y, s, s))
        if label:
            self.text(x + s + 1.5, y + s - 0.6, label, 8)
        return x + s + 1.5 + self.width(label, 8) + 5

    # ---- pages --------------------------------------------------------------------------
    def header(self):
        r = self.r
        self.text(15, 16, "l'Assurance", 12, True, r.accent)
        self.text(15, 21.5, "Maladie", 15, True, r.accent)
        self.text(15, 25, "Agir ensemble, protéger chacun", 6.2, color=r.accent)
        self.rect(168, 10, 27, 14, lw=0.8)
        self.text(172, 15.5, "cerfa", 12, True)
        self.text(170.5, 21.5, "N° 15763*02", 8.5)
        tx = 58
        self.text(tx, 14, "Demande d'ouverture des droits", 13, True)
        self.text(tx, 19.5, "à l'assurance maladie", 13, True)
        self.text(tx, 24.5, "Protection universelle maladie (PUMa)", 9.5, False, r.accent)
        y = self.para(
            15,
            31,
            180,
            "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
            "professionnelle : vous pouvez bénéficier de la prise en charge de vos frais de santé. "
            "Complétez ce formulaire, signez-le et adressez-le à la caisse d'assurance maladie de "
            "votre lieu de résidence, accompagné des pièces justificatives demandées en page 2. "
            "Les informations recueillies font l'objet d'un traitement informatique ; vous disposez "
            "d'un droit d'accès et de rectification auprès de votre caisse.",
            6.3,
        )
        self.text(
            15,
            y + 0.5,
            "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2, R. 111-3 et D. 160-2 du code "
            "de la sécurité sociale",
            6.0,
            color=Color(0.35, 0.35, 0.35),
        )
        return y + 4

    def page1(self):
        r = self.r
        self.page = 1
        y = self.section(self.header(), "A", "VOUS")
        if r.names_in_comb:
            y, _ = self.labelled_comb("nom_naissance", "Nom de naissance", 15, y, 30)
            y, _ = self.labelled_comb("nom_usage", "Nom d'usage (facultatif)", 15, y, 30)
            y, _ = self.labelled_comb("prenoms", "Prénom(s)", 15, y, 30)
        else:
            y = self.textfield("nom_naissance", "Nom de naissance", 15, y, 180)
            y = self.textfield("nom_usage", "Nom d'usage (facultatif)", 15, y, 180)
            y = self.textfield("prenoms", "Prénom(s)", 15, y, 180)
        # sex + date of birth on one row
        self.text(15, y + 4.5, "Sexe :", 8.5)
        x = self.checkbox("sexe_F", "F", 27, y + 1.3)
        x = self.checkbox("sexe_M", "M", x, y + 1.3)
        lab = "Date de naissance (JJ MM AAAA)" if r.label != "beside" else "Date de naissance"
        self.text(x + 6, y + 4.5, lab, 8.5)
        cx = x + 6 + self.width(lab, 8.5) + 2.5
        end = self.comb("date_naissance", cx, y, 8, gap_after=(1, 3))
        if r.label == "beside":
            self.text(end + 2, y + 4.5, "(jour / mois / année)", 7)
        y += r.comb * 1.25 + 4
        y = max(
            self.textfield("lieu_commune", "Lieu de naissance : commune", 15, y, 100),
            self.textfield("lieu_pays", "pays", 118, y, 77),
        )
        y = self.textfield("nationalite", "Nationalité", 15, y, 100)
        self.text(15, y + 3, "N° de sécurité sociale (si vous en avez un)", 8)
        self.comb("nir", 15, y + 4.2, 13, size=r.comb * 0.95, gap_after=())
        kx = 15 + 13 * r.comb * 0.95 + 3
        self.text(kx, y + 3, "clé", 7)
        self.comb("nir_cle", kx, y + 4.2, 2, size=r.comb * 0.95)
        y += 4.2 + r.comb * 1.25 + 3
        y = self.textfield("adresse", "Adresse", 15, y, 180)
        y = max(
            self.textfield("code_postal", "Code postal", 15, y, 40),
            self.textfield("commune", "Commune", 58, y, 137),
        )
        y = max(
            self.textfield("telephone", "Téléphone", 15, y, 60),
            self.textfield("email", "Adresse e-mail", 78, y, 117),
        )
        y = self.section(y + 2, "B", "VOTRE SITUATION")
        self.text(15, y + 1, "Cochez la case correspondant à votre situation actuelle.", 7.5)
        y += 4
        for key, label in SITUATIONS:
            self.checkbox("sit_" + key, "", 17, y)
            yy = self.para(17 + r.check_size + 2, y + r.check_size - 0.6, 165, label, 8, 3.6)
            y = max(yy, y + r.check_size + 1.5) + 1.2
            if key == "salarie":
                self.text(25, y + 2.5, "Type de contrat :", 7.5)
                x = 50
                for ckey, clabel in CONTRACTS:
                    x = self.checkbox("ct_" + ckey, clabel, x, y, size=r.check_size * 0.9)
                y += 6
                y = self.textfield("employeur", "Employeur / profession", 25, y, 170) + 1
            if key == "autre":
                y = self.textfield("autre_texte", "Précisez", 25, y - 1, 170)
        self.text(15, 287, "S1106 — cerfa n° 15763*02 — page 1/2", 6.5, color=Color(0.3, 0.3, 0.3))

    def page2(self):
        r = self.r
        self.page = 2
        y = self.section(14, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(
            15,
            y + 1,
            180,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire "
            "et je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
            "situation. Je suis informé(e) que la loi prévoit des sanctions en cas de fausse "
            "déclaration (articles 313-1 et 441-1 du code pénal, article L. 114-17 du code de "
            "la sécurité sociale).",
            8.5,
            4.0,
        )
        y += 4
        self.text(15, y + 5, "Fait à", 9)
        self.hline(26, 110, y + 5.6, dotted=(r.field != "box"))
        self.record("fait_a", kind="text", rect=(27, y, 82, 5.6))
        self.text(114, y + 5, "le", 9)
        self.hline(119, 160, y + 5.6, dotted=(r.field != "box"))
        self.record("date_signature", kind="text", rect=(120, y, 40, 5.6))
        y += 11
        if r.sig_label == "above":
            self.text(110, y + 2.5, "Signature", 9, True)
            y += 4
        self.rect(110, y, 85, 32, lw=0.8)
        if r.sig_label == "inside":
            self.text(111.5, y + 4.2, "Signature", 8.5)
        elif r.sig_label == "grey":
            self.text(140, y + 18, "Signature", 12, color=Color(0.78, 0.78, 0.78))
        self.record("signature", kind="box", rect=(110, y, 85, 32))
        y += 40
        y = self.section(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        pieces = [
            "une pièce d'identité en cours de validité (passeport ou, pour les ressortissants "
            "européens, carte nationale d'identité) ;",
            "si vous n'êtes pas ressortissant européen : votre titre de séjour, votre VLS-TS "
            "(visa long séjour valant titre de séjour) ou votre récépissé de demande ;",
            "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
            "un justificatif de résidence en France depuis plus de trois mois (bail, factures "
            "d'électricité, de gaz, d'eau ou de téléphone, attestation d'hébergement) ;",
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de paie.",
        ]
        for p in pieces:
            self.text(17, y + 0.2, "•" if r.key != "R2" else "-", 9)
            y = self.para(21, y, 172, p, 8, 3.7) + 1.5
        y += 6
        self.rect(15, y, 180, 30, lw=0.6, fill=Color(0.95, 0.95, 0.95))
        self.text(17, y + 5, "Cadre réservé à l'organisme", 8.5, True)
        self.text(17, y + 12, "Date de réception :  ____ / ____ / ________", 8)
        self.text(17, y + 19, "Pièces vérifiées :   oui  [  ]    non  [  ]", 8)
        self.text(17, y + 26, "Matricule agent :  _______________", 8)
        self.text(120, y + 12, "Cachet de la caisse", 8)
        self.text(15, 287, "S1106 — cerfa n° 15763*02 — page 2/2", 6.5, color=Color(0.3, 0.3, 0.3))


def draw_form(canvas, run_key, fill_page=None):
    """Draw both pages; fill_page(drawer, page_no) is called before each showPage."""
    register_fonts()
    d = FormDrawer(canvas, RUNS[run_key])
    d.page1()
    if fill_page:
        fill_page(d, 1)
    canvas.showPage()
    d.page2()
    if fill_page:
        fill_page(d, 2)
    canvas.showPage()
    return d.fields
