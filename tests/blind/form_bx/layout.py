"""Two home-made "print runs" of cerfa 15763*02 (S1106), drawn with reportlab.

Coordinates are millimetres from the top-left corner of an A4 page. Each drawing
function returns a geometry dict: name -> {"page", "kind", "rect" | "cells"} that the
fillers (hand, typed, AcroForm) use to place values inside boxes and on lines.
"""

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 210.0, 297.0
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LS": TT + "liberation/LiberationSans-Regular.ttf",
    "LSB": TT + "liberation/LiberationSans-Bold.ttf",
    "LSI": TT + "liberation/LiberationSans-Italic.ttf",
    "LSN": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "LSNB": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "CR": TT + "crosextra/Carlito-Regular.ttf",
    "CB": TT + "crosextra/Carlito-Bold.ttf",
    "CI": TT + "crosextra/Carlito-Italic.ttf",
    "CDB": TT + "crosextra/Caladea-Bold.ttf",
    "DSM": TT + "dejavu/DejaVuSansMono.ttf",
    "DS": TT + "dejavu/DejaVuSans.ttf",
    "RB": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "OS": TT + "open-sans/OpenSans-Regular.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

RUNS = {
    "A": {
        "body": "LS",
        "bold": "LSB",
        "small": "LSN",
        "accent": HexColor("#0B4595"),
        "tint": HexColor("#E3ECF7"),
        "cell": 6.4,
        "comb_h": 7.0,
    },
    "B": {
        "body": "CR",
        "bold": "CB",
        "small": "CR",
        "accent": HexColor("#7A1F3D"),
        "tint": HexColor("#F4E9EC"),
        "cell": 5.4,
        "comb_h": 6.2,
    },
}

NOTICE = (
    "Vous résidez en France de manière stable et régulière, ou vous y exercez une activité "
    "professionnelle : cette demande permet l'ouverture de vos droits à la prise en charge de vos "
    "frais de santé. Remplissez ce formulaire en lettres capitales, à l'encre noire ou bleue, et "
    "joignez les pièces justificatives listées en page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2, R. 111-3 et D. 160-2 du code de la "
    "sécurité sociale."
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    (
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
        "(adresse, activité professionnelle, situation familiale)."
    ),
    (
        "Je m'engage à fournir, à la demande de ma caisse, tout document justifiant des "
        "renseignements déclarés."
    ),
]
PIECES = [
    "une pièce d'identité en cours de validité (passeport ou carte nationale d'identité) ;",
    (
        "si vous n'êtes pas ressortissant de l'Union européenne : votre titre de séjour, votre visa "
        "long séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;"
    ),
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation si besoin) ;",
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire.",
]
FRAUD = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
    "313-1 à 313-3, 433-19, 441-1 et suivants du code pénal, article L. 114-13 du code de la "
    "sécurité sociale). Les informations recueillies font l'objet d'un traitement informatique "
    "destiné à l'ouverture de vos droits ; vous disposez d'un droit d'accès et de rectification "
    "auprès de votre caisse (règlement (UE) 2016/679 et loi n° 78-17 du 6 janvier 1978)."
)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes inscrit(e) comme demandeur d'emploi à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    (
        "sans_activite",
        (
            "Vous n'exercez pas d'activité professionnelle et vous résidez en France de manière "
            "stable et régulière depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation, précisez :"),
]


