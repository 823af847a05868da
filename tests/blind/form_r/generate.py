"""form_r blind set: single PUMa application forms (cerfa 15763*02, S1106).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cv2  # noqa: E402
import degrade  # noqa: E402
import fill  # noqa: E402
import hand  # noqa: E402
import layout  # noqa: E402
import people  # noqa: E402
import pikepdf  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

cv2.setNumThreads(1)
DPI = 200
SCALE = DPI / 72.0
FILL_WAYS = ["hand"] * 22 + ["typed_print"] * 18 + ["acroform"] * 16 + ["acroform_printed"] * 16
CASES = (
    ["ok"] * 34
    + ["date_words"] * 4
    + ["unsigned"] * 4
    + ["label_only"] * 4
    + ["stray_mark"] * 4
    + ["future_date"] * 4
    + ["us_date"] * 5
    + ["no_date"] * 4
    + ["none_ticked"] * 4
    + ["two_ticked"] * 5
)
RASTER_ARRANGEMENTS = [
    "one_pdf",
    "one_pdf_reversed",
    "two_pdfs",
    "two_images",
    "two_images_p2_first",
    "phone_photos",
]
ACRO_ARRANGEMENTS = ["one_pdf", "one_pdf_reversed", "two_pdfs"]
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
    "unsigned": "unsigned: the signature box is empty",
    "label_only": "unsigned: only the printed word 'Signature' is in the box",
    "stray_mark": "unsigned: a stray mark in the signature box, no signature",
    "future_date": "signature date is after the audit date",
    "us_date": "signature date written MM/DD/YYYY (day above 12)",
    "no_date": "the 'le' date is left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
TYPED_FONTS = ["LSans", "LMono", "FreeSans", "Carlito", "LSerif"]


def plan(master: random.Random) -> list[dict]:
    cases = CASES[:]
    master.shuffle(cases)
    items, counters = [], {}
    for fw, case in zip(FILL_WAYS, cases):
        arrs = ACRO_ARRANGEMENTS if fw == "acroform" else RASTER_ARRANGEMENTS
        n = counters.get(fw, 0)
        counters[fw] = n + 1
        items.append({"fill_way": fw, "case": case, "arrangement": arrs[n % len(arrs)]})
    master.shuffle(items)
    for i, it in enumerate(items):
        if it["case"] == "label_only":
            it["run"] = ["R21", "R23"][i % 2]
        elif it["case"] == "unsigned":
            it["run"] = "R19"
        else:
            it["run"] = ["R19", "R21", "R23"][i % 3]
    return items


def pdf_bytes(run, pages, draw):
    """A reportlab PDF of the given page numbers; draw(c, page, geo) adds the filling."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("")
    for p in pages:
        geo = layout.draw_page(c, run, p)
        draw(c, p, geo)
        c.showPage()
    c.save()
    return buf.getvalue()


def render(data: bytes, forms: bool):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    img = pdf[0].render(scale=SCALE, may_draw_forms=forms).to_pil().convert("RGB")
    pdf.close()
    return img


def strip_appearances(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if "/AP" in annot:
                    del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, static_id=True)
        return out.getvalue()


def file_names(rng, arrangement, ext):
    n = rng.randint(12, 980)
    if arrangement == "one_pdf" or arrangement == "one_pdf_reversed":
        return [
            rng.choice(
                [
                    "demande_puma.pdf",
                    "S1106_rempli.pdf",
                    "formulaire_cpam.pdf",
                    f"Scan_{n:04d}.pdf",
                    f"doc{n:05d}.pdf",
                    "cerfa_15763.pdf",
                ]
            )
        ]
    if arrangement == "two_pdfs":
        return rng.choice(
            [
                ["cerfa_p1.pdf", "cerfa_p2.pdf"],
                [f"Scan_{n:04d}.pdf", f"Scan_{n + 1:04d}.pdf"],
                ["formulaire_page1.pdf", "formulaire_page2.pdf"],
                ["demande_1.pdf", "demande_2.pdf"],
            ]
        )
    if arrangement == "two_images":
        return rng.choice(
            [
                [f"scan_{n:04d}.{ext}", f"scan_{n + 1:04d}.{ext}"],
                [f"formulaire_1.{ext}", f"formulaire_2.{ext}"],
                [f"page1.{ext}", f"page2.{ext}"],
            ]
        )
    if arrangement == "two_images_p2_first":
        t = rng.randint(8 * 3600, 20 * 3600)
        t1, t2 = (f"{x // 3600:02d}{x % 3600 // 60:02d}{x % 60:02d}" for x in (t + 31, t))
        return rng.choice(
            [
                [f"scan_{n + 1:04d}.{ext}", f"scan_{n:04d}.{ext}"],
                [f"IMG_20261104_{t1}.jpg", f"IMG_20261104_{t2}.jpg"],
                [f"2_formulaire.{ext}", f"1_signature.{ext}"],
            ]
        )
    return rng.choice(
        [
            [f"IMG_{n + 2000}.jpg", f"IMG_{n + 2001}.jpg"],
            [f"PXL_20261103_{n:04d}512.jpg", f"PXL_20261103_{n:04d}547.jpg"],
            [
                "WhatsApp Image 2026-11-05 at 18.15.32.jpeg",
                "WhatsApp Image 2026-11-05 at 18.15.33.jpeg",
            ],
        ]
    )


