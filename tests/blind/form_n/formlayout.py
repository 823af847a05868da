"""Three "print runs" of cerfa 15763*02 (S1106) drawn with reportlab.

Each page function draws the static form and returns its geometry: for each field key, a dict
with ``kind`` (text, comb, check, sig), the page number and rectangles in PDF points
(origin bottom-left).
"""

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PAGE_W, PAGE_H = 595.27, 841.89
X0, X1 = 36.0, 559.0
_TTF = {
    "Sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "SansB": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "SansI": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "Narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "NarrowB": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "SerifB": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "Cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "CondB": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "Mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if not _registered:
        for name, path in _TTF.items():
            pdfmetrics.registerFont(TTFont(name, path))
        _registered = True


BLUE = Color(0.05, 0.23, 0.52)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.88, 0.9, 0.93)

RUNS = {
    # 2019-style official look: blue section bars, labels beside, names in comb boxes
    "R1": dict(
        font="Sans",
        bold="SansB",
        title="SansB",
        size=8.2,
        section="bar",
        labels="beside",
        names="comb",
        cw=13.2,
        ch=15.0,
        date_sign="comb8",
        sig_label="above",
        sig_box=(300, 196, 259, 92),
        check=8.5,
        row=23.0,
        fieldnames="xfa",
    ),
    # condensed print: underlined section titles, labels above open boxes, free date line
    "R2": dict(
        font="Cond",
        bold="CondB",
        title="CondB",
        size=7.9,
        section="underline",
        labels="above",
        names="box",
        cw=11.6,
        ch=13.5,
        date_sign="line",
        sig_label="inside",
        sig_box=(36, 182, 300, 84),
        check=8.0,
        row=29.0,
        fieldnames="snake",
    ),
    # narrow print: grey bands, labels inside cells, year on two boxes after a printed "20"
    "R3": dict(
        font="Narrow",
        bold="NarrowB",
        title="SerifB",
        size=8.6,
        section="band",
        labels="inside",
        names="cell",
        cw=14.4,
        ch=16.0,
        date_sign="yy2",
        sig_label="grey",
        sig_box=(318, 184, 241, 96),
        check=10.0,
        row=30.0,
        fieldnames="acrobat",
    ),
}

CAMEL = {
    "nom": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "sexe_f": "SexeF",
    "sexe_m": "SexeM",
    "dob": "DateNaissance",
    "lieu_commune": "LieuNaissCommune",
    "lieu_pays": "LieuNaissPays",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "nir_cle": "CleNIR",
    "adresse": "Adresse",
    "cp": "CodePostal",
    "commune": "Commune",
    "tel": "Telephone",
    "email": "Courriel",
    "sit_salarie": "SitSalarie",
    "ct_cdi": "ContratCDI",
    "ct_cdd": "ContratCDD",
    "ct_interim": "ContratInterim",
    "ct_autre": "ContratAutre",
    "employeur": "Employeur",
    "emploi": "EmploiOccupe",
    "sit_independant": "SitNonSalarie",
    "sit_demandeur": "SitDemandeurEmploi",
    "sit_etudiant": "SitEtudiant",
    "sit_sans_activite": "SitSansActivite",
    "sit_autre": "SitAutre",
    "autre_texte": "Precisez",
    "fait_a": "FaitA",
    "le": "DateSignature",
}


