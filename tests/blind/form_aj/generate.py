"""Blind set form_aj: PUMa application forms (cerfa 15763*02 / S1106) as people send them.

Usage: generate.py OUT_DIR. Deterministic: one seeded random.Random per item, reportlab
invariant=1, OpenCV on one thread, no clock reads.
"""

import datetime as dt
import io
import json
import os
import random
import shutil
import sys
import tempfile
import unicodedata
import zlib
from pathlib import Path

import cv2
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ink  # noqa: E402
import layout  # noqa: E402
from items import AUTRE_TEXT, CASES, COLUMNS, ITEMS, JOBS, PEOPLE  # noqa: E402

cv2.setNumThreads(1)

MOIS = [
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
SIT_BOX = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CONTRACT_BOX = {"CDI": "ct_cdi", "CDD": "ct_cdd", "intérim": "ct_interim"}
ACRO_NAMES = {
    "nom_naissance": "txtNomNaissance",
    "nom_usage": "txtNomUsage",
    "prenoms": "txtPrenoms",
    "lieu_commune": "txtLieuNaisCommune",
    "lieu_pays": "txtLieuNaisPays",
    "nationalite": "txtNationalite",
    "adresse": "txtAdresse",
    "code_postal": "txtCodePostal",
    "commune": "txtCommune",
    "telephone": "txtTelephone",
    "email": "txtCourriel",
    "profession": "txtProfession",
    "autre_precision": "txtAutreSituation",
    "fait_a": "txtFaitA",
    "le_date": "txtDateSignature",
    "dob": "txtDateNaissance",
    "nir": "txtNIR",
}


# -- values -------------------------------------------------------------------------------
def nir_for(p, rng):
    sex = "1" if p[3] == "M" else "2"
    y, m = p[4][2:4], p[4][5:7]
    body = f"{sex}{y}{m}99{p[13]}{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def make_date(style, case, as_of, rng):
    if style == "none":
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(4, 40))
    elif case == "old_date":
        d = as_of - dt.timedelta(days=rng.randint(190, 300))
    else:
        d = as_of - dt.timedelta(days=rng.randint(2, 30))
    if style == "us":
        while d.day <= 12:
            d -= dt.timedelta(days=1)
        return d, f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "words":
        first = "1er" if d.day == 1 else str(d.day)
        return d, f"{first} {MOIS[d.month - 1]} {d.year}"
    if style == "dots":
        return d, f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash_short":
        return d, f"{d.day}/{d.month}/{d.year}"
    return d, f"{d.day:02d}/{d.month:02d}/{d.year}"


def no_accents(text):
    if text is None:
        return None
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def build_values(it, rng):
    p = PEOPLE[it["person"]]
    if it["fill"] == "hand" and it["hand"] in ink.NO_ACCENTS:
        p = tuple(no_accents(x) if isinstance(x, str) else x for x in p)
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed_on, date_text = make_date(it["date_style"], it["case"], as_of, rng)
    sits = [s for s in it["situation"].split("+") if s]
    nir = nir_for(p, rng) if p[13] else None
    dob = dt.date.fromisoformat(p[4])
    upper = it["fill"] == "hand" or rng.random() < 0.6
    v = {
        "nom_naissance": p[0],
        "nom_usage": p[1] or "",
        "prenoms": p[2].upper() if upper else p[2],
        "lieu_commune": p[5].upper() if upper else p[5],
        "lieu_pays": p[6].upper() if upper else p[6],
        "nationalite": p[7].upper() if upper else p[7].capitalize(),
        "adresse": p[8],
        "code_postal": p[9],
        "commune": p[10].upper() if upper else p[10],
        "telephone": p[11],
        "email": p[12],
        "nir": nir or "",
        "dob_digits": dob.strftime("%d%m%Y"),
        "dob_text": rng.choice([dob.strftime("%d/%m/%Y"), dob.strftime("%d / %m / %Y")]),
        "fait_a": rng.choice([p[10], p[10].upper()]),
        "le_date": date_text or "",
        "profession": JOBS.get(it["person"], "") if "salarie" in sits else "",
        "autre_precision": AUTRE_TEXT.get(it["person"], "") if "autre" in sits else "",
    }
    if it["fill"] == "hand" and it["hand"] in ink.NO_ACCENTS:
        v = {key: no_accents(val) for key, val in v.items()}
    checks = {"sexe_" + p[3]} | {SIT_BOX[s] for s in sits}
    if it["contract"]:
        checks.add(CONTRACT_BOX[it["contract"]])
    v["checks"] = checks
    status, defect = CASES[it["case"]]
    employment = EMPLOYMENT[sits[0]] if len(sits) == 1 else None
    fields = {
        "surname": p[0],
        "usage_name": p[1],
        "given_names": v["prenoms"],
        "sex": p[3],
        "date_of_birth": p[4],
        "employment_status": employment,
        "situation": "+".join(sits) or None,
        "contract_type": it["contract"],
        "signed": it["case"] not in ("unsigned", "label_only", "stray_mark"),
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": date_text,
        "place": v["fait_a"],
        "nir": nir,
    }
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": status,
        "defect": defect,
        "fill_way": it["fill"],
        "case": it["case"],
        "applicant": {"surname": p[0], "given_names": v["prenoms"], "date_of_birth": p[4]},
    }
    return v, fields, truth


