#!/usr/bin/env python3
"""Blind test set "form_d": filled cerfa 15763*02 (S1106) application forms.

    python generate.py OUT_DIR

Renders OUT_DIR/documents/<name>/ (one filled form per folder, 1 or 2 files),
OUT_DIR/documents/<name>.truth.json and OUT_DIR/manifest.json.  Deterministic:
fixed seeds, no clock, no network.
"""

import io
import json
import os
import random
import shutil
import sys

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")
from datetime import date, timedelta

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import degrade  # noqa: E402
import formlayout as fl  # noqa: E402
import hand  # noqa: E402
from people import EMPLOYERS, FREELANCE, OTHER, SCHOOLS, STREETS, TOWNS, VARIANTS, people  # noqa: E402

cv2.setNumThreads(1)
SET_ID = "form_d"
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
PH = fl.H

# ---------------------------------------------------------------- values


def luhn_complete(digits):
    """Append the Luhn check digit (SIRET)."""
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def fr_date(d, fmt):
    if fmt == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if fmt == "dmy2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if fmt == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if fmt == "d1":
        return f"{d.day}/{d.month:02d}/{d.year}"
    raise ValueError(fmt)


def words_date(d, pyr):
    day = "1er" if d.day == 1 else str(d.day)
    s = f"{day} {MONTHS[d.month - 1]} {d.year}"
    return ("le " + s) if pyr.random() < 0.4 else s


SIT_WORD = {
    "salarie": "salarie",
    "independant": "independant",
    "demandeur": "demandeur_emploi",
    "etudiant": "etudiant",
    "inactif": "inactif",
    "autre": "autre",
}
SIT_STATUS = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur": "not_employed",
    "etudiant": "not_employed",
    "inactif": "not_employed",
    "autre": "other",
}


