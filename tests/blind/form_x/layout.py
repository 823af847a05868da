"""Blank cerfa 15763*02 (S1106) pages drawn with reportlab, in three "print runs".

Each run is a style dictionary fed to one layout engine. The engine draws the
two A4 pages and records every fillable place as a *slot* (points, PDF
coordinates, origin bottom-left) so that typed, AcroForm and handwritten fills
can be placed on it.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from texts import CERTIF, CNIL, CONTRACTS, FRAUD, LEGAL, NOTICE, PIECES, SITUATIONS

PAGE_W, PAGE_H = 595.28, 841.89

_FONT_FILES = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "Serif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "Serif-I": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf",
    "Cond": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "Cond-B": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Cond-I": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Italic.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "Arial": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Times": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, path in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


NAVY = Color(0.05, 0.19, 0.45)
TEAL = Color(0.0, 0.42, 0.55)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.86, 0.86, 0.86)

STYLES = {
    # navy bars, labels in a left column, comb boxes for names, "Signature" above the box
    "R1": dict(
        font="LibSans",
        bold="LibSans-B",
        ital="LibSans-I",
        section="bar",
        labels="left",
        name_field="comb",
        cell=15.5,
        accent=NAVY,
        line="solid",
        sig_label="above",
        row_h=26.5,
        label_w=128.0,
        hints=True,
        date_sep="gap",
        tick=8.5,
    ),
    # black and white, serif, underlined titles, labels beside dotted lines
    "R2": dict(
        font="Serif",
        bold="Serif-B",
        ital="Serif-I",
        section="underline",
        labels="beside",
        name_field="line",
        cell=14.5,
        accent=Color(0.1, 0.1, 0.1),
        line="dotted",
        sig_label="inside_grey",
        row_h=25.5,
        label_w=0.0,
        hints=False,
        date_sep="slash",
        tick=9.0,
    ),
    # teal tabs, labels inside framed cells, comb inside the cell, grey word in the box
    "R3": dict(
        font="Cond",
        bold="Cond-B",
        ital="Cond-I",
        section="tab",
        labels="inside",
        name_field="comb",
        cell=16.5,
        accent=TEAL,
        line="none",
        sig_label="inside_center",
        row_h=34.0,
        label_w=0.0,
        hints=True,
        date_sep="gap",
        tick=9.5,
    ),
}


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


class Sheet:
    """Draws one print run of the form and records the slots."""

    def __init__(self, canvas, style_id: str, variant: dict):
        register_fonts()
        self.c = canvas
        self.sid = style_id
        self.st = dict(STYLES[style_id])
        self.st.update(variant)
        self.slots: dict[str, dict] = {}
        self.page = 1
        self.x0, self.x1 = 40.0, PAGE_W - 40.0

    # ------------------------------------------------------------ primitives
    def txt(self, x, y, s, size=8.0, font=None, color=None, anchor="l"):
        c = self.c
        c.setFillColor(color or Color(0, 0, 0))
        c.setFont(font or self.st["font"], size)
        if anchor == "c":
            c.drawCentredString(x, y, s)
        elif anchor == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)

    def para(self, x, y, w, text, size=7.0, lead=None, font=None, color=None):
        font = font or self.st["font"]
        lead = lead or size * 1.22
        for line in wrap(text, font, size, w):
            self.txt(x, y, line, size, font, color)
            y -= lead
        return y

    def sw(self, s, size, font=None):
        return pdfmetrics.stringWidth(s, font or self.st["font"], size)

    def tick(self, name, x, y):
        s = self.st["tick"]
        c = self.c
        c.setStrokeColor(Color(0, 0, 0))
        c.setLineWidth(0.7)
        if self.sid == "R3":
            c.roundRect(x, y, s, s, 1.5, stroke=1, fill=0)
        else:
            c.rect(x, y, s, s, stroke=1, fill=0)
        self.slots[name] = dict(kind="tick", page=self.page, rect=(x, y, x + s, y + s))
        return x + s

    def comb(self, name, x, y, n, groups=None, hints=None, sep=None, h=None):
        """Comb of n cells; groups splits them with a gap (or a printed slash)."""
        cw = self.st["cell"]
        h = h or cw * 1.12
        c = self.c
        c.setStrokeColor(Color(0.1, 0.1, 0.1))
        c.setLineWidth(0.6)
        groups = groups or [n]
        cells = []
        cx = x
        k = 0
        for gi, g in enumerate(groups):
            for _ in range(g):
                c.rect(cx, y, cw, h, stroke=1, fill=0)
                if hints and self.st["hints"]:
                    self.txt(cx + cw / 2, y + h * 0.3, hints[k], h * 0.42, color=LIGHT, anchor="c")
                cells.append((cx, y, cx + cw, y + h))
                cx += cw
                k += 1
            if gi < len(groups) - 1:
                gap = cw * 0.55
                if (sep or self.st["date_sep"]) == "slash":
                    self.txt(cx + gap / 2, y + h * 0.2, "/", h * 0.8, anchor="c")
                cx += gap
        self.slots[name] = dict(
            kind="comb", page=self.page, cells=cells, groups=groups, rect=(x, y, cx, y + h)
        )
        return cx

    def hline(self, name, x, y, w):
        c = self.c
        style = self.st["line"]
        if style == "dotted":
            c.setDash(0.6, 2.0)
            c.setLineWidth(0.8)
            c.setStrokeColor(Color(0.2, 0.2, 0.2))
            c.line(x, y, x + w, y)
            c.setDash()
        elif style == "solid":
            c.setLineWidth(0.4)
            c.setStrokeColor(GREY)
            c.line(x, y, x + w, y)
        self.slots[name] = dict(kind="line", page=self.page, rect=(x, y, x + w, y + 14))
        return x + w

    # ------------------------------------------------------------ structure
    def header(self):
        c, st = self.c, self.st
        top = PAGE_H - 36
        # Marianne-like block
        self.txt(self.x0, top - 4, "RÉPUBLIQUE", 7.2, st["bold"])
        self.txt(self.x0, top - 12, "FRANÇAISE", 7.2, st["bold"])
        self.txt(self.x0, top - 21, "Liberté", 5.6, st["ital"])
        self.txt(self.x0, top - 27.5, "Égalité", 5.6, st["ital"])
        self.txt(self.x0, top - 34, "Fraternité", 5.6, st["ital"])
        # logo
        lx = self.x0 + 82
        c.setFillColor(st["accent"] if self.sid != "R2" else Color(0.15, 0.15, 0.15))
        c.circle(lx + 9, top - 16, 9, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.circle(lx + 12, top - 13, 4.2, stroke=0, fill=1)
        self.txt(lx + 22, top - 12, "l'Assurance", 11, st["bold"], st["accent"])
        self.txt(lx + 22, top - 24, "Maladie", 11, st["bold"], st["accent"])
        # cerfa box
        bx = self.x1 - 92
        c.setStrokeColor(Color(0, 0, 0))
        c.setLineWidth(0.9)
        c.rect(bx, top - 30, 92, 30, stroke=1, fill=0)
        self.txt(bx + 46, top - 11, "cerfa", 10, st["bold"], anchor="c")
        self.txt(bx + 46, top - 24, "N° 15763*02", 9, st["bold"], anchor="c")
        if self.page == 1:
            y = top - 56
            title = "Demande d'ouverture des droits à l'assurance maladie"
            self.txt(PAGE_W / 2, y, title, 14.5, st["bold"], anchor="c")
            self.txt(
                PAGE_W / 2,
                y - 16,
                "Protection universelle maladie (PUMa)",
                10.5,
                st["font"],
                st["accent"],
                anchor="c",
            )
            y = self.para(self.x0, y - 32, self.x1 - self.x0, NOTICE, 6.9)
            self.txt(self.x0, y - 1, LEGAL, 6.4, st["ital"], GREY)
            return y - 14
        self.txt(
            PAGE_W / 2,
            top - 50,
            "Demande d'ouverture des droits à l'assurance maladie",
            10.5,
            st["bold"],
            anchor="c",
        )
        return top - 68

    def footer(self):
        s = f"S1106 — cerfa n° 15763*02 — page {self.page}/2"
        if self.sid == "R2":
            self.txt(self.x1, 26, s, 6.5, anchor="r")
        else:
            self.txt(PAGE_W / 2, 24, s, 6.5, anchor="c", color=GREY)
            self.c.setStrokeColor(LIGHT)
            self.c.line(self.x0, 34, self.x1, 34)

    def section(self, y, letter, title):
        c, st = self.c, self.st
        if st["section"] == "bar":
            c.setFillColor(st["accent"])
            c.rect(self.x0, y - 14, self.x1 - self.x0, 15, stroke=0, fill=1)
            self.txt(self.x0 + 6, y - 9.8, f"{letter}   {title}", 9.5, st["bold"], Color(1, 1, 1))
            return y - 28
        if st["section"] == "underline":
            c.setStrokeColor(Color(0, 0, 0))
            c.setLineWidth(0.8)
            tx = self.x0
            if letter:
                c.circle(self.x0 + 7, y - 6, 7, stroke=1, fill=0)
                self.txt(self.x0 + 7, y - 9.3, letter, 9, st["bold"], anchor="c")
                tx += 20
            self.txt(tx, y - 9.5, title, 10.5, st["bold"])
            c.setLineWidth(1.4)
            c.line(self.x0, y - 16, self.x1, y - 16)
            return y - 32
        tx = self.x0
        if letter:
            c.setFillColor(st["accent"])
            c.roundRect(self.x0, y - 14, 18, 15, 2, stroke=0, fill=1)
            self.txt(self.x0 + 9, y - 9.8, letter, 9.5, st["bold"], Color(1, 1, 1), anchor="c")
            tx += 25
        self.txt(tx, y - 10, title, 10, st["bold"], st["accent"])
        c.setStrokeColor(st["accent"])
        c.setLineWidth(0.8)
        tw = self.sw(title, 10, st["bold"])
        c.line(tx + 5 + tw, y - 7, self.x1, y - 7)
        return y - 28

    def field(self, label, kind, name, x, y, w, **kw):
        """One labelled field in [x, x+w] on a row whose value baseline is y."""
        st = self.st
        mode = st["labels"]
        size = 7.6
        comb_h = None
        if mode == "inside":
            h = st["row_h"] - 4
            self.c.setStrokeColor(Color(0.35, 0.35, 0.35))
            self.c.setLineWidth(0.5)
            self.c.roundRect(x, y - 8, w - 4, h, 2.5, stroke=1, fill=0)
            self.txt(x + 3, y - 8 + h - 7.5, label, 6.3, st["font"], Color(0.3, 0.3, 0.3))
            fx, fw = x + 4, w - 12
            comb_h = st["cell"] * 0.8
            y -= 3
        elif mode == "left":
            lw = kw.get("label_w", st["label_w"])
            lines = wrap(label, st["font"], size, lw - 6)
            for i, ln in enumerate(lines):
                self.txt(x, y + 2 - i * 8.4 + (len(lines) - 1) * 4.2, ln, size)
            fx, fw = x + lw, w - lw - 6
        else:
            lab = label + " :"
            self.txt(x, y + 1, lab, size + 0.4)
            lw = self.sw(lab, size + 0.4) + 5
            fx, fw = x + lw, w - lw - 6
        if kind == "line":
            self.hline(name, fx, y, fw)
        elif kind == "comb":
            cw = st["cell"]
            n = kw.get("n") or max(1, int(fw // cw))
            n = min(n, kw.get("max_n", 28))
            self.comb(name, fx, y - 2, n, kw.get("groups"), kw.get("hints"), kw.get("sep"), comb_h)
        elif kind == "ticks":
            cx = fx
            for tname, tlab in kw["items"]:
                self.txt(cx, y + 1, tlab, size)
                cx += self.sw(tlab, size) + 4
                cx = self.tick(tname, cx, y) + 14
        return fx

    def row(self, y, fields):
        """fields: (label, kind, name, fraction, kwargs) laid out left to right."""
        x = self.x0
        W = self.x1 - self.x0
        for label, kind, name, frac, kw in fields:
            self.field(label, kind, name, x, y, W * frac, **kw)
            x += W * frac
        return y - self.st["row_h"]

    # ------------------------------------------------------------ pages
    def page1(self):
        st = self.st
        self.page = 1
        y = self.header()
        y = self.section(y, "A", "VOUS")
        if st["labels"] == "inside":
            y -= 16
        names = st["name_field"]
        y = self.row(y, [("Nom de naissance", names, "surname", 1.0, {})])
        y = self.row(y, [("Nom d'usage (facultatif)", names, "usage_name", 1.0, {})])
        y = self.row(y, [("Prénom(s)", names, "given_names", 1.0, {})])
        date_kw = dict(n=8, groups=[2, 2, 4], hints="JJMMAAAA")
        sex_kw = dict(items=[("sex_F", "F"), ("sex_M", "M")])
        if st["labels"] == "left":
            y = self.row(
                y,
                [
                    ("Sexe", "ticks", "sex", 0.38, dict(sex_kw, label_w=60)),
                    ("Date de naissance", "comb", "dob", 0.62, dict(date_kw, label_w=92)),
                ],
            )
        else:
            y = self.row(
                y,
                [
                    ("Sexe", "ticks", "sex", 0.3, sex_kw),
                    ("Date de naissance", "comb", "dob", 0.7, date_kw),
                ],
            )
        y = self.row(
            y,
            [
                ("Lieu de naissance : commune", "line", "birth_place", 0.6, dict(label_w=128)),
                ("Pays", "line", "birth_country", 0.4, dict(label_w=36)),
            ],
        )
        y = self.row(y, [("Nationalité", "line", "nationality", 1.0, {})])
        lab = "N° de sécurité sociale (si vous en avez un)"
        y = self.row(
            y,
            [
                (
                    lab,
                    "comb",
                    "nir",
                    1.0,
                    dict(n=15, groups=[1, 2, 2, 2, 3, 3, 2], label_w=150, sep="gap"),
                )
            ],
        )
        self.slots["nir"]["key_from"] = 13
        y = self.row(
            y,
            [
                ("N° d'allocataire CAF (facultatif)", "line", "caf", 0.5, dict(label_w=140)),
                ("Date d'arrivée en France", "comb", "arrival", 0.5, dict(date_kw, label_w=110)),
            ],
        )
        y = self.row(y, [("Adresse", "line", "address", 1.0, {})])
        y = self.row(y, [("Complément d'adresse", "line", "address2", 1.0, {})])
        y = self.row(
            y,
            [
                ("Code postal", "comb", "postcode", 0.42, dict(n=5)),
                ("Commune", "line", "city", 0.58, dict(label_w=60)),
            ],
        )
        y = self.row(
            y,
            [
                ("Téléphone", "line", "phone", 0.42, {}),
                ("Adresse e-mail", "line", "email", 0.58, dict(label_w=72)),
            ],
        )
        y -= 8
        y = self.section(y, "B", "VOTRE SITUATION")
        self.txt(
            self.x0,
            y + 3,
            "Cochez la case qui correspond à votre situation actuelle.",
            7.2,
            st["ital"],
        )
        y -= 14
        for name, label in SITUATIONS:
            tx = self.x0 + 4
            self.tick(name, tx, y - 1)
            lines = wrap(label, st["font"], 8.0, self.x1 - tx - 20)
            for i, ln in enumerate(lines):
                self.txt(tx + 16, y + 0.5 - i * 9.5, ln, 8.0)
            y -= 9.5 * (len(lines) - 1)
            if name == "sit_salarie":
                y -= 15
                cx = tx + 16
                self.txt(cx, y + 0.5, "Type de contrat :", 7.6)
                cx += self.sw("Type de contrat :", 7.6) + 8
                for tname, tlab in CONTRACTS:
                    cx = self.tick(tname, cx, y - 1) + 3
                    self.txt(cx, y + 0.5, tlab, 7.6)
                    cx += self.sw(tlab, 7.6) + 14
                y -= 16
                self.txt(tx + 16, y + 0.5, "Nom de l'employeur :", 7.6)
                ex = tx + 16 + self.sw("Nom de l'employeur :", 7.6) + 4
                self.hline_force("employer", ex, y, 190)
                self.txt(ex + 198, y + 0.5, "Emploi occupé :", 7.6)
                jx = ex + 198 + self.sw("Emploi occupé :", 7.6) + 4
                self.hline_force("job", jx, y, self.x1 - jx)
            if name == "sit_autre":
                lx = tx + 16 + self.sw(label, 8.0) + 4
                self.hline_force("other_text", lx, y, self.x1 - lx)
            y -= 19
        self.footer()

    def hline_force(self, name, x, y, w):
        keep = self.st["line"]
        if keep == "none":
            self.st["line"] = "solid"
        self.hline(name, x, y, w)
        self.st["line"] = keep

    def page2(self):
        st, c = self.st, self.c
        self.page = 2
        y = self.header()
        y = self.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        y = self.para(self.x0, y, self.x1 - self.x0, CERTIF, 8.2)
        y = self.para(self.x0, y - 4, self.x1 - self.x0, FRAUD, 6.8, font=st["ital"])
        y -= 30
        self.txt(self.x0, y, "Fait à", 9)
        self.hline_force("place", self.x0 + 30, y - 1, 190)
        self.txt(self.x0 + 232, y, "le", 9)
        self.hline_force("date", self.x0 + 246, y - 1, 150)
        y -= 22
        bw, bh = 235.0, 82.0
        bx = self.x1 - bw - (0 if self.sid != "R2" else 60)
        if st["sig_label"] == "above":
            self.txt(bx, y, "Signature", 8.5, st["bold"])
            y -= 6
        by = y - bh
        c.setStrokeColor(Color(0, 0, 0))
        c.setLineWidth(0.9)
        if self.sid == "R3":
            c.roundRect(bx, by, bw, bh, 4, stroke=1, fill=0)
        else:
            c.rect(bx, by, bw, bh, stroke=1, fill=0)
        if st["sig_label"] == "inside_grey":
            self.txt(bx + 5, by + bh - 11, "Signature", 8.5, st["font"], GREY)
        elif st["sig_label"] == "inside_center":
            self.txt(
                bx + bw / 2,
                by + bh / 2 - 4,
                "Signature",
                12,
                st["font"],
                Color(0.8, 0.8, 0.8),
                anchor="c",
            )
        self.slots["signature"] = dict(kind="box", page=2, rect=(bx, by, bx + bw, by + bh))
        y = by - 34
        y = self.section(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y = self.para(self.x0, y, self.x1 - self.x0, "Joignez la photocopie lisible de :", 8.0)
        for item in PIECES:
            self.txt(self.x0 + 6, y - 1, "•", 8.0)
            y = self.para(self.x0 + 16, y - 1, self.x1 - self.x0 - 16, item, 7.8) - 3
        y -= 10
        y = self.para(self.x0, y, self.x1 - self.x0, CNIL, 6.5, color=Color(0.3, 0.3, 0.3))
        y -= 24
        # Cadre réservé à l'organisme
        h = 74
        c.setFillColor(Color(0.93, 0.93, 0.93))
        c.setStrokeColor(Color(0.3, 0.3, 0.3))
        c.setLineWidth(0.6)
        c.rect(self.x0, y - h, self.x1 - self.x0, h, stroke=1, fill=1)
        self.txt(self.x0 + 6, y - 12, "Cadre réservé à l'organisme", 8.5, st["bold"])
        saved = dict(self.slots)
        self.comb("recv", self.x0 + 100, y - 38, 8, [2, 2, 4], sep="slash", h=14)
        self.txt(self.x0 + 6, y - 34, "Date de réception", 7.6)
        self.txt(self.x0 + 290, y - 34, "Pièces vérifiées :", 7.6)
        tx = self.x0 + 360
        self.tick("org_oui", tx, y - 35)
        self.txt(tx + 12, y - 34, "oui", 7.6)
        self.tick("org_non", tx + 36, y - 35)
        self.txt(tx + 48, y - 34, "non", 7.6)
        self.txt(self.x0 + 6, y - 60, "Matricule agent", 7.6)
        c.setStrokeColor(GREY)
        c.line(self.x0 + 100, y - 61, self.x0 + 240, y - 61)
        self.slots = saved
        self.footer()


def draw_blank(canvas, style_id: str, variant: dict, pages=(1, 2)) -> dict:
    """Draw the requested pages (in that order) and return the slots."""
    sheet = Sheet(canvas, style_id, variant)
    slots = {}
    for p in pages:
        if p == 1:
            sheet.page1()
        else:
            sheet.page2()
        slots.update(sheet.slots)
        sheet.slots = {}
        canvas.showPage()
    return slots
