"""Blind set form_as: 16 filled cerfa 15763*02 application forms.

Usage: generate.py OUT_DIR
"""

import io
import json
import random
import shutil
import sys
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.colors import Color, black
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

import degrade
import form_layout as fl
import hand
from cases import DEFECTS, FORM_STATUS, FORMS

DPI = 200
SCALE = DPI / 72.0
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}


def iso_to_comb(iso):
    y, m, d = iso.split("-")
    return d + m + y


def contract_key(ct):
    return "ct_" + ct.lower().replace("é", "e")


def text_values(f):
    """Field name -> text written in it (line and comb fields)."""
    v = {
        "nom_naissance": f["surname"],
        "nom_usage": f["usage"] or "",
        "prenoms": f["given"],
        "date_naissance": iso_to_comb(f["dob"]),
        "lieu_naissance": f["birth_town"],
        "pays_naissance": f["birth_country"],
        "nationalite": f["nationality"],
        "nir": f["nir"] or "",
        "adresse": f["address"],
        "code_postal": f["cp"],
        "commune": f["town"],
        "telephone": f["phone"],
        "email": f["email"],
        "profession": f.get("profession", ""),
        "autre_precision": f.get("other_text", ""),
        "fait_a": f["place"],
        "date_sig": f["date_text"] or "",
    }
    if f["fill"] == "hand" and f["case"] == "date_words":
        v["date_sig"] = f["date_text"]
    return v


def ticked(f):
    names = ["sexe_" + f["sex"]] + ["sit_" + s for s in f["situation"]]
    if "salarie" in f["situation"] and f.get("contract"):
        names.append(contract_key(f["contract"]))
    return names


# --------------------------------------------------------------------------- PDF side
def _typed_overlay(c, geo, f, font, size, check_glyph, skip):
    vals = text_values(f)
    c.setFillColor(black)
    for name, g in geo.items():
        if name in skip:
            continue
        if g["kind"] == "line" and vals.get(name):
            x, y, w, h = g["rect"]
            s = size
            while pdfmetrics.stringWidth(vals[name], font, s) > w - 4 and s > 6:
                s -= 0.5
            c.setFont(font, s)
            c.drawString(x + 3, y + 3.5, vals[name])
        elif g["kind"] == "comb" and vals.get(name):
            c.setFont(font, size + 1)
            for (x, y, w, h), ch in zip(g["cells"], vals[name], strict=False):
                c.drawCentredString(x + w / 2, y + h * 0.25, ch)
        elif g["kind"] == "box" and name in ticked(f):
            x, y, w, h = g["rect"]
            if check_glyph:
                c.setLineWidth(1.3)
                p = c.beginPath()
                p.moveTo(x + w * 0.18, y + h * 0.5)
                p.lineTo(x + w * 0.42, y + h * 0.2)
                p.lineTo(x + w * 0.85, y + h * 0.85)
                c.drawPath(p, stroke=1, fill=0)
            else:
                c.setFont(font, w * 1.05)
                c.drawCentredString(x + w / 2, y + w * 0.12, "X")


def _acro_fields(c, geo, f, page, prefix, rng):
    vals = text_values(f)
    form = c.acroForm
    size = rng.choice((9, 10, 11))
    for name, g in geo.items():
        fname = f"{prefix}{page}[0].{name}[0]" if prefix else name
        if g["kind"] == "line":
            x, y, w, h = g["rect"]
            form.textfield(
                name=fname,
                value=vals.get(name, ""),
                x=x,
                y=y,
                width=w,
                height=h,
                borderWidth=0,
                fillColor=Color(0.87, 0.91, 1.0),
                fontName="Helvetica",
                fontSize=size,
            )
        elif g["kind"] == "comb":
            value = vals.get(name, "")
            for i, (x, y, w, h) in enumerate(g["cells"]):
                form.textfield(
                    name=f"{prefix}{page}[0].{name}[{i}]" if prefix else f"{name}_{i + 1}",
                    value=value[i] if i < len(value) else "",
                    x=x + 0.5,
                    y=y + 0.5,
                    width=w - 1,
                    height=h - 1,
                    maxlen=1,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                )
        elif g["kind"] == "box" and not name.startswith("org_"):
            x, y, w, h = g["rect"]
            form.checkbox(
                name=fname,
                x=x,
                y=y,
                size=w,
                checked=name in ticked(f),
                buttonStyle="check",
                borderWidth=0.5,
                fillColor=Color(0.87, 0.91, 1.0),
            )


