"""Blind set form_ao: 16 application forms (cerfa 15763*02, S1106) as people send them.

Usage: generate.py OUT_DIR
"""

import io
import json
import random
import sys
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import formlayout as fl  # noqa: E402
import handwriting as hw  # noqa: E402

MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
SIT_KEYS = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
    "autre": "other",
}


def nir_key(nir13):
    return f"{97 - int(nir13) % 97:02d}"


# doc, surname, usage, given, sex, dob, birth place, country, nationality, nir13,
# address, postcode, city, situation(s), profession, contract, other text,
# fill way, arrangement, run, case, as_of, date written, place
D = [
    ("d001", "MAHAMANE SANI", None, "Hadiza", "F", "1994-03-12", "Zinder", "Niger",
     "nigérienne", None, "27 rue Paul Bert", "69003", "Lyon", ["salarie"], "aide-soignante",
     "CDD", "", "hand", "one_pdf", "A", "ok", "2026-11-20", "02/11/2026", "Lyon"),
    ("d002", "ABAKAR", None, "Mahamat-Saleh", "M", "1988-07-25", "N'Djamena", "Tchad",
     "tchadienne", None, "14 allée des Demoiselles", "31400", "Toulouse", ["sans_activite"], "",
     None, "", "typed_print", "two_images", "B", "unsigned", "2026-11-17", "09/11/2026",
     "Toulouse"),
    ("d003", "DA SILVA CABRAL", "MOREAU", "Nádia Fátima", "F", "1991-10-04", "Bissau",
     "Guinée-Bissau", "bissau-guinéenne", None, "5 cours de l'Argonne", "33000", "Bordeaux",
     ["salarie"], "comptable", "CDI", "", "acroform", "one_pdf", "C", "ok", "2026-11-24",
     "13/11/2026", "Bordeaux"),
    ("d004", "OULD CHEIKH", None, "Mohamed Lemine", "M", "1979-01-30", "Nouakchott",
     "Mauritanie", "mauritanienne", "1790199336045", "88 rue de Normandie", "76600", "Le Havre",
     ["salarie"], "cariste", "intérim", "", "hand", "phone_photos", "A", "us_date", "2026-11-26",
     "11/16/2026", "Le Havre"),
    ("d005", "ASANOVA", "DUPRÉ", "Aizhan Bakytovna", "F", "1996-05-21", "Bichkek",
     "Kirghizistan", "kirghize", None, "3 place Notre-Dame", "38000", "Grenoble",
     ["sans_activite"], "", None, "", "acroform_printed", "two_images_p2_first", "B", "ok",
     "2026-11-19", "04/11/2026", "Grenoble"),
    ("d006", "MAMMADOV", None, "Elchin", "M", "1985-12-02", "Bakou", "Azerbaïdjan",
     "azerbaïdjanaise", None, "41 route du Polygone", "67100", "Strasbourg", ["independant"],
     "développeur web", None, "", "acroform", "two_pdfs", "C", "label_only", "2026-11-30",
     "20/11/2026", "Strasbourg"),
    ("d007", "KAVALIOVA", None, "Alesia", "F", "1993-08-17", "Hrodna", "Biélorussie",
     "biélorusse", None, "12 boulevard de la Liberté", "35000", "Rennes", ["etudiant"], "", None,
     "", "typed_print", "phone_photos", "C", "ok", "2026-11-18", "06/11/2026", "Rennes"),
    ("d008", "HADŽIĆ", None, "Emir", "M", "1982-04-09", "Tuzla", "Bosnie-Herzégovine",
     "bosnienne", None, "9 rue de la Fonderie", "68100", "Mulhouse", ["salarie"], "soudeur",
     "CDI", "", "acroform_printed", "one_pdf_reversed", "A", "future_date", "2026-11-16",
     "03/12/2026", "Mulhouse"),
    ("d009", "HTET", None, "Aung Kyaw", "M", "1990-11-28", "Mandalay", "Myanmar", "birmane",
     None, "120 boulevard National", "13003", "Marseille", ["salarie"], "cuisinier", "CDD", "",
     "hand", "two_images", "B", "ok", "2026-11-27", "17/11/2026", "Marseille"),
    ("d010", "TAN", None, "Wei Ling", "F", "1998-02-14", "George Town", "Malaisie",
     "malaisienne", None, "7 rue Solférino", "59000", "Lille", ["demandeur_emploi"], "", None,
     "", "typed_print", "one_pdf", "A", "stray_mark", "2026-11-23", "12/11/2026", "Lille"),
    ("d011", "FA'AMAUSILI", None, "Sina Malia", "F", "1987-06-03", "Apia", "Samoa", "samoane",
     None, "18 rue de l'Aiguillerie", "34000", "Montpellier", ["autre"], "", None,
     "conjointe d'un chercheur invité", "hand", "two_pdfs", "C", "no_date", "2026-11-21", None,
     "Montpellier"),
    ("d012", "PÉREZ D'ALESSANDRO", None, "María Victoria", "F", "1984-09-19", "Montevideo",
     "Uruguay", "uruguayenne", "2840999423118", "2 quai de Versailles", "44000", "Nantes",
     ["salarie"], "ingénieure", "CDI", "", "acroform", "one_pdf_reversed", "B", "ok",
     "2026-12-01", "24/11/2026", "Nantes"),
    ("d013", "HERNÁNDEZ MARTÍNEZ", None, "José Rodrigo", "M", "1992-01-07", "San Salvador",
     "El Salvador", "salvadorienne", None, "63 avenue de Muret", "31300", "Toulouse", [], "",
     None, "", "acroform_printed", "phone_photos", "C", "none_ticked", "2026-11-25",
     "10/11/2026", "Toulouse"),
    ("d014", "LAVILLE-JOSEPH", None, "Kerry-Ann", "F", "1989-03-26", "Roseau", "Dominique",
     "dominiquaise", None, "45 rue des Pyrénées", "75020", "Paris", ["salarie", "etudiant"],
     "aide à domicile", "CDD", "", "hand", "two_images_p2_first", "A", "two_ticked",
     "2026-11-16", "30/10/2026", "Paris"),
    ("d015", "AL-JUBOURI", None, "Hussein Ali", "M", "1975-07-01", "Mossoul", "Irak",
     "irakienne", None, "4 rue Fontgiève", "63000", "Clermont-Ferrand", ["sans_activite"], "",
     None, "", "hand", "two_pdfs", "C", "date_words", "2026-11-20", "3 novembre 2026",
     "Clermont-Fd"),
    ("d016", "BA'ABBAD", None, "Amal", "F", "2001-12-11", "Aden", "Yémen", "yéménite",
     "2011299251027", "10 rue Chabot-Charny", "21000", "Dijon", ["salarie"],
     "assistante dentaire", "CDI", "", "acroform", "two_pdfs", "A", "ok", "2026-11-22",
     "16/11/2026", "Dijon"),
]  # fmt: skip

