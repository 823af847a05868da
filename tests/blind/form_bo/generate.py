"""Blind set form_bo: 32 PUMa application forms (cerfa 15763*02). Usage: generate.py OUT_DIR"""

import datetime as dt
import io
import json
import os
import random
import sys

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color, transparent
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import handink as hi
import layout
import looks
from people import CASES, DEFECT_TEXT, FORM_STATUS, MOIS, PEOPLE, make_nir

PAGE_H = A4[1]
JOBS = ["Développeur informatique", "Aide-soignante", "Serveur", "Ingénieure d'études",
        "Chauffeur-livreur", "Agent d'entretien", "Post-doctorant", "Cuisinier",
        "Comptable", "Infirmière"]  # fmt: skip
AUTRE = ["Télétravail pour une société américaine", "Conjointe de ressortissant français",
         "Volontaire en service civique", "Retraitée (pension étrangère)"]  # fmt: skip
CONTRACT_LABEL = {"CDI": "CDI", "CDD": "CDD", "interim": "Intérim"}
XFA = {"surname": "NomNaissance", "usage_name": "NomUsage", "given_names": "Prenoms",
       "birth_city": "LieuNaissance", "birth_country": "PaysNaissance",
       "nationality": "Nationalite", "nir": "NIR", "nir_key": "CleNIR", "address": "Adresse",
       "postcode": "CodePostal", "city": "Commune", "phone": "Telephone", "email": "Courriel",
       "job": "EmploiOccupe", "contract_line": "TypeContrat", "autre_text": "AutrePrecision",
       "place": "FaitA", "date": "DateSignature", "dob": "DateNaissance", "sex_F": "SexeF",
       "sex_M": "SexeM"}  # fmt: skip


def situation(case, rng):
    if case == "none_ticked":
        return [], None, None, None
    if case == "two_ticked":
        return ["salarie", "etudiant"], "CDD", "Serveur", None
    s = rng.choices(
        ["salarie", "sans_activite", "etudiant", "demandeur_emploi", "autre"], [9, 5, 2, 2, 2]
    )[0]
    if s == "salarie":
        return [s], rng.choice(["CDI", "CDI", "CDD", "interim"]), rng.choice(JOBS), None
    if s == "autre":
        return [s], None, None, rng.choice(AUTRE)
    return [s], None, None, None


def signing(case, as_of, rng):
    """(date meant, date text as written)."""
    if case == "no_date":
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(4, 25))
        while d.day <= 12:  # keep the day/month order unambiguous
            d += dt.timedelta(days=1)
        return d, d.strftime("%d/%m/%Y")
    if case == "us_date":
        d = as_of - dt.timedelta(days=rng.randint(1, 30))
        while d.day <= 12:
            d -= dt.timedelta(days=1)
        return d, f"{d.month:02d}/{d.day:02d}/{d.year}"
    d = as_of - dt.timedelta(days=rng.randint(2, 38))
    if case == "date_words":
        day = "1er" if d.day == 1 else str(d.day)
        return d, f"{day} {MOIS[d.month]} {d.year}"
    return d, d.strftime("%d/%m/%Y")


def writer(rng):
    return {
        "caps": rng.choice(["breip", "dkg", "dkg_it", "humor", "rufscript"]),
        "text": rng.choice(["breip", "dkg", "dkg_it", "ecolier", "rufscript"]),
        "pen": rng.choice(list(hi.PENS)),
        "pressure": rng.choice([0.75, 1.0, 1.0, 1.25]),
        "size": rng.uniform(10.5, 13.0),
        "slant": rng.uniform(-0.05, 0.2),
        "cross": rng.random() < 0.45,
        "all_caps": rng.random() < 0.4,
    }


