"""Blind set form_p: application forms (cerfa 15763*02, S1106) as people send them.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cv2  # noqa: E402

cv2.setNumThreads(1)

import fill  # noqa: E402
import hand  # noqa: E402
import imaging  # noqa: E402
import people  # noqa: E402
import printrun  # noqa: E402

N_DOCS = 64
FILL_WAYS = ["hand", "typed_print", "acroform", "acroform_printed"]
ARR_ALL = ["one_pdf", "one_pdf_reversed", "two_pdfs", "two_images", "two_images_p2_first",
           "phone_photos"]  # fmt: skip
ARR_PDF = ["one_pdf", "one_pdf_reversed", "two_pdfs"]
ACRO_DEFECTS = ["unsigned", "label_only", "future_date", "us_date", "no_date", "none_ticked",
                "two_ticked", "date_words"]  # fmt: skip
OTHER_DEFECTS = (["unsigned"] * 3 + ["label_only"] * 2 + ["stray_mark"] * 3 + ["future_date"] * 3
                 + ["us_date"] * 3 + ["no_date"] * 3 + ["none_ticked"] * 2 + ["two_ticked"] * 2
                 + ["date_words"] * 3)  # fmt: skip
DEFECT_TEXT = {
    "unsigned": "unsigned: the signature box is empty",
    "label_only": "unsigned: only the printed word 'Signature' is in the box",
    "stray_mark": "unsigned: only a stray mark (dot or small tick) in the signature box",
    "future_date": "signing date is after the audit date",
    "us_date": "signing date written MM/DD/YYYY (day above 12)",
    "no_date": "signing date left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
STATUS = {
    "ok": "complete", "date_words": "complete", "unsigned": "invalid", "label_only": "invalid",
    "stray_mark": "invalid", "future_date": "invalid", "us_date": "invalid",
    "no_date": "questionable", "none_ticked": "questionable", "two_ticked": "questionable",
}  # fmt: skip
SITUATIONS = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
EMPLOYMENT = {"salarie": "employed", "independant": "other", "demandeur_emploi": "not_employed",
              "etudiant": "not_employed", "sans_activite": "not_employed", "autre": "other"}  # fmt: skip
CONTRACTS = {"CDI": "ct_CDI", "CDD": "ct_CDD", "intérim": "ct_interim", "autre": "ct_autre"}
AUTRE_TXT = ["Conjointe de salarié", "Retraité (pension étrangère)", "Chercheur invité, bourse",
             "Volontaire service civique", "Conjoint d'étudiant", "Jeune au pair"]  # fmt: skip
TWO = [("salarie", "etudiant"), ("sans_activite", "demandeur_emploi"), ("salarie", "independant"),
       ("etudiant", "sans_activite"), ("demandeur_emploi", "autre")]  # fmt: skip
K = 200 / 72  # raster of the printed page: 200 dpi


def plan() -> list[dict]:
    rng = random.Random("form_p/plan")
    items = []
    for fw in FILL_WAYS:
        defects = list(ACRO_DEFECTS) if fw == "acroform" else []
        items += [{"fill_way": fw, "case": c} for c in defects]
    others = list(OTHER_DEFECTS)
    rng.shuffle(others)
    for i, c in enumerate(others):
        items.append({"fill_way": ["hand", "typed_print", "acroform_printed"][i % 3], "case": c})
    for fw in FILL_WAYS:
        n = sum(1 for it in items if it["fill_way"] == fw)
        items += [{"fill_way": fw, "case": "ok"} for _ in range(N_DOCS // 4 - n)]
    rng.shuffle(items)
    # arrangements: PDFs only for the fillable PDF itself, all six for paper forms
    acro_arr = (ARR_PDF * 6)[: sum(it["fill_way"] == "acroform" for it in items)]
    paper = [it for it in items if it["fill_way"] != "acroform"]
    paper_arr = (ARR_ALL * 9)[: len(paper)]
    rng.shuffle(acro_arr)
    rng.shuffle(paper_arr)
    for it in items:
        it["arrangement"] = acro_arr.pop() if it["fill_way"] == "acroform" else paper_arr.pop()
    runs = ["R1", "R2", "R3"]
    for i, it in enumerate(items):
        it["run"] = runs[i % 3]
        if it["case"] == "label_only" and it["run"] == "R2":
            it["run"] = "R1" if i % 2 else "R3"
    return items


def pick_dates(rng, case: str, as_of: dt.date):
    if case == "future_date":
        return as_of + dt.timedelta(days=rng.randint(4, 55))
    if case == "us_date":
        d = as_of - dt.timedelta(days=rng.randint(0, 12))
        while d.day <= 12:
            d -= dt.timedelta(days=1)
        return d
    return as_of - dt.timedelta(days=rng.randint(1, 38))


def build_values(rng, it: dict, p: dict) -> dict:
    fw, case = it["fill_way"], it["case"]
    hand_way = fw == "hand"
    comb_names = it["run"] == "R1" and hand_way
    names = people.written_names(rng, p, caps_all=comb_names, typed=not hand_way)
    if case == "none_ticked":
        sit = []
    elif case == "two_ticked":
        sit = list(rng.choice(TWO))
    else:
        sit = [rng.choices(SITUATIONS, [45, 6, 8, 12, 23, 6])[0]]
    ticks = ["sexe_" + p["sex"]] + ["sit_" + s for s in sit]
    contract = profession = autre = None
    if "salarie" in sit:
        contract = rng.choices(list(CONTRACTS), [45, 35, 10, 10])[0]
        ticks.append(CONTRACTS[contract])
        profession = rng.choice(people.JOBS)
    if "autre" in sit:
        autre = rng.choice(AUTRE_TXT)
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed_on = pick_dates(rng, case, as_of)
    if case == "no_date":
        date_text, signed_on = None, None
    elif case == "us_date":
        date_text = people.fmt_date_us(rng, signed_on)
    elif case == "date_words":
        date_text = people.fmt_date_words(rng, signed_on)
    else:
        date_text = people.fmt_date_numeric(rng, signed_on, hand=hand_way or rng.random() < 0.3)
    keep_acc = rng.random() < 0.7 or not hand_way
    acc = (lambda s: s) if keep_acc else people.strip_accents
    nir = p["nir"]
    sig = {"unsigned": "none", "label_only": "none", "stray_mark": "stray_mark"}.get(case, "signed")
    v = {
        "nom": names["surname"], "nom_usage": names["usage_name"], "prenoms": names["given_names"],
        "dob": p["dob"].strftime("%d%m%Y"), "lieu_commune": acc(p["birth_city"]),
        "lieu_pays": acc(p["birth_country"]), "nationalite": acc(p["nationality"]),
        "nir": nir[:13] if nir else None, "nir_cle": nir[13:] if nir else None,
        "adresse": p["street"], "cp": p["cp"], "commune": acc(p["commune"]),
        "tel": p["phone"] if rng.random() < 0.9 else None,
        "email": p["email"] if rng.random() < 0.75 else None,
        "profession": profession, "autre_txt": autre, "ticks": ticks,
        "fait_a": acc(p["commune"]), "le": date_text, "sig": sig,
        "sig_text": hand.signature_text(rng, p["given"], p["usage"] or p["surname"]),
    }  # fmt: skip
    if hand_way and rng.random() < 0.4:
        v["nationalite"] = v["nationalite"].capitalize()
    truth = {
        "surname": names["surname"], "usage_name": names["usage_name"],
        "given_names": names["given_names"], "sex": p["sex"],
        "date_of_birth": p["dob"].isoformat(),
        "employment_status": EMPLOYMENT[sit[0]] if len(sit) == 1 else None,
        "situation": "+".join(sit) or None, "contract_type": contract,
        "signed": sig == "signed", "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": date_text, "place": v["fait_a"], "nir": nir,
    }  # fmt: skip
    return {"values": v, "truth": truth, "as_of": as_of}


def writer(rng, texts: list[str]) -> dict:
    fonts = [k for k in hand.HAND_FONTS if all(hand.covers(k, t) for t in texts if t)]
    caps = [k for k in hand.CAPS_FONTS if k in fonts] or fonts
    sigs = [k for k in hand.SIG_FONTS if all(hand.covers(k, t, hand.SIG_FONTS) for t in texts[:1])]
    return {
        "font": rng.choice(fonts), "caps_font": rng.choice(caps),
        "size": rng.uniform(10.5, 14.5), "ink": rng.choice(list(hand.INKS)),
        "slant": rng.uniform(-6, 14), "jitter": rng.uniform(0.7, 1.5),
        "weight": 1 if rng.random() < 0.3 else 0, "tick": rng.choice(["cross", "check", "cross"]),
        "sig_font": rng.choice(sigs or ["dancing"]),
    }  # fmt: skip


def paper_pages(rng, it, v) -> list:
    """Raster pages (200 dpi) of a printed, filled and signed paper form."""
    style = printrun.RUNS[it["run"]]
    fw = it["fill_way"]
    hand_date = False
    hand_texts = [v["sig_text"], v["nom"], v["prenoms"], v["nom_usage"], v["lieu_commune"],
                  v["lieu_pays"], v["nationalite"], v["adresse"], v["commune"], v["email"],
                  v["profession"], v["autre_txt"], v["le"]]  # fmt: skip
    w = writer(rng, hand_texts)
    if fw == "acroform_printed":
        hand_date = rng.random() < 0.3
        pdf, fields = fill.build_acroform(rng, style, v, not hand_date, None, True,
                                          rng.random() < 0.3)  # fmt: skip
        pages = imaging.rasterize(pdf, 200)
    else:
        pdf, fields = printrun.draw_form(style)
        pages = imaging.rasterize(pdf, 200, forms=False)
    pages = [imaging.printed(p, rng) for p in pages]
    if fw == "hand":
        fill.hand_fill(rng, pages, fields, v, K, w)
    elif fw == "typed_print":
        hand_date = rng.random() < 0.35
        font = rng.choice(list(fill.TYPED_FONTS))
        fill.typed_fill(rng, pages, fields, v, K, font, rng.uniform(9.5, 11), not hand_date)
        if hand_date:
            fill.hand_section_c(rng, pages, fields, v, K, w, place=False, date=True)
    elif hand_date:
        fill.hand_section_c(rng, pages, fields, v, K, w, place=False, date=True)
    fill.hand_signature(rng, pages, fields, v, K, w)
    return pages


def names_for(rng, arr: str, fw: str, surname: str, as_of: dt.date) -> list[str]:
    n = rng.randint(3, 480)
    s = people.strip_accents(surname.split()[0]).replace("'", "").lower()
    if arr == "one_pdf" or arr == "one_pdf_reversed":
        opts = ["formulaire_cpam.pdf", "S1106_rempli.pdf", "cerfa_15763-02.pdf",
                f"demande_puma_{s}.pdf", "scan%04d.pdf" % n, "Doc%d.pdf" % n,
                "formulaire S1106 signé.pdf", f"{s}_demande_ouverture_droits.pdf"]  # fmt: skip
        if fw == "acroform":
            opts = ["S1106.pdf", "cerfa_15763-02_rempli.pdf", f"S1106_{s}.pdf",
                    "demande-ouverture-droits-assurance-maladie.pdf", f"formulaire_{s}.pdf"]  # fmt: skip
        return [rng.choice(opts)]
    if arr == "two_pdfs":
        st = rng.choice(["p", "scan", "page", "formulaire-"])
        if st == "scan":
            return ["scan_%04d.pdf" % n, "scan_%04d.pdf" % (n + 1)]
        if st == "p":
            return [f"S1106_p1_{s}.pdf", f"S1106_p2_{s}.pdf"]
        return (
            [f"{st}1.pdf", f"{st}2.pdf"] if st != "page" else ["cerfa_page1.pdf", "cerfa_page2.pdf"]
        )
    ext = rng.choice([".jpg", ".jpg", ".jpeg", ".png"])
    if arr == "two_images":
        st = rng.choice(["scan", "page", "img"])
        if st == "scan":
            return ["scan_%04d%s" % (n, ext), "scan_%04d%s" % (n + 1, ext)]
        if st == "page":
            return [f"formulaire_page1{ext}", f"formulaire_page2{ext}"]
        return ["IMG_%04d%s" % (n + 2000, ext), "IMG_%04d%s" % (n + 2001, ext)]
    if arr == "two_images_p2_first":
        st = rng.choice(["scan", "img", "words"])
        if st == "scan":
            return ["scan_%04d%s" % (n + 1, ext), "scan_%04d%s" % (n, ext)]
        if st == "img":
            return ["IMG_%04d%s" % (n + 2003, ext), "IMG_%04d%s" % (n + 2002, ext)]
        return [f"formulaire_recto{ext}", f"formulaire_a_signer{ext}"]
    day = as_of - dt.timedelta(days=rng.randint(0, 1))
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 22), rng.randint(0, 59),
                    rng.randint(0, 59))  # fmt: skip
    st = rng.choice(["img", "pxl", "wa", "plain"])
    t2 = t + dt.timedelta(seconds=rng.randint(9, 80))
    if st == "img":
        return [t.strftime("IMG_%Y%m%d_%H%M%S.jpg"), t2.strftime("IMG_%Y%m%d_%H%M%S.jpg")]
    if st == "pxl":
        return [t.strftime("PXL_%Y%m%d_%H%M%S123.jpg"), t2.strftime("PXL_%Y%m%d_%H%M%S456.jpg")]
    if st == "wa":
        return [t.strftime("WhatsApp Image %Y-%m-%d at %H.%M.%S.jpeg"),
                t2.strftime("WhatsApp Image %Y-%m-%d at %H.%M.%S (1).jpeg")]  # fmt: skip
    return [t.strftime("%Y%m%d_%H%M%S.jpg"), t2.strftime("%Y%m%d_%H%M%S.jpg")]


def make_doc(i: int, it: dict, base: dict, out: Path) -> dict:
    rng = random.Random("form_p/doc/%d" % i)
    p = people.make_person(rng, base)
    b = build_values(rng, it, p)
    v, fields_truth = b["values"], b["truth"]
    fw, arr = it["fill_way"], it["arrangement"]
    name = "d%03d" % (i + 1)
    ddir = out / "documents" / name
    ddir.mkdir(parents=True, exist_ok=True)
    fnames = names_for(rng, arr, fw, v["nom"], b["as_of"])
    files, notes = [], []
    if fw == "acroform":
        sig_png = None
        if v["sig"] == "signed":
            m = hand.signature_mask(rng, v["sig_text"], rng.choice(list(hand.SIG_FONTS)), 60)
            sig_png = hand.signature_rgba(m, rng.choice(["blue", "black", "navy"]))
        keep_ap = rng.random() < 0.65
        pdf, _ = fill.build_acroform(rng, printrun.RUNS[it["run"]], v, True, sig_png, keep_ap,
                                     rng.random() < 0.35)  # fmt: skip
        look = "text_pdf"
        notes.append("fillable PDF, %s appearance streams" % ("with" if keep_ap else "without"))
        if sig_png is not None:
            notes.append("signature pasted as an image")
        if arr == "one_pdf":
            (ddir / fnames[0]).write_bytes(pdf)
            files = [{"path": fnames[0], "pages": [1, 2]}]
        elif arr == "one_pdf_reversed":
            (ddir / fnames[0]).write_bytes(fill.reorder_pdf(pdf, [1, 0]))
            files = [{"path": fnames[0], "pages": [2, 1]}]
        else:
            for j, fn in enumerate(fnames):
                (ddir / fn).write_bytes(fill.reorder_pdf(pdf, [j]))
            files = [{"path": fnames[0], "pages": [1]}, {"path": fnames[1], "pages": [1]}]
    else:
        pages = paper_pages(rng, it, v)
        if arr in ARR_PDF:
            look = "image_pdf"
            dpi = rng.choice([150, 200, 200, 300])
            grey = rng.random() < 0.3
            jp = [imaging.jpeg_bytes(imaging.scanned(pg, rng, 200, dpi, grey), rng.randint(60, 88))
                  for pg in pages]  # fmt: skip
            prod = rng.choice([None, "HP Scan", "Canon MF Scan Utility", "Epson Scan 2",
                               "Adobe Scan", "Microsoft Lens"])  # fmt: skip
            if arr == "one_pdf":
                (ddir / fnames[0]).write_bytes(imaging.image_pdf(jp, None, prod))
                files = [{"path": fnames[0], "pages": [1, 2]}]
            elif arr == "one_pdf_reversed":
                (ddir / fnames[0]).write_bytes(imaging.image_pdf(jp[::-1], None, prod))
                files = [{"path": fnames[0], "pages": [2, 1]}]
                notes.append("pages scanned in reverse order")
            else:
                for fn, jb in zip(fnames, jp):
                    (ddir / fn).write_bytes(imaging.image_pdf([jb], None, prod))
                files = [{"path": fn, "pages": [1]} for fn in fnames]
            notes.append("scanned at %d dpi%s" % (dpi, ", greyscale" if grey else ""))
        elif arr in ("two_images", "two_images_p2_first"):
            look = "scan"
            dpi = rng.choice([150, 200, 300])
            for fn, pg in zip(fnames, pages):
                im = imaging.scanned(pg, rng, 200, dpi, rng.random() < 0.2)
                data = (imaging.png_bytes(im) if fn.endswith(".png")
                        else imaging.jpeg_bytes(im, rng.randint(70, 92)))  # fmt: skip
                (ddir / fn).write_bytes(data)
            files = [{"path": fn, "pages": [1]} for fn in fnames]
            if arr == "two_images_p2_first":
                notes.append("file names sort page 2 first")
        else:
            look = "phone_photo"
            for fn, pg in zip(fnames, pages):
                ph = imaging.phone_photo(pg, rng)
                k = rng.choices([0, 1, 2, 3], [60, 15, 10, 15])[0]
                if k:
                    notes.append("%s rotated %d°" % (fn, 90 * k))
                ph = imaging.rotate_k(ph, k)
                (ddir / fn).write_bytes(imaging.jpeg_bytes(ph, rng.randint(80, 92)))
            files = [{"path": fn, "pages": [1]} for fn in fnames]
    case = it["case"]
    notes.insert(0, "print run %s, %s, %s" % (it["run"], fw, arr))
    if v["nom_usage"]:
        notes.append("usage name %s" % v["nom_usage"])
    truth = {
        "as_of": b["as_of"].isoformat(), "employed": None, "status": None, "requirements": None,
        "form_status": STATUS[case], "defect": DEFECT_TEXT.get(case), "fill_way": fw,
        "case": case, "arrangement": arr, "print_run": it["run"],
        "applicant": {"surname": fields_truth["surname"], "given_names": fields_truth["given_names"],
                      "date_of_birth": fields_truth["date_of_birth"]},
        "documents": [{"files": files, "type": "application_form", "look": look,
                       "fields": fields_truth, "notes": "; ".join(notes)}],
    }  # fmt: skip
    (out / "documents" / (name + ".truth.json")).write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return truth


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    pool = people.parse_applicants()
    random.Random("form_p/pool").shuffle(pool)
    items = plan()
    names = []
    for i, it in enumerate(items):
        make_doc(i, it, pool[i % len(pool)], out)
        names.append("d%03d" % (i + 1))
    manifest = {"packets": [], "documents": names}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
