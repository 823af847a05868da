"""Blind test set form_f: official PUMa application forms (cerfa 15763*02, S1106).

Usage: python generate.py OUT_DIR

Renders every variant into OUT_DIR/documents/<name>/ with <name>.truth.json
beside the folder, and OUT_DIR/manifest.json. Deterministic: fixed seeds, no
clock, no network; two runs give byte-identical files.
"""

from __future__ import annotations

import ctypes
import io
import json
import random
import shutil
import sys
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader

# isort: split
import acro
import fill
import hand
import layout
import looks
import variants as V

SET_ID = "form_f"

SCAN_PRODUCERS = [
    "Canon iR-ADV C3525 PDF",
    "HP Scan",
    "Epson Scan 2",
    "Xerox WorkCentre 7845",
    "KONICA MINOLTA bizhub C258",
    "Brother iPrint&Scan",
    "RICOH IM C3000",
]
PHONE_PRODUCERS = [
    "Adobe Scan for Android",
    "CamScanner",
    ("iOS Version 17.6 (Build 21G80) Quartz PDFContext"),
]
FLAT_PRODUCERS = [
    ("Microsoft: Print To PDF", "Microsoft Edge"),
    ("macOS Version 14.5 (Build 23F79) Quartz PDFContext", "Aperçu"),
    ("Skia/PDF m126", "Google Chrome"),
]
FILLABLE_PRODUCERS = {
    "snake": ("LibreOffice 7.6", "Writer"),
    "camel": ("Adobe Acrobat Pro (64-bit) 24.2.20759", "Adobe Acrobat Pro"),
    "livecycle": ("Adobe LiveCycle Designer ES 9.0", "Adobe LiveCycle Designer"),
    "generic": ("Adobe Acrobat Pro (64-bit) 23.8.20470", "PDFsam Enhanced"),
}


def pdf_date(d, hh=10, mm=15, ss=32):
    return f"D:{d.year}{d.month:02d}{d.day:02d}{hh:02d}{mm:02d}{ss:02d}+01'00'"


# ------------------------------------------------------------------ names
def file_names(v: V.Variant, rnd: random.Random, n: int, ext: str):
    d = v.meta_date
    ymd = f"{d.year}{d.month:02d}{d.day:02d}"
    sur = v.person[0].split()[0].title().replace("'", "")
    given = v.person[2].split()[0]
    if v.look == "text_pdf":
        return [
            rnd.choice(
                [
                    "S1106_demande_PUMa.pdf",
                    "cerfa_15763-02.pdf",
                    "formulaire_rempli.pdf",
                    f"Demande ouverture droits - {sur}.pdf",
                    f"s1106 {given} signé.pdf",
                    f"cerfa_15763_02_{sur.lower()}.pdf",
                    "formulaire S1106 complété.pdf",
                ]
            )
        ]
    if v.look == "image_pdf":
        if n == 1:
            return [
                rnd.choice(
                    [
                        "scan0001.pdf",
                        f"Numérisation_{d.year}-{d.month:02d}-{d.day:02d}.pdf",
                        f"doc0412{ymd}101532.pdf",
                        f"SKM_C258{ymd[2:]}10150.pdf",
                        "formulaire cpam.pdf",
                        f"Scan {d.day} nov. {d.year}.pdf",
                        "demande secu.pdf",
                    ]
                )
            ]
        return rnd.choice(
            [
                ["scan_p1.pdf", "scan_p2.pdf"],
                [f"Scan_{ymd}_0001.pdf", f"Scan_{ymd}_0002.pdf"],
                ["formulaire page 1.pdf", "formulaire page 2.pdf"],
            ]
        )
    if v.look == "scan":
        e = ext
        return rnd.choice(
            [
                [f"scan0001.{e}", f"scan0002.{e}"],
                [f"formulaire_p1.{e}", f"formulaire_p2.{e}"],
                [f"img001.{e}", f"img002.{e}"],
                [f"Numériser {ymd}_1.{e}", f"Numériser {ymd}_2.{e}"],
                [f"cerfa page1.{e}", f"cerfa page2.{e}"],
            ]
        )
    k = rnd.randrange(1000, 9000)
    hh, mi, ss = rnd.randrange(9, 21), rnd.randrange(0, 59), rnd.randrange(0, 30)
    t1, t2 = f"{hh:02d}{mi:02d}{ss:02d}", f"{hh:02d}{mi:02d}{ss + 27:02d}"
    return rnd.choice(
        [
            [f"IMG_{k}.jpeg", f"IMG_{k + 1}.jpeg"],
            [f"IMG_{ymd}_{t1}.jpg", f"IMG_{ymd}_{t2}.jpg"],
            [f"PXL_{ymd}_{t1}123.jpg", f"PXL_{ymd}_{t2}587.jpg"],
            [
                f"WhatsApp Image {d.year}-{d.month:02d}-{d.day:02d} at {hh}.{mi:02d}.{ss:02d}.jpeg",
                f"WhatsApp Image {d.year}-{d.month:02d}-{d.day:02d} at {hh}.{mi:02d}.{ss + 27:02d}.jpeg",
            ],
            ["photo formulaire 1.jpg", "photo formulaire 2.jpg"],
        ]
    )


