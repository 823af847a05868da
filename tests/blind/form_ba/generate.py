"""Blind set form_ba: 16 PUMa application forms (cerfa 15763*02 / S1106).

Usage: python generate.py OUT_DIR
"""

import io
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import cv2
import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

import degrade
import hand
from fill import TYPED_FONTS, build_pdf, zone_values
from people import PLAN, person

cv2.setNumThreads(1)

MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip
STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
DEFECT = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "only a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (month first, day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}


def nir_key(n13):
    return f"{97 - int(n13) % 97:02d}"


def make_dates(rng, case):
    as_of = date(2026, 11, 16) + timedelta(days=rng.randint(0, 15))
    if case == "future_date":
        signed = as_of + timedelta(days=rng.randint(5, 25))
    elif case == "us_date":
        signed = as_of - timedelta(days=rng.randint(3, 30))
        while signed.day <= 12:
            signed -= timedelta(days=1)
    else:
        signed = as_of - timedelta(days=rng.randint(4, 40))
    return as_of, signed


def signature_block(rng, case, fill_way, run, signed, city):
    d, m, y = f"{signed.day:02d}", f"{signed.month:02d}", str(signed.year)
    combs = (d, m, y)
    text = f"{d}/{m}/{y}"
    if case == "date_words":
        text, combs = f"{signed.day} {MONTHS[signed.month - 1]} {signed.year}", None
    elif case == "us_date":
        text, combs = f"{m}/{d}/{y}", (m, d, y)
    elif case == "no_date":
        text, combs = None, None
    kind = "image" if fill_way == "acroform" else "hand"
    if case in ("unsigned", "label_only"):
        kind = None
    elif case == "stray_mark":
        kind = "stray"
    date_by = place_by = None
    if fill_way in ("typed_print", "acroform_printed"):
        date_by = rng.choice(["hand", None])
        place_by = date_by if rng.random() < 0.7 else None
    return {
        "kind": kind,
        "date_text": text,
        "date_combs": combs,
        "place": city,
        "date_by": date_by,
        "place_by": place_by,
        "signed_on": None if case == "no_date" else signed.isoformat(),
    }


def make_spec(idx, doc_id, case, fill_way, arrangement, run):
    seed = 7310 + idx * 97
    rng = random.Random(seed)
    d = person(doc_id)
    if d["nir"]:
        d["nir"] = d["nir"] + nir_key(d["nir"])
    as_of, signed = make_dates(rng, case)
    caps = run == "C" or (fill_way == "hand" and rng.random() < 0.5)
    values, checks = zone_values(d, run, caps)
    if run == "C":  # comb boxes: one capital per box, spaces kept
        for k in ("surname", "usage_name", "given_names"):
            if values[k]:
                values[k] = values[k].upper()
    sig = signature_block(rng, case, fill_way, run, signed, d["city"])
    # the day the pages were scanned or photographed: after signing, before the audit
    last = as_of - timedelta(days=1)
    file_day = min(last, signed + timedelta(days=rng.randint(0, 6)))
    if case in ("future_date", "no_date"):
        file_day = as_of - timedelta(days=rng.randint(1, 5))
    return {
        "id": doc_id,
        "seed": seed,
        "case": case,
        "fill_way": fill_way,
        "arrangement": arrangement,
        "run": run,
        "person": d,
        "as_of": as_of.isoformat(),
        "file_day": file_day.strftime("%Y%m%d"),
        "values": values,
        "checks": checks,
        "sig": sig,
        "sig_name": d["usage_name"] or d["surname"],
        "sig_given": d["given_names"],
        "hand": sorted(hand.HANDS)[idx % len(hand.HANDS)],
        "ink": rng.choice(["blue", "blue", "black", "navy"]),
        "typed_font": rng.choice(TYPED_FONTS),
    }


# -- rendering ----------------------------------------------------------------------------
def render_pages(pdf_bytes, scale):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def jpeg(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(200, 200))
    return buf.getvalue()


