#!/usr/bin/env python3
"""Blind set form_bf: 16 filled application forms (cerfa 15763*02 / S1106).

Usage: generate.py OUT_DIR
"""

import json
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

import cv2
import pikepdf
import pypdfium2 as pdfium
from reportlab import rl_config
from reportlab.lib.utils import ImageReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import acro  # noqa: E402
import degrade  # noqa: E402
import ink  # noqa: E402
import layout  # noqa: E402
from forms import EMPLOYMENT, EXPECTED, FORMS, SITUATION_CODES  # noqa: E402

cv2.setNumThreads(1)
rl_config.useA85 = 0

RUN_NOTES = {
    "R1": "print run R1 (blue section bands, labels beside the fields, boxed combs, "
    "'Signature' printed above the box)",
    "R2": "print run R2 (underlined section titles with lettered discs, labels above boxed "
    "fields, date after 'le' in comb boxes, 'Signature du demandeur' inside the box)",
    "R3": "print run R3 (grey section bars, labels inside framed cells, tick-style combs, "
    "the word 'Signature' in large light grey inside the box)",
}
NAME_KEYS = ("surname", "usage_name", "given_names")


def nir_key(nir13):
    return "%02d" % (97 - int(nir13) % 97)


def values_for(spec, geo, caps_names):
    """The values the applicant puts in each field (geo key -> text) and the ticked boxes."""
    d, m, y = spec["dob"][8:10], spec["dob"][5:7], spec["dob"][0:4]
    vals = {
        "surname": spec["surname"],
        "given_names": spec["given"],
        "dob": d + m + y,
        "birth_city": spec["birth_city"],
        "birth_country": spec["birth_country"],
        "nationality": spec["nationality"],
        "address": spec["address"],
        "postcode": spec["postcode"],
        "city": spec["city"],
        "phone": spec["phone"],
        "place": spec["place"],
    }
    if spec.get("email"):
        vals["email"] = spec["email"]
    if spec.get("usage"):
        vals["usage_name"] = spec["usage"]
    if caps_names:
        for k in NAME_KEYS:
            if k in vals:
                vals[k] = vals[k].upper()
    if spec.get("nir"):
        vals["nir13"] = spec["nir"]
        vals["nir_key"] = nir_key(spec["nir"])
    ticks = ["sex_" + spec["sex"]] + list(spec["situation"])
    if spec.get("job"):
        vals["job_title"] = spec["job"]
    if spec.get("contract"):
        if "contract_text" in geo:
            vals["contract_text"] = spec["contract"]
        else:
            ticks.append({"CDI": "ct_cdi", "CDD": "ct_cdd"}.get(spec["contract"], "ct_interim"))
    if spec.get("autre"):
        vals["autre_text"] = spec["autre"]
    if spec.get("date_text"):
        if "date_comb" in geo:
            vals["date_comb"] = spec["date_text"].replace("/", "")
        else:
            vals["date"] = spec["date_text"]
    return vals, ticks


def render(pdf_path, dpi, forms=False):
    pdf = pdfium.PdfDocument(str(pdf_path))
    if forms:
        pdf.init_forms()
    out = [pdf[i].render(scale=dpi / 72.0, may_draw_forms=forms).to_pil() for i in range(2)]
    pdf.close()
    return [im.convert("RGB") for im in out]


def apply(page, mask, writer, geo, vals, ticks, idx, keys=None, tick_style="x"):
    written = {}
    for key, text in vals.items():
        if keys is not None and key not in keys:
            continue
        g = geo[key]
        if g["page"] != idx:
            continue
        if g["kind"] == "comb":
            written[key] = writer.comb(page, mask, g["rects"], text)
        else:
            written[key] = writer.write(page, mask, g["rects"][0], text)
    for key in ticks:
        if keys is not None and key not in keys:
            continue
        g = geo[key]
        if g["page"] != idx:
            continue
        if isinstance(writer, ink.Hand):
            writer.tick(page, mask, g["rects"][0], tick_style)
        else:
            writer.tick(page, mask, g["rects"][0])
    return written


