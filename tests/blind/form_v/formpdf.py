"""The cerfa 15763*02 (S1106) form drawn with reportlab in two print runs of our own.

draw_form() returns the PDF bytes and a geometry dict (points, origin bottom-left) that tells
where each value goes, so values can be typed, put in AcroForm fields or written by hand.
"""

import io

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = 595.27, 841.89
TTF = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSansB": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "CarlitoB": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
}
_done = []


def register():
    if not _done:
        for name, path in TTF.items():
            pdfmetrics.registerFont(TTFont(name, path))
        _done.append(1)


# Run A: sans-serif, navy section bars, labels above 13 pt comb boxes.
# Run B: serif, underlined numbered headings, labels beside 11.5 pt combs, dotted lines.
RUNS = {
    "A": dict(
        font="LibSans",
        bold="LibSansB",
        comb=13.0,
        above=True,
        bar=True,
        x0=44,
        accent=Color(0.08, 0.2, 0.45),
    ),
    "B": dict(
        font="LibSerif",
        bold="LibSerifB",
        comb=11.5,
        above=False,
        bar=False,
        x0=182,
        accent=Color(0.1, 0.1, 0.1),
    ),
}

SITUATION_LABELS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACT_BOXES = ["CDI", "CDD", "intérim", "autre contrat"]


def _comb(c, x, y, n, s, gaps=()):
    boxes = []
    cx = x
    for i in range(n):
        if i in gaps:
            cx += s * 0.6
        c.rect(cx, y, s, s * 1.15, stroke=1, fill=0)
        boxes.append((cx, y, s, s * 1.15))
        cx += s
    return boxes


def _line(c, x, y, w, dotted):
    if dotted:
        c.setDash(1, 2)
    c.line(x, y, x + w, y)
    c.setDash()
    return (x, y + 2, w)


