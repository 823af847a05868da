"""Blind set form_bx (wave 42): 20 single application forms (cerfa 15763*02, S1106).

Usage: python generate.py OUT_DIR
"""

import io
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import cv2
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

import acro
import ink
import layout
from cases import DEFECTS, FORM_STATUS, P

cv2.setNumThreads(1)
HERE = Path(__file__).resolve().parent
SIT_STATUS = {
    "salarie": "employed",
    "independant": "other",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CT_LABEL = {"CDI": "CDI", "CDD": "CDD", "interim": "Intérim"}
NAME_KEYS = ("surname", "usage_name", "given_names")


def nir_key(n13):
    key = 97 - int(n13) % 97
    assert (int(n13) + key) % 97 == 0 and 1 <= key <= 97
    return key


assert nir_key("2951099126111") == 93  # python-stdnum vector "2 95 10 99 126 111 93"


def full_nir(it):
    if not it["nir"]:
        return None
    n13 = "".join(it["nir"])
    assert len(n13) == 13 and n13[5:7] == "99"  # born abroad
    assert n13[1:5] == it["dob"][2:4] + it["dob"][5:7]
    out = n13 + f"{nir_key(n13):02d}"
    assert int(out[:13]) % 97 == (97 - int(out[13:])) % 97
    return out


def form_values(it):
    v = {
        "surname": it["surname"],
        "usage_name": it["usage"],
        "given_names": it["given"],
        "sex_F": it["sex"] == "F",
        "sex_M": it["sex"] == "M",
        "dob": it["dob"][8:10] + it["dob"][5:7] + it["dob"][0:4],
        "birth_city": it["bcity"],
        "birth_country": it["bcountry"],
        "nationality": it["nat"],
        "nir": full_nir(it),
        "address": it["addr"],
        "postcode": it["cp"],
        "city": it["city"],
        "phone": it["phone"],
        "email": it["email"],
        "job": it.get("job"),
        "autre_txt": it.get("autre"),
        "place": it["place"],
        "date": it["date_text"],
    }
    for key, _ in layout.SITUATIONS:
        v["sit_" + key] = key in it["sit"]
    for key in ("CDI", "CDD", "interim", "autre_contrat"):
        v["ct_" + key] = it.get("ct") == key
    return v


def cell_text(key, value):
    return value if key in NAME_KEYS else value.replace(" ", "")


def typed_fill(c, geo, vals, fontname, skip=()):
    for key, g in geo.items():
        v = vals.get(key)
        if not v or key in skip:
            continue
        if g["kind"] == "check":
            x, y, w, h = g["rect"]
            c.setFont(fontname, h * 2.4)
            c.drawCentredString((x + w / 2) * mm, (layout.PAGE_H - y - h * 0.82) * mm, "X")
        elif g["kind"] == "cells":
            for ch, (x, y, w, h) in zip(cell_text(key, v), g["cells"]):
                c.setFont(fontname, h * 1.9)
                c.drawCentredString((x + w / 2) * mm, (layout.PAGE_H - y - h * 0.74) * mm, ch)
        else:
            x, y, w, h = g["rect"]
            size = 10.0
            while stringWidth(v, fontname, size) > (w - 3) * mm and size > 6:
                size -= 0.5
            c.setFont(fontname, size)
            base = y + h * 0.72 if g["kind"] == "box" else y + h - 1.2
            c.drawString((x + 1.5) * mm, (layout.PAGE_H - base) * mm, v)


def signature_image(it, rng):
    """A handwritten signature photographed/scanned and cut out, as pasted in a PDF."""
    w_mm, h_mm = 70, 26
    img = Image.new("RGB", (int(w_mm * 300 / 25.4), int(h_mm * 300 / 25.4)), "white")
    hand, inkc, _, style = it["pen"]
    pen = ink.Pen(img, 300, rng, hand, inkc)
    pen.strokes(ink.signature_polys(rng, it["surname"], style), (2, 2, w_mm - 4, h_mm - 4))
    if it.get("sig_bg") == "transparent":
        gray = img.convert("L")
        alpha = gray.point(lambda p: max(0, min(255, (245 - p) * 3)))
        img = img.convert("RGBA")
        img.putalpha(alpha)
    else:
        img = Image.eval(img, lambda p: int(p * 0.96))
    return img


def build_pdf(it, rng, typed=False):
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("l'Assurance Maladie")
    run = it["run"]
    vals = form_values(it)
    geos = []
    for pno, fn in ((1, layout.page1), (2, layout.page2)):
        geo = fn(layout.Pg(c, run), run)
        geos.append(geo)
        if typed:
            c.setFillColorRGB(0.05, 0.05, 0.05)
            skip = ("date",) if it.get("hand_date") else ()
            typed_fill(c, geo, vals, it["typed_font"], skip)
        if pno == 2 and it["fill"] == "acroform" and it["pen"]:
            x, y, w, h = geo["sig"]["rect"]
            img = signature_image(it, rng)
            sw = w * rng.uniform(0.6, 0.8)
            sh = sw * img.height / img.width
            sx, sy = x + rng.uniform(0.1, 0.9) * (w - sw), y + (h - sh) * rng.uniform(0.4, 0.8)
            c.drawImage(
                ImageReader(img),
                sx * mm,
                (layout.PAGE_H - sy - sh) * mm,
                sw * mm,
                sh * mm,
                mask="auto",
            )
        c.showPage()
    c.save()
    data = buf.getvalue()
    if it["fill"] in ("acroform", "acroform_printed"):
        data = acro.add_fields(data, geos, vals, with_ap=it.get("ap", True))
    return data, geos


def rasterize(data, dpi, forms=False):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        bm = page.render(scale=dpi / 72, may_draw_forms=forms)
        out.append(bm.to_pil().convert("RGB"))
    pdf.close()
    return out


def hand_fill(pages, geos, vals, pen_of):
    for img, geo in zip(pages, geos):
        pen = pen_of(img)
        for key, g in geo.items():
            v = vals.get(key)
            if not v or key == "caf":
                continue
            if g["kind"] == "check":
                pen.tick(g["rect"], pen.tick_style)
            elif g["kind"] == "cells":
                pen.cells(cell_text(key, v), g["cells"])
            elif g["kind"] == "box":
                x, y, w, h = g["rect"]
                pen.write(v, x + 1.2, y + h * 0.76, w - 3, height=h * 0.62)
            else:
                x, y, w, h = g["rect"]
                pen.write(v, x + 0.5, y + h - 1.0, w - 2, height=5.0)


def save_jpeg(img, path, rng):
    img.save(path, "JPEG", quality=rng.randrange(80, 92), dpi=(200, 200))


def image_pdf(pages, path, rng):
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for img in pages:
        b = io.BytesIO()
        img.save(b, "JPEG", quality=rng.randrange(72, 86))
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()


def make(it, out):
    rng = random.Random(f"form_bx-w42-{it['id']}")
    folder = out / "documents" / it["id"]
    folder.mkdir(parents=True, exist_ok=True)
    fill, look = it["fill"], it["look"]
    vals = form_values(it)
    data, geos = build_pdf(it, rng, typed=fill == "typed_print")
    notes = {
        "hand": "filled by hand in ballpoint pen",
        "typed_print": "typed, printed, signed by hand",
        "acroform": "fillable PDF with AcroForm values",
        "acroform_printed": "fillable PDF printed with its values, signed by hand",
    }[fill]
    notes += f"; print run {it['run']}"
    if look == "text_pdf":
        name = f"S1106_{it['surname'].replace(' ', '_').replace(chr(39), '')}_rempli.pdf"
        (folder / name).write_bytes(data)
        files = [{"path": name, "pages": [1, 2]}]
        notes += "; appearance streams " + (
            "present" if it.get("ap", True) else "absent (NeedAppearances)"
        )
    else:
        dpi = 250 if look == "phone_photo" else it.get("dpi", 200)
        pages = rasterize(data, dpi, forms=fill == "acroform_printed")
        hand, inkc, tick, sig = it["pen"] or ("breip", "black", "check", "loops")
        slant = rng.uniform(-0.12, 0.15)

        def pen_of(img):
            p = ink.Pen(img, dpi, rng, hand, inkc, slant, rng.uniform(0.92, 1.05))
            p.tick_style = tick
            return p

        if fill == "hand":
            hand_fill(pages, geos, vals, pen_of)
        elif it.get("hand_date"):
            x, y, w, h = geos[1]["date"]["rect"]
            pen_of(pages[1]).write(it["date_text"], x + 0.5, y + h - 1.0, w - 2, height=5.0)
        sig_rect = geos[1]["sig"]["rect"]
        x, y, w, h = sig_rect
        inner = (x + 2, y + 5, w - 4, h - 7)
        if it["case"] == "stray_mark":
            pen_of(pages[1]).tick((x + w * 0.45, y + h * 0.5, 4, 4), "check")
        elif it["pen"] and it["case"] not in ("unsigned", "label_only"):
            pen_of(pages[1]).signature(inner, it["surname"], sig)
        arr = it["arr"]
        if look == "phone_photo":
            rots = it.get("rot", (0, 0))
            shots = [
                ink.photo_look(img, rng, rots[i], it.get("shadow", False) and i == 0)
                for i, img in enumerate(pages)
            ]
            hh, mi = rng.randrange(9, 21), rng.randrange(0, 59)
            day = date.fromisoformat(it["as_of"]) - timedelta(days=rng.randrange(1, 4))
            if it["signed_on"] and it["signed_on"] < it["as_of"]:
                day = max(day, date.fromisoformat(it["signed_on"]))
            day = day.strftime("%Y%m%d")
            names = [f"IMG_{day}_{hh:02d}{mi:02d}{10 + 20 * i:02d}.jpg" for i in range(2)]
            for img, n in zip(shots, names):
                save_jpeg(img, folder / n, rng)
            files = [{"path": n, "pages": [1]} for n in names]
            notes += "; phone photos of each page" + "".join(
                f", page {i + 1} rotated {r} degrees clockwise" for i, r in enumerate(rots) if r
            )
            if it.get("shadow"):
                notes += ", shadow over page 1"
        else:
            scans = [ink.scan_look(img, rng) for img in pages]
            if arr in ("two_images", "two_images_p2_first"):
                n = rng.randrange(10, 90)
                names = [f"scan_{n:04d}.jpg", f"scan_{n + 1:04d}.jpg"]
                if arr == "two_images_p2_first":
                    names = [f"scan{n + 1:04d}.jpg", f"scan{n:04d}.jpg"]
                    notes += "; page 2 was scanned first, its file name sorts first"
                for img, nm in zip(scans, names):
                    save_jpeg(img, folder / nm, rng)
                files = [{"path": nm, "pages": [1]} for nm in names]
                notes += f"; flatbed scans at {dpi} dpi"
            elif arr == "two_pdfs":
                names = ["formulaire_page1.pdf", "formulaire_page2.pdf"]
                for img, nm in zip(scans, names):
                    image_pdf([img], folder / nm, rng)
                files = [{"path": nm, "pages": [1]} for nm in names]
                notes += "; two scanner PDFs (images, no text layer)"
            else:
                nm = f"numerisation_{it['as_of'].replace('-', '')}.pdf"
                if arr == "one_pdf_reversed":
                    image_pdf(scans[::-1], folder / nm, rng)
                    files = [{"path": nm, "pages": [2, 1]}]
                    notes += "; one scanner PDF with the pages in reverse order"
                else:
                    image_pdf(scans, folder / nm, rng)
                    files = [{"path": nm, "pages": [1, 2]}]
                    notes += "; one scanner PDF (images, no text layer)"
    sit = it["sit"]
    signed = bool(it["pen"]) and it["case"] not in ("unsigned", "label_only", "stray_mark")
    fields = {
        "surname": it["surname"],
        "usage_name": it["usage"],
        "given_names": it["given"],
        "sex": it["sex"],
        "date_of_birth": it["dob"],
        "employment_status": SIT_STATUS[sit[0]] if len(sit) == 1 else None,
        "situation": "+".join(sit) if sit else None,
        "contract_type": CT_LABEL.get(it.get("ct")) if "salarie" in sit else None,
        "signed": signed,
        "signed_on": it["signed_on"],
        "date_text": it["date_text"],
        "place": it["place"],
        "nir": vals["nir"],
    }
    truth = {
        "as_of": it["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": FORM_STATUS[it["case"]],
        "defect": DEFECTS[it["case"]],
        "fill_way": fill,
        "case": it["case"],
        "applicant": {
            "surname": it["surname"],
            "given_names": it["given"],
            "date_of_birth": it["dob"],
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
    (out / "documents" / f"{it['id']}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    for it in P:
        make(it, out)
    manifest = {"packets": [], "documents": [it["id"] for it in P]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
