"""Blank S1106 / cerfa 15763*02 drawn with reportlab, in three home-made "print runs".

Every fillable spot is recorded in a geometry dict (points, origin top-left of the page) so
that the fillers (typed, AcroForm, handwriting on the rendered image) know where to write.
"""

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = A4
FONT_DIR = "/usr/share/fonts/truetype"
_FONTS = {
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "Lib-B": "liberation/LiberationSans-Bold.ttf",
    "OS": "open-sans/OpenSans-Regular.ttf",
    "OS-B": "open-sans/OpenSans-Bold.ttf",
    "Car": "crosextra/Carlito-Regular.ttf",
    "Car-B": "crosextra/Carlito-Bold.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
}
for _name, _path in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, f"{FONT_DIR}/{_path}"))

# Three print runs of my own: fonts, section style, label placement, comb size, field style.
RUNS = {
    "r1": dict(
        font="Lib",
        bold="Lib-B",
        bars="filled",
        labels="beside",
        comb=12.6,
        cells=26,
        fields="box",
        sig_label="above",
        accent=(0.0, 0.31, 0.62),
        row=25,
    ),
    "r2": dict(
        font="OS",
        bold="OS-B",
        bars="underline",
        labels="above",
        comb=11.0,
        cells=30,
        fields="dotted",
        sig_label="inside",
        accent=(0.05, 0.25, 0.5),
        row=33,
    ),
    "r3": dict(
        font="Car",
        bold="Car-B",
        bars="outline",
        labels="inside",
        comb=13.4,
        cells=24,
        fields="box",
        sig_label="grey",
        accent=(0.0, 0.42, 0.65),
        row=31,
    ),
}

