"""Blind set form_cd: 20 application forms (cerfa 15763*02 / S1106), one per document folder.

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

import pikepdf
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import data
import fill
import imaging
import layout

MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS = MONTHS.split()
# INSEE codes of countries of birth (used in the NIR of people born abroad)
COUNTRY_CODE = {"Algérie": "352", "Chine": "216", "Turquie": "208", "Liban": "205"}

PEOPLE, CASES = data.PEOPLE, data.CASES

VERDICT = {
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
    "label_only": "only the printed word in the box",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "dated after the audit date",
    "us_date": "date written MM/DD/YYYY",
    "no_date": "the date after 'le' is left blank",
    "none_ticked": "no situation box ticked",
    "two_ticked": "two situation boxes ticked",
}
STATUS = {"salarie": "employed", "independant": "other", "autre": "other",
          "demandeur_emploi": "not_employed", "etudiant": "not_employed",
          "sans_activite": "not_employed"}  # fmt: skip


def nir_of(p) -> str | None:
    if p[13] is None:
        return None
    sex = "1" if p[3] == "M" else "2"
    body = sex + p[4][2:4] + p[4][5:7] + "99" + COUNTRY_CODE[p[6]] + p[13]
    key = 97 - int(body) % 97
    nir = body + f"{key:02d}"
    assert len(nir) == 15 and (int(nir[:13]) + int(nir[13:])) % 97 == 0
    return nir


def dates(rng, case, fmt):
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randrange(16))
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randrange(4, 20))
    elif case == "us_date":
        d = as_of - dt.timedelta(days=rng.randrange(2, 20))
        while d.day <= 12:
            d -= dt.timedelta(days=1)
    else:
        d = as_of - dt.timedelta(days=rng.randrange(1, 28))
    assert dt.date(2026, 11, 16) <= as_of <= dt.date(2026, 12, 1)
    if fmt is None:
        return as_of, None, None
    text = {
        "slash": f"{d:%d/%m/%Y}", "dots": f"{d:%d.%m.%Y}", "dash": f"{d:%d-%m-%Y}",
        "us": f"{d:%m/%d/%Y}", "words": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    }[fmt]  # fmt: skip
    if case == "future_date":
        assert d > as_of
    elif case == "us_date":
        assert d.day > 12 and d < as_of
    else:
        assert d <= as_of
    return as_of, d, text


def cased(style, s):
    if style.startswith("caps"):
        return s.upper()
    if style == "lower":
        return s.lower()
    return s


def acro_fields(c, a1, kind, values):
    """AcroForm fields on page 1 (kind 'p1') or page 2."""
    form = c.acroForm
    pre = "topmostSubform[0].Page1[0]." if kind == "p1" else "topmostSubform[0].Page2[0]."
    common = {"borderWidth": 0, "fillColor": None, "textColor": None, "fontName": "Helvetica"}
    for name, (x0, y, x1) in a1.lines.items():
        form.textfield(name=pre + name, value=values.get(name, ""), x=x0, y=y - 3,
                       width=x1 - x0 - 2, height=14, fontSize=9, **common)  # fmt: skip
    for name, (xs, y, cw, ch) in a1.combs.items():
        groups, start = [], 0
        for i in range(1, len(xs) + 1):
            if i == len(xs) or xs[i] - xs[i - 1] > cw + 0.1:
                groups.append((start, i))
                start = i
        val = values.get(name, "")
        for gi, (s0, s1) in enumerate(groups):
            form.textfield(name=f"{pre}{name}[{gi}]", value=val[s0:s1], x=xs[s0], y=y,
                           width=(s1 - s0) * cw, height=ch, maxlen=s1 - s0,
                           fieldFlags="comb", fontSize=ch * 0.6, **common)  # fmt: skip
    for name, (x, y, s) in a1.boxes.items():
        form.checkbox(name=pre + name, x=x, y=y, size=s, checked=name in values,
                      buttonStyle="cross", borderWidth=0, fillColor=None)  # fmt: skip


def build_pdf(cs, p, rng, as_of, d, dtext):
    """Draw and fill both pages; returns (pdf bytes, fields of the truth)."""
    did, runk, way, case = cs[0], cs[2], cs[3], cs[4]
    hand, style, tick, sits, contract, extra = cs[7:13]
    run = layout.RUNS[runk]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.W, layout.H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits")
    hand_w = fill.Writer(c, rng, "hand", hand or "dkg", rng.choice(["blue", "black", "darkblue"]),
                         size=rng.uniform(11, 13.5), touch=style == "caps_touch")  # fmt: skip
    typed = fill.Writer(c, rng, "typed", size=10)
    w = hand_w if way == "hand" else typed
    if way == "hand" and style != "mixed":
        sur, usage, given = cased(style, p[0]), p[1] and cased(style, p[1]), cased(style, p[2])
    else:  # surnames in capitals, given names as on the passport
        sur, usage, given = p[0], p[1], p[2]
    sur, given = w.as_written(sur), w.as_written(given)
    usage = usage and w.as_written(usage)
    nir = nir_of(p)
    dob = dt.date.fromisoformat(p[4])
    values = {
        "surname": sur, "usage_name": usage or "", "given_names": given,
        "dob": f"{dob:%d%m%Y}", "birth_town": cased(style, p[5]),
        "birth_country": cased(style, p[6]), "nationality": cased(style, p[7]),
        "address": cased(style, p[8]), "postcode": p[9], "town": cased(style, p[10]),
        "phone": p[11], "email": p[12], "nir": nir[:13] if nir else "",
        "nir_key": nir[13:] if nir else "", "sex_" + p[3]: "x",
    }  # fmt: skip
    for s in sits:
        values["sit_" + s] = "x"
    if contract and "salarie" in sits:
        values["ct_" + contract] = "x"
        values["job"] = extra
    if "autre" in sits:
        values["other_text"] = extra
    # ---- page 1
    a1 = layout.draw_page1(c, run)
    if way.startswith("acroform"):
        acro_fields(c, a1, "p1", values)
    else:
        for name, anc in a1.combs.items():
            if values.get(name):
                w.comb(anc, values[name])
        for name, anc in a1.lines.items():
            if not values.get(name):
                continue
            if case == "ok" and did == "d007" and name == "given_names":
                x = w.struck(anc[0] + 4, anc[1], "wie")  # a slip, corrected
                w.text(x + 6, anc[1], values[name])
            else:
                w.line(anc, values[name])
        for name in a1.boxes:
            if name in values:
                w.tick(a1.boxes[name], tick)
    c.showPage()
    # ---- page 2
    a2 = layout.draw_page2(c, run)
    place = p[10]
    date_w = typed if way != "hand" and did in ("d017", "d008") else hand_w
    place_w = typed if way != "hand" and did != "d002" else hand_w
    signed = case not in ("unsigned", "label_only", "stray_mark")
    if way == "acroform":
        pv = {"place": place, "date": dtext or ""}
        acro_fields(c, a2, "p2", pv)
        if signed:
            sx, sy, sw, sh = a2.rects["signature"]
            img = fill.signature_image(p[0], rng)
            c.drawImage(img, sx + 12, sy + 6, sw * 0.6, sh * 0.6, mask="auto")
    else:
        place = place_w.as_written(cased(style, place) if way == "hand" else place)
        place_w.line(a2.lines["place"], place)
        if dtext:
            dtext = date_w.as_written(dtext)
            date_w.line(a2.lines["date"], dtext)
        if signed:
            fill.draw_signature(c, a2.rects["signature"], p[0], rng, hand_w.ink)
        elif case == "stray_mark":
            hand_w.stray(a2.rects["signature"])
    c.showPage()
    c.save()
    ticked = list(sits)
    fields = {
        "surname": sur,
        "usage_name": (usage or None),
        "given_names": given,
        "sex": p[3],
        "date_of_birth": p[4],
        "employment_status": STATUS[ticked[0]] if len(ticked) == 1 else None,
        "situation": "+".join(ticked) if ticked else None,
        "contract_type": contract if "salarie" in ticked else None,
        "signed": signed,
        "signed_on": d.isoformat() if d else None,
        "date_text": dtext,
        "place": place,
        "nir": nir,
    }
    return buf.getvalue(), fields


def strip_ap(pdf: bytes) -> bytes:
    """The fillable PDF as some viewers save it: values without appearance streams."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for annot in page.get("/Annots", []):
                tx = annot.get("/Subtype") == "/Widget" and annot.get("/FT") == "/Tx"
                if tx and "/AP" in annot:
                    del annot["/AP"]
        doc.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        doc.save(out, deterministic_id=True)
        return out.getvalue()


