"""Blind set form_ai: PUMa application forms (cerfa 15763*02, S1106) as people send them.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
import unicodedata
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import formlayout as fl  # noqa: E402
import ink  # noqa: E402
from items import ITEMS, PEOPLE  # noqa: E402

PKEYS = [
    "surname",
    "usage_name",
    "given_names",
    "sex",
    "dob",
    "birth_place",
    "birth_country",
    "nationality",
    "address",
    "postcode",
    "city",
    "phone",
    "email",
    "nir13",
]

JOBS = {
    "CDI": "Développeuse web",
    "CDD": "Agent de production",
    "Intérim": "Préparateur de commandes",
}

ICOLS = [
    "id",
    "person",
    "run",
    "fill",
    "case",
    "look",
    "arr",
    "hand",
    "sig",
    "as_of",
    "situation",
    "contract",
    "days",
]

STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "old_date": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
    "no_birth_date": "questionable",
}
DEFECT = {
    "unsigned": "signature box left empty",
    "label_only": "only the printed word 'Signature' in the box, not signed",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
    "no_birth_date": "date of birth left blank",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "other",
    "autre": "other",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
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
AUTRE = "Conjointe d'un assuré, en attente de titre de séjour"

# Field names of the fillable PDF, one naming style per print run.
ACRO_NAMES = {
    "A": lambda k, p: f"topmostSubform[0].Page{p}[0].{k.title().replace('_', '')}[0]",
    "B": lambda k, p: k,
    "C": None,  # "Texte1", "Case à cocher3"... numbered in order
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def nir15(n13):
    return n13 + f"{97 - int(n13) % 97:02d}" if n13 else None


# ---------------------------------------------------------------------------------------
def values_for(item, rng):
    """What the applicant puts on the form (strings as written before any hand filter)."""
    p = dict(zip(PKEYS, PEOPLE[item["person"]], strict=True))
    fill, case = item["fill"], item["case"]
    as_of = dt.date.fromisoformat(item["as_of"])
    v = dict(p)
    upper_given = fill == "hand" or rng.random() < 0.4
    v["given_names"] = p["given_names"].upper() if upper_given else p["given_names"]
    if fill == "hand" and rng.random() < 0.5:
        for k in ("surname", "usage_name", "given_names"):
            v[k] = strip_accents(v[k]) if v[k] else v[k]
    v["nir"] = nir15(p["nir13"])
    d = dt.date.fromisoformat(p["dob"])
    v["dob"] = None if case == "no_birth_date" else d.strftime("%d%m%Y")
    ticks = {f"sex_{p['sex']}"}
    sit = item["situation"]
    if case == "none_ticked":
        sit = None
    for s in (sit or "").split("+"):
        if s:
            ticks.add(f"sit_{s}")
    if item["contract"]:
        ticks.add(f"ct_{item['contract']}")
        v["job_title"] = JOBS[item["contract"]]
        v["job_since"] = (as_of - dt.timedelta(days=rng.randint(60, 400))).strftime("%d/%m/%Y")
    v["autre_text"] = AUTRE if sit == "autre" else None
    v["ticks"] = ticks
    v["place"] = p["city"]
    signed_on = None
    if item["days"] is not None and case != "no_date":
        signed_on = as_of - dt.timedelta(days=item["days"])
    v["signed_on"] = signed_on
    if signed_on is None:
        v["date_text"] = None
    elif case == "us_date":
        v["date_text"] = signed_on.strftime("%m/%d/%Y")
    elif case == "date_words":
        v["date_text"] = f"{signed_on.day} {MONTHS[signed_on.month - 1]} {signed_on.year}"
    else:
        v["date_text"] = signed_on.strftime("%d/%m/%Y")
    v["situation"] = sit
    return v


def will_sign(item):
    return item["sig"] is not None and item["case"] not in ("unsigned", "label_only", "stray_mark")


def sig_name(v, rng):
    sur = strip_accents(v["usage_name"] or v["surname"]).title()
    first = v["given_names"].split()[0].title()
    return rng.choice([sur, f"{first[0]}. {sur}", f"{first} {sur.split()[0]}", f"{first[0]}{sur}"])


# ---------------------------------------------------------------------------------------
def type_values(c, pos, v, page, rng):
    """Text added with a PDF viewer's text tool: one font, not quite aligned to combs."""
    fname = rng.choice(["Helvetica", "Courier", "LibSans"])
    size = 10
    c.setFillColorRGB(0, 0, 0)
    drift = rng.uniform(-1.5, 1.5)
    for key, spec in pos.items():
        text = field_text(key, v)
        if spec["kind"] == "box":
            if key in v["ticks"]:
                c.setFont("Helvetica", 9)
                c.drawString(spec["x"] + 1.4 + drift / 3, spec["y"] + 1.3, "X")
            continue
        if not text or (key in ("date", "place") and page != 2):
            continue
        if key == "date" and v.get("hand_date"):
            continue
        c.setFont(fname, size)
        if spec["kind"] == "comb":
            for i, (ch, (cx, cy)) in enumerate(zip(text, spec["cells"], strict=False)):
                w = c.stringWidth(ch, fname, size)
                c.drawString(cx - w / 2 + drift + i * 0.05, cy + 3.5, ch)
        else:
            c.drawString(spec["x"] + 3, spec["y"] + 2.5, text)


