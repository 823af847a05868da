"""Two home-made print runs of the cerfa 15763*02 (S1106) form, drawn with reportlab.

Each ``draw_pageN`` draws the printed form on a canvas and returns the anchors of the
fields (comb cells, lines, tick boxes, signature frame) so that a filler can write into them.
Coordinates are reportlab points, origin bottom-left, A4.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.28, 841.89
FONT_DIR = "/usr/share/fonts/truetype/"
_FONTS = {
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "LibB": "liberation/LiberationSans-Bold.ttf",
    "Carl": "crosextra/Carlito-Regular.ttf",
    "CarlB": "crosextra/Carlito-Bold.ttf",
    "Ser": "dejavu/DejaVuSerif.ttf",
    "SerB": "dejavu/DejaVuSerif-Bold.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "OpenB": "open-sans/OpenSans-Bold.ttf",
    "OpenI": "open-sans/OpenSans-Italic.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
}


def register_fonts() -> None:
    for name, path in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, FONT_DIR + path))


@dataclass
class Run:
    """One print run: fonts, colours and field styles."""

    key: str
    font: str
    bold: str
    accent: Color
    names_in_comb: bool  # names in comb boxes (True) or on dotted lines beside labels
    cell: float  # comb cell width
    sig_word: str  # "inside" (grey word in the frame) or "above"


RUN_A = Run("A", "Lib", "LibB", Color(0.05, 0.27, 0.55), True, 17.5, "inside")
RUN_B = Run("B", "Open", "OpenB", Color(0.12, 0.42, 0.38), False, 15.0, "above")
RUNS = {"A": RUN_A, "B": RUN_B}


@dataclass
class Anchors:
    combs: dict = field(default_factory=dict)  # name -> (x, y, cell_w, cell_h, n)
    lines: dict = field(default_factory=dict)  # name -> (x0, y_baseline, x1)
    boxes: dict = field(default_factory=dict)  # name -> (x, y, size)
    rects: dict = field(default_factory=dict)  # name -> (x, y, w, h)


def _comb(c, x, y, cw, ch, n, groups=()):
    """Draw n comb cells; ``groups`` lists indexes after which a gap is left."""
    c.setLineWidth(0.6)
    xs = []
    cx = x
    for i in range(n):
        c.rect(cx, y, cw, ch, stroke=1, fill=0)
        xs.append(cx)
        cx += cw
        if i in groups:
            cx += cw * 0.6
    return xs, cx


def _wrap(c, text, font, size, x, y, width, lead):
    words = text.split()
    line = ""
    for w in words:
        trial = (line + " " + w).strip()
        if pdfmetrics.stringWidth(trial, font, size) > width and line:
            c.drawString(x, y, line)
            y -= lead
            line = w
        else:
            line = trial
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


def _header(c, run: Run):
    c.setFillColor(run.accent)
    if run.key == "A":
        c.circle(52, H - 52, 14, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont(run.bold, 13)
        c.drawCentredString(52, H - 56.5, "AM")
        c.setFillColor(run.accent)
        c.setFont(run.bold, 12)
        c.drawString(72, H - 50, "l'Assurance")
        c.drawString(72, H - 63, "Maladie")
    else:
        c.setFont(run.bold, 15)
        c.drawString(40, H - 55, "l'Assurance Maladie")
        c.setLineWidth(2)
        c.setStrokeColor(run.accent)
        c.line(40, H - 61, 188, H - 61)
    # cerfa box
    c.setStrokeColor(Color(0, 0, 0))
    c.setFillColor(Color(0, 0, 0))
    c.setLineWidth(0.8)
    bx = W - 130
    c.rect(bx, H - 70, 92, 36, stroke=1, fill=0)
    c.setFont(run.bold, 11)
    c.drawString(bx + 6, H - 48, "cerfa")
    c.setFont(run.font, 9.5)
    c.drawString(bx + 6, H - 63, "N° 15763*02")
    c.setFillColor(run.accent)
    c.setFont(run.bold, 14.5)
    c.drawCentredString(W / 2, H - 96, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont(run.font, 11.5)
    c.drawCentredString(W / 2, H - 112, "Protection universelle maladie (PUMa)")
    c.setFillColor(Color(0.2, 0.2, 0.2))
    c.setFont(run.font, 6.6)
    legal = (
        "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2 et D. 160-2 "
        "du code de la sécurité sociale"
    )
    c.drawCentredString(W / 2, H - 124, legal)
    notice = (
        "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge "
        "de vos frais de santé si vous travaillez ou résidez en France de manière stable et "
        "régulière. Remplissez-le en lettres capitales, datez-le, signez-le et adressez-le avec "
        "les pièces justificatives à la caisse d'assurance maladie de votre lieu de résidence. "
        "La loi n° 78-17 du 6 janvier 1978 modifiée garantit un droit d'accès et de "
        "rectification des données vous concernant."
    )
    return _wrap(c, notice, run.font, 6.8, 40, H - 140, W - 80, 8.4)


def _section(c, run: Run, y, letter, title):
    if run.key == "A":
        c.setFillColor(run.accent)
        c.rect(36, y - 4, W - 72, 16, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont(run.bold, 10.5)
        c.drawString(44, y, f"{letter}   {title}")
    else:
        c.setFillColor(run.accent)
        c.setFont(run.bold, 11)
        c.drawString(40, y, f"{letter} - {title}")
        c.setStrokeColor(run.accent)
        c.setLineWidth(1.2)
        c.line(40, y - 4, W - 40, y - 4)
    c.setFillColor(Color(0, 0, 0))
    c.setStrokeColor(Color(0, 0, 0))
    return y - 26


def _dotted(c, x0, y, x1):
    c.saveState()
    c.setDash(1, 2)
    c.setLineWidth(0.6)
    c.line(x0, y, x1, y)
    c.restoreState()


def _label_line(c, run: Run, a: Anchors, name, label, x, y, x1, size=8.5):
    """Label beside a dotted line (run B) or above a plain line (run A)."""
    c.setFont(run.font, size)
    if run.key == "A":
        c.drawString(x, y + 15, label)
        c.setLineWidth(0.5)
        c.line(x, y - 3, x1, y - 3)
        a.lines[name] = (x + 2, y, x1)
    else:
        c.drawString(x, y, label)
        lx = x + pdfmetrics.stringWidth(label, run.font, size) + 6
        _dotted(c, lx, y - 2, x1)
        a.lines[name] = (lx + 2, y, x1)


def _label_comb(c, run: Run, a: Anchors, name, label, x, y, n, cell=None, groups=(), size=8.5):
    """Label above (run A) or beside (run B) a comb; returns the comb's right edge."""
    cw = cell or run.cell
    ch = cw * 1.15
    c.setFont(run.font, size)
    if run.key == "A":
        c.drawString(x, y + ch + 4, label)
        cx = x
    else:
        c.drawString(x, y + ch * 0.3, label)
        cx = x + pdfmetrics.stringWidth(label, run.font, size) + 8
    xs, right = _comb(c, cx, y, cw, ch, n, groups)
    a.combs[name] = (xs, y, cw, ch)
    return right


