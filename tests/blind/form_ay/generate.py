"""Blind set form_ay: 16 cerfa 15763*02 application forms as single documents.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fill  # noqa: E402
import hand  # noqa: E402
import looks  # noqa: E402
from people import FIELD_NAMES, PEOPLE, make_nir, nir_key, upper  # noqa: E402

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
EMPLOYMENT = {
    "salarie": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
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
DEFECTS = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "a stray pen mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (US order)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}

# doc, person index, fill way, print run, case, arrangement, with NIR
SPECS = [
    ("d001", 0, "hand", "A", "ok", "one_pdf", False),
    ("d002", 5, "typed_print", "B", "ok", "two_images", False),
    ("d003", 2, "acroform", "C", "ok", "acro", True),
    ("d004", 1, "hand", "A", "unsigned", "photos", False),
    ("d005", 7, "acroform_printed", "A", "ok", "one_pdf_rev", False),
    ("d006", 3, "hand", "C", "label_only", "two_images_p2first", False),
    ("d007", 9, "typed_print", "A", "stray_mark", "photos", False),
    ("d008", 4, "acroform", "B", "future_date", "acro_noap", False),
    ("d009", 6, "hand", "A", "us_date", "two_pdfs", True),
    ("d010", 10, "typed_print", "C", "no_date", "one_pdf", False),
    ("d011", 12, "hand", "B", "none_ticked", "photos", False),
    ("d012", 11, "acroform_printed", "C", "two_ticked", "two_images", True),
    ("d013", 8, "hand", "C", "date_words", "one_pdf", False),
    ("d014", 14, "acroform", "A", "ok", "acro_noap", True),
    ("d015", 13, "typed_print", "B", "ok", "two_images_p2first", False),
    ("d016", 15, "hand", "A", "ok", "photos", False),
]

DPI = 200


def iso(d: dt.date) -> str:
    return d.isoformat()


def build_values(rng, p, case, with_nir, keep_accents, fill_way):
    (
        sur,
        usage,
        given,
        sex,
        dob,
        bcity,
        bcountry,
        nat,
        addr,
        cp,
        city,
        sit,
        ct,
        job,
        emp,
        nir_place,
    ) = p
    up = lambda s: upper(s, keep_accents)  # noqa: E731
    typed = fill_way in ("typed_print", "acroform", "acroform_printed")
    free = (lambda s: s) if typed and rng.random() < 0.6 else up
    v = {
        "nom_naissance": up(sur),
        "nom_usage": up(usage) if usage else None,
        "prenoms": up(given),
        "sexe_f": sex == "F",
        "sexe_m": sex == "M",
        "date_naissance": dob[8:10] + dob[5:7] + dob[0:4],
        "lieu_commune": free(bcity),
        "lieu_pays": free(bcountry),
        "nationalite": free(nat),
        "adresse": free(addr),
        "code_postal": cp,
        "commune": free(city),
        "telephone": "0" + rng.choice("67") + "".join(str(rng.randrange(10)) for _ in range(8)),
        "email": None,
    }
    if rng.random() < 0.7:
        local = upper(given.split()[0].split("-")[0], False).lower()
        dom = rng.choice(["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "orange.fr"])
        last = upper(sur.split()[0], False).lower().replace("'", "")
        v["email"] = f"{local}.{last}@{dom}" if rng.random() < 0.6 else f"{local}{last[:3]}@{dom}"
        if not typed:
            v["email"] = v["email"].upper() if rng.random() < 0.3 else v["email"]
    nir = None
    if with_nir:
        order = rng.randrange(1, 999)
        place = nir_place or "99" + rng.choice(["350", "352", "216"])
        n13 = make_nir(sex, dob, place, order)
        key = nir_key(n13)
        v["nir"], v["nir_cle"] = n13, key
        nir = n13 + key
    sits = [sit]
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = [sit, "etudiant" if sit != "etudiant" else "demandeur_emploi"]
    for s in sits:
        v["sit_" + s] = True
    if sit == "salarie" and sits:
        v["ct_" + ct] = True
        v["profession"] = free(job)
        v["employeur"] = free(emp)
    if sit == "autre" and sits:
        v["autre_precision"] = free("Bénéficiaire de la protection temporaire")
    v["fait_a"] = free(city)
    return v, sits, nir


def date_texts(rng, case, as_of):
    signed = as_of - dt.timedelta(days=rng.randint(3, 30))
    if case == "future_date":
        signed = as_of + dt.timedelta(days=rng.randint(4, 45))
    if case == "us_date":
        while signed.day <= 12:
            signed -= dt.timedelta(days=1)
        return signed, signed.strftime("%m/%d/%Y")
    if case == "no_date":
        return None, None
    if case == "date_words":
        return signed, f"{signed.day} {MONTHS[signed.month - 1]} {signed.year}"
    return signed, signed.strftime("%d/%m/%Y")


def signature_kind(case):
    if case in ("unsigned", "label_only"):
        return None
    if case == "stray_mark":
        return "stray"
    return "sig"


def add_signature(pages, anchors, kind, rng, ink):
    rect = anchors["signature"]["rect"]
    img = pages[anchors["signature"]["page"] - 1]
    s = DPI / 72
    if kind == "sig":
        hand.signature(img, rect, fill.layout.PH, s, rng, ink)
    elif kind == "stray":
        hand.stray_mark(img, rect, fill.layout.PH, s, rng, ink)


def make_pages(rng, spec, values):
    """Return (pdf_bytes or None, page images or None)."""
    doc, _pi, way, run, case, arr, _nir = spec
    ink = rng.choice(["blue", "black", "bic_blue"])
    fonts = hand.FULL_COVERAGE
    pen = hand.Pen(rng, rng.choice(fonts), ink, DPI / 72)
    sig = signature_kind(case)
    if way == "hand":
        pdf, anchors = fill.build_pdf(run)
        pages = fill.render(pdf, DPI)
        fill.hand_fill(pages, anchors, values, pen, rng, mark=rng.choice("xxv"))
        add_signature(pages, anchors, sig, rng, pen.ink)
        return None, pages
    if way == "acroform":
        sig_img = (hand.signature_png(rng), rng) if sig == "sig" else None
        cb = fill.acro_fill(values, sig_img, FIELD_NAMES, with_comb=rng.random() < 0.5)
        pdf, _ = fill.build_pdf(run, cb)
        if arr == "acro_noap":
            pdf = fill.strip_appearances(pdf)
        return pdf, None
    # typed_print / acroform_printed: typed values, then hand signature (and maybe date)
    hand_date = way == "typed_print" and rng.random() < 0.6
    skip = ("date_signature",) if hand_date else ()
    font = rng.choice(["Courier", "Helvetica"]) if way == "typed_print" else "Helvetica"
    cb = fill.typed_fill(values, font, 10 if font == "Courier" else 9.5, skip)
    pdf, anchors = fill.build_pdf(run, cb)
    pages = fill.render(pdf, DPI)
    if hand_date:
        fill.hand_fill(pages, anchors, values, pen, rng, keys=("date_signature",))
    add_signature(pages, anchors, sig, rng, pen.ink)
    return None, pages


def write_files(rng, spec, pdf, pages, folder):
    """Arrange the document as files; return (files truth, look)."""
    doc, _pi, way, run, case, arr, _nir = spec
    os.makedirs(folder, exist_ok=True)
    if pdf is not None:
        name = rng.choice(["S1106_rempli.pdf", "cerfa_15763-02.pdf", "demande_PUMa.pdf"])
        with open(os.path.join(folder, name), "wb") as f:
            f.write(pdf)
        return [{"path": name, "pages": [1, 2]}], "text_pdf"
    stamp = 20261100 + rng.randint(1, 28)
    if arr in ("one_pdf", "one_pdf_rev"):
        imgs = [looks.scan(p, rng) for p in pages]
        name = rng.choice([f"scan_{stamp}.pdf", "formulaire_cpam.pdf", "Numérisation.pdf"])
        order = [1, 2] if arr == "one_pdf" else [2, 1]
        looks.image_pdf([imgs[i - 1] for i in order], os.path.join(folder, name))
        return [{"path": name, "pages": [order.index(1) + 1, order.index(2) + 1]}], "image_pdf"
    if arr == "two_pdfs":
        imgs = [looks.scan(p, rng) for p in pages]
        names = ["demande_page1.pdf", "demande_page2.pdf"]
        for im, n in zip(imgs, names, strict=True):
            looks.image_pdf([im], os.path.join(folder, n))
        return [{"path": n, "pages": [1]} for n in names], "image_pdf"
    if arr == "photos":
        base = rng.randint(1000, 9000)
        names = [f"IMG_{base}.jpg", f"IMG_{base + rng.randint(1, 3)}.jpg"]
        rots = [rng.choice([0, 0, 1, 3, 2]), rng.choice([0, 0, 0, 1, 3])]
        for p, n, k in zip(pages, names, rots, strict=True):
            im = looks.photo(p, rng, k)
            with open(os.path.join(folder, n), "wb") as f:
                f.write(looks.jpeg_bytes(im, rng.randint(80, 92)))
        return [{"path": n, "pages": [1]} for n in names], "phone_photo"
    # two images from a flatbed scanner
    seq = rng.randint(10, 90)
    if arr == "two_images_p2first":
        names = [f"scan_{seq + 1:04d}.jpg", f"scan_{seq:04d}.jpg"]
    else:
        names = [f"scan_{seq:04d}.jpg", f"scan_{seq + 1:04d}.jpg"]
    for p, n in zip(pages, names, strict=True):
        im = looks.scan(p, rng, grey=rng.random() < 0.5)
        w, h = im.size
        f = rng.choice([1.0, 0.75])  # 200 or 150 dpi
        im = im.resize((int(w * f), int(h * f)))
        with open(os.path.join(folder, n), "wb") as fh:
            fh.write(looks.jpeg_bytes(im, rng.randint(75, 90)))
    return [{"path": n, "pages": [1]} for n in names], "scan"


def make_doc(spec, out):
    doc, pi, way, run, case, arr, with_nir = spec
    rng = random.Random(f"form_ay/{doc}")
    p = PEOPLE[pi]
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    keep = way != "hand" or rng.random() < 0.5
    values, sits, nir = build_values(rng, p, case, with_nir, keep, way)
    signed_on, date_text = date_texts(rng, case, as_of)
    values["date_signature"] = date_text
    pdf, pages = make_pages(rng, spec, values)
    files, look = write_files(rng, spec, pdf, pages, os.path.join(out, "documents", doc))
    sur, usage, given, sex, dob = p[0], p[1], p[2], p[3], p[4]
    sit = "+".join(sits) if sits else None
    emp = EMPLOYMENT.get(sits[0]) if len(sits) == 1 else None
    contract = None
    if "salarie" in sits:
        contract = {"cdi": "CDI", "cdd": "CDD", "interim": "intérim"}[p[12]]
    fields = {
        "surname": values["nom_naissance"],
        "usage_name": values["nom_usage"],
        "given_names": values["prenoms"],
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": emp,
        "situation": sit,
        "contract_type": contract,
        "signed": signature_kind(case) == "sig",
        "signed_on": iso(signed_on) if signed_on else None,
        "date_text": date_text,
        "place": values["fait_a"],
        "nir": nir,
    }
    notes = f"print run {run}, fill {way}, arrangement {arr}"
    if arr == "one_pdf_rev":
        notes += " (PDF page 1 is the form's page 2)"
    if arr == "two_images_p2first":
        notes += " (file names sort page 2 first)"
    truth = {
        "as_of": iso(as_of),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECTS.get(case),
        "fill_way": way,
        "case": case,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": dob,
        },
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
    del sur, usage, given
    with open(os.path.join(out, "documents", doc + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    for spec in SPECS:
        make_doc(spec, out)
        print(spec[0], spec[2], spec[4], file=sys.stderr)
    manifest = {"packets": [], "documents": [s[0] for s in SPECS]}
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
