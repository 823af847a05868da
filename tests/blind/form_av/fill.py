"""Fill a print run of the form: by hand, typed, or as AcroForm fields."""

from __future__ import annotations

import io
import random

from reportlab.lib.colors import Color, black
from reportlab.pdfgen import canvas

import formlayout as fl
import pen as pn

TEXT_KEYS = [
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "naiss_commune",
    "naiss_pays",
    "nationalite",
    "adresse",
    "commune",
    "telephone",
    "email",
    "employeur",
    "autre_precision",
    "fait_a",
    "le",
]
ACRO_NAMES = {  # realistic field names of a fillable PDF
    "nom_naissance": "A_NomNaissance",
    "nom_usage": "A_NomUsage",
    "prenoms": "A_Prenoms",
    "naiss_commune": "A_LieuNaissCommune",
    "naiss_pays": "A_LieuNaissPays",
    "nationalite": "A_Nationalite",
    "adresse": "A_Adresse",
    "commune": "A_Commune",
    "telephone": "A_Tel",
    "email": "A_Courriel",
    "employeur": "B_Employeur",
    "autre_precision": "B_AutrePrecisez",
    "fait_a": "C_FaitA",
    "le": "C_Date",
    "naiss_j": "A_DateNaissJJ",
    "naiss_m": "A_DateNaissMM",
    "naiss_a": "A_DateNaissAAAA",
    "nir": "A_NIR",
    "nir_cle": "A_NIRCle",
    "code_postal": "A_CodePostal",
}


def comb_values(v: dict) -> dict:
    d = v["dob"]  # ISO
    nir = v.get("nir") or ""
    return {
        "naiss_j": d[8:10],
        "naiss_m": d[5:7],
        "naiss_a": d[:4],
        "nir": nir[:13],
        "nir_cle": nir[13:],
        "code_postal": v["code_postal"],
    }


def checks(v: dict) -> list[str]:
    out = ["sexe_" + v["sex"]] + list(v["situations"])
    if v.get("contract"):
        out.append(v["contract"])
    return out


def _typed(c, font, size, text, rect):
    x, y, w, h = rect
    c.setFillColor(black)
    while size > 6 and c.stringWidth(text, font, size) > w - 4:
        size -= 0.5
    c.setFont(font, size)
    c.drawString(x + 2, y + 3, text)


def _typed_comb(c, font, size, text, boxes):
    c.setFont(font, size)
    for ch, (bx, by, bw, _bh) in zip(text, boxes, strict=False):
        c.drawCentredString(bx + bw / 2, by + 3.5, ch)


def build(run_key: str, v: dict, way: str, rng: random.Random, hand: pn.Pen, sig_img=None) -> bytes:
    """Return a 2-page vector PDF of the filled form (page order 1, 2)."""
    run = fl.get_run(run_key)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(fl.W, fl.H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie - S1106")
    c.setAuthor("l'Assurance Maladie")
    fields: dict = {}
    combv = comb_values(v)
    ticks = checks(v)
    typed_font = v.get("typed_font", "Helvetica")
    for page, draw in ((1, fl.page1), (2, fl.page2)):
        draw(c, run, fields)
        for key, f in fields.items():
            if f["page"] != page:
                continue
            kind = f["kind"]
            by_hand = way == "hand" or (key in v.get("hand_keys", ()) and way != "acroform")
            if kind == "text":
                text = v.get(key) or ""
                if way in ("acroform", "acroform_printed") and not by_hand:
                    _acro_text(c, key, text, f["rect"], v)
                elif not text:
                    continue
                elif by_hand:
                    x, y, w, _h = f["rect"]
                    pn.write(c, hand, text, x + 3, y + 4, rng, max_w=w - 4)
                else:
                    _typed(c, typed_font, 10, text, f["rect"])
            elif kind == "comb":
                text = (
                    v.get(key)
                    if key in ("nom_naissance", "nom_usage", "prenoms")
                    else combv.get(key, "")
                )
                text = (text or "").upper()
                if way in ("acroform", "acroform_printed"):
                    _acro_comb(c, key, text, f["boxes"])
                elif not text:
                    continue
                elif way == "hand":
                    pn.write_comb(c, hand, text, f["boxes"], rng)
                else:
                    _typed_comb(
                        c, "Courier-Bold" if run_key == "A" else typed_font, 10, text, f["boxes"]
                    )
            elif kind == "check":
                on = key in ticks
                if way in ("acroform", "acroform_printed"):
                    x, y, w, _h = f["rect"]
                    c.acroForm.checkbox(
                        name="chk_" + key,
                        checked=on,
                        x=x,
                        y=y,
                        size=w,
                        buttonStyle="cross",
                        borderWidth=0.6,
                        fillColor=Color(1, 1, 1),
                        borderColor=black,
                        textColor=black,
                        fieldFlags="",
                    )
                elif on and way == "hand":
                    pn.tick(c, hand, f["rect"], rng, v.get("tick_style", "x"))
                elif on:
                    x, y, w, _h = f["rect"]
                    c.setFont("Helvetica-Bold", w * 1.05)
                    c.drawCentredString(x + w / 2, y + 1, "X")
            elif kind == "sig":
                if v["sig_mode"] == "signed" and sig_img is not None:
                    pn.draw_signature(c, sig_img, f["rect"])
                elif v["sig_mode"] == "stray":
                    pn.stray_mark(c, hand, f["rect"], rng)
        c.showPage()
    c.save()
    v["_fields"] = fields
    return buf.getvalue()


_BLUE = Color(0.86, 0.9, 1.0)


def _acro_text(c, key, text, rect, v):
    x, y, w, h = rect
    c.acroForm.textfield(
        name=ACRO_NAMES.get(key, key),
        value=text,
        x=x,
        y=y,
        width=w,
        height=max(h, 13),
        fontName="Helvetica",
        fontSize=9.5,
        borderWidth=0,
        fillColor=v.get("acro_bg", _BLUE),
        textColor=black,
        fieldFlags="",
        maxlen=200,
    )


def _acro_comb(c, key, text, boxes):
    """One single-character field per box, as many fillable cerfas do."""
    base = ACRO_NAMES.get(key, key)
    for i, (x, y, w, h) in enumerate(boxes):
        ch = text[i] if i < len(text) else ""
        c.acroForm.textfield(
            name=f"{base}_{i + 1:02d}",
            value=ch,
            x=x + 0.8,
            y=y + 0.8,
            width=w - 1.6,
            height=h - 1.6,
            fontName="Helvetica",
            fontSize=min(10, h * 0.6),
            borderWidth=0,
            fillColor=_BLUE,
            textColor=black,
            fieldFlags="",
            maxlen=1,
        )
