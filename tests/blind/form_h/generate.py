"""Render the form_h blind set: filled cerfa 15763*02 (S1106) application forms.

    python generate.py OUT_DIR

Writes OUT_DIR/documents/<name>/ (the files of one filled form), next to it
OUT_DIR/documents/<name>.truth.json, and OUT_DIR/manifest.json.  Deterministic: fixed
seeds, no clock, no network; a second run gives byte-identical files.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave nothing but the sources in the folder

import fh_degrade as D  # noqa: E402
import fh_fill as F  # noqa: E402
import fh_hand as H  # noqa: E402
import fh_layout as L  # noqa: E402
import fh_people as P  # noqa: E402
import fh_variants as V  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

SET_ID = "form_h"

TEXT_PDF_NAMES = [
    "S1106_demande_ouverture_droits.pdf",
    "cerfa_15763-02.pdf",
    "formulaire PUMa rempli.pdf",
    "demande_secu_{surname}.pdf",
    "S1106.pdf",
    "cerfa_15763_02_complete.pdf",
    "Demande ouverture droits assurance maladie.pdf",
]
IMAGE_PDF_NAMES = [
    "scan_formulaire.pdf",
    "doc{ymd}.pdf",
    "Numérisation_{n}.pdf",
    "formulaire secu scanné.pdf",
    "SKM_C258{n}.pdf",
    "CCF{ymd}_0001.pdf",
    "cerfa signe.pdf",
]
SCAN_NAMES = [
    ("scan0001.{ext}", "scan0002.{ext}"),
    ("formulaire_p1.{ext}", "formulaire_p2.{ext}"),
    ("img{n}.{ext}", "img{n1}.{ext}"),
    ("cerfa page 1.{ext}", "cerfa page 2.{ext}"),
    ("Scan_{ymd}_1.{ext}", "Scan_{ymd}_2.{ext}"),
    ("S1106 recto.{ext}", "S1106 verso.{ext}"),
]
PHOTO_NAMES = [
    ("IMG_{n}.jpg", "IMG_{n1}.jpg"),
    ("PXL_{ymd}_17{n}123.jpg", "PXL_{ymd}_17{n1}456.jpg"),
    ("{ymd}_181022.jpg", "{ymd}_181047.jpg"),
    (
        "WhatsApp Image {ymd_dash} at 18.02.11.jpeg",
        "WhatsApp Image {ymd_dash} at 18.02.11 (1).jpeg",
    ),
    ("IMG_{n}.JPG", "IMG_{n1}.JPG"),
]
PRODUCERS = [
    "Canon MF Scan Utility",
    "HP Scan",
    "EPSON Scan",
    "KONICA MINOLTA bizhub C258",
    "Brother iPrint&Scan",
    "Adobe Scan",
]


def _fmt(pattern: str, rng: random.Random, person: P.Person, ymd: str, ext: str = "jpg") -> str:
    n = rng.randint(1000, 8999)
    return pattern.format(
        surname=P.strip_accents(person.surname.split(" ")[0].split("-")[0]).lower(),
        ymd=ymd,
        ymd_dash="%s-%s-%s" % (ymd[:4], ymd[4:6], ymd[6:]),
        n=n,
        n1=n + 1,
        ext=ext,
    )


def _names_pair(pair, rng, person, ymd, ext):
    n = rng.randint(1000, 8999)
    kw = {
        "ymd": ymd,
        "ymd_dash": "%s-%s-%s" % (ymd[:4], ymd[4:6], ymd[6:]),
        "n": n,
        "n1": n + 1,
        "ext": ext,
    }
    return pair[0].format(**kw), pair[1].format(**kw)


def build_pdf(spec, run, fill, rng, final: bool, scheme: str, cells: bool, tfont, tsize, ink):
    """The vector PDF of the form: blank, typed or with AcroForm fields.

    final: this PDF is the delivered file (text_pdf look), so it also carries the
    electronic signature (strokes or pasted image) and follows the page order."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setSubject("cerfa 15763*02 - S1106")
    c.setCreator(rng.choice(["Assurance Maladie", "ameli.fr", "CNAM - formulaires"]))
    pen = L.Pen(c, run)
    slots: dict = {}
    order = [2, 1] if (final and spec.reverse) else [1, 2]
    for p in order:
        if p == 1:
            L.draw_page1(pen, slots)
        else:
            L.draw_page2(pen, slots)
        if spec.fill in ("typed", "typed_print"):
            F.typed_page(c, slots, fill, p, tfont, tsize)
        elif spec.fill.startswith("acro"):
            F.acro_page(c, slots, fill, p, scheme, cells, tsize)
        if final and p == 2:
            rect = slots["sig"]
            if fill.sig == "signed":
                if rng.random() < 0.5:
                    F.vector_signature(c, rect, rng, ink)
                else:
                    F.image_signature(c, rect, fill.signer, rng, ink)
            elif fill.sig in ("dot", "tick"):
                F.vector_mark(c, rect, fill.sig, rng, ink)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if spec.fill.startswith("acro"):
        data = F.acro_finish(data, keep_ap=spec.fill == "acro_ap")
    return data, slots


