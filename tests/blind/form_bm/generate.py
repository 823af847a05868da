"""Blind set form_bm: 32 filled S1106 forms (cerfa 15763*02). Usage: generate.py OUT_DIR."""

import datetime as dt
import io
import json
import random
import sys
import unicodedata
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.colors import transparent
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import degrade
import ink as inkmod
from form_layout import SITUATIONS, Form
from people import ADDRESSES, AUTRE, JOBS, PEOPLE, PLAN

cv2.setNumThreads(1)
DPI = 300
S = DPI / 72.0
MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip
ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
        "nov.", "déc."]  # fmt: skip
SIT_ORDER = [k for k, _ in SITUATIONS]
STATUS = {"salarie": "employed", "demandeur_emploi": "not_employed", "etudiant": "not_employed",
          "sans_activite": "not_employed", "autre": "other"}  # fmt: skip
DEFECTS = {
    "unsigned": ("invalid", "signature box left empty"),
    "label_only": ("invalid", "signature box holds only the printed word Signature"),
    "stray_mark": ("invalid", "only a stray mark in the signature box, no signature"),
    "future_date": ("invalid", "form dated after the audit date"),
    "us_date": ("invalid", "date written MM/DD/YYYY (US order)"),
    "no_date": ("questionable", "date after 'le' left blank"),
    "none_ticked": ("questionable", "no situation box ticked in section B"),
    "two_ticked": ("questionable", "two situation boxes ticked in section B"),
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def nir_for(rng, sex, dob, country):
    n13 = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}99{country:03d}"
    n13 += f"{rng.randint(1, 499):03d}"
    key = 97 - int(n13) % 97
    assert len(n13) == 13 and 1 <= key <= 97 and (int(n13) + key) % 97 == 0
    return n13, f"{key:02d}"


# ------------------------------------------------------------------ the values of one form
def make_values(i, rng, fill, case):
    sur, usage, given, sex, dob_s, town, country, nat, code = PEOPLE[i]
    dob = dt.date.fromisoformat(dob_s)
    drop = rng.random() < (0.5 if fill == "hand" else 0.25)
    up = (lambda s: strip_accents(s).upper()) if drop else (lambda s: s.upper())
    v = {"nom": up(sur), "nom_usage": up(usage) if usage else "", "sexe": sex}
    if fill == "hand" or rng.random() < 0.5:
        v["prenoms"] = up(given)
    else:
        v["prenoms"] = strip_accents(given) if drop else given
    v["dob"] = f"{dob.day:02d}{dob.month:02d}{dob.year}"
    v["lieu"] = f"{up(town)}, {up(country)}" if fill == "hand" else f"{town} ({country})"
    v["nationalite"] = up(nat) if fill == "hand" else nat.capitalize()
    street, cp, city = ADDRESSES[rng.randrange(len(ADDRESSES))]
    v["adresse"] = up(street) if fill == "hand" else street
    v["cp"], v["commune"] = cp, (up(city) if fill == "hand" else city)
    v["tel"] = (
        "0" + rng.choice("67") + " " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    )
    mail = strip_accents(given.split()[0] + "." + sur.split()[0]).lower().replace("'", "")
    v["email"] = (
        f"{mail}{rng.choice(['', '91', '.fr', '2'])}@{rng.choice(['gmail.com', 'yahoo.fr', 'outlook.com', 'hotmail.fr'])}"
    )
    v["nir13"], v["nirkey"] = ("", "")
    if rng.random() < 0.3:
        v["nir13"], v["nirkey"] = nir_for(rng, sex, dob, code)
    # situation
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = rng.choice([["salarie", "etudiant"], ["demandeur_emploi", "sans_activite"],
                           ["sans_activite", "autre"], ["salarie", "autre"]])  # fmt: skip
    else:
        sits = [rng.choice(["salarie"] * 4 + ["etudiant", "demandeur_emploi", "sans_activite",
                                                "sans_activite", "autre"])]  # fmt: skip
    v["sits"] = sits
    v["contrat"] = rng.choice(["CDI", "CDI", "CDD", "interim"]) if "salarie" in sits else None
    v["emploi"] = rng.choice(JOBS) if "salarie" in sits else ""
    v["autre_txt"] = rng.choice(AUTRE) if "autre" in sits else ""
    if case == "none_ticked" and rng.random() < 0.5:
        v["emploi"] = rng.choice(JOBS)  # wrote a job but ticked nothing
    return v, dob, city


