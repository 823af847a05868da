"""Three home-made "print runs" of the cerfa 15763*02 (S1106) form.

Each run draws the two A4 pages with reportlab and returns a geometry dict that tells the
fillers where each value goes (points, origin bottom-left):
  {"kind": "comb", "cells": [(x, y, w, h), ...]}, {"kind": "text", "x", "y", "w", "h"},
  {"kind": "check", "x", "y", "s"}, {"kind": "sig", "x", "y", "w", "h"}.
"""

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from texts import CERT, CNIL, CONTRACTS, FRAUD, LEGAL, NOTICE, PIECES, ROWS_A, SAVOIR, SITUATIONS

W, H = 595.2756, 841.8898
LEFT, RIGHT = 15 * mm, W - 15 * mm


@dataclass
class Run:
    key: str
    font: str
    bold: str
    title_font: str
    colour: tuple
    section: str  # bar | rule | band
    labels: str  # beside | above | inside
    name_comb: bool
    cell: float  # comb cell width (mm)
    date_cell: float
    nir_cell: float
    nir_groups: bool
    check: float  # checkbox size (mm)
    lines: str  # dotted | solid | box | none
    sig_label: str  # above | inside | grey
    contract_boxes: bool
    footer: str
    sex_words: bool


RUNS = {
    "R1": Run(
        "R1",
        "LibSans",
        "LibSans-B",
        "LibSans-B",
        (0.0, 0.36, 0.66),
        "bar",
        "beside",
        True,
        5.0,
        5.0,
        4.6,
        False,
        3.4,
        "dotted",
        "above",
        True,
        "S1106 \u2014 cerfa n\u00b0 15763*02 \u2014 page {p}/2",
        False,
    ),
    "R2": Run(
        "R2",
        "OpenSans",
        "OpenSans-B",
        "Lato-B",
        (0.05, 0.27, 0.58),
        "rule",
        "above",
        False,
        6.0,
        6.0,
        5.2,
        True,
        4.0,
        "box",
        "inside",
        False,
        "S1106 - cerfa n\u00b015763*02 - page {p}/2",
        True,
    ),
    "R3": Run(
        "R3",
        "Carlito",
        "Carlito-B",
        "RobotoC-B",
        (0.15, 0.15, 0.15),
        "band",
        "inside",
        True,
        4.4,
        4.6,
        4.3,
        True,
        3.1,
        "none",
        "grey",
        True,
        "S1106  \u2013  cerfa n\u00b0 15763*02  \u2013  page {p}/2",
        False,
    ),
}


def Y(top_mm: float) -> float:
    return H - top_mm * mm


