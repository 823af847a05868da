"""Putting values on the form: typed (reportlab), AcroForm fields, or by hand (PIL)."""

from __future__ import annotations

import io

import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.colors import Color, black
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import hand
import layout

BOX_KEYS_PREFIX = ("sexe_", "sit_", "ct_")


def typed_fill(values: dict, font="Courier", size=10.0, skip=()):
    """reportlab callback typing values into anchors (as typed on screen, then printed)."""

    def cb(c, page, anchors):
        c.setFillColor(black)
        for key, val in values.items():
            a = anchors.get(key)
            if a is None or a["page"] != page or key in skip or val in (None, "", False):
                continue
            if a["kind"] == "box":
                x, y, w, h = a["rect"]
                c.setFont("Helvetica-Bold", h * 1.05)
                c.drawCentredString(x + w / 2, y + h * 0.13, "X")
            elif a["kind"] == "comb":
                c.setFont(font, size)
                for ch, (x, y, w, h) in zip(val, a["cells"], strict=False):
                    c.drawCentredString(x + w / 2, y + h * 0.25, ch)
            elif a["kind"] == "line":
                x, y, w, h = a["rect"]
                c.setFont(font, size)
                c.drawString(x + 3, y + 2.5, val)

    return cb


def acro_fill(values: dict, sig: object | None, names: dict, with_comb: bool):
    """reportlab callback creating AcroForm fields (and pasting a signature image)."""

    def cb(c, page, anchors):
        form = c.acroForm
        for key, a in anchors.items():
            if a["page"] != page or key == "signature":
                continue
            fname = names.get(key, key)
            val = values.get(key)
            x, y, w, h = a["rect"]
            if a["kind"] == "box":
                form.checkbox(
                    name=fname,
                    x=x,
                    y=y,
                    size=w,
                    checked=bool(val),
                    buttonStyle="cross",
                    borderWidth=0.5,
                    fillColor=Color(1, 1, 1, 0),
                    borderColor=black,
                    tooltip=fname,
                )
                continue
            kw = {}
            if a["kind"] == "comb":
                kw["maxlen"] = len(a["cells"])
                if with_comb:
                    kw["fieldFlags"] = "comb"
                y, h = a["cells"][0][1], a["cells"][0][3]
            else:
                y, h = y - 2, h + 3
            form.textfield(
                name=fname,
                value=val or "",
                x=x,
                y=y,
                width=w,
                height=h,
                fontName="Helvetica",
                fontSize=9 if a["kind"] == "line" else 10,
                borderWidth=0,
                fillColor=Color(0.9, 0.93, 1.0, 0.4),
                textColor=black,
                forceBorder=False,
                tooltip=fname,
                **kw,
            )
        if page == 2 and sig is not None:
            img, rng = sig
            x, y, w, h = anchors["signature"]["rect"]
            sw = w * rng.uniform(0.5, 0.75)
            sh = sw * img.size[1] / img.size[0]
            b = io.BytesIO()
            img.save(b, "PNG")
            c.drawImage(
                ImageReader(io.BytesIO(b.getvalue())),
                x + w * rng.uniform(0.05, 0.3),
                y + (h - sh) * rng.uniform(0.2, 0.6),
                sw,
                sh,
                mask="auto",
            )

    return cb


def build_pdf(run: str, cb=None, title="S1106 - Demande d'ouverture des droits") -> tuple:
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=(layout.PW, layout.PH), invariant=1)
    c.setTitle(title)
    c.setAuthor("Assurance Maladie")
    anchors = layout.draw_form(c, run, cb)
    c.save()
    return b.getvalue(), anchors


def strip_appearances(pdf: bytes) -> bytes:
    """Drop text fields' appearance streams and ask viewers to regenerate them."""
    with pikepdf.open(io.BytesIO(pdf)) as p:
        for page in p.pages:
            for annot in page.get("/Annots", []):
                if annot.get("/FT") == "/Tx" and "/AP" in annot:
                    del annot["/AP"]
        p.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        p.save(out, deterministic_id=True)
        return out.getvalue()


def render(pdf: bytes, dpi: int) -> list:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]


def hand_fill(pages: list, anchors: dict, values: dict, pen: hand.Pen, rng, keys=None, mark="x"):
    """Handwrite values (or only `keys`) on rendered pages (PIL, pen.scale px per point)."""
    s = pen.scale
    for key, val in values.items():
        if keys is not None and key not in keys:
            continue
        a = anchors.get(key)
        if a is None or val in (None, "", False):
            continue
        img = pages[a["page"] - 1]
        if a["kind"] == "box":
            hand.mark_box(img, a["rect"], layout.PH, s, rng, pen.ink, mark)
        elif a["kind"] == "comb":
            pen.cells(img, val, a["cells"], layout.PH)
        elif a["kind"] == "line":
            x, y, w, h = a["rect"]
            size = 12.5 if key in ("fait_a", "date_signature") else 11.0
            pen.write(img, val, (x + rng.uniform(2, 10)) * s, (layout.PH - y - 2.5) * s, size)
