"""Typing values into the PDF (as a PDF viewer's typewriter tool does) and AcroForm fields."""

from __future__ import annotations

import io
import unicodedata

import pikepdf
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

ACRO_NAMES = {
    "nom": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "dob": "DateNaissance",
    "lieu_commune": "LieuNaissanceCommune",
    "lieu_pays": "LieuNaissancePays",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "nir_cle": "CleNIR",
    "adresse": "Adresse",
    "cp": "CodePostal",
    "commune": "Commune",
    "tel": "Telephone",
    "email": "Courriel",
    "emploi": "EmploiOccupe",
    "employeur": "Employeur",
    "autre_precision": "AutreSituationPrecision",
    "fait_a": "FaitA",
    "date_sig": "DateSignature",
    "sexe_F": "SexeF",
    "sexe_M": "SexeM",
    "sit_salarie": "SituationSalarie",
    "sit_independant": "SituationIndependant",
    "sit_demandeur": "SituationDemandeurEmploi",
    "sit_etudiant": "SituationEtudiant",
    "sit_sans_activite": "SituationSansActivite",
    "sit_autre": "SituationAutre",
    "ct_CDI": "ContratCDI",
    "ct_CDD": "ContratCDD",
    "ct_interim": "ContratInterim",
    "ct_autre": "ContratAutre",
}


def typed(s: str) -> str:
    """What a French keyboard user types into a PDF: letters outside cp1252 lose accents."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFD", ch)[0])
    return "".join(out)


def _groups(a: dict) -> list[tuple[float, int]]:
    """Split comb cells into runs of adjacent cells: (left x, count)."""
    cw, res = a["cw"], []
    for cx in a["cells"]:
        if res and abs(cx - (res[-1][0] + cw * res[-1][1] + cw / 2)) < 0.5:
            res[-1] = (res[-1][0], res[-1][1] + 1)
        else:
            res.append((cx - cw / 2, 1))
    return res


def typed_overlay(vals: dict, font: str, size: float):
    def ov(c, page, anchors):
        c.setFont(font, size)
        c.setFillColorRGB(0, 0, 0)
        for k, s in vals.items():
            a = anchors.get(k)
            if not a or a["page"] != page or "cells" not in a:
                continue
            s = typed(s)
            if a["cells"]:
                for ch, cx in zip(s, a["cells"]):
                    c.drawCentredString(cx, a["y"], ch)
            else:
                c.drawString(a["x"], a["y"], s)
        for k in vals.get("_ticks", []):
            a = anchors[k]
            if a["page"] == page:
                c.drawCentredString(a["x"] + a["s"] / 2, a["y"] + 1.2, "X")

    return ov


def acro_overlay(vals: dict, ticks: list, run: int, sig_png: Image.Image | None):
    def name(k):
        base = ACRO_NAMES[k]
        return f"{base}[0]" if run == 1 else base

    def ov(c, page, anchors):
        af = c.acroForm
        for k, a in anchors.items():
            if a["page"] != page or k == "signature":
                continue
            if "s" in a:  # a checkbox
                if k not in ACRO_NAMES:
                    continue
                af.checkbox(
                    name=name(k),
                    checked=k in ticks,
                    x=a["x"],
                    y=a["y"],
                    size=a["s"],
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    shape="square",
                )
                continue
            s = typed(vals.get(k, ""))
            if a["cells"]:
                pos = 0
                for gi, (gx, n) in enumerate(_groups(a)):
                    nm = name(k) if len(_groups(a)) == 1 else f"{name(k)}_{gi + 1}"
                    af.textfield(
                        name=nm,
                        value=s[pos : pos + n],
                        x=gx,
                        y=a["y"] - 3,
                        width=n * a["cw"],
                        height=a["h"] * 0.9,
                        maxlen=n,
                        fieldFlags="comb",
                        borderWidth=0,
                        fillColor=None,
                        borderColor=None,
                        fontName="Helvetica",
                        fontSize=10,
                    )
                    pos += n
            else:
                af.textfield(
                    name=name(k),
                    value=s,
                    x=a["x"] - 2,
                    y=a["y"] - 4,
                    width=a["w"],
                    height=a["h"],
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                    maxlen=120,
                )
        if page == 2 and sig_png is not None:
            a = anchors["signature"]
            iw, ih = sig_png.size
            w = a["w"] * 0.7
            h = w * ih / iw
            if h > a["h"] * 0.75:
                h = a["h"] * 0.75
                w = h * iw / ih
            buf = io.BytesIO()
            sig_png.save(buf, "PNG")
            buf.seek(0)
            c.drawImage(
                ImageReader(buf),
                a["x"] + (a["w"] - w) / 2,
                a["y"] + (a["h"] - h) / 2,
                w,
                h,
                mask="auto",
            )

    return ov


def comb_appearances(pdf: bytes) -> bytes:
    """Rebuild the appearance of comb fields with one character per cell, as Acrobat does."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for annot in page.get("/Annots", []):
                if annot.get("/FT") != pikepdf.Name.Tx or not int(annot.get("/Ff", 0)) & 1 << 24:
                    continue
                value = str(annot.get("/V", ""))
                box = [float(v) for v in annot.AP.N.BBox]
                cw = box[2] / int(annot.MaxLen)
                ops = [b"/Tx BMC q BT /Helv 10 Tf .1 .1 .1 rg"]
                for i, ch in enumerate(value):
                    x = i * cw + (cw - pdfmetrics.stringWidth(ch, "Helvetica", 10)) / 2
                    raw = ch.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
                    raw = raw.replace(b")", b"\\)")
                    ops.append(b"1 0 0 1 %.2f 1.6 Tm (%s) Tj" % (x, raw))
                ops.append(b"ET Q EMC")
                annot.AP.N.write(b"\n".join(ops))
        out = io.BytesIO()
        doc.save(out, deterministic_id=True)
        return out.getvalue()


def strip_appearances(pdf: bytes) -> bytes:
    """Remove text-field appearance streams (the viewer must rebuild them)."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for annot in page.get("/Annots", []):
                if annot.get("/FT") == pikepdf.Name.Tx and "/AP" in annot:
                    del annot["/AP"]
        doc.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        doc.save(out, deterministic_id=True)
        return out.getvalue()