class Pg:
    """Thin wrapper: top-left millimetre coordinates on a reportlab canvas."""

    def __init__(self, c, run):
        self.c = c
        self.s = RUNS[run]

    def y(self, v):
        return (PAGE_H - v) * mm

    def text(self, x, y, s, font=None, size=8.5, color=None, anchor="l"):
        c = self.c
        c.setFont(font or self.s["body"], size)
        c.setFillColor(color or Color(0.1, 0.1, 0.1))
        if anchor == "c":
            c.drawCentredString(x * mm, self.y(y), s)
        elif anchor == "r":
            c.drawRightString(x * mm, self.y(y), s)
        else:
            c.drawString(x * mm, self.y(y), s)

    def width(self, s, font, size):
        return pdfmetrics.stringWidth(s, font, size) / mm

    def para(self, x, y, w, s, font=None, size=7.5, lead=None, color=None):
        font = font or self.s["small"]
        lead = lead or size * 0.42
        line = ""
        for word in s.split():
            trial = (line + " " + word).strip()
            if self.width(trial, font, size) > w and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, color)
        return y + lead

    def rect(self, x, y, w, h, stroke=0.6, fill=None, color=None, radius=0, dash=None):
        c = self.c
        c.setLineWidth(stroke)
        c.setStrokeColor(color or Color(0.15, 0.15, 0.15))
        if dash:
            c.setDash(*dash)
        if fill is not None:
            c.setFillColor(fill)
        if radius:
            c.roundRect(x * mm, self.y(y + h), w * mm, h * mm, radius * mm, fill=fill is not None)
        else:
            c.rect(x * mm, self.y(y + h), w * mm, h * mm, fill=fill is not None, stroke=stroke > 0)
        c.setDash()

    def hline(self, x1, x2, y, stroke=0.5, dotted=False, color=None):
        c = self.c
        c.setLineWidth(stroke)
        c.setStrokeColor(color or Color(0.3, 0.3, 0.3))
        if dotted:
            c.setDash(0.6, 1.8)
        c.line(x1 * mm, self.y(y), x2 * mm, self.y(y))
        c.setDash()

    def comb(self, x, y, n, w, h, groups=None, gap=2.5):
        """Draw n comb cells; groups splits them (e.g. [2, 2, 4]). Returns cell rects."""
        cells = []
        groups = groups or [n]
        cx = x
        for g in groups:
            for _ in range(g):
                cells.append((cx, y, w, h))
                cx += w
            cx += gap
        c = self.c
        c.setLineWidth(0.6)
        c.setStrokeColor(Color(0.2, 0.2, 0.2))
        for rx, ry, rw, rh in cells:
            c.rect(rx * mm, self.y(ry + rh), rw * mm, rh * mm, fill=0)
        return cells


def _geo(geo, name, page, kind, **kw):
    geo[name] = {"page": page, "kind": kind, **kw}


def _header(p, run):
    s = p.s
    if run == "A":
        p.c.setFillColor(s["accent"])
        p.c.circle(19 * mm, p.y(19), 4.2 * mm, stroke=0, fill=1)
        p.c.setFillColor(HexColor("#F2A900"))
        p.c.circle(21.5 * mm, p.y(17), 1.6 * mm, stroke=0, fill=1)
        p.text(25, 17.5, "l'Assurance", s["bold"], 12.5, s["accent"])
        p.text(25, 23, "Maladie", s["bold"], 12.5, s["accent"])
        p.rect(160, 10, 35, 14, 0.8)
        p.text(163, 16, "cerfa", "LSI", 11)
        p.text(163, 21.5, "N° 15763*02", s["bold"], 9.5)
        p.text(
            105,
            33,
            "Demande d'ouverture des droits à l'assurance maladie",
            s["bold"],
            14,
            anchor="c",
        )
        p.text(105, 39.5, "Protection universelle maladie (PUMa)", s["body"], 11, anchor="c")
        y = p.para(15, 46, 180, NOTICE, size=7.4)
        p.para(15, y + 0.5, 180, LEGAL, size=7, color=Color(0.35, 0.35, 0.35))
    else:
        p.text(18, 16, "l'Assurance Maladie", "CDB", 15, s["accent"])
        p.text(18, 21, "Agir ensemble, protéger chacun", "CI", 8, Color(0.4, 0.4, 0.4))
        p.rect(150, 9, 42, 15, 0.5, radius=2)
        p.text(171, 15, "cerfa", "CB", 12, anchor="c")
        p.text(171, 20.5, "N° 15763*02", "CR", 10, anchor="c")
        p.hline(18, 192, 27, 1.4, color=s["accent"])
        p.text(18, 35, "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE", "CB", 13.5)
        p.text(18, 41, "Protection universelle maladie (PUMa)", "CI", 11, s["accent"])
        y = p.para(18, 47, 174, NOTICE, font="CR", size=7.8)
        p.para(18, y + 0.4, 174, LEGAL, font="CI", size=7.2, color=Color(0.35, 0.35, 0.35))


