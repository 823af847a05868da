"""Blind set form_q: application forms cerfa 15763*02 (S1106) as applicants send them.

Usage: python generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import logging
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import capture  # noqa: E402
import cv2  # noqa: E402
import fill  # noqa: E402
import ink  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from layout import ALT_FONT, Form  # noqa: E402
from people import ADDRESSES, AUTRE_TEXT, JOBS, PEOPLE, nir  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

cv2.setNumThreads(1)
logging.getLogger("fontTools").setLevel(logging.ERROR)
W, H = A4
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
DEFECT_FILLS = {
    "unsigned": ["hand", "typed_print", "acroform", "acroform_printed"],
    "label_only": ["hand", "typed_print", "acroform", "acroform_printed"],
    "stray_mark": ["hand", "hand", "typed_print", "acroform_printed"],
    "future_date": ["hand", "typed_print", "acroform", "acroform_printed"],
    "us_date": ["hand", "typed_print", "acroform", "hand"],
    "no_date": ["hand", "typed_print", "acroform", "acroform_printed"],
    "none_ticked": ["hand", "typed_print", "acroform", "acroform_printed"],
    "two_ticked": ["hand", "typed_print", "acroform", "hand"],
    "date_words": ["hand", "typed_print", "acroform", "acroform_printed"],
}
OK_FILLS = ["hand"] * 12 + ["typed_print"] * 9 + ["acroform"] * 4 + ["acroform_printed"] * 7
ARRANGEMENTS = [
    ("pdf", "scan"),
    ("two_images", "scan"),
    ("two_images", "photo"),
    ("pdf_rev", "scan"),
    ("two_images_rev", "scan"),
    ("two_pdfs", "scan"),
    ("two_images", "photo_rot"),
    ("two_images_rev", "photo"),
]
EMP = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
SIT_KEY = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans",
    "autre": "sit_autre",
}
CT_KEY = {"CDI": "ct_cdi", "CDD": "ct_cdd", "intérim": "ct_interim"}
TWO = [
    ("salarie", "etudiant"),
    ("demandeur_emploi", "sans_activite"),
    ("salarie", "independant"),
    ("etudiant", "sans_activite"),
]


def deaccent(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def iso(d):
    return d.isoformat()


def build_specs():
    master = random.Random("form_q/plan")
    cases = []
    for case, fills in DEFECT_FILLS.items():
        cases += [(case, f) for f in fills]
    cases += [("ok", f) for f in OK_FILLS]
    master.shuffle(cases)
    people = list(range(len(PEOPLE)))
    master.shuffle(people)
    n_img = sum(1 for _, f in cases if f != "acroform")
    arr = (ARRANGEMENTS * 10)[:n_img]
    master.shuffle(arr)
    specs, k = [], 0
    for i, (case, fw) in enumerate(cases):
        spec = dict(id=f"d{i + 1:03d}", case=case, fill_way=fw, person=people[i])
        if fw == "acroform":
            spec["arr"] = ("pdf", "digital")
        else:
            spec["arr"] = arr[k]
            k += 1
        specs.append(spec)
    return specs


# ------------------------------------------------------------------------------ content
def make_content(spec, rng):
    p = PEOPLE[spec["person"]]
    surname, usage, given, sex, dob, town, country, nat, ccode = p
    case, fw = spec["case"], spec["fill_way"]
    hand = fw == "hand"
    drop = rng.random() < (0.45 if hand else 0.15)
    caps_names = hand or rng.random() < 0.7

    def nm(s):
        s = deaccent(s) if drop else s
        return s.upper() if caps_names else s

    addr = ADDRESSES[rng.randrange(len(ADDRESSES))]
    caps_text = hand and rng.random() < 0.6

    def tx(s):
        s = deaccent(s) if drop else s
        return s.upper() if caps_text else s

    given_w = nm(given)
    if not caps_names:
        given_w = given
    vals = {
        "nom_naissance": nm(surname),
        "nom_usage": nm(usage) if usage else "",
        "prenoms": given_w,
        "date_naissance": dob[8:10] + dob[5:7] + dob[:4],
        "lieu_commune": tx(town),
        "lieu_pays": tx(country),
        "nationalite": tx(nat),
        "adresse": tx(addr[0]),
        "code_postal": addr[1],
        "commune": tx(addr[2]),
        "telephone": rng.choice(["06", "07"])
        + "".join(f" {rng.randint(0, 99):02d}" for _ in range(4)),
    }
    mail_name = deaccent(given.split()[0]).lower().replace("'", "")
    mail_sur = deaccent(surname).lower().replace(" ", "").replace("'", "")
    vals["email"] = f"{mail_name}.{mail_sur}{rng.choice(['', '', dob[2:4], '75'])}@" + rng.choice(
        ["gmail.com", "yahoo.fr", "outlook.com", "hotmail.fr", "orange.fr"]
    )
    nir_v = None
    if rng.random() < 0.2:
        nir_v = nir(sex, dob, ccode, rng.randint(1, 999))
        vals["nir"] = nir_v
    checks = {"sexe_f" if sex == "F" else "sexe_m"}
    sit = rng.choices(list(EMP), [45, 8, 7, 15, 15, 10])[0]
    contract = None
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = list(rng.choice(TWO))
    else:
        sits = [sit]
    for s in sits:
        checks.add(SIT_KEY[s])
    if "salarie" in sits:
        contract = rng.choices(["CDI", "CDD", "intérim"], [5, 3, 1])[0]
        checks.add(CT_KEY[contract])
        job = JOBS[rng.randrange(len(JOBS))]
        vals["emploi"], vals["employeur"] = tx(job[0]), tx(job[1])
    if "autre" in sits:
        vals["autre_precision"] = tx(rng.choice(AUTRE_TEXT))
    # the date after "le"
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed_on = as_of - dt.timedelta(days=rng.choice([0, 1, 2, 3, 5, 7, 9, 12, 16, 21, 30, 44]))
    date_text = signed_on.strftime("%d/%m/%Y")
    if case == "future_date":
        if rng.random() < 0.2:
            signed_on = signed_on.replace(year=2027)
        else:
            signed_on = as_of + dt.timedelta(days=rng.randint(2, 24))
        date_text = signed_on.strftime("%d/%m/%Y")
    elif case == "us_date":
        d = as_of - dt.timedelta(days=rng.randint(0, 40))
        while d.day < 13:
            d -= dt.timedelta(days=1)
        signed_on = d
        date_text = d.strftime("%m/%d/%Y")
    elif case == "date_words":
        day = signed_on.day
        date_text = f"{day} {MONTHS[signed_on.month - 1]} {signed_on.year}"
        if hand and caps_text and rng.random() < 0.5:
            date_text = date_text.upper()
    elif case == "no_date":
        signed_on, date_text = None, None
    vals["fait_a"] = tx(addr[2]) if rng.random() < 0.9 else tx(addr[2]) + f" ({addr[1][:2]})"
    if date_text:
        vals["date_signature"] = date_text
    status = STATUS[case]
    signed = case not in ("unsigned", "label_only", "stray_mark")
    situation = "+".join(sits) if sits else None
    fields = {
        "surname": vals["nom_naissance"],
        "usage_name": vals["nom_usage"] or None,
        "given_names": vals["prenoms"],
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": EMP[sits[0]] if len(sits) == 1 else None,
        "situation": situation,
        "contract_type": contract,
        "signed": signed,
        "signed_on": iso(signed_on) if signed_on else None,
        "date_text": date_text,
        "place": vals["fait_a"],
        "nir": nir_v,
    }
    sig_name = rng.choice(
        [
            f"{given.split()[0]} {surname.title()}",
            f"{given[0]}. {surname.title()}",
            surname.title(),
            f"{given.split()[0][0]}{surname[0]}",
        ]
    )
    return dict(
        vals=vals,
        checks=checks,
        fields=fields,
        as_of=as_of,
        status=status,
        sig_name=deaccent(sig_name) if rng.random() < 0.5 else sig_name,
    )


def make_run(rng, case):
    style = rng.choice("ABC")
    cw = rng.uniform(12.5, 15.5)
    avail = (W - 72 - 180) if style == "A" else (W - 72 - 70)
    if case == "unsigned":
        sig_label = "above"
    elif case == "label_only":
        sig_label = rng.choice(["inside", "grey"])
    else:
        sig_label = rng.choice(["above", "inside", "grey"])
    sig_w = rng.uniform(190, 260)
    return dict(
        style=style,
        font=rng.choice(ALT_FONT[style]),
        comb_w=cw,
        comb_h=rng.uniform(14, 17),
        check=rng.uniform(8, 10.5),
        name_boxes=min(28, int(avail // cw)),
        title_size=rng.uniform(13.5, 15),
        dx=rng.uniform(-5, 5),
        dy=rng.uniform(-5, 5),
        dx2=rng.uniform(-5, 5),
        dy2=rng.uniform(-5, 5),
        date_sep=rng.choice(["/", None]),
        footer_right=rng.random() < 0.5,
        sig_x=rng.uniform(36, W - 36 - sig_w),
        sig_w=sig_w,
        sig_h=rng.uniform(60, 92),
        sig_label=sig_label,
    )


# ------------------------------------------------------------------------------ render
def pick_hand_font(rng, texts):
    names = ["breip", "ecolier", "femke", "dkg", "comic", "comic_b", "dkg_it", "kaushan"]
    rng.shuffle(names)
    for n in names:
        if ink.covers(ink.HAND_FONTS[n], "".join(texts)):
            return n
    return None


def build_pdf(form, content, fw, rng, typed_date):
    """The two-page PDF as printed (typed values drawn) or as AcroForm."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie - S1106")
    c.setAuthor("Assurance Maladie")
    vals = dict(content["vals"])
    if not typed_date:
        vals.pop("date_signature", None)
    extra = {}
    scheme = rng.choice(["xfa", "snake", "upper"])
    for page in (1, 2):
        c.saveState()
        form.page1(c) if page == 1 else form.page2(c)
        c.restoreState()
        if fw == "acroform":
            fill.add_widgets(c, form, page, vals, content["checks"], scheme, rng)
            if page == 2 and content["fields"]["signed"]:
                x, y, w, h = form.fields["signature"]["rect"]
                img = fill.signature_image(
                    rng,
                    content["sig_name"],
                    rng.choice(["script", "script", "scribble"]),
                    rng.choice(list(ink.SIG_FONTS.values())),
                    rng.choice(["blue", "black", "dark_blue"]),
                )
                sw = w * rng.uniform(0.45, 0.8)
                sh = sw * img.size[1] / img.size[0]
                sh = min(sh, h * 0.95)
                c.drawImage(
                    ImageReader(img),
                    x + (w - sw) * rng.uniform(0.2, 0.8),
                    y + (h - sh) * rng.uniform(0.2, 0.7),
                    sw,
                    sh,
                    mask="auto",
                )
        elif fw in ("typed_print", "acroform_printed"):
            mode = "acro" if fw == "acroform_printed" else "typed"
            fill.draw_typed(c, form, page, vals, content["checks"], mode, rng)
        c.showPage()
    c.save()
    extra["scheme"] = scheme
    return buf.getvalue(), extra


