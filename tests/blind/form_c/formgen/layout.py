"""Our own drawing of the cerfa 15763*02 (ameli S1106), two A4 pages, with reportlab.

The layout is parametrised by a "print run" style (fonts, line weights, box sizes,
spacing, field style, where the word "Signature" sits...) so that variants differ the
way real printouts of different editions and photocopies differ.

All geometry is kept in points with the origin at the TOP-left corner (y grows
downwards); `Slot` objects record where a value goes so that the fillers (typed,
AcroForm, handwriting on the raster) can write into the right place.
"""

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit

from . import fonts

PAGE_W, PAGE_H = A4  # 595.27 x 841.89 pt

Rect = tuple[float, float, float, float]  # x, y(top), w, h in pt, top-left origin


@dataclass
class Slot:
    name: str
    page: int  # 1 or 2
    kind: str  # text | comb | check | date | sig
    rect: Rect
    cells: list[Rect] = field(default_factory=list)  # comb cells / date parts
    style: str = ""  # for text: box | line ; for date: blank | slashes | comb
    groups: list[int] = field(default_factory=list)  # comb cells per printed group


@dataclass
class Style:
    family: str = "liberation"
    fs: float = 8.2  # base font size
    lw: float = 0.7  # line weight
    accent: tuple[float, float, float] = (0.06, 0.27, 0.60)
    band: str = "filled"  # filled | rule | grey
    field: str = "box"  # box | line | comb
    cb: float = 9.0  # check box size
    margin: float = 40.0
    vs: float = 1.0  # vertical spacing factor
    sig_label: str = "above"  # above | inside | watermark
    date_style: str = "blank"  # blank | slashes | comb
    sig_w: float = 210.0
    sig_h: float = 78.0
    sig_pos: str = "right"  # right | left
    logo: int = 0
    marianne: bool = False
    field_fill: float = 0.93  # grey level of box fields (1 = white)
    dx: float = 0.0  # printer misregistration
    dy: float = 0.0
    edition: str = "S1106-V06/2025"


