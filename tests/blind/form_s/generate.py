"""Blind set form_s: single application forms (cerfa 15763*02, S1106) as people send them.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402
import degrade  # noqa: E402
import fill  # noqa: E402
from hand import Pen  # noqa: E402
from layout import RUNS  # noqa: E402
from people import MONTHS_FR, fmt_phone, make_applicant  # noqa: E402

cv2.setNumThreads(1)
SEED = "form_s/2026"
WAYS_ARR = {
    "acroform": ["pdf2", "pdf2_rev", "two_pdfs"],
    "other": ["pdf2", "two_images", "phone_photos", "pdf2_rev", "two_images_p2first",
              "two_pdfs", "phone_photos"],
}  # fmt: skip
DEFECTS = ["unsigned", "label_only", "stray_mark", "future_date", "us_date", "no_date",
           "none_ticked", "two_ticked"]  # fmt: skip
STATUS = {"ok": "complete", "date_words": "complete", "unsigned": "invalid",
          "label_only": "invalid", "stray_mark": "invalid", "future_date": "invalid",
          "us_date": "invalid", "no_date": "questionable", "none_ticked": "questionable",
          "two_ticked": "questionable"}  # fmt: skip
DEFECT_TEXT = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
JOBS = ["Développeur informatique", "Aide-soignante", "Serveur", "Ingénieur d'études",
        "Agent d'entretien", "Chef de projet", "Préparateur de commandes", "Cuisinier",
        "Chercheuse post-doctorante", "Assistante de direction", "Chauffeur livreur",
        "Data analyst", "Infirmier", "Vendeuse", "Maçon", "Consultant SAP"]  # fmt: skip
AUTRES = ["conjoint(e) de ressortissant français", "retraité(e) d'un régime étranger",
          "au pair", "en attente de titre de séjour", "volontaire service civique"]  # fmt: skip
SITS = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
EMPLOYMENT = {"salarie": "employed", "independant": "employed", "demandeur_emploi":
              "not_employed", "etudiant": "not_employed", "sans_activite": "not_employed",
              "autre": "other"}  # fmt: skip


def plan() -> list[tuple[str, str]]:
    """(case, fill way) for every document."""
    ways = ["hand", "typed_print", "acroform", "acroform_printed"]
    items = []
    for case in DEFECTS:
        ws = list(ways)
        if case == "stray_mark":
            ws = ["hand", "hand", "typed_print", "acroform_printed"]
        items += [(case, w) for w in ws]
    items += [("date_words", w) for w in ways]
    items += [("ok", w) for w in ways for _ in range(8)]
    items.append(("ok", "hand"))
    rng = random.Random(SEED)
    rng.shuffle(items)
    return items


def rng_for(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(f"{SEED}/{key}".encode()).hexdigest()[:16], 16))


def write_date(rng, d: dt.date) -> str:
    r = rng.random()
    if r < 0.7:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if r < 0.9:
        return f"{d.day}/{d.month:02d}/{d.year}"
    return f"{d.day:02d} / {d.month:02d} / {d.year}"


def dates(rng, case, as_of):
    """(signed_on, date_text) for the case."""
    if case == "no_date":
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(3, 50))
        if rng.random() < 0.3:
            d = dt.date(as_of.year + 1, as_of.month, min(as_of.day, 28))
        return d, write_date(rng, d)
    if case == "us_date":
        while True:
            d = as_of - dt.timedelta(days=rng.randint(2, 60))
            if d.day > 12:
                return d, f"{d.month:02d}/{d.day:02d}/{d.year}"
    d = as_of - dt.timedelta(days=rng.randint(1, 45))
    if case == "date_words":
        day = "1er" if d.day == 1 else str(d.day)
        return d, f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    return d, write_date(rng, d)


def situation(rng, case):
    if case == "none_ticked":
        return []
    if case == "two_ticked":
        pair = rng.choice([("salarie", "etudiant"), ("demandeur_emploi", "sans_activite"),
                           ("salarie", "independant"), ("etudiant", "sans_activite"),
                           ("salarie", "demandeur_emploi")])  # fmt: skip
        return list(pair)
    return [rng.choices(SITS, weights=[40, 5, 10, 12, 25, 8])[0]]


def build_values(rng, idx, case, way, as_of):
    a = make_applicant(rng, idx)
    hand = way == "hand"
    sur = a["surname"].upper()
    given = a["given_names"]
    if (hand and rng.random() < 0.6) or rng.random() < 0.25:
        given = given.upper()
    usage = a["usage_name"]
    sits = situation(rng, case)
    contract, job, autre = None, "", ""
    if "salarie" in sits:
        contract = rng.choices(["CDI", "CDD", "Intérim"], weights=[55, 35, 10])[0]
        job = rng.choice(JOBS)
    if "autre" in sits:
        autre = rng.choice(AUTRES)
    if "independant" in sits and rng.random() < 0.5:
        autre = ""
    signed_on, date_text = dates(rng, case, as_of)
    boxes = ["sex_" + a["sex"]] + ["sit_" + s for s in sits]
    if contract:
        boxes.append("ct_" + contract)
    dob = a["dob"]
    vals = {
        "nom": sur, "usage": usage or "", "prenoms": given,
        "dob": f"{dob.day:02d}{dob.month:02d}{dob.year}",
        "lieu_commune": a["birth_town"] if not hand else a["birth_town"].upper(),
        "lieu_pays": a["country"] if not hand or rng.random() < 0.5 else a["country"].upper(),
        "nationalite": a["nationality"].capitalize() if rng.random() < 0.6
        else a["nationality"].upper(),
        "nir": a["nir"] or "", "adresse": a["address"], "cp": a["postcode"],
        "commune": a["city"], "tel": fmt_phone(a["phone"], rng), "email": a["email"],
        "emploi": job, "autre_txt": autre, "place": a["city"], "date": date_text or "",
        "boxes": boxes, "tick_style": rng.choice(["cross", "cross", "check"]),
        "given_plain": a["given_names"].split()[0], "surname_plain": a["surname"],
        "typed_font": rng.choice(["LibSans", "Arimo", "Rob", "LibMono", "OSans"]),
        "typed_size": rng.choice([9.5, 10, 10.5, 11]),
        "comb_mode": rng.choice(["cells", "string"]),
        "sign": {"unsigned": "none", "label_only": "none", "stray_mark": "stray"}.get(case, "hand"),
    }  # fmt: skip
    if usage and rng.random() < 0.3:
        vals["usage"] = ("épouse " if rng.random() < 0.5 else "ép. ") + usage
    fields = {
        "surname": sur, "usage_name": usage, "given_names": given, "sex": a["sex"],
        "date_of_birth": dob.isoformat(),
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(s for s in SITS if s in sits) or None,
        "contract_type": contract, "signed": vals["sign"] == "hand",
        "signed_on": signed_on.isoformat() if signed_on else None, "date_text": date_text,
        "place": a["city"], "nir": a["nir"],
    }  # fmt: skip
    return a, vals, fields


def choose_run(rng, case, i):
    if case == "unsigned":
        return "r2019"
    if case == "label_only":
        return rng.choice(["r2021", "r2023"])
    return sorted(RUNS)[i % 3]


def names_for(rng, arr, way, n):
    k = rng.randint(10, 480)
    if arr in ("pdf2", "pdf2_rev"):
        if way == "acroform":
            return [rng.choice(["cerfa_15763-02_rempli.pdf", "S1106_formulaire.pdf",
                                "demande_ouverture_droits.pdf", "formulaire PUMA.pdf"])]  # fmt: skip
        return [rng.choice([f"scan_{k:04d}.pdf", "formulaire_cpam.pdf", "S1106_signe.pdf",
                            f"Numérisation_2026{k:04d}.pdf", "demande_PUMA.pdf"])]  # fmt: skip
    if arr == "two_pdfs" and way == "acroform":
        return rng.choice([["S1106_page1.pdf", "S1106_page2.pdf"],
                           ["demande_PUMA_1.pdf", "demande_PUMA_2.pdf"]])  # fmt: skip
    if arr == "two_pdfs":
        return rng.choice([["formulaire_page1.pdf", "formulaire_page2.pdf"],
                           ["cerfa_p1.pdf", "cerfa_p2.pdf"],
                           [f"scan_{k:04d}.pdf", f"scan_{k + 1:04d}.pdf"]])  # fmt: skip
    if arr == "two_images":
        return rng.choice([[f"scan_{k:04d}.jpg", f"scan_{k + 1:04d}.jpg"],
                           ["page1.png", "page2.png"],
                           ["formulaire-1.jpg", "formulaire-2.jpg"]])  # fmt: skip
    if arr == "two_images_p2first":
        t = 180000 + k * 7
        return rng.choice([
            [f"IMG_20261104_{t + 15:06d}.jpg", f"IMG_20261104_{t:06d}.jpg"],
            [f"scan_{k + 1:04d}.jpg", f"scan_{k:04d}.jpg"],
            [f"WhatsApp Image 2026-11-0{k % 9 + 1} at 18.{k % 50 + 10}.22.jpeg",
             f"WhatsApp Image 2026-11-0{k % 9 + 1} at 18.{k % 50 + 10}.07.jpeg"],
        ])  # fmt: skip
    n0 = rng.randint(1000, 9000)
    return rng.choice([[f"IMG_{n0}.jpg", f"IMG_{n0 + 1}.jpg"],
                       [f"PXL_20261105_0{n0}12.jpg", f"PXL_20261105_0{n0}55.jpg"]])  # fmt: skip


def make_document(i: int, case: str, way: str, out_dir: str) -> dict:
    name = f"d{i + 1:03d}"
    rng = rng_for(name)
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    a, vals, fields = build_values(rng, i, case, way, as_of)
    run = choose_run(rng, case, i)
    arrs = WAYS_ARR["acroform" if way == "acroform" else "other"]
    arr = arrs[(i + rng.randint(0, 1)) % len(arrs)]
    pen = Pen(rng)
    folder = os.path.join(out_dir, "documents", name)
    os.makedirs(folder, exist_ok=True)
    files = names_for(rng, arr, way, 2)
    notes = [f"print run {run}", f"fill way {way}", f"{pen.ink_name} pen ({pen.hand})"]
    sig_png = None
    if way == "acroform" and vals["sign"] == "hand":
        sig_png = fill.signature_png(pen, vals)
        notes.append("signature image pasted")
    style = rng.choice(["plain", "xfa", "caps"])
    typed_date = way != "typed_print" or rng.random() < 0.5
    if way == "acroform_printed" and rng.random() < 0.3:
        typed_date = False
    if way in ("typed_print", "acroform_printed") and not typed_date and vals["date"]:
        notes.append("date written by hand")
    pv = dict(vals)
    if way == "hand":
        pv.update({k: "" for k in fill.LINE_FIELDS + ["dob", "nir", "cp", "place", "date"]})
        pv["boxes"] = []
    elif not typed_date:
        pv["date"] = ""
    pdf, geo = fill.build_pdf(
        run,
        "typed_print" if way == "typed_print" else ("blank" if way == "hand" else "acroform"),
        pv,
        rng,
        sig_png,
        style,
        typed_date,
    )
    if way == "acroform":
        look = "text_pdf"
        pdf = fill.finish_acroform(pdf, keep_ap=rng.random() < 0.6)
        _write_pdf_arr(pdf, arr, folder, files)
    else:
        dpi = rng.choice([150, 200, 200, 300]) if arr != "phone_photos" else 200
        rdpi = 300 if dpi == 300 else 200
        if way == "acroform_printed":
            pdf = fill.finish_acroform(pdf, keep_ap=True)
        pages = fill.render(pdf, rdpi, forms=way == "acroform_printed")
        items = {"sign"}
        if way == "hand":
            items |= {"fields", "place", "date"}
        elif not typed_date:
            items |= {"date"}
        pages = fill.hand_fill(pages, geo, vals, pen, rdpi, items)
        look = _write_images(pages, arr, folder, files, rng, rdpi, dpi, notes)
    file_list = (
        [{"path": files[0], "pages": [1, 2]}]
        if len(files) == 1 or arr in ("pdf2", "pdf2_rev")
        else [{"path": files[j], "pages": [1]} for j in (0, 1)]
    )
    if arr == "pdf2_rev":
        notes.append("pages in reverse order: file page 1 is form page 2")
    if arr == "two_images_p2first":
        notes.append("file names sort page 2 first")
    truth = {
        "as_of": as_of.isoformat(), "employed": None, "status": None, "requirements": None,
        "form_status": STATUS[case], "defect": DEFECT_TEXT.get(case), "fill_way": way,
        "case": case, "arrangement": arr,
        "applicant": {"surname": fields["surname"], "given_names": fields["given_names"],
                      "date_of_birth": fields["date_of_birth"]},
        "documents": [{"files": file_list[: 1 if arr in ("pdf2", "pdf2_rev") else 2],
                       "type": "application_form", "look": look, "fields": fields,
                       "notes": "; ".join(notes)}],
    }  # fmt: skip
    with open(os.path.join(out_dir, "documents", name + ".truth.json"), "w") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
    return truth


def _write_pdf_arr(pdf: bytes, arr: str, folder: str, files: list[str]):
    import pikepdf

    src = pikepdf.open(io.BytesIO(pdf))
    if arr == "pdf2":
        outs = [(files[0], [0, 1])]
    elif arr == "pdf2_rev":
        outs = [(files[0], [1, 0])]
    else:
        outs = [(files[0], [0]), (files[1], [1])]
    for fname, idxs in outs:
        if arr == "pdf2":
            data = pdf
        else:
            dst = pikepdf.new()
            for j in idxs:
                dst.pages.append(src.pages[j])
            if "/AcroForm" in src.Root:
                fields = [a for p in dst.pages for a in p.get("/Annots", [])]
                dst.Root.AcroForm = dst.make_indirect(
                    pikepdf.Dictionary(Fields=pikepdf.Array(fields), NeedAppearances=True)
                )
            buf = io.BytesIO()
            dst.save(buf, static_id=True, deterministic_id=True)
            data = buf.getvalue()
        with open(os.path.join(folder, fname), "wb") as fh:
            fh.write(data)


def _write_images(pages, arr, folder, files, rng, rdpi, dpi, notes) -> str:
    if arr in ("pdf2", "pdf2_rev", "two_pdfs"):
        jp = [degrade.jpeg(degrade.scan(p, rng, rdpi, dpi), rng.randint(55, 85)) for p in pages]
        sizes = [(595.28, 841.89)] * 2
        if arr == "pdf2":
            outs = [(files[0], [0, 1])]
        elif arr == "pdf2_rev":
            outs = [(files[0], [1, 0])]
        else:
            outs = [(files[0], [0]), (files[1], [1])]
        for fname, idxs in outs:
            data = degrade.image_pdf([jp[j] for j in idxs], [sizes[j] for j in idxs])
            with open(os.path.join(folder, fname), "wb") as fh:
                fh.write(data)
        return "image_pdf"
    photo = arr == "phone_photos" or (arr == "two_images_p2first" and rng.random() < 0.5)
    for j, p in enumerate(pages):
        if photo:
            rot = rng.choice([0, 0, 0, 90, 270, 180]) if arr == "phone_photos" else 0
            img = degrade.phone(p, rng, rot)
            if rot:
                notes.append(f"page {j + 1} photo rotated {rot} degrees")
            data = degrade.jpeg(img, rng.randint(78, 92))
        else:
            img = degrade.scan(p, rng, rdpi, dpi)
            if files[j].endswith(".png"):
                buf = io.BytesIO()
                img.save(buf, "PNG")
                data = buf.getvalue()
            else:
                data = degrade.jpeg(img, rng.randint(70, 92))
        with open(os.path.join(folder, files[j]), "wb") as fh:
            fh.write(data)
    return "phone_photo" if photo else "scan"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    docs = []
    for i, (case, way) in enumerate(plan()):
        make_document(i, case, way, out)
        docs.append(f"d{i + 1:03d}")
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": [], "documents": docs}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
