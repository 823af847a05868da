"""Blind set form_ax: 16 cerfa 15763*02 application forms as people send them.

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import logging
import random
import sys
import unicodedata
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import degrade
from fill import AcroWriter, HandWriter, TypedWriter, fill, fix_combs, page_values
from formlayout import RUNS, draw_form
from hand import HAND_FONTS, Hand, supported
from people import DOCS, MOIS, PEOPLE, nir_of

STATUS = {
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
DEFECT = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (US style)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
SIT_ORDER = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
EMPLOY = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def signing_date(case, as_of, rng):
    """(date meant, text as written after 'le')."""
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(4, 12))
    elif case == "us_date":
        d = as_of - dt.timedelta(days=rng.randint(3, 20))
        while d.day <= 12:
            d -= dt.timedelta(days=1)
        return d, f"{d.month:02d}/{d.day:02d}/{d.year}"
    else:
        d = as_of - dt.timedelta(days=rng.randint(2, 35))
    if case == "no_date":
        return None, None
    if case == "date_words":
        return d, f"{d.day} {MOIS[d.month - 1]} {d.year}"
    return d, f"{d.day:02d}/{d.month:02d}/{d.year}"


def values_for(p, case, fill_way, as_of, rng, pen):
    """Values as written on the form (the truth follows what is written)."""
    hand = fill_way == "hand"
    caps = hand or fill_way == "typed_print" and rng.random() < 0.5
    keep = not hand or rng.random() < 0.5

    def w(s, upper=True):
        if s is None:
            return None
        if hand and not keep:
            s = strip_accents(s)
        s = s.upper() if (upper and caps) else s
        return supported(pen, s) if hand else s

    sit = list(p["sit"])
    if case == "none_ticked":
        sit = []
    signed_on, date_text = signing_date(case, as_of, rng)
    v = {
        "surname": w(p["surname"]),
        "usage_name": w(p["usage"]),
        "given_names": w(p["given"]),
        "sex": p["sex"],
        "dob_iso": p["dob"],
        "dob": p["dob"][8:10] + p["dob"][5:7] + p["dob"][0:4],
        "birth_commune": w(p["bcom"]),
        "birth_country": w(p["bcountry"]),
        "nationality": w(p["nat"]),
        "nir": nir_of(p["nir_parts"]),
        "address": w(p["addr"], upper=hand and rng.random() < 0.5),
        "postcode": p["cp"],
        "commune": w(p["com"]),
        "phone": p["phone"],
        "email": supported(pen, p["email"]) if hand else p["email"],
        "situation": sit,
        "contract": p["ct"] if "salarie" in sit else None,
        "employer": w(p.get("employer"), upper=False) if "salarie" in sit else None,
        "job": w(p.get("job"), upper=False) if "salarie" in sit else None,
        "autre_text": w(p.get("autre"), upper=False) if "autre" in sit else None,
        "place": w(p["com"], upper=hand and rng.random() < 0.4),
        "date_text": date_text,
        "signed_on": signed_on,
    }
    if v["surname"] and len(v["surname"]) > 24:
        raise ValueError("name too long for the comb")
    return v


def build_pdf(run, fill_way, v, rng, sign_in_pdf, strip_ap=False):
    """The two pages as a PDF (blank for hand filling, typed, or AcroForm)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    c.setSubject("cerfa 15763*02 - S1106")
    typed_font = rng.choice(["Lib", "Deja", "Carl", "DejaMono"])
    size = rng.choice([9.5, 10, 11])
    date_by_hand = v.get("_date_by_hand")
    for page in (1, 2):
        slots = draw_form(c, run, page)
        vals = page_values(v, page)
        if fill_way == "typed_print":
            tw = TypedWriter(c, rng, typed_font, size)
            fill(slots, vals, lambda k, tw=tw: None if (k == "date" and date_by_hand) else tw)
        elif fill_way in ("acroform", "acroform_printed"):
            aw = AcroWriter(c, RUNS[run]["field_scheme"], page)
            fill(slots, vals, lambda k, aw=aw: aw, all_fields=True)
            if page == 2 and sign_in_pdf:
                aw.signature(slots["sig"], rng)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if fill_way.startswith("acroform"):
        pdf = pikepdf.open(io.BytesIO(data))
        fix_combs(pdf)
        for pg in pdf.pages if strip_ap else []:
            for a in pg.get("/Annots", []):
                if a.get("/FT") == "/Tx" and "/AP" in a:
                    del a["/AP"]
        if strip_ap:
            pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, static_id=True, deterministic_id=False)
        data = out.getvalue()
    return data