def _tick(c, a: Anchors, name, x, y, size=9):
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    a.boxes[name] = (x, y, size)


def draw_page1(c, run: Run) -> Anchors:
    a = Anchors()
    c.setStrokeColor(Color(0, 0, 0))
    y = _header(c, run) - 14
    y = _section(c, run, y, "A", "VOUS")
    x = 44
    if run.names_in_comb:
        c.setFont(run.font, 7)
        for name, label in (
            ("surname", "Nom de naissance"),
            ("usage_name", "Nom d'usage (facultatif)"),
            ("given_names", "Prénom(s)"),
        ):
            _label_comb(c, run, a, name, label, x, y - 18, 28)
            y -= 42
        y -= 14
    else:
        _label_line(c, run, a, "surname", "Nom de naissance :", x, y, W - 44)
        y -= 24
        _label_line(c, run, a, "usage_name", "Nom d'usage (facultatif) :", x, y, W - 44)
        y -= 24
        _label_line(c, run, a, "given_names", "Prénom(s) :", x, y, W - 44)
        y -= 26
    # sex + date of birth
    c.setFont(run.font, 8.5)
    sy = y - 6 if run.key == "A" else y
    c.drawString(x, sy + 1, "Sexe :")
    _tick(c, a, "sex_F", x + 34, sy)
    c.drawString(x + 47, sy + 1, "F")
    _tick(c, a, "sex_M", x + 62, sy)
    c.drawString(x + 75, sy + 1, "M")
    right = _label_comb(
        c, run, a, "dob", "Date de naissance", x + 120, sy - 4, 8, 13.5, groups=(1, 3)
    )
    c.setFont(run.font, 6)
    xs = a.combs["dob"][0]
    if run.key == "A":
        for i, t in ((0, "J J"), (2, "M M"), (4, "A A A A")):
            c.drawString(xs[i] + 2, sy - 12, t)
    else:
        c.drawString(right + 6, sy, "(JJ MM AAAA)")
    y -= 50 if run.key == "A" else 28
    _label_line(c, run, a, "birth_town", "Lieu de naissance : commune", x, y, 330)
    _label_line(c, run, a, "birth_country", "pays", 340, y, W - 44)
    y -= 30 if run.key == "A" else 24
    _label_line(c, run, a, "nationality", "Nationalité", x, y, 330)
    y -= 32 if run.key == "A" else 26
    c.setFont(run.font, 8.5)
    lab = "N° de sécurité sociale (si vous en avez un)"
    if run.key == "A":
        c.drawString(x, y + 18, lab)
        nx = x
    else:
        c.drawString(x, y + 3, lab)
        nx = x + pdfmetrics.stringWidth(lab, run.font, 8.5) + 8
    xs, right = _comb(c, nx, y, 12.5, 14.5, 13, groups=(0, 2, 4, 6, 9))
    kxs, _ = _comb(c, right + 12, y, 12.5, 14.5, 2)
    c.setFont(run.font, 6.5)
    c.drawString(right + 12, y - 8, "clé")
    a.combs["nir"] = (xs, y, 12.5, 14.5)
    a.combs["nir_key"] = (kxs, y, 12.5, 14.5)
    y -= 34 if run.key == "A" else 28
    _label_line(c, run, a, "address", "Adresse", x, y, W - 44)
    y -= 34 if run.key == "A" else 26
    _label_comb(c, run, a, "postcode", "Code postal", x, y - 3, 5, 13.5)
    _label_line(c, run, a, "town", "Commune", 190, y, W - 44)
    y -= 32 if run.key == "A" else 26
    _label_line(c, run, a, "phone", "Téléphone", x, y, 250)
    _label_line(c, run, a, "email", "E-mail", 262, y, W - 44)
    y -= 34
    y = _section(c, run, y, "B", "VOTRE SITUATION")
    c.setFont(run.font, 8.5)
    rows = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            (
                "Vous êtes sans activité et résidez en France de manière stable "
                "et régulière depuis plus de trois mois"
            ),
        ),
        ("autre", "Autre situation, précisez :"),
    ]
    for key, text in rows:
        _tick(c, a, "sit_" + key, x, y - 1)
        c.setFont(run.font, 8.5)
        c.drawString(x + 16, y, text)
        if key == "salarie":
            y -= 17
            c.drawString(x + 16, y, "Type de contrat :")
            cx = x + 92
            for ct in ("CDI", "CDD", "Intérim", "Apprentissage"):
                _tick(c, a, "ct_" + ct, cx, y - 1)
                c.drawString(cx + 13, y, ct)
                cx += 22 + pdfmetrics.stringWidth(ct, run.font, 8.5)
            y -= 17
            c.drawString(x + 16, y, "Emploi occupé :")
            lx = x + 16 + pdfmetrics.stringWidth("Emploi occupé :", run.font, 8.5) + 6
            _dotted(c, lx, y - 2, W - 44)
            a.lines["job"] = (lx + 2, y, W - 44)
        if key == "autre":
            lx = x + 16 + pdfmetrics.stringWidth(text, run.font, 8.5) + 6
            _dotted(c, lx, y - 2, W - 44)
            a.lines["other_text"] = (lx + 2, y, W - 44)
        y -= 19
    c.setFont(run.font, 6.5)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawString(40, 30, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.setFillColor(Color(0, 0, 0))
    return a


PIECES = [
    (
        "une pièce d'identité (passeport, ou carte nationale d'identité pour les "
        "ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;"
    ),
    (
        "si vous êtes étranger hors UE/EEE/Suisse : votre titre de séjour, votre visa long "
        "séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;"
    ),
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation) ;",
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
        "factures successives, ou attestation d'hébergement) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def draw_page2(c, run: Run) -> Anchors:
    a = Anchors()
    y = H - 60
    y = _section(c, run, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    c.setFont(run.font, 8.5)
    txt = (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation. La loi punit quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal)."
    )
    y = _wrap(c, txt, run.font, 8.5, 44, y, W - 88, 11) - 16
    c.setFont(run.font, 9)
    c.drawString(44, y, "Fait à")
    lx = 44 + pdfmetrics.stringWidth("Fait à", run.font, 9) + 6
    if run.key == "A":
        c.setLineWidth(0.5)
        c.line(lx, y - 3, 260, y - 3)
    else:
        _dotted(c, lx, y - 2, 260)
    a.lines["place"] = (lx + 2, y, 260)
    c.drawString(280, y, "le")
    lx = 280 + pdfmetrics.stringWidth("le", run.font, 9) + 6
    if run.key == "A":
        c.line(lx, y - 3, 440, y - 3)
    else:
        _dotted(c, lx, y - 2, 440)
    a.lines["date"] = (lx + 2, y, 440)
    y -= 24
    sx, sw, sh = (300, 250, 80) if run.key == "A" else (44, 260, 78)
    if run.sig_word == "above":
        c.setFont(run.bold, 9)
        c.drawString(sx, y, "Signature")
        y -= 8
        c.setLineWidth(0.8)
        c.rect(sx, y - sh, sw, sh, stroke=1, fill=0)
    else:
        c.setLineWidth(0.8)
        c.rect(sx, y - sh, sw, sh, stroke=1, fill=0)
        c.setFillColor(Color(0.7, 0.7, 0.7))
        c.setFont(run.font, 9)
        c.drawString(sx + 6, y - 12, "Signature")
        c.setFillColor(Color(0, 0, 0))
    a.rects["signature"] = (sx, y - sh, sw, sh)
    y -= sh + 30
    c.setFillColor(run.accent)
    c.setFont(run.bold, 10)
    c.drawString(44, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    c.setFillColor(Color(0, 0, 0))
    y -= 16
    for p in PIECES:
        c.setFont(run.font, 8.3)
        c.drawString(48, y, "•" if run.key == "A" else "–")
        y = _wrap(c, p, run.font, 8.3, 58, y, W - 110, 10.5) - 4
    y -= 16
    bh = 92
    c.setDash(3, 2) if run.key == "B" else c.setDash()
    c.setLineWidth(0.8)
    c.rect(40, y - bh, W - 80, bh, stroke=1, fill=0)
    c.setDash()
    c.setFont(run.bold, 9)
    c.drawString(48, y - 14, "Cadre réservé à l'organisme")
    c.setFont(run.font, 8)
    c.drawString(48, y - 36, "Date de réception :")
    _comb(c, 130, y - 40, 11, 12, 8, groups=(1, 3))
    c.drawString(48, y - 58, "Pièces vérifiées :")
    for i, t in enumerate(("oui", "non")):
        c.rect(130 + i * 48, y - 60, 8, 8)
        c.drawString(142 + i * 48, y - 58, t)
    c.drawString(48, y - 80, "Matricule agent :")
    _dotted(c, 128, y - 82, 300)
    c.drawString(330, y - 36, "Cachet de l'organisme")
    c.setFont(run.font, 6.5)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawString(40, 30, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.setFillColor(Color(0, 0, 0))
    return a
