"""Blind set form_ak: PUMa application forms (cerfa 15763*02, S1106) as people send them.

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import looks  # noqa: E402
import pikepdf  # noqa: E402
from fillers import (  # noqa: E402
    INKS,
    AcroFiller,
    Composite,
    Filler,
    HandFiller,
    TypedFiller,
    signature_image,
)
from form_layout import H, Layout, W  # noqa: E402
from items import ITEMS  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

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
INSEE = {
    "Algérie": "352",
    "Sénégal": "341",
    "Viêt Nam": "243",
    "Colombie": "419",
    "Ukraine": "155",
    "Haïti": "436",
    "Chine": "216",
    "Maroc": "350",
    "Iran": "204",
    "Liban": "205",
    "Philippines": "220",
    "Inde": "223",
    "États-Unis": "404",
    "RD Congo": "312",
    "Turquie": "208",
    "Côte d'Ivoire": "326",
}
EMPLOYED = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
SIT_KEY = {
    "salarie": "sit_salarie",
    "independant": "sit_indep",
    "demandeur_emploi": "sit_de",
    "etudiant": "sit_etud",
    "sans_activite": "sit_sans",
    "autre": "sit_autre",
}
CT_KEY = {"CDI": "ct_cdi", "CDD": "ct_cdd", "intérim": "ct_interim"}
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


def nir_for(it, rng):
    d = dt.date.fromisoformat(it["dob"])
    body = f"{1 if it['sex'] == 'M' else 2}{d.year % 100:02d}{d.month:02d}99"
    body += INSEE[it["born"][1]] + f"{rng.randrange(1, 999):03d}"
    return body, f"{97 - int(body) % 97:02d}"


def date_text(fmt, iso):
    if fmt == "none" or iso is None:
        return None
    d = dt.date.fromisoformat(iso)
    if fmt == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if fmt == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if fmt == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if fmt == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def values(it, rng):
    d = dt.date.fromisoformat(it["dob"])
    v = {
        "nom": it["sur"],
        "usage": it["usage"],
        "prenoms": it["given"],
        "lieu_commune": it["born"][0],
        "lieu_pays": it["born"][1],
        "nationalite": it["nat"],
        "adresse": it["addr"],
        "cp": it["cp"],
        "commune": it["city"],
        "tel": it["tel"],
        "email": it["email"],
        "fait_a": it["place"],
        "dob_j": f"{d.day:02d}",
        "dob_m": f"{d.month:02d}",
        "dob_a": str(d.year),
        "dob_line": f"{d.day:02d} / {d.month:02d} / {d.year}",
        "emploi": it.get("job"),
        "employeur": it.get("employer"),
        "autre_txt": it.get("other"),
        "le_date": date_text(*it["date"]),
    }
    ticks = {"sexe_" + it["sex"]} | {SIT_KEY[s] for s in it["sit"]}
    if it.get("ct"):
        ticks.add(CT_KEY[it["ct"]])
    v["ticks"] = ticks
    v["nir"] = None
    if it.get("nir"):
        body, key = nir_for(it, rng)
        v["nir13"], v["nirkey"], v["nir"] = body, key, body + key
    return v


def sig_spec(it):
    case = it["case"]
    if case in ("unsigned", "label_only"):
        return {"kind": "none"}
    if case == "stray_mark":
        return {"kind": "stray"}
    g = it["given"].split()[0]
    sur = (it["usage"] or it["sur"]).title()
    name = [f"{g[0]}. {sur}", f"{g} {sur}", sur, f"{g[0]}{sur[0]} {sur}"][it["sig"] % 4]
    return {"kind": "sign", "name": name, "font": it["sig"]}


def make_filler(it, v, rng):
    font, ink, size, jit, caps, tick = it["hand"]
    hand = HandFiller(v, rng, font, ink, size, jit, caps, tick, sig=sig_spec(it))
    fill = it["fill"]
    if fill == "hand":
        return Composite(hand, hand, [])
    if fill in ("typed_print", "acroform_printed"):
        if fill == "typed_print":
            main = TypedFiller(
                v,
                rng,
                rng.choice(["Helvetica", "Times-Roman", "Courier"]),
                rng.choice([9.5, 10, 11]),
                rng.random() < 0.5,
                rng.random() < 0.4,
            )
        else:
            main = TypedFiller(v, rng, "Helvetica", 10, True, False)
            main.dx = main.dy = 0.0
        return Composite(main, hand, it.get("hand_keys", []))
    if sig_spec(it)["kind"] == "sign":
        s = sig_spec(it)
        v["pasted_sig"] = signature_image(s["name"], s["font"], _ink(ink), rng)
    return Composite(AcroFiller(v, rng), Filler(v, rng), [])


def _ink(name):
    class Ink:
        red, green, blue = INKS[name]

    return Ink


def build_pdf(it, v, rng):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("S1106 Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    f = make_filler(it, v, rng)
    f.bind(c)
    v["shown"] = {k: f.shown(k, v[k]) for k in ("nom", "usage", "prenoms", "fait_a")}
    lay = Layout(c, it["run"], f)
    lay.page1()
    c.showPage()
    lay.page2()
    c.showPage()
    c.save()
    data = buf.getvalue()
    if it["arr"] == "text_pdf_noap":
        pdf = pikepdf.open(io.BytesIO(data))
        for page in pdf.pages:
            for a in page.get("/Annots", []):
                if "/AP" in a:
                    del a["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        data = out.getvalue()
    return data


def arrange(it, pdf, rng, ddir):
    """Write the files; return (files list for truth, look)."""
    arr = it["arr"]
    if arr.startswith("text_pdf"):
        name = rng.choice(
            ["S1106_demande_PUMA.pdf", "formulaire_s1106_rempli.pdf", "cerfa_15763-02.pdf"]
        )
        (ddir / name).write_bytes(pdf)
        return [{"path": name, "pages": [1, 2]}], "text_pdf"
    if arr.startswith("photo2"):
        n0 = rng.randrange(1000, 9000)
        dated = rng.random() < 0.3
        size = rng.choice([(3024, 4032), (3000, 4000), (2448, 3264)])
        out = []
        rot_page = rng.randrange(2) if arr == "photo2_rot" else -1
        rot_angle = rng.choice([90, 270, 180])
        for p in (0, 1):
            rot = rot_angle if p == rot_page else 0
            img = looks.phone_photo(pdf, p, rng, rotate=rot, size=size)
            name = f"IMG_20261109_1432{n0 % 10 + 2 * p}.jpg" if dated else f"IMG_{n0 + p}.jpg"
            (ddir / name).write_bytes(looks.jpeg_bytes(img, rng.randrange(82, 93)))
            out.append({"path": name, "pages": [1]})
        return out, "phone_photo"
    dpi = rng.choice([150, 200, 240, 300])
    copy = arr.startswith("photocopy")
    grey = copy or rng.random() < 0.4
    imgs = [looks.scan(pdf, p, rng, dpi, grey, copy) for p in (0, 1)]
    jpgs = [looks.jpeg_bytes(im, rng.randrange(70, 90)) for im in imgs]
    if arr in ("pdf1", "pdf1_rev", "photocopy_pdf"):
        name = rng.choice(["scan_formulaire.pdf", "Numérisation_20261112.pdf", "doc00412.pdf"])
        if arr == "pdf1_rev":
            (ddir / name).write_bytes(looks.images_to_pdf(jpgs[::-1], dpi))
            return [{"path": name, "pages": [2, 1]}], "image_pdf"
        (ddir / name).write_bytes(looks.images_to_pdf(jpgs, dpi))
        return [{"path": name, "pages": [1, 2]}], "image_pdf"
    if arr == "pdf2":
        names = ["formulaire_page1.pdf", "formulaire_page2.pdf"]
        for n, j in zip(names, jpgs, strict=True):
            (ddir / n).write_bytes(looks.images_to_pdf([j], dpi))
        return [{"path": n, "pages": [1]} for n in names], "image_pdf"
    base = rng.randrange(10, 90)
    if arr == "img2_rev":
        names = [f"scan_{base + 1:04d}.jpg", f"scan_{base:04d}.jpg"]  # page 2 sorts first
    else:
        names = [f"scan_{base:04d}.jpg", f"scan_{base + 1:04d}.jpg"]
        if copy:
            names = ["photocopie_1.jpg", "photocopie_2.jpg"]
    for n, j in zip(names, jpgs, strict=True):
        (ddir / n).write_bytes(j)
    return [{"path": n, "pages": [1]} for n in names], "scan"


def truth(it, v, files, look):
    sit = it["sit"]
    case = it["case"]
    signed = sig_spec(it)["kind"] == "sign"
    fields = {
        "surname": v["shown"]["nom"],
        "usage_name": v["shown"]["usage"],
        "given_names": v["shown"]["prenoms"],
        "sex": it["sex"],
        "date_of_birth": it["dob"],
        "employment_status": EMPLOYED[sit[0]] if len(sit) == 1 else None,
        "situation": "+".join(sit) if sit else None,
        "contract_type": it.get("ct"),
        "signed": signed,
        "signed_on": it["date"][1],
        "date_text": v["le_date"],
        "place": v["shown"]["fait_a"],
        "nir": v["nir"],
    }
    defect = {
        "ok": None,
        "date_words": None,
        "unsigned": "signature box empty",
        "label_only": "only the printed word 'Signature' in the box, not signed",
        "stray_mark": "a stray mark in the signature box, no signature",
        "future_date": "dated after the audit date",
        "us_date": "date written MM/DD/YYYY (day above 12)",
        "no_date": "the 'le' date is left blank",
        "none_ticked": "no situation box ticked",
        "two_ticked": "two situation boxes ticked",
    }[case]
    notes = (
        f"print run {it['run']}, fill {it['fill']}, hand font {it['hand'][0]} "
        f"({it['hand'][1]}), arrangement {it['arr']}. " + it.get("note", "")
    )
    return {
        "as_of": it["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": defect,
        "fill_way": it["fill"],
        "case": case,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": it["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": notes.strip(),
            }
        ],
    }


def main(out):
    out = Path(out)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i, it in enumerate(ITEMS, 1):
        name = f"d{i:03d}"
        rng = random.Random(f"form_ak-{name}")
        ddir = out / "documents" / name
        ddir.mkdir(exist_ok=True)
        for old in ddir.iterdir():
            old.unlink()
        v = values(it, rng)
        pdf = build_pdf(it, v, rng)
        files, look = arrange(it, pdf, rng, ddir)
        t = truth(it, v, files, look)
        (out / "documents" / f"{name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(name)
    (out / "packets").mkdir(exist_ok=True)
    (out / "manifest.json").write_text(
        json.dumps({"packets": [], "documents": names}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