def build(person, spec, pyr):
    name, case, situation, fill, look, pack = spec
    as_of = date(2026, 11, 2) + timedelta(days=pyr.randint(0, 46))
    town, cp = pyr.choice(TOWNS)
    v = {}
    v["nom_naissance"] = person["surname"]
    v["nom_usage"] = person["usage"] or ""
    caps_given = fill != "hand" or pyr.random() < 0.65
    given = person["given"].upper() if caps_given else person["given"]
    v["prenoms"] = given
    v["sexe"] = person["sex"]
    y, m, d = person["dob"].split("-")
    v["dob"] = d + m + y
    v["lieu_commune"] = person["birth_city"] if pyr.random() < 0.5 else person["birth_city"].upper()
    v["lieu_pays"] = (
        person["birth_country"] if pyr.random() < 0.5 else person["birth_country"].upper()
    )
    v["nationalite"] = (
        person["nationality"] if pyr.random() < 0.6 else person["nationality"].upper()
    )
    v["adresse"] = f"{pyr.randint(1, 148)} {pyr.choice(STREETS)}"
    v["adresse2"] = pyr.choice(
        [
            "",
            "",
            "",
            f"Bât. {pyr.choice('ABCD')}, appt {pyr.randint(2, 58)}",
            f"Résidence Les Acacias, porte {pyr.randint(1, 30)}",
        ]
    )
    v["code_postal"] = cp
    v["commune"] = town
    v["telephone"] = (
        "0" + str(pyr.choice([6, 7])) + "".join(f" {pyr.randint(0, 99):02d}" for _ in range(4))
    )
    first = person["given"].split()[0].split("-")[0].lower()
    asc = str.maketrans("éèêëàâäçîïôöùûüñáíóúãõ' ", "eeeeaaaciioouuunaiouao--")
    v["email"] = (
        first.translate(asc)
        + pyr.choice([".", "_", ""])
        + person["surname"].lower().translate(asc).replace(" ", "")
        + pyr.choice(["", str(pyr.randint(1, 99))])
        + "@"
        + pyr.choice(["gmail.com", "yahoo.fr", "outlook.com", "hotmail.fr", "laposte.net"])
    )
    # section B
    boxes = []
    contract = None
    sits = [] if situation == "none" else situation.split("+")
    for s in sits:
        kind, _, ctype = s.partition("_")
        boxes.append("situation_" + kind)
        if kind == "salarie":
            contract = ctype
            boxes.append(
                {"CDI": "contrat_cdi", "CDD": "contrat_cdd", "INT": "contrat_autre"}[ctype]
            )
            emp, job = pyr.choice(EMPLOYERS)
            v["employeur"] = emp
            v["emploi"] = job
            v["emploi_depuis"] = fr_date(as_of - timedelta(days=pyr.randint(40, 700)), "dmy")
        elif kind == "independant":
            v["siret"] = luhn_complete("".join(str(pyr.randint(0, 9)) for _ in range(13)))
            v["autre_activite"] = pyr.choice(FREELANCE)
        elif kind == "demandeur":
            v["identifiant_ft"] = f"{pyr.randint(1000000, 9999999)}{pyr.choice('ABCDEFGHJK')}"
        elif kind == "etudiant":
            v["etablissement"] = pyr.choice(SCHOOLS)
        elif kind == "autre":
            v["autre_precision"] = pyr.choice(OTHER)
    v["boxes"] = boxes
    v["sexbox"] = "sexe_" + person["sex"]
    # section C
    v["fait_a"] = town if pyr.random() < 0.7 else town.upper()
    signed_on = None
    fmt = pyr.choice(["dmy"] * 6 + ["dmy2", "dot", "d1"])
    sd = as_of - timedelta(days=pyr.randint(2, 30))
    notes = []
    if case in ("ok", "unsigned", "label", "dot", "tick", "none", "two"):
        date_text = fr_date(sd, fmt)
        signed_on = sd.isoformat()
    elif case == "words":
        date_text = words_date(sd, pyr)
        signed_on = sd.isoformat()
        notes.append("date of signature written in words (French), a valid French way to date")
        fmt = "words"
    elif case == "future":
        if "year" in name:
            fd = date(2027, sd.month, sd.day)
            notes.append("year slip: 2027 written instead of 2026, date is after as_of")
        else:
            fd = as_of + timedelta(days=pyr.randint(4, 25))
            notes.append("signature date is after the audit date")
        fmt = "dmy"
        date_text = fr_date(fd, fmt)
        signed_on = fd.isoformat()
    elif case == "us":
        while sd.day <= 12:
            sd -= timedelta(days=1)
        date_text = f"{sd.month:02d}/{sd.day:02d}/{sd.year}"
        signed_on = sd.isoformat()
        fmt = "us"
        notes.append(
            f"date written US-style MM/DD/YYYY ({date_text}); {sd.day} cannot be a month; "
            "signed_on gives the intended date"
        )
    elif case == "nodate":
        date_text = None
        fmt = None
        notes.append("'le' date left blank")
    elif case == "month":
        md = sd
        date_text = f"{MONTHS[md.month - 1]} {md.year}"
        fmt = "month"
        notes.append("only month and year written, no day: date incomplete")
    v["date_text"] = date_text
    v["date_fmt"] = fmt
    v["date_obj"] = {"signed_on": signed_on}

    sig_kind = {"unsigned": "none", "label": "none", "dot": "dot", "tick": "tick"}.get(case, "sign")
    if case == "unsigned":
        notes.append("signature box left empty")
    if case == "label":
        notes.append("signature box holds only the printed word 'Signature', nobody signed")
    if case == "dot":
        notes.append("a stray pen dot in the signature box, not a signature")
    if case == "tick":
        notes.append("a short pen tick in the signature box, not a signature")
    if case == "none":
        notes.append("no situation box ticked in section B")
    if case == "two":
        notes.append("two situation boxes ticked in section B")

    status = {
        "ok": "complete",
        "words": "complete",
        "unsigned": "invalid",
        "label": "invalid",
        "dot": "invalid",
        "tick": "invalid",
        "future": "invalid",
        "us": "invalid",
        "nodate": "questionable",
        "month": "questionable",
        "none": "questionable",
        "two": "questionable",
    }[case]
    defect = {
        "ok": None,
        "words": None,
        "unsigned": "form_unsigned",
        "label": "form_unsigned",
        "dot": "form_unsigned",
        "tick": "form_unsigned",
        "future": "form_date_future",
        "us": "form_date_us_format",
        "nodate": "form_date_missing",
        "month": "form_date_incomplete",
        "none": "form_no_situation",
        "two": "form_two_situations",
    }[case]
    if len(sits) == 1:
        k = sits[0].partition("_")[0]
        sit_word, emp = SIT_WORD[k], SIT_STATUS[k]
    else:
        sit_word, emp = ("none" if not sits else "several"), None
    fields = {
        "surname": person["surname"],
        "usage_name": person["usage"],
        "given_names": given,
        "sex": person["sex"],
        "date_of_birth": person["dob"],
        "employment_status": emp,
        "situation": sit_word,
        "contract_type": {"CDI": "CDI", "CDD": "CDD", "INT": "interim"}.get(contract)
        if contract
        else None,
        "signed": sig_kind == "sign",
        "signed_on": signed_on,
        "date_text": date_text,
        "place": v["fait_a"],
        "nir": None,
    }
    return v, fields, status, defect, notes, as_of, sig_kind


