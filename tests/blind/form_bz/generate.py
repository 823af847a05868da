"""Blind set form_bz: 20 PUMa application forms (cerfa 15763*02 / S1106) as people send them.

Usage: python generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

import numpy as np
import pikepdf
from fontTools.ttLib import TTFont as FTFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from stdnum.fr import nir as stdnir

sys.path.insert(0, str(Path(__file__).resolve().parent))

import raster  # noqa: E402
from fill import Acro, Hand, Typed, signature_png  # noqa: E402
from formdraw import FONTS, RUNS, Sheet, register_fonts  # noqa: E402
from people import JOBS, OTHER_TEXT, PEOPLE, PLAN  # noqa: E402

SET = "form_bz"
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
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "independant": "other",
    "autre": "other",
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
DEFECT = {
    "unsigned": "signature box left empty: form not signed",
    "label_only": "only the printed word 'Signature' in the box: form not signed",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12), not DD/MM/YYYY",
    "no_date": "the 'le' date left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
ACRO_NAMES = {
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "sex_F": "Sexe_F",
    "sex_M": "Sexe_M",
    "dob": "DateNaissance",
    "birth_town": "LieuNaissance_Commune",
    "birth_country": "LieuNaissance_Pays",
    "nationality": "Nationalite",
    "caf": "NumAllocataire",
    "nir13": "NIR",
    "nirkey": "CleNIR",
    "address": "Adresse",
    "postcode": "CodePostal",
    "city": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "job": "Profession",
    "other_text": "AutreSituation_Precisez",
    "place": "FaitA",
    "date": "DateSignature",
}
STAFF_SLOTS = {"recv", "agent", "checked", "checked_no", "sig"}
_CMAPS = {}


def nir_for(person, rng):
    """A NIR for someone born abroad: sex, YY, MM, 99, INSEE country code, order, key."""
    sex = "1" if person[3] == "M" else "2"
    dob = person[4]
    body = sex + dob[2:4] + dob[5:7] + "99" + person[13] + f"{rng.randint(1, 998):03d}"
    key = 97 - int(body) % 97
    nir = body + f"{key:02d}"
    assert len(nir) == 15 and nir.isdigit()
    assert (int(nir[:13]) + int(nir[13:])) % 97 == 0, nir
    assert stdnir.is_valid(nir), nir
    assert nir[0] == sex and nir[1:5] == dob[2:4] + dob[5:7], nir
    return nir


def glyph_ok(font_key, text):
    if font_key not in _CMAPS:
        _CMAPS[font_key] = set(FTFont(FONTS[font_key]).getBestCmap())
    return all(ord(ch) in _CMAPS[font_key] or ch == " " for ch in text)


def fr_date(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def make_item(i):
    n = i + 1
    rng = random.Random(f"{SET}/item/{n}")
    p = PEOPLE[i]
    fill_way, run, look, arr, case, situation, contract, hfont, ink, caps = PLAN[i]
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed_on, date_text = as_of - dt.timedelta(days=rng.randint(4, 40)), None
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(3, 20))
    if case == "us_date":
        while signed_on.day <= 12:
            signed_on -= dt.timedelta(days=1)
        date_text = f"{signed_on.month:02d}/{signed_on.day:02d}/{signed_on.year}"
    elif case == "date_words":
        while signed_on.day == 1:
            signed_on -= dt.timedelta(days=1)
        date_text = f"{signed_on.day} {MONTHS[signed_on.month - 1]} {signed_on.year}"
    elif case == "no_date":
        signed_on = None
    else:
        date_text = fr_date(signed_on)

    def up(s):
        return s.upper() if caps and s else s

    surname, usage = up(p[0]), up(p[1])
    given = up(p[2])
    dob = p[4]
    nir = nir_for(p, rng) if p[13] else None
    vals = {
        "surname": surname,
        "given_names": given,
        "dob": dob[8:10] + dob[5:7] + dob[0:4],
        "birth_town": up(p[5]),
        "birth_country": up(p[6]),
        "nationality": up(p[7]),
        "address": up(p[8]),
        "postcode": p[9],
        "city": up(p[10]),
        "phone": p[11],
        "email": p[12],
        "place": up(p[10]),
    }
    if usage:
        vals["usage_name"] = usage
    if nir:
        vals["nir13"], vals["nirkey"] = nir[:13], nir[13:]
    if date_text:
        vals["date"] = date_text
    ticks = ["sex_" + p[3]]
    if situation:
        ticks += ["sit_" + s for s in situation.split("+")]
    if contract:
        ticks.append("ct_" + {"intérim": "interim"}.get(contract, contract))
        vals["job"] = up(JOBS[i])
    if i in OTHER_TEXT:
        vals["other_text"] = up(OTHER_TEXT[i])
    signed = case not in ("unsigned", "label_only", "stray_mark")
    if fill_way in ("hand",) or (hfont and signed):
        for k, v in vals.items():
            if fill_way == "hand" or k == "date":
                assert glyph_ok(hfont, v), (n, hfont, v)
    if case == "label_only":
        assert run == "A", "label_only needs the print run with 'Signature' inside the box"
    sits = situation.split("+") if situation else []
    fields = {
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "sex": p[3],
        "date_of_birth": dob,
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": situation,
        "contract_type": contract,
        "signed": signed,
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": date_text,
        "place": vals["place"],
        "nir": nir,
    }
    return {
        "n": n,
        "name": f"d{n:03d}",
        "person": p,
        "fill_way": fill_way,
        "run": run,
        "look": look,
        "arr": arr,
        "case": case,
        "hfont": hfont,
        "ink": ink,
        "caps": caps,
        "as_of": as_of,
        "vals": vals,
        "ticks": ticks,
        "signed": signed,
        "fields": fields,
        "typed_font": rng.choice(["CAR", "LSER", "DJV", "MONO", "LS"]),
        "hand_date": fill_way == "typed_print" and rng.random() < 0.5,
    }


# ---- drawing ---------------------------------------------------------------------------------
def fill_page(sheet, it):
    page = sheet.page
    prng = random.Random(f"{SET}/{it['n']}/page{page}")
    hand = (
        Hand(
            prng,
            it["hfont"],
            it["ink"] or "blue",
            size=prng.uniform(10, 12.5),
            slant=prng.uniform(-6, 3),
        )
        if it["hfont"]
        else None
    )
    fw = it["fill_way"]
    if fw == "hand":
        writer = hand
    elif fw == "typed_print":
        writer = Typed(prng, it["typed_font"], prng.uniform(9, 11))
    elif fw == "acroform_printed":
        writer = Typed(prng, "Helvetica", 9, tick_char="4")
    else:
        writer = Acro(ACRO_NAMES)
    for slot, text in it["vals"].items():
        if slot not in sheet.slots:
            continue
        if slot == "date" and fw != "acroform" and it["hand_date"]:
            hand.text(sheet, slot, text)
        else:
            writer.text(sheet, slot, text)
    tick_style = prng.choice(["x", "v"])
    for slot in sheet.slots:
        if slot in STAFF_SLOTS:
            continue
        if fw == "acroform":
            kind = sheet.slots[slot][0]
            if kind == "tick":
                writer.tick(sheet, slot, checked=slot in it["ticks"])
            elif slot not in it["vals"]:
                writer.empty(sheet, slot)
        elif slot in it["ticks"]:
            if fw == "hand":
                writer.tick(sheet, slot, tick_style)
            else:
                writer.tick(sheet, slot)
    if page == 2:
        if it["case"] == "stray_mark":
            hand.stray(sheet)
        elif it["signed"] and fw == "acroform":
            x, y, w, h = sheet.slots["sig"][1]
            srng = random.Random(f"{SET}/{it['n']}/sigimg")
            iw, ih = w * srng.uniform(0.5, 0.75), h * srng.uniform(0.6, 0.9)
            png = signature_png(srng, iw, ih, (0.05, 0.1, 0.45))
            ox, oy = x + srng.uniform(4, w - iw - 4), y + srng.uniform(1, h - ih - 1)
            sheet.c.drawImage(ImageReader(png), ox, oy, iw, ih, mask="auto")
            sheet.add_value(ox, oy, ox + iw, oy + ih)
        elif it["signed"]:
            hand.sign(sheet)
    sheet.check()


def build_pdf(it, pages):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if it["fill_way"] == "acroform":
        c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
        c.setAuthor("Assurance Maladie")
    for p in pages:
        sheet = Sheet(c, p)
        RUNS[it["run"]](sheet)
        fill_page(sheet, it)
        c.showPage()
    c.save()
    if it["fill_way"] == "acroform":
        return comb_appearances(buf.getvalue())
    return buf.getvalue()


def comb_appearances(data):
    """Redraw the appearance of comb fields one character per cell, as a PDF editor does."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if not int(annot.get("/Ff", 0)) & (1 << 24) or "/AP" not in annot:
                continue
            ap = annot.AP.N
            text = str(annot.get("/V", ""))
            old = ap.read_bytes().decode("latin-1")
            if not text or " Tf" not in old:
                continue
            size = float(old.split(" Tf")[0].split()[-1])
            y = float(old.split(" Tm")[0].split()[-1])
            bw, bh = float(ap.BBox[2]), float(ap.BBox[3])
            cw = bw / int(annot.MaxLen)
            ops = [f"/Tx BMC q 0 0 {bw:.2f} {bh:.2f} re W n BT /Helv {size:g} Tf 0 0 0 rg"]
            for k, ch in enumerate(text):
                x = k * cw + (cw - stringWidth(ch, "Helvetica", size)) / 2
                esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"1 0 0 1 {x:.2f} {y:g} Tm ({esc}) Tj")
            ops.append("ET Q EMC")
            ap.write("\n".join(ops).encode("latin-1"))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def strip_appearances(data):
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# ---- arrangements ----------------------------------------------------------------------------
def write_item(it, out):
    n = it["n"]
    rng = random.Random(f"{SET}/{n}/raster")
    nrng = np.random.RandomState(1000 + n)
    folder = out / "documents" / it["name"]
    folder.mkdir(parents=True, exist_ok=True)
    arr, look = it["arr"], it["look"]
    files = []

    def put(name, data, pages):
        (folder / name).write_bytes(data)
        files.append({"path": name, "pages": pages})

    if look == "text_pdf":
        if arr == "two_pdf":
            put("S1106_page1.pdf", build_pdf(it, [1]), [1])
            put("S1106_page2.pdf", build_pdf(it, [2]), [1])
        elif arr == "one_pdf_rev":
            put("demande_puma_remplie.pdf", build_pdf(it, [2, 1]), [2, 1])
        elif arr == "one_pdf_noap":
            put("s1106_formulaire.pdf", strip_appearances(build_pdf(it, [1, 2])), [1, 2])
        else:
            put("formulaire_S1106.pdf", build_pdf(it, [1, 2]), [1, 2])
        return files
    pdf = build_pdf(it, [1, 2])
    if look == "image_pdf":
        jpegs = []
        dpi = rng.choice([150, 200])
        for idx in (0, 1):
            img = raster.scan(raster.render(pdf, idx, dpi), rng, nrng, grey=rng.random() < 0.4)
            jpegs.append(raster.jpeg_bytes(img, rng.randint(68, 82)))
        if arr == "two_pdf":
            put("Scan_demande_p1.pdf", raster.image_pdf([jpegs[0]]), [1])
            put("Scan_demande_p2.pdf", raster.image_pdf([jpegs[1]]), [1])
        elif arr == "one_pdf_rev":
            put("doc20261105.pdf", raster.image_pdf([jpegs[1], jpegs[0]]), [2, 1])
        else:
            put("Numérisation_formulaire_cpam.pdf", raster.image_pdf(jpegs), [1, 2])
        return files
    if look == "scan":
        dpi = rng.choice([150, 200, 300])
        ext = "png" if rng.random() < 0.25 else "jpg"
        base = rng.randint(10, 80)
        names = [f"scan_{base:04d}.{ext}", f"scan_{base + 1:04d}.{ext}"]
        if arr == "two_img_rev_names":
            names.reverse()
        for idx in (0, 1):
            img = raster.scan(raster.render(pdf, idx, dpi), rng, nrng, grey=rng.random() < 0.3)
            if ext == "png":
                buf = io.BytesIO()
                img.save(buf, "PNG", optimize=False)
                put(names[idx], buf.getvalue(), [1])
            else:
                put(names[idx], raster.jpeg_bytes(img, rng.randint(78, 90)), [1])
        return files
    # phone photos
    day = it["as_of"] - dt.timedelta(days=rng.randint(1, 9))
    signed = it["fields"]["signed_on"]
    if signed and it["case"] != "future_date":
        day = max(day, dt.date.fromisoformat(signed) + dt.timedelta(days=rng.randint(0, 2)))
        day = min(day, it["as_of"])
    stamp = f"{day:%Y%m%d}_{rng.randint(8, 21):02d}{rng.randint(0, 59):02d}"
    sec = rng.randint(0, 25)
    names = [f"IMG_{stamp}{sec:02d}.jpg", f"IMG_{stamp}{sec + rng.randint(9, 30):02d}.jpg"]
    if arr == "photos_rev_names":
        names.reverse()
    for idx in (0, 1):
        rot = rng.choice([0, 0, 0, 90, 270, 180])
        img = raster.photo(raster.render(pdf, idx, 220), rng, nrng, rot=rot)
        put(names[idx], raster.jpeg_bytes(img, rng.randint(82, 92)), [1])
    return files


def truth_for(it, files):
    f = it["fields"]
    notes = (
        f"print run {it['run']}, fill {it['fill_way']}"
        + (
            f" ({it['hfont']} hand, {'capitals' if it['caps'] else 'mixed case'})"
            if it["fill_way"] == "hand"
            else ""
        )
        + f", arrangement {it['arr']}, case {it['case']}"
    )
    return {
        "as_of": it["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[it["case"]],
        "defect": DEFECT.get(it["case"]),
        "fill_way": it["fill_way"],
        "case": it["case"],
        "applicant": {
            "surname": f["surname"],
            "given_names": f["given_names"],
            "date_of_birth": f["date_of_birth"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": it["look"],
                "fields": f,
                "notes": notes,
            }
        ],
    }


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    register_fonts()
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(len(PLAN)):
        it = make_item(i)
        files = write_item(it, out)
        truth = truth_for(it, files)
        (out / "documents" / f"{it['name']}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        names.append(it["name"])
        print(it["name"], it["case"], it["fill_way"], it["look"], file=sys.stderr)
    (out / "manifest.json").write_text(
        json.dumps({"packets": [], "documents": names}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
