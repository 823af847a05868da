"""Blind set form_bv: 20 cerfa 15763*02 application forms. Usage: generate.py OUT_DIR"""

import io
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import cv2
import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ink
import layout

cv2.setNumThreads(1)
W, H = layout.W, layout.H
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()

# surname, usage, given, sex, dob, birthplace, nationality, insee country, address, cp, commune
PEOPLE = [
    (
        "DIALLO",
        None,
        "MAMADOU SALIOU",
        "M",
        "1991-04-17",
        "Labé, Guinée",
        "guinéenne",
        "330",
        "14 rue Myrha",
        "75018",
        "Paris",
    ),
    (
        "OUÉDRAOGO",
        None,
        "AMINATA RASMATA",
        "F",
        "1988-11-02",
        "Ouagadougou, Burkina Faso",
        "burkinabè",
        "331",
        "7 allée des Tilleuls",
        "93200",
        "Saint-Denis",
    ),
    (
        "ISSOUFOU MAHAMADOU",
        None,
        "Abdoul-Aziz",
        "M",
        "1995-01-29",
        "Niamey, Niger",
        "nigérienne",
        "337",
        "22 boulevard Vivier Merle",
        "69003",
        "Lyon",
    ),
    (
        "MAHAMAT-NOUR",
        None,
        "HAWA",
        "F",
        "1993-07-08",
        "N'Djamena, Tchad",
        "tchadienne",
        "344",
        "3 rue du Faubourg de Pierre",
        "67000",
        "Strasbourg",
    ),
    (
        "NDONG ONDO",
        None,
        "JEAN-BAPTISTE CYRILLE",
        "M",
        "1986-12-21",
        "Libreville, Gabon",
        "gabonaise",
        "328",
        "58 cours de la Somme",
        "33800",
        "Bordeaux",
    ),
    (
        "MOUKOKO",
        "LOUZOLO",
        "GRÂCE MERVEILLE",
        "F",
        "1990-05-14",
        "Brazzaville, Congo",
        "congolaise",
        "324",
        "11 rue Sainte-Catherine",
        "13001",
        "Marseille",
    ),
    (
        "HOUNKPATIN",
        None,
        "Sèna Élodie",
        "F",
        "1997-09-30",
        "Cotonou, Bénin",
        "béninoise",
        "327",
        "40 avenue Jean Jaurès",
        "31000",
        "Toulouse",
    ),
    (
        "D'ALMEIDA",
        None,
        "KOSSI EDEM",
        "M",
        "1984-03-11",
        "Lomé, Togo",
        "togolaise",
        "345",
        "9 rue de la Paix",
        "44000",
        "Nantes",
    ),
    (
        "OKONKWO",
        "ADEYEMI",
        "CHIAMAKA BLESSING",
        "F",
        "1992-06-25",
        "Enugu, Nigeria",
        "nigériane",
        "338",
        "126 rue de Tolbiac",
        "75013",
        "Paris",
    ),
    (
        "MENSAH-BONSU",
        None,
        "KWAME KOFI",
        "M",
        "1989-10-05",
        "Kumasi, Ghana",
        "ghanéenne",
        "329",
        "5 place du Général de Gaulle",
        "59000",
        "Lille",
    ),
    (
        "ABDEL RAHMAN",
        None,
        "YOUSSEF MOHAMED ALI",
        "M",
        "1994-02-19",
        "Alexandrie, Égypte",
        "égyptienne",
        "301",
        "18 rue Paradis",
        "13006",
        "Marseille",
    ),
    (
        "AL-KHATIB",
        None,
        "Rania",
        "F",
        "1987-08-03",
        "Amman, Jordanie",
        "jordanienne",
        "222",
        "2 impasse des Lilas",
        "92100",
        "Boulogne-Billancourt",
    ),
    (
        "AL OBAIDI",
        None,
        "MUSTAFA HAMEED",
        "M",
        "1990-12-12",
        "Bagdad, Irak",
        "irakienne",
        "203",
        "31 rue Nationale",
        "37000",
        "Tours",
    ),
    (
        "CHAUDHRY",
        "MALIK",
        "AYESHA NOOR",
        "F",
        "1996-03-27",
        "Lahore, Pakistan",
        "pakistanaise",
        "213",
        "64 avenue de Flandre",
        "75019",
        "Paris",
    ),
    (
        "HOSSAIN",
        None,
        "MOHAMMAD SHAFIQUL",
        "M",
        "1985-07-01",
        "Sylhet, Bangladesh",
        "bangladaise",
        "246",
        "8 rue des Poissonniers",
        "75018",
        "Paris",
    ),
    (
        "SHRESTHA",
        None,
        "SUNITA KUMARI",
        "F",
        "1998-04-14",
        "Katmandou, Népal",
        "népalaise",
        "215",
        "27 rue Lamartine",
        "38000",
        "Grenoble",
    ),
    (
        "DELA CRUZ",
        "LEFÈVRE",
        "MARIA THERESA SANTOS",
        "F",
        "1983-10-22",
        "Cebu City, Philippines",
        "philippine",
        "220",
        "15 quai de la Fosse",
        "44000",
        "Nantes",
    ),
    (
        "SRISOMBAT",
        None,
        "NATTAPONG",
        "M",
        "1993-05-09",
        "Chiang Mai, Thaïlande",
        "thaïlandaise",
        "219",
        "4 rue d'Alsace",
        "06000",
        "Nice",
    ),
    (
        "QUISPE MAMANI",
        None,
        "LUIS FERNANDO",
        "M",
        "1991-11-28",
        "La Paz, Bolivie",
        "bolivienne",
        "421",
        "72 rue Saint-Léonard",
        "49000",
        "Angers",
    ),
    (
        "BENITEZ GONZALEZ",
        None,
        "MARIA JOSE",
        "F",
        "1999-01-16",
        "Asunción, Paraguay",
        "paraguayenne",
        "426",
        "19 rue de Brest",
        "35000",
        "Rennes",
    ),
]