def render(data, dpi, forms=False):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
        pdfium_c.FPDF_SetFormFieldHighlightAlpha(pdf.formenv, 0)
    imgs = [
        pdf[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        for i in range(len(pdf))
    ]
    pdf.close()
    return imgs


def slots_of(run):
    c = canvas.Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    return draw_form(c, run, 1), draw_form(c, run, 2)


def hand_fill(imgs, run, fill_way, v, case, rng, dpi, pen, ink):
    s1, s2 = slots_of(run)
    hands = [Hand(im, dpi, rng, pen, ink, slant=rng.uniform(-6, 8)) for im in imgs]
    hw = [HandWriter(h, tick=rng.choice(["cross", "check"])) for h in hands]
    if fill_way == "hand":
        fill(s1, page_values(v, 1), lambda k: hw[0])
        fill(s2, page_values(v, 2), lambda k: hw[1])
    elif v.get("_date_by_hand"):
        fill(s2, page_values(v, 2), lambda k: hw[1] if k == "date" else None)
    sig = s2["sig"]
    if case == "stray_mark":
        hands[1].dot(sig)
    elif case not in ("unsigned", "label_only"):
        hands[1].signature(sig)


def make_doc(out, did, run, fill_way, case, arr, look, as_of_s):
    rng = random.Random(f"form_ax/{did}")
    p = PEOPLE[int(did[1:]) - 1]
    as_of = dt.date.fromisoformat(as_of_s)
    pen = rng.choice(["breip", "dkg", "rufs", "humor", "breip"])
    ink = rng.choice(["blue", "blue", "black", "darkblue"])
    v = values_for(p, case, fill_way, as_of, rng, pen)
    if case == "two_ticked":
        assert len(v["situation"]) == 2
    v["_date_by_hand"] = fill_way == "typed_print" and rng.random() < 0.5
    if v["_date_by_hand"] and v["date_text"]:
        v["date_text"] = supported(pen, v["date_text"])
    d = out / "documents" / did
    d.mkdir(parents=True, exist_ok=True)
    signed = case not in ("unsigned", "label_only", "stray_mark")
    notes = [f"print run {run}", f"fill {fill_way}", f"case {case}"]
    if fill_way == "acroform":
        strip = did == "d009"
        data = build_pdf(run, fill_way, v, rng, signed, strip_ap=strip)
        name = {"d004": "S1106_formulaire_rempli.pdf", "d009": "cerfa_15763-02_PUMa.pdf"}.get(
            did, "demande_PUMa_sokolov.pdf"
        )
        (d / name).write_bytes(data)
        files = [{"path": name, "pages": [1, 2]}]
        notes.append(
            "AcroForm text fields"
            + (
                " without appearance streams (NeedAppearances)"
                if strip
                else " with appearance streams"
            )
        )
        if signed:
            notes.append("handwritten signature image pasted in the box")
    else:
        dpi = 300 if look == "phone_photo" else rng.choice([150, 200, 300])
        data = build_pdf(run, fill_way, v, rng, False)
        imgs = render(data, dpi, fill_way == "acroform_printed")
        hand_fill(imgs, run, fill_way, v, case, rng, dpi, pen, ink)
        files = arrange(d, imgs, arr, look, rng, did)
        if v["_date_by_hand"]:
            notes.append("date written by hand after printing")
    if case == "label_only":
        notes.append("signature box left empty; only its printed label is there")
    sit = [s for s in SIT_ORDER if s in v["situation"]]
    fields = {
        "surname": v["surname"],
        "usage_name": v["usage_name"],
        "given_names": v["given_names"],
        "sex": v["sex"],
        "date_of_birth": p["dob"],
        "employment_status": EMPLOY[sit[0]] if len(sit) == 1 else None,
        "situation": "+".join(sit) if sit else None,
        "contract_type": v["contract"],
        "signed": signed,
        "signed_on": v["signed_on"].isoformat() if v["signed_on"] else None,
        "date_text": v["date_text"],
        "place": v["place"],
        "nir": v["nir"],
    }
    truth = {
        "as_of": as_of_s,
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECT.get(case),
        "fill_way": fill_way,
        "case": case,
        "applicant": {
            "surname": v["surname"],
            "given_names": v["given_names"],
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
    (out / "documents" / f"{did}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def as_of_day(did):
    return dt.date.fromisoformat(next(s[6] for s in DOCS if s[0] == did))


def arrange(d, imgs, arr, look, rng, did):
    """Write the pages as the applicant did; return truth files, page-1 file first."""
    n = int(did[1:])
    if look == "phone_photo":
        rots = [rng.choice([0, 0, 90, 270, 180]) for _ in imgs]
        shots = [degrade.photo(im, rng, r) for im, r in zip(imgs, rots, strict=False)]
        base = 4100 + n * 37
        if arr == "photos_rev":
            names = [f"IMG_{base + 1}.jpg", f"IMG_{base}.jpg"]
        else:
            day = (as_of_day(did) - dt.timedelta(days=rng.randint(0, 2))).strftime("%Y%m%d")
            t0 = dt.datetime(2026, 1, 1, rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59))
            t1 = t0 + dt.timedelta(seconds=rng.randint(15, 90))
            names = [f"IMG_{day}_{t.strftime('%H%M%S')}.jpg" for t in (t0, t1)]
        for im, nm in zip(shots, names, strict=False):
            degrade.save_jpeg(im, d / nm, rng)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    scans = [degrade.scan(im, rng, grey=rng.random() < 0.3) for im in imgs]
    if arr in ("two_img", "two_img_rev"):
        ext = rng.choice(["jpg", "jpg", "png"])
        if arr == "two_img":
            names = [f"scan_{n:02d}01.{ext}", f"scan_{n:02d}02.{ext}"]
        else:
            names = [f"Scan 2026-11-{n:02d} 10.31.45.{ext}", f"Scan 2026-11-{n:02d} 10.30.02.{ext}"]
        for im, nm in zip(scans, names, strict=False):
            if ext == "png":
                im.save(d / nm, "PNG")
            else:
                degrade.save_jpeg(im, d / nm, rng)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    if arr == "two_pdf":
        names = ["cerfa_page1.pdf", "cerfa_page2.pdf"]
        for im, nm in zip(scans, names, strict=False):
            degrade.images_to_pdf([im], d / nm, rng, 200)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    name = rng.choice(["demande_ouverture_droits.pdf", "formulaire_cpam.pdf", "S1106.pdf"])
    if arr == "pdf_rev":
        degrade.images_to_pdf(scans[::-1], d / name, rng, 200)
        return [{"path": name, "pages": [2, 1]}]
    degrade.images_to_pdf(scans, d / name, rng, 200)
    return [{"path": name, "pages": [1, 2]}]


def main():
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    assert all(Path(p).exists() for p in HAND_FONTS.values())
    for spec in DOCS:
        make_doc(out, *spec)
    manifest = {"packets": [], "documents": [s[0] for s in DOCS]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
