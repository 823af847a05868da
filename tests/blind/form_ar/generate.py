"""Blind set form_ar: 16 PUMa application forms (cerfa 15763*02, S1106).

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import random
import shutil
import sys
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.utils import ImageReader

sys.path.insert(0, str(Path(__file__).resolve().parent))

import degrade  # noqa: E402
import form_layout as fl  # noqa: E402
import handwriting as hw  # noqa: E402
from people import PEOPLE, PLAN  # noqa: E402

SEED = 15763
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
SIT_KEYS = {code: key for key, code, _ in fl.SITUATIONS}
CT_KEYS = {"CDI": "ct_cdi", "CDD": "ct_cdd", "Intérim": "ct_interim"}
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
DEFECTS = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "only a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (month first)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
# LiveCycle-like field names of the fillable PDF
FIELD_NAMES = {
    "nom_naissance": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "sexe_f": "SexeF",
    "sexe_m": "SexeM",
    "date_naissance": "DateNaissance",
    "lieu_commune": "LieuNaissanceCommune",
    "lieu_pays": "LieuNaissancePays",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "adresse": "Adresse",
    "code_postal": "CodePostal",
    "commune": "Commune",
    "telephone": "Telephone",
    "email": "Courriel",
    "employeur": "Employeur",
    "emploi": "Emploi",
    "autre_precision": "AutrePrecision",
    "place": "FaitA",
    "date": "DateSignature",
}
PLACES = {"Issy-les-Moulineaux": "Issy-les-Mx"}


def nir_for(p, rng):
    """Foreign-born NIR: sex, YY, MM, 99, INSEE country code, order number, key."""
    if not p["insee"]:
        return None
    y, m, _ = p["dob"].split("-")
    body = ("1" if p["sex"] == "M" else "2") + y[2:] + m + "99" + p["insee"]
    body += f"{rng.randint(1, 450):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def fr_date(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def word_date(d):
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def plan_dates(rng, case):
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed = as_of - dt.timedelta(days=rng.randint(4, 40))
    text = fr_date(signed)
    if case == "future_date":
        signed = as_of + dt.timedelta(days=rng.randint(3, 25))
        text = fr_date(signed)
    elif case == "us_date":
        while signed.day <= 12:
            signed -= dt.timedelta(days=1)
        text = f"{signed.month:02d}/{signed.day:02d}/{signed.year}"
    elif case == "date_words":
        text = word_date(signed)
    elif case == "no_date":
        return as_of, None, None
    return as_of, signed, text


def form_values(p, nir, case, caps, rng):
    """Text values and ticked boxes as the applicant puts them on the form."""

    def cap(s):
        return s.upper() if caps else s

    y, m, d = p["dob"].split("-")
    v = {
        "nom_naissance": p["surname"],
        "nom_usage": p["usage"] or "",
        "prenoms": cap(p["given"]),
        "date_naissance": d + m + y,
        "lieu_commune": cap(p["city"]),
        "lieu_pays": cap(p["country"]),
        "nationalite": cap(p["nat"]),
        "nir": nir or "",
        "adresse": p["address"],
        "code_postal": p["cp"],
        "commune": cap(p["commune"]),
        "telephone": "0{} {:02d} {:02d} {:02d} {:02d}".format(
            rng.choice([6, 7]), *[rng.randint(0, 99) for _ in range(4)]
        ),
        "email": p["email"],
    }
    ticks = {"sexe_f" if p["sex"] == "F" else "sexe_m"}
    sits = list(p["sit"])
    if case == "none_ticked":
        sits = []
    for s in sits:
        ticks.add(SIT_KEYS[s])
    if "salarie" in sits:
        ticks.add(CT_KEYS[p["contract"]])
        v["employeur"] = p["employer"]
        v["emploi"] = p["job"]
    if "autre" in sits:
        v["autre_precision"] = p["autre"]
    return {k: val for k, val in v.items() if val}, ticks, sits


# ----- filling ---------------------------------------------------------------------------
def typed_hook(values, ticks, font, size, page_keys):
    def hook(c, page, pos):
        c.setFillColorRGB(0, 0, 0)
        for key, val in values.items():
            if key not in pos or key not in page_keys[page]:
                continue
            f = pos[key]
            if f["kind"] == "comb":
                c.setFont(font, size)
                for (x, y, w, h), ch in zip(f["cells"], val.upper() if font else val):
                    c.drawCentredString(x + w / 2, y + (h - size * 0.7) / 2, ch)
            else:
                x, y, w, h = f["rect"]
                fs = size
                while fl.pdfmetrics.stringWidth(val, font, fs) > w and fs > 6:
                    fs -= 0.5
                c.setFont(font, fs)
                c.drawString(x + 1, y + max(2, (h - fs * 0.7) / 2), val)
        for key in ticks:
            if key in pos:
                x, y, w, h = pos[key]["rect"]
                c.setFont(font, h * 1.1)
                c.drawCentredString(x + w / 2, y + h * 0.12, "X")

    return hook


def acro_hook(values, ticks, sig_img, prefix, style):
    def hook(c, page, pos):
        af = c.acroForm
        pfx = f"{prefix}.Page{page}[0]."
        for key, f in pos.items():
            name = FIELD_NAMES.get(key)
            if f["kind"] == "box" and key != "sig":
                fname = pfx + (name or key.replace("_", "").title()) + "[0]"
                x, y, w, h = f["rect"]
                af.checkbox(
                    name=fname,
                    x=x,
                    y=y,
                    size=w,
                    checked=key in ticks,
                    buttonStyle=style,
                    borderWidth=0,
                    fillColor=fl_transparent(),
                    textColor=fl_black(),
                    fieldFlags="",
                    forceBorder=False,
                )
            elif name:
                val = values.get(key, "")
                if f["kind"] == "comb":
                    # one single-character field per comb cell, as in many fillable cerfas
                    for j, (x, y, w, h) in enumerate(f["cells"]):
                        af.textfield(
                            name=pfx + name + f"[{j}]",
                            value=val[j] if j < len(val) else "",
                            x=x,
                            y=y,
                            width=w,
                            height=h,
                            maxlen=1,
                            borderWidth=0,
                            fillColor=fl_transparent(),
                            textColor=fl_black(),
                            fontName="Helvetica",
                            fontSize=min(10, h * 0.7),
                            forceBorder=False,
                        )
                else:
                    x, y, w, h = f["rect"]
                    af.textfield(
                        name=pfx + name + "[0]",
                        value=val,
                        x=x,
                        y=y,
                        width=w,
                        height=max(h, 11),
                        borderWidth=0,
                        fillColor=fl_transparent(),
                        textColor=fl_black(),
                        fontName="Helvetica",
                        fontSize=9,
                        forceBorder=False,
                    )
        if page == 2 and sig_img is not None:
            x, y, w, h = pos["sig"]["rect"]
            iw, ih = sig_img.size
            sc = min(w * 0.75 / iw, h * 0.8 / ih)
            c.drawImage(
                ImageReader(sig_img),
                x + (w - iw * sc) / 2,
                y + (h - ih * sc) / 2,
                iw * sc,
                ih * sc,
                mask="auto",
            )

    return hook


def fl_transparent():
    from reportlab.lib.colors import Color

    return Color(1, 1, 1, alpha=0)


def fl_black():
    from reportlab.lib.colors import black

    return black


def strip_appearances(data):
    """Drop the widgets' appearance streams and ask viewers to regenerate them."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/Subtype") == "/Widget" and annot.get("/FT") == "/Tx":
                if "/AP" in annot:
                    del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def rasterize(data, dpi, forms=False):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    pages = []
    for i in range(len(pdf)):
        bm = pdf[i].render(scale=dpi / 72, may_draw_forms=forms)
        pages.append(bm.to_pil().convert("RGB"))
    pdf.close()
    return pages


