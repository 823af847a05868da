"""Blind set form_ah: 16 application forms (S1106, cerfa 15763*02) as people really send them.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

import degrade  # noqa: E402
from handwriting import Pen, signature_image  # noqa: E402
from items import (  # noqa: E402
    ADDR,
    AUTRE_TEXT,
    CONTRACT_NAME,
    DEFECT_TEXT,
    EMPLOYMENT,
    FORM_STATUS,
    ITEMS,
    NIRS,
    SIT,
    SITUATION_NAME,
    P,
)
from layout import draw_form  # noqa: E402

RENDER_DPI = 200
K = RENDER_DPI / 72.0
SEED = 20261120


def values_for(i: int, it: dict) -> dict:
    """The strings the applicant writes or types in each field."""
    surname, usage, given, sex, dob, bcity, bcountry, nat = P[i]
    street, cp, city, tel = ADDR[i]
    y, m, d = dob.split("-")
    v = {
        "nom": surname,
        "prenoms": given.upper() if it["fill"] == "hand" else given,
        "dob_d": d,
        "dob_m": m,
        "dob_y": y,
        "lieu_commune": bcity,
        "lieu_pays": bcountry,
        "nationalite": nat,
        "adresse": street,
        "cp": cp,
        "commune": city,
        "tel": tel,
        "email": _email(given, surname, i),
        "fait_a": city,
    }
    if usage:
        v["usage"] = usage
    if i in NIRS:
        v["nir"], v["nir_key"] = NIRS[i][:13], NIRS[i][13:]
    if i in AUTRE_TEXT:
        v["autre_text"] = AUTRE_TEXT[i]
    if it["date"] and not it.get("hand_date"):
        v["le"] = it["date"]
    return v


def _email(given, surname, i):
    import unicodedata

    s = unicodedata.normalize("NFKD", f"{given.split()[0]}.{surname.split()[0]}").lower()
    s = "".join(c for c in s if c.isalnum() or c == ".")
    return s + ["@gmail.com", "@yahoo.fr", "@outlook.fr", "@hotmail.com"][i % 4]


def ticks_for(i: int) -> set:
    t = set(SIT[i])
    t.add("sex_" + P[i][3])
    return t


def render(pdf: bytes, forms: bool) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    if forms:
        doc.init_forms()
    pages = [doc[n].render(scale=K, may_draw_forms=forms).to_pil().convert("RGB") for n in (0, 1)]
    doc.close()
    return pages


def hand_fill(pages, geo, v, ticks, it, rng):
    """Write every value by hand on the two page images."""
    pens = {n: Pen(pages[n - 1], rng, it["hand"], it["ink"], K) for n in (1, 2)}
    size = rng.uniform(9.0, 11.5)
    for key, val in v.items():
        g = geo[key]
        pen = pens[g["page"]]
        if g["cells"]:
            text = val.upper() if key in ("nom", "usage", "prenoms") else val
            pen.comb(g, text, overflow=it.get("overflow", rng.uniform(0.9, 1.08)))
        else:
            if key in ("nom", "usage", "prenoms") or (rng.random() < 0.3 and key != "email"):
                val = val.upper()
            dx = rng.uniform(3, 12)
            pen.write(g["x"] + dx, g["y"] + 2.5, val, size, max_w=g["w"] - dx)
    for key in sorted(ticks):
        pens[geo[key]["page"]].tick(geo[key], it["tick"])
    return pens


def sign_box(pen, geo, i, it, rng):
    case = it["case"]
    if case in ("unsigned", "label_only"):
        return
    if case == "stray_mark":
        pen.stray(geo["sig"], rng)
        return
    surname, _, given = P[i][0], P[i][1], P[i][2]
    name = given.split()[0].split("-")[0] + " " + surname.split()[0].title()
    pen.signature(geo["sig"], name, rng)


def strip_appearances(pdf: bytes) -> bytes:
    """The fillable PDF as some readers save it: values in /V, no appearance streams."""
    with pikepdf.open(io.BytesIO(pdf)) as p:
        for page in p.pages:
            for annot in page.get("/Annots", []):
                if "/AP" in annot:
                    del annot["/AP"]
        p.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        p.save(out, deterministic_id=True)
    return out.getvalue()


def apply_look(img, it, rng, n):
    """Return (bytes, ext, dpi) for one page image."""
    look = it["look"]
    if look == "phone":
        out = degrade.phone_photo(img, rng, rotate=it.get("rot", [0, 0])[n], thumb=n == 0)
        return degrade.jpeg_bytes(out, rng.randint(82, 92)), 300
    if look == "photocopy":
        out = degrade.scan(degrade.photocopy(img, rng), rng, RENDER_DPI, 200, rng.uniform(-1, 1))
        return degrade.jpeg_bytes(out, 70), 200
    dpi = {"scan150": 150, "scan200": 200, "scan300": 300, "scan300png": 300}[look]
    angle = it.get("angle", rng.uniform(-1.5, 1.5))
    out = degrade.scan(img, rng, RENDER_DPI, dpi, angle)
    if look == "scan300png":
        buf = io.BytesIO()
        out.convert("L").save(buf, "PNG", optimize=False)
        return buf.getvalue(), dpi
    return degrade.jpeg_bytes(out, rng.randint(72, 88)), dpi


def build(i: int, it: dict, folder: Path) -> dict:
    rng = random.Random(SEED * 100 + i)
    v = values_for(i, it)
    ticks = ticks_for(i)
    fill = it["fill"]
    surname, usage, given, sex, dob = P[i][:5]
    files: list[dict]
    if fill == "acroform":
        sig = None
        if it["case"] == "ok":
            sig = signature_image(given.split()[0] + " " + surname.split()[0].title(), rng)
        pdf, _ = draw_form(it["run"], "acro", v, ticks, sig_image=sig)
        if not it.get("ap", True):
            pdf = strip_appearances(pdf)
        (folder / it["names"][0]).write_bytes(pdf)
        files = [{"path": it["names"][0], "pages": [1, 2]}]
        look = "text_pdf"
    else:
        mode = {"hand": "blank", "typed_print": "typed", "acroform_printed": "acro"}[fill]
        pdf, geo = draw_form(it["run"], mode, v if mode != "blank" else {}, ticks)
        pages = render(pdf, mode == "acro")
        if fill == "hand":
            pens = hand_fill(pages, geo, v, ticks, it, rng)
            pen2 = pens[2]
            pens[1].commit()
        else:
            pen2 = Pen(pages[1], rng, it["hand"], it["ink"], K)
        if it.get("hand_date"):
            g = geo["le"]
            pen2.write(g["x"] + rng.uniform(4, 14), g["y"] + 2.5, it["date"], rng.uniform(10, 13))
        sign_box(pen2, geo, i, it, rng)
        pen2.commit()
        outs = [apply_look(pages[n], it, rng, n) for n in (0, 1)]
        files, look = write_files(folder, it, outs)
    return truth(i, it, v, files, look)


def write_files(folder, it, outs):
    names, arr = it["names"], it["arr"]
    look = {"phone": "phone_photo"}.get(it["look"], "scan")
    if arr == "jpg2":
        for name, (data, _) in zip(names, outs, strict=True):
            (folder / name).write_bytes(data)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], look
    if arr == "pdf2":
        for name, (data, dpi) in zip(names, outs, strict=True):
            (folder / name).write_bytes(degrade.image_pdf([data], [dpi]))
        files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        return files, "image_pdf"
    order = [1, 0] if arr == "pdf1_rev" else [0, 1]
    pdf = degrade.image_pdf([outs[n][0] for n in order], [outs[n][1] for n in order])
    (folder / names[0]).write_bytes(pdf)
    return [{"path": names[0], "pages": [2, 1] if arr == "pdf1_rev" else [1, 2]}], "image_pdf"


def truth(i, it, v, files, look):
    surname, usage, given, sex, dob = P[i][:5]
    case = it["case"]
    sits = [SITUATION_NAME[k] for k in SIT[i] if k in SITUATION_NAME]
    contracts = [CONTRACT_NAME[k] for k in SIT[i] if k in CONTRACT_NAME]
    situation = "+".join(sits) if sits else None
    emp = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    signed = case not in ("unsigned", "label_only", "stray_mark")
    fields = {
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": emp,
        "situation": situation,
        "contract_type": contracts[0] if contracts else None,
        "signed": signed,
        "signed_on": it["on"],
        "date_text": it["date"],
        "place": v["fait_a"],
        "nir": NIRS.get(i),
    }
    notes = f"print run {it['run']}, fill {it['fill']}, look {it['look']}"
    if it["fill"] == "hand":
        notes += f", {it['ink']} pen ({it['hand']}), ticks as {it['tick']}"
    if it.get("overflow"):
        notes += ", capitals overflow the comb boxes and run past the last box"
    if it["fill"] == "acroform":
        notes += ", appearance streams " + ("kept" if it.get("ap", True) else "removed")
    return {
        "as_of": it["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": FORM_STATUS[case],
        "defect": DEFECT_TEXT.get(case),
        "fill_way": it["fill"],
        "case": case,
        "applicant": {"surname": surname, "given_names": given, "date_of_birth": dob},
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


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    docs = []
    for i, it in enumerate(ITEMS):
        name = f"d{i + 1:03d}"
        folder = out / "documents" / name
        folder.mkdir(parents=True, exist_ok=True)
        t = build(i, it, folder)
        (out / "documents" / f"{name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        docs.append(name)
        print(name, t["case"], t["fill_way"], file=sys.stderr)
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
