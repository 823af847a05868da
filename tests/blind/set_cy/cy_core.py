"""Core drawing model for set_cy: pages of draw operations rendered to PDF or raster.

Coordinates are millimetres from the top-left corner; text `y` is the baseline.
"""

import io
import math
import unicodedata

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": TT + "liberation/LiberationSans-Regular.ttf",
    "sans-b": TT + "liberation/LiberationSans-Bold.ttf",
    "sans-i": TT + "liberation/LiberationSans-Italic.ttf",
    "serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": TT + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": TT + "liberation/LiberationSerif-Italic.ttf",
    "narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "mono": TT + "dejavu/DejaVuSansMono.ttf",
    "mono-b": TT + "dejavu/DejaVuSansMono-Bold.ttf",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavu-b": TT + "dejavu/DejaVuSans-Bold.ttf",
    "cond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "cond-b": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dserif": TT + "dejavu/DejaVuSerif.ttf",
    "dserif-b": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "lato-b": TT + "lato/Lato-Bold.ttf",
    "lato-l": TT + "lato/Lato-Light.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "open-b": TT + "open-sans/OpenSans-Bold.ttf",
    "open-sb": TT + "open-sans/OpenSans-Semibold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-m": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-b": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotoc": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlito-b": TT + "crosextra/Carlito-Bold.ttf",
    "caladea": TT + "crosextra/Caladea-Regular.ttf",
    "caladea-b": TT + "crosextra/Caladea-Bold.ttf",
    "free-serif": TT + "freefont/FreeSerif.ttf",
    "free-serif-b": TT + "freefont/FreeSerifBold.ttf",
    "free-mono": TT + "freefont/FreeMono.ttf",
    "h-ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "h-femke": TT + "femkeklaver/femkeklaver.ttf",
    "h-ruf": TT + "rufscript/Rufscript010.ttf",
    "h-breip": TT + "breip/Breip.ttf",
}
_REG = set()
_PILF = {}


def reg(name):
    if name not in _REG:
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
        _REG.add(name)
    return name


def width(s, font, size):
    """Width in mm of string s in font at size (pt)."""
    return pdfmetrics.stringWidth(s, reg(font), size) * 25.4 / 72


def pilfont(font, px):
    key = (font, px)
    if key not in _PILF:
        _PILF[key] = ImageFont.truetype(FONTS[font], px)
    return _PILF[key]


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, align))
        return width(str(s), font, size)

    def glyph(self, x, y, ch, font, size, color, angle):
        self.ops.append(("glyph", x, y, ch, font, size, color, angle))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def poly(self, pts, color=(20, 30, 90), lw=0.4):
        self.ops.append(("poly", list(pts), color, lw))

    def ellipse(self, cx, cy, rx, ry, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("ellipse", cx, cy, rx, ry, stroke, fill, lw))

    def image(self, x, y, w, h, img):
        self.ops.append(("img", x, y, w, h, img))

    def para(self, x, y, text, wmax, font="sans", size=8, lead=None, color=(0, 0, 0)):
        """Wrapped paragraph; returns the y after the last line."""
        lead = lead or size * 0.42
        line = ""
        for word in text.split():
            t = (line + " " + word).strip()
            if width(t, font, size) > wmax and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = t
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def field(self, x, y, label, value, lfont="sans", vfont="sans-b", lsize=7, vsize=9, gap=1.5):
        """Label then value on the same baseline, separated by a gap."""
        w = self.text(x, y, label, lfont, lsize, (70, 70, 70))
        self.text(x + w + gap, y, value, vfont, vsize)


def _c(col):
    return tuple(v / 255 for v in col)


def to_pdf(pages, path_or_buf, title="document", author="", hooks=None):
    c = canvas.Canvas(path_or_buf, invariant=1, pagesize=(pages[0].w * 72 / 25.4, 1))
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "PDF")
    for pg in pages:
        c.setPageSize((pg.w * 72 / 25.4, pg.h * 72 / 25.4))
        _pdf_page(c, pg)
        if hooks and pg in hooks:
            hooks[pg](c)
        c.showPage()
    c.save()