def _section(p, run, y, letter, title):
    s = p.s
    if run == "A":
        p.rect(15, y, 180, 7, 0, fill=s["accent"])
        p.text(17.5, y + 5, letter, s["bold"], 10.5, Color(1, 1, 1))
        p.text(25, y + 5, title, s["bold"], 10, Color(1, 1, 1))
    else:
        p.c.setFillColor(s["accent"])
        p.c.circle(21 * mm, p.y(y + 3.3), 3.2 * mm, stroke=0, fill=1)
        p.text(21, y + 4.8, letter, "CB", 11, Color(1, 1, 1), anchor="c")
        p.text(27, y + 5, title, "CB", 11.5, s["accent"])
        p.hline(27, 192, y + 7, 0.6, color=s["accent"])


def page1(p, run):
    geo = {}
    s = p.s
    _header(p, run)
    lab = Color(0.15, 0.15, 0.15)
    if run == "A":
        _section(p, run, 63, "A", "VOUS")
        cw, ch = s["cell"], s["comb_h"]
        for name, label, y in (
            ("surname", "Nom de naissance", 72),
            ("usage_name", "Nom d'usage (facultatif)", 86),
            ("given_names", "Prénom(s)", 100),
        ):
            p.text(15, y + 3.2, label, s["body"], 8, lab)
            _geo(geo, name, 1, "cells", cells=p.comb(15, y + 4.5, 26, cw, ch))
        y = 114
        p.text(15, y + 4.5, "Sexe", s["body"], 8, lab)
        for k, bx in (("sex_F", 26), ("sex_M", 38)):
            p.rect(bx, y + 1, 4.5, 4.5, 0.7)
            p.text(bx + 6, y + 4.6, k[-1], s["bold"], 8.5)
            _geo(geo, k, 1, "check", rect=(bx, y + 1, 4.5, 4.5))
        p.text(62, y + 4.5, "Date de naissance", s["body"], 8, lab)
        cells = p.comb(92, y, 8, 6, 7, [2, 2, 4], 3)
        _geo(geo, "dob", 1, "cells", cells=cells)
        for txt, i in (("jour", 0), ("mois", 2), ("année", 4)):
            p.text(cells[i][0] + 0.3, y + 10, txt, s["small"], 6, Color(0.4, 0.4, 0.4))
        rows = [
            (
                130,
                [
                    ("birth_city", "Lieu de naissance (commune)", 15, 85),
                    ("birth_country", "Pays de naissance", 105, 90),
                ],
            ),
            (
                144,
                [
                    ("nationality", "Nationalité", 15, 85),
                    ("caf", "N° d'allocataire CAF (si vous en avez un)", 105, 90),
                ],
            ),
        ]
        for y, items in rows:
            for name, label, x, w in items:
                p.text(x, y - 1.5, label, s["body"], 8, lab)
                p.rect(x, y, w, 7, 0.5, color=Color(0.35, 0.35, 0.35))
                _geo(geo, name, 1, "box", rect=(x, y, w, 7))
        p.text(15, 156.5, "N° de sécurité sociale (si vous en avez un)", s["body"], 8, lab)
        _geo(geo, "nir", 1, "cells", cells=p.comb(15, 158, 15, 6, 7, [13, 2], 4))
        p.text(15, 170.5, "Adresse (n°, rue, bâtiment, étage, appartement)", s["body"], 8, lab)
        p.rect(15, 172, 180, 7, 0.5, color=Color(0.35, 0.35, 0.35))
        _geo(geo, "address", 1, "box", rect=(15, 172, 180, 7))
        p.text(15, 184.5, "Code postal", s["body"], 8, lab)
        _geo(geo, "postcode", 1, "cells", cells=p.comb(15, 186, 5, 6, 7))
        p.text(55, 184.5, "Commune", s["body"], 8, lab)
        p.rect(55, 186, 140, 7, 0.5, color=Color(0.35, 0.35, 0.35))
        _geo(geo, "city", 1, "box", rect=(55, 186, 140, 7))
        p.text(15, 198.5, "Téléphone", s["body"], 8, lab)
        _geo(geo, "phone", 1, "cells", cells=p.comb(15, 200, 10, 5.6, 7))
        p.text(80, 198.5, "Adresse e-mail", s["body"], 8, lab)
        p.rect(80, 200, 115, 7, 0.5, color=Color(0.35, 0.35, 0.35))
        _geo(geo, "email", 1, "box", rect=(80, 200, 115, 7))
        _section(p, run, 212, "B", "VOTRE SITUATION")
        p.text(15, 224, "Cochez la case correspondant à votre situation actuelle.", "LSI", 7.5)
        ys = {
            "salarie": 227,
            "independant": 248,
            "demandeur_emploi": 255,
            "etudiant": 262,
            "sans_activite": 269,
            "autre": 280,
        }
        box = 4.2
    else:
        _section(p, run, 62, "A", "Vous")
        lx, fx = 18, 68
        rows = [
            ("surname", "Nom de naissance", 77),
            ("usage_name", "Nom d'usage (facultatif)", 86),
            ("given_names", "Prénom(s)", 95),
        ]
        for name, label, y in rows:
            p.text(lx, y, label, "CR", 9.5, lab)
            p.hline(fx, 192, y + 0.5, 0.6, dotted=True)
            _geo(geo, name, 1, "line", rect=(fx, y - 6.5, 192 - fx, 7))
        y = 106
        p.text(lx, y, "Sexe", "CR", 9.5, lab)
        for k, bx, word in (("sex_F", 68, "Féminin"), ("sex_M", 92, "Masculin")):
            p.rect(bx, y - 3.6, 4, 4, 0.6, radius=0.6)
            p.text(bx + 5.5, y, word, "CR", 9)
            _geo(geo, k, 1, "check", rect=(bx, y - 3.6, 4, 4))
        p.text(122, y, "Né(e) le", "CR", 9.5, lab)
        cells = p.comb(137, y - 5, 8, s["cell"], s["comb_h"], [2, 2, 4], 2.2)
        _geo(geo, "dob", 1, "cells", cells=cells)
        for txt, i, n in (("JJ", 0, 2), ("MM", 2, 2), ("AAAA", 4, 4)):
            cx = cells[i][0] + n * s["cell"] / 2
            p.text(cx, y + 4.4, txt, "CR", 6.3, Color(0.45, 0.45, 0.45), anchor="c")
        rows = [
            ("birth_city", "Lieu de naissance : commune", 118),
            ("birth_country", "Pays de naissance", 127),
            ("nationality", "Nationalité", 136),
        ]
        for name, label, y in rows:
            p.text(lx, y, label, "CR", 9.5, lab)
            p.hline(fx, 192, y + 0.5, 0.6, dotted=True)
            _geo(geo, name, 1, "line", rect=(fx, y - 6.5, 192 - fx, 7))
        y = 147
        p.text(lx, y, "N° de sécurité sociale", "CR", 9.5, lab)
        p.text(lx, y + 3.5, "(si vous en avez un)", "CI", 7.5, Color(0.4, 0.4, 0.4))
        _geo(
            geo,
            "nir",
            1,
            "cells",
            cells=p.comb(fx, y - 5, 15, s["cell"], s["comb_h"], [1, 2, 2, 2, 3, 3, 2], 2.2),
        )
        rows = [("address", "Adresse", 159), ("address2", "", 167)]
        for name, label, y in rows:
            if label:
                p.text(lx, y, label, "CR", 9.5, lab)
            p.hline(fx, 192, y + 0.5, 0.6, dotted=True)
            _geo(geo, name, 1, "line", rect=(fx, y - 6.5, 192 - fx, 7))
        y = 177
        p.text(lx, y, "Code postal", "CR", 9.5, lab)
        _geo(geo, "postcode", 1, "cells", cells=p.comb(fx, y - 5, 5, s["cell"], s["comb_h"]))
        p.text(101, y, "Commune", "CR", 9.5, lab)
        p.hline(117, 192, y + 0.5, 0.6, dotted=True)
        _geo(geo, "city", 1, "line", rect=(117, y - 6.5, 75, 7))
        y = 186
        p.text(lx, y, "Téléphone", "CR", 9.5, lab)
        p.hline(fx, 110, y + 0.5, 0.6, dotted=True)
        _geo(geo, "phone", 1, "line", rect=(fx, y - 6.5, 42, 7))
        p.text(114, y, "Courriel", "CR", 9.5, lab)
        p.hline(128, 192, y + 0.5, 0.6, dotted=True)
        _geo(geo, "email", 1, "line", rect=(128, y - 6.5, 64, 7))
        _section(p, run, 196, "B", "Votre situation")
        p.text(27, 210, "Cochez une seule case.", "CI", 8.5, Color(0.35, 0.35, 0.35))
        ys = {
            "salarie": 214,
            "independant": 238,
            "demandeur_emploi": 245,
            "etudiant": 252,
            "sans_activite": 259,
            "autre": 271,
        }
        box = 4.0
    x0 = 15 if run == "A" else 18
    for key, label in SITUATIONS:
        y = ys[key]
        p.rect(x0, y, box, box, 0.7, radius=0.5 if run == "B" else 0)
        _geo(geo, "sit_" + key, 1, "check", rect=(x0, y, box, box))
        tx = x0 + box + 3
        if key == "sans_activite":
            p.para(tx, y + 3.3, 170 - (tx - 15), label, font=s["body"], size=8.6, lead=4)
        else:
            p.text(tx, y + 3.3, label, s["body"], 8.6)
        if key == "autre":
            w = p.width(label, s["body"], 8.6) + 2
            p.hline(tx + w, 192, y + 4, 0.5, dotted=True)
            _geo(geo, "autre_txt", 1, "line", rect=(tx + w, y - 2.5, 192 - tx - w, 6.5))
    # contract type and job title under "salarié"
    y = ys["salarie"] + 8
    tx = x0 + box + 3
    p.text(tx, y + 3.2, "Type de contrat :", s["body"], 8.3)
    cx = tx + 25
    for key, label in (
        ("CDI", "CDI"),
        ("CDD", "CDD"),
        ("interim", "Intérim"),
        ("autre_contrat", "Autre (apprentissage, saisonnier...)"),
    ):
        p.rect(cx, y, 3.8, 3.8, 0.6)
        _geo(geo, "ct_" + key, 1, "check", rect=(cx, y, 3.8, 3.8))
        p.text(cx + 5, y + 3.1, label, s["body"], 8.3)
        cx += 5 + p.width(label, s["body"], 8.3) + 6
    y += 7.5
    p.text(tx, y + 3.2, "Emploi occupé :", s["body"], 8.3)
    ex = tx + p.width("Emploi occupé :", s["body"], 8.3) + 2
    p.hline(ex, 150, y + 4, 0.5, dotted=True)
    _geo(geo, "job", 1, "line", rect=(ex, y - 2.5, 150 - ex, 6.5))
    foot = "S1106 — cerfa n° 15763*02 — page 1/2"
    p.text(195 if run == "A" else 192, 291, foot, s["small"], 7, Color(0.35, 0.35, 0.35), "r")
    return geo