class Sheet:
    """Thin wrapper on a reportlab canvas using top-left coordinates."""

    def __init__(self, c, st: Style):
        self.c = c
        self.st = st
        self.R, self.B, self.I = fonts.rl_family(st.family)
        self.slots: list[Slot] = []
        self.page = 1

    # -- primitives ---------------------------------------------------------
    def Y(self, y):
        return PAGE_H - y

    def text(self, x, y, s, size=None, font=None, color=(0, 0, 0), anchor="l"):
        c = self.c
        c.setFillColorRGB(*color)
        size = size or self.st.fs
        font = font or self.R
        c.setFont(font, size)
        if anchor == "l":
            c.drawString(x, self.Y(y), s)
        elif anchor == "c":
            c.drawCentredString(x, self.Y(y), s)
        else:
            c.drawRightString(x, self.Y(y), s)
        return c.stringWidth(s, font, size)

    def width(self, s, size=None, font=None):
        return self.c.stringWidth(s, font or self.R, size or self.st.fs)

    def para(self, x, y, w, s, size=None, font=None, leading=None, color=(0, 0, 0)):
        size = size or self.st.fs
        font = font or self.R
        leading = leading or size * 1.22
        lines = simpleSplit(s, font, size, w)
        for i, ln in enumerate(lines):
            self.text(x, y + i * leading, ln, size, font, color)
        return y + len(lines) * leading

    def rect(self, x, y, w, h, lw=None, stroke=(0, 0, 0), fill=None, radius=0):
        c = self.c
        c.setLineWidth(lw if lw is not None else self.st.lw)
        c.setStrokeColorRGB(*stroke)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if radius:
            c.roundRect(
                x,
                self.Y(y + h),
                w,
                h,
                radius,
                stroke=1 if lw != 0 else 0,
                fill=1 if fill is not None else 0,
            )
        else:
            c.rect(
                x,
                self.Y(y + h),
                w,
                h,
                stroke=1 if lw != 0 else 0,
                fill=1 if fill is not None else 0,
            )

    def line(self, x1, y1, x2, y2, lw=None, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw if lw is not None else self.st.lw)
        c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x1, self.Y(y1), x2, self.Y(y2))
        if dash:
            c.setDash()

    # -- form elements ------------------------------------------------------
    def band(self, x, y, w, letter, title):
        st = self.st
        h = 15 * st.vs
        if st.band == "filled":
            self.rect(x, y, w, h, lw=0, fill=st.accent)
            self.rect(x + 3, y + 2, h - 4, h - 4, lw=0, fill=(1, 1, 1))
            self.text(x + 3 + (h - 4) / 2, y + h - 4.2, letter, st.fs + 2, self.B, st.accent, "c")
            self.text(x + h + 6, y + h - 4.2, title, st.fs + 2.2, self.B, (1, 1, 1))
        elif st.band == "grey":
            self.rect(x, y, w, h, lw=st.lw, fill=(0.82, 0.82, 0.82))
            self.text(x + 5, y + h - 4.2, "%s  -  %s" % (letter, title), st.fs + 2, self.B)
        else:  # rule
            self.text(x, y + h - 4, letter, st.fs + 5, self.B, st.accent)
            self.text(x + 16, y + h - 4, title, st.fs + 2.4, self.B, st.accent)
            self.line(x, y + h + 1, x + w, y + h + 1, lw=st.lw * 1.6, color=st.accent)
        return y + h + 7 * st.vs

    def checkbox(self, name, x, y):
        """Check box whose top-left corner is (x, y); returns its right edge."""
        s = self.st.cb
        self.rect(x, y, s, s, lw=self.st.lw, fill=(1, 1, 1))
        self.slots.append(Slot(name, self.page, "check", (x, y, s, s)))
        return x + s

    def field(self, name, x, y, w, h=None, style=None):
        """A free text field: a grey box, a dotted line or a comb, depending on style."""
        st = self.st
        h = h or 14 * st.vs
        style = style or st.field
        if style == "comb":
            cw = 11.0 + (st.cb - 9) * 0.4
            n = max(1, int(w // cw))
            cells = []
            self.rect(x, y, n * cw, h, lw=st.lw, fill=(1, 1, 1))
            for i in range(n):
                cx = x + i * cw
                if i:
                    self.line(cx, y + h * 0.45, cx, y + h, lw=st.lw * 0.8)
                cells.append((cx, y, cw, h))
            self.slots.append(Slot(name, self.page, "comb", (x, y, n * cw, h), cells, "comb"))
        elif style == "line":
            self.line(
                x,
                y + h - 1,
                x + w,
                y + h - 1,
                lw=st.lw * 0.8,
                color=(0.25, 0.25, 0.25),
                dash=(1, 1.6),
            )
            self.slots.append(Slot(name, self.page, "text", (x, y, w, h), style="line"))
        else:
            self.rect(
                x, y, w, h, lw=st.lw * 0.6, stroke=(0.45, 0.45, 0.45), fill=(st.field_fill,) * 3
            )
            self.slots.append(Slot(name, self.page, "text", (x, y, w, h), style="box"))
        return y + h

    def comb(self, name, x, y, groups, sep="", cw=None, h=None):
        """Digit comb boxes in groups (e.g. [2, 2, 4] for JJ MM AAAA)."""
        st = self.st
        cw = cw or (10.5 + (st.cb - 9) * 0.5)
        h = h or 14 * st.vs
        cells = []
        cx = x
        for gi, g in enumerate(groups):
            if gi and sep:
                self.text(cx + 1.5, y + h - 3.5, sep, st.fs + 2)
                cx += 7
            elif gi:
                cx += 4
            self.rect(cx, y, g * cw, h, lw=st.lw, fill=(1, 1, 1))
            for i in range(g):
                if i:
                    self.line(cx + i * cw, y + h * 0.5, cx + i * cw, y + h, lw=st.lw * 0.8)
                cells.append((cx + i * cw, y, cw, h))
            cx += g * cw
        self.slots.append(
            Slot(name, self.page, "comb", (x, y, cx - x, h), cells, "comb", list(groups))
        )
        return cx


# ---------------------------------------------------------------------------
def _logo(sh: Sheet, x, y, scale=1.0):
    """A simple drawn 'l'Assurance Maladie' mark (our own shapes, not the real logo)."""
    st = sh.st
    c = sh.c
    a = st.accent
    s = scale
    if st.logo == 0:
        # rounded square with a white figure (head + arms as an arc)
        sh.rect(x, y, 30 * s, 30 * s, lw=0, fill=a, radius=5 * s)
        c.setFillColorRGB(1, 1, 1)
        c.circle(x + 15 * s, sh.Y(y + 9.5 * s), 3.6 * s, stroke=0, fill=1)
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(3.2 * s)
        p = c.beginPath()
        p.moveTo(x + 6 * s, sh.Y(y + 16 * s))
        p.curveTo(
            x + 10 * s, sh.Y(y + 26 * s), x + 20 * s, sh.Y(y + 26 * s), x + 24 * s, sh.Y(y + 16 * s)
        )
        c.drawPath(p, stroke=1, fill=0)
        tx = x + 35 * s
        sh.text(tx, y + 12 * s, "l'Assurance", 9.5 * s, sh.R, a)
        sh.text(tx, y + 25 * s, "Maladie", 13 * s, sh.B, a)
    else:
        # two interlaced arcs and the name on one line
        c.setLineWidth(2.6 * s)
        c.setStrokeColorRGB(*a)
        c.circle(x + 11 * s, sh.Y(y + 14 * s), 9 * s, stroke=1, fill=0)
        c.setStrokeColorRGB(0.85, 0.15, 0.25)
        c.circle(x + 19 * s, sh.Y(y + 14 * s), 9 * s, stroke=1, fill=0)
        sh.text(x + 33 * s, y + 12 * s, "l'Assurance", 8.5 * s, sh.B, a)
        sh.text(x + 33 * s, y + 23 * s, "Maladie", 8.5 * s, sh.B, a)
        sh.text(
            x + 33 * s,
            y + 30.5 * s,
            "Agir ensemble, protéger chacun",
            4.6 * s,
            sh.I,
            (0.3, 0.3, 0.3),
        )


def _cerfa_box(sh: Sheet, x, y):
    st = sh.st
    w, h = 78, 42
    sh.rect(x, y, w, h, lw=st.lw * 1.2)
    sh.text(
        x + w / 2, y + 19, "cerfa", 19, sh.B if st.family != "carlito" else sh.I, (0, 0, 0), "c"
    )
    sh.line(x + 6, y + 23, x + w - 6, y + 23, lw=0.4)
    sh.text(x + w / 2, y + 35, "N° 15763*02", st.fs + 1.2, sh.B, (0, 0, 0), "c")


def _footer(sh: Sheet, n):
    st = sh.st
    y = PAGE_H - 22
    sh.line(st.margin, y - 9, PAGE_W - st.margin, y - 9, lw=0.4, color=(0.4, 0.4, 0.4))
    sh.text(st.margin, y, st.edition, st.fs - 1.8, sh.R, (0.3, 0.3, 0.3))
    sh.text(
        PAGE_W / 2,
        y,
        "S1106 — cerfa n° 15763*02 — page %d/2" % n,
        st.fs - 0.6,
        sh.R,
        (0.15, 0.15, 0.15),
        "c",
    )
    if n == 1:
        sh.text(
            PAGE_W - st.margin,
            y,
            "Tournez la page SVP  >>",
            st.fs - 1.2,
            sh.I,
            (0.2, 0.2, 0.2),
            "r",
        )


def draw_page1(sh: Sheet):
    st = sh.st
    sh.page = 1
    M = st.margin
    W = PAGE_W - 2 * M
    vs = st.vs
    y = 26 + st.dy
    if st.marianne:
        sh.text(M, y + 6, "RÉPUBLIQUE", 6.2, sh.B)
        sh.text(M, y + 13, "FRANÇAISE", 6.2, sh.B)
        sh.text(M, y + 20, "Liberté", 4.8, sh.I)
        sh.text(M, y + 25, "Égalité", 4.8, sh.I)
        sh.text(M, y + 30, "Fraternité", 4.8, sh.I)
        _logo(sh, M + 48, y, 0.95)
    else:
        _logo(sh, M, y, 1.0)
    _cerfa_box(sh, PAGE_W - M - 78, y - 2)
    cx = PAGE_W / 2 + (18 if st.marianne else 6)
    sh.text(cx, y + 13, "Demande d'ouverture des droits", st.fs + 6.5, sh.B, st.accent, "c")
    sh.text(cx, y + 28, "à l'assurance maladie", st.fs + 6.5, sh.B, st.accent, "c")
    sh.text(cx, y + 41, "Protection universelle maladie (PUMa)", st.fs + 2, sh.R, (0, 0, 0), "c")
    y += 52
    sh.text(
        PAGE_W / 2,
        y,
        "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2, R. 111-3 et "
        "D. 160-2 du code de la sécurité sociale",
        st.fs - 1.6,
        sh.I,
        (0.15, 0.15, 0.15),
        "c",
    )
    y += 8 * vs
    # notice in small print, in a tinted frame
    notice = (
        "Vous travaillez ou vous résidez en France de manière stable et régulière depuis plus de "
        "trois mois : vous pouvez bénéficier de la prise en charge de vos frais de santé. "
        "Remplissez ce formulaire en lettres capitales, à l'encre noire, cochez les cases "
        "correspondant à votre situation, datez et signez en page 2, puis adressez-le avec les "
        "pièces justificatives demandées à la caisse d'assurance maladie de votre lieu de résidence. "
        "Ne joignez que des photocopies."
    )
    fsn = st.fs - 1.3
    lines = simpleSplit(notice, sh.R, fsn, W - 14)
    hbox = len(lines) * fsn * 1.22 + 7
    sh.rect(
        M,
        y,
        W,
        hbox,
        lw=st.lw * 0.6,
        stroke=st.accent,
        fill=(0.94, 0.96, 1.0) if st.band != "grey" else (0.95, 0.95, 0.95),
    )
    sh.para(M + 7, y + fsn + 2.5, W - 14, notice, fsn, sh.R)
    y += hbox + 9 * vs

    # ---------------- section A ----------------
    y = sh.band(M, y, W, "A", "VOUS")
    lab_w = 118 + (st.fs - 8.2) * 8
    fx = M + lab_w
    fw = W - lab_w
    row = 23.5 * vs
    fh = 14 * vs

    def label(yy, s, hint=None):
        sh.text(M + 2, yy + fh - 4, s, st.fs, sh.B)
        if hint:
            sh.text(M + 2, yy + fh + 3.6, hint, st.fs - 2.2, sh.I, (0.3, 0.3, 0.3))

    label(y, "Nom de naissance")
    sh.field("nom_naissance", fx, y, fw)
    y += row
    label(y, "Nom d'usage (facultatif)", "(par exemple nom d'époux ou d'épouse)")
    sh.field("nom_usage", fx, y, fw)
    y += row + 2 * vs
    label(y, "Prénom(s)", "(dans l'ordre de l'état civil)")
    sh.field("prenoms", fx, y, fw)
    y += row + 3 * vs
    # sexe + date of birth on one row
    label(y, "Sexe")
    bx = fx
    sh.text(bx, y + fh - 4, "F", st.fs, sh.R)
    sh.checkbox("sexe_F", bx + 8, y + (fh - st.cb) / 2)
    sh.text(bx + 28, y + fh - 4, "M", st.fs, sh.R)
    sh.checkbox("sexe_M", bx + 38, y + (fh - st.cb) / 2)
    dx0 = fx + 80
    sh.text(dx0, y + fh - 4, "Date de naissance", st.fs, sh.B)
    cx0 = dx0 + sh.width("Date de naissance", st.fs, sh.B) + 8
    end = sh.comb("dob", cx0, y, [2, 2, 4], sep="/" if st.date_style == "slashes" else "")
    # little JJ MM AAAA captions under the comb
    cw = end - cx0
    sh.text(end + 4, y + fh - 4, "(JJ MM AAAA)", st.fs - 2, sh.I, (0.3, 0.3, 0.3))
    y += row + 1 * vs
    label(y, "Lieu de naissance")
    sh.text(fx, y + fh - 4, "Commune", st.fs - 0.5, sh.R)
    cwid = (fw - 100) * 0.55
    sh.field("lieu_commune", fx + 40, y, cwid, style="box" if st.field == "comb" else None)
    px = fx + 40 + cwid + 8
    sh.text(px, y + fh - 4, "Pays", st.fs - 0.5, sh.R)
    sh.field(
        "lieu_pays", px + 24, y, fx + fw - px - 24, style="box" if st.field == "comb" else None
    )
    y += row
    label(y, "Nationalité")
    sh.field("nationalite", fx, y, fw * 0.5, style="box" if st.field == "comb" else None)
    y += row
    label(y, "N° de sécurité sociale", "(si vous en avez un)")
    e = sh.comb("nir", fx, y, [1, 2, 2, 2, 3, 3], cw=9.6)
    sh.text(e + 8, y + fh - 4, "Clé", st.fs - 0.5, sh.R)
    sh.comb("nir_cle", e + 26, y, [2], cw=9.6)
    y += row + 3 * vs
    label(y, "N° d'allocataire CAF", "(si vous en avez un)")
    sh.field("caf", fx, y, 120, style="box" if st.field == "comb" else None)
    y += row + 3 * vs
    label(y, "Adresse", "(n°, rue, bâtiment...)")
    sh.field("adresse", fx, y, fw, style="box" if st.field == "comb" else None)
    y += row + 2 * vs
    label(y, "Code postal")
    e = sh.comb("cp", fx, y, [5])
    sh.text(e + 10, y + fh - 4, "Commune", st.fs, sh.B)
    e2 = e + 14 + sh.width("Commune", st.fs, sh.B)
    sh.field("commune", e2, y, fx + fw - e2, style="box" if st.field == "comb" else None)
    y += row
    label(y, "Téléphone")
    sh.field("telephone", fx, y, 110, style="box" if st.field == "comb" else None)
    sh.text(fx + 118, y + fh - 4, "Courriel", st.fs, sh.B)
    ex = fx + 124 + sh.width("Courriel", st.fs, sh.B)
    sh.field("courriel", ex, y, fx + fw - ex, style="box" if st.field == "comb" else None)
    y += row + 8 * vs

    # ---------------- section B ----------------
    y = sh.band(M, y, W, "B", "VOTRE SITUATION")
    sh.text(
        M + 2,
        y + 4,
        "Cochez la case correspondant à votre situation actuelle (une seule case) :",
        st.fs,
        sh.I,
    )
    y += 12 * vs
    ix = M + 4
    tx = ix + st.cb + 6
    sub = tx + 10
    srow = 19.5 * vs

    def item(name, yy, s, bold=True):
        sh.checkbox(name, ix, yy)
        return sh.para(tx, yy + st.cb - 1.2, PAGE_W - M - tx, s, st.fs, sh.B if bold else sh.R)

    y2 = item("sit_salarie", y, "Vous exercez une activité salariée en France")
    y = y2 + 3 * vs
    sh.text(sub, y + fh - 4, "Emploi occupé", st.fs - 0.3, sh.R)
    e = sub + sh.width("Emploi occupé", st.fs - 0.3) + 6
    sh.field("emploi", e, y, 150, h=13 * vs, style="line" if st.field != "box" else "box")
    e3 = e + 158
    sh.text(e3, y + fh - 4, "Employeur", st.fs - 0.3, sh.R)
    e4 = e3 + sh.width("Employeur", st.fs - 0.3) + 6
    sh.field(
        "employeur", e4, y, PAGE_W - M - e4, h=13 * vs, style="line" if st.field != "box" else "box"
    )
    y += srow
    sh.text(sub, y + st.cb - 1, "Type de contrat :", st.fs - 0.3, sh.R)
    cx1 = sub + sh.width("Type de contrat :", st.fs - 0.3) + 10
    for nm, lab in (
        ("contrat_CDI", "CDI"),
        ("contrat_CDD", "CDD"),
        ("contrat_interim", "Intérim"),
        ("contrat_apprenti", "Apprentissage"),
        ("contrat_autre", "Autre"),
    ):
        e = sh.checkbox(nm, cx1, y)
        w = sh.text(e + 4, y + st.cb - 1, lab, st.fs - 0.3, sh.R)
        cx1 = e + 4 + w + 14
    y += srow + 2 * vs
    y2 = item(
        "sit_independant",
        y,
        "Vous exercez une activité non salariée en France "
        "(travailleur indépendant, micro-entrepreneur, profession libérale)",
    )
    y = y2 + 3 * vs
    sh.text(sub, y + fh - 4, "Nature de l'activité", st.fs - 0.3, sh.R)
    e = sub + sh.width("Nature de l'activité", st.fs - 0.3) + 6
    sh.field("activite_indep", e, y, 150, h=13 * vs, style="line" if st.field != "box" else "box")
    e3 = e + 158
    sh.text(e3, y + fh - 4, "N° SIRET", st.fs - 0.3, sh.R)
    e4 = e3 + sh.width("N° SIRET", st.fs - 0.3) + 6
    sh.field(
        "siret", e4, y, PAGE_W - M - e4, h=13 * vs, style="line" if st.field != "box" else "box"
    )
    y += srow + 2 * vs
    y2 = item(
        "sit_demandeur",
        y,
        "Vous êtes demandeur d'emploi inscrit(e) à France Travail (ex-Pôle emploi)",
    )
    y = y2 + 5 * vs
    y2 = item(
        "sit_etudiant",
        y,
        "Vous êtes étudiant(e) dans un établissement d'enseignement supérieur en France",
    )
    y = y2 + 3 * vs
    sh.text(sub, y + fh - 4, "Établissement", st.fs - 0.3, sh.R)
    e = sub + sh.width("Établissement", st.fs - 0.3) + 6
    sh.field(
        "etablissement",
        e,
        y,
        PAGE_W - M - e,
        h=13 * vs,
        style="line" if st.field != "box" else "box",
    )
    y += srow + 2 * vs
    y2 = item(
        "sit_inactif",
        y,
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France "
        "de manière stable et régulière depuis plus de trois mois",
    )
    y = y2 + 3 * vs
    sh.text(sub, y + fh - 4, "Date d'arrivée en France", st.fs - 0.3, sh.R)
    e = sub + sh.width("Date d'arrivée en France", st.fs - 0.3) + 8
    sh.comb("date_arrivee", e, y, [2, 2, 4], sep="/", cw=9.5, h=13 * vs)
    y += srow + 2 * vs
    y2 = item("sit_autre", y, "Autre situation (précisez)")
    e = tx + sh.width("Autre situation (précisez)", st.fs, sh.B) + 8
    sh.field(
        "autre_precision",
        e,
        y - 3,
        PAGE_W - M - e,
        h=13 * vs,
        style="line" if st.field != "box" else "box",
    )
    y = y2 + 10 * vs
    sh.para(
        M,
        y,
        W,
        "Si vous avez déjà été affilié(e) à un régime de sécurité sociale français, indiquez "
        "votre numéro de sécurité sociale en section A. Les informations de la section B permettent "
        "de déterminer la caisse compétente.",
        st.fs - 2,
        sh.I,
        color=(0.25, 0.25, 0.25),
    )
    # "à savoir" box at the foot of page 1
    txt = (
        "À savoir : la condition de résidence de plus de trois mois ne s'applique pas à certaines "
        "personnes (réfugiés, bénéficiaires du RSA ou de l'AAH, personnes rentrant en France après un "
        "volontariat international...). Vos enfants mineurs peuvent être rattachés à votre dossier : "
        "renseignez-vous auprès de votre caisse ou sur ameli.fr."
    )
    fsn = st.fs - 1.2
    lines = simpleSplit(txt, sh.R, fsn, W - 16)
    hb = len(lines) * fsn * 1.25 + 8
    yb = PAGE_H - 44 - hb
    sh.rect(M, yb, W, hb, lw=st.lw * 0.5, stroke=(0.5, 0.5, 0.5))
    sh.para(M + 8, yb + fsn + 3, W - 16, txt, fsn, sh.R)
    _footer(sh, 1)


PIECES = [
    (
        "Pièce d'identité",
        "une photocopie de votre passeport ou, si vous êtes ressortissant(e) de l'Union "
        "européenne, de l'Espace économique européen ou de la Suisse, de votre carte nationale d'identité ;",
    ),
    (
        "Séjour",
        "si vous n'êtes pas ressortissant(e) de l'UE/EEE/Suisse : une photocopie de votre titre de "
        "séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou du récépissé de votre demande ;",
    ),
    (
        "État civil",
        "une copie intégrale de votre acte de naissance ou un extrait avec filiation ; s'il a été "
        "établi à l'étranger, revêtu de l'apostille ou légalisé selon le pays ;",
    ),
    (
        "Résidence",
        "un justificatif de résidence en France depuis plus de trois mois : votre bail de location, "
        "ou trois factures successives (électricité, gaz, eau, téléphone, internet) à votre nom, ou une "
        "attestation d'hébergement accompagnée de la pièce d'identité de l'hébergeant et de son propre "
        "justificatif de domicile ;",
    ),
    ("Banque", "un relevé d'identité bancaire (RIB) à votre nom (compte individuel ou joint) ;"),
    (
        "Activité",
        "si vous travaillez : une copie de votre contrat de travail ou de votre dernier bulletin "
        "de salaire (travailleur indépendant : tout justificatif de début d'activité).",
    ),
]


def draw_page2(sh: Sheet):
    st = sh.st
    sh.page = 2
    M = st.margin
    W = PAGE_W - 2 * M
    vs = st.vs
    y = 26 + st.dy
    _logo(sh, M, y, 0.72)
    sh.text(
        PAGE_W - M,
        y + 12,
        "Demande d'ouverture des droits à l'assurance maladie",
        st.fs + 1,
        sh.B,
        st.accent,
        "r",
    )
    sh.text(
        PAGE_W - M,
        y + 23,
        "Protection universelle maladie (PUMa) - suite",
        st.fs - 0.5,
        sh.R,
        (0.2, 0.2, 0.2),
        "r",
    )
    y += 40 * vs
    y = sh.band(M, y, W, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = sh.para(
        M + 2,
        y + 6,
        W - 4,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je déclare ne pas bénéficier par ailleurs de la prise en charge de mes frais de santé "
        "au titre d'un autre régime, en France ou à l'étranger.",
        st.fs + 0.3,
        sh.R,
    )
    y = sh.para(
        M + 2,
        y + 3,
        W - 4,
        "Je m'engage à signaler sans délai à ma caisse d'assurance maladie tout changement "
        "dans ma situation (adresse, activité professionnelle, situation familiale, séjour).",
        st.fs + 0.3,
        sh.R,
    )
    y = sh.para(
        M + 2,
        y + 3,
        W - 4,
        "La loi punit quiconque se rend coupable de fraude ou de fausse déclaration (articles "
        "313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-13 du code de la "
        "sécurité sociale).",
        st.fs - 1,
        sh.I,
        color=(0.2, 0.2, 0.2),
    )
    y += 12 * vs
    fh = 15 * vs
    # "Fait à ... le ..." on one line
    sh.text(M + 2, y + fh - 4, "Fait à", st.fs + 1, sh.B)
    fx = M + 8 + sh.width("Fait à", st.fs + 1, sh.B)
    sh.field("fait_a", fx, y, 165, h=fh, style="line" if st.field != "box" else "box")
    lx = fx + 175
    sh.text(lx, y + fh - 4, "le", st.fs + 1, sh.B)
    dx = lx + 6 + sh.width("le", st.fs + 1, sh.B)
    if st.date_style == "comb":
        sh.comb("date_signature", dx, y, [2, 2, 4], sep="/", cw=10.5, h=fh)
        sh.slots[-1].style = "comb"
        sh.slots[-1].kind = "date"
    elif st.date_style == "slashes":
        parts = []
        px = dx
        for i, w in enumerate((26, 26, 48)):
            sh.line(px, y + fh - 1, px + w, y + fh - 1, lw=st.lw * 0.8, dash=(1, 1.6))
            parts.append((px, y, w, fh))
            px += w
            if i < 2:
                sh.text(px + 2, y + fh - 3, "/", st.fs + 3)
                px += 9
        sh.slots.append(Slot("date_signature", 2, "date", (dx, y, px - dx, fh), parts, "slashes"))
    else:
        w = 140
        if st.field == "box":
            sh.rect(
                dx, y, w, fh, lw=st.lw * 0.6, stroke=(0.45, 0.45, 0.45), fill=(st.field_fill,) * 3
            )
        else:
            sh.line(dx, y + fh - 1, dx + w, y + fh - 1, lw=st.lw * 0.8, dash=(1, 1.6))
        sh.slots.append(Slot("date_signature", 2, "date", (dx, y, w, fh), [], "blank"))
    y += fh + 14 * vs
    # signature frame
    sw, shh = st.sig_w, st.sig_h
    sx = PAGE_W - M - sw if st.sig_pos == "right" else M + 30
    if st.sig_label == "above":
        sh.text(sx, y, "Signature", st.fs + 1, sh.B)
        y += 5
    sh.rect(sx, y, sw, shh, lw=st.lw * 1.1)
    if st.sig_label == "inside":
        sh.text(sx + 4, y + st.fs + 3, "Signature", st.fs + 0.5, sh.B)
    elif st.sig_label == "watermark":
        sh.text(sx + sw / 2, y + shh / 2 + 4, "Signature", st.fs + 6, sh.R, (0.82, 0.82, 0.82), "c")
    sh.slots.append(Slot("signature", 2, "sig", (sx, y, sw, shh), style=st.sig_label))
    if st.sig_pos == "right":
        sh.para(
            M + 2,
            y + 10,
            sw * 0.9,
            "Signature du demandeur ou de son représentant légal. "
            "Un formulaire non signé ne peut pas être traité.",
            st.fs - 1.2,
            sh.I,
            color=(0.25, 0.25, 0.25),
        )
    y += shh + 16 * vs

    # pièces justificatives
    if st.band == "filled":
        sh.rect(M, y, W, 14 * vs, lw=0, fill=(0.86, 0.9, 0.97))
        sh.text(
            M + 6,
            y + 10 * vs,
            "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
            st.fs + 1.6,
            sh.B,
            st.accent,
        )
        y += 22 * vs
    else:
        sh.text(M, y + 9, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", st.fs + 1.6, sh.B)
        sh.line(M, y + 12, M + W, y + 12, lw=st.lw)
        y += 22 * vs
    for head, body in PIECES:
        sh.rect(M + 4, y - st.fs + 1.5, 6, 6, lw=0.5)
        hw = sh.text(M + 16, y, head + " : ", st.fs, sh.B)
        lines = simpleSplit(body, sh.R, st.fs, W - 20 - hw)
        first = lines[0]
        sh.text(M + 16 + hw, y, first, st.fs, sh.R)
        rest = " ".join(lines[1:])
        y += st.fs * 1.25
        if rest:
            y = sh.para(M + 16, y, W - 20, rest, st.fs, sh.R, leading=st.fs * 1.25)
        y += 3.5 * vs
    y = sh.para(
        M,
        y + 2,
        W,
        "Important : n'envoyez jamais d'originaux. Si une pièce est rédigée en langue "
        "étrangère, votre caisse peut vous demander sa traduction par un traducteur assermenté.",
        st.fs - 1,
        sh.I,
        color=(0.2, 0.2, 0.2),
    )
    y += 14 * vs
    # "comment envoyer" box
    txt = (
        "Envoyez ce formulaire complété, daté et signé, accompagné des photocopies des pièces "
        "justificatives, à la caisse primaire d'assurance maladie (CPAM) de votre lieu de résidence. "
        "Vous pouvez aussi le déposer dans un accueil de votre caisse. Conservez une copie de "
        "l'ensemble de votre dossier. Pour toute information : ameli.fr ou 36 46."
    )
    y = sh.para(M + 8, y, W - 16, txt, st.fs - 0.6, sh.R, color=(0.1, 0.1, 0.1))
    # cadre réservé à l'organisme, at the foot of the page
    bh = 58 * vs
    y = max(y + 16, PAGE_H - 48 - 32 - bh)
    sh.rect(M, y, W, bh, lw=st.lw, fill=(0.95, 0.95, 0.95) if st.band != "rule" else None)
    sh.text(M + 6, y + 11, "Cadre réservé à l'organisme", st.fs, sh.B)
    yy = y + 27 * vs
    sh.text(M + 6, yy, "Date de réception", st.fs - 0.5, sh.R)
    e = M + 12 + sh.width("Date de réception", st.fs - 0.5)
    for i, w in enumerate((16, 16, 28)):
        sh.line(e, yy + 1.5, e + w, yy + 1.5, lw=0.5)
        e += w
        if i < 2:
            sh.text(e + 1, yy, "/", st.fs)
            e += 6
    sh.text(M + 200, yy, "Pièces vérifiées :", st.fs - 0.5, sh.R)
    e = M + 206 + sh.width("Pièces vérifiées :", st.fs - 0.5)
    sh.rect(e, yy - 7, 7, 7, lw=0.5)
    sh.text(e + 10, yy, "oui", st.fs - 0.5)
    sh.rect(e + 30, yy - 7, 7, 7, lw=0.5)
    sh.text(e + 40, yy, "non", st.fs - 0.5)
    yy += 16 * vs
    sh.text(M + 6, yy, "Matricule agent", st.fs - 0.5, sh.R)
    e = M + 12 + sh.width("Matricule agent", st.fs - 0.5)
    sh.line(e, yy + 1.5, e + 90, yy + 1.5, lw=0.5, dash=(1, 1.5))
    sh.text(M + 200, yy, "Observations", st.fs - 0.5, sh.R)
    e = M + 206 + sh.width("Observations", st.fs - 0.5)
    sh.line(e, yy + 1.5, M + W - 8, yy + 1.5, lw=0.5, dash=(1, 1.5))
    y += bh + 10 * vs
    sh.para(
        M,
        y,
        W,
        "Les informations recueillies font l'objet d'un traitement par votre caisse d'assurance "
        "maladie pour l'ouverture et la gestion de vos droits. Conformément au règlement (UE) 2016/679 "
        "et à la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, "
        "vous disposez d'un droit d'accès et de rectification auprès du directeur de votre caisse "
        "ou de son délégué à la protection des données.",
        st.fs - 2.2,
        sh.R,
        color=(0.3, 0.3, 0.3),
    )
    _footer(sh, 2)


def draw_form(c, st: Style, page_hook=None):
    """Draw both pages on canvas c. page_hook(sheet, page_no) is called before showPage
    (used to add typed values, AcroForm fields or vector signatures). Returns slots."""
    sh = Sheet(c, st)
    for n, fn in ((1, draw_page1), (2, draw_page2)):
        c.saveState()
        c.translate(st.dx, 0)
        fn(sh)
        c.restoreState()
        if st.dx:
            # fold the misregistration into slot coordinates
            for s in sh.slots:
                if s.page == n and not getattr(s, "_shifted", False):
                    x, yy, w, h = s.rect
                    s.rect = (x + st.dx, yy, w, h)
                    s.cells = [(cx + st.dx, cy, cw, ch) for cx, cy, cw, ch in s.cells]
                    s._shifted = True
        if page_hook:
            page_hook(sh, n)
        c.showPage()
    return sh.slots


def slot_map(slots):
    return {s.name: s for s in slots}