def image_pdf(jpegs):
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for j in jpegs:
        c.drawImage(ImageReader(io.BytesIO(j)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def strip_appearances(pdf_bytes):
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if "/AP" in a:
                del a["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()


def comb_appearances(pdf_bytes):
    """Re-draw the appearance of comb fields one character per cell, as a viewer does."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if not int(a.get("/Ff", 0)) & (1 << 24) or "/AP" not in a:
                continue
            n, value = int(a.MaxLen), str(a.get("/V", ""))
            x0, y0, x1, y1 = (float(v) for v in a.Rect)
            cw, h = (x1 - x0) / n, y1 - y0
            ops = [b"/Tx BMC q BT /Helv 9 Tf 0 g"]
            for i, ch in enumerate(value[:n]):
                x = i * cw + (cw - stringWidth(ch, "Helvetica", 9)) / 2
                ops.append(f"1 0 0 1 {x:.2f} {(h - 6.5) / 2:.2f} Tm".encode())
                ops.append(b"(" + ch.encode("cp1252").replace(b"(", b"\\(") + b") Tj")
            ops.append(b"ET Q EMC")
            a.AP.N.write(b"\n".join(ops))
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()


def write_files(spec, folder):
    """Write the files of one document; return (files entry, look, notes)."""
    arr, fw, seed = spec["arrangement"], spec["fill_way"], spec["seed"]
    live = fw == "acroform"
    rng = random.Random(seed + 1)
    if live:
        post = strip_appearances if spec["id"] == "d008" else comb_appearances
        if arr == "one_pdf":
            (folder / "S1106_demande_PUMa.pdf").write_bytes(post(build_pdf(spec, [1, 2], True)))
            return [{"path": "S1106_demande_PUMa.pdf", "pages": [1, 2]}], "text_pdf"
        if arr == "reverse_pdf":
            (folder / "formulaire_cpam.pdf").write_bytes(post(build_pdf(spec, [2, 1], True)))
            return [{"path": "formulaire_cpam.pdf", "pages": [2, 1]}], "text_pdf"
        names = ["cerfa_15763-02_p1.pdf", "cerfa_15763-02_p2.pdf"]
        for p, n in zip((1, 2), names, strict=True):
            (folder / n).write_bytes(post(build_pdf(spec, [p], True)))
        return [{"path": n, "pages": [1]} for n in names], "text_pdf"
    pdf = build_pdf(spec, [1, 2])
    if arr in ("photos",):
        pages = render_pages(pdf, 2400 / 842)
        day, hh, mm = spec["file_day"], rng.randint(9, 21), rng.randint(0, 57)
        names = [f"IMG_{day}_{hh:02d}{mm + k:02d}{rng.randint(10, 59)}.jpg" for k in (0, 1)]
        rots = [rng.choice([0, 90, 270, 180]), rng.choice([0, 0, 90, 270])]
        for i, (img, n) in enumerate(zip(pages, names, strict=True)):
            ph = degrade.photo(img, seed * 3 + i, rotate=rots[i])
            (folder / n).write_bytes(jpeg(ph, 88))
        files = [{"path": n, "pages": [1]} for n in names]
        return files, "phone_photo", f"rotations (deg, counter-clockwise): {rots}"
    pages = render_pages(pdf, 200 / 72)
    scans = [degrade.scan(img, seed * 5 + i) for i, img in enumerate(pages)]
    if arr in ("image_pdf", "image_pdf_reverse"):
        js = [jpeg(s.resize((s.width * 3 // 4, s.height * 3 // 4)), 72) for s in scans]
        if arr == "image_pdf":
            name = f"Numérisation_{spec['file_day']}.pdf"
            (folder / name).write_bytes(image_pdf(js))
            return [{"path": name, "pages": [1, 2]}], "image_pdf"
        (folder / "SCAN0007.pdf").write_bytes(image_pdf(js[::-1]))
        return [{"path": "SCAN0007.pdf", "pages": [2, 1]}], "image_pdf"
    if arr == "two_image_pdfs":
        names = ["demande_page1.pdf", "demande_page2.pdf"]
        for s, n in zip(scans, names, strict=True):
            (folder / n).write_bytes(image_pdf([jpeg(s, 75)]))
        return [{"path": n, "pages": [1]} for n in names], "image_pdf"
    if arr == "two_scans":
        k = rng.randint(10, 80)
        names = [f"scan_{k:04d}.jpg", f"scan_{k + 1:04d}.jpg"]
    else:  # two_images_p2_first: page 1 is "formulaire (2).jpg"
        names = ["formulaire (2).jpg", "formulaire (1).jpg"]
    for s, n in zip(scans, names, strict=True):
        (folder / n).write_bytes(jpeg(s, 82))
    return [{"path": n, "pages": [1]} for n in names], "scan"


def truth(spec, files, look, notes):
    d, sig, case = spec["person"], spec["sig"], spec["case"]
    sits = [c[4:] for c in spec["checks"] if c.startswith("sit_")]
    v = spec["values"]
    emp = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    fields = {
        "surname": v["surname"],
        "usage_name": v["usage_name"],
        "given_names": v["given_names"],
        "sex": d["sex"],
        "date_of_birth": d["dob"],
        "employment_status": emp,
        "situation": "+".join(sits) if sits else None,
        "contract_type": d["contract"],
        "signed": sig["kind"] in ("hand", "image"),
        "signed_on": sig["signed_on"],
        "date_text": sig["date_text"],
        "place": sig["place"],
        "nir": d["nir"],
    }
    extra = f"print run {spec['run']}; {spec['fill_way']}; {spec['arrangement']}"
    if sig["date_by"] == "hand" and spec["fill_way"] != "hand":
        extra += "; date and place written by hand"
    if spec["id"] == "d008":
        extra += "; AcroForm without appearance streams (NeedAppearances)"
    return {
        "as_of": spec["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECT.get(case),
        "fill_way": spec["fill_way"],
        "case": case,
        "applicant": {
            "surname": v["surname"],
            "given_names": v["given_names"],
            "date_of_birth": d["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": extra + (f"; {notes}" if notes else ""),
            }
        ],
    }


def main(out):
    out = Path(out)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    ids = []
    for idx, row in enumerate(PLAN):
        spec = make_spec(idx, *row)
        folder = out / "documents" / spec["id"]
        folder.mkdir(parents=True, exist_ok=True)
        for f in folder.iterdir():
            f.unlink()
        res = write_files(spec, folder)
        files, look = res[0], res[1]
        notes = res[2] if len(res) > 2 else ""
        t = truth(spec, files, look, notes)
        (out / "documents" / f"{spec['id']}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        ids.append(spec["id"])
        print(spec["id"], spec["case"], spec["fill_way"], spec["arrangement"], file=sys.stderr)
    manifest = {"packets": [], "documents": ids}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python generate.py OUT_DIR")
    main(sys.argv[1])
