"""Own drawing of the two-page PUMa application form (cerfa 15763*02, S1106).

Three "print runs" (A, B, C) differ in fonts, section headings, label placement, comb sizes
and the signature box. A filler object decides how every value is put on the page (hand,
typed, AcroForm field); the layout only says where.
"""

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = "/usr/share/fonts/truetype"
PRINT_FONTS = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "liberation/LiberationSerif-Bold.ttf",
    "DejaCond": "dejavu/DejaVuSansCondensed.ttf",
    "DejaCond-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "OpenSans": "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "open-sans/OpenSans-Bold.ttf",
}
_registered = set()


def register(name, rel):
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{rel}"))
        _registered.add(name)


for _n, _p in PRINT_FONTS.items():
    register(_n, _p)

W, H = 595.27, 841.89

RUNS = {
    # 2019-style: blue bars, labels above boxed fields, comb 14 pt, signature word above box
    "A": dict(
        font="LibSans",
        bold="LibSans-B",
        head="bar",
        accent=Color(0.0, 0.32, 0.62),
        labels="above",
        comb=14.0,
        dob="comb",
        sig_label="above",
        dotted=False,
    ),
    # serif run: underlined section titles, labels beside dotted lines, DOB on a line
    "B": dict(
        font="LibSerif",
        bold="LibSerif-B",
        head="underline",
        accent=Color(0.1, 0.1, 0.1),
        labels="beside",
        comb=16.0,
        dob="line",
        sig_label="inside",
        dotted=True,
    ),
    # condensed run: grey bands, labels inside cells, small combs, grey word in signature box
    "C": dict(
        font="DejaCond",
        bold="DejaCond-B",
        head="band",
        accent=Color(0.35, 0.35, 0.38),
        labels="inside",
        comb=12.5,
        dob="comb",
        sig_label="grey_inside",
        dotted=False,
    ),
}

NOTICE = (
    "Ce formulaire vous permet de demander l'ouverture de vos droits à l'assurance maladie "
    "au titre de votre activité professionnelle ou de votre résidence stable et régulière "
    "en France. Remplissez-le en lettres capitales et joignez les pièces justificatives "
    "demandées en page 2. La loi 78-17 du 6 janvier 1978 modifiée relative à l'informatique, "
    "aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-7, L. 161-15-1 et R. 111-2, D. 160-1 à D. 160-4 "
    "du code de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, résidence). Je suis informé(e) que la loi punit quiconque se rend "
    "coupable de fraude ou de fausse déclaration (articles L. 114-13 et L. 162-1-14 du code "
    "de la sécurité sociale, article 441-1 du code pénal)."
)
PIECES = [
    "une pièce d'identité en cours de validité (passeport, carte nationale d'identité) ;",
    "votre titre de séjour, VLS-TS validé, récépissé de demande ou tout document attestant "
    "de la régularité de votre séjour (si vous n'êtes pas ressortissant de l'UE/EEE/Suisse) ;",
    "un acte de naissance (copie intégrale ou extrait avec filiation) ou tout document "
    "d'état civil ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, quittances, "
    "factures, attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
]


def wrap(c, text, font, size, width):
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


