"""Three print runs of the blank cerfa 15763*02 (S1106), drawn with reportlab.

Each run draws the two A4 pages and returns the geometry of every fillable area so the
fillers (hand, typed, AcroForm) can write inside the frames, never on the printed labels.
Geometry entries:
  ("free", x0, y_base, x1, h)   write on baseline y_base between x0 and x1, at most h high
  ("comb", [(x, y, w, h), ...]) one character per box
  ("box", x, y, s)              tick box (lower-left corner, side)
  ("rect", x, y, w, h)          signature frame
"""

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

MM = 72 / 25.4
PAGE_W, PAGE_H = 595.28, 841.89
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "liberation/LiberationSans-Italic.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "Caladea-B": "crosextra/Caladea-Bold.ttf",
    "Caladea-I": "crosextra/Caladea-Italic.ttf",
    "OpenSans": "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "open-sans/OpenSans-Bold.ttf",
    "OpenSans-I": "open-sans/OpenSans-Italic.ttf",
    "RobotoC": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": "roboto/unhinted/RobotoCondensed-Bold.ttf",
}


def register_fonts():
    for name, path in FONTS.items():
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, TT + path))


BLUE = Color(0.0, 0.30, 0.60)
GREY = Color(0.55, 0.55, 0.55)

RUNS = {
    # run A: Arial-like, blue section bars, labels beside, names in comb boxes, dotted lines
    "A": {
        "font": "LibSans",
        "bold": "LibSans-B",
        "ital": "LibSans-I",
        "section": "bar",
        "label": "beside",
        "free": "dotted",
        "comb": 4.6,
        "name_comb": True,
        "comb_style": "boxes",
        "sig_label": "above",
        "tick": 3.4,
        "lsize": 8.2,
        "accent": BLUE,
    },
    # run B: serif, plain underlined headings, labels above, framed fields, tick-mark combs
    "B": {
        "font": "Caladea",
        "bold": "Caladea-B",
        "ital": "Caladea-I",
        "section": "underline",
        "label": "above",
        "free": "box",
        "comb": 4.2,
        "name_comb": False,
        "comb_style": "ticks",
        "sig_label": "inside_grey",
        "tick": 3.8,
        "lsize": 7.6,
        "accent": Color(0, 0, 0),
    },
    # run C: condensed sans, grey bars, labels inside the frames, larger combs
    "C": {
        "font": "RobotoC",
        "bold": "RobotoC-B",
        "ital": "OpenSans-I",
        "section": "bar_grey",
        "label": "inside",
        "free": "box",
        "comb": 5.0,
        "name_comb": False,
        "comb_style": "boxes",
        "sig_label": "inside",
        "tick": 3.6,
        "lsize": 6.4,
        "accent": Color(0.15, 0.15, 0.15),
    },
}

NOTICE = (
    "Vous travaillez ou vous résidez en France de manière stable et régulière : vous avez droit "
    "à la prise en charge de vos frais de santé. Complétez ce formulaire, joignez les pièces "
    "justificatives listées en page 2 et adressez le tout à la caisse d'assurance maladie de "
    "votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-15, R. 111-2, R. 111-3 et D. 160-2 du code "
    "de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, résidence). La loi punit d'amende et d'emprisonnement quiconque se rend "
    "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et "
    "441-7 du code pénal, article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    "une pièce d'identité en cours de validité (passeport ou carte nationale d'identité) ;",
    (
        "si vous n'êtes pas ressortissant de l'Union européenne : votre titre de séjour, visa long "
        "séjour valant titre de séjour (VLS-TS) ou récépissé de demande ;"
    ),
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation s'il y a lieu) ;",
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
        "successives ou attestation d'hébergement) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés et le règlement (UE) 2016/679 s'appliquent aux réponses faites sur ce formulaire. "
    "Elles garantissent un droit d'accès et de rectification pour les données vous concernant "
    "auprès de votre caisse."
)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous êtes sans activité et résidez en France de manière stable et "
            "régulière depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("intérim", "Intérim"), ("autre_contrat", "Autre")]


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    return lines + [cur] if cur else lines