# ------------------------------------------------------------------ signature image
def signature_image(rect_pt, v: V.Variant, rng, transparent: bool, style: int) -> Image.Image:
    x0, y0, x1, y1 = rect_pt
    dpi = 200
    w, h = int((x1 - x0) * dpi / 72), int((y1 - y0) * dpi / 72)
    img = Image.new("RGB", (w, h), "white")
    pen = hand.Pen(img, rng, ink=str(rng.choice(["blue", "black", "bleu_nuit"])), dpi=dpi)
    surname = v.person[0].split()[0].title()
    pen.signature((0, 0, w, h), surname, v.person[2], style)
    cov = np.asarray(pen.cov)
    ys, xs = np.nonzero(cov > 10)
    m = 12
    bx0, by0 = max(0, xs.min() - m), max(0, ys.min() - m)
    bx1, by1 = min(w, xs.max() + m), min(h, ys.max() + m)
    out = pen.finish()
    if transparent:
        rgba = out.convert("RGBA")
        rgba.putalpha(Image.fromarray(np.minimum(255, cov.astype(np.int32) * 1).astype(np.uint8)))
        return rgba.crop((bx0, by0, bx1, by1))
    # a scanned signature pasted as an opaque picture: off-white paper, noise
    a = np.asarray(out, dtype=np.float32) * np.array([0.97, 0.965, 0.95], dtype=np.float32)
    a += rng.standard_normal(a.shape[:2], dtype=np.float32)[..., None] * 3
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).crop((bx0, by0, bx1, by1))


