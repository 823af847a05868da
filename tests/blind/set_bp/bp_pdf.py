"""A thin top-left-origin wrapper over a reportlab canvas for A4 documents."""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bp_common import register_fonts

W, H = A4


def rgb(r, g, b):
    return Color(r / 255, g / 255, b / 255)


class Doc:
    def __init__(self, title="", author="", creator="", producer="", size=A4):
        register_fonts()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.w, self.h = size
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        if creator:
            self.c.setCreator(creator)
        if producer:
            self.c.setProducer(producer)

    def text(self, x, y, s, font="Arial", size=9, color=black, align="l"):
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        if align == "r":
            c.drawRightString(x, self.h - y, s)
        elif align == "c":
            c.drawCentredString(x, self.h - y, s)
        else:
            c.drawString(x, self.h - y, s)

    def lines(self, x, y, rows, font="Arial", size=9, lead=None, color=black, align="l"):
        lead = lead or size * 1.3
        for r in rows:
            self.text(x, y, r, font, size, color, align)
            y += lead
        return y

    def wrap(self, s, font, size, width):
        out = []
        for para in s.split("\n"):
            cur = ""
            for w in para.split():
                t = (cur + " " + w).strip()
                if self.c.stringWidth(t, font, size) > width and cur:
                    out.append(cur)
                    cur = w
                else:
                    cur = t
            out.append(cur)
        return out

    def para(self, x, y, s, width, font="Arial", size=9, lead=None, color=black, justify=False):
        lead = lead or size * 1.32
        rows = self.wrap(s, font, size, width)
        for i, r in enumerate(rows):
            last = i == len(rows) - 1 or not rows[i + 1]
            if justify and not last and r.count(" ") > 0:
                words = r.split(" ")
                tw = sum(self.c.stringWidth(w, font, size) for w in words)
                gap = (width - tw) / (len(words) - 1)
                xx = x
                for w in words:
                    self.text(xx, y, w, font, size, color)
                    xx += self.c.stringWidth(w, font, size) + gap
            else:
                self.text(x, y, r, font, size, color)
            y += lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.setLineWidth(lw)
        if r:
            c.roundRect(
                x,
                self.h - y - h,
                w,
                h,
                r,
                stroke=int(stroke is not None),
                fill=int(fill is not None),
            )
        else:
            c.rect(
                x, self.h - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None)
            )

    def hline(self, x0, x1, y, color=black, lw=0.5, dash=None):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(lw)
        if dash:
            c.setDash(*dash)
        c.line(x0, self.h - y, x1, self.h - y)
        c.setDash()

    def vline(self, x, y0, y1, color=black, lw=0.5):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(lw)
        self.c.line(x, self.h - y0, x, self.h - y1)

    def table(
        self,
        x,
        y,
        widths,
        rows,
        font="Arial",
        size=8,
        lead=13,
        head_font=None,
        head_fill=None,
        grid=None,
        aligns=None,
        zebra=None,
        pad=3,
    ):
        """rows[0] is the header when head_font is given. Returns the y below the table."""
        aligns = aligns or ["l"] * len(widths)
        for i, row in enumerate(rows):
            f = head_font if (i == 0 and head_font) else font
            if i == 0 and head_fill is not None:
                self.rect(x, y, sum(widths), lead, fill=head_fill)
            elif zebra is not None and i % 2 == 0:
                self.rect(x, y, sum(widths), lead, fill=zebra)
            xx = x
            for j, (cell, w) in enumerate(zip(row, widths, strict=False)):
                a = aligns[j]
                tx = xx + pad if a == "l" else (xx + w - pad if a == "r" else xx + w / 2)
                self.text(tx, y + lead * 0.72, str(cell), f, size, black, a)
                xx += w
            if grid is not None:
                self.hline(x, x + sum(widths), y + lead, grid, 0.4)
            y += lead
        if grid is not None:
            xx = x
            top = y - lead * len(rows)
            self.hline(x, x + sum(widths), top, grid, 0.4)
            for w in [0] + list(widths):
                xx += w
                self.vline(xx, top, y, grid, 0.4)
        return y

    def image(self, img_bytes_reader, x, y, w, h, mask=None):
        self.c.drawImage(img_bytes_reader, x, self.h - y - h, w, h, mask=mask)

    def page(self):
        self.c.showPage()

    def bytes(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()
