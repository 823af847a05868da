"""Putting values on the form: typed (vector), AcroForm widgets, or by hand (raster)."""

import io
import re

import pikepdf
from ink import Pen
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

H = A4[1]

XFA = {
    "nom_naissance": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "sexe_f": "SexeF",
    "sexe_m": "SexeM",
    "date_naissance": "DateNaissance",
    "lieu_commune": "CommuneNaissance",
    "lieu_pays": "PaysNaissance",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "adresse": "Adresse",
    "code_postal": "CodePostal",
    "commune": "Commune",
    "telephone": "Telephone",
    "email": "Courriel",
    "sit_salarie": "CaseSalarie",
    "sit_independant": "CaseNonSalarie",
    "sit_demandeur": "CaseDemandeurEmploi",
    "sit_etudiant": "CaseEtudiant",
    "sit_sans": "CaseSansActivite",
    "sit_autre": "CaseAutre",
    "ct_cdi": "CDI",
    "ct_cdd": "CDD",
    "ct_interim": "Interim",
    "ct_autre": "AutreContrat",
    "emploi": "EmploiOccupe",
    "employeur": "Employeur",
    "autre_precision": "AutreSituation",
    "fait_a": "FaitA",
    "date_signature": "DateSignature",
}
GROUP_SUFFIX = {"date_naissance": ["jour", "mois", "annee"], "nir": ["", "cle"]}


def field_name(key, scheme, page, part=None):
    if scheme == "xfa":
        base = XFA[key] + (part.capitalize() if part else "")
        return f"topmostSubform[0].Page{page}[0].{base}[0]"
    if scheme == "upper":
        return (XFA[key] + (f"_{part}" if part else "")).upper()
    return key + (f"_{part}" if part else "")


def split_groups(val, groups):
    out, i = [], 0
    for g in groups:
        out.append(val[i : i + g])
        i += g
    return out


def pretty_comb(key, val):
    if key == "date_naissance":
        return f"{val[:2]}/{val[2:4]}/{val[4:]}"
    if key == "nir":
        return f"{val[0]} {val[1:3]} {val[3:5]} {val[5:7]} {val[7:10]} {val[10:13]} {val[13:]}"
    return val


# --------------------------------------------------------------------- typed / printed
def draw_typed(c, form, page, vals, checks, mode, rng):
    """Typed values as vector text: mode "acro" (the fillable PDF printed) or "typed"."""
    if mode == "acro":
        fn, size, ox, oy, per_box = "Helvetica", rng.choice([9, 10, 10, 11]), 0, 0, True
    else:
        fn = rng.choice(["Courier", "Helvetica", "LibSans", "Carlito", "Times-Roman", "Courier10"])
        size = rng.uniform(9, 11.5)
        ox, oy = rng.uniform(-3, 4), rng.uniform(-2, 3)
        per_box = rng.random() < 0.5
    c.setFillColorRGB(0, 0, 0)
    for key, val in vals.items():
        f = form.fields.get(key)
        if f is None or f["page"] != page or not val:
            continue
        x, y, w, h = f["rect"]
        if f["kind"] == "text":
            s = size
            while stringWidth(val, fn, s) > w - 4 and s > 6:
                s -= 0.5
            c.setFont(fn, s)
            c.drawString(x + 2 + ox, y + (h - s) / 2 + 2.5 + oy, val)
        elif f["kind"] == "comb":
            if per_box:
                c.setFont(fn, min(size, f["boxes"][0][3] - 3))
                for ch, (bx, by, bw, bh) in zip(val, f["boxes"]):
                    c.drawCentredString(bx + bw / 2 + ox * 0.3, by + (bh - size) / 2 + 2.5 + oy, ch)
            else:
                txt = pretty_comb(key, val)
                c.setFont(fn, size)
                b0 = f["boxes"][0]
                c.drawString(b0[0] + 2 + ox, b0[1] + (b0[3] - size) / 2 + 2.5 + oy, txt)
    for key in sorted(checks):
        f = form.fields[key]
        if f["page"] != page:
            continue
        x, y, w, h = f["rect"]
        if mode == "acro":
            c.setFont("DejaVu", w * 0.95)
            c.drawCentredString(x + w / 2, y + w * 0.12, rng.choice(["✔", "✘", "X"]))
        else:
            c.setFont("Helvetica-Bold", w * 1.1)
            c.drawCentredString(x + w / 2 + ox * 0.2, y + 0.5 + oy * 0.2, "X")


