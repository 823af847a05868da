#!/usr/bin/env python3
"""Blind set form_bb: 16 application forms (cerfa 15763*02, S1106) as applicants send them.

Usage: generate.py OUT_DIR

Writes OUT_DIR/manifest.json, OUT_DIR/documents/dNNN/ (the files of one form) and
OUT_DIR/documents/dNNN.truth.json. Deterministic: one seeded random.Random per form,
reportlab invariant mode, OpenCV on one thread.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import degrade  # noqa: E402
from acro import add_fields, field_specs  # noqa: E402
from cases import CASES, DEFECT_TEXT, EMPLOYMENT, FORM_STATUS, SITUATIONS, full_nir  # noqa: E402
from fill import FR_NAMES, form_values, generic_names, painter  # noqa: E402
from fonts import register_fonts  # noqa: E402
from layout import RUNS, draw_page  # noqa: E402

SEED = "form_bb/2026"
TITLE = "S1106 - Demande d'ouverture des droits à l'assurance maladie"
CONTRACT_TRUTH = {"CDI": "CDI", "CDD": "CDD", "Intérim": "intérim"}
ARR_NOTE = {
    "one_pdf": "one PDF of two pages",
    "one_pdf_reversed": "one PDF, pages in reverse order (page 2 of the form is PDF page 1)",
    "two_pdfs": "two PDFs, one per page",
    "two_images": "two images, one per page",
    "two_images_p2_first": "two images whose names sort page 2 first",
    "phone_photos": "one phone photo per page",
}
SCANNERS = [
    ("Canon MF Scan Utility", "Canon iR-ADV C3530 PDF"),
    ("HP Scan", "HP Digital Sending Device"),
    ("EPSON Scan 2", "EPSON Scan"),
    ("Brother iPrint&Scan", "Brother PDF Library"),
]
FILL_NOTE = {
    "hand": "filled in by hand (capitals, one per comb box where there are combs), signed by hand",
    "typed_print": "typed on screen, printed, signed by hand, then scanned or photographed",
    "acroform": "the fillable PDF itself: AcroForm text fields and check boxes",
    "acroform_printed": "the fillable PDF filled, printed, signed by pen, scanned or photographed",
}


def build_pdf(path, run, order, cb, title=None):
    """Draw the form pages in `order` (logical page numbers) and let cb write on them."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
        c.setAuthor("CNAM")
        c.setSubject("cerfa 15763*02")
    anchors: dict = {}
    for n in order:
        anchors.update(draw_page(c, run, n))
        cb(c, n, anchors)
        c.showPage()
    c.save()
    return anchors


def field_names(case):
    return FR_NAMES if case.get("acro_names", "fr") == "fr" else generic_names()


def pdf_date(case, rng):
    """When the applicant saved or scanned the form: after signing, before the audit."""
    as_of = date.fromisoformat(case["as_of"])
    signed = date.fromisoformat(case["signed_on"]) if case["signed_on"] else None
    day = signed + timedelta(days=rng.randint(0, 2)) if signed else as_of - timedelta(days=3)
    day = min(day, as_of - timedelta(days=1))
    h, m, s = rng.randint(8, 22), rng.randint(0, 59), rng.randint(0, 59)
    return f"D:{day:%Y%m%d}{h:02d}{m:02d}{s:02d}+01'00'"


def raster_output(src, case, rng, ddir):
    """Render the filled form and turn it into the files the applicant sends."""
    arr, files = case["arr"], case["files"]
    if arr == "phone_photos":
        pages = degrade.render(src, 250)
        for img, fname, rot in zip(pages, files, case["rot"], strict=True):
            shot = degrade.photo(img, rng, rot)
            degrade.save_jpeg(shot, ddir / fname, rng.choice([86, 90, 93]))
        return "phone_photo"
    dpi = case.get("dpi") or rng.choice([200, 200, 300])
    pages = degrade.render(src, dpi)
    scans = [degrade.scan(p, rng) for p in pages]
    creator, producer = rng.choice(SCANNERS)
    when = pdf_date(case, rng)
    if arr in ("one_pdf", "one_pdf_reversed"):
        imgs = scans if arr == "one_pdf" else scans[::-1]
        degrade.image_pdf(
            imgs, ddir / files[0], dpi, rng, creator=creator, producer=producer, when=when
        )
        return "image_pdf"
    if arr == "two_pdfs":
        for img, fname in zip(scans, files, strict=True):
            degrade.image_pdf(
                [img], ddir / fname, dpi, rng, creator=creator, producer=producer, when=when
            )
        return "image_pdf"
    for img, fname in zip(scans, files, strict=True):
        if fname.lower().endswith(".png"):
            degrade.save_png(img, ddir / fname)
        else:
            degrade.save_jpeg(img, ddir / fname, case.get("quality") or rng.choice([80, 88, 92]))
    return "scan"


