"""Filling the form: by hand on a print, typed then printed, or as an AcroForm PDF."""

import io

import numpy as np
import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.colors import Color, black, transparent
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

import ink
import layout

TEXT_FIELDS = (
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "adresse",
    "commune",
    "telephone",
    "email",
    "profession",
    "employeur",
    "autre_precision",
)
CAPS_FIELDS = {"nom_naissance", "nom_usage", "prenoms"}
XFA_NAMES = {
    "nom_naissance": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "sexe_f": "SexeF",
    "sexe_m": "SexeM",
    "date_naissance": "DateNaissance",
    "lieu_commune": "LieuNaissanceCommune",
    "lieu_pays": "LieuNaissancePays",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "nir_cle": "CleNIR",
    "adresse": "Adresse",
    "code_postal": "CodePostal",
    "commune": "Commune",
    "telephone": "Telephone",
    "email": "Courriel",
    "profession": "Profession",
    "employeur": "Employeur",
    "autre_precision": "AutrePrecision",
    "fait_a": "FaitA",
    "date_signature": "DateSignature",
}


def render(pdf_bytes, dpi, forms=False):
    """Rasterise a PDF into float32 RGB arrays (one per page)."""
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=dpi / 72.0, may_draw_forms=forms).to_pil().convert("RGB")
        out.append(np.asarray(pil, np.float32).copy())
    doc.close()
    return out


def comb_values(vals):
    return {
        "date_naissance": vals["dob"].replace("/", ""),
        "nir": vals.get("nir") or "",
        "nir_cle": vals.get("nir_cle") or "",
        "code_postal": vals["code_postal"],
    }


def _text_values(vals):
    tv = {k: vals.get(k) or "" for k in TEXT_FIELDS}
    tv["fait_a"] = vals.get("fait_a") or ""
    return tv


def fill_hand(pages, fields, vals, rng, scale, pen, caps_all):
    """Every value written with the pen; names in capitals, one per box where there are combs."""
    for name, txt in _text_values(vals).items():
        if not txt or name == "fait_a":
            continue
        f = fields[name]
        img = pages[f["page"] - 1]
        caps = caps_all or name in CAPS_FIELDS
        if f["kind"] == "comb":
            pen.comb(img, txt, f["cells"])
        else:
            pen.write_in(img, txt.upper() if caps and name != "email" else txt, f["rect"])
    for name, txt in comb_values(vals).items():
        if txt:
            pen.comb(pages[0], txt, fields[name]["cells"])
    kind = rng.choice(["cross", "check"])
    for t in vals["ticks"]:
        pen.tick(pages[0], fields[t]["rect"], kind)


def _typed_in(img, txt, rect, scale, font_key, size=10.0):
    x, y, w, h = rect
    f = ink.font(ink.TYPE_FONTS[font_key], size * scale)
    while f.getlength(txt) / scale > w - 4 and size > 6:
        size -= 0.5
        f = ink.font(ink.TYPE_FONTS[font_key], size * scale)
    ink.typed(img, txt, x + 3, y + h - 3.5, scale, font_key, size)


def fill_typed(pages, fields, vals, scale, font_key, typed_place=True):
    """Typed on a computer and printed (the applicant filled a Word/PDF copy before printing)."""
    for name, txt in _text_values(vals).items():
        if not txt or (name == "fait_a" and not typed_place):
            continue
        f = fields[name]
        img = pages[f["page"] - 1]
        if f["kind"] == "comb":
            for ch, (x, y, w, h) in zip(txt.upper(), f["cells"]):
                fk = ink.font(ink.TYPE_FONTS[font_key], h * 0.72 * scale)
                cw = fk.getlength(ch) / scale
                ink.typed(img, ch, x + (w - cw) / 2, y + h * 0.8, scale, font_key, h * 0.72)
        else:
            up = name in ("nom_naissance", "nom_usage")
            _typed_in(img, txt.upper() if up else txt, f["rect"], scale, font_key)
    for name, txt in comb_values(vals).items():
        for ch, (x, y, w, h) in zip(txt, fields[name]["cells"]):
            fk = ink.font(ink.TYPE_FONTS[font_key], h * 0.72 * scale)
            cw = fk.getlength(ch) / scale
            ink.typed(pages[0], ch, x + (w - cw) / 2, y + h * 0.8, scale, font_key, h * 0.72)
    for t in vals["ticks"]:
        x, y, w, h = fields[t]["rect"]
        fk = ink.font(ink.TYPE_FONTS[font_key], h * 0.95 * scale)
        cw = fk.getlength("X") / scale
        ink.typed(pages[0], "X", x + (w - cw) / 2, y + h * 0.88, scale, font_key, h * 0.95)


def handwrite_date_place(pages, fields, vals, pen, place=True, date=True):
    p2 = pages[1]
    if place and vals.get("fait_a"):
        pen.write_in(p2, vals["fait_a"], fields["fait_a"]["rect"])
    if date and vals.get("date_text"):
        pen.write_in(p2, vals["date_text"], fields["date_signature"]["rect"])