def px_rect(rect, k):
    x, y, w, h = rect
    return (x * k, (fl.PAGE_H - y - h) * k, w * k, h * k)


def hand_text(layer, rect, text, k, rng, size_ratio=0.95):
    x, y, w, h = px_rect(rect, k)
    size = hw.cap_size(layer.font_path, min(h, 14 * k) * 0.74 * size_ratio)
    f = hw._font(layer.font_path, size)
    while f.getlength(text) > w * 0.98 and size > 6 * k:
        size *= 0.92
        f = hw._font(layer.font_path, size)
    layer.text(
        x + rng.uniform(0, 6) * k, y + h - 2.5 * k, text, size, slope=rng.uniform(-0.02, 0.01)
    )


def ink_pages(pages, pos, dpi, rng, hand_values, ticks, sign, person, stray, font, hand_date):
    """Handwrite values, ticks, date and signature on the page rasters; return new rasters."""
    k = dpi / 72
    out = []
    ink = rng.choice(["blue", "blue", "black", "darkblue"])
    for i, img in enumerate(pages):
        layer = hw.InkLayer(img.size, rng, font=font)
        p = pos[i]
        for key, val in hand_values.items():
            if key not in p:
                continue
            f = p[key]
            if f["kind"] == "comb":
                cells = [px_rect(c, k) for c in f["cells"]]
                layer.comb(cells, val.upper(), 0)
            else:
                hand_text(layer, f["rect"], val, k, rng)
        for key in sorted(ticks):
            if key in p:
                layer.tick(px_rect(p[key]["rect"], k))
        if i == 1:
            if hand_date:
                hand_text(layer, p["date"]["rect"], hand_date, k, rng, 1.1)
            box = px_rect(p["sig"]["rect"], k)
            if sign:
                hw.place_signature(layer, rng, person["given"], person["surname"], box)
            if stray:
                layer.stray(box)
        out.append(layer.composite(img, ink))
    return out


