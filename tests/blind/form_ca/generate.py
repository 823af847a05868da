"""Blind set form_ca (wave 45): 20 application forms (cerfa 15763*02 / S1106).

Usage: generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import os
import random
import sys

import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ink  # noqa: E402
import layout  # noqa: E402

H = layout.H
MONTHS = [
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

# surname, usage, given, sex, dob, birth city, country, nationality, INSEE country, street,
# postcode, commune, has a (provisional) NIR
PEOPLE = [
    (
        "BENALI",
        None,
        "Yasmine",
        "F",
        "1994-03-17",
        "Oran",
        "Algérie",
        "algérienne",
        352,
        "12 rue des Tanneurs",
        "69007",
        "Lyon",
        False,
    ),
    (
        "NGUYEN",
        None,
        "Thi Thu Hà",
        "F",
        "1999-11-02",
        "Hanoi",
        "Viêt Nam",
        "vietnamienne",
        243,
        "48 avenue d'Ivry",
        "75013",
        "Paris",
        False,
    ),
    (
        "DA SILVA SANTOS",
        None,
        "João Pedro",
        "M",
        "1988-06-25",
        "Belo Horizonte",
        "Brésil",
        "brésilienne",
        416,
        "7 cours Victor Hugo",
        "33000",
        "Bordeaux",
        True,
    ),
    (
        "KOVALENKO",
        "MARTIN",
        "Olena",
        "F",
        "1985-01-09",
        "Kharkiv",
        "Ukraine",
        "ukrainienne",
        155,
        "3 allée des Tilleuls",
        "44300",
        "Nantes",
        False,
    ),
    (
        "N'DIAYE",
        None,
        "Aïssatou",
        "F",
        "1996-12-14",
        "Thiès",
        "Sénégal",
        "sénégalaise",
        341,
        "21 rue Gabriel Péri",
        "93200",
        "Saint-Denis",
        False,
    ),
    (
        "GARCÍA MÁRQUEZ",
        None,
        "Ana Lucía",
        "F",
        "1990-05-21",
        "Medellín",
        "Colombie",
        "colombienne",
        419,
        "15 rue Pargaminières",
        "31000",
        "Toulouse",
        False,
    ),
    (
        "KOUASSI",
        None,
        "Konan Serge-Alain",
        "M",
        "1987-02-28",
        "Bouaké",
        "Côte d'Ivoire",
        "ivoirienne",
        326,
        "102 rue Solférino",
        "59000",
        "Lille",
        False,
    ),
    (
        "ZHANG",
        None,
        "Wei",
        "M",
        "2001-10-07",
        "Chengdu",
        "Chine",
        "chinoise",
        216,
        "9 rue Mouffetard",
        "75005",
        "Paris",
        False,
    ),
    (
        "EL AMRANI",
        "LEFEBVRE",
        "Khadija",
        "F",
        "1983-09-15",
        "Casablanca",
        "Maroc",
        "marocaine",
        350,
        "64 boulevard de la Libération",
        "13004",
        "Marseille",
        True,
    ),
    (
        "YILMAZ",
        None,
        "Mehmet Emre",
        "M",
        "1993-04-19",
        "Izmir",
        "Turquie",
        "turque",
        208,
        "5 quai des Bateliers",
        "67000",
        "Strasbourg",
        False,
    ),
    (
        "MILLER-HAYES",
        None,
        "Jennifer Lynn",
        "F",
        "1986-10-27",
        "Chicago",
        "États-Unis",
        "américaine",
        404,
        "18 rue de France",
        "06000",
        "Nice",
        False,
    ),
    (
        "HOSSEINI",
        None,
        "Reza",
        "M",
        "1989-01-31",
        "Ispahan",
        "Iran",
        "iranienne",
        204,
        "27 rue de Saint-Malo",
        "35000",
        "Rennes",
        True,
    ),
    (
        "TSHIBANDA MUKENDI",
        None,
        "Grâce",
        "F",
        "1997-06-11",
        "Kinshasa",
        "RD Congo",
        "congolaise",
        312,
        "4 rue Paul Vaillant-Couturier",
        "95100",
        "Argenteuil",
        False,
    ),
    (
        "PIERRE-LOUIS",
        None,
        "Jean-Wesner",
        "M",
        "2000-02-05",
        "Port-au-Prince",
        "Haïti",
        "haïtienne",
        336,
        "33 avenue du Général de Gaulle",
        "94000",
        "Créteil",
        False,
    ),
    (
        "HADDAD",
        None,
        "Rami Georges",
        "M",
        "1984-12-03",
        "Beyrouth",
        "Liban",
        "libanaise",
        205,
        "11 rue Oberkampf",
        "75011",
        "Paris",
        True,
    ),
    (
        "SANTOS REYES",
        "DUBOIS",
        "Maria Cristina",
        "F",
        "1981-08-08",
        "Quezon City",
        "Philippines",
        "philippine",
        220,
        "56 rue de Silly",
        "92100",
        "Boulogne-Billancourt",
        False,
    ),
    (
        "BEN SALAH",
        None,
        "Mohamed Amine",
        "M",
        "1995-03-29",
        "Sfax",
        "Tunisie",
        "tunisienne",
        351,
        "8 rue de l'Aiguillerie",
        "34000",
        "Montpellier",
        False,
    ),
    (
        "SHARMA",
        None,
        "Priya",
        "F",
        "1993-09-09",
        "Pune",
        "Inde",
        "indienne",
        223,
        "2 place Grenette",
        "38000",
        "Grenoble",
        False,
    ),
    (
        "IVANOVA",
        None,
        "Ekaterina",
        "F",
        "1990-04-04",
        "Novossibirsk",
        "Russie",
        "russe",
        123,
        "40 rue d'Antibes",
        "06400",
        "Cannes",
        False,
    ),
    (
        "KONÉ",
        None,
        "Fatoumata",
        "F",
        "1998-01-16",
        "Bamako",
        "Mali",
        "malienne",
        335,
        "19 rue de Paris",
        "76600",
        "Le Havre",
        True,
    ),
]

# run, fill_way, case, arrangement, situation(s), contract, hand, caps
PLAN = [
    ("A", "hand", "ok", "two_images", ["salarie"], "CDI", "femke", True),
    ("B", "hand", "ok", "photos", ["etudiant"], None, "dkg", False),
    ("A", "typed_print", "ok", "pdf", ["salarie"], "CDD", "breip", False),
    ("B", "acroform", "ok", "acro", ["sans_activite"], None, "dkg_it", False),
    ("A", "acroform_printed", "ok", "pdf_reversed", ["independant"], None, "ecolier", False),
    ("B", "hand", "date_words", "photos", ["demandeur_emploi"], None, "breip", False),
    ("A", "hand", "unsigned", "two_images_p2_first", ["sans_activite"], None, "humor", True),
    ("B", "hand", "label_only", "pdf", ["etudiant"], None, "ecolier", True),
    ("A", "typed_print", "stray_mark", "photos", ["salarie"], "Intérim", "dkg", False),
    ("B", "typed_print", "future_date", "two_pdfs", ["autre"], None, "femke", False),
    ("A", "hand", "us_date", "photos", ["salarie"], "CDI", "dkg_it", False),
    ("B", "acroform", "no_date", "acro", ["salarie"], "CDD", "breip", False),
    ("A", "hand", "none_ticked", "two_images", [], None, "ecolier", False),
    ("B", "hand", "two_ticked", "pdf", ["salarie", "etudiant"], "CDD", "femke", True),
    ("A", "acroform", "ok", "acro_noap", ["salarie"], "CDI", "femke", False),
    ("B", "acroform_printed", "ok", "photos", ["autre"], None, "dkg", False),
    ("A", "hand", "date_words", "pdf_reversed", ["sans_activite"], None, "breip", True),
    ("B", "hand", "ok", "two_images", ["independant"], None, "humor", True),
    ("A", "acroform", "unsigned", "acro", ["demandeur_emploi"], None, "dkg", False),
    ("B", "typed_print", "ok", "two_images_p2_first", ["salarie"], "CDI", "ecolier", False),
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
JOBS = {"CDI": "Aide-soignante", "CDD": "Serveur", "Intérim": "Préparateur de commandes"}
OTHER_TEXT = {"autre": "Auto-entrepreneur (micro-entreprise)"}


def nir_for(p):
    sex, dob, code = p[3], p[4], p[8]
    order = (sum(map(ord, p[0])) * 7) % 997 + 1
    body = f"{1 if sex == 'M' else 2}{dob[2:4]}{dob[5:7]}99{code:03d}{order:03d}"
    key = 97 - int(body) % 97
    nir = body + f"{key:02d}"
    assert len(nir) == 15 and int(nir[13:]) == 97 - int(nir[:13]) % 97, nir
    return nir


def build_values(i, p, plan, rng):
    """Values to print (strings) and the truth of what the form says."""
    run, fill, case, _arr, sits, contract, _hand, caps = plan
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    signed_on = as_of - dt.timedelta(days=rng.randint(3, 40))
    if case == "future_date":
        signed_on = as_of + dt.timedelta(days=rng.randint(6, 30))
    if case == "us_date":
        signed_on = as_of - dt.timedelta(days=rng.randint(3, 20))
        while signed_on.day <= 12:
            signed_on -= dt.timedelta(days=1)
        date_text = signed_on.strftime("%m/%d/%Y")
    elif case == "date_words":
        date_text = f"{signed_on.day} {MONTHS[signed_on.month - 1]} {signed_on.year}"
    elif case == "no_date":
        date_text = None
    else:
        date_text = signed_on.strftime("%d/%m/%Y")
    if case == "no_date":
        signed_on = None
    given = p[2].upper() if caps else p[2]
    city = p[11]
    nir = nir_for(p) if p[12] else None
    v = {
        "surname": p[0],
        "usage_name": p[1],
        "given_names": given,
        "dob": p[4][8:10] + p[4][5:7] + p[4][0:4],
        "birth_city": p[5],
        "birth_country": p[6],
        "nationality": p[7],
        "nir": nir,
        "address": p[9],
        "postcode": p[10],
        "city": city,
        "phone": "06 " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4)),
        "email": (p[2].split()[0] + "." + p[0].split()[0]).lower().replace("'", "")
        + rng.choice(["@gmail.com", "@yahoo.fr", "@outlook.fr", "@hotmail.com"]),
        "place": city,
        "date": date_text,
        "sex": p[3],
        "sits": sits,
        "contract": contract,
        "job": JOBS.get(contract) if contract else None,
        "other_text": None,
    }
    if "autre" in sits:
        v["other_text"] = OTHER_TEXT["autre"]
    if caps:
        for k in ("birth_city", "birth_country", "nationality", "address", "city", "place"):
            v[k] = v[k].upper()
    return v, as_of, signed_on


def hand_adapt(v, hand):
    for k, val in list(v.items()):
        if isinstance(val, str) and k not in ("sex", "contract"):
            v[k] = ink.writable(val, hand)


def field_truth(v, case, signed):
    sits = v["sits"]
    if len(sits) == 1:
        s = sits[0]
        emp = {"salarie": "employed", "independant": "other", "autre": "other"}.get(
            s, "not_employed"
        )
    else:
        emp = None
    return {
        "surname": v["surname"],
        "usage_name": v["usage_name"],
        "given_names": v["given_names"],
        "sex": v["sex"],
        "date_of_birth": None,
        "employment_status": emp,
        "situation": "+".join(sits) if sits else None,
        "contract_type": v["contract"] if "salarie" in sits else None,
        "signed": signed,
        "signed_on": None,
        "date_text": v["date"],
        "place": v["place"],
        "nir": v["nir"],
    }


# -- drawing ---------------------------------------------------------------------------
def chars_for(slot_name, v):
    if slot_name == "dob":
        return v["dob"]
    if slot_name == "nir":
        return v["nir"] or ""
    if slot_name == "postcode":
        return v["postcode"]
    return v[slot_name] or ""


def text_slots(form, v):
    """(slot name, text) for everything written or typed, except ticks, date and signature."""
    out = []
    for name, s in form.slots.items():
        if s["kind"] in ("line", "comb") and name not in ("date",):
            txt = chars_for(name, v)
            if txt:
                out.append((name, txt))
    return out


def draw_typed(c, form, v, page, fontname, size, typed_date):
    for name, txt in text_slots(form, v):
        s = form.slots[name]
        if s["page"] != page:
            continue
        if s["kind"] == "comb":
            assert len(txt) <= len(s["cells"]), (name, txt)
            c.setFont(fontname, 9.5)
            for ch, (x, y, w, _h) in zip(txt, s["cells"], strict=False):
                c.drawCentredString(x + w / 2, y + 3.2, ch)
        else:
            sz = size
            while layout.sw(txt, fontname, sz) > s["w"] and sz > 5:
                sz -= 0.25
            assert layout.sw(txt, fontname, sz) <= s["w"], (name, txt)
            c.setFont(fontname, sz)
            c.drawString(s["x"], s["y"] + 1.5, txt)
    if typed_date and v["date"] and "date" in form.slots and form.slots["date"]["page"] == page:
        s = form.slots["date"]
        c.setFont(fontname, size)
        c.drawString(s["x"], s["y"] + 1.5, v["date"])
    for name in tick_names(v):
        s = form.slots[name]
        if s["page"] == page:
            c.setFont("DejaVu", 9)
            c.drawCentredString(s["x"] + s["w"] / 2, s["y"] + 1.3, "X")


def tick_names(v):
    names = ["sex_" + v["sex"]] + ["sit_" + s for s in v["sits"]]
    if v["contract"]:
        names.append("ct_" + v["contract"])
    return names


def render_pdf(run, v, typed=None, typed_date=False):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=layout.A4, invariant=1)
    form = layout.Form(c, run)
    form.page1()
    if typed:
        draw_typed(c, form, v, 1, typed[0], typed[1], typed_date)
    c.showPage()
    form.page = 2
    form.page2()
    if typed:
        draw_typed(c, form, v, 2, typed[0], typed[1], typed_date)
    c.showPage()
    c.save()
    layout.check_overlaps(form)
    return buf.getvalue(), form


def rasterize(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return pages


def px_rect(s, k):
    return s["x"] * k, (H - s["y"] - s["h"]) * k, s["w"] * k, s["h"] * k


def hand_fill(pages, form, v, k, rng, hand, ink_col, what, case):
    """Write values by hand on the rendered pages. what: 'all' or 'sign'."""
    if what == "all":
        for name, txt in text_slots(form, v):
            s = form.slots[name]
            img = pages[s["page"] - 1]
            if s["kind"] == "comb":
                assert len(txt) <= len(s["cells"]), (name, txt)
                for ch, (x, y, w, h) in zip(txt, s["cells"], strict=False):
                    if ch == " ":
                        continue
                    pxs = int(h * k * 0.78)
                    cw = ink.font(hand, pxs).getlength(ch)
                    ink.write(
                        img,
                        ch,
                        hand,
                        pxs,
                        x * k + (w * k - cw) / 2,
                        (H - y) * k - h * k * 0.2,
                        rng,
                        ink_col,
                    )
            else:
                write_line(img, s, txt, hand, k, rng, ink_col)
        style = rng.choice(["x", "x", "check"])
        for name in tick_names(v):
            s = form.slots[name]
            x, y, w, _ = px_rect(s, k)
            ink.tick(pages[s["page"] - 1], x, y, w, rng, ink_col, style)
    s = form.slots["date"]
    if v["date"] and what in ("all", "sign_date"):
        write_line(pages[s["page"] - 1], s, v["date"], hand, k, rng, ink_col)
    s = form.slots["signature"]
    x, y, w, h = px_rect(s, k)
    img = pages[s["page"] - 1]
    if case in ("unsigned", "label_only"):
        return
    if case == "stray_mark":
        ink.stray(img, x, y, w, h, rng, ink_col)
        return
    sw, sh = int(w * rng.uniform(0.55, 0.85)), int(h * rng.uniform(0.7, 0.95))
    sig = ink.signature(sw, sh, rng, ink_col)
    img.paste(sig, (int(x + rng.uniform(0.02, 0.98) * (w - sw)), int(y + (h - sh) / 2)), sig)


def write_line(img, s, txt, hand, k, rng, ink_col):
    pxs = int(s["h"] * k * 1.05)
    while ink.text_width(txt, hand, pxs) > s["w"] * k * 0.97 and pxs > 10:
        pxs -= 1
    assert ink.text_width(txt, hand, pxs) <= s["w"] * k, (txt, hand)
    x0 = s["x"] * k + rng.uniform(0, 0.3) * max(0, s["w"] * k - ink.text_width(txt, hand, pxs))
    ink.write(img, txt, hand, pxs, x0, (H - s["y"]) * k - 2 * k, rng, ink_col)


def save_jpeg(img, path, rng):
    img.save(path, "JPEG", quality=rng.randint(72, 90), optimize=False)


def images_pdf(imgs, path, rng, dpi):
    c = canvas.Canvas(path, pagesize=layout.A4, invariant=1)
    for im in imgs:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=rng.randint(65, 85))
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, layout.W, H)
        c.showPage()
    c.save()


def signature_png(rng, ink_col):
    sig = ink.signature(420, 150, rng, ink_col)
    b = io.BytesIO()
    sig.save(b, "PNG")
    b.seek(0)
    return ImageReader(b)


def acroform_pdf(path, run, v, case, rng, no_ap):
    c = canvas.Canvas(path, pagesize=layout.A4, invariant=1)
    form = layout.Form(c, run)
    af = c.acroForm
    names = {
        "surname": "nom_naissance",
        "usage_name": "nom_usage",
        "given_names": "prenoms",
        "dob": "date_naissance",
        "birth_city": "lieu_naissance_commune",
        "birth_country": "lieu_naissance_pays",
        "nationality": "nationalite",
        "nir": "num_secu",
        "address": "adresse",
        "postcode": "code_postal",
        "city": "commune",
        "phone": "telephone",
        "email": "courriel",
        "job": "emploi",
        "other_text": "autre_precision",
        "place": "fait_a",
        "date": "date_signature",
    }
    ticks = set(tick_names(v))

    def fields(page):
        for name, s in form.slots.items():
            if s["page"] != page:
                continue
            if s["kind"] == "box":
                af.checkbox(
                    name="case_" + name,
                    x=s["x"],
                    y=s["y"],
                    size=s["w"],
                    checked=name in ticks,
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                )
            elif s["kind"] == "line":
                val = v["date"] if name == "date" else chars_for(name, v)
                af.textfield(
                    name=names[name],
                    value=val or "",
                    x=s["x"],
                    y=s["y"],
                    width=s["w"],
                    height=s["h"],
                    fontName="Helvetica",
                    fontSize=9,
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                )
            elif s["kind"] == "comb":
                txt = chars_for(name, v)
                groups, cur = [], [s["cells"][0]]
                for a, b in zip(s["cells"][:-1], s["cells"][1:], strict=False):
                    if abs(b[0] - a[0] - a[2]) < 0.5:
                        cur.append(b)
                    else:
                        groups.append(cur)
                        cur = [b]
                groups.append(cur)
                pos = 0
                for gi, g in enumerate(groups):
                    part = txt[pos : pos + len(g)]
                    pos += len(g)
                    af.textfield(
                        name=f"{names[name]}_{gi + 1}",
                        value=part,
                        x=g[0][0],
                        y=g[0][1],
                        width=g[0][2] * len(g),
                        height=g[0][3],
                        fontName="Helvetica",
                        fontSize=9,
                        maxlen=len(g),
                        fieldFlags="comb",
                        borderWidth=0,
                        fillColor=None,
                        borderColor=None,
                    )
            elif s["kind"] == "sig" and case not in ("unsigned", "label_only", "stray_mark"):
                c.drawImage(
                    signature_png(rng, (20, 30, 90)),
                    s["x"] + 20,
                    s["y"] + 4,
                    s["w"] * 0.6,
                    s["h"] * 0.8,
                    mask="auto",
                )

    form.page1()
    fields(1)
    c.showPage()
    form.page = 2
    form.page2()
    fields(2)
    c.showPage()
    c.save()
    layout.check_overlaps(form)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if no_ap:
            for pg in pdf.pages:
                for a in pg.get("/Annots", []):
                    if a.get("/FT") == "/Tx" and "/AP" in a:
                        del a["/AP"]
            pdf.Root.AcroForm.NeedAppearances = True
        pdf.save(path, deterministic_id=True)


def make(i, out, plan):
    rng = random.Random(4500 + i)
    p = PEOPLE[i - 1]
    run, fill, case, arr, sits, contract, hand, caps = plan
    v, as_of, signed_on = build_values(i, p, plan, rng)
    if fill == "hand":
        hand_adapt(v, hand)
    name = f"d{i:03d}"
    ddir = os.path.join(out, "documents", name)
    os.makedirs(ddir, exist_ok=True)
    ink_col = rng.choice([(18, 32, 110), (25, 25, 30), (10, 40, 140)])
    signed = case not in ("unsigned", "label_only", "stray_mark")
    files, look = [], None
    if fill == "acroform":
        fname = rng.choice(
            ["cerfa_15763-02_rempli.pdf", "S1106_demande_PUMa.pdf", "formulaire_cpam.pdf"]
        )
        acroform_pdf(os.path.join(ddir, fname), run, v, case, rng, arr == "acro_noap")
        files = [{"path": fname, "pages": [1, 2]}]
        look = "text_pdf"
    else:
        photo = arr == "photos"
        dpi = 250 if photo else rng.choice([150, 200])
        typed = None
        typed_date = False
        if fill == "typed_print":
            typed = (rng.choice(["LibSans", "Carlito", "RobotoC"]), 10)
            typed_date = rng.random() < 0.5 or case in ("future_date",)
        elif fill == "acroform_printed":
            typed = ("Helvetica", 9)
            typed_date = True
        pdf_bytes, form = render_pdf(run, v, typed, typed_date)
        pages = rasterize(pdf_bytes, dpi)
        k = dpi / 72
        what = "all" if fill == "hand" else ("sign" if typed_date else "sign_date")
        if fill != "hand" and not typed_date and v["date"]:
            v["date"] = ink.writable(v["date"], hand)
        hand_fill(pages, form, v, k, rng, hand, ink_col, what, case)
        out_dpi = rng.choice([150, 200, 300]) if not photo else dpi
        if photo:
            shots, rots = [], []
            for pg in pages:
                im, rot = ink.phone_photo(pg, rng)
                shots.append(im)
                rots.append(rot)
            n0 = rng.randint(2000, 8800)
            for j, im in enumerate(shots):
                fn = f"IMG_{n0 + j * rng.randint(1, 3)}.jpg"
                save_jpeg(im, os.path.join(ddir, fn), rng)
                files.append({"path": fn, "pages": [1]})
            look = "phone_photo"
        else:
            scans = [ink.scan(pg, rng, dpi, out_dpi) for pg in pages]
            if arr in ("pdf", "pdf_reversed", "two_pdfs"):
                look = "image_pdf"
                if arr == "two_pdfs":
                    for j in (0, 1):
                        fn = f"formulaire_page{j + 1}.pdf"
                        images_pdf([scans[j]], os.path.join(ddir, fn), rng, out_dpi)
                        files.append({"path": fn, "pages": [1]})
                else:
                    fn = rng.choice(
                        ["scan_demande_cpam.pdf", "Numérisation_0003.pdf", "cerfa_signe.pdf"]
                    )
                    seq = scans[::-1] if arr == "pdf_reversed" else scans
                    images_pdf(seq, os.path.join(ddir, fn), rng, out_dpi)
                    files = [{"path": fn, "pages": [2, 1] if arr == "pdf_reversed" else [1, 2]}]
            else:
                look = "scan"
                n0 = rng.randint(10, 90)
                if arr == "two_images_p2_first":
                    fns = [f"scan_{n0 + 1:04d}_p1.jpg", f"scan_{n0:04d}_p2.jpg"]
                else:
                    fns = [f"scan_{n0:04d}.jpg", f"scan_{n0 + 1:04d}.jpg"]
                for fn, im in zip(fns, scans, strict=True):
                    save_jpeg(im, os.path.join(ddir, fn), rng)
                    files.append({"path": fn, "pages": [1]})
                if arr == "two_images_p2_first":
                    assert sorted(fns)[0] == fns[1]
    fields = field_truth(v, case, signed)
    fields["date_of_birth"] = p[4]
    fields["signed_on"] = signed_on.isoformat() if signed_on else None
    if fields["nir"]:
        n = fields["nir"]
        assert int(n[13:]) == 97 - int(n[:13]) % 97
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "status": None,
        "requirements": None,
        "form_status": STATUS[case],
        "defect": None if STATUS[case] == "complete" else case,
        "fill_way": fill,
        "case": case,
        "applicant": {
            "surname": fields["surname"],
            "given_names": fields["given_names"],
            "date_of_birth": p[4],
        },
        "documents": [
            {
                "files": files,
                "type": "application_form",
                "look": look,
                "fields": fields,
                "notes": f"print run {run}, arrangement {arr}, hand font {hand}"
                + (
                    ""
                    if fill == "acroform"
                    else f", photo rotations {rots}"
                    if look == "phone_photo"
                    else ""
                ),
            }
        ],
    }
    with open(os.path.join(out, "documents", name + ".truth.json"), "w") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return name


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    docs = [make(i, out, plan) for i, plan in enumerate(PLAN, start=1)]
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": [], "documents": docs}, f, indent=2)
    print(f"wrote {len(docs)} documents to {out}")


if __name__ == "__main__":
    Image.MAX_IMAGE_PIXELS = None
    main()
