"""Blind set form_ae: 16 filled PUMa application forms (cerfa 15763*02 / S1106).

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import logging
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2  # noqa: E402
import ink  # noqa: E402
import layouts  # noqa: E402
import looks  # noqa: E402
import pikepdf  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from fontTools.ttLib import TTFont as FTFont  # noqa: E402
from people import APPLICANTS, VARIANTS, nir  # noqa: E402
from reportlab.lib.colors import Color  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

cv2.setNumThreads(1)
logging.getLogger("fontTools").setLevel(logging.ERROR)

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
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CONTRACT_SLOT = {"CDI": "cdi", "CDD": "cdd", "intérim": "interim"}
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
DEFECT = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word 'Signature'",
    "stray_mark": "only a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
TYPED_FONTS = {
    "Carlito": layouts._FONTS["Carlito"],
    "LSans": layouts._FONTS["LSans"],
    "LMono": layouts._FONTS["LMono"],
    "Arimo": layouts._FONTS["Arimo"],
}
_CM = {}


def font_clean(text, font):
    if font not in _CM:
        path = TYPED_FONTS.get(font)
        _CM[font] = set(FTFont(path).getBestCmap()) if path else set(range(32, 256))
    return "".join(c if ord(c) in _CM[font] or c == " " else ink.strip_accents(c) for c in text)


# -- the content of one form ---------------------------------------------------------------


def plan(vid, case, person, rng):
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed = as_of - dt.timedelta(days=rng.randint(2, 24))
    if case == "future_date":
        signed = as_of + dt.timedelta(days=rng.randint(3, 18))
    if case == "us_date":
        while signed.day <= 12:
            signed -= dt.timedelta(days=1)
    sep = rng.choice(["/", "/", "/", " / "])
    date_text = f"{signed.day:02d}{sep}{signed.month:02d}{sep}{signed.year}"
    if case == "date_words":
        date_text = f"{signed.day} {MONTHS[signed.month - 1]} {signed.year}"
    if case == "us_date":
        date_text = f"{signed.month:02d}/{signed.day:02d}/{signed.year}"
    if case == "no_date":
        date_text, signed = "", None
    sits = [person["situation"]]
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = ["sans_activite", "autre"] if sits[0] == "autre" else ["salarie", "etudiant"]
    order = [k for k, _ in layouts.SITUATIONS]
    sits.sort(key=order.index)
    contract = person["contract"] if "salarie" in sits else None
    if case == "two_ticked" and contract is None and "salarie" in sits:
        contract = "CDD"
    n = nir(person["sex"], person["dob"], *person["nir"]) if person["nir"] else None
    vals = {
        "nom": person["surname"],
        "nom_usage": person["usage"] or "",
        "prenoms": person["given"],
        "lieu_commune": person["birth_city"],
        "lieu_pays": person["birth_country"],
        "nationalite": person["nat"],
        "adresse": person["street"],
        "cp": person["cp"],
        "commune": person["city"],
        "tel": person["tel"],
        "email": person["email"],
        "ddn": person["dob"][8:10] + person["dob"][5:7] + person["dob"][0:4],
        "nir": n[0] if n else "",
        "nir_cle": n[1] if n else "",
        "emploi": person["job"] if "salarie" in sits or "independant" in sits else "",
        "autre_precision": person.get("other", "") if "autre" in sits else "",
        "fait_a": person["city"],
        "le": date_text,
    }
    if case == "two_ticked" and person["situation"] == "salarie":
        vals["emploi"] = person["job"]
    ticks = ["sexe_" + person["sex"].lower()] + ["sit_" + s for s in sits]
    if contract:
        ticks.append(CONTRACT_SLOT[contract])
    return dict(as_of=as_of, signed=signed, sits=sits, contract=contract, vals=vals, ticks=ticks)


def truth(vid, run, fill, look, arr, case, person, p, written, files, sig_drawn, notes):
    sits = p["sits"]
    nir_w = (written.get("nir", "") + written.get("nir_cle", "")) or None
    fields = {
        "surname": written["nom"],
        "usage_name": written.get("nom_usage") or None,
        "given_names": written["prenoms"],
        "sex": person["sex"],
        "date_of_birth": person["dob"],
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(sits) or None,
        "contract_type": p["contract"],
        "signed": sig_drawn,
        "signed_on": p["signed"].isoformat() if p["signed"] else None,
        "date_text": written.get("le") or None,
        "place": written["fait_a"],
        "nir": nir_w,
    }
    return {
        "as_of": p["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECT.get(case),
        "fill_way": fill,
        "case": case,
        "print_run": "form_ae/" + run,
        "arrangement": arr,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": person["dob"],
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


# -- typed values (reportlab, before printing) ----------------------------------------------


def typed_hook(p, rng, font, size, tick_style, skip, written):
    dx, dy = rng.uniform(-1.5, 1.5), rng.uniform(-1.0, 1.5)

    def hook(c, page, slots):
        c.setFillColor(Color(0.05, 0.05, 0.05))
        for name, s in slots.items():
            if s["page"] != page or name in skip:
                continue
            if s["kind"] == "check":
                if name in p["ticks"]:
                    if tick_style == "zapf":
                        c.setFont("ZapfDingbats", s["w"] * 0.9)
                        c.drawString(s["x"] + 1, s["y"] + 1.2, "4")
                    else:
                        c.setFont(font, s["w"] * 1.1)
                        c.drawCentredString(s["x"] + s["w"] / 2 + dx / 3, s["y"] + 1.3, "X")
                continue
            key = "ddn" if name.startswith("ddn_") else name
            val = p["vals"].get(key, "")
            if name.startswith("ddn_"):
                val = {"ddn_j": val[0:2], "ddn_m": val[2:4], "ddn_a": val[4:8]}[name]
            if not val or s["kind"] == "sig":
                continue
            val = font_clean(val, font)
            if s["kind"] == "comb":
                fs = min(size + 1, s["h"] * 0.8)
                c.setFont(font, fs)
                for i, ch in enumerate(val[: s["n"]]):
                    c.drawCentredString(
                        s["x"] + (i + 0.5) * s["cw"] + dx / 2, s["y"] + s["h"] * 0.25, ch
                    )
            else:
                fs = size
                while pdfmetrics.stringWidth(val, font, fs) > s["w"] and fs > 6:
                    fs -= 0.5
                c.setFont(font, fs)
                c.drawString(s["x"] + 1 + dx, s["y"] + 1.5 + dy, val)
            if not name.startswith("ddn_"):
                written[name] = val

    return hook


def render_pages(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def hand_fill(imgs, slots, p, pen, written, only=None):
    for name, s in slots.items():
        if s["kind"] == "sig" or (only is not None and name not in only):
            continue
        img = imgs[s["page"] - 1]
        if s["kind"] == "check":
            if name in p["ticks"]:
                pen.tick(img, s, pen.tick_style)
            continue
        key = "ddn" if name.startswith("ddn_") else name
        val = p["vals"].get(key, "")
        if name.startswith("ddn_"):
            val = {"ddn_j": val[0:2], "ddn_m": val[2:4], "ddn_a": val[4:8]}[name]
        if not val:
            continue
        if s["kind"] == "comb":
            got = pen.write_comb(img, s, val.upper())
        else:
            if name in ("nom", "nom_usage", "prenoms") and pen.caps_names:
                val = val.upper()
            got = pen.write(
                img, s["x"] + pen.rng.uniform(0, 6), s["y"] + 1.5, val, max_w=s["w"] - 6
            )
        if not name.startswith("ddn_"):
            written[name] = got


# -- one form ---------------------------------------------------------------------------------


def sig_name(person, rng):
    given = person["given"].split()[0]
    sur = (person["usage"] or person["surname"]).title()
    return ink.strip_accents(
        rng.choice(
            [f"{given[0]}. {sur}", sur, f"{given} {sur[0]}.", f"{given[0]}{sur[0].lower()} {sur}"]
        )
    )


def make_acroform(path, run, p, rng, person, written, with_ap, sig):
    names_xfa = rng.random() < 0.5 if with_ap else False
    tmp = io.BytesIO()
    c = canvas.Canvas(tmp, pagesize=(layouts.PAGE_W, layouts.PAGE_H), invariant=1)
    c.setTitle("S1106 Demande d'ouverture des droits à l'assurance maladie")

    def fname(name, page):
        if names_xfa:
            camel = "".join(w.capitalize() for w in name.split("_"))
            return f"topmostSubform[0].Page{page}[0].{camel}[0]"
        return name

    def hook(cv, page, slots):
        af = cv.acroForm
        for name, s in slots.items():
            if s["page"] != page:
                continue
            if s["kind"] == "check":
                af.checkbox(
                    name=fname(name, page),
                    x=s["x"],
                    y=s["y"],
                    size=s["w"],
                    checked=name in p["ticks"],
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    textColor=Color(0, 0, 0),
                )
                continue
            if s["kind"] == "sig":
                if sig is not None:
                    cv.drawImage(ImageReader(sig), s["x"], s["y"], s["w"], s["h"], mask="auto")
                continue
            key = "ddn" if name.startswith("ddn_") else name
            val = p["vals"].get(key, "")
            if name.startswith("ddn_"):
                val = {"ddn_j": val[0:2], "ddn_m": val[2:4], "ddn_a": val[4:8]}[name]
            val = font_clean(val, "Helvetica")
            if s["kind"] == "comb":
                af.textfield(
                    name=fname(name, page),
                    value=val,
                    x=s["x"],
                    y=s["y"],
                    width=s["cw"] * s["n"],
                    height=s["h"],
                    fontName="Courier",
                    fontSize=min(11, s["h"] * 0.7),
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    maxlen=s["n"],
                    fieldFlags="comb",
                )
            else:
                af.textfield(
                    name=fname(name, page),
                    value=val,
                    x=s["x"],
                    y=s["y"] - 2,
                    width=s["w"],
                    height=13,
                    fontName="Helvetica",
                    fontSize=9.5,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    maxlen=200,
                )
            if not name.startswith("ddn_"):
                written[name] = val

    slots = layouts.draw_blank(c, run, hook)
    c.save()
    pdf = pikepdf.open(io.BytesIO(tmp.getvalue()))
    comb_appearances(pdf, slots)
    if not with_ap:
        for page in pdf.pages:
            for a in page.get("/Annots", []):
                if a.get("/FT") == "/Tx" and "/AP" in a:
                    del a["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
    pdf.save(path, deterministic_id=True)
    return slots


def comb_appearances(pdf, slots):
    """reportlab ignores the comb flag when drawing; spread the characters over the cells."""
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if a.get("/FT") != "/Tx" or not int(a.get("/Ff", 0)) & (1 << 24):
                continue
            short = str(a.T).split(".")[-1].replace("[0]", "")
            slot = next(
                (
                    s
                    for n, s in slots.items()
                    if n == short or "".join(w.capitalize() for w in n.split("_")) == short
                ),
                None,
            )
            val = str(a.get("/V", ""))
            if slot is None or "/AP" not in a or not val:
                continue
            ap = a.AP.N
            fkey = list(ap.Resources.Font.keys())[0]
            fs = min(11, slot["h"] * 0.7)
            ops = [f"/Tx BMC q BT {fkey} {fs:.1f} Tf 0 g"]
            for i, ch in enumerate(val):
                x = (i + 0.5) * slot["cw"] - fs * 0.3
                ops.append(f"1 0 0 1 {x:.2f} {slot['h'] * 0.28:.2f} Tm ({ch}) Tj")
            ops.append("ET Q EMC")
            ap.write(" ".join(ops).encode("latin-1"))


def arrange(d, arr, look, imgs, rng, p):
    """Write the page images as files; returns truth `files` (page 1 first)."""
    shot = min(p["signed"] or p["as_of"], p["as_of"] - dt.timedelta(days=1))
    day = shot.strftime("%Y%m%d")
    if arr in ("one_pdf", "one_pdf_reversed"):
        name = rng.choice(
            ["scan_demande_puma.pdf", "Numérisation_0003.pdf", "cerfa_15763.pdf", "doc00417.pdf"]
        )
        order = imgs if arr == "one_pdf" else imgs[::-1]
        looks.write_image_pdf(d / name, order, q=rng.randint(70, 88))
        return [{"path": name, "pages": [1, 2] if arr == "one_pdf" else [2, 1]}]
    if arr == "two_pdfs":
        names = ["formulaire_p1.pdf", "formulaire_p2.pdf"]
        for n, im in zip(names, imgs):
            looks.write_image_pdf(d / n, [im], q=rng.randint(72, 88))
        return [{"path": n, "pages": [1]} for n in names]
    base = rng.randint(10, 4800)
    if look == "phone_photo":
        t = rng.randint(9 * 3600, 21 * 3600)
        t2 = t + rng.randint(8, 40)
        hms = [f"{x // 3600:02d}{x // 60 % 60:02d}{x % 60:02d}" for x in (t, t2)]
        names = [f"IMG_{day}_{hms[0]}.jpg", f"IMG_{day}_{hms[1]}.jpg"]
    elif rng.random() < 0.5:
        names = [f"scan_{base:04d}.jpg", f"scan_{base + 1:04d}.jpg"]
    else:
        names = [f"Scan_{day}_{base:03d}.png", f"Scan_{day}_{base + 1:03d}.png"]
    if arr == "two_images_p2_first":
        names = names[::-1]
    for n, im in zip(names, imgs):
        if n.endswith(".png"):
            im.save(d / n, "PNG", optimize=False)
        else:
            im.save(d / n, "JPEG", quality=rng.randint(78, 92))
    return [{"path": n, "pages": [1]} for n in names]


def make_form(out, vid, run, fill, look, arr, case, idx):
    rng = random.Random(f"form_ae/{vid}")
    person = APPLICANTS[idx]
    p = plan(vid, case, person, rng)
    d = out / "documents" / vid
    d.mkdir(parents=True, exist_ok=True)
    written = {}
    ink_col = rng.choice(["blue", "blue", "black", "darkblue", "bic"])
    sig_drawn = case not in ("unsigned", "label_only", "stray_mark")
    notes = f"print run {run}; {fill}; {arr}"
    k_sig = 3.0
    if fill == "acroform":
        sig = None
        if sig_drawn:
            sig = ink.signature_image(
                rng, sig_name(person, rng), int(85 * 2.83 * k_sig), int(36 * 2.83 * k_sig), ink_col
            )
        name = rng.choice(["S1106_rempli.pdf", "demande_PUMa_formulaire.pdf"])
        with_ap = case == "ok"
        make_acroform(d / name, run, p, rng, person, written, with_ap, sig)
        notes += "; AcroForm " + ("with" if with_ap else "without") + " appearance streams"
        if sig_drawn:
            notes += "; signature image pasted"
        files = [{"path": name, "pages": [1, 2]}]
    else:
        dpi = {"scan": rng.choice([150, 200, 300]), "image_pdf": 200, "phone_photo": 250}[look]
        k = dpi / 72
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(layouts.PAGE_W, layouts.PAGE_H), invariant=1)
        hook = None
        hand_date = True
        if fill in ("typed_print", "acroform_printed"):
            font = "Helvetica" if fill == "acroform_printed" else rng.choice(list(TYPED_FONTS))
            hand_date = fill == "typed_print" and rng.random() < 0.5
            skip = {"le"} if hand_date else set()
            style = "zapf" if fill == "acroform_printed" else "x"
            hook = typed_hook(p, rng, font, rng.choice([9.5, 10, 11]), style, skip, written)
            notes += f"; typed in {font}"
        slots = layouts.draw_blank(c, run, hook)
        c.save()
        imgs = render_pages(buf.getvalue(), dpi)
        hf = rng.choice(list(ink.HAND_FONTS))
        pen = ink.Pen(
            rng, hf, k, ink=ink_col, size_pt=rng.uniform(10, 12.5), keep_accents=rng.random() < 0.6
        )
        pen.tick_style = rng.choice(["x", "v"])
        pen.caps_names = rng.random() < 0.8
        if fill == "hand":
            hand_fill(imgs, slots, p, pen, written)
            notes += f"; handwriting font {hf}, ink {ink_col}"
        elif hand_date:
            hand_fill(imgs, slots, p, pen, written, only={"le"})
            notes += "; date written by hand"
        if fill != "hand" and not hand_date and case == "no_date":
            written["le"] = ""
        sslot = slots["signature"]
        if sig_drawn:
            ink.paste_signature(imgs[1], rng, sslot, k, sig_name(person, rng), ink_col)
        elif case == "stray_mark":
            ink.stray_mark(imgs[1], rng, sslot, k, ink_col)
        if look == "phone_photo":
            imgs = [looks.photo(im, rng) for im in imgs]
            if arr == "photos_each_page":
                imgs = [looks.rotate(im, rng.choice([0, 0, 1, 3, 2])) for im in imgs]
        else:
            grey = look == "scan" and rng.random() < 0.3
            imgs = [looks.scan(im, rng, grey) for im in imgs]
        files = arrange(d, arr, look, imgs, rng, p)
    t = truth(vid, run, fill, look, arr, case, person, p, written, files, sig_drawn, notes)
    (out / "documents" / f"{vid}.truth.json").write_text(
        json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    for v in VARIANTS:
        make_form(out, *v)
    manifest = {"packets": [], "documents": [v[0] for v in VARIANTS]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
