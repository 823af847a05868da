"""Three print runs of the blank S1106 / cerfa 15763*02 form, drawn with reportlab.

Every drawn label and every box outline is registered; `Sheet.check()` asserts that no label
touches a box line or a comb box. Field geometry is returned for the fill layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

W, H = 595.28, 841.89
TTF = "/usr/share/fonts/truetype"
FONTS = {
    "LibSans": f"{TTF}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{TTF}/liberation/LiberationSans-Bold.ttf",
    "Carlito": f"{TTF}/crosextra/Carlito-Regular.ttf",
    "Carlito-B": f"{TTF}/crosextra/Carlito-Bold.ttf",
    "RobC": f"{TTF}/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobC-B": f"{TTF}/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Mono": f"{TTF}/liberation/LiberationMono-Regular.ttf",
    "DejaVu": f"{TTF}/dejavu/DejaVuSans.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if not _registered:
        for name, path in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, path))
        _registered = True


@dataclass(frozen=True)
class Style:
    name: str
    font: str
    bold: str
    accent: tuple
    section: str  # bar | underline | frame
    label: str  # above | beside | inside
    text: str  # box | dotted | line (beside/above); cells for inside
    comb_w: float
    comb_h: float
    names_comb: bool
    check: float
    contract: str  # checks | line
    sig_label: str  # inside | above | grey
    sign_date: str  # line | comb
    fs: float


RUNS = {
    "R1": Style(
        "R1",
        "LibSans",
        "LibSans-B",
        (0.0, 0.27, 0.56),
        "bar",
        "above",
        "box",
        13.5,
        15,
        True,
        9,
        "checks",
        "inside",
        "line",
        7.5,
    ),
    "R2": Style(
        "R2",
        "Carlito",
        "Carlito-B",
        (0.12, 0.12, 0.12),
        "underline",
        "beside",
        "dotted",
        11.5,
        13.5,
        False,
        8.5,
        "line",
        "above",
        "comb",
        9.5,
    ),
    "R3": Style(
        "R3",
        "RobC",
        "RobC-B",
        (0.0, 0.42, 0.48),
        "frame",
        "inside",
        "box",
        12.5,
        14.5,
        False,
        9.5,
        "checks",
        "grey",
        "line",
        7.2,
    ),
}


def _inside(a, b, m=0.3):
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax >= bx + m and ay >= by + m and ax + aw <= bx + bw - m and ay + ah <= by + bh - m


def _touch(a, b, m=0.3):
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return not (ax + aw < bx - m or bx + bw < ax - m or ay + ah < by - m or by + bh < ay - m)


class Sheet:
    """A page being drawn: canvas plus registries of labels, box outlines and fields."""

    def __init__(self, c, style: Style, page: int, fields: dict):
        self.c, self.s, self.page, self.fields = c, style, page, fields
        self.labels: list[tuple] = []
        self.boxes: list[tuple] = []

    # -- primitives ---------------------------------------------------------------
    def text(self, x, y, txt, fs=None, font=None, color=(0, 0, 0), register=True):
        fs = fs or self.s.fs
        font = font or self.s.font
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, fs)
        self.c.drawString(x, y, txt)
        w = pdfmetrics.stringWidth(txt, font, fs)
        if register:
            self.labels.append((x, y - 0.24 * fs, w, 1.0 * fs))
        return w

    def box(self, x, y, w, h, lw=0.6, register=True, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(0.15, 0.15, 0.15)
        if dash:
            c.setDash(*dash)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setDash()
        if register:
            self.boxes.append((x, y, w, h))

    def width(self, txt, fs=None, font=None):
        return pdfmetrics.stringWidth(txt, font or self.s.font, fs or self.s.fs)

    def check(self):
        for lab in self.labels:
            for b in self.boxes:
                if _touch(lab, b) and not _inside(lab, b):
                    raise AssertionError(f"{self.s.name} p{self.page}: label {lab} touches {b}")

    # -- field helpers --------------------------------------------------------------
    def _value_area(self, key, x, y, w, h):
        s = self.s
        if s.label == "inside":
            pass
        elif s.text == "box":
            self.box(x, y, w, h)
        elif s.text == "dotted":
            self.c.setDash(1, 2)
            self.c.setLineWidth(0.7)
            self.c.line(x, y + 1, x + w, y + 1)
            self.c.setDash()
            self.boxes.append((x, y + 0.6, w, 0.8))
        else:
            self.c.setLineWidth(0.5)
            self.c.line(x, y + 1, x + w, y + 1)
            self.boxes.append((x, y + 0.6, w, 0.8))
        self.fields[key] = {"kind": "text", "page": self.page, "rect": (x, y, w, h)}

    def text_field(self, key, label, x, top, w, h=None):
        """Returns the bottom y of the field."""
        s, fs = self.s, self.s.fs
        h = h or (17 if s.label == "inside" else 15)
        if s.label == "above":
            self.text(x + 1, top - fs, label)
            btop = top - fs * 1.3 - 2.5
            self._value_area(key, x, btop - h, w, h)
            return btop - h
        if s.label == "beside":
            lw = self.text(x, top - h + 0.3 * h, label)
            fx = x + lw + 5
            self._value_area(key, fx, top - h, x + w - fx, h)
            return top - h
        cell_h = fs + 4 + h
        self.box(x, top - cell_h, w, cell_h, lw=0.5)
        self.text(x + 3, top - 2.5 - 0.8 * fs, label, color=(0.25, 0.25, 0.25))
        self._value_area(key, x + 2, top - cell_h + 1, w - 4, h)
        return top - cell_h

    def _comb_row(self, key, x, y, groups, slash=False):
        s = self.s
        boxes, glist = [], []
        gap = s.comb_w * 0.75
        cx = x
        for gi, n in enumerate(groups):
            if gi:
                if slash:
                    fs = s.comb_h * 0.7
                    self.text(cx + gap / 2 - self.width("/", fs) / 2, y + s.comb_h * 0.25, "/", fs)
                cx += gap
            idx = []
            for _ in range(n):
                self.box(cx, y, s.comb_w, s.comb_h, lw=0.55)
                idx.append(len(boxes))
                boxes.append((cx, y, s.comb_w, s.comb_h))
                cx += s.comb_w
            glist.append(idx)
        self.fields[key] = {"kind": "comb", "page": self.page, "boxes": boxes, "groups": glist}
        return cx

    def comb_width(self, groups):
        return sum(groups) * self.s.comb_w + (len(groups) - 1) * self.s.comb_w * 0.75

    def comb_field(self, key, label, x, top, groups, slash=False):
        s, fs = self.s, self.s.fs
        cw = self.comb_width(groups)
        if s.label == "above":
            self.text(x + 1, top - fs, label)
            btop = top - fs * 1.3 - 2.5
            self._comb_row(key, x, btop - s.comb_h, groups, slash)
            return btop - s.comb_h, x + max(cw, self.width(label))
        if s.label == "beside":
            lw = self.text(x, top - s.comb_h + 0.3 * s.comb_h, label)
            end = self._comb_row(key, x + lw + 5, top - s.comb_h, groups, slash)
            return top - s.comb_h, end
        cell_h = fs + 7 + s.comb_h
        cell_w = max(cw, self.width(label)) + 8
        self.box(x, top - cell_h, cell_w, cell_h, lw=0.5)
        self.text(x + 3, top - 2.5 - 0.8 * fs, label, color=(0.25, 0.25, 0.25))
        self._comb_row(key, x + 4, top - cell_h + 3, groups, slash)
        return top - cell_h, x + cell_w

    def check_box(self, key, label, x, y, fs=None, font=None):
        """Box with its bottom at y, label to the right. Returns the right end x."""
        sz = self.s.check
        self.box(x, y, sz, sz, lw=0.7)
        self.fields[key] = {"kind": "check", "page": self.page, "box": (x, y, sz, sz)}
        fs = fs or self.s.fs + 0.8
        w = self.text(x + sz + 4, y + 0.18 * sz, label, fs, font)
        return x + sz + 4 + w

    def check_group(self, prefix, label, options, x, top):
        s, fs, sz = self.s, self.s.fs, self.s.check
        if s.label == "above":
            self.text(x + 1, top - fs, label)
            y = top - fs * 1.3 - 3 - sz
            cx = x
            for key, lab in options:
                cx = self.check_box(prefix + key, lab, cx, y) + 12
            return y
        if s.label == "beside":
            self.text(x, top - 12 + 3.5, label)
            cx = x + self.width(label) + 8
            for key, lab in options:
                cx = self.check_box(prefix + key, lab, cx, top - 12 + 1.5) + 12
            return top - 13
        cell_h = fs + 8 + sz
        cx = x + 4
        y = top - cell_h + 3
        ends = []
        for key, lab in options:
            cx = self.check_box(prefix + key, lab, cx, y) + 10
            ends.append(cx)
        cell_w = max(cx - x, self.width(label) + 8)
        self.box(x, top - cell_h, cell_w, cell_h, lw=0.5)
        self.text(x + 3, top - 2.5 - 0.8 * fs, label, color=(0.25, 0.25, 0.25))
        return top - cell_h

    # -- decorations ------------------------------------------------------------------
    def section(self, letter, title, top, x=36, w=W - 72):
        s, c = self.s, self.c
        if s.section == "bar":
            c.setFillColorRGB(*s.accent)
            c.rect(x, top - 16, w, 16, stroke=0, fill=1)
            tx = x + 6
            if letter:
                self.text(tx, top - 11.5, letter, 10.5, s.bold, (1, 1, 1))
                tx += 16
            self.text(tx, top - 11.5, title, 10.5, s.bold, (1, 1, 1))
            return top - 24
        if s.section == "underline":
            head = f"{letter}. {title}" if letter else title
            self.text(x, top - 12, head, 12, s.bold, s.accent)
            c.setStrokeColorRGB(*s.accent)
            c.setLineWidth(1.2)
            c.line(x, top - 16.5, x + w, top - 16.5)
            return top - 26
        tx = x
        if letter:
            c.setFillColorRGB(*s.accent)
            c.roundRect(x, top - 15, 22, 15, 3, stroke=0, fill=1)
            self.text(x + 7, top - 11, letter, 10.5, s.bold, (1, 1, 1))
            tx += 28
        self.text(tx, top - 11, title, 10.5, s.bold, s.accent)
        c.setStrokeColorRGB(*s.accent)
        c.setLineWidth(0.8)
        c.line(tx, top - 15, x + w, top - 15)
        return top - 23

    def para(self, txt, x, top, w, fs, font=None, lead=1.22, color=(0.1, 0.1, 0.1)):
        font = font or self.s.font
        y = top - fs
        for line in simpleSplit(txt, font, fs, w):
            self.text(x, y, line, fs, font, color)
            y -= fs * lead
        return y + fs * lead - fs * 0.4

    def footer(self, page):
        s = self.s
        txt = f"S1106 — cerfa n° 15763*02 — page {page}/2"
        self.text(W - 36 - self.width(txt, 7), 22, txt, 7, s.font, (0.3, 0.3, 0.3))
        self.text(36, 22, "Formulaire S1106 – Assurance Maladie", 6.5, s.font, (0.4, 0.4, 0.4))
