"""Ways of filling the form: typed text, handwriting, AcroForm fields, signatures."""

import io
import math
import random

import pikepdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

FONTS = "/usr/share/fonts/"
HAND_FONTS = {
    "Dkg": FONTS + "truetype/fifthhorseman/dkg.ttf",
    "DkgB": FONTS + "truetype/fifthhorseman/dkgBd.ttf",
    "DkgI": FONTS + "truetype/fifthhorseman/dkgIt.ttf",
    "Breip": FONTS + "truetype/breip/Breip.ttf",
    "Humor": FONTS + "truetype/humor-sans/Humor-Sans.ttf",
    "Ruf": FONTS + "truetype/rufscript/Rufscript010.ttf",
}
NO_ACCENTS = {"Humor", "Ruf"}
CAP = {
    "Dkg": 0.82,
    "DkgB": 0.85,
    "DkgI": 0.82,
    "Breip": 0.8,
    "Humor": 0.54,
    "Ruf": 0.67,
}  # these fonts lack accented glyphs: the writer drops accents
SIG_FONTS = [
    FONTS + "opentype/dancingscript/DancingScript-Regular.otf",
    FONTS + "opentype/dancingscript/DancingScript-Bold.otf",
    FONTS + "opentype/kaushanscript/KaushanScript-Regular.otf",
    FONTS + "opentype/urw-base35/Z003-MediumItalic.otf",
    FONTS + "truetype/ecolier-court/Ecolier-court.ttf",
    FONTS + "truetype/fifthhorseman/dkgIt.ttf",
]
INKS = {
    "blue": (0.08, 0.14, 0.52),
    "black": (0.09, 0.09, 0.12),
    "darkblue": (0.05, 0.08, 0.32),
}


class Filler:
    """Base: a filler keeps a per-page random generator so page order does not matter."""

    def __init__(self, seed):
        self.seed = seed
        self._page = 1
        self.rng = random.Random(f"{seed}/1")

    @property
    def page(self):
        return self._page

    @page.setter
    def page(self, p):
        self._page = p
        self.rng = random.Random(f"{self.seed}/{p}")


class Blank(Filler):
    def text(self, c, name, x, y, w, value):
        pass

    def comb(self, c, name, cells, text):
        pass

    def check(self, c, name, x, y, size, on):
        pass


class Typed(Filler):
    """Values typed on screen (a flattened form, or text boxes of a PDF viewer)."""

    def __init__(self, seed, font="Helvetica", size=10, loose=False, per_cell=True, mark="X"):
        super().__init__(seed)
        self.font, self.size, self.loose, self.per_cell, self.mark = (
            font,
            size,
            loose,
            per_cell,
            mark,
        )

    def _off(self):
        if not self.loose:
            return 0, 0
        return self.rng.uniform(-0.6, 1.8) * mm, self.rng.uniform(-0.5, 0.9) * mm

    def text(self, c, name, x, y, w, value):
        if not value:
            return
        size = self.size
        while pdfmetrics.stringWidth(value, self.font, size) > w and size > 6:
            size -= 0.5
        dx, dy = self._off()
        c.setFillColor(Color(0, 0, 0))
        c.setFont(self.font, size)
        c.drawString(x + dx, y + dy, value)

    def comb(self, c, name, cells, text):
        if not text:
            return
        cx, cy, cw, ch = cells[0]
        size = min(self.size + 1, ch / mm * 2.2)
        c.setFillColor(Color(0, 0, 0))
        c.setFont(self.font, size)
        if self.per_cell:
            for (x, y, w, h), char in zip(cells, text):
                c.drawCentredString(x + w / 2, y + h * 0.28, char)
        else:
            dx, dy = self._off()
            c.drawString(cx + 0.8 * mm + dx, cy + ch * 0.28 + dy, " ".join(text))

    def check(self, c, name, x, y, size, on):
        if not on:
            return
        c.setFillColor(Color(0, 0, 0))
        if self.mark == "X":
            c.setFont("Helvetica-Bold", size * 0.95)
            c.drawCentredString(x + size / 2, y + size * 0.17, "X")
        else:
            c.setFont("DejaVu", size * 0.95)
            c.drawCentredString(x + size / 2, y + size * 0.15, "✔")


