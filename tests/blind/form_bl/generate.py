"""Blind set form_bl: 32 filled S1106 / cerfa 15763*02 forms.

Usage: generate.py OUT_DIR
"""

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
from reportlab.lib.colors import Color, black
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import degrade
import hand
import layouts
from people import ADDRESSES, JOBS, PEOPLE, PLAN, nir_for

cv2.setNumThreads(1)
S = 300 / 72.0
PH = layouts.H
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
MONTHS_AB = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
SIT_ORDER = [k for k, _ in layouts.SITUATIONS]
CT_LABEL = {"CDI": "CDI", "CDD": "CDD", "Interim": "Intérim"}
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
    "stray_mark": "only a stray pen mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "the date after 'le' is left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
HAND_IDX = [i for i, p in enumerate(PLAN) if p[0] == "hand"]
ACRO_IDX = [i for i, p in enumerate(PLAN) if p[0] == "acroform"]


def make_values(idx, rng):
    p = PEOPLE[idx]
    fill, case = PLAN[idx][0], PLAN[idx][3]
    as_of = dt.date(2026, 11, 17) + dt.timedelta(days=rng.randint(0, 13))
    street, cp, city = ADDRESSES[idx % len(ADDRESSES)]
    if case == "none_ticked":
        sits = []
    elif case == "two_ticked":
        sits = rng.choice(
            [
                ["salarie", "etudiant"],
                ["demandeur_emploi", "sans_activite"],
                ["salarie", "independant"],
            ]
        )
        sits = sorted(sits, key=SIT_ORDER.index)
    else:
        sits = rng.choices(
            ["salarie", "demandeur_emploi", "etudiant", "sans_activite", "autre"],
            weights=[5, 1.5, 1.5, 2, 0.8],
        )
    contract = rng.choice(["CDI", "CDI", "CDD", "Interim"]) if "salarie" in sits else None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(3, 20))
    elif case == "no_date":
        d = None
    else:
        d = as_of - dt.timedelta(days=rng.randint(2, 35))
        if case == "us_date":
            while d.day <= 12:
                d -= dt.timedelta(days=1)
    if d is None:
        date_text = ""
    elif case == "us_date":
        date_text = f"{d.month:02d}/{d.day:02d}/{d.year}"
    elif case == "date_words":
        months = MONTHS_AB if rng.random() < 0.4 else MONTHS
        date_text = f"{d.day} {months[d.month - 1]} {d.year}"
    elif fill == "hand":
        date_text = d.strftime(rng.choice(["%d/%m/%Y", "%d.%m.%Y", "%d/%m/%y", "%d/%m/%Y"]))
    else:
        date_text = d.strftime("%d/%m/%Y")
    mail_dom = rng.choice(["gmail.com", "yahoo.fr", "hotmail.fr", "outlook.com"])
    local = hand.strip_accents(p[2].split()[0] + "." + p[0].split()[0]).lower()
    local = local.replace("'", "")
    email = f"{local}{rng.randint(1, 99)}@{mail_dom}"
    phone = "0" + rng.choice("67") + " " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    v = {
        "surname": p[0],
        "usage_name": p[1] or "",
        "given_names": p[2],
        "sex": p[3],
        "dob": p[4][8:10] + p[4][5:7] + p[4][0:4],
        "birth_place": f"{p[5]}, {p[6]}" if rng.random() < 0.7 else f"{p[5]} ({p[6]})",
        "nationality": p[7].capitalize() if rng.random() < 0.5 else p[7],
        "nir": nir_for(p, rng.randint(1, 480)) if p[9] else "",
        "address": street,
        "postcode": cp,
        "city": city,
        "phone": phone,
        "email": email,
        "sits": sits,
        "contract": contract,
        "job": rng.choice(JOBS) if "salarie" in sits else "",
        "autre_text": rng.choice(
            ["Conjointe de Français", "Télétravail pour société US", "Volontaire service civique"]
        )
        if "autre" in sits
        else "",
        "place": city,
        "date_text": date_text,
        "date": d,
        "as_of": as_of,
    }
    return v


