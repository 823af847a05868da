"""Draw the two pages of a cerfa 15763*02 (S1106) look-alike, in three "print runs".

Each draw function returns a dict of slots (where the values go) so that fill code can
write by hand, type, or place AcroForm fields at the same places.
"""

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
TT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "DejaCond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "DejaCond-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "OpenSans": TT + "open-sans/OpenSans-Regular.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "Breip": TT + "breip/Breip.ttf",
    "Dkg": TT + "fifthhorseman/dkg.ttf",
    "DkgIt": TT + "fifthhorseman/dkgIt.ttf",
    "Ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "Femke": TT + "femkeklaver/femkeklaver.ttf",
    "Humor": TT + "humor-sans/Humor-Sans.ttf",
    "Rufscript": TT + "rufscript/Rufscript010.ttf",
}
_REG = {}


def font(name):
    if name not in _REG:
        f = TTFont(name, FONT_FILES[name])
        pdfmetrics.registerFont(f)
        _REG[name] = f
    return name


def covers(name, text):
    font(name)
    cmap = _REG[name].face.charToGlyph
    return all(ord(ch) in cmap or ch in " \n" for ch in text)


RUNS = [
    # run 0: blue bars, labels beside, comb boxes, "Signature" above the box
    {
        "reg": "LibSans",
        "bold": "LibSans-B",
        "bar": (0.0, 0.33, 0.62),
        "bar_text": (1, 1, 1),
        "mode": "beside",
        "cell": 15.0,
        "sig_label": "above",
        "blue": (0.0, 0.33, 0.62),
    },
    # run 1: underlined black headings, labels above, dotted lines, label in the box corner
    {
        "reg": "DejaCond",
        "bold": "DejaCond-B",
        "bar": None,
        "bar_text": (0, 0, 0),
        "mode": "above",
        "cell": 13.5,
        "sig_label": "corner",
        "blue": (0.1, 0.2, 0.5),
    },
    # run 2: grey bars, labels inside framed cells, big grey "Signature" inside the box
    {
        "reg": "Roboto",
        "bold": "Roboto-B",
        "bar": (0.82, 0.84, 0.87),
        "bar_text": (0.05, 0.1, 0.3),
        "mode": "inside",
        "cell": 16.0,
        "sig_label": "grey",
        "blue": (0.05, 0.25, 0.55),
    },
]

