"""Three home-made "print runs" of the PUMa application form (cerfa 15763*02, S1106).

Each run draws the two blank A4 pages on a reportlab canvas and returns the geometry of
every fillable zone so that the filling code (hand, typed, AcroForm) can target it.
Geometry entries: name -> {"page", "x", "y", "w", "h", "kind", "n"}; kind is "text",
"comb" (n boxes) or "check"; (x, y) is the bottom-left corner in points.
"""

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "Caladea-B": "crosextra/Caladea-Bold.ttf",
    "Caladea-I": "crosextra/Caladea-Italic.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "Carlito-B": "crosextra/Carlito-Bold.ttf",
    "OpenSans": "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "open-sans/OpenSans-Bold.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
    "Courier": "freefont/FreeMono.ttf",
}
_done = set()


def register_fonts():
    for name, path in FONTS.items():
        if name not in _done:
            pdfmetrics.registerFont(TTFont(name, TT + path))
            _done.add(name)


AM_BLUE = Color(0.0, 0.27, 0.55)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.93, 0.94, 0.96)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière stable "
        "et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "intérim", "apprentissage"]

NOTICE = [
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos",
    "frais de santé si vous travaillez ou résidez en France de manière stable et régulière.",
    "Remplissez-le en lettres capitales et joignez les pièces justificatives listées page 2.",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. 160-2 du code de la sécurité sociale."
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et",
    "m'engage à signaler à ma caisse d'assurance maladie tout changement de situation.",
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes",
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
]
PIECES = [
    "une pièce d'identité en cours de validité (passeport ou carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, VLS-TS visé ou "
    "récépissé ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
    "un justificatif de résidence en France depuis plus de 3 mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous êtes salarié(e) : contrat de travail ou dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire."
)

RUNS = {
    "A": {
        "font": "LibSans",
        "bold": "LibSans-B",
        "bar": "filled",
        "labels": "beside",
        "comb": 14.5,
        "sig_label": "above",
        "row": 25,
    },
    "B": {
        "font": "Caladea",
        "bold": "Caladea-B",
        "bar": "underline",
        "labels": "above",
        "comb": 12.0,
        "sig_label": "inside",
        "row": 31,
    },
    "C": {
        "font": "Carlito",
        "bold": "Carlito-B",
        "bar": "tinted",
        "labels": "inside",
        "comb": 13.0,
        "sig_label": "grey",
        "row": 30,
    },
}