def transform(v, upper, drop):
    """What the person actually writes: capitals, accents dropped or kept."""
    out = dict(v)
    for k in (
        "surname",
        "usage_name",
        "given_names",
        "birth_place",
        "nationality",
        "address",
        "city",
        "email",
        "job",
        "autre_text",
        "place",
    ):
        s = v[k]
        if drop:
            s = hand.strip_accents(s)
        if k == "surname" or k == "usage_name" or upper:
            s = s.upper()
        out[k] = s
    return out


def text_items(w):
    """Slot key -> text for section A and the signature line."""
    return {
        "surname": w["surname"],
        "usage_name": w["usage_name"],
        "given_names": w["given_names"],
        "dob": w["dob"],
        "birth_place": w["birth_place"],
        "nationality": w["nationality"],
        "nir": w["nir"],
        "address": w["address"],
        "postcode": w["postcode"],
        "city": w["city"],
        "phone": w["phone"],
        "email": w["email"],
        "job": w["job"],
        "autre_text": w["autre_text"],
        "place": w["place"],
        "date": w["date_text"],
    }


def ticks_for(w):
    keys = ["sex_" + w["sex"]] + ["sit_" + s for s in w["sits"]]
    if w["contract"]:
        keys.append("ct_" + w["contract"])
    return keys


def px_rect(r):
    x, y, w, h = r
    return (x * S, (PH - y - h) * S, w * S, h * S)


