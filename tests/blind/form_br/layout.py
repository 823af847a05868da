"""Two print runs of the blank form S1106 / cerfa 15763*02, drawn with reportlab.

Each page-drawing function returns the geometry of the fields (in PDF points, origin at the
bottom left) so that fillers (typed text, AcroForm widgets, handwriting on the raster) know
where values go. Labels never overlap box lines or comb boxes.
"""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.28, 841.89
X0, X1 = 38.0, 557.0

_FONTS = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Carlito-I": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "OpenSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
}


def register_fonts() -> None:
    for name, path in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


# Print run A: Arial-like, filled section bars, labels beside dotted lines, signature label
# above the frame. Print run B: Calibri-like, underlined section titles, labels inside boxed
# cells (or above combs), bigger combs, the word "Signature" in grey inside the frame.
RUNS = {
    "A": dict(
        font="LibSans",
        bold="LibSans-B",
        ital="LibSans-I",
        head="bar",
        label="beside",
        comb=13.5,
        nir=12.5,
        check=8.5,
        sig="above",
        lab=8.2,
        blue=(0.0, 0.30, 0.60),
    ),
    "B": dict(
        font="Carlito",
        bold="Carlito-B",
        ital="Carlito-I",
        head="rule",
        label="inside",
        comb=15.5,
        nir=13.5,
        check=9.5,
        sig="grey_inside",
        lab=9.0,
        blue=(0.05, 0.22, 0.45),
    ),
}

NOTICE = (
    "Vous travaillez ou vous résidez en France de manière stable et régulière : vous pouvez "
    "bénéficier de la prise en charge de vos frais de santé au titre de la protection universelle "
    "maladie. Remplissez ce formulaire en lettres capitales, datez-le et signez-le, puis "
    "adressez-le avec les pièces justificatives listées en page 2 à la caisse d'assurance "
    "maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2, R. 111-3 et D. 160-2 "
    "du code de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, résidence). La loi punit quiconque se rend coupable de fraudes ou de "
    "fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal ; "
    "article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    "une photocopie de votre pièce d'identité en cours de validité (passeport, ou carte nationale "
    "d'identité pour les ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;",
    "si vous n'êtes pas ressortissant de l'Union européenne, de l'EEE ou de la Suisse : votre "
    "titre de séjour, votre visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé ;",
    "une copie intégrale de votre acte de naissance ou un extrait avec filiation (apostillé ou "
    "légalisé s'il a été délivré à l'étranger, selon le pays) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
    "successives, ou attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "Les informations recueillies sont nécessaires à l'étude de vos droits. Conformément au "
    "règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un "
    "droit d'accès et de rectification auprès du directeur de votre caisse d'assurance maladie."
)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("intérim", "Intérim"), ("apprenti", "Apprentissage")]


