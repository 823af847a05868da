"""Three home-made "print runs" of the cerfa 15763*02 (S1106) drawn with reportlab.

Each run draws the two A4 pages and records where every fillable zone is, in PDF
points (origin bottom-left), so that the same zones can be typed, turned into
AcroForm fields or written on by hand after rasterisation.
"""

from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = A4
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "OpenSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "OpenSans-I": TT + "open-sans/OpenSans-Italic.ttf",
    "Caladea": TT + "crosextra/Caladea-Regular.ttf",
    "Caladea-B": TT + "crosextra/Caladea-Bold.ttf",
    "Caladea-I": TT + "crosextra/Caladea-Italic.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "LibSerif": TT + "liberation/LiberationSerif-Regular.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if not _registered:
        for name, path in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, path))
        _registered = True


RUNS = {
    # official-looking run: blue section bars, labels above, names in comb boxes
    "r1": {
        "f": "LibSans",
        "b": "LibSans-B",
        "i": "LibSans-I",
        "accent": (0.05, 0.26, 0.6),
        "bar": "fill",
        "labels": "above",
        "names": "comb",
        "comb": 13.0,
        "check": 8.5,
        "sig": "inside",
        "footer": "S1106 - cerfa n° 15763*02 - page {p}/2",
    },
    # a later run: underlined titles, labels beside dotted lines, small combs
    "r2": {
        "f": "OpenSans",
        "b": "OpenSans-B",
        "i": "OpenSans-I",
        "accent": (0.0, 0.42, 0.55),
        "bar": "rule",
        "labels": "beside",
        "names": "dots",
        "comb": 11.5,
        "check": 9.5,
        "sig": "grey",
        "footer": "S1106 — cerfa n° 15763*02 — page {p}/2",
    },
    # a serif run: grey bars, label printed inside each framed cell, large combs
    "r3": {
        "f": "Caladea",
        "b": "Caladea-B",
        "i": "Caladea-I",
        "accent": (0.2, 0.2, 0.2),
        "bar": "grey",
        "labels": "inside",
        "names": "cell",
        "comb": 15.5,
        "check": 10.0,
        "sig": "above",
        "footer": "S1106  |  cerfa n° 15763*02  |  page {p}/2",
    },
}


@dataclass
class Zone:
    page: int
    kind: str  # line | comb | check | sig
    x: float
    y: float
    w: float
    h: float
    boxes: list = field(default_factory=list)  # comb boxes (x, y, w, h)


