"""Blind set form_bd: sixteen cerfa 15763*02 (S1106) application forms.

Usage: python generate.py OUT_DIR
"""

import io
import json
import random
import sys
from pathlib import Path

import pikepdf
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

import fill
import imaging
import layout
from people import DOCS, fr

SIT_KEYS = {
    "salarie": "salarie",
    "independant": "independant",
    "demandeur": "demandeur_emploi",
    "etudiant": "etudiant",
    "sans": "sans_activite",
    "autre": "autre",
}
CT_KEYS = {"CDI": "cdi", "CDD": "cdd", "interim": "interim"}


def seed(d, salt=""):
    return random.Random(f"form_bd/{d['id']}/{salt}")


def digits_date(x):
    return x.strftime("%d%m%Y")


def values(d):
    """The text each slot receives (before any hand/font adaptation)."""
    v = {
        "nom": d["surname"].upper(),
        "prenoms": d["given"],
        "ddn": digits_date(d["dob"]),
        "lieu_commune": d["bcity"],
        "lieu_pays": d["bcountry"],
        "nationalite": d["nat"],
        "adresse": d["addr"],
        "adresse2": d["addr2"],
        "cp": d["cp"],
        "commune": d["city"],
        "tel": d["tel"],
        "email": d["email"],
    }
    if d["usage"]:
        v["nom_usage"] = d["usage"].upper()
    if d["arrival"]:
        v["arrivee"] = digits_date(d["arrival"])
    if d["nir"]:
        v["nir"], v["nir_cle"] = d["nir"][:13], d["nir"][13:]
    if "salarie" in d["sit"]:
        v["profession"] = d["job"]
    if d["other"]:
        v["autre_texte"] = d["other"]
    return v


def boxes(d):
    b = ["sexe_" + d["sex"]] + ["sit_" + s for s in d["sit"]]
    if d["contract"]:
        b.append("ct_" + CT_KEYS[d["contract"]])
    return b


# ---- hand -------------------------------------------------------------------------------
def fill_hand(c, page, slots, d, rng, hand, written):
    v = values(d)
    ink = hand.ink
    if page == 1:
        for name, text in v.items():
            if name not in slots or not text:
                continue
            kind, geo = slots[name]
            if name == "email":
                text = text.lower()
            elif d["caps"] or kind == "comb":
                text = text.upper()
            text = fill.writable(hand.name, text)
            written[name] = text
            if kind == "comb":
                hand.comb(c, text, geo)
            else:
                x, y, w, h = geo
                hand.write(c, text, x + rng.uniform(3, 9), y + h * 0.24 + rng.uniform(-1, 1.5))
        for name in boxes(d):
            kind = d["marks"]
            if d["id"] == "d008" and name.startswith("sit_"):
                kind = "tick"  # crosses for sex and contract, a tick for the situation
            fill.mark(c, kind, slots[name][1], ink, rng)
    else:
        place = d["place"].upper() if d["caps"] else d["place"]
        written["place"] = fill.writable(hand.name, place)
        x, y, w, h = slots["fait_a"][1]
        hand.write(c, written["place"], x + 6, y + h * 0.25)
        if d["date_text"]:
            x, y, w, h = slots["le"][1]
            hand.write(c, d["date_text"], x + rng.uniform(2, 10), y + h * 0.22, drift=0.5)
        sig_slot(c, slots["signature"][1], d, ink, rng)


def sig_slot(c, rect, d, ink, rng):
    if d["sig"] == "sig":
        fill.signature(c, rect, d["given"].split()[0] + d["surname"], ink, rng)
    elif d["sig"] == "stray":
        fill.stray(c, rect, ink, rng)