# ---------------------------------------------------------------- typed / AcroForm fill

TYPED_FONTS = ["Helvetica", "Courier", "LibSans", "Carlito", "DVCond", "LibMono"]

FIELD_SCHEMES = {
    "snake": {},
    "camel": {
        "nom_naissance": "NomNaissance",
        "nom_usage": "NomUsage",
        "prenoms": "Prenoms",
        "sexe_F": "SexeF",
        "sexe_M": "SexeM",
        "dob_j": "DateNaissJour",
        "dob_m": "DateNaissMois",
        "dob_a": "DateNaissAnnee",
        "lieu_commune": "LieuNaissance",
        "lieu_pays": "PaysNaissance",
        "nationalite": "Nationalite",
        "nir": "NIR",
        "adresse": "Adresse1",
        "adresse2": "Adresse2",
        "code_postal": "CodePostal",
        "commune": "Ville",
        "telephone": "Tel",
        "email": "Mail",
        "situation_salarie": "CaseSalarie",
        "situation_independant": "CaseIndependant",
        "situation_demandeur": "CaseDemandeurEmploi",
        "situation_etudiant": "CaseEtudiant",
        "situation_inactif": "CaseInactif",
        "situation_autre": "CaseAutre",
        "contrat_cdi": "CaseCDI",
        "contrat_cdd": "CaseCDD",
        "contrat_autre": "CaseInterim",
        "employeur": "Employeur",
        "emploi": "Emploi",
        "emploi_depuis": "DateEmbauche",
        "siret": "SIRET",
        "identifiant_ft": "IdFranceTravail",
        "etablissement": "Etablissement",
        "autre_precision": "AutreSituation",
        "fait_a": "FaitA",
        "date_signature": "DateSignature",
    },
    "pages": None,  # p1_<name> / p2_<name>
}


def field_name(scheme, key, page):
    if scheme == "pages":
        return f"p{page}_{key}"
    return FIELD_SCHEMES[scheme].get(key, key)


def line_values(v):
    """anchor name -> text for line/comb fields."""
    out = {
        k: v.get(k, "")
        for k in (
            "nom_naissance",
            "nom_usage",
            "prenoms",
            "lieu_commune",
            "lieu_pays",
            "nationalite",
            "adresse",
            "adresse2",
            "code_postal",
            "commune",
            "telephone",
            "email",
            "employeur",
            "emploi",
            "emploi_depuis",
            "siret",
            "identifiant_ft",
            "etablissement",
            "autre_precision",
            "fait_a",
        )
    }
    if "autre_activite" in v and not out["autre_precision"]:
        pass
    return out


