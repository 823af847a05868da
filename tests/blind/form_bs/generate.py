"""Blind set form_bs: 16 application forms (cerfa 15763*02, S1106) as people send them.

Usage: python generate.py OUT_DIR
"""

import io
import json
import random
import sys
from pathlib import Path

import cv2
import numpy as np
import pikepdf
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import acro
import degrade
import fill
import ink
import layout
from items import ITEMS
from rules import (
    CT_LABEL,
    CT_TICK,
    DEFECT,
    EMPLOYMENT,
    SITUATION,
    STATUS,
    check_item,
    nir_with_key,
)

cv2.setNumThreads(1)
LINE_KEYS = (
    "lieu_naissance",
    "pays_naissance",
    "nationalite",
    "adresse",
    "commune",
    "emploi",
    "autre_precision",
    "fait_a",
    "contrat",
)


def written_values(it):
    """The values as they end up on the form (capitals where the writer uses them)."""
    hand = it["way"] == "hand"
    comb_caps = hand and it["run"] == "R1"
    v = {
        "nom_naissance": it["surname"],
        "nom_usage": it["usage"] or "",
        "prenoms": it["given"].upper() if comb_caps or (hand and it.get("caps")) else it["given"],
        "date_naissance": "".join(reversed(it["dob"].split("-"))),
        "lieu_naissance": it["birth_city"],
        "pays_naissance": it["birth_country"],
        "nationalite": it["nationality"],
        "adresse": it["address"],
        "code_postal": it["cp"],
        "commune": it["city"],
        "telephone": it["phone"],
        "email": it["email"],
        "emploi": it.get("job") or "",
        "autre_precision": it.get("autre") or "",
        "fait_a": it["place"],
        "le": it["date_text"] or "",
    }
    if hand and it.get("caps"):
        for k in LINE_KEYS:
            if k in v:
                v[k] = v[k].upper()
    if it["nir"]:
        v["nir"], v["nir_cle"] = nir_with_key(it["nir"])
    ticks = {f"sexe_{it['sex']}", *it["situation"]}
    if it["contract"]:
        if it["run"] == "R1":
            ticks.add(CT_TICK[it["contract"]])
        else:
            v["contrat"] = it["contract"].upper() if hand and it.get("caps") else it["contract"]
    return v, ticks


def truth_fields(it, v):
    sits = [SITUATION[s] for s in it["situation"]]
    status = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    contract = None
    if it["contract"]:
        contract = CT_LABEL[it["contract"]] if it["run"] == "R1" else v["contrat"]
    return {
        "surname": v["nom_naissance"],
        "usage_name": v["nom_usage"] or None,
        "given_names": v["prenoms"],
        "sex": it["sex"],
        "date_of_birth": it["dob"],
        "employment_status": status,
        "situation": "+".join(sits) or None,
        "contract_type": contract,
        "signed": it["sign"] in ("pen", "image"),
        "signed_on": it["signed_on"],
        "date_text": it["date_text"],
        "place": v["fait_a"],
        "nir": v["nir"] + v["nir_cle"] if "nir" in v else None,
    }


def build_pdf(it, v, ticks, rng):
    """Print run + values + signature, as a PDF (AcroForm fields for the fillable ways)."""
    hand = it.get("hand") or ("H-dkg", "blue", 11.0, 0.1)
    writer = fill.writer_for(rng, hand, it.get("caps_font"))
    typer = fill.Typer(rng, it.get("typer", "T-liber"))
    signer = (it["usage"] or it["surname"]).split()[0].title()
    item = {
        "way": it["way"],
        "run": it["run"],
        "values": v,
        "ticks": ticks,
        "sign": it["sign"],
        "hand_keys": it.get("hand_keys", set()),
        "signer_name": signer,
        "tick_style": rng.choice(["cross", "check"]),
    }
    if it["sign"] == "image":
        item["sig_image"] = ink.signature_image(
            rng, signer, rng.choice(["blue", "black"]), paper=it.get("sig_paper", False)
        )
        item["sig_scale"] = rng.uniform(0.5, 0.7)
        item["sig_pos"] = rng.uniform(0.2, 0.6)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    slots = layout.draw_run(c, it["run"], fill.make_overlay(item, writer, typer))
    c.save()
    data = buf.getvalue()
    if it["way"].startswith("acroform"):
        data = acro.add_fields(
            data,
            it["run"],
            slots,
            v,
            ticks,
            appearances=it.get("appearances", True),
            style=rng.choice(["check", "cross"]),
            skip=it.get("hand_keys", set()),
        )
    return data