def values(p, sit, job, contract, autre, nir, place, date_text, w, fill_way):
    """Strings as they end up on the form, keyed by slot."""
    (sur, usage, given, _sex, dob, bcity, bcountry, nat, _c, street, cp, city, phone, email,
     _n) = p  # fmt: skip
    d = dt.date.fromisoformat(dob)
    v = {"surname": sur, "usage_name": usage, "given_names": given, "birth_city": bcity,
         "birth_country": bcountry, "nationality": nat, "address": street, "postcode": cp,
         "city": city, "phone": phone, "email": email, "place": place, "date": date_text,
         "dob": d.strftime("%d%m%Y"), "job": job, "autre_text": autre,
         "contract_line": CONTRACT_LABEL.get(contract) if contract else None,
         "nir": nir[:13] if nir else None, "nir_key": nir[13:] if nir else None}  # fmt: skip
    if w:
        for k in list(v):
            if v[k] is None or k in ("dob", "nir", "nir_key", "postcode", "phone"):
                continue
            caps = k in ("surname", "usage_name") or (w["all_caps"] and k != "email")
            caps = caps or k == "given_names" and w["comb_names"]
            v[k] = hi.as_written(v[k], w["caps"] if caps else w["text"], caps=caps)
    elif fill_way == "acroform":
        for k, x in v.items():
            if x:
                v[k] = "".join(c if ord(c) < 256 else hi.strip_accents(c) for c in x)
    return v


def ticks(sex, sit, contract):
    t = ["sex_" + sex] + ["sit_" + s for s in sit]
    if contract:
        t.append("ct_" + contract)
    return t


def typed_fill(v, tk, fontname, size):
    def fill(c, d, page):
        c.setFillColor(Color(0, 0, 0))
        for k, s in d.slots.items():
            if s[1] != page:
                continue
            if s[0] == "box" and k in tk:
                bx, by, bw, bh = s[2:]
                c.setFont("LibSans-B", bw * 0.95)
                c.drawCentredString(bx + bw / 2, by + bh * 0.15, "X")
            elif s[0] == "comb" and v.get(k):
                for ch, (bx, by, bw, bh) in zip(v[k], s[2]):
                    c.setFont(fontname, bw * 0.78)
                    c.drawCentredString(bx + bw / 2, by + bh * 0.25, ch)
            elif s[0] == "line" and v.get(k):
                c.setFont(fontname, size)
                c.drawString(s[2] + 2, s[3] + 1.5, v[k])

    return fill


def acro_fill(v, tk, scheme, sig_img):
    def name(k, page, i=None):
        base = XFA.get(k, k)
        if scheme == "xfa":
            return f"topmostSubform[0].Page{page}[0].{base}{'' if i is None else i}[0]"
        return k + ("" if i is None else f"_{i}")

    def fill(c, d, page):
        af = c.acroForm
        for k, s in d.slots.items():
            if s[1] != page:
                continue
            if s[0] == "box" and k != "sig":
                af.checkbox(name=name(k, page), checked=k in tk, buttonStyle="cross",
                            x=s[2], y=s[3], size=s[4], borderWidth=0, fillColor=transparent,
                            fieldFlags="")  # fmt: skip
            elif s[0] == "comb":
                val = v.get(k) or ""
                for j, b in enumerate(s[2]):
                    af.textfield(name=name(k, page, j + 1), value=val[j : j + 1], x=b[0], y=b[1],
                                 width=b[2], height=b[3], maxlen=1, borderWidth=0,
                                 fillColor=transparent, fontName="Helvetica",
                                 fontSize=b[2] * 0.72)  # fmt: skip
            elif s[0] == "line":
                af.textfield(name=name(k, page), value=v.get(k) or "", x=s[2], y=s[3] - 2, width=s[4],
                             height=13, borderWidth=0, fillColor=transparent, fontName="Helvetica",
                             fontSize=9, maxlen=200)  # fmt: skip
        if page == 2 and sig_img is not None:
            bx, by, bw, bh = d.slots["sig"][2:]
            c.drawImage(ImageReader(sig_img), bx + bw * 0.1, by + bh * 0.12, bw * 0.75, bh * 0.7,
                        mask="auto")  # fmt: skip

    return fill


def build_pdf(run, rng, fill):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    slots = layout.draw_form(c, run, random.Random(rng.random()), fill)
    c.save()
    return buf.getvalue(), slots