def make_date(rng, fill, case, as_of, writer_hand):
    """Return (date meant or None, text written or None)."""
    if case == "no_date":
        return None, None
    if case == "future_date":
        while True:
            d = as_of + dt.timedelta(days=rng.randint(3, 18))
            if d.day > 12:
                break
    elif case == "us_date":
        while True:
            d = as_of - dt.timedelta(days=rng.randint(1, 40))
            if d.day > 12:
                break
        return d, f"{d.month:02d}/{d.day:02d}/{d.year}"
    else:
        d = as_of - dt.timedelta(days=rng.randint(2, 26))
    if case == "date_words":
        fmts = [
            f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day} {ABBR[d.month - 1]} {d.year}",
            f"{d.day:02d} {MONTHS[d.month - 1].capitalize()} {d.year}",
        ]
        return d, rng.choice(fmts)
    if writer_hand:
        fmts = [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
            f"{d.day}/{d.month:02d}/{d.year}",
        ]
        return d, rng.choice(fmts)
    return d, f"{d.day:02d}/{d.month:02d}/{d.year}"


# ------------------------------------------------------------------ typed values (reportlab)
def typed_hook(v, rng, mode, date_typed):
    font = (
        "LibSans" if mode == "acro" else rng.choice(["Carlito", "LibSans", "LibMono", "LibSerif"])
    )
    size = 10 if mode == "acro" else rng.uniform(9.5, 11.5)
    dx0, dy0 = (0, 0) if mode == "acro" else (rng.uniform(-2, 4), rng.uniform(-2.5, 1.5))
    mark = "✔" if mode == "acro" else "X"

    def put(form, name, text):
        sl = form.slots.get(name)
        if not sl or not text:
            return
        c = form.c
        c.setFont(font, size)
        if sl["kind"] == "line":
            c.drawString(sl["x"] + 2 + dx0, A4[1] - (sl["top"] + sl["h"] - 3.5) + dy0, text)
        elif sl["kind"] == "comb":
            drift = 0.0
            for ch, (x, top, w, h) in zip(text, sl["cells"]):
                cw = c.stringWidth(ch, font, size)
                c.drawString(x + (w - cw) / 2 + drift, A4[1] - top - h * 0.5 - size * 0.35, ch)
                if mode != "acro":
                    drift += rng.uniform(-0.25, 0.3)

    def tick(form, name):
        sl = form.slots[name]
        f2 = "DejaVu" if mark == "✔" else font
        sz = sl["s"] * 1.0
        c = form.c
        c.setFont(f2, sz)
        cw = c.stringWidth(mark, f2, sz)
        c.drawString(sl["x"] + (sl["s"] - cw) / 2, A4[1] - sl["top"] - sl["s"] * 0.85, mark)

    def hook(form, page):
        if page == 1:
            for k in ("nom", "nom_usage", "prenoms", "lieu", "nationalite", "adresse", "commune",
                      "tel", "email", "emploi", "autre_txt", "cp"):  # fmt: skip
                put(form, k, v[k])
            put(form, "dob", v["dob"])
            put(form, "nir", v["nir13"])
            put(form, "nir_cle", v["nirkey"])
            tick(form, "sexe_" + v["sexe"])
            for s in v["sits"]:
                tick(form, "sit_" + s)
            if v["contrat"]:
                tick(form, "ct_" + v["contrat"])
        else:
            put(form, "fait_a", v["fait_a"])
            if date_typed and v["date_text"]:
                put(form, "le", v["date_text"])

    return hook


