"""Blind set form_aq: 16 application forms (cerfa 15763*02, S1106) as people send them.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cv2  # noqa: E402
import degrade  # noqa: E402
import fill  # noqa: E402
import hand  # noqa: E402
import layout  # noqa: E402
import pikepdf  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from people import EMPLOYMENT, PEOPLE, PLAN  # noqa: E402
from PIL import Image  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

cv2.setNumThreads(1)
DPI = 200
K = DPI / 72.0
MONTHS = [
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
FORM_STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
DEFECTS = {
    "unsigned": "signature box left empty",
    "label_only": "only the printed word 'Signature' in the box, no signature",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "dated after the audit date",
    "us_date": "date written MM/DD/YYYY (US order)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}


def nir_key(n13: str) -> str:
    return f"{97 - int(n13) % 97:02d}"


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def iso(d: dt.date) -> str:
    return d.isoformat()


# ---- values --------------------------------------------------------------------------------
def make_values(p: dict, fill_way: str, case: str, rng: random.Random, as_of: dt.date) -> dict:
    upper_given = fill_way == "hand" or rng.random() < 0.4
    keep_accents = fill_way != "hand" or rng.random() < 0.5
    given = p["given"] if keep_accents else ascii_fold(p["given"])
    nom = p["surname"] if keep_accents else ascii_fold(p["surname"])
    usage = p["usage"] or ""
    if usage and not keep_accents:
        usage = ascii_fold(usage)
    y, m, d = p["dob"].split("-")
    first = ascii_fold(p["given"].split()[0]).lower().replace("'", "")
    last = ascii_fold(p["surname"]).lower().replace("'", "").replace(" ", "").replace("-", "")
    email = rng.choice(
        [f"{first}.{last}@gmail.com", f"{first}{last}{rng.randint(1, 99)}@yahoo.fr"]
        + [f"{last}.{first[0]}@outlook.com"]
    )
    tel = "0" + rng.choice("67") + "".join(f" {rng.randint(0, 99):02d}" for _ in range(4))
    ticks = [f"sexe_{p['sex']}"]
    situation = p["situation"]
    contract = p["contract"]
    sits: list[str] = []
    if case != "none_ticked":
        sits = [situation]
        if case == "two_ticked":
            extra = "etudiant" if situation == "salarie" else "demandeur_emploi"
            sits.append(extra)
        order = [k for k, _ in layout.SITUATIONS]
        sits.sort(key=order.index)
        ticks += sits
        if situation == "salarie":
            ticks.append({"CDI": "cdi", "CDD": "cdd", "intérim": "interim"}[contract])
    else:
        contract = None
    # date after "le"
    signed_on: dt.date | None = as_of - dt.timedelta(days=rng.randint(2, 40))
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(4, 35))
    if case == "us_date":
        while signed_on.day <= 12:
            signed_on -= dt.timedelta(days=1)
    if case == "no_date":
        signed_on = None
        date_text = ""
    elif case == "us_date":
        date_text = f"{signed_on.month:02d}/{signed_on.day:02d}/{signed_on.year}"
    elif case == "date_words":
        date_text = f"{signed_on.day} {MONTHS[signed_on.month - 1]} {signed_on.year}"
    else:
        date_text = signed_on.strftime("%d/%m/%Y")
    nir13 = p["nir"] or ""
    return dict(
        nom=nom.upper(),
        nom_usage=usage.upper(),
        prenoms=given.upper() if upper_given else given,
        dob_comb=d + m + y,
        nir13=nir13,
        nir_key=nir_key(nir13) if nir13 else "",
        cp=p["cp"],
        lieu_commune=p["town"].upper() if fill_way == "hand" else p["town"],
        lieu_pays=p["country"].upper() if fill_way == "hand" else p["country"],
        nationalite=p["nat"],
        adresse=p["addr"],
        commune=p["city"].upper() if fill_way == "hand" else p["city"],
        tel=tel,
        email=email,
        profession=(p["job"] or "") if "salarie" in sits else "",
        autre_txt=(p["job"] or "") if "autre" in sits else "",
        fait_a=p["city"],
        le=date_text,
        ticks=ticks,
        sits=sits,
        contract=contract,
        signed_on=signed_on,
    )


# ---- rendering -----------------------------------------------------------------------------
def render(pdf_bytes: bytes, forms: bool) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=K, may_draw_forms=forms)
        out.append(bm.to_pil().convert("RGB"))
    doc.close()
    return out


def images_to_pdf(images: list[Image.Image], rng: random.Random) -> bytes:
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator(rng.choice(["Canon MF Scan Utility", "HP Scan", "EPSON Scan", "Xerox WorkCentre"]))
    for im in images:
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=rng.randint(70, 88))
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def strip_text_appearances(pdf_bytes: bytes) -> bytes:
    """Drop the text fields' appearance streams and ask the viewer to build them."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if annot.get("/FT") == "/Tx" and "/AP" in annot:
                    del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


