"""The four fill ways: PDF-reader typed text, AcroForm fields, and handwriting on a raster."""

import io
import unicodedata

import hand
from layout import SITUATIONS, T
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def field_values(item, person):
    """The values the applicant enters, as strings keyed by layout field name."""
    p = person
    y, m, d = p["dob"].split("-")
    v = {
        "nom_naissance": p["surname"],
        "nom_usage": p["usage"] or "",
        "prenoms": p["given"],
        "sexe_" + p["sex"]: True,
        "date_naissance": d + m + y,
        "lieu_commune": p["bcity"],
        "lieu_pays": p["bcountry"],
        "nationalite": p["nat"],
        "adresse": p["addr"],
        "code_postal": p["cp"],
        "commune": p["city"],
        "telephone": p["tel"],
        "email": p["mail"],
        "fait_a": item["place"],
        "date_signature": item["date"] or "",
    }
    if p.get("nir"):
        v["nir"], v["nir_cle"] = p["nir"][:13], p["nir"][13:]
    for s in item["sit"]:
        v["sit_" + s] = True
    if item.get("ct"):
        v["ct_" + item["ct"]] = True
    if item.get("job"):
        v["employeur"] = item["job"]
    if item.get("other"):
        v["autre_texte"] = item["other"]
    return v


def _page_fields(fields, page):
    return {k: f for k, f in fields.items() if f["page"] == page}


# ---- typed in a PDF reader ("Fill & Sign" / "Ajouter du texte"), then printed --------------
def typed_fill(drawer, page, values, rng, skip=()):
    c = drawer.c
    c.setFillColor(Color(0, 0, 0))
    dx, dy = rng.uniform(-0.6, 0.8), rng.uniform(-0.8, 0.5)
    for name, f in _page_fields(drawer.fields, page).items():
        val = values.get(name)
        if not val or name in skip:
            continue
        if f["kind"] == "check":
            x, y, w, h = f["rect"]
            c.setFont("LibSans", 10)
            c.drawString((x + 0.6 + dx * 0.5) * mm, T(y + h - 0.5 + dy * 0.4), "X")
        elif f["kind"] == "comb":
            c.setFont("LibSans", 10)
            drift = 0.0
            for ch, (x, y, w, h) in zip(val, f["cells"]):
                drift += rng.uniform(-0.05, 0.12)
                c.drawString((x + 1.0 + dx + drift) * mm, T(y + h - 1.6 + dy), ch)
        else:
            x, y, w, h = f["rect"]
            c.setFont("LibSans", 10)
            c.drawString((x + 1.0 + dx) * mm, T(y + h - 1.5 + dy), val)


# ---- AcroForm -------------------------------------------------------------------------------
ACRO_NAMES = {
    "nom_naissance": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "sexe_F": "SexeF",
    "sexe_M": "SexeM",
    "lieu_commune": "LieuNaissCommune",
    "lieu_pays": "LieuNaissPays",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "nir_cle": "NIRCle",
    "adresse": "Adresse",
    "code_postal": "CodePostal",
    "commune": "Commune",
    "telephone": "Telephone",
    "email": "Courriel",
    "employeur": "EmployeurProfession",
    "autre_texte": "AutreSituationPrecision",
    "fait_a": "FaitA",
    "date_signature": "DateSignature",
}


def _groups(cells):
    out, cur = [], [cells[0]]
    for a in cells[1:]:
        prev = cur[-1]
        if abs(a[0] - (prev[0] + prev[2])) < 0.01:
            cur.append(a)
        else:
            out.append(cur)
            cur = [a]
    out.append(cur)
    return out


