"""Generate the form_u blind set: single PUMa application forms (cerfa 15763*02, S1106).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

import cv2
import pikepdf

sys.path.insert(0, str(Path(__file__).resolve().parent))

import camera  # noqa: E402
import fill  # noqa: E402
import ink  # noqa: E402
import people  # noqa: E402

cv2.setNumThreads(1)

N_OK = 36
DEFECTS = ["unsigned", "label_only", "stray_mark", "future_date", "us_date", "no_date",
           "none_ticked", "two_ticked", "date_words"]  # fmt: skip
PER_DEFECT = 4
FILLS = ["hand", "typed_print", "acroform", "acroform_printed"]
ARR_ALL = ["pdf2", "pdf2_reversed", "two_pdfs", "two_images", "two_images_p2first", "phone_photos"]
ARR_PDF = ["pdf2", "pdf2_reversed", "two_pdfs"]
RUN_KEYS = ["R1", "R2", "R3"]
STATUS = {"ok": "complete", "date_words": "complete", "no_date": "questionable",
          "none_ticked": "questionable", "two_ticked": "questionable"}  # fmt: skip
DEFECT_TEXT = {
    "unsigned": "signature box empty: form not signed",
    "label_only": "only the printed word 'Signature' in the box: not signed",
    "stray_mark": "a stray dot or tick in the signature box, no signature",
    "future_date": "signature date after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12), not DD/MM/YYYY",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
    "date_words": None,
}
SITUATIONS = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
EMPLOYMENT = {"salarie": "employed", "independant": "employed", "demandeur_emploi": "not_employed",
              "etudiant": "not_employed", "sans_activite": "not_employed", "autre": "other"}  # fmt: skip
CONTRACTS = [("cdi", "CDI"), ("cdd", "CDD"), ("interim", "Intérim"), ("apprenti", "Apprentissage")]
DPI_RENDER = 200
TEXT_FIELDS = ["nom", "nom_usage", "prenoms", "lieu_commune", "lieu_pays", "nationalite",
               "adresse", "commune", "emploi", "autre_texte", "fait_a", "le"]  # fmt: skip


def plan() -> list[dict]:
    items = []
    for i in range(N_OK):
        items.append({"case": "ok", "fill": FILLS[i % 4], "k": i})
    for d, name in enumerate(DEFECTS):
        for j in range(PER_DEFECT):
            items.append({"case": name, "fill": FILLS[(j + d) % 4], "k": j + d})
    counters = {f: 0 for f in FILLS}
    offset = {"hand": 0, "typed_print": 2, "acroform": 0, "acroform_printed": 4}
    for n, it in enumerate(items):
        it["run"] = RUN_KEYS[(it["k"] + n // 3) % 3] if it["case"] == "ok" else RUN_KEYS[
            (it["k"] + DEFECTS.index(it["case"])) % 3]  # fmt: skip
        f = it["fill"]
        pool = ARR_PDF if f == "acroform" else ARR_ALL
        it["arr"] = pool[(counters[f] + offset[f] + n // 7) % len(pool)]
        counters[f] += 1
        if it["case"] == "unsigned":
            it["sig_label"] = "above"
        elif it["case"] == "label_only":
            it["sig_label"] = ["inside", "grey"][it["k"] % 2]
        else:
            it["sig_label"] = ["above", "inside", "grey"][n % 3]
    random.Random("form_u-order").shuffle(items)
    return items


def fr_date(d: dt.date, style: str) -> str:
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "short":
        return d.strftime("%d/%m/%y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {people.MONTHS_FR[d.month - 1]} {d.year}"


def make_values(it: dict, rng: random.Random, person: tuple, pen_font: str | None) -> dict:
    surname, usage, given, sex, bcity, bcountry, nat, insee = person
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    dob = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randint(0, 43 * 365))
    keep_acc = rng.random() < 0.65
    fw = it["fill"]

    def w(text: str, upper: bool = False) -> str:
        t = text if keep_acc else people.strip_accents(text)
        if upper:
            t = t.upper()
        if pen_font:
            t = ink.writable(t, pen_font)
        return t

    if rng.random() < 0.2 and usage:
        usage = None
    given_upper = fw == "hand" or rng.random() < 0.5
    street, cp, commune = rng.choice(people.ADDRESSES)
    ascii_g = people.strip_accents(given.split()[0]).lower().replace("'", "")
    ascii_s = people.strip_accents(surname).lower().replace(" ", "").replace("'", "")
    email = f"{ascii_g}.{ascii_s}{rng.choice(['', '', str(rng.randint(1, 99))])}@" + rng.choice(
        people.EMAIL_DOMAINS)  # fmt: skip
    phone = f"0{rng.choice([6, 7])} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    nir = people.make_nir(rng, sex, dob.isoformat(), insee) if rng.random() < 0.2 else None
    # section B
    case = it["case"]
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        a, b = rng.choice([("salarie", "etudiant"), ("demandeur_emploi", "sans_activite"),
                           ("salarie", "independant"), ("etudiant", "sans_activite"),
                           ("sans_activite", "autre")])  # fmt: skip
        sits = [a, b]
    else:
        sits = [rng.choices(SITUATIONS, weights=[45, 8, 12, 12, 18, 5])[0]]
    ticks = {f"sexe_{sex}"}
    ticks.update(sits)
    contract = emploi = autre_txt = None
    if "salarie" in sits:
        ckey, contract = rng.choices(CONTRACTS, weights=[50, 30, 12, 8])[0]
        ticks.add(ckey)
        emploi = rng.choice(people.JOBS)
    if "autre" in sits:
        autre_txt = rng.choice(people.AUTRE_TEXT)
    # date after "le"
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(2, 50))
        style = rng.choice(["slash", "slash", "dot", "short"])
    elif case == "us_date":
        while True:
            signed_on = as_of - dt.timedelta(days=rng.randint(1, 40))
            if signed_on.day > 12:
                break
        style = "us"
    elif case == "date_words":
        signed_on = as_of - dt.timedelta(days=rng.randint(0, 30))
        style = "words"
    else:
        signed_on = as_of - dt.timedelta(days=rng.randint(0, 40))
        style = rng.choice(["slash", "slash", "slash", "dot", "short"])
    date_text = fr_date(signed_on, style)
    if case == "no_date":
        signed_on, date_text = None, None
    place = w(commune)
    v = {
        "nom": w(surname, True),
        "nom_usage": w(usage, True) if usage else "",
        "prenoms": w(given, given_upper),
        "lieu_commune": w(bcity, fw == "hand" and rng.random() < 0.5),
        "lieu_pays": w(bcountry),
        "nationalite": w(nat),
        "dob": dob.strftime("%d%m%Y"),
        "nir": nir or "",
        "adresse": w(street),
        "code_postal": cp,
        "commune": w(commune, rng.random() < 0.5),
        "telephone": phone,
        "email": ink.writable(email, pen_font) if pen_font else email,
        "emploi": w(emploi) if emploi else "",
        "autre_texte": w(autre_txt) if autre_txt else "",
        "fait_a": place,
        "le": w(date_text) if date_text else "",
        "ticks": ticks,
        "tick_kind": rng.choice(["cross", "cross", "check", "fill"]),
    }
    if fw in ("acroform", "acroform_printed"):
        for k in TEXT_FIELDS:
            v[k] = fill.ansi(v[k])
    fields = {
        "surname": v["nom"],
        "usage_name": v["nom_usage"] or None,
        "given_names": v["prenoms"],
        "sex": sex,
        "date_of_birth": dob.isoformat(),
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(s for s in SITUATIONS if s in sits) or None,
        "contract_type": contract,
        "signed": case not in ("unsigned", "label_only", "stray_mark"),
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": v["le"] or None,
        "place": v["fait_a"],
        "nir": nir,
    }
    return {"as_of": as_of, "v": v, "fields": fields}


ARR_NAMES = [
    ("formulaire_S1106.pdf", "demande_puma.pdf", "cerfa_15763.pdf", "scan_0012.pdf",
     "Demande ouverture droits.pdf", "formulaire_cpam.pdf"),
]  # fmt: skip


def pdf_reorder(data: bytes, order: list[int]) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    pages = [pdf.pages[i] for i in order]
    new = pikepdf.Pdf.new()
    for p in pages:
        new.pages.append(p)
    if "/AcroForm" in pdf.Root:
        acro = new.copy_foreign(pdf.Root.AcroForm)
        fields = pikepdf.Array()
        for p in new.pages:
            for a in p.get("/Annots", []):
                if "/FT" in a:
                    fields.append(a)
        acro.Fields = fields
        new.Root.AcroForm = acro
    for k in ("/Title", "/Creator", "/Producer", "/Subject"):
        if k in pdf.docinfo:
            new.docinfo[k] = pdf.docinfo[k]
    out = io.BytesIO()
    new.save(out, deterministic_id=True)
    return out.getvalue()


def write_files(it, rng, folder: Path, pdf_data=None, pages=None):
    """Lay out the document as the applicant saved it. Returns (files, look, notes)."""
    arr = it["arr"]
    notes = []
    if pdf_data is not None:  # a fillable PDF, sent as is
        if arr in ("pdf2", "pdf2_reversed"):
            name = rng.choice(ARR_NAMES[0])
            order = [0, 1] if arr == "pdf2" else [1, 0]
            (folder / name).write_bytes(pdf_reorder(pdf_data, order))
            return [{"path": name, "pages": [o + 1 for o in order]}], "text_pdf", notes
        a, b = rng.choice([("page1.pdf", "page2.pdf"), ("cerfa_p1.pdf", "cerfa_p2.pdf"),
                           ("S1106_1.pdf", "S1106_2.pdf")])  # fmt: skip
        (folder / a).write_bytes(pdf_reorder(pdf_data, [0]))
        (folder / b).write_bytes(pdf_reorder(pdf_data, [1]))
        return [{"path": a, "pages": [1]}, {"path": b, "pages": [1]}], "text_pdf", notes
    if arr == "phone_photos":
        rots = rng.choice([[0, 0], [90, 90], [0, 180], [270, 0], [90, 270], [0, 0]])
        base = rng.randint(1000, 9800)
        style = rng.choice(["IMG", "PXL", "WA"])
        day = rng.randint(0, 5)
        names = []
        for i, (pg, rot) in enumerate(zip(pages, rots)):
            if style == "IMG":
                name = f"IMG_{base + i}.jpg"
            elif style == "PXL":
                name = f"PXL_2026111{day}_{base + i:06d}.jpg"
            else:
                name = f"WhatsApp Image 2026-11-1{day} at 10.{base % 50 + i:02d}.jpeg"
            camera.save_jpeg(camera.photo(pg, rng, rot), folder / name, rng)
            names.append(name)
            if rot:
                notes.append(f"photo of page {i + 1} rotated {rot}°")
        return [{"path": n, "pages": [1]} for n in names], "phone_photo", notes
    dpi = rng.choice([150, 200, 200, 300])
    scans = [camera.scan(pg, rng, DPI_RENDER, dpi) for pg in pages]
    if arr in ("pdf2", "pdf2_reversed", "two_pdfs"):
        if rng.random() < 0.12:
            scans[1] = scans[1].rotate(180)
            notes.append("page 2 scanned upside down")
        if arr == "two_pdfs":
            a, b = rng.choice([("scan_0031.pdf", "scan_0032.pdf"), ("page1.pdf", "page2.pdf"),
                               ("formulaire_1.pdf", "formulaire_2.pdf")])  # fmt: skip
            camera.image_pdf([scans[0]], folder / a, rng)
            camera.image_pdf([scans[1]], folder / b, rng)
            return [{"path": a, "pages": [1]}, {"path": b, "pages": [1]}], "image_pdf", notes
        name = rng.choice(["scan_formulaire.pdf", "SKM_C25826111.pdf", "demande_puma.pdf",
                           "Scan 2026-11-18.pdf", "doc00421.pdf"])  # fmt: skip
        order = [0, 1] if arr == "pdf2" else [1, 0]
        camera.image_pdf([scans[o] for o in order], folder / name, rng)
        return [{"path": name, "pages": [o + 1 for o in order]}], "image_pdf", notes
    ext = rng.choice(["jpg", "jpg", "png"])
    n0 = rng.randint(10, 90)
    if arr == "two_images":
        pair = rng.choice([(f"scan_{n0:04d}", f"scan_{n0 + 1:04d}"), ("formulaire_1", "formulaire_2"),
                           ("page1", "page2")])  # fmt: skip
    else:  # page 2 sorts first
        pair = rng.choice([(f"scan_{n0 + 1:04d}", f"scan_{n0:04d}"), ("formulaire_2", "formulaire_1"),
                           ("formulaire", "formulaire-2"), ("cerfa", "cerfa (2)")])  # fmt: skip
        notes.append("file names sort page 2 first")
    names = [f"{p}.{ext}" for p in pair]
    for name, im in zip(names, scans):
        if ext == "png":
            im.save(folder / name, "PNG", dpi=(dpi, dpi))
        else:
            camera.save_jpeg(im, folder / name, rng, dpi)
    return [{"path": n, "pages": [1]} for n in names], "scan", notes


def sign_raster(it, rng, pen, page2, slots2, name_sig):
    box = fill.to_px(slots2.sig, DPI_RENDER)
    case = it["case"]
    if case in ("unsigned", "label_only"):
        return
    if case == "stray_mark":
        x, y, w, h = box
        px, py = x + w * rng.uniform(0.2, 0.8), y + h * rng.uniform(0.3, 0.75)
        if rng.random() < 0.5:
            pen.dot(page2, px, py)
        else:
            pen.stroke(page2, [(px, py), (px + 8, py + 10), (px + 22, py - 14)], pen.px(1.0))
        return
    ink.place_signature(pen, page2, box, name_sig)


def sig_name(rng, fields) -> str:
    sur = people.strip_accents(fields["usage_name"] or fields["surname"]).title()
    giv = fields["given_names"].split()[0].title()
    return rng.choice([f"{giv[0]}. {sur}", sur, f"{giv} {sur}", f"{giv[0]}{sur[:4]}", giv])


def make_doc(idx: int, it: dict, person: tuple, out: Path) -> dict:
    rng = random.Random(f"form_u/{idx}/{it['case']}")
    fw = it["fill"]
    pen = ink.Pen(rng, DPI_RENDER)
    if fw == "hand":
        pen.font_key = rng.choice(["dancing", "dkg", "dkg_it", "humor", "rufscript", "ecolier",
                                   "comic_light", "dkg"])  # fmt: skip
    pen_font = pen.font_key if fw == "hand" else None
    if fw == "typed_print":
        date_hand = rng.random() < 0.5
    elif fw == "acroform_printed":
        date_hand = rng.random() < 0.35
    else:
        date_hand = fw == "hand"
    if date_hand and fw != "hand":
        date_font = rng.choice(["dancing", "dkg", "dkg_it", "rufscript", "comic_light"])
        pen.font_key = date_font
        pen_font = date_font  # the hand-dated text is what the pen can write
    vals = make_values(it, rng, person, pen_font if fw == "hand" else None)
    v, fields = vals["v"], vals["fields"]
    if date_hand and fw != "hand" and v["le"]:
        v["le"] = ink.writable(v["le"], pen.font_key)
        fields["date_text"] = v["le"]
    v["le_typed"] = not date_hand
    folder = out / "documents" / f"d{idx:03d}"
    folder.mkdir(parents=True, exist_ok=True)
    name_sig = sig_name(rng, fields)
    where = {
        "above": "above the box",
        "inside": "inside the box",
        "grey": "in light grey in the box",
    }
    notes = [f"print run {it['run']}", f"printed word 'Signature' {where[it['sig_label']]}"]
    if fw == "acroform":
        extra = None
        if fields["signed"]:
            extra = fill.paste_signature(rng, name_sig, tuple(int(c) for c in pen.color))
            notes.append("signature pasted as an image")
        elif it["case"] == "stray_mark":
            extra = fill.vector_stray(rng, tuple(int(c) for c in pen.color))
        data, _ = fill.build_pdf(it["run"], it["sig_label"], "acroform", v, rng, extra)
        if rng.random() < 0.4:
            data = fill.strip_text_appearances(data)
            notes.append("text fields without appearance streams (NeedAppearances)")
        files, look, more = write_files(it, rng, folder, pdf_data=data)
    else:
        mode = {"hand": "blank", "typed_print": "typed", "acroform_printed": "acroform"}[fw]
        data, slots = fill.build_pdf(it["run"], it["sig_label"], mode, v, rng)
        pages = camera.render_pdf(data, DPI_RENDER, forms=mode == "acroform")
        if fw == "hand":
            fill.hand_fill(pages, slots, v, pen, DPI_RENDER)
        elif date_hand and v["le"]:
            fill.hand_fill(pages, slots, v, pen, DPI_RENDER, only=("le",))
        if date_hand and fw != "hand":
            notes.append("dated by hand")
        sign_raster(it, rng, pen, pages[1], slots[1], name_sig)
        notes.append(f"{pen.ink_name} ink")
        files, look, more = write_files(it, rng, folder, pages=pages)
    notes += more
    case = it["case"]
    truth = {
        "as_of": vals["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS.get(case, "invalid"),
        "defect": DEFECT_TEXT[case] if case != "ok" else None,
        "fill_way": fw,
        "case": case,
        "print_run": it["run"],
        "arrangement": it["arr"],
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
    (out / "documents" / f"d{idx:03d}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")  # fmt: skip
    return truth


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    items = plan()
    order = list(range(len(people.APPLICANTS)))
    random.Random("form_u-people").shuffle(order)
    docs = []
    for i, it in enumerate(items, start=1):
        make_doc(i, it, people.APPLICANTS[order[(i - 1) % len(order)]], out)
        docs.append(f"d{i:03d}")
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
