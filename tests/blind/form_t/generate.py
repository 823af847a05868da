"""Blind set form_t: application forms (cerfa 15763*02, S1106) as people really send them.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402
import degrade  # noqa: E402
import fill  # noqa: E402
import hand  # noqa: E402
import people  # noqa: E402

cv2.setNumThreads(1)

ARRS = ["pdf_2p", "pdf_reversed", "two_pdfs", "two_images", "two_images_p2_first", "phone_photos"]
FILL_PLAN = {
    "hand": ARRS * 4,
    "typed_print": ARRS * 3,
    "acroform_printed": ARRS * 2 + ["pdf_2p", "phone_photos", "two_images", "pdf_reversed"],
    "acroform": ["pdf_2p"] * 12 + ["pdf_reversed"] * 2 + ["two_pdfs"] * 4,
}
DEFECTS = (
    ["unsigned"] * 5
    + ["label_only"] * 4
    + ["stray_mark"] * 4
    + ["future_date"] * 5
    + ["us_date"] * 5
    + ["no_date"] * 5
    + ["none_ticked"] * 4
    + ["two_ticked"] * 4
    + ["date_words"] * 4
)
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
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CONTRACT_LABEL = {"CDI": "CDI", "CDD": "CDD", "interim": "Intérim", "apprenti": "Apprentissage"}
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
TWO_TICKED = [
    ("salarie", "etudiant"),
    ("demandeur_emploi", "sans_activite"),
    ("salarie", "independant"),
    ("sans_activite", "autre"),
    ("etudiant", "autre"),
]


def plan():
    """(fill_way, arrangement, case, run) for every document, deterministic."""
    master = random.Random("form_t/plan")
    slots = []
    for fw, arrs in FILL_PLAN.items():
        for a in arrs:
            slots.append([fw, a, "ok", None])
    queues = {fw: [i for i, s in enumerate(slots) if s[0] == fw] for fw in FILL_PLAN}
    for q in queues.values():
        master.shuffle(q)
    order = ["hand", "typed_print", "acroform_printed", "acroform"]
    k = 0
    for case in DEFECTS:
        while True:
            fw = order[k % 4]
            k += 1
            if case == "stray_mark" and fw == "acroform":
                continue
            break
        slots[queues[fw].pop()][2] = case
    lab = 0
    for i, s in enumerate(slots):
        if s[2] == "unsigned":
            s[3] = "R1"
        elif s[2] == "label_only":
            s[3] = ["R2", "R3"][lab % 2]
            lab += 1
        else:
            s[3] = ["R1", "R2", "R3"][i % 3]
    master.shuffle(slots)
    return slots


# ------------------------------------------------------------------------------ values
def fmt_date(d: dt.date, style: str) -> str:
    return {
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_short": f"{d.day}/{d.month}/{d.year}",
        "dmy_yy": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dmy_dash_yy": f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}",
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "words": f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {d.year}",
        "words_cap": f"{d.day} {MONTHS[d.month - 1].capitalize()} {d.year}",
    }[style]


def nir_for(p, rng):
    sex = "1" if p["sex"] == "M" else "2"
    body = f"{sex}{p['dob'][2:4]}{p['dob'][5:7]}99{p['code']}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return body + f"{key:02d}"


def ascii_lower(s):
    return hand.strip_accents(s).lower().replace("'", "").replace(" ", "")


def values_for(idx, p, fw, case, run, rng, as_of):
    drop = rng.random() < (0.45 if fw == "hand" else 0.25)

    def acc(s):
        return hand.strip_accents(s) if drop else s

    surname = acc(p["surname"]).upper()
    usage = acc(p["usage"]).upper() if p["usage"] and rng.random() < 0.85 else None
    caps_given = (run == "R2" and fw in ("hand", "typed_print")) or rng.random() < (
        0.55 if fw == "hand" else 0.25
    )
    given = acc(p["given"]).upper() if caps_given else acc(p["given"])
    # situation
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = list(rng.choice(TWO_TICKED))
    else:
        sits = [rng.choices(list(EMPLOYMENT), [40, 8, 8, 15, 20, 9])[0]]
    contract = None
    profession = None
    other = None
    if "salarie" in sits:
        contract = rng.choices(list(CONTRACT_LABEL), [50, 30, 12, 8])[0]
        profession = rng.choice(people.PROFESSIONS)
    if "autre" in sits:
        other = rng.choice(people.OTHER)
    ticks = {"sex_" + p["sex"]} | {"sit_" + s for s in sits}
    if contract:
        ticks.add("ct_" + contract)
    nir = None
    if p["code"] and rng.random() < (0.3 if "salarie" in sits else 0.07):
        nir = nir_for(p, rng)
    postcode, city = rng.choice(people.TOWNS)
    street = f"{rng.randint(1, 148)} {rng.choice(people.STREETS)}"
    extra = rng.choice(people.EXTRAS)
    address = f"{street}, {extra}" if extra else street
    phone = "0" + rng.choice("67") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    sep = rng.choice([" ", " ", ".", ""])
    phone = sep.join(phone[i : i + 2] for i in range(0, 10, 2))
    mail = None
    if rng.random() < 0.7:
        first = ascii_lower(p["given"].split()[0])
        mail = f"{first}.{ascii_lower(p['surname'].split()[0])}{rng.choice(['', '', '93', '.fr'])}"
        mail = (
            mail.replace(".fr", "")
            + "@"
            + rng.choice(
                ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "icloud.com", "laposte.net"]
            )
        )
    nat = acc(p["nationality"])
    nat = (
        nat.upper()
        if fw == "hand" and rng.random() < 0.4
        else (nat.capitalize() if rng.random() < 0.5 else nat)
    )
    # date of signature
    signed_on = as_of - dt.timedelta(days=rng.randint(1, 40))
    style = "dmy"
    if fw == "hand":
        style = rng.choices(
            ["dmy", "dmy_short", "dmy_yy", "dmy_dot", "dmy_dash", "dmy_dash_yy"],
            [55, 10, 12, 8, 8, 7],
        )[0]
    elif fw == "typed_print":
        style = rng.choices(["dmy", "dmy_dot", "dmy_short"], [85, 8, 7])[0]
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(2, 45))
        style = "dmy"
    elif case == "us_date":
        while signed_on.day <= 12:
            signed_on = as_of - dt.timedelta(days=rng.randint(1, 40))
        style = "mdy"
    elif case == "date_words":
        style = rng.choice(["words", "words", "words_cap"])
    date_text = None if case == "no_date" else fmt_date(signed_on, style)
    place = acc(city) if not (case == "no_date" and rng.random() < 0.25) else None
    if fw == "hand" and place and rng.random() < 0.3:
        place = place.upper()
    vals = dict(
        surname=surname,
        usage_name=usage,
        given_names=given,
        birth_place=acc(p["commune"]),
        birth_country=acc(p["country"]),
        nationality=nat,
        address=address,
        city=city,
        phone=phone if rng.random() < 0.92 else None,
        email=mail,
        profession=profession,
        other_text=other,
        place=place,
        date=date_text,
        dob=p["dob"][8:10] + p["dob"][5:7] + p["dob"][0:4],
        nir=nir,
        postcode=postcode,
    )
    if fw in ("acroform", "acroform_printed"):
        for k, v in vals.items():
            if isinstance(v, str):
                vals[k] = fill.latin1(v)
    # who writes what by hand
    if fw == "hand":
        by_hand = set(fill.TEXT_KEYS + fill.COMB_KEYS) | {"ticks"}
    elif fw == "typed_print":
        by_hand = {"date"} if rng.random() < 0.45 else set()
        if by_hand and rng.random() < 0.5:
            by_hand.add("place")
    elif fw == "acroform_printed":
        by_hand = rng.choices([set(), {"date"}, {"date", "place"}], [60, 15, 25])[0]
    else:
        by_hand = set()
    if case in ("us_date", "future_date", "date_words") and fw != "hand" and rng.random() < 0.3:
        by_hand = by_hand | {"date"}
    sig = {"unsigned": "none", "label_only": "none", "stray_mark": "stray"}.get(case, "sign")
    V = dict(
        values=vals,
        ticks=ticks,
        by_hand=by_hand,
        sig=sig,
        sits=sits,
        contract=contract,
        signed_on=None if case == "no_date" else signed_on,
        date_text=date_text,
        tick_style=rng.choice(["x", "x", "check", "check", "fill"]),
        hand_size=rng.uniform(10.0, 12.0) if run != "R2" else rng.uniform(9.0, 10.5),
        acro_check=rng.choice(["check", "cross"]),
        acro_size=rng.choice([9, 10, 10, 11]),
        strip_ap=rng.random() < 0.45,
        typed_style=dict(
            font=rng.choice(["LSans", "Carlito", "LSerif", "LMono", "DejaVu"]),
            size=rng.choice([9.5, 10, 10.5]),
            dx=rng.uniform(-1.5, 4),
            dy=rng.uniform(-1, 2),
            comb=rng.choice(["aligned", "drift"]),
            drift=rng.uniform(0.85, 1.05),
        ),
    )
    return V


# ------------------------------------------------------------------------------ output
def names_for(arr, rng, ext):
    if arr == "acro_one":
        return [
            rng.choice(
                [
                    "S1106_rempli.pdf",
                    "cerfa_15763-02.pdf",
                    "formulaire_PUMa.pdf",
                    "demande_ouverture_droits_assurance_maladie.pdf",
                    "S1106.pdf",
                    "15763-02_complete.pdf",
                    "formulaire cpam signé.pdf",
                ]
            )
        ]
    if arr == "acro_two":
        return list(
            rng.choice(
                [
                    ("S1106_page1.pdf", "S1106_page2.pdf"),
                    ("formulaire_rempli_1.pdf", "formulaire_rempli_2.pdf"),
                    ("cerfa_p1.pdf", "cerfa_p2.pdf"),
                ]
            )
        )
    if arr in ("pdf_2p", "pdf_reversed"):
        return [
            rng.choice(
                [
                    "formulaire_cpam.pdf",
                    "S1106.pdf",
                    "cerfa_15763_signe.pdf",
                    "demande_PUMa.pdf",
                    "scan_20261104.pdf",
                    "doc_cpam.pdf",
                    "Formulaire S1106 rempli.pdf",
                    "demande_ouverture_droits.pdf",
                ]
            )
        ]
    if arr == "two_pdfs":
        return list(
            rng.choice(
                [
                    ("formulaire_p1.pdf", "formulaire_p2.pdf"),
                    ("scan_0001.pdf", "scan_0002.pdf"),
                    ("cerfa_page1.pdf", "cerfa_page2.pdf"),
                    ("S1106-1.pdf", "S1106-2.pdf"),
                ]
            )
        )
    if arr == "two_images":
        a, b = rng.choice(
            [
                ("scan_0012", "scan_0013"),
                ("page1", "page2"),
                ("formulaire-1", "formulaire-2"),
                ("cerfa_15763_p1", "cerfa_15763_p2"),
            ]
        )
        return [a + ext, b + ext]
    if arr == "two_images_p2_first_scan":
        a, b = rng.choice(
            [
                ("scan_0042", "scan_0041"),
                ("cerfa_page1", "cerfa_p2"),
                ("numerisation_2", "numerisation_1"),
            ]
        )
        return [a + ext, b + ext]
    if arr == "two_images_p2_first_photo":
        return list(
            rng.choice(
                [
                    ("IMG_4513.jpg", "IMG_4512.jpg"),
                    ("IMG_20261109_183045.jpg", "IMG_20261109_183012.jpg"),
                    ("PXL_20261108_101622123.jpg", "PXL_20261108_101530456.jpg"),
                ]
            )
        )
    return list(
        rng.choice(
            [
                ("IMG_2231.jpg", "IMG_2232.jpg"),
                ("IMG_20261110_204512.jpg", "IMG_20261110_204540.jpg"),
                ("20261107_201133.jpg", "20261107_201158.jpg"),
                ("PXL_20261112_090311452.jpg", "PXL_20261112_090346118.jpg"),
            ]
        )
    )


def save_image(img, path, rng, png=False):
    if png:
        img.save(path, "PNG", optimize=False)
    else:
        img.save(path, "JPEG", quality=rng.choice([85, 88, 90, 92]))


def package(ddir, arr, pages, rng, dpi):
    """pages = [page1, page2] images in form order.  Returns (files, look, notes)."""
    notes = []
    if arr in ("pdf_2p", "pdf_reversed", "two_pdfs"):
        grey = rng.random() < 0.3
        scans = [degrade.scan(p, rng, grey) for p in pages]
        names = names_for(arr, rng, "")
        if arr == "two_pdfs":
            for n, s in zip(names, scans):
                degrade.image_pdf(ddir / n, [s], rng, dpi)
            files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        elif arr == "pdf_reversed":
            degrade.image_pdf(ddir / names[0], scans[::-1], rng, dpi)
            files = [{"path": names[0], "pages": [2, 1]}]
            notes.append("pages in reverse order: PDF page 1 is form page 2")
        else:
            degrade.image_pdf(ddir / names[0], scans, rng, dpi)
            files = [{"path": names[0], "pages": [1, 2]}]
        return (
            files,
            "image_pdf",
            notes + [f"scanned at {dpi} dpi" + (", greyscale" if grey else "")],
        )
    photo = arr == "phone_photos" or (arr == "two_images_p2_first" and rng.random() < 0.5)
    if photo:
        key = "phone_photos" if arr == "phone_photos" else "two_images_p2_first_photo"
        names = names_for(key, rng, ".jpg")
        rots = [0, 0]
        if rng.random() < 0.45:
            rots = [rng.choice([0, 90, 270, 180]), rng.choice([90, 270, 180, 0])]
        for n, p, r in zip(names, pages, rots):
            save_image(degrade.photo(p, rng, r), ddir / n, rng)
        for i, r in enumerate(rots):
            if r == 180:
                notes.append(f"photo of page {i + 1} is upside down")
            elif r:
                notes.append(
                    f"photo of page {i + 1} is sideways: content turned {r} degrees "
                    "counter-clockwise"
                )
        look = "phone_photo"
    else:
        png = rng.random() < 0.25
        ext = ".png" if png else ".jpg"
        key = "two_images" if arr == "two_images" else "two_images_p2_first_scan"
        names = names_for(key, rng, ext)
        grey = rng.random() < 0.3
        for n, p in zip(names, pages):
            save_image(degrade.scan(p, rng, grey), ddir / n, rng, png)
        look = "scan"
        notes.append(f"scanned at {dpi} dpi")
    if arr == "two_images_p2_first":
        notes.append("file names sort page 2 first")
    files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    return files, look, notes


def make_doc(idx, spec, person, out):
    fw, arr, case, run = spec
    name = f"d{idx + 1:03d}"
    rng = random.Random(f"form_t/{name}")
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    V = values_for(idx, person, fw, case, run, rng, as_of)
    ddir = out / "documents" / name
    ddir.mkdir(parents=True, exist_ok=True)
    notes = [f"print run {run}", f"fill way {fw}"]
    if arr == "phone_photos" or arr == "two_images_p2_first":
        dpi = 220
    else:
        dpi = rng.choice([150, 200, 200, 300])
    pen = hand.Pen(rng, dpi)
    if V["sig"] == "sign":
        sig, sig_text, sig_style = pen.signature(
            (person["given"], person["surname"]), int(230 * dpi / 72), int(84 * dpi / 72)
        )
        V["sig_img"] = sig
        notes.append(f"handwritten signature ({sig_style}: '{sig_text}')")
    if fw == "acroform":
        sig_img = V.get("sig_img") if V["sig"] == "sign" else None
        order = (2, 1) if arr == "pdf_reversed" else (1, 2)
        if arr == "two_pdfs":
            names = names_for("acro_two", rng, "")
            for n, pg in zip(names, (1, 2)):
                data, _ = fill.build_pdf(run, (pg,), V, rng, "acro", sig_img)
                (ddir / n).write_bytes(data)
            files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        else:
            n = names_for("acro_one", rng, "")[0]
            data, _ = fill.build_pdf(run, order, V, rng, "acro", sig_img)
            (ddir / n).write_bytes(data)
            files = [{"path": n, "pages": [2, 1] if order == (2, 1) else [1, 2]}]
            if order == (2, 1):
                notes.append("pages in reverse order: PDF page 1 is form page 2")
        look = "text_pdf"
        notes.append(
            "AcroForm fields "
            + (
                "without appearance streams (NeedAppearances)"
                if V["strip_ap"]
                else "with appearance streams"
            )
        )
        if sig_img is not None:
            notes.append("signature image pasted in the box")
    else:
        mode = {"hand": "blank", "typed_print": "typed", "acroform_printed": "acro"}[fw]
        V["strip_ap"] = False
        data, slots = fill.build_pdf(run, (1, 2), V, rng, mode)
        pages = fill.rasterize(data, dpi, forms=mode == "acro")
        for pg, img in zip((1, 2), pages):
            fill.handwrite(img, pg, slots, V, pen, dpi, rng)
        fill.sign_raster(pages[1], slots, V, pen, dpi, rng)
        files, look, more = package(ddir, arr, pages, rng, dpi)
        notes += more
        if V["by_hand"] and fw != "hand":
            notes.append("written by hand: " + ", ".join(sorted(V["by_hand"])))
    if V["sig"] == "stray":
        notes.append(f"stray mark in the signature box: {V.get('stray_kind', 'mark')}")
    vals = V["values"]
    sits = V["sits"]
    fields = {
        "surname": vals["surname"],
        "usage_name": vals["usage_name"],
        "given_names": vals["given_names"],
        "sex": person["sex"],
        "date_of_birth": person["dob"],
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(sits) if sits else None,
        "contract_type": CONTRACT_LABEL[V["contract"]] if V["contract"] else None,
        "signed": V["sig"] == "sign",
        "signed_on": V["signed_on"].isoformat() if V["signed_on"] else None,
        "date_text": V["date_text"],
        "place": vals["place"],
        "nir": vals["nir"],
    }
    defect = defect_text(case, V, as_of)
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": defect,
        "fill_way": fw,
        "case": case,
        "arrangement": arr,
        "print_run": run,
        "applicant": {
            "surname": vals["surname"],
            "given_names": vals["given_names"],
            "date_of_birth": person["dob"],
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
    (out / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name


def defect_text(case, V, as_of):
    return {
        "ok": None,
        "date_words": None,
        "unsigned": "unsigned: the signature box is empty",
        "label_only": "label_only: only the printed word 'Signature' is in the box",
        "stray_mark": "stray_mark: a small mark in the signature box, no signature",
        "future_date": f"future_date: dated {V['date_text']}, after the audit date {as_of}",
        "us_date": f"us_date: date written month first ({V['date_text']}), day above 12",
        "no_date": "no_date: the date after 'le' is left blank",
        "none_ticked": "none_ticked: no situation box ticked in section B",
        "two_ticked": "two_ticked: two situation boxes ticked (" + " and ".join(V["sits"]) + ")",
    }[case]


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    specs = plan()
    persons = people.applicants()
    random.Random("form_t/people").shuffle(persons)
    docs = []
    for i, spec in enumerate(specs):
        docs.append(make_doc(i, spec, persons[i], out))
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
