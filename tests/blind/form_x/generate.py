"""Blind set form_x: filled cerfa 15763*02 (S1106) application forms, one per document folder.

Usage: python tests/blind/form_x/generate.py OUT_DIR
"""

from __future__ import annotations

import json
import logging
import random
import sys
from pathlib import Path

import cv2

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fill  # noqa: E402
import hand  # noqa: E402
import looks  # noqa: E402
import people  # noqa: E402
import plan  # noqa: E402

cv2.setNumThreads(1)
logging.getLogger("fontTools").setLevel(logging.ERROR)

# (case, fill way, how many)
TABLE = [
    ("ok", "hand", 10),
    ("ok", "typed_print", 5),
    ("ok", "acroform", 5),
    ("ok", "acroform_printed", 5),
    ("date_words", "hand", 3),
    ("date_words", "typed_print", 1),
    ("crossed_out", "hand", 2),
    ("unsigned", "acroform", 2),
    ("unsigned", "typed_print", 1),
    ("unsigned", "hand", 1),
    ("unsigned", "acroform_printed", 1),
    ("label_only", "acroform", 1),
    ("label_only", "hand", 1),
    ("label_only", "typed_print", 1),
    ("stray_mark", "hand", 2),
    ("stray_mark", "acroform_printed", 1),
    ("future_date", "hand", 2),
    ("future_date", "acroform", 1),
    ("future_date", "typed_print", 1),
    ("us_date", "hand", 1),
    ("us_date", "typed_print", 1),
    ("us_date", "acroform", 1),
    ("no_date", "hand", 2),
    ("no_date", "typed_print", 1),
    ("no_date", "acroform_printed", 1),
    ("none_ticked", "hand", 1),
    ("none_ticked", "typed_print", 1),
    ("none_ticked", "acroform", 1),
    ("two_ticked", "hand", 1),
    ("two_ticked", "typed_print", 1),
    ("two_ticked", "acroform_printed", 1),
    ("old_date", "hand", 1),
    ("old_date", "typed_print", 1),
    ("missing_page2", "hand", 1),
    ("missing_page2", "acroform_printed", 1),
    ("typed_name", "acroform", 1),
]


def master_plan():
    m = random.Random("form_x-master-15763")
    rows = [(c, f) for c, f, n in TABLE for _ in range(n)]
    m.shuffle(rows)
    persons = list(people.PEOPLE)
    m.shuffle(persons)
    paper_looks = ["scan", "image_pdf", "phone_photo"] * 18
    m.shuffle(paper_looks)
    styles = ["R1", "R2", "R3"] * 22
    m.shuffle(styles)
    out = []
    for i, (case, fill_way) in enumerate(rows):
        style = styles[i]
        if case == "unsigned":
            style = "R1"
        elif case == "label_only":
            style = "R2" if i % 2 else "R3"
        look = "text_pdf" if fill_way == "acroform" else paper_looks.pop()
        out.append((i + 1, case, fill_way, persons[i], style, look))
    return out


def render(it: dict, rng) -> list:
    """Returns either [pdf bytes] (fillable PDF) or the list of page rasters."""
    sig_png = None
    if it["sign"] == "image":
        sig_png = hand.signature_png(
            rng, it["sig_pen"], it["sig_given"], it["sig_surname"], it["sig_style"]
        )
    if it["fill"] == "acroform":
        blank, slots = fill.build_pdf(it, sig_png=sig_png)
        return [fill.add_acroform(blank, slots, it)]
    if it["fill"] == "acroform_printed":
        blank, slots = fill.build_pdf(it)
        pages = fill.rasterize(fill.add_acroform(blank, slots, it), forms=True)
    else:
        pdf, slots = fill.build_pdf(it, typed=it["fill"] == "typed_print")
        pages = fill.rasterize(pdf)
    fill.hand_fill(pages, slots, it, rng)
    return pages


