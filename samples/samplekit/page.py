"""Drawing surfaces in millimetres: a raster :class:`Page` (PIL) and a vector
:class:`PdfSurface` (reportlab), sharing one API so every document can be rendered
either as a scanned image or as a PDF with a real text layer.

Coordinates are millimetres from the top-left corner, y growing downwards; text is
positioned by its baseline. Font sizes are in points. Colours are RGB tuples 0-255.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from functools import cache
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

from .fonts import TRUETYPE, font_path

RGB = tuple[int, int, int]
BLACK: RGB = (0, 0, 0)
WHITE: RGB = (255, 255, 255)
INK_BLUE: RGB = (20, 40, 120)
GREY: RGB = (110, 110, 110)
LIGHT: RGB = (225, 225, 225)
Align = Literal["left", "center", "right"]

A4 = (210.0, 297.0)
A4_LANDSCAPE = (297.0, 210.0)
MM_PER_PT = 25.4 / 72


@cache
def _pil_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(name), max(1, px))


def text_width_mm(s: str, font: str, size: float) -> float:
    """Advance width of ``s`` in mm (font-metric based, independent of dpi)."""
    f = _pil_font(font, 1000)
    return f.getlength(s) / 1000 * size * MM_PER_PT


def scribble_points(
    x: float, y: float, w: float, h: float, seed: int, strokes: int = 3
) -> list[list[tuple[float, float]]]:
    """Seeded Bezier scribble (a fake signature) inside box x,y,w,h, as polylines in mm."""
    rng = random.Random(seed)
    lines: list[list[tuple[float, float]]] = []
    cx = x + w * 0.08
    for i in range(strokes):
        pts: list[tuple[float, float]] = []
        seg_w = w * (0.55 if i == 0 else 0.3)
        p0 = (cx, y + h * rng.uniform(0.45, 0.8))
        for _ in range(rng.randint(2, 4)):
            p3 = (
                min(x + w * 0.95, p0[0] + seg_w * rng.uniform(0.25, 0.5)),
                y + h * rng.uniform(0.25, 0.85),
            )
            p1 = (p0[0] + rng.uniform(-4, 10), y + h * rng.uniform(-0.1, 0.5))
            p2 = (p3[0] + rng.uniform(-10, 4), y + h * rng.uniform(0.5, 1.1))
            for k in range(1, 25):
                t = k / 24
                a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
                pts.append(
                    (
                        a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                        a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
                    )
                )
            p0 = p3
        if i == 0:
            pts.insert(0, (cx, pts[0][1]))
        lines.append(pts)
        cx = min(x + w * 0.7, p0[0] + rng.uniform(1, 5))
    # final flourish underline
    fy = y + h * rng.uniform(0.85, 0.95)
    lines.append(
        [
            (x + w * (0.05 + 0.9 * k / 20), fy + math.sin(k / 3 + seed % 7) * h * 0.04)
            for k in range(21)
        ]
    )
    return lines


class Surface:
    """Common drawing API. Subclasses implement the primitives."""

    width_mm: float
    height_mm: float

    # ---- primitives -------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "sans",
        size: float = 10,
        *,
        color: RGB = BLACK,
        align: Align = "left",
    ) -> float:
        """Draw ``s`` with its baseline at y; return its width in mm."""
        raise NotImplementedError

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        outline: RGB | None = BLACK,
        fill: RGB | None = None,
        width: float = 0.25,
    ) -> None:
        raise NotImplementedError

    def polyline(
        self, pts: Sequence[tuple[float, float]], *, color: RGB = BLACK, width: float = 0.25
    ) -> None:
        raise NotImplementedError

    def ellipse(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        outline: RGB | None = BLACK,
        fill: RGB | None = None,
        width: float = 0.25,
    ) -> None:
        raise NotImplementedError

    def image(self, x: float, y: float, w: float, h: float, img: Image.Image) -> None:
        raise NotImplementedError

    # ---- helpers ----------------------------------------------------------------------
    def text_width(self, s: str, font: str = "sans", size: float = 10) -> float:
        return text_width_mm(s, font, size)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, *, color: RGB = BLACK, width: float = 0.25
    ) -> None:
        self.polyline([(x1, y1), (x2, y2)], color=color, width=width)

    def dotted(
        self, x1: float, y: float, x2: float, *, color: RGB = GREY, step: float | None = None
    ) -> None:
        """Leader line of a form field: dotted when ``step`` is given, else a thin light rule
        (much cheaper in a JPEG scan)."""
        if step is None:
            self.line(x1, y, x2, y, color=(150, 150, 150), width=0.15)
            return
        x = x1
        while x < x2:
            self.line(x, y, min(x + step * 0.4, x2), y, color=color, width=0.2)
            x += step

    def fit_text(
        self,
        x: float,
        y: float,
        s: str,
        max_w: float,
        font: str = "sans",
        size: float = 10,
        *,
        color: RGB = BLACK,
        align: Align = "left",
    ) -> float:
        """Draw text shrinking the size until it fits ``max_w``."""
        while size > 4 and self.text_width(s, font, size) > max_w:
            size -= 0.25
        return self.text(x, y, s, font, size, color=color, align=align)

    def paragraph(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        font: str = "sans",
        size: float = 10,
        *,
        leading: float | None = None,
        color: RGB = BLACK,
    ) -> float:
        """Word-wrapped text starting with first baseline at y; return the next baseline."""
        lead = leading if leading is not None else size * MM_PER_PT * 1.3
        for para in text.split("\n"):
            words = para.split(" ")
            line = ""
            for word in words:
                cand = f"{line} {word}".strip()
                if line and self.text_width(cand, font, size) > width:
                    self.text(x, y, line, font, size, color=color)
                    y += lead
                    line = word
                else:
                    line = cand
            if line:
                self.text(x, y, line, font, size, color=color)
            y += lead
        return y

    def checkbox(
        self,
        x: float,
        y: float,
        checked: bool = False,
        *,
        size: float = 3.5,
        mark: Literal["x", "check"] = "x",
        ink: RGB = INK_BLUE,
    ) -> None:
        """A square box with its top-left at x,y; ticked with an X or a check mark."""
        self.rect(x, y, size, size, width=0.25)
        if not checked:
            return
        if mark == "x":
            self.line(x + 0.5, y + 0.5, x + size - 0.4, y + size - 0.3, color=ink, width=0.5)
            self.line(x + size - 0.5, y + 0.4, x + 0.4, y + size - 0.4, color=ink, width=0.5)
        else:
            self.polyline(
                [
                    (x + 0.4, y + size * 0.5),
                    (x + size * 0.4, y + size - 0.3),
                    (x + size + 1.0, y - 1.0),
                ],
                color=ink,
                width=0.55,
            )

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        row_h: float = 6.0,
        font: str = "sans",
        size: float = 9,
        header: bool = True,
        header_fill: RGB | None = LIGHT,
        align: Sequence[Align] | None = None,
        grid: bool = True,
        bold_rows: Sequence[int] = (),
    ) -> float:
        """Table with a grid; first row as header when ``header``. Return bottom y."""
        aligns = list(align) if align else ["left"] * len(widths)
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * row_h
            is_head = header and r == 0
            if is_head and header_fill:
                self.rect(x, top, total, row_h, outline=None, fill=header_fill)
            f = f"{font}-bold" if (is_head or r in bold_rows) and f"{font}-bold" in _BOLD else font
            cx = x
            for c, (w, cell) in enumerate(zip(widths, row, strict=False)):
                base = top + row_h / 2 + size * MM_PER_PT * 0.35
                a = aligns[c]
                tx = cx + 1.2 if a == "left" else cx + w - 1.2 if a == "right" else cx + w / 2
                if cell:
                    self.fit_text(tx, base, cell, w - 2.0, f, size, align=a)
                cx += w
        bottom = y + len(rows) * row_h
        if grid:
            self.rect(x, y, total, bottom - y, width=0.25)
            for r in range(1, len(rows)):
                self.line(x, y + r * row_h, x + total, y + r * row_h, width=0.15)
            cx = x
            for w in widths[:-1]:
                cx += w
                self.line(cx, y, cx, bottom, width=0.15)
        return bottom

    def logo(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: RGB,
        text: str = "",
        text_color: RGB = WHITE,
        font: str = "sans-bold",
        size: float | None = None,
        round_: bool = False,
    ) -> None:
        """A coloured block with a word in it: a stand-in for a company logo."""
        if round_:
            self.ellipse(x, y, w, h, outline=None, fill=fill)
        else:
            self.rect(x, y, w, h, outline=None, fill=fill)
        if text:
            sz = size or h / MM_PER_PT * 0.5
            self.fit_text(
                x + w / 2,
                y + h / 2 + sz * MM_PER_PT * 0.35,
                text,
                w * 0.9,
                font,
                sz,
                color=text_color,
                align="center",
            )

    def hand(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 13,
        *,
        color: RGB = INK_BLUE,
        font: str = "hand-bold",
    ) -> float:
        """Handwritten-looking value (Dancing Script) in ink blue."""
        return self.text(x, y, s, font, size, color=color)

    def signature(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        seed: int,
        name: str | None = None,
        color: RGB = INK_BLUE,
    ) -> None:
        """A signature in box x,y,w,h: the name in a script font if given, plus a seeded
        Bezier scribble."""
        if name:
            self.text(
                x + w * 0.05, y + h * 0.62, name, "hand-bold", h / MM_PER_PT * 0.45, color=color
            )
            self.polyline(
                scribble_points(x, y + h * 0.35, w * 0.9, h * 0.6, seed, 1)[-1],
                color=color,
                width=0.35,
            )
        else:
            for pts in scribble_points(x, y, w, h, seed):
                self.polyline(pts, color=color, width=0.4)

    def stamp(
        self,
        cx: float,
        cy: float,
        r: float,
        top: str,
        middle: str = "",
        *,
        color: RGB = (40, 60, 150),
    ) -> None:
        """A round rubber stamp: two circles and text."""
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r, outline=color, width=0.5)
        self.ellipse(cx - r * 0.72, cy - r * 0.72, 1.44 * r, 1.44 * r, outline=color, width=0.3)
        n = len(top)
        fs = min(r * 0.5, 2 * math.pi * r * 0.84 * 0.8 / max(1, n) / (0.62 * MM_PER_PT))
        step = fs * MM_PER_PT * 0.62 / (r * 0.84)
        for i, ch in enumerate(top):
            ang = 1.5 * math.pi + (i - (n - 1) / 2) * step
            self.text(
                cx + math.cos(ang) * r * 0.84,
                cy + math.sin(ang) * r * 0.84 + 0.8,
                ch,
                "sans-bold",
                fs,
                color=color,
                align="center",
            )
        if middle:
            self.fit_text(
                cx, cy + 1.2, middle, r * 1.3, "sans-bold", r * 0.9, color=color, align="center"
            )

    def guilloche(
        self, x: float, y: float, w: float, h: float, *, color: RGB, seed: int, n: int = 14
    ) -> None:
        """Fine wavy security lines in a light colour."""
        rng = random.Random(seed)
        for i in range(n):
            amp = rng.uniform(1.5, 4.0)
            per = rng.uniform(12, 30)
            ph = rng.uniform(0, 6.28)
            y0 = y + h * (i + 0.5) / n
            pts = [
                (x + k * w / 120, y0 + amp * math.sin(ph + (k * w / 120) / per * 6.28))
                for k in range(121)
            ]
            pts = [(px, min(y + h, max(y, py))) for px, py in pts]
            self.polyline(pts, color=color, width=0.15)


_BOLD = {"sans-bold", "serif-bold", "narrow-bold", "mono-bold", "dejavu-bold", "hand-bold"}


class Page(Surface):
    """A raster page (PIL RGB image) at ``dpi``; A4 at 200 dpi by default (1654x2339)."""

    def __init__(
        self,
        width_mm: float = A4[0],
        height_mm: float = A4[1],
        dpi: int = 200,
        background: RGB = WHITE,
    ) -> None:
        self.width_mm, self.height_mm, self.dpi = width_mm, height_mm, dpi
        self.img = Image.new("RGB", (self.px(width_mm), self.px(height_mm)), background)
        self.draw = ImageDraw.Draw(self.img)

    def px(self, mm: float) -> int:
        return round(mm * self.dpi / 25.4)

    def _w(self, width: float) -> int:
        return max(1, round(width * self.dpi / 25.4))

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "sans",
        size: float = 10,
        *,
        color: RGB = BLACK,
        align: Align = "left",
    ) -> float:
        f = _pil_font(font, round(size * self.dpi / 72))
        anchor = {"left": "ls", "center": "ms", "right": "rs"}[align]
        self.draw.text((self.px(x), self.px(y)), s, font=f, fill=color, anchor=anchor)
        return self.text_width(s, font, size)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        outline: RGB | None = BLACK,
        fill: RGB | None = None,
        width: float = 0.25,
    ) -> None:
        box = (self.px(x), self.px(y), self.px(x + w), self.px(y + h))
        self.draw.rectangle(box, outline=outline, fill=fill, width=self._w(width) if outline else 0)

    def polyline(
        self, pts: Sequence[tuple[float, float]], *, color: RGB = BLACK, width: float = 0.25
    ) -> None:
        self.draw.line(
            [(self.px(a), self.px(b)) for a, b in pts],
            fill=color,
            width=self._w(width),
            joint="curve",
        )

    def ellipse(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        outline: RGB | None = BLACK,
        fill: RGB | None = None,
        width: float = 0.25,
    ) -> None:
        box = (self.px(x), self.px(y), self.px(x + w), self.px(y + h))
        self.draw.ellipse(box, outline=outline, fill=fill, width=self._w(width) if outline else 0)

    def image(self, x: float, y: float, w: float, h: float, img: Image.Image) -> None:
        im = img.convert("RGBA").resize((self.px(x + w) - self.px(x), self.px(y + h) - self.px(y)))
        self.img.paste(im, (self.px(x), self.px(y)), im)

    def to_image(self) -> Image.Image:
        return self.img


class PdfSurface(Surface):
    """Vector page on a reportlab canvas (real text layer). TrueType fonts are embedded;
    OpenType/CFF fonts (OCR-B, Dancing Script) are rasterised at 300 dpi."""

    def __init__(self, canvas: object, width_mm: float, height_mm: float) -> None:
        from reportlab.lib.units import mm

        self.c = canvas
        self.width_mm, self.height_mm = width_mm, height_mm
        self._mm = mm
        self.c.setPageSize((width_mm * mm, height_mm * mm))  # type: ignore[attr-defined]

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        return x * self._mm, (self.height_mm - y) * self._mm

    @staticmethod
    def _col(c: RGB) -> tuple[float, float, float]:
        return c[0] / 255, c[1] / 255, c[2] / 255

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "sans",
        size: float = 10,
        *,
        color: RGB = BLACK,
        align: Align = "left",
    ) -> float:
        w = self.text_width(s, font, size)
        if font not in TRUETYPE:
            # rasterise the glyphs (reportlab cannot embed CFF fonts)
            pg = Page(w + 2, size * MM_PER_PT * 1.6, dpi=300)
            pg.img = pg.img.convert("RGBA")
            pg.img.putalpha(0)
            pg.draw = ImageDraw.Draw(pg.img)
            pg.text(1, size * MM_PER_PT * 1.15, s, font, size, color=color)
            x0 = x - 1 - (w / 2 if align == "center" else w if align == "right" else 0)
            self.image(x0, y - size * MM_PER_PT * 1.15, w + 2, size * MM_PER_PT * 1.6, pg.img)
            return w
        c = self.c
        c.setFillColorRGB(*self._col(color))  # type: ignore[attr-defined]
        c.setFont(_rl_font(font), size)  # type: ignore[attr-defined]
        px, py = self._xy(x, y)
        if align == "left":
            c.drawString(px, py, s)  # type: ignore[attr-defined]
        elif align == "center":
            c.drawCentredString(px, py, s)  # type: ignore[attr-defined]
        else:
            c.drawRightString(px, py, s)  # type: ignore[attr-defined]
        return w

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        outline: RGB | None = BLACK,
        fill: RGB | None = None,
        width: float = 0.25,
    ) -> None:
        c = self.c
        if fill:
            c.setFillColorRGB(*self._col(fill))  # type: ignore[attr-defined]
        if outline:
            c.setStrokeColorRGB(*self._col(outline))  # type: ignore[attr-defined]
            c.setLineWidth(width * self._mm)  # type: ignore[attr-defined]
        px, py = self._xy(x, y + h)
        c.rect(
            px,
            py,
            w * self._mm,
            h * self._mm,
            stroke=int(bool(outline)),  # type: ignore[attr-defined]
            fill=int(bool(fill)),
        )

    def polyline(
        self, pts: Sequence[tuple[float, float]], *, color: RGB = BLACK, width: float = 0.25
    ) -> None:
        c = self.c
        c.setStrokeColorRGB(*self._col(color))  # type: ignore[attr-defined]
        c.setLineWidth(width * self._mm)  # type: ignore[attr-defined]
        c.setLineCap(1)  # type: ignore[attr-defined]
        c.setLineJoin(1)  # type: ignore[attr-defined]
        p = c.beginPath()  # type: ignore[attr-defined]
        p.moveTo(*self._xy(*pts[0]))
        for pt in pts[1:]:
            p.lineTo(*self._xy(*pt))
        c.drawPath(p, stroke=1, fill=0)  # type: ignore[attr-defined]

    def ellipse(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        outline: RGB | None = BLACK,
        fill: RGB | None = None,
        width: float = 0.25,
    ) -> None:
        c = self.c
        if fill:
            c.setFillColorRGB(*self._col(fill))  # type: ignore[attr-defined]
        if outline:
            c.setStrokeColorRGB(*self._col(outline))  # type: ignore[attr-defined]
            c.setLineWidth(width * self._mm)  # type: ignore[attr-defined]
        x1, y1 = self._xy(x, y + h)
        x2, y2 = self._xy(x + w, y)
        c.ellipse(x1, y1, x2, y2, stroke=int(bool(outline)), fill=int(bool(fill)))  # type: ignore[attr-defined]

    def image(self, x: float, y: float, w: float, h: float, img: Image.Image) -> None:
        from reportlab.lib.utils import ImageReader

        px, py = self._xy(x, y + h)
        self.c.drawImage(
            ImageReader(img),
            px,
            py,
            w * self._mm,
            h * self._mm,  # type: ignore[attr-defined]
            mask="auto",
        )


# Liberation fonts are metric-compatible with the PDF standard fonts: vector PDFs use the
# standard fonts (not embedded, small files); other TrueType fonts are embedded.
_STANDARD = {
    "sans": "Helvetica",
    "sans-bold": "Helvetica-Bold",
    "sans-italic": "Helvetica-Oblique",
    "serif": "Times-Roman",
    "serif-bold": "Times-Bold",
    "serif-italic": "Times-Italic",
    "mono": "Courier",
    "mono-bold": "Courier-Bold",
}


@cache
def _rl_font(name: str) -> str:
    if name in _STANDARD:
        return _STANDARD[name]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_name = "DV-" + name
    pdfmetrics.registerFont(TTFont(rl_name, font_path(name)))
    return rl_name
