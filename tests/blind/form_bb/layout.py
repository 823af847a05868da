"""Three print runs of the two-page cerfa 15763*02 (S1106), drawn from its public description.

`draw_page(c, run, n)` draws page n (1 or 2) and returns anchors: where each value goes.
Anchors use logical page numbers; coordinates are PDF points, origin bottom left.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from texts import LEGAL_REFS, NOTICE, PAGE2_TEXTS, SITUATION_LABELS

W, H = A4
L = 36.0
CW = W - 2 * L


@dataclass
class Slot:
    """Free text: baseline at y, from x over w, h points of room above the baseline."""

    page: int
    x: float
    y: float
    w: float
    h: float


@dataclass
class Comb:
    page: int
    groups: list  # list of lists of (x, y, w, h) cells


@dataclass
class Box:
    page: int
    x: float
    y: float
    s: float


@dataclass
class Run:
    key: str
    reg: str
    bold: str
    ital: str
    accent: tuple
    section: str  # bar | underline | panel
    label: str  # beside | above | inside
    line: str  # dotted | line | box
    cell: float
    cell_h: float
    comb: str  # box | open | filled
    name_comb: bool
    sig_label: str  # above | inside | grey
    row_h: float
    box: float
    footer: str


FOOT_A = "S1106 — cerfa n° 15763*02 — page {n}/2"
FOOT_B = "S 1106 - cerfa n°15763*02 - page {n}/2"
RUNS = {
    "A": Run("A", "LibSans", "LibSans-B", "LibSans-I", (0.05, 0.22, 0.50), "bar", "beside",
             "dotted", 13.5, 14, "box", True, "above", 26, 9, FOOT_A),
    "B": Run("B", "Caladea", "Caladea-B", "Caladea-I", (0.0, 0.0, 0.0), "underline", "above",
             "line", 12.5, 13, "open", False, "inside", 34, 9, FOOT_B),
    "C": Run("C", "OpenSans", "OpenSans-B", "OpenSans-I", (0.0, 0.36, 0.60), "panel", "inside",
             "box", 14.5, 14, "filled", False, "grey", 31, 10, FOOT_A),
}  # fmt: skip


class Painter:
    def __init__(self, c, run: Run, page: int):
        self.c, self.r, self.page = c, run, page
        self.y = H - 34
        self.anchors: dict = {}
        self.sec_top = None
        self.x0 = L + (6 if run.section == "panel" else 0)
        self.cw = W - L - self.x0 - (6 if run.section == "panel" else 0)

    # -- low-level helpers -------------------------------------------------
    def text(self, x, y, s, font=None, size=8.5, color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font or self.r.reg, size)
        c.drawString(x, y, s)
        return stringWidth(s, font or self.r.reg, size)

    def para(self, s, size=7.0, font=None, x=None, width=None, lead=None, color=(0, 0, 0)):
        font = font or self.r.reg
        x = self.x0 if x is None else x
        width = self.cw if width is None else width
        lead = lead or size * 1.22
        for ln in simpleSplit(s, font, size, width):
            self.y -= lead
            self.text(x, self.y, ln, font, size, color)
        return self.y

    def rule(self, x0, y, x1, style=None, width=0.5):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(0.25, 0.25, 0.25)
        c.setLineWidth(width)
        if (style or self.r.line) == "dotted":
            c.setDash(0.8, 1.8)
        c.line(x0, y, x1, y)
        c.restoreState()

    def rect(self, x, y, w, h, lw=0.6, fill=None, stroke=(0.2, 0.2, 0.2), radius=0):
        c = self.c
        c.saveState()
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        if radius:
            c.roundRect(x, y, w, h, radius, stroke=1, fill=1 if fill else 0)
        else:
            c.rect(x, y, w, h, stroke=1, fill=1 if fill else 0)
        c.restoreState()

    def checkbox(self, key, x, y):
        s = self.r.box
        rad = 1.5 if self.r.key == "C" else 0
        self.rect(x, y, s, s, lw=0.7, radius=rad)
        self.anchors[key] = Box(self.page, x, y, s)

    def comb(self, key, x, y, groups, gap=6.0, seps=None):
        gap = 10.0 if seps else gap
        r = self.r
        cw, ch = r.cell, r.cell_h
        cells_all = []
        for gi, n in enumerate(groups):
            cells = []
            for i in range(n):
                cx = x + i * cw
                cells.append((cx, y, cw, ch))
            if r.comb == "box":
                for cx, cy, w_, h_ in cells:
                    self.rect(cx, cy, w_, h_, lw=0.6)
            elif r.comb == "filled":
                self.rect(x, y, n * cw, ch, lw=0.6, fill=(0.93, 0.95, 0.97))
                for cx, *_ in cells[1:]:
                    self.c.setLineWidth(0.4)
                    self.c.line(cx, y, cx, y + ch)
            else:  # open comb |_|_|
                c = self.c
                c.setLineWidth(0.7)
                c.setStrokeColorRGB(0, 0, 0)
                c.line(x, y, x + n * cw, y)
                for i in range(n + 1):
                    c.line(x + i * cw, y, x + i * cw, y + ch * 0.45)
            x += n * cw
            cells_all.append(cells)
            if gi < len(groups) - 1:
                if seps:
                    self.text(x + gap / 2 - 2.2, y + 3, seps, r.reg, 9)
                x += gap
        self.anchors[key] = Comb(self.page, cells_all)
        return x

    # -- sections ----------------------------------------------------------
    def section(self, letter, title):
        r, c = self.r, self.c
        self.y -= 8
        if r.section == "bar":
            self.y -= 16
            self.rect(L, self.y, CW, 15, lw=0, fill=r.accent, stroke=r.accent)
            self.rect(L + 3, self.y + 2, 11, 11, lw=0, fill=(1, 1, 1), stroke=(1, 1, 1))
            self.text(L + 5.3, self.y + 4, letter, r.bold, 9.5, r.accent)
            self.text(L + 20, self.y + 4, title, r.bold, 10, (1, 1, 1))
        elif r.section == "underline":
            self.y -= 14
            self.text(L, self.y + 2, f"{letter} – {title}", r.bold, 11.5)
            c.setLineWidth(1.3)
            c.setStrokeColorRGB(0, 0, 0)
            c.line(L, self.y - 1, L + CW, self.y - 1)
            self.y -= 3
        else:
            self.sec_top = self.y
            self.y -= 19
            self.rect(L, self.y, CW, 19, lw=0, fill=(0.89, 0.93, 0.97), stroke=(0.89, 0.93, 0.97))
            c.setFillColorRGB(*r.accent)
            c.circle(L + 11, self.y + 9.5, 7, stroke=0, fill=1)
            self.text(L + 7.6, self.y + 6, letter, r.bold, 9.5, (1, 1, 1))
            self.text(L + 24, self.y + 5.5, title, r.bold, 10.5, r.accent)

    def end_section(self):
        if self.r.section == "panel" and self.sec_top is not None:
            self.y -= 4
            self.rect(L, self.y, CW, self.sec_top - self.y, lw=0.8, stroke=self.r.accent)
            self.sec_top = None

    # -- rows --------------------------------------------------------------
    def row(self, items, h=None):
        r = self.r
        h = h or r.row_h
        self.y -= h + (4 if r.label == "above" else 0)
        x = self.x0

        for item in items:
            kind, frac = item[0], item[-1]
            w = self.cw * frac
            getattr(self, "_" + kind)(x, self.y, w, h, *item[1:-1])
            x += w

    def _label(self, x, y, w, h, label):
        """Draw a field label; return the area (x, baseline, width) left for the value."""
        r = self.r
        if r.label == "beside":
            lw = self.text(x, y + 5, label, r.reg, 8.5) + 5
            return x + lw, y + 5, w - lw - 6
        if r.label == "above":
            self.text(x, y + h - 8, label, r.reg, 7.8)
            return x, y + 5, w - 8
        self.rect(x, y + 1, w - 4, h - 3, lw=0.6, stroke=(0.45, 0.5, 0.55))
        self.text(x + 3, y + h - 10, label, r.reg, 6.5, (0.3, 0.33, 0.38))
        return x + 4, y + 5, w - 12

    def _text(self, x, y, w, h, key, label):
        r = self.r
        vx, vy, vw = self._label(x, y, w, h, label)
        if r.label == "beside":
            self.rule(vx, vy - 2, vx + vw)
        elif r.label == "above":
            if r.line == "box":
                self.rect(x, y + 1, w - 8, 15, lw=0.6)
            else:
                self.rule(x, y + 2, x + w - 8)
            vx += 3
        self.anchors[key] = Slot(self.page, vx, vy, vw - 2, 12.5)

    def _ncomb(self, x, y, w, h, key, label, n):
        self.text(x, y + 5, label, self.r.reg, 8.5)
        self.comb(key, L + 122, y + 1.5, [n])

    def _combf(self, x, y, w, h, key, label, groups, seps):
        r = self.r
        if r.label == "beside":
            lw = self.text(x, y + 5, label, r.reg, 8.5) + 6
            self.comb(key, x + lw, y + 1.5, groups, seps=seps)
        elif r.label == "above":
            self.text(x, y + h - 8, label, r.reg, 7.8)
            self.comb(key, x, y + 2, groups, seps=seps)
        else:
            self.rect(x, y + 1, w - 4, h - 3, lw=0.6, stroke=(0.45, 0.5, 0.55))
            lw = self.text(x + 3, y + h - 10, label, r.reg, 6.5, (0.3, 0.33, 0.38))
            self.comb(key, x + lw + 10, y + (h - r.cell_h) / 2 - 1, groups, seps=seps)

    def _checks(self, x, y, w, h, label, options):
        r = self.r
        if r.label == "beside":
            cx = x + self.text(x, y + 5, label, r.reg, 8.5) + 8
            by = y + 3
        elif r.label == "above":
            self.text(x, y + h - 8, label, r.reg, 7.8)
            cx, by = x, y + 3
        else:
            self.rect(x, y + 1, w - 4, h - 3, lw=0.6, stroke=(0.45, 0.5, 0.55))
            self.text(x + 3, y + h - 10, label, r.reg, 6.5, (0.3, 0.33, 0.38))
            cx, by = x + 6, y + 4
        for text, key in options:
            cx += self.text(cx, by + 1.5, text, r.reg, 8.5) + 3
            self.checkbox(key, cx, by)
            cx += r.box + 14

    def tick_line(self, key, text, size=8.5, indent=0.0, after=None):
        r = self.r
        x = self.x0 + 4 + indent
        tw = self.cw - 22 - indent
        lines = simpleSplit(text, r.reg, size, tw)
        self.y -= 19
        self.checkbox(key, x, self.y)
        for i, ln in enumerate(lines):
            if i:
                self.y -= size * 1.2
            end = self.text(x + 16, self.y + 1.5, ln, r.reg, size)
        if after:
            sx = x + 16 + end + 4
            x1 = self.x0 + self.cw - 4
            self.rule(sx, self.y, x1, style="dotted" if r.line == "dotted" else "line")
            self.anchors[after] = Slot(self.page, sx + 2, self.y + 2, x1 - sx - 4, 12)
        self.y -= 3

    def footer(self, n):
        r = self.r
        s = r.footer.format(n=n)
        size = 7.5
        sw = stringWidth(s, r.reg, size)
        self.text(L + CW - sw, 20, s, r.reg, size, (0.2, 0.2, 0.2))


# -- the two pages -------------------------------------------------------------
def _header(p: Painter):
    r, c = p.r, p.c
    title = "Demande d'ouverture des droits à l'assurance maladie"
    sub = "Protection universelle maladie (PUMa)"
    if r.key == "A":
        c.setFillColorRGB(*r.accent)
        c.circle(L + 9, H - 46, 8, stroke=0, fill=1)
        c.setFillColorRGB(0.95, 0.55, 0.1)
        c.circle(L + 15, H - 40, 4, stroke=0, fill=1)
        p.text(L + 24, H - 42, "l'Assurance", r.bold, 11, r.accent)
        p.text(L + 24, H - 54, "Maladie", r.bold, 11, r.accent)
        p.rect(L + CW - 82, H - 62, 82, 34, lw=0.9)
        p.text(L + CW - 76, H - 42, "cerfa", r.ital, 13)
        p.text(L + CW - 76, H - 56, "N° 15763*02", r.bold, 9)
        p.text(L + 120, H - 44, title, r.bold, 12.3)
        p.text(L + 120, H - 58, sub, r.reg, 10.5, r.accent)
        p.y = H - 72
        p.para(LEGAL_REFS, 6.6, r.ital, x=L + 120, width=CW - 210)
    elif r.key == "B":
        p.rect(L, H - 58, 70, 30, lw=1.0)
        p.text(L + 5, H - 41, "cerfa", r.bold, 12)
        p.text(L + 5, H - 53, "N° 15763*02", r.reg, 8.5)
        s1 = "l'Assurance Maladie"
        p.text(L + CW - stringWidth(s1, r.bold, 12), H - 42, s1, r.bold, 12)
        s2 = "Agir ensemble, protéger chacun"
        p.text(L + CW - stringWidth(s2, r.ital, 7.5), H - 52, s2, r.ital, 7.5)
        for s, sz, f, yy in ((title.upper(), 12.5, r.bold, H - 80), (sub, 11, r.ital, H - 95)):
            p.text(W / 2 - stringWidth(s, f, sz) / 2, yy, s, f, sz)
        c.setLineWidth(0.6)
        c.line(L + 40, H - 101, L + CW - 40, H - 101)
        p.y = H - 104
    else:
        p.rect(L, H - 78, CW - 100, 50, lw=0, fill=(0.89, 0.93, 0.97), stroke=(0.89, 0.93, 0.97))
        p.rect(L + 8, H - 66, 86, 26, lw=0, fill=r.accent, stroke=r.accent, radius=4)
        p.text(L + 14, H - 51, "l'Assurance", "OpenSans-SB", 8.5, (1, 1, 1))
        p.text(L + 14, H - 61, "Maladie", "OpenSans-SB", 8.5, (1, 1, 1))
        p.text(L + 104, H - 48, "Demande d'ouverture des droits", r.bold, 12, r.accent)
        p.text(L + 104, H - 61, "à l'assurance maladie", r.bold, 12, r.accent)
        p.text(L + 104, H - 73, sub, r.reg, 8.5)
        p.rect(L + CW - 88, H - 78, 88, 50, lw=0.8)
        p.text(L + CW - 80, H - 52, "cerfa", r.bold, 14)
        p.text(L + CW - 80, H - 68, "N° 15763*02", r.reg, 9)
        p.y = H - 82


def draw_page1(c, run: Run) -> dict:
    p = Painter(c, run, 1)
    r = run
    _header(p)
    # notice
    if r.key == "C":
        p.y -= 4
        top = p.y
        p.para(NOTICE + " " + LEGAL_REFS, 6.8, x=L + 6, width=CW - 12)
        p.y -= 4
        p.rect(L, p.y, CW, top - p.y, lw=0.4, stroke=(0.6, 0.6, 0.6))
    else:
        p.y -= 2
        p.para(NOTICE, 6.9 if r.key == "A" else 7.4, r.reg if r.key == "A" else r.ital)
    p.section("A", "VOUS")
    if r.name_comb:
        p.row([("ncomb", "nom_naissance", "Nom de naissance", 26, 1.0)])
        p.row([("ncomb", "nom_usage", "Nom d'usage (facultatif)", 26, 1.0)])
        p.row([("ncomb", "prenoms", "Prénom(s)", 26, 1.0)])
    else:
        lab = "Nom d'usage (nom d'époux ou d'épouse, facultatif)"
        p.row(
            [("text", "nom_naissance", "Nom de naissance", 0.55), ("text", "nom_usage", lab, 0.45)]
        )
        p.row([("text", "prenoms", "Prénom(s)", 1.0)])
    seps = "/" if r.key == "A" else None
    p.row([("checks", "Sexe", [("F", "sexe_F"), ("M", "sexe_M")], 0.34),
           ("combf", "dob", "Date de naissance (JJ MM AAAA)", [2, 2, 4], seps, 0.66)])  # fmt: skip
    p.row([("text", "lieu_commune", "Lieu de naissance : commune", 0.56),
           ("text", "lieu_pays", "Pays", 0.44)])  # fmt: skip
    p.row([("text", "nationalite", "Nationalité", 1.0)])
    p.row([("combf", "nir", "N° de sécurité sociale (si vous en avez un)",
            [1, 2, 2, 2, 3, 3, 2], None, 1.0)])  # fmt: skip
    p.row([("text", "adresse", "Adresse (n°, rue, bâtiment, appartement)", 1.0)])
    p.row([("combf", "code_postal", "Code postal", [5], None, 0.32),
           ("text", "commune", "Commune", 0.68)])  # fmt: skip
    p.row([("text", "telephone", "Téléphone", 0.38), ("text", "email", "Adresse e-mail", 0.62)])
    p.end_section()
    p.section("B", "VOTRE SITUATION")
    p.y -= 2
    p.para("Cochez la case correspondant à votre situation actuelle.", 7.8, r.ital)
    labels = SITUATION_LABELS
    p.tick_line("sit_salarie", labels["salarie"])
    p.y -= 14
    cx = p.x0 + 22
    cx += p.text(cx, p.y + 1.5, "Type de contrat :", r.reg, 8.2) + 8
    for text, key in (("CDI", "c_cdi"), ("CDD", "c_cdd"), ("Intérim", "c_interim"),
                      ("Autre (apprentissage, saisonnier…)", "c_autre")):  # fmt: skip
        p.checkbox(key, cx, p.y)
        cx += r.box + 4
        cx += p.text(cx, p.y + 1.5, text, r.reg, 8.2) + 14
    p.y -= 4 if r.label == "beside" else 6
    p.row(
        [("text", "employeur", "Nom de l'employeur", 0.58), ("text", "profession", "Emploi", 0.42)]
    )
    p.tick_line("sit_independant", labels["independant"])
    p.tick_line("sit_demandeur_emploi", labels["demandeur_emploi"])
    p.tick_line("sit_etudiant", labels["etudiant"])
    p.tick_line("sit_sans_activite", labels["sans_activite"])
    p.tick_line("sit_autre", labels["autre"], after="autre_text")
    p.end_section()
    p.footer(1)
    return p.anchors


def draw_page2(c, run: Run) -> dict:
    p = Painter(c, run, 2)
    r = run
    t = PAGE2_TEXTS
    s = "Demande d'ouverture des droits à l'assurance maladie (suite)"
    p.text(L, H - 40, s, r.ital if r.key != "C" else r.reg, 8.5, (0.3, 0.3, 0.3))
    p.y = H - 48
    p.section("C", "VOS ENGAGEMENTS ET SIGNATURE")
    p.y -= 4
    p.para(t["certif"], 8.8, r.bold if r.key != "B" else r.reg, lead=11.5)
    p.y -= 6
    p.para(t["engage"], 7.6, lead=9.6)
    # Fait à ... le ...
    p.y -= 34
    y = p.y
    if r.label == "inside":
        x0 = p.x0
        p.rect(x0, y, 260, 24, lw=0.6, stroke=(0.45, 0.5, 0.55))
        p.text(x0 + 3, y + 16, "Fait à", r.reg, 6.5, (0.3, 0.33, 0.38))
        p.anchors["fait_a"] = Slot(2, x0 + 30, y + 5, 222, 13)
        p.rect(x0 + 270, y, 150, 24, lw=0.6, stroke=(0.45, 0.5, 0.55))
        p.text(x0 + 273, y + 16, "le", r.reg, 6.5, (0.3, 0.33, 0.38))
        p.anchors["le_date"] = Slot(2, x0 + 288, y + 5, 126, 13)
    else:
        w1 = p.text(L, y + 4, "Fait à", r.reg, 9.5) + 4
        p.rule(L + w1, y + 2, L + 270)
        p.anchors["fait_a"] = Slot(2, L + w1 + 4, y + 5, 262 - w1, 13)
        w2 = p.text(L + 280, y + 4, "le", r.reg, 9.5) + 4
        p.rule(L + 280 + w2, y + 2, L + 430)
        p.anchors["le_date"] = Slot(2, L + 284 + w2, y + 5, 140 - w2, 13)
    # signature box
    bw, bh = 250, 96
    bx = p.x0 + p.cw - bw
    if r.sig_label == "above":
        p.y -= 18
        p.text(bx, p.y + 4, "Signature", r.bold, 9.5)
        p.y -= bh
        p.rect(bx, p.y, bw, bh, lw=0.8)
    elif r.sig_label == "inside":
        p.y -= bh + 12
        p.rect(bx, p.y, bw, bh, lw=0.8)
        p.text(bx + 5, p.y + bh - 12, "Signature", r.ital, 9)
    else:
        p.y -= bh + 12
        p.rect(bx, p.y, bw, bh, lw=0.8, stroke=r.accent, radius=4)
        sw = stringWidth("Signature", r.reg, 20)
        p.text(bx + (bw - sw) / 2, p.y + bh / 2 - 7, "Signature", r.reg, 20, (0.82, 0.84, 0.87))
    p.anchors["signature"] = Box(2, bx, p.y, bw)
    p.anchors["signature_h"] = bh
    p.y -= 8
    p.para(t["fraud"], 6.6, r.ital, lead=8.0)
    p.end_section()
    # pièces justificatives
    p.y -= 22
    head = "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE"
    if r.section == "bar":
        p.rect(L, p.y - 3, CW, 15, lw=0, fill=(0.88, 0.91, 0.96), stroke=(0.88, 0.91, 0.96))
    p.text(L + 3, p.y + 1, head, r.bold, 9.5, r.accent)
    p.y -= 4
    for item in t["pieces"]:
        p.y -= 3.5
        y0 = p.y
        p.para(item, 8.0, x=L + 16, width=CW - 20, lead=10.2)
        p.text(L + 6, y0 - 10.2, "•" if r.key != "B" else "–", "DejaVuSans", 8)
    # cadre réservé
    p.y -= 24
    top = p.y
    p.y -= 13
    p.text(L + 6, p.y, "Cadre réservé à l'organisme", r.bold, 8.5)
    p.y -= 20
    w = p.text(L + 6, p.y + 3, "Date de réception", r.reg, 8) + 10
    sr = Run(**{**r.__dict__, "cell": 10.5, "cell_h": 11})
    sub = Painter(c, sr, 2)
    sub.comb("cadre_date", L + 6 + w, p.y, [2, 2, 4])
    w = p.text(L + 250, p.y + 3, "Pièces vérifiées :", r.reg, 8) + 6
    p.text(L + 250 + w, p.y + 3, "oui", r.reg, 8)
    p.rect(L + 250 + w + 16, p.y + 1.5, 8, 8, lw=0.6)
    p.text(L + 250 + w + 32, p.y + 3, "non", r.reg, 8)
    p.rect(L + 250 + w + 50, p.y + 1.5, 8, 8, lw=0.6)
    p.y -= 18
    w = p.text(L + 6, p.y + 3, "Matricule de l'agent", r.reg, 8) + 6
    p.rule(L + 6 + w, p.y + 1, L + 240, style="dotted")
    w = p.text(L + 250, p.y + 3, "Cachet de l'organisme", r.reg, 8)
    p.y -= 8
    p.rect(L, p.y, CW, top - p.y, lw=0.7, fill=None, stroke=(0.3, 0.3, 0.3))
    p.y -= 10
    p.para(t["cnil"], 6.3, lead=7.6, color=(0.25, 0.25, 0.25))
    p.footer(2)
    return p.anchors


def draw_page(c, run: Run, n: int) -> dict:
    return draw_page1(c, run) if n == 1 else draw_page2(c, run)
