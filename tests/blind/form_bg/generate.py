"""Blind set: PUMa application forms (cerfa 15763*02, S1106), filled in four ways.

Usage: generate.py OUT_DIR
"""

import io
import json
import os
import random
import sys
import tempfile

import pikepdf
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import degrade  # noqa: E402
import hand  # noqa: E402
from layout import Form  # noqa: E402
from specs import DEFECTS, SPECS, STATUS, check_specs, nir15  # noqa: E402

EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CT_KEY = {"CDI": "ct_CDI", "CDD": "ct_CDD", "interim": "ct_interim"}


def dob_digits(iso):
    y, m, d = iso.split("-")
    return d + m + y


def values(s):
    """What is written in each slot (before the hand's capitalisation)."""
    v = {
        "surname": s["surname"],
        "usage_name": s["usage"] or "",
        "given_names": s["given"],
        "dob": dob_digits(s["dob"]),
        "birth_town": s["btown"],
        "birth_country": s["bcountry"],
        "nationality": s["nat"],
        "nir": nir15(s["id"]) or "",
        "address": s["addr"],
        "postcode": s["cp"],
        "town": s["town"],
        "phone": s["phone"],
        "email": s["email"],
        "job": s["job"],
        "other_text": s.get("other", ""),
        "place": s["place"],
        "date": s["date_text"] or "",
    }
    return v


def boxes(s):
    out = ["sex_" + s["sex"]] + ["sit_" + k for k in s["sit"]]
    if s["contract"]:
        out.append(CT_KEY[s["contract"]])
    return out


# ------------------------------------------------------------------ fillers
class HandFiller:
    def __init__(self, s, rng):
        self.s, self.rng = s, rng
        self.st = hand.HANDS[s["hand"]]
        self.kind = rng.choice(["cross", "cross", "check"])
        self.written = {}

    def text(self, c, key, slot, val):
        if not val:
            return
        if slot["kind"] == "comb":
            hand.write_comb(c, slot["cells"], val, self.st, self.rng)
            self.written[key] = val.upper()
        else:
            caps = True if key in ("surname", "usage_name") else None
            hand.write(
                c,
                val,
                slot["x"] + self.rng.uniform(0, 6),
                slot["y"] + 1,
                self.st,
                self.rng,
                caps=caps,
            )
            self.written[key] = val.upper() if (caps or self.st["caps"]) else val
            if key == "email":
                self.written[key] = val.lower() if not self.st["caps"] else val.upper()

    def box(self, c, key, slot):
        hand.tick_box(c, slot, self.st, self.rng, self.kind)

    def signature(self, c, slot):
        hand.draw_signature(c, slot, self.s["surname"], self.st, self.rng)


class TypedFiller:
    """Typed on screen in a PDF viewer, then printed."""

    def __init__(self, s, rng):
        self.s, self.rng = s, rng
        self.font = rng.choice(["LibSans", "DVCond"])
        self.size = rng.choice([10, 10.5, 11])
        self.written = {}
        self.st = hand.HANDS[s["hand"]]

    def text(self, c, key, slot, val):
        if not val:
            return
        c.setFillColor(black)
        c.setFont(self.font, self.size)
        if slot["kind"] == "comb":
            for ch, (x, y, w, h) in zip(val, slot["cells"], strict=False):
                c.drawCentredString(x + w / 2, y + h * 0.22, ch)
        else:
            c.drawString(slot["x"], slot["y"] + 1, val)
        self.written[key] = val

    def box(self, c, key, slot):
        c.setFont(self.font, slot["s"] + 1.5)
        c.drawCentredString(slot["x"] + slot["s"] / 2, slot["y"] + 1, "X")

    def signature(self, c, slot):
        hand.draw_signature(c, slot, self.s["surname"], self.st, self.rng)


def fill_overlay(c, form, page, s, filler, rng):
    v = values(s)
    sl = form.slots
    if page == 1:
        for key in (
            "surname",
            "usage_name",
            "given_names",
            "birth_town",
            "birth_country",
            "nationality",
            "address",
            "town",
            "phone",
            "email",
            "job",
            "other_text",
        ):
            if key in sl:
                filler.text(c, key, sl[key], v[key])
        for key in ("dob", "nir", "postcode"):
            filler.text(c, key, sl[key], v[key])
        for b in boxes(s):
            filler.box(c, b, sl[b])
        return
    filler.text(c, "place", sl["place"], v["place"])
    if s.get("hand_date") and isinstance(filler, TypedFiller):
        hf = HandFiller(s, rng)
        hf.text(c, "date", sl["date"], v["date"])
    else:
        filler.text(c, "date", sl["date"], v["date"])
    if s["sig"] == "sig":
        filler.signature(c, sl["signature"])
    elif s["sig"] == "stray":
        hand.stray_mark(c, sl["signature"], filler.st, rng)


