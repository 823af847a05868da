"""Three print runs of the blank cerfa 15763*02 (S1106), drawn with reportlab.

Each run draws both pages on a canvas and records the geometry of every fillable
slot (in PDF points, origin bottom-left) so that the fill layer can write into it.
"""

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.28, 841.89

_FONTS = {
    "LSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LSerif-I": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "OSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "OSans-B": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "OSans-SB": "/usr/share/fonts/truetype/open-sans/OpenSans-Semibold.ttf",
    "RCond": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RCond-B": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "LMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Arimo": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
}


def register_fonts():
    for name, path in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


RUNS = {
    # A: classic ameli print, blue section bars, labels above, names in comb cells.
    "A": dict(
        font="LSans",
        bold="LSans-B",
        small=6.3,
        label=7.6,
        accent=(0.05, 0.23, 0.58),
        section="bar",
        label_pos="above",
        names_comb=True,
        comb_w=4.9 * mm,
        comb_h=5.6 * mm,
        line="solid",
        sig_label="inside",
        sig_h=32 * mm,
    ),
    # B: black-and-white reprint, serif, underlined sections, labels beside dotted lines.
    "B": dict(
        font="LSerif",
        bold="LSerif-B",
        small=6.8,
        label=8.8,
        accent=(0, 0, 0),
        section="underline",
        label_pos="beside",
        names_comb=False,
        comb_w=4.2 * mm,
        comb_h=5.0 * mm,
        line="dotted",
        sig_label="above",
        sig_h=28 * mm,
    ),
    # C: newer layout, condensed sans, teal rounded frames, labels inside cells.
    "C": dict(
        font="RCond",
        bold="RCond-B",
        small=6.0,
        label=6.4,
        accent=(0.0, 0.42, 0.45),
        section="rounded",
        label_pos="inside",
        names_comb=False,
        comb_w=5.4 * mm,
        comb_h=5.8 * mm,
        line="box",
        sig_label="grey",
        sig_h=36 * mm,
    ),
}