def field_text(key, v):
    if key == "sex":
        return None
    if key == "date":
        return v["date_text"]
    return v.get(key) if isinstance(v.get(key), str) else None


def acro_values(c, pos, v, page, run, counter, with_ap=True):
    af = c.acroForm
    for key, spec in pos.items():
        if key == "signature":
            continue
        counter[0] += 1
        if run == "C":
            name = f"{'Case à cocher' if spec['kind'] == 'box' else 'Texte'}{counter[0]}"
        else:
            name = ACRO_NAMES[run](key, page)
        if spec["kind"] == "box":
            af.checkbox(
                name=name,
                tooltip=key,
                x=spec["x"],
                y=spec["y"],
                size=spec["w"],
                checked=key in v["ticks"],
                buttonStyle="cross",
                borderWidth=0,
                fillColor=Color(1, 1, 1, 0),
                borderColor=None,
                textColor=Color(0, 0, 0),
            )
            continue
        text = field_text(key, v) or ""
        if spec["kind"] == "comb":
            pos_in = 0
            for gi, (gx, gw, gn) in enumerate(spec["groups"]):
                part = text[pos_in : pos_in + gn]
                pos_in += gn
                af.textfield(
                    name=f"{name}_{gi + 1}" if len(spec["groups"]) > 1 else name,
                    tooltip=key,
                    value=part,
                    x=gx,
                    y=spec["y"],
                    width=gw,
                    height=14,
                    maxlen=gn,
                    fieldFlags="comb",
                    borderWidth=0,
                    borderColor=None,
                    fillColor=Color(1, 1, 1, 0),
                    fontName="Helvetica",
                    fontSize=10,
                )
        else:
            af.textfield(
                name=name,
                tooltip=key,
                value=text,
                x=spec["x"] + 1,
                y=spec["y"] + 0.5,
                width=spec["w"] - 2,
                height=13,
                borderWidth=0,
                borderColor=None,
                fillColor=Color(1, 1, 1, 0),
                fontName="Helvetica",
                fontSize=9.5,
            )


def signature_png(name, fpath, rng, box):
    w_px, h_px = int(box["w"] * 150 / 72), int(box["h"] * 150 / 72)
    sh = ink.Sheet(Image.new("RGB", (w_px, h_px), "white"), 150, box["h"])
    sb = {"x": 0, "y": 0, "w": box["w"], "h": box["h"]}
    sh.signature(name, sb, rng, ink.INKS[rng.choice(["blue", "black"])], fpath)
    buf = io.BytesIO()
    sh.flatten().save(buf, "PNG")
    buf.seek(0)
    return buf


