"""Drawing primitives shared by the print runs: fonts, slots, run styles, the Sheet.

A `Slot` is where an answer goes, in points measured from the top-left corner of the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PW, PH = 595.28, 841.89
LM, RM = 36.0, 559.0

_FONTS = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSans-I": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-I": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "OpenSans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "OpenSans-I": "/usr/share/fonts/truetype/open-sans/OpenSans-Italic.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
}


def register_fonts() -> None:
    for name, path in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


@dataclass
class Slot:
    kind: str  # text | comb | check | sig
    page: int
    x: float
    top: float
    w: float
    h: float
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Run:
    key: str
    font: str
    bold: str
    italic: str
    accent: tuple[float, float, float]
    section: str  # bar | underline | band
    labels: str  # above | beside | inside
    comb: str  # box | ticks | grey
    comb_w: float
    name_comb: bool
    check: float
    sig_pos: str  # right | left | center
    sig_label: str  # above | inside | grey
    row_order: tuple[str, ...]
    labels_text: dict
    field_names: dict
    gap: float = 4.0


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
    """Draws one page of one run and records the slots."""

    def __init__(self, c, run: Run, page: int):
        self.c, self.r, self.page = c, run, page
        self.slots: dict[str, Slot] = {}
        self.acc = Color(*run.accent)

    # -- primitives (top-left coordinates) ------------------------------------------------
    def txt(self, x, base, s, font=None, size=8.0, color=black, align="l"):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or self.r.font, size)
        if align == "c":
            c.drawCentredString(x, PH - base, s)
        elif align == "r":
            c.drawRightString(x, PH - base, s)
        else:
            c.drawString(x, PH - base, s)
        c.setFillColor(black)

    def box(self, x, top, w, h, lw=0.5, stroke=black, fill=None, dash=None):
        c = self.c
        c.setLineWidth(lw)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if dash:
            c.setDash(*dash)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(
            x,
            PH - top - h,
            w,
            h,
            stroke=1 if stroke is not None else 0,
            fill=1 if fill is not None else 0,
        )
        c.setDash()
        c.setFillColor(black)
        c.setStrokeColor(black)

    def hline(self, x1, x2, top, lw=0.5, color=black, dots=False):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if dots:
            c.setDash(0.6, 1.8)
            c.setLineCap(1)
        c.line(x1, PH - top, x2, PH - top)
        c.setDash()
        c.setLineCap(0)
        c.setStrokeColor(black)

    def para(self, x, top, width, text, size=7.0, font=None, leading=None, color=black):
        font = font or self.r.font
        leading = leading or size * 1.22
        for line in wrap(text, font, size, width):
            top += leading
            self.txt(x, top - leading * 0.22, line, font, size, color)
        return top

    # -- form items ---------------------------------------------------------------------
    def comb(self, name, x, top, n, groups=None, h=None):
        """Comb boxes; returns right edge."""
        r = self.r
        cw = r.comb_w
        h = h or cw + 1.5
        groups = groups or (n,)
        boxes = []
        gx = x
        for gi, g in enumerate(groups):
            for _ in range(g):
                boxes.append((gx, top, cw, h))
                gx += cw
            if gi < len(groups) - 1:
                if r.comb == "ticks":
                    self.txt(gx + 2.2, top + h - 2, "/", size=9)
                gx += 6.0
        grey = Color(0.86, 0.88, 0.9)
        for bx, bt, bw, bh in boxes:
            if r.comb == "box":
                self.box(bx, bt, bw, bh, lw=0.55, stroke=self.acc)
            elif r.comb == "grey":
                self.box(bx + 0.6, bt, bw - 1.2, bh, lw=0, stroke=None, fill=grey)
        if r.comb == "ticks":
            for gi, (bx, bt, bw, bh) in enumerate(boxes):
                self.c.setLineWidth(0.6)
                self.c.line(bx, PH - bt - bh, bx + bw, PH - bt - bh)
                self.c.line(bx, PH - bt - bh, bx, PH - bt - bh * 0.55)
                last = gi == len(boxes) - 1 or boxes[gi + 1][0] - (bx + bw) > 1
                if last:
                    self.c.line(bx + bw, PH - bt - bh, bx + bw, PH - bt - bh * 0.55)
        self.slots[name] = Slot("comb", self.page, x, top, gx - x, h, boxes)
        return gx

    def checkbox(self, name, x, top, label=None, size_lbl=8.0, font=None):
        s = self.r.check
        if self.r.comb == "grey":
            self.box(x, top, s, s, lw=0.6, stroke=self.acc, fill=Color(0.93, 0.95, 0.96))
        else:
            self.box(x, top, s, s, lw=0.6)
        self.slots[name] = Slot("check", self.page, x, top, s, s)
        end = x + s
        if label:
            self.txt(x + s + 3.5, top + s - 0.6, label, font, size_lbl)
            end = x + s + 3.5 + pdfmetrics.stringWidth(label, font or self.r.font, size_lbl)
        return end

    def textslot(self, name, x, top, w, h):
        self.slots[name] = Slot("text", self.page, x, top, w, h)

    def labelled(self, name, kind, x, top, w, **kw):
        """One labelled field in a row in the run's style; returns nothing."""
        r, lab = self.r, self.r.labels_text.get(name, name)
        if r.labels == "above":
            self.txt(x, top + 6.5, lab, size=6.8, color=Color(0.2, 0.2, 0.25))
            vt = top + 8.5
            if kind == "text":
                self.box(x, vt, w, 15.5, lw=0.5, stroke=self.acc, fill=Color(0.95, 0.96, 0.99))
                self.textslot(name, x, vt, w, 15.5)
            elif kind == "comb":
                self.comb(name, x, vt, kw["n"], kw.get("groups"))
            elif kind == "sex":
                ex = self.checkbox("sex_F", x + 2, vt + 3.5, "F", 9)
                self.checkbox("sex_M", ex + 14, vt + 3.5, "M", 9)
        elif r.labels == "beside":
            self.txt(x, top + 13, lab + " :", size=9)
            lx = x + pdfmetrics.stringWidth(lab + " :", r.font, 9) + 4
            if kind == "text":
                self.hline(lx, x + w - 4, top + 14.5, lw=0.8, dots=True)
                self.textslot(name, lx, top + 1.5, x + w - 4 - lx, 13)
            elif kind == "comb":
                self.comb(name, lx, top + 2.5, kw["n"], kw.get("groups"), h=12)
            elif kind == "sex":
                ex = self.checkbox("sex_F", lx, top + 6, "féminin", 8.5)
                self.checkbox("sex_M", ex + 10, top + 6, "masculin", 8.5)
        else:  # inside cells
            self.box(x, top, w, 26, lw=0.6, stroke=self.acc)
            self.txt(x + 3, top + 7.2, lab, size=6.2, color=self.acc)
            if kind == "text":
                self.textslot(name, x + 3, top + 9, w - 6, 16)
            elif kind == "comb":
                self.comb(name, x + 4, top + 10, kw["n"], kw.get("groups"), h=13.5)
            elif kind == "sex":
                ex = self.checkbox("sex_F", x + 6, top + 12.5, "Femme", 8)
                self.checkbox("sex_M", ex + 12, top + 12.5, "Homme", 8)

    def row_height(self):
        return {"above": 28.5, "beside": 19.5, "inside": 26.0}[self.r.labels]

    def section(self, top, letter, title):
        r = self.r
        if r.section == "bar":
            self.box(LM, top, RM - LM, 15, lw=0, stroke=None, fill=self.acc)
            label = f"{letter}   {title}" if letter else title
            self.txt(LM + 6, top + 11, label, r.bold, 9.5, white)
            return top + 21
        if r.section == "underline":
            x = LM
            if letter:
                self.c.setFillColor(black)
                self.c.circle(LM + 7, PH - top - 7, 7, stroke=0, fill=1)
                self.txt(LM + 7, top + 10.4, letter, r.bold, 9.5, white, "c")
                x = LM + 19
            self.txt(x, top + 11, title, r.bold, 10.5)
            self.hline(LM, RM, top + 15, lw=1.1)
            return top + 21
        self.box(LM, top, RM - LM, 17, lw=0, stroke=None, fill=Color(0.9, 0.94, 0.96))
        self.box(LM, top, 4, 17, lw=0, stroke=None, fill=self.acc)
        label = f"{letter} - {title}" if letter else title
        self.txt(LM + 10, top + 12, label, r.bold, 9.5, self.acc)
        return top + 23
