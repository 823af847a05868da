"""Blank cerfa 15763*02 (S1106) pages drawn with reportlab, in three "print runs".

Every drawn field is recorded in ``Form.fields`` (PDF points, origin bottom left) so that
the filling code (typed, AcroForm or handwritten) knows where each value goes.
"""

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
TT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Carlito-I": TT + "crosextra/Carlito-Italic.ttf",
    "RobotoC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "RobotoC-I": TT + "roboto/unhinted/RobotoCondensed-Italic.ttf",
    "OpenSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "OpenSans-I": TT + "open-sans/OpenSans-Italic.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "Lato-B": TT + "lato/Lato-Bold.ttf",
    "Lato-I": TT + "lato/Lato-Italic.ttf",
    "Courier10": TT + "liberation/LiberationMono-Regular.ttf",
    "Serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
}
_REGISTERED = set()


def register_fonts():
    for name, path in FONT_FILES.items():
        if name not in _REGISTERED:
            pdfmetrics.registerFont(TTFont(name, path))
            _REGISTERED.add(name)


# Three house styles; each "print run" picks one and shifts / rescales a little.
STYLES = {
    "A": dict(font="LibSans", accent=(0.0, 0.29, 0.6), label="beside", field="box", comb=True),
    "B": dict(font="Carlito", accent=(0.1, 0.1, 0.1), label="above", field="dots", comb=False),
    "C": dict(font="RobotoC", accent=(0.05, 0.35, 0.55), label="inside", field="shade", comb=True),
}
ALT_FONT = {"A": ["LibSans", "Lato"], "B": ["Carlito", "OpenSans"], "C": ["RobotoC", "Lato"]}

