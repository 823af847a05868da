"""Blind set form_ad: 16 PUMa application forms (cerfa 15763*02, S1106).

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
from fontTools.ttLib import TTFont as FTFont
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ink  # noqa: E402
from forms import DEFECTS, FORMS  # noqa: E402
from layout import PAGE_H, draw_form  # noqa: E402

DPI = 200
S = DPI / 72
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
CONTRACT_LABEL = {"CDI": "CDI", "CDD": "CDD", "interim": "intérim", "autre": "autre"}
# field names of the fillable PDF (my own invention)
ACRO_NAMES = {
    "nom_naissance": "A_nomNaissance",
    "nom_usage": "A_nomUsage",
    "prenoms": "A_prenoms",
    "sexe_F": "A_sexe_feminin",
    "sexe_M": "A_sexe_masculin",
    "dob_j": "A_naissJour",
    "dob_m": "A_naissMois",
    "dob_a": "A_naissAnnee",
    "lieu_commune": "A_naissCommune",
    "lieu_pays": "A_naissPays",
    "nationalite": "A_nationalite",
    "nir": "A_nir13",
    "nir_cle": "A_nirCle",
    "adresse": "A_adresse",
    "cp": "A_codePostal",
    "commune": "A_commune",
    "tel": "A_telephone",
    "email": "A_courriel",
    "emploi": "B_emploiOccupe",
    "autre_txt": "B_autrePrecision",
    "place": "C_faitA",
    "date": "C_dateSignature",
}
_CMAPS = {}
logging.getLogger("fontTools").setLevel(logging.ERROR)


def date_text(f):
    if f["date"] is None:
        return None
    d = dt.date.fromisoformat(f["date"])
    if f["case"] == "us_date":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if f["case"] == "date_words":
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def nir15(f):
    n = f.get("nir")
    return f"{n}{97 - int(n) % 97:02d}" if n else None


def values(f):
    y, m, d = f["dob"].split("-")
    nir = nir15(f)
    vals = {
        "nom_naissance": f["surname"],
        "nom_usage": f["usage"] or "",
        "prenoms": f["given"],
        "dob_j": d,
        "dob_m": m,
        "dob_a": y,
        "lieu_commune": f["pob"][0],
        "lieu_pays": f["pob"][1],
        "nationalite": f["nat"],
        "nir": nir[:13] if nir else "",
        "nir_cle": nir[13:] if nir else "",
        "adresse": f["addr"],
        "cp": f["cp"],
        "commune": f["city"],
        "tel": f["tel"],
        "email": f["email"],
        "emploi": f.get("job", ""),
        "autre_txt": f.get("other", ""),
        "place": f["place"],
        "date": date_text(f) or "",
    }
    checks = {"sexe_" + f["sex"]} | {"sit_" + s for s in f["sit"]}
    if f.get("ctr"):
        checks.add("ctr_" + f["ctr"])
    return vals, checks


def covered(path, ch):
    if path not in _CMAPS:
        _CMAPS[path] = set(FTFont(path, lazy=True).getBestCmap())
    if ord(ch) in _CMAPS[path]:
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if ord(base) in _CMAPS[path] else "?"


# ------------------------------------------------------------------ fillers


def hand_page(img, page, geo, vals, checks, f, pen, rng, what):
    """Write by hand on a rendered page. what: 'all' or 'sign' (signature + maybe date)."""
    for key, g in geo.items():
        if g["page"] != page:
            continue
        kind = g["kind"]
        if what == "all" and kind == "comb":
            cw, ch = g["w"] * S, g["h"] * S
            for i, c in enumerate(vals.get(key, "")[: g["n"]]):
                if c == " ":
                    continue
                c = covered(pen.caps_path, c)
                size = ch * rng.uniform(0.74, 0.84)
                adv = ink.font(pen.caps_path, size).getlength(c)
                x = (g["x"] * S + i * cw) + (cw - adv) / 2 + rng.uniform(-1, 1) * S
                pen.glyph(img, c, x, g["y"] * S + ch * 0.84, size, caps=True)
        elif kind == "text" and (what == "all" or (key == "date" and f.get("hand_date"))):
            txt = vals.get(key)
            if not txt:
                continue
            txt = "".join(covered(pen.path, c) for c in txt)
            pen.write(
                img,
                (g["x"] + 3) * S,
                (g["y"] + g["h"] - 3) * S,
                txt,
                g["h"] * S * 0.95,
                max_w=(g["w"] - 6) * S,
            )
        elif what == "all" and kind == "check" and key in checks:
            pen.tick(img, g["x"] * S, g["y"] * S, g["w"] * S, f.get("mark", "cross"))
        elif kind == "box":
            x, y, w, h = (v * S for v in (g["x"], g["y"], g["w"], g["h"]))
            if f["case"] == "stray_mark":
                pen.dot(img, x + w * rng.uniform(0.3, 0.7), y + h * rng.uniform(0.4, 0.7))
            elif f.get("sig"):
                sig = signature_for(f, rng, h * rng.uniform(0.55, 0.75))
                if sig.width > w * 0.8 or sig.height > h * 0.95:
                    k = min(w * 0.8 / sig.width, h * 0.95 / sig.height)
                    sig = sig.resize((int(sig.width * k), int(sig.height * k)), Image.LANCZOS)
                px = int(x + rng.uniform(0.03, 0.97 - sig.width / w) * w)
                py = int(y + (h - sig.height) / 2 + rng.uniform(-0.1, 0.1) * h)
                img.paste(sig, (px, py), sig)


def signature_for(f, rng, height):
    g = f["given"].split()[0].replace("-", " ").title()
    s = max(f["surname"].replace("'", " ").split(), key=len).title()
    name = rng.choice([f"{g[0]}. {s}", s, f"{g} {s[:3]}", f"{g[0]}{s[0]} {s[1:4].lower()}"])
    return ink.signature_rgba(rng, name, f["sig"], f["ink"], height)


def typed_overlay(vals, checks, f):
    mono = f["run"] != "r2"

    def ov(c, page, geo):
        c.setFillColorRGB(0.05, 0.05, 0.08)
        for key, g in geo.items():
            if g["page"] != page:
                continue
            if g["kind"] == "comb":
                c.setFont("Mono" if mono else "Lib", g["w"] * 0.9)
                for i, ch in enumerate(vals.get(key, "")[: g["n"]]):
                    c.drawCentredString(
                        g["x"] + (i + 0.5) * g["w"], PAGE_H - g["y"] - g["h"] * 0.78, ch
                    )
            elif g["kind"] == "text":
                if key == "date" and f.get("hand_date"):
                    continue
                c.setFont("Lib", 9.5)
                c.drawString(g["x"] + 4, PAGE_H - g["y"] - g["h"] + 4, vals.get(key) or "")
            elif g["kind"] == "check" and key in checks:
                c.setFont("Lib-B", g["w"] * 1.15)
                c.drawCentredString(g["x"] + g["w"] / 2, PAGE_H - g["y"] - g["w"] * 0.88, "X")

    return ov


def acro_overlay(vals, checks, f, sig):
    clear = Color(1, 1, 1, alpha=0)

    def ov(c, page, geo):
        form = c.acroForm
        for key, g in geo.items():
            if g["page"] != page:
                continue
            y = PAGE_H - g["y"] - g["h"]
            if g["kind"] in ("comb", "text"):
                kw = dict(
                    name=ACRO_NAMES[key],
                    value=vals.get(key) or "",
                    x=g["x"],
                    y=y,
                    height=g["h"],
                    borderWidth=0,
                    fillColor=clear,
                    fontName="Helvetica",
                    textColor=Color(0, 0, 0.35),
                    forceBorder=False,
                )
                if g["kind"] == "comb":
                    kw.update(
                        width=g["w"] * g["n"],
                        maxlen=g["n"],
                        fieldFlags="comb",
                        fontSize=g["w"] * 0.85,
                    )
                else:
                    kw.update(width=g["w"], fontSize=9.5)
                form.textfield(**kw)
            elif g["kind"] == "check":
                name = ACRO_NAMES.get(key) or "B_" + key.replace("sit_", "situation_")
                form.checkbox(
                    name=name,
                    x=g["x"],
                    y=y,
                    size=g["w"],
                    checked=key in checks,
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=clear,
                    textColor=Color(0, 0, 0.35),
                    forceBorder=False,
                )
            elif g["kind"] == "box" and sig is not None:
                w = g["h"] * 0.7 * sig.width / sig.height
                c.drawImage(
                    ImageReader(sig), g["x"] + 20, y + g["h"] * 0.12, w, g["h"] * 0.7, mask="auto"
                )

    return ov


def make_pdf(f, overlay):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    geo = draw_form(c, f["run"], overlay)
    c.save()
    return buf.getvalue(), geo


def render(pdf_bytes, forms=False):
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=S, may_draw_forms=forms)
        out.append(bm.to_pil().convert("RGB"))
    return out


def _pdf_str(ch):
    b = ch.encode("latin-1", "replace")[0]
    return f"\\{b:03o}" if b > 126 or ch in "()\\" else ch


def spread_combs(pdf_bytes):
    """Rewrite the appearance of comb fields so that one character sits in each cell."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            for a in page.get("/Annots", []):
                if "/MaxLen" not in a or not int(a.get("/Ff", 0)) & (1 << 24) or "/AP" not in a:
                    continue
                n = int(a.MaxLen)
                w, h = float(a.Rect[2]) - float(a.Rect[0]), float(a.Rect[3]) - float(a.Rect[1])
                cell = w / n
                size = min(cell * 0.85, h * 0.7)
                val = str(a.get("/V", ""))
                ops = []
                for i, ch in enumerate(val[:n]):
                    x = i * cell + (cell - stringWidth(ch, "Helvetica", size)) / 2
                    ops.append(f"1 0 0 1 {x:.2f} {h * 0.28:.2f} Tm ({_pdf_str(ch)}) Tj")
                body = "\n".join(ops)
                stream = (
                    f"/Tx BMC\nq\n0 0 {w:.2f} {h:.2f} re W n\nBT\n/Helv {size:.2f} Tf\n"
                    f"0 0 .35 rg\n{body}\nET\nQ\nEMC\n"
                )
                a.AP.N.write(stream.encode("latin-1"))
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


