"""Render one variant: print run style -> PDF (blank / typed / AcroForm) -> raster ->
handwriting -> scan or photo -> files + truth."""

import hashlib
import io
import json
import os
import random
import re

import numpy as np
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

from . import degrade, fill, fonts, hand, layout

ACCENTS = [(0.06, 0.27, 0.60), (0.0, 0.33, 0.62), (0.10, 0.20, 0.50), (0.02, 0.38, 0.68)]
EDITIONS = [
    "S1106-V06/2025",
    "S1106 - 09/2024",
    "S1106c - 07/2023",
    "S1106 V5 (2022)",
    "S1106-2025-03",
]
HAND_POOL = ["dkg", "dkgbold", "dkgital", "dancing", "kaushan", "comic", "humor", "ruf"]
ASCII_HANDS = {"humor", "ruf"}

SIT_BOX = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "inactif": "sit_inactif",
    "autre": "sit_autre",
}
CONTRACT_BOX = {
    "CDI": "contrat_CDI",
    "CDD": "contrat_CDD",
    "Intérim": "contrat_interim",
    "Apprentissage": "contrat_apprenti",
    "Autre": "contrat_autre",
}
EMPLOYED = {"salarie", "independant"}
NOT_EMPLOYED = {"demandeur_emploi", "etudiant", "inactif"}

HAND_TEXT_SLOTS = [
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "adresse",
    "commune",
    "telephone",
    "courriel",
    "emploi",
    "employeur",
    "activite_indep",
    "siret",
    "etablissement",
    "autre_precision",
]
DDMMYYYY = re.compile(r"^\d{2}/\d{2}/\d{4}$")


def seed_of(name, salt=""):
    return int.from_bytes(hashlib.sha256((salt + name).encode()).digest()[:8], "big")


def _dmy(iso):
    y, m, d = iso.split("-")
    return d + m + y


# ---------------------------------------------------------------------------
def values_of(v):
    p, job = v["p"], v.get("job", {})
    vals = {
        "nom_naissance": p["surname"],
        "nom_usage": p["usage"] or "",
        "prenoms": p["given"],
        "dob": _dmy(p["dob"]),
        "lieu_commune": p["bcity"],
        "lieu_pays": p["bcountry"],
        "nationalite": p["nat"],
        "adresse": p["addr"],
        "cp": p["cp"],
        "commune": p["city"],
        "telephone": p["tel"],
        "courriel": p["mail"],
        "fait_a": v["place"],
        "date_signature": v["date"][1] or "",
        "emploi": job.get("emploi", ""),
        "employeur": job.get("employeur", ""),
        "activite_indep": job.get("activite", ""),
        "siret": job.get("siret", ""),
        "etablissement": job.get("etab", ""),
        "autre_precision": job.get("autre", ""),
        "date_arrivee": _dmy(job["arrivee"]) if job.get("arrivee") else "",
    }
    if p.get("nir"):
        vals["nir"], vals["nir_cle"] = p["nir"][:13], p["nir"][13:]
    checks = {"sexe_" + p["sex"]}
    for s in v["sit"]:
        checks.add(SIT_BOX[s])
    if "salarie" in v["sit"] and job.get("contrat"):
        checks.add(CONTRACT_BOX[job["contrat"]])
    vals["_checks"] = checks
    return vals


def make_style(v, rng):
    fill_kind = v["fill"]
    fam = rng.choice(sorted(fonts.PRINT_FAMILIES))
    if fill_kind.startswith("acro"):
        field = rng.choice(["box", "line"])
    else:
        field = rng.choice(["box", "box", "line", "comb"])
    date_text = v["date"][1] or ""
    date_style = "blank"
    if not fill_kind.startswith("acro") and (DDMMYYYY.match(date_text) or date_text == ""):
        date_style = rng.choice(["blank", "blank", "slashes", "comb"])
    sig_label = rng.choice(["above", "above", "inside", "watermark"])
    if v["sig"] == "none":
        sig_label = "above"
    st = layout.Style(
        family=fam,
        fs=rng.uniform(7.8, 8.6),
        lw=rng.uniform(0.5, 1.1),
        accent=rng.choice(ACCENTS),
        band=rng.choice(["filled", "filled", "rule", "grey"]),
        field=field,
        cb=rng.uniform(8.5, 10.5),
        margin=rng.uniform(34, 44),
        vs=rng.uniform(0.97, 1.03),
        sig_label=sig_label,
        date_style=date_style,
        sig_w=rng.uniform(185, 235),
        sig_h=rng.uniform(64, 92),
        sig_pos=rng.choice(["right", "right", "left"]),
        logo=rng.randint(0, 1),
        marianne=rng.random() < 0.4,
        field_fill=rng.uniform(0.9, 0.97),
        dx=rng.uniform(-3, 3),
        dy=rng.uniform(-2, 3),
        edition=rng.choice(EDITIONS),
    )
    for k, val in v.get("style", {}).items():
        setattr(st, k, val)
    return st


