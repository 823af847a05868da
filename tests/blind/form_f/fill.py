"""Putting values into the drawn form: by hand on a raster page, or typed into
the PDF page (as a PDF editor or a printed fillable form would show them)."""

from __future__ import annotations

import numpy as np
from PIL import Image
from reportlab.pdfbase import pdfmetrics

# isort: split
import hand
import layout

TEXT_FIELDS = [
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "caf",
    "adresse",
    "adresse2",
    "commune",
    "telephone",
    "email",
    "profession",
    "employeur",
    "activite_indep",
    "siret",
    "etablissement",
    "autre_precision",
]
COMB_FIELDS = ["date_naissance", "nir", "nir_cle", "code_postal"]
CHECKS = [
    "sexe_f",
    "sexe_m",
    "sit_salarie",
    "contrat_cdi",
    "contrat_cdd",
    "contrat_autre",
    "sit_independant",
    "sit_demandeur",
    "sit_etudiant",
    "sit_inactif",
    "sit_autre",
]
PAGE2 = ["fait_a", "date_signature"]


class HandPlan:
    """How one person writes."""

    def __init__(self, rng: np.random.Generator, caps_text: str):
        self.fk = hand.pick_font(rng, hand.CAPS_FONTS, caps_text)
        self.script = hand.pick_font(rng, hand.SCRIPT_FONTS + [self.fk], caps_text)
        self.slant = float(rng.uniform(-0.04, 0.22))
        self.size = float(rng.uniform(0.78, 0.95))
        self.jitter = float(rng.uniform(0.04, 0.08))
        self.ink = str(rng.choice(["blue", "blue", "bleu_nuit", "black", "blue_light"]))
        self.tick = str(rng.choice(["x", "x", "v", "v", "fill"]))
        self.outside = float(rng.uniform(0.0, 0.45))
        self.width_mm = float(rng.uniform(0.38, 0.55))


def hand_page(
    img: Image.Image,
    page: int,
    fields: dict,
    values: dict,
    checks: set,
    rng: np.random.Generator,
    dpi: float,
    plan: HandPlan,
    which: set | None = None,
    sig: dict | None = None,
    date_mode: str = "normal",
) -> Image.Image:
    """Write by hand the values of page ``page``. ``which`` limits the fields written
    (None = all). Returns the new image."""
    pen = hand.Pen(img, rng, ink=plan.ink, dpi=dpi, width_mm=plan.width_mm)
    ph = layout.H

    def want(name):
        return which is None or name in which

    for name, f in fields.items():
        if f["page"] != page or not want(name):
            continue
        kind = f["kind"]
        if kind == "text":
            val = values.get(name)
            if not val:
                continue
            x0, y0, x1, y1 = pen.rect_px(f["rect"], ph)
            h = y1 - y0
            size = h * plan.size * float(rng.uniform(0.93, 1.07))
            fk = plan.fk if hand.covers(plan.fk, val) else hand.pick_font(rng, hand.CAPS_FONTS, val)
            if name in ("email",) or (name == "date_signature" and not val[:1].isdigit()):
                fk = plan.script if hand.covers(plan.script, val) else fk
            xs = x0 + float(rng.uniform(0.01, 0.06)) * (x1 - x0) + 2
            base = y1 - h * float(rng.uniform(0.1, 0.24))
            pen.write(
                xs,
                base,
                val,
                size,
                fk,
                slant=plan.slant,
                jitter=plan.jitter,
                max_w=(x1 - xs) * 0.98,
                angle=float(rng.normal(0, 0.6)),
            )
            if name == "date_signature" and date_mode == "illegible":
                pen.scribble_out((xs - 4, base - h * 0.75, min(x1, xs + h * 5.5), base + h * 0.1))
        elif kind == "comb":
            val = values.get(name)
            if not val:
                continue
            for ch, box in zip(val, f["boxes"]):
                if ch == " ":
                    continue
                bx = pen.rect_px(box, ph)
                fk = plan.fk if hand.covers(plan.fk, ch) else "dkg"
                pen.write_in_box(bx, ch, fk, slant=plan.slant * 0.5)
        elif kind == "check":
            if name in checks:
                bx = pen.rect_px(f["rect"], ph)
                pen.tick(bx, plan.tick, outside=rng.random() < plan.outside)
        elif kind == "sig" and sig is not None:
            bx = pen.rect_px(f["rect"], ph)
            x0, y0, x1, y1 = bx
            k = sig.get("kind")
            if k == "hand":
                pen.signature(bx, sig["surname"], sig["given"], sig["style"])
            elif k == "dot":
                pen.dot(
                    x0 + (x1 - x0) * rng.uniform(0.3, 0.7),
                    y0 + (y1 - y0) * rng.uniform(0.45, 0.75),
                    pen.width * rng.uniform(0.8, 1.3),
                )
            elif k == "tick":
                cx = x0 + (x1 - x0) * rng.uniform(0.3, 0.65)
                cy = y0 + (y1 - y0) * rng.uniform(0.45, 0.7)
                ln = (y1 - y0) * rng.uniform(0.12, 0.2)
                pen.stroke([(cx, cy), (cx + ln * 0.6, cy - ln)], pen.width)
    return pen.finish()


