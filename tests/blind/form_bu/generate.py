"""Blind set form_bu: 24 filled cerfa 15763*02 (S1106) application forms.

Usage: python generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import os
import random
import sys
import unicodedata

import cv2
import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import effects
import fill
import layouts
from people import MOIS, PEOPLE, ROWS

cv2.setNumThreads(1)
SEED = 15763
A4 = (layouts.PAGE_W, layouts.PAGE_H)
HANDS = ["Ecolier", "Breip", "Dkg", "HumorSans", "Rufscript"]
SIG_FONTS = ["DkgIt", "Ecolier", "Breip", "Dkg"]
TYPED = ["Carlito", "LibSansT", "DejaVuSans", "LibMono"]
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "other",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
DEFECTS = {
    "unsigned": "signature box left empty",
    "label_only": "only the printed word 'Signature' in the box, not signed",
    "stray_mark": "a stray pen mark in the signature box, no signature",
    "future_date": "date after the audit date",
    "us_date": "date written MM/DD/YYYY (US order, day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
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
RUN_NOTES = {
    "A": "print run A (sans, blue section bars, labels beside, names in comb boxes, dotted "
    "lines, 'Signature' printed above the frame)",
    "B": "print run B (serif, underlined headings, labels above framed fields, tick-mark "
    "combs, 'Signature' in grey inside the frame)",
    "C": "print run C (condensed sans, grey bars, labels inside the frames, large combs, "
    "'Signature :' inside the frame)",
}


def nir_for(p, rng):
    sex = "1" if p[3] == "M" else "2"
    dob = p[4]
    body = sex + dob[2:4] + dob[5:7] + "99" + p[8] + f"{rng.randint(1, 998):03d}"
    assert len(body) == 13
    key = 97 - int(body) % 97
    assert (int(body) + key) % 97 == 0
    return body, f"{key:02d}"


def date_text(style, d):
    if style == "words":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MOIS[d.month - 1]} {d.year}"
    if style.startswith("mdy"):
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    sep = "." if "." in style else "/"
    year = f"{d.year % 100:02d}" if style.endswith("yy") else str(d.year)
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{year}"


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def acro_namer(run):
    base = {
        "surname": "nom_naissance",
        "usage_name": "nom_usage",
        "given_names": "prenoms",
        "sex_F": "sexe_f",
        "sex_M": "sexe_m",
        "date_of_birth": "date_naissance",
        "birth_city": "lieu_naissance",
        "birth_country": "pays_naissance",
        "nationality": "nationalite",
        "nir": "nir",
        "nir_key": "cle_nir",
        "address": "adresse",
        "postcode": "code_postal",
        "city": "commune",
        "phone": "telephone",
        "email": "courriel",
        "job_title": "emploi",
        "other_text": "autre_precisez",
        "place": "fait_a",
        "date": "date_signature",
    }
    counter = {"t": 0, "c": 0}

    def name(key):
        b = base.get(key, key.lower())
        if run == "A":
            return b.upper()
        if run == "B":
            return "".join(w.capitalize() for w in b.split("_"))
        kind = "c" if key.startswith(("sex_", "sit_", "ct_")) else "t"
        counter[kind] += 1
        return f"Texte{counter['t']}" if kind == "t" else f"Case à cocher {counter['c']}"

    return name


def build_pdf(i, row, p, rng, asof):
    """Draw the two pages with their values; return (pdf bytes, truth fields, notes)."""
    fill_way, case, run, arr, dstyle, _ = row
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie - S1106")
    form = layouts.Form(c, run)
    hand_font = HANDS[i % len(HANDS)]
    sig_font = SIG_FONTS[(i * 3 + 1) % len(SIG_FONTS)]
    ink = rng.choice(["blue", "blue", "black", "darkblue"])
    tick_style = rng.choice(["cross", "check"])
    hand = fill.Hand(
        c, rng, hand_font, ink=ink, size=rng.uniform(10.5, 12.5), pen=rng.uniform(0.15, 0.4)
    )
    typed_font = TYPED[i % len(TYPED)]
    if fill_way == "hand":
        writer = hand
    elif fill_way == "typed_print":
        writer = fill.Typed(c, rng, typed_font, size=rng.choice([9.5, 10, 11]))
    else:
        writer = fill.Acro(c, acro_namer(run), style=rng.choice(["check", "cross"]))
    acro = fill_way in ("acroform", "acroform_printed")

    situation = p[12] if case != "none_ticked" else None
    sits = situation.split("+") if situation else []
    nir = nir_for(p, rng) if p[15] else None
    surname, usage, given = p[0], p[1], p[2]
    if fill_way == "hand":
        comb_names = form.s["name_comb"]
        surname = surname.upper()
        usage = usage.upper() if usage else None
        given = given.upper() if comb_names or rng.random() < 0.4 else given
        if rng.random() < 0.35:
            surname, given = strip_accents(surname), strip_accents(given)
    elif fill_way == "typed_print" and rng.random() < 0.5:
        given = given.upper()
    dob = p[4]
    values = {
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "date_of_birth": dob[8:10] + dob[5:7] + dob[0:4],
        "birth_city": p[5],
        "birth_country": p[6],
        "nationality": p[7],
        "nir": nir[0] if nir else None,
        "nir_key": nir[1] if nir else None,
        "address": p[9],
        "postcode": p[10],
        "city": p[11],
        "phone": "0{} {:02d} {:02d} {:02d} {:02d}".format(
            rng.choice([6, 7]), *[rng.randint(0, 99) for _ in range(4)]
        ),
        "email": "{}.{}{}@{}".format(
            strip_accents(p[2].split()[0]).lower(),
            strip_accents(p[0].split()[-1]).lower().replace("'", ""),
            rng.choice(["", str(rng.randint(1, 99))]),
            rng.choice(["gmail.com", "yahoo.fr", "outlook.fr", "hotmail.com"]),
        ),
        "job_title": p[14] if "salarie" in sits else None,
        "other_text": p[14] if "autre" in sits else None,
    }
    ticks = ["sex_" + p[3]] + ["sit_" + s for s in sits]
    contract = p[13] if "salarie" in sits else None
    if contract:
        ticks.append("ct_" + contract)
    written = {}

    def put(w, geo, key, value):
        if geo[key][0] == "comb":
            if value and (w is hand or isinstance(w, fill.Typed)):
                value = value.upper() if key in ("surname", "usage_name", "given_names") else value
            return w.comb(geo[key], value) if value else None
        return w.write(geo[key], value) if value else None

    # ---- page 1
    form.page1()
    geo = dict(form.geo)
    for key, g in geo.items():
        if key.startswith(("sex_", "sit_", "ct_")):
            if acro:
                writer._cur = key
                writer.tick(g, checked=key in ticks)
            elif key in ticks:
                writer.tick(g, tick_style)
            continue
        v = values.get(key)
        if acro:
            writer._cur = key
            if g[0] == "comb":
                writer.comb(g, v or "")
            else:
                writer.write(g, v or "")
            written[key] = v
        else:
            written[key] = put(writer, geo, key, v)
    c.showPage()
    # ---- page 2
    form.geo = {}
    form.page2()
    geo2 = form.geo
    if case == "future_date":
        signed_on = asof + dt.timedelta(days=rng.randint(4, 20))
    elif case == "us_date":
        last = asof - dt.timedelta(days=1)
        signed_on = dt.date(2026, 11, rng.randint(13, last.day if last.month == 11 else 30))
    else:
        signed_on = asof - dt.timedelta(days=rng.randint(2, 24))
    dtext = date_text(dstyle.split(":")[-1], signed_on) if dstyle else None
    date_by_hand = dstyle is not None and not dstyle.startswith("t:")
    if acro:
        writer._cur = "place"
        place = writer.write(geo2["place"], p[16])
        writer._cur = "date"
        writer.write(geo2["date"], dtext if (dtext and not date_by_hand) else "")
    else:
        place = writer.write(geo2["place"], p[16])
    if dtext:
        dw = hand if date_by_hand else writer
        if not acro or date_by_hand:
            dtext = dw.write(geo2["date"], dtext)
    sig_name = rng.choice(
        [
            f"{p[2][0]}. {(usage or p[0]).split()[0].title()}",
            (usage or p[0]).split()[0].split("-")[0].title(),
            p[2].split()[0],
            f"{p[2].split()[0]} {p[0].split()[0][0]}.",
        ]
    )
    signed = case not in ("unsigned", "label_only", "stray_mark")
    notes = [RUN_NOTES[run]]
    if signed:
        if fill_way == "acroform":
            img = fill.signature_image(rng, sig_name, sig_font, ink=ink)
            fill.paste_signature(c, geo2["sig"], img, rng)
            notes.append("handwritten signature image pasted in the box")
        else:
            hand.signature(geo2["sig"], sig_name, sig_font)
    elif case == "stray_mark":
        notes.append(f"signature box holds only {hand.stray(geo2['sig'])}")
    elif case == "label_only":
        notes.append("the box shows only its printed label")
    c.showPage()
    c.save()
    data = b.getvalue()
    if acro:
        data = fill.fix_comb_appearances(data, drop_ap=(arr == "text_noap"))
        if arr == "text_noap":
            notes.append("AcroForm without appearance streams (NeedAppearances true)")
    if fill_way in ("hand",) or (fill_way != "acroform" and signed):
        notes.append(f"hand font {hand_font}, signature font {sig_font}, {ink} ink")
    if fill_way == "typed_print":
        notes.append(f"typed in {typed_font}")
    emp = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    fields = {
        "surname": written.get("surname") or values["surname"],
        "usage_name": written.get("usage_name"),
        "given_names": written.get("given_names"),
        "sex": p[3],
        "date_of_birth": dob,
        "employment_status": emp,
        "situation": situation,
        "contract_type": contract,
        "signed": signed,
        "signed_on": signed_on.isoformat() if dtext else None,
        "date_text": dtext,
        "place": place,
        "nir": (nir[0] + nir[1]) if nir else None,
    }
    return data, fields, notes


def render(data, dpi, forms):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    out = []
    for k in range(len(pdf)):
        im = pdf[k].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        out.append(np.asarray(im))
    pdf.close()
    return out


def image_pdf(jpegs, dpi):
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    for j in jpegs:
        c.drawImage(ImageReader(io.BytesIO(j)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return b.getvalue()


def make_doc(i, row, p, out):
    rng = random.Random(SEED * 100 + i)
    name = f"d{i + 1:03d}"
    fill_way, case, _run, arr, _dstyle, rot = row
    asof = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    data, fields, notes = build_pdf(i, row, p, rng, asof)
    folder = os.path.join(out, "documents", name)
    os.makedirs(folder, exist_ok=True)
    files = []

    def save(fn, blob):
        with open(os.path.join(folder, fn), "wb") as f:
            f.write(blob)

    stamp = f"202611{rng.randint(2, 14):02d}"
    if arr.startswith("text"):
        fn = [
            "S1106_rempli.pdf",
            f"cerfa_15763-02_{p[0].split()[0]}.pdf",
            "Demande_ouverture_droits.pdf",
            "formulaire_puma_rempli.pdf",
        ][i % 4]
        fn = strip_accents(fn).replace("'", "")
        save(fn, data)
        files = [{"path": fn, "pages": [1, 2]}]
        look = "text_pdf"
    elif arr.startswith("photos"):
        pages = render(data, 200, fill_way == "acroform_printed")
        t0 = rng.randint(8 * 3600, 21 * 3600)
        ts = [t0, t0 + rng.randint(15, 90)]
        names = [f"IMG_{stamp}_{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}.jpg" for t in ts]
        if arr == "photos_p2first":
            names = names[::-1]
        for k, pg in enumerate(pages):
            a = effects.rotate(effects.photo(pg, rng), rot[k])
            save(names[k], effects.encode_jpeg(a, rng.randint(84, 93)))
            files.append({"path": names[k], "pages": [1]})
            if rot[k]:
                notes.append(f"page {k + 1} photo rotated {rot[k]} degrees")
        notes.append(
            "phone photos of each page"
            + (" (the page-2 photo's name sorts first)" if arr == "photos_p2first" else "")
        )
        look = "phone_photo"
    else:
        dpi = rng.choice([150, 200]) if "pdf" in arr else rng.choice([150, 200, 300])
        pages = render(data, dpi, fill_way == "acroform_printed")
        scans = [effects.scan(pg, rng, grey=rng.random() < 0.6) for pg in pages]
        if "pdf" in arr:
            jp = [effects.encode_jpeg(s, rng.randint(70, 88)) for s in scans]
            look = "image_pdf"
            if arr == "two_pdf":
                stem = rng.choice(["S1106_p", "demande_cpam_", "page"])
                for k in range(2):
                    save(f"{stem}{k + 1}.pdf", image_pdf([jp[k]], dpi))
                    files.append({"path": f"{stem}{k + 1}.pdf", "pages": [1]})
            else:
                fn = rng.choice(
                    [
                        f"scan_{rng.randint(10, 99):04d}.pdf",
                        f"Numérisation_{stamp}.pdf",
                        f"SKM_C258{stamp[2:]}{rng.randint(1000, 9999)}.pdf",
                        "demande_puma.pdf",
                        "cerfa_15763.pdf",
                    ]
                )
                rev = arr == "pdf_rev"
                save(fn, image_pdf(jp[::-1] if rev else jp, dpi))
                files = [{"path": fn, "pages": [2, 1] if rev else [1, 2]}]
                if rev:
                    notes.append("pages scanned in reverse order")
        else:
            look = "scan"
            png = rng.random() < 0.3 and dpi <= 200
            ext = ".png" if png else ".jpg"
            if arr == "two_img_p2first":
                n0 = rng.randint(3, 60)
                names = [f"numérisation_{n0 + 1:04d}{ext}", f"numérisation_{n0:04d}{ext}"]
                notes.append("page 2 was scanned first: its file name sorts first")
            else:
                n0 = rng.randint(10, 90)
                names = rng.choice(
                    [
                        [f"scan_{n0:04d}{ext}", f"scan_{n0 + 1:04d}{ext}"],
                        [f"formulaire-1{ext}", f"formulaire-2{ext}"],
                    ]
                )
            for k, s in enumerate(scans):
                blob = effects.encode_png(s) if png else effects.encode_jpeg(s, rng.randint(78, 92))
                save(names[k], blob)
                files.append({"path": names[k], "pages": [1]})
            notes.append(f"flatbed scan at {dpi} dpi")
    truth = {
        "as_of": asof.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECTS.get(case),
        "fill_way": fill_way,
        "case": case,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": fields["date_of_birth"],
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
    with open(os.path.join(out, "documents", name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return name


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    layouts.register_fonts()
    fill.register_fonts()
    order = list(range(len(ROWS)))
    random.Random(SEED).shuffle(order)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = [make_doc(i, ROWS[j], PEOPLE[j], out) for i, j in enumerate(order)]
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": [], "documents": names}, f, indent=2)


if __name__ == "__main__":
    main()