def _pdf_page(c, pg):
    k = 72 / 25.4
    H = pg.h

    def Y(y):
        return (H - y) * k

    if pg.bg != (255, 255, 255):
        c.setFillColorRGB(*_c(pg.bg))
        c.rect(0, 0, pg.w * k, H * k, stroke=0, fill=1)
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, col, al = op
            c.setFont(reg(font), size)
            c.setFillColorRGB(*_c(col))
            fn = {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[al]
            fn(x * k, Y(y), s)
        elif kind == "glyph":
            _, x, y, ch, font, size, col, ang = op
            c.saveState()
            c.translate(x * k, Y(y))
            c.rotate(ang)
            c.setFont(reg(font), size)
            c.setFillColorRGB(*_c(col))
            c.drawString(0, 0, ch)
            c.restoreState()
        elif kind == "rect":
            _, x, y, w, h, st, fi, lw = op
            c.setLineWidth(lw * k)
            if st:
                c.setStrokeColorRGB(*_c(st))
            if fi:
                c.setFillColorRGB(*_c(fi))
            c.rect(x * k, Y(y + h), w * k, h * k, stroke=1 if st else 0, fill=1 if fi else 0)
        elif kind == "line":
            _, x1, y1, x2, y2, col, lw, dash = op
            c.setLineWidth(lw * k)
            c.setStrokeColorRGB(*_c(col))
            c.setDash(list(dash) if dash else [], 0)
            c.line(x1 * k, Y(y1), x2 * k, Y(y2))
            c.setDash([], 0)
        elif kind == "poly":
            _, pts, col, lw = op
            c.setLineWidth(lw * k)
            c.setLineCap(1)
            c.setLineJoin(1)
            c.setStrokeColorRGB(*_c(col))
            p = c.beginPath()
            p.moveTo(pts[0][0] * k, Y(pts[0][1]))
            for px, py in pts[1:]:
                p.lineTo(px * k, Y(py))
            c.drawPath(p, stroke=1, fill=0)
        elif kind == "ellipse":
            _, cx, cy, rx, ry, st, fi, lw = op
            c.setLineWidth(lw * k)
            if st:
                c.setStrokeColorRGB(*_c(st))
            if fi:
                c.setFillColorRGB(*_c(fi))
            c.ellipse(
                (cx - rx) * k,
                Y(cy + ry),
                (cx + rx) * k,
                Y(cy - ry),
                stroke=1 if st else 0,
                fill=1 if fi else 0,
            )
        elif kind == "img":
            _, x, y, w, h, img = op
            buf = io.BytesIO()
            img.convert("RGB").save(buf, "JPEG", quality=90)
            buf.seek(0)
            c.drawImage(ImageReader(buf), x * k, Y(y + h), w * k, h * k)


def to_image(pg, dpi=200):
    s = dpi / 25.4
    W, H = round(pg.w * s), round(pg.h * s)
    im = Image.new("RGB", (W, H), pg.bg)
    d = ImageDraw.Draw(im)
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, font, size, col, al = op
            f = pilfont(font, max(4, round(size * dpi / 72)))
            d.text(
                (x * s, y * s), txt, font=f, fill=col, anchor={"l": "ls", "c": "ms", "r": "rs"}[al]
            )
        elif kind == "glyph":
            _, x, y, ch, font, size, col, ang = op
            f = pilfont(font, max(4, round(size * dpi / 72)))
            if abs(ang) < 0.3:
                d.text((x * s, y * s), ch, font=f, fill=col, anchor="ls")
                continue
            px = f.size
            tile = Image.new("L", (px * 3, px * 3), 0)
            ImageDraw.Draw(tile).text((px, px * 2), ch, font=f, fill=255, anchor="ls")
            tile = tile.rotate(ang, resample=Image.BICUBIC, center=(px, px * 2))
            im.paste(Image.new("RGB", tile.size, col), (int(x * s - px), int(y * s - 2 * px)), tile)
        elif kind == "rect":
            _, x, y, w, h, st, fi, lw = op
            box = [x * s, y * s, (x + w) * s, (y + h) * s]
            d.rectangle(box, fill=fi, outline=st, width=max(1, round(lw * s)) if st else 0)
        elif kind == "line":
            _, x1, y1, x2, y2, col, lw, dash = op
            lwp = max(1, round(lw * s))
            if dash:
                L = math.hypot(x2 - x1, y2 - y1)
                on, off = dash[0] * 25.4 / 72, dash[1] * 25.4 / 72
                t = 0.0
                while t < L:
                    t2 = min(L, t + on)
                    a, b = t / L, t2 / L
                    d.line(
                        [
                            (x1 + (x2 - x1) * a) * s,
                            (y1 + (y2 - y1) * a) * s,
                            (x1 + (x2 - x1) * b) * s,
                            (y1 + (y2 - y1) * b) * s,
                        ],
                        fill=col,
                        width=lwp,
                    )
                    t = t2 + off
            else:
                d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=col, width=lwp)
        elif kind == "poly":
            _, pts, col, lw = op
            d.line(
                [(px * s, py * s) for px, py in pts],
                fill=col,
                width=max(1, round(lw * s)),
                joint="curve",
            )
        elif kind == "ellipse":
            _, cx, cy, rx, ry, st, fi, lw = op
            box = [(cx - rx) * s, (cy - ry) * s, (cx + rx) * s, (cy + ry) * s]
            d.ellipse(box, fill=fi, outline=st, width=max(1, round(lw * s)) if st else 0)
        elif kind == "img":
            _, x, y, w, h, img = op
            sub = img.convert("RGB").resize((max(1, int(w * s)), max(1, int(h * s))), Image.LANCZOS)
            im.paste(sub, (int(x * s), int(y * s)))
    return im


