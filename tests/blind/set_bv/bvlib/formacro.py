"""AcroForm side of the cerfa: field names, comb appearances, pasted signature image."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

from .ink import hexcol, pil_signature


def sig_png(name, seed):
    im = Image.new("RGBA", (900, 330), (255, 255, 255, 0))
    pil_signature(ImageDraw.Draw(im), 40, 270, 760, name, seed, fill=(20, 30, 110, 255), width=6)
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return ImageReader(b)


def fix_comb_appearances(pdf_bytes: bytes) -> bytes:
    """Rewrite comb field appearances so that each character sits in its own cell."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for f in pdf.Root.AcroForm.Fields:
        if int(f.get("/Ff", 0)) & (1 << 24) and "/MaxLen" in f:
            n = int(f.MaxLen)
            x0, y0, x1, y1 = (float(v) for v in f.Rect)
            cw = (x1 - x0) / n
            val = str(f.get("/V", ""))
            ops = ["/Tx BMC", "q", "BT", "/Helv 10.5 Tf", "0 0 0 rg"]
            for i, ch in enumerate(val[:n]):
                w = pdfmetrics.stringWidth(ch, "Helvetica", 10.5)
                ops.append(f"1 0 0 1 {i * cw + (cw - w) / 2:.2f} {(y1 - y0) * 0.25:.2f} Tm")
                esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"({esc}) Tj")
            ops += ["ET", "Q", "EMC"]
            ap = f.AP.N
            ap.write(" ".join(ops).encode("latin-1"))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


FIELD_NAMES = {
    "nom": "NomNaissance",
    "usage": "NomUsage",
    "prenoms": "Prenoms",
    "dob": "DateNaissance",
    "pob_commune": "LieuNaissanceCommune",
    "pob_pays": "LieuNaissancePays",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "nir_key": "CleNIR",
    "caf": "NumAllocataire",
    "adresse": "Adresse1",
    "adresse2": "Adresse2",
    "cp": "CodePostal",
    "commune": "Commune",
    "tel": "Telephone",
    "email": "Courriel",
    "profession": "EmploiOccupe",
    "autre_txt": "AutreSituation",
    "fait_a": "FaitA",
    "le": "DateSignature",
}


def acro_fields(p, page_no, vals, boxes):
    form = p.c.acroForm
    for key, a in p.a.items():
        short = FIELD_NAMES.get(key, key)
        if key.startswith("sexe_"):
            short = "CaseSexe" + key[-1]
        elif key.startswith("sit_"):
            short = "CaseSituation_" + key[4:]
        elif key.startswith("ct_"):
            short = "CaseContrat_" + key[3:].replace("é", "e")
        name = f"topmostSubform[0].Page{page_no}[0].{short}[0]"
        if a["kind"] == "comb":
            runs = [[a["boxes"][0]]]
            for b in a["boxes"][1:]:
                prev = runs[-1][-1]
                if abs(b[0] - (prev[0] + prev[2])) > 0.5:
                    runs.append([b])
                else:
                    runs[-1].append(b)
            value = vals.get(key, "")
            pos = 0
            for k, run in enumerate(runs):
                part = value[pos : pos + len(run)]
                pos += len(run)
                nm = name if len(runs) == 1 else name[:-3] + f"[{k}]"
                form.textfield(
                    name=nm,
                    value=part,
                    x=run[0][0],
                    y=run[0][1],
                    width=run[-1][0] + run[-1][2] - run[0][0],
                    height=run[0][3],
                    maxlen=len(run),
                    fieldFlags="comb",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    fontName="Helvetica",
                    fontSize=10.5,
                    textColor=hexcol("#000000"),
                )
        elif a["kind"] == "line":
            form.textfield(
                name=name,
                value=vals.get(key, ""),
                x=a["x"],
                y=a["y"] + 1,
                width=a["w"],
                height=14,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                fontName="Helvetica",
                fontSize=10,
                textColor=hexcol("#000000"),
            )
        elif a["kind"] == "box":
            x, y, w, h = a["rect"]
            form.checkbox(
                name=name,
                checked=key in boxes,
                x=x,
                y=y,
                size=w,
                borderWidth=0,
                buttonStyle="cross",
                fillColor=None,
                borderColor=None,
                textColor=hexcol("#000000"),
            )