NOTICE = (
    "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
    "professionnelle : vous pouvez bénéficier de la prise en charge de vos frais de santé. "
    "Remplissez ce formulaire en lettres capitales et joignez les pièces demandées. "
    "Les informations recueillies font l'objet d'un traitement destiné à l'ouverture de vos "
    "droits ; vous disposez d'un droit d'accès et de rectification auprès de votre caisse."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 du code de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette déclaration. "
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation. "
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code "
    "pénal ; article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    "une photocopie de votre pièce d'identité (passeport, ou carte d'identité pour les "
    "ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;",
    "si vous n'êtes pas ressortissant européen : votre titre de séjour, votre visa long séjour "
    "valant titre de séjour (VLS-TS) ou le récépissé de votre demande ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation selon le "
    "pays) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]

SITUATIONS = [
    ("salarie", "Vous êtes salarié(e) ou assimilé(e) en France"),
    (
        "independant",
        "Vous êtes travailleur indépendant (artisan, commerçant, profession libérale, "
        "micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = [
    ("cdi", "CDI"),
    ("cdd", "CDD"),
    ("interim", "intérim / mission"),
    ("ct_autre", "autre"),
]


def _wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


class Sheet:
    """Draws one print run and collects the fill slots."""

    def __init__(self, c, run_id):
        self.c = c
        self.run_id = run_id
        self.s = RUNS[run_id]
        self.slots = {}
        self.page = 1
        self.left = 16 * mm if run_id != "B" else 20 * mm
        self.right = PAGE_W - self.left
        self.acc = Color(*self.s["accent"])

    # -- primitives ------------------------------------------------------
    def text(self, x, y, t, size=None, bold=False, color=None, font=None):
        c = self.c
        c.setFillColor(color or Color(0, 0, 0))
        c.setFont(font or (self.s["bold"] if bold else self.s["font"]), size or self.s["label"])
        c.drawString(x, y, t)

    def para(self, x, y, t, width, size, lead=None, font=None, color=None):
        font = font or self.s["font"]
        lead = lead or size * 1.22
        for ln in _wrap(t, font, size, width):
            self.text(x, y, ln, size=size, font=font, color=color)
            y -= lead
        return y

    def comb(self, name, x, y, n, cw=None, h=None, gap_every=None):
        cw = cw or self.s["comb_w"]
        h = h or self.s["comb_h"]
        c = self.c
        c.setStrokeColor(self.acc if self.run_id != "B" else Color(0, 0, 0))
        c.setLineWidth(0.6)
        for i in range(n):
            c.rect(x + i * cw, y, cw, h, stroke=1, fill=0)
        self.slots[name] = dict(kind="comb", page=self.page, x=x, y=y, cw=cw, h=h, n=n)
        return x + n * cw

    def field_line(self, name, x, y, w, h=14):
        c = self.c
        st = self.s["line"]
        c.setStrokeColor(Color(0.25, 0.25, 0.25))
        if st == "dotted":
            c.setDash(0.8, 1.8)
            c.setLineWidth(0.7)
            c.line(x, y, x + w, y)
            c.setDash()
        elif st == "solid":
            c.setStrokeColor(self.acc)
            c.setLineWidth(0.6)
            c.rect(x, y - 3, w, h, stroke=1, fill=0)
        else:
            c.setStrokeColor(Color(0.55, 0.6, 0.6))
            c.setLineWidth(0.4)
            c.line(x, y - 1, x + w, y - 1)
        self.slots[name] = dict(kind="line", page=self.page, x=x + 2, y=y + 1, w=w - 4, h=h)

    def check(self, name, x, y, size=8.5):
        c = self.c
        c.setStrokeColor(Color(0, 0, 0) if self.run_id == "B" else self.acc)
        c.setLineWidth(0.7)
        c.rect(x, y, size, size, stroke=1, fill=0)
        self.slots[name] = dict(kind="check", page=self.page, x=x, y=y, w=size, h=size)

    def section(self, y, letter, title):
        c = self.c
        st = self.s["section"]
        if st == "bar":
            c.setFillColor(self.acc)
            c.rect(self.left, y - 4, self.right - self.left, 15, stroke=0, fill=1)
            self.text(self.left + 5, y, letter, 10, bold=True, color=Color(1, 1, 1))
            self.text(self.left + 20, y, title, 9.5, bold=True, color=Color(1, 1, 1))
            return y - 24
        if st == "underline":
            self.text(self.left, y, f"{letter}.  {title}", 11, bold=True)
            c.setStrokeColor(Color(0, 0, 0))
            c.setLineWidth(1.1)
            c.line(self.left, y - 4, self.right, y - 4)
            return y - 22
        c.setFillColor(self.acc)
        c.roundRect(self.left, y - 5, 18, 17, 4, stroke=0, fill=1)
        self.text(self.left + 5, y, letter, 11, bold=True, color=Color(1, 1, 1))
        self.text(self.left + 25, y, title, 11, bold=True, color=self.acc)
        c.setStrokeColor(self.acc)
        c.setLineWidth(0.5)
        c.line(
            self.left + 25 + pdfmetrics.stringWidth(title, self.s["bold"], 11) + 6,
            y + 3,
            self.right,
            y + 3,
        )
        return y - 22

    # -- rows ------------------------------------------------------------
    def row(self, y, cells):
        """cells: list of (slot, label, kind, width_fraction, extra)."""
        pos = self.s["label_pos"]
        total = self.right - self.left
        x = self.left
        lab = self.s["label"]
        height = {"above": 30, "beside": 21, "inside": 29}[pos]
        for slot, label, kind, frac, extra in cells:
            w = total * frac
            if pos == "above":
                self.text(x, y, label, lab)
                fy = y - 17
                fx = x
                fw = w - 8
            elif pos == "beside":
                self.text(x, y - 10, label + " :", lab)
                lw = pdfmetrics.stringWidth(label + " :", self.s["font"], lab) + 5
                fx, fy, fw = x + lw, y - 12, w - lw - 10
            else:
                c = self.c
                c.setStrokeColor(self.acc)
                c.setLineWidth(0.6)
                c.roundRect(x, y - 25, w - 4, 27, 2.5, stroke=1, fill=0)
                self.text(x + 3, y - 5, label.upper(), lab, color=self.acc)
                fx, fy, fw = x + 4, y - 22, w - 12
            self._field(slot, kind, fx, fy, fw, extra)
            x += w
        return y - height

    def _field(self, slot, kind, x, y, w, extra):
        ch = self.s["comb_h"]
        if kind == "text":
            if self.s["names_comb"]:
                n = int(w // self.s["comb_w"])
                self.comb(slot, x, y - 2, n)
            else:
                self.field_line(slot, x, y, w)
        elif kind == "line":
            self.field_line(slot, x, y, w)
        elif kind == "comb":
            self.comb(slot, x, y - 2, extra)
        elif kind == "date":
            cx = x
            for part, n, hint in (
                ("ddn_j", 2, "J J"),
                ("ddn_m", 2, "M M"),
                ("ddn_a", 4, "A A A A"),
            ):
                end = self.comb(part, cx, y - 2, n)
                if self.run_id == "A":
                    self.text(cx + 1, y - 2 + ch + 1, hint, 5, color=Color(0.4, 0.4, 0.4))
                cx = end + 6
        elif kind == "nir":
            end = self.comb("nir", x, y - 2, 13)
            self.text(end + 4, y + 2, "clé", self.s["small"])
            self.comb("nir_cle", end + 18, y - 2, 2)
        elif kind == "sex":
            self.check("sexe_f", x, y, 8.5)
            self.text(x + 12, y + 1, "F", self.s["label"] + 1)
            self.check("sexe_m", x + 30, y, 8.5)
            self.text(x + 42, y + 1, "M", self.s["label"] + 1)

    # -- pages -----------------------------------------------------------
    def header(self, first):
        c = self.c
        top = PAGE_H - 16 * mm
        rid = self.run_id
        if rid == "A":
            c.setFillColor(self.acc)
            c.circle(self.left + 9, top - 2, 9, stroke=0, fill=1)
            self.text(self.left + 5, top - 6, "AM", 8, bold=True, color=Color(1, 1, 1))
            self.text(self.left + 22, top, "l'Assurance", 12, bold=True, color=self.acc)
            self.text(self.left + 22, top - 12, "Maladie", 12, bold=True, color=self.acc)
        elif rid == "B":
            self.text(self.left, top, "l'Assurance Maladie", 13, font="LSerif-B")
            self.text(self.left, top - 11, "Agir ensemble, protéger chacun", 7, font="LSerif-I")
        else:
            c.setFillColor(self.acc)
            c.roundRect(self.left, top - 16, 88, 26, 5, stroke=0, fill=1)
            self.text(self.left + 6, top - 1, "l'Assurance", 10, bold=True, color=Color(1, 1, 1))
            self.text(self.left + 6, top - 12, "Maladie", 10, bold=True, color=Color(1, 1, 1))
        # cerfa box
        bx = self.right - 32 * mm
        c.setStrokeColor(Color(0, 0, 0))
        c.setLineWidth(0.8)
        c.rect(bx, top - 14, 32 * mm, 24, stroke=1, fill=0)
        self.text(bx + 4, top + 1, "cerfa", 11, bold=True, font="LSans-B")
        self.text(bx + 4, top - 10, "N° 15763*02", 9, font="LSans")
        if not first:
            return top - 30
        y = top - 36
        title = "Demande d'ouverture des droits à l'assurance maladie"
        size = 14 if rid != "C" else 15
        tw = pdfmetrics.stringWidth(title, self.s["bold"], size)
        tx = (PAGE_W - tw) / 2 if rid != "A" else self.left
        self.text(tx, y, title, size, bold=True, color=self.acc if rid != "B" else None)
        sub = "Protection universelle maladie (PUMa)"
        sw = pdfmetrics.stringWidth(sub, self.s["font"], 10.5)
        sx = (PAGE_W - sw) / 2 if rid != "A" else self.left
        self.text(sx, y - 15, sub, 10.5)
        y -= 30
        if rid == "C":
            c.setFillColor(Color(0.9, 0.95, 0.95))
            c.rect(self.left, y - 36, self.right - self.left, 42, stroke=0, fill=1)
        y = self.para(self.left + 3, y, NOTICE, self.right - self.left - 6, self.s["small"])
        y = self.para(
            self.left + 3,
            y - 1,
            LEGAL,
            self.right - self.left - 6,
            self.s["small"],
            font="LSerif-I" if rid == "B" else None,
        )
        return y - 10

    def footer(self, n):
        t = f"S1106 — cerfa n° 15763*02 — page {n}/2"
        if self.run_id == "B":
            self.text(self.left, 12 * mm, t, 7)
            self.text(self.right - 60, 12 * mm, "Réf. 2019-04", 6.5)
        else:
            tw = pdfmetrics.stringWidth(t, self.s["font"], 7)
            self.text((PAGE_W - tw) / 2, 10 * mm, t, 7, color=Color(0.3, 0.3, 0.3))

    def page1(self):
        self.page = 1
        y = self.header(True)
        y = self.section(y, "A", "VOUS")
        y = self.row(y, [("nom", "Nom de naissance", "text", 1.0, None)])
        y = self.row(y, [("nom_usage", "Nom d'usage (facultatif)", "text", 1.0, None)])
        y = self.row(y, [("prenoms", "Prénom(s)", "text", 1.0, None)])
        y = self.row(
            y, [("sexe", "Sexe", "sex", 0.3, None), ("ddn", "Date de naissance", "date", 0.7, None)]
        )
        y = self.row(
            y,
            [
                ("lieu_commune", "Lieu de naissance : commune", "line", 0.6, None),
                ("lieu_pays", "pays", "line", 0.4, None),
            ],
        )
        y = self.row(y, [("nationalite", "Nationalité", "line", 1.0, None)])
        y = self.row(y, [("nir", "N° de sécurité sociale (si vous en avez un)", "nir", 1.0, None)])
        y = self.row(y, [("adresse", "Adresse", "line", 1.0, None)])
        y = self.row(
            y, [("cp", "Code postal", "comb", 0.35, 5), ("commune", "Commune", "line", 0.65, None)]
        )
        y = self.row(
            y,
            [
                ("tel", "Téléphone", "line", 0.4, None),
                ("email", "Adresse e-mail", "line", 0.6, None),
            ],
        )
        y -= 6
        y = self.section(y, "B", "VOTRE SITUATION")
        self.text(
            self.left,
            y,
            "Cochez la case correspondant à votre situation actuelle :",
            self.s["label"],
        )
        y -= 16
        for key, label in SITUATIONS:
            self.check("sit_" + key, self.left + 2, y - 1.5)
            self.text(self.left + 16, y, label, self.s["label"] + 0.4)
            lw = pdfmetrics.stringWidth(label, self.s["font"], self.s["label"] + 0.4)
            if key == "salarie":
                y -= 15
                x = self.left + 30
                self.text(x, y, "type de contrat :", self.s["label"])
                x += 62
                for ck, cl in CONTRACTS:
                    self.check(ck, x, y - 1.5)
                    self.text(x + 12, y, cl, self.s["label"])
                    x += 24 + pdfmetrics.stringWidth(cl, self.s["font"], self.s["label"])
                y -= 16
                self.text(self.left + 30, y, "emploi occupé / employeur :", self.s["label"])
                self.field_line("emploi", self.left + 135, y - 2, self.right - self.left - 140)
            if key == "autre":
                self.field_line(
                    "autre_precision", self.left + 22 + lw, y - 2, self.right - self.left - 30 - lw
                )
            y -= 18
        self.footer(1)

    def page2(self):
        self.page = 2
        y = self.header(False)
        y = self.section(y - 6, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(self.left + 2, y, CERTIF, self.right - self.left - 4, self.s["label"] + 0.6)
        y -= 14
        self.text(self.left + 2, y, "Fait à", self.s["label"] + 1.5)
        self.field_line("fait_a", self.left + 32, y - 2, 170)
        self.text(self.left + 215, y, "le", self.s["label"] + 1.5)
        self.field_line("le", self.left + 230, y - 2, 130)
        y -= 16
        sh = self.s["sig_h"]
        sw = 85 * mm
        sx = self.right - sw - (0 if self.run_id != "B" else 10)
        c = self.c
        if self.s["sig_label"] == "above":
            self.text(sx, y - 4, "Signature du demandeur", self.s["label"] + 1)
            y -= 8
        c.setStrokeColor(self.acc if self.run_id != "B" else Color(0, 0, 0))
        c.setLineWidth(0.9)
        if self.run_id == "C":
            c.roundRect(sx, y - sh, sw, sh, 4, stroke=1, fill=0)
        else:
            c.rect(sx, y - sh, sw, sh, stroke=1, fill=0)
        if self.s["sig_label"] == "inside":
            self.text(sx + 4, y - 11, "Signature", self.s["label"] + 1, bold=True)
        elif self.s["sig_label"] == "grey":
            gw = pdfmetrics.stringWidth("Signature", self.s["font"], 20)
            self.text(
                sx + (sw - gw) / 2, y - sh / 2 - 6, "Signature", 20, color=Color(0.82, 0.82, 0.82)
            )
        self.slots["signature"] = dict(kind="sig", page=2, x=sx, y=y - sh, w=sw, h=sh)
        y -= sh + 22
        head = "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE"
        if self.s["section"] == "bar":
            c.setFillColor(Color(0.88, 0.91, 0.96))
            c.rect(self.left, y - 4, self.right - self.left, 14, stroke=0, fill=1)
            self.text(self.left + 5, y, head, 9, bold=True, color=self.acc)
        else:
            self.text(self.left, y, head, 9.5, bold=True, color=self.acc)
        y -= 16
        for p in PIECES:
            self.text(self.left + 6, y, "•" if self.run_id != "B" else "–", self.s["label"])
            y = self.para(self.left + 16, y, p, self.right - self.left - 20, self.s["label"] + 0.4)
            y -= 3
        y -= 14
        bh = 70
        c.setStrokeColor(Color(0.3, 0.3, 0.3))
        c.setDash(3, 2)
        c.rect(self.left, y - bh, self.right - self.left, bh + 8, stroke=1, fill=0)
        c.setDash()
        self.text(self.left + 6, y - 6, "Cadre réservé à l'organisme", self.s["label"] + 1, True)
        self.text(
            self.left + 6, y - 26, "Date de réception : ____ / ____ / ________", self.s["label"]
        )
        self.text(
            self.left + 250,
            y - 26,
            "Pièces vérifiées :   oui  ☐    non  ☐",
            self.s["label"],
            font="DejaVu",
        )
        self.text(self.left + 6, y - 48, "Matricule agent : ______________", self.s["label"])
        self.text(self.left + 250, y - 48, "Cachet de l'organisme :", self.s["label"])
        self.footer(2)


def draw_blank(c, run_id, page_hook=None):
    """Draw both pages; page_hook(c, page, slots) is called before each showPage."""
    register_fonts()
    sh = Sheet(c, run_id)
    sh.page1()
    if page_hook:
        page_hook(c, 1, sh.slots)
    c.showPage()
    sh.page2()
    if page_hook:
        page_hook(c, 2, sh.slots)
    c.showPage()
    return sh.slots