def _stamp(it, rng):
    d = it["as_of"]
    return f"{d.year}{d.month:02d}{d.day:02d}", f"{rng.randint(8, 21):02d}{rng.randint(0, 59):02d}"


def outputs(it: dict, look: str, pages: list, rng) -> tuple[list, list, str]:
    """Files to write [(name, bytes)], truth files [{path, pages}], arrangement."""
    day, hm = _stamp(it, rng)
    sur = plan.strip_accents(it["sig_surname"].split()[0]).replace("'", "").upper()
    if look == "text_pdf":
        name = rng.choice(
            [
                f"cerfa_15763-02_{sur}.pdf",
                "S1106_formulaire_rempli.pdf",
                f"demande_PUMA_{sur.title()}.pdf",
                "15763_02_complete.pdf",
                "formulaire_ouverture_droits.pdf",
            ]
        )
        return [(name, pages[0])], [{"path": name, "pages": [1, 2]}], "one PDF"
    missing = it["case"] == "missing_page2"
    if missing:
        pages = pages[:1]
    if look == "image_pdf":
        dpi = rng.choice([150, 200, 200, 300])
        gray = rng.random() < 0.45
        jpegs = [
            looks.encode(looks.scan(p, rng, fill.DPI, dpi, gray), "jpg", rng.randint(62, 84))
            for p in pages
        ]
        base = rng.choice(
            [
                f"Scan_{day}_{hm}",
                "scan0001",
                f"Numérisation {day[:4]}-{day[4:6]}-{day[6:]}",
                f"CamScanner {day[6:]}-{day[4:6]}-{day[:4]} {hm[:2]}.{hm[2:]}",
                "doc_cerfa",
                "formulaire S1106",
            ]
        )
        if missing:
            return (
                [(f"{base}.pdf", looks.image_pdf(jpegs))],
                [{"path": f"{base}.pdf", "pages": [1]}],
                "page 1 only",
            )
        arr = rng.choice(["pdf1", "pdf1", "pdf1_rev", "pdf2", "pdf2"])
        if arr == "pdf1":
            return (
                [(f"{base}.pdf", looks.image_pdf(jpegs))],
                [{"path": f"{base}.pdf", "pages": [1, 2]}],
                "one PDF",
            )
        if arr == "pdf1_rev":
            return (
                [(f"{base}.pdf", looks.image_pdf(jpegs[::-1]))],
                [{"path": f"{base}.pdf", "pages": [2, 1]}],
                "one PDF, pages in reverse order (form page 1 is PDF page 2)",
            )
        n1, n2 = rng.choice(
            [
                ("cerfa_page1.pdf", "cerfa_page2.pdf"),
                ("Scan_001.pdf", "Scan_002.pdf"),
                ("demande p1.pdf", "demande p2.pdf"),
            ]
        )
        return (
            [(n1, looks.image_pdf(jpegs[:1])), (n2, looks.image_pdf(jpegs[1:]))],
            [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}],
            "two PDFs",
        )
    imgs = []
    if look == "scan":
        dpi = rng.choice([150, 200, 300])
        gray = rng.random() < 0.4
        fmt = "png" if (gray and dpi <= 200 and rng.random() < 0.6) else "jpg"
        for p in pages:
            imgs.append(
                (
                    looks.encode(looks.scan(p, rng, fill.DPI, dpi, gray), fmt, rng.randint(72, 92)),
                    fmt,
                )
            )
        k = rng.randint(10, 480)
        names = rng.choice(
            [
                [f"scan_{k:04d}", f"scan_{k + 1:04d}"],
                ["page1", "page2"],
                ["formulaire-1", "formulaire-2"],
                [f"Scan {day}", f"Scan {day} (2)"],
            ]
        )
    else:
        quarters = [0, 0, 0, 0, 1, 3, 2]
        sess = looks.session(rng)
        for p in pages:
            ph = looks.rotate(looks.photo(p, rng, sess), rng.choice(quarters))
            imgs.append((looks.encode(ph, "jpg", rng.randint(84, 94)), "jpg"))
        k = rng.randint(1200, 9400)
        secs = rng.randint(10, 40)
        names = rng.choice(
            [
                [f"IMG_{k}", f"IMG_{k + 1}"],
                [f"IMG_{day}_{hm}12", f"IMG_{day}_{hm}{12 + secs}"],
                [f"PXL_{day}_{hm}05127", f"PXL_{day}_{hm}{5 + secs:02d}884"],
                [f"{day}_{hm}03", f"{day}_{hm}{3 + secs:02d}"],
            ]
        )
    e = ".png" if imgs[0][1] == "png" else rng.choice([".jpg", ".jpg", ".jpeg", ".JPG"])
    if missing:
        n = names[0] + e
        return [(n, imgs[0][0])], [{"path": n, "pages": [1]}], "page 1 only"
    # page 2 shot or scanned first (its name comes first): only with sequence numbers or
    # times, never with names saying "page1" / "page2"
    rev = rng.random() < 0.4 and not names[0].startswith(("page", "formulaire-"))
    n1, n2 = (names[1], names[0]) if rev else (names[0], names[1])
    n1, n2 = n1 + e, n2 + e
    arr = "two images, names sort page 2 first" if sorted([n1, n2])[0] == n2 else "two images"
    return (
        [(n1, imgs[0][0]), (n2, imgs[1][0])],
        [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}],
        arr,
    )