class Sheet:
    """Draws one page of a print run on a reportlab canvas and records field geometry."""

    def __init__(self, c, run: str, sig_label: str | None = None):
        self.c = c
        self.r = RUNS[run]
        self.run = run
        self.sig_label = sig_label or self.r["sig"]
        self.fields: dict[str, dict] = {}

    # -- primitives ------------------------------------------------------------------------
    def _font(self, size, bold=False, ital=False):
        name = self.r["bold"] if bold else (self.r["ital"] if ital else self.r["font"])
        self.c.setFont(name, size)
        return name

    def _w(self, text, size, bold=False):
        return pdfmetrics.stringWidth(text, self.r["bold"] if bold else self.r["font"], size)

    def para(self, text, x, y, w, size, lead=None, ital=False):
        name = self._font(size, ital=ital)
        lead = lead or size * 1.25
        for line in simpleSplit(text, name, size, w):
            self.c.drawString(x, y, line)
            y -= lead
        return y

    def section(self, y, letter, title):
        c = self.c
        if self.r["head"] == "bar":
            c.setFillColorRGB(*self.r["blue"])
            c.rect(X0, y - 4, X1 - X0, 16, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            self._font(10.5, bold=True)
            c.drawString(X0 + 6, y, f"{letter}     {title}")
            c.setFillColorRGB(0, 0, 0)
            return y - 24
        c.setFillColorRGB(*self.r["blue"])
        self._font(12, bold=True)
        c.drawString(X0, y, f"{letter} - {title}")
        c.setStrokeColorRGB(*self.r["blue"])
        c.setLineWidth(1.2)
        c.line(X0, y - 4, X1, y - 4)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0, 0, 0)
        return y - 24

    def text_field(self, name, label, x, y, w, hint=None):
        """A one-line value area; returns the y of the next row."""
        c = self.c
        c.setLineWidth(0.6)
        if self.r["label"] == "beside":
            size = self.r["lab"]
            self._font(size)
            c.drawString(x, y, label)
            vx = x + self._w(label, size) + 5
            if hint:
                self._font(6.5, ital=True)
                c.drawString(x, y - 8, hint)
            c.setDash(0.8, 1.8)
            c.line(vx, y - 2.5, x + w, y - 2.5)
            c.setDash()
            self.fields[name] = dict(kind="text", rect=(vx + 2, y - 1.5, x + w - vx - 4, 13))
            return y - (30 if hint else 23)
        c.rect(x, y - 10, w, 25, stroke=1, fill=0)
        self._font(6.8)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        c.drawString(x + 3, y + 8, label + (f"  {hint}" if hint else ""))
        c.setFillColorRGB(0, 0, 0)
        self.fields[name] = dict(kind="text", rect=(x + 4, y - 7, w - 8, 13))
        return y - 31

    def comb(self, name, label, x, y, groups, size, hints=None):
        """Comb boxes, one character per cell; groups like (2, 2, 4)."""
        c = self.c
        c.setLineWidth(0.6)
        if self.r["label"] == "beside":
            lsize = self.r["lab"]
            self._font(lsize)
            c.drawString(x, y + (size - lsize) / 2 + 1, label)
            bx = x + self._w(label, lsize) + 6
        else:
            self._font(6.8)
            c.setFillColorRGB(0.25, 0.25, 0.25)
            c.drawString(x, y + size + 3, label)
            c.setFillColorRGB(0, 0, 0)
            bx = x
        cells = []
        for gi, n in enumerate(groups):
            for _ in range(n):
                c.rect(bx, y, size, size, stroke=1, fill=0)
                cells.append((bx, y, size, size))
                bx += size
            if gi < len(groups) - 1:
                bx += size * 0.55
        if hints:
            self._font(5.5)
            c.setFillColorRGB(0.45, 0.45, 0.45)
            for (cx, cy, s, _), h in zip(cells, hints, strict=False):
                c.drawCentredString(cx + s / 2, cy - 6.5, h)
            c.setFillColorRGB(0, 0, 0)
        self.fields[name] = dict(kind="comb", cells=cells)
        return bx

    def check(self, name, label, x, y, size=None, width=None):
        """A tick box with its label to the right; returns the y below the label."""
        c = self.c
        s = size or self.r["check"]
        c.setLineWidth(0.7)
        c.rect(x, y - 1.5, s, s, stroke=1, fill=0)
        self.fields[name] = dict(kind="check", rect=(x, y - 1.5, s, s))
        lsize = self.r["lab"]
        name_f = self._font(lsize)
        lines = simpleSplit(label, name_f, lsize, width or (X1 - x - s - 6))
        ly = y
        for line in lines:
            c.drawString(x + s + 5, ly, line)
            ly -= lsize * 1.2
        return ly

    def footer(self, page):
        self._font(7)
        self.c.setFillColorRGB(0.3, 0.3, 0.3)
        left = "Tournez la page s.v.p." if page == 1 else "Modèle S1106 - Assurance Maladie"
        self.c.drawString(X0, 22, left)
        self.c.drawRightString(X1, 22, f"S1106 — cerfa n° 15763*02 — page {page}/2")
        self.c.setFillColorRGB(0, 0, 0)

    # -- pages -----------------------------------------------------------------------------
    def header(self):
        c, blue = self.c, self.r["blue"]
        top = PAGE_H - 40
        c.setFillColorRGB(*blue)
        c.setStrokeColorRGB(*blue)
        c.setLineWidth(2.2)
        for k in range(3):
            c.arc(X0 + k * 3, top - 24 + k * 3, X0 + 26 - k * 3, top + 2 - k * 3, 30, 300)
        self._font(13, bold=True)
        c.drawString(X0 + 32, top - 4, "l'Assurance")
        c.drawString(X0 + 32, top - 18, "Maladie")
        self._font(6.5, ital=True)
        c.drawString(X0 + 32, top - 28, "Agir ensemble, protéger chacun")
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0, 0, 0)
        c.setLineWidth(1)
        bw = 92
        c.rect(X1 - bw, top - 26, bw, 32, stroke=1, fill=0)
        self._font(13, bold=True)
        c.drawCentredString(X1 - bw / 2, top - 8, "cerfa")
        self._font(8.5)
        c.drawCentredString(X1 - bw / 2, top - 21, "N° 15763*02")
        y = top - 58
        self._font(15 if self.run == "A" else 16, bold=True)
        c.drawCentredString(PAGE_W / 2, y, "Demande d'ouverture des droits à l'assurance maladie")
        y -= 16
        self._font(11)
        c.drawCentredString(PAGE_W / 2, y, "Protection universelle maladie (PUMa)")
        y -= 12
        self._font(6.8, ital=True)
        c.drawCentredString(PAGE_W / 2, y, LEGAL)
        y -= 14
        if self.run == "A":
            c.setFillColorRGB(0.93, 0.95, 0.98)
            c.rect(X0, y - 34, X1 - X0, 42, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        else:
            c.setLineWidth(0.5)
            c.rect(X0, y - 34, X1 - X0, 42, stroke=1, fill=0)
        self.para(NOTICE, X0 + 6, y, X1 - X0 - 12, 7.2, lead=8.6)
        return y - 52

    def page1(self):
        c = self.c
        y = self.header()
        y = self.section(y, "A", "VOUS")
        full = X1 - X0
        y = self.text_field("surname", "Nom de naissance", X0, y, full, hint="(nom de famille)")
        y = self.text_field("usage_name", "Nom d'usage (facultatif)", X0, y, full)
        y = self.text_field("given_names", "Prénom(s)", X0, y, full)
        # sex and date of birth
        size = self.r["comb"]
        inside = self.r["label"] == "inside"
        yrow = y - (14 if inside else 4)
        if self.r["label"] == "beside":
            self._font(self.r["lab"])
            c.drawString(X0, yrow + 3, "Sexe")
            sx = X0 + 34
        else:
            self._font(6.8)
            c.drawString(X0, yrow + size + 3, "Sexe")
            sx = X0
        for code in ("F", "M"):
            self.check(f"sex_{code}", code, sx, yrow + 3, width=20)
            sx += 36
        self.comb(
            "dob",
            "Date de naissance",
            X0 + 150,
            yrow,
            (2, 2, 4),
            size,
            hints="JJMMAAAA",
        )
        y = yrow - (26 if self.r["label"] == "beside" else 30)
        half = full * 0.58
        self.text_field("birth_city", "Lieu de naissance : commune", X0, y, half - 8)
        y = self.text_field("birth_country", "pays", X0 + half, y, full - half)
        y = self.text_field("nationality", "Nationalité", X0, y, half - 8)
        nsize = self.r["nir"]
        yrow = y - (14 if inside else 2)
        lab = "N° de sécurité sociale (si vous en avez un)"
        bx = self.comb("nir", lab, X0, yrow, (1, 2, 2, 2, 3, 3), nsize)
        self.comb("nir_key", "clé", bx + 12, yrow, (2,), nsize)
        y = yrow - (24 if self.r["label"] == "beside" else 30)
        y = self.text_field("address", "Adresse", X0, y, full)
        yrow = y - (14 if inside else 2)
        self.comb("postcode", "Code postal", X0, yrow, (5,), size)
        if self.r["label"] == "beside":
            self.text_field("city", "Commune", X0 + 150, yrow + 3, full - 150)
            y = yrow - 24
        else:
            self.text_field("city", "Commune", X0 + 110, yrow + 4, full - 110)
            y = yrow - 32
        self.text_field("phone", "Téléphone", X0, y, half - 8)
        y = self.text_field("email", "Adresse e-mail", X0 + half, y, full - half)
        y -= 4
        y = self.section(y, "B", "VOTRE SITUATION")
        self._font(self.r["lab"], ital=True)
        c.drawString(X0, y, "Cochez la case qui correspond à votre situation actuelle :")
        y -= 18
        for code, label in SITUATIONS:
            ny = self.check(f"sit_{code}", label, X0, y)
            if code == "salarie":
                y = ny - 4
                self._font(self.r["lab"])
                c.drawString(X0 + 20, y, "type de contrat :")
                cx = X0 + 20 + self._w("type de contrat :", self.r["lab"]) + 10
                for ccode, clabel in CONTRACTS:
                    self.check(f"ct_{ccode}", clabel, cx, y, width=70)
                    cx += self._w(clabel, self.r["lab"]) + 30
                y -= 22 if self.r["label"] == "beside" else 28
                w2 = (X1 - X0 - 20) / 2
                self.text_field("job", "Emploi occupé", X0 + 20, y, w2 - 8)
                y = self.text_field("employer", "Employeur", X0 + 20 + w2, y, w2)
                y += 4
            elif code == "autre":
                self.text_field("autre_text", "", X0 + 150, y, X1 - X0 - 150)
                y = ny - 8
            else:
                y = ny - 7
        self.footer(1)
        return self.fields

    def page2(self):
        c = self.c
        y = PAGE_H - 50
        y = self.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(CERTIF, X0, y, X1 - X0, 8.6, lead=11)
        y -= 14
        lab = self.r["lab"] + 1
        self._font(lab)
        c.drawString(X0, y, "Fait à")
        px = X0 + self._w("Fait à", lab) + 6
        lx = X0 + 250
        c.setLineWidth(0.6)
        if self.r["label"] == "beside":
            c.setDash(0.8, 1.8)
            c.line(px, y - 2.5, lx - 8, y - 2.5)
            c.setDash()
        else:
            c.rect(px, y - 6, lx - 8 - px, 20, stroke=1, fill=0)
        self.fields["place"] = dict(kind="text", rect=(px + 3, y - 2, lx - 14 - px, 13))
        self._font(lab)
        c.drawString(lx, y, "le")
        dx = lx + self._w("le", lab) + 6
        if self.r["label"] == "beside":
            c.setDash(0.8, 1.8)
            c.line(dx, y - 2.5, dx + 150, y - 2.5)
            c.setDash()
        else:
            c.rect(dx, y - 6, 150, 20, stroke=1, fill=0)
        self.fields["date"] = dict(kind="text", rect=(dx + 3, y - 2, 144, 13))
        y -= 22
        bw, bh = 250, 88
        bx = X1 - bw
        if self.sig_label == "above":
            self._font(lab, bold=True)
            c.drawString(bx, y, "Signature")
            y -= 6
        c.setLineWidth(0.9)
        c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
        if self.sig_label == "grey_inside":
            self._font(20, bold=True)
            c.setFillColorRGB(0.82, 0.82, 0.82)
            c.drawCentredString(bx + bw / 2, y - bh / 2 - 6, "Signature")
            c.setFillColorRGB(0, 0, 0)
        elif self.sig_label == "inside":
            self._font(lab)
            c.drawString(bx + 5, y - 12, "Signature")
        self.fields["signature"] = dict(kind="box", rect=(bx, y - bh, bw, bh))
        y -= bh + 26
        if self.r["head"] == "bar":
            c.setFillColorRGB(*self.r["blue"])
            c.rect(X0, y - 4, X1 - X0, 15, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            self._font(9.5, bold=True)
            c.drawString(X0 + 6, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
            c.setFillColorRGB(0, 0, 0)
        else:
            self._font(10.5, bold=True)
            c.drawString(X0, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
            c.line(X0, y - 3, X1, y - 3)
        y -= 18
        for item in PIECES:
            self._font(8.4)
            c.drawString(X0 + 4, y, "•")
            y = self.para(item, X0 + 14, y, X1 - X0 - 16, 8.4, lead=10.2) - 3
        y -= 14
        bh2 = 74
        c.setLineWidth(0.8)
        if self.run == "A":
            c.setFillColorRGB(0.95, 0.95, 0.95)
            c.rect(X0, y - bh2, X1 - X0, bh2, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
        else:
            c.setDash(3, 2)
            c.rect(X0, y - bh2, X1 - X0, bh2, stroke=1, fill=0)
            c.setDash()
        self._font(9, bold=True)
        c.drawString(X0 + 8, y - 14, "Cadre réservé à l'organisme")
        self._font(8)
        c.drawString(X0 + 8, y - 34, "Date de réception :  ....... / ....... / ...............")
        c.drawString(X0 + 8, y - 54, "Pièces vérifiées :")
        for k, t in enumerate(("oui", "non")):
            c.rect(X0 + 90 + k * 45, y - 56, 8, 8, stroke=1, fill=0)
            c.drawString(X0 + 101 + k * 45, y - 54, t)
        c.drawString(X0 + 290, y - 34, "Matricule agent :  ..............................")
        c.drawString(X0 + 290, y - 54, "Caisse :  ........................................")
        y -= bh2 + 22
        self.para(CNIL, X0, y, X1 - X0, 6.6, lead=8, ital=True)
        self.footer(2)
        return self.fields
