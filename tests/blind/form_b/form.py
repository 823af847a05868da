"""My own drawing of the cerfa 15763*02 (ameli S1106), two A4 pages, with reportlab.

`build_pdf(run, fill)` draws the printed form (and, for typed / AcroForm filling, the
values) and returns the PDF bytes plus an `anchors` map: for every place a person writes
in, its page and geometry in PDF points (origin bottom-left). The hand-filling code uses
the anchors to write on the rasterised page.
"""

import io
from dataclasses import dataclass, field

from fonts import register_print_family, register_type_font
from reportlab.lib.colors import Color, black, white
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

W, H = 595.28, 841.89
CERFA = "15763*02"


@dataclass
class PrintRun:
    family: str
    accent: tuple  # rgb 0..1 of headers / logo
    tint: tuple  # pale background of section bands / fields
    lw: float  # line weight of boxes
    comb_w: float
    comb_h: float
    gap: float  # vertical spacing factor
    left: float
    right: float
    header_style: str  # band | tab | rule
    field_style: str  # dotted | line | box
    names_comb: bool  # names written in comb boxes
    cb: float  # checkbox size
    sig_label_inside: bool
    sig_h: float
    marianne: bool
    date_style: str  # line | comb
    body: float  # body font size
    small: float  # small print size
    title_left: bool
    pj_boxes: bool  # check boxes in front of the list of pieces
    dx: float = 0.0  # printer misregistration
    dy: float = 0.0


def sample_run(rng, colour=True, **force):
    fam = rng.choice(
        [
            "LiberationSans",
            "LiberationSansNarrow",
            "OpenSans",
            "Roboto",
            "RobotoCondensed",
            "Lato",
            "Carlito",
            "DejaVuSansCondensed",
            "FreeSans",
        ]
    )
    if colour:
        accent = rng.choice(
            [(0.04, 0.25, 0.58), (0.0, 0.33, 0.62), (0.05, 0.30, 0.50), (0.10, 0.20, 0.55)]
        )
        tint = rng.choice([(0.88, 0.93, 0.98), (0.91, 0.95, 0.99), (0.93, 0.93, 0.96)])
    else:
        accent = (0.1, 0.1, 0.1)
        tint = (0.90, 0.90, 0.90)
    narrow = fam in ("LiberationSansNarrow", "RobotoCondensed", "DejaVuSansCondensed")
    run = PrintRun(
        family=fam,
        accent=accent,
        tint=tint,
        lw=rng.choice([0.4, 0.5, 0.6, 0.75, 0.9]),
        comb_w=rng.uniform(12.5, 15.0),
        comb_h=rng.uniform(14.0, 17.0),
        gap=rng.uniform(0.96, 1.05),
        left=rng.uniform(30, 40),
        right=rng.uniform(30, 40),
        header_style=rng.choice(["band", "band", "tab", "rule"]),
        field_style=rng.choice(["dotted", "line", "box"]),
        names_comb=rng.random() < 0.35,
        cb=rng.uniform(8.0, 10.5),
        sig_label_inside=rng.random() < 0.5,
        sig_h=rng.uniform(88, 115),
        marianne=rng.random() < 0.5,
        date_style=rng.choice(["line", "line", "comb"]),
        body=rng.uniform(8.3, 9.0) + (0.5 if narrow else 0.0),
        small=rng.uniform(6.3, 6.9) + (0.4 if narrow else 0.0),
        title_left=rng.random() < 0.5,
        pj_boxes=rng.random() < 0.5,
        dx=rng.uniform(-3, 3),
        dy=rng.uniform(-3, 3),
    )
    for k, v in force.items():
        setattr(run, k, v)
    return run


@dataclass
class Anchor:
    page: int
    kind: str  # line | comb | box | rect
    x0: float = 0
    x1: float = 0
    y: float = 0  # baseline for lines, bottom for box/rect
    h: float = 0
    boxes: list = field(default_factory=list)  # comb: [(x, y, w, h)]
    groups: list = field(default_factory=list)  # comb: group sizes


