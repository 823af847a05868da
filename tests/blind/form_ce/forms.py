"""Two print runs of the PUMa application form (cerfa 15763*02, S1106), drawn with reportlab.

Coordinates are in points from the top-left corner of an A4 page (595 x 842). Each run returns
the geometry of its fields so that a fill (typed, AcroForm, or handwriting drawn later on the
raster) lands in the right place.
"""

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.0, 842.0
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "LibSerif": TT + "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "RobotoC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
    "Courier10": TT + "freefont/FreeMono.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

RUNS = {
    "A": {
        "font": "Carlito",
        "bold": "Carlito-B",
        "ink": Color(0.0, 0.27, 0.55),
        "bar": Color(0.0, 0.36, 0.66),
        "pale": Color(0.90, 0.94, 0.98),
    },
    "B": {
        "font": "LibSerif",
        "bold": "LibSerif-B",
        "ink": Color(0.12, 0.30, 0.18),
        "bar": Color(0.16, 0.42, 0.26),
        "pale": Color(0.93, 0.96, 0.93),
    },
}

NOTICE = [
    "Ce formulaire permet de demander l'ouverture de vos droits à la prise en charge de vos frais",
    "de santé si vous résidez en France de manière stable et régulière ou si vous y travaillez.",
    "Remplissez-le en lettres capitales, joignez les pièces demandées et adressez-le à la caisse",
    "d'assurance maladie de votre lieu de résidence.",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-2-1, R. 111-3 et D. 160-2 du code de la sécurité sociale."
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande et",
    "m'engage à signaler à ma caisse tout changement de situation. La loi rend passible",
    "d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou de fausses",
    "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    "votre titre de séjour, visa long séjour valant titre de séjour (VLS-TS) ou récépissé ;",
    "une copie intégrale de votre acte de naissance (avec apostille le cas échéant) ;",
    "un justificatif de résidence en France depuis plus de trois mois ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation (travailleur indépendant, retraité...), précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Apprentissage"]


def _y(y):
    return PAGE_H - y


def comb_cells(x, y, n, cell, h, gaps=()):
    """Cells of a comb: list of (x, y_top, w, h); gaps is a set of indices preceded by a gap."""
    cells, cx = [], x
    for i in range(n):
        if i in gaps:
            cx += cell * 0.6
        cells.append((cx, y, cell, h))
        cx += cell
    return cells


