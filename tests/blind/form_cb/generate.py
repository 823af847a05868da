"""Blind set form_cb: 20 single application forms (cerfa 15763*02 / S1106).

usage: python generate.py OUT_DIR
"""

import io
import json
import random
import sys
import unicodedata
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cases
import formlayout as fl
import handimg as hi

DPI = 200
S = DPI / 72.0
INKS = [(22, 38, 120), (18, 18, 28), (30, 60, 150), (40, 30, 90)]
ACRO_NAMES = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "dob_d": "date_naiss_jj",
    "dob_m": "date_naiss_mm",
    "dob_y": "date_naiss_aaaa",
    "birth_city": "lieu_naiss_commune",
    "birth_country": "lieu_naiss_pays",
    "nationality": "nationalite",
    "nir13": "nir",
    "nirkey": "nir_cle",
    "address": "adresse",
    "postcode": "code_postal",
    "city": "commune",
    "phone": "telephone",
    "email": "courriel",
    "job": "emploi_occupe",
    "other_text": "autre_precisez",
    "place": "fait_a",
    "date": "date_signature",
}


def nir_key(n13):
    return 97 - int(n13) % 97


def date_text(iso, style):
    if iso is None or style == "none":
        return None
    y, m, d = iso.split("-")
    if style == "dots":
        return f"{d}.{m}.{y}"
    if style == "dashes":
        return f"{d}-{m}-{y}"
    if style == "words":
        return f"{int(d)} {cases.MONTHS[int(m) - 1]} {y}"
    if style == "us":
        assert int(d) > 12
        return f"{m}/{d}/{y}"
    return f"{d}/{m}/{y}"


def values(p, sit, fill, pen_key, opts):
    """The strings written or typed in each field (hand style applied)."""
    sur, usage, given, _sex, dob, bcity, bctry, nat, addr, cp, city, tel, mail, nir = p
    y, m, d = dob.split("-")
    v = {
        "surname": sur,
        "usage_name": usage or "",
        "given_names": given,
        "dob_d": d,
        "dob_m": m,
        "dob_y": y,
        "birth_city": bcity,
        "birth_country": bctry,
        "nationality": nat,
        "address": addr,
        "postcode": cp,
        "city": city,
        "phone": tel,
        "email": mail,
        "job": sit[2] or "",
        "other_text": sit[3] or "",
        "place": fill[6],
    }
    if nir:
        k = nir_key(nir)
        assert (int(nir) + k) % 97 == 0 and len(nir) == 13
        v["nir13"], v["nirkey"] = nir, f"{k:02d}"
    if fill[1] == "hand":
        for k, t in list(v.items()):
            if k == "email":
                continue
            if opts.get("upper") or (k in ("surname", "usage_name")):
                v[k] = t.upper()
            elif opts.get("lower") and k != "place":
                v[k] = t.lower()
        if fill[0] == "A":  # combs take capitals
            for k in ("surname", "usage_name", "given_names"):
                v[k] = v[k].upper()
        v = {k: hi.writable(pen_key, t) for k, t in v.items()}
    if fill[1].startswith("acroform"):  # standard PDF fonts: WinAnsi only
        v = {k: "".join(_ansi(ch) for ch in t) for k, t in v.items()}
    return v


def _ansi(ch):
    try:
        ch.encode("cp1252")
        return ch
    except UnicodeEncodeError:
        return unicodedata.normalize("NFD", ch)[0]


def checks(sit, sex, fill):
    on = {"sex_F": sex == "F", "sex_M": sex == "M"}
    keys = {b: a for a, b in fl.SITUATIONS}
    for s in sit[0]:
        on[keys[s]] = True
    ct = {"CDI": "ct_cdi", "CDD": "ct_cdd", "interim": "ct_interim"}.get(sit[1])
    if ct:
        on[ct] = True
    return on


def draw_typed(c, fm, page, v, on, font, size):
    for name, f in fm.f.items():
        if f["page"] != page:
            continue
        if f["kind"] == "check" and on.get(name):
            c.setFont(font, f["s"] + 1)
            c.drawCentredString(f["x"] + f["s"] / 2, fl._y(f["y"] + f["s"] * 0.85), "X")
        t = v.get(name)
        if not t:
            continue
        c.setFont(font, size)
        if f["kind"] == "comb":
            for i, ch in enumerate(t[: f["n"]]):
                cx = f["x"] + (i + 0.5) * f["cw"]
                c.drawCentredString(cx, fl._y(f["y"] + f["h"] - 4), ch)
        elif f["kind"] == "box":
            c.drawString(f["x"] + 4, fl._y(f["y"] + f["h"] - 4.5), t)
        elif f["kind"] == "line":
            c.drawString(f["x"] + 5, fl._y(f["y"] - 2.5), t)


