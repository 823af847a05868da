"""Three home-made "print runs" of the PUMa application form (cerfa 15763*02, S1106).

Each run draws the two A4 pages with reportlab and returns, per page, the anchors where
values go (rectangles in PDF points, origin bottom-left).  The wording follows the public
description of the form; the drawing is our own.
"""

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from formtext import PIECES, SAVOIR, SITUATIONS

W, H = 595.28, 841.89
TT = "/usr/share/fonts/truetype/"
_FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": TT + "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": TT + "liberation/LiberationSans-Italic.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Carlito-I": TT + "crosextra/Carlito-Italic.ttf",
    "RobC": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobC-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "RobC-I": TT + "roboto/unhinted/RobotoCondensed-Italic.ttf",
}
_done = []


def register_fonts():
    if _done:
        return
    for name, path in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _done.append(1)


@dataclass
class Run:
    name: str
    font: str
    label_pos: str  # beside | above | inside
    section: str  # bar | underline | tab
    line_style: str  # box | dotted | cell
    comb_names: bool
    cw: float  # comb cell width
    ch: float  # comb cell height
    bs: float  # tick box size
    sig_label: str  # above | grey | inside
    accent: Color
    fs: float = 8.5


RUNS = {
    "A": Run(
        "A",
        "LibSans",
        "beside",
        "bar",
        "box",
        True,
        15.0,
        16.0,
        9.0,
        "above",
        Color(0.0, 0.29, 0.55),
    ),
    "B": Run(
        "B",
        "Carlito",
        "above",
        "underline",
        "dotted",
        False,
        13.0,
        15.0,
        8.5,
        "grey",
        Color(0.05, 0.33, 0.62),
        9.0,
    ),
    "C": Run(
        "C",
        "RobC",
        "inside",
        "tab",
        "cell",
        False,
        12.5,
        14.0,
        8.0,
        "inside",
        Color(0.16, 0.3, 0.5),
        8.5,
    ),
}


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
    """Top-down drawing helper on a reportlab canvas."""

    def __init__(self, c, run):
        self.c, self.run, self.anchors = c, run, {}
        self.f, self.fb, self.fi = run.font, run.font + "-B", run.font + "-I"
        self.x0, self.x1 = 40.0, W - 40.0

    def y(self, t):
        return H - t

    def text(self, x, t, s, font=None, size=None, color=None, anchor="l"):
        c = self.c
        c.setFont(font or self.f, size or self.run.fs)
        c.setFillColor(color or Color(0, 0, 0))
        if anchor == "c":
            c.drawCentredString(x, self.y(t), s)
        elif anchor == "r":
            c.drawRightString(x, self.y(t), s)
        else:
            c.drawString(x, self.y(t), s)

    def para(self, x, t, width, s, size=7.0, font=None, leading=None, color=None):
        font = font or self.f
        leading = leading or size * 1.22
        for line in wrap(s, font, size, width):
            self.text(x, t + size, line, font, size, color)
            t += leading
        return t

    def rect(self, x, t, w, h, lw=0.6, stroke=1, fill=0, fill_color=None, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(Color(0, 0, 0))
        if fill_color is not None:
            c.setFillColor(fill_color)
        c.setDash(*(dash or ([], 0)))
        c.rect(x, self.y(t + h), w, h, stroke=stroke, fill=fill)
        c.setDash([], 0)

    def hline(self, x0, x1, t, lw=0.5, dotted=False, color=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color or Color(0, 0, 0))
        c.setDash([0.6, 1.8] if dotted else [], 0)
        c.line(x0, self.y(t), x1, self.y(t))
        c.setDash([], 0)

    def box_anchor(self, key, x, t, w, h):
        self.anchors[key] = {"kind": "box", "rect": (x, self.y(t + h), x + w, self.y(t))}

    def tickbox(self, key, x, t):
        s = self.run.bs
        self.rect(x, t, s, s, lw=0.7)
        self.box_anchor(key, x, t, s, s)

    def comb(self, key, x, t, n, groups=None, cw=None, ch=None, gap=4.0):
        """n cells starting at x; groups: sizes separated by a gap.  Returns right edge."""
        cw, ch = cw or self.run.cw, ch or self.run.ch
        groups = groups or [n]
        cells = []
        for gi, g in enumerate(groups):
            for _ in range(g):
                self.rect(x, t, cw, ch, lw=0.55)
                cells.append((x, self.y(t + ch), x + cw, self.y(t)))
                x += cw
            if gi < len(groups) - 1:
                x += gap
        self.anchors[key] = {"kind": "comb", "cells": cells}
        return x

    def line_field(self, key, x0, x1, t, h):
        """A writing area from t to t+h (top-down)."""
        st = self.run.line_style
        if st in ("box", "cell"):
            self.rect(x0, t, x1 - x0, h, lw=0.55)
        elif st == "dotted":
            self.hline(x0, x1, t + h, lw=0.7, dotted=True)
        self.anchors[key] = {"kind": "line", "rect": (x0, self.y(t + h), x1, self.y(t))}

    # ---- generic labelled item ------------------------------------------------------
    def item(self, label, key, kind, x0, x1, t, n=None, groups=None, sub=None, lw=0.0):
        """Draws one labelled field between x0 and x1 from t; returns the bottom t."""
        r = self.run
        ch = r.ch
        if r.label_pos == "inside":
            cell_h = ch + 13
            self.rect(x0, t, x1 - x0, cell_h, lw=0.6)
            self.text(x0 + 3, t + 7.5, label, size=6.6)
            if sub:
                self.text(x1 - 3, t + 7.5, sub, size=5.8, color=Color(0.35, 0.35, 0.35), anchor="r")
            fx0, ft = x0 + 4, t + 10.5
            bottom = t + cell_h
        elif r.label_pos == "above":
            self.text(x0, t + 8, label, size=7.6)
            if sub:
                lw = pdfmetrics.stringWidth(label, self.f, 7.6)
                self.text(
                    x0 + lw + 4, t + 8, sub, font=self.fi, size=6.6, color=Color(0.3, 0.3, 0.3)
                )
            fx0, ft = x0, t + 11
            bottom = ft + ch + 2
        else:
            self.text(x0, t + ch - 4, label, size=r.fs)
            lw = max(lw, pdfmetrics.stringWidth(label, self.f, r.fs) + 6)
            if sub:
                self.text(x0, t + ch + 4.5, sub, font=self.fi, size=6.0, color=Color(0.3, 0.3, 0.3))
            fx0, ft = x0 + lw, t
            bottom = t + ch + (7 if sub else 0)
        if kind == "line":
            if r.label_pos == "inside":
                self.anchors[key] = {
                    "kind": "line",
                    "rect": (fx0, self.y(ft + ch), x1 - 4, self.y(ft)),
                }
            else:
                self.line_field(key, fx0, x1, ft, ch)
        elif kind == "comb":
            if n is None:
                n = int((x1 - fx0 - 2) // r.cw)
            self.comb(key, fx0, ft, n, groups=groups)
        elif kind == "sex":
            x = fx0 + 2
            for k in ("F", "M"):
                self.text(x, ft + ch - 4, k, font=self.fb, size=r.fs)
                x += 9
                self.tickbox("sex_" + k, x, ft + (ch - r.bs) / 2)
                x += r.bs + 14
        elif kind == "date":
            xe = self.comb(key, fx0, ft, 8, groups=[2, 2, 4], gap=6)
            tags = ["jour", "mois", "année"] if r.name != "C" else ["J", "M", "A"]
            if r.label_pos != "inside":
                xs = [fx0, fx0 + 2 * r.cw + 6, fx0 + 4 * r.cw + 12]
                for xx, tg in zip(xs, tags):
                    self.text(xx + 1, ft + ch + 6, tg, size=5.5, color=Color(0.35, 0.35, 0.35))
                bottom = max(bottom, ft + ch + 6)
            del xe
        elif kind == "nir":
            xe = self.comb(key, fx0, ft, 13, groups=[1, 2, 2, 2, 3, 3], gap=3.5)
            self.text(xe + 8, ft + ch - 4, "clé", size=7.0)
            self.comb("nir_key", xe + 24, ft, 2)
        return bottom

    # ---- sections ---------------------------------------------------------------------
    def section(self, t, letter, title):
        r, c = self.run, self.c
        if r.section == "bar":
            c.setFillColor(r.accent)
            c.rect(self.x0, self.y(t + 15), self.x1 - self.x0, 15, stroke=0, fill=1)
            self.text(
                self.x0 + 6,
                t + 11,
                f"{letter}   {title}",
                font=self.fb,
                size=10,
                color=Color(1, 1, 1),
            )
            return t + 22
        if r.section == "underline":
            self.text(
                self.x0, t + 12, f"{letter} – {title}", font=self.fb, size=11.5, color=r.accent
            )
            c.setStrokeColor(r.accent)
            c.setLineWidth(1.2)
            c.line(self.x0, self.y(t + 16), self.x1, self.y(t + 16))
            return t + 24
        c.setFillColor(r.accent)
        c.rect(self.x0, self.y(t + 16), 16, 16, stroke=0, fill=1)
        self.text(
            self.x0 + 8, t + 12, letter, font=self.fb, size=11, color=Color(1, 1, 1), anchor="c"
        )
        self.text(self.x0 + 22, t + 12, title, font=self.fb, size=10.5)
        self.hline(
            self.x0 + 22 + pdfmetrics.stringWidth(title, self.fb, 10.5) + 6,
            self.x1,
            t + 9,
            lw=0.8,
            color=r.accent,
        )
        return t + 23

    def header(self):
        r, c = self.run, self.c
        # home-made wordmark (not the real logo): a rounded mark and two words
        c.setFillColor(r.accent)
        c.roundRect(self.x0, self.y(72), 30, 30, 7, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.circle(self.x0 + 15, self.y(57), 8, stroke=0, fill=1)
        c.setFillColor(r.accent)
        c.circle(self.x0 + 15, self.y(57), 4.2, stroke=0, fill=1)
        self.text(self.x0 + 36, 55, "l'Assurance", font=self.fb, size=12, color=r.accent)
        self.text(self.x0 + 36, 69, "Maladie", font=self.fb, size=12, color=r.accent)
        bx = self.x1 - 92
        self.rect(bx, 40, 92, 36, lw=0.9)
        self.text(bx + 46, 56, "cerfa", font=self.fb, size=14, anchor="c")
        self.text(bx + 46, 70, "N° 15763*02", size=8.5, anchor="c")
        title = "Demande d'ouverture des droits à l'assurance maladie"
        tsize = 14.5 if r.name != "C" else 15.5
        self.text(W / 2, 100, title, font=self.fb, size=tsize, anchor="c")
        self.text(
            W / 2,
            116,
            "Protection universelle maladie (PUMa)",
            font=self.fb,
            size=10.5,
            anchor="c",
            color=r.accent,
        )
        self.text(
            W / 2,
            128,
            "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 et D. 160-2 "
            "du code de la sécurité sociale",
            font=self.fi,
            size=7,
            anchor="c",
        )
        notice = (
            "Vous travaillez en France, ou vous y résidez de manière stable et régulière "
            "depuis plus de trois mois : vous pouvez bénéficier de la prise en charge de "
            "vos frais de santé. Remplissez ce formulaire en lettres capitales, cochez les "
            "cases correspondant à votre situation, joignez les pièces justificatives "
            "indiquées page 2 et adressez le tout à la caisse d'assurance maladie de votre "
            "lieu de résidence."
        )
        if r.name == "B":
            self.hline(self.x0, self.x1, 134, lw=0.4)
            t = self.para(self.x0, 137, self.x1 - self.x0, notice, size=7.2)
            self.hline(self.x0, self.x1, t + 3, lw=0.4)
            return t + 10
        self.rect(
            self.x0,
            134,
            self.x1 - self.x0,
            36,
            lw=0.5,
            fill=1 if r.name == "C" else 0,
            fill_color=Color(0.93, 0.95, 0.97),
        )
        self.para(self.x0 + 6, 137, self.x1 - self.x0 - 12, notice, size=7.0)
        return 178

    def footer(self, page):
        self.hline(self.x0, self.x1, H - 30, lw=0.4)
        self.text(self.x0, H - 20, f"S1106 — cerfa n° 15763*02 — page {page}/2", size=6.8)
        self.text(
            self.x1, H - 20, "ameli.fr", font=self.fb, size=6.8, anchor="r", color=self.run.accent
        )


def draw_page1(c, run):
    register_fonts()
    p = Page(c, run)
    r = run
    t = p.header()
    t = p.section(t + 4, "A", "VOUS")
    x0, x1 = p.x0, p.x1
    gap = 8 if r.label_pos != "beside" else 9
    name_kind = "comb" if r.comb_names else "line"
    t = p.item("Nom de naissance", "surname", name_kind, x0, x1, t, lw=108) + gap
    t = (
        p.item(
            "Nom d'usage",
            "usage_name",
            name_kind,
            x0,
            x1,
            t,
            lw=108,
            sub="(facultatif ; ex. : nom d'époux ou d'épouse)",
        )
        + gap
    )
    t = p.item("Prénom(s)", "given_names", name_kind, x0, x1, t, lw=108) + gap
    xm = x0 + (150 if r.label_pos != "beside" else 120)
    b1 = p.item("Sexe", None, "sex", x0, xm - 10, t)
    b2 = p.item("Date de naissance", "dob", "date", xm, x1, t)
    t = max(b1, b2) + gap
    xm = x0 + 0.55 * (x1 - x0)
    b1 = p.item("Lieu de naissance : commune", "birth_commune", "line", x0, xm - 8, t)
    b2 = p.item("pays", "birth_country", "line", xm, x1, t)
    t = max(b1, b2) + gap
    xm = x0 + 0.5 * (x1 - x0)
    b1 = p.item("Nationalité", "nationality", "line", x0, xm - 8, t)
    b2 = p.item("N° d'allocataire CAF", "caf", "line", xm, x1, t, sub="(facultatif)")
    t = max(b1, b2) + gap
    t = p.item("N° de sécurité sociale", "nir", "nir", x0, x1, t, sub="(si vous en avez un)") + gap
    t = (
        p.item("Adresse", "address", "line", x0, x1, t, sub="(n°, rue, bâtiment, escalier, étage)")
        + gap
    )
    xm = x0 + (185 if r.label_pos == "beside" else 120)
    b1 = p.item("Code postal", "postcode", "comb", x0, xm - 8, t, n=5)
    b2 = p.item("Commune", "commune", "line", xm, x1, t)
    t = max(b1, b2) + gap
    xm = x0 + 0.42 * (x1 - x0)
    b1 = p.item("Téléphone", "phone", "line", x0, xm - 8, t)
    b2 = p.item("Adresse e-mail", "email", "line", xm, x1, t)
    t = max(b1, b2) + gap + 4

    t = p.section(t, "B", "VOTRE SITUATION")
    p.text(
        x0, t + 6, "Cochez la case qui correspond à votre situation actuelle :", font=p.fi, size=7.8
    )
    t += 14
    for key, label in SITUATIONS:
        p.tickbox(key, x0 + 2, t)
        tx = x0 + r.bs + 9
        t2 = p.para(tx, t - 1.5, x1 - tx, label, size=8.2, leading=10)
        t = max(t + r.bs, t2)
        if key == "sit_salarie":
            t += 4
            ix = x0 + 26
            p.text(ix, t + 7.5, "Type de contrat :", size=7.8)
            cx = ix + 68
            for ck, cl in (
                ("ct_cdi", "CDI"),
                ("ct_cdd", "CDD"),
                ("ct_interim", "intérim"),
                ("ct_autre", "autre (apprentissage, saisonnier...)"),
            ):
                p.tickbox(ck, cx, t)
                p.text(cx + r.bs + 4, t + 7.5, cl, size=7.8)
                cx += r.bs + 12 + pdfmetrics.stringWidth(cl, p.f, 7.8)
            t += r.bs + 5
            xm = ix + 0.45 * (x1 - ix)
            b1 = p.item("Profession", "profession", "line", ix, xm - 8, t)
            b2 = p.item("Employeur", "employer", "line", xm, x1, t)
            t = max(b1, b2)
        if key == "sit_autre":
            t += 3
            p.line_field("autre_text", x0 + 26, x1, t, r.ch)
            t += r.ch
        t += 6
    p.footer(1)
    return p.anchors


def draw_page2(c, run):
    register_fonts()
    p = Page(c, run)
    r = run
    x0, x1 = p.x0, p.x1
    t = p.section(44, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    cert = (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation (adresse, activité professionnelle, situation familiale, départ de "
        "France)."
    )
    t = p.para(x0, t + 2, x1 - x0, cert, size=8.6, leading=11) + 4
    law = (
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 "
        "du code pénal ; article L. 114-13 du code de la sécurité sociale)."
    )
    t = p.para(x0, t, x1 - x0, law, size=7.0, font=p.fi) + 12
    # "Fait à ... le ..." on one line
    lh = 16
    p.text(x0, t + lh - 4, "Fait à", size=9.5)
    fx = x0 + pdfmetrics.stringWidth("Fait à", p.f, 9.5) + 6
    lx = x0 + 250
    p.line_field("place", fx, lx - 8, t, lh)
    p.text(lx, t + lh - 4, "le", size=9.5)
    p.line_field("date", lx + 16, lx + 140, t, lh)
    t += lh + 14
    # signature box
    sw, sh = 250, 92
    sx = x1 - sw if r.name != "B" else x0 + 160
    if r.sig_label == "above":
        p.text(sx, t + 8, "Signature", font=p.fb, size=9)
        t += 12
    p.rect(sx, t, sw, sh, lw=0.9)
    lab = None
    if r.sig_label == "grey":
        p.text(
            sx + sw / 2,
            t + sh / 2 + 8,
            "Signature",
            font=p.fb,
            size=24,
            color=Color(0.82, 0.82, 0.82),
            anchor="c",
        )
        wl = pdfmetrics.stringWidth("Signature", p.fb, 24)
        lab = (
            sx + sw / 2 - wl / 2,
            H - (t + sh / 2 + 12),
            sx + sw / 2 + wl / 2,
            H - (t + sh / 2 - 10),
        )
    elif r.sig_label == "inside":
        p.text(sx + 5, t + 11, "Signature", font=p.fb, size=8.5)
        lab = (sx + 4, H - (t + 13), sx + 48, H - (t + 3))
    if r.name == "C":
        p.para(
            x0,
            t + 4,
            sx - x0 - 14,
            "Signature du demandeur ou de son représentant "
            "légal, précédée de la mention « lu et approuvé » si vous le souhaitez.",
            size=7,
            font=p.fi,
        )
    p.anchors["signature"] = {
        "kind": "sig",
        "rect": (sx, H - (t + sh), sx + sw, H - t),
        "label": r.sig_label,
        "label_rect": lab,
    }
    t += sh + 18
    # pieces justificatives
    title = "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE"
    if r.section == "bar":
        p.c.setFillColor(Color(0.88, 0.91, 0.95))
        p.c.rect(x0, p.y(t + 14), x1 - x0, 14, stroke=0, fill=1)
        p.text(x0 + 5, t + 10.5, title, font=p.fb, size=9, color=r.accent)
        t += 20
    else:
        p.text(x0, t + 10, title, font=p.fb, size=9.5, color=r.accent)
        t += 16
    for piece in PIECES:
        bullet = "•" if r.name != "B" else "–"
        p.text(x0 + 4, t + 8, bullet, size=8.5)
        t = p.para(x0 + 14, t, x1 - x0 - 14, piece, size=8.0, leading=10) + 3
    t += 8
    cnil = (
        "Informatique et libertés : les informations recueillies sont destinées à votre "
        "caisse d'assurance maladie pour l'ouverture de vos droits. Conformément au "
        "règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous "
        "disposez d'un droit d'accès et de rectification des données vous concernant "
        "auprès du délégué à la protection des données de votre caisse."
    )
    t = p.para(x0, t, x1 - x0, cnil, size=6.6, color=Color(0.25, 0.25, 0.25)) + 10
    p.text(x0, t + 9, "À SAVOIR", font=p.fb, size=8.5, color=r.accent)
    t += 13
    for s in SAVOIR:
        t = p.para(x0 + 10, t, x1 - x0 - 10, s, size=7.6, leading=9.6) + 2
    t += 12
    # cadre reserve
    bh = 62
    p.rect(
        x0,
        t,
        x1 - x0,
        bh,
        lw=0.8,
        fill=1 if r.name != "B" else 0,
        fill_color=Color(0.94, 0.94, 0.94),
        dash=[3, 2] if r.name == "B" else None,
    )
    p.text(x0 + 6, t + 12, "Cadre réservé à l'organisme", font=p.fb, size=8.5)
    p.text(x0 + 6, t + 30, "Date de réception :", size=7.8)
    p.rect(x0 + 80, t + 20, 80, 14, lw=0.5)
    p.text(x0 + 180, t + 30, "Pièces vérifiées", size=7.8)
    p.rect(x0 + 240, t + 22.5, 8, 8, lw=0.6)
    p.text(x0 + 270, t + 30, "Matricule agent :", size=7.8)
    p.rect(x0 + 340, t + 20, 90, 14, lw=0.5)
    p.text(x0 + 6, t + 50, "Observations :", size=7.8)
    p.hline(x0 + 62, x1 - 8, t + 52, lw=0.4, dotted=True)
    p.footer(2)
    return p.anchors
