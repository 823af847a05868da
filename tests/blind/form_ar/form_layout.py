"""Draw the two pages of the PUMa application form (cerfa 15763*02, S1106) with reportlab.

Three home-made "print runs" (R1, R2, R3) differ in fonts, section headings, label placement,
comb sizes and the signature box. Drawing returns the positions of every field (in points,
reportlab coordinates, origin bottom-left) so that fillers can type, tick or handwrite in them.
"""

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = A4
MARGIN = 36

_FONT_FILES = {
    "LSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "DSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "DSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "OSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "OSans-B": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    for name, path in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


RUNS = {
    # blue section bars, labels above, names in comb boxes, "Signature" above the box
    "R1": dict(
        font="LSans",
        bold="LSans-B",
        section="bar",
        label="above",
        names="comb",
        cell=(12.4, 15.0),
        sig="above",
        accent=(0.05, 0.27, 0.55),
        box=9.0,
    ),
    # serif, underlined headings, labels beside dotted lines, "Signature" inside the box
    "R2": dict(
        font="DSerif",
        bold="DSerif-B",
        section="underline",
        label="beside",
        names="dotted",
        cell=(10.8, 13.0),
        sig="inside",
        accent=(0.0, 0.0, 0.0),
        box=8.0,
    ),
    # grey tabs, labels inside framed cells, grey "Signature" watermark in the box
    "R3": dict(
        font="OSans",
        bold="OSans-B",
        section="tab",
        label="inside",
        names="box",
        cell=(11.8, 14.0),
        sig="grey",
        accent=(0.15, 0.15, 0.15),
        box=10.0,
    ),
}

SITUATIONS = [
    ("sit_salarie", "salarie", "Vous exercez une activité salariée en France"),
    (
        "sit_independant",
        "independant",
        "Vous exercez une activité non salariée en France (travailleur indépendant, "
        "micro-entrepreneur)",
    ),
    (
        "sit_demandeur",
        "demandeur_emploi",
        "Vous êtes inscrit(e) comme demandeur d'emploi auprès de France Travail",
    ),
    ("sit_etudiant", "etudiant", "Vous êtes étudiant(e) dans un établissement en France"),
    (
        "sit_sans",
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("sit_autre", "autre", "Autre situation (précisez) :"),
]
CONTRACTS = [("ct_cdi", "CDI"), ("ct_cdd", "CDD"), ("ct_interim", "Intérim"), ("ct_autre", "Autre")]


class FormDrawer:
    def __init__(self, c, run):
        register_fonts()
        self.c = c
        self.s = RUNS[run]
        self.run = run
        self.pos = {}
        self.y = PAGE_H - MARGIN

    # ----- small helpers -------------------------------------------------------------
    def font(self, size, bold=False):
        self.c.setFont(self.s["bold"] if bold else self.s["font"], size)

    def width(self, text, size, bold=False):
        return pdfmetrics.stringWidth(text, self.s["bold"] if bold else self.s["font"], size)

    def para(self, text, x, w, size, lead=None, bold=False):
        """Simple word-wrapped paragraph starting at self.y; moves self.y down."""
        lead = lead or size * 1.25
        self.font(size, bold)
        line = ""
        for word in text.split():
            trial = (line + " " + word).strip()
            if self.width(trial, size, bold) > w and line:
                self.y -= lead
                self.c.drawString(x, self.y, line)
                line = word
            else:
                line = trial
        if line:
            self.y -= lead
            self.c.drawString(x, self.y, line)

    def section(self, letter, title):
        c, s = self.c, self.s
        self.y -= 8
        if s["section"] == "bar":
            c.setFillColorRGB(*s["accent"])
            c.rect(MARGIN, self.y - 16, PAGE_W - 2 * MARGIN, 16, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            self.font(10.5, True)
            c.drawString(MARGIN + 6, self.y - 12, f"{letter}   {title}")
            c.setFillColorRGB(0, 0, 0)
            self.y -= 22
        elif s["section"] == "underline":
            self.font(11, True)
            c.drawString(MARGIN, self.y - 12, f"{letter}. {title}")
            c.setLineWidth(0.8)
            c.line(MARGIN, self.y - 15, PAGE_W - MARGIN, self.y - 15)
            self.y -= 22
        else:
            c.setFillColorRGB(0.86, 0.86, 0.86)
            c.roundRect(MARGIN, self.y - 17, 230, 17, 4, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.circle(MARGIN + 10, self.y - 8.5, 7, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            self.font(9, True)
            c.drawCentredString(MARGIN + 10, self.y - 11.5, letter)
            c.setFillColorRGB(0, 0, 0)
            self.font(10, True)
            c.drawString(MARGIN + 22, self.y - 12.5, title)
            c.setLineWidth(0.6)
            c.line(MARGIN, self.y - 17.5, PAGE_W - MARGIN, self.y - 17.5)
            self.y -= 24

    def comb(self, key, x, ybot, n, groups=None, cell=None):
        cw, ch = cell or self.s["cell"]
        c = self.c
        c.setLineWidth(0.6)
        cells = []
        cx = x
        for i in range(n):
            if groups and i in groups:
                cx += cw * 0.6
            c.rect(cx, ybot, cw, ch, stroke=1, fill=0)
            cells.append((cx, ybot, cw, ch))
            cx += cw
        self.pos[key] = {"kind": "comb", "cells": cells}
        return cx

    def tickbox(self, key, x, ybot, size=None):
        size = size or self.s["box"]
        self.c.setLineWidth(0.7)
        self.c.rect(x, ybot, size, size, stroke=1, fill=0)
        self.pos[key] = {"kind": "box", "rect": (x, ybot, size, size)}

    def field(self, key, label, x, w, kind="text", n=0, groups=None, hint=""):
        """Draw one labelled field in the current row (top at self.y); return the row height."""
        c, s = self.c, self.s
        cw, ch = s["cell"]
        top = self.y
        if s["label"] == "above":
            self.font(7.5)
            c.drawString(x, top - 8, label + (f"  {hint}" if hint else ""))
            ybot = top - 11 - ch
            if kind == "comb":
                self.comb(key, x, ybot, n, groups)
            else:
                c.setLineWidth(0.6)
                c.rect(x, ybot, w, ch, stroke=1, fill=0)
                self.pos[key] = {"kind": "text", "rect": (x + 2, ybot, w - 4, ch)}
            return 11 + ch + 6
        if s["label"] == "beside":
            self.font(8.5)
            lab = label + " :"
            c.drawString(x, top - 12, lab)
            fx = x + self.width(lab, 8.5) + 5
            if kind == "comb":
                end = self.comb(key, fx, top - 15, n, groups)
                if hint:
                    self.font(6.5)
                    c.drawString(end + 4, top - 12, hint)
            else:
                c.setDash(1, 2)
                c.setLineWidth(0.6)
                c.line(fx, top - 14, x + w, top - 14)
                c.setDash()
                self.pos[key] = {"kind": "text", "rect": (fx + 1, top - 14, x + w - fx - 2, 13)}
            return 21
        # label inside a framed cell
        hbox = ch + 13
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        c.rect(x, top - hbox, w, hbox, stroke=1, fill=0)
        c.setStrokeColorRGB(0, 0, 0)
        self.font(6.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(x + 3, top - 7.5, label + (f"  {hint}" if hint else ""))
        c.setFillColorRGB(0, 0, 0)
        if kind == "comb":
            self.comb(key, x + 3, top - hbox + 2, n, groups, cell=(cw * 0.95, ch - 3))
        else:
            self.pos[key] = {"kind": "text", "rect": (x + 4, top - hbox + 2, w - 8, ch - 3)}
        return hbox + 4

    def row(self, specs):
        hmax = 0
        for spec in specs:
            opts = spec[6] if len(spec) > 6 else {}
            hmax = max(hmax, self.field(*spec[:6], **opts))
        self.y -= hmax

    def footer(self, page):
        self.font(7)
        self.c.drawRightString(PAGE_W - MARGIN, 22, f"S1106 — cerfa n° 15763*02 — page {page}/2")
        self.c.drawString(MARGIN, 22, "ameli.fr")

    # ----- pages ---------------------------------------------------------------------
    def header(self):
        c, s = self.c, self.s
        top = PAGE_H - MARGIN
        c.setFillColorRGB(0.05, 0.27, 0.55)
        if self.run == "R2":
            c.setFillColorRGB(0, 0, 0)
        self.font(15, True)
        c.drawString(MARGIN, top - 16, "l'Assurance")
        c.drawString(MARGIN, top - 32, "Maladie")
        self.font(6.5)
        c.drawString(MARGIN, top - 41, "Agir ensemble, protéger chacun")
        c.setFillColorRGB(0, 0, 0)
        # cerfa box
        bx = PAGE_W - MARGIN - 92
        c.setLineWidth(1)
        c.rect(bx, top - 42, 92, 42, stroke=1, fill=0)
        self.font(13, True)
        c.drawCentredString(bx + 46, top - 17, "cerfa")
        self.font(9)
        c.drawCentredString(bx + 46, top - 33, "N° 15763*02")
        # title
        self.font(14 if self.run != "R2" else 13, True)
        c.drawCentredString(PAGE_W / 2, top - 18, "Demande d'ouverture des droits")
        c.drawCentredString(PAGE_W / 2, top - 34, "à l'assurance maladie")
        self.font(10)
        c.drawCentredString(PAGE_W / 2, top - 49, "Protection universelle maladie (PUMa)")
        self.y = top - 58
        self.para(
            "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
            "professionnelle : remplissez ce formulaire pour bénéficier de la prise en charge de "
            "vos frais de santé. Écrivez en lettres capitales. Joignez les pièces justificatives "
            "listées en page 2 et adressez le tout à la caisse d'assurance maladie de votre lieu "
            "de résidence.",
            MARGIN,
            PAGE_W - 2 * MARGIN,
            7.2,
        )
        self.font(6.5)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        self.y -= 10
        c.drawString(
            MARGIN,
            self.y,
            "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 et D. 160-2 du code de la sécurité "
            "sociale.",
        )
        c.setFillColorRGB(0, 0, 0)
        self.y -= 4

    def page1(self):
        s = self.s
        self.header()
        full = PAGE_W - 2 * MARGIN
        x0 = MARGIN
        self.section("A", "VOUS")
        ncomb = int((full - 4) // s["cell"][0]) if s["label"] != "beside" else 0
        if s["names"] == "comb":
            self.row([("nom_naissance", "Nom de naissance", x0, full, "comb", ncomb)])
            self.row(
                [("nom_usage", "Nom d'usage (facultatif)", x0, full, "comb", ncomb, {"hint": ""})]
            )
            self.row([("prenoms", "Prénom(s)", x0, full, "comb", ncomb)])
        else:
            self.row([("nom_naissance", "Nom de naissance", x0, full)])
            self.row([("nom_usage", "Nom d'usage (facultatif, ex. nom d'époux/se)", x0, full)])
            self.row([("prenoms", "Prénom(s)", x0, full)])
        # sex + date of birth
        top = self.y
        self.font(8.5 if s["label"] == "beside" else 7.5)
        self.c.drawString(x0, top - 12, "Sexe :")
        bx = x0 + 34
        for key, lab in (("sexe_f", "F"), ("sexe_m", "M")):
            self.tickbox(key, bx, top - 14)
            self.c.drawString(bx + s["box"] + 3, top - 12, lab)
            bx += 34
        self.y = top
        hdob = self.field(
            "date_naissance",
            "Date de naissance",
            x0 + 125,
            200,
            "comb",
            8,
            groups={2, 4},
            hint="(JJ MM AAAA)",
        )
        self.y = top - max(hdob, 20)
        half = full / 2 - 4
        self.row(
            [
                ("lieu_commune", "Lieu de naissance : commune", x0, half),
                ("lieu_pays", "pays", x0 + half + 8, half),
            ]
        )
        self.row([("nationalite", "Nationalité", x0, full)])
        self.row(
            [
                (
                    "nir",
                    "N° de sécurité sociale (si vous en avez un)",
                    x0,
                    full,
                    "comb",
                    15,
                    {"groups": {1, 3, 5, 7, 10, 13}},
                )
            ]
        )
        self.row([("adresse", "Adresse", x0, full)])
        self.row(
            [
                ("code_postal", "Code postal", x0, 110, "comb", 5),
                ("commune", "Commune", x0 + 120, full - 120),
            ]
        )
        self.row(
            [
                ("telephone", "Téléphone", x0, 190),
                ("email", "Adresse e-mail", x0 + 200, full - 200),
            ]
        )
        self.section("B", "VOTRE SITUATION")
        self.font(7.5)
        self.c.drawString(x0, self.y - 9, "Cochez la case correspondant à votre situation :")
        self.y -= 14
        size = s["box"]
        for key, _code, label in SITUATIONS:
            top = self.y
            self.para(label, x0 + size + 6, full - size - 10, 8.3)
            self.tickbox(key, x0, top - 12.5, size)
            self.y -= 10
            if key == "sit_salarie":
                self.font(7.8)
                cx = x0 + size + 18
                self.c.drawString(cx, self.y - 9, "Type de contrat :")
                cx += 68
                for ckey, clab in CONTRACTS:
                    self.tickbox(ckey, cx, self.y - 10, size * 0.9)
                    self.c.drawString(cx + size + 3, self.y - 9, clab)
                    cx += 60
                self.y -= 14
                indent = x0 + size + 18
                self.row(
                    [
                        ("employeur", "Nom de l'employeur", indent, 250),
                        ("emploi", "Emploi occupé", indent + 258, full - 258 - size - 18),
                    ]
                )
            if key == "sit_autre":
                self.c.setLineWidth(0.5)
                self.c.setDash(1, 2)
                self.c.line(x0 + 150, top - 11, PAGE_W - MARGIN, top - 11)
                self.c.setDash()
                self.pos["autre_precision"] = {
                    "kind": "text",
                    "rect": (x0 + 152, top - 11, PAGE_W - MARGIN - x0 - 154, 12),
                }
        self.footer(1)

    def page2(self):
        c, s = self.c, self.s
        full = PAGE_W - 2 * MARGIN
        x0 = MARGIN
        self.y = PAGE_H - MARGIN
        self.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
        self.para(
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
            "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
            "situation (adresse, activité, résidence) et à lui fournir tout document justificatif "
            "demandé.",
            x0,
            full,
            8.8,
        )
        self.y -= 4
        self.para(
            "La loi punit quiconque se rend coupable de fraude ou de fausse déclaration (articles "
            "313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). En outre, l'inexactitude, le "
            "caractère incomplet des déclarations ou l'absence de déclaration d'un changement de "
            "situation peuvent faire l'objet d'une pénalité financière (article L. 114-17-1 du code "
            "de la sécurité sociale).",
            x0,
            full,
            7.2,
        )
        self.y -= 22
        self.font(9.5)
        base = self.y
        c.drawString(x0, base, "Fait à")
        fx = x0 + self.width("Fait à", 9.5) + 4
        c.setDash(1, 2)
        c.setLineWidth(0.6)
        c.line(fx, base - 1, fx + 190, base - 1)
        c.setDash()
        self.pos["place"] = {"kind": "text", "rect": (fx + 2, base - 1, 186, 14)}
        lx = fx + 200
        c.drawString(lx, base, "le")
        dx = lx + self.width("le", 9.5) + 4
        c.setDash(1, 2)
        c.line(dx, base - 1, dx + 120, base - 1)
        c.setDash()
        self.pos["date"] = {"kind": "text", "rect": (dx + 2, base - 1, 116, 14)}
        # signature box
        self.y = base - 14
        sw, sh = 250, 86
        sx = PAGE_W - MARGIN - sw if self.run != "R3" else x0 + 40
        if s["sig"] == "above":
            self.font(9, True)
            c.drawString(sx, self.y - 9, "Signature")
            self.y -= 13
        c.setLineWidth(0.9)
        c.rect(sx, self.y - sh, sw, sh, stroke=1, fill=0)
        if s["sig"] == "inside":
            self.font(8)
            c.drawString(sx + 4, self.y - 10, "Signature")
        elif s["sig"] == "grey":
            c.setFillColorRGB(0.8, 0.8, 0.8)
            self.font(20)
            c.drawCentredString(sx + sw / 2, self.y - sh / 2 - 6, "Signature")
            c.setFillColorRGB(0, 0, 0)
        self.pos["sig"] = {"kind": "box", "rect": (sx, self.y - sh, sw, sh)}
        self.y -= sh + 18
        # documents to attach
        if s["section"] == "bar":
            c.setFillColorRGB(*s["accent"])
            c.rect(x0, self.y - 15, full, 15, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            self.font(9.5, True)
            c.drawString(x0 + 6, self.y - 11, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
            c.setFillColorRGB(0, 0, 0)
            self.y -= 18
        else:
            self.font(9.5, True)
            c.drawString(x0, self.y - 11, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
            self.y -= 15
        items = [
            "la photocopie d'une pièce d'identité : passeport ou carte nationale d'identité ;",
            "si vous êtes ressortissant d'un État hors Union européenne / EEE / Suisse : la "
            "photocopie de votre titre de séjour, de votre visa long séjour valant titre de séjour "
            "(VLS-TS) ou de votre récépissé de demande ;",
            "la photocopie d'un acte de naissance (copie intégrale ou extrait avec filiation), "
            "apostillé ou légalisé s'il a été établi à l'étranger ;",
            "un justificatif de résidence en France depuis plus de trois mois (bail, quittances, "
            "factures d'énergie ou de téléphone, attestation d'hébergement) ;",
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]
        for it in items:
            top = self.y
            self.para(it, x0 + 12, full - 14, 8)
            self.font(8)
            c.drawString(x0 + 3, top - 8 * 1.25, "•" if self.run != "R2" else "–")
            self.y -= 2
        self.y -= 8
        self.para(
            "Informatique et libertés : les informations recueillies sont destinées à votre caisse "
            "d'assurance maladie pour l'ouverture de vos droits. Vous disposez d'un droit d'accès "
            "et de rectification auprès du délégué à la protection des données de votre caisse.",
            x0,
            full,
            6.5,
        )
        # reserved frame
        self.y -= 14
        h = 62
        c.setLineWidth(0.8)
        if self.run == "R3":
            c.setFillColorRGB(0.93, 0.93, 0.93)
            c.rect(x0, self.y - h, full, h, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
        else:
            c.rect(x0, self.y - h, full, h, stroke=1, fill=0)
        self.font(8.5, True)
        c.drawString(x0 + 6, self.y - 12, "Cadre réservé à l'organisme")
        self.font(8)
        c.drawString(x0 + 6, self.y - 30, "Date de réception : ____ / ____ / ________")
        c.drawString(x0 + 250, self.y - 30, "Pièces vérifiées :")
        bx = x0 + 250 + self.width("Pièces vérifiées :", 8) + 6
        for lab in ("oui", "non"):
            c.rect(bx, self.y - 31, 8, 8, stroke=1, fill=0)
            c.drawString(bx + 11, self.y - 30, lab)
            bx += 38
        c.drawString(x0 + 6, self.y - 48, "Matricule agent : ______________")
        c.drawString(x0 + 250, self.y - 48, "Cachet de la caisse :")
        self.footer(2)


def build_pdf(out, run, fill_hook=None):
    """Write the two-page form to out (path or file object).

    fill_hook(canvas, page_number, positions) is called after each page is drawn, before
    showPage, so that typed values, AcroForm fields or images land on the right page.
    Returns [positions of page 1, positions of page 2].
    """
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("")
    result = []
    for page in (1, 2):
        d = FormDrawer(c, run)
        d.page1() if page == 1 else d.page2()
        if fill_hook:
            fill_hook(c, page, d.pos)
        result.append(d.pos)
        c.showPage()
    c.save()
    return result