def _fits(slots, vals):
    for s in slots:
        if (
            s.kind == "comb"
            and s.style == "comb"
            and s.name in ("nom_naissance", "nom_usage", "prenoms")
        ):
            if len(vals.get(s.name, "")) > len(s.cells):
                return False
    return True


def build_pdf(v, st, vals, rng):
    """Draw the form and everything that lives in the PDF itself. Returns (bytes, slots, acro)."""
    fill_kind = v["fill"]
    hook = None
    acro = None
    typed_vals = dict(vals)
    if fill_kind in ("typed", "typed_hand"):
        t = v.get("typed", {})
        if v.get("hand_date"):
            typed_vals["date_signature"] = ""
            typed_vals["fait_a"] = ""
        hook = fill.TypedFiller(
            typed_vals,
            font_file=t.get("font", "LiberationSans-Regular.ttf"),
            size=rng.uniform(9, 10.5),
            check_glyph="check" if t.get("check") == "check" else "X",
            upper=t.get("upper", False),
        )
    elif fill_kind in ("acro", "acro_hand"):
        a = v.get("acro", {})
        acro = fill.AcroFiller(
            vals,
            field_set=a.get("field_set", "snake"),
            font_size=rng.choice([9, 10]),
            check_style=rng.choice(["cross", "check"]),
        )
        hook = acro
    sig_rng = random.Random(seed_of(v["name"], "sig"))

    def page_hook(sh, n):
        if hook:
            hook(sh, n)
        if n == 2 and v["look"] == "text_pdf" and v["sig"] == "real":
            rect = next(s.rect for s in sh.slots if s.kind == "sig")
            if fill_kind == "acro" and v.get("acro", {}).get("vector_sig"):
                fill.vector_signature(
                    sh.c,
                    rect,
                    sig_rng,
                    style=v.get("sig_style", "loops"),
                    width=sig_rng.uniform(0.9, 1.5),
                )
            elif v.get("typed", {}).get("image_sig"):
                fill.image_signature(
                    sh.c, rect, sig_rng, name=_sig_name(v), style=v.get("sig_style", "loops")
                )

    for attempt in range(2):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=layout.A4, invariant=1)
        c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
        c.setAuthor("")
        c.setCreator("")
        slots = layout.draw_form(c, st, page_hook)
        c.save()
        if _fits(slots, vals) or attempt:
            break
        st.field = "box"
        if acro is not None:
            acro.counter = {"t": 0, "c": 0}
    data = buf.getvalue()
    if acro is not None:
        a = v.get("acro", {})
        data = fill.finish_acroform(
            data,
            acro.sig_rect if a.get("sig_field") else None,
            {
                "snake": "signature",
                "camel": "Signature1",
                "cerfa": "C_signature",
                "acrobat": "Signature1",
            }[a.get("field_set", "snake")],
        )
    return data, slots, acro


def _sig_name(v):
    p = v["p"]
    sur = (
        (p["usage"] if p["usage"] and p["usage"] != "/" else p["surname"]).split()[0].split("-")[0]
    )
    style = v.get("sig_style")
    if style == "initials":
        return p["given"][0].upper() + sur[0].upper()
    return p["given"].split()[0].split("-")[0].capitalize()[0] + ". " + sur.capitalize()


