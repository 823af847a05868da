"""Two home-made "print runs" of the PUMa application form (cerfa 15763*02, S1106).

Drawn with reportlab from the public description of the form. Each drawing function
returns the geometry of the fillable places (in PDF points, origin bottom-left) so that
the fill ways (hand, typed, AcroForm) can put values where a careful person would.

Field kinds:
  {"kind": "comb", "cells": [(x, y, w, h), ...]}   one character per cell
  {"kind": "line", "x0": .., "x1": .., "y": ..}     write on the line (baseline a bit above)
  {"kind": "cell", "rect": (x, y, w, h)}           framed cell (label may sit inside, top)
  {"kind": "check", "rect": (x, y, w, h)}          tick box
  {"kind": "sign", "rect": (x, y, w, h)}           signature frame
"""

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.28, 841.89
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": TT + "crosextra/Carlito-Bold.ttf",
    "Carlito-Italic": TT + "crosextra/Carlito-Italic.ttf",
    "Caladea": TT + "crosextra/Caladea-Regular.ttf",
    "Caladea-Bold": TT + "crosextra/Caladea-Bold.ttf",
    "Caladea-Italic": TT + "crosextra/Caladea-Italic.ttf",
    "Lato-Bold": TT + "lato/Lato-Bold.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
}
_done = []


def register_fonts():
    if _done:
        return
    for name, path in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _done.append(1)


BLUE = Color(0.05, 0.23, 0.55)
GREEN = Color(0.0, 0.42, 0.36)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.93, 0.95, 0.98)

