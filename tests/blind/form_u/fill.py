"""Filling the form four ways: by hand, typed then printed, AcroForm, AcroForm printed."""

from __future__ import annotations

import io

import formlayout as FL
import ink
import numpy as np
import pikepdf
from reportlab.lib.colors import Color, black
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

TEXT_KEYS = ["nom", "nom_usage", "prenoms", "lieu_commune", "lieu_pays", "nationalite",
             "adresse", "code_postal", "commune", "telephone", "email", "emploi", "autre_texte"]  # fmt: skip
COMB_KEYS = ["nom", "nom_usage", "prenoms", "dob", "nir", "code_postal"]
# AcroForm field names per print run (three different authoring habits)
FIELD_NAMES = {
    "R1": {"nom": "NomNaissance", "nom_usage": "NomUsage", "prenoms": "Prenoms",
           "lieu_commune": "LieuNaissCommune", "lieu_pays": "LieuNaissPays",
           "nationalite": "Nationalite", "adresse": "Adresse", "code_postal": "CodePostal",
           "commune": "Commune", "telephone": "Telephone", "email": "Email",
           "emploi": "EmploiOccupe", "autre_texte": "AutreSituation", "fait_a": "FaitA",
           "le": "DateSignature", "dob": "DateNaissance", "nir": "NIR"},
    "R2": {"nom": "nom_naissance", "nom_usage": "nom_usage", "prenoms": "prenoms",
           "lieu_commune": "lieu_naissance", "lieu_pays": "pays_naissance",
           "nationalite": "nationalite", "adresse": "adresse", "code_postal": "code_postal",
           "commune": "commune", "telephone": "tel", "email": "courriel", "emploi": "emploi",
           "autre_texte": "autre_precisez", "fait_a": "fait_a", "le": "date_le",
           "dob": "date_naissance", "nir": "num_secu"},
}  # fmt: skip


def field_name(run: str, key: str, idx: int) -> str:
    if run in FIELD_NAMES:
        return FIELD_NAMES[run].get(key, key)
    return f"Texte{idx}"


