"""Blind set form_v: 60 PUMa application forms (cerfa 15763*02, S1106), single documents.

Usage: python generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.colors import Color, black
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import formpdf  # noqa: E402
import hand  # noqa: E402
import people as P  # noqa: E402

FIELD_NAMES = {
    "A": lambda page, key: (
        "topmostSubform[0].Page%d[0].%s[0]" % (page, key.title().replace("_", ""))
    ),
    "B": lambda page, key: key,
}


def iso(d):
    return d.isoformat()


def make_values(idx, person, fill, case, rng):
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    drop = rng.random() < 0.4
    typed = fill in ("acroform", "acroform_printed")

    def norm(text, upper=True):
        if text is None:
            return None
        if drop:
            text = P.strip_accents(text)
        if typed or fill == "typed_print":
            text = P.latin1_safe(text)
        if fill == "hand":
            text = P.strip_accents(text) if any(ord(c) > 0x17F for c in text) else text
        return text.upper() if upper else text

    upper_given = fill == "hand" or rng.random() < 0.6
    usage = person["usage"] if rng.random() < 0.85 else None
    addr = P.ADDRESSES[rng.randrange(len(P.ADDRESSES))]
    r = rng.random()
    if r < 0.5:
        sit = ["salarie"]
    elif r < 0.68:
        sit = ["sans_activite"]
    else:
        sit = [rng.choice(["independant", "demandeur_emploi", "etudiant", "autre"])]
    if case == "two_ticked":
        sit = rng.choice(
            [["salarie", "etudiant"], ["sans_activite", "autre"], ["salarie", "independant"]]
        )
    if case == "none_ticked":
        sit = []
    contract = rng.choice(P.CONTRACTS) if "salarie" in sit else None
    if case == "none_ticked" and rng.random() < 0.5:
        contract = None
    signed_on = as_of - dt.timedelta(days=rng.randint(1, 40))
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(3, 45))
    if case == "us_date":
        while signed_on.day <= 12:
            signed_on -= dt.timedelta(days=1)
    date_text = signed_on.strftime("%d/%m/%Y")
    if case == "us_date":
        date_text = signed_on.strftime("%m/%d/%Y")
    if case == "date_words":
        date_text = "%d %s %d" % (signed_on.day, P.MONTHS_FR[signed_on.month - 1], signed_on.year)
    if case == "no_date":
        date_text = None
        signed_on = None
    place = addr[2] if rng.random() < 0.85 else rng.choice(["Paris", "Lyon", "Nanterre"])
    nir = P.nir_for(person, rng) if rng.random() < 0.2 else None
    phone = "0%d %02d %02d %02d %02d" % tuple([rng.choice([6, 7])] + rng.sample(range(100), 4))
    email_user = P.strip_accents(person["given"].split()[0]).lower().replace("'", "")
    email_sur = P.strip_accents(person["surname"]).lower().replace(" ", "").replace("'", "")
    email = "%s.%s%s@%s" % (
        email_user,
        email_sur,
        rng.choice(["", "92", "_fr", "1"]),
        rng.choice(["gmail.com", "yahoo.fr", "outlook.com", "hotmail.fr"]),
    )
    situation = "+".join(sit) if sit else None
    emp = P.EMPLOYMENT[sit[0]] if len(sit) == 1 else None
    return dict(
        as_of=as_of,
        surname=norm(person["surname"]),
        usage_name=norm(usage),
        given_names=norm(person["given"], upper=upper_given),
        sex=person["sex"],
        dob=dt.date.fromisoformat(person["dob"]),
        birth_town=norm(person["town"], upper=fill == "hand" and rng.random() < 0.5),
        birth_country=norm(person["country"], upper=False),
        nationality=norm(person["nat"], upper=False),
        nir=nir,
        address=norm(addr[0], upper=False),
        postcode=addr[1],
        town=norm(addr[2], upper=fill != "hand" and rng.random() < 0.5),
        phone=phone,
        email=email,
        sit=sit,
        situation=situation,
        employment_status=emp,
        contract=contract,
        autre_text=rng.choice(P.AUTRE_TEXT) if "autre" in sit else None,
        signed=case not in ("unsigned", "label_only", "stray_mark"),
        signed_on=signed_on,
        date_text=date_text,
        place=norm(place, upper=False),
    )


def comb_text(v, key):
    if key == "date_of_birth":
        return v["dob"].strftime("%d%m%Y")
    return v[key] or ""


COMB_KEYS = ["surname", "usage_name", "given_names", "date_of_birth", "nir", "postcode"]
LINE_KEYS = ["birth_town", "birth_country", "nationality", "address", "town", "phone", "email"]


def ticked_boxes(v):
    out = ["sex_" + v["sex"]] + ["sit_" + s for s in v["sit"]]
    if v["contract"]:
        ct = v["contract"] if v["contract"] in formpdf.CONTRACT_BOXES else "autre contrat"
        out.append("ct_" + ct)
    return out


def typed_overlay(v, style, hand_date):
    """Values typed on screen: style 'typed' (word-processor font, comb-spaced) or 'acro'
    (Helvetica at the field positions, as a printed fillable PDF)."""

    def draw(c, page, geo):
        font = "Helvetica" if style == "acro" else style
        c.setFillColor(black)
        if page == 1:
            for key in COMB_KEYS:
                text = comb_text(v, key)
                boxes = geo["combs"][key]
                if style == "acro" and key not in ("date_of_birth", "nir", "postcode"):
                    x, y, s, h = boxes[0]
                    c.setFont(font, 10)
                    c.drawString(x + 2, y + 4, text)
                    continue
                c.setFont(font, 10)
                for ch, (x, y, s, h) in zip(text, boxes):
                    c.drawCentredString(x + s / 2, y + 3.5, ch)
            c.setFont(font, 9.5)
            for key in LINE_KEYS + (["autre_text"] if v["autre_text"] else []):
                x, y, w = geo["lines"][key]
                c.drawString(x + 3, y + 1, v[key])
            for key in ticked_boxes(v):
                x, y, s = geo["boxes"][key]
                c.setFont("Helvetica-Bold" if style == "acro" else font, s)
                c.drawCentredString(x + s / 2, y + 1.2, "X")
        else:
            c.setFont(font, 10)
            x, y, w = geo["lines"]["place"]
            c.drawString(x + 4, y + 1, v["place"])
            if v["date_text"] and not hand_date:
                x, y, w = geo["lines"]["date"]
                c.drawString(x + 4, y + 1, v["date_text"])

    return draw


def acro_overlay(v, run, sig_png):
    fname = FIELD_NAMES[run]
    fill = Color(0.87, 0.91, 1.0)

    def draw(c, page, geo):
        form = c.acroForm
        if page == 1:
            for key in COMB_KEYS:
                boxes = geo["combs"][key]
                x, y = boxes[0][0], boxes[0][1]
                w = boxes[-1][0] + boxes[-1][2] - x
                text = comb_text(v, key)
                if key == "date_of_birth":
                    text = v["dob"].strftime("%d/%m/%Y")
                form.textfield(
                    name=fname(1, key),
                    value=text,
                    x=x,
                    y=y,
                    width=w,
                    height=boxes[0][3],
                    fontName="Helvetica",
                    fontSize=10,
                    borderWidth=0,
                    fillColor=fill,
                    textColor=black,
                )
            for key in LINE_KEYS + ["autre_text"]:
                x, y, w = geo["lines"][key]
                form.textfield(
                    name=fname(1, key),
                    value=v[key] or "",
                    x=x,
                    y=y - 2,
                    width=w,
                    height=13,
                    fontName="Helvetica",
                    fontSize=9.5,
                    borderWidth=0,
                    fillColor=fill,
                    textColor=black,
                )
            on = set(ticked_boxes(v))
            for key, (x, y, s) in geo["boxes"].items():
                form.checkbox(
                    name=fname(1, key.replace(" ", "_")),
                    x=x,
                    y=y,
                    size=s,
                    checked=key in on,
                    buttonStyle="cross",
                    borderWidth=0.5,
                    fillColor=fill,
                    textColor=black,
                )
        else:
            for key, val in (("place", v["place"]), ("date", v["date_text"] or "")):
                x, y, w = geo["lines"][key]
                form.textfield(
                    name=fname(2, "fait_a" if key == "place" else "le_date"),
                    value=val,
                    x=x,
                    y=y - 2,
                    width=w,
                    height=13,
                    fontName="Helvetica",
                    fontSize=10,
                    borderWidth=0,
                    fillColor=fill,
                    textColor=black,
                )
            if sig_png is not None:
                bx, by, bw, bh = geo["sig_box"]
                sw = bw * 0.7
                sh = min(bh * 0.8, sw * sig_png.height / sig_png.width)
                c.drawImage(ImageReader(sig_png), bx + bw * 0.15, by + 6, sw, sh, mask="auto")

    return draw


def to_px(geo, k):
    def box(b):
        x, y, w, h = b
        return (x * k, (formpdf.H - y - h) * k, w * k, h * k)

    return box


def hand_fill(pages, geo, v, k, rng, ink, fkey, fill):
    """Write the values by hand on page rasters (pages: list of 2 PIL images)."""
    box = to_px(geo, k)
    p1, p2 = pages
    size = 12.5 * k
    if fill == "hand":
        for key in COMB_KEYS:
            text = comb_text(v, key)
            hand.write_comb(p1, text, [box(b) for b in geo["combs"][key]], fkey, ink, rng)
        for key in LINE_KEYS + (["autre_text"] if v["autre_text"] else []):
            x, y, w = geo["lines"][key]
            hand.write(
                p1,
                v[key],
                (x + 4) * k,
                (formpdf.H - y) * k,
                fkey,
                size,
                ink,
                rng,
                slope=rng.uniform(-0.01, 0.01),
            )
        style = rng.choice(["cross", "check"])
        for key in ticked_boxes(v):
            x, y, s = geo["boxes"][key]
            hand.tick(p1, (x * k, (formpdf.H - y - s) * k, s * k), ink, rng, style)
        x, y, w = geo["lines"]["place"]
        hand.write(p2, v["place"], (x + 6) * k, (formpdf.H - y) * k, fkey, size, ink, rng)
    if v["date_text"] and (fill == "hand" or v.get("hand_date")):
        x, y, w = geo["lines"]["date"]
        hand.write(p2, v["date_text"], (x + 5) * k, (formpdf.H - y) * k, fkey, size, ink, rng)
    sb = box(geo["sig_box"])
    if v["signed"]:
        hand.paste_signature(p2, hand.signature_image(v["sig_name"], rng, ink), sb, rng)
    elif v["case"] == "stray_mark":
        hand.stray_mark(p2, sb, ink, rng)


def render(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def jpeg_bytes(img, q):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    return buf.getvalue()


def image_pdf(jpegs):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(formpdf.W, formpdf.H), invariant=1)
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, formpdf.W, formpdf.H)
        c.showPage()
    c.save()
    return buf.getvalue()


def split_or_reverse(pdf_bytes, order):
    """Return a PDF holding the given (0-based) pages in order, AcroForm kept."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    if order == [1, 0]:
        pdf.pages.append(pdf.pages[0])
        del pdf.pages[0]
    else:
        del pdf.pages[1 - order[0]]
        if "/AcroForm" in pdf.Root:
            fields = pikepdf.Array()
            for annot in pdf.pages[0].obj.get("/Annots", []):
                fields.append(annot.get("/Parent", annot))
            pdf.Root.AcroForm.Fields = fields
    buf = io.BytesIO()
    pdf.save(buf, static_id=True)
    return buf.getvalue()


