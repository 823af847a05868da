"""Blind set form_ag: 16 application forms (cerfa 15763*02 / S1106), single documents.

Usage: python generate.py OUT_DIR
"""

import io
import json
import os
import random
import sys

import cv2
import pikepdf
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import degrade  # noqa: E402
import fill  # noqa: E402
import hand  # noqa: E402
from items import FILE_NAMES, ITEMS, P  # noqa: E402
from layout import A4, RUNS, draw_form  # noqa: E402

cv2.setNumThreads(1)
DPI = 200

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
    "future_date": "signature date later than the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
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
CONTRACT = {"CDI": "CDI", "CDD": "CDD", "interim": "intérim"}


def make_pdf(run, fill_page):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setCreator("cerfa")
    fields = draw_form(c, run, fill_page)
    c.save()
    return buf.getvalue(), fields


def rasterize(pdf_bytes):
    doc = pdfium.PdfDocument(pdf_bytes)
    doc.init_forms()
    pages = [
        doc[i].render(scale=DPI / 72, may_draw_forms=True).to_pil().convert("RGB")
        for i in range(len(doc))
    ]
    doc.close()
    return pages


def strip_appearances(pdf_bytes):
    """An AcroForm saved by a viewer that leaves appearances to the reader."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if annot.get("/Subtype") == "/Widget" and "/AP" in annot:
                    del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


def signature_name(person, rng):
    given = person["given"].split()[0]
    sur = (person["usage"] or person["surname"]).title()
    return rng.choice([f"{given[0]}. {sur}", f"{given} {sur}", sur, f"{given[0]}{sur[:4]}"])


def sign_page2(img, fields, item, person, rng, values, date_by_hand):
    """Handwritten date/place (if wanted) and signature or the case's mark on page 2."""
    box = fields["signature"]["rect"]
    pen = hand.Pen(img, DPI, rng, item.get("hand", "dkg"), item.get("ink", "blue"))
    if date_by_hand and item["date"]:
        r = fields["date_signature"]["rect"]
        pen.write_in(r, item["date"])
    case = item["case"]
    if case == "stray_mark":
        x, y, w, h = box
        pen.dot(x + w * rng.uniform(0.55, 0.8), y + h * rng.uniform(0.55, 0.8), 0.45)
        pen.tick((x + w * 0.12, y + h * 0.62, 2.2, 2.2), "check")
    elif case not in ("unsigned", "label_only"):
        pen.signature(box, signature_name(person, rng), item.get("sig", "z003"))


def build_pages(item, person, rng):
    """Returns (kind, payload, written values): kind 'pdf' (text PDF) or 'images'."""
    run = RUNS[item["run"]]
    values = fill.field_values(item, person)
    way = item["fill"]
    if way == "hand":
        values = fill.hand_values(item, values, run)
        blank, fields = make_pdf(item["run"], None)
        pages = rasterize(blank)
        for i, img in enumerate(pages):
            fill.hand_fill(img, DPI, i + 1, fields, values, item, rng)
        sign_page2(pages[1], fields, item, person, rng, values, date_by_hand=False)
        return "images", pages, values
    if way == "typed_print":
        skip = () if item.get("typed_date") else ("date_signature",)
        pdf, fields = make_pdf(item["run"], lambda d, p: fill.typed_fill(d, p, values, rng, skip))
        pages = rasterize(pdf)
        sign_page2(
            pages[1], fields, item, person, rng, values, date_by_hand=not item.get("typed_date")
        )
        return "images", pages, values
    sig = None
    if way == "acroform" and item["case"] not in ("unsigned", "label_only", "stray_mark"):
        sig = hand.signature_image(
            signature_name(person, rng), rng, item["sig"], 90, hand.INKS["blue"]
        )
    pdf, fields = make_pdf(item["run"], lambda d, p: fill.acro_fill(d, p, values, sig))
    if way == "acroform":
        if not item.get("ap", True):
            pdf = strip_appearances(pdf)
        return "pdf", pdf, values
    pages = rasterize(pdf)
    sign_page2(pages[1], fields, item, person, rng, values, date_by_hand=False)
    return "images", pages, values


