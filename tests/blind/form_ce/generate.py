"""Blind set form_ce: 20 PUMa application forms (cerfa 15763*02, S1106), one per document.

Usage: generate.py OUT_DIR
"""

import io
import json
import random
import sys
import unicodedata
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from fontTools.ttLib import TTFont as FTFont
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import forms
import hand as hw

cv2.setNumThreads(1)
DPI = 200
S = DPI / 72.0
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS = MONTHS.split()
EMPLOYMENT = {
    "salarie": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
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
HANDS = {
    "h1": {"name": "breip", "ink": "blue", "size": 12.5, "slant": 0.05},
    "h2": {"name": "dkg", "ink": "black", "size": 13, "slant": 0.12},
    "h3": {"name": "dkg_bold", "ink": "blue", "size": 12, "slant": 0.0, "jitter": 1.3},
    "h4": {"name": "ecolier", "ink": "blue_black", "size": 14, "slant": 0.0},
    "h5": {"name": "breip", "ink": "black", "size": 13, "slant": 0.18, "jitter": 1.5},
    "h6": {"name": "dkg", "ink": "blue", "size": 12, "slant": 0.2, "wall": True},
}

# id, run, fill, case, look, arrangement, hand, case style, tick style, sig label
# person: surname, usage, given, sex, dob, birth place, country, nationality
# situation(s), job, contract, other text, address, postcode, city, phone, email, nir order
DOCS = [
    ("d001", "A", "hand", "ok", "scan", "img2", "h1", "caps", "x", "above",
     ("BENALI", None, "Yasmine", "F", "1994-03-17", "Oran", "Algérie", "algérienne"),
     (["salarie"], "Assistante comptable", "CDI", None),
     ("14 rue des Tanneurs", "67000", "Strasbourg", "06 12 48 93 20", "y.benali94@gmail.com"),
     None, "2026-11-12", "dots", "2026-11-20"),
    ("d002", "B", "typed_print", "unsigned", "image_pdf", "pdf1", "h2", "caps", "x", "grey",
     ("NGUYEN", None, "Thi Ngoc Anh", "F", "1991-08-02", "Hanoi", "Viet Nam", "vietnamienne"),
     (["etudiant"], None, None, None),
     ("5 allée Jean Jaurès", "31000", "Toulouse", "07 68 22 14 05", "ngocanh.nguyen@outlook.fr"),
     None, "2026-11-09", "slash", "2026-11-17"),
    ("d003", "A", "acroform", "ok", "text_pdf", "text1", "h2", "caps", "x", "above",
     ("DIALLO", None, "Mamadou Saliou", "M", "1988-12-05", "Thiès", "Sénégal", "sénégalaise"),
     (["salarie"], "Agent de sécurité", "CDD", None),
     ("27 avenue de la République", "93300", "Aubervilliers", "06 51 77 30 84",
      "mamadou.diallo88@yahoo.fr"),
     None, "2026-11-18", "slash", "2026-11-23"),
    ("d004", "B", "hand", "future_date", "phone_photo", "photos", "h4", "mixed", "check", "above",
     ("O'Connor", None, "Siobhán Mary", "F", "1996-05-23", "Cork", "Irlande", "irlandaise"),
     (["autre"], None, None, "micro-entrepreneuse (traductrice)"),
     ("3 place du Marché", "35000", "Rennes", "07 81 40 52 96", "siobhan.oconnor@proton.me"),
     None, "2026-11-25", "slash", "2026-11-18"),
    ("d005", "B", "hand", "ok", "image_pdf", "pdf1", "h3", "caps", "fill", "inside",
     ("GARCÍA MÁRQUEZ", None, "María de los Ángeles", "F", "1990-11-30", "Bogotá", "Colombie",
      "colombienne"),
     (["sans_activite"], None, None, None),
     ("118 boulevard Voltaire", "75011", "Paris", "06 99 03 27 41", "mangeles.garcia@gmail.com"),
     None, "2026-11-05", "slash", "2026-11-24"),
    ("d006", "A", "acroform_printed", "no_date", "scan", "img2", "h1", "caps", "x", "above",
     ("KOVALENKO", None, "Oleksandr Petrovych", "M", "1985-02-14", "Kharkiv", "Ukraine",
      "ukrainienne"),
     (["demandeur_emploi"], None, None, None),
     ("9 rue Paul Bert", "69003", "Lyon", "07 53 18 64 70", "o.kovalenko85@ukr.net"),
     ("155", "047"), None, "none", "2026-11-19"),
    ("d007", "A", "hand", "date_words", "phone_photo", "photos", "h2", "caps", "check", "grey",
     ("ÖZTÜRK", None, "Mehmet Emre", "M", "1992-06-30", "Izmir", "Turquie", "turque"),
     (["salarie"], "Cariste", "Intérim", None),
     ("41 rue Gambetta", "59000", "Lille", "06 45 90 12 38", "emre.ozturk@hotmail.com"),
     None, "2026-11-03", "words", "2026-11-20"),
    ("d008", "A", "typed_print", "none_ticked", "scan", "img2_rev", "h5", "caps", "x", "above",
     ("LI", None, "Wei", "M", "1993-07-09", "Chengdu", "Chine", "chinoise"),
     ([], None, None, None),
     ("22 rue de la Roquette", "75011", "Paris", "07 66 21 08 93", "liwei.paris@163.com"),
     None, "2026-11-16", "slash", "2026-11-26"),
    ("d009", "B", "acroform", "ok", "text_pdf", "text1_noap", "h4", "caps", "x", "above",
     ("FALL", "DIOP", "Aminata", "F", "1987-04-11", "Kaolack", "Sénégal", "sénégalaise"),
     (["salarie"], "Aide-soignante", "CDI", None),
     ("6 impasse des Lilas", "44000", "Nantes", "06 22 85 47 19", "aminata.diop@orange.fr"),
     ("341", "112"), "2026-11-10", "slash", "2026-11-16"),
    ("d010", "A", "hand", "us_date", "image_pdf", "pdf1_rev", "h6", "caps", "x", "above",
     ("HOSSEINI", None, "Seyed Mohammad Reza", "M", "1989-09-21", "Ispahan", "Iran",
      "iranienne"),
     (["etudiant"], None, None, None),
     ("15 cours Victor Hugo", "33000", "Bordeaux", "07 49 31 06 25", "smr.hosseini@gmail.com"),
     None, "2026-11-19", "us", "2026-11-27"),
    ("d011", "B", "typed_print", "ok", "phone_photo", "photos", "h1", "caps", "x", "above",
     ("EL MANSOURI", None, "Karim", "M", "1992-01-12", "Casablanca", "Maroc", "marocaine"),
     (["salarie"], "Serveur", "CDD", None),
     ("88 rue de Paris", "92100", "Boulogne-Billancourt", "06 30 14 72 88",
      "karim.elmansouri@gmail.com"),
     None, "2026-11-14", "slash", "2026-11-21"),
    ("d012", "B", "acroform", "label_only", "text_pdf", "text1", "h2", "caps", "x", "grey",
     ("JEAN-BAPTISTE", None, "Marie-Carmel Guerda", "F", "1989-04-26", "Port-au-Prince",
      "Haïti", "haïtienne"),
     (["sans_activite"], None, None, None),
     ("2 rue Lamartine", "97300", "Cayenne", "06 94 27 13 50", "mcjeanbaptiste@yahoo.fr"),
     None, "2026-11-20", "slash", "2026-11-25"),
    ("d013", "B", "hand", "two_ticked", "image_pdf", "pdf2", "h5", "mixed", "x", "above",
     ("Santos da Silva", None, "João Pedro", "M", "1995-06-08", "Recife", "Brésil",
      "brésilienne"),
     (["salarie", "etudiant"], "Apprenti cuisinier", "Apprentissage", None),
     ("31 rue Nationale", "37000", "Tours", "07 58 62 90 17", "joaopedro.ss@gmail.com"),
     None, "2026-11-08", "slash", "2026-11-19"),
    ("d014", "A", "hand", "ok", "image_pdf", "pdf2", "h3", "caps", "fill", "inside",
     ("KHOURY", "HADDAD", "Rita", "F", "1983-10-03", "Beyrouth", "Liban", "libanaise"),
     (["sans_activite"], None, None, None),
     ("7 rue Saint-Ferréol", "13001", "Marseille", "06 03 55 28 71", "rita.haddad@icloud.com"),
     None, "2026-11-02", "slash", "2026-11-30"),
    ("d015", "A", "hand", "stray_mark", "scan", "img2", "h2", "caps", "check", "above",
     ("DELA CRUZ", None, "Maria Cristina Santos", "F", "1997-02-28", "Quezon City",
      "Philippines", "philippine"),
     (["salarie"], "Auxiliaire de vie", "CDI", None),
     ("50 rue de Vaugirard", "75006", "Paris", "07 45 12 83 66", "mcdelacruz97@gmail.com"),
     None, "2026-11-13", "slash", "2026-11-22"),
    ("d016", "B", "acroform_printed", "ok", "phone_photo", "photos", "h6", "caps", "x", "above",
     ("IVANOVA", None, "Ekaterina Sergeyevna", "F", "1990-12-19", "Saint-Pétersbourg", "Russie",
      "russe"),
     (["autre"], None, None, "travailleuse indépendante (graphiste)"),
     ("12 quai de la Fosse", "44000", "Nantes", "06 77 49 20 35", "e.ivanova.design@mail.ru"),
     None, "2026-11-11", "slash", "2026-11-18"),
    ("d017", "A", "typed_print", "ok", "scan", "img2_rev", "h4", "caps", "x", "above",
     ("MBARGA ESSOMBA", None, "Jean-Paul", "M", "1986-08-15", "Yaoundé", "Cameroun",
      "camerounaise"),
     (["salarie"], "Ingénieur logiciel", "CDI", None),
     ("4 rue du Faubourg Bannier", "45000", "Orléans", "06 86 34 57 02",
      "jp.mbarga@protonmail.com"),
     ("322", "215"), "2026-11-17", "slash", "2026-12-01"),
    ("d018", "B", "hand", "ok", "scan", "img2", "h5", "lower", "check", "above",
     ("Sharma", None, "Priya", "F", "1994-09-11", "Jaipur", "Inde", "indienne"),
     (["etudiant"], None, None, None),
     ("19 avenue de Grande-Bretagne", "38000", "Grenoble", "07 62 80 19 44",
      "priya.sharma@etu.univ-grenoble-alpes.fr"),
     None, "2026-11-06", "slash", "2026-11-16"),
    ("d019", "A", "acroform", "unsigned", "text_pdf", "text1", "h1", "caps", "x", "inside",
     ("TRAORÉ", None, "Fatoumata", "F", "1998-03-04", "Bamako", "Mali", "malienne"),
     (["demandeur_emploi"], None, None, None),
     ("63 rue de Tolbiac", "75013", "Paris", "07 51 66 03 29", "fatoumata.traore@gmail.com"),
     None, "2026-11-21", "slash", "2026-11-28"),
    ("d020", "A", "hand", "ok", "phone_photo", "photos", "h6", "caps", "fill", "above",
     ("WÓJCIK", None, "Zofia Anna", "F", "1993-05-17", "Kraków", "Pologne", "polonaise"),
     (["salarie"], "Serveuse", "CDD", None),
     ("10 rue des Carmes", "14000", "Caen", "06 28 71 94 60", "zofia.wojcik@wp.pl"),
     None, "2026-11-09", "dashes", "2026-11-19"),
]  # fmt: skip


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_CMAPS = {}


def writable(text, path):
    """What a writer with this font puts down: accents dropped when the font lacks them."""
    if path not in _CMAPS:
        _CMAPS[path] = FTFont(path).getBestCmap()
    cm = _CMAPS[path]
    return text if all(ord(c) in cm or c == " " for c in text) else strip_accents(text)


def nir_key(n13):
    return 97 - int(n13) % 97


def make_nir(sex, dob, country, order):
    n13 = ("1" if sex == "M" else "2") + dob[2:4] + dob[5:7] + "99" + country + order
    assert len(n13) == 13 and n13.isdigit()
    key = nir_key(n13)
    nir = n13 + f"{key:02d}"
    assert (int(nir[:13]) + int(nir[13:])) % 97 == 0
    return nir


def date_text(iso, style):
    y, m, d = iso.split("-")
    return {
        "slash": f"{d}/{m}/{y}",
        "dots": f"{d}.{m}.{y}",
        "dashes": f"{d}-{m}-{y}",
        "us": f"{m}/{d}/{y}",
        "words": f"{int(d)} {MONTHS[int(m) - 1]} {y}",
    }[style]


def values(doc):
    """The strings that go into each field, keyed like forms.geometry."""
    (_, run, _fill, _case, *_r, person, sit, addr, nir_parts, signed_on, dstyle, _as_of) = doc
    surname, usage, given, sex, dob, bplace, bcountry, nat = person
    v = {"surname": surname, "usage_name": usage or "", "given_names": given}
    v["sex_" + sex] = True
    if run == "A":
        assert all(len(t or "") <= 28 for t in (surname, usage, given)), "comb of 28 cells"
    v["dob"] = dob[8:10] + dob[5:7] + dob[0:4]
    v.update(birth_place=bplace, birth_country=bcountry, nationality=nat)
    v["nir"] = make_nir(sex, dob, *nir_parts) if nir_parts else ""
    v.update(address=addr[0], postcode=addr[1], city=addr[2], phone=addr[3], email=addr[4])
    for s in sit[0]:
        v["sit_" + s] = True
    v["job"] = sit[1] or ""
    v["contract"] = sit[2] or ""
    if sit[2] and run == "A":
        v["ct_" + sit[2]] = True
    v["other_text"] = sit[3] or ""
    v["place"] = addr[2]
    v["date"] = date_text(signed_on, dstyle) if signed_on else ""
    return v


# ---------------------------------------------------------------- PDF drawing


def draw_typed(c, g, v, page, fontname, size):
    c.setFillColor(Color(0.05, 0.05, 0.08))
    for key, fld in g.items():
        val = v.get(key)
        if not val or fld["page"] != page or fld["kind"] == "sig":
            continue
        kind = fld["kind"]
        if kind == "comb":
            for (x, y, w, h), ch in zip(fld["cells"], str(val).upper(), strict=False):
                c.setFont(fontname, h * 0.62)
                c.drawCentredString(x + w / 2, forms.PAGE_H - (y + h * 0.76), ch)
        elif kind == "check":
            x, y, w, h = fld["box"]
            c.setFont(fontname, h * 1.05)
            c.drawCentredString(x + w / 2, forms.PAGE_H - (y + h * 0.86), "X")
        elif kind == "box":
            x, y, w, h = fld["rect"]
            c.setFont(fontname, size)
            c.drawString(x + 4, forms.PAGE_H - (y + h - 6), val)
        elif kind == "line":
            c.setFont(fontname, size)
            c.drawString(fld["x"] + 4, forms.PAGE_H - (fld["base"] - 1.5), val)


def acro_fields(c, g, v, page, names):
    """AcroForm fields with realistic names; comb fields are one field per cell."""
    af = c.acroForm
    for key, fld in g.items():
        if fld["page"] != page or fld["kind"] == "sig":
            continue
        name = names.get(key, key)
        val = v.get(key)
        kind = fld["kind"]
        if kind == "comb":
            txt = str(val or "").upper()
            for i, (x, y, w, h) in enumerate(fld["cells"]):
                ch = txt[i] if i < len(txt) else ""
                af.textfield(name=f"{name}_{i + 1:02d}", value=ch.strip(), x=x + 1,
                             y=forms.PAGE_H - y - h + 1, width=w - 2, height=h - 2,
                             fontName="Helvetica", fontSize=h * 0.6, borderWidth=0,
                             fillColor=None, borderColor=None, maxlen=1)  # fmt: skip
        elif kind == "check":
            x, y, w, h = fld["box"]
            af.checkbox(name=name, checked=bool(val), x=x, y=forms.PAGE_H - y - h, size=w,
                        buttonStyle="cross", borderWidth=0, fillColor=None,
                        borderColor=None)  # fmt: skip
        else:
            if kind == "box":
                x, y, w, h = fld["rect"]
                x, y, w, h = x + 2, y + 11, w - 4, h - 12
            else:
                x, y, w, h = fld["x"], fld["base"] - 13, fld["w"], 15
            af.textfield(name=name, value=str(val or ""), x=x, y=forms.PAGE_H - y - h,
                         width=w, height=h, fontName="Helvetica", fontSize=10, borderWidth=0,
                         fillColor=None, borderColor=None)  # fmt: skip


ACRO_NAMES = {
    "surname": "topmostSubform[0].Page1[0].NomNaissance[0]",
    "usage_name": "topmostSubform[0].Page1[0].NomUsage[0]",
    "given_names": "topmostSubform[0].Page1[0].Prenoms[0]",
    "dob": "topmostSubform[0].Page1[0].DateNaissance[0]",
    "nir": "topmostSubform[0].Page1[0].NIR[0]",
    "sex_F": "topmostSubform[0].Page1[0].SexeF[0]",
    "sex_M": "topmostSubform[0].Page1[0].SexeM[0]",
    "place": "topmostSubform[0].Page2[0].FaitA[0]",
    "date": "topmostSubform[0].Page2[0].Le[0]",
}


def build_pdf(path, doc, g, v, fill, rng, sig_png):
    run, sig_label = doc[1], doc[9]
    c = canvas.Canvas(str(path), pagesize=(forms.PAGE_W, forms.PAGE_H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits")
    typed_font = rng.choice(["LibSans", "LibMono", "Courier10", "RobotoC"])
    for page in (1, 2):
        if page == 1:
            forms.page1(c, run, g)
        else:
            forms.page2(c, run, g, sig_label)
        if fill == "typed_print":
            draw_typed(c, g, v, page, typed_font, 10)
        elif fill in ("acroform", "acroform_printed"):
            acro_fields(c, g, v, page, ACRO_NAMES)
            if page == 2 and sig_png is not None:
                x, y, w, h = g["signature"]["rect"]
                c.drawImage(ImageReader(sig_png), x + 15, forms.PAGE_H - y - h + 8, w - 40,
                            h - 20, mask="auto", preserveAspectRatio=True)  # fmt: skip
        c.showPage()
    c.save()


def strip_appearances(path):
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if "/AP" in annot:
                    del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        pdf.save(path, deterministic_id=True)


def rasterize(path, forms_on):
    pdf = pdfium.PdfDocument(str(path))
    if forms_on:
        pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=S, may_draw_forms=forms_on).to_pil().convert("RGB"))
    pdf.close()
    return out


# ---------------------------------------------------------------- handwriting


def hand_fill(pages, g, v, h, rng, case_style, tick_style, fields_too=True, correction=False):
    p1 = pages[0]

    def cased(t):
        return {"caps": t.upper(), "mixed": t, "lower": t.lower()}[case_style]

    written = {}
    if fields_too:
        for key, fld in g.items():
            val = v.get(key)
            if not val or fld["page"] != 1:
                continue
            kind = fld["kind"]
            if kind == "check":
                hw.tick(p1, S, fld["box"], tick_style, h, rng)
                continue
            txt = writable(val.upper() if kind == "comb" else cased(val), h.path)
            if key in ("email", "nir", "dob", "postcode", "phone"):
                txt = writable(val, h.path).lower() if key == "email" else val
            written[key] = txt
            if kind == "comb":
                hw.comb(p1, S, fld["cells"], txt, h, rng)
            elif kind == "box":
                x, y, w, hh = fld["rect"]
                hw.write(p1, S, x + 4, y + hh - 5, txt, h, rng, width_pt=w - 8)
            else:
                x = fld["x"]
                if correction and key == "birth_place":
                    wrong = txt[:-2] + ("A" if txt[-1] != "A" else "E") + txt[-1]
                    end = hw.write(p1, S, x, fld["base"], wrong, h, rng, width_pt=fld["w"] / 2)
                    hw.strike(p1, S, x + 2, end + 1, fld["base"], rng, h)
                    x = end + 4
                hw.write(p1, S, x, fld["base"], txt, h, rng, width_pt=fld["w"] - (x - fld["x"]))
    return written


def hand_sign_date(p2, g, v, h, rng, case_style, sign, date, place):
    if place:
        f = g["place"]
        txt = writable(v["place"] if case_style != "caps" else v["place"].upper(), h.path)
        hw.write(p2, S, f["x"], f["base"], txt, h, rng, width_pt=f["w"])
    else:
        txt = None
    if date and v["date"]:
        f = g["date"]
        hw.write(p2, S, f["x"], f["base"], v["date"], h, rng, width_pt=f["w"])
    if sign:
        hw.signature(p2, S, g["signature"]["rect"], v["surname"], h, rng)
    return txt


# ---------------------------------------------------------------- looks


def scan_look(img, rng, dpi):
    a = np.asarray(img).astype(np.float32)
    nr = np.random.default_rng(rng.getrandbits(32))
    tint = np.array([rng.uniform(0.93, 0.98), rng.uniform(0.93, 0.97), rng.uniform(0.9, 0.95)])
    a = a * tint + nr.normal(0, 2.5, a.shape)
    hgt, wid = a.shape[:2]
    m = cv2.getRotationMatrix2D((wid / 2, hgt / 2), rng.uniform(-1.0, 1.0), 1.0)
    a = cv2.warpAffine(a, m, (wid, hgt), borderValue=(235, 235, 232))
    a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.4, 0.8))
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if dpi != DPI:
        out = out.resize((int(wid * dpi / DPI), int(hgt * dpi / DPI)), Image.LANCZOS)
    return out


