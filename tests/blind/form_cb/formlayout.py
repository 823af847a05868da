"""Two home-made print runs of the cerfa 15763*02 (S1106) form, drawn with reportlab.

Each run draws the blank form on a canvas and returns the geometry of every fillable field,
in points with the origin at the TOP-left of the A4 page (595 x 842):
  {"kind": "comb", "page": 1, "x": .., "y": .., "cw": .., "h": .., "n": ..}   (y = top)
  {"kind": "box",  "page": 1, "x": .., "y": .., "w": .., "h": ..}           (y = top)
  {"kind": "line", "page": 2, "x": .., "y": .., "w": ..}                    (y = the rule)
  {"kind": "check", "page": 1, "x": .., "y": .., "s": ..}                   (y = top)
  {"kind": "sig", ...box}  the free area of the signature box (printed word excluded)
Labels are always placed outside the value areas.
"""

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.0, 842.0
TTF = "/usr/share/fonts/truetype/"
_FONTS = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "liberation/LiberationSans-Italic.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "Carlito-B": "crosextra/Carlito-Bold.ttf",
    "Serif": "dejavu/DejaVuSerifCondensed.ttf",
    "Serif-B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "Lato-B": "lato/Lato-Bold.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
    "Arial": "liberation/LiberationSans-Regular.ttf",
    "Courier": "freefont/FreeMono.ttf",
    "Roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, TTF + _p))

SITUATIONS = [
    ("sit_salarie", "salarie"),
    ("sit_independant", "independant"),
    ("sit_demandeur", "demandeur_emploi"),
    ("sit_etudiant", "etudiant"),
    ("sit_sans_activite", "sans_activite"),
    ("sit_autre", "autre"),
]

PIECES = [
    "une photocopie de votre pièce d'identité en cours de validité (passeport, carte d'identité)",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, VLS-TS ou récépissé",
    "une copie intégrale de votre acte de naissance (ou extrait avec filiation)",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures...)",
    "un relevé d'identité bancaire (RIB) à votre nom",
    "si vous êtes salarié : contrat de travail ou dernier bulletin de salaire",
]

CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande et "
    "m'engage à signaler à ma caisse tout changement de situation. La loi rend passible "
    "d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou de fausses "
    "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal)."
)
NOTICE = (
    "Cette demande vous permet d'ouvrir vos droits à la prise en charge de vos frais de "
    "santé si vous travaillez ou résidez en France de manière stable et régulière. "
    "Remplissez-la en lettres capitales et joignez les pièces justificatives demandées."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-15 et R. 111-3 du code de la sécurité "
    "sociale - loi n° 2015-1702 du 21 décembre 2015."
)


def _y(y):
    return H - y


def _wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


def _para(c, x, y, text, font, size, width, lead=None):
    lead = lead or size * 1.25
    for i, ln in enumerate(_wrap(c, text, font, size, width)):
        c.setFont(font, size)
        c.drawString(x, _y(y + i * lead), ln)
    return y + len(_wrap(c, text, font, size, width)) * lead


class Form:
    """Geometry registry plus drawing helpers shared by both runs."""

    def __init__(self, run):
        self.run = run
        self.f = {}

    def comb(self, c, name, page, x, y, n, cw, h, lw=0.6, tick=False):
        c.setLineWidth(lw)
        if tick:  # bottom rule with short separators
            c.line(x, _y(y + h), x + n * cw, _y(y + h))
            for i in range(n + 1):
                c.line(x + i * cw, _y(y + h), x + i * cw, _y(y + h * 0.55))
        else:
            c.rect(x, _y(y + h), n * cw, h, stroke=1, fill=0)
            for i in range(1, n):
                c.line(x + i * cw, _y(y), x + i * cw, _y(y + h))
        self.f[name] = {"kind": "comb", "page": page, "x": x, "y": y, "cw": cw, "h": h, "n": n}

    def box(self, c, name, page, x, y, w, h, lw=0.6):
        c.setLineWidth(lw)
        c.rect(x, _y(y + h), w, h, stroke=1, fill=0)
        self.f[name] = {"kind": "box", "page": page, "x": x, "y": y, "w": w, "h": h}

    def line(self, c, name, page, x, y, w, dotted=False):
        c.setLineWidth(0.5)
        if dotted:
            c.setDash(1, 2)
        c.line(x, _y(y), x + w, _y(y))
        c.setDash()
        self.f[name] = {"kind": "line", "page": page, "x": x, "y": y, "w": w}

    def check(self, c, name, page, x, y, s, round_=False):
        c.setLineWidth(0.7)
        if round_:
            c.roundRect(x, _y(y + s), s, s, 1.5, stroke=1, fill=0)
        else:
            c.rect(x, _y(y + s), s, s, stroke=1, fill=0)
        self.f[name] = {"kind": "check", "page": page, "x": x, "y": y, "s": s}