# -- filling --------------------------------------------------------------------------------
TEXT_KEYS = (
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "adresse",
    "commune",
    "telephone",
    "email",
    "profession",
    "autre_precision",
    "fait_a",
    "le_date",
)
PAGE2 = ("fait_a", "le_date")


def typed_page(f, page, v, hand_date, font):
    c = f.c
    for name, g in f.g.items():
        if g["page"] != page:
            continue
        if g["kind"] == "text" and name in TEXT_KEYS + ("dob", "code_postal"):
            if name == "le_date" and hand_date:
                continue
            val = v.get(name, "")
            if name == "dob":
                val = v["dob_digits"][:2] + "/" + v["dob_digits"][2:4] + "/" + v["dob_digits"][4:]
            c.setFont(font, 9.5)
            c.drawString(g["x"] + 1, g["y"] + 2.5, val)
        elif g["kind"] == "comb":
            digits = v["dob_digits"] if name == "dob" else v.get(name, "")
            c.setFont(font, 10)
            for ch, (cx, cy, cw, _) in zip(digits, g["cells"]):
                c.drawCentredString(cx + cw / 2, cy + 3.5, ch)
        elif g["kind"] == "check" and name in v["checks"]:
            c.setFont(font, 10)
            c.drawCentredString(g["x"] + g["w"] / 2, g["y"] + 1, "X")


def acro_page(f, page, v, sig_img):
    af = f.c.acroForm
    for name, g in f.g.items():
        if g["page"] != page:
            continue
        if g["kind"] == "text":
            val = v.get(name, "")
            if name == "dob":
                val = v["dob_text"].replace(" ", "")
            af.textfield(
                name=ACRO_NAMES.get(name, name),
                value=val,
                x=g["x"] - 1,
                y=g["y"] - 1,
                width=g["w"],
                height=g["h"] + 3,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                fontName="Helvetica",
                fontSize=9.5,
                maxlen=120,
            )
        elif g["kind"] == "comb":
            # one single-character field per box, as in many fillable cerfa PDFs
            digits = v["dob_digits"] if name == "dob" else v.get(name, "")
            for i, (cx, cy, cw, chh) in enumerate(g["cells"]):
                af.textfield(
                    name=f"{ACRO_NAMES[name]}_{i + 1}",
                    value=digits[i : i + 1],
                    x=cx,
                    y=cy,
                    width=cw,
                    height=chh,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                    maxlen=1,
                )
        elif g["kind"] == "check":
            af.checkbox(
                name="chk_" + name,
                x=g["x"],
                y=g["y"],
                size=g["w"],
                checked=name in v["checks"],
                buttonStyle="cross",
                borderWidth=0,
                fillColor=None,
                borderColor=None,
            )
    if page == 2 and sig_img is not None:
        g = f.g["signature"]
        f.c.drawImage(
            ImageReader(sig_img), g["x"] + 10, g["y"] + 6, g["w"] - 30, g["h"] - 14, mask="auto"
        )


