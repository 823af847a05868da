"""Generate the form_al blind set: 16 PUMa application forms (cerfa 15763*02, S1106).

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

import cv2
import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import form_layout  # noqa: E402
import hand  # noqa: E402
from people import DEFECT, ITEMS, MONTHS, PEOPLE, STATUS  # noqa: E402

cv2.setNumThreads(1)
logging.getLogger("fontTools").setLevel(logging.ERROR)
PT_H = A4[1]
SIT_SLOT = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
}
CT_SLOT = {"CDI": "ct_cdi", "CDD": "ct_cdd", "intérim": "ct_interim"}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}


def plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def nir_key(n13: str) -> str:
    return f"{97 - int(n13) % 97:02d}"


def iso(d: dt.date) -> str:
    return d.isoformat()


# ------------------------------------------------------------------ what is written


def plan_dates(rng, case: str):
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed = as_of - dt.timedelta(days=rng.randint(3, 34))
    text = signed.strftime("%d/%m/%Y")
    if case == "future_date":
        signed = as_of + dt.timedelta(days=rng.randint(6, 30))
        text = signed.strftime("%d/%m/%Y")
    elif case == "us_date":
        while signed.day <= 12:
            signed -= dt.timedelta(days=1)
        text = signed.strftime("%m/%d/%Y")
    elif case == "date_words":
        text = f"{signed.day} {MONTHS[signed.month - 1]} {signed.year}"
        if signed.day == 1:
            text = f"1er {MONTHS[signed.month - 1]} {signed.year}"
    elif case == "no_date":
        text = ""
    return as_of, signed, text


def written_values(p: dict, case: str, upper: bool, date_text: str, rng) -> dict:
    """Slot name -> text (or True for a ticked box), as the applicant fills the form."""

    def w(s):
        if s is None:
            return None
        s = plain(s) if p["plain"] else s
        return s.upper() if upper else s

    y, m, d = p["dob"].split("-")
    v = {
        "nom": w(p["surname"]).upper(),
        "usage": w(p["usage"]).upper() if p["usage"] else None,
        "prenoms": w(p["given"]),
        "sexe_" + p["sex"]: True,
        "dob_j": d,
        "dob_m": m,
        "dob_a": y,
        "lieu_commune": w(p["city"]),
        "lieu_pays": w(p["country"]),
        "nationalite": w(p["nat"]),
        "adresse": w(p["addr"]),
        "cp": p["cp"],
        "commune": w(p["commune"]),
        "tel": p["tel"],
        "email": p["email"],
        "fait_a": plain(p["commune"]) if p["plain"] else p["commune"],
        "le_date": date_text or None,
    }
    if p["nir"]:
        v["nir"] = p["nir"]
        v["nir_cle"] = nir_key(p["nir"])
    sits = [p["sit"]]
    if case == "two_ticked":
        sits = ["demandeur_emploi", "sans_activite"]
    elif case == "none_ticked":
        sits = []
    for s in sits:
        v[SIT_SLOT[s]] = True
    if p["sit"] == "salarie" and case not in ("two_ticked", "none_ticked"):
        v[CT_SLOT[p["ct"]]] = True
        v["profession"] = w(p["job"])
        v["employeur"] = w(p["employer"])
    if p["sit"] == "autre":
        v["autre_texte"] = w(p["autre"])
    return {k: val for k, val in v.items() if val}, sits


# ------------------------------------------------------------------ rendering


def render_pages(pdf_bytes: bytes, dpi: int) -> list:
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return pages


def px(rect, k):
    x, y, w, h = rect
    return (x * k, (PT_H - y - h) * k, w * k, h * k)


def hand_fill(pages, slots, values, k, pen: hand.Pen, tick_style, only=None):
    for name, val in values.items():
        if only is not None and name not in only:
            continue
        slot = slots.get(name)
        if slot is None:
            continue
        img = pages[slot["page"] - 1]
        rects = [px(r, k) for r in slot["rects"]]
        if slot["kind"] == "box":
            pen.tick(img, rects[0], tick_style)
        elif slot["kind"] == "comb":
            pen.comb(img, str(val).upper(), rects)
        else:
            pen.write_in(img, str(val), rects[0], size_pt=pen.rng.uniform(11.5, 13.5))


def sign(pages, slots, k, rng, case, sig_name, ink, pen):
    rect = px(slots["signature"]["rects"][0], k)
    img = pages[1]
    if case in ("unsigned", "label_only"):
        return False
    if case == "stray_mark":
        pen.dot(img, rect)
        return False
    sig = hand.signature(rng, sig_name, ink, int(rect[3] * 0.7))
    hand.paste_signature(img, sig, rect, rng)
    return True


def capture(pages, how, rng):
    out = []
    for i, pg in enumerate(pages):
        if how == "scan":
            out.append(hand.scan(pg, rng))
        else:
            im = hand.phone_photo(pg, rng, rng.choice([3024, 3264, 4000, 4032]))
            q = rng.choice([0, 0, 0, 1, 3]) if i == 0 else rng.choice([0, 0, 1, 2, 3])
            out.append(hand.rotate_quarter(im, q))
    return out


def jpeg_bytes(im, rng, fmt="JPEG"):
    buf = io.BytesIO()
    if fmt == "PNG":
        im.save(buf, "PNG", optimize=False)
    else:
        im.save(buf, "JPEG", quality=rng.randint(72, 90), subsampling=2)
    return buf.getvalue()


def image_pdf(jpegs: list, title: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator("Canon MF Scan Utility")
    for data in jpegs:
        ir = ImageReader(io.BytesIO(data))
        c.drawImage(ir, 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def comb_appearances(pdf_bytes: bytes) -> bytes:
    """Give comb text fields an appearance with one character per cell, as Acrobat does."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for field in pdf.Root.AcroForm.Fields:
        flags = int(field.get("/Ff", 0))
        if not flags & (1 << 24) or "/AP" not in field:
            continue
        val = str(field.get("/V", ""))
        n = int(field.MaxLen)
        x0, y0, x1, y1 = (float(v) for v in field.Rect)
        cell, h = (x1 - x0) / n, y1 - y0
        size = min(10.0, h * 0.7)
        ops = [b"/Tx BMC", b"q", b"BT", b"0 g", b"/Helv %.1f Tf" % size]
        for i, ch in enumerate(val[:n]):
            cw = pdfmetrics.stringWidth(ch, "Helvetica", size)
            esc = ch.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
            esc = esc.replace(b")", b"\\)")
            x = i * cell + (cell - cw) / 2
            ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, (h - size) / 2 + 1.5, esc))
        ops += [b"ET", b"Q", b"EMC"]
        field.AP.N.write(b"\n".join(ops))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def strip_appearances(pdf_bytes: bytes) -> bytes:
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# ------------------------------------------------------------------ one item