# ---------------------------------------------------------------- handwriting & pen


def hand(pg, x, y, s, rng, font="h-ecolier", size=12, color=(25, 35, 110), slant=0.0):
    """Write s glyph by glyph with jitter (size, angle, baseline). Returns the end x."""
    base = rng.uniform(-0.3, 0.3)
    for ch in s:
        if ch == " ":
            x += width(" ", font, size) * rng.uniform(0.9, 1.3)
            continue
        sz = size * rng.uniform(0.93, 1.07)
        base += rng.uniform(-0.12, 0.12)
        base = max(-0.6, min(0.6, base))
        pg.glyph(x, y + base, ch, font, sz, color, slant + rng.uniform(-4, 4))
        x += width(ch, font, sz) * rng.uniform(0.97, 1.08)
    return x


def hand_comb(pg, x, y, cell, s, rng, font="h-ecolier", size=12, color=(25, 35, 110)):
    """One capital per comb cell starting at x (cell width in mm)."""
    for i, ch in enumerate(s):
        if ch == " ":
            continue
        cx = x + i * cell + cell / 2 - width(ch, font, size) / 2 + rng.uniform(-0.4, 0.4)
        pg.glyph(
            cx,
            y + rng.uniform(-0.4, 0.3),
            ch,
            font,
            size * rng.uniform(0.94, 1.06),
            color,
            rng.uniform(-5, 5),
        )


def signature(pg, x, y, w, h, rng, color=(20, 30, 100), lw=0.35):
    """A pen-stroke signature inside the box (x, y, w, h): loops, a flourish, jitter."""
    cy = y + h * 0.58
    # initial capital: a tall loop
    pts = []
    x0 = x + w * 0.05
    for i in range(40):
        t = i / 39 * 2 * math.pi * 1.1
        pts.append(
            (
                x0 + w * 0.06 * math.sin(t * 0.5) + rng.uniform(-0.15, 0.15),
                cy - h * 0.38 * math.sin(t) + rng.uniform(-0.15, 0.15),
            )
        )
    pg.poly(pts, color, lw)
    # running loops (trochoid)
    pts = []
    n = rng.randint(5, 8)
    x1 = x0 + w * 0.1
    span = w * rng.uniform(0.55, 0.7)
    amp = h * rng.uniform(0.14, 0.24)
    for i in range(n * 16 + 1):
        t = i / 16
        r = amp * (0.7 + 0.4 * math.sin(t * 1.7 + rng.random() * 0.2))
        px = x1 + span * t / n + r * 0.6 * math.cos(2 * math.pi * t)
        py = cy - r * math.sin(2 * math.pi * t) - (t / n) * h * 0.12
        pts.append((px + rng.uniform(-0.12, 0.12), py + rng.uniform(-0.12, 0.12)))
    pg.poly(pts, color, lw)
    # flourish underline
    ex = pts[-1][0]
    pts = []
    for i in range(30):
        t = i / 29
        pts.append(
            (
                ex - t * w * 0.75 + rng.uniform(-0.1, 0.1),
                cy + h * 0.2 + math.sin(t * math.pi) * h * 0.12 + rng.uniform(-0.1, 0.1),
            )
        )
    pg.poly(pts, color, lw * 0.9)


