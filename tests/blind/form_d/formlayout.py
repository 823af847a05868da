"""Drawing of the cerfa 15763*02 (S1106) form, two A4 pages, with reportlab.

The layout is our own rendering of the public description of the form
(ameli S1106: header, section A "VOUS", section B "VOTRE SITUATION",
section C "VOS ENGAGEMENTS ET SIGNATURE", list of supporting documents,
"Cadre réservé à l'organisme").  A `PrintRun` holds the small typographic
differences between print runs / photocopies (fonts, line weights, box
sizes, spacing, margins, whether the word "Signature" sits inside the box).

`draw_form()` draws both pages on a reportlab canvas and returns the anchors
of every fillable spot, in PDF points (origin bottom-left), so that the same
form can be filled by typing (reportlab text), by AcroForm fields, or by
hand on a raster of the page (hand.py).
"""

import random
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = A4

_TTF = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Carlito-I": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
    "DVCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DVCond-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVCond-I": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
    "OpenSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "OpenSans-I": "/usr/share/fonts/truetype/open-sans/OpenSans-Italic.ttf",
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "Lato-B": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "Lato-I": "/usr/share/fonts/truetype/lato/Lato-Italic.ttf",
    "Roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-I": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    for name, path in _TTF.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


# (regular, bold, italic)
FAMILIES = [
    ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    ("LibSans", "LibSans-B", "LibSans-I"),
    ("Carlito", "Carlito-B", "Carlito-I"),
    ("DVCond", "DVCond-B", "DVCond-I"),
    ("OpenSans", "OpenSans-B", "OpenSans-I"),
    ("Lato", "Lato-B", "Lato-I"),
    ("Roboto", "Roboto-B", "Roboto-I"),
]

AMELI_BLUE = (0.05, 0.25, 0.60)


@dataclass
class PrintRun:
    """Typographic differences between two printings of the same form."""

    fam: tuple = FAMILIES[0]
    base: float = 8.6  # body font size
    lw: float = 0.6  # line weight of frames
    cell: float = 13.5  # comb cell size (points)
    box: float = 8.5  # tick box size
    gap: float = 1.0  # vertical spacing factor
    ml: float = 40.0  # left margin
    mt: float = 34.0  # top margin
    colour: bool = True  # blue bands vs black & white
    band: str = "fill"  # fill | outline | rule
    names_comb: bool = False  # nom / prénoms in comb boxes
    date_comb: bool = False  # the "le" date of section C in comb boxes
    sig_label_inside: bool = False
    sig_left: bool = False
    sig_w: float = 230.0
    sig_h: float = 78.0
    dotted: bool = True  # dotted answer lines vs solid
    grey_band: float = 0.85

    @staticmethod
    def random(rng: random.Random, **over):
        r = PrintRun(
            fam=rng.choice(FAMILIES),
            base=rng.uniform(8.0, 9.2),
            lw=rng.choice([0.4, 0.5, 0.6, 0.8, 1.0]),
            cell=rng.uniform(12.5, 15.0),
            box=rng.uniform(7.5, 10.0),
            gap=rng.uniform(0.96, 1.06),
            ml=rng.uniform(34, 46),
            mt=rng.uniform(26, 38),
            colour=rng.random() < 0.6,
            band=rng.choice(["fill", "fill", "outline", "rule"]),
            names_comb=rng.random() < 0.35,
            date_comb=rng.random() < 0.25,
            sig_label_inside=rng.random() < 0.5,
            sig_left=rng.random() < 0.25,
            sig_w=rng.uniform(200, 260),
            sig_h=rng.uniform(66, 92),
            dotted=rng.random() < 0.6,
            grey_band=rng.uniform(0.78, 0.9),
        )
        for k, v in over.items():
            setattr(r, k, v)
        return r


@dataclass
class Anchors:
    """Fillable spots per page (1 or 2), PDF points, origin bottom-left."""

    items: dict = field(default_factory=dict)

    def add(self, name, page, **kw):
        kw["page"] = page
        self.items[name] = kw


