"""Blind set form_bj: 32 single application forms (cerfa 15763*02 / S1106).

usage: generate.py OUT_DIR
"""

import io
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import fill
import hand
import layout
from people import (
    ADDRESSES,
    AUTRE,
    CONTRACTS,
    DEFECT,
    JOBS,
    MONTHS,
    PEOPLE,
    PLAN,
    STATUS,
    nir_for,
    strip_accents,
)

cv2.setNumThreads(1)
rl_config.invariant = 1
SEED = "form_bj"
SIT_KEYS = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
}
EMPLOYMENT = {
    "salarie": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
PAIRS = [("salarie", "etudiant"), ("demandeur_emploi", "sans_activite"), ("salarie", "independant")]


def numeric_date(rng, d):
    y2 = f"{d.year % 100:02d}"
    return rng.choice(
        [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day}/{d.month:02d}/{d.year}",
            f"{d.day}-{d.month}-{y2}",
            f"{d.day:02d} {d.month:02d} {d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day:02d}/{d.month:02d}/{y2}",
        ]
    )


def words_date(d):
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def make_values(i, case, fill_way, rng):
    p = PEOPLE[i]
    surname, usage, given, sex, dob, bcity, bcountry, nat, code = p
    as_of = date(2026, 12, 1) + timedelta(days=rng.randint(0, 7))
    street, cp, city = ADDRESSES[rng.randrange(len(ADDRESSES))]
    by_hand = fill_way == "hand"
    font_key = rng.choice([k for k, v in hand.HAND_FONTS.items() if by_hand or v[1]])
    accents = hand.HAND_FONTS[font_key][1] and rng.random() < (0.6 if by_hand else 0.85)

    def w(s, caps=False):
        s = s.upper() if caps or (by_hand and font_key in hand.CAPS_ONLY) else s
        return s if accents else strip_accents(s)

    caps_given = rng.random() < (0.6 if by_hand else 0.5)
    sn, un, gn = w(surname, True), (w(usage, True) if usage else None), w(given, caps_given)
    nir = nir_for(sex, dob, code, rng.randint(1, 899)) if code and i % 3 != 2 else None
    # section B
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = list(PAIRS[i % len(PAIRS)])
    else:
        sits = [
            rng.choice(
                ["salarie"] * 5 + ["sans_activite"] * 2 + ["etudiant", "demandeur_emploi", "autre"]
            )
        ]
    contract = ctype = job = autre = None
    if "salarie" in sits:
        contract, ctype = rng.choice(CONTRACTS)
        job = w(rng.choice(JOBS))
    if "autre" in sits:
        autre = w(rng.choice(AUTRE))
    # section C
    sign_day = as_of - timedelta(days=rng.randint(2, 40))
    signed_on, text = sign_day.isoformat(), numeric_date(rng, sign_day)
    if fill_way in ("typed_print", "acroform", "acroform_printed") and rng.random() < 0.6:
        text = sign_day.strftime("%d/%m/%Y")
    if case == "date_words":
        text = w(words_date(sign_day))
    elif case == "future_date":
        if i % 2:
            fd = as_of + timedelta(days=rng.randint(6, 40))
        else:
            fd = sign_day.replace(year=2027)
        signed_on, text = fd.isoformat(), numeric_date(rng, fd)
        if fd.year == 2027 and text.endswith("-27"):
            text = fd.strftime("%d/%m/%Y")
    elif case == "us_date":
        ud = date(2026, 11, rng.randint(13, 30))
        signed_on = ud.isoformat()
        text = rng.choice(
            [f"{ud.month:02d}/{ud.day:02d}/{ud.year}", f"{ud.month}/{ud.day}/{ud.year}"]
        )
    elif case == "no_date":
        signed_on = text = None
    place = w(city if rng.random() < 0.85 else "Paris")
    sign = {"unsigned": "none", "label_only": "none", "stray_mark": "stray"}.get(case, "sig")
    vals = {
        "nom_naissance": sn,
        "nom_usage": un,
        "prenoms": gn,
        "sexe": sex,
        "date_naissance": dob[8:10] + dob[5:7] + dob[0:4],
        "naiss_commune": w(bcity),
        "naiss_pays": w(bcountry, rng.random() < 0.3),
        "nationalite": w(nat, rng.random() < 0.3),
        "nir": nir or "",
        "adresse": w(street),
        "code_postal": cp,
        "commune": w(city, rng.random() < 0.5),
        "telephone": "0{} {:02d} {:02d} {:02d} {:02d}".format(
            rng.choice([6, 7]), *[rng.randint(0, 99) for _ in range(4)]
        ),
        "email": strip_accents(f"{given.split()[0]}.{surname.split()[0]}").lower().replace("'", "")
        + rng.choice(["@gmail.com", "@yahoo.fr", "@outlook.fr", "@hotmail.com"]),
        "sits": [SIT_KEYS[s] for s in sits],
        "contract": contract,
        "profession": job,
        "autre_precision": autre,
        "fait_a": place,
        "date_sign": text,
        "sign": sign,
    }
    if fill_way != "hand" and rng.random() < 0.5:
        for k in ("nom_naissance", "nom_usage", "prenoms"):
            vals[k] = vals[k] and vals[k].upper()
        sn, un, gn = vals["nom_naissance"], vals["nom_usage"], vals["prenoms"]
    fields = {
        "surname": sn,
        "usage_name": un,
        "given_names": gn,
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": EMPLOYMENT.get(sits[0]) if len(sits) == 1 else None,
        "situation": "+".join(sits) if sits else None,
        "contract_type": ctype,
        "signed": sign == "sig",
        "signed_on": signed_on,
        "date_text": text,
        "place": place,
        "nir": nir,
    }
    return as_of, vals, fields, font_key


