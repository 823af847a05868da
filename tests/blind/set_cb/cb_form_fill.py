"""Filling the cerfa 15763*02 of set_cb: hand, typed_print, acroform, acroform_printed."""

from __future__ import annotations

import io
import random

import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader

from cb_base import new_canvas
from cb_form import Form
from cb_pen import INK_BLUE, draw_signature, hand_comb, hand_cross, hand_text, signature_png


def _nir_split(nir: str) -> tuple[str, str]:
    return nir[:13], nir[13:]


def build_form(v: dict, run: str, way: str, rng: random.Random) -> bytes:
    """v: values (see generate.py). way: hand | typed_print | acroform | acroform_printed.
    Returns a 2-page PDF (values drawn, or AcroForm fields for acroform*)."""
    form = Form(run)
    buf = io.BytesIO()
    c = new_canvas(buf, A4)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    pages = [form.page1, form.page2]
    vals = _field_values(v)
    for pno, pg in enumerate(pages):
        pg(c)
        acro = way in ("acroform", "acroform_printed")
        # a fillable PDF holds every field, filled or not; drawn ways only write the values
        names = list(form.geo) if acro else list(vals)
        for name in names:
            if name not in form.geo or form.geo[name][0] == "sig":
                continue
            if _page_of(name) != pno:
                continue
            empty = False if form.geo[name][0] == "box" else ""
            _fill(c, form.geo[name], name, vals.get(name, empty), way, rng, v)
        if pno == 1:
            _sign(c, form.geo["signature"], way, rng, v)
        c.showPage()
    c.save()
    if way in ("acroform", "acroform_printed"):
        return _comb_appearances(buf.getvalue())
    return buf.getvalue()


FIELD_NAMES = {
    "nom": "nom_naissance",
    "nom_usage": "nom_usage",
    "prenoms": "prenoms",
    "sexe_f": "sexe_F",
    "sexe_m": "sexe_M",
    "lieu_commune": "lieu_naissance_commune",
    "lieu_pays": "lieu_naissance_pays",
    "nationalite": "nationalite",
    "nir_cle": "nir_cle",
    "caf": "numero_allocataire",
    "adresse": "adresse",
    "cp": "code_postal",
    "commune": "commune",
    "tel": "telephone",
    "email": "courriel",
    "profession": "profession",
    "fait_a": "fait_a",
    "le": "date_signature",
    "autre_texte": "situation_autre_precisez",
    "sit_salarie": "situation_salarie",
    "sit_independant": "situation_independant",
    "sit_demandeur_emploi": "situation_demandeur_emploi",
    "sit_etudiant": "situation_etudiant",
    "sit_sans_activite": "situation_sans_activite",
    "sit_autre": "situation_autre",
    "contrat_CDI": "contrat_CDI",
    "contrat_CDD": "contrat_CDD",
    "contrat_Intérim": "contrat_interim",
    "contrat_Autre": "contrat_autre",
}


