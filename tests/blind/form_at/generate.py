"""Blind set form_at: 16 filled application forms (cerfa 15763*02, S1106).

Usage: python generate.py OUT_DIR
"""

import json
import random
import sys
from pathlib import Path

import cv2

import degrade
import fill
import ink
import layout
from people import FORMS

cv2.setNumThreads(1)

SIT_BOX = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
}
CT_BOX = {"CDI": "ct_cdi", "CDD": "ct_cdd", "Intérim": "ct_interim", "Autre": "ct_autre"}
CASE_STATUS = {
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
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "signature date after the audit date",
    "us_date": "date written MM/DD/YYYY (US style)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
LOOK = {
    "one_pdf": "image_pdf",
    "reversed_pdf": "image_pdf",
    "two_pdfs": "image_pdf",
    "two_images": "scan",
    "two_images_p2first": "scan",
    "phone_photos": "phone_photo",
}


def nir_parts(spec):
    if not spec.get("nir"):
        return None, None
    digits = "".join(spec["nir"])
    return digits, f"{97 - int(digits) % 97:02d}"


def form_values(spec):
    nir, key = nir_parts(spec)
    ticks = []
    if spec["sit"]:
        for s in spec["sit"].split("+"):
            ticks.append(SIT_BOX[s])
    if spec.get("ct"):
        ticks.append(CT_BOX[spec["ct"]])
    ticks.append("sexe_f" if spec["sexe"] == "F" else "sexe_m")
    return {
        "nom_naissance": spec["nom"],
        "nom_usage": spec["usage"],
        "prenoms": spec["prenoms"],
        "dob": spec["dob"],
        "lieu_commune": spec["lieu"][0],
        "lieu_pays": spec["lieu"][1],
        "nationalite": spec["nat"],
        "nir": nir,
        "nir_cle": key,
        "adresse": spec["adresse"],
        "code_postal": spec["cp"],
        "commune": spec["commune"],
        "telephone": spec["tel"],
        "email": spec["email"],
        "profession": spec.get("profession"),
        "employeur": spec.get("employeur"),
        "autre_precision": spec.get("autre"),
        "fait_a": spec["fait_a"],
        "date_text": spec["date_text"],
        "ticks": ticks,
    }


def truth(spec, files):
    d, m, y = spec["dob"].split("/")
    sit = spec["sit"]
    emp = None
    if sit and "+" not in sit:
        emp = {"salarie": "employed", "independant": "other", "autre": "other"}.get(
            sit, "not_employed"
        )
    nir, key = nir_parts(spec)
    given = spec["prenoms"] if spec["fill"] == "typed_print" else spec["prenoms"].upper()
    signed = spec["case"] not in ("unsigned", "label_only", "stray_mark")
    fields = {
        "surname": spec["nom"],
        "usage_name": spec["usage"],
        "given_names": given,
        "sex": spec["sexe"],
        "date_of_birth": f"{y}-{m}-{d}",
        "employment_status": emp,
        "situation": sit,
        "contract_type": spec.get("ct"),
        "signed": signed,
        "signed_on": spec["signed_on"],
        "date_text": spec["date_text"],
        "place": spec["fait_a"],
        "nir": nir + key if nir else None,
    }
    look = "text_pdf" if spec["fill"] == "acroform" else LOOK[spec["arr"]]
    notes = f"print run {spec['run']}; fill {spec['fill']}; arrangement {spec['arr']}"
    if spec["arr"] == "reversed_pdf":
        notes += "; the PDF holds page 2 first (pages listed in form order)"
    if spec.get("appearances") is False:
        notes += "; AcroForm without appearance streams (NeedAppearances)"
    return {
        "as_of": spec["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": CASE_STATUS[spec["case"]],
        "defect": DEFECT.get(spec["case"]),
        "fill_way": spec["fill"],
        "case": spec["case"],
        "applicant": {
            "surname": spec["nom"],
            "given_names": given,
            "date_of_birth": f"{y}-{m}-{d}",
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


def sig_style(spec, ink_key):
    if not spec.get("sig") or spec["sig"] == "stray":
        return spec.get("sig")
    name, font = spec["sig"][:2]
    return {"name": name, "font": font, "ink": ink_key}


def make_acroform(spec, rng, out):
    vals = form_values(spec)
    name, font, ink_key = spec["sig"]
    png = ink.signature_png(rng, name, font, ink_key, 900, 300)
    kw = dict(
        naming=spec.get("naming", "plain"),
        tint=spec.get("tint", False),
        appearances=spec.get("appearances", True),
    )
    if spec["arr"] == "one_pdf":
        (out / spec["files"][0]).write_bytes(
            fill.acroform_pdf(spec["run"], vals, sig_png=png, **kw)
        )
        return [{"path": spec["files"][0], "pages": [1, 2]}]
    f1, f2 = spec["files"]
    (out / f1).write_bytes(fill.acroform_pdf(spec["run"], vals, pages=(1,), **kw))
    (out / f2).write_bytes(fill.acroform_pdf(spec["run"], vals, pages=(2,), sig_png=png, **kw))
    return [{"path": f1, "pages": [1]}, {"path": f2, "pages": [1]}]


def fill_pages(spec, rng, dpi):
    """Clean filled page rasters (before scanning / photographing)."""
    scale = dpi / 72.0
    vals = form_values(spec)
    blank, fields = layout.blank_pdf_bytes(spec["run"])
    pen = None
    if spec.get("pen"):
        fk, ink_key, hasty, caps_all = spec["pen"]
        pen = ink.Pen(rng, scale, fk, ink_key, hasty)
    way = spec["fill"]
    if way == "acroform_printed":
        typed_date = spec.get("typed_date", False)
        v = dict(vals, date_text=vals["date_text"] if typed_date else None)
        pages = fill.render(fill.acroform_pdf(spec["run"], v), dpi, forms=True)
        if not typed_date:
            fill.handwrite_date_place(pages, fields, vals, pen, place=False)
    else:
        pages = fill.render(blank, dpi)
        if way == "hand":
            fill.fill_hand(pages, fields, vals, rng, scale, pen, caps_all)
            fill.handwrite_date_place(pages, fields, vals, pen)
        else:
            fill.fill_typed(pages, fields, vals, scale, spec["typed_font"], spec["typed_place"])
            if spec.get("typed_date"):
                f = fields["date_signature"]
                fill._typed_in(pages[1], vals["date_text"], f["rect"], scale, spec["typed_font"])
            else:
                fill.handwrite_date_place(pages, fields, vals, pen, place=not spec["typed_place"])
    sig = sig_style(spec, spec["pen"][1] if spec.get("pen") else "blue_ball")
    fill.sign_box(pages, fields, vals, rng, scale, sig)
    return pages


def make_raster(spec, rng, out):
    arr = spec["arr"]
    dpi = rng.choice([200, 250]) if arr == "phone_photos" else rng.choice([150, 200, 300])
    pages = fill_pages(spec, rng, dpi)
    grey = rng.random() < 0.85
    files = spec["files"]
    if arr in ("one_pdf", "reversed_pdf"):
        scans = [degrade.scan(p, rng, grey) for p in pages]
        order = [1, 2] if arr == "one_pdf" else [2, 1]
        degrade.images_to_pdf(
            [scans[i - 1] for i in order], out / files[0], quality=rng.choice([70, 80, 88])
        )
        return [{"path": files[0], "pages": [1, 2] if arr == "one_pdf" else [2, 1]}]
    if arr == "two_pdfs":
        for p, name in zip(pages, files):
            degrade.images_to_pdf([degrade.scan(p, rng, grey)], out / name, quality=82)
    elif arr == "phone_photos":
        for p, name, rot in zip(pages, files, spec["rot"]):
            photo = degrade.phone_photo(p, rng, rotate=rot)
            degrade.save_image(photo, out / name, quality=rng.choice([84, 90, 93]))
    else:
        for p, name in zip(pages, files):
            degrade.save_image(
                degrade.scan(p, rng, grey), out / name, quality=rng.choice([78, 86, 92]), dpi=dpi
            )
    return [{"path": files[0], "pages": [1]}, {"path": files[1], "pages": [1]}]


def main(out_dir):
    out_dir = Path(out_dir)
    docs = out_dir / "documents"
    (out_dir / "packets").mkdir(parents=True, exist_ok=True)
    docs.mkdir(parents=True, exist_ok=True)
    names = []
    for spec in FORMS:
        rng = random.Random(f"form_at/{spec['id']}")
        folder = docs / spec["id"]
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        if spec["fill"] == "acroform":
            files = make_acroform(spec, rng, folder)
        else:
            files = make_raster(spec, rng, folder)
        t = truth(spec, files)
        (docs / f"{spec['id']}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(spec["id"])
        print(spec["id"], spec["fill"], spec["arr"], spec["case"], file=sys.stderr)
    manifest = {"packets": [], "documents": names}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
