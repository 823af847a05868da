"""Blind set form_be: sixteen cerfa 15763*02 (S1106) application forms as people send them.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import io
import json
import random
import sys
import zlib
from pathlib import Path

import numpy as np
import pikepdf
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import degrade  # noqa: E402
import forms  # noqa: E402
import ink  # noqa: E402
from people import DOCS  # noqa: E402

SIT_KEYS = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
}
CTR_KEYS = {"CDI": "ctr_cdi", "CDD": "ctr_cdd", "intérim": "ctr_interim"}
STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "two_ticked": "questionable",
}
DEFECTS = {
    "unsigned": "signature box left empty",
    "stray_mark": "only a stray dot and pen slip in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written month first (MM/DD/YYYY)",
    "no_date": "date after 'le' left blank",
    "two_ticked": "two situation boxes ticked",
}
CASE_FIELDS = {"nom_naissance", "nom_usage", "prenoms"}


def values(d):
    p = d["p"]
    yy, mm, dd = p["dob"].split("-")
    nir = p.get("nir") or ""
    v = {
        "nom_naissance": p["surname"],
        "nom_usage": p["usage"] or "",
        "prenoms": p["given"].upper(),
        "sexe_F": p["sex"] == "F",
        "sexe_M": p["sex"] == "M",
        "dob_j": dd,
        "dob_m": mm,
        "dob_a": yy,
        "lieu_commune": p["bcity"],
        "lieu_pays": p["bcountry"],
        "nationalite": p["nat"],
        "nir": nir[:13],
        "nir_cle": nir[13:],
        "adresse": p["addr"],
        "cp": p["cp"],
        "commune": p["city"],
        "tel": p["tel"],
        "email": p["email"],
        "emploi": d.get("job") or "",
        "employeur": d.get("emp") or "",
        "autre_precision": d.get("autre") or "",
        "fait_a": d["place"],
        "le": d["date_text"] or "",
    }
    for key in SIT_KEYS.values():
        v[key] = False
    for key in CTR_KEYS.values():
        v[key] = False
    for s in d["sit"]:
        v[SIT_KEYS[s]] = True
    if d.get("ctr"):
        v[CTR_KEYS[d["ctr"]]] = True
    return v


# -- filling --------------------------------------------------------------------------------
def fill_hand(c, anchors, v, caps, cur, tick_style, skip=()):
    for name, a in anchors.items():
        if name.startswith("_") or name in skip or name not in v:
            continue
        val = v[name]
        kind = a[0]
        if kind == "check":
            if val:
                caps.tick(c, a[1], a[2], a[3], tick_style)
            continue
        if not val:
            continue
        if kind == "comb":
            caps.comb(c, val.upper(), a[1], a[2], a[3], a[4], a[5])
        else:
            pen = caps if name in CASE_FIELDS else cur
            size = min(a[4] * 0.9, 12.5) if a[4] > 8 else 11.5
            pen.write(c, val.upper() if name in CASE_FIELDS else val, a[1] + 4, a[2] + 2.5, size)


def fill_typed(c, anchors, v, font, rng, skip=()):
    size = {"LibSans": 9.5, "LibMono": 9.5, "DVC": 9.0, "Carlito": 10.5}[font]
    ox, oy = rng.uniform(-0.8, 0.8), rng.uniform(-0.5, 0.8)
    c.setFillColorRGB(0, 0, 0)
    for name, a in anchors.items():
        if name.startswith("_") or name in skip or name not in v:
            continue
        val = v[name]
        kind = a[0]
        if kind == "check":
            if val:
                c.setFont(font, a[3] + 1.5)
                c.drawCentredString(a[1] + a[3] / 2 + ox * 0.3, a[2] + 1.2, "X")
            continue
        if not val:
            continue
        c.setFont(font, size)
        if kind == "comb":
            cell, h = a[3], a[5]
            for i, ch in enumerate(val[: a[4]]):
                c.drawCentredString(a[1] + cell * (i + 0.5) + ox, a[2] + h * 0.28 + oy, ch)
        else:
            c.drawString(a[1] + 3 + ox, a[2] + 3 + oy, val.upper() if name in CASE_FIELDS else val)


def sign(c, anchors, d, pen):
    a = anchors["signature"]
    if d["sign"] == "sig":
        pen.signature(c, a[1], a[2], a[3], a[4], d["p"]["given"].split()[0] + d["p"]["surname"])
    elif d["sign"] == "stray":
        pen.stray(c, a[1], a[2], a[3], a[4])


def pens(d, rng):
    h = d["hand"]
    size_jit = rng.uniform(0.9, 1.1)
    caps = ink.Hand(rng, h["caps"], h["ink"], 11.5 * size_jit, h["slant"], rng.uniform(0.8, 1.3))
    cur = ink.Hand(rng, h["cur"], h["ink"], 11.0 * size_jit, h["slant"], rng.uniform(0.8, 1.3))
    return caps, cur


def paper_pdf(d, rng):
    """The filled sheet as it leaves the pen or the printer (vector PDF)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    v = values(d)
    caps, cur = pens(d, rng)
    for page_fn in (forms.page1, forms.page2):
        anchors = page_fn(c, d["run"])
        if d["fill"] == "hand":
            fill_hand(c, anchors, v, caps, cur, d["hand"]["tick"])
        else:
            skip = ("le",) if d.get("date_by_hand") else ()
            fill_typed(c, anchors, v, d["typed"], rng, skip=skip)
            if skip and "le" in anchors:
                fill_hand(c, {"le": anchors["le"]}, v, caps, cur, "cross")
        if "signature" in anchors:
            sign(c, anchors, d, cur)
        c.showPage()
    c.save()
    return buf.getvalue()