def make_item(idx: int, out_dir: Path) -> None:
    name = f"d{idx + 1:03d}"
    fill, run, arrangement, how, case = ITEMS[idx]
    p = PEOPLE[idx]
    rng = random.Random(f"form_al/{name}")
    as_of, signed_on, date_text = plan_dates(rng, case)
    upper = fill == "hand" or rng.random() < 0.4
    values, sits = written_values(p, case, upper, date_text, rng)
    ink = rng.choice(["blue", "blue", "black", "royal", "gel_black"])
    sig_name = rng.choice(
        [
            f"{p['given'].split()[0]} {(p['usage'] or p['surname']).split()[-1]}",
            f"{p['given'][0]}. {p['usage'] or p['surname']}",
            p["usage"] or p["surname"],
        ]
    )
    sig_name = plain(sig_name)
    tick_style = rng.choice(["x", "x", "check"])
    n_hand = sum(1 for it in ITEMS[:idx] if it[0] == "hand")
    pen_font = sorted(hand.HAND_FONTS)[n_hand % len(hand.HAND_FONTS)]
    notes = []
    signed = case not in ("unsigned", "label_only", "stray_mark")
    folder = out_dir / "documents" / name
    folder.mkdir(parents=True, exist_ok=True)
    stem = plain(p["surname"]).upper().replace(" ", "_").replace("'", "")

    if fill.startswith("acroform") and not fill.endswith("printed"):
        acro = dict(values)
        if signed:
            sig = hand.signature(rng, sig_name, ink, 120)
            b = io.BytesIO()
            sig.save(b, "PNG")
            acro["signature_image"] = ImageReader(io.BytesIO(b.getvalue()))
        pdf, _ = form_layout.build_form(
            run, acro=acro, acro_style=1 if arrangement == "acro_xfa" else 0
        )
        pdf = comb_appearances(pdf)
        if arrangement == "acro_noap":
            pdf = strip_appearances(pdf)
            notes.append("AcroForm values without appearance streams (NeedAppearances)")
        fname = rng.choice(
            [f"S1106_{stem}.pdf", "formulaire_puma_rempli.pdf", f"cerfa_15763-02_{stem}.pdf"]
        )
        (folder / fname).write_bytes(pdf)
        files = [{"path": fname, "pages": [1, 2]}]
        look = "text_pdf"
        notes.append(
            "fillable PDF filled on screen" + (", signature image pasted" if signed else "")
        )
    else:
        dpi = rng.choice([150, 200, 300]) if how == "scan" else 200
        k = dpi / 72
        pen = hand.Pen(rng, pen_font, ink, k)
        if fill == "hand":
            pdf, slots = form_layout.build_form(run)
            pages = render_pages(pdf, dpi)
            hand_fill(pages, slots, values, k, pen, tick_style)
            notes.append(f"handwritten ({pen_font} hand, {ink} ink)")
        else:
            hand_date = fill == "typed_print" and rng.random() < 0.5 and date_text
            typed = {k2: v for k2, v in values.items() if not (hand_date and k2 == "le_date")}
            tfont = "Arial" if fill == "acroform_printed" else rng.choice(["Arial", "Carlito"])
            pdf, slots = form_layout.build_form(run, typed=typed, typed_font=tfont)
            pages = render_pages(pdf, dpi)
            if hand_date:
                hand_fill(pages, slots, {"le_date": date_text}, k, pen, tick_style)
                notes.append("typed values, date written by hand")
            else:
                notes.append("typed values")
        signed = sign(pages, slots, k, rng, case, sig_name, ink, pen)
        shots = capture(pages, how, rng)
        look = "scan" if how == "scan" else "phone_photo"
        files = write_raster(folder, arrangement, shots, rng, how == "photo", stem)
        if arrangement.startswith("pdf"):
            look = "image_pdf"
    sit_txt = "+".join(sits) if sits else None
    emp = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    fields = {
        "surname": values["nom"],
        "usage_name": values.get("usage"),
        "given_names": values["prenoms"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": emp,
        "situation": sit_txt,
        "contract_type": p["ct"] if sits == ["salarie"] else None,
        "signed": signed,
        "signed_on": iso(signed_on) if date_text else None,
        "date_text": date_text or None,
        "place": values["fait_a"],
        "nir": (p["nir"] + nir_key(p["nir"])) if p["nir"] else None,
    }
    truth = {
        "as_of": iso(as_of),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECT.get(case),
        "fill_way": fill,
        "case": case,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": p["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": f"print run {run}; {arrangement}; " + "; ".join(notes),
            }
        ],
    }
    (out_dir / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def write_raster(folder: Path, arrangement: str, shots, rng, photo: bool, stem: str) -> list:
    jpg = [jpeg_bytes(s, rng) for s in shots]
    if arrangement in ("pdf1", "pdf1_rev"):
        order = [0, 1] if arrangement == "pdf1" else [1, 0]
        fname = rng.choice(["scan_formulaire.pdf", f"S1106_{stem}.pdf", "Numérisation_0004.pdf"])
        (folder / fname).write_bytes(image_pdf([jpg[i] for i in order], fname[:-4]))
        return [{"path": fname, "pages": [1, 2] if arrangement == "pdf1" else [2, 1]}]
    if arrangement == "pdf2":
        base = rng.choice(["formulaire_page", "cerfa_p", "S1106_page"])
        names = [f"{base}{i + 1}.pdf" for i in range(2)]
        for n, data in zip(names, jpg):
            (folder / n).write_bytes(image_pdf([data], n[:-4]))
        return [{"path": n, "pages": [1]} for n in names]
    n0 = rng.randint(1200, 8900)
    if photo:
        names = [f"IMG_{n0}.jpg", f"IMG_{n0 + rng.randint(1, 3)}.jpg"]
        if arrangement == "img2_rev":  # page 2 was photographed first
            names = names[::-1]
    elif arrangement == "img2_rev":
        names = [f"doc{n0:05d}_2.png", f"doc{n0:05d}_1.png"]
    else:
        names = [f"scan_{n0:04d}.jpg", f"scan_{n0 + 1:04d}.jpg"]
    for n, s, data in zip(names, shots, jpg):
        if n.endswith(".png"):
            data = jpeg_bytes(s.convert("L"), rng, "PNG")
        (folder / n).write_bytes(data)
    return [{"path": n, "pages": [1]} for n in names]


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    docs = []
    for i in range(len(ITEMS)):
        make_item(i, out)
        docs.append(f"d{i + 1:03d}")
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
