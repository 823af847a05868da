"""Putting values on a print run: typed text, AcroForm fields, or handwriting on a raster."""

from __future__ import annotations

import io

import hand
import layout
import pikepdf
import pypdfium2 as pdfium
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

PAGE_H = layout.PAGE_H
TEXT_KEYS = [
    "surname",
    "usage_name",
    "given_names",
    "birth_place",
    "birth_country",
    "nationality",
    "address",
    "city",
    "phone",
    "email",
    "profession",
    "other_text",
    "place",
    "date",
]
COMB_KEYS = ["dob", "nir", "postcode"]


def latin1(s: str) -> str:
    """AcroForm text with the standard Helvetica: characters outside Latin-1 lose accents."""
    out = []
    for ch in s:
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(hand.strip_accents(ch) if hand.strip_accents(ch).isascii() else "?")
    return "".join(out)


def split_groups(value, groups):
    """A string spread over comb groups (list of group strings)."""
    if isinstance(value, (list, tuple)):
        return list(value)
    out, i = [], 0
    for g in groups:
        out.append(value[i : i + g["n"]])
        i += g["n"]
    return out


def page_keys(slots, page):
    return [k for k, s in slots.items() if s["page"] == page]


# ---------------------------------------------------------------------------- typed text
def typed(sheet, page, V, st, rng):
    """Values typed on screen (PDF reader "fill and sign" or a word processor)."""
    c = sheet.c
    font, size = st["font"], st["size"]
    c.setFillColor(Color(0.05, 0.05, 0.08))
    for key in page_keys(sheet.slots, page):
        if key in V["by_hand"]:
            continue
        s = sheet.slots[key]
        val = V["values"].get(key)
        if s["kind"] == "tick":
            if key in V["ticks"] and "ticks" not in V["by_hand"]:
                c.setFont("Helvetica-Bold", s["s"] + 1)
                c.drawCentredString(
                    s["x"] + s["s"] / 2 + st["dx"] * 0.3, PAGE_H - s["y"] - s["s"] * 0.86, "X"
                )
            continue
        if not val:
            continue
        if s["kind"] == "line":
            c.setFont(font, size)
            txt = val
            while pdfmetrics.stringWidth(txt, font, size) > s["w"] and size > 6:
                size -= 0.5
                c.setFont(font, size)
            c.drawString(s["x"] + st["dx"], PAGE_H - s["y"] + 1.5 + st["dy"], txt)
            size = st["size"]
        elif s["kind"] == "comb":
            parts = split_groups(val, s["groups"])
            for g, part in zip(s["groups"], parts):
                c.setFont(font, size + 1)
                if st["comb"] == "aligned":
                    for i, ch in enumerate(part):
                        c.drawCentredString(
                            g["x"] + (i + 0.5) * g["s"], PAGE_H - g["y"] - g["s"] * 0.78, ch
                        )
                else:  # typed with spaces: drifts across the boxes
                    cs = g["s"] - pdfmetrics.stringWidth("0", font, size + 1)
                    c.setFont(font, size + 1)
                    t = c.beginText(
                        g["x"] + g["s"] * 0.25 + st["dx"], PAGE_H - g["y"] - g["s"] * 0.78
                    )
                    t.setCharSpace(cs * st["drift"])
                    t.textOut(part)
                    c.drawText(t)
    c.setFillColor(Color(0, 0, 0))


# ---------------------------------------------------------------------------- AcroForm
NAMES = {
    "R1": dict(
        surname="NomNaissance",
        usage_name="NomUsage",
        given_names="Prenoms",
        birth_place="LieuNaissCommune",
        birth_country="LieuNaissPays",
        nationality="Nationalite",
        address="Adresse",
        city="Commune",
        phone="Telephone",
        email="Courriel",
        profession="Profession",
        other_text="AutreSituation",
        place="FaitA",
        date="DateSignature",
        dob=["DateNaissJJ", "DateNaissMM", "DateNaissAAAA"],
        nir=["NIR", "CleNIR"],
        postcode=["CodePostal"],
    ),
    "R2": dict(
        surname="p1_nom_naissance",
        usage_name="p1_nom_usage",
        given_names="p1_prenoms",
        birth_place="p1_lieu_naissance",
        birth_country="p1_pays_naissance",
        nationality="p1_nationalite",
        address="p1_adresse",
        city="p1_commune",
        phone="p1_telephone",
        email="p1_courriel",
        profession="p1_profession",
        other_text="p1_autre_precisez",
        place="p2_fait_a",
        date="p2_le",
        dob=["p1_date_naissance"],
        nir=["p1_nir", "p1_nir_cle"],
        postcode=["p1_code_postal"],
    ),
}


