"""Drawing core for the set_d blind corpus.

A page is described once as a list of drawing operations in millimetres
(origin top-left, y downwards, text y = baseline) and rendered either as a
vector PDF page (reportlab, real text layer) or as a raster image (Pillow) that
the "looks" module then degrades into a scan, a phone photo, etc.
"""

import io
import os
import random
import zlib

from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = ["/usr/share/fonts"]

# key -> (file name, ttc index); only TrueType-outline fonts may go into PDFs.
FONT_FILES = {
    "sans": "DejaVuSans.ttf",
    "sans-b": "DejaVuSans-Bold.ttf",
    "sansc": "DejaVuSansCondensed.ttf",
    "sansc-b": "DejaVuSansCondensed-Bold.ttf",
    "serif": "DejaVuSerif.ttf",
    "serif-b": "DejaVuSerif-Bold.ttf",
    "serif-i": "DejaVuSerif-Italic.ttf",
    "mono": "DejaVuSansMono.ttf",
    "mono-b": "DejaVuSansMono-Bold.ttf",
    "lib": "LiberationSans-Regular.ttf",
    "lib-b": "LiberationSans-Bold.ttf",
    "lib-i": "LiberationSans-Italic.ttf",
    "libn": "LiberationSansNarrow-Regular.ttf",
    "libn-b": "LiberationSansNarrow-Bold.ttf",
    "times": "LiberationSerif-Regular.ttf",
    "times-b": "LiberationSerif-Bold.ttf",
    "times-i": "LiberationSerif-Italic.ttf",
    "courier": "LiberationMono-Regular.ttf",
    "courier-b": "LiberationMono-Bold.ttf",
    "open": "OpenSans-Regular.ttf",
    "open-b": "OpenSans-Bold.ttf",
    "open-sb": "OpenSans-Semibold.ttf",
    "open-l": "OpenSans-Light.ttf",
    "roboto": "Roboto-Regular.ttf",
    "roboto-b": "Roboto-Bold.ttf",
    "roboto-m": "Roboto-Medium.ttf",
    "robotoc": "RobotoCondensed-Regular.ttf",
    "robotoc-b": "RobotoCondensed-Bold.ttf",
    "lato": "Lato-Regular.ttf",
    "lato-b": "Lato-Bold.ttf",
    "lato-l": "Lato-Light.ttf",
    "carlito": "Carlito-Regular.ttf",
    "carlito-b": "Carlito-Bold.ttf",
    "caladea": "Caladea-Regular.ttf",
    "caladea-b": "Caladea-Bold.ttf",
    "freeserif": "FreeSerif.ttf",
    "freeserif-b": "FreeSerifBold.ttf",
    "freesans": "FreeSans.ttf",
    "freesans-b": "FreeSansBold.ttf",
    "amiri": "Amiri-Regular.ttf",
    "amiri-b": "Amiri-Bold.ttf",
    "cjk": "wqy-microhei.ttc",
    # raster-only (CFF outlines)
    "ocrb": "OCRB.otf",
    "dancing": "DancingScript-Regular.otf",
    "kaushan": "KaushanScript-Regular.otf",
    "comic": "ComicNeue-Regular.otf",
    # handwriting, TrueType
    "h-breip": "Breip.ttf",
    "h-dkg": "dkg.ttf",
    "h-femke": "femkeklaver.ttf",
    "h-ecolier": "Ecolier-court.ttf",
    "h-humor": "Humor-Sans.ttf",
    "h-ruf": "Rufscript010.ttf",
}
RASTER_ONLY = {"ocrb", "dancing", "kaushan", "comic"}

_paths = {}


def font_path(key):
    if key in _paths:
        return _paths[key]
    name = FONT_FILES[key]
    for base in FONT_DIRS:
        for root, _dirs, files in os.walk(base):
            if name in files:
                _paths[key] = os.path.join(root, name)
                return _paths[key]
    raise FileNotFoundError(name)


_pil_fonts = {}