# --------------------------------------------------------------------------- painter
class Painter:
    def __init__(self, c, run, page, anchors):
        self.c, self.run, self.page, self.a = c, run, page, anchors
        self.f, self.fb, self.fi = register_print_family(run.family)
        self.L = run.left + run.dx
        self.R = W - run.right + run.dx
        self.acc = Color(*run.accent)
        self.tint = Color(*run.tint)

    # -- text
    def text(self, x, y, s, size=None, bold=False, italic=False, color=black, anchor="l"):
        c = self.c
        font = self.fb if bold else (self.fi if italic else self.f)
        size = size or self.run.body
        c.setFont(font, size)
        c.setFillColor(color)
        if anchor == "l":
            c.drawString(x, y, s)
        elif anchor == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        return x + c.stringWidth(s, font, size)

    def width(self, s, size=None, bold=False):
        return self.c.stringWidth(s, self.fb if bold else self.f, size or self.run.body)

    def para(self, s, x, y, width, size=None, leading=None, italic=False, bold=False, color=black):
        size = size or self.run.small
        leading = leading or size * 1.22
        font = self.fb if bold else (self.fi if italic else self.f)
        lines = simpleSplit(s, font, size, width)
        for ln in lines:
            self.text(x, y, ln, size=size, italic=italic, bold=bold, color=color)
            y -= leading
        return y

    # -- boxes
    def _stroke(self, width=None, color=black):
        self.c.setLineWidth(width or self.run.lw)
        self.c.setStrokeColor(color)

    def checkbox(self, name, x, y):
        s = self.run.cb
        self._stroke()
        self.c.setFillColor(white)
        self.c.rect(x, y, s, s, stroke=1, fill=1)
        if name:
            self.a[name] = Anchor(self.page, "box", x0=x, x1=x + s, y=y, h=s)
        return x + s

    def comb(self, name, x, y, groups, sep=None, w=None, h=None, label_under=None):
        """Comb boxes; y is the baseline of the row (boxes sit a little below)."""
        w = w or self.run.comb_w
        h = h or self.run.comb_h
        c = self.c
        self._stroke()
        boxes = []
        bx = x
        yb = y - 4
        for gi, n in enumerate(groups):
            c.setFillColor(white)
            c.rect(bx, yb, w * n, h, stroke=1, fill=1)
            for k in range(1, n):
                c.line(bx + k * w, yb, bx + k * w, yb + h * 0.45)
            for k in range(n):
                boxes.append((bx + k * w, yb, w, h))
            if label_under:
                self.text(
                    bx + w * n / 2,
                    yb - self.run.small - 1,
                    label_under[gi],
                    size=self.run.small - 0.6,
                    italic=True,
                    anchor="c",
                )
            bx += w * n
            if gi < len(groups) - 1:
                if sep:
                    self.text(bx + 2.5, y, sep, anchor="l")
                    bx += 9
                else:
                    bx += 5
        if name:
            self.a[name] = Anchor(
                self.page, "comb", x0=x, x1=bx, y=yb, h=h, boxes=boxes, groups=list(groups)
            )
        return bx

    def line_field(self, name, x0, x1, y, h=13):
        st = self.run.field_style
        c = self.c
        if st == "box":
            c.setFillColor(self.tint)
            self._stroke(self.run.lw * 0.8, Color(0.35, 0.35, 0.4))
            c.rect(x0, y - 4, x1 - x0, h + 2, stroke=1, fill=1)
        elif st == "dotted":
            self._stroke(0.6)
            c.setDash(0.6, 1.9)
            c.line(x0, y - 2.5, x1, y - 2.5)
            c.setDash()
        else:
            self._stroke(self.run.lw * 0.7, Color(0.3, 0.3, 0.3))
            c.line(x0, y - 2.5, x1, y - 2.5)
        if name:
            self.a[name] = Anchor(self.page, "line", x0=x0, x1=x1, y=y, h=h)

    def labelled(self, name, x, y, label, x1, sub=None, comb_names=False):
        """Label then writing space up to x1."""
        xe = self.text(x, y, label)
        if sub:
            xe = self.text(xe + 3, y, sub, size=self.run.small, italic=True)
        xe += 5
        if comb_names:
            n = int((x1 - xe) // self.run.comb_w)
            self.comb(name, x1 - n * self.run.comb_w, y, [n])
        else:
            self.line_field(name, xe, x1, y)
        return xe

    def section(self, letter, title, y, extra=None):
        st, c = self.run.header_style, self.c
        hh = 15
        if st == "band":
            c.setFillColor(self.acc)
            c.rect(self.L, y - 4, self.R - self.L, hh, stroke=0, fill=1)
            x = self.text(
                self.L + 6, y, f"{letter}" if letter else "", size=10.5, bold=True, color=white
            )
            x = self.text(x + (8 if letter else 0), y, title, size=10.5, bold=True, color=white)
            if extra:
                self.text(x + 8, y, extra, size=self.run.small + 0.5, italic=True, color=white)
        elif st == "tab":
            if letter:
                c.setFillColor(self.acc)
                c.circle(self.L + 8, y + 3.5, 8, stroke=0, fill=1)
                self.text(self.L + 8, y, letter, size=10.5, bold=True, color=white, anchor="c")
            x = self.text(
                self.L + (22 if letter else 0), y, title, size=11, bold=True, color=self.acc
            )
            self._stroke(1.2, self.acc)
            c.line(x + 6, y + 3, self.R, y + 3)
            if extra:
                self.text(self.L + 22, y - 11, extra, size=self.run.small + 0.5, italic=True)
                y -= 9
        else:
            s = f"{letter} — {title}" if letter else title
            x = self.text(self.L, y, s, size=10.5, bold=True, color=self.acc)
            self._stroke(0.9, self.acc)
            c.line(self.L, y - 4, self.R, y - 4)
            if extra:
                self.text(x + 8, y, extra, size=self.run.small + 0.5, italic=True)
        return y - 24 * self.run.gap

    # -- header pieces
    def logo(self, x, ytop, scale=1.0):
        c = self.c
        s = 30 * scale
        c.setFillColor(self.acc)
        c.roundRect(x, ytop - s, s, s, 6 * scale, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(2.4 * scale)
        p = c.beginPath()
        p.moveTo(x + 5 * scale, ytop - s * 0.62)
        p.curveTo(
            x + s * 0.35,
            ytop - s * 0.25,
            x + s * 0.6,
            ytop - s * 0.95,
            x + s - 4 * scale,
            ytop - s * 0.45,
        )
        c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(white)
        c.circle(x + s * 0.7, ytop - s * 0.28, 3.2 * scale, stroke=0, fill=1)
        self.text(
            x + s + 5 * scale, ytop - 12 * scale, "l'Assurance", size=11 * scale, color=self.acc
        )
        self.text(
            x + s + 5 * scale,
            ytop - 25 * scale,
            "Maladie",
            size=12.5 * scale,
            bold=True,
            color=self.acc,
        )

    def marianne(self, x, ytop):
        c = self.c
        c.setFillColor(Color(0.0, 0.0, 0.57))
        c.rect(x, ytop - 9, 5, 9, stroke=0, fill=1)
        c.setFillColor(Color(0.88, 0.1, 0.2))
        c.rect(x + 10, ytop - 9, 5, 9, stroke=0, fill=1)
        c.setStrokeColor(black)
        c.setLineWidth(0.4)
        c.rect(x, ytop - 9, 15, 9, stroke=1, fill=0)
        self.text(x, ytop - 19, "RÉPUBLIQUE", size=6.6, bold=True)
        self.text(x, ytop - 26.5, "FRANÇAISE", size=6.6, bold=True)
        self.text(x, ytop - 34, "Liberté", size=5.4, italic=True)
        self.text(x, ytop - 40, "Égalité", size=5.4, italic=True)
        self.text(x, ytop - 46, "Fraternité", size=5.4, italic=True)

    def cerfa_box(self, xr, ytop):
        c = self.c
        w, h = 72, 36
        x = xr - w
        self._stroke(0.8)
        c.rect(x, ytop - h, w, h, stroke=1, fill=0)
        c.setFillColor(black)
        c.rect(x + 4, ytop - 17, 34, 13, stroke=0, fill=1)
        self.text(
            x + 21, ytop - 14, "cerfa", size=10.5, bold=True, italic=False, color=white, anchor="c"
        )
        self.text(x + 42, ytop - 10, "formulaire", size=5.2)
        self.text(x + 42, ytop - 16, "officiel", size=5.2)
        self.text(x + w / 2, ytop - h + 7, f"N° {CERFA}", size=9.5, bold=True, anchor="c")

    def footer(self, n):
        s = f"S1106 — cerfa n° {CERFA} — page {n}/2"
        y = 22 + self.run.dy
        self._stroke(0.4, Color(0.5, 0.5, 0.5))
        self.c.line(self.L, y + 9, self.R, y + 9)
        self.text(self.R, y, s, size=self.run.small + 0.3, anchor="r")
        self.text(self.L, y, "ameli.fr", size=self.run.small + 0.3, bold=True, color=self.acc)


# --------------------------------------------------------------------------- page 1
NOTICE = (
    "Vous travaillez en France, ou vous y résidez de manière stable (depuis plus de trois mois) "
    "et régulière, et vous ne bénéficiez pas encore de la prise en charge de vos frais de santé : "
    "remplissez ce formulaire en lettres capitales, datez-le, signez-le et adressez-le à la caisse "
    "primaire d'assurance maladie (CPAM) de votre lieu de résidence, accompagné des pièces "
    "justificatives listées en page 2. Ne joignez que des photocopies : n'envoyez pas vos "
    "documents originaux. Si vous avez déjà un numéro de sécurité sociale, indiquez-le."
)


def page1(c, run, anchors):
    p = Painter(c, run, 1, anchors)
    L, R, g = p.L, p.R, run.gap
    top = H - 28 + run.dy
    if run.marianne:
        p.marianne(L, top)
        p.logo(L + 62, top - 2)
    else:
        p.logo(L, top - 2)
    p.cerfa_box(R, top)
    y = top - (64 if run.marianne else 56)
    t1 = "Demande d'ouverture des droits"
    t2 = "à l'assurance maladie"
    if run.title_left:
        p.text(L, y, t1 + " " + t2, size=15, bold=True, color=p.acc)
        y -= 16
        p.text(L, y, "Protection universelle maladie (PUMa)", size=10.5, bold=True)
        y -= 11
        p.text(
            L,
            y,
            "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 et R. 111-3 du code de la "
            "sécurité sociale",
            size=run.small,
            italic=True,
        )
    else:
        cx = (L + R) / 2
        p.text(cx, y + 4, t1, size=15.5, bold=True, color=p.acc, anchor="c")
        y -= 14
        p.text(cx, y + 4, t2, size=15.5, bold=True, color=p.acc, anchor="c")
        y -= 13
        p.text(cx, y + 3, "Protection universelle maladie (PUMa)", size=10.5, bold=True, anchor="c")
        y -= 10
        p.text(
            cx,
            y + 2,
            "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 et R. 111-3 du code "
            "de la sécurité sociale",
            size=run.small,
            italic=True,
            anchor="c",
        )
    y -= 10
    # notice in a framed, tinted block
    lines = simpleSplit(NOTICE, p.f, run.small, R - L - 12)
    bh = len(lines) * run.small * 1.22 + 8
    c.setFillColor(p.tint)
    p._stroke(0.5, Color(0.55, 0.6, 0.7))
    c.rect(L, y - bh, R - L, bh, stroke=1, fill=1)
    p.para(NOTICE, L + 6, y - run.small - 2, R - L - 12)
    y -= bh + 20 * g

    # ---- section A
    y = p.section("A", "VOUS", y, extra="(à remplir en lettres capitales)")
    row = 23.5 * g
    nc = run.names_comb
    p.labelled("surname", L, y, "Nom de naissance", R, comb_names=nc)
    y -= row
    p.labelled(
        "usage_name", L, y, "Nom d'usage", R, sub="(facultatif, ex. nom d'épouse)", comb_names=nc
    )
    y -= row
    p.labelled(
        "given_names", L, y, "Prénom(s)", R, sub="(dans l'ordre de l'état civil)", comb_names=nc
    )
    y -= row + 3
    x = p.text(L, y, "Sexe :")
    x = p.text(x + 8, y, "F")
    x = p.checkbox("sex_F", x + 4, y - 1.5)
    x = p.text(x + 12, y, "M")
    x = p.checkbox("sex_M", x + 4, y - 1.5)
    x = p.text(x + 28, y, "Date de naissance")
    p.comb(
        "dob",
        x + 8,
        y,
        [2, 2, 4],
        sep=None if run.date_style == "comb" else "/",
        label_under=["jour", "mois", "année"],
    )
    y -= row + 8
    x = p.text(L, y, "Lieu de naissance :")
    x = p.text(x + 5, y, "commune", italic=True, size=run.small + 0.8)
    mid = L + (R - L) * 0.58
    p.line_field("birth_city", x + 5, mid - 8, y)
    x = p.text(mid, y, "pays", italic=True, size=run.small + 0.8)
    p.line_field("birth_country", x + 5, R, y)
    y -= row
    p.labelled("nationality", L, y, "Nationalité", L + (R - L) * 0.62)
    y -= row + 3
    x = p.text(L, y, "N° de sécurité sociale")
    x = p.text(x + 3, y, "(si vous en avez un)", size=run.small, italic=True)
    x = p.comb("nir", x + 8, y, [1, 2, 2, 2, 3, 3], w=run.comb_w * 0.92)
    p.text(x + 4, y, "clé", size=run.small, italic=True)
    p.comb("nir_key", x + 18, y, [2], w=run.comb_w * 0.92)
    y -= row + 2
    x = p.text(L, y, "N° d'allocataire CAF")
    x = p.text(x + 3, y, "(si vous en avez un)", size=run.small, italic=True)
    p.comb("caf", x + 8, y, [7], w=run.comb_w * 0.92)
    y -= row + 2
    p.labelled("street", L, y, "Adresse", R, sub="(n°, voie)")
    y -= row
    p.labelled("street2", L, y, "Complément d'adresse", R, sub="(bât., étage, chez...)")
    y -= row + 2
    x = p.text(L, y, "Code postal")
    x = p.comb("postcode", x + 8, y, [5])
    p.labelled("city", x + 14, y, "Commune", R)
    y -= row + 2
    x = p.text(L, y, "Téléphone")
    p.line_field("phone", x + 6, L + (R - L) * 0.40, y)
    x = p.text(L + (R - L) * 0.43, y, "E-mail")
    p.line_field("email", x + 6, R, y)
    y -= row + 12 * g

    # ---- section B
    y = p.section(
        "B",
        "VOTRE SITUATION",
        y,
        extra="(cochez la case qui correspond à votre situation actuelle)",
    )
    cb = run.cb
    ind = L + cb + 9
    sub = ind + 10
    brow = 19.5 * g

    def option(name, label, yy):
        p.checkbox(name, L + 3, yy - 1.5)
        return p.text(ind, yy, label, bold=True)

    option("sit_salarie", "Vous exercez une activité salariée en France", y)
    y -= brow
    p.labelled("profession", sub, y, "Profession :", L + (R - L) * 0.55)
    x = p.text(L + (R - L) * 0.57, y, "Contrat :")
    for nm, lab in (
        ("ct_CDI", "CDI"),
        ("ct_CDD", "CDD"),
        ("ct_interim", "intérim"),
        ("ct_autre", "autre"),
    ):
        x = p.checkbox(nm, x + 6, y - 1.5)
        x = p.text(x + 3, y, lab)
    y -= brow
    p.labelled("employer", sub, y, "Nom et adresse de l'employeur :", R)
    y -= brow + 3
    option("sit_independant", "Vous exercez une activité non salariée en France", y)
    p.text(
        L + (R - L) * 0.60, y, "(indépendant, micro-entrepreneur...)", size=run.small, italic=True
    )
    y -= brow
    p.labelled("activity", sub, y, "Activité :", L + (R - L) * 0.58)
    p.labelled("siret", L + (R - L) * 0.60, y, "N° SIRET :", R)
    y -= brow + 3
    x = option("sit_demandeur", "Vous êtes demandeur d'emploi", y)
    p.labelled("ft_id", x + 10, y, "identifiant France Travail :", R)
    y -= brow + 3
    x = option("sit_etudiant", "Vous êtes étudiant(e)", y)
    p.labelled("school", x + 10, y, "établissement :", R)
    y -= brow + 3
    option("sit_inactif", "Vous n'exercez pas d'activité professionnelle", y)
    y -= run.small + 4
    p.text(
        ind,
        y,
        "et vous résidez en France de manière stable et régulière depuis plus de trois mois",
        size=run.body - 0.4,
    )
    y -= brow + 1
    x = option("sit_autre", "Autre situation", y)
    p.labelled("other_text", x + 10, y, "précisez :", R)
    p.footer(1)
    p.text(
        R, 36 + run.dy, "Tournez la page s.v.p. >", size=run.small + 0.6, italic=True, anchor="r"
    )


# --------------------------------------------------------------------------- page 2
ENGAGE = [
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
    "Je m'engage à signaler sans délai à ma caisse d'assurance maladie tout changement de ma "
    "situation (adresse, activité professionnelle, état civil, résidence en France).",
    "Je suis informé(e) que ma caisse peut vérifier ces informations auprès des administrations "
    "et organismes concernés, et que le droit à la prise en charge des frais de santé est "
    "subordonné à une résidence stable et régulière en France.",
]
FRAUD = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
    "(articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal ; article L. 114-13 du "
    "code de la sécurité sociale)."
)
PIECES = [
    (
        "Une pièce d'identité en cours de validité :",
        "passeport ou, pour les ressortissants de l'Union européenne, de l'EEE ou de la Suisse, "
        "carte nationale d'identité.",
    ),
    (
        "Si vous n'êtes pas ressortissant de l'UE, de l'EEE ou de la Suisse :",
        "titre de séjour en cours de validité, visa long séjour valant titre de séjour (VLS-TS) ou "
        "récépissé de demande de titre de séjour.",
    ),
    (
        "Votre acte de naissance :",
        "copie intégrale ou extrait avec filiation ; s'il a été établi à l'étranger, il doit porter "
        "l'apostille ou être légalisé, sauf dispense. Une traduction par un traducteur assermenté "
        "peut vous être demandée.",
    ),
    (
        "Un justificatif de résidence en France depuis plus de trois mois :",
        "bail de location ; ou trois factures successives (électricité, gaz, eau, téléphone fixe ou "
        "mobile, internet) à votre nom ; ou attestation d'hébergement signée par votre hébergeant, "
        "avec la copie de sa pièce d'identité et de son justificatif de domicile.",
    ),
    ("Un relevé d'identité bancaire (RIB)", "à votre nom (compte personnel ou joint)."),
    (
        "Si vous travaillez :",
        "votre contrat de travail ou votre dernier bulletin de salaire ; si vous êtes travailleur "
        "indépendant, un justificatif d'immatriculation (avis de situation SIRENE, extrait Kbis).",
    ),
]
CNIL = (
    "Les informations recueillies sont nécessaires à l'examen de votre demande et font l'objet "
    "d'un traitement par l'Assurance Maladie, conformément au règlement (UE) 2016/679 et à la "
    "loi n° 78-17 du 6 janvier 1978 modifiée. Vous pouvez exercer vos droits d'accès, de "
    "rectification et de limitation auprès du délégué à la protection des données de votre "
    "caisse."
)


def page2(c, run, anchors):
    p = Painter(c, run, 2, anchors)
    L, R, g = p.L, p.R, run.gap
    top = H - 28 + run.dy
    p.logo(L, top, scale=0.75)
    p.text(
        R,
        top - 10,
        "Demande d'ouverture des droits à l'assurance maladie",
        size=9,
        bold=True,
        color=p.acc,
        anchor="r",
    )
    p.text(R, top - 20, f"cerfa n° {CERFA} — suite", size=run.small + 0.5, italic=True, anchor="r")
    y = top - 52
    y = p.section("C", "VOS ENGAGEMENTS ET SIGNATURE", y)
    for s in ENGAGE:
        y = p.para(s, L + 4, y, R - L - 8, size=run.body, leading=run.body * 1.3)
        y -= 3
    y -= 18 * g
    x = p.text(L + 4, y, "Fait à", bold=True)
    xm = L + (R - L) * 0.48
    p.line_field("place", x + 6, xm, y)
    x = p.text(xm + 10, y, "le", bold=True)
    if run.date_style == "comb":
        p.comb("date", x + 8, y, [2, 2, 4], sep="/")
    else:
        p.line_field("date", x + 6, R - 10, y)
    y -= 22 * g
    sw = (R - L) * rng_free_width(run)
    sx = R - sw - 6
    sh = run.sig_h
    if not run.sig_label_inside:
        p.text(sx, y, "Signature du demandeur", bold=True)
        y -= 5
    p._stroke(max(run.lw, 0.7))
    c.setFillColor(white)
    c.rect(sx, y - sh, sw, sh, stroke=1, fill=1)
    if run.sig_label_inside:
        p.text(sx + 5, y - 11, "Signature", size=run.body, italic=True, color=Color(0.3, 0.3, 0.3))
    anchors["sig"] = Anchor(2, "rect", x0=sx, x1=sx + sw, y=y - sh, h=sh)
    p.para(FRAUD, L + 4, y - 8, sx - L - 20, size=run.small, italic=True)
    y -= sh + 22 * g

    y = p.section("", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", y)
    y = p.para(
        "Joignez des photocopies lisibles de chacune des pièces ci-dessous. Un dossier "
        "incomplet ne peut pas être traité et vous sera retourné.",
        L + 4,
        y + 4,
        R - L - 8,
        size=run.small + 0.3,
        italic=True,
    )
    y -= 5
    for i, (head, rest) in enumerate(PIECES, 1):
        if run.pj_boxes:
            p.checkbox(f"pj_{i}", L + 4, y - 1.5)
            tx = L + 4 + run.cb + 6
        else:
            p.c.setFillColor(p.acc)
            p.c.circle(L + 8, y + 2.4, 1.7, stroke=0, fill=1)
            tx = L + 16
        xe = p.text(tx, y, head, size=run.body - 0.3, bold=True)
        rest_lines = simpleSplit(rest, p.f, run.body - 0.5, R - xe - 4)
        first = rest_lines[0] if rest_lines else ""
        p.text(xe + 3, y, first, size=run.body - 0.5)
        remaining = rest[len(first) :].strip()
        y -= (run.body - 0.5) * 1.25
        if remaining:
            y = p.para(
                remaining, tx, y, R - tx - 4, size=run.body - 0.5, leading=(run.body - 0.5) * 1.25
            )
        y -= 5 * g
    y -= 14 * g

    # reserved frame
    fh = 62
    p._stroke(0.7, Color(0.45, 0.45, 0.45))
    c.setDash(3, 2)
    c.setFillColor(Color(0.95, 0.95, 0.95))
    c.rect(L, y - fh, R - L, fh, stroke=1, fill=1)
    c.setDash()
    yy = y - 12
    p.text(L + 6, yy, "CADRE RÉSERVÉ À L'ORGANISME", size=run.small + 0.8, bold=True)
    yy -= 17
    x = p.text(L + 6, yy, "Date de réception", size=run.small + 0.8)
    p.comb(None, x + 6, yy, [2, 2, 4], sep="/", w=11, h=13)
    x = p.text(L + (R - L) * 0.52, yy, "Pièces vérifiées :", size=run.small + 0.8)
    x = p.checkbox(None, x + 6, yy - 1.5)
    x = p.text(x + 3, yy, "oui", size=run.small + 0.8)
    x = p.checkbox(None, x + 8, yy - 1.5)
    p.text(x + 3, yy, "non", size=run.small + 0.8)
    yy -= 19
    x = p.text(L + 6, yy, "Matricule de l'agent", size=run.small + 0.8)
    p.line_field(None, x + 6, L + (R - L) * 0.45, yy)
    x = p.text(L + (R - L) * 0.52, yy, "Observations", size=run.small + 0.8)
    p.line_field(None, x + 6, R - 8, yy)
    y -= fh + 16
    y = p.para(CNIL, L, y, R - L, size=run.small - 0.3)
    y -= 14
    c.setFillColor(p.tint)
    c.roundRect(L, y - 30, R - L, 36, 4, stroke=0, fill=1)
    p.text(
        L + 8,
        y - 6,
        "Besoin d'aide pour remplir ce formulaire ?",
        size=run.body,
        bold=True,
        color=p.acc,
    )
    p.text(
        L + 8,
        y - 19,
        "ameli.fr, rubrique « Droits et démarches »  —  par téléphone au "
        "36 46 (service gratuit + prix d'un appel)  —  dans votre accueil CPAM",
        size=run.body - 0.6,
    )
    p.footer(2)


def rng_free_width(run):
    # signature box width as a fraction of the text width; derived from run values so the
    # layout stays a pure function of the print run
    return 0.40 + (run.comb_w - 12.5) * 0.03


# --------------------------------------------------------------------------- filling
@dataclass
class Fill:
    """Values typed on screen. `values`: anchor name -> str (line / comb) or True (box).
    `mode`: blank | typed | acro. `scheme`: AcroForm naming scheme."""

    mode: str = "blank"
    values: dict = field(default_factory=dict)
    font: str = "Arimo"
    size: float = 10.0
    scheme: str = "snake"
    sig_image: object = None  # PIL RGBA image pasted into the signature box
    sig_box: tuple = (0.1, 0.1, 0.8, 0.8)  # placement inside the box (fractions)


SCHEMES = {
    "snake": {
        "surname": "nom_naissance",
        "usage_name": "nom_usage",
        "given_names": "prenoms",
        "sex_F": "sexe_f",
        "sex_M": "sexe_m",
        "dob": "date_naissance",
        "birth_city": "lieu_naissance_commune",
        "birth_country": "lieu_naissance_pays",
        "nationality": "nationalite",
        "nir": "nir",
        "nir_key": "nir_cle",
        "street": "adresse",
        "street2": "adresse_complement",
        "postcode": "code_postal",
        "city": "commune",
        "phone": "telephone",
        "email": "courriel",
        "caf": "numero_allocataire",
        "sit_salarie": "situation_salarie",
        "profession": "profession",
        "ct_CDI": "contrat_cdi",
        "ct_CDD": "contrat_cdd",
        "ct_interim": "contrat_interim",
        "ct_autre": "contrat_autre",
        "employer": "employeur",
        "sit_independant": "situation_non_salarie",
        "activity": "activite",
        "siret": "siret",
        "sit_demandeur": "situation_demandeur_emploi",
        "ft_id": "identifiant_france_travail",
        "sit_etudiant": "situation_etudiant",
        "school": "etablissement",
        "sit_inactif": "situation_sans_activite",
        "sit_autre": "situation_autre",
        "other_text": "autre_precisez",
        "place": "fait_a",
        "date": "date_signature",
    },
    "camel": {
        "surname": "NomNaissance",
        "usage_name": "NomUsage",
        "given_names": "Prenoms",
        "sex_F": "SexeF",
        "sex_M": "SexeM",
        "dob": "DateNaiss",
        "birth_city": "LieuNaissance",
        "birth_country": "PaysNaissance",
        "nationality": "Nationalite",
        "nir": "NumSecu",
        "nir_key": "CleSecu",
        "street": "Adresse1",
        "street2": "Adresse2",
        "postcode": "CodePostal",
        "city": "Ville",
        "phone": "Tel",
        "email": "Email",
        "caf": "NumAllocataire",
        "sit_salarie": "CaseSalarie",
        "profession": "Profession",
        "ct_CDI": "CaseCDI",
        "ct_CDD": "CaseCDD",
        "ct_interim": "CaseInterim",
        "ct_autre": "CaseAutreContrat",
        "employer": "Employeur",
        "sit_independant": "CaseNonSalarie",
        "activity": "Activite",
        "siret": "Siret",
        "sit_demandeur": "CaseDemandeurEmploi",
        "ft_id": "IdFranceTravail",
        "sit_etudiant": "CaseEtudiant",
        "school": "Etablissement",
        "sit_inactif": "CaseSansActivite",
        "sit_autre": "CaseAutre",
        "other_text": "AutrePrecisez",
        "place": "FaitA",
        "date": "Le",
    },
    # Acrobat auto-naming: names say nothing; a tool must go by position
    "acrobat": None,
}

_ORDER = [
    "surname",
    "usage_name",
    "given_names",
    "sex_F",
    "sex_M",
    "dob",
    "birth_city",
    "birth_country",
    "nationality",
    "nir",
    "nir_key",
    "street",
    "street2",
    "postcode",
    "city",
    "phone",
    "email",
    "caf",
    "sit_salarie",
    "profession",
    "ct_CDI",
    "ct_CDD",
    "ct_interim",
    "ct_autre",
    "employer",
    "sit_independant",
    "activity",
    "siret",
    "sit_demandeur",
    "ft_id",
    "sit_etudiant",
    "school",
    "sit_inactif",
    "sit_autre",
    "other_text",
    "place",
    "date",
]


def field_name(scheme, key):
    if SCHEMES[scheme] is not None:
        return SCHEMES[scheme][key]
    idx = _ORDER.index(key) + 1
    boxes = {
        "sex_F",
        "sex_M",
        "sit_salarie",
        "ct_CDI",
        "ct_CDD",
        "ct_interim",
        "ct_autre",
        "sit_independant",
        "sit_demandeur",
        "sit_etudiant",
        "sit_inactif",
        "sit_autre",
    }
    return f"Case a cocher{idx}" if key in boxes else f"Champ de texte{idx}"


def _typed(c, anchors, page, fill):
    font = register_type_font(fill.font)
    c.setFillColor(Color(0.05, 0.05, 0.08))
    for key, val in fill.values.items():
        a = anchors.get(key)
        if a is None or a.page != page or val in (None, "", False):
            continue
        if a.kind == "box":
            c.setFont(font, a.h * 1.05)
            c.drawCentredString((a.x0 + a.x1) / 2, a.y + a.h * 0.14, "X")
        elif a.kind == "comb":
            size = min(fill.size + 0.5, a.h * 0.72)
            c.setFont(font, size)
            for ch, (bx, by, bw, bh) in zip(val, a.boxes):
                if ch != " ":
                    c.drawCentredString(bx + bw / 2, by + bh * 0.25, ch)
        elif a.kind == "line":
            size = fill.size
            while c.stringWidth(val, font, size) > (a.x1 - a.x0 - 6) and size > 6:
                size -= 0.25
            c.setFont(font, size)
            c.drawString(a.x0 + 3, a.y + 0.5, val)


def _acro(c, anchors, page, fill):
    form = c.acroForm
    font = "Helvetica"
    for key in _ORDER:
        a = anchors.get(key)
        if a is None or a.page != page:
            continue
        val = fill.values.get(key)
        name = field_name(fill.scheme, key)
        if a.kind == "box":
            form.checkbox(
                name=name,
                checked=bool(val),
                x=a.x0 + 0.5,
                y=a.y + 0.5,
                size=a.h - 1,
                buttonStyle="cross",
                borderWidth=0,
                borderColor=None,
                fillColor=None,
                textColor=Color(0, 0, 0),
                forceBorder=False,
                tooltip=name,
            )
        elif a.kind == "comb":
            if key == "dob" and fill.scheme == "snake":
                # one plain field over the whole comb, value with slashes
                form.textfield(
                    name=name,
                    value=val or "",
                    x=a.x0,
                    y=a.y,
                    width=a.x1 - a.x0,
                    height=a.h,
                    borderWidth=0,
                    fillColor=None,
                    fontName=font,
                    fontSize=fill.size,
                    textColor=Color(0, 0, 0),
                    tooltip=name,
                )
                continue
            start = 0
            idx = 0
            for gi, n in enumerate(a.groups):
                b0 = a.boxes[idx]
                b1 = a.boxes[idx + n - 1]
                part = (val or "").replace("/", "").replace(" ", "")[start : start + n]
                gname = (
                    name
                    if len(a.groups) == 1
                    else f"{name}_{['JJ', 'MM', 'AAAA', '4', '5', '6'][gi] if key in ('dob', 'date') else gi + 1}"
                )
                form.textfield(
                    name=gname,
                    value=part,
                    x=b0[0],
                    y=b0[1],
                    width=b1[0] + b1[2] - b0[0],
                    height=b0[3],
                    borderWidth=0,
                    fillColor=None,
                    fontName=font,
                    fontSize=min(fill.size + 1, 11),
                    textColor=Color(0, 0, 0),
                    maxlen=n,
                    fieldFlags="comb",
                    tooltip=gname,
                )
                start += n
                idx += n
        elif a.kind == "line":
            form.textfield(
                name=name,
                value=val or "",
                x=a.x0 + 1,
                y=a.y - 3,
                width=a.x1 - a.x0 - 2,
                height=min(a.h + 1, 15),
                borderWidth=0,
                fillColor=None,
                fontName=font,
                fontSize=fill.size,
                textColor=Color(0, 0, 0),
                tooltip=name,
            )


def _paste_signature(c, anchors, fill):
    a = anchors["sig"]
    fx, fy, fw, fh = fill.sig_box
    w = (a.x1 - a.x0) * fw
    h = a.h * fh
    img = fill.sig_image
    ratio = img.width / img.height
    if w / h > ratio:
        w = h * ratio
    else:
        h = w / ratio
    c.drawImage(ImageReader(img), a.x0 + (a.x1 - a.x0) * fx, a.y + a.h * fy, w, h, mask="auto")


def build_pdf(run, fill=None, title=None):
    fill = fill or Fill()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle(title or "Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    anchors = {}
    for page, draw in ((1, page1), (2, page2)):
        draw(c, run, anchors)
        if fill.mode == "typed":
            _typed(c, anchors, page, fill)
        elif fill.mode == "acro":
            _acro(c, anchors, page, fill)
        if page == 2 and fill.sig_image is not None:
            _paste_signature(c, anchors, fill)
        c.showPage()
    c.save()
    return buf.getvalue(), anchors