def _comb_appearances(pdf: bytes) -> bytes:
    """Give comb fields an appearance with one character centred per cell (as Acrobat does)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    doc = pikepdf.open(io.BytesIO(pdf))
    for page in doc.pages:
        for a in page.get("/Annots", []):
            if a.get("/FT") != "/Tx" or not int(a.get("/Ff", 0)) & (1 << 24):
                continue
            val, n = str(a.get("/V", "")), int(a.MaxLen)
            r = [float(v) for v in a.Rect]
            w, h = r[2] - r[0], r[3] - r[1]
            cell = w / n
            ops = [f"/Tx BMC q 0 0 {w:.2f} {h:.2f} re W n BT /Helv 10 Tf .1 .1 .1 rg"]
            for i, ch in enumerate(val[:n]):
                x = i * cell + (cell - stringWidth(ch, "Helvetica", 10)) / 2
                ops.append(f"1 0 0 1 {x:.2f} {(h - 7) / 2:.2f} Tm ({ch}) Tj")
            ops.append("ET Q EMC")
            a.AP.N.write(" ".join(ops).encode("latin-1"))
    out = io.BytesIO()
    doc.save(out, deterministic_id=True)
    return out.getvalue()


def _page_of(name: str) -> int:
    return 1 if name in ("fait_a", "le") else 0


def _field_values(v: dict) -> dict:
    nir13, key = _nir_split(v.get("nir") or "")
    dob = v["dob"].strftime("%d%m%Y")
    out = {
        "nom": v["surname"],
        "nom_usage": v.get("usage_name") or "",
        "prenoms": v["given"],
        "naissance": dob,
        "lieu_commune": v["pob_city"],
        "lieu_pays": v["pob_country"],
        "nationalite": v["nationality"],
        "nir": nir13,
        "nir_cle": key,
        "caf": "",
        "adresse": v["address"],
        "cp": v["cp"],
        "commune": v["city"],
        "tel": v["tel"],
        "email": v["email"],
        "sexe_" + v["sex"].lower(): True,
        "sit_" + v["situation"]: True,
        "fait_a": v["place"],
        "le": v.get("date_text", ""),
    }
    if v["situation"] == "salarie":
        out["profession"] = v["job"]
        out["contrat_" + v["contract"]] = True
    return {k: val for k, val in out.items() if val not in ("", None)}


def _fill(c, g, name, val, way, rng, v):
    kind = g[0]
    hand = way == "hand" or (name == "le" and v.get("date_by_hand"))
    if way in ("acroform", "acroform_printed"):
        af = c.acroForm
        if kind == "box":
            af.checkbox(
                name=FIELD_NAMES.get(name, name),
                checked=bool(val),
                x=g[1],
                y=g[2],
                size=g[3],
                buttonStyle="cross",
                borderWidth=0,
                fillColor=None,
                borderColor=None,
            )
        elif kind == "comb":
            cell = g[6]
            for fname, (sx, start, n) in g[8]:
                part = val[start : start + n]
                af.textfield(
                    name=FIELD_NAMES.get(fname, fname),
                    value=part,
                    x=sx,
                    y=g[2],
                    width=n * cell,
                    height=g[4],
                    maxlen=n,
                    fieldFlags="comb",
                    borderWidth=0,
                    fillColor=None,
                    borderColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                )
        else:
            af.textfield(
                name=FIELD_NAMES.get(name, name),
                value=val,
                x=g[1],
                y=g[2] + 1,
                width=g[3],
                height=13,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                fontName="Helvetica",
                fontSize=9.5,
            )
        return
    if kind == "box":
        if hand:
            hand_cross(c, g[1] - 0.5, g[2] - 0.5, g[3] + 1, rng, tick=v.get("ticks", False))
        else:
            c.setFont("Lib-B", g[3] + 1)
            c.drawCentredString(g[1] + g[3] / 2, g[2] + 1.2, "X")
        return
    if kind == "comb":
        xs, cell = g[7], g[6]
        if hand:
            for ch, x in zip(val.upper(), xs):
                hand_comb(c, x, g[2] + 3.5, ch, cell, rng, font=v["hand_font"], size=11.5)
        else:
            c.setFont(v.get("typed_font", "Lib"), 10)
            for ch, x in zip(val.upper(), xs):
                c.drawCentredString(x + cell / 2, g[2] + 4, ch)
        return
    if hand:
        hand_text(
            c,
            g[1] + 3,
            g[2] + 2.5,
            val,
            rng,
            font=v["hand_font"],
            size=12.5,
            slope=rng.uniform(-0.01, 0.01),
        )
    else:
        c.setFont(v.get("typed_font", "Lib"), 9.5)
        c.drawString(g[1] + 3, g[2] + 2.5, val)


def _sign(c, g, way, rng, v):
    _, x, y, w, h = g
    if way == "acroform":
        png = signature_png(rng, 600, 200)
        c.drawImage(ImageReader(png), x + 20, y + 8, w - 50, (w - 50) / 3, mask="auto")
        return
    draw_signature(c, x + 18, y + 14, w - 50, h - 30, rng, color=v.get("ink", INK_BLUE))
