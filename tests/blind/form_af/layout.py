"""Three home-made "print runs" of the cerfa 15763*02 (S1106) drawn with reportlab.

Each run draws the two blank pages and returns, per page, a dict of anchors in points with a
top-left origin:
- ("line", x, y_base, w, h): a free text area (baseline y_base, width w, height h);
- ("comb", [(x, y_top, w, h), ...]): one rectangle per comb box;
- ("box", x, y_top, s): a tick box;
- ("sig", x, y_top, w, h): the signature frame.
"""

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.28, 841.89
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibSerif": TT + "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "Lato": TT + "lato/Lato-Regular.ttf",
    "Lato-B": TT + "lato/Lato-Bold.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "DVMono": TT + "dejavu/DejaVuSansMono.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if not _registered:
        for name, path in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, path))
        _registered = True


RUNS = {
    # bars: blue section bars, labels beside fields, boxed fields, big combs, names in combs
    "A": dict(
        font="LibSans",
        bold="LibSans-B",
        header="bar",
        labels="beside",
        comb=13.5,
        names="comb",
        sig_label="above",
        accent=Color(0.09, 0.27, 0.55),
        small=6.3,
    ),
    # rules: serif, underlined titles, labels above dotted lines, small combs
    "B": dict(
        font="LibSerif",
        bold="LibSerif-B",
        header="rule",
        labels="above",
        comb=11.0,
        names="line",
        sig_label="inside",
        accent=Color(0.0, 0.0, 0.0),
        small=6.6,
    ),
    # cells: labels inside grey-edged cells, letters in discs, grey word in the signature box
    "C": dict(
        font="Lato",
        bold="Lato-B",
        header="disc",
        labels="inside",
        comb=12.5,
        names="cell",
        sig_label="grey",
        accent=Color(0.0, 0.36, 0.62),
        small=6.0,
    ),
}

