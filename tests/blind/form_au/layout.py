"""Three home-made "print runs" of the cerfa 15763*02 (S1106), drawn with reportlab.

Each run differs in fonts, section headers (filled bars, grey bars or underlines), comb box
size, label placement (beside, above, inside the field) and the place of the printed word
"Signature". Drawing records where every value goes (points, origin bottom-left) so that the
values can then be typed, put in AcroForm fields or written by hand on the raster.
"""

from reportlab.lib.colors import Color, black, white
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.2756, 841.8898
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "Lib": TT + "liberation/LiberationSans-Regular.ttf",
    "Lib-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Lib-I": TT + "liberation/LiberationSans-Italic.ttf",
    "DVC": TT + "dejavu/DejaVuSansCondensed.ttf",
    "DVC-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVC-I": TT + "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "Carl": TT + "crosextra/Carlito-Regular.ttf",
    "Carl-B": TT + "crosextra/Carlito-Bold.ttf",
    "Carl-I": TT + "crosextra/Carlito-Italic.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    for name, path in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


NAVY = Color(0.05, 0.20, 0.47)
AM_BLUE = Color(0.0, 0.33, 0.62)
GREY = Color(0.85, 0.86, 0.88)
MID = Color(0.55, 0.55, 0.58)

RUNS = {
    # bars in navy with white titles, labels beside boxed values, large combs,
    # "Signature" printed above the box
    "A": {
        "f": "Lib",
        "fb": "Lib-B",
        "fi": "Lib-I",
        "bar": "navy",
        "label": "beside",
        "comb": 5.0 * mm,
        "sig": "above",
        "lines": "box",
        "size": 8.6,
    },
    # underlined headings, labels above dotted lines, small combs, word inside the box
    "B": {
        "f": "DVC",
        "fb": "DVC-B",
        "fi": "DVC-I",
        "bar": "underline",
        "label": "above",
        "comb": 4.2 * mm,
        "sig": "inside",
        "lines": "dots",
        "size": 8.0,
    },
    # light grey bars, labels printed inside the cells, medium combs, grey word in the box
    "C": {
        "f": "Carl",
        "fb": "Carl-B",
        "fi": "Carl-I",
        "bar": "grey",
        "label": "inside",
        "comb": 4.6 * mm,
        "sig": "grey",
        "lines": "cell",
        "size": 9.2,
    },
}

NOTICE = (
    "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou vous "
    "y exercez une activité professionnelle : vous pouvez bénéficier de la prise en charge de "
    "vos frais de santé au titre de la protection universelle maladie. Remplissez ce formulaire "
    "en lettres capitales, datez-le, signez-le et joignez les pièces justificatives listées en "
    "page 2. Adressez le tout à la caisse d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-1, R. 111-3, R. 160-1 et D. 160-2 du code "
    "de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement de situation "
    "(adresse, activité, résidence)."
)
PENAL = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, "
    "article L. 114-13 du code de la sécurité sociale)."
)
RGPD = (
    "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Elles sont "
    "traitées par votre caisse d'assurance maladie conformément au règlement (UE) 2016/679. "
    "Vous pouvez exercer vos droits d'accès et de rectification auprès du délégué à la "
    "protection des données de votre caisse."
)
PIECES = [
    "une pièce d'identité en cours de validité (passeport ou carte nationale d'identité) ;",
    (
        "si vous n'êtes pas ressortissant de l'UE, de l'EEE ou de la Suisse : votre titre de séjour, "
        "votre visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé ;"
    ),
    "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, quittance, "
        "factures, attestation d'hébergement...) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        (
            "Vous n'exercez pas d'activité et résidez en France de manière stable et régulière "
            "depuis plus de trois mois"
        ),
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "Intérim"), ("ct_autre", "Autre")]