def stamp_ring(pg, cx, cy, r, outer, inner_lines, rng, color=(40, 60, 160), font="sans-b", sz=6):
    """Round rubber stamp: two circles, text around the ring, lines in the middle."""
    pg.ellipse(cx, cy, r, r, color, None, 0.45)
    pg.ellipse(cx, cy, r * 0.72, r * 0.72, color, None, 0.3)
    n = len(outer)
    total = 300.0
    for i, ch in enumerate(outer):
        a = math.radians(-240 + 30 + total * (i + 0.5) / n)
        gx = cx + (r * 0.8) * math.cos(a)
        gy = cy + (r * 0.8) * math.sin(a)
        ang = -math.degrees(a) - 90
        pg.glyph(gx, gy, ch, font, sz, color, ang)
    y = cy - (len(inner_lines) - 1) * sz * 0.22
    for ln in inner_lines:
        pg.text(cx, y + sz * 0.12, ln, font, sz * 0.9, color, "c")
        y += sz * 0.45


def box_stamp(pg, x, y, lines, color=(150, 30, 40), font="sans-b", sz=7, pad=2.0):
    w = max(width(s, font, sz) for s in lines) + 2 * pad
    h = len(lines) * sz * 0.45 + pad * 1.4
    pg.rect(x, y, w, h, color, None, 0.5)
    yy = y + pad + sz * 0.32
    for s in lines:
        pg.text(x + w / 2, yy, s, font, sz, color, "c")
        yy += sz * 0.45
    return w, h


# ---------------------------------------------------------------- portrait


def portrait(
    rng,
    w=350,
    h=450,
    skin=(150, 105, 75),
    hair=(25, 20, 18),
    bg=(225, 230, 235),
    female=False,
    grey=False,
):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    for yy in range(h):
        k = yy / h
        d.line([(0, yy), (w, yy)], fill=tuple(int(c * (1 - 0.08 * k)) for c in bg))
    cx = w // 2 + rng.randint(-8, 8)
    shirt = rng.choice([(40, 50, 70), (90, 90, 95), (120, 40, 50), (30, 60, 40), (200, 200, 205)])
    d.ellipse([cx - w * 0.48, h * 0.78, cx + w * 0.48, h * 1.35], fill=shirt)
    d.rectangle([cx - w * 0.09, h * 0.6, cx + w * 0.09, h * 0.82], fill=skin)
    if female:
        d.ellipse([cx - w * 0.3, h * 0.1, cx + w * 0.3, h * 0.8], fill=hair)
    d.ellipse([cx - w * 0.22, h * 0.18, cx + w * 0.22, h * 0.7], fill=skin)
    d.chord([cx - w * 0.24, h * 0.1, cx + w * 0.24, h * 0.45], 180, 360, fill=hair)
    dk = tuple(max(0, c - 70) for c in skin)
    for sx in (-1, 1):
        d.ellipse(
            [cx + sx * w * 0.09 - 9, h * 0.41 - 5, cx + sx * w * 0.09 + 9, h * 0.41 + 5],
            fill=(40, 30, 25),
        )
        d.line(
            [cx + sx * w * 0.09 - 14, h * 0.37, cx + sx * w * 0.09 + 14, h * 0.37],
            fill=hair,
            width=4,
        )
    d.line([cx, h * 0.44, cx - 5, h * 0.53], fill=dk, width=3)
    d.arc([cx - 28, h * 0.53, cx + 28, h * 0.62], 20, 160, fill=(110, 50, 50), width=4)
    if grey:
        im = im.convert("L").convert("RGB")
    return im


def guilloche(pg, x, y, w, h, rng, color=(200, 210, 225), n=14, lw=0.12):
    for k in range(n):
        ph = rng.random() * 6.28
        fr = rng.uniform(2.0, 5.0)
        pts = []
        for i in range(121):
            t = i / 120
            pts.append((x + w * t, y + h * (0.5 + 0.45 * math.sin(fr * 6.28 * t + ph + k * 0.4))))
        pg.poly(pts, color, lw)


# ---------------------------------------------------------------- text helpers


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fr_money(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr_date(d):
    return d.strftime("%d/%m/%Y")


def fr_words(d):
    return f"{d.day if d.day > 1 else '1er'} {MOIS[d.month - 1]} {d.year}"