class Drawer:
    def __init__(self, c, run: Run):
        self.c = c
        self.r = run
        self.geo: dict = {}

    # ---------------------------------------------------------------- primitives
    def col(self, k: float = 1.0):
        r, g, b = self.r.colour
        self.c.setFillColorRGB(r * k, g * k, b * k)
        self.c.setStrokeColorRGB(r * k, g * k, b * k)

    def black(self, grey: float = 0.0):
        self.c.setFillColorRGB(grey, grey, grey)
        self.c.setStrokeColorRGB(grey, grey, grey)

    def text(self, x, y, s, size=8.0, font=None, bold=False):
        self.c.setFont(font or (self.r.bold if bold else self.r.font), size)
        self.c.drawString(x, y, s)

    def para(self, x, ytop, w, s, size=7.0, font=None, lead=1.22) -> float:
        font = font or self.r.font
        lines = simpleSplit(s, font, size, w)
        self.c.setFont(font, size)
        y = ytop - size
        for ln in lines:
            self.c.drawString(x, y, ln)
            y -= size * lead
        return y + size * lead - size * 0.4

    def comb(self, x, y, n, cw, ch, groups=None, seps=None):
        """Comb boxes from x at bottom y; returns cell rects."""
        cells = []
        c = self.c
        c.setLineWidth(0.5)
        gi, k = 0, 0
        for i in range(n):
            cells.append((x, y, cw, ch))
            x += cw
            k += 1
            if groups and gi < len(groups) and k == groups[gi] and i < n - 1:
                gi += 1
                k = 0
                if seps:
                    c.setFont(self.r.font, 10)
                    c.drawCentredString(x + cw * 0.35, y + ch * 0.18, seps)
                x += cw * 0.7
        c.setStrokeColorRGB(0.25, 0.25, 0.25)
        for cx, cy, w_, h_ in cells:
            if self.r.key == "R2":
                c.rect(cx, cy, w_, h_)
            else:
                c.line(cx, cy, cx + w_, cy)
                c.line(cx, cy, cx, cy + h_ * 0.45)
                c.line(cx + w_, cy, cx + w_, cy + h_ * 0.45)
        if self.r.key == "R3":
            for cx, cy, w_, h_ in cells:
                c.rect(cx, cy, w_, h_)
        return cells

    def checkbox(self, x, y, label=None, size=None):
        s = (size or self.r.check) * mm
        self.c.setLineWidth(0.6)
        self.c.setStrokeColorRGB(0.15, 0.15, 0.15)
        if self.r.key == "R2":
            self.c.roundRect(x, y, s, s, 0.8, stroke=1, fill=0)
        else:
            self.c.rect(x, y, s, s, stroke=1, fill=0)
        if label:
            self.black()
            self.text(x + s + 1.4 * mm, y + 0.5, label, 8.2)
        return {"kind": "check", "x": x, "y": y, "s": s}

    def line_field(self, x, y, w):
        c = self.c
        c.setStrokeColorRGB(0.45, 0.45, 0.45)
        c.setLineWidth(0.5)
        if self.r.lines == "dotted":
            c.setDash(0.6, 1.8)
            c.line(x, y, x + w, y)
            c.setDash()
        elif self.r.lines == "solid":
            c.line(x, y, x + w, y)

    # ---------------------------------------------------------------- header/footer
    def header(self):
        c, r = self.c, self.r
        self.col()
        # logo: two arcs and the name
        c.setLineWidth(2.2)
        c.arc(LEFT, Y(25), LEFT + 12 * mm, Y(13), 20, 250)
        c.setLineWidth(1.2)
        c.arc(LEFT + 3 * mm, Y(22), LEFT + 9 * mm, Y(16), 200, 250)
        self.text(LEFT + 14 * mm, Y(17.5), "l'Assurance", 12.5, font=r.font)
        self.text(LEFT + 14 * mm, Y(23), "Maladie", 12.5, bold=True)
        self.text(LEFT + 14 * mm, Y(26.5), "Agir ensemble, prot\u00e9ger chacun", 5.6)
        # cerfa box
        self.black()
        c.setLineWidth(0.9)
        bx = RIGHT - 34 * mm
        c.rect(bx, Y(28), 34 * mm, 15 * mm)
        c.setFont("Lato-BI", 15)
        c.drawCentredString(bx + 17 * mm, Y(19.5), "cerfa")
        self.text(bx + 4 * mm, Y(25.3), "N\u00b0 15763*02", 8.5, bold=True)
        # title
        self.col(0.9)
        t1 = "Demande d'ouverture des droits \u00e0 l'assurance maladie"
        c.setFont(r.title_font, 15.5 if r.key != "R3" else 16.5)
        c.drawCentredString(W / 2 - 6 * mm, Y(38), t1)
        self.black(0.1)
        c.setFont(r.bold, 10.5)
        c.drawCentredString(W / 2 - 6 * mm, Y(43.5), "Protection universelle maladie (PUMa)")
        c.setFont(r.font, 6.6)
        c.drawCentredString(W / 2 - 6 * mm, Y(47.5), LEGAL)
        yb = self.para(LEFT, Y(50), RIGHT - LEFT, NOTICE, 6.8)
        return H - yb + 2.5 * mm

    def footer(self, page: int):
        self.black(0.2)
        self.para(LEFT, Y(279), RIGHT - LEFT, FRAUD + " " + CNIL if page == 2 else FRAUD, 5.6)
        self.c.setFont(self.r.font, 6.8)
        self.c.drawRightString(RIGHT, Y(291), self.r.footer.format(p=page))

    def section(self, ytop, letter, title) -> float:
        """Draws a section title at ytop (pt from bottom); returns the y under it."""
        c, r = self.c, self.r
        if r.section == "bar":
            self.col()
            c.rect(LEFT, ytop - 6 * mm, RIGHT - LEFT, 6 * mm, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            self.text(LEFT + 2.5 * mm, ytop - 4.3 * mm, f"{letter}   {title}", 10, bold=True)
            return ytop - 8.5 * mm
        if r.section == "rule":
            self.col()
            c.circle(LEFT + 3 * mm, ytop - 3.2 * mm, 3 * mm, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(r.title_font, 10)
            c.drawCentredString(LEFT + 3 * mm, ytop - 4.4 * mm, letter)
            self.col()
            c.setFont(r.title_font, 11)
            c.drawString(
                LEFT + 8 * mm,
                ytop - 4.6 * mm,
                title.title() if letter != "C" else title.capitalize(),
            )
            c.setLineWidth(0.8)
            c.line(LEFT + 8 * mm, ytop - 6.6 * mm, RIGHT, ytop - 6.6 * mm)
            return ytop - 9.5 * mm
        c.setFillColorRGB(0.86, 0.86, 0.86)
        c.rect(LEFT, ytop - 6.5 * mm, RIGHT - LEFT, 6.5 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.rect(LEFT, ytop - 6.5 * mm, 7 * mm, 6.5 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(r.title_font, 11)
        c.drawCentredString(LEFT + 3.5 * mm, ytop - 4.8 * mm, letter)
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.drawString(LEFT + 10 * mm, ytop - 4.8 * mm, title)
        return ytop - 6.5 * mm

    # ---------------------------------------------------------------- fields
    def field(self, key, kind, x, ybot, w, fh):
        """Draws field of kind in box (x, ybot, w, fh); records geometry."""
        r = self.r
        if kind == "name" and not r.name_comb:
            kind = "text"
        if kind in ("name", "postcode"):
            cw = r.cell * mm
            n = 5 if kind == "postcode" else min(26, int(w // cw))
            ch = min(fh, 6.2 * mm)
            self.geo[key] = {"kind": "comb", "cells": self.comb(x, ybot, n, cw, ch)}
        elif kind == "date":
            cw = r.date_cell * mm
            ch = min(fh, 6.2 * mm)
            seps = "/" if r.key == "R1" else None
            cells = self.comb(x, ybot, 8, cw, ch, groups=[2, 2, 4], seps=seps)
            if r.key == "R2":
                self.c.setFillColorRGB(0.72, 0.72, 0.72)
                self.c.setFont(r.font, 7)
                for (cx, cy, cw_, _h), ch_ in zip(cells, "JJMMAAAA", strict=True):
                    self.c.drawCentredString(cx + cw_ / 2, cy + 1.2 * mm, ch_)
            self.geo[key] = {"kind": "comb", "cells": cells}
        elif kind == "nir":
            cw = r.nir_cell * mm
            ch = min(fh, 6.0 * mm)
            groups = [1, 2, 2, 2, 3, 3] if r.nir_groups else [13]
            cells = self.comb(x, ybot, 13, cw, ch, groups=groups)
            kx = cells[-1][0] + cw + 3.5 * mm
            self.black()
            self.text(kx - 0.5 * mm, ybot + 1.4 * mm, "cl\u00e9", 7)
            kx += 5 * mm
            cells += self.comb(kx, ybot, 2, cw, ch)
            self.geo[key] = {"kind": "comb", "cells": cells}
        elif kind == "sex":
            words = ("F\u00e9minin", "Masculin") if r.sex_words else ("F", "M")
            self.geo["sex_F"] = self.checkbox(x, ybot + 1.0 * mm, words[0])
            off = 20 * mm if r.sex_words else 10 * mm
            self.geo["sex_M"] = self.checkbox(x + off, ybot + 1.0 * mm, words[1])
        else:  # free text
            if r.lines == "box":
                self.c.setStrokeColorRGB(0.55, 0.55, 0.6)
                self.c.setLineWidth(0.5)
                self.c.roundRect(x, ybot, w, fh, 1.2, stroke=1, fill=0)
                self.geo[key] = {
                    "kind": "text",
                    "x": x + 1.2 * mm,
                    "y": ybot + 1.6 * mm,
                    "w": w - 2.4 * mm,
                    "h": fh - 1.8 * mm,
                }
            else:
                self.line_field(x, ybot + 0.6 * mm, w)
                self.geo[key] = {
                    "kind": "text",
                    "x": x + 0.8 * mm,
                    "y": ybot + 1.4 * mm,
                    "w": w - 1.6 * mm,
                    "h": fh,
                }

    def rows(self, ytop, rows) -> float:
        r, y = self.r, ytop
        gap = 3 * mm
        for row in rows:
            total = RIGHT - LEFT
            x = LEFT
            if r.labels == "beside":
                fh = 6.2 * mm
                for i, (key, label, kind, wt) in enumerate(row):
                    w = total * wt - (gap if i < len(row) - 1 else 0)
                    lw = (
                        40 * mm
                        if i == 0 and len(row) == 1
                        else stringWidth(label, r.font, 8.2) + 2.5 * mm
                    )
                    if kind in ("name", "nir") and len(row) == 1:
                        lw = 40 * mm
                    self.black()
                    lines = simpleSplit(label, r.font, 8.2, lw - 1.5 * mm)
                    for j, ln in enumerate(lines):
                        self.text(x, y - 4.2 * mm - j * 3.2 * mm, ln, 8.2)
                    self.field(key, kind, x + lw, y - fh - 0.5 * mm, w - lw, fh)
                    x += w + gap
                y -= 10.4 * mm
            elif r.labels == "above":
                fh = 6.4 * mm
                for i, (key, label, kind, wt) in enumerate(row):
                    w = total * wt - (gap if i < len(row) - 1 else 0)
                    self.black(0.15)
                    self.text(x, y - 3.0 * mm, label, 7.4, bold=kind in ("name", "nir"))
                    self.field(key, kind, x, y - 4.2 * mm - fh, w, fh)
                    x += w + gap
                y -= 12.3 * mm
            else:  # inside: grid cells
                ch = 11.2 * mm
                for key, label, kind, wt in row:
                    w = total * wt
                    self.c.setStrokeColorRGB(0.2, 0.2, 0.2)
                    self.c.setLineWidth(0.6)
                    self.c.rect(x, y - ch, w, ch)
                    self.black(0.25)
                    self.text(x + 1.2 * mm, y - 2.8 * mm, label, 6.8)
                    self.field(key, kind, x + 1.5 * mm, y - ch + 1.0 * mm, w - 3 * mm, 6.3 * mm)
                    x += w
                y -= ch
        return y

    def situation(self, ytop) -> float:
        r, c = self.r, self.c
        self.black()
        y = ytop - 3.5 * mm
        self.text(
            LEFT,
            y,
            "Vous \u00eates (cochez la case correspondant \u00e0 votre situation) :",
            8.2,
            bold=r.key != "R3",
        )
        y -= 4.5 * mm
        s = r.check * mm
        for key, label in SITUATIONS[r.key]:
            y -= 2.0 * mm
            self.geo["sit_" + key] = self.checkbox(LEFT + 2 * mm, y - s + 1.0 * mm)
            self.black()
            lw = RIGHT - LEFT - 10 * mm
            if key == "autre":
                lw = stringWidth(label, r.font, 8.4) + 2 * mm
            lines = simpleSplit(label, r.font, 8.4, lw)
            for j, ln in enumerate(lines):
                self.text(LEFT + 2 * mm + s + 2.5 * mm, y - 2.4 * mm - j * 3.5 * mm, ln, 8.4)
            tx = LEFT + 2 * mm + s + 2.5 * mm
            if key == "autre":
                self.field("autre_text", "text", tx + lw, y - 3.4 * mm, RIGHT - tx - lw, 5 * mm)
            y -= 3.5 * mm * len(lines) + 1.2 * mm
            if key == "salarie":
                y -= 1.0 * mm
                lab = "Profession / emploi occup\u00e9 :"
                self.text(tx + 4 * mm, y - 2.8 * mm, lab, 7.8)
                pw = stringWidth(lab, r.font, 7.8) + 2 * mm
                self.field("profession", "text", tx + 4 * mm + pw, y - 3.8 * mm, 62 * mm, 5 * mm)
                y -= 6.5 * mm
                self.black()
                lab = (
                    "Type de contrat :"
                    if r.contract_boxes
                    else ("Type de contrat (CDI, CDD, int\u00e9rim...) :")
                )
                self.text(tx + 4 * mm, y - 2.8 * mm, lab, 7.8)
                cx = tx + 4 * mm + stringWidth(lab, r.font, 7.8) + 3 * mm
                if r.contract_boxes:
                    for ct in CONTRACTS:
                        self.geo["ct_" + ct] = self.checkbox(cx, y - 3.6 * mm, ct)
                        cx += stringWidth(ct, r.font, 8.2) + s + 7 * mm
                else:
                    self.field("contract_text", "text", cx, y - 3.8 * mm, 45 * mm, 5 * mm)
                y -= 6.0 * mm
        if r.labels == "inside":
            c.setStrokeColorRGB(0.2, 0.2, 0.2)
            c.setLineWidth(0.6)
            c.rect(LEFT, y - 1.5 * mm, RIGHT - LEFT, ytop - y + 1.5 * mm)
        return y

    # ---------------------------------------------------------------- pages
    def page1(self) -> dict:
        self.geo = {}
        top = self.header()
        y = self.section(H - top, "A", "VOUS")
        rows = ROWS_A
        if self.r.key == "R2":
            rows = [rw for rw in ROWS_A if rw[0][0] not in ("caf", "address2")]
        y = self.rows(y, rows)
        y = self.section(y - 4 * mm, "B", "VOTRE SITUATION")
        self.situation(y)
        self.footer(1)
        return self.geo

    def page2(self) -> dict:
        self.geo = {}
        c, r = self.c, self.r
        self.black(0.2)
        c.setFont(r.font, 7.5)
        c.drawString(
            LEFT, Y(12), "Demande d'ouverture des droits \u00e0 l'assurance maladie (suite)"
        )
        c.drawRightString(RIGHT, Y(12), "cerfa n\u00b0 15763*02")
        y = self.section(Y(18), "C", "VOS ENGAGEMENTS ET SIGNATURE")
        self.black()
        y = self.para(LEFT, y - 2 * mm, RIGHT - LEFT, CERT, 8.6) - 6 * mm
        # "Fait à ... le ..." on one line
        self.text(LEFT, y, "Fait \u00e0", 9)
        x0 = LEFT + stringWidth("Fait \u00e0", r.font, 9) + 2 * mm
        lines = r.lines if r.lines != "none" else "dotted"
        pw = 62 * mm
        sub = Drawer(c, Run(**{**r.__dict__, "lines": lines if lines != "box" else "solid"}))
        sub.field("place", "text", x0, y - 1.4 * mm, pw, 6 * mm)
        lx = x0 + pw + 4 * mm
        self.black()
        self.text(lx, y, "le", 9)
        sub.field("date", "text", lx + 6 * mm, y - 1.4 * mm, 48 * mm, 6 * mm)
        self.geo.update(sub.geo)
        # signature box
        sw, sh = 84 * mm, 34 * mm
        sx = RIGHT - sw
        y -= 8 * mm
        if r.sig_label == "above":
            self.black()
            self.text(sx, y - 3 * mm, "Signature", 9, bold=True)
            y -= 4.5 * mm
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setLineWidth(0.8)
        c.rect(sx, y - sh, sw, sh)
        if r.sig_label == "inside":
            self.black()
            self.text(sx + 2 * mm, y - 4.2 * mm, "Signature", 8.5, bold=True)
        elif r.sig_label == "grey":
            c.setFillColorRGB(0.8, 0.8, 0.8)
            c.setFont(r.bold, 20)
            c.drawCentredString(sx + sw / 2, y - sh / 2 - 3 * mm, "Signature")
        self.geo["sig"] = {"kind": "sig", "x": sx, "y": y - sh, "w": sw, "h": sh}
        y -= sh + 9 * mm
        # pièces justificatives
        y = (
            self.section(y, "", "PI\u00c8CES JUSTIFICATIVES \u00c0 JOINDRE \u00c0 VOTRE DEMANDE")
            if r.section != "rule"
            else self._rule_title(
                y, "PI\u00c8CES JUSTIFICATIVES \u00c0 JOINDRE \u00c0 VOTRE DEMANDE"
            )
        )
        self.black()
        y -= 2.5 * mm
        for p in PIECES:
            c.circle(LEFT + 2.5 * mm, y - 2.3 * mm, 0.6 * mm, stroke=0, fill=1)
            y = self.para(LEFT + 5 * mm, y, RIGHT - LEFT - 5 * mm, p, 8.2) - 2.2 * mm
        # cadre réservé
        y -= 6 * mm
        bh = 30 * mm
        c.setLineWidth(0.7)
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setFillColorRGB(0.94, 0.94, 0.94) if r.key != "R1" else c.setFillColorRGB(
            0.93, 0.96, 0.99
        )
        c.rect(LEFT, y - bh, RIGHT - LEFT, bh, stroke=1, fill=1)
        self.black()
        self.text(
            LEFT + 3 * mm, y - 5 * mm, "Cadre r\u00e9serv\u00e9 \u00e0 l'organisme", 8.5, bold=True
        )
        self.text(LEFT + 3 * mm, y - 12 * mm, "Date de r\u00e9ception :", 8)
        self.comb(LEFT + 33 * mm, y - 13.2 * mm, 8, 4.2 * mm, 5 * mm, groups=[2, 2, 4])
        self.black()
        self.text(LEFT + 3 * mm, y - 20 * mm, "Pi\u00e8ces v\u00e9rifi\u00e9es :", 8)
        self.checkbox(LEFT + 33 * mm, y - 21 * mm, "oui", 3.0)
        self.checkbox(LEFT + 50 * mm, y - 21 * mm, "non", 3.0)
        self.black()
        self.text(LEFT + 3 * mm, y - 27 * mm, "Matricule agent :", 8)
        self.line_field(LEFT + 33 * mm, y - 27.5 * mm, 40 * mm)
        c.setDash(2, 2)
        c.rect(RIGHT - 55 * mm, y - bh + 3 * mm, 50 * mm, bh - 9 * mm)
        c.setDash()
        c.setFont(r.font, 7)
        c.setFillColorRGB(0.5, 0.5, 0.5)
        c.drawCentredString(RIGHT - 30 * mm, y - bh + 5 * mm, "Cachet de l'organisme")
        y -= bh + 8 * mm
        self.black(0.1)
        self.text(LEFT, y, "\u00c0 savoir", 9, bold=True)
        y -= 2 * mm
        for p in SAVOIR:
            y = self.para(LEFT, y, RIGHT - LEFT, p, 7.6) - 2 * mm
        self.footer(2)
        return self.geo

    def _rule_title(self, ytop, title):
        self.col()
        self.c.setFont(self.r.title_font, 10.5)
        self.c.drawString(LEFT, ytop - 4.5 * mm, title)
        self.c.setLineWidth(0.8)
        self.c.line(LEFT, ytop - 6.4 * mm, RIGHT, ytop - 6.4 * mm)
        return ytop - 8 * mm
