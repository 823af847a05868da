"""The paper route: print the form (blank, typed or fillable PDF with values), write on it by
hand, then scan it or photograph it and save the files the applicant would send."""

from __future__ import annotations

import random
from pathlib import Path

import fill
import ink
import numpy as np
import optics
import printruns as pr
import pypdfium2 as pdfium

SCANNERS = [
    "HP Scan",
    "Canon MF Scan Utility",
    "EPSON Scan 2",
    "Brother iPrint&Scan",
    "KONICA MINOLTA bizhub C258",
    "Xerox WorkCentre 6515",
    "RICOH MP C3004",
]


def rasterize(path: str, dpi: float, forms: bool) -> list[np.ndarray]:
    pdf = pdfium.PdfDocument(path)
    if forms:
        pdf.init_forms()
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        bm = page.render(scale=dpi / 72.0, may_draw_forms=forms)
        pages.append(np.asarray(bm.to_pil().convert("RGB")).copy())
        page.close()
    pdf.close()
    return pages


def paper(
    item,
    rng: random.Random,
    data: fill.FormData,
    run: pr.Run,
    look: fill.Look,
    hand: ink.Hand,
    names: list[str],
    folder: Path,
    tmp: str,
    notes: list[str],
    scan_day,
):
    fw = item.fill_way
    if fw == "typed_print":
        r = rng.random()
        data.hand_items = {"date"} if r < 0.45 else ({"date", "place"} if r < 0.6 else set())
    elif fw == "acroform_printed":
        data.hand_items = {"date"} if rng.random() < 0.35 else set()
    if data.hand_items and "date" in data.text:
        notes.append("typed form dated by hand")
    mode = {"hand": "blank", "typed_print": "typed", "acroform_printed": "acroform"}[fw]
    src = f"{tmp}/form.pdf"
    slots = fill.build_pdf(src, run, data, mode, look)
    arr = item.arrangement
    photo_names = ("IMG_", "WhatsApp", "PXL_")
    is_photo = arr == "phone_photos" or (
        arr == "two_images_p2_first" and names[0].startswith(photo_names)
    )
    dpi = 240 if is_photo else rng.choice([150, 200, 200, 200, 300])
    pages = rasterize(src, dpi, forms=mode == "acroform")
    tick_kind = rng.choice(["cross", "cross", "check", "check", "fill"])
    for i, img in enumerate(pages):
        layer = ink.InkLayer(img.shape[1], img.shape[0], dpi)
        fill.hand_fill(
            layer,
            slots,
            data,
            i + 1,
            hand,
            rng,
            tick_kind,
            only_hand_items=fw != "hand",
            sig_hand=True,
        )
        pages[i] = layer.apply(img, hand.ink, rng)
    grey = rng.random() < 0.25
    quality = rng.randint(62, 88)
    files: list[dict] = []
    if arr in ("one_pdf", "one_pdf_reversed", "two_pdfs"):
        scans = []
        for img in pages:
            s = optics.scan(img, rng, grey)
            scans.append((optics.to_jpeg(s, quality, dpi), s.shape[1], s.shape[0]))
        creator = rng.choice(SCANNERS)
        when = f"{scan_day:%Y%m%d}{rng.randint(8, 20):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
        if arr == "two_pdfs":
            for i in range(2):
                optics.image_pdf(str(folder / names[i]), [scans[i]], creator, when)
                files.append({"path": names[i], "pages": [1]})
        else:
            order = [0, 1] if arr == "one_pdf" else [1, 0]
            optics.image_pdf(str(folder / names[0]), [scans[j] for j in order], creator, when)
            files.append({"path": names[0], "pages": [1, 2] if arr == "one_pdf" else [2, 1]})
            if arr == "one_pdf_reversed":
                notes.append("pages scanned in reverse order: PDF page 1 is form page 2")
        return files, "image_pdf"
    rotations = []
    for i, img in enumerate(pages):
        if is_photo:
            rot = rng.choice([90, 180, 270]) if rng.random() < 0.35 else 0
            rotations.append(rot)
            out = optics.photo(img, rng, rot)
            data_bytes = optics.to_jpeg(out, rng.randint(80, 92))
        else:
            out = optics.scan(img, rng, grey)
            if names[i].endswith(".png"):
                data_bytes = optics.to_png(out, dpi)
            else:
                data_bytes = optics.to_jpeg(out, quality, dpi)
        (folder / names[i]).write_bytes(data_bytes)
        files.append({"path": names[i], "pages": [1]})
    if any(rotations):
        notes.append(
            "photo rotation (clockwise, pixels): "
            + ", ".join(f"page {i + 1}: {r}" for i, r in enumerate(rotations) if r)
        )
    if arr == "two_images_p2_first":
        notes.append("file names sort page 2 first")
    return files, "phone_photo" if is_photo else "scan"