def pdf_bytes(run, fill_page=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    geom = layout.draw_form(c, run, fill_page)
    c.save()
    return buf.getvalue(), geom


def rasterise(data, dpi, forms=False):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    pages = []
    for i in range(len(pdf)):
        bm = pdf[i].render(scale=dpi / 72, may_draw_forms=forms)
        pages.append(bm.to_pil().convert("RGB"))
    pdf.close()
    return pages


def strip_text_ap(data):
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root.AcroForm.NeedAppearances = True
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if annot.get("/FT") == "/Tx" and "/AP" in annot:
                    del annot["/AP"]
        out = io.BytesIO()
        pdf.save(out, static_id=True)
    return out.getvalue()


class Hand:
    """Writes values on page images with a Pen; k = pixels per point."""

    def __init__(self, pen, k):
        self.pen, self.k = pen, k

    def px(self, x, y):
        return x * self.k, (layout.H - y) * self.k

    def text(self, img, g, val, size=10.0):
        if not val:
            return
        x, yb = self.px(g["x"] + 1 + self.pen.rng.uniform(0, 6), g["y"] + 2)
        ink.write(img, self.pen, val, x, yb, size, max_w=g["w"] * self.k * 0.97)

    def box(self, img, g, cross):
        x, y = self.px(g["x"], g["y"] + g["h"])
        ink.tick(img, self.pen, (x, y, g["w"] * self.k, g["h"] * self.k), cross)


def hand_fill(pages, geom, v, hand, page_only=None, skip=()):
    cross = hand.pen.rng.random() < 0.6
    for name, g in geom.items():
        img = pages[g["page"] - 1]
        if (page_only and g["page"] != page_only) or name in skip:
            continue
        if g["kind"] == "text":
            val = v["dob_text"] if name == "dob" else v.get(name, "")
            if name in ("nom_naissance", "nom_usage"):
                val = val.upper()
            hand.text(img, g, val)
        elif g["kind"] == "comb":
            digits = v["dob_digits"] if name == "dob" else v.get(name, "")
            ink.write_comb(img, hand.pen, digits, g["cells"], hand.px, 10.5)
        elif g["kind"] == "check" and name in v["checks"]:
            hand.box(img, g, cross)


def sign(pages, geom, hand, name, mode, rng):
    g = geom["signature"]
    img = pages[g["page"] - 1]
    x, y = hand.px(g["x"], g["y"] + g["h"])
    bw, bh = g["w"] * hand.k, g["h"] * hand.k
    if mode == "sign":
        sig = ink.signature(hand.pen, name, bw * 0.92, bh * 0.95, rng)
        img.paste(sig, (int(x + bw * 0.04), int(y + bh * 0.03)), sig)
    elif mode == "stray":
        ink.stray_mark(img, hand.pen, (x, y, bw, bh), rng)


# -- output -----------------------------------------------------------------------------------
def capture(img, kind, rng, dpi):
    if kind == "phone":
        out, rot = ink.phone_photo(img, rng, rng.randint(2400, 4000))
        return out, "phone_photo", rot
    if kind == "photocopy":
        return ink.photocopy(img, rng), "scan", 0
    return ink.scan(img, rng, grey=kind == "grey_scan"), "scan", 0


def save_jpeg(img, path, rng):
    img.save(path, "JPEG", quality=rng.randint(62, 90), optimize=False)


def image_pdf(paths, out, dpi):
    """A scanner's PDF: each JPEG embedded as is (DCT). reportlab names an image XObject after
    its file name, so the JPEGs are opened by a relative name from their folder."""
    out = Path(out).resolve()
    cwd = os.getcwd()
    try:
        os.chdir(paths[0].parent)
        c = canvas.Canvas(str(out), invariant=1)
        for p in paths:
            with Image.open(p) as im:
                w, h = im.size
            c.setPageSize((w * 72 / dpi, h * 72 / dpi))
            c.drawImage(p.name, 0, 0, w * 72 / dpi, h * 72 / dpi)
            c.showPage()
        c.save()
    finally:
        os.chdir(cwd)


NAMES = {
    "pdf1": [
        "formulaire_cpam.pdf",
        "S1106_demande_PUMa.pdf",
        "scan_20261104.pdf",
        "Demande_ouverture_droits.pdf",
        "doc00231.pdf",
    ],
    "pdf2": [
        ("cerfa_p1.pdf", "cerfa_p2.pdf"),
        ("SCAN0007.pdf", "SCAN0008.pdf"),
        ("formulaire page 1.pdf", "formulaire page 2.pdf"),
    ],
    "img2": [
        ("scan_0012.jpg", "scan_0013.jpg"),
        ("formulaire_1.jpg", "formulaire_2.jpg"),
        ("IMG_0341.png", "IMG_0342.png"),
    ],
    "img2_rev": [("scan_0045.jpg", "scan_0044.jpg"), ("Scan 2.jpg", "Scan 1 verso.jpg")],
    "photo2": [
        ("IMG_20261103_184512.jpg", "IMG_20261103_184540.jpg"),
        ("IMG_2087.jpg", "IMG_2088.jpg"),
        ("PXL_20261109_091233.jpg", "PXL_20261109_091301.jpg"),
    ],
}


def make_item(it, out_dir):
    rng = random.Random(zlib.crc32(("form_aj/" + it["id"]).encode()))
    v, fields, truth = build_values(it, rng)
    p = PEOPLE[it["person"]]
    dpi = rng.choice([150, 200, 240, 300]) if it["capture"] != "phone" else 220
    k = dpi / 72
    pen = ink.Pen(it["hand"], it["pen"], k, it["mess"], rng)
    hand = Hand(pen, k)
    sig_mode = {"unsigned": None, "label_only": None, "stray_mark": "stray"}.get(it["case"], "sign")
    sig_name = rng.choice(
        [
            p[2].split()[0][0] + ". " + (p[1] or p[0]).title(),
            (p[1] or p[0]).title(),
            p[2].split()[0].title() + " " + p[0].title(),
        ]
    )
    notes = [f"print run {it['run']}", f"fill {it['fill']}", f"capture {it['capture']}"]
    fill, doc_dir = it["fill"], out_dir / "documents" / it["id"]
    doc_dir.mkdir(parents=True)
    if fill == "acroform":
        sig_img = None
        if sig_mode == "sign":
            sig_img = ink.signature(pen, sig_name, 600, 200, rng)
        data, geom = pdf_bytes(it["run"], lambda f, pg: acro_page(f, pg, v, sig_img))
        if rng.random() < 0.5 or it["case"] == "unsigned":
            data = strip_text_ap(data)
            notes.append("text fields without appearance streams (NeedAppearances true)")
        name = rng.choice(NAMES["pdf1"])
        (doc_dir / name).write_bytes(data)
        files, look = [{"path": name, "pages": [1, 2]}], "text_pdf"
        notes.append("signature image pasted in the box" if sig_img else "signature box empty")
    else:
        hand_date = fill == "hand" or rng.random() < 0.5 or it["date_style"] in ("words", "us")
        typed_font = rng.choice(["Helvetica", "Courier", "Times-Roman"])
        if fill == "typed_print":
            data, geom = pdf_bytes(
                it["run"], lambda f, pg: typed_page(f, pg, v, hand_date, typed_font)
            )
            pages = rasterise(data, dpi)
        elif fill == "acroform_printed":
            data, geom = pdf_bytes(it["run"], lambda f, pg: acro_page(f, pg, v, None))
            pages = rasterise(data, dpi, forms=True)
            hand_date = False
        else:
            data, geom = pdf_bytes(it["run"])
            pages = rasterise(data, dpi)
            hand_fill(pages, geom, v, hand, skip=PAGE2)
            notes.append(f"handwriting {it['hand']}, {it['pen']} pen, mess {it['mess']}")
        # page 2 by hand: place and date when not typed, then the signature
        if fill == "hand":
            hand_fill(pages, geom, v, hand, page_only=2)
        elif hand_date:
            hand.text(pages[1], geom["le_date"], v["le_date"])
            notes.append("date written by hand")
        sign(pages, geom, hand, sig_name, sig_mode, rng)
        pages = [ink.soften(pg) for pg in pages]
        shots, look, rots = [], "scan", []
        for pg in pages:
            im, look, rot = capture(pg, it["capture"], rng, dpi)
            shots.append(im)
            rots.append(rot)
        if any(rots):
            notes.append(f"photos rotated {rots} degrees")
        files, look = write_files(it["arrangement"], shots, doc_dir, rng, dpi, look)
    if v["nom_usage"]:
        notes.append(f"usage name {v['nom_usage']} written in the 'Nom d'usage' field")
    truth["documents"] = [
        {
            "files": files,
            "type": "application_form",
            "look": look,
            "fields": fields,
            "notes": "; ".join(notes),
        }
    ]
    (out_dir / "documents" / f"{it['id']}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def write_files(arr, shots, doc_dir, rng, dpi, look):
    if arr in ("pdf1", "pdf1_rev", "pdf2"):
        with tempfile.TemporaryDirectory() as tmp:
            jp = []
            for i, im in enumerate(shots):
                path = Path(tmp) / f"p{i + 1}.jpg"
                save_jpeg(im, path, rng)
                jp.append(path)
            pdf_look = "image_pdf" if look == "scan" else look
            if arr == "pdf2":
                n1, n2 = rng.choice(NAMES["pdf2"])
                image_pdf([jp[0]], doc_dir / n1, dpi)
                image_pdf([jp[1]], doc_dir / n2, dpi)
                return [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}], pdf_look
            name = rng.choice(NAMES["pdf1"])
            order = jp if arr == "pdf1" else jp[::-1]
            image_pdf(order, doc_dir / name, dpi)
            return [{"path": name, "pages": [1, 2] if arr == "pdf1" else [2, 1]}], pdf_look
    n1, n2 = rng.choice(NAMES[arr])
    for im, n in zip(shots, (n1, n2)):
        if n.endswith(".png"):
            im.save(doc_dir / n, "PNG", optimize=False)
        else:
            save_jpeg(im, doc_dir / n, rng)
    return [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}], look


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    if (out / "documents").exists():
        shutil.rmtree(out / "documents")
    (out / "documents").mkdir(parents=True)
    (out / "packets").mkdir(exist_ok=True)
    items = [dict(zip(COLUMNS, row)) for row in ITEMS]
    for it in items:
        make_item(it, out)
    manifest = {"packets": [], "documents": [it["id"] for it in items]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
