"""The S1106 form (cerfa n° 15763*02), two print runs of our own, and three ways to fill it.

Anchors are kept in points with a top-left origin: (x0, y0, x1, y1).
"""

from __future__ import annotations

import io
import random

from PIL import Image
from reportlab.lib.colors import Color, black, transparent, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from bp_common import HAND_FONTS, pil_font, register_fonts
from bp_hand import BLUE, comb_text, hand_text, sign, signature_png, tick

W, H = A4
AM_BLUE = Color(0.0, 0.29, 0.56)
LIGHT = Color(0.87, 0.91, 0.96)
GREY = Color(0.45, 0.45, 0.45)

NOTICE = (
    "Vous travaillez ou vous résidez en France de manière stable et régulière et vous n'êtes "
    "pas encore couvert(e) par l'assurance maladie : remplissez cette demande et adressez-la, "
    "accompagnée des pièces justificatives, à la caisse d'assurance maladie de votre lieu de "
    "résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-7, L. 161-1, R. 111-2, R. 111-3 et D. 160-2 du code "
    "de la sécurité sociale."
)
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
    "aux libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit "
    "d'accès et de rectification des données vous concernant auprès de votre caisse."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code "
    "pénal). En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de "
    "déclaration d'un changement de situation peuvent être sanctionnés (article L. 114-17 du "
    "code de la sécurité sociale)."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande et "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation."
)
PIECES = [
    "une photocopie de votre pièce d'identité (passeport, carte nationale d'identité) ;",
    "si vous êtes de nationalité étrangère hors Union européenne : titre de séjour, visa long "
    "séjour valant titre de séjour (VLS-TS) ou récépissé de demande ;",
    "une copie intégrale ou un extrait de votre acte de naissance (avec filiation) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, quittances ou "
    "factures, attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Autre"]


def _wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