class FormDrawer:
    def __init__(self, c, run):
        register_fonts()
        self.c = c
        self.run = run
        self.r = RUNS[run]
        self.zones = {}
        self.page = 1

    # ---------------------------------------------------------------- helpers
    def font(self, kind, size):
        self.c.setFont(self.r[kind], size)

    def text(self, x, y, s, size=8, kind="f", color=(0, 0, 0)):
        self.c.setFillColorRGB(*color)
        self.font(kind, size)
        self.c.drawString(x, y, s)
        self.c.setFillColorRGB(0, 0, 0)

    def para(self, x, y, s, width, size=7, kind="f", lead=None):
        lead = lead or size * 1.22
        words = s.split()
        line = ""
        for w in words:
            cand = (line + " " + w).strip()
            if pdfmetrics.stringWidth(cand, self.r[kind], size) > width and line:
                self.text(x, y, line, size, kind)
                y -= lead
                line = w
            else:
                line = cand
        if line:
            self.text(x, y, line, size, kind)
            y -= lead
        return y

    def section(self, y, letter, title):
        c, r = self.c, self.r
        acc = r["accent"]
        if r["bar"] == "fill":
            c.setFillColorRGB(*acc)
            c.rect(36, y - 16, PAGE_W - 72, 16, stroke=0, fill=1)
            self.text(42, y - 12, f"{letter}", 11, "b", (1, 1, 1))
            self.text(60 if letter else 42, y - 12, title, 10, "b", (1, 1, 1))
            return y - 26
        if r["bar"] == "rule":
            c.setFillColorRGB(*acc)
            tx = 36
            if letter:
                c.circle(45, y - 8, 8, stroke=0, fill=1)
                self.text(41.5, y - 11.5, letter, 10, "b", (1, 1, 1))
                tx = 58
            self.text(tx, y - 12, title, 11, "b", acc)
            c.setStrokeColorRGB(*acc)
            c.setLineWidth(1.2)
            c.line(tx, y - 16, PAGE_W - 36, y - 16)
            c.setStrokeColorRGB(0, 0, 0)
            return y - 26
        c.setFillColorRGB(0.82, 0.82, 0.82)
        c.rect(36, y - 17, PAGE_W - 72, 17, stroke=0, fill=1)
        self.text(42, y - 12.5, f"{letter} - {title}" if letter else title, 10.5, "b")
        return y - 25

    def comb(self, key, x, y, n, groups=None, gap=5.0, w=None):
        """Comb of n boxes whose top edge is at y; returns the x after it."""
        c = self.c
        w = w or self.r["comb"]
        h = w * 1.15
        boxes = []
        groups = groups or [n]
        cx = x
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(0.25, 0.25, 0.25)
        for g in groups:
            for _ in range(g):
                c.rect(cx, y - h, w, h, stroke=1, fill=0)
                boxes.append((cx, y - h, w, h))
                cx += w
            cx += gap
        c.setStrokeColorRGB(0, 0, 0)
        self.zones[key] = Zone(self.page, "comb", x, y - h, cx - x - gap, h, boxes)
        return cx - gap

    def check(self, key, x, y, label, size=None, lsize=8):
        s = size or self.r["check"]
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, s, s, stroke=1, fill=0)
        self.zones[key] = Zone(self.page, "check", x, y, s, s)
        if label:
            self.text(x + s + 4, y + 1, label, lsize)
        return x + s + 6 + pdfmetrics.stringWidth(label, self.r["f"], lsize)

    def tfield(self, key, label, x, y, w, hint=None, names=False):
        """A text field with its label; y is the top of the block; returns the bottom."""
        r, c = self.r, self.c
        style = r["labels"]
        if style == "above":
            self.text(x, y - 8, label, 7.5, "b")
            if hint:
                lw = pdfmetrics.stringWidth(label, r["b"], 7.5)
                self.text(x + lw + 4, y - 8, hint, 6.5, "i")
            if names and r["names"] == "comb":
                n = int(w // r["comb"])
                self.comb(key, x, y - 11, n)
                return y - 11 - r["comb"] * 1.15 - 5
            c.setLineWidth(0.5)
            c.rect(x, y - 27, w, 15, stroke=1, fill=0)
            self.zones[key] = Zone(self.page, "line", x + 2, y - 26, w - 4, 14)
            return y - 32
        if style == "beside":
            self.text(x, y - 12, label, 8.5)
            lw = pdfmetrics.stringWidth(label, r["f"], 8.5) + 5
            if hint:
                self.text(x, y - 20, hint, 6, "i")
            c.setDash(1, 2)
            c.setLineWidth(0.7)
            c.line(x + lw, y - 14, x + w, y - 14)
            c.setDash()
            self.zones[key] = Zone(self.page, "line", x + lw + 2, y - 13, w - lw - 2, 13)
            return y - (26 if hint else 21)
        # inside: framed cell, small label in its top-left corner
        c.setLineWidth(0.6)
        c.rect(x, y - 28, w, 28, stroke=1, fill=0)
        self.text(x + 3, y - 8, label + (f"  {hint}" if hint else ""), 6.5, "i")
        self.zones[key] = Zone(self.page, "line", x + 4, y - 26, w - 8, 16)
        return y - 28

    def labelled_comb(self, key, label, x, y, n, groups, gap=5.0, after=None):
        style = self.r["labels"]
        if style == "above":
            self.text(x, y - 8, label, 7.5, "b")
            end = self.comb(key, x, y - 11, n, groups, gap)
            if after:
                self.text(end + 5, y - 22, after, 6.5, "i")
            return y - 11 - self.r["comb"] * 1.15 - 5
        if style == "beside":
            self.text(x, y - 12, label, 8.5)
            lw = pdfmetrics.stringWidth(label, self.r["f"], 8.5) + 8
            end = self.comb(key, x + lw, y - 2, n, groups, gap)
            if after:
                self.text(end + 5, y - 12, after, 6.5, "i")
            return y - 2 - self.r["comb"] * 1.15 - 6
        h = self.r["comb"] * 1.15 + 12
        self.c.setLineWidth(0.6)
        self.text(x + 3, y - 8, label, 6.5, "i")
        end = self.comb(key, x + 4, y - 10, n, groups, gap)
        if after:
            self.text(end + 5, y - 20, after, 6.5, "i")
        self.c.rect(x, y - h - 2, PAGE_W - 36 - x, h + 2, stroke=1, fill=0)
        return y - h - 2

    # ---------------------------------------------------------------- pages
    def header(self):
        c, r = self.c, self.r
        acc = r["accent"]
        c.setFillColorRGB(*acc)
        if self.run == "r1":
            c.circle(52, PAGE_H - 52, 14, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.circle(52, PAGE_H - 52, 6, stroke=0, fill=1)
            self.text(72, PAGE_H - 48, "l'Assurance", 13, "b", acc)
            self.text(72, PAGE_H - 62, "Maladie", 13, "b", acc)
        elif self.run == "r2":
            c.roundRect(36, PAGE_H - 66, 138, 30, 6, stroke=0, fill=1)
            self.text(44, PAGE_H - 56, "l'Assurance Maladie", 12, "b", (1, 1, 1))
            self.text(38, PAGE_H - 76, "Agir ensemble, protéger chacun", 6.5, "i", acc)
        else:
            self.text(36, PAGE_H - 52, "l'Assurance Maladie", 15, "b")
            c.setLineWidth(2)
            c.line(36, PAGE_H - 58, 170, PAGE_H - 58)
        c.setFillColorRGB(0, 0, 0)
        # cerfa box
        bx = PAGE_W - 140
        c.setLineWidth(0.8)
        c.rect(bx, PAGE_H - 72, 104, 38, stroke=1, fill=0)
        self.text(bx + 6, PAGE_H - 50, "cerfa", 14, "b")
        self.text(bx + 50, PAGE_H - 49, "N° 15763*02", 8.5, "b")
        self.text(bx + 6, PAGE_H - 66, "S1106", 7)
        y = PAGE_H - 98
        tsize = 14 if self.run != "r3" else 15
        self.text(36, y, "Demande d'ouverture des droits à l'assurance maladie", tsize, "b")
        self.text(36, y - 16, "Protection universelle maladie (PUMa)", 10.5, "b", acc)
        notice = (
            "Vous travaillez ou vous résidez en France de manière stable et régulière : vous "
            "pouvez bénéficier de la prise en charge de vos frais de santé. Remplissez ce "
            "formulaire en lettres capitales et adressez-le, avec les pièces justificatives "
            "demandées page 2, à la caisse d'assurance maladie de votre lieu de résidence."
        )
        y = self.para(36, y - 30, notice, PAGE_W - 72, 7)
        self.text(
            36,
            y - 1,
            "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3 et D. 160-2 "
            "du code de la sécurité sociale",
            6.5,
            "i",
        )
        return y - 12

    def page1(self):
        self.page = 1
        r = self.r
        y = self.header()
        y = self.section(y, "A", "VOUS")
        full = PAGE_W - 72
        hint_nom = "(nom de famille figurant sur votre acte de naissance)"
        y = self.tfield("nom_naissance", "Nom de naissance", 36, y, full, hint_nom, names=True)
        y = self.tfield("nom_usage", "Nom d'usage", 36, y, full, "(facultatif)", names=True)
        y = self.tfield("prenoms", "Prénom(s)", 36, y, full, "(dans l'ordre de l'état civil)", True)
        # sex + date of birth on one row
        y -= 3
        if r["labels"] == "beside":
            self.text(36, y - 12, "Sexe", 8.5)
            self.check("sexe_F", 66, y - 13, "F")
            self.check("sexe_M", 92, y - 13, "M")
            y2 = self.labelled_comb_at(
                "date_naissance", "Date de naissance", 140, y, [2, 2, 4], "JJ MM AAAA"
            )
        elif r["labels"] == "above":
            self.text(36, y - 8, "Sexe", 7.5, "b")
            self.check("sexe_F", 36, y - 24, "F")
            self.check("sexe_M", 62, y - 24, "M")
            y2 = self.labelled_comb_at(
                "date_naissance", "Date de naissance", 140, y, [2, 2, 4], "JJ MM AAAA"
            )
        else:
            self.c.setLineWidth(0.6)
            self.c.rect(36, y - 30, 100, 30, stroke=1, fill=0)
            self.text(39, y - 8, "Sexe", 6.5, "i")
            self.check("sexe_F", 44, y - 25, "Féminin", lsize=7)
            self.check("sexe_M", 92, y - 25, "Masculin", lsize=7)
            y2 = self.labelled_comb_at(
                "date_naissance", "Date de naissance", 136, y, [2, 2, 4], "jour mois année"
            )
        y = min(y2, y - 30) - 2
        half = (full - 10) / 2
        ya = self.tfield("naiss_commune", "Lieu de naissance : commune", 36, y, half)
        yb = self.tfield("naiss_pays", "Pays", 46 + half, y, half)
        y = min(ya, yb)
        ya = self.tfield("nationalite", "Nationalité", 36, y, half)
        yb = self.tfield("caf", "N° d'allocataire CAF", 46 + half, y, half, "(si vous en avez un)")
        y = min(ya, yb)
        y -= 2
        y = self.labelled_comb(
            "nir",
            "N° de sécurité sociale (si vous en avez un)",
            36,
            y,
            15,
            [1, 2, 2, 2, 3, 3, 2],
            gap=4,
            after="clé",
        )
        y -= 2
        y = self.tfield("adresse", "Adresse", 36, y, full, "(n°, rue, bâtiment, étage)")
        ya = self.labelled_comb_at("code_postal", "Code postal", 36, y, [5], None, box=True)
        yb = self.tfield("commune", "Commune", 180, y, full - 144)
        y = min(ya, yb)
        ya = self.tfield("telephone", "Téléphone", 36, y, half)
        yb = self.tfield("email", "Adresse e-mail", 46 + half, y, half)
        y = min(ya, yb) - 6
        y = self.section(y, "B", "VOTRE SITUATION")
        self.text(36, y - 4, "Cochez la case qui correspond à votre situation actuelle :", 7.5, "i")
        y -= 18
        rows = [
            ("sit_salarie", "Vous exercez une activité salariée en France"),
            ("sit_independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
            ("sit_demandeur", "Vous êtes demandeur d'emploi inscrit à France Travail"),
            ("sit_etudiant", "Vous êtes étudiant(e)"),
            (
                "sit_sans_activite",
                (
                    "Vous êtes sans activité et résidez en France de manière stable "
                    "depuis plus de trois mois"
                ),
            ),
            ("sit_autre", "Autre situation, précisez :"),
        ]
        for key, label in rows:
            end = self.check(key, 40, y, label, lsize=8.5)
            if key == "sit_salarie":
                y -= 17
                self.tfield_inline("profession", "Emploi occupé :", 58, y, 230)
                x = self.text_w(300, y + 1, "Type de contrat :", 8)
                for ck, lab in (
                    ("ct_cdi", "CDI"),
                    ("ct_cdd", "CDD"),
                    ("ct_interim", "Intérim"),
                    ("ct_apprenti", "Apprentissage"),
                ):
                    x = self.check(ck, x + 4, y, lab, size=self.r["check"] - 1, lsize=7.5) + 2
            if key == "sit_autre":
                self.c.setDash(1, 2)
                self.c.line(end + 2, y, PAGE_W - 40, y)
                self.c.setDash()
                self.zones["autre_precision"] = Zone(
                    1, "line", end + 4, y + 1, PAGE_W - end - 46, 12
                )
            y -= 20
        self.footer(1)

    def labelled_comb_at(self, key, label, x, y, groups, after, box=False):
        n = sum(groups)
        if self.r["labels"] == "beside":
            self.text(x, y - 12, label, 8.5)
            lw = pdfmetrics.stringWidth(label, self.r["f"], 8.5) + 6
            end = self.comb(key, x + lw, y - 3, n, groups)
            if after:
                self.text(end + 4, y - 12, after, 6, "i")
            return y - 3 - self.r["comb"] * 1.15 - 6
        if self.r["labels"] == "above":
            self.text(x, y - 8, label, 7.5, "b")
            end = self.comb(key, x, y - 11, n, groups)
            if after:
                self.text(end + 4, y - 22, after, 6.5, "i")
            return y - 11 - self.r["comb"] * 1.15 - 5
        h = self.r["comb"] * 1.15 + 13
        wcell = 140 if box else PAGE_W - 36 - x
        self.c.setLineWidth(0.6)
        self.c.rect(x, y - h, wcell, h, stroke=1, fill=0)
        self.text(x + 3, y - 8, label + (f"  ({after})" if after else ""), 6.5, "i")
        self.comb(key, x + 5, y - 10, n, groups)
        return y - h

    def tfield_inline(self, key, label, x, y, w):
        lw = self.text_w(x, y + 1, label, 8) - x
        self.c.setDash(1, 2)
        self.c.line(x + lw + 2, y, x + w, y)
        self.c.setDash()
        self.zones[key] = Zone(self.page, "line", x + lw + 4, y + 1, w - lw - 4, 12)

    def text_w(self, x, y, s, size):
        self.text(x, y, s, size)
        return x + pdfmetrics.stringWidth(s, self.r["f"], size)

    def footer(self, p):
        self.c.setLineWidth(0.4)
        self.c.line(36, 40, PAGE_W - 36, 40)
        self.text(36, 30, self.r["footer"].format(p=p), 7)
        if self.run == "r2":
            self.text(PAGE_W - 130, 30, "ameli.fr", 7, "b", self.r["accent"])

    def page2(self):
        self.page = 2
        c, r = self.c, self.r
        y = PAGE_H - 44
        self.text(36, y, "Demande d'ouverture des droits à l'assurance maladie (suite)", 9, "b")
        y -= 14
        y = self.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        cert = (
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
            "formulaire et m'engage à signaler à ma caisse d'assurance maladie tout "
            "changement de situation (adresse, activité, résidence). Je reconnais avoir été "
            "informé(e) que la caisse peut vérifier ces informations auprès d'autres organismes."
        )
        y = self.para(36, y - 4, cert, PAGE_W - 72, 8.5 if self.run != "r2" else 8)
        warn = (
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
            "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et "
            "suivants du code pénal, article L. 114-13 du code de la sécurité sociale)."
        )
        y = self.para(36, y - 2, warn, PAGE_W - 72, 6.5, "i")
        y -= 16
        # Fait a ... le ...
        if r["labels"] == "inside":
            c.setLineWidth(0.6)
            c.rect(36, y - 24, 230, 30, stroke=1, fill=0)
            self.text(39, y - 2, "Fait à", 6.5, "i")
            self.zones["fait_a"] = Zone(2, "line", 42, y - 21, 220, 15)
            c.rect(276, y - 24, 150, 30, stroke=1, fill=0)
            self.text(279, y - 2, "le", 6.5, "i")
            self.zones["date_sign"] = Zone(2, "line", 282, y - 21, 140, 15)
            y -= 38
        else:
            dots = r["labels"] == "beside"
            self.text(36, y - 10, "Fait à", 9.5)
            self._line(70, y - 12, 250, dots)
            self.zones["fait_a"] = Zone(2, "line", 72, y - 11, 176, 14)
            self.text(262, y - 10, "le", 9.5)
            self._line(276, y - 12, 400, dots)
            self.zones["date_sign"] = Zone(2, "line", 278, y - 11, 120, 14)
            y -= 26
        bw, bh = (230, 78) if self.run != "r3" else (250, 70)
        bx = PAGE_W - 36 - bw if self.run != "r2" else 36
        if r["sig"] == "above":
            self.text(bx, y - 4, "Signature", 9, "b")
            y -= 8
        c.setLineWidth(0.9)
        c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
        if r["sig"] == "inside":
            self.text(bx + 4, y - 11, "Signature", 8, "b")
        elif r["sig"] == "grey":
            c.setFillColorRGB(0.72, 0.72, 0.72)
            self.font("f", 16)
            c.drawCentredString(bx + bw / 2, y - bh / 2 - 6, "Signature")
            c.setFillColorRGB(0, 0, 0)
        self.zones["signature"] = Zone(2, "sig", bx, y - bh, bw, bh)
        y -= bh + 22
        y = self.section(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        items = [
            (
                "la photocopie d'une pièce d'identité (passeport, ou carte nationale d'identité "
                "pour les ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;"
            ),
            (
                "si vous n'êtes pas ressortissant européen : la photocopie de votre titre de séjour, "
                "de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre récépissé ;"
            ),
            (
                "une copie intégrale de votre acte de naissance (ou un extrait avec filiation), "
                "apostillé ou légalisé s'il a été établi à l'étranger ;"
            ),
            (
                "un justificatif de résidence en France de plus de trois mois (bail, trois "
                "factures successives, ou attestation d'hébergement avec ses justificatifs) ;"
            ),
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            (
                "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de "
                "salaire."
            ),
        ]
        for it in items:
            c.setFillColorRGB(*r["accent"])
            c.rect(42, y - 5, 3.5, 3.5, stroke=0, fill=1) if self.run != "r3" else None
            c.setFillColorRGB(0, 0, 0)
            if self.run == "r3":
                self.text(40, y - 6, "-", 8)
            y = self.para(52, y - 6, it, PAGE_W - 92, 8) - 3
        y -= 10
        # cadre reserve
        c.setLineWidth(0.8)
        if self.run == "r2":
            c.setDash(3, 2)
        c.setFillColorRGB(0.94, 0.94, 0.94)
        c.rect(36, y - 62, PAGE_W - 72, 62, stroke=1, fill=1)
        c.setDash()
        c.setFillColorRGB(0, 0, 0)
        self.text(42, y - 12, "Cadre réservé à l'organisme", 8.5, "b")
        self.text(42, y - 30, "Date de réception :  ____ / ____ / ________", 8)
        self.text(42, y - 48, "Pièces vérifiées :", 8)
        self.check("res_oui", 118, y - 50, "oui", size=8, lsize=7.5)
        self.check("res_non", 150, y - 50, "non", size=8, lsize=7.5)
        self.text(300, y - 30, "Matricule agent : ______________", 8)
        self.text(300, y - 48, "Visa :", 8)
        y -= 80
        cnil = (
            "Les informations recueillies font l'objet d'un traitement destiné à l'ouverture et "
            "à la gestion de vos droits. Conformément au règlement (UE) 2016/679 et à la loi "
            "n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès et de "
            "rectification auprès du directeur de votre caisse."
        )
        self.para(36, y, cnil, PAGE_W - 72, 6.3, "i")
        self.footer(2)

    def _line(self, x0, y, x1, dots):
        if dots:
            self.c.setDash(1, 2)
        self.c.setLineWidth(0.6)
        self.c.line(x0, y, x1, y)
        self.c.setDash()


def accent_color(run):
    return Color(*RUNS[run]["accent"])