# situation, contract, job / precision
SITS = [
    ("salarie", "CDI", "Agent de sécurité"),
    ("etudiant", None, None),
    ("salarie", "CDD", "Aide-soignante"),
    ("sans_activite", None, None),
    ("salarie", "Intérim", "Cariste"),
    ("autre", None, "Conjointe de ressortissant français"),
    ("independant", None, None),
    ("salarie", "CDI", "Comptable"),
    ("demandeur_emploi", None, None),
    ("salarie", "CDI", "Technicien réseaux"),
    ("salarie", "CDD", "Serveur"),
    ("sans_activite", None, None),
    ("etudiant", None, None),
    ("autre", None, "Télétravail pour une société étrangère"),
    ("salarie", "CDI", "Cuisinier"),
    ("etudiant", None, None),
    ("sans_activite", None, None),
    ("independant", None, None),
    ("salarie", "CDD", "Ouvrier du bâtiment"),
    ("demandeur_emploi", None, None),
]
EMP = {"salarie": "employed", "independant": "other", "autre": "other"}

# fill way, print run, case, arrangement, rotations for photos
PLAN = [
    ("hand", "A", "ok", "two_images", None),
    ("typed_print", "B", "ok", "one_pdf", None),
    ("acroform", "B", "ok", "acro_pdf", None),
    ("hand", "B", "label_only", "photos", (0, 90)),
    ("hand", "A", "ok", "photos", (270, 0)),
    ("acroform_printed", "A", "future_date", "one_pdf", None),
    ("typed_print", "A", "unsigned", "two_pdfs", None),
    ("hand", "B", "ok", "reversed_pdf", None),
    ("acroform", "A", "us_date", "acro_pdf_noap", None),
    ("hand", "A", "stray_mark", "p2_first", None),
    ("typed_print", "B", "ok", "photos", (0, 180)),
    ("hand", "B", "no_date", "two_images", None),
    ("acroform_printed", "B", "ok", "photos", (90, 90)),
    ("hand", "A", "none_ticked", "one_pdf", None),
    ("acroform", "B", "date_words", "acro_pdf", None),
    ("typed_print", "A", "two_ticked", "two_images", None),
    ("hand", "B", "ok", "photos", (90, 270)),
    ("acroform_printed", "A", "unsigned", "two_images", None),
    ("typed_print", "A", "ok", "reversed_pdf", None),
    ("acroform", "A", "ok", "acro_pdf", None),
]
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
    "label_only": "signature box holds only the label",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "signature date after the audit date",
    "us_date": "date written MM/DD/YYYY (US order)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked",
    "two_ticked": "two situation boxes ticked",
}
NIR_FOR = {2, 5, 10, 16}
FAIT = {"Paris", "Saint-Denis", "Lyon", "Strasbourg", "Bordeaux", "Marseille"}