def build_pdf(item, v, rng):
    run, fill = item["run"], item["fill"]
    sig_label = "inside" if item["case"] == "label_only" and run == "A" else None
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(fl.PAGE_W, fl.PAGE_H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie" if fill.startswith("acro") else "")
    pos = [{}, {}]
    counter = [0]
    for page, draw in ((1, fl.draw_page1), (2, fl.draw_page2)):
        draw(c, run, pos[page - 1], sig_label)
        if fill == "typed_print":
            type_values(c, pos[page - 1], v, page, rng)
        elif fill.startswith("acro"):
            acro_values(c, pos[page - 1], v, page, run, counter)
            if page == 2 and fill == "acroform" and will_sign(item):
                box = pos[1]["signature"]
                png = signature_png(sig_name(v, rng), ink.SIG_FONTS[item["sig"]], rng, box)
                c.drawImage(
                    ImageReader(png), box["x"] + 3, box["y"] + 3, box["w"] - 6, box["h"] - 6
                )
        c.showPage()
    c.save()
    return buf.getvalue(), pos


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


def render(data, dpi):
    doc = pdfium.PdfDocument(data)
    doc.init_forms()
    imgs = [doc[i].render(scale=dpi / 72, may_draw_forms=True).to_pil() for i in range(2)]
    doc.close()
    return imgs


def hand_fill(sheets, pos, v, item, rng):
    fpath = ink.HAND_FONTS[item["hand"]]
    rgb = ink.INKS[rng.choice(["blue", "blue", "black", "lightblue"])]
    jit = 1.6 if item["hand"] in ("dkg", "breip", "rufscript") else 1.0
    cap, xh = ink.metrics(fpath)
    comb_size = rng.uniform(8.5, 10.0) / cap
    line_size = min(15.0, rng.uniform(4.2, 5.2) / xh)
    for page in (0, 1):
        sh = sheets[page]
        sh.weight = rng.uniform(0.8, 1.3)
        for key, spec in pos[page].items():
            if spec["kind"] == "box":
                if key in v["ticks"]:
                    sh.tick(spec, rng, rgb, rng.choice(["x", "v"]) if page == 0 else "x")
                continue
            text = field_text(key, v)
            if not text or key == "signature":
                continue
            text = ink.writable(text.upper() if spec["kind"] == "comb" else text, fpath)
            if spec["kind"] == "comb":
                sh.comb(text, spec["cells"], comb_size, fpath, rng, rgb, jit)
            else:
                size = line_size * (1.1 if key in ("date", "place") else 1.0)
                sh.write(
                    text,
                    spec["x"] + rng.uniform(2, 10),
                    spec["y"] + 2.5,
                    size,
                    fpath,
                    rng,
                    rgb,
                    jit,
                    slope=rng.uniform(-0.01, 0.012),
                    max_w=spec["w"] - 12,
                )
    return rgb


def written_value(text, item, comb):
    if text is None:
        return None
    if item["fill"] != "hand":
        return text
    t = text.upper() if comb else text
    return ink.writable(t, ink.HAND_FONTS[item["hand"]])


# ---------------------------------------------------------------------------------------
def capture(img, look, rng, rotate=0):
    if look in ("scan", "image_pdf"):
        return ink.scan(img, rng, grey=rng.random() < 0.7)
    if look == "photocopy":
        return ink.photocopy(img, rng)
    return ink.phone_photo(img, rng, rotate=rotate)


def save_jpeg(img, path, rng):
    img.save(path, "JPEG", quality=rng.randint(78, 92), optimize=False)


def image_pdf(imgs, path, rng):
    c = canvas.Canvas(str(path), pagesize=(fl.PAGE_W, fl.PAGE_H), invariant=1)
    for im in imgs:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=rng.randint(70, 85))
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, fl.PAGE_W, fl.PAGE_H)
        c.showPage()
    c.save()


