"""Blind test set form_k: application forms (cerfa 15763*02, S1106) only.

Usage: python tests/blind/form_k/generate.py OUT_DIR

Writes OUT_DIR/manifest.json, OUT_DIR/documents/fk_NNN/ (the files an applicant would
send for the form alone) and OUT_DIR/documents/fk_NNN.truth.json. Deterministic: every
random choice comes from a generator seeded with the document's name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import random
import shutil
import sys
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import logging  # noqa: E402

import fk_acro  # noqa: E402
import fk_fill  # noqa: E402
import fk_looks  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from fk_form import FormPainter, geometry_for  # noqa: E402
from fk_hand import HandCanvas, random_hand  # noqa: E402
from fk_people import COUNTRIES, fold, make_person  # noqa: E402
from PIL import Image  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

logging.getLogger("fontTools").setLevel(logging.ERROR)

SET = "form_k"
N_DOCS = 72

FILL_SLOTS = {
    "handwritten": [("scan", 8), ("image_pdf", 8), ("phone_photo", 8)],
    "typed_then_printed": [("scan", 5), ("image_pdf", 5), ("phone_photo", 4)],
    "fillable_pdf": [("text_pdf", 16), ("screenshot", 4)],
    "fillable_printed_signed": [("scan", 5), ("image_pdf", 5), ("phone_photo", 4)],
}
DEFECT_CASES = [
    ("date_words", 4),
    ("unsigned", 4),
    ("label_only", 4),
    ("stray_mark", 4),
    ("future_date", 4),
    ("us_date", 5),
    ("no_date", 4),
    ("none_ticked", 4),
    ("two_ticked", 5),
]
TYPING_FONTS = ["Helvetica", "FkCarlito", "FkDejaVu", "FkMono", "FkSans", "Courier"]
FONT_NAMES = {
    "Helvetica": "Helvetica",
    "FkCarlito": "Carlito",
    "FkDejaVu": "DejaVu Sans",
    "FkMono": "Liberation Mono",
    "FkSans": "Liberation Sans",
    "Courier": "Courier",
}
NAMING = ["snake", "lc", "generic"]
PARTICLES = {"EL", "BEN", "DE", "DA", "DELA", "NGO", "ABI", "LE"}


def seeded(name: str) -> random.Random:
    return random.Random(
        int.from_bytes(hashlib.sha256(f"{SET}/{name}".encode()).digest()[:8], "big")
    )


@dataclass
class Spec:
    name: str
    fill_way: str
    look: str
    case: str
    run: str
    naming: str = ""
    with_ap: bool = True


def build_specs() -> list[Spec]:
    rng = seeded("plan")
    slots: list[tuple[str, str]] = []
    for fw, looks in FILL_SLOTS.items():
        for look, n in looks:
            slots += [(fw, look)] * n
    assert len(slots) == N_DOCS
    rng.shuffle(slots)
    cases = ["ok"] * N_DOCS
    fws = list(FILL_SLOTS)
    k = 0
    for case, n in DEFECT_CASES:
        for _ in range(n):
            want = fws[k % len(fws)]
            k += 1
            free = [i for i, s in enumerate(slots) if s[0] == want and cases[i] == "ok"]
            if case == "label_only" and want == "fillable_pdf":
                free = [i for i in free if slots[i][1] == "text_pdf"] or free
            i = rng.choice(free)
            cases[i] = case
    specs = []
    for i, (fw, look) in enumerate(slots):
        run = "ABC"[i % 3]
        if cases[i] == "label_only" and fw != "fillable_pdf" and run == "B" and fw == "handwritten":
            run = "A"
        if cases[i] == "unsigned":  # run B prints "Signature :" outside the box: a truly empty box
            run = "B"
        specs.append(Spec(f"fk_{i + 1:03d}", fw, look, cases[i], run))
    # field naming styles and appearance streams, spread evenly over the fillable PDFs
    counts: dict[str, int] = {}
    for sp in specs:
        if sp.fill_way in ("fillable_pdf", "fillable_printed_signed"):
            key = sp.fill_way + sp.look
            k = counts.get(key, 0)
            counts[key] = k + 1
            sp.naming = NAMING[k % 3]
            sp.with_ap = sp.look != "text_pdf" or k % 5 not in (1, 3)
            if sp.case == "label_only" and sp.run == "B":
                sp.naming = "snake"
    return specs


# -- PDF helpers -----------------------------------------------------------------------------
def form_pdf(
    run: str, typed=None, sig_png: Image.Image | None = None, title: str | None = None
) -> bytes:
    """The two pages of a print run; `typed` is a callback(canvas, page) adding typed text."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title or "Demande d'ouverture des droits à l'assurance maladie - cerfa 15763*02")
    c.setAuthor("")
    c.setSubject("S1106")
    p = FormPainter(run)
    p.page1(c)
    if typed:
        typed(c, 0)
    c.showPage()
    p.page2(c)
    if typed:
        typed(c, 1)
    if sig_png is not None:
        el = p.geom.el["sig_box"]
        png = io.BytesIO()
        sig_png.save(png, "PNG")
        png.seek(0)
        c.drawImage(ImageReader(png), el.x, el.y, width=el.w, height=el.h, mask="auto")
    c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf_bytes: bytes, dpi: float) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        out.append(page.render(scale=dpi / 72.0, may_draw_forms=True).to_pil().convert("RGB"))
        page.close()
    pdf.close()
    return out


