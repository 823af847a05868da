"""Blind set "form_an": 16 filled S1106 / cerfa 15763*02 application forms.

Usage: generate.py OUT_DIR
"""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import degrade  # noqa: E402
import fill  # noqa: E402
import layout  # noqa: E402
from people import (  # noqa: E402
    AUTRE_TEXT,
    CT_FIELD,
    EMPLOYMENT,
    MONTHS,
    PEOPLE,
    PLAN,
    SIT_FIELD,
    nir_key,
)

HANDS = ["dkg", "femke", "breip", "ecolier"]
TYPED = ["Helvetica", "Courier", "Times-Roman", "LibSans"]
ACRO_NAMES = {
    "nom_naissance": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "lieu_commune": "CommuneNaissance",
    "lieu_pays": "PaysNaissance",
    "nationalite": "Nationalite",
    "adresse": "Adresse",
    "commune": "Commune",
    "telephone": "Telephone",
    "courriel": "Courriel",
    "emploi": "EmploiOccupe",
    "autre_precision": "AutreSituation",
    "fait_a": "FaitA",
    "date_signature": "DateSignature",
    "dn_jour": "DateNaissJJ",
    "dn_mois": "DateNaissMM",
    "dn_annee": "DateNaissAAAA",
    "nir": "NIR",
    "nir_cle": "CleNIR",
    "caf": "NumAllocataire",
    "code_postal": "CodePostal",
}


def fr_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def date_text(case: str, iso: str | None) -> str | None:
    if iso is None:
        return None
    y, m, d = iso.split("-")
    if case == "us_date":
        return f"{m}/{d}/{y}"
    if case == "date_words":
        return f"{int(d)} {MONTHS[int(m) - 1]} {y}"
    return f"{d}/{m}/{y}"