def page2(p, run):
    geo = {}
    s = p.s
    x0, x1 = (15, 195) if run == "A" else (18, 192)
    _section(
        p,
        run,
        14,
        "C",
        "VOS ENGAGEMENTS ET SIGNATURE" if run == "A" else "Vos engagements et signature",
    )
    y = 30
    for t in CERTIF:
        y = p.para(x0, y, x1 - x0, t, font=s["body"], size=9, lead=4.2) + 1.2
    y = 57
    p.text(x0, y, "Fait à", s["body"], 9.5)
    p.hline(x0 + 11, x0 + 85, y + 0.6, 0.5, dotted=run == "B")
    _geo(geo, "place", 2, "line", rect=(x0 + 11, y - 6.5, 74, 7))
    p.text(x0 + 89, y, "le", s["body"], 9.5)
    p.hline(x0 + 94, x0 + 150, y + 0.6, 0.5, dotted=run == "B")
    _geo(geo, "date", 2, "line", rect=(x0 + 94, y - 6.5, 56, 7))
    if run == "A":
        p.text(x0, 67, "Signature", s["bold"], 9.5)
        p.rect(x0, 69, 90, 32, 0.8)
        _geo(geo, "sig", 2, "box", rect=(x0, 69, 90, 32))
    else:
        p.rect(x0 + 80, 63, 94, 36, 0.7, radius=2.5, color=s["accent"])
        p.text(x0 + 83, 68, "Signature", "CR", 10, Color(0.62, 0.62, 0.62))
        _geo(geo, "sig", 2, "box", rect=(x0 + 80, 63, 94, 36))
    y = 108
    if run == "A":
        p.rect(x0, y - 5.5, x1 - x0, 7.5, 0, fill=s["tint"])
    p.text(
        x0 + 1.5, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", s["bold"], 10, s["accent"]
    )
    y += 8
    p.text(x0, y, "Joignez à votre demande la photocopie des documents suivants :", s["body"], 8.8)
    y += 6
    for item in PIECES:
        p.c.setFillColor(s["accent"])
        p.c.circle((x0 + 2) * mm, p.y(y - 1.1), 0.8 * mm, stroke=0, fill=1)
        y = p.para(x0 + 5, y, x1 - x0 - 5, item, font=s["body"], size=8.8, lead=4.1) + 1.8
    y = max(y + 8, 180)
    p.rect(
        x0,
        y,
        x1 - x0,
        38,
        0.6,
        fill=Color(0.95, 0.95, 0.95) if run == "A" else None,
        dash=(2, 1.5) if run == "B" else None,
    )
    p.text(x0 + 3, y + 6, "Cadre réservé à l'organisme", s["bold"], 9)
    p.text(x0 + 3, y + 15, "Date de réception :", s["body"], 8.5)
    p.comb(x0 + 34, y + 10.5, 8, 4.5, 5.5, [2, 2, 4], 1.5)
    p.text(x0 + 3, y + 24, "Pièces vérifiées", s["body"], 8.5)
    p.rect(x0 + 30, y + 20.5, 3.8, 3.8, 0.6)
    p.text(x0 + 3, y + 33, "Matricule agent :", s["body"], 8.5)
    p.hline(x0 + 30, x0 + 80, y + 33.5, 0.5, dotted=True)
    p.text(x0 + 95, y + 15, "Code organisme :", s["body"], 8.5)
    p.hline(x0 + 124, x1 - 5, y + 15.5, 0.5, dotted=True)
    p.para(x0, 238, x1 - x0, FRAUD, size=7, lead=3.2, color=Color(0.3, 0.3, 0.3))
    foot = "S1106 — cerfa n° 15763*02 — page 2/2"
    p.text(x1, 291, foot, s["small"], 7, Color(0.35, 0.35, 0.35), "r")
    return geo
