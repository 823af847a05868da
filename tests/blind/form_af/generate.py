"""Blind set form_af: 16 application forms (cerfa 15763*02 / S1106), single documents.

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layout  # noqa: E402
import looks  # noqa: E402
import pikepdf  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from ink import Pen, covered, signature_png  # noqa: E402
from people import PEOPLE, PLAN  # noqa: E402
from reportlab.lib.colors import Color  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

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
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
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
DEFECT = {
    "unsigned": "signature box empty: form not signed",
    "label_only": "only the printed word 'Signature' in the box: form not signed",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "the 'le' date field is left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
CT_KEY = {"CDI": "ct_CDI", "CDD": "ct_CDD", "intérim": "ct_interim"}
XFA = {
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "date_of_birth": "DateNaissance",
    "birth_town": "CommuneNaissance",
    "birth_country": "PaysNaissance",
    "nationality": "Nationalite",
    "caf": "NumAllocataire",
    "nir": "NIR",
    "address": "Adresse",
    "postcode": "CodePostal",
    "town": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "job_title": "Emploi",
    "employer": "Employeur",
    "other_text": "AutreSituation",
    "place": "FaitA",
    "date": "Le",
}


def iso(d):
    return d.isoformat()


def nir_for(p, rng):
    y, m = p["dob"][2:4], p["dob"][5:7]
    body = ("1" if p["sex"] == "M" else "2") + y + m + "99" + p["cc"] + f"{rng.randint(1, 499):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def plan_dates(item, rng):
    """Returns (signed_on date or None, date_text or None)."""
    as_of = dt.date.fromisoformat(item["as_of"])
    case = item["case"]
    if case == "no_date":
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(6, 25))
        return d, d.strftime("%d/%m/%Y")
    if case == "us_date":
        while True:
            d = as_of - dt.timedelta(days=rng.randint(1, 12))
            if d.day > 12:
                return d, d.strftime("%m/%d/%Y")
    d = as_of - dt.timedelta(days=rng.randint(3, 30))
    if case == "date_words":
        return d, f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return d, d.strftime("%d/%m/%Y")


def values(p, item, rng, nir):
    """The strings written in each anchor (key -> text) and the boxes ticked."""
    dob = dt.date.fromisoformat(p["dob"])
    v = {
        "surname": p["surname"],
        "usage_name": p["usage"] or "",
        "given_names": p["given"],
        "date_of_birth": dob.strftime("%d%m%Y"),
        "birth_town": p["town"],
        "birth_country": p["country"],
        "nationality": p["nat"],
        "nir": nir or "",
        "address": p["addr"],
        "postcode": p["cp"],
        "town": p["city"],
        "phone": p["phone"],
        "email": p["email"],
        "job_title": item.get("job", "") if "salarie" in item["sit"] else "",
        "employer": item.get("emp", "") if "salarie" in item["sit"] else "",
        "other_text": item.get("other", "") if "autre" in item["sit"] else "",
        "place": p["city"],
    }
    ticks = ["sex_" + p["sex"]] + ["sit_" + s for s in item["sit"]]
    if "salarie" in item["sit"] and item.get("ct"):
        ticks.append(CT_KEY[item["ct"]])
    return v, ticks


def sig_name(p, rng):
    last = (p["usage"] or p["surname"]).title()
    first = p["given"].split()[0]
    return rng.choice([f"{first[0]}. {last}", last, f"{first} {last}", f"{first[0]}{last[:4]}"])


# ---------------------------------------------------------------- typed fills (reportlab)


def typed(c, anchors, v, ticks, font, size, rng, skip=()):
    """Typed values drawn into the page (screen-typed then printed)."""
    c.setFillColor(Color(0, 0, 0))
    for key, a in anchors.items():
        if key in skip:
            continue
        if a[0] == "box" and key in ticks:
            x, y, s = a[1], a[2], a[3]
            c.setFont(font, s * 0.95)
            c.drawCentredString(x + s / 2, layout.H - y - s * 0.82, "X")
        elif a[0] == "line" and v.get(key):
            c.setFont(font, size)
            c.drawString(a[1] + rng.uniform(0, 2), layout.H - a[2] + 1.5, v[key])
        elif a[0] == "comb" and v.get(key):
            for (x, y, w, h), ch in zip(a[1], v[key]):
                c.setFont(font, min(size + 1, h * 0.8))
                c.drawCentredString(x + w / 2, layout.H - y - h * 0.78, ch)


def acro(c, anchors, v, ticks, item, page_no, rng):
    """AcroForm fields for one page."""
    form = c.acroForm
    xfa = item["fnames"] == "xfa"
    nbox = 0
    for key, a in anchors.items():
        if key in ("recv", "chk_yes", "chk_no", "sig"):
            continue
        if xfa:
            name = f"topmostSubform[0].Page{page_no}[0].{XFA.get(key, key)}[0]"
        else:
            name = key.replace("sit_", "situation_")
        common = dict(borderWidth=0, fillColor=Color(0.87, 0.91, 1.0), textColor=Color(0, 0, 0))
        if a[0] == "box":
            nbox += 1
            cname = name if xfa else f"Case à cocher {nbox}"
            form.checkbox(
                name=cname,
                checked=key in ticks,
                buttonStyle="cross",
                x=a[1],
                y=layout.H - a[2] - a[3],
                size=a[3],
                **common,
            )
        elif a[0] == "line":
            form.textfield(
                name=name,
                value=v.get(key, ""),
                x=a[1] - 2,
                y=layout.H - a[2] - 3,
                width=a[3],
                height=a[4] + 2,
                fontName="Helvetica",
                fontSize=9,
                **common,
            )
        else:
            val, pos = v.get(key, ""), 0
            groups = comb_groups(a[1])
            for gi, boxes in enumerate(groups):
                x0, y0, _, h = boxes[0]
                x1 = boxes[-1][0] + boxes[-1][2]
                part = val[pos : pos + len(boxes)]
                pos += len(boxes)
                gname = (
                    name
                    if len(groups) == 1
                    else (name.replace("[0]", f"_{gi + 1}[0]", 1) if xfa else f"{name}_{gi + 1}")
                )
                form.textfield(
                    name=gname,
                    value=part,
                    x=x0,
                    y=layout.H - y0 - h,
                    width=x1 - x0,
                    height=h,
                    maxlen=len(boxes),
                    fieldFlags="comb",
                    fontName="Courier",
                    fontSize=min(10, h * 0.75),
                    **common,
                )


def comb_groups(boxes):
    groups = [[boxes[0]]]
    for b in boxes[1:]:
        prev = groups[-1][-1]
        if b[0] - (prev[0] + prev[2]) > 0.5:
            groups.append([b])
        else:
            groups[-1].append(b)
    return groups


def spread_combs(pdf):
    """Rewrites the appearance of comb fields so that one character sits in each cell."""
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if "/MaxLen" not in annot or not int(annot.get("/Ff", 0)) & (1 << 24):
                continue
            ap = annot.AP.N
            raw = ap.read_bytes().decode("latin-1")
            m = re.search(r"/Cour ([\d.]+) Tf", raw)
            t = re.search(r"1 0 0 1 0 ([\d.]+) Tm", raw)
            if not (m and t):
                continue
            r = [float(x) for x in annot.Rect]
            cell = (r[2] - r[0]) / int(annot.MaxLen)
            fs = float(m.group(1))
            tc = cell - 0.6 * fs
            raw = raw.replace(t.group(0), f"1 0 0 1 {tc / 2:.3f} {t.group(1)} Tm {tc:.3f} Tc")
            ap.write(raw.encode("latin-1"))


# ---------------------------------------------------------------- building one form


def build_pdf(item, p, v, ticks, date_text, rng, signed):
    """Two-page PDF bytes: the blank print run plus typed/acroform values; returns anchors."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.W, layout.H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    fill = item["fill"]
    anchors = []
    tfont = rng.choice(["LibSans", "LibMono", "Carlito"])
    for n, draw in ((1, layout.draw_page1), (2, layout.draw_page2)):
        a = draw(c, item["run"], rng)
        anchors.append(a)
        vv = dict(v, date=date_text or "")
        if fill == "typed_print":
            skip = ("date",) if item.get("hand_date") else ()
            typed(c, a, vv, ticks, tfont, 10, rng, skip=skip)
        elif fill == "acroform_printed":
            typed(c, a, vv, ticks, "Helvetica", 9, rng)
        elif fill == "acroform":
            acro(c, a, vv, ticks, item, n, rng)
            if n == 2 and signed:
                _, x, y, w, h = a["sig"]
                img = signature_png(sig_name(p, rng), rng.choice(["dancing", "kaushan"]), rng)
                b = io.BytesIO()
                img.save(b, "PNG")
                b.seek(0)
                c.drawImage(
                    ImageReader(b),
                    x + 8,
                    layout.H - y - h + 4,
                    w - 16,
                    h - 8,
                    mask="auto",
                    preserveAspectRatio=True,
                )
        c.showPage()
    c.save()
    data = buf.getvalue()
    if fill == "acroform":
        pdf = pikepdf.open(io.BytesIO(data))
        if item.get("ap"):
            spread_combs(pdf)
        else:
            for page in pdf.pages:
                for annot in page.get("/Annots", []):
                    if "/AP" in annot and annot.get("/FT") == "/Tx":
                        del annot["/AP"]
            pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        data = out.getvalue()
    return data, anchors