def photo_look(img, rng):
    nr = np.random.default_rng(rng.getrandbits(32))
    cw, ch = 3000, 4000
    base = np.array(rng.choice([(120, 86, 60), (190, 182, 170), (70, 72, 78), (160, 120, 80)]))
    bg = np.ones((ch, cw, 3), np.float32) * base + nr.normal(0, 6, (ch, cw, 3))
    page = np.asarray(img).astype(np.float32)
    ph, pw = page.shape[:2]
    tw = rng.uniform(0.74, 0.86) * cw
    th = tw * ph / pw
    cx, cy = cw / 2 + rng.uniform(-80, 80), ch / 2 + rng.uniform(-80, 80)
    jit = [rng.uniform(-90, 90) for _ in range(8)]
    dst = np.float32([[cx - tw / 2 + jit[0], cy - th / 2 + jit[1]],
                      [cx + tw / 2 + jit[2], cy - th / 2 + jit[3]],
                      [cx + tw / 2 + jit[4], cy + th / 2 + jit[5]],
                      [cx - tw / 2 + jit[6], cy + th / 2 + jit[7]]])  # fmt: skip
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    mat = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, mat, (cw, ch))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), mat, (cw, ch))[..., None]
    a = bg * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    grad = (np.cos(ang) * xx / cw + np.sin(ang) * yy / ch) * rng.uniform(0.15, 0.3)
    light = 1.02 - grad + grad.mean()
    sx = rng.uniform(0.2, 0.8) * cw
    shadow = 1 - 0.22 * (1 / (1 + np.exp(-(xx - sx - 0.3 * yy) / 60)))
    a = a * (light * shadow)[..., None]
    a = a * np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.86, 0.97)])
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(1.0, 1.8)) + nr.normal(0, 3, a.shape)
    out = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def save_jpeg(img, path, q):
    img.save(path, "JPEG", quality=q, optimize=False)


