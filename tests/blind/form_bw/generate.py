"""Blind set form_bw (wave 41): 20 PUMa application forms (cerfa 15763*02, S1106).

Usage: generate.py OUT_DIR
"""

import io
import json
import os
import random
import shutil
import sys

import cv2
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import acro  # noqa: E402
import ink  # noqa: E402
import layout  # noqa: E402
import looks  # noqa: E402
from people import PEOPLE  # noqa: E402

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
TYPED_FONTS = {
    "LibSans": TT + "liberation/LiberationSans-Regular.ttf",
    "LibMono": TT + "liberation/LiberationMono-Regular.ttf",
    "LibSerif": TT + "liberation/LiberationSerif-Regular.ttf",
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
    "DejaVuMono": TT + "dejavu/DejaVuSansMono.ttf",
    "Roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
}
SIT_KEYS = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "other",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CONTRACT_LABEL = {"CDI": "CDI", "CDD": "CDD", "interim": "intérim"}
STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
}
DEFECT = {
    "unsigned": "signature box left empty: the form is not signed",
    "future_date": "dated after the audit date",
    "us_date": "date written MM/DD/YYYY (11/18/2026): month 18 does not exist in DD/MM/YYYY",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
}
_geom = {}


def register_typed():
    layout.register_fonts()
    for name, path in TYPED_FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def geometry(run):
    if run not in _geom:
        c = canvas.Canvas(io.BytesIO(), pagesize=(layout.W, layout.H), invariant=1)
        f1 = layout.page1(c, run)
        c.showPage()
        f2 = layout.page2(c, run)
        _geom[run] = (f1, f2)
    return _geom[run]


def plan(p, run, skip_date=False):
    """(page, key, geometry, value) for every fillable place; value None when left empty."""
    f1, f2 = geometry(run)
    d, m, y = p["dob"][8:10], p["dob"][5:7], p["dob"][0:4]
    comb_run = run == "A"
    phone = p["phone"].replace(" ", "") if comb_run else p["phone"]
    vals = {
        "surname": p["surname"],
        "usage_name": p["usage_name"],
        "given_names": p["given_names"],
        "dob_d": d,
        "dob_m": m,
        "dob_y": y,
        "birth_place": p["birth_place"],
        "nationality": p["nationality"],
        "nir": p["nir"][:13] if p["nir"] else None,
        "nir_key": p["nir"][13:] if p["nir"] else None,
        "address": p["address"],
        "postcode": p["postcode"],
        "town": p["town"],
        "phone": phone,
        "email": p["email"],
        "job": p["job"],
        "other_text": p["other_text"],
        "sex_F": p["sex"] == "F",
        "sex_M": p["sex"] == "M",
    }
    for k in SIT_KEYS:
        vals["sit_" + k] = k in p["situation"]
    if run == "A":
        for k in ["CDI", "CDD", "interim", "autre"]:
            vals["ct_" + k] = p["contract"] == k
    else:
        vals["contract_line"] = CONTRACT_LABEL.get(p["contract"])
    out = []
    for key, g in f1.items():
        v = vals.get(key)
        if g["kind"] == "comb" and v:
            assert v == v.upper() and len(v) <= len(g["cells"]), (p["id"], key, v)
        out.append((1, key, g, v))
    out.append((2, "place", f2["place"], p["place"]))
    out.append((2, "date", f2["date"], None if skip_date else p["date_text"]))
    return out


# --------------------------------------------------------------------------- typed
def typed_draw(c, items, fonts, page):
    text_font, comb_font = fonts
    for pg, _key, g, v in items:
        if pg != page or not v:
            continue
        if g["kind"] == "comb":
            x, y, w, h = g["cells"][0]
            for (cx, cy, cw, ch), char in zip(g["cells"], v, strict=False):
                c.setFont(comb_font, 10)
                c.drawCentredString(cx + cw / 2, cy + (ch - 7) / 2, char)
        elif g["kind"] == "check":
            x, y, w, h = g["rect"]
            c.setFont(comb_font, h)
            c.drawCentredString(x + w / 2, y + h * 0.16, "X")
        elif g["kind"] == "cell":
            x, y, w, h = g["rect"]
            size = min(10, h * 0.62)
            c.setFont(text_font, size)
            c.drawString(x + 4, y + (h - size * 0.7) / 2, v)
        elif g["kind"] == "line":
            c.setFont(text_font, 10)
            c.drawString(g["x0"] + 4, g["y"] + 2.5, v)


