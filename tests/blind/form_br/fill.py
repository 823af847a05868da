"""Filling the form: typed values, AcroForm widgets, and handwriting on page rasters."""

from __future__ import annotations

import io

import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

import layout
from hand import Hand

# Field names of the fillable PDF (AcroForm), as a CERFA fillable form would name them.
ACRO_NAMES = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "birth_city": "lieu_naissance_commune",
    "birth_country": "lieu_naissance_pays",
    "nationality": "nationalite",
    "address": "adresse",
    "city": "commune",
    "phone": "telephone",
    "email": "courriel",
    "job": "emploi",
    "employer": "employeur",
    "autre_text": "autre_precision",
    "place": "fait_a",
    "date": "date_signature",
    "dob": "date_naissance",
    "nir": "nir",
    "nir_key": "nir_cle",
    "postcode": "code_postal",
}
TYPED_FONTS = [("LibSans", 10), ("Carlito", 11), ("LibMono", 9.5), ("DejaVu", 9.2)]


def _text_items(v: dict) -> dict:
    """Values of the one-line fields, keyed by field name."""
    keys = [
        "surname",
        "usage_name",
        "given_names",
        "birth_city",
        "birth_country",
        "nationality",
        "address",
        "city",
        "phone",
        "email",
        "job",
        "employer",
        "autre_text",
        "place",
        "date",
    ]
    return {k: v.get(k) or "" for k in keys}


def _comb_items(v: dict) -> dict:
    nir = v.get("nir") or ""
    return {"dob": v["dob"], "nir": nir[:13], "nir_key": nir[13:], "postcode": v["postcode"]}


def _checks(v: dict) -> set[str]:
    out = {f"sex_{v['sex']}"} | {f"sit_{s}" for s in v["ticks"]}
    if v.get("contract"):
        out.add(f"ct_{v['contract']}")
    return out


