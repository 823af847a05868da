"""Blind set form_ac: 24 PUMa application forms (cerfa 15763*02, S1106) as people send them.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import sys

import cv2

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import degrade  # noqa: E402
import fill  # noqa: E402
import hand  # noqa: E402
import layout  # noqa: E402
import pikepdf  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from people import JOBS, MONTHS_FR, PEOPLE, nir_for, nir_key, strip_accents  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

cv2.setNumThreads(1)

# (fill way, look, arrangement, case, print run, situation)
PLAN = [
    ("hand", "scan", "img2", "ok", "R1", "salarie"),
    ("hand", "phone_photo", "photos", "ok", "R2", "sans_activite"),
    ("hand", "image_pdf", "pdf1", "unsigned", "R1", "salarie"),
    ("hand", "scan", "img2_rev", "us_date", "R1", "etudiant"),
    ("hand", "phone_photo", "photos", "date_words", "R3", "salarie"),
    ("hand", "image_pdf", "pdf_rev", "two_ticked", "R2", "salarie+etudiant"),
    ("hand", "scan", "img2", "stray_mark", "R1", "demandeur_emploi"),
    ("hand", "phone_photo", "photos", "ok", "R2", "salarie"),
    ("hand", "image_pdf", "pdf2", "nir_key", "R3", "salarie"),
    ("typed_print", "scan", "img2", "ok", "R1", "salarie"),
    ("typed_print", "image_pdf", "pdf1", "no_date", "R2", "sans_activite"),
    ("typed_print", "phone_photo", "photos", "ok", "R3", "independant"),
    ("typed_print", "image_pdf", "pdf_rev", "future_date", "R1", "salarie"),
    ("typed_print", "scan", "img2_rev", "label_only", "R3", "sans_activite"),
    ("typed_print", "image_pdf", "pdf2", "before_arrival", "R2", "salarie"),
    ("acroform", "text_pdf", "pdf1", "ok", "R1", "salarie"),
    ("acroform", "text_pdf", "pdf1", "ok", "R3", "etudiant"),
    ("acroform", "text_pdf", "pdf1", "unsigned", "R1", "sans_activite"),
    ("acroform", "text_pdf", "pdf1", "none_ticked", "R2", ""),
    ("acroform_printed", "scan", "img2", "ok", "R3", "salarie"),
    ("acroform_printed", "image_pdf", "pdf1", "ok", "R1", "demandeur_emploi"),
    ("acroform_printed", "phone_photo", "photos", "ok", "R2", "salarie"),
    ("hand", "scan", "img2", "ok", "R2", "autre"),
    ("acroform_printed", "image_pdf", "pdf_rev", "ok", "R3", "sans_activite"),
]

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
    "before_arrival": "questionable",
    "nir_key": "questionable",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "other",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
AUTRE = [
    "télétravail pour une société américaine",
    "conjoint de ressortissant français, sans emploi",
    "en attente de mon premier contrat",
]


def iso(d: dt.date) -> str:
    return d.isoformat()


def make_values(i: int, plan, rng: random.Random) -> tuple[dict, dict, dict]:
    fill_way, look, arr, case, run, sit = plan
    (sur, usage, given, sex, dob, town, country, nat, ccode, addr, pc, city) = PEOPLE[i]
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    by_hand = fill_way == "hand"
    drop = by_hand and rng.random() < 0.5  # capitals written without accents
    cap = (lambda s: strip_accents(s).upper()) if drop else (lambda s: s.upper())
    v: dict = {"sex": sex}
    v["surname_w"] = cap(sur)
    v["usage_w"] = cap(usage) if usage else None
    if run == "R2" and by_hand and rng.random() < 0.5:
        v["given_w"] = given  # freehand on a line: mixed case
    else:
        v["given_w"] = cap(given)
    d = dt.date.fromisoformat(dob)
    v["dob_digits"] = d.strftime("%d%m%Y")
    v["birth_town_w"] = town if rng.random() < 0.6 else town.upper()
    v["birth_country_w"] = country if rng.random() < 0.6 else country.upper()
    v["nationality_w"] = nat if rng.random() < 0.5 else nat.upper()
    # dates ----------------------------------------------------------------------------
    signed_on = as_of - dt.timedelta(days=rng.randint(2, 40))
    arrival = None
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(4, 25))
    if case == "us_date":
        signed_on = (
            dt.date(2026, 11, rng.randint(13, min(as_of.day, 31) - 1))
            if as_of.month == 11
            else dt.date(2026, 11, rng.randint(13, 28))
        )
    if sit in ("sans_activite", "autre") or rng.random() < 0.4:
        arrival = signed_on - dt.timedelta(days=rng.randint(100, 400))
    if case == "before_arrival":
        signed_on = dt.date(2026, 9, rng.randint(1, 25))
        arrival = signed_on + dt.timedelta(days=rng.randint(6, 20))
    v["arrival_digits"] = arrival.strftime("%d%m%Y") if arrival else None
    date_text = signed_on.strftime("%d/%m/%Y")
    if case == "us_date":
        date_text = signed_on.strftime("%m/%d/%Y")
    if case == "date_words":
        date_text = f"{signed_on.day} {MONTHS_FR[signed_on.month - 1]} {signed_on.year}"
    if case == "no_date":
        date_text = None
        signed_on = None
    v["date_text"] = date_text
    # NIR ---------------------------------------------------------------------------------
    v["nir13"] = None
    v["nir_key_w"] = None
    if case == "nir_key" or rng.random() < 0.2:
        n13 = nir_for(sex, dob, ccode, rng.randint(1, 600))
        key = nir_key(n13)
        if case == "nir_key":
            key = f"{(int(key) + rng.choice([3, 11, 27, 40])) % 97 + 1:02d}"
            if key == nir_key(n13):
                key = f"{(int(key) + 5) % 97 + 1:02d}"
        v["nir13"], v["nir_key_w"] = n13, key
    # address --------------------------------------------------------------------------
    v["address_w"] = addr if rng.random() < 0.7 else addr.upper()
    v["postcode"] = pc
    v["city_w"] = city if rng.random() < 0.6 else city.upper()
    g = random.Random(f"phone{i}")
    v["phone"] = f"0{g.choice([6, 7])} " + " ".join(f"{g.randint(0, 99):02d}" for _ in range(4))
    first = strip_accents(given.split()[0].split("-")[0]).lower()
    last = strip_accents(sur).lower().replace(" ", "").replace("'", "")
    v["email"] = (
        f"{first}.{last}{g.choice(['', '87', '2', '.fr'])}@"
        f"{g.choice(['gmail.com', 'yahoo.fr', 'outlook.fr', 'hotmail.com'])}"
    )
    if rng.random() < 0.2:
        v["email"] = None
    # situation ----------------------------------------------------------------------------
    ticked = [s for s in sit.split("+") if s]
    v["ticked"] = ticked
    v["contract_box"] = None
    v["job"] = None
    contract = None
    if "salarie" in ticked:
        contract = rng.choice(["CDI", "CDI", "CDD", "intérim"]) if sit == "salarie" else "CDD"
        v["contract_box"] = {"CDI": "ct_CDI", "CDD": "ct_CDD", "intérim": "ct_interim"}[contract]
        v["job"] = rng.choice(JOBS[contract])
    v["autre_text"] = rng.choice(AUTRE) if "autre" in ticked else None
    v["place_w"] = city
    # signature --------------------------------------------------------------------------
    v["sign"] = {"unsigned": "none", "label_only": "none", "stray_mark": "stray"}.get(case, "sign")
    v["sig_name"] = f"{given.split()[0]} {(usage or sur)}"
    if case == "unsigned" and fill_way == "acroform":
        v["sign"] = "none"
    fields = {
        "surname": v["surname_w"],
        "usage_name": v["usage_w"],
        "given_names": v["given_w"],
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": EMPLOYMENT[ticked[0]] if len(ticked) == 1 else None,
        "situation": sit or None,
        "contract_type": contract,
        "signed": v["sign"] == "sign",
        "signed_on": iso(signed_on) if signed_on else None,
        "date_text": date_text,
        "place": city,
        "nir": (v["nir13"] + v["nir_key_w"]) if v["nir13"] else None,
        "nir_key_valid": (v["nir_key_w"] == nir_key(v["nir13"])) if v["nir13"] else None,
        "arrival_date": iso(arrival) if arrival else None,
        "nationality": v["nationality_w"],
        "place_of_birth": f"{town}, {country}",
        "address": f"{addr}, {pc} {city}",
    }
    applicant = {"surname": sur.upper(), "given_names": given.upper(), "date_of_birth": dob}
    meta = {"as_of": iso(as_of), "signed_on": signed_on, "arrival": arrival}
    return v, fields, {"applicant": applicant, **meta}


DEFECTS = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "a small stray mark in the signature box, no signature",
    "future_date": "dated {signed_on}, after the audit date {as_of}",
    "us_date": "date written MM/DD/YYYY: {date_text}",
    "no_date": "the 'le' date field is blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
    "before_arrival": "signed {signed_on}, before the arrival date in France {arrival} "
    "written in section A",
    "nir_key": "NIR key does not match the 13 digits (mistyped key)",
}


def build_pdf(v: dict, run: str, fill_way: str, rng: random.Random, sig_img=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    c.setSubject("S1106 - cerfa 15763*02")
    d = layout.Drawer(c, run)
    typed_font = rng.choice(["LibSans", "DejaSans", "LibMono", "Carlito", "OpenSans"])
    typed_size = rng.uniform(9, 10.5)
    skip = set() if rng.random() < 0.6 else {"date"}
    for page, draw in ((1, layout.draw_page1), (2, layout.draw_page2)):
        draw(d)
        if fill_way == "typed_print":
            fill.typed(c, d.geo, v, page, typed_font, typed_size, skip)
        elif fill_way.startswith("acroform"):
            fill.acro_fields(c, d.geo, v, page, run)
            if page == 2 and sig_img is not None:
                fill.paste_signature(c, d.geo, sig_img)
        c.showPage()
    c.save()
    v["_typed_date"] = fill_way == "typed_print" and "date" not in skip
    return buf.getvalue(), d.geo


def strip_text_appearances(data: bytes, all_text: bool) -> bytes:
    """Drop the appearance streams of comb fields (or of every text field): viewers rebuild
    them from /V because NeedAppearances is set."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            comb = int(annot.get("/Ff", 0)) & (1 << 24)
            if annot.get("/FT") == "/Tx" and "/AP" in annot and (all_text or comb):
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def rasterize(data: bytes, dpi: int, forms: bool):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    pages = [
        pdf[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        for i in range(len(pdf))
    ]
    pdf.close()
    return pages


def make_form(i: int, out: str) -> dict:
    plan = PLAN[i]
    fill_way, look, arr, case, run, sit = plan
    name = f"d{i + 1:03d}"
    rng = random.Random(f"form_ac/{name}")
    v, fields, meta = make_values(i, plan, rng)
    pen = hand.random_pen(rng)
    folder = os.path.join(out, "documents", name)
    os.makedirs(folder, exist_ok=True)
    sig_img = None
    if fill_way == "acroform" and v["sign"] == "sign":
        sig_img = fill.signature_png(v["sig_name"], rng, pen.ink)
    data, geo = build_pdf(v, run, fill_way, rng, sig_img)
    notes = [f"print run {run}", f"fill {fill_way}"]
    files: list[dict] = []
    if fill_way == "acroform":
        with_ap = rng.random() < 0.5
        data = strip_text_appearances(data, all_text=not with_ap)
        notes.append(
            "plain text fields with appearance streams, comb fields without"
            if with_ap
            else "text fields without appearance streams (NeedAppearances)"
        )
        notes.append("handwritten signature image pasted" if sig_img else "no signature image")
        fname = rng.choice(
            ["cerfa_15763-02_rempli.pdf", "S1106_demande_PUMa.pdf", "formulaire_puma.pdf"]
        )
        with open(os.path.join(folder, fname), "wb") as f:
            f.write(data)
        files = [{"path": fname, "pages": [1, 2]}]
    else:
        dpi = 250 if look == "phone_photo" else 200
        if fill_way == "acroform_printed":
            data = strip_text_appearances(data, all_text=False)
        pages = rasterize(data, dpi, fill_way == "acroform_printed")
        if fill_way == "hand":
            pages = fill.by_hand(pages, geo, v, pen, rng, dpi)
        else:
            only = set() if v.get("_typed_date") else {"date"}
            pages = fill.by_hand(pages, geo, v, pen, rng, dpi, only=only)
            notes.append("date typed" if v.get("_typed_date") else "date written by hand")
        files = emit(pages, look, arr, folder, rng, dpi, notes)
    status = STATUS[case]
    defect = DEFECTS.get(case)
    if defect:
        defect = defect.format(
            signed_on=meta["signed_on"],
            as_of=meta["as_of"],
            date_text=v["date_text"],
            arrival=meta["arrival"],
        )
    if case == "label_only" and run != "R3":
        raise AssertionError("label_only needs the grey label inside the box (R3)")
    fields["signed"] = v["sign"] == "sign"
    truth = {
        "as_of": meta["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": status,
        "defect": defect,
        "fill_way": fill_way,
        "case": case,
        "applicant": meta["applicant"],
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": "text_pdf" if fill_way == "acroform" else look,
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
    }
    with open(os.path.join(out, "documents", name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return truth


def emit(pages, look, arr, folder, rng, dpi, notes) -> list[dict]:
    """Degrade the two page rasters and write them in the arrangement; returns truth files."""
    if look == "phone_photo":
        rots = [rng.choice([0, 0, 0, 90, 270, 180]) for _ in pages]
        imgs = [degrade.phone_photo(p, rng, r) for p, r in zip(pages, rots, strict=True)]
        notes.append("rotations " + ", ".join(f"{r}°" for r in rots))
        start = rng.randint(2000, 9000)
        names = [f"IMG_{start + j}.jpg" for j in range(2)]
        for im, n in zip(imgs, names, strict=True):
            im.save(os.path.join(folder, n), "JPEG", quality=rng.randint(82, 92))
        return [{"path": n, "pages": [1]} for n in names]
    out_dpi = rng.choice([150, 200]) if look == "scan" else rng.choice([150, 200])
    imgs = [degrade.scan(p, rng, out_dpi, dpi) for p in pages]
    if arr in ("img2", "img2_rev"):
        k = rng.randint(10, 400)
        if arr == "img2":
            names = rng.choice(
                [
                    [f"scan_{k:04d}.jpg", f"scan_{k + 1:04d}.jpg"],
                    ["cerfa_page1.jpg", "cerfa_page2.jpg"],
                    [f"Numérisation_{k}.png", f"Numérisation_{k + 1}.png"],
                ]
            )
        else:
            names = rng.choice(
                [
                    [f"scan_{k + 1:04d}.jpg", f"scan_{k:04d}.jpg"],
                    ["formulaire_recto.jpg", "annexe_engagements.jpg"],
                ]
            )
            notes.append("file names sort page 2 first")
        for im, n in zip(imgs, names, strict=True):
            if n.endswith(".png"):
                im.convert("L").save(os.path.join(folder, n), "PNG")
            else:
                im.save(
                    os.path.join(folder, n),
                    "JPEG",
                    quality=rng.randint(70, 90),
                    dpi=(out_dpi, out_dpi),
                )
        return [{"path": n, "pages": [1]} for n in names]
    producer = rng.choice(["HP Scan", "Canon MF Scan Utility", "EPSON Scan", "Brother iPrint&Scan"])
    if arr == "pdf1":
        n = rng.choice(["demande_puma.pdf", "scan_cerfa.pdf", "Doc1.pdf"])
        degrade.image_pdf(imgs, os.path.join(folder, n), rng, producer)
        return [{"path": n, "pages": [1, 2]}]
    if arr == "pdf_rev":
        n = rng.choice(["formulaire_S1106.pdf", "SCAN0042.pdf"])
        degrade.image_pdf(imgs[::-1], os.path.join(folder, n), rng, producer)
        notes.append("pages in reverse order: form page 1 is PDF page 2")
        return [{"path": n, "pages": [2, 1]}]
    names = ["cerfa_p1.pdf", "cerfa_p2.pdf"]
    for im, n in zip(imgs, names, strict=True):
        degrade.image_pdf([im], os.path.join(folder, n), rng, producer)
    return [{"path": n, "pages": [1]} for n in names]


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    layout.register_fonts()
    only = os.environ.get("FORM_AC_ONLY")
    idx = [int(x) for x in only.split(",")] if only else range(len(PLAN))
    docs = []
    for i in idx:
        make_form(i, out)
        docs.append(f"d{i + 1:03d}")
        print(docs[-1], PLAN[i][0], PLAN[i][3], file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": [], "documents": docs}, f, indent=2)


if __name__ == "__main__":
    main()