# ---------------------------------------------------------------- typed values
def typed_hook(
    values: dict,
    checks: set,
    mode: str,
    font_key: str,
    size: float,
    rng,
    which: set | None = None,
    ink_hook=None,
):
    """Return a reportlab page hook writing typed values.

    mode 'field': like a filled then printed fillable PDF (text inside the boxes,
    comb characters centred); mode 'overlay': like a PDF editor's text tool
    (misaligned, dates typed with spaces, an 'X' typed over the boxes)."""
    fname = layout.type_font_name(font_key)
    offs = {}

    def want(name):
        return which is None or name in which

    def hook(form: layout.Form, page: int):
        c = form.c
        c.setFillColorRGB(0, 0, 0)
        for name, f in form.fields.items():
            if f["page"] != page or not want(name):
                continue
            kind = f["kind"]
            if name not in offs:
                offs[name] = (float(rng.uniform(-3, 6)), float(rng.uniform(-1.5, 2.5)))
            ox, oy = offs[name] if mode == "overlay" else (0.0, 0.0)
            if kind == "text" and values.get(name):
                x0, y0, x1, y1 = f["rect"]
                s = size
                val = values[name]
                while pdfmetrics.stringWidth(val, fname, s) > (x1 - x0 - 3) and s > 5:
                    s -= 0.5
                c.setFont(fname, s)
                c.drawString(x0 + 2 + ox, y0 + 2.5 + oy, val)
            elif kind == "comb" and values.get(name):
                val = values[name]
                if mode == "field":
                    c.setFont(fname, size + 1)
                    for ch, (bx0, by0, bx1, by1) in zip(val, f["boxes"]):
                        c.drawCentredString((bx0 + bx1) / 2, by0 + (by1 - by0) * 0.28, ch)
                else:
                    bx0, by0, bx1, by1 = f["boxes"][0]
                    txt = values.get(name + "_typed", val)
                    c.setFont(fname, size + 1)
                    c.drawString(bx0 + 1 + ox, by0 + 4 + oy, txt)
            elif kind == "check" and name in checks:
                x0, y0, x1, y1 = f["rect"]
                c.setFont(fname if mode == "overlay" else "Helvetica-Bold", (y1 - y0) * 1.05)
                c.drawCentredString((x0 + x1) / 2 + ox * 0.3, y0 + (y1 - y0) * 0.14 + oy * 0.3, "X")
        if ink_hook:
            ink_hook(form, page)

    return hook


def vector_signature(c, rect, rng, color=(0.08, 0.12, 0.45)):
    """A signature drawn as ink paths (e.g. Adobe 'Fill & Sign' with a mouse)."""
    x0, y0, x1, y1 = rect
    bw, bh = x1 - x0, y1 - y0
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(float(rng.uniform(1.0, 1.6)))
    c.setLineCap(1)
    c.setLineJoin(1)
    x = x0 + bw * float(rng.uniform(0.15, 0.3))
    base = y0 + bh * float(rng.uniform(0.3, 0.42))
    size = bh * float(rng.uniform(0.3, 0.42))
    n = int(rng.integers(5, 9))
    step = min(size * 0.55, (x1 - x - bw * 0.1) / (n + 2))
    t = np.linspace(0, n * 2 * np.pi, n * 24)
    amp = size * (0.9 - 0.5 * t / t[-1])
    r = step * 0.6
    xs = x + t / (2 * np.pi) * step + r * np.cos(t + np.pi) + r
    ys = base + amp * (0.5 + 0.5 * np.sin(t - np.pi / 2))
    xs = xs + (ys - base) * 0.3
    p = c.beginPath()
    p.moveTo(float(xs[0]), float(ys[0]))
    for a, b in zip(xs[1:], ys[1:]):
        p.lineTo(float(a), float(b))
    c.drawPath(p, stroke=1, fill=0)
    p = c.beginPath()
    p.moveTo(x - size * 0.3, base - size * 0.2)
    p.curveTo(
        x + bw * 0.2,
        base - size * 0.9,
        x + bw * 0.35,
        base + size * 0.3,
        float(xs[-1]) + step * 2,
        base + size * 0.5,
    )
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