class Sheet:
    """Draws one page with a run's style and records field geometry."""

    def __init__(self, c, run, page):
        self.c, self.r, self.page = c, RUNS[run], page
        self.run = run
        self.geo = {}

    # -- primitives (ytop = distance from the top edge) --
    def text(self, x, ytop, s, size=None, font=None, color=black, anchor="l"):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.r["font"], size or self.r["size"])
        y = PAGE_H - ytop
        if anchor == "c":
            c.drawCentredString(x, y, s)
        elif anchor == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)
        c.setFillColor(black)

    def width(self, s, size=None, font=None):
        return pdfmetrics.stringWidth(s, font or self.r["font"], size or self.r["size"])

    def rect(self, x, ytop, w, h, fill=None, stroke=True, lw=0.6, color=black):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, PAGE_H - ytop - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColor(black)
        c.setStrokeColor(black)

    def hline(self, x, ytop, w, dotted=False, lw=0.5, color=black):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if dotted:
            c.setDash(0.8, 1.8)
        c.line(x, PAGE_H - ytop, x + w, PAGE_H - ytop)
        c.setDash()
        c.setStrokeColor(black)

    def paragraph(self, x, ytop, width, s, size, lead=None, font=None):
        lead = lead or size * 1.25
        words, line = s.split(), ""
        for w in words:
            cand = (line + " " + w).strip()
            if self.width(cand, size, font) > width and line:
                self.text(x, ytop, line, size, font)
                ytop += lead
                line = w
            else:
                line = cand
        if line:
            self.text(x, ytop, line, size, font)
            ytop += lead
        return ytop

    # -- fields --
    def _rect_pts(self, x, ytop, w, h):
        return (x, PAGE_H - ytop - h, w, h)

    def comb(self, key, x, ytop, n, groups=None, seps="", cw=None, ch=None, hints=None):
        cw, ch = cw or self.r["cw"], ch or self.r["ch"]
        groups = groups or [n]
        boxes, gx = [], x
        for gi, g in enumerate(groups):
            for _ in range(g):
                self.rect(gx, ytop, cw, ch, lw=0.55)
                boxes.append(self._rect_pts(gx, ytop, cw, ch))
                gx += cw
            if gi < len(groups) - 1:
                if seps:
                    self.text(gx + 3.5, ytop + ch * 0.72, seps, self.r["size"] + 2, anchor="c")
                gx += 7 if seps else 5
        if hints:
            for b, h in zip(boxes, hints):
                self.text(b[0] + cw / 2, ytop + ch + 5.5, h, 4.8, color=GREY, anchor="c")
        self.geo[key] = dict(kind="comb", page=self.page, boxes=boxes, groups=groups)
        return gx

    def textbox(self, key, x, ytop, w, h, style):
        if style == "box":
            self.rect(x, ytop, w, h, lw=0.5)
        elif style == "dotted":
            self.hline(x, ytop + h - 1, w, dotted=True)
        elif style == "line":
            self.hline(x, ytop + h - 1, w, lw=0.4)
        self.geo[key] = dict(kind="text", page=self.page, rect=self._rect_pts(x, ytop, w, h))

    def check(self, key, x, ytop, label=None, size=None):
        s = size or self.r["check"]
        self.rect(x, ytop, s, s, lw=0.6)
        self.geo[key] = dict(kind="check", page=self.page, rect=self._rect_pts(x, ytop, s, s))
        if label:
            self.text(x + s + 4, ytop + s * 0.82, label)
            return x + s + 4 + self.width(label) + 12
        return x + s + 6

    def section(self, ytop, letter, title):
        r = self.r
        if r["section"] == "bar":
            self.rect(X0, ytop, X1 - X0, 15, fill=BLUE, stroke=False)
            self.rect(X0 + 3, ytop + 2, 11, 11, fill=white, stroke=False)
            self.text(X0 + 8.5, ytop + 11, letter, 9, r["bold"], BLUE, "c")
            self.text(X0 + 22, ytop + 11, title, 9.5, r["bold"], white)
            return ytop + 24
        if r["section"] == "underline":
            self.c.setLineWidth(0.9)
            self.c.circle(X0 + 6, PAGE_H - ytop - 6, 6.5)
            self.text(X0 + 6, ytop + 9.3, letter, 8.5, r["bold"], anchor="c")
            self.text(X0 + 18, ytop + 10, title, 10, r["bold"])
            self.hline(X0, ytop + 15, X1 - X0, lw=1.1)
            return ytop + 26
        self.rect(X0, ytop, X1 - X0, 16, fill=LIGHT, stroke=False)
        self.hline(X0, ytop, X1 - X0, lw=1.4)
        self.text(X0 + 4, ytop + 11.5, letter + " - " + title, 10, r["title"])
        return ytop + 26

    def item(self, key, label, x, ytop, w, kind="text", n=None, groups=None, seps="", hints=None):
        """A labelled field; returns the x after it."""
        r = self.r
        lab = r["labels"]
        size = r["size"]
        if lab == "beside":
            self.text(x, ytop + 10.5, label)
            fx = x + self.width(label) + 5
            if kind == "comb":
                return self.comb(key, fx, ytop, n, groups, seps, hints=hints) + 8
            self.textbox(key, fx, ytop, x + w - fx - 6, 13, "dotted")
            return x + w
        if lab == "above":
            self.text(x, ytop + 7, label, size - 0.4)
            if kind == "comb":
                return self.comb(key, x, ytop + 10, n, groups, seps) + 10
            self.textbox(key, x, ytop + 10, w - 6, 15, "box")
            return x + w
        # label inside a cell
        if kind == "comb":
            self.text(x, ytop + 7, label, size - 0.8)
            return self.comb(key, x, ytop + 10, n, groups, seps, ch=14.5) + 10
        self.rect(x, ytop, w - 4, 25, lw=0.5)
        self.text(x + 2.5, ytop + 7.2, label, size - 1.8, color=Color(0.3, 0.3, 0.3))
        self.geo[key] = dict(
            kind="text", page=self.page, rect=self._rect_pts(x + 2, ytop + 9, w - 8, 15)
        )
        return x + w


