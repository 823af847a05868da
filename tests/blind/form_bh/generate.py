"""Blind set form_bh: 16 PUMa application forms (cerfa 15763*02, S1106).

Usage: generate.py OUT_DIR
"""

import datetime as dt
import json
import logging
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2
from reportlab import rl_config

import build
import degrade
import formlayout as fl
import hand
from applicants import COUNTRY_CODE, DOCS

cv2.setNumThreads(1)
rl_config.useA85 = 0
logging.getLogger("fontTools").setLevel(logging.ERROR)
DPI = 300
MOIS = [
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
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
SITUATION = {
    "salarie": "salarie",
    "independant": "independant",
    "demandeur": "demandeur_emploi",
    "etudiant": "etudiant",
    "sans_activite": "sans_activite",
    "autre": "autre",
}
CT_KEY = {"CDI": "ct_cdi", "CDD": "ct_cdd", "intérim": "ct_interim"}


def nir_key(n13):
    """Key of a NIR: 97 - (number mod 97), Corsica 2A/2B counted as 19/18."""
    n = n13.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(n) % 97


def make_nir(d, rng):
    y, m = d["dob"][2:4], d["dob"][5:7]
    n13 = ("1" if d["sex"] == "M" else "2") + y + m + "99" + COUNTRY_CODE[d["birth"][1]]
    n13 += f"{rng.randint(1, 450):03d}"
    return n13, f"{nir_key(n13):02d}"


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def dates(d, rng):
    """as_of, date meant (or None) and the date as written after 'le'."""
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    case = d["case"]
    if case == "no_date":
        return as_of, None, None
    if case == "future_date":
        s = as_of + dt.timedelta(days=rng.randint(4, 20))
    else:
        s = as_of - dt.timedelta(days=rng.randint(2, 35))
    if case == "us_date":
        while s.day <= 12:
            s -= dt.timedelta(days=1)
        return as_of, s, f"{s.month:02d}/{s.day:02d}/{s.year}"
    if case == "date_words":
        day = "1er" if s.day == 1 else str(s.day)
        return as_of, s, f"{day} {MOIS[s.month - 1]} {s.year}"
    return as_of, s, f"{s.day:02d}/{s.month:02d}/{s.year}"


def written_values(d, rng, date_text):
    """Values as the applicant writes or types them, keyed by anchor."""
    fill = d["fill"]
    style = d.get("style", "")
    caps = style.startswith("capitals") or d.get("typed_case") == "upper"
    up = str.upper
    sur = d.get("written_surname", d["surname"])
    given = d.get("written_given", d["given"])
    v = {
        "surname": up(sur),
        "usage_name": up(d.get("usage", "")),
        "given_names": up(given) if caps or (fill == "hand" and d["run"] == "A") else given,
        "birth_commune": d["birth"][0],
        "birth_country": d["birth"][1],
        "nationality": d["nat"],
        "address": d["addr"],
        "commune": d["city"],
        "postcode": d["cp"],
        "phone": d["phone"],
        "email": d["email"],
        "dob": d["dob"][8:10] + d["dob"][5:7] + d["dob"][:4],
        "place": d["city"],
        "date": date_text or "",
    }
    for k in ("birth_commune", "birth_country", "nationality", "address", "commune", "place"):
        if caps:
            v[k] = up(v[k])
    if d.get("nir"):
        v["nir"], v["nir_key"] = make_nir(d, rng)
    sits = d["sit"]
    for s in sits:
        v["sit_" + s] = True
    if "salarie" in sits:
        v[CT_KEY[d["ct"]]] = True
        v["profession"], v["employer"] = d["job"]
    if "autre" in sits:
        v["autre_text"] = d["autre"]
    v["sex_" + d["sex"]] = True
    return v


def hand_fill(h, d, pages, anchors, values, scale):
    """Writes every value by hand on the page images."""

    def px(r):
        x0, y0, x1, y1 = r
        return (x0 * scale, (fl.H - y1) * scale, x1 * scale, (fl.H - y0) * scale)

    for pi, (page, anc) in enumerate(zip(pages, anchors)):
        for key, a in anc.items():
            val = values.get(key)
            if not val:
                continue
            if a["kind"] == "box":
                h.tick(page, px(a["rect"]), d.get("tick", "cross"))
            elif a["kind"] == "comb":
                h.comb(page, [px(c) for c in a["cells"]], strip_comb(val))
            elif a["kind"] == "line" and key in ("surname", "usage_name"):
                h.write_caps(page, px(a["rect"]), val)
            elif a["kind"] == "line":
                h.write(page, px(a["rect"]), val)


def strip_comb(val):
    return val.upper()


def sign(h, d, page, anchor, scale, rng):
    x0, y0, x1, y1 = anchor["rect"]
    box = (x0 * scale, (fl.H - y1) * scale, x1 * scale, (fl.H - y0) * scale)
    case = d["case"]
    if case in ("unsigned", "label_only"):
        return False
    if case == "stray_mark":
        h.dot(page, box, (rng.uniform(0.55, 0.85), rng.uniform(0.45, 0.8)))
        return False
    h.signature(page, box, d["sig"], d["sigfont"])
    return True


def render_raster(d, rng, values, date_text):
    """hand / typed_print / acroform_printed: print, fill by hand, returns page images."""
    run = fl.RUNS[d["run"]]
    fill = d["fill"]
    pdf_values = {}
    if fill == "typed_print":
        pdf_values = dict(values)
        if d.get("hand_date"):
            pdf_values["date"] = ""
    elif fill == "acroform_printed":
        pdf_values = dict(values)
    tf = d.get("typed", ("Helvetica", 10, True))
    data, anchors = build.form_pdf(
        run, fill, pdf_values, rng, typed_font=tf[:2], comb_centred=tf[2]
    )
    pages = build.rasterize(data, DPI)
    scale = DPI / 72.0
    style = d.get("style", rng.choice(["print_dkg", "cursive_dkg", "capitals_breip"]))
    h = hand.Hand(rng, style, d["ink"], scale)
    if fill == "hand":
        hand_fill(h, d, pages, anchors, values, scale)
    elif d.get("hand_date") and date_text:
        a = anchors[1]["date"]["rect"]
        h.write(
            pages[1],
            (a[0] * scale, (fl.H - a[3]) * scale, a[2] * scale, (fl.H - a[1]) * scale),
            date_text,
        )
    signed = sign(h, d, pages[1], anchors[1]["signature"], scale, rng)
    return pages, signed


def write_pages(d, rng, pages, folder):
    """Arranges the page images into files; returns (files truth, look, note)."""
    arr, names = d["arr"], d["files"]
    if arr == "photos":
        long_side, rots = d["photo"]
        for page, name, rot in zip(pages, names, rots):
            img = degrade.photo(page, rng, long_side, rot)
            (folder / name).write_bytes(degrade.jpeg_bytes(img, rng.randint(86, 93)))
        rnote = ", ".join(
            f"page {i + 1} turned {r}° counter-clockwise" if r else f"page {i + 1} upright"
            for i, r in enumerate(rots)
        )
        files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        return files, "phone_photo", f"phone photos of each page ({rnote})"
    dpi_out, quality, grey = d["scan"]
    scans = [degrade.scan(p, rng, DPI, dpi_out, grey) for p in pages]
    if arr in ("two_images", "p2_first"):
        for img, name in zip(scans, names):
            if name.endswith(".png"):
                img.save(folder / name, "PNG", dpi=(dpi_out, dpi_out))
            else:
                (folder / name).write_bytes(degrade.jpeg_bytes(img, quality))
        files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        note = f"two flatbed scans at {dpi_out} dpi"
        if arr == "p2_first":
            note += f"; the file names sort page 2 ({names[1]}) before page 1 ({names[0]})"
        return files, "scan", note
    jpegs = [degrade.jpeg_bytes(img, quality) for img in scans]
    if arr == "one_pdf":
        degrade.images_pdf(folder / names[0], jpegs)
        files = [{"path": names[0], "pages": [1, 2]}]
        note = "scanner PDF, two image pages in order"
    elif arr == "reversed_pdf":
        degrade.images_pdf(folder / names[0], jpegs[::-1])
        files = [{"path": names[0], "pages": [2, 1]}]
        note = "scanner PDF with the pages in reverse order: PDF page 1 is form page 2"
    else:
        for jp, name in zip(jpegs, names):
            degrade.images_pdf(folder / name, [jp])
        files = [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
        note = "two scanner PDFs, one page each"
    return files, "image_pdf", note + f" ({dpi_out} dpi, JPEG)"


DEFECTS = {
    "unsigned": "unsigned: the signature box is left empty",
    "label_only": "label_only: only the printed word 'Signature' is in the box, no signature",
    "stray_mark": "stray_mark: a small pen mark in the signature box, no signature",
    "future_date": "future_date: the form is dated after the audit date",
    "us_date": "us_date: the date is written MM/DD/YYYY (day above 12)",
    "no_date": "no_date: the date after 'le' is left blank",
    "none_ticked": "none_ticked: no situation box is ticked in section B",
    "two_ticked": "two_ticked: two situation boxes are ticked in section B",
}


def make_doc(d, out):
    rng = random.Random("form_bh-" + d["id"])
    folder = out / "documents" / d["id"]
    folder.mkdir(parents=True, exist_ok=True)
    as_of, signed_on, date_text = dates(d, rng)
    shot = min((signed_on or as_of - dt.timedelta(days=3)) + dt.timedelta(days=1), as_of)
    d = dict(
        d, files=[f.format(date=shot.strftime("%Y%m%d"), iso=shot.isoformat()) for f in d["files"]]
    )
    values = written_values(d, rng, date_text)
    run = fl.RUNS[d["run"]]
    if d["fill"] == "acroform":
        sig = None
        if d["case"] not in ("unsigned", "label_only", "stray_mark"):
            sig = hand.signature_png(rng, d["sig"], d["sigfont"], d["ink"])
        data, _ = build.form_pdf(
            run,
            "acroform",
            values,
            rng,
            sig_png=sig,
            appearance=d["ap"],
            check_style=rng.choice(["cross", "check"]),
        )
        (folder / d["files"][0]).write_bytes(data)
        signed = sig is not None
        files = [{"path": d["files"][0], "pages": [1, 2]}]
        look = "text_pdf"
        note = (
            "the fillable PDF itself, values in AcroForm fields "
            + (
                "with appearance streams"
                if d["ap"]
                else "without appearance streams (NeedAppearances true)"
            )
            + ("; a handwritten signature image pasted in the box" if signed else "")
        )
    else:
        pages, signed = render_raster(d, rng, values, date_text)
        files, look, note = write_pages(d, rng, pages, folder)
        how = {
            "hand": f"filled in by hand ({d.get('style')}, {d['ink']} ink)",
            "typed_print": "typed on screen, printed, signed by hand"
            + (" and dated by hand" if d.get("hand_date") else ""),
            "acroform_printed": "fillable PDF filled on screen, printed"
            + (", signed by hand" if signed else ", not signed"),
        }[d["fill"]]
        note = how + "; " + note
    note = f"print run {d['run']}; " + note
    sits = d["sit"]
    ticked = [
        s
        for s in ("salarie", "independant", "demandeur", "etudiant", "sans_activite", "autre")
        if s in sits
    ]
    fields = {
        "surname": values["surname"],
        "usage_name": values["usage_name"] or None,
        "given_names": values["given_names"],
        "sex": d["sex"],
        "date_of_birth": d["dob"],
        "employment_status": EMPLOYMENT[ticked[0]] if len(ticked) == 1 else None,
        "situation": "+".join(SITUATION[s] for s in ticked) or None,
        "contract_type": d.get("ct") if "salarie" in sits else None,
        "signed": signed,
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": date_text,
        "place": values["place"],
        "nir": (values["nir"] + values["nir_key"]) if d.get("nir") else None,
    }
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[d["case"]],
        "defect": DEFECTS.get(d["case"]),
        "fill_way": d["fill"],
        "case": d["case"],
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": d["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": note,
            }
        ],
    }
    (out / "documents" / f"{d['id']}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    for d in DOCS:
        make_doc(d, out)
    manifest = {"packets": [], "documents": [d["id"] for d in DOCS]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
