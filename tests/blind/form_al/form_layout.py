"""Three home-made "print runs" of cerfa 15763*02 (S1106), drawn with reportlab.

``build_form`` draws the two A4 pages, optionally with typed values or AcroForm fields, and
returns the PDF bytes plus the rectangle of every fillable slot (points, origin bottom-left),
so that handwriting can be added on the rendered page images.
"""

import io

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = A4
F = "/usr/share/fonts/truetype"
_TTF = {
    "LibSans": f"{F}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{F}/liberation/LiberationSans-Bold.ttf",
    "DejaSerif": f"{F}/dejavu/DejaVuSerif.ttf",
    "DejaSerif-B": f"{F}/dejavu/DejaVuSerif-Bold.ttf",
    "Lato": f"{F}/lato/Lato-Regular.ttf",
    "Lato-B": f"{F}/lato/Lato-Bold.ttf",
    "Carlito": f"{F}/crosextra/Carlito-Regular.ttf",
    "LibMono": f"{F}/liberation/LiberationMono-Regular.ttf",
    "Arial": f"{F}/liberation/LiberationSans-Regular.ttf",
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

AM_BLUE = Color(0.0, 0.32, 0.6)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.88, 0.9, 0.93)

RUNS = {
    # R1: sans-serif, blue section bars, labels above boxed fields, names in comb boxes
    "R1": dict(
        font="LibSans", bold="LibSans-B", section="bar", label="above", area="box",
        comb=13.0, name_comb=True, sig_label="above", tick="square", sig_h=72,
    ),
    # R2: serif, underlined section titles, labels beside dotted lines
    "R2": dict(
        font="DejaSerif", bold="DejaSerif-B", section="underline", label="beside",
        area="dotted", comb=11.5, name_comb=False, sig_label="inside_top", tick="square",
        sig_h=80,
    ),
    # R3: Lato, grey bands, labels printed inside the field boxes, big combs
    "R3": dict(
        font="Lato", bold="Lato-B", section="band", label="inside", area="box",
        comb=15.0, name_comb=False, sig_label="grey", tick="round", sig_h=78,
    ),
}  # fmt: skip

NOTICE = [
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de vos",
    "frais de santé au titre de la Protection universelle maladie si vous travaillez en France ou",
    "si vous y résidez de manière stable et régulière. Remplissez-le en lettres capitales et",
    "adressez-le, avec les pièces justificatives, à la caisse d'assurance maladie de votre domicile.",
]
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, L. 161-1, R. 111-3 et D. 160-2 "
    "du code de la sécurité sociale"
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation",
    "(adresse, activité, situation familiale) et à fournir les pièces justificatives demandées.",
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles",
    "313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, article L. 114-13 du code de la",
    "sécurité sociale).",
]
PIECES = [
    "la copie d'une pièce d'identité (passeport, ou carte nationale d'identité pour les "
    "ressortissants de l'UE/EEE/Suisse) ;",
    "la copie de votre titre de séjour, VLS-TS validé ou récépissé de demande (hors UE/EEE/Suisse) ;",
    "la copie intégrale de votre acte de naissance (avec apostille ou légalisation le cas échéant) ;",
    "un justificatif de résidence stable en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = [
    "Les informations recueillies font l'objet d'un traitement destiné à l'ouverture de vos droits. "
    "Conformément au règlement (UE)",
    "2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès et "
    "de rectification auprès de votre caisse.",
]
SITUATIONS = [
    ("sit_salarie", "salarié(e) en France"),
    ("sit_independant", "travailleur indépendant ou non salarié(e)"),
    ("sit_demandeur", "demandeur d'emploi inscrit(e) à France Travail"),
    ("sit_etudiant", "étudiant(e)"),
    (
        "sit_sans_activite",
        "sans activité professionnelle, et vous résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
    ),
    ("sit_autre", "autre situation, précisez :"),
]
CONTRACTS = [("ct_cdi", "CDI"), ("ct_cdd", "CDD"), ("ct_interim", "intérim"), ("ct_autre", "autre")]


