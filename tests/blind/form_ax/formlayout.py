"""Print runs of the cerfa 15763*02 (S1106) drawn with reportlab.

Each run draws the two pages and records "slots" (where values go), in PDF points with
the origin at the bottom left of the A4 page:
  ("comb", [(x, y, w, h), ...])   one character per box
  ("line", x, y, w, h)            a baseline of width w, h points of room above it
  ("tick", x, y, s)               a square tick box
  ("sig", x, y, w, h)             the signature frame
"""

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4
FONTS = "/usr/share/fonts/truetype"
_REG = {
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "Lib-B": "liberation/LiberationSans-Bold.ttf",
    "Lib-I": "liberation/LiberationSans-Italic.ttf",
    "Carl": "crosextra/Carlito-Regular.ttf",
    "Carl-B": "crosextra/Carlito-Bold.ttf",
    "Carl-I": "crosextra/Carlito-Italic.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "Open-B": "open-sans/OpenSans-Bold.ttf",
    "Open-I": "open-sans/OpenSans-Italic.ttf",
    "DejaMono": "dejavu/DejaVuSansMono.ttf",
    "Deja": "dejavu/DejaVuSans.ttf",
}
for _n, _p in _REG.items():
    pdfmetrics.registerFont(TTFont(_n, f"{FONTS}/{_p}"))

# Three print runs of our own: fonts, section styles, label placement, comb sizes.
RUNS = {
    "r1": dict(
        font="Lib",
        bold="Lib-B",
        ital="Lib-I",
        section="bar",
        labels="beside",
        names="comb",
        comb_w=13.6,
        comb_h=15.0,
        bar=(0.05, 0.27, 0.55),
        sig_label="above",
        field_scheme="fr",
    ),
    "r2": dict(
        font="Carl",
        bold="Carl-B",
        ital="Carl-I",
        section="underline",
        labels="above",
        names="dots",
        comb_w=12.5,
        comb_h=14.0,
        bar=(0.0, 0.0, 0.0),
        sig_label="inside",
        field_scheme="en",
    ),
    "r3": dict(
        font="Open",
        bold="Open-B",
        ital="Open-I",
        section="box",
        labels="inside",
        names="cell",
        comb_w=11.5,
        comb_h=13.0,
        bar=(0.12, 0.35, 0.62),
        sig_label="grey",
        field_scheme="fr",
    ),
}

NOTICE = (
    "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
    "professionnelle : complétez ce formulaire pour demander l'ouverture de vos droits à la "
    "prise en charge de vos frais de santé. Écrivez en lettres capitales, une lettre par case. "
    "Joignez les pièces justificatives demandées en page 2 et adressez le tout à la caisse "
    "d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-7, R. 111-2, R. 111-3 et D. 160-1 à D. 160-3 "
    "du code de la sécurité sociale"
)
CERTIF = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler à ma caisse d'assurance maladie tout changement de ma situation",
    "(adresse, activité professionnelle, situation familiale, titre de séjour).",
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes",
    "ou de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal,",
    "article L. 114-13 du code de la sécurité sociale).",
]
PIECES = [
    "la copie d'une pièce d'identité : passeport, carte nationale d'identité (UE/EEE/Suisse) ;",
    "si vous n'êtes pas ressortissant UE/EEE/Suisse : la copie de votre titre de séjour, de votre"
    " VLS-TS ou de votre récépissé de demande ;",
    "la copie intégrale de votre acte de naissance (avec apostille ou légalisation s'il y a lieu)",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures,"
    " attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "Les informations recueillies sont traitées par votre caisse d'assurance maladie pour "
    "l'ouverture de vos droits. Vous disposez d'un droit d'accès et de rectification auprès du "
    "directeur de votre caisse (loi n° 78-17 du 6 janvier 1978 modifiée et RGPD)."
)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    (
        "independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    ("sans_activite", "Vous n'exercez pas d'activité professionnelle et vous résidez en France"),
    ("autre", "Autre situation, précisez :"),
]
SANS_ACT_2 = "de manière stable et régulière depuis plus de trois mois"
CONTRACTS = [
    ("CDI", "CDI"),
    ("CDD", "CDD"),
    ("interim", "Intérim / mission"),
    ("apprenti", "Apprentissage"),
]


