"""Filling the form: typed values, AcroForm fields, handwriting on rendered pages."""

from __future__ import annotations

import io

import layout
import pikepdf
import pypdfium2 as pdfium
from hand import Ink, Pen
from people import strip_accents
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

W, H = A4
MM = layout.MM
LINE_FIELDS = ["nom", "usage", "prenoms", "lieu_commune", "lieu_pays", "nationalite",
               "adresse", "commune", "tel", "email", "emploi", "autre_txt"]  # fmt: skip
COMB_GROUPS = {"dob": [2, 2, 4], "nir": [1, 2, 2, 2, 3, 3, 2], "cp": [5]}
FIELD_NAMES = {
    "plain": {"nom": "nom_naissance", "usage": "nom_usage", "prenoms": "prenoms",
              "lieu_commune": "lieu_naissance", "lieu_pays": "pays_naissance",
              "nationalite": "nationalite", "adresse": "adresse", "commune": "commune",
              "tel": "telephone", "email": "courriel", "emploi": "emploi_occupe",
              "autre_txt": "autre_situation", "place": "fait_a", "date": "date_signature",
              "cp": "code_postal", "dob": "date_naissance", "nir": "nir"},
    "xfa": {},
}  # fmt: skip


def fname(style: str, key: str, page: int) -> str:
    base = FIELD_NAMES["plain"].get(key, key)
    if style == "xfa":
        return f"topmostSubform[0].Page{page}[0].{base}[0]"
    if style == "caps":
        return "".join(p.capitalize() for p in base.split("_"))
    return base


def latin1(s: str) -> str:
    try:
        s.encode("cp1252")
        return s
    except UnicodeEncodeError:
        return "".join(ch if ch.encode("cp1252", "ignore") else strip_accents(ch) for ch in s)


def groups_of(key: str, text: str) -> list[str]:
    out, i = [], 0
    for n in COMB_GROUPS[key]:
        out.append(text[i : i + n])
        i += n
    return out


def _typed(c, geo, vals, rng, font, size, comb_mode):
    """Values typed with a PDF editor's text tool before printing."""
    c.setFillColor(Color(0, 0, 0))
    for key in LINE_FIELDS + ["place", "date"]:
        v = vals.get(key)
        if not v or key not in geo:
            continue
        x, y, w, h = geo[key]["rect"]
        s = size
        while c.stringWidth(v, font, s) > w - 4 and s > 6:
            s -= 0.5
        c.setFont(font, s)
        c.drawString(x + 2 + rng.uniform(0, 6), y + 1.3 * MM + rng.uniform(-0.8, 1.2), v)
    for key in ("dob", "nir", "cp"):
        v = vals.get(key)
        if not v or key not in geo:
            continue
        if geo[key]["kind"] == "line":
            x, y, w, h = geo[key]["rect"]
            c.setFont(font, size)
            c.drawString(x + 3, y + 1.3 * MM, v)
            continue
        cells = geo[key]["cells"]
        if comb_mode == "cells" or key == "cp":
            c.setFont(font, size)
            for ch, (x, y, w, h) in zip(v, cells):
                c.drawCentredString(x + w / 2, y + h * 0.28, ch)
        else:  # one string over the comb, as typed
            text = "/".join(groups_of(key, v)) if key == "dob" else " ".join(groups_of(key, v))
            x, y, w, h = cells[0]
            c.setFont(font, size + 1)
            c.drawString(x + 1, y + h * 0.25, text)
    c.setFont(font, size + 1)
    for key in vals["boxes"]:
        if key not in geo:
            continue
        x, y, w, h = geo[key]["rect"]
        c.drawCentredString(x + w / 2 + rng.uniform(-0.5, 0.5), y + h * 0.18, "X")


