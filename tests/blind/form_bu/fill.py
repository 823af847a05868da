"""Ways of filling the form: pen strokes, typed text, AcroForm fields."""

import io
import math
import unicodedata

import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72 / 25.4
TT = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "Breip": "breip/Breip.ttf",
    "Ecolier": "ecolier-court/Ecolier-court.ttf",
    "Dkg": "fifthhorseman/dkg.ttf",
    "DkgIt": "fifthhorseman/dkgIt.ttf",
    "HumorSans": "humor-sans/Humor-Sans.ttf",
    "Rufscript": "rufscript/Rufscript010.ttf",
}
TYPED_FONTS = {
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "LibSansT": "liberation/LiberationSans-Regular.ttf",
    "DejaVuSans": "dejavu/DejaVuSans.ttf",
    "LibMono": "liberation/LiberationMono-Regular.ttf",
}
_COVER = {}


def register_fonts():
    for name, path in {**HAND_FONTS, **TYPED_FONTS}.items():
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            f = TTFont(name, TT + path)
            pdfmetrics.registerFont(f)
        _COVER[name] = set(pdfmetrics.getFont(name).face.charToGlyph.keys())


def as_written(text, font):
    """The text a writer produces with this font: accents dropped when the font lacks them."""
    cover = _COVER[font]
    if all(ord(ch) in cover for ch in text):
        return text
    out = "".join(ch if ord(ch) in cover else unicodedata.normalize("NFD", ch)[0] for ch in text)
    return out


INKS = {
    "blue": Color(0.07, 0.13, 0.48),
    "black": Color(0.10, 0.10, 0.13),
    "darkblue": Color(0.05, 0.07, 0.30),
}


