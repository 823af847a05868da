"""Two home-made print runs of the PUMa application form (cerfa 15763*02, ameli S1106).

Each layout draws one blank page on a reportlab canvas through a `Sheet`, which records every
printed label, every stroked line (box edges, comb cells, dotted lines) and every value written
later, so that `Sheet.check()` can assert that no label touches a line or a value.
"""

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.28, 841.89
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LS": TT + "liberation/LiberationSans-Regular.ttf",
    "LSB": TT + "liberation/LiberationSans-Bold.ttf",
    "LSI": TT + "liberation/LiberationSans-Italic.ttf",
    "LA": TT + "lato/Lato-Regular.ttf",
    "LAB": TT + "lato/Lato-Bold.ttf",
    "LAI": TT + "lato/Lato-Italic.ttf",
    "LAH": TT + "lato/Lato-Heavy.ttf",
    "CAR": TT + "crosextra/Carlito-Regular.ttf",
    "LSER": TT + "liberation/LiberationSerif-Regular.ttf",
    "DJV": TT + "dejavu/DejaVuSans.ttf",
    "MONO": TT + "freefont/FreeMono.ttf",
    "H_DKG": TT + "fifthhorseman/dkg.ttf",
    "H_DKGI": TT + "fifthhorseman/dkgIt.ttf",
    "H_BREIP": TT + "breip/Breip.ttf",
    "H_RUF": TT + "rufscript/Rufscript010.ttf",
    "H_ECOL": TT + "ecolier-court/Ecolier-court.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if not _registered:
        for name, path in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, path))
        _registered = True


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def _overlap(a, b, pad=0.25):
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


class Sheet:
    """One page being drawn: slots for the filler, rectangles for the overlap check."""

    def __init__(self, c, page):
        self.c = c
        self.page = page
        self.labels = []
        self.lines = []
        self.values = []
        self.slots = {}

    # ---- printing -------------------------------------------------------------------------
    def label(self, x, y, text, font, size, color=(0, 0, 0), anchor="l"):
        w = sw(text, font, size)
        if anchor == "r":
            x -= w
        elif anchor == "c":
            x -= w / 2
        c = self.c
        c.setFont(font, size)
        c.setFillColorRGB(*color)
        c.drawString(x, y, text)
        asc, desc = pdfmetrics.getAscentDescent(font, size)
        self.labels.append((x, y + min(desc, -0.18 * size), x + w, y + min(asc, 0.92 * size), text))
        return x + w

    def para(self, x, y, width, text, font, size, lead=None, color=(0, 0, 0)):
        lead = lead or size * 1.22
        for line in simpleSplit(text, font, size, width):
            self.label(x, y, line, font, size, color)
            y -= lead
        return y

    def seg(self, x1, y1, x2, y2, lw=0.6, color=(0, 0, 0), dash=None):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        c.setDash(*dash) if dash else c.setDash()
        c.line(x1, y1, x2, y2)
        c.setDash()
        h = lw / 2
        self.lines.append((min(x1, x2) - h, min(y1, y2) - h, max(x1, x2) + h, max(y1, y2) + h))

    def rect(self, x, y, w, h, lw=0.6, color=(0, 0, 0), dash=None):
        self.seg(x, y, x + w, y, lw, color, dash)
        self.seg(x, y + h, x + w, y + h, lw, color, dash)
        self.seg(x, y, x, y + h, lw, color, dash)
        self.seg(x + w, y, x + w, y + h, lw, color, dash)

    def fill(self, x, y, w, h, color, radius=0):
        c = self.c
        c.setFillColorRGB(*color)
        if radius:
            c.roundRect(x, y, w, h, radius, stroke=0, fill=1)
        else:
            c.rect(x, y, w, h, stroke=0, fill=1)

    # ---- slots ---------------------------------------------------------------------------
    def box_slot(self, name, x, y, w, h, lw=0.6, color=(0, 0, 0)):
        self.rect(x, y, w, h, lw, color)
        self.slots[name] = ("box", (x, y, w, h))

    def line_slot(self, name, x0, x1, y, color=(0.3, 0.3, 0.3), dotted=True):
        self.seg(x0, y, x1, y, 0.5, color, (1, 2) if dotted else None)
        self.slots[name] = ("line", (x0, x1, y + 1.5))

    def tick_slot(self, name, x, y, s=10, lw=0.7, color=(0, 0, 0)):
        self.rect(x, y, s, s, lw, color)
        self.slots[name] = ("tick", (x, y, s, s))

    def comb_slot(self, name, x, y, groups, cw, ch, gap, lw=0.6, color=(0, 0, 0)):
        cells = []
        for gi, n in enumerate(groups):
            for _ in range(n):
                self.rect(x, y, cw, ch, lw, color)
                cells.append((x, y, cw, ch))
                x += cw
            if gi < len(groups) - 1:
                x += gap
        self.slots[name] = ("comb", cells)
        return x

    def add_value(self, x0, y0, x1, y1):
        self.values.append((x0, y0, x1, y1))

    def check(self):
        for lab in self.labels:
            for r in self.lines:
                assert not _overlap(lab, r), f"label {lab[4]!r} p{self.page} touches a line {r}"
            for r in self.values:
                assert not _overlap(lab, r), f"label {lab[4]!r} p{self.page} touches a value {r}"