def sig_image(name, pyr, npr, w_pt, h_pt, colour):
    """RGBA image of a handwritten signature (for pasting into a PDF)."""
    k = 4
    W, Hh = int(w_pt * k), int(h_pt * k)
    ink = hand.Ink((W, Hh), colour)
    hand.signature(ink, (W * 0.05, Hh * 0.05, W * 0.85, Hh * 0.9), name, pyr, pen=k * 1.1)
    a = np.asarray(ink.layer, dtype=np.uint8)
    rgba = np.zeros((Hh, W, 4), np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = colour
    rgba[..., 3] = a
    return Image.fromarray(rgba, "RGBA")


def make_hook(mode, v, pyr, npr, opts):
    """Page hook drawing typed values (mode 'typed') or AcroForm fields
    (mode 'fillable') onto the reportlab canvas."""
    tfont = opts["tfont"]
    tsize = opts["tsize"]
    lv = line_values(v)
    scheme = opts.get("scheme", "snake")

    def hook(c, pno, A):
        for key, a in A.items.items():
            if a["page"] != pno:
                continue
            kind = a["kind"]
            if key == "signature":
                if opts.get("sig_image") is not None:
                    im = opts["sig_image"]
                    c.drawImage(
                        ImageReader(im),
                        a["x"] + a["w"] * 0.08,
                        a["y"] + a["h"] * 0.04,
                        a["w"] * 0.84,
                        a["h"] * 0.84,
                        mask="auto",
                    )
                continue
            if key == "date_signature":
                txt = v["date_text"] if opts.get("type_date") else None
                if not txt:
                    if mode == "fillable":
                        _tf(c, field_name(scheme, key, pno), "", a, tfont, tsize, opts)
                    continue
                if kind == "date":
                    digs = txt.replace("/", "")
                    if mode == "fillable":
                        _tf(
                            c,
                            field_name(scheme, key, pno),
                            txt,
                            _span(a["cells"]),
                            tfont,
                            tsize,
                            opts,
                        )
                    else:
                        _type_comb(c, digs, a["cells"], tfont, tsize)
                else:
                    if mode == "fillable":
                        _tf(c, field_name(scheme, key, pno), txt, a, tfont, tsize, opts)
                    else:
                        _type_line(c, txt, a, tfont, tsize)
                continue
            if key == "fait_a" and not opts.get("type_place", True):
                if mode == "fillable":
                    _tf(c, field_name(scheme, key, pno), "", a, tfont, tsize, opts)
                continue
            if kind == "box":
                on = key in v["boxes"] or key == v["sexbox"]
                if mode == "fillable":
                    c.acroForm.checkbox(
                        name=field_name(scheme, key, pno),
                        checked=on,
                        buttonStyle=opts["check_style"],
                        x=a["x"] + 0.6,
                        y=a["y"] + 0.6,
                        size=a["s"] - 1.2,
                        borderWidth=0,
                        fillColor=None,
                        textColor=Color(0, 0, 0),
                        annotationFlags="print",
                    )
                elif on:
                    c.setFont("Helvetica-Bold", a["s"] * 1.05)
                    c.drawCentredString(a["x"] + a["s"] / 2, a["y"] + a["s"] * 0.14, "X")
                continue
            if key == "date_naissance":
                cells = a["cells"]
                if mode == "fillable":
                    for sub, lo, hi, val in (
                        ("dob_j", 0, 2, v["dob"][:2]),
                        ("dob_m", 2, 4, v["dob"][2:4]),
                        ("dob_a", 4, 8, v["dob"][4:]),
                    ):
                        nm = field_name(scheme, sub, pno)
                        if scheme == "snake":
                            nm = {
                                "dob_j": "date_naissance_jj",
                                "dob_m": "date_naissance_mm",
                                "dob_a": "date_naissance_aaaa",
                            }[sub]
                        _tf(c, nm, val, _span(cells[lo:hi]), tfont, tsize, opts)
                else:
                    _type_comb(c, v["dob"], cells, tfont, tsize)
                continue
            txt = lv.get(key, "")
            if key == "nir":
                txt = ""
            if mode == "fillable":
                aa = _span(a["cells"]) if kind == "comb" else a
                _tf(c, field_name(scheme, key, pno), txt, aa, tfont, tsize, opts)
            elif txt:
                if kind == "comb":
                    _type_comb(c, txt, a["cells"], tfont, tsize)
                else:
                    _type_line(c, txt, a, tfont, tsize)

    return hook


def _span(cells):
    x0 = cells[0][0]
    x1 = cells[-1][0] + cells[-1][2]
    return {"x": x0, "y": cells[0][1] + 3, "w": x1 - x0, "size": cells[0][3] - 4}


def _type_line(c, txt, a, font, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = size
    while stringWidth(txt, font, s) > a["w"] - 4 and s > 5:
        s -= 0.5
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, s)
    c.drawString(a["x"] + 3, a["y"] + 0.5, txt)


def _type_comb(c, txt, cells, font, size):
    c.setFillColorRGB(0, 0, 0)
    for ch, (x, y, w, h) in zip(txt, cells):
        c.setFont(font, min(size + 1, h * 0.72))
        c.drawCentredString(x + w / 2, y + h * 0.25, ch)


def _tf(c, name, value, a, font, size, opts):
    h = a["size"] + 5
    c.acroForm.textfield(
        name=name,
        value=value,
        x=a["x"],
        y=a["y"] - 3,
        width=a["w"],
        height=h,
        fontName=font if font in ("Helvetica", "Courier") else "Helvetica",
        fontSize=min(size, h - 3),
        borderWidth=0,
        fillColor=opts["fcolor"],
        textColor=Color(0, 0, 0),
        maxlen=200,
        annotationFlags="print",
    )


def render_pdf(run, hook=None, order=(1, 2)):
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=fl.A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie - S1106")
    c.setAuthor("")
    c.setCreator("")
    A = fl.draw_form(c, run, page_hook=hook, order=order)
    c.save()
    return b.getvalue(), A


def post_acroform(data, strip_text_ap):
    """Set NeedAppearances; optionally drop text appearance streams so the
    values live only in /V (a viewer regenerates them)."""
    pdf = pikepdf.open(io.BytesIO(data))
    af = pdf.Root.get("/AcroForm")
    if af is not None:
        af.NeedAppearances = True
        if strip_text_ap:
            for f in af.Fields:
                if f.get("/FT") == pikepdf.Name.Tx and "/AP" in f:
                    del f["/AP"]
    pdf.docinfo["/Producer"] = "pikepdf"
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, static_id=True)
    return out.getvalue()