NOTICE = (
    "Vous travaillez ou vous résidez en France de manière stable et régulière et vous "
    "n'êtes pas encore affilié(e) à un régime d'assurance maladie : remplissez ce formulaire "
    "en lettres capitales, signez-le et joignez les pièces justificatives listées en page 2. "
    "Adressez le tout à la caisse d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-15-1, R. 111-2 et D. 160-2 du code de la sécurité sociale."
)
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
    "aux libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un "
    "droit d'accès et de rectification pour les données vous concernant auprès de votre caisse."
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement de ma situation",
    "(adresse, activité professionnelle, état civil, résidence).",
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes",
    "ou de fausses déclarations (art. 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal ;",
    "art. L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    "une pièce d'identité en cours de validité (passeport ou carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : votre titre de séjour, votre "
    "VLS-TS ou votre récépissé ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement supérieur"),
    (
        "sans_activite",
        "Vous n'exercez aucune activité et résidez en France de manière stable "
        "et régulière depuis plus de 3 mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "intérim"), ("autre", "autre")]


class Blank:
    """Draws one page at a time and records geometry[key] = dict(page, kind, x, y, w, h, n)."""

    def __init__(self, c, run):
        self.c = c
        self.r = RUNS[run]
        self.geo = {}
        self.page = 1

    # -- primitives (top-left coordinates) --
    def text(self, x, y, s, size=8.5, bold=False, color=(0, 0, 0), font=None):
        self.c.setFillColorRGB(*color)
        self.c.setFont(font or (self.r["bold"] if bold else self.r["font"]), size)
        self.c.drawString(x, PAGE_H - y, s)

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, PAGE_H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def hline(self, x, y, w, dotted=False, lw=0.5):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(0.25, 0.25, 0.25)
        c.setDash(1, 2) if dotted else c.setDash()
        c.line(x, PAGE_H - y, x + w, PAGE_H - y)
        c.setDash()

    def record(self, key, kind, x, y, w, h, n=0):
        self.geo[key] = dict(page=self.page, kind=kind, x=x, y=y, w=w, h=h, n=n)

    # -- compound widgets --
    def section(self, y, letter, title):
        r = self.r
        acc = r["accent"]
        if r["bars"] == "filled":
            self.rect(36, y, PAGE_W - 72, 15, fill=acc, stroke=None)
            self.text(42, y + 11, f"{letter}  {title}".strip(), 10, True, (1, 1, 1))
        elif r["bars"] == "underline":
            self.text(38, y + 11, f"{letter}. {title}" if letter else title, 11, True, acc)
            self.c.setStrokeColorRGB(*acc)
            self.c.setLineWidth(1.4)
            self.c.line(36, PAGE_H - y - 15, PAGE_W - 36, PAGE_H - y - 15)
        else:
            self.rect(36, y, PAGE_W - 72, 16, stroke=acc, lw=1.1)
            dx = 0
            if letter:
                self.rect(36, y, 18, 16, fill=acc, stroke=None)
                self.text(41, y + 12, letter, 10.5, True, (1, 1, 1))
                dx = 18
            self.text(42 + dx, y + 12, title, 10, True, acc)

    def comb(self, key, x, y, n, cw=None, ch=None):
        cw = cw or self.r["comb"]
        ch = ch or cw * 1.25
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, lw=0.5, stroke=(0.3, 0.3, 0.3))
        self.record(key, "comb", x, y, cw, ch, n)
        return x + n * cw

    def field(self, key, x, y, w, h=15):
        style = self.r["fields"]
        if style == "box":
            self.rect(x, y, w, h, lw=0.5, stroke=(0.35, 0.35, 0.35))
        else:
            self.hline(x, y + h - 2, w, dotted=True)
        self.record(key, "text", x, y, w, h)

    def check(self, key, x, y, label=None, size=9):
        self.rect(x, y, size, size, lw=0.7)
        self.record(key, "check", x, y, size, size)
        if label:
            self.text(x + size + 4, y + size - 1.2, label, 8.5)

    def labelled(self, label, y, key, kind, x0=40, **kw):
        """Place label beside/above/inside per run, then the widget. Returns next y."""
        mode = self.r["labels"]
        if mode == "beside":
            self.text(x0, y + 10, label, 8.5)
            fx, fy = x0 + 140, y
        elif mode == "above" or kind == "comb":
            self.text(x0, y + 7, label, 7.5 if mode == "inside" else 8, mode == "inside")
            fx, fy = x0, y + 10
        else:  # inside a box
            w = kw.get("w", 300)
            self.rect(x0, y, w, 24, lw=0.5, stroke=(0.35, 0.35, 0.35))
            self.text(x0 + 3, y + 7, label, 6.2, color=(0.3, 0.3, 0.3))
            self.record(key, "text", x0 + 2, y + 9, w - 4, 15)
            return y + self.r["row"]
        if kind == "comb":
            self.comb(key, fx, fy, kw["n"])
        else:
            w = kw.get("w", 300)
            if mode == "beside":
                w = min(w, PAGE_W - 40 - fx)
            self.field(key, fx, fy, w)
        return y + self.r["row"]

    # -- pages --
    def header(self):
        r = self.r
        acc = r["accent"]
        self.text(40, 44, "l'Assurance", 15, True, acc)
        self.text(40, 62, "Maladie", 15, True, acc)
        self.text(40, 73, "Agir ensemble, protéger chacun", 6.5, color=(0.35, 0.35, 0.35))
        self.rect(470, 28, 88, 38, lw=0.9)
        self.text(478, 44, "cerfa", 13, True)
        self.text(478, 59, "N° 15763*02", 9.5, True)
        title = "Demande d'ouverture des droits à l'assurance maladie"
        self.text(40, 100, title, 14.5, True)
        self.text(40, 116, "Protection universelle maladie (PUMa)", 11, color=acc)
        y = 130
        for line in _wrap(NOTICE, 125):
            self.text(40, y, line, 6.6, color=(0.2, 0.2, 0.2))
            y += 8
        self.text(40, y, LEGAL, 6.6, color=(0.2, 0.2, 0.2), font=r["bold"])
        return y + 12

    def page1(self):
        r = self.r
        y = self.header()
        self.section(y, "A", "VOUS")
        y += 24
        n = r["cells"]
        y = self.labelled("Nom de naissance", y, "nom_naissance", "comb", n=n)
        y = self.labelled("Nom d'usage (facultatif)", y, "nom_usage", "comb", n=n)
        y = self.labelled("Prénom(s)", y, "prenoms", "comb", n=n)
        # sex and date of birth on one row
        self.text(40, y + 10, "Sexe", 8.5)
        self.check("sexe_F", 75, y + 2, "F")
        self.check("sexe_M", 105, y + 2, "M")
        self.text(150, y + 10, "Date de naissance", 8.5)
        cw = r["comb"]
        x = 235
        for key, k, cap in (("dob_j", 2, "JJ"), ("dob_m", 2, "MM"), ("dob_a", 4, "AAAA")):
            end = self.comb(key, x, y, k, cw)
            self.text(x + 1, y + cw * 1.25 + 7, cap, 5.5, color=(0.45, 0.45, 0.45))
            x = end + 7
        y += r["row"] + 6
        lab = r["labels"]
        if lab == "beside":
            self.text(40, y + 10, "Lieu de naissance : commune", 8.5)
            self.field("lieu_commune", 170, y, 170)
            self.text(350, y + 10, "pays", 8.5)
            self.field("lieu_pays", 375, y, 180)
            y += r["row"]
        else:
            y2 = self.labelled("Lieu de naissance (commune)", y, "lieu_commune", "text", w=250)
            self.labelled("Pays de naissance", y, "lieu_pays", "text", x0=305, w=250)
            y = y2
        y = self.labelled("Nationalité", y, "nationalite", "text", w=250)
        self.text(40, y + 7, "N° de sécurité sociale (si vous en avez un)", 8)
        end = self.comb("nir", 40 if lab != "beside" else 240, y + 10, 13, cw)
        self.text(end + 6, y + 20, "clé", 7)
        self.comb("nir_cle", end + 22, y + 10, 2, cw)
        y += r["row"] + 12
        y = self.labelled("Adresse", y, "adresse", "text", w=515)
        self.text(40, y + 10, "Code postal", 8.5)
        end = self.comb("cp", 95, y, 5, cw)
        self.text(end + 12, y + 10, "Commune", 8.5)
        self.field("commune", end + 55, y, PAGE_W - 40 - end - 55)
        y += r["row"]
        if lab == "beside":
            self.text(40, y + 10, "Téléphone", 8.5)
            self.field("tel", 95, y, 130)
            self.text(240, y + 10, "Adresse e-mail", 8.5)
            self.field("email", 305, y, 250)
            y += r["row"]
        else:
            y2 = self.labelled("Téléphone", y, "tel", "text", w=200)
            self.labelled("Adresse e-mail", y, "email", "text", x0=255, w=300)
            y = y2
        y += 6
        self.section(y, "B", "VOTRE SITUATION")
        y += 22
        self.text(
            40,
            y + 8,
            "Cochez la case correspondant à votre situation actuelle.",
            8,
            color=(0.3, 0.3, 0.3),
        )
        y += 16
        for key, label in SITUATIONS:
            self.check("sit_" + key, 44, y)
            self.text(60, y + 8, label, 8.5)
            if key == "salarie":
                y += 15
                self.text(60, y + 8, "type de contrat :", 8)
                x = 130
                for ck, cl in CONTRACTS:
                    self.check("ctr_" + ck, x, y, cl)
                    x += 55
                self.text(360, y + 8, "emploi :", 8)
                self.field("emploi", 395, y - 4, 160)
            if key == "autre":
                self.field("autre_txt", 200, y - 4, 355)
            y += 19
        self.footer(1)

    def page2(self):
        r = self.r
        y = 50
        self.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y += 30
        for line in CERTIF:
            self.text(40, y, line, 8.6, bold=line.startswith("Je certifie"))
            y += 12
        y += 16
        self.text(40, y + 10, "Fait à", 9)
        self.field("place", 72, y, 190)
        self.text(275, y + 10, "le", 9)
        self.field("date", 290, y, 150)
        y += 34
        sx, sw, sh = 250, 305, 90
        if r["sig_label"] == "above":
            self.text(sx, y - 4, "Signature", 9, True)
        self.rect(sx, y, sw, sh, lw=0.9)
        if r["sig_label"] == "inside":
            self.text(sx + 5, y + 12, "Signature", 8.5)
        elif r["sig_label"] == "grey":
            self.c.setFillColor(Color(0.82, 0.82, 0.82))
            self.c.setFont(r["bold"], 22)
            self.c.drawCentredString(sx + sw / 2, PAGE_H - y - sh / 2 - 8, "Signature")
        self.record("signature", "box", sx, y, sw, sh)
        y += sh + 30
        self.section(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y += 30
        for item in PIECES:
            for i, line in enumerate(_wrap(item, 110)):
                self.text(48 if i else 40, y, ("•  " if i == 0 else "   ") + line, 8.5)
                y += 12
            y += 2
        y += 14
        self.rect(36, y, PAGE_W - 72, 92, fill=(0.95, 0.95, 0.95), lw=0.8)
        self.text(44, y + 15, "Cadre réservé à l'organisme", 9.5, True)
        self.text(44, y + 38, "Date de réception :  ____ / ____ / ________", 8.5)
        self.text(300, y + 38, "Pièces vérifiées :", 8.5)
        self.rect(375, y + 30, 8, 8, lw=0.6)
        self.text(387, y + 38, "oui", 8.5)
        self.rect(410, y + 30, 8, 8, lw=0.6)
        self.text(422, y + 38, "non", 8.5)
        self.text(44, y + 62, "Matricule agent :  ______________", 8.5)
        self.text(300, y + 62, "Observations :  ______________________", 8.5)
        y += 110
        for line in _wrap(CNIL, 140):
            self.text(40, y, line, 6.2, color=(0.35, 0.35, 0.35))
            y += 8
        self.footer(2)

    def footer(self, n):
        self.text(
            40, PAGE_H - 24, f"S1106 — cerfa n° 15763*02 — page {n}/2", 7, color=(0.3, 0.3, 0.3)
        )


def _wrap(s, width):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        out.append(cur)
    return out


def draw_form(c, run, overlay=None):
    """Draw both pages on canvas c; overlay(c, page_no, geo) adds values. Returns geometry."""
    b = Blank(c, run)
    b.page1()
    if overlay:
        overlay(c, 1, b.geo)
    c.showPage()
    b.page = 2
    b.page2()
    if overlay:
        overlay(c, 2, b.geo)
    c.showPage()
    return b.geo
