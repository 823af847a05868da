"""Blind set form_bt: 20 filled cerfa 15763*02 application forms.

Usage: python generate.py OUT_DIR
"""

import datetime
import io
import itertools
import json
import random
import sys
from pathlib import Path

import cv2
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import ink
import layout

cv2.setNumThreads(1)

SIT_KEY = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
}
SIT_TRUTH = {
    "salarie": "salarie",
    "independant": "independant",
    "demandeur": "demandeur_emploi",
    "etudiant": "etudiant",
    "sans_activite": "sans_activite",
    "autre": "autre",
}
EMPLOY = {
    "salarie": "employed",
    "independant": "other",
    "demandeur": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CT_KEY = {"CDI": "ct_cdi", "CDD": "ct_cdd", "intérim": "ct_interim"}
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
    "label_only": "signature box holds only the printed label, no signature",
    "stray_mark": "a stray dot in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
# AcroForm field names of the two fillable print runs
FNAMES_A = {
    "nom": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "sexe_f": "Sexe_F",
    "sexe_m": "Sexe_M",
    "dob_j": "DateNaiss_JJ",
    "dob_m": "DateNaiss_MM",
    "dob_a": "DateNaiss_AAAA",
    "lieu_commune": "LieuNaiss_Commune",
    "lieu_pays": "LieuNaiss_Pays",
    "nation": "Nationalite",
    "nir": "NIR",
    "nir_cle": "NIR_Cle",
    "adresse": "Adresse",
    "cp": "CodePostal",
    "commune": "Commune",
    "tel": "Telephone",
    "email": "Courriel",
    "emploi": "EmploiOccupe",
    "autre_txt": "AutreSituation_Precision",
    "fait_a": "FaitA",
    "le": "Le",
}


def fname(run, key, part=None):
    base = FNAMES_A.get(key) or key.replace("sit_", "Situation_").replace("ct_", "Contrat_")
    if run == "B":
        pg = 2 if key in ("fait_a", "le") else 1
        base = f"topmostSubform[0].Page{pg}[0].{key}"
        return base + (f"[{part}]" if part is not None else "[0]")
    return base + (f"_{part + 1}" if part is not None else "")


def nir_full(n13):
    key = 97 - int(n13) % 97
    assert (int(n13) + key) % 97 == 0 and len(n13) == 13
    return n13 + f"{key:02d}"


def values(it):
    """(texts, combs, ticks) of an item, as written/typed on the form."""
    run = it["run"]
    y, m, d = it["dob"].split("-")
    texts = {
        "lieu_commune": it["birth"][0],
        "lieu_pays": it["birth"][1],
        "nation": it["nat"],
        "adresse": it["addr"],
        "commune": it["commune"],
        "tel": it["tel"],
        "email": it["email"],
        "fait_a": it["place"],
    }
    combs = {"dob_j": d, "dob_m": m, "dob_a": y, "cp": it["cp"]}
    names = {"nom": it["surname"], "nom_usage": it["usage"], "prenoms": it["given"]}
    for k, v in names.items():
        if v:
            (combs if run == "A" else texts)[k] = v
    if it["nir"]:
        full = nir_full(it["nir"])
        combs["nir"], combs["nir_cle"] = full[:13], full[13:]
    if it["job"]:
        texts["emploi"] = it["job"]
    if it["autre"]:
        texts["autre_txt"] = it["autre"]
    if it["date_text"]:
        texts["le"] = it["date_text"]
    ticks = {"sexe_f" if it["sex"] == "F" else "sexe_m"}
    ticks |= {SIT_KEY[s] for s in it["sit"]}
    if it["contract"]:
        ticks.add(CT_KEY[it["contract"]])
    return texts, combs, ticks


def _groups(cells):
    out, cur = [], [cells[0]]
    for a, b in itertools.pairwise(cells):
        if abs(a[0] + a[2] - b[0]) < 0.5:
            cur.append(b)
        else:
            out.append(cur)
            cur = [b]
    out.append(cur)
    return out


def _typed(c, it, g, page, texts, combs, ticks, skip):
    font = it.get("typed", "Courier")
    for k, s in texts.items():
        if k not in g or g[k]["page"] != page or k in skip:
            continue
        x, y, w, h = g[k]["rect"]
        c.setFont(font, 10)
        c.drawString(x + 4, y + (4.5 if h > 14.5 else 3), s)
    for k, s in combs.items():
        if k not in g or g[k]["page"] != page:
            continue
        c.setFont(font, 10.5)
        for (x, y, w, h), ch in zip(g[k]["cells"], s):
            c.drawCentredString(x + w / 2, y + h * 0.27, ch)
    for k in ticks:
        if k in g and g[k]["page"] == page:
            x, y, w, h = g[k]["rect"]
            c.setFont("Helvetica", w * 0.95)
            c.drawCentredString(x + w / 2, y + w * 0.17, "X")


def _acro(c, it, g, page, texts, combs, ticks):
    form, run = c.acroForm, it["run"]
    common = {"borderWidth": 0, "fillColor": None, "fontName": "Helvetica", "textColor": None}
    for k, spec in g.items():
        if spec["page"] != page or k == "signature":
            continue
        if spec["kind"] == "text":
            x, y, w, h = spec["rect"]
            form.textfield(
                name=fname(run, k),
                value=texts.get(k, ""),
                x=x + 2,
                y=y + 1,
                width=w - 4,
                height=h - 2,
                fontSize=10,
                maxlen=None,
                **common,
            )
        elif spec["kind"] == "comb":
            groups = _groups(spec["cells"])
            s = combs.get(k, "")
            pos = 0
            for i, grp in enumerate(groups):
                part = s[pos : pos + len(grp)]
                pos += len(grp)
                x, y, w0, h = grp[0]
                form.textfield(
                    name=fname(run, k, i if len(groups) > 1 else None),
                    value=part,
                    x=x,
                    y=y,
                    width=w0 * len(grp),
                    height=h,
                    fontSize=10,
                    maxlen=len(grp),
                    fieldFlags="comb",
                    **common,
                )
        else:
            x, y, w, h = spec["rect"]
            form.checkbox(
                name=fname(run, k),
                checked=k in ticks,
                x=x,
                y=y,
                size=w,
                borderWidth=0,
                fillColor=None,
                buttonStyle="cross" if run == "A" else "check",
                textColor=None,
            )


def build_pdf(it, mode, sig=None):
    """Return (pdf bytes, geometry). mode: typed | acro."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.W, layout.H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    g = {}
    texts, combs, ticks = values(it)
    skip = set()
    if mode == "typed" and not it.get("typed_date", True):
        skip.add("le")
    for p in (1, 2):
        layout.draw_page(c, it["run"], p, g)
        if mode == "typed":
            _typed(c, it, g, p, texts, combs, ticks, skip)
        elif mode == "acro":
            _acro(c, it, g, p, texts, combs, ticks)
            if p == 2 and sig is not None:
                x, y, w, h = g["signature"]["rect"]
                sw = w * 0.62
                sh = sw * sig.size[1] / sig.size[0]
                if sh > h * 0.62:
                    sh = h * 0.62
                    sw = sh * sig.size[0] / sig.size[1]
                c.drawImage(ImageReader(sig), x + w * 0.15, y + h * 0.14, sw, sh, mask="auto")
        c.showPage()
    c.save()
    return buf.getvalue(), g


def fix_appearances(data, with_ap):
    """Comb fields get a comb appearance; without AP every text widget loses its /AP."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for a in page.obj.get("/Annots", []):
            if a.get("/FT") != "/Tx":
                continue
            if not with_ap:
                del a["/AP"]
                continue
            if not int(a.get("/Ff", 0)) & (1 << 24):
                continue
            x0, y0, x1, y1 = [float(v) for v in a.Rect]
            n = int(a.MaxLen)
            val = str(a.get("/V", ""))
            old = a.AP.N
            fn = next(iter(old.Resources.Font.keys()))
            cw = (x1 - x0) / n
            ops = [f"/Tx BMC q BT 0 g {fn} 10 Tf"]
            for i, ch in enumerate(val):
                dx = x0 * 0 + i * cw + (cw - stringWidth(ch, "Helvetica", 10)) / 2
                dy = (y1 - y0 - 7.2) / 2
                esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"1 0 0 1 {dx:.2f} {dy:.2f} Tm ({esc}) Tj")
            ops.append("ET Q EMC")
            st = pikepdf.Stream(pdf, "\n".join(ops).encode("cp1252"))
            st.Type, st.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
            st.BBox = [0, 0, x1 - x0, y1 - y0]
            st.Resources = old.Resources
            a.AP.N = st
    if not with_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def render(data, dpi, forms=False):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    imgs = []
    for i in range(len(pdf)):
        pg = pdf[i]
        imgs.append(pg.render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB"))
        pg.close()
    pdf.close()
    return imgs


def blank(it):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.W, layout.H), invariant=1)
    g = {}
    for p in (1, 2):
        layout.draw_page(c, it["run"], p, g)
        c.showPage()
    c.save()
    return buf.getvalue(), g