def image_pdf(imgs, path, rng):
    c = canvas.Canvas(str(path), pagesize=(forms.PAGE_W, forms.PAGE_H), invariant=1)
    for im in imgs:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=rng.randint(70, 85))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, forms.PAGE_W, forms.PAGE_H)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- one document


def make(doc, out):
    did, run, fill, case, look, arr, hk, case_style, tick_style, sig_label = doc[:10]
    rng = random.Random(f"form_ce-{did}")
    h = hw.Hand(**HANDS[hk])
    g = forms.geometry(run, sig_label)
    v = values(doc)
    if case == "no_date":
        v["date"] = ""
    dest = out / "documents" / did
    dest.mkdir(parents=True, exist_ok=True)
    tmp = out / "documents" / f".{did}.tmp.pdf"
    signs = case not in ("unsigned", "label_only", "stray_mark")
    sig_png = hw.signature_image(v["surname"], h, rng) if signs else None
    hand_date = fill == "hand" or (fill != "acroform" and rng.random() < 0.6)
    if fill == "hand":
        build_pdf(tmp, doc, g, {}, "blank", rng, None)
    else:
        vp = dict(v, date="") if hand_date else v
        build_pdf(tmp, doc, g, vp, fill, rng, sig_png if fill == "acroform" else None)
    written = {}
    files = []
    if fill == "acroform":
        if arr == "text1_noap":
            strip_appearances(tmp)
        name = rng.choice(["S1106_formulaire_rempli.pdf", "cerfa_15763-02.pdf",
                           "demande_PUMA.pdf"])  # fmt: skip
        tmp.rename(dest / name)
        files = [{"path": name, "pages": [1, 2]}]
    else:
        pages = rasterize(tmp, fill == "acroform_printed")
        tmp.unlink()
        if fill == "hand":
            written = hand_fill(pages, g, v, h, rng, case_style, tick_style,
                                correction=did in ("d013", "d018"))  # fmt: skip
        place = hand_sign_date(pages[1], g, v, h, rng, case_style, signs, hand_date, fill == "hand")
        if place:
            written["place"] = place
        if case == "stray_mark":
            hw.dot(pages[1], S, g["signature"]["rect"], h, rng, "tick")
        files = arrange(pages, arr, look, dest, rng)
    return finish(doc, v, written, files, out, fill, signs)


