"""form_w blind set: application forms (cerfa 15763*02 / S1106) as people really send them.

Usage: generate.py OUT_DIR
Writes OUT_DIR/manifest.json, OUT_DIR/documents/dNNN/ and OUT_DIR/documents/dNNN.truth.json.
One process, deterministic (seeded random.Random per item, reportlab invariant, OpenCV on one
thread).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fill  # noqa: E402
import ink  # noqa: E402
import people  # noqa: E402
import printruns as pr  # noqa: E402
import render  # noqa: E402

cv2.setNumThreads(1)

CASE_QUOTA = {
    "hand": {
        "ok": 10,
        "date_words": 2,
        "unsigned": 1,
        "label_only": 1,
        "stray_mark": 2,
        "future_date": 1,
        "us_date": 1,
        "no_date": 2,
        "none_ticked": 1,
        "two_ticked": 1,
    },
    "typed_print": {
        "ok": 6,
        "date_words": 1,
        "unsigned": 1,
        "label_only": 1,
        "stray_mark": 1,
        "future_date": 1,
        "us_date": 1,
        "no_date": 1,
        "none_ticked": 1,
    },
    "acroform": {
        "ok": 6,
        "unsigned": 1,
        "label_only": 1,
        "future_date": 1,
        "us_date": 1,
        "no_date": 1,
        "two_ticked": 1,
    },
    "acroform_printed": {
        "ok": 8,
        "date_words": 1,
        "unsigned": 1,
        "label_only": 1,
        "stray_mark": 1,
        "future_date": 1,
        "us_date": 1,
        "none_ticked": 1,
        "two_ticked": 1,
    },
}
ARRANGEMENTS = {
    "one_pdf": 10,
    "one_pdf_reversed": 6,
    "two_pdfs": 8,
    "two_images": 9,
    "two_images_p2_first": 7,
    "phone_photos": 12,
}
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
    "label_only": "unsigned: only the printed word 'Signature' is in the signature box",
    "stray_mark": "unsigned: a stray mark instead of a signature in the signature box",
    "future_date": "date after the audit date",
    "us_date": "date written MM/DD/YYYY (US style)",
    "no_date": "no date after 'le'",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
SITUATIONS = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
EMPLOYMENT = {
    "salarie": "employed",
    "sans_activite": "not_employed",
    "independant": "other",
    "demandeur_emploi": "other",
    "etudiant": "other",
    "autre": "other",
}
AUTRE_TEXT = [
    "Conjointe d'un salarié détaché",
    "Retraité d'un régime étranger",
    "Volontaire en service civique",
    "Au pair",
    "Stagiaire non rémunéré",
    "En attente d'autorisation de travail",
]
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@dataclass
class Item:
    idx: int
    fill_way: str
    case: str
    arrangement: str
    run: str


def make_plan() -> list[Item]:
    rng = random.Random("form_w/plan")
    pairs = [(fw, case) for fw, q in CASE_QUOTA.items() for case, n in q.items() for _ in range(n)]
    rng.shuffle(pairs)
    arr = [a for a, n in ARRANGEMENTS.items() for _ in range(n)]
    rng.shuffle(arr)
    runs_cycle = ["A", "B", "C"]
    items, k, label_alt = [], 0, 0
    for i, (fw, case) in enumerate(pairs):
        if fw == "acroform":
            a = "one_pdf"
        else:
            a = arr[k]
            k += 1
        if case == "unsigned":
            run = "A"
        elif case == "label_only":
            run = "BC"[label_alt % 2]
            label_alt += 1
        else:
            run = runs_cycle[(i + i // 3) % 3]
        items.append(Item(i + 1, fw, case, a, run))
    return items


# ---------------------------------------------------------------------------------------
def fr_words(d: dt.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def dates_for(case: str, as_of: dt.date, rng: random.Random):
    """(signed_on, date_text)"""
    if case == "no_date":
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(3, 45))
        return d, d.strftime("%d/%m/%Y")
    if case == "us_date":
        while True:
            d = as_of - dt.timedelta(days=rng.randint(0, 35))
            if d.day > 12:
                return d, d.strftime("%m/%d/%Y")
    d = as_of - dt.timedelta(days=rng.randint(0, 40))
    if case == "date_words":
        return d, fr_words(d)
    return d, d.strftime("%d/%m/%Y")


def styled(s: str | None, caps: bool, accents: bool) -> str | None:
    if s is None:
        return None
    if not accents:
        s = people.strip_accents(s)
    if caps:
        return s.upper()
    return s


def situation_for(case: str, rng: random.Random) -> list[str]:
    if case == "none_ticked":
        return []
    if case == "two_ticked":
        return list(
            rng.choice(
                [
                    ("salarie", "etudiant"),
                    ("demandeur_emploi", "sans_activite"),
                    ("salarie", "independant"),
                    ("etudiant", "sans_activite"),
                ]
            )
        )
    r = rng.random()
    for sit, p in (
        ("salarie", 0.5),
        ("sans_activite", 0.78),
        ("etudiant", 0.84),
        ("demandeur_emploi", 0.9),
        ("independant", 0.95),
        ("autre", 1.01),
    ):
        if r < p:
            return [sit]
    return ["salarie"]


def build_case(item: Item, rng: random.Random):
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    origin = rng.choice(["US", "PH"]) if item.case == "us_date" and rng.random() < 0.7 else None
    p = people.make_person(rng, origin)
    signed_on, date_text = dates_for(item.case, as_of, rng)
    sits = situation_for(item.case, rng)
    hand_way = item.fill_way == "hand"
    run = pr.RUNS[item.run]
    caps_all = rng.random() < (0.55 if hand_way else 0.25)
    caps_given = caps_all or run.name_comb or rng.random() < 0.3
    accents = rng.random() < (0.45 if caps_given else 0.85)
    if run.name_comb or caps_given:
        accents = accents and rng.random() < 0.6
    writes_usage = p.usage_name is not None and rng.random() < 0.9
    t: dict[str, str] = {}
    t["surname"] = styled(p.surname, True, accents)
    if writes_usage:
        t["usage_name"] = styled(p.usage_name, True, accents)
    t["given_names"] = styled(p.given_names, caps_given, accents)
    t["dob"] = p.dob.strftime("%d%m%Y")
    t["birth_city"] = styled(p.birth_city, caps_all, accents)
    t["birth_country"] = styled(p.birth_country, caps_all, accents)
    nat = p.nationality if caps_all else p.nationality.capitalize()
    t["nationality"] = styled(nat, caps_all, accents)
    if p.nir:
        t["nir"], t["nir_key"] = p.nir[:13], p.nir[13:]
    t["address"] = styled(p.street, caps_all, accents)
    t["postal_code"] = p.postal_code
    t["city"] = styled(p.city, caps_all, accents)
    t["phone"] = p.phone if rng.random() < 0.9 else p.phone.replace(" ", "")
    if rng.random() < 0.85:
        t["email"] = p.email
    ticks = [f"sex_{p.sex}"] + [f"sit_{s}" for s in sits]
    contract = None
    if "salarie" in sits:
        people.give_job(p, rng, signed_on or as_of)
        title, employer, address = p.job
        contract = (
            "interim"
            if "Intérim" in employer or "Manpower" in employer
            else (rng.choice(["CDI", "CDI", "CDI", "CDD", "CDD"]))
        )
        ticks.append({"CDI": "ct_cdi", "CDD": "ct_cdd", "interim": "ct_interim"}[contract])
        t["job_title"] = styled(title, caps_all, accents)
        t["employer"] = styled(f"{employer}, {address}", caps_all, accents)
        t["hire_date"] = p.hire_date.strftime("%d%m%Y")
    if "autre" in sits:
        t["autre_detail"] = styled(rng.choice(AUTRE_TEXT), caps_all, accents)
    place = p.city if rng.random() < 0.85 else rng.choice(["Paris", "Lyon", "Marseille"])
    t["place"] = styled(place, caps_all and rng.random() < 0.5, accents)
    if date_text:
        t["date"] = date_text
    sign = {"unsigned": "none", "label_only": "none", "stray_mark": "stray"}.get(item.case, "sig")
    data = fill.FormData(
        text=t, ticks=ticks, sign=sign, sig_text=ink.signature_text(p.surname, p.given_names, rng)
    )
    sit_value = "+".join(sits) if sits else None
    emp = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    fields = {
        "surname": t["surname"],
        "usage_name": t.get("usage_name"),
        "given_names": t["given_names"],
        "sex": p.sex,
        "date_of_birth": p.dob.isoformat(),
        "place_of_birth": f"{t['birth_city']}, {t['birth_country']}",
        "nationality": t["nationality"],
        "address": f"{t['address']}, {t['postal_code']} {t['city']}",
        "employment_status": emp,
        "situation": sit_value,
        "contract_type": contract if "salarie" in sits else None,
        "job_title": t.get("job_title"),
        "employer": t.get("employer"),
        "signed": sign == "sig",
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": date_text,
        "place": t["place"],
        "nir": p.nir,
    }
    return as_of, p, data, fields


# ---------------------------------------------------------------------------------------
def file_names(item: Item, rng: random.Random, p: people.Person, d: dt.date) -> list[str]:
    """Names of the files holding page 1 and page 2 (same name twice for one PDF)."""
    ymd = d.strftime("%Y%m%d")
    hh, mm, ss = rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 50)
    sur = people.strip_accents(p.surname.split()[0]).capitalize().replace("'", "")
    a = item.arrangement
    if item.fill_way == "acroform":
        n = rng.choice(
            [
                "cerfa_15763-02_rempli.pdf",
                "S1106_demande_ouverture_droits.pdf",
                f"formulaire_PUMa_{sur}.pdf",
                "Demande_PUMA_signee.pdf",
                f"cerfa_15763_{sur.upper()}.pdf",
                "s1106.pdf",
            ]
        )
        return [n, n]
    if a in ("one_pdf", "one_pdf_reversed"):
        n = rng.choice(
            [
                f"Scan_{ymd}.pdf",
                "formulaire_S1106.pdf",
                "demande_puma_signee.pdf",
                "cerfa_15763.pdf",
                f"SKM_C258{ymd[2:]}{hh:02d}{mm:02d}0.pdf",
                f"Numérisation_{ymd}_{hh:02d}{mm:02d}.pdf",
                "scan_formulaire_cpam.pdf",
            ]
        )
        return [n, n]
    if a == "two_pdfs":
        return rng.choice(
            [
                ["formulaire_p1.pdf", "formulaire_p2.pdf"],
                ["scan_001.pdf", "scan_002.pdf"],
                ["S1106_page1.pdf", "S1106_page2.pdf"],
                ["demande_1.pdf", "demande_2.pdf"],
                [
                    f"Scan_{ymd}_{hh:02d}{mm:02d}{ss:02d}.pdf",
                    f"Scan_{ymd}_{hh:02d}{mm:02d}{ss + 9:02d}.pdf",
                ],
            ]
        )
    n = rng.randint(10, 9000)
    if a == "two_images":
        return rng.choice(
            [
                [f"scan_{n:04d}.jpg", f"scan_{n + 1:04d}.jpg"],
                ["page1.jpg", "page2.jpg"],
                ["formulaire-1.png", "formulaire-2.png"],
                [f"img{n:03d}.jpg", f"img{n + 1:03d}.jpg"],
            ]
        )
    if a == "two_images_p2_first":
        names = rng.choice(
            [
                [f"scan_{n + 1:04d}.jpg", f"scan_{n:04d}.jpg"],
                [f"IMG_{n + 1:04d}.jpg", f"IMG_{n:04d}.jpg"],
                [
                    f"WhatsApp Image {d.isoformat()} at {hh}.{mm:02d}.{ss + 8:02d}.jpeg",
                    f"WhatsApp Image {d.isoformat()} at {hh}.{mm:02d}.{ss:02d}.jpeg",
                ],
                [
                    f"PXL_{ymd}_{hh:02d}{mm:02d}{ss + 5:02d}311.jpg",
                    f"PXL_{ymd}_{hh:02d}{mm:02d}{ss:02d}874.jpg",
                ],
            ]
        )
        assert sorted(names)[0] == names[1]
        return names
    return rng.choice(
        [
            [
                f"IMG_{ymd}_{hh:02d}{mm:02d}{ss:02d}.jpg",
                f"IMG_{ymd}_{hh:02d}{mm:02d}{ss + 7:02d}.jpg",
            ],
            [f"IMG_{n:04d}.JPG", f"IMG_{n + 1:04d}.JPG"],
            [
                f"WhatsApp Image {d.isoformat()} at {hh}.{mm:02d}.{ss:02d}.jpeg",
                f"WhatsApp Image {d.isoformat()} at {hh}.{mm:02d}.{ss + 7:02d}.jpeg",
            ],
            [
                f"PXL_{ymd}_{hh:02d}{mm:02d}{ss:02d}123.jpg",
                f"PXL_{ymd}_{hh:02d}{mm:02d}{ss + 6:02d}456.jpg",
            ],
        ]
    )


def produce(item: Item, out: Path) -> dict:
    rng = random.Random(f"form_w/item/{item.idx}")
    as_of, p, data, fields = build_case(item, rng)
    name = f"d{item.idx:03d}"
    folder = out / "documents" / name
    folder.mkdir(parents=True, exist_ok=True)
    run = pr.RUNS[item.run]
    hand = ink.random_hand(rng)
    look = fill.Look(
        typed_font=rng.choice(fill.TYPED_FONTS),
        typed_size=rng.uniform(9, 11),
        comb_style=rng.choice(["center", "center", "spaced"]),
        tick_char=rng.choice(["X", "X", "X", "x"]),
        acro_font_size=rng.choice([9, 10, 10, 11]),
        acro_keep_ap=rng.random() < 0.5,
        sig_png_white=rng.random() < 0.4,
    )
    day = (fields["signed_on"] and dt.date.fromisoformat(fields["signed_on"])) or as_of
    if day > as_of:
        day = as_of - dt.timedelta(days=1)
    names = file_names(item, rng, p, day)
    notes = [
        f"application_form expected {STATUS[item.case]}",
        f"print run {item.run}",
        f"fill way {item.fill_way}",
        f"arrangement {item.arrangement}",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        if item.fill_way == "acroform":
            sig = None
            if data.sign == "sig":
                sig = f"{tmp}/signature.png"
                fill.signature_png(sig, data, rng, hand.ink, look.sig_png_white)
            fill.build_pdf(str(folder / names[0]), run, data, "acroform", look, sig)
            files = [{"path": names[0], "pages": [1, 2]}]
            look_kind = "text_pdf"
            notes.append(
                "fillable PDF with AcroForm values"
                + ("" if look.acro_keep_ap else " (no appearance streams, NeedAppearances set)")
            )
        else:
            files, look_kind = render.paper(
                item, rng, data, run, look, hand, names, folder, tmp, notes, day
            )
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[item.case],
        "defect": DEFECT.get(item.case),
        "fill_way": item.fill_way,
        "case": item.case,
        "print_run": item.run,
        "arrangement": item.arrangement,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": fields["date_of_birth"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look_kind,
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
    }
    if item.case == "date_words":
        truth["documents"][0]["notes"] += "; date written in words (valid French form)"
    if item.case == "us_date":
        truth["documents"][0]["notes"] += "; date written month first, day above 12"
    (out / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return truth


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    if (out / "documents").exists():
        shutil.rmtree(out / "documents")
    (out / "documents").mkdir(parents=True, exist_ok=True)
    plan = make_plan()
    docs = []
    for item in plan:
        produce(item, out)
        docs.append(f"d{item.idx:03d}")
        print(f"d{item.idx:03d} {item.fill_way} {item.case} {item.arrangement}", file=sys.stderr)
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