def strip_appearances(pdf_bytes):
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if "/AP" in annot:
                    del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


# ------------------------------------------------------------------ output


def image_pdf(imgs, path, rng, dpi):
    c = canvas.Canvas(str(path), invariant=1)
    for im in imgs:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        b = io.BytesIO()
        im.save(b, "JPEG", quality=rng.randint(70, 85))
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, w, h)
        c.showPage()
    c.save()


def build(f, out):
    rng = random.Random(f"form_ad/{f['id']}")
    vals, checks = values(f)
    fill = f["fill"]
    pen = ink.Pen(rng, f.get("hand", "dkg"), f["ink"], S) if fill != "acroform" else None
    if fill == "hand":
        pdf, geo = make_pdf(f, None)
        pages = render(pdf)
        for i, im in enumerate(pages):
            hand_page(im, i + 1, geo, vals, checks, f, pen, rng, "all")
    elif fill == "typed_print":
        pdf, geo = make_pdf(f, typed_overlay(vals, checks, f))
        pages = render(pdf)
        for i, im in enumerate(pages):
            hand_page(im, i + 1, geo, vals, checks, f, pen, rng, "sign")
    else:
        sig = None
        if fill == "acroform" and f.get("sig"):
            sig = signature_for(f, rng, 240)
        pdf, geo = make_pdf(f, acro_overlay(vals, checks, f, sig))
        pdf = spread_combs(pdf)
        if fill == "acroform":
            if not f.get("ap", True):
                pdf = strip_appearances(pdf)
            pages = None
        else:
            pages = render(pdf, forms=True)
            for i, im in enumerate(pages):
                hand_page(im, i + 1, geo, vals, checks, f, pen, rng, "sign")
    kind, names = f["arr"][0], f["arr"][1]
    folder = out / "documents" / f["id"]
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "acro":
        (folder / names[0]).write_bytes(pdf)
        return "text_pdf", [{"path": names[0], "pages": [1, 2]}]
    if kind == "photos":
        rots = f["arr"][2]
        for im, name, rot in zip(pages, names, rots):
            ph = ink.photo(im, rng, long_side=rng.choice([3024, 3264, 4000, 2592]))
            if rot:
                ph = ph.rotate(-rot, expand=True)  # clockwise on screen
            ph.save(folder / name, "JPEG", quality=rng.randint(82, 93))
        return "phone_photo", [{"path": n, "pages": [1]} for n in names]
    dpi = rng.choice([150, 200, 300]) if kind != "images_png" else 150
    scans = [ink.scan(im, rng, dpi_out=dpi, dpi_in=DPI) for im in pages]
    if kind in ("images", "images_png"):
        for im, name in zip(scans, names):
            if name.endswith(".png"):
                im.save(folder / name, "PNG")
            else:
                im.save(folder / name, "JPEG", quality=rng.randint(78, 92))
        return "scan", [{"path": n, "pages": [1]} for n in names]
    if kind == "pdf":
        image_pdf(scans, folder / names[0], rng, dpi)
        return "image_pdf", [{"path": names[0], "pages": [1, 2]}]
    if kind == "pdf_rev":
        image_pdf(scans[::-1], folder / names[0], rng, dpi)
        return "image_pdf", [{"path": names[0], "pages": [2, 1]}]
    for im, name in zip(scans, names):  # two PDFs
        image_pdf([im], folder / name, rng, dpi)
    return "image_pdf", [{"path": n, "pages": [1]} for n in names]


