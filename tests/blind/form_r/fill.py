"""What the applicant writes, and the three ways of putting it on the form."""

from __future__ import annotations

import io

import hand
from layout import PAGE_H, RUNS
from people import strip_accents
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader

PAGE1_TEXT = [
    "surname",
    "usage",
    "given",
    "birth_city",
    "birth_country",
    "nationality",
    "street",
    "zip",
    "city",
    "phone",
    "email",
    "job",
    "indep_job",
    "autre_text",
    "contract",
]
CONTRACT_BOX = {"CDI": "ct_CDI", "CDD": "ct_CDD", "intérim": "ct_interim"}


def _cp1252(s: str) -> str:
    try:
        s.encode("cp1252")
        return s
    except UnicodeEncodeError:
        return strip_accents(s)


def build_values(rng, app, sit, run, fill_way, pen, place, date_txt):
    """The strings as they end up on the form (keyed like the layout geometry)."""
    s = RUNS[run]
    v: dict = {}
    if fill_way == "hand":
        caps = s["name_comb"] or not pen.mixed_case or rng.random() < 0.5
        drop = rng.random() < 0.6

        def name(x):
            x = x.upper() if caps else x
            return strip_accents(x) if drop else x

        def text(x):
            return x.upper() if (not pen.mixed_case and rng.random() < 0.8) else x
    else:
        upper_all = rng.random() < 0.25

        def name(x):
            return x.upper() if upper_all else x

        def text(x):
            return x.upper() if upper_all else x

    v["surname"] = name(app["surname"])
    if app["usage"]:
        v["usage"] = name(app["usage"])
    given = app["given"] if fill_way == "hand" or rng.random() < 0.7 else app["given"].upper()
    v["given"] = name(given)
    v["sex_" + app["sex"]] = True
    d = app["dob"]
    v["dob"] = f"{d.day:02d}{d.month:02d}{d.year}"
    v["birth_city"] = text(app["birth_city"])
    v["birth_country"] = text(app["birth_country"])
    v["nationality"] = text(app["nationality"])
    if app["nir"]:
        v["nir"], v["nir_key"] = app["nir"][:13], app["nir"][13:]
    v["street"] = text(app["street"])
    v["zip"] = app["zip"]
    v["city"] = text(app["city"])
    if rng.random() < 0.85:
        v["phone"] = app["phone"] if rng.random() < 0.7 else app["phone"].replace(" ", "")
    if rng.random() < 0.75:
        v["email"] = app["email"]
    for key in sit["ticked"]:
        v["sit_" + key] = True
    if sit["contract"]:
        if s["contract"] == "boxes":
            v[CONTRACT_BOX[sit["contract"]]] = True
        else:
            v["contract"] = sit["contract"]
    if sit["job"]:
        v["job" if "independant" not in sit["ticked"] else "indep_job"] = text(sit["job"])
    if sit["autre"]:
        v["autre_text"] = sit["autre"]
    v["place"] = text(place)
    if date_txt:
        v["date"] = date_txt
    if fill_way == "hand":
        for k, val in list(v.items()):
            if isinstance(val, str):
                v[k] = hand.fit_text(pen.print_font, val)
    elif fill_way.startswith("acroform"):
        for k, val in list(v.items()):
            if isinstance(val, str):
                v[k] = _cp1252(val)
    return v


# ---------------------------------------------------------------- typed on screen
def typed_overlay(c, geo, v, font, size, skip=()):
    c.setFillColor(Color(0.05, 0.05, 0.08))
    for key, g in geo.items():
        if key in skip or key not in v:
            continue
        val = v[key]
        if g["kind"] == "comb":
            for ch, (bx, by, bw, bh) in zip(val, g["boxes"]):
                c.setFont(font, min(size + 1, bh * 0.72))
                c.drawCentredString(bx + bw / 2, by + bh * 0.25, ch)
        elif g["kind"] == "box":
            if val is True:
                x, y, w, h = g["rect"]
                c.setFont(font, h * 1.05)
                c.drawCentredString(x + w / 2, y + h * 0.12, "X")
        else:
            x, y, w, h = g["rect"]
            fs = size
            while c.stringWidth(val, font, fs) > w - 4 and fs > 6:
                fs -= 0.5
            c.setFont(font, fs)
            c.drawString(x + 3, y + 2.5, val)