def build_pdf(run, pages, painter=None):
    """Flat (or AcroForm) PDF of the given page numbers; painter(c, page, slots) adds values."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=layouts.A4, invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("")
    all_slots = {}
    for pg in pages:
        slots = layouts.draw_page(c, run, pg)
        all_slots[pg] = slots
        if painter:
            painter(c, pg, slots)
        c.showPage()
    c.save()
    return buf.getvalue(), all_slots


def render(pdf_bytes):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=S).to_pil().convert("RGB")
        out.append(np.array(pil))
    doc.close()
    return out


def typed_painter(w, font, size, comb_mode, hand_date, checkfont=False):
    items = text_items(w)
    tk = set(ticks_for(w))

    def paint(c, pg, slots):
        c.setFillColor(black)
        for key, slot in slots.items():
            if slot["kind"] == "tick" and key in tk:
                x, y, s, _ = slot["rect"]
                if checkfont:
                    c.setFont("ZapfDingbats", s * 0.9)
                    c.drawCentredString(x + s / 2, y + s * 0.18, "4")
                else:
                    c.setFont(font, s * 1.05)
                    c.drawCentredString(x + s / 2, y + s * 0.14, "X")
            if key not in items or not items[key] or (key == "date" and hand_date):
                continue
            text = items[key]
            if slot["kind"] == "comb" and comb_mode == "cells":
                c.setFont(font, size)
                for ch, (x, y, cw, chh) in zip(text, slot["cells"]):
                    c.drawCentredString(x + cw / 2, y + chh * 0.28, ch)
            elif slot["kind"] == "comb":
                x, y, cw, chh = slot["cells"][0]
                c.setFont(font, size + 1)
                c.drawString(x + 2, y + chh * 0.28, text)
            elif slot["kind"] == "line":
                x, y, _lw, _lh = slot["rect"]
                c.setFont(font, size)
                c.drawString(x + 1, y + 2.5, text)

    return paint


def make_pen(rng, kind, ink, font_path=None):
    if kind == "stroke":
        return hand.StrokePen(
            rng,
            ink,
            rng.choice((2, 3, 3, 4, 5)),
            rng.uniform(0.05, 0.28),
            spacing=rng.uniform(0.02, 0.2),
            bar7=rng.random() < 0.6,
        )
    return hand.FontPen(rng, ink, font_path, slant=rng.uniform(0.0, 0.15))


def hand_write(img, pen, slot, text, rng):
    if not text:
        return
    if slot["kind"] == "comb":
        for ch, cell in zip(text, slot["cells"]):
            x, y, cw, chh = px_rect(cell)
            h = chh * rng.uniform(0.55, 0.66)
            gw = pen.measure(ch, h)
            pen.text(img, ch, x + (cw - gw) / 2 + rng.gauss(0, 2), y + chh * 0.82, h)
    else:
        x, y, w, h = px_rect(slot["rect"])
        capital = min(h * 0.72, 11 * S) * rng.uniform(0.85, 1.0)
        pen.text(img, text, x + rng.uniform(2, 12), y + h * 0.85, capital, max_w=w - 14)


def add_hand_signature(img, slots2, rng, ink, case, name):
    box = px_rect(slots2["sig"]["rect"])
    if case in ("unsigned", "label_only"):
        return
    if case == "stray_mark":
        hand.stray_mark(img, box, rng, ink)
        return
    hand.signature(img, box, rng, ink, name)


def writer_for(idx, rng, ink):
    pos = HAND_IDX.index(idx) if idx in HAND_IDX else idx
    if idx in HAND_IDX and pos % 2 == 0:
        return make_pen(rng, "stroke", ink), True
    font = hand.HAND_FONTS[(pos // 2 + idx) % len(hand.HAND_FONTS)]
    return make_pen(rng, "font", ink, font), False


def acroform_pdf(idx, rng, w, run, pages, strip_ap, case):
    names_lc = rng.random() < 0.5

    def fname(k):
        return f"topmostSubform[0].Page{1 if k[1] else 2}[0].{k[0]}[0]" if names_lc else k[0]

    sig = None
    if case not in ("unsigned", "label_only"):
        sig = hand.signature_png(rng, hand.INKS[rng.choice(["blue", "black"])], w["surname"])
    items = text_items(w)
    tk = set(ticks_for(w))
    fill = Color(0.86, 0.9, 1.0) if rng.random() < 0.5 else None

    def paint(c, pg, slots):
        af = c.acroForm
        for key, slot in slots.items():
            nm = fname((key, pg == 1))
            if slot["kind"] == "tick":
                x, y, s, _ = slot["rect"]
                af.checkbox(
                    name=nm,
                    x=x,
                    y=y,
                    size=s,
                    checked=key in tk,
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=fill,
                    borderColor=None,
                )
            elif slot["kind"] == "comb":
                val = items.get(key, "")
                cells = slot["cells"]
                groups = {"dob": [(0, 2), (2, 4), (4, 8)], "nir": [(0, 13), (13, 15)]}
                for gi, (a, b) in enumerate(groups.get(key, [(0, len(cells))])):
                    x0 = cells[a][0]
                    x1 = cells[b - 1][0] + cells[b - 1][2]
                    af.textfield(
                        name=nm + (f"_{gi}" if key in groups else ""),
                        value=val[a:b],
                        x=x0,
                        y=cells[a][1],
                        width=x1 - x0,
                        height=cells[a][3],
                        maxlen=b - a,
                        fieldFlags="comb",
                        borderWidth=0,
                        fillColor=fill,
                        borderColor=None,
                        fontName="Helvetica",
                        fontSize=10,
                    )
            elif slot["kind"] == "line":
                x, y, lw, lh = slot["rect"]
                af.textfield(
                    name=nm,
                    value=items.get(key, ""),
                    x=x,
                    y=y - 1,
                    width=lw,
                    height=lh + 1,
                    borderWidth=0,
                    fillColor=fill,
                    borderColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                )
            elif slot["kind"] == "sig" and sig is not None:
                x, y, bw, bh = slot["rect"]
                c.drawImage(
                    ImageReader(sig), x + bw * 0.08, y + bh * 0.06, bw * 0.8, bh * 0.8, mask="auto"
                )

    data, _ = build_pdf(run, pages, paint)
    if not strip_ap:
        return data
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    buf = io.BytesIO()
    pdf.save(buf, static_id=True)
    return buf.getvalue()


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def make_doc(idx, out_dir):
    rng = random.Random(f"form_bl/{idx}")
    fill, run, arr, case = PLAN[idx]
    name = f"d{idx + 1:03d}"
    ddir = os.path.join(out_dir, "documents", name)
    os.makedirs(ddir, exist_ok=True)
    v = make_values(idx, rng)
    ink_name = rng.choice(["blue", "blue", "black", "navy"])
    ink = hand.INKS[ink_name]
    notes = [f"print run {run}", f"fill {fill}", f"arrangement {arr}"]
    files = []
    look = None
    drop = rng.random() < 0.3
    if fill == "acroform":
        w = transform(v, upper=False, drop=drop)
        strip_ap = ACRO_IDX.index(idx) in (2, 4)
        notes.append("no appearance streams, NeedAppearances" if strip_ap else "appearances")
        look = "text_pdf"
        base = rng.choice(["S1106_rempli", "cerfa_15763-02", "formulaire_PUMa"])
        if arr == "two_pdfs":
            for pg in (1, 2):
                write(
                    os.path.join(ddir, f"{base}_p{pg}.pdf"),
                    acroform_pdf(idx, rng, w, run, [pg], strip_ap, case),
                )
                files.append({"path": f"{base}_p{pg}.pdf", "pages": [1]})
        else:
            order = [2, 1] if arr == "one_pdf_reversed" else [1, 2]
            write(
                os.path.join(ddir, base + ".pdf"),
                acroform_pdf(idx, rng, w, run, order, strip_ap, case),
            )
            files.append({"path": base + ".pdf", "pages": order})
        signed = case not in ("unsigned", "label_only")
    else:
        if fill == "hand":
            pen, upper = writer_for(idx, rng, ink)
            if not upper and not pen.covers(
                "".join(
                    str(x)
                    for x in (
                        v["surname"],
                        v["given_names"],
                        v["birth_place"],
                        v["nationality"],
                        v["address"],
                        v["city"],
                        v["date_text"],
                        v["usage_name"],
                    )
                )
            ):
                drop = True
            w = transform(v, upper=upper, drop=drop)
            notes.append("stroke-drawn capitals" if upper else "font " + os.path.basename(pen.path))
            pdf, slots = build_pdf(run, [1, 2])
            imgs = render(pdf)
            items = text_items(w)
            for pg, img in zip((1, 2), imgs):
                for key, slot in slots[pg].items():
                    if slot["kind"] in ("comb", "line") and key in items:
                        t = items[key]
                        if slot["kind"] == "comb":
                            t = t.upper()
                        hand_write(img, pen, slot, t, rng)
                tk = set(ticks_for(w))
                style = rng.choice(["cross", "check", "scribble", "cross"])
                for key, slot in slots[pg].items():
                    if slot["kind"] == "tick" and key in tk:
                        hand.tick(
                            img,
                            px_rect(slot["rect"]),
                            rng,
                            ink,
                            pen.width if hasattr(pen, "width") else 3,
                            style,
                        )
        else:
            w = transform(v, upper=rng.random() < 0.3, drop=drop)
            if fill == "typed_print":
                font = rng.choice(["LibSans", "DejaVu", "Mono", "FreeSans", "LibSerif"])
                hand_date = bool(w["date_text"]) and (case == "date_words" or rng.random() < 0.4)
                painter = typed_painter(
                    w, font, rng.choice((9.5, 10, 11)), rng.choice(["cells", "free"]), hand_date
                )
                notes.append(f"typed in {font}")
            else:
                hand_date = False
                painter = typed_painter(w, "Helvetica", 10, "cells", False, checkfont=True)
            pdf, slots = build_pdf(run, [1, 2], painter)
            imgs = render(pdf)
            if hand_date:
                dpen = make_pen(rng, "font", ink, rng.choice(hand.HAND_FONTS[:4]))
                hand_write(imgs[1], dpen, slots[2]["date"], w["date_text"], rng)
                notes.append("date handwritten")
        add_hand_signature(imgs[1], slots[2], rng, ink, case, w["surname"])
        signed = case not in ("unsigned", "label_only", "stray_mark")
        notes.append(f"{ink_name} ink")
        look, files = output_images(idx, rng, imgs, arr, ddir, notes)
    fields = {
        "surname": w["surname"],
        "usage_name": w["usage_name"] or None,
        "given_names": w["given_names"],
        "sex": v["sex"],
        "date_of_birth": PEOPLE[idx][4],
        "employment_status": None,
        "situation": "+".join(v["sits"]) or None,
        "contract_type": CT_LABEL.get(v["contract"]) if v["contract"] else None,
        "signed": signed,
        "signed_on": v["date"].isoformat() if v["date"] else None,
        "date_text": w["date_text"] or None,
        "place": w["place"],
        "nir": v["nir"] or None,
    }
    if len(v["sits"]) == 1:
        s = v["sits"][0]
        fields["employment_status"] = {"salarie": "employed", "autre": "other"}.get(
            s, "not_employed"
        )
    truth = {
        "as_of": v["as_of"].isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": DEFECT.get(case),
        "fill_way": fill,
        "case": case,
        "arrangement": arr,
        "print_run": run,
        "applicant": {
            "surname": w["surname"],
            "given_names": w["given_names"],
            "date_of_birth": PEOPLE[idx][4],
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
    with open(os.path.join(out_dir, "documents", name + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return name


SCAN_Q = ["normal", "light", "dark"]
PHOTO_Q = ["normal", "blur", "shadow"]


def output_images(idx, rng, imgs, arr, ddir, notes):
    files = []
    if arr == "photos":
        q = PHOTO_Q[idx % 3]
        notes.append(f"photo {q}")
        stamp = f"202611{rng.randint(1, 15):02d}_{rng.randint(8, 22):02d}{rng.randint(10, 59)}"
        wa = rng.random() < 0.3
        for pg, img in zip((1, 2), imgs):
            rot = rng.choice((0, 0, 90, 270, 180))
            if rot:
                notes.append(f"page {pg} rotated {rot}")
            ph = degrade.photo(img, rng, q, rot)
            if wa:
                fn = f"WhatsApp Image 2026-11-{stamp[6:8]} at 19.{20 + pg:02d}.{rng.randint(10, 59)}.jpeg"
            else:
                fn = f"IMG_{stamp}{pg:02d}.jpg"
            write(os.path.join(ddir, fn), degrade.jpeg_bytes(ph, rng.randint(82, 92)))
            files.append({"path": fn, "pages": [1]})
        return "phone_photo", files
    q = SCAN_Q[idx % 3]
    dpi = rng.choice((150, 200, 200, 300))
    notes.append(f"scan {q} {dpi} dpi")
    scans = [degrade.scan(img, rng, q, dpi) for img in imgs]
    if arr in ("one_pdf", "one_pdf_reversed", "two_pdfs"):
        jq = rng.randint(65, 85)
        jp = [degrade.jpeg_bytes(s, jq) for s in scans]
        sizes = [(s.shape[1], s.shape[0]) for s in scans]
        prod = rng.choice(["Canon MF Scan Utility", "HP Smart", "KONICA MINOLTA bizhub", None])
        if arr == "two_pdfs":
            base = rng.choice(["Scan_2026-11-0{}", "formulaire_page{}", "doc{}"])
            for pg in (1, 2):
                fn = base.format(pg) + ".pdf"
                write(
                    os.path.join(ddir, fn), degrade.image_pdf([jp[pg - 1]], [sizes[pg - 1]], prod)
                )
                files.append({"path": fn, "pages": [1]})
        else:
            fn = rng.choice(
                [
                    "demande_puma_signee.pdf",
                    "SKM_C25826110512340.pdf",
                    "cerfa 15763 scan.pdf",
                    "Formulaire S1106.pdf",
                ]
            )
            order = [0, 1] if arr == "one_pdf" else [1, 0]
            write(
                os.path.join(ddir, fn),
                degrade.image_pdf([jp[i] for i in order], [sizes[i] for i in order], prod),
            )
            files.append({"path": fn, "pages": [1, 2] if arr == "one_pdf" else [2, 1]})
        return "image_pdf", files
    n = rng.randint(10, 80)
    png = rng.random() < 0.25
    ext = "png" if png else "jpg"
    if arr == "two_images":
        names = (
            [f"scan_{n:04d}.{ext}", f"scan_{n + 1:04d}.{ext}"]
            if rng.random() < 0.6
            else [f"page1.{ext}", f"page2.{ext}"]
        )
    else:
        names = (
            [f"scan_{n + 1:04d}.{ext}", f"scan_{n:04d}.{ext}"]
            if rng.random() < 0.5
            else [f"formulaire_b.{ext}", f"formulaire_a.{ext}"]
        )
        notes.append("page 2 scanned first: its name sorts first")
    for fn, s in zip(names, scans):
        data = degrade.png_bytes(s) if png else degrade.jpeg_bytes(s, rng.randint(75, 92))
        write(os.path.join(ddir, fn), data)
        files.append({"path": fn, "pages": [1]})
    return "scan", files


def main():
    if len(sys.argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    docs = [make_doc(i, out) for i in range(len(PLAN))]
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"packets": [], "documents": docs}, f, indent=2)


if __name__ == "__main__":
    main()