def employment_status(sit):
    if len(sit) != 1:
        return None
    return {"salarie": "employed", "independant": "employed", "autre": "other"}.get(
        sit[0], "not_employed"
    )


def truth(f, look, files):
    defect, status = DEFECTS[f["case"]]
    signed = f["case"] not in ("unsigned", "label_only", "stray_mark") and bool(f.get("sig"))
    fields = {
        "surname": f["surname"],
        "usage_name": f["usage"],
        "given_names": f["given"],
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": employment_status(f["sit"]),
        "situation": "+".join(f["sit"]) or None,
        "contract_type": CONTRACT_LABEL[f["ctr"]] if f.get("ctr") else None,
        "signed": signed,
        "signed_on": f["date"],
        "date_text": date_text(f),
        "place": f["place"],
        "nir": nir15(f),
    }
    notes = f"print run {f['run']}, fill {f['fill']}, arrangement {f['arr'][0]}"
    if f["fill"] == "acroform":
        notes += ", appearance streams " + ("kept" if f.get("ap", True) else "removed")
    if f["arr"][0] == "photos" and any(f["arr"][2]):
        notes += f", rotations {f['arr'][2]}"
    return {
        "as_of": f["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "defect": defect,
        "form_status": status,
        "fill_way": f["fill"],
        "case": f["case"],
        "applicant": {
            "surname": f["surname"],
            "given_names": f["given"],
            "date_of_birth": f["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    ids = []
    for f in FORMS:
        look, files = build(f, out)
        t = truth(f, look, files)
        (out / "documents" / f"{f['id']}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        ids.append(f["id"])
        print(f["id"], f["fill"], f["case"], look, file=sys.stderr)
    manifest = {"packets": [], "documents": ids}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