def field_name(run, key, idx, counter):
    if run in NAMES:
        n = NAMES[run].get(key)
        if isinstance(n, list):
            return n[min(idx, len(n) - 1)] + (str(idx) if idx >= len(n) else "")
        if n:
            return n
        if key.startswith("sit_"):
            return ("Case" + key[4:].title().replace("_", "")) if run == "R1" else "p1_" + key
        if key.startswith("ct_"):
            return ("TypeContrat" + key[3:].upper()) if run == "R1" else "p1_contrat_" + key[3:]
        if key.startswith("sex_"):
            return ("Sexe" + key[-1]) if run == "R1" else "p1_sexe_" + key[-1].lower()
    counter[0] += 1  # R3: names an auto-detect tool would give
    return f"{'Case' if key[:4] in ('sit_', 'ct_', 'sex_') else 'Texte'}{counter[0]}"


def acro_fields(sheet, page, V, rng, counter):
    f = sheet.c.acroForm
    run = sheet.name
    common = dict(
        borderWidth=0,
        fillColor=None,
        borderColor=None,
        textColor=Color(0, 0, 0),
        annotationFlags="print",
    )
    for key in page_keys(sheet.slots, page):
        s = sheet.slots[key]
        if s["kind"] == "sig":
            continue
        val = V["values"].get(key) or ""
        if key in V["by_hand"]:
            val = ""
        if s["kind"] == "tick":
            checked = key in V["ticks"] and "ticks" not in V["by_hand"]
            f.checkbox(
                name=field_name(run, key, 0, counter),
                checked=checked,
                buttonStyle=V["acro_check"],
                x=s["x"] + 0.5,
                y=PAGE_H - s["y"] - s["s"] + 0.5,
                size=s["s"] - 1,
                shape="square",
                fieldFlags="",
                **common,
            )
        elif s["kind"] == "line":
            f.textfield(
                name=field_name(run, key, 0, counter),
                value=latin1(val),
                x=s["x"] - 2,
                y=PAGE_H - s["y"] - 3.5,
                width=s["w"],
                height=14,
                fontName="Helvetica",
                fontSize=V["acro_size"],
                maxlen=200,
                **common,
            )
        else:
            groups = s["groups"]
            parts = split_groups(val, groups) if val else [""] * len(groups)
            if run == "R2" and key == "dob":  # one comb over the three groups
                g0, g2 = groups[0], groups[-1]
                f.textfield(
                    name=field_name(run, key, 0, counter),
                    value="".join(parts),
                    x=g0["x"],
                    y=PAGE_H - g0["y"] - g0["s"],
                    width=g2["x"] + g2["n"] * g2["s"] - g0["x"],
                    height=g0["s"],
                    fontName="Helvetica",
                    fontSize=V["acro_size"] + 1,
                    maxlen=8,
                    fieldFlags="comb",
                    **common,
                )
                continue
            for i, (g, part) in enumerate(zip(groups, parts)):
                f.textfield(
                    name=field_name(run, key, i, counter),
                    value=latin1(part),
                    x=g["x"],
                    y=PAGE_H - g["y"] - g["s"],
                    width=g["n"] * g["s"],
                    height=g["s"],
                    fontName="Helvetica",
                    fontSize=V["acro_size"] + 1,
                    maxlen=g["n"],
                    fieldFlags="comb",
                    **common,
                )


def _esc(ch: str) -> bytes:
    b = ch.encode("latin-1")
    return b"\\" + b if b in (b"(", b")", b"\\") else b


