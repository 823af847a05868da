"""Two home-made print runs of the cerfa 15763*02 (S1106) PUMa application form.

Run "A" (bleu 2019): blue section bars, labels above the fields, comb boxes for names.
Run "B" (sobre 2023): underlined section titles, labels beside dotted lines, combs only for
the date of birth, the NIR and the postcode, the word "Signature" in grey inside the box.

``draw_form`` draws both A4 pages with reportlab and returns the field boxes (points,
origin bottom-left); given ``values`` it also adds AcroForm widgets holding them.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.pdfgen.canvas import Canvas

W, H = 595.27, 841.89
BLUE = Color(0.05, 0.27, 0.55)
GREY = Color(0.55, 0.55, 0.55)

SITUATIONS = [
    ("sit_salarie", "Vous exercez une activité salariée en France"),
    ("sit_independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("sit_demandeur", "Vous êtes demandeur d'emploi, inscrit(e) à France Travail"),
    ("sit_etudiant", "Vous êtes étudiant(e)"),
    (
        "sit_sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et régulière "
        "depuis plus de trois mois",
    ),
    ("sit_autre", "Autre situation, précisez :"),
]
CONTRACTS = [("ct_cdi", "CDI"), ("ct_cdd", "CDD"), ("ct_interim", "Intérim"), ("ct_autre", "Autre")]

NOTICE = [
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos "
    "frais de santé au titre de",
    "votre activité professionnelle ou de votre résidence stable et régulière en France. "
    "Remplissez-le en majuscules, datez-le",
    "et signez-le, puis adressez-le à la caisse d'Assurance Maladie de votre lieu de résidence "
    "avec les pièces justificatives.",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. 160-2 du code de la sécurité sociale."
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et",
    "m'engage à signaler à ma caisse tout changement modifiant ma situation.",
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes",
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code",
    "pénal, article L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    "Une pièce d'identité en cours de validité (passeport, carte nationale d'identité)",
    "Votre titre de séjour, visa long séjour valant titre de séjour (VLS-TS) ou récépissé",
    "Un extrait d'acte de naissance avec filiation ou une copie intégrale",
    "Un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement)",
    "Un relevé d'identité bancaire (RIB) à votre nom",
    "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire",
]


class Form:
    def __init__(self, c: Canvas, run: str):
        self.c, self.run = c, run
        self.fields: dict[str, dict] = {}
        self.page = 1
        self.font = "Helvetica" if run == "A" else "Times-Roman"
        self.bold = "Helvetica-Bold" if run == "A" else "Times-Bold"

    def add(self, name, x, y, w, h, kind, n=0):
        self.fields[name] = dict(page=self.page, x=x, y=y, w=w, h=h, kind=kind, n=n)

    def comb(self, name, x, y, n, cw, ch):
        c = self.c
        c.setLineWidth(0.6)
        c.setStrokeColor(BLUE if self.run == "A" else black)
        for i in range(n):
            c.rect(x + i * cw, y, cw, ch)
        self.add(name, x, y, n * cw, ch, "comb", n)
        return x + n * cw

    def box(self, name, x, y, s=9):
        self.c.setLineWidth(0.7)
        self.c.setStrokeColor(black)
        self.c.rect(x, y, s, s)
        self.add(name, x, y, s, s, "check")

    def line(self, name, x, y, w, h=14):
        c = self.c
        if self.run == "A":
            c.setStrokeColor(BLUE)
            c.setLineWidth(0.6)
            c.rect(x, y, w, h)
        else:
            c.setStrokeColor(black)
            c.setLineWidth(0.5)
            c.setDash(1, 2)
            c.line(x, y + 1, x + w, y + 1)
            c.setDash()
        self.add(name, x, y, w, h, "text")

    def label(self, x, y, text, size=8, bold=False):
        self.c.setFillColor(black)
        self.c.setFont(self.bold if bold else self.font, size)
        self.c.drawString(x, y, text)
        return x + self.c.stringWidth(text, self.bold if bold else self.font, size)

    def section(self, y, title):
        c = self.c
        if self.run == "A":
            c.setFillColor(BLUE)
            c.rect(36, y, W - 72, 15, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(42, y + 4, title)
        else:
            c.setFillColor(black)
            c.setFont("Times-Bold", 12)
            c.drawString(36, y + 3, title)
            c.setLineWidth(1.2)
            c.line(36, y, W - 36, y)
        c.setFillColor(black)

    def footer(self):
        self.label(36, 24, f"S1106 — cerfa n° 15763*02 — page {self.page}/2", 7)


def header(f: Form):
    c = f.c
    if f.run == "A":
        c.setFillColor(BLUE)
        c.circle(52, H - 52, 13, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(52, H - 56, "AM")
        c.setFillColor(BLUE)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(72, H - 50, "l'Assurance")
        c.drawString(72, H - 66, "Maladie")
    else:
        c.setFillColor(black)
        c.setFont("Times-Bold", 16)
        c.drawString(36, H - 52, "l'Assurance Maladie")
        c.setFont("Times-Italic", 8)
        c.drawString(36, H - 63, "Agir ensemble, protéger chacun")
    c.setStrokeColor(black)
    c.setLineWidth(1)
    c.rect(W - 130, H - 70, 94, 34)
    c.setFillColor(black)
    c.setFont(f.bold, 13)
    c.drawCentredString(W - 83, H - 52, "cerfa")
    c.setFont(f.font, 8)
    c.drawCentredString(W - 83, H - 65, "N° 15763*02")
    c.setFont(f.bold, 14)
    c.drawCentredString(W / 2, H - 100, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont(f.font, 11)
    c.drawCentredString(W / 2, H - 116, "Protection universelle maladie (PUMa)")
    y = H - 134
    for ln in NOTICE:
        f.label(36, y, ln, 6.6)
        y -= 8.5
    f.label(36, y - 2, LEGAL, 6.2)
    return y - 22


def page1(f: Form):
    y = header(f)
    f.section(y, "A - VOUS")
    y -= 14
    A = f.run == "A"
    if A:
        rows = [
            ("nom", "Nom de naissance"),
            ("nom_usage", "Nom d'usage (facultatif)"),
            ("prenoms", "Prénom(s)"),
        ]
        for name, lab in rows:
            f.label(40, y - 8, lab, 7.5)
            f.comb(name, 40, y - 27, 26, 14, 17)
            y -= 30
    else:
        rows = [
            ("nom", "Nom de naissance :", 380),
            ("nom_usage", "Nom d'usage (facultatif) :", 360),
            ("prenoms", "Prénom(s) :", 400),
        ]
        for name, lab, w in rows:
            x = f.label(40, y - 14, lab, 9.5) + 6
            f.line(name, x, y - 16, min(w, W - 40 - x))
            y -= 24
    # sex and date of birth
    yy = y - 16
    x = f.label(40, yy, "Sexe :", 8.5) + 6
    f.box("sexe_f", x, yy - 1)
    x = f.label(x + 12, yy, "F", 8.5) + 10
    f.box("sexe_m", x, yy - 1)
    x = f.label(x + 12, yy, "M", 8.5) + 30
    x = f.label(x, yy, "Date de naissance :", 8.5) + 6
    cw, ch = (14, 17) if A else (12, 15)
    for name, n in (("dob_j", 2), ("dob_m", 2), ("dob_a", 4)):
        x = f.comb(name, x, yy - 5, n, cw, ch) + 6
    f.label(x + 4, yy, "(JJ MM AAAA)", 6.5)
    y = yy - 12
    if A:
        f.label(40, y - 8, "Lieu de naissance : commune", 7.5)
        f.line("lieu_naiss", 40, y - 26, 250)
        f.label(300, y - 8, "pays", 7.5)
        f.line("pays_naiss", 300, y - 26, 255)
        y -= 28
        f.label(40, y - 8, "Nationalité", 7.5)
        f.line("nationalite", 40, y - 26, 250)
        y -= 28
        f.label(40, y - 8, "N° de sécurité sociale (si vous en avez un)", 7.5)
        x = f.comb("nir", 40, y - 28, 13, 14, 17)
        f.label(x + 8, y - 22, "clé", 7.5)
        f.comb("nir_cle", x + 24, y - 28, 2, 14, 17)
        y -= 32
        f.label(40, y - 8, "Adresse (n°, rue, bâtiment, étage)", 7.5)
        f.line("adresse", 40, y - 26, 515)
        y -= 28
        f.label(40, y - 8, "Code postal", 7.5)
        f.comb("cp", 40, y - 28, 5, 14, 17)
        f.label(130, y - 8, "Commune", 7.5)
        f.line("commune", 130, y - 28, 425, 17)
        y -= 32
        f.label(40, y - 8, "Téléphone", 7.5)
        f.line("tel", 40, y - 26, 180)
        f.label(230, y - 8, "Adresse e-mail", 7.5)
        f.line("email", 230, y - 26, 325)
        y -= 46
    else:
        for items in (
            [("lieu_naiss", "Lieu de naissance : commune", 170), ("pays_naiss", "pays", 150)],
            [("nationalite", "Nationalité :", 200)],
        ):
            x = 40
            for name, lab, w in items:
                x = f.label(x, y - 14, lab, 9.5) + 6
                f.line(name, x, y - 16, w)
                x += w + 10
            y -= 24
        x = f.label(40, y - 14, "N° de sécurité sociale (si vous en avez un) :", 9.5) + 6
        x = f.comb("nir", x, y - 18, 13, 12, 15)
        x = f.label(x + 6, y - 14, "clé", 9.5) + 4
        f.comb("nir_cle", x, y - 18, 2, 12, 15)
        y -= 26
        x = f.label(40, y - 14, "Adresse :", 9.5) + 6
        f.line("adresse", x, y - 16, W - 40 - x)
        y -= 24
        x = f.label(40, y - 14, "Code postal :", 9.5) + 6
        x = f.comb("cp", x, y - 18, 5, 12, 15)
        x = f.label(x + 12, y - 14, "Commune :", 9.5) + 6
        f.line("commune", x, y - 16, W - 40 - x)
        y -= 24
        x = f.label(40, y - 14, "Téléphone :", 9.5) + 6
        f.line("tel", x, y - 16, 140)
        x = f.label(x + 150, y - 14, "Courriel :", 9.5) + 6
        f.line("email", x, y - 16, W - 40 - x)
        y -= 36
    f.section(y, "B - VOTRE SITUATION")
    y -= 22
    f.label(40, y, "Cochez la case correspondant à votre situation :", 8, bold=True)
    y -= 18
    for name, text in SITUATIONS:
        f.box(name, 42, y - 2)
        x = f.label(58, y, text, 8.5)
        if name == "sit_salarie":
            y -= 16
            x = f.label(70, y, "Type de contrat :", 8)
            for cname, ctext in CONTRACTS:
                f.box(cname, x + 10, y - 2)
                x = f.label(x + 23, y, ctext, 8)
            y -= 18
            x = f.label(70, y, "Emploi occupé et employeur :", 8) + 6
            f.line("emploi", x, y - 4, W - 40 - x)
        if name == "sit_autre":
            f.line("autre_text", x + 6, y - 4, W - 46 - x)
        y -= 20
    f.footer()


def page2(f: Form):
    c = f.c
    y = H - 60
    f.section(y, "C - VOS ENGAGEMENTS ET SIGNATURE")
    y -= 24
    for ln in CERTIF:
        f.label(40, y, ln, 9)
        y -= 12
    y -= 16
    x = f.label(40, y, "Fait à", 10) + 4
    f.line("fait_a", x, y - 4, 180, 16)
    x = f.label(x + 192, y, "le", 10) + 4
    f.line("date", x, y - 4, 150, 16)
    y -= 30
    bw, bh = 260, 95
    if f.run == "A":
        f.label(300, y, "Signature", 9, bold=True)
        y -= 6
        c.setStrokeColor(BLUE)
        c.setLineWidth(1)
        c.rect(300, y - bh, bw, bh)
    else:
        c.setStrokeColor(black)
        c.setLineWidth(0.8)
        c.rect(300, y - bh, bw, bh)
        c.setFillColor(GREY)
        c.setFont("Times-Italic", 11)
        c.drawString(306, y - 14, "Signature")
        c.setFillColor(black)
    f.add("signature", 300, y - bh, bw, bh, "sig")
    y -= bh + 34
    f.section(y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 20
    for ln in PIECES:
        c.setFillColor(black)
        c.circle(46, y + 3, 1.8, stroke=0, fill=1)
        f.label(54, y, ln, 8.5)
        y -= 14
    y -= 10
    f.label(40, y, "Les copies doivent être lisibles. N'envoyez pas d'originaux.", 7.5)
    y -= 36
    c.setStrokeColor(GREY)
    c.setLineWidth(0.8)
    c.setDash(3, 2)
    c.rect(36, y - 80, W - 72, 86)
    c.setDash()
    f.label(44, y - 10, "Cadre réservé à l'organisme", 8.5, bold=True)
    f.label(44, y - 30, "Date de réception : ....../....../...........", 8)
    f.label(44, y - 48, "Pièces vérifiées :  [ ] oui   [ ] non", 8)
    f.label(44, y - 66, "Matricule agent : ..................", 8)
    f.label(320, y - 30, "Cachet de la caisse", 8)
    f.footer()


def draw_form(path, run: str, values: dict | None = None, sig_png=None, title="S1106"):
    """Draw the form; with ``values`` add AcroForm widgets. Return the field boxes."""
    c = Canvas(path if hasattr(path, "write") else str(path), pagesize=(W, H), invariant=1)
    c.setTitle(title)
    f = Form(c, run)
    page1(f)
    if values is not None:
        add_widgets(f, values, 1, sig_png)
    c.showPage()
    f.page = 2
    page2(f)
    if values is not None:
        add_widgets(f, values, 2, sig_png)
    c.showPage()
    c.save()
    return f.fields


ACRO_NAMES = {
    "nom": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "sexe_f": "SexeF",
    "sexe_m": "SexeM",
    "dob_j": "DateNaissJour",
    "dob_m": "DateNaissMois",
    "dob_a": "DateNaissAnnee",
    "nir": "NIR",
    "nir_cle": "CleNIR",
    "cp": "CodePostal",
}


def add_widgets(f: Form, values: dict, page: int, sig_png):
    af = f.c.acroForm
    for name, b in f.fields.items():
        if b["page"] != page:
            continue
        fname = ACRO_NAMES.get(name, name[0].upper() + name[1:].replace("_", ""))
        if b["kind"] == "check":
            af.checkbox(
                name=fname,
                x=b["x"],
                y=b["y"],
                size=b["w"],
                checked=bool(values.get(name)),
                buttonStyle="cross",
                borderWidth=0.5,
                fillColor=white,
                forceBorder=True,
            )
        elif b["kind"] in ("text", "comb"):
            val = values.get(name) or ""
            kw = {}
            if b["kind"] == "comb":
                kw = dict(fieldFlags="comb", maxlen=b["n"])
            af.textfield(
                name=fname,
                value=val,
                x=b["x"],
                y=b["y"],
                width=b["w"],
                height=b["h"],
                fontName="Helvetica",
                fontSize=10 if b["kind"] == "text" else 11,
                borderWidth=0,
                fillColor=None,
                textColor=black,
                **kw,
            )
        elif b["kind"] == "sig" and sig_png is not None:
            f.c.drawImage(sig_png, b["x"] + 20, b["y"] + 8, b["w"] - 50, b["h"] - 25, mask="auto")