# --------------------------------------------------------------------------- run A
BLUE_A = HexColor("#1d4f91")


def _bar_a(c, y, letter, title):
    c.setFillColor(BLUE_A)
    c.rect(36, _y(y + 15), 523, 15, stroke=0, fill=1)
    c.setFillColor(Color(1, 1, 1))
    c.setFont("LibSans-B", 9.5)
    c.drawString(42, _y(y + 11), f"{letter}   {title}")
    c.setFillColor(Color(0, 0, 0))


def _lab_a(c, x, y, text, size=7.2):
    c.setFont("LibSans", size)
    c.drawString(x, _y(y), text)


def run_a_page1(c, fm):
    c.setFillColor(BLUE_A)
    c.setFont("LibSans-B", 15)
    c.drawString(36, _y(58), "l'Assurance")
    c.drawString(36, _y(75), "Maladie")
    c.setFillColor(Color(0, 0, 0))
    c.setFont("LibSans-B", 13)
    c.drawCentredString(300, _y(56), "Demande d'ouverture des droits")
    c.drawCentredString(300, _y(72), "à l'assurance maladie")
    c.setFont("LibSans", 9.5)
    c.drawCentredString(300, _y(87), "Protection universelle maladie (PUMa)")
    c.setLineWidth(0.8)
    c.rect(478, _y(78), 81, 34, stroke=1, fill=0)
    c.setFont("LibSans-B", 7)
    c.drawCentredString(518.5, _y(56), "cerfa")
    c.setFont("LibSans", 8.5)
    c.drawCentredString(518.5, _y(70), "N° 15763*02")
    y = _para(c, 36, 102, NOTICE, "LibSans-I", 6.6, 523)
    _para(c, 36, y + 1, LEGAL, "LibSans", 6.2, 523)
    _bar_a(c, 132, "A", "VOUS")
    cw, ch = 15.0, 16.0
    _lab_a(c, 36, 159, "Nom de naissance")
    fm.comb(c, "surname", 1, 36, 162, 32, cw, ch)
    _lab_a(c, 36, 191, "Nom d'usage (facultatif, ex. nom d'épouse)")
    fm.comb(c, "usage_name", 1, 36, 194, 32, cw, ch)
    _lab_a(c, 36, 223, "Prénom(s)")
    fm.comb(c, "given_names", 1, 36, 226, 32, cw, ch)
    _lab_a(c, 36, 255, "Sexe")
    c.setFont("LibSans", 8)
    c.drawString(36, _y(270), "F")
    fm.check(c, "sex_F", 1, 45, 260, 10)
    c.drawString(66, _y(270), "M")
    fm.check(c, "sex_M", 1, 77, 260, 10)
    _lab_a(c, 130, 255, "Date de naissance (JJ MM AAAA)")
    fm.comb(c, "dob_d", 1, 130, 258, 2, cw, ch)
    fm.comb(c, "dob_m", 1, 168, 258, 2, cw, ch)
    fm.comb(c, "dob_y", 1, 206, 258, 4, cw, ch)
    _lab_a(c, 300, 255, "Nationalité")
    fm.box(c, "nationality", 1, 300, 258, 259, ch)
    _lab_a(c, 36, 287, "Lieu de naissance : commune")
    fm.box(c, "birth_city", 1, 36, 290, 250, ch)
    _lab_a(c, 300, 287, "pays")
    fm.box(c, "birth_country", 1, 300, 290, 259, ch)
    _lab_a(c, 36, 319, "N° de sécurité sociale (si vous en avez un)")
    fm.comb(c, "nir13", 1, 36, 322, 13, cw, ch)
    fm.comb(c, "nirkey", 1, 256, 322, 2, cw, ch)
    _lab_a(c, 238, 334, "clé", 6)
    _lab_a(c, 36, 351, "Adresse (n°, rue, bâtiment, étage)")
    fm.box(c, "address", 1, 36, 354, 523, ch)
    _lab_a(c, 36, 383, "Code postal")
    fm.comb(c, "postcode", 1, 36, 386, 5, cw, ch)
    _lab_a(c, 130, 383, "Commune")
    fm.box(c, "city", 1, 130, 386, 429, ch)
    _lab_a(c, 36, 415, "Téléphone")
    fm.box(c, "phone", 1, 36, 418, 170, ch)
    _lab_a(c, 220, 415, "Adresse e-mail")
    fm.box(c, "email", 1, 220, 418, 339, ch)
    _bar_a(c, 452, "B", "VOTRE SITUATION")
    _lab_a(c, 36, 482, "Cochez la case correspondant à votre situation actuelle :", 7.6)
    rows = [
        ("sit_salarie", "Vous exercez une activité salariée en France"),
        ("sit_independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("sit_demandeur", "Vous êtes demandeur d'emploi"),
        ("sit_etudiant", "Vous êtes étudiant(e)"),
        (
            "sit_sans_activite",
            (
                "Vous êtes sans activité et résidez en France de manière stable depuis "
                "plus de trois mois"
            ),
        ),
        ("sit_autre", "Autre situation, précisez :"),
    ]
    ys = [492, 548, 568, 588, 608, 628]
    for (name, text), y in zip(rows, ys):
        fm.check(c, name, 1, 40, y, 10)
        c.setFont("LibSans", 8.4)
        c.drawString(58, _y(y + 8.5), text)
    c.setFont("LibSans", 7.6)
    c.drawString(58, _y(519), "Type de contrat :")
    for i, (nm, lab) in enumerate(
        [("ct_cdi", "CDI"), ("ct_cdd", "CDD"), ("ct_interim", "intérim"), ("ct_autre", "autre")]
    ):
        fm.check(c, nm, 1, 130 + i * 60, 511, 9)
        c.drawString(143 + i * 60, _y(519), lab)
    c.drawString(58, _y(538), "Emploi occupé :")
    fm.line(c, "job", 1, 122, 539, 300)
    fm.line(c, "other_text", 1, 175, 638, 384)
    c.setFont("LibSans", 6.5)
    c.drawString(36, _y(812), "S1106 — cerfa n° 15763*02 — page 1/2")
    c.drawRightString(559, _y(812), "Tournez la page SVP")


def run_a_page2(c, fm):
    _bar_a(c, 40, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = _para(c, 36, 74, CERTIF, "LibSans", 8.4, 523, 11)
    c.setFont("LibSans", 9)
    c.drawString(36, _y(y + 22), "Fait à")
    fm.line(c, "place", 2, 64, y + 24, 200)
    c.drawString(280, _y(y + 22), "le")
    fm.line(c, "date", 2, 294, y + 24, 150)
    sy = y + 40
    c.setFont("LibSans-B", 8.5)
    c.drawString(300, _y(sy + 8), "Signature")
    fm.box(c, "sigbox", 2, 300, sy + 12, 259, 82, lw=0.8)
    fm.f["sig"] = dict(fm.f["sigbox"], kind="sig")
    py = sy + 120
    _bar_a(c, py, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    yy = py + 30
    for p in PIECES:
        c.setFont("LibSans", 8.3)
        c.drawString(44, _y(yy), "•")
        yy = _para(c, 54, yy, p, "LibSans", 8.3, 500, 11) + 4
    ry = 620
    c.setLineWidth(0.6)
    c.setDash(3, 2)
    c.rect(36, _y(ry + 90), 523, 90, stroke=1, fill=0)
    c.setDash()
    c.setFont("LibSans-B", 8)
    c.drawString(44, _y(ry + 14), "Cadre réservé à l'organisme")
    c.setFont("LibSans", 7.5)
    c.drawString(44, _y(ry + 36), "Date de réception :")
    c.rect(120, _y(ry + 40), 90, 12, stroke=1, fill=0)
    c.drawString(230, _y(ry + 36), "Pièces vérifiées :  oui")
    c.rect(306, _y(ry + 37), 8, 8, stroke=1, fill=0)
    c.drawString(322, _y(ry + 36), "non")
    c.rect(338, _y(ry + 37), 8, 8, stroke=1, fill=0)
    c.drawString(44, _y(ry + 64), "Matricule agent :")
    c.rect(120, _y(ry + 68), 90, 12, stroke=1, fill=0)
    c.setFont("LibSans", 6.2)
    _para(
        c,
        36,
        736,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
        "aux libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit "
        "d'accès et de rectification pour les données vous concernant auprès de votre caisse.",
        "LibSans",
        6.2,
        523,
    )
    c.drawString(36, _y(812), "S1106 — cerfa n° 15763*02 — page 2/2")


# --------------------------------------------------------------------------- run B
GREEN_B = HexColor("#00695c")
GREY = Color(0.55, 0.55, 0.55)


def _title_b(c, y, letter, title):
    c.setFillColor(GREEN_B)
    c.setFont("Lato-B", 11)
    c.drawString(40, _y(y), f"{letter} — {title}" if letter else title)
    c.setStrokeColor(GREEN_B)
    c.setLineWidth(1.4)
    c.line(40, _y(y + 4), 555, _y(y + 4))
    c.setStrokeColor(Color(0, 0, 0))
    c.setFillColor(Color(0, 0, 0))


def _lab_b(c, x, y, text, size=8.6):
    c.setFont("Lato", size)
    c.drawString(x, _y(y), text)
    return x + c.stringWidth(text, "Lato", size) + 6


def run_b_page1(c, fm):
    c.setLineWidth(1)
    c.rect(40, _y(72), 62, 34, stroke=1, fill=0)
    c.setFont("Serif-B", 8)
    c.drawCentredString(71, _y(52), "cerfa")
    c.setFont("Serif", 7.5)
    c.drawCentredString(71, _y(65), "N° 15763*02")
    c.setFont("Serif-B", 14)
    c.drawString(118, _y(54), "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont("Serif", 9.5)
    c.drawString(118, _y(70), "Protection universelle maladie (PUMa)")
    c.setFillColor(GREEN_B)
    c.setFont("Lato-B", 10)
    c.drawRightString(555, _y(84), "l'Assurance Maladie")
    c.setFillColor(Color(0, 0, 0))
    y = _para(c, 40, 98, NOTICE, "Serif", 6.8, 515)
    _para(c, 40, y + 1, LEGAL, "Serif", 6.4, 515)
    _title_b(c, 138, "A", "VOUS")
    rows = [
        ("surname", "Nom de naissance :", 164),
        ("usage_name", "Nom d'usage (facultatif) :", 186),
        ("given_names", "Prénom(s) :", 208),
    ]
    for name, lab, y in rows:
        x = _lab_b(c, 40, y, lab)
        fm.line(c, name, 1, x, y + 2, 555 - x, dotted=True)
    x = _lab_b(c, 40, 234, "Sexe :")
    _lab_b(c, x, 234, "F")
    fm.check(c, "sex_F", 1, x + 10, 226, 9, round_=True)
    _lab_b(c, x + 30, 234, "M")
    fm.check(c, "sex_M", 1, x + 42, 226, 9, round_=True)
    x = _lab_b(c, 160, 234, "Date de naissance :")
    cw, ch = 13.0, 15.0
    fm.comb(c, "dob_d", 1, x, 222, 2, cw, ch, tick=True)
    fm.comb(c, "dob_m", 1, x + 32, 222, 2, cw, ch, tick=True)
    fm.comb(c, "dob_y", 1, x + 64, 222, 4, cw, ch, tick=True)
    c.setFont("Lato", 5.5)
    for dx, t in ((0, "jour"), (32, "mois"), (64, "année")):
        c.drawString(x + dx, _y(244), t)
    x = _lab_b(c, 40, 264, "Lieu de naissance - commune :")
    fm.line(c, "birth_city", 1, x, 266, 290 - x, dotted=True)
    x = _lab_b(c, 300, 264, "pays :")
    fm.line(c, "birth_country", 1, x, 266, 555 - x, dotted=True)
    x = _lab_b(c, 40, 288, "Nationalité :")
    fm.line(c, "nationality", 1, x, 290, 290 - x, dotted=True)
    x = _lab_b(c, 40, 316, "N° de sécurité sociale (si vous en avez un) :")
    fm.comb(c, "nir13", 1, x, 303, 13, 12.0, 15.0)
    fm.comb(c, "nirkey", 1, x + 13 * 12 + 10, 303, 2, 12.0, 15.0)
    x = _lab_b(c, 40, 342, "Adresse :")
    fm.line(c, "address", 1, x, 344, 555 - x, dotted=True)
    x = _lab_b(c, 40, 370, "Code postal :")
    fm.comb(c, "postcode", 1, x, 357, 5, 13.0, 15.0)
    x = _lab_b(c, 200, 370, "Commune :")
    fm.line(c, "city", 1, x, 372, 555 - x, dotted=True)
    x = _lab_b(c, 40, 394, "Téléphone :")
    fm.line(c, "phone", 1, x, 396, 240 - x, dotted=True)
    x = _lab_b(c, 250, 394, "E-mail :")
    fm.line(c, "email", 1, x, 396, 555 - x, dotted=True)
    _title_b(c, 428, "B", "VOTRE SITUATION")
    c.setFont("Lato", 8)
    c.drawString(40, _y(448), "Indiquez votre situation (une seule case) :")
    rows = [
        ("sit_salarie", "salarié(e) en France", 462),
        ("sit_independant", "travailleur indépendant / auto-entrepreneur", 516),
        ("sit_demandeur", "demandeur d'emploi (inscrit ou non à France Travail)", 536),
        ("sit_etudiant", "étudiant(e)", 556),
        ("sit_sans_activite", "sans activité, résidant en France depuis plus de 3 mois", 576),
        ("sit_autre", "autre :", 596),
    ]
    for name, lab, y in rows:
        c.setFont("Lato", 8.8)
        c.drawString(40, _y(y + 8), lab)
        fm.check(c, name, 1, 330, y, 10, round_=True)
    c.setFont("Lato", 7.8)
    x = 60
    c.drawString(x, _y(487), "contrat :")
    for i, (nm, lab) in enumerate(
        [("ct_cdi", "CDI"), ("ct_cdd", "CDD"), ("ct_interim", "intérim"), ("ct_autre", "autre")]
    ):
        c.drawString(100 + i * 58, _y(487), lab)
        fm.check(c, nm, 1, 100 + i * 58 + c.stringWidth(lab, "Lato", 7.8) + 4, 479, 9)
    c.drawString(60, _y(505), "emploi :")
    fm.line(c, "job", 1, 95, 507, 230, dotted=True)
    fm.line(c, "other_text", 1, 72, 620, 300, dotted=True)
    c.setFont("Lato", 6.5)
    c.drawCentredString(297, _y(816), "S1106 — cerfa n° 15763*02 — page 1/2")


def run_b_page2(c, fm):
    _title_b(c, 52, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = _para(c, 40, 78, CERTIF, "Serif", 8.6, 515, 11.5)
    x = _lab_b(c, 40, y + 24, "Fait à", 9.5)
    fm.line(c, "place", 2, x, y + 26, 200, dotted=True)
    x = _lab_b(c, 270, y + 24, "le", 9.5)
    fm.line(c, "date", 2, x, y + 26, 150, dotted=True)
    sy = y + 42
    c.setLineWidth(1)
    c.rect(250, _y(sy + 90), 305, 90, stroke=1, fill=0)
    c.setFillColor(GREY)
    c.setFont("Lato", 9)
    c.drawString(256, _y(sy + 12), "Signature")
    c.setFillColor(Color(0, 0, 0))
    fm.f["sigbox"] = {"kind": "box", "page": 2, "x": 250, "y": sy, "w": 305, "h": 90}
    fm.f["sig"] = {"kind": "sig", "page": 2, "x": 250, "y": sy + 18, "w": 305, "h": 72}
    py = sy + 124
    _title_b(c, py, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    yy = py + 22
    for i, p in enumerate(PIECES):
        c.setFont("Serif", 8.5)
        c.drawString(44, _y(yy), f"{i + 1}.")
        yy = _para(c, 58, yy, p, "Serif", 8.5, 495, 11) + 3
    ry = 640
    c.setFillColor(Color(0.93, 0.93, 0.93))
    c.rect(40, _y(ry + 80), 515, 80, stroke=0, fill=1)
    c.setFillColor(Color(0, 0, 0))
    c.setFont("Lato-B", 8.5)
    c.drawString(48, _y(ry + 14), "CADRE RÉSERVÉ À L'ORGANISME")
    c.setFont("Lato", 8)
    c.drawString(48, _y(ry + 34), "Date de réception : ....../....../..........")
    c.drawString(300, _y(ry + 34), "Pièces vérifiées : oui / non")
    c.drawString(48, _y(ry + 56), "Matricule agent : ..............................")
    c.setFont("Lato", 6.5)
    c.drawCentredString(297, _y(816), "S1106 — cerfa n° 15763*02 — page 2/2")


RUNS = {"A": (run_a_page1, run_a_page2), "B": (run_b_page1, run_b_page2)}
