"""Blind set form_by: 20 single application forms (cerfa 15763*02 / S1106).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
import unicodedata
from pathlib import Path

import pikepdf
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import camera  # noqa: E402
import ink  # noqa: E402
import layout  # noqa: E402
from people import (  # noqa: E402
    ADDRESSES,
    DEFECT,
    EMPLOYMENT,
    MONTHS,
    PEOPLE,
    PLAN,
    SITUATION,
    STATUS,
)

SEED = 43_2026
TYPE_FONTS = {
    "t_arial": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "t_calibri": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "t_courier": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "t_dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
}
HANDS = list(ink.HAND_FONTS)


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def make_nir(sex: str, dob: str, country: str, order: int) -> str:
    body = f"{1 if sex == 'M' else 2}{dob[2:4]}{dob[5:7]}99{country}{order:03d}"
    key = 97 - int(body) % 97
    nir = f"{body}{key:02d}"
    assert len(nir) == 15 and nir.isdigit(), nir
    assert (int(nir[:13]) + int(nir[13:])) % 97 == 0, nir
    assert nir[0] == ("1" if sex == "M" else "2") and nir[1:5] == dob[2:4] + dob[5:7], nir
    return nir


class Filler:
    """Puts values into the slots of a page: by hand, typed, or as AcroForm fields."""

    def __init__(self, c, rng, hand, typed_font, run, acro_names):
        self.c, self.rng, self.hand, self.font = c, rng, hand, typed_font
        self.run, self.names = run, acro_names
        self.ink = hand.color

    def _name(self, key, i=None):
        if self.names == "A":
            return f"S1106_p1_{key}" + ("" if i is None else f"_{i + 1:02d}")
        base = {
            "nom": "Nom de naissance",
            "nom_usage": "Nom d'usage",
            "prenoms": "Prenoms",
            "fait_a": "Fait a",
            "le": "Date signature",
        }.get(key, key)
        return base + ("" if i is None else f" {i + 1}")

    def line(self, key, slot, text, by):
        c = self.c
        if by == "acro":
            c.acroForm.textfield(
                name=self._name(key),
                value=text or "",
                x=slot["x"] - 2,
                y=slot["y"] - 4,
                width=slot["w"] + 2,
                height=slot["h"] + 4,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                fontName="Helvetica",
                fontSize=9.5,
                maxlen=120,
            )
            return
        if not text:
            return
        if by == "hand":
            size = slot["h"] * self.rng.uniform(0.98, 1.18)
            self.hand.write(
                c, text, slot["x"] + self.rng.uniform(0, 6), slot["y"] + 1.5, size, slot["w"] - 8
            )
            return
        size = 10.0
        while pdfmetrics.stringWidth(text, self.font, size) > slot["w"] and size > 6:
            size -= 0.5
        assert pdfmetrics.stringWidth(text, self.font, size) <= slot["w"], text
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, size)
        c.drawString(slot["x"], slot["y"] + 1.5, text)

    def comb(self, key, cells, text, by):
        c = self.c
        assert len(text) <= len(cells), (key, text)
        if by == "acro":
            for i, (x, y, w, h) in enumerate(cells):
                ch = text[i] if i < len(text) else ""
                c.acroForm.textfield(
                    name=self._name(key, i),
                    value=ch.strip(),
                    x=x + w * 0.15,
                    y=y + 1,
                    width=w * 0.72,
                    height=h - 2,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    fontName="Helvetica",
                    fontSize=min(10, h * 0.62),
                    maxlen=1,
                )
            return
        if not text:
            return
        if by == "hand":
            self.hand.comb(c, text, cells)
            return
        c.setFillColorRGB(0, 0, 0)
        for ch, (x, y, w, h) in zip(text, cells, strict=False):
            size = h * 0.62
            c.setFont(self.font, size)
            c.drawCentredString(x + w / 2, y + h * 0.25, ch)

    def tick(self, key, slot, on, by, style="cross"):
        x, y, s = slot
        c = self.c
        if by == "acro":
            c.acroForm.checkbox(
                name=self._name(key),
                x=x,
                y=y,
                size=s,
                checked=on,
                buttonStyle=style,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
            )
            return
        if not on:
            return
        if by == "hand":
            ink.tick(c, x, y, s, self.rng, self.ink, style)
            return
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, s * 1.05)
        c.drawCentredString(x + s / 2, y + s * 0.14, "X")


def doc_values(i, rng):
    """Everything written on the form for document i, and the truth fields."""
    fill, run, case, arrangement, look = PLAN[i]
    (surname, usage, given, sex, dob, btown, bcountry, nat, ccode, has_nir) = PEOPLE[i]
    street, cp, commune = ADDRESSES[i]
    sit, contract, extra = SITUATION[i]
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed = as_of - dt.timedelta(days=rng.randint(3, 45))
    if case == "future_date":
        signed = as_of + dt.timedelta(days=rng.randint(6, 40))
    if case == "us_date":
        while signed.day <= 12:
            signed -= dt.timedelta(days=1)
    date_text = signed.strftime("%d/%m/%Y")
    if case == "date_words":
        date_text = f"{signed.day} {MONTHS[signed.month - 1]} {signed.year}"
    elif case == "us_date":
        date_text = signed.strftime("%m/%d/%Y")
    elif case == "no_date":
        date_text = None
    capitals = fill == "hand" and (run == "A" or rng.random() < 0.5)
    on_comb = run == "A"
    accents = rng.random() < (0.3 if fill == "hand" else 0.8)

    def form(s):
        if s is None:
            return None
        s = s if accents else strip_accents(s)
        return s.upper() if (capitals or on_comb) else s

    sur = form(surname)
    if fill == "hand" and not on_comb and i == 13:  # one hand writes the surname in mixed case
        sur = strip_accents(surname).title()
    situations = [sit]
    if case == "none_ticked":
        situations = []
    elif case == "two_ticked":
        situations = [sit, "etudiant" if sit != "etudiant" else "demandeur_emploi"]
        order = [k for k, _ in layout.SITUATIONS]
        situations.sort(key=order.index)
    emp = EMPLOYMENT[situations[0]] if len(situations) == 1 else None
    nir = make_nir(sex, dob, ccode, rng.randint(1, 899)) if has_nir else None
    first = strip_accents(given.split()[0].split("-")[0]).lower()
    last = strip_accents(surname.split()[-1]).lower().replace("'", "")
    email = rng.choice(
        [
            f"{first}.{last}@gmail.com",
            f"{first}{last[:4]}{dob[2:4]}@hotmail.fr",
            f"{last}.{first}@outlook.com",
            f"{first}_{last}@yahoo.fr",
        ]
    )
    tel = "0{} {:02d} {:02d} {:02d} {:02d}".format(
        rng.choice([6, 7]), *[rng.randint(0, 99) for _ in range(4)]
    )
    place = commune if rng.random() < 0.85 else "Paris"
    vals = {
        "nom": sur,
        "nom_usage": form(usage),
        "prenoms": form(given),
        "sex": sex,
        "dob": dob[8:10] + dob[5:7] + dob[0:4],
        "lieu": form(btown),
        "pays_naiss": form(bcountry),
        "nationalite": form(nat),
        "nir": nir or "",
        "adresse": form(street),
        "cp": cp,
        "commune": form(commune),
        "tel": tel,
        "email": email,
        "situations": situations,
        "contract": contract if "salarie" in situations else None,
        "emploi": form(extra) if "salarie" in situations else None,
        "autre_txt": extra if "autre" in situations else None,
        "fait_a": form(place),
        "le": date_text,
    }
    fields = {
        "surname": vals["nom"],
        "usage_name": vals["nom_usage"],
        "given_names": vals["prenoms"],
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": emp,
        "situation": "+".join(situations) or None,
        "contract_type": vals["contract"],
        "signed": case not in ("unsigned", "label_only", "stray_mark"),
        "signed_on": None if date_text is None else signed.isoformat(),
        "date_text": date_text,
        "place": vals["fait_a"],
        "nir": nir,
    }
    return vals, fields, as_of


def draw_form(i, rng, vals, fields):
    """Draw the filled two-page form; returns PDF bytes."""
    fill, run, case, arrangement, look = PLAN[i]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=layout.A4, invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits" if fill.startswith("acro") else "")
    c.setCreator("Assurance Maladie" if fill.startswith("acro") else "Microsoft Word")
    hand = ink.Hand(
        HANDS[i % len(HANDS)], rng.choice(["blue", "black", "bic", "navy"]), rng, capitals=True
    )
    typed_font = rng.choice(list(TYPE_FONTS))
    f = Filler(c, rng, hand, typed_font, run, run)
    main = {"hand": "hand", "typed_print": "typed", "acroform": "acro", "acroform_printed": "acro"}[
        fill
    ]
    tick_style = rng.choice(["cross", "check"])
    s = layout.page1(c, run)
    for key in ("nom", "nom_usage", "prenoms"):
        text = vals[key] or ""
        if isinstance(s[key], list):
            f.comb(key, s[key], text, main)
        else:
            f.line(key, s[key], text, main)
    f.tick("sexe_F", s["sexe_F"], vals["sex"] == "F", main, tick_style)
    f.tick("sexe_M", s["sexe_M"], vals["sex"] == "M", main, tick_style)
    f.comb("dob", s["dob"], vals["dob"], main)
    for key in ("lieu", "pays_naiss", "nationalite", "adresse", "commune", "tel", "email"):
        f.line(key, s[key], vals[key], main)
    f.comb("nir", s["nir"], vals["nir"], main)
    f.comb("cp", s["cp"], vals["cp"], main)
    for key, _ in layout.SITUATIONS:
        f.tick(f"sit_{key}", s[f"sit_{key}"], key in vals["situations"], main, tick_style)
    for ct in layout.CONTRACTS:
        f.tick(f"ct_{ct}", s[f"ct_{ct}"], vals["contract"] == ct, main, tick_style)
    f.line("emploi", s["emploi"], vals["emploi"], main)
    f.line("autre_txt", s["autre_txt"], vals["autre_txt"], main)
    c.showPage()
    s2 = layout.page2(c, run)
    f.line("fait_a", s2["fait_a"], vals["fait_a"], main)
    date_by = main
    if fill == "typed_print" and (case == "future_date" or rng.random() < 0.4):
        date_by = "hand"
    f.line("le", s2["le"], vals["le"], date_by)
    box = s2["signature"]
    if fields["signed"]:
        name = f"{PEOPLE[i][2].split()[0]} {PEOPLE[i][0]}"
        if fill == "acroform":
            png = ink.signature_png(name, rng, hand.color)
            x, y, w, h = box
            sw = w * rng.uniform(0.55, 0.8)
            c.drawImage(
                ImageReader(io.BytesIO(png)),
                x + rng.uniform(4, w - sw - 4),
                y + rng.uniform(2, 10),
                sw,
                sw * 0.4,
                mask="auto",
            )
        else:
            ink.draw_signature(c, name, box, rng, hand.color)
    elif case == "stray_mark":
        ink.stray_mark(c, box, rng, hand.color)
    c.showPage()
    c.save()
    return buf.getvalue()


def strip_appearances(pdf_bytes: bytes) -> bytes:
    """A fillable PDF saved by a tool that leaves appearance streams to the viewer."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if "/AP" in annot:
                    del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
        return out.getvalue()