class Hand:
    """Pen-like writing: one glyph at a time with jitter in size, angle and baseline."""

    def __init__(self, c, rng, font, ink="blue", size=11.0, pen=0.25):
        self.c, self.rng, self.font = c, rng, font
        self.ink = INKS[ink]
        self.size, self.pen = size, pen
        self.slope = rng.uniform(-1.2, 1.2)

    def glyph(self, ch, x, y, size, angle):
        c = self.c
        c.saveState()
        c.translate(x, y)
        c.rotate(angle)
        t = c.beginText(0, 0)
        t.setTextRenderMode(2)
        t.setFont(self.font, size)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()

    def _setup(self):
        c = self.c
        c.setFillColor(self.ink)
        c.setStrokeColor(self.ink)
        c.setLineWidth(self.pen)

    def write(self, geo, text, size=None):
        """Write text on a free field; returns the text really written."""
        _, x0, yb, x1, hmax = geo
        text = as_written(text, self.font)
        r = self.rng
        size = min(size or self.size, hmax / 0.74)
        width = pdfmetrics.stringWidth(text, self.font, size) * 1.04
        if width > (x1 - x0) - 4:
            size *= ((x1 - x0) - 4) / width
        x = x0 + r.uniform(1, 6)
        if x + pdfmetrics.stringWidth(text, self.font, size) * 1.05 > x1:
            x = x0 + 1
        self._setup()
        slope = math.tan(math.radians(self.slope))
        base = yb + r.uniform(-0.4, 0.8)
        xs = x
        for ch in text:
            s = size * (1 + r.gauss(0, 0.04))
            if ch != " ":
                y = base + (x - xs) * slope + r.gauss(0, 0.3)
                self.glyph(ch, x, y, s, r.gauss(0, 2.2))
            x += pdfmetrics.stringWidth(ch, self.font, s) * r.uniform(0.98, 1.08)
        return text

    def comb(self, geo, text):
        """One capital per box; spaces leave a box empty."""
        boxes = geo[1]
        text = as_written(text, self.font)
        assert len(text) <= len(boxes), (text, len(boxes))
        r = self.rng
        self._setup()
        for ch, (bx, by, bw, bh) in zip(text, boxes):
            if ch == " ":
                continue
            s = bh * r.uniform(0.74, 0.86) * (0.78 if self.font == "Ecolier" else 1.0)
            w = pdfmetrics.stringWidth(ch, self.font, s)
            x = bx + (bw - w) / 2 + r.gauss(0, 0.5)
            y = by + bh * 0.16 + r.gauss(0, 0.4)
            self.glyph(ch, x, y, s, r.gauss(0, 3))
        return text

    def tick(self, geo, style="cross"):
        _, x, y, s = geo
        r = self.rng
        c = self.c
        c.setStrokeColor(self.ink)
        c.setLineWidth(r.uniform(0.9, 1.3))
        c.setLineCap(1)
        j = lambda: r.gauss(0, 0.5)
        if style == "cross":
            p = c.beginPath()
            p.moveTo(x + 0.5 + j(), y + s - 0.3 + j())
            p.curveTo(
                x + s * 0.4,
                y + s * 0.55 + j(),
                x + s * 0.6,
                y + s * 0.4,
                x + s + 0.8 + j(),
                y - 0.6 + j(),
            )
            p.moveTo(x + s - 0.2 + j(), y + s + 0.5 + j())
            p.lineTo(x + 0.3 + j(), y - 0.2 + j())
            c.drawPath(p, stroke=1, fill=0)
        else:
            p = c.beginPath()
            p.moveTo(x + 0.6 + j(), y + s * 0.5 + j())
            p.curveTo(x + s * 0.3, y + s * 0.3, x + s * 0.35, y + 0.6, x + s * 0.42 + j(), y + 0.4)
            p.curveTo(
                x + s * 0.6,
                y + s * 0.6,
                x + s * 0.9,
                y + s * 1.1,
                x + s * 1.35 + j(),
                y + s * 1.45 + j(),
            )
            c.drawPath(p, stroke=1, fill=0)

    def signature(self, geo, name, font):
        """A pen signature: a script name with a flourish, inside the frame."""
        _, sx, sy, sw, sh = geo
        c, r = self.c, self.rng
        name = as_written(name, font)
        size = r.uniform(20, 27)
        width = pdfmetrics.stringWidth(name, font, size) * 1.1
        if width > sw * 0.62:
            size *= sw * 0.62 / width
            width = sw * 0.62
        x = sx + r.uniform(0.12, 0.95) * (sw - width - 14)
        y = sy + sh * r.uniform(0.24, 0.34)
        c.saveState()
        c.setFillColor(self.ink)
        c.setStrokeColor(self.ink)
        c.setLineWidth(self.pen + 0.2)
        c.translate(x, y)
        c.rotate(r.uniform(1, 7))
        c.transform(1, 0, math.tan(math.radians(r.uniform(8, 20))), 1, 0, 0)
        xx = 0.0
        for ch in name:
            s = size * (1 + r.gauss(0, 0.06))
            self.glyph(ch, xx, r.gauss(0, 0.8), s, r.gauss(0, 4))
            xx += pdfmetrics.stringWidth(ch, font, s) * r.uniform(0.85, 1.0)
        c.setLineWidth(r.uniform(0.8, 1.2))
        c.setLineCap(1)
        p = c.beginPath()
        style = r.choice(["under", "loop", "slash"])
        if style == "under":
            p.moveTo(xx + 2, size * 0.3)
            p.curveTo(xx + 12, -size * 0.2, xx * 0.5, -size * 0.45, -4, -size * 0.15)
            p.curveTo(
                xx * 0.3, -size * 0.1 + r.gauss(0, 2), xx * 0.8, -size * 0.3, xx + 10, -size * 0.05
            )
        elif style == "loop":
            p.moveTo(xx, size * 0.1)
            p.curveTo(xx + 14, size * 0.75, xx + 2, size * 0.8, xx - 2, size * 0.2)
            p.curveTo(xx - 8, -size * 0.5, xx * 0.3, -size * 0.3, -2, -size * 0.25)
        else:
            p.moveTo(-3, -size * 0.05)
            p.curveTo(
                xx * 0.3, size * 0.5, xx * 0.7, size * 0.2 + r.gauss(0, 2), xx + 12, size * 0.55
            )
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()
        self.c.setFillColor(self.ink)

    def stray(self, geo):
        _, sx, sy, sw, sh = geo
        c, r = self.c, self.rng
        x = sx + r.uniform(0.2, 0.8) * sw
        y = sy + r.uniform(0.2, 0.6) * sh
        c.setFillColor(self.ink)
        c.setStrokeColor(self.ink)
        if r.random() < 0.5:
            c.circle(x, y, r.uniform(0.6, 1.0), stroke=0, fill=1)
            return "a pen dot"
        c.setLineWidth(0.8)
        c.setLineCap(1)
        c.line(x, y, x + r.uniform(2.5, 4.5), y + r.uniform(1.5, 4))
        return "a short pen tick"