NOTICE = (
    "Vous travaillez ou vous résidez en France de manière stable et régulière et vous "
    "n'êtes pas couvert(e) par un régime d'assurance maladie : complétez ce formulaire et "
    "adressez-le, accompagné des pièces justificatives demandées, à la caisse d'assurance "
    "maladie de votre lieu de résidence. Écrivez en lettres capitales, une lettre par case."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3 et D. 160-2 du code de la "
    "sécurité sociale."
)
CERTIFY = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
    "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du "
    "code pénal). En outre, l'inexactitude ou le caractère incomplet des déclarations peut "
    "entraîner une pénalité financière (article L. 114-17 du code de la sécurité sociale)."
)
CNIL = (
    "Les informations recueillies sont nécessaires à l'ouverture de vos droits. La loi "
    "n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés et le règlement (UE) 2016/679 vous garantissent un droit d'accès et de "
    "rectification des données vous concernant auprès de votre caisse."
)
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant(e) de l'UE/EEE ou de la Suisse : votre titre de séjour, "
    "votre visa long séjour valant titre de séjour (VLS-TS) ou le récépissé de demande ;",
    "une copie intégrale de votre acte de naissance (ou extrait avec filiation) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement...) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SAVOIR = [
    "Votre demande est examinée par la caisse d'assurance maladie de votre lieu de résidence. "
    "Si un document manque, votre dossier vous sera retourné.",
    "Les copies des documents rédigés en langue étrangère peuvent faire l'objet d'une demande "
    "de traduction par un traducteur agréé.",
    "Dès l'ouverture de vos droits, vous recevrez votre numéro de sécurité sociale et pourrez "
    "créer votre compte ameli, puis commander votre carte Vitale.",
    "Pensez à déclarer un médecin traitant pour être mieux remboursé(e).",
]
SITUATIONS = [
    ("sit_salarie", "Vous exercez une activité salariée en France"),
    (
        "sit_independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur...)",
    ),
    ("sit_demandeur", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("sit_etudiant", "Vous êtes étudiant(e)"),
    (
        "sit_sans",
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France de "
        "manière stable et régulière depuis plus de trois mois",
    ),
    ("sit_autre", "Autre situation, précisez :"),
]
CONTRACTS = [
    ("ct_cdi", "CDI"),
    ("ct_cdd", "CDD"),
    ("ct_interim", "Intérim"),
    ("ct_autre", "Autre (apprentissage, saisonnier...)"),
]


class Form:
    """Draws the two pages of one print run and records field geometry."""

    def __init__(self, run):
        register_fonts()
        self.run = run
        st = STYLES[run["style"]]
        self.st = st
        self.f = run["font"]
        self.fb = self.f + "-B"
        self.fi = self.f + "-I"
        self.accent = Color(*st["accent"])
        self.cw = run["comb_w"]
        self.ch = run["comb_h"]
        self.fields = {}

    # ----------------------------------------------------------------- helpers
    def _rec(self, name, page, kind, rect, **kw):
        r = self.run
        ox, oy = (r["dx"], r["dy"]) if page == 1 else (r["dx2"], r["dy2"])

        def sh(q):
            return (q[0] + ox, q[1] + oy, q[2], q[3])

        if "boxes" in kw:
            kw["boxes"] = [sh(b) for b in kw["boxes"]]
        self.fields[name] = dict(page=page, kind=kind, rect=sh(rect), **kw)

    def _para(self, c, text, x, y, w, size, font=None, lead=1.2):
        font = font or self.f
        c.setFont(font, size)
        for line in simpleSplit(text, font, size, w):
            c.drawString(x, y, line)
            y -= size * lead
        return y

    def _section(self, c, y, letter, title):
        style = self.run["style"]
        x0, x1 = 36, W - 36
        if style == "A":
            c.setFillColor(self.accent)
            c.rect(x0, y - 4, x1 - x0, 15, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(self.fb, 10)
            c.drawString(x0 + 6, y, f"{letter}  {title}" if letter else title)
            c.setFillColorRGB(0, 0, 0)
        elif style == "B":
            c.setFont(self.fb, 11)
            c.drawString(x0, y, f"{letter}. {title}" if letter else title)
            c.setLineWidth(1.2)
            c.line(x0, y - 4, x1, y - 4)
        else:
            tx = x0 + 20 if letter else x0
            if letter:
                c.setFillColor(self.accent)
                c.circle(x0 + 7, y + 3.5, 7.5, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
                c.setFont(self.fb, 10)
                c.drawCentredString(x0 + 7, y, letter)
            c.setFillColor(self.accent)
            c.setFont(self.fb, 11)
            c.drawString(tx, y, title)
            c.setStrokeColor(self.accent)
            c.setLineWidth(0.6)
            c.line(tx + c.stringWidth(title, self.fb, 11) + 6, y + 3, x1, y + 3)
            c.setStrokeColorRGB(0, 0, 0)
            c.setFillColorRGB(0, 0, 0)
        return y - 24 - (10 if self.st["label"] != "beside" else 0)

    def _label(self, c, text, x, y, size=8.2):
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.f, size)
        c.drawString(x, y, text)
        return c.stringWidth(text, self.f, size)

    def _field_body(self, c, x, y, w, h):
        kind = self.st["field"]
        c.setLineWidth(0.5)
        if kind == "box":
            c.rect(x, y, w, h, stroke=1, fill=0)
        elif kind == "dots":
            c.setDash(1, 2)
            c.line(x, y + 1, x + w, y + 1)
            c.setDash()
        else:
            c.setFillColorRGB(0.9, 0.93, 0.96)
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)

    def text_row(self, c, page, name, label, x, y, w):
        """A free text field; returns the y below the row."""
        lab = self.st["label"]
        if lab == "beside":
            lw = self._label(c, label, x, y + 4) + 6
            self._field_body(c, x + lw, y, w - lw, 16)
            self._rec(name, page, "text", (x + lw, y, w - lw, 16))
            return y - 23
        if lab == "above":
            self._label(c, label, x, y + 15, 7.6)
            self._field_body(c, x, y, w, 14)
            self._rec(name, page, "text", (x, y, w, 14))
            return y - 29
        self._field_body(c, x, y, w, 24)
        c.setFont(self.f, 6.2)
        c.setFillColor(self.accent)
        c.drawString(x + 2, y + 18, label)
        c.setFillColorRGB(0, 0, 0)
        self._rec(name, page, "text", (x + 1, y, w - 2, 17))
        return y - 30

    def comb_boxes(self, c, x, y, n, groups=None, sep=None):
        """Draw comb boxes; returns list of box rects and the right edge."""
        rects = []
        groups = groups or [n]
        c.setLineWidth(0.5)
        for gi, g in enumerate(groups, 1):
            for _ in range(g):
                if self.st["field"] == "shade":
                    c.setFillColorRGB(1, 1, 1)
                    c.rect(x, y, self.cw, self.ch, stroke=1, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                else:
                    c.rect(x, y, self.cw, self.ch, stroke=1, fill=0)
                rects.append((x, y, self.cw, self.ch))
                x += self.cw
            if gi < len(groups):
                if sep:
                    c.setFont(self.f, 10)
                    c.drawCentredString(x + 4, y + 3, sep)
                x += 8
        return rects, x

    def comb_row(self, c, page, name, label, x, y, n, groups=None, sep=None, hint=None):
        lab = self.st["label"]
        if lab == "beside" or not self.st["comb"]:
            lw = self._label(c, label, x, y + 4) + 6
            rects, right = self.comb_boxes(c, x + lw, y, n, groups, sep)
        else:
            self._label(c, label, x, y + self.ch + 3, 7.4)
            rects, right = self.comb_boxes(c, x, y, n, groups, sep)
        if hint:
            c.setFont(self.fi, 6.5)
            c.drawString(right + 5, y + 4, hint)
        self._rec(name, page, "comb", rects[0], boxes=rects, n=n, groups=groups or [n])
        return y - (self.ch + (9 if lab == "beside" else 16))

    def check(self, c, page, name, x, y, label, size=8.6):
        s = self.run["check"]
        c.setLineWidth(0.7)
        c.rect(x, y, s, s, stroke=1, fill=0)
        self._rec(name, page, "check", (x, y, s, s))
        self._label(c, label, x + s + 4, y + 1.2, size)
        return x + s + 8 + c.stringWidth(label, self.f, size)

    def name_row(self, c, name, label, y, hint=None):
        if self.st["comb"]:
            n = self.run["name_boxes"]
            return self.comb_row(c, 1, name, label, 36, y, n, hint=hint)
        y2 = self.text_row(c, 1, name, label + (f" {hint}" if hint else ""), 36, y, W - 72)
        return y2

    # ------------------------------------------------------------------- pages
    def header(self, c):
        c.setFillColor(Color(0.0, 0.29, 0.6))
        c.roundRect(38, H - 70, 18, 26, 4, stroke=0, fill=1)
        c.setFillColor(Color(0.0, 0.6, 0.85))
        c.roundRect(50, H - 62, 14, 22, 4, stroke=0, fill=1)
        c.setFillColor(Color(0.0, 0.29, 0.6))
        c.setFont(self.f, 9.5)
        c.drawString(70, H - 50, "l'Assurance")
        c.setFont(self.fb, 13)
        c.drawString(70, H - 64, "Maladie")
        c.setFont(self.fi, 6.5)
        c.drawString(70, H - 73, "Agir ensemble, protéger chacun")
        c.setFillColorRGB(0, 0, 0)
        c.setLineWidth(0.8)
        c.rect(W - 128, H - 78, 92, 38, stroke=1, fill=0)
        c.setFont(self.fi if self.run["style"] != "B" else self.fb, 14)
        c.drawString(W - 122, H - 58, "cerfa")
        c.setFont(self.f, 9)
        c.drawString(W - 122, H - 72, "N° 15763*02")
        y = H - 104
        c.setFont(self.fb, self.run["title_size"])
        c.drawCentredString(W / 2, y, "Demande d'ouverture des droits à l'assurance maladie")
        y -= 16
        c.setFont(self.f, 11)
        c.drawCentredString(W / 2, y, "Protection universelle maladie (PUMa)")
        y -= 15
        y = self._para(c, NOTICE, 36, y, W - 72, 7)
        c.setFont(self.fi, 6.5)
        c.drawString(36, y - 1, LEGAL)
        return y - 20

    def footer(self, c, page):
        c.setFont(self.f, 6.8)
        txt = f"S1106 — cerfa n° 15763*02 — page {page}/2"
        if self.run["footer_right"]:
            c.drawRightString(W - 36, 24, txt)
        else:
            c.drawString(36, 24, txt)

    def page1(self, c):
        c.translate(self.run["dx"], self.run["dy"])
        y = self.header(c)
        y = self._section(c, y, "A", "VOUS")
        y = self.name_row(c, "nom_naissance", "Nom de naissance", y)
        y = self.name_row(c, "nom_usage", "Nom d'usage (facultatif)", y, "(ex. nom d'époux/se)")
        y = self.name_row(c, "prenoms", "Prénom(s)", y)
        # sex + date of birth on one row
        x = self._label(c, "Sexe", 36, y + 3) + 44
        x = self.check(c, 1, "sexe_f", x, y + 1, "F")
        x = self.check(c, 1, "sexe_m", x + 2, y + 1, "M") + 18
        self._label(c, "Date de naissance", x, y + 3)
        x += c.stringWidth("Date de naissance", self.f, 8.2) + 6
        rects, right = self.comb_boxes(c, x, y - 2, 8, [2, 2, 4], self.run["date_sep"])
        self._rec("date_naissance", 1, "comb", rects[0], boxes=rects, n=8, groups=[2, 2, 4])
        c.setFont(self.fi, 6)
        c.drawString(rects[0][0] + 2, y - 9, "jour")
        c.drawString(rects[2][0] + 2, y - 9, "mois")
        c.drawString(rects[4][0] + 8, y - 9, "année")
        y -= 30 + {"beside": 0, "above": 6, "inside": 12}[self.st["label"]]
        half = (W - 72) / 2 - 6
        self.text_row(c, 1, "lieu_commune", "Lieu de naissance : commune", 36, y, half)
        y = self.text_row(c, 1, "lieu_pays", "pays", 36 + half + 12, y, half)
        y = self.text_row(c, 1, "nationalite", "Nationalité", 36, y, half)
        y = self.comb_row(
            c,
            1,
            "nir",
            "N° de sécurité sociale (si vous en avez un)",
            36,
            y,
            15,
            [13, 2],
            None,
            "clé",
        )
        y = self.text_row(c, 1, "adresse", "Adresse", 36, y, W - 72)
        lw = self._label(c, "Code postal", 36, y + 4) + 6
        rects, right = self.comb_boxes(c, 36 + lw, y, 5)
        self._rec("code_postal", 1, "comb", rects[0], boxes=rects, n=5, groups=[5])
        y = self.text_row(c, 1, "commune", "Commune", right + 14, y, W - 36 - right - 14)
        y = min(y, y)
        self.text_row(c, 1, "telephone", "Téléphone", 36, y, half)
        y = self.text_row(c, 1, "email", "Adresse e-mail", 36 + half + 12, y, half)
        y -= 6
        y = self._section(c, y, "B", "VOTRE SITUATION")
        self._label(c, "Cochez la case correspondant à votre situation :", 36, y + 2, 7.5)
        y -= 18
        for name, label in SITUATIONS:
            lines = simpleSplit(label, self.f, 8.6, W - 100)
            self.check(c, 1, name, 40, y, lines[0])
            for extra in lines[1:]:
                y -= 11
                self._label(c, extra, 40 + self.run["check"] + 4, y + 1.2, 8.6)
            if name == "sit_salarie":
                y -= 17
                x = self._label(c, "Type de contrat :", 62, y + 1.2, 8) + 70
                for cname, clabel in CONTRACTS:
                    x = self.check(c, 1, cname, x, y, clabel, 8) + 4
                y -= 20 + {"beside": 0, "above": 8, "inside": 12}[self.st["label"]]
                y = self.text_row(c, 1, "emploi", "Emploi occupé", 62, y, 200) + 0
                y += (
                    23
                    if self.st["label"] == "beside"
                    else (29 if self.st["label"] == "above" else 30)
                )
                y = self.text_row(c, 1, "employeur", "Employeur", 274, y, W - 36 - 274)
                y += 4
            elif name == "sit_autre":
                end = 40 + self.run["check"] + 8 + c.stringWidth(label, self.f, 8.6)
                c.setDash(1, 2)
                c.line(end, y, W - 36, y)
                c.setDash()
                self._rec("autre_precision", 1, "text", (end, y, W - 36 - end, 14))
                y -= 20
            else:
                y -= 20
        self.footer(c, 1)

    def page2(self, c):
        c.translate(self.run["dx2"], self.run["dy2"])
        y = H - 60
        c.setFont(self.f, 7)
        c.drawRightString(W - 36, H - 36, "Demande d'ouverture des droits — PUMa")
        y = self._section(c, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self._para(c, CERTIFY, 36, y, W - 72, 9, lead=1.3)
        y -= 14
        lw = self._label(c, "Fait à", 36, y, 9.5) + 4
        c.setDash(1, 2)
        c.setLineWidth(0.5)
        c.line(36 + lw, y - 2, 250, y - 2)
        self._rec("fait_a", 2, "text", (36 + lw, y - 3, 250 - 36 - lw, 15))
        self._label(c, "le", 262, y, 9.5)
        c.line(276, y - 2, 400, y - 2)
        c.setDash()
        self._rec("date_signature", 2, "text", (277, y - 3, 122, 15))
        y -= 22
        sx, sw, sh = self.run["sig_x"], self.run["sig_w"], self.run["sig_h"]
        mode = self.run["sig_label"]
        if mode == "above":
            self._label(c, "Signature", sx, y - 2, 9)
            y -= 6
        c.setLineWidth(0.8)
        c.rect(sx, y - sh, sw, sh, stroke=1, fill=0)
        if mode == "inside":
            self._label(c, "Signature", sx + 4, y - 11, 8.5)
        elif mode == "grey":
            c.setFillColorRGB(0.78, 0.78, 0.78)
            c.setFont(self.f, 16)
            c.drawCentredString(sx + sw / 2, y - sh / 2 - 5, "Signature")
            c.setFillColorRGB(0, 0, 0)
        self._rec("signature", 2, "sig", (sx, y - sh, sw, sh))
        y -= sh + 16
        y = self._para(c, FRAUD, 36, y, W - 72, 6.8) - 10
        y = self._section(c, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        for p in PIECES:
            c.setFont(self.f, 8.4)
            c.drawString(42, y, "•")
            y = self._para(c, p, 52, y, W - 90, 8.4) - 3
        y -= 10
        box_h = 62
        c.setFillColorRGB(0.94, 0.94, 0.94)
        c.rect(36, y - box_h, W - 72, box_h, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.fb, 8.5)
        c.drawString(42, y - 12, "Cadre réservé à l'organisme")
        c.setFont(self.f, 8)
        c.drawString(42, y - 28, "Date de réception : ____ / ____ / ________")
        c.drawString(260, y - 28, "Pièces vérifiées :")
        x = 262 + c.stringWidth("Pièces vérifiées :", self.f, 8)
        for word in ("oui", "non"):
            c.rect(x + 4, y - 29, 7, 7)
            c.drawString(x + 14, y - 28, word)
            x += 40
        c.drawString(42, y - 46, "Matricule agent : ______________")
        c.drawString(260, y - 46, "Cachet de la caisse :")
        y -= box_h + 14
        y = self._para(c, CNIL, 36, y, W - 72, 6.4) - 14
        c.setFont(self.fb, 8.5)
        c.drawString(36, y, "À savoir")
        y -= 12
        for t in SAVOIR:
            c.setFont(self.f, 7.6)
            c.drawString(40, y, "–")
            y = self._para(c, t, 50, y, W - 90, 7.6) - 2
        self.footer(c, 2)