# ---- typed then printed -----------------------------------------------------------------
def fill_typed(c, page, slots, d, rng, hand, written):
    face = d["face"]
    dx, dy = rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5)
    size = 10.5 if face != "courier" else 10
    v = values(d)
    if page == 1:
        for name, text in v.items():
            if name not in slots or not text:
                continue
            kind, geo = slots[name]
            if kind == "comb":
                text = text.upper()
                fill.typed_comb(c, text, geo, face, size, dx, dy)
            else:
                x, y, w, h = geo
                fill.typed(c, text, x + 4 + dx, y + 4.5 + dy, face, size)
            written[name] = text
        for name in boxes(d):
            x, y, w, h = slots[name][1]
            fill.typed(c, "X", x + w * 0.18 + dx * 0.5, y + 1.2 + dy * 0.4, face, w * 1.05)
    else:
        x, y, w, h = slots["fait_a"][1]
        fill.typed(c, d["place"], x + 4 + dx, y + 4.5 + dy, face, size)
        written["place"] = d["place"]
        x, y, w, h = slots["le"][1]
        if d["date_by"] == "typed":
            fill.typed(c, d["date_text"], x + 4 + dx, y + 4.5 + dy, face, size)
        else:
            hand.write(c, d["date_text"], x + rng.uniform(4, 12), y + h * 0.22, drift=0.4)
        sig_slot(c, slots["signature"][1], d, hand.ink, rng)


# ---- fillable PDF -----------------------------------------------------------------------
ACRO = {
    "nom": "NOM_NAISSANCE",
    "nom_usage": "NOM_USAGE",
    "prenoms": "PRENOMS",
    "ddn": "DATE_NAISSANCE",
    "lieu_commune": "LIEU_NAISS_COMMUNE",
    "lieu_pays": "LIEU_NAISS_PAYS",
    "nationalite": "NATIONALITE",
    "arrivee": "DATE_ARRIVEE_FR",
    "nir": "NIR",
    "nir_cle": "NIR_CLE",
    "adresse": "ADRESSE_L1",
    "adresse2": "ADRESSE_L2",
    "cp": "CODE_POSTAL",
    "commune": "COMMUNE",
    "tel": "TELEPHONE",
    "email": "COURRIEL",
    "profession": "EMPLOI_OCCUPE",
    "autre_texte": "AUTRE_SITUATION_PRECISION",
    "fait_a": "FAIT_A",
    "le": "DATE_SIGNATURE",
}
NOFILL = Color(1, 1, 1, alpha=0)


def _runs(rects):
    """Split a comb into groups of adjacent boxes (one field per group)."""
    out = [[rects[0]]]
    for r in rects[1:]:
        p = out[-1][-1]
        (out[-1].append(r) if abs(r[0] - (p[0] + p[2])) < 0.5 else out.append([r]))
    return out


def fill_acro(c, page, slots, d, rng, sig_img, written, printed):
    form = c.acroForm
    v = values(d)
    if page == 2:
        v = {"fait_a": d["place"], "le": d["date_text"]}
    for name, slot in slots.items():
        if name not in ACRO:
            continue
        kind, geo = slot
        text = v.get(name, "") or ""
        if kind == "comb":
            text = text.upper()
            groups = _runs(geo)
            pos = 0
            for gi, g in enumerate(groups):
                part = text[pos : pos + len(g)]
                pos += len(g)
                fname = ACRO[name] + (f"_{gi + 1}" if len(groups) > 1 else "")
                form.textfield(
                    name=fname,
                    value=part,
                    x=g[0][0],
                    y=g[0][1],
                    width=g[-1][0] + g[-1][2] - g[0][0],
                    height=g[0][3],
                    maxlen=len(g),
                    fieldFlags="comb",
                    borderWidth=0,
                    fillColor=NOFILL,
                    borderColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                    tooltip=ACRO[name].replace("_", " ").capitalize(),
                )
        else:
            x, y, w, h = geo
            form.textfield(
                name=ACRO[name],
                value=text,
                x=x,
                y=y,
                width=w,
                height=h,
                borderWidth=0,
                fillColor=NOFILL,
                borderColor=None,
                fontName="Helvetica",
                fontSize=9.5,
                tooltip=ACRO[name].replace("_", " ").capitalize(),
            )
        if text:
            written[name] = text
    if page == 1:
        on = set(boxes(d))
        for name, (kind, geo) in slots.items():
            if kind != "box" or name.startswith("verif"):
                continue
            x, y, w, h = geo
            form.checkbox(
                name=("CASE_" + name[3:] if name.startswith("ct_") else name).upper(),
                checked=name in on,
                buttonStyle="cross" if d["run"] == "A" else "check",
                x=x,
                y=y,
                size=w,
                borderWidth=0,
                fillColor=NOFILL,
                borderColor=None,
                textColor=Color(0, 0, 0),
                fieldFlags="",
            )
    else:
        written["place"] = d["place"]
        x, y, w, h = slots["signature"][1]
        if printed:
            fill.signature(c, (x, y, w, h), d["given"] + d["surname"], fill.INKS[d["ink"]], rng)
        else:
            c.drawImage(
                ImageReader(sig_img), x + w * 0.12, y + h * 0.1, w * 0.7, w * 0.28, mask="auto"
            )