def arrange(pages, arr, look, dest, rng):
    p1, p2 = pages
    assert (look == "image_pdf") == arr.startswith("pdf"), (arr, look)
    if look == "phone_photo":
        n = rng.randint(1200, 8800)
        names = [f"IMG_{n}.jpg", f"IMG_{n + 1}.jpg"]
        for i, im in enumerate((p1, p2)):
            ph = photo_look(im, rng)
            k = rng.choice([0, 0, 1, 2, 3])
            if k:
                ph = ph.rotate(90 * k, expand=True)
            save_jpeg(ph, dest / names[i], 88)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    dpi = rng.choice([150, 200])
    s1, s2 = scan_look(p1, rng, dpi), scan_look(p2, rng, dpi)
    if arr == "img2":
        n = rng.randint(10, 900)
        names = [f"scan_{n:04d}.jpg", f"scan_{n + 1:04d}.jpg"]
        save_jpeg(s1, dest / names[0], 85)
        save_jpeg(s2, dest / names[1], 85)
        return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}]
    if arr == "img2_rev":
        names = ["formulaire_p2.jpg", "formulaire_page1.jpg"]
        save_jpeg(s2, dest / names[0], 85)
        save_jpeg(s1, dest / names[1], 85)
        return [{"path": names[1], "pages": [1]}, {"path": names[0], "pages": [1]}]
    if arr == "pdf1":
        image_pdf([s1, s2], dest / "demande_secu.pdf", rng)
        return [{"path": "demande_secu.pdf", "pages": [1, 2]}]
    if arr == "pdf1_rev":
        image_pdf([s2, s1], dest / "Scan_20261119.pdf", rng)
        return [{"path": "Scan_20261119.pdf", "pages": [2, 1]}]
    image_pdf([s1], dest / "cerfa_page1.pdf", rng)
    image_pdf([s2], dest / "cerfa_page2.pdf", rng)
    return [{"path": "cerfa_page1.pdf", "pages": [1]}, {"path": "cerfa_page2.pdf", "pages": [1]}]