def para(c, text, x, y, width, font, size, lead=None):
    lead = lead or size * 1.25
    c.setFont(font, size)
    for line in wrap(c, text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


class Layout:
    def __init__(self, c, run, filler):
        self.c, self.r, self.f = c, RUNS[run], filler
        self.run = run
        self.x0, self.x1 = 42.0, W - 42.0

    # ---- primitives -------------------------------------------------------------------
    def heading(self, y, letter, title):
        c, r = self.c, self.r
        if r["head"] == "bar":
            c.setFillColor(r["accent"])
            c.rect(self.x0, y - 4, self.x1 - self.x0, 17, stroke=0, fill=1)
            c.setFillColor(Color(1, 1, 1))
            c.setFont(r["bold"], 10.5)
            c.drawString(self.x0 + 6, y + 1, f"{letter}  {title}")
        elif r["head"] == "underline":
            c.setFillColor(r["accent"])
            c.setFont(r["bold"], 12)
            c.drawString(self.x0, y, f"{letter} - {title}")
            c.setLineWidth(0.9)
            c.line(self.x0, y - 3, self.x1, y - 3)
        else:
            c.setFillColor(Color(0.86, 0.86, 0.87))
            c.rect(self.x0, y - 4, self.x1 - self.x0, 16, stroke=0, fill=1)
            c.setFillColor(r["accent"])
            c.rect(self.x0, y - 4, 16, 16, stroke=0, fill=1)
            c.setFillColor(Color(1, 1, 1))
            c.setFont(r["bold"], 10)
            c.drawString(self.x0 + 4.5, y + 0.5, letter)
            c.setFillColor(Color(0.1, 0.1, 0.1))
            c.drawString(self.x0 + 22, y + 0.5, title)
        c.setFillColor(Color(0, 0, 0))
        return y - 24

    def field(self, key, label, x, y, w):
        """A text field; returns the y of the next row."""
        c, r = self.c, self.r
        c.setStrokeColor(Color(0.25, 0.25, 0.25))
        c.setFillColor(Color(0, 0, 0))
        if r["labels"] == "above":
            c.setFont(r["font"], 7.5)
            c.drawString(x, y, label)
            c.setLineWidth(0.6)
            c.rect(x, y - 19, w, 16, stroke=1, fill=0)
            self.f.text(key, x + 3, y - 15, w - 6, 14)
            return y - 31
        if r["labels"] == "beside":
            c.setFont(r["font"], 9.5)
            c.drawString(x, y, label)
            lx = x + c.stringWidth(label, r["font"], 9.5) + 4
            c.setDash(1, 2)
            c.setLineWidth(0.7)
            c.line(lx, y - 2, x + w, y - 2)
            c.setDash()
            self.f.text(key, lx + 2, y, x + w - lx - 4, 14)
            return y - 21
        c.setLineWidth(0.5)
        c.rect(x, y - 16, w, 24, stroke=1, fill=0)
        c.setFont(r["font"], 6.3)
        c.setFillColor(Color(0.3, 0.3, 0.3))
        c.drawString(x + 2, y + 2, label)
        c.setFillColor(Color(0, 0, 0))
        self.f.text(key, x + 4, y - 12, w - 8, 13)
        return y - 28

    def comb(self, key, x, y, n, cw=None):
        cw = cw or self.r["comb"]
        c = self.c
        c.setLineWidth(0.6)
        c.setStrokeColor(Color(0.25, 0.25, 0.25))
        for i in range(n):
            c.rect(x + i * cw, y, cw, cw * 1.15, stroke=1, fill=0)
        self.f.comb(key, x, y, cw, n, cw * 1.15)
        return x + n * cw

    def box(self, key, x, y, label, s=8.5, size=8.5):
        c = self.c
        c.setLineWidth(0.7)
        c.setStrokeColor(Color(0.15, 0.15, 0.15))
        c.rect(x, y, s, s, stroke=1, fill=0)
        c.setFont(self.r["font"], size)
        c.setFillColor(Color(0, 0, 0))
        c.drawString(x + s + 4, y + 1, label)
        self.f.tick(key, x, y, s)
        return x + s + 8 + c.stringWidth(label, self.r["font"], size)

    # ---- pages --------------------------------------------------------------------------
    def page1(self):
        c, r = self.c, self.r
        x0, x1 = self.x0, self.x1
        c.setFillColor(r["accent"] if self.run != "B" else Color(0.0, 0.3, 0.6))
        c.setFont(r["bold"], 15)
        c.drawString(x0, H - 52, "l'Assurance")
        c.drawString(x0, H - 68, "Maladie")
        c.setFillColor(Color(0, 0, 0))
        c.setLineWidth(0.8)
        c.rect(x1 - 92, H - 72, 92, 36, stroke=1, fill=0)
        c.setFont(r["font"], 7)
        c.drawCentredString(x1 - 46, H - 47, "cerfa")
        c.setFont(r["bold"], 10)
        c.drawCentredString(x1 - 46, H - 62, "N° 15763*02")
        c.setFont(r["bold"], 14 if self.run != "C" else 13)
        c.drawCentredString(W / 2 + 10, H - 52, "Demande d'ouverture des droits")
        c.drawCentredString(W / 2 + 10, H - 68, "à l'assurance maladie")
        c.setFont(r["font"], 10)
        c.drawCentredString(W / 2 + 10, H - 84, "Protection universelle maladie (PUMa)")
        c.setFillColor(Color(0.2, 0.2, 0.2))
        y = para(c, NOTICE, x0, H - 104, x1 - x0, r["font"], 7)
        c.setFont(r["font"], 6.5)
        c.drawString(x0, y - 1, LEGAL)
        c.setFillColor(Color(0, 0, 0))
        y = self.heading(y - 24, "A", "VOUS")
        half = (x1 - x0) / 2 - 6
        y = self.field("nom", "Nom de naissance", x0, y, x1 - x0)
        y = self.field("usage", "Nom d'usage (facultatif)", x0, y, x1 - x0)
        y = self.field("prenoms", "Prénom(s)", x0, y, x1 - x0)
        # sex and date of birth on one row
        c.setFont(r["font"], 8.5)
        c.drawString(x0, y - 4, "Sexe :")
        xx = self.box("sexe_F", x0 + 34, y - 5, "F")
        self.box("sexe_M", xx + 4, y - 5, "M")
        dx = x0 + 130
        c.setFont(r["font"], 8.5)
        c.drawString(dx, y - 4, "Date de naissance :")
        dx += c.stringWidth("Date de naissance : ", r["font"], 8.5)
        cw = r["comb"]
        if r["dob"] == "comb":
            e = self.comb("dob_j", dx, y - 8, 2)
            e = self.comb("dob_m", e + 5, y - 8, 2)
            self.comb("dob_a", e + 5, y - 8, 4)
            c.setFont(r["font"], 5.5)
            c.setFillColor(Color(0.4, 0.4, 0.4))
            for lab, off in (("JJ", 0), ("MM", 2 * cw + 5), ("AAAA", 4 * cw + 10)):
                c.drawString(dx + off + 1, y - 15, lab)
            c.setFillColor(Color(0, 0, 0))
        else:
            c.setDash(1, 2)
            c.line(dx, y - 6, dx + 130, y - 6)
            c.setDash()
            c.setFont(r["font"], 9)
            c.setFillColor(Color(0.55, 0.55, 0.55))
            c.drawString(dx + 26, y - 4, "/")
            c.drawString(dx + 56, y - 4, "/")
            c.setFillColor(Color(0, 0, 0))
            self.f.text("dob_line", dx + 2, y - 4, 128, 14)
        y -= 30
        self.field("lieu_commune", "Lieu de naissance : commune", x0, y, half)
        y = self.field("lieu_pays", "pays", x0 + half + 12, y, half)
        y = self.field("nationalite", "Nationalité", x0, y, half)
        c.setFont(r["font"], 8.5)
        c.drawString(x0, y - 4, "N° de sécurité sociale (si vous en avez un) :")
        nx = x0 + c.stringWidth("N° de sécurité sociale (si vous en avez un) : ", r["font"], 8.5)
        ncw = min(r["comb"], 13.0)
        e = self.comb("nir13", nx, y - 8, 13, ncw)
        self.comb("nirkey", e + 8, y - 8, 2, ncw)
        y -= 30
        y = self.field("adresse", "Adresse", x0, y, x1 - x0)
        c.setFont(r["font"], 8.5)
        c.drawString(x0, y - 4, "Code postal")
        self.comb("cp", x0 + 56, y - 8, 5)
        self.field(
            "commune",
            "Commune",
            x0 + 150,
            y + (4 if r["labels"] != "beside" else -4),
            x1 - x0 - 150,
        )
        y -= 34 if r["labels"] != "beside" else 26
        self.field("tel", "Téléphone", x0, y, half)
        y = self.field("email", "Adresse e-mail", x0 + half + 12, y, half)
        y = self.heading(y - 8, "B", "VOTRE SITUATION")
        c.setFont(r["font"], 8.5)
        c.drawString(x0, y, "Cochez la case correspondant à votre situation actuelle :")
        y -= 18
        self.box("sit_salarie", x0, y, "Vous exercez une activité salariée en France")
        y -= 15
        xx = x0 + 18
        c.setFont(r["font"], 8)
        c.drawString(xx, y + 1, "Type de contrat :")
        xx += 70
        for k, lab in (
            ("ct_cdi", "CDI"),
            ("ct_cdd", "CDD"),
            ("ct_interim", "Intérim"),
            ("ct_autre", "Autre (apprentissage, saisonnier...)"),
        ):
            xx = self.box(k, xx, y, lab, 7.5, 8) + 8
        y -= 22
        half2 = (x1 - x0 - 18) / 2 - 4
        self.field("emploi", "Emploi occupé", x0 + 18, y, half2)
        y = self.field("employeur", "Nom de l'employeur", x0 + 26 + half2, y, half2)
        self.box(
            "sit_indep",
            x0,
            y,
            "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        )
        y -= 17
        self.box("sit_de", x0, y, "Vous êtes demandeur d'emploi inscrit(e) à France Travail")
        y -= 17
        self.box("sit_etud", x0, y, "Vous êtes étudiant(e)")
        y -= 17
        self.box(
            "sit_sans",
            x0,
            y,
            "Vous êtes sans activité et résidez en France de manière "
            "stable et régulière depuis plus de trois mois",
        )
        y -= 17
        xx = self.box("sit_autre", x0, y, "Autre situation, précisez :")
        c.setDash(1, 2)
        c.line(xx, y, x1, y)
        c.setDash()
        self.f.text("autre_txt", xx + 2, y + 1, x1 - xx - 4, 12)
        c.setFont(r["font"], 6.5)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.drawString(x0, 28, "S1106 — cerfa n° 15763*02")
        c.drawRightString(x1, 28, "page 1/2")
        c.setFillColor(Color(0, 0, 0))

    def page2(self):
        c, r = self.c, self.r
        x0, x1 = self.x0, self.x1
        y = self.heading(H - 60, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = para(c, CERTIF, x0, y, x1 - x0, r["font"], 9, 12)
        y -= 16
        c.setFont(r["font"], 10)
        c.drawString(x0, y, "Fait à")
        c.setDash(1, 2)
        c.setLineWidth(0.7)
        c.line(x0 + 32, y - 2, x0 + 250, y - 2)
        c.setDash()
        self.f.text("fait_a", x0 + 36, y, 210, 15)
        c.drawString(x0 + 262, y, "le")
        if self.r["dob"] == "comb" and self.run == "C":
            c.setLineWidth(0.6)
            c.rect(x0 + 278, y - 5, 130, 17, stroke=1, fill=0)
        else:
            c.setDash(1, 2)
            c.line(x0 + 278, y - 2, x0 + 420, y - 2)
            c.setDash()
        self.f.text("le_date", x0 + 282, y, 134, 15)
        y -= 22
        bw, bh = 230, 82
        bx = x1 - bw
        if r["sig_label"] == "above":
            c.setFont(r["bold"], 9.5)
            c.drawString(bx, y, "Signature")
            y -= 6
        by = y - bh
        c.setLineWidth(0.9)
        c.rect(bx, by, bw, bh, stroke=1, fill=0)
        if r["sig_label"] == "inside":
            c.setFont(r["font"], 8.5)
            c.drawString(bx + 4, by + bh - 11, "Signature")
        elif r["sig_label"] == "grey_inside":
            c.setFont(r["bold"], 20)
            c.setFillColor(Color(0.86, 0.86, 0.86))
            c.drawCentredString(bx + bw / 2, by + bh / 2 - 7, "Signature")
            c.setFillColor(Color(0, 0, 0))
        self.f.signature(bx, by, bw, bh)
        y = by - 26
        c.setFont(r["bold"], 10.5)
        c.setFillColor(r["accent"])
        c.drawString(x0, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        c.setFillColor(Color(0, 0, 0))
        y -= 16
        for p in PIECES:
            c.setFont(r["font"], 8.5)
            c.drawString(x0 + 4, y, "•" if self.run != "B" else "-")
            y = para(c, p, x0 + 14, y, x1 - x0 - 14, r["font"], 8.5, 11) - 3
        y -= 8
        c.setFont(r["font"], 7.5)
        c.setFillColor(Color(0.25, 0.25, 0.25))
        y = para(
            c,
            "Envoyez votre demande et les pièces justificatives à la caisse "
            "primaire d'assurance maladie de votre lieu de résidence. Ne joignez que des "
            "photocopies, conservez les originaux.",
            x0,
            y,
            x1 - x0,
            r["font"],
            7.5,
        )
        c.setFillColor(Color(0, 0, 0))
        y -= 16
        c.setLineWidth(0.8)
        if self.run == "B":
            c.setDash(3, 2)
        c.rect(x0, y - 70, x1 - x0, 70, stroke=1, fill=0)
        c.setDash()
        c.setFont(r["bold"], 8.5)
        c.drawString(x0 + 6, y - 13, "Cadre réservé à l'organisme")
        c.setFont(r["font"], 8)
        c.drawString(x0 + 6, y - 32, "Date de réception : ____ / ____ / ________")
        c.drawString(x0 + 250, y - 32, "Pièces vérifiées :")
        c.rect(x0 + 330, y - 33, 7, 7)
        c.drawString(x0 + 340, y - 32, "oui")
        c.rect(x0 + 362, y - 33, 7, 7)
        c.drawString(x0 + 372, y - 32, "non")
        c.drawString(x0 + 6, y - 52, "Matricule agent : ______________")
        c.drawString(x0 + 250, y - 52, "Visa :")
        c.setFont(r["font"], 6.5)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.drawString(x0, 28, "S1106 — cerfa n° 15763*02 — page 2/2")
        c.setFillColor(Color(0, 0, 0))