def ink_page(img, scale, anchors, page_no, item, p, v, ticks, date_text, rng, written):
    """Handwriting on a page raster (all values for `hand`, signature/date otherwise)."""
    fill, case = item["fill"], item["case"]
    pen = Pen(
        img,
        scale,
        rng,
        font=item["font"],
        ink=item["ink"],
        size=rng.uniform(10.5, 12.5),
        slant=rng.uniform(-3, 5),
    )
    cfont = item["font"] if item["font"] != "ecolier" else "femke"
    cpen = Pen(img, scale, rng, font=cfont, ink=item["ink"], slant=rng.uniform(-2, 3))
    if fill == "hand":
        for key, a in anchors.items():
            val = v.get(key, "")
            if a[0] == "box" and key in ticks:
                pen.tick(a[1], a[2], a[3], item["tick"])
            elif a[0] == "comb" and val:
                cpen.comb(a[1], val.upper())
            elif a[0] == "line" and val:
                if key in ("surname", "usage_name") or (
                    key == "given_names" and item.get("caps_given")
                ):
                    val = val.upper()
                hp = cpen if key in ("surname", "usage_name") else pen
                written[key] = covered(hp.path, val)
                hp.write(a[1] + rng.uniform(1, 6), a[2] - rng.uniform(0, 1.5), val)
        for key in ("surname", "usage_name", "given_names"):
            if anchors.get(key, ("",))[0] == "comb" and v[key]:
                written[key] = covered(cpen.path, v[key].upper())
    if page_no != 2:
        return
    if date_text and (fill == "hand" or item.get("hand_date")):
        a = anchors["date"]
        pen.write(a[1] + rng.uniform(2, 12), a[2] - rng.uniform(0, 1.5), date_text)
    _, x, y, w, h = anchors["sig"]
    if case == "stray_mark":
        pen.stray(x, y, w, h, rng.choice(["dot", "tick"]))
    elif case not in ("unsigned", "label_only") and fill != "acroform":
        pen.signature(x, y, w, h, sig_name(p, rng), rng.choice(["dancing", "kaushan", "z003"]))


