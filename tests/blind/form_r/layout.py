"""Three home-made print runs of cerfa 15763*02 (S1106), drawn with reportlab.

draw_page(canvas, run, page) draws one blank page and returns its geometry: a dict from
field key to {"kind": "line"|"comb"|"box", "rect": (x, y, w, h)} or {"kind": "comb",
"boxes": [...]} in PDF points (origin bottom-left).
"""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.27, 841.89
TT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "LSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LSerif": TT + "liberation/LiberationSerif-Regular.ttf",
    "LSerif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "OSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "LMono": TT + "liberation/LiberationMono-Regular.ttf",
    "FreeSans": TT + "freefont/FreeSans.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
}
_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _REGISTERED = True


AMELI_BLUE = Color(0.0, 0.33, 0.62)
RUNS = {
    # name: regular font, bold font, header style, label placement, name combs, signature label
    "R19": {
        "f": "LSans",
        "b": "LSans-B",
        "head": "bar",
        "label": "beside",
        "name_comb": True,
        "sig": "above",
        "comb": 13.0,
        "contract": "boxes",
        "line": "dots",
    },
    "R21": {
        "f": "LSerif",
        "b": "LSerif-B",
        "head": "rule",
        "label": "above",
        "name_comb": False,
        "sig": "inside",
        "comb": 12.0,
        "contract": "line",
        "line": "solid",
    },
    "R23": {
        "f": "OSans",
        "b": "OSans-B",
        "head": "band",
        "label": "inside",
        "name_comb": False,
        "sig": "grey",
        "comb": 14.0,
        "contract": "boxes",
        "line": "cell",
    },
}

SITUATION_TEXT = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]

NOTICE = (
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos "
    "frais de santé au titre de votre activité professionnelle ou de votre résidence stable et "
    "régulière en France. Remplissez-le lisiblement en lettres majuscules et joignez les pièces "
    "demandées en page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-15, R. 111-3 et D. 160-2 du code de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement de situation. "
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, "
    "article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    "une copie de votre pièce d'identité (passeport, carte nationale d'identité pour les "
    "ressortissants de l'UE/EEE/Suisse) ;",
    "une copie de votre titre de séjour, de votre VLS-TS ou de votre récépissé de demande ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation, "
    "le cas échéant) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
    "successives, ou attestation d'hébergement avec justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : une copie de votre contrat de travail ou de votre dernier bulletin "
    "de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
    "aux libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un "
    "droit d'accès et de rectification pour les données vous concernant auprès de votre "
    "organisme d'assurance maladie."
)


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


