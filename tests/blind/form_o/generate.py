"""Blind set form_o: 60 application forms (cerfa 15763*02, S1106) as single documents.

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402
import ink  # noqa: E402
import layout  # noqa: E402
import numpy as np  # noqa: E402
import people as P  # noqa: E402
import pikepdf  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image  # noqa: E402
from reportlab.lib.colors import Color, black  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

cv2.setNumThreads(1)
N = 60
CASES = ["unsigned", "label_only", "stray_mark", "future_date", "us_date", "no_date",
         "none_ticked", "two_ticked", "date_words"]  # fmt: skip
FILLS = ["hand", "typed_print", "acroform", "acroform_printed"]
ARR = ["one_pdf", "reversed_pdf", "two_pdfs", "two_images", "two_images_p2_first", "photos"]
TYPED_FONTS = [("LibSans", 10), ("Carl", 11), ("OSans", 9.5)]


def strip_acc(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def plan():
    r = random.Random("form_o-plan")
    cases = ["ok"] * 30 + CASES * 3 + ["unsigned", "future_date", "two_ticked"]
    r.shuffle(cases)
    specs = []
    for i, case in enumerate(cases):
        fill = FILLS[i % 4]
        if case == "unsigned":
            run = "r1"
        elif case == "label_only":
            run = ["r2", "r3"][i % 2]
        else:
            run = ["r1", "r2", "r3"][(i // 4) % 3]
        arr = ARR[:3][(i // 4) % 3] if fill == "acroform" else ARR[(i // 4 + i) % 6]
        specs.append(dict(i=i + 1, case=case, fill=fill, run=run, arr=arr))
    return specs


def nir_for(rng, sex, dob, code):
    body = "%d%02d%02d99%s%03d" % (1 if sex == "M" else 2, dob.year % 100, dob.month, code,
                                   rng.randint(1, 999))  # fmt: skip
    return body + "%02d" % (97 - int(body) % 97)


def person(rng, case):
    c = rng.choice(P.COUNTRIES)
    sex = rng.choice("FM")
    sur = rng.choice(c[4])
    given = rng.choice(c[5] if sex == "F" else c[6])
    usage = rng.choice(P.USAGE) if sex == "F" and rng.random() < 0.3 else None
    dob = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randint(0, 13000))
    street, cp, city = rng.choice(P.ADDRESSES)
    sit = rng.choice(["salarie"] * 4 + ["independant", "demandeur_emploi", "etudiant",
                                        "sans_activite", "sans_activite", "autre"])  # fmt: skip
    ticked = [] if case == "none_ticked" else [sit]
    if case == "two_ticked":
        pairs = [("salarie", "etudiant"), ("demandeur_emploi", "sans_activite"),
                 ("salarie", "independant"), ("etudiant", "sans_activite")]  # fmt: skip
        ticked = list(rng.choice(pairs))
    keys = [k for k, _ in layout.SITUATIONS]
    ticked.sort(key=keys.index)
    contract = rng.choice(["CDI", "CDI", "CDD", "Intérim", "Apprentissage"])
    emp = rng.choice(P.EMPLOYERS)
    return dict(
        country=c[0], nationality=c[1], code=c[2], birth_city=rng.choice(c[3]), sex=sex,
        surname=sur, given=given, usage=usage, dob=dob, street=street, cp=cp, city=city,
        ticked=ticked, contract=contract if "salarie" in ticked else None,
        employer=emp if "salarie" in ticked else None,
        autre=rng.choice(P.OTHER) if "autre" in ticked else None,
        phone="0%d %02d %02d %02d %02d" % (rng.choice([6, 7]), *(rng.randint(0, 99) for _ in range(4))),
        nir=nir_for(rng, sex, dob, c[2]) if rng.random() < 0.25 else None,
    )  # fmt: skip


def dates(rng, case):
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed = as_of - dt.timedelta(days=rng.randint(2, 45))
    sep = rng.choice(["/", "/", "/", ".", "-"])
    text = signed.strftime(f"%d{sep}%m{sep}%Y")
    if case == "future_date":
        signed = as_of + dt.timedelta(days=rng.randint(3, 40))
        text = signed.strftime("%d/%m/%Y")
    elif case == "us_date":
        while not (signed.day > 12 and signed < as_of):
            signed = as_of - dt.timedelta(days=rng.randint(2, 45))
        text = signed.strftime("%m/%d/%Y")
    elif case == "date_words":
        text = "%d %s %d" % (signed.day, P.MONTHS[signed.month - 1], signed.year)
        if signed.day == 1:
            text = "1er" + text[1:]
    elif case == "no_date":
        signed, text = None, None
    return as_of, signed, text


def written_values(rng, p, fill):
    """Strings as they appear on the form (hand writers use capitals, drop accents sometimes)."""
    caps = fill == "hand" and rng.random() < 0.7
    drop = fill == "hand" and rng.random() < 0.4
    sur = strip_acc(p["surname"]) if drop else p["surname"]
    giv = p["given"].upper() if caps else p["given"]
    giv = strip_acc(giv) if drop else giv
    usage = p["usage"] and (strip_acc(p["usage"]) if drop else p["usage"])
    if fill != "hand" and rng.random() < 0.3:
        sur = sur.title()
        usage = usage and usage.title()
    v = dict(
        nom_naissance=sur, nom_usage=usage or "", prenoms=giv,
        lieu_naissance=p["birth_city"], pays_naissance=p["country"],
        nationalite=p["nationality"], adresse=p["street"], code_postal=p["cp"],
        commune=p["city"], telephone=p["phone"],
        email="%s.%s%d@gmail.com" % (strip_acc(p["given"].split()[0]).lower(),
                                     strip_acc(p["surname"].split()[0]).lower().replace("'", ""),
                                     p["dob"].year % 100),
        employeur=p["employer"][0] if p["employer"] else "",
        profession=p["employer"][1] if p["employer"] else "",
        autre_precision=p["autre"] or "",
    )  # fmt: skip
    return v


# ------------------------------------------------------------------ PDF building


def build_pdf(spec, pages, mode, v=None, p=None, sig_png=None, rng=None):
    """mode: blank | typed | acro. Returns (pdf bytes, {page: geo})."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.W, layout.H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits PUMa")
    geos = {}
    tf = TYPED_FONTS[spec["i"] % 3]
    fname = layout.FIELD_NAMES[layout.RUNS[spec["run"]]["fieldnames"]]
    for pg in pages:
        geo, acro = layout.draw_page(c, pg, spec["run"])
        geos[pg] = geo
        if mode == "typed":
            c.setFont(*tf)
            c.setFillColor(black)
            for key, (x, y, _w, _h) in acro:
                if key in ("date_sign", "fait_a") and not v.get("_typed_date"):
                    continue
                if v.get(key):
                    c.drawString(x + 2, y + 3.5, v[key])
            for key in v.get("_boxes", []):
                if key in geo:
                    x, y, w, h = geo[key]
                    c.drawCentredString(x + w / 2, y + 1.2, "X")
            for key in ("dob_comb", "nir_comb"):
                if key in geo and v.get("_" + key):
                    for ch, (x, y, w, _h) in zip(v["_" + key], geo[key]):
                        c.drawCentredString(x + w / 2, y + 3, ch)
            if "dob_lines" in geo:
                for t, (x, y, _w, _h) in zip(v["_dob_parts"], geo["dob_lines"]):
                    c.drawString(x + 2, y + 3, t)
        if mode == "acro":
            form = c.acroForm
            for key, (x, y, w, h) in acro:
                val = v.get(key) or ""
                if key in ("date_sign", "fait_a") and not v.get("_typed_date"):
                    val = ""
                form.textfield(name=fname(key), value=val, x=x, y=y, width=w, height=h,
                               borderWidth=0, fillColor=Color(0.87, 0.92, 1), fontSize=9,
                               fontName="Helvetica", textColor=black, forceBorder=False)  # fmt: skip
            for key in [k for k in geo if k.startswith(("sit_", "sexe_", "ct_"))]:
                x, y, w, h = geo[key]
                form.checkbox(name=fname(key), x=x, y=y, size=w, checked=key in v["_boxes"],
                              buttonStyle="cross", borderWidth=0.5,
                              fillColor=Color(0.87, 0.92, 1))  # fmt: skip
            for key in ("dob_comb", "nir_comb"):
                if key in geo:
                    for j, (x, y, w, h) in enumerate(geo[key]):
                        ch = (v.get("_" + key) or " " * 20)[j]
                        form.textfield(name=fname("%s_%d" % (key, j + 1)), value=ch.strip(),
                                       x=x + 0.5, y=y + 0.5, width=w - 1, height=h - 1,
                                       borderWidth=0, fillColor=Color(0.87, 0.92, 1),
                                       fontSize=9, maxlen=1)  # fmt: skip
            if "dob_lines" in geo:
                for j, (x, y, w, h) in enumerate(geo["dob_lines"]):
                    form.textfield(name=fname("dob_%d" % (j + 1)), value=v["_dob_parts"][j],
                                   x=x, y=y, width=w, height=h, borderWidth=0,
                                   fillColor=Color(0.87, 0.92, 1), fontSize=9)  # fmt: skip
            if pg == 2 and sig_png is not None:
                x, y, w, h = geo["sig_box"]
                c.drawImage(ImageReader(sig_png), x + 2, y + 2, w - 4, h - 4, mask="auto")
        c.showPage()
    c.save()
    data = buf.getvalue()
    if mode == "acro" and rng is not None and rng.random() < 0.4:
        data = strip_appearances(data)
    return data, geos


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


