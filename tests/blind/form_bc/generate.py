"""Blind set form_bc: 16 application forms (cerfa 15763*02, S1106) as applicants send them.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import degrade  # noqa: E402
import ink  # noqa: E402
from fill import Plan, acro_pdf, paper_pdf  # noqa: E402
from people import PEOPLE, date_text, written  # noqa: E402
from run_a import RunA  # noqa: E402
from run_b import RunB  # noqa: E402
from run_c import RunC  # noqa: E402

RUNS = {"A": RunA, "B": RunB, "C": RunC}
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
EMPLOYMENT = {
    "salarie": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CONTRACT_TRUTH = {"CDI": "CDI", "CDD": "CDD", "interim": "intérim"}
# file names as the applicant saved them, page 1 first
NAMES = {
    "d001": ["demande_securite_sociale.pdf"],
    "d002": ["IMG_20261117_193402.jpg", "IMG_20261117_193415.jpg"],
    "d003": ["scan_0012.jpg", "scan_0013.jpg"],
    "d004": ["scan_0042.png", "scan_0041.png"],
    "d005": ["S1106_scan.pdf"],
    "d006": ["cerfa_15763-02_ZHANG.pdf"],
    "d007": ["IMG_4821.jpg", "IMG_4822.jpg"],
    "d008": ["formulaire_page1.pdf", "formulaire_page2.pdf"],
    "d009": ["demande_p1.png", "demande_p2.png"],
    "d010": ["S1106_rempli.pdf"],
    "d011": ["demande_ouverture_droits_HOSSEINI.pdf"],
    "d012": ["cerfa_15763_02.pdf"],
    "d013": ["doc_scanne_20261120.pdf"],
    "d014": ["IMG_20261113_210455.jpg", "IMG_20261113_210431.jpg"],
    "d015": ["PXL_20261119_081233456.jpg", "PXL_20261119_081247912.jpg"],
    "d016": ["formulaire-1.pdf", "formulaire-2.pdf"],
}
TYPED = {
    "d006": ("LibSans", 10.0, 0.6, 0.8),
    "d007": ("Carlito", 11.0, -1.2, 1.6),
    "d008": ("LibMono", 10.0, 1.0, 0.2),
    "d009": ("DejaVuSans", 9.0, 0.0, 1.0),
}
HAND_ON_TYPED = {"d007": {"le", "fait_a"}, "d009": {"le"}}  # written by pen after printing
ROTATIONS = {"d002": (0, 90), "d007": (270, 0), "d014": (0, 180), "d015": (0, 0)}
SCANNERS = ["Canon MF Scan Utility", "HP Scan", "Epson Scan 2", "Brother iPrint&Scan"]


def defect_text(p, plan) -> str | None:
    dt_ = date_text(p)
    return {
        "unsigned": "not signed: the signature box is empty",
        "label_only": "not signed: only the printed word 'Signature' is in the box",
        "stray_mark": f"not signed: only {plan.stray or 'a mark'} in the signature box",
        "future_date": f"dated {dt_}, after the audit date",
        "us_date": f"date written month first (MM/DD/YYYY): {dt_}",
        "no_date": "the date after 'le' is left blank",
        "none_ticked": "no situation box ticked in section B",
        "two_ticked": "two situation boxes ticked in section B (salarié and non salarié)",
    }.get(p.case)


def fields_for(p, vals, plan) -> dict:
    sits = list(p.situation)
    emp = EMPLOYMENT.get(sits[0]) if len(sits) == 1 else None
    signed = plan.sign == "hand"
    return {
        "surname": vals["nom"],
        "usage_name": vals["nom_usage"],
        "given_names": vals["prenoms"],
        "sex": p.sex,
        "date_of_birth": p.dob,
        "employment_status": emp,
        "situation": "+".join(sits) if sits else None,
        "contract_type": CONTRACT_TRUTH.get(p.contract) if p.contract else None,
        "signed": signed,
        "signed_on": p.signed_on if vals["le"] else None,
        "date_text": vals["le"],
        "place": vals["fait_a"],
        "nir": p.nir,
    }


def make_pages(p, plan, rng):
    """Returns (clean page images or None, acroform PDF bytes or None)."""
    if p.fill == "hand":
        return degrade.render(paper_pdf(plan, "hand"), 250), None
    if p.fill == "typed_print":
        plan.hand_keys = HAND_ON_TYPED.get(p.doc, set())
        return degrade.render(paper_pdf(plan, "typed", TYPED[p.doc]), 250), None
    if p.fill == "acroform":
        sig = None
        if plan.sign == "hand":
            sig = ink.signature_png(rng, plan.initials, photographed=p.doc == "d011")
        return None, acro_pdf(plan, False, with_ap=p.doc != "d011", sig_image=sig)
    pdf = acro_pdf(plan, True, with_ap=True, sig_image=None)
    return degrade.render(pdf, 250, forms=True), None


def _down(img, dpi):
    w, h = img.size
    s = dpi / 250.0
    return img.resize((round(w * s), round(h * s)), degrade.Image.LANCZOS)


def write_files(p, rng, pages, acro, folder: Path):
    names = NAMES[p.doc]
    arr = p.arrangement
    if acro is not None:
        (folder / names[0]).write_bytes(acro)
        return [{"path": names[0], "pages": [1, 2]}], "text_pdf"
    if arr in ("single_pdf", "single_pdf_reversed", "two_pdfs"):
        dpi = rng.choice([150, 200, 200, 300])
        gray = rng.random() < 0.5
        scans = [degrade.scan(_down(im, dpi), rng, gray) for im in pages]
        prod, q = rng.choice(SCANNERS), rng.randint(70, 88)
        if arr == "two_pdfs":
            for name, im in zip(names, scans, strict=True):
                (folder / name).write_bytes(degrade.image_pdf([im], dpi, q, prod))
            return [{"path": n, "pages": [1]} for n in names], "image_pdf"
        order = scans if arr == "single_pdf" else scans[::-1]
        (folder / names[0]).write_bytes(degrade.image_pdf(order, dpi, q, prod))
        return [{"path": names[0], "pages": [1, 2] if arr == "single_pdf" else [2, 1]}], "image_pdf"
    if p.doc in ROTATIONS:
        for name, im, rot in zip(names, pages, ROTATIONS[p.doc], strict=True):
            (folder / name).write_bytes(
                degrade.jpeg(degrade.photo(im, rng, rot), rng.randint(84, 93))
            )
        return [{"path": n, "pages": [1]} for n in names], "phone_photo"
    dpi = rng.choice([150, 200, 300])
    if names[0].endswith(".png"):
        dpi = min(dpi, 200)
    for name, im in zip(names, pages, strict=True):
        sc = degrade.scan(_down(im, dpi), rng, gray=False)
        data = degrade.png(sc) if name.endswith(".png") else degrade.jpeg(sc, rng.randint(75, 90))
        (folder / name).write_bytes(data)
    return [{"path": n, "pages": [1]} for n in names], "scan"


def notes_for(p, look, plan) -> str:
    how = {
        "hand": f"filled in by hand ({p.ink.replace('_', ' ')} pen)",
        "typed_print": "typed on screen, printed, signed by hand"
        + (" (date written by hand)" if "le" in plan.hand_keys else ""),
        "acroform": "fillable PDF filled on screen"
        + (", no appearance streams (NeedAppearances)" if p.doc == "d011" else "")
        + (", signature picture pasted in the box" if plan.sign == "hand" else ""),
        "acroform_printed": "fillable PDF filled on screen, printed, signed by hand",
    }[p.fill]
    arr = {
        "single_pdf": "one PDF, pages in order",
        "single_pdf_reversed": "one PDF, page 2 first",
        "two_pdfs": "one PDF per page",
        "two_images": "one image per page",
        "two_images_p2_first": "one image per page, the page-2 file name sorts first",
        "phone_photos": "a phone photo per page",
    }[p.arrangement]
    return f"print run {p.run}; {how}; {arr}; look {look}; case {p.case}."


def build(p, out: Path) -> str:
    rng = random.Random(f"form_bc/{p.doc}")
    layout = RUNS[p.run]()
    vals = written(p, upper_names=p.run == "A")
    if vals["adresse2"] and "adresse2" not in layout.slots:
        vals["adresse"] = f"{vals['adresse']}, {vals['adresse2']}"
    plan = Plan(p, layout, vals, rng)
    pages, acro = make_pages(p, plan, rng)
    folder = out / "documents" / p.doc
    folder.mkdir(parents=True, exist_ok=True)
    files, look = write_files(p, rng, pages, acro, folder)
    truth = {
        "as_of": p.as_of,
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[p.case],
        "defect": defect_text(p, plan),
        "fill_way": p.fill,
        "case": p.case,
        "arrangement": p.arrangement,
        "print_run": p.run,
        "applicant": {
            "surname": vals["nom"],
            "given_names": vals["prenoms"],
            "date_of_birth": p.dob,
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields_for(p, vals, plan),
                "notes": notes_for(p, look, plan),
            }
        ],
    }
    (out / "documents" / f"{p.doc}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return p.doc


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    docs = [build(p, out) for p in PEOPLE]
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
