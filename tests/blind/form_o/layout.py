"""Three print runs of the cerfa 15763*02 (S1106) drawn with reportlab.

draw_page(c, page, run, fill) draws one page and returns the geometry of its fields
(points, PDF origin bottom-left) so that hand writing can be placed later.
"""

from reportlab.lib.colors import Color, black, white
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.0, 842.0
TT = "/usr/share/fonts/truetype/"
_FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "OSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "Carl": TT + "crosextra/Carlito-Regular.ttf",
    "Carl-B": TT + "crosextra/Carlito-Bold.ttf",
    "DjSerif-B": TT + "dejavu/DejaVuSerif-Bold.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

RUNS = {
    # r1: navy section bars, labels above boxed fields, comb boxes, "Signature" above the box
    "r1": dict(
        font="LibSans",
        bold="LibSans-B",
        head="LibSans-B",
        section="bar",
        labels="above",
        dob="comb",
        sig="above",
        accent=Color(0.05, 0.23, 0.47),
        fieldnames="livecycle",
    ),
    # r2: underlined headings with a circled letter, labels beside dotted lines,
    # plain lines for the date of birth, "Signature" printed inside the box (top left)
    "r2": dict(
        font="OSans",
        bold="OSans-B",
        head="OSans-B",
        section="underline",
        labels="beside",
        dob="lines",
        sig="inside",
        accent=Color(0.0, 0.45, 0.62),
        fieldnames="plain",
    ),
    # r3: framed sections with grey header, labels inside cells, small combs,
    # "Signature" in large grey letters in the box
    "r3": dict(
        font="Carl",
        bold="Carl-B",
        head="DjSerif-B",
        section="frame",
        labels="inside",
        dob="comb",
        sig="grey",
        accent=Color(0.2, 0.2, 0.2),
        fieldnames="snake",
    ),
}

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (indépendant, auto-entrepreneur)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et résidez en France de manière "
        "stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Apprentissage"]

FIELD_NAMES = {
    "livecycle": lambda k: "topmostSubform[0].Page1[0].%s[0]" % k.title().replace("_", ""),
    "plain": lambda k: k.replace("_", " ").capitalize(),
    "snake": lambda k: k,
}


def _wrap(c, text, font, size, x, y, width, lead=None):
    lead = lead or size * 1.25
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