def sign(spec, page, mask, geo, rng):
    """The pen work in the signature box, per case; returns True when signed."""
    rect = geo["signature"]["rects"][0]
    if spec["case"] in ("unsigned", "label_only"):
        return False
    if spec["case"] == "stray_mark":
        ink.draw_stray(page, mask, rect, rng, spec.get("stray", "dot"))
        return False
    ink.draw_signature(page, mask, rect, rng)
    return True


def work_dpi(spec):
    return 300 if spec["look"] == "phone_photo" else spec["files"][0][1]


def make_pen(spec, rng):
    p = spec["pen"]
    return ink.Hand(rng, p["font"], p["caps"]), p


def fill_hand(spec, rng, tmp):
    geo = layout.draw_form(tmp / "blank.pdf", spec["run"])
    dpi = work_dpi(spec)
    vals, ticks = values_for(spec, geo, caps_names=True)
    hand, p = make_pen(spec, rng)
    pages, written, signed = [], {}, False
    for idx, img in enumerate(render(tmp / "blank.pdf", dpi)):
        page = ink.Page(degrade.printed(img, rng, spec["bw_print"]), dpi)
        mask = page.layer(p["ink"])
        written.update(apply(page, mask, hand, geo, vals, ticks, idx, tick_style=p["tick"]))
        if idx == 1:
            signed = sign(spec, page, mask, geo, rng)
        pages.append(page.composite())
    return pages, written, ticks, signed


def fill_typed(spec, rng, tmp):
    geo = layout.draw_form(tmp / "blank.pdf", spec["run"])
    dpi = work_dpi(spec)
    t = spec["typed"]
    vals, ticks = values_for(spec, geo, caps_names=t["caps_names"])
    typist = ink.Typist(rng, t["font"], t["size"])
    by_pen = set(spec["by_pen"])
    typed_keys = (set(vals) | set(ticks)) - by_pen
    pages, written, signed = [], {}, False
    for idx, img in enumerate(render(tmp / "blank.pdf", dpi)):
        page = ink.Page(img, dpi)
        toner = page.layer((20, 20, 22))
        written.update(apply(page, toner, typist, geo, vals, ticks, idx, keys=typed_keys))
        page = ink.Page(degrade.printed(page.composite(), rng, spec["bw_print"]), dpi)
        if spec["pen"]:
            hand, p = make_pen(spec, rng)
            mask = page.layer(p["ink"])
            written.update(apply(page, mask, hand, geo, vals, ticks, idx, keys=by_pen))
            if idx == 1:
                signed = sign(spec, page, mask, geo, rng)
        pages.append(page.composite())
    return pages, written, ticks, signed


def fill_acro_printed(spec, rng, tmp):
    geo = layout.draw_form(tmp / "blank.pdf", spec["run"])
    dpi = work_dpi(spec)
    vals, ticks = values_for(spec, geo, caps_names=spec["caps_names"])
    by_pen = set(spec["by_pen"])
    typed = {k: v for k, v in vals.items() if k not in by_pen}
    acro.make_acroform(tmp / "blank.pdf", tmp / "filled.pdf", spec["run"], geo, typed, set(ticks))
    hand, p = make_pen(spec, rng)
    pages, written, signed = [], dict(typed), False
    for idx, img in enumerate(render(tmp / "filled.pdf", dpi, forms=True)):
        page = ink.Page(degrade.printed(img, rng, spec["bw_print"]), dpi)
        mask = page.layer(p["ink"])
        written.update(apply(page, mask, hand, geo, vals, ticks, idx, keys=by_pen))
        if idx == 1:
            signed = sign(spec, page, mask, geo, rng)
        pages.append(page.composite())
    return pages, written, ticks, signed


