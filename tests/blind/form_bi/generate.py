"""Blind set form_bi: 64 application forms (cerfa 15763*02 / S1106) as people send them.

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import random
import shutil
import sys
from pathlib import Path

import numpy as np
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import acro
import camera
import fonts
import hand
import people
from fill import HandWriter, TypedWriter, fill_page1, fill_page2
from layout import RUNS, Drawer, H, W

# (case, fill ways): every defect under each way of filling the form
H_, T_, A_, P_ = "hand", "typed_print", "acroform", "acroform_printed"
ALL4 = [H_, T_, A_, P_]
PLAN = {
    "ok": [H_] * 12 + [T_] * 6 + [A_] * 6 + [P_] * 6,
    "date_words": ALL4,
    "unsigned": ALL4,
    "label_only": [H_, T_, A_],
    "stray_mark": [H_, T_, P_],
    "future_date": ALL4,
    "us_date": ALL4,
    "no_date": ALL4,
    "none_ticked": ALL4,
    "two_ticked": ALL4,
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
    "unsigned": "signature box left empty: the form is not signed",
    "label_only": "only the printed word 'Signature' in the signature box: not signed",
    "stray_mark": "a stray mark (dot or small tick) in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written month first (MM/DD/YYYY) with a day above 12",
    "no_date": "the date after 'le' is left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "other",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
SITS = (
    ["salarie"] * 36
    + ["sans_activite"] * 20
    + ["etudiant"] * 14
    + ["demandeur_emploi"] * 10
    + ["independant"] * 10
    + ["autre"] * 10
)
PAIRS = [
    ("salarie", "etudiant"),
    ("etudiant", "sans_activite"),
    ("demandeur_emploi", "sans_activite"),
    ("salarie", "independant"),
]
CONTRACTS = ["CDI"] * 5 + ["CDD"] * 3 + ["Int\u00e9rim"] + ["Apprentissage"]
EPOCH = dt.date(2026, 11, 18)


def plan() -> list:
    r = random.Random(15763)
    pairs = [(case, fill) for case, fills in PLAN.items() for fill in fills]
    r.shuffle(pairs)
    cases = [c for c, _f in pairs]
    fills = [f for _c, f in pairs]
    us = [p for p in people.P if p[9]]
    others = [p for p in people.P if not p[9]]
    r.shuffle(others)
    specs, runs, looks = [], 0, 0
    pdf_arr = ["pdf1", "pdf1_rev", "pdf2"]
    img_arr = ["img2", "img2_rev", "img2"]
    cnt = {"image_pdf": 0, "scan": 0, "phone_photo": 0}
    for i, (case, fill) in enumerate(zip(cases, fills, strict=True)):
        person = us.pop() if case == "us_date" else others.pop()
        if case == "unsigned":
            run = "R1"
        elif case == "label_only":
            run = ["R2", "R3"][i % 2]
        else:
            run = ["R1", "R2", "R3"][runs % 3]
            runs += 1
        if fill == "acroform":
            look, arr = "text_pdf", "pdf1"
        else:
            look = ["scan", "phone_photo", "image_pdf"][looks % 3]
            looks += 1
            n = cnt[look]
            cnt[look] += 1
            arr = pdf_arr[n % 3] if look == "image_pdf" else img_arr[n % 3]
        as_of = EPOCH + dt.timedelta(days=r.randint(0, 13))
        specs.append(
            {
                "idx": i + 1,
                "case": case,
                "fill": fill,
                "run": run,
                "look": look,
                "arr": arr,
                "person": person,
                "as_of": as_of,
            }
        )
    return specs


# ------------------------------------------------------------------ dates
def fmt_date(d: dt.date, style: str) -> str:
    if style == "words":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {people.MONTHS[d.month - 1]} {d.year}"
    if style == "Words":
        return f"{d.day:02d} {people.MONTHS[d.month - 1].capitalize()} {d.year}"
    dd, mm_, yy = f"{d.day:02d}", f"{d.month:02d}", str(d.year)
    return {
        "dmy/": f"{dd}/{mm_}/{yy}",
        "dmy/2": f"{dd}/{mm_}/{yy[2:]}",
        "d/": f"{d.day}/{mm_}/{yy}",
        "dmy-": f"{dd}-{mm_}-{yy}",
        "dmy-2": f"{d.day}-{d.month}-{yy[2:]}",
        "dmy.": f"{dd}.{mm_}.{yy}",
        "dmy ": f"{dd} {mm_} {yy}",
        "us": f"{mm_}/{dd}/{yy}",
        "us1": f"{d.month}/{d.day}/{yy}",
        "us-": f"{mm_}-{dd}-{yy}",
    }[style]


def signing(spec, r):
    case, as_of = spec["case"], spec["as_of"]
    typed = spec["fill"] in ("acroform", "acroform_printed", "typed_print")
    if case == "no_date":
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=r.randint(2, 35))
    elif case == "us_date":
        cands = [as_of - dt.timedelta(days=k) for k in range(1, 45)]
        d = r.choice([x for x in cands if x.day > 12])
    else:
        d = as_of - dt.timedelta(days=r.choice([0, 1, 2, 3, 5, 8, 12, 15, 20, 27, 34, 41]))
    if case == "date_words":
        style = r.choice(["words", "words", "Words"])
    elif case == "us_date":
        style = r.choice(["us", "us", "us1", "us-"])
    elif typed:
        style = r.choice(["dmy/", "dmy/", "dmy/", "d/", "dmy-"])
    else:
        style = r.choice(["dmy/", "dmy/", "dmy/2", "d/", "dmy-", "dmy-2", "dmy.", "dmy "])
    return d, fmt_date(d, style)


# ------------------------------------------------------------------ values as written
def written_values(spec, r, pen=None) -> dict:
    (sur, usage, given, sex, dob, bcity, bcountry, nat, code, _us) = spec["person"]
    if pen is not None:  # handwriting: capitals in combs, accents kept or dropped

        def cap(s):
            s = s.upper()
            ok = pen.keep_accents and fonts.covers(hand.font_for(pen, s), s)
            return s if ok else people.strip_accents(s)

        def free(s):
            s = cap(s) if pen.caps else s
            return s if fonts.covers(hand.font_for(pen, s), s) else people.strip_accents(s)

        names = cap
    else:
        style = r.choice(["upper_names", "upper_names", "all_upper", "natural"])

        def names(s):
            return s if style == "natural" and s != sur else s.upper()

        def free(s):
            return s.upper() if style == "all_upper" else s

    pc, city, place = r.choice(people.CITIES)
    num = r.choice([str(r.randint(1, 140)), f"{r.randint(2, 60)} bis", str(r.randint(1, 30))])
    v = {
        "surname": names(sur),
        "usage_name": names(usage) if usage and r.random() < 0.8 else "",
        "given_names": given
        if (
            pen is not None
            and spec["run"] == "R2"
            and not pen.caps
            and fonts.covers(hand.font_for(pen, given), given)
        )
        else names(given),
        "sex": sex,
        "dob": dob[8:10] + dob[5:7] + dob[0:4],
        "birth_city": free(bcity),
        "birth_country": free(bcountry),
        "nationality": free(nat.capitalize() if r.random() < 0.5 else nat),
        "address": free(f"{num} {r.choice(people.STREETS)}"),
        "address2": free(r.choice(people.COMPL)) if r.random() < 0.35 else "",
        "postcode": pc,
        "city": free(city),
        "phone": people.phone(r),
        "email": people.email(r, given, sur),
    }
    if pen is not None and fonts.HAND_FONTS[pen.font][1]:
        v["email"] = v["email"].upper()
    case = spec["case"]
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = list(r.choice(PAIRS))
    else:
        sits = [r.choice(SITS)]
    v["situations"] = sits
    v["contract"] = None
    if case == "none_ticked" and r.random() < 0.5:
        v["profession"] = free(r.choice(people.PROFESSIONS)[sex == "F"])
    if "salarie" in sits:
        v["profession"] = free(r.choice(people.PROFESSIONS)[sex == "F"])
        v["contract"] = r.choice(CONTRACTS)
        if spec["run"] == "R2" and pen is not None:
            v["contract"] = free(v["contract"])
    if "autre" in sits:
        v["autre_text"] = free(r.choice(people.AUTRE))
    has_nir = r.random() < (0.35 if set(sits) & {"etudiant", "salarie"} else 0.12)
    v["nir"] = people.nir_for(sex, dob, code, r.randint(1, 999)) if has_nir else ""
    d, text = signing(spec, r)
    v["signed_on"] = d
    v["date_text"] = free(text) if text else None
    v["place"] = free(place) if not (case == "no_date" and r.random() < 0.3) else None
    return v


# ------------------------------------------------------------------ one form
def build_pdf(spec, v, r, pen):
    """Draws the form and its paper-filled values; returns (pdf bytes, geos, notes)."""
    fill, case = spec["fill"], spec["case"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("cerfa_15763-02")
    c.setCreator(
        {
            "R1": "Designer 6.5",
            "R2": "Adobe InDesign 16.0 (Windows)",
            "R3": "Microsoft\u00ae Word pour Microsoft 365",
        }[spec["run"]]
    )
    d = Drawer(c, RUNS[spec["run"]])
    notes = []
    writer = None
    if fill == "hand":
        writer = HandWriter(pen, r)
        notes.append(f"handwritten with font {pen.font}, slant {pen.slant:.0f} deg")
    elif fill == "typed_print":
        font = r.choice(["LibSans", "LibSans", "Carlito", "LibMono", "DejaVuC", "LibSerif"])
        writer = TypedWriter(font, r.uniform(9, 11.5), r, r.choice(["spaced", "plain"]))
        notes.append(f"typed in {font} ({writer.comb_style} over the combs), printed")
    g1 = d.page1()
    if writer:
        fill_page1(c, writer, g1, v)
    c.showPage()
    g2 = d.page2()
    hand_date = fill == "hand" or (fill != "acroform" and r.random() < 0.35)
    if fill in ("hand", "typed_print") or hand_date:
        dw = HandWriter(pen, r) if hand_date else None
        fill_page2(c, writer or dw, g2, v, date_writer=dw)
    if hand_date and fill != "hand":
        notes.append("place and date written by hand")
    sig = g2["sig"]
    name = v["surname"]
    if case in ("unsigned", "label_only"):
        notes.append("signature box left as printed")
    elif case == "stray_mark":
        hand.stray(c, pen, sig, r)
        notes.append("only a stray mark in the signature box")
    elif fill == "acroform":
        transparent = r.random() < 0.6
        img = hand.signature_image(r, name, pen.ink, transparent)
        w = sig["w"] * r.uniform(0.45, 0.75)
        h = w * img.height / img.width
        if h > sig["h"] * 0.9:
            h = sig["h"] * 0.9
            w = h * img.width / img.height
        x = sig["x"] + r.uniform(0.05, 0.95) * (sig["w"] - w)
        y = sig["y"] + r.uniform(0.1, 0.9) * (sig["h"] - h)
        c.drawImage(ImageReader(img), x, y, w, h, mask="auto" if transparent else None)
        notes.append(
            "signature image pasted in the box"
            + (" (PNG with transparency)" if transparent else " (cropped photo of paper)")
        )
    else:
        hand.sign(c, pen, sig, r, name)
    c.showPage()
    c.save()
    return buf.getvalue(), [g1, g2], notes, hand_date


def names_for(spec, r, png):
    d = spec["as_of"] - dt.timedelta(days=r.randint(0, 2))
    ymd = d.strftime("%Y%m%d")
    sur = people.strip_accents(spec["person"][0]).split()[0].replace("'", "").capitalize()
    arr, look = spec["arr"], spec["look"]
    if look == "text_pdf":
        return [
            r.choice(
                [
                    "cerfa_15763-02_rempli.pdf",
                    "S1106_demande_PUMa.pdf",
                    f"formulaire_ameli_{sur}.pdf",
                    f"demande-ouverture-droits-{sur}.pdf",
                    "15763_02_signe.pdf",
                    "Formulaire PUMA.pdf",
                ]
            )
        ]
    if arr in ("pdf1", "pdf1_rev"):
        return [
            r.choice(
                [
                    f"Numerisation_{ymd}.pdf",
                    "scan_formulaire.pdf",
                    f"SCAN{r.randint(10, 9999):04d}.PDF",
                    "cerfa_signe_scan.pdf",
                    f"doc{r.randint(100, 999)}.pdf",
                    f"formulaire_{sur}.pdf",
                ]
            )
        ]
    if arr == "pdf2":
        return r.choice(
            [
                ["formulaire_p1.pdf", "formulaire_p2.pdf"],
                [f"scan_{(k := r.randint(10, 900)):04d}.pdf", f"scan_{k + 1:04d}.pdf"],
                ["cerfa page 1.pdf", "cerfa page 2.pdf"],
                ["demande_1.pdf", "demande_2.pdf"],
            ]
        )
    ext = ".png" if png else ".jpg"
    k = r.randint(1000, 8999)
    hms = f"{r.randint(8, 20):02d}{r.randint(0, 59):02d}{r.randint(10, 50):02d}"
    if look == "scan":
        fwd = [
            [f"scan_{k:04d}{ext}", f"scan_{k + 1:04d}{ext}"],
            [f"Num\u00e9risation_{k:04d}{ext}", f"Num\u00e9risation_{k + 1:04d}{ext}"],
            [f"formulaire_recto{ext}", f"formulaire_verso{ext}"],
            [f"cerfa_page1{ext}", f"cerfa_page2{ext}"],
        ]
        rev = [
            [f"scan_{k + 1:04d}{ext}", f"scan_{k:04d}{ext}"],
            [f"page_vous{ext}", f"page_signature{ext}"],
            [f"formulaire_b{ext}", f"formulaire_a{ext}"],
        ]
    else:
        wa = f"WhatsApp Image {d.isoformat()} at {hms[:2]}.{hms[2:4]}."
        fwd = [
            [f"IMG_{k}.jpg", f"IMG_{k + 1}.jpg"],
            [f"IMG_{ymd}_{hms}.jpg", f"IMG_{ymd}_{hms[:4]}{int(hms[4:]) + 9}.jpg"],
            [f"{wa}{hms[4:]}.jpeg", f"{wa}{int(hms[4:]) + 3}.jpeg"],
            [f"PXL_{ymd}_{hms}512.jpg", f"PXL_{ymd}_{hms[:4]}{int(hms[4:]) + 6}087.jpg"],
        ]
        rev = [
            [f"IMG_{k + 1}.jpg", f"IMG_{k}.jpg"],
            [f"IMG-{ymd}-WA{(k % 90) + 11:04d}.jpg", f"IMG-{ymd}-WA{(k % 90) + 10:04d}.jpg"],
        ]
    names = r.choice(rev if arr == "img2_rev" else fwd)
    assert (min(names) == names[1]) == (arr == "img2_rev"), names
    return names


def make(spec, out: Path):
    i = spec["idx"]
    r = random.Random(7000 + i)
    nr = np.random.default_rng(7000 + i)
    fill, look, case = spec["fill"], spec["look"], spec["case"]
    pen = hand.make_pen(r)
    v = written_values(spec, r, pen if fill == "hand" else None)
    for text in (v["date_text"] or "", v["place"] or ""):
        if not fonts.covers(hand.font_for(pen, text), text):
            pen.font = pen.caps_font = "Breip"  # a pen that has the accents of the place/month
    pdf, geos, notes, hand_date = build_pdf(spec, v, r, pen)
    with_ap = True
    if fill in ("acroform", "acroform_printed"):
        fv = dict(v)
        if hand_date:
            fv["date_text"], fv["place"] = None, None
        with_ap = fill == "acroform_printed" or r.random() < 0.6
        pdf = acro.build(pdf, spec["run"], geos, fv, r, with_ap)
        notes.append("AcroForm " + ("with" if with_ap else "WITHOUT") + " appearance streams")
    folder = out / "documents" / f"d{i:03d}"
    if folder.exists():  # a previous run's files would be taken as part of the document
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    arr = spec["arr"]
    if look == "text_pdf":
        names = names_for(spec, r, False)
        (folder / names[0]).write_bytes(pdf)
        files = [{"path": names[0], "pages": [1, 2]}]
    else:
        forms = fill == "acroform_printed"
        gray = r.random() < (0.4 if look != "phone_photo" else 0.0)
        pages = []
        phone = camera.PHONES[r.randrange(len(camera.PHONES))]
        png = look == "scan" and r.random() < 0.25
        dpi = r.choice([150, 200, 200, 300]) if look == "scan" else r.choice([150, 200])
        dpi = 150 if png else dpi
        for p in (0, 1):
            if look == "phone_photo":
                img = camera.render(pdf, p, r.uniform(230, 280), forms)
                pages.append(camera.photo(img, nr, phone))
            else:
                img = camera.render(pdf, p, dpi, forms)
                pages.append(camera.scan(img, nr, gray))
        names = names_for(spec, r, png)
        if gray:
            notes.append("scanned in greyscale")
        if look == "image_pdf":
            q = r.randint(55, 80)
            jp = [camera.jpeg_bytes(p, q) for p in pages]
            creator = r.choice(
                [
                    "Canon MF Scan Utility",
                    "HP Scan",
                    "Epson Scan 2",
                    "Brother iPrint&Scan",
                    "Xerox WorkCentre",
                ]
            )
            if arr == "pdf1":
                (folder / names[0]).write_bytes(camera.image_pdf(jp, creator))
                files = [{"path": names[0], "pages": [1, 2]}]
            elif arr == "pdf1_rev":
                (folder / names[0]).write_bytes(camera.image_pdf(jp[::-1], creator))
                files = [{"path": names[0], "pages": [2, 1]}]
                notes.append("pages in reverse order in the PDF (form page 1 is PDF page 2)")
            else:
                for nm, data in zip(names, jp, strict=True):
                    (folder / nm).write_bytes(camera.image_pdf([data], creator))
                files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        else:
            for nm, img in zip(names, pages, strict=True):
                data = (
                    camera.png_bytes(img)
                    if nm.endswith(".png")
                    else camera.jpeg_bytes(img, r.randint(82, 93))
                )
                (folder / nm).write_bytes(data)
            files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
            if arr == "img2_rev":
                notes.append("file names sort page 2 first")
    sits = v["situations"]
    signed = case not in ("unsigned", "label_only", "stray_mark")
    sex, dob = spec["person"][3:5]
    fields = {
        "surname": v["surname"],
        "usage_name": v["usage_name"] or None,
        "given_names": v["given_names"],
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(sits) if sits else None,
        "contract_type": v["contract"],
        "signed": signed,
        "signed_on": v["signed_on"].isoformat() if v["signed_on"] else None,
        "date_text": v["date_text"],
        "place": v["place"],
        "nir": v["nir"] or None,
    }
    if v["signed_on"] and case not in ("future_date",):
        assert v["signed_on"] <= spec["as_of"]
    if case == "future_date":
        assert v["signed_on"] > spec["as_of"]
    notes.insert(0, f"print run {spec['run']}, arrangement {arr}")
    truth = {
        "as_of": spec["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECT.get(case),
        "fill_way": fill,
        "case": case,
        "print_run": spec["run"],
        "applicant": {
            "surname": v["surname"],
            "given_names": v["given_names"],
            "date_of_birth": dob,
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
    (out / "documents" / f"d{i:03d}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    fonts.register()
    specs = plan()
    only = {int(a) for a in sys.argv[2:]} or None  # optional item numbers, for debugging
    for spec in specs:
        if only is None or spec["idx"] in only:
            make(spec, out)
    manifest = {"packets": [], "documents": [f"d{s['idx']:03d}" for s in specs]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
