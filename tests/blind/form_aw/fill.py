"""Filling a print run: by hand, typed before printing, or as an AcroForm."""

from __future__ import annotations

import io
import random

import pikepdf
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

import pen as penmod
from form_layout import draw_blank

# AcroForm field names, as a fillable PDF made with a form designer would call them
ACRO_NAMES = {
    "nom_naissance": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "sexe_f": "SexeF",
    "sexe_m": "SexeM",
    "dob_jj": "DateNaissJJ",
    "dob_mm": "DateNaissMM",
    "dob_aaaa": "DateNaissAAAA",
    "lieu_naissance": "CommuneNaissance",
    "pays_naissance": "PaysNaissance",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "nir_cle": "CleNIR",
    "adresse": "Adresse",
    "code_postal": "CodePostal",
    "commune": "Commune",
    "telephone": "Telephone",
    "email": "Courriel",
    "emploi": "EmploiOccupe",
    "autre_precision": "AutreSituationPrecision",
    "fait_a": "FaitA",
    "date_signature": "DateSignature",
}
SKIP = {"recep", "pv_oui", "pv_non", "signature"}


def acro_name(key: str, prefix: str) -> str:
    if key in ACRO_NAMES:
        base = ACRO_NAMES[key]
    elif key.startswith("sit_"):
        base = "Situation_" + key[4:]
    else:
        base = "Contrat_" + key[8:].upper()
    return prefix + base + ("[0]" if prefix else "")


def _typed(c, font, size, field, text, color):
    c.setFillColor(color)
    w = pdfmetrics.stringWidth(text, font, size)
    if w > field["w"]:
        size *= field["w"] / w
    c.setFont(font, size)
    if field["kind"] == "comb":
        cell = field["cell"]
        for i, ch in enumerate(text[: field["n"]]):
            c.drawCentredString(field["x"] + (i + 0.5) * cell, field["y"] + field["h"] * 0.25, ch)
    else:
        c.drawString(field["x"], field["y"], text)


def _typed_tick(c, font, field, color):
    c.setFillColor(color)
    c.setFont(font, field["w"] * 1.05)
    c.drawCentredString(field["x"] + field["w"] / 2, field["y"] + field["w"] * 0.14, "X")


def _sign(c, spec, reg, rng, pen):
    box = reg["signature"]
    sig = spec["sig"]
    if sig == "sig":
        penmod.signature(c, pen, box, spec["given_first"], spec["surname_sig"], spec["sig_style"])
    elif sig in ("stray_dot", "stray_tick"):
        penmod.stray_mark(c, pen, box, sig[6:])


def fill_page(c, reg: dict, page: int, spec: dict, rng: random.Random, hand_pen, sig_pen):
    way = spec["fill"]
    vals = spec["values"]
    ticks = spec["ticks"]
    tfont, tsize = spec.get("type_font", ("LibSans", 10))
    tcol = Color(0, 0, 0)
    for key, field in reg.items():
        if field["page"] != page or key in SKIP:
            continue
        by_hand = way == "hand" or (key in ("date_signature", "fait_a") and spec["date_by_hand"])
        if way == "acroform" or (way == "acroform_printed" and not by_hand):
            continue  # handled as form fields
        if field["kind"] == "check":
            if key in ticks:
                if by_hand:
                    penmod.tick(c, hand_pen, field, spec["tick_style"])
                else:
                    _typed_tick(c, tfont, field, tcol)
            continue
        text = vals.get(key)
        if not text:
            continue
        if by_hand:
            late = key in ("date_signature", "fait_a") and way != "hand"
            p = sig_pen if late else hand_pen
            if field["kind"] == "comb":
                penmod.write_comb(c, p, field, text)
            else:
                penmod.write(c, p, field["x"], field["y"], text, max_w=field["w"])
        else:
            _typed(c, tfont, tsize, field, text, tcol)
    if page == 2 and not (way == "acroform" and spec["sig"] == "sig"):
        _sign(c, spec, reg, rng, sig_pen)


def add_acro_fields(c, reg: dict, page: int, spec: dict, rng: random.Random):
    af = c.acroForm
    prefix = spec.get("acro_prefix", "")
    vals, ticks = spec["values"], spec["ticks"]
    for key, field in reg.items():
        if field["page"] != page or key in SKIP:
            continue
        name = acro_name(key, prefix)
        if field["kind"] == "check":
            af.checkbox(
                name=name,
                x=field["x"],
                y=field["y"],
                size=field["w"],
                checked=key in ticks,
                buttonStyle=spec["acro_check"],
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                textColor=HexColor("#000000"),
                forceBorder=False,
            )
            continue
        value = vals.get(key) or ""
        kw = dict(
            name=name,
            value=value,
            x=field["x"] - 2,
            y=field["y"] - 3,
            width=field["w"],
            height=min(field["h"], 15) if field["kind"] == "text" else field["h"],
            borderWidth=0,
            fillColor=None,
            borderColor=None,
            textColor=HexColor("#000000"),
            fontName="Helvetica",
            fontSize=0 if field["kind"] == "text" else 10,
            forceBorder=False,
        )
        if field["kind"] == "comb":
            kw.update(x=field["x"], y=field["y"], fieldFlags="comb", maxlen=field["n"])
        af.textfield(**kw)


def build_pdf(spec: dict, rng: random.Random) -> bytes:
    """The filled form as a 2-page vector PDF (AcroForm for the two acroform ways)."""
    penmod.register_hand_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    c.setCreator(spec.get("creator", "Adobe InDesign 17.2"))
    hand_pen = penmod.Pen.random(rng, font=spec["hand_font"], ink=spec["ink"])
    sig_pen = penmod.Pen.random(rng, font=spec["sig_font"], ink=spec["ink"])
    if spec["fill"] != "hand":
        sig_pen = penmod.Pen.random(rng, font=spec["sig_font"], ink=spec["sig_ink"])
    d = None
    for page in (1, 2):
        d = draw_blank(c, spec["run"], page, d)
        if spec["fill"] in ("acroform", "acroform_printed"):
            add_acro_fields(c, d.reg, page, spec, rng)
        fill_page(c, d.reg, page, spec, rng, hand_pen, sig_pen)
        if page == 2 and spec["fill"] == "acroform" and spec["sig"] == "sig":
            box = d.reg["signature"]
            im = penmod.signature_png(
                rng, spec["given_first"], spec["surname_sig"], spec["sig_font"], spec["sig_ink"]
            )
            w = box["w"] * rng.uniform(0.5, 0.7)
            h = w * im.height / im.width
            h = min(h, box["h"] * 0.8)
            c.drawImage(
                ImageReader(im),
                box["x"] + box["w"] * 0.15,
                box["y"] + box["h"] * 0.12,
                w,
                h,
                mask="auto",
                preserveAspectRatio=True,
            )
        c.showPage()
    c.save()
    data = buf.getvalue()
    if spec["fill"] in ("acroform", "acroform_printed") and not spec.get("keep_ap", True):
        data = strip_appearances(data)
    return data


def strip_appearances(data: bytes) -> bytes:
    """Removes widget appearance streams and asks the viewer to rebuild them."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if "/AP" in annot and annot.get("/FT") == "/Tx":
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