def acro_fill(drawer, page, values, sig_png=None):
    c = drawer.c
    form = c.acroForm
    for name, f in _page_fields(drawer.fields, page).items():
        val = values.get(name)
        if f["kind"] == "check":
            x, y, w, h = f["rect"]
            fname = "".join(part[:1].upper() + part[1:] for part in name.split("_"))
            form.checkbox(
                name=fname,
                x=x * mm,
                y=T(y + h),
                size=w * mm,
                checked=bool(val),
                buttonStyle="cross" if drawer.r.key == "R2" else "check",
                borderWidth=0,
                fillColor=Color(1, 1, 1, 0),
                forceBorder=False,
            )
        elif f["kind"] == "comb":
            groups = _groups(f["cells"])
            pos = 0
            base = "DateNaissance" if name == "date_naissance" else ACRO_NAMES[name]
            for gi, g in enumerate(groups):
                part = (val or "")[pos : pos + len(g)]
                pos += len(g)
                x, y = g[0][0], g[0][1]
                w, h = sum(cell[2] for cell in g), g[0][3]
                suffix = ["Jour", "Mois", "Annee"][gi] if len(groups) == 3 else ""
                form.textfield(
                    name=base + suffix,
                    value=part,
                    x=x * mm,
                    y=T(y + h),
                    width=w * mm,
                    height=h * mm,
                    maxlen=len(g),
                    fieldFlags="comb",
                    fontName="Helvetica",
                    fontSize=10,
                    borderWidth=0,
                    fillColor=Color(0.86, 0.9, 1, 0.35),
                    forceBorder=False,
                )
        elif f["kind"] == "text":
            x, y, w, h = f["rect"]
            form.textfield(
                name=ACRO_NAMES[name],
                value=val or "",
                x=x * mm,
                y=T(y + h),
                width=w * mm,
                height=h * mm,
                fontName="Helvetica",
                fontSize=9.5,
                borderWidth=0,
                fillColor=Color(0.86, 0.9, 1, 0.35),
                forceBorder=False,
            )
        elif f["kind"] == "box" and sig_png is not None:
            x, y, w, h = f["rect"]
            iw, ih = sig_png.size
            sw = min(w * 0.7, 60)
            sh = sw * ih / iw
            c.drawImage(
                ImageReader(_png(sig_png)),
                (x + 8) * mm,
                T(y + h / 2 + sh / 2),
                sw * mm,
                sh * mm,
                mask="auto",
            )


def _png(img):
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return buf


# ---- by hand on a page raster ---------------------------------------------------------------
def hand_fill(img, dpi, page, fields, values, item, rng, only=None):
    """Write the values with a pen.  only: restrict to these field names."""
    pen = hand.Pen(img, dpi, rng, item["hand"], item["ink"], slant=rng.uniform(-3, 2))
    for name, f in _page_fields(fields, page).items():
        if only is not None and name not in only:
            continue
        val = values.get(name)
        if f["kind"] == "check":
            if val:
                pen.tick(f["rect"], item.get("tick", "x"))
            continue
        if not val:
            if name == "nom_usage" and item.get("dash_empty", True) and f["kind"] == "text":
                pen.dash_line(f["rect"])
            continue
        if f["kind"] == "comb":
            pen.comb(f["cells"], val)
            continue
        if f["kind"] != "text":
            continue
        x, y, w, h = f["rect"]
        if name == "fait_a" and item.get("strike_place"):
            wrong = item["strike_place"]
            end = pen.write_in(f["rect"], wrong)
            pen.strike(x + 1, end + 0.5, y + h - 2.2)
            pen.write(end + 3, y + h - 1.1, val)
            continue
        if name == "adresse" and item.get("strike_addr"):
            end = pen.write_in(f["rect"], "25")
            pen.strike(x + 1, end + 0.5, y + h - 2.2)
            pen.write(end + 2.5, y + h - 1.1, val)
            continue
        pen.write_in(f["rect"], val)
    return pen


def hand_values(item, values, run):
    """What a hand writer actually puts down: capitals, accents often dropped in capitals."""
    v = dict(values)
    font_path = hand.HAND_FONTS[item["hand"]]
    for k in ("nom_naissance", "nom_usage"):
        v[k] = strip_accents(v[k].upper())
    if run.names_in_comb:
        v["prenoms"] = strip_accents(v["prenoms"].upper())
    for k, val in v.items():
        if isinstance(val, str) and not hand.has_glyphs(font_path, val):
            v[k] = strip_accents(val)
    return v


def situation_key(sits):
    order = [k for k, _ in SITUATIONS]
    return "+".join(sorted(sits, key=order.index)) if sits else None
