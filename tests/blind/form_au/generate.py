"""Blind set form_au: 16 filled application forms (cerfa 15763*02), one per folder.

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color, black, white
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import camera
import layout
from hand import Pen
from people import INSEE, SPECS

cv2.setNumThreads(1)
DPI = 200
S = DPI / 72.0
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
DEFECTS = {
    "ok": None,
    "unsigned": "signature box left empty",
    "label_only": "no signature: only the printed word 'Signature' in the box",
    "stray_mark": "no signature: a stray pen mark in the box",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (US style)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
    "date_words": None,
}
STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}


# -- values -------------------------------------------------------------------------------
def nir_of(p):
    if not p["nir_order"]:
        return None
    body = ("1" if p["sex"] == "M" else "2") + p["dob"][2:4] + p["dob"][5:7] + "99"
    body += INSEE[p["cc"]] + p["nir_order"]
    return body + f"{97 - int(body) % 97:02d}"


def date_text(p):
    if p["signed"] is None:
        return None
    y, m, d = (int(v) for v in p["signed"].split("-"))
    if p["case"] == "us_date":
        return f"{m:02d}/{d:02d}/{y}"
    if p["case"] == "date_words":
        return f"{d} {MOIS[m - 1]} {y}"
    return f"{d:02d}/{m:02d}/{y}"


def values(p):
    """key -> text for line fields, comb strings, and the set of ticked boxes."""
    hand = p["fill"] == "hand"
    up = str.upper if hand else (lambda s: s)
    v = {
        "nom_naissance": p["surname"],
        "nom_usage": p["usage"] or "",
        "prenoms": up(p["given"]),
        "lieu_commune": up(p["birth_town"]),
        "lieu_pays": up(p["birth_country"]),
        "nationalite": p["nationality"],
        "adresse": p["address"],
        "commune": up(p["town"]),
        "telephone": p["phone"],
        "email": p["email"],
        "profession": p["profession"],
        "employeur": p["employer"],
        "autre_texte": p["autre"],
        "fait_a": p["town"],
        "le": date_text(p) or "",
    }
    y, m, d = p["dob"].split("-")
    nir = nir_of(p)
    combs = {
        "dob": d + m + y,
        "code_postal": p["cp"],
        "nir": nir[:13] if nir else "",
        "nir_key": nir[13:] if nir else "",
    }
    ticks = {"sexe_" + p["sex"]} | {"sit_" + s for s in p["situation"]}
    if p["contract"]:
        ticks.add("ct_" + p["contract"])
    return v, combs, ticks


# -- PDF with overlay (typed values or AcroForm fields) -----------------------------------
FIELD_NAMES = {
    "lc": lambda k, pg: (
        f"topmostSubform[0].Page{pg}[0].{''.join(w.title() for w in k.split('_'))}[0]"
    ),
    "snake": lambda k, pg: k,
}


def build_pdf(p, sig_png=None):
    v, combs, ticks = values(p)
    rng = random.Random(p["id"] + "typed")
    counter = {"t": 0, "c": 0}

    def fname(key, page, kind):
        style = p.get("names", "snake")
        if style == "generic":
            counter[kind] += 1
            return ("Zone de texte " if kind == "t" else "Case à cocher ") + str(counter[kind])
        return FIELD_NAMES[style](key, page)

    def overlay(c, page, pos):
        items = [(k, r) for k, r in pos.items() if not k.startswith("_")]
        for key, rect in items:
            rects = rect if isinstance(rect, list) else [rect]
            if rects[0][0] != page:
                continue
            if p["fill"] == "typed_print":
                typed(c, key, rects, v, combs, ticks, rng)
            else:
                field(c, key, rects, v, combs, ticks, page, fname)
        if page == 2 and sig_png is not None:
            _, x, y, w, h = pos["signature"]
            c.drawImage(ImageReader(sig_png), x + 4, y + 4, w - 8, h - 8, mask="auto")

    def typed(c, key, rects, v, combs, ticks, rng):
        font = p["typed_font"]
        if key in combs:
            c.setFont(font, 11)
            for ch, (_, x, y, w, h) in zip(combs[key], rects):
                c.drawCentredString(x + w / 2 + rng.uniform(-0.8, 0.8), y + 3.2, ch)
        elif key.startswith(("sexe_", "sit_", "ct_")):
            if key in ticks:
                _, x, y, w, _h = rects[0]
                c.setFont("Helvetica", 10)
                c.drawCentredString(x + w / 2, y + 1.6, "X")
        elif v.get(key):
            if key == "le" and p["hand_date"]:
                return
            _, x, y, w, _h = rects[0]
            c.setFont(font, 10)
            c.drawString(x + 3, y + 3.5, v[key])

    def field(c, key, rects, v, combs, ticks, page, fname):
        af = c.acroForm
        common = {
            "borderWidth": 0,
            "fillColor": Color(0.87, 0.91, 1.0, alpha=0.0),
            "textColor": black,
            "borderColor": white,
            "forceBorder": False,
        }
        if key in combs:
            text = combs[key].ljust(len(rects))
            for i, (ch, (_, x, y, w, h)) in enumerate(zip(text, rects)):
                af.textfield(
                    name=fname(f"{key}_{i + 1}", page, "t"),
                    value=ch.strip(),
                    x=x + 2,
                    y=y + 1,
                    width=w - 3,
                    height=h - 2,
                    fontName="Courier",
                    fontSize=11,
                    maxlen=1,
                    **common,
                )
        elif key.startswith(("sexe_", "sit_", "ct_")):
            _, x, y, w, h = rects[0]
            af.checkbox(
                name=fname(key, page, "c"),
                checked=key in ticks,
                buttonStyle="cross",
                x=x,
                y=y,
                size=w,
                borderWidth=0.7,
                borderColor=black,
                fillColor=white,
                textColor=black,
                fieldFlags="",
            )
        elif key in v:
            _, x, y, w, h = rects[0]
            val = v[key] if not (key == "le" and p["hand_date"]) else ""
            af.textfield(
                name=fname(key, page, "t"),
                value=val,
                x=x,
                y=y,
                width=w,
                height=min(h, 16),
                fontName="Helvetica",
                fontSize=10,
                maxlen=200,
                **common,
            )

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie - cerfa 15763*02")
    c.setAuthor("")
    with_overlay = p["fill"] in ("typed_print", "acroform", "acroform_printed")
    pos = layout.draw_form(c, p["run"], overlay if with_overlay else None)
    c.save()
    return buf.getvalue(), pos


def strip_text_appearances(data):
    """Fillable PDF as some viewers save it: text fields without /AP, NeedAppearances."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/FT") == "/Tx" and "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# -- raster and handwriting ---------------------------------------------------------------