def page_count(path: str) -> int:
    if path.lower().endswith(".pdf"):
        pdf = pdfium.PdfDocument(path)
        n = len(pdf)
        pdf.close()
        return n
    with Image.open(path) as im:
        im.verify()
    return 1


# -- one document ----------------------------------------------------------------------------
def sig_texts(person, rng: random.Random) -> tuple[str, str]:
    given = person.given_names.split()[0]
    words = (person.usage_name or person.surname).split()
    n = 2 if words[0] in PARTICLES and len(words) > 1 else 1
    sur = " ".join(words[:n]).title()
    if "'" in sur:
        parts = sur.split("'")
        sur = parts[0] + "'" + parts[1].title()
    name = rng.choice(
        [f"{given[0]}. {sur}", sur, f"{given} {sur[0]}.", f"{given[0]}{sur[0].lower()} {sur}"]
    )
    initials = rng.choice([f"{given[0]}{sur[0]}", f"{given[0]}.{sur[0]}", sur[:3]])
    return fold(name) if not name.isascii() and rng.random() < 0.5 else name, initials


def make_doc(spec: Spec, countries: list[str]) -> tuple[dict, list[tuple[str, bytes]]]:
    rng = seeded(spec.name)
    idx = int(spec.name[3:])
    as_of = dt.date(2026, 11, 2) + dt.timedelta(days=rng.randint(0, 50))
    person = make_person(
        rng, countries[idx % len(countries)], rng.random() < 0.17, rng.random() < 0.17
    )
    hand = random_hand(rng)
    geom = geometry_for(spec.run)
    fw, look = spec.fill_way, spec.look
    notes = [f"print run {spec.run}"]
    extra: dict = {"print_run": spec.run}
    sig_name, initials = sig_texts(person, rng)

    if fw == "handwritten":
        filled = fk_fill.plan(
            person,
            spec.case,
            as_of,
            rng,
            caps_names=True,
            drop_accents=hand.drop_accents,
            caps_lines=hand.caps_lines,
        )
        pdf = form_pdf(spec.run)
        notes.append(
            "filled by hand in capitals, one per comb box"
            + (", accents dropped" if hand.drop_accents else "")
        )
    elif fw == "typed_then_printed":
        tfont = rng.choice(TYPING_FONTS)
        filled = fk_fill.plan(
            person,
            spec.case,
            as_of,
            rng,
            caps_names=rng.random() < 0.8,
            drop_accents=rng.random() < 0.3,
            caps_lines=rng.random() < 0.3,
        )
        date_by_hand = rng.random() < 0.45
        skip = {"place", "date"} if date_by_hand else set()
        if filled.sig == "label" and spec.run == "B":  # no printed word in run B's box: type it
            filled.vals["sig_box"] = "Signature"
        vals = filled.vals

        def typed(c, page, vals=vals, skip=skip, tfont=tfont):
            fk_fill.draw_typed(c, geom, vals, page, tfont, rng, skip=skip)

        pdf = form_pdf(spec.run, typed=typed)
        notes.append(
            f"typed on screen ({FONT_NAMES[tfont]}), printed"
            + ("; place and date handwritten" if date_by_hand else "; place and date typed")
        )
        extra["date_by_hand"] = date_by_hand
    else:
        style = spec.naming
        with_ap = spec.with_ap
        filled = fk_fill.plan(
            person,
            spec.case,
            as_of,
            rng,
            caps_names=rng.random() < 0.7,
            drop_accents=rng.random() < 0.3,
            caps_lines=rng.random() < 0.25,
        )
        date_by_hand = fw == "fillable_printed_signed" and rng.random() < 0.4
        vals = dict(filled.vals)
        if date_by_hand:
            vals.pop("date", None)
            vals.pop("place", None)
        if filled.sig == "label" and style == "snake" and spec.run == "B":
            vals["sig_text"] = "Signature"
        sig_png = None
        stray_pts = None
        if fw == "fillable_pdf":
            el = geom.el["sig_box"]
            if filled.sig == "signed":
                hc = HandCanvas((int(A4[0] * 200 / 72), int(A4[1] * 200 / 72)), 200 / 72, rng, hand)
                hc.signature(el, sig_name, initials)
                s = 200 / 72
                box = (
                    int(el.x * s),
                    int((A4[1] - el.y - el.h) * s),
                    int((el.x + el.w) * s),
                    int((A4[1] - el.y) * s),
                )
                sig_png = hc.rgba().crop(box)
                notes.append("handwritten signature image pasted in the box")
            elif filled.sig == "stray":
                x0 = el.x + el.w * rng.uniform(0.3, 0.7)
                y0 = el.y + el.h * rng.uniform(0.3, 0.5)
                if filled.stray_kind == "dot":
                    stray_pts = [(x0, y0), (x0 + 0.8, y0 + 0.5), (x0 + 0.2, y0 + 1.0)]
                elif filled.stray_kind == "tick":
                    stray_pts = [(x0, y0 + 3), (x0 + 2, y0), (x0 + 6, y0 + 6)]
                else:
                    stray_pts = [(x0, y0), (x0 + 8, y0 + 0.6)]
                notes.append(
                    f"stray mark ({filled.stray_kind}) as an Ink annotation in the signature box"
                )
        pdf = fk_acro.add_fields(
            form_pdf(spec.run, sig_png=sig_png), geom, vals, style, with_ap, stray_pts
        )
        extra.update(field_naming=style, appearance_streams=with_ap)
        notes.append(
            f"AcroForm fields, {style} naming, "
            + ("with" if with_ap else "without")
            + " appearance streams"
        )
        if fw == "fillable_printed_signed":
            notes.append(
                "fillable PDF filled on screen, then printed"
                + ("; place and date handwritten" if date_by_hand else "")
            )
            extra["date_by_hand"] = date_by_hand

    # -- looks ---------------------------------------------------------------------------------
    files: list[tuple[str, bytes]] = []
    file_pages: list[dict] = []
    if look == "text_pdf":
        fname = rng.choice(
            [
                "cerfa_15763-02_rempli.pdf",
                "S1106_demande_PUMa.pdf",
                "formulaire_puma.pdf",
                f"demande_ouverture_droits_{fold(person.surname.split()[0]).lower()}.pdf",
            ]
        )
        files.append((fname, pdf))
        file_pages.append({"path": fname, "pages": [1, 2]})
    else:
        if look == "phone_photo":
            dpi = 270
        elif look == "screenshot":
            dpi = 200
        else:
            dpi = (
                rng.choice([150, 200, 200, 240, 300])
                if look == "scan"
                else rng.choice([200, 240, 300])
            )
        pages = render(pdf, dpi)
        if look != "screenshot" and fw != "fillable_pdf":
            out_pages = []
            for pi, img in enumerate(pages):
                hc = HandCanvas(img.size, dpi / 72.0, rng, hand)
                if fw == "handwritten":
                    fk_fill.hand_fill(hc, geom, filled.vals, pi)
                elif extra.get("date_by_hand"):
                    fk_fill.hand_fill(hc, geom, filled.vals, pi, only={"place", "date"})
                if pi == 1:
                    fk_fill.hand_sign(hc, geom, filled, sig_name, initials)
                out_pages.append(hc.apply(img, seed=rng.randint(0, 2**31)))
            pages = out_pages
        taken = as_of - dt.timedelta(days=rng.randint(0, 6))
        if filled.signed_on and filled.signed_on <= as_of:
            taken = max(taken, filled.signed_on)
        files, file_pages = finish_look(look, pages, rng, taken.strftime("%Y%m%d"), dpi, notes)

    fields = {
        k: filled.truth[k]
        for k in [
            "surname",
            "usage_name",
            "given_names",
            "sex",
            "date_of_birth",
            "employment_status",
            "situation",
            "contract_type",
            "signed",
            "signed_on",
            "date_text",
            "place",
            "nir",
        ]
    }
    if filled.sig == "label":
        notes.append("signature box shows only the word 'Signature'")
    elif filled.sig == "none":
        notes.append("signature box left empty")
    elif fw in ("handwritten", "typed_then_printed", "fillable_printed_signed"):
        if filled.sig == "signed":
            notes.append("signed by hand in the box")
        else:
            notes.append(f"only a stray pen mark ({filled.stray_kind}) in the signature box")
    if spec.case == "two_ticked":
        notes.append("ticked: " + ", ".join(fk_fill.SIT_LABEL[t] for t in filled.ticks))
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": fk_fill.CASE_STATUS[spec.case],
        "defect": fk_fill.CASE_DEFECT[spec.case],
        "fill_way": fw,
        "case": spec.case,
        "applicant": {
            "surname": filled.truth["surname"],
            "given_names": filled.truth["given_names"],
            "date_of_birth": person.dob.isoformat(),
        },
        "documents": [
            {
                "files": file_pages,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
        "form_k": extra,
    }
    return truth, files


def finish_look(look, pages, rng, stamp, dpi, notes):
    files: list[tuple[str, bytes]] = []
    fp: list[dict] = []
    if look == "scan":
        grey = rng.random() < 0.3
        fmt = "png" if grey and dpi <= 200 else "jpg"
        names = rng.choice(
            [
                ("scan_page1.{e}", "scan_page2.{e}"),
                ("Numériser0001.{e}", "Numériser0002.{e}"),
                ("formulaire_p1.{e}", "formulaire_p2.{e}"),
                ("SCAN_" + stamp + "_001.{e}", "SCAN_" + stamp + "_002.{e}"),
            ]
        )
        order = [0, 1]
        if rng.random() < 0.2:
            order = [1, 0]
            notes.append("pages scanned in reverse order (first file is the form's page 2)")
        for fi, pi in enumerate(order):
            img = fk_looks.scan(pages[pi], rng, grey=grey)
            name = names[fi].format(e=fmt)
            data = (
                fk_looks.png_bytes(img, dpi)
                if fmt == "png"
                else fk_looks.jpeg_bytes(img, rng.randint(78, 92), dpi)
            )
            files.append((name, data))
            fp.append({"path": name, "pages": [1]})
        notes.append(f"scanned at {dpi} dpi" + (", greyscale" if grey else ""))
    elif look == "image_pdf":
        grey = rng.random() < 0.25
        jpgs = [
            fk_looks.jpeg_bytes(fk_looks.scan(p, rng, grey=grey), rng.randint(70, 86))
            for p in pages
        ]
        r = rng.random()
        if r < 0.3:
            for i, jb in enumerate(jpgs):
                name = rng.choice(
                    ["scan_formulaire_{n}.pdf", "S1106_page{n}.pdf", "doc{n}.pdf"]
                ).format(n=i + 1)
                if any(n == name for n, _ in files):
                    name = f"page{i + 1}_{name}"
                files.append((name, fk_looks.image_pdf([jb])))
                fp.append({"path": name, "pages": [1]})
            notes.append("two single-page PDFs")
        else:
            name = rng.choice(["scan_formulaire.pdf", "Scan_" + stamp + ".pdf", "demande_cpam.pdf"])
            if r > 0.78:
                jpgs = jpgs[::-1]
                notes.append(
                    "page order reversed in the PDF (page 1 of the file is the form's page 2)"
                )
            files.append((name, fk_looks.image_pdf(jpgs)))
            fp.append({"path": name, "pages": [1, 2]})
        notes.append(f"image-only PDF at {dpi} dpi" + (", greyscale" if grey else ""))
    elif look == "phone_photo":
        hh = rng.randint(8, 21)
        rots = []
        for i, p in enumerate(pages):
            rot = rng.choices([0, 90, 180, 270], weights=[6, 2, 1, 2])[0]
            rots.append(rot)
            img = fk_looks.phone_photo(p, rng, rot)
            name = f"IMG_{stamp}_{hh:02d}{rng.randint(10, 59)}{rng.randint(10, 59)}.jpg"
            files.append((name, fk_looks.jpeg_bytes(img, rng.randint(84, 92))))
            fp.append({"path": name, "pages": [1]})
        if any(rots):
            notes.append("photo rotation (degrees, per page): " + ", ".join(str(r) for r in rots))
        notes.append("phone photos of each page")
    elif look == "screenshot":
        fname = rng.choice(["cerfa_15763-02.pdf", "S1106.pdf", "Demande PUMa.pdf"])
        for i, p in enumerate(pages):
            clock = f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}"
            img = fk_looks.screenshot(p, rng, i + 1, 2, fname, clock)
            name = f"Screenshot_{stamp}-{rng.randint(100000, 235959)}.png"
            files.append((name, fk_looks.png_bytes(img)))
            fp.append({"path": name, "pages": [1]})
        notes.append("phone screenshots of the filled fillable PDF, one per page")
    fp.sort(key=lambda f: f["path"])
    return files, fp