def rasterise(pdf_bytes: bytes, dpi: float, forms: bool):
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72.0, may_draw_forms=forms).to_pil().convert("RGB")
        pages.append(img)
    doc.close()
    return pages


def render_variant(spec: V.Spec, person: P.Person, docs: Path, counters: dict) -> dict:
    rng = random.Random(spec.seed)
    force = {}
    if spec.sig == "label":
        force["sig_label_inside"] = True
    elif spec.sig == "empty":
        force["sig_label_inside"] = False
    run = L.make_run(spec.seed * 3 + 11, **force)
    spec.extra["name_style"] = run.name_style
    as_of, fill, tfields, status, defect, notes = V.build_fill(spec, person, rng)
    folder = docs / spec.name
    folder.mkdir(parents=True)
    ink = rng.choice(H.INKS)
    tfont = rng.choice(["Helvetica", "Courier", "Helvetica", "Times-Roman"])
    tsize = rng.uniform(9.0, 10.5)
    scheme = rng.choice(["snake", "camel", "generic"])
    cells = spec.fill == "acro_ap" or rng.random() < 0.4
    ymd = as_of.strftime("%Y%m%d")
    render = {
        "fill": spec.fill,
        "print_run": run.seed,
        "page_order": "2,1" if spec.reverse else "1,2",
    }
    if spec.fill.startswith("acro"):
        render["acroform_scheme"] = scheme
        render["acroform_box_per_cell"] = cells
        render["need_appearances"] = True
        render["appearance_streams"] = spec.fill == "acro_ap"
    files = []

    if spec.look == "text_pdf":
        data, _ = build_pdf(spec, run, fill, rng, True, scheme, cells, tfont, tsize, ink)
        name = _fmt(rng.choice(TEXT_PDF_NAMES), rng, person, ymd)
        (folder / name).write_bytes(data)
        files.append({"path": name, "pages": [1, 2]})
        if spec.fill == "acro_na":
            notes.append("fillable PDF: values are only in the AcroForm fields (NeedAppearances)")
        elif spec.fill == "acro_ap":
            notes.append("fillable PDF: values in AcroForm fields, one field per comb box")
        if fill.sig == "signed":
            notes.append("signed electronically: pen strokes or a pasted signature image")
    else:
        if spec.look == "image_pdf":
            dpi = rng.choice([200, 240, 300])
        elif spec.look == "scan":
            dpi = rng.choice([150, 200, 240, 300])
        else:
            long_side = rng.choice([2592, 3024, 3264, 4000])
            dpi = min(300, round(long_side * 0.9 / 11.69))
        render["dpi"] = dpi
        if spec.fill == "hand" and rng.random() < 0.3:
            run.mono = True
        data, slots = build_pdf(spec, run, fill, rng, False, scheme, cells, tfont, tsize, ink)
        pages = rasterise(data, dpi, spec.fill == "acro_print")
        if spec.fill == "hand" and rng.random() < 0.25:
            pages = [D.photocopy(p, rng) for p in pages]
            notes.append("blank form photocopied before it was filled")
        hand = H.Hand(pages[0], dpi, rng, ink=ink)
        written: dict[str, str] = {}
        if spec.fill == "hand":
            written = F.hand_page1(hand, slots, fill, rng)
            parts = {"place", "date", "sig"}
            notes.append("filled by hand")
        else:
            parts = fill.hand_parts
            notes.append(
                "typed on screen, printed, then signed by hand"
                if spec.fill == "typed_print"
                else "fillable PDF filled on screen, printed, then signed by hand"
            )
        hand.img = pages[1]
        F.hand_page2(hand, slots, fill, rng, parts, written)
        # the truth is what a reader sees (some hands write in capitals only)
        for key, field in (
            ("surname", "surname"),
            ("usage", "usage_name"),
            ("given", "given_names"),
            ("place", "place"),
            ("date", "date_text"),
        ):
            if key in written:
                tfields[field] = written[key]
        order = [pages[1], pages[0]] if spec.reverse else pages
        if spec.look == "image_pdf":
            gray = rng.random() < 0.5
            prod = rng.choice(PRODUCERS)
            outs = []
            for img in order:
                s = D.scan(img, rng, gray, rng.uniform(0.3, 2.0) * rng.choice([-1, 1]))
                q = rng.randint(72, 90)
                outs.append((D.jpeg_bytes(s, q), s.width, s.height, s.mode, dpi))
            if rng.random() < 0.15:
                a, b = _names_pair(("scan_p1.pdf", "scan_p2.pdf"), rng, person, ymd, "pdf")
                for fname, page in ((a, outs[0]), (b, outs[1])):
                    (folder / fname).write_bytes(D.images_to_pdf([page], prod))
                    files.append({"path": fname, "pages": [1]})
            else:
                name = _fmt(rng.choice(IMAGE_PDF_NAMES), rng, person, ymd)
                (folder / name).write_bytes(D.images_to_pdf(outs, prod))
                files.append({"path": name, "pages": [1, 2]})
        elif spec.look == "scan":
            gray = rng.random() < 0.4
            ext = "png" if rng.random() < 0.3 else rng.choice(["jpg", "jpg", "jpeg"])
            a, b = _names_pair(rng.choice(SCAN_NAMES), rng, person, ymd, ext)
            for fname, img in ((a, order[0]), (b, order[1])):
                s = D.scan(img, rng, gray, rng.uniform(0.3, 1.8) * rng.choice([-1, 1]))
                if ext == "png":
                    (folder / fname).write_bytes(D.png_bytes(s, dpi))
                else:
                    (folder / fname).write_bytes(D.jpeg_bytes(s, rng.randint(75, 93), dpi))
                files.append({"path": fname, "pages": [1]})
        else:
            k = counters["photo"]
            counters["photo"] += 1
            turns = [0, 0]
            if k % 5 == 1:
                turns[0] = 90
            if k % 5 == 3:
                turns[1] = 180
            if k % 7 == 5:
                turns[0] = 270
            photos = [D.photo(img, rng, long_side, t) for img, t in zip(order, turns)]
            for t, which in zip(turns, ("first", "second")):
                if t:
                    notes.append("the %s photo is turned by %d degrees" % (which, t))
            render["turns"] = turns
            if k % 8 == 6:
                # a phone "scanner" app putting the two photos in one PDF
                outs = [(D.jpeg_bytes(p, 85), p.width, p.height, "RGB", 300) for p in photos]
                name = "Scan %s-%s-%s.pdf" % (ymd[:4], ymd[4:6], ymd[6:])
                (folder / name).write_bytes(D.images_to_pdf(outs, "Adobe Scan"))
                files.append({"path": name, "pages": [1, 2]})
            else:
                a, b = _names_pair(rng.choice(PHOTO_NAMES), rng, person, ymd, "jpg")
                for fname, img in ((a, photos[0]), (b, photos[1])):
                    (folder / fname).write_bytes(D.jpeg_bytes(img, rng.randint(82, 93)))
                    files.append({"path": fname, "pages": [1]})
    if spec.reverse:
        notes.append("pages in reverse order: page 2 of the form comes first")
    if person.usage:
        notes.append("usage (married) name given beside the birth name")
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "defect": defect,
        "requirements": None,
        "applicant": None,
        "form_status": status,
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": spec.look,
                "fields": tfields,
                "notes": "; ".join(notes),
                "render": render,
            }
        ],
    }
    (docs / ("%s.truth.json" % spec.name)).write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return truth


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    docs = out / "documents"
    if docs.exists():
        shutil.rmtree(docs)
    docs.mkdir(parents=True)
    t0 = time.monotonic()
    specs = V.build_specs()
    people = P.make_people(len(specs), seed=20261115)
    counters = {"photo": 0}
    for spec, person in zip(specs, people):
        render_variant(spec, person, docs, counters)
        print("%s %-11s %-11s %s" % (spec.name, spec.look, spec.fill, spec.sig), file=sys.stderr)
    manifest = {"set": SET_ID, "packets": [], "documents": [s.name for s in specs]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print("rendered %d forms in %.1f s" % (len(specs), time.monotonic() - t0), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