def acro_hook(v, rng, sig_img):
    def nm(form, base):
        style = form.run
        if style == "R1":
            return base
        if style == "R2":
            return "S1106_" + base
        return "".join(p.capitalize() for p in base.split("_"))

    def hook(form, page):
        af = form.c.acroForm
        H = A4[1]
        kw = {"borderWidth": 0, "fillColor": transparent, "borderColor": transparent,
              "fontName": "Helvetica", "fontSize": 10, "forceBorder": False}  # fmt: skip
        for name, sl in list(form.slots.items()):
            if sl["page"] != page:
                continue
            if sl["kind"] == "line":
                val = v.get({"fait_a": "fait_a", "le": "date_text"}.get(name, name)) or ""
                af.textfield(name=nm(form, name), value=val, x=sl["x"], y=H - sl["top"] - sl["h"],
                             width=sl["w"], height=sl["h"], maxlen=120, **kw)  # fmt: skip
            elif sl["kind"] == "comb":
                text = {"dob": v["dob"], "nir": v["nir13"], "nir_cle": v["nirkey"],
                        "cp": v["cp"], "nom": v["nom"], "prenoms": v["prenoms"]}[name]  # fmt: skip
                for j, (x, top, w, h) in enumerate(sl["cells"]):
                    ch = text[j] if j < len(text) else ""
                    af.textfield(name=nm(form, f"{name}_{j + 1}"), value=ch, x=x + 0.5,
                                 y=H - top - h + 0.5, width=w - 1, height=h - 1, maxlen=1, **kw)  # fmt: skip
            elif sl["kind"] == "check":
                on = (name == "sexe_" + v["sexe"] or name[4:] in v["sits"]
                      or (v["contrat"] and name == "ct_" + v["contrat"]))  # fmt: skip
                af.checkbox(name=nm(form, name), checked=bool(on), x=sl["x"] + 0.5,
                            y=H - sl["top"] - sl["s"] + 0.5, size=sl["s"] - 1, borderWidth=0,
                            buttonStyle=rng.choice(["check", "cross"]), fillColor=transparent,
                            borderColor=transparent, forceBorder=False)  # fmt: skip
        if page == 2 and sig_img is not None:
            sl = form.slots["signature"]
            w = sl["w"] * rng.uniform(0.6, 0.85)
            h = w * sig_img.size[1] / sig_img.size[0]
            x = sl["x"] + rng.uniform(4, sl["w"] - w - 4)
            y = H - sl["top"] - sl["h"] + rng.uniform(2, max(3, sl["h"] - h - 2))
            form.c.drawImage(ImageReader(sig_img), x, y, w, h, mask="auto")

    return hook


def build_pdf(run, hook):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    form = Form(c, run)
    form.build(hook)
    c.save()
    return buf.getvalue(), form.slots


def render(pdf_bytes):
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = [np.asarray(doc[i].render(scale=S).to_pil().convert("RGB")).copy() for i in range(2)]
    doc.close()
    return pages


# ------------------------------------------------------------------ pen on the raster
def px_line(sl):
    return sl["x"] * S, (sl["top"] + sl["h"] - 3) * S, sl["w"] * S, sl["h"] * S


def hand_fill(inks, slots, v, hand, rng, everything, date_hand, sig_kind, sig_name):
    """Write by hand on the page inks: all values (hand fill) or only the signature part."""
    cap_r = rng.uniform(0.5, 0.68)

    def line(name, text, style=None):
        sl = slots[name]
        if not text:
            return
        x, base, w, h = px_line(sl)
        x += rng.uniform(2, 14)
        hand.write(inks[sl["page"] - 1], text, x, base, h * cap_r, style, max_w=w - 20)

    if everything:
        for k in ("nom", "prenoms"):
            sl = slots[k]
            if sl["kind"] == "comb":
                hand.comb(inks[0], v[k], [tuple(t * S for t in c) for c in sl["cells"]])
            else:
                line(k, v[k])
        for k in ("nom_usage", "lieu", "nationalite", "adresse", "commune", "tel", "emploi",
                  "autre_txt"):  # fmt: skip
            line(k, v[k])
        line("email", v["email"].upper() if hand.style == "stroke" else v["email"])
        for k, txt in (("dob", v["dob"]), ("nir", v["nir13"]), ("nir_cle", v["nirkey"]),
                       ("cp", v["cp"])):  # fmt: skip
            hand.comb(inks[0], txt, [tuple(t * S for t in c) for c in slots[k]["cells"]])
        kind = rng.choice(["x", "v"])
        boxes = ["sexe_" + v["sexe"]] + ["sit_" + s for s in v["sits"]]
        if v["contrat"]:
            boxes.append("ct_" + v["contrat"])
        for b in boxes:
            sl = slots[b]
            hand.tick(inks[0], sl["x"] * S, sl["top"] * S, sl["s"] * S, kind)
        line("fait_a", v["fait_a"], v.get("place_style"))
    if date_hand and v["date_text"]:
        line("le", v["date_text"], v.get("date_style"))
    sl = slots["signature"]
    box = (sl["x"] * S, sl["top"] * S, sl["w"] * S, sl["h"] * S)
    if sig_kind == "sign":
        sig = inkmod.Hand(rng, style="stroke", pen=hand.pen, slant=hand.slant)
        sig.signature(inks[1], sig_name, *box)
    elif sig_kind == "stray":
        hand.stray(inks[1], *box)