class Sheet:
    def __init__(self, c, run: str, typed=None, acro=None, typed_font="Arial", acro_style=0):
        self.c = c
        self.r = RUNS[run]
        self.typed = typed or {}
        self.acro = acro
        self.tfont = typed_font
        self.acro_style = acro_style
        self.slots: dict = {}
        self.page = 1
        self.y = H - 40

    # ---- primitives
    def t(self, x, y, s, size=9.0, bold=False, color=black, font=None):
        self.c.setFillColor(color)
        self.c.setFont(font or (self.r["bold"] if bold else self.r["font"]), size)
        self.c.drawString(x, y, s)
        self.c.setFillColor(black)

    def width(self, s, size, bold=False):
        return pdfmetrics.stringWidth(s, self.r["bold"] if bold else self.r["font"], size)

    def _acro_name(self, name):
        if self.acro_style == 1:
            return f"topmostSubform[0].Page{self.page}[0].{name}[0]"
        return name

    def _slot(self, name, kind, rects):
        self.slots[name] = {"page": self.page, "kind": kind, "rects": rects}
        val = self.typed.get(name)
        if self.acro is not None:
            self._acro_field(name, kind, rects)
        elif val:
            self._typed(kind, rects, val)

    def _typed(self, kind, rects, val):
        c = self.c
        if kind == "box":
            x, y, w, h = rects[0]
            c.setFont("LibSans", h * 0.95)
            c.drawCentredString(x + w / 2, y + h * 0.15, "X")
        elif kind == "comb":
            for ch, (x, y, w, h) in zip(val, rects):
                c.setFont(self.tfont, min(11, h * 0.72))
                c.drawCentredString(x + w / 2, y + h * 0.25, ch)
        else:
            x, y, w, h = rects[0]
            size = 10.0
            while pdfmetrics.stringWidth(val, self.tfont, size) > w - 4 and size > 6:
                size -= 0.5
            c.setFont(self.tfont, size)
            c.drawString(x + 2.5, y + max(2.5, (h - size) / 2 + 1), val)

    def _acro_field(self, name, kind, rects):
        val = self.acro.get(name)
        form = self.c.acroForm
        fname = self._acro_name(name)
        if kind == "box":
            x, y, w, h = rects[0]
            form.checkbox(
                name=fname, x=x, y=y, size=w, checked=bool(val), buttonStyle="cross",
                borderWidth=0, fillColor=white, borderColor=black, textColor=black,
                forceBorder=False,
            )  # fmt: skip
            return
        x0, y0 = rects[0][0], rects[0][1]
        w = rects[-1][0] + rects[-1][2] - x0
        h = rects[0][3]
        kw = dict(
            name=fname, value=val or "", x=x0, y=y0, width=w, height=h, fontName="Helvetica",
            fontSize=min(10, h * 0.7), borderWidth=0, fillColor=None, textColor=black,
            forceBorder=False,
        )  # fmt: skip
        if kind == "comb":
            kw.update(maxlen=len(rects), fieldFlags="comb")
        form.textfield(**kw)

    # ---- form elements
    def section(self, letter, title):
        c, r = self.c, self.r
        y = self.y - 16
        if r["section"] == "bar":
            c.setFillColor(AM_BLUE)
            c.rect(36, y - 4, W - 72, 16, stroke=0, fill=1)
            self.t(42, y + 0.5, f"{letter}  {title}", 10.5, True, white)
        elif r["section"] == "underline":
            self.t(36, y, f"{letter} - {title}", 11, True)
            c.setLineWidth(1.2)
            c.line(36, y - 3, W - 36, y - 3)
        else:
            c.setFillColor(LIGHT)
            c.rect(36, y - 5, W - 72, 18, stroke=0, fill=1)
            c.setFillColor(AM_BLUE)
            c.circle(48, y + 4, 7, stroke=0, fill=1)
            self.t(45, y + 0.8, letter, 9.5, True, white)
            self.t(60, y + 0.5, title, 10.5, True, AM_BLUE)
        c.setFillColor(black)
        self.y = y - 12

    def row_h(self):
        return {"above": 30, "beside": 21, "inside": 31}[self.r["label"]]

    def field(self, name, label, x, w, comb=0, ytop=None):
        """Draw one labelled field in the current row; returns the x after it."""
        c, r = self.c, self.r
        ytop = self.y if ytop is None else ytop
        style = r["label"]
        cs = r["comb"]
        c.setLineWidth(0.6)
        if style == "above":
            self.t(x, ytop - 8, label, 7.5)
            ax, ay, aw, ah = x, ytop - 27, w, 16 if not comb else cs
            if comb:
                ay = ytop - 11 - cs
        elif style == "beside":
            lw = self.width(label, 9) + 4
            self.t(x, ytop - 13, label, 9)
            ax, ay, aw, ah = x + lw, ytop - 17, w - lw, 14 if not comb else cs
            if comb:
                ay = ytop - 16.5
        else:
            ah = 24 if not comb else cs + 12
            c.rect(x, ytop - ah - 3, w if not comb else comb * cs + 8, ah)
            self.t(x + 3, ytop - 10, label, 6.5, color=GREY)
            ax, ay, aw, ah = x + 3, ytop - ah, w - 6, 13
            if comb:
                ax, ay, ah = x + 4, ytop - cs - 14, cs
        if comb:
            rects = [(ax + i * cs, ay, cs, cs) for i in range(comb)]
            c.setLineWidth(0.5)
            for rx, ry, rw, rh in rects:
                c.rect(rx, ry, rw, rh)
            self._slot(name, "comb", rects)
            return ax + comb * cs + 8
        if r["area"] == "box" and style != "inside":
            c.rect(ax, ay, aw, ah)
        elif r["area"] == "dotted":
            c.setDash(1, 2)
            c.line(ax, ay + 1, ax + aw, ay + 1)
            c.setDash()
        self._slot(name, "line", [(ax, ay + 1, aw, ah)])
        return x + w + 8

    def tickbox(self, name, x, y, label, size=8.5, lsize=8.5):
        c = self.c
        c.setLineWidth(0.7)
        if self.r["tick"] == "round":
            c.roundRect(x, y - 1, size, size, 1.5)
        else:
            c.rect(x, y - 1, size, size)
        self._slot(name, "box", [(x, y - 1, size, size)])
        if label:
            self.t(x + size + 4, y, label, lsize)
        return x + size + 6 + self.width(label, lsize)

    def next_row(self, h=None):
        self.y -= h or self.row_h()

    # ---- pages
    def header(self):
        c = self.c
        # the "l'Assurance Maladie" signature block
        c.setFillColor(AM_BLUE)
        c.roundRect(36, H - 74, 30, 30, 6, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("LibSans-B", 17)
        c.drawCentredString(51, H - 66, "am")
        self.t(72, H - 55, "l'Assurance", 13, True, AM_BLUE, font="LibSans-B")
        self.t(72, H - 70, "Maladie", 13, True, AM_BLUE, font="LibSans-B")
        c.setLineWidth(1)
        c.rect(W - 150, H - 76, 114, 34)
        self.t(W - 144, H - 56, "cerfa", 13, True, font="LibSans-B")
        self.t(W - 144, H - 70, "N° 15763*02", 10, font="LibSans")
        self.t(W - 98, H - 56, "S1106", 8, color=GREY)
        ts = 15.0
        while self.width("Demande d'ouverture des droits", ts, True) > W - 160 - 170:
            ts -= 0.5
        self.t(170, H - 56, "Demande d'ouverture des droits", ts, True)
        self.t(170, H - 73, "à l'assurance maladie", ts, True)
        self.t(170, H - 90, "Protection universelle maladie (PUMa)", 11, color=AM_BLUE)
        y = H - 110
        for line in NOTICE:
            self.t(36, y, line, 7.2)
            y -= 9
        self.t(36, y - 2, LEGAL, 6.5, color=GREY)
        self.y = y - 8

    def page1(self):
        r = self.r
        self.header()
        self.section("A", "VOUS")
        nc = 30 if r["name_comb"] else 0
        full = W - 72
        self.field("nom", "Nom de naissance (nom de famille)", 36, full, comb=nc)
        self.next_row()
        self.field("usage", "Nom d'usage (facultatif, ex. nom d'époux/se)", 36, full, comb=nc)
        self.next_row()
        self.field("prenoms", "Prénom(s)", 36, full, comb=nc)
        self.next_row()
        # sex + date of birth
        yt = self.y
        self.t(36, yt - 13, "Sexe :", 9)
        x = self.tickbox("sexe_F", 70, yt - 13, "F")
        self.tickbox("sexe_M", x + 4, yt - 13, "M")
        self.t(160, yt - 13, "Date de naissance", 9)
        cs = r["comb"]
        x = 166 + self.width("Date de naissance", 9)
        for name, n, hint in (("dob_j", 2, "JJ"), ("dob_m", 2, "MM"), ("dob_a", 4, "AAAA")):
            rects = [(x + i * cs, yt - 17, cs, cs) for i in range(n)]
            self.c.setLineWidth(0.5)
            for rx, ry, rw, rh in rects:
                self.c.rect(rx, ry, rw, rh)
            self.t(x, yt - 17 - 7, hint, 5.5, color=GREY)
            self._slot(name, "comb", rects)
            x += n * cs + 6
        self.next_row(34 if r["label"] != "beside" else 28)
        x = self.field("lieu_commune", "Lieu de naissance : commune", 36, 280)
        self.field("lieu_pays", "pays", x, W - 36 - x)
        self.next_row()
        self.field("nationalite", "Nationalité", 36, 260)
        self.next_row()
        yt = self.y
        self.t(36, yt - 13, "N° de sécurité sociale (si vous en avez un)", 8.5)
        x = 36 + self.width("N° de sécurité sociale (si vous en avez un)", 8.5) + 8
        rects = [(x + i * cs, yt - 17, cs, cs) for i in range(13)]
        for rx, ry, rw, rh in rects:
            self.c.rect(rx, ry, rw, rh)
        self._slot("nir", "comb", rects)
        x += 13 * cs + 8
        self.t(x, yt - 13, "clé", 8)
        rects = [(x + 16 + i * cs, yt - 17, cs, cs) for i in range(2)]
        for rx, ry, rw, rh in rects:
            self.c.rect(rx, ry, rw, rh)
        self._slot("nir_cle", "comb", rects)
        self.next_row(26)
        self.field("adresse", "Adresse (n°, rue, bâtiment, étage)", 36, full)
        self.next_row()
        x = self.field("cp", "Code postal", 36, 130, comb=5)
        self.field("commune", "Commune", max(x, 150), W - 36 - max(x, 150))
        self.next_row()
        x = self.field("tel", "Téléphone", 36, 200)
        self.field("email", "Adresse e-mail", x, W - 36 - x)
        self.next_row(self.row_h() + 6)
        # section B
        self.section("B", "VOTRE SITUATION")
        self.t(36, self.y - 4, "Vous êtes actuellement (cochez la case qui correspond) :", 9, True)
        self.y -= 20
        for key, label in SITUATIONS:
            if key == "sit_sans_activite":
                cut = label.index(" et vous")
                self.tickbox(key, 44, self.y, label[:cut], lsize=8.5)
                self.t(57, self.y - 10, label[cut:].strip(), 8.5)
                self.y -= 10
            elif key == "sit_autre":
                x = self.tickbox(key, 44, self.y, label)
                self._line_slot("autre_texte", x + 2, self.y - 2, W - 36 - x - 2)
            else:
                self.tickbox(key, 44, self.y, label)
            if key == "sit_salarie":
                self.y -= 15
                self.t(62, self.y, "type de contrat :", 8.5)
                x = 68 + self.width("type de contrat :", 8.5)
                for ck, cl in CONTRACTS:
                    x = self.tickbox(ck, x, self.y, cl, size=8, lsize=8.5) + 10
                self.y -= 16
                self.t(62, self.y, "emploi occupé :", 8.5)
                x = 66 + self.width("emploi occupé :", 8.5)
                self._line_slot("profession", x, self.y - 2, 290 - x)
                self.t(300, self.y, "employeur :", 8.5)
                x = 304 + self.width("employeur :", 8.5)
                self._line_slot("employeur", x, self.y - 2, W - 36 - x)
            self.y -= 19
        self.footer(1)

    def _line_slot(self, name, x, y, w):
        c = self.c
        c.setLineWidth(0.5)
        if self.r["area"] == "dotted":
            c.setDash(1, 2)
        c.line(x, y, x + w, y)
        c.setDash()
        self._slot(name, "line", [(x, y + 0.5, w, 13)])

    def footer(self, n):
        self.t(36, 24, f"S1106 — cerfa n° 15763*02 — page {n}/2", 7, color=GREY)
        if n == 1:
            self.t(W - 110, 24, "Tournez la page ►", 7.5, True, font="LibSans-B")

    def page2(self):
        c, r = self.c, self.r
        self.y = H - 46
        self.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.y - 6
        for line in CERTIF:
            self.t(36, y, line, 8.8)
            y -= 11.5
        y -= 14
        self.t(36, y, "Fait à", 9.5)
        self._line_slot("fait_a", 66, y - 2, 190)
        self.t(270, y, "le", 9.5)
        self._line_slot("le_date", 284, y - 2, 130)
        y -= 22
        sh = r["sig_h"]
        sx, sw = 260 if r["sig_label"] == "above" else 300, 240
        if r["sig_label"] == "above":
            self.t(sx, y - 2, "Signature", 9.5, True)
            y -= 8
        c.setLineWidth(0.9)
        c.rect(sx, y - sh, sw, sh)
        if r["sig_label"] == "inside_top":
            self.t(sx + 5, y - 12, "Signature", 9)
        elif r["sig_label"] == "grey":
            self.c.setFillColor(Color(0.8, 0.8, 0.8))
            self.c.setFont(r["font"], 20)
            self.c.drawCentredString(sx + sw / 2, y - sh / 2 - 6, "Signature")
            self.c.setFillColor(black)
        self.slots["signature"] = {"page": 2, "kind": "sig", "rects": [(sx, y - sh, sw, sh)]}
        if self.acro and "signature_image" in self.acro:
            c.drawImage(
                self.acro["signature_image"], sx + 20, y - sh + 8, sw - 60, sh - 16,
                mask="auto", preserveAspectRatio=True,
            )  # fmt: skip
        y -= sh + 26
        if r["section"] == "bar":
            c.setFillColor(AM_BLUE)
            c.rect(36, y - 4, W - 72, 15, stroke=0, fill=1)
            self.t(42, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10, True, white)
        else:
            self.t(36, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10.5, True)
            c.line(36, y - 3, 360, y - 3)
        y -= 20
        for p in PIECES:
            self.t(44, y, "•", 9)
            self.t(54, y, p, 8.4)
            y -= 13
        y -= 10
        for line in CNIL:
            self.t(36, y, line, 6.3, color=GREY)
            y -= 8
        y -= 18
        bh = 92
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.rect(36, y - bh, W - 72, bh)
        c.setDash()
        self.t(44, y - 14, "Cadre réservé à l'organisme", 9.5, True)
        self.t(44, y - 34, "Date de réception :", 8.5)
        self.t(130, y - 34, "__ __ / __ __ / __ __ __ __", 8.5, color=GREY)
        self.t(44, y - 54, "Pièces vérifiées :", 8.5)
        self.t(130, y - 54, "□ oui    □ non    □ incomplètes", 8.5, font="LibSans")
        self.t(44, y - 74, "Matricule agent :", 8.5)
        for i in range(8):
            c.rect(130 + i * 11, y - 78, 11, 11)
        self.t(330, y - 34, "Cachet de la caisse", 8, color=GREY)
        c.rect(330, y - 84, 180, 44)
        self.footer(2)


def build_form(run, typed=None, acro=None, typed_font="Arial", acro_style=0, title=None):
    """Return (pdf_bytes, slots)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title or "S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("")
    c.setCreator("")
    s = Sheet(c, run, typed, acro, typed_font, acro_style)
    s.page1()
    c.showPage()
    s.page = 2
    s.page2()
    c.showPage()
    c.save()
    return buf.getvalue(), s.slots