class Doc:
    """Everything about one form: values, truth, rendering choices."""

    def __init__(self, idx: int):
        plan = PLAN[idx]
        self.doc, self.fill_way, self.run, self.arr, self.case, self.as_of = plan[:6]
        self.place, self.signed_iso = plan[6], plan[7]
        self.p = PEOPLE[idx]
        self.rng = random.Random(f"form_an/{self.doc}")
        self.hand = HANDS[idx % len(HANDS)]
        self.typed_font = TYPED[idx % len(TYPED)]
        self.ink = fill.INKS[idx % len(fill.INKS)]
        self.text_mode = "hand" if self.fill_way == "hand" else "typed"
        self.values, self.checks, self.truth_fields = self._values()

    def _w(self, s):
        """The string as actually written (hand fonts drop accents they lack)."""
        if s is None:
            return None
        if self.text_mode == "hand":
            return fill.writable(s.upper(), self.hand)
        return s

    def _values(self):
        (sur, usage, given, sex, dob, town, country, nat, addr, cp, city, tel, mail, sit, ct,
         job, nir) = self.p  # fmt: skip
        case = self.case
        dt = date_text(case, self.signed_iso)
        # hand: capitals, typed: as typed (given names in mixed case for some)
        given_w = self._w(given) if self.text_mode == "hand" else (
            given if self.rng.random() < 0.5 else given.upper())  # fmt: skip
        y, m, d = dob.split("-")
        v = {
            "nom_naissance": self._w(sur),
            "nom_usage": self._w(usage),
            "prenoms": given_w,
            "lieu_commune": self._w(town),
            "lieu_pays": self._w(country),
            "nationalite": self._w(nat),
            "adresse": self._w(addr),
            "commune": self._w(city),
            "telephone": tel,
            "courriel": mail.lower() if self.text_mode == "hand" else mail,
            "dn_jour": d,
            "dn_mois": m,
            "dn_annee": y,
            "code_postal": cp,
            "fait_a": self._w(self.place) if self.text_mode == "hand" else self.place,
            "date_signature": dt,
        }
        if nir:
            v["nir"], v["nir_cle"] = nir, nir_key(nir)
        checks = ["sexe_f" if sex == "F" else "sexe_m"]
        situation, status, contract = sit, EMPLOYMENT[sit], ct
        if case == "none_ticked":
            situation = status = contract = None
        else:
            checks.append(SIT_FIELD[sit])
            if ct:
                checks.append(CT_FIELD[ct])
                v["emploi"] = self._w(job)
            if sit == "autre":
                v["autre_precision"] = self._w(AUTRE_TEXT)
            if case == "two_ticked":
                checks.append("sit_etudiant")
                situation, status = f"{sit}+etudiant", None
        signed = case not in ("unsigned", "label_only", "stray_mark")
        truth = {
            "surname": v["nom_naissance"],
            "usage_name": v["nom_usage"],
            "given_names": v["prenoms"],
            "sex": sex,
            "date_of_birth": dob,
            "employment_status": status,
            "situation": situation,
            "contract_type": contract,
            "signed": signed,
            "signed_on": self.signed_iso,
            "date_text": dt,
            "place": v["fait_a"],
            "nir": (nir + nir_key(nir)) if nir else None,
        }
        return v, checks, truth

    # --- the two-page PDF ------------------------------------------------------------
    def pdf(self) -> bytes:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(layout.W, layout.H), invariant=1)
        c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
        c.setCreator("cerfa 15763*02" if self.fill_way.startswith("acro") else "Microsoft Word")
        drawer = layout.Drawer(c, layout.RUNS[self.run])
        for page in (1, 2):
            geo = drawer.page1() if page == 1 else drawer.page2()
            if self.fill_way.startswith("acroform"):
                self._acro(c, geo, page)
            else:
                self._pen_fill(c, geo, page)
            self._signature(c, geo, page)
            c.showPage()
        c.save()
        data = buf.getvalue()
        if self.fill_way == "acroform" and self.doc == "d010":
            data = strip_appearances(data)
        return data

    def _pen_fill(self, c, geo, page):
        pen = fill.Pen(c, self.text_mode, self.rng, self.hand, self.ink, self.typed_font)
        for name, spec in geo.fields.items():
            if name == "date_signature" and self.fill_way == "typed_print" and self.hand_date:
                hp = fill.Pen(c, "hand", self.rng, "dkg", fill.INKS[0])
                hp.text(spec, self.values.get(name))
            elif spec["kind"] == "text" and name != "signature":
                pen.text(spec, self.values.get(name))
            elif spec["kind"] == "comb":
                pen.comb(spec, self.values.get(name))
            elif spec["kind"] == "check" and name in self.checks:
                pen.check(spec)

    @property
    def hand_date(self) -> bool:
        return self.doc in ("d007", "d015")

    def _acro(self, c, geo, page):
        form = c.acroForm
        plain = self.doc in ("d006", "d012")
        count = [0]

        def fname(name, suffix=""):
            count[0] += 1
            if plain:
                return f"Champ de texte {count[0]}" if name else f"Case {count[0]}"
            return f"topmostSubform[0].Page{page}[0].{ACRO_NAMES.get(name, name)}{suffix}[0]"

        bg = Color(0.87, 0.91, 1.0) if self.fill_way == "acroform" else Color(1, 1, 1)
        for name, spec in geo.fields.items():
            if name == "signature":
                continue
            if spec["kind"] == "text":
                form.textfield(name=fname(name), value=self.values.get(name) or "",
                               x=spec["x"], y=spec["y"] + 1, width=spec["w"],
                               height=spec["h"] - 1, borderWidth=0, fillColor=bg,
                               fontName="Helvetica", fontSize=9 if page == 1 else 10,
                               textColor=Color(0, 0, 0))  # fmt: skip
            elif spec["kind"] == "comb":
                val = self.values.get(name) or ""
                for k, (bx, by, s, _) in enumerate(spec["boxes"]):
                    ch = val[k] if k < len(val) else ""
                    form.textfield(name=fname(name, str(k + 1)), value=ch, x=bx + 0.5, y=by + 0.5, width=s - 1,
                                   height=s - 1, borderWidth=0, fillColor=bg,
                                   fontName="Helvetica", fontSize=s * 0.62, maxlen=1,
                                   textColor=Color(0, 0, 0))  # fmt: skip
            else:
                form.checkbox(name=fname("" if plain else name), checked=name in self.checks,
                              x=spec["x"], y=spec["y"], size=spec["s"], borderWidth=0,
                              buttonStyle="cross", fillColor=bg, fieldFlags="",
                              textColor=Color(0, 0, 0))  # fmt: skip

    def _signature(self, c, geo, page):
        if page != 2:
            return
        spec = geo.fields["signature"]
        if self.case in ("unsigned", "label_only"):
            return
        if self.case == "stray_mark":
            fill.stray_mark(c, spec, self.rng, self.ink)
            return
        given = self.p[2].split()[0]
        name = f"{given[0]}. {self.p[1] or self.p[0]}".title()
        if self.rng.random() < 0.4:
            name = (self.p[1] or self.p[0]).split()[0].title()
        ink = tuple(int(255 * k) for k in (self.ink.red, self.ink.green, self.ink.blue))
        fill.paste_signature(c, spec, fill.signature_png(name, self.rng, ink), self.rng)