def nir_of(p, rng):
    sex = "1" if p[3] == "M" else "2"
    n = sex + p[4][2:4] + p[4][5:7] + "99" + p[7] + f"{rng.randrange(1, 999):03d}"
    key = 97 - int(n) % 97
    assert len(n) == 13 and (int(n) + key) % 97 == 0
    return n + f"{key:02d}"


def build(i):
    rng = random.Random(7100 + i)
    p, (sit, ct, job), plan = PEOPLE[i], SITS[i], PLAN[i]
    case = plan[2]
    as_of = date(2026, 11, 16) + timedelta(days=rng.randrange(16))
    signed_on = as_of - timedelta(days=rng.randrange(2, 40))
    if case == "future_date":
        signed_on = as_of + timedelta(days=rng.randrange(5, 30))
    if case == "us_date":
        while signed_on.day <= 12:
            signed_on -= timedelta(days=1)
    dtext = signed_on.strftime("%d/%m/%Y")
    if case == "us_date":
        dtext = signed_on.strftime("%m/%d/%Y")
    if case == "date_words":
        dtext = f"{signed_on.day} {MOIS[signed_on.month - 1]} {signed_on.year}"
    if case == "no_date":
        dtext, signed_on = None, None
    ticks = {sit}
    if case == "none_ticked":
        ticks = set()
    if case == "two_ticked":
        ticks = {sit, "etudiant" if sit != "etudiant" else "salarie"}
    order = [s for s, _ in layout.SITUATIONS]
    situation = "+".join(s for s in order if s in ticks) or None
    emp = EMP.get(sit, "not_employed") if len(ticks) == 1 else None
    nir = nir_of(p, rng) if i in NIR_FOR else None
    place = p[10] if p[10] in FAIT or rng.random() < 0.7 else p[10].upper()
    dob = p[4]
    first = p[2].split()[0].replace("-", " ").split()[0].capitalize()
    v = {
        "nom": p[0],
        "nom_usage": p[1] or "",
        "prenoms": p[2],
        "sex": p[3],
        "ddn": dob[8:10] + dob[5:7] + dob[0:4],
        "lieu": p[5],
        "nationalite": p[6],
        "nir": nir or "",
        "adresse": p[8],
        "cp": p[9],
        "commune": p[10],
        "tel": "0"
        + str(rng.choice([6, 7]))
        + " "
        + " ".join(f"{rng.randrange(100):02d}" for _ in range(4)),
        "email": (first + "." + p[0].split()[0].replace("'", "")).lower().replace("é", "e")
        + rng.choice(["@gmail.com", "@yahoo.fr", "@outlook.fr", "@hotmail.com"]),
        "ticks": ticks,
        "ct": ct if "salarie" in ticks else None,
        "emploi": job if "salarie" in ticks else "",
        "autre_txt": job if sit == "autre" else "",
        "fait_a": place,
        "le": dtext or "",
        "signer": first + " " + (p[1] or p[0]).split()[0].replace("-", " ").title(),
    }
    if "salarie" in ticks and not v["emploi"]:
        v["emploi"], v["ct"] = "Vendeur", "CDD"
    fields = {
        "surname": p[0],
        "usage_name": p[1],
        "given_names": p[2],
        "sex": p[3],
        "date_of_birth": dob,
        "employment_status": emp,
        "situation": situation,
        "contract_type": v["ct"],
        "signed": case not in ("unsigned", "label_only", "stray_mark"),
        "signed_on": signed_on.isoformat() if signed_on else None,
        "date_text": dtext,
        "place": place,
        "nir": nir,
    }
    return rng, v, fields, as_of


# ----------------------------------------------------------------- drawing
def _px(rect, k):
    x, y, w, h = rect
    return (x * k, (H - y - h) * k, (x + w) * k, (H - y) * k)


def typed_values(c, geo, v, pg, tfont, with_date):
    c.setFont(tfont, 10)
    if pg == 2:
        keys = ["fait_a"] + (["le"] if with_date else [])
    else:
        keys = [
            "nom",
            "nom_usage",
            "prenoms",
            "lieu",
            "nationalite",
            "adresse",
            "cp",
            "commune",
            "tel",
            "email",
            "ddn",
            "nir",
            "emploi",
            "autre_txt",
        ]
    for k in keys:
        val, g = v.get(k), geo.get(k)
        if not val or g is None:
            continue
        if isinstance(g, list):
            for (x, y, w, h), ch in zip(g, val):
                c.drawCentredString(x + w / 2, y + h * 0.25, ch)
        else:
            c.drawString(g[0] + 2, g[1] + 3, val)
    if pg == 1:
        boxes = ["sexe_" + v["sex"]] + ["sit_" + t for t in v["ticks"]]
        if v["ct"]:
            boxes.append("ct_" + v["ct"])
        for b in boxes:
            x, y, w, h = geo[b]
            c.drawCentredString(x + w / 2, y + 1.5, "X")


