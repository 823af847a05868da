"""Three home-made "print runs" of the cerfa 15763*02 (S1106), drawn with reportlab.

Each run draws the blank two-page form on a reportlab canvas and records where every
fillable field sits, as rectangles in points with a top-left origin:
``fields[name] = {"page": 1|2, "kind": "text"|"comb"|"check"|"box", "rect": (x, y, w, h),
"cells": [(x, y, w, h), ...]}``.
"""

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = A4
FONT_DIR = "/usr/share/fonts/truetype"
_FONTS = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "LibSerif-I": "liberation/LiberationSerif-Italic.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "Carlito-B": "crosextra/Carlito-Bold.ttf",
    "OpenSans-B": "open-sans/OpenSans-Bold.ttf",
    "OpenSans-BI": "open-sans/OpenSans-BoldItalic.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if not _registered:
        for name, rel in _FONTS.items():
            pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{rel}"))
        _registered = True


AM_BLUE = Color(0.0, 0.32, 0.62)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.88, 0.9, 0.93)

# Print runs: A = sans, dark section bars, combs for names, labels above;
# B = serif, underlined sections, dotted lines with labels beside, small combs;
# C = Carlito, grey bands, framed fields with the label inside, large combs.
RUNS = {
    "A": dict(
        reg="LibSans",
        bold="LibSans-B",
        section="bar",
        labels="above",
        comb=12.5,
        name_comb=True,
        sig_label="above",
        check=9.0,
    ),
    "B": dict(
        reg="LibSerif",
        bold="LibSerif-B",
        section="underline",
        labels="beside",
        comb=11.0,
        name_comb=False,
        sig_label="inside",
        check=8.5,
    ),
    "C": dict(
        reg="Carlito",
        bold="Carlito-B",
        section="band",
        labels="inside",
        comb=14.0,
        name_comb=False,
        sig_label="grey",
        check=10.0,
    ),
}

NOTICE = (
    "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou vous "
    "exercez une activité professionnelle en France : vous pouvez bénéficier de la prise en charge "
    "de vos frais de santé. Remplissez ce formulaire en lettres majuscules, signez-le et "
    "renvoyez-le à la caisse d'assurance maladie de votre lieu de résidence avec les pièces "
    "justificatives demandées (voir page 2)."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 du code de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, état civil). La loi rend passible d'amende et/ou d'emprisonnement "
    "quiconque se rend coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, "
    "433-19, 441-1 et 441-7 du code pénal ; article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    "une pièce d'identité en cours de validité (passeport, ou carte nationale d'identité pour "
    "les ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;",
    "si vous n'êtes pas ressortissant européen : votre titre de séjour, votre visa long séjour "
    "valant titre de séjour (VLS-TS) ou votre récépissé de demande ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé "
    "selon le pays ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit d'accès "
    "et de rectification des données vous concernant auprès de votre caisse."
)


