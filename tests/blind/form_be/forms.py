"""Three home-made "print runs" of the cerfa 15763*02 (S1106) form, drawn from the public
description of the official form. Each page function draws the blank page and returns the
anchors of its fields, so that a pen, a keyboard or an AcroForm can fill them."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PW, PH = A4
FONT_FILES = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "liberation/LiberationSans-Italic.ttf",
    "DVC": "dejavu/DejaVuSansCondensed.ttf",
    "DVC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVC-I": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "Carlito-B": "crosextra/Carlito-Bold.ttf",
    "Carlito-I": "crosextra/Carlito-Italic.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf",
    "Arimo": "liberation/LiberationSans-Regular.ttf",
    "Roboto": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
}

RUNS = {
    # official-looking run: blue filled bars, labels beside, comb boxes for names
    "A": dict(
        font="LibSans",
        bar="fill",
        color=(0.04, 0.25, 0.58),
        label="beside",
        cell=13.2,
        name_kind="comb",
        line_kind="box",
        sig_label="above",
        body=7.6,
        gap=15,
    ),
    # reprint: underlined headings, labels above the fields, shaded boxes
    "B": dict(
        font="DVC",
        bar="underline",
        color=(0.0, 0.33, 0.55),
        label="above",
        cell=11.6,
        name_kind="box",
        line_kind="shaded",
        sig_label="inside",
        body=7.2,
        gap=12,
    ),
    # photocopied-looking run: grey bars, dotted lines
    "C": dict(
        font="Carlito",
        bar="grey",
        color=(0.2, 0.2, 0.2),
        label="beside",
        cell=12.6,
        name_kind="dots",
        line_kind="dots",
        sig_label="grey",
        body=8.2,
        gap=14,
    ),
}

NOTICE = (
    "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou vous y "
    "exercez une activité professionnelle : vous pouvez bénéficier de la prise en charge de vos "
    "frais de santé au titre de la protection universelle maladie. Complétez ce formulaire et "
    "adressez-le, accompagné des pièces justificatives demandées en page 2, à la caisse "
    "d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, L. 200-1, R. 111-3 et D. 160-2 du code de "
    "la sécurité sociale."
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, situation familiale).",
]
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). "
    "En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de "
    "déclaration d'un changement de situation peuvent faire l'objet d'une pénalité financière "
    "(article L. 114-17-1 du code de la sécurité sociale)."
)
PIECES = [
    "une pièce d'identité : passeport ou carte nationale d'identité "
    "(ressortissants UE/EEE/Suisse) ;",
    "si vous êtes de nationalité étrangère hors UE/EEE/Suisse : votre titre de séjour, votre "
    "visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement...) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "Les informations recueillies font l'objet d'un traitement par votre caisse d'assurance "
    "maladie pour l'ouverture de vos droits. Conformément au règlement (UE) 2016/679 et à la loi "
    "n° 78-17 du 6 janvier 1978, vous disposez d'un droit d'accès et de rectification auprès du "
    "directeur de votre caisse."
)


def register_fonts() -> None:
    for name, rel in FONT_FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, "/usr/share/fonts/truetype/" + rel))


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, c, run_id):
        register_fonts()
        self.c = c
        self.r = RUNS[run_id]
        self.run_id = run_id
        self.f = self.r["font"]
        self.fb = self.f + "-B"
        self.fi = self.f + "-I"
        self.m = 34 if run_id != "B" else 40
        self.anchors = {}

    # -- drawing primitives ------------------------------------------------------------
    def text(self, x, y, s, size=None, font=None, color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font or self.f, size or self.r["body"])
        c.drawString(x, y, s)
        return x + pdfmetrics.stringWidth(s, font or self.f, size or self.r["body"])

    def para(self, x, y, s, width, size=None, font=None, lead=1.25, color=(0, 0, 0)):
        size = size or self.r["body"]
        for line in wrap(s, font or self.f, size, width):
            self.text(x, y, line, size, font, color)
            y -= size * lead
        return y

    def bar(self, y, letter, title):
        c, r, m = self.c, self.r, self.m
        h = 15
        if r["bar"] == "fill":
            c.setFillColorRGB(*r["color"])
            c.rect(m, y - h, PW - 2 * m, h, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.circle(m + 11, y - h / 2, 5.6, stroke=0, fill=1)
            self.text(m + 8.1, y - h / 2 - 3, letter, 8.5, self.fb, r["color"])
            self.text(m + 24, y - h / 2 - 3.3, title, 9.5, self.fb, (1, 1, 1))
        elif r["bar"] == "grey":
            c.setFillColorRGB(0.82, 0.82, 0.82)
            c.rect(m, y - h, PW - 2 * m, h, stroke=0, fill=1)
            self.text(m + 5, y - h / 2 - 3.3, letter + " - " + title, 9.5, self.fb)
        else:
            self.text(m, y - 11, letter, 12, self.fb, r["color"])
            self.text(m + 14, y - 11, title, 10, self.fb, r["color"])
            c.setStrokeColorRGB(*r["color"])
            c.setLineWidth(1.1)
            c.line(m, y - h, PW - m, y - h)
        return y - h - 8

    def comb(self, name, x, y, n, cell=None, h=None, gap_after=()):
        """Comb boxes, lower-left (x, y); returns the right edge."""
        c = self.c
        cell = cell or self.r["cell"]
        h = h or cell * 1.2
        c.setStrokeColorRGB(0.25, 0.25, 0.3)
        c.setLineWidth(0.6)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x, y, cell * n, h, stroke=1, fill=1)
        for i in range(1, n):
            c.setLineWidth(0.4)
            c.line(x + i * cell, y, x + i * cell, y + h * (0.35 if self.run_id == "C" else 1.0))
        self.anchors[name] = ("comb", x, y, cell, n, h)
        return x + cell * n

    def field(self, name, x, y, w, kind=None, h=13):
        c = self.c
        kind = kind or self.r["line_kind"]
        if kind == "box":
            c.setStrokeColorRGB(0.25, 0.25, 0.3)
            c.setLineWidth(0.6)
            c.rect(x, y, w, h, stroke=1, fill=0)
        elif kind == "shaded":
            c.setFillColorRGB(0.9, 0.93, 0.96)
            c.rect(x, y, w, h, stroke=0, fill=1)
        else:
            c.setFillColorRGB(0.3, 0.3, 0.3)
            dx = 2.2
            k = 0
            while k * dx < w:
                c.circle(x + k * dx, y + 1.2, 0.28, stroke=0, fill=1)
                k += 1
        self.anchors[name] = ("line", x, y, w, h)
        return x + w

    def check(self, name, x, y, s=8.5):
        c = self.c
        c.setStrokeColorRGB(0.15, 0.15, 0.2)
        c.setLineWidth(0.7)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x, y, s, s, stroke=1, fill=1)
        self.anchors[name] = ("check", x, y, s)
        return x + s

    def row(self, name, label, y, kind, n=None, w=None, hint=None, x=None):
        """One labelled row. Returns the next y."""
        m = self.m
        x = m if x is None else x
        size = self.r["body"] + 0.6
        if self.r["label"] == "above":
            self.text(x, y - size, label, size, self.fb)
            if hint:
                self.text(
                    x + pdfmetrics.stringWidth(label, self.fb, size) + 5,
                    y - size,
                    hint,
                    size - 1,
                    self.fi,
                    (0.35, 0.35, 0.35),
                )
            fy = y - size - 4 - 15
            fx = x
            width = w or (PW - m - x)
        else:
            fy = y - 15
            self.text(x, fy + 4, label, size, self.f)
            lw = 118 if self.run_id == "A" else 106
            fx = x + lw
            if hint:
                self.text(x, fy - 4, hint, size - 2, self.fi, (0.35, 0.35, 0.35))
            width = w or (PW - m - fx)
        if kind == "comb":
            self.comb(name, fx, fy, n)
        else:
            self.field(name, fx, fy, width, kind=kind)
        return fy - self.r["gap"]

    # -- header/footer -----------------------------------------------------------------
    def logo(self, x, y):
        c = self.c
        blue = (0.0, 0.3, 0.62)
        c.setFillColorRGB(*blue)
        c.circle(x + 9, y + 12, 9, stroke=0, fill=1)
        c.setFillColorRGB(0.96, 0.55, 0.1)
        c.circle(x + 14, y + 17, 4.2, stroke=0, fill=1)
        self.text(x + 23, y + 14, "l'Assurance", 9.5, self.f, blue)
        self.text(x + 23, y + 2, "Maladie", 13, self.fb, blue)

    def cerfa_box(self, x, y):
        c = self.c
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.rect(x, y, 78, 40, stroke=1, fill=0)
        self.text(x + 6, y + 22, "cerfa", 15, self.fb)
        self.text(x + 6, y + 8, "N° 15763*02", 8.5, self.fb)

    def footer(self, page):
        s = f"S1106 — cerfa n° 15763*02 — page {page}/2"
        size = 6.8
        w = pdfmetrics.stringWidth(s, self.f, size)
        x = PW - self.m - w if self.run_id != "B" else (PW - w) / 2
        self.text(x, 20, s, size, self.f, (0.3, 0.3, 0.3))
        if page == 1:
            self.text(self.m, 20, "Tournez la page SVP >", size, self.fi, (0.3, 0.3, 0.3))


def page1(c, run_id):
    p = Page(c, run_id)
    r, m = p.r, p.m
    top = PH - 36
    p.logo(m, top - 26)
    p.cerfa_box(PW - m - 78, top - 34)
    tx = m + 108
    y = top - 4
    p.text(tx, y, "Demande d'ouverture des droits", 13.5, p.fb, r["color"])
    p.text(tx, y - 16, "à l'assurance maladie", 13.5, p.fb, r["color"])
    p.text(tx, y - 31, "Protection universelle maladie (PUMa)", 9.5, p.f)
    y = top - 56
    y = p.para(m, y, NOTICE, PW - 2 * m, r["body"] - 0.6, p.f)
    y = p.para(m, y - 1, LEGAL, PW - 2 * m, r["body"] - 1.2, p.fi, color=(0.3, 0.3, 0.3)) - 4

    y = p.bar(y, "A", "VOUS")
    p.text(m, y - 2, "Merci d'écrire en lettres capitales.", r["body"] - 0.5, p.fi)
    y -= 6
    nk = r["name_kind"]
    if nk == "comb":
        y = p.row("nom_naissance", "Nom de naissance", y, "comb", n=27)
        y = p.row("nom_usage", "Nom d'usage", y, "comb", n=27, hint="(facultatif)")
        y = p.row("prenoms", "Prénom(s)", y, "comb", n=27)
    else:
        y = p.row("nom_naissance", "Nom de naissance", y, nk)
        y = p.row("nom_usage", "Nom d'usage (facultatif)", y, nk, hint="ex. nom d'époux(se)")
        y = p.row("prenoms", "Prénom(s)", y, nk)
    # sexe + date de naissance on one row
    size = r["body"] + 0.6
    y -= 4
    ry = y - 15
    p.text(m, ry + 4, "Sexe", size, p.fb if r["label"] == "above" else p.f)
    x = m + 32
    p.text(x, ry + 4, "F", size)
    p.check("sexe_F", x + 8, ry + 3)
    p.text(x + 24, ry + 4, "M", size)
    p.check("sexe_M", x + 34, ry + 3)
    x = m + 130
    x = p.text(x, ry + 4, "Date de naissance", size, p.fb if r["label"] == "above" else p.f) + 8
    x = p.comb("dob_j", x, ry, 2) + 5
    x = p.comb("dob_m", x, ry, 2) + 5
    x = p.comb("dob_a", x, ry, 4)
    p.text(
        m + 130 + 80, ry - 7, "jour      mois        année", r["body"] - 1.8, p.fi, (0.4, 0.4, 0.4)
    )
    y = ry - 13
    half = (PW - 2 * m) / 2
    lk = r["line_kind"]
    if r["label"] == "above":
        p.row("lieu_commune", "Lieu de naissance : commune", y, "shaded", w=half - 8)
        y = p.row("lieu_pays", "pays", y, "shaded", x=m + half)
    else:
        ry = y - 15
        lw = 118 if run_id == "A" else 106
        p.text(m, ry + 4, "Lieu de naissance", size)
        p.text(m, ry - 4, "(commune)", size - 2, p.fi, (0.35, 0.35, 0.35))
        x = p.field("lieu_commune", m + lw, ry, half - lw + 30, kind=lk) + 12
        x = p.text(x, ry + 4, "Pays", size) + 8
        p.field("lieu_pays", x, ry, PW - m - x, kind=lk)
        y = ry - r["gap"]
    y = p.row("nationalite", "Nationalité", y, lk, w=(PW - 2 * m) * 0.45)
    # NIR
    y -= 2
    lab = "N° de sécurité sociale"
    if r["label"] == "above":
        p.text(m, y - size, lab, size, p.fb)
        p.text(m + 95, y - size, "(si vous en avez un)", size - 1, p.fi, (0.35, 0.35, 0.35))
        ry = y - size - 19
        x = m
    else:
        ry = y - 15
        p.text(m, ry + 4, lab, size)
        p.text(m, ry - 4, "(si vous en avez un)", size - 2, p.fi, (0.35, 0.35, 0.35))
        x = m + (118 if run_id == "A" else 106)
    x = p.comb("nir", x, ry, 13) + 6
    p.text(x, ry + 4, "clé", size - 1)
    p.comb("nir_cle", x + 14, ry, 2)
    y = ry - r["gap"] - 2
    y = p.row("adresse", "Adresse", y, r["line_kind"])
    # CP + commune
    if r["label"] == "above":
        p.text(m, y - size, "Code postal", size, p.fb)
        p.text(m + 100, y - size, "Commune", size, p.fb)
        ry = y - size - 19
        p.comb("cp", m, ry, 5)
        p.field("commune", m + 100, ry, PW - 2 * m - 100)
        y = ry - 10
    else:
        ry = y - 15
        x = p.text(m, ry + 4, "Code postal", size) + 8
        x = p.comb("cp", x, ry, 5) + 12
        x = p.text(x, ry + 4, "Commune", size) + 8
        p.field("commune", x, ry, PW - m - x)
        y = ry - r["gap"]
    if r["label"] == "above":
        p.row("tel", "Téléphone", y, r["line_kind"], w=half - 8)
        y = p.row("email", "Adresse e-mail", y, r["line_kind"], x=m + half)
    else:
        ry = y - 15
        x = p.text(m, ry + 4, "Téléphone", size) + 8
        p.field("tel", x, ry, 130)
        x = p.text(m + half - 10, ry + 4, "E-mail", size) + 8
        p.field("email", x, ry, PW - m - x)
        y = ry - r["gap"] - 4

    y = p.bar(y - 4, "B", "VOTRE SITUATION")
    p.text(
        m, y - 2, "Cochez la case correspondant à votre situation actuelle.", r["body"] - 0.3, p.fi
    )
    y -= 16
    s = r["body"] + 0.6
    p.check("sit_salarie", m, y)
    p.text(m + 14, y + 1, "Vous exercez une activité salariée en France", s, p.fb)
    y -= 14
    x = p.text(m + 14, y + 1, "Type de contrat :", s) + 8
    for key, lab in (
        ("ctr_cdi", "CDI"),
        ("ctr_cdd", "CDD"),
        ("ctr_interim", "intérim"),
        ("ctr_autre", "autre contrat"),
    ):
        p.check(key, x, y)
        x = p.text(x + 12, y + 1, lab, s) + 12
    y -= 6
    if r["label"] == "above":
        p.text(m + 14, y - 8, "Emploi occupé", s)
        p.text(m + 14 + (PW - 2 * m) / 2, y - 8, "Nom de l'employeur", s)
        p.field("emploi", m + 14, y - 26, (PW - 2 * m) / 2 - 22)
        p.field("employeur", m + 14 + (PW - 2 * m) / 2, y - 26, (PW - 2 * m) / 2 - 14)
        y -= 42
    else:
        x = p.text(m + 14, y - 12, "Emploi occupé", s) + 6
        p.field("emploi", x, y - 16, 150)
        x = p.text(x + 160, y - 12, "Employeur", s) + 6
        p.field("employeur", x, y - 16, PW - m - x)
        y -= 32
    items = [
        (
            "sit_independant",
            "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        ),
        ("sit_demandeur", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
        ("sit_etudiant", "Vous êtes étudiant(e)"),
        (
            "sit_sans_activite",
            "Vous n'exercez pas d'activité professionnelle et vous résidez en "
            "France de manière stable et régulière depuis plus de trois mois",
        ),
    ]
    for key, lab in items:
        p.check(key, m, y)
        yy = p.para(m + 14, y + 1, lab, PW - 2 * m - 14, s, p.f, lead=1.2)
        y = yy - 7 - r["gap"] * 0.4
    p.check("sit_autre", m, y)
    x = p.text(m + 14, y + 1, "Autre situation, précisez :", s) + 6
    p.field("autre_precision", x, y - 2, PW - m - x, kind="dots" if run_id != "B" else "shaded")
    p.footer(1)
    return p.anchors


def page2(c, run_id):
    p = Page(c, run_id)
    r, m = p.r, p.m
    top = PH - 36
    p.text(
        m,
        top,
        "Demande d'ouverture des droits à l'assurance maladie — PUMa",
        8,
        p.fi,
        (0.35, 0.35, 0.35),
    )
    y = p.bar(top - 10, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    s = r["body"] + 1
    for line in CERTIF:
        y = p.para(m, y - 4, line, PW - 2 * m, s, p.f) - 2
    y = p.para(m, y - 4, FRAUD, PW - 2 * m, r["body"] - 0.5, p.fi, color=(0.25, 0.25, 0.25))
    y -= 22
    x = p.text(m, y + 3, "Fait à", s + 1) + 6
    p.field("fait_a", x, y, 170, kind="dots" if run_id != "B" else "shaded")
    x = p.text(x + 182, y + 3, "le", s + 1) + 6
    p.field("le", x, y, 130, kind="dots" if run_id != "B" else "shaded")
    y -= 14
    bw, bh = (230, 78) if run_id != "C" else (260, 70)
    bx = PW - m - bw if run_id != "B" else m
    c.setStrokeColorRGB(0.1, 0.1, 0.15)
    c.setLineWidth(0.8)
    if r["sig_label"] == "above":
        p.text(bx, y - 10, "Signature", s + 0.5, p.fb)
        by = y - 16 - bh
    else:
        by = y - 6 - bh
    c.rect(bx, by, bw, bh, stroke=1, fill=0)
    if r["sig_label"] == "inside":
        p.text(bx + 4, by + bh - 10, "Signature", s, p.fb)
    elif r["sig_label"] == "grey":
        sw = pdfmetrics.stringWidth("Signature", p.f, 14)
        p.text(bx + (bw - sw) / 2, by + bh / 2 - 5, "Signature", 14, p.f, (0.82, 0.82, 0.82))
    p.anchors["signature"] = ("sig", bx, by, bw, bh)
    y = by - 22
    y = p.bar(y, "D", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE") if run_id == "A" else y
    if run_id != "A":
        p.text(m, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 9.5, p.fb, r["color"])
        y -= 14
    p.text(m, y, "Joignez la photocopie des documents suivants :", s)
    y -= 13
    for item in PIECES:
        p.text(m + 4, y, "•" if run_id != "C" else "-", s)
        y = p.para(m + 14, y, item, PW - 2 * m - 14, s, p.f) - 3
    y -= 10
    # cadre réservé
    bh = 62
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(0.7)
    if run_id == "C":
        c.setDash(3, 2)
    c.rect(m, y - bh, PW - 2 * m, bh, stroke=1, fill=0)
    c.setDash()
    p.text(m + 6, y - 12, "Cadre réservé à l'organisme", s, p.fb)
    p.text(m + 6, y - 30, "Date de réception :   ____ / ____ / ________", s)
    x = p.text(m + 250, y - 30, "Pièces vérifiées :   oui", s) + 4
    p.check("_org_oui", x, y - 31, 7)
    x = p.text(x + 14, y - 30, "non", s) + 4
    p.check("_org_non", x, y - 31, 7)
    p.text(m + 6, y - 48, "Matricule agent : ______________", s)
    p.text(m + 250, y - 48, "Cachet :", s)
    y -= bh + 14
    p.para(m, y, CNIL, PW - 2 * m, r["body"] - 1.2, p.f, color=(0.3, 0.3, 0.3))
    p.footer(2)
    return p.anchors
