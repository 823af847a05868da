"""Blind set form_j: cerfa 15763*02 (S1106) application forms, filled every way.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import cv2
import fj_acro as acro
import fj_compose as compose
import fj_hand as hand
import fj_layout as layout
import fj_looks as looks
import fj_people as people
import numpy as np
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

SET = "form_j"
N_FORMS = 72

FILL_LOOKS = (
    [("hand", "image_pdf")] * 9
    + [("hand", "scan")] * 9
    + [("hand", "phone_photo")] * 8
    + [("typed", "image_pdf")] * 5
    + [("typed", "scan")] * 5
    + [("typed", "phone_photo")] * 4
    + [("fillable", "text_pdf")] * 13
    + [("fillable", "screenshot")] * 5
    + [("fillable_printed", "image_pdf")] * 5
    + [("fillable_printed", "scan")] * 4
    + [("fillable_printed", "phone_photo")] * 5
)
CASES = (
    ["ok"] * 36
    + ["words"] * 5
    + ["unsigned"] * 5
    + ["label_only"] * 4
    + ["stray_mark"] * 4
    + ["future"] * 4
    + ["us_date"] * 4
    + ["no_date"] * 4
    + ["none_ticked"] * 3
    + ["two_ticked"] * 3
)


def seed(*parts) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def rng_for(*parts) -> np.random.Generator:
    return np.random.default_rng(seed(SET, *parts))


def plan() -> list[dict]:
    assert len(FILL_LOOKS) == N_FORMS and len(CASES) == N_FORMS
    r = rng_for("plan")
    slots = list(FILL_LOOKS)
    order = r.permutation(N_FORMS)
    slots = [slots[i] for i in order]
    # deal the cases so that every way of filling gets about half ok and a spread of defects
    by_way: dict[str, list[int]] = {}
    for i, (way, _look) in enumerate(slots):
        by_way.setdefault(way, []).append(i)
    ways = ["hand", "fillable", "typed", "fillable_printed"]
    special_slots = {w: by_way[w][1::2] for w in ways}
    special = sorted(c for c in CASES if c != "ok")
    case_of = dict.fromkeys(range(N_FORMS), "ok")
    k = 0
    while special:
        w = ways[k % len(ways)]
        k += 1
        if special_slots[w]:
            case_of[special_slots[w].pop(0)] = special.pop(0)
    persons = [people.PEOPLE[i] for i in r.permutation(len(people.PEOPLE))[:N_FORMS]]
    specs = []
    run_cycle = ["A", "B", "C"]
    for i, (way, look) in enumerate(slots):
        case = case_of[i]
        run = "B" if case == "label_only" else run_cycle[(i + (i // 3)) % 3]
        if case == "unsigned" and run == "B":
            run = "A"
        base = dt.date(2026, 11, 2)
        as_of = base + dt.timedelta(days=int(rng_for("asof", i).integers(0, 47)))
        specs.append(
            {
                "idx": i,
                "name": "fj_%03d" % (i + 1),
                "fill_way": way,
                "look": look,
                "case": case,
                "run": run,
                "person": persons[i],
                "as_of": as_of,
                "with_nir": i % 8 == 5,
            }
        )
    return specs


# ------------------------------------------------------------------------------ drawing
_BLANK_CACHE: dict[str, list[np.ndarray]] = {}


def blank_pages(run: str) -> list[np.ndarray]:
    if run not in _BLANK_CACHE:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
        layout.draw_blank(c, run)
        c.save()
        _BLANK_CACHE[run] = looks.render_pdf(buf.getvalue(), 300)
    return [p.copy() for p in _BLANK_CACHE[run]]


def geometry(run: str) -> dict:
    c = canvas.Canvas(io.BytesIO(), pagesize=(layout.PAGE_W, layout.PAGE_H))
    return {1: layout.draw_page1(c, run), 2: layout.draw_page2(c, run)}


def hand_fill_page1(layer, w: hand.Writer, g: dict, vals: dict, ticks: set) -> None:
    H = layout.PAGE_H
    gv = vals
    for key, rects in g["combs"].items():
        v = gv.get(key, "")
        if v:
            w.write_cells(layer, rects, H, v)
    for key, rect in g["lines"].items():
        v = gv.get(key, "")
        if not v:
            continue
        caps = True if key in ("surname", "usage_name", "given_names") else None
        if key == "email":
            caps = w.caps_everywhere
        w.write_line(layer, rect, H, v, caps=caps)
    for key in sorted(ticks):
        if key in g["ticks"]:
            w.tick(layer, g["ticks"][key], H)


def hand_page2(layer, w: hand.Writer, g: dict, c: dict, with_date: bool) -> None:
    H = layout.PAGE_H
    v = c["vals"]
    if with_date:
        if v["place"]:
            w.write_line(layer, g["lines"]["place"], H, v["place"], caps=w.caps_everywhere)
        if v["date"]:
            w.write_line(layer, g["lines"]["date"], H, v["date"], caps=w.caps_everywhere)
    sig = c["sig"]
    if sig == "hand":
        w.signature(layer, g["sig_box"], H, c["sig_name"])
    elif sig.startswith("stray"):
        w.stray(layer, g["sig_box"], H, sig.split("_")[1])


def typed_config(rng: np.random.Generator) -> dict:
    choices = [
        ("Helvetica", "Helvetica-Bold"),
        ("Courier", "Courier-Bold"),
        ("Times-Roman", "Times-Bold"),
        (layout.font("FJ-LibSans"), layout.font("FJ-LibSans-Bold")),
        (layout.font("FJ-DejaSans"), layout.font("FJ-DejaCond-Bold")),
    ]
    f, b = choices[int(rng.integers(0, len(choices)))]
    return {
        "font": f,
        "bold": b,
        "size": float(rng.choice([9.5, 10.0, 10.5, 11.0])),
        "color": (0, 0, 0) if rng.random() < 0.75 else (0.05, 0.1, 0.45),
        "mode": "free" if rng.random() < 0.45 else "comb",
        "tick": "X" if rng.random() < 0.6 else "check",
        "dx": float(rng.uniform(-1, 3)),
        "dy": float(rng.uniform(-1, 1.5)),
    }


def make_pages(
    spec: dict, c: dict, rng: np.random.Generator
) -> tuple[list[np.ndarray] | None, bytes | None, dict]:
    """Return (raster pages at 300 dpi, or None) and (fillable PDF bytes, or None), notes."""
    way = spec["fill_way"]
    run = spec["run"]
    w: hand.Writer = c["writer"]
    notes: dict = {}
    if way == "hand":
        pages = blank_pages(run)
        g = geometry(run)
        l1 = hand.new_layer(pages[0])
        hand_fill_page1(l1, w, g[1], c["vals"], c["ticks"])
        l2 = hand.new_layer(pages[1])
        hand_page2(l2, w, g[2], c, True)
        pages = [hand.apply_ink(pages[0], l1, w.ink), hand.apply_ink(pages[1], l2, w.ink)]
        notes["pen"] = f"{w.style} {w.ink_name}"
        return pages, None, notes
    if way == "typed":
        cfg = typed_config(rng)
        if c["hand_dated"]:
            cfg["skip"] = ("place", "date")
        buf = io.BytesIO()
        cv = canvas.Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
        g1 = layout.draw_page1(cv, run)
        acro.draw_typed(cv, g1, c["vals"], c["ticks"], cfg, 1)
        cv.showPage()
        g2 = layout.draw_page2(cv, run)
        acro.draw_typed(cv, g2, c["vals"], c["ticks"], cfg, 2)
        cv.showPage()
        cv.save()
        pages = looks.render_pdf(buf.getvalue(), 300)
        notes["typed"] = f"{cfg['font']} {cfg['mode']}"
    else:
        style = ["snake", "lc", "label"][spec["idx"] % 3]
        appearance = spec["idx"] % 4 != 1
        notes["field_names"] = style
        notes["appearance_streams"] = appearance
        fs = float(rng.choice([9.0, 10.0, 11.0]))
        vals = dict(c["vals"])
        if way == "fillable_printed" and c["hand_dated"]:
            vals["place"] = ""
            vals["date"] = ""
        if way == "fillable":
            sig_img = (
                hand.signature_rgba(rng, c["sig_name"], w.ink_name) if c["sig"] == "hand" else None
            )
            stray = (
                hand.stray_rgba(rng, c["sig"].split("_")[1], w.ink_name)
                if c["sig"].startswith("stray")
                else None
            )
            sig_text = c["typed_name"] if c["sig"] == "typed_name" else None
            kw = {
                "sig_image": sig_img,
                "stray_image": stray,
                "sig_text": sig_text,
                "sig_field": style == "lc",
            }
            if sig_text:
                notes["signature_box"] = "typed name only, no handwriting"
            if sig_img is not None:
                notes["signature_box"] = "pasted image of a handwritten signature"
            arr = spec["arrangement"]
            if arr == "two_pdfs":
                pdfs = [
                    acro.build_fillable(
                        run, vals, c["ticks"], style, appearance, fs, pages=(p,), **kw
                    )
                    for p in (1, 2)
                ]
                return None, pdfs, notes
            order = (2, 1) if arr == "one_pdf_reversed" else (1, 2)
            return (
                None,
                [
                    acro.build_fillable(
                        run, vals, c["ticks"], style, appearance, fs, pages=order, **kw
                    )
                ],
                notes,
            )
        data = acro.build_fillable(run, vals, c["ticks"], style, appearance, fs)
        pages = looks.render_pdf(data, 300)
    # printed forms: signature (and maybe place/date) by hand
    g = geometry(run)
    l2 = hand.new_layer(pages[1])
    hand_page2(l2, w, g[2], c, c["hand_dated"])
    pages[1] = hand.apply_ink(pages[1], l2, w.ink)
    return pages, None, notes


# ------------------------------------------------------------------------------ output
def arrangement_for(spec: dict, r: np.random.Generator) -> str:
    look = spec["look"]
    i = spec["idx"]
    if look in ("text_pdf", "image_pdf"):
        return ["one_pdf", "one_pdf", "one_pdf", "two_pdfs", "one_pdf_reversed"][i % 5]
    if look in ("scan", "phone_photo"):
        return ["two_images", "two_images", "two_images_reversed"][i % 3]
    return "two_images"


FILE_NAMES = {
    "one_pdf": [
        "S1106_demande_PUMa.pdf",
        "formulaire_cpam.pdf",
        "cerfa_15763-02.pdf",
        "demande ouverture droits.pdf",
        "scan_formulaire.pdf",
    ],
    "two_pdfs": [
        ("page1.pdf", "page2.pdf"),
        ("cerfa_p1.pdf", "cerfa_p2.pdf"),
        ("formulaire-1.pdf", "formulaire-2.pdf"),
    ],
    "scan": [
        ("scan_0001.jpg", "scan_0002.jpg"),
        ("formulaire_p1.png", "formulaire_p2.png"),
        ("Numerisation_01.jpeg", "Numerisation_02.jpeg"),
    ],
    "photo": [
        ("IMG_%04d.jpg", "IMG_%04d.jpg"),
        ("PXL_%d.jpg", "PXL_%d.jpg"),
        ("photo_%d.jpg", "photo_%d.jpg"),
    ],
    "shot": [("Screenshot_%d.png", "Screenshot_%d.png"), ("IMG_%04d.PNG", "IMG_%04d.PNG")],
}


def write_document(spec: dict, out_dir: str) -> dict:
    name = spec["name"]
    r = rng_for("doc", name)
    c = compose.compose(spec, rng_for("compose", name))
    spec["arrangement"] = arrangement_for(spec, r)
    pages, pdfs, notes = make_pages(spec, c, rng_for("pages", name))
    ddir = os.path.join(out_dir, "documents", name)
    os.makedirs(ddir, exist_ok=True)
    look = spec["look"]
    arr = spec["arrangement"]
    files = []  # (relpath, [pages], form pages)
    i = spec["idx"]

    def put(rel, data):
        with open(os.path.join(ddir, rel), "wb") as fh:
            fh.write(data)

    if look == "text_pdf":
        assert pdfs is not None
        if arr == "two_pdfs":
            n1, n2 = FILE_NAMES["two_pdfs"][i % 3]
            put(n1, pdfs[0])
            put(n2, pdfs[1])
            files = [(n1, [1], "1"), (n2, [1], "2")]
        else:
            n = FILE_NAMES["one_pdf"][i % 5]
            put(n, pdfs[0])
            files = [(n, [1, 2], "2,1" if arr == "one_pdf_reversed" else "1,2")]
    elif look == "screenshot":
        assert pdfs is not None
        rend = looks.render_pdf(pdfs[0], 140)
        fname = FILE_NAMES["one_pdf"][i % 5]
        a, b = FILE_NAMES["shot"][i % 2]
        num = int(r.integers(1000, 9000))
        hh = int(r.integers(8, 22))
        mm = int(r.integers(0, 59))
        names = [a % num, b % (num + 1)]
        for k in range(2):
            img = looks.screenshot(
                rend[k], r, fname, k + 1, 2, "%d:%02d" % (hh, mm + k if mm + k < 60 else 59)
            )
            put(names[k], looks.png_bytes(img))
        files = [(names[0], [1], "1"), (names[1], [1], "2")]
    else:
        assert pages is not None
        if look == "image_pdf":
            dpi = int(r.choice([200, 240, 300]))
            grey = r.random() < 0.35
            jp = []
            for p in pages:
                img = looks.scan_effect(p, r, dpi, grey)
                jp.append(
                    (
                        looks.jpeg_bytes(img, int(r.integers(78, 92)), dpi),
                        img.shape[1],
                        img.shape[0],
                        dpi,
                    )
                )
            notes["scan_dpi"] = dpi
            if arr == "two_pdfs":
                n1, n2 = FILE_NAMES["two_pdfs"][i % 3]
                put(n1, looks.images_pdf([jp[0]]))
                put(n2, looks.images_pdf([jp[1]]))
                files = [(n1, [1], "1"), (n2, [1], "2")]
            else:
                n = FILE_NAMES["one_pdf"][i % 5]
                order = [1, 0] if arr == "one_pdf_reversed" else [0, 1]
                put(n, looks.images_pdf([jp[k] for k in order]))
                files = [(n, [1, 2], "2,1" if arr == "one_pdf_reversed" else "1,2")]
        elif look == "scan":
            a, b = FILE_NAMES["scan"][i % 3]
            png = a.endswith(".png")
            dpi = int(r.choice([150, 200])) if png else int(r.choice([150, 200, 300]))
            grey = r.random() < (0.6 if png else 0.35)
            names = [a, b] if arr == "two_images" else [b, a]  # reversed: page 1 in the later name
            for k, p in enumerate(pages):
                img = looks.scan_effect(p, r, dpi, grey, 0.4 if png else 1.0)
                data = (
                    looks.png_bytes(img, dpi, grey)
                    if png
                    else looks.jpeg_bytes(img, int(r.integers(80, 94)), dpi)
                )
                put(names[k], data)
            notes["scan_dpi"] = dpi
            files = sorted([(names[0], [1], "1"), (names[1], [1], "2")])
        else:  # phone_photo
            a, b = FILE_NAMES["photo"][i % 3]
            num = int(r.integers(1000, 9000))
            names = [a % num, b % (num + 1)] if "%" in a else [a, b]
            if arr == "two_images_reversed":
                names = [names[1], names[0]]
            rots = []
            for k, p in enumerate(pages):
                rot = int(r.choice([0, 0, 0, 1, 2, 3])) if (i + k) % 3 != 0 else 0
                rots.append(rot * 90)
                img = looks.photo_effect(p, r, int(r.integers(2600, 3600)), rot)
                put(names[k], looks.jpeg_bytes(img, int(r.integers(84, 93))))
            if any(rots):
                notes["rotated_ccw"] = {names[k]: rots[k] for k in range(2) if rots[k]}
            files = sorted([(names[0], [1], "1"), (names[1], [1], "2")])
    if arr in ("one_pdf_reversed", "two_images_reversed"):
        notes["page_order"] = "page 2 of the form comes first"
    form_pages = {f[0]: f[2] for f in files}
    notes["form_pages"] = form_pages
    notes["print_run"] = spec["run"]
    truth = {
        "as_of": spec["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": c["form_status"],
        "defect": c["defect"],
        "fill_way": spec["fill_way"],
        "case": spec["case"],
        "applicant": c["applicant"],
        "documents": [
            {
                "files": [{"path": f[0], "pages": f[1]} for f in files],
                "type": "application_form",
                "look": look,
                "fields": c["fields"],
                "notes": "; ".join(f"{k}: {v}" for k, v in notes.items()),
            }
        ],
    }
    with open(
        os.path.join(out_dir, "documents", name + ".truth.json"), "w", encoding="utf-8"
    ) as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return truth


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    if os.path.isdir(os.path.join(out_dir, "documents")):
        shutil.rmtree(os.path.join(out_dir, "documents"))
    os.makedirs(os.path.join(out_dir, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out_dir, "packets"), exist_ok=True)
    specs = plan()
    names = []
    for spec in specs:
        write_document(spec, out_dir)
        names.append(spec["name"])
        print(spec["name"], spec["fill_way"], spec["look"], spec["case"], file=sys.stderr)
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"set": SET, "packets": [], "documents": names}, fh, indent=2)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