def hand_fill(it, pages, g, dpi, rng, what):
    """Write the parts of `what` (all | sign | sign_date) by hand on the page images."""
    k = dpi / 72
    texts, combs, ticks = values(it)
    out = []
    for pno, img in enumerate(pages, start=1):
        w = ink.Writer(img, k, rng, it["hand"], it["ink"])
        if what == "all":
            for key, s in texts.items():
                if g[key]["page"] == pno:
                    w.text(g[key]["rect"], s, size_pt=11 if key != "email" else 10)
            for key, s in combs.items():
                if g[key]["page"] == pno:
                    w.comb(g[key]["cells"], s)
            style = rng.choice(["x", "check"])
            for key in sorted(ticks):
                if g[key]["page"] == pno:
                    w.tick(g[key]["rect"], style)
        if what == "sign_date" and pno == 2 and it["date_text"]:
            w.text(g["le"]["rect"], it["date_text"], size_pt=11)
        if pno == 2:
            box = g["signature"]["rect"]
            if it["sig"]:
                sig = ink.signature(it["sig"], rng, it["ink"], height=int(50 * k))
                w.paste(sig, box, where=(0.1, 0.22 if it["run"] == "B" else 0.12))
            elif it["case"] == "stray_mark":
                w.dot(box, rng)
        out.append(w.done())
    return out