NOTICE = (
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos "
    "frais de santé si vous exercez une activité professionnelle en France ou si vous y résidez "
    "de manière stable (depuis plus de trois mois) et régulière. Remplissez-le lisiblement, "
    "datez-le et signez-le, puis adressez-le à la caisse d'assurance maladie de votre lieu de "
    "résidence avec les pièces justificatives listées en page 2."
)
LEGAL = "Articles L. 160-1, L. 160-5, L. 160-7, R. 111-3 et D. 160-2 du code de la sécurité sociale"
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité professionnelle, situation familiale) et je reconnais avoir été "
    "informé(e) que la caisse peut procéder à toutes les vérifications nécessaires."
)
FRAUD = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
    "313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, article L. 114-13 du code de la "
    "sécurité sociale). La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
    "fichiers et aux libertés vous garantit un droit d'accès et de rectification des données vous "
    "concernant auprès de votre caisse."
)
PIECES = [
    "Une photocopie de votre pièce d'identité en cours de validité (passeport ou, pour les "
    "ressortissants de l'UE, de l'EEE ou de la Suisse, carte nationale d'identité).",
    "Si vous êtes ressortissant(e) d'un pays hors UE/EEE/Suisse : une photocopie de votre titre "
    "de séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou du récépissé de "
    "votre demande.",
    "Une copie intégrale de votre acte de naissance ou un extrait avec filiation (apostillé ou "
    "légalisé, selon le pays, s'il a été délivré à l'étranger).",
    "Un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
    "successives (électricité, gaz, eau, téléphone, internet) ou attestation d'hébergement "
    "accompagnée de la pièce d'identité et d'un justificatif de domicile de l'hébergeant.",
    "Un relevé d'identité bancaire (RIB) à votre nom.",
    "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
FOOT = "S1106 — cerfa n° 15763*02 — page {}/2"
SIT_KEYS = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]


# =========================================================================================
# Print run A: sans serif, blue section bars, labels above, names in comb boxes
# =========================================================================================
BLUE = (0.05, 0.29, 0.56)
GREY = (0.35, 0.35, 0.38)


def _bar(s, y, text):
    s.fill(40, y, W - 80, 16, BLUE)
    s.label(46, y + 4.5, text, "LSB", 10, (1, 1, 1))


def run_a(s):
    if s.page == 1:
        _run_a_p1(s)
    else:
        _run_a_p2(s)