def render_pages(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(2)]
    doc.close()
    return out


def ink_pages(pages, form, content, fw, rng, dpi, typed_date):
    s = dpi / 72
    vals, checks, case = content["vals"], content["checks"], content["case"]
    texts = list(vals.values()) + [content["sig_name"]]
    fname = pick_hand_font(rng, texts if fw == "hand" else [vals.get("date_signature", "")])
    colour = rng.choice(["blue", "blue", "black", "dark_blue", "bright_blue", "violet_blue"])
    width = rng.uniform(0.28, 0.5) / 25.4 * dpi
    pen = ink.Pen(rng, ink.HAND_FONTS[fname], colour, width, rng.uniform(-3, 6))
    note = f"ink {colour}"
    if fw == "hand":
        note += f", hand font {fname}"
        tick = rng.choice(["cross", "cross", "tick", "scribble"])
        for i, page in enumerate(pages):
            fill.hand_fill(page, form, i + 1, vals, checks, pen, s, rng, tick)
    elif not typed_date and vals.get("date_signature"):
        f = form.fields["date_signature"]
        fill.hand_text(pages[1], pen, f, vals["date_signature"], s, rng, True)
        note += f", date written by hand ({fname})"
    box = fill.px_rect(form.fields["signature"]["rect"], s)
    if content["fields"]["signed"]:
        style = rng.choice(["script", "script", "scribble"])
        sig_font = rng.choice(list(ink.SIG_FONTS.values()))
        if not ink.covers(sig_font, content["sig_name"]):
            sig_font = ink.SIG_FONTS["dancing"]
        pen.signature(pages[1], box, content["sig_name"], style, sig_font)
        note += f", signature {style}"
    elif case == "stray_mark":
        pen.stray_mark(pages[1], box)
        note += ", stray mark in the signature box"
    return note


