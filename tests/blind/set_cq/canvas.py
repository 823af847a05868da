"""A tiny drawing-op recorder rendered either to a PIL image or to a reportlab PDF page.

Coordinates are millimetres from the top-left corner; text `y` is the baseline; font sizes
are points. The same layout can therefore become a text PDF or a raster (scan, photo).
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PT = 25.4 / 72.0  # mm per point

_T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": _T + "liberation/LiberationSans-Regular.ttf",
    "sans-b": _T + "liberation/LiberationSans-Bold.ttf",
    "sans-i": _T + "liberation/LiberationSans-Italic.ttf",
    "narrow": _T + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": _T + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": _T + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": _T + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": _T + "liberation/LiberationSerif-Italic.ttf",
    "mono": _T + "dejavu/DejaVuSansMono.ttf",
    "mono-b": _T + "dejavu/DejaVuSansMono-Bold.ttf",
    "courier": _T + "freefont/FreeMono.ttf",
    "dejavu": _T + "dejavu/DejaVuSans.ttf",
    "dejavu-b": _T + "dejavu/DejaVuSans-Bold.ttf",
    "dejavu-c": _T + "dejavu/DejaVuSansCondensed.ttf",
    "dserif": _T + "dejavu/DejaVuSerif.ttf",
    "dserif-b": _T + "dejavu/DejaVuSerif-Bold.ttf",
    "open": _T + "open-sans/OpenSans-Regular.ttf",
    "open-b": _T + "open-sans/OpenSans-Bold.ttf",
    "open-sb": _T + "open-sans/OpenSans-Semibold.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "lato-b": _T + "lato/Lato-Bold.ttf",
    "lato-l": _T + "lato/Lato-Light.ttf",
    "roboto": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-m": _T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-b": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "carlito": _T + "crosextra/Carlito-Regular.ttf",
    "carlito-b": _T + "crosextra/Carlito-Bold.ttf",
    "caladea": _T + "crosextra/Caladea-Regular.ttf",
    "caladea-b": _T + "crosextra/Caladea-Bold.ttf",
    "hand1": _T + "ecolier-court/Ecolier-court.ttf",
    "hand2": _T + "breip/Breip.ttf",
    "hand3": _T + "rufscript/Rufscript010.ttf",
    "hand4": _T + "fifthhorseman/dkg.ttf",
}
_registered: set[str] = set()
_pil_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _reg(name: str) -> str:
    if name not in _registered:
        pdfmetrics.registerFont(TTFont("cq-" + name, FONTS[name]))
        _registered.add(name)
    return "cq-" + name


def text_width(s: str, font: str, size: float) -> float:
    """Width in mm."""
    return pdfmetrics.stringWidth(s, _reg(font), size) * PT


def _pil_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, px)
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(FONTS[name], max(px, 4))
    return _pil_cache[key]


class Page:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list[tuple] = []

    # -- primitives -----------------------------------------------------
    def text(
        self, x, y, s, font="sans", size=10.0, color=(0, 0, 0), anchor="l", angle=0.0, alpha=1.0
    ):
        if s:
            self.ops.append(("text", x, y, str(s), font, size, color, anchor, angle, alpha))

    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0), alpha=1.0, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, width, color, alpha, dash))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.5, alpha=1.0):
        self.ops.append(("rect", x, y, w, h, stroke, fill, width, alpha))

    def ellipse(self, cx, cy, rx, ry, stroke=(0, 0, 0), fill=None, width=0.5, alpha=1.0):
        self.ops.append(("ellipse", cx, cy, rx, ry, stroke, fill, width, alpha))

    def stroke(self, pts, widths, color=(20, 30, 90), alpha=1.0):
        """A pen stroke: points in mm, one width (pt) per segment."""
        self.ops.append(("stroke", list(pts), list(widths), color, alpha))

    def image(self, img: Image.Image, x, y, w, h):
        self.ops.append(("image", img, x, y, w, h))

    # -- helpers --------------------------------------------------------
    def tw(self, s, font="sans", size=10.0) -> float:
        return text_width(s, font, size)

    def wrap(self, x, y, width, s, font="sans", size=9.0, lead=None, color=(0, 0, 0)) -> float:
        """Word-wrapped paragraph; returns the y after the last line."""
        lead = lead or size * PT * 1.3
        line = ""
        for word in s.split():
            cand = (line + " " + word).strip()
            if text_width(cand, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = cand
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def comb(
        self,
        x,
        y,
        n,
        cell,
        h,
        value="",
        font="mono",
        size=10.0,
        color=(0, 0, 0),
        hand=None,
        rng=None,
        line_color=(0, 0, 0),
    ):
        """Comb boxes with one character centred in each; y is the box top."""
        for i in range(n):
            self.rect(x + i * cell, y, cell, h, stroke=line_color, width=0.5)
        for i, ch in enumerate(value[:n]):
            cx = x + i * cell + cell / 2
            by = y + h / 2 + size * PT * 0.36
            if hand and rng:
                self.text(
                    cx + rng.uniform(-0.5, 0.5),
                    by + rng.uniform(-0.6, 0.4),
                    ch,
                    hand,
                    size * rng.uniform(0.92, 1.08),
                    color,
                    "c",
                    rng.uniform(-6, 6),
                )
            else:
                self.text(cx, by, ch, font, size, color, "c")

    def hand(
        self, x, y, s, rng: random.Random, font="hand2", size=13.0, color=(25, 35, 110), slant=0.0
    ):
        """Handwritten text: per-glyph jitter of position, size and angle."""
        cx = x
        drift = 0.0
        for ch in s:
            sz = size * rng.uniform(0.93, 1.07)
            drift += rng.uniform(-0.12, 0.12)
            if ch != " ":
                self.text(
                    cx,
                    y + drift + rng.uniform(-0.25, 0.25),
                    ch,
                    font,
                    sz,
                    color,
                    "l",
                    slant + rng.uniform(-4, 4),
                )
            cx += text_width(ch, font, sz) * rng.uniform(0.95, 1.05)
        return cx

    def signature(self, x, y, w, h, rng: random.Random, color=(20, 30, 100), name=""):
        """A pen signature inside box (x, y, w, h): loops, a letter-like scrawl and a flourish."""
        for pts in signature_strokes(rng, w, h, name):
            pts = [(x + px, y + py) for px, py in pts]
            widths = []
            base = rng.uniform(0.7, 1.1)
            for i in range(len(pts) - 1):
                t = i / max(1, len(pts) - 2)
                widths.append(base * (0.55 + 0.75 * math.sin(math.pi * t) ** 0.6))
            self.stroke(pts, widths, color)

    def stamp_round(
        self, cx, cy, r, top_text, center_lines, rng, color=(60, 50, 150), alpha=0.8, font="sans-b"
    ):
        """Round rubber stamp: text around the ring, short lines in the middle."""
        ang = rng.uniform(-20, 20)
        self.ellipse(cx, cy, r, r, stroke=color, width=1.4, alpha=alpha)
        self.ellipse(cx, cy, r * 0.70, r * 0.70, stroke=color, width=0.7, alpha=alpha)
        rr = r * 0.76  # baseline radius; caps reach about 0.93 r
        size_mm = r * 0.2
        per = sum(text_width(ch, font, size_mm / PT) for ch in top_text) * 1.08 / rr
        if per > math.radians(340):
            size_mm *= math.radians(340) / per
            per = math.radians(340)
        size = size_mm / PT
        a = math.radians(90 + ang) + per / 2
        for ch in top_text:
            step = text_width(ch, font, size) * 1.08 / rr
            mid = a - step / 2
            px, py = cx + rr * math.cos(mid), cy - rr * math.sin(mid)
            self.text(px, py, ch, font, size, color, "c", math.degrees(mid) - 90, alpha)
            a -= step
        inner = 1.25 * r * 0.70
        for j, ln in enumerate(center_lines):
            cs = min(size * 0.95, inner / max(0.1, text_width(ln, font, 1.0)))
            self.text(
                cx,
                cy + (j - (len(center_lines) - 1) / 2) * cs * PT * 1.3 + cs * PT * 0.35,
                ln,
                font,
                cs,
                color,
                "c",
                0,
                alpha,
            )

    def stamp_rect(self, x, y, lines, rng, color=(40, 60, 150), alpha=0.8, font="sans-b", size=7.0):
        ang = rng.uniform(-4, 4)
        w = max(text_width(s, font, size) for s in lines) + 6
        h = len(lines) * size * PT * 1.35 + 3
        self.rect(x, y, w, h, stroke=color, width=1.2, alpha=alpha)
        for i, s in enumerate(lines):
            self.text(
                x + w / 2,
                y + 2.5 + (i + 0.8) * size * PT * 1.35 - 1,
                s,
                font,
                size,
                color,
                "c",
                ang * 0.2,
                alpha,
            )
        return w, h


def signature_strokes(rng: random.Random, w: float, h: float, name: str = ""):
    """Polylines (mm, box-relative) sampled from cubic Béziers."""

    def bez(p0, p1, p2, p3, n=18):
        out = []
        for i in range(n + 1):
            t = i / n
            a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
            out.append(
                (
                    a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                    a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
                )
            )
        return out

    strokes = []
    mid = h * 0.55
    style = rng.choice(["arches", "loops", "spiky", "initials"])
    x = w * rng.uniform(0.06, 0.16)
    if style != "loops":
        # initial capital: a tall loop
        strokes.append(
            bez(
                (x, mid + h * 0.1),
                (x - w * 0.05, mid - h * 0.5),
                (x + w * rng.uniform(0.08, 0.16), mid - h * 0.45),
                (x + w * 0.04, mid + h * 0.2),
                24,
            )
        )
    pts = [(x + w * 0.04, mid + h * 0.1)]
    cx = x + w * 0.06
    n = max(5, min(11, len(name) or rng.randint(6, 10)))
    if style == "loops":
        # cursive loops (trochoid) with a slant
        r0 = h * rng.uniform(0.12, 0.2)
        step = w * rng.uniform(0.045, 0.06)
        pts = []
        for i in range(n * 12 + 1):
            t = i / 12 * 2 * math.pi
            rr = r0 * (1 + 0.35 * math.sin(i / 9.0))
            px = x + step * t / (2 * math.pi) + rr * 0.8 * math.sin(t)
            py = mid - rr * (1 - math.cos(t)) * rng.uniform(0.97, 1.03)
            pts.append((px + (mid - py) * 0.25, py))
        cx = pts[-1][0]
        strokes.append(pts)
    elif style == "initials":
        # a second capital then a short wave
        x2 = x + w * 0.16
        strokes.append(
            [
                (x2, mid + h * 0.2),
                (x2 + w * 0.04, mid - h * 0.38),
                (x2 + w * 0.08, mid + h * 0.15),
                (x2 + w * 0.12, mid - h * 0.3),
                (x2 + w * 0.15, mid + h * 0.18),
            ]
        )
        cx = x2 + w * 0.18
        wave = []
        for i in range(40):
            t = i / 39
            wave.append((cx + t * w * 0.3, mid + math.sin(t * 14) * h * 0.08 + t * h * 0.05))
        strokes.append(wave)
        cx += w * 0.3
    else:
        spiky = style == "spiky"
        for _ in range(n):
            step = w * rng.uniform(0.045, 0.07)
            top = mid - h * rng.uniform(0.05, 0.35)
            p0 = pts[-1]
            if spiky:
                seg = [p0, (cx + step * 0.4, top), (cx + step, mid + h * rng.uniform(0, 0.12))]
            else:
                seg = bez(
                    p0,
                    (cx, top),
                    (cx + step * 0.6, top),
                    (cx + step, mid + h * rng.uniform(-0.05, 0.12)),
                    10,
                )
            pts.extend(seg[1:])
            cx += step
        strokes.append(pts)
    # flourish underline (not always)
    if rng.random() < 0.75:
        y0 = mid + h * rng.uniform(0.18, 0.3)
        strokes.append(
            bez(
                (cx, mid),
                (cx + w * 0.1, y0 + h * 0.1),
                (x - w * 0.02, y0 + h * 0.05),
                (x + w * rng.uniform(0.3, 0.5), y0 - h * 0.05),
                30,
            )
        )
    else:
        strokes.append(
            bez(
                (cx - w * 0.1, mid + h * 0.05),
                (cx, mid + h * 0.3),
                (cx + w * 0.05, mid - h * 0.2),
                (cx + w * 0.12, mid - h * 0.1),
                16,
            )
        )
    return [
        [(min(max(px, 0.5), w - 0.5), min(max(py, 0.5), h - 0.5)) for px, py in s] for s in strokes
    ]


# -- PIL backend -----------------------------------------------------------


def render(page: Page, ppm: float = 8.0) -> Image.Image:
    """Raster at `ppm` pixels per millimetre (8 ~ 203 dpi)."""
    W, H = round(page.w * ppm), round(page.h * ppm)
    base = Image.new("RGBA", (W, H), tuple(page.bg) + (255,))

    def P(v):
        return v * ppm

    pending = None  # (alpha, layer): consecutive translucent ops share one layer

    def flush():
        nonlocal pending
        if pending is not None:
            alpha_, lay = pending
            lay.putalpha(lay.getchannel("A").point(lambda v: int(v * alpha_)))
            base.alpha_composite(lay)
            pending = None

    for op in page.ops:
        kind = op[0]
        alpha = 1.0
        if kind == "text":
            _, x, y, s, font, size, color, anchor, angle, alpha = op
        elif kind in ("rect", "ellipse", "stroke"):
            alpha = op[-1]
        elif kind == "line":
            alpha = op[7]
        if alpha >= 1.0:
            flush()
            layer = base
        else:
            if pending is None or pending[0] != alpha:
                flush()
                pending = (alpha, Image.new("RGBA", base.size, (0, 0, 0, 0)))
            layer = pending[1]
        d = ImageDraw.Draw(layer)
        a255 = 255
        if kind == "text":
            f = _pil_font(font, round(size * PT * ppm))
            anc = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
            col = tuple(color) + (a255,)
            if not angle:
                d.text((P(x), P(y)), s, font=f, fill=col, anchor=anc)
            else:
                side = int(f.getlength(s) * 2 + f.size * 2.2) | 1
                tmp = Image.new("RGBA", (side, side), (0, 0, 0, 0))
                ImageDraw.Draw(tmp).text((side / 2, side / 2), s, font=f, fill=col, anchor=anc)
                tmp = tmp.rotate(angle, resample=Image.BILINEAR, center=(side / 2, side / 2))
                layer.alpha_composite(tmp, (int(P(x) - side / 2), int(P(y) - side / 2)))
        elif kind == "line":
            _, x1, y1, x2, y2, width, color, _a, dash = op
            wpx = max(1, round(width * PT * ppm))
            col = tuple(color) + (a255,)
            if dash:
                L = math.hypot(x2 - x1, y2 - y1)
                on, off = dash
                t = 0.0
                while t < L:
                    t2 = min(L, t + on)
                    d.line(
                        [
                            (P(x1 + (x2 - x1) * t / L), P(y1 + (y2 - y1) * t / L)),
                            (P(x1 + (x2 - x1) * t2 / L), P(y1 + (y2 - y1) * t2 / L)),
                        ],
                        fill=col,
                        width=wpx,
                    )
                    t = t2 + off
            else:
                d.line([(P(x1), P(y1)), (P(x2), P(y2))], fill=col, width=wpx)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, width, _a = op
            wpx = max(1, round(width * PT * ppm)) if stroke else 0
            d.rectangle(
                [P(x), P(y), P(x + w), P(y + h)],
                fill=tuple(fill) + (a255,) if fill else None,
                outline=tuple(stroke) + (a255,) if stroke else None,
                width=wpx,
            )
        elif kind == "ellipse":
            _, cx, cy, rx, ry, stroke, fill, width, _a = op
            wpx = max(1, round(width * PT * ppm)) if stroke else 0
            d.ellipse(
                [P(cx - rx), P(cy - ry), P(cx + rx), P(cy + ry)],
                fill=tuple(fill) + (a255,) if fill else None,
                outline=tuple(stroke) + (a255,) if stroke else None,
                width=wpx,
            )
        elif kind == "stroke":
            _, pts, widths, color, _a = op
            col = tuple(color) + (a255,)
            for i in range(len(pts) - 1):
                wpx = max(1.0, widths[i] * PT * ppm)
                (ax, ay), (bx, by) = pts[i], pts[i + 1]
                d.line([(P(ax), P(ay)), (P(bx), P(by))], fill=col, width=round(wpx))
                r = wpx / 2
                d.ellipse([P(bx) - r, P(by) - r, P(bx) + r, P(by) + r], fill=col)
        elif kind == "image":
            _, img, x, y, w, h = op
            im = img.convert("RGBA").resize((max(1, int(P(w))), max(1, int(P(h)))), Image.LANCZOS)
            layer.alpha_composite(im, (int(P(x)), int(P(y))))
    flush()
    return base.convert("RGB")


# -- reportlab backend -----------------------------------------------------


def draw_pdf(c, page: Page) -> None:
    """Draw the page on reportlab canvas `c` (page size already set)."""
    from reportlab.lib.units import mm

    H = page.h

    def col(rgb):
        return tuple(v / 255.0 for v in rgb)

    if tuple(page.bg) != (255, 255, 255):
        c.setFillColorRGB(*col(page.bg))
        c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
    for op in page.ops:
        kind = op[0]
        c.saveState()
        if kind == "text":
            _, x, y, s, font, size, color, anchor, angle, alpha = op
            c.setFillColorRGB(*col(color))
            c.setFillAlpha(alpha)
            c.setFont(_reg(font), size)
            c.translate(x * mm, (H - y) * mm)
            if angle:
                c.rotate(angle)
            {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[anchor](0, 0, s)
        elif kind == "line":
            _, x1, y1, x2, y2, width, color, alpha, dash = op
            c.setStrokeColorRGB(*col(color))
            c.setStrokeAlpha(alpha)
            c.setLineWidth(width)
            if dash:
                c.setDash(dash[0] / PT, dash[1] / PT)
            c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, width, alpha = op
            if stroke:
                c.setStrokeColorRGB(*col(stroke))
                c.setStrokeAlpha(alpha)
                c.setLineWidth(width)
            if fill:
                c.setFillColorRGB(*col(fill))
                c.setFillAlpha(alpha)
            c.rect(
                x * mm,
                (H - y - h) * mm,
                w * mm,
                h * mm,
                stroke=1 if stroke else 0,
                fill=1 if fill else 0,
            )
        elif kind == "ellipse":
            _, cx, cy, rx, ry, stroke, fill, width, alpha = op
            if stroke:
                c.setStrokeColorRGB(*col(stroke))
                c.setStrokeAlpha(alpha)
                c.setLineWidth(width)
            if fill:
                c.setFillColorRGB(*col(fill))
                c.setFillAlpha(alpha)
            c.ellipse(
                (cx - rx) * mm,
                (H - cy - ry) * mm,
                (cx + rx) * mm,
                (H - cy + ry) * mm,
                stroke=1 if stroke else 0,
                fill=1 if fill else 0,
            )
        elif kind == "stroke":
            _, pts, widths, color, alpha = op
            c.setStrokeColorRGB(*col(color))
            c.setStrokeAlpha(alpha)
            c.setLineCap(1)
            for i in range(len(pts) - 1):
                c.setLineWidth(widths[i])
                (ax, ay), (bx, by) = pts[i], pts[i + 1]
                c.line(ax * mm, (H - ay) * mm, bx * mm, (H - by) * mm)
        elif kind == "image":
            _, img, x, y, w, h = op
            buf = io.BytesIO()
            img.convert("RGB").save(buf, "PNG")
            buf.seek(0)
            c.drawImage(ImageReader(buf), x * mm, (H - y - h) * mm, w * mm, h * mm)
        c.restoreState()
