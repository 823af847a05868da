"""Putting the applicant's answers on the form: typed text, AcroForm fields, or a pen."""

from __future__ import annotations

import io
import unicodedata

import hand
import layout
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from pikepdf import Array, Dictionary, Name, String
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

DPI = 200.0
COMB_SLOTS = ("surname", "usage_name", "given_names", "dob", "nir", "arrival", "postcode")


def px_rect(rect, s=DPI / 72.0):
    x0, y0, x1, y1 = rect
    return (x0 * s, (layout.PAGE_H - y1) * s, x1 * s, (layout.PAGE_H - y0) * s)


# ---------------------------------------------------------------------- typed (on the PDF)
def _typed(c: Canvas, slots: dict, page: int, it: dict) -> None:
    font, size = it["typed_font"], it["typed_size"]
    c.setFillColorRGB(0.05, 0.05, 0.08)
    for name, value in it["typed"].items():
        slot = slots.get(name)
        if not slot or slot["page"] != page or not value:
            continue
        if slot["kind"] == "line":
            x0, y0, x1, _ = slot["rect"]
            fs = size
            while fs > 6 and pdfmetrics.stringWidth(value, font, fs) > x1 - x0 - 4:
                fs -= 0.5
            c.setFont(font, fs)
            c.drawString(x0 + it["typed_dx"], y0 + 2.2, value)
        elif slot["kind"] == "comb":
            cells = slot["cells"]
            h = cells[0][3] - cells[0][1]
            fs = min(size + 1, h * 0.72)
            c.setFont(font, fs)
            if it["typed_comb"] == "cells":
                for ch, (a, b, e, _) in zip(value, cells):
                    c.drawCentredString((a + e) / 2, b + h * 0.25, ch)
            else:  # typed as one run with the "add text" tool, not aligned with the boxes
                run = it["typed_runs"].get(name, value.strip())
                c.drawString(cells[0][0] + 2, cells[0][1] + h * 0.25, run)
    for name in it["typed_ticks"]:
        slot = slots.get(name)
        if not slot or slot["page"] != page:
            continue
        x0, y0, x1, y1 = slot["rect"]
        if it["typed_tickmark"] == "check":
            c.setFont("ZapfDingbats", (y1 - y0) * 1.05)
            c.drawCentredString((x0 + x1) / 2, y0 + 1.0, "4")
        else:
            c.setFont(font, (y1 - y0) * 1.2)
            c.drawCentredString((x0 + x1) / 2, y0 + 0.6, "X")


def build_pdf(it: dict, typed: bool = False, sig_png=None) -> tuple[bytes, dict]:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(layout.PAGE_W, layout.PAGE_H), invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setAuthor("Assurance Maladie")
    c.setSubject("cerfa 15763*02")
    sheet = layout.Sheet(c, it["style"], it["variant"])
    slots: dict = {}
    for page in (1, 2):
        sheet.slots = {}
        sheet.page1() if page == 1 else sheet.page2()
        slots.update(sheet.slots)
        if typed:
            _typed(c, sheet.slots, page, it)
        if page == 2 and sig_png is not None:
            x0, y0, x1, y1 = slots["signature"]["rect"]
            w = (x1 - x0) * it["sig_scale"]
            h = w * sig_png.height / sig_png.width
            if h > (y1 - y0) * 0.85:
                h = (y1 - y0) * 0.85
                w = h * sig_png.width / sig_png.height
            c.drawImage(
                ImageReader(sig_png),
                x0 + (x1 - x0 - w) * it["sig_dx"],
                y0 + (y1 - y0 - h) / 2,
                w,
                h,
                mask="auto",
            )
        c.showPage()
    c.save()
    return buf.getvalue(), slots


