"""Blind set form_bp: 16 single cerfa 15763*02 application forms.

Usage: python generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import math
import random
import sys
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
W, H = A4
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": "liberation/LiberationSans-Regular.ttf",
    "SansB": "liberation/LiberationSans-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
    "Arial": "crosextra/Carlito-Regular.ttf",
    "Hand1": "fifthhorseman/dkgBI.ttf",
    "Hand2": "breip/Breip.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FD + _p))
INK = [Color(0.08, 0.12, 0.45), Color(0.05, 0.05, 0.08), Color(0.1, 0.2, 0.6)]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS = MONTHS.split()

# fmt: off
# (surname, usage_name, given_names, sex, dob, birthplace, nationality)
PEOPLE = [
    ("BENALI", None, "Yasmine Nour", "F", "1994-03-21", "Oran, Algérie", "algérienne"),
    ("DIALLO", None, "Mamadou Saliou", "M", "1988-11-02", "Labé, Guinée", "guinéenne"),
    ("NGUYEN", "MARTIN", "Thi Lan", "F", "1991-07-14", "Hanoï, Viêt Nam", "vietnamienne"),
    ("OLIVEIRA DA SILVA", None, "João Pedro", "M", "1990-01-30", "Recife, Brésil", "brésilienne"),
    ("KOVALENKO", None, "Olena", "F", "1985-05-17", "Kharkiv, Ukraine", "ukrainienne"),
    ("O'CONNOR", None, "Siobhán Mary", "F", "1997-09-08", "Boston, États-Unis", "américaine"),
    ("ZHANG", None, "Wei", "M", "1993-12-25", "Chengdu, Chine", "chinoise"),
    ("EL-AMRANI", None, "Mohamed Amine", "M", "1999-02-13", "Fès, Maroc", "marocaine"),
    ("MUKENDI KABEYA", None, "Grâce", "F", "1987-06-19", "Kinshasa, RD Congo", "congolaise"),
    ("HOSSEINI", None, "Arash", "M", "1983-10-04", "Ispahan, Iran", "iranienne"),
    ("DELA CRUZ", "BERNARD", "Maria Cristina", "F", "1992-04-27", "Cebu, Philippines",
     "philippine"),
    ("JEAN-BAPTISTE", None, "Wislande", "F", "1996-08-15", "Jacmel, Haïti", "haïtienne"),
    ("ÖZTÜRK", None, "Emre", "M", "1989-03-03", "Izmir, Turquie", "turque"),
    ("HADDAD", None, "Rami Georges", "M", "1980-12-11", "Beyrouth, Liban", "libanaise"),
    ("PATEL", None, "Priya", "F", "1995-01-16", "Ahmedabad, Inde", "indienne"),
    ("GARCÍA LÓPEZ", None, "Andrés Felipe", "M", "1998-07-23", "Medellín, Colombie",
     "colombienne"),
]
# (fill, case, look, arrangement, run, situation, contract)
SPECS = [
    ("hand", "ok", "scan", "two_images", "A", "salarie", "CDI"),
    ("typed_print", "ok", "image_pdf", "one_pdf", "B", "salarie", "CDD"),
    ("acroform", "ok", "text_pdf", "one_pdf", "A", "etudiant", None),
    ("hand", "unsigned", "phone_photo", "two_images", "B", "sans_activite", None),
    ("typed_print", "future_date", "phone_photo", "two_images", "A", "salarie", "CDI"),
    ("hand", "us_date", "scan", "two_images_p2_first", "A", "salarie", "Intérim"),
    ("acroform", "none_ticked", "text_pdf", "one_pdf", "B", None, None),
    ("acroform_printed", "ok", "image_pdf", "one_pdf_reversed", "A", "demandeur_emploi", None),
    ("hand", "date_words", "phone_photo", "two_images", "B", "salarie", "CDI"),
    ("typed_print", "ok", "image_pdf", "two_pdfs", "B", "independant", None),
    ("hand", "ok", "image_pdf", "one_pdf", "A", "sans_activite", None),
    ("acroform", "unsigned", "text_pdf", "one_pdf", "A", "salarie", "CDD"),
    ("acroform_printed", "ok", "phone_photo", "two_images", "B", "autre", None),
    ("typed_print", "none_ticked", "scan", "two_images", "A", None, None),
    ("hand", "ok", "phone_photo", "two_images", "A", "etudiant", None),
    ("typed_print", "ok", "image_pdf", "one_pdf_reversed", "B", "salarie", "CDI"),
]
# fmt: on
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    ("sans_activite", "Vous êtes sans activité et résidez en France de manière stable"),
    ("autre", "Autre situation, précisez :"),
]
CITIES = [
    ("75011", "Paris"), ("69003", "Lyon"), ("13005", "Marseille"), ("59000", "Lille"),
    ("31400", "Toulouse"), ("93100", "Montreuil"), ("44000", "Nantes"), ("33800", "Bordeaux"),
]  # fmt: skip
STREETS = ["rue Oberkampf", "avenue Jean Jaurès", "rue de la République", "boulevard Voltaire",
           "rue des Lilas", "allée des Tilleuls", "rue Paul Bert", "quai de la Loire"]  # fmt: skip


def nir_for(p, rng):
    sex = "1" if p[3] == "M" else "2"
    body = sex + p[4][2:4] + p[4][5:7] + "99" + rng.choice(["352", "350", "243", "139"])
    body += f"{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


# ---------------------------------------------------------------- layout
class Form:
    """Draws the blank form and records where values go."""

    def __init__(self, c, run):
        self.c, self.run = c, run
        self.f = "Sans" if run == "A" else "Serif"
        self.fb = "SansB" if run == "A" else "SerifB"
        self.cell = 14 if run == "A" else 12.5
        self.a = {}

    def label(self, x, y, text, size=8):
        self.c.setFont(self.f, size)
        self.c.setFillColor(black)
        self.c.drawString(x, y, text)
        return pdfmetrics.stringWidth(text, self.f, size)

    def comb(self, key, x, y, n, groups=None):
        c, s = self.c, self.cell
        c.setLineWidth(0.6)
        c.setStrokeColor(Color(0.2, 0.2, 0.3))
        cells, cx = [], x
        for i in range(n):
            if groups and i in groups:
                cx += s * 0.6
            c.rect(cx, y, s, s * 1.15)
            cells.append(cx)
            cx += s
        self.a[key] = ("comb", cells, y, s)
        return cx

    def line(self, key, x, y, w):
        c = self.c
        c.setLineWidth(0.5)
        c.setStrokeColor(Color(0.35, 0.35, 0.35))
        if self.run == "B":
            c.setDash(1, 2)
        c.line(x, y, x + w, y)
        c.setDash()
        self.a[key] = ("line", x + 3, y + 3, w)

    def box(self, key, x, y, s=9):
        self.c.setLineWidth(0.8)
        self.c.setStrokeColor(black)
        self.c.rect(x, y, s, s)
        self.a[key] = ("box", x, y, s)

    def field(self, key, x, y, text, kind, n=0, w=0, groups=None):
        """Label above (run A) or beside (run B); the field never overlaps the label."""
        if self.run == "A":
            self.label(x, y + 18, text, 7.5)
            fx = x
        else:
            fx = x + self.label(x, y + 3, text, 8.5) + 6
        if kind == "comb":
            return self.comb(key, fx, y, n, groups)
        self.line(key, fx, y, w - (fx - x))
        return x + w

    def section(self, y, letter, title):
        c = self.c
        if self.run == "A":
            c.setFillColor(Color(0.0, 0.32, 0.6))
            c.rect(36, y - 4, W - 72, 16, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(self.fb, 10)
            c.drawString(42, y, f"{letter}  {title}")
        else:
            c.setFillColor(black)
            c.setFont(self.fb, 11)
            c.drawString(36, y, f"{letter}. {title}")
            c.setLineWidth(1.2)
            c.line(36, y - 4, W - 36, y - 4)

    def page1(self):
        c = self.c
        c.setFillColor(Color(0.0, 0.32, 0.6))
        c.setFont(self.fb, 13)
        c.drawString(36, 800, "l'Assurance")
        c.drawString(36, 785, "Maladie")
        c.setStrokeColor(black)
        c.setLineWidth(1)
        c.rect(W - 130, 780, 94, 30)
        c.setFillColor(black)
        c.setFont(self.fb, 10)
        c.drawCentredString(W - 83, 797, "cerfa")
        c.setFont(self.f, 8.5)
        c.drawCentredString(W - 83, 785, "N° 15763*02")
        c.setFont(self.fb, 13.5)
        c.drawCentredString(W / 2, 760, "Demande d'ouverture des droits à l'assurance maladie")
        c.setFont(self.f, 10.5)
        c.drawCentredString(W / 2, 744, "Protection universelle maladie (PUMa)")
        c.setFont(self.f, 6.5)
        notice = [
            (
                "Vous travaillez ou résidez en France de manière stable et régulière depuis plus de "
                "trois mois : remplissez ce formulaire"
            ),
            (
                "et adressez-le à la caisse d'assurance maladie de votre lieu de résidence avec les "
                "pièces justificatives demandées en page 2."
            ),
            (
                "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. 160-2 du code de la sécurité "
                "sociale."
            ),
        ]
        for i, t in enumerate(notice):
            c.drawString(36, 728 - i * 8.5, t)
        self.section(690, "A", "VOUS")
        y = 655
        self.field("surname", 40, y, "Nom de naissance", "comb", n=24)
        y -= 36
        self.field("usage_name", 40, y, "Nom d'usage (facultatif)", "comb", n=20)
        y -= 36
        self.field("given_names", 40, y, "Prénom(s)", "comb", n=24)
        y -= 36
        x = self.label(40, y + 3, "Sexe", 8.5) + 50
        self.label(x, y + 3, "F", 8.5)
        self.box("sex_F", x + 9, y + 2)
        self.label(x + 30, y + 3, "M", 8.5)
        self.box("sex_M", x + 42, y + 2)
        self.field("dob", 200, y, "Date de naissance (JJ MM AAAA)", "comb", n=8, groups=(2, 4))
        y -= 34
        self.field("birthplace", 40, y, "Lieu de naissance (commune, pays)", "line", w=300)
        self.field("nationality", 360, y, "Nationalité", "line", w=195)
        y -= 34
        self.field("nir", 40, y, "N° de sécurité sociale (si vous en avez un)", "comb", n=15,
                   groups=(1, 3, 5, 7, 10, 13))  # fmt: skip
        y -= 34
        self.field("address", 40, y, "Adresse", "line", w=515)
        y -= 32
        self.field("postcode", 40, y, "Code postal", "comb", n=5)
        self.field("city", 230, y, "Commune", "line", w=325)
        y -= 32
        self.field("phone", 40, y, "Téléphone", "line", w=220)
        self.field("email", 280, y, "E-mail", "line", w=275)
        self.section(y - 38, "B", "VOTRE SITUATION")
        self.label(40, y - 58, "Cochez la case correspondant à votre situation actuelle :", 8)
        y -= 78
        for key, text in SITUATIONS:
            self.box("sit_" + key, 44, y - 1)
            end = 60 + self.label(60, y, text, 8.5)
            if key == "salarie":
                y -= 16
                x = 80 + self.label(80, y, "Type de contrat :", 8)
                for ct in ("CDI", "CDD", "Intérim", "Autre"):
                    self.box("ct_" + ct, x + 6, y - 1)
                    x += 20 + self.label(x + 20, y, ct, 8) + 12
            if key == "autre":
                self.line("autre_text", end + 6, y - 1, W - 40 - end - 6)
            y -= 20
        c.setFont(self.f, 6.5)
        c.drawString(36, 30, "S1106 — cerfa n° 15763*02")
        c.drawRightString(W - 36, 30, "page 1/2")

    def page2(self):
        c = self.c
        self.section(790, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        c.setFont(self.f, 8.5)
        c.setFillColor(black)
        txt = [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
            "Je m'engage à signaler à ma caisse tout changement dans ma situation.",
            (
                "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
                "(art. 313-1 du code pénal, art. L. 114-13 du CSS)."
            ),
        ]
        for i, t in enumerate(txt):
            c.drawString(40, 765 - i * 12, t)
        y = 715
        x = 40 + self.label(40, y, "Fait à", 9.5) + 5
        self.line("place", x, y - 2, 180)
        x2 = x + 195
        x2 += self.label(x2, y, "le", 9.5) + 5
        self.line("date", x2, y - 2, 150)
        bx, by, bw, bh = 300, 600, 255, 90
        c.setLineWidth(1)
        c.setStrokeColor(black)
        c.rect(bx, by, bw, bh)
        if self.run == "A":
            self.label(bx, by + bh + 4, "Signature", 9)
        else:
            c.setFillColor(Color(0.75, 0.75, 0.75))
            c.setFont(self.f, 14)
            c.drawCentredString(bx + bw / 2, by + bh / 2 - 5, "Signature")
        self.a["sig"] = ("sig", bx, by, bw, bh)
        y = 560
        c.setFillColor(black)
        c.setFont(self.fb, 9.5)
        c.drawString(36, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        pieces = [
            "une pièce d'identité (passeport ou carte nationale d'identité)",
            "pour les ressortissants hors UE : titre de séjour, VLS-TS ou récépissé",
            "un acte de naissance complet (copie intégrale ou extrait avec filiation)",
            "un justificatif de résidence en France depuis plus de trois mois",
            "un relevé d'identité bancaire (RIB) à votre nom",
            "si vous travaillez : contrat de travail ou dernier bulletin de salaire",
        ]
        c.setFont(self.f, 8.5)
        for i, t in enumerate(pieces):
            c.drawString(48, y - 18 - i * 13, "•  " + t)
        y = 400
        c.setLineWidth(0.8)
        c.rect(36, y - 70, W - 72, 85)
        c.setFont(self.fb, 8.5)
        c.drawString(44, y, "Cadre réservé à l'organisme")
        for i, t in enumerate(["Date de réception :", "Pièces vérifiées :", "Matricule agent :"]):
            w = self.label(44, y - 22 - i * 18, t, 8)
            c.setDash(1, 2)
            c.line(48 + w, y - 24 - i * 18, 300, y - 24 - i * 18)
            c.setDash()
        c.setFont(self.f, 6.5)
        c.drawString(36, 30, "S1106 — cerfa n° 15763*02 — page 2/2")


# ---------------------------------------------------------------- filling
def hand_text(c, rng, x, y, text, font, size, ink):
    c.setFillColor(ink)
    for ch in text:
        s = size * rng.uniform(0.92, 1.08)
        c.saveState()
        c.translate(x + rng.uniform(-0.4, 0.4), y + rng.uniform(-0.8, 0.8))
        c.rotate(rng.uniform(-4, 4))
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        x += pdfmetrics.stringWidth(ch, font, s) * rng.uniform(0.95, 1.1)


def cross(c, rng, x, y, s, ink):
    c.setStrokeColor(ink)
    c.setLineWidth(rng.uniform(1.0, 1.6))
    j = lambda: rng.uniform(-1.2, 1.2)
    if rng.random() < 0.5:
        c.line(x + 1 + j(), y + 1 + j(), x + s - 1 + j(), y + s - 1 + j())
        c.line(x + 1 + j(), y + s - 1 + j(), x + s - 1 + j(), y + 1 + j())
    else:
        p = c.beginPath()
        p.moveTo(x + 1, y + s / 2)
        p.lineTo(x + s / 2.5 + j(), y + 1)
        p.lineTo(x + s + 3 + j(), y + s + 3)
        c.drawPath(p, stroke=1, fill=0)


def signature_png(rng, name):
    """Pen-stroke signature: Bezier strokes with varying width, transparent PNG."""
    w, h = 900, 320
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = rng.choice([(20, 30, 120, 255), (15, 15, 25, 255), (25, 50, 160, 255)])
    x, y = 60, 190
    pts = [(x, y)]
    for _ in range(rng.randint(5, 9)):
        x += rng.uniform(50, 110)
        pts.append((x, y + rng.uniform(-160, -40)))
        pts.append((x + rng.uniform(-40, 10), y + rng.uniform(10, 70)))
    pts.append((x + 60, y - 40))
    curve = []
    for i in range(len(pts) - 2):
        p0 = (
            pts[i] if i == 0 else ((pts[i][0] + pts[i + 1][0]) / 2, (pts[i][1] + pts[i + 1][1]) / 2)
        )
        p1 = pts[i + 1]
        p2 = ((pts[i + 1][0] + pts[i + 2][0]) / 2, (pts[i + 1][1] + pts[i + 2][1]) / 2)
        for t in np.linspace(0, 1, 20):
            curve.append(
                (
                    (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
                    (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1],
                )
            )
    ph = rng.uniform(0, 6)
    for i in range(len(curve) - 1):
        wd = int(5 + 7 * (0.5 + 0.5 * math.sin(i / 9 + ph)))
        d.line([curve[i], curve[i + 1]], fill=col, width=wd, joint="curve")
    # flourish underline
    y0 = rng.uniform(240, 270)
    fl = [(80 + t * (x - 40), y0 + 18 * math.sin(t * 3.1 + ph)) for t in np.linspace(0, 1, 60)]
    for i in range(len(fl) - 1):
        d.line([fl[i], fl[i + 1]], fill=col, width=max(2, int(6 - 4 * i / 60)))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return ImageReader(buf)


def fill(form, page, rng, v, mode, hfont, ink):
    """mode: hand | typed | acro_print. Writes values in form.a anchors on this page."""
    c, a = form.c, form.a
    tfont, tsize = ("Mono", 10) if mode == "typed" else ("Sans", 10)
    if mode == "typed" and rng.random() < 0.5:
        tfont = "Arial"

    def put(key, text, handwritten=None):
        if not text or key not in a:
            return
        kind = a[key]
        hw = mode == "hand" if handwritten is None else handwritten
        if kind[0] == "comb":
            _, cells, y, s = kind
            chars = list(text)
            for cx, ch in zip(cells, chars):
                if ch == " ":
                    continue
                if hw:
                    hand_text(c, rng, cx + s * 0.22, y + s * 0.25, ch, hfont, s * 0.95, ink)
                else:
                    c.setFillColor(black)
                    c.setFont(tfont, tsize)
                    c.drawCentredString(cx + s / 2, y + s * 0.32, ch)
        elif kind[0] == "line":
            _, x, y, _w = kind
            if hw:
                hand_text(c, rng, x + rng.uniform(2, 10), y, text, hfont, 13, ink)
            else:
                c.setFillColor(black)
                c.setFont(tfont, tsize)
                c.drawString(x + 2, y, text)
        elif kind[0] == "box":
            _, x, y, s = kind
            if hw:
                cross(c, rng, x, y, s, ink)
            else:
                c.setFillColor(black)
                c.setFont("SansB", 9)
                c.drawCentredString(x + s / 2, y + 1.5, "X")

    if page == 1:
        put("surname", v["surname"])
        put("usage_name", v["usage_name"])
        put("given_names", v["given_names"].upper() if mode == "hand" else v["given_names"])
        put("sex_" + v["sex"], "x")
        d = v["date_of_birth"]
        put("dob", d[8:10] + d[5:7] + d[:4])
        put("birthplace", v["birthplace"])
        put("nationality", v["nationality"])
        put("nir", v["nir"])
        put("address", v["address"])
        put("postcode", v["postcode"])
        put("city", v["city"])
        put("phone", v["phone"])
        put("email", v["email"])
        for s in v["ticked"]:
            put("sit_" + s, "x")
        if v["contract_type"]:
            put("ct_" + v["contract_type"], "x")
        if "autre" in v["ticked"]:
            put("autre_text", v["autre_text"])
    else:
        put("place", v["place"], v["hand_date"])
        put("date", v["date_text"], v["hand_date"])
        if v["signed"]:
            _, bx, by, bw, _bh = a["sig"]
            sw = bw * rng.uniform(0.55, 0.8)
            c.drawImage(v["sig_img"], bx + rng.uniform(10, bw - sw - 10), by + 8, sw, sw * 0.355,
                        mask="auto")  # fmt: skip


def acro_fill(form, page, v):
    c, a, af = form.c, form.a, form.c.acroForm
    names = {"surname": "nom_naissance", "usage_name": "nom_usage", "given_names": "prenoms",
             "birthplace": "lieu_naissance", "nationality": "nationalite", "address": "adresse",
             "city": "commune", "phone": "telephone", "email": "courriel", "place": "fait_a",
             "date": "date_signature", "postcode": "code_postal", "nir": "nir", "dob": "date_naiss",
             "autre_text": "autre_precision"}  # fmt: skip
    vals = dict(v)
    d = v["date_of_birth"]
    vals["dob"] = f"{d[8:10]}/{d[5:7]}/{d[:4]}"
    vals["date"] = v["date_text"]
    keys = (
        ["surname", "usage_name", "given_names", "dob", "birthplace", "nationality", "nir",
         "address", "postcode", "city", "phone", "email", "autre_text"]
        if page == 1 else ["place", "date"]
    )  # fmt: skip
    for k in keys:
        kind = a[k]
        if kind[0] == "comb":
            x, y, w = kind[1][0], kind[2], kind[1][-1] + kind[3] - kind[1][0]
        else:
            x, y, w = kind[1], kind[2] - 3, kind[3]
        af.textfield(name=names[k], value=vals.get(k) or "", x=x, y=y, width=w, height=15,
                     borderWidth=0, fillColor=Color(0.85, 0.9, 1), textColor=black,
                     fontName="Helvetica", fontSize=10)  # fmt: skip
    if page == 1:
        boxes = ["sex_F", "sex_M"] + ["sit_" + s for s, _ in SITUATIONS]
        boxes += ["ct_CDI", "ct_CDD", "ct_Intérim", "ct_Autre"]
        on = {"sex_" + v["sex"]} | {"sit_" + s for s in v["ticked"]}
        if v["contract_type"]:
            on.add("ct_" + v["contract_type"])
        for b in boxes:
            _, x, y, s = a[b]
            nm = b.replace("é", "e")
            af.checkbox(name=nm, checked=b in on, x=x, y=y, size=s, buttonStyle="cross",
                        borderWidth=0.5, fillColor=white, textColor=black)  # fmt: skip
    elif v["signed"]:
        _, bx, by, bw, _bh = a["sig"]
        c.drawImage(v["sig_img"], bx + 30, by + 10, bw * 0.6, bw * 0.6 * 0.355, mask="auto")


def render_pdf(v, spec, rng):
    fill_way, run = spec[0], spec[4]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("S1106 Demande d'ouverture des droits PUMa")
    hfont = rng.choice(["Hand1", "Hand2"])
    ink = rng.choice(INK)
    for page in (1, 2):
        form = Form(c, run)
        form.page1() if page == 1 else form.page2()
        if fill_way == "acroform":
            acro_fill(form, page, v)
        else:
            mode = {"hand": "hand", "typed_print": "typed", "acroform_printed": "acro"}[fill_way]
            fill(form, page, rng, v, mode, hfont, ink)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- looks
def raster(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        im = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        out.append(np.array(im)[:, :, ::-1].copy())
    return out


def scan_effect(img, rng):
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.2, 1.2), 1.0)
    g = rng.randint(225, 242)
    img = cv2.warpAffine(img, m, (w, h), borderValue=(g, g, g))
    paper = np.full_like(img, g)
    img = np.minimum(img, paper).astype(np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    img += nrng.normal(0, 4, img.shape)
    return np.clip(img, 0, 255).astype(np.uint8)


def photo_effect(img, rng):
    h, w = img.shape[:2]
    long_side = rng.randint(3000, 4000)
    ow, oh = int(long_side * 0.75), long_side
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    table = np.array([rng.randint(60, 140), rng.randint(80, 130), rng.randint(90, 160)], np.uint8)
    bg = np.ones((oh, ow, 3), np.uint8) * table
    bg = np.clip(bg + nrng.normal(0, 8, bg.shape), 0, 255).astype(np.uint8)
    sc = ow * rng.uniform(0.78, 0.9) / w
    cx, cy = ow / 2 + rng.uniform(-80, 80), oh / 2 + rng.uniform(-80, 80)
    hw, hh = w * sc / 2, h * sc / 2
    j = lambda: rng.uniform(-0.04, 0.04) * ow
    dst = np.float32([[cx - hw + j(), cy - hh + j()], [cx + hw + j(), cy - hh + j()],
                      [cx + hw + j(), cy + hh + j()], [cx - hw + j(), cy + hh + j()]])  # fmt: skip
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(img, m, (ow, oh))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (ow, oh))
    out = np.where(mask[:, :, None] > 0, warped, bg).astype(np.float32)
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx * math.cos(ang) + yy * math.sin(ang)) / max(ow, oh)
    light = 1.0 - 0.28 * (grad - grad.min()) / (grad.max() - grad.min() + 1e-6)
    out *= light[:, :, None]
    out *= np.array([rng.uniform(0.88, 1.0), rng.uniform(0.95, 1.02), rng.uniform(1.0, 1.08)])
    out = np.clip(out + nrng.normal(0, 5, out.shape), 0, 255).astype(np.uint8)
    return cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.8))


def jpg(img, q):
    _ok, b = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, q])
    return b.tobytes()


def images_to_pdf(imgs, dpi):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for im in imgs:
        r = ImageReader(io.BytesIO(jpg(im, 72)))
        c.drawImage(r, 0, 0, W, H)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- items
def make_item(i, out):
    rng = random.Random(9100 + i)
    spec, p = SPECS[i], PEOPLE[i]
    fill_way, case, look, arr, run, situation, contract = spec
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(4, 30))
    else:
        signed_on = as_of - dt.timedelta(days=rng.randint(2, 40))
    if case == "us_date":
        while signed_on.day <= 12:
            signed_on -= dt.timedelta(days=1)
        date_text = signed_on.strftime("%m/%d/%Y")
    elif case == "date_words":
        date_text = f"{signed_on.day} {MONTHS[signed_on.month - 1]} {signed_on.year}"
    else:
        date_text = signed_on.strftime("%d/%m/%Y")
    postcode, city = rng.choice(CITIES)
    given = p[2]
    mail = (given.split()[0] + "." + p[0].split()[0]).lower()
    mail = "".join(ch for ch in mail if ch.isascii() and (ch.isalnum() or ch == ".")) + "@gmail.com"
    nir = nir_for(p, rng) if i in (7, 12) else None
    ticked = [] if situation is None else [situation]
    signed = case != "unsigned"
    v = {
        "surname": p[0], "usage_name": p[1], "given_names": given, "sex": p[3],
        "date_of_birth": p[4], "birthplace": p[5], "nationality": p[6], "nir": nir,
        "address": f"{rng.randint(2, 140)} {rng.choice(STREETS)}", "postcode": postcode,
        "city": city, "phone": "06 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4)),
        "email": mail, "ticked": ticked, "contract_type": contract,
        "autre_text": "conjointe d'un assuré, en attente de titre" if situation == "autre" else "",
        "place": city, "date_text": date_text, "signed": signed,
        "hand_date": fill_way == "hand" or (fill_way == "typed_print" and rng.random() < 0.5),
        "sig_img": signature_png(rng, p[0]) if signed else None,
    }  # fmt: skip
    pdf = render_pdf(v, spec, rng)
    name = f"d{i + 1:03d}"
    folder = out / "documents" / name
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    if look == "text_pdf":
        fn = rng.choice(["S1106_rempli.pdf", "cerfa_15763-02.pdf", "demande_puma.pdf"])
        (folder / fn).write_bytes(pdf)
        files = [{"path": fn, "pages": [1, 2]}]
    else:
        dpi = rng.choice([150, 200, 240]) if look != "phone_photo" else 200
        pages = raster(pdf, dpi)
        if look == "phone_photo":
            pages = [photo_effect(pg, rng) for pg in pages]
            rots = [None, cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_180, cv2.ROTATE_90_COUNTERCLOCKWISE]
            for k in range(2):
                if rng.random() < 0.35:
                    pages[k] = cv2.rotate(pages[k], rng.choice(rots[1:]))
        else:
            pages = [scan_effect(pg, rng) for pg in pages]
        if look == "image_pdf":
            if arr == "two_pdfs":
                for k, fn in enumerate(["formulaire_p1.pdf", "formulaire_p2.pdf"]):
                    (folder / fn).write_bytes(images_to_pdf([pages[k]], dpi))
                    files.append({"path": fn, "pages": [1]})
            elif arr == "one_pdf_reversed":
                fn = "scan_cerfa.pdf"
                (folder / fn).write_bytes(images_to_pdf(pages[::-1], dpi))
                files = [{"path": fn, "pages": [2, 1]}]
            else:
                fn = rng.choice(["SCAN0042.pdf", "demande_secu.pdf"])
                (folder / fn).write_bytes(images_to_pdf(pages, dpi))
                files = [{"path": fn, "pages": [1, 2]}]
        else:
            if look == "phone_photo":
                n0 = rng.randint(1000, 8000)
                names = [f"IMG_{n0}.jpg", f"IMG_{n0 + 1}.jpg"]
            elif arr == "two_images_p2_first":
                names = ["scan_b.jpg", "scan_a.jpg"]
            elif i == 13:
                names = ["formulaire_1.png", "formulaire_2.png"]
            else:
                names = [f"scan_{rng.randint(10, 90):04d}.jpg"]
                names.append(names[0].replace(".jpg", "_2.jpg"))
            for k, fn in enumerate(names):
                data = jpg(pages[k], rng.randint(78, 92)) if fn.endswith(".jpg") else None
                if data is None:
                    data = cv2.imencode(".png", pages[k])[1].tobytes()
                (folder / fn).write_bytes(data)
                files.append({"path": fn, "pages": [1]})
    status = {"ok": "complete", "date_words": "complete", "none_ticked": "questionable"}
    defect = {
        "unsigned": "signature box empty",
        "future_date": "dated after the audit date",
        "us_date": "date written MM/DD/YYYY (day above 12)",
        "none_ticked": "no situation box ticked",
    }.get(case)
    emp = {"salarie": "employed", "autre": "other", None: None}.get(situation, "not_employed")
    fields = {
        "surname": p[0], "usage_name": p[1], "given_names": given, "sex": p[3],
        "date_of_birth": p[4], "employment_status": emp, "situation": situation,
        "contract_type": contract, "signed": signed, "signed_on": signed_on.isoformat(),
        "date_text": date_text, "place": city, "nir": nir,
    }  # fmt: skip
    notes = f"print run {run}; {fill_way}; arrangement {arr}"
    if v["hand_date"] and fill_way != "hand":
        notes += "; place and date handwritten"
    if arr == "one_pdf_reversed":
        notes += "; PDF holds page 2 first"
    truth = {
        "as_of": as_of.isoformat(), "employed": None, "status": None, "requirements": None,
        "form_status": status.get(case, "invalid"), "defect": defect, "fill_way": fill_way,
        "case": case,
        "applicant": {"surname": p[0], "given_names": given, "date_of_birth": p[4]},
        "documents": [{"files": files, "type": "application_form", "look": look,
                       "fields": fields, "notes": notes}],
    }  # fmt: skip
    (out / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    docs = [make_item(i, out) for i in range(len(SPECS))]
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
