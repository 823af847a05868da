"""Three home-made "print runs" of the cerfa 15763*02 (S1106) form, drawn with reportlab.

Each run draws the two A4 pages and records where every field sits (``geo``), in PDF points
(origin bottom-left), so that the form can be filled by hand, typed, or turned into an
AcroForm afterwards.
"""

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from texts import (
    CERTIFY,
    CNIL,
    FRAUD,
    LEGAL,
    NOTICE,
    PIECES,
    RUNS,
    SEND,
    SITUATION_KEYS,
    SITUATION_LABELS,
)

MM = 72.0 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM

_TT = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "LiberationSans": _TT + "liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": _TT + "liberation/LiberationSans-Bold.ttf",
    "LiberationSans-Italic": _TT + "liberation/LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic": _TT + "liberation/LiberationSans-BoldItalic.ttf",
    "DejaVuCond": _TT + "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCond-Bold": _TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuCond-Italic": _TT + "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "DejaVuCond-BoldItalic": _TT + "dejavu/DejaVuSansCondensed-BoldOblique.ttf",
    "Carlito": _TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": _TT + "crosextra/Carlito-Bold.ttf",
    "Carlito-Italic": _TT + "crosextra/Carlito-Italic.ttf",
    "Carlito-BoldItalic": _TT + "crosextra/Carlito-BoldItalic.ttf",
}
_REGISTERED = set()


def register_fonts():
    for name, path in FONT_FILES.items():
        if name not in _REGISTERED:
            pdfmetrics.registerFont(TTFont(name, path))
            _REGISTERED.add(name)


def _cell(key, label, sub, kind, n=0, end=None, **extra):
    cell = {"key": key, "label": label, "sub": sub, "kind": kind, "n": n, **extra}
    if end is not None:
        cell["end"] = end
    return cell


def section_a_rows(run, nn):
    """Rows of section A "VOUS": each a list of cells (key, label, sub-label, kind...)."""
    dob_sub = "jour / mois / année" if run == "R2" else "(JJ MM AAAA)"
    sep = "/" if run == "R2" else ""
    return [
        [_cell("surname", "Nom de naissance", "(nom de famille)", "comb", nn)],
        [
            _cell(
                "usage_name", "Nom d'usage", "(facultatif, ex. nom d'époux ou d'épouse)", "comb", nn
            )
        ],
        [_cell("given_names", "Prénom(s)", "(dans l'ordre de l'état civil)", "comb", nn)],
        [
            _cell("sex", "Sexe", None, "sex", end=0.36),
            _cell("dob", "Date de naissance", dob_sub, "comb", 8, groups=[2, 2, 4], sep=sep),
        ],
        [
            _cell("birth_city", "Lieu de naissance", "commune", "line", end=0.62),
            _cell("birth_country", "Pays", None, "line"),
        ],
        [_cell("nationality", "Nationalité", None, "line")],
        [_cell("nir", "N° de sécurité sociale", "(si vous en avez un)", "nir")],
        [_cell("caf", "N° d'allocataire CAF", "(si vous en avez un)", "line", end=0.7)],
        [_cell("address", "Adresse", "(n°, voie, bât.)", "line")],
        [
            _cell("postcode", "Code postal", None, "comb", 5, end=0.42),
            _cell("city", "Commune", None, "line"),
        ],
        [
            _cell("phone", "Téléphone", None, "line", end=0.5),
            _cell("email", "Courriel", None, "line"),
        ],
    ]