def make(cs, out: Path):
    did = cs[0]
    rng = random.Random("form_cd/" + did)
    p = PEOPLE[cs[1]]
    case, look, arr = cs[4], cs[5], cs[6]
    as_of, d, dtext = dates(rng, case, cs[13])
    pdf, fields = build_pdf(cs, p, rng, as_of, d, dtext)
    folder = out / "documents" / did
    folder.mkdir(parents=True, exist_ok=True)
    files = []

    def put(name, data, pages):
        (folder / name).write_bytes(data)
        files.append({"path": name, "pages": pages})

    stem = rng.choice(["cerfa_15763", "formulaire_cpam", "S1106", "demande_PUMa"])
    if look == "text_pdf":
        put(f"{stem}.pdf", strip_ap(pdf) if arr == "pdf_noap" else pdf, [1, 2])
    elif look == "image_pdf":
        pages = imaging.render(pdf, rng.choice([150, 200]))
        jp = [imaging.jpeg(imaging.scan(im, rng), rng.randrange(60, 85)) for im in pages]
        if arr == "pdf2":
            put(f"{stem}_scan.pdf", imaging.image_pdf(jp), [1, 2])
        elif arr == "pdf2_rev":
            put(f"numerisation_{rng.randrange(100, 999)}.pdf", imaging.image_pdf(jp[::-1]), [2, 1])
        else:
            put("page1.pdf", imaging.image_pdf(jp[:1]), [1])
            put("page2.pdf", imaging.image_pdf(jp[1:]), [1])
    elif look == "scan":
        dpi = rng.choice([150, 200, 300])
        pages = [imaging.scan(im, rng) for im in imaging.render(pdf, dpi)]
        n = rng.randrange(10, 90)
        if arr == "two_images_rev":  # page 2 was scanned first
            names = [f"scan_{n + 1:04d}.jpg", f"scan_{n:04d}.jpg"]
        else:
            ext = "png" if rng.random() < 0.25 else "jpg"
            names = [f"scan_{n:04d}.{ext}", f"scan_{n + 1:04d}.{ext}"]
        for name, im in zip(names, pages, strict=True):
            data = imaging.png(im) if name.endswith("png") else imaging.jpeg(im, 82)
            put(name, data, [1])
    else:  # phone photos
        n = rng.randrange(1000, 9000)
        for i, im in enumerate(imaging.render(pdf, 260)):
            rot = rng.choice([90, 270, 180]) if arr == "photos_rot" and i == 0 else 0
            if arr == "photos_rot" and i == 1:
                rot = rng.choice([0, 90])
            put(f"IMG_{n + i}.jpg", imaging.jpeg(imaging.photo(im, rng, rot), 88), [1])
    notes = {
        "hand": "filled by hand", "typed_print": "typed, printed, signed by hand",
        "acroform": "fillable PDF", "acroform_printed": "fillable PDF printed and signed by hand",
    }[cs[3]]  # fmt: skip
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": VERDICT[case],
        "defect": DEFECT.get(case),
        "fill_way": cs[3],
        "case": case,
        "applicant": {"surname": p[0], "given_names": p[2], "date_of_birth": p[4]},
        "documents": [
            {"files": files, "type": "application_form", "look": look, "fields": fields,
             "notes": f"{notes}; print run {cs[2]}; arrangement {arr}"}
        ],
    }  # fmt: skip
    (out / "documents" / f"{did}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    layout.register_fonts()
    fill.register_hands()
    for cs in CASES:
        make(cs, out)
    manifest = {"packets": [], "documents": [cs[0] for cs in CASES]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