def strip_ap(data):
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if "/AP" in a:
                del a["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def rasterize(data, dpi, forms):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    pages = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        pages.append(np.array(im))
    pdf.close()
    return pages


def hand_layer(pages, slots, v, tk, w, rng, dpi, what, sig_mode):
    """Draw handwritten values ('what' lists slot keys), ticks and the signature."""
    P = dpi / 72.0
    inks = [hi.Ink(*pg.shape[:2]) for pg in pages]
    for k in what:
        s = slots.get(k)
        if not s or not v.get(k):
            continue
        ink = inks[s[1] - 1]
        if s[0] == "comb":
            bx = [(b[0] * P, (PAGE_H - b[1] - b[3]) * P, b[2] * P, b[3] * P) for b in s[2]]
            hi.write_comb(ink, rng, v[k], bx, bx[0][3] * 0.78, w["caps"])
        elif s[0] == "line":
            caps = k in ("surname", "usage_name") or w["all_caps"]
            fk = w["caps"] if caps else w["text"]
            size = w["size"] * P
            width = hi.font(hi.HAND_FONTS[fk][0], size).getlength(v[k]) * 1.08
            size *= min(1.0, s[4] * P / max(width, 1))
            hi.write(ink, rng, v[k], (s[2] + rng.uniform(2, 12)) * P,
                     (PAGE_H - s[3] - rng.uniform(-0.5, 1.5)) * P, size, fk, w["slant"])  # fmt: skip
    for k in tk:
        s = slots.get(k)
        if not s:
            continue
        bx, by, bw, bh = s[2:]
        size = int(bw * P * rng.uniform(1.1, 1.5))
        g = hi.tick(rng, size, w["cross"], pen_px=P * 0.9)
        cx, cy = (bx + bw / 2) * P, (PAGE_H - by - bh / 2) * P
        inks[s[1] - 1].paste(g, cx - size / 2 + rng.uniform(-2, 2), cy - size * 0.6)
    bx, by, bw, bh = slots["sig"][2:]
    ink = inks[1]
    top = (PAGE_H - by - bh) * P
    if sig_mode == "sign":
        sw, sh = int(bw * P * rng.uniform(0.6, 0.85)), int(bh * P * rng.uniform(0.6, 0.85))
        m = hi.signature(rng, sw, sh, pen_px=P * rng.uniform(0.55, 0.9))
        ink.paste(m, bx * P + rng.uniform(0.05, 0.95) * (bw * P - sw), top + (bh * P - sh) / 2)
    elif sig_mode == "outside":
        sw, sh = int(bw * P * 0.7), int(bh * P * 0.75)
        m = hi.signature(rng, sw, sh, pen_px=P * 0.7)
        x_pt = max(45.0, bx - bw * 0.72 - rng.uniform(8, 20))
        ink.paste(m, x_pt * P, top + rng.uniform(0, 0.2) * bh * P)
    elif sig_mode == "dot":
        size = int(P * rng.uniform(3, 5))
        m = hi.dot(rng, size) if rng.random() < 0.5 else hi.tick(rng, size * 3, pen_px=P * 0.8)
        ink.paste(m, (bx + bw * rng.uniform(0.3, 0.7)) * P, top + bh * P * rng.uniform(0.3, 0.6))
    elif sig_mode == "initials":
        sw, sh = int(P * rng.uniform(26, 32)), int(P * rng.uniform(14, 18))
        m = hi.signature(rng, sw, sh, pen_px=P * 0.6, initials=True)
        ink.paste(m, (bx + bw * rng.uniform(0.2, 0.6)) * P, top + bh * P * 0.35)
    col = hi.PENS[w["pen"]]
    return [hi.apply_ink(pg, ink, rng, col, w["pressure"]) for pg, ink in zip(pages, inks)]


def sig_mode_for(case, opt):
    return {"unsigned": None, "label_only": None, "sig_outside": "outside"}.get(
        case, opt.get("mark") if case == "stray_mark" else "sign"
    )


FILE_NAMES = {
    "pdf2": ["cerfa_15763-02_rempli.pdf", "demande_PUMa.pdf", "scan_formulaire.pdf",
             "S1106_signe.pdf"],
    "pdf2_rev": ["Numérisation_001.pdf", "formulaire_cpam.pdf", "doc02413720261108.pdf"],
    "pdf_split": [("S1106_page1.pdf", "S1106_page2.pdf")],
    "img2": [("scan_0012.jpg", "scan_0013.jpg"), ("formulaire_p1.png", "formulaire_p2.png"),
             ("Scan 1.jpeg", "Scan 2.jpeg"), ("cerfa-1.jpg", "cerfa-2.jpg")],
    "img2_rev": [("page_une.png", "page_deux.png"), ("IMG_0458.jpg", "IMG_0457.jpg")],
    "photo2": [("IMG_20261112_184530.jpg", "IMG_20261112_184602.jpg"),
               ("PXL_20261109_101522183.jpg", "PXL_20261109_101547920.jpg"),
               ("IMG_2041.JPG", "IMG_2042.JPG"), ("WhatsApp Image 2026-11-10 at 21.14.07.jpeg",
                                                   "WhatsApp Image 2026-11-10 at 21.14.31.jpeg")],
    "text_pdf": ["cerfa_15763-02.pdf", "S1106_rempli.pdf", "demande_ouverture_droits.pdf"],
}  # fmt: skip
LOOK = {"pdf2": "image_pdf", "pdf2_rev": "image_pdf", "pdf_split": "image_pdf", "img2": "scan",
        "img2_rev": "scan", "photo2": "phone_photo", "text_pdf": "text_pdf"}  # fmt: skip


def arrange(pages, arr, opt, rng, folder, dpi):
    """Save the two page rasters per arrangement; returns truth 'files' (page 1 first)."""
    name = rng.choice(FILE_NAMES[arr])
    if arr in ("pdf2", "pdf2_rev", "pdf_split"):
        out_dpi = rng.choice([150, 200])
        sc = [looks.scan(p, rng, dpi, out_dpi) for p in pages]
        q = rng.randint(60, 85)
        if arr == "pdf2":
            looks.image_pdf(sc, os.path.join(folder, name), q)
            return [{"path": name, "pages": [1, 2]}]
        if arr == "pdf2_rev":
            looks.image_pdf(sc[::-1], os.path.join(folder, name), q)
            return [{"path": name, "pages": [2, 1]}]
        for nm, p in zip(name, sc):
            looks.image_pdf([p], os.path.join(folder, nm), q)
        return [{"path": nm, "pages": [1]} for nm in name]
    if arr in ("img2", "img2_rev"):
        out_dpi = rng.choice([150, 200, 200])
        for nm, p in zip(name, pages):
            looks.save_image(looks.scan(p, rng, dpi, out_dpi), os.path.join(folder, nm),
                             rng.randint(75, 92), out_dpi)  # fmt: skip
        return [{"path": nm, "pages": [1]} for nm in name]
    rots = opt.get("rot", (0, 0))
    for nm, p, r in zip(name, pages, rots):
        ph = looks.phone_photo(p, rng, r, opt.get("lowlight", False), rng.choice([3264, 4032]))
        looks.save_image(ph, os.path.join(folder, nm), rng.randint(82, 93))
    return [{"path": nm, "pages": [1]} for nm in name]


def make(out, i):
    fill_way, arr, case, run, opt = CASES[i]
    p = PEOPLE[i]
    rng = random.Random(f"form_bo/{i + 1}")
    name = f"d{i + 1:03d}"
    folder = os.path.join(out, "documents", name)
    os.makedirs(folder, exist_ok=True)
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed_on, date_text = signing(case, as_of, rng)
    sit, contract, job, autre = situation(case, rng)
    nir = make_nir(p[3], p[4], p[8], rng.randint(1, 999)) if p[14] else None
    place = p[11]
    w = writer(rng) if fill_way == "hand" else None
    if w:
        w["comb_names"] = layout.RUNS[run]["names"] == "comb"
    v = values(p, sit, job, contract, autre, nir, place, date_text, w, fill_way)
    tk = ticks(p[3], sit, contract)
    if run == "B" and contract:
        tk.remove("ct_" + contract)  # run B has a line for the contract type
    else:
        v["contract_line"] = None
    sig_mode = sig_mode_for(case, opt)
    notes = [f"print run {run}", f"fill {fill_way}"]
    if fill_way == "acroform":
        sig_img = None
        if opt["sig"]:
            pen = hi.PENS[rng.choice(["blue", "black", "dark_blue"])]
            im = hi.signature_rgba(rng, 600, 260, pen, on_paper=opt["sig"] == "jpg")
            sig_img = io.BytesIO()
            im.save(sig_img, "PNG" if opt["sig"] == "png" else "JPEG", quality=85)
            sig_img.seek(0)
        scheme = rng.choice(["xfa", "snake"])
        data, slots = build_pdf(run, rng, acro_fill(v, tk, scheme, sig_img))
        if not opt["ap"]:
            data = strip_ap(data)
        fn = rng.choice(FILE_NAMES["text_pdf"])
        with open(os.path.join(folder, fn), "wb") as f:
            f.write(data)
        files = [{"path": fn, "pages": [1, 2]}]
        notes.append(f"AcroForm fields ({scheme} names), appearance streams: {opt['ap']}")
        notes.append(f"signature: {opt['sig'] or 'none'} image pasted" if opt["sig"] else "")
        signed = bool(opt["sig"])
    else:
        dpi = 250 if arr == "photo2" else 200
        hand_keys = []
        if fill_way == "hand":
            data, slots = build_pdf(run, rng, None)
            hand_keys = [k for k in v if k not in ("date", "place")] + ["place", "date"]
            htk = tk
        else:
            w = writer(rng)
            w["all_caps"], w["comb_names"] = False, False
            w["size"] = rng.uniform(11, 12.5)
            by_hand = rng.random() < 0.5
            tv = dict(v)
            if by_hand:
                tv["date"], tv["place"] = None, None
                hand_keys = ["place", "date"]
                v["date"] = hi.as_written(date_text, w["text"]) if date_text else None
                v["place"] = hi.as_written(place, w["text"])
            notes.append("place and date written by hand" if by_hand else "place and date typed")
            if fill_way == "typed_print":
                fn = rng.choice(["LibSans", "LibMono", "DejaVu", "Arimo"])
                data, slots = build_pdf(run, rng, typed_fill(tv, tk, fn, rng.uniform(9, 10.5)))
            else:
                tv = {k: ("".join(c if ord(c) < 256 else hi.strip_accents(c) for c in x)
                          if x else x) for k, x in tv.items()}  # fmt: skip
                v.update({k: x for k, x in tv.items() if k not in hand_keys})
                data, slots = build_pdf(run, rng, acro_fill(tv, tk, "xfa", None))
            htk = []
        pages = rasterize(data, dpi, fill_way == "acroform_printed")
        pages = hand_layer(pages, slots, v, htk, w, rng, dpi, hand_keys, sig_mode)
        files = arrange(pages, arr, opt, rng, folder, dpi)
        notes.append(f"pen {w['pen']}, hand fonts {w['caps']}/{w['text']}")
        if opt.get("rot") and any(opt["rot"]):
            notes.append(f"photos rotated {opt['rot'][0]}/{opt['rot'][1]} degrees (page 1/2)")
        if opt.get("lowlight"):
            notes.append("low-light photos")
        if arr in ("pdf2_rev", "img2_rev"):
            notes.append("page 2 comes first in file order")
        signed = sig_mode in ("sign", "outside")
    if case == "stray_mark":
        notes.append("a dot/small tick in the box" if opt["mark"] == "dot" else
                     "an initial-size scribble (paraphe) in the box, not a signature")  # fmt: skip
    if case == "sig_outside":
        notes.append("signature left of the box, box empty")
    situation_txt = "+".join(sit) if sit else None
    emp = None
    if len(sit) == 1:
        emp = {"salarie": "employed", "autre": "other"}.get(sit[0], "not_employed")
    fields = {
        "surname": v["surname"],
        "usage_name": v["usage_name"],
        "given_names": v["given_names"],
        "sex": p[3],
        "date_of_birth": p[4],
        "employment_status": emp,
        "situation": situation_txt,
        "contract_type": CONTRACT_LABEL.get(contract) if contract else None,
        "signed": signed,
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": v["date"],
        "place": v["place"],
        "nir": nir,
    }
    defect = None
    if case == "stray_mark":
        defect = "unsigned: " + ("a stray mark" if opt["mark"] == "dot" else "only an initial")
        defect += " in the signature box"
    elif case in DEFECT_TEXT:
        defect = DEFECT_TEXT[case]
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": FORM_STATUS[case],
        "defect": defect,
        "fill_way": fill_way,
        "case": case,
        "applicant": {
            "surname": v["surname"],
            "given_names": v["given_names"],
            "date_of_birth": p[4],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": LOOK[arr],
                "fields": fields,
                "notes": "; ".join(n for n in notes if n),
            }
        ],
    }
    with open(os.path.join(out, "documents", name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return name


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    cv2.setNumThreads(1)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    Image.MAX_IMAGE_PIXELS = None
    docs = [make(out, i) for i in range(len(CASES))]
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": [], "documents": docs}, f, indent=1)


if __name__ == "__main__":
    main()
