"""Putting values on the form: typed text, AcroForm fields, or handwriting on the image."""

from __future__ import annotations

import random

import hand
from layout import H
from PIL import Image
from reportlab.lib.colors import Color, black, white
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

TYPED_FONTS = ["LibSans", "DejaVu", "Mono", "Carlito"]


def text_values(v: dict) -> dict:
    """Values for the one-line text fields, keyed by field name."""
    return {
        "nom": v["nom"],
        "nom_usage": v["nom_usage"],
        "prenoms": v["prenoms"],
        "lieu_commune": v["lieu_commune"],
        "lieu_pays": v["lieu_pays"],
        "nationalite": v["nationalite"],
        "adresse": v["adresse"],
        "commune": v["commune"],
        "tel": v["tel"],
        "email": v["email"],
        "profession": v["profession"],
        "autre_txt": v["autre_txt"],
        "fait_a": v["fait_a"],
        "le": v["le"],
    }


def comb_values(v: dict) -> dict:
    return {"dob": v["dob_comb"], "nir": v["nir13"], "cle": v["nir_key"], "cp": v["cp"]}


# ---- typed on screen, then printed ------------------------------------------------------------
def typed_filler(v: dict, rng: random.Random, skip: set[str]):
    """A fill callback for layout.build_pdf that types the values (word processor / PDF editor)."""
    fname = rng.choice(TYPED_FONTS)
    size = rng.uniform(9, 10.5)
    texts = text_values(v)
    combs = comb_values(v)

    def fill(d, page):
        c = d.c
        c.setFillColor(black)
        for name, (pg, x, y, w, h) in d.geo["fields"].items():
            val = texts.get(name) or ""
            if pg != page or not val or name in skip:
                continue
            s = size
            while pdfmetrics.stringWidth(val, fname, s) > w - 4 and s > 6:
                s -= 0.5
            c.setFont(fname, s)
            c.drawString(x + 3, y + 2.5, val)
        for name, (pg, boxes) in d.geo["combs"].items():
            val = combs.get(name) or ""
            if pg != page:
                continue
            for ch, (bx, by, bw, bh) in zip(val, boxes):
                c.setFont(fname, bw * 0.75)
                cw = pdfmetrics.stringWidth(ch, fname, bw * 0.75)
                c.drawString(bx + (bw - cw) / 2, by + bh * 0.22, ch)
        for name in v["ticks"]:
            pg, x, y, s = d.geo["checks"][name]
            if pg == page:
                c.setFont("LibSans", s * 1.1)
                c.drawString(x + s * 0.15, y + s * 0.15, "X")

    return fill


# ---- the fillable PDF ----------------------------------------------------------------------
ACRO_NAMES = {
    "nom": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "lieu_commune": "LieuNaissCommune",
    "lieu_pays": "LieuNaissPays",
    "nationalite": "Nationalite",
    "adresse": "Adresse",
    "commune": "Commune",
    "tel": "Telephone",
    "email": "Courriel",
    "caf": "NumAllocataire",
    "profession": "Profession",
    "autre_txt": "AutreSituation",
    "fait_a": "FaitA",
    "le": "DateSignature",
    "dob": "DateNaiss",
    "nir": "NIR",
    "cle": "CleNIR",
    "cp": "CodePostal",
}
ACRO_CHECKS = {
    "sexe_F": "Sexe_F",
    "sexe_M": "Sexe_M",
    "salarie": "Sit_Salarie",
    "independant": "Sit_NonSalarie",
    "demandeur_emploi": "Sit_DemandeurEmploi",
    "etudiant": "Sit_Etudiant",
    "sans_activite": "Sit_SansActivite",
    "autre": "Sit_Autre",
    "cdi": "Contrat_CDI",
    "cdd": "Contrat_CDD",
    "interim": "Contrat_Interim",
    "contrat_autre": "Contrat_Autre",
}


def acro_filler(v: dict, rng: random.Random, sig: Image.Image | None):
    """A fill callback adding AcroForm fields with the values (comb boxes one field each)."""
    texts = text_values(v)
    combs = comb_values(v)
    size = rng.choice([9, 10, 11])
    style = rng.choice(["cross", "check"])
    none = Color(1, 1, 1, alpha=0)

    def fill(d, page):
        form = d.c.acroForm
        for name, (pg, x, y, w, h) in d.geo["fields"].items():
            if pg != page:
                continue
            form.textfield(
                name=ACRO_NAMES[name],
                value=texts.get(name) or "",
                x=x,
                y=y - 1,
                width=w,
                height=h + 2,
                fontName="Helvetica",
                fontSize=size,
                borderWidth=0,
                fillColor=none,
                borderColor=none,
                textColor=black,
                maxlen=120,
            )
        for name, (pg, boxes) in d.geo["combs"].items():
            if pg != page:
                continue
            val = combs.get(name) or ""
            for i, (bx, by, bw, bh) in enumerate(boxes):
                form.textfield(
                    name=f"{ACRO_NAMES[name]}_{i + 1}",
                    value=val[i] if i < len(val) else "",
                    x=bx + 0.8,
                    y=by + 0.8,
                    width=bw - 1.6,
                    height=bh - 1.6,
                    fontName="Helvetica",
                    fontSize=bw * 0.62,
                    borderWidth=0,
                    fillColor=none,
                    borderColor=none,
                    textColor=black,
                    maxlen=1,
                )
        for name, (pg, x, y, s) in d.geo["checks"].items():
            if pg != page:
                continue
            form.checkbox(
                name=ACRO_CHECKS[name],
                checked=name in v["ticks"],
                buttonStyle=style,
                x=x + 0.5,
                y=y + 0.5,
                size=s - 1,
                borderWidth=0,
                fillColor=white,
                borderColor=none,
                textColor=black,
            )
        if page == 2 and sig is not None:
            pg, x, y, w, h = d.geo["sig"]
            iw, ih = sig.size
            dw = w * rng.uniform(0.5, 0.75)
            dh = dw * ih / iw
            if dh > h * 0.8:
                dh = h * 0.8
                dw = dh * iw / ih
            d.c.drawImage(
                ImageReader(sig),
                x + rng.uniform(0.08, 0.95) * (w - dw),
                y + rng.uniform(0.15, 0.85) * (h - dh),
                dw,
                dh,
                mask="auto",
            )

    return fill