# ---------------------------------------------------------------------------
def hand_fill(pages, slots, vals, v, rng, dpi, what):
    """Handwriting on the rasters. what: 'all' (whole form), 'sign' (signature only) or
    'date_sign' (place, date, signature)."""
    h = v.get("hand", {})
    texts = [vals.get(k, "") for k in HAND_TEXT_SLOTS] + [vals["date_signature"], vals["fait_a"]]
    need_accents = not all(fonts.ascii_only(t) for t in texts)
    pool = [k for k in HAND_POOL if not (need_accents and k in ASCII_HANDS)]
    font = h.get("font") or rng.choice(pool)
    ink = h.get("ink") or rng.choice(["blue", "blue", "bic", "black", "darkblue"])
    H = hand.Hand(
        rng,
        font,
        ink,
        px_per_pt=dpi / 72.0,
        size=rng.uniform(0.9, 1.08),
        shake=rng.uniform(0.7, 1.3),
        pen=rng.uniform(0.9, 1.4),
    )
    tick = h.get("tick") or rng.choice(["x", "x", "check"])
    tick_off = h.get("tick_off")
    sm = {s.name: s for s in slots}
    p1, p2 = pages
    if what == "all":
        for name in HAND_TEXT_SLOTS:
            val = vals.get(name, "")
            if not val:
                continue
            s = sm[name]
            if s.kind == "comb":
                H.in_cells(p1, s.cells, val)
            else:
                H.in_rect(p1, s.rect, val, style=s.style)
        for name in ("dob", "nir", "nir_cle", "cp", "date_arrivee"):
            val = vals.get(name, "")
            if val:
                H.in_cells(p1, sm[name].cells, val)
        for name in sorted(vals["_checks"]):
            off = tick_off if tick_off else (rng.uniform(-0.15, 0.15), rng.uniform(-0.15, 0.15))
            if tick_off:
                off = (tick_off[0] * rng.uniform(0.7, 1.1), tick_off[1] * rng.uniform(0.7, 1.1))
            H.mark(p1, sm[name].rect, tick, off=off)
    if what in ("all", "date_sign"):
        if vals["fait_a"]:
            s = sm["fait_a"]
            H.in_rect(p2, s.rect, vals["fait_a"], style=s.style)
        dt = vals["date_signature"]
        s = sm["date_signature"]
        if dt:
            if s.style == "slashes":
                for cell, part in zip(s.cells, dt.split("/")):
                    if part:
                        H.in_rect(p2, cell, part, style="line", align="center")
            elif s.style == "comb":
                digits = dt.replace("/", "")
                H.in_cells(p2, s.cells, digits)
            else:
                H.in_rect(p2, s.rect, dt, style="line")
    sig = sm["signature"]
    if v["sig"] == "real":
        H.signature(
            p2,
            sig.rect,
            v.get("sig_style", "loops"),
            name=_sig_name(v),
            overflow=v.get("sig_overflow", False),
        )
    elif v["sig"] == "dot":
        H.dot(p2, sig.rect)
    elif v["sig"] == "tick":
        H.short_mark(p2, sig.rect)


def rasterize(data, dpi, forms=False):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        bm = page.render(scale=dpi / 72.0, may_draw_forms=forms)
        out.append(bm.to_pil().convert("RGB"))
        page.close()
    pdf.close()
    return out


