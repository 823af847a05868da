"""Three print runs of the S1106 form (cerfa 15763*02), drawn with reportlab.

Every fillable place is recorded as a slot in points, measured from the page's top-left:
line slots {"x", "top", "w", "h"} (write on the baseline top + h - 2), comb slots with a list
of cells, check slots (square of side s), and the signature box.
"""

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "liberation/LiberationSans-Italic.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "Caladea-B": "crosextra/Caladea-Bold.ttf",
    "Caladea-I": "crosextra/Caladea-Italic.ttf",
    "OpenSans": "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "open-sans/OpenSans-Bold.ttf",
    "OpenSans-I": "open-sans/OpenSans-Italic.ttf",
    "RobotoC-B": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf",
    "DejaVu": "dejavu/DejaVuSans.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if not _registered:
        for name, path in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, FD + path))
        _registered = True


RUNS = {
    "R1": {"reg": "LibSans", "bold": "LibSans-B", "it": "LibSans-I", "comb": 14.0,
           "check": 9.0, "bar": (0.13, 0.25, 0.45), "sig_label": "above"},
    "R2": {"reg": "Caladea", "bold": "Caladea-B", "it": "Caladea-I", "comb": 12.0,
           "check": 10.0, "bar": (0.1, 0.1, 0.1), "sig_label": "grey_inside"},
    "R3": {"reg": "OpenSans", "bold": "RobotoC-B", "it": "OpenSans-I", "comb": 17.0,
           "check": 11.0, "bar": (0.0, 0.45, 0.55), "sig_label": "inside"},
}  # fmt: skip

NOTICE = (
    "Vous travaillez ou vous résidez en France de manière stable et régulière depuis plus de "
    "trois mois et vous n'êtes pas encore affilié(e) à l'Assurance Maladie : complétez ce "
    "formulaire pour bénéficier de la prise en charge de vos frais de santé. Écrivez en "
    "capitales. Joignez les pièces justificatives listées en page 2 et adressez le tout à la "
    "caisse d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-2 à R. 111-4 et D. 160-2 du code de la "
    "sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, résidence en France)."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, "
    "article L. 114-13 du code de la sécurité sociale)."
)
CNIL = (
    "Les informations recueillies sont destinées à votre caisse d'assurance maladie pour "
    "l'ouverture de vos droits. Conformément à la loi n° 78-17 du 6 janvier 1978 modifiée et au "
    "règlement (UE) 2016/679, vous disposez d'un droit d'accès et de rectification auprès du "
    "directeur de votre caisse."
)
PIECES = [
    (
        "une pièce d'identité : passeport ou carte nationale d'identité (pour les ressortissants "
        "de l'UE/EEE/Suisse), copie des pages portant vos nom, photo et signature ;"
    ),
    (
        "si vous êtes étranger hors UE/EEE/Suisse : titre de séjour, VLS-TS validé ou récépissé "
        "de demande de titre de séjour en cours de validité ;"
    ),
    (
        "un extrait d'acte de naissance avec filiation ou une copie intégrale de l'acte de "
        "naissance (apostillé ou légalisé selon le pays) ;"
    ),
    (
        "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
        "successives (énergie, eau, téléphone, internet) ou attestation d'hébergement ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité indépendante (micro-entrepreneur, libéral...)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    ("sans_activite", ("Vous n'exercez pas d'activité professionnelle et vous résidez en France "
                       "de manière stable et régulière depuis plus de trois mois")),
    ("autre", "Autre situation, précisez :"),
]  # fmt: skip
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("interim", "Intérim"), ("autre_contrat", "Autre")]


