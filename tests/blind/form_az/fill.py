"""Filling the form: typed (reportlab), AcroForm fields, or by hand on the page raster."""

import io

import numpy as np
import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.colors import Color, black
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import forms
import hand

TYPED_FONTS = ["Helvetica", "Lib", "DejaVu", "Courier-TT"]


def blank_lays(run):
    """Layouts of both pages (drawn once on a throwaway canvas)."""
    c = canvas.Canvas(io.BytesIO(), pagesize=(forms.W, forms.H), invariant=1)
    l1 = forms.draw_page1(c, run)
    c.showPage()
    l2 = forms.draw_page2(c, run)
    return l1, l2


def value_items(v, lay1):
    """(layout key, text) pairs for page 1, text in the case it is written."""
    items = [
        ("surname", v["surname"]),
        ("usage_name", v["usage_name"] or ""),
        ("given_names", v["given_names"]),
        ("dob", v["dob_digits"]),
        ("birth_place", v["birth_place"]),
        ("birth_country", v["birth_country"]),
        ("nationality", v["nationality"]),
        ("nir", v["nir"] or ""),
        ("address", v["address"]),
        ("postcode", v["postcode"]),
        ("city", v["city"]),
        ("phone", v["phone"]),
        ("email", v["email"]),
    ]
    if v.get("job_title"):
        items.append(("job_title", v["job_title"]))
    if v.get("autre_text"):
        items.append(("autre_text", v["autre_text"]))
    return [(k, t) for k, t in items if t and k in lay1]


# ---------------------------------------------------------------- typed with reportlab
def _typed(c, f, size, spec, text):
    if spec["kind"] == "comb":
        for (bx, by, bw, bh), ch in zip(spec["boxes"], text, strict=False):
            c.setFont(f, min(size + 1, bh * 0.75))
            c.drawCentredString(bx + bw / 2, by + bh * 0.22, ch)
    else:
        s = size
        while c.stringWidth(text, f, s) > spec["w"] and s > 6:
            s -= 0.5
        c.setFont(f, s)
        c.drawString(spec["x"], spec["y"] + 1, text)


def typed_pdf(run, v, rng, typed_date=True, typed_place=True, acro_look=False):
    """Both pages with values typed in (what a screen-filled then printed form looks like)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(forms.W, forms.H), invariant=1)
    f = rng.choice(TYPED_FONTS)
    size = rng.choice([9.5, 10, 10.5, 11])
    if acro_look:  # a printed fillable PDF: the viewer's Helvetica, crosses drawn as lines
        f, size = "Helvetica", 10
    lay1 = forms.draw_page1(c, run)
    c.setFillColor(black)
    for k, t in value_items(v, lay1):
        _typed(c, f, size, lay1[k], t)
    for k in v["ticks"]:
        b = lay1[k]
        if acro_look:
            x, y, s = b["x"], b["y"], b["s"]
            c.line(x + 1, y + 1, x + s - 1, y + s - 1)
            c.line(x + 1, y + s - 1, x + s - 1, y + 1)
            continue
        c.setFont("Helvetica-Bold", b["s"] + 1)
        c.drawCentredString(b["x"] + b["s"] / 2, b["y"] + 1, "X")
    c.showPage()
    lay2 = forms.draw_page2(c, run)
    if typed_place:
        _typed(c, f, size, lay2["place"], v["place"])
    if typed_date and v["date_text"]:
        _typed(c, f, size, lay2["date"], v["date_text"])
    c.showPage()
    c.save()
    return buf.getvalue(), lay1, lay2


# ---------------------------------------------------------------- AcroForm
FIELD_NAMES = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "birth_place": "lieu_naissance_commune",
    "birth_country": "lieu_naissance_pays",
    "nationality": "nationalite",
    "address": "adresse",
    "postcode": "code_postal",
    "city": "commune",
    "phone": "telephone",
    "email": "courriel",
    "job_title": "emploi_occupe",
    "autre_text": "autre_situation_precisez",
}


def acro_pdf(run, v, rng, sig_png=None, strip_ap=False):
    """The fillable PDF with its values; optional pasted signature image."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(forms.W, forms.H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    form = c.acroForm
    fcol = Color(0.86, 0.9, 1.0)
    lay1 = forms.draw_page1(c, run)
    common = dict(borderWidth=0, fillColor=fcol, textColor=black, forceBorder=False)
    for k, t in value_items(v, lay1):
        spec = lay1[k]
        if spec["kind"] == "comb":
            bx = spec["boxes"]
            if k in ("dob", "nir"):
                groups = [(0, 2, "jour"), (2, 4, "mois"), (4, 8, "annee")]
                if k == "nir":
                    groups = [(0, 13, "numero"), (13, 15, "cle")]
                for a, b, nm in groups:
                    x0, y0 = bx[a][0], bx[a][1]
                    w = bx[b - 1][0] + bx[b - 1][2] - x0
                    form.textfield(
                        name=("date_naissance_" if k == "dob" else "nir_") + nm,
                        value=t[a:b],
                        x=x0 + 1,
                        y=y0 + 1,
                        width=w - 2,
                        height=bx[a][3] - 2,
                        fontName="Courier",
                        fontSize=10,
                        maxlen=b - a,
                        fieldFlags="comb",
                        **common,
                    )
                continue
            x0, y0 = bx[0][0], bx[0][1]
            w = bx[-1][0] + bx[-1][2] - x0
            form.textfield(
                name=FIELD_NAMES[k],
                value=t,
                x=x0,
                y=y0 + 1,
                width=w,
                height=bx[0][3] - 2,
                fontName="Courier",
                fontSize=10,
                maxlen=len(bx),
                fieldFlags="comb",
                **common,
            )
        else:
            form.textfield(
                name=FIELD_NAMES[k],
                value=t,
                x=spec["x"],
                y=spec["y"] - 3,
                width=spec["w"],
                height=13,
                fontName="Helvetica",
                fontSize=9,
                **common,
            )
    for key, spec in lay1.items():
        if spec["kind"] == "box":
            nm = key.replace("sit_", "situation_").replace("ct_", "contrat_")
            form.checkbox(
                name=nm.replace("sex_", "sexe_"),
                checked=key in v["ticks"],
                x=spec["x"],
                y=spec["y"],
                size=spec["s"],
                buttonStyle="cross",
                borderWidth=0.5,
                fillColor=fcol,
                textColor=black,
            )
    c.showPage()
    lay2 = forms.draw_page2(c, run)
    for key, name, val in (
        ("place", "fait_a", v["place"]),
        ("date", "date_signature", v["date_text"] or ""),
    ):
        spec = lay2[key]
        form.textfield(
            name=name,
            value=val,
            x=spec["x"],
            y=spec["y"] - 3,
            width=spec["w"],
            height=13,
            fontName="Helvetica",
            fontSize=10,
            **common,
        )
    if sig_png is not None:
        r = lay2["sig"]
        w = r["w"] * rng.uniform(0.45, 0.65)
        h = w * sig_png.height / sig_png.width
        if h > r["h"] * 0.8:
            h = r["h"] * 0.8
            w = h * sig_png.width / sig_png.height
        c.drawImage(
            ImageReader(sig_png),
            r["x"] + rng.uniform(0.08, 0.4) * (r["w"] - w) + 10,
            r["y"] + rng.uniform(2, max(3, r["h"] - h - 4)),
            w,
            h,
            mask="auto",
        )
    c.showPage()
    c.save()
    data = buf.getvalue()
    if strip_ap:
        data = _strip_appearances(data)
    return data, lay1, lay2