def physical_pages(fw, case, run, v, p, rng) -> list[Image.Image]:
    """Pages as they come out of the printer, filled and signed (before scan or photo)."""
    pen = hand.Pen(rng, K)
    date_by_hand = fw == "hand" or (fw == "typed_print" and rng.random() < 0.5)
    if fw == "hand":
        pdf, geo = layout.build_pdf(run)
        pages = render(pdf, False)
    elif fw == "typed_print":
        skip = {"le"} if date_by_hand else set()
        pdf, geo = layout.build_pdf(run, fill.typed_filler(v, rng, skip))
        pages = render(pdf, False)
    else:
        pdf, geo = layout.build_pdf(run, fill.acro_filler(v, rng, None))
        pages = render(pdf, True)
        date_by_hand = False
    pages = [degrade.paper(im, rng) for im in pages]
    if fw == "hand":
        for i, im in enumerate(pages):
            fill.hand_fill(im, geo, v, pen, K, rng, i + 1)
    elif date_by_hand and v["le"]:
        fill.hand_fill(pages[1], geo, v, pen, K, rng, 2, only={"le"})
    finish_signature(pages[1], geo, case, p, rng)
    return pages, date_by_hand


def finish_signature(page2, geo, case, p, rng):
    if case in ("unsigned", "label_only"):
        return
    if case == "stray_mark":
        fill.mark(page2, geo, K, rng, hand.stray_mark(rng, int(rng.uniform(14, 30))))
        return
    w = int(geo["sig"][3] * K * rng.uniform(0.45, 0.75))
    fill.sign(page2, geo, K, rng, hand.signature(rng, f"{p['given']} {p['surname']}", w))


def photo_name(rng: random.Random, when: dt.date, n: int) -> list[str]:
    h, m, s = rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 50)
    style = rng.random()
    names = []
    for i in range(n):
        if style < 0.5:
            names.append(f"IMG_{when:%Y%m%d}_{h:02d}{m:02d}{s + 7 * i:02d}.jpg")
        else:
            names.append(f"IMG_{rng.randint(1000, 8000) if i == 0 else 0:04d}.jpg")
    if style >= 0.5:
        base = int(names[0][4:8])
        names = [f"IMG_{base + i}.jpg" for i in range(n)]
    return names