def ansi(text: str) -> str:
    """What a Helvetica AcroForm field can hold: characters outside cp1252 lose accents."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(ink.strip_accents(ch))
    return "".join(out)


def comb_chars(key: str, v: dict) -> str:
    return v.get(key) or ""


def build_pdf(run: str, sig_label: str, mode: str, v: dict, rng, extra=None) -> bytes:
    """Draw both pages; mode is blank | typed | acroform. Returns PDF bytes and slots."""
    FL.register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(FL.PAGE_W, FL.PAGE_H), invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setSubject("cerfa 15763*02 - S1106")
    c.setCreator(rng.choice(["Adobe Acrobat Pro 2020", "LibreOffice 7.6", "Microsoft Word 2019"]))
    type_font = rng.choice(["OpenSans", "Roboto", "Carlito", "FreeMono", "Roboto"])
    type_size = rng.uniform(9.5, 11)
    slots = []
    for page in (1, 2):
        s = FL.draw_page1(c, run) if page == 1 else FL.draw_page2(c, run, sig_label)
        slots.append(s)
        if mode == "typed":
            _typed(c, s, v, type_font, type_size, page)
        elif mode == "acroform":
            _acro(c, s, v, run, page, rng)
        if extra and page == 2:
            extra(c, s)
        c.showPage()
    c.save()
    return buf.getvalue(), slots


def _fit(text, font, size, width):
    while size > 6 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _typed(c, s: FL.Slots, v: dict, font: str, size: float, page: int) -> None:
    c.setFillColor(black)
    for key, (x, y, w, h) in s.text.items():
        val = v.get(key) or ""
        if key in ("le",) and not v.get("le_typed"):
            continue
        if not val:
            continue
        sz = _fit(val, font, size, w)
        c.setFont(font, sz)
        c.drawString(x + 1, y + 2.5, val)
    for key, cells in s.comb.items():
        val = comb_chars(key, v)
        for ch, (x, y, w, h) in zip(val, cells):
            c.setFont(font, min(size + 1, h * 0.75))
            c.drawCentredString(x + w / 2, y + h * 0.25, ch)
    for key, (x, y, sz) in s.check.items():
        if key in v["ticks"]:
            c.setFont("LibSans-B", sz * 1.05)
            c.drawCentredString(x + sz / 2, y + sz * 0.15, "X")


def _acro(c, s: FL.Slots, v: dict, run: str, page: int, rng) -> None:
    form = c.acroForm
    idx = 1 if page == 1 else 40
    size = rng.choice([9, 10, 10, 11])
    common = dict(borderWidth=0, fillColor=None, textColor=black, fontName="Helvetica")
    for key, (x, y, w, h) in s.text.items():
        val = ansi(v.get(key) or "")
        if key == "le" and not v.get("le_typed"):
            val = ""
        form.textfield(name=field_name(run, key, idx), tooltip=key, x=x, y=y - 1, width=w,
                       height=h + 2, value=val, fontSize=size, **common)  # fmt: skip
        idx += 1
    for key, cells in s.comb.items():
        val = ansi(comb_chars(key, v))
        if key in ("nom", "nom_usage", "prenoms"):
            x, y, w, h = cells[0]
            width = cells[-1][0] + cells[-1][2] - x
            form.textfield(name=field_name(run, key, idx), tooltip=key, x=x, y=y, width=width,
                           height=h, value=val, fontSize=size, **common)  # fmt: skip
            idx += 1
            continue
        base = field_name(run, key, idx)
        idx += 1
        for i, (x, y, w, h) in enumerate(cells):
            ch = val[i] if i < len(val) else ""
            form.textfield(name=f"{base}_{i + 1}", tooltip=f"{key} {i + 1}", x=x + w * 0.18,
                           y=y, width=w * 0.8, height=h, value=ch, maxlen=1,
                           fontSize=min(size + 1, h * 0.8), **common)  # fmt: skip
    for i, (key, (x, y, sz)) in enumerate(s.check.items()):
        name = f"Case{i + 1}" if run not in FIELD_NAMES else f"cb_{key}"
        form.checkbox(name=name, tooltip=key, x=x, y=y, size=sz, checked=key in v["ticks"],
                      buttonStyle=rng.choice(["cross", "check"]), borderWidth=0,
                      fillColor=None, textColor=black, forceBorder=False)  # fmt: skip


def strip_text_appearances(data: bytes) -> bytes:
    """Drop text-field appearance streams and ask viewers to rebuild them."""
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if annot.get("/FT") == "/Tx" and "/AP" in annot:
                del annot["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def paste_signature(rng, name: str, color):
    """A callback that pastes a handwritten signature image into the signature box."""

    def draw(c, s: FL.Slots):
        x, y, w, h = s.sig
        png = ink.signature_png(rng, name, 160, color)
        iw, ih = png.size
        k = min(w * 0.8 / iw, h * 0.8 / ih)
        buf = io.BytesIO()
        png.save(buf, "PNG")
        dx = x + rng.uniform(0.05, 1 - iw * k / w - 0.05) * w
        dy = y + (h - ih * k) * rng.uniform(0.2, 0.7)
        c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), dx, dy, iw * k, ih * k, mask="auto")

    return draw


def vector_stray(rng, color):
    """A small pen mark in the box made with a PDF editor's pen tool."""

    def draw(c, s: FL.Slots):
        x, y, w, h = s.sig
        px, py = x + w * rng.uniform(0.2, 0.8), y + h * rng.uniform(0.25, 0.7)
        c.setStrokeColor(Color(*[v / 255 for v in color]))
        c.setLineWidth(1.4)
        c.setLineCap(1)
        if rng.random() < 0.5:
            c.line(px, py, px + 1.2, py - 0.6)
        else:
            c.line(px, py, px + 3, py - 4)
            c.line(px + 3, py - 4, px + 9, py + 5)

    return draw


def to_px(rect, dpi):
    """(x, y_bottom, w, h) in points -> (x, y_top, w, h) in pixels."""
    x, y, w, h = rect
    k = dpi / 72.0
    return (x * k, (FL.PAGE_H - y - h) * k, w * k, h * k)


def hand_fill(pages: list[np.ndarray], slots: list, v: dict, pen: ink.Pen, dpi: float,
              only: tuple | None = None) -> None:  # fmt: skip
    """Write values by hand on rasterised pages. only limits to a set of keys."""
    want = (lambda k: True) if only is None else (lambda k: k in only)  # noqa: E731
    for page, s in zip(pages, slots):
        for key, rect in s.text.items():
            val = v.get(key) or ""
            if not val or not want(key):
                continue
            x, yt, w, h = to_px(rect, dpi)
            pen.write(page, val, x + 2, yt + h * 0.9, 11.5, max_w=w - 4)
        for key, cells in s.comb.items():
            val = comb_chars(key, v)
            if not val or not want(key):
                continue
            pen.write_comb(page, val, [to_px(cl, dpi) for cl in cells])
        for key, (x, y, sz) in s.check.items():
            if key in v["ticks"] and want(key):
                px, pyt, pw, _ = to_px((x, y, sz, sz), dpi)
                pen.tick(page, (px, pyt, pw), v.get("tick_kind"))
