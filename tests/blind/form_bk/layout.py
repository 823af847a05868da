"""The S1106 / cerfa 15763*02 form in three print runs of our own (A, B, C).

`draw_form(c, run, mode, values)` draws both pages on a reportlab canvas and returns the
geometry of every field (points, origin bottom-left) so that hand fills can be added on the
raster afterwards. Modes: "blank", "typed" (typed on screen, printed), "acro" (live AcroForm
fields), "printed_acro" (the fillable PDF printed with its values).
"""

import io

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = A4
MM = 72 / 25.4
FD = "/usr/share/fonts/truetype/"
_FONTS = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "RobC": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobC-B": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf",
    "DejaVu": "dejavu/DejaVuSans.ttf",
    "OpenSans": "open-sans/OpenSans-Regular.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FD + _p))

RUNS = {
    # label placement, section style, comb cell, lines, signature label
    "A": {
        "f": "LibSans",
        "fb": "LibSans-B",
        "bar": "fill",
        "col": (0.05, 0.27, 0.55),
        "label": "above",
        "cell": 5.0 * MM,
        "ch": 6.2 * MM,
        "lines": "box",
        "sig": "above",
        "lsize": 7.6,
    },
    "B": {
        "f": "LibSerif",
        "fb": "LibSerif-B",
        "bar": "rule",
        "col": (0.0, 0.0, 0.0),
        "label": "beside",
        "cell": 4.2 * MM,
        "ch": 5.4 * MM,
        "lines": "dotted",
        "sig": "inside",
        "lsize": 8.6,
    },
    "C": {
        "f": "RobC",
        "fb": "RobC-B",
        "bar": "grey",
        "col": (0.25, 0.25, 0.25),
        "label": "inside",
        "cell": 4.6 * MM,
        "ch": 5.6 * MM,
        "lines": "box",
        "sig": "grey",
        "lsize": 7.0,
    },
}

NOTICE = (
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de "
    "vos frais de santé au titre de la protection universelle maladie si vous travaillez ou "
    "résidez en France de manière stable et régulière. Remplissez-le en lettres capitales et "
    "joignez les pièces justificatives listées en page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 à R. 111-4 et D. 160-2 du code de la "
    "sécurité sociale."
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation.",
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes",
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code",
    "pénal, article L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    (
        "une photocopie de votre pièce d'identité en cours de validité (passeport ou carte "
        "nationale d'identité pour les ressortissants de l'UE/EEE/Suisse) ;"
    ),
    (
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, visa long séjour "
        "valant titre de séjour (VLS-TS) ou récépissé de demande ;"
    ),
    (
        "une copie intégrale de votre acte de naissance (avec apostille ou légalisation le cas "
        "échéant) ;"
    ),
    (
        "un justificatif de résidence en France depuis plus de 3 mois (bail, 3 factures "
        "successives ou attestation d'hébergement) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit d'accès "
    "et de rectification pour les données vous concernant auprès de votre organisme."
)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "intérim", "autre"]

ACRO_NAMES = {
    "A": lambda k: f"topmostSubform[0].Page{2 if k in P2 else 1}[0].{k}[0]",
    "B": lambda k: k.lower(),
    "C": lambda k: "S1106_" + k,
}
P2 = {"FaitA", "DateSignature"}


def _wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    return lines