def make(idx, item, person, out):
    rng = random.Random(f"form_af-{idx}")
    name = f"d{idx:03d}"
    ddir = out / "documents" / name
    ddir.mkdir(parents=True, exist_ok=True)
    fill, look, case, arr = item["fill"], item["look"], item["case"], item["arr"]
    nir = nir_for(person, rng) if item["nir"] else None
    signed_on, date_text = plan_dates(item, rng)
    if fill == "typed_print":
        item = dict(item, hand_date=rng.random() < 0.5)
    v, ticks = values(person, item, rng, nir)
    signed = case not in ("unsigned", "label_only", "stray_mark")
    data, anchors = build_pdf(item, person, v, ticks, date_text, rng, signed)
    written = {}
    files = []
    if look == "text_pdf":
        fname = rng.choice(
            [
                "cerfa_15763-02_rempli.pdf",
                "S1106_demande_PUMa.pdf",
                "formulaire_ouverture_droits.pdf",
            ]
        )
        if arr == "reversed_pdf":
            pdf = pikepdf.open(io.BytesIO(data))
            pdf.pages.reverse()
            pdf.save(ddir / fname, deterministic_id=True)
            files = [{"path": fname, "pages": [2, 1]}]
        else:
            (ddir / fname).write_bytes(data)
            files = [{"path": fname, "pages": [1, 2]}]
    else:
        dpi = {"scan": rng.choice([150, 200, 300]), "image_pdf": 200, "phone_photo": 220}[look]
        doc = pdfium.PdfDocument(data)
        pages = []
        for n in (1, 2):
            img = doc[n - 1].render(scale=dpi / 72).to_pil().convert("RGB")
            ink_page(
                img, dpi / 72, anchors[n - 1], n, item, person, v, ticks, date_text, rng, written
            )
            if look == "phone_photo":
                rot = item["rot"][n - 1]
                img = looks.phone_photo(img, rng, long_side=rng.randint(2600, 3600), rot=rot)
            else:
                img = looks.scan(img, rng, grey=0.04 if look == "image_pdf" else 0.0)
            pages.append(img)
        doc.close()
        files = write_images(pages, look, arr, ddir, rng)
    fields = truth_fields(person, item, v, written, nir, signed_on, date_text, signed)
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
            "date_of_birth": person["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": notes(item, case),
            }
        ],
    }
    (out / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name


def write_images(pages, look, arr, ddir, rng):
    if look == "image_pdf":
        q = rng.randint(70, 85)
        if arr == "two_pdfs":
            names = ["formulaire_p1.pdf", "formulaire_p2.pdf"]
            for nm, img in zip(names, pages):
                looks.images_to_pdf(ddir / nm, [img], q, 200)
            return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        nm = f"Scan_2026{rng.randint(10, 11)}{rng.randint(1, 28):02d}_{rng.randint(100, 999)}.pdf"
        if arr == "reversed_pdf":
            looks.images_to_pdf(ddir / nm, pages[::-1], q, 200)
            return [{"path": nm, "pages": [2, 1]}]
        looks.images_to_pdf(ddir / nm, pages, q, 200)
        return [{"path": nm, "pages": [1, 2]}]
    if look == "phone_photo":
        base = rng.randint(100000, 180000)
        names = [f"IMG_20261{rng.randint(100, 130)}_{base + k * 37}.jpg" for k in range(2)]
        names[1] = names[0][:13] + names[1][13:]
    else:
        ext = rng.choice(["jpg", "png"]) if arr == "two_images" else "jpg"
        n0 = rng.randint(10, 80)
        names = [f"scan_{n0:04d}.{ext}", f"scan_{n0 + 1:04d}.{ext}"]
        if arr == "two_images_p2first":
            names = names[::-1]
    for nm, img in zip(names, pages):
        if nm.endswith(".png"):
            img.save(ddir / nm, "PNG", optimize=False)
        else:
            looks.save_jpeg(img, ddir / nm, rng.randint(78, 92))
    return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]