class FormDrawer:
    """Draws one print run on a reportlab canvas and records field geometry."""

    def __init__(self, c, run):
        self.c = c
        self.run = run
        self.r = RUNS[run]
        self.geo = {}
        self.page = 0
        self.x0 = 14 * MM
        self.x1 = PAGE_W - 14 * MM

    # -- small helpers -------------------------------------------------------------------
    def f(self, style=""):
        base = self.r["font"]
        return base + ("-" + style if style else "")

    def text(self, x, y, s, size=8.5, style="", color=(0, 0, 0)):
        self.c.setFillColorRGB(*color)
        self.c.setFont(self.f(style), size)
        self.c.drawString(x, y, s)
        return pdfmetrics.stringWidth(s, self.f(style), size)

    def width(self, s, size=8.5, style=""):
        return pdfmetrics.stringWidth(s, self.f(style), size)

    def para(self, x, y, w, s, size=8, style="", lead=1.22, color=(0, 0, 0)):
        lines = simpleSplit(s, self.f(style), size, w)
        for line in lines:
            self.text(x, y, line, size, style, color)
            y -= size * lead
        return y

    def add(self, key, kind, rects, **extra):
        self.geo[key] = {"page": self.page, "kind": kind, "rects": rects, **extra}

    def checkbox(self, key, x, y):
        s = self.r["check"] * MM
        self.c.setStrokeColorRGB(0, 0, 0)
        self.c.setLineWidth(0.7)
        if self.run == "R3":
            self.c.roundRect(x, y, s, s, 0.6 * MM, stroke=1, fill=0)
        else:
            self.c.rect(x, y, s, s, stroke=1, fill=0)
        self.add(key, "box", [(x, y, s, s)])
        return s

    def comb(self, key, x, y, n, cw=None, ch=None, groups=None, sep=""):
        """Comb boxes with their bottom at y; groups splits the cells (e.g. 2,2,4)."""
        cw = (cw or self.r["cw"]) * MM
        ch = (ch or self.r["ch"]) * MM
        groups = groups or [n]
        rects = []
        cx = x
        c = self.c
        c.setStrokeColorRGB(0.15, 0.15, 0.15)
        c.setLineWidth(0.6)
        for gi, g in enumerate(groups):
            start = cx
            for _ in range(g):
                rects.append((cx, y, cw, ch))
                if self.r["comb"] == "box":
                    c.rect(cx, y, cw, ch, stroke=1, fill=0)
                cx += cw
            if self.r["comb"] == "ticks":
                c.line(start, y, cx, y)
                for i in range(g + 1):
                    tx = start + i * cw
                    c.line(tx, y, tx, y + ch * (0.45 if 0 < i < g else 0.7))
            if gi < len(groups) - 1:
                if sep:
                    self.text(cx + 0.9 * MM, y + 1.2 * MM, sep, 9)
                    cx += 3.2 * MM
                else:
                    cx += 1.6 * MM
        self.add(key, "comb", rects, groups=groups)
        return cx - x

    def line_field(self, key, x, y, w, h=None, style=None):
        """A free-text field whose writing baseline sits near y."""
        h = h or 6.0 * MM
        c = self.c
        style = style or self.r["line"]
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        if style == "dots":
            c.setLineWidth(0.8)
            c.setDash(0.6, 1.6)
            c.line(x, y, x + w, y)
            c.setDash()
        elif style == "box":
            c.setLineWidth(0.5)
            c.rect(x, y, w, h, stroke=1, fill=0)
        self.add(key, "line", [(x, y, w, h)])

    # -- page furniture ------------------------------------------------------------------
    def logo(self, x, y):
        c = self.c
        acc = RUNS["R1"]["accent"]
        if self.run == "R3":
            acc = (0.1, 0.1, 0.1)
        c.setFillColorRGB(*acc)
        c.setStrokeColorRGB(*acc)
        c.setLineWidth(2.2)
        c.arc(x, y - 3 * MM, x + 11 * MM, y + 8 * MM, 200, 140)
        dot = (0.9, 0.45, 0.1) if self.run != "R3" else (0.4, 0.4, 0.4)
        c.setFillColorRGB(*dot)
        c.circle(x + 8.5 * MM, y + 6.2 * MM, 1.3 * MM, stroke=0, fill=1)
        if self.run == "R2":
            self.text(x + 13 * MM, y + 1.5 * MM, "l'Assurance Maladie", 12.5, "Bold", acc)
            self.text(x + 13 * MM, y - 2.2 * MM, "Agir ensemble, protéger chacun", 6.5, "", acc)
        else:
            self.text(x + 13 * MM, y + 3.2 * MM, "l'Assurance", 12, "Bold", acc)
            self.text(x + 13 * MM, y - 1.4 * MM, "Maladie", 12, "Bold", acc)
            self.text(x + 13 * MM, y - 4.6 * MM, "Agir ensemble, protéger chacun", 6, "", acc)

    def cerfa_box(self, x, y):
        c = self.c
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.9)
        w, h = 30 * MM, 14 * MM
        c.rect(x, y, w, h, stroke=1, fill=0)
        self.text(x + 2.5 * MM, y + 7.2 * MM, "cerfa", 15, "BoldItalic")
        self.text(x + 2.5 * MM, y + 2.4 * MM, "N° 15763*02", 9, "Bold")

    def header(self):
        c = self.c
        r = self.r
        top = PAGE_H - 14 * MM
        if self.run == "R1":
            self.logo(self.x0, top - 6 * MM)
            self.cerfa_box(self.x1 - 30 * MM, top - 12 * MM)
            y = top - 24 * MM
            self.text(self.x0, y, "Demande d'ouverture des droits", r["title_size"], "Bold")
            y -= 6.2 * MM
            self.text(self.x0, y, "à l'assurance maladie", r["title_size"], "Bold")
            y -= 5.5 * MM
            self.text(self.x0, y, "Protection universelle maladie (PUMa)", 10.5, "", r["accent"])
            y -= 4.5 * MM
            self.text(self.x0, y, LEGAL, 6.8, "Italic")
            y -= 4 * MM
            c.setFillColorRGB(0.93, 0.95, 0.99)
            box_h = 14.5 * MM
            c.rect(self.x0, y - box_h, self.x1 - self.x0, box_h, stroke=0, fill=1)
            y = self.para(self.x0 + 2 * MM, y - 3.5 * MM, self.x1 - self.x0 - 4 * MM, NOTICE, 7)
            return y - 5 * MM
        if self.run == "R2":
            self.cerfa_box(self.x0, top - 12 * MM)
            self.logo(self.x1 - 52 * MM, top - 6 * MM)
            y = top - 22 * MM
            title = "Demande d'ouverture des droits à l'assurance maladie"
            tw = self.width(title, r["title_size"], "Bold")
            self.text((PAGE_W - tw) / 2, y, title, r["title_size"], "Bold")
            y -= 5.5 * MM
            sub = "Protection universelle maladie (PUMa)"
            sw = self.width(sub, 10, "Bold")
            self.text((PAGE_W - sw) / 2, y, sub, 10, "Bold", r["accent"])
            y -= 4.2 * MM
            lw = self.width(LEGAL, 6.5)
            self.text((PAGE_W - lw) / 2, y, LEGAL, 6.5)
            y -= 5 * MM
            y = self.para(self.x0, y, self.x1 - self.x0, NOTICE, 6.8, "Italic")
            return y - 3 * MM
        # R3
        self.logo(self.x0, top - 5 * MM)
        self.cerfa_box(self.x1 - 30 * MM, top - 11 * MM)
        y = top - 21 * MM
        c.setFillColorRGB(0.1, 0.1, 0.1)
        self.text(self.x0, y, "DEMANDE D'OUVERTURE DES DROITS", r["title_size"], "Bold")
        y -= 6 * MM
        self.text(self.x0, y, "À L'ASSURANCE MALADIE", r["title_size"], "Bold")
        self.text(self.x1 - self.width("(PUMa)", 10, "Bold"), y, "(PUMa)", 10, "Bold")
        y -= 5 * MM
        self.text(self.x0, y, "Protection universelle maladie", 10, "Italic")
        y -= 4 * MM
        self.text(self.x0, y, LEGAL, 6.8)
        y -= 3 * MM
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(0.5)
        box_h = 13 * MM
        c.rect(self.x0, y - box_h, self.x1 - self.x0, box_h, stroke=1, fill=0)
        self.para(self.x0 + 2 * MM, y - 3.2 * MM, self.x1 - self.x0 - 4 * MM, NOTICE, 7.2)
        return y - box_h - 4 * MM

    def bar(self, y, letter, title):
        c = self.c
        r = self.r
        w = self.x1 - self.x0
        if r["bar"] == "band":
            c.setFillColorRGB(*r["accent"])
            c.rect(self.x0, y - 6 * MM, w, 6 * MM, stroke=0, fill=1)
            self.text(self.x0 + 2 * MM, y - 4.3 * MM, letter, 11, "Bold", (1, 1, 1))
            tx = self.x0 + (9 if letter else 2) * MM
            self.text(tx, y - 4.3 * MM, title, 10, "Bold", (1, 1, 1))
            return y - 9 * MM
        if r["bar"] == "rule":
            c.setFillColorRGB(*r["accent"])
            tx = self.x0
            if letter:
                c.circle(self.x0 + 2.6 * MM, y - 2.8 * MM, 2.6 * MM, stroke=0, fill=1)
                lw = self.width(letter, 9.5, "Bold")
                self.text(self.x0 + 2.6 * MM - lw / 2, y - 4.0 * MM, letter, 9.5, "Bold", (1, 1, 1))
                tx += 7 * MM
            self.text(tx, y - 4.0 * MM, title, 10.5, "Bold", r["accent"])
            c.setStrokeColorRGB(*r["accent"])
            c.setLineWidth(1.2)
            c.line(self.x0, y - 6.2 * MM, self.x1, y - 6.2 * MM)
            return y - 9.5 * MM
        c.setFillColorRGB(0.84, 0.84, 0.84)
        c.rect(self.x0, y - 6 * MM, w, 6 * MM, stroke=0, fill=1)
        full = letter + " - " + title if letter else title
        self.text(self.x0 + 2 * MM, y - 4.3 * MM, full, 10.5, "Bold")
        return y - 8 * MM

    def footer(self, n):
        s = "S1106 — cerfa n° 15763*02 — page %d/2" % n
        if self.run == "R2":
            self.text(self.x1 - self.width(s, 7), 9 * MM, s, 7)
        elif self.run == "R3":
            self.text((PAGE_W - self.width(s, 7.5)) / 2, 8 * MM, s, 7.5)
        else:
            self.text(self.x0, 9 * MM, s, 7)
            t = "ameli.fr"
            self.text(self.x1 - self.width(t, 8, "Bold"), 9 * MM, t, 8, "Bold", self.r["accent"])

    # -- generic rows of section A --------------------------------------------------------
    def row(self, y, cells):
        """cells: list of dicts(key, label, sub, kind, n, w) ; returns the new y."""
        style = self.r["label"]
        if style == "beside":
            return self._row_beside(y, cells)
        if style == "above":
            return self._row_above(y, cells)
        return self._row_inside(y, cells)

    def _field(self, cell, x, bottom, avail, line_style=None):
        kind = cell["kind"]
        key = cell["key"]
        if kind == "comb":
            n = cell["n"]
            groups = cell.get("groups")
            cw = self.r["cw"] * MM
            while n * cw > avail and not groups:
                n -= 1
            return self.comb(key, x, bottom, n, groups=groups, sep=cell.get("sep", ""))
        if kind == "sex":
            s = self.r["check"] * MM
            cx = x
            for letter in ("F", "M"):
                cx += self.text(cx, bottom + 1.0 * MM, letter, 8.5, "Bold") + 1.2 * MM
                self.checkbox("sex_" + letter, cx, bottom + 0.4 * MM)
                cx += s + 5 * MM
            return cx - x
        if kind == "nir":
            w = self.comb("nir13", x, bottom, 13, groups=[1, 2, 2, 2, 3, 3])
            w += 3 * MM
            self.text(x + w - 2.2 * MM, bottom + 1.2 * MM, "clé", 6.5, "Italic")
            w += 2.5 * MM
            self.comb("nir_key", x + w, bottom, 2)
            return w + 2 * self.r["cw"] * MM
        self.line_field(key, x, bottom, avail, cell.get("h", 6.0) * MM, line_style)
        return avail

    def _row_beside(self, y, cells):
        lw = 47 * MM
        x = self.x0
        bottom = y - 7 * MM
        for i, cell in enumerate(cells):
            end = self.x0 + cell["end"] * (self.x1 - self.x0) if "end" in cell else self.x1
            self.text(x, bottom + 1.5 * MM, cell["label"], 8.5, "Bold" if i == 0 else "")
            if cell.get("sub"):
                self.text(x, bottom - 1.6 * MM, cell["sub"], 6, "Italic")
            if i == 0:
                fx = x + lw
            else:
                fx = x + self.width(cell["label"], 8.5) + 2 * MM
            used = self._field(cell, fx, bottom, end - fx)
            x = max(fx + used + 4 * MM, end + 3 * MM) if "end" in cell else fx + used + 4 * MM
        return y - (10 * MM if any(c.get("sub") for c in cells) else 9 * MM)

    def _row_above(self, y, cells):
        x = self.x0
        bottom = y - 4.2 * MM - self.r["ch"] * MM
        for cell in cells:
            end = self.x0 + cell["end"] * (self.x1 - self.x0) if "end" in cell else self.x1
            w = self.text(x, y - 3 * MM, cell["label"], 7.8, "Bold")
            if cell.get("sub"):
                self.text(x + w + 1.5 * MM, y - 3 * MM, cell["sub"], 6.5, "Italic")
            self._field(cell, x, bottom, end - x - 3 * MM)
            x = end + 1 * MM
        return bottom - 3.2 * MM

    def _row_inside(self, y, cells):
        c = self.c
        h = 11.5 * MM
        x = self.x0
        c.setStrokeColorRGB(0.25, 0.25, 0.25)
        c.setLineWidth(0.6)
        for cell in cells:
            end = self.x0 + cell["end"] * (self.x1 - self.x0) if "end" in cell else self.x1
            c.rect(x, y - h, end - x, h, stroke=1, fill=0)
            w = self.text(x + 1.3 * MM, y - 3 * MM, cell["label"], 7, "Bold")
            if cell.get("sub"):
                self.text(x + w + 2.5 * MM, y - 3 * MM, cell["sub"], 6.5, "Italic")
            self._field(cell, x + 2 * MM, y - h + 1.6 * MM, end - x - 4 * MM, "none")
            x = end
        return y - h

    # -- the pages ------------------------------------------------------------------------
    def page1(self):
        self.page = 0
        r = self.r
        y = self.header()
        y = self.bar(y, "A", "VOUS")
        for cells in section_a_rows(self.run, r["name_n"]):
            y = self.row(y, cells)
        y -= 3 * MM
        y = self.bar(y, "B", "VOTRE SITUATION")
        self.section_b(y)
        self.footer(1)

    def section_b(self, y):
        r = self.r
        labels = SITUATION_LABELS[self.run]
        s = r["check"] * MM
        tx = self.x0 + s + 2.5 * MM
        tw = self.x1 - tx
        y -= 1 * MM
        hint = "Cochez la case correspondant à votre situation actuelle."
        self.text(self.x0, y - 2 * MM, hint, 7.5, "Italic")
        y -= 7 * MM
        for key, label in zip(SITUATION_KEYS, labels, strict=True):
            self.checkbox(key, self.x0, y - 0.6 * MM)
            lines = simpleSplit(label, self.f(), 8.8, tw)
            ly = y
            for line in lines:
                self.text(tx, ly, line, 8.8)
                ly -= 4 * MM
            if key == "sit_autre":
                lx = tx + self.width(lines[-1], 8.8) + 2 * MM
                self.line_field("autre_text", lx, ly + 4 * MM - 0.8 * MM, self.x1 - lx, 5.5 * MM)
                ly -= 2 * MM
            y = ly - 2.4 * MM
            if key == "sit_salarie":
                y = self._salarie_details(y + 1 * MM, tx)
        return y

    def _salarie_details(self, y, tx):
        lbl = "Emploi occupé :" if self.run != "R3" else "Profession / emploi :"
        w = self.text(tx, y, lbl, 8.2, "Italic")
        if self.r["contract"] == "line":
            self.line_field("job_title", tx + w + 2 * MM, y - 1 * MM, 62 * MM, 5.5 * MM)
            cx = tx + w + 68 * MM
            lbl2 = "Type de contrat (CDI, CDD, intérim...) :"
            w2 = self.text(cx, y, lbl2, 8.2, "Italic")
            self.line_field(
                "contract_text", cx + w2 + 2 * MM, y - 1 * MM, self.x1 - cx - w2 - 2 * MM, 5.5 * MM
            )
            return y - 7 * MM
        self.line_field("job_title", tx + w + 2 * MM, y - 1 * MM, self.x1 - tx - w - 2 * MM)
        y -= 6.5 * MM
        w = self.text(tx, y, "Type de contrat :", 8.2, "Italic")
        cx = tx + w + 3 * MM
        opts = [("ct_cdi", "CDI"), ("ct_cdd", "CDD"), ("ct_interim", "intérim")]
        opts.append(("ct_autre", "autre (apprentissage, saisonnier...)"))
        for key, lab in opts:
            self.checkbox(key, cx, y - 0.6 * MM)
            cx += self.r["check"] * MM + 1.5 * MM
            cx += self.text(cx, y, lab, 8.2) + 5 * MM
        return y - 7 * MM

    def page2(self):
        self.page = 1
        r = self.r
        y = PAGE_H - 16 * MM
        if self.run == "R2":
            self.text(
                self.x0, y, "Demande d'ouverture des droits à l'assurance maladie", 8, "Italic"
            )
            y -= 6 * MM
        y = self.bar(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(self.x0, y - 2 * MM, self.x1 - self.x0, CERTIFY, 9)
        y = self.para(self.x0, y - 1.5 * MM, self.x1 - self.x0, FRAUD, 6.8, "Italic")
        y -= 8 * MM
        w = self.text(self.x0, y, "Fait à", 9.5, "Bold")
        px = self.x0 + w + 2 * MM
        self.line_field("place", px, y - 1 * MM, 62 * MM)
        lx = px + 66 * MM
        w = self.text(lx, y, "le", 9.5, "Bold")
        if r["date"] == "comb":
            self.comb("date_comb", lx + w + 3 * MM, y - 1.2 * MM, 8, groups=[2, 2, 4], sep="/")
        else:
            self.line_field("date", lx + w + 2 * MM, y - 1 * MM, 42 * MM)
        y -= 9 * MM
        y = self._sigbox(y)
        y -= 9 * MM
        y = self.bar(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y -= 2.5 * MM
        intro = (
            "Pour que votre demande soit étudiée, joignez la photocopie des documents suivants :"
        )
        y = self.para(self.x0, y, self.x1 - self.x0, intro, 8.3, "Bold") - 1.5 * MM
        for item in PIECES:
            self.c.setFillColorRGB(0, 0, 0)
            self.c.circle(self.x0 + 1.5 * MM, y + 1 * MM, 0.55 * MM, stroke=0, fill=1)
            y = self.para(self.x0 + 4 * MM, y, self.x1 - self.x0 - 4 * MM, item, 8.6)
            y -= 1.8 * MM
        y -= 4 * MM
        y = self.para(self.x0, y, self.x1 - self.x0, SEND, 8.3)
        y -= 4 * MM
        self.para(self.x0, y, self.x1 - self.x0, CNIL, 6.5, "Italic")
        self._reserved(16 * MM + 24 * MM)
        self.footer(2)

    def _sigbox(self, y):
        c = self.c
        run = self.run
        w, h = (88 * MM, 32 * MM) if run != "R2" else (95 * MM, 36 * MM)
        x = self.x1 - w if run != "R2" else self.x0
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setLineWidth(0.8)
        if run == "R1":
            self.text(x, y - 3 * MM, "Signature", 9.5, "Bold")
            y -= 5 * MM
            c.rect(x, y - h, w, h, stroke=1, fill=0)
        elif run == "R2":
            y -= 1 * MM
            c.rect(x, y - h, w, h, stroke=1, fill=0)
            self.text(x + 2 * MM, y - 4 * MM, "Signature du demandeur", 8, "Bold")
        else:
            c.roundRect(x, y - h, w, h, 2 * MM, stroke=1, fill=0)
            lab = "Signature"
            lw = self.width(lab, 22, "Bold")
            self.text(x + (w - lw) / 2, y - h / 2 - 3 * MM, lab, 22, "Bold", (0.83, 0.83, 0.83))
        self.add("signature", "sig", [(x, y - h, w, h)])
        return y - h

    def _reserved(self, y):
        c = self.c
        h = 24 * MM
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        c.setLineWidth(0.6)
        if self.run == "R3":
            c.setDash(2, 1.5)
        c.rect(self.x0, y - h, self.x1 - self.x0, h, stroke=1, fill=0)
        c.setDash()
        grey = (0.3, 0.3, 0.3)
        self.text(self.x0 + 2 * MM, y - 4.5 * MM, "Cadre réservé à l'organisme", 8.5, "Bold", grey)
        yy = y - 10.5 * MM
        self.text(
            self.x0 + 2 * MM, yy, "Date de réception : ..... / ..... / ..........", 8, "", grey
        )
        self.text(self.x0 + 95 * MM, yy, "Pièces vérifiées :", 8, "", grey)
        s = 3 * MM
        c.rect(self.x0 + 121 * MM, yy - 0.4 * MM, s, s, stroke=1, fill=0)
        self.text(self.x0 + 125 * MM, yy, "oui", 8, "", grey)
        c.rect(self.x0 + 133 * MM, yy - 0.4 * MM, s, s, stroke=1, fill=0)
        self.text(self.x0 + 137 * MM, yy, "non", 8, "", grey)
        yy -= 7 * MM
        self.text(
            self.x0 + 2 * MM, yy, "Matricule agent : ...............................", 8, "", grey
        )
        self.text(self.x0 + 95 * MM, yy, "Cachet de l'organisme", 8, "", grey)


def draw_form(path, run, overlay=None):
    """Draw the blank form of print run `run` to `path`; return the field geometry.

    overlay(c, page_index, geo) is called after each page is drawn (used to paste a
    signature image into the fillable PDF)."""
    register_fonts()
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie (S1106)")
    c.setAuthor("")
    fd = FormDrawer(c, run)
    fd.page1()
    if overlay:
        overlay(c, 0, fd.geo)
    c.showPage()
    fd.page2()
    if overlay:
        overlay(c, 1, fd.geo)
    c.showPage()
    c.save()
    return fd.geo