def vector_pdf(v: dict, run: str, mode: str, sig_label=None, sig_img=None, rng=None):
    """The form as a PDF in page order; mode: blank, typed or acro. Returns (bytes, fields)."""
    layout.register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
    c.setTitle("S1106 Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    fields = []
    typed_font = TYPED_FONTS[rng.randrange(len(TYPED_FONTS))] if rng else TYPED_FONTS[0]
    for page in (1, 2):
        sheet = layout.Sheet(c, run, sig_label)
        f = sheet.page1() if page == 1 else sheet.page2()
        fields.append(f)
        if mode == "typed":
            _typed(c, f, v, typed_font, rng)
        elif mode == "acro":
            _acro(c, f, v)
        if page == 2 and sig_img is not None:
            x, y, w, h = f["signature"]["rect"]
            iw, ih = sig_img.size
            k = min((w - 6) / iw, (h - 6) / ih)
            c.drawImage(
                ImageReader(sig_img),
                x + (w - iw * k) / 2,
                y + (h - ih * k) / 2,
                iw * k,
                ih * k,
                mask="auto",
            )
        c.showPage()
    c.save()
    return buf.getvalue(), fields


def _typed(c, f, v, font, rng):
    """Values typed on screen (e.g. in a PDF reader's 'fill and sign') then printed."""
    name, size = font
    dx, dy = rng.uniform(-1.5, 1.5), rng.uniform(-1.0, 1.5)
    items = _text_items(v)
    if v.get("date_by_hand"):
        items["date"] = ""
    for key, text in items.items():
        if key not in f or not text:
            continue
        x, y, w, h = f[key]["rect"]
        s = size
        while pdfmetrics.stringWidth(text, name, s) > w - 2 and s > 6:
            s -= 0.5
        c.setFont(name, s)
        c.drawString(x + 2 + dx, y + 2.5 + dy, text)
    for key, text in _comb_items(v).items():
        if key not in f:
            continue
        for (x, y, w, h), ch in zip(f[key]["cells"], text, strict=False):
            c.setFont(name, min(size + 1, h * 0.8))
            c.drawCentredString(x + w / 2 + dx * 0.3, y + h * 0.25, ch)
    c.setFont("Helvetica-Bold", 10)
    for key in sorted(_checks(v)):
        if key in f:
            x, y, w, h = f[key]["rect"]
            c.drawCentredString(x + w / 2, y + h * 0.14, "X")


def _acro(c, f, v):
    """AcroForm widgets holding the values (text fields, one field per comb cell, boxes)."""
    form = c.acroForm
    clear = Color(1, 1, 1, alpha=0)
    for key, text in _text_items(v).items():
        if key not in f:
            continue
        x, y, w, h = f[key]["rect"]
        form.textfield(
            name=ACRO_NAMES[key],
            value=text,
            x=x,
            y=y - 1,
            width=w,
            height=h + 2,
            borderWidth=0,
            fillColor=clear,
            borderColor=clear,
            textColor=Color(0, 0, 0),
            fontName="Helvetica",
            fontSize=9,
            maxlen=200,
            fieldFlags="",
        )
    for key, text in _comb_items(v).items():
        if key not in f:
            continue
        for i, (x, y, w, h) in enumerate(f[key]["cells"]):
            ch = text[i] if i < len(text) else ""
            form.textfield(
                name=f"{ACRO_NAMES[key]}_{i + 1}",
                value=ch,
                x=x + 1,
                y=y + 1,
                width=w - 2,
                height=h - 2,
                borderWidth=0,
                fillColor=clear,
                borderColor=clear,
                textColor=Color(0, 0, 0),
                fontName="Helvetica",
                fontSize=9,
                maxlen=1,
                fieldFlags="",
            )
    checks = _checks(v)
    for key, spec in f.items():
        if spec["kind"] != "check":
            continue
        x, y, w, h = spec["rect"]
        form.checkbox(
            name=f"case_{key}",
            checked=key in checks,
            buttonStyle="cross",
            x=x + 0.8,
            y=y + 0.8,
            size=w - 1.6,
            borderWidth=0,
            fillColor=clear,
            borderColor=clear,
            textColor=Color(0, 0, 0),
            fieldFlags="",
        )


def strip_appearances(pdf_bytes: bytes) -> bytes:
    """The same fillable PDF without appearance streams (viewers rebuild them)."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/Subtype") == "/Widget" and "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def rasterize(pdf_bytes: bytes, dpi: float, forms=False) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def px_rect(rect, scale):
    """PDF rect (x, y_bottom, w, h) in points -> (x, y_top, w, h) in pixels."""
    x, y, w, h = rect
    return (x * scale, (layout.PAGE_H - y - h) * scale, w * scale, h * scale)


def hand_fill(pages, fields, v, rng, hp: dict, scale: float, what="all"):
    """Write values by hand on page rasters. what: all | sign (signature, maybe date)."""
    hands = []
    for img, f in zip(pages, fields, strict=True):
        hd = Hand(
            rng,
            (img.height, img.width),
            font=hp["font"],
            caps_font=hp["caps"],
            ink=hp["ink"],
            scale=scale,
        )
        hands.append((hd, f))
    if what == "all":
        _hand_values(hands, v, rng, hp, scale)
    hd2, f2 = hands[1]
    if what == "all" or v.get("date_by_hand"):
        if v.get("place") and what == "all":
            hd2.write_rect(px_rect(f2["place"]["rect"], scale), v["place"])
        if v.get("date"):
            hd2.write_rect(px_rect(f2["date"]["rect"], scale), v["date"])
    _sign_mark(hd2, f2, v, rng, scale)
    return [hd.apply(img) for (hd, _), img in zip(hands, pages, strict=True)]


def _hand_values(hands, v, rng, hp, scale):
    hd, f = hands[0]
    caps = hp.get("all_caps", True)
    for key, text in _text_items(v).items():
        if key in ("place", "date") or key not in f or not text:
            continue
        if caps and key not in ("email",):
            text = text.upper() if hp.get("keep_accents", True) else _strip_upper(text)
        hd.write_rect(px_rect(f[key]["rect"], scale), text)
    for key, text in _comb_items(v).items():
        if key in f and text:
            cells = [px_rect(r, scale) for r in f[key]["cells"]]
            hd.comb(cells, text)
    style = hp.get("tick", "cross")
    for key in sorted(_checks(v)):
        if key in f:
            hd.tick(px_rect(f[key]["rect"], scale), style)


def _strip_upper(text: str) -> str:
    import unicodedata

    dec = unicodedata.normalize("NFD", text.upper())
    return "".join(ch for ch in dec if not unicodedata.combining(ch))


def _sign_mark(hd, f2, v, rng, scale):
    x, y, w, h = px_rect(f2["signature"]["rect"], scale)
    mark = v.get("sign")
    if mark == "signature":
        hd.signature((x + 6, y + 6, w - 12, h - 12), v["sig_name"])
    elif mark == "dot":
        hd.dot(x + w * rng.uniform(0.3, 0.7), y + h * rng.uniform(0.4, 0.7))
    elif mark == "small_tick":
        s = w * 0.035
        cx, cy = x + w * rng.uniform(0.15, 0.6), y + h * rng.uniform(0.35, 0.6)
        hd.stroke([(cx, cy), (cx + s * 0.5, cy + s), (cx + s * 1.6, cy - s * 0.8)])


def signature_image(v, rng, ink="blue") -> Image.Image:
    """A signature drawn with a pen (or a finger) alone on a transparent image to paste."""
    w, h = 600, 220
    hd = Hand(rng, (h, w), ink=ink, scale=2.4)
    hd.signature((10, 10, w - 20, h - 20), v["sig_name"])
    return hd.rgba()
