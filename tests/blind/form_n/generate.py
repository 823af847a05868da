"""Blind set form_n: 64 application forms (cerfa 15763*02, S1106) as single documents.

Usage: python generate.py OUT_DIR
"""

import datetime as dt
import io
import json
import os
import random
import sys

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fill  # noqa: E402
import formlayout as fl  # noqa: E402
import ink as inkmod  # noqa: E402
import photo  # noqa: E402
from people import ADDRESSES, COUNTRY_CODE, EMPLOYERS, PEOPLE  # noqa: E402

cv2.setNumThreads(1)

CASE_COUNTS = [
    ("ok", 32),
    ("unsigned", 4),
    ("label_only", 4),
    ("stray_mark", 4),
    ("future_date", 4),
    ("us_date", 4),
    ("no_date", 3),
    ("none_ticked", 3),
    ("two_ticked", 3),
    ("date_words", 3),
]
VERDICT = {
    "ok": "complete",
    "date_words": "complete",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
DEFECT = {
    "unsigned": "signature box left empty",
    "label_only": "signature box holds only the printed word Signature",
    "stray_mark": "only a stray pen mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "signing date written month first (MM/DD/YYYY)",
    "no_date": "signing date left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
}
FILLS = ["hand", "typed_print", "acroform", "acroform_printed"]
SIT_ORDER = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
SIT_KEY = {
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
AUTRE = [
    "conjointe d'un salarié",
    "retraité (pension étrangère)",
    "jeune au pair",
    "volontaire service civique",
    "en attente de titre de séjour",
]
SCALE = photo.RENDER_DPI / 72.0


def plan():
    """Deterministic assignment of case, fill way, print run, look and arrangement."""
    master = random.Random(1576302)
    cases = [c for c, n in CASE_COUNTS for _ in range(n)]
    master.shuffle(cases)
    fills = [FILLS[i % 4] for i in range(len(cases))]
    master.shuffle(fills)
    for i, c in enumerate(cases):  # no stray pen mark on a form that never left the screen
        if c == "stray_mark" and fills[i] == "acroform":
            j = next(
                k
                for k in range(len(cases))
                if cases[k] == "ok" and fills[k] in ("hand", "acroform_printed")
            )
            fills[i], fills[j] = fills[j], fills[i]
    items, counters = [], {}
    arr = {
        "text_pdf": ["one_pdf", "one_pdf", "one_pdf_reversed", "two_pdfs"],
        "image_pdf": ["one_pdf", "one_pdf_reversed", "two_pdfs"],
        "scan": ["two_images", "two_images_page2_first"],
        "phone_photo": ["phone_photos"],
    }
    label_runs = ["R2", "R3"]
    for i, (case, fw) in enumerate(zip(cases, fills)):
        k = counters.setdefault(fw, [0, 0])
        if case == "unsigned":
            run = "R1"
        elif case == "label_only":
            run = label_runs[i % 2]
        elif case == "date_words" and fw.startswith("acroform"):
            run = "R2"
        else:
            run = ["R1", "R2", "R3"][k[0] % 3]
            k[0] += 1
        if fw == "acroform":
            look = "text_pdf"
        else:
            look = ["scan", "image_pdf", "phone_photo"][k[1] % 3]
            k[1] += 1
        ca = counters.setdefault(look, [0])
        arrangement = arr[look][ca[0] % len(arr[look])]
        ca[0] += 1
        items.append(dict(n=i + 1, case=case, fill=fw, run=run, look=look, arrangement=arrangement))
    return items


def nir_for(rng, sex, dob, country):
    body = f"{1 if sex == 'M' else 2}{dob[2:4]}{dob[5:7]}99{COUNTRY_CODE[country]}"
    body += f"{rng.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def sign_date(rng, case, as_of):
    if case == "future_date":
        return as_of + dt.timedelta(days=rng.randint(3, 30))
    if case == "us_date":
        for back in range(0, 60):
            d = as_of - dt.timedelta(days=back + rng.randint(0, 3))
            if d.day > 12 and back >= 2:
                return d
    return as_of - dt.timedelta(days=rng.randint(2, 40))


def date_writing(rng, case, d, run):
    """(value for the 'le' field, date_text as a clerk reads it)."""
    style = fl.RUNS[run]["date_sign"]
    if case == "no_date":
        return "", None
    if case == "date_words":
        t = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if d.day == 1 and rng.random() < 0.5:
            t = f"1er {MONTHS[d.month - 1]} {d.year}"
        return t, t
    a, b = (
        (f"{d.month:02d}", f"{d.day:02d}")
        if case == "us_date"
        else (f"{d.day:02d}", f"{d.month:02d}")
    )
    if style == "comb8":
        return a + b + f"{d.year}", f"{a}/{b}/{d.year}"
    if style == "yy2":
        return a + b + f"{d.year % 100:02d}", f"{a}/{b}/20{d.year % 100:02d}"
    sep = rng.choice(["/", "/", ".", "-"])
    year = f"{d.year}" if rng.random() < 0.75 or case == "us_date" else f"{d.year % 100:02d}"
    if rng.random() < 0.2 and case != "us_date":
        a = str(d.day)
    t = f"{a}{sep}{b}{sep}{year}"
    return t, t


def build(item, fonts):
    """Values, hand parts and truth of one document."""
    rng = random.Random(f"form_n/{item['n']}")
    p = PEOPLE[(item["n"] * 37) % len(PEOPLE)]
    surname, usage, given, sex, dob, bcity, bcountry, nat = p
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 15))
    d = sign_date(rng, item["case"], as_of)
    run, fw, case = item["run"], item["fill"], item["case"]
    writer = inkmod.Writer(rng, fonts)
    hand = fw == "hand"
    caps = lambda s: s.upper()  # noqa: E731
    drop = rng.random() < (0.5 if hand else 0.3)
    name_font = writer.print_font
    w_sur = caps(surname)
    w_use = caps(usage) if usage else None
    w_giv = (
        caps(given)
        if (
            fl.RUNS[run]["names"] == "comb"
            or writer.caps_names
            or (not hand and rng.random() < 0.5)
        )
        else given
    )
    if drop:
        w_sur, w_giv = inkmod.strip_accents(w_sur), inkmod.strip_accents(w_giv)
        w_use = inkmod.strip_accents(w_use) if w_use else None
    if hand:
        w_sur = inkmod.writable(name_font, w_sur)
        w_giv = inkmod.writable(name_font, w_giv)
        w_use = inkmod.writable(name_font, w_use) if w_use else None
    street, cp, commune = ADDRESSES[rng.randrange(len(ADDRESSES))]
    vals = {
        "nom": w_sur,
        "prenoms": w_giv,
        "dob": dob[8:10] + dob[5:7] + dob[0:4],
        "lieu_commune": bcity,
        "lieu_pays": bcountry,
        "nationalite": nat,
        "adresse": street,
        "cp": cp,
        "commune": commune,
        "tel": rng.choice(["06", "07"])
        + " "
        + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4)),
    }
    if w_use:
        vals["nom_usage"] = w_use
    vals["sexe_f" if sex == "F" else "sexe_m"] = True
    if rng.random() < 0.7:
        em = inkmod.strip_accents(given.split()[0]).lower().replace("'", "")
        es = inkmod.strip_accents(surname).lower().replace(" ", "").replace("'", "")
        vals["email"] = f"{em}.{es}{rng.choice(['', '', '75', '93'])}@" + rng.choice(
            ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr"]
        )
    nir = None
    if rng.random() < 0.15:
        nir = nir_for(rng, sex, dob, bcountry)
        vals["nir"], vals["nir_cle"] = nir[:13], nir[13:]
    # section B
    sits = [rng.choices(SIT_ORDER, [45, 8, 8, 10, 20, 9])[0]]
    if case == "two_ticked":
        sits = rng.choice(
            [
                ["salarie", "etudiant"],
                ["demandeur_emploi", "sans_activite"],
                ["salarie", "independant"],
                ["etudiant", "sans_activite"],
            ]
        )
    elif case == "none_ticked":
        sits = []
    contract = None
    for s_ in sits:
        vals[SIT_KEY[s_]] = True
    if "salarie" in sits:
        contract = rng.choices(["CDI", "CDD", "interim", "autre"], [50, 30, 12, 8])[0]
        vals[
            {"CDI": "ct_cdi", "CDD": "ct_cdd", "interim": "ct_interim", "autre": "ct_autre"}[
                contract
            ]
        ] = True
        emp, job = EMPLOYERS[rng.randrange(len(EMPLOYERS))]
        if contract == "interim":
            emp, job = "Adecco (mission Renault)", "opérateur de production"
        vals["employeur"], vals["emploi"] = emp, job
    if "autre" in sits:
        vals["autre_texte"] = rng.choice(AUTRE)
    # section C
    place = commune if rng.random() < 0.8 else commune.upper()
    if place == "Paris" and rng.random() < 0.3:
        place = f"Paris {int(cp[-2:])}e"
    vals["fait_a"] = place
    le, date_text = date_writing(rng, case, d, run)
    vals["le"] = le
    hand_keys = set(vals) if hand else set()
    if fw in ("typed_print", "acroform_printed") and rng.random() < 0.4:
        hand_keys |= {"le"} | ({"fait_a"} if rng.random() < 0.5 else set())
    if hand_keys & {"fait_a"}:
        vals["fait_a"] = place = inkmod.writable(writer.print_font, place)
    signed = case not in ("unsigned", "label_only", "stray_mark")
    situation = "+".join(s_ for s_ in SIT_ORDER if s_ in sits) or None
    fields = {
        "surname": w_sur,
        "usage_name": w_use,
        "given_names": w_giv,
        "sex": sex,
        "date_of_birth": dob,
        "employment_status": EMPLOYMENT[sits[0]] if len(sits) == 1 else None,
        "situation": situation,
        "contract_type": contract,
        "signed": signed,
        "signed_on": None if case == "no_date" else d.isoformat(),
        "date_text": date_text,
        "place": place,
        "nir": nir,
    }
    return dict(
        rng=rng,
        writer=writer,
        vals=vals,
        hand_keys=hand_keys,
        fields=fields,
        as_of=as_of,
        sign_date=d,
        person=p,
    )