def geometry(run, sig_label):
    """Field geometry for a print run: {key: {...}} for page 1 and page 2."""
    g = {}
    if run == "A":
        cell = 17.5
        for key, y in (("surname", 200), ("usage_name", 236), ("given_names", 272)):
            g[key] = {"kind": "comb", "page": 1, "cells": comb_cells(50, y, 28, cell, 18)}
        g["sex_F"] = {"kind": "check", "page": 1, "box": (78, 321, 11, 11)}
        g["sex_M"] = {"kind": "check", "page": 1, "box": (118, 321, 11, 11)}
        g["dob"] = {"kind": "comb", "page": 1, "cells": comb_cells(250, 318, 8, 16, 17, {2, 4})}
        g["birth_place"] = {"kind": "box", "page": 1, "rect": (45, 350, 300, 30)}
        g["birth_country"] = {"kind": "box", "page": 1, "rect": (350, 350, 200, 30)}
        g["nationality"] = {"kind": "box", "page": 1, "rect": (45, 384, 220, 30)}
        g["nir"] = {
            "kind": "comb",
            "page": 1,
            "cells": comb_cells(50, 436, 15, 14.5, 17, {1, 3, 5, 7, 10, 13}),
        }
        g["address"] = {"kind": "box", "page": 1, "rect": (45, 462, 505, 30)}
        g["postcode"] = {"kind": "comb", "page": 1, "cells": comb_cells(50, 510, 5, 16, 17)}
        g["city"] = {"kind": "box", "page": 1, "rect": (150, 496, 400, 30)}
        g["phone"] = {"kind": "box", "page": 1, "rect": (45, 530, 200, 30)}
        g["email"] = {"kind": "box", "page": 1, "rect": (250, 530, 300, 30)}
        y0 = 600
        for i, (key, _) in enumerate(SITUATIONS):
            yy = y0 + i * 44
            g["sit_" + key] = {"kind": "check", "page": 1, "box": (50, yy, 11, 11)}
        g["job"] = {"kind": "line", "page": 1, "x": 150, "base": 632, "w": 170}
        for j, ct in enumerate(CONTRACTS):
            g["ct_" + ct] = {"kind": "check", "page": 1, "box": (365 + j * 40, 623, 9, 9)}
        g["other_text"] = {"kind": "line", "page": 1, "x": 68, "base": 806, "w": 480}
        g["place"] = {"kind": "line", "page": 2, "x": 92, "base": 210, "w": 200}
        g["date"] = {"kind": "line", "page": 2, "x": 330, "base": 210, "w": 180}
        g["signature"] = {"kind": "sig", "page": 2, "rect": (300, 236, 250, 90)}
    else:
        g["surname"] = {"kind": "line", "page": 1, "x": 160, "base": 206, "w": 390}
        g["usage_name"] = {"kind": "line", "page": 1, "x": 210, "base": 230, "w": 340}
        g["given_names"] = {"kind": "line", "page": 1, "x": 120, "base": 254, "w": 430}
        g["sex_F"] = {"kind": "check", "page": 1, "box": (95, 268, 10, 10)}
        g["sex_M"] = {"kind": "check", "page": 1, "box": (135, 268, 10, 10)}
        g["dob"] = {"kind": "comb", "page": 1, "cells": comb_cells(330, 264, 8, 15, 17, {2, 4})}
        g["birth_place"] = {"kind": "line", "page": 1, "x": 205, "base": 306, "w": 170}
        g["birth_country"] = {"kind": "line", "page": 1, "x": 420, "base": 306, "w": 130}
        g["nationality"] = {"kind": "line", "page": 1, "x": 110, "base": 330, "w": 200}
        g["nir"] = {
            "kind": "comb",
            "page": 1,
            "cells": comb_cells(235, 343, 15, 13, 16, {1, 3, 5, 7, 10, 13}),
        }
        g["address"] = {"kind": "line", "page": 1, "x": 95, "base": 384, "w": 455}
        g["postcode"] = {"kind": "comb", "page": 1, "cells": comb_cells(110, 394, 5, 15, 17)}
        g["city"] = {"kind": "line", "page": 1, "x": 250, "base": 408, "w": 300}
        g["phone"] = {"kind": "line", "page": 1, "x": 105, "base": 432, "w": 150}
        g["email"] = {"kind": "line", "page": 1, "x": 305, "base": 432, "w": 245}
        y0 = 500
        for i, (key, _) in enumerate(SITUATIONS):
            yy = y0 + i * 50
            g["sit_" + key] = {"kind": "check", "page": 1, "box": (530, yy, 12, 12)}
        g["job"] = {"kind": "line", "page": 1, "x": 210, "base": 532, "w": 130}
        g["contract"] = {"kind": "line", "page": 1, "x": 430, "base": 532, "w": 120}
        g["other_text"] = {"kind": "line", "page": 1, "x": 60, "base": 730, "w": 490}
        g["place"] = {"kind": "line", "page": 2, "x": 80, "base": 226, "w": 210}
        g["date"] = {"kind": "line", "page": 2, "x": 320, "base": 226, "w": 200}
        g["signature"] = {"kind": "sig", "page": 2, "rect": (60, 262, 280, 95)}
    g["signature"]["label"] = sig_label
    return g


def _text(c, font, size, x, y, s, color=None):
    c.setFont(font, size)
    if color is not None:
        c.setFillColor(color)
    c.drawString(x, _y(y), s)


def _rect(c, x, y, w, h, width=0.6, dash=None):
    c.setLineWidth(width)
    c.setDash(*(dash or ([], 0)))
    c.rect(x, _y(y + h), w, h, stroke=1, fill=0)
    c.setDash([], 0)


def _dots(c, x, base, w):
    c.setDash([1, 2], 0)
    c.setLineWidth(0.5)
    c.line(x, _y(base + 2), x + w, _y(base + 2))
    c.setDash([], 0)


def _header(c, r, run):
    f, b = r["font"], r["bold"]
    c.setFillColor(r["ink"])
    c.setStrokeColor(r["ink"])
    if run == "A":
        _text(c, b, 15, 40, 52, "l'Assurance")
        _text(c, b, 15, 40, 69, "Maladie")
        _text(c, b, 14, 150, 52, "Demande d'ouverture des droits")
        _text(c, b, 14, 150, 69, "à l'assurance maladie")
        _text(c, f, 10.5, 150, 86, "Protection universelle maladie (PUMa)")
        _rect(c, 470, 34, 85, 40, 0.9)
        _text(c, b, 12, 492, 50, "cerfa")
        _text(c, f, 9.5, 480, 66, "N° 15763*02")
    else:
        _text(c, b, 12, 40, 46, "l'Assurance Maladie")
        c.setLineWidth(2)
        c.line(40, _y(52), 160, _y(52))
        _rect(c, 440, 30, 115, 30, 0.6)
        _text(c, f, 9, 447, 43, "cerfa N° 15763*02")
        _text(c, f, 7.5, 447, 54, "réf. S1106")
        _text(c, b, 15, 40, 86, "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE")
        _text(c, f, 11, 40, 102, "Protection universelle maladie (PUMa)")
    c.setFillColor(Color(0.2, 0.2, 0.2))
    y = 116 if run == "A" else 120
    for line in NOTICE:
        _text(c, f, 7, 40, y, line)
        y += 8.5
    _text(c, f, 6.5, 40, y + 2, LEGAL)


