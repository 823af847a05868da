"""Blank S1106 / cerfa 15763*02 pages in three home-made "print runs".

`draw_form(c, run)` draws both A4 pages on a reportlab canvas and returns the anchors
of every field (points, origin bottom-left):

- text field: {"page", "x", "y" (baseline), "w", "h", "cells" (list of centre x) or None}
- box: {"page", "x", "y", "s"} (lower-left corner and side)
- "signature": {"page", "x", "y", "w", "h", "label": "above" | "inside" | "grey"}

The pages are not copies of the official form: they follow its public description
(ameli.fr S1106 notice, cerfa 15763*02 fields and order) with our own typography.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.27, 841.89
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Caladea": TT + "crosextra/Caladea-Regular.ttf",
    "Caladea-B": TT + "crosextra/Caladea-Bold.ttf",
    "RobotoC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "Lato-B": TT + "lato/Lato-Bold.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, path in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


BLUE = Color(0.05, 0.27, 0.55)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.93, 0.94, 0.96)

RUNS = {
    # run 1: sans serif, blue section bars, labels above, comb boxes for names
    1: dict(
        reg="LibSans",
        bold="LibSans-B",
        bar="bar",
        label="above",
        comb=13.0,
        names="comb",
        sig="above",
        ticks="square",
    ),
    # run 2: serif, underlined section titles, labels beside, dotted lines
    2: dict(
        reg="Caladea",
        bold="Caladea-B",
        bar="underline",
        label="beside",
        comb=15.0,
        names="dotted",
        sig="inside",
        ticks="square",
    ),
    # run 3: condensed sans, grey framed cells with the label inside, grey "Signature"
    3: dict(
        reg="RobotoC",
        bold="RobotoC-B",
        bar="box",
        label="inside",
        comb=14.0,
        names="cell",
        sig="grey",
        ticks="round",
    ),
}

NOTICE = [
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos",
    "frais de santé si vous travaillez ou résidez en France de manière stable et régulière.",
    "Remplissez-le en lettres capitales et joignez les pièces justificatives demandées (page 2).",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 161-1, R. 111-3 et D. 160-2 "
    "du code de la sécurité sociale"
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation",
    "(adresse, activité, situation familiale).",
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes",
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal,",
    "article L. 114-17-1 du code de la sécurité sociale).",
]
PIECES = [
    "une pièce d'identité en cours de validité (passeport, carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant européen : votre titre de séjour, visa long séjour valant",
    "   titre de séjour (VLS-TS) ou récépissé de demande de titre de séjour ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures...) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = [
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux",
    "libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit d'accès",
    "et de rectification pour les données vous concernant auprès de votre caisse.",
]


class _Page:
    """Small cursor-based drawing helper for one page of one run."""

    def __init__(self, c, run: int, page: int, anchors: dict):
        self.c, self.st, self.page, self.a = c, RUNS[run], page, anchors
        self.run = run
        self.x0, self.x1 = 40.0, W - 40.0
        self.y = H - 40.0

    # ---- primitives -------------------------------------------------------------
    def text(self, x, y, s, size=9, bold=False, color=black):
        c = self.c
        c.setFillColor(color)
        c.setFont(self.st["bold"] if bold else self.st["reg"], size)
        c.drawString(x, y, s)
        c.setFillColor(black)

    def width(self, s, size=9, bold=False):
        return pdfmetrics.stringWidth(s, self.st["bold"] if bold else self.st["reg"], size)

    def box(self, key, x, y, s=9.0):
        c = self.c
        c.setLineWidth(0.7)
        if self.st["ticks"] == "round":
            c.roundRect(x, y, s, s, 1.5, stroke=1, fill=0)
        else:
            c.rect(x, y, s, s, stroke=1, fill=0)
        self.a[key] = {"page": self.page, "x": x, "y": y, "s": s}

    def comb(self, key, x, y, n, cw=None, groups=None):
        """n cells of width cw starting at x (bottom y); groups adds gaps, e.g. [2, 2, 4]."""
        cw = cw or self.st["comb"]
        h = cw * 1.15
        c = self.c
        c.setLineWidth(0.6)
        centres, cx = [], x
        sizes = groups or [n]
        for gi, g in enumerate(sizes):
            for _ in range(g):
                c.rect(cx, y, cw, h, stroke=1, fill=0)
                centres.append(cx + cw / 2)
                cx += cw
            if gi < len(sizes) - 1:
                c.line(cx + 2, y + 2, cx + 5, y + h - 2)  # a slash between groups
                cx += 7
        self.a[key] = {
            "page": self.page,
            "x": x,
            "y": y + h * 0.22,
            "w": cx - x,
            "h": h,
            "cells": centres,
            "cw": cw,
        }
        return cx

    def line_field(self, key, x, y, w, style=None):
        style = style or self.st["names"]
        c = self.c
        c.setLineWidth(0.5)
        if style == "dotted":
            c.setDash(1, 2)
            c.line(x, y - 2, x + w, y - 2)
            c.setDash()
        elif style == "cell":
            pass
        else:
            c.line(x, y - 2, x + w, y - 2)
        self.a[key] = {
            "page": self.page,
            "x": x + 2,
            "y": y + 1,
            "w": w - 4,
            "h": 14,
            "cells": None,
        }

    def section(self, letter, title):
        st, c = self.st, self.c
        self.y -= 8
        if st["bar"] == "bar":
            c.setFillColor(BLUE)
            c.rect(self.x0, self.y - 14, self.x1 - self.x0, 16, stroke=0, fill=1)
            self.text(self.x0 + 6, self.y - 9.5, f"{letter}   {title}", 10.5, True, white)
        elif st["bar"] == "underline":
            self.text(self.x0, self.y - 10, f"{letter}. {title}", 12, True)
            c.setLineWidth(1.2)
            c.line(self.x0, self.y - 14, self.x1, self.y - 14)
        else:
            c.setFillColor(LIGHT)
            c.rect(self.x0, self.y - 15, self.x1 - self.x0, 17, stroke=1, fill=1)
            c.setFillColor(black)
            c.circle(self.x0 + 10, self.y - 6.5, 6.5, stroke=0, fill=1)
            self.text(self.x0 + 7, self.y - 10, letter, 9.5, True, white)
            self.text(self.x0 + 22, self.y - 10.5, title, 10.5, True)
        self.y -= 26

    # ---- a labelled field -------------------------------------------------------
    def field(self, label, key, x, w, comb_n=0, groups=None, row_h=None):
        """Draw one labelled field at the current row; return right x."""
        st, y = self.st, self.y
        mode = st["label"]
        if mode == "above":
            self.text(x, y, label, 7.5)
            if comb_n:
                return self.comb(key, x, y - 19, comb_n, groups=groups)
            self.c.setLineWidth(0.5)
            self.c.rect(x, y - 19, w, 15, stroke=1, fill=0)
            self.a[key] = {
                "page": self.page,
                "x": x + 3,
                "y": y - 15,
                "w": w - 6,
                "h": 15,
                "cells": None,
            }
            return x + w
        if mode == "beside":
            lw = self.width(label, 9) + 5
            self.text(x, y - 12, label, 9)
            if comb_n:
                return self.comb(key, x + lw, y - 15, comb_n, groups=groups)
            self.line_field(key, x + lw, y - 12, w - lw, "dotted")
            return x + w
        # inside: a framed cell with a small label in its top-left corner
        self.c.setLineWidth(0.6)
        self.c.setStrokeColor(GREY)
        self.c.rect(x, y - 24, w, 26, stroke=1, fill=0)
        self.c.setStrokeColor(black)
        self.text(x + 3, y - 5, label, 6.5, False, GREY)
        if comb_n:
            return self.comb(key, x + 4, y - 21.5, comb_n, cw=st["comb"] * 0.8, groups=groups)
        self.a[key] = {
            "page": self.page,
            "x": x + 4,
            "y": y - 19,
            "w": w - 8,
            "h": 14,
            "cells": None,
        }
        return x + w

    def next_row(self, extra=0.0):
        self.y -= {"above": 30, "beside": 24, "inside": 31}[self.st["label"]] + extra

    def footer(self, n):
        self.text(self.x0, 24, f"S1106 — cerfa n° 15763*02 — page {n}/2", 7)
        tag = {1: "Imp. CNAM 05/2024", 2: "ed. 2023", 3: "V2 — 01/2025"}[self.run]
        self.text(self.x1 - self.width(tag, 6), 24, tag, 6, color=GREY)


def _header(p: _Page) -> None:
    c = p.c
    # logo-like block: "l'Assurance Maladie"
    if p.run == 1:
        c.setFillColor(BLUE)
        c.roundRect(p.x0, H - 78, 92, 40, 6, stroke=0, fill=1)
        p.text(p.x0 + 8, H - 55, "l'Assurance", 11, True, white)
        p.text(p.x0 + 8, H - 70, "Maladie", 11, True, white)
    else:
        p.text(p.x0, H - 55, "l'Assurance", 13, True, BLUE)
        p.text(p.x0, H - 70, "Maladie", 13, True, BLUE)
        c.setStrokeColor(BLUE)
        c.setLineWidth(2)
        c.line(p.x0, H - 76, p.x0 + 70, H - 76)
        c.setStrokeColor(black)
    # cerfa box
    bx = p.x1 - 88
    c.setLineWidth(0.8)
    c.rect(bx, H - 76, 88, 36, stroke=1, fill=0)
    c.setFont("Caladea-B", 15)
    c.drawString(bx + 6, H - 58, "cerfa")
    p.text(bx + 6, H - 71, "N° 15763*02", 9, True)
    # title block
    title = "Demande d'ouverture des droits à l'assurance maladie"
    size = 14.5 if p.run != 3 else 16
    tx = (W - p.width(title, size, True)) / 2
    p.text(tx, H - 102, title, size, True)
    sub = "Protection universelle maladie (PUMa)"
    p.text((W - p.width(sub, 10.5)) / 2, H - 117, sub, 10.5)
    y = H - 134
    for ln in NOTICE:
        p.text(p.x0, y, ln, 7)
        y -= 8.6
    p.text(p.x0, y - 2, LEGAL, 6.5, color=GREY)
    p.y = y - 10


def _page1(c, run, a) -> None:
    p = _Page(c, run, 1, a)
    _header(p)
    p.section("A", "VOUS")
    x0, x1 = p.x0, p.x1
    full = x1 - x0
    names = RUNS[run]["names"] == "comb"
    for label, key in (
        ("Nom de naissance", "nom"),
        ("Nom d'usage (facultatif)", "nom_usage"),
        ("Prénom(s)", "prenoms"),
    ):
        if names:
            p.field(label, key, x0, full, comb_n=int(full // RUNS[run]["comb"]) - 1)
        else:
            p.field(label, key, x0, full)
        p.next_row()
    # sex and date of birth on one row
    y = p.y
    lab = "Sexe" if run != 2 else "Sexe :"
    if RUNS[run]["label"] == "above":
        p.text(x0, y, lab, 7.5)
        by = y - 17
    elif RUNS[run]["label"] == "beside":
        p.text(x0, y - 12, lab, 9)
        by = y - 14
    else:
        p.c.setStrokeColor(GREY)
        p.c.rect(x0, y - 24, 110, 26, stroke=1, fill=0)
        p.c.setStrokeColor(black)
        p.text(x0 + 3, y - 5, lab, 6.5, color=GREY)
        by = y - 19
    p.text(x0 + 36, by + 1, "F", 9)
    p.box("sexe_F", x0 + 45, by)
    p.text(x0 + 68, by + 1, "M", 9)
    p.box("sexe_M", x0 + 79, by)
    p.field("Date de naissance (JJ MM AAAA)", "dob", x0 + 130, 200, comb_n=8, groups=[2, 2, 4])
    p.next_row()
    half = full / 2 - 6
    p.field("Lieu de naissance : commune", "lieu_commune", x0, half)
    p.field("pays", "lieu_pays", x0 + half + 12, half)
    p.next_row()
    p.field("Nationalité", "nationalite", x0, half)
    p.next_row()
    right = p.field(
        "N° de sécurité sociale (si vous en avez un)",
        "nir",
        x0,
        300,
        comb_n=13,
        groups=[1, 2, 2, 2, 3, 3],
    )
    p.text(right + 4, p.y - 15, "clé", 7)
    p.comb("nir_cle", right + 18, a["nir"]["y"] - a["nir"]["h"] * 0.22, 2, cw=a["nir"]["cw"])
    p.next_row()
    p.field("Adresse (n°, rue, bâtiment, étage)", "adresse", x0, full)
    p.next_row()
    p.field("Code postal", "cp", x0, 150, comb_n=5)
    p.field("Commune", "commune", x0 + 160, full - 160)
    p.next_row()
    p.field("Téléphone", "tel", x0, half)
    p.field("Adresse e-mail", "email", x0 + half + 12, half)
    p.next_row(4)

    p.section("B", "VOTRE SITUATION")
    p.text(x0, p.y, "Cochez la case correspondant à votre situation actuelle :", 8.5)
    p.y -= 18
    opts = [
        ("sit_salarie", "Vous exercez une activité salariée en France"),
        ("sit_independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("sit_demandeur", "Vous êtes demandeur d'emploi inscrit à France Travail"),
        ("sit_etudiant", "Vous êtes étudiant(e)"),
        (
            "sit_sans_activite",
            "Vous êtes sans activité professionnelle et résidez en France de "
            "manière stable et régulière depuis plus de trois mois",
        ),
        ("sit_autre", "Autre situation, précisez :"),
    ]
    for key, label in opts:
        p.box(key, x0, p.y - 1)
        if len(label) > 95:
            cut = label.rfind(" ", 0, 95)
            p.text(x0 + 15, p.y, label[:cut], 8.5)
            p.y -= 10.5
            p.text(x0 + 15, p.y, label[cut + 1 :], 8.5)
        else:
            p.text(x0 + 15, p.y, label, 8.5)
        if key == "sit_salarie":
            p.y -= 15
            p.text(x0 + 30, p.y, "Type de contrat :", 8)
            cx = x0 + 100
            for ck, cl in (
                ("ct_CDI", "CDI"),
                ("ct_CDD", "CDD"),
                ("ct_interim", "intérim"),
                ("ct_autre", "autre"),
            ):
                p.box(ck, cx, p.y - 1, 8)
                p.text(cx + 11, p.y, cl, 8)
                cx += 55
            p.y -= 16
            p.text(x0 + 30, p.y, "Emploi occupé :", 8)
            p.line_field("emploi", x0 + 95, p.y, 170, "line")
            p.text(x0 + 275, p.y, "Employeur :", 8)
            p.line_field("employeur", x0 + 322, p.y, x1 - x0 - 322, "line")
        if key == "sit_autre":
            p.line_field("autre_precision", x0 + 140, p.y, x1 - x0 - 140, "line")
        p.y -= 19
    p.footer(1)


def _page2(c, run, a) -> None:
    p = _Page(c, run, 2, a)
    x0, x1 = p.x0, p.x1
    p.text(x0, H - 48, "Demande d'ouverture des droits à l'assurance maladie (suite)", 9, True)
    p.text(x1 - p.width("cerfa n° 15763*02", 8), H - 48, "cerfa n° 15763*02", 8)
    p.y = H - 62
    p.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
    for ln in CERTIF:
        p.text(x0, p.y, ln, 8.6)
        p.y -= 11
    p.y -= 14
    p.text(x0, p.y, "Fait à", 9.5)
    p.line_field("fait_a", x0 + 32, p.y, 170, "dotted" if run == 2 else "line")
    p.text(x0 + 215, p.y, "le", 9.5)
    p.line_field("date_sig", x0 + 230, p.y, 110, "dotted" if run == 2 else "line")
    p.y -= 22
    bw, bh = 230, 92
    bx = x1 - bw
    st = RUNS[run]["sig"]
    if st == "above":
        p.text(bx, p.y, "Signature", 9, True)
        p.y -= 6
    p.c.setLineWidth(0.8)
    p.c.rect(bx, p.y - bh, bw, bh, stroke=1, fill=0)
    if st == "inside":
        p.text(bx + 5, p.y - 12, "Signature :", 9)
    elif st == "grey":
        p.text(
            bx + bw / 2 - p.width("Signature", 16) / 2,
            p.y - bh / 2 - 5,
            "Signature",
            16,
            color=Color(0.8, 0.8, 0.8),
        )
    a["signature"] = {"page": 2, "x": bx, "y": p.y - bh, "w": bw, "h": bh, "label": st}
    p.y -= bh + 26
    p.text(x0, p.y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10.5, True)
    p.y -= 16
    for ln in PIECES:
        bullet = "" if ln.startswith("   ") else ("•  " if run != 2 else "–  ")
        p.text(x0 + (10 if not bullet else 0), p.y, bullet + ln.strip(), 8.6)
        p.y -= 12
    p.y -= 10
    for ln in CNIL:
        p.text(x0, p.y, ln, 6.8, color=GREY)
        p.y -= 8.5
    p.y -= 14
    # reserved box
    p.c.setLineWidth(0.8)
    if run == 3:
        p.c.setFillColor(LIGHT)
        p.c.rect(x0, p.y - 80, x1 - x0, 86, stroke=1, fill=1)
        p.c.setFillColor(black)
    else:
        p.c.setDash(3, 2)
        p.c.rect(x0, p.y - 80, x1 - x0, 86, stroke=1, fill=0)
        p.c.setDash()
    p.text(x0 + 8, p.y - 8, "Cadre réservé à l'organisme", 9, True)
    p.text(x0 + 8, p.y - 28, "Date de réception : ____ / ____ / ________", 8.5)
    p.text(x0 + 8, p.y - 46, "Pièces vérifiées :   oui", 8.5)
    p.c.rect(x0 + 104, p.y - 47, 7, 7)
    p.text(x0 + 116, p.y - 46, "non", 8.5)
    p.c.rect(x0 + 134, p.y - 47, 7, 7)
    p.text(x0 + 8, p.y - 64, "Matricule agent : ______________", 8.5)
    p.text(x0 + 280, p.y - 28, "Cachet de l'organisme", 8.5, color=GREY)
    p.footer(2)


def draw_form(c, run: int, pages=(1, 2), overlay=None) -> dict:
    """Draw the requested pages (in that order) and return the anchors dict.

    overlay(c, page_no, anchors) is called at the end of each page (to type values or
    add AcroForm fields)."""
    register_fonts()
    anchors: dict = {}
    for i, n in enumerate(pages):
        if i:
            c.showPage()
        (_page1 if n == 1 else _page2)(c, run, anchors)
        if overlay:
            overlay(c, n, anchors)
    return anchors