def pil_font(key, px):
    k = (key, int(round(px)))
    if k not in _pil_fonts:
        _pil_fonts[k] = ImageFont.truetype(font_path(key), max(4, k[1]))
    return _pil_fonts[k]


def text_width_mm(text, font, size_pt):
    """Width in mm of text at size_pt (measured at 100 px/pt-scale)."""
    f = pil_font(font, 200)
    return f.getlength(text) / 200.0 * size_pt * 25.4 / 72.0


def seed_of(*parts):
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8")) & 0xFFFFFFFF


BLACK = (0, 0, 0)
WHITE = (255, 255, 255)


def rgb(c):
    if isinstance(c, str):
        c = c.lstrip("#")
        return tuple(int(c[i : i + 2], 16) for i in (0, 2, 4))
    return c


class Page:
    """A page of w x h millimetres holding drawing operations."""

    def __init__(self, w=210.0, h=297.0, bg=WHITE):
        self.w, self.h, self.bg = w, h, rgb(bg)
        self.ops = []

    # ---- primitives -------------------------------------------------
    def text(self, x, y, s, font="sans", size=10, color=BLACK, anchor="l", rtl=False):
        if s is None or s == "":
            return
        s = str(s)
        if font != "cjk" and any(
            0x2E80 <= ord(ch) <= 0x9FFF or 0xFF00 <= ord(ch) <= 0xFFEF for ch in s
        ):
            font = "cjk"
        self.ops.append(("T", x, y, str(s), font, size, rgb(color), anchor, rtl))

    def rect(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.3):
        self.ops.append(
            ("R", x, y, w, h, rgb(stroke) if stroke else None, rgb(fill) if fill else None, lw)
        )

    def line(self, x1, y1, x2, y2, color=BLACK, lw=0.3):
        self.ops.append(("L", x1, y1, x2, y2, rgb(color), lw))

    def ellipse(self, x, y, w, h, stroke=BLACK, fill=None, lw=0.3):
        self.ops.append(
            ("E", x, y, w, h, rgb(stroke) if stroke else None, rgb(fill) if fill else None, lw)
        )

    def poly(self, pts, stroke=None, fill=BLACK, lw=0.3):
        self.ops.append(
            (
                "P",
                [tuple(p) for p in pts],
                rgb(stroke) if stroke else None,
                rgb(fill) if fill else None,
                lw,
            )
        )

    def polyline(self, pts, color=BLACK, lw=0.3):
        self.ops.append(("PL", [tuple(p) for p in pts], rgb(color), lw))

    # ---- helpers ----------------------------------------------------
    def wrap(self, x, y, w, s, font="sans", size=9, leading=None, color=BLACK, justify=False):
        """Word-wrap s into width w (mm); returns the y after the last line."""
        leading = leading or size * 0.42
        for para in str(s).split("\n"):
            words = para.split(" ")
            line = ""
            lines = []
            for wd in words:
                t = (line + " " + wd).strip()
                if text_width_mm(t, font, size) <= w * 0.97 or not line:
                    line = t
                else:
                    lines.append(line)
                    line = wd
            lines.append(line)
            for ln in lines:
                self.text(x, y, ln, font, size, color)
                y += leading
        return y

    def hand(
        self, x, y, s, font="h-breip", size=13, color=(20, 30, 120), seed=0, jitter=0.35, anchor="l"
    ):
        """Handwritten text: every glyph drawn with a small random offset."""
        rnd = random.Random(seed_of("hand", s, seed, x, y))
        if anchor != "l":
            wtot = text_width_mm(s, font, size)
            x = x - (wtot if anchor == "r" else wtot / 2)
        cx = x
        slope = rnd.uniform(-0.012, 0.012)
        for ch in s:
            sz = size * rnd.uniform(0.93, 1.07)
            dy = rnd.uniform(-jitter, jitter) + slope * (cx - x)
            self.text(cx + rnd.uniform(-0.1, 0.1), y + dy, ch, font, sz, color)
            cx += text_width_mm(ch, font, size) * rnd.uniform(0.97, 1.05)
        return cx

    def comb(
        self,
        x,
        y,
        n,
        s,
        cw=5.0,
        ch=6.5,
        font="h-breip",
        size=14,
        color=(20, 30, 120),
        seed=0,
        typed=False,
    ):
        """A row of n comb boxes with one character per box."""
        rnd = random.Random(seed_of("comb", s, seed, x, y))
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, stroke=(60, 60, 60), lw=0.2)
        for i, c in enumerate((s or "")[:n]):
            if c == " ":
                continue
            cx = x + i * cw + cw / 2
            if typed:
                self.text(cx, y + ch - 1.5, c, "courier-b", size * 0.85, BLACK, anchor="c")
            else:
                self.text(
                    cx + rnd.uniform(-0.4, 0.4),
                    y + ch - 1.3 + rnd.uniform(-0.5, 0.3),
                    c,
                    font,
                    size * rnd.uniform(0.92, 1.06),
                    color,
                    anchor="c",
                )

    def tick(self, x, y, size=4.0, color=(20, 30, 120), seed=0, cross=True):
        """A hand-drawn cross (or tick) in a box whose top-left is x, y."""
        rnd = random.Random(seed_of("tick", x, y, seed))
        j = lambda: rnd.uniform(-0.35, 0.35)
        if cross:
            self.line(
                x + 0.6 + j(),
                y + 0.6 + j(),
                x + size - 0.5 + j(),
                y + size - 0.4 + j(),
                color,
                0.45,
            )
            self.line(
                x + size - 0.6 + j(),
                y + 0.5 + j(),
                x + 0.5 + j(),
                y + size - 0.5 + j(),
                color,
                0.45,
            )
        else:
            self.polyline(
                [
                    (x + 0.6, y + size * 0.55),
                    (x + size * 0.4, y + size - 0.4),
                    (x + size + 0.8, y - 0.8),
                ],
                color,
                0.5,
            )

    def signature(self, x, y, w=35, h=10, color=(25, 35, 110), seed=0):
        """A scribbled signature: a few connected loops."""
        rnd = random.Random(seed_of("sig", seed))
        pts = []
        n = rnd.randint(26, 40)
        for i in range(n):
            t = i / (n - 1)
            px = x + t * w + rnd.uniform(-1.5, 1.5)
            py = y + h / 2 + (h / 2) * (0.9 if i % 2 else -0.9) * rnd.uniform(0.3, 1.0)
            pts.append((px, py))
        # smooth by chaikin
        for _ in range(3):
            new = [pts[0]]
            for a, b in zip(pts, pts[1:]):
                new.append((0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]))
                new.append((0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]))
            new.append(pts[-1])
            pts = new
        self.polyline(pts, color, 0.45)
        self.line(x + w * 0.1, y + h + 1, x + w * 0.9, y + h + rnd.uniform(-1, 1.5), color, 0.35)

    def stamp(self, x, y, r, lines, color=(40, 60, 160), font="sans-b", size=6, ring_text=None):
        """Round rubber stamp centred at x, y."""
        self.ellipse(x - r, y - r, 2 * r, 2 * r, stroke=color, lw=0.6)
        self.ellipse(x - r + 1.6, y - r + 1.6, 2 * r - 3.2, 2 * r - 3.2, stroke=color, lw=0.3)
        n = len(lines)
        for i, ln in enumerate(lines):
            self.text(
                x,
                y + (i - (n - 1) / 2) * size * 0.42 + size * 0.15,
                ln,
                font,
                size,
                color,
                anchor="c",
            )

    def table(
        self,
        x,
        y,
        widths,
        rows,
        font="sans",
        size=8,
        row_h=5.5,
        header=True,
        head_fill=(225, 225, 225),
        stroke=(90, 90, 90),
        aligns=None,
        head_font=None,
    ):
        """Simple ruled table; returns y below it."""
        cy = y
        for r, row in enumerate(rows):
            cx = x
            hd = header and r == 0
            if hd and head_fill:
                self.rect(x, cy, sum(widths), row_h, stroke=None, fill=head_fill)
            for c, cell in enumerate(row):
                wdt = widths[c]
                if stroke:
                    self.rect(cx, cy, wdt, row_h, stroke=stroke, lw=0.15)
                al = aligns[c] if aligns else "l"
                f = (
                    (head_font or (font + "-b" if font + "-b" in FONT_FILES else font))
                    if hd
                    else font
                )
                if cell not in (None, ""):
                    if al == "r":
                        self.text(cx + wdt - 1.2, cy + row_h - 1.6, cell, f, size, anchor="r")
                    elif al == "c":
                        self.text(cx + wdt / 2, cy + row_h - 1.6, cell, f, size, anchor="c")
                    else:
                        self.text(cx + 1.2, cy + row_h - 1.6, cell, f, size)
                cx += wdt
            cy += row_h
        return cy

    def guilloche(self, x, y, w, h, color=(200, 215, 230), n=18, seed=0, lw=0.15):
        import math

        rnd = random.Random(seed_of("guil", seed))
        for k in range(n):
            ph = rnd.uniform(0, 6.28)
            amp = h * rnd.uniform(0.05, 0.18)
            fr = rnd.uniform(1.5, 5.0)
            base = y + h * (k + 0.5) / n
            pts = [
                (x + w * i / 120.0, base + amp * math.sin(ph + fr * 6.28 * i / 120.0))
                for i in range(121)
            ]
            self.polyline(pts, color, lw)