def strip_appearances(data: bytes) -> bytes:
    """AcroForm without appearance streams: viewers must build them (NeedAppearances)."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/Subtype") == "/Widget" and annot.get("/FT") == "/Tx":
                if "/AP" in annot:
                    del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def pdf_pages(data: bytes, order: list[int]) -> bytes:
    src = pikepdf.open(io.BytesIO(data))
    dst = pikepdf.new()
    for i in order:
        dst.pages.append(src.pages[i - 1])
    if "/AcroForm" in src.Root:
        dst.Root.AcroForm = dst.copy_foreign(src.Root.AcroForm)
    out = io.BytesIO()
    dst.save(out, deterministic_id=True)
    return out.getvalue()


def render(data: bytes, dpi: int) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    pdf.init_forms()
    imgs = [p.render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("RGB") for p in pdf]
    pdf.close()
    return imgs


NAMES = {
    "d001": ["SCAN_20261109_0001.pdf"],
    "d002": ["S1106_demande_PUMa.pdf"],
    "d003": ["scan_0012.jpg", "scan_0013.jpg"],
    "d004": ["IMG_20261102_181523.jpg", "IMG_20261102_181541.jpg"],
    "d005": ["Scan 2026-11-19 (2).jpg", "Scan 2026-11-19 (1).jpg"],
    "d006": ["cerfa_15763-02_rempli.pdf"],
    "d007": ["IMG_4471.jpg", "IMG_4472.jpg"],
    "d008": ["formulaire_p1.pdf", "formulaire_p2.pdf"],
    "d009": ["PXL_20261118_093012.jpg", "PXL_20261118_093047.jpg"],
    "d010": ["demande_ouverture_droits.pdf"],
    "d011": ["doc00231.pdf"],
    "d012": ["scan_p1.png", "scan_p2.png"],
    "d013": ["Demande PUMA page 1.pdf", "Demande PUMA page 2.pdf"],
    "d014": ["S1106.pdf"],
    "d015": ["scan_0021.png", "scan_0020.png"],
    "d016": ["Numérisation_20261120.pdf"],
}
DEFECTS = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word Signature",
    "stray_mark": "only a stray mark in the signature box, no signature",
    "future_date": "signing date after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
ROTATE = {"d007": [90, 0], "d009": [0, 270], "d004": [0, 0]}


def write_doc(d: Doc, out: Path) -> dict:
    folder = out / "documents" / d.doc
    folder.mkdir(parents=True, exist_ok=True)
    data = d.pdf()
    names = NAMES[d.doc]
    rng = d.rng
    text = d.fill_way == "acroform"
    files, notes = [], []
    if d.arr in ("one_pdf", "one_pdf_reversed"):
        order = [2, 1] if d.arr == "one_pdf_reversed" else [1, 2]
        if text:
            blob = pdf_pages(data, order)
            look = "text_pdf"
        else:
            pages = render(data, 200)
            scans = [degrade.jpeg(degrade.scan(pages[i - 1], rng), 80) for i in order]
            blob, look = degrade.image_pdf(scans), "image_pdf"
        (folder / names[0]).write_bytes(blob)
        files.append({"path": names[0], "pages": [order.index(1) + 1, order.index(2) + 1]})
        if d.arr == "one_pdf_reversed":
            notes.append("pages in reverse order: form page 1 is page 2 of the file")
    elif d.arr == "two_pdfs":
        if text:
            parts, look = [pdf_pages(data, [1]), pdf_pages(data, [2])], "text_pdf"
        else:
            pages = render(data, 200)
            parts = [degrade.image_pdf([degrade.jpeg(degrade.scan(p, rng), 82)]) for p in pages]
            look = "image_pdf"
        for name, blob in zip(names, parts):
            (folder / name).write_bytes(blob)
            files.append({"path": name, "pages": [1]})
    else:
        photo = d.arr == "phone_photos"
        pages = render(data, 300 if photo else 200)
        look = "phone_photo" if photo else "scan"
        for i, (name, page) in enumerate(zip(names, pages)):
            if photo:
                img = degrade.phone_photo(page, rng, ROTATE.get(d.doc, [0, 0])[i])
            else:
                img = degrade.scan(page, rng)
            if name.endswith(".png"):
                img.convert("L").save(folder / name, "PNG", optimize=False)
            else:
                (folder / name).write_bytes(degrade.jpeg(img, 78 if photo else 85))
            files.append({"path": name, "pages": [1]})
        rot = ROTATE.get(d.doc)
        if rot and any(rot):
            notes.append(f"photos rotated {rot} degrees (page 1, page 2)")
        if d.arr == "two_images_p2_first":
            notes.append("file names sort page 2 first")
    notes.insert(0, f"fill way {d.fill_way}, print run {d.run}, case {d.case}")
    if d.fill_way == "typed_print" and d.hand_date:
        notes.append("date written by hand after typing")
    if d.doc == "d010":
        notes.append("AcroForm text fields without appearance streams (NeedAppearances)")
    status = {
        "ok": "complete",
        "date_words": "complete",
        "no_date": "questionable",
        "none_ticked": "questionable",
        "two_ticked": "questionable",
    }.get(d.case, "invalid")
    defect = DEFECTS.get(d.case)
    truth = {
        "as_of": d.as_of,
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": status,
        "defect": defect,
        "fill_way": d.fill_way,
        "case": d.case,
        "applicant": {
            "surname": d.truth_fields["surname"],
            "given_names": d.truth_fields["given_names"],
            "date_of_birth": d.truth_fields["date_of_birth"],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": d.truth_fields,
                "notes": "; ".join(notes),
            }
        ],
    }
    (out / "documents" / f"{d.doc}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return truth


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    (out / "packets").mkdir(parents=True, exist_ok=True)
    layout.register_fonts()
    fill.register_hand()
    docs = []
    for i in range(len(PLAN)):
        d = Doc(i)
        write_doc(d, out)
        docs.append(d.doc)
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