# ---------------------------------------------------------------- acroform
def _runs(boxes):
    out, cur = [], [boxes[0]]
    for b in boxes[1:]:
        p = cur[-1]
        if b[0] - (p[0] + p[2]) > 1:
            out.append(cur)
            cur = [b]
        else:
            cur.append(b)
    out.append(cur)
    return out


FIELD_NAMES = {
    "surname": "nom_naissance",
    "usage": "nom_usage",
    "given": "prenoms",
    "sex_F": "sexe_F",
    "sex_M": "sexe_M",
    "dob": "date_naissance",
    "birth_city": "commune_naissance",
    "birth_country": "pays_naissance",
    "nationality": "nationalite",
    "nir": "nir",
    "nir_key": "cle_nir",
    "street": "adresse",
    "zip": "code_postal",
    "city": "commune",
    "phone": "telephone",
    "email": "courriel",
    "job": "emploi",
    "indep_job": "activite_indep",
    "autre_text": "autre_precisez",
    "contract": "type_contrat",
    "place": "fait_a",
    "date": "date_signature",
}


def acro_overlay(c, geo, v, page, style, counter):
    """Real AcroForm fields; `style` 'named' (descriptive names) or 'xfa' (generic names)."""
    form = c.acroForm
    for key, g in geo.items():
        if key == "sig":
            continue
        base = FIELD_NAMES.get(key, key.replace("sit_", "situation_").replace("ct_", "contrat_"))
        val = v.get(key)
        if g["kind"] == "comb":
            parts = _runs(g["boxes"])
            pos = 0
            for i, part in enumerate(parts):
                counter[0] += 1
                nm = base if len(parts) == 1 else f"{base}_{i + 1}"
                if style == "xfa":
                    nm = f"topmostSubform[0].Page{page}[0].Champ_texte{counter[0]}[0]"
                chunk = (val or "")[pos : pos + len(part)]
                pos += len(part)
                x0, y0 = part[0][0], part[0][1]
                w = part[-1][0] + part[-1][2] - x0
                form.textfield(
                    name=nm,
                    value=chunk,
                    x=x0,
                    y=y0,
                    width=w,
                    height=part[0][3],
                    fontName="Courier",
                    fontSize=min(11, part[0][3] * 0.7),
                    borderWidth=0,
                    fillColor=None,
                    textColor=Color(0, 0, 0),
                    fieldFlags="comb",
                    maxlen=len(part),
                    forceBorder=False,
                )
        elif g["kind"] == "box":
            counter[0] += 1
            nm = (
                base
                if style == "named"
                else (f"topmostSubform[0].Page{page}[0].Case_a_cocher{counter[0]}[0]")
            )
            x, y, w, h = g["rect"]
            form.checkbox(
                name=nm,
                checked=bool(val),
                x=x,
                y=y,
                size=w,
                buttonStyle="cross",
                borderWidth=0,
                fillColor=None,
                textColor=Color(0, 0, 0),
                fieldFlags="",
            )
        else:
            counter[0] += 1
            nm = (
                base
                if style == "named"
                else (f"topmostSubform[0].Page{page}[0].Champ_texte{counter[0]}[0]")
            )
            x, y, w, h = g["rect"]
            txt = val or ""
            fs = 10
            while c.stringWidth(txt, "Helvetica", fs) > w - 6 and fs > 6:
                fs -= 0.5
            form.textfield(
                name=nm,
                value=txt,
                x=x,
                y=y - 1,
                width=w,
                height=h + 1,
                fontName="Helvetica",
                fontSize=fs,
                borderWidth=0,
                fillColor=None,
                textColor=Color(0, 0, 0),
                forceBorder=False,
                maxlen=200,
            )


def paste_signature(c, rect, sig_mask, ink):
    """A handwritten signature image pasted in the box (PNG with alpha)."""
    x, y, w, h = rect
    rgba = Image.new("RGBA", sig_mask.size, ink + (0,))
    rgba.putalpha(sig_mask)
    buf = io.BytesIO()
    rgba.save(buf, "PNG")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), x + 8, y + 6, w - 16, h - 14, mask="auto")