def truth_fields(p, item, v, written, nir, signed_on, date_text, signed):
    sit = item["sit"]
    one = len(sit) == 1
    if item["fill"] == "hand":
        surname = written.get("surname", p["surname"])
        usage = written.get("usage_name") if p["usage"] else None
        given = written.get("given_names", p["given"])
    else:
        surname, usage, given = p["surname"], p["usage"], p["given"]
    return {
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": EMPLOYMENT[sit[0]] if one else None,
        "situation": "+".join(sit) if sit else None,
        "contract_type": item.get("ct") if "salarie" in sit else None,
        "signed": signed,
        "signed_on": iso(signed_on) if signed_on else None,
        "date_text": date_text,
        "place": v["place"],
        "nir": nir,
    }


def notes(item, case):
    parts = [f"print run {item['run']}", f"fill {item['fill']}", f"arrangement {item['arr']}"]
    if item.get("hand_date"):
        parts.append("date handwritten")
    if item["fill"] == "acroform":
        parts.append("appearance streams" if item.get("ap") else "no appearance streams")
    if case == "stray_mark":
        parts.append("small mark in the signature box, no signature")
    if case == "label_only":
        parts.append("grey printed 'Signature' only")
    return "; ".join(parts)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    layout.register_fonts()
    docs = [make(i + 1, item, PEOPLE[i], out) for i, item in enumerate(PLAN)]
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
