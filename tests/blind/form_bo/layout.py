"""Our own "print runs" of the cerfa 15763*02 (S1106) form, drawn with reportlab.

draw_form() draws both pages on a canvas and returns the slots where values go, in PDF
points (origin bottom-left): ("comb", page, [(x, y, w, h), ...]), ("line", page, x, y, w),
("box", page, x, y, w, h).
"""

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "OpenSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
    "Arimo": TT + "liberation/LiberationSansNarrow-Regular.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

RUNS = {
    "A": {"f": "LibSans", "fb": "LibSans-B", "bar": (0.08, 0.24, 0.55), "bar_text": white,
              "names": "comb", "cs": 13.0, "labels": "beside", "sig_label": "above"},
    "B": {"f": "Carlito", "fb": "Carlito-B", "bar": None, "bar_text": black,
              "names": "dots", "cs": 12.0, "labels": "above", "sig_label": "grey_inside"},
    "C": {"f": "OpenSans", "fb": "OpenSans-B", "bar": (0.82, 0.84, 0.87), "bar_text": black,
              "names": "frame", "cs": 14.0, "labels": "inside", "sig_label": "inside"},
}  # fmt: skip

NOTICE = [
    (
        "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
        "professionnelle : ce formulaire"
    ),
    (
        "vous permet de demander l'ouverture de vos droits à la prise en charge de vos frais de "
        "santé. Écrivez en lettres"
    ),
    (
        "capitales et joignez les pièces justificatives listées en page 2. Envoyez le tout à la "
        "caisse de votre lieu de résidence."
    ),
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 200-1, R. 111-2 et R. 160-1 et suivants "
    "du code de la sécurité sociale"
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation",
    "(adresse, activité professionnelle, situation familiale).",
    (
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
        "313-1, 313-3, 433-19,"
    ),
    "441-1 et 441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    (
        "si vous êtes ressortissant d'un pays hors UE/EEE/Suisse : votre titre de séjour, votre "
        "VLS-TS ou votre récépissé ;"
    ),
    "une copie intégrale de votre acte de naissance (ou extrait avec filiation) ;",
    (
        "un justificatif de résidence de plus de trois mois (bail, trois factures successives, "
        "attestation d'hébergement) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) en France"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "Intérim"), ("apprenti", "Apprentissage")]


class Drawer:
    def __init__(self, c, run, rng):
        self.c, self.r, self.rng = c, run, rng
        self.slots = {}
        self.page = 1
        self.L, self.R = 40 + rng.uniform(-4, 6), 555 + rng.uniform(-6, 4)

    def font(self, bold=False, size=9):
        self.c.setFont(self.r["fb"] if bold else self.r["f"], size)

    def text(self, x, y, s, size=9, bold=False, grey=0.0):
        self.c.setFillColor(Color(grey, grey, grey))
        self.font(bold, size)
        self.c.drawString(x, y, s)
        self.c.setFillColor(black)

    def bar(self, y, title):
        c, r = self.c, self.r
        if r["bar"]:
            c.setFillColor(Color(*r["bar"]))
            c.rect(self.L, y - 4, self.R - self.L, 16, stroke=0, fill=1)
            c.setFillColor(r["bar_text"])
            self.font(True, 10.5)
            c.drawString(self.L + 6, y + 0.5, title)
            c.setFillColor(black)
        else:
            self.text(self.L, y, title, 11, True)
            c.setLineWidth(1.2)
            c.line(self.L, y - 4, self.R, y - 4)
        return y - 26

    def comb(self, name, x, y, n, cs=None, gaps=()):
        cs = cs or self.r["cs"]
        boxes = []
        self.c.setLineWidth(0.6)
        for i in range(n):
            bx = x + i * cs + sum(cs * 0.5 for g in gaps if i >= g)
            self.c.rect(bx, y, cs, cs * 1.18)
            boxes.append((bx, y, cs, cs * 1.18))
        self.slots[name] = ("comb", self.page, boxes)
        return boxes[-1][0] + cs

    def field(self, name, label, x, y, w, size=8.5):
        """A text field in the run's style; returns the y below it."""
        c, st = self.c, self.r["labels"]
        if st == "beside":
            self.text(x, y, label, size)
            lx = x + pdfmetrics.stringWidth(label, self.r["f"], size) + 4
            c.setDash(1, 2)
            c.setLineWidth(0.5)
            c.line(lx, y - 1.5, x + w, y - 1.5)
            c.setDash()
            self.slots[name] = ("line", self.page, lx, y, x + w - lx)
            return y - 19
        if st == "above":
            self.text(x, y, label, size - 0.5, grey=0.25)
            c.setDash(0.6, 1.6)
            c.setLineWidth(0.6)
            c.line(x, y - 15, x + w, y - 15)
            c.setDash()
            self.slots[name] = ("line", self.page, x + 2, y - 13.5, w - 4)
            return y - 27
        c.setLineWidth(0.6)
        c.rect(x, y - 14, w, 22)
        self.text(x + 2.5, y + 2.5, label, 5.8, grey=0.3)
        self.slots[name] = ("line", self.page, x + 4, y - 11, w - 8)
        return y - 27

    def tickbox(self, name, x, y, size=9):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y - 1.5, size, size)
        self.slots[name] = ("box", self.page, x, y - 1.5, size, size)


