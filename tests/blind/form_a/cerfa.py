"""Draws the blank two-page cerfa 15763*02 (ameli S1106) with reportlab.

The layout is our own rendering of the public form's description: header with the
Assurance Maladie mark and the cerfa box, section A "VOUS", section B "VOTRE SITUATION",
then on page 2 section C "VOS ENGAGEMENTS ET SIGNATURE", the list of supporting documents,
the "Cadre réservé à l'organisme" and the legal mentions. A `Style` holds what differs
between print runs (font family, sizes, line weights, spacing, box sizes, band look).

Everything is placed in millimetres from the top-left corner of an A4 page. `draw_form`
returns the anchors (page, x, y, w, h in mm) of every place a filler writes into.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import fonts
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_W, PAGE_H = 210.0, 297.0


@dataclass
class Style:
    family: str = "liberation"
    title_size: float = 15.0
    body: float = 9.0
    small: float = 6.8
    lw: float = 0.6  # line width in points
    accent: tuple = (0.0, 0.27, 0.58)
    band: str = "fill"  # fill | grey | line
    ml: float = 14.0  # left margin mm
    mt: float = 11.0  # top margin mm
    row: float = 8.2  # row pitch mm in section A
    comb: float = 5.0  # comb box width mm
    comb_names: bool = True  # comb boxes for names (else underlined lines)
    cb: float = 3.8  # checkbox side mm
    sig_w: float = 80.0
    sig_h: float = 32.0
    sig_label: str = "above"  # above | inside
    date_style: str = "line"  # line | comb
    notice_box: bool = True
    agency: str = "Pôle emploi"
    logo_right: bool = True  # Assurance Maladie mark on the right, cerfa box left
    box_grey: float = 0.0  # grey fill inside comb boxes (0 = white)

    @staticmethod
    def random(rng: random.Random, **over) -> Style:
        s = Style(
            family=rng.choice(list(fonts.PRINT_FAMILIES)),
            title_size=rng.uniform(13.5, 16.0),
            body=rng.uniform(8.4, 9.4),
            small=rng.uniform(6.2, 7.2),
            lw=rng.choice([0.4, 0.5, 0.6, 0.75, 0.9]),
            accent=rng.choice(
                [(0.0, 0.27, 0.58), (0.05, 0.32, 0.62), (0.0, 0.36, 0.66), (0.12, 0.2, 0.45)]
            ),
            band=rng.choice(["fill", "fill", "grey", "line"]),
            ml=rng.uniform(12.0, 17.0),
            mt=rng.uniform(9.0, 14.0),
            row=rng.uniform(7.6, 8.8),
            comb=rng.uniform(4.6, 5.3),
            comb_names=rng.random() < 0.6,
            cb=rng.uniform(3.4, 4.2),
            sig_w=rng.uniform(70, 92),
            sig_h=rng.uniform(26, 36),
            sig_label=rng.choice(["above", "inside", "inside"]),
            date_style=rng.choice(["line", "line", "comb"]),
            notice_box=rng.random() < 0.7,
            agency=rng.choice(["Pôle emploi", "France Travail"]),
            logo_right=rng.random() < 0.75,
            box_grey=rng.choice([0.0, 0.0, 0.93]),
        )
        for k, v in over.items():
            setattr(s, k, v)
        return s


@dataclass
class Anchors:
    items: dict = field(default_factory=dict)

    def put(self, name, page, x, y, w, h, **extra):
        self.items[name] = dict(page=page, x=x, y=y, w=w, h=h, **extra)

    def combs(self, name, page, boxes):
        self.items[name] = dict(page=page, boxes=boxes)

    def __getitem__(self, k):
        return self.items[k]

    def get(self, k):
        return self.items.get(k)


class Pen:
    """Thin wrapper over a reportlab canvas working in mm from the top-left corner."""

    def __init__(self, c, style: Style):
        self.c = c
        self.s = style
        self.reg, self.bold, self.ital = fonts.rl_family(style.family)

    def Y(self, y):
        return (PAGE_H - y) * mm

    def text(self, x, y, s, size=None, font=None, color=(0, 0, 0), anchor="l"):
        size = size or self.s.body
        font = font or self.reg
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        if anchor == "l":
            c.drawString(x * mm, self.Y(y), s)
        elif anchor == "r":
            c.drawRightString(x * mm, self.Y(y), s)
        else:
            c.drawCentredString(x * mm, self.Y(y), s)
        return x + stringWidth(s, font, size) / mm

    def width(self, s, size=None, font=None):
        return stringWidth(s, font or self.reg, size or self.s.body) / mm

    def line(self, x1, y1, x2, y2, lw=None, color=(0, 0, 0), dash=None):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw if lw is not None else self.s.lw)
        c.setDash(*(dash or ([], 0)))
        c.line(x1 * mm, self.Y(y1), x2 * mm, self.Y(y2))
        c.setDash([], 0)

    def rect(self, x, y, w, h, lw=None, stroke=(0, 0, 0), fill=None, radius=0):
        c = self.c
        c.setStrokeColorRGB(*stroke)
        c.setLineWidth(lw if lw is not None else self.s.lw)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if radius:
            c.roundRect(
                x * mm,
                self.Y(y + h),
                w * mm,
                h * mm,
                radius * mm,
                stroke=1 if stroke is not None else 0,
                fill=1 if fill is not None else 0,
            )
        else:
            c.rect(
                x * mm,
                self.Y(y + h),
                w * mm,
                h * mm,
                stroke=1 if stroke is not None else 0,
                fill=1 if fill is not None else 0,
            )

    def para(self, x, y, w, s, size=None, font=None, leading=None, color=(0, 0, 0)):
        """Wrapped paragraph; y is the first baseline; returns the next free baseline."""
        size = size or self.s.body
        font = font or self.reg
        leading = leading or size * 1.22
        for ln in simpleSplit(s, font, size, w * mm):
            self.text(x, y, ln, size, font, color)
            y += leading * 0.3528
        return y

    def checkbox(self, x, y, side=None):
        side = side or self.s.cb
        self.rect(x, y, side, side, lw=max(self.s.lw, 0.5))
        return (x, y, side, side)

    def comb(self, x, y, n, w=None, h=None, gap_after=(), gap=1.6):
        """n comb boxes starting at (x, y) top-left; returns list of boxes."""
        w = w or self.s.comb
        h = h or self.s.comb * 1.18
        boxes = []
        cx = x
        for i in range(n):
            if self.s.box_grey:
                g = self.s.box_grey
                self.rect(cx, y, w, h, lw=0.01, stroke=(g, g, g), fill=(g, g, g))
            boxes.append((cx, y, w, h))
            cx += w
            if i in gap_after:
                cx += gap
        # draw as a comb: bottom line + ticks (how cerfa boxes print), or full boxes
        for bx, by, bw, bh in boxes:
            self.rect(bx, by, bw, bh, lw=self.s.lw * 0.8)
        return boxes


def _band(p: Pen, y, letter, title, page_w_usable):
    s = p.s
    x = s.ml
    h = 6.4
    if s.band == "fill":
        p.rect(x, y, page_w_usable, h, lw=0.01, stroke=s.accent, fill=s.accent)
        p.text(x + 2.5, y + 4.6, letter, s.body + 2.5, p.bold, (1, 1, 1))
        p.text(x + 9.5, y + 4.6, title, s.body + 1.4, p.bold, (1, 1, 1))
    elif s.band == "grey":
        p.rect(x, y, page_w_usable, h, lw=0.01, stroke=(0.82, 0.82, 0.82), fill=(0.85, 0.85, 0.85))
        p.rect(x, y, 7.5, h, lw=0.01, stroke=(0.1, 0.1, 0.1), fill=(0.1, 0.1, 0.1))
        p.text(x + 2.2, y + 4.6, letter, s.body + 2.5, p.bold, (1, 1, 1))
        p.text(x + 10.0, y + 4.6, title, s.body + 1.4, p.bold)
    else:
        p.text(x, y + 4.6, f"{letter}", s.body + 3, p.bold, s.accent)
        p.text(x + 7.0, y + 4.6, title, s.body + 1.4, p.bold, s.accent)
        p.line(x, y + h, x + page_w_usable, y + h, lw=1.1, color=s.accent)
    return y + h


def _header(p: Pen, page_w_usable):
    s = p.s
    x0 = s.ml
    y = s.mt

    # Assurance Maladie mark: a rounded blue tile with two white arcs, then the words
    def mark(mx, my):
        p.rect(mx, my, 11, 11, lw=0.01, stroke=s.accent, fill=s.accent, radius=2.2)
        c = p.c
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(1.6)
        c.arc((mx + 2.0) * mm, p.Y(my + 9.5), (mx + 9.0) * mm, p.Y(my + 2.5), 20, 140)
        c.arc((mx + 3.5) * mm, p.Y(my + 8.0), (mx + 7.5) * mm, p.Y(my + 4.0), 200, 140)
        p.text(mx + 13, my + 4.6, "l'Assurance", 10.5, p.reg, s.accent)
        p.text(mx + 13, my + 9.6, "Maladie", 12.5, p.bold, s.accent)
        p.text(mx + 13, my + 13.0, "Agir ensemble, protéger chacun", 5.6, p.ital, s.accent)

    def cerfa_box(cx, cy):
        p.rect(cx, cy, 19, 10.5, lw=1.0)
        p.text(cx + 9.5, cy + 7.0, "cerfa", 12, p.bold, anchor="c")
        p.text(cx + 21, cy + 4.2, "N° 15763*02", s.body + 0.5, p.bold)
        p.text(cx + 21, cy + 8.6, "S1106", s.small + 0.6, p.reg)

    right = x0 + page_w_usable
    if s.logo_right:
        cerfa_box(x0, y)
        mark(right - 50, y)
    else:
        mark(x0, y)
        cerfa_box(right - 42, y)
    y += 20.5
    p.text(
        105,
        y,
        "Demande d'ouverture des droits à l'assurance maladie",
        s.title_size,
        p.bold,
        anchor="c",
    )
    y += 6.4
    p.text(
        105, y, "Protection universelle maladie (PUMa)", s.title_size - 3.5, p.reg, s.accent, "c"
    )
    y += 4.6
    p.text(
        105,
        y,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2, R. 111-3 et D. 160-2 "
        "du code de la sécurité sociale",
        s.small,
        p.ital,
        anchor="c",
    )
    y += 3.2
    notice = (
        "Vous travaillez ou vous résidez en France de manière stable et régulière et vous "
        "ne bénéficiez pas de la prise en charge de vos frais de santé : remplissez ce "
        "formulaire pour demander l'ouverture de vos droits. Écrivez en lettres capitales, "
        "à l'encre noire. Joignez les pièces justificatives listées en page 2 et adressez "
        "l'ensemble à la caisse primaire d'assurance maladie (CPAM) de votre lieu de "
        "résidence. Conservez une copie de votre demande."
    )
    if s.notice_box:
        lines = simpleSplit(notice, p.reg, s.small, (page_w_usable - 6) * mm)
        h = len(lines) * s.small * 1.22 * 0.3528 + 3.2
        p.rect(x0, y, page_w_usable, h, lw=0.4, stroke=(0.3, 0.3, 0.3), fill=(0.95, 0.96, 0.98))
        p.para(x0 + 3, y + 3.4, page_w_usable - 6, notice, s.small)
        y += h + 3.0
    else:
        y = p.para(x0, y + 3.2, page_w_usable, notice, s.small) + 1.0
    return y


def _label_field(p: Pen, a: Anchors, name, y, label, sub=None, x=None, w=None, ncomb=None, page=1):
    """A label and its writing area on one row; comb boxes or an underlined line."""
    s = p.s
    x = s.ml if x is None else x
    end = x + w if w is not None else s.ml + (PAGE_W - 2 * s.ml)
    lx = p.text(x, y + 4.3, label, s.body, p.reg)
    if sub:
        lx = p.text(lx + 1.0, y + 4.3, sub, s.small, p.ital, (0.25, 0.25, 0.25))
    fx = lx + 2.0
    if ncomb is not None or (
        s.comb_names and ncomb is None and name in ("nom_naissance", "nom_usage", "prenoms")
    ):
        n = ncomb or int((end - fx) // s.comb)
        boxes = p.comb(fx, y - 0.6, n)
        a.combs(name, page, boxes)
        a.items[name]["line"] = (fx, y - 0.6, n * s.comb, s.comb * 1.18)
    else:
        p.line(fx, y + 5.0, end, y + 5.0, lw=0.4, dash=([0.6, 1.2], 0))
        a.put(name, page, fx, y - 0.8, end - fx, 6.0)
    return y + s.row


def draw_page1(p: Pen, a: Anchors):
    s = p.s
    uw = PAGE_W - 2 * s.ml
    y = _header(p, uw)
    y = _band(p, y, "A", "VOUS", uw) + 3.4
    y = _label_field(p, a, "nom_naissance", y, "Nom de naissance")
    y = _label_field(p, a, "nom_usage", y, "Nom d'usage", "(facultatif, ex. nom d'époux/épouse)")
    y = _label_field(p, a, "prenoms", y, "Prénom(s)", "(dans l'ordre de l'état civil)")
    # sex + date of birth on one row
    x = s.ml
    lx = p.text(x, y + 4.3, "Sexe :", s.body)
    bx = lx + 2.5
    a.put("sexe_F", 1, *p.checkbox(bx, y + 0.9))
    lx = p.text(bx + s.cb + 1.2, y + 4.3, "F", s.body)
    bx = lx + 3.5
    a.put("sexe_M", 1, *p.checkbox(bx, y + 0.9))
    p.text(bx + s.cb + 1.2, y + 4.3, "M", s.body)
    dx = s.ml + uw * 0.42
    lx = p.text(dx, y + 4.3, "Date de naissance", s.body)
    cx = lx + 3.0
    boxes = p.comb(cx, y - 0.6, 8, gap_after=(1, 3), gap=2.2)
    a.combs("date_naissance", 1, boxes)
    for lab, i in (("J J", 0), ("M M", 2), ("A A A A", 4)):
        bx0 = boxes[i][0]
        n = 2 if i < 4 else 4
        p.text(
            bx0 + n * s.comb / 2,
            y + s.comb * 1.18 + 2.4,
            lab,
            s.small - 0.8,
            p.reg,
            (0.35, 0.35, 0.35),
            "c",
        )
    y += s.row + 2.2
    y2 = _label_field(p, a, "lieu_commune", y, "Lieu de naissance : commune", w=uw * 0.56)
    _label_field(p, a, "lieu_pays", y, "pays", x=s.ml + uw * 0.59, w=uw * 0.41)
    y = y2
    y = _label_field(p, a, "nationalite", y, "Nationalité")
    # NIR 13 + key 2
    lx = p.text(s.ml, y + 4.3, "N° de sécurité sociale", s.body)
    lx = p.text(lx + 1, y + 4.3, "(si vous en avez un)", s.small, p.ital, (0.25, 0.25, 0.25))
    boxes = p.comb(lx + 2.5, y - 0.6, 15, w=s.comb * 0.86, gap_after=(0, 2, 4, 6, 9, 12), gap=1.3)
    a.combs("nir", 1, boxes)
    y += s.row + 0.6
    y = _label_field(p, a, "caf", y, "N° d'allocataire CAF", "(si vous en avez un)", w=uw * 0.62)
    y = _label_field(p, a, "adresse", y, "Adresse")
    y = _label_field(p, a, "adresse2", y, "", "(bâtiment, étage, appartement)")
    lx = p.text(s.ml, y + 4.3, "Code postal", s.body)
    boxes = p.comb(lx + 2.5, y - 0.6, 5)
    a.combs("code_postal", 1, boxes)
    _label_field(p, a, "commune", y, "Commune", x=s.ml + uw * 0.38, w=uw * 0.62)
    y += s.row
    y2 = _label_field(p, a, "telephone", y, "Téléphone", w=uw * 0.42)
    _label_field(p, a, "courriel", y, "Courriel", x=s.ml + uw * 0.45, w=uw * 0.55)
    y = y2 + 1.8

    # Section B
    y = _band(p, y, "B", "VOTRE SITUATION", uw) + 2.2
    y = (
        p.para(
            s.ml,
            y + 3.0,
            uw,
            "Cochez la case qui correspond à votre situation actuelle "
            "et complétez les informations demandées.",
            s.small,
            p.ital,
        )
        + 0.8
    )
    ind = s.ml + s.cb + 2.6
    pitch = s.row * 0.82

    def opt(name, y, text, bold_first=None):
        a.put(name, 1, *p.checkbox(s.ml + 0.6, y))
        lines = simpleSplit(text, p.reg, s.body, (uw - s.cb - 4) * mm)
        yy = y + s.cb - 0.4
        for i, ln in enumerate(lines):
            p.text(ind, yy, ln, s.body, p.bold if (bold_first and i == 0) else p.reg)
            yy += s.body * 1.2 * 0.3528
        return yy - s.body * 1.2 * 0.3528 + 2.2

    y = opt("sit_salarie", y, "Vous exercez une activité salariée en France") + 1.2
    y = _label_field(p, a, "profession", y, "Profession", x=ind, w=uw * 0.52 - ind + s.ml)
    y -= pitch * 0.05
    y = _label_field(
        p, a, "employeur", y, "Nom et adresse de l'employeur", x=ind, w=PAGE_W - s.ml - ind
    )
    lx = p.text(ind, y + 4.0, "Type de contrat :", s.body)
    bx = lx + 3
    a.put("ct_cdi", 1, *p.checkbox(bx, y + 0.8))
    lx = p.text(bx + s.cb + 1.2, y + 4.0, "CDI", s.body)
    bx = lx + 4
    a.put("ct_cdd", 1, *p.checkbox(bx, y + 0.8))
    lx = p.text(bx + s.cb + 1.2, y + 4.0, "CDD", s.body)
    bx = lx + 4
    a.put("ct_autre", 1, *p.checkbox(bx, y + 0.8))
    lx = p.text(bx + s.cb + 1.2, y + 4.0, "autre (précisez) :", s.body)
    p.line(lx + 1.5, y + 4.8, lx + 26, y + 4.8, lw=0.4, dash=([0.6, 1.2], 0))
    a.put("ct_autre_txt", 1, lx + 1.5, y - 1.0, 24.5, 6)
    lx2 = p.text(lx + 29, y + 4.0, "depuis le", s.body)
    p.line(lx2 + 1.5, y + 4.8, s.ml + uw, y + 4.8, lw=0.4, dash=([0.6, 1.2], 0))
    a.put("date_embauche", 1, lx2 + 1.5, y - 1.0, s.ml + uw - lx2 - 1.5, 6)
    y += pitch + 1.6
    y = opt(
        "sit_independant",
        y,
        "Vous exercez une activité non salariée en France "
        "(travailleur indépendant, micro-entrepreneur, profession libérale)",
    )
    y = _label_field(p, a, "siret", y, "N° SIRET", x=ind, w=uw * 0.6) - 0.4
    y = opt("sit_demandeur", y, f"Vous êtes inscrit(e) comme demandeur d'emploi ({s.agency})") + 0.6
    y = opt("sit_etudiant", y, "Vous êtes étudiant(e)")
    y = (
        _label_field(
            p, a, "etablissement", y, "Établissement d'enseignement", x=ind, w=PAGE_W - s.ml - ind
        )
        - 0.4
    )
    y = (
        opt(
            "sit_inactif",
            y,
            "Vous n'exercez pas d'activité professionnelle et vous résidez en "
            "France de manière stable et régulière depuis plus de trois mois",
        )
        + 0.6
    )
    y = opt("sit_autre", y, "Autre situation")
    y = _label_field(p, a, "autre_txt", y, "précisez", x=ind, w=PAGE_W - s.ml - ind)
    # footer
    p.text(PAGE_W - s.ml, 287.5, "Tournez la page  >", s.small, p.ital, anchor="r")
    p.line(s.ml, 289.5, PAGE_W - s.ml, 289.5, lw=0.3, color=(0.4, 0.4, 0.4))
    p.text(s.ml, 292.5, "S1106 — cerfa n° 15763*02 — page 1/2", s.small, p.reg)
    p.text(PAGE_W - s.ml, 292.5, "ameli.fr", s.small, p.bold, s.accent, "r")
    return y


PIECES = [
    (
        "Une pièce d'identité",
        "en cours de validité : passeport ou, pour les ressortissants de "
        "l'Union européenne, de l'Espace économique européen ou de la Suisse, carte nationale d'identité.",
    ),
    (
        "Si vous n'êtes pas ressortissant(e) de l'UE, de l'EEE ou de la Suisse",
        ": un titre de séjour "
        "en cours de validité, un visa long séjour valant titre de séjour (VLS-TS) ou le récépissé "
        "de votre demande de titre de séjour.",
    ),
    (
        "Un acte de naissance",
        "(copie intégrale ou extrait avec filiation). S'il est établi à "
        "l'étranger, il doit être apostillé ou légalisé selon le pays ; une traduction par un "
        "traducteur assermenté peut vous être demandée.",
    ),
    (
        "Un justificatif de résidence en France depuis plus de trois mois",
        ": bail de location, ou "
        "trois factures successives (électricité, gaz, eau, téléphone fixe, internet ou mobile), ou "
        "attestation d'hébergement accompagnée de la pièce d'identité de l'hébergeant et de son "
        "justificatif de domicile.",
    ),
    ("Un relevé d'identité bancaire (RIB)", "à votre nom, comportant l'IBAN et le BIC."),
    (
        "Si vous travaillez",
        ": votre contrat de travail ou votre dernier bulletin de salaire ; si vous "
        "êtes non salarié(e), un justificatif d'activité (inscription au registre, avis de situation "
        "SIRENE).",
    ),
    ("Si vous êtes étudiant(e)", ": votre certificat de scolarité de l'année en cours."),
]


def draw_page2(p: Pen, a: Anchors):
    s = p.s
    uw = PAGE_W - 2 * s.ml
    y = s.mt + 2
    p.text(s.ml, y + 3, "Demande d'ouverture des droits à l'assurance maladie", s.body, p.bold)
    p.text(PAGE_W - s.ml, y + 3, "N° 15763*02", s.body, p.bold, anchor="r")
    y += 8
    y = _band(p, y, "C", "VOS ENGAGEMENTS ET SIGNATURE", uw) + 3.0
    txt = (
        "Je déclare ne pas bénéficier de la prise en charge de mes frais de santé par un "
        "autre régime d'assurance maladie, en France ou à l'étranger."
    )
    y = p.para(s.ml, y + 3, uw, txt, s.body)
    txt = (
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation (adresse, activité professionnelle, résidence en France, situation familiale)."
    )
    y = p.para(s.ml, y + 1.2, uw, txt, s.body)
    y = p.para(
        s.ml,
        y + 1.2,
        uw,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        s.body,
        p.bold,
    )
    y += 4.5
    # Fait à ... le ...
    lx = p.text(s.ml, y, "Fait à", s.body)
    end_place = s.ml + uw * 0.52
    p.line(lx + 1.5, y + 0.8, end_place, y + 0.8, lw=0.4, dash=([0.6, 1.2], 0))
    a.put("fait_a", 2, lx + 1.5, y - 5.0, end_place - lx - 1.5, 6.0)
    lx = p.text(end_place + 2.5, y, "le", s.body)
    if s.date_style == "comb":
        boxes = p.comb(lx + 2.5, y - 4.8, 8, gap_after=(1, 3), gap=2.2)
        a.combs("date_sig", 2, boxes)
        for i in (1, 3):
            bx = boxes[i][0] + boxes[i][2] + 1.1
            p.text(bx, y, "/", s.body, anchor="c")
    else:
        p.line(lx + 1.5, y + 0.8, s.ml + uw, y + 0.8, lw=0.4, dash=([0.6, 1.2], 0))
        a.put("date_sig", 2, lx + 1.5, y - 5.0, s.ml + uw - lx - 1.5, 6.0)
    y += 6
    sx = s.ml + uw - s.sig_w
    if s.sig_label == "above":
        p.text(sx, y + 3.2, "Signature", s.body, p.bold)
        y += 4.6
        p.rect(sx, y, s.sig_w, s.sig_h, lw=max(s.lw, 0.6))
        a.put("signature", 2, sx, y, s.sig_w, s.sig_h, label=None)
    else:
        p.rect(sx, y, s.sig_w, s.sig_h, lw=max(s.lw, 0.6))
        p.text(sx + 2, y + 4.0, "Signature", s.small + 0.8, p.reg, (0.3, 0.3, 0.3))
        a.put("signature", 2, sx, y, s.sig_w, s.sig_h, label=(sx + 2, y + 4.0))
    # fraud mention to the left of the box
    fraud = (
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
        "fraude ou de fausse déclaration (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du "
        "code pénal). En outre, l'inexactitude ou le caractère incomplet des déclarations "
        "peut faire l'objet d'une pénalité financière en application de l'article "
        "L. 114-17-1 du code de la sécurité sociale."
    )
    p.para(s.ml, y + 2.5, uw - s.sig_w - 6, fraud, s.small, p.ital, color=(0.2, 0.2, 0.2))
    y += s.sig_h + 6
    # pièces justificatives
    p.rect(s.ml, y, uw, 6.0, lw=0.01, stroke=(0.88, 0.9, 0.94), fill=(0.88, 0.9, 0.94))
    p.text(
        s.ml + 2.5,
        y + 4.3,
        "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
        s.body + 0.6,
        p.bold,
        s.accent,
    )
    y += 6.0 + 4.0
    p.text(
        s.ml,
        y,
        "Joignez des photocopies lisibles (n'envoyez pas d'originaux) :",
        s.small + 0.6,
        p.ital,
    )
    y += 4.2
    for head, rest in PIECES:
        p.rect(s.ml + 1.2, y - 2.2, 1.6, 1.6, lw=0.01, stroke=s.accent, fill=s.accent)
        lines = simpleSplit(head + " " + rest, p.reg, s.body - 0.6, (uw - 6) * mm)
        first = True
        for ln in lines:
            if first and ln.startswith(head):
                ex = p.text(s.ml + 5, y, head, s.body - 0.6, p.bold)
                p.text(ex, y, ln[len(head) :], s.body - 0.6, p.reg)
            else:
                p.text(s.ml + 5, y, ln, s.body - 0.6, p.reg)
            first = False
            y += (s.body - 0.6) * 1.22 * 0.3528
        y += 1.3
    y += 3.5
    # Cadre réservé à l'organisme
    h = 27
    p.rect(s.ml, y, uw, h, lw=max(s.lw, 0.6), stroke=(0.2, 0.2, 0.2), fill=(0.94, 0.94, 0.94))
    p.text(s.ml + 3, y + 5, "Cadre réservé à l'organisme", s.body, p.bold)
    p.text(s.ml + 3, y + 12, "Date de réception :", s.body - 0.4)
    p.text(s.ml + 36, y + 12, "____ / ____ / ________", s.body - 0.4, p.reg, (0.4, 0.4, 0.4))
    p.text(s.ml + uw * 0.55, y + 12, "Pièces vérifiées :", s.body - 0.4)
    bx = s.ml + uw * 0.55 + p.width("Pièces vérifiées :", s.body - 0.4) + 3
    p.checkbox(bx, y + 9.2, 3.0)
    ex = p.text(bx + 4.2, y + 12, "oui", s.body - 0.4)
    p.checkbox(ex + 3, y + 9.2, 3.0)
    p.text(ex + 7.2, y + 12, "non", s.body - 0.4)
    p.text(s.ml + 3, y + 19, "Matricule agent :", s.body - 0.4)
    p.text(s.ml + 36, y + 19, "______________", s.body - 0.4, p.reg, (0.4, 0.4, 0.4))
    p.text(s.ml + uw * 0.55, y + 19, "Observations :", s.body - 0.4)
    y += h + 5
    cnil = (
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers "
        "et aux libertés et le règlement (UE) 2016/679 s'appliquent aux réponses faites sur ce "
        "formulaire. Ils garantissent un droit d'accès et de rectification des données vous "
        "concernant auprès de votre caisse d'assurance maladie."
    )
    p.para(s.ml, y, uw, cnil, s.small, p.ital, color=(0.25, 0.25, 0.25))
    p.line(s.ml, 289.5, PAGE_W - s.ml, 289.5, lw=0.3, color=(0.4, 0.4, 0.4))
    p.text(s.ml, 292.5, "S1106 — cerfa n° 15763*02 — page 2/2", s.small, p.reg)
    p.text(PAGE_W - s.ml, 292.5, "ameli.fr", s.small, p.bold, s.accent, "r")


def new_canvas(path_or_buf, title="cerfa 15763*02"):
    from reportlab.pdfgen import canvas as rlcanvas

    c = rlcanvas.Canvas(path_or_buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def draw_form(c, style: Style, page_hook=None) -> Anchors:
    """Draw both pages on canvas c. page_hook(pen, anchors, page_no) runs before each showPage."""
    a = Anchors()
    p = Pen(c, style)
    draw_page1(p, a)
    if page_hook:
        page_hook(p, a, 1)
    c.showPage()
    p = Pen(c, style)
    draw_page2(p, a)
    if page_hook:
        page_hook(p, a, 2)
    c.showPage()
    return a