# ---------------------------------------------------------------------------
# Raster backend
# ---------------------------------------------------------------------------


def render_raster(page, dpi=200):
    s = dpi / 25.4
    W, H = int(round(page.w * s)), int(round(page.h * s))
    img = Image.new("RGB", (W, H), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        k = op[0]
        if k == "T":
            _, x, y, t, font, size, color, anchor, rtl = op
            f = pil_font(font, size / 72.0 * dpi)
            a = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
            kw = {}
            if rtl:
                kw = {"direction": "rtl", "language": "ar"}
            d.text((x * s, y * s), t, font=f, fill=color, anchor=a, **kw)
        elif k == "R":
            _, x, y, w, h, st, fi, lw = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                outline=st,
                fill=fi,
                width=max(1, int(round(lw * s))) if st else 0,
            )
        elif k == "L":
            _, x1, y1, x2, y2, c, lw = op
            d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=c, width=max(1, int(round(lw * s))))
        elif k == "E":
            _, x, y, w, h, st, fi, lw = op
            d.ellipse(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                outline=st,
                fill=fi,
                width=max(1, int(round(lw * s))) if st else 0,
            )
        elif k == "P":
            _, pts, st, fi, lw = op
            d.polygon([(px * s, py * s) for px, py in pts], outline=st, fill=fi)
        elif k == "PL":
            _, pts, c, lw = op
            d.line(
                [(px * s, py * s) for px, py in pts],
                fill=c,
                width=max(1, int(round(lw * s))),
                joint="curve",
            )
        elif k == "IMG":
            _, x, y, w, h, im = op
            im2 = im.resize((max(1, int(w * s)), max(1, int(h * s))), Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2, (int(x * s), int(y * s)), im2)
            else:
                img.paste(im2.convert("RGB"), (int(x * s), int(y * s)))
    return img