def _section(c, r, run, y, letter, title):
    if run == "A":
        c.setFillColor(r["bar"])
        c.rect(40, _y(y + 15), 515, 15, stroke=0, fill=1)
        _text(c, r["bold"], 10, 46, y + 11, f"{letter}   {title}", Color(1, 1, 1))
    else:
        _text(c, r["bold"], 11, 40, y + 11, f"{letter} — {title}", r["ink"])
        c.setStrokeColor(r["bar"])
        c.setLineWidth(1.6)
        c.line(40, _y(y + 15), 555, _y(y + 15))
        c.setLineWidth(0.6)
    c.setFillColor(Color(0.1, 0.1, 0.1))
    c.setStrokeColor(Color(0.15, 0.15, 0.15))


def _comb(c, cells, width=0.6):
    for x, y, w, h in cells:
        _rect(c, x, y, w, h, width)


def page1(c, run, g):
    r = RUNS[run]
    f = r["font"]
    _header(c, r, run)
    lab = 7.5
    if run == "A":
        _section(c, r, run, 166, "A", "VOUS")
        _text(c, f, lab, 50, 196, "Nom de naissance")
        _text(c, f, lab, 50, 232, "Nom d'usage (facultatif, ex. nom d'époux ou d'épouse)")
        _text(c, f, lab, 50, 268, "Prénom(s)")
        for key in ("surname", "usage_name", "given_names"):
            _comb(c, g[key]["cells"])
        _text(c, f, lab, 50, 312, "Sexe")
        _text(c, f, 9, 68, 330, "F")
        _text(c, f, 9, 107, 330, "M")
        for k in ("sex_F", "sex_M"):
            _rect(c, *g[k]["box"], 0.7)
        _text(c, f, lab, 250, 312, "Date de naissance")
        _comb(c, g["dob"]["cells"])
        for i, t in enumerate(("JJ", "MM", "AAAA")):
            _text(c, f, 6, (250, 291.6, 333.2)[i] + 2, 344, t)
        for key, t in (
            ("birth_place", "Lieu de naissance : commune"),
            ("birth_country", "Pays de naissance"),
            ("nationality", "Nationalité"),
            ("address", "Adresse (n°, rue, bâtiment, escalier...)"),
            ("city", "Commune"),
            ("phone", "Téléphone"),
            ("email", "Adresse e-mail"),
        ):
            x, y, w, h = g[key]["rect"]
            _rect(c, x, y, w, h, 0.5)
            _text(c, f, 6.5, x + 3, y + 7.5, t)
        _text(c, f, lab, 50, 432, "N° de sécurité sociale (si vous en avez un)")
        _comb(c, g["nir"]["cells"])
        _text(c, f, lab, 50, 506, "Code postal")
        _comb(c, g["postcode"]["cells"])
        _section(c, r, run, 572, "B", "VOTRE SITUATION")
        for key, t in SITUATIONS:
            x, y, w, h = g["sit_" + key]["box"]
            _rect(c, x, y, w, h, 0.8)
            _text(c, f, 9, 68, y + 9, t)
        _text(c, f, lab, 68, 630, "Emploi occupé :")
        c.setLineWidth(0.4)
        c.line(150, _y(634), 320, _y(634))
        _text(c, f, lab, 330, 630, "Contrat :")
        for ct in CONTRACTS:
            x, y, w, h = g["ct_" + ct]["box"]
            _rect(c, x, y, w, h, 0.6)
            _text(c, f, 6.5, x + w + 2, y + 7.5, ct)
        c.line(68, _y(808), 548, _y(808))
    else:
        _section(c, r, run, 176, "A", "VOUS")
        _text(c, f, 9, 40, 206, "Nom de naissance :")
        _text(c, f, 9, 40, 230, "Nom d'usage (facultatif) :")
        _text(c, f, 9, 40, 254, "Prénom(s) :")
        for key in ("surname", "usage_name", "given_names"):
            _dots(c, g[key]["x"], g[key]["base"], g[key]["w"])
        _text(c, f, 9, 40, 277, "Sexe :")
        _text(c, f, 9, 82, 277, "F")
        _text(c, f, 9, 122, 277, "M")
        for k in ("sex_F", "sex_M"):
            _rect(c, *g[k]["box"], 0.7)
        _text(c, f, 9, 215, 277, "Date de naissance :")
        _comb(c, g["dob"]["cells"], 0.5)
        _text(c, f, 9, 40, 306, "Lieu de naissance (commune) :")
        _text(c, f, 9, 382, 306, "pays :")
        _text(c, f, 9, 40, 330, "Nationalité :")
        _text(c, f, 9, 40, 355, "N° de sécurité sociale (si vous en avez un) :")
        _comb(c, g["nir"]["cells"], 0.5)
        _text(c, f, 9, 40, 384, "Adresse :")
        _text(c, f, 9, 40, 408, "Code postal :")
        _comb(c, g["postcode"]["cells"], 0.5)
        _text(c, f, 9, 200, 408, "Commune :")
        _text(c, f, 9, 40, 432, "Téléphone :")
        _text(c, f, 9, 265, 432, "E-mail :")
        for key in ("birth_place", "birth_country", "nationality", "address", "city"):
            _dots(c, g[key]["x"], g[key]["base"], g[key]["w"])
        for key in ("phone", "email"):
            _dots(c, g[key]["x"], g[key]["base"], g[key]["w"])
        _section(c, r, run, 468, "B", "VOTRE SITUATION (cochez la case correspondante)")
        for key, t in SITUATIONS:
            x, y, w, h = g["sit_" + key]["box"]
            _rect(c, x, y, w, h, 0.8)
            _text(c, f, 9.5, 40, y + 10, t)
        _text(c, f, 8.5, 52, 532, "Emploi occupé :")
        _text(c, f, 8.5, 350, 532, "Type de contrat :")
        _text(c, f, 7, 52, 546, "(CDI, CDD, intérim, apprentissage...)")
        for key in ("job", "contract", "other_text"):
            _dots(c, g[key]["x"], g[key]["base"], g[key]["w"])
    _text(c, f, 7, 40, 828, "S1106 — cerfa n° 15763*02 — page 1/2", Color(0.3, 0.3, 0.3))