def _section(c, r, y, letter, title):
    if r["bar"]:
        c.setFillColor(r["accent"])
        c.rect(36, y - 4, W - 72, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(r["bold"], 10.5)
        c.drawString(44, y + 0.5, "%s   %s" % (letter, title))
        c.setFillColor(black)
    else:
        c.setFont(r["bold"], 11)
        c.circle(45, y + 3.5, 7, stroke=1, fill=0)
        c.drawCentredString(45, y, letter)
        c.drawString(58, y, title)
        c.line(58, y - 3, 58 + c.stringWidth(title, r["bold"], 11), y - 3)


def _footer(c, r, page):
    c.setFont(r["font"], 7)
    c.drawString(36, 22, "S1106 — cerfa n° 15763*02 — page %d/2" % page)
    c.drawRightString(W - 36, 22, "ameli.fr")


def page1(c, r, geo):
    f, b, s = r["font"], r["bold"], r["comb"]
    c.setFillColor(r["accent"])
    c.setFont(b, 15)
    c.drawString(36, H - 52, "l'Assurance")
    c.drawString(36, H - 68, "Maladie")
    c.setFillColor(black)
    c.setFont(b, 13 if r["bar"] else 14)
    c.drawCentredString(W / 2 + 30, H - 50, "Demande d'ouverture des droits")
    c.drawCentredString(W / 2 + 30, H - 66, "à l'assurance maladie")
    c.setFont(f, 10)
    c.drawCentredString(W / 2 + 30, H - 81, "Protection universelle maladie (PUMa)")
    c.rect(W - 118, H - 60, 82, 26, stroke=1, fill=0)
    c.setFont(f, 7)
    c.drawCentredString(W - 77, H - 43, "cerfa")
    c.setFont(b, 9)
    c.drawCentredString(W - 77, H - 55, "N° 15763*02")
    c.setFont(f, 6.6)
    notice = [
        "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2 et suivants du code de la "
        "sécurité sociale.",
        "Remplissez ce formulaire si vous résidez en France de manière stable et régulière, ou si "
        "vous y exercez une activité professionnelle,",
        "et que vous n'avez pas encore de droits ouverts. Écrivez en lettres capitales. "
        "Joignez les pièces justificatives listées en page 2.",
    ]
    y = H - 100
    for line in notice:
        c.drawString(36, y, line)
        y -= 8.5
    y -= 16
    _section(c, r, y, "A", "VOUS")
    y -= 24
    combs, lines, boxes = geo["combs"], geo["lines"], geo["boxes"]

    def label(text, yy, small=None):
        c.setFont(f, 8.5)
        c.drawString(44, yy, text)
        if small:
            c.setFont(f, 6.5)
            c.drawString(44 + c.stringWidth(text, f, 8.5) + 4, yy, small)
            c.setFont(f, 8.5)

    def comb_row(key, text, n, small=None, gaps=()):
        nonlocal y
        if r["above"]:
            label(text, y, small)
            combs[key] = _comb(c, r["x0"], y - 4 - s * 1.15, n, s, gaps)
            y -= s * 1.15 + 24
        else:
            label(text, y + 3, small if small is None else None)
            if small:
                c.setFont(f, 6.5)
                c.drawString(44, y - 5, small)
            combs[key] = _comb(c, r["x0"], y, n, s, gaps)
            y -= s * 1.15 + 11

    def line_row(key, text, x=None, w=None, small=None):
        nonlocal y
        x = x if x is not None else (44 if r["above"] else r["x0"])
        w = w if w is not None else (W - 44 - x)
        label(text, y + 3, small)
        lines[key] = _line(c, x, y, w, not r["above"])
        y -= 22

    n_name = 30 if r["above"] else 32
    comb_row("surname", "Nom de naissance", n_name)
    comb_row("usage_name", "Nom d'usage", n_name, small="(facultatif)")
    comb_row("given_names", "Prénom(s)", n_name)
    # sex + date of birth on one row
    yy = y
    c.setFont(f, 8.5)
    c.drawString(44, yy + 3, "Sexe")
    for i, sx in enumerate(["F", "M"]):
        bx = 80 + i * 34
        c.rect(bx, yy + 1, 10, 10, stroke=1, fill=0)
        c.drawString(bx + 13, yy + 3, sx)
        boxes["sex_" + sx] = (bx, yy + 1, 10)
    dx = 180 if r["above"] else r["x0"] + 60
    c.drawString(150, yy + 3, "Date de naissance")
    combs["date_of_birth"] = _comb(c, dx + 60, yy, 8, s, gaps=(2, 4))
    c.setFont(f, 6)
    for lab, i in (("JJ", 0), ("MM", 2), ("AAAA", 4)):
        bx = combs["date_of_birth"][i]
        c.drawString(bx[0] + 1, yy - 7, lab)
    y -= s * 1.15 + 24
    line_row("birth_town", "Lieu de naissance : commune", x=170, w=150)
    c.setFont(f, 8.5)
    py = lines["birth_town"][1] - 2
    c.drawString(330, py + 3, "pays")
    lines["birth_country"] = _line(c, 355, py, W - 44 - 355, not r["above"])
    line_row("nationality", "Nationalité", x=120, w=220)
    comb_row(
        "nir",
        "N° de sécurité sociale",
        15,
        small="(si vous en avez un)",
        gaps=(13,),
    )
    line_row("address", "Adresse", x=100)
    yy = y
    c.setFont(f, 8.5)
    c.drawString(44, yy + 3, "Code postal")
    combs["postcode"] = _comb(c, 100, yy, 5, s)
    c.drawString(190, yy + 3, "Commune")
    lines["town"] = _line(c, 235, yy, W - 44 - 235, not r["above"])
    y -= s * 1.15 + 14
    c.drawString(44, y + 3, "Téléphone")
    lines["phone"] = _line(c, 100, y, 130, not r["above"])
    c.drawString(245, y + 3, "Adresse e-mail")
    lines["email"] = _line(c, 310, y, W - 44 - 310, not r["above"])
    y -= 34
    _section(c, r, y, "B", "VOTRE SITUATION")
    y -= 14
    c.setFont(f, 7.5)
    c.drawString(44, y, "Cochez la case correspondant à votre situation actuelle.")
    y -= 18
    for key, text in SITUATION_LABELS:
        c.rect(46, y - 1, 10, 10, stroke=1, fill=0)
        boxes["sit_" + key] = (46, y - 1, 10)
        c.setFont(f, 8.5)
        c.drawString(62, y + 1, text)
        if key == "salarie":
            y -= 16
            c.setFont(f, 8)
            c.drawString(70, y + 1, "Type de contrat :")
            x = 140
            for ct in CONTRACT_BOXES:
                c.rect(x, y - 1, 9, 9, stroke=1, fill=0)
                boxes["ct_" + ct] = (x, y - 1, 9)
                c.drawString(x + 12, y + 1, ct)
                x += 30 + c.stringWidth(ct, f, 8)
        if key == "autre":
            lines["autre_text"] = _line(c, 62 + c.stringWidth(text, f, 8.5) + 6, y, 260, True)
        y -= 20
    _footer(c, r, 1)


CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation.",
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles",
    "313-1 à 313-3, 433-19, 441-1 et suivants du code pénal, article L. 114-13 du code de la "
    "sécurité sociale).",
]
PIECES = [
    "une pièce d'identité : passeport ou carte nationale d'identité en cours de validité ;",
    "si vous n'êtes pas ressortissant UE/EEE/Suisse : titre de séjour, visa long séjour valant "
    "titre de séjour (VLS-TS) ou récépissé ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé "
    "le cas échéant ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
]