def header(d, rng):
    c = d.c
    top = 842 - 38 - rng.uniform(0, 8)
    c.setFillColor(Color(0.0, 0.33, 0.62))
    c.setFont(d.r["fb"], 15)
    c.drawString(d.L, top, "l'Assurance")
    c.drawString(d.L, top - 16, "Maladie")
    c.setFillColor(black)
    bx = d.R - 92
    c.setLineWidth(1)
    c.rect(bx, top - 20, 92, 34)
    d.text(bx + 8, top + 2, "cerfa", 13, True)
    d.text(bx + 8, top - 13, "N° 15763*02", 10)
    t = top - 48
    d.text(d.L, t, "Demande d'ouverture des droits à l'assurance maladie", 15, True)
    d.text(d.L, t - 17, "Protection universelle maladie (PUMa)", 11.5, False)
    d.text(d.L, t - 30, LEGAL, 6.5, grey=0.2)
    y = t - 44
    for ln in NOTICE:
        d.text(d.L, y, ln, 6.8, grey=0.15)
        y -= 8.5
    return y - 12


def page1(d, rng):
    c, r = d.c, d.r
    y = header(d, rng)
    y = d.bar(y, rng.choice(["A  VOUS", "A - VOUS", "A. VOUS"]))
    L, R = d.L, d.R
    names = [
        ("surname", "Nom de naissance"),
        ("usage_name", "Nom d'usage (facultatif)"),
        ("given_names", "Prénom(s)"),
    ]
    if r["names"] == "comb":
        n = int((R - L - 130) // r["cs"])
        for key, lab in names:
            d.text(L, y + 3, lab, 8.5)
            d.comb(key, L + 128, y, n)
            y -= r["cs"] * 1.18 + 7
        y -= 6
    else:
        for key, lab in names:
            y = d.field(key, lab, L, y, R - L)
    # sex + date of birth
    d.text(L, y + 2, "Sexe :", 8.5)
    d.text(L + 34, y + 2, "F", 8.5)
    d.tickbox("sex_F", L + 43, y + 2.5)
    d.text(L + 62, y + 2, "M", 8.5)
    d.tickbox("sex_M", L + 73, y + 2.5)
    x = L + 110
    d.text(x, y + 2, "Date de naissance", 8.5)
    cs = r["cs"] * rng.uniform(0.92, 1.0)
    d.comb("dob", x + 82, y - 2, 8, cs, gaps=(2, 4))
    d.text(x + 82, y - 9, "J J      M M      A A A A", 5.5, grey=0.4)
    y -= 28
    if r["labels"] == "beside":
        d.field("birth_city", "Lieu de naissance : commune", L, y, 300)
        y = d.field("birth_country", "pays", L + 310, y, R - L - 310)
        y = d.field("nationality", "Nationalité", L, y, 260)
    else:
        d.field("birth_city", "Lieu de naissance (commune)", L, y, 230)
        d.field("birth_country", "Pays de naissance", L + 240, y, 140)
        y = d.field("nationality", "Nationalité", L + 390, y, R - L - 390)
    d.text(L, y + 2, "N° de sécurité sociale (si vous en avez un)", 8.5)
    x = L + 190
    end = d.comb("nir", x, y - 2, 13, r["cs"] * 0.95, gaps=(1, 3, 5, 7, 10))
    d.text(end + 6, y + 2, "clé", 7)
    d.comb("nir_key", end + 22, y - 2, 2, r["cs"] * 0.95)
    y -= 30
    y = d.field("address", "Adresse", L, y, R - L)
    d.text(L, y + 2, "Code postal", 8.5)
    d.comb("postcode", L + 60, y - 2, 5, r["cs"])
    d.field("city", "Commune", L + 150, y + (0 if r["labels"] == "beside" else 6), R - L - 150)
    y -= 30
    d.field("phone", "Téléphone", L, y, 200)
    y = d.field("email", "Adresse e-mail", L + 215, y, R - L - 215)
    y -= 6
    y = d.bar(y, rng.choice(["B  VOTRE SITUATION", "B - VOTRE SITUATION", "B. VOTRE SITUATION"]))
    d.text(L, y + 4, "Cochez la case qui correspond à votre situation actuelle :", 8, grey=0.2)
    y -= 16
    for key, lab in SITUATIONS:
        d.tickbox("sit_" + key, L + 4, y)
        d.text(L + 20, y, lab, 8.5)
        if key == "salarie":
            y -= 16
            d.text(L + 30, y, "Type de contrat :", 8)
            if r["labels"] == "above":
                c.setDash(1, 2)
                c.line(L + 100, y - 1.5, L + 260, y - 1.5)
                c.setDash()
                d.slots["contract_line"] = ("line", 1, L + 102, y, 156)
            else:
                x = L + 100
                for ck, cl in CONTRACTS:
                    d.tickbox("ct_" + ck, x, y)
                    d.text(x + 13, y, cl, 8)
                    x += 30 + pdfmetrics.stringWidth(cl, r["f"], 8)
            y -= 17
            y = d.field("job", "Emploi occupé :", L + 30, y, R - L - 200, size=8) + 17
        if key == "autre":
            c.setDash(1, 2)
            c.line(L + 140, y - 1.5, R, y - 1.5)
            c.setDash()
            d.slots["autre_text"] = ("line", 1, L + 142, y, R - L - 145)
        y -= 19
    footer(d, 1)


def footer(d, n):
    d.text(d.L, 30, f"S1106 — cerfa n° 15763*02 — page {n}/2", 7, grey=0.3)


def page2(d, rng):
    c, r = d.c, d.r
    L, R = d.L, d.R
    y = 842 - 50 - rng.uniform(0, 10)
    y = d.bar(
        y, rng.choice(["C  VOS ENGAGEMENTS ET SIGNATURE", "C - VOS ENGAGEMENTS ET SIGNATURE"])
    )
    for ln in CERTIF:
        d.text(L, y, ln, 8.4)
        y -= 11
    y -= 14
    d.text(L, y, "Fait à", 9.5)
    c.setDash(1, 2)
    c.line(L + 30, y - 2, L + 230, y - 2)
    d.slots["place"] = ("line", 2, L + 32, y, 196)
    d.text(L + 240, y, "le", 9.5)
    c.line(L + 253, y - 2, L + 380, y - 2)
    c.setDash()
    d.slots["date"] = ("line", 2, L + 255, y, 123)
    y -= 22
    bw, bh = rng.uniform(210, 250), rng.uniform(78, 96)
    bx = R - bw - rng.uniform(0, 20)
    if r["sig_label"] == "above":
        d.text(bx, y, "Signature", 9.5, True)
        y -= 6
    c.setLineWidth(0.9)
    c.rect(bx, y - bh, bw, bh)
    if r["sig_label"] == "grey_inside":
        d.text(bx + bw / 2 - 25, y - bh / 2 - 4, "Signature", 11, grey=0.72)
    elif r["sig_label"] == "inside":
        d.text(bx + 4, y - 9, "Signature du demandeur", 6.5, grey=0.3)
    d.slots["sig"] = ("box", 2, bx, y - bh, bw, bh)
    y -= bh + 30
    y = d.bar(y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for ln in PIECES:
        d.text(L + 4, y, "•", 8.5)
        d.text(L + 14, y, ln, 8.2)
        y -= 12.5
    y -= 14
    c.setLineWidth(0.8)
    c.setFillColor(Color(0.95, 0.95, 0.95))
    c.rect(L, y - 70, R - L, 80, stroke=1, fill=1)
    c.setFillColor(black)
    d.text(L + 6, y - 2, "Cadre réservé à l'organisme", 8.5, True)
    d.text(L + 6, y - 22, "Date de réception : ____ / ____ / ________", 8)
    d.text(L + 6, y - 40, "Pièces vérifiées :", 8)
    for dx, lab in ((80, "oui"), (115, "non")):
        c.rect(L + dx, y - 41, 7, 7)
        d.text(L + dx + 10, y - 40, lab, 8)
    d.text(L + 6, y - 58, "Matricule agent : ______________", 8)
    d.text(L + 280, y - 22, "Observations :", 8)
    y -= 95
    cnil = [
        (
            "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
            "aux libertés s'applique aux réponses faites"
        ),
        (
            "sur ce formulaire. Elle garantit un droit d'accès et de rectification des données "
            "auprès de votre caisse d'assurance maladie."
        ),
    ]
    for ln in cnil:
        d.text(L, y, ln, 6.3, grey=0.3)
        y -= 8
    footer(d, 2)


def draw_form(c, run_key, rng, fill=None):
    """Draw both pages; fill(c, drawer, page) is called before each showPage."""
    d = Drawer(c, RUNS[run_key], rng)
    page1(d, rng)
    if fill:
        fill(c, d, 1)
    c.showPage()
    d.page = 2
    page2(d, rng)
    if fill:
        fill(c, d, 2)
    c.showPage()
    return d.slots
