"""Our own print runs of the S1106 form (cerfa 15763*02), drawn with reportlab.

Each run differs in fonts, section headings, label placement, comb sizes and the signature box.
The drawer records where every field, comb box and check box is, in PDF points, so that a
filler can type values, add AcroForm fields, or (later, on the rendered image) write by hand.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

W, H = A4
_TTF = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "liberation/LiberationSans-Italic.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "Caladea-B": "crosextra/Caladea-Bold.ttf",
    "Caladea-I": "crosextra/Caladea-Italic.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "Lato-B": "lato/Lato-Black.ttf",
    "Lato-I": "lato/Lato-Italic.ttf",
    "Mono": "liberation/LiberationMono-Regular.ttf",
    "DejaVu": "dejavu/DejaVuSans.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, "/usr/share/fonts/truetype/" + _p))

RUNS = {
    # blue bars, labels beside boxed fields, large combs, "Signature" printed above the box
    "A": dict(
        f="LibSans",
        fb="LibSans-B",
        fi="LibSans-I",
        bar=Color(0.05, 0.32, 0.62),
        bar_text=white,
        heading="bar",
        place="beside",
        comb=13.0,
        sig="above",
        field_fill=Color(0.93, 0.95, 0.99),
        size=8.2,
    ),
    # serif, underlined headings, labels above dotted lines, small combs, label inside the box
    "B": dict(
        f="Caladea",
        fb="Caladea-B",
        fi="Caladea-I",
        bar=black,
        bar_text=black,
        heading="rule",
        place="above",
        comb=11.0,
        sig="inside",
        field_fill=None,
        size=8.6,
    ),
    # grey bars, labels inside cells, medium combs, grey word "Signature" in the box
    "C": dict(
        f="Lato",
        fb="Lato-B",
        fi="Lato-I",
        bar=Color(0.82, 0.84, 0.86),
        bar_text=black,
        heading="bar",
        place="inside",
        comb=12.0,
        sig="grey",
        field_fill=None,
        size=7.8,
    ),
}

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, auto-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière stable "
        "et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("cdi", "CDI"), ("cdd", "CDD"), ("interim", "intérim"), ("contrat_autre", "autre")]

NOTICE = (
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos "
    "frais de santé au titre de votre activité professionnelle ou de votre résidence stable et "
    "régulière en France. Remplissez-le en lettres capitales, datez-le et signez-le, puis "
    "adressez-le à la caisse d'assurance maladie de votre lieu de résidence avec les pièces "
    "justificatives demandées en page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2 et D. 160-2 du code de la "
    "sécurité sociale"
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement de situation "
    "(adresse, activité, situation familiale) et à fournir les pièces justificatives demandées.",
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou "
    "de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal). En "
    "outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de déclaration "
    "d'un changement de situation peuvent faire l'objet d'une pénalité financière (article "
    "L. 114-17-1 du code de la sécurité sociale).",
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou, pour les ressortissants de l'Union "
    "européenne, carte nationale d'identité) ;",
    "si vous êtes ressortissant d'un pays hors Union européenne : la photocopie de votre titre de "
    "séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre récépissé ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation le cas "
    "échéant) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, quittances ou "
    "factures, attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un droit "
    "d'accès et de rectification des données vous concernant auprès de votre caisse."
)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        t = (cur + " " + word).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


class Drawer:
    """Draws one print run page by page and records the geometry of every input."""

    def __init__(self, c: rl_canvas.Canvas, run: str):
        self.c = c
        self.s = RUNS[run]
        self.run = run
        self.page = 1
        self.y = H - 40
        self.geo: dict = {"fields": {}, "combs": {}, "checks": {}, "sig": None, "run": run}
        self.x0, self.x1 = 40.0, W - 40.0

    # ---- primitives -------------------------------------------------------------------
    def text(self, x, y, t, size=None, font=None, color=black):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.s["f"], size or self.s["size"])
        c.drawString(x, y, t)
        c.setFillColor(black)

    def para(self, t, size, font=None, x=None, width=None, lead=1.25):
        font = font or self.s["f"]
        x = self.x0 if x is None else x
        width = width or (self.x1 - x)
        for line in wrap(t, font, size, width):
            self.text(x, self.y, line, size, font)
            self.y -= size * lead

    def heading(self, letter: str, title: str):
        s, c = self.s, self.c
        self.y -= 6
        if s["heading"] == "bar":
            c.setFillColor(s["bar"])
            c.rect(self.x0, self.y - 4, self.x1 - self.x0, 15, stroke=0, fill=1)
            t = f"{letter}   {title}" if letter else title
            self.text(self.x0 + 5, self.y, t, 10, s["fb"], s["bar_text"])
        else:
            self.text(self.x0, self.y, f"{letter} - {title}" if letter else title, 11, s["fb"])
            c.setLineWidth(0.8)
            c.line(self.x0, self.y - 4, self.x1, self.y - 4)
        self.y -= 22

    def row_height(self) -> float:
        return {"beside": 20, "above": 25, "inside": 27}[self.s["place"]]

    def field(self, label: str, name: str, x: float, w: float):
        """A one-line text field with its label, at the current row."""
        s, c, y = self.s, self.c, self.y
        place = s["place"]
        c.setLineWidth(0.5)
        if place == "beside":
            lw = pdfmetrics.stringWidth(label, s["f"], s["size"]) + 5
            self.text(x, y, label)
            fx, fy, fw, fh = x + lw, y - 4, w - lw, 14
            if s["field_fill"] is not None:
                c.setFillColor(s["field_fill"])
                c.rect(fx, fy, fw, fh, stroke=1, fill=1)
                c.setFillColor(black)
            else:
                c.rect(fx, fy, fw, fh)
        elif place == "above":
            self.text(x, y + 4, label, s["size"] - 0.6)
            c.setDash(1, 1.5)
            c.line(x, y - 12, x + w - 6, y - 12)
            c.setDash()
            fx, fy, fw, fh = x, y - 11, w - 6, 12
        else:
            c.rect(x, y - 14, w - 3, 23)
            self.text(x + 2.5, y + 2.5, label, s["size"] - 1.6, color=Color(0.3, 0.3, 0.3))
            fx, fy, fw, fh = x + 2.5, y - 12, w - 8, 12
        self.geo["fields"][name] = (self.page, fx, fy, fw, fh)

    def comb(self, label: str, name: str, groups: list[int], x: float, sep: str = "") -> float:
        """Comb boxes, one character each; returns the x after the last box."""
        s, c, y = self.s, self.c, self.y
        cs = s["comb"]
        place = s["place"]
        if place == "beside" or place == "inside":
            lw = pdfmetrics.stringWidth(label, s["f"], s["size"]) + 5
            self.text(x, y, label)
            bx, by = x + lw, y - 4
        else:
            self.text(x, y + 4, label, s["size"] - 0.6)
            bx, by = x, y - 12
        boxes = []
        c.setLineWidth(0.5)
        for gi, n in enumerate(groups):
            for _ in range(n):
                c.rect(bx, by, cs, cs)
                boxes.append((bx, by, cs, cs))
                bx += cs
            if gi < len(groups) - 1:
                if sep:
                    self.text(bx + 1.5, by + 3, sep, s["size"])
                bx += 6 if sep else 4
        self.geo["combs"][name] = (self.page, boxes)
        return bx

    def check(self, name: str, x: float, y: float, label: str, size: float | None = None):
        c = self.c
        sz = 8.5 if self.run != "B" else 7.5
        c.setLineWidth(0.6)
        c.rect(x, y - 1.5, sz, sz)
        self.geo["checks"][name] = (self.page, x, y - 1.5, sz)
        if label:
            self.text(x + sz + 4, y, label, size)
        return x + sz + 4 + pdfmetrics.stringWidth(label, self.s["f"], size or self.s["size"])

    def footer(self, n: int):
        txt = f"S1106 — cerfa n° 15763*02 — page {n}/2"
        self.text(self.x0, 22, txt, 6.5)
        if self.run != "B":
            self.text(self.x1 - 60, 22, "ameli.fr", 6.5, self.s["fb"])

    # ---- pages ---------------------------------------------------------------------------
    def page1(self):
        s, c = self.s, self.c
        blue = Color(0.05, 0.32, 0.62)
        self.text(self.x0, self.y, "l'Assurance", 13, s["fb"], blue)
        self.text(self.x0, self.y - 14, "Maladie", 13, s["fb"], blue)
        self.text(self.x0, self.y - 25, "Agir ensemble, protéger chacun", 6.5, s["fi"], blue)
        # cerfa box
        bx = self.x1 - 92
        c.setLineWidth(0.8)
        c.rect(bx, self.y - 26, 92, 38)
        self.text(bx + 6, self.y - 1, "cerfa", 17, s["fi"])
        self.text(bx + 6, self.y - 19, "N° 15763*02", 9.5, s["fb"])
        self.y -= 52
        title = "Demande d'ouverture des droits à l'assurance maladie"
        tsize = 15 if self.run != "C" else 14
        tw = pdfmetrics.stringWidth(title, s["fb"], tsize)
        self.text((W - tw) / 2, self.y, title, tsize, s["fb"])
        self.y -= 16
        sub = "Protection universelle maladie (PUMa)"
        sw = pdfmetrics.stringWidth(sub, s["f"], 11)
        self.text((W - sw) / 2, self.y, sub, 11)
        self.y -= 16
        self.para(NOTICE, 6.8)
        self.y -= 2
        self.para(LEGAL, 6.5, s["fi"])
        self.y -= 4
        self.heading("A", "VOUS")
        x0, x1 = self.x0, self.x1
        full = x1 - x0
        rh = self.row_height()
        self.field("Nom de naissance", "nom", x0, full)
        self.y -= rh
        self.field("Nom d'usage (facultatif)", "nom_usage", x0, full)
        self.y -= rh
        self.field("Prénom(s)", "prenoms", x0, full)
        self.y -= rh
        # sex + date of birth
        self.text(x0, self.y, "Sexe")
        self.check("sexe_F", x0 + 30, self.y, "F")
        self.check("sexe_M", x0 + 62, self.y, "M")
        self.comb("Date de naissance", "dob", [2, 2, 4], x0 + 110, sep="/")
        self.y -= rh + 2
        self.field("Lieu de naissance : commune", "lieu_commune", x0, full * 0.55)
        self.field("pays", "lieu_pays", x0 + full * 0.56, full * 0.44)
        self.y -= rh
        self.field("Nationalité", "nationalite", x0, full * 0.55)
        self.y -= rh + 2
        end = self.comb(
            "N° de sécurité sociale (si vous en avez un)", "nir", [1, 2, 2, 2, 3, 3], x0
        )
        self.text(end + 4, self.y, "clé")
        saved = s["place"]
        s["place"] = "beside"
        self.comb("", "cle", [2], end + 18)
        s["place"] = saved
        self.y -= rh + 2
        self.field("Adresse", "adresse", x0, full)
        self.y -= rh
        end = self.comb("Code postal", "cp", [5], x0)
        self.field("Commune", "commune", end + 10, x1 - end - 10)
        self.y -= rh + 2
        self.field("Téléphone", "tel", x0, full * 0.42)
        self.field("Courriel", "email", x0 + full * 0.44, full * 0.56)
        self.y -= rh
        self.field("N° d'allocataire CAF (si vous en avez un)", "caf", x0, full * 0.6)
        self.y -= rh + 8
        self.heading("B", "VOTRE SITUATION")
        self.text(x0, self.y, "Cochez la case correspondant à votre situation actuelle :", 7.5)
        self.y -= 16
        for key, label in SITUATIONS:
            lines = wrap(label, s["f"], s["size"], full - 20)
            self.check(key, x0 + 4, self.y, lines[0])
            for extra in lines[1:]:
                self.y -= s["size"] * 1.3
                self.text(x0 + 16.5, self.y, extra)
            if key == "salarie":
                self.y -= 15
                xx = self.text_w(x0 + 18, "type de contrat :")
                for ck, cl in CONTRACTS:
                    xx = self.check(ck, xx + 8, self.y, cl) + 6
                self.y -= 18
                self.field("Profession / emploi occupé", "profession", x0 + 18, full * 0.7)
                self.y -= 14 if s["place"] == "inside" else 8
            if key == "autre":
                self.y -= 20
                self.field("", "autre_txt", x0 + 18, full - 18)
            self.y -= 16
        self.footer(1)

    def text_w(self, x, t) -> float:
        self.text(x, self.y, t)
        return x + pdfmetrics.stringWidth(t, self.s["f"], self.s["size"])

    def page2(self):
        s, c = self.s, self.c
        self.page = 2
        self.y = H - 45
        self.text(
            self.x0, self.y, "Demande d'ouverture des droits à l'assurance maladie", 8, s["fi"]
        )
        self.text(self.x1 - 70, self.y, "cerfa 15763*02", 8, s["fi"])
        self.y -= 20
        self.heading("C", "VOS ENGAGEMENTS ET SIGNATURE")
        for p in CERTIF:
            self.para(p, 8.2 if p.startswith("Je") else 7.2)
            self.y -= 4
        self.y -= 12
        x0 = self.x0
        # "Fait à ...... le ......" on one line
        self.text(x0, self.y, "Fait à", 9.5)
        c.setDash(1, 1.5)
        c.setLineWidth(0.5)
        c.line(x0 + 30, self.y - 2, x0 + 220, self.y - 2)
        self.text(x0 + 230, self.y, "le", 9.5)
        c.line(x0 + 244, self.y - 2, x0 + 400, self.y - 2)
        c.setDash()
        self.geo["fields"]["fait_a"] = (2, x0 + 32, self.y - 1, 186, 12)
        self.geo["fields"]["le"] = (2, x0 + 246, self.y - 1, 150, 12)
        self.y -= 22
        sw, sh = (210, 78) if self.run != "C" else (230, 70)
        sx = self.x1 - sw - (0 if self.run == "A" else 30)
        if s["sig"] == "above":
            self.text(sx, self.y, "Signature", 9, s["fb"])
            self.y -= 6
        c.setLineWidth(0.8)
        c.rect(sx, self.y - sh, sw, sh)
        if s["sig"] == "inside":
            self.text(sx + 4, self.y - 11, "Signature", 8.5, s["fi"])
        elif s["sig"] == "grey":
            gw = pdfmetrics.stringWidth("Signature", s["f"], 16)
            self.text(
                sx + (sw - gw) / 2, self.y - sh / 2 - 5, "Signature", 16, color=Color(0.8, 0.8, 0.8)
            )
        self.geo["sig"] = (2, sx, self.y - sh, sw, sh)
        self.y -= sh + 24
        self.heading("", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        for p in PIECES:
            lines = wrap(p, s["f"], 8, self.x1 - x0 - 14)
            self.text(x0 + 4, self.y, "•", 8)
            for line in lines:
                self.text(x0 + 14, self.y, line, 8)
                self.y -= 10.5
            self.y -= 2
        self.y -= 14
        # reserved box
        bh = 62
        c.setLineWidth(0.6)
        c.setFillColor(Color(0.95, 0.95, 0.95))
        c.rect(x0, self.y - bh, self.x1 - x0, bh + 10, stroke=1, fill=1)
        c.setFillColor(black)
        self.text(x0 + 6, self.y, "Cadre réservé à l'organisme", 8.5, s["fb"])
        yy = self.y - 18
        self.text(x0 + 10, yy, "Date de réception :  ___ / ___ / ______", 7.8)
        self.text(x0 + 240, yy, "Pièces vérifiées", 7.8)
        c.rect(x0 + 300, yy - 1.5, 7, 7)
        self.text(x0 + 10, yy - 20, "Matricule agent : ________________", 7.8)
        self.text(x0 + 240, yy - 20, "Cachet de l'organisme", 7.8)
        self.y -= bh + 24
        self.para(CNIL, 6.4)
        self.footer(2)


def build_pdf(run: str, fill=None, pages=(1, 2)) -> tuple[bytes, dict]:
    """Draw the pages in the given order; `fill(drawer, page)` runs after each page layout."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    c.setCreator("cerfa 15763*02")
    d = Drawer(c, run)
    for p in pages:
        if p == 1:
            d.page = 1
            d.y = H - 40
            d.page1()
        else:
            d.page2()
        if fill:
            fill(d, p)
        c.showPage()
    c.save()
    return buf.getvalue(), d.geo