# -- AcroForm -------------------------------------------------------------------------------
NAMED = {
    "nom_naissance": "nom_naissance",
    "nom_usage": "nom_usage",
    "prenoms": "prenoms",
    "sexe_F": "sexe_feminin",
    "sexe_M": "sexe_masculin",
    "dob_j": "date_naissance_jj",
    "dob_m": "date_naissance_mm",
    "dob_a": "date_naissance_aaaa",
    "lieu_commune": "lieu_naissance_commune",
    "lieu_pays": "lieu_naissance_pays",
    "nir": "nir",
    "nir_cle": "nir_cle",
    "fait_a": "fait_a",
    "le": "date_signature",
}


def signature_image(d, rng):
    """A signature written on paper, photographed and cropped (PIL image)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(200, 70), invariant=1)
    pen = ink.Hand(rng, "breip", d["hand"]["ink"])
    pen.signature(c, 0, 0, 200, 70, d["p"]["given"] + d["p"]["surname"])
    c.showPage()
    c.save()
    arr = degrade.render(buf.getvalue(), 220)[0].astype(np.float32)
    nrng = np.random.default_rng(zlib.crc32(d["id"].encode()) + 7)
    arr = arr * np.array([0.97, 0.96, 0.93], np.float32)
    arr += nrng.normal(0, 3, arr.shape[:2]).astype(np.float32)[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def text_appearance(pdf, f):
    """Appearance stream of a text field as a form-filling app writes it (combs spread)."""
    x0, y0, x1, y1 = (float(v) for v in f.Rect)
    w, h = x1 - x0, y1 - y0
    val = str(f.get("/V", ""))
    size = 10.0 if h > 12 else 9.0
    by = (h - size * 0.72) / 2
    ops = []
    comb = int(f.get("/Ff", 0)) & (1 << 24)
    if val and comb:
        cell = w / int(f.MaxLen)
        for i, ch in enumerate(val):
            cw = pdfmetrics.stringWidth(ch, "Helvetica", size)
            ops.append((cell * (i + 0.5) - cw / 2, ch))
    elif val:
        ops.append((2.0, val))
    body = "/Tx BMC q BT /Helv %.1f Tf 0 g " % size
    for x, text in ops:
        enc = text.encode("cp1252", "replace")
        esc = enc.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        body += "1 0 0 1 %.2f %.2f Tm (" % (x, by)
        body = body.encode("latin-1") + esc + b") Tj "
        body = body.decode("latin-1")
    body += "ET Q EMC"
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.Type1,
        BaseFont=pikepdf.Name.Helvetica,
        Encoding=pikepdf.Name.WinAnsiEncoding,
    )
    stream = pikepdf.Stream(pdf, body.encode("latin-1"))
    stream.Type = pikepdf.Name.XObject
    stream.Subtype = pikepdf.Name.Form
    stream.BBox = pikepdf.Array([0, 0, w, h])
    stream.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font))
    return stream


def acro_pdf(d, rng):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    v = values(d)
    generic = d["names"] == "generic"
    nt = nc = 0
    checks = []
    for page_fn in (forms.page1, forms.page2):
        anchors = page_fn(c, d["run"])
        if "signature" in anchors and d["sign"] == "sig":
            a = anchors["signature"]
            img = signature_image(d, rng)
            w = a[3] * rng.uniform(0.6, 0.8)
            h = w * img.size[1] / img.size[0]
            c.drawImage(ImageReader(img), a[1] + (a[3] - w) / 2, a[2] + (a[4] - h) / 2, w, h)
        form = c.acroForm
        for name, a in anchors.items():
            if name.startswith("_") or name == "signature":
                continue
            val = v.get(name, "")
            if a[0] == "check":
                nc += 1
                fname = f"CB{nc}" if generic else NAMED.get(name, name)
                checks.append(fname)
                form.checkbox(
                    name=fname,
                    x=a[1],
                    y=a[2],
                    size=a[3],
                    checked=bool(val),
                    buttonStyle="cross",
                    borderWidth=0,
                    borderColor=colors.black,
                    fillColor=colors.transparent,
                    textColor=colors.black,
                    fieldFlags="",
                )
                continue
            nt += 1
            fname = f"Texte{nt}" if generic else NAMED.get(name, name)
            if a[0] == "comb":
                form.textfield(
                    name=fname,
                    value=val,
                    x=a[1],
                    y=a[2],
                    width=a[3] * a[4],
                    height=a[5],
                    maxlen=a[4],
                    fieldFlags="comb",
                    borderWidth=0,
                    fillColor=colors.transparent,
                    borderColor=colors.transparent,
                    fontName="Helvetica",
                    fontSize=10,
                    textColor=colors.black,
                )
            else:
                val = val.upper() if name in CASE_FIELDS else val
                form.textfield(
                    name=fname,
                    value=val,
                    x=a[1],
                    y=a[2],
                    width=a[3],
                    height=a[4] + 1,
                    maxlen=120,
                    borderWidth=0,
                    fillColor=colors.transparent,
                    borderColor=colors.transparent,
                    fontName="Helvetica",
                    fontSize=9.5,
                    textColor=colors.black,
                )
        c.showPage()
    c.save()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    for f in pdf.Root.AcroForm.Fields:
        t = str(f.get("/T", ""))
        if generic and t.startswith("CB"):
            f.T = pikepdf.String("Case à cocher " + t[2:])
    for f in pdf.Root.AcroForm.Fields:
        if f.get("/FT") != pikepdf.Name.Tx:
            continue
        if d["ap"]:
            f.AP = pikepdf.Dictionary(N=text_appearance(pdf, f))
        elif "/AP" in f:
            del f["/AP"]
    if not d["ap"]:
        pdf.Root.AcroForm.NeedAppearances = True
    pdf.docinfo["/Title"] = "Demande d'ouverture des droits à l'assurance maladie"
    pdf.docinfo["/Producer"] = "cerfa 15763*02"
    out = io.BytesIO()
    pdf.save(out, static_id=True, deterministic_id=True)
    return out.getvalue()


def printed_acro(d, rng):
    """Fillable PDF flattened, printed, then signed by hand on paper."""
    pdf = pikepdf.open(io.BytesIO(acro_pdf(d, rng)))
    pdf.flatten_annotations(mode="all")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.showPage()
    probe = canvas.Canvas(io.BytesIO(), pagesize=A4)
    anchors = forms.page2(probe, d["run"])
    _caps, cur = pens(d, rng)
    sign(c, anchors, d, cur)
    c.showPage()
    c.save()
    ov = pikepdf.open(io.BytesIO(buf.getvalue()))
    pikepdf.Page(pdf.pages[1]).add_overlay(ov.pages[1])
    out = io.BytesIO()
    pdf.save(out, static_id=True, deterministic_id=True)
    return out.getvalue()


# -- arrangement ----------------------------------------------------------------------------
def arrange(d, pdf_bytes, nrng):
    arr = d["arr"]
    names = d["files"]
    if arr == "text_pdf":
        return [(names[0], pdf_bytes)], [{"path": names[0], "pages": [1, 2]}]
    if arr == "photos":
        pages = degrade.render(pdf_bytes, 250)
        size = d.get("size", (3024, 4032))
        out = []
        for name, page, rot in zip(names, pages, d["rots"], strict=False):
            img = degrade.photo(page, nrng, rot=rot, size=size)
            out.append((name, degrade.jpeg(img, int(nrng.integers(84, 93)))))
        return out, [{"path": n, "pages": [1]} for n in names]
    dpi = d["dpi"]
    grey = d.get("grey", False)
    pages = [degrade.scan(p, nrng, grey=grey) for p in degrade.render(pdf_bytes, dpi, grey)]
    if arr in ("two_images", "two_images_p2first"):
        if d.get("png"):
            data = [degrade.png(p, dpi) for p in pages]
        else:
            data = [degrade.jpeg(p, int(nrng.integers(80, 92)), dpi) for p in pages]
        return list(zip(names, data, strict=False)), [{"path": n, "pages": [1]} for n in names]
    jpgs = [degrade.jpeg(p, int(nrng.integers(78, 90)), dpi) for p in pages]
    if arr == "pdf2":
        return [(names[0], degrade.image_pdf(jpgs, dpi))], [{"path": names[0], "pages": [1, 2]}]
    if arr == "pdf2_rev":
        data = degrade.image_pdf(jpgs[::-1], dpi)
        return [(names[0], data)], [{"path": names[0], "pages": [2, 1]}]
    if arr == "two_pdfs":
        out = [(n, degrade.image_pdf([j], dpi)) for n, j in zip(names, jpgs, strict=False)]
        return out, [{"path": n, "pages": [1]} for n in names]
    raise ValueError(arr)


def truth(d, files):
    p = d["p"]
    emp = None
    if len(d["sit"]) == 1:
        s = d["sit"][0]
        emp = {"salarie": "employed", "autre": "other"}.get(s, "not_employed")
    fields = {
        "surname": p["surname"],
        "usage_name": p["usage"],
        "given_names": p["given"].upper(),
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": emp,
        "situation": "+".join(d["sit"]),
        "contract_type": d.get("ctr"),
        "signed": d["sign"] == "sig",
        "signed_on": d["signed_on"],
        "date_text": d["date_text"],
        "place": d["place"],
        "nir": p.get("nir"),
    }
    return {
        "as_of": d["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[d["case"]],
        "defect": DEFECTS.get(d["case"]),
        "fill_way": d["fill"],
        "case": d["case"],
        "applicant": {
            "surname": p["surname"],
            "given_names": p["given"].upper(),
            "date_of_birth": p["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": d["look"],
                "fields": fields,
                "notes": f"print run {d['run']}; arrangement {d['arr']}. " + d.get("notes", ""),
            }
        ],
    }


def build(d):
    rng = random.Random("form_be/" + d["id"])
    nrng = np.random.default_rng(zlib.crc32(d["id"].encode()))
    if d["fill"] == "acroform":
        pdf_bytes = acro_pdf(d, rng)
    elif d["fill"] == "acroform_printed":
        pdf_bytes = printed_acro(d, rng)
    else:
        pdf_bytes = paper_pdf(d, rng)
    return arrange(d, pdf_bytes, nrng)


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    ids = []
    for d in DOCS:
        files, tfiles = build(d)
        folder = out / "documents" / d["id"]
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files:
            (folder / name).write_bytes(data)
        t = truth(d, tfiles)
        (out / "documents" / f"{d['id']}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        ids.append(d["id"])
        print(d["id"], "done", file=sys.stderr)
    manifest = {"packets": [], "documents": ids}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