# ------------------------------------------------------------------ one variant
def render_variant(v: V.Variant, out_root: Path) -> dict:
    rnd = random.Random(v.seed)
    rng = v.rng
    values, checks, tfields, status = v.build()
    ex = v.extra
    case = v.case
    label_inside = True if case == "label_only" else (False if case == "unsigned" else None)
    st = layout.random_style(
        rnd,
        mono=True if ex.get("photocopy") or ex.get("bilevel") else None,
        sig_label_inside=label_inside,
    )
    sig_style = int(rng.integers(4))
    sig_kind = {"unsigned": "none", "label_only": "none", "dot": "dot", "short_tick": "tick"}.get(
        case, "hand"
    )
    sig = {
        "kind": sig_kind,
        "surname": v.person[0].split()[0].title(),
        "given": v.person[2],
        "style": sig_style,
    }
    notes = []

    # ---- what is typed in the PDF, what is written by hand later
    typed_hook = None
    hand_which: set | None = None
    date_hand = bool(ex.get("date_hand"))
    if v.fill in (V.TYPED, V.FILLABLE_PRINT, V.FLAT):
        which = None
        if date_hand:
            which = {
                k
                for k in list(values) + list(fill.CHECKS) + fill.COMB_FIELDS
                if k != "date_signature"
            }
        mode = "overlay" if v.fill == V.TYPED else "field"
        fkey = rnd.choice(["Arial", "Calibri", "Times", "Courier"]) if mode == "overlay" else "Helv"
        size = rnd.uniform(9.5, 11) if mode == "overlay" else 10
        ink_hook = None
        if v.fill == V.FLAT:
            ink_hook = digital_sig_hook(v, rng, ex.get("sig", "none"), sig_style, rnd)
        typed_hook = fill.typed_hook(
            values, checks, mode, fkey, size, rng, which=which, ink_hook=ink_hook
        )
        hand_which = {"signature"} | ({"date_signature"} if date_hand else set())
    elif v.fill == V.FILLABLE:
        typed_hook = digital_sig_hook(
            v, rng, ex.get("sig", "none"), sig_style, rnd, as_page_hook=True
        )
    producer, creator = None, None
    if v.fill == V.FLAT:
        producer, creator = rnd.choice(FLAT_PRODUCERS)
    elif v.fill == V.FILLABLE:
        producer, creator = FILLABLE_PRODUCERS[ex["scheme"]]
    pdf_bytes, fields, order = layout.render_form(
        st, page_hook=typed_hook, producer=producer, creator=creator
    )
    if v.fill == V.FILLABLE:
        vals = dict(values)
        pdf_bytes = acro.add_fields(
            pdf_bytes,
            fields,
            order,
            vals,
            checks,
            ex["scheme"],
            ex["ap"],
            font_size=rnd.choice([9, 10, 10, 11]),
            sig_field=ex["scheme"] in ("camel", "livecycle"),
            info={
                "CreationDate": pdf_date(v.meta_date),
                "ModDate": pdf_date(v.meta_date, 21, 4, 11),
            },
        )
        notes.append(
            f"fillable PDF: values only in AcroForm fields ({ex['scheme']} names, "
            f"appearance streams {'present' if ex['ap'] else 'absent, NeedAppearances'}); "
            "the page content holds the blank form"
        )

    folder = out_root / "documents" / v.name
    folder.mkdir(parents=True, exist_ok=True)
    reverse = ex.get("order") == "reverse"
    files_truth = []
    page_map = []

    if v.look == "text_pdf":
        (fname,) = file_names(v, rnd, 1, "pdf")
        author = rnd.choice(
            ["", v.person[2].split()[0] + " " + v.person[0].title(), "Utilisateur", "PC-Maison"]
        )
        (folder / fname).write_bytes(
            finalize_pdf(
                pdf_bytes,
                {
                    "CreationDate": pdf_date(
                        v.meta_date, 9 + v.idx % 10, (v.idx * 13) % 60, v.idx % 60
                    ),
                    "ModDate": pdf_date(v.meta_date, 20, (v.idx * 7) % 60, (v.idx * 3) % 60),
                    "Author": author,
                },
            )
        )
        files_truth.append({"path": fname, "pages": [1, 2]})
        page_map = [
            {"path": fname, "page": 1, "form_page": 1},
            {"path": fname, "page": 2, "form_page": 2},
        ]
    else:
        if v.look == "phone_photo":
            dpi = 200
        elif ex.get("bilevel"):
            dpi = 300
        else:
            dpi = rnd.choice([200, 200, 240, 300])
        doc = pdfium.PdfDocument(pdf_bytes)
        pages = []
        plan = fill.HandPlan(rng, " ".join(str(x) for x in values.values()))
        for i in range(2):
            img = doc[i].render(scale=dpi / 72.0).to_pil().convert("RGB")
            img = fill.hand_page(
                img,
                i + 1,
                fields,
                values,
                checks,
                rng,
                dpi,
                plan,
                which=hand_which if v.fill != V.HAND else None,
                sig=sig,
                date_mode="illegible" if case == "illegible_date" else "normal",
            )
            pages.append(img)
        doc.close()
        seq = [2, 1] if reverse else [1, 2]
        grey = rng.random() < 0.45
        if v.look in ("scan", "image_pdf"):
            outs = []
            for pno in seq:
                ang = float(rng.uniform(0.3, 2.0)) * (1 if rng.random() < 0.5 else -1)
                s_img = looks.scan(
                    pages[pno - 1],
                    rng,
                    grey or ex.get("photocopy", False),
                    ang,
                    dpi,
                    dpi,
                    photocopy=ex.get("photocopy", False),
                )
                outs.append((pno, s_img))
            if v.look == "scan":
                ext = "png" if ex.get("bilevel") else ex.get("ext", "jpg")
                names = file_names(v, rnd, 2, ext)
                for fname, (pno, im) in zip(names, outs):
                    if ex.get("bilevel"):
                        g = np.asarray(im.convert("L"), dtype=np.int16)
                        bw = (g > 165).astype(np.uint8) * 255
                        Image.fromarray(bw).convert("1").save(folder / fname, "PNG", dpi=(dpi, dpi))
                        notes.append("1-bit black & white scan")
                    elif ext == "png":
                        im.save(folder / fname, "PNG", dpi=(dpi, dpi), compress_level=6)
                    else:
                        im.save(
                            folder / fname,
                            "JPEG",
                            quality=int(rng.integers(62, 88)),
                            dpi=(dpi, dpi),
                        )
                    files_truth.append({"path": fname, "pages": [1]})
                    page_map.append({"path": fname, "page": 1, "form_page": pno})
            else:
                q = int(rng.integers(50, 80))
                pdf_pages = []
                for pno, im in outs:
                    data = looks.jpeg_bytes(im, q)
                    pdf_pages.append((data, im.size[0], im.size[1], im.mode, dpi))
                prod = rnd.choice(SCAN_PRODUCERS)
                cdate = pdf_date(v.meta_date, 9 + v.idx % 8, v.idx % 60, (v.idx * 7) % 60)
                if ex.get("files") == "pdfs":
                    names = file_names(v, rnd, 2, "pdf")
                    for fname, (pno, _), pp in zip(names, outs, pdf_pages):
                        (folder / fname).write_bytes(looks.image_pdf([pp], prod, cdate))
                        files_truth.append({"path": fname, "pages": [1]})
                        page_map.append({"path": fname, "page": 1, "form_page": pno})
                else:
                    (fname,) = file_names(v, rnd, 1, "pdf")
                    (folder / fname).write_bytes(looks.image_pdf(pdf_pages, prod, cdate))
                    files_truth.append({"path": fname, "pages": [1, 2]})
                    for k, (pno, _) in enumerate(outs):
                        page_map.append({"path": fname, "page": k + 1, "form_page": pno})
                if ex.get("photocopy"):
                    notes.append("scan of a photocopy (black & white, toner specks)")
        else:  # phone photos, one per page
            names = file_names(v, rnd, 2, "jpg")
            long_side = int(rnd.choice([3024, 4032, 4000, 3264, 2560]))
            rot = int(ex.get("rot", 0))
            for fname, pno in zip(names, seq):
                im = looks.photo(pages[pno - 1], rng, long_side, rot90=rot if pno == 1 else 0)
                im.save(folder / fname, "JPEG", quality=int(rng.integers(82, 93)))
                files_truth.append({"path": fname, "pages": [1]})
                page_map.append({"path": fname, "page": 1, "form_page": pno})
            if rot:
                notes.append(
                    f"photo of page 1 saved rotated by {90 * rot} degrees (no EXIF orientation)"
                )
    if reverse:
        notes.append("pages in reverse order: form page 2 comes first")

    # ---- truth
    notes += case_notes(v, tfields)
    doc_entry = {
        "files": files_truth,
        "type": "application_form",
        "look": v.look,
        "fields": tfields,
        "page_map": page_map,
        "notes": "; ".join(notes),
    }
    truth = {
        "as_of": v.as_of.isoformat(),
        "employed": None,
        "defect": None if status == "complete" else v.case,
        "form_status": status,
        "variant": {
            "fill": v.fill,
            "look": v.look,
            "case": v.case,
            "page_order": "reverse" if reverse else "normal",
            "print_run": {
                "family": st.family,
                "mono": st.mono,
                "field_mode": st.field_mode,
                "label_mode": st.label_mode,
                "section_mode": st.section_mode,
                "sig_label_inside": st.sig_label_inside,
            },
        },
        "documents": [doc_entry],
    }
    (out_root / "documents" / f"{v.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return truth


def finalize_pdf(pdf_bytes: bytes, info: dict) -> bytes:
    """Replace reportlab's placeholder metadata by what a real tool would write."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for k in ("/Author", "/Subject", "/Keywords", "/Trapped"):
        if k in pdf.docinfo:
            del pdf.docinfo[k]
    for k, val in info.items():
        if val:
            pdf.docinfo["/" + k] = val
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()


def digital_sig_hook(v, rng, kind, style, rnd, as_page_hook=False):
    """Signature added on a digital PDF: a pasted picture or vector ink."""

    def hook(form, page):
        if page != 2 or kind == "none":
            return
        rect = form.fields["signature"]["rect"]
        x0, y0, x1, y1 = rect
        if kind == "ink":
            fill.vector_signature(form.c, rect, rng)
            return
        transparent = rnd.random() < 0.6
        im = signature_image(rect, v, rng, transparent, style)
        bw, bh = x1 - x0, y1 - y0
        scale = min(bw * 0.8 / im.size[0], bh * 0.75 / im.size[1]) * 72 / 72
        w, h = im.size[0] * scale, im.size[1] * scale
        px = x0 + (bw - w) * rnd.uniform(0.2, 0.7)
        py = y0 + (bh - h) * rnd.uniform(0.1, 0.4)
        buf = io.BytesIO()
        im.save(buf, "PNG")
        buf.seek(0)
        form.c.drawImage(ImageReader(buf), px, py, w, h, mask="auto")

    return hook


def case_notes(v: V.Variant, f: dict) -> list[str]:
    c = v.case
    out = []
    if c == "unsigned":
        out.append("signature box left empty")
    elif c == "label_only":
        out.append("signature box holds only the printed word 'Signature'")
    elif c == "dot":
        out.append("a stray pen dot in the signature box, not a signature")
    elif c == "short_tick":
        out.append("a short pen tick in the signature box, not a signature")
    elif c == "future":
        out.append(f"signature date {f['signed_on']} is after as_of {v.as_of.isoformat()}")
    elif c == "us_date":
        out.append(f"date written US-style MM/DD/YYYY ({f['date_text']}), day > 12")
    elif c == "no_date":
        out.append("the 'le' date is left blank")
    elif c == "illegible_date":
        out.append("the 'le' date is scribbled over and cannot be read")
    elif c == "none_ticked":
        out.append("no situation box ticked in section B")
    elif c == "two_ticked":
        out.append(f"two situation boxes ticked: {' + '.join(v.situations())}")
    if v.dstyle == "words" and f["date_text"]:
        out.append(f"date written in words: '{f['date_text']}'")
    elif v.dstyle in ("short", "dotted", "nopad", "dash") and f["date_text"]:
        out.append(f"date written '{f['date_text']}' (day first, valid)")
    if f["usage_name"]:
        out.append(f"usage (married) name {f['usage_name']} beside birth name {f['surname']}")
    elif v.person[1]:
        out.append("has a married name but left the usage-name line blank")
    if f["nir"]:
        out.append("provisional social security number filled in")
    if v.fill == V.TYPED:
        out.append("typed with a PDF editor text tool (misaligned), printed, then handled by hand")
    if v.fill == V.FILLABLE_PRINT:
        out.append("fillable PDF filled on screen, printed, signed with a pen")
    if v.fill == V.FLAT:
        out.append("filled on screen then printed to PDF (flattened): values in the text layer")
    if v.contract == "autre":
        out.append("contract box 'Autre (intérim...)' ticked")
    return out


def _tune_runtime() -> None:
    """One core; keep freed memory in the heap (big image buffers are re-used instead
    of being mapped and faulted in again for every operation, which is very slow on
    some virtual machines). Output does not depend on this."""
    cv2.setNumThreads(1)
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-4, 0)  # M_MMAP_MAX: no mmap for big blocks
        libc.mallopt(-1, 1 << 30)  # M_TRIM_THRESHOLD: do not give memory back
    except OSError:
        pass


def main(argv: list[str]) -> int:
    _tune_runtime()
    if len(argv) < 2:
        print("usage: python generate.py OUT_DIR", file=sys.stderr)
        return 2
    out_root = Path(argv[1])
    docs = out_root / "documents"
    if docs.exists():
        shutil.rmtree(docs)
    docs.mkdir(parents=True, exist_ok=True)
    names = []
    only = set(argv[2:])
    for v in V.all_variants():
        if only and v.name not in only:
            continue
        render_variant(v, out_root)
        names.append(v.name)
        print(v.name, file=sys.stderr)
    manifest = {"set": SET_ID, "packets": [], "documents": names}
    (out_root / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
