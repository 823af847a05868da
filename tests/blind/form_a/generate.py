"""Blind test set `form_a`: variants of the cerfa 15763*02 (S1106) application form.

Usage (from the repository root):
    .venv/bin/python tests/blind/form_a/generate.py OUT_DIR

Writes OUT_DIR/manifest.json and, per variant, OUT_DIR/documents/<name>/ (the files) and
OUT_DIR/documents/<name>.truth.json. Deterministic: every random choice comes from a seed
derived from the variant name; no clock, no network.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import shutil
import sys
import time
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cerfa  # noqa: E402
import degrade  # noqa: E402
import fill  # noqa: E402
import fonts  # noqa: E402
import people  # noqa: E402
import pikepdf  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from variants import V  # noqa: E402

SET_ID = "form_a"
MOIS = [
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
    "etudiant": "not_employed",
    "inactif": "not_employed",
    "autre": "other",
    "none": None,
    "several": None,
}
NIR_COUNTRY = {"Chine": "216"}


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fr_date(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def nir_for(p: dict, rng: random.Random) -> str:
    """Provisional-style NIR of a person born abroad: sex, YY, MM, 99, country, order, key."""
    d = dt.date.fromisoformat(p["dob"])
    body = "%d%02d%02d99%s%03d" % (
        1 if p["sex"] == "M" else 2,
        d.year % 100,
        d.month,
        NIR_COUNTRY.get(p["country"], "216"),
        rng.randint(1, 999),
    )
    key = 97 - int(body) % 97
    return body + "%02d" % key


# --------------------------------------------------------------------------- dates
def signing_date(spec, rng):
    as_of = dt.date.fromisoformat(spec["as_of"])
    kind = spec["date"]
    if kind in ("future", "future_words"):
        return as_of + dt.timedelta(days=rng.randint(4, 20))
    if kind == "words_1er":
        return dt.date(as_of.year, as_of.month, 1)
    if kind == "us":
        for k in range(2, 40):
            d = as_of - dt.timedelta(days=k + rng.randint(0, 3))
            if d.day > 12:
                return d
    return as_of - dt.timedelta(days=rng.randint(2, 28))


def date_strings(kind, d: dt.date, comb: bool):
    """(text as written, 8 comb digits with spaces for blanks, signed_on ISO or None)."""
    dd, mm, yy = "%02d" % d.day, "%02d" % d.month, "%04d" % d.year
    if kind == "missing":
        return "", "        ", None
    if kind == "us":
        return f"{mm}/{dd}/{yy}", mm + dd + yy, d.isoformat()
    if kind == "partial":
        return f"/{mm}/{yy}", "  " + mm + yy, None
    if kind in ("words", "future_words"):
        return f"{d.day} {MOIS[d.month - 1]} {d.year}", None, d.isoformat()
    if kind == "words_1er":
        return f"1er {MOIS[d.month - 1]} {d.year}", None, d.isoformat()
    if kind == "dots" and not comb:
        return f"{dd}.{mm}.{yy}", None, d.isoformat()
    if kind == "dash" and not comb:
        return f"{dd}-{mm}-{yy}", None, d.isoformat()
    return f"{dd}/{mm}/{yy}", dd + mm + yy, d.isoformat()


# --------------------------------------------------------------------------- values
def build_values(spec, p, rng, mode):
    """mode: hand (capitals as asked by the form) or typed."""
    hand_mode = mode == "hand"
    up = (
        (lambda s: strip_accents(s).upper()) if spec.get("strip_accents") else (lambda s: s.upper())
    )
    surname = up(p["surname"])
    usage = up(p["usage"]) if p["usage"] else ""
    given = up(p["given"]) if hand_mode or rng.random() < 0.4 else p["given"]
    town_case = up if hand_mode else (lambda s: s)
    d = dt.date.fromisoformat(p["dob"])
    v = {
        "nom_naissance": surname,
        "nom_usage": usage,
        "prenoms": given,
        "date_naissance": "%02d%02d%04d" % (d.day, d.month, d.year),
        "lieu_commune": town_case(p["city"]),
        "lieu_pays": town_case(p["country"]),
        "nationalite": town_case(p["nat"]),
        "adresse": town_case(p["street"]) if rng.random() < 0.5 or not hand_mode else p["street"],
        "code_postal": p["cp"],
        "commune": town_case(p["town"]),
        "telephone": p["tel"],
        "courriel": p["mail"],
    }
    if spec.get("nir"):
        v["nir"] = nir_for(p, rng)
    checks = ["sexe_F" if p["sex"] == "F" else "sexe_M"]
    sit = spec["situation"]
    sits = spec.get("several") if sit == "several" else ([] if sit == "none" else [sit])
    contract = None
    for s in sits:
        checks.append(fill.SITUATION_BOX[s])
        if s == "salarie":
            v["profession"] = p["job"]
            v["employeur"] = p["employer"]
            v["date_embauche"] = fr_date(dt.date.fromisoformat(p["start"]))
            contract = spec["contract"]
            if contract == "CDI":
                checks.append("ct_cdi")
            elif contract == "CDD":
                checks.append("ct_cdd")
            else:
                checks.append("ct_autre")
                v["ct_autre_txt"] = "Intérim" if not hand_mode else "INTÉRIM"
        elif s == "independant":
            v["siret"] = p.get("siret", "")
        elif s == "etudiant":
            v["etablissement"] = p["school"]
        elif s == "autre":
            v["autre_txt"] = spec["autre"]
    if spec.get("school_anyway"):
        v["etablissement"] = p["school"]
    if hand_mode:
        for k in ("profession", "employeur", "etablissement", "autre_txt"):
            if k in v and rng.random() < 0.6:
                v[k] = up(v[k])
    v["fait_a"] = town_case(p["town"])
    return v, checks, contract


# --------------------------------------------------------------------------- rendering
def render_pdf(pdf_bytes, dpi, forms=False):
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def draw_pdf(style, hook=None) -> tuple[bytes, cerfa.Anchors]:
    buf = io.BytesIO()
    c = cerfa.new_canvas(buf)
    a = cerfa.draw_form(c, style, hook)
    c.save()
    return buf.getvalue(), a


def jpegs_to_pdf(items, path):
    pdf = pikepdf.new()
    for data, w, h, mode in items:
        img = pikepdf.Stream(pdf, data)
        img.Type = pikepdf.Name.XObject
        img.Subtype = pikepdf.Name.Image
        img.Width, img.Height = w, h
        img.ColorSpace = pikepdf.Name.DeviceGray if mode == "L" else pikepdf.Name.DeviceRGB
        img.BitsPerComponent = 8
        img.Filter = pikepdf.Name.DCTDecode
        pw, ph = 595.28, 841.89
        content = pikepdf.Stream(pdf, b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph))
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, pw, ph],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)),
            Contents=content,
        )
        pdf.pages.append(pikepdf.Page(page))
    pdf.save(path, deterministic_id=True)


def jpeg_bytes(img, q, dpi=None):
    buf = io.BytesIO()
    kw = dict(quality=q)
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


# --------------------------------------------------------------------------- one variant
def build(spec, out_dir):
    name = spec["name"]
    rng = random.Random(seed_of(name))
    p = people.P[spec["person"]]
    style = cerfa.Style.random(rng, **spec.get("style", {}))
    if spec["date"] in ("words", "words_1er", "future_words", "dots", "dash"):
        style.date_style = "line"
    if spec["sig"] == "label_only":
        style.sig_label = "inside"
    method, look = spec["method"], spec["look"]
    mode = "hand" if method == "hand" else "typed"
    values, checks, contract = build_values(spec, p, rng, mode)
    signed_d = signing_date(spec, rng)
    comb_date = style.date_style == "comb"
    date_text, date_digits, signed_on = date_strings(spec["date"], signed_d, comb_date)
    if comb_date and date_digits is None:
        raise ValueError(f"{name}: date kind {spec['date']} cannot go in comb boxes")
    if comb_date:
        # what a reader sees in the boxes, with the printed slashes
        date_text = (
            ("%s/%s/%s" % (date_digits[:2], date_digits[2:4], date_digits[4:])).strip()
            if date_digits.strip()
            else ""
        )
    data = fill.FormData(
        values=values,
        checks=checks,
        date_text=date_text,
        date_digits=date_digits or "        ",
        sig=spec["sig"],
        sig_name=rng.choice(
            [
                p["surname"].title(),
                p["given"].split()[0] + " " + p["surname"].title(),
                p["given"][0] + ". " + p["surname"].title(),
                p["surname"].title(),
            ]
        ),
    )
    signed = spec["sig"] in ("sig", "sig_font")
    hand_date = spec.get("hand_date", method == "hand")
    hand_font = fill.pick_hand_font(rng, list(values.values()) + [date_text])
    ink = rng.choice(["blue", "blue", "black", "blue2", "darkblue"])
    doc_dir = os.path.join(out_dir, "documents", name)
    os.makedirs(doc_dir, exist_ok=True)
    typed_path = fonts.TYPED_FONTS[
        spec.get("typed_font", rng.choice(["liberation", "dejavu", "liberation"]))
    ]
    if not fonts.covers(typed_path, "".join(values.values())):
        typed_path = fonts.TYPED_FONTS["dejavu"]

    pages = None  # list of PIL page images (logical order) for image looks
    pdf_out = None  # bytes of a text PDF (logical order)
    if method == "hand":
        pdf_bytes, anchors = draw_pdf(style)
        dpi = 300 if look == "phone_photo" else rng.choice([200, 240, 300])
        imgs = render_pdf(pdf_bytes, dpi)
        spill = rng.uniform(0.2, 0.5)
        tick = rng.choice(["x", "x", "v"])
        pages = [
            fill.hand_page(
                imgs[i],
                i + 1,
                anchors,
                data,
                rng,
                dpi,
                hand_font,
                ink=ink,
                spill=spill,
                tick_kind=tick,
            )
            for i in range(2)
        ]
    elif method == "typed_print":
        skip = ("fait_a", "date_sig") if hand_date else ()
        hook = fill.typed_hook(
            data,
            typed_path,
            size=rng.uniform(9, 10.5),
            skip=skip,
            check_char=rng.choice(["X", "X", "x"]),
        )
        pdf_bytes, anchors = draw_pdf(style, hook)
        dpi = 300 if look == "phone_photo" else rng.choice([200, 240, 300])
        imgs = render_pdf(pdf_bytes, dpi)
        fields = ("fait_a",) if hand_date else ()
        pages = [
            fill.hand_page(
                imgs[i],
                i + 1,
                anchors,
                data,
                rng,
                dpi,
                hand_font,
                ink=ink,
                fields=fields,
                do_checks=False,
                do_date=hand_date,
            )
            for i in range(2)
        ]
    elif method == "typed_pdf":
        hook = fill.typed_hook(
            data,
            typed_path,
            size=rng.uniform(9, 10.5),
            check_char="X",
            ink_signature=fill.rl_ink_signature(rng, data.sig_name, spec["sig"]),
        )
        pdf_out, anchors = draw_pdf(style, hook)
    elif method in ("fillable", "fillable_print"):
        printed = method == "fillable_print"
        sig_hook = None
        if not printed:
            ink_sig = fill.rl_ink_signature(rng, data.sig_name, spec["sig"])
            sig_hook = lambda pen, a, page: ink_sig(pen, a["signature"]) if page == 2 else None  # noqa: E731
        blank, anchors = draw_pdf(style, sig_hook)
        fdata = data
        if printed and hand_date:
            fdata = fill.FormData(
                values={k: v for k, v in values.items() if k != "fait_a"},
                checks=checks,
                date_text="",
                date_digits="        ",
                sig=data.sig,
            )
        tmp = io.BytesIO()
        path = os.path.join(doc_dir, spec["files"][0]) if not printed else None
        target = path if path else tmp
        fill.add_acroform(
            blank,
            anchors,
            fdata,
            spec["names"],
            with_ap=spec.get("with_ap", True) if not printed else True,
            out_path=target,
            date_comb=comb_date,
        )
        if printed:
            dpi = 300 if look == "phone_photo" else rng.choice([200, 240, 300])
            imgs = render_pdf(tmp.getvalue(), dpi, forms=True)
            fields = ("fait_a",) if hand_date else ()
            pages = [
                fill.hand_page(
                    imgs[i],
                    i + 1,
                    anchors,
                    data,
                    rng,
                    dpi,
                    hand_font,
                    ink=ink,
                    fields=fields,
                    do_checks=False,
                    do_date=hand_date,
                )
                for i in range(2)
            ]
    else:
        raise ValueError(method)

    order = [2, 1] if spec.get("reverse") else [1, 2]
    files = spec["files"]
    truth_files = []
    if pdf_out is not None:
        path = os.path.join(doc_dir, files[0])
        if spec.get("reverse"):
            pdf = pikepdf.Pdf.open(io.BytesIO(pdf_out))
            pdf.pages.reverse()
            pdf.save(path, deterministic_id=True)
        else:
            with open(path, "wb") as f:
                f.write(pdf_out)
        truth_files.append({"path": files[0], "pages": [1, 2], "form_pages": order})
    elif method == "fillable":
        truth_files.append({"path": files[0], "pages": [1, 2], "form_pages": order})
    else:
        captured = []
        for pg in order:
            img = pages[pg - 1]
            if look == "phone_photo":
                rot = spec.get("rot", {}).get(pg, 0)
                long_side = rng.choice([4000, 4032, 3264, 3000])
                captured.append(
                    ("photo", degrade.photo(img, rng, long_side=long_side, rotate=rot), None)
                )
            else:
                dpi_out = img.size[0] * 25.4 / 210.0
                avoid = None
                if pg == 2:
                    sb = anchors["signature"]
                    k = dpi_out / 25.4
                    avoid = (
                        sb["x"] * k,
                        sb["y"] * k,
                        (sb["x"] + sb["w"]) * k,
                        (sb["y"] + sb["h"]) * k,
                    )
                sc = degrade.scan(
                    img,
                    rng,
                    grey=spec.get("grey", True),
                    photocopy=spec.get("photocopy", False),
                    avoid=avoid,
                )
                captured.append(("scan", sc, int(round(dpi_out))))
        if look == "image_pdf":
            q = rng.randint(55, 80)
            items = [(jpeg_bytes(im, q), im.size[0], im.size[1], im.mode) for _, im, _ in captured]
            if spec["out"] == "two_pdfs":
                for item, fn, pg in zip(items, files, order):
                    jpegs_to_pdf([item], os.path.join(doc_dir, fn))
                    truth_files.append({"path": fn, "pages": [1], "form_pages": [pg]})
            else:
                jpegs_to_pdf(items, os.path.join(doc_dir, files[0]))
                truth_files.append({"path": files[0], "pages": [1, 2], "form_pages": order})
        else:
            for (kind, im, dpi_out), fn, pg in zip(captured, files, order):
                path = os.path.join(doc_dir, fn)
                if spec.get("fmt") == "png":
                    im.save(
                        path, "PNG", dpi=(dpi_out, dpi_out) if dpi_out else None, optimize=False
                    )
                else:
                    q = rng.randint(80, 92) if kind == "photo" else rng.randint(70, 90)
                    with open(path, "wb") as f:
                        f.write(jpeg_bytes(im, q, dpi_out))
                truth_files.append({"path": fn, "pages": [1], "form_pages": [pg]})

    # ------------------------------------------------------------------ truth
    sit = spec["situation"]
    if spec["sig"] == "none" and style.sig_label != "inside":
        defect = "unsigned: the signature box is empty"
    elif spec["sig"] in ("none", "label_only"):
        defect = "unsigned: the signature box holds only its printed label"
    elif spec["sig"] == "dot":
        defect = "not signed: only a stray dot in the signature box"
    elif spec["sig"] == "tick":
        defect = "not signed: only a short pen mark in the signature box"
    elif spec["date"] in ("future", "future_words"):
        defect = "date after the audit date"
    elif spec["date"] == "us":
        defect = "date written month first (MM/DD/YYYY)"
    elif spec["date"] == "missing":
        defect = "date missing"
    elif spec["date"] == "partial":
        defect = "date incomplete (day left blank)"
    elif sit == "none":
        defect = "no situation ticked in section B"
    elif sit == "several":
        defect = "two situations ticked in section B"
    else:
        defect = None
    if not signed or spec["date"] in ("future", "future_words", "us"):
        form_status = "invalid"
    elif spec["date"] in ("missing", "partial") or sit in ("none", "several"):
        form_status = "questionable"
    else:
        form_status = "complete"
    look_truth = "text_pdf" if look == "text_pdf" else look
    fields = {
        "surname": values["nom_naissance"],
        "usage_name": values["nom_usage"] or None,
        "given_names": values["prenoms"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": EMPLOYMENT[sit],
        "situation": sit,
        "contract_type": contract
        if sit in ("salarie", "several") and "salarie" in (spec.get("several") or [sit])
        else None,
        "signed": signed,
        "signed_on": signed_on,
        "date_text": date_text or None,
        "place": values["fait_a"],
        "nir": values.get("nir") or None,
    }
    how = {
        "hand": "printed blank form filled in by hand",
        "typed_print": "typed on a computer, printed"
        + (", date and place handwritten" if hand_date else "")
        + ", signed by hand"
        if signed
        else "typed on a computer, printed",
        "typed_pdf": "typed on a computer and saved as a flat PDF (text layer); signature drawn as ink strokes",
        "fillable": f"fillable PDF, AcroForm field names '{spec.get('names')}', values in /V"
        + (
            " with appearance streams"
            if spec.get("with_ap", True)
            else " without appearance streams"
        )
        + ", NeedAppearances true",
        "fillable_print": "fillable PDF filled on screen, printed, then signed by hand",
    }[method]
    notes = how
    if spec.get("notes"):
        notes += "; " + spec["notes"]
    if spec.get("several"):
        notes += "; boxes ticked: " + ", ".join(spec["several"])
    doc = {
        "files": truth_files,
        "type": "application_form",
        "look": look_truth,
        "fields": fields,
        "notes": notes,
    }
    if method in ("fillable",):
        doc["acroform_names"] = spec["names"]
    truth = {
        "as_of": spec["as_of"],
        "employed": None,
        "defect": defect,
        "form_status": form_status,
        "documents": [doc],
    }
    with open(os.path.join(out_dir, "documents", name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return truth


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    fonts.check_files()
    names = [s["name"] for s in V]
    assert len(names) == len(set(names)), "duplicate variant names"
    docs_dir = os.path.join(out, "documents")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir, exist_ok=True)
    t0 = time.monotonic()
    only = [x for x in os.environ.get("FORM_A_ONLY", "").split(",") if x]  # dev aid: a subset
    if only:
        names = [n for n in names if n in only]
    for spec in V:
        if spec["name"] not in names:
            continue
        build(spec, out)
        print(f"  {spec['name']}", file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(
            {"set": SET_ID, "packets": [], "documents": names}, f, ensure_ascii=False, indent=2
        )
        f.write("\n")
    print(f"{len(names)} documents in {time.monotonic() - t0:.1f}s -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