def _section(c, run, letter, title, y):
    acc = run["accent"]
    if run["section"] == "bar":
        c.setFillColor(acc)
        c.rect(36, y - 4, W - 72, 17, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(run["head"], 10.5)
        c.drawString(44, y + 1, "%s   %s" % (letter, title))
        c.setFillColor(black)
        return y - 24
    if run["section"] == "underline":
        c.setFillColor(acc)
        c.circle(46, y + 4, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(run["head"], 10)
        c.drawCentredString(46, y + 0.5, letter)
        c.setFillColor(acc)
        c.setFont(run["head"], 11)
        c.drawString(60, y, title)
        c.setStrokeColor(acc)
        c.setLineWidth(1.2)
        c.line(36, y - 5, W - 36, y - 5)
        c.setFillColor(black)
        c.setStrokeColor(black)
        return y - 24
    c.setFillColor(Color(0.85, 0.85, 0.85))
    c.rect(36, y - 5, W - 72, 17, stroke=1, fill=1)
    c.setFillColor(black)
    c.setFont(run["head"], 10)
    c.drawString(42, y, "%s - %s" % (letter, title))
    return y - 24


def _field(c, run, geo, key, label, x, y, w, h=16, acro=None):
    """A labelled text field; returns the y below it. geo[key] = (x, y, w, h) of the value area."""
    c.setLineWidth(0.6)
    f, s = run["font"], 7.5
    if run["labels"] == "above":
        c.setFont(f, s)
        c.drawString(x, y, label)
        bx, by = x, y - h - 3
        c.rect(bx, by, w, h, stroke=1, fill=0)
        geo[key] = (bx + 2, by, w - 4, h)
        nxt = by - 10
    elif run["labels"] == "beside":
        c.setFont(f, 8.5)
        c.drawString(x, y - h + 4, label)
        lw = pdfmetrics.stringWidth(label, f, 8.5) + 4
        c.setDash(1, 2)
        c.line(x + lw, y - h + 3, x + w, y - h + 3)
        c.setDash()
        geo[key] = (x + lw + 2, y - h + 3, w - lw - 2, h)
        nxt = y - h - 8
    else:
        c.rect(x, y - h - 8, w, h + 8, stroke=1, fill=0)
        c.setFont(f, 6.8)
        c.drawString(x + 2.5, y - 7, label)
        geo[key] = (x + 3, y - h - 8, w - 6, h)
        nxt = y - h - 14
    if acro is not None:
        acro.append((key, geo[key]))
    return nxt


def _comb(c, x, y, n, size, groups=()):
    """n comb boxes from (x, y) bottom-left; extra gap after indexes in groups."""
    rects = []
    for i in range(n):
        c.rect(x, y, size, size * 1.15, stroke=1, fill=0)
        rects.append((x, y, size, size * 1.15))
        x += size + (5 if i + 1 in groups else 0)
    return rects, x


def _box(c, x, y, s=8.5):
    c.setLineWidth(0.7)
    c.rect(x, y, s, s, stroke=1, fill=0)
    return (x, y, s, s)


def page1(c, run, geo, acro):
    f, b = run["font"], run["bold"]
    c.setFont(b, 13)
    c.setFillColor(run["accent"])
    c.drawString(36, 800, "l'Assurance")
    c.drawString(36, 786, "Maladie")
    c.setFillColor(black)
    c.setLineWidth(1)
    c.rect(W - 130, 785, 94, 26, stroke=1, fill=0)
    c.setFont(f, 7)
    c.drawCentredString(W - 83, 802, "cerfa")
    c.setFont(b, 9)
    c.drawCentredString(W - 83, 790, "N° 15763*02")
    c.setFont(run["head"], 13.5)
    c.drawCentredString(W / 2 + 10, 800, "Demande d'ouverture des droits")
    c.drawCentredString(W / 2 + 10, 784, "à l'assurance maladie")
    c.setFont(b, 10)
    c.drawCentredString(W / 2 + 10, 768, "Protection universelle maladie (PUMa)")
    c.setFont(f, 6.3)
    y = _wrap(
        c,
        "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, L. 161-2-1, R. 111-2, R. 111-3 et "
        "D. 160-2 du code de la sécurité sociale.",
        f,
        6.3,
        36,
        752,
        W - 72,
    )
    y = _wrap(
        c,
        "Vous résidez en France de manière stable et régulière et vous n'avez pas de droits "
        "ouverts à l'assurance maladie : remplissez ce formulaire et renvoyez-le à la caisse "
        "d'assurance maladie de votre lieu de résidence, accompagné des pièces justificatives "
        "listées en page 2. Écrivez en lettres capitales.",
        f,
        6.6,
        36,
        y - 2,
        W - 72,
    )
    y = _section(c, run, "A", "VOUS", y - 10)
    y = _field(c, run, geo, "nom_naissance", "Nom de naissance", 40, y, 515, acro=acro)
    y = _field(c, run, geo, "nom_usage", "Nom d'usage (facultatif)", 40, y, 515, acro=acro)
    y = _field(c, run, geo, "prenoms", "Prénom(s)", 40, y, 515, acro=acro)
    # sex and date of birth on one row
    c.setFont(f, 8.5)
    c.drawString(40, y - 10, "Sexe :")
    c.drawString(78, y - 10, "F")
    geo["sexe_F"] = _box(c, 88, y - 12)
    c.drawString(106, y - 10, "M")
    geo["sexe_M"] = _box(c, 118, y - 12)
    c.drawString(160, y - 10, "Date de naissance :")
    dx = 160 + pdfmetrics.stringWidth("Date de naissance :", f, 8.5) + 6
    if run["dob"] == "comb":
        sz = 13 if run["labels"] == "above" else 11
        rects, _ = _comb(c, dx, y - 14, 8, sz, groups=(2, 4))
        geo["dob_comb"] = rects
        c.setFont(f, 5.5)
        for i, lab in ((0, "J J"), (2, "M M"), (4, "A A A A")):
            c.drawString(rects[i][0] + 1, y - 21, lab)
    else:
        c.setLineWidth(0.6)
        segs = []
        for i, wd in enumerate((22, 22, 40)):
            c.line(dx, y - 13, dx + wd, y - 13)
            segs.append((dx + 1, y - 13, wd - 2, 14))
            dx += wd
            if i < 2:
                c.drawString(dx + 2, y - 12, "/")
                dx += 10
        c.setFont(f, 6)
        c.drawString(segs[0][0], y - 20, "jour        mois          année")
        geo["dob_lines"] = segs
    y -= 32
    yr = y
    _field(c, run, geo, "lieu_naissance", "Lieu de naissance (commune)", 40, yr, 250, acro=acro)
    y = _field(c, run, geo, "pays_naissance", "Pays de naissance", 305, yr, 250, acro=acro)
    y = _field(c, run, geo, "nationalite", "Nationalité", 40, y, 250, acro=acro)
    c.setFont(f, 8)
    c.drawString(40, y - 8, "N° de sécurité sociale (si vous en avez un) :")
    sz = 11.5 if run["dob"] == "lines" else 12.5
    rects, xe = _comb(c, 40, y - 26, 13, sz, groups=(1, 3, 5, 7, 10))
    rk, _ = _comb(c, xe + 12, y - 26, 2, sz)
    c.setFont(f, 6.5)
    c.drawString(xe + 2, y - 22, "clé")
    geo["nir_comb"] = rects + rk
    y -= 40
    y = _field(c, run, geo, "adresse", "Adresse (n°, rue, bâtiment, étage)", 40, y, 515, acro=acro)
    yr = y
    _field(c, run, geo, "code_postal", "Code postal", 40, yr, 110, acro=acro)
    y = _field(c, run, geo, "commune", "Commune", 165, yr, 390, acro=acro)
    yr = y
    _field(c, run, geo, "telephone", "Téléphone", 40, yr, 200, acro=acro)
    y = _field(c, run, geo, "email", "Adresse e-mail", 255, yr, 300, acro=acro)
    y = _field(c, run, geo, "caf", "N° d'allocataire CAF (facultatif)", 40, y, 250, acro=acro)
    y = _section(c, run, "B", "VOTRE SITUATION", y - 6)
    c.setFont(f, 7.5)
    c.drawString(40, y + 2, "Cochez la case correspondant à votre situation actuelle :")
    y -= 12
    for key, text in SITUATIONS:
        geo["sit_" + key] = _box(c, 42, y - 2)
        c.setFont(f, 8.5)
        yy = _wrap(c, text, f, 8.5, 58, y, 480, lead=10.5)
        if key == "salarie":
            c.setFont(f, 8)
            c.drawString(70, yy - 2, "Type de contrat :")
            xx = 140
            for ct in CONTRACTS:
                geo["ct_" + ct] = _box(c, xx, yy - 4, 7.5)
                c.drawString(xx + 11, yy - 2, ct)
                xx += 22 + pdfmetrics.stringWidth(ct, f, 8)
            yy -= 14
            y2 = _field(c, run, geo, "employeur", "Nom de l'employeur", 70, yy + 2, 230, 14)
            _field(c, run, geo, "profession", "Emploi occupé", 315, yy + 2, 240, 14)
            acro.extend([("employeur", geo["employeur"]), ("profession", geo["profession"])])
            yy = y2 + 4
        if key == "autre":
            c.setDash(1, 2)
            c.line(190, y - 2, 555, y - 2)
            c.setDash()
            geo["autre_precision"] = (192, y - 2, 360, 14)
            acro.append(("autre_precision", geo["autre_precision"]))
        y = yy - 6
    c.setFont(f, 6.5)
    c.drawString(36, 30, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.drawRightString(W - 36, 30, "ameli.fr")


def page2(c, run, geo, acro):
    f, b = run["font"], run["bold"]
    y = _section(c, run, "C", "VOS ENGAGEMENTS ET SIGNATURE", 790)
    c.setFont(f, 8.3)
    y = _wrap(
        c,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande et "
        "je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation (adresse, activité, résidence). Je reconnais avoir été informé(e) que toute "
        "fausse déclaration m'expose aux sanctions prévues par la loi (articles 313-1, 441-1 et "
        "441-6 du code pénal ; article L. 114-17 du code de la sécurité sociale).",
        f,
        8.3,
        40,
        y,
        515,
        lead=10.5,
    )
    y -= 16
    c.setFont(f, 9.5)
    c.drawString(40, y, "Fait à")
    c.setDash(1, 2)
    c.line(70, y - 2, 280, y - 2)
    c.drawString(292, y, "le")
    c.line(305, y - 2, 470, y - 2)
    c.setDash()
    geo["fait_a"] = (74, y - 2, 200, 15)
    geo["date_sign"] = (309, y - 2, 160, 15)
    acro.extend([("fait_a", geo["fait_a"]), ("date_sign", geo["date_sign"])])
    y -= 22
    bx, bw, bh = 300, 250, 90
    if run["sig"] == "above":
        c.setFont(b, 9)
        c.drawString(bx, y - 4, "Signature")
        y -= 10
    c.setLineWidth(0.9)
    c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
    if run["sig"] == "inside":
        c.setFont(f, 8)
        c.drawString(bx + 4, y - 10, "Signature")
    elif run["sig"] == "grey":
        c.setFillColor(Color(0.82, 0.82, 0.82))
        c.setFont(b, 26)
        c.drawCentredString(bx + bw / 2, y - bh / 2 - 9, "Signature")
        c.setFillColor(black)
    geo["sig_box"] = (bx, y - bh, bw, bh)
    y -= bh + 26
    y = _section(c, run, "D", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", y)
    items = [
        "Une pièce d'identité : passeport ou, pour les ressortissants de l'UE / EEE / Suisse, "
        "carte nationale d'identité",
        "Si vous n'êtes pas ressortissant de l'UE / EEE / Suisse : titre de séjour, visa long "
        "séjour valant titre de séjour (VLS-TS) ou récépissé de demande",
        "Un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé "
        "selon le pays",
        "Un justificatif de résidence en France depuis plus de 3 mois (bail, factures, "
        "attestation d'hébergement)",
        "Un relevé d'identité bancaire (RIB) à votre nom",
        "Si vous travaillez : contrat de travail ou dernier bulletin de salaire",
    ]
    c.setFont(f, 8.3)
    for it in items:
        c.rect(44, y - 1, 6, 6, stroke=1, fill=0)
        y = _wrap(c, it, f, 8.3, 58, y, 490, lead=10.3) - 4
    y -= 14
    c.setLineWidth(0.8)
    c.setFillColor(Color(0.94, 0.94, 0.94))
    c.rect(36, y - 74, W - 72, 80, stroke=1, fill=1)
    c.setFillColor(black)
    c.setFont(b, 9)
    c.drawString(44, y - 8, "Cadre réservé à l'organisme")
    c.setFont(f, 8)
    c.drawString(44, y - 26, "Date de réception : ...... / ...... / ..........")
    c.drawString(300, y - 26, "Pièces vérifiées :")
    c.drawString(380, y - 26, "oui")
    c.rect(396, y - 27, 7, 7)
    c.drawString(415, y - 26, "non")
    c.rect(433, y - 27, 7, 7)
    c.drawString(44, y - 46, "Matricule agent : ..............................")
    c.drawString(300, y - 46, "Visa :")
    c.setFont(f, 6.5)
    c.drawString(36, 30, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.drawRightString(W - 36, 30, "ameli.fr")


def draw_page(c, page, run_name):
    run = RUNS[run_name]
    geo, acro = {}, []
    (page1 if page == 1 else page2)(c, run, geo, acro)
    return geo, acro
