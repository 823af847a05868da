"""Two print runs of the cerfa 15763*02 (S1106) drawn with reportlab.

Each run draws the blank two-page form on a canvas and returns a geometry dict (points, origin
bottom-left) telling where each value goes:
  {"kind": "text", "page": 1, "rect": (x, y, w, h)}
  {"kind": "comb", "page": 1, "cells": [(x, y, w, h), ...]}
  {"kind": "box", "page": 1, "rect": (x, y, w, h)}
Run "A": Arial-like sans, blue section bars, labels above the fields, 5 mm combs for names,
"Signature" printed above the box.  Run "B": Calibri-like sans, underlined section titles
with a circled letter, labels beside dotted lines, 4.2 mm combs for dates and numbers only,
"Signature du demandeur" printed in grey inside the box.
"""

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.28, 841.89
FONT_DIR = "/usr/share/fonts/truetype/"
_FONTS = {
    "LSans": "liberation/LiberationSans-Regular.ttf",
    "LSans-B": "liberation/LiberationSans-Bold.ttf",
    "LSans-I": "liberation/LiberationSans-Italic.ttf",
    "Carl": "crosextra/Carlito-Regular.ttf",
    "Carl-B": "crosextra/Carlito-Bold.ttf",
    "Carl-I": "crosextra/Carlito-Italic.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FONT_DIR + _p))

BLUE = (0.05, 0.26, 0.60)
TEAL = (0.0, 0.33, 0.38)

NOTICE = [
    (
        "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de "
        "vos frais de santé au titre de"
    ),
    (
        "la Protection universelle maladie si vous travaillez ou résidez en France de manière "
        "stable et régulière. Remplissez-le en"
    ),
    (
        "lettres capitales et adressez-le, accompagné des pièces justificatives, à la caisse "
        "d'assurance maladie de votre lieu de résidence."
    ),
]
LEGAL = "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-3 et D. 160-2 du code de la sécurité sociale"
CERTIF = [
    (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
        "m'engage à signaler à ma caisse"
    ),
    (
        "d'assurance maladie tout changement dans ma situation (adresse, activité, situation "
        "familiale, ressources)."
    ),
]
FRAUD = [
    (
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
        "fraudes ou de fausses déclarations"
    ),
    (
        "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, article L. 114-17 du code "
        "de la sécurité sociale)."
    ),
]
PIECES = [
    "une pièce d'identité : passeport, carte nationale d'identité (ressortissant UE/EEE/Suisse) ;",
    "un titre de séjour en cours de validité, VLS-TS validé ou récépissé de demande ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures",
    "   successives, ou attestation d'hébergement avec justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
]
CNIL = [
    (
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
        "libertés s'applique aux réponses"
    ),
    (
        "faites sur ce formulaire. Elle vous garantit un droit d'accès et de rectification pour "
        "les données vous concernant auprès de votre caisse."
    ),
]
SITUATIONS = [
    ("sit_salarie", "Vous exercez une activité salariée en France"),
    ("sit_independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("sit_demandeur", "Vous êtes demandeur d'emploi"),
    ("sit_etudiant", "Vous êtes étudiant(e)"),
    (
        "sit_sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("sit_autre", "Autre situation, précisez :"),
]
CONTRACTS = [("ct_cdi", "CDI"), ("ct_cdd", "CDD"), ("ct_interim", "Intérim"), ("ct_autre", "Autre")]


def _lines(c, font, size, x, y, lines, lead):
    c.setFont(font, size)
    for i, t in enumerate(lines):
        c.drawString(x, y - i * lead, t)


def _comb(c, x, y, n, cw, ch, lw=0.6, gap_after=()):
    cells = []
    cx = x
    c.setLineWidth(lw)
    for i in range(n):
        c.rect(cx, y, cw, ch, stroke=1, fill=0)
        cells.append((cx, y, cw, ch))
        cx += cw
        if i in gap_after:
            cx += cw * 0.6
    return cells


def _box(c, x, y, s, lw=0.7):
    c.setLineWidth(lw)
    c.rect(x, y, s, s, stroke=1, fill=0)
    return (x, y, s, s)


def _dotted(c, x, y, w):
    c.saveState()
    c.setDash(0.6, 1.6)
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y)
    c.restoreState()


# ----------------------------------------------------------------------------------- run A
def _header_a(c):
    c.setFillColorRGB(*BLUE)
    c.circle(52, H - 48, 11, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("LSans-B", 11)
    c.drawCentredString(52, H - 52, "+")
    c.setFillColorRGB(*BLUE)
    c.setFont("LSans", 9)
    c.drawString(68, H - 42, "l'Assurance")
    c.setFont("LSans-B", 11)
    c.drawString(68, H - 55, "Maladie")
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.8)
    c.rect(W - 130, H - 62, 90, 30)
    c.setFont("LSans-B", 10)
    c.drawCentredString(W - 85, H - 44, "cerfa")
    c.setFont("LSans", 8.5)
    c.drawCentredString(W - 85, H - 56, "N° 15763*02")
    c.setFont("LSans-B", 14)
    c.drawCentredString(W / 2, H - 88, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont("LSans", 11)
    c.drawCentredString(W / 2, H - 103, "Protection universelle maladie (PUMa)")
    c.setFont("LSans-I", 7)
    c.drawCentredString(W / 2, H - 115, LEGAL)
    _lines(c, "LSans", 6.8, 40, H - 131, NOTICE, 8.4)


def _bar_a(c, y, letter, title):
    c.setFillColorRGB(*BLUE)
    c.rect(40, y, W - 80, 15, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("LSans-B", 9.5)
    c.drawString(46, y + 4.2, f"{letter}   {title}")
    c.setFillColorRGB(0, 0, 0)


def _page1_a(c, g):
    _header_a(c)
    cw, ch = 5 * mm, 5.6 * mm
    y = H - 175
    _bar_a(c, y, "A", "VOUS")
    c.setStrokeColorRGB(0.15, 0.15, 0.15)
    rows = [
        ("nom", "Nom de naissance (nom de famille)", 24),
        ("nom_usage", "Nom d'usage (facultatif, ex. nom d'époux ou d'épouse)", 24),
        ("prenoms", "Prénom(s)", 28),
    ]
    y -= 14
    for key, label, n in rows:
        c.setFont("LSans", 7.5)
        c.drawString(42, y, label)
        y -= 4 + ch
        g[key] = {"kind": "comb", "page": 1, "cells": _comb(c, 42, y, n, cw, ch)}
        y -= 12
    c.setFont("LSans", 7.5)
    c.drawString(42, y, "Sexe")
    c.drawString(150, y, "Date de naissance")
    y -= 4 + ch
    s = 4 * mm
    c.drawString(42, y + 4, "F")
    g["sexe_f"] = {"kind": "box", "page": 1, "rect": _box(c, 52, y + 2, s)}
    c.drawString(82, y + 4, "M")
    g["sexe_m"] = {"kind": "box", "page": 1, "rect": _box(c, 94, y + 2, s)}
    cells = _comb(c, 150, y, 8, cw, ch, gap_after=(1, 3))
    g["dob_j"] = {"kind": "comb", "page": 1, "cells": cells[0:2]}
    g["dob_m"] = {"kind": "comb", "page": 1, "cells": cells[2:4]}
    g["dob_a"] = {"kind": "comb", "page": 1, "cells": cells[4:8]}
    c.setFont("LSans", 6)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    for lab, cell in (("JJ", cells[0]), ("MM", cells[2]), ("AAAA", cells[4])):
        c.drawString(cell[0] + 1, y - 7, lab)
    c.setFillColorRGB(0, 0, 0)
    y -= 20
    c.setFont("LSans", 7.5)
    c.drawString(42, y, "Lieu de naissance : commune")
    c.drawString(300, y, "pays")
    c.drawString(440, y, "Nationalité")
    y -= 4 + 16
    c.setLineWidth(0.6)
    for key, x0, w in (("lieu_commune", 42, 248), ("lieu_pays", 300, 130), ("nation", 440, 115)):
        c.rect(x0, y, w, 16)
        g[key] = {"kind": "text", "page": 1, "rect": (x0, y, w, 16)}
    y -= 14
    c.setFont("LSans", 7.5)
    c.drawString(42, y, "N° de sécurité sociale (si vous en avez un)")
    c.drawString(336, y, "Clé")
    y -= 4 + ch
    cells = _comb(c, 42, y, 13, cw * 0.94, ch, gap_after=(0, 2, 4, 6, 9))
    g["nir"] = {"kind": "comb", "page": 1, "cells": cells}
    g["nir_cle"] = {"kind": "comb", "page": 1, "cells": _comb(c, 336, y, 2, cw * 0.94, ch)}
    y -= 14
    c.setFont("LSans", 7.5)
    c.drawString(42, y, "Adresse (n°, rue, bâtiment, étage...)")
    y -= 4 + 16
    c.rect(42, y, W - 84, 16)
    g["adresse"] = {"kind": "text", "page": 1, "rect": (42, y, W - 84, 16)}
    y -= 14
    c.setFont("LSans", 7.5)
    c.drawString(42, y, "Code postal")
    c.drawString(140, y, "Commune")
    y -= 4 + ch
    g["cp"] = {"kind": "comb", "page": 1, "cells": _comb(c, 42, y, 5, cw, ch)}
    c.rect(140, y, W - 182, ch)
    g["commune"] = {"kind": "text", "page": 1, "rect": (140, y, W - 182, ch)}
    y -= 14
    c.setFont("LSans", 7.5)
    c.drawString(42, y, "Téléphone")
    c.drawString(200, y, "Adresse e-mail")
    y -= 4 + 16
    c.rect(42, y, 148, 16)
    c.rect(200, y, W - 242, 16)
    g["tel"] = {"kind": "text", "page": 1, "rect": (42, y, 148, 16)}
    g["email"] = {"kind": "text", "page": 1, "rect": (200, y, W - 242, 16)}
    y -= 30
    _bar_a(c, y, "B", "VOTRE SITUATION")
    y -= 8
    c.setFont("LSans", 7)
    c.drawString(42, y - 8, "Cochez la case correspondant à votre situation actuelle.")
    y -= 26
    s = 3.6 * mm
    for key, label in SITUATIONS:
        g[key] = {"kind": "box", "page": 1, "rect": _box(c, 44, y - 2, s)}
        c.setFont("LSans", 8.2)
        c.drawString(44 + s + 7, y, label)
        if key == "sit_salarie":
            y -= 19
            c.setFont("LSans", 7.5)
            c.drawString(70, y, "Type de contrat :")
            x = 136
            for ck, cl in CONTRACTS:
                g[ck] = {"kind": "box", "page": 1, "rect": _box(c, x, y - 2, 3.2 * mm)}
                c.drawString(x + 3.2 * mm + 4, y, cl)
                x += 62
            y -= 20
            c.drawString(70, y, "Emploi occupé :")
            _dotted(c, 132, y - 2, 300)
            g["emploi"] = {"kind": "text", "page": 1, "rect": (132, y - 1, 300, 13)}
        if key == "sit_autre":
            _dotted(c, 200, y - 2, W - 242)
            g["autre_txt"] = {"kind": "text", "page": 1, "rect": (200, y - 1, W - 242, 13)}
        y -= 22
    c.setFont("LSans", 6.5)
    c.drawCentredString(W / 2, 28, "S1106 — cerfa n° 15763*02 — page 1/2")


def _page2_a(c, g):
    y = H - 60
    _bar_a(c, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    _lines(c, "LSans", 8, 42, y - 20, CERTIF, 11)
    _lines(c, "LSans-I", 7, 42, y - 48, FRAUD, 9)
    y -= 92
    c.setFont("LSans", 9)
    c.drawString(42, y + 4, "Fait à")
    c.setLineWidth(0.6)
    c.rect(72, y, 200, 17)
    g["fait_a"] = {"kind": "text", "page": 2, "rect": (72, y, 200, 17)}
    c.drawString(290, y + 4, "le")
    c.rect(304, y, 120, 17)
    g["le"] = {"kind": "text", "page": 2, "rect": (304, y, 120, 17)}
    y -= 20
    c.setFont("LSans-B", 8.5)
    c.drawString(300, y, "Signature")
    y -= 6 + 75
    c.setLineWidth(0.8)
    c.rect(300, y, 240, 75)
    g["signature"] = {"kind": "box", "page": 2, "rect": (300, y, 240, 75)}
    y -= 40
    c.setFillColorRGB(*BLUE)
    c.setFont("LSans-B", 9.5)
    c.drawString(42, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    c.setFillColorRGB(0, 0, 0)
    y -= 16
    c.setFont("LSans", 8)
    for t in PIECES:
        if not t.startswith("   "):
            c.drawString(46, y, "•")
        c.drawString(56, y, t.strip())
        y -= 12
    y -= 18
    _lines(c, "LSans-I", 6.6, 42, y, CNIL, 8.4)
    y -= 40
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(*BLUE)
    c.rect(40, y - 70, W - 80, 78)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFont("LSans-B", 8)
    c.drawString(48, y - 6, "Cadre réservé à l'organisme")
    c.setFont("LSans", 7.5)
    c.drawString(48, y - 26, "Date de réception :")
    _comb(c, 124, y - 30, 8, 4 * mm, 4.6 * mm, gap_after=(1, 3))
    c.drawString(48, y - 46, "Pièces vérifiées :")
    _box(c, 124, y - 48, 3 * mm)
    c.drawString(138, y - 46, "oui")
    _box(c, 164, y - 48, 3 * mm)
    c.drawString(178, y - 46, "non")
    c.drawString(300, y - 26, "Matricule agent :")
    _dotted(c, 364, y - 28, 150)
    c.drawString(300, y - 46, "Visa :")
    _dotted(c, 326, y - 48, 188)
    c.setFont("LSans", 6.5)
    c.drawCentredString(W / 2, 28, "S1106 — cerfa n° 15763*02 — page 2/2")


# ----------------------------------------------------------------------------------- run B
def _title_b(c, y, letter, title):
    c.setStrokeColorRGB(*TEAL)
    c.setFillColorRGB(*TEAL)
    c.setLineWidth(1)
    if letter:
        c.circle(48, y + 4, 7, stroke=1, fill=0)
        c.setFont("Carl-B", 10)
        c.drawCentredString(48, y + 0.8, letter)
    c.setFont("Carl-B", 11)
    c.drawString(62 if letter else 40, y, title)
    c.setLineWidth(1.2)
    c.line(40, y - 5, W - 40, y - 5)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)


def _header_b(c):
    c.setFillColorRGB(*TEAL)
    c.setFont("Carl-B", 13)
    c.drawString(40, H - 50, "l'Assurance Maladie")
    c.setFont("Carl", 8)
    c.drawString(40, H - 61, "Agir ensemble, protéger chacun")
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(1)
    c.rect(W - 118, H - 60, 78, 26)
    c.setFont("Carl-B", 9)
    c.drawString(W - 112, H - 45, "cerfa")
    c.setFont("Carl", 8.5)
    c.drawString(W - 112, H - 55, "N° 15763*02")
    c.setFont("Carl-B", 15)
    c.drawString(40, H - 92, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont("Carl-I", 11)
    c.drawString(40, H - 106, "Protection universelle maladie (PUMa)")
    _lines(c, "Carl", 7, 40, H - 122, NOTICE, 8.6)
    c.setFont("Carl-I", 7)
    c.drawString(40, H - 152, LEGAL + ".")


def _lab_line(c, g, key, label, y, x0=40, xv=175, xe=W - 40, page=1):
    c.setFont("Carl", 9)
    c.drawString(x0, y, label)
    _dotted(c, xv, y - 2, xe - xv)
    g[key] = {"kind": "text", "page": page, "rect": (xv, y - 1, xe - xv, 14)}


def _page1_b(c, g):
    _header_b(c)
    y = H - 182
    _title_b(c, y, "A", "VOUS")
    y -= 26
    _lab_line(c, g, "nom", "Nom de naissance :", y)
    y -= 22
    _lab_line(c, g, "nom_usage", "Nom d'usage (facultatif) :", y)
    y -= 22
    _lab_line(c, g, "prenoms", "Prénom(s) :", y)
    y -= 24
    cw, ch = 4.2 * mm, 4.8 * mm
    c.setFont("Carl", 9)
    c.drawString(40, y, "Sexe :")
    c.drawString(76, y, "F")
    g["sexe_f"] = {"kind": "box", "page": 1, "rect": _box(c, 84, y - 2, 3.4 * mm)}
    c.drawString(104, y, "M")
    g["sexe_m"] = {"kind": "box", "page": 1, "rect": _box(c, 114, y - 2, 3.4 * mm)}
    c.drawString(175, y, "Date de naissance :")
    cells = _comb(c, 258, y - 4, 8, cw, ch, gap_after=(1, 3))
    g["dob_j"] = {"kind": "comb", "page": 1, "cells": cells[0:2]}
    g["dob_m"] = {"kind": "comb", "page": 1, "cells": cells[2:4]}
    g["dob_a"] = {"kind": "comb", "page": 1, "cells": cells[4:8]}
    y -= 24
    _lab_line(c, g, "lieu_commune", "Lieu de naissance : commune", y, xe=370)
    c.drawString(378, y, "pays")
    _dotted(c, 402, y - 2, W - 442)
    g["lieu_pays"] = {"kind": "text", "page": 1, "rect": (402, y - 1, W - 442, 14)}
    y -= 22
    _lab_line(c, g, "nation", "Nationalité :", y, xe=370)
    y -= 26
    c.setFont("Carl", 9)
    c.drawString(40, y, "N° de sécurité sociale :")
    cells = _comb(c, 175, y - 4, 13, cw, ch, gap_after=(0, 2, 4, 6, 9))
    g["nir"] = {"kind": "comb", "page": 1, "cells": cells}
    kx = cells[-1][0] + cw + 14
    c.drawString(kx, y, "clé")
    g["nir_cle"] = {"kind": "comb", "page": 1, "cells": _comb(c, kx + 16, y - 4, 2, cw, ch)}
    c.setFont("Carl-I", 7)
    c.drawString(kx + 16 + 2 * cw + 8, y, "(si vous en avez un)")
    y -= 24
    _lab_line(c, g, "adresse", "Adresse :", y)
    y -= 24
    c.setFont("Carl", 9)
    c.drawString(40, y, "Code postal :")
    g["cp"] = {"kind": "comb", "page": 1, "cells": _comb(c, 175, y - 4, 5, cw, ch)}
    _lab_line(c, g, "commune", "Commune :", y, x0=290, xv=342)
    y -= 24
    _lab_line(c, g, "tel", "Téléphone :", y, xe=330)
    _lab_line(c, g, "email", "Courriel :", y, x0=340, xv=382)
    y -= 36
    _title_b(c, y, "B", "VOTRE SITUATION")
    y -= 24
    s = 3.4 * mm
    for key, label in SITUATIONS:
        c.setFont("Carl", 9)
        g[key] = {"kind": "box", "page": 1, "rect": _box(c, 42, y - 2, s)}
        c.drawString(42 + s + 6, y, label)
        if key == "sit_salarie":
            y -= 18
            c.drawString(66, y, "Emploi occupé :")
            _dotted(c, 130, y - 2, 170)
            g["emploi"] = {"kind": "text", "page": 1, "rect": (130, y - 1, 170, 13)}
            c.drawString(310, y, "Contrat :")
            x = 348
            for ck, cl in CONTRACTS:
                g[ck] = {"kind": "box", "page": 1, "rect": _box(c, x, y - 2, 3 * mm)}
                c.drawString(x + 3 * mm + 3, y, cl)
                x += 52
        if key == "sit_autre":
            _dotted(c, 175, y - 2, W - 215)
            g["autre_txt"] = {"kind": "text", "page": 1, "rect": (175, y - 1, W - 215, 13)}
        y -= 21
    c.setFont("Carl", 7)
    c.drawString(40, 30, "S1106 — cerfa n° 15763*02 — page 1/2")


def _page2_b(c, g):
    y = H - 60
    _title_b(c, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    _lines(c, "Carl", 8.6, 40, y - 24, CERTIF, 11.5)
    y -= 70
    c.setFont("Carl", 10)
    c.drawString(40, y, "Fait à")
    _dotted(c, 70, y - 2, 200)
    g["fait_a"] = {"kind": "text", "page": 2, "rect": (70, y - 1, 200, 15)}
    c.drawString(282, y, ", le")
    _dotted(c, 300, y - 2, 130)
    g["le"] = {"kind": "text", "page": 2, "rect": (300, y - 1, 130, 15)}
    y -= 22 + 85
    c.setLineWidth(0.9)
    c.rect(40, y, 260, 85)
    g["signature"] = {"kind": "box", "page": 2, "rect": (40, y, 260, 85)}
    c.setFillColorRGB(0.62, 0.62, 0.62)
    c.setFont("Carl-I", 8)
    c.drawString(45, y + 76, "Signature du demandeur")
    c.setFillColorRGB(0, 0, 0)
    _lines(
        c,
        "Carl-I",
        7,
        316,
        y + 70,
        [
            "",
            "La loi rend passible d'amende et/ou",
            "d'emprisonnement quiconque se rend",
            "coupable de fraudes ou de fausses",
            "déclarations (art. 313-1 à 313-3, 433-19,",
            "441-1 et 441-7 du code pénal).",
        ],
        9,
    )
    y -= 36
    _title_b(c, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 22
    c.setFont("Carl", 9)
    for t in PIECES:
        if not t.startswith("   "):
            c.drawString(44, y, "–")
        c.drawString(54, y, t.strip())
        y -= 13
    y -= 14
    _lines(c, "Carl-I", 7, 40, y, CNIL, 8.6)
    y -= 34
    c.setDash(3, 2)
    c.setLineWidth(0.7)
    c.rect(40, y - 64, W - 80, 70)
    c.setDash()
    c.setFont("Carl-B", 8.5)
    c.drawString(48, y - 8, "CADRE RÉSERVÉ À L'ORGANISME")
    c.setFont("Carl", 8.5)
    c.drawString(48, y - 28, "Date de réception :")
    _dotted(c, 124, y - 30, 100)
    c.drawString(240, y - 28, "Pièces vérifiées :")
    _box(c, 306, y - 30, 3 * mm)
    c.drawString(318, y - 28, "oui")
    _box(c, 340, y - 30, 3 * mm)
    c.drawString(352, y - 28, "non")
    c.drawString(48, y - 50, "Matricule agent :")
    _dotted(c, 118, y - 52, 150)
    c.setFont("Carl", 7)
    c.drawRightString(W - 40, 30, "S1106 — cerfa n° 15763*02 — page 2/2")


def draw_page(c, run, page, g):
    """Draw one blank page of print run `run` on canvas c; fill geometry dict g."""
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    {("A", 1): _page1_a, ("A", 2): _page2_a, ("B", 1): _page1_b, ("B", 2): _page2_b}[(run, page)](
        c, g
    )
