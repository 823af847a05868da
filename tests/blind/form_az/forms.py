"""Blank cerfa 15763*02 (S1106) pages drawn with reportlab, in three "print runs".

Each draw function paints one page on a canvas and returns a layout: where the values go,
in PDF points (origin bottom-left).  Kinds: ``comb`` (list of boxes), ``line`` (x, y, w),
``box`` (x, y, size) for a tick box, ``rect`` for the signature frame.
"""

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.28, 841.89
TT = "/usr/share/fonts/truetype/"
_FONTS = {
    "DejaVu": "dejavu/DejaVuSans.ttf",
    "DejaVu-B": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuC": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "Lib-B": "liberation/LiberationSans-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "Carlito-B": "crosextra/Carlito-Bold.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf",
    "Courier-TT": "liberation/LiberationMono-Regular.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, TT + _p))

# print runs: fonts, colours and where labels sit
RUNS = {
    "r2019": {  # blue bars, labels above comb boxes, "Signature" above the frame
        "font": "Lib",
        "bold": "Lib-B",
        "bar": Color(0.05, 0.27, 0.55),
        "comb": 13.5,
        "names": "comb",
        "sig_label": "above",
    },
    "r2021": {  # underlined headings, labels beside dotted lines, grey "Signature" inside
        "font": "DejaVuC",
        "bold": "DejaVuC-B",
        "bar": None,
        "comb": 12.0,
        "names": "dots",
        "sig_label": "grey_inside",
    },
    "r2023": {  # grey bars, labels inside cells, "Signature" printed in the frame corner
        "font": "Carlito",
        "bold": "Carlito-B",
        "bar": Color(0.82, 0.84, 0.86),
        "comb": 14.5,
        "names": "cells",
        "sig_label": "inside",
    },
}

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité et résidez en France de manière stable "
        "et régulière depuis plus de 3 mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "intérim"), ("autre_ct", "autre")]


def _comb(c, x, y, n, s, groups=None):
    """Draw n comb boxes of side s from (x, y) bottom-left; groups adds gaps."""
    boxes = []
    cx = x
    gaps = set()
    if groups:
        acc = 0
        for g in groups[:-1]:
            acc += g
            gaps.add(acc)
    for i in range(n):
        if i in gaps:
            cx += s * 0.6
        c.rect(cx, y, s, s, stroke=1, fill=0)
        boxes.append((cx, y, s, s))
        cx += s
    return {"kind": "comb", "boxes": boxes}


def _tick(c, x, y, s=8.5):
    c.rect(x, y, s, s, stroke=1, fill=0)
    return {"kind": "box", "x": x, "y": y, "s": s}


def _dots(c, x, y, w):
    c.saveState()
    c.setDash(0.6, 1.6)
    c.setLineWidth(0.6)
    c.line(x, y - 1.5, x + w, y - 1.5)
    c.restoreState()
    return {"kind": "line", "x": x + 2, "y": y, "w": w - 4}


def _section(c, run, x, y, w, title):
    st = RUNS[run]
    if st["bar"] is not None:
        c.setFillColor(st["bar"])
        c.rect(x, y - 4, w, 15, stroke=0, fill=1)
        c.setFillColor(white if run == "r2019" else black)
        c.setFont(st["bold"], 10)
        c.drawString(x + 5, y, title)
        c.setFillColor(black)
    else:
        c.setFont(st["bold"], 11)
        c.drawString(x, y, title)
        c.setLineWidth(1.2)
        c.line(x, y - 3, x + w, y - 3)
        c.setLineWidth(0.7)


def _header(c, run):
    st = RUNS[run]
    f, b = st["font"], st["bold"]
    c.setFillColor(Color(0.0, 0.35, 0.65))
    c.setFont(b, 15)
    c.drawString(40, 790, "l'Assurance")
    c.drawString(40, 774, "Maladie")
    c.setFillColor(black)
    c.setFont(b, 13)
    c.drawCentredString(W / 2 + 30, 790, "Demande d'ouverture des droits")
    c.drawCentredString(W / 2 + 30, 775, "à l'assurance maladie")
    c.setFont(f, 10)
    c.drawCentredString(W / 2 + 30, 760, "Protection universelle maladie (PUMa)")
    c.rect(W - 112, 772, 72, 30, stroke=1, fill=0)
    c.setFont(b, 9)
    c.drawCentredString(W - 76, 791, "cerfa")
    c.setFont(f, 8.5)
    c.drawCentredString(W - 76, 779, "N° 15763*02")
    c.setFont(f, 6.3)
    notice = [
        "Articles L. 160-1, L. 160-5, L. 160-7, R. 111-3 et D. 160-2 du code de la sécurité "
        "sociale. Cette demande permet d'ouvrir vos droits à la prise en charge de vos frais",
        "de santé si vous travaillez ou résidez en France de manière stable et régulière. "
        "Remplissez ce formulaire en lettres capitales et joignez les pièces demandées (page 2).",
        "La loi n° 78-17 du 6/01/1978 modifiée relative à l'informatique, aux fichiers et aux "
        "libertés s'applique aux réponses faites sur ce formulaire.",
    ]
    for i, t in enumerate(notice):
        c.drawString(40, 742 - i * 8, t)


def draw_page1(c, run):
    st = RUNS[run]
    f, s = st["font"], st["comb"]
    lay = {}
    c.setStrokeColor(black)
    c.setLineWidth(0.7)
    _header(c, run)
    _section(c, run, 40, 708, W - 80, "A  -  VOUS")
    y = 676 if st["names"] == "comb" else 684
    labels = [
        ("surname", "Nom de naissance", 22),
        ("usage_name", "Nom d'usage (facultatif)", 22),
        ("given_names", "Prénom(s)", 24),
    ]
    for key, lab, n in labels:
        if st["names"] == "comb":
            c.setFont(f, 8)
            c.drawString(42, y + s + 3, lab)
            lay[key] = _comb(c, 42, y, n, s)
            y -= s + 17
        elif st["names"] == "dots":
            c.setFont(f, 9)
            c.drawString(42, y + 2, lab + " :")
            lay[key] = _dots(c, 42 + c.stringWidth(lab + " :", f, 9) + 4, y + 2, 380)
            y -= 24
        else:
            c.rect(40, y - 4, W - 80, 24, stroke=1, fill=0)
            c.setFont(f, 7)
            c.drawString(43, y + 13, lab)
            lay[key] = {"kind": "line", "x": 150, "y": y + 1, "w": W - 200}
            y -= 28
    # sex and date of birth
    c.setFont(f, 9)
    c.drawString(42, y + 3, "Sexe :")
    c.drawString(80, y + 3, "F")
    lay["sex_F"] = _tick(c, 90, y + 2)
    c.drawString(108, y + 3, "M")
    lay["sex_M"] = _tick(c, 120, y + 2)
    c.drawString(160, y + 3, "Date de naissance")
    c.setFont(f, 6)
    bx = 240
    lay["dob"] = _comb(c, bx, y, 8, s, groups=[2, 2, 4])
    bxs = lay["dob"]["boxes"]
    for i, t in ((0, "J J"), (2, "M M"), (4, "A A A A")):
        c.drawString(bxs[i][0] + 1, y - 7, t)
    y -= 30
    c.setFont(f, 9)
    c.drawString(42, y + 2, "Lieu de naissance : commune")
    lay["birth_place"] = _dots(c, 170, y + 2, 170)
    c.drawString(345, y + 2, "pays")
    lay["birth_country"] = _dots(c, 370, y + 2, W - 410)
    y -= 22
    c.drawString(42, y + 2, "Nationalité")
    lay["nationality"] = _dots(c, 100, y + 2, 200)
    y -= 26
    c.drawString(42, y + 3, "N° de sécurité sociale (si vous en avez un)")
    lay["nir"] = _comb(c, 240, y, 15, s * 0.9, groups=[1, 2, 2, 2, 3, 3, 2])
    y -= 26
    c.drawString(42, y + 2, "Adresse")
    lay["address"] = _dots(c, 82, y + 2, W - 122)
    y -= 22
    c.drawString(42, y + 2, "Code postal")
    lay["postcode"] = _comb(c, 100, y - 2, 5, s)
    c.drawString(100 + 5 * s + 14, y + 2, "Commune")
    lay["city"] = _dots(c, 100 + 5 * s + 58, y + 2, W - 100 - 5 * s - 98)
    y -= 22
    c.drawString(42, y + 2, "Téléphone")
    lay["phone"] = _dots(c, 92, y + 2, 150)
    c.drawString(255, y + 2, "Courriel")
    lay["email"] = _dots(c, 295, y + 2, W - 335)
    y -= 34
    _section(c, run, 40, y, W - 80, "B  -  VOTRE SITUATION")
    c.setFont(f, 7.5)
    c.drawString(42, y - 16, "Cochez la case correspondant à votre situation actuelle.")
    y -= 36
    for key, lab in SITUATIONS:
        lay["sit_" + key] = _tick(c, 44, y)
        c.setFont(f, 8.6)
        c.drawString(60, y + 1, lab)
        if key == "salarie":
            y -= 16
            c.drawString(60, y + 1, "Type de contrat :")
            cx = 135
            for ck, cl in CONTRACTS:
                lay["ct_" + ck] = _tick(c, cx, y)
                c.drawString(cx + 12, y + 1, cl)
                cx += 20 + c.stringWidth(cl, f, 8.6) + 6
            y -= 16
            c.drawString(60, y + 1, "Emploi occupé :")
            lay["job_title"] = _dots(c, 130, y + 1, 250)
        if key == "autre":
            lay["autre_text"] = _dots(c, 60 + c.stringWidth(lab, f, 8.6) + 6, y + 1, 250)
        y -= 19
    c.setFont(f, 6.5)
    c.drawString(40, 36, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.drawRightString(W - 40, 36, "Tournez la page SVP")
    return lay


def draw_page2(c, run):
    st = RUNS[run]
    f, b = st["font"], st["bold"]
    lay = {}
    c.setStrokeColor(black)
    c.setLineWidth(0.7)
    _section(c, run, 40, 790, W - 80, "C  -  VOS ENGAGEMENTS ET SIGNATURE")
    c.setFont(f, 8.6)
    txt = [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement de situation.",
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de",
        "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants",
        "du code pénal, article L. 114-13 du code de la sécurité sociale).",
    ]
    for i, t in enumerate(txt):
        c.drawString(42, 768 - i * 11.5, t)
    y = 700
    c.setFont(f, 9.5)
    c.drawString(42, y, "Fait à")
    lay["place"] = _dots(c, 72, y, 200)
    c.drawString(285, y, "le")
    lay["date"] = _dots(c, 300, y, 140)
    # signature frame
    fx, fy, fw, fh = 300, 590, 250, 90
    if st["sig_label"] == "above":
        c.setFont(b, 9)
        c.drawString(fx, fy + fh + 4, "Signature")
        y_frame_top = fy + fh - 2
    else:
        y_frame_top = fy + fh - 2
    c.setLineWidth(0.9)
    c.rect(fx, fy, fw, fh, stroke=1, fill=0)
    c.setLineWidth(0.7)
    if st["sig_label"] == "grey_inside":
        c.setFillColor(Color(0.72, 0.72, 0.72))
        c.setFont(f, 16)
        c.drawCentredString(fx + fw / 2, fy + fh / 2 - 5, "Signature")
        c.setFillColor(black)
    elif st["sig_label"] == "inside":
        c.setFont(b, 8.5)
        c.drawString(fx + 4, y_frame_top - 8, "Signature")
    lay["sig"] = {"kind": "rect", "x": fx, "y": fy, "w": fw, "h": fh}
    y = 555
    _section(c, run, 40, y, W - 80, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    pieces = [
        "une pièce d'identité : passeport ou carte nationale d'identité (photocopie) ;",
        "si vous êtes ressortissant d'un pays hors UE/EEE/Suisse : titre de séjour, visa long "
        "séjour valant titre de séjour (VLS-TS) ou récépissé ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation), avec apostille si "
        "nécessaire ;",
        "un justificatif de résidence en France depuis plus de 3 mois (bail, factures, "
        "attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    c.setFont(f, 8.3)
    yy = y - 20
    for p in pieces:
        c.drawString(46, yy, "•")
        words, line = p.split(), ""
        for wd in words:
            if c.stringWidth(line + " " + wd, f, 8.3) > 470:
                c.drawString(56, yy, line.strip())
                yy -= 11
                line = ""
            line += " " + wd
        c.drawString(56, yy, line.strip())
        yy -= 14
    yy -= 16
    c.setDash(3, 2)
    c.rect(40, yy - 88, W - 80, 92, stroke=1, fill=0)
    c.setDash()
    c.setFont(b, 9)
    c.drawString(48, yy - 10, "Cadre réservé à l'organisme")
    c.setFont(f, 8.5)
    c.drawString(48, yy - 32, "Date de réception :")
    _comb(c, 140, yy - 36, 8, 11, groups=[2, 2, 4])
    c.drawString(48, yy - 54, "Pièces vérifiées :   oui")
    _tick(c, 142, yy - 55, 7.5)
    c.drawString(158, yy - 54, "non")
    _tick(c, 176, yy - 55, 7.5)
    c.drawString(48, yy - 76, "Matricule agent :")
    _dots(c, 125, yy - 76, 120)
    c.drawString(300, yy - 32, "Observations :")
    _dots(c, 360, yy - 32, 180)
    _dots(c, 300, yy - 52, 240)
    c.setFont(f, 6.5)
    c.drawString(40, 36, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.drawRightString(W - 40, 36, "ameli.fr")
    return lay
