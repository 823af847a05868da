"""Drawing of the two pages of the cerfa 15763*02 (S1106) with reportlab.

Coordinates are millimetres from the top-left corner of the page.  Every
fillable place is recorded as an anchor (in points, top-left origin, after the
print-run shift/scale) so that fillers (typed, AcroForm, handwriting) can find
it later."""

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import family

MM = 72.0 / 25.4
PAGE_W, PAGE_H = A4  # points


class Anchor(dict):
    """kind, rect (x, y, w, h in pt, top-left origin), cells (list of rects)."""


class Sheet:
    def __init__(self, c, pr):
        self.c = c
        self.pr = pr
        self.reg, self.bold, self.ital = family(pr.family)
        self.anchors = {}
        self.s = pr.scale
        self.dx = pr.shift[0] * MM
        self.dy = pr.shift[1] * MM

    # -- transform -------------------------------------------------------
    def begin(self):
        c = self.c
        c.saveState()
        c.translate(self.dx, PAGE_H * (1 - self.s) - self.dy)
        c.scale(self.s, self.s)

    def end(self):
        self.c.restoreState()

    def pt_rect(self, x, y, w, h):
        """mm rect in layout space -> pt rect in final page space."""
        return (
            self.dx + self.s * x * MM,
            self.dy + self.s * y * MM,
            self.s * w * MM,
            self.s * h * MM,
        )

    def anchor(self, key, kind, x, y, w, h, cells=None, **kw):
        a = Anchor(
            kind=kind,
            rect=self.pt_rect(x, y, w, h),
            cells=[self.pt_rect(*cc) for cc in (cells or [])],
            **kw,
        )
        self.anchors[key] = a
        return a

    # -- primitives (mm, top-left) ---------------------------------------
    def _Y(self, y):
        return PAGE_H - y * MM

    def colour(self, rgb, stroke=True, fill=True):
        if stroke:
            self.c.setStrokeColorRGB(*rgb)
        if fill:
            self.c.setFillColorRGB(*rgb)

    def rect(self, x, y, w, h, lw=None, stroke=(0, 0, 0), fill=None, r=0):
        c = self.c
        c.setLineWidth(self.pr.lw if lw is None else lw)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        if fill is not None:
            c.setFillColorRGB(*fill)
        args = (x * MM, self._Y(y + h), w * MM, h * MM)
        if r:
            c.roundRect(
                *args,
                r * MM,
                stroke=1 if stroke is not None else 0,
                fill=1 if fill is not None else 0,
            )
        else:
            c.rect(*args, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)

    def line(self, x1, y1, x2, y2, lw=None, col=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(self.pr.lw if lw is None else lw)
        c.setStrokeColorRGB(*col)
        if dash:
            c.setDash(*dash)
        c.line(x1 * MM, self._Y(y1), x2 * MM, self._Y(y2))
        if dash:
            c.setDash()

    def text(self, x, y, s, font=None, size=None, col=(0, 0, 0), align="left"):
        c = self.c
        font = font or self.reg
        size = size or self.pr.label_size
        c.setFillColorRGB(*col)
        c.setFont(font, size)
        if align == "left":
            c.drawString(x * MM, self._Y(y), s)
        elif align == "right":
            c.drawRightString(x * MM, self._Y(y), s)
        else:
            c.drawCentredString(x * MM, self._Y(y), s)
        return stringWidth(s, font, size) / MM

    def width(self, s, font=None, size=None):
        return stringWidth(s, font or self.reg, size or self.pr.label_size) / MM

    def para(self, x, y, w, s, font=None, size=7.0, leading=None, col=(0, 0, 0)):
        font = font or self.reg
        leading = leading or size * 1.22
        words = s.split()
        line = ""
        lines = []
        for wd in words:
            t = (line + " " + wd).strip()
            if stringWidth(t, font, size) / MM > w and line:
                lines.append(line)
                line = wd
            else:
                line = t
        if line:
            lines.append(line)
        for ln in lines:
            y += leading / MM
            self.text(x, y, ln, font, size, col)
        return y

    def fieldline(self, x, y, w):
        """The writing line of a free-text field (y = line position)."""
        if self.pr.dotted:
            self.line(x, y, x + w, y, lw=0.6, col=(0.25, 0.25, 0.25), dash=(1, 1.6))
        else:
            self.line(x, y, x + w, y, lw=max(0.35, self.pr.lw * 0.6), col=(0.3, 0.3, 0.3))

    # -- composite widgets ------------------------------------------------
    def tickbox(self, key, x, y, label=None, size=None, font=None, lsize=None):
        b = size or self.pr.box
        self.rect(x, y, b, b, lw=max(0.5, self.pr.lw))
        self.anchor(key, "box", x, y, b, b)
        if label:
            return x + b + 1.5 + self.text(x + b + 1.5, y + b * 0.82, label, font, lsize)
        return x + b

    def comb(
        self, key, x, y, groups, cw, ch, style="boxes", placeholder=None, sep_text="/", lw=None
    ):
        """Draw a comb of cells grouped like (2, 2, 4).  Returns its width."""
        lw = lw or max(0.5, self.pr.lw)
        cells = []
        cx = x
        gap = cw * 0.55 if style in ("boxes", "comb_ticks", "comb_full", "group_boxes") else 0
        if style == "slashes":
            gap = cw * 0.9
        grey = (0.55, 0.55, 0.55)
        n_total = sum(groups)
        for gi, n in enumerate(groups):
            gw = n * cw
            if style == "comb_ticks":
                self.line(cx, y + ch, cx + gw, y + ch, lw=lw)
                for i in range(n + 1):
                    th = ch if i in (0, n) else ch * 0.4
                    self.line(cx + i * cw, y + ch - th, cx + i * cw, y + ch, lw=lw)
            elif style == "group_boxes":
                # one frame per group, no separators between the digits
                self.rect(cx, y, gw, ch, lw=lw)
            elif style in ("comb_full", "slashes", "slash_cells"):
                self.rect(cx, y, gw, ch, lw=lw)
                for i in range(1, n):
                    self.line(cx + i * cw, y, cx + i * cw, y + ch, lw=lw * 0.8)
            else:  # separate boxes
                for i in range(n):
                    self.rect(cx + i * cw, y, cw, ch, lw=lw)
            for i in range(n):
                cells.append((cx + i * cw, y, cw, ch))
            cx += gw
            if gi < len(groups) - 1:
                if style == "slashes":
                    self.text(
                        cx + gap / 2, y + ch * 0.78, sep_text, self.reg, ch * 2.2, align="center"
                    )
                cx += gap
        if placeholder:
            for (px, py, pw, ph), ch_ in zip(cells, placeholder):
                self.text(
                    px + pw / 2,
                    py + ph * 0.72,
                    ch_,
                    self.reg,
                    ph * 1.6,
                    col=(0.78, 0.78, 0.78),
                    align="center",
                )
        self.anchor(key, "comb", x, y, cx - x, ch, cells=cells, groups=list(groups), n=n_total)
        return cx - x

    def dob_field(self, key, x, y, style=None, cw=None, ch=None, placeholder=None):
        """A date in JJ MM AAAA cells (various print styles)."""
        pr = self.pr
        style = style or pr.dob_style
        cw = cw or pr.dob_cell_w
        ch = ch or min(pr.cell_h, cw * 1.25)
        ph = None
        if placeholder if placeholder is not None else pr.dob_placeholder:
            ph = "JJMMAAAA"
        if style == "line":
            w = 40.0
            self.text(x + 10, y + ch * 0.8, "/", self.reg, 11, col=(0.45, 0.45, 0.45))
            self.text(x + 21, y + ch * 0.8, "/", self.reg, 11, col=(0.45, 0.45, 0.45))
            self.fieldline(x, y + ch, w)
            slots = [
                (x, y - 1, 9.5, ch + 1),
                (x + 12, y - 1, 8.5, ch + 1),
                (x + 23, y - 1, 17, ch + 1),
            ]
            self.anchor(key, "line", x, y - 1, w, ch + 1, slots=[self.pt_rect(*r) for r in slots])
            return w
        if style == "plain_line":
            w = 40.0
            self.fieldline(x, y + ch, w)
            self.anchor(key, "line", x, y - 1, w, ch + 1)
            return w
        if style == "slash_cells":
            # one continuous comb of 10 cells, cells 3 and 6 pre-printed "/"
            self.rect(x, y, 10 * cw, ch, lw=max(0.5, pr.lw))
            cells = []
            for i in range(10):
                if i:
                    self.line(x + i * cw, y, x + i * cw, y + ch, lw=max(0.4, pr.lw * 0.8))
                if i in (2, 5):
                    self.rect(x + i * cw, y, cw, ch, lw=0.01, stroke=None, fill=(0.88, 0.88, 0.88))
                    self.text(
                        x + i * cw + cw / 2, y + ch * 0.75, "/", self.bold, ch * 2.0, align="center"
                    )
                else:
                    cells.append((x + i * cw, y, cw, ch))
            if ph:
                for (px, py, pw, phh), c_ in zip(cells, ph):
                    self.text(
                        px + pw / 2,
                        py + phh * 0.72,
                        c_,
                        self.reg,
                        phh * 1.6,
                        col=(0.78, 0.78, 0.78),
                        align="center",
                    )
            self.anchor(key, "comb", x, y, 10 * cw, ch, cells=cells, groups=[2, 2, 4], n=8)
            return 10 * cw
        return self.comb(key, x, y, (2, 2, 4), cw, ch, style=style, placeholder=ph)

    def section(self, y, letter, title, subtitle=None):
        """Section header band; returns y below it."""
        pr = self.pr
        x0, w = 15.0, 180.0
        h = 7.0
        if pr.band == "filled":
            self.rect(x0, y, w, h, lw=0.1, stroke=None, fill=pr.accent)
            self.text(x0 + 3, y + 5.0, letter, self.bold, 11, col=(1, 1, 1))
            self.text(x0 + 11, y + 5.0, title, self.bold, 10.5, col=(1, 1, 1))
        elif pr.band == "letter_box":
            self.rect(x0, y, 7.5, h, lw=0.1, stroke=None, fill=pr.accent)
            self.text(x0 + 3.75, y + 5.1, letter, self.bold, 11, col=(1, 1, 1), align="center")
            self.text(x0 + 10, y + 5.1, title, self.bold, 10.5, col=pr.accent)
            self.line(x0 + 7.5, y + h, x0 + w, y + h, lw=0.8, col=pr.accent)
        else:
            self.text(x0, y + 5.0, f"{letter} - {title}", self.bold, 11, col=pr.accent)
            self.line(x0, y + h, x0 + w, y + h, lw=1.2, col=pr.accent)
        y += h
        if subtitle:
            y = self.para(x0, y + 0.6, w, subtitle, self.ital, 7.4)
        return y + 2.2