KEYS = [
    "doc",
    "surname",
    "usage",
    "given",
    "sex",
    "dob",
    "bplace",
    "bcountry",
    "nat",
    "nir",
    "address",
    "postcode",
    "city",
    "sits",
    "profession",
    "contract",
    "other",
    "way",
    "arrangement",
    "run",
    "case",
    "as_of",
    "date",
    "place",
]

VERDICT = {
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
    "stray_mark": "only a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}


def phone_of(rng):
    return "0" + rng.choice("67") + " " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4))


def email_of(s, rng):
    g = s["given"].split()[0].split("-")[0].lower()
    n = s["surname"].split()[0].replace("'", "").lower()
    tr = str.maketrans("áéíóúüžćšèàçñ", "aeiouuzcseacn")
    dom = rng.choice(["gmail.com", "yahoo.fr", "outlook.com", "hotmail.com", "laposte.net"])
    return f"{g}.{n}{rng.choice(['', '', str(rng.randrange(10, 99))])}@{dom}".translate(tr)


def values(s, rng):
    y, m, d = s["dob"].split("-")
    sits = s["sits"]
    v = {
        "surname": s["surname"],
        "usage_name": s["usage"] or "",
        "given_names": s["given"],
        "dob": d + m + y,
        "birth_place": s["bplace"],
        "birth_country": s["bcountry"],
        "nationality": s["nat"],
        "nir": s["nir"] or "",
        "nir_key": nir_key(s["nir"]) if s["nir"] else "",
        "address": s["address"],
        "postcode": s["postcode"],
        "city": s["city"] if s["city"] != "Paris" else "Paris 20e",
        "phone": phone_of(rng),
        "email": email_of(s, rng),
        "profession": s["profession"],
        "autre_text": s["other"],
        "place": s["place"],
        "date": s["date"] or "",
        "boxes": [f"sit_{k}" for k in sits] + [f"ct_{s['contract']}"] * bool(s["contract"]),
        "sex_box": "sex_" + s["sex"],
    }
    if s["contract"] == "intérim":
        v["boxes"][-1] = "ct_interim"
    return v