def raster(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    doc.init_forms()
    imgs = []
    for i in range(len(doc)):
        bmp = doc[i].render(scale=dpi / 72, may_draw_forms=True)
        imgs.append(np.asarray(bmp.to_pil().convert("RGB"), dtype=np.float32))
    doc.close()
    return imgs


def sig_image(rng, p, pen, box, kind):
    """Signature (or stray mark) as an RGBA PNG for pasting into the AcroForm."""
    dpi = 150
    w, h = int(box[2] * dpi / 72), int(box[3] * dpi / 72)
    img = np.full((h, w, 3), 255, np.float32)
    fake = (0, 0, box[2], box[3])
    if kind == "sign":
        ink.signature(img, dpi, fake, p["given"], p["surname"], pen, rng)
    else:
        ink.stray(img, dpi, fake, pen, rng)
    a = np.clip(255 - img.min(axis=2), 0, 255).astype(np.uint8)
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., :3] = pen.ink
    rgba[..., 3] = np.clip(a.astype(np.float32) * 1.3, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(buf, "PNG")
    buf.seek(0)
    return buf


# ------------------------------------------------------------------ hand work on rasters


def hand_fill(imgs, geos, dpi, v, rng, pen):
    pg1, g1 = imgs[0], geos[1]
    for key in ("nom_naissance", "nom_usage", "prenoms", "lieu_naissance", "pays_naissance",
                "nationalite", "adresse", "code_postal", "commune", "telephone", "email",
                "employeur", "profession", "autre_precision"):  # fmt: skip
        if v.get(key) and key in g1:
            x, y, w, h = g1[key]
            ink.write(pg1, dpi, v[key], x + 3, y + 3.5, pen, rng, rng.uniform(10, 12.5), w - 6)
    for key in v["_boxes"]:
        if key in g1:
            ink.tick(pg1, dpi, g1[key], pen, rng)
    if "dob_comb" in g1:
        ink.write_comb(pg1, dpi, v["_dob_comb"], g1["dob_comb"], pen, rng)
    else:
        for t, (x, y, _w, _h) in zip(v["_dob_parts"], g1["dob_lines"]):
            ink.write(pg1, dpi, t, x + 1, y + 2.5, pen, rng, 11)
    if v.get("_nir_comb"):
        ink.write_comb(pg1, dpi, v["_nir_comb"], g1["nir_comb"], pen, rng)


def hand_page2(img, geo, dpi, v, rng, pen, p, case, date_by_hand):
    if date_by_hand:
        x, y, w, h = geo["fait_a"]
        ink.write(img, dpi, v["fait_a"], x + 6, y + 3, pen, rng, rng.uniform(10.5, 12.5), w)
        if v.get("date_sign"):
            x, y, w, h = geo["date_sign"]
            ink.write(img, dpi, v["date_sign"], x + 3, y + 3, pen, rng, rng.uniform(10.5, 12), w)
    box = geo["sig_box"]
    if case in ("unsigned", "label_only"):
        return
    if case == "stray_mark":
        ink.stray(img, dpi, box, pen, rng)
        return
    ink.signature(img, dpi, box, p["given"], p["surname"], pen, rng)


# ------------------------------------------------------------------ one document


def make_doc(spec, out):
    rng = random.Random("form_o-%03d" % spec["i"])
    case, fill = spec["case"], spec["fill"]
    p = person(rng, case)
    as_of, signed_on, date_text = dates(rng, case)
    v = written_values(rng, p, fill)
    v["fait_a"] = p["city"] if rng.random() < 0.85 else p["city"].upper()
    v["date_sign"] = date_text or ""
    v["_typed_date"] = fill.startswith("acroform") or (fill == "typed_print" and rng.random() < 0.4)
    boxes = ["sit_" + k for k in p["ticked"]] + ["sexe_" + p["sex"]]
    if p["contract"]:
        boxes.append("ct_" + p["contract"])
    v["_boxes"] = boxes
    d = p["dob"]
    v["_dob_comb"] = d.strftime("%d%m%Y")
    v["_dob_parts"] = [d.strftime("%d"), d.strftime("%m"), d.strftime("%Y")]
    v["_nir_comb"] = p["nir"]
    pen = ink.Pen(rng)
    name = "d%03d" % spec["i"]
    folder = os.path.join(out, "documents", name)
    os.makedirs(folder)
    arr = spec["arr"]
    files = []
    if fill == "acroform":
        sig_png = None
        box = layout_box(spec["run"])
        if case in ("ok", "future_date", "us_date", "no_date", "none_ticked", "two_ticked",
                    "date_words"):  # fmt: skip
            sig_png = sig_image(rng, p, pen, box, "sign")
        elif case == "stray_mark":
            sig_png = sig_image(rng, p, pen, box, "stray")
        base = rng.choice(["S1106_rempli", "formulaire_PUMa", "cerfa_15763-02", "demande_puma"])
        if arr == "two_pdfs":
            for pg in (1, 2):
                data, _ = build_pdf(spec, [pg], "acro", v, p, sig_png, rng)
                fn = "%s_p%d.pdf" % (base, pg)
                write(folder, fn, data)
                files.append({"path": fn, "pages": [1]})
        else:
            order = [1, 2] if arr == "one_pdf" else [2, 1]
            data, _ = build_pdf(spec, order, "acro", v, p, sig_png, rng)
            write(folder, base + ".pdf", data)
            files.append({"path": base + ".pdf", "pages": [1, 2] if order == [1, 2] else [2, 1]})
        look = "text_pdf"
    else:
        photo = arr == "photos"
        dpi = rng.choice([150, 170, 200]) if not photo else 180
        mode = {"hand": "blank", "typed_print": "typed", "acroform_printed": "acro"}[fill]
        data, geos = build_pdf(spec, [1, 2], mode, v, p, None, None)
        imgs = raster(data, dpi)
        if fill == "hand":
            hand_fill(imgs, geos, dpi, v, rng, pen)
        spen = ink.Pen(rng, font=pen.font) if fill == "hand" else ink.Pen(rng)
        hand_page2(imgs[1], geos[2], dpi, v, rng, spen, p, case, not v["_typed_date"])
        grey = rng.random() < 0.25
        if photo:
            shots = [ink.photo(im, rng, rng.choice([2400, 2600])) for im in imgs]
            look = "phone_photo"
        else:
            shots = [ink.scan(im, rng, grey) for im in imgs]
            look = "image_pdf" if arr in ("one_pdf", "reversed_pdf", "two_pdfs") else "scan"
        jq = rng.randint(72, 90)
        jpgs = [jpeg(s, jq) for s in shots]
        if arr in ("one_pdf", "reversed_pdf"):
            order = [0, 1] if arr == "one_pdf" else [1, 0]
            fn = rng.choice(["scan_formulaire.pdf", "Numérisation_20261104.pdf", "S1106.pdf",
                             "doc_scanne.pdf", "demande PUMa signée.pdf"])  # fmt: skip
            write(folder, fn, image_pdf([jpgs[k] for k in order], dpi))
            files.append({"path": fn, "pages": [1, 2] if arr == "one_pdf" else [2, 1]})
        elif arr == "two_pdfs":
            n = rng.randint(1, 80)
            for k in (0, 1):
                fn = "Scan_%04d.pdf" % (n + k)
                write(folder, fn, image_pdf([jpgs[k]], dpi))
                files.append({"path": fn, "pages": [1]})
        elif arr in ("two_images", "two_images_p2_first"):
            n = rng.randint(10, 900)
            png = rng.random() < 0.25
            for k in (0, 1):
                num = n + k if arr == "two_images" else n + 1 - k
                fn = "scan_%04d.%s" % (num, "png" if png else "jpg")
                if png:
                    write(folder, fn, png_bytes(shots[k]))
                else:
                    write(folder, fn, jpgs[k])
                files.append({"path": fn, "pages": [1]})
        else:
            t = rng.randint(8 * 3600, 21 * 3600)
            for k in (0, 1):
                s = t + rng.randint(20, 90) * k
                hms = "%02d%02d%02d" % (s // 3600, s // 60 % 60, s % 60)
                fn = "IMG_%s_%s.jpg" % (signed_on or as_of, hms)
                fn = fn.replace("-", "")
                write(folder, fn, jpeg(shots[k], rng.randint(84, 93)))
                files.append({"path": fn, "pages": [1]})
    status = {"ok": "complete", "date_words": "complete", "no_date": "questionable",
              "none_ticked": "questionable", "two_ticked": "questionable"}.get(case, "invalid")  # fmt: skip
    emp = None
    if len(p["ticked"]) == 1:
        t = p["ticked"][0]
        emp = (
            "employed"
            if t in ("salarie", "independant")
            else "other"
            if t == "autre"
            else "not_employed"
        )
    signed = case not in ("unsigned", "label_only", "stray_mark")
    fields = dict(
        surname=v["nom_naissance"], usage_name=v["nom_usage"] or None, given_names=v["prenoms"],
        sex=p["sex"], date_of_birth=p["dob"].isoformat(), employment_status=emp,
        situation="+".join(p["ticked"]) or None, contract_type=p["contract"], signed=signed,
        signed_on=signed_on.isoformat() if signed_on else None, date_text=date_text,
        place=v["fait_a"], nir=p["nir"],
    )  # fmt: skip
    defect = None if status == "complete" and case == "ok" else DEFECTS[case]
    truth = {
        "as_of": as_of.isoformat(), "employed": None, "status": None, "requirements": None,
        "form_status": status, "defect": defect, "fill_way": fill, "case": case,
        "applicant": {"surname": fields["surname"], "given_names": fields["given_names"],
                      "date_of_birth": fields["date_of_birth"]},
        "documents": [{"files": files, "type": "application_form", "look": look,
                       "fields": fields,
                       "notes": "print run %s, %s, arrangement %s" % (spec["run"], fill, arr)}],
    }  # fmt: skip
    with open(os.path.join(out, "documents", name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return name


DEFECTS = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "dated after the audit date",
    "us_date": "date written MM/DD/YYYY",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked",
    "two_ticked": "two situation boxes ticked",
    "date_words": None,
}


def layout_box(run):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    geo, _ = layout.draw_page(c, 2, run)
    return geo["sig_box"]


def jpeg(arr, q):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=q)
    return buf.getvalue()


def png_bytes(arr):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "PNG", compress_level=6)
    return buf.getvalue()


def image_pdf(jpgs, dpi):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.W, layout.H), invariant=1)
    for j in jpgs:
        c.drawImage(ImageReader(io.BytesIO(j)), 0, 0, layout.W, layout.H)
        c.showPage()
    c.save()
    return buf.getvalue()


def write(folder, fn, data):
    with open(os.path.join(folder, fn), "wb") as f:
        f.write(data)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    only = os.environ.get("FORM_O_ONLY")
    names = []
    for spec in plan():
        if only and spec["i"] not in {int(x) for x in only.split(",")}:
            continue
        names.append(make_doc(spec, out))
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": [], "documents": names}, f, indent=2)


if __name__ == "__main__":
    main()