class Form:
    def __init__(self, c, run):
        register_fonts()
        self.c = c
        self.run = run
        self.st = RUNS[run]
        self.slots = {}
        self.page = 0

    # ---------------------------------------------------------------- primitives
    def text(self, x, top, s, size, font=None, color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font or self.st["reg"], size)
        c.drawString(x, H - top, s)
        c.setFillColorRGB(0, 0, 0)

    def rect(self, x, top, w, h, lw=0.6, fill=None, stroke=1, grey=0.0):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(grey, grey, grey)
        if fill is not None:
            c.setFillColorRGB(*fill)
        c.rect(x, H - top - h, w, h, stroke=stroke, fill=1 if fill is not None else 0)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def para(self, x, top, w, s, size, font=None, lead=1.2):
        font = font or self.st["reg"]
        lines = simpleSplit(s, font, size, w)
        for i, ln in enumerate(lines):
            self.text(x, top + size + i * size * lead, ln, size, font)
        return top + len(lines) * size * lead + 2

    def slot(self, name, **kw):
        kw["page"] = self.page
        self.slots[name] = kw

    # ---------------------------------------------------------------- widgets
    def header(self, letter, title, top):
        st, c = self.st, self.c
        if self.run == "R1":
            self.rect(36, top, W - 72, 15, fill=st["bar"], stroke=0)
            self.text(42, top + 11, f"{letter}   {title}", 10, st["bold"], (1, 1, 1))
            return top + 24
        if self.run == "R2":
            c.setStrokeColorRGB(0, 0, 0)
            c.circle(45, H - top - 8, 7, stroke=1, fill=0)
            self.text(41.5, top + 12, letter, 10, st["bold"])
            self.text(58, top + 12, title, 12, st["bold"])
            c.setLineWidth(1.2)
            c.line(36, H - top - 17, W - 36, H - top - 17)
            return top + 26
        self.rect(36, top, 4, 16, fill=st["bar"], stroke=0)
        self.text(46, top + 12, f"{letter} — {title}", 11.5, st["bold"], st["bar"])
        return top + 24

    def field(self, name, label, x, top, w):
        """A labelled free-text field; returns the height used."""
        st, c = self.st, self.c
        if self.run == "R1":
            self.text(x, top + 11, label, 8.5)
            lw = pdfmetrics.stringWidth(label, st["reg"], 8.5) + 4
            c.setDash(1, 2)
            c.setLineWidth(0.6)
            c.line(x + lw, H - top - 12, x + w, H - top - 12)
            c.setDash()
            self.slot(name, kind="line", x=x + lw + 2, top=top - 2, w=w - lw - 2, h=14)
            return 20
        if self.run == "R2":
            self.text(x, top + 7, label, 7.5, st["it"])
            self.rect(x, top + 9, w, 17, lw=0.5)
            self.slot(name, kind="line", x=x + 3, top=top + 10, w=w - 6, h=16)
            return 31
        self.rect(x, top, w, 27, lw=0.5, grey=0.35)
        self.text(x + 3, top + 7.5, label.upper(), 5.8, st["reg"], (0.3, 0.3, 0.3))
        self.slot(name, kind="line", x=x + 4, top=top + 9, w=w - 8, h=16)
        return 27

    def comb(self, name, label, x, top, groups, cell=None, label_w=None):
        """Comb boxes; returns (height used, x after the comb)."""
        st = self.st
        cell = cell or st["comb"]
        if self.run == "R1":
            self.text(x, top + 11, label, 8.5)
            lw = label_w or pdfmetrics.stringWidth(label, st["reg"], 8.5) + 6
            cx, ctop = x + lw, top
        else:
            self.text(x, top + 7, label, 7.5 if self.run == "R2" else 6.5, st["it"])
            cx, ctop = x, top + 9
        cells = []
        for gi, g in enumerate(groups):
            for _ in range(g):
                self.rect(cx, ctop, cell, cell * 1.1, lw=0.5, grey=0.2)
                cells.append((cx, ctop, cell, cell * 1.1))
                cx += cell
            if gi < len(groups) - 1:
                cx += cell * 0.45
        self.slot(name, kind="comb", cells=cells)
        hgt = cell * 1.1 + (4 if self.run == "R1" else 13)
        return hgt, cx

    def check(self, name, label, x, top, size=8.5, font=None):
        s = self.st["check"]
        if self.run == "R3":
            self.c.setLineWidth(0.6)
            self.c.roundRect(x, H - top - s, s, s, 1.5, stroke=1, fill=0)
        else:
            self.rect(x, top, s, s, lw=0.7)
        self.slot(name, kind="check", x=x, top=top, s=s)
        self.text(x + s + 4, top + s - 1.5, label, size, font)
        return s + 8 + pdfmetrics.stringWidth(label, font or self.st["reg"], size)

    # ---------------------------------------------------------------- pages
    def logo(self):
        c, st = self.c, self.st
        c.setFillColorRGB(0.0, 0.32, 0.62)
        c.circle(52, H - 52, 13, stroke=0, fill=1)
        c.setFillColorRGB(0.95, 0.55, 0.1)
        c.circle(62, H - 44, 6, stroke=0, fill=1)
        self.text(72, 48, "l'Assurance", 11, st["reg"], (0.0, 0.32, 0.62))
        self.text(72, 62, "Maladie", 14, st["bold"], (0.0, 0.32, 0.62))
        self.text(72, 72, "Agir ensemble, protéger chacun", 6.5, st["it"], (0.3, 0.3, 0.3))
        bx = W - 130
        self.rect(bx, 34, 94, 34, lw=0.8)
        self.text(bx + 6, 50, "cerfa", 13, st["bold"])
        self.text(bx + 6, 62, "N° 15763*02", 9, st["reg"])

    def footer(self, n):
        self.text(36, H - 22, f"S1106 — cerfa n° 15763*02 — page {n}/2", 7, self.st["reg"])
        if n == 1:
            self.text(W - 100, H - 22, "Tournez SVP", 7, self.st["it"])

    def page1(self):
        st = self.st
        self.logo()
        t = 90
        if self.run == "R2":
            self.text(36, t + 14, "Demande d'ouverture des droits", 16, st["bold"])
            self.text(36, t + 31, "à l'assurance maladie", 16, st["bold"])
            t += 36
        else:
            self.text(36, t + 14, "Demande d'ouverture des droits à l'assurance maladie", 14.5,
                      st["bold"])  # fmt: skip
            t += 18
        self.text(36, t + 13, "Protection universelle maladie (PUMa)", 11, st["it"])
        t = self.para(36, t + 17, W - 72, LEGAL, 6.8, st["it"])
        t = self.para(36, t + 2, W - 72, NOTICE, 7.0)
        t += 6
        t = self.header("A", "VOUS", t)
        fw = W - 72
        if self.run == "R3":
            h, _ = self.comb("nom", "Nom de naissance", 36, t, [30], cell=15.5)
            t += h
            t += self.field("nom_usage", "Nom d'usage (facultatif)", 36, t, fw) + 3
            h, _ = self.comb("prenoms", "Prénom(s)", 36, t, [30], cell=15.5)
            t += h
        else:
            t += self.field("nom", "Nom de naissance :", 36, t, fw)
            t += self.field("nom_usage", "Nom d'usage (facultatif) :", 36, t, fw)
            t += self.field("prenoms", "Prénom(s) :", 36, t, fw)
        lab_top = t + (3 if self.run == "R1" else 12)
        x = 36 + self.text_w("Sexe :", 8.5) + 8
        self.text(36, lab_top + 8, "Sexe :", 8.5)
        x += self.check("sexe_F", "F", x, lab_top) + 4
        x += self.check("sexe_M", "M", x, lab_top) + 24
        h, _ = self.comb("dob", "Date de naissance (JJ MM AAAA) :", x, t, [2, 2, 4])
        t += max(h, 24) + 4
        half = (fw - 10) / 2
        h1 = self.field("lieu", "Lieu de naissance (commune, pays) :", 36, t, half + 60)
        h2 = self.field("nationalite", "Nationalité :", 36 + half + 70, t, half - 60)
        t += max(h1, h2) + (3 if self.run == "R3" else 0)
        h, x = self.comb(
            "nir", "N° de sécurité sociale (si vous en avez un) :", 36, t, [1, 2, 2, 2, 3, 3]
        )
        self.comb("nir_cle", "clé", x + 14, t, [2], label_w=18)
        t += h + 2
        t += self.field("adresse", "Adresse :", 36, t, fw) + (3 if self.run == "R3" else 0)
        h, x = self.comb("cp", "Code postal :", 36, t, [5])
        self.field("commune", "Commune :", x + 14, t, W - 36 - x - 14)
        t += max(h, 24 if self.run == "R1" else 31) + 2
        h1 = self.field("tel", "Téléphone :", 36, t, 190)
        self.field("email", "E-mail :", 236, t, W - 36 - 236)
        t += h1 + 8
        t = self.header("B", "VOTRE SITUATION", t)
        self.text(36, t + 8, "Cochez la case correspondant à votre situation :", 8.5, st["it"])
        t += 14
        for key, label in SITUATIONS:
            s = st["check"]
            lines = simpleSplit(label, st["reg"], 8.5, W - 90)
            self.check("sit_" + key, lines[0], 40, t)
            for i, ln in enumerate(lines[1:]):
                self.text(40 + s + 4, t + s - 1.5 + 11 * (i + 1), ln, 8.5)
            t += s + 7 + 11 * (len(lines) - 1)
            if key == "salarie":
                fh = self.field("emploi", "Emploi occupé :", 58, t, 230)
                x = 300
                self.text(x, t + 10, "Type de contrat :", 8)
                x += self.text_w("Type de contrat :", 8) + 6
                for ck, cl in CONTRACTS:
                    x += self.check("ct_" + ck, cl, x, t + 2, 8) + 4
                t += fh + 4
            if key == "autre":
                self.field("autre_txt", "", 58, t - 2, W - 94)
                t += 24
        self.footer(1)

    def text_w(self, s, size, font=None):
        return pdfmetrics.stringWidth(s, font or self.st["reg"], size)

    def page2(self):
        st, c = self.st, self.c
        t = 40
        t = self.header("C", "VOS ENGAGEMENTS ET SIGNATURE", t)
        t = self.para(36, t, W - 72, CERTIF, 9) + 10
        if self.run == "R1":
            self.text(36, t + 11, "Fait à", 9)
            c.setDash(1, 2)
            c.line(66, H - t - 12, 270, H - t - 12)
            c.setDash()
            self.slot("fait_a", kind="line", x=68, top=t - 3, w=200, h=15)
            self.text(285, t + 11, "le", 9)
            c.setDash(1, 2)
            c.line(297, H - t - 12, 430, H - t - 12)
            c.setDash()
            self.slot("le", kind="line", x=299, top=t - 3, w=130, h=15)
            t += 26
        elif self.run == "R2":
            self.text(36, t + 14, "Fait à", 9.5)
            self.rect(66, t + 2, 200, 17, lw=0.5)
            self.slot("fait_a", kind="line", x=69, top=t + 3, w=194, h=16)
            self.text(276, t + 14, "le", 9.5)
            self.rect(290, t + 2, 130, 17, lw=0.5)
            self.slot("le", kind="line", x=293, top=t + 3, w=124, h=16)
            t += 30
        else:
            self.text(36, t + 12, "Fait à", 9.5, st["bold"])
            c.setLineWidth(0.5)
            c.line(68, H - t - 13, 280, H - t - 13)
            self.slot("fait_a", kind="line", x=70, top=t - 3, w=208, h=16)
            self.text(292, t + 12, "le", 9.5, st["bold"])
            c.line(306, H - t - 13, 450, H - t - 13)
            self.slot("le", kind="line", x=308, top=t - 3, w=140, h=16)
            t += 26
        sx, sw, sh = (300, 240, 82) if self.run != "R3" else (36, 260, 90)
        if st["sig_label"] == "above":
            self.text(sx, t + 9, "Signature", 9, st["bold"])
            t += 13
            self.rect(sx, t, sw, sh, lw=0.8)
        elif st["sig_label"] == "grey_inside":
            self.rect(sx, t, sw, sh, lw=0.8)
            gw = self.text_w("Signature", 16)
            self.text(sx + (sw - gw) / 2, t + sh / 2 + 5, "Signature", 16, st["reg"], (0.78,) * 3)
        else:
            self.rect(sx, t, sw, sh, lw=1.0)
            self.text(sx + 5, t + 11, "Signature", 8.5, st["bold"])
        self.slot("signature", kind="box", x=sx, top=t, w=sw, h=sh)
        t += sh + 14
        t = self.para(36, t, W - 72, FRAUD, 6.8, st["it"]) + 10
        if self.run == "R1":
            self.rect(36, t, W - 72, 15, fill=(0.85, 0.88, 0.93), stroke=0)
            self.text(
                42, t + 11, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 9.5, st["bold"]
            )
            t += 22
        else:
            t = self.header("D", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", t)
        for p in PIECES:
            self.text(42, t + 9, "•" if self.run != "R2" else "–", 9)
            t = self.para(52, t, W - 90, p, 8.5) + 3
        t += 12
        bh = 74
        self.rect(36, t, W - 72, bh, lw=0.8, fill=(0.94, 0.94, 0.94))
        self.rect(36, t, W - 72, bh, lw=0.8)
        self.text(44, t + 13, "Cadre réservé à l'organisme", 9, st["bold"])
        self.text(44, t + 32, "Date de réception : ....../....../..........", 8.5)
        self.text(300, t + 32, "Pièces vérifiées", 8.5)
        self.rect(370, t + 24, 8, 8, lw=0.6)
        self.text(44, t + 52, "Matricule agent : ..............................", 8.5)
        self.text(300, t + 52, "Cachet de la caisse :", 8.5)
        t += bh + 14
        self.para(36, t, W - 72, CNIL, 6.5, st["it"])
        self.footer(2)

    def build(self, hook=None):
        """Draw both pages; hook(form, page_number) draws values before each showPage."""
        self.page = 1
        self.page1()
        if hook:
            hook(self, 1)
        self.c.showPage()
        self.page = 2
        self.page2()
        if hook:
            hook(self, 2)
        self.c.showPage()