# acroform field names per print run (R1 like the official XFA export, R2/R3 short)
def fname(run, key, i=None):
    base = {
        "surname": "NomNaissance",
        "usage_name": "NomUsage",
        "given_names": "Prenoms",
        "dob": "DateNaissance",
        "birth_town": "LieuNaissCommune",
        "birth_country": "LieuNaissPays",
        "nationality": "Nationalite",
        "nir": "NIR",
        "address": "Adresse",
        "postcode": "CodePostal",
        "town": "Commune",
        "phone": "Telephone",
        "email": "Courriel",
        "job": "EmploiOccupe",
        "other_text": "AutreSituationPrecision",
        "place": "FaitA",
        "date": "DateSignature",
    }.get(key, key)
    if run == "R1":
        base = "topmostSubform_Page1_" + base
    return base if i is None else "%s_%02d" % (base, i + 1)


def fill_acro(c, form, page, s, rng, printed):
    f = c.acroForm
    v = values(s)
    sl = form.slots
    run = s["run"]
    bg = None if printed or rng.random() < 0.5 else Color(0.85, 0.9, 1.0)
    keys = (
        [
            "surname",
            "usage_name",
            "given_names",
            "dob",
            "birth_town",
            "birth_country",
            "nationality",
            "nir",
            "address",
            "postcode",
            "town",
            "phone",
            "email",
            "job",
            "other_text",
        ]
        if page == 1
        else ["place", "date"]
    )
    written = {}
    for key in keys:
        if key not in sl:
            continue
        slot, val = sl[key], v[key]
        if slot["kind"] == "comb":
            for i, (x, y, w, h) in enumerate(slot["cells"]):
                ch = val[i] if i < len(val) else ""
                f.textfield(
                    name=fname(run, key, i),
                    value=ch,
                    x=x + 1,
                    y=y + 1,
                    width=w - 2,
                    height=h - 2,
                    maxlen=1,
                    fontName="Helvetica",
                    fontSize=10,
                    borderWidth=0,
                    fillColor=bg,
                    textColor=black,
                )
        else:
            f.textfield(
                name=fname(run, key),
                value=val,
                x=slot["x"] - 2,
                y=slot["y"] - 3,
                width=slot["w"],
                height=slot["h"] + 2,
                fontName="Helvetica",
                fontSize=10,
                borderWidth=0,
                fillColor=bg,
                textColor=black,
            )
        written[key] = val
    if page == 1:
        on = set(boxes(s))
        for key, slot in sl.items():
            if slot["kind"] == "box":
                f.checkbox(
                    name="Case_" + key,
                    x=slot["x"],
                    y=slot["y"],
                    size=slot["s"],
                    checked=key in on,
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=bg,
                    borderColor=None,
                    textColor=black,
                )
        return written
    st = hand.HANDS[s["hand"]]
    r = sl["signature"]
    if s["sig"] == "sig":
        if printed:
            hand.draw_signature(c, r, s["surname"], st, rng)
        else:
            png = hand.signature_png(s["surname"], st, rng)
            buf = io.BytesIO()
            png.save(buf, "PNG")
            buf.seek(0)
            w = r["w"] * rng.uniform(0.6, 0.8)
            h = w * png.height / png.width
            c.drawImage(
                ImageReader(buf),
                r["x"] + rng.uniform(4, r["w"] - w - 4),
                r["y"] + rng.uniform(2, max(3, r["h"] - h - 2)),
                w,
                h,
                mask="auto",
            )
    elif s["sig"] == "stray":
        hand.stray_mark(c, r, st, rng)
    return written


def build_pdf(s, path, rng):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("l'Assurance Maladie")
    form = Form(c, s["run"])
    written = {}
    filler = None
    if s["fill"] == "hand":
        filler = HandFiller(s, rng)
    elif s["fill"] == "typed_print":
        filler = TypedFiller(s, rng)
    for page in (1, 2):
        form.slots = {}
        form.page1() if page == 1 else form.page2()
        if filler:
            fill_overlay(c, form, page, s, filler, rng)
        else:
            written.update(fill_acro(c, form, page, s, rng, s["fill"] == "acroform_printed"))
        c.showPage()
    c.save()
    if filler:
        written = filler.written
    if s["fill"] == "acroform" and not s.get("ap", True):
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            for pg in pdf.pages:
                for a in pg.get("/Annots", []):
                    if "/AP" in a:
                        del a["/AP"]
            pdf.Root.AcroForm.NeedAppearances = True
            pdf.save(path, static_id=True, deterministic_id=False)
    return written