def fix_acro(data: bytes, strip_ap: bool, gaps=None) -> bytes:
    """Comb fields get per-box appearances (as Acrobat draws them); optionally remove the
    text-field appearance streams and ask the viewer to build them (NeedAppearances)."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if a.get("/FT") != "/Tx":
                continue
            if strip_ap:
                if "/AP" in a:
                    del a["/AP"]
                continue
            ff = int(a.get("/Ff", 0))
            if not ff & (1 << 24) or "/AP" not in a:
                continue
            val = str(a.get("/V", ""))
            n = int(a.get("/MaxLen", len(val) or 1))
            x0, y0, x1, y1 = [float(v) for v in a.Rect]
            w, h = x1 - x0, y1 - y0
            size = float(str(a.DA).split()[1]) if a.get("/DA") else 10
            cell = w / n
            body = [b"/Tx BMC q BT /Helv %.1f Tf 0 g" % size]
            for i, ch in enumerate(val):
                cw = pdfmetrics.stringWidth(ch, "Helvetica", size)
                x = i * cell + (cell - cw) / 2
                body.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, (h - size * 0.7) / 2, _esc(ch)))
            body.append(b"ET Q EMC")
            old = a.AP.N
            new = pikepdf.Stream(pdf, b"\n".join(body))
            new.Type = pikepdf.Name.XObject
            new.Subtype = pikepdf.Name.Form
            new.BBox = [0, 0, w, h]
            new.Resources = old.Resources
            a.AP.N = new
    if strip_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def paste_signature_pdf(sheet, sig_img, rng):
    s = sheet.slots["sig"]
    sw, sh = sig_img.size
    k = min(s["w"] * rng.uniform(0.5, 0.8) / sw, s["h"] * rng.uniform(0.5, 0.8) / sh)
    w, h = sw * k, sh * k
    x = s["x"] + rng.uniform(0.05, 0.95) * (s["w"] - w)
    y = s["y"] + rng.uniform(0.2, 0.9) * (s["h"] - h)
    buf = io.BytesIO()
    sig_img.save(buf, "PNG")
    sheet.c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), x, PAGE_H - y - h, w, h, mask="auto")


# ---------------------------------------------------------------------------- build PDF
def build_pdf(run, order, V, rng, mode, sig_img=None):
    """mode: 'blank' | 'typed' | 'acro'.  Returns PDF bytes."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie - S1106")
    c.setAuthor("")
    counter = [0]

    def before(sheet, p):
        if mode == "typed":
            typed(sheet, p, V, V["typed_style"], rng)
        elif mode == "acro":
            acro_fields(sheet, p, V, rng, counter)
        if p == 2 and sig_img is not None:
            paste_signature_pdf(sheet, sig_img, rng)

    slots = layout.draw_pages(c, run, order, before)
    c.save()
    data = buf.getvalue()
    if mode == "acro":
        data = fix_acro(data, V.get("strip_ap", False))
    return data, slots


def rasterize(data: bytes, dpi: int, forms: bool):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB"))
    pdf.close()
    return out


# ---------------------------------------------------------------------------- handwriting
def handwrite(img, page, slots, V, pen, dpi, rng):
    """Write the by-hand values of one page (image of that page at dpi)."""
    k = dpi / 72.0
    for key in page_keys(slots, page):
        s = slots[key]
        if s["kind"] == "tick":
            if key in V["ticks"] and "ticks" in V["by_hand"]:
                pen.tick(img, s["x"] * k, s["y"] * k, s["s"] * k, V["tick_style"])
            continue
        if s["kind"] == "sig" or key not in V["by_hand"]:
            continue
        val = V["values"].get(key)
        if not val:
            continue
        if s["kind"] == "line":
            size = V["hand_size"] * rng.uniform(0.95, 1.05)
            base = (s["y"] - rng.uniform(0.0, 2.0)) * k
            caps = key in ("surname", "usage_name") or (key == "given_names" and val.isupper())
            pen.write(
                img,
                (s["x"] + rng.uniform(0, 6)) * k,
                base,
                val,
                size,
                caps=caps,
                max_w=(s["w"] - 6) * k,
            )
        else:
            parts = split_groups(val, s["groups"])
            for g, part in zip(s["groups"], parts):
                boxes = [((g["x"] + i * g["s"]) * k, g["y"] * k, g["s"] * k) for i in range(g["n"])]
                pen.comb(img, boxes, part)


def sign_raster(img, slots, V, pen, dpi, rng):
    s = slots["sig"]
    k = dpi / 72.0
    if V["sig"] == "sign":
        hand.paste_sig(img, V["sig_img"], s["x"] * k, s["y"] * k, s["w"] * k, s["h"] * k, rng)
    elif V["sig"] == "stray":
        V["stray_kind"] = pen.stray(img, s["x"] * k, s["y"] * k, s["w"] * k, s["h"] * k)