class Layout:
    def __init__(self, c, run):
        self.c = c
        self.r = RUNS[run]
        self.run = run
        self.slots = {}
        self.y = H

    # -- primitives ------------------------------------------------------------
    def font(self, size, kind="font"):
        self.c.setFont(self.r[kind], size)

    def text(self, x, y, s, size=8.5, kind="font", grey=0.0):
        self.c.setFillGray(grey)
        self.font(size, kind)
        self.c.drawString(x, y, s)
        self.c.setFillGray(0)

    def comb(self, x, y, n, groups=None, w=None, h=None):
        w = w or self.r["comb_w"]
        h = h or self.r["comb_h"]
        c = self.c
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(*self._line_rgb())
        rects = []
        gaps = set()
        if groups:
            k = 0
            for g in groups[:-1]:
                k += g
                gaps.add(k)
        cx = x
        for i in range(n):
            if i in gaps:
                cx += w * 0.6
            rects.append((cx, y, w, h))
            cx += w
        for rx, ry, rw, rh in rects:
            if self.run == "r2":
                c.line(rx, ry, rx + rw, ry)
                c.line(rx, ry, rx, ry + rh * 0.45)
                c.line(rx + rw, ry, rx + rw, ry + rh * 0.45)
            else:
                c.rect(rx, ry, rw, rh, stroke=1, fill=0)
        c.setStrokeGray(0)
        return rects

    def _line_rgb(self):
        return (0.1, 0.3, 0.55) if self.run == "r3" else (0.15, 0.15, 0.15)

    def box(self, x, y, s=8.5):
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, s, s, stroke=1, fill=0)
        return ("tick", x, y, s)

    def dotted(self, x, y, w):
        c = self.c
        c.setLineWidth(0.5)
        if self.r["names"] == "dots":
            c.setDash(0.8, 1.8)
        c.setStrokeGray(0.35)
        c.line(x, y, x + w, y)
        c.setDash()
        c.setStrokeGray(0)

    def section(self, letter, title):
        c = self.c
        st = self.r["section"]
        self.y -= 22
        if st == "bar":
            c.setFillColorRGB(*self.r["bar"])
            c.rect(36, self.y - 3, W - 72, 15, stroke=0, fill=1)
            c.setFillGray(1)
            self.font(9.5, "bold")
            c.drawString(42, self.y + 1, f"{letter}  {title}".strip())
            c.setFillGray(0)
        elif st == "underline":
            self.font(11, "bold")
            c.drawString(36, self.y, f"{letter} – {title}" if letter else title)
            c.setLineWidth(1.2)
            c.line(36, self.y - 4, W - 36, self.y - 4)
        else:
            c.setFillColorRGB(*self.r["bar"])
            c.circle(46, self.y + 4, 8 if letter else 3, stroke=0, fill=1)
            c.setFillGray(1)
            self.font(10, "bold")
            c.drawCentredString(46, self.y + 0.5, letter)
            c.setFillColorRGB(*self.r["bar"])
            c.drawString(60, self.y, title)
            c.setStrokeColorRGB(*self.r["bar"])
            c.setLineWidth(0.8)
            c.line(60, self.y - 4, W - 36, self.y - 4)
            c.setFillGray(0)
            c.setStrokeGray(0)
        self.y -= 8

    # -- a labelled value: comb or line ------------------------------------------
    def field(self, name, label, x, w, comb_n=None, groups=None, hint=None, lw=None):
        mode = self.r["labels"]
        c = self.c
        if mode == "beside":
            lw = lw or (self._tw(label, 8.5) + 6)
            self.text(x, self.y, label)
            vx = x + lw
            if comb_n:
                self.slots[name] = ("comb", self.comb(vx, self.y - 3, comb_n, groups))
                if hint:
                    self._hint(self.slots[name][1], hint)
            else:
                self.dotted(vx, self.y - 2, w - lw)
                self.slots[name] = ("line", vx + 2, self.y - 1, w - lw - 4, 14)
        elif mode == "above":
            self.text(x, self.y, label, 8)
            vy = self.y - 18
            if comb_n:
                self.slots[name] = ("comb", self.comb(x, vy, comb_n, groups))
                if hint:
                    self._hint(self.slots[name][1], hint)
            else:
                self.dotted(x, vy, w)
                self.slots[name] = ("line", x + 2, vy + 1, w - 4, 15)
        else:
            ch = 27
            c.setLineWidth(0.6)
            c.setStrokeColorRGB(*self._line_rgb())
            c.rect(x, self.y - ch + 9, w, ch, stroke=1, fill=0)
            c.setStrokeGray(0)
            self.text(x + 3, self.y + 2, label, 6.3, grey=0.25)
            if comb_n:
                self.slots[name] = ("comb", self.comb(x + 4, self.y - ch + 11, comb_n, groups))
            else:
                self.slots[name] = ("line", x + 5, self.y - ch + 13, w - 10, 13)

    def _hint(self, rects, hint):
        # "J J M M A A A A" hints under the date comb
        for (rx, ry, rw, _rh), ch in zip(rects, hint, strict=False):
            self.text(rx + rw / 2 - 2, ry - 7, ch, 5.5, grey=0.45)

    def _tw(self, s, size, kind="font"):
        return pdfmetrics.stringWidth(s, self.r[kind], size)

    def step(self):
        mode = self.r["labels"]
        self.y -= {"beside": 22, "above": 35, "inside": 31}[mode]

    # -- pages -------------------------------------------------------------------
    def header(self):
        c = self.c
        blue = (0.0, 0.32, 0.63)
        c.setFillColorRGB(*blue)
        c.roundRect(36, H - 78, 44, 40, 6, stroke=0, fill=1)
        c.setFillGray(1)
        self.font(15, "bold")
        c.drawCentredString(58, H - 64, "am")
        c.setFillColorRGB(*blue)
        self.font(10, "bold")
        c.drawString(86, H - 52, "l'Assurance")
        c.drawString(86, H - 64, "Maladie")
        self.font(6.5)
        c.drawString(86, H - 74, "Agir ensemble, protéger chacun")
        # cerfa box
        c.setFillGray(0)
        c.setLineWidth(0.9)
        c.rect(W - 128, H - 80, 92, 42, stroke=1, fill=0)
        self.font(11, "bold")
        c.drawCentredString(W - 82, H - 54, "cerfa")
        self.font(9)
        c.drawCentredString(W - 82, H - 70, "N° 15763*02")
        self.font(15, "bold")
        c.drawCentredString(W / 2 + 18, H - 100, "Demande d'ouverture des droits")
        c.drawCentredString(W / 2 + 18, H - 118, "à l'assurance maladie")
        self.font(10.5, "ital")
        c.drawCentredString(W / 2 + 18, H - 134, "Protection universelle maladie (PUMa)")
        self.y = H - 150
        self._para(NOTICE, 36, W - 72, 6.8, 8.2)
        self.text(36, self.y, LEGAL, 6.4, "ital", grey=0.2)
        self.y -= 4

    def _para(self, s, x, w, size, lead, kind="font"):
        words = s.split()
        line = ""
        for wd in words:
            t = (line + " " + wd).strip()
            if self._tw(t, size, kind) > w:
                self.text(x, self.y, line, size, kind)
                self.y -= lead
                line = wd
            else:
                line = t
        if line:
            self.text(x, self.y, line, size, kind)
            self.y -= lead

    def page1(self):
        c = self.c
        self.header()
        self.section("A", "VOUS")
        L, R = 36, W - 36
        full = R - L
        names = self.r["names"]
        n = 26 if self.r["comb_w"] < 13 else 24
        self.y -= 6
        for key, label in (
            ("surname", "Nom de naissance"),
            ("usage_name", "Nom d'usage (facultatif)"),
            ("given_names", "Prénom(s)"),
        ):
            if names == "comb":
                self.field(key, label, L, full, comb_n=n, lw=128)
            else:
                self.field(key, label, L, full)
            self.step()
        # sex + date of birth on one row
        mode = self.r["labels"]
        if mode == "inside":
            c.rect(L, self.y - 18, 120, 27, stroke=1, fill=0)
            self.text(L + 3, self.y + 2, "Sexe", 6.3, grey=0.25)
            self.text(L + 8, self.y - 12, "F", 9)
            self.slots["sex_F"] = self.box(L + 18, self.y - 13)
            self.text(L + 44, self.y - 12, "M", 9)
            self.slots["sex_M"] = self.box(L + 56, self.y - 13)
            self.field("dob", "Date de naissance (jour, mois, année)", L + 130, 170, 8, (2, 2, 4))
        else:
            self.text(L, self.y, "Sexe :", 8.5)
            self.text(L + 34, self.y, "F", 8.5)
            self.slots["sex_F"] = self.box(L + 43, self.y - 1)
            self.text(L + 62, self.y, "M", 8.5)
            self.slots["sex_M"] = self.box(L + 73, self.y - 1)
            if mode == "beside":
                self.field("dob", "Date de naissance", L + 120, 250, 8, (2, 2, 4), "JJMMAAAA", 86)
            else:
                self.field("dob", "Date de naissance", L + 120, 250, 8, (2, 2, 4), "JJMMAAAA")
        self.step()
        if mode == "beside":
            self.y -= 6
        self.field("birth_commune", "Lieu de naissance : commune", L, 290)
        self.field("birth_country", "pays", L + 300, full - 300)
        self.step()
        self.field("nationality", "Nationalité", L, 290)
        self.step()
        lab = "N° de sécurité sociale (si vous en avez un)"
        if mode == "beside":
            self.field("nir", lab, L, full, 15, (1, 2, 2, 2, 3, 3, 2), lw=178)
        else:
            self.field("nir", lab, L, 290 if mode == "inside" else full, 15, (1, 2, 2, 2, 3, 3, 2))
        self.step()
        self.field("address", "Adresse (n°, rue, bâtiment, étage)", L, full)
        self.step()
        self.field("postcode", "Code postal", L, 100, 5)
        cx = L + (150 if mode == "beside" else 110)
        self.field("commune", "Commune", cx, full - cx + L)
        self.step()
        self.field("phone", "Téléphone", L, 200)
        self.field("email", "Adresse e-mail", L + 210, full - 210)
        self.step()
        # section B
        self.section("B", "VOTRE SITUATION")
        self.text(
            L, self.y - 6, "Cochez la case correspondant à votre situation actuelle :", 8, "ital"
        )
        self.y -= 22
        for key, label in SITUATIONS:
            self.slots["sit_" + key] = self.box(L + 4, self.y - 1)
            self.text(L + 20, self.y, label, 8.5)
            if key == "salarie":
                self.y -= 15
                self.text(L + 36, self.y, "Type de contrat :", 8)
                x = L + 110
                for ck, cl in CONTRACTS:
                    self.slots["ct_" + ck] = self.box(x, self.y - 1, 7.5)
                    self.text(x + 11, self.y, cl, 8)
                    x += self._tw(cl, 8) + 30
                self.y -= 17
                self.text(L + 36, self.y, "Employeur :", 8)
                self.dotted(L + 84, self.y - 2, 200)
                self.slots["employer"] = ("line", L + 86, self.y - 1, 196, 12)
                self.text(L + 300, self.y, "Emploi occupé :", 8)
                self.dotted(L + 362, self.y - 2, full - 362)
                self.slots["job"] = ("line", L + 364, self.y - 1, full - 366, 12)
            if key == "sans_activite":
                self.y -= 11
                self.text(L + 20, self.y, SANS_ACT_2, 8.5)
            if key == "autre":
                tw = self._tw(label, 8.5) + 26
                self.dotted(L + tw, self.y - 2, full - tw)
                self.slots["autre_text"] = ("line", L + tw + 2, self.y - 1, full - tw - 4, 12)
            self.y -= 19
        self.footer(1)

    def page2(self):
        c = self.c
        L, R = 36, W - 36
        full = R - L
        self.y = H - 40
        self.text(
            L,
            self.y,
            "Demande d'ouverture des droits à l'assurance maladie (suite)",
            8,
            "ital",
            grey=0.3,
        )
        self.y -= 6
        self.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
        self.y -= 10
        for ln in CERTIF:
            self.text(
                L, self.y, ln, 8.6 if ln is CERTIF[0] else 8, "bold" if ln is CERTIF[0] else "font"
            )
            self.y -= 12
        self.y -= 14
        # "Fait à ... le ..." on one line
        self.text(L, self.y, "Fait à", 9)
        self.dotted(L + 32, self.y - 2, 200)
        self.slots["place"] = ("line", L + 34, self.y - 1, 196, 14)
        self.text(L + 250, self.y, "le", 9)
        self.dotted(L + 264, self.y - 2, 130)
        self.slots["date"] = ("line", L + 266, self.y - 1, 126, 14)
        self.y -= 18
        sx, sw, sh = L + 250, 250, 78
        mode = self.r["sig_label"]
        if mode == "above":
            self.text(sx, self.y, "Signature", 9, "bold")
            self.y -= 4
        c.setLineWidth(0.8)
        c.rect(sx, self.y - sh, sw, sh, stroke=1, fill=0)
        if mode == "inside":
            self.text(sx + 4, self.y - 11, "Signature", 8.5, "bold")
        elif mode == "grey":
            c.setFillGray(0.8)
            self.font(20, "bold")
            c.drawCentredString(sx + sw / 2, self.y - sh / 2 - 7, "Signature")
            c.setFillGray(0)
        self.slots["sig"] = ("sig", sx, self.y - sh, sw, sh)
        self.y -= sh + 10
        self.section("", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        self.y -= 10
        for p in PIECES:
            self.text(L + 6, self.y, "•", 9)
            if self._tw(p, 8) > full - 20:
                cut = p.rfind(" ", 0, 95)
                self.text(L + 18, self.y, p[:cut], 8)
                self.y -= 11
                self.text(L + 18, self.y, p[cut + 1 :], 8)
            else:
                self.text(L + 18, self.y, p, 8)
            self.y -= 13
        self.y -= 6
        self._para(CNIL, L, full, 6.8, 8.4, "ital")
        # reserved frame
        self.y -= 14
        fh = 72
        c.setFillGray(0.93)
        c.rect(L, self.y - fh, full, fh, stroke=1, fill=1)
        c.setFillGray(0)
        self.text(L + 6, self.y - 13, "Cadre réservé à l'organisme", 9, "bold")
        self.text(L + 6, self.y - 32, "Date de réception :", 8)
        self.comb(L + 90, self.y - 36, 8, (2, 2, 4), 10, 11)
        self.text(L + 230, self.y - 32, "Pièces vérifiées :", 8)
        self.box(L + 305, self.y - 33, 7)
        self.text(L + 315, self.y - 32, "oui", 8)
        self.box(L + 340, self.y - 33, 7)
        self.text(L + 350, self.y - 32, "non", 8)
        self.text(L + 6, self.y - 54, "Matricule agent :", 8)
        self.comb(L + 90, self.y - 58, 6, None, 10, 11)
        self.text(L + 230, self.y - 54, "Cachet de l'organisme", 8, grey=0.4)
        self.footer(2)

    def footer(self, page):
        self.text(36, 22, f"S1106 — cerfa n° 15763*02 — page {page}/2", 7, grey=0.25)
        self.c.setFillGray(0.25)
        self.font(7)
        self.c.drawRightString(W - 36, 22, "ameli.fr")
        self.c.setFillGray(0)


def draw_form(c, run, page):
    """Draw one blank page on canvas c, return its slots."""
    lay = Layout(c, run)
    if page == 1:
        lay.page1()
    else:
        lay.page2()
    return lay.slots