def write_doc(i, rng, pdf_bytes, outdir: Path):
    """Turn the filled form into the files the applicant sends; returns truth files list."""
    fill, run, case, arrangement, look = PLAN[i]
    d = outdir
    if look == "text_pdf":
        if rng.random() < 0.5 or case == "no_date":
            pdf_bytes = strip_appearances(pdf_bytes)
        name = rng.choice(
            ["S1106_rempli.pdf", "demande_puma.pdf", "formulaire_S1106.pdf", "cerfa_15763-02.pdf"]
        )
        (d / name).write_bytes(pdf_bytes)
        return [{"path": name, "pages": [1, 2]}], "fillable PDF"
    forms = fill == "acroform_printed"
    if look == "phone_photo":
        pages = camera.render_pages(pdf_bytes, 200, forms)
        shots = []
        n0 = rng.randint(1000, 8000)
        for k, p in enumerate(pages):
            im = camera.photo(p, rng)
            turn = rng.choice([0, 0, 0, 1, 2, 3])
            im = camera.rotate(im, turn)
            name = f"IMG_{n0 + k * rng.randint(1, 3)}.jpg"
            (d / name).write_bytes(camera.jpeg_bytes(im, rng.randint(82, 92)))
            shots.append((name, turn))
        note = ", ".join(f"{n} rotated {t * 90} deg ccw" for n, t in shots if t)
        return [{"path": n, "pages": [1]} for n, _ in shots], "phone photos" + (
            f" ({note})" if note else ""
        )
    dpi = rng.choice([150, 200]) if look == "image_pdf" else rng.choice([200, 240, 300])
    pages = [camera.scan(p, rng) for p in camera.render_pages(pdf_bytes, dpi, forms)]
    if look == "image_pdf":
        if arrangement == "pdf1":
            name = rng.choice(["scan.pdf", "SCAN_20261112.pdf", "Doc1.pdf", "numerisation.pdf"])
            (d / name).write_bytes(camera.image_pdf(pages, rng.randint(70, 88)))
            return [{"path": name, "pages": [1, 2]}], f"scanner PDF {dpi} dpi"
        if arrangement == "pdf1_rev":
            name = rng.choice(["scan_formulaire.pdf", "cerfa.pdf"])
            (d / name).write_bytes(camera.image_pdf(pages[::-1], rng.randint(70, 88)))
            return [{"path": name, "pages": [2, 1]}], "scanner PDF, pages in reverse order"
        names = ["formulaire_page1.pdf", "formulaire_page2.pdf"]
        for n, p in zip(names, pages, strict=True):
            (d / n).write_bytes(camera.image_pdf([p], rng.randint(70, 88)))
        return [{"path": n, "pages": [1]} for n in names], "two scanner PDFs"
    # two scan images
    if arrangement == "img2_rev":
        names = ["IMG_4513.jpg", "IMG_4512.jpg"]  # page 2 was scanned first
    else:
        k = rng.randint(3, 60)
        ext = rng.choice(["jpg", "png"])
        names = [f"scan_{k:04d}.{ext}", f"scan_{k + 1:04d}.{ext}"]
    for n, p in zip(names, pages, strict=True):
        if n.endswith("png"):  # a grey-scale PNG from the scanner's document mode
            p = p.convert("L")
            p = p.resize((p.width * 150 // dpi, p.height * 150 // dpi))
        data = camera.png_bytes(p) if n.endswith("png") else camera.jpeg_bytes(p, 85)
        (d / n).write_bytes(data)
    return [{"path": n, "pages": [1]} for n in names], f"flatbed scans {dpi} dpi"


def main(out: Path) -> None:
    layout.register_fonts()
    ink.register_hand_fonts()
    for name, path in TYPE_FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    docs = []
    for i in range(len(PLAN)):
        name = f"d{i + 1:03d}"
        rng = random.Random(SEED * 1000 + i)
        fill, run, case, arrangement, look = PLAN[i]
        vals, fields, as_of = doc_values(i, rng)
        if fields["nir"]:
            nir = fields["nir"]
            assert (int(nir[:13]) + int(nir[13:])) % 97 == 0, nir
        assert dt.date(2026, 11, 16) <= as_of <= dt.date(2026, 12, 1)
        pdf_bytes = draw_form(i, rng, vals, fields)
        d = out / "documents" / name
        d.mkdir(parents=True, exist_ok=True)
        for old in d.iterdir():
            old.unlink()
        files, how = write_doc(i, rng, pdf_bytes, d)
        truth = {
            "as_of": as_of.isoformat(),
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
                    "notes": f"print run {run}; {fill}; {how}; case {case}",
                }
            ],
        }
        (out / "documents" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        docs.append(name)
        print(name, fill, run, case, look, file=sys.stderr)
    (out / "manifest.json").write_text(
        json.dumps({"packets": [], "documents": docs}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(Path(sys.argv[1]))