def _header_logo(s, x, ytop, scale=1.0):
    c = s.c
    c.setFillColor(Color(0.95, 0.55, 0.1))
    c.circle(x + 9 * scale, PAGE_H - ytop - 4 * scale, 5.5 * scale, stroke=0, fill=1)
    c.setFillColor(BLUE)
    c.wedge(
        x,
        PAGE_H - ytop - 34 * scale,
        x + 18 * scale,
        PAGE_H - ytop - 8 * scale,
        0,
        180,
        stroke=0,
        fill=1,
    )
    s.text(x + 24 * scale, ytop + 10 * scale, "l'Assurance", 12 * scale, "SansB", BLUE)
    s.text(x + 24 * scale, ytop + 24 * scale, "Maladie", 12 * scale, "SansB", BLUE)


def _footer(s, page):
    s.text(
        PAGE_W / 2,
        820,
        f"S1106 \u2014 cerfa n\u00b0 15763*02 \u2014 page {page}/2",
        6.8,
        anchor="c",
    )


def draw_page1(c, run):
    s = Sheet(c, run, 1)
    r = s.r
    _header_logo(s, X0, 30)
    s.rect(478, 28, 81, 34, lw=0.8)
    s.text(518, 43, "cerfa", 13, "SansI" if run != "R2" else "CondB", anchor="c")
    s.text(518, 56, "N\u00b0 15763*02", 8.5, r["bold"], anchor="c")
    s.text(PAGE_W / 2, 78, "DEMANDE D'OUVERTURE DES DROITS", 13, r["title"], anchor="c")
    s.text(PAGE_W / 2, 93, "\u00c0 L'ASSURANCE MALADIE", 13, r["title"], anchor="c")
    s.text(
        PAGE_W / 2, 107, "Protection universelle maladie (PUMa)", 10, r["bold"], BLUE, anchor="c"
    )
    s.text(
        PAGE_W / 2,
        118,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 et D. 160-2 du "
        "code de la s\u00e9curit\u00e9 sociale",
        6.5,
        anchor="c",
    )
    notice = (
        "Vous travaillez ou vous r\u00e9sidez en France de mani\u00e8re stable et "
        "r\u00e9guli\u00e8re et vous n'\u00eates pas encore affili\u00e9(e) \u00e0 un "
        "r\u00e9gime d'assurance maladie : remplissez ce formulaire en lettres "
        "capitales, datez-le, signez-le et adressez-le \u00e0 la caisse primaire "
        "d'assurance maladie de votre lieu de r\u00e9sidence avec les pi\u00e8ces "
        "justificatives list\u00e9es en page 2."
    )
    if r["section"] == "band":
        s.rect(X0, 125, X1 - X0, 34, lw=0.4)
    y = s.paragraph(X0 + 4, 134, X1 - X0 - 8, notice, 6.7) + 6
    y = max(y, 166)
    y = s.section(y, "A", "VOUS")
    row = r["row"]
    full = X1 - X0
    if r["names"] == "comb":
        for key, lab in (
            ("nom", "Nom de naissance"),
            ("nom_usage", "Nom d'usage (facultatif)"),
            ("prenoms", "Pr\u00e9nom(s)"),
        ):
            s.text(X0, y + 10.5, lab)
            n = int((X1 - 150 - X0) // r["cw"])
            s.comb(key, X0 + 150, y, n)
            y += row
    else:
        s.item("nom", "Nom de naissance", X0, y, full * 0.5)
        s.item("nom_usage", "Nom d'usage (facultatif)", X0 + full * 0.5, y, full * 0.5)
        y += row
        s.item("prenoms", "Pr\u00e9nom(s)", X0, y, full)
        y += row
    # sex + date of birth
    if r["labels"] == "beside":
        s.text(X0, y + 10.5, "Sexe :")
        x = s.check("sexe_f", X0 + 34, y + 3, "F")
        x = s.check("sexe_m", x, y + 3, "M")
        s.item("dob", "Date de naissance", x + 30, y, 0, "comb", 8, [2, 2, 4], hints="JJMMAAAA")
    else:
        s.text(X0, y + 7, "Sexe", r["size"] - 0.4)
        x = s.check("sexe_f", X0, y + 12, "F\u00e9minin")
        x = s.check("sexe_m", x, y + 12, "Masculin")
        seps = "/" if r["labels"] == "inside" else ""
        s.item("dob", "Date de naissance (JJ MM AAAA)", x + 40, y, 0, "comb", 8, [2, 2, 4], seps)
    y += row + (4 if r["labels"] == "beside" else 0)
    x = s.item("lieu_commune", "Lieu de naissance : commune", X0, y, full * 0.55)
    s.item("lieu_pays", "pays", x, y, full * 0.45)
    y += row
    s.item("nationalite", "Nationalit\u00e9", X0, y, full * 0.55)
    y += row
    lab = "N\u00b0 de s\u00e9curit\u00e9 sociale (si vous en avez un)"
    x = s.item("nir", lab, X0, y, 0, "comb", 13, [1, 2, 2, 2, 3, 3])
    if r["labels"] == "beside":
        s.text(x, y + 10.5, "Cl\u00e9")
        s.comb("nir_cle", x + 18, y, 2)
    else:
        s.text(x, y + 7, "Cl\u00e9", r["size"] - 0.4)
        s.comb("nir_cle", x, y + 10, 2)
    y += row + 2
    s.item("adresse", "Adresse", X0, y, full)
    y += row
    x = s.item("cp", "Code postal", X0, y, 0, "comb", 5)
    s.item("commune", "Commune", x, y, X1 - x)
    y += row
    x = s.item("tel", "T\u00e9l\u00e9phone", X0, y, full * 0.4)
    s.item("email", "Adresse e-mail", x, y, X1 - x)
    y += row + 8
    # section B
    y = s.section(y, "B", "VOTRE SITUATION")
    s.text(
        X0,
        y + 6,
        "Cochez la case correspondant \u00e0 votre situation actuelle :",
        r["size"],
        r["bold"],
    )
    y += 14
    cs = r["check"]
    s.check("sit_salarie", X0, y, "Vous exercez une activit\u00e9 salari\u00e9e en France")
    y += cs + 7
    s.text(X0 + 22, y + 7, "Type de contrat :")
    x = X0 + 22 + s.width("Type de contrat :") + 8
    for key, lab in (
        ("ct_cdi", "CDI"),
        ("ct_cdd", "CDD"),
        ("ct_interim", "Int\u00e9rim"),
        ("ct_autre", "Autre (apprentissage, saisonnier...)"),
    ):
        x = s.check(key, x, y, lab)
    y += cs + 5
    if r["labels"] == "inside":
        s.item("employeur", "Nom de l'employeur", X0 + 22, y, (full - 22) * 0.55)
        s.item("emploi", "Emploi occup\u00e9", X0 + 22 + (full - 22) * 0.55, y, (full - 22) * 0.45)
        y += 31
    else:
        s.text(X0 + 22, y + 10, "Employeur :")
        x = X0 + 22 + s.width("Employeur :") + 4
        s.textbox("employeur", x, y, 210, 13, "dotted")
        x += 216
        s.text(x, y + 10, "Emploi occup\u00e9 :")
        x2 = x + s.width("Emploi occup\u00e9 :") + 4
        s.textbox("emploi", x2, y, X1 - x2, 13, "dotted")
        y += 21
    opts = [
        (
            "sit_independant",
            "Vous exercez une activit\u00e9 non salari\u00e9e en France "
            "(travailleur ind\u00e9pendant, micro-entrepreneur)",
        ),
        ("sit_demandeur", "Vous \u00eates demandeur d'emploi inscrit \u00e0 France Travail"),
        ("sit_etudiant", "Vous \u00eates \u00e9tudiant(e)"),
        (
            "sit_sans_activite",
            "Vous n'exercez pas d'activit\u00e9 professionnelle et vous "
            "r\u00e9sidez en France de mani\u00e8re stable depuis plus de trois mois",
        ),
        ("sit_autre", "Autre situation, pr\u00e9cisez :"),
    ]
    for key, lab in opts:
        s.check(key, X0, y, lab)
        y += cs + 8
    lx = X0 + cs + 8 + s.width("Autre situation, pr\u00e9cisez :")
    s.textbox("autre_texte", lx, y - cs - 19, X1 - lx, 13, "dotted")
    y += 6
    s.paragraph(
        X0,
        max(y, 770),
        full,
        "Les informations recueillies sont obligatoires pour "
        "l'ouverture de vos droits. Tout changement de situation doit \u00eatre "
        "signal\u00e9 \u00e0 votre caisse.",
        6.3,
    )
    _footer(s, 1)
    return s.geo


PIECES = [
    "une pi\u00e8ce d'identit\u00e9 en cours de validit\u00e9 (passeport, carte nationale "
    "d'identit\u00e9 pour les ressortissants europ\u00e9ens) ;",
    "votre titre de s\u00e9jour, votre visa long s\u00e9jour valant titre de s\u00e9jour "
    "(VLS-TS) ou votre r\u00e9c\u00e9piss\u00e9 de demande (ressortissants hors UE) ;",
    "une copie int\u00e9grale de votre acte de naissance, avec apostille ou l\u00e9galisation "
    "selon le pays ;",
    "un justificatif de r\u00e9sidence en France depuis plus de trois mois (bail, trois "
    "factures successives, attestation d'h\u00e9bergement) ;",
    "un relev\u00e9 d'identit\u00e9 bancaire (RIB) \u00e0 votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def draw_page2(c, run):
    s = Sheet(c, run, 2)
    r = s.r
    _header_logo(s, X0, 28, 0.7)
    s.text(
        X1, 40, "Demande d'ouverture des droits \u00e0 l'assurance maladie (suite)", 7.5, anchor="r"
    )
    s.text(X1, 50, "cerfa n\u00b0 15763*02", 7.5, r["bold"], anchor="r")
    y = s.section(70, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    cert = (
        "Je certifie sur l'honneur l'exactitude des renseignements port\u00e9s sur ce "
        "formulaire et je m'engage \u00e0 signaler \u00e0 ma caisse d'assurance maladie "
        "tout changement dans ma situation. La loi punit quiconque se rend coupable de "
        "fraudes ou de fausses d\u00e9clarations (articles 313-1 \u00e0 313-3, 433-19, "
        "441-1 et 441-7 du code p\u00e9nal, article L. 114-13 du code de la s\u00e9curit\u00e9 "
        "sociale)."
    )
    y = s.paragraph(X0, y + 6, X1 - X0, cert, r["size"] + 0.3)
    y = 150
    s.text(X0, y + 10.5, "Fait \u00e0", r["size"] + 1)
    fx = X0 + s.width("Fait \u00e0", r["size"] + 1) + 4
    s.textbox("fait_a", fx, y, 170, 13, "dotted" if run != "R3" else "line")
    lx = fx + 182
    s.text(lx, y + 10.5, "le", r["size"] + 1)
    if r["date_sign"] == "comb8":
        s.comb("le", lx + 14, y - 1, 8, [2, 2, 4], hints="JJMMAAAA")
    elif r["date_sign"] == "line":
        s.textbox("le", lx + 12, y, 120, 13, "dotted")
    else:
        x = s.comb("le_jm", lx + 14, y - 2, 4, [2, 2], "/")
        s.text(x + 3, y + 10.5, "/", r["size"] + 2)
        s.text(x + 13, y + 11, "2 0", r["size"] + 3, r["bold"])
        s.comb("le_aa", x + 29, y - 2, 2)
        g1, g2 = s.geo.pop("le_jm"), s.geo.pop("le_aa")
        s.geo["le"] = dict(
            kind="comb", page=2, boxes=g1["boxes"] + g2["boxes"], groups=[2, 2, 2], yy=True
        )
    bx, btop, bw, bh = r["sig_box"]
    mode = r["sig_label"]
    if mode == "above":
        s.text(bx, btop - 4, "Signature", r["size"] + 1, r["bold"])
        s.rect(bx, btop, bw, bh, lw=0.8)
    elif mode == "inside":
        s.rect(bx, btop, bw, bh, lw=0.7)
        s.text(bx + 4, btop + 10, "Signature", r["size"] + 0.5, r["bold"])
    else:
        s.rect(bx, btop, bw, bh, lw=0.6, color=GREY)
        s.text(
            bx + bw / 2,
            btop + bh / 2 + 6,
            "Signature",
            17,
            r["font"],
            Color(0.78, 0.78, 0.78),
            anchor="c",
        )
    s.geo["sig"] = dict(kind="sig", page=2, rect=s._rect_pts(bx, btop, bw, bh), label=mode)
    y = max(btop + bh, 280) + 22
    if r["section"] == "bar":
        s.rect(X0, y, X1 - X0, 15, fill=BLUE, stroke=False)
        s.text(
            X0 + 6,
            y + 11,
            "PI\u00c8CES JUSTIFICATIVES \u00c0 JOINDRE \u00c0 VOTRE DEMANDE",
            9.5,
            r["bold"],
            white,
        )
        y += 26
    else:
        s.text(
            X0,
            y + 10,
            "PI\u00c8CES JUSTIFICATIVES \u00c0 JOINDRE \u00c0 VOTRE DEMANDE",
            10,
            r["title"],
        )
        s.hline(X0, y + 14, X1 - X0, lw=0.8)
        y += 26
    bullet = {"bar": "\u25a0", "underline": "\u2022", "band": "-"}[r["section"]]
    for p in PIECES:
        s.text(X0 + 4, y, bullet, r["size"], "Cond")
        y = s.paragraph(X0 + 16, y, X1 - X0 - 20, p, r["size"] + 0.3) + 4
    y += 4
    s.paragraph(
        X0,
        y,
        X1 - X0,
        "Ne joignez que des photocopies. Conservez les originaux. "
        "Votre caisse peut vous demander tout document compl\u00e9mentaire.",
        7,
    )
    y = 640
    s.rect(X0, y, X1 - X0, 78, lw=0.8, color=GREY if run == "R3" else black)
    s.text(X0 + 6, y + 12, "Cadre r\u00e9serv\u00e9 \u00e0 l'organisme", 8.5, r["bold"])
    s.text(X0 + 6, y + 32, "Date de r\u00e9ception")
    for i in range(8):
        s.rect(X0 + 84 + i * 11 + (4 if i > 1 else 0) + (4 if i > 3 else 0), y + 22, 11, 13, lw=0.4)
    s.text(X0 + 200, y + 32, "Pi\u00e8ces v\u00e9rifi\u00e9es :")
    s.rect(X0 + 270, y + 24, 8, 8, lw=0.4)
    s.text(X0 + 281, y + 31, "oui")
    s.rect(X0 + 302, y + 24, 8, 8, lw=0.4)
    s.text(X0 + 313, y + 31, "non")
    s.text(X0 + 6, y + 56, "Matricule agent")
    s.hline(X0 + 70, y + 58, 120, dotted=True)
    s.text(X0 + 230, y + 56, "Observations")
    s.hline(X0 + 285, y + 58, 220, dotted=True)
    s.paragraph(
        X0,
        735,
        X1 - X0,
        "La loi n\u00b0 78-17 du 6 janvier 1978 modifi\u00e9e relative "
        "\u00e0 l'informatique, aux fichiers et aux libert\u00e9s et le r\u00e8glement "
        "(UE) 2016/679 s'appliquent aux donn\u00e9es de ce formulaire. Vous pouvez "
        "exercer votre droit d'acc\u00e8s et de rectification aupr\u00e8s de votre "
        "caisse d'assurance maladie.",
        6.2,
    )
    _footer(s, 2)
    return s.geo


def field_name(run, key, page, idx):
    scheme = RUNS[run]["fieldnames"]
    if scheme == "xfa":
        return f"topmostSubform[0].Page{page}[0].{CAMEL.get(key, key)}[0]"
    if scheme == "snake":
        return key
    return f"Texte{idx}" if not key.startswith(("sit_", "ct_", "sexe_")) else f"Case{idx}"