# ---------------------------------------------------------------------- AcroForm
_LC = {
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "sex_F": "SexeF",
    "sex_M": "SexeM",
    "dob": "DateNaissance",
    "birth_place": "LieuNaissance",
    "birth_country": "PaysNaissance",
    "nationality": "Nationalite",
    "nir": "NIR",
    "caf": "NumAllocataire",
    "arrival": "DateArrivee",
    "address": "Adresse",
    "address2": "ComplementAdresse",
    "postcode": "CodePostal",
    "city": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "employer": "Employeur",
    "job": "Emploi",
    "other_text": "AutreSituation",
    "place": "FaitA",
    "date": "DateSignature",
    "signature": "Signature",
}
_SIMPLE = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "sex_F": "sexe_f",
    "sex_M": "sexe_m",
    "dob": "date_naissance",
    "birth_place": "commune_naissance",
    "birth_country": "pays_naissance",
    "nationality": "nationalite",
    "nir": "nir",
    "caf": "num_allocataire",
    "arrival": "date_arrivee",
    "address": "adresse",
    "address2": "complement_adresse",
    "postcode": "code_postal",
    "city": "commune",
    "phone": "telephone",
    "email": "email",
    "employer": "employeur",
    "job": "emploi",
    "other_text": "precision_autre",
    "place": "fait_a",
    "date": "date_signature",
    "signature": "signature",
}


def _field_name(scheme: str, slot: str, page: int, part: int | None = None) -> str:
    if scheme == "lc":
        base = _LC.get(slot) or "".join(w.capitalize() for w in slot.split("_"))
        if part is not None:
            base += ("_JJ", "_MM", "_AAAA")[part] if slot in ("dob", "arrival") else f"_{part}"
        return f"topmostSubform[0].Page{page}[0].{base}[0]"
    base = _SIMPLE.get(slot) or slot.replace("sit_", "situation_").replace("ct_", "contrat_")
    return base if part is None else f"{base}_{part + 1}"


def _esc(s: str) -> bytes:
    out = []
    for ch in s:  # WinAnsi has no Vietnamese tones: a viewer falls back to the base letter
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = "".join(c for c in unicodedata.normalize("NFD", ch) if ord(c) < 0x300)
            ch = unicodedata.normalize("NFC", ch) if ch else "?"
        out.append(ch)
    b = "".join(out).encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _tx_ap(pdf, helv, w, h, value, comb_n, fs):
    parts = [b"/Tx BMC q BT", f"/Helv {fs:.1f} Tf 0.05 0.05 0.1 rg".encode()]
    y = (h - fs * 0.72) / 2
    if comb_n:
        cw = w / comb_n
        for i, ch in enumerate(value[:comb_n]):
            x = i * cw + (cw - pdfmetrics.stringWidth(ch, "Helvetica", fs)) / 2
            parts.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm (".encode() + _esc(ch) + b") Tj")
    else:
        parts.append(f"1 0 0 1 2 {y:.2f} Tm (".encode() + _esc(value) + b") Tj")
    parts.append(b"ET Q EMC")
    return pikepdf.Stream(
        pdf,
        b"\n".join(parts),
        Type=Name.XObject,
        Subtype=Name.Form,
        BBox=Array([0, 0, w, h]),
        Resources=Dictionary(Font=Dictionary(Helv=helv)),
    )


