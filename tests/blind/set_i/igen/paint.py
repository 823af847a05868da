"""A thin layer over a reportlab canvas: millimetres, top-left origin, a few widgets."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import pypdfium2 as pdfium
from PIL import Image
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from . import fonts
from .hand import hand_text

A4 = (210.0, 297.0)
rl_config.useA85 = 0  # binary image streams: faster, smaller


def _col(c):
    if c is None:
        return None
    return (c[0] / 255.0, c[1] / 255.0, c[2] / 255.0)


class Pg:
    def __init__(self, c: rl_canvas.Canvas, w: float, h: float):
        self.c = c
        self.w = w
        self.h = h

    # ---- text
    def t(self, x, y, s, f="Arial", sz=9.0, col=(0, 0, 0), align="l", cs=0.0):
        s = str(s)
        c = self.c
        c.setFillColorRGB(*_col(col))
        c.setFont(f, sz)
        X, Y = x * mm, (self.h - y) * mm
        if cs:
            to = c.beginText(X, Y)
            to.setFont(f, sz)
            to.setCharSpace(cs)
            if align != "l":
                wid = (fonts.width(s, f, sz) + cs * len(s)) / mm
                to.setTextOrigin((x - (wid if align == "r" else wid / 2)) * mm, Y)
            to.textOut(s)
            c.drawText(to)
            return
        if align == "l":
            c.drawString(X, Y, s)
        elif align == "r":
            c.drawRightString(X, Y, s)
        else:
            c.drawCentredString(X, Y, s)

    def tw(self, s, f="Arial", sz=9.0) -> float:
        return fonts.width(str(s), f, sz) / mm

    def fit(self, x, y, s, maxw, f="Arial", sz=9.0, col=(0, 0, 0), align="l"):
        while sz > 4 and self.tw(s, f, sz) > maxw:
            sz -= 0.25
        self.t(x, y, s, f, sz, col, align)

    def wrap(self, s, w, f="Arial", sz=9.0) -> list[str]:
        out = []
        for para in str(s).split("\n"):
            words = para.split(" ")
            cur = ""
            for wd in words:
                cand = (cur + " " + wd) if cur else wd
                if self.tw(cand, f, sz) <= w or not cur:
                    cur = cand
                else:
                    out.append(cur)
                    cur = wd
            out.append(cur)
        return out

    def para(self, x, y, w, s, f="Arial", sz=9.0, lead=None, col=(0, 0, 0), justify=False):
        lead = lead or sz * 0.3528 * 1.25
        lines = self.wrap(s, w, f, sz)
        for i, line in enumerate(lines):
            if justify and i < len(lines) - 1 and " " in line and line:
                words = line.split(" ")
                gap = (w - self.tw("".join(words), f, sz)) / (len(words) - 1)
                xx = x
                for wd in words:
                    self.t(xx, y, wd, f, sz, col)
                    xx += self.tw(wd, f, sz) + gap
            else:
                self.t(x, y, line, f, sz, col)
            y += lead
        return y

    # ---- shapes
    def rect(self, x, y, w, h, lw=0.5, stroke=(0, 0, 0), fill=None, r=0.0, dash=None):
        c = self.c
        c.setLineWidth(lw)
        if stroke is not None:
            c.setStrokeColorRGB(*_col(stroke))
        if fill is not None:
            c.setFillColorRGB(*_col(fill))
        c.setDash(dash or [])
        X, Y = x * mm, (self.h - y - h) * mm
        if r:
            c.roundRect(
                X, Y, w * mm, h * mm, r * mm, stroke=stroke is not None, fill=fill is not None
            )
        else:
            c.rect(X, Y, w * mm, h * mm, stroke=stroke is not None, fill=fill is not None)
        c.setDash([])

    def line(self, x1, y1, x2, y2, lw=0.5, col=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColorRGB(*_col(col))
        c.setDash(dash or [])
        c.line(x1 * mm, (self.h - y1) * mm, x2 * mm, (self.h - y2) * mm)
        c.setDash([])

    def circle(self, x, y, r, lw=0.5, stroke=(0, 0, 0), fill=None):
        c = self.c
        c.setLineWidth(lw)
        if stroke is not None:
            c.setStrokeColorRGB(*_col(stroke))
        if fill is not None:
            c.setFillColorRGB(*_col(fill))
        c.circle(
            x * mm, (self.h - y) * mm, r * mm, stroke=stroke is not None, fill=fill is not None
        )

    def poly(self, pts, fill=None, stroke=None, lw=0.5, close=True):
        c = self.c
        p = c.beginPath()
        p.moveTo(pts[0][0] * mm, (self.h - pts[0][1]) * mm)
        for x, y in pts[1:]:
            p.lineTo(x * mm, (self.h - y) * mm)
        if close:
            p.close()
        if fill is not None:
            c.setFillColorRGB(*_col(fill))
        if stroke is not None:
            c.setStrokeColorRGB(*_col(stroke))
            c.setLineWidth(lw)
        c.drawPath(p, stroke=stroke is not None, fill=fill is not None)

    def wave(self, x, y, w, amp, period, col, lw=0.25, phase=0.0, steps=120):
        import math

        pts = [
            (x + w * i / steps, y + amp * math.sin(phase + 2 * math.pi * (w * i / steps) / period))
            for i in range(steps + 1)
        ]
        self.poly(pts, stroke=col, lw=lw, close=False)

    # ---- images
    def img(self, im: Image.Image, x, y, w=None, h=None):
        iw, ih = im.size
        if w is None and h is None:
            w = iw / 11.811
        if w is None:
            w = h * iw / ih
        if h is None:
            h = w * ih / iw
        mask = "auto" if im.mode in ("RGBA", "LA") else None
        self.c.drawImage(ImageReader(im), x * mm, (self.h - y - h) * mm, w * mm, h * mm, mask=mask)
        return w, h

    def hand(self, x, y, text, rng: random.Random, font="breip", size=4.2, ink="blue", **kw):
        """Handwritten text, baseline at y (mm); size is the em size in mm."""
        if not str(text):
            return 0.0
        px = int(size * 12)
        im = hand_text(str(text), rng, font=font, px=px, ink=ink, **kw)
        w = im.size[0] / 12.0
        h = im.size[1] / 12.0
        self.img(im, x - 0.25 * size, y - 1.35 * size, w, h)
        return w

    def signature(self, im: Image.Image, x, y, w):
        self.img(im, x, y, w=w)

    # ---- form widgets
    def comb(self, x, y, n, cw=5.0, ch=6.0, lw=0.4, col=(0, 0, 0)):
        self.line(x, y + ch, x + n * cw, y + ch, lw, col)
        for i in range(n + 1):
            self.line(x + i * cw, y + ch * 0.45, x + i * cw, y + ch, lw, col)

    def box(self, x, y, s=3.5, lw=0.5, col=(0, 0, 0)):
        self.rect(x, y, s, s, lw=lw, stroke=col)

    def table(
        self,
        x,
        y,
        widths,
        rows,
        f="Arial",
        sz=8.0,
        rh=5.0,
        head=None,
        head_fill=(230, 230, 230),
        head_font=None,
        grid=True,
        aligns=None,
        lw=0.3,
        col=(0, 0, 0),
        zebra=None,
        gridcol=(0, 0, 0),
    ):
        aligns = aligns or ["l"] * len(widths)
        yy = y
        total = sum(widths)
        all_rows = ([head] if head else []) + rows
        for ri, row in enumerate(all_rows):
            is_head = head is not None and ri == 0
            if is_head and head_fill:
                self.rect(x, yy, total, rh, lw=0, stroke=None, fill=head_fill)
            elif zebra and ri % 2 == 0:
                self.rect(x, yy, total, rh, lw=0, stroke=None, fill=zebra)
            xx = x
            for ci, cell in enumerate(row):
                wcol = widths[ci]
                font = (head_font or f) if is_head else f
                a = aligns[ci]
                if cell is not None and cell != "":
                    tx = xx + 1.2 if a == "l" else (xx + wcol - 1.2 if a == "r" else xx + wcol / 2)
                    self.fit(tx, yy + rh * 0.68, cell, wcol - 2, font, sz, col, a)
                xx += wcol
            if grid:
                self.line(x, yy, x + total, yy, lw, gridcol)
            yy += rh
        if grid:
            self.line(x, yy, x + total, yy, lw, gridcol)
            xx = x
            for wcol in [0, *widths]:
                xx += wcol
                self.line(xx, y, xx, yy, lw, gridcol)
        return yy


@dataclass
class Page:
    """One page: size in mm and a function drawing it."""

    draw: Callable[[Pg], None]
    w: float = A4[0]
    h: float = A4[1]
    kind: str = "paper"  # paper | card | screen
    meta: dict = field(default_factory=dict)


def new_canvas(buf) -> rl_canvas.Canvas:
    fonts.register()
    c = rl_canvas.Canvas(buf, pagesize=(A4[0] * mm, A4[1] * mm), invariant=1, pageCompression=1)
    c.setCreator("")
    c.setProducer("")
    return c


def pdf_bytes(pages: list[Page], title: str = "", author: str = "", producer: str = "") -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if producer:
        c.setProducer(producer)
    for p in pages:
        c.setPageSize((p.w * mm, p.h * mm))
        p.draw(Pg(c, p.w, p.h))
        c.showPage()
    c.save()
    return buf.getvalue()


def raster(page: Page, dpi: float) -> Image.Image:
    data = pdf_bytes([page])
    doc = pdfium.PdfDocument(data)
    try:
        pg = doc[0]
        bm = pg.render(scale=dpi / 72.0, may_draw_forms=True)
        im = bm.to_pil().convert("RGB")
    finally:
        doc.close()
    return im