# ---- handwriting on the rendered page ------------------------------------------------------
def _paste(img: Image.Image, glyph: Image.Image, x: float, y: float):
    img.paste(glyph, (int(x), int(y)), glyph)


def to_px(k: float, x: float, y: float) -> tuple[float, float]:
    """PDF points (origin bottom-left) to pixels (origin top-left)."""
    return x * k, (H - y) * k


def write_field(img, pen: hand.Pen, k, rect, text, rng, size_pt=None):
    _, x, y, w, h = rect
    size_pt = size_pt or min(13.5, h * 1.1) * rng.uniform(0.92, 1.08)
    g = pen.text_image(text, size_pt)
    g = g.crop(g.getbbox() or (0, 0, 1, 1))
    maxw = w * k * 0.97
    if g.size[0] > maxw:
        g = g.resize((int(maxw), max(1, int(g.size[1] * maxw / g.size[0]))), Image.LANCZOS)
    px, py = to_px(k, x, y)
    ox = px + rng.uniform(0.01, 0.08) * (w * k - g.size[0]) + 4
    oy = py - g.size[1] - rng.uniform(1, 4) * k * 0.4 + h * k * 0.18
    _paste(img, g, ox, oy)


def write_comb(img, pen, k, boxes, text, rng):
    for ch, (bx, by, bw, bh) in zip(text, boxes):
        if not ch.strip():
            continue
        g = pen.char_in_box(ch, bw * k)
        px, py = to_px(k, bx, by + bh)
        ox = px + (bw * k - g.size[0]) / 2 + rng.gauss(0, bw * k * 0.05)
        oy = py + (bh * k - g.size[1]) / 2 + rng.gauss(0, bh * k * 0.05)
        _paste(img, g, ox, oy)


def write_tick(img, pen, k, rect, rng, kind):
    _, x, y, s = rect
    g = pen.tick(s * k, kind)
    px, py = to_px(k, x, y + s)
    off = (s * k - g.size[0]) / 2
    _paste(img, g, px + off + rng.gauss(0, s * k * 0.06), py + off + rng.gauss(0, s * k * 0.06))


def hand_fill(img, geo, v, pen, k, rng, page, only=None):
    """Write the values of `page` by hand; `only` limits to some field names."""
    texts = text_values(v)
    combs = comb_values(v)
    kind = rng.choice(["x", "x", "tick"])
    for name, rect in geo["fields"].items():
        if rect[0] != page or (only is not None and name not in only):
            continue
        val = texts.get(name) or ""
        if val:
            write_field(img, pen, k, rect, val, rng)
    for name, (pg, boxes) in geo["combs"].items():
        if pg != page or (only is not None and name not in only):
            continue
        write_comb(img, pen, k, boxes, combs.get(name) or "", rng)
    for name in v["ticks"]:
        rect = geo["checks"][name]
        if rect[0] == page and (only is None or name in only):
            write_tick(img, pen, k, rect, rng, kind)


def sign(img, geo, k, rng, sig: Image.Image):
    """Paste a handwritten signature in the signature box (it may spill over the frame)."""
    _, x, y, w, h = geo["sig"]
    bw, bh = w * k, h * k
    g = sig
    if g.size[1] > bh * 0.95:
        f = bh * 0.95 / g.size[1]
        g = g.resize((max(1, int(g.size[0] * f)), int(g.size[1] * f)), Image.LANCZOS)
    px, py = to_px(k, x, y + h)
    ox = px + rng.uniform(0.05, 0.9) * max(1, bw - g.size[0])
    oy = py + rng.uniform(0.1, 0.9) * max(1, bh - g.size[1])
    _paste(img, g, ox, oy)


def mark(img, geo, k, rng, m: Image.Image):
    _, x, y, w, h = geo["sig"]
    px, py = to_px(k, x, y + h)
    _paste(img, m, px + rng.uniform(0.2, 0.8) * w * k, py + rng.uniform(0.3, 0.7) * h * k)