def finish(doc, v, written, files, out, fill, signs):
    did, run, _f, case, look = doc[:5]
    person, sit, _addr, _nir, signed_on, _dstyle, as_of = doc[10:]
    sits = sit[0]
    if fill == "hand":
        surname, given = written["surname"], written["given_names"]
        usage = written.get("usage_name")
    else:
        up = str.upper if run == "A" else str
        surname, given = up(v["surname"]), up(v["given_names"])
        usage = up(v["usage_name"]) if v["usage_name"] else None
    date_t = v["date"] or None
    fields = {
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "sex": person[3],
        "date_of_birth": person[4],
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": "+".join(sits) if sits else None,
        "contract_type": sit[2],
        "signed": signs,
        "signed_on": signed_on if date_t else None,
        "date_text": date_t,
        "place": written.get("place", v["place"]),
        "nir": v["nir"] or None,
    }
    if case == "future_date":
        assert signed_on > as_of
    elif signed_on:
        assert signed_on <= as_of
    if case == "us_date":
        assert int(signed_on[8:]) > 12
    assert "2026-11-16" <= as_of <= "2026-12-01"
    truth = {
        "as_of": as_of,
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": None if STATUS[case] == "complete" else case,
        "fill_way": fill,
        "case": case,
        "print_run": run,
        "applicant": {"surname": surname, "given_names": given, "date_of_birth": person[4]},
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": NOTES.get(did, ""),
            }
        ],
    }
    path = out / "documents" / f"{did}.truth.json"
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


NOTES = {
    "d001": "hand capitals in combs, date with dots",
    "d004": "dated after the audit date",
    "d007": "date written in words: complete",
    "d008": "no situation box ticked",
    "d009": "fillable PDF without appearance streams (NeedAppearances)",
    "d010": "date written MM/DD/YYYY (11/19/2026); PDF pages in reverse order",
    "d012": "only the grey printed word Signature in the box",
    "d013": "birth place corrected (crossed-out word before it); salarié and étudiant ticked",
    "d015": "a small tick in the signature box, no signature",
    "d017": "file names sort page 2 first",
    "d018": "lowercase hand; birth place corrected (crossed-out word)",
    "d019": "fillable PDF, dated, not signed",
    "d020": "comb letters touching the walls, date with dashes, boxes filled in",
}


def main():
    out = Path(sys.argv[1])
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "packets").mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        make(doc, out)
    manifest = {"packets": [], "documents": [d[0] for d in DOCS]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