def fill_acroform(spec, rng, tmp, dest):
    """The fillable PDF itself, sent as is; a signature image pasted in the box."""
    sig = None
    if spec["sig_image"]:
        sig = ink.signature_image(rng, kind=spec["sig_image"])

    def overlay(c, idx, geo):
        if sig is None or idx != 1:
            return
        x, y, w, h = geo["signature"]["rects"][0]
        iw = w * rng.uniform(0.55, 0.75)
        ih = iw * sig.height / sig.width
        ix = x + (w - iw) * rng.uniform(0.2, 0.8)
        iy = y + (h - ih) * rng.uniform(0.25, 0.6)
        c.drawImage(ImageReader(sig), ix, iy, iw, ih, mask="auto")

    geo = layout.draw_form(tmp / "base.pdf", spec["run"], overlay=overlay)
    vals, ticks = values_for(spec, geo, caps_names=spec["caps_names"])
    acro.make_acroform(
        tmp / "base.pdf",
        tmp / "filled.pdf",
        spec["run"],
        geo,
        vals,
        set(ticks),
        appearances=spec["appearances"],
        check_char=spec.get("check_char", "4"),
    )
    name = spec["files"][0][0]
    with pikepdf.open(tmp / "filled.pdf") as pdf:
        pdf.docinfo["/Title"] = "Demande d'ouverture des droits à l'assurance maladie"
        pdf.docinfo["/Producer"] = "Adobe PDF Library 15.0"
        pdf.docinfo["/Creator"] = "Adobe InDesign 18.5 (Windows)"
        pdf.docinfo["/CreationDate"] = "D:20230912101500+02'00'"
        filled = spec["signed_on"].replace("-", "") + "%02d%02d00" % (
            rng.randint(8, 22),
            rng.randint(0, 59),
        )
        pdf.docinfo["/ModDate"] = "D:%s+01'00'" % filled
        for key in ("/Author", "/Keywords", "/Subject", "/Trapped"):
            if key in pdf.docinfo:
                del pdf.docinfo[key]
        if spec["arrangement"] == "one_pdf_reversed":
            pdf.pages.reverse()
        pdf.save(dest / name, deterministic_id=True)
    pages = [1, 2] if spec["arrangement"] == "one_pdf" else [2, 1]
    files = [{"path": name, "pages": pages}]
    return files, vals, ticks, sig is not None


def scan_stamp(spec, rng):
    """When the scanner made the PDF: the day after signing (or a few days before the audit)."""
    if spec["signed_on"] and spec["signed_on"] < spec["as_of"]:
        day = date.fromisoformat(spec["signed_on"]) + timedelta(days=1)
    else:
        day = date.fromisoformat(spec["as_of"]) - timedelta(days=3)
    return day.strftime("%Y%m%d") + "%02d%02d%02d" % (
        rng.randint(8, 21),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )


def deliver(spec, pages, rng, dest):
    """Save the two page images as the applicant sent them; returns truth `files`."""
    arr = spec["arrangement"]
    look = spec["look"]
    files = spec["files"]
    dpi = work_dpi(spec)
    if look == "phone_photo":
        out = []
        for img, (name, rot) in zip(pages, files, strict=True):
            photo = degrade.phone_photo(img, rng, rotate=rot)
            degrade.save_jpeg(photo, dest / name, rng.randint(86, 93))
            out.append({"path": name, "pages": [1]})
        return out
    scans = [degrade.scan(img, rng, dpi, dpi) for img in pages]
    if look == "scan":
        out = []
        for img, (name, _dpi, q) in zip(scans, files, strict=True):
            if q is None:
                img.save(dest / name, "PNG", optimize=False)
            else:
                degrade.save_jpeg(img, dest / name, q)
            out.append({"path": name, "pages": [1]})
        return out
    if arr == "two_pdfs":
        out = []
        for img, (name, _dpi, q) in zip(scans, files, strict=True):
            degrade.image_pdf([img], dest / name, q, scan_stamp(spec, rng))
            out.append({"path": name, "pages": [1]})
        return out
    name, _dpi, q = files[0]
    if arr == "one_pdf_reversed":
        degrade.image_pdf(scans[::-1], dest / name, q, scan_stamp(spec, rng))
        return [{"path": name, "pages": [2, 1]}]
    degrade.image_pdf(scans, dest / name, q, scan_stamp(spec, rng))
    return [{"path": name, "pages": [1, 2]}]