NAMES = {
    "pdf": [
        ["scan_formulaire.pdf"],
        ["S1106.pdf"],
        ["demande_puma.pdf"],
        ["doc00417.pdf"],
        ["Scan_20261104_0932.pdf"],
        ["formulaire_cpam.pdf"],
    ],
    "two_pdfs": [
        ["formulaire_p1.pdf", "formulaire_p2.pdf"],
        ["S1106_page1.pdf", "S1106_page2.pdf"],
        ["scan0001.pdf", "scan0002.pdf"],
    ],
    "scan": [
        ["scan_0012.jpg", "scan_0013.jpg"],
        ["cerfa_1.jpg", "cerfa_2.jpg"],
        ["page1.png", "page2.png"],
        ["formulaire-1.jpg", "formulaire-2.jpg"],
    ],
    "photo": [
        ["IMG_2041.jpg", "IMG_2042.jpg"],
        ["PXL_20261102_101522.jpg", "PXL_20261102_101547.jpg"],
        [
            "WhatsApp Image 2026-11-03 at 18.22.10.jpeg",
            "WhatsApp Image 2026-11-03 at 18.22.11.jpeg",
        ],
        ["20261105_093012.jpg", "20261105_093030.jpg"],
    ],
    "rev_scan": [
        ["S1106_face.jpg", "S1106_dos.jpg"],
        ["scan_0008.jpg", "scan_0007.jpg"],
        ["premiere_page.jpg", "deuxieme_page.jpg"],
        ["p1.png", "formulaire.png"],
    ],
    "rev_photo": [
        ["IMG_3310.jpg", "IMG_3309.jpg"],
        ["photo_recto.jpg", "photo_dos.jpg"],
        ["IMG_20261103_142212.jpg", "IMG_20261103_142158.jpg"],
    ],
    "acro": [
        ["S1106_rempli.pdf"],
        ["cerfa_15763-02.pdf"],
        ["formulaire_ameli.pdf"],
        ["s1106.pdf"],
        ["Demande_PUMa.pdf"],
    ],
}