TEXT_FIELDS = [
    "surname",
    "usage_name",
    "given_names",
    "birth_place",
    "birth_country",
    "nationality",
    "address",
    "city",
    "phone",
    "email",
    "profession",
    "autre_text",
]
COMBS = ["dob", "nir", "nir_key", "postcode"]
PAGE2 = ["place", "date"]


# ---- PDF building ------------------------------------------------------------------------


def draw_typed(c, anchors, v, page, fontname, size, fields, boxes):
    c.setFillColor(Color(0.05, 0.05, 0.08))
    for name in fields:
        a = anchors.get(name)
        if a is None or a["page"] != page or not v.get(name):
            continue
        txt = v[name]
        if a["kind"] == "comb":
            for ch, (x, y, w, h) in zip(txt, a["cells"]):
                c.setFont(fontname, size + 1)
                c.drawCentredString(x + w / 2, y + (h - size) / 2 + 1, ch)
            continue
        fs = size
        while stringWidth(txt, fontname, fs) > a["w"] - 4 and fs > 6:
            fs -= 0.5
        c.setFont(fontname, fs)
        c.drawString(a["x"] + 2, a["y"] + max(2.5, (a["h"] - fs) / 2), txt)
    for name in boxes:
        a = anchors.get(name)
        if a and a["page"] == page:
            c.setFont("Helvetica-Bold", a["h"] + 1)
            c.drawCentredString(a["x"] + a["w"] / 2, a["y"] + 1, "X")


def acro_name(name, style):
    names = {
        "surname": "nom_naissance",
        "usage_name": "nom_usage",
        "given_names": "prenoms",
        "birth_place": "lieu_naissance",
        "birth_country": "pays_naissance",
        "nationality": "nationalite",
        "address": "adresse",
        "city": "commune",
        "phone": "telephone",
        "email": "courriel",
        "profession": "profession",
        "autre_text": "autre_precisez",
        "nir": "nir",
        "nir_key": "nir_cle",
        "postcode": "code_postal",
        "place": "fait_a",
        "date": "date_signature",
    }
    n = names.get(name, name)
    if style == 1:
        return "".join(p.capitalize() for p in n.split("_"))
    return n


def add_acro(c, anchors, v, page, style, boxes):
    form = c.acroForm
    bg = Color(0.86, 0.9, 1.0) if style else None
    for name in TEXT_FIELDS + COMBS + PAGE2:
        a = anchors.get(name)
        if a is None or a["page"] != page:
            continue
        if name == "dob":
            for part, (lo, hi), sub in zip(v["dob_parts"], [(0, 2), (2, 4), (4, 8)], "JMA"):
                x0, y0, _, h = a["cells"][lo]
                x1 = a["cells"][hi - 1][0] + a["cells"][hi - 1][2]
                form.textfield(
                    name=acro_name(f"date_naissance_{sub.lower() * (2 if sub != 'A' else 4)}",
                                   style),
                    value=part, x=x0, y=y0, width=x1 - x0, height=h, maxlen=hi - lo,
                    fieldFlags="comb", borderWidth=0, fillColor=bg, fontSize=10,
                )  # fmt: skip
            continue
        kw = dict(maxlen=len(a["cells"]), fieldFlags="comb") if a["kind"] == "comb" else {}
        form.textfield(
            name=acro_name(name, style),
            value=v.get(name, ""),
            x=a["x"],
            y=a["y"],
            width=a["w"],
            height=min(a["h"], 16),
            borderWidth=0,
            fillColor=bg,
            fontName="Helvetica",
            fontSize=9 if a["kind"] == "text" else 10,
            **kw,
        )
    for name, a in anchors.items():
        if a["kind"] == "box" and a["page"] == page:
            form.checkbox(
                name=acro_name(name, style),
                x=a["x"],
                y=a["y"],
                size=a["w"],
                checked=name in boxes,
                buttonStyle="cross" if style else "check",
                borderWidth=0,
                fillColor=bg,
            )


