"""Blind set form_cc: 20 single PUMa application forms (cerfa 15763*02 / S1106).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv2
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import formdraw
import hand as hw
from people import APPLICANTS, CASES, DEFECTS, MONTHS, nir_for

cv2.setNumThreads(1)
DPI = 200
EMPLOYMENT = {
    "salarie": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "independant": "other",
    "autre": "other",
}


def iso(d: dt.date) -> str:
    return d.isoformat()


def styled(s: str, style: str) -> str:
    return {"caps": s.upper(), "lower": s.lower()}.get(style, s)


def date_text(d: dt.date, fmt: str) -> str:
    if fmt == "words":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if fmt == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    sep = {"dots": ".", "dashes": "-"}.get(fmt, "/")
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def plan(item, rng):
    """Decide every value the applicant puts on the form (before the pen's accents)."""
    did, _run, _fill, case, _arr, sits, contract, job, as_of, ex = item
    idx = int(did[1:]) - 1
    a = APPLICANTS[idx]
    p = dict(
        zip(
            [
                "surname",
                "usage",
                "given",
                "sex",
                "dob",
                "bcity",
                "bcountry",
                "nat",
                "addr",
                "cp",
                "city",
                "phone",
                "email",
                "insee",
            ],
            a,
        )
    )
    p["nir"] = nir_for(rng, p["sex"], p["dob"], p["insee"]) if ex.get("nir") else None
    audit = dt.date.fromisoformat(as_of)
    if case == "future_date":
        signed = audit + dt.timedelta(days=rng.randint(4, 20))
    elif case == "us_date":
        signed = audit - dt.timedelta(days=rng.randint(3, 12))
        while signed.day <= 12:
            signed -= dt.timedelta(days=1)
    else:
        signed = audit - dt.timedelta(days=rng.randint(2, 24))
    fmt = {"us_date": "us", "date_words": "words"}.get(case, ex.get("date_fmt", "slash"))
    p["signed_on"] = None if case == "no_date" else signed
    p["date_text"] = None if case == "no_date" else date_text(signed, fmt)
    p["place"] = p["city"]
    p["sits"], p["contract"], p["job"] = sits, contract, job
    p["signed"] = case not in ("unsigned", "label_only", "stray_mark")
    return p


# ---------------------------------------------------------------------------------------
def render(pdf_bytes: bytes, dpi=DPI) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    doc.init_forms()
    imgs = [
        doc[i].render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB")
        for i in range(len(doc))
    ]
    doc.close()
    return imgs


def hand_fill(p, run, ex, rng, pages, written):
    """Write every value by hand on the rendered blank pages."""
    L1, L2 = formdraw.layouts(run)
    s1, s2 = hw.Sheet(pages[0], DPI), hw.Sheet(pages[1], DPI)
    h = hw.Hand(
        rng,
        ex["font"],
        ex["ink"],
        slant=rng.uniform(-3, 8),
        jitter=rng.uniform(0.7, 1.3),
        wall=ex.get("wall", 0.0),
    )
    style = ex.get("style", "mixed")

    def put(key, text, sheet=s1, L=L1, sty=None, force_caps=False):
        if not text:
            return None
        f = L[key]
        t = styled(text, "caps" if f["kind"] == "comb" or force_caps else (sty or style))
        t = hw.as_written(t, hw.comb_font(h.font) if f["kind"] == "comb" else h.font)
        if f["kind"] == "comb":
            assert len(t) <= len(f["cells"]), (key, t)
            sheet.write_comb(h, t, f["cells"])
        else:
            sheet.write_in(h, t, f["rect"], size_pt=11.5 if f["kind"] == "line" else 11)
        return t

    written["surname"] = put("surname", p["surname"])
    written["usage"] = put("usage_name", p["usage"]) if p["usage"] else None
    written["given"] = put("given_names", p["given"])
    s1.tick(h, L1["tick_sex_" + p["sex"]]["rect"], ex.get("tick", "cross"))
    d = dt.date.fromisoformat(p["dob"])
    s1.write_comb(h, f"{d.day:02d}{d.month:02d}{d.year}", L1["dob"]["cells"])
    put("birth_city", p["bcity"])
    put("birth_country", p["bcountry"])
    put("nationality", p["nat"], sty="lower" if style != "caps" else "caps")
    if p["nir"]:
        s1.write_comb(h, p["nir"], L1["nir"]["cells"])
    put("address", p["addr"])
    s1.write_comb(h, p["cp"], L1["postcode"]["cells"])
    put("city", p["city"])
    put("phone", p["phone"], sty="mixed")
    put("email", p["email"], sty="lower")
    for s in p["sits"]:
        s1.tick(h, L1["tick_" + s]["rect"], ex.get("tick", "cross"))
    if p["contract"]:
        s1.tick(h, L1["tick_ct_" + p["contract"]]["rect"], ex.get("tick", "cross"))
    if p["job"]:
        put("job" if "salarie" in p["sits"] else "other_text", p["job"])
    page2_hand(p, ex, rng, s2, L2, h, style, written)
    return [s1.img, s2.img]


def page2_hand(p, ex, rng, s2, L2, h, style, written, place=True, date=True, sign=True):
    if place:
        t = hw.as_written(styled(p["place"], style), h.font)
        rect = L2["place"]["rect"]
        if ex.get("correction") and ex["correction"][0] == "place":
            wrong = hw.as_written(styled(ex["correction"][1], style), h.font)
            x0 = rect[0] + 4
            base = rect[1] + rect[3] - max(2.5, rect[3] * 0.22)
            x1 = s2.write(h, wrong, x0, base, 11.5)
            s2.strike(h, x0, x1, base, 11.5)
            s2.write(h, t, x1 + 8, base, 11.5)
        else:
            s2.write_in(h, t, rect, 11.5)
        written["place"] = t
    if date and p["date_text"]:
        s2.write_in(h, hw.as_written(p["date_text"], h.font), L2["date"]["rect"], 11.5)
    sig = L2["sig"]["rect"]
    if sign and p["signed"]:
        ini = "".join(w[0] for w in (p["given"] + " " + p["surname"]).split())
        sh = hw.Hand(rng, "dkg", "blue", jitter=0.5)
        sh.ink = h.ink
        s2.signature(sh, sig, ini)
    elif ex.get("case") == "stray_mark":
        x, top, w, hh = sig
        cx, cy = x + w * rng.uniform(0.3, 0.7), top + hh * rng.uniform(0.3, 0.7)
        if rng.random() < 0.5:
            s2.stroke([(cx, cy), (cx + 0.8, cy + 0.6), (cx + 0.3, cy + 1.0)], h, 2.0)
        else:
            s2.stroke([(cx, cy), (cx + 2.0, cy + 3.0), (cx + 6.5, cy - 4.0)], h, 0.9)


# ---------------------------------------------------------------------------------------
def typed_decorator(p, tfont, tsize, fill_date):
    def deco(c, no, L, pen):
        c.setFillColorRGB(0.05, 0.05, 0.08)

        def put(key, text):
            if not text:
                return
            f = L[key]
            if f["kind"] == "comb":
                c.setFont(tfont, f["cells"][0][3] * 0.62)
                for ch, (x, top, w, hh) in zip(text.upper(), f["cells"]):
                    c.drawCentredString(x + w / 2, formdraw.H - (top + hh * 0.76), ch)
            else:
                x, top, w, hh = f["rect"]
                c.setFont(tfont, tsize)
                c.drawString(x + 4, formdraw.H - (top + hh - 4), text)

        def tick(key):
            x, top, w, hh = L[key]["rect"]
            c.setFont(tfont, w * 1.05)
            c.drawCentredString(x + w / 2, formdraw.H - (top + hh * 0.88), "X")

        if no == 1:
            put("surname", p["surname"].upper())
            put("usage_name", p["usage"].upper() if p["usage"] else None)
            put("given_names", p["given"])
            tick("tick_sex_" + p["sex"])
            d = dt.date.fromisoformat(p["dob"])
            put("dob", f"{d.day:02d}{d.month:02d}{d.year}")
            put("birth_city", p["bcity"])
            put("birth_country", p["bcountry"])
            put("nationality", p["nat"].capitalize())
            put("nir", p["nir"])
            put("address", p["addr"])
            put("postcode", p["cp"])
            put("city", p["city"].upper())
            put("phone", p["phone"])
            put("email", p["email"])
            for s in p["sits"]:
                tick("tick_" + s)
            if p["contract"]:
                tick("tick_ct_" + p["contract"])
            if p["job"]:
                put("job" if "salarie" in p["sits"] else "other_text", p["job"])
        else:
            put("place", p["place"])
            if fill_date and p["date_text"]:
                put("date", p["date_text"])

    return deco


def acro_decorator(p, rng, ex, with_sig):
    sig_png = hw.signature_png(rng, "blue", initials=p["given"][:1] + p["surname"][:1])
    prefix = "topmostSubform[0]"

    def deco(c, no, L, pen):
        form = c.acroForm
        H = formdraw.H

        def field(name, key, text, size=9):
            f = L[key]
            x, top, w, hh = f["rect"]
            if f["kind"] == "comb":
                # one single-character field per box, as in many cerfa PDFs
                for i, (cx, ct, cw, ch) in enumerate(f["cells"]):
                    form.textfield(
                        name=f"{name}_{i + 1:02d}",
                        value=(text or "")[i : i + 1],
                        x=cx + 0.5,
                        y=H - ct - ch + 0.5,
                        width=cw - 1,
                        height=ch - 1,
                        fontName="Helvetica",
                        fontSize=ch * 0.6,
                        borderWidth=0,
                        fillColor=None,
                        textColor=None,
                        maxlen=1,
                        forceBorder=False,
                    )
                return
            form.textfield(
                name=name,
                value=text or "",
                x=x + 1,
                y=H - top - hh + 1,
                width=w - 2,
                height=hh - 2,
                fontName="Helvetica",
                fontSize=size,
                borderWidth=0,
                fillColor=None,
                textColor=None,
                forceBorder=False,
            )

        def box(name, key, on):
            x, top, w, hh = L[key]["rect"]
            form.checkbox(
                name=name,
                checked=on,
                x=x,
                y=H - top - hh,
                size=w,
                borderWidth=0,
                buttonStyle="cross",
                fillColor=None,
                forceBorder=False,
            )

        if no == 1:
            pg = prefix + ".Page1[0]."
            d = dt.date.fromisoformat(p["dob"])
            field(pg + "NomNaissance", "surname", p["surname"].upper())
            field(pg + "NomUsage", "usage_name", (p["usage"] or "").upper())
            field(pg + "Prenoms", "given_names", p["given"])
            box(pg + "SexeF", "tick_sex_F", p["sex"] == "F")
            box(pg + "SexeM", "tick_sex_M", p["sex"] == "M")
            field(pg + "DateNaissance", "dob", f"{d.day:02d}{d.month:02d}{d.year}")
            field(pg + "CommuneNaissance", "birth_city", p["bcity"])
            field(pg + "PaysNaissance", "birth_country", p["bcountry"])
            field(pg + "Nationalite", "nationality", p["nat"])
            field(pg + "NIR", "nir", p["nir"] or "")
            field(pg + "Adresse", "address", p["addr"])
            field(pg + "CodePostal", "postcode", p["cp"])
            field(pg + "Commune", "city", p["city"])
            field(pg + "Telephone", "phone", p["phone"])
            field(pg + "Courriel", "email", p["email"])
            for key, _ in formdraw.SITUATIONS:
                box(pg + "Case_" + key, "tick_" + key, key in p["sits"])
            for ct in formdraw.CONTRACTS:
                box(pg + "Contrat_" + ct[:3].upper(), "tick_ct_" + ct, ct == p["contract"])
            sal = "salarie" in p["sits"]
            field(pg + "Emploi", "job", p["job"] if sal else "")
            field(pg + "AutreSituation", "other_text", p["job"] if not sal else "")
        else:
            pg = prefix + ".Page2[0]."
            field(pg + "FaitA", "place", p["place"], 10)
            field(pg + "Le", "date", p["date_text"] if ex.get("typed_date") else "", 10)
            if with_sig:
                x, top, w, hh = L["sig"]["rect"]
                c.drawImage(
                    ImageReader(io.BytesIO(sig_png)),
                    x + 18,
                    H - top - hh + 8,
                    width=w - 40,
                    height=(w - 40) * 70 / 200,
                    mask="auto",
                )

    return deco


def strip_appearances(pdf_bytes: bytes) -> bytes:
    src = pikepdf.open(io.BytesIO(pdf_bytes))
    for page in src.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/FT") == "/Tx" and "/AP" in annot:
                del annot["/AP"]
    src.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    src.save(out, deterministic_id=True)
    return out.getvalue()


# ---------------------------------------------------------------------------------------
def images_pdf(jpegs: list[bytes]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for j in jpegs:
        c.drawImage(ImageReader(io.BytesIO(j)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def arrange(arr, pages, rng, ex, folder: Path):
    """Write the files; return (files, look)."""
    if arr == "photos" or ex.get("photo"):
        rots = ex.get("rot", [0, 0])
        imgs = [hw.photo_look(pg, rng, rots[i]) for i, pg in enumerate(pages)]
        look = "phone_photo"
    else:
        dpi = rng.choice([150, 200, 300])
        imgs = [hw.scan_look(pg, rng, DPI, dpi) for pg in pages]
        look = "scan"
    jpgs = [hw.jpeg_bytes(im, rng) for im in imgs]
    n = rng.randint(1000, 8999)
    if arr in ("two_images", "photos"):
        stem = "IMG_" if look == "phone_photo" else "scan_"
        names = [f"{stem}{n:04d}.jpg", f"{stem}{n + 1:04d}.jpg"]
        for nm, j in zip(names, jpgs):
            (folder / nm).write_bytes(j)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], look
    if arr == "two_images_rev":
        t = f"IMG_20261104_{rng.randint(9, 18):02d}{rng.randint(10, 58):02d}"
        sec = rng.randint(0, 11)
        names = [f"{t}{sec + 47:02d}.jpg", f"{t}{sec:02d}.jpg"]
        for nm, j in zip(names, jpgs):
            (folder / nm).write_bytes(j)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], look
    if arr == "two_pdfs":
        names = ["cerfa_15763_page1.pdf", "cerfa_15763_page2.pdf"]
        for nm, j in zip(names, jpgs):
            (folder / nm).write_bytes(images_pdf([j]))
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], "image_pdf"
    name = rng.choice(["demande_puma.pdf", "S1106_formulaire.pdf", f"scan_{n:04d}.pdf"])
    if arr == "pdf1_rev":
        (folder / name).write_bytes(images_pdf(jpgs[::-1]))
        return [{"path": name, "pages": [2, 1]}], "image_pdf"
    (folder / name).write_bytes(images_pdf(jpgs))
    return [{"path": name, "pages": [1, 2]}], "image_pdf"


def make(item, out: Path):
    did, run, fill, case, arr, sits, _contract, _job, as_of, ex = item
    rng = random.Random(f"form_cc/{did}")
    ex = dict(ex, case=case)
    if fill == "acroform":
        ex["typed_date"] = True
    p = plan(item, rng)
    written: dict = {}
    folder = out / "documents" / did
    folder.mkdir(parents=True, exist_ok=True)
    notes = []
    if fill == "hand":
        blank, _ = formdraw.build(run)
        pages = hand_fill(p, run, ex, rng, render(blank), written)
        files, look = arrange(arr, pages, rng, ex, folder)
        notes.append(f"hand-filled ({ex['font']}, {ex['ink']} ink, {ex.get('style')})")
    elif fill == "typed_print":
        tfont = rng.choice(["LS", "LM"])
        pdf, _ = formdraw.build(run, typed_decorator(p, tfont, 9.5, ex.get("typed_date")))
        pages = render(pdf)
        L2 = formdraw.layouts(run)[1]
        s2 = hw.Sheet(pages[1], DPI)
        h = hw.Hand(rng, ex["font"], ex["ink"], slant=rng.uniform(0, 6))
        page2_hand(p, ex, rng, s2, L2, h, "mixed", {}, place=False, date=not ex.get("typed_date"))
        pages[1] = s2.img
        files, look = arrange(arr, pages, rng, ex, folder)
        written.update(
            surname=p["surname"].upper(),
            given=p["given"],
            place=p["place"],
            usage=p["usage"].upper() if p["usage"] else None,
        )
        notes.append(
            "typed, printed, signed by hand"
            + ("" if ex.get("typed_date") else ", date written by hand")
        )
    else:
        with_sig = p["signed"] and fill == "acroform"
        pdf, _ = formdraw.build(run, acro_decorator(p, rng, ex, with_sig), title="S1106")
        if not ex.get("ap", True):
            pdf = strip_appearances(pdf)
        written.update(
            surname=p["surname"].upper(),
            given=p["given"],
            place=p["place"],
            usage=p["usage"].upper() if p["usage"] else None,
        )
        if fill == "acroform":
            name = "cerfa_15763-02_rempli.pdf"
            (folder / name).write_bytes(pdf)
            files, look = [{"path": name, "pages": [1, 2]}], "text_pdf"
            notes.append(
                "fillable PDF, values in AcroForm fields"
                + ("" if ex.get("ap", True) else " without appearance streams")
                + ("; handwritten signature image pasted" if with_sig else "")
            )
        else:
            pages = render(pdf)
            L2 = formdraw.layouts(run)[1]
            s2 = hw.Sheet(pages[1], DPI)
            h = hw.Hand(rng, ex["font"], ex["ink"], slant=rng.uniform(0, 6))
            page2_hand(
                p, ex, rng, s2, L2, h, "mixed", {}, place=False, date=not ex.get("typed_date")
            )
            pages[1] = s2.img
            files, look = arrange(arr, pages, rng, ex, folder)
            notes.append("fillable PDF printed with its values, signed by hand")
    if ex.get("correction"):
        notes.append(f"'{ex['correction'][1]}' crossed out before the place")
    status, defect = DEFECTS.get(case, ("complete", None))
    sits = p["sits"]
    emp = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    signed_on = iso(p["signed_on"]) if p["signed_on"] else None
    fields = {
        "surname": written["surname"],
        "usage_name": written.get("usage"),
        "given_names": written["given"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": emp,
        "situation": "+".join(sits) or None,
        "contract_type": p["contract"] if "salarie" in sits else None,
        "signed": p["signed"],
        "signed_on": signed_on,
        "date_text": p["date_text"],
        "place": written["place"],
        "nir": p["nir"],
    }
    truth = {
        "as_of": as_of,
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": status,
        "defect": defect,
        "fill_way": fill,
        "case": case,
        "applicant": {
            "surname": written["surname"],
            "given_names": written["given"],
            "date_of_birth": p["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": "; ".join(notes) + f"; print run {run}",
            }
        ],
    }
    if case == "future_date":
        assert p["signed_on"] > dt.date.fromisoformat(as_of)
    elif p["signed_on"]:
        assert p["signed_on"] <= dt.date.fromisoformat(as_of)
    if case == "us_date":
        assert p["signed_on"].day > 12
    if p["nir"]:
        assert (int(p["nir"][:13]) + int(p["nir"][13:])) % 97 == 0
    assert "2026-11-16" <= as_of <= "2026-12-01"
    (out / "documents" / f"{did}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return did


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    docs = [make(item, out) for item in CASES]
    (out / "manifest.json").write_text(
        json.dumps({"packets": [], "documents": docs}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