def _run_a_p1(s):
    s.fill(40, 778, 34, 34, BLUE, radius=6)
    s.fill(49, 787, 16, 16, (1, 1, 1), radius=8)
    s.label(80, 799, "l'Assurance", "LSB", 13, BLUE)
    s.label(80, 784, "Maladie", "LSB", 13, BLUE)
    s.rect(445, 772, 110, 44, 0.8)
    s.label(452, 798, "cerfa", "LSB", 16)
    s.label(452, 781, "N° 15763*02", "LS", 9)
    s.label(
        W / 2, 748, "Demande d'ouverture des droits à l'assurance maladie", "LSB", 15, anchor="c"
    )
    s.label(W / 2, 731, "Protection universelle maladie (PUMa)", "LS", 12, anchor="c")
    s.label(W / 2, 717, LEGAL, "LSI", 7.5, GREY, anchor="c")
    s.fill(40, 658, W - 80, 50, (0.92, 0.94, 0.97))
    s.para(46, 698, W - 92, NOTICE, "LS", 7.2, 8.6)
    _bar(s, 632, "A     VOUS")
    s.label(W - 42, 636.5, "en lettres majuscules", "LSI", 7, (0.85, 0.9, 1), anchor="r")
    lab = dict(font="LS", size=7, color=GREY)
    s.label(40, 620, "Nom de naissance", **lab)
    s.comb_slot("surname", 40, 600, [26], 18.5, 16, 0)
    s.label(40, 590, "Nom d'usage (facultatif, par exemple nom d'épouse)", **lab)
    s.comb_slot("usage_name", 40, 570, [26], 18.5, 16, 0)
    s.label(40, 560, "Prénom(s)", **lab)
    s.comb_slot("given_names", 40, 540, [26], 18.5, 16, 0)
    x = s.label(40, 521, "Sexe :", "LS", 8)
    x = s.label(x + 8, 521, "F", "LS", 8)
    s.tick_slot("sex_F", x + 4, 519, 11)
    x = s.label(x + 24, 521, "M", "LS", 8)
    s.tick_slot("sex_M", x + 4, 519, 11)
    x = s.label(175, 521, "Date de naissance :", "LS", 8)
    s.comb_slot("dob", x + 8, 517, [2, 2, 4], 15, 16, 8)
    hx = x + 8
    for t, n in (("JJ", 2), ("MM", 2), ("AAAA", 4)):
        s.label(hx + n * 7.5, 509, t, "LS", 5.5, GREY, anchor="c")
        hx += n * 15 + 8
    s.label(40, 496, "Lieu de naissance : commune", **lab)
    s.box_slot("birth_town", 40, 476, 250, 16)
    s.label(305, 496, "pays", **lab)
    s.box_slot("birth_country", 305, 476, 250, 16)
    s.label(40, 466, "Nationalité", **lab)
    s.box_slot("nationality", 40, 446, 250, 16)
    s.label(305, 466, "N° d'allocataire CAF / MSA (si vous en avez un)", **lab)
    s.box_slot("caf", 305, 446, 250, 16)
    s.label(40, 436, "N° de sécurité sociale (si vous en avez un)", **lab)
    x = s.comb_slot("nir13", 40, 414, [1, 2, 2, 2, 3, 3], 15, 16, 6)
    s.label(x + 18, 436, "clé", **lab)
    s.comb_slot("nirkey", x + 18, 414, [2], 15, 16, 0)
    s.label(40, 402, "Adresse (n°, rue, bâtiment, étage...)", **lab)
    s.box_slot("address", 40, 382, 515, 16)
    s.label(40, 372, "Code postal", **lab)
    s.comb_slot("postcode", 40, 352, [5], 15, 16, 0)
    s.label(130, 372, "Commune", **lab)
    s.box_slot("city", 130, 352, 425, 16)
    s.label(40, 342, "Téléphone", **lab)
    s.box_slot("phone", 40, 322, 200, 16)
    s.label(255, 342, "Adresse e-mail", **lab)
    s.box_slot("email", 255, 322, 300, 16)
    _bar(s, 290, "B     VOTRE SITUATION")
    s.label(40, 274, "Cochez la case qui correspond à votre situation actuelle :", "LSI", 8)
    items = [
        (254, "salarie", "Vous exercez une activité salariée en France"),
        (
            214,
            "independant",
            "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        ),
        (196, "demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
        (178, "etudiant", "Vous êtes étudiant(e)"),
        (
            160,
            "sans_activite",
            "Vous êtes sans activité professionnelle et résidez en France "
            "de manière stable depuis plus de trois mois",
        ),
        (142, "autre", "Autre situation, précisez :"),
    ]
    for y, key, text in items:
        s.tick_slot("sit_" + key, 42, y - 1.5, 10)
        x = s.label(58, y, text, "LS", 8)
    s.box_slot("other_text", x + 6, 138, W - 40 - x - 6, 15)
    x = s.label(58, 236, "Profession :", "LS", 8)
    s.box_slot("job", x + 5, 232, 180, 15)
    x = s.label(x + 200, 236, "Contrat :", "LS", 8)
    for key, text in (
        ("CDI", "CDI"),
        ("CDD", "CDD"),
        ("interim", "Intérim"),
        ("ct_autre", "Autre"),
    ):
        s.tick_slot("ct_" + key, x + 6, 234.5, 10)
        x = s.label(x + 20, 236, text, "LS", 8)
    s.label(40, 40, FOOT.format(1), "LS", 7, GREY)
    s.label(W - 40, 40, "Assurance Maladie", "LSB", 7, BLUE, anchor="r")


def _run_a_p2(s):
    _bar(s, 790, "C     VOS ENGAGEMENTS ET SIGNATURE")
    y = s.para(40, 772, W - 80, CERTIF, "LS", 9, 11.5)
    s.para(40, y - 3, W - 80, FRAUD, "LSI", 6.8, 8.2, GREY)
    x = s.label(40, 690, "Fait à", "LS", 9)
    s.box_slot("place", x + 6, 684, 300 - x - 6, 18)
    x = s.label(312, 690, "le", "LS", 9)
    s.box_slot("date", x + 6, 684, 150, 18)
    s.rect(300, 578, 255, 92, 0.8)
    s.label(306, 658, "Signature", "LS", 9, (0.6, 0.6, 0.6))
    s.slots["sig"] = ("sig", (304, 581, 248, 72))
    _bar(s, 540, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y = 526
    for item in PIECES:
        s.label(44, y, "•", "LS", 9, BLUE)
        y = s.para(54, y, W - 96, item, "LS", 8.3, 10) - 3
    s.rect(40, 250, W - 80, 80, 0.6, GREY)
    s.label(48, 316, "Cadre réservé à l'organisme", "LSB", 8, GREY)
    x = s.label(48, 292, "Date de réception :", "LS", 8, GREY)
    s.comb_slot("recv", x + 6, 288, [2, 2, 4], 12, 13, 5, 0.5, GREY)
    x = s.label(300, 292, "Pièces vérifiées", "LS", 8, GREY)
    s.tick_slot("checked", x + 6, 290, 10, 0.5, GREY)
    x = s.label(48, 266, "Matricule agent :", "LS", 8, GREY)
    s.box_slot("agent", x + 6, 262, 120, 14, 0.5, GREY)
    s.label(40, 40, FOOT.format(2), "LS", 7, GREY)
    s.label(W - 40, 40, "Assurance Maladie", "LSB", 7, BLUE, anchor="r")


# =========================================================================================
# Print run B: Lato, teal headings with rules, labels beside dotted lines
# =========================================================================================
TEAL = (0.0, 0.42, 0.45)
DARK = (0.15, 0.15, 0.2)


def _head(s, y, text):
    s.label(40, y, text, "LAH", 11, TEAL)
    s.seg(40, y - 5, W - 40, y - 5, 1.2, TEAL)


def run_b(s):
    if s.page == 1:
        _run_b_p1(s)
    else:
        _run_b_p2(s)


def _dotted(s, name, y, text, x1=W - 40, x=40, size=9):
    xe = s.label(x, y, text, "LA", size, DARK)
    s.line_slot(name, xe + 5, x1, y - 2)
    return xe


def _run_b_p1(s):
    s.rect(40, 770, 100, 42, 0.7)
    s.label(47, 793, "cerfa", "LAH", 17)
    s.label(47, 777, "N° 15763*02", "LA", 8.5)
    s.label(W - 40, 798, "l'Assurance Maladie", "LAH", 15, TEAL, anchor="r")
    s.label(W - 40, 785, "Agir ensemble, protéger chacun", "LAI", 7.5, TEAL, anchor="r")
    s.label(40, 744, "Demande d'ouverture des droits", "LAB", 17, DARK)
    s.label(40, 725, "à l'assurance maladie", "LAB", 17, DARK)
    s.label(40, 708, "Protection universelle maladie (PUMa)", "LA", 12, TEAL)
    s.label(40, 694, "(" + LEGAL + ")", "LAI", 7, GREY)
    s.rect(40, 630, W - 80, 56, 0.5, GREY)
    s.para(46, 676, W - 92, NOTICE, "LA", 7.2, 8.8, DARK)
    _head(s, 606, "A. VOUS")
    _dotted(s, "surname", 583, "Nom de naissance :")
    _dotted(s, "usage_name", 562, "Nom d'usage (facultatif) :")
    _dotted(s, "given_names", 541, "Prénom(s) :")
    x = s.label(40, 518, "Sexe :", "LA", 9, DARK)
    x = s.label(x + 10, 518, "F", "LA", 9, DARK)
    s.tick_slot("sex_F", x + 4, 516, 10)
    x = s.label(x + 24, 518, "M", "LA", 9, DARK)
    s.tick_slot("sex_M", x + 4, 516, 10)
    x = s.label(200, 518, "Date de naissance :", "LA", 9, DARK)
    x0 = x + 8
    s.comb_slot("dob", x0, 513, [2, 2, 4], 13, 15, 10)
    s.label(x0 + 26 + 5, 517, "/", "LA", 10, DARK, anchor="c")
    s.label(x0 + 62 + 5, 517, "/", "LA", 10, DARK, anchor="c")
    _dotted(s, "birth_town", 495, "Né(e) à (commune) :", 340)
    _dotted(s, "birth_country", 495, "Pays :", x=350)
    _dotted(s, "nationality", 474, "Nationalité :")
    x = s.label(40, 453, "N° de sécurité sociale (si vous en avez un) :", "LA", 9, DARK)
    x = s.comb_slot("nir13", x + 8, 448, [1, 2, 2, 2, 3, 3], 12, 15, 5)
    x = s.label(x + 8, 452, "Clé", "LA", 8, DARK)
    s.comb_slot("nirkey", x + 5, 448, [2], 12, 15, 0)
    _dotted(s, "caf", 431, "N° d'allocataire (CAF, MSA), si vous en avez un :")
    _dotted(s, "address", 410, "Adresse :")
    x = s.label(40, 389, "Code postal :", "LA", 9, DARK)
    x = s.comb_slot("postcode", x + 6, 384, [5], 12, 15, 0)
    _dotted(s, "city", 389, "Commune :", x=x + 14)
    _dotted(s, "phone", 368, "Téléphone :", 260)
    _dotted(s, "email", 368, "Courriel :", x=272)
    _head(s, 336, "B. VOTRE SITUATION")
    s.label(40, 316, "Cochez une seule case.", "LAI", 8, GREY)
    s.tick_slot("sit_salarie", 40, 294, 10)
    s.label(56, 296, "Salarié(e) en France", "LA", 9, DARK)
    _dotted(s, "job", 279, "Emploi occupé :", 400, x=56)
    x = s.label(56, 262, "Type de contrat :", "LA", 9, DARK)
    for key, text in (
        ("CDI", "CDI"),
        ("CDD", "CDD"),
        ("interim", "Intérim / mission"),
        ("ct_autre", "Autre"),
    ):
        s.tick_slot("ct_" + key, x + 10, 260, 10)
        x = s.label(x + 24, 262, text, "LA", 9, DARK)
    rows = [
        (243, "independant", "Travailleur indépendant / non salarié(e)"),
        (224, "demandeur_emploi", "Demandeur(se) d'emploi"),
        (205, "etudiant", "Étudiant(e)"),
        (
            186,
            "sans_activite",
            "Sans activité, résidant en France de façon stable et régulière depuis plus de 3 mois",
        ),
    ]
    for y, key, text in rows:
        s.tick_slot("sit_" + key, 40, y - 2, 10)
        s.label(56, y, text, "LA", 9, DARK)
    s.tick_slot("sit_autre", 40, 165, 10)
    _dotted(s, "other_text", 167, "Autre situation (précisez) :", x=56)
    s.label(W / 2, 36, FOOT.format(1), "LA", 7, GREY, anchor="c")


def _run_b_p2(s):
    _head(s, 800, "C. VOS ENGAGEMENTS ET SIGNATURE")
    y = s.para(40, 778, W - 80, CERTIF, "LA", 9.5, 12, DARK)
    s.para(40, y - 4, W - 80, FRAUD, "LAI", 7, 8.6, GREY)
    x = s.label(40, 690, "Fait à", "LA", 10, DARK)
    s.line_slot("place", x + 5, 300, 688)
    x = s.label(310, 690, "le", "LA", 10, DARK)
    s.line_slot("date", x + 5, 470, 688)
    s.label(300, 664, "Signature du demandeur :", "LAB", 9, DARK)
    s.rect(300, 568, 255, 88, 0.7)
    s.slots["sig"] = ("sig", (303, 571, 249, 82))
    _head(s, 536, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y = 516
    for i, item in enumerate(PIECES, 1):
        s.label(42, y, f"{i}.", "LAB", 8.5, TEAL)
        y = s.para(56, y, W - 98, item, "LA", 8.5, 10.2, DARK) - 3.5
    s.rect(40, 240, W - 80, 80, 0.6, GREY, (3, 2))
    s.label(48, 306, "CADRE RÉSERVÉ À L'ORGANISME", "LAB", 8, GREY)
    x = s.label(48, 284, "Reçu le :", "LA", 8, GREY)
    s.line_slot("recv", x + 5, 220, 282)
    x = s.label(240, 284, "Pièces vérifiées :", "LA", 8, GREY)
    x = s.label(x + 8, 284, "oui", "LA", 8, GREY)
    s.tick_slot("checked", x + 4, 282, 9, 0.5, GREY)
    x = s.label(x + 22, 284, "non", "LA", 8, GREY)
    s.tick_slot("checked_no", x + 4, 282, 9, 0.5, GREY)
    x = s.label(48, 260, "Matricule agent :", "LA", 8, GREY)
    s.line_slot("agent", x + 5, 220, 258)
    s.label(W / 2, 36, FOOT.format(2), "LA", 7, GREY, anchor="c")


RUNS = {"A": run_a, "B": run_b}