def capture(pages, item, rng):
    look = item["look"]
    if look == "scan":
        return [degrade.scan(p, rng) for p in pages]
    if look == "image_pdf":
        f = degrade.photocopy if item.get("copy") == "photocopy" else degrade.scan
        return [f(p, rng) for p in pages]
    rots = item.get("rot", (0, 0))
    return [
        degrade.phone_photo(p, rng, rng.choice([4032, 4000, 3264]), rot)
        for p, rot in zip(pages, rots)
    ]


def write_files(folder, item, names, kind, payload, rng):
    """Write the document's files; return the truth 'files' list (page 1 first)."""
    arr = item["arr"]
    if kind == "pdf":
        with open(os.path.join(folder, names[0]), "wb") as fh:
            fh.write(payload)
        return [{"path": names[0], "pages": [1, 2]}]
    imgs = payload
    if arr in ("pdf2", "pdf2_rev"):
        order = imgs if arr == "pdf2" else imgs[::-1]
        with open(os.path.join(folder, names[0]), "wb") as fh:
            fh.write(degrade.images_to_pdf(order, rng.randint(45, 70)))
        return [{"path": names[0], "pages": [1, 2] if arr == "pdf2" else [2, 1]}]
    if arr == "two_pdfs":
        for n, im in zip(names, imgs):
            with open(os.path.join(folder, n), "wb") as fh:
                fh.write(degrade.images_to_pdf([im], rng.randint(50, 75)))
        return [{"path": n, "pages": [1]} for n in names]
    # two image files; for two_images_p2_first names[0] holds page 2
    order = (
        list(zip(names, imgs))
        if arr != "two_images_p2_first"
        else [(names[1], imgs[0]), (names[0], imgs[1])]
    )
    for n, im in order:
        path = os.path.join(folder, n)
        if n.lower().endswith(".png"):
            im.convert("L").save(path, "PNG", optimize=False)
        else:
            im.save(path, "JPEG", quality=rng.randint(72, 90))
    return [{"path": n, "pages": [1]} for n, _ in order]


def truth_for(item, person, values, files):
    sits = item["sit"]
    one = len(sits) == 1
    signed = item["case"] not in ("unsigned", "label_only", "stray_mark")
    written_sur = values["nom_naissance"]
    fields = {
        "surname": written_sur,
        "usage_name": values["nom_usage"] or None,
        "given_names": values["prenoms"],
        "sex": person["sex"],
        "date_of_birth": person["dob"],
        "employment_status": EMPLOYMENT[sits[0]] if one else None,
        "situation": fill.situation_key(sits),
        "contract_type": CONTRACT.get(item.get("ct")) if "salarie" in sits else None,
        "signed": signed,
        "signed_on": item["meant"],
        "date_text": item["date"],
        "place": item["place"],
        "nir": person.get("nir"),
    }
    notes = (
        f"print run {item['run']}, fill {item['fill']}, look {item['look']}, "
        f"arrangement {item['arr']}"
    )
    if item.get("strike_place"):
        notes += f"; '{item['strike_place']}' struck out before the place"
    if item["fill"] == "acroform":
        notes += "; appearance streams " + ("kept" if item.get("ap", True) else "removed")
    return {
        "as_of": item["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": CASE_STATUS[item["case"]],
        "defect": DEFECT.get(item["case"]),
        "fill_way": item["fill"],
        "case": item["case"],
        "applicant": {
            "surname": written_sur,
            "given_names": values["prenoms"],
            "date_of_birth": person["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": item["look"],
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def main(out):
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    names = []
    for i, item in enumerate(ITEMS):
        name = f"d{i + 1:03d}"
        rng = random.Random(f"form_ag/{name}")
        person = P[item["p"]]
        kind, payload, values = build_pages(item, person, rng)
        if kind == "images":
            payload = capture(payload, item, rng)
        folder = os.path.join(out, "documents", name)
        os.makedirs(folder, exist_ok=True)
        files = write_files(folder, item, FILE_NAMES[i], kind, payload, rng)
        truth = truth_for(item, person, values, files)
        with open(
            os.path.join(out, "documents", name + ".truth.json"), "w", encoding="utf-8"
        ) as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
        names.append(name)
        print(name, item["case"], item["fill"], item["look"], file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": [], "documents": names}, fh, indent=2)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
