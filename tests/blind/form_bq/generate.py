"""Blind set form_bq: 32 filled application forms (cerfa 15763*02, S1106).

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fill  # noqa: E402
import looks  # noqa: E402
from layout import RUNS  # noqa: E402
from people import (  # noqa: E402
    ADDRESSES,
    JOBS,
    PEOPLE,
    date_words,
    email_for,
    nir_for,
    phone_for,
    strip_accents,
)

SEED = 15763_02
# (case, fill way, print run, arrangement, rotation of photos per page)
PLAN = [
    ("ok", "hand", "R1", "photos", (0, 0)),
    ("ok", "hand", "R2", "two_images", None),
    ("ok", "hand", "R3", "one_pdf", None),
    ("ok", "typed_print", "R1", "two_images_p2_first", None),
    ("ok", "typed_print", "R2", "photos", (0, 90)),
    ("ok", "typed_print", "R3", "reversed_pdf", None),
    ("ok", "acroform", "R1", "one_pdf", None),
    ("ok", "acroform", "R2", "two_pdfs", None),
    ("ok", "acroform", "R3", "reversed_pdf", None),
    ("ok", "acroform_printed", "R1", "two_pdfs", None),
    ("ok", "acroform_printed", "R2", "photos", (0, 0)),
    ("ok", "acroform_printed", "R3", "two_images", None),
    ("ok", "acroform_printed", "R1", "reversed_pdf", None),
    ("ok", "acroform_printed", "R2", "two_images_p2_first", None),
    ("date_words", "hand", "R3", "photos_p2_first", (270, 270)),
    ("date_words", "typed_print", "R1", "one_pdf", None),
    ("unsigned", "acroform", "R2", "one_pdf", None),
    ("unsigned", "hand", "R2", "two_images", None),
    ("label_only", "acroform", "R3", "two_pdfs", None),
    ("label_only", "typed_print", "R1", "photos", (0, 0)),
    ("stray_mark", "hand", "R3", "two_images_p2_first", None),
    ("stray_mark", "acroform_printed", "R1", "one_pdf", None),
    ("future_date", "acroform", "R1", "one_pdf", None),
    ("future_date", "hand", "R2", "photos", (90, 0)),
    ("us_date", "typed_print", "R3", "two_images", None),
    ("us_date", "acroform_printed", "R2", "reversed_pdf", None),
    ("no_date", "hand", "R1", "two_pdfs", None),
    ("no_date", "acroform", "R3", "one_pdf", None),
    ("none_ticked", "typed_print", "R2", "one_pdf", None),
    ("none_ticked", "acroform_printed", "R3", "photos", (180, 0)),
    ("two_ticked", "acroform", "R2", "reversed_pdf", None),
    ("two_ticked", "typed_print", "R1", "two_images", None),
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
}
SIT_NAMES = {
    "sit_salarie": "salarie",
    "sit_independant": "independant",
    "sit_demandeur": "demandeur_emploi",
    "sit_etudiant": "etudiant",
    "sit_sans": "sans_activite",
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
CONTRACTS = [("CDI", "CDI"), ("CDD", "CDD"), ("INTERIM", "Intérim"), ("APPR", "Apprentissage")]
AUTRE = [
    "télétravail pour une société américaine",
    "conjointe d'un salarié détaché, au foyer",
    "chercheur boursier (bourse étrangère)",
    "retraitée, pension versée par l'Ukraine",
]
TWO = [
    ("sit_salarie", "sit_etudiant"),
    ("sit_demandeur", "sit_sans"),
    ("sit_independant", "sit_salarie"),
]


def _defect(case, v):
    return {
        "ok": None,
        "date_words": None,
        "unsigned": "form not signed: the signature box is empty",
        "label_only": "form not signed: only the printed word 'Signature' in the box",
        "stray_mark": "form not signed: only a stray pen mark in the signature box",
        "future_date": f"signature date {v['le']} is after the audit date",
        "us_date": f"date written MM/DD/YYYY ({v['le']}), not DD/MM/YYYY",
        "no_date": "the date after 'le' is left blank",
        "none_ticked": "no situation box ticked in section B",
        "two_ticked": "two situation boxes ticked in section B",
    }[case]


def _written(text, rng, upper, keep_accents):
    out = text.upper() if upper else text
    return out if keep_accents else strip_accents(out)


def make_values(rng, person, case, fill_way, style, as_of):
    """Everything written on the form, as written, plus the truth fields."""
    addr, cp, city = ADDRESSES[rng.randrange(len(ADDRESSES))]
    keep = rng.random() < (0.75 if fill_way in ("acroform", "typed_print") else 0.5)
    upper_names = style.names_comb or fill_way == "hand" or rng.random() < 0.5
    upper_given = style.names_comb or rng.random() < 0.35
    dob = dt.date.fromisoformat(person.dob)
    v = {
        "nom": _written(person.surname, rng, upper_names, keep),
        "usage": _written(person.usage, rng, upper_names, keep) if person.usage else "",
        "prenoms": _written(person.given, rng, upper_given, keep),
        "sexe": person.sex,
        "naissance": dob.strftime("%d%m%Y"),
        "lieu_commune": person.birth_city,
        "lieu_pays": person.birth_country,
        "nationalite": person.nationality.capitalize()
        if rng.random() < 0.5
        else person.nationality,
        "nir": nir_for(person) or "",
        "adresse": addr,
        "cp": cp,
        "commune": city.upper() if rng.random() < 0.4 else city,
        "tel": phone_for(rng),
        "email": email_for(person, rng),
        "fait_a": city,
        "sig": "sig",
        "le_by_hand": fill_way in ("typed_print", "acroform_printed") and rng.random() < 0.4,
        "fait_by_hand": fill_way == "typed_print" and rng.random() < 0.3,
        "appearances": not (
            fill_way == "acroform"
            and case in ("future_date", "no_date", "ok")
            and rng.random() < 0.6
        ),
    }
    if fill_way == "acroform":
        v = {k: (fill._latin(x) if isinstance(x, str) else x) for k, x in v.items()}
    # section B
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = list(rng.choice(TWO))
    else:
        sits = [rng.choices(list(SIT_NAMES), [45, 5, 8, 15, 20, 7])[0]]
    v["sits"] = sits = sorted(sits, key=list(SIT_NAMES).index)
    v["contrat"] = v["contrat_key"] = v["profession"] = v["autre_precision"] = ""
    if "sit_salarie" in sits:
        v["contrat_key"], v["contrat"] = rng.choice(
            CONTRACTS[:3] if style.contract == "line" else CONTRACTS
        )
        v["profession"] = rng.choice(JOBS)[0 if person.sex == "F" else 1]
    if "sit_autre" in sits:
        v["autre_precision"] = rng.choice(AUTRE)
    # section C
    back = rng.randint(1, 45)
    signed_on = as_of - dt.timedelta(days=back)
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(3, 40))
    if case == "us_date":
        k = rng.randint(0, 40)
        signed_on = as_of - dt.timedelta(days=k)
        while signed_on.day <= 12:
            signed_on -= dt.timedelta(days=1)
        le = signed_on.strftime("%m/%d/%Y")
    elif case == "date_words":
        le = date_words(signed_on)
    else:
        le = signed_on.strftime("%d/%m/%Y")
    if case == "no_date":
        le, signed_on = "", None
    v["le"] = le
    v["le_digits"] = le.replace("/", "")
    v["sig"] = {"unsigned": "none", "label_only": "none", "stray_mark": "stray"}.get(case, "sig")
    situation = "+".join(SIT_NAMES[s] for s in sits) or None
    emp = EMPLOYMENT[situation] if situation and len(sits) == 1 else None
    truth = {
        "surname": v["nom"],
        "usage_name": v["usage"] or None,
        "given_names": v["prenoms"],
        "sex": person.sex,
        "date_of_birth": person.dob,
        "employment_status": emp,
        "situation": situation,
        "contract_type": v["contrat"] or None,
        "signed": v["sig"] == "sig",
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": le or None,
        "place": v["fait_a"],
        "nir": v["nir"] or None,
    }
    return v, truth


def _names(arr, rng, pdf_look):
    n = rng.randint(1, 9800)
    if arr == "one_pdf" or arr == "reversed_pdf":
        name = rng.choice(
            [
                "demande_puma.pdf",
                "cerfa_15763.pdf",
                f"Scan_{n:04d}.pdf",
                "formulaire S1106.pdf",
                "demande ouverture droits.pdf",
            ]
        )
        if not pdf_look:
            name = rng.choice(["S1106_rempli.pdf", "cerfa_15763_02.pdf", "formulaire_cpam.pdf"])
        return [name]
    if arr == "two_pdfs":
        a = rng.choice(["cerfa_p{}.pdf", "formulaire_page{}.pdf", f"doc{n:05d}_{{}}.pdf"])
        return [a.format(1), a.format(2)]
    if arr == "two_images":
        a = rng.choice(["scan_{:04d}.jpg", "page_{}.png", "numerisation_{:03d}.jpg"])
        first = 1 if "page" in a else n
        return [a.format(first), a.format(first + 1)]
    if arr == "two_images_p2_first":  # scanned page 2 first: page 2 sorts first
        return [f"scan_{n + 1:04d}.jpg", f"scan_{n:04d}.jpg"]
    if arr == "photos":
        return [f"IMG_{n:04d}.jpg", f"IMG_{n + 1:04d}.jpg"]
    day = rng.randint(1, 15)
    t = dt.datetime(2026, 11, day, rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59))
    t1 = t + dt.timedelta(seconds=rng.randint(20, 90))
    return [t1.strftime("IMG_%Y%m%d_%H%M%S.jpg"), t.strftime("IMG_%Y%m%d_%H%M%S.jpg")]


def make_item(idx, out_dir: Path, row, person):
    case, fill_way, run, arr, rot = row
    rng = random.Random(SEED * 1000 + idx)
    style = RUNS[run]
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    v, fields = make_values(rng, person, case, fill_way, style, as_of)
    pdf = fill.build_pdf(v, style, fill_way, rng, idx)
    name = f"d{idx:03d}"
    folder = out_dir / "documents" / name
    folder.mkdir(parents=True, exist_ok=True)
    names = _names(arr, rng, fill_way == "acroform")
    notes = [f"print run {run}", f"fill way {fill_way}", f"arrangement {arr}"]
    if fill_way == "acroform":
        look = "text_pdf"
        if arr == "one_pdf":
            (folder / names[0]).write_bytes(pdf)
            files = [{"path": names[0], "pages": [1, 2]}]
        elif arr == "reversed_pdf":
            (folder / names[0]).write_bytes(fill.reorder_or_split(pdf, "reversed")[0])
            files = [{"path": names[0], "pages": [2, 1]}]
        else:
            for data, nm in zip(fill.reorder_or_split(pdf, "split"), names, strict=True):
                (folder / nm).write_bytes(data)
            files = [{"path": nm, "pages": [1]} for nm in names]
        if not v["appearances"]:
            notes.append("text fields without appearance streams (NeedAppearances)")
    else:
        photo = arr.startswith("photos")
        pdfs = arr in ("one_pdf", "reversed_pdf", "two_pdfs")
        dpi = 220 if photo else (rng.choice([150, 200]) if pdfs else rng.choice([150, 200, 300]))
        pages_px = looks.render_pages(pdf, dpi)
        grey = rng.random() < 0.25
        if photo:
            look = "phone_photo"
            imgs = [looks.photo(p, rng, rot[i]) for i, p in enumerate(pages_px)]
            notes += [f"page {i + 1} rotated {r}°" for i, r in enumerate(rot) if r]
        else:
            look = "image_pdf" if pdfs else "scan"
            imgs = [looks.scan(p, rng, grey) for p in pages_px]
            notes.append(f"{dpi} dpi" + (", greyscale" if grey else ""))
        if arr == "one_pdf":
            looks.image_pdf(imgs, folder / names[0])
            files = [{"path": names[0], "pages": [1, 2]}]
        elif arr == "reversed_pdf":
            looks.image_pdf(imgs[::-1], folder / names[0])
            files = [{"path": names[0], "pages": [2, 1]}]
        elif arr == "two_pdfs":
            for im, nm in zip(imgs, names, strict=True):
                looks.image_pdf([im], folder / nm)
            files = [{"path": nm, "pages": [1]} for nm in names]
        else:
            q = rng.randint(78, 92)
            for im, nm in zip(imgs, names, strict=True):
                looks.save_image(im, folder / nm, q)
            files = [{"path": nm, "pages": [1]} for nm in names]
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": _defect(case, v),
        "fill_way": fill_way,
        "case": case,
        "applicant": {k: fields[k] for k in ("surname", "given_names", "date_of_birth")},
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
    (out_dir / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = Path(argv[1])
    (out_dir / "documents").mkdir(parents=True, exist_ok=True)
    (out_dir / "packets").mkdir(parents=True, exist_ok=True)
    order = list(range(len(PEOPLE)))
    random.Random(SEED).shuffle(order)
    assert len(PLAN) == len(PEOPLE) == 32
    names = [make_item(i + 1, out_dir, row, PEOPLE[order[i]]) for i, row in enumerate(PLAN)]
    manifest = {"packets": [], "documents": names}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