def vector_mark(c, rect, rng):
    """Fill & Sign style check mark or dot, no signature."""
    x, y, w, h = rect
    cx, cy = x + rng.uniform(0.2, 0.8) * w, y + rng.uniform(0.25, 0.7) * h
    c.setStrokeColor(Color(0, 0, 0))
    c.setFillColor(Color(0, 0, 0))
    if rng.random() < 0.5:
        c.circle(cx, cy, 2.2, stroke=0, fill=1)
    else:
        c.setLineWidth(1.4)
        c.line(cx - 5, cy + 1, cx - 1, cy - 4)
        c.line(cx - 1, cy - 4, cx + 7, cy + 7)


# ---------------------------------------------------------------- by hand on a raster
def hand_overlay(ink, geo, v, pen, scale, keys=None):
    rng = pen.rng
    for key, g in geo.items():
        if key not in v or (keys is not None and key not in keys):
            continue
        val = v[key]
        if g["kind"] == "comb":
            ink.comb(val, g["boxes"], scale, PAGE_H, pen)
        elif g["kind"] == "box":
            x, y, w, h = g["rect"]
            ink.tick(
                ((x - 1) * scale, (PAGE_H - y - h - 1) * scale, (w + 2) * scale, (h + 2) * scale),
                pen,
            )
        else:
            x, y, w, h = g["rect"]
            px = 12.5 * scale * pen.size * rng.uniform(0.95, 1.05)
            px = min(px, h * scale * 0.95)
            fkey = pen.cursive_font if key in ("date", "place") and rng.random() < 0.5 else None
            base = (PAGE_H - y) * scale - 3 * scale + rng.uniform(-2, 2)
            ink.text(
                val,
                (x + rng.uniform(2, 12)) * scale,
                base,
                px,
                pen,
                fkey=fkey,
                max_w=(w - 14) * scale,
            )


def hand_signature(ink, rect, sig_mask, scale, rng):
    x, y, w, h = rect
    bw, bh = int((w - 10) * scale), int((h - 8) * scale)
    m = sig_mask.resize((bw, bh))
    ox = int((x + 5) * scale + rng.uniform(-6, 6))
    oy = int((PAGE_H - y - h + 4) * scale + rng.uniform(-4, 8))
    region = ink.alpha.crop((ox, oy, ox + bw, oy + bh))
    from PIL import ImageChops

    ink.alpha.paste(ImageChops.lighter(region, m), (ox, oy))


def hand_stray(ink, rect, scale, pen):
    x, y, w, h = rect
    rng = pen.rng
    cx = (x + rng.uniform(0.25, 0.75) * w) * scale
    cy = (PAGE_H - y - rng.uniform(0.3, 0.7) * h) * scale
    if rng.random() < 0.5:
        r = rng.uniform(4, 8) * scale / 2.78
        ink.stroke([(cx - r, cy), (cx + r, cy), (cx, cy + r * 0.6), (cx - r, cy)], r * 1.5)
    else:
        s = rng.uniform(6, 10) * scale / 2.78
        ink.tick((cx, cy, s, s), pen, style="check")


def _pdf_str(ch: str) -> bytes:
    b = ch.encode("cp1252", "replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def comb_appearances(data: bytes) -> bytes:
    """Give comb text fields an appearance with one character per cell, as viewers do."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for a in page.get("/Annots", []):
                ff = int(a.get("/Ff", 0))
                if not ff & (1 << 24) or "/MaxLen" not in a or "/AP" not in a:
                    continue
                val = str(a.get("/V", ""))
                n = int(a.MaxLen)
                x0, y0, x1, y1 = (float(t) for t in a.Rect)
                cell, h = (x1 - x0) / n, y1 - y0
                fs = min(11.0, h * 0.7)
                ops = [b"/Tx BMC q BT", b"/Cour %.1f Tf 0 0 0 rg" % fs]
                for i, ch in enumerate(val[:n]):
                    x = i * cell + (cell - 0.6 * fs) / 2
                    ops.append(b"1 0 0 1 %.2f %.2f Tm " % (x, h * 0.28) + _pdf_str(ch) + b" Tj")
                ops.append(b"ET Q EMC")
                a.AP.N.write(b"\n".join(ops))
        out = io.BytesIO()
        pdf.save(out, static_id=True)
        return out.getvalue()