def build_pdf(path, run, on_page=None):
    c = canvas.Canvas(path, pagesize=(layout.W, layout.H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    layout.page1(c, run)
    if on_page:
        on_page(c, 1)
    c.showPage()
    layout.page2(c, run)
    if on_page:
        on_page(c, 2)
    c.showPage()
    c.save()


def render(path, dpi, forms=False):
    pdf = pdfium.PdfDocument(path)
    if forms:
        pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        bmp = pdf[i].render(scale=dpi / 72, may_draw_forms=forms)
        out.append(bmp.to_pil().convert("RGB"))
    pdf.close()
    return out


# --------------------------------------------------------------------------- hand
def make_pen(p, rng):
    font, digits, color, pressure = p["pen"][:4]
    caps = p["pen"][4] if len(p["pen"]) > 4 else None
    return ink.Pen(
        rng,
        font=font,
        digits=digits,
        color=color,
        pressure=pressure,
        caps=caps,
        slant=rng.uniform(-3, 6),
        wobble=rng.uniform(0.7, 1.2),
        width=rng.uniform(0.9, 1.4),
    )


def hand_write(pages, items, pen, mark, only=None):
    for pg, key, g, v in items:
        if not v or (only and key not in only):
            continue
        page = pages[pg - 1]
        if g["kind"] == "comb":
            pen.comb(page, g["cells"], v)
        elif g["kind"] == "check":
            pen.tick(page, g["rect"], mark)
        elif g["kind"] == "cell":
            x, y, w, h = g["rect"]
            size = min(10.5, h * 0.62)
            pen.text(page, x + 4, y + h * 0.22, v, size, max_w=w - 8, box=(x, y, w, h))
        elif g["kind"] == "line":
            x0, x1, y = g["x0"], g["x1"], g["y"]
            pen.text(
                page, x0 + 4, y + 2.2, v, 11, max_w=x1 - x0 - 8, box=(x0, y - 3.5, x1 - x0, 17)
            )


def sign_page(page2, p, rng, run):
    pen = make_pen(p, rng)
    pen.width *= 1.1
    ink.sign(page2, pen, geometry(run)[1]["sign"]["rect"], p["sig"], p["surname"])


# --------------------------------------------------------------------------- acroform
NAMES_A = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "sex_F": "sexe_f",
    "sex_M": "sexe_m",
    "dob_d": "naiss_jj",
    "dob_m": "naiss_mm",
    "dob_y": "naiss_aaaa",
    "nationality": "nationalite",
    "birth_place": "lieu_naissance",
    "nir": "nir",
    "nir_key": "nir_cle",
    "address": "adresse",
    "postcode": "code_postal",
    "town": "commune",
    "phone": "telephone",
    "email": "courriel",
    "job": "emploi",
    "other_text": "autre_precisez",
    "place": "fait_a",
    "date": "fait_le",
}


def acro_fields(items, run):
    out = []
    for pg, key, g, v in items:
        name = NAMES_A.get(key, key)
        if run == "B":
            name = "".join(w.capitalize() for w in name.split("_"))
        if g["kind"] == "comb":
            cells = g["cells"]
            x0, y0 = cells[0][0], cells[0][1]
            x1 = cells[-1][0] + cells[-1][2]
            out.append(
                {
                    "page": pg - 1,
                    "name": name,
                    "kind": "comb",
                    "cells": cells,
                    "rect": (x0, y0, x1 - x0, cells[0][3]),
                    "value": v or "",
                    "size": 10,
                }
            )
        elif g["kind"] == "check":
            out.append(
                {"page": pg - 1, "name": name, "kind": "check", "rect": g["rect"], "value": bool(v)}
            )
        elif g["kind"] == "cell":
            out.append(
                {
                    "page": pg - 1,
                    "name": name,
                    "kind": "text",
                    "rect": g["rect"],
                    "value": v or "",
                    "size": 9,
                }
            )
        elif g["kind"] == "line":
            rect = (g["x0"] + 1, g["y"] + 0.8, g["x1"] - g["x0"] - 2, 13)
            out.append(
                {
                    "page": pg - 1,
                    "name": name,
                    "kind": "text",
                    "rect": rect,
                    "value": v or "",
                    "size": 10,
                }
            )
    return out


def acro_pdf(p, rng, out_path, tmp):
    run = p["run"]
    items = plan(p, run, skip_date=p["date_hand"])
    sig = None
    if p["fill"] == "acroform" and p["signed"]:
        png, aspect = ink.signature_png(rng, p["sig"], p["surname"])
        sig = (png, aspect)

    def on_page(c, n):
        if n == 2 and sig:
            x, y, w, h = geometry(run)[1]["sign"]["rect"]
            sw = w * rng.uniform(0.45, 0.65)
            sh = min(h * 0.8, sw * sig[1])
            sw = sh / sig[1] if sh < sw * sig[1] else sw
            c.drawImage(
                ImageReader(sig[0]), x + (w - sw) / 2, y + (h - sh) / 2, sw, sh, mask="auto"
            )

    base = os.path.join(tmp, p["id"] + "_base.pdf")
    build_pdf(base, run, on_page)
    acro.add_fields(base, out_path, acro_fields(items, run), with_ap=p.get("ap", True))
    return items


# --------------------------------------------------------------------------- output
def pages_for(p, rng, tmp):
    """Return the two finished page images (PIL) for raster fill ways."""
    run = p["run"]
    dpi = p.get("dpi") or (300 if p["look"] == "phone_photo" else 200)
    if p["fill"] == "hand":
        base = os.path.join(tmp, p["id"] + "_blank.pdf")
        build_pdf(base, run)
        pages = [ink.Page(im) for im in render(base, dpi)]
        pen = make_pen(p, rng)
        hand_write(pages, plan(p, run), pen, p["mark"])
    elif p["fill"] == "typed_print":
        register_typed()
        items = plan(p, run, skip_date=p["date_hand"])
        base = os.path.join(tmp, p["id"] + "_typed.pdf")
        build_pdf(base, run, lambda c, n: typed_draw(c, items, p["typed"], n))
        pages = [ink.Page(im) for im in render(base, dpi)]
    else:
        filled = os.path.join(tmp, p["id"] + "_filled.pdf")
        acro_pdf(p, rng, filled, tmp)
        pages = [ink.Page(im) for im in render(filled, dpi, forms=True)]
    if p["date_hand"] and p["date_text"]:
        pen = make_pen(p, rng)
        items = [it for it in plan(p, run) if it[1] == "date"]
        hand_write(pages, items, pen, "tick")
    if p["signed"]:
        sign_page(pages[1], p, rng, run)
    return [pg.image() for pg in pages], dpi


def write_doc(p, out_dir, tmp):
    rng = random.Random(f"form_bw-41-{p['id']}")
    folder = os.path.join(out_dir, "documents", p["id"])
    os.makedirs(folder, exist_ok=True)
    files = p["files"]
    if p["fill"] == "acroform":
        acro_pdf(p, rng, os.path.join(folder, files[0]), tmp)
        file_pages = [{"path": files[0], "pages": [1, 2]}]
    else:
        imgs, dpi = pages_for(p, rng, tmp)
        look, arr = p["look"], p["arr"]
        if look == "phone_photo":
            imgs = [
                looks.phone_photo(im, rng, rot) for im, rot in zip(imgs, p["rotate"], strict=True)
            ]
        else:
            imgs = [looks.scan(im, rng, grey=rng.random() < 0.6) for im in imgs]
        q = rng.randint(72, 90)
        if look == "image_pdf":
            jpgs = [looks.jpeg_bytes(im, q) for im in imgs]
            if arr == "pdf2":
                looks.images_pdf(os.path.join(folder, files[0]), jpgs)
                file_pages = [{"path": files[0], "pages": [1, 2]}]
            elif arr == "pdf2_rev":
                looks.images_pdf(os.path.join(folder, files[0]), jpgs[::-1])
                file_pages = [{"path": files[0], "pages": [2, 1]}]
            else:
                for name, data in zip(files, jpgs, strict=True):
                    looks.images_pdf(os.path.join(folder, name), [data])
                file_pages = [{"path": n, "pages": [1]} for n in files]
        else:
            for name, im in zip(files, imgs, strict=True):
                path = os.path.join(folder, name)
                if name.endswith(".png"):
                    im.save(path, "PNG", dpi=(dpi, dpi))
                else:
                    kw = {"dpi": (dpi, dpi)} if look == "scan" else {}
                    im.save(path, "JPEG", quality=q, **kw)
            file_pages = [{"path": n, "pages": [1]} for n in files]
    truth = make_truth(p, file_pages)
    with open(os.path.join(out_dir, "documents", p["id"] + ".truth.json"), "w") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)