def make_document(spec, out_dir):
    rng = random.Random(f"form_q/{spec['id']}")
    case, fw = spec["case"], spec["fill_way"]
    content = make_content(spec, rng)
    content["case"] = case
    run = make_run(rng, case)
    form = Form(run)
    typed_date = fw in ("acroform", "acroform_printed") or (
        fw == "typed_print" and rng.random() < 0.55
    )
    if fw == "hand":
        typed_date = False
    folder = os.path.join(out_dir, "documents", spec["id"])
    os.makedirs(folder, exist_ok=True)
    pdf_bytes, extra = build_pdf(form, content, fw, rng, typed_date)
    notes = [f"print run {run['style']} ({run['font']}, signature label {run['sig_label']})"]
    container, cap = spec["arr"]
    if fw == "acroform":
        keep = rng.random() < 0.5
        data = fill.postprocess(pdf_bytes, keep)
        name = rng.choice(NAMES["acro"])[0]
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(data)
        files = [{"path": name, "pages": [1, 2]}]
        look = "text_pdf"
        notes.append(
            f"fillable PDF, field names {extra['scheme']}, "
            + (
                "with appearance streams"
                if keep
                else "no text appearance streams, NeedAppearances true"
            )
        )
        if content["fields"]["signed"]:
            notes.append("handwritten signature image pasted in the box")
    else:
        photo = cap.startswith("photo")
        dpi = 220 if photo else rng.choice([150, 200, 200, 240, 300])
        pages = render_pages(pdf_bytes, dpi)
        notes.append(ink_pages(pages, form, content, fw, rng, dpi, typed_date))
        if photo:
            rots = [0, 0]
            if cap == "photo_rot":
                rots = [rng.choice([0, 90, 270]), rng.choice([90, 180, 270])]
            shots = [capture.photo(p, rng, r) for p, r in zip(pages, rots)]
            notes.append(f"phone photos, rotations {rots}")
        else:
            folds = fw == "hand" and rng.random() < 0.4
            shots = [capture.scan(p, rng, folds) for p in pages]
            notes.append(f"scanned at {dpi} dpi" + (", folded in three" if folds else ""))
        if container in ("pdf", "pdf_rev"):
            name = rng.choice(NAMES["pdf"])[0]
            order = shots if container == "pdf" else shots[::-1]
            capture.image_pdf(order, os.path.join(folder, name), rng, dpi)
            files = [{"path": name, "pages": [1, 2] if container == "pdf" else [2, 1]}]
            look = "image_pdf"
            if container == "pdf_rev":
                notes.append("pages in reverse order: page 2 of the form is PDF page 1")
        elif container == "two_pdfs":
            names = rng.choice(NAMES["two_pdfs"])
            for nm_, shot in zip(names, shots):
                capture.image_pdf([shot], os.path.join(folder, nm_), rng, dpi)
            files = [{"path": n, "pages": [1]} for n in names]
            look = "image_pdf"
        else:
            if container == "two_images_rev":
                names = rng.choice(NAMES["rev_photo" if photo else "rev_scan"])
                notes.append("file names sort page 2 first")
            else:
                names = rng.choice(NAMES["photo" if photo else "scan"])
            for nm_, shot in zip(names, shots):
                capture.save_image(shot, os.path.join(folder, nm_), rng)
            files = [{"path": n, "pages": [1]} for n in names]
            look = "phone_photo" if photo else "scan"
    f = content["fields"]
    truth = {
        "as_of": iso(content["as_of"]),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": content["status"],
        "defect": None if case in ("ok", "date_words") else case,
        "fill_way": fw,
        "case": case,
        "applicant": {
            "surname": f["surname"],
            "given_names": f["given_names"],
            "date_of_birth": f["date_of_birth"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": f,
                "notes": "; ".join(notes),
            }
        ],
    }
    with open(
        os.path.join(out_dir, "documents", spec["id"] + ".truth.json"), "w", encoding="utf-8"
    ) as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    specs = build_specs()
    only = os.environ.get("FORM_Q_ONLY")
    for spec in specs:
        if only and spec["id"] not in only.split(","):
            continue
        make_document(spec, out)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": [], "documents": [s["id"] for s in specs]}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