class Form:
    """Draws one print run and records field rectangles (top-left origin, points)."""

    def __init__(self, canvas, run):
        register_fonts()
        self.c = canvas
        self.run = run
        self.s = RUNS[run]
        self.fields = {}
        self.page = 1
        self.left, self.right = 42.0, PAGE_W - 42.0

    # -- primitives -------------------------------------------------------------------------
    def _y(self, top):
        return PAGE_H - top

    def text(self, x, top, txt, size=8.5, bold=False, font=None, color=black):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or (self.s["bold"] if bold else self.s["reg"]), size)
        c.drawString(x, self._y(top), txt)
        c.setFillColor(black)

    def width(self, txt, size=8.5, bold=False):
        return pdfmetrics.stringWidth(txt, self.s["bold"] if bold else self.s["reg"], size)

    def para(self, x, top, txt, width, size=7.5, leading=None, font=None):
        leading = leading or size * 1.22
        lines = simpleSplit(txt, font or self.s["reg"], size, width)
        for i, line in enumerate(lines):
            self.text(x, top + i * leading, line, size, font=font)
        return top + len(lines) * leading

    def rect(self, x, top, w, h, fill=None, stroke=True, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, self._y(top + h), w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColor(black)

    def add(self, name, kind, rect, cells=None):
        self.fields[name] = {"page": self.page, "kind": kind, "rect": rect, "cells": cells or []}

    # -- form elements ----------------------------------------------------------------------
    def section(self, top, letter, title):
        st = self.s["section"]
        x, w = self.left, self.right - self.left
        if st == "bar":
            self.rect(x, top, w, 15, fill=Color(0.18, 0.22, 0.3), stroke=False)
            self.text(x + 6, top + 11, f"{letter}", 10, bold=True, color=white)
            self.text(x + 22, top + 11, title, 10, bold=True, color=white)
        elif st == "underline":
            self.text(x, top + 11, f"{letter} — {title}", 11, bold=True)
            self.c.setLineWidth(1.1)
            self.c.line(x, self._y(top + 14.5), self.right, self._y(top + 14.5))
        else:
            self.rect(x, top, w, 16, fill=LIGHT, stroke=False)
            self.c.setFillColor(AM_BLUE)
            self.c.circle(x + 10, self._y(top + 8), 6.5, stroke=0, fill=1)
            self.text(x + 7.2, top + 11.3, letter, 9, bold=True, color=white)
            self.text(x + 22, top + 11.5, title, 10.5, bold=True, color=AM_BLUE)
        return top + 24

    def comb(self, name, x, top, n, size=None, groups=None):
        """n boxes; groups like (2, 2, 4) adds a gap between groups."""
        size = size or self.s["comb"]
        cells, cx, k = [], x, 0
        for g in groups or (n,):
            for _ in range(g):
                self.rect(cx, top, size, size, lw=0.5)
                cells.append((cx, top, size, size))
                cx += size
                k += 1
            cx += size * 0.45
        self.add(name, "comb", (x, top, cx - x, size), cells)
        return cx

    def check(self, name, x, top, label, size=None):
        size = size or self.s["check"]
        self.rect(x, top, size, size, lw=0.7)
        self.add(name, "check", (x, top, size, size))
        self.text(x + size + 4, top + size - 1.2, label, 8.5)
        return x + size + 8 + self.width(label)

    def field(self, name, label, x, top, w, comb_n=0):
        """A labelled field in the run's style; returns the top of the next row."""
        lab = self.s["labels"]
        if comb_n and self.s["name_comb"]:
            self.text(x, top + 8, label, 8)
            cw = min(self.s["comb"], w / comb_n)
            self.comb(name, x, top + 11, comb_n, size=cw)
            return top + 11 + cw + 7
        if lab == "above":
            self.text(x, top + 8, label, 8)
            self.rect(x, top + 11, w, 15, lw=0.5)
            self.add(name, "text", (x + 2, top + 11, w - 4, 15))
            return top + 32
        if lab == "beside":
            self.text(x, top + 12, label, 9)
            lx = x + self.width(label, 9) + 4
            self.c.setDash(1, 2)
            self.c.setLineWidth(0.6)
            self.c.line(lx, self._y(top + 13), x + w, self._y(top + 13))
            self.c.setDash()
            self.add(name, "text", (lx + 2, top, x + w - lx - 2, 14))
            return top + 21
        self.rect(x, top, w, 24, lw=0.6)
        self.text(x + 3, top + 7.5, label, 6.8, color=Color(0.25, 0.25, 0.3))
        self.add(name, "text", (x + 3, top + 9, w - 6, 14))
        return top + 28

    # -- pages --------------------------------------------------------------------------------
    def header(self):
        c, s = self.c, self.s
        L, R = self.left, self.right
        if self.run == "A":
            c.setFillColor(AM_BLUE)
            c.roundRect(L, self._y(70), 34, 34, 6, stroke=0, fill=1)
            self.text(L + 7, 58, "am", 15, font="OpenSans-BI", color=white)
            self.text(L + 40, 50, "l'Assurance", 12, bold=True, color=AM_BLUE)
            self.text(L + 40, 64, "Maladie", 12, bold=True, color=AM_BLUE)
        elif self.run == "B":
            self.text(L, 52, "l'Assurance Maladie", 15, font="OpenSans-B", color=AM_BLUE)
            self.text(L, 64, "Agir ensemble, protéger chacun", 8, font="LibSerif-I", color=GREY)
        else:
            c.setFillColor(AM_BLUE)
            c.rect(L, self._y(72), 5, 36, stroke=0, fill=1)
            self.text(L + 11, 52, "l'Assurance", 13, font="OpenSans-B", color=AM_BLUE)
            self.text(L + 11, 68, "Maladie", 13, font="OpenSans-B", color=AM_BLUE)
        # cerfa box
        bw = 92
        self.rect(R - bw, 34, bw, 38, lw=0.9)
        self.text(R - bw + 8, 52, "cerfa", 14, font="OpenSans-BI")
        self.text(R - bw + 8, 66, "N° 15763*02", 9, bold=True)
        title = "Demande d'ouverture des droits à l'assurance maladie"
        ts = 14.5 if self.run != "B" else 15
        tw = pdfmetrics.stringWidth(title, s["bold"], ts)
        self.text((PAGE_W - tw) / 2, 100, title, ts, bold=True)
        sub = "Protection universelle maladie (PUMa)"
        sw = pdfmetrics.stringWidth(sub, s["reg"], 11)
        self.text((PAGE_W - sw) / 2, 116, sub, 11)
        lw = pdfmetrics.stringWidth(LEGAL, s["reg"], 6.8)
        self.text((PAGE_W - lw) / 2, 128, LEGAL, 6.8, color=GREY)
        if self.run == "C":
            self.rect(L, 136, R - L, 40, fill=Color(0.96, 0.96, 0.97), lw=0.3)
            return self.para(L + 5, 145, NOTICE, R - L - 10, size=7.2) + 12
        return self.para(L, 142, NOTICE, R - L, size=7.2) + 10

    def footer(self, page):
        t = f"S1106 — cerfa n° 15763*02 — page {page}/2"
        if self.run == "B":
            self.text(self.left, PAGE_H - 24, t, 7, color=GREY)
        else:
            w = self.width(t, 7)
            self.text(self.right - w, PAGE_H - 24, t, 7, color=GREY)
        if page == 1:
            self.text(
                self.left if self.run != "B" else self.right - 60,
                PAGE_H - 24,
                "Tournez la page svp" if self.run != "B" else "Voir au verso",
                7,
                color=GREY,
            )

    def page1(self):
        self.page = 1
        L, R = self.left, self.right
        W = R - L
        top = self.header()
        top = self.section(top, "A", "VOUS")
        top = self.field("nom_naissance", "Nom de naissance", L, top, W, comb_n=30)
        top = self.field("nom_usage", "Nom d'usage (facultatif)", L, top, W, comb_n=30)
        top = self.field("prenoms", "Prénom(s)", L, top, W, comb_n=30)
        # sex + date of birth on one row
        cs = self.s["comb"]
        self.text(L, top + cs - 1, "Sexe", 8.5)
        x = self.check("sexe_f", L + 30, top + (cs - self.s["check"]) / 2, "F")
        self.check("sexe_m", x + 2, top + (cs - self.s["check"]) / 2, "M")
        dx = L + 150
        self.text(dx, top + cs - 1, "Date de naissance", 8.5)
        self.comb(
            "date_naissance",
            dx + self.width("Date de naissance", 8.5) + 8,
            top,
            8,
            groups=(2, 2, 4),
        )
        self.text(R - 62, top + cs - 1, "JJ MM AAAA", 6.5, color=GREY)
        top += cs + 8
        half = W / 2 - 6
        self.field("lieu_commune", "Lieu de naissance : commune", L, top, half)
        top = self.field("lieu_pays", "pays", L + half + 12, top, half)
        top = self.field("nationalite", "Nationalité", L, top, half)
        self.text(L, top + cs - 1, "N° de sécurité sociale (si vous en avez un)", 8.5)
        nx = L + self.width("N° de sécurité sociale (si vous en avez un)", 8.5) + 8
        nir_cs = min(cs, 13.0)
        x = self.comb("nir", nx, top, 13, size=nir_cs, groups=(1, 2, 2, 2, 3, 3))
        self.text(x + 2, top + nir_cs - 2, "clé", 7)
        self.comb("nir_cle", x + 16, top, 2, size=nir_cs)
        top += cs + 10
        top = self.field("adresse", "Adresse (n°, rue, bâtiment, appartement)", L, top, W)
        self.text(L, top + cs - 1, "Code postal", 8.5)
        self.comb("code_postal", L + 52, top, 5)
        if self.s["labels"] == "inside":
            top = self.field("commune", "Commune", L + 140, top - 6, W - 140)
        else:
            top = self.field(
                "commune",
                "Commune",
                L + 140,
                top - (6 if self.s["labels"] == "above" else -2),
                W - 140,
            )
        self.field("telephone", "Téléphone", L, top, half)
        top = self.field("email", "Adresse e-mail", L + half + 12, top, half)
        top += 4
        top = self.section(top, "B", "VOTRE SITUATION")
        self.text(
            L, top + 6, "Cochez la case correspondant à votre situation actuelle :", 8.5, bold=True
        )
        top += 16
        ck = self.s["check"]
        self.check("sit_salarie", L, top, "Vous exercez une activité salariée en France")
        top += ck + 7
        self.text(L + 22, top + ck - 1, "Type de contrat :", 8.5)
        x = L + 22 + self.width("Type de contrat :", 8.5) + 8
        for key, lab in (
            ("ct_cdi", "CDI"),
            ("ct_cdd", "CDD"),
            ("ct_interim", "Intérim"),
            ("ct_autre", "Autre (apprentissage, saisonnier...)"),
        ):
            x = self.check(key, x, top, lab) + 6
        top += ck + 6
        self.field("profession", "Profession", L + 22, top, W / 2 - 30)
        top = self.field("employeur", "Employeur", L + W / 2, top, W / 2)
        for key, lab in (
            ("sit_independant", "Vous exercez une activité indépendante en France"),
            ("sit_demandeur", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
            ("sit_etudiant", "Vous êtes étudiant(e)"),
            (
                "sit_sans_activite",
                "Vous êtes sans activité professionnelle et résidez en France "
                "de manière stable depuis plus de trois mois",
            ),
        ):
            self.check(key, L, top, lab)
            top += ck + 8
        self.check("sit_autre", L, top, "Autre situation")
        top += ck + 5
        self.field("autre_precision", "Précisez :", L + 22, top, W - 22)
        self.footer(1)

    def page2(self):
        self.page = 2
        L, R = self.left, self.right
        W = R - L
        top = 44
        if self.run == "B":
            self.text(L, top, "l'Assurance Maladie", 9, font="OpenSans-B", color=AM_BLUE)
            top += 14
        top = self.section(top, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        top = self.para(L, top + 4, CERTIF, W, size=8.3) + 14
        self.text(L, top + 10, "Fait à", 9.5)
        fx = L + self.width("Fait à", 9.5) + 4
        self.c.setDash(1, 2) if self.run != "C" else self.c.setDash()
        self.c.setLineWidth(0.6)
        self.c.line(fx, self._y(top + 11), fx + 170, self._y(top + 11))
        self.add("fait_a", "text", (fx + 2, top - 4, 166, 15))
        lx = fx + 182
        self.text(lx, top + 10, "le", 9.5)
        self.c.line(lx + 12, self._y(top + 11), lx + 130, self._y(top + 11))
        self.c.setDash()
        self.add("date_signature", "text", (lx + 14, top - 4, 116, 15))
        top += 26
        bw, bh = 230, 78
        bx = R - bw if self.run != "B" else L + 140
        sl = self.s["sig_label"]
        if sl == "above":
            self.text(bx, top + 8, "Signature", 9, bold=True)
            top += 12
        self.rect(bx, top, bw, bh, lw=0.8)
        if sl == "inside":
            self.text(bx + 4, top + 10, "Signature", 8.5, bold=True)
        elif sl == "grey":
            gw = pdfmetrics.stringWidth("Signature", self.s["reg"], 16)
            self.text(
                bx + (bw - gw) / 2, top + bh / 2 + 5, "Signature", 16, color=Color(0.8, 0.8, 0.8)
            )
        self.add("signature", "box", (bx, top, bw, bh))
        top += bh + 22
        if self.s["section"] == "bar":
            self.rect(L, top, W, 15, fill=Color(0.18, 0.22, 0.3), stroke=False)
            self.text(
                L + 6,
                top + 11,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                10,
                bold=True,
                color=white,
            )
            top += 24
        else:
            self.text(
                L, top + 10, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10.5, bold=True
            )
            top += 20
        self.text(L, top + 4, "Joignez la photocopie lisible des documents suivants :", 8.5)
        top += 14
        for p in PIECES:
            self.text(L + 6, top + 4, "•" if self.run != "B" else "–", 8.5)
            top = self.para(L + 16, top + 4, p, W - 16, size=8.3) + 4
        top += 16
        self.rect(L, top, W, 82, lw=0.8, fill=Color(0.95, 0.95, 0.95) if self.run == "C" else None)
        self.text(L + 6, top + 13, "Cadre réservé à l'organisme", 9, bold=True)
        self.text(L + 6, top + 32, "Date de réception :", 8.5)
        self.comb("_recv", L + 90, top + 23, 8, size=11, groups=(2, 2, 4))
        self.text(L + 6, top + 52, "Pièces vérifiées :", 8.5)
        x = self.check("_pv_oui", L + 90, top + 45, "oui")
        self.check("_pv_non", x + 4, top + 45, "non")
        self.text(L + 6, top + 72, "Matricule agent :", 8.5)
        self.comb("_matr", L + 90, top + 63, 6, size=11)
        self.text(L + 270, top + 32, "Cachet de la caisse", 8, color=GREY)
        top += 100
        self.para(L, top, CNIL, W, size=6.6)
        self.footer(2)


def draw_blank(canvas, run, pages=(1, 2)):
    """Draw the requested blank pages on ``canvas`` (one showPage each); returns fields."""
    f = Form(canvas, run)
    for p in pages:
        f.page1() if p == 1 else f.page2()
        yield p, f.fields
        canvas.showPage()


def blank_pdf_bytes(run):
    """The blank two-page form as PDF bytes plus the field map."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    fields = {}
    for _, fl in draw_blank(c, run):
        fields = fl
    c.save()
    return buf.getvalue(), dict(fields)