class Form:
    """One print run of the form drawn on a reportlab canvas, recording field anchors."""

    def __init__(self, run: str):
        register_fonts()
        self.run = run
        self.anchors: dict[str, tuple] = {}  # name -> (page, kind, rects)
        self.page = 1
        if run == "A":
            self.f, self.fb, self.fi = "Arial", "Arial-B", "Arial-I"
        else:
            self.f, self.fb, self.fi = "Open", "Open-B", "Open"

    # -------------------------------------------------------------- primitives
    def text(self, c, x, y, s, font=None, size=8, color=black):
        c.setFillColor(color)
        c.setFont(font or self.f, size)
        c.drawString(x, H - y, s)

    def para(self, c, x, y, s, width, font=None, size=7, lead=None, color=black):
        font = font or self.f
        lead = lead or size * 1.25
        for line in _wrap(c, s, font, size, width):
            self.text(c, x, y, line, font, size, color)
            y += lead
        return y

    def comb(self, c, name, x, y, n, w=13.0, h=15.0, gap=0.0):
        rects = []
        c.setStrokeColor(black if self.run == "A" else GREY)
        c.setLineWidth(0.6)
        for i in range(n):
            x0 = x + i * (w + gap)
            c.rect(x0, H - y - h, w, h, stroke=1, fill=0)
            rects.append((x0, y, x0 + w, y + h))
        self.anchors[name] = (self.page, "comb", rects)
        return x + n * (w + gap)

    def line(self, c, name, x, y, w, h=15.0, dotted=None):
        dotted = (self.run == "B") if dotted is None else dotted
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        if dotted:
            c.setDash(1, 2)
        c.line(x, H - y - h, x + w, H - y - h)
        c.setDash()
        self.anchors[name] = (self.page, "line", [(x, y, x + w, y + h)])

    def box(self, c, name, x, y, s=9.0):
        c.setStrokeColor(black)
        c.setLineWidth(0.7)
        c.rect(x, H - y - s, s, s, stroke=1, fill=0)
        self.anchors[name] = (self.page, "box", [(x, y, x + s, y + s)])

    def section(self, c, y, letter, title):
        if self.run == "A":
            c.setFillColor(AM_BLUE)
            c.rect(36, H - y - 15, W - 72, 15, stroke=0, fill=1)
            self.text(c, 42, y + 11, letter, self.fb, 10, white)
            self.text(c, 60, y + 11, title, self.fb, 9.5, white)
        else:
            self.text(c, 36, y + 11, f"{letter}.  {title}", self.fb, 10.5)
            c.setStrokeColor(black)
            c.setLineWidth(1.2)
            c.line(36, H - y - 15, W - 36, H - y - 15)
        return y + 22

    def label(self, c, x, y, s, size=7.2):
        if self.run == "A":
            self.text(c, x, y, s, self.f, size)
        else:
            self.text(c, x, y, s, self.fb, size)

    # -------------------------------------------------------------- pages
    def header(self, c):
        if self.run == "A":
            c.setFillColor(AM_BLUE)
            c.roundRect(36, H - 68, 112, 38, 6, stroke=0, fill=1)
            self.text(c, 44, 47, "l'Assurance", "Arial-B", 13, white)
            self.text(c, 44, 62, "Maladie", "Arial-B", 13, white)
            c.setStrokeColor(black)
            c.setLineWidth(1)
            c.rect(W - 150, H - 66, 114, 34, stroke=1, fill=0)
            self.text(c, W - 144, 46, "cerfa", "Arial-B", 14)
            self.text(c, W - 144, 60, "N° 15763*02", "Arial", 9)
            self.text(c, 160, 92, "Demande d'ouverture des droits", "Arial-B", 15, AM_BLUE)
            self.text(c, 160, 110, "à l'assurance maladie", "Arial-B", 15, AM_BLUE)
            self.text(c, 160, 126, "Protection universelle maladie (PUMa)", "Arial", 10.5)
            y = self.para(c, 36, 144, NOTICE, W - 72, "Arial-I", 7)
            return self.para(c, 36, y + 1, LEGAL, W - 72, "Arial", 6.5) + 4
        self.text(c, 36, 42, "l'Assurance", "Open-B", 11, AM_BLUE)
        self.text(c, 36, 55, "Maladie", "Open-B", 11, AM_BLUE)
        self.text(c, 36, 66, "Agir ensemble, protéger chacun", "Open", 6.5, GREY)
        self.text(c, W - 135, 44, "N° 15763*02", "Open-B", 11)
        c.setLineWidth(0.8)
        c.rect(W - 140, H - 52, 104, 18, stroke=1, fill=0)
        self.text(c, W - 135, 62, "cerfa", "Open-B", 8)
        c.setFont("Open-B", 14.5)
        c.drawCentredString(W / 2, H - 96, "DEMANDE D'OUVERTURE DES DROITS")
        c.drawCentredString(W / 2, H - 114, "À L'ASSURANCE MALADIE")
        c.setFont("Open", 10)
        c.drawCentredString(W / 2, H - 130, "Protection universelle maladie (PUMa)")
        y = self.para(c, 36, 148, NOTICE + " " + LEGAL, W - 72, "Open", 6.6)
        return y + 4

    def page1(self, c):
        self.page = 1
        y = self.header(c)
        y = self.section(c, y, "A", "VOUS")
        A = self.run == "A"
        if A:
            self.label(c, 36, y + 7, "Nom de naissance")
            self.comb(c, "surname", 36, y + 10, 30, 13.5, 15)
            y += 33
            self.label(c, 36, y + 7, "Nom d'usage (facultatif) - exemple : nom d'époux(se)")
            self.comb(c, "usage_name", 36, y + 10, 30, 13.5, 15)
            y += 33
            self.label(c, 36, y + 7, "Prénom(s)")
            self.line(c, "given_names", 36, y + 9, W - 72, 16)
            y += 33
            self.label(c, 36, y + 7, "Sexe")
            self.text(c, 36, y + 21, "F", self.f, 8)
            self.box(c, "sex_F", 45, y + 13)
            self.text(c, 62, y + 21, "M", self.f, 8)
            self.box(c, "sex_M", 73, y + 13)
            self.label(c, 120, y + 7, "Date de naissance")
            x = self.comb(c, "dob_d", 120, y + 10, 2)
            x = self.comb(c, "dob_m", x + 8, y + 10, 2)
            self.comb(c, "dob_y", x + 8, y + 10, 4)
            self.label(c, 290, y + 7, "Nationalité")
            self.line(c, "nationality", 290, y + 9, W - 326, 16)
            y += 33
            self.label(c, 36, y + 7, "Lieu de naissance : commune")
            self.line(c, "birth_city", 36, y + 9, 280, 16)
            self.label(c, 330, y + 7, "pays")
            self.line(c, "birth_country", 330, y + 9, W - 366, 16)
            y += 33
            self.label(c, 36, y + 7, "N° de sécurité sociale (si vous en avez un)")
            x = self.comb(c, "nir", 36, y + 10, 13)
            self.text(c, x + 4, y + 21, "clé", self.f, 7)
            self.comb(c, "nir_key", x + 18, y + 10, 2)
            y += 33
            self.label(c, 36, y + 7, "Adresse (n°, rue, bâtiment, escalier, étage...)")
            self.line(c, "address", 36, y + 9, W - 72, 16)
            y += 33
            self.label(c, 36, y + 7, "Code postal")
            self.comb(c, "postcode", 36, y + 10, 5)
            self.label(c, 120, y + 7, "Commune")
            self.line(c, "city", 120, y + 9, W - 156, 16)
            y += 33
            self.label(c, 36, y + 7, "Téléphone")
            self.line(c, "phone", 36, y + 9, 170, 16)
            self.label(c, 220, y + 7, "Adresse e-mail")
            self.line(c, "email", 220, y + 9, W - 256, 16)
            y += 36
        else:
            rows = [
                ("surname", "Nom de naissance :"),
                ("usage_name", "Nom d'usage (facultatif) :"),
                ("given_names", "Prénom(s) :"),
            ]
            for key, lab in rows:
                self.label(c, 36, y + 14, lab, 8)
                lw = c.stringWidth(lab, self.fb, 8) + 6
                self.line(c, key, 36 + lw, y + 1, W - 72 - lw, 15)
                y += 22
            self.label(c, 36, y + 14, "Sexe :", 8)
            self.text(c, 72, y + 14, "Féminin", self.f, 8)
            self.box(c, "sex_F", 106, y + 6)
            self.text(c, 124, y + 14, "Masculin", self.f, 8)
            self.box(c, "sex_M", 160, y + 6)
            self.label(c, 200, y + 14, "Né(e) le :", 8)
            x = self.comb(c, "dob_d", 244, y + 2, 2, 12, 14)
            self.text(c, x + 1, y + 13, "/", self.f, 9)
            x = self.comb(c, "dob_m", x + 7, y + 2, 2, 12, 14)
            self.text(c, x + 1, y + 13, "/", self.f, 9)
            self.comb(c, "dob_y", x + 7, y + 2, 4, 12, 14)
            y += 22
            self.label(c, 36, y + 14, "à (commune) :", 8)
            self.line(c, "birth_city", 96, y + 1, 200, 15)
            self.label(c, 306, y + 14, "Pays :", 8)
            self.line(c, "birth_country", 336, y + 1, W - 372, 15)
            y += 22
            self.label(c, 36, y + 14, "Nationalité :", 8)
            self.line(c, "nationality", 96, y + 1, 200, 15)
            y += 22
            self.label(c, 36, y + 14, "N° de sécurité sociale (si vous en avez un) :", 8)
            x = self.comb(c, "nir", 236, y + 2, 13, 11.5, 14)
            self.comb(c, "nir_key", x + 8, y + 2, 2, 11.5, 14)
            y += 22
            self.label(c, 36, y + 14, "Adresse :", 8)
            self.line(c, "address", 80, y + 1, W - 116, 15)
            y += 22
            self.label(c, 36, y + 14, "Code postal :", 8)
            self.comb(c, "postcode", 96, y + 2, 5, 12, 14)
            self.label(c, 170, y + 14, "Commune :", 8)
            self.line(c, "city", 216, y + 1, W - 252, 15)
            y += 22
            self.label(c, 36, y + 14, "Téléphone :", 8)
            self.line(c, "phone", 90, y + 1, 150, 15)
            self.label(c, 250, y + 14, "Courriel :", 8)
            self.line(c, "email", 294, y + 1, W - 330, 15)
            y += 30
        y = self.section(c, y, "B", "VOTRE SITUATION")
        self.text(c, 36, y + 6, "Cochez la case correspondant à votre situation :", self.fi, 7.5)
        y += 14
        for key, lab in SITUATIONS:
            self.box(c, "sit_" + key, 40, y)
            yy = self.para(c, 56, y + 7.5, lab, W - 100, self.f, 8, 10)
            if key == "salarie":
                self.text(c, 70, yy + 4, "Type de contrat :", self.f, 7.5)
                x = 140
                for ct in CONTRACTS:
                    self.box(c, "ct_" + ct, x, yy - 3.5, 8)
                    self.text(c, x + 11, yy + 4, ct, self.f, 7.5)
                    x += 52
                self.text(c, 70, yy + 19, "Emploi occupé :", self.f, 7.5)
                self.line(c, "job", 136, yy + 7, 220, 14)
                self.text(c, 365, yy + 19, "depuis le :", self.f, 7.5)
                self.line(c, "job_since", 405, yy + 7, W - 441, 14)
                yy += 22
            if key == "autre":
                self.line(c, "other_text", 160, y - 4, W - 196, 14)
            y = yy + 6
        y = max(y + 8, H - 90)
        self.para(c, 36, y, CNIL, W - 72, self.f, 6.3, 7.6, GREY)
        self.footer(c, 1)

    def page2(self, c):
        self.page = 2
        y = 50
        y = self.section(c, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(c, 36, y + 8, CERTIF, W - 72, self.f, 8.5, 11) + 6
        y = self.para(c, 36, y, FRAUD, W - 72, self.fi, 6.8, 8.5) + 16
        self.text(c, 36, y + 10, "Fait à", self.f, 9)
        self.line(c, "place", 66, y - 2, 190, 15)
        self.text(c, 266, y + 10, "le", self.f, 9)
        self.line(c, "date", 280, y - 2, 130, 15)
        y += 28
        sx, sw, sh = (300, W - 336, 80) if self.run == "A" else (36, 260, 86)
        if self.run == "A":
            self.text(c, sx, y + 8, "Signature", self.fb, 8.5)
            c.setStrokeColor(black)
            c.setLineWidth(0.8)
            c.rect(sx, H - y - 12 - sh, sw, sh, stroke=1, fill=0)
            self.anchors["signature"] = (2, "box", [(sx, y + 12, sx + sw, y + 12 + sh)])
        else:
            c.setStrokeColor(GREY)
            c.setLineWidth(0.8)
            c.rect(sx, H - y - sh, sw, sh, stroke=1, fill=0)
            self.text(c, sx + 6, y + 12, "Signature", self.f, 8.5, Color(0.7, 0.7, 0.7))
            self.anchors["signature"] = (2, "box", [(sx, y, sx + sw, y + sh)])
        y += sh + 34
        if self.run == "A":
            c.setFillColor(LIGHT)
            c.rect(36, H - y - 16, W - 72, 16, stroke=0, fill=1)
            self.text(c, 42, y + 11, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", self.fb, 9)
        else:
            self.text(c, 36, y + 11, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", self.fb, 9)
            c.line(36, H - y - 15, W - 36, H - y - 15)
        y += 28
        for p in PIECES:
            self.text(c, 44, y + 1, "•" if self.run == "A" else "-", self.f, 9)
            y = self.para(c, 56, y + 1, p, W - 100, self.f, 8, 10) + 3
        y += 6
        self.para(
            c,
            36,
            y,
            "Les pièces rédigées en langue étrangère peuvent faire l'objet d'une demande de "
            "traduction par un traducteur agréé. N'envoyez pas d'originaux : des photocopies "
            "lisibles suffisent.",
            W - 72,
            self.fi,
            7.2,
            9,
        )
        y += 40
        c.setDash(3, 2)
        c.setStrokeColor(GREY)
        c.rect(36, H - y - 92, W - 72, 92, stroke=1, fill=0)
        c.setDash()
        self.text(c, 44, y + 14, "Cadre réservé à l'organisme", self.fb, 8.5)
        self.text(c, 44, y + 34, "Date de réception : ....../....../.........", self.f, 8)
        self.text(c, 300, y + 34, "Pièces vérifiées :", self.f, 8)
        x = 300 + c.stringWidth("Pièces vérifiées :", self.f, 8) + 8
        self.text(c, x, y + 34, "oui", self.f, 8)
        c.rect(x + 16, H - y - 34, 7, 7, stroke=1, fill=0)
        self.text(c, x + 34, y + 34, "non", self.f, 8)
        c.rect(x + 52, H - y - 34, 7, 7, stroke=1, fill=0)
        self.text(c, 44, y + 54, "Matricule agent : ..........................", self.f, 8)
        self.text(c, 300, y + 54, "Observations : ................................", self.f, 8)
        self.text(c, 44, y + 74, "N° d'immatriculation attribué : ", self.f, 8)
        self.footer(c, 2)

    def footer(self, c, n):
        c.setFont(self.f, 7)
        c.setFillColor(black)
        c.drawString(36, 28, "S1106")
        c.drawRightString(W - 36, 28, f"S1106 — cerfa n° 15763*02 — page {n}/2")


# ------------------------------------------------------------------ filling


def values_to_fields(v: dict) -> list[tuple[str, str]]:
    """Map applicant values to (anchor, text) pairs; boxes get 'X'."""
    out = [
        ("surname", v["surname"].upper()),
        ("given_names", v["given_names"]),
        ("sex_" + v["sex"], "X"),
        ("dob_d", v["dob"].strftime("%d")),
        ("dob_m", v["dob"].strftime("%m")),
        ("dob_y", v["dob"].strftime("%Y")),
        ("birth_city", v["birth_city"]),
        ("birth_country", v["birth_country"]),
        ("nationality", v["nationality"]),
        ("address", v["address"]),
        ("postcode", v["postcode"]),
        ("city", v["city"]),
        ("phone", v.get("phone", "")),
        ("email", v.get("email", "")),
        ("sit_" + v["situation"], "X"),
        ("place", v["place"]),
        ("date", v["date_text"]),
    ]
    if v.get("usage_name"):
        out.append(("usage_name", v["usage_name"].upper()))
    if v["situation"] == "salarie":
        out += [("ct_" + v["contract"], "X"), ("job", v["job"])]
        if v.get("job_since"):
            out.append(("job_since", v["job_since"]))
    return [(k, t) for k, t in out if t]


def _typed(form: Form, c, page: int, fields, font="Courier", size=10):
    for key, text in fields:
        if key not in form.anchors or form.anchors[key][0] != page:
            continue
        _pg, kind, rects = form.anchors[key]
        c.setFillColor(black)
        if kind == "comb":
            c.setFont(font, size)
            for (x0, _y0, x1, y1), ch in zip(rects, text, strict=False):
                c.drawCentredString((x0 + x1) / 2, H - y1 + 3.5, ch)
        elif kind == "box":
            x0, y0, x1, y1 = rects[0]
            c.setFont("Arial-B", (y1 - y0) * 1.05)
            c.drawCentredString((x0 + x1) / 2, H - y1 + 1.2, "X")
        else:
            x0, y0, x1, y1 = rects[0]
            c.setFont(font, size)
            c.drawString(x0 + 3, H - y1 + 3.5, text)


def render_pdf(run: str, fields=None, typed_font="Courier", skip=(), acro=None, sig=None) -> tuple:
    """Draw both pages; typed values if fields given; AcroForm fields if acro given.

    Returns (pdf_bytes, form). skip lists anchors left out of the typed fill (written by hand).
    sig: optional RGBA signature image pasted in the signature box (acroform fill)."""
    form = Form(run)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Caisse nationale de l'Assurance Maladie")
    for page, draw in ((1, form.page1), (2, form.page2)):
        draw(c)
        todo = [(k, t) for k, t in (fields or []) if k not in skip]
        if fields and not acro:
            _typed(form, c, page, todo, typed_font)
        if acro is not None:
            _acro(form, c, page, acro)
        if sig is not None and page == 2:
            x0, y0, x1, y1 = form.anchors["signature"][2][0]
            buf2 = io.BytesIO()
            sig.save(buf2, "PNG")
            h = (y1 - y0) * 0.85
            w = h * sig.width / sig.height
            c.drawImage(
                ImageReader(io.BytesIO(buf2.getvalue())), x0 + 10, H - y1 + 4, w, h, mask="auto"
            )
        c.showPage()
    c.save()
    return buf.getvalue(), form


ACRO_NAMES = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "dob_d": "date_naiss_jj",
    "dob_m": "date_naiss_mm",
    "dob_y": "date_naiss_aaaa",
    "birth_city": "lieu_naiss_commune",
    "birth_country": "lieu_naiss_pays",
    "nationality": "nationalite",
    "nir": "nir",
    "nir_key": "nir_cle",
    "address": "adresse",
    "postcode": "code_postal",
    "city": "commune",
    "phone": "telephone",
    "email": "courriel",
    "job": "emploi_occupe",
    "job_since": "emploi_depuis",
    "other_text": "autre_precisez",
    "place": "fait_a",
    "date": "fait_le",
}


def _acro(form: Form, c, page: int, values: dict):
    af = c.acroForm
    for key, (pg, kind, rects) in form.anchors.items():
        if pg != page or key == "signature":
            continue
        if kind == "box":
            x0, y0, x1, y1 = rects[0]
            af.checkbox(
                name="case_" + key,
                x=x0,
                y=H - y1,
                size=x1 - x0,
                checked=values.get(key) == "X",
                buttonStyle="cross",
                borderWidth=0,
                fillColor=transparent,
                borderColor=transparent,
                forceBorder=False,
            )
            continue
        txt = values.get(key, "")
        if kind == "comb":
            parts = [
                (f"{ACRO_NAMES.get(key, key)}_{i + 1}", r, ch)
                for i, (r, ch) in enumerate(zip(rects, txt.ljust(len(rects)), strict=False))
            ]
        else:
            parts = [(ACRO_NAMES.get(key, key), rects[0], txt)]
        for name, (x0, y0, x1, y1), val in parts:
            af.textfield(
                name=name,
                value=val.strip(),
                x=x0 + 0.5,
                y=H - y1 + 0.5,
                width=x1 - x0 - 1,
                height=y1 - y0 - 1,
                fontName="Helvetica",
                fontSize=9,
                borderWidth=0,
                fillColor=transparent,
                textColor=black,
                maxlen=1 if kind == "comb" else 100,
            )


def to_px(rect, dpi):
    k = dpi / 72.0
    return tuple(v * k for v in rect)


def hand_fill(
    pages: list[Image.Image],
    form: Form,
    fields,
    dpi: int,
    rng: random.Random,
    font_key="breip",
    color=BLUE,
    tick_kind="x",
):
    """Write values by hand on rasterized pages (capitals in combs, cursive on lines)."""
    for key, text in fields:
        pg, kind, rects = form.anchors[key]
        img = pages[pg - 1]
        px = [to_px(r, dpi) for r in rects]
        if kind == "comb":
            comb_text(img, px, text.upper(), rng, font_key, color=color)
        elif kind == "box":
            tick(img, px[0], rng, tick_kind, color)
        else:
            x0, y0, x1, y1 = px[0]
            size = int((y1 - y0) * 1.15)
            asc = pil_font(HAND_FONTS[font_key], size).getmetrics()[0]
            top = y1 - (y1 - y0) * 0.14 - asc
            hand_text(img, (x0 + 8, top), text, rng, font_key, size, color)


def hand_sign(pages, form: Form, name: str, dpi: int, rng: random.Random, color=BLUE):
    x0, y0, x1, y1 = to_px(form.anchors["signature"][2][0], dpi)
    w = x1 - x0
    box = (x0 + w * 0.12, y0 + (y1 - y0) * 0.12, x0 + w * 0.85, y1 - (y1 - y0) * 0.06)
    sign(pages[1], box, name, rng, color)


def sig_image(name: str, rng: random.Random) -> Image.Image:
    return signature_png(520, 170, name, rng)