class Drawer:
    """Draws one print run on a reportlab canvas and records value positions."""

    def __init__(self, c, run):
        register_fonts()
        self.c = c
        self.r = RUNS[run]
        self.run = run
        self.pos = {}
        self.page = 1
        self.left = 16 * mm if run != "B" else 18 * mm
        self.right = PAGE_W - self.left
        self.y = 0.0

    # -- primitives ------------------------------------------------------------------
    def font(self, kind="f", size=None):
        self.c.setFont(self.r[kind], size or self.r["size"])

    def para(self, text, size, kind="f", width=None, lead=1.25, x=None, color=black):
        """Wrapped paragraph from self.y downward."""
        x = self.left if x is None else x
        width = width or (self.right - x)
        fn = self.r[kind]
        self.c.setFillColor(color)
        self.c.setFont(fn, size)
        line = ""
        for word in text.split():
            trial = (line + " " + word).strip()
            if pdfmetrics.stringWidth(trial, fn, size) > width and line:
                self.y -= size * lead
                self.c.drawString(x, self.y, line)
                line = word
            else:
                line = trial
        if line:
            self.y -= size * lead
            self.c.drawString(x, self.y, line)
        self.c.setFillColor(black)

    def put(self, key, x, y, w, h):
        self.pos[key] = (self.page, x, y, w, h)

    def section(self, letter, title):
        c, r = self.c, self.r
        self.y -= 9 * mm if r["bar"] != "underline" else 10 * mm
        h = 6.2 * mm
        if r["bar"] == "navy":
            c.setFillColor(NAVY)
            c.rect(self.left, self.y, self.right - self.left, h, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(r["fb"], 10.5)
            c.drawString(self.left + 3 * mm, self.y + 1.8 * mm, f"{letter}   {title}".strip())
        elif r["bar"] == "grey":
            c.setFillColor(GREY)
            c.rect(self.left, self.y, self.right - self.left, h, stroke=0, fill=1)
            c.setFillColor(AM_BLUE)
            c.rect(self.left, self.y, 7 * mm, h, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(r["fb"], 12)
            c.drawCentredString(self.left + 3.5 * mm, self.y + 1.7 * mm, letter)
            c.setFillColor(black)
            c.drawString(self.left + 10 * mm, self.y + 1.7 * mm, title)
        else:
            c.setFillColor(black)
            c.setFont(r["fb"], 11)
            text = f"{letter} - {title}" if letter else title
            c.drawString(self.left, self.y + 1.5 * mm, text)
            c.setLineWidth(1.1)
            c.line(self.left, self.y + 0.6 * mm, self.right, self.y + 0.6 * mm)
        c.setFillColor(black)
        self.y -= 2 * mm

    def row(self, fields, gap=4 * mm):
        """fields: list of (key, label, fraction of width). Label placement per run."""
        c, r = self.c, self.r
        style = r["label"]
        total = self.right - self.left
        x = self.left
        step = {"beside": 8.5 * mm, "above": 10.5 * mm, "inside": 10.0 * mm}[style]
        self.y -= step
        y = self.y
        for i, (key, label, frac) in enumerate(fields):
            w = total * frac - (gap if i < len(fields) - 1 else 0)
            if style == "beside":
                self.font("f")
                lw = pdfmetrics.stringWidth(label, r["f"], r["size"]) + 2 * mm
                c.drawString(x, y + 1.7 * mm, label)
                bx, bw, bh = x + lw, w - lw, 6 * mm
                c.setLineWidth(0.6)
                c.setStrokeColor(MID)
                c.rect(bx, y, bw, bh, stroke=1, fill=0)
                c.setStrokeColor(black)
                self.put(key, bx + 1, y, bw - 2, bh)
            elif style == "above":
                self.font("f", r["size"] - 0.5)
                c.drawString(x, y + 5.8 * mm, label)
                c.setDash(0.8, 1.8)
                c.setLineWidth(0.7)
                c.line(x, y, x + w, y)
                c.setDash()
                self.put(key, x, y + 0.3, w, 4.2 * mm)
            else:
                bh = 8.6 * mm
                c.setLineWidth(0.5)
                c.setStrokeColor(MID)
                c.rect(x, y, w, bh, stroke=1, fill=0)
                c.setStrokeColor(black)
                c.setFillColor(MID)
                self.font("f", 6.8)
                c.drawString(x + 1.2 * mm, y + bh - 2.6 * mm, label)
                c.setFillColor(black)
                self.put(key, x + 1, y + 0.6, w - 2, bh - 3.2 * mm)
            x += w + gap

    def comb(self, key, label, groups, x=None, sep="", label_w=None):
        """Comb boxes on the current line; records a list of box rects under key."""
        c, r = self.c, self.r
        s = r["comb"]
        x0 = self.left if x is None else x
        self.font("f")
        c.drawString(x0, self.y + 1.4 * mm, label)
        x = x0 + (label_w or pdfmetrics.stringWidth(label, r["f"], r["size"]) + 2.5 * mm)
        boxes = []
        c.setLineWidth(0.6)
        for gi, n in enumerate(groups):
            for _ in range(n):
                c.rect(x, self.y, s, s * 1.12, stroke=1, fill=0)
                boxes.append((self.page, x, self.y, s, s * 1.12))
                x += s
            if gi < len(groups) - 1:
                if sep:
                    self.font("f")
                    c.drawCentredString(x + 1.6 * mm, self.y + 1.4 * mm, sep)
                x += 3.2 * mm
        self.pos[key] = boxes
        return x

    def tick(self, key, label, x, y, size=3.6 * mm, kind="f", width=None):
        c = self.c
        c.setLineWidth(0.7)
        c.rect(x, y, size, size, stroke=1, fill=0)
        self.put(key, x, y, size, size)
        if label:
            self.font(kind)
            if width:
                save = self.y
                self.y = y + size - 0.4 * mm + self.r["size"] * 1.2
                self.para(label, self.r["size"], kind, width=width, x=x + size + 2 * mm)
                used = save - self.y
                self.y = save
                return used
            c.drawString(x + size + 1.8 * mm, y + 0.6 * mm, label)
        return 0

    # -- pages -------------------------------------------------------------------------
    def header(self, page_no):
        c, r = self.c, self.r
        top = PAGE_H - 14 * mm
        # organisation mark: a blue rounded square with a white cross-like motif
        c.setFillColor(AM_BLUE)
        c.roundRect(self.left, top - 9 * mm, 10 * mm, 10 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(white)
        c.circle(self.left + 5 * mm, top - 4 * mm, 2.6 * mm, stroke=0, fill=1)
        c.setFillColor(AM_BLUE)
        c.circle(self.left + 5 * mm, top - 4 * mm, 1.2 * mm, stroke=0, fill=1)
        c.setFont(r["f"], 10)
        c.drawString(self.left + 12 * mm, top - 2.5 * mm, "l'Assurance")
        c.setFont(r["fb"], 13)
        c.drawString(self.left + 12 * mm, top - 7.6 * mm, "Maladie")
        c.setFillColor(black)
        # cerfa box
        bx = self.right - 34 * mm
        c.setLineWidth(0.9)
        c.rect(bx, top - 10 * mm, 34 * mm, 12 * mm, stroke=1, fill=0)
        c.setFont(r["fb"], 14 if self.run != "B" else 12)
        c.drawString(bx + 2 * mm, top - 3.6 * mm, "cerfa")
        c.setFont(r["f"], 9)
        c.drawString(bx + 2 * mm, top - 8.2 * mm, "N° 15763*02")
        c.setFont(r["f"], 6.5)
        c.drawRightString(bx - 2 * mm, top - 9.5 * mm, "S1106")
        if page_no == 1:
            self.y = top - 18 * mm
            c.setFont(r["fb"], 14.5 if self.run != "C" else 16)
            c.drawCentredString(PAGE_W / 2, self.y, "Demande d'ouverture des droits")
            self.y -= 6.2 * mm
            c.drawCentredString(PAGE_W / 2, self.y, "à l'assurance maladie")
            self.y -= 5.6 * mm
            c.setFont(r["fi"], 11)
            c.setFillColor(AM_BLUE if self.run != "B" else black)
            c.drawCentredString(PAGE_W / 2, self.y, "Protection universelle maladie (PUMa)")
            c.setFillColor(black)
            self.y -= 2 * mm
            self.para(LEGAL, 6.8, "fi")
            self.y -= 1.5 * mm
            self.para(NOTICE, 7.0)
        else:
            self.y = top - 14 * mm

    def footer(self, page_no):
        c = self.c
        c.setFont(self.r["f"], 6.8)
        text = f"S1106 — cerfa n° 15763*02 — page {page_no}/2"
        if self.run == "A":
            c.drawString(self.left, 10 * mm, text)
        elif self.run == "B":
            c.drawCentredString(PAGE_W / 2, 10 * mm, text)
        else:
            c.drawRightString(self.right, 10 * mm, text)

    def page1(self):
        c, r = self.c, self.r
        self.header(1)
        self.section("A", "VOUS")
        self.row([("nom_naissance", "Nom de naissance", 1.0)])
        self.row([("nom_usage", "Nom d'usage (facultatif)", 1.0)])
        self.row([("prenoms", "Prénom(s)", 1.0)])
        self.y -= 9 * mm
        self.font("f")
        c.drawString(self.left, self.y + 0.8 * mm, "Sexe :")
        self.tick("sexe_F", "F", self.left + 13 * mm, self.y)
        self.tick("sexe_M", "M", self.left + 24 * mm, self.y)
        self.comb(
            "dob",
            "Date de naissance",
            [2, 2, 4],
            x=self.left + 42 * mm,
            sep="/" if self.run != "A" else "",
        )
        if self.run == "A":
            c.setFont(r["f"], 6)
            c.drawString(self.left + 70 * mm, self.y - 2.6 * mm, "JJ       MM          AAAA")
        self.row(
            [("lieu_commune", "Lieu de naissance : commune", 0.55), ("lieu_pays", "Pays", 0.45)]
        )
        self.row([("nationalite", "Nationalité", 1.0)])
        self.y -= 10 * mm
        self.comb("nir", "N° de sécurité sociale (si vous en avez un)", [1, 2, 2, 2, 3, 3])
        self.comb("nir_key", "", [2], x=self.right - 2 * r["comb"] - 2.5 * mm, label_w=0.1)
        self.y -= 9 * mm
        self.comb("caf", "N° d'allocataire CAF (facultatif)", [7])
        self.row([("adresse", "Adresse", 1.0)])
        self.y -= 10 * mm
        self.comb("code_postal", "Code postal", [5])
        self.row([("commune", "Commune", 1.0)])
        self.row([("telephone", "Téléphone", 0.4), ("email", "Adresse électronique", 0.6)])
        self.section("B", "VOTRE SITUATION")
        self.y -= 5 * mm
        self.font("fi")
        c.drawString(self.left, self.y, "Cochez la case correspondant à votre situation :")
        x = self.left + 2 * mm
        width = self.right - x - 8 * mm
        for key, label in SITUATIONS:
            self.y -= 7 * mm
            used = self.tick("sit_" + key, label, x, self.y, width=width)
            if used > r["size"] * 1.4:
                self.y -= used - r["size"] * 1.3
            if key == "salarie":
                self.y -= 6.5 * mm
                self.font("f")
                c.drawString(x + 8 * mm, self.y + 0.6 * mm, "Type de contrat :")
                cx = x + 36 * mm
                for ck, cl in CONTRACTS:
                    self.tick("ct_" + ck, cl, cx, self.y)
                    cx += 22 * mm
                save_left = self.left
                self.left = x + 8 * mm
                self.row([("profession", "Profession", 0.45), ("employeur", "Employeur", 0.55)])
                self.left = save_left
            if key == "autre":
                self.put(
                    "autre_texte", x + 52 * mm, self.y - 0.5 * mm, self.right - x - 52 * mm, 5 * mm
                )
                c.setDash(0.8, 1.8)
                c.line(x + 52 * mm, self.y - 0.5 * mm, self.right, self.y - 0.5 * mm)
                c.setDash()
        self.footer(1)

    def page2(self):
        c, r = self.c, self.r
        self.page = 2
        self.header(2)
        self.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
        self.y -= 2 * mm
        self.para(CERTIF, r["size"] + 0.6)
        self.y -= 1.5 * mm
        self.para(PENAL, r["size"] - 0.8, "fi")
        self.y -= 12 * mm
        self.font("f", r["size"] + 1)
        c.drawString(self.left, self.y, "Fait à")
        x1 = self.left + 11 * mm
        x2 = self.left + 88 * mm
        c.drawString(x2, self.y, "le")
        c.setDash(0.8, 1.8)
        c.setLineWidth(0.7)
        c.line(x1, self.y - 0.8 * mm, x2 - 3 * mm, self.y - 0.8 * mm)
        c.line(x2 + 5 * mm, self.y - 0.8 * mm, x2 + 58 * mm, self.y - 0.8 * mm)
        c.setDash()
        self.put("fait_a", x1, self.y - 0.5 * mm, x2 - x1 - 4 * mm, 6 * mm)
        self.put("le", x2 + 5 * mm, self.y - 0.5 * mm, 53 * mm, 6 * mm)
        # signature box
        bw, bh = 82 * mm, 30 * mm
        bx = self.right - bw if r["sig"] != "inside" else self.left + 60 * mm
        self.y -= 8 * mm
        if r["sig"] == "above":
            self.font("fb")
            c.drawString(bx, self.y - 1 * mm, "Signature")
            self.y -= 3 * mm
        by = self.y - bh
        c.setLineWidth(0.9)
        c.rect(bx, by, bw, bh, stroke=1, fill=0)
        if r["sig"] == "inside":
            self.font("fb")
            c.drawString(bx + 2 * mm, by + bh - 4.5 * mm, "Signature")
        elif r["sig"] == "grey":
            c.setFillColor(Color(0.72, 0.72, 0.74))
            c.setFont(r["f"], 15)
            c.drawCentredString(bx + bw / 2, by + bh / 2 - 2 * mm, "Signature")
            c.setFillColor(black)
        self.put("signature", bx, by, bw, bh)
        self.y = by
        self.section("", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        self.y -= 1 * mm
        for item in PIECES:
            self.y -= 1.2 * mm
            save = self.y
            self.para(item, r["size"], x=self.left + 5 * mm)
            c.circle(self.left + 2 * mm, save - r["size"] * 0.95, 0.7 * mm, stroke=0, fill=1)
        self.y -= 4 * mm
        self.para(RGPD, 6.5, "fi")
        # cadre réservé
        self.y -= 8 * mm
        h = 24 * mm
        c.setLineWidth(0.8)
        c.setFillColor(Color(0.95, 0.95, 0.95))
        c.rect(self.left, self.y - h, self.right - self.left, h, stroke=1, fill=1)
        c.setFillColor(black)
        self.font("fb")
        c.drawString(self.left + 3 * mm, self.y - 5 * mm, "Cadre réservé à l'organisme")
        self.font("f")
        yy = self.y - 12 * mm
        c.drawString(self.left + 3 * mm, yy, "Date de réception : ____ / ____ / ________")
        c.drawString(self.left + 95 * mm, yy, "Pièces vérifiées :")
        self.tick("_verif_oui", "oui", self.left + 122 * mm, yy - 0.6 * mm)
        self.tick("_verif_non", "non", self.left + 137 * mm, yy - 0.6 * mm)
        c.drawString(self.left + 3 * mm, yy - 7 * mm, "Matricule agent : ________________")
        c.drawString(self.left + 95 * mm, yy - 7 * mm, "Cachet :")
        self.footer(2)


def draw_form(c, run, overlay=None):
    """Draw both pages; overlay(c, page_no, pos) runs before each showPage."""
    d = Drawer(c, run)
    d.page1()
    if overlay:
        overlay(c, 1, d.pos)
    c.showPage()
    d.page2()
    if overlay:
        overlay(c, 2, d.pos)
    c.showPage()
    return d.pos