def acro_names(rng, arrangement):
    if arrangement == "two_pdfs":
        return rng.choice(
            [
                ["cerfa_15763-02_p1.pdf", "cerfa_15763-02_p2.pdf"],
                ["S1106_page1.pdf", "S1106_page2.pdf"],
                ["formulaire_rempli_1.pdf", "formulaire_rempli_2.pdf"],
            ]
        )
    return [
        rng.choice(
            [
                "cerfa_15763-02.pdf",
                "S1106_rempli.pdf",
                "demande_ouverture_droits.pdf",
                "formulaire_puma_complete.pdf",
                "cerfa_15763_02_signe.pdf",
            ]
        )
    ]


def make_doc(out: Path, idx: int, item: dict) -> str:
    name = f"d{idx:03d}"
    rng = random.Random(f"form_r/{name}")
    fw, case, run, arr = item["fill_way"], item["case"], item["run"], item["arrangement"]
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    app = people.make_applicant(rng)
    sit = people.make_situation(rng, case)
    sdate = people.sign_date(rng, case, as_of)
    dtext = people.date_text(rng, case, sdate)
    pen = hand.Pen(rng)
    place = app["city"]
    v = fill.build_values(rng, app, sit, run, fw, pen, place, dtext)
    signed = case not in ("unsigned", "label_only", "stray_mark")
    sig = hand.signature(rng, app["given"], app["surname"], 660, 240) if signed else None
    date_by_hand = fw != "hand" and "date" in v and rng.random() < 0.4
    notes = [f"print run {run}", f"{pen.ink_name} ink" if fw != "acroform" else "filled on screen"]
    ddir = out / "documents" / name
    ddir.mkdir(parents=True, exist_ok=True)

    if fw == "acroform":
        style = rng.choice(["named", "xfa"])
        counter = [0]

        def draw(c, p, geo):
            fill.acro_overlay(c, geo, v, p, style, counter)
            if p == 2 and sig is not None:
                fill.paste_signature(c, geo["sig"]["rect"], sig, pen.ink)
            if p == 2 and case == "stray_mark":
                fill.vector_mark(c, geo["sig"]["rect"], rng)

        no_ap = rng.random() < 0.4
        notes.append("AcroForm without appearance streams" if no_ap else "AcroForm fields")
        names = acro_names(rng, arr)
        orders = {"one_pdf": [[1, 2]], "one_pdf_reversed": [[2, 1]], "two_pdfs": [[1], [2]]}
        for fname, pages in zip(names, orders[arr]):
            data = fill.comb_appearances(pdf_bytes(run, pages, draw))
            if no_ap:
                data = strip_appearances(data)
            (ddir / fname).write_bytes(data)
        files = (
            [{"path": names[0], "pages": [1, 2] if arr == "one_pdf" else [2, 1]}]
            if len(names) == 1
            else [{"path": n, "pages": [1]} for n in names]
        )
        look = "text_pdf"
    else:
        typed_font = rng.choice(TYPED_FONTS)
        typed_size = rng.uniform(9.5, 11)
        style = rng.choice(["named", "xfa"])
        counter = [0]
        skip = {"date"} if date_by_hand else set()
        imgs = {}
        for p in (1, 2):

            def draw(c, pg, geo):
                if fw == "typed_print":
                    fill.typed_overlay(c, geo, v, typed_font, typed_size, skip)
                elif fw == "acroform_printed":
                    vv = {k: val for k, val in v.items() if k not in skip}
                    fill.acro_overlay(c, geo, vv, pg, style, counter)
                draw.geo = geo

            data = pdf_bytes(run, [p], draw)
            if fw == "acroform_printed":
                data = fill.comb_appearances(data)
            geo = draw.geo
            img = render(data, fw == "acroform_printed")
            ink = hand.Ink(img.size)
            if fw == "hand":
                fill.hand_overlay(ink, geo, v, pen, SCALE)
            elif date_by_hand and p == 2:
                fill.hand_overlay(ink, geo, v, pen, SCALE, keys={"date"})
            if p == 2:
                if sig is not None:
                    fill.hand_signature(ink, geo["sig"]["rect"], sig, SCALE, rng)
                if case == "stray_mark":
                    fill.hand_stray(ink, geo["sig"]["rect"], SCALE, pen)
            imgs[p] = ink.composite(img, pen.ink)
        if fw == "typed_print":
            notes.append(f"typed in {typed_font}, signed by hand")
        if date_by_hand:
            notes.append("date written by hand")
        files, look = write_raster(rng, ddir, arr, imgs, notes)

    fields = truth_fields(app, sit, v, case, signed, sdate, dtext)
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECT.get(case),
        "fill_way": fw,
        "case": case,
        "arrangement": arr,
        "print_run": run,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": fields["date_of_birth"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
    }
    (out / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name


def write_raster(rng, ddir, arr, imgs, notes):
    if arr in ("one_pdf", "one_pdf_reversed", "two_pdfs"):
        dpi_to = rng.choice([150, 200, 200])
        q = rng.randint(55, 85)
        jp = {p: degrade.jpeg_bytes(degrade.scan(imgs[p], rng, DPI, dpi_to), q) for p in (1, 2)}
        names = file_names(rng, arr, "pdf")
        if arr == "two_pdfs":
            for fname, p in zip(names, (1, 2)):
                (ddir / fname).write_bytes(degrade.image_pdf([jp[p]]))
            return [{"path": n, "pages": [1]} for n in names], "image_pdf"
        order = [1, 2] if arr == "one_pdf" else [2, 1]
        (ddir / names[0]).write_bytes(degrade.image_pdf([jp[p] for p in order]))
        return [{"path": names[0], "pages": order}], "image_pdf"
    photo = arr == "phone_photos" or (arr == "two_images_p2_first" and rng.random() < 0.5)
    if photo:
        names = file_names(rng, "phone_photos", "jpg")
        if arr == "two_images_p2_first":
            names = names[::-1]
        long_side = rng.choice([2400, 2880, 3264, 3600, 4000])
        for fname, p in zip(names, (1, 2)):
            im = degrade.phone_photo(imgs[p], rng, long_side)
            quarters = rng.choice([0, 0, 0, 1, 2, 3]) if arr == "phone_photos" else 0
            if quarters:
                notes.append(f"page {p} photo rotated {90 * quarters} degrees")
            im = degrade.rotate_quarter(im, quarters)
            (ddir / fname).write_bytes(degrade.jpeg_bytes(im, rng.randint(80, 92)))
        look = "phone_photo"
    else:
        ext = "png" if rng.random() < 0.2 else "jpg"
        names = file_names(rng, arr, ext)
        dpi_to = rng.choice([150, 200, 300]) if ext == "jpg" else 150
        for fname, p in zip(names, (1, 2)):
            im = degrade.scan(imgs[p], rng, DPI, dpi_to)
            data = (
                degrade.png_bytes(im.convert("L"), dpi_to)
                if fname.endswith(".png")
                else degrade.jpeg_bytes(im, rng.randint(70, 92), dpi_to)
            )
            (ddir / fname).write_bytes(data)
        look = "scan"
    return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], look


def truth_fields(app, sit, v, case, signed, sdate, dtext):
    ticked = sit["ticked"]
    d = app["dob"]
    return {
        "surname": v["surname"],
        "usage_name": v.get("usage"),
        "given_names": v["given"],
        "sex": app["sex"],
        "date_of_birth": d.isoformat(),
        "employment_status": people.EMPLOYMENT[ticked[0]] if len(ticked) == 1 else None,
        "situation": "+".join(ticked) if ticked else None,
        "contract_type": sit["contract"] if sit["contract"] else None,
        "signed": signed,
        "signed_on": sdate.isoformat() if dtext else None,
        "date_text": v.get("date"),
        "place": v["place"],
        "nir": (v["nir"] + v["nir_key"]) if "nir" in v else None,
    }


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    master = random.Random("form_r-plan-2026")
    docs = [make_doc(out, i + 1, it) for i, it in enumerate(plan(master))]
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
