"""How the form gets filled: typed text, a pen, or AcroForm fields of the fillable PDF."""

from __future__ import annotations

import io
import random

import pikepdf
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from common import hand_text, rl_signature, rl_tick, signature_png

INK = (0.07, 0.13, 0.45)


# ------------------------------------------------------------------- fillers
def _cells(x, w, n):
    return [(x + i * w / n, w / n) for i in range(n)]


class Typed:
    """Typed on screen (then printed): plain sans text, X in boxes, no signature here."""

    def __init__(self, rng, font="Sans", size=10):
        self.rng, self.font, self.size = rng, font, size

    def text(self, c, name, value, x, y, w, h, comb=0, cells=None):
        if not value:
            return
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, self.size)
        if comb:
            for ch, (cx, cw) in zip(value, cells or _cells(x, w, comb), strict=False):
                c.drawCentredString(cx + cw / 2, y + h * 0.25, ch)
        else:
            c.drawString(x + 3, y + h * 0.25, value)

    def check(self, c, name, x, y, s, on):
        if on:
            c.setFont("Sans-B", s * 1.05)
            c.setFillColorRGB(0, 0, 0)
            c.drawCentredString(x + s / 2, y + s * 0.15, "X")

    def signature(self, c, x, y, w, h):
        rl_signature(c, self.rng, x + w * 0.12, y + h * 0.12, w * 0.7, h * 0.6)


class Hand:
    """Filled with a pen: handwriting with jitter, one capital per comb cell, ticks."""

    def __init__(self, rng, font="Femke", size=12, color=INK, cross=False, caps=True):
        self.rng, self.font, self.size, self.color = rng, font, size, color
        self.cross, self.caps = cross, caps

    def text(self, c, name, value, x, y, w, h, comb=0, cells=None):
        if not value:
            return
        r = self.rng
        if comb:
            for ch, (cx, cw) in zip(value, cells or _cells(x, w, comb), strict=False):
                if ch == " ":
                    continue
                s = min(self.size, h * 0.95)
                gx = cx + (cw - stringWidth(ch, self.font, s)) / 2 + r.uniform(-1, 1)
                hand_text(c, gx, y + h * 0.2 + r.uniform(-1, 1), ch, r, self.font, s, self.color)
        else:
            hand_text(
                c, x + 4 + r.uniform(0, 6), y + h * 0.22, value, r, self.font, self.size, self.color
            )

    def check(self, c, name, x, y, s, on):
        if on:
            rl_tick(c, self.rng, x, y, s, self.color, cross=self.cross)

    def signature(self, c, x, y, w, h):
        rl_signature(c, self.rng, x + w * 0.08, y + h * 0.1, w * 0.8, h * 0.7, self.color)


class Acro:
    """The fillable PDF: AcroForm fields with appearance streams, a pasted signature image."""

    def __init__(self, rng):
        self.rng = rng

    def text(self, c, name, value, x, y, w, h, comb=0, cells=None):
        kw = dict(
            borderWidth=0,
            fontName="Helvetica",
            fontSize=9,
            fillColor=None,
            borderColor=None,
            forceBorder=False,
            y=y,
            height=h,
        )
        if not comb:
            c.acroForm.textfield(name=name, value=value or "", x=x, width=w, **kw)
            return
        cells = cells or _cells(x, w, comb)
        runs, cur = [], [cells[0]]
        for a, b in zip(cells, cells[1:], strict=False):
            if abs(a[0] + a[1] - b[0]) < 0.5:
                cur.append(b)
            else:
                runs.append(cur)
                cur = [b]
        runs.append(cur)
        pos = 0
        for k, run in enumerate(runs):
            part = (value or "")[pos : pos + len(run)]
            pos += len(run)
            nm = name if len(runs) == 1 else f"{name}_{k + 1}"
            c.acroForm.textfield(
                name=nm,
                value=part,
                x=run[0][0],
                width=run[-1][0] + run[-1][1] - run[0][0],
                maxlen=len(run),
                fieldFlags="comb",
                **kw,
            )

    def check(self, c, name, x, y, s, on):
        c.acroForm.checkbox(
            name=name,
            x=x,
            y=y,
            size=s,
            checked=on,
            buttonStyle="cross",
            borderWidth=0.5,
            fillColor=None,
        )

    def signature(self, c, x, y, w, h):
        img = signature_png(self.rng, 420, 150)
        b = io.BytesIO()
        img.save(b, "PNG")
        c.drawImage(ImageReader(io.BytesIO(b.getvalue())), x + 10, y + 6, w * 0.75, h * 0.8)


def fix_appearances(data: bytes) -> bytes:
    """reportlab ignores the comb flag when it writes appearance streams: redo them, one
    character per cell, as a PDF editor would."""
    pdf = pikepdf.open(io.BytesIO(data))
    for f in pdf.Root.AcroForm.Fields:
        if f.get("/FT") != "/Tx" or "/AP" not in f:
            continue
        v = str(f.get("/V", ""))
        r = [float(t) for t in f.Rect]
        w, h = r[2] - r[0], r[3] - r[1]
        ml = int(f.get("/MaxLen", 0))
        if int(f.get("/Ff", 0)) & (1 << 24) and ml and v:
            cw = w / ml
            ops = []
            for i, ch in enumerate(v):
                x = cw * (i + 0.5) - stringWidth(ch, "Helvetica", 9) / 2
                esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"1 0 0 1 {x:.2f} 4.6 Tm ({esc}) Tj")
            body = f"/Tx BMC q 0 0 {w:.2f} {h:.2f} re W n BT /Helv 9 Tf 0 g " + " ".join(ops)
            f.AP.N.write((body + " ET Q EMC").encode("latin-1"))
        elif v:
            f.AP.N.write(f.AP.N.read_bytes().replace(b"1 0 0 1 0 7 Tm", b"1 0 0 1 2.5 4.6 Tm"))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def make_filler(kind: str, rng: random.Random, **kw):
    return {"typed": Typed, "hand": Hand, "acro": Acro}[kind](rng, **kw)