# ---- one document -----------------------------------------------------------------------
def build_pdf(d):
    rng = seed(d, "fill")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if d["fill"] == "acroform":
        c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
        c.setAuthor("Assurance Maladie")
        c.setCreator("S1106 - cerfa 15763*02")
    written = {}
    hand = None
    if d["fill"] in ("hand", "typed_print"):
        hand = fill.Hand(seed(d, "hand"), d["hand"], d["ink"], size=rng.uniform(10.5, 12.5))
    sig_img = None
    if d["fill"] == "acroform":
        sig_img = fill.signature_png(seed(d, "sig"), d["given"] + d["surname"])
    for page in (1, 2):
        slots = layout.draw_page(c, d["run"], page)
        if d["fill"] == "hand":
            fill_hand(c, page, slots, d, rng, hand, written)
        elif d["fill"] == "typed_print":
            fill_typed(c, page, slots, d, rng, hand, written)
        else:
            fill_acro(c, page, slots, d, rng, sig_img, written, d["fill"] == "acroform_printed")
        c.showPage()
    c.save()
    data = buf.getvalue()
    if d["fill"] != "acroform" or d["ap"]:
        data = comb_appearances(data) if d["fill"].startswith("acroform") else data
    else:
        data = strip_appearances(data)
    return data, written


def comb_appearances(data):
    """Appearance streams that spread comb field values one character per cell."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if int(annot.get("/Ff", 0)) & (1 << 24) == 0 or not str(annot.get("/V", "")):
                continue
            val = str(annot.V)
            x0, y0, x1, y1 = (float(v) for v in annot.Rect)
            cell = (x1 - x0) / int(annot.MaxLen)
            ops = ["/Tx BMC", "q", "BT", "/Helv 10 Tf", ".1 .1 .1 rg"]
            for i, ch in enumerate(val):
                x = i * cell + (cell - pdfmetrics.stringWidth(ch, "Helvetica", 10)) / 2
                ops.append(f"1 0 0 1 {x:.2f} 4.6 Tm ({ch}) Tj")
            ops += ["ET", "Q", "EMC"]
            annot.AP.N.write(("\n".join(ops) + "\n").encode("latin-1"))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def strip_appearances(data):
    """Fillable PDF whose fields carry values but no appearance streams."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if "/AP" in annot and "/FT" in annot and annot.FT == "/Tx":
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def rasters(d, data):
    """Page images as they reach the applicant's folder (scan or photo)."""
    rng = imaging.np.random.default_rng(int(d["id"][1:]) * 7919)
    forms = d["fill"] == "acroform_printed"
    if d["look"] == "phone_photo":
        pages = imaging.render(data, 250, forms)
        out = []
        for i, p in enumerate(pages):
            long_side = [3264, 4000, 3468][(int(d["id"][1:]) + i) % 3]
            out.append(imaging.rotate(imaging.photo(p, rng, long_side), d["rot"][i]))
        return out
    return [imaging.scan(p, rng, d["dpi"]) for p in imaging.render(data, d["dpi"], forms)]