class Typed:
    """Text typed on screen (a PDF editor's text boxes) then printed."""

    def __init__(self, c, rng, font, size=10):
        self.c, self.rng, self.font, self.size = c, rng, font, size
        self.dx, self.dy = rng.uniform(-1.5, 2.5), rng.uniform(-0.6, 0.8)
        self.cdx = rng.uniform(-0.6, 0.6)

    def write(self, geo, text, size=None):
        _, x0, yb, x1, _hmax = geo
        c = self.c
        size = size or self.size
        while pdfmetrics.stringWidth(text, self.font, size) > x1 - x0 - 4:
            size -= 0.5
        c.setFillColor(Color(0.05, 0.05, 0.05))
        c.setFont(self.font, size)
        c.drawString(x0 + 1.5 + self.dx, yb + self.dy, text)
        return text

    def comb(self, geo, text):
        boxes = geo[1]
        assert len(text) <= len(boxes)
        c = self.c
        c.setFillColor(Color(0.05, 0.05, 0.05))
        for ch, (bx, by, bw, bh) in zip(text, boxes):
            s = min(self.size + 1, bh * 0.75)
            c.setFont(self.font, s)
            c.drawCentredString(bx + bw / 2 + self.cdx, by + bh * 0.25 + self.dy * 0.5, ch)
        return text

    def tick(self, geo, style="cross"):
        _, x, y, s = geo
        c = self.c
        c.setFillColor(Color(0.05, 0.05, 0.05))
        c.setFont(self.font, s * 1.05)
        c.drawCentredString(x + s / 2 + self.cdx, y + s * 0.16, "X")


def signature_image(rng, name, font, ink="blue", w=70 * MM, h=24 * MM):
    """A scanned handwritten signature as an RGBA image (pen strokes on transparent)."""
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=(w, h), invariant=1)
    Hand(c, rng, font, ink=ink, pen=0.35).signature(("rect", 0, 0, w, h), name, font)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(b.getvalue())
    im = pdf[0].render(scale=4).to_pil().convert("L")
    pdf.close()
    alpha = im.point(lambda v: max(0, min(255, int((235 - v) * 1.6))))
    col = INKS[ink]
    rgba = Image.new(
        "RGBA", im.size, (int(col.red * 255), int(col.green * 255), int(col.blue * 255), 0)
    )
    rgba.putalpha(alpha)
    return rgba


def paste_signature(c, geo, img, rng):
    _, sx, sy, sw, sh = geo
    w = sw * rng.uniform(0.6, 0.8)
    h = w * img.size[1] / img.size[0]
    x = sx + rng.uniform(0.05, 0.95) * (sw - w)
    y = sy + rng.uniform(0.05, 0.3) * (sh - h)
    c.drawImage(ImageReader(img), x, y, w, h, mask="auto")