class Form:
    def __init__(self, c, run, mode, values, typed_font="LibSans"):
        self.c, self.r, self.mode, self.v = c, RUNS[run], mode, values or {}
        self.run = run
        self.geo = {}
        self.tf = typed_font
        self.y = 0
        self.x0 = 16 * MM
        self.x1 = W - 16 * MM
        self.acro_name = ACRO_NAMES[run]

    # ---- primitives ----------------------------------------------------------------------
    def text(self, x, y, s, size=None, bold=False, font=None, color=black):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or (self.r["fb"] if bold else self.r["f"]), size or self.r["lsize"])
        c.drawString(x, y, s)
        c.setFillColor(black)

    def para(self, text, size, width=None, bold=False, lead=1.25):
        f = self.r["fb"] if bold else self.r["f"]
        for line in _wrap(self.c, text, f, size, width or (self.x1 - self.x0)):
            self.text(self.x0, self.y, line, size, bold)
            self.y -= size * lead

    def section(self, letter, title):
        c, r = self.c, self.r
        self.y -= 6
        if r["bar"] == "fill":
            c.setFillColor(Color(*r["col"]))
            c.rect(self.x0, self.y - 4, self.x1 - self.x0, 14, stroke=0, fill=1)
            self.text(self.x0 + 4, self.y, f"{letter}   {title}", 10, True, color=white)
        elif r["bar"] == "rule":
            self.text(self.x0, self.y, f"{letter}. {title}", 11, True)
            c.setLineWidth(1.4)
            c.line(self.x0, self.y - 3, self.x1, self.y - 3)
        else:
            c.setFillColor(Color(0.85, 0.85, 0.85))
            c.rect(self.x0, self.y - 4, self.x1 - self.x0, 14, stroke=0, fill=1)
            c.setFillColor(black)
            c.rect(self.x0, self.y - 4, 18, 14, stroke=0, fill=1)
            self.text(self.x0 + 5, self.y, letter, 10, True, color=white)
            self.text(self.x0 + 24, self.y, title, 10, True)
        self.y -= 18

    def _line_field(self, name, x, y, w, h):
        c = self.c
        c.setLineWidth(0.6)
        if self.r["lines"] == "box" or self.r["label"] == "inside":
            if self.r["label"] != "inside":
                c.rect(x, y, w, h)
        else:
            c.setDash(1, 2)
            c.line(x, y + 1, x + w, y + 1)
            c.setDash()
        self.geo[name] = ("line", (x, y, w, h))
        self._put_text(name, x, y, w, h)

    def _comb(self, name, x, y, n, groups=()):
        c, cw, ch = self.c, self.r["cell"], self.r["ch"]
        c.setLineWidth(0.6)
        cells, cx = [], x
        for i in range(n):
            if i in groups:
                cx += cw * 0.6
            c.rect(cx, y, cw, ch)
            cells.append((cx, y, cw, ch))
            cx += cw
        self.geo[name] = ("comb", cells)
        self._put_comb(name, cells)
        return cx

    def _box(self, name, x, y, s=None):
        s = s or 3.6 * MM
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, s, s)
        self.geo[name] = ("box", (x, y, s, s))
        self._put_box(name, x, y, s)
        return x + s

    # ---- values --------------------------------------------------------------------------
    def _val(self, name):
        return self.v.get(name)

    def _put_text(self, name, x, y, w, h):
        val = self._val(name)
        if self.mode == "acro":
            self.c.acroForm.textfield(
                name=self.acro_name(name),
                value=val or "",
                x=x + 1,
                y=y + 1,
                width=w - 2,
                height=h - 2,
                borderWidth=0,
                fillColor=Color(0.86, 0.91, 1),
                textColor=black,
                fontName="Helvetica",
                fontSize=9,
                maxlen=120,
            )
            return
        if not val or self.mode == "blank":
            return
        font = "Helvetica" if self.mode == "printed_acro" else self.tf
        size = 9.5
        while self.c.stringWidth(val, font, size) > w - 4 and size > 5:
            size -= 0.5
        self.text(x + 2, y + (h - size) / 2 + 1.5, val, size, font=font)

    def _put_comb(self, name, cells):
        val = self._val(name)
        if self.mode == "acro":
            x, y, cw, ch = cells[0]
            width = cells[-1][0] + cw - x
            contiguous = abs(width - cw * len(cells)) < 0.5
            if contiguous:
                self.c.acroForm.textfield(
                    name=self.acro_name(name),
                    value=val or "",
                    x=x,
                    y=y,
                    width=width,
                    height=ch,
                    borderWidth=0,
                    fillColor=Color(0.86, 0.91, 1),
                    textColor=black,
                    fontName="Helvetica",
                    fontSize=10,
                    maxlen=len(cells),
                    fieldFlags="comb",
                )
            else:
                self.c.acroForm.textfield(
                    name=self.acro_name(name),
                    value=val or "",
                    x=x,
                    y=y,
                    width=width,
                    height=ch,
                    borderWidth=0,
                    fillColor=Color(0.86, 0.91, 1),
                    textColor=black,
                    fontName="Helvetica",
                    fontSize=10,
                    maxlen=len(cells),
                )
            return
        if not val or self.mode == "blank":
            return
        font = "Helvetica" if self.mode == "printed_acro" else self.tf
        for (x, y, cw, ch), s in zip(cells, val.replace(" ", "\u00a0")):
            if s == "\u00a0":
                continue
            self.c.setFont(font, 10)
            self.c.drawCentredString(x + cw / 2, y + ch / 2 - 3.4, s)

    def _put_box(self, name, x, y, s):
        val = self._val(name)
        if self.mode == "acro":
            self.c.acroForm.checkbox(
                name=self.acro_name(name),
                checked=bool(val),
                x=x,
                y=y,
                size=s,
                borderWidth=0.5,
                buttonStyle="cross" if self.run == "B" else "check",
                fillColor=white,
                borderColor=black,
                textColor=black,
                fieldFlags="",
            )
            return
        if not val or self.mode == "blank":
            return
        if self.mode == "printed_acro":
            self.c.setFont("ZapfDingbats", s * 0.9)
            self.c.drawString(x + s * 0.12, y + s * 0.15, "4")
        else:
            self.c.setFont(self.tf, s * 1.1)
            self.c.drawCentredString(x + s / 2, y + s * 0.12, "X")

    # ---- labelled fields ----------------------------------------------------------------
    def field(self, items, row_h=None):
        """items: (label, name, kind, arg, width_pt). Lays one row left to right."""
        r = self.r
        ch = r["ch"]
        lab = r["label"]
        row_h = row_h or (ch + (r["lsize"] + 3 if lab in ("above", "inside") else 0) + 6)
        x = self.x0
        ytop = self.y
        for label, name, kind, arg, width in items:
            width = min(width, self.x1 - x)
            if lab == "above":
                self.text(x, ytop - r["lsize"], label)
                fy, fx = ytop - r["lsize"] - 3 - ch, x
            elif lab == "inside":
                self.c.setLineWidth(0.5)
                self.c.rect(x - 2, ytop - row_h + 4, width - 4, row_h - 4)
                self.text(x, ytop - r["lsize"] - 1, label, color=Color(0.3, 0.3, 0.3))
                fy, fx = ytop - row_h + 6, x + 2
            else:
                self.text(x, ytop - ch + 4, label)
                fx = x + self.c.stringWidth(label, r["f"], r["lsize"]) + 5
                fy = ytop - ch
            if kind == "line":
                self._line_field(name, fx, fy, x + width - fx - 8, ch)
            elif kind == "comb":
                n, groups = arg
                self._comb(name, fx, fy, n, groups)
            elif kind == "sex":
                bx = fx
                for s in ("F", "M"):
                    self.text(bx, fy + 4, s, 9)
                    bx = self._box("Sexe" + s, bx + 8, fy + 2) + 10
            x += width
        self.y = ytop - row_h

    # ---- pages ---------------------------------------------------------------------------
    def header(self):
        c, r = self.c, self.r
        self.y = H - 18 * MM
        c.setFillColor(Color(0.0, 0.36, 0.66))
        c.circle(self.x0 + 6, self.y + 4, 7, stroke=0, fill=1)
        self.text(self.x0 + 17, self.y, "l'Assurance", 12, True, color=Color(0.0, 0.36, 0.66))
        self.text(self.x0 + 17, self.y - 12, "Maladie", 12, True, color=Color(0.0, 0.36, 0.66))
        bx = self.x1 - 38 * MM
        c.setLineWidth(0.8)
        c.rect(bx, self.y - 10, 38 * MM, 24)
        self.text(bx + 4, self.y + 3, "cerfa", 11, True)
        self.text(bx + 40, self.y + 3, "N° 15763*02", 9)
        self.text(bx + 4, self.y - 7, "S1106", 7)
        self.y -= 34
        title = "Demande d'ouverture des droits à l'assurance maladie"
        if self.run == "B":
            c.setFont(r["fb"], 15)
            c.drawCentredString(W / 2, self.y, title)
            c.setFont(r["f"], 11)
            c.drawCentredString(W / 2, self.y - 15, "Protection universelle maladie (PUMa)")
        else:
            self.text(self.x0, self.y, title, 14, True)
            self.text(self.x0, self.y - 15, "Protection universelle maladie (PUMa)", 11)
        self.y -= 30
        self.para(NOTICE, 7)
        self.para(LEGAL, 6.5)

    def page1(self):
        self.header()
        cw = self.r["cell"]
        self.section("A", "VOUS")
        self.field([("Nom de naissance", "NomNaissance", "comb", (24, ()), 999)])
        self.field([("Nom d'usage (facultatif)", "NomUsage", "comb", (24, ()), 999)])
        self.field([("Prénom(s)", "Prenoms", "line", None, self.x1 - self.x0)])
        dw = 13 * cw if self.r["label"] != "beside" else 16 * cw
        self.field(
            [
                ("Sexe", "Sexe", "sex", None, 45 * MM),
                ("Date de naissance (JJ MM AAAA)", "DateNaissance", "comb", (8, (2, 4)), dw),
            ]
        )
        half = (self.x1 - self.x0) / 2
        self.field(
            [
                ("Lieu de naissance : commune", "LieuNaissance", "line", None, half),
                ("pays", "PaysNaissance", "line", None, half),
            ]
        )
        self.field([("Nationalité", "Nationalite", "line", None, half)])
        self.field(
            [
                (
                    "N° de sécurité sociale (si vous en avez un)",
                    "NIR",
                    "comb",
                    (15, (1, 3, 5, 7, 10, 13)),
                    999,
                )
            ]
        )
        self.field([("Adresse", "Adresse", "line", None, self.x1 - self.x0)])
        self.field(
            [
                ("Code postal", "CodePostal", "comb", (5, ()), 55 * MM),
                ("Commune", "Commune", "line", None, self.x1 - self.x0 - 55 * MM),
            ]
        )
        self.field(
            [
                ("Téléphone", "Telephone", "line", None, 70 * MM),
                ("E-mail", "Email", "line", None, self.x1 - self.x0 - 70 * MM),
            ]
        )
        self.section("B", "VOTRE SITUATION")
        self.text(self.x0, self.y, "Cochez la case correspondant à votre situation :", 8)
        self.y -= 16
        for key, label in SITUATIONS:
            self._box("Sit_" + key, self.x0, self.y - 2)
            self.text(self.x0 + 14, self.y, label, 8.5)
            if key == "salarie":
                self.y -= 16
                x = self.x0 + 22
                self.text(x, self.y, "Type de contrat :", 8)
                x += 70
                for ct in CONTRACTS:
                    x = self._box("Contrat_" + ct, x, self.y - 2, 3.2 * MM) + 3
                    self.text(x, self.y, ct, 8)
                    x += self.c.stringWidth(ct, self.r["f"], 8) + 14
                self.y -= 18
                self.text(self.x0 + 22, self.y, "Emploi occupé :", 8)
                self._line_field("Emploi", self.x0 + 90, self.y - 5, 95 * MM, 14)
            if key == "autre":
                x = self.x0 + 14 + self.c.stringWidth(label, self.r["f"], 8.5) + 6
                self._line_field("AutrePrecision", x, self.y - 5, self.x1 - x, 14)
            self.y -= 20
        self.footer(1)

    def page2(self):
        c, r = self.c, self.r
        self.y = H - 20 * MM
        self.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
        for line in CERTIF:
            self.text(self.x0, self.y, line, 8.5)
            self.y -= 11
        self.y -= 16
        self.text(self.x0, self.y, "Fait à", 10)
        self._line_field("FaitA", self.x0 + 32, self.y - 5, 70 * MM, 18)
        lx = self.x0 + 32 + 70 * MM + 12
        self.text(lx, self.y, "le", 10)
        self._line_field("DateSignature", lx + 14, self.y - 5, 45 * MM, 18)
        self.y -= 22
        sw, sh = 80 * MM, 30 * MM
        sx = self.x1 - sw if self.run != "C" else self.x0 + 30 * MM
        if r["sig"] == "above":
            self.text(sx, self.y - 6, "Signature", 9, True)
            self.y -= 10
        c.setLineWidth(0.9)
        c.rect(sx, self.y - sh, sw, sh)
        if r["sig"] == "inside":
            self.text(sx + 4, self.y - 11, "Signature", 9)
        elif r["sig"] == "grey":
            c.setFillColor(Color(0.72, 0.72, 0.72))
            c.setFont(r["f"], 16)
            c.drawCentredString(sx + sw / 2, self.y - sh / 2 - 5, "Signature")
            c.setFillColor(black)
        self.geo["Signature"] = ("sig", (sx, self.y - sh, sw, sh))
        self.y -= sh + 24
        self.text(self.x0, self.y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10, True)
        self.y -= 14
        for p in PIECES:
            lines = _wrap(c, p, r["f"], 8.5, self.x1 - self.x0 - 14)
            self.text(self.x0 + 2, self.y, "•" if self.run != "B" else "-", 8.5)
            for ln in lines:
                self.text(self.x0 + 12, self.y, ln, 8.5)
                self.y -= 11
            self.y -= 2
        self.y -= 14
        c.setLineWidth(0.8)
        if self.run == "B":
            c.setDash(3, 2)
        c.rect(self.x0, self.y - 62, self.x1 - self.x0, 70)
        c.setDash()
        self.text(self.x0 + 6, self.y - 4, "Cadre réservé à l'organisme", 9, True)
        self.text(self.x0 + 6, self.y - 22, "Date de réception : ....../....../..........", 8)
        self.text(self.x0 + 6, self.y - 38, "Pièces vérifiées :", 8)
        c.rect(self.x0 + 80, self.y - 40, 9, 9)
        self.text(self.x0 + 6, self.y - 54, "Matricule agent : ..........................", 8)
        self.y -= 90
        self.para(CNIL, 6.5)
        self.footer(2)

    def footer(self, n):
        self.c.setFont(self.r["f"], 7)
        self.c.drawRightString(self.x1, 10 * MM, f"S1106 — cerfa n° 15763*02 — page {n}/2")
        if self.run == "A":
            self.c.drawString(self.x0, 10 * MM, "ameli.fr")


def build_pdf(run, mode, values=None, typed_font="LibSans", order=(1, 2), on_page=None, meta=None):
    """Draw the pages in `order` into one PDF. `on_page(c, page_no, geo)` runs before each
    showPage. Returns (pdf bytes, geometry)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for k, v in (meta or {}).items():
        getattr(c, "set" + k)(v)
    f = Form(c, run, mode, values, typed_font)
    for p in order:
        if p == 1:
            f.page1()
        else:
            f.page2()
        if on_page:
            on_page(c, p, f.geo)
        c.showPage()
    c.save()
    return buf.getvalue(), f.geo


def page_of(name):
    return 2 if name in ("FaitA", "DateSignature", "Signature") else 1
