"""Blind set form_y: 60 application forms (cerfa 15763*02, S1106) as people send them.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402
import degrade  # noqa: E402
import fill  # noqa: E402
import hand  # noqa: E402
import layout  # noqa: E402
import people  # noqa: E402
import render  # noqa: E402

cv2.setNumThreads(1)

SIT_ORDER = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
CONTRACT_TRUTH = {"CDI": "CDI", "CDD": "CDD", "interim": "intérim"}
DEFECTS = {
    "unsigned": "signature box left empty",
    "label_only": "only the printed word 'Signature' in the box, not signed",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "dated after the audit date",
    "us_date": "date written MM/DD/YYYY (American order)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
COUNTRY_CYCLE = list(people.COUNTRIES)


def names_for(arr: str, rng: random.Random, day: dt.date) -> tuple[str, str]:
    """File names for page 1 and page 2."""
    ymd = day.strftime("%Y%m%d")
    if arr in ("pdf2", "pdf2_rev"):
        n = rng.choice(
            [
                f"scan_{ymd}_{rng.randint(800, 2200):04d}.pdf",
                "formulaire_S1106.pdf",
                "demande_PUMA_signee.pdf",
                "Numérisation 12.pdf",
                "cerfa_15763.pdf",
                f"SCAN{rng.randint(100, 999)}.PDF",
                "Doc1 - formulaire secu.pdf",
            ]
        )
        return n, n
    if arr == "two_pdfs":
        k = rng.randint(10, 80)
        return rng.choice(
            [
                ("cerfa_p1.pdf", "cerfa_p2.pdf"),
                ("formulaire-1.pdf", "formulaire-2.pdf"),
                (f"scan{k:04d}.pdf", f"scan{k + 1:04d}.pdf"),
                ("demande page 1.pdf", "demande page 2.pdf"),
            ]
        )
    if arr == "two_images":
        k = rng.randint(3, 60)
        ext = rng.choice(["jpg", "png", "jpg"])
        return rng.choice(
            [
                (f"scan_{k:04d}.{ext}", f"scan_{k + 1:04d}.{ext}"),
                (f"page1.{ext}", f"page2.{ext}"),
                (f"formulaire_a.{ext}", f"formulaire_b.{ext}"),
            ]
        )
    if arr == "two_images_rev":
        k = rng.randint(3, 60)
        ext = rng.choice(["jpg", "png"])
        return rng.choice(
            [
                (f"scan_{k + 1:04d}.{ext}", f"scan_{k:04d}.{ext}"),
                (f"formulaire_page1.{ext}", f"formulaire_derniere_page.{ext}"),
                (f"secu_identite.{ext}", f"secu_engagement_signature.{ext}"),
            ]
        )
    k = rng.randint(1000, 9000)
    t = rng.randint(90000, 200000)
    return rng.choice(
        [
            (f"IMG_{k}.JPG", f"IMG_{k + 1}.JPG"),
            (f"IMG_{ymd}_{t}.jpg", f"IMG_{ymd}_{t + 37}.jpg"),
            (f"PXL_{ymd}_{t}123.jpg", f"PXL_{ymd}_{t + 52}870.jpg"),
            (
                f"WhatsApp Image {day.isoformat()} at 18.{k % 60:02d}.12.jpeg",
                f"WhatsApp Image {day.isoformat()} at 18.{k % 60:02d}.41.jpeg",
            ),
        ]
    )


def build(spec: dict, out: str) -> str:
    rng = random.Random(spec["seed"])
    i = int(spec["name"][1:]) - 1
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    person = people.make_person(rng, COUNTRY_CYCLE[(i * 7) % len(COUNTRY_CYCLE)])
    case, fw, arr = spec["case"], spec["fill_way"], spec["arrangement"]
    sit = people.situation(rng, case)
    signed_on, date_text = people.signing(rng, case, as_of)
    writer = None
    if fw == "hand":
        writer = hand.Hand(None, 0, rng)
        caps = writer.caps or rng.random() < 0.8
        accents = writer.accents and rng.random() < 0.6
    else:
        caps, accents = rng.random() < 0.45, rng.random() < 0.85
    v = fill.values(person, sit, rng, caps, accents)
    font = rng.choice(fill.TYPED_FONTS)
    if fw in ("acroform", "acroform_printed"):  # Helvetica appearance streams: Latin-1
        ok = lambda ch: ord(ch) < 256  # noqa: E731
    else:
        ok = lambda ch: hand.covers(layout._FONTS[font[0]], ch)  # noqa: E731
    for k in fill.TEXT_KEYS:
        v[k] = people.fit_charset(v[k], ok)
    place = person["city"] if rng.random() < 0.85 else rng.choice(["Paris", "Lyon", "Créteil"])
    v["fait_a"] = place if accents else people.strip_accents(place)
    v["le"] = date_text
    if writer is not None:
        for k in fill.TEXT_KEYS + ["fait_a", "le"]:
            if v.get(k):
                v[k] = writer.norm(v[k].upper() if caps and k not in ("email", "le") else v[k])
        if spec["run"] == "R1":  # capitals one per comb box
            for k in ("nom", "nom_usage", "prenoms"):
                v[k] = writer.norm(v[k].upper()) if v[k] else None

    # who signs how
    sign = {"unsigned": "none", "label_only": "none", "stray_mark": "stray"}.get(case, "hand")
    sig_name = f"{person['given'].split()[0]} {person['usage'] or person['surname']}"
    date_by_hand = fw == "hand" or (
        fw in ("typed_print", "acroform_printed") and rng.random() < 0.35
    )
    if fw == "acroform":
        date_by_hand = False

    # looks and resolution
    if fw == "acroform":
        look, dpi = "text_pdf", None
    elif arr == "photos":
        look, dpi = "phone_photo", 240
    elif arr in ("two_images", "two_images_rev"):
        look, dpi = "scan", rng.choice([150, 200, 300])
    else:
        look, dpi = "image_pdf", rng.choice([150, 200, 200, 300])
    day = signed_on or as_of - dt.timedelta(days=5)
    day = min(day, as_of) + dt.timedelta(days=rng.randint(0, 2))
    day = min(day, as_of)
    n1, n2 = names_for(arr or "pdf2", rng, day)
    folder = os.path.join(out, "documents", spec["name"])
    os.makedirs(folder, exist_ok=True)
    notes = [f"print run {spec['run']}", f"fill way {fw}"]

    if fw == "acroform":
        sig = None
        if sign == "hand":
            r = (0, 0, 235, 90)
            sig = hand.signature_image(rng, sig_name, int(r[2] * 3), int(r[3] * 3))
        strip = rng.choice(["comb", "comb", "all"])
        data, _ = render.form_pdf(spec["run"], "acro", v, rng, sig_png=sig, strip_ap=strip)
        notes.append(
            "fillable PDF, "
            + (
                "no appearance streams"
                if strip == "all"
                else "appearance streams except comb fields"
            )
        )
        if sig is not None:
            notes.append("signature image pasted in the box")
        with open(os.path.join(folder, n1), "wb") as f:
            f.write(data)
        files = [{"path": n1, "pages": [1, 2]}]
    else:
        rdpi = 200 if dpi == 150 else dpi
        skip = ("le",) if date_by_hand else ()
        if fw == "hand":
            data, geo = render.form_pdf(spec["run"], "blank", v, rng)
            pages = render.rasterize(data, rdpi, forms=False)
            writer.dpi = rdpi
            writer.mask = hand.Image.new("L", pages[0].size, 0)
            render.hand_fill(pages, geo, v, rdpi, writer)
            signer = writer
        else:
            mode = "typed" if fw == "typed_print" else "acro"
            data, geo = render.form_pdf(spec["run"], mode, v, rng, skip=skip, font=font)
            pages = render.rasterize(data, rdpi, forms=mode == "acro")
            signer = hand.Hand(pages[1], rdpi, rng)
            signer.img = pages[1]
            if date_by_hand:
                if signer.caps:
                    signer = hand.Hand(pages[1], rdpi, rng, hand="dkg")
                v["le"] = signer.norm(v["le"]) if v["le"] else None
                render.write_place_date(signer, geo, v, rng.uniform(11.5, 14), False, True)
                notes.append("date handwritten after printing")
        signer.img = pages[1]
        if signer.mask.size != pages[1].size:
            signer.mask = hand.Image.new("L", pages[1].size, 0)
        box = geo["signature"]["rect"]
        if sign == "hand":
            signer.signature(box, sig_name)
        elif sign == "stray":
            signer.stray(box)
        signer.commit()
        if look == "phone_photo":
            quarters = [rng.choice([0, 0, 0, 1, 2, 3]) for _ in pages]
            shots = [
                degrade.rotate_quarter(degrade.photo(p, rng), q) for p, q in zip(pages, quarters)
            ]
            if any(quarters):
                notes.append("rotated photos: " + ", ".join(f"{q * 90}°" for q in quarters))
            for name, im in zip((n1, n2), shots):
                with open(os.path.join(folder, name), "wb") as f:
                    f.write(degrade.jpeg_bytes(im, rng.randint(82, 93)))
            files = [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}]
        else:
            scans = [degrade.scan(p, rng, rdpi, dpi) for p in pages]
            prod = rng.choice(
                [
                    "HP Scan",
                    "Canon MF Scan Utility",
                    "Epson Scan 2",
                    "Brother iPrint&Scan",
                    "Xerox WorkCentre",
                ]
            )
            if arr in ("pdf2", "pdf2_rev"):
                order = scans if arr == "pdf2" else scans[::-1]
                with open(os.path.join(folder, n1), "wb") as f:
                    f.write(degrade.image_pdf(order, rng, prod))
                files = [{"path": n1, "pages": [1, 2] if arr == "pdf2" else [2, 1]}]
                if arr == "pdf2_rev":
                    notes.append("pages in reverse order: page 1 of the form is PDF page 2")
            elif arr == "two_pdfs":
                for name, im in zip((n1, n2), scans):
                    with open(os.path.join(folder, name), "wb") as f:
                        f.write(degrade.image_pdf([im], rng, prod))
                files = [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}]
            else:
                for name, im in zip((n1, n2), scans):
                    data = (
                        degrade.png_bytes(im)
                        if name.endswith("png")
                        else degrade.jpeg_bytes(im, rng.randint(70, 90))
                    )
                    with open(os.path.join(folder, name), "wb") as f:
                        f.write(data)
                files = [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}]
            notes.append(f"scanned at {dpi} dpi")

    ticks = [s for s in SIT_ORDER if fill.SIT_KEYS[s] in v["ticks"]]
    fields = {
        "surname": v["nom"],
        "usage_name": v["nom_usage"],
        "given_names": v["prenoms"],
        "sex": person["sex"],
        "date_of_birth": person["dob"].isoformat(),
        "employment_status": people.SITU_STATUS[ticks[0]] if len(ticks) == 1 else None,
        "situation": "+".join(ticks) if ticks else None,
        "contract_type": CONTRACT_TRUTH.get(sit["contract"]) if sit["contract"] else None,
        "signed": sign == "hand",
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": v["le"],
        "place": v["fait_a"],
        "nir": (v["nir"] + v["nir_cle"]) if v["nir"] else None,
    }
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": people.STATUS[case],
        "defect": DEFECTS.get(case),
        "fill_way": fw,
        "case": case,
        "applicant": {
            "surname": v["nom"],
            "given_names": v["prenoms"],
            "date_of_birth": person["dob"].isoformat(),
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
    with open(
        os.path.join(out, "documents", spec["name"] + ".truth.json"), "w", encoding="utf-8"
    ) as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return spec["name"]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    only = os.environ.get("FORM_Y_ONLY")
    names = []
    for spec in people.plan():
        if only and spec["name"] not in only.split(","):
            continue
        names.append(build(spec, out))
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": [], "documents": names}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
