"""Render the form_i blind set: filled PUMa application forms (cerfa 15763*02, S1106).

Usage: python generate.py OUT_DIR

Writes OUT_DIR/manifest.json, OUT_DIR/documents/<name>/ (the files an applicant
would send) and OUT_DIR/documents/<name>.truth.json. Deterministic: fixed
seeds, no clock, no network, one process.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image
from reportlab.lib.colors import Color

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import fill  # noqa: E402
import hand  # noqa: E402
import layout  # noqa: E402
import looks  # noqa: E402
from people import Person, make_people, strip_accents  # noqa: E402

SET_ID = "form_i"
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

# cases: ok, words, unsigned, label_only, stray, future, us, no_date, none_ticked, two_ticked
FORM_STATUS = {
    "ok": "complete",
    "words": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray": "invalid",
    "future": "invalid",
    "us": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
DEFECT = {
    "ok": None,
    "words": None,
    "unsigned": "form not signed: the signature box is empty",
    "label_only": "form not signed: the box holds only the printed word 'Signature'",
    "stray": "form not signed: only a stray mark in the signature box",
    "future": "form dated after the audit date",
    "us": "date written month first (MM/DD/YYYY)",
    "no_date": "date missing next to 'le'",
    "none_ticked": "no situation ticked in section B",
    "two_ticked": "two situations ticked in section B",
}

# (look, container, reversed, rotation quarter-turns)
LOOK_PLAN = {
    "hand": (
        [("image_pdf", "pdf", False, 0)] * 8
        + [("image_pdf", "pdf", True, 0)] * 3
        + [("scan", "images", False, 0)] * 8
        + [("scan", "images", True, 0)] * 3
        + [("phone_photo", "images", False, 0)] * 5
        + [("phone_photo", "images", False, 1)] * 2
        + [("phone_photo", "images", False, 2)]
        + [("phone_photo", "images", True, 0)] * 2
        + [("phone_photo", "pdf", False, 0)]
        + [("phone_photo", "pdf", True, 3)]
    ),
    "typed": (
        [("text_pdf", "pdf", False, 0)] * 2
        + [("image_pdf", "pdf", False, 0)] * 3
        + [("image_pdf", "pdf", True, 0)]
        + [("scan", "images", False, 0)] * 2
        + [("scan", "images", True, 0)]
        + [("phone_photo", "images", False, 0)] * 2
        + [("phone_photo", "images", False, 1)]
    ),
    "fillable": [("text_pdf", "pdf", False, 0)] * 11,
    "fillable_hand": (
        [("image_pdf", "pdf", False, 0)] * 3
        + [("image_pdf", "pdf", True, 0)]
        + [("scan", "images", False, 0)] * 3
        + [("scan", "images", True, 0)]
        + [("phone_photo", "images", False, 0)]
        + [("phone_photo", "images", True, 0)]
        + [("phone_photo", "images", False, 2)]
    ),
}
CASE_PLAN = {
    "hand": ["ok"] * 16
    + ["words"] * 3
    + [
        "unsigned",
        "label_only",
        "label_only",
        "stray",
        "stray",
        "future",
        "future",
        "us",
        "us",
        "no_date",
        "no_date",
        "none_ticked",
        "none_ticked",
        "two_ticked",
        "two_ticked",
    ],
    "typed": ["ok"] * 6 + ["words", "unsigned", "stray", "future", "us", "two_ticked"],
    "fillable": ["ok"] * 5 + ["unsigned", "unsigned", "future", "us", "no_date", "none_ticked"],
    "fillable_hand": ["ok"] * 5 + ["unsigned", "label_only", "future", "us", "no_date", "words"],
}
SITUATIONS = [
    "salarie:CDI",
    "inactif",
    "salarie:CDD",
    "etudiant",
    "independant",
    "demandeur_emploi",
    "salarie:CDI",
    "inactif",
    "autre",
    "etudiant",
    "salarie:CDD",
    "independant",
]
TWO_TICKED = [
    ("salarie:CDD", "etudiant"),
    ("demandeur_emploi", "inactif"),
    ("independant", "salarie:CDI"),
    ("etudiant", "inactif"),
]
AUTRE_TXT = [
    "Retraité(e) d'un régime étranger",
    "Conjoint(e) d'un assuré",
    "Volontaire en service civique",
    "Pensionné(e) d'invalidité (étranger)",
]
SIT_KEY = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "inactif": "sit_inactif",
    "autre": "sit_autre",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "inactif": "not_employed",
    "autre": "other",
}

HAND_FONT_KEYS = ["dkg", "dkg", "dkgbd", "humor", "ruf", "kaushan", "kaushan", "dancing"]


@dataclass
class Variant:
    idx: int
    name: str
    fill: str
    look: str
    container: str
    reverse: bool
    rot: int
    case: str
    sits: list
    person: Person
    as_of: dt.date


def build_plan() -> list[Variant]:
    rng = random.Random("form_i/plan")
    rows = []
    for fill_way in ("hand", "typed", "fillable", "fillable_hand"):
        lk = list(LOOK_PLAN[fill_way])
        cs = list(CASE_PLAN[fill_way])
        assert len(lk) == len(cs), (fill_way, len(lk), len(cs))
        rng.shuffle(lk)
        rng.shuffle(cs)
        rows.extend((fill_way, a, b) for a, b in zip(lk, cs))
    rng.shuffle(rows)
    people = make_people(len(rows))
    out = []
    si = ti = 0
    for i, (fill_way, (look, container, rev, rot), case) in enumerate(rows):
        if case == "none_ticked":
            sits = []
        elif case == "two_ticked":
            sits = list(TWO_TICKED[ti % len(TWO_TICKED)])
            ti += 1
        else:
            sits = [SITUATIONS[si % len(SITUATIONS)]]
            si += 1
        as_of = dt.date(2026, 11, 2) + dt.timedelta(days=rng.randrange(47))
        out.append(
            Variant(
                i + 1,
                f"fi_{i + 1:03d}",
                fill_way,
                look,
                container,
                rev,
                rot,
                case,
                sits,
                people[i],
                as_of,
            )
        )
    return out


# ---------------------------------------------------------------------------
# what is written on the form


def fr_date(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def sign_date_and_text(
    v: Variant, rng: random.Random, comb: bool
) -> tuple[dt.date | None, str, str]:
    """(true date, text as written, value for the field: digits for a comb)."""
    as_of = v.as_of
    if v.case == "no_date":
        return None, "", ""
    if v.case == "future":
        d = as_of + dt.timedelta(days=rng.randrange(4, 46))
    elif v.case == "us":
        for k in range(1, 40):
            d = as_of - dt.timedelta(days=k + rng.randrange(3))
            if d.day > 12:
                break
        text = f"{d.month:02d}/{d.day:02d}/{d.year}"
        return d, text, (text.replace("/", "") if comb else text)
    else:
        d = as_of - dt.timedelta(days=rng.randrange(1, 22))
    if v.case == "words":
        day = "1er" if d.day == 1 else str(d.day)
        month = MONTHS[d.month - 1]
        if rng.random() < 0.3:
            month = month.capitalize()
        text = f"{day} {month} {d.year}"
        return d, text, text
    if comb:
        text = fr_date(d)
        return d, text, text.replace("/", "")
    r = rng.random()
    if r < 0.78:
        text = fr_date(d)
    elif r < 0.86:
        text = f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    elif r < 0.93:
        text = f"{d.day:02d}.{d.month:02d}.{d.year}"
    else:
        text = f"{d.day}/{d.month:02d}/{d.year}"
    return d, text, text


def written_names(p: Person, rng: random.Random, fill_way: str) -> tuple[str, str | None, str]:
    """Surname, usage name and given names as this applicant writes or types them."""
    sur, usage, given = p.surname, p.usage_name, p.given_names
    if fill_way == "hand":
        given = given.upper()
        if rng.random() < 0.25:  # capitals written without accents, as many French writers do
            sur, given = strip_accents(sur), strip_accents(given)
            usage = strip_accents(usage) if usage else None
    else:
        if rng.random() < 0.65:
            given = given.upper()
    if len(given.split()) > 2 and rng.random() < 0.3:
        given = " ".join(given.split()[:2])  # a middle name left out
    return sur, usage, given


def form_values(
    v: Variant, rng: random.Random, st: layout.Style, anchors: list
) -> tuple[dict, dict]:
    """Values per anchor key, and the truth fields."""
    p = v.person
    hand_way = v.fill == "hand"
    sur, usage, given = written_names(p, rng, v.fill)
    caps_all = hand_way and rng.random() < 0.5

    def cased(s: str) -> str:
        return s.upper() if caps_all else s

    vals: dict = {
        "nom_naissance": sur,
        "nom_usage": usage or "",
        "prenoms": given,
        "sexe_f": p.sex == "F",
        "sexe_m": p.sex == "M",
        "date_naissance": p.dob.strftime("%d%m%Y"),
        "lieu_commune": cased(p.birth_city),
        "lieu_pays": cased(p.birth_country),
        "nationalite": cased(p.nationality if rng.random() < 0.8 else p.nationality.capitalize()),
        "nir": p.nir or "",
        "adresse": cased(p.street),
        "code_postal": p.postcode,
        "commune": cased(p.commune) if rng.random() < 0.7 else p.commune.upper(),
        "telephone": p.phone if rng.random() < 0.8 else p.phone.replace(" ", ""),
        "email": p.email,
    }
    contract = None
    for s in v.sits:
        base, _, ct = s.partition(":")
        vals[SIT_KEY[base]] = True
        if base == "salarie":
            contract = ct
            vals["emploi"] = cased(p.job)
            vals["employeur"] = cased(p.employer)
            vals["contrat_cdi" if ct == "CDI" else "contrat_cdd"] = True
            vals["date_embauche"] = fr_date(p.hire)
        elif base == "independant":
            vals["activite"] = cased(p.self_job)
            s14 = p.siret
            vals["siret"] = (
                f"{s14[:3]} {s14[3:6]} {s14[6:9]} {s14[9:]}" if rng.random() < 0.6 else s14
            )
        elif base == "etudiant":
            vals["etablissement"] = cased(p.school)
        elif base == "inactif":
            vals["date_arrivee"] = fr_date(p.arrival)
        elif base == "autre":
            vals["autre_txt"] = cased(AUTRE_TXT[v.idx % len(AUTRE_TXT)])
    # page 2
    place = p.commune if rng.random() < 0.85 else p.commune.split("-")[0]
    if hand_way and (caps_all or rng.random() < 0.3):
        place = place.upper()
    vals["fait_a"] = place
    comb = anchors[1]["date_signature"].kind == "comb"
    d, text, field_val = sign_date_and_text(v, rng, comb)
    vals["date_signature"] = field_val
    if hand_way and st.pj_boxes and rng.random() < 0.6:
        for i in range(1, 8):
            if rng.random() < 0.7:
                vals[f"pj_{i}"] = True
    if len(v.sits) == 1:
        base = v.sits[0].split(":")[0]
        situation, status = base, EMPLOYMENT[base]
    else:
        situation, status = ("none" if not v.sits else "several"), None
    signed = v.case not in ("unsigned", "label_only", "stray")
    truth = {
        "surname": sur,
        "usage_name": usage,
        "given_names": given,
        "sex": p.sex,
        "date_of_birth": p.dob.isoformat(),
        "employment_status": status,
        "situation": situation,
        "contract_type": contract,
        "signed": signed,
        "signed_on": d.isoformat() if d else None,
        "date_text": text or None,
        "place": place,
        "nir": p.nir,
    }
    return vals, truth


# ---------------------------------------------------------------------------
# rendering


def pick_hand_font(rng: random.Random, texts: list[str]) -> str:
    need_accents = not all(hand.ascii_only(t) for t in texts)
    for _ in range(20):
        k = rng.choice(HAND_FONT_KEYS)
        if hand.HAND_FONTS[k][2] or not need_accents:
            return k
    return "dkg"


def signature_png(h: hand.Hand, box, given: str, surname: str, kind: int) -> Image.Image:
    """A signature drawn on a transparent image (for a PDF signed on screen)."""
    x, y, w, hh = box
    mw, mh = int(w * h.pxmm), int(hh * h.pxmm)
    mask = Image.new("L", (mw, mh), 0)
    ox, oy = h.ox, h.oy
    h.ox, h.oy = -x, -y
    h.signature(mask, (x, y, w, hh), given, surname, kind)
    h.ox, h.oy = ox, oy
    rgba = Image.new("RGBA", (mw, mh), h.ink + (0,))
    rgba.putalpha(mask)
    return rgba


def sig_marks(
    v: Variant, h: hand.Hand, mask2: Image.Image, a2: dict, truth: dict, rng: random.Random
) -> str:
    box = a2["signature"]
    b = (box.x, box.y, box.w, box.h)
    if v.case in ("unsigned", "label_only"):
        return "empty"
    if v.case == "stray":
        if rng.random() < 0.5:
            h.dot(mask2, b)
            return "dot"
        h.short_mark(mask2, b)
        return "short tick"
    h.signature(
        mask2, b, v.person.given_names, v.person.usage_name or v.person.surname, rng.randrange(12)
    )
    return "signature"


FILENAMES_PDF = [
    "scan_formulaire.pdf",
    "S1106.pdf",
    "demande PUMa.pdf",
    "formulaire_cpam_signe.pdf",
    "doc00412.pdf",
    "cerfa_15763-02_rempli.pdf",
    "demande ouverture droits.pdf",
    "Numerisation_0007.pdf",
    "formulaire S1106 scanné.pdf",
    "scan 12.pdf",
]
FILENAMES_TEXT = [
    "S1106_rempli.pdf",
    "cerfa_15763-02.pdf",
    "formulaire_demande_PUMA.pdf",
    "demande-ouverture-droits-assurance-maladie.pdf",
    "S1106 complété.pdf",
    "formulaire.pdf",
]
FILENAMES_SCAN = [
    ("scan0001", "scan0002"),
    ("formulaire_p1", "formulaire_p2"),
    ("Scan_p1", "Scan_p2"),
    ("img001", "img002"),
    ("cerfa page 1", "cerfa page 2"),
    ("numérisation 1", "numérisation 2"),
    ("S1106-1", "S1106-2"),
]


def photo_names(rng: random.Random, d: dt.date) -> tuple[str, str]:
    k = rng.randrange(5)
    if k == 0:
        n = rng.randrange(1000, 9000)
        return f"IMG_{n}.jpeg", f"IMG_{n + 1}.jpeg"
    if k == 1:
        hh, mm_, ss = rng.randrange(8, 22), rng.randrange(60), rng.randrange(40)
        base = f"IMG_{d:%Y%m%d}_{hh:02d}{mm_:02d}"
        return f"{base}{ss:02d}.jpg", f"{base}{ss + 14:02d}.jpg"
    if k == 2:
        hh, mm_ = rng.randrange(8, 22), rng.randrange(60)
        return (
            f"PXL_{d:%Y%m%d}_{hh:02d}{mm_:02d}12345.jpg",
            f"PXL_{d:%Y%m%d}_{hh:02d}{mm_:02d}40211.jpg",
        )
    if k == 3:
        hh, mm_, ss = rng.randrange(8, 22), rng.randrange(60), rng.randrange(50)
        base = f"WhatsApp Image {d:%Y-%m-%d} at {hh:02d}.{mm_:02d}."
        return f"{base}{ss:02d}.jpeg", f"{base}{ss + 1:02d}.jpeg"
    return "photo1.jpg", "photo2.jpg"


def render_variant(v: Variant, out_dir: Path) -> dict:
    rng = random.Random(f"form_i/variant/{v.idx}")
    nprng = np.random.default_rng(1000 + v.idx)
    force = {}
    if v.case == "label_only":
        force["sig_label_inside"] = True
    if v.case == "unsigned":
        force["sig_label_inside"] = False
    if v.case == "words":
        force["date_comb"] = False
    if v.fill != "hand":
        force["name_comb"] = False
    st = layout.random_style(rng, **force)
    _, anchors = layout.build_pdf(st)  # anchors only
    vals, truth = form_values(v, rng, st, anchors)
    ink = rng.choice(["blue", "blue", "darkblue", "black", "blueblack"])
    texts = [str(x) for x in vals.values() if isinstance(x, str)]
    font_key = pick_hand_font(rng, texts)
    notes = []
    # who writes what by hand
    if v.fill == "hand":
        hand_keys = set(vals)
    elif v.fill in ("typed", "fillable_hand") and v.look != "text_pdf":
        hand_keys = set()
        if rng.random() < 0.45 or v.case == "words":
            hand_keys |= {"date_signature", "fait_a"}
    else:
        hand_keys = set()
    if v.fill in ("typed", "fillable_hand") and "date_signature" in hand_keys:
        notes.append("typed form; place and date written by hand after printing")
    if v.fill == "typed" and v.case == "words" and "date_signature" not in hand_keys:
        notes.append("date typed in words")
    typed_vals = {k: x for k, x in vals.items() if k not in hand_keys}
    hand_vals = {k: x for k, x in vals.items() if k in hand_keys}

    folder = out_dir / "documents" / v.name
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    sign_kind = rng.randrange(12)
    ref_date = v.as_of - dt.timedelta(days=rng.randrange(1, 6))

    if v.look == "text_pdf":
        sig = None
        sig_desc = "empty"
        if v.case not in ("unsigned", "label_only", "stray"):
            h = hand.Hand(rng, 300, font_key, ink)
            box = anchors[1]["signature"]
            sig = signature_png(
                h,
                (box.x, box.y, box.w, box.h),
                v.person.given_names,
                v.person.usage_name or v.person.surname,
                sign_kind,
            )
            sig_desc = "signature image pasted into the box"
        if v.fill == "typed":
            ts = fill.TypedStyle(rng)
            pdf, _ = layout.build_pdf(
                st, fill.typed_filler(typed_vals, ts, st, sig), title="Formulaire S1106"
            )
            pdf = looks.clean_pdf(pdf, "Formulaire S1106")
            notes.append("typed on screen and saved as PDF: values are page text")
        else:
            naming = rng.choice(["snake", "camel", "generic"])
            names = fill.generic_names() if naming == "generic" else fill.FIELD_NAME_SETS[naming]
            fc = rng.choice([None, Color(0.86, 0.9, 1.0), Color(0.95, 0.95, 0.95)])
            values_only = rng.random() < 0.45
            pdf, _ = layout.build_pdf(
                st,
                fill.acro_filler(vals, names, fc, rng.choice([9, 10, 11]), st, sig),
                title="cerfa_15763-02",
            )
            pdf = fill.finish_fillable(pdf, values_only, fc)
            notes.append(
                f"fillable PDF, AcroForm field names '{naming}' style, NeedAppearances true, "
                + (
                    "values set without appearance streams"
                    if values_only
                    else "appearance streams present"
                )
            )
        fname = rng.choice(FILENAMES_TEXT)
        (folder / fname).write_bytes(pdf)
        files.append({"path": fname, "pages": [1, 2]})
        notes.append(f"signature box: {sig_desc}")
    else:
        dpi = {
            "image_pdf": rng.choice([200, 240, 300]),
            "scan": rng.choice([150, 200, 300]),
            "phone_photo": 250,
        }[v.look]
        if v.fill == "hand":
            pdf, _ = layout.build_pdf(st)
        else:
            if v.fill == "typed":
                ts = fill.TypedStyle(rng)
            else:
                ts = fill.TypedStyle(rng, "helv")
                ts.dx = ts.dy = 0.0
                ts.size = 10.0
                ts.tick = "X"
            pdf, _ = layout.build_pdf(st, fill.typed_filler(typed_vals, ts, st))
        pages = looks.render_pages(pdf, dpi)
        h = hand.Hand(rng, dpi, font_key, ink, offset=(st.dx, st.dy))
        tick_kind = rng.choice(["x", "x", "v"])
        outside = set()
        if v.fill == "hand" and rng.random() < 0.35:
            boxes = [k for k in hand_vals if k.startswith(("sit_", "sexe_", "contrat_"))]
            if boxes:
                outside.add(rng.choice(sorted(boxes)))
        masks = [Image.new("L", pg.size, 0) for pg in pages]
        for pi in range(2):
            fill.hand_fill(masks[pi], anchors[pi], hand_vals, h, rng, tick_kind, outside)
        sig_desc = sig_marks(v, h, masks[1], anchors[1], truth, rng)
        notes.append(f"signature box: {sig_desc}")
        if outside:
            notes.append(f"tick for {sorted(outside)[0]} drawn partly outside its box")
        inkc = hand.INKS[ink]
        pages = [
            hand.apply_ink(pg, mk, inkc, rng.uniform(0.93, 1.0)) for pg, mk in zip(pages, masks)
        ]
        order = [1, 0] if v.reverse else [0, 1]
        if v.look == "phone_photo":
            rots = [v.rot, v.rot if v.rot == 2 else 0]
            imgs = [looks.photo_effect(pages[i], rng, nprng, r) for r, i in zip(rots, order)]
            if v.rot == 1:
                notes.append("photo of the first file is rotated 90°")
            elif v.rot == 2:
                notes.append("first photo stored upside down (180°)")
            elif v.rot == 3:
                notes.append("first photo rotated 270°")
            q = rng.randrange(82, 93)
            datas = [looks.jpeg_bytes(im, q) for im in imgs]
            if v.container == "pdf":
                fname = rng.choice(
                    [
                        "photos formulaire.pdf",
                        f"CamScanner {ref_date:%d-%m-%Y} 18.22.pdf",
                        "formulaire photo.pdf",
                    ]
                )
                pdf_out = looks.images_pdf(
                    [(d_, im.width, im.height, 300.0) for d_, im in zip(datas, imgs)]
                )
                (folder / fname).write_bytes(pdf_out)
                files.append({"path": fname, "pages": [1, 2]})
            else:
                n1, n2 = photo_names(rng, ref_date)
                for nm, data in zip((n1, n2), datas):
                    (folder / nm).write_bytes(data)
                # logical order: page 1 first
                files = [{"path": (n1, n2)[order.index(pi)], "pages": [1]} for pi in (0, 1)]
        else:
            gray = rng.random() < 0.4
            imgs = [looks.scan_effect(pages[i], rng, nprng, dpi, gray) for i in order]
            if v.look == "image_pdf":
                q = rng.randrange(55, 86)
                datas = [looks.jpeg_bytes(im, q, dpi) for im in imgs]
                fname = rng.choice(FILENAMES_PDF)
                pdf_out = looks.images_pdf(
                    [(d_, im.width, im.height, float(dpi)) for d_, im in zip(datas, imgs)]
                )
                (folder / fname).write_bytes(pdf_out)
                files.append({"path": fname, "pages": [1, 2]})
            else:
                as_png = rng.random() < 0.2
                b1, b2 = FILENAMES_SCAN[rng.randrange(len(FILENAMES_SCAN))]
                ext = ".png" if as_png else rng.choice([".jpg", ".jpg", ".jpeg"])
                n1, n2 = b1 + ext, b2 + ext
                q = rng.randrange(68, 92)
                for nm, im in zip((n1, n2), imgs):
                    data = looks.png_bytes(im, dpi) if as_png else looks.jpeg_bytes(im, q, dpi)
                    (folder / nm).write_bytes(data)
                files = [{"path": (n1, n2)[order.index(pi)], "pages": [1]} for pi in (0, 1)]
            notes.append(f"scanned at {dpi} dpi" + (", greyscale" if gray else ""))
        if v.reverse:
            notes.append("pages in reverse order: page 2 comes first")
    if hand_keys or v.case not in ("unsigned", "label_only"):
        notes.append(f"handwriting font {font_key}, {ink} ink")
    if st.name_comb and v.fill == "hand":
        notes.append("names written one capital per comb box")
    if st.sig_label_inside:
        notes.append("the printed word 'Signature' is inside the signature box")
    if truth["nir"]:
        notes.append("social security number filled in")
    if len(truth["given_names"].split()) < len(v.person.given_names.split()):
        notes.append(f"a middle name is left out (full given names: {v.person.given_names})")
    if truth["usage_name"]:
        notes.append("usage (married) name given beside the birth surname")
    doc = {
        "files": files,
        "type": "application_form",
        "look": v.look,
        "fields": truth,
        "pages_reversed": v.reverse,
        "notes": "; ".join(notes),
    }
    result = {
        "as_of": v.as_of.isoformat(),
        "employed": None,
        "form_status": FORM_STATUS[v.case],
        "defect": DEFECT[v.case],
        "fill_way": v.fill,
        "case": v.case,
        "documents": [doc],
    }
    (out_dir / "documents" / f"{v.name}.truth.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return result


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(argv[1])
    (out_dir / "documents").mkdir(parents=True, exist_ok=True)
    plan = build_plan()
    if len(argv) > 2:
        plan = [v for v in plan if v.name in argv[2:]]
    t0 = time.perf_counter()
    names = []
    for v in plan:
        render_variant(v, out_dir)
        names.append(v.name)
        print(
            f"{v.name} {v.fill:13s} {v.look:11s} {v.case:11s} {time.perf_counter() - t0:6.1f}s",
            file=sys.stderr,
        )
    manifest = {"set": SET_ID, "packets": [], "documents": names}
    (out_dir / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