class Acro:
    """AcroForm fields placed on the printed frames."""

    def __init__(self, c, names, style="check", font_size=10):
        self.c, self.names, self.style, self.fs = c, names, style, font_size
        self.combs = []

    def _name(self, key):
        return self.names(key)

    def write(self, geo, text, size=None):
        _, x0, yb, x1, hmax = geo
        self.c.acroForm.textfield(
            name=self._name(key=self._cur),
            value=text,
            x=x0 - 1,
            y=yb - 4,
            width=x1 - x0 + 2,
            height=hmax + 6,
            borderWidth=0,
            fillColor=None,
            forceBorder=False,
            fontName="Helvetica",
            fontSize=size or self.fs,
            textColor=Color(0, 0, 0),
        )
        return text

    def comb(self, geo, text):
        boxes = geo[1]
        runs, cur = [], [boxes[0]]
        for b in boxes[1:]:
            if abs(b[0] - (cur[-1][0] + cur[-1][2])) < 0.5:
                cur.append(b)
            else:
                runs.append(cur)
                cur = [b]
        runs.append(cur)
        pos = 0
        base = self._name(self._cur)
        for i, run in enumerate(runs):
            part = text[pos : pos + len(run)]
            pos += len(run)
            x, y, bw, bh = run[0]
            name = base + (f"_{i + 1}" if len(runs) > 1 else "")
            self.c.acroForm.textfield(
                name=name,
                value=part,
                x=x,
                y=y,
                width=bw * len(run),
                height=bh,
                maxlen=len(run),
                fieldFlags="comb",
                borderWidth=0,
                fillColor=None,
                forceBorder=False,
                fontName="Helvetica",
                fontSize=min(self.fs + 1, bh * 0.7),
                textColor=Color(0, 0, 0),
            )
            self.combs.append(name)
        return text

    def tick(self, geo, style=None, checked=True):
        _, x, y, s = geo
        self.c.acroForm.checkbox(
            name=self._name(self._cur),
            x=x,
            y=y,
            size=s,
            checked=checked,
            buttonStyle=self.style,
            borderWidth=0,
            fillColor=None,
            forceBorder=False,
            borderColor=None,
            textColor=Color(0, 0, 0),
        )


def fix_comb_appearances(data, drop_ap=False):
    """Give comb fields an evenly spaced appearance; or drop every appearance stream."""
    pdf = pikepdf.open(io.BytesIO(data))
    af = pdf.Root.AcroForm
    for f in af.Fields:
        if drop_ap:
            if "/AP" in f and f.get("/FT") == "/Tx":
                del f["/AP"]
            continue
        ff = int(f.get("/Ff", 0))
        if f.get("/FT") != "/Tx" or not ff & (1 << 24):
            continue
        n = int(f.MaxLen)
        rect = [float(v) for v in f.Rect]
        w, h = rect[2] - rect[0], rect[3] - rect[1]
        cw = w / n
        val = str(f.get("/V", ""))
        size = float(str(f.DA).split(" Tf")[0].split()[-1])
        parts = ["/Tx BMC", "q", "BT", f"/Helv {size:.2f} Tf", "0 g"]
        for i, ch in enumerate(val):
            gw = pdfmetrics.stringWidth(ch, "Helvetica", size)
            x = i * cw + (cw - gw) / 2
            esc = "".join(f"\\{b:03o}" for b in ch.encode("cp1252"))
            parts.append(f"1 0 0 1 {x:.2f} {(h - size * 0.7) / 2:.2f} Tm ({esc}) Tj")
        parts += ["ET", "Q", "EMC"]
        old = f.AP.N
        new = pikepdf.Stream(pdf, "\n".join(parts).encode())
        new.Type = pikepdf.Name.XObject
        new.Subtype = pikepdf.Name.Form
        new.BBox = [0, 0, w, h]
        new.Resources = old.Resources
        f.AP.N = new
    if drop_ap:
        af.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