def check(out: str, names: list[str]) -> None:
    for name in names:
        with open(os.path.join(out, "documents", f"{name}.truth.json"), encoding="utf-8") as fh:
            truth = json.load(fh)
        folder = os.path.join(out, "documents", name)
        on_disk = sorted(os.listdir(folder))
        listed = []
        for doc in truth["documents"]:
            for f in doc["files"]:
                path = os.path.join(folder, f["path"])
                if not os.path.isfile(path):
                    raise SystemExit(f"{name}: missing file {f['path']}")
                n = page_count(path)
                if sorted(f["pages"]) != list(range(1, n + 1)):
                    raise SystemExit(f"{name}: pages {f['pages']} but {f['path']} has {n}")
                listed.append(f["path"])
        if sorted(listed) != on_disk:
            raise SystemExit(f"{name}: files on disk {on_disk} differ from truth {listed}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    if os.path.isdir(os.path.join(out, "documents")):
        shutil.rmtree(os.path.join(out, "documents"))
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    countries = sorted(COUNTRIES)
    seeded("countries").shuffle(countries)
    specs = build_specs()
    names = []
    for spec in specs:
        truth, files = make_doc(spec, countries)
        folder = os.path.join(out, "documents", spec.name)
        os.makedirs(folder, exist_ok=True)
        for fname, data in files:
            with open(os.path.join(folder, fname), "wb") as fh:
                fh.write(data)
        with open(
            os.path.join(out, "documents", f"{spec.name}.truth.json"), "w", encoding="utf-8"
        ) as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        names.append(spec.name)
        print(f"{spec.name} {spec.fill_way:24s} {spec.look:12s} {spec.case}", file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"set": SET, "packets": [], "documents": names}, fh, indent=2)
        fh.write("\n")
    check(out, names)
    print(f"{len(names)} documents written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