NOTICE = (
    "Vous résidez en France de manière stable et régulière et vous n'êtes pas encore couvert par "
    "l'assurance maladie : remplissez ce formulaire et joignez-y les pièces justificatives "
    "demandées en page 2. Adressez le tout à la caisse d'assurance maladie de votre lieu de "
    "résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-2 à R. 111-4 et D. 160-2 du code de la "
    "sécurité sociale."
)
CNIL = (
    "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Conformément à la "
    "loi n° 78-17 du 6 janvier 1978 modifiée et au règlement (UE) 2016/679, vous disposez d'un "
    "droit d'accès et de rectification auprès du délégué à la protection des données de votre "
    "caisse."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité professionnelle, situation familiale). La loi punit quiconque se rend "
    "coupable de fraudes ou de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 et "
    "441-7 du code pénal, article L. 114-13 du code de la sécurité sociale)."
)
PIECES = [
    "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE ou de la Suisse : votre titre de séjour, votre "
    "visa long séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;",
    "une copie intégrale de votre acte de naissance (avec apostille ou légalisation s'il y a lieu) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
    "successives, ou attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def wrap(text, font, size, width):
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


class Page:
    def __init__(self, c, run, rng):
        self.c, self.r, self.rng = c, RUNS[run], rng
        self.y = 0.0
        self.a = {}
        self.left, self.right = 40.0 + rng.uniform(-4, 4), W - 40.0 + rng.uniform(-4, 4)

    # drawing helpers in top-left coordinates
    def text(self, x, y, s, size, bold=False, color=None, font=None):
        c = self.c
        c.setFillColor(color or Color(0, 0, 0))
        c.setFont(font or (self.r["bold"] if bold else self.r["font"]), size)
        c.drawString(x, H - y, s)

    def rect(self, x, y, w, h, lw=0.6, stroke=None, fill=None, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(stroke or Color(0, 0, 0))
        if dash:
            c.setDash(*dash)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, H - y - h, w, h, stroke=1 if lw else 0, fill=1 if fill is not None else 0)
        c.setDash()

    def line(self, x0, y0, x1, y1, lw=0.5, dash=None, color=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color or Color(0, 0, 0))
        if dash:
            c.setDash(*dash)
        c.line(x0, H - y0, x1, H - y1)
        c.setDash()

    def para(self, text, size, x=None, width=None, lead=1.25, bold=False, color=None):
        x = self.left if x is None else x
        width = (self.right - x) if width is None else width
        font = self.r["bold"] if bold else self.r["font"]
        for ln in wrap(text, font, size, width):
            self.y += size * lead
            self.text(x, self.y, ln, size, bold, color)

    def section(self, letter, title):
        r, y = self.r, self.y + 14
        if r["header"] == "bar":
            self.rect(self.left, y - 11, self.right - self.left, 15, lw=0, fill=r["accent"])
            self.text(self.left + 6, y, f"{letter}  {title}", 10, True, Color(1, 1, 1))
            self.y = y + 10
        elif r["header"] == "rule":
            self.text(self.left, y, f"{letter}. {title}", 11, True)
            self.line(self.left, y + 3, self.right, y + 3, lw=1.2)
            self.y = y + 8
        else:
            c = self.c
            c.setFillColor(r["accent"])
            c.circle(self.left + 8, H - y + 3.5, 8, stroke=0, fill=1)
            self.text(self.left + 4.6, y + 0.5, letter, 10, True, Color(1, 1, 1))
            self.text(self.left + 22, y + 0.5, title, 10.5, True, r["accent"])
            self.line(self.left + 22, y + 5, self.right, y + 5, lw=0.4, color=r["accent"])
            self.y = y + 10

    def tickbox(self, key, x, y_top, label, size=None):
        s = size or (self.r["comb"] - 3)
        self.rect(x, y_top, s, s, lw=0.7)
        self.a[key] = ("box", x, y_top, s)
        if label:
            self.text(x + s + 3, y_top + s - 1.5, label, 8.5)
        return x + s + 6 + (pdfmetrics.stringWidth(label, self.r["font"], 8.5) if label else 0)

    def combs(self, key, x, y_top, groups, size=None):
        s = size or self.r["comb"]
        boxes = []
        for gi, n in enumerate(groups):
            for _ in range(n):
                self.rect(x, y_top, s, s, lw=0.6)
                boxes.append((x, y_top, s, s))
                x += s
            if gi < len(groups) - 1:
                x += s * 0.45
        self.a[key] = ("comb", boxes)
        return x

    def field(self, label, key, x0, x1, kind="line", groups=None):
        """One labelled field in [x0, x1] of the current row; returns row height used."""
        r, y = self.r, self.y
        mode = r["labels"]
        if mode == "beside":
            self.text(x0, y + 14, label, 8.5)
            fx = x0 + pdfmetrics.stringWidth(label, r["font"], 8.5) + 6
            if kind == "comb":
                self.combs(key, fx, y + 14 - r["comb"] + 3, groups)
            else:
                self.rect(fx, y + 3, x1 - fx - 4, 15, lw=0.5)
                self.a[key] = ("line", fx + 3, y + 14.5, x1 - fx - 8, 13)
            return 25
        if mode == "above":
            self.text(x0, y + 9, label, 7.8)
            if kind == "comb":
                self.combs(key, x0, y + 12, groups)
                return 14 + r["comb"] + 4
            self.line(x0, y + 26, x1 - 6, y + 26, lw=0.6, dash=(1, 2))
            self.a[key] = ("line", x0 + 2, y + 24.5, x1 - x0 - 8, 13)
            return 31
        # inside: a cell with a tiny label at the top-left
        hcell = 27 if kind != "comb" else 15 + r["comb"]
        self.rect(x0, y, x1 - x0, hcell, lw=0.5, stroke=Color(0.45, 0.45, 0.45))
        self.text(x0 + 3, y + 7.5, label, 6.4, color=Color(0.25, 0.25, 0.25))
        if kind == "comb":
            self.combs(key, x0 + 4, y + 10, groups)
        else:
            self.a[key] = ("line", x0 + 4, y + 23, x1 - x0 - 8, 13)
        return hcell

    def row(self, items, gap=0.0):
        """items: (label, key, frac, kind, groups)."""
        x, span, hmax = self.left, self.right - self.left, 0
        for label, key, frac, kind, groups in items:
            x1 = x + span * frac
            hmax = max(hmax, self.field(label, key, x, x1, kind, groups))
            x = x1
        self.y += hmax + gap + self.rng.uniform(0, 1.5)


def header(p, page_no):
    r, c = p.r, p.c
    y0 = 34 + p.rng.uniform(-3, 3)
    # logo: two small blocks and the brand name
    c.setFillColor(r["accent"])
    c.rect(p.left, H - y0 - 20, 8, 20, stroke=0, fill=1)
    c.setFillColor(Color(0.85, 0.2, 0.25))
    c.rect(p.left + 10, H - y0 - 20, 8, 12, stroke=0, fill=1)
    p.text(p.left + 24, y0 - 6, "l'Assurance", 9, True, r["accent"])
    p.text(p.left + 24, y0 + 6, "Maladie", 13, True, r["accent"])
    # cerfa box at the top right
    bx = p.right - 96
    p.rect(bx, y0 - 14, 96, 30, lw=0.8)
    p.text(bx + 8, y0 - 2, "cerfa", 11, True, font="Carlito-B")
    p.text(bx + 8, y0 + 11, "N° 15763*02", 9.5, True)
    if page_no == 1:
        p.y = y0 + 34
        p.text(p.left, p.y, "Demande d'ouverture des droits à l'assurance maladie", 15, True)
        p.y += 15
        p.text(p.left, p.y, "Protection universelle maladie (PUMa)", 11, False, r["accent"])
        p.y += 2
        p.para(NOTICE, r["small"] + 0.7)
        p.para(LEGAL, r["small"], color=Color(0.3, 0.3, 0.3))
    else:
        p.y = y0 + 26


def footer(p, page_no):
    p.text(p.left, H - 22, f"S1106 — cerfa n° 15763*02 — page {page_no}/2", 7)
    p.text(p.right - 60, H - 22, "ameli.fr", 7, True, p.r["accent"])


def draw_page1(c, run, rng):
    p = Page(c, run, rng)
    header(p, 1)
    p.y += 4
    p.section("A", "VOUS")
    p.y += 3
    names = p.r["names"]
    nk = "comb" if names == "comb" else "line"
    ncomb = [24]
    p.row([("Nom de naissance", "surname", 1.0, nk, ncomb)])
    p.row([("Nom d'usage (facultatif)", "usage_name", 1.0, nk, ncomb)])
    p.row([("Prénom(s)", "given_names", 1.0, nk, ncomb)])
    # sex boxes + date of birth
    y = p.y
    lab = "Sexe"
    p.text(p.left, y + 12, lab, 8.5)
    x = p.left + 30
    x = p.tickbox("sex_F", x, y + 3, "F")
    p.tickbox("sex_M", x + 4, y + 3, "M")
    dx = p.left + 120
    p.text(dx, y + 12, "Date de naissance", 8.5)
    dx += pdfmetrics.stringWidth("Date de naissance", p.r["font"], 8.5) + 6
    p.combs("date_of_birth", dx, y + 1, [2, 2, 4])
    p.text(dx, y + 3 + p.r["comb"] + 6, "J J        M M        A A A A", 5.5)
    p.y += p.r["comb"] + 14
    p.row(
        [
            ("Lieu de naissance : commune", "birth_town", 0.55, "line", None),
            ("pays", "birth_country", 0.45, "line", None),
        ]
    )
    p.row(
        [
            ("Nationalité", "nationality", 0.5, "line", None),
            ("N° d'allocataire CAF (si vous en avez un)", "caf", 0.5, "line", None),
        ]
    )
    p.row(
        [("N° de sécurité sociale (si vous en avez un)", "nir", 1.0, "comb", [1, 2, 2, 2, 3, 3, 2])]
    )
    p.row([("Adresse", "address", 1.0, "line", None)])
    p.row([("Code postal", "postcode", 0.35, "comb", [5]), ("Commune", "town", 0.65, "line", None)])
    p.row([("Téléphone", "phone", 0.4, "line", None), ("E-mail", "email", 0.6, "line", None)])
    p.y += 4
    p.section("B", "VOTRE SITUATION")
    p.para("Vous êtes actuellement (cochez la case correspondant à votre situation) :", 8.5)
    p.y += 6
    step = 19
    x0 = p.left + 4
    nx = p.tickbox("sit_salarie", x0, p.y, "salarié(e) ou assimilé(e) en France")
    p.text(nx + 8, p.y + 8.5, "type de contrat :", 8)
    cx = nx + 8 + pdfmetrics.stringWidth("type de contrat :", p.r["font"], 8) + 6
    for key, lab in (("CDI", "CDI"), ("CDD", "CDD"), ("interim", "intérim"), ("apprenti", "autre")):
        cx = p.tickbox("ct_" + key, cx, p.y, lab)
    p.y += step
    p.text(x0 + 16, p.y + 8, "Emploi occupé :", 8)
    p.line(x0 + 80, p.y + 9, x0 + 260, p.y + 9, lw=0.5, dash=(1, 2))
    p.a["job_title"] = ("line", x0 + 82, p.y + 7.5, 175, 12)
    p.text(x0 + 270, p.y + 8, "Employeur :", 8)
    p.line(x0 + 320, p.y + 9, p.right - 6, p.y + 9, lw=0.5, dash=(1, 2))
    p.a["employer"] = ("line", x0 + 322, p.y + 7.5, p.right - x0 - 330, 12)
    p.y += step
    situations = [
        (
            "sit_independant",
            "travailleur indépendant (artisan, commerçant, profession libérale, "
            "micro-entrepreneur)",
        ),
        ("sit_demandeur_emploi", "demandeur(se) d'emploi inscrit(e) à France Travail"),
        ("sit_etudiant", "étudiant(e)"),
        (
            "sit_sans_activite",
            "sans activité professionnelle et résidant en France de manière "
            "stable et régulière depuis plus de trois mois",
        ),
        ("sit_autre", "autre situation, précisez :"),
    ]
    for key, lab in situations:
        ex = p.tickbox(key, x0, p.y, lab)
        if key == "sit_autre":
            p.line(ex, p.y + 9, p.right - 6, p.y + 9, lw=0.5, dash=(1, 2))
            p.a["other_text"] = ("line", ex + 2, p.y + 7.5, p.right - ex - 10, 12)
        p.y += step
    p.y += 8
    p.para(CNIL, p.r["small"], color=Color(0.3, 0.3, 0.3))
    footer(p, 1)
    return p.a


def draw_page2(c, run, rng):
    p = Page(c, run, rng)
    r = p.r
    header(p, 2)
    p.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
    p.y += 2
    p.para(CERTIF, 8.6, lead=1.3)
    p.y += 22
    y = p.y
    p.text(p.left, y, "Fait à", 9.5)
    p.line(p.left + 30, y + 2, p.left + 230, y + 2, lw=0.5, dash=(1, 2))
    p.a["place"] = ("line", p.left + 34, y, 190, 14)
    p.text(p.left + 240, y, "le", 9.5)
    p.line(p.left + 254, y + 2, p.left + 400, y + 2, lw=0.5, dash=(1, 2))
    p.a["date"] = ("line", p.left + 258, y, 140, 14)
    p.y += 18
    sw, sh = 230 + rng.uniform(-15, 25), 86 + rng.uniform(-8, 14)
    sx = p.right - sw if run != "B" else p.left
    if r["sig_label"] == "above":
        p.text(sx, p.y + 8, "Signature", 9.5, True)
        p.y += 12
        p.rect(sx, p.y, sw, sh, lw=0.9)
    elif r["sig_label"] == "inside":
        p.rect(sx, p.y, sw, sh, lw=0.9)
        p.text(sx + 5, p.y + 11, "Signature", 8.5, True)
    else:
        p.rect(sx, p.y, sw, sh, lw=0.6, stroke=r["accent"])
        g = Color(0.72, 0.72, 0.72)
        tw = pdfmetrics.stringWidth("Signature", r["font"], 14)
        p.text(sx + (sw - tw) / 2, p.y + sh / 2 + 5, "Signature", 14, color=g)
    p.a["sig"] = ("sig", sx, p.y, sw, sh)
    p.y += sh + 26
    p.text(p.left, p.y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 10, True, r["accent"])
    p.y += 4
    for item in PIECES:
        lines = wrap(item, r["font"], 8.4, p.right - p.left - 16)
        for i, ln in enumerate(lines):
            p.y += 11
            if i == 0:
                p.text(p.left + 4, p.y, "•", 8.4)
            p.text(p.left + 14, p.y, ln, 8.4)
        p.y += 2
    p.y += 26
    bh = 74
    p.rect(p.left, p.y, p.right - p.left, bh, lw=0.6, fill=Color(0.93, 0.93, 0.93))
    p.text(p.left + 6, p.y + 12, "Cadre réservé à l'organisme", 8.5, True)
    p.text(p.left + 10, p.y + 32, "Date de réception :", 8)
    p.combs("recv", p.left + 95, p.y + 23, [2, 2, 4], size=10)
    p.text(p.left + 10, p.y + 52, "Pièces vérifiées :", 8)
    p.tickbox("chk_yes", p.left + 95, p.y + 44, "oui", 8)
    p.tickbox("chk_no", p.left + 135, p.y + 44, "non", 8)
    p.text(p.left + 260, p.y + 32, "Matricule agent :", 8)
    p.line(p.left + 330, p.y + 33, p.right - 10, p.y + 33, lw=0.5)
    p.text(p.left + 260, p.y + 52, "Observations :", 8)
    p.line(p.left + 320, p.y + 53, p.right - 10, p.y + 53, lw=0.5)
    footer(p, 2)
    return p.a