def build_pdf(f, rng):
    """The form as a PDF (blank, typed or AcroForm); returns (bytes, geometries)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(fl.PAGE_W, fl.PAGE_H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    geos = []
    sig_name = f"{f['given'].split()[0]} {f['surname']}"
    typed_font = rng.choice(("Helvetica", "LibSans", "Courier", "DVSansCond"))
    for page in (1, 2):
        geo = fl.draw_page(c, page, f["run"])
        geos.append(geo)
        if f["fill"] == "typed_print":
            skip = {"date_sig"} if f.get("hand_date") else set()
            _typed_overlay(c, geo, f, typed_font, 10.5, False, skip)
        elif f["fill"] == "acroform_printed":
            _typed_overlay(c, geo, f, "Helvetica", 9.5, True, set())
        elif f["fill"] == "acroform":
            _acro_fields(c, geo, f, page, f.get("prefix", "topmostSubform[0].Page"), rng)
            if page == 2 and f["case"] not in ("unsigned", "label_only", "stray_mark"):
                x, y, w, h = geo["signature"]["rect"]
                png = hand.signature_png(rng, sig_name)
                out = io.BytesIO()
                png.save(out, "PNG")
                iw = w * 0.8
                c.drawImage(
                    ImageReader(io.BytesIO(out.getvalue())),
                    x + w * 0.1,
                    y + h * 0.08,
                    width=iw,
                    height=iw * png.height / png.width,
                    mask="auto",
                )
        c.showPage()
    c.save()
    data = buf.getvalue()
    if f["fill"] == "acroform" and not f.get("appearance", True):
        data = strip_appearances(data)
    return data, geos


def strip_appearances(data):
    """Drop the widgets' appearance streams and ask viewers to regenerate them."""
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