def rasterize(data, forms):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    pages = [pdf[i].render(scale=S, may_draw_forms=forms).to_pil().convert("RGB") for i in range(2)]
    pdf.close()
    return pages


def px_rect(r):
    _, x, y, w, h = r
    return (x * S, (layout.PAGE_H - y - h) * S, w * S, h * S)


def make_pen(p, rng):
    font, ink, tip, hasty = p["pen"]
    return Pen(rng, font=font, ink=ink, tip=tip, hasty=hasty, slant=rng.uniform(-3, 8))


def write_line(pen, img, rect, text, rng):
    x, y, w, h = px_rect(rect)
    size = int(min(46, max(26, h * 0.95)))
    pen.write(img, text, x + rng.uniform(4, 16), y + h - max(5, h * 0.16), size, max_w=w - 20)


def hand_fill(p, pages, pos, rng):
    pen = make_pen(p, rng)
    v, combs, ticks = values(p)
    style = rng.choice(["cross", "check", "cross"])
    for key, rect in pos.items():
        if key.startswith("_"):
            continue
        if isinstance(rect, list):
            text = combs.get(key, "")
            for ch, r in zip(text, rect):
                x, y, w, h = px_rect(r)
                size = int(h * 0.95)
                pen.write(
                    pages[r[0] - 1], ch, x + w * 0.22 + rng.uniform(-2, 2), y + h * 0.86, size
                )
        elif key.startswith(("sexe_", "sit_", "ct_")):
            if key in ticks:
                pen.tick(pages[rect[0] - 1], px_rect(rect), style)
        elif key not in ("signature",) and v.get(key):
            write_line(pen, pages[rect[0] - 1], rect, v[key], rng)
    finish_page2(p, pages, pos, rng, pen, date=True, place=False)


