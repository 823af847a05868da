"""Blind set form_bk: 32 filled S1106 / cerfa 15763*02 forms. Usage: generate.py OUT_DIR"""

import datetime as dt
import io
import json
import os
import random
import sys
import unicodedata

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.utils import ImageReader

import hand
import layout
import looks
from people import ADDRESSES, AUTRES, JOBS, PEOPLE, make_nir

cv2.setNumThreads(1)
S = 300 / 72.0

# case, fill way, arrangement, print run
PLAN = [
    ("ok", "hand", "img", "A"),
    ("ok", "hand", "photo", "B"),
    ("ok", "acroform", "one", "C"),
    ("ok", "hand", "imgrev", "A"),
    ("ok", "typed_print", "photo", "B"),
    ("ok", "typed_print", "one", "C"),
    ("ok", "acroform", "one", "A"),
    ("ok", "acroform", "two", "B"),
    ("ok", "acroform_printed", "img", "C"),
    ("ok", "acroform_printed", "rev", "A"),
    ("ok", "hand", "two", "B"),
    ("ok", "typed_print", "imgrev", "C"),
    ("ok", "acroform", "rev", "C"),
    ("ok", "acroform_printed", "photo", "B"),
    ("unsigned", "hand", "one", "B"),
    ("unsigned", "acroform", "two", "A"),
    ("label_only", "hand", "img", "C"),
    ("label_only", "acroform", "one", "B"),
    ("stray_mark", "hand", "photo", "A"),
    ("stray_mark", "typed_print", "img", "B"),
    ("future_date", "hand", "rev", "C"),
    ("future_date", "acroform_printed", "two", "A"),
    ("us_date", "hand", "img", "B"),
    ("us_date", "typed_print", "one", "A"),
    ("no_date", "typed_print", "two", "C"),
    ("no_date", "acroform_printed", "photo", "A"),
    ("none_ticked", "hand", "photo", "C"),
    ("none_ticked", "acroform_printed", "one", "B"),
    ("two_ticked", "hand", "two", "A"),
    ("two_ticked", "acroform_printed", "imgrev", "C"),
    ("date_words", "hand", "imgrev", "B"),
    ("date_words", "typed_print", "photo", "A"),
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
DEFECTS = {
    "unsigned": "signature box left empty",
    "label_only": "only the printed word 'Signature' in the box, not signed",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "dated after the audit date",
    "us_date": "date written month first (MM/DD/YYYY)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
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
ABBR = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
EMPLOY = {
    "salarie": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
TWO = [("salarie", "etudiant"), ("demandeur_emploi", "sans_activite"), ("salarie", "independant")]
TYPED_FONTS = ["LibSans", "Carlito", "LibMono", "DejaVu", "OpenSans", "LibSerif"]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def fr_date(rng, d, words=False):
    if words:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    fmt = rng.choice(["slash", "slash", "dot", "short", "abbr", "nopad"])
    if fmt == "slash":
        return d.strftime("%d/%m/%Y")
    if fmt == "dot":
        return d.strftime("%d.%m.%Y")
    if fmt == "short":
        return d.strftime("%d/%m/%y")
    if fmt == "abbr":
        return f"{d.day} {ABBR[d.month - 1]} {d.year}"
    return f"{d.day}/{d.month}/{d.year}"


def choose_dates(rng, case, as_of):
    if case == "no_date":
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(3, 18))
        return d, d.strftime("%d/%m/%Y")
    if case == "us_date":
        while True:
            d = as_of - dt.timedelta(days=rng.randint(2, 26))
            if d.day > 12:
                return d, d.strftime("%m/%d/%Y")
    d = as_of - dt.timedelta(days=rng.randint(2, 28))
    return d, fr_date(rng, d, words=case == "date_words")


def situation(rng, case):
    if case == "none_ticked":
        return []
    if case == "two_ticked":
        return list(rng.choice(TWO))
    return [
        rng.choices(
            ["salarie", "sans_activite", "etudiant", "demandeur_emploi", "autre"],
            [45, 25, 12, 10, 8],
        )[0]
    ]


def render(pdf_bytes):
    doc = pdfium.PdfDocument(pdf_bytes)
    doc.init_forms()
    out = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=S, may_draw_forms=True).to_pil().convert("RGB")
        out.append(np.array(pil))
    doc.close()
    return out


def px_rect(g):
    x, y, w, h = g
    return (x * S, (layout.H - (y + h)) * S, (x + w) * S, (layout.H - y) * S)


def hand_write(pens, geo, name, val, rng):
    """Write one value by hand; return what was written."""
    kind, g = geo[name]
    pen = pens[layout.page_of(name)]
    if kind == "comb":
        return pen.write_cells([px_rect(c) for c in g], val)
    x0, y0, x1, y1 = px_rect(g)
    h = y1 - y0
    cap = min(h * 0.6, rng.uniform(32, 46))
    base = y1 - h * rng.uniform(0.12, 0.25)
    return pen.write(x0 + rng.uniform(5, 20), base, val, cap, max_w=x1 - x0 - 25)


def make_item(idx, plan, person, out_dir):
    case, fill, arr, run = plan
    rng = random.Random(f"form_bk/{idx}")
    surname, usage, given, sex, dob, commune, country, nat, code = person
    as_of = dt.date(2026, 11, 17) + dt.timedelta(days=rng.randint(0, 13))
    signed_on, date_text = choose_dates(rng, case, as_of)
    sits = situation(rng, case)
    street, cp, city = ADDRESSES[idx % len(ADDRESSES)]
    has_nir = code is not None and rng.random() < 0.3
    nir = make_nir(rng, sex, dob, code) if has_nir else None
    typed = fill != "hand"
    low = typed and rng.random() < 0.3
    vals = {
        "NomNaissance": surname if (typed or rng.random() < 0.6) else strip_accents(surname),
        "NomUsage": usage,
        "Prenoms": given if (typed or rng.random() < 0.5) else given.upper(),
        "Sexe" + sex: True,
        "DateNaissance": dob[8:10] + dob[5:7] + dob[0:4],
        "LieuNaissance": commune,
        "PaysNaissance": country,
        "Nationalite": nat,
        "NIR": nir,
        "Adresse": street,
        "CodePostal": cp,
        "Commune": city.upper() if rng.random() < 0.4 else city,
        "Telephone": " ".join(
            [f"0{rng.choice([6, 7])}"] + [f"{rng.randint(0, 99):02d}" for _ in range(4)]
        ),
        "Email": None,
        "FaitA": city if rng.random() < 0.8 else strip_accents(city),
    }
    if low:
        vals["NomNaissance"] = vals["NomNaissance"].title()
    if rng.random() < 0.7:
        first = strip_accents(given.split()[0]).lower().replace("'", "")
        last = strip_accents(surname.split()[0]).lower().replace("'", "").replace("'", "")
        vals["Email"] = "{}.{}{}@{}".format(
            first,
            last,
            rng.choice(["", "", "93", "1990", "_fr"]),
            rng.choice(["gmail.com", "yahoo.fr", "hotmail.fr", "outlook.fr"]),
        )
    if rng.random() < 0.15:
        vals["Telephone"] = None
    contract = None
    for s in sits:
        vals["Sit_" + s] = True
        if s == "salarie":
            contract = rng.choice(["CDI", "CDI", "CDD", "intérim"])
            vals["Contrat_" + contract] = True
            vals["Emploi"] = rng.choice(JOBS)
        if s == "autre":
            vals["AutrePrecision"] = rng.choice(AUTRES)
    signed = case not in ("unsigned", "label_only", "stray_mark")
    name_sig = " ".join([given.split()[0], surname])
    ink = rng.choice(["blue", "blue", "black", "blue_gel"])
    pen_w = rng.randint(2, 5)
    style = rng.choice(["strokes", "strokes"] + hand.HAND_FONTS)
    typed_font = rng.choice(TYPED_FONTS)
    hand_date = fill == "hand" or (
        fill in ("typed_print", "acroform_printed") and rng.random() < 0.45
    )
    hand_place = fill == "hand" or (hand_date and rng.random() < 0.6)
    if not hand_date:
        vals["DateSignature"] = date_text
    place = vals.pop("FaitA")
    if not hand_place:
        vals["FaitA"] = place
    written = dict(vals)
    notes = []
    files = []
    doc_dir = os.path.join(out_dir, "documents", f"d{idx:03d}")
    os.makedirs(doc_dir, exist_ok=True)

    if fill == "acroform":
        look = "text_pdf"
        vals["DateSignature"] = date_text
        vals["FaitA"] = place
        sig_img = None
        if signed:
            sig_img = hand.signature_rgba(rng, (900, 330), name_sig, ink, pen_w)

        def on_page(c, p, geo):
            if p == 2 and sig_img is not None:
                x, y, w, h = geo["Signature"][1]
                c.drawImage(
                    ImageReader(sig_img),
                    x + w * 0.08,
                    y + h * 0.08,
                    w * 0.84,
                    w * 0.84 * 330 / 900,
                    mask="auto",
                )

        meta = {
            "Title": "S1106 - Demande d'ouverture des droits à l'assurance maladie",
            "Creator": rng.choice(["Adobe LiveCycle Designer ES 9.0", "Acrobat PDFMaker"]),
            "Producer": "Adobe Acrobat Pro 2020",
        }
        no_ap = rng.random() < 0.4
        if arr == "two":
            parts = [((1,), "cerfa_15763_p1.pdf"), ((2,), "cerfa_15763_p2.pdf")]
        else:
            name = rng.choice(
                [
                    "S1106_rempli.pdf",
                    f"cerfa_15763-02_{strip_accents(surname.split()[0]).lower()}.pdf",
                    "demande_PUMa.pdf",
                ]
            )
            parts = [((2, 1) if arr == "rev" else (1, 2), name)]
        for order, fname in parts:
            data, _ = layout.build_pdf(run, "acro", vals, order=order, on_page=on_page, meta=meta)
            if no_ap:
                data = strip_appearances(data)
            with open(os.path.join(doc_dir, fname), "wb") as fh:
                fh.write(data)
            files.append(
                {
                    "path": fname,
                    "pages": [2, 1] if order == (2, 1) else [1, 2] if len(order) == 2 else [1],
                }
            )
        notes.append(
            "fillable PDF, fields %s appearance streams" % ("without" if no_ap else "with")
        )
        if signed:
            notes.append("handwritten signature image pasted in the box")
        written["FaitA"] = place
    else:
        mode = {"hand": "blank", "typed_print": "typed", "acroform_printed": "printed_acro"}[fill]
        pdf, geo = layout.build_pdf(run, mode, vals if typed else {}, typed_font)
        pages = render(pdf)
        mk = [
            hand.Pen(
                rng,
                pages[0].shape,
                style,
                ink,
                pen_w,
                rng.uniform(-0.05, 0.3),
                rng.uniform(0.03, 0.07),
            )
            for _ in range(2)
        ]
        pens = {1: mk[0], 2: mk[1]}
        if fill == "hand":
            tick = rng.choice(["cross", "cross", "check"])
            for k, v in vals.items():
                if not v or k == "DateSignature":
                    continue
                if v is True:
                    pens[layout.page_of(k)].tick(px_rect(geo[k][1]), tick)
                else:
                    written[k] = hand_write(pens, geo, k, v, rng)
            notes.append(
                "hand-filled, %s"
                % (
                    "stroke-drawn capitals"
                    if style == "strokes"
                    else "handwriting " + os.path.basename(style)
                )
            )
        else:
            notes.append(
                "typed (%s) and printed"
                % (typed_font if fill == "typed_print" else "fillable PDF printed")
            )
        if hand_place:
            written["FaitA"] = hand_write(pens, geo, "FaitA", place, rng)
        if hand_date and date_text:
            written["DateSignature"] = hand_write(pens, geo, "DateSignature", date_text, rng)
            if fill != "hand":
                notes.append("date handwritten")
        sig_rect = px_rect(geo["Signature"][1])
        if signed:
            sig_pen = hand.Pen(
                rng,
                pages[1].shape,
                "strokes",
                rng.choice(["blue", "black"]),
                max(2, pen_w - 1),
                0.3,
            )
            sig_pen.signature(sig_rect, name_sig)
            pens[3] = sig_pen
        elif case == "stray_mark":
            pens[2].stray(sig_rect)
        pages = [
            hand.compose(pages[0], [pens[1]], rng),
            hand.compose(pages[1], [pens[2]] + ([pens[3]] if 3 in pens else []), rng),
        ]
        pages = [looks.paper(p, rng) for p in pages]
        look, files = deliver(rng, pages, arr, doc_dir, notes, surname, as_of)
    if date_text is None:
        written["DateSignature"] = None
    elif fill == "acroform" or not hand_date:
        written["DateSignature"] = date_text
    fields = {
        "surname": written["NomNaissance"],
        "usage_name": written.get("NomUsage"),
        "given_names": written["Prenoms"],
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": EMPLOY.get(sits[0]) if len(sits) == 1 else None,
        "situation": "+".join(sits) if sits else None,
        "contract_type": contract,
        "signed": signed,
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": written["DateSignature"],
        "place": written["FaitA"],
        "nir": nir,
    }
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECTS.get(case),
        "fill_way": fill,
        "case": case,
        "print_run": run,
        "arrangement": arr,
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
                "notes": "; ".join(notes),
            }
        ],
    }
    with open(os.path.join(out_dir, "documents", f"d{idx:03d}.truth.json"), "w") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)


