"""Blind set form_aw: 16 filled cerfa 15763*02 (S1106) application forms.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fill  # noqa: E402
import imaging  # noqa: E402
from people import (  # noqa: E402
    APPLICANTS,
    AUTRE_TEXT,
    DEFECT,
    EMPLOYMENT,
    MONTHS,
    PLAN,
    STATUS,
    nir_for,
)

SEED = 20261116
JOBS = {
    "CDI": ["Agent d'entretien", "Développeur informatique", "Aide à domicile", "Comptable"],
    "CDD": ["Serveur en restauration", "Vendeuse", "Préparateur de commandes"],
    "intérim": ["Cariste", "Manutentionnaire"],
}
FILE_NAMES = {
    "one_pdf": ["demande_PUMa.pdf", "S1106_rempli.pdf", "formulaire_cpam.pdf", "cerfa_15763.pdf"],
    "reversed_pdf": ["Numérisation_20261112.pdf", "scan_cerfa.pdf"],
    "two_pdfs": [("page1.pdf", "page2.pdf"), ("S1106_p1.pdf", "S1106_p2.pdf")],
    "two_images": [("scan_0012.jpg", "scan_0013.jpg"), ("formulaire_1.jpg", "formulaire_2.jpg")],
    "two_images_p2_first": [
        ("formulaire_signe.jpg", "formulaire_vous.jpg"),
        ("scan0001.jpg", "scan0002.jpg"),
    ],
}


def iso(d: dt.date) -> str:
    return d.isoformat()


def make_spec(i: int, rng: random.Random) -> tuple[dict, dict, dict]:
    case, way, arr, run, sits, contract, with_nir, rots = PLAN[i]
    (sur, usage, given, sex, dob, town, country, nat, insee, addr, cp, commune, tel, email) = (
        APPLICANTS[i]
    )
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed_on: dt.date | None = as_of - dt.timedelta(days=rng.randint(2, 30))
    date_text: str | None = signed_on.strftime("%d/%m/%Y")
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(12, 40))
        while signed_on.day <= 12:
            signed_on += dt.timedelta(days=1)
        date_text = signed_on.strftime("%d/%m/%Y")
    elif case == "us_date":
        while signed_on.day <= 12:
            signed_on += dt.timedelta(days=1)
        date_text = signed_on.strftime("%m/%d/%Y")
    elif case == "date_words":
        date_text = f"{signed_on.day} {MONTHS[signed_on.month - 1]} {signed_on.year}"
    elif case == "no_date":
        signed_on, date_text = None, None
    nir = nir_for(sex, dob, insee, rng.randint(1, 399)) if with_nir else None
    job = rng.choice(JOBS[contract]) if contract else None
    caps = way != "hand" or rng.random() < 0.8
    given_w = given.upper() if caps and rng.random() < 0.6 else given
    values = {
        "nom_naissance": sur,
        "nom_usage": usage or "",
        "prenoms": given_w,
        "dob_jj": dob[8:10],
        "dob_mm": dob[5:7],
        "dob_aaaa": dob[:4],
        "lieu_naissance": town.upper() if caps else town,
        "pays_naissance": country,
        "nationalite": nat.capitalize(),
        "nir": nir[:13] if nir else "",
        "nir_cle": nir[13:] if nir else "",
        "adresse": addr,
        "code_postal": cp,
        "commune": commune.upper() if caps else commune,
        "telephone": tel,
        "email": email,
        "emploi": job or "",
        "autre_precision": AUTRE_TEXT if "autre" in sits else "",
        "fait_a": commune,
        "date_signature": date_text or "",
    }
    ticks = {"sexe_f" if sex == "F" else "sexe_m"} | {"sit_" + s for s in sits}
    if contract:
        ticks.add("contrat_" + {"CDI": "cdi", "CDD": "cdd", "intérim": "interim"}[contract])
    sig = "sig"
    if case in ("unsigned", "label_only"):
        sig = "none"
    elif case == "stray_mark":
        sig = rng.choice(["stray_dot", "stray_tick"])
    hand_fonts = ["Breip", "Ecolier", "Femke", "Dkg", "DkgIt", "Humor", "Ruf"]
    date_by_hand = way == "hand" or (way != "acroform" and rng.random() < 0.6)
    spec = {
        "run": run,
        "fill": way,
        "values": values,
        "ticks": ticks,
        "sig": sig,
        "hand_font": hand_fonts[i % len(hand_fonts)],
        "sig_font": rng.choice(["DkgIt", "Femke", "Breip", "Ruf"]),
        "ink": rng.choice(["blue", "black", "bic", "darkblue"]),
        "sig_ink": rng.choice(["blue", "black", "bic"]),
        "tick_style": rng.choice(["cross", "check"]),
        "date_by_hand": date_by_hand,
        "given_first": given,
        "surname_sig": usage or sur,
        "sig_style": rng.randint(0, 2),
        "type_font": rng.choice(
            [("LibSans", 10), ("DVS", 9.5), ("LibMono", 10), ("FreeSans", 10.5)]
        ),
        "acro_prefix": "topmostSubform[0].Page1[0]." if run == "A" else "",
        "acro_check": rng.choice(["check", "cross"]),
        "keep_ap": i % 3 != 2 if way == "acroform" else False,
        "creator": rng.choice(["Adobe InDesign 17.2 (Windows)", "Adobe LiveCycle Designer 11.0"]),
    }
    situation = "+".join(sits) if sits else None
    emp = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    fields = {
        "surname": sur,
        "usage_name": usage,
        "given_names": given_w,
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": emp,
        "situation": situation,
        "contract_type": contract,
        "signed": sig == "sig",
        "signed_on": iso(signed_on) if signed_on else None,
        "date_text": date_text,
        "place": commune,
        "nir": nir,
    }
    info = {
        "case": case,
        "way": way,
        "arr": arr,
        "as_of": iso(as_of),
        "rots": rots,
        "date_by_hand": date_by_hand,
    }
    return spec, fields, info


def write_files(folder: str, i: int, pdf: bytes, info: dict, rng: random.Random):
    """Writes the form as the applicant arranged it; returns (files truth, look, notes)."""
    arr, way = info["arr"], info["way"]
    os.makedirs(folder, exist_ok=True)
    notes = []
    if way == "acroform":
        look = "text_pdf"
        if arr == "two_pdfs":
            pages = split_pdf(pdf)
            names = FILE_NAMES["two_pdfs"][i % 2]
            for n, b in zip(names, pages, strict=True):
                _w(folder, n, b)
            return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], look, ""
        if arr == "reversed_pdf":
            pdf = reverse_pdf(pdf)
            name = "demande_droits_PUMa.pdf"
            _w(folder, name, pdf)
            return [{"path": name, "pages": [2, 1]}], look, "pages saved in reverse order"
        name = FILE_NAMES["one_pdf"][i % 4]
        _w(folder, name, pdf)
        return [{"path": name, "pages": [1, 2]}], look, ""
    # printed then scanned or photographed
    if arr == "phone_photos":
        pages = imaging.rasterize(pdf, 200, forms=way == "acroform_printed")
        names = [f"IMG_{4471 + 7 * i + k}.jpg" for k in range(2)]
        for k, (img, rot) in enumerate(zip(pages, info["rots"], strict=True)):
            photo = imaging.phone_photo(img, rng, rot)
            _w(folder, names[k], imaging.jpeg_bytes(photo, rng.randint(80, 90)))
            if rot:
                notes.append(f"page {k + 1} photo rotated {rot} degrees clockwise")
        files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        return files, "phone_photo", "; ".join(notes)
    dpi = rng.choice([150, 200, 300]) if arr.startswith("two_images") else 150
    pages = imaging.rasterize(pdf, dpi, forms=way == "acroform_printed")
    jpgs = [imaging.jpeg_bytes(imaging.scan(p, rng), rng.randint(72, 88), dpi) for p in pages]
    if arr.startswith("two_images"):
        n1, n2 = FILE_NAMES[arr][i % 2]
        if arr == "two_images_p2_first":
            n1, n2 = n2, n1  # page 1 gets the name that sorts second
        _w(folder, n1, jpgs[0])
        _w(folder, n2, jpgs[1])
        return [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}], "scan", f"{dpi} dpi"
    if arr == "two_pdfs":
        names = FILE_NAMES["two_pdfs"][i % 2]
        for n, jb in zip(names, jpgs, strict=True):
            _w(folder, n, imaging.image_pdf([jb]))
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], "image_pdf", ""
    if arr == "reversed_pdf":
        name = FILE_NAMES["reversed_pdf"][i % 2]
        _w(folder, name, imaging.image_pdf(jpgs[::-1]))
        return [{"path": name, "pages": [2, 1]}], "image_pdf", "pages scanned in reverse order"
    name = FILE_NAMES["one_pdf"][i % 4]
    _w(folder, name, imaging.image_pdf(jpgs))
    return [{"path": name, "pages": [1, 2]}], "image_pdf", ""


def _w(folder, name, data: bytes):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def split_pdf(pdf: bytes) -> list[bytes]:
    import io

    import pikepdf

    out = []
    for k in range(2):
        src = pikepdf.open(io.BytesIO(pdf))
        del src.pages[1 - k]
        buf = io.BytesIO()
        src.save(buf, deterministic_id=True)
        out.append(buf.getvalue())
    return out


def reverse_pdf(pdf: bytes) -> bytes:
    import io

    import pikepdf

    src = pikepdf.open(io.BytesIO(pdf))
    src.pages.reverse()
    buf = io.BytesIO()
    src.save(buf, deterministic_id=True)
    return buf.getvalue()


def main(out: str) -> None:
    docs = []
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    for i in range(len(PLAN)):
        name = f"d{i + 1:03d}"
        rng = random.Random(SEED * 100 + i)
        spec, fields, info = make_spec(i, rng)
        pdf = fill.build_pdf(spec, rng)
        folder = os.path.join(out, "documents", name)
        files, look, notes = write_files(folder, i, pdf, info, rng)
        case = info["case"]
        extra = [f"print run {spec['run']}", f"fill {info['way']}", f"arrangement {info['arr']}"]
        if info["way"] != "acroform" and info["date_by_hand"] and info["way"] != "hand":
            extra.append("place and date written by hand")
        if notes:
            extra.append(notes)
        truth = {
            "as_of": info["as_of"],
            "employed": None,
            "status": None,
            "requirements": None,
            "form_status": STATUS[case],
            "defect": DEFECT[case],
            "fill_way": info["way"],
            "case": case,
            "applicant": {k: fields[k] for k in ("surname", "given_names", "date_of_birth")},
            "documents": [
                {
                    "files": files,
                    "type": "application_form",
                    "look": look,
                    "fields": fields,
                    "notes": "; ".join(extra),
                }
            ],
        }
        with open(os.path.join(out, "documents", name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
        docs.append(name)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": [], "documents": docs}, f, indent=2)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
