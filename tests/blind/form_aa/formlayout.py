"""Three home-made "print runs" of the cerfa 15763*02 (S1106) form, drawn with reportlab.

Coordinates recorded in ``pos`` are in points with the origin at the TOP-LEFT of the page
(y grows downwards), so that they map directly to pixels of a rendered page.
"""

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
_FONTS = {
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "Lato-Bold": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "OpenSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

RUNS = {
    # R1: blue section bars, labels above framed fields, names in comb boxes, grey
    # "Signature" printed inside the box.
    "R1": dict(
        font="Helvetica",
        bold="Helvetica-Bold",
        bars="blue",
        label="above",
        name_comb=True,
        comb=13.6,
        sig="grey_inside",
        margin=36,
    ),
    # R2: serif, underlined section titles, labels beside dotted lines, "Signature" above.
    "R2": dict(
        font="Times-Roman",
        bold="Times-Bold",
        bars="underline",
        label="beside",
        name_comb=False,
        comb=12.0,
        sig="above",
        margin=42,
    ),
    # R3: Lato, grey bars, labels inside the framed cells, "Signature" inside top-left.
    "R3": dict(
        font="Lato",
        bold="Lato-Bold",
        bars="grey",
        label="inside",
        name_comb=True,
        comb=12.8,
        sig="inside",
        margin=34,
    ),
}

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée en France (travailleur indépendant, "
        "micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France "
        "de manière stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "intérim", "autre"]

NOTICE = (
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de "
    "vos frais de santé si vous travaillez ou si vous résidez en France de manière stable et "
    "régulière. Complétez-le en lettres majuscules, datez-le, signez-le et adressez-le à la "
    "caisse d'assurance maladie de votre lieu de résidence avec les pièces justificatives "
    "demandées en page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-2, R. 111-3 et D. 160-2 du code de la "
    "sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "je m'engage à signaler à ma caisse d'assurance maladie tout changement de ma situation. "
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
    "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du "
    "code pénal ; article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    "une photocopie de votre pièce d'identité en cours de validité (passeport ou carte "
    "nationale d'identité pour les ressortissants de l'UE/EEE/Suisse) ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : votre titre de séjour, votre visa "
    "long séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation si "
    "nécessaire) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
    "aux libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un "
    "droit d'accès et de rectification pour les données vous concernant auprès de votre "
    "caisse d'assurance maladie."
)


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Form:
    """Draw the two pages of one print run and record where the values go."""

    def __init__(self, run):
        self.run = run
        self.s = RUNS[run]
        self.pos = {}
        self.m = self.s["margin"]

    # --- drawing helpers (top-left coordinates) ---
    def text(self, x, y, s, size=9, bold=False, color=(0, 0, 0), font=None):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font or (self.s["bold"] if bold else self.s["font"]), size)
        c.drawString(x, H - y, s)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, H - y - h, w, h, stroke=1, fill=1 if fill else 0)

    def line(self, x0, y0, x1, y1, lw=0.5, dash=None, color=(0, 0, 0)):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*color)
        c.setDash(*dash) if dash else c.setDash()
        c.line(x0, H - y0, x1, H - y1)
        c.setDash()

    def para(self, x, y, text, size, width, lead=None, color=(0, 0, 0), bold=False):
        lead = lead or size * 1.25
        font = self.s["bold"] if bold else self.s["font"]
        for ln in wrap(text, font, size, width):
            self.text(x, y, ln, size, bold, color)
            y += lead
        return y

    def section(self, y, letter, title):
        s, m = self.s, self.m
        if s["bars"] == "underline":
            self.text(m, y + 11, f"{letter} - {title}", 11.5, bold=True)
            self.line(m, y + 14, W - m, y + 14, lw=1.0)
        else:
            fill = (0.05, 0.27, 0.56) if s["bars"] == "blue" else (0.82, 0.82, 0.84)
            col = (1, 1, 1) if s["bars"] == "blue" else (0.1, 0.1, 0.1)
            self.rect(m, y, W - 2 * m, 17, stroke=fill, fill=fill)
            self.text(m + 6, y + 12.5, f"{letter}   {title}", 10.5, True, col)
        return y + 26

    def comb(self, name, x, y, groups, size=None, gap=None):
        size = size or self.s["comb"]
        gap = size * 0.6 if gap is None else gap
        rects, cx = [], x
        for g in groups:
            for _ in range(g):
                self.rect(cx, y, size, size * 1.15, lw=0.5)
                rects.append((cx, y, size, size * 1.15))
                cx += size
            cx += gap
        self.pos[name] = dict(kind="comb", page=self.page, rects=rects)
        return cx

    def tick(self, name, x, y, size=8.5):
        self.rect(x, y, size, size, lw=0.7)
        self.pos[name] = dict(kind="tick", page=self.page, rect=(x, y, size, size))

    def textfield(self, name, label, x, y, w):
        """A labelled free-text field; returns the y below it."""
        s = self.s
        if s["label"] == "above":
            self.text(x, y + 7, label, 7.5)
            self.rect(x, y + 10, w, 17, lw=0.5)
            self.pos[name] = dict(kind="text", page=self.page, x=x + 3, base=y + 23, x1=x + w, h=17)
            return y + 32
        if s["label"] == "inside":
            self.rect(x, y, w, 27, lw=0.5)
            self.text(x + 3, y + 8, label, 6.5, color=(0.3, 0.3, 0.3))
            self.pos[name] = dict(kind="text", page=self.page, x=x + 4, base=y + 23, x1=x + w, h=18)
            return y + 31
        lw = pdfmetrics.stringWidth(label, s["font"], 9.5) + 4
        self.text(x, y + 14, label, 9.5)
        self.line(x + lw, y + 15, x + w, y + 15, lw=0.6, dash=(1, 2))
        self.pos[name] = dict(
            kind="text", page=self.page, x=x + lw + 2, base=y + 13, x1=x + w, h=15
        )
        return y + 22

    def combfield(self, name, label, x, y, groups, hint=None):
        s = self.s
        if s["label"] == "beside":
            self.text(x, y + 11, label, 9.5)
            x1 = x + pdfmetrics.stringWidth(label, s["font"], 9.5) + 8
            end = self.comb(name, x1, y, groups)
            if hint:
                self.text(end + 2, y + 11, hint, 7, color=(0.4, 0.4, 0.4))
            return y + 22
        lab_y = y + 7
        self.text(
            x,
            lab_y,
            label,
            7.5 if s["label"] == "above" else 6.8,
            color=(0, 0, 0) if s["label"] == "above" else (0.3, 0.3, 0.3),
        )
        end = self.comb(name, x, y + 10, groups)
        if hint:
            self.text(end + 2, y + 20, hint, 6.5, color=(0.4, 0.4, 0.4))
        return y + 10 + self.s["comb"] * 1.15 + 6

    # --- pages ---
    def header(self):
        m = self.m
        blue = (0.05, 0.27, 0.56)
        self.text(m, 50, "l'Assurance", 15, True, blue)
        self.text(m, 67, "Maladie", 15, True, blue)
        self.text(m, 79, "Agir ensemble, protéger chacun", 7, color=blue)
        bx = W - m - 92
        self.rect(bx, 36, 92, 38, lw=0.9)
        self.text(bx + 8, 52, "cerfa", 13, True)
        self.text(bx + 8, 66, "N° 15763*02", 9.5, True)
        t1 = "Demande d'ouverture des droits à l'assurance maladie"
        t2 = "Protection universelle maladie (PUMa)"
        for t, sz, yy in ((t1, 14, 104), (t2, 11, 121)):
            f = self.s["bold"]
            self.text((W - pdfmetrics.stringWidth(t, f, sz)) / 2, yy, t, sz, True)
        y = self.para(m, 140, NOTICE, 7.2, W - 2 * m, color=(0.2, 0.2, 0.2))
        self.text(m, y + 2, LEGAL, 6.5, color=(0.35, 0.35, 0.35))
        return y + 14

    def page1(self):
        s, m = self.s, self.m
        full = W - 2 * m
        y = self.section(self.header(), "A", "VOUS")
        if s["name_comb"]:
            y = self.combfield("nom", "Nom de naissance", m, y, [24])
            y = self.combfield("nom_usage", "Nom d'usage (facultatif)", m, y, [24])
            y = self.combfield("prenoms", "Prénom(s)", m, y, [24])
        else:
            y = self.textfield("nom", "Nom de naissance :", m, y, full)
            y = self.textfield("nom_usage", "Nom d'usage (facultatif) :", m, y, full)
            y = self.textfield("prenoms", "Prénom(s) :", m, y, full)
        y += 4
        self.text(m, y + 9, "Sexe :", 9)
        self.text(m + 40, y + 9, "F", 9)
        self.tick("sexe_F", m + 50, y + 1.5)
        self.text(m + 72, y + 9, "M", 9)
        self.tick("sexe_M", m + 84, y + 1.5)
        if s["label"] == "beside":
            self.text(m + 150, y + 9, "Date de naissance :", 9.5)
            self.comb("ddn", m + 240, y - 2, [2, 2, 4])
            self.text(m + 240, y + 22, "J J      M M        A A A A", 6, color=(0.4, 0.4, 0.4))
            y += 30
        else:
            self.text(m + 150, y + 2, "Date de naissance", 7.5)
            self.comb("ddn", m + 150, y + 5, [2, 2, 4])
            self.text(m + 150 + 11 * s["comb"], y + 15, "JJ MM AAAA", 6.5, color=(0.4,) * 3)
            y += 28
        half = full / 2 - 6
        self.textfield("lieu_commune", "Lieu de naissance - commune :", m, y, half)
        y = self.textfield("lieu_pays", "pays :", m + half + 12, y, half)
        y = self.textfield("nationalite", "Nationalité :", m, y, half)
        y = self.combfield(
            "nir",
            "N° de sécurité sociale (si vous en avez un)",
            m,
            y,
            [1, 2, 2, 2, 3, 3, 2],
            hint="clé",
        )
        y = self.textfield("adresse", "Adresse :", m, y, full)
        y2 = self.combfield("cp", "Code postal", m, y, [5])
        cx = m + 5 * s["comb"] + 20 if s["label"] != "beside" else m + 190
        y = max(y2, self.textfield("commune", "Commune :", cx, y, W - m - cx))
        self.textfield("tel", "Téléphone :", m, y, half)
        y = self.textfield("email", "Adresse e-mail :", m + half + 12, y, half)
        y = self.section(y + 6, "B", "VOTRE SITUATION")
        self.text(
            m, y, "Cochez la case correspondant à votre situation :", 8, color=(0.3, 0.3, 0.3)
        )
        y += 10
        for key, lab in SITUATIONS:
            self.tick(key, m + 2, y)
            yy = self.para(m + 18, y + 7.5, lab, 8.8, full - 30)
            if key == "salarie":
                self.text(m + 30, yy + 4, "Emploi occupé :", 8.5)
                self.line(m + 100, yy + 5, m + 300, yy + 5, dash=(1, 2))
                self.pos["emploi"] = dict(
                    kind="text", page=1, x=m + 102, base=yy + 3, x1=m + 300, h=13
                )
                self.text(m + 310, yy + 4, "Contrat :", 8.5)
                cx = m + 350
                for ct in CONTRACTS:
                    self.tick("contrat_" + ct, cx, yy - 3.5)
                    self.text(cx + 11, yy + 4, ct, 8.5)
                    cx += 11 + pdfmetrics.stringWidth(ct, s["font"], 8.5) + 10
                yy += 14
            if key == "autre":
                self.line(m + 130, y + 8, W - m, y + 8, dash=(1, 2))
                self.pos["autre_precision"] = dict(
                    kind="text", page=1, x=m + 132, base=y + 6, x1=W - m, h=13
                )
            y = yy + 5
        self.footer(1)

    def page2(self):
        s, m = self.s, self.m
        full = W - 2 * m
        y = self.section(44, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(m, y + 4, CERTIF, 8.8, full, lead=11.5) + 14
        self.text(m, y, "Fait à", 10)
        self.line(m + 32, y + 1, m + 230, y + 1, dash=(1, 2))
        self.pos["fait_a"] = dict(kind="text", page=2, x=m + 36, base=y - 1, x1=m + 228, h=15)
        self.text(m + 245, y, "le", 10)
        self.line(m + 258, y + 1, m + 400, y + 1, dash=(1, 2))
        self.pos["le"] = dict(kind="text", page=2, x=m + 262, base=y - 1, x1=m + 398, h=15)
        y += 16
        bx, bw, bh = W - m - 250, 250, 92
        if s["sig"] == "above":
            self.text(bx, y + 8, "Signature", 10, True)
            y += 12
        self.rect(bx, y, bw, bh, lw=0.9)
        if s["sig"] == "inside":
            self.text(bx + 5, y + 12, "Signature", 8.5, True)
        elif s["sig"] == "grey_inside":
            t = "Signature"
            self.text(
                bx + (bw - pdfmetrics.stringWidth(t, s["font"], 16)) / 2,
                y + bh / 2 + 5,
                t,
                16,
                color=(0.8, 0.8, 0.8),
            )
        self.pos["signature"] = dict(kind="box", page=2, rect=(bx, y, bw, bh))
        y += bh + 24
        self.text(m, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10.5, True)
        y += 16
        for p in PIECES:
            self.text(m + 6, y, "•", 9)
            y = self.para(m + 16, y, p, 8.8, full - 20, lead=11) + 4
        y += 12
        self.rect(m, y, full, 92, lw=0.7, stroke=(0.3, 0.3, 0.3), fill=(0.93, 0.93, 0.93))
        self.text(m + 6, y + 13, "Cadre réservé à l'organisme", 9, True)
        self.text(m + 6, y + 34, "Date de réception :  ____ / ____ / ________", 8.5)
        self.text(m + 6, y + 54, "Pièces vérifiées :", 8.5)
        self.rect(m + 86, y + 46, 8, 8, lw=0.6)
        self.text(m + 98, y + 54, "oui", 8.5)
        self.rect(m + 120, y + 46, 8, 8, lw=0.6)
        self.text(m + 132, y + 54, "non", 8.5)
        self.text(m + 6, y + 74, "Matricule agent :  ______________", 8.5)
        self.text(m + 260, y + 34, "Observations :", 8.5)
        y += 112
        self.para(m, y, CNIL, 6.8, full, color=(0.35, 0.35, 0.35))
        self.footer(2)

    def footer(self, n):
        t = f"S1106 — cerfa n° 15763*02 — page {n}/2"
        self.text(W - self.m - pdfmetrics.stringWidth(t, self.s["font"], 7), H - 22, t, 7)
        self.text(self.m, H - 22, "ameli.fr", 7, color=(0.05, 0.27, 0.56))

    def build(self, canvas_obj, filler=None):
        """Draw both pages on ``canvas_obj``; ``filler(form, page)`` adds values per page."""
        self.c = canvas_obj
        for n, fn in ((1, self.page1), (2, self.page2)):
            self.page = n
            fn()
            if filler:
                filler(self, n)
            canvas_obj.showPage()
        canvas_obj.save()
        return self.pos