def finish_page2(p, pages, pos, rng, pen, date, place):
    """The hand part of page 2: date and place when asked, then the signature box."""
    v, _, _ = values(p)
    img = pages[1]
    if place and v["fait_a"]:
        write_line(pen, img, pos["fait_a"], v["fait_a"], rng)
    if date and v["le"]:
        write_line(pen, img, pos["le"], v["le"], rng)
    box = px_rect(pos["signature"])
    if p["case"] == "stray_mark":
        pen.stray(img, box)
    elif p["case"] not in ("unsigned", "label_only"):
        initials = p["given"][0] + (p["usage"] or p["surname"]).replace("'", "")[0].lower()
        pen.signature(img, box, initials)


def signature_png(p, rng):
    """A handwritten signature photographed and cut out, pasted in the fillable PDF."""
    pen = make_pen(p, rng)
    w, h = 620, 230
    img = Image.new("RGB", (w, h), (255, 255, 255))
    pen.signature(img, (0, 0, w, h), p["given"][0] + p["surname"][0].lower())
    a = 255 - np.asarray(img.convert("L"), dtype=np.int32)
    alpha = np.clip(a * 1.6, 0, 255).astype(np.uint8)
    rgba = np.dstack([np.asarray(img), alpha])
    out = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(out, "PNG")
    out.seek(0)
    return out


# -- arrangements -------------------------------------------------------------------------
def stamp(p, minutes):
    d = dt.date.fromisoformat(p["signed"] or p["as_of"]) + dt.timedelta(days=1)
    return d.strftime("%Y%m%d"), f"{9 + minutes // 60:02d}{minutes % 60:02d}"


def arrange(p, pages, folder, rng):
    """Write the two page rasters as the applicant sent them; return (files, look, notes)."""
    arr = p["arr"]
    if arr == "phone_photos":
        num = rng.randint(1200, 8900)
        names = [f"IMG_{num}.jpg", f"IMG_{num + 1}.jpg"]
        for img, name, rot in zip(pages, names, p.get("rot", (0, 0))):
            camera.phone_photo(img, rng, rotate=rot).save(folder / name, quality=88)
        rots = p.get("rot", (0, 0))
        note = "phone photos; rotated " + ", ".join(f"p{i + 1}:{r}" for i, r in enumerate(rots))
        return [{"path": n, "pages": [1]} for n in names], "phone_photo", note
    dpi = rng.choice([150, 200, 200])
    scans = [camera.scan(img, rng, dpi) for img in pages]
    q = rng.randint(72, 88)
    if arr == "two_images":
        n = rng.randint(10, 90)
        names = [f"scan_00{n}.jpg", f"scan_00{n + 1}.jpg"]
        for img, name in zip(scans, names):
            img.save(folder / name, quality=q)
        return [{"path": x, "pages": [1]} for x in names], "scan", f"two scans, {dpi} dpi"
    if arr == "two_images_p2_first":
        day, t = stamp(p, 15)
        t2 = f"{t[:2]}{int(t[2:]) - 1:02d}"
        names = [f"Scan {day} {t}.png", f"Scan {day} {t2}.png"]
        for img, name in zip(scans, names):
            img.convert("L").save(folder / name)
        return (
            [{"path": x, "pages": [1]} for x in names],
            "scan",
            f"two scans ({dpi} dpi, greyscale PNG); page 2 was scanned first, its name sorts first",
        )
    jpgs = [camera.jpeg_bytes(img, q) for img in scans]
    if arr == "one_pdf":
        name = p.get("name_file", "scan.pdf")
        camera.image_pdf(folder / name, jpgs)
        return [{"path": name, "pages": [1, 2]}], "image_pdf", f"scanner PDF, {dpi} dpi"
    if arr == "reversed_pdf":
        name = p.get("name_file", "scan.pdf")
        camera.image_pdf(folder / name, jpgs[::-1])
        return (
            [{"path": name, "pages": [2, 1]}],
            "image_pdf",
            "scanner PDF with the pages in reverse order: form page 1 is PDF page 2",
        )
    names = ["formulaire_page1.pdf", "formulaire_page2.pdf"]
    for data, name in zip(jpgs, names):
        camera.image_pdf(folder / name, [data])
    return [{"path": x, "pages": [1]} for x in names], "image_pdf", "one scanner PDF per page"