class _Pen:
    def __init__(self, c, run: PrintRun):
        self.c = c
        self.r = run
        self.reg, self.bold, self.ital = run.fam

    def font(self, kind="r", size=None):
        f = {"r": self.reg, "b": self.bold, "i": self.ital}[kind]
        self.c.setFont(f, size or self.r.base)
        return f

    def accent(self):
        if self.r.colour:
            self.c.setFillColorRGB(*AMELI_BLUE)
            self.c.setStrokeColorRGB(*AMELI_BLUE)
        else:
            self.c.setFillColorRGB(0.15, 0.15, 0.15)
            self.c.setStrokeColorRGB(0.15, 0.15, 0.15)

    def ink(self):
        self.c.setFillColorRGB(0, 0, 0)
        self.c.setStrokeColorRGB(0, 0, 0)

    def text(self, x, y, s, kind="r", size=None):
        self.font(kind, size)
        self.c.drawString(x, y, s)
        return pdfmetrics.stringWidth(
            s, {"r": self.reg, "b": self.bold, "i": self.ital}[kind], size or self.r.base
        )

    def width(self, s, kind="r", size=None):
        return pdfmetrics.stringWidth(
            s, {"r": self.reg, "b": self.bold, "i": self.ital}[kind], size or self.r.base
        )

    def para(self, x, y, w, s, kind="r", size=None, lead=1.22):
        size = size or self.r.base
        f = self.font(kind, size)
        lines = simpleSplit(s, f, size, w)
        for ln in lines:
            self.c.drawString(x, y, ln)
            y -= size * lead
        return y

    def answer_line(self, x, y, w):
        c = self.c
        c.saveState()
        c.setLineWidth(max(0.3, self.r.lw * 0.6))
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        if self.r.dotted:
            c.setDash(0.8, 1.8)
        c.line(x, y - 2, x + w, y - 2)
        c.restoreState()

    def box(self, x, y, s):
        c = self.c
        c.saveState()
        c.setLineWidth(self.r.lw)
        c.setStrokeColorRGB(0, 0, 0)
        c.rect(x, y, s, s, stroke=1, fill=0)
        c.restoreState()

    def comb(self, x, y, n, cell=None, groups=None, h=None):
        """n cells from (x, y) bottom-left; groups: list of group sizes
        separated by a small gap.  Returns list of cell rects."""
        cell = cell or self.r.cell
        h = h or cell * 1.12
        c = self.c
        c.saveState()
        c.setLineWidth(self.r.lw)
        c.setStrokeColorRGB(0, 0, 0)
        rects = []
        groups = groups or [n]
        cx = x
        for gi, g in enumerate(groups):
            for i in range(g):
                c.rect(cx, y, cell, h, stroke=1, fill=0)
                rects.append((cx, y, cell, h))
                cx += cell
            cx += cell * 0.45
        c.restoreState()
        return rects

    def band(self, x, y, w, letter, title):
        """Section band, returns the y under it."""
        c = self.c
        h = self.r.base * 2.1
        c.saveState()
        style = self.r.band
        if style == "fill":
            if self.r.colour:
                c.setFillColorRGB(*AMELI_BLUE)
            else:
                g = self.r.grey_band * 0.45
                c.setFillColorRGB(g, g, g)
            c.rect(x, y - h, w, h, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            self.text(x + 6, y - h + h * 0.3, f"{letter}", "b", self.r.base * 1.35)
            self.text(x + 6 + self.r.base * 1.6, y - h + h * 0.3, title, "b", self.r.base * 1.2)
        elif style == "outline":
            c.setLineWidth(self.r.lw * 1.4)
            self.accent()
            c.rect(x, y - h, w, h, stroke=1, fill=0)
            c.setFillColorRGB(self.r.grey_band, self.r.grey_band, self.r.grey_band)
            c.rect(x, y - h, h, h, stroke=1, fill=1)
            self.accent()
            self.text(x + h * 0.28, y - h + h * 0.3, letter, "b", self.r.base * 1.35)
            self.text(x + h + 6, y - h + h * 0.3, title, "b", self.r.base * 1.2)
        else:
            self.accent()
            self.text(x, y - h + h * 0.3, f"{letter} - {title}", "b", self.r.base * 1.25)
            c.setLineWidth(self.r.lw * 2)
            c.line(x, y - h, x + w, y - h)
        c.restoreState()
        self.ink()
        return y - h - self.r.base * 1.3 * self.r.gap


def _logo(p: _Pen, x, y):
    """Simple drawn stand-in for the Assurance Maladie logo (top at y)."""
    c = p.c
    c.saveState()
    p.accent()
    # stylised 'heart/wave' mark: two overlapping rounded shapes
    c.roundRect(x, y - 34, 30, 30, 8, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.circle(x + 15, y - 19, 8, stroke=0, fill=1)
    p.accent()
    c.circle(x + 15, y - 19, 4, stroke=0, fill=1)
    p.text(x + 36, y - 15, "l'Assurance", "b", 12.5)
    p.text(x + 36, y - 29, "Maladie", "b", 12.5)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    p.text(x + 36, y - 39, "Agir ensemble, protéger chacun", "i", 6.3)
    c.restoreState()
    p.ink()


def _cerfa_box(p: _Pen, xr, y):
    c = p.c
    w, h = 104, 46
    x = xr - w
    c.saveState()
    c.setLineWidth(p.r.lw)
    c.rect(x, y - h, w, h, stroke=1, fill=0)
    p.text(x + 8, y - 20, "cerfa", "b", 17)
    c.setLineWidth(0.4)
    c.line(x + 62, y - 8, x + 62, y - 24)
    p.text(x + 66, y - 14, "République", "r", 5.2)
    p.text(x + 66, y - 20, "Française", "r", 5.2)
    p.text(x + 8, y - 37, "N° 15763*02", "b", 10)
    c.restoreState()
    p.ink()
    return y - h


def _page1(c, run: PrintRun, A: Anchors):
    p = _Pen(c, run)
    b = run.base
    g = run.gap
    x0 = run.ml
    xr = W - run.ml + 4
    tw = xr - x0
    y = H - run.mt
    _logo(p, x0, y)
    _cerfa_box(p, xr, y)
    # title block
    y -= 60
    t1 = "Demande d'ouverture des droits à l'assurance maladie"
    ts = b * 1.75
    while p.width(t1, "b", ts) > tw - 10:
        ts -= 0.5
    p.accent()
    p.text(x0 + (tw - p.width(t1, "b", ts)) / 2, y, t1, "b", ts)
    y -= ts * 1.25
    t2 = "Protection universelle maladie (PUMa)"
    p.text(x0 + (tw - p.width(t2, "b", b * 1.3)) / 2, y, t2, "b", b * 1.3)
    p.ink()
    y -= b * 1.5
    t3 = (
        "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-3 et D. 160-2 du code de la sécurité sociale"
    )
    p.text(x0 + (tw - p.width(t3, "i", b * 0.85)) / 2, y, t3, "i", b * 0.85)
    y -= b * 1.7
    notice = (
        "Vous travaillez ou vous résidez en France de manière stable et régulière et vous "
        "n'êtes pas encore couvert(e) par l'assurance maladie : remplissez ce formulaire "
        "en lettres capitales, datez-le et signez-le. Joignez la photocopie des pièces "
        "justificatives listées en page 2 et adressez le tout à la caisse d'assurance "
        "maladie de votre lieu de résidence. Ne joignez pas d'originaux."
    )
    c.saveState()
    c.setFillColorRGB(0.94, 0.94, 0.94) if run.colour else c.setFillColorRGB(1, 1, 1)
    lines = simpleSplit(notice, p.reg, b * 0.82, tw - 12)
    nh = len(lines) * b * 0.82 * 1.22 + 8
    c.setLineWidth(run.lw * 0.7)
    c.rect(x0, y - nh + b * 0.8, tw, nh, stroke=1, fill=1)
    c.restoreState()
    p.ink()
    p.para(x0 + 6, y - 1, tw - 12, notice, "r", b * 0.82)
    y -= nh + b * 0.9

    # ---------------- section A ----------------
    y = p.band(x0, y, tw, "A", "VOUS")
    lab_w = (
        max(
            p.width("Nom d'usage (facultatif) :", "r"),
            p.width("(nom d'époux ou d'épouse par exemple)", "i", b * 0.72),
        )
        + 6
    )
    if run.names_comb:
        y -= run.cell * 0.45
    row = b * 2.55 * g

    def line_field(name, label, y, x=x0, w=None, hint=None):
        w = w if w is not None else xr - x
        lw = p.text(x, y, label) + 5
        if hint:
            p.text(x, y - b * 0.95, hint, "i", b * 0.72)
        fx = x + max(lw, min(lab_w, w * 0.5)) if x == x0 else x + lw
        fw = x + w - fx
        p.answer_line(fx, y, fw)
        A.add(name, 1, kind="line", x=fx, y=y, w=fw, size=b * 1.15)
        return fx

    def comb_field(name, label, y, hint=None):
        p.text(x0, y, label)
        if hint:
            p.text(x0, y - b * 0.95, hint, "i", b * 0.72)
        fx = x0 + lab_w
        n = int((xr - fx) // run.cell)
        rects = p.comb(fx, y - 3, n)
        A.add(name, 1, kind="comb", cells=rects)

    if run.names_comb:
        comb_field("nom_naissance", "Nom de naissance :", y)
        y -= row
        comb_field(
            "nom_usage", "Nom d'usage (facultatif) :", y, "(nom d'époux ou d'épouse par exemple)"
        )
        y -= row * 1.1
        comb_field("prenoms", "Prénom(s) :", y, "(dans l'ordre de l'état civil)")
        y -= row * 1.05
    else:
        line_field("nom_naissance", "Nom de naissance :", y)
        y -= row
        line_field(
            "nom_usage",
            "Nom d'usage (facultatif) :",
            y,
            hint="(nom d'époux ou d'épouse par exemple)",
        )
        y -= row * 1.1
        line_field("prenoms", "Prénom(s) :", y, hint="(dans l'ordre de l'état civil)")
        y -= row * 1.05

    # sexe + date de naissance on one row
    sx = x0
    sx += p.text(sx, y, "Sexe :") + 8
    s = run.box
    for lab in ("F", "M"):
        p.box(sx, y - 1.5, s)
        A.add("sexe_" + lab, 1, kind="box", x=sx, y=y - 1.5, s=s)
        sx += s + 3
        sx += p.text(sx, y, lab) + 14
    dx = max(sx + 20, x0 + tw * 0.36)
    dx += p.text(dx, y, "Date de naissance :") + 6
    cell = run.cell
    rects = p.comb(dx, y - 3, 8, cell=cell, groups=[2, 2, 4])
    A.add("date_naissance", 1, kind="date", cells=rects)
    # group captions
    for gx, lab in ((rects[0][0], "J J"), (rects[2][0], "M M"), (rects[4][0], "A A A A")):
        p.text(gx + 1, y - 3 - b * 0.85, lab, "r", b * 0.62)
    y -= row * 1.15

    # lieu de naissance
    lx = x0 + p.text(x0, y, "Lieu de naissance :") + 6
    lx += p.text(lx, y, "commune", "i", b * 0.85) + 4
    split = x0 + tw * 0.62
    p.answer_line(lx, y, split - lx - 8)
    A.add("lieu_commune", 1, kind="line", x=lx, y=y, w=split - lx - 8, size=b * 1.15)
    px = split + p.text(split, y, "pays", "i", b * 0.85) + 4
    p.answer_line(px, y, xr - px)
    A.add("lieu_pays", 1, kind="line", x=px, y=y, w=xr - px, size=b * 1.15)
    y -= row
    line_field("nationalite", "Nationalité :", y)
    y -= row
    # NIR
    p.text(x0, y, "N° de sécurité sociale :")
    p.text(x0, y - b * 0.95, "(si vous en avez un)", "i", b * 0.72)
    nx = x0 + lab_w
    ncell = min(run.cell, (xr - nx) / 16.2)
    rects = p.comb(nx, y - 3, 15, cell=ncell, groups=[1, 2, 2, 2, 3, 3, 2])
    A.add("nir", 1, kind="comb", cells=rects)
    y -= row * 1.1
    line_field("adresse", "Adresse :", y, hint="(n°, rue)")
    y -= row * 0.9
    line_field("adresse2", "", y, x=x0 + lab_w - 5)
    y -= row
    p.text(x0, y, "Code postal :")
    cx = x0 + lab_w
    rects = p.comb(cx, y - 3, 5)
    A.add("code_postal", 1, kind="comb", cells=rects)
    mx = rects[-1][0] + run.cell + 16
    mx += p.text(mx, y, "Commune :") + 5
    p.answer_line(mx, y, xr - mx)
    A.add("commune", 1, kind="line", x=mx, y=y, w=xr - mx, size=b * 1.15)
    y -= row
    tx = x0 + p.text(x0, y, "Téléphone :") + 5
    split = x0 + tw * 0.42
    p.answer_line(tx, y, split - tx - 8)
    A.add("telephone", 1, kind="line", x=tx, y=y, w=split - tx - 8, size=b * 1.15)
    ex = split + p.text(split, y, "Adresse e-mail :") + 5
    p.answer_line(ex, y, xr - ex)
    A.add("email", 1, kind="line", x=ex, y=y, w=xr - ex, size=b * 1.1)
    y -= row * 0.95

    # ---------------- section B ----------------
    y = p.band(x0, y, tw, "B", "VOTRE SITUATION")
    p.text(x0, y, "Cochez la case qui correspond à votre situation actuelle :", "i")
    y -= b * 1.9 * g
    s = run.box
    ix = x0 + s + 7
    opts = [
        ("situation_salarie", "Vous exercez une activité salariée en France"),
        (
            "situation_independant",
            "Vous exercez une activité non salariée en France "
            "(travailleur indépendant, micro-entrepreneur)",
        ),
        ("situation_demandeur", "Vous êtes demandeur d'emploi, inscrit(e) à France Travail"),
        (
            "situation_etudiant",
            "Vous êtes étudiant(e) dans un établissement d'enseignement supérieur en France",
        ),
        (
            "situation_inactif",
            "Vous n'exercez pas d'activité professionnelle et vous résidez en "
            "France de manière stable et régulière depuis plus de trois mois",
        ),
        ("situation_autre", "Autre situation (précisez) :"),
    ]
    for key, label in opts:
        p.box(x0, y - 1.5, s)
        A.add(key, 1, kind="box", x=x0, y=y - 1.5, s=s)
        yl = p.para(ix, y, xr - ix, label, "b" if key != "situation_autre" else "r")
        if key == "situation_salarie":
            y = yl - b * 0.5
            cx = ix + p.text(ix, y, "Type de contrat :") + 8
            for lab, k in (
                ("CDI", "contrat_cdi"),
                ("CDD", "contrat_cdd"),
                ("Intérim / autre", "contrat_autre"),
            ):
                p.box(cx, y - 1.5, s)
                A.add(k, 1, kind="box", x=cx, y=y - 1.5, s=s)
                cx += s + 3
                cx += p.text(cx, y, lab) + 14
            y -= b * 2.2 * g
            ex = ix + p.text(ix, y, "Nom de l'employeur :") + 5
            p.answer_line(ex, y, xr - ex)
            A.add("employeur", 1, kind="line", x=ex, y=y, w=xr - ex, size=b * 1.1)
            y -= b * 2.2 * g
            jx = ix + p.text(ix, y, "Emploi occupé :") + 5
            split = x0 + tw * 0.66
            p.answer_line(jx, y, split - jx - 6)
            A.add("emploi", 1, kind="line", x=jx, y=y, w=split - jx - 6, size=b * 1.1)
            dx = split + p.text(split, y, "depuis le :") + 4
            p.answer_line(dx, y, xr - dx)
            A.add("emploi_depuis", 1, kind="line", x=dx, y=y, w=xr - dx, size=b * 1.1)
            y -= b * 2.4 * g
        elif key == "situation_independant":
            y = yl - b * 0.6
            sx = ix + p.text(ix, y, "N° SIRET :") + 6
            rects = p.comb(sx, y - 3, 14, cell=min(run.cell, 13.0), groups=[3, 3, 3, 5])
            A.add("siret", 1, kind="comb", cells=rects)
            y -= b * 2.5 * g
        elif key == "situation_demandeur":
            y = yl - b * 0.6
            fx = ix + p.text(ix, y, "Identifiant France Travail :") + 5
            p.answer_line(fx, y, x0 + tw * 0.7 - fx)
            A.add("identifiant_ft", 1, kind="line", x=fx, y=y, w=x0 + tw * 0.7 - fx, size=b * 1.1)
            y -= b * 2.3 * g
        elif key == "situation_etudiant":
            y = yl - b * 0.6
            fx = ix + p.text(ix, y, "Établissement :") + 5
            p.answer_line(fx, y, xr - fx)
            A.add("etablissement", 1, kind="line", x=fx, y=y, w=xr - fx, size=b * 1.1)
            y -= b * 2.3 * g
        elif key == "situation_autre":
            fx = ix + p.width(label) + 6
            p.answer_line(fx, y, xr - fx)
            A.add("autre_precision", 1, kind="line", x=fx, y=y, w=xr - fx, size=b * 1.1)
            y -= b * 2.3 * g
        else:
            y = yl - b * 1.0 * g
    # footer
    c.saveState()
    c.setFillColorRGB(0.25, 0.25, 0.25)
    p.text(x0, 22, "S1106 — cerfa n° 15763*02 — page 1/2", "r", b * 0.78)
    s2 = "Tournez la page s.v.p."
    p.text(xr - p.width(s2, "i", b * 0.78), 22, s2, "i", b * 0.78)
    c.restoreState()


def _page2(c, run: PrintRun, A: Anchors):
    p = _Pen(c, run)
    b = run.base
    g = run.gap
    x0 = run.ml
    xr = W - run.ml + 4
    tw = xr - x0
    y = H - run.mt
    c.saveState()
    c.setFillColorRGB(0.3, 0.3, 0.3)
    p.text(x0, y - 6, "Demande d'ouverture des droits à l'assurance maladie — PUMa", "i", b * 0.9)
    s = "cerfa N° 15763*02"
    p.text(xr - p.width(s, "b", b * 0.9), y - 6, s, "b", b * 0.9)
    c.restoreState()
    y -= 22
    y = p.band(x0, y, tw, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    cert = (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire "
        "et sur les pièces jointes. Je m'engage à informer sans délai ma caisse d'assurance "
        "maladie de tout changement dans ma situation (adresse, activité professionnelle, "
        "situation familiale, départ à l'étranger)."
    )
    y = p.para(x0, y, tw, cert, "r", b * 1.02)
    y -= b * 0.6
    law = (
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et suivants "
        "du code pénal ; article L. 114-13 du code de la sécurité sociale)."
    )
    y = p.para(x0, y, tw, law, "i", b * 0.85)
    y -= b * 2.4 * g
    # Fait à ... le ...
    fx = x0 + p.text(x0, y, "Fait à", "b", b * 1.1) + 6
    split = x0 + tw * (0.52 if not run.date_comb else 0.45)
    p.answer_line(fx, y, split - fx - 8)
    A.add("fait_a", 2, kind="line", x=fx, y=y, w=split - fx - 8, size=b * 1.2)
    lx = split + p.text(split, y, "le", "b", b * 1.1) + 6
    if run.date_comb:
        rects = p.comb(lx, y - 3, 8, cell=min(run.cell, 14), groups=[2, 2, 4])
        A.add("date_signature", 2, kind="date", cells=rects)
    else:
        p.answer_line(lx, y, xr - lx)
        A.add("date_signature", 2, kind="line", x=lx, y=y, w=xr - lx, size=b * 1.2)
    y -= b * 2.6 * g
    # signature frame
    sw, sh = run.sig_w, run.sig_h
    sx = x0 if run.sig_left else xr - sw
    if not run.sig_label_inside:
        p.text(sx, y, "Signature du demandeur :", "b")
        y -= b * 0.8
    c.saveState()
    c.setLineWidth(run.lw * 1.2)
    c.rect(sx, y - sh, sw, sh, stroke=1, fill=0)
    c.restoreState()
    if run.sig_label_inside:
        c.saveState()
        c.setFillColorRGB(0.25, 0.25, 0.25)
        p.text(sx + 5, y - b * 1.3, "Signature", "i", b * 0.95)
        c.restoreState()
    A.add(
        "signature", 2, kind="rect", x=sx, y=y - sh, w=sw, h=sh, label_inside=run.sig_label_inside
    )
    y -= sh + b * 2.4 * g

    # pièces justificatives
    c.saveState()
    p.accent()
    p.text(x0, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "b", b * 1.15)
    c.setLineWidth(run.lw)
    c.line(x0, y - 4, xr, y - 4)
    c.restoreState()
    p.ink()
    y -= b * 2.0
    pieces = [
        "Une pièce d'identité en cours de validité : passeport ou, pour les ressortissants de "
        "l'Union européenne, de l'EEE ou de la Suisse, carte nationale d'identité.",
        "Si vous n'êtes pas ressortissant(e) de l'UE, de l'EEE ou de la Suisse : votre titre de "
        "séjour, votre visa long séjour valant titre de séjour (VLS-TS) ou le récépissé de votre "
        "demande de titre de séjour.",
        "Votre acte de naissance (copie intégrale ou extrait avec filiation) ou une pièce "
        "équivalente délivrée par un consulat ; s'il a été établi à l'étranger, avec son "
        "apostille ou sa légalisation lorsque celle-ci est exigée.",
        "Un justificatif de résidence en France depuis plus de trois mois : bail de location, ou "
        "trois factures successives (électricité, gaz, eau, téléphone fixe, internet, mobile), "
        "ou attestation d'hébergement accompagnée de la pièce d'identité de l'hébergeant et de "
        "son propre justificatif de domicile.",
        "Un relevé d'identité bancaire (RIB) à votre nom (IBAN et BIC).",
        "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for t in pieces:
        p.box(x0 + 2, y - 1, b * 0.8)
        y = p.para(x0 + b * 1.8, y, tw - b * 1.8, t, "r", b * 0.95)
        y -= b * 0.45 * g
    y -= b * 0.6
    y = p.para(
        x0,
        y,
        tw,
        "Envoyez uniquement des photocopies : les documents reçus ne sont pas restitués.",
        "i",
        b * 0.85,
    )
    y -= b * 1.6
    cnil = (
        "Les informations recueillies font l'objet d'un traitement destiné à l'examen de vos "
        "droits à la prise en charge de vos frais de santé. Conformément au règlement (UE) "
        "2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit "
        "d'accès, de rectification et de limitation auprès du directeur de votre organisme "
        "d'assurance maladie ou de son délégué à la protection des données."
    )
    y = p.para(x0, y, tw, cnil, "r", b * 0.76)
    y -= b * 1.8
    # cadre réservé
    bh = b * 8.2
    c.saveState()
    c.setLineWidth(run.lw)
    c.setDash(3, 2)
    c.rect(x0, y - bh, tw, bh, stroke=1, fill=0)
    c.restoreState()
    yy = y - b * 1.5
    p.text(x0 + 6, yy, "Cadre réservé à l'organisme", "b", b * 0.95)
    yy -= b * 2.1
    rx = x0 + 6 + p.text(x0 + 6, yy, "Date de réception :", "r", b * 0.9) + 6
    p.comb(rx, yy - 3, 8, cell=11, groups=[2, 2, 4])
    vx = x0 + tw * 0.55
    vx += p.text(vx, yy, "Pièces vérifiées :", "r", b * 0.9) + 6
    for lab in ("oui", "non"):
        p.box(vx, yy - 1, b * 0.85)
        vx += b * 1.2
        vx += p.text(vx, yy, lab, "r", b * 0.9) + 10
    yy -= b * 2.3
    mx = x0 + 6 + p.text(x0 + 6, yy, "Matricule agent :", "r", b * 0.9) + 6
    p.answer_line(mx, yy, tw * 0.3)
    ox = x0 + tw * 0.55
    ox += p.text(ox, yy, "Observations :", "r", b * 0.9) + 6
    p.answer_line(ox, yy, xr - 6 - ox)
    c.saveState()
    c.setFillColorRGB(0.25, 0.25, 0.25)
    p.text(x0, 22, "S1106 — cerfa n° 15763*02 — page 2/2", "r", b * 0.78)
    c.restoreState()


def draw_form(c, run: PrintRun, page_hook=None, order=(1, 2)):
    """Draw both pages on canvas c (in `order`). page_hook(c, page_no, anchors)
    is called before each showPage so that the caller can type values or add
    AcroForm fields on that page."""
    register_fonts()
    A = Anchors()
    for pno in order:
        (_page1 if pno == 1 else _page2)(c, run, A)
        if page_hook:
            page_hook(c, pno, A)
        c.showPage()
    return A
