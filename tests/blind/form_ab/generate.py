"""Blind set form_ab: 20 filled-in PUMa application forms (cerfa 15763*02, S1106).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fill  # noqa: E402
import layout  # noqa: E402
import looks  # noqa: E402
from people import PEOPLE  # noqa: E402

DPI = 200
S = DPI / 72
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS = MONTHS.split()
SIT_CODE = {
    "sit_salarie": "salarie",
    "sit_independant": "independant",
    "sit_demandeur": "demandeur_emploi",
    "sit_etudiant": "etudiant",
    "sit_sans_activite": "sans_activite",
    "sit_autre": "autre",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
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
# (fill way, print run, look, arrangement, case, rotations of the phone photos)
PLAN = [
    ("hand", "A", "scan", "two_images", "ok", None),
    ("hand", "B", "phone_photo", "phone_photos", "ok", (90, 90)),
    ("hand", "A", "image_pdf", "one_pdf", "date_words", None),
    ("hand", "A", "scan", "two_images_p2_first", "unsigned", None),
    ("hand", "B", "phone_photo", "phone_photos", "stray_mark", (0, 0)),
    ("hand", "B", "image_pdf", "one_pdf_reversed", "label_only", None),
    ("hand", "A", "scan", "two_images", "us_date", None),
    ("hand", "B", "image_pdf", "two_pdfs", "ok", None),
    ("typed_print", "A", "image_pdf", "one_pdf", "ok", None),
    ("typed_print", "B", "phone_photo", "phone_photos", "no_date", (180, 0)),
    ("typed_print", "A", "scan", "two_images_p2_first", "two_ticked", None),
    ("typed_print", "B", "scan", "two_images", "ok", None),
    ("acroform", "A", "text_pdf", "one_pdf", "ok", None),
    ("acroform", "A", "text_pdf", "one_pdf", "unsigned", None),
    ("acroform", "B", "text_pdf", "one_pdf", "none_ticked", None),
    ("acroform", "B", "text_pdf", "one_pdf_reversed", "ok", None),
    ("acroform_printed", "A", "image_pdf", "one_pdf", "future_date", None),
    ("acroform_printed", "B", "phone_photo", "phone_photos", "ok", (270, 0)),
    ("acroform_printed", "A", "scan", "two_images", "ok", None),
    ("acroform_printed", "B", "image_pdf", "one_pdf", "no_date", None),
]


def iso(d: dt.date) -> str:
    return d.isoformat()


def dates_for(case: str, rng: random.Random):
    """Return (as_of, signed_on or None, date_text or None)."""
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    if case == "no_date":
        return as_of, None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(3, 40))
    else:
        d = as_of - dt.timedelta(days=rng.randint(2, 45))
        while case == "us_date" and d.day <= 12:
            d -= dt.timedelta(days=1)
    if case == "us_date":
        return as_of, d, f"{d.month:02d}/{d.day:02d}/{d.year}"
    if case == "date_words":
        m = MONTHS[d.month - 1]
        return (
            as_of,
            d,
            rng.choice([f"{d.day} {m} {d.year}", f"{d.day:02d} {m.capitalize()} {d.year}"]),
        )
    style = rng.randrange(3)
    if style == 0:
        return as_of, d, f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return as_of, d, f"{d.day}/{d.month}/{d.year}"
    return as_of, d, f"{d.day:02d} / {d.month:02d} / {d.year}"


def values_for(p: dict, case: str, caps: bool, rng: random.Random) -> dict:
    up = (lambda s: s.upper()) if caps else (lambda s: s)  # noqa: E731
    dob = dt.date.fromisoformat(p["dob"])
    v = {
        "nom": up(p["surname"]),
        "nom_usage": up(p["usage"] or ""),
        "prenoms": up(p["given"]),
        "sexe_f": p["sex"] == "F",
        "sexe_m": p["sex"] == "M",
        "dob_j": f"{dob.day:02d}",
        "dob_m": f"{dob.month:02d}",
        "dob_a": f"{dob.year}",
        "lieu_naiss": up(p["place"]),
        "pays_naiss": up(p["country"]),
        "nationalite": up(p["nationality"]),
        "nir": p["nir"][:13] if p["nir"] else "",
        "nir_cle": p["nir"][13:] if p["nir"] else "",
        "adresse": p["address"],
        "cp": p["cp"],
        "commune": up(p["commune"]),
        "tel": p["tel"],
        "email": p["email"] if rng.random() < 0.8 else "",
        "fait_a": p["commune"].title() if rng.random() < 0.7 else p["commune"],
    }
    sits = [p["situation"]]
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = [p["situation"], p["second"]]
    for s in sits:
        v[s] = True
    if "sit_salarie" in sits:
        v[{"CDI": "ct_cdi", "CDD": "ct_cdd", "intérim": "ct_interim"}[p["contract"]]] = True
        v["emploi"] = p["job"]
    if "sit_autre" in sits:
        v["autre_text"] = p["job"]
    v["_sits"] = sits
    return v


def put_signature(img, b, rng, name, ink=None):
    x0, y0, x1, y1 = fill.px_box(b, S)
    w, h = int((x1 - x0) * 0.85), int((y1 - y0) * 0.8)
    sig = fill.signature(rng, name, w, h, ink)
    img.paste(sig, (int(x0 + (x1 - x0) * 0.08), int(y0 + (y1 - y0) * 0.12)), sig)


def fill_raster(pages, fields, v, fill_way, case, p, date_text, rng):
    """Write the values on page rasters for hand and typed_print forms."""
    pen = fill.Pen(rng, S)
    tfont = rng.choice(fill.TYPED_FONTS)
    tsize = rng.choice([9.5, 10, 11])
    for name, b in fields.items():
        img = pages[b["page"] - 1]
        val = v.get(name)
        if b["kind"] == "check":
            if val:
                if fill_way == "hand":
                    pen.tick(img, b, rng.choice(["x", "v"]))
                else:
                    fill.typed(img, {**b, "n": 1}, "X", S, tfont, 9, comb=True)
            continue
        if name in ("date", "signature") or not val:
            continue
        if fill_way == "hand":
            if b["kind"] == "comb":
                pen.comb_in(img, b, val.upper())
            else:
                pen.text_in(img, b, val, 10.5 if b["h"] <= 15 else 12)
        elif b["kind"] == "comb":
            fill.typed(img, b, val, S, tfont, tsize + 1, comb=True)
        else:
            fill.typed(img, b, val, S, tfont, tsize)
    # date after "le"
    if date_text:
        b = fields["date"]
        if fill_way == "hand" or rng.random() < 0.5:
            pen.text_in(pages[1], b, date_text, 12)
        else:
            fill.typed(pages[1], b, date_text, S, tfont, tsize)
    sign(pages[1], fields["signature"], case, p, rng, pen.ink)


def sign(img, b, case, p, rng, ink=None):
    if case in ("unsigned", "label_only"):
        return
    if case == "stray_mark":
        fill.stray_mark(img, b, S, rng)
        return
    put_signature(img, b, rng, p["given"] + " " + p["surname"], ink)


def make_acroform(path, run, v, case, p, date_text, rng, strip_ap=False):
    vals = {k: x for k, x in v.items() if not k.startswith("_")}
    vals["date"] = date_text or ""
    sig = None
    if case not in ("unsigned", "label_only", "stray_mark"):
        im = fill.signature(rng, p["given"] + " " + p["surname"], 600, 220)
        sig = ImageReader(im)
    fields = layout.draw_form(path, run, vals, sig, title="S1106 - Demande PUMa")
    if strip_ap:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            for page in pdf.pages:
                for annot in page.get("/Annots", []):
                    if annot.get("/FT") == "/Tx" and "/AP" in annot:
                        del annot["/AP"]
            pdf.Root.AcroForm.NeedAppearances = True
            pdf.save(path, deterministic_id=True)
    return fields


def save_arrangement(pages, look, arr, folder: Path, rng, rot, stem):
    """Write the page images per look and arrangement; return truth 'files'."""
    if look == "phone_photo":
        day = dt.date(2026, 10, 1) + dt.timedelta(days=rng.randint(0, 45))
        t = rng.randint(8 * 3600, 22 * 3600)
        names = []
        for k in range(2):
            tk = t + k * rng.randint(12, 70)
            hms = f"{tk // 3600:02d}{tk // 60 % 60:02d}{tk % 60:02d}"
            names.append(f"IMG_{day:%Y%m%d}_{hms}.jpg")
        for im, name, r in zip(pages, names, rot):
            looks.phone_photo(im, rng, r).save(folder / name, quality=rng.randint(82, 92))
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    if look == "scan":
        imgs = [looks.scan(im, rng, rng.choice([150, 200, 300])) for im in pages]
        ext = rng.choice(["jpg", "jpg", "png"])
        n = rng.randint(10, 90)
        names = [f"scan_{n:04d}.{ext}", f"scan_{n + 1:04d}.{ext}"]
        if arr == "two_images_p2_first":
            names = names[::-1]
        for im, name in zip(imgs, names):
            if ext == "png":
                im.save(folder / name)
            else:
                im.save(folder / name, quality=rng.randint(75, 92), dpi=(200, 200))
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    # image_pdf
    imgs = [looks.scan(im, rng, 150) for im in pages]
    if arr == "two_pdfs":
        names = [f"{stem}_page1.pdf", f"{stem}_page2.pdf"]
        for im, name in zip(imgs, names):
            looks.image_pdf([im], folder / name, rng)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    name = f"{stem}.pdf"
    if arr == "one_pdf_reversed":
        looks.image_pdf(imgs[::-1], folder / name, rng)
        return [{"path": name, "pages": [2, 1]}]
    looks.image_pdf(imgs, folder / name, rng)
    return [{"path": name, "pages": [1, 2]}]


def make_one(i: int, plan, p: dict, out: Path):
    fill_way, run, look, arr, case, rot = plan
    rng = random.Random(f"form_ab-{i}")
    did = f"d{i:03d}"
    folder = out / "documents" / did
    folder.mkdir(parents=True, exist_ok=True)
    as_of, signed_on, date_text = dates_for(case, rng)
    caps = fill_way == "hand" or rng.random() < 0.4
    v = values_for(p, case, caps, rng)
    if fill_way.startswith("acroform"):  # Helvetica/WinAnsi fields: "ı" typed as "i"
        for k, x in v.items():
            if isinstance(x, str):
                v[k] = x.replace("ı", "i").replace("İ", "I")
    stem = rng.choice(["demande_puma", "formulaire_S1106", "cerfa_15763", "Demande_CPAM", "S1106"])
    if fill_way == "acroform":
        name = f"{stem}.pdf"
        make_acroform(folder / name, run, v, case, p, date_text, rng, strip_ap=(i % 2 == 0))
        pages_map = [1, 2]
        if arr == "one_pdf_reversed":
            with pikepdf.open(folder / name, allow_overwriting_input=True) as pdf:
                pdf.pages.reverse()
                pdf.save(folder / name, deterministic_id=True)
            pages_map = [2, 1]
        files = [{"path": name, "pages": pages_map}]
    else:
        tmp = io.BytesIO()
        if fill_way == "acroform_printed":
            fields = make_acroform(tmp, run, v, "unsigned", p, date_text, rng)
            pages = render_pdf_bytes(tmp.getvalue())
            sign(pages[1], fields["signature"], case, p, rng)
        else:
            fields = layout.draw_form(tmp, run)
            pages = render_pdf_bytes(tmp.getvalue())
            fill_raster(pages, fields, v, fill_way, case, p, date_text, rng)
        files = save_arrangement(pages, look, arr, folder, rng, rot or (0, 0), stem)
    sits = [SIT_CODE[s] for s in v["_sits"]]
    situation = "+".join(sits) if sits else None
    emp = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    signed = case not in ("unsigned", "label_only", "stray_mark")
    fields_truth = {
        "surname": v["nom"],
        "usage_name": v["nom_usage"] or None,
        "given_names": v["prenoms"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": emp,
        "situation": situation,
        "contract_type": p["contract"] if "salarie" in sits else None,
        "signed": signed,
        "signed_on": iso(signed_on) if signed_on else None,
        "date_text": date_text,
        "place": v["fait_a"],
        "nir": p["nir"] or None,
    }
    notes = f"print run {run}; fill {fill_way}; arrangement {arr}"
    if rot and any(rot):
        notes += f"; photos rotated {list(rot)} degrees"
    truth = {
        "as_of": iso(as_of),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": CASE_STATUS[case],
        "defect": None if CASE_STATUS[case] == "complete" else case,
        "fill_way": fill_way,
        "case": case,
        "applicant": {"surname": v["nom"], "given_names": v["prenoms"], "date_of_birth": p["dob"]},
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields_truth,
                "notes": notes,
            }
        ],
    }
    (out / "documents" / f"{did}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return did


def render_pdf_bytes(data: bytes) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    pdf.init_forms()
    out = [pdf[i].render(scale=S, may_draw_forms=True).to_pil().convert("RGB") for i in range(2)]
    pdf.close()
    return out


def main():
    out = Path(sys.argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    docs = [make_one(i + 1, plan, PEOPLE[i], out) for i, plan in enumerate(PLAN)]
    (out / "manifest.json").write_text(json.dumps({"packets": [], "documents": docs}, indent=2))


if __name__ == "__main__":
    main()