def signature_png(v, rng):
    lay = ink.signature_layer(v["signer"], 600, 190, rng, rng.choice(ink.INKS))
    buf = io.BytesIO()
    lay.save(buf, "PNG")
    buf.seek(0)
    return ImageReader(buf)


def make_pdf(run, v, rng, mode, case, tfont="LibSans", typed_date=True):
    """mode: blank | typed | acro. Returns (pdf bytes, [geo1, geo2])."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    acro = None
    if mode == "acro":
        acro = dict(v)
        if v["ct"] is None:
            acro["ct"] = None
    g1 = layout.page1(c, run, acro)
    if mode == "typed":
        typed_values(c, g1, v, 1, tfont, typed_date)
    c.showPage()
    g2 = layout.page2(c, run, acro)
    if mode == "typed":
        typed_values(c, g2, v, 2, tfont, typed_date)
    if mode == "acro" and case not in ("unsigned", "label_only", "stray_mark"):
        x, y, w, h = g2["sig"]
        c.drawImage(signature_png(v, rng), x + 10, y + 2, w * 0.8, h - 4, mask="auto")
    c.showPage()
    c.save()
    return buf.getvalue(), [g1, g2]


def render(pdf_bytes, dpi, forms=False):
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(2):
        out.append(doc[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB"))
    return out


def hand_fill(imgs, geos, v, rng, k, run, case):
    hand = ink.HANDS[rng.choice(sorted(ink.HANDS))]
    color = rng.choice(ink.INKS)
    img, geo = imgs[0], geos[0]
    style = rng.choice(["cross", "check"])
    for key in [
        "nom",
        "nom_usage",
        "prenoms",
        "lieu",
        "nationalite",
        "adresse",
        "cp",
        "commune",
        "tel",
        "email",
        "ddn",
        "nir",
        "emploi",
        "autre_txt",
    ]:
        val, g = v.get(key), geo.get(key)
        if not val or g is None:
            continue
        if key in ("nom", "nom_usage", "prenoms", "adresse", "commune", "lieu"):
            val = val.upper()
        if isinstance(g, list):
            ink.write_comb(img, [_px(r, k) for r in g], val, hand, rng, color)
        else:
            ink.write_line(img, _px(g, k), val, hand, rng, color)
    boxes = ["sexe_" + v["sex"]] + ["sit_" + t for t in sorted(v["ticks"])]
    if v["ct"]:
        boxes.append("ct_" + v["ct"])
    for b in boxes:
        ink.tick(img, _px(geo[b], k), rng, color, style)
    hand_page2(imgs[1], geos[1], v, rng, k, case, hand, color, True)


def hand_page2(img, geo, v, rng, k, case, hand, color, write_place_date):
    if write_place_date:
        ink.write_line(img, _px(geo["fait_a"], k), v["fait_a"], hand, rng, color)
        if v["le"]:
            ink.write_line(img, _px(geo["le"], k), v["le"], hand, rng, color)
    box = _px(geo["sig"], k)
    if case == "stray_mark":
        ink.stray(img, box, rng, color)
    elif case not in ("unsigned", "label_only"):
        ink.sign(img, box, v["signer"], rng, color)


# ----------------------------------------------------------------- output
def jpeg(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


def images_pdf(pages):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    for im in pages:
        c.drawImage(ImageReader(io.BytesIO(jpeg(im, 72))), 0, 0, W, H)
        c.showPage()
    c.save()
    return buf.getvalue()


def strip_ap(pdf_bytes):
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for f in pdf.Root.AcroForm.Fields:
        if "/AP" in f:
            del f["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, static_id=True)
    return out.getvalue()


def main(out):
    out = Path(out)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(20):
        name = f"d{i + 1:03d}"
        names.append(name)
        rng, v, fields, as_of = build(i)
        fill, run, case, arr, rots = PLAN[i]
        if fill == "hand":  # written in capitals
            for key in ("surname", "usage_name", "given_names"):
                if fields[key]:
                    fields[key] = fields[key].upper()
        d = out / "documents" / name
        d.mkdir(parents=True, exist_ok=True)
        dpi = 250 if arr == "photos" else 200
        k = dpi / 72
        notes = f"print run {run}; {fill}; {arr}"
        if fill == "acroform":
            data, _ = make_pdf(run, v, rng, "acro", case)
            if arr == "acro_pdf_noap":
                data = strip_ap(data)
                notes += "; fields without appearance streams (NeedAppearances)"
            fn = rng.choice(["S1106_rempli.pdf", "cerfa_15763-02.pdf", "demande_puma.pdf"])
            (d / fn).write_bytes(data)
            files, look = [{"path": fn, "pages": [1, 2]}], "text_pdf"
        else:
            if fill == "hand":
                data, geos = make_pdf(run, v, rng, "blank", case)
                imgs = render(data, dpi)
                hand_fill(imgs, geos, v, rng, k, run, case)
            elif fill == "typed_print":
                tdate = rng.random() < 0.5
                tf = rng.choice(["LibSans", "DejaSans", "FreeMono", "Carlito"])
                data, geos = make_pdf(run, v, rng, "typed", case, tf, tdate)
                imgs = render(data, dpi)
                hand = ink.HANDS[rng.choice(sorted(ink.HANDS))]
                col = rng.choice(ink.INKS)
                hand_page2(imgs[1], geos[1], v, rng, k, case, hand, col, False)
                if not tdate and v["le"]:
                    ink.write_line(imgs[1], _px(geos[1]["le"], k), v["le"], hand, rng, col)
                notes += "; date typed" if tdate else "; date handwritten"
            else:
                v2 = dict(v)
                data, geos = make_pdf(run, v2, rng, "acro", "unsigned")
                imgs = render(data, dpi, forms=True)
                hand = ink.HANDS[rng.choice(sorted(ink.HANDS))]
                hand_page2(imgs[1], geos[1], v, rng, k, case, hand, rng.choice(ink.INKS), False)
            files, look = write_pages(d, imgs, arr, rots, rng)
            if rots:
                notes += f"; rotations {list(rots)}"
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
                    "notes": notes,
                }
            ],
        }
        (out / "documents" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    (out / "manifest.json").write_text(json.dumps({"packets": [], "documents": names}, indent=2))


def write_pages(d, imgs, arr, rots, rng):
    if arr == "photos":
        n = rng.randrange(1000, 9000)
        files = []
        for j, im in enumerate(imgs):
            fn = f"IMG_{n + j}.jpg"
            (d / fn).write_bytes(jpeg(ink.photo(im, rng, rots[j]), 88))
            files.append({"path": fn, "pages": [1]})
        return files, "phone_photo"
    scans = [ink.scan(im, rng) for im in imgs]
    if arr in ("two_images", "p2_first"):
        n = rng.randrange(10, 90)
        ext = rng.choice(["jpg", "png"]) if arr == "two_images" else "jpg"
        order = [0, 1] if arr == "two_images" else [1, 0]
        files = []
        for j, idx in enumerate(order):
            fn = f"scan_{n + j:04d}.{ext}"
            im = scans[idx].convert("L") if ext == "png" else scans[idx]
            if ext == "png":
                im.save(d / fn, "PNG", optimize=False)
            else:
                (d / fn).write_bytes(jpeg(im, 85))
            files.append((idx, {"path": fn, "pages": [1]}))
        return [f for _, f in sorted(files, key=lambda t: t[0])], "scan"
    if arr == "two_pdfs":
        (d / "formulaire_p1.pdf").write_bytes(images_pdf([scans[0]]))
        (d / "formulaire_p2.pdf").write_bytes(images_pdf([scans[1]]))
        return [
            {"path": "formulaire_p1.pdf", "pages": [1]},
            {"path": "formulaire_p2.pdf", "pages": [1]},
        ], "image_pdf"
    fn = rng.choice(
        ["scan_formulaire.pdf", "Numérisation_20261104.pdf", "cerfa_signe.pdf", "doc02417.pdf"]
    )
    if arr == "reversed_pdf":
        (d / fn).write_bytes(images_pdf([scans[1], scans[0]]))
        return [{"path": fn, "pages": [2, 1]}], "image_pdf"
    (d / fn).write_bytes(images_pdf(scans))
    return [{"path": fn, "pages": [1, 2]}], "image_pdf"


if __name__ == "__main__":
    main(sys.argv[1])
