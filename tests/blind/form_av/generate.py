"""Blind set form_av: 16 application forms (cerfa 15763*02, S1106) as people send them.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from pathlib import Path

import fill
import looks
import pen as pn
from people import CASE_STATUS, CONTRACT, DEFECT, EMPLOY, SITU, P, nir

INK = {"blue": pn.BLUE, "black": pn.BLACK}
PEN_SIZE = {"ecolier": 14.5, "breip": 13.5, "femke": 13.0, "dkg": 12.5, "humor": 11.0}


def values(p: dict, rng: random.Random) -> dict:
    """What gets written on the form, per field key."""
    hand = p["way"] == "hand"
    clean = pn.strip_accents if p["font"] in pn.NO_ACCENTS and hand else (lambda s: s)
    up = (lambda s: clean(s).upper()) if hand else clean
    nm = (lambda s: clean(s).upper()) if hand or p["run"] in ("A", "C") else clean
    n = nir(p["nir"][0], p["dob"], p["nir"][1], p["nir"][2]) if p["nir"] else None
    sig_mode = {"unsigned": "none", "label_only": "none", "stray_mark": "stray"}.get(
        p["case"], "signed"
    )
    v = {
        "nom_naissance": nm(p["surname"]),
        "nom_usage": nm(p["usage"] or ""),
        "prenoms": nm(p["given"]),
        "sex": p["sex"],
        "dob": p["dob"],
        "naiss_commune": up(p["b_city"]),
        "naiss_pays": up(p["b_country"]),
        "nationalite": clean(p["nat"]).upper() if hand and rng.random() < 0.5 else clean(p["nat"]),
        "nir": n,
        "adresse": up(p["addr"]),
        "code_postal": p["cp"],
        "commune": up(p["city"]),
        "telephone": p["tel"],
        "email": p["email"],
        "situations": p["sit"],
        "contract": p["ct"],
        "employeur": clean(p["employer"]),
        "autre_precision": clean(p.get("autre", "")),
        "fait_a": clean(p["place"]),
        "le": p["date_text"] or "",
        "sig_mode": sig_mode,
        "hand_keys": p.get("hand_keys", []),
        "tick_style": rng.choice(["x", "tick"]),
        "typed_font": rng.choice(["Helvetica", "Times-Roman", "Courier"]),
    }
    if p["way"] == "typed_print" and p["run"] == "C":
        v["typed_font"] = "Helvetica"
    return v


def truth_fields(p: dict, v: dict) -> dict:
    sits = [SITU[s] for s in p["sit"]]
    emp = EMPLOY[sits[0]] if len(sits) == 1 else None
    return {
        "surname": v["nom_naissance"],
        "usage_name": v["nom_usage"] or None,
        "given_names": v["prenoms"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": emp,
        "situation": "+".join(sits) or None,
        "contract_type": CONTRACT.get(p["ct"]) if p["ct"] and "salarie" in sits else None,
        "signed": v["sig_mode"] == "signed",
        "signed_on": p["signed_on"],
        "date_text": p["date_text"],
        "place": v["fait_a"],
        "nir": v["nir"],
    }


def make(p: dict, out: Path) -> dict:
    rng = random.Random(zlib.crc32(p["id"].encode()))
    ink = INK[p["ink"]]
    hand = pn.Pen(
        p["font"],
        ink,
        PEN_SIZE.get(p["font"], 12),
        rng.uniform(0.0, 0.28),
        rng.uniform(0.35, 0.8),
        rng.uniform(0.05, 0.45),
    )
    v = values(p, rng)
    sig = pn.signature_png(p["sig"], p["sig_font"], ink, rng) if p["sig"] else None
    pdf = fill.build(p["run"], v, p["way"], rng, hand, sig)
    folder = out / "documents" / p["id"]
    folder.mkdir(parents=True, exist_ok=True)
    names, arr = p["files"], p["arr"]
    notes = [f"print run {p['run']}", f"fill {p['way']}", f"arrangement {arr}"]
    if p["way"] == "acroform":
        look = "text_pdf"
        if arr == "one_pdf":
            (folder / names[0]).write_bytes(looks.pdf_pages(pdf, [0, 1], not p["ap"]))
        else:
            for i, name in enumerate(names):
                (folder / name).write_bytes(looks.pdf_pages(pdf, [i], not p["ap"]))
        notes.append(
            "AcroForm fields "
            + ("with" if p["ap"] else "without")
            + " appearance streams (NeedAppearances)"
        )
        if sig is not None:
            notes.append("handwritten signature image pasted in the box")
    else:
        photo = arr == "phone_photos" or (arr == "two_images_p2first" and p["run"] == "C")
        pages = looks.rasterize(pdf, 250 if photo else 200)
        if photo:
            look = "phone_photo"
            rots = p.get("rots", [0, 0])
            imgs = [looks.photo(im, rng, r) for im, r in zip(pages, rots, strict=False)]
            if any(rots):
                notes.append(f"photos rotated {rots} (page 1, page 2)")
        else:
            imgs = [looks.scan(im, rng) for im in pages]
            look = "image_pdf" if names[0].endswith(".pdf") else "scan"
        q = rng.randint(72, 88)
        if arr == "one_pdf":
            (folder / names[0]).write_bytes(looks.image_pdf(imgs, q))
        elif arr == "reversed_pdf":
            (folder / names[0]).write_bytes(looks.image_pdf(imgs[::-1], q))
            notes.append("pages scanned in reverse order: PDF page 1 is form page 2")
        else:
            for name, im in zip(names, imgs, strict=False):
                if name.endswith(".pdf"):
                    data = looks.image_pdf([im], q)
                elif name.endswith(".png"):
                    data = looks.to_png(im)
                else:
                    data = looks.to_jpeg(im, q)
                (folder / name).write_bytes(data)
        if arr == "two_images_p2first":
            notes.append("file names sort page 2 first")
    if p["arr"] == "one_pdf":
        files = [{"path": names[0], "pages": [1, 2]}]
    elif p["arr"] == "reversed_pdf":
        files = [{"path": names[0], "pages": [2, 1]}]
    else:
        files = [{"path": n, "pages": [1]} for n in names]
    if p.get("hand_keys"):
        notes.append("typed, then " + " and ".join(p["hand_keys"]) + " written by hand")
    notes.append(
        {
            "signed": "signed by hand",
            "none": "signature box empty",
            "stray": "stray mark in the signature box",
        }[v["sig_mode"]]
    )
    fields = truth_fields(p, v)
    return {
        "as_of": p["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": CASE_STATUS[p["case"]],
        "defect": DEFECT[p["case"]],
        "fill_way": p["way"],
        "case": p["case"],
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": p["dob"],
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


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    ids = []
    for p in P:
        truth = make(p, out)
        (out / "documents" / f"{p['id']}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        ids.append(p["id"])
        print(p["id"], p["way"], p["arr"], p["case"], truth["form_status"], file=sys.stderr)
    (out / "manifest.json").write_text(
        json.dumps({"packets": [], "documents": ids}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