class Form:
    def __init__(self, c, run):
        self.c = c
        self.s = RUNS[run]
        self.run = run
        self.geo = {}
        self.x0 = 15 * MM
        self.x1 = PAGE_W - 15 * MM

    # ---- primitives -------------------------------------------------------------------
    def para(self, text, size, y, font=None, lead=1.22, x=None, width=None, color=None):
        c, s = self.c, self.s
        font = font or s["font"]
        x = self.x0 if x is None else x
        width = (self.x1 - x) if width is None else width
        c.setFillColor(color or Color(0, 0, 0))
        for line in wrap(text, font, size, width):
            y -= size * lead
            c.setFont(font, size)
            c.drawString(x, y, line)
        c.setFillColor(Color(0, 0, 0))
        return y

    def section(self, letter, title, y):
        c, s = self.c, self.s
        h = 6.2 * MM
        y -= h
        if s["section"] == "bar":
            c.setFillColor(s["accent"])
            c.rect(self.x0, y, self.x1 - self.x0, h, stroke=0, fill=1)
            c.setFillColor(Color(1, 1, 1))
            c.setFont(s["bold"], 10.5)
            c.drawString(self.x0 + 2.5 * MM, y + 1.9 * MM, letter)
            c.drawString(self.x0 + 9 * MM, y + 1.9 * MM, title)
        elif s["section"] == "underline":
            c.setFont(s["bold"], 11.5)
            c.drawString(self.x0, y + 1.8 * MM, f"{letter} – {title.capitalize()}")
            c.setLineWidth(0.8)
            c.line(self.x0, y + 0.6 * MM, self.x1, y + 0.6 * MM)
        else:
            c.setFillColor(Color(0.86, 0.86, 0.86))
            c.rect(self.x0, y, self.x1 - self.x0, h, stroke=0, fill=1)
            c.setFillColor(Color(0.1, 0.1, 0.1))
            c.rect(self.x0, y, h, h, stroke=0, fill=1)
            c.setFillColor(Color(1, 1, 1))
            c.setFont(s["bold"], 10.5)
            c.drawCentredString(self.x0 + h / 2, y + 1.9 * MM, letter)
            c.setFillColor(Color(0, 0, 0))
            c.drawString(self.x0 + h + 2.5 * MM, y + 1.9 * MM, title)
        c.setFillColor(Color(0, 0, 0))
        return y - 2.5 * MM

    def row_height(self, comb=False):
        lab = self.s["label"]
        if comb:
            size = self.s["comb"] * MM
            return size + (4.2 * MM if lab in ("above", "inside") else 0) + 2.2 * MM
        return {"beside": 8.5 * MM, "above": 11.5 * MM, "inside": 11 * MM}[lab]

    def label_at(self, text, x, y, size=None, bold=False):
        s = self.s
        self.c.setFont(s["bold"] if bold else s["font"], size or s["lsize"])
        self.c.drawString(x, y, text)
        return pdfmetrics.stringWidth(text, s["bold"] if bold else s["font"], size or s["lsize"])

    def free(self, key, label, x, x1, ytop):
        """A free-text field in a row whose top is ytop; returns nothing, records geometry."""
        c, s = self.c, self.s
        lab = s["label"]
        c.setLineWidth(0.5)
        if lab == "beside":
            yb = ytop - 6.5 * MM
            w = self.label_at(label, x, yb + 1.6 * MM)
            fx = x + w + 1.5 * MM
            if s["free"] == "dotted":
                c.setDash(0.6, 1.6)
                c.line(fx, yb + 1.2 * MM, x1, yb + 1.2 * MM)
                c.setDash()
                self.geo[key] = ("free", fx + 1, yb + 1.8 * MM, x1 - 1, 4.6 * MM)
            else:
                c.rect(fx, yb, x1 - fx, 6.2 * MM)
                self.geo[key] = ("free", fx + 2, yb + 1.5 * MM, x1 - 2, 4.2 * MM)
        elif lab == "above":
            self.label_at(label, x, ytop - 2.6 * MM, size=s["lsize"] - 0.4)
            yb = ytop - 10 * MM
            c.rect(x, yb, x1 - x, 6.6 * MM)
            self.geo[key] = ("free", x + 2, yb + 1.6 * MM, x1 - 2, 4.5 * MM)
        else:
            yb = ytop - 10 * MM
            c.setStrokeColor(Color(0.3, 0.3, 0.3))
            c.rect(x, yb, x1 - x, 9.4 * MM)
            c.setStrokeColor(Color(0, 0, 0))
            c.setFillColor(Color(0.3, 0.3, 0.3))
            self.label_at(label, x + 1.2 * MM, yb + 9.4 * MM - 2.6 * MM)
            c.setFillColor(Color(0, 0, 0))
            self.geo[key] = ("free", x + 2, yb + 1.5 * MM, x1 - 2, 4.3 * MM)

    def comb(self, key, label, x, ytop, groups, gap=1.6, size=None):
        c, s = self.c, self.s
        size = (size or s["comb"]) * MM
        if s["label"] == "beside":
            yb = ytop - size - 1.2 * MM
            w = self.label_at(label, x, yb + 1.4 * MM)
            bx = x + w + 2 * MM
        else:
            self.label_at(label, x, ytop - 2.6 * MM, size=s["lsize"] - 0.2)
            yb = ytop - 4 * MM - size
            bx = x
        boxes = []
        c.setLineWidth(0.5)
        for gi, n in enumerate(groups):
            for _ in range(n):
                boxes.append((bx, yb, size, size))
                if s["comb_style"] == "boxes":
                    c.rect(bx, yb, size, size)
                bx += size
            if s["comb_style"] == "ticks":
                g0 = boxes[-n][0]
                c.line(g0, yb, bx, yb)
                for k in range(n + 1):
                    tx = g0 + k * size
                    c.line(tx, yb, tx, yb + size * (0.45 if 0 < k < n else 0.7))
            if gi < len(groups) - 1:
                bx += gap * MM
        self.geo[key] = ("comb", boxes)
        return bx

    def tickbox(self, key, x, y, label=None, size=None):
        c, s = self.c, self.s
        side = (size or s["tick"]) * MM
        c.setLineWidth(0.6)
        c.rect(x, y, side, side)
        self.geo[key] = ("box", x, y, side)
        w = 0
        if label:
            c.setFont(s["font"], s["lsize"] + 0.4)
            c.drawString(x + side + 1.6 * MM, y + 0.7 * MM, label)
            w = pdfmetrics.stringWidth(label, s["font"], s["lsize"] + 0.4)
        return x + side + 1.6 * MM + w

    # ---- pages --------------------------------------------------------------------------
    def header(self):
        c, s = self.c, self.s
        top = PAGE_H - 13 * MM
        logo_x, cerfa_x = (
            (self.x0, self.x1 - 34 * MM) if self.run != "B" else (self.x1 - 52 * MM, self.x0)
        )
        c.setFillColor(BLUE)
        if self.run == "C":
            c.setFont("OpenSans-B", 13)
            c.drawString(logo_x, top - 5 * MM, "l'Assurance")
            c.drawString(logo_x, top - 10 * MM, "Maladie")
        else:
            c.circle(logo_x + 3 * MM, top - 5.5 * MM, 2.6 * MM, stroke=0, fill=1)
            c.setFont("OpenSans-B", 12.5)
            c.drawString(logo_x + 7 * MM, top - 7 * MM, "l'Assurance Maladie")
            c.setFont("OpenSans-I", 6.5)
            c.drawString(logo_x + 7 * MM, top - 10.5 * MM, "Agir ensemble, protéger chacun")
        c.setFillColor(Color(0, 0, 0))
        c.setLineWidth(0.8)
        c.rect(cerfa_x, top - 13 * MM, 34 * MM, 13 * MM)
        c.setFont("LibSans-B", 13 if self.run != "C" else 11)
        c.drawString(cerfa_x + 2.5 * MM, top - 5.5 * MM, "cerfa")
        c.setFont(s["font"], 8.5)
        c.drawString(cerfa_x + 2.5 * MM, top - 10.5 * MM, "N° 15763*02")
        y = top - 20 * MM
        c.setFont(s["bold"], 15 if self.run != "C" else 14)
        c.drawCentredString(PAGE_W / 2, y, "Demande d'ouverture des droits à l'assurance maladie")
        y -= 6 * MM
        c.setFont(s["font"], 11)
        c.setFillColor(s["accent"])
        c.drawCentredString(PAGE_W / 2, y, "Protection universelle maladie (PUMa)")
        c.setFillColor(Color(0, 0, 0))
        y = self.para(LEGAL, 6.6, y - 1.5 * MM, font=s["ital"])
        y = self.para(NOTICE, 7.2, y - 1 * MM)
        return y - 3 * MM

    def footer(self, page):
        c, s = self.c, self.s
        c.setFont(s["font"], 7)
        txt = f"S1106 — cerfa n° 15763*02 — page {page}/2"
        if self.run == "B":
            c.drawCentredString(PAGE_W / 2, 10 * MM, txt)
        else:
            c.drawRightString(self.x1, 10 * MM, txt)

    def page1(self):
        c, s = self.c, self.s
        y = self.header()
        y = self.section("A", "VOUS", y)
        x0, x1 = self.x0, self.x1
        if s["name_comb"]:
            for key, lab in (
                ("surname", "Nom de naissance"),
                ("usage_name", "Nom d'usage (facultatif)"),
                ("given_names", "Prénom(s)"),
            ):
                self.comb(key, lab, x0, y, [28 if key != "usage_name" else 26], size=4.6)
                y -= self.row_height(comb=True)
        else:
            self.free("surname", "Nom de naissance", x0, x1, y)
            y -= self.row_height()
            mid = x0 + (x1 - x0) * 0.45
            self.free("usage_name", "Nom d'usage (facultatif)", x0, mid - 3 * MM, y)
            self.free("given_names", "Prénom(s)", mid, x1, y)
            y -= self.row_height()
        # sex and date of birth on one row
        if s["label"] == "beside":
            yb = y - 5.6 * MM
            xx = x0 + self.label_at("Sexe", x0, yb + 1.0 * MM) + 3 * MM
            xx = self.tickbox("sex_F", xx, yb, "F") + 4 * MM
            self.tickbox("sex_M", xx, yb, "M")
            self.comb("date_of_birth", "Date de naissance (JJ MM AAAA)", x0 + 48 * MM, y, [2, 2, 4])
        else:
            self.label_at("Sexe", x0, y - 2.6 * MM, size=s["lsize"] - 0.2)
            yb = y - 4 * MM - s["comb"] * MM
            xx = self.tickbox("sex_F", x0, yb, "F") + 4 * MM
            self.tickbox("sex_M", xx, yb, "M")
            self.comb("date_of_birth", "Date de naissance (JJ MM AAAA)", x0 + 40 * MM, y, [2, 2, 4])
        y -= self.row_height(comb=True) + 1 * MM
        mid = x0 + (x1 - x0) * 0.55
        self.free("birth_city", "Lieu de naissance : commune", x0, mid - 3 * MM, y)
        self.free("birth_country", "Pays", mid, x1, y)
        y -= self.row_height()
        self.free("nationality", "Nationalité", x0, mid - 3 * MM, y)
        y -= self.row_height()
        nx = self.comb(
            "nir", "N° de sécurité sociale (si vous en avez un)", x0, y, [1, 2, 2, 2, 3, 3]
        )
        if s["label"] == "beside":
            self.comb("nir_key", "clé", nx + 3 * MM, y, [2])
        else:
            self.comb("nir_key", "clé", nx + 4 * MM, y, [2])
        y -= self.row_height(comb=True) + 1 * MM
        self.free("address", "Adresse (n°, rue, bâtiment, étage)", x0, x1, y)
        y -= self.row_height()
        if s["name_comb"]:
            cx = self.comb("postcode", "Code postal", x0, y, [5])
            self.free("city", "Commune", cx + 4 * MM, x1, y - 0.4 * MM)
            y -= self.row_height(comb=True) + 1 * MM
        else:
            self.free("postcode", "Code postal", x0, x0 + 32 * MM, y)
            self.free("city", "Commune", x0 + 35 * MM, x1, y)
            y -= self.row_height()
        self.free("phone", "Téléphone", x0, x0 + 70 * MM, y)
        self.free("email", "Adresse e-mail", x0 + 73 * MM, x1, y)
        y -= self.row_height() + 3 * MM
        y = self.section("B", "VOTRE SITUATION", y)
        c.setFont(s["ital"], s["lsize"] + 0.4)
        c.drawString(x0, y - 3 * MM, "Cochez la case correspondant à votre situation actuelle :")
        y -= 5.5 * MM
        side = s["tick"] * MM
        for key, text in SITUATIONS:
            lines = wrap(text, s["font"], s["lsize"] + 0.8, x1 - x0 - side - 4 * MM)
            yb = y - side - 1 * MM
            self.tickbox("sit_" + key, x0, yb)
            c.setFont(s["font"], s["lsize"] + 0.8)
            for i, ln in enumerate(lines):
                c.drawString(x0 + side + 2.5 * MM, yb + 0.8 * MM - i * 3.6 * MM, ln)
            y = yb - (len(lines) - 1) * 3.6 * MM - 2 * MM
            if key == "salarie":
                self.free("job_title", "Emploi occupé", x0 + 8 * MM, x1, y)
                y -= self.row_height()
                yb = y - side - 1 * MM
                xx = (
                    x0
                    + 8 * MM
                    + self.label_at("Type de contrat :", x0 + 8 * MM, yb + 0.8 * MM)
                    + 3 * MM
                )
                for ck, cl in CONTRACTS:
                    xx = self.tickbox("ct_" + ck, xx, yb, cl) + 6 * MM
                y = yb - 2.5 * MM
            if key == "autre":
                self.free("other_text", "Précisez", x0 + 8 * MM, x1, y)
                y -= self.row_height()
        self.footer(1)

    def page2(self):
        c, s = self.c, self.s
        x0, x1 = self.x0, self.x1
        y = PAGE_H - 16 * MM
        y = self.section("C", "VOS ENGAGEMENTS ET SIGNATURE", y)
        y = self.para(CERTIF, 8.4, y - 1 * MM) - 6 * MM
        # "Fait à ... le ..." on one line
        yb = y - 5 * MM
        c.setLineWidth(0.5)
        w = self.label_at("Fait à", x0, yb + 1.4 * MM, size=9.5)
        px0, px1 = x0 + w + 2 * MM, x0 + 95 * MM
        lx = px1 + 3 * MM
        w2 = self.label_at("le", lx, yb + 1.4 * MM, size=9.5)
        dx0, dx1 = lx + w2 + 2 * MM, lx + w2 + 2 * MM + 55 * MM
        if s["free"] == "dotted":
            c.setDash(0.6, 1.6)
            c.line(px0, yb + 1 * MM, px1, yb + 1 * MM)
            c.line(dx0, yb + 1 * MM, dx1, yb + 1 * MM)
            c.setDash()
        else:
            c.rect(px0, yb - 0.4 * MM, px1 - px0, 7 * MM)
            c.rect(dx0, yb - 0.4 * MM, dx1 - dx0, 7 * MM)
        self.geo["place"] = ("free", px0 + 2, yb + 1.6 * MM, px1 - 2, 4.8 * MM)
        self.geo["date"] = ("free", dx0 + 2, yb + 1.6 * MM, dx1 - 2, 4.8 * MM)
        y = yb - 7 * MM
        sw, sh = 85 * MM, 32 * MM
        sx = x1 - sw if self.run != "B" else x0 + 40 * MM
        if s["sig_label"] == "above":
            self.label_at("Signature", sx, y - 3 * MM, size=9.5, bold=True)
            y -= 5 * MM
        sy = y - sh
        c.setLineWidth(0.8)
        c.rect(sx, sy, sw, sh)
        if s["sig_label"] == "inside_grey":
            c.setFillColor(Color(0.68, 0.68, 0.68))
            c.setFont(s["font"], 11)
            c.drawString(sx + 2.5 * MM, sy + sh - 5.5 * MM, "Signature")
            c.setFillColor(Color(0, 0, 0))
        elif s["sig_label"] == "inside":
            self.label_at("Signature :", sx + 2 * MM, sy + sh - 4 * MM, size=8.5, bold=True)
        self.geo["sig"] = ("rect", sx, sy, sw, sh)
        y = sy - 8 * MM
        c.setFont(s["bold"], 10)
        c.setFillColor(s["accent"])
        c.drawString(x0, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        c.setFillColor(Color(0, 0, 0))
        y -= 2 * MM
        for p in PIECES:
            c.setFont(s["font"], 8.4)
            c.drawString(x0 + 1 * MM, y - 8.4 * 1.25, "•" if self.run != "B" else "–")
            y = self.para(p, 8.4, y, x=x0 + 5 * MM) - 1 * MM
        y = (
            self.para(
                "Toute demande incomplète ne pourra pas être traitée. N'envoyez pas d'originaux : "
                "des photocopies lisibles suffisent.",
                7.6,
                y - 2 * MM,
                font=s["ital"],
            )
            - 4 * MM
        )
        # reserved frame
        fh = 26 * MM
        c.setFillColor(Color(0.93, 0.93, 0.93))
        c.rect(x0, y - fh, x1 - x0, fh, stroke=1, fill=1)
        c.setFillColor(Color(0, 0, 0))
        c.setFont(s["bold"], 8.5)
        c.drawString(x0 + 2 * MM, y - 4.5 * MM, "Cadre réservé à l'organisme")
        c.setFont(s["font"], 8)
        c.drawString(x0 + 2 * MM, y - 11 * MM, "Date de réception")
        bx = x0 + 30 * MM
        for i in range(8):
            c.rect(
                bx + i * 4 * MM + (2 * MM if i >= 2 else 0) + (2 * MM if i >= 4 else 0),
                y - 12 * MM,
                4 * MM,
                4 * MM,
                stroke=1,
                fill=0,
            )
        c.drawString(x0 + 2 * MM, y - 19 * MM, "Pièces vérifiées")
        c.rect(x0 + 30 * MM, y - 20 * MM, 3.2 * MM, 3.2 * MM)
        c.drawString(x0 + 35 * MM, y - 19.3 * MM, "oui")
        c.rect(x0 + 45 * MM, y - 20 * MM, 3.2 * MM, 3.2 * MM)
        c.drawString(x0 + 50 * MM, y - 19.3 * MM, "non")
        c.drawString(x0 + 100 * MM, y - 11 * MM, "Matricule agent")
        c.rect(x0 + 125 * MM, y - 12.5 * MM, 45 * MM, 5 * MM)
        c.drawString(x0 + 100 * MM, y - 19 * MM, "Cachet de la caisse")
        y -= fh + 4 * MM
        self.para(CNIL, 6.4, y, font=s["font"], color=Color(0.25, 0.25, 0.25))
        self.footer(2)