def _para(c, text, x, y, width, font, size, lead=None):
    lead = lead or size * 1.22
    c.setFont(font, size)
    for line in _wrap(c, text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


class Page:
    def __init__(self, c, run):
        self.c, self.s = c, RUNS[run]
        self.geo = {}
        self.x0, self.x1 = 36.0, PAGE_W - 36.0

    def header(self, y, letter, title):
        c, s = self.c, self.s
        if s["head"] == "bar":
            c.setFillColor(AMELI_BLUE)
            c.rect(self.x0, y - 4, self.x1 - self.x0, 16, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(s["b"], 10.5)
            c.drawString(self.x0 + 6, y, f"{letter}   {title}")
            c.setFillColor(black)
            return y - 26
        if s["head"] == "rule":
            c.setFont(s["b"], 12)
            c.drawString(self.x0, y, f"{letter}. {title}")
            c.setLineWidth(1.2)
            c.line(self.x0, y - 4, self.x1, y - 4)
            return y - 24
        c.setFillColor(Color(0.88, 0.9, 0.93))
        c.roundRect(self.x0, y - 6, self.x1 - self.x0, 20, 4, stroke=0, fill=1)
        c.setFillColor(AMELI_BLUE)
        c.circle(self.x0 + 12, y + 4, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(s["b"], 10)
        c.drawCentredString(self.x0 + 12, y + 0.5, letter)
        c.setFillColor(AMELI_BLUE)
        c.setFont(s["b"], 11)
        c.drawString(self.x0 + 26, y, title)
        c.setFillColor(black)
        return y - 30

    def comb(self, key, x, y, n, size, groups=None):
        """n boxes from x at baseline-ish y (box bottom = y - 3); groups adds gaps."""
        c = self.c
        c.setLineWidth(0.6)
        boxes, cx = [], x
        for i in range(n):
            if groups and i in groups:
                cx += size * 0.55
            c.rect(cx, y - 3, size, size + 2, stroke=1, fill=0)
            boxes.append((cx, y - 3, size, size + 2))
            cx += size
        self.geo[key] = {"kind": "comb", "boxes": boxes}
        return cx

    def box(self, key, x, y, size=9.0):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y - 1, size, size, stroke=1, fill=0)
        self.geo[key] = {"kind": "box", "rect": (x, y - 1, size, size)}
        return x + size

    def line(self, key, x, y, w, h=14.0):
        c, s = self.c, self.s
        c.setLineWidth(0.5)
        if s["line"] == "dots":
            c.setDash(1, 2)
            c.line(x, y - 2, x + w, y - 2)
            c.setDash()
        elif s["line"] == "solid":
            c.line(x, y - 2, x + w, y - 2)
        else:
            c.setStrokeColor(Color(0.55, 0.58, 0.65))
            c.line(x, y - 2, x + w, y - 2)
            c.setStrokeColor(black)
        self.geo[key] = {"kind": "line", "rect": (x, y - 1, w, h)}

    def field(self, label, key, x, y, w, comb_n=0):
        """Label + value area; returns consumed height."""
        c, s = self.c, self.s
        if s["label"] == "beside":
            c.setFont(s["f"], 8.5)
            c.drawString(x, y, label)
            lw = c.stringWidth(label, s["f"], 8.5) + 6
            if comb_n:
                self.comb(key, x + lw, y, comb_n, s["comb"])
            else:
                self.line(key, x + lw, y, w - lw)
            return 22
        if s["label"] == "above":
            c.setFont(s["f"], 8)
            c.drawString(x, y + 11, label)
            if comb_n:
                self.comb(key, x, y - 6, comb_n, s["comb"])
            else:
                self.line(key, x, y - 6, w - 8)
            return 32
        # inside a cell
        c.setLineWidth(0.6)
        c.setStrokeColor(Color(0.35, 0.4, 0.5))
        c.rect(x, y - 10, w - 6, 28, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFillColor(Color(0.3, 0.35, 0.45))
        c.setFont(s["f"], 6.5)
        c.drawString(x + 3, y + 11, label)
        c.setFillColor(black)
        if comb_n:
            self.comb(key, x + 4, y - 6, comb_n, s["comb"] * 0.85)
        else:
            self.geo[key] = {"kind": "line", "rect": (x + 4, y - 8, w - 14, 15)}
        return 34


def _page1(c, run):
    p = Page(c, run)
    s = p.s
    y = PAGE_H - 42
    # header block
    c.setFillColor(AMELI_BLUE)
    c.setFont(s["b"], 15)
    c.drawString(p.x0, y, "l'Assurance")
    c.drawString(p.x0, y - 16, "Maladie")
    c.setFillColor(black)
    c.setLineWidth(1)
    c.rect(p.x1 - 92, y - 22, 92, 34, stroke=1, fill=0)
    c.setFont(s["b"], 13)
    c.drawString(p.x1 - 86, y - 2, "cerfa")
    c.setFont(s["f"], 9)
    c.drawString(p.x1 - 86, y - 16, "N° 15763*02")
    c.setFont(s["b"], 14.5)
    c.drawCentredString(PAGE_W / 2 + 10, y - 2, "Demande d'ouverture des droits")
    c.drawCentredString(PAGE_W / 2 + 10, y - 19, "à l'assurance maladie")
    c.setFont(s["f"], 10.5)
    c.drawCentredString(PAGE_W / 2 + 10, y - 34, "Protection universelle maladie (PUMa)")
    y -= 52
    y = _para(c, NOTICE, p.x0, y, p.x1 - p.x0, s["f"], 7.2) - 2
    c.setFont(s["f"], 6.8)
    c.drawString(p.x0, y, LEGAL)
    y -= 22
    y = p.header(y, "A", "VOUS")
    w = p.x1 - p.x0
    name_n = 26 if s["name_comb"] else 0
    y -= p.field("Nom de naissance", "surname", p.x0, y, w, name_n)
    y -= p.field("Nom d'usage (facultatif)", "usage", p.x0, y, w, name_n - 4 if name_n else 0)
    y -= p.field("Prénom(s)", "given", p.x0, y, w, name_n)
    # sex + date of birth
    c.setFont(s["f"], 8.5 if s["label"] != "inside" else 7.5)
    c.drawString(p.x0, y, "Sexe :")
    xx = p.x0 + 34
    c.drawString(xx, y, "F")
    p.box("sex_F", xx + 9, y)
    c.drawString(xx + 28, y, "M")
    p.box("sex_M", xx + 39, y)
    lab = "Date de naissance (jj mm aaaa)"
    dx = p.x0 + 150
    c.drawString(dx, y, lab)
    p.comb("dob", dx + c.stringWidth(lab, s["f"], 8.5) + 8, y, 8, s["comb"], groups=[2, 4])
    y -= 26 if s["label"] != "above" else 30
    half = (p.x1 - p.x0) / 2
    y -= max(
        p.field("Lieu de naissance : commune", "birth_city", p.x0, y, half),
        p.field("pays", "birth_country", p.x0 + half, y, half),
    )
    y -= p.field("Nationalité", "nationality", p.x0, y, w)
    c.setFont(s["f"], 8.5 if s["label"] != "inside" else 7.5)
    lab = "N° de sécurité sociale (si vous en avez un)"
    c.drawString(p.x0, y, lab)
    nx = p.x0 + c.stringWidth(lab, s["f"], 8.5) + 8
    end = p.comb("nir", nx, y, 13, s["comb"], groups=[1, 3, 5, 7, 10])
    c.drawString(end + 5, y, "clé")
    p.comb("nir_key", end + 22, y, 2, s["comb"])
    y -= 28 if s["label"] != "above" else 32
    y -= p.field("Adresse", "street", p.x0, y, w)
    y -= max(
        p.field("Code postal", "zip", p.x0, y, w * 0.3),
        p.field("Commune", "city", p.x0 + w * 0.3, y, w * 0.7),
    )
    y -= max(
        p.field("Téléphone", "phone", p.x0, y, w * 0.4),
        p.field("Adresse e-mail", "email", p.x0 + w * 0.4, y, w * 0.6),
    )
    y -= 10
    y = p.header(y, "B", "VOTRE SITUATION")
    c.setFont(s["f"], 8)
    c.drawString(p.x0, y, "Cochez la case correspondant à votre situation actuelle :")
    y -= 18
    for key, text in SITUATION_TEXT:
        p.box("sit_" + key, p.x0 + 4, y)
        c.setFont(s["f"], 8.8)
        tw = c.stringWidth(text, s["f"], 8.8)
        c.drawString(p.x0 + 20, y, text)
        if key == "salarie":
            y -= 17
            c.setFont(s["f"], 8.2)
            if s["contract"] == "boxes":
                c.drawString(p.x0 + 30, y, "Type de contrat :")
                cx = p.x0 + 105
                for ck, ct in (
                    ("CDI", "CDI"),
                    ("CDD", "CDD"),
                    ("interim", "intérim"),
                    ("autre", "autre"),
                ):
                    p.box("ct_" + ck, cx, y)
                    c.drawString(cx + 13, y, ct)
                    cx += 58
                y -= 20
                c.drawString(p.x0 + 30, y, "Emploi occupé :")
                p.line("job", p.x0 + 100, y, 260)
            else:
                c.drawString(p.x0 + 30, y, "Type de contrat (CDI, CDD, intérim...) :")
                p.line("contract", p.x0 + 185, y, 90)
                c.drawString(p.x0 + 285, y, "Profession :")
                p.line("job", p.x0 + 335, y, p.x1 - p.x0 - 340)
        elif key == "independant":
            c.setFont(s["f"], 8.2)
            c.drawString(p.x0 + 30 + tw, y, "activité :")
            p.line("indep_job", p.x0 + 68 + tw, y, p.x1 - p.x0 - 75 - tw)
        elif key == "autre":
            p.line("autre_text", p.x0 + 30 + tw, y, p.x1 - p.x0 - 35 - tw)
        y -= 21
    y -= 8
    _para(c, CNIL, p.x0, max(y, 70), p.x1 - p.x0, s["f"], 6.3)
    c.setFont(s["f"], 7)
    c.drawRightString(p.x1, 28, "S1106 — cerfa n° 15763*02 — page 1/2")
    return p.geo


def _page2(c, run):
    p = Page(c, run)
    s = p.s
    y = PAGE_H - 50
    y = p.header(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = _para(c, CERTIF, p.x0, y, p.x1 - p.x0, s["f"], 8.6) - 14
    c.setFont(s["f"], 9.5)
    c.drawString(p.x0, y, "Fait à")
    p.line("place", p.x0 + 32, y, 200)
    c.drawString(p.x0 + 250, y, "le")
    p.line("date", p.x0 + 264, y, 130)
    y -= 30
    bw, bh = 230, 82
    bx = p.x1 - bw - 10
    if s["sig"] == "above":
        c.setFont(s["b"], 9.5)
        c.drawString(bx, y, "Signature")
        y -= 6
    c.setLineWidth(0.9)
    c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
    if s["sig"] == "inside":
        c.setFont(s["f"], 8.5)
        c.drawString(bx + 5, y - 12, "Signature")
    elif s["sig"] == "grey":
        c.setFillColor(Color(0.78, 0.78, 0.78))
        c.setFont(s["b"], 16)
        c.drawCentredString(bx + bw / 2, y - bh / 2 - 5, "Signature")
        c.setFillColor(black)
    p.geo["sig"] = {"kind": "box", "rect": (bx, y - bh, bw, bh)}
    y -= bh + 30
    if s["head"] == "bar":
        y = p.header(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    else:
        c.setFont(s["b"], 10.5)
        c.drawString(p.x0, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y -= 20
    for item in PIECES:
        c.setFont(s["f"], 8.6)
        c.drawString(p.x0 + 6, y, "•" if s["head"] != "rule" else "-")
        y = _para(c, item, p.x0 + 18, y, p.x1 - p.x0 - 24, s["f"], 8.6) - 5
    y -= 6
    c.setFont(s["f"], 7.5)
    y = (
        _para(
            c,
            "Envoyez votre demande et les pièces justificatives à la caisse primaire "
            "d'assurance maladie de votre lieu de résidence. N'envoyez pas d'originaux.",
            p.x0,
            y,
            p.x1 - p.x0,
            s["f"],
            7.5,
        )
        - 16
    )
    # reserved frame
    fh = 74
    c.setLineWidth(0.8)
    if s["head"] == "band":
        c.setFillColor(Color(0.94, 0.94, 0.94))
        c.rect(p.x0, y - fh, p.x1 - p.x0, fh, stroke=1, fill=1)
        c.setFillColor(black)
    else:
        c.setDash(3, 2)
        c.rect(p.x0, y - fh, p.x1 - p.x0, fh, stroke=1, fill=0)
        c.setDash()
    c.setFont(s["b"], 9)
    c.drawString(p.x0 + 8, y - 14, "Cadre réservé à l'organisme")
    c.setFont(s["f"], 8.5)
    c.drawString(p.x0 + 8, y - 34, "Date de réception : ....../....../..........")
    c.drawString(p.x0 + 220, y - 34, "Pièces vérifiées")
    c.rect(p.x0 + 290, y - 35, 8, 8)
    c.drawString(p.x0 + 8, y - 54, "Matricule agent : ..........................")
    c.drawString(p.x0 + 220, y - 54, "Cachet de la caisse")
    c.setFont(s["f"], 7)
    c.drawRightString(p.x1, 28, "S1106 — cerfa n° 15763*02 — page 2/2")
    return p.geo


def draw_page(c, run: str, page: int) -> dict:
    register_fonts()
    return _page1(c, run) if page == 1 else _page2(c, run)