def page2(c, run, g, sig_label):
    r = RUNS[run]
    f = r["font"]
    c.setFillColor(Color(0.1, 0.1, 0.1))
    c.setStrokeColor(Color(0.15, 0.15, 0.15))
    y0 = 60 if run == "A" else 70
    _section(c, r, run, y0, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = y0 + 36
    for line in CERTIF:
        _text(c, f, 9.5, 45, y, line)
        y += 13
    if run == "A":
        _text(c, f, 9.5, 45, 210, "Fait à")
        c.setLineWidth(0.4)
        c.line(90, _y(213), 295, _y(213))
        _text(c, f, 9.5, 312, 210, "le")
        c.line(328, _y(213), 515, _y(213))
    else:
        _text(c, f, 10, 40, 226, "Fait à")
        _dots(c, 76, 226, 216)
        _text(c, f, 10, 302, 226, "le")
        _dots(c, 316, 226, 206)
    x, y, w, h = g["signature"]["rect"]
    _rect(c, x, y, w, h, 0.8)
    if sig_label == "above":
        _text(c, f, 9, x, y - 4, "Signature")
    elif sig_label == "inside":
        _text(c, f, 8, x + 4, y + 10, "Signature")
    else:
        c.setFillColor(Color(0.78, 0.78, 0.78))
        c.setFont(r["bold"], 16)
        c.drawCentredString(x + w / 2, _y(y + h / 2 + 5), "Signature")
        c.setFillColor(Color(0.1, 0.1, 0.1))
    yp = 372 if run == "A" else 392
    if run == "A":
        c.setFillColor(r["pale"])
        c.rect(40, _y(yp + 16), 515, 16, stroke=0, fill=1)
        _text(
            c,
            r["bold"],
            9.5,
            46,
            yp + 11.5,
            "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
            r["ink"],
        )
    else:
        _text(c, r["bold"], 10, 40, yp + 11, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    c.setFillColor(Color(0.1, 0.1, 0.1))
    yy = yp + 32
    for p in PIECES:
        _text(c, f, 9, 50, yy, "–  " + p)
        yy += 14
    yc = yy + 24
    _rect(c, 40, yc, 515, 96, 0.7, [3, 2] if run == "B" else None)
    c.setDash([], 0)
    _text(c, r["bold"], 9, 48, yc + 14, "Cadre réservé à l'organisme")
    _text(c, f, 8.5, 48, yc + 36, "Date de réception :")
    _text(c, f, 8.5, 48, yc + 58, "Pièces vérifiées :")
    for i, t in enumerate(("oui", "non")):
        _rect(c, 130 + i * 45, yc + 50, 8, 8, 0.5)
        _text(c, f, 8, 141 + i * 45, yc + 57.5, t)
    _text(c, f, 8.5, 48, yc + 80, "Matricule agent :")
    _text(c, f, 8.5, 320, yc + 36, "Cachet de l'organisme")
    _text(c, f, 7, 40, 828, "S1106 — cerfa n° 15763*02 — page 2/2", Color(0.3, 0.3, 0.3))