def write_files(d, data, folder):
    arr, names = d["arr"], d["files"]
    if arr == "text_pdf":
        (folder / names[0]).write_bytes(data)
        return [{"path": names[0], "pages": [1, 2]}]
    imgs = rasters(d, data)
    q = 78 + int(d["id"][1:]) % 3 * 5
    if arr == "pdf2":
        (folder / names[0]).write_bytes(imaging.image_pdf(imgs, q))
        return [{"path": names[0], "pages": [1, 2]}]
    if arr == "pdf2_rev":
        (folder / names[0]).write_bytes(imaging.image_pdf(imgs[::-1], q))
        return [{"path": names[0], "pages": [2, 1]}]
    if arr == "pdf2files":
        for n, img in zip(names, imgs, strict=True):
            (folder / n).write_bytes(imaging.image_pdf([img], q))
        return [{"path": n, "pages": [1]} for n in names]
    # two images (names[0] holds page 1, whatever the sort order of the names)
    dpi = d.get("dpi")
    for n, img in zip(names, imgs, strict=True):
        if n.endswith(".png"):
            (folder / n).write_bytes(imaging.png_bytes(img, dpi))
        else:
            (folder / n).write_bytes(imaging.jpeg_bytes(img, q + 8, dpi))
    return [{"path": n, "pages": [1]} for n in names]


STATUS = {
    "ok": "complete",
    "usage_name": "complete",
    "nir": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "before_arrival": "questionable",
}
DEFECT = {
    "unsigned": "signature box left empty",
    "stray_mark": "only a dot and a smudge in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "date after 'le' left blank",
    "before_arrival": "form dated before the arrival date in France written on it",
}


def truth(d, files, written):
    sit = [SIT_KEYS[s] for s in d["sit"]]
    emp = {"salarie": "employed", "autre": "other", "independant": "other"}.get(
        sit[0], "not_employed"
    )
    surname = written.get("nom", d["surname"])
    given = written.get("prenoms", d["given"])
    notes = f"print run {d['run']}; fill {d['fill']}"
    if d["arrival"]:
        notes += f"; form shows 'Date d'arrivée en France' {fr(d['arrival'])}"
    if d["fill"] == "acroform":
        notes += (
            "; fields with appearance streams"
            if d["ap"]
            else ("; field values without appearance streams (NeedAppearances true)")
        )
        notes += "; handwritten signature image pasted in the box"
    fields = {
        "surname": surname,
        "usage_name": written.get("nom_usage"),
        "given_names": given,
        "sex": d["sex"],
        "date_of_birth": d["dob"].isoformat(),
        "employment_status": emp,
        "situation": "+".join(sit),
        "contract_type": d["contract"] if d["contract"] != "interim" else "intérim",
        "signed": d["sig"] == "sig",
        "signed_on": d["signed_on"].isoformat() if d["signed_on"] else None,
        "date_text": d["date_text"],
        "place": written.get("place", d["place"]),
        "nir": d["nir"],
    }
    return {
        "as_of": d["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[d["case"]],
        "defect": DEFECT.get(d["case"]),
        "fill_way": d["fill"],
        "case": d["case"],
        "applicant": {
            "surname": surname,
            "given_names": given,
            "date_of_birth": d["dob"].isoformat(),
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": d["look"],
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def main(out):
    out = Path(out)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    for d in DOCS:
        folder = out / "documents" / d["id"]
        folder.mkdir(exist_ok=True)
        data, written = build_pdf(d)
        files = write_files(d, data, folder)
        t = truth(d, files, written)
        (out / "documents" / f"{d['id']}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    manifest = {"packets": [], "documents": [d["id"] for d in DOCS]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