def truth_fields(spec, written, ticks, signed):
    sits = [SITUATION_CODES[k] for k in spec["situation"]]
    date_text = spec["date_text"]
    if "date" in written:
        date_text = written["date"]
    nir = spec["nir"] + nir_key(spec["nir"]) if spec.get("nir") else None
    return {
        "surname": written["surname"],
        "usage_name": written.get("usage_name"),
        "given_names": written["given_names"],
        "sex": spec["sex"],
        "date_of_birth": spec["dob"],
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(sits) if sits else None,
        "contract_type": spec.get("contract") if "sit_salarie" in spec["situation"] else None,
        "signed": signed,
        "signed_on": spec["signed_on"],
        "date_text": date_text,
        "place": written.get("place"),
        "nir": nir,
    }


def describe(spec, fields):
    fill = spec["fill"]
    how = {
        "hand": "filled by hand with a ballpoint pen (capitals one per comb box, boxes "
        "ticked, date and signature by hand)",
        "typed_print": "typed on screen, printed, then "
        + ("signed by hand" if spec.get("pen") else "sent without any pen mark")
        + (" and dated by hand" if spec.get("by_pen") else ""),
        "acroform": "fillable PDF filled in a viewer, values in AcroForm fields "
        + (
            "with appearance streams"
            if spec.get("appearances")
            else "without appearance streams (NeedAppearances)"
        )
        + ("; a handwritten signature image is pasted in the box" if fields["signed"] else ""),
        "acroform_printed": "fillable PDF filled on screen, printed, signed by hand"
        + (" (place and date written by hand)" if spec.get("by_pen") else ""),
    }[fill]
    arr = {
        "one_pdf": "one PDF of two pages",
        "one_pdf_reversed": "one PDF with the pages in reverse order (page 2 first)",
        "two_pdfs": "two one-page PDFs",
        "two_images": "two images",
        "two_images_page2_first": "two images whose names sort page 2 first",
        "phone_photos": "phone photos of each page",
        "phone_photos_page2_first": "phone photos of each page, names sort page 2 first",
    }[spec["arrangement"]]
    rot = [f[1] for f in spec["files"] if spec["look"] == "phone_photo" and f[1]]
    extra = " (rotated %s degrees)" % "/".join(str(r) for r in rot) if rot else ""
    case = {
        "ok": "",
        "unsigned": " Signature box left empty.",
        "label_only": " Nothing in the signature box but the printed word 'Signature'.",
        "stray_mark": " Only a small pen dot in the signature box, no signature.",
        "future_date": " Dated after the audit date.",
        "us_date": " Date written month first (MM/DD/YYYY).",
        "no_date": " Place written, date after 'le' left blank.",
        "none_ticked": " No box ticked in section B.",
        "two_ticked": " Two boxes ticked in section B (salaried and student).",
        "date_words": " Date written in words.",
    }[spec["case"]]
    return "%s; %s; %s%s.%s" % (RUN_NOTES[spec["run"]], how, arr, extra, case)


def build(spec, out_docs):
    rng = random.Random("form_bf/" + spec["id"])
    dest = out_docs / spec["id"]
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        if spec["fill"] == "acroform":
            files, written, ticks, signed = fill_acroform(spec, rng, tmp, dest)
        else:
            maker = {
                "hand": fill_hand,
                "typed_print": fill_typed,
                "acroform_printed": fill_acro_printed,
            }[spec["fill"]]
            pages, written, ticks, signed = maker(spec, rng, tmp)
            files = deliver(spec, pages, rng, dest)
    fields = truth_fields(spec, written, ticks, signed)
    status, defect = EXPECTED[spec["case"]]
    truth = {
        "as_of": spec["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": status,
        "defect": defect,
        "fill_way": spec["fill"],
        "case": spec["case"],
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": fields["date_of_birth"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": spec["look"],
                "fields": fields,
                "notes": describe(spec, fields),
            }
        ],
    }
    with open(out_docs / (spec["id"] + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(argv[1])
    docs = out / "documents"
    docs.mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    for spec in FORMS:
        build(spec, docs)
        print("built", spec["id"], spec["fill"], spec["case"], file=sys.stderr)
    manifest = {"packets": [], "documents": [s["id"] for s in FORMS]}
    with open(out / "manifest.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