def typed_style(rng, fw):
    if fw == "acroform_printed":
        return dict(
            font="Helvetica",
            size=rng.choice([9, 10, 10, 11]),
            spread=True,
            check=rng.choice(["dingbat", "x"]),
            highlight=rng.random() < 0.4,
        )
    return dict(
        font=rng.choice(["Sans", "Sans", "Cond", "Mono", "Helvetica", "Times-Roman"]),
        size=rng.choice([9, 10, 10.5, 11, 12]),
        spread=rng.random() < 0.5,
        check="x",
        dx=rng.uniform(-3, 6),
        dy=rng.uniform(-1.5, 2.5),
    )


def draw_pdf(item, doc, pages, mode, sig_png=None, style=None):
    """The form's pages (list of 1/2) with typed values or AcroForm fields."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    counter, geo_all = [0], {}
    typed = {k: v for k, v in doc["vals"].items() if k not in doc["hand_keys"]}
    for pg in pages:
        geo = fl.draw_page1(c, item["run"]) if pg == 1 else fl.draw_page2(c, item["run"])
        geo_all.update(geo)
        if mode == "typed":
            fill.overlay_typed(c, geo, typed, pg, style)
        elif mode == "acro":
            fill.overlay_acro(c, geo, typed, pg, item["run"], counter, style)
            if pg == 2 and sig_png is not None:
                x, y, w, h = geo["sig"]["rect"]
                img, sw, sh = sig_png
                c.drawImage(
                    ImageReader(io.BytesIO(img)),
                    x + (w - sw) / 2,
                    y + (h - sh) / 2,
                    sw,
                    sh,
                    mask="auto",
                )
        c.showPage()
    c.save()
    return buf.getvalue(), geo_all


def strip_appearances(pdf_bytes):
    """Text fields without appearance streams (NeedAppearances set), as some tools save."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                if annot.get("/FT") == "/Tx" and "/AP" in annot:
                    del annot["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def pasted_signature(doc, geo_sig):
    rng, writer = doc["rng"], doc["writer"]
    x, y, w, h = geo_sig["rect"]
    pw, ph = int(w * 0.8 * SCALE), int(h * 0.8 * SCALE)
    ink = inkmod.Ink(ph, pw)
    sur, _, given = doc["person"][:3]
    writer.signature(ink, (pw * 0.05, ph * 0.1, pw * 0.9, ph * 0.8), sur, given)
    alpha = next(iter(ink.layers.values()))
    color = writer.color
    if rng.random() < 0.5:
        rgba = np.zeros((ph, pw, 4), np.uint8)
        rgba[..., :3] = color
        rgba[..., 3] = cv2.GaussianBlur(alpha, (0, 0), 0.6)
        buf = io.BytesIO()
        Image.fromarray(rgba, "RGBA").save(buf, "PNG")
        note = "transparent PNG"
    else:
        base = np.full((ph, pw, 3), rng.randint(228, 246), np.uint8)
        base = ink.compose(base, np.random.default_rng(rng.randrange(2**32)))
        buf = io.BytesIO()
        Image.fromarray(base).save(buf, "JPEG", quality=85)
        note = "photo crop on grey paper"
    return (buf.getvalue(), w * 0.8, h * 0.8), note


def raster_pages(item, doc):
    """Print, write by hand, sign: page images (RGB arrays) for pages 1 and 2."""
    rng, writer = doc["rng"], doc["writer"]
    mode = "blank" if item["fill"] == "hand" else "typed"
    style = typed_style(rng, item["fill"])
    pdf, geo = draw_pdf(item, doc, [1, 2], mode, style=style)
    pdoc = pdfium.PdfDocument(pdf)
    hand_vals = {k: v for k, v in doc["vals"].items() if k in doc["hand_keys"]}
    out, notes = [], []
    for pg in (1, 2):
        img = np.asarray(pdoc[pg - 1].render(scale=SCALE).to_pil().convert("RGB"))
        ink = inkmod.Ink(img.shape[0], img.shape[1])
        fill.hand_fill(ink, writer, geo, hand_vals, pg, SCALE)
        if pg == 2:
            box = fill.to_px(geo["sig"]["rect"], SCALE)
            case = item["case"]
            if case == "stray_mark":
                notes.append("stray " + writer.stray(ink, box))
            elif case not in ("unsigned", "label_only"):
                notes.append("signature " + writer.signature(ink, box, *doc["person"][:3:2]))
        out.append(photo.paper(ink.compose(img, np.random.default_rng(rng.randrange(2**32))), rng))
    pdoc.close()
    return out, notes, style


def write_files(item, doc, folder):
    """Write the document's files; return (files truth, notes)."""
    rng = doc["rng"]
    arr, look = item["arrangement"], item["look"]
    d = min(doc["sign_date"], doc["as_of"] - dt.timedelta(days=1))
    stamp = f"{d.year}{d.month:02d}{d.day:02d}"
    notes = [f"print run {item['run']}"]
    files = []

    def put(name, data):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)

    if look == "text_pdf":
        sig, note = None, None
        if item["case"] not in ("unsigned", "label_only"):
            geo2 = fl.draw_page2(canvas.Canvas(io.BytesIO()), item["run"])
            sig, note = pasted_signature(doc, geo2["sig"])
            notes.append("pasted signature image (" + note + ")")
        style = {"size": rng.choice([9, 10, 11]), "button": rng.choice(["check", "cross"])}
        no_ap = rng.random() < 0.35
        if no_ap:
            notes.append("text fields without appearance streams (NeedAppearances)")

        def make(pages):
            b, _ = draw_pdf(item, doc, pages, "acro", sig_png=sig, style=style)
            return strip_appearances(b) if no_ap else b

        base = rng.choice(
            [
                "cerfa_15763-02_rempli.pdf",
                "demande_PUMa.pdf",
                "S1106.pdf",
                "formulaire_secu.pdf",
                "Demande ouverture droits.pdf",
            ]
        )
        if arr == "two_pdfs":
            n1, n2 = rng.choice(
                [("S1106_p1.pdf", "S1106_p2.pdf"), ("cerfa_page1.pdf", "cerfa_page2.pdf")]
            )
            put(n1, make([1]))
            put(n2, make([2]))
            files = [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}]
        else:
            order = [2, 1] if arr == "one_pdf_reversed" else [1, 2]
            put(base, make(order))
            files = [{"path": base, "pages": [order.index(1) + 1, order.index(2) + 1]}]
        return files, notes

    pages, pnotes, style = raster_pages(item, doc)
    notes += pnotes
    if item["fill"] != "hand":
        notes.append(f"typed with {style['font']} {style['size']}")
    if look == "image_pdf":
        dpi = rng.choice([150, 200, 200, 300])
        grey = rng.random() < 0.4
        jp = []
        for a in pages:
            s = photo.scan(a, rng, dpi)
            if grey:
                s = cv2.cvtColor(cv2.cvtColor(s, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
            jp.append(photo.jpeg(s, rng.randint(60, 85)))
        notes.append(f"scanner PDF {dpi} dpi")
        if arr == "two_pdfs":
            n1, n2 = rng.choice(
                [
                    (f"SCAN_{stamp}_0001.pdf", f"SCAN_{stamp}_0002.pdf"),
                    ("formulaire-1.pdf", "formulaire-2.pdf"),
                ]
            )
            put(n1, photo.image_pdf([jp[0]]))
            put(n2, photo.image_pdf([jp[1]]))
            files = [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}]
        else:
            order = [2, 1] if arr == "one_pdf_reversed" else [1, 2]
            name = rng.choice(
                [
                    f"Scan_{stamp}.pdf",
                    "cerfa_15763.pdf",
                    "demande_secu.pdf",
                    "doc00412320261104.pdf",
                ]
            )
            put(name, photo.image_pdf([jp[o - 1] for o in order]))
            files = [{"path": name, "pages": [order.index(1) + 1, order.index(2) + 1]}]
        return files, notes
    if look == "scan":
        dpi = rng.choice([150, 200, 300])
        as_png = rng.random() < 0.25 and dpi < 300
        ext = "png" if as_png else "jpg"
        num = rng.randint(3, 60)
        if arr == "two_images":
            n1, n2 = rng.choice(
                [
                    (f"scan_{num:04d}.{ext}", f"scan_{num + 1:04d}.{ext}"),
                    (f"page1.{ext}", f"page2.{ext}"),
                    (f"numérisation 1.{ext}", f"numérisation 2.{ext}"),
                ]
            )
        else:
            n1, n2 = rng.choice(
                [
                    (f"scan_{num + 1:04d}.{ext}", f"scan_{num:04d}.{ext}"),
                    (f"Doc2.{ext}", f"Doc1.{ext}"),
                    (f"formulaire_recto.{ext}", f"formulaire_a_signer.{ext}"),
                ]
            )
        for name, a in ((n1, pages[0]), (n2, pages[1])):
            s = photo.scan(a, rng, dpi)
            put(name, photo.png(s) if as_png else photo.jpeg(s, rng.randint(72, 90)))
        notes.append(f"flatbed scan {dpi} dpi")
        return [{"path": n1, "pages": [1]}, {"path": n2, "pages": [1]}], notes
    # phone photos of each page
    t0 = rng.randint(8, 21) * 3600 + rng.randint(0, 3599)
    first2 = rng.random() < 0.3
    names = []
    pxl = rng.random() < 0.5
    for k in range(2):
        t = t0 + (k if not first2 else 1 - k) * rng.randint(6, 40)
        hms = f"{t // 3600:02d}{t // 60 % 60:02d}{t % 60:02d}"
        names.append(
            f"PXL_{stamp}_{hms}{rng.randint(100, 999)}.jpg" if pxl else f"IMG_{stamp}_{hms}.jpg"
        )
    for k, a in enumerate(pages):
        ph, turn = photo.phone(a, rng)
        put(names[k], photo.jpeg(ph, rng.randint(85, 93)))
        if turn:
            notes.append(f"page {k + 1} photo rotated {turn} degrees")
    if first2:
        notes.append("page 2 photographed first (its name sorts first)")
    return [{"path": names[0], "pages": [1]}, {"path": names[1], "pages": [1]}], notes


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    fl.register_fonts()
    fonts = inkmod.find_fonts()
    items = plan()
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    names = []
    for item in items:
        name = f"d{item['n']:03d}"
        names.append(name)
        folder = os.path.join(out, "documents", name)
        os.makedirs(folder, exist_ok=True)
        doc = build(item, fonts)
        files, notes = write_files(item, doc, folder)
        f = doc["fields"]
        case = item["case"]
        if item["fill"] == "hand" or "le" in doc["hand_keys"]:
            notes.append("date handwritten" if f["date_text"] else "date left blank")
        truth = {
            "as_of": doc["as_of"].isoformat(),
            "employed": None,
            "status": None,
            "requirements": None,
            "form_status": VERDICT.get(case, "invalid"),
            "defect": DEFECT.get(case),
            "fill_way": item["fill"],
            "case": case,
            "arrangement": item["arrangement"],
            "print_run": item["run"],
            "applicant": {
                "surname": f["surname"],
                "given_names": f["given_names"],
                "date_of_birth": f["date_of_birth"],
            },
            "documents": [
                {
                    "files": files,
                    "type": "application_form",
                    "look": item["look"],
                    "fields": f,
                    "notes": "; ".join(notes),
                }
            ],
        }
        with open(
            os.path.join(out, "documents", name + ".truth.json"), "w", encoding="utf-8"
        ) as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(
            name,
            case,
            item["fill"],
            item["run"],
            item["look"],
            item["arrangement"],
            file=sys.stderr,
        )
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": [], "documents": names}, fh, indent=2)
        fh.write("\n")


if __name__ == "__main__":
    main()