def make_truth(p, file_pages):
    sits = p["situation"]
    if len(sits) == 1:
        employment, situation = EMPLOYMENT[sits[0]], sits[0]
    else:
        employment, situation = None, ("+".join(sits) if sits else None)
    fields = {
        "surname": p["surname"],
        "usage_name": p["usage_name"],
        "given_names": p["given_names"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": employment,
        "situation": situation,
        "contract_type": CONTRACT_LABEL.get(p["contract"]),
        "signed": p["signed"],
        "signed_on": p["signed_on"],
        "date_text": p["date_text"],
        "place": p["place"],
        "nir": p["nir"],
    }
    notes = f"{p['fill']} on print run {p['run']}, {p['look']}, arrangement {p['arr']}"
    if p["arr"] in ("pdf2_rev", "two_img_rev"):
        notes += " (page 2 comes first in file order)"
    if any(r for r in p["rotate"]) and p["look"] == "phone_photo":
        notes += f"; photos rotated {p['rotate']} degrees clockwise"
    if p["fill"] == "acroform":
        notes += "; AcroForm values " + ("with" if p.get("ap", True) else "without")
        notes += " appearance streams (NeedAppearances)" if not p.get("ap", True) else " AP"
    if p["other_text"]:
        notes += f"; 'autre' explained: {p['other_text']}"
    return {
        "as_of": p["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[p["case"]],
        "defect": DEFECT.get(p["case"]),
        "fill_way": p["fill"],
        "case": p["case"],
        "applicant": {
            "surname": p["surname"],
            "given_names": p["given_names"],
            "date_of_birth": p["dob"],
        },
        "documents": [
            {
                "files": file_pages,
                "type": "application_form",
                "look": p["look"],
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def check(p):
    if p["signed_on"]:
        assert p["signed_on"] <= p["as_of"] or p["case"] == "future_date", p["id"]
    assert "2026-11-16" <= p["as_of"] <= "2026-12-01", p["id"]
    assert p["fill"] != "acroform" or p["look"] == "text_pdf"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    tmp = os.path.join(out, ".tmp")
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(tmp, exist_ok=True)
    Image.init()
    only = set(os.environ.get("FORM_BW_ONLY", "").split(",")) - {""}
    for p in PEOPLE:
        check(p)
        if only and p["id"] not in only:
            continue
        write_doc(p, out, tmp)
    shutil.rmtree(tmp)
    manifest = {"packets": [], "documents": [p["id"] for p in PEOPLE]}
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=2)


if __name__ == "__main__":
    main()
