"""Drawing of the cerfa 15763*02 (S1106) two-page form with reportlab.

The form is laid out from a written description only; every "print run"
(a ``Style``) varies fonts, line weights, comb box sizes, spacing and the way
labels and section titles are drawn, as real printouts and photocopies differ.

``render_form`` returns the PDF bytes and a dict of field anchors in PDF points
(origin bottom-left) so that fillers (handwriting, typing, AcroForm widgets)
know where each value goes.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = A4
MM = 72.0 / 25.4

TTF = "/usr/share/fonts/truetype"
FAMILIES = {
    "Liberation": (
        f"{TTF}/liberation/LiberationSans-Regular.ttf",
        f"{TTF}/liberation/LiberationSans-Bold.ttf",
        f"{TTF}/liberation/LiberationSans-Italic.ttf",
    ),
    "LiberationNarrow": (
        f"{TTF}/liberation/LiberationSansNarrow-Regular.ttf",
        f"{TTF}/liberation/LiberationSansNarrow-Bold.ttf",
        f"{TTF}/liberation/LiberationSansNarrow-Italic.ttf",
    ),
    "OpenSans": (
        f"{TTF}/open-sans/OpenSans-Regular.ttf",
        f"{TTF}/open-sans/OpenSans-Bold.ttf",
        f"{TTF}/open-sans/OpenSans-Italic.ttf",
    ),
    "Roboto": (
        f"{TTF}/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
        f"{TTF}/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
        f"{TTF}/roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    ),
    "Carlito": (
        f"{TTF}/crosextra/Carlito-Regular.ttf",
        f"{TTF}/crosextra/Carlito-Bold.ttf",
        f"{TTF}/crosextra/Carlito-Italic.ttf",
    ),
    "Lato": (
        f"{TTF}/lato/Lato-Regular.ttf",
        f"{TTF}/lato/Lato-Bold.ttf",
        f"{TTF}/lato/Lato-Italic.ttf",
    ),
    "DejaVuCond": (
        f"{TTF}/dejavu/DejaVuSansCondensed.ttf",
        f"{TTF}/dejavu/DejaVuSansCondensed-Bold.ttf",
        f"{TTF}/dejavu/DejaVuSansCondensed-Oblique.ttf",
    ),
    "FreeSans": (
        f"{TTF}/freefont/FreeSans.ttf",
        f"{TTF}/freefont/FreeSansBold.ttf",
        f"{TTF}/freefont/FreeSansOblique.ttf",
    ),
}
TYPE_FONTS = {
    "Courier": f"{TTF}/liberation/LiberationMono-Regular.ttf",
    "Arial": f"{TTF}/liberation/LiberationSans-Regular.ttf",
    "Calibri": f"{TTF}/crosextra/Carlito-Regular.ttf",
    "Times": f"{TTF}/liberation/LiberationSerif-Regular.ttf",
    "Helv": None,  # reportlab built-in Helvetica
}
_REGISTERED: set[str] = set()


def _register() -> None:
    if _REGISTERED:
        return
    for fam, (reg, bold, ital) in FAMILIES.items():
        pdfmetrics.registerFont(TTFont(f"{fam}-R", reg))
        pdfmetrics.registerFont(TTFont(f"{fam}-B", bold))
        pdfmetrics.registerFont(TTFont(f"{fam}-I", ital))
    for name, path in TYPE_FONTS.items():
        if path:
            pdfmetrics.registerFont(TTFont(f"Type-{name}", path))
    _REGISTERED.add("done")


def type_font_name(key: str) -> str:
    _register()
    return "Helvetica" if key == "Helv" else f"Type-{key}"


@dataclass
class Style:
    """One print run of the form."""

    family: str = "Liberation"
    color: tuple = (0.05, 0.25, 0.6)  # Assurance Maladie blue
    tint: tuple = (0.9, 0.94, 1.0)  # field background
    mono: bool = False  # black & white printer
    lw: float = 0.6  # line weight
    comb_w: float = 5.0 * MM
    comb_h: float = 6.0 * MM
    comb_letters: bool = False  # grey J J M M A A A A in the boxes
    cb: float = 3.4 * MM  # check box size
    label_mode: str = "inline"  # inline | above
    field_mode: str = "dotted"  # dotted | underline | boxes
    section_mode: str = "band"  # band | tab | rule
    sig_label_inside: bool = True
    sig_w: float = 80 * MM
    sig_h: float = 30 * MM
    sig_right: bool = True
    s: float = 1.0  # vertical spacing scale
    ml: float = 40.0  # left margin
    dy: float = 0.0  # vertical offset of the whole print
    title_size: float = 15.5
    small: float = 6.8
    body: float = 8.6
    logo: int = 0  # logo drawing variant
    caf_line: bool = False
    tagline: bool = True
    sex_words: bool = False
    edition: str = "2019"
    extra: dict = field(default_factory=dict)

    @property
    def mr(self) -> float:
        return W - self.ml + 2

    def R(self) -> str:
        return f"{self.family}-R"

    def B(self) -> str:
        return f"{self.family}-B"

    def It(self) -> str:
        return f"{self.family}-I"


def random_style(
    rnd: random.Random, mono: bool | None = None, sig_label_inside: bool | None = None
) -> Style:
    fam = rnd.choice(list(FAMILIES))
    if mono is None:
        mono = rnd.random() < 0.3
    blue = rnd.choice([(0.05, 0.25, 0.6), (0.0, 0.32, 0.62), (0.1, 0.2, 0.5), (0.0, 0.4, 0.7)])
    color = (0.15, 0.15, 0.15) if mono else blue
    tint = (
        (0.93, 0.93, 0.93)
        if mono
        else rnd.choice([(0.9, 0.94, 1.0), (0.93, 0.96, 1.0), (0.95, 0.97, 0.99), (1, 1, 1)])
    )
    st = Style(
        family=fam,
        color=color,
        tint=tint,
        mono=mono,
        lw=rnd.uniform(0.4, 1.0),
        comb_w=rnd.uniform(4.4, 5.6) * MM,
        comb_h=rnd.uniform(5.4, 6.6) * MM,
        comb_letters=rnd.random() < 0.35,
        cb=rnd.uniform(3.0, 4.0) * MM,
        label_mode=rnd.choice(["inline", "inline", "above"]),
        field_mode=rnd.choice(["dotted", "underline", "boxes"]),
        section_mode=rnd.choice(["band", "tab", "rule"]),
        sig_label_inside=(rnd.random() < 0.6) if sig_label_inside is None else sig_label_inside,
        sig_w=rnd.uniform(70, 88) * MM,
        sig_h=rnd.uniform(26, 36) * MM,
        sig_right=rnd.random() < 0.7,
        s=rnd.uniform(0.95, 1.04),
        ml=rnd.uniform(34, 46),
        dy=rnd.uniform(-8, 8),
        title_size=rnd.uniform(14, 17),
        small=rnd.uniform(6.4, 7.4),
        body=rnd.uniform(8.2, 9.2),
        logo=rnd.randrange(3),
        caf_line=rnd.random() < 0.4,
        tagline=rnd.random() < 0.6,
        sex_words=rnd.random() < 0.35,
        edition=rnd.choice(["2019", "2020", "2022"]),
    )
    if st.field_mode == "boxes" and st.label_mode == "inline" and rnd.random() < 0.5:
        st.label_mode = "above"
    return st


class Form:
    """Draws the two pages and records where values go."""

    def __init__(self, c: canvas.Canvas, st: Style):
        self.c = c
        self.st = st
        self.fields: dict[str, dict] = {}
        self.page = 1
        self.order: list[str] = []

    # ------------------------------------------------------------ helpers
    def reg(self, name: str, kind: str, rect=None, boxes=None, **kw) -> None:
        d = {"page": self.page, "kind": kind, "rect": rect, "boxes": boxes}
        d.update(kw)
        self.fields[name] = d
        self.order.append(name)

    def ink(self, grey: float = 0.0) -> None:
        self.c.setFillColorRGB(grey, grey, grey)
        self.c.setStrokeColorRGB(grey, grey, grey)

    def accent(self) -> None:
        self.c.setFillColorRGB(*self.st.color)
        self.c.setStrokeColorRGB(*self.st.color)

    def text(self, x, y, txt, font=None, size=None, grey=0.0):
        c = self.c
        c.setFont(font or self.st.R(), size or self.st.body)
        c.setFillColorRGB(grey, grey, grey)
        c.drawString(x, y, txt)
        return pdfmetrics.stringWidth(txt, font or self.st.R(), size or self.st.body)

    def para(self, x, y, width, txt, font=None, size=None, lead=1.22, grey=0.0):
        font = font or self.st.R()
        size = size or self.st.small
        lines = simpleSplit(txt, font, size, width)
        self.c.setFont(font, size)
        self.c.setFillColorRGB(grey, grey, grey)
        for ln in lines:
            self.c.drawString(x, y, ln)
            y -= size * lead
        return y

    def box(self, x, y, w, h, fill=None, lw=None):
        c = self.c
        c.setLineWidth(lw or self.st.lw)
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        if fill:
            c.setFillColorRGB(*fill)
            c.rect(x, y, w, h, stroke=1, fill=1)
        else:
            c.rect(x, y, w, h, stroke=1, fill=0)

    # ------------------------------------------------------------ widgets
    def field_line(self, name, x0, x1, base):
        """Draw the writing area of a text field from x0 to x1 on baseline."""
        c, st = self.c, self.st
        if st.field_mode == "boxes":
            h = 13.5 * st.s
            c.setFillColorRGB(*st.tint)
            c.setStrokeColorRGB(0.35, 0.35, 0.35)
            c.setLineWidth(st.lw * 0.7)
            c.rect(x0, base - 3.5, x1 - x0, h, stroke=1, fill=1)
            rect = (x0 + 1.5, base - 3.0, x1 - 1.5, base - 3.5 + h)
        else:
            c.setStrokeColorRGB(0.25, 0.25, 0.25)
            c.setLineWidth(st.lw * 0.6)
            if st.field_mode == "dotted":
                c.setDash(0.8, 1.8)
            c.line(x0, base - 2, x1, base - 2)
            c.setDash()
            rect = (x0 + 1, base - 1.5, x1, base + 12.5 * st.s)
        self.reg(name, "text", rect=rect)

    def text_row(self, items, y):
        """items: list of (label, field_name, x_start, x_end)."""
        st = self.st
        if st.label_mode == "above":
            for label, name, xs, xe in items:
                self.text(xs, y, label, size=st.small + 0.4)
                self.field_line(name, xs, xe - 6, y - 15 * st.s)
            return y - 32 * st.s
        for label, name, xs, xe in items:
            lw_ = self.text(xs, y, label)
            self.field_line(name, xs + lw_ + 4, xe - 6, y)
        return y - 25 * st.s

    def comb(self, name, x, base, groups, letters=None, gap=None):
        """Comb boxes; returns x after the last box."""
        st, c = self.st, self.c
        w, h = st.comb_w, st.comb_h
        gap = st.comb_w * 0.55 if gap is None else gap
        boxes = []
        y0 = base - 3
        letters = list(letters) if letters else None
        k = 0
        for gi, n in enumerate(groups):
            for _ in range(n):
                c.setLineWidth(st.lw * 0.8)
                c.setStrokeColorRGB(0.15, 0.15, 0.15)
                c.setFillColorRGB(*st.tint)
                c.rect(x, y0, w, h, stroke=1, fill=1)
                if letters and st.comb_letters:
                    c.setFont(st.R(), h * 0.45)
                    c.setFillColorRGB(0.72, 0.72, 0.72)
                    c.drawCentredString(x + w / 2, y0 + h * 0.3, letters[k])
                boxes.append((x, y0, x + w, y0 + h))
                x += w
                k += 1
            if gi < len(groups) - 1:
                x += gap
        self.reg(name, "comb", boxes=boxes, rect=(boxes[0][0], y0, x, y0 + h))
        return x

    def checkbox(self, name, x, base, label=None, font=None, size=None):
        st, c = self.st, self.c
        s = st.cb
        y0 = base - 1.5
        c.setLineWidth(st.lw * 0.9)
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x, y0, s, s, stroke=1, fill=1)
        self.reg(name, "check", rect=(x, y0, x + s, y0 + s))
        if label:
            return x + s + 4 + self.text(x + s + 4, base, label, font=font, size=size)
        return x + s

    # ------------------------------------------------------------ sections
    def section(self, y, letter, title, sub=None):
        st, c = self.st, self.c
        x0, x1 = st.ml, st.mr
        if st.section_mode == "band":
            c.setFillColorRGB(*st.color)
            c.rect(x0, y - 4, x1 - x0, 15, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(st.B(), 10)
            c.drawString(x0 + 5, y, f"{letter}   {title}")
        elif st.section_mode == "tab":
            c.setFillColorRGB(*st.color)
            c.circle(x0 + 7, y + 3.5, 7.5, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(st.B(), 10)
            c.drawCentredString(x0 + 7, y, letter)
            self.accent()
            c.setFont(st.B(), 10.5)
            c.drawString(x0 + 20, y, title)
            c.setLineWidth(st.lw)
            c.line(x0 + 20, y - 4, x1, y - 4)
        else:
            self.accent()
            c.setFont(st.B(), 10.5)
            c.drawString(x0, y, f"{letter} - {title}")
            c.setLineWidth(st.lw * 1.6)
            c.line(x0, y - 4, x1, y - 4)
        y -= 16
        if sub:
            self.ink(0.2)
            c.setFont(st.It(), st.small + 0.5)
            c.drawString(x0, y, sub)
            y -= 12
        return y - 6 * st.s

    # ------------------------------------------------------------ header
    def logo(self, x, y):
        """Assurance Maladie wordmark drawn as simple shapes and text."""
        c, st = self.c, self.st
        col = st.color
        if st.logo == 0:
            c.setFillColorRGB(*col)
            c.circle(x + 13, y + 12, 13, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.circle(x + 17, y + 15, 7.5, stroke=0, fill=1)
            c.setFillColorRGB(*col)
            c.circle(x + 19, y + 17, 4.2, stroke=0, fill=1)
            tx = x + 32
        elif st.logo == 1:
            c.setFillColorRGB(*col)
            c.roundRect(x, y, 26, 26, 5, stroke=0, fill=1)
            c.setStrokeColorRGB(1, 1, 1)
            c.setLineWidth(2.2)
            p = c.beginPath()
            p.moveTo(x + 4, y + 8)
            p.curveTo(x + 10, y + 22, x + 16, y + 22, x + 22, y + 8)
            c.drawPath(p, stroke=1, fill=0)
            c.line(x + 7, y + 13, x + 19, y + 13)
            tx = x + 32
        else:
            c.setStrokeColorRGB(*col)
            c.setLineWidth(3)
            p = c.beginPath()
            p.moveTo(x, y + 4)
            p.curveTo(x + 8, y + 30, x + 20, y + 30, x + 26, y + 6)
            c.drawPath(p, stroke=1, fill=0)
            tx = x + 32
        c.setFillColorRGB(*col)
        c.setFont(st.B(), 8.5)
        c.drawString(tx, y + 15, "l'Assurance")
        c.setFont(st.B(), 13)
        c.drawString(tx, y + 2, "Maladie")
        if st.tagline:
            c.setFont(st.It(), 6)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawString(x, y - 9, "Agir ensemble, protéger chacun")

    def cerfa_box(self, x1, ytop):
        c, st = self.c, self.st
        w, h = 78, 40
        x = x1 - w
        c.setLineWidth(st.lw * 1.2)
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setFillColorRGB(1, 1, 1)
        c.roundRect(x, ytop - h, w, h, 4, stroke=1, fill=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(st.B(), 17)
        c.drawCentredString(x + w / 2, ytop - 19, "cerfa")
        c.setFont(st.R(), 8.5)
        c.drawCentredString(x + w / 2, ytop - 32, "N° 15763*02")
        return x

    # ------------------------------------------------------------ page 1
    def page1(self):
        c, st = self.c, self.st
        x0, x1 = st.ml, st.mr
        top = H - 30 + st.dy
        self.logo(x0, top - 30)
        cx = self.cerfa_box(x1, top)
        c.setFont(st.R(), 7)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        c.drawRightString(cx - 6, top - 8, "S1106")
        y = top - 62
        self.accent()
        c.setFont(st.B(), st.title_size)
        c.drawString(x0, y, "Demande d'ouverture des droits à l'assurance maladie")
        y -= st.title_size * 1.1
        c.setFont(st.B(), st.title_size * 0.72)
        c.drawString(x0, y, "Protection universelle maladie (PUMa)")
        y -= 11
        c.setFont(st.It(), st.small)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(
            x0,
            y,
            "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3 et "
            "D. 160-2 du code de la sécurité sociale",
        )
        y -= 8
        notice = (
            "Vous travaillez ou vous résidez en France de manière stable et régulière et "
            "vous ne bénéficiez pas de la prise en charge de vos frais de santé ? "
            "Complétez ce formulaire en lettres MAJUSCULES, au stylo à bille noir ou bleu, "
            "datez-le et signez-le en page 2, puis adressez-le avec les pièces "
            "justificatives demandées (des photocopies, jamais les originaux) à la caisse "
            "d'assurance maladie de votre lieu de résidence. Les rubriques marquées d'un "
            "astérisque (*) sont obligatoires."
        )
        lines = simpleSplit(notice, st.R(), st.small, x1 - x0 - 12)
        hbox = len(lines) * st.small * 1.22 + 8
        c.setFillColorRGB(*((0.95, 0.95, 0.95) if st.mono else st.tint))
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.4)
        c.rect(x0, y - hbox, x1 - x0, hbox, stroke=1, fill=1)
        self.para(x0 + 6, y - st.small - 3, x1 - x0 - 12, notice, size=st.small, grey=0.1)
        y -= hbox + 16

        # ---------------- section A
        y = self.section(y, "A", "VOUS", "Renseignements concernant le demandeur")
        mid = x0 + (x1 - x0) * 0.55
        y = self.text_row([("Nom de naissance* :", "nom_naissance", x0, x1)], y)
        y = self.text_row(
            [("Nom d'usage (facultatif, ex. nom d'épouse) :", "nom_usage", x0, x1)], y
        )
        y = self.text_row([("Prénom(s)* :", "prenoms", x0, x1)], y)
        # sex + date of birth
        xx = x0 + self.text(x0, y, "Sexe* :") + 8
        if st.sex_words:
            xx = self.checkbox("sexe_f", xx, y, "Féminin") + 10
            xx = self.checkbox("sexe_m", xx, y, "Masculin")
        else:
            xx = self.checkbox("sexe_f", xx, y, "F") + 10
            xx = self.checkbox("sexe_m", xx, y, "M")
        dx = max(xx + 22, mid - 40)
        dx += self.text(dx, y, "Date de naissance* :") + 6
        end = self.comb("date_naissance", dx, y, [2, 2, 4], letters="JJMMAAAA")
        if not st.comb_letters:
            c.setFont(st.R(), 5.5)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            gap = st.comb_w * 0.55
            c.drawCentredString(dx + st.comb_w, y - 9.5, "jour")
            c.drawCentredString(dx + 3 * st.comb_w + gap, y - 9.5, "mois")
            c.drawCentredString(end - 2 * st.comb_w, y - 9.5, "année")
        y -= 26 * st.s
        y = self.text_row(
            [
                ("Lieu de naissance* : commune", "lieu_commune", x0, mid + 10),
                ("pays", "lieu_pays", mid + 10, x1),
            ],
            y,
        )
        y = self.text_row([("Nationalité* :", "nationalite", x0, mid + 10)], y)
        xx = x0 + self.text(x0, y, "N° de sécurité sociale (si vous en avez un) :") + 6
        xx = self.comb("nir", xx, y, [1, 2, 2, 2, 3, 3], gap=st.comb_w * 0.35)
        xx += 6 + self.text(xx + 6, y, "clé") + 10
        self.comb("nir_cle", xx, y, [2])
        y -= 24 * st.s
        if st.caf_line:
            y = self.text_row(
                [("N° d'allocataire CAF (si vous en avez un) :", "caf", x0, mid + 40)], y
            )
        y = self.text_row([("Adresse* : n°, voie", "adresse", x0, x1)], y)
        y = self.text_row([("Complément (bât., étage, chez M./Mme...) :", "adresse2", x0, x1)], y)
        xx = x0 + self.text(x0, y, "Code postal* :") + 6
        xx = self.comb("code_postal", xx, y, [5])
        cw = self.text(xx + 14, y, "Commune* :")
        self.field_line("commune", xx + 14 + cw + 4, x1 - 6, y)
        y -= 24 * st.s
        y = self.text_row(
            [("Téléphone :", "telephone", x0, mid - 20), ("Courriel :", "email", mid - 20, x1)], y
        )
        y -= 6 * st.s

        # ---------------- section B
        y = self.section(
            y, "B", "VOTRE SITUATION", "Cochez la case qui correspond à votre situation actuelle"
        )
        ind = x0 + st.cb + 8
        lead = st.body * 1.25
        self.checkbox("sit_salarie", x0, y)
        self.text(ind, y, "Vous exercez une activité salariée en France", font=st.B())
        y -= lead + 3
        xx = ind + self.text(ind, y, "Type de contrat :") + 8
        xx = self.checkbox("contrat_cdi", xx, y, "CDI") + 12
        xx = self.checkbox("contrat_cdd", xx, y, "CDD") + 12
        self.checkbox("contrat_autre", xx, y, "Autre (intérim, apprentissage, saisonnier)")
        y -= lead + 5
        y = self._indented_row(
            [
                ("Profession :", "profession", ind, x0 + (x1 - x0) * 0.52),
                ("Employeur :", "employeur", x0 + (x1 - x0) * 0.52, x1),
            ],
            y,
        )
        self.checkbox("sit_independant", x0, y)
        self.text(
            ind,
            y,
            "Vous exercez une activité non salariée en France "
            "(travailleur indépendant, micro-entrepreneur)",
            font=st.B(),
        )
        y -= lead + 5
        y = self._indented_row(
            [
                ("Activité :", "activite_indep", ind, x0 + (x1 - x0) * 0.55),
                ("N° SIRET :", "siret", x0 + (x1 - x0) * 0.55, x1),
            ],
            y,
        )
        self.checkbox("sit_demandeur", x0, y)
        self.text(ind, y, "Vous êtes demandeur d'emploi inscrit(e) à France Travail", font=st.B())
        y -= lead + 4
        self.checkbox("sit_etudiant", x0, y)
        w_ = self.text(ind, y, "Vous êtes étudiant(e)", font=st.B())
        cw = self.text(ind + w_ + 12, y, "établissement :")
        self.field_line("etablissement", ind + w_ + 12 + cw + 4, x1 - 6, y)
        y -= lead + 8
        self.checkbox("sit_inactif", x0, y)
        y2 = self.para(
            ind,
            y,
            x1 - ind,
            "Vous n'exercez pas d'activité professionnelle et vous résidez en France "
            "de manière stable et régulière depuis plus de trois mois",
            font=st.B(),
            size=st.body,
            lead=1.2,
        )
        y = y2 - 5
        self.checkbox("sit_autre", x0, y)
        w_ = self.text(ind, y, "Autre situation, précisez :", font=st.B())
        self.field_line("autre_precision", ind + w_ + 4, x1 - 6, y)
        y -= lead + 4
        self.footer(1)

    def _indented_row(self, items, y):
        st = self.st
        for label, name, xs, xe in items:
            lw_ = self.text(xs, y, label)
            self.field_line(name, xs + lw_ + 4, xe - 6, y)
        return y - 21 * st.s

    def footer(self, n):
        c, st = self.c, self.st
        c.setFont(st.R(), 6.5)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        c.drawString(st.ml, 22 + st.dy * 0.3, f"S1106 — cerfa n° 15763*02 — page {n}/2")
        c.drawRightString(st.mr, 22 + st.dy * 0.3, f"Assurance Maladie — édition {st.edition}")
        if n == 1:
            c.setFont(st.It(), 7)
            c.drawRightString(st.mr, 34 + st.dy * 0.3, "Tournez la page s.v.p. >")

    # ------------------------------------------------------------ page 2
    def page2(self):
        c, st = self.c, self.st
        self.page = 2
        x0, x1 = st.ml, st.mr
        top = H - 34 + st.dy
        c.setFont(st.B(), 9)
        self.accent()
        c.drawString(x0, top, "Demande d'ouverture des droits à l'assurance maladie (suite)")
        c.setFont(st.R(), 7.5)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawRightString(x1, top, "cerfa N° 15763*02")
        y = top - 26
        y = self.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        cert = (
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
            "formulaire et sur les pièces jointes. Je déclare ne pas bénéficier, à "
            "titre personnel ou en qualité d'ayant droit, de la prise en charge de mes "
            "frais de santé par un autre organisme d'assurance maladie, en France ou à "
            "l'étranger. Je m'engage à signaler sans délai à ma caisse d'assurance maladie "
            "tout changement de ma situation (adresse, activité professionnelle, "
            "situation familiale, départ de France)."
        )
        y = self.para(x0, y, x1 - x0, cert, size=st.body, lead=1.3) - 10
        # Fait à ... le ... on one line
        wf = self.text(x0, y, "Fait à", size=st.body + 0.6)
        lx0 = x0 + wf + 4
        lx1 = x0 + (x1 - x0) * 0.52
        self._line(lx0, lx1, y)
        self.reg("fait_a", "text", rect=(lx0 + 1, y - 1.5, lx1, y + 13))
        wl = self.text(lx1 + 8, y, "le", size=st.body + 0.6)
        dx0 = lx1 + 8 + wl + 4
        dx1 = x0 + (x1 - x0) * 0.86
        self._line(dx0, dx1, y)
        self.reg("date_signature", "text", rect=(dx0 + 1, y - 1.5, dx1, y + 13))
        y -= 16
        # signature box
        sw, sh = st.sig_w, st.sig_h
        sx = x1 - sw if st.sig_right else x0
        if not st.sig_label_inside:
            c.setFont(st.B(), st.body)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(sx, y, "Signature du demandeur :")
            y -= 6
        sy = y - sh
        c.setLineWidth(st.lw * 1.1)
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.rect(sx, sy, sw, sh, stroke=1, fill=0)
        if st.sig_label_inside:
            c.setFont(st.R(), st.body)
            c.setFillColorRGB(0.15, 0.15, 0.15)
            c.drawString(sx + 4, sy + sh - st.body - 2, "Signature")
        self.reg("signature", "sig", rect=(sx, sy, sx + sw, sy + sh))
        if st.sig_right:
            self.para(
                x0,
                y - 6,
                sx - x0 - 14,
                "La loi punit quiconque se rend coupable de fraudes ou de fausses "
                "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code "
                "pénal ; article L. 114-13 du code de la sécurité sociale).",
                size=st.small,
                grey=0.2,
            )
            y = sy - 16
        else:
            y = (
                self.para(
                    x0,
                    sy - 12,
                    x1 - x0,
                    "La loi punit quiconque se rend coupable de fraudes ou de fausses "
                    "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du "
                    "code pénal ; article L. 114-13 du code de la sécurité sociale).",
                    size=st.small,
                    grey=0.2,
                )
                - 8
            )
        # pièces justificatives
        y -= 4
        self.accent()
        c.setFont(st.B(), 10)
        c.drawString(x0, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        c.setLineWidth(st.lw)
        c.line(x0, y - 4, x1, y - 4)
        y -= 16
        self.ink(0)
        c.setFont(st.It(), st.small + 0.4)
        c.drawString(x0, y, "Joignez des photocopies lisibles ; n'envoyez jamais d'originaux.")
        y -= 13
        items = [
            (
                "Une pièce d'identité en cours de validité : passeport, ou carte nationale "
                "d'identité pour les ressortissants de l'Union européenne, de l'Espace économique "
                "européen ou de la Suisse."
            ),
            (
                "Si vous êtes ressortissant d'un autre pays : votre titre de séjour, votre visa "
                "long séjour valant titre de séjour (VLS-TS) validé, ou le récépissé de votre "
                "demande de titre de séjour."
            ),
            (
                "Un acte de naissance (copie intégrale ou extrait avec filiation). S'il a été "
                "délivré à l'étranger, il doit être apostillé ou légalisé selon le pays."
            ),
            (
                "Un justificatif de résidence en France depuis plus de trois mois : contrat de "
                "location (bail), ou trois factures successives (électricité, gaz, eau, téléphone, "
                "internet), ou une attestation d'hébergement accompagnée de la pièce d'identité "
                "de l'hébergeant et de son propre justificatif de domicile."
            ),
            "Un relevé d'identité bancaire (RIB) à votre nom, comportant l'IBAN et le BIC.",
            "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]
        for it in items:
            c.setFillColorRGB(*st.color)
            c.rect(x0 + 2, y + 1, 3.2, 3.2, stroke=0, fill=1)
            y = self.para(x0 + 12, y, x1 - x0 - 12, it, size=st.body - 0.4, lead=1.25) - 4
        y -= 10
        # cadre réservé
        bh = 62 * st.s
        c.setDash(3, 2)
        c.setLineWidth(st.lw)
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setFillColorRGB(0.96, 0.96, 0.96)
        c.rect(x0, y - bh, x1 - x0, bh, stroke=1, fill=1)
        c.setDash()
        self.text(x0 + 6, y - 12, "Cadre réservé à l'organisme", font=st.B(), size=st.body)
        yy = y - 28
        self.text(x0 + 6, yy, "Date de réception :  ....../....../..........", size=st.small + 0.6)
        self.text(x0 + (x1 - x0) * 0.45, yy, "Pièces vérifiées :", size=st.small + 0.6)
        xx = x0 + (x1 - x0) * 0.45 + 62
        for lab in ("oui", "non"):
            c.setStrokeColorRGB(0.2, 0.2, 0.2)
            c.setFillColorRGB(1, 1, 1)
            c.rect(xx, yy - 1, 7, 7, stroke=1, fill=1)
            self.text(xx + 10, yy, lab, size=st.small + 0.6)
            xx += 34
        yy -= 16
        self.text(
            x0 + 6, yy, "Matricule agent :  ...............................", size=st.small + 0.6
        )
        self.text(
            x0 + (x1 - x0) * 0.45,
            yy,
            "Observations : ..................................",
            size=st.small + 0.6,
        )
        y -= bh + 12
        cnil = (
            "Informatique et libertés : les informations recueillies sont nécessaires à "
            "l'examen de vos droits à l'assurance maladie ; elles sont destinées à votre "
            "caisse et, le cas échéant, aux organismes de protection sociale avec lesquels "
            "elle échange. Conformément à la loi n° 78-17 du 6 janvier 1978 modifiée et au "
            "règlement (UE) 2016/679, vous disposez d'un droit d'accès et de rectification "
            "auprès du directeur de votre caisse."
        )
        y = self.para(x0, y, x1 - x0, cnil, size=st.small - 0.3, grey=0.3) - 14
        self.accent()
        c.setFont(st.B(), 9)
        c.drawString(x0, y, "À savoir")
        y -= 12
        for it in (
            (
                "Vos enfants mineurs peuvent être rattachés à votre dossier : demandez le "
                "formulaire S3705 « Demande de rattachement des enfants mineurs »."
            ),
            (
                "Votre numéro de sécurité sociale vous sera communiqué par courrier ; vous "
                "pourrez ensuite créer votre compte sur ameli.fr et demander votre carte Vitale."
            ),
            (
                "Pour toute question : ameli.fr, rubrique « Assuré », ou le 36 46 (service "
                "gratuit + prix d'un appel), du lundi au vendredi."
            ),
        ):
            self.ink(0.2)
            c.circle(x0 + 3, y + 2.5, 1.4, stroke=0, fill=1)
            y = self.para(x0 + 10, y, x1 - x0 - 10, it, size=st.small + 0.3, grey=0.2) - 3
        self.footer(2)

    def _line(self, x0, x1, y):
        c = self.c
        c.setStrokeColorRGB(0.25, 0.25, 0.25)
        c.setLineWidth(self.st.lw * 0.6)
        if self.st.field_mode == "dotted":
            c.setDash(0.8, 1.8)
        c.line(x0, y - 2, x1, y - 2)
        c.setDash()


def new_canvas(
    buf, title="Demande d'ouverture des droits", producer=None, creator=None
) -> canvas.Canvas:
    _register()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    if producer:
        c.setProducer(producer)
    if creator:
        c.setCreator(creator)
    return c


def render_form(
    st: Style,
    page_hook=None,
    title="Demande d'ouverture des droits à l'assurance maladie",
    producer=None,
    creator=None,
):
    """Draw the blank form. ``page_hook(form, page_no)`` may add typed values or
    vector ink before each page is closed. Returns (pdf_bytes, fields, order)."""
    buf = io.BytesIO()
    c = new_canvas(buf, title=title, producer=producer, creator=creator)
    f = Form(c, st)
    f.page1()
    if page_hook:
        page_hook(f, 1)
    c.showPage()
    f.page2()
    if page_hook:
        page_hook(f, 2)
    c.showPage()
    c.save()
    return buf.getvalue(), f.fields, f.order