def _strip_appearances(data):
    """Remove widget appearance streams and ask viewers to rebuild them."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/Subtype") == "/Widget" and "/FT" in annot and annot.FT == "/Tx":
                if "/AP" in annot:
                    del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# ---------------------------------------------------------------- raster
def rasterize(data, dpi):
    pdf = pdfium.PdfDocument(data)
    pages = []
    for i in range(len(pdf)):
        bm = pdf[i].render(scale=dpi / 72.0)
        pages.append(np.array(bm.to_pil().convert("RGB")))
    pdf.close()
    return pages


def hand_page1(page, dpi, lay1, v, rng, font_key, ink):
    pen = hand.Pen(page, dpi, font_key, ink, rng, slant=rng.uniform(-3, 3))
    for k, t in value_items(v, lay1):
        spec = lay1[k]
        if spec["kind"] == "comb":
            pen.comb(spec["boxes"], t)
        else:
            size = pen.fit_size(t, spec["w"] * 0.95, rng.uniform(10.5, 12.5))
            pen.text(spec["x"] + rng.uniform(2, 12), spec["y"] + rng.uniform(0, 2), t, size)
    style = rng.choice(["cross", "check"])
    for k in v["ticks"]:
        pen.tick(lay1[k], style)


def hand_page2(page, dpi, lay2, v, rng, font_key, ink, place=True, date=True, sig="sign"):
    pen = hand.Pen(page, dpi, font_key, ink, rng, slant=rng.uniform(-3, 3))
    if place:
        s = lay2["place"]
        pen.text(s["x"] + rng.uniform(3, 15), s["y"] + 1, v["place"], rng.uniform(11, 13))
    if date and v["date_text"]:
        s = lay2["date"]
        pen.text(s["x"] + rng.uniform(2, 10), s["y"] + 1, v["date_text"], rng.uniform(11, 13))
    r = lay2["sig"]
    if sig == "sign":
        hand.draw_signature(pen, r, v["sig_name"], rng)
    elif sig == "stray":
        x = r["x"] + r["w"] * rng.uniform(0.3, 0.7)
        y = r["y"] + r["h"] * rng.uniform(0.25, 0.6)
        if rng.random() < 0.5:
            pen.polyline([(x, y), (x + 1.2, y + 0.8), (x + 0.4, y + 1.6)], width_pt=2.2)
        else:
            pen.polyline([(x, y + 3), (x + 2.5, y), (x + 7, y + 7)], width_pt=1.1)