def page2(c, r, geo, sig_label):
    f, b = r["font"], r["bold"]
    y = H - 60
    _section(c, r, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y -= 26
    c.setFont(f, 8.5)
    for line in CERTIF:
        c.drawString(44, y, line)
        y -= 12
    y -= 16
    c.setFont(f, 9.5)
    c.drawString(44, y, "Fait à")
    geo["lines"]["place"] = _line(c, 74, y - 2, 170, not r["above"])
    c.drawString(262, y, "le")
    geo["lines"]["date"] = _line(c, 276, y - 2, 120, not r["above"])
    y -= 26
    bw, bh = (250, 82) if r["above"] else (230, 76)
    bx = W - 44 - bw if r["above"] else 44
    if sig_label == "above":
        c.setFont(b, 9)
        c.drawString(bx, y, "Signature")
        y -= 6
    c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
    if sig_label == "inside":
        c.setFont(f, 8.5)
        c.drawString(bx + 5, y - 12, "Signature")
    elif sig_label == "grey":
        c.setFillColor(Color(0.72, 0.72, 0.72))
        c.setFont(f, 16)
        c.drawCentredString(bx + bw / 2, y - bh / 2 - 5, "Signature")
        c.setFillColor(black)
    geo["sig_box"] = (bx, y - bh, bw, bh)
    y -= bh + 34
    if r["bar"]:
        c.setFillColor(r["accent"])
        c.rect(36, y - 4, W - 72, 16, stroke=0, fill=1)
        c.setFillColor(white)
    c.setFont(b, 10)
    c.drawString(44, y + 0.5, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    c.setFillColor(black)
    y -= 20
    c.setFont(f, 8.3)
    for p in PIECES:
        c.drawString(50, y, "•" if r["bar"] else "-")
        c.drawString(60, y, p)
        y -= 13
    y -= 20
    c.setDash(3, 2)
    c.rect(44, y - 70, W - 88, 76, stroke=1, fill=0)
    c.setDash()
    c.setFont(b, 9)
    c.drawString(52, y - 8, "Cadre réservé à l'organisme")
    c.setFont(f, 8)
    c.drawString(52, y - 26, "Date de réception : ....../....../..........")
    c.drawString(52, y - 42, "Pièces vérifiées :  oui        non")
    c.rect(128, y - 43, 7, 7)
    c.rect(162, y - 43, 7, 7)
    c.drawString(52, y - 58, "Matricule agent : ......................")
    c.drawString(300, y - 26, "Caisse : ...............................")
    y -= 110
    c.setFont(f, 6.5)
    c.drawString(
        44,
        y,
        "Les informations recueillies font l'objet d'un traitement par l'Assurance Maladie "
        "(loi n° 78-17 du 6 janvier 1978 modifiée, RGPD).",
    )
    _footer(c, r, 2)


def draw_form(run, sig_label, overlay=None):
    """overlay(c, page_number, geo) is called after each page is drawn."""
    register()
    r = RUNS[run]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits a l'assurance maladie")
    c.setLineWidth(0.6)
    geo = {"combs": {}, "lines": {}, "boxes": {}, "run": run}
    page1(c, r, geo)
    if overlay:
        overlay(c, 1, geo)
    c.showPage()
    c.setLineWidth(0.6)
    page2(c, r, geo, sig_label)
    if overlay:
        overlay(c, 2, geo)
    c.showPage()
    c.save()
    return buf.getvalue(), geo