NOTICE = [
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos "
    "frais de santé au titre de la",
    "protection universelle maladie si vous travaillez en France ou si vous y résidez de manière "
    "stable et régulière. Remplissez-le",
    "en lettres capitales et renvoyez-le à la caisse d'assurance maladie de votre lieu de "
    "résidence avec les pièces justificatives.",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2 et D. 160-2 "
    "du code de la sécurité sociale"
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma",
    "caisse d'assurance maladie tout changement dans ma situation (adresse, activité, résidence).",
    "Je suis informé(e) que toute fausse déclaration m'expose à des sanctions financières et "
    "pénales (articles 313-1,",
    "441-1 et 441-6 du code pénal, article L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    "si vous êtes étranger hors UE/EEE/Suisse : titre de séjour, VLS-TS ou récépissé en cours "
    "de validité ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation "
    "s'il y a lieu) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = [
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses",
    "faites sur ce formulaire. Elle garantit un droit d'accès et de rectification pour les "
    "données vous concernant auprès de votre caisse.",
]
SITUATIONS = [
    ("salarie", "vous exercez une activité salariée en France"),
    ("independant", "vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "vous êtes demandeur d'emploi"),
    ("etudiant", "vous êtes étudiant(e)"),
    (
        "sans_activite",
        "vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "autre situation, précisez :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "intérim"), ("autre", "autre")]


def comb(c, x, y, n, w, h, gap_every=None, gap=0.0):
    cells = []
    cx = x
    for i in range(n):
        if gap_every and i and i % gap_every == 0:
            cx += gap
        c.rect(cx, y, w, h, stroke=1, fill=0)
        cells.append((cx, y, w, h))
        cx += w
    return cells


def _footer(c, font, page):
    c.setFont(font, 7)
    c.setFillColor(GREY)
    c.drawString(36, 22, f"S1106 — cerfa n° 15763*02 — page {page}/2")
    c.drawRightString(W - 36, 22, "ameli.fr")
    c.setFillColorRGB(0, 0, 0)


def _header(c, run):
    if run == "A":
        # emblem: two arcs and a wordmark
        c.setStrokeColor(BLUE)
        c.setLineWidth(2.2)
        c.circle(52, 800, 12, stroke=1, fill=0)
        c.setLineWidth(1.2)
        c.circle(52, 800, 6, stroke=1, fill=0)
        c.setFillColor(BLUE)
        c.setFont("Carlito-Bold", 13)
        c.drawString(70, 802, "l'Assurance")
        c.drawString(70, 789, "Maladie")
        c.setFont("Carlito", 7)
        c.drawString(70, 780, "Agir ensemble, protéger chacun")
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.rect(W - 128, 784, 92, 30, stroke=1, fill=0)
        c.setFont("Carlito-Bold", 12)
        c.drawCentredString(W - 82, 801, "cerfa")
        c.setFont("Carlito", 8)
        c.drawCentredString(W - 82, 789, "N° 15763*02")
        c.setFont("Carlito-Bold", 15)
        c.drawCentredString(W / 2, 752, "Demande d'ouverture des droits à l'assurance maladie")
        c.setFont("Carlito", 11)
        c.drawCentredString(W / 2, 737, "Protection universelle maladie (PUMa)")
        c.setFont("Carlito-Italic", 6.8)
        for i, t in enumerate(NOTICE):
            c.drawString(36, 722 - 8.2 * i, t)
        c.setFont("Carlito", 6.5)
        c.drawString(36, 694, LEGAL)
    else:
        c.setFillColor(GREEN)
        c.rect(36, 790, 6, 26, stroke=0, fill=1)
        c.setFont("Lato-Bold", 12)
        c.drawString(48, 804, "l'Assurance Maladie")
        c.setFont("Caladea-Italic", 8)
        c.drawString(48, 793, "Caisse primaire d'assurance maladie")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Caladea", 7)
        c.drawRightString(W - 36, 814, "cerfa")
        c.setLineWidth(1)
        c.rect(W - 118, 790, 82, 20, stroke=1, fill=0)
        c.setFont("Lato-Bold", 10)
        c.drawCentredString(W - 77, 797, "N° 15763*02")
        c.setFont("Lato-Bold", 13.5)
        c.drawString(36, 760, "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE")
        c.setFont("Caladea-Italic", 11)
        c.drawString(36, 745, "Protection universelle maladie (PUMa)")
        c.setFont("Caladea", 6.6)
        c.drawString(36, 733, LEGAL)
        c.setStrokeColor(GREEN)
        c.line(36, 728, W - 36, 728)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFont("Caladea", 6.6)
        for i, t in enumerate(NOTICE):
            c.drawString(36, 718 - 8 * i, t)


def _section(c, run, y, letter, title):
    if run == "A":
        c.setFillColor(BLUE)
        c.rect(36, y, W - 72, 15, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Carlito-Bold", 10.5)
        c.drawString(42, y + 4, f"{letter}    {title}")
        c.setFillColorRGB(0, 0, 0)
    else:
        c.setFont("Lato-Bold", 10.5)
        c.setFillColor(GREEN)
        c.drawString(36, y + 3, f"{letter} — {title}")
        c.setStrokeColor(GREEN)
        c.setLineWidth(1.2)
        c.line(36, y, W - 36, y)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.6)


def _dotted(c, x0, x1, y):
    c.setDash(1, 2)
    c.line(x0, y, x1, y)
    c.setDash()


def page1(c, run):
    """Draw page 1; return the field geometry."""
    register_fonts()
    f = {}
    _header(c, run)
    c.setLineWidth(0.6)
    if run == "A":
        lab = ("Carlito", 8)
        _section(c, "A", 668, "A", "VOUS")
        cw, ch = 14.2, 16
        y = 640
        for key, label in [
            ("surname", "Nom de naissance"),
            ("usage_name", "Nom d'usage (facultatif)"),
            ("given_names", "Prénom(s)"),
        ]:
            c.setFont(*lab)
            c.drawString(36, y + ch + 3, label)
            f[key] = {"kind": "comb", "cells": comb(c, 36, y, 36, cw, ch)}
            y -= 32
        # sex + date of birth
        c.setFont(*lab)
        c.drawString(36, y + ch + 3, "Sexe")
        c.drawString(36, y + 4, "F")
        c.rect(44, y + 2, 11, 11)
        c.drawString(66, y + 4, "M")
        c.rect(76, y + 2, 11, 11)
        f["sex_F"] = {"kind": "check", "rect": (44, y + 2, 11, 11)}
        f["sex_M"] = {"kind": "check", "rect": (76, y + 2, 11, 11)}
        c.drawString(130, y + ch + 3, "Date de naissance")
        c.setFont("Carlito", 6)
        c.setFillColor(GREY)
        for t, x in [("J J", 130), ("M M", 166), ("A A A A", 202)]:
            c.drawString(x + 2, y - 7, t)
        c.setFillColorRGB(0, 0, 0)
        f["dob_d"] = {"kind": "comb", "cells": comb(c, 130, y, 2, cw, ch)}
        f["dob_m"] = {"kind": "comb", "cells": comb(c, 166, y, 2, cw, ch)}
        f["dob_y"] = {"kind": "comb", "cells": comb(c, 202, y, 4, cw, ch)}
        c.setFont(*lab)
        c.drawString(300, y + ch + 3, "Nationalité")
        c.rect(300, y, W - 336, ch)
        f["nationality"] = {"kind": "cell", "rect": (300, y, W - 336, ch)}
        y -= 36
        c.drawString(36, y + ch + 3, "Lieu de naissance (commune, pays)")
        c.rect(36, y, W - 72, ch)
        f["birth_place"] = {"kind": "cell", "rect": (36, y, W - 72, ch)}
        y -= 34
        c.drawString(36, y + ch + 3, "N° de sécurité sociale (si vous en avez un)")
        f["nir"] = {"kind": "comb", "cells": comb(c, 36, y, 13, cw, ch)}
        f["nir_key"] = {"kind": "comb", "cells": comb(c, 36 + 13 * cw + 10, y, 2, cw, ch)}
        c.setFont("Carlito", 6)
        c.setFillColor(GREY)
        c.drawString(36 + 13 * cw + 10, y - 7, "clé")
        c.setFillColorRGB(0, 0, 0)
        y -= 34
        c.setFont(*lab)
        c.drawString(36, y + ch + 3, "Adresse (n°, rue, bâtiment, étage)")
        c.rect(36, y, W - 72, ch)
        f["address"] = {"kind": "cell", "rect": (36, y, W - 72, ch)}
        y -= 32
        c.drawString(36, y + ch + 3, "Code postal")
        f["postcode"] = {"kind": "comb", "cells": comb(c, 36, y, 5, cw, ch)}
        c.drawString(130, y + ch + 3, "Commune")
        c.rect(130, y, W - 166, ch)
        f["town"] = {"kind": "cell", "rect": (130, y, W - 166, ch)}
        y -= 32
        c.drawString(36, y + ch + 3, "Téléphone")
        f["phone"] = {"kind": "comb", "cells": comb(c, 36, y, 10, cw, ch, 2, 3)}
        c.drawString(230, y + ch + 3, "Adresse e-mail")
        c.rect(230, y, W - 266, ch)
        f["email"] = {"kind": "cell", "rect": (230, y, W - 266, ch)}
        y -= 40
        _section(c, "A", y, "B", "VOTRE SITUATION")
        y -= 22
        c.setFont(*lab)
        c.drawString(36, y, "Cochez la case qui correspond à votre situation actuelle :")
        y -= 22
        for key, label in SITUATIONS:
            c.rect(40, y - 1, 10, 10)
            f["sit_" + key] = {"kind": "check", "rect": (40, y - 1, 10, 10)}
            c.setFont(*lab)
            c.drawString(58, y + 1, label)
            if key == "salarie":
                y -= 20
                c.drawString(58, y + 1, "emploi occupé :")
                x0 = 58 + c.stringWidth("emploi occupé :", *lab) + 4
                c.line(x0, y, 330, y)
                f["job"] = {"kind": "line", "x0": x0, "x1": 330, "y": y}
                c.drawString(344, y + 1, "type de contrat :")
                x = 344 + c.stringWidth("type de contrat :", *lab) + 6
                for ck, cl in CONTRACTS:
                    c.rect(x, y - 1, 9, 9)
                    f["ct_" + ck] = {"kind": "check", "rect": (x, y - 1, 9, 9)}
                    c.drawString(x + 12, y + 1, cl)
                    x += 12 + c.stringWidth(cl, *lab) + 9
            if key == "autre":
                x0 = 58 + c.stringWidth(label, *lab) + 4
                c.line(x0, y, W - 36, y)
                f["other_text"] = {"kind": "line", "x0": x0, "x1": W - 36, "y": y}
            y -= 22
        c.setFont("Carlito", 6.5)
        for i, t in enumerate(CNIL):
            c.drawString(36, 60 - 8 * i, t)
        _footer(c, "Carlito", 1)
    else:
        lab = ("Caladea", 8.5)
        _section(c, "B", 680, "A", "VOUS")
        y = 656
        for key, label in [
            ("surname", "Nom de naissance :"),
            ("usage_name", "Nom d'usage (facultatif) :"),
            ("given_names", "Prénom(s) :"),
        ]:
            c.setFont(*lab)
            c.drawString(36, y + 2, label)
            x0 = 36 + c.stringWidth(label, *lab) + 5
            _dotted(c, x0, W - 36, y)
            f[key] = {"kind": "line", "x0": x0, "x1": W - 36, "y": y}
            y -= 24
        c.setFont(*lab)
        c.drawString(36, y + 2, "Sexe :")
        c.drawString(68, y + 2, "F")
        c.rect(78, y, 10, 10)
        c.drawString(98, y + 2, "M")
        c.rect(110, y, 10, 10)
        f["sex_F"] = {"kind": "check", "rect": (78, y, 10, 10)}
        f["sex_M"] = {"kind": "check", "rect": (110, y, 10, 10)}
        c.drawString(150, y + 2, "Date de naissance :")
        x = 150 + c.stringWidth("Date de naissance :", *lab) + 6
        cw, ch = 12.5, 15
        f["dob_d"] = {"kind": "comb", "cells": comb(c, x, y - 3, 2, cw, ch)}
        c.drawString(x + 2 * cw + 2, y + 1, "/")
        f["dob_m"] = {"kind": "comb", "cells": comb(c, x + 2 * cw + 8, y - 3, 2, cw, ch)}
        c.drawString(x + 4 * cw + 10, y + 1, "/")
        f["dob_y"] = {"kind": "comb", "cells": comb(c, x + 4 * cw + 16, y - 3, 4, cw, ch)}
        y -= 26
        c.drawString(36, y + 2, "Lieu de naissance (commune et pays) :")
        x0 = 36 + c.stringWidth("Lieu de naissance (commune et pays) :", *lab) + 5
        _dotted(c, x0, W - 36, y)
        f["birth_place"] = {"kind": "line", "x0": x0, "x1": W - 36, "y": y}
        y -= 24
        c.drawString(36, y + 2, "Nationalité :")
        x0 = 36 + c.stringWidth("Nationalité :", *lab) + 5
        _dotted(c, x0, 300, y)
        f["nationality"] = {"kind": "line", "x0": x0, "x1": 300, "y": y}
        y -= 28
        c.drawString(36, y + 2, "N° de sécurité sociale, si vous en avez un :")
        x = 36 + c.stringWidth("N° de sécurité sociale, si vous en avez un :", *lab) + 6
        f["nir"] = {"kind": "comb", "cells": comb(c, x, y - 3, 13, cw, ch)}
        f["nir_key"] = {"kind": "comb", "cells": comb(c, x + 13 * cw + 8, y - 3, 2, cw, ch)}
        y -= 40
        # framed cells with the label inside
        for key, label, x, w in [
            ("address", "Adresse", 36, W - 72),
        ]:
            c.rect(x, y, w, 26)
            c.setFont("Caladea", 6.5)
            c.setFillColor(GREY)
            c.drawString(x + 3, y + 19, label)
            c.setFillColorRGB(0, 0, 0)
            f[key] = {"kind": "cell", "rect": (x + 2, y + 1, w - 4, 17)}
        y -= 30
        for key, label, x, w in [
            ("postcode", "Code postal", 36, 70),
            ("town", "Commune", 110, 240),
            ("phone", "Téléphone", 354, W - 390),
        ]:
            c.rect(x, y, w, 26)
            c.setFont("Caladea", 6.5)
            c.setFillColor(GREY)
            c.drawString(x + 3, y + 19, label)
            c.setFillColorRGB(0, 0, 0)
            f[key] = {"kind": "cell", "rect": (x + 2, y + 1, w - 4, 17)}
        y -= 30
        c.rect(36, y, W - 72, 26)
        c.setFont("Caladea", 6.5)
        c.setFillColor(GREY)
        c.drawString(39, y + 19, "Courriel")
        c.setFillColorRGB(0, 0, 0)
        f["email"] = {"kind": "cell", "rect": (38, y + 1, W - 76, 17)}
        y -= 34
        _section(c, "B", y, "B", "VOTRE SITUATION")
        y -= 22
        for key, label in SITUATIONS:
            c.rect(40, y - 2, 11, 11)
            f["sit_" + key] = {"kind": "check", "rect": (40, y - 2, 11, 11)}
            c.setFont(*lab)
            c.drawString(58, y, label)
            if key == "salarie":
                y -= 20
                c.drawString(58, y, "profession :")
                x0 = 58 + c.stringWidth("profession :", *lab) + 4
                _dotted(c, x0, 300, y - 1)
                f["job"] = {"kind": "line", "x0": x0, "x1": 300, "y": y - 1}
                c.drawString(310, y, "type de contrat (CDI, CDD, intérim...) :")
                x0 = 310 + c.stringWidth("type de contrat (CDI, CDD, intérim...) :", *lab) + 4
                _dotted(c, x0, W - 36, y - 1)
                f["contract_line"] = {"kind": "line", "x0": x0, "x1": W - 36, "y": y - 1}
            if key == "autre":
                x0 = 58 + c.stringWidth(label, *lab) + 4
                _dotted(c, x0, W - 36, y - 1)
                f["other_text"] = {"kind": "line", "x0": x0, "x1": W - 36, "y": y - 1}
            y -= 22
        c.setFont("Caladea", 6.4)
        for i, t in enumerate(CNIL):
            c.drawString(36, 58 - 8 * i, t)
        _footer(c, "Caladea", 1)
    return f


def page2(c, run):
    register_fonts()
    f = {}
    c.setLineWidth(0.6)
    if run == "A":
        font, bold, size = "Carlito", "Carlito-Bold", 8.5
        _section(c, "A", 790, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    else:
        font, bold, size = "Caladea", "Lato-Bold", 8.5
        _section(c, "B", 790, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = 768
    c.setFont(font, size)
    for t in CERTIF:
        c.drawString(36, y, t)
        y -= 11
    y -= 22
    c.setFont(font, 9)
    c.drawString(36, y + 2, "Fait à")
    x0 = 36 + c.stringWidth("Fait à", font, 9) + 5
    if run == "A":
        c.line(x0, y, 250, y)
    else:
        _dotted(c, x0, 250, y)
    f["place"] = {"kind": "line", "x0": x0, "x1": 250, "y": y}
    c.drawString(262, y + 2, "le")
    x0 = 262 + c.stringWidth("le", font, 9) + 5
    if run == "A":
        c.line(x0, y, 420, y)
    else:
        _dotted(c, x0, 420, y)
    f["date"] = {"kind": "line", "x0": x0, "x1": 420, "y": y}
    y -= 18
    if run == "A":
        c.setFont(bold, 9)
        c.drawString(300, y, "Signature")
        box = (300, y - 78, W - 336, 70)
        c.rect(*box)
    else:
        box = (290, y - 84, W - 326, 82)
        c.setLineWidth(0.9)
        c.rect(*box)
        c.setLineWidth(0.6)
        c.setFont("Caladea-Italic", 9)
        c.setFillColor(Color(0.72, 0.72, 0.72))
        c.drawString(box[0] + 5, box[1] + box[3] - 12, "Signature")
        c.setFillColorRGB(0, 0, 0)
    f["sign"] = {"kind": "sign", "rect": box}
    y = box[1] - 34
    if run == "A":
        c.setFillColor(LIGHT)
        c.rect(36, y - 4, W - 72, 16, stroke=0, fill=1)
        c.setFillColor(BLUE)
    else:
        c.setFillColor(GREEN)
    c.setFont(bold, 10)
    c.drawString(40, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    c.setFillColorRGB(0, 0, 0)
    y -= 20
    c.setFont(font, 8.3)
    for t in PIECES:
        c.drawString(44, y, "•" if run == "A" else "–")
        c.drawString(54, y, t)
        y -= 13
    y -= 8
    c.setFont(font, 7.5)
    c.drawString(
        36, y, "Les photocopies suffisent : n'envoyez pas d'originaux. Conservez une copie."
    )
    y -= 40
    # frame reserved for the office
    c.setLineWidth(0.8)
    if run == "B":
        c.setDash(3, 2)
    c.rect(36, y - 92, W - 72, 100)
    c.setDash()
    c.setFont(bold, 9)
    c.drawString(44, y - 6, "Cadre réservé à l'organisme")
    c.setFont(font, 8)
    c.drawString(44, y - 28, "Date de réception :")
    c.drawString(44, y - 48, "Pièces vérifiées :")
    c.drawString(44, y - 68, "Matricule agent :")
    cw = 11
    comb(c, 130, y - 31, 2, cw, 13)
    comb(c, 156, y - 31, 2, cw, 13)
    comb(c, 182, y - 31, 4, cw, 13)
    x = 130
    for lbl in ["oui", "non"]:
        c.rect(x, y - 51, 9, 9)
        c.drawString(x + 12, y - 49, lbl)
        x += 40
    comb(c, 130, y - 71, 6, cw, 13)
    c.drawString(330, y - 28, "Cachet de l'organisme")
    _footer(c, font, 2)
    return f