def build_pdf(path, run, v=None, on=None, acro=None, font="Arial", size=9.5, sig_png=None):
    """Blank form, or typed values (v), or AcroForm fields (acro=True)."""
    c = canvas.Canvas(str(path), pagesize=(fl.W, fl.H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits a l'assurance maladie")
    fm = fl.Form(run)
    for page, draw in enumerate(fl.RUNS[run], start=1):
        draw(c, fm)
        if v is not None and not acro:
            draw_typed(c, fm, page, v, on, font, size)
        if acro:
            _acro_fields(c, fm, page, v, on)
            if page == 2 and sig_png is not None:
                g = fm.f["sig"]
                w, h = g["w"] * 0.85, g["h"] * 0.85
                c.drawImage(
                    ImageReader(sig_png), g["x"] + 8, fl._y(g["y"] + h + 4), w, h, mask="auto"
                )
        c.showPage()
    c.save()
    return fm


def _acro_fields(c, fm, page, v, on):
    af = c.acroForm
    clear = Color(1, 1, 1, alpha=0)
    for name, f in fm.f.items():
        if f["page"] != page:
            continue
        if f["kind"] == "check":
            af.checkbox(
                name=_cb_name(name),
                checked=bool(on.get(name)),
                buttonStyle="cross",
                x=f["x"] + 0.5,
                y=fl._y(f["y"] + f["s"]) + 0.5,
                size=f["s"] - 1,
                borderWidth=0,
                fillColor=clear,
                borderColor=clear,
                textColor=Color(0, 0, 0),
                fieldFlags="",
            )
        elif name in ACRO_NAMES:
            t = v.get(name, "")
            kw = {"fieldFlags": "", "maxlen": 120}
            if f["kind"] == "comb":
                x, y, w, h = f["x"], f["y"] + f["h"], f["n"] * f["cw"], f["h"]
                kw = {"fieldFlags": "comb", "maxlen": f["n"]}
            elif f["kind"] == "box":
                x, y, w, h = f["x"] + 1, f["y"] + f["h"] - 1, f["w"] - 2, f["h"] - 2
            else:
                x, y, w, h = f["x"] + 2, f["y"] - 1, f["w"] - 4, 13
            af.textfield(
                name=ACRO_NAMES[name],
                value=t,
                x=x,
                y=fl._y(y),
                width=w,
                height=h,
                fontName="Helvetica",
                fontSize=9 if f["kind"] != "comb" else 10,
                borderWidth=0,
                fillColor=clear,
                borderColor=clear,
                textColor=Color(0, 0, 0),
                **kw,
            )


def _cb_name(name):
    return {"sex_F": "sexe_f", "sex_M": "sexe_m"}.get(name, name.replace("sit_", "situation_"))


def comb_appearances(path):
    """reportlab does not space comb fields: write one glyph per cell in their /AP."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for pg in pdf.pages:
            for a in pg.get("/Annots", []):
                if a.get("/FT") != "/Tx" or not int(a.get("/Ff", 0)) & (1 << 24):
                    continue
                ap = a.AP.N
                font = [t for t in ap.read_bytes().split(b"\n") if b" Tf" in t]
                x0, y0, x1, y1 = [float(t) for t in a.Rect]
                n, val = int(a.MaxLen), str(a.get("/V", ""))
                cw = (x1 - x0) / n
                ops = [b"/Tx BMC q BT", font[0] if font else b"/Helv 10 Tf", b"0 g"]
                for i, ch in enumerate(val[:n]):
                    w = pdfmetrics.stringWidth(ch, "Helvetica", 10)
                    x = (i + 0.5) * cw - w / 2
                    enc = ch.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
                    ops.append(b"1 0 0 1 %.2f %.2f Tm (" % (x, (y1 - y0) * 0.28) + enc + b") Tj")
                ops.append(b"ET Q EMC")
                ap.write(b"\n".join(ops))
        pdf.save(path, deterministic_id=True)


def strip_appearances(path):
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for pg in pdf.pages:
            for a in pg.get("/Annots", []):
                if "/AP" in a and a.get("/FT") == "/Tx":
                    del a["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        pdf.save(path, deterministic_id=True)


def raster(path):
    doc = pdfium.PdfDocument(str(path))
    doc.init_forms()
    out = [doc[i].render(scale=S, may_draw_forms=True).to_pil().convert("RGB") for i in range(2)]
    doc.close()
    return out


def hand_fill(imgs, fm, v, on, pen, rng, fill, opts, ticks):
    for name, f in fm.f.items():
        img = imgs[f["page"] - 1]
        if f["kind"] == "check":
            if on.get(name):
                hi.tick(img, f, S, ticks, pen.color, rng)
            continue
        t = v.get(name)
        if not t or name in ("place", "date"):
            continue
        if f["kind"] == "comb":
            pen.comb(img, f, S, t, touch=opts.get("touch") and rng.random() < 0.6)
        elif f["kind"] == "box":
            x, base = (f["x"] + 4) * S, (f["y"] + f["h"] - 3.5) * S
            if name == "city" and opts.get("correct"):
                wrong = "QUIMPER" if t.isupper() else "Quimper"
                x1 = pen.text(img, x, base, wrong, f["h"] * 0.8 * S)
                hi.strike(img, x, x1, base, f["h"] * 0.8 * S, pen.color, rng)
                x = x1 + 12 * S
            pen.text(img, x, base, t, f["h"] * 0.8 * S, max_w=(f["w"] - 8) * S)
        else:
            pen.text(img, (f["x"] + 6) * S, (f["y"] - 2) * S, t, 13 * S, max_w=(f["w"] - 8) * S)


def hand_sign_date(imgs, fm, v, dt, pen, rng, case, write_place):
    p2 = imgs[1]
    if write_place:
        f = fm.f["place"]
        pen.text(p2, (f["x"] + 6) * S, (f["y"] - 2) * S, v["place"], 13 * S)
    if dt:
        f = fm.f["date"]
        pen.text(p2, (f["x"] + 6) * S, (f["y"] - 2) * S, dt, 13 * S, max_w=(f["w"] - 8) * S)
    if case == "stray_mark":
        hi.stray(p2, fm.f["sig"], S, pen.color, rng)
    elif case not in ("unsigned", "label_only"):
        hi.signature(p2, fm.f["sig"], S, pen.color, rng)


def image_pdf(path, imgs):
    c = canvas.Canvas(str(path), pagesize=(fl.W, fl.H), invariant=1)
    for im in imgs:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=80)
        c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, fl.W, fl.H)
        c.showPage()
    c.save()


def make_doc(i, out):
    p, sit, fill = cases.P[i], cases.S[i], cases.F[i]
    run, way, case, as_of, sdate, dstyle, _place, look, arr, hand, ticks, opts = fill
    rng = random.Random(f"form_cb-{i + 1}")
    ink = INKS[rng.randrange(len(INKS))]
    pen = hi.Pen(rng, hand, ink, size_scale=rng.uniform(0.92, 1.08), slant=rng.uniform(-5, 3))
    v = values(p, sit, fill, hand, opts)
    on = checks(sit, p[3], fill)
    dt = date_text(sdate, "slash" if dstyle in ("typed", "hand") else dstyle)
    if dt and way == "hand":
        dt = hi.writable(hand, dt)
    scratch = Path("/tmp/mk_form_cb")
    scratch.mkdir(parents=True, exist_ok=True)
    tmp = scratch / f"d{i + 1:03d}.pdf"
    ddir = out / "documents" / f"d{i + 1:03d}"
    ddir.mkdir(parents=True, exist_ok=True)
    signed = case not in ("unsigned", "label_only", "stray_mark")
    if way == "acroform":
        av = dict(v, date=dt or "")
        sig = hi.signature_png(rng, ink) if (signed and opts.get("sig")) else None
        signed = sig is not None
        fm = build_pdf(tmp, run, av, on, acro=True, sig_png=sig)
        comb_appearances(tmp)
        if not opts.get("ap"):
            strip_appearances(tmp)
        name = rng.choice(["S1106_formulaire_rempli.pdf", "demande_PUMa.pdf", "cerfa_15763.pdf"])
        (ddir / name).write_bytes(tmp.read_bytes())
        files = [{"path": name, "pages": [1, 2]}]
        look = "text_pdf"
    else:
        typed_date = dstyle == "typed"
        if way == "hand":
            fm = build_pdf(tmp, run)
        elif way == "typed_print":
            tv = dict(v, date=dt if typed_date else "")
            font = rng.choice(["Arial", "Courier", "Roboto"])
            fm = build_pdf(tmp, run, tv, on, font=font, size=9.5 if font != "Courier" else 10)
        else:
            fm = build_pdf(tmp, run, dict(v, date=dt if typed_date else ""), on, acro=True)
            comb_appearances(tmp)
        imgs = raster(tmp)
        if way == "hand":
            hand_fill(imgs, fm, v, on, pen, rng, fill, opts, ticks)
        hand_sign_date(imgs, fm, v, None if typed_date else dt, pen, rng, case, way == "hand")
        files, look = arrange(imgs, arr, look, rng, ddir, opts)
    date_shown = dt if case != "no_date" else None
    emp = None
    if len(sit[0]) == 1:
        emp = {"salarie": "employed", "independant": "other", "autre": "other"}.get(
            sit[0][0], "not_employed"
        )
    nir = (v["nir13"] + v["nirkey"]) if "nir13" in v else None
    fields = {
        "surname": v["surname"],
        "usage_name": v["usage_name"] or None,
        "given_names": v["given_names"],
        "sex": p[3],
        "date_of_birth": p[4],
        "employment_status": emp,
        "situation": "+".join(sit[0]) or None,
        "contract_type": sit[1],
        "signed": signed,
        "signed_on": sdate if date_shown else None,
        "date_text": date_shown,
        "place": v["place"],
        "nir": nir,
    }
    status = cases.STATUS[case]
    notes = (
        f"print run {run}; fill {way}; hand font {hand}; ticks {ticks}; arrangement {arr}"
        + (
            "; pages of the PDF in reverse order (page 1 of the form is PDF page 2)"
            if arr == "pdf1_rev"
            else ""
        )
        + ("; commune corrected: 'Quimper' crossed out" if opts.get("correct") else "")
        + (
            "; AcroForm without appearance streams (NeedAppearances)"
            if way == "acroform" and not opts.get("ap")
            else ""
        )
    )
    truth = {
        "as_of": as_of,
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": status,
        "defect": cases.DEFECT.get(case),
        "fill_way": way,
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
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        ],
    }
    if case == "future_date":
        assert sdate > as_of
    elif sdate:
        assert sdate <= as_of
    assert "2026-11-16" <= as_of <= "2026-12-01"
    (out / "documents" / f"d{i + 1:03d}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def arrange(imgs, arr, look, rng, ddir, opts):
    if look == "phone_photo":
        rot = opts.get("rot", 0)
        shots = [hi.photo(im, rng, rot=rot if k == 0 else 0) for k, im in enumerate(imgs)]
        day = rng.randint(1, 14)
        t0 = rng.randint(9 * 3600, 21 * 3600)
        names = []
        for k in range(2):
            t = t0 + k * rng.randint(8, 50)
            names.append(f"IMG_202611{day:02d}_{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}.jpg")
        for n, im in zip(names, shots):
            im.save(ddir / n, "JPEG", quality=88)
        return [{"path": n, "pages": [1]} for n in names], look
    dpi = rng.choice([150, 200, 300]) if look == "scan" else 200
    pages = [hi.scan(im, rng, dpi) for im in imgs]
    if arr.startswith("pdf"):
        if arr == "pdf2":
            names = ["formulaire_page1.pdf", "formulaire_page2.pdf"]
            for n, im in zip(names, pages):
                image_pdf(ddir / n, [im])
            return [{"path": n, "pages": [1]} for n in names], "image_pdf"
        name = rng.choice(["scan_demande_cpam.pdf", "Numérisation_0001.pdf", "doc12.pdf"])
        if arr == "pdf1_rev":
            image_pdf(ddir / name, pages[::-1])
            return [{"path": name, "pages": [2, 1]}], "image_pdf"
        image_pdf(ddir / name, pages)
        return [{"path": name, "pages": [1, 2]}], "image_pdf"
    n0 = rng.randint(10, 80)
    ext = rng.choice(["jpg", "png"]) if dpi < 300 else "jpg"
    if arr == "img2_rev":
        names = [f"scan_{n0 + 1:04d}.{ext}", f"scan_{n0:04d}.{ext}"]
    else:
        names = [f"scan_{n0:04d}.{ext}", f"scan_{n0 + 1:04d}.{ext}"]
    for n, im in zip(names, pages):
        if ext == "jpg":
            im.save(ddir / n, "JPEG", quality=rng.choice([78, 85, 92]), dpi=(dpi, dpi))
        else:
            im.convert("L").save(ddir / n, "PNG", dpi=(dpi, dpi))
    return [{"path": n, "pages": [1]} for n in names], "scan"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    docs = []
    for i in range(len(cases.F)):
        make_doc(i, out)
        docs.append(f"d{i + 1:03d}")
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