# --------------------------------------------------------------------------- acroform
def add_widgets(c, form, page, vals, checks, scheme, rng):
    af = c.acroForm
    fs = rng.choice([9, 10])
    clear = Color(1, 1, 1, alpha=0)
    for key, f in form.fields.items():
        if f["page"] != page or f["kind"] == "sig":
            continue
        if f["kind"] == "check":
            x, y, w, h = f["rect"]
            af.checkbox(
                name=field_name(key, scheme, page),
                checked=key in checks,
                x=x,
                y=y,
                size=w,
                buttonStyle=rng.choice(["check", "cross"]),
                borderWidth=0,
                fillColor=clear,
                borderColor=clear,
                textColor=Color(0, 0, 0),
            )
        elif f["kind"] == "text":
            x, y, w, h = f["rect"]
            af.textfield(
                name=field_name(key, scheme, page),
                value=vals.get(key) or "",
                x=x,
                y=y,
                width=w,
                height=h,
                borderWidth=0,
                fillColor=clear,
                borderColor=clear,
                textColor=Color(0, 0, 0),
                fontName="Helvetica",
                fontSize=fs,
                maxlen=200,
            )
        else:
            groups = f["groups"]
            parts = split_groups(vals.get(key) or "", groups)
            names = GROUP_SUFFIX.get(key, [None] * len(groups))
            i = 0
            for g, part, suffix in zip(groups, parts, names):
                b0, b1 = f["boxes"][i], f["boxes"][i + g - 1]
                i += g
                af.textfield(
                    name=field_name(key, scheme, page, suffix or None),
                    value=part,
                    x=b0[0],
                    y=b0[1],
                    width=b1[0] + b1[2] - b0[0],
                    height=b0[3],
                    borderWidth=0,
                    fillColor=clear,
                    borderColor=clear,
                    textColor=Color(0, 0, 0),
                    fontName="Helvetica",
                    fontSize=fs,
                    maxlen=g,
                    fieldFlags="comb",
                )


def _esc(ch):
    b = ch.encode("cp1252", "replace")
    return "".join(f"\\{v:03o}" if v > 126 or chr(v) in "()\\" else chr(v) for v in b)


def postprocess(pdf_bytes, keep_ap):
    """Comb appearance streams laid out per box, or no text appearances at all."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for pg in pdf.pages:
        for annot in pg.get("/Annots", []):
            if annot.get("/FT") != "/Tx":
                continue
            if not keep_ap:
                if "/AP" in annot:
                    del annot["/AP"]
                continue
            ff = int(annot.get("/Ff", 0))
            if not ff & (1 << 24):
                continue
            val = str(annot.get("/V", ""))
            if not val:
                continue
            ap = annot.AP.N
            old = ap.read_bytes().decode("latin-1")
            m = re.search(r"/(\w+) ([\d.]+) Tf", old)
            fname, fsize = m.group(1), float(m.group(2))
            n = int(annot.MaxLen)
            rect = [float(v) for v in annot.Rect]
            w, h = rect[2] - rect[0], rect[3] - rect[1]
            cell = w / n
            ops = [f"/Tx BMC q BT /{fname} {fsize:g} Tf 0 g"]
            for i, ch in enumerate(val[:n]):
                cw = stringWidth(ch, "Helvetica", fsize)
                ops.append(
                    f"1 0 0 1 {i * cell + (cell - cw) / 2:.2f} {(h - fsize * 0.7) / 2:.2f}"
                    f" Tm ({_esc(ch)}) Tj"
                )
            ops.append("ET Q EMC")
            ap.write("\n".join(ops).encode("latin-1"))
    if not keep_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True)
    return out.getvalue()


def signature_image(rng, name, style, sig_font, ink, w=640, h=220):
    img = Image.new("RGB", (w, h), (255, 255, 255))
    pen = Pen(rng, sig_font, ink, width_px=rng.uniform(2.5, 4.0), slant=rng.uniform(-4, 6))
    pen.signature(img, (0, 0, w, h), name, style, sig_font)
    gray = img.convert("L")
    alpha = gray.point(lambda v: 255 - v)
    rgba = Image.new("RGBA", (w, h), pen.ink + (0,))
    rgba.putalpha(alpha)
    box = alpha.point(lambda v: 255 if v > 40 else 0).getbbox()
    if box:
        m = 12
        rgba = rgba.crop(
            (max(0, box[0] - m), max(0, box[1] - m), min(w, box[2] + m), min(h, box[3] + m))
        )
    return rgba


# ------------------------------------------------------------------------------- hand
def px_rect(rect, s):
    x, y, w, h = rect
    return (x * s, (H - y - h) * s, w * s, h * s)


def hand_text(img, pen, f, val, s, rng, dotted):
    X, Y, Wp, Hp = px_rect(f["rect"], s)
    cap = Hp * rng.uniform(0.62, 0.82)
    base = Y + Hp * (rng.uniform(0.82, 0.92) if dotted else rng.uniform(0.74, 0.84))
    pen.write(img, val, X + Wp * rng.uniform(0.005, 0.04), base, cap, max_w=Wp * 0.97)


def hand_fill(img, form, page, vals, checks, pen, s, rng, tick):
    dotted = form.st["field"] == "dots"
    for key, val in vals.items():
        f = form.fields.get(key)
        if f is None or f["page"] != page or not val:
            continue
        if f["kind"] == "comb":
            pen.write_boxes(img, val, [px_rect(b, s) for b in f["boxes"]])
        else:
            hand_text(
                img,
                pen,
                f,
                val,
                s,
                rng,
                dotted or key in ("fait_a", "date_signature", "autre_precision"),
            )
    for key in sorted(checks):
        f = form.fields[key]
        if f["page"] == page:
            pen.mark_box(img, px_rect(f["rect"], s), tick)