class Form:
    def __init__(self, c, run):
        register_fonts()
        self.c = c
        self.run = run
        self.s = RUNS[run]
        self.geo = {}
        self.page = 1

    # -- primitives -------------------------------------------------------------------
    def text(self, x, y, s, size=8.5, font=None, color=black):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.s["font"], size)
        c.drawString(x, y, s)
        c.setFillColor(black)

    def zone(self, name, x, y, w, h, kind="text", n=1):
        self.geo[name] = {"page": self.page, "x": x, "y": y, "w": w, "h": h, "kind": kind, "n": n}

    def box(self, x, y, w, h, fill=None, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(black)
        if fill is not None:
            c.setFillColor(fill)
            c.rect(x, y, w, h, stroke=1, fill=1)
            c.setFillColor(black)
        else:
            c.rect(x, y, w, h, stroke=1, fill=0)

    def comb(self, name, x, y, n, cw=None, ch=None):
        cw = cw or self.s["comb"]
        ch = ch or cw * 1.15
        c = self.c
        c.setLineWidth(0.6)
        if self.run == "B":  # open comb: baseline and ticks
            c.line(x, y, x + n * cw, y)
            for i in range(n + 1):
                c.line(x + i * cw, y, x + i * cw, y + ch * 0.45)
        else:
            fill = white if self.run == "C" else None
            for i in range(n):
                self.box(x + i * cw, y, cw, ch, fill=fill, lw=0.6)
        self.zone(name, x, y, n * cw, ch, "comb", n)
        return x + n * cw

    def check(self, name, x, y, size=9):
        self.box(x, y, size, size, fill=white if self.run == "C" else None, lw=0.8)
        self.zone(name, x, y, size, size, "check")

    def field(self, name, label, x, y, w, lsize=8.5):
        """A labelled text field; y is the row's base. Returns nothing."""
        lab = self.s["labels"]
        c = self.c
        if lab == "beside":
            self.text(x, y + 4, label, lsize)
            lw = pdfmetrics.stringWidth(label, self.s["font"], lsize) + 6
            self.box(x + lw, y, w - lw, 16)
            self.zone(name, x + lw, y, w - lw, 16)
        elif lab == "above":
            self.text(x, y + 15, label, lsize, font="Caladea-I")
            c.setDash(1, 2)
            c.setLineWidth(0.6)
            c.line(x, y, x + w, y)
            c.setDash()
            self.zone(name, x, y + 1, w, 13)
        else:
            self.box(x, y, w, 24, fill=white)
            self.text(x + 2.5, y + 17, label, 6.5, color=GREY)
            self.zone(name, x + 2, y + 1, w - 4, 14)

    def section(self, y, letter, title):
        s = self.s
        if s["bar"] == "filled":
            self.c.setFillColor(AM_BLUE)
            self.c.rect(40, y, W - 80, 15, stroke=0, fill=1)
            self.text(46, y + 4, f"{letter}   {title}", 10, font=s["bold"], color=white)
        elif s["bar"] == "underline":
            self.text(40, y + 3, f"{letter}. {title}", 11.5, font=s["bold"])
            self.c.setLineWidth(1.2)
            self.c.line(40, y, W - 40, y)
        else:
            self.c.setFillColor(LIGHT)
            self.c.rect(40, y - 2, W - 80, 17, stroke=0, fill=1)
            self.c.setFillColor(AM_BLUE)
            self.c.circle(51, y + 6.5, 7, stroke=0, fill=1)
            self.text(47.6, y + 3, letter, 10, font=s["bold"], color=white)
            self.text(64, y + 2.5, title, 10.5, font=s["bold"], color=AM_BLUE)

    def footer(self, page):
        self.text(40, 28, f"S1106 — cerfa n° 15763*02 — page {page}/2", 7)
        self.text(W - 150, 28, "Réf. S1106-08/2024", 6.5, color=GREY)

    # -- pages -------------------------------------------------------------------------
    def header(self):
        s = self.s
        c = self.c
        c.setFillColor(AM_BLUE)
        c.roundRect(40, H - 78, 44, 40, 6, stroke=0, fill=1)
        self.text(47, H - 60, "AM", 16, font=s["bold"], color=white)
        self.text(90, H - 52, "l'Assurance", 12, font=s["bold"], color=AM_BLUE)
        self.text(90, H - 66, "Maladie", 12, font=s["bold"], color=AM_BLUE)
        self.box(W - 140, H - 80, 100, 40)
        self.text(W - 132, H - 56, "cerfa", 13, font=s["bold"])
        self.text(W - 132, H - 72, "N° 15763*02", 9)
        self.text(170, H - 56, "Demande d'ouverture des droits", 14, font=s["bold"])
        self.text(170, H - 72, "à l'assurance maladie", 14, font=s["bold"])
        self.text(170, H - 88, "Protection universelle maladie (PUMa)", 10.5, color=AM_BLUE)
        y = H - 108
        for line in NOTICE:
            self.text(40, y, line, 7)
            y -= 8.5
        self.text(40, y - 2, LEGAL, 6.5, color=GREY)
        return y - 22

    def page1(self):
        s = self.s
        c = self.c
        self.page = 1
        y = self.header()
        self.section(y, "A", "VOUS")
        r = s["row"]
        y -= r + 4
        if self.run == "C":  # names in comb boxes, label inside the grey band
            for name, label in (
                ("surname", "Nom de naissance"),
                ("usage_name", "Nom d'usage (facultatif)"),
                ("given_names", "Prénom(s)"),
            ):
                self.text(42, y + 16, label, 7, color=GREY)
                self.comb(name, 42, y, 24, cw=13.0, ch=14)
                y -= r
        else:
            self.field("surname", "Nom de naissance", 40, y, W - 80)
            y -= r
            self.field("usage_name", "Nom d'usage (facultatif)", 40, y, W - 80)
            y -= r
            self.field("given_names", "Prénom(s)", 40, y, W - 80)
            y -= r
        # sex + date of birth
        ly = y + (15 if self.run == "B" else 4)
        self.text(42, ly, "Sexe", 8.5)
        self.text(72, ly, "F", 8.5)
        self.check("sex_F", 82, y + 2)
        self.text(100, ly, "M", 8.5)
        self.check("sex_M", 112, y + 2)
        self.text(150, ly, "Date de naissance", 8.5)
        cw = s["comb"]
        x = 150 + (0 if self.run == "B" else 80)
        yy = y if self.run != "B" else y
        x = self.comb("dob_d", x, yy, 2) + 5
        x = self.comb("dob_m", x, yy, 2) + 5
        self.comb("dob_y", x, yy, 4)
        if self.run != "B":
            self.text(230, y - 8, "JJ", 6, color=GREY)
            self.text(230 + 2 * cw + 5, y - 8, "MM", 6, color=GREY)
            self.text(230 + 4 * cw + 10, y - 8, "AAAA", 6, color=GREY)
        y -= r + 4
        self.field("birth_town", "Lieu de naissance : commune", 40, y, 300)
        self.field("birth_country", "pays", 350, y, W - 390)
        y -= r
        self.field("nationality", "Nationalité", 40, y, 300)
        y -= r
        ly = y + (15 if self.run == "B" else 4)
        self.text(42, ly, "N° de sécurité sociale (si vous en avez un)", 8.5)
        x = 40 if self.run == "B" else 225
        yy = y if self.run != "B" else y - 2
        if self.run == "B":
            yy = y - 2
        x = self.comb("nir", x + (0 if self.run != "B" else 190), yy, 13, cw=cw * 0.95)
        self.text(x + 4, ly, "clé", 7)
        self.comb("nir_key", x + 18, yy, 2, cw=cw * 0.95)
        y -= r + 4
        self.field("address", "Adresse", 40, y, W - 80)
        y -= r
        ly = y + (15 if self.run == "B" else 4)
        self.text(42, ly, "Code postal", 8.5)
        self.comb("postcode", 95, y, 5)
        self.field("city", "Commune", 95 + 5 * cw + 15, y, W - 40 - (95 + 5 * cw + 15))
        y -= r
        self.field("phone", "Téléphone", 40, y, 200)
        self.field("email", "Adresse e-mail", 250, y, W - 290)
        y -= r + 16
        self.section(y, "B", "VOTRE SITUATION")
        self.text(40, y - 14, "Cochez la case correspondant à votre situation actuelle.", 7.5)
        y -= 34
        for key, label in SITUATIONS:
            self.check("sit_" + key, 44, y)
            lines = [label]
            if len(label) > 95:
                cut = label.rfind(" ", 0, 95)
                lines = [label[:cut], label[cut + 1 :]]
            for i, ln in enumerate(lines):
                self.text(60, y + 1.5 - 10 * i, ln, 8.5)
            if key == "salarie":
                y -= 16
                self.text(60, y + 1.5, "Type de contrat :", 8)
                x = 135
                for ct in CONTRACTS:
                    self.check("ct_" + ct, x, y, 8)
                    self.text(x + 11, y + 1, ct, 8)
                    x += 62 if ct != "intérim" else 60
                self.field("job", "Emploi occupé", 390, y - 2, W - 430, lsize=7.5)
            if key == "autre":
                c.setDash(1, 2)
                c.line(180, y, W - 40, y)
                c.setDash()
                self.zone("other_text", 180, y + 1, W - 220, 12)
            y -= 14 + 10 * len(lines)
        self.footer(1)

    def page2(self):
        s = self.s
        c = self.c
        self.page = 2
        y = H - 60
        self.section(y - 14, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y -= 36
        for line in CERTIF:
            self.text(44, y, line, 9)
            y -= 12
        y -= 22
        self.text(44, y, "Fait à", 10)
        c.setDash(1, 2)
        c.line(76, y - 2, 270, y - 2)
        self.zone("place", 78, y - 1, 190, 14)
        self.text(285, y, "le", 10)
        if self.run == "A":
            c.setDash()
            x = 300
            for nm, n in (("date_d", 2), ("date_m", 2), ("date_y", 4)):
                x = self.comb(nm, x, y - 3, n, cw=13) + 6
            self.zone("date", 300, y - 3, x - 300, 15)
        else:
            c.line(298, y - 2, 450, y - 2)
            c.setDash()
            self.zone("date", 300, y - 1, 150, 14)
        y -= 30
        bx, bw, bh = 300, W - 340, 95
        if s["sig_label"] == "above":
            self.text(bx, y, "Signature", 9.5, font=s["bold"])
            y -= 6
            self.box(bx, y - bh, bw, bh, lw=0.9)
        elif s["sig_label"] == "inside":
            self.box(bx, y - bh, bw, bh, lw=0.9)
            self.text(bx + 5, y - 13, "Signature", 9.5, font=s["bold"])
        else:
            self.box(bx, y - bh, bw, bh, fill=white, lw=0.9)
            self.text(bx + bw / 2 - 38, y - bh / 2 - 6, "Signature", 17, color=Color(0.8, 0.8, 0.8))
        self.zone("signature", bx, y - bh, bw, bh)
        y -= bh + 34
        self.text(40, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10.5, font=s["bold"])
        y -= 16
        for p in PIECES:
            self.text(48, y, "•", 9)
            self.text(58, y, p, 8.5)
            y -= 13
        y -= 14
        self.text(40, y, CNIL[:98], 6.5, color=GREY)
        self.text(40, y - 8, CNIL[98:], 6.5, color=GREY)
        y -= 40
        c.setDash(3, 2)
        self.box(40, y - 70, W - 80, 80)
        c.setDash()
        self.text(48, y - 2, "Cadre réservé à l'organisme", 9, font=s["bold"])
        self.text(48, y - 22, "Date de réception : ____ / ____ / ________", 8)
        self.text(48, y - 40, "Pièces vérifiées :  oui  [  ]   non  [  ]", 8)
        self.text(300, y - 22, "Matricule agent : ______________", 8)
        self.text(300, y - 40, "Visa :", 8)
        self.footer(2)