def sign_box(pages, fields, vals, rng, scale, sig):
    """sig: None (left empty), 'stray' (a dot or small tick), or a dict of signature style."""
    x, y, w, h = fields["signature"]["rect"]
    img = pages[1]
    if sig is None:
        return
    if sig == "stray":
        pen = ink.Pen(rng, scale, "dkg", rng.choice(["blue_ball", "black_ball"]))
        if rng.random() < 0.5:
            pen.dot(img, x + w * rng.uniform(0.3, 0.7), y + h * rng.uniform(0.4, 0.7), 1.3)
        else:
            cx, cy = x + w * rng.uniform(0.3, 0.6), y + h * rng.uniform(0.4, 0.6)
            pen.stroke(img, [(cx, cy), (cx + 2.5, cy + 3.5), (cx + 7, cy - 4)])
        return
    ink.sign(img, rng, scale, (x + 4, y + 4, w - 8, h - 8), sig["name"], sig["font"], sig["ink"])


# -- AcroForm ----------------------------------------------------------------------------------
def _field_name(name, naming, page):
    if naming == "xfa":
        return f"topmostSubform[0].Page{page}[0].{XFA_NAMES.get(name, name)}[0]"
    return name


def _groups(cells):
    out, cur = [], [cells[0]]
    for c in cells[1:]:
        if abs(c[0] - (cur[-1][0] + cur[-1][2])) < 0.5:
            cur.append(c)
        else:
            out.append(cur)
            cur = [c]
    out.append(cur)
    return out


def _add_fields(c, fields, page, vals, naming, tint):
    af = c.acroForm
    H = layout.PAGE_H
    bg = Color(0.86, 0.9, 1.0) if tint else transparent
    tv = _text_values(vals) if vals else {}
    tv["date_signature"] = (vals or {}).get("date_text") or ""
    cv = comb_values(vals) if vals else {}
    for name, f in fields.items():
        if f["page"] != page or name.startswith("_") or name == "signature":
            continue
        x, y, w, h = f["rect"]
        fname = _field_name(name, naming, page)
        if f["kind"] == "check":
            af.checkbox(
                name=fname,
                checked=name in vals["ticks"],
                buttonStyle="check",
                x=x,
                y=H - y - h,
                size=w,
                borderWidth=0,
                fillColor=bg,
                textColor=black,
                fieldFlags="",
            )
        elif f["kind"] == "comb":
            val = cv.get(name, "")
            if name in ("nom_naissance", "nom_usage", "prenoms"):
                val = tv.get(name, "").upper()
            pos = 0
            groups = _groups(f["cells"])
            for gi, g in enumerate(groups):
                part = val[pos : pos + len(g)]
                pos += len(g)
                gx, gy, gw = g[0][0], g[0][1], g[-1][0] + g[-1][2] - g[0][0]
                sfx = f"_{gi + 1}" if len(groups) > 1 else ""
                af.textfield(
                    name=fname + sfx,
                    value=part,
                    x=gx,
                    y=H - gy - g[0][3],
                    width=gw,
                    height=g[0][3],
                    borderWidth=0,
                    fillColor=transparent,
                    maxlen=len(g),
                    fieldFlags="comb",
                    fontName="Helvetica",
                    fontSize=9,
                )
        else:
            val = tv.get(name, "")
            if name in CAPS_FIELDS:
                val = val.upper()
            af.textfield(
                name=fname,
                value=val,
                x=x,
                y=H - y - h,
                width=w,
                height=h,
                borderWidth=0,
                fillColor=bg,
                fontName="Helvetica",
                fontSize=8 if len(val) > 36 else 9,
                maxlen=200,
            )


def acroform_pdf(
    run,
    vals,
    pages=(1, 2),
    naming="plain",
    tint=False,
    sig_png=None,
    appearances=True,
    title="S1106 - Demande d'ouverture des droits",
):
    """The fillable form with values; ``vals`` None gives an empty fillable form."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("CNAM")
    for page, fields in layout.draw_blank(c, run, pages):
        if vals is not None:
            _add_fields(c, fields, page, vals, naming, tint)
        if page == 2 and sig_png is not None:
            x, y, w, h = fields["signature"]["rect"]
            im = sig_png
            fit = min((w - 10) / im.width, (h - 10) / im.height)
            iw, ih = im.width * fit, im.height * fit
            c.drawImage(
                ImageReader(im),
                x + (w - iw) / 2,
                layout.PAGE_H - y - h + (h - ih) / 2,
                iw,
                ih,
                mask="auto",
            )
    c.save()
    return strip_appearances(buf.getvalue(), comb_only=appearances)


def strip_appearances(data, comb_only):
    """Remove text widget appearance streams (only the comb ones when ``comb_only``: reportlab
    does not space comb values) and ask viewers to regenerate them."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/Subtype") != "/Widget" or annot.get("/FT") != "/Tx":
                continue
            is_comb = int(annot.get("/Ff", 0)) & (1 << 24)
            if "/AP" in annot and (is_comb or not comb_only):
                del annot["/AP"]
    if "/AcroForm" in pdf.Root:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