# ---- one document ---------------------------------------------------------------------------
def make_document(idx: int, out_dir: str) -> dict:
    fw, case, arr, run = PLAN[idx]
    p = PEOPLE[idx]
    rng = random.Random(f"form_aq/{idx}")
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    v = make_values(p, fw, case, rng, as_of)
    name = f"d{idx + 1:03d}"
    folder = os.path.join(out_dir, "documents", name)
    os.makedirs(folder, exist_ok=True)
    files: list[dict] = []
    notes = [f"print run {run}"]
    when = (v["signed_on"] or as_of - dt.timedelta(days=10)) + dt.timedelta(days=rng.randint(0, 1))
    when = min(when, as_of)

    if fw == "acroform":
        sig = None
        if case not in ("unsigned", "label_only", "stray_mark"):
            w = int(geo_sig_width(run) * K * 0.6)
            sig = hand.signature(rng, f"{p['given']} {p['surname']}", w)
        filler = fill.acro_filler(v, rng, sig)
        with_ap = rng.random() < 0.5 if case != "ok" else idx % 2 == 0
        notes.append("AcroForm with appearance streams" if with_ap else "AcroForm, no text AP")
        if sig is not None:
            notes.append("handwritten signature image pasted in the box")
        look = "text_pdf"
        if arr == "two_pdfs":
            parts = []
            for pg in (1, 2):
                pdf, _ = layout.build_pdf(run, filler, pages=(pg,))
                parts.append(pdf if with_ap else strip_text_appearances(pdf))
            names = ["S1106_page1.pdf", "S1106_page2.pdf"]
            for nm, pdf in zip(names, parts):
                write(folder, nm, pdf)
            files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        else:
            order = (2, 1) if arr == "one_pdf_reversed" else (1, 2)
            pdf, _ = layout.build_pdf(run, filler, pages=order)
            pdf = pdf if with_ap else strip_text_appearances(pdf)
            nm = rng.choice(
                ["S1106_demande_PUMa.pdf", "cerfa_15763-02_rempli.pdf", "formulaire.pdf"]
            )
            write(folder, nm, pdf)
            files = [{"path": nm, "pages": [2, 1] if order == (2, 1) else [1, 2]}]
    else:
        pages, date_by_hand = physical_pages(fw, case, run, v, p, rng)
        if fw == "typed_print" and v["le"]:
            notes.append("date written by hand" if date_by_hand else "date typed")
        if arr in ("one_pdf", "one_pdf_reversed", "two_pdfs"):
            look = "image_pdf"
            dpi = rng.choice([150, 200, 300])
            scans = [degrade.scan(im, rng, DPI, min(dpi, DPI)) for im in pages]
            if arr == "two_pdfs":
                names = ["Scan_formulaire_p1.pdf", "Scan_formulaire_p2.pdf"]
                for nm, im in zip(names, scans):
                    write(folder, nm, images_to_pdf([im], rng))
                files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
            else:
                order = [1, 0] if arr == "one_pdf_reversed" else [0, 1]
                nm = rng.choice(["scan_demande_secu.pdf", "Numérisation_0001.pdf", "doc00412.pdf"])
                write(folder, nm, images_to_pdf([scans[i] for i in order], rng))
                files = [{"path": nm, "pages": [2, 1] if order == [1, 0] else [1, 2]}]
        elif arr == "two_scans":
            look = "scan"
            dpi = rng.choice([150, 200])
            scans = [degrade.scan(im, rng, DPI, dpi) for im in pages]
            base = rng.randint(10, 90)
            names = [f"scan_{base:04d}.jpg", f"scan_{base + 1:04d}.jpg"]
            for nm, im in zip(names, scans):
                save_jpeg(folder, nm, im, rng)
            files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        else:  # photos, or photos whose names sort page 2 first
            look = "phone_photo"
            turns = [0, 0]
            if arr == "photos" and rng.random() < 0.7:
                turns = [rng.choice([1, 3, 2, 0]), rng.choice([1, 3, 0])]
            photos = [degrade.photo(im, rng, t) for im, t in zip(pages, turns)]
            names = photo_name(rng, when, 2)
            if arr == "two_images_p2_first":
                names = names[::-1]
                notes.append("page 2 photographed first: its file name sorts first")
            for nm, im in zip(names, photos):
                save_jpeg(folder, nm, im, rng)
            files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
            if any(turns):
                notes.append(
                    f"photos turned by {[90 * t for t in turns]} degrees (counter-clockwise)"
                )
    notes.append(f"arrangement {arr}")
    if case == "label_only":
        notes.append("the box holds only the printed word 'Signature'")
    truth = build_truth(idx, p, v, fw, case, as_of, files, look, notes)
    with open(os.path.join(out_dir, "documents", f"{name}.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return truth


def geo_sig_width(run: str) -> float:
    return 230 if run == "C" else 210


def write(folder: str, name: str, data: bytes):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def save_jpeg(folder: str, name: str, im: Image.Image, rng: random.Random):
    im.save(os.path.join(folder, name), "JPEG", quality=rng.randint(78, 92))


def build_truth(idx, p, v, fw, case, as_of, files, look, notes) -> dict:
    sits = v["sits"]
    signed = case not in ("unsigned", "label_only", "stray_mark")
    nir = v["nir13"] + v["nir_key"] if v["nir13"] else None
    fields = {
        "surname": v["nom"],
        "usage_name": v["nom_usage"] or None,
        "given_names": v["prenoms"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(sits) if sits else None,
        "contract_type": v["contract"] if "salarie" in sits else None,
        "signed": signed,
        "signed_on": iso(v["signed_on"]) if v["signed_on"] else None,
        "date_text": v["le"] or None,
        "place": v["fait_a"],
        "nir": nir,
    }
    return {
        "as_of": iso(as_of),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": FORM_STATUS[case],
        "defect": DEFECTS.get(case),
        "fill_way": fw,
        "case": case,
        "applicant": {
            "surname": v["nom"],
            "given_names": v["prenoms"],
            "date_of_birth": p["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for i in range(len(PLAN)):
        make_document(i, out)
        names.append(f"d{i + 1:03d}")
        print(f"d{i + 1:03d} {PLAN[i][0]} {PLAN[i][1]}", file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": [], "documents": names}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