def rasterize(data, dpi):
    doc = pdfium.PdfDocument(data)
    doc.init_forms()
    pages = []
    for i in range(len(doc)):
        pages.append(doc[i].render(scale=dpi / 72.0, may_draw_forms=True).to_pil().convert("RGB"))
    doc.close()
    return pages


# ---------------------------------------------------------------- hand fill on a raster


def hand_fill(img, pno, A, v, pyr, npr, dpi, pen_cfg, parts, sig_kind, name_for_sig):
    s = dpi / 72.0
    ink = hand.Ink(img.size, pen_cfg["colour"])
    pen = pen_cfg["pen"] * s
    caps, cur = pen_cfg["caps_font"], pen_cfg["cursive_font"]
    lv = line_values(v)

    def line(a, txt, fk, scale=1.0):
        if not txt:
            return
        size = a["size"] * s * pen_cfg["hsize"] * scale
        x = (a["x"] + pyr.uniform(2, 10)) * s
        yb = (PH - a["y"]) * s - pyr.uniform(1.0, 3.0) * s
        hand.write(
            ink,
            txt,
            x,
            yb,
            size,
            fk,
            pyr,
            slant=pen_cfg["slant"],
            max_w=(a["w"] - 10) * s,
            drift=pen_cfg["drift"],
        )

    def cells_px(cells):
        return [(x * s, (PH - y - h) * s, w * s, h * s) for (x, y, w, h) in cells]

    for key, a in A.items.items():
        if a["page"] != pno:
            continue
        kind = a["kind"]
        if key == "signature":
            if "sig" not in parts:
                continue
            rect = (a["x"] * s, (PH - a["y"] - a["h"]) * s, a["w"] * s, a["h"] * s)
            if a.get("label_inside"):  # keep clear of the printed label
                rect = (rect[0], rect[1] + rect[3] * 0.12, rect[2], rect[3] * 0.88)
            if sig_kind == "sign":
                hand.signature(ink, rect, name_for_sig, pyr, pen * pyr.uniform(0.9, 1.2))
            elif sig_kind in ("dot", "tick"):
                hand.stray(ink, rect, sig_kind, pyr, pen)
            continue
        if key == "date_signature":
            if "date" not in parts or not v["date_text"]:
                continue
            if kind == "date":
                hand.write_comb(
                    ink, v["date_text"].replace("/", ""), cells_px(a["cells"]), 0.72, caps, pyr
                )
            else:
                line(a, v["date_text"], cur if pen_cfg["cursive_date"] else caps, 1.05)
            continue
        if key == "fait_a":
            if "place" in parts:
                line(a, lv["fait_a"], cur if pen_cfg["cursive_date"] else caps, 1.05)
            continue
        if "body" not in parts:
            continue
        if kind == "box":
            if key in v["boxes"] or key == v["sexbox"]:
                bx = (a["x"] * s, (PH - a["y"] - a["s"]) * s, a["s"] * s)
                hand.mark(ink, bx, pen_cfg["mark"], pyr, pen)
            continue
        if key == "date_naissance":
            hand.write_comb(ink, v["dob"], cells_px(a["cells"]), 0.72, caps, pyr)
            continue
        txt = lv.get(key, "")
        if not txt or key == "nir":
            continue
        if kind == "comb":
            hand.write_comb(ink, txt.upper(), cells_px(a["cells"]), 0.7, caps, pyr)
        else:
            fk = (
                caps
                if (txt.upper() == txt or key in ("nom_naissance", "nom_usage"))
                else pen_cfg["mixed_font"]
            )
            line(a, txt, fk)
    return ink.apply(img, npr)