def build_pdf(run, vals, fill_way, rng, with_date=True):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=layout.A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    d = layout.FormDrawer(c, run)
    tfont = rng.choice(["LibSans", "LibMono", "Carlito", "LibSerif"])
    tsize = rng.uniform(9.5, 11)
    counter = [0]
    for page in (1, 2):
        d.page1() if page == 1 else d.page2()
        if fill_way == "typed_print":
            fill.type_page(c, d.zones, page, vals, rng, tfont, tsize, with_date)
        elif fill_way in ("acroform", "acroform_printed"):
            fill.acro_page(c, d.zones, page, vals, run, counter, with_date)
        c.showPage()
    c.save()
    return buf.getvalue(), d.zones


def raster(pdf_bytes, dpi):
    pdf = pdfium.PdfDocument(pdf_bytes)
    pdf.init_forms()  # print the AcroForm values as a viewer would
    out = [
        pdf[i].render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
        for i in range(len(pdf))
    ]
    pdf.close()
    return out


def image_pdf(jpegs):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=layout.A4, invariant=1)
    for jb in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, layout.PAGE_W, layout.PAGE_H)
        c.showPage()
    c.save()
    return buf.getvalue()


def make_item(i, out_dir):
    case, fill_way, run = PLAN[i]
    rng = random.Random(f"{SEED}-{i}")
    name = f"d{i + 1:03d}"
    as_of, vals, fields, font_key = make_values(i, case, fill_way, rng)
    ink = rng.choice(list(hand.INKS))
    ddir = out_dir / "documents" / name
    ddir.mkdir(parents=True, exist_ok=True)
    notes = [f"print run {run}", f"fill {fill_way}"]
    # which hand-written parts on a printed form
    date_by_hand = fill_way == "hand" or (fill_way != "acroform" and rng.random() < 0.4)
    if fill_way == "acroform":
        look = "text_pdf"
        if vals["sign"] == "sig":
            vals["sig_png"] = hand.signature_png(rng, 520, 200, rng.choice(["blue", "black"]))
        strip = i in (10, 23)
        pdf_bytes, _ = build_pdf(run, vals, fill_way, rng)
        pdf_bytes = fill.fix_acro(pdf_bytes, strip)
        fname = rng.choice(
            ["S1106_rempli.pdf", "demande-ouverture-droits-puma.pdf", "cerfa_15763-02.pdf"]
        )
        (ddir / fname).write_bytes(pdf_bytes)
        files = [{"path": fname, "pages": [1, 2]}]
        notes.append("fillable PDF, AcroForm fields" + (", no appearance streams" if strip else ""))
        notes.append("pasted signature image" if vals["sign"] == "sig" else "signature box empty")
    else:
        look = ["image_pdf", "scan", "phone_photo"][i % 3]
        dpi = {"image_pdf": rng.choice([200, 300]), "scan": rng.choice([150, 200, 300])}.get(
            look, 260
        )
        pdf_bytes, zones = build_pdf(run, vals, fill_way, rng, with_date=not date_by_hand)
        if fill_way == "acroform_printed":
            pdf_bytes = fill.fix_acro(pdf_bytes, False)
        pages = raster(pdf_bytes, dpi)
        px = fill.Px(dpi / 72)
        wr = hand.Writer(rng, font_key, ink, dpi)
        if fill_way == "hand":
            keys = set(zones) - {"fait_a", "date_sign"}
            pages[0] = fill.hand_page(pages[0], zones, 1, vals, wr, rng, px, keys)
            pages[1] = fill.hand_page(pages[1], zones, 2, vals, wr, rng, px, keys)
            notes.append(f"handwriting font {font_key}, ink {ink}")
        if date_by_hand:
            pages[1] = fill.hand_page(
                pages[1], zones, 2, vals, wr, rng, px, {"fait_a", "date_sign"}
            )
            notes.append("place and date written by hand")
        pages[1] = fill.sign_page(pages[1], zones, vals, wr, rng, px)
        files, more = write_look(look, pages, ddir, rng, as_of)
        notes += more
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECT.get(case),
        "fill_way": fill_way,
        "case": case,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": fields["date_of_birth"],
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
    (out_dir / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name


def write_look(look, pages, ddir, rng, as_of):
    notes = []
    stamp = (as_of - timedelta(days=rng.randint(0, 3))).strftime("%Y%m%d")
    if look == "image_pdf":
        jpegs = [hand.jpeg_bytes(hand.scan_look(p, rng), rng.randint(70, 88)) for p in pages]
        arr = rng.choice(["one", "one_reversed", "two"])
        if arr == "two":
            n1, n2 = rng.choice(
                [
                    ("scan_page1.pdf", "scan_page2.pdf"),
                    (f"Scan_{stamp}_1.pdf", f"Scan_{stamp}_2.pdf"),
                ]
            )
            (ddir / n1).write_bytes(image_pdf([jpegs[0]]))
            (ddir / n2).write_bytes(image_pdf([jpegs[1]]))
            return [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}], ["two scanner PDFs"]
        nm = rng.choice([f"doc{stamp}0934.pdf", "demande_secu.pdf", f"SCAN_{stamp}.pdf"])
        if arr == "one_reversed":
            (ddir / nm).write_bytes(image_pdf(jpegs[::-1]))
            return [{"path": nm, "pages": [2, 1]}], ["one scanner PDF, page 2 scanned first"]
        (ddir / nm).write_bytes(image_pdf(jpegs))
        return [{"path": nm, "pages": [1, 2]}], ["one scanner PDF"]
    if look == "scan":
        ext = rng.choice(["jpg", "jpg", "png"])
        imgs = [hand.scan_look(p, rng, grey=rng.random() < 0.7) for p in pages]
        k = rng.randint(10, 90)
        if rng.random() < 0.4:
            names = [f"scan_{k + 1:04d}.{ext}", f"scan_{k:04d}.{ext}"]
            notes.append("file names sort page 2 first")
        else:
            names = [f"scan_{k:04d}.{ext}", f"scan_{k + 1:04d}.{ext}"]
        for im, nm in zip(imgs, names):
            if ext == "png":
                im.convert("L").save(ddir / nm, "PNG", optimize=False)
            else:
                (ddir / nm).write_bytes(hand.jpeg_bytes(im, rng.randint(78, 92)))
        return [{"path": n, "pages": [1]} for n in names], notes
    # phone photos
    k = rng.randint(1200, 9800)
    p2_first = rng.random() < 0.4
    names = (
        [f"IMG_{k + 1}.jpg", f"IMG_{k}.jpg"] if p2_first else [f"IMG_{k}.jpg", f"IMG_{k + 1}.jpg"]
    )
    if p2_first:
        notes.append("page 2 photographed first (its name sorts first)")
    for j, (p, nm) in enumerate(zip(pages, names)):
        ph = hand.photo_look(p, rng)
        rot = rng.choice([0, 0, 0, 90, 180, 270])
        if rot:
            ph = Image.fromarray(np.ascontiguousarray(np.rot90(np.asarray(ph), k=rot // 90)))
            notes.append(f"page {j + 1} photo rotated {rot} degrees")
        (ddir / nm).write_bytes(hand.jpeg_bytes(ph, rng.randint(82, 92)))
    return [{"path": n, "pages": [1]} for n in names], notes


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = [make_item(i, out) for i in range(len(PLAN))]
    manifest = {"packets": [], "documents": names}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} forms to {out}")


if __name__ == "__main__":
    main()
