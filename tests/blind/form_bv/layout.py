"""Two print runs of cerfa 15763*02 (S1106), drawn with reportlab.

Each drawing function returns a geometry dict: field name -> rect (x, y, w, h) in PDF points
(origin bottom-left) or a list of rects for comb boxes. Values are never drawn here, except
AcroForm widgets when ``acro`` values are given.
"""

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.27, 841.89
MM = 72 / 25.4
FD = "/usr/share/fonts/truetype/"
_FONTS = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSansB": "liberation/LiberationSans-Bold.ttf",
    "LibSansI": "liberation/LiberationSans-Italic.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "CaladeaB": "crosextra/Caladea-Bold.ttf",
    "CaladeaI": "crosextra/Caladea-Italic.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "CarlitoB": "crosextra/Carlito-Bold.ttf",
    "DejaSans": "dejavu/DejaVuSans.ttf",
    "FreeMono": "freefont/FreeMono.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FD + _p))

BLUE = Color(0.05, 0.22, 0.48)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.93, 0.95, 0.98)

RUNS = {
    "A": {
        "body": "LibSans",
        "bold": "LibSansB",
        "ital": "LibSansI",
        "comb": 5.2 * MM,
        "bars": True,
        "labels": "above",
        "sig_label": "above",
    },
    "B": {
        "body": "Caladea",
        "bold": "CaladeaB",
        "ital": "CaladeaI",
        "comb": 4.4 * MM,
        "bars": False,
        "labels": "beside",
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
        (
            "Vous êtes sans activité professionnelle et résidez en France de manière stable "
            "depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation (précisez) :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Apprentissage"]


def _wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def _para(c, x, y, text, font, size, width, lead=None):
    lead = lead or size * 1.25
    for line in _wrap(c, text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


def _section(c, r, y, letter, title):
    if r["bars"]:
        c.setFillColor(BLUE)
        c.rect(40, y - 5, W - 80, 17, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(r["bold"], 10.5)
        c.drawString(47, y, f"{letter}  {title}")
        c.setFillColor(black)
    else:
        c.setFont(r["bold"], 11.5)
        c.setFillColor(BLUE)
        c.drawString(40, y, f"{letter}. {title}")
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.8)
        c.line(40, y - 4, W - 40, y - 4)
        c.setFillColor(black)
        c.setStrokeColor(black)
    return y - 22


def _comb(c, x, y, n, size, groups=None):
    """Draw n comb boxes; groups = list of lengths separated by a gap. Return rects."""
    rects = []
    groups = groups or [n]
    c.setLineWidth(0.6)
    cx = x
    for g in groups:
        for _ in range(g):
            c.rect(cx, y, size, size, stroke=1, fill=0)
            rects.append((cx, y, size, size))
            cx += size
        cx += size * 0.6
    return rects


def _box(c, x, y, s=8.5):
    c.setLineWidth(0.7)
    c.rect(x, y, s, s, stroke=1, fill=0)
    return (x, y, s, s)


def _acro_text(c, acro, name, rect, value, font="Helvetica", size=10):
    if acro is None:
        return
    x, y, w, h = rect
    c.acroForm.textfield(
        name=name,
        value=value or "",
        x=x,
        y=y,
        width=w,
        height=h,
        fontName=font,
        fontSize=size,
        borderWidth=0,
        fillColor=LIGHT,
        borderColor=None,
        textColor=black,
        forceBorder=False,
    )


def _acro_comb(c, acro, name, rects, value):
    if acro is None:
        return
    value = value or ""
    for i, (x, y, w, h) in enumerate(rects):
        ch = value[i] if i < len(value) else ""
        c.acroForm.textfield(
            name=f"{name}_{i + 1:02d}",
            value=ch.strip(),
            x=x + 0.5,
            y=y + 0.5,
            width=w - 1,
            height=h - 1,
            fontName="Helvetica",
            fontSize=min(10, h * 0.7),
            borderWidth=0,
            fillColor=LIGHT,
            borderColor=None,
            textColor=black,
            maxlen=1,
        )


def _acro_check(c, acro, name, rect, on):
    if acro is None:
        return
    x, y, s, _ = rect
    c.acroForm.checkbox(
        name=name,
        x=x,
        y=y,
        size=s,
        checked=bool(on),
        buttonStyle="cross",
        borderWidth=0.5,
        fillColor=white,
        borderColor=black,
        textColor=black,
        forceBorder=True,
    )


def _text_field(c, r, geo, key, label, x, y, w, acro=None, aname=None, comb_n=None):
    """Label + writing area. Returns next y."""
    lab = r["labels"]
    size = 8.2
    if lab == "above":
        c.setFont(r["body"], size)
        c.drawString(x, y, label)
        y -= 4
        if comb_n:
            s = r["comb"]
            geo[key] = _comb(c, x, y - s, comb_n, s)
            geo[key + "_line"] = (x, y - s, comb_n * s, s)
            _acro_comb(c, acro, aname, geo[key], (acro or {}).get(key))
            return y - s - 12
        c.setLineWidth(0.5)
        c.rect(x, y - 17, w, 17, stroke=1, fill=0)
        geo[key] = (x + 2, y - 16, w - 4, 15)
        _acro_text(c, acro, aname, (x + 1, y - 16, w - 2, 15), (acro or {}).get(key))
        return y - 30
    # beside: label then dotted line
    c.setFont(r["body"], size + 0.6)
    c.drawString(x, y, label)
    lx = x + c.stringWidth(label, r["body"], size + 0.6) + 6
    c.setDash(1, 2)
    c.setLineWidth(0.5)
    c.line(lx, y - 2, x + w, y - 2)
    c.setDash()
    geo[key] = (lx + 1, y - 1, x + w - lx - 2, 15)
    _acro_text(c, acro, aname, (lx, y - 1, x + w - lx, 13), (acro or {}).get(key))
    return y - 22


def page1(c, run, acro=None):
    r = RUNS[run]
    geo = {}
    # header
    if r["bars"]:
        c.setFillColor(BLUE)
        c.setFont(r["bold"], 15)
        c.drawString(40, H - 52, "l'Assurance")
        c.drawString(40, H - 68, "Maladie")
        c.setFillColor(black)
    else:
        c.setStrokeColor(BLUE)
        c.setLineWidth(2)
        c.circle(56, H - 58, 14)
        c.setFillColor(BLUE)
        c.setFont(r["bold"], 13)
        c.drawString(76, H - 62, "l'Assurance Maladie")
        c.setFillColor(black)
        c.setStrokeColor(black)
    c.setLineWidth(1)
    c.rect(W - 150, H - 70, 110, 30, stroke=1, fill=0)
    c.setFont(r["bold"], 9)
    c.drawCentredString(W - 95, H - 53, "cerfa")
    c.setFont(r["body"], 9)
    c.drawCentredString(W - 95, H - 65, "N° 15763*02")
    c.setFont(r["bold"], 14.5)
    c.drawCentredString(W / 2, H - 100, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont(r["body"], 11)
    c.drawCentredString(W / 2, H - 116, "Protection universelle maladie (PUMa)")
    c.setFont(r["ital"], 7)
    y = _para(
        c,
        40,
        H - 134,
        "Articles L. 160-1, L. 160-5, L. 161-1, L. 200-1, R. 111-2, R. 160-1 et D. 160-2 du "
        "code de la sécurité sociale. Ce formulaire vous permet de demander l'ouverture de vos "
        "droits à la prise en charge de vos frais de santé si vous travaillez ou résidez en "
        "France de manière stable et régulière. Remplissez-le en lettres capitales et joignez "
        "les pièces justificatives indiquées en page 2.",
        r["ital"],
        7,
        W - 80,
        8.6,
    )
    y = _section(c, r, y - 10, "A", "VOUS")
    comb = 24 if r["labels"] == "above" else None
    y = _text_field(c, r, geo, "nom", "Nom de naissance", 40, y, 470, acro, "nom_naissance", comb)
    y = _text_field(
        c, r, geo, "nom_usage", "Nom d'usage (facultatif)", 40, y, 470, acro, "nom_usage", comb
    )
    y = _text_field(c, r, geo, "prenoms", "Prénom(s)", 40, y, 470, acro, "prenoms", comb)
    # sexe + date de naissance on one row
    c.setFont(r["body"], 8.6)
    c.drawString(40, y - 8, "Sexe :")
    c.drawString(78, y - 8, "F")
    geo["sexe_F"] = _box(c, 87, y - 10)
    c.drawString(104, y - 8, "M")
    geo["sexe_M"] = _box(c, 115, y - 10)
    _acro_check(c, acro, "sexe_F", geo["sexe_F"], (acro or {}).get("sex") == "F")
    _acro_check(c, acro, "sexe_M", geo["sexe_M"], (acro or {}).get("sex") == "M")
    s = r["comb"]
    lx = 160
    c.drawString(lx, y - 8, "Date de naissance")
    bx = lx + c.stringWidth("Date de naissance", r["body"], 8.6) + 8
    geo["ddn"] = _comb(c, bx, y - 6 - s * 0.7, 8, s, [2, 2, 4])
    _acro_comb(c, acro, "date_naissance", geo["ddn"], (acro or {}).get("ddn"))
    c.setFont(r["body"], 6)
    c.setFillColor(GREY)
    c.drawString(bx + 1, y - 6 - s * 0.7 - 7, "J J")
    c.drawString(bx + 2.6 * s, y - 6 - s * 0.7 - 7, "M M")
    c.drawString(bx + 5.4 * s, y - 6 - s * 0.7 - 7, "A A A A")
    c.setFillColor(black)
    y -= 32
    y = _text_field(
        c, r, geo, "lieu", "Lieu de naissance (commune, pays)", 40, y, 515, acro, "lieu_naissance"
    )
    y = _text_field(c, r, geo, "nationalite", "Nationalité", 40, y, 300, acro, "nationalite")
    # NIR
    c.setFont(r["body"], 8.6)
    c.drawString(40, y - 4, "N° de sécurité sociale (si vous en avez un)")
    nx = 40 + c.stringWidth("N° de sécurité sociale (si vous en avez un)", r["body"], 8.6) + 8
    geo["nir"] = _comb(c, nx, y - 8, 15, s, [1, 2, 2, 2, 3, 3, 2])
    _acro_comb(c, acro, "nir", geo["nir"], (acro or {}).get("nir"))
    y -= 30
    if r["labels"] == "above":
        y = _text_field(c, r, geo, "adresse", "Adresse", 40, y, 515, acro, "adresse")
        c.setFont(r["body"], 8.2)
        c.drawString(40, y, "Code postal")
        geo["cp"] = _comb(c, 40, y - 4 - s, 5, s)
        _acro_comb(c, acro, "code_postal", geo["cp"], (acro or {}).get("cp"))
        c.drawString(140, y, "Commune")
        c.rect(140, y - 21, 415, 17, stroke=1, fill=0)
        geo["commune"] = (142, y - 20, 411, 15)
        _acro_text(c, acro, "commune", (141, y - 20, 413, 15), (acro or {}).get("commune"))
        y -= 34
        y = _text_field(c, r, geo, "tel", "Téléphone", 40, y, 200, acro, "telephone")
        y += 30
        y = _text_field(c, r, geo, "email", "Adresse e-mail", 260, y, 295, acro, "email")
    else:
        # labels inside framed cells
        cells = [
            ("adresse", "Adresse", 40, 515, "adresse"),
            ("cp", "Code postal", 40, 110, "code_postal"),
            ("commune", "Commune", 150, 405, "commune"),
            ("tel", "Téléphone", 40, 200, "telephone"),
            ("email", "Adresse e-mail", 240, 315, "email"),
        ]
        row_y = {"adresse": y, "cp": y - 32, "commune": y - 32, "tel": y - 64, "email": y - 64}
        c.setLineWidth(0.6)
        for key, label, x, w, an in cells:
            yy = row_y[key]
            c.rect(x, yy - 28, w, 30, stroke=1, fill=0)
            c.setFont(r["body"], 6.8)
            c.setFillColor(GREY)
            c.drawString(x + 3, yy - 5, label)
            c.setFillColor(black)
            geo[key] = (x + 4, yy - 26, w - 8, 15)
            _acro_text(c, acro, an, (x + 2, yy - 26, w - 4, 15), (acro or {}).get(key))
        y -= 104
    # section B
    y = _section(c, r, y - 6, "B", "VOTRE SITUATION")
    c.setFont(r["body"], 8.2)
    c.drawString(40, y, "Cochez la case correspondant à votre situation :")
    y -= 18
    ticks = (acro or {}).get("ticks", set())
    for code, text in SITUATIONS:
        geo["sit_" + code] = _box(c, 44, y - 2)
        _acro_check(c, acro, "situation_" + code, geo["sit_" + code], code in ticks)
        c.setFont(r["body"], 8.8)
        c.drawString(60, y, text)
        if code == "salarie":
            y -= 17
            c.setFont(r["body"], 8.2)
            c.drawString(60, y, "Emploi occupé :")
            ex = 60 + c.stringWidth("Emploi occupé :", r["body"], 8.2) + 5
            c.setDash(1, 2)
            c.line(ex, y - 2, 330, y - 2)
            c.setDash()
            geo["emploi"] = (ex + 1, y - 1, 330 - ex - 2, 14)
            _acro_text(c, acro, "emploi", (ex, y - 1, 330 - ex, 12), (acro or {}).get("emploi"))
            c.drawString(345, y, "Contrat :")
            cx = 380
            for ct in CONTRACTS:
                geo["ct_" + ct] = _box(c, cx, y - 2, 7.5)
                _acro_check(c, acro, "contrat_" + ct, geo["ct_" + ct], (acro or {}).get("ct") == ct)
                c.drawString(cx + 10, y, ct)
                cx += 20 + c.stringWidth(ct, r["body"], 8.2)
        if code == "autre":
            ax = 60 + c.stringWidth(text, r["body"], 8.8) + 6
            c.setDash(1, 2)
            c.line(ax, y - 2, W - 40, y - 2)
            c.setDash()
            geo["autre_txt"] = (ax + 1, y - 1, W - 40 - ax - 2, 14)
            _acro_text(c, acro, "autre_precision", geo["autre_txt"], (acro or {}).get("autre_txt"))
        y -= 20
    c.setFont(r["body"], 6.5)
    c.setFillColor(GREY)
    c.drawString(40, 40, "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique,")
    c.drawString(
        40, 32, "aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire."
    )
    c.setFillColor(black)
    c.setFont(r["body"], 7)
    c.drawRightString(W - 40, 32, "S1106 — cerfa n° 15763*02 — page 1/2")
    return geo


PIECES = [
    (
        "une photocopie de votre pièce d'identité (passeport, ou carte nationale d'identité pour "
        "les ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;"
    ),
    (
        "une photocopie de votre titre de séjour, visa long séjour valant titre de séjour (VLS-TS) "
        "ou récépissé de demande de titre de séjour ;"
    ),
    "une copie intégrale de votre acte de naissance (ou un extrait avec filiation) ;",
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
        "successives, ou attestation d'hébergement avec justificatifs de l'hébergeant) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def page2(c, run, acro=None):
    r = RUNS[run]
    geo = {}
    y = H - 60
    y = _section(c, r, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    c.setFont(r["body"], 9)
    y = _para(
        c,
        40,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation. La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
        "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 "
        "et 441-7 du code pénal).",
        r["body"],
        9,
        W - 80,
        11.5,
    )
    y -= 16
    c.setFont(r["body"], 9.5)
    c.drawString(40, y, "Fait à")
    c.setDash(1, 2)
    c.setLineWidth(0.5)
    c.line(72, y - 2, 290, y - 2)
    c.setDash()
    geo["fait_a"] = (74, y - 1, 214, 16)
    _acro_text(c, acro, "fait_a", (72, y - 1, 218, 13), (acro or {}).get("fait_a"))
    c.drawString(305, y, "le")
    c.setDash(1, 2)
    c.line(320, y - 2, 470, y - 2)
    c.setDash()
    geo["le"] = (322, y - 1, 146, 16)
    _acro_text(c, acro, "date_signature", (320, y - 1, 150, 13), (acro or {}).get("le"))
    y -= 22
    bx, bw, bh = 300, 255, 80
    if r["sig_label"] == "above":
        c.setFont(r["bold"], 9)
        c.drawString(bx, y - 6, "Signature")
        y -= 12
        c.setLineWidth(0.8)
        c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
        geo["sig"] = (bx + 4, y - bh + 4, bw - 8, bh - 8)
    else:
        c.setLineWidth(0.8)
        c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
        c.setFont(r["body"], 8.5)
        c.setFillColor(GREY)
        c.drawString(bx + 5, y - 12, "Signature")
        c.setFillColor(black)
        geo["sig"] = (bx + 4, y - bh + 4, bw - 8, bh - 20)
    geo["sig_frame"] = (bx, y - bh, bw, bh)
    y -= bh + 26
    if r["bars"]:
        c.setFillColor(LIGHT)
        c.rect(40, y - 6, W - 80, 18, stroke=0, fill=1)
        c.setFillColor(BLUE)
    c.setFont(r["bold"], 10)
    c.drawString(46, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    c.setFillColor(black)
    y -= 20
    c.setFont(r["body"], 8.8)
    for p in PIECES:
        c.drawString(46, y, "–" if r["bars"] else "•")
        y = _para(c, 58, y, p, r["body"], 8.8, W - 100, 11) - 4
    y -= 14
    c.setLineWidth(0.8)
    c.setDash(3, 2)
    c.rect(40, y - 90, W - 80, 90, stroke=1, fill=0)
    c.setDash()
    c.setFont(r["bold"], 9)
    c.drawString(48, y - 14, "Cadre réservé à l'organisme")
    c.setFont(r["body"], 8.5)
    c.drawString(48, y - 34, "Date de réception :   ....../....../..........")
    c.drawString(48, y - 52, "Pièces vérifiées :   oui  [   ]     non  [   ]")
    c.drawString(48, y - 70, "Matricule agent :  ..............................")
    c.drawString(320, y - 34, "Cachet de l'organisme")
    c.setFont(r["body"], 7)
    c.drawRightString(W - 40, 32, "S1106 — cerfa n° 15763*02 — page 2/2")
    return geo