def make_item(row, out):
    item = dict(zip(ICOLS, row, strict=True))
    rng = random.Random(f"form_ai/{item['id']}")
    v = values_for(item, rng)
    fill, case, look, arr = item["fill"], item["case"], item["look"], item["arr"]
    v["hand_date"] = fill == "typed_print" and item["hand"] is not None
    data, pos = build_pdf(item, v, rng)
    ddir = out / "documents" / item["id"]
    ddir.mkdir(parents=True, exist_ok=True)
    notes = []
    signed = False
    if fill == "acroform":
        signed = will_sign(item)
        if arr == "pdf1_noap":
            data = strip_appearances(data)
            notes.append("fillable PDF, fields without appearance streams (NeedAppearances)")
        else:
            notes.append("fillable PDF with appearance streams")
        if signed:
            notes.append("handwritten signature image pasted in the box")
        name = rng.choice(["S1106_formulaire_rempli.pdf", "demande_puma.pdf", "cerfa_15763.pdf"])
        (ddir / name).write_bytes(data)
        files = [{"path": name, "pages": [1, 2]}]
        look_t = "text_pdf"
    else:
        dpi = 250 if look == "phone_photo" else rng.choice([200, 240, 300])
        if look == "photocopy":
            dpi = 200
        pages = render(data, dpi)
        sheets = [ink.Sheet(im, dpi, fl.PAGE_H) for im in pages]
        rgb = ink.INKS[rng.choice(["blue", "black"])]
        if fill == "hand":
            rgb = hand_fill(sheets, pos, v, item, rng)
        elif v["hand_date"] and v["date_text"]:
            spec = pos[1]["date"]
            fpath = ink.HAND_FONTS[item["hand"]]
            size = min(15.0, 5.0 / ink.metrics(fpath)[1])
            sheets[1].write(v["date_text"], spec["x"] + 6, spec["y"] + 2.5, size, fpath, rng, rgb)
            notes.append("date written by hand after 'le'")
        box = pos[1]["signature"]
        if will_sign(item):
            sheets[1].signature(sig_name(v, rng), box, rng, rgb, ink.SIG_FONTS[item["sig"]])
            signed = True
        if case == "stray_mark":
            sheets[1].stray(box, rng, rgb)
        imgs = [sh.flatten() for sh in sheets]
        rot = [0, 0]
        if arr == "photo2_rot":
            rot = [rng.choice([90, 270, 180]), 0]
        caps = [capture(im, look, rng, r) for im, r in zip(imgs, rot, strict=True)]
        look_t = {"photocopy": "scan"}.get(look, look)
        if look == "photocopy":
            notes.append("photocopy of the filled form, then scanned")
        if rot[0]:
            notes.append(f"page 1 photo rotated {rot[0]} degrees")
        files = write_files(caps, arr, ddir, rng)
    fields = truth_fields(item, v, pos, signed)
    if case == "old_date":
        notes.append("signed about 9-10 months before as_of; domain.md names no age limit")
    if case == "no_birth_date":
        notes.append("date of birth left blank; true birth date " + PEOPLE[item["person"]][4])
    truth = {
        "as_of": item["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECT.get(case),
        "fill_way": fill,
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
                "look": look_t,
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
    }
    if case in ("old_date", "no_birth_date"):
        truth["spec_gap"] = (
            "domain.md and form.md do not name this case; form_status is this set's reading"
        )
    (out / "documents" / f"{item['id']}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def write_files(caps, arr, ddir, rng):
    n = rng.randint(10, 980)
    if arr in ("pdf1", "pdf1_rev"):
        name = rng.choice(["scan_formulaire.pdf", f"Scan_{20261100 + n % 30}.pdf", "S1106.pdf"])
        order = caps if arr == "pdf1" else caps[::-1]
        image_pdf(order, ddir / name, rng)
        return [{"path": name, "pages": [1, 2] if arr == "pdf1" else [2, 1]}]
    if arr == "pdf2":
        names = ["demande_page1.pdf", "demande_page2.pdf"]
        for im, nm in zip(caps, names, strict=True):
            image_pdf([im], ddir / nm, rng)
        return [{"path": nm, "pages": [1]} for nm in names]
    if arr == "img2":
        names = [f"scan_{n:04d}.jpg", f"scan_{n + 1:04d}.jpg"]
    elif arr == "img2_rev":
        names = [f"IMG_20261104_1015{n % 50 + 10:02d}.jpg", f"IMG_20261104_1014{n % 50:02d}.jpg"]
    else:
        names = [f"IMG_{2000 + n}.jpg", f"IMG_{2001 + n}.jpg"]
    for im, nm in zip(caps, names, strict=True):
        save_jpeg(im, ddir / nm, rng)
    return [{"path": nm, "pages": [1]} for nm in names]


def truth_fields(item, v, pos, signed):
    p = dict(zip(PKEYS, PEOPLE[item["person"]], strict=True))
    comb_names = pos[0]["surname"]["kind"] == "comb"
    sit = v["situation"]
    two = sit and "+" in sit
    return {
        "surname": written_value(v["surname"], item, comb_names),
        "usage_name": written_value(v["usage_name"], item, comb_names),
        "given_names": written_value(v["given_names"], item, comb_names),
        "sex": p["sex"],
        "date_of_birth": None if v["dob"] is None else p["dob"],
        "employment_status": None if (not sit or two) else EMPLOYMENT[sit],
        "situation": sit,
        "contract_type": item["contract"],
        "signed": signed,
        "signed_on": v["signed_on"].isoformat() if v["signed_on"] else None,
        "date_text": written_value(v["date_text"], item, False)
        if item["fill"] == "hand" or v["hand_date"]
        else v["date_text"],
        "place": written_value(v["place"], item, False),
        "nir": v["nir"],
    }


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    fl.register_fonts()
    for row in ITEMS:
        make_item(row, out)
    manifest = {"packets": [], "documents": [r[0] for r in ITEMS]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