# ---------------------------------------------------------------- files


SCAN_NAMES = [
    ("scan0001.jpg", "scan0002.jpg"),
    ("numerisation_1.jpg", "numerisation_2.jpg"),
    ("S1106 page 1.jpg", "S1106 page 2.jpg"),
    ("formulaire_p1.jpeg", "formulaire_p2.jpeg"),
    ("doc00412720261105.jpg", "doc00412820261105.jpg"),
    ("cerfa1.jpg", "cerfa2.jpg"),
    ("Scan 12.jpg", "Scan 13.jpg"),
    ("demande_secu_1.jpg", "demande_secu_2.jpg"),
]
PHOTO_NAMES = [
    ("IMG_2034.jpeg", "IMG_2035.jpeg"),
    ("IMG_20261108_101522.jpg", "IMG_20261108_101547.jpg"),
    ("PXL_20261112_183004.jpg", "PXL_20261112_183031.jpg"),
    ("photo1.jpg", "photo2.jpg"),
    ("WhatsApp Image 2026-11-09 at 21.14.02.jpeg", "WhatsApp Image 2026-11-09 at 21.14.03.jpeg"),
    ("IMG_4410.JPG", "IMG_4411.JPG"),
]
PDF_NAMES = [
    "formulaire_S1106.pdf",
    "Scan_2026-11-12.pdf",
    "demande PUMA.pdf",
    "cerfa 15763.pdf",
    "SKM_C25826111210230.pdf",
    "demande_ouverture_droits.pdf",
    "S1106_rempli.pdf",
    "formulaire secu signé.pdf",
]

SPECIAL = {
    "f05_hand_photo_etudiant_rot": {"rotate": {2: 90}},
    "f12_typed_photo_cdd_rot180": {"rotate": {1: 180}},
    "f55_hand_photo_cdi_180": {"rotate": {2: 180}},
    "f17_hand_scan_etudiant_png": {"fmt": "png"},
    "f25_hand_scan_inactif_lowdpi": {"dpi": 150},
    "f20_hand_scan_cdi_comb": {"names_comb": True, "date_comb": True},
    "f34_hand_pdfscan_label_only": {"label_inside": True},
    "f35_typed_printed_scan_label_only": {"label_inside": True},
    "f36_hand_photo_label_only": {"label_inside": True},
    "f19_fillable_needappearances_inactif": {"strip_ap": True},
    "f31_fillable_unsigned": {"label_inside": False},
    "f30_hand_scan_unsigned": {"label_inside": False},
    "f33_hand_photo_unsigned": {"label_inside": False},
    "f32_typed_pdf_unsigned": {"label_inside": False},
}


def person_for(idx, spec, plist):
    # f16 must show a usage name: swap DIALLO (married MARTIN) with person 15
    swap = {15: 5, 5: 15}
    return plist[swap.get(idx, idx) % len(plist)]