def capture(it, pages, rng, dest):
    """Write the files of an item from its two page images (page 1 first)."""
    look, arr, files = it["look"], it["arr"], it["files"]
    dest.mkdir(parents=True, exist_ok=True)
    gray = it.get("gray", False)
    if look in ("scan", "image_pdf"):
        shots = [ink.scan(p, rng, gray=gray) for p in pages]
    else:
        shots = [ink.photo(p, rng, rot=r) for p, r in zip(pages, it["rot"])]
    fixed = datetime.datetime(2026, 11, 1, 9, 0, 0).timetuple()
    if look == "image_pdf":
        jpgs = []
        for s in shots:
            b = io.BytesIO()
            s.save(b, "JPEG", quality=rng.randint(68, 82))
            jpgs.append(Image.open(io.BytesIO(b.getvalue())))
        order = jpgs[::-1] if arr == "pdf_rev" else jpgs
        pdfs = [order] if arr in ("pdf1", "pdf_rev") else [[j] for j in order]
        for name, pl in zip(files, pdfs):
            pl[0].save(
                dest / name,
                "PDF",
                save_all=True,
                append_images=pl[1:],
                resolution=it["dpi"],
                creationDate=fixed,
                modDate=fixed,
                producer="Canon MF Scan Utility",
            )
    else:
        for name, s in zip(files, shots):
            if name.endswith(".png"):
                s.save(dest / name, "PNG")
            else:
                s.save(dest / name, "JPEG", quality=rng.randint(80, 90))


def truth(it):
    sit = it["sit"]
    one = len(sit) == 1
    fields = {
        "surname": it["surname"],
        "usage_name": it["usage"],
        "given_names": it["given"],
        "sex": it["sex"],
        "date_of_birth": it["dob"],
        "employment_status": EMPLOY[sit[0]] if one else None,
        "situation": "+".join(SIT_TRUTH[s] for s in sit) or None,
        "contract_type": it["contract"],
        "signed": it["signed"],
        "signed_on": it["signed_on"],
        "date_text": it["date_text"],
        "place": it["place"],
        "nir": nir_full(it["nir"]) if it["nir"] else None,
    }
    arr = it["arr"]
    if arr == "pdf1":
        files = [{"path": it["files"][0], "pages": [1, 2]}]
    elif arr == "pdf_rev":
        files = [{"path": it["files"][0], "pages": [2, 1]}]
    else:
        files = [{"path": f, "pages": [1]} for f in it["files"]]
    notes = [f"print run {it['run']}", f"fill way {it['fill']}"]
    if arr == "pdf_rev":
        notes.append("pages in reverse order: page 1 of the form is page 2 of the PDF")
    if arr == "img2_rev":
        notes.append("file names sort page 2 first")
    if it.get("rot"):
        notes.append("photo rotations (ccw) " + ", ".join(f"{r}" for r in it["rot"]))
    if it["fill"] == "acroform":
        notes.append("AcroForm fields " + ("with" if it["ap"] else "without") + " appearances")
    if it["case"] == "label_only":
        notes.append("only the grey printed 'Signature du demandeur' in the box")
    return {
        "as_of": it["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[it["case"]],
        "defect": DEFECT.get(it["case"]),
        "fill_way": it["fill"],
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
                "look": it["look"],
                "fields": fields,
                "notes": "; ".join(notes),
            }
        ],
    }


def make(it, out):
    rng = random.Random(f"form_bt-{it['id']}")
    dest = out / "documents" / it["id"]
    look = it["look"]
    dpi = 250 if look == "phone_photo" else rng.choice([150, 200, 200, 300])
    if look == "image_pdf":
        dpi = rng.choice([150, 200])
    it["dpi"] = dpi
    fill = it["fill"]
    if fill == "acroform":
        sig = None
        if it["sig"]:
            sig = ink.signature(it["sig"], rng, it["ink"], height=150)
        data, _ = build_pdf(it, "acro", sig)
        dest.mkdir(parents=True, exist_ok=True)
        (dest / it["files"][0]).write_bytes(fix_appearances(data, it["ap"]))
        return
    if fill == "hand":
        data, g = blank(it)
        pages = hand_fill(it, render(data, dpi), g, dpi, rng, "all")
    elif fill == "typed_print":
        data, g = build_pdf(it, "typed")
        what = "sign" if it.get("typed_date", True) else "sign_date"
        pages = hand_fill(it, render(data, dpi), g, dpi, rng, what)
    else:
        data, g = build_pdf(it, "acro")
        data = fix_appearances(data, True)
        pages = hand_fill(it, render(data, dpi, forms=True), g, dpi, rng, "sign")
    capture(it, pages, rng, dest)


def main():
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    ids = []
    items = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))
    for it in items:
        it = dict(it)
        make(it, out)
        (out / "documents" / f"{it['id']}.truth.json").write_text(
            json.dumps(truth(it), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        ids.append(it["id"])
    manifest = {"packets": [], "documents": ids}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