def make_form(case, out: Path):
    rng = random.Random(f"{SEED}/{case['id']}")
    run = RUNS[case["run"]]
    vals = form_values(case)
    cb, date_hand = painter(case, rng, vals)
    ddir = out / "documents" / case["id"]
    ddir.mkdir(parents=True, exist_ok=True)
    files, arr = case["files"], case["arr"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if case["fill"] == "acroform":
            parts = {"two_pdfs": [[1], [2]], "one_pdf_reversed": [[2, 1]]}.get(arr, [[1, 2]])
            for order, fname in zip(parts, files, strict=True):
                flat = tmp / f"flat{order[0]}.pdf"
                anchors = build_pdf(flat, run, order, cb, TITLE)
                specs = field_specs(anchors, vals, field_names(case))
                when = pdf_date(case, rng)
                add_fields(flat, ddir / fname, specs, order, case["with_ap"], when=when)
            look = "text_pdf"
        else:
            flat = tmp / "flat.pdf"
            anchors = build_pdf(flat, run, [1, 2], cb)
            src = flat
            if case["fill"] == "acroform_printed":
                acro_vals = dict(vals)
                if date_hand:
                    acro_vals["fait_a"] = acro_vals["le_date"] = ""
                src = tmp / "filled.pdf"
                specs = field_specs(anchors, acro_vals, field_names(case))
                add_fields(flat, src, specs, [1, 2], with_ap=True)
            look = raster_output(src, case, rng, ddir)
    return truth(case, vals, look, date_hand)


def truth(case, vals, look, date_hand):
    kase = case["case"]
    ticked = [s for s in SITUATIONS if s in case["sit"]]
    arr, files = case["arr"], case["files"]
    if arr == "one_pdf":
        tfiles = [{"path": files[0], "pages": [1, 2]}]
    elif arr == "one_pdf_reversed":
        tfiles = [{"path": files[0], "pages": [2, 1]}]
    else:
        tfiles = [{"path": f, "pages": [1]} for f in files]
    fields = {
        "surname": vals["nom_naissance"],
        "usage_name": vals["nom_usage"] or None,
        "given_names": vals["prenoms"],
        "sex": case["sex"],
        "date_of_birth": case["dob"],
        "employment_status": EMPLOYMENT[ticked[0]] if len(ticked) == 1 else None,
        "situation": "+".join(ticked) or None,
        "contract_type": CONTRACT_TRUTH[case["contract"]] if "salarie" in ticked else None,
        "signed": kase not in ("unsigned", "label_only", "stray_mark"),
        "signed_on": case["signed_on"],
        "date_text": case["date_text"],
        "place": vals["fait_a"],
        "nir": full_nir(case),
    }
    notes = [f"print run {case['run']}", FILL_NOTE[case["fill"]], ARR_NOTE[arr]]
    if case["fill"] == "acroform":
        notes.append(
            "field values with appearance streams"
            if case["with_ap"]
            else "no appearance streams (/NeedAppearances true): values only in /V"
        )
        notes.append("field names " + ("descriptive" if case["acro_names"] == "fr" else "generic"))
        if fields["signed"]:
            notes.append("handwritten signature pasted as an image")
    if date_hand and case["fill"] != "hand":
        notes.append("place and date written by hand after printing")
    if case.get("rot") and any(case["rot"]):
        notes.append("photo rotations (page 1, page 2): %s degrees" % case["rot"])
    if kase == "label_only":
        notes.append("the printed word 'Signature' stands alone in the box")
    if kase == "stray_mark":
        notes.append("a pen mark in the signature box, no signature")
    return {
        "as_of": case["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": FORM_STATUS[kase],
        "defect": DEFECT_TEXT.get(kase),
        "fill_way": case["fill"],
        "case": kase,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": case["dob"],
        },
        "documents": [
            {
                "files": tfiles,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
    }


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    if (out / "documents").exists():
        shutil.rmtree(out / "documents")
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    ids = []
    for case in CASES:
        t = make_form(case, out)
        (out / "documents" / f"{case['id']}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        ids.append(case["id"])
        print(f"{case['id']} {case['fill']:17s} {case['case']:12s} {case['arr']}", file=sys.stderr)
    manifest = {"packets": [], "documents": ids}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
