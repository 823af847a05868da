"""Blind set form_br: 20 application forms (cerfa 15763*02, S1106) as people send them.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

import cv2
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import degrade
import fill
import layout
from people import applicant

cv2.setNumThreads(1)

# (fill way, print run, case, arrangement, applicant index)
PLAN = [
    ("hand", "A", "ok", "two_images", 1),
    ("hand", "B", "ok", "phone", 0),
    ("hand", "A", "date_words", "pdf", 2),
    ("hand", "B", "stray_mark", "two_pdfs", 3),
    ("hand", "A", "none_ticked", "two_images_p2_first", 12),
    ("hand", "B", "us_date", "pdf_reversed", 13),
    ("typed_print", "B", "ok", "pdf", 6),
    ("typed_print", "A", "ok", "phone", 7),
    ("typed_print", "B", "label_only", "two_images", 8),
    ("typed_print", "A", "future_date", "two_pdfs", 9),
    ("typed_print", "B", "two_ticked", "phone", 10),
    ("acroform", "A", "ok", "acro_ap", 11),
    ("acroform", "B", "ok", "acro_noap", 19),
    ("acroform", "A", "unsigned", "acro_ap", 4),
    ("acroform", "B", "no_date", "acro_noap", 17),
    ("acroform_printed", "A", "ok", "two_images", 14),
    ("acroform_printed", "B", "ok", "pdf_reversed", 15),
    ("acroform_printed", "A", "ok", "phone", 16),
    ("acroform_printed", "B", "label_only", "pdf", 18),
    ("acroform_printed", "A", "unsigned", "two_images_p2_first", 5),
]
CASE_STATUS = {
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
DEFECT_TEXT = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "only a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (US order, day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
SECOND_TICK = {"salarie": "etudiant", "demandeur_emploi": "sans_activite"}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "other",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
SIT_ORDER = [code for code, _ in layout.SITUATIONS]
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
HAND_STYLES = [
    dict(font="breip", caps="breip", ink="blue", tick="cross", keep_accents=True),
    dict(font="dkg", caps="dkg", ink="black", tick="check", keep_accents=True),
    dict(font="ecolier", caps="humor", ink="bic", tick="cross", keep_accents=False),
    dict(font="rufscript", caps="rufscript", ink="navy", tick="check", keep_accents=False),
    dict(font="breip", caps="humor", ink="black", tick="cross", keep_accents=True),
    dict(font="dkg", caps="rufscript", ink="blue", tick="check", keep_accents=True),
]


def _dates(rng, case):
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    if case == "future_date":
        signed = as_of + dt.timedelta(days=rng.randint(4, 25))
    elif case == "us_date":
        signed = as_of - dt.timedelta(days=rng.randint(3, 40))
        while signed.day <= 12:
            signed -= dt.timedelta(days=1)
    else:
        signed = as_of - dt.timedelta(days=rng.randint(2, 30))
    return as_of, signed


def _date_text(case, signed):
    if case == "us_date":
        return f"{signed.month:02d}/{signed.day:02d}/{signed.year}"
    if case == "date_words":
        return f"{signed.day} {MONTHS[signed.month - 1]} {signed.year}"
    if case == "no_date":
        return None
    return signed.strftime("%d/%m/%Y")


def make_item(idx: int):
    fill_way, run, case, arrangement, who = PLAN[idx]
    rng = random.Random(f"form_br-{idx:03d}")
    a = applicant(who)
    as_of, signed = _dates(rng, case)
    ticks = list(a["situation"])
    if case == "none_ticked":
        ticks = []
    elif case == "two_ticked":
        ticks.append(SECOND_TICK.get(ticks[0], "autre"))
        ticks.sort(key=SIT_ORDER.index)
    contract = a["contract"] if "salarie" in ticks else None
    v = dict(
        surname=a["surname"],
        usage_name=a["usage"],
        given_names=a["given"],
        sex=a["sex"],
        dob=a["dob"][8:10] + a["dob"][5:7] + a["dob"][:4],
        birth_city=a["birth_city"],
        birth_country=a["country"],
        nationality=a["nationality"],
        address=a["address"],
        postcode=a["postcode"],
        city=a["city"],
        phone=a["phone"],
        email=a["email"],
        nir=a["nir"],
        ticks=ticks,
        contract=contract,
        job=a["job"] if "salarie" in ticks else None,
        employer=a["employer"] if "salarie" in ticks else None,
        autre_text=a["autre"] if "autre" in ticks else None,
        place=a["city"],
        date=_date_text(case, signed),
        sig_name=a["usage"] or a["surname"],
    )
    if case == "two_ticked" and "autre" in ticks and not v["autre_text"]:
        v["autre_text"] = "en attente de titre de séjour"
    v["sign"] = {"unsigned": None, "label_only": None, "stray_mark": "dot"}.get(case, "signature")
    if case == "stray_mark" and rng.random() < 0.5:
        v["sign"] = "small_tick"
    sig_label = None
    if case == "unsigned":
        sig_label = "above"
    elif case == "label_only":
        sig_label = rng.choice(["inside", "grey_inside"])
    return dict(
        idx=idx,
        fill_way=fill_way,
        run=run,
        case=case,
        arrangement=arrangement,
        rng=rng,
        a=a,
        as_of=as_of,
        signed=signed,
        v=v,
        sig_label=sig_label,
    )


def render(item):
    """Returns ('pdf', bytes) for a fillable PDF, else ('pages', [img1, img2], look)."""
    rng, v, run, fw = item["rng"], item["v"], item["run"], item["fill_way"]
    arr = item["arrangement"]
    if fw == "acroform":
        sig = fill.signature_image(v, rng) if v["sign"] == "signature" else None
        pdf, _ = fill.vector_pdf(v, run, "acro", item["sig_label"], sig, rng)
        return ("pdf", fill.strip_appearances(pdf) if arr == "acro_noap" else pdf)
    dpi = rng.choice([220, 240]) if arr == "phone" else rng.choice([150, 200, 300, 200])
    scale = dpi / 72
    hp = dict(HAND_STYLES[item["idx"] % len(HAND_STYLES)])
    if fw == "hand":
        pdf, fields = fill.vector_pdf(v, run, "blank", item["sig_label"])
        pages = fill.rasterize(pdf, dpi)
        pages = fill.hand_fill(pages, fields, v, rng, hp, scale, "all")
    else:
        if fw == "typed_print":
            v["date_by_hand"] = rng.random() < 0.5 and item["case"] != "us_date"
            pdf, fields = fill.vector_pdf(v, run, "typed", item["sig_label"], rng=rng)
            pages = fill.rasterize(pdf, dpi)
        else:
            pdf, fields = fill.vector_pdf(v, run, "acro", item["sig_label"], rng=rng)
            pages = fill.rasterize(pdf, dpi, forms=True)
        hp["font"], hp["caps"] = rng.choice([("breip", "breip"), ("dkg", "dkg")])
        pages = fill.hand_fill(pages, fields, v, rng, hp, scale, "sign")
    return ("pages", pages, dpi)


def _image_pdf(imgs, rng) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
    c.setCreator(rng.choice(["HP Scan", "Canon MF Scan Utility", "EPSON Scan", "NAPS2"]))
    for img in imgs:
        jpg = degrade.jpeg_bytes(img, rng.randint(60, 85))
        c.drawImage(ImageReader(io.BytesIO(jpg)), 0, 0, layout.PAGE_W, layout.PAGE_H)
        c.showPage()
    c.save()
    return buf.getvalue()


def write_item(item, out: Path):
    name = f"d{item['idx'] + 1:03d}"
    folder = out / "documents" / name
    folder.mkdir(parents=True, exist_ok=True)
    rng, arr = item["rng"], item["arrangement"]
    res = render(item)
    signed = item["signed"]
    stamp = signed + dt.timedelta(days=rng.randint(0, 2))
    notes = []
    if res[0] == "pdf":
        fname = rng.choice(["S1106_rempli.pdf", "cerfa_15763-02.pdf", "demande_PUMa.pdf"])
        (folder / fname).write_bytes(res[1])
        files, look = [{"path": fname, "pages": [1, 2]}], "text_pdf"
        ap = "without appearance streams (NeedAppearances)" if arr == "acro_noap" else "with"
        notes.append(f"fillable PDF, values in AcroForm fields {ap}")
    else:
        pages = res[1]
        if arr == "phone":
            look = "phone_photo"
            files = []
            t0 = rng.randint(8, 20) * 3600 + rng.randint(0, 3000)
            for k, img in enumerate(pages):
                ph = degrade.phone(img, rng, long_side=rng.choice([3264, 4000, 4032]))
                rot = rng.choice([0, 0, 90, 270, 180]) if k == 0 else rng.choice([0, 0, 90])
                if rot:
                    ph = ph.rotate(rot, expand=True)
                    notes.append(f"photo of page {k + 1} rotated {rot} degrees")
                t = t0 + k * rng.randint(9, 40)
                fname = f"IMG_{stamp:%Y%m%d}_{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}.jpg"
                ph.save(folder / fname, "JPEG", quality=rng.randint(84, 92))
                files.append({"path": fname, "pages": [1]})
        else:
            grey = rng.random() < 0.35
            scans = [degrade.scan(img, rng, grey) for img in pages]
            if arr.startswith("two_images"):
                look = "scan"
                ext = rng.choice(["jpg", "png", "jpg"])
                if arr == "two_images":
                    n0 = rng.randint(10, 900)
                    names = [f"scan_{n0:04d}.{ext}", f"scan_{n0 + 1:04d}.{ext}"]
                else:
                    names = [
                        f"Numerisation_{stamp:%Y%m%d}_14{rng.randint(10, 59)}.{ext}",
                        f"Numerisation_{stamp:%Y%m%d}_09{rng.randint(10, 59)}.{ext}",
                    ]
                    notes.append("file names sort page 2 first (page 1 scanned again later)")
                for img, fname in zip(scans, names, strict=True):
                    if ext == "png":
                        img.save(folder / fname, "PNG")
                    else:
                        img.save(folder / fname, "JPEG", quality=rng.randint(75, 92))
                files = [{"path": n, "pages": [1]} for n in names]
            else:
                look = "image_pdf"
                if arr == "pdf":
                    fname = rng.choice(["formulaire_cpam.pdf", "Scan_S1106.pdf", "doc00123.pdf"])
                    (folder / fname).write_bytes(_image_pdf(scans, rng))
                    files = [{"path": fname, "pages": [1, 2]}]
                elif arr == "pdf_reversed":
                    fname = rng.choice(["demande_secu.pdf", "SCAN0042.pdf"])
                    (folder / fname).write_bytes(_image_pdf(scans[::-1], rng))
                    files = [{"path": fname, "pages": [1, 2]}]
                    notes.append("pages in reverse order: form page 1 is PDF page 2")
                else:
                    names = ["formulaire_page1.pdf", "formulaire_page2.pdf"]
                    for img, fname in zip(scans, names, strict=True):
                        (folder / fname).write_bytes(_image_pdf([img], rng))
                    files = [{"path": n, "pages": [1]} for n in names]
    truth = make_truth(item, files, look, notes)
    (out / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return name


def make_truth(item, files, look, notes):
    v, a, case = item["v"], item["a"], item["case"]
    hp = HAND_STYLES[item["idx"] % len(HAND_STYLES)]
    surname, given, usage = v["surname"], v["given_names"], v["usage_name"]
    if item["fill_way"] == "hand":
        up = (lambda s: s.upper()) if hp["keep_accents"] else fill._strip_upper
        surname, given = up(surname), up(given)
        usage = up(usage) if usage else None
    ticks = v["ticks"]
    emp = EMPLOYMENT[ticks[0]] if len(ticks) == 1 else None
    signed_flag = v["sign"] == "signature"
    if v.get("date_by_hand"):
        notes.append("typed values, date written by hand")
    notes.append(f"print run {item['run']}; case {case}")
    fields = {
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "sex": v["sex"],
        "date_of_birth": a["dob"],
        "employment_status": emp,
        "situation": "+".join(ticks) if ticks else None,
        "contract_type": v["contract"],
        "signed": signed_flag,
        "signed_on": item["signed"].isoformat() if v["date"] else None,
        "date_text": v["date"],
        "place": v["place"],
        "nir": v["nir"],
    }
    return {
        "as_of": item["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": CASE_STATUS[case],
        "defect": DEFECT_TEXT.get(case),
        "fill_way": item["fill_way"],
        "case": case,
        "applicant": {"surname": surname, "given_names": given, "date_of_birth": a["dob"]},
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


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    names = []
    for idx in range(len(PLAN)):
        names.append(write_item(make_item(idx), out))
        print(names[-1], PLAN[idx][:3], file=sys.stderr)
    manifest = {"packets": [], "documents": names}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
