"""Blind test set form_az: 16 filled cerfa 15763*02 (S1106) application forms.

Usage: python generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import os
import random
import sys
import unicodedata

import cv2
import pikepdf
from reportlab.pdfgen import canvas

import degrade
import fill
import forms
import hand
from cases import CASES, EMPLOYMENT, MONTHS_FR, PEOPLE, SITUATION_ORDER, STATUS, nir_full

cv2.setNumThreads(1)
DPI = 200
HAND_KEYS = ["dkg", "rufscript", "breip", "ecolier", "dkg_it", "comic", "dancing", "kaushan"]
CONTRACT_LABEL = {"CDI": "CDI", "CDD": "CDD", "interim": "intérim"}


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def pick_font(rng, texts):
    keys = HAND_KEYS[:]
    rng.shuffle(keys)
    for k in keys:
        if all(hand.covers(k, t) for t in texts):
            return k, False
    plain = [strip_accents(t) for t in texts]
    for k in keys:
        if all(hand.covers(k, t) for t in plain):
            return k, True
    return "dkg", True


def dates(rng, case, as_of):
    """(signed_on ISO or None, date_text or None)."""
    if case == "no_date":
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(4, 30))
    else:
        d = as_of - dt.timedelta(days=rng.randint(1, 35))
    if case == "us_date":
        while d.day <= 12:
            d -= dt.timedelta(days=1)
        return d.isoformat(), "%02d/%02d/%d" % (d.month, d.day, d.year)
    if case == "date_words":
        return d.isoformat(), "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    return d.isoformat(), d.strftime("%d/%m/%Y")


def build_values(rng, p, case_row, as_of, fill_way, run):
    case, _, _, _, sits, contract, extra = case_row
    v = dict(p)
    y, m, d = p["dob"].split("-")
    v["dob_digits"] = d + m + y
    v["nir"] = nir_full(p["nir"])
    v["ticks"] = ["sex_" + p["sex"]] + ["sit_" + s for s in sits]
    if contract:
        v["ticks"].append("ct_" + contract)
    v["job_title"] = extra if "salarie" in sits else None
    v["autre_text"] = extra if "autre" in sits else None
    v["place"] = p["city"]
    v["signed_on"], v["date_text"] = dates(rng, case, as_of)
    v["sig_name"] = "%s %s" % (p["given_names"].split()[0], (p["usage_name"] or p["surname"]))
    v["sig_name"] = v["sig_name"].title()
    # capitals in comb boxes; by hand on lines, surnames in capitals, given names either way
    upper = ("surname", "usage_name", "given_names")
    if fill_way == "hand" and run != "r2019" and rng.random() < 0.6:
        upper = ("surname", "usage_name")
    if fill_way == "hand" or run == "r2019":
        for k in upper:
            if v[k]:
                v[k] = v[k].upper()
    return v


def render(rng, v, case, fill_way, run, idx):
    """Returns ('pdf', bytes) for the AcroForm file itself, or ('pages', [rgb, rgb])."""
    sig = {"unsigned": None, "label_only": None, "stray_mark": "stray"}.get(case, "sign")
    ink = rng.choice(["blue", "blue", "black", "dark_blue"])
    if fill_way == "acroform":
        png = hand.signature_png(rng, v["sig_name"], ink) if sig == "sign" else None
        data, _, _ = fill.acro_pdf(run, v, rng, png, strip_ap=(idx % 2 == 1))
        return "pdf", data, {"appearance_streams": idx % 2 == 0}
    texts = [v["place"], v["date_text"] or ""]
    if fill_way == "hand":
        texts += [t for _, t in fill.value_items(v, fill.blank_lays(run)[0])]
    fk, stripped = pick_font(rng, texts)
    if stripped:
        for k in ("surname", "usage_name", "given_names", "birth_place", "birth_country"):
            if v[k]:
                v[k] = strip_accents(v[k])
    meta = {"hand_font": fk, "ink": ink}
    if fill_way == "hand":
        data = blank_pdf(run)
        l1, l2 = fill.blank_lays(run)
        pages = fill.rasterize(data, DPI)
        fill.hand_page1(pages[0], DPI, l1, v, rng, fk, ink)
        fill.hand_page2(pages[1], DPI, l2, v, rng, fk, ink, sig=sig)
    elif fill_way == "typed_print":
        typed_date = rng.random() < 0.5
        data, l1, l2 = fill.typed_pdf(run, v, rng, typed_date=typed_date, typed_place=typed_date)
        pages = fill.rasterize(data, DPI)
        fill.hand_page2(
            pages[1], DPI, l2, v, rng, fk, ink, place=not typed_date, date=not typed_date, sig=sig
        )
        meta["date_typed"] = typed_date
    else:  # acroform_printed
        hand_date = rng.random() < 0.4
        vv = {**v, "date_text": None} if hand_date else v
        data, l1, l2 = fill.typed_pdf(
            run, vv, rng, typed_date=not hand_date, typed_place=True, acro_look=True
        )
        pages = fill.rasterize(data, DPI)
        fill.hand_page2(pages[1], DPI, l2, v, rng, fk, ink, place=False, date=hand_date, sig=sig)
        meta["date_by_hand"] = hand_date
    return "pages", pages, meta


def blank_pdf(run):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(forms.W, forms.H), invariant=1)
    forms.draw_page1(c, run)
    c.showPage()
    forms.draw_page2(c, run)
    c.showPage()
    c.save()
    return buf.getvalue()


def reorder_pdf(data, order):
    src = pikepdf.open(io.BytesIO(data))
    out = pikepdf.new()
    for i in order:
        out.pages.append(src.pages[i])
    if "/AcroForm" in src.Root:
        out.Root.AcroForm = out.copy_foreign(src.Root.AcroForm)
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True)
    return buf.getvalue()


def arrange(rng, kind, payload, arrangement, folder, idx):
    """Write the files; return (files list for truth, look)."""
    base = ["formulaire_S1106", "demande_PUMa", "cerfa_15763", "formulaire_cpam", "S1106_rempli"]
    name = rng.choice(base)
    if kind == "pdf":
        if arrangement == "one_pdf":
            files = [(name + ".pdf", payload, [1, 2])]
        elif arrangement == "reverse_pdf":
            files = [(name + ".pdf", reorder_pdf(payload, [1, 0]), [2, 1])]
        else:
            files = [
                (name + "_p1.pdf", reorder_pdf(payload, [0]), [1]),
                (name + "_p2.pdf", reorder_pdf(payload, [1]), [1]),
            ]
        for fn, data, _ in files:
            with open(os.path.join(folder, fn), "wb") as fh:
                fh.write(data)
        return [{"path": fn, "pages": pg} for fn, _, pg in files], "text_pdf"
    pages = payload
    q = rng.randint(72, 90)
    if arrangement in ("one_pdf", "reverse_pdf", "two_pdfs"):
        out_dpi = rng.choice([150, 200])
        imgs = [degrade.scan(p, rng, out_dpi, DPI) for p in pages]
        scan_no = rng.randint(100, 990)
        if arrangement == "one_pdf":
            fn = "scan%04d.pdf" % scan_no if rng.random() < 0.5 else name + ".pdf"
            degrade.image_pdf(imgs, os.path.join(folder, fn), q)
            return [{"path": fn, "pages": [1, 2]}], "image_pdf"
        if arrangement == "reverse_pdf":
            fn = "Numérisation_%04d.pdf" % scan_no
            degrade.image_pdf(imgs[::-1], os.path.join(folder, fn), q)
            return [{"path": fn, "pages": [2, 1]}], "image_pdf"
        fns = (
            ["page1.pdf", "page2.pdf"]
            if rng.random() < 0.5
            else [
                "doc%05d.pdf" % (scan_no * 10),
                "doc%05d.pdf" % (scan_no * 10 + 1),
            ]
        )
        for fn, im in zip(fns, imgs, strict=False):
            degrade.image_pdf([im], os.path.join(folder, fn), q, producer="HP Smart")
        return [{"path": fn, "pages": [1]} for fn in fns], "image_pdf"
    if arrangement in ("two_images", "two_images_rev"):
        out_dpi = rng.choice([150, 200, 300]) if idx % 3 else 150
        imgs = [degrade.scan(p, rng, out_dpi, DPI) for p in pages]
        n = rng.randint(10, 80)
        if arrangement == "two_images":
            fns = ["scan_%04d.jpg" % n, "scan_%04d.jpg" % (n + 1)]
        else:  # the scanner numbered page 2 first
            fns = ["SCAN%04d.jpg" % (n + 1), "SCAN%04d.jpg" % n]
        for fn, im in zip(fns, imgs, strict=False):
            degrade.save_jpeg(im, os.path.join(folder, fn), q, dpi=out_dpi)
        return [{"path": fn, "pages": [1]} for fn in fns], "scan"
    # phone photos of each page, some rotated
    n = rng.randint(1000, 9000)
    stamp = "IMG_202611%02d_%02d%02d" % (rng.randint(2, 15), rng.randint(8, 22), rng.randint(0, 59))
    fns = ["%s%02d.jpg" % (stamp, s) for s in (rng.randint(0, 20), rng.randint(30, 59))]
    if idx % 2:
        fns = ["IMG_%04d.jpg" % n, "IMG_%04d.jpg" % (n + 1)]
    quarters = [rng.choice([0, 0, 1, 2, 3]) for _ in pages]
    for fn, p, qt in zip(fns, pages, quarters, strict=False):
        img = degrade.rotate(degrade.photo(p, rng), qt)
        degrade.save_jpeg(img, os.path.join(folder, fn), rng.randint(82, 93))
    rot = "; ".join(
        "%s rotated %d ccw" % (fn, 90 * qt) for fn, qt in zip(fns, quarters, strict=False) if qt
    )
    files = [{"path": fn, "pages": [1]} for fn in fns]
    return files, "phone_photo" + ("|" + rot if rot else "")


def truth(v, p, case_row, as_of, fill_way, files, look, meta):
    case, _, run, arrangement, sits, contract, _ = case_row
    sits = [s for s in SITUATION_ORDER if s in sits]
    one = len(sits) == 1
    fields = {
        "surname": v["surname"],
        "usage_name": v["usage_name"],
        "given_names": v["given_names"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": EMPLOYMENT[sits[0]] if one else None,
        "situation": "+".join(sits) if sits else None,
        "contract_type": CONTRACT_LABEL.get(contract) if one else None,
        "signed": case not in ("unsigned", "label_only", "stray_mark"),
        "signed_on": v["signed_on"],
        "date_text": v["date_text"],
        "place": v["place"],
        "nir": v["nir"],
    }
    notes = "print run %s, filled %s, arranged %s" % (run, fill_way, arrangement)
    notes += "; " + ", ".join("%s=%s" % kv for kv in sorted(meta.items()))
    if v.get("job_title"):
        notes += "; emploi: " + v["job_title"]
    if v.get("autre_text"):
        notes += "; autre: " + v["autre_text"]
    return {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": None if STATUS[case] == "complete" else case,
        "fill_way": fill_way,
        "case": case,
        "applicant": {
            "surname": v["surname"],
            "given_names": v["given_names"],
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


def main(out):
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    names = []
    for i, (p, row) in enumerate(zip(PEOPLE, CASES, strict=False), 1):
        name = "d%03d" % i
        rng = random.Random("form_az-%d" % i)
        case, fill_way, run, arrangement = row[:4]
        as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
        v = build_values(rng, p, row, as_of, fill_way, run)
        kind, payload, meta = render(rng, v, case, fill_way, run, i)
        folder = os.path.join(out, "documents", name)
        os.makedirs(folder, exist_ok=True)
        files, look = arrange(rng, kind, payload, arrangement, folder, i)
        look, _, rot = look.partition("|")
        if rot:
            meta["photos"] = rot
        t = truth(v, p, row, as_of, fill_way, files, look, meta)
        with open(os.path.join(out, "documents", name + ".truth.json"), "w") as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        names.append(name)
        print(name, case, fill_way, arrangement, look, file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": [], "documents": names}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
