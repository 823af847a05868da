"""From a filled-in plan item to page images / PDFs."""

from __future__ import annotations

import io
import random

import fill
import hand
import layout
import pikepdf
import pypdfium2 as pdfium
from layout import A4, H
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def form_pdf(
    run_key: str,
    mode: str,
    v: dict,
    rng: random.Random,
    skip=(),
    sig_png=None,
    strip_ap: str = "comb",
    font=None,
) -> tuple[bytes, dict]:
    """The two pages as a PDF: blank (``mode`` "blank"), typed, or with AcroForm fields.

    ``strip_ap``: "comb" removes the appearance streams of comb fields only (the viewer
    redraws them), "all" leaves every field without appearance stream.
    """
    layout.register_fonts()
    run = layout.RUNS[run_key]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Caisse nationale de l'Assurance Maladie")
    c.setSubject("S1106 - cerfa 15763*02")
    geo: dict = {}
    counter = [0]
    for page, draw in ((1, layout.draw_page1), (2, layout.draw_page2)):
        g: dict = {}
        draw(c, run, g)
        geo.update(g)
        if mode == "typed":
            fill.draw_typed(c, g, v, page, rng, font=font, skip=skip)
        elif mode == "acro":
            vv = {k: (None if k in skip else val) for k, val in v.items()}
            fill.draw_acro(c, g, vv, page, run_key, counter)
            if page == 2 and sig_png is not None:
                x, y, w, h = g["signature"]["rect"]
                iw = w * rng.uniform(0.55, 0.8)
                ih = iw * sig_png.height / sig_png.width
                ih = min(ih, h * 0.95)
                c.drawImage(
                    ImageReader(sig_png),
                    x + rng.uniform(6, w - iw - 4),
                    H - y - h + (h - ih) / 2 + rng.uniform(-6, 6),
                    iw,
                    ih,
                    mask="auto",
                )
        c.showPage()
    c.save()
    data = buf.getvalue()
    if mode == "acro":
        data = _strip_appearances(data, strip_ap)
    return data, geo


def _strip_appearances(data: bytes, which: str) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    changed = False
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            comb = int(a.get("/Ff", 0)) & (1 << 24)
            if "/AP" in a and (which == "all" or comb):
                del a["/AP"]
                changed = True
    if changed:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def rasterize(data: bytes, dpi: float, forms: bool) -> list[Image.Image]:
    doc = pdfium.PdfDocument(data)
    if forms:
        doc.init_forms()
    pages = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=dpi / 72.0, may_draw_forms=forms)
        pages.append(bm.to_pil().convert("RGB"))
    doc.close()
    return pages


def hand_fill(pages: list[Image.Image], geo: dict, v: dict, dpi: float, writer: hand.Hand):
    """Every value by hand (page 1 and the place/date of page 2)."""
    w1 = writer
    w1.img = pages[0]
    rng = w1.rng
    size = rng.uniform(11.5, 14)
    for key in fill.TEXT_KEYS:
        val = v.get(key)
        if not val or key not in geo:
            continue
        g = geo[key]
        if g["kind"] == "comb":
            w1.comb(val, g["cells"])
            continue
        x, y, w, h = g["rect"]
        w1.write(val, x + rng.uniform(2, 10), y + h - rng.uniform(2.5, 4.5), size, max_w=w - 12)
    for key in fill.COMB_KEYS:
        if v.get(key) and key in geo:
            w1.comb(v[key], geo[key]["cells"])
    for key in v["ticks"]:
        w1.tick(geo[key]["rect"])
    w1.commit()
    w1.img = pages[1]
    write_place_date(w1, geo, v, size, place=True, date=True)
    w1.commit()


def write_place_date(w: hand.Hand, geo: dict, v: dict, size: float, place: bool, date: bool):
    rng = w.rng
    if place and v.get("fait_a"):
        x, y, ww, h = geo["fait_a"]["rect"]
        w.write(v["fait_a"], x + rng.uniform(4, 30), y + h - rng.uniform(2, 4), size, ww - 30)
    if date and v.get("le"):
        x, y, ww, h = geo["le"]["rect"]
        w.write(v["le"], x + rng.uniform(3, 20), y + h - rng.uniform(2, 4), size, ww - 20)
