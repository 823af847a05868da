"""Three home-made "print runs" of the PUMa application form (cerfa 15763*02, S1106).

Drawn with reportlab from the public description of the form. Every fillable place is
recorded in a geometry dict in points, y measured from the TOP of the page, so that the
typed, AcroForm and handwritten fillers can find it again.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.28, 841.89
M = 36.0

_FONTS = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "DejaCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaCond-I": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
    "DejaSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Carlito-I": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
    "OpenSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
}


def register_fonts() -> None:
    for name, path in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


NAVY = Color(0.05, 0.2, 0.47)
AMELI = Color(0.0, 0.42, 0.69)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.88, 0.9, 0.93)

RUNS = {
    # label_mode: where a text field's label goes; name_mode: how names are written in
    "R1": dict(
        font="LibSans",
        sec="bar",
        label_mode="beside",
        name_mode="comb",
        cell=13.0,
        small_cell=12.0,
        box=8.5,
        sig_label="above",
        body=8.0,
    ),
    "R2": dict(
        font="DejaCond",
        sec="rule",
        label_mode="beside",
        name_mode="dots",
        cell=11.0,
        small_cell=11.0,
        box=8.0,
        sig_label="inside",
        body=7.6,
    ),
    "R3": dict(
        font="Carlito",
        sec="grey",
        label_mode="cell",
        name_mode="comb",
        cell=12.0,
        small_cell=12.5,
        box=9.5,
        sig_label="grey",
        body=8.4,
    ),
}


class Drawer:
    def __init__(self, c, run: str):
        self.c = c
        self.run = run
        self.s = RUNS[run]
        self.f = self.s["font"]
        self.geo: dict = {}
        self.page = 1

    # helpers --------------------------------------------------------------
    def Y(self, top: float) -> float:
        return PAGE_H - top

    def text(self, x, top, s, size=None, font=None, color=black, align="left"):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.f, size or self.s["body"])
        if align == "left":
            c.drawString(x, self.Y(top), s)
        elif align == "right":
            c.drawRightString(x, self.Y(top), s)
        else:
            c.drawCentredString(x, self.Y(top), s)
        c.setFillColor(black)

    def width(self, s, size=None, font=None) -> float:
        return pdfmetrics.stringWidth(s, font or self.f, size or self.s["body"])

    def para(self, x, top, s, width, size=None, lead=None, font=None, color=black) -> float:
        size = size or self.s["body"]
        lead = lead or size * 1.25
        words = s.split()
        line = ""
        for w in words:
            cand = (line + " " + w).strip()
            if self.width(cand, size, font) > width and line:
                self.text(x, top, line, size, font, color)
                top += lead
                line = w
            else:
                line = cand
        if line:
            self.text(x, top, line, size, font, color)
            top += lead
        return top

    def rect(self, x, top, w, h, fill=None, stroke=black, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(
            x, self.Y(top + h), w, h, stroke=1 if stroke is not None else 0, fill=fill is not None
        )
        c.setFillColor(black)
        c.setStrokeColor(black)

    def hline(self, x0, x1, top, dotted=False, lw=0.5, color=black):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if dotted:
            c.setDash(0.8, 1.8)
        c.line(x0, self.Y(top), x1, self.Y(top))
        c.setDash()
        c.setStrokeColor(black)

    def put(self, key, **g):
        g["page"] = self.page
        self.geo[key] = g

    # building blocks ------------------------------------------------------
    def section(self, top, letter, title) -> float:
        s = self.s
        if s["sec"] == "bar":
            self.rect(M, top, PAGE_W - 2 * M, 15, fill=NAVY, stroke=None)
            self.text(M + 6, top + 11, f"{letter}", 10, self.f + "-B", white)
            self.text(M + 22, top + 11, title, 9.5, self.f + "-B", white)
            return top + 24
        if s["sec"] == "grey":
            self.rect(M, top, PAGE_W - 2 * M, 16, fill=LIGHT, stroke=None)
            self.rect(M, top, 18, 16, fill=AMELI, stroke=None)
            self.text(M + 9, top + 12, letter, 11, self.f + "-B", white, "center")
            self.text(M + 26, top + 12, title, 10.5, self.f + "-B", NAVY)
            return top + 26
        self.text(M, top + 11, f"{letter} - {title}", 10, self.f + "-B", AMELI)
        self.hline(M, PAGE_W - M, top + 15, lw=1.2, color=AMELI)
        return top + 26

    def comb(self, key, x, top, n, cell=None, groups=None, gap=4.0) -> float:
        """n cells (or groups of cells with a gap); returns the x after the comb."""
        cell = cell or self.s["cell"]
        h = cell * 1.15
        cells = []
        sizes = groups or [n]
        cx = x
        for gi, g in enumerate(sizes):
            for _ in range(g):
                self.rect(cx, top, cell, h, lw=0.5)
                cells.append((cx, top, cell, h))
                cx += cell
            if gi < len(sizes) - 1:
                cx += gap
        self.put(key, kind="comb", cells=cells)
        return cx

    def box(self, key, x, top, label=None, size=None) -> float:
        b = size or self.s["box"]
        self.rect(x, top, b, b, lw=0.7)
        self.put(key, kind="box", rect=(x, top, b, b))
        if label:
            self.text(x + b + 3, top + b - 1, label)
            return x + b + 3 + self.width(label) + 10
        return x + b + 6

    def field(self, key, label, x, top, w, mode=None, dots=None) -> float:
        """A free text field; returns the top of the next line."""
        mode = mode or self.s["label_mode"]
        if mode == "cell":
            h = 22.0
            self.rect(x, top, w, h, lw=0.5)
            self.text(x + 3, top + 7.5, label, 6.4, color=GREY)
            self.put(key, kind="line", x=x + 4, base=top + h - 4, w=w - 8, h=h)
            return top + h + 4
        lw = self.width(label) + 5
        self.text(x, top + 10, label)
        dotted = self.s["name_mode"] == "dots" if dots is None else dots
        self.hline(x + lw, x + w, top + 12, dotted=dotted, lw=0.5)
        self.put(key, kind="line", x=x + lw + 2, base=top + 11, w=w - lw - 2, h=14)
        return top + 19


def draw_page1(d: Drawer) -> None:
    s = d.s
    c = d.c
    # header
    c.setFillColor(AMELI)
    c.circle(M + 14, d.Y(34), 12, stroke=0, fill=1)
    d.text(M + 14, 38, "AM", 9, d.f + "-B", white, "center")
    d.text(M + 32, 31, "l'Assurance", 11, d.f + "-B", AMELI)
    d.text(M + 32, 43, "Maladie", 11, d.f + "-B", AMELI)
    cx = PAGE_W - M - 92
    d.rect(cx, 18, 92, 34, lw=0.8)
    d.text(cx + 46, 31, "cerfa", 11, d.f + "-I", black, "center")
    d.text(cx + 46, 45, "N° 15763*02", 9, d.f + "-B", black, "center")
    top = 72
    d.text(
        PAGE_W / 2,
        top,
        "Demande d'ouverture des droits à l'assurance maladie",
        14.5,
        d.f + "-B",
        NAVY,
        "center",
    )
    d.text(PAGE_W / 2, top + 17, "Protection universelle maladie (PUMa)", 11, d.f, AMELI, "center")
    top += 30
    notice = (
        "Vous travaillez ou vous résidez en France de manière stable et régulière et vous "
        "n'êtes pas encore affilié(e) à un régime d'assurance maladie : remplissez ce formulaire "
        "en lettres capitales, datez-le, signez-le et adressez-le avec les pièces justificatives à "
        "la caisse d'assurance maladie de votre lieu de résidence."
    )
    top = d.para(M, top, notice, PAGE_W - 2 * M, 6.8)
    d.text(
        M,
        top,
        "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-2 et D. 160-1 à D. 160-4 du code "
        "de la sécurité sociale.",
        6.3,
        d.f + "-I",
        GREY,
    )
    top += 12

    # section A
    top = d.section(top, "A", "VOUS")
    full = PAGE_W - 2 * M
    labx = M + 4
    cell = s["cell"]
    if s["name_mode"] == "comb":
        for key, label in (
            ("surname", "Nom de naissance"),
            ("usage_name", "Nom d'usage (facultatif)"),
            ("given_names", "Prénom(s)"),
        ):
            if s["label_mode"] == "cell":
                d.text(labx, top + 7, label, 7.2, color=GREY)
                d.comb(key, labx, top + 10, 38, cell)
                top += 10 + cell * 1.15 + 6
            else:
                d.text(labx, top + 10, label)
                d.comb(key, M + 128, top, 29, cell)
                top += cell * 1.15 + 6
    else:
        top = d.field("surname", "Nom de naissance :", labx, top, full - 8)
        top = d.field("usage_name", "Nom d'usage (facultatif) :", labx, top, full - 8)
        top = d.field("given_names", "Prénom(s) :", labx, top, full - 8)
    top += 2
    # sex + date of birth on one line
    d.text(labx, top + 9, "Sexe :")
    x = d.box("sex_F", labx + 30, top + 1, "F")
    x = d.box("sex_M", x, top + 1, "M")
    d.text(x + 16, top + 9, "Date de naissance")
    sc = s["small_cell"]
    x2 = d.comb("dob", x + 16 + d.width("Date de naissance") + 6, top - 1, 8, sc, [2, 2, 4])
    d.text(x2 + 4, top + 9, "(JJ MM AAAA)", 6.3, color=GREY)
    top += sc * 1.15 + 8
    half = (full - 8) / 2
    if s["label_mode"] == "cell":
        d.field("birth_town", "Lieu de naissance - commune", labx, top, half - 4)
        top = d.field("birth_country", "Pays de naissance", labx + half, top, half)
        d.field("nationality", "Nationalité", labx, top, half - 4)
    else:
        d.field("birth_town", "Lieu de naissance : commune", labx, top, half - 4)
        top = d.field("birth_country", "pays", labx + half, top, half)
        d.field("nationality", "Nationalité :", labx, top, half - 4, dots=s["sec"] == "rule")
        top += 0 if s["label_mode"] == "cell" else 0
    lab = "Date d'arrivée en France"
    d.text(labx + half, top + 9, lab, 7.2)
    d.comb("arrival", labx + half + d.width(lab, 7.2) + 5, top - 1, 8, sc * 0.9, [2, 2, 4], 3)
    top += sc * 1.15 + 10
    d.text(labx, top + 9, "N° de sécurité sociale (si vous en avez un)")
    nx = labx + d.width("N° de sécurité sociale (si vous en avez un)") + 8
    nx2 = d.comb("nir", nx, top, 13, sc, [1, 2, 2, 2, 3, 3], 3)
    d.text(nx2 + 3, top + 9, "clé")
    d.comb("nir_key", nx2 + 18, top, 2, sc)
    top += sc * 1.15 + 9
    top = d.field("address", "Adresse :", labx, top, full - 8)
    d.text(labx, top + 10, "Code postal")
    x = d.comb("postcode", labx + d.width("Code postal") + 6, top, 5, sc)
    if s["label_mode"] == "cell":
        top = d.field("city", "Commune", x + 10, top - 4, labx + full - 8 - x - 10)
    else:
        top = d.field("city", "Commune :", x + 10, top, labx + full - 8 - x - 10)
    d.field("phone", "Téléphone :", labx, top, half - 4)
    top = d.field("email", "Courriel :", labx + half, top, half)
    top += 6

    # section B
    top = d.section(top, "B", "VOTRE SITUATION")
    d.text(
        labx, top + 6, "Cochez la case correspondant à votre situation actuelle :", 7.4, d.f + "-I"
    )
    top += 14
    d.box("sit_salarie", labx, top, "Vous exercez une activité salariée en France")
    top += 15
    top = d.field("job", "Profession / emploi occupé :", labx + 18, top, full - 30)
    d.text(labx + 18, top + 8, "Type de contrat :")
    x = labx + 18 + d.width("Type de contrat :") + 8
    for key, lab in (
        ("CDI", "CDI"),
        ("CDD", "CDD"),
        ("interim", "intérim"),
        ("apprenti", "apprentissage"),
        ("ct_autre", "autre"),
    ):
        x = d.box("ct_" + key if not key.startswith("ct_") else key, x, top, lab)
    top += 17
    rows = (
        (
            "sit_independant",
            "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        ),
        ("sit_demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
        ("sit_etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement supérieur"),
        (
            "sit_sans_activite",
            "Vous n'exercez pas d'activité professionnelle et vous résidez en "
            "France de manière stable et régulière depuis plus de trois mois",
        ),
        ("sit_autre", "Autre situation, précisez :"),
    )
    for key, lab in rows:
        d.box(key, labx, top, None)
        if d.width(lab) > full - 30:
            d.para(labx + s["box"] + 5, top + s["box"] - 1, lab, full - 30)
            top += 11
        else:
            d.text(labx + s["box"] + 5, top + s["box"] - 1, lab)
        top += 15
    lx = labx + s["box"] + 5 + d.width("Autre situation, précisez :") + 4
    d.hline(lx, PAGE_W - M - 4, top - 4, dotted=True)
    d.put("autre_text", kind="line", x=lx + 2, base=top - 5, w=PAGE_W - M - lx - 8, h=14)
    footer(d, 1)


def footer(d: Drawer, n: int) -> None:
    d.hline(M, PAGE_W - M, PAGE_H - 34, lw=0.4, color=GREY)
    d.text(M, PAGE_H - 24, f"S1106 — cerfa n° 15763*02 — page {n}/2", 7, color=GREY)
    d.text(PAGE_W - M, PAGE_H - 24, "ameli.fr", 7, d.f + "-B", AMELI, "right")


def draw_page2(d: Drawer) -> None:
    s = d.s
    d.page = 2
    top = 40
    top = d.section(top, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    full = PAGE_W - 2 * M
    cert = (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande et "
        "m'engage à signaler à ma caisse d'assurance maladie tout changement modifiant ma "
        "situation (adresse, activité, état civil)."
    )
    top = d.para(M + 4, top, cert, full - 8, s["body"] + 0.6) + 4
    law = (
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles "
        "313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-13 du code de la "
        "sécurité sociale)."
    )
    top = d.para(M + 4, top, law, full - 8, 6.8, color=GREY) + 8
    d.text(M + 4, top + 10, "Fait à")
    x = M + 4 + d.width("Fait à") + 4
    dotted = s["sec"] != "grey"
    d.hline(x, x + 170, top + 12, dotted=dotted)
    d.put("place", kind="line", x=x + 3, base=top + 11, w=165, h=14)
    x += 180
    d.text(x, top + 10, "le")
    d.hline(x + 12, x + 150, top + 12, dotted=dotted)
    d.put("date", kind="line", x=x + 15, base=top + 11, w=135, h=14)
    top += 26
    bw, bh = 220, 78
    bx = PAGE_W - M - bw - 10
    if s["sig_label"] == "above":
        d.text(bx, top + 8, "Signature", s["body"] + 1, d.f + "-B")
        top += 12
        d.rect(bx, top, bw, bh, lw=0.8)
    elif s["sig_label"] == "inside":
        d.rect(bx, top, bw, bh, lw=0.8)
        d.text(bx + 5, top + 11, "Signature :", s["body"])
    else:
        d.rect(bx, top, bw, bh, lw=0.6, stroke=GREY)
        d.text(bx + bw / 2, top + bh / 2 + 5, "Signature", 15, d.f, Color(0.8, 0.8, 0.8), "center")
    d.put("signature", kind="rect", rect=(bx, top, bw, bh))
    top += bh + 18

    if s["sec"] == "bar":
        d.rect(M, top, full, 14, fill=LIGHT, stroke=None)
        d.text(
            M + 6, top + 10, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 9, d.f + "-B", NAVY
        )
    else:
        d.text(
            M, top + 10, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 9.5, d.f + "-B", AMELI
        )
        d.hline(M, M + 300, top + 13, lw=0.8, color=AMELI)
    top += 22
    items = (
        "une photocopie de votre pièce d'identité en cours de validité (passeport ou carte "
        "nationale d'identité pour les ressortissants de l'Union européenne, de l'EEE ou suisses) ;",
        "si vous êtes ressortissant d'un État hors Union européenne : une photocopie de votre titre "
        "de séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre récépissé "
        "de demande ;",
        "une copie intégrale de votre acte de naissance ou un extrait avec filiation (apostillé ou "
        "légalisé selon le pays), le cas échéant avec sa traduction par un traducteur assermenté ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
        "successives d'énergie, d'eau ou de téléphone, ou attestation d'hébergement accompagnée "
        "des justificatifs de l'hébergeant) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    )
    bullet = "•" if s["sec"] != "rule" else "-"
    for it in items:
        d.text(M + 8, top, bullet, s["body"])
        top = d.para(M + 18, top, it, full - 24, s["body"]) + 3
    top += 10
    d.rect(M, top, full, 80, fill=Color(0.95, 0.95, 0.95), lw=0.6)
    d.text(M + 6, top + 12, "Cadre réservé à l'organisme", 8.5, d.f + "-B")
    d.text(M + 10, top + 30, "Date de réception :", 7.5)
    d.hline(M + 90, M + 190, top + 32, dotted=True)
    d.text(M + 220, top + 30, "Pièces vérifiées :", 7.5)
    d.rect(M + 290, top + 23, 7, 7, lw=0.5)
    d.text(M + 300, top + 30, "oui", 7.5)
    d.rect(M + 320, top + 23, 7, 7, lw=0.5)
    d.text(M + 330, top + 30, "non", 7.5)
    d.text(M + 10, top + 52, "Matricule agent :", 7.5)
    d.hline(M + 90, M + 190, top + 54, dotted=True)
    d.text(M + 220, top + 52, "Observations :", 7.5)
    d.hline(M + 280, PAGE_W - M - 10, top + 54, dotted=True)
    top += 94
    cnil = (
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
        "libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un droit "
        "d'accès et de rectification pour les données vous concernant auprès de votre caisse "
        "d'assurance maladie."
    )
    d.para(M, top, cnil, full, 6.3, color=GREY)
    footer(d, 2)