NOTICE = [
    "Ce formulaire vous permet de demander l'ouverture de vos droits à l'assurance maladie au",
    "titre de votre activité professionnelle ou de votre résidence stable et régulière en France.",
    "Complétez-le en lettres capitales, datez-le, signez-le et joignez les pièces demandées.",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-2, R. 111-3 et D. 160-2 "
    "du code de la sécurité sociale"
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation",
    "(adresse, activité, situation familiale) susceptible de modifier mes droits.",
    "Je reconnais avoir été informé(e) que les données recueillies font l'objet d'un",
    "traitement destiné à la gestion de mes droits à l'assurance maladie.",
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant de l'EEE ou de la Suisse : votre titre de séjour,",
    "   votre visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé ;",
    "une copie intégrale de votre acte de naissance (ou un extrait avec filiation) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures,",
    "   attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
FRAUDE = [
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux",
    "libertés s'applique aux réponses faites sur ce formulaire. Quiconque se rend coupable de",
    "fraude ou de fausse déclaration est passible de sanctions (article 441-1 du code pénal).",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Apprentissage"]


class Page:
    def __init__(self, c, run, rng):
        self.c = c
        self.r = RUNS[run]
        self.run = run
        self.rng = rng
        self.x0 = 42 + rng.uniform(-4, 4)
        self.right = W - 42 + rng.uniform(-3, 3)
        self.y = H - 40
        self.slots = {}
        font(self.r["reg"])
        font(self.r["bold"])

    def text(self, x, y, s, size=8.5, bold=False, color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(self.r["bold"] if bold else self.r["reg"], size)
        c.drawString(x, y, s)
        return pdfmetrics.stringWidth(s, self.r["bold"] if bold else self.r["reg"], size)

    def header(self):
        c, r = self.c, self.r
        blue = r["blue"]
        self.text(self.x0, self.y - 14, "l'Assurance", 13, True, blue)
        self.text(self.x0, self.y - 29, "Maladie", 15, True, blue)
        # cerfa box
        bx = self.right - 92
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.rect(bx, self.y - 34, 92, 32)
        self.text(bx + 6, self.y - 15, "cerfa", 11, True)
        self.text(bx + 6, self.y - 28, "N° 15763*02", 9)
        self.y -= 58
        t1 = "Demande d'ouverture des droits à l'assurance maladie"
        self.text(self.x0, self.y, t1, 14.5, True)
        self.y -= 17
        self.text(self.x0, self.y, "Protection universelle maladie (PUMa)", 11, False, blue)
        self.y -= 13
        self.text(self.x0, self.y, LEGAL, 6.5, False, (0.25, 0.25, 0.25))
        self.y -= 12
        for line in NOTICE:
            self.text(self.x0, self.y, line, 7, False, (0.2, 0.2, 0.2))
            self.y -= 8.6
        self.y -= 6

    def section(self, letter, title):
        c, r = self.c, self.r
        self.y -= 6
        if r["bar"]:
            c.setFillColorRGB(*r["bar"])
            c.rect(self.x0, self.y - 4, self.right - self.x0, 16, stroke=0, fill=1)
            self.text(self.x0 + 5, self.y + 0.5, f"{letter}   {title}", 10.5, True, r["bar_text"])
        else:
            wdt = self.text(self.x0, self.y, f"{letter}  -  {title}", 11, True)
            c.setLineWidth(1.2)
            c.setStrokeColorRGB(0, 0, 0)
            c.line(self.x0, self.y - 3, self.x0 + wdt + 10, self.y - 3)
        self.y -= 24

    # -- fields -------------------------------------------------------------------------
    def _label(self, label, width_hint=None):
        """Place a label; return (x, baseline) where the value area starts and row height."""
        mode = self.r["mode"]
        if mode == "beside":
            wdt = self.text(self.x0, self.y, label, 8.5)
            return self.x0 + max(wdt + 6, width_hint or 0), self.y, 22
        if mode == "above":
            self.text(self.x0, self.y + 4, label, 7.5, False, (0.15, 0.15, 0.15))
            return self.x0, self.y - 11, 30
        return self.x0 + 4, self.y - 9, 33

    def _frame(self, height, width=None):
        if self.r["mode"] == "inside":
            c = self.c
            c.setStrokeColorRGB(0.35, 0.35, 0.4)
            c.setLineWidth(0.5)
            wdt = width or (self.right - self.x0)
            c.rect(self.x0, self.y - height + 11, wdt, height - 2)

    def comb(self, key, label, n, groups=None, hint=None, after=None):
        x, base, rh = self._label(label, hint)
        if self.r["mode"] == "inside":
            self._frame(rh)
            self.text(self.x0 + 3, self.y + 2, label, 6.5, False, (0.3, 0.3, 0.35))
        cell = self.r["cell"]
        c = self.c
        c.setStrokeColorRGB(0.2, 0.2, 0.25)
        c.setLineWidth(0.6)
        cells = []
        cx = x
        groups = groups or [n]
        for gi, g in enumerate(groups):
            for _ in range(g):
                h = cell * 1.05
                if self.run == 1:  # open-top combs: ticks between cells
                    c.line(cx, base - 3, cx + cell, base - 3)
                    c.line(cx, base - 3, cx, base + 4)
                    c.line(cx + cell, base - 3, cx + cell, base + 4)
                else:
                    c.rect(cx, base - 3, cell, h)
                cells.append((cx, base - 3, cell, h))
                cx += cell
            if gi < len(groups) - 1:
                cx += cell * 0.6
        self.slots[key] = {"kind": "comb", "cells": cells, "groups": groups}
        if after:
            after(cx + 12, base)
        self.y -= rh
        return cx

    def line(self, key, label, width=None, hint=None, same_row=False):
        x, base, rh = self._label(label, hint)
        right = x + width if width else self.right
        if self.r["mode"] == "inside":
            self._frame(rh)
            self.text(self.x0 + 3, self.y + 2, label, 6.5, False, (0.3, 0.3, 0.35))
        else:
            c = self.c
            c.setStrokeColorRGB(0.3, 0.3, 0.3)
            c.setLineWidth(0.5)
            if self.run == 1:
                c.setDash(1, 2)
            c.line(x, base - 2, right, base - 2)
            c.setDash()
        self.slots[key] = {"kind": "line", "x": x + 2, "y": base, "w": right - x - 4}
        if not same_row:
            self.y -= rh
        return base

    def check(self, key, x, y, label=None, size=8.5):
        c = self.c
        s = 9.0 if self.run != 2 else 10.0
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.7)
        c.rect(x, y - 1, s, s)
        self.slots[key] = {"kind": "check", "x": x, "y": y - 1, "s": s}
        if label:
            return x + s + 4 + self.text(x + s + 4, y, label, size)
        return x + s

    def footer(self, page):
        self.text(
            self.x0,
            26,
            f"S1106 — cerfa n° 15763*02 — page {page}/2",
            7,
            False,
            (0.3, 0.3, 0.3),
        )


def draw_page1(c, run, rng):
    p = Page(c, run, rng)
    p.header()
    p.section("A", "VOUS")
    hint = 118 if run == 0 else None
    ncomb = 24 if run != 1 else 28
    p.comb("surname", "Nom de naissance", ncomb, hint=hint)
    p.comb("usage_name", "Nom d'usage (facultatif)", ncomb, hint=hint)
    if run == 1:
        p.line("given_names", "Prénom(s)")
    else:
        p.comb("given_names", "Prénom(s)", ncomb, hint=hint)

    def sex_boxes(x, y):
        x += 20
        p.text(x, y, "Sexe :", 8.5)
        x2 = p.check("sex_F", x + 32, y, "F")
        p.check("sex_M", x2 + 14, y, "M")

    p.comb("dob", "Date de naissance", 8, groups=[2, 2, 4], hint=hint, after=sex_boxes)
    p.line("birth_place", "Lieu de naissance (commune, pays)", hint=hint)
    p.line("nationality", "Nationalité", width=200, hint=hint)
    p.comb("nir", "N° de sécurité sociale (si vous en avez un)", 15, groups=[13, 2], hint=hint)
    p.line("address", "Adresse", hint=hint)
    p.comb("postcode", "Code postal", 5, hint=hint)
    p.line("city", "Commune", hint=hint)
    p.line("phone", "Téléphone", width=170, hint=hint)
    p.line("email", "Adresse e-mail", width=260, hint=hint)
    p.section("B", "VOTRE SITUATION")
    p.text(p.x0, p.y + 4, "Cochez la case correspondant à votre situation :", 8, False)
    p.y -= 14
    for key, label in SITUATIONS:
        xe = p.check("sit_" + key, p.x0 + 6, p.y, label, 8.3)
        if key == "salarie":
            p.y -= 15
            x = p.x0 + 26
            x = x + p.text(x, p.y, "Type de contrat :", 8)
            for ct in CONTRACTS:
                x = p.check("ct_" + ct, x + 8, p.y, ct, 8) + 4
            p.y -= 16
            p.text(p.x0 + 26, p.y, "Profession :", 8)
            c.setLineWidth(0.4)
            c.line(p.x0 + 78, p.y - 2, p.x0 + 330, p.y - 2)
            p.slots["job"] = {"kind": "line", "x": p.x0 + 80, "y": p.y, "w": 250}
        if key == "autre":
            c.setLineWidth(0.4)
            c.line(xe + 6, p.y - 2, p.right, p.y - 2)
            p.slots["other_text"] = {"kind": "line", "x": xe + 8, "y": p.y, "w": p.right - xe - 10}
        p.y -= 17 if run != 2 else 19
    p.footer(1)
    return p.slots


def draw_page2(c, run, rng):
    p = Page(c, run, rng)
    p.y = H - 50
    p.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
    for line in CERTIF:
        p.text(p.x0, p.y, line, 8.6)
        p.y -= 11.5
    p.y -= 14
    x = p.x0
    x += p.text(x, p.y, "Fait à", 9.5) + 4
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    if run == 1:
        c.setDash(1, 2)
    c.line(x, p.y - 2, x + 170, p.y - 2)
    p.slots["place"] = {"kind": "line", "x": x + 3, "y": p.y, "w": 165}
    x += 182
    x += p.text(x, p.y, "le", 9.5) + 4
    c.line(x, p.y - 2, x + 120, p.y - 2)
    c.setDash()
    p.slots["date"] = {"kind": "line", "x": x + 3, "y": p.y, "w": 116}
    p.y -= 22
    bw, bh = 230 + rng.uniform(-10, 20), 88 + rng.uniform(-6, 10)
    bx = p.right - bw - (0 if run != 1 else 60)
    if run == 0:
        p.text(bx, p.y, "Signature", 9.5, True)
        p.y -= 6
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.9)
    c.rect(bx, p.y - bh, bw, bh)
    if run == 1:
        p.text(bx + 4, p.y - 11, "Signature :", 8.5)
    if run == 2:
        p.text(bx + bw / 2 - 40, p.y - bh / 2 - 6, "Signature", 17, False, (0.8, 0.8, 0.8))
    p.slots["sig"] = {"kind": "box", "x": bx, "y": p.y - bh, "w": bw, "h": bh}
    p.y -= bh + 30
    p.text(p.x0, p.y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10, True, p.r["blue"])
    p.y -= 15
    for line in PIECES:
        bullet = "" if line.startswith("   ") else "•  "
        p.text(p.x0 + 8, p.y, bullet + line.strip(), 8.3)
        p.y -= 11.5
    p.y -= 16
    # reserved frame
    fh = 70
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.7)
    if run == 2:
        c.setFillColorRGB(0.94, 0.94, 0.95)
        c.rect(p.x0, p.y - fh, p.right - p.x0, fh, stroke=1, fill=1)
    else:
        c.rect(p.x0, p.y - fh, p.right - p.x0, fh)
    p.text(p.x0 + 6, p.y - 13, "Cadre réservé à l'organisme", 9, True)
    p.text(p.x0 + 6, p.y - 32, "Date de réception : ___ / ___ / ______", 8)
    p.text(p.x0 + 220, p.y - 32, "Pièces vérifiées :  oui [  ]   non [  ]", 8)
    p.text(p.x0 + 6, p.y - 52, "Matricule agent : ______________", 8)
    p.text(p.x0 + 220, p.y - 52, "Cachet de l'organisme :", 8)
    p.y -= fh + 22
    for line in FRAUDE:
        p.text(p.x0, p.y, line, 6.8, False, (0.3, 0.3, 0.3))
        p.y -= 8.5
    p.footer(2)
    return p.slots