def strip_appearances(pdf_bytes):
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if annot.get("/FT") == "/Tx" and "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    buf = io.BytesIO()
    pdf.save(buf, static_id=True)
    return buf.getvalue()


def names_for(arr, rng, date):
    stamp = date.strftime("%Y%m%d")
    n = rng.randint(10, 480)
    if arr in ("one_pdf", "reversed_pdf"):
        return [
            rng.choice(
                [
                    "formulaire_cpam.pdf",
                    "S1106_demande_PUMa.pdf",
                    "cerfa_15763.pdf",
                    "scan_%04d.pdf" % n,
                    "Demande ouverture droits.pdf",
                    "Scan %s.pdf" % date.strftime("%d-%m-%Y"),
                ]
            )
        ]
    if arr == "two_pdfs":
        return rng.choice(
            [
                ["formulaire_p1.pdf", "formulaire_p2.pdf"],
                ["cerfa_page1.pdf", "cerfa_page2.pdf"],
                ["scan_%04d.pdf" % n, "scan_%04d.pdf" % (n + 1)],
                ["demande_puma_1.pdf", "demande_puma_2.pdf"],
            ]
        )
    if arr == "two_images":
        return rng.choice(
            [
                ["scan_%04d.jpg" % n, "scan_%04d.jpg" % (n + 1)],
                ["formulaire_1.jpg", "formulaire_2.jpg"],
                ["page1.jpg", "page2.jpg"],
                ["cerfa_recto.jpg", "cerfa_verso.jpg"],
            ]
        )
    if arr == "two_images_p2first":  # page 1 first in the list, its name sorts second
        return rng.choice(
            [
                ["scan_%04d.jpg" % (n + 1), "scan_%04d.jpg" % n],
                ["form_identite.jpg", "doc_signature.jpg"],
                ["Numérisation_%04d.jpg" % (n + 7), "Numérisation_%04d.jpg" % n],
            ]
        )
    t = rng.randint(80000, 205959)
    return rng.choice(
        [
            ["IMG_%s_%06d.jpg" % (stamp, t), "IMG_%s_%06d.jpg" % (stamp, t + 41)],
            ["PXL_%s_%06d123.jpg" % (stamp, t), "PXL_%s_%06d877.jpg" % (stamp, t + 12)],
            [
                "WhatsApp Image %s at 18.%02d.11.jpeg" % (date.isoformat(), t % 50),
                "WhatsApp Image %s at 18.%02d.47.jpeg" % (date.isoformat(), t % 50),
            ],
        ]
    )