def build_pdf(run, way, vals, rng, sig_png=None, field_style="plain", typed_date=True):
    """The form as a PDF: blank + typed values (typed_print) or AcroForm fields."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie - S1106")
    c.setAuthor("Assurance Maladie")
    geo = {}
    for page in (1, 2):
        d = layout.FormDrawer(c, run)
        d.page1() if page == 1 else d.page2()
        geo.update(d.geo)
        pg = {k: v for k, v in d.geo.items() if v["page"] == page}
        if way == "typed_print":
            font = vals["typed_font"]
            tv = dict(vals)
            if not typed_date:
                tv["date"] = ""
            _typed(c, pg, tv, rng, font, vals["typed_size"], vals["comb_mode"])
        elif way in ("acroform", "acroform_printed"):
            _fields(c, pg, vals, page, field_style)
            if page == 2 and sig_png is not None:
                x, y, w, h = pg["signature"]["rect"]
                c.drawImage(ImageReader(sig_png), x + 2, y + 2, w - 4, h - 4, mask="auto")
        c.showPage()
    c.save()
    return buf.getvalue(), geo


def _fields(c, pg, vals, page, style):
    f = c.acroForm
    common = {"borderWidth": 0, "fillColor": None, "forceBorder": False, "textColor": None}
    for key, g in pg.items():
        kind = g["kind"]
        if kind == "line":
            x, y, w, h = g["rect"]
            v = vals.get(key) or ""
            f.textfield(name=fname(style, key, page), value=latin1(v), x=x, y=y, width=w,
                        height=min(h, 6 * MM), fontName="Helvetica", fontSize=0 if len(v) > 40
                        else 10, **common)  # fmt: skip
        elif kind == "comb":
            v = vals.get(key) or ""
            parts = groups_of(key, v.ljust(sum(COMB_GROUPS[key])))
            i = 0
            for gi, n in enumerate(COMB_GROUPS[key]):
                cells = g["cells"][i : i + n]
                x, y = cells[0][0], cells[0][1]
                w = sum(cc[2] for cc in cells)
                nm = fname(style, key, page) + (f"_{gi + 1}" if len(COMB_GROUPS[key]) > 1 else "")
                f.textfield(name=nm, value=parts[gi].strip(), x=x, y=y, width=w,
                            height=cells[0][3], maxlen=n, fieldFlags="comb",
                            fontName="Helvetica", fontSize=11, **common)  # fmt: skip
                i += n
        elif kind == "box" and key != "org_verif":
            x, y, w, h = g["rect"]
            f.checkbox(name=fname(style, key, page), x=x, y=y, size=w,
                       checked=key in vals["boxes"], buttonStyle="cross", borderWidth=0,
                       fillColor=None, borderColor=None, textColor=Color(0, 0, 0))  # fmt: skip


def finish_acroform(pdf_bytes: bytes, keep_ap: bool) -> bytes:
    """Drop appearance streams of comb fields (and all text fields when keep_ap is False)."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if a.get("/FT") == "/Tx" and ("/AP" in a) and (not keep_ap or a.get("/MaxLen")):
                del a["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    pdf.docinfo["/Producer"] = "Adobe Acrobat Reader 24.1"
    out = io.BytesIO()
    pdf.save(out, static_id=True, deterministic_id=True)
    return out.getvalue()


def render(pdf_bytes: bytes, dpi: int, forms: bool) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    if forms:
        pdf.init_forms()
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        pages.append(img)
    pdf.close()
    return pages


def px_rect(rect, dpi):
    x, y, w, h = rect
    k = dpi / 72
    return (x * k, (H - y - h) * k, w * k, h * k)


def hand_fill(pages, geo, vals, pen: Pen, dpi, items):
    """Write by hand on rendered pages. items: 'fields', 'date', 'place', 'sign'."""
    k = dpi / 72
    inks = [Ink(p.size) for p in pages]
    rng = pen.rng
    letter = 5.0 * MM * k * pen.size * pen.scale

    def line(key, text, ink):
        x, y, w, h = px_rect(geo[key]["rect"], dpi)
        base = y + h - 1.4 * MM * k + rng.uniform(-0.6, 0.4) * MM * k
        ink.write(pen, text, x + rng.uniform(1, 5) * MM * k, base, letter, max_w=w - 6 * MM * k)

    if "fields" in items:
        ink = inks[0]
        for key in LINE_FIELDS:
            v = vals.get(key)
            if v:
                line(key, v, ink)
        for key in ("dob", "nir", "cp"):
            v = vals.get(key)
            if not v:
                continue
            if geo[key]["kind"] == "comb":
                cells = [px_rect(cc, dpi) for cc in geo[key]["cells"]]
                ink.comb(pen, v, cells)
            else:
                line(key, v, ink)
        for key in vals["boxes"]:
            if geo[key]["page"] == 1:
                ink.tick(pen, px_rect(geo[key]["rect"], dpi), vals["tick_style"])
    ink2 = inks[1]
    if "place" in items and vals.get("place"):
        line("place", vals["place"], ink2)
    if "date" in items and vals.get("date"):
        line("date", vals["date"], ink2)
    sig = px_rect(geo["signature"]["rect"], dpi)
    if "sign" in items:
        if vals["sign"] == "hand":
            ink2.signature(pen, sig, vals["given_plain"], vals["surname_plain"])
        elif vals["sign"] == "stray":
            ink2.stray(pen, sig)
    return [ink.composite(p, pen.color) for ink, p in zip(inks, pages)]


def signature_png(pen: Pen, vals, dpi=200) -> Image.Image:
    """A signature scanned or drawn on a tablet, pasted as a transparent PNG."""
    w, h = int(78 * MM * dpi / 72) - 8, int(30 * MM * dpi / 72) - 8
    ink = Ink((w, h))
    ink.signature(pen, (0, 0, w, h), vals["given_plain"], vals["surname_plain"])
    rgba = Image.new("RGBA", (w, h), pen.color + (0,))
    rgba.putalpha(ink.mask)
    return rgba