class Hand(Filler):
    """Handwriting: a handwriting font drawn glyph by glyph with jitter, pen-like outline."""

    def __init__(self, seed, font, ink="blue", size=11.5, mark="x", slant=0.0):
        super().__init__(seed)
        self.font, self.mark, self.slant = font, mark, slant
        self.k = 0.82 / CAP[font]  # same capital height whatever the font
        self.size = size * self.k
        self.ink, self.ink_name = Color(*INKS[ink]), ink

    def _glyphs(self, c, x, y, value, size, angle, track=1.0):
        rng = self.rng
        c.setFillColor(self.ink)
        c.setStrokeColor(self.ink)
        c.setLineWidth(0.22)
        sa, ca = math.sin(math.radians(angle)), math.cos(math.radians(angle))
        px = 0.0
        for ch in value:
            s = size * rng.uniform(0.93, 1.07)
            adv = pdfmetrics.stringWidth(ch, self.font, s) * rng.uniform(0.98, 1.1) * track
            if ch != " ":
                c.saveState()
                c.translate(x + px * ca, y + px * sa + rng.gauss(0, 0.3))
                c.rotate(angle + rng.gauss(0, 2.2))
                c.skew(0, self.slant)
                to = c.beginText(0, 0)
                to.setTextRenderMode(2)
                to.setFont(self.font, s)
                to.textOut(ch)
                c.drawText(to)
                c.restoreState()
            px += adv
        return px

    def text(self, c, name, x, y, w, value):
        if not value:
            return
        rng = self.rng
        size = self.size * rng.uniform(0.95, 1.05)
        while pdfmetrics.stringWidth(value, self.font, size) * 1.05 > w and size > 6:
            size -= 0.4
        self._glyphs(
            c,
            x + rng.uniform(0, 2.5) * mm,
            y + rng.uniform(-0.3, 0.9),
            value,
            size,
            rng.uniform(-1.3, 1.3),
        )

    def comb(self, c, name, cells, text):
        rng = self.rng
        for (x, y, w, h), ch in zip(cells, text):
            if ch == " ":
                continue
            s = h * 0.78 * self.k * rng.uniform(0.92, 1.05)
            cw = pdfmetrics.stringWidth(ch, self.font, s)
            self._glyphs(
                c,
                x + (w - cw) / 2 + rng.gauss(0, 0.25 * mm),
                y + h * 0.2 + rng.gauss(0, 0.2 * mm),
                ch,
                s,
                rng.gauss(0, 2),
            )

    def check(self, c, name, x, y, size, on):
        if not on:
            return
        rng = self.rng
        c.setStrokeColor(self.ink)
        c.setLineWidth(rng.uniform(1.0, 1.5))
        c.setLineCap(1)

        def j():
            return rng.gauss(0, size * 0.06)

        if self.mark == "x":
            for a, b in (((0.1, 0.1), (0.95, 0.92)), ((0.1, 0.9), (0.92, 0.08))):
                p = c.beginPath()
                p.moveTo(x + a[0] * size + j(), y + a[1] * size + j())
                p.curveTo(
                    x + 0.5 * size + j(),
                    y + 0.5 * size + j(),
                    x + 0.6 * size + j(),
                    y + 0.5 * size + j(),
                    x + b[0] * size + j(),
                    y + b[1] * size + j(),
                )
                c.drawPath(p, stroke=1, fill=0)
        else:  # a tick that overshoots the box a little
            p = c.beginPath()
            p.moveTo(x + 0.12 * size + j(), y + 0.55 * size + j())
            p.lineTo(x + 0.42 * size + j(), y + 0.12 * size + j())
            p.curveTo(
                x + 0.7 * size,
                y + 0.7 * size,
                x + 0.95 * size,
                y + 1.1 * size + j(),
                x + 1.25 * size + j(),
                y + 1.35 * size + j(),
            )
            c.drawPath(p, stroke=1, fill=0)
        c.setLineCap(0)


class Acro(Filler):
    """Fields of a fillable PDF (values in AcroForm widgets)."""

    def __init__(self, seed, size=10, style="cross"):
        super().__init__(seed)
        self.size, self.style = size, style

    def _tf(self, c, name, value, x, y, w, h, **kw):
        c.acroForm.textfield(
            name=name,
            value=value,
            x=x,
            y=y,
            width=w,
            height=h,
            borderWidth=0,
            fillColor=Color(1, 1, 1, 0),
            textColor=Color(0, 0, 0),
            fontName="Helvetica",
            fontSize=self.size,
            **kw,
        )

    def text(self, c, name, x, y, w, value):
        self._tf(c, name, value, x - 0.6 * mm, y - 1.6 * mm, w, 5.2 * mm)

    def comb(self, c, name, cells, text):
        x, y, w, h = cells[0]
        self._tf(c, name, text, x, y, w * len(cells), h, fieldFlags="comb", maxlen=len(cells))

    def check(self, c, name, x, y, size, on):
        c.acroForm.checkbox(
            name=name,
            checked=on,
            x=x,
            y=y,
            size=size,
            buttonStyle=self.style,
            borderWidth=0,
            fillColor=Color(1, 1, 1, 0),
            textColor=Color(0, 0, 0),
            fieldFlags="",
        )


def _pdfstr(s):
    out = []
    for ch in s.encode("cp1252", "replace"):
        out.append(chr(ch) if 32 <= ch < 127 and ch not in b"()\\" else f"\\{ch:03o}")
    return "(" + "".join(out) + ")"