def build(idx, person, fill, arr, case, out):
    rng = random.Random("form_v/%03d" % idx)
    v = make_values(idx, person, fill, case, rng)
    v["case"] = case
    run = "A" if rng.random() < 0.5 else "B"
    if case == "label_only":
        sig_label = rng.choice(["inside", "grey"])
    elif case == "unsigned":
        sig_label = "above"
    else:
        sig_label = rng.choice(["above", "inside", "grey"])
    ink = hand.INKS[rng.choice(["blue", "blue", "black", "blue2"])]
    written = " ".join(x for x in [v["given_names"], v["usage_name"] or v["surname"]] if x)
    v["sig_name"] = rng.choice(
        [
            P.strip_accents(written).title(),
            P.strip_accents(v["given_names"][0] + ". " + (v["usage_name"] or v["surname"])).title(),
            P.strip_accents(v["usage_name"] or v["surname"]).title(),
        ]
    )
    fkey = rng.choice(["comic", "comicb", "kaushan", "dancing", "dancingb"])
    alltext = " ".join(str(v.get(k)) for k in COMB_KEYS + LINE_KEYS + ["place", "autre_text"])
    if not hand.covers(fkey, alltext + (v["date_text"] or "")):
        fkey = "comic"
    v["hand_date"] = fill != "hand" and rng.random() < (0.5 if fill == "typed_print" else 0.3)
    notes = []
    if fill == "acroform":
        sig = hand.signature_image(v["sig_name"], rng, ink) if v["signed"] else None
        pdf, geo = formpdf.draw_form(run, sig_label, acro_overlay(v, run, sig))
        v["hand_date"] = False
        if rng.random() < 0.35:
            pdf = strip_appearances(pdf)
            notes.append("text fields without appearance streams (NeedAppearances)")
    else:
        if fill == "typed_print":
            style = rng.choice(["LibMono", "LibSans", "Carlito"])
            overlay = typed_overlay(v, style, v["hand_date"])
        elif fill == "acroform_printed":
            overlay = typed_overlay(v, "acro", v["hand_date"])
        else:
            overlay = None
        pdf, geo = formpdf.draw_form(run, sig_label, overlay)
    folder = out / "documents" / ("d%03d" % idx)
    folder.mkdir(parents=True, exist_ok=True)
    fdate = (v["signed_on"] or v["as_of"] - dt.timedelta(days=3)) + dt.timedelta(days=1)
    if fdate >= v["as_of"]:
        fdate = v["as_of"] - dt.timedelta(days=1)
    names = names_for(arr, rng, fdate)
    files = []
    if fill == "acroform":
        look = "text_pdf"
        if arr == "one_pdf":
            (folder / names[0]).write_bytes(pdf)
            files = [{"path": names[0], "pages": [1, 2]}]
        elif arr == "reversed_pdf":
            (folder / names[0]).write_bytes(split_or_reverse(pdf, [1, 0]))
            files = [{"path": names[0], "pages": [2, 1]}]
        else:
            for i, name in enumerate(names):
                (folder / name).write_bytes(split_or_reverse(pdf, [i]))
                files.append({"path": name, "pages": [1]})
    else:
        photo = arr == "phone_photos"
        dpi = 300 if photo else rng.choice([150, 200, 200, 300])
        pages = render(pdf, dpi)
        hand_fill(pages, geo, v, dpi / 72, rng, ink, fkey, fill)
        if photo:
            look = "phone_photo"
            for i, name in enumerate(names):
                rot = rng.choice([0, 0, 0, 90, 180, 270])
                if rot:
                    notes.append("page %d photo rotated %d degrees" % (i + 1, rot))
                img = hand.photo_look(pages[i], rng, rot)
                (folder / name).write_bytes(jpeg_bytes(img, 88))
                files.append({"path": name, "pages": [1]})
        else:
            jpgs = [jpeg_bytes(hand.scan_look(p, rng), rng.choice([75, 82, 90])) for p in pages]
            if arr in ("two_images", "two_images_p2first"):
                look = "scan"
                for i, name in enumerate(names):
                    (folder / name).write_bytes(jpgs[i])
                    files.append({"path": name, "pages": [1]})
            elif arr == "two_pdfs":
                look = "image_pdf"
                for i, name in enumerate(names):
                    (folder / name).write_bytes(image_pdf([jpgs[i]]))
                    files.append({"path": name, "pages": [1]})
            else:
                look = "image_pdf"
                rev = arr == "reversed_pdf"
                data = image_pdf(jpgs[::-1] if rev else jpgs)
                (folder / names[0]).write_bytes(data)
                files = [{"path": names[0], "pages": [2, 1] if rev else [1, 2]}]
    if arr == "reversed_pdf":
        notes.append("pages in reverse order: page 1 of the form is page 2 of the PDF")
    if arr == "two_images_p2first":
        notes.append("file names sort page 2 first")
    if v["hand_date"] and v["date_text"]:
        notes.append("date written by hand after printing")
    fields = {
        "surname": v["surname"],
        "usage_name": v["usage_name"],
        "given_names": v["given_names"],
        "sex": v["sex"],
        "date_of_birth": iso(v["dob"]),
        "employment_status": v["employment_status"],
        "situation": v["situation"],
        "contract_type": v["contract"],
        "signed": v["signed"],
        "signed_on": iso(v["signed_on"]) if v["signed_on"] else None,
        "date_text": v["date_text"],
        "place": v["place"],
        "nir": v["nir"],
    }
    truth = {
        "as_of": iso(v["as_of"]),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": P.STATUS[case],
        "defect": P.DEFECT_TEXT.get(case),
        "fill_way": fill,
        "case": case,
        "arrangement": arr,
        "print_run": run,
        "signature_label": sig_label,
        "applicant": {
            "surname": v["surname"],
            "given_names": v["given_names"],
            "date_of_birth": iso(v["dob"]),
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
    text = json.dumps(truth, ensure_ascii=False, indent=2) + "\n"
    (out / "documents" / ("d%03d.truth.json" % idx)).write_text(text, encoding="utf-8")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(exist_ok=True)
    ppl = P.people()
    docs = []
    for i, (fill, arr, case) in enumerate(P.plan(), start=1):
        build(i, ppl[i - 1], fill, arr, case, out)
        docs.append("d%03d" % i)
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