def notes(it: dict, look: str, arr: str) -> str:
    parts = [f"print run {it['style']}", f"fill {it['fill']}", arr]
    if it["fill"] in ("hand",) or it["hand_values"]:
        parts.append(f"pen {it['pen'].replace('_', ' ')}, hand {it['hand_style']}")
    if it["fill"] == "hand":
        parts.append(f"birth date written '{it['dob_mode']}' in the comb")
    if it["fill"] == "typed_print":
        how = "one per box" if it["typed_comb"] == "cells" else "as one run across the boxes"
        parts.append(f"typed in {it['typed_font']}, comb values {how}")
    if it["fill"].startswith("acroform"):
        parts.append(
            f"AcroForm field names '{it['acro_scheme']}', "
            f"{'with' if it['acro_ap'] else 'without'} appearance streams"
        )
    if it["sign"] == "image":
        parts.append("signature image pasted in the box")
    if it.get("crossed"):
        ((k, v),) = it["crossed"].items()
        parts.append(f"'{v}' crossed out in the {k} field and rewritten")
    if it["case"] != "ok":
        parts.append(f"case {it['case']}")
    return "; ".join(parts)


def build_one(docs_dir: Path, row) -> str:
    idx, case, fill_way, person, style, look = row
    rng = random.Random(f"form_x-item-{idx}")
    it = plan.make(idx, case, fill_way, person, style, rng)
    pages = render(it, rng)
    files, tfiles, arr = outputs(it, look, pages, rng)
    did = f"d{idx:03d}"
    folder = docs_dir / did
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():  # a previous run into the same OUT_DIR
        if old.is_file():
            old.unlink()
    for name, data in files:
        (folder / name).write_bytes(data)
    truth = {
        "as_of": it["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": plan.STATUS[case],
        "defect": plan.DEFECT.get(case),
        "fill_way": fill_way,
        "case": case,
        "applicant": it["applicant"],
        "documents": [
            {
                "files": tfiles,
                "type": "application_form",
                "look": look,
                "fields": it["truth_fields"],
                "notes": notes(it, look, arr),
            }
        ],
    }
    (docs_dir / f"{did}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"{did} {case:13s} {fill_way:16s} {look:11s} {style}", file=sys.stderr)
    return did


def main(out: Path) -> None:
    docs_dir = out / "documents"
    docs_dir.mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(exist_ok=True)
    ids = [build_one(docs_dir, row) for row in master_plan()]
    manifest = {"packets": [], "documents": ids}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(Path(sys.argv[1]))
