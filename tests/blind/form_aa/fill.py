"""Putting an applicant's values on the form: by hand, typed, or as AcroForm fields."""

import io

import hand
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from formlayout import Form, H
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

COMB_KEYS = ("nom", "nom_usage", "prenoms", "ddn", "nir", "cp")
TEXT_KEYS = (
    "nom",
    "nom_usage",
    "prenoms",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "adresse",
    "commune",
    "tel",
    "email",
    "emploi",
    "autre_precision",
)
PAGE2_TEXT = ("fait_a", "le")


def blank_pdf(run, filler=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("")
    pos = Form(run).build(c, filler)
    return buf.getvalue(), pos


def render(pdf_bytes, dpi, forms=False):
    pdf = pdfium.PdfDocument(pdf_bytes)
    if forms:
        pdf.init_forms()
    pages = [
        pdf[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        for i in range(len(pdf))
    ]
    pdf.close()
    return pages


def _ticks(v):
    out = ["sexe_" + v["sex"]] + list(v["ticks"])
    if v.get("contract"):
        out.append("contrat_" + v["contract"])
    return out


# ---------------------------------------------------------------- by hand
def hand_fill(pages, pos, v, rng, dpi, opts):
    """Write every value (opts['fields']=True) and/or the date and signature by hand."""
    scale = dpi / 72
    inks = [hand.Ink(p.size) for p in pages]
    wr = [hand.Writer(rng, opts["font"], scale, ink, opts["jitter"]) for ink in inks]
    if opts.get("fields", True):
        w1 = wr[0]
        for k in COMB_KEYS + TEXT_KEYS:
            val = v.get(k) or ""
            p = pos.get(k)
            if not val or p is None:
                continue
            if p["kind"] == "comb":
                w1.comb(p["rects"], val.replace(" ", " ") if k != "nir" else val)
            elif p["kind"] == "text":
                w1.text(p["x"], p["base"], val, size_pt=opts["size"], max_w_pt=p["x1"] - p["x"])
        tick_style = opts["tick"]
        for t in _ticks(v):
            w1.tick(pos[t]["rect"], tick_style)
    w2 = wr[1]
    if opts.get("place", True) and v.get("fait_a"):
        p = pos["fait_a"]
        w2.text(p["x"], p["base"], v["fait_a"], size_pt=opts["size"], max_w_pt=p["x1"] - p["x"])
    if opts.get("date", True) and v.get("le"):
        p = pos["le"]
        w2.text(
            p["x"] + rng.uniform(0, 8),
            p["base"],
            v["le"],
            size_pt=opts["size"],
            max_w_pt=p["x1"] - p["x"] + 20,
        )
    box = pos["signature"]["rect"]
    if v["sig"] == "sig":
        hand.paste_signature(inks[1], rng, v["sig_given"], v["sig_surname"], box, scale)
    elif v["sig"] in ("dot", "mini_tick"):
        w2.dot_mark(box, "dot" if v["sig"] == "dot" else "tick")
    color = opts["ink"]
    return [ink.apply(pg, color, rng) for ink, pg in zip(inks, pages)]


# ---------------------------------------------------------------- typed
def typed_filler(v, style, rng):
    """A reportlab filler typing the values (as with a PDF editor's text tool)."""
    font, size = style["font"], style["size"]
    dx, dy = rng.uniform(-2, 3), rng.uniform(-1.5, 1.0)

    def fill(form, page):
        c = form.c
        c.setFillColorRGB(0, 0, 0)
        for k, p in form.pos.items():
            if p["page"] != page:
                continue
            val = v.get(k) if k not in PAGE2_TEXT or style["typed_date"] else None
            if k in ("signature",) or not val:
                continue
            if p["kind"] == "comb":
                for (x, y, w, h), ch in zip(p["rects"], val):
                    cw = pdfmetrics.stringWidth(ch, font, size)
                    c.setFont(font, size)
                    c.drawString(x + (w - cw) / 2 + dx * 0.3, H - (y + h * 0.75) + dy, ch)
            elif p["kind"] == "text":
                s, fs = val, size
                while pdfmetrics.stringWidth(s, font, fs) > p["x1"] - p["x"] and fs > 6:
                    fs -= 0.5
                c.setFont(font, fs)
                c.drawString(p["x"] + dx, H - p["base"] + dy, s)
        if page == 1:
            for t in _ticks(v):
                x, y, w, h = form.pos[t]["rect"]
                c.setFont(font, size)
                cw = pdfmetrics.stringWidth("X", font, size)
                c.drawString(x + (w - cw) / 2 + dx * 0.2, H - (y + h * 0.85) + dy * 0.3, "X")

    return fill


# ---------------------------------------------------------------- AcroForm
def acro_filler(v, names, sig_png, sig_box_jitter):
    """A reportlab filler adding AcroForm fields named after ``names`` (key -> name)."""

    def fill(form, page):
        c, af = form.c, form.c.acroForm
        for k, p in form.pos.items():
            if p["page"] != page or k == "signature" or p["kind"] == "tick":
                continue
            val = v.get(k) or ""
            if p["kind"] == "comb":
                groups, cur = [], [p["rects"][0]]
                for r in p["rects"][1:]:
                    if abs(r[0] - (cur[-1][0] + cur[-1][2])) < 0.5:
                        cur.append(r)
                    else:
                        groups.append(cur)
                        cur = [r]
                groups.append(cur)
                i = 0
                for gi, g in enumerate(groups):
                    x, y, w, h = g[0]
                    part = val[i : i + len(g)]
                    i += len(g)
                    nm = names[k] if len(groups) == 1 else f"{names[k]}_{gi + 1}"
                    af.textfield(
                        name=nm,
                        value=part,
                        x=x,
                        y=H - y - h,
                        width=w * len(g),
                        height=h,
                        borderWidth=0,
                        fillColor=None,
                        fontName="Helvetica",
                        fontSize=10,
                        maxlen=len(g),
                        fieldFlags="comb",
                        textColor=None,
                        forceBorder=False,
                    )
            else:
                af.textfield(
                    name=names[k],
                    value=val,
                    x=p["x"] - 2,
                    y=H - p["base"] - 4,
                    width=p["x1"] - p["x"],
                    height=p["h"],
                    borderWidth=0,
                    fillColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                    forceBorder=False,
                )
        if page == 1:
            ticked = set(_ticks(v))
            for k, p in form.pos.items():
                if p["kind"] != "tick":
                    continue
                x, y, w, h = p["rect"]
                af.checkbox(
                    name=names[k],
                    x=x,
                    y=H - y - h,
                    size=w,
                    checked=k in ticked,
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=None,
                    forceBorder=False,
                )
        if page == 2 and sig_png is not None:
            x, y, w, h = form.pos["signature"]["rect"]
            jx, jy = sig_box_jitter
            c.drawImage(
                ImageReader(sig_png),
                x + w * jx,
                H - y - h * (0.85 - jy),
                width=w * 0.6,
                height=h * 0.7,
                mask="auto",
            )

    return fill


def sig_image(rng, given, surname, color):
    """A scanned-looking signature image with transparency (RGBA PIL)."""
    m = hand.signature(rng, given, surname, 600, 240)
    a = np.asarray(m, np.float32)
    rgba = np.zeros((240, 600, 4), np.uint8)
    rgba[..., :3] = color
    rgba[..., 3] = (a * 0.95).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def _comb_ap(widget, val, font="Helvetica", size=10):
    x0, y0, x1, y1 = (float(t) for t in widget.Rect)
    w, h = x1 - x0, y1 - y0
    n = int(widget.MaxLen)
    cell = w / n
    ops = [f"/Tx BMC q 0 0 {w:.2f} {h:.2f} re W n BT /Helv {size} Tf 0 g"]
    for i, ch in enumerate(val[:n]):
        cw = pdfmetrics.stringWidth(ch, font, size)
        esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        tx = cell * i + (cell - cw) / 2
        ops.append(f"1 0 0 1 {tx:.2f} {(h - size * 0.7) / 2:.2f} Tm ({esc}) Tj")
    ops.append("ET Q EMC")
    return " ".join(ops).encode("cp1252")


def finish_acroform(pdf_bytes, keep_ap, title):
    """Fix comb appearances, or drop all appearances and ask the viewer to make them."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    for page in pdf.pages:
        for a in page.get("/Annots", []):
            if "/AP" not in a:
                continue
            if not keep_ap:
                if a.get("/FT") == "/Tx":
                    del a["/AP"]
                continue
            if int(a.get("/Ff", 0)) & (1 << 24) and a.get("/FT") == "/Tx":
                n = a.AP.N
                val = str(a.get("/V", ""))
                n.write(_comb_ap(a, val))
    if not keep_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    pdf.docinfo["/Title"] = title
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
