"""Blind set form_bn: 32 application forms (cerfa 15763*02, S1106) as people send them.

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

import cv2
import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

import degrade
import layout
import pen
from people import PEOPLE, SPECS

cv2.setNumThreads(1)

MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
HAND_FONTS = ["Breip", "Dkg", "DkgIt", "Ecolier", "Femke", "Humor", "Rufscript"]
TYPE_FONTS = ["LibSans", "Carlito", "LibMono", "OpenSans", "Lato"]
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
    "unsigned": "form not signed: the signature box is empty",
    "label_only": "form not signed: only the printed word 'Signature' in the box",
    "stray_mark": "form not signed: only a stray mark in the signature box",
    "future_date": "form dated after the audit date",
    "us_date": "form dated MM/DD/YYYY (US order), not DD/MM/YYYY",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}


def nir_for(rng, sex, dob, country):
    body = f"{1 if sex == 'M' else 2}{dob[2:4]}{dob[5:7]}99{country}{rng.randint(1, 400):03d}"
    assert len(body) == 13 and body.isdigit()
    key = 97 - int(body) % 97
    nir = f"{body}{key:02d}"
    assert (int(nir[:13]) + int(nir[13:])) % 97 == 0 and 1 <= int(nir[13:]) <= 97
    return nir


def strip_accents_upper(s):
    import unicodedata

    return "".join(
        ch for ch in unicodedata.normalize("NFD", s.upper()) if unicodedata.category(ch) != "Mn"
    )


def iso(d):
    return d.isoformat()


def plan(spec):
    """Decide every value of one form; return (values, truth fields, extra)."""
    num, pi, fill, _arrangement, case, run, opts = spec
    rng = random.Random(f"form_bn/{num}")
    p = PEOPLE[pi]
    (sur, usage, given, sex, dob, bcity, bctry, nat, ccode, addr, pc, city, sit, ct, job) = p
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    if case == "us_date":
        as_of = dt.date(2026, 11, rng.randint(24, 30))
        signed = dt.date(2026, 11, rng.randint(13, as_of.day - 3))
        assert signed.day > 12
    elif case == "future_date":
        signed = as_of + dt.timedelta(days=rng.randint(4, 25))
    else:
        signed = as_of - dt.timedelta(days=rng.randint(2, 24))
    keep_accents = rng.random() < 0.6 or fill != "hand"
    cap = (lambda s: s.upper()) if keep_accents else strip_accents_upper
    w_sur = cap(sur)
    w_usage = cap(usage) if usage else None
    comb_given = run != 1
    w_given = cap(given) if comb_given else given
    if fill in ("typed_print", "acroform") and run == 1 and rng.random() < 0.3:
        w_given = given.upper()
    nir = nir_for(rng, sex, dob, ccode) if opts.get("nir") else None
    situations = [] if case == "none_ticked" else [sit]
    if case == "two_ticked":
        situations = [sit, "demandeur_emploi" if sit != "demandeur_emploi" else "etudiant"]
    date_text = f"{signed.day:02d}/{signed.month:02d}/{signed.year}"
    if case == "us_date":
        date_text = f"{signed.month:02d}/{signed.day:02d}/{signed.year}"
    if case == "date_words":
        date_text = f"{signed.day} {MONTHS[signed.month - 1]} {signed.year}"
    if case == "no_date":
        date_text = None
    place = city if rng.random() < 0.85 else city.split("-")[0]
    email_user = strip_accents_upper(given.split()[0] + "." + sur.split()[0]).lower()
    email_user = email_user.replace("'", "")
    phone = "06 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    values = {
        "surname": w_sur,
        "usage_name": w_usage,
        "given_names": w_given,
        "sex": sex,
        "dob": dob[8:10] + dob[5:7] + dob[0:4],
        "birth_place": f"{bcity} ({bctry})",
        "nationality": nat,
        "nir": nir,
        "address": addr,
        "postcode": pc,
        "city": city,
        "phone": phone,
        "email": f"{email_user}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.fr', 'outlook.fr'])}",
        "situations": situations,
        "contract": ct if sit == "salarie" else None,
        "job": job if sit == "salarie" else None,
        "other_text": job if sit == "autre" else None,
        "place": place,
        "date_text": date_text,
        "signed": case not in ("unsigned", "label_only", "stray_mark"),
        "stray": opts.get("stray"),
        "case": case,
    }
    if sit == "autre":
        values["other_text"] = job
    sit_truth = "+".join(situations) if situations else None
    fields = {
        "surname": w_sur,
        "usage_name": w_usage,
        "given_names": w_given,
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": EMPLOYMENT[sit] if len(situations) == 1 else None,
        "situation": sit_truth,
        "contract_type": values["contract"] if "salarie" in situations else None,
        "signed": values["signed"],
        "signed_on": iso(signed) if date_text else None,
        "date_text": date_text,
        "place": place,
        "nir": nir,
    }
    return rng, as_of, values, fields


# -- filling ----------------------------------------------------------------------------------


class Filler:
    def __init__(self, rng, values, fill, opts, hand_font, type_font):
        self.rng = rng
        self.v = values
        self.fill = fill
        self.opts = opts
        self.ink = rng.choice(["blue", "black", "darkblue", "bic"])
        self.hand = pen.Hand(rng, hand_font, self.ink)
        self.type_font = type_font
        self.type_size = rng.uniform(9.5, 11)
        self.tick = rng.choice(["tick", "cross", "cross"])
        self.comb_aligned = rng.random() < 0.6
        self.sig = pen.signature_path(rng, values["surname"])
        self.names = {"lc": _lc_name, "snake": _snake_name, "generic": _generic_name}[
            opts.get("names", "snake")
        ]
        self.nfield = 0

    # typed text
    def _type(self, c, x, y, s, size=None):
        if self.fill == "acroform_printed":
            c.setFont("Helvetica", size or 10)
        else:
            c.setFont(layout.font(self.type_font), size or self.type_size)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x, y, s)

    def text(self, c, slot, s, key):
        if s is None:
            return
        if self.fill == "hand":
            if slot["kind"] == "comb":
                self.hand.comb(c, slot, s)
            else:
                self.hand.write(c, slot["x"], slot["y"] + 1, s, max_w=slot["w"])
        elif self.fill == "acroform":
            self._field(c, slot, s, key)
        elif slot["kind"] == "comb":
            cells = slot["cells"]
            if self.comb_aligned or self.fill == "acroform_printed":
                for ch, (x, y, w, _h) in zip(s, cells):
                    self._type(c, x + w * 0.25, y + 3.5, ch)
            else:
                self._type(c, cells[0][0] + 2, cells[0][1] + 3.5, s)
        else:
            self._type(c, slot["x"], slot["y"] + 1, s)

    def _field(self, c, slot, s, key):
        name = self.names(key)
        if slot["kind"] == "comb":
            x, y, w, h = slot["cells"][0]
            n = len(slot["cells"])
            width = slot["cells"][-1][0] + w - x
            flags = "comb" if len(slot.get("groups", [n])) == 1 else ""
            c.acroForm.textfield(
                name=name, value=s, x=x, y=y, width=width, height=h, fontName="Helvetica",
                fontSize=10, borderWidth=0, fillColor=None, maxlen=n if flags else 100,
                fieldFlags=flags, textColor=None,
            )  # fmt: skip
        else:
            c.acroForm.textfield(
                name=name, value=s, x=slot["x"] - 2, y=slot["y"] - 3, width=slot["w"],
                height=14, fontName="Helvetica", fontSize=9.5, borderWidth=0, fillColor=None,
            )  # fmt: skip
        self.nfield += 1

    def check(self, c, slot, on, key):
        if self.fill == "acroform":
            c.acroForm.checkbox(
                name=self.names(key), x=slot["x"], y=slot["y"], size=slot["s"], checked=on,
                buttonStyle="cross", borderWidth=0, fillColor=None,
            )  # fmt: skip
            return
        if not on:
            return
        if self.fill == "hand":
            self.hand.mark(c, slot, self.tick)
        elif self.fill == "acroform_printed":
            c.setFont("ZapfDingbats", slot["s"] - 1)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(slot["x"] + 1, slot["y"] + 1.2, "8")
        else:
            c.setFont(layout.font(self.type_font), slot["s"] + 1)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(slot["x"] + 1.5, slot["y"] + 1.2, "X")

    def page1(self, c, s):
        v = self.v
        self.text(c, s["surname"], v["surname"], "surname")
        self.text(c, s["usage_name"], v["usage_name"], "usage_name")
        self.text(c, s["given_names"], v["given_names"], "given_names")
        self.check(c, s["sex_F"], v["sex"] == "F", "sex_F")
        self.check(c, s["sex_M"], v["sex"] == "M", "sex_M")
        if self.fill == "acroform":
            cells = s["dob"]["cells"]
            for part, sl, key in ((v["dob"][:2], 0, "dob_d"), (v["dob"][2:4], 2, "dob_m")):
                self.text(c, {"kind": "comb", "cells": cells[sl : sl + 2]}, part, key)
            self.text(c, {"kind": "comb", "cells": cells[4:]}, v["dob"][4:], "dob_y")
            if v["nir"]:
                cells = s["nir"]["cells"]
                self.text(c, {"kind": "comb", "cells": cells[:13]}, v["nir"][:13], "nir")
                self.text(c, {"kind": "comb", "cells": cells[13:]}, v["nir"][13:], "nir_key")
        else:
            self.text(c, s["dob"], v["dob"], "dob")
            self.text(c, s["nir"], v["nir"], "nir")
        self.text(c, s["birth_place"], v["birth_place"], "birth_place")
        self.text(c, s["nationality"], v["nationality"], "nationality")
        self.text(c, s["address"], v["address"], "address")
        self.text(c, s["postcode"], v["postcode"], "postcode")
        self.text(c, s["city"], v["city"], "city")
        self.text(c, s["phone"], v["phone"], "phone")
        self.text(c, s["email"], v["email"], "email")
        for key, _label in layout.SITUATIONS:
            self.check(c, s["sit_" + key], key in v["situations"], "sit_" + key)
        for ct in layout.CONTRACTS:
            self.check(c, s["ct_" + ct], v["contract"] == ct, "ct_" + ct)
        self.text(c, s["job"], v["job"], "job")
        self.text(c, s["other_text"], v["other_text"], "other_text")

    def page2(self, c, s):
        v, rng = self.v, self.rng
        if self.fill == "typed_print" and rng.random() < 0.4:
            self.hand.write(c, s["place"]["x"], s["place"]["y"] + 1, v["place"])
        else:
            self.text(c, s["place"], v["place"], "place")
        if v["date_text"]:
            if self.fill in ("typed_print", "acroform_printed") and rng.random() < 0.5:
                self.hand.write(c, s["date"]["x"], s["date"]["y"] + 1, v["date_text"])
            else:
                self.text(c, s["date"], v["date_text"], "date")
        elif self.fill == "acroform":
            self._field(c, s["date"], "", "date")
        box = s["sig"]
        if v["signed"]:
            if self.fill == "acroform":
                img = pen.signature_image(self.sig, self.ink, rng)
                ok, buf = cv2.imencode(".png", cv2.cvtColor(img, cv2.COLOR_RGBA2BGRA))
                assert ok
                wdt = box["w"] * rng.uniform(0.55, 0.75)
                hgt = wdt * img.shape[0] / img.shape[1]
                c.drawImage(
                    ImageReader(io.BytesIO(buf.tobytes())),
                    box["x"] + rng.uniform(8, box["w"] - wdt - 4),
                    box["y"] + (box["h"] - hgt) * rng.uniform(0.2, 0.8),
                    wdt,
                    hgt,
                    mask="auto",
                )
            else:
                pen.draw_signature(c, box, self.sig, self.ink, rng)
        elif v["stray"] == "dot":
            x = box["x"] + box["w"] * rng.uniform(0.2, 0.8)
            y = box["y"] + box["h"] * rng.uniform(0.2, 0.6)
            c.setFillColorRGB(*pen.INKS[self.ink])
            c.circle(x, y, 1.3, stroke=0, fill=1)
            self.hand.stroke(c, [(x + 6, y + 3), (x + 9, y - 1), (x + 15, y + 8)], 0.9)
        elif v["stray"] == "crossed":
            x, y = box["x"] + 14, box["y"] + box["h"] * 0.4
            x2 = self.hand.write(c, x, y, v["place"], size=self.hand.size * 1.4)
            pts = [(x - 3 + (x2 - x + 6) * t / 12, y + 4 + rng.gauss(0, 1.2)) for t in range(13)]
            self.hand.stroke(c, pts, 1.3)
            self.hand.stroke(c, [(p[0], p[1] + 2.5) for p in pts[::-1]], 1.2)


def _lc_name(key):
    page = 2 if key in ("place", "date") else 1
    m = {
        "surname": "NomNaissance", "usage_name": "NomUsage", "given_names": "Prenoms",
        "sex_F": "SexeF", "sex_M": "SexeM", "dob_d": "DateNaissJJ", "dob_m": "DateNaissMM",
        "dob_y": "DateNaissAAAA", "nir": "NIR", "nir_key": "CleNIR", "birth_place": "LieuNaiss",
        "nationality": "Nationalite", "address": "Adresse", "postcode": "CodePostal",
        "city": "Commune", "phone": "Telephone", "email": "Courriel", "job": "Profession",
        "other_text": "AutreSituationPrecisez", "place": "FaitA", "date": "DateSignature",
    }  # fmt: skip
    name = m.get(key) or key.replace("sit_", "CaseSituation_").replace("ct_", "CaseContrat_")
    return f"topmostSubform[0].Page{page}[0].{name}[0]"


def _snake_name(key):
    m = {"surname": "nom_naissance", "usage_name": "nom_usage", "given_names": "prenoms",
         "dob_d": "date_naissance_jour", "dob_m": "date_naissance_mois",
         "dob_y": "date_naissance_annee", "nir": "num_secu", "nir_key": "cle_secu",
         "birth_place": "lieu_naissance", "email": "courriel", "place": "fait_a",
         "date": "date_signature", "phone": "telephone", "city": "commune", "postcode": "cp"}  # fmt: skip
    return m.get(key, key.replace("ct_Intérim", "ct_interim"))


_GENERIC = {}


def _generic_name(key):
    if key not in _GENERIC:
        kind = "Case à cocher" if key.startswith(("sit_", "ct_", "sex_")) else "Texte"
        _GENERIC[key] = f"{kind}{len(_GENERIC) + 1}"
    return _GENERIC[key]


def build_pdf(spec, rng, values, order):
    num, _pi, fill, _arrangement, _case, run, opts = spec
    text_ok = values["surname"] + values["given_names"] + (values["usage_name"] or "")
    text_ok += values["address"] + values["city"] + values["birth_place"] + values["place"]
    text_ok += values["nationality"] + (values["job"] or "") + (values["other_text"] or "")
    text_ok += (values["date_text"] or "") + "0123456789/@"
    fonts = [f for f in HAND_FONTS if layout.covers(f, text_ok)]
    hand_font = fonts[(num * 3 + rng.randint(0, 5)) % len(fonts)]
    type_font = TYPE_FONTS[num % len(TYPE_FONTS)]
    _GENERIC.clear()
    filler = Filler(rng, values, fill, opts, hand_font, type_font)
    bio = io.BytesIO()
    c = rl_canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie" if fill.startswith("acroform") else "")
    for page in order:
        lrng = random.Random(f"layout/{run}/{page}/{num % 2}")
        if page == 1:
            slots = layout.draw_page1(c, run, lrng)
            filler.page1(c, slots)
        else:
            slots = layout.draw_page2(c, run, lrng)
            filler.page2(c, slots)
        c.showPage()
    c.save()
    data = bio.getvalue()
    if fill == "acroform" and not opts.get("ap", True):
        data = strip_text_appearances(data)
    return data, hand_font, filler.ink


def strip_text_appearances(data):
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/FT") == pikepdf.Name.Tx and "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# -- arrangements ----------------------------------------------------------------------------


def arrange(spec, rng, values):
    """Return ({filename: bytes}, truth files list, look, notes, font info)."""
    num, _pi, fill, arrangement, _case, _run, opts = spec
    out = {}
    if fill == "acroform":
        if arrangement == "two_pdfs":
            p1, hf, ink = build_pdf(spec, rng, values, [1])
            p2, _, _ = build_pdf(spec, rng, values, [2])
            n1, n2 = "cerfa_15763-02_p1.pdf", "cerfa_15763-02_p2.pdf"
            out = {n1: p1, n2: p2}
            files = [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}]
        else:
            order = [2, 1] if arrangement == "pdf2_rev" else [1, 2]
            data, hf, ink = build_pdf(spec, rng, values, order)
            name = rng.choice(["S1106_demande_PUMa.pdf", "cerfa_15763-02_rempli.pdf"])
            out = {name: data}
            files = [{"path": name, "pages": order and ([2, 1] if order == [2, 1] else [1, 2])}]
        return out, files, "text_pdf", hf, ink
    data, hf, ink = build_pdf(spec, rng, values, [1, 2])
    if arrangement in ("photos", "photo_pdf"):
        pages = degrade.render(data, rng.choice([150, 170, 180]))
        rots = opts.get("rot", (0, 0))
        imgs = [degrade.photo(im, rng, rot) for im, rot in zip(pages, rots)]
        if arrangement == "photo_pdf":  # a phone "scanner" app output: photos in one PDF
            name = "Document numérisé 2026-11.pdf" if num % 2 else "CamScanner formulaire.pdf"
            jp = [degrade.jpeg(cv2.resize(im, (1240, 1654)), rng, 70, 85) for im in imgs]
            out = {name: degrade.image_pdf(jp)}
            return out, [{"path": name, "pages": [1, 2]}], "phone_photo", hf, ink
        base = 4000 + rng.randint(100, 900)
        n1, n2 = f"IMG_{base}.jpg", f"IMG_{base + 1}.jpg"
        out = {n1: degrade.jpeg(imgs[0], rng, 82, 93), n2: degrade.jpeg(imgs[1], rng, 82, 93)}
        return out, [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}], "phone_photo", hf, ink
    dpi = rng.choice([150, 200, 200, 300]) if "images" in arrangement else rng.choice([150, 200])
    pages = [degrade.scan(im, rng) for im in degrade.render(data, dpi)]
    if arrangement in ("pdf2", "pdf2_rev"):
        order = [1, 0] if arrangement == "pdf2_rev" else [0, 1]
        name = rng.choice(["scan_demande.pdf", "Numérisation_0012.pdf", "formulaire cpam.pdf"])
        out = {name: degrade.image_pdf([degrade.jpeg(pages[i], rng, 65, 85) for i in order])}
        pg = [2, 1] if arrangement == "pdf2_rev" else [1, 2]
        return out, [{"path": name, "pages": pg}], "image_pdf", hf, ink
    ext = "png" if opts.get("png") else "jpg"
    enc = (lambda im: degrade.png(im)) if ext == "png" else (lambda im: degrade.jpeg(im, rng))
    if arrangement == "two_images_rev":
        k = rng.randint(10, 60)
        n1, n2 = f"scan_{k + 1:04d}.{ext}", f"scan_{k:04d}.{ext}"  # page 2 scanned first
    else:
        stem = rng.choice(["scan_00", "formulaire_p", "cerfa_page"])
        n1, n2 = f"{stem}1.{ext}", f"{stem}2.{ext}"
    out = {n1: enc(pages[0]), n2: enc(pages[1])}
    return out, [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}], "scan", hf, ink


def main(out_dir):
    out = Path(out_dir)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    ids = []
    for spec in SPECS:
        num, _pi, fill, arrangement, case, run, opts = spec
        rng, as_of, values, fields = plan(spec)
        did = f"d{num:03d}"
        ids.append(did)
        files_out, files, look, hf, ink = arrange(spec, rng, values)
        folder = out / "documents" / did
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files_out.items():
            (folder / name).write_bytes(data)
        notes = (
            f"print run {run}; fill {fill}; arrangement {arrangement}; "
            + (f"hand font {hf}, {ink} ink; " if fill == "hand" else "")
            + (
                "AcroForm values in fields only (no text layer for them); "
                + ("appearance streams kept" if opts.get("ap", True) else "text fields without /AP")
                if fill == "acroform"
                else ""
            )
            + (f"photos rotated {opts.get('rot')}; " if arrangement == "photos" else "")
        )
        truth = {
            "as_of": iso(as_of),
            "employed": None,
            "status": None,
            "requirements": None,
            "form_status": STATUS[case],
            "defect": DEFECT.get(case),
            "fill_way": fill,
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
                    "notes": notes.strip("; "),
                }
            ],
        }
        if fields["nir"]:
            n = fields["nir"]
            assert (int(n[:13]) + int(n[13:])) % 97 == 0
        (out / "documents" / f"{did}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    manifest = {"packets": [], "documents": ids}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