# -- one form -----------------------------------------------------------------------------
def make(p, out):
    rng = random.Random("form_au/" + p["id"])
    folder = out / "documents" / p["id"]
    folder.mkdir(parents=True, exist_ok=True)
    fill = p["fill"]
    signed = p["case"] not in ("unsigned", "label_only", "stray_mark")
    if fill == "acroform":
        sig = signature_png(p, rng) if signed else None
        data, _ = build_pdf(p, sig)
        if p.get("no_ap"):
            data = strip_text_appearances(data)
        name = p.get("name_file", "formulaire.pdf")
        (folder / name).write_bytes(data)
        files, look = [{"path": name, "pages": [1, 2]}], "text_pdf"
        notes = "fillable PDF saved with its AcroForm values"
        notes += " (text fields without appearance streams)" if p.get("no_ap") else ""
        notes += "; signature image pasted in the box" if signed else "; nothing in the box"
    else:
        data, pos = build_pdf(p)
        pages = rasterize(data, forms=fill == "acroform_printed")
        if fill == "hand":
            hand_fill(p, pages, pos, rng)
        else:
            finish_page2(p, pages, pos, rng, make_pen(p, rng), date=p["hand_date"], place=False)
        files, look, notes = arrange(p, pages, folder, rng)
        _font, ink, tip, hasty = p["pen"]
        notes += f"; pen: {ink} {'felt-tip' if tip == 'felt' else 'ballpoint'}"
        notes += ", hasty hand" if hasty else ", neat hand"
    notes = f"print run {p['run']}, fill {fill}; " + notes
    truth(p, out, files, look, notes, signed)


def truth(p, out, files, look, notes, signed):
    sit = p["situation"]
    if len(sit) == 1:
        emp = {"salarie": "employed", "autre": "other"}.get(sit[0], "not_employed")
    else:
        emp = None
    given = p["given"].upper() if p["fill"] == "hand" else p["given"]
    fields = {
        "surname": p["surname"],
        "usage_name": p["usage"],
        "given_names": given,
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": emp,
        "situation": "+".join(sit) if sit else None,
        "contract_type": {"interim": "intérim"}.get(p["contract"], p["contract"]),
        "signed": signed,
        "signed_on": p["signed"],
        "date_text": date_text(p),
        "place": p["town"],
        "nir": nir_of(p),
    }
    doc = {
        "files": files,
        "type": "application_form",
        "look": look,
        "fields": fields,
        "notes": notes,
    }
    t = {
        "as_of": p["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS.get(p["case"], "invalid"),
        "defect": DEFECTS[p["case"]],
        "fill_way": p["fill"],
        "case": p["case"],
        "applicant": {"surname": p["surname"], "given_names": given, "date_of_birth": p["dob"]},
        "documents": [doc],
    }
    path = out / "documents" / f"{p['id']}.truth.json"
    path.write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    for p in SPECS:
        make(p, out)
        print(p["id"], p["fill"], p["arr"], p["case"], file=sys.stderr)
    manifest = {"packets": [], "documents": [p["id"] for p in SPECS]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
