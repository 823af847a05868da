"""Three home-made "print runs" of the cerfa 15763*02 (S1106) drawn with reportlab.

Every drawing call records where values go ("slots"), in points measured from the
top-left corner of the A4 page, so that typed text, AcroForm fields and handwriting
can all be placed on the same geometry.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from texts import CERTIF, CNIL, FRAUD, LEGAL, NOTICE, PIECES

PAGE_W, PAGE_H = A4
TT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "LSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LSans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "LSans-BI": TT + "liberation/LiberationSans-BoldItalic.ttf",
    "LSerif": TT + "liberation/LiberationSerif-Regular.ttf",
    "LSerif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "LMono": TT + "liberation/LiberationMono-Regular.ttf",
    "OSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "OSans-I": TT + "open-sans/OpenSans-Italic.ttf",
    "OSans-BI": TT + "open-sans/OpenSans-BoldItalic.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Carlito-I": TT + "crosextra/Carlito-Italic.ttf",
    "Carlito-BI": TT + "crosextra/Carlito-BoldItalic.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
}
_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _REGISTERED = True


AM_BLUE = Color(0.0, 0.27, 0.55)
GREY = Color(0.86, 0.86, 0.86)
MID = Color(0.45, 0.45, 0.45)

# The three print runs.  R1: blue section bars, labels beside dotted leaders, word
# "Signature" above the box.  R2: circled letters and rules, labels inside cells, names in
# comb boxes, "Signature" inside the box.  R3: grey bars, labels above solid lines,
# large comb boxes, "Signature" in light grey in the middle of the box.
RUNS = {
    "R1": dict(
        font="LSans",
        bold="LSans-B",
        ital="LSans-I",
        bi="LSans-BI",
        title="LSans-B",
        heading="bar",
        labels="beside",
        comb=14.2,
        names_comb=False,
        sig="above",
        tick=9.0,
        size=8.6,
        row=20.5,
        edition="S1106 - 04/2023",
    ),
    "R2": dict(
        font="OSans",
        bold="OSans-B",
        ital="OSans-I",
        bi="OSans-BI",
        title="OSans-B",
        heading="circle",
        labels="inside",
        comb=12.3,
        names_comb=True,
        sig="inside",
        tick=8.0,
        size=7.6,
        row=27.0,
        edition="S1106f - 10/2021",
    ),
    "R3": dict(
        font="Carlito",
        bold="Carlito-B",
        ital="Carlito-I",
        bi="Carlito-BI",
        title="LSerif-B",
        heading="grey",
        labels="above",
        comb=17.0,
        names_comb=False,
        sig="grey",
        tick=10.0,
        size=9.4,
        row=27.0,
        edition="S1106 - 01/2024",
    ),
}

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée en France (travailleur indépendant, "
        "micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes inscrit(e) comme demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière stable "
        "et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "Intérim"), ("apprenti", "Apprentissage")]


class Sheet:
    """Draw one print run; record slots in top-down points."""

    def __init__(self, c, run_name: str):
        register_fonts()
        self.c = c
        self.name = run_name
        self.r = RUNS[run_name]
        self.slots: dict[str, dict] = {}
        self.page = 1

    # -- primitives (top-down coordinates) --------------------------------------------
    def text(self, x, y, s, font=None, size=None, color=black, align="l"):
        c = self.c
        font = font or self.r["font"]
        size = size or self.r["size"]
        c.setFillColor(color)
        c.setFont(font, size)
        if align == "c":
            c.drawCentredString(x, PAGE_H - y, s)
        elif align == "r":
            c.drawRightString(x, PAGE_H - y, s)
        else:
            c.drawString(x, PAGE_H - y, s)
        c.setFillColor(black)
        return x + pdfmetrics.stringWidth(s, font, size)

    def para(self, x, y, w, s, font=None, size=None, lead=None, color=black):
        font = font or self.r["font"]
        size = size or self.r["size"]
        lead = lead or size * 1.22
        for line in simpleSplit(s, font, size, w):
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def rect(self, x, y, w, h, stroke=1, fill=0, lw=0.6, fill_color=None, dash=None):
        c = self.c
        c.setLineWidth(lw)
        if fill_color is not None:
            c.setFillColor(fill_color)
        if dash:
            c.setDash(*dash)
        c.rect(x, PAGE_H - y - h, w, h, stroke=stroke, fill=fill)
        c.setDash()
        c.setFillColor(black)

    def line(self, x0, y0, x1, y1, lw=0.5, dash=None, color=black):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x0, PAGE_H - y0, x1, PAGE_H - y1)
        c.setDash()
        c.setStrokeColor(black)

    def width(self, s, font=None, size=None):
        return pdfmetrics.stringWidth(s, font or self.r["font"], size or self.r["size"])

    # -- form elements ----------------------------------------------------------------
    def heading(self, y, letter, title):
        r = self.r
        x0, x1 = 36, PAGE_W - 36
        if r["heading"] == "bar":
            self.rect(x0, y, x1 - x0, 15, stroke=0, fill=1, fill_color=AM_BLUE)
            self.text(x0 + 6, y + 11, f"{letter}   {title}", r["bold"], 10, white)
            return y + 24
        if r["heading"] == "circle":
            c = self.c
            c.setFillColor(AM_BLUE)
            c.circle(x0 + 8, PAGE_H - y - 8, 8, stroke=0, fill=1)
            self.text(x0 + 8, y + 11.5, letter, r["bold"], 10, white, "c")
            self.text(x0 + 22, y + 12, title, r["bold"], 10.5, AM_BLUE)
            self.line(x0, y + 18, x1, y + 18, 1.2, color=AM_BLUE)
            return y + 26
        self.rect(x0, y, x1 - x0, 16, stroke=0, fill=1, fill_color=GREY)
        self.text(x0 + 5, y + 11.8, f"{letter} - {title}", r["bold"], 10.5)
        return y + 24

    def field(self, key, label, x, y, w, hint=None):
        """A free-text field; returns the height used."""
        r = self.r
        mode = r["labels"]
        if mode == "beside":
            base = y + 13
            end = self.text(x, base, label + " :", r["font"], r["size"])
            if hint:
                end = self.text(end + 3, base, hint, r["ital"], r["size"] - 1.5, MID)
            self.line(end + 3, base + 1, x + w, base + 1, 0.7, dash=(0.6, 2.2))
            self.slots[key] = dict(
                kind="line", page=self.page, x=end + 5, y=base, w=x + w - end - 5
            )
            return r["row"]
        if mode == "inside":
            h = r["row"] - 3
            self.rect(x, y, w, h, lw=0.5)
            end = self.text(x + 3, y + 7.5, label, r["font"], 6.4, MID)
            if hint:
                self.text(end + 3, y + 7.5, hint, r["ital"], 5.8, MID)
            self.slots[key] = dict(kind="line", page=self.page, x=x + 5, y=y + h - 4.5, w=w - 8)
            return r["row"]
        end = self.text(x, y + 8, label, r["bold"], r["size"] - 1)
        if hint:
            self.text(end + 3, y + 8, hint, r["ital"], r["size"] - 2, MID)
        self.line(x, y + 23, x + w, y + 23, 0.6)
        self.slots[key] = dict(kind="line", page=self.page, x=x + 3, y=y + 21.5, w=w - 6)
        return r["row"]

    def comb(self, key, label, x, y, groups, hint=None, seps=None, w=None):
        """A row of comb boxes made of contiguous groups (e.g. [2, 2, 4])."""
        r = self.r
        s = r["comb"]
        mode = r["labels"]
        if mode == "beside":
            bx = self.text(x, y + 13, label + " :", r["font"], r["size"]) + 6
            by = y + 13 - s * 0.78
        elif mode == "inside":
            self.rect(x, y, w or (PAGE_W - 36 - x), r["row"] - 3, lw=0.5)
            self.text(x + 3, y + 7.5, label, r["font"], 6.4, MID)
            bx, by = x + 5, y + 9.5
        else:
            self.text(x, y + 8, label, r["bold"], r["size"] - 1)
            bx, by = x, y + 10.5
        if hint:
            if mode == "above":
                self.text(
                    x + self.width(label, r["bold"], r["size"] - 1) + 4,
                    y + 8,
                    hint,
                    r["ital"],
                    r["size"] - 2,
                    MID,
                )
        out = []
        for gi, n in enumerate(groups):
            for i in range(n):
                self.rect(bx + i * s, by, s, s, lw=0.6)
            out.append(dict(x=bx, y=by, s=s, n=n))
            bx += n * s
            if gi < len(groups) - 1:
                sep = seps[gi] if seps else ""
                if sep:
                    self.text(bx + 4.5, by + s * 0.75, sep, r["font"], r["size"] + 1, align="c")
                bx += 9
        self.slots[key] = dict(kind="comb", page=self.page, groups=out)
        if hint and mode == "beside":
            self.text(bx + 4, y + 13, hint, r["ital"], r["size"] - 1.5, MID)
        return bx

    def tick(self, key, x, y, label, size=None, font=None):
        s = self.r["tick"]
        self.rect(x, y, s, s, lw=0.7)
        self.slots[key] = dict(kind="tick", page=self.page, x=x, y=y, s=s)
        return self.text(
            x + s + 4, y + s * 0.85, label, font or self.r["font"], size or self.r["size"]
        )

    # -- pages ------------------------------------------------------------------------
    def header(self):
        r = self.r
        c = self.c
        # logo: blue square with a white figure, then "l'Assurance Maladie"
        c.setFillColor(AM_BLUE)
        c.roundRect(36, PAGE_H - 74, 34, 34, 5, stroke=0, fill=1)
        c.setFillColor(white)
        c.circle(53, PAGE_H - 49, 4.2, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(3)
        c.arc(42, PAGE_H - 78, 64, PAGE_H - 56, 20, 140)
        c.setStrokeColor(black)
        self.text(76, 54, "l'Assurance", r["bold"], 12, AM_BLUE)
        self.text(76, 68, "Maladie", r["bold"], 12, AM_BLUE)
        if self.name == "R2":
            self.text(76, 78, "Agir ensemble, protéger chacun", r["ital"], 6.5, MID)
        # cerfa box
        bx = PAGE_W - 36 - 92
        self.rect(bx, 38, 92, 36, lw=0.9)
        self.text(bx + 6, 54, "cerfa", "LSans-BI", 14)
        self.text(bx + 6, 68, "N° 15763*02", r["bold"], 9.5)

    def page1(self):
        r = self.r
        self.page = 1
        self.header()
        y = 98
        title = "Demande d'ouverture des droits à l'assurance maladie"
        self.text(
            PAGE_W / 2,
            y,
            title,
            r["title"],
            14.5 if self.name != "R2" else 13.5,
            AM_BLUE if self.name != "R3" else black,
            "c",
        )
        self.text(
            PAGE_W / 2, y + 16, "Protection universelle maladie (PUMa)", r["bold"], 11, align="c"
        )
        self.text(PAGE_W / 2, y + 28, LEGAL, r["ital"], 6.6, MID, "c")
        if self.name == "R3":
            self.rect(36, y + 35, PAGE_W - 72, 38, lw=0.5, dash=(2, 1.5))
        y = self.para(42, y + 44, PAGE_W - 84, NOTICE, r["font"], 7.0, 8.4) + 8
        y = self.heading(y, "A", "VOUS")
        W = PAGE_W - 72
        x0 = 36
        if r["names_comb"]:
            for key, lab in (
                ("surname", "Nom de naissance"),
                ("usage_name", "Nom d'usage"),
                ("given_names", "Prénom(s)"),
            ):
                hint = "(facultatif, ex. nom d'époux(se))" if key == "usage_name" else None
                self.comb(key, lab, x0, y, [max(24, int((W - 10) // r["comb"]))], hint, w=W)
                if hint:
                    self.text(x0 + 60, y + 7.5, hint, r["ital"], 5.8, MID)
                y += r["row"]
        else:
            y += self.field("surname", "Nom de naissance", x0, y, W)
            y += self.field("usage_name", "Nom d'usage", x0, y, W, "(facultatif)")
            y += self.field("given_names", "Prénom(s)", x0, y, W)
        # sex + date of birth on one row
        if r["labels"] == "beside":
            bx = self.text(x0, y + 13, "Sexe :", r["font"]) + 8
            bx = self.tick("sex_F", bx, y + 5.5, "F") + 12
            self.tick("sex_M", bx, y + 5.5, "M")
            self.comb("dob", "Date de naissance", x0 + 150, y, [2, 2, 4], seps="//")
            y += r["row"] + 3
        elif r["labels"] == "inside":
            self.rect(x0, y, 120, r["row"] - 3, lw=0.5)
            self.text(x0 + 3, y + 7.5, "Sexe", r["font"], 6.4, MID)
            bx = self.tick("sex_F", x0 + 10, y + 11, "Féminin", 7) + 10
            self.tick("sex_M", bx, y + 11, "Masculin", 7)
            self.comb(
                "dob",
                "Date de naissance (jour / mois / année)",
                x0 + 126,
                y,
                [2, 2, 4],
                seps="//",
                w=W - 126,
            )
            y += r["row"]
        else:
            self.text(x0, y + 8, "Sexe", r["bold"], r["size"] - 1)
            bx = self.tick("sex_F", x0, y + 12, "F") + 14
            self.tick("sex_M", bx, y + 12, "M")
            self.comb("dob", "Date de naissance", x0 + 140, y, [2, 2, 4], "(JJ MM AAAA)")
            y += r["row"] + 8
        half = W / 2 - 4
        h = self.field("birth_place", "Lieu de naissance : commune", x0, y, half)
        self.field("birth_country", "Pays", x0 + half + 8, y, half)
        y += h
        y += self.field("nationality", "Nationalité", x0, y, W if r["labels"] != "beside" else half)
        hint = "(si vous en avez un)"
        self.comb("nir", "N° de sécurité sociale", x0, y, [13, 2], hint, seps=" ", w=W)
        y += r["row"] + (8 if r["labels"] == "above" else 3)
        y += self.field("address", "Adresse", x0, y, W, "(n°, rue, bâtiment, étage)")
        if r["labels"] == "inside":
            self.comb("postcode", "Code postal", x0, y, [5], w=110)
            self.field("city", "Commune", x0 + 116, y, W - 116)
        else:
            end = self.comb("postcode", "Code postal", x0, y, [5])
            self.field("city", "Commune", end + 14, y, x0 + W - end - 14)
        y += r["row"] + (6 if r["labels"] == "above" else 2)
        h = self.field("phone", "Téléphone", x0, y, half - 40)
        self.field("email", "Courriel", x0 + half - 32, y, half + 32)
        y += h + 8
        # section B
        y = self.heading(y, "B", "VOTRE SITUATION")
        y = (
            self.para(
                x0,
                y + 6,
                W,
                "Cochez la case correspondant à votre situation actuelle :",
                r["ital"],
                r["size"],
            )
            + 3
        )
        for key, lab in SITUATIONS:
            lines = simpleSplit(lab, r["font"], r["size"], W - 30)
            self.tick("sit_" + key, x0 + 4, y, lines[0])
            for k, extra in enumerate(lines[1:]):
                self.text(
                    x0 + 8 + r["tick"], y + r["tick"] * 0.85 + (k + 1) * r["size"] * 1.2, extra
                )
            y += r["tick"] + 6 + (len(lines) - 1) * r["size"] * 1.2
            if key == "salarie":
                bx = self.text(x0 + 24, y + r["tick"] * 0.85, "Type de contrat :", r["ital"]) + 8
                for ck, cl in CONTRACTS:
                    bx = self.tick("ct_" + ck, bx, y, cl) + 12
                y += r["tick"] + 5
                y += (
                    self.field("profession", "Profession / emploi occupé", x0 + 24, y - 3, W - 24)
                    - 2
                )
            if key == "autre":
                y += self.field("other_text", "Précisez", x0 + 24, y - 3, W - 24)
        self.footer(1)

    def page2(self):
        r = self.r
        self.page = 2
        W = PAGE_W - 72
        x0 = 36
        y = 44
        self.text(
            x0,
            y,
            "Demande d'ouverture des droits à l'assurance maladie (suite)",
            r["bold"],
            9,
            AM_BLUE if self.name != "R3" else black,
        )
        y = self.heading(y + 10, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(x0, y + 6, W, CERTIF, r["font"], r["size"] + 0.4) + 3
        y = self.para(x0, y, W, FRAUD, r["ital"], r["size"] - 1.2) + 10
        # "Fait à ... le ..." on one line
        base = y + 14
        end = self.text(x0, base, "Fait à", r["font"], r["size"] + 1)
        lw = 200
        if r["labels"] == "beside":
            self.line(end + 3, base + 1, end + lw, base + 1, 0.7, dash=(0.6, 2.2))
        else:
            self.line(end + 3, base + 2, end + lw, base + 2, 0.6)
        self.slots["place"] = dict(kind="line", page=2, x=end + 6, y=base, w=lw - 8)
        end2 = self.text(end + lw + 10, base, "le", r["font"], r["size"] + 1)
        if r["labels"] == "beside":
            self.line(end2 + 3, base + 1, end2 + 150, base + 1, 0.7, dash=(0.6, 2.2))
        else:
            self.line(end2 + 3, base + 2, end2 + 150, base + 2, 0.6)
        self.slots["date"] = dict(kind="line", page=2, x=end2 + 6, y=base, w=142)
        y = base + 16
        sw, sh = 230, 84
        sx = PAGE_W - 36 - sw if self.name != "R3" else x0 + 40
        if r["sig"] == "above":
            self.text(sx, y + 8, "Signature", r["bold"], r["size"] + 0.5)
            y += 12
            self.rect(sx, y, sw, sh, lw=0.8)
        elif r["sig"] == "inside":
            self.rect(sx, y, sw, sh, lw=0.8)
            self.text(sx + 5, y + 11, "Signature", r["bold"], r["size"])
        else:
            self.rect(sx, y, sw, sh, lw=0.8)
            self.text(sx + sw / 2, y + sh / 2 + 7, "Signature", r["bold"], 20, GREY, "c")
        self.slots["sig"] = dict(kind="sig", page=2, x=sx, y=y, w=sw, h=sh)
        y += sh + 22
        # supporting documents
        if r["heading"] == "bar":
            self.rect(x0, y, W, 15, stroke=0, fill=1, fill_color=AM_BLUE)
            self.text(
                x0 + 6,
                y + 11,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                r["bold"],
                9.5,
                white,
            )
            y += 24
        else:
            self.text(
                x0,
                y + 10,
                "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
                r["bold"],
                10,
                AM_BLUE if self.name == "R2" else black,
            )
            self.line(x0, y + 14, x0 + W, y + 14, 0.8)
            y += 24
        for item in PIECES:
            self.text(x0 + 6, y, "•" if self.name != "R3" else "-", r["font"], r["size"])
            y = self.para(x0 + 16, y, W - 20, item, r["font"], r["size"]) + 3
        y += 6
        y = (
            self.para(
                x0,
                y,
                W,
                "Où envoyer votre demande ? Adressez ce formulaire complété et "
                "les pièces justificatives à la caisse d'assurance maladie de votre lieu "
                "de résidence. Conservez une copie de l'ensemble de votre dossier.",
                r["ital"],
                r["size"] - 0.6,
            )
            + 12
        )
        # reserved frame
        self.rect(x0, y, W, 62, lw=0.8, dash=(3, 2) if self.name == "R2" else None)
        self.text(x0 + 6, y + 12, "Cadre réservé à l'organisme", r["bold"], r["size"])
        self.text(x0 + 6, y + 30, "Date de réception :   ____ / ____ / ________", r["font"])
        bx = self.text(x0 + 250, y + 30, "Pièces vérifiées :", r["font"]) + 6
        for lab in ("oui", "non"):
            self.rect(bx, y + 22.5, 7.5, 7.5, lw=0.6)
            bx = self.text(bx + 11, y + 30, lab, r["font"]) + 10
        self.text(x0 + 6, y + 48, "Matricule agent : ______________", r["font"])
        self.text(x0 + 250, y + 48, "Visa :", r["font"])
        y += 76
        self.para(x0, y, W, CNIL, r["font"], 6.3, 7.4, MID)
        self.footer(2)

    def footer(self, n):
        r = self.r
        self.line(36, PAGE_H - 34, PAGE_W - 36, PAGE_H - 34, 0.4, color=MID)
        self.text(36, PAGE_H - 24, r["edition"], r["font"], 6.5, MID)
        self.text(
            PAGE_W - 36,
            PAGE_H - 24,
            f"S1106 — cerfa n° 15763*02 — page {n}/2",
            r["font"],
            7,
            align="r",
        )


def draw_pages(c, run_name, order=(1, 2), before_show=None):
    """Draw the pages of one run on canvas c in the given order; return the slots.

    before_show(sheet, page_no) is called before each showPage to add values/fields.
    """
    sheet = Sheet(c, run_name)
    for p in order:
        if p == 1:
            sheet.page1()
        else:
            sheet.page2()
        if before_show:
            before_show(sheet, p)
        c.showPage()
    return sheet.slots


def slots_of(run_name):
    """Geometry only (draws on a throw-away canvas)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    return draw_pages(c, run_name)