def strip_appearances(data):
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def deliver(rng, pages, arr, doc_dir, notes, surname, as_of):
    """Write the two filled pages as the applicant sends them. Returns (look, files)."""
    files = []

    def put(name, data):
        with open(os.path.join(doc_dir, name), "wb") as fh:
            fh.write(data)

    if arr in ("one", "rev", "two"):
        dpi = rng.choice([200, 200, 300])
        scans = [looks.scan(p, rng, dpi) for p in pages]
        q = rng.randint(60, 85)
        notes.append(f"scanner PDF {dpi} dpi")
        if arr == "two":
            names = rng.choice(
                [
                    ("formulaire_p1.pdf", "formulaire_p2.pdf"),
                    ("cerfa_page1.pdf", "cerfa_page2.pdf"),
                    ("S1106-1.pdf", "S1106-2.pdf"),
                ]
            )
            for s, n in zip(scans, names):
                put(n, looks.image_pdf([s], q))
                files.append({"path": n, "pages": [1]})
        else:
            n = rng.choice(
                [
                    "scan_formulaire.pdf",
                    "numerisation_0007.pdf",
                    "Doc1.pdf",
                    "demande_secu_{}.pdf".format(
                        strip_accents(surname.split()[0]).lower().replace("'", "")
                    ),
                ]
            )
            order = scans[::-1] if arr == "rev" else scans
            put(n, looks.image_pdf(order, q))
            files.append({"path": n, "pages": [2, 1] if arr == "rev" else [1, 2]})
            if arr == "rev":
                notes.append("pages in reverse order")
        return "image_pdf", files
    if arr in ("img", "imgrev"):
        dpi = rng.choice([150, 200, 300])
        png = rng.random() < 0.25
        ext = "png" if png else "jpg"
        k = rng.randint(10, 90)
        if arr == "img":
            names = rng.choice(
                [
                    (f"scan_{k:04d}.{ext}", f"scan_{k + 1:04d}.{ext}"),
                    (f"page1.{ext}", f"page2.{ext}"),
                ]
            )
        else:
            names = rng.choice(
                [
                    (f"Scan_20261105_{k + 1:04d}.{ext}", f"Scan_20261105_{k:04d}.{ext}"),
                    (f"formulaire.{ext}", f"annexe_signee.{ext}"),
                ]
            )
            notes.append("file names sort page 2 first")
        notes.append(f"flatbed scan {dpi} dpi")
        for p, n in zip(pages, names):
            s = looks.scan(p, rng, dpi)
            put(n, looks.png_bytes(s) if png else looks.jpeg_bytes(s, rng.randint(70, 92)))
            files.append({"path": n, "pages": [1]})
        return "scan", files
    shot = as_of - dt.timedelta(days=rng.randint(1, 4))
    stamp = shot.strftime("%Y%m%d_") + f"{rng.randint(8, 21):02d}{rng.randint(0, 59):02d}"
    pat = rng.choice(["IMG_%s%02d.jpg", "PXL_%s%02d.jpg"])
    for i, p in enumerate(pages):
        ph, rot = looks.photo(p, rng)
        n = pat % (stamp, 10 + 17 * i)
        put(n, looks.jpeg_bytes(ph, rng.randint(82, 93)))
        files.append({"path": n, "pages": [1]})
        if rot:
            notes.append(f"photo of page {i + 1} rotated {90 * rot} degrees")
    return "phone_photo", files


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    order = random.Random("form_bk/people").sample(range(len(PEOPLE)), len(PLAN))
    names = []
    for i, plan in enumerate(PLAN, 1):
        make_item(i, plan, PEOPLE[order[i - 1]], out)
        names.append(f"d{i:03d}")
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": [], "documents": names}, fh, indent=2)


if __name__ == "__main__":
    main()