def split_pdf(data, keep):
    """One page of a fillable PDF, with only that page's fields."""
    pdf = pikepdf.open(io.BytesIO(data))
    del pdf.pages[1 - keep]
    page = pdf.pages[0]
    ids = {a.objgen for a in page.obj.get("/Annots", [])}
    pdf.Root.AcroForm.Fields = pikepdf.Array(
        [f for f in pdf.Root.AcroForm.Fields if f.objgen in ids]
    )
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def write_files(it, data, folder, nrng):
    """Turn the PDF into the files the applicant sends; return the truth's files list."""
    files, arr, look = it["files"], it["arr"], it["look"]
    if look == "text_pdf":
        if arr == "pdf_two":
            for i, name in enumerate(files):
                (folder / name).write_bytes(split_pdf(data, i))
            return [{"path": files[0], "pages": [1]}, {"path": files[1], "pages": [1]}]
        (folder / files[0]).write_bytes(data)
        return [{"path": files[0], "pages": [1, 2]}]
    if look == "phone_photo":
        pages = degrade.render(data, 250)
        rots = it.get("rotations", [0, 0])
        for name, page, rot in zip(files, pages, rots):
            img = degrade.photo(page, nrng, rot)
            (folder / name).write_bytes(degrade.jpeg_bytes(img, int(nrng.integers(86, 93))))
        return [{"path": files[0], "pages": [1]}, {"path": files[1], "pages": [1]}]
    dpi = it.get("dpi", 200)
    grey = it.get("grey", it["id"] in ("d008", "d013"))
    scans = [degrade.scan(p, nrng, grey) for p in degrade.render(data, dpi)]
    quality = int(nrng.integers(78, 91))
    if look == "scan":
        for name, img in zip(files, scans):
            raw = (
                degrade.png_bytes(img)
                if name.endswith(".png")
                else degrade.jpeg_bytes(img, quality)
            )
            (folder / name).write_bytes(raw)
        return [{"path": files[0], "pages": [1]}, {"path": files[1], "pages": [1]}]
    if arr == "pdf_two":
        for name, img in zip(files, scans):
            (folder / name).write_bytes(degrade.image_pdf([img], quality, dpi))
        return [{"path": files[0], "pages": [1]}, {"path": files[1], "pages": [1]}]
    if arr == "pdf_reversed":
        (folder / files[0]).write_bytes(degrade.image_pdf(scans[::-1], quality, dpi))
        return [{"path": files[0], "pages": [2, 1]}]
    (folder / files[0]).write_bytes(degrade.image_pdf(scans, quality, dpi))
    return [{"path": files[0], "pages": [1, 2]}]


NOTES = {
    "hand": "printed blank form filled in by hand with a pen",
    "typed_print": "values typed on screen with a PDF editor's text tool, printed, then "
    "signed by hand",
    "acroform": "the fillable PDF itself with AcroForm fields",
    "acroform_printed": "the fillable PDF printed with its values, then signed by hand",
}


def make_item(it, out):
    check_item(it)
    rng = random.Random(f"form_bs/{it['id']}")
    nrng = np.random.default_rng(int(it["id"][1:]) * 7919 + 17)
    v, ticks = written_values(it)
    data = build_pdf(it, v, ticks, rng)
    folder = out / "documents" / it["id"]
    folder.mkdir(parents=True, exist_ok=True)
    files = write_files(it, data, folder, nrng)
    fields = truth_fields(it, v)
    extra = ""
    if it["way"] == "acroform":
        extra = (
            "; appearance streams present"
            if it.get("appearances", True)
            else ("; no appearance streams (NeedAppearances true)")
        )
        if it["sign"] == "image":
            extra += "; handwritten signature image pasted in the box"
    if it.get("hand_keys"):
        extra += "; handwritten: " + ", ".join(sorted(it["hand_keys"]))
    truth = {
        "as_of": it["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[it["case"]],
        "defect": DEFECT.get(it["case"]),
        "fill_way": it["way"],
        "case": it["case"],
        "applicant": {k: fields[k] for k in ("surname", "given_names", "date_of_birth")},
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": it["look"],
                "fields": fields,
                "notes": f"{NOTES[it['way']]}; print run {it['run']}; arrangement {it['arr']}"
                f"{extra}",
            }
        ],
    }
    (out / "documents" / f"{it['id']}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return it["id"]


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    docs = [make_item(it, out) for it in ITEMS]
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