# ---------------------------------------------------------------------------
def render_variant(v, out_root):
    name = v["name"]
    rng = random.Random(seed_of(name))
    nrng = np.random.default_rng(seed_of(name, "np"))
    st = make_style(v, rng)
    vals = values_of(v)
    data, slots, acro = build_pdf(v, st, vals, rng)
    folder = os.path.join(out_root, "documents", name)
    os.makedirs(folder, exist_ok=True)
    files = v["files"]
    look = v["look"]
    order = [1, 0] if files.get("reverse") else [0, 1]
    file_entries = []
    if look == "text_pdf":
        with open(os.path.join(folder, files["names"][0]), "wb") as f:
            f.write(data)
        file_entries.append({"path": files["names"][0], "pages": [1, 2]})
    else:
        sc = v.get("scan", {})
        if look == "phone_photo":
            dpi = 250
        elif look == "image_pdf":
            dpi = sc.get("dpi") or rng.choice([200, 200, 240, 300])
        else:
            dpi = sc.get("dpi") or rng.choice([200, 200, 250, 300])
        pages = rasterize(data, dpi, forms=acro is not None)
        what = {
            "hand": "all",
            "typed_hand": "date_sign" if v.get("hand_date") else "sign",
            "acro_hand": "sign",
            "typed": "sign",
            "acro": "sign",
        }[v["fill"]]
        hand_fill(pages, slots, vals, v, rng, dpi, what)
        outs = []
        if look == "phone_photo":
            ph = v.get("photo", {})
            bg = rng.choice(["wood", "wood", "desk_white", "dark", "fabric"])
            long_side = rng.choice([2800, 3000, 3200])
            for i in range(2):
                img = degrade.photo(
                    pages[i],
                    nrng,
                    out_long=long_side,
                    background=bg,
                    tilt=rng.uniform(0.02, 0.08),
                    rot90=ph.get("rot90", 0),
                    light=rng.uniform(0.15, 0.4),
                    blur=rng.uniform(0.6, 1.3),
                    noise=rng.uniform(2.5, 5.0),
                    warm=rng.random() < 0.6,
                    shadow=rng.random() < 0.6,
                )
                outs.append(("jpg", degrade.jpeg_bytes(img, rng.randint(84, 92))))
        else:
            gray = sc.get("gray", rng.random() < 0.3)
            photocopy = sc.get("photocopy", False)
            for i in range(2):
                img = degrade.scan(
                    pages[i],
                    nrng,
                    angle=rng.choice([-1, 1]) * rng.uniform(0.3, 1.8),
                    gray=gray,
                    noise=rng.uniform(2.0, 5.0),
                    blur=rng.uniform(0.3, 0.8),
                    contrast=rng.uniform(1.0, 1.12),
                    brightness=rng.uniform(-6, 6),
                    photocopy=photocopy,
                    lid_shadow=rng.random() < 0.2,
                    specks=rng.randint(0, 6),
                )
                if look == "scan" and sc.get("fmt") == "png":
                    buf = io.BytesIO()
                    img.save(buf, format="PNG", optimize=False, compress_level=6)
                    outs.append(("png", buf.getvalue(), img.size, gray))
                else:
                    q = rng.randint(60, 85) if look == "image_pdf" else rng.randint(72, 90)
                    outs.append(("jpg", degrade.jpeg_bytes(img, q), img.size, gray))
        if look == "image_pdf":
            packs = [(o[1], o[2][0], o[2][1], o[3]) for o in outs]
            if files["kind"] == "pdf":
                data2 = degrade.image_pdf([packs[i] for i in order])
                with open(os.path.join(folder, files["names"][0]), "wb") as f:
                    f.write(data2)
                pos = [order.index(0) + 1, order.index(1) + 1]
                file_entries.append({"path": files["names"][0], "pages": sorted(pos)})
            else:
                for i in range(2):
                    with open(os.path.join(folder, files["names"][i]), "wb") as f:
                        f.write(degrade.image_pdf([packs[i]]))
                    file_entries.append({"path": files["names"][i], "pages": [1]})
        else:
            for i in range(2):
                with open(os.path.join(folder, files["names"][i]), "wb") as f:
                    f.write(outs[i][1])
                file_entries.append({"path": files["names"][i], "pages": [1]})
    truth = make_truth(v, file_entries, st)
    with open(
        os.path.join(out_root, "documents", name + ".truth.json"), "w", encoding="utf-8"
    ) as f:
        json.dump(truth, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")
    return truth


# ---------------------------------------------------------------------------
def form_status(v):
    iso, text = v["date"]
    signed = v["sig"] == "real"
    if not signed:
        return "invalid", "unsigned" if v["sig"] == "none" else {
            "label": "signature_box_only_label",
            "dot": "stray_dot_not_signature",
            "tick": "stray_mark_not_signature",
        }[v["sig"]]
    if v["date_kind"] == "us":
        return "invalid", "date_us_format"
    if iso and iso > v["as_of"]:
        return "invalid", "date_in_future"
    if iso is None:
        return "questionable", "date_missing" if not text else "date_incomplete"
    if len(v["sit"]) == 0:
        return "questionable", "no_situation_ticked"
    if len(v["sit"]) > 1:
        return "questionable", "two_situations_ticked"
    return "complete", None


def make_truth(v, file_entries, st):
    p, job = v["p"], v.get("job", {})
    sit = v["sit"]
    if len(sit) == 1:
        s = sit[0]
        situation = s
        emp = "employed" if s in EMPLOYED else "not_employed" if s in NOT_EMPLOYED else "other"
    else:
        situation = "none" if not sit else "several"
        emp = None
    status, defect = form_status(v)
    usage = p["usage"] if p["usage"] and p["usage"] != "/" else None
    fields = {
        "surname": p["surname"],
        "usage_name": usage,
        "given_names": p["given"],
        "sex": p["sex"],
        "date_of_birth": p["dob"],
        "employment_status": emp,
        "situation": situation,
        "contract_type": job.get("contrat") if "salarie" in sit else None,
        "signed": v["sig"] == "real",
        "signed_on": v["date"][0],
        "date_text": v["date"][1],
        "place": v["place"],
        "nir": p.get("nir"),
    }
    notes = v.get("notes", "")
    extra = []
    if v["files"].get("reverse"):
        extra.append("pages in reverse order (form page 2 comes first)")
    extra.append(
        "fill=%s; print run: font %s, fields %s, date %s, 'Signature' label %s"
        % (v["fill"], st.family, st.field, st.date_style, st.sig_label)
    )
    doc = {
        "files": file_entries,
        "type": "application_form",
        "look": v["look"],
        "fields": fields,
        "notes": (notes + " " if notes else "") + "(" + "; ".join(extra) + ")",
    }
    return {
        "as_of": v["as_of"],
        "employed": None,
        "form_status": status,
        "defect": defect,
        "documents": [doc],
    }