# ----- one document ----------------------------------------------------------------------
def make_doc(doc_id, pidx, fill, case, run, arrangement, out_dir):
    rng = random.Random(f"{SEED}-{doc_id}")
    p = PEOPLE[pidx]
    as_of, signed_on, date_text = plan_dates(rng, case)
    nir = nir_for(p, rng)
    caps = fill == "hand" or rng.random() < 0.3
    values, ticks, sits = form_values(p, nir, case, caps, rng)
    if case == "two_ticked" and len(sits) < 2:
        raise ValueError(doc_id)
    place = PLACES.get(p["commune"], p["commune"])
    if fill == "hand":
        place = place.upper() if rng.random() < 0.4 else place
    signs = case not in ("unsigned", "label_only", "stray_mark")
    if case == "label_only" and fl.RUNS[run]["sig"] == "above":
        raise ValueError("label_only needs a run with the word inside the box")

    # who writes the date and the place: typed in the PDF or by hand after printing
    page1_keys = set(values) - {"place", "date"}
    typed = dict(values)
    hand_date = None
    if fill == "hand":
        typed = {}
        hand_date = date_text
    elif fill == "typed_print":
        typed["place"] = place
        if date_text and (rng.random() < 0.5 or case == "date_words"):
            hand_date = date_text
        elif date_text:
            typed["date"] = date_text
    elif fill == "acroform_printed":
        typed["place"] = place
        if date_text and case in ("date_words", "future_date"):
            hand_date = date_text
        elif date_text:
            typed["date"] = date_text
    else:
        typed["place"] = place
        if date_text:
            typed["date"] = date_text
    page_keys = {1: page1_keys, 2: {"place", "date"}}
    dd = Path(out_dir) / "documents" / doc_id
    if dd.exists():
        shutil.rmtree(dd)
    dd.mkdir(parents=True)
    prefix = rng.choice(["topmostSubform[0]", "form1[0]"])
    files, look = [], None

    if fill == "acroform":
        sig = hw.signature_rgba(rng, p["given"], p["surname"]) if signs else None
        buf = io.BytesIO()
        hook = acro_hook(typed, ticks, sig, prefix, rng.choice(["cross", "check"]))
        fl.build_pdf(buf, run, hook)
        data = buf.getvalue()
        if doc_id in ("d005", "d015"):
            data = strip_appearances(data)
        look = "text_pdf"
        if arrangement == "one_pdf":
            name = rng.choice(["S1106_formulaire_rempli.pdf", "cerfa_15763-02.pdf"])
            (dd / name).write_bytes(data)
            files = [{"path": name, "pages": [1, 2]}]
        else:
            for i, name in enumerate(["demande_PUMa_p1.pdf", "demande_PUMa_p2.pdf"]):
                one = pikepdf.open(io.BytesIO(data))
                del one.pages[1 - i]
                one.Root.AcroForm.Fields = pikepdf.Array(
                    [a for a in one.pages[0].get("/Annots", []) if "/FT" in a]
                )
                one.save(dd / name, deterministic_id=True)
                files.append({"path": name, "pages": [1]})
    else:
        buf = io.BytesIO()
        if fill == "acroform_printed":
            hook = acro_hook(typed, ticks, None, prefix, rng.choice(["cross", "check"]))
        elif fill == "typed_print":
            font = rng.choice(["LSans", "DSerif", "Mono", "Carlito"])
            hook = typed_hook(typed, ticks, font, rng.choice([9.5, 10, 11]), page_keys)
        else:
            hook = None
        pos = fl.build_pdf(buf, run, hook)
        look = {
            "one_pdf": "image_pdf",
            "reversed_pdf": "image_pdf",
            "two_pdfs": "image_pdf",
            "two_images": "scan",
            "two_images_rev_names": "scan",
            "phone_photos": "phone_photo",
        }[arrangement]
        dpi = {"image_pdf": 200, "scan": rng.choice([150, 200, 300]), "phone_photo": 220}[look]
        pages = rasterize(buf.getvalue(), dpi, forms=fill == "acroform_printed")
        hand_values = dict(values, place=place) if fill == "hand" else {}
        hand_ticks = ticks if fill == "hand" else set()
        font = rng.choice(list(hw.HAND_FONTS))
        pages = ink_pages(
            pages,
            pos,
            dpi,
            rng,
            hand_values,
            hand_ticks,
            signs,
            p,
            case == "stray_mark",
            font,
            hand_date,
        )
        files = save_raster(pages, arrangement, look, dd, rng)

    fields = {
        "surname": p["surname"],
        "usage_name": p["usage"],
        "given_names": values["prenoms"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(s for _, s, _ in fl.SITUATIONS if s in sits) or None,
        "contract_type": p.get("contract") if "salarie" in sits else None,
        "signed": signs,
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": date_text,
        "place": place,
        "nir": nir,
    }
    notes = f"print run {run}; fill {fill}; arrangement {arrangement}"
    if fill == "acroform" and doc_id in ("d005", "d015"):
        notes += "; text fields without appearance streams (NeedAppearances)"
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "defect": DEFECTS.get(case),
        "form_status": STATUS[case],
        "fill_way": fill,
        "case": case,
        "print_run": run,
        "arrangement": arrangement,
        "applicant": {
            "surname": p["surname"],
            "given_names": p["given"],
            "date_of_birth": p["dob"],
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
    (Path(out_dir) / "documents" / f"{doc_id}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def save_raster(pages, arrangement, look, dd, rng):
    """Degrade and write the two page rasters; return truth 'files' (page 1 first)."""
    if look == "phone_photo":
        rots = [rng.choice([0, 0, 90, 270, 180]) for _ in pages]
        if not any(rots):
            rots[rng.randrange(2)] = rng.choice([90, 270])
        imgs = [degrade.phone_photo(im, rng, r) for im, r in zip(pages, rots)]
        n = rng.randint(2100, 9800)
        names = [f"IMG_{n}.jpg", f"IMG_{n + rng.randint(1, 3)}.jpg"]
        for im, name in zip(imgs, names):
            (dd / name).write_bytes(degrade.jpeg_bytes(im, rng.randint(82, 92)))
        return [{"path": nm, "pages": [1], "rotation": r} for nm, r in zip(names, rots)]
    scans = [degrade.scan(im, rng) for im in pages]
    if arrangement in ("one_pdf", "reversed_pdf"):
        name = rng.choice(["scan_formulaire.pdf", "Numérisation_0003.pdf", "cerfa PUMa.pdf"])
        order = scans if arrangement == "one_pdf" else scans[::-1]
        degrade.image_pdf(order, dd / name, rng)
        return [{"path": name, "pages": [1, 2] if arrangement == "one_pdf" else [2, 1]}]
    if arrangement == "two_pdfs":
        names = ["formulaire page 1.pdf", "formulaire page 2.pdf"]
        for im, name in zip(scans, names):
            degrade.image_pdf([im], dd / name, rng)
        return [{"path": nm, "pages": [1]} for nm in names]
    n = rng.randint(10, 480)
    ext = rng.choice(["jpg", "jpg", "png"])
    if arrangement == "two_images":
        names = [f"scan_{n:04d}.{ext}", f"scan_{n + 1:04d}.{ext}"]
    else:  # names sort page 2 first: the sheets went through the scanner in reverse order
        names = [f"scan_{n + 1:04d}.{ext}", f"scan_{n:04d}.{ext}"]
    for im, name in zip(scans, names):
        if ext == "png":
            im.convert("L").save(dd / name, "PNG", optimize=False)
        else:
            (dd / name).write_bytes(degrade.jpeg_bytes(im, rng.randint(78, 92)))
    return [{"path": nm, "pages": [1]} for nm in names]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    for row in PLAN:
        make_doc(*row, out)
        print(row[0], file=sys.stderr)
    manifest = {"packets": [], "documents": [r[0] for r in PLAN]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
