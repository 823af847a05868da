"""Two home-made print runs of the S1106 / cerfa 15763*02 form.

Each page function draws the blank page on a reportlab canvas and returns the "slots" where
values go: lines (x, baseline, width, height), comb cells, tick boxes and the signature box.
Labels are placed beside or above the value areas, never inside them.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4

FONTS = {
    "lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "lato_b": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "lato_i": "/usr/share/fonts/truetype/lato/Lato-Italic.ttf",
    "lib": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "lib_b": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "lib_i": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "serif_b": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
}

NOTICE = (
    "Ce formulaire vous permet de demander l'ouverture de vos droits à l'assurance maladie au "
    "titre de votre activité professionnelle ou de votre résidence stable et régulière en France. "
    "Complétez-le en lettres capitales, datez-le, signez-le et adressez-le avec les pièces "
    "justificatives (voir page 2) à la caisse d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5 à L. 160-7, L. 161-1, R. 111-2, R. 111-3 et D. 160-1 à D. 160-4 "
    "du code de la sécurité sociale"
)
CERTIFY = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, résidence). La loi punit quiconque se rend coupable de fraudes ou de "
    "fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, "
    "article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ; carte nationale d'identité pour les "
    "ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;",
    "si vous n'êtes pas ressortissant européen : une photocopie de votre titre de séjour, de "
    "votre visa long séjour valant titre de séjour (VLS-TS) ou du récépissé de votre demande ;",
    "une copie de votre acte de naissance complet (avec apostille ou légalisation s'il a été "
    "établi à l'étranger, selon le pays) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
    "successives ou attestation d'hébergement avec ses justificatifs) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : une copie de votre contrat de travail ou de votre dernier bulletin de "
    "salaire.",
]
CNIL = (
    "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Vous disposez "
    "d'un droit d'accès et de rectification auprès de votre caisse (loi n° 78-17 du 6 janvier "
    "1978 modifiée et règlement (UE) 2016/679)."
)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit(e) à France Travail)"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Autre"]

RUNS = {
    "A": {
        "body": "lato",
        "bold": "lato_b",
        "ital": "lato_i",
        "accent": (0.05, 0.27, 0.6),
        "label": (0.3, 0.3, 0.35),
        "comb_w": 13.6,
        "comb_h": 16.0,
        "sig_label": "above",
    },
    "B": {
        "body": "lib",
        "bold": "serif_b",
        "ital": "lib_i",
        "accent": (0.0, 0.0, 0.0),
        "label": (0.0, 0.0, 0.0),
        "comb_w": 12.0,
        "comb_h": 13.5,
        "sig_label": "inside",
    },
}


def register_fonts() -> None:
    have = pdfmetrics.getRegisteredFontNames()
    for name, path in FONTS.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, path))


def _text(c, x, y, s, font, size, color=(0, 0, 0), align="left"):
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    if align == "center":
        c.drawCentredString(x, y, s)
    elif align == "right":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)
    return pdfmetrics.stringWidth(s, font, size)


def _para(c, x, y, width, s, font, size, color=(0, 0, 0), leading=None):
    leading = leading or size * 1.25
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    for line in simpleSplit(s, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def _comb(c, x, y, n, cw, ch, style, group=None):
    """Draw n comb cells from (x, y); group = sizes of digit groups with a gap between."""
    cells = []
    groups = group or [n]
    c.setLineWidth(0.6)
    for gi, g in enumerate(groups):
        x0 = x
        for _ in range(g):
            cells.append((x, y, cw, ch))
            x += cw
        if style == "box":
            c.rect(x0, y, cw * g, ch, stroke=1, fill=0)
            for k in range(1, g):
                c.line(x0 + k * cw, y, x0 + k * cw, y + ch)
        else:
            c.line(x0, y, x0 + cw * g, y)
            for k in range(g + 1):
                c.line(x0 + k * cw, y, x0 + k * cw, y + ch * 0.45)
        if gi < len(groups) - 1:
            x += cw * 0.7
    return cells, x


def _box(c, x, y, s):
    c.setLineWidth(0.7)
    c.rect(x, y, s, s, stroke=1, fill=0)
    return (x, y, s)


def _header(c, r, page):
    acc = r["accent"]
    if r is RUNS["A"]:
        c.setFillColorRGB(*acc)
        c.roundRect(40, 786, 26, 26, 6, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.circle(53, 799, 7, stroke=0, fill=1)
        _text(c, 72, 802, "l'Assurance", r["bold"], 11, acc)
        _text(c, 72, 789, "Maladie", r["bold"], 11, acc)
    else:
        c.setLineWidth(1.2)
        c.rect(40, 784, 118, 30, stroke=1, fill=0)
        _text(c, 99, 801, "l'Assurance Maladie", r["bold"], 9, align="center")
        _text(c, 99, 790, "Agir ensemble, protéger chacun", r["ital"], 6.5, align="center")
    # cerfa box
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.8)
    c.rect(470, 786, 86, 28, stroke=1, fill=0)
    _text(c, 476, 801, "cerfa", "lib_b", 11)
    _text(c, 476, 790, "N° 15763*02", r["body"], 8.5)
    if page == 2:
        _text(
            c,
            297,
            770,
            "Demande d'ouverture des droits à l'assurance maladie (PUMa)",
            r["bold"],
            11,
            acc,
            "center",
        )
        return 752
    _text(
        c,
        297,
        762,
        "Demande d'ouverture des droits à l'assurance maladie",
        r["bold"],
        15,
        acc,
        "center",
    )
    _text(c, 297, 746, "Protection universelle maladie (PUMa)", r["body"], 11, acc, "center")
    y = _para(c, 48, 730, 500, NOTICE, r["ital"], 7.2, (0.2, 0.2, 0.2))
    _text(c, 297, y - 2, LEGAL, r["body"], 6.3, (0.3, 0.3, 0.3), "center")
    return y - 24


def _section(c, r, letter, title, y):
    acc = r["accent"]
    if r is RUNS["A"]:
        c.setFillColorRGB(*acc)
        c.rect(40, y - 4, 515, 17, stroke=0, fill=1)
        if letter:
            c.setFillColorRGB(1, 1, 1)
            c.circle(52, y + 4.5, 6.5, stroke=0, fill=1)
            _text(c, 52, y + 1.2, letter, r["bold"], 9, acc, "center")
        _text(c, 64 if letter else 48, y + 0.5, title, r["bold"], 10.5, (1, 1, 1))
    else:
        _text(c, 40, y, f"{letter} — {title}" if letter else title, r["bold"], 11)
        c.setLineWidth(1.0)
        c.line(40, y - 4, 555, y - 4)
    return y - 24


def _footer(c, r, page):
    _text(c, 40, 24, f"S1106 — cerfa n° 15763*02 — page {page}/2", r["body"], 7, (0.3, 0.3, 0.3))


class _Fields:
    """Label placement for one run: above a box (A) or beside on a dotted line (B)."""

    def __init__(self, c, r):
        self.c, self.r = c, r
        self.a = r is RUNS["A"]

    def line(self, x, y, w, label):
        c, r = self.c, self.r
        if self.a:
            _text(c, x, y, label, r["body"], 7.5, r["label"])
            c.setStrokeColorRGB(0.55, 0.58, 0.65)
            c.setLineWidth(0.6)
            c.roundRect(x, y - 21, w, 17, 2, stroke=1, fill=0)
            c.setStrokeColorRGB(0, 0, 0)
            return {"x": x + 4, "y": y - 16.5, "w": w - 8, "h": 11.5}
        lw = _text(c, x, y, label, r["body"], 8.5)
        c.setDash(1, 2)
        c.setLineWidth(0.6)
        c.line(x + lw + 4, y - 2, x + w, y - 2)
        c.setDash()
        return {"x": x + lw + 7, "y": y, "w": w - lw - 10, "h": 12.0}

    def comb(self, x, y, n, label, group=None, hint=None):
        c, r = self.c, self.r
        cw, ch = r["comb_w"], r["comb_h"]
        if self.a:
            _text(c, x, y, label, r["body"], 7.5, r["label"])
            cells, xe = _comb(c, x, y - 21, n, cw, ch, "box", group)
            if hint:
                _text(c, x, y - 29, hint, r["body"], 5.5, r["label"])
            return cells, xe
        lw = _text(c, x, y, label, r["body"], 8.5)
        cells, xe = _comb(c, x + lw + 6, y - 3, n, cw, ch, "ticks", group)
        return cells, xe

    def tick(self, x, y, label, size=8.5):
        c, r = self.c, self.r
        s = 9.0 if self.a else 8.0
        slot = _box(c, x, y - 1, s)
        _text(c, x + s + 4, y, label, r["body"], size)
        return slot


def page1(c, run: str) -> dict:
    r = RUNS[run]
    c.setStrokeColorRGB(0, 0, 0)
    y = _header(c, r, 1)
    y = _section(c, r, "A", "VOUS", y)
    f = _Fields(c, r)
    s: dict = {}
    step = 33 if f.a else 24
    if f.a:
        s["nom"], _ = f.comb(44, y, 26, "Nom de naissance")
        s["nom_usage"], _ = f.comb(44, y - step, 26, "Nom d'usage (facultatif)")
        s["prenoms"], _ = f.comb(44, y - 2 * step, 26, "Prénom(s)")
    else:
        s["nom"] = f.line(44, y, 505, "Nom de naissance :")
        s["nom_usage"] = f.line(44, y - step, 505, "Nom d'usage (facultatif) :")
        s["prenoms"] = f.line(44, y - 2 * step, 505, "Prénom(s) :")
    y -= 3 * step
    # sex + date of birth
    lw = _text(c, 44, y - (9 if f.a else 0), "Sexe :", r["body"], 8.5)
    s["sexe_F"] = f.tick(44 + lw + 8, y - (9 if f.a else 0), "F")
    s["sexe_M"] = f.tick(44 + lw + 40, y - (9 if f.a else 0), "M")
    s["dob"], _ = f.comb(190, y, 8, "Date de naissance", [2, 2, 4], "jour      mois      année")
    y -= step + (8 if f.a else 2)
    s["lieu"] = f.line(
        44, y, 300, "Lieu de naissance (commune) :" if not f.a else "Lieu de naissance : commune"
    )
    s["pays_naiss"] = f.line(356, y, 193, "Pays :" if not f.a else "pays")
    y -= step
    s["nationalite"] = f.line(44, y, 300, "Nationalité :" if not f.a else "Nationalité")
    y -= step
    s["nir"], _ = f.comb(
        44, y, 15, "N° de sécurité sociale (si vous en avez un)", [1, 2, 2, 2, 3, 3, 2]
    )
    y -= step + (4 if f.a else 0)
    s["adresse"] = f.line(44, y, 505, "Adresse :" if not f.a else "Adresse (n°, voie)")
    y -= step
    s["cp"], xe = f.comb(44, y, 5, "Code postal")
    s["commune"] = f.line(xe + 14, y, 549 - xe - 14, "Commune :" if not f.a else "Commune")
    y -= step
    s["tel"] = f.line(44, y, 200, "Téléphone :" if not f.a else "Téléphone")
    s["email"] = f.line(256, y, 293, "E-mail :" if not f.a else "Adresse e-mail")
    y -= step + 8
    y = _section(c, r, "B", "VOTRE SITUATION", y)
    _text(
        c,
        44,
        y,
        "Cochez la case correspondant à votre situation actuelle :",
        r["ital"],
        8,
        r["label"],
    )
    y -= 17
    fs = 8.3
    for key, label in SITUATIONS:
        lines = simpleSplit(label, r["body"], fs, 480)
        s[f"sit_{key}"] = f.tick(44, y, lines[0], fs)
        for extra in lines[1:]:
            y -= 10.5
            _text(c, 57 if f.a else 56, y, extra, r["body"], fs)
        if key == "salarie":
            y -= 16
            lw = _text(c, 62, y, "Type de contrat :", r["body"], fs)
            x = 62 + lw + 10
            for ct in CONTRACTS:
                s[f"ct_{ct}"] = f.tick(x, y, ct, fs)
                x += 24 + pdfmetrics.stringWidth(ct, r["body"], fs)
            y -= 18 if f.a else 15
            s["emploi"] = (
                f.line(62, y, 430, "Emploi occupé")
                if f.a
                else f.line(62, y, 430, "Emploi occupé :")
            )
            y -= 18 if f.a else 2
        if key == "autre":
            tw = pdfmetrics.stringWidth(lines[0], r["body"], fs)
            x0 = 44 + 13 + tw + 6
            c.setDash(1, 2)
            c.setLineWidth(0.6)
            c.line(x0, y - 2, 549, y - 2)
            c.setDash()
            s["autre_txt"] = {"x": x0 + 3, "y": y, "w": 549 - x0 - 6, "h": 11.0}
        y -= 19
    assert y > 40, y
    _footer(c, r, 1)
    return s


def page2(c, run: str) -> dict:
    r = RUNS[run]
    c.setStrokeColorRGB(0, 0, 0)
    y = _header(c, r, 2)
    y = _section(c, r, "C", "VOS ENGAGEMENTS ET SIGNATURE", y - 6)
    y = _para(c, 44, y, 505, CERTIFY, r["body"], 8.6, leading=11.5)
    y -= 22
    s: dict = {}
    lw = _text(c, 44, y, "Fait à", r["body"], 9.5)
    if r is RUNS["A"]:
        c.setStrokeColorRGB(0.55, 0.58, 0.65)
        c.roundRect(44 + lw + 5, y - 6, 190, 18, 2, stroke=1, fill=0)
        s["fait_a"] = {"x": 44 + lw + 9, "y": y - 1.5, "w": 182, "h": 12.0}
        x = 44 + lw + 205
        lw2 = _text(c, x, y, "le", r["body"], 9.5)
        c.roundRect(x + lw2 + 5, y - 6, 140, 18, 2, stroke=1, fill=0)
        s["le"] = {"x": x + lw2 + 9, "y": y - 1.5, "w": 132, "h": 12.0}
        c.setStrokeColorRGB(0, 0, 0)
        y -= 30
        _text(c, 300, y, "Signature", r["bold"], 9.5)
        bx, by, bw, bh = 300, y - 96, 249, 88
        c.setLineWidth(0.8)
        c.rect(bx, by, bw, bh, stroke=1, fill=0)
        s["sig_frame"] = (bx, by, bw, bh)
        s["signature"] = (bx + 4, by + 4, bw - 8, bh - 8)
        y = by - 26
    else:
        c.setDash(1, 2)
        c.setLineWidth(0.6)
        c.line(44 + lw + 4, y - 2, 300, y - 2)
        s["fait_a"] = {"x": 44 + lw + 7, "y": y, "w": 300 - lw - 52, "h": 12.0}
        lw2 = _text(c, 310, y, "le", r["body"], 9.5)
        c.line(310 + lw2 + 4, y - 2, 549, y - 2)
        c.setDash()
        s["le"] = {"x": 310 + lw2 + 7, "y": y, "w": 549 - 310 - lw2 - 10, "h": 12.0}
        y -= 20
        bx, by, bw, bh = 44, y - 100, 300, 100
        c.setLineWidth(1.0)
        c.rect(bx, by, bw, bh, stroke=1, fill=0)
        _text(c, bx + 6, by + bh - 13, "Signature", r["body"], 10, (0.62, 0.62, 0.62))
        s["sig_frame"] = (bx, by, bw, bh)
        s["signature"] = (bx + 4, by + 4, bw - 8, bh - 22)
        y = by - 26
    y = _section(c, r, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", y)
    for p in PIECES:
        _text(c, 48, y, "•" if r is RUNS["A"] else "-", r["body"], 8.6)
        y = _para(c, 58, y, 490, p, r["body"], 8.6, leading=11) - 3
    y -= 14
    # cadre réservé
    c.setLineWidth(0.7)
    if r is RUNS["A"]:
        c.setDash(3, 2)
    c.rect(40, y - 78, 515, 88, stroke=1, fill=0)
    c.setDash()
    _text(c, 48, y - 4, "Cadre réservé à l'organisme", r["bold"], 9)
    _text(c, 48, y - 24, "Date de réception : ...... / ...... / ..........", r["body"], 8.5)
    _text(c, 300, y - 24, "Pièces vérifiées :", r["body"], 8.5)
    _box(c, 372, y - 25, 8)
    _text(c, 384, y - 24, "oui", r["body"], 8.5)
    _box(c, 406, y - 25, 8)
    _text(c, 418, y - 24, "non", r["body"], 8.5)
    _text(c, 48, y - 46, "Matricule agent : ..............................", r["body"], 8.5)
    _text(c, 300, y - 46, "Cachet de l'organisme :", r["body"], 8.5)
    y -= 104
    _para(c, 44, y, 505, CNIL, r["ital"], 6.8, (0.3, 0.3, 0.3))
    _footer(c, r, 2)
    return s