def add_acroform(blank: bytes, slots: dict, it: dict) -> bytes:
    """Turn the blank into a filled fillable PDF (values in /V, appearances optional)."""
    pdf = pikepdf.open(io.BytesIO(blank))
    helv = pdf.make_indirect(
        Dictionary(
            Type=Name.Font,
            Subtype=Name.Type1,
            BaseFont=Name.Helvetica,
            Encoding=Name.WinAnsiEncoding,
        )
    )
    zadb = pdf.make_indirect(
        Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.ZapfDingbats)
    )
    scheme, with_ap = it["acro_scheme"], it["acro_ap"]
    values, ticks = it["acro_values"], set(it["acro_ticks"])
    fields = Array()

    def widget(page, rect, extra):
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            Rect=Array(list(rect)),
            F=4,
            P=pdf.pages[page - 1].obj,
            **extra,
        )
        ref = pdf.make_indirect(d)
        annots = pdf.pages[page - 1].obj.get("/Annots")
        if annots is None:
            pdf.pages[page - 1].obj.Annots = Array([ref])
        else:
            annots.append(ref)
        fields.append(ref)

    def text(page, name, rect, value, comb_n=0):
        x0, y0, x1, y1 = rect
        w, h = x1 - x0, y1 - y0
        fs = min(10.0, h * 0.68)
        if not comb_n:
            while fs > 6 and pdfmetrics.stringWidth(value, "Helvetica", fs) > w - 4:
                fs -= 0.5
        extra = dict(
            FT=Name.Tx,
            T=String(name),
            V=String(value),
            DA=String(f"/Helv {fs:.1f} Tf 0 g"),
            MK=Dictionary(),
        )
        if comb_n:
            extra.update(Ff=1 << 24, MaxLen=comb_n)
        if with_ap:
            extra["AP"] = Dictionary(N=_tx_ap(pdf, helv, w, h, value, comb_n, fs))
        widget(page, rect, extra)

    for slot_name, slot in slots.items():
        page, kind = slot["page"], slot["kind"]
        if kind == "tick":
            on = slot_name in ticks
            x0, y0, x1, y1 = slot["rect"]
            s = x1 - x0
            yes = pikepdf.Stream(
                pdf,
                f"q 0 g BT /ZaDb {s * 0.9:.1f} Tf {s * 0.12:.2f} "
                f"{s * 0.16:.2f} Td (4) Tj ET Q".encode(),
                Type=Name.XObject,
                Subtype=Name.Form,
                BBox=Array([0, 0, s, s]),
                Resources=Dictionary(Font=Dictionary(ZaDb=zadb)),
            )
            off = pikepdf.Stream(
                pdf, b"", Type=Name.XObject, Subtype=Name.Form, BBox=Array([0, 0, s, s])
            )
            widget(
                page,
                slot["rect"],
                dict(
                    FT=Name.Btn,
                    T=String(_field_name(scheme, slot_name, page)),
                    V=Name.Yes if on else Name.Off,
                    AS=Name.Yes if on else Name.Off,
                    MK=Dictionary(CA=String("4")),
                    DA=String("/ZaDb 0 Tf 0 g"),
                    AP=Dictionary(N=Dictionary(Yes=yes, Off=off)),
                ),
            )
        elif kind == "comb":
            cells = slot["cells"]
            val = values.get(slot_name, "")
            if slot_name in ("dob", "nir", "arrival"):
                i = 0
                for gi, g in enumerate(slot["groups"]):
                    gc = cells[i : i + g]
                    rect = (gc[0][0], gc[0][1], gc[-1][2], gc[0][3])
                    text(
                        page,
                        _field_name(scheme, slot_name, page, gi),
                        rect,
                        val[i : i + g].strip(),
                        g,
                    )
                    i += g
            else:
                rect = (cells[0][0], cells[0][1], cells[-1][2], cells[0][3])
                text(
                    page, _field_name(scheme, slot_name, page), rect, val[: len(cells)], len(cells)
                )
        elif kind == "line":
            x0, y0, x1, _ = slot["rect"]
            text(
                page,
                _field_name(scheme, slot_name, page),
                (x0, y0 + 0.5, x1, y0 + 13.5),
                values.get(slot_name, ""),
            )
        elif kind == "box" and it.get("sig_field"):
            x0, y0, x1, y1 = slot["rect"]
            text(
                page,
                _field_name(scheme, "signature", page),
                (x0 + 8, y0 + 20, x1 - 8, y0 + 44),
                values.get("signature", ""),
            )
    pdf.Root.AcroForm = Dictionary(
        Fields=fields,
        DA=String("/Helv 0 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=helv, ZaDb=zadb)),
        NeedAppearances=not with_ap,
    )
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def rasterize(pdf_bytes: bytes, forms: bool = False) -> list[np.ndarray]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    if forms:
        pdf.init_forms()
    pages = []
    for i in range(len(pdf)):
        bmp = pdf[i].render(scale=DPI / 72.0, may_draw_forms=forms)
        pages.append(np.array(bmp.to_pil().convert("RGB")))
    pdf.close()
    return pages


# ---------------------------------------------------------------------- pen on paper
def hand_fill(pages: list[np.ndarray], slots: dict, it: dict, rng) -> None:
    """Write it["hand"] values, ticks, place/date and signature on the rasters."""
    pens = {p: hand.Pen(pages[p - 1], rng, it["pen"], it["hand_style"], DPI) for p in (1, 2)}
    pt = pens[1].pt
    for name, value in it["hand_values"].items():
        slot = slots.get(name)
        if not slot or not value:
            continue
        pen = pens[slot["page"]]
        if slot["kind"] == "comb":
            cells = [px_rect(c) for c in slot["cells"]]
            mode = it["dob_mode"] if name in ("dob", "arrival") else it["comb_mode"]
            if mode == "across":
                x0, y0, x1, y1 = cells[0]
                h = y1 - y0
                run = it["hand_runs"].get(name, value)
                span = (cells[-1][2] - x0) * rng.uniform(0.8, 0.97)
                sp = min(2.2, max(0.9, span / max(1.0, pen.text_width(run, h * 0.85))))
                pen.text(x0 + rng.uniform(0, 4), y1 - h * 0.15, run, h * 0.85, spacing=sp)
            else:
                pen.comb(cells, value, rng.uniform(0.78, 0.95))
                if mode == "slashes" and name in ("dob", "arrival"):
                    for a, b in ((1, 2), (3, 4)):
                        xa, ya0, _, ya1 = cells[b]
                        hh = (ya1 - ya0) * 0.7
                        xm = (cells[a][2] + xa) / 2 - pen.text_width("/", hh) / 2
                        pen.text(xm, ya1 - (ya1 - ya0) * 0.15, "/", hh)
        else:
            _line(pen, slot, value, it, rng, strike=(it.get("crossed") or {}).get(name))
    for name in it["hand_ticks"]:
        slot = slots.get(name)
        if slot:
            pens[slot["page"]].tick(px_rect(slot["rect"]), it["tickmark"])
    sig = slots["signature"]
    spen = hand.Pen(pages[1], rng, it["sig_pen"], it["hand_style"], DPI)
    box = px_rect(sig["rect"])
    if it["sign"] == "hand":
        spen.signature(box, it["sig_given"], it["sig_surname"], it["sig_style"])
    elif it["sign"] == "stray":
        x0, y0, x1, y1 = box
        x, y = rng.uniform(x0 + 30, x1 - 60), rng.uniform(y0 + 30, y1 - 25)
        if it["stray_kind"] == "dot":
            spen.dot(x, y, pt(rng.uniform(1.3, 2.4)))
        else:
            d = pt(rng.uniform(4, 7))
            spen.stroke([(x, y), (x + d * 0.35, y + d * 0.45), (x + d, y - d * 0.6)], spen.line_w())
    for p in pens.values():
        p.apply()
    spen.apply()


def _line(pen, slot, value, it, rng, strike=None):
    x0, y0, x1, y1 = px_rect(slot["rect"])
    size = pen.pt(rng.uniform(13.0, 16.0))
    base = y1 - pen.pt(rng.uniform(1.8, 3.6))
    x = x0 + pen.pt(rng.uniform(2, 12))
    if strike:
        wsz = size
        end = pen.text(x, base, strike, wsz)
        pen.strike(x, end, base, wsz, zigzag=it.get("strike_zigzag", False))
        x = end + pen.pt(rng.uniform(6, 10))
    avail = (x1 - x) * 0.9
    wid = pen.text_width(value, size)
    if wid > avail:
        size *= max(0.6, avail / wid)
    pen.text(x, base, value, size)