# ------------------------------------------------------------------ arrangements
def arrange(s, tmp_pdf, outdir, rng):
    """Write the files of one document; return truth 'files' (page 1 first)."""
    arr, fill = s["arr"], s["fill"]
    if fill == "acroform":
        name = rng.choice(
            [
                "S1106_demande_PUMa.pdf",
                "formulaire_15763-02_rempli.pdf",
                "demande_ouverture_droits.pdf",
            ]
        )
        with open(tmp_pdf, "rb") as fh, open(os.path.join(outdir, name), "wb") as out:
            out.write(fh.read())
        return [{"path": name, "pages": [1, 2]}]
    photo = arr == "photos"
    pages = degrade.render_pdf(
        tmp_pdf, 300 if photo else rng.choice([150, 200, 300]), forms=fill == "acroform_printed"
    )
    grey = rng.random() < 0.3
    if photo:
        names = ["IMG_%04d.jpg" % n for n in (rng.randrange(2000, 9000),)]
        names.append("IMG_%04d.jpg" % (int(names[0][4:8]) + 1))
        for i, (p, n) in enumerate(zip(pages, names, strict=False)):
            img = degrade.photo(p, rng, rot=s["rots"][i])
            degrade.save_jpeg(img, os.path.join(outdir, n), q=rng.choice([82, 88, 92]))
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    scans = [degrade.scan(p, rng, grey=grey) for p in pages]
    if arr == "pdf":
        name = rng.choice(["scan_demande_cpam.pdf", "Numérisation_20261112.pdf", "cerfa.pdf"])
        degrade.images_pdf(scans, os.path.join(outdir, name), q=rng.choice([70, 80]))
        return [{"path": name, "pages": [1, 2]}]
    if arr == "pdf_rev":
        name = "doc%05d.pdf" % rng.randrange(10000, 99999)
        degrade.images_pdf(scans[::-1], os.path.join(outdir, name), q=75)
        return [{"path": name, "pages": [2, 1]}]
    if arr == "two_pdfs":
        names = ["formulaire_page1.pdf", "formulaire_page2.pdf"]
        if rng.random() < 0.5:
            names = ["cerfa_15763_p1.pdf", "cerfa_15763_p2.pdf"]
        for sc, n in zip(scans, names, strict=False):
            degrade.images_pdf([sc], os.path.join(outdir, n), q=78)
        return [{"path": n, "pages": [1]} for n in names]
    n0 = rng.randrange(10, 900)
    if arr == "two_images":
        names = ["scan_%04d.jpg" % n0, "scan_%04d.jpg" % (n0 + 1)]
    else:  # two_images_rev: scanned page 2 first, so page 2's name sorts first
        names = ["scan_%04d.jpg" % (n0 + 1), "scan_%04d.jpg" % n0]
    for sc, n in zip(scans, names, strict=False):
        degrade.save_jpeg(sc, os.path.join(outdir, n), q=rng.choice([80, 88]))
    return [{"path": n, "pages": [1]} for n in names]


# ------------------------------------------------------------------ truth
def truth(s, written, files):
    sit = s["sit"]
    one = len(sit) == 1
    fields = {
        "surname": written["surname"],
        "usage_name": written.get("usage_name") or None,
        "given_names": written["given_names"],
        "sex": s["sex"],
        "date_of_birth": s["dob"],
        "employment_status": EMPLOYMENT[sit[0]] if one else None,
        "situation": "+".join(sit) if sit else None,
        "contract_type": s["contract"],
        "signed": s["sig"] == "sig",
        "signed_on": s["signed_on"],
        "date_text": s["date_text"],
        "place": written.get("place", s["place"]),
        "nir": nir15(s["id"]),
    }
    notes = {
        "hand": "filled by hand (%s hand), signed by hand" % s["hand"],
        "typed_print": "typed in a PDF viewer, printed, signed by hand",
        "acroform": "fillable PDF (AcroForm fields, %s appearance streams)"
        % ("with" if s.get("ap", True) else "without, NeedAppearances"),
        "acroform_printed": "fillable PDF printed with its values, signed by hand",
    }[s["fill"]]
    if s.get("hand_date"):
        notes += "; date written by hand"
    notes += "; print run %s; arrangement %s" % (s["run"], s["arr"])
    return {
        "as_of": s["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "defect": DEFECTS.get(s["case"]),
        "form_status": STATUS[s["case"]],
        "fill_way": s["fill"],
        "case": s["case"],
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": s["dob"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": s["look"],
                "fields": fields,
                "notes": notes,
            }
        ],
    }


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    check_specs()
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    hand.register()
    ids = []
    with tempfile.TemporaryDirectory() as tmp:
        for s in SPECS:
            rng = random.Random("form_bg/" + s["id"])
            ddir = os.path.join(out, "documents", s["id"])
            os.makedirs(ddir, exist_ok=True)
            for old in os.listdir(ddir):
                os.remove(os.path.join(ddir, old))
            tmp_pdf = os.path.join(tmp, s["id"] + ".pdf")
            written = build_pdf(s, tmp_pdf, rng)
            files = arrange(s, tmp_pdf, ddir, rng)
            t = truth(s, written, files)
            with open(os.path.join(out, "documents", s["id"] + ".truth.json"), "w") as fh:
                json.dump(t, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
            ids.append(s["id"])
            print(s["id"], s["fill"], s["case"], [f["path"] for f in files], file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump({"packets": [], "documents": ids}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