def build_pdf(s, v, anchors_out, pages, mode, rng, sig_png=None):
    """mode: blank | typed | acro. pages: order of form pages in this PDF."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(fl.W, fl.H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setCreator("cerfa 15763*02")
    fontname, size = v.get("typed_font", ("LibSans", 10))
    for p in pages:
        d = fl.Drawer(c, s["run"])
        d.page1() if p == 1 else d.page2()
        anchors = d.anchors
        anchors_out.update(anchors)
        if mode == "typed":
            fields = [f for f in TEXT_FIELDS + COMBS + PAGE2 if f in v["typed"]]
            boxes = v["boxes"] + [v["sex_box"]]
            draw_typed(c, anchors, v, p, fontname, size, fields, boxes)
        elif mode == "acro":
            add_acro(c, anchors, v, p, v["acro_style"], v["boxes"] + [v["sex_box"]])
        if sig_png is not None and p == 2:
            a = anchors["signature"]
            im = Image.open(io.BytesIO(sig_png))
            f = min(0.8 * a["w"] / im.width, 0.8 * a["h"] / im.height)
            w, h = im.width * f, im.height * f
            c.drawImage(
                ImageReader(io.BytesIO(sig_png)),
                a["x"] + (a["w"] - w) / 2 + rng.uniform(-15, 15),
                a["y"] + (a["h"] - h) / 2 + rng.uniform(-6, 4),
                w,
                h,
                mask="auto",
            )
        c.showPage()
    c.save()
    return buf.getvalue()


def strip_appearances(data):
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, static_id=True)
    return out.getvalue()


# ---- raster ------------------------------------------------------------------------------


def render(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = [doc[i].render(scale=dpi / 72).to_pil().convert("RGBA") for i in range(len(doc))]
    doc.close()
    return pages


def to_px(a, k):
    x, y, w, h = a["x"] * k, (fl.H - a["y"] - a["h"]) * k, a["w"] * k, a["h"] * k
    return x, y, w, h


def cell_px(cell, k):
    x, y, w, h = cell
    return x * k, (fl.H - y - h) * k, w * k, h * k


def hand_fill(img, anchors, v, page, pen, k, names, boxes):
    for name in names:
        a = anchors[name]
        if a["page"] != page or not v.get(name):
            continue
        if a["kind"] == "comb":
            for ch, cell in zip(v[name], a["cells"]):
                pen.char_in_cell(img, cell_px(cell, k), ch, a["h"] * k * 0.78)
            continue
        x, y, w, h = to_px(a, k)
        txt = v[name]
        if name not in ("email", "date", "place", "autre_text", "profession") and pen.caps:
            txt = txt.upper()
        pen.write(img, x + 4 * k, y + h - 3 * k, txt, 12.5 * k, max_w=w - 6 * k)
    for name in boxes:
        a = anchors[name]
        if a["page"] == page:
            pen.tick(img, to_px(a, k), max(2, int(1.1 * k)))


def sign(img, anchors, s, v, pen, k, rng):
    a = anchors["signature"]
    box = to_px(a, k)
    case = s["case"]
    if case in ("unsigned", "label_only"):
        return
    if case == "stray_mark":
        hw.stray_mark(img, box, rng, pen.ink)
        return
    sig = pen.signature(v["sig_name"], int(box[3] * 0.6))
    hw.paste_center(img, sig, box, rng)


# ---- one document ------------------------------------------------------------------------


def make_doc(s, out):
    rng = random.Random("form_ao/" + s["doc"])
    seed = int.from_bytes(s["doc"].encode(), "big")
    v = values(s, rng)
    y, m, d = s["dob"].split("-")
    v["dob_parts"] = [d, m, y]
    first = s["given"].split()[0]
    v["sig_name"] = rng.choice(
        [
            f"{first[0]}. {(s['usage'] or s['surname']).split()[0].title()}",
            f"{first} {s['surname'].split()[0].title()[:4]}",
            (s["usage"] or s["surname"]).split()[0].title(),
        ]
    )
    written = "".join(str(x) for x in v.values() if isinstance(x, str))
    pen = hw.Pen(rng, written + written.upper(), v["sig_name"])
    pen.caps = rng.random() < 0.7
    way, arr, case = s["way"], s["arrangement"], s["case"]
    if case == "none_ticked":
        v["boxes"] = []
    anchors = {}
    sig_png = None
    reverse = arr == "one_pdf_reversed"
    order = [2, 1] if reverse else [1, 2]
    hand_names, hand_boxes = [], []
    if way == "acroform":
        v["acro_style"] = int(s["run"] != "A")
        if case not in ("unsigned", "label_only", "stray_mark"):
            box = (0, 0, 600, 240)
            sig = pen.signature(v["sig_name"], 150)
            im = Image.new("RGBA", sig.size, (0, 0, 0, 0))
            im.alpha_composite(sig)
            b = io.BytesIO()
            im.save(b, "PNG")
            sig_png = b.getvalue()
            del box
        files = []
        strip = s["doc"] in ("d006", "d012")
        if arr in ("one_pdf", "one_pdf_reversed"):
            data = build_pdf(s, v, anchors, order, "acro", rng, sig_png)
            name = rng.choice(["S1106_formulaire_rempli.pdf", "demande_puma.pdf"])
            blobs = [(name, strip_appearances(data) if strip else data)]
            files = [{"path": name, "pages": [2, 1] if reverse else [1, 2]}]
        else:
            blobs = []
            for p in (1, 2):
                data = build_pdf(s, v, anchors, [p], "acro", rng, sig_png if p == 2 else None)
                name = f"cerfa_15763_page{p}.pdf"
                blobs.append((name, strip_appearances(data) if strip else data))
                files.append({"path": name, "pages": [1]})
        look = "text_pdf"
    else:
        if way == "hand":
            mode = "blank"
            hand_names = TEXT_FIELDS + COMBS + PAGE2
            hand_boxes = v["boxes"] + [v["sex_box"]]
        else:
            mode = "typed"
            typed = set(TEXT_FIELDS + COMBS + ["place"])
            date_by_hand = way == "typed_print" and s["doc"] == "d007"
            if not date_by_hand:
                typed.add("date")
            else:
                hand_names = ["date"]
            v["typed"] = typed
            if way == "acroform_printed":
                ok = all(ord(ch) < 256 for ch in s["surname"] + s["given"])
                v["typed_font"] = ("Helvetica", 9.5) if ok else ("DejaVu", 9)
            else:
                v["typed_font"] = rng.choice([("LibSans", 10.5), ("LibMono", 10), ("Lato", 11)])
        data = build_pdf(s, v, anchors, [1, 2], mode, rng)
        photo = arr == "phone_photos"
        dpi = 220 if photo else rng.choice([150, 200, 300])
        k = dpi / 72
        pages = render(data, dpi)
        for i, img in enumerate(pages, start=1):
            hand_fill(img, anchors, v, i, pen, k, hand_names, hand_boxes if i == 1 else [])
            if i == 2:
                sign(img, anchors, s, v, pen, k, rng)
        if photo:
            rots = [rng.choice([0, 0, 1, 3]), rng.choice([0, 2, 3])]
            looks = [
                hw.photo_look(p, rng, seed + i, rng.choice([3024, 4032]), rots[i])
                for i, p in enumerate(pages)
            ]
        else:
            looks = [hw.scan_look(p, rng, seed + i) for i, p in enumerate(pages)]
        blobs, files = pack_images(s, looks, arr, dpi, rng)
        look = "phone_photo" if photo else ("image_pdf" if "pdf" in arr else "scan")
    folder = out / "documents" / s["doc"]
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in blobs:
        (folder / name).write_bytes(data)
    return truth(s, v, files, look)


def jpeg(img, q, dpi=None):
    b = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(b, "JPEG", quality=q, **kw)
    return b.getvalue()


def image_pdf(jpegs):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(fl.W, fl.H), invariant=1)
    c.setCreator("Epson Scan 2")
    for j in jpegs:
        c.drawImage(ImageReader(io.BytesIO(j)), 0, 0, fl.W, fl.H)
        c.showPage()
    c.save()
    return buf.getvalue()


def pack_images(s, looks, arr, dpi, rng):
    q = rng.choice([72, 80, 88])
    jp = [jpeg(im, q, dpi if arr != "phone_photos" else None) for im in looks]
    n = rng.randrange(10, 90)
    if arr == "one_pdf":
        stamp = f"{s['as_of'][:8].replace('-', '')}{int(s['as_of'][8:]) - 1:02d}"
        name = rng.choice(["formulaire_puma.pdf", f"Numérisation_{stamp}.pdf", "scan.pdf"])
        return [(name, image_pdf(jp))], [{"path": name, "pages": [1, 2]}]
    if arr == "one_pdf_reversed":
        name = "cerfa_S1106_signe.pdf"
        return [(name, image_pdf(jp[::-1]))], [{"path": name, "pages": [2, 1]}]
    if arr == "two_pdfs":
        names = [f"formulaire_p{i}.pdf" for i in (1, 2)]
        return [(nm, image_pdf([j])) for nm, j in zip(names, jp)], [
            {"path": nm, "pages": [1]} for nm in names
        ]
    if arr == "two_images":
        names = [f"scan_{n:04d}.jpg", f"scan_{n + 1:04d}.jpg"]
    elif arr == "two_images_p2_first":
        names = [f"IMG_{3300 + n + 1}.jpg", f"IMG_{3300 + n}.jpg"]
    else:
        day = int(s["as_of"][8:]) - rng.randrange(2, 6)
        names = [f"IMG_{s['as_of'][:8].replace('-', '')}{day:02d}_0931{n % 60:02d}.jpg"]
        names.append(names[0].replace(f"_0931{n:02d}", f"_0932{(n + 17) % 60:02d}"))
    return list(zip(names, jp)), [{"path": nm, "pages": [1]} for nm in names]


def truth(s, v, files, look):
    case = s["case"]
    sits = [] if case == "none_ticked" else s["sits"]
    date = s["date"]
    if date is None:
        signed_on = None
    elif case == "date_words":
        dd, mm, yy = date.split()
        signed_on = f"{yy}-{MONTHS.split().index(mm) + 1:02d}-{int(dd):02d}"
    elif case == "us_date":
        mm, dd, yy = date.split("/")
        signed_on = f"{yy}-{mm}-{dd}"
    else:
        dd, mm, yy = date.split("/")
        signed_on = f"{yy}-{mm}-{dd}"
    fields = {
        "surname": s["surname"],
        "usage_name": s["usage"],
        "given_names": s["given"],
        "sex": s["sex"],
        "date_of_birth": s["dob"],
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(sits) or None,
        "contract_type": s["contract"] if "salarie" in sits else None,
        "signed": case not in ("unsigned", "label_only", "stray_mark"),
        "signed_on": signed_on,
        "date_text": date,
        "place": s["place"],
        "nir": (s["nir"] + nir_key(s["nir"])) if s["nir"] else None,
    }
    notes = f"print run {s['run']}; fill way {s['way']}; arrangement {s['arrangement']}"
    if s["way"] == "acroform":
        notes += "; AcroForm " + (
            "without appearance streams (NeedAppearances)"
            if s["doc"] in ("d006", "d012")
            else "with appearance streams"
        )
    return {
        "as_of": s["as_of"],
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": VERDICT[case],
        "defect": DEFECT.get(case),
        "fill_way": s["way"],
        "case": case,
        "applicant": {
            "surname": s["surname"],
            "given_names": s["given"],
            "date_of_birth": s["dob"],
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


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    fl.register_fonts()
    only = None
    docs = []
    for row in D:
        s = dict(zip(KEYS, row))
        if only and s["doc"] not in only:
            continue
        t = make_doc(s, out)
        path = out / "documents" / f"{s['doc']}.truth.json"
        path.write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        docs.append(s["doc"])
    manifest = {"packets": [], "documents": docs}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    main()