# ------------------------------------------------------------------ files
def to_pdf(images_jpeg, path):
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for data in images_jpeg:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()


def write_doc(out, name, i, fill, arr, case, run):
    rng = random.Random(f"form_bm/{name}")
    as_of = dt.date(2026, 11, 17) + dt.timedelta(days=rng.randint(0, 13))
    v, dob, city = make_values(i, rng, fill, case)
    hand = inkmod.Hand(rng)
    if hand.style == "stroke" and rng.random() < 0.6:
        v["date_style"] = v["place_style"] = rng.choice(["ecolier", "dkg", "ruf"])
    date_hand = fill == "hand" or (
        fill in ("typed_print", "acroform_printed") and rng.random() < 0.5
    )
    if case in ("us_date", "date_words") and fill != "acroform":
        date_hand = date_hand or rng.random() < 0.5
    meant, text = make_date(rng, fill, case, as_of, date_hand)
    v["date_text"] = text
    place = city
    if fill == "hand" and (hand.style == "stroke" and not v.get("place_style")):
        place = city.upper()
    v["fait_a"] = place
    sig_kind = {"unsigned": None, "label_only": None, "stray_mark": "stray"}.get(case, "sign")
    sig_name = f"{v['prenoms'].split()[0]} {v['nom']}"
    ddir = out / "documents" / name
    ddir.mkdir(parents=True, exist_ok=True)
    notes = [f"print run {run}", f"fill {fill}", f"arrangement {arr}"]
    if fill == "acroform":
        sig_img = None
        if sig_kind == "sign":
            sig_img = inkmod.signature_png(rng, sig_name, 900, 320)
        pdf, _ = build_pdf(run, acro_hook(v, rng, sig_img))
        keep_ap = rng.random() < 0.5
        pdf_doc = pikepdf.open(io.BytesIO(pdf))
        if not keep_ap:
            for page in pdf_doc.pages:
                for annot in page.get("/Annots", []):
                    if annot.get("/FT") == "/Tx" and "/AP" in annot:
                        del annot["/AP"]
            pdf_doc.Root.AcroForm.NeedAppearances = True
        fname = rng.choice(["S1106_cerfa_15763-02.pdf", "formulaire_PUMa_rempli.pdf",
                            f"demande_ouverture_droits_{strip_accents(v['nom']).split()[0].lower()}.pdf",
                            "cerfa_15763_02.pdf"])  # fmt: skip
        pdf_doc.save(ddir / fname, deterministic_id=True)
        files = [{"path": fname, "pages": [1, 2]}]
        look = "text_pdf"
        notes.append("AcroForm fields with appearance streams" if keep_ap else
                     "AcroForm fields without appearance streams (NeedAppearances)")  # fmt: skip
        if sig_img is not None:
            notes.append("signature image pasted in the box")
    else:
        hook = None
        if fill in ("typed_print", "acroform_printed"):
            mode = "acro" if fill == "acroform_printed" else "typed"
            hook = typed_hook(v, rng, mode, not date_hand)
        pdf, slots = build_pdf(run, hook)
        pages = render(pdf)
        inks = [inkmod.Ink(p.shape[1], p.shape[0]) for p in pages]
        hand_fill(inks, slots, v, hand, rng, fill == "hand", date_hand, sig_kind, sig_name)
        color = inkmod.INKS[rng.choice(["blue", "blue2", "black", "blueblack"])]
        pages = [inkmod.composite(p, k.mask, color, rng) for p, k in zip(pages, inks)]
        notes.append(f"hand style {hand.style}, pen {hand.pen:.1f}px, ink {color}")
        files, look = arrange(ddir, pages, rng, arr, meant or as_of, notes)
    fields = {
        "surname": v["nom"],
        "usage_name": v["nom_usage"] or None,
        "given_names": v["prenoms"],
        "sex": v["sexe"],
        "date_of_birth": dob.isoformat(),
        "employment_status": STATUS[v["sits"][0]] if len(v["sits"]) == 1 else None,
        "situation": "+".join(s for s in SIT_ORDER if s in v["sits"]) or None,
        "contract_type": {"CDI": "CDI", "CDD": "CDD", "interim": "intérim"}.get(v["contrat"]),
        "signed": sig_kind == "sign",
        "signed_on": meant.isoformat() if meant else None,
        "date_text": text,
        "place": v["fait_a"],
        "nir": (v["nir13"] + v["nirkey"]) or None,
    }
    status, defect = ("complete", None) if case in ("ok", "date_words") else DEFECTS[case]
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": status,
        "defect": defect,
        "fill_way": fill,
        "case": case,
        "applicant": {
            "surname": v["nom"],
            "given_names": v["prenoms"],
            "date_of_birth": dob.isoformat(),
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
    (out / "documents" / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def arrange(ddir, pages, rng, arr, day, notes):
    stamp = f"{day.year}{day.month:02d}{day.day:02d}"
    if arr == "photos":
        mi = rng.randint(10, 57)
        names = rng.choice([
            [f"IMG_{stamp}_18{mi:02d}12.jpg", f"IMG_{stamp}_18{mi + 1:02d}40.jpg"],
            [f"PXL_{stamp}_172201234.jpg", f"PXL_{stamp}_172230567.jpg"],
            [f"WhatsApp Image {day.isoformat()} at 19.02.11.jpeg",
             f"WhatsApp Image {day.isoformat()} at 19.02.12.jpeg"],
        ])  # fmt: skip
        for p, n in zip(pages, names):
            im, rot = degrade.photo(p, rng)
            (ddir / n).write_bytes(degrade.jpeg_bytes(im, rng.randint(80, 92)))
            notes.append(f"{n}: {im.size[0]}x{im.size[1]}, rotated {rot}")
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], "phone_photo"
    scans = []
    for p in pages:
        im, dpi = degrade.scan(p, rng)
        scans.append((im, dpi))
    notes.append("scan dpi " + ",".join(str(d) for _, d in scans))
    q = rng.randint(60, 90)
    if arr in ("two_images", "two_images_p2_first"):
        if arr == "two_images":
            n0 = rng.randint(10, 80)
            names = rng.choice([[f"scan_{n0:04d}.jpg", f"scan_{n0 + 1:04d}.jpg"],
                                ["cerfa_1.jpg", "cerfa_2.jpg"],
                                ["Doc1_page1.png", "Doc1_page2.png"]])  # fmt: skip
        else:
            n0 = rng.randint(10, 900)
            names = rng.choice([[f"scan_{n0 + 1:04d}.jpg", f"scan_{n0:04d}.jpg"],
                                [f"IMG_{n0 + 1:04d}.jpg", f"IMG_{n0:04d}.jpg"],
                                ["page_vous.jpg", "page_signature.jpg"]])  # fmt: skip
        for (im, dpi), n in zip(scans, names):
            if n.endswith(".png"):
                im.convert("L").save(ddir / n, dpi=(dpi, dpi))
            else:
                (ddir / n).write_bytes(degrade.jpeg_bytes(im, q, dpi))
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], "scan"
    jpgs = [degrade.jpeg_bytes(im, q) for im, _ in scans]
    if arr == "two_pdfs":
        names = rng.choice([["page1.pdf", "page2.pdf"], ["formulaire_p1.pdf", "formulaire_p2.pdf"],
                            [f"SCAN_{stamp}_001.pdf", f"SCAN_{stamp}_002.pdf"]])  # fmt: skip
        for data, n in zip(jpgs, names):
            to_pdf([data], ddir / n)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], "image_pdf"
    name = rng.choice(["scan_formulaire.pdf", f"Numerisation_{stamp}.pdf", "cerfa_15763.pdf",
                       "demande_PUMA_signee.pdf", "SCAN0043.PDF"])  # fmt: skip
    if arr == "one_pdf_reversed":
        to_pdf([jpgs[1], jpgs[0]], ddir / name)
        notes.append("page 2 of the form is page 1 of the PDF")
        return [{"path": name, "pages": [2, 1]}], "image_pdf"
    to_pdf(jpgs, ddir / name)
    return [{"path": name, "pages": [1, 2]}], "image_pdf"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i, (fill, arr, case, run) in enumerate(PLAN):
        name = f"d{i + 1:03d}"
        write_doc(out, name, i, fill, arr, case, run)
        names.append(name)
    (out / "packets").mkdir(exist_ok=True)
    manifest = {"packets": [], "documents": names}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