def fix_acroform(data, with_ap):
    """Give comb fields a real comb appearance, or drop text appearances (viewer makes them)."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if a.get("/FT") != "/Tx" or "/AP" not in a:
                continue
            if not with_ap:
                del a["/AP"]
                continue
            ff, maxlen = int(a.get("/Ff", 0)), int(a.get("/MaxLen", 0))
            if not ff & (1 << 24) or not maxlen:
                continue
            x0, y0, x1, y1 = (float(v) for v in a.Rect)
            cw, value = (x1 - x0) / maxlen, str(a.get("/V", ""))
            ops = ["/Tx BMC", "q", "BT", "/Helv 10 Tf", "0 g"]
            for i, ch in enumerate(value):
                tx = i * cw + (cw - pdfmetrics.stringWidth(ch, "Helvetica", 10)) / 2
                ops.append(f"1 0 0 1 {tx:.2f} {(y1 - y0) * 0.28:.2f} Tm {_pdfstr(ch)} Tj")
            ops += ["ET", "Q", "EMC"]
            a.AP.N.write("\n".join(ops).encode())
    if not with_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# ---- signatures -------------------------------------------------------------------------------
def signature_image(text, rng, ink="blue", paper=False):
    """A handwritten signature: script glyphs with jitter plus a flourish, RGBA (or on paper)."""
    font = ImageFont.truetype(rng.choice(SIG_FONTS), rng.randint(95, 130))
    W, H = 140 * len(text) + 400, 420
    img = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(img)
    x, base = 60, 200
    for ch in text:
        d.text((x, base + rng.gauss(0, 5)), ch, font=font, fill=255, anchor="ls")
        x += font.getlength(ch) * rng.uniform(0.82, 0.97)
    # flourish: a loose curve running back under the name
    pts, n = [], 80
    x_end, amp = x + rng.uniform(-20, 40), rng.uniform(12, 30)
    x_start, freq = rng.uniform(30, 0.4 * x), rng.choice([1.0, 1.0, 2.0])
    tilt, hook = rng.uniform(-30, 10), rng.uniform(20, 50)
    for i in range(n + 1):
        u = i / n
        px = x_end + (x_start - x_end) * u
        py = base + 22 + amp * math.sin(u * math.pi * freq) + tilt * u
        pts.append((px, py))
    # a small hook rising at the start of the stroke (where the pen left the last letter)
    pts = [(x_end - 8, base + 22 - hook)] + pts
    d.line(pts, fill=255, width=rng.randint(3, 5), joint="curve")
    if rng.random() < 0.5:
        d.line([(x_end - 10, base - 60), (x_end + 15, base + 30)], fill=255, width=4)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    img = img.rotate(rng.uniform(-9, 5), resample=Image.BICUBIC, expand=True)
    box = img.getbbox()
    img = img.crop((box[0] - 12, box[1] - 12, box[2] + 12, box[3] + 12))
    r, g, b = (int(v * 255) for v in INKS[ink])
    if paper:  # a signature photographed on paper and pasted: grey background
        bg = Image.new("RGB", img.size, (rng.randint(225, 240),) * 3)
        bg.paste(Image.new("RGB", img.size, (r, g, b)), mask=img)
        return bg
    out = Image.new("RGBA", img.size, (r, g, b, 0))
    out.putalpha(img)
    return out


def signature_drawer(img, rng):
    def draw(c, bx, by, bw, bh):
        ratio = img.size[1] / img.size[0]
        w = bw * rng.uniform(0.5, 0.78)
        if w * ratio > bh * 0.85:
            w = bh * 0.85 / ratio
        h = w * ratio
        x = bx + rng.uniform(0.05, 0.95) * (bw - w)
        y = by + rng.uniform(0.1, 0.9) * (bh - h) - rng.uniform(0, 3 * mm)
        c.drawImage(ImageReader(img), x, y, w, h, mask="auto")

    return draw


def stray_drawer(rng, ink="blue"):
    """A dot or a small tick in the box: no signature."""

    def draw(c, bx, by, bw, bh):
        c.setStrokeColor(Color(*INKS[ink]))
        c.setFillColor(Color(*INKS[ink]))
        x, y = bx + rng.uniform(0.2, 0.7) * bw, by + rng.uniform(0.25, 0.7) * bh
        if rng.random() < 0.5:
            c.circle(x, y, 0.5 * mm, stroke=0, fill=1)
        else:
            c.setLineWidth(1.1)
            p = c.beginPath()
            p.moveTo(x, y)
            p.lineTo(x + 1.2 * mm, y - 1.4 * mm)
            p.lineTo(x + 3.5 * mm, y + 2.2 * mm)
            c.drawPath(p, stroke=1, fill=0)

    return draw