def rasterize(data):
    doc = pdfium.PdfDocument(data)
    imgs = [doc[i].render(scale=SCALE).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return imgs


# --------------------------------------------------------------------------- ink side
def px_rect(rect):
    x, y, w, h = rect
    return (x * SCALE, (fl.PAGE_H - y - h) * SCALE, w * SCALE, h * SCALE)


def hand_fill(imgs, geos, f, rng):
    """Write every value by hand (fill way `hand`) or only sign/date (printed fills)."""
    ink_color = hand.INKS[rng.choice(list(hand.INKS))]
    inks = [hand.new_ink(im) for im in imgs]
    key = rng.choice(("breip", "dkg", "breip", "dkg_it"))
    pen = hand.Pen(rng, key, rng.uniform(14.5, 17) * SCALE, jitter=1.0)
    vals = text_values(f)
    width = rng.uniform(2.6, 3.6)
    tick_style = rng.choice(("cross", "check", "cross"))
    full = f["fill"] == "hand"
    for pi, geo in enumerate(geos):
        ink = inks[pi]
        for name, g in geo.items():
            if name in ("signature",):
                continue
            handwritten = full or (name == "date_sig" and f.get("hand_date"))
            if not handwritten:
                continue
            if g["kind"] == "line" and vals.get(name):
                x, y, w, h = px_rect(g["rect"])
                text = vals[name]
                size = min(pen.size, h * 1.05)
                while hand.font(key, size).getlength(text) > w * 0.95 and size > 14:
                    size *= 0.92
                old, pen.size = pen.size, size
                pen.write(ink, x + rng.uniform(4, 14), y + h * 0.86, text)
                pen.size = old
            elif g["kind"] == "comb" and vals.get(name):
                cells = [px_rect(cr) for cr in g["cells"]]
                pen.comb(ink, cells, vals[name])
            elif g["kind"] == "box" and name in ticked(f) and full:
                hand.tick(ink, px_rect(g["rect"]), rng, tick_style, width)
    # signature box on page 2
    sx, sy, sw, sh = px_rect(geos[1]["signature"]["rect"])
    if f["fill"] != "acroform":
        if f["case"] == "stray_mark":
            hand.stray_mark(inks[1], (sx, sy, sw, sh), rng, width)
        elif f["case"] not in ("unsigned", "label_only"):
            name = f"{f['given'].split()[0]} {f['surname']}"
            hand.signature(
                inks[1], (sx + sw * 0.1, sy + sh * 0.15, sw * 0.85, sh * 0.8), rng, name, width
            )
    return [hand.apply_ink(im, ink, ink_color) for im, ink in zip(imgs, inks, strict=True)]


# --------------------------------------------------------------------------- packaging
def arrange(f, pages, pdf_data, folder, rng):
    """Write the files of one form; returns (files truth, look)."""
    arr, names = f["arr"], f["files"]
    if f["fill"] == "acroform":
        (folder / names[0]).write_bytes(pdf_data)
        return [{"path": names[0], "pages": [1, 2]}], "text_pdf"
    if arr in ("pdf", "pdf_rev"):
        imgs = [degrade.scan(p, rng) for p in pages]
        order = [0, 1] if arr == "pdf" else [1, 0]
        degrade.images_to_pdf(
            [imgs[i] for i in order], str(folder / names[0]), quality=rng.randint(60, 80)
        )
        return [{"path": names[0], "pages": [1, 2] if arr == "pdf" else [2, 1]}], "image_pdf"
    if arr == "two_pdf":
        for p, n in zip(pages, names, strict=True):
            degrade.images_to_pdf(
                [degrade.scan(p, rng)], str(folder / n), quality=rng.randint(60, 80)
            )
        return [{"path": n, "pages": [1]} for n in names], "image_pdf"
    if arr in ("two_img", "two_img_rev"):
        dpi_to = rng.choice((150, 200))
        for p, n in zip(pages, names, strict=True):
            img = degrade.scan(p, rng, DPI, dpi_to)
            if n.endswith(".png"):
                degrade.save_png(img.convert("L"), folder / n)
            else:
                degrade.save_jpeg(img, folder / n, rng.randint(75, 90))
        return [{"path": n, "pages": [1]} for n in names], "scan"
    if arr == "photos":
        for p, n, rot in zip(pages, names, f["rot"], strict=True):
            degrade.save_jpeg(degrade.photo(p, rng, rot), folder / n, rng.randint(82, 92))
        return [{"path": n, "pages": [1]} for n in names], "phone_photo"
    raise ValueError(arr)


def truth(f, files, look):
    sit = f["situation"]
    emp = EMPLOYMENT[sit[0]] if len(sit) == 1 else None
    fields = {
        "surname": f["surname"],
        "usage_name": f["usage"],
        "given_names": f["given"],
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": emp,
        "situation": "+".join(sit) if sit else None,
        "contract_type": f.get("contract") if "salarie" in sit else None,
        "signed": f["case"] not in ("unsigned", "label_only", "stray_mark"),
        "signed_on": f["signed_on"],
        "date_text": f["date_text"],
        "place": f["place"],
        "nir": f["nir"],
    }
    rot = f.get("rot")
    notes = f"print run {f['run']}; fill {f['fill']}; arrangement {f['arr']}"
    if rot:
        notes += f"; photo rotations {list(rot)} (degrees counter-clockwise)"
    if f["fill"] == "acroform":
        notes += "; appearance streams " + ("kept" if f.get("appearance", True) else "removed")
    if f["case"] != "ok":
        notes += f"; case {f['case']}"
    return {
        "as_of": f["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": FORM_STATUS[f["case"]],
        "defect": DEFECTS.get(f["case"]),
        "fill_way": f["fill"],
        "case": f["case"],
        "applicant": {
            "surname": f["surname"],
            "given_names": f["given"],
            "date_of_birth": f["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def make(f, out):
    rng = random.Random(f"form_as/{f['id']}")
    folder = out / "documents" / f["id"]
    folder.mkdir(parents=True)
    data, geos = build_pdf(f, rng)
    pages = None
    if f["fill"] != "acroform":
        pages = hand_fill(rasterize(data), geos, f, rng)
    files, look = arrange(f, pages, data, folder, rng)
    t = truth(f, files, look)
    (out / "documents" / f"{f['id']}.truth.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    if out.exists():
        shutil.rmtree(out)
    (out / "documents").mkdir(parents=True)
    (out / "packets").mkdir()
    for f in FORMS:
        make(f, out)
        print(f["id"], f["fill"], f["arr"], f["case"], file=sys.stderr)
    manifest = {"packets": [], "documents": [f["id"] for f in FORMS]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