def make_variant(idx, spec, plist, out_root):
    name, case, situation, fill, look, pack = spec
    sp = SPECIAL.get(name, {})
    seed = 1000 + idx * 7919
    pyr = random.Random(seed)
    npr = np.random.default_rng(seed)
    person = person_for(idx, spec, plist)
    v, fields, status, defect, notes, as_of, sig_kind = build(person, spec, pyr)

    run = fl.PrintRun.random(pyr)
    if "label_inside" in sp:
        run.sig_label_inside = sp["label_inside"]
    if "names_comb" in sp:
        run.names_comb = sp["names_comb"]
    if "date_comb" in sp:
        run.date_comb = sp["date_comb"]
    if v["date_fmt"] not in ("dmy",) and not sp.get("date_comb"):
        run.date_comb = False
    if run.names_comb and max(len(v["nom_naissance"]), len(v["prenoms"]), len(v["nom_usage"])) > 24:
        run.names_comb = False
    if run.date_comb and v["date_text"] and len(v["date_text"].replace("/", "")) != 8:
        run.date_comb = False
    if run.date_comb:
        notes.append("date of signature written in comb boxes JJ MM AAAA")
    if fill != "hand":
        run.names_comb = run.names_comb and pyr.random() < 0.5

    folder = os.path.join(out_root, "documents", name)
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    order = (2, 1) if pack in ("pdf_rev",) else (1, 2)
    colour = pyr.choice([(22, 38, 120), (25, 45, 150), (20, 20, 28), (35, 35, 45)])
    sig_name = pyr.choice(
        [
            person["surname"].title(),
            person["given"].split()[0] + " " + person["surname"].title(),
            person["surname"].title(),
        ]
    )
    if person["usage"] and pyr.random() < 0.6:
        sig_name = person["usage"].title()
    extra = {}
    files = []

    if look == "text_pdf":
        opts = {
            "tfont": pyr.choice(["Helvetica", "Courier"])
            if fill == "fillable"
            else pyr.choice(TYPED_FONTS),
            "tsize": pyr.uniform(9, 10.5),
            "type_date": True,
            "type_place": True,
            "check_style": pyr.choice(["cross", "check"]),
            "fcolor": pyr.choice([None, Color(0.88, 0.92, 1.0)]),
            "scheme": pyr.choice(["snake", "camel", "pages"]),
        }
        if sig_kind == "sign":
            opts["sig_image"] = sig_image(
                sig_name, pyr, npr, run.sig_w * 0.84, run.sig_h * 0.84, colour
            )
            notes.append("signature is a scanned handwritten signature pasted as an image")
        data, A = render_pdf(run, make_hook(fill, v, pyr, npr, opts), order=order)
        if fill == "fillable":
            data = post_acroform(data, sp.get("strip_ap", False))
            extra["fillable"] = True
            extra["acroform_field_scheme"] = opts["scheme"]
            notes.append("fillable PDF: values are AcroForm fields (NeedAppearances set)")
            if sp.get("strip_ap"):
                notes.append(
                    "text fields have no appearance stream: values only in /V, the page content "
                    "holds no filled text"
                )
        fn = pyr.choice(PDF_NAMES)
        with open(os.path.join(folder, fn), "wb") as f:
            f.write(data)
        files = [{"path": fn, "pages": [1, 2]}]
        form_pages = [{"form_page": p, "path": fn, "page": order.index(p) + 1} for p in (1, 2)]
    else:
        # printed form, possibly typed / filled on screen first, then hand-filled on paper
        if look == "phone_photo":
            dpi = pyr.choice([200, 220, 240])
        else:
            dpi = sp.get(
                "dpi", pyr.choice([200, 240, 300] if look == "image_pdf" else [150, 200, 240, 300])
            )
        hook = None
        parts = {"body", "place", "date", "sig"}
        if fill in ("typed", "fillable"):
            type_date = (pyr.random() < 0.5) and case not in ("words", "month")
            if case == "us":
                type_date = True
            opts = {
                "tfont": pyr.choice(["Helvetica", "Courier"])
                if fill == "fillable"
                else pyr.choice(TYPED_FONTS),
                "tsize": pyr.uniform(9, 10.5),
                "type_date": type_date,
                "type_place": type_date,
                "check_style": pyr.choice(["cross", "check"]),
                "fcolor": None,
                "scheme": pyr.choice(["snake", "camel", "pages"]),
            }
            hook = make_hook(fill, v, pyr, npr, opts)
            parts = {"sig"} | (set() if type_date else {"date", "place"})
            notes.append(
                ("typed on screen" if fill == "typed" else "fillable PDF filled on screen")
                + ", printed, "
                + ("signed" if sig_kind == "sign" else "not signed")
                + (" and dated" if not type_date and v["date_text"] else "")
                + " by hand, then "
                + ("scanned" if look != "phone_photo" else "photographed")
            )
        data, A = render_pdf(run, hook)
        pages = rasterize(data, dpi)
        pen_cfg = {
            "colour": colour,
            "pen": pyr.uniform(0.8, 1.3),
            "caps_font": hand.pick_font(pyr, hand.CAPS_FONTS, _vtext(v).upper()),
            "cursive_font": hand.pick_font(
                pyr, hand.CURSIVE_FONTS, (v["date_text"] or "") + v["fait_a"]
            ),
            "mixed_font": hand.pick_font(pyr, hand.MIXED_FONTS, _vtext(v)),
            "cursive_date": pyr.random() < 0.6,
            "slant": pyr.uniform(-0.05, 0.25),
            "drift": pyr.uniform(0.3, 1.0),
            "hsize": pyr.uniform(1.15, 1.45),
            "mark": pyr.choice(["cross", "cross", "tick"]),
        }
        filled = []
        for pno in (1, 2):
            im = hand_fill(
                pages[pno - 1], pno, A, v, pyr, npr, dpi, pen_cfg, parts, sig_kind, sig_name
            )
            if pyr.random() < 0.5:
                im = degrade.photocopy(im, npr)
            filled.append(im)
        rot = sp.get("rotate", {})
        if look in ("scan", "image_pdf"):
            grey = pyr.random() < 0.55
            outs = [degrade.scan(im, npr, grey=grey) for im in filled]
        else:
            outs = [degrade.photo(im, npr, rotate=rot.get(i + 1, 0)) for i, im in enumerate(filled)]
            for p_, r_ in rot.items():
                notes.append(f"photo of page {p_} is rotated {r_}°")
        if pack in ("pdf", "pdf_rev"):
            seq = [outs[p - 1] for p in order]
            fn = pyr.choice(PDF_NAMES)
            if look == "phone_photo":
                _photo_pdf(seq, os.path.join(folder, fn), pyr)
                notes.append("the two phone photos were put into one PDF")
            else:
                degrade.image_pdf(seq, os.path.join(folder, fn), q=pyr.randint(70, 88))
            files = [{"path": fn, "pages": [1, 2]}]
            form_pages = [{"form_page": p, "path": fn, "page": order.index(p) + 1} for p in (1, 2)]
        else:
            names = pyr.choice(SCAN_NAMES if look == "scan" else PHOTO_NAMES)
            ext = sp.get("fmt", "jpg")
            if ext == "png":
                names = tuple(n.rsplit(".", 1)[0] + ".png" for n in names)
            assign = {1: names[0], 2: names[1]} if pack == "two" else {1: names[1], 2: names[0]}
            for p in (1, 2):
                path = os.path.join(folder, assign[p])
                if ext == "png":
                    outs[p - 1].save(path, "PNG", dpi=(dpi, dpi))
                elif look == "scan":
                    degrade.save_jpeg(outs[p - 1], path, pyr.randint(78, 92), dpi)
                else:
                    degrade.save_jpeg(outs[p - 1], path, pyr.randint(82, 92))
            files = [{"path": n, "pages": [1]} for n in sorted(names)]
            form_pages = [{"form_page": p, "path": assign[p], "page": 1} for p in (1, 2)]
        if pack in ("pdf_rev", "two_rev"):
            notes.append("page 2 comes first (file order / page order reversed)")
        extra["dpi"] = dpi

    if fill == "hand":
        notes.append("filled by hand")
    if run.names_comb:
        notes.append("names written one letter per comb box")
    if person["usage"]:
        notes.append("married woman: birth surname and usage (husband's) name both on the form")
    fields_out = dict(fields)
    doc = {
        "files": files,
        "type": "application_form",
        "look": look,
        "fields": fields_out,
        "form_pages": form_pages,
        "fill": fill,
        "notes": "; ".join(notes),
    }
    doc.update(extra)
    truth = {
        "as_of": as_of.isoformat(),
        "employed": None,
        "form_status": status,
        "defect": defect,
        "documents": [doc],
    }
    with open(
        os.path.join(out_root, "documents", name + ".truth.json"), "w", encoding="utf-8"
    ) as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return truth


def _vtext(v):
    return " ".join(str(x) for x in v.values() if isinstance(x, str))


def _photo_pdf(imgs, path, pyr):
    c = canvas.Canvas(path, pagesize=fl.A4, invariant=1)
    c.setCreator("Microsoft: Print To PDF")
    for im in imgs:
        w, h = im.size
        pw = fl.A4[0]
        ph = pw * h / w
        c.setPageSize((pw, ph))
        c.drawImage(
            ImageReader(io.BytesIO(degrade.jpeg_bytes(im, pyr.randint(75, 88)))), 0, 0, pw, ph
        )
        c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    plist = people()
    names = []
    only = os.environ.get("FORM_D_ONLY")
    for idx, spec in enumerate(VARIANTS):
        if only and spec[0] not in only.split(","):
            continue
        make_variant(idx, spec, plist, out)
        names.append(spec[0])
        print(spec[0], file=sys.stderr)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"set": SET_ID, "packets": [], "documents": names}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