# ---------------------------------------------------------------------------
# PDF backend
# ---------------------------------------------------------------------------

_rl_registered = set()


def _rl_font(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if key in RASTER_ONLY:
        raise ValueError("font %s cannot go into a text PDF" % key)
    name = "DV-" + key
    if name not in _rl_registered:
        if key == "cjk":
            pdfmetrics.registerFont(TTFont(name, font_path(key), subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont(name, font_path(key)))
        _rl_registered.add(name)
    return name


def write_pdf(path, pages, title=None, author=None, creator=None, acro=None):
    """pages: list of Page (vector) or PIL images (full-page raster, with dpi)."""
    from reportlab import rl_config

    rl_config.invariant = 1
    rl_config.useA85 = 0
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(
        path, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1, pageCompression=1
    )
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if creator:
        c.setCreator(creator)
    c.setProducer("set_d generator")
    for pi, page in enumerate(pages):
        H = page.h
        c.setPageSize((page.w * mm, page.h * mm))
        if page.bg != WHITE:
            c.setFillColorRGB(*[v / 255.0 for v in page.bg])
            c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
        for op in page.ops:
            k = op[0]
            if k == "T":
                _, x, y, t, font, size, color, anchor, rtl = op
                c.setFont(_rl_font(font), size)
                c.setFillColorRGB(*[v / 255.0 for v in color])
                if anchor == "l":
                    c.drawString(x * mm, (H - y) * mm, t)
                elif anchor == "c":
                    c.drawCentredString(x * mm, (H - y) * mm, t)
                else:
                    c.drawRightString(x * mm, (H - y) * mm, t)
            elif k in ("R", "E"):
                _, x, y, w, h, st, fi, lw = op
                if st:
                    c.setStrokeColorRGB(*[v / 255.0 for v in st])
                    c.setLineWidth(lw * mm)
                if fi:
                    c.setFillColorRGB(*[v / 255.0 for v in fi])
                if k == "R":
                    c.rect(
                        x * mm,
                        (H - y - h) * mm,
                        w * mm,
                        h * mm,
                        stroke=1 if st else 0,
                        fill=1 if fi else 0,
                    )
                else:
                    c.ellipse(
                        x * mm,
                        (H - y - h) * mm,
                        (x + w) * mm,
                        (H - y) * mm,
                        stroke=1 if st else 0,
                        fill=1 if fi else 0,
                    )
            elif k == "L":
                _, x1, y1, x2, y2, col, lw = op
                c.setStrokeColorRGB(*[v / 255.0 for v in col])
                c.setLineWidth(lw * mm)
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            elif k in ("P", "PL"):
                if k == "P":
                    _, pts, st, fi, lw = op
                else:
                    _, pts, st, lw = op
                    fi = None
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
                for px, py in pts[1:]:
                    p.lineTo(px * mm, (H - py) * mm)
                if k == "P":
                    p.close()
                if st:
                    c.setStrokeColorRGB(*[v / 255.0 for v in st])
                    c.setLineWidth(lw * mm)
                if fi:
                    c.setFillColorRGB(*[v / 255.0 for v in fi])
                c.drawPath(p, stroke=1 if st else 0, fill=1 if fi else 0)
            elif k == "IMG":
                _, x, y, w, h, im = op
                buf = io.BytesIO()
                im.convert("RGB").save(buf, "JPEG", quality=85)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * mm, (H - y - h) * mm, w * mm, h * mm)
        if acro and pi in acro:
            form = c.acroForm
            for fld in acro[pi]:
                kind = fld["kind"]
                x, y, w, h = fld["rect"]
                if kind == "text":
                    form.textfield(
                        name=fld["name"],
                        value=fld.get("value", ""),
                        x=x * mm,
                        y=(H - y - h) * mm,
                        width=w * mm,
                        height=h * mm,
                        fontName="Helvetica",
                        fontSize=fld.get("size", 9),
                        borderWidth=0,
                        fillColor=None,
                        borderColor=None,
                        forceBorder=False,
                    )
                else:
                    form.checkbox(
                        name=fld["name"],
                        checked=fld.get("value", False),
                        x=x * mm,
                        y=(H - y - h) * mm,
                        size=w * mm,
                        buttonStyle="cross",
                        borderWidth=0.5,
                    )
        c.showPage()
    c.save()


def write_image_pdf(path, images, dpi=200, quality=70):
    """Scanned PDF: each image embedded as a JPEG, no text layer."""
    from reportlab import rl_config

    rl_config.invariant = 1
    rl_config.useA85 = 0
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    w0 = images[0].width * 72.0 / dpi
    h0 = images[0].height * 72.0 / dpi
    c = canvas.Canvas(path, pagesize=(w0, h0), invariant=1)
    c.setProducer("Scan to PDF")
    c.setCreator("MFP scanner")
    for im in images:
        w = im.width * 72.0 / dpi
        h = im.height * 72.0 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB" if im.mode != "L" else "L").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()
