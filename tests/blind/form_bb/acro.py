"""AcroForm fields added to a drawn form with pikepdf: text, comb and check box widgets.

Appearance streams are written by hand (Helvetica, WinAnsi) so comb fields lay out one
character per cell; `with_ap=False` leaves them out and sets /NeedAppearances instead.
"""

from __future__ import annotations

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from degrade import set_info
from layout import Box, Comb, Slot

COMB = 1 << 24
DONOTSPELL = 1 << 22


def _pdf_str(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _stream(pdf, w, h, content: bytes, font_ref, font_name="Helv"):
    st = pikepdf.Stream(pdf, content)
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array([0, 0, w, h])
    st.Resources = Dictionary(Font=Dictionary({"/" + font_name: font_ref}))
    return pdf.make_indirect(st)


def _text_ap(text, w, h, size, cells=0):
    parts = [b"/Tx BMC q BT /Helv ", b"%.1f Tf 0 g " % size]
    base = max(2.0, (h - size * 0.72) / 2)
    if cells:
        cw = w / cells
        for i, ch in enumerate(text[:cells]):
            gx = i * cw + (cw - stringWidth(ch, "Helvetica", size)) / 2
            parts.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj " % (gx, base, _pdf_str(ch)))
    else:
        parts.append(b"1 0 0 1 2 %.2f Tm (%s) Tj " % (base, _pdf_str(text)))
    parts.append(b"ET Q EMC")
    return b"".join(parts)


def field_specs(anchors: dict, values: dict, names: dict) -> list:
    """Widgets for every anchor that has a field name: (page, name, kind, rect, value, n)."""
    specs = []
    for key, name in names.items():
        a = anchors.get(key)
        if a is None:
            continue

        v = values.get(key)
        if isinstance(a, Box):
            specs.append((a.page, name, "check", (a.x, a.y, a.x + a.s, a.y + a.s), bool(v), 0))
        elif isinstance(a, Slot):
            rect = (a.x - 2, a.y - 4, a.x + a.w, a.y + a.h)
            specs.append((a.page, name, "text", rect, v or "", 0))
        elif isinstance(a, Comb):
            text = (v or "").ljust(sum(len(g) for g in a.groups))
            pos = 0
            gnames = name if isinstance(name, list) else [name]
            for g, gname in zip(a.groups, gnames, strict=False):
                x0, y0 = g[0][0], g[0][1]
                x1, y1 = g[-1][0] + g[-1][2], g[0][1] + g[0][3]
                part = text[pos : pos + len(g)].rstrip()
                specs.append((a.page, gname, "comb", (x0, y0, x1, y1), part, len(g)))
                pos += len(g)
    return specs


def add_fields(src, dst, specs, page_order, with_ap=True, size=10.0, producer=None, when=None):
    """Add widgets to the PDF; page_order maps file page index -> logical page (1/2)."""
    pdf = pikepdf.open(src)
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
    fields = Array()
    for logical, name, kind, rect, value, cells in specs:
        if logical not in page_order:
            continue
        page = pdf.pages[page_order.index(logical)]
        x0, y0, x1, y1 = rect
        w, h = x1 - x0, y1 - y0
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            T=String(name),
            Rect=Array([round(v, 2) for v in rect]),
            F=4,
            P=page.obj,
            MK=Dictionary(),
        )
        if kind == "check":
            on = Name.Yes if value else Name.Off
            d.FT, d.V, d.AS = Name.Btn, on, on
            d.DA = String("/ZaDb 0 Tf 0 g")
            d.MK = Dictionary(CA=String("8"))
            if with_ap:
                s = w * 0.85
                yes = b"q 0 g BT /ZaDb %.1f Tf %.2f %.2f Td (8) Tj ET Q" % (s, w * 0.14, h * 0.18)
                d.AP = Dictionary(
                    N=Dictionary(
                        Yes=_stream(pdf, w, h, yes, zadb, "ZaDb"),
                        Off=_stream(pdf, w, h, b"", zadb, "ZaDb"),
                    )
                )
        else:
            d.FT = Name.Tx
            d.V = String(value)
            d.DA = String("/Helv %.0f Tf 0 g" % size)
            if kind == "comb":
                d.Ff = COMB | DONOTSPELL
                d.MaxLen = cells
            if with_ap:
                fs = size if kind == "text" else min(size + 1, h * 0.75)
                if kind == "text":
                    tw = stringWidth(value, "Helvetica", fs)
                    fs = fs if tw < w - 4 else fs * (w - 4) / tw
                ap = _text_ap(value, w, h, fs, cells)
                d.AP = Dictionary(N=_stream(pdf, w, h, ap, helv))
        ref = pdf.make_indirect(d)
        if Name.Annots not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(ref)
        fields.append(ref)
    pdf.Root.AcroForm = Dictionary(
        Fields=fields,
        DR=Dictionary(Font=Dictionary(Helv=helv, ZaDb=zadb)),
        DA=String("/Helv 0 Tf 0 g"),
    )
    if not with_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    set_info(pdf, None, Producer=producer or "Adobe PDF Library 17.11")
    pdf.docinfo["/CreationDate"] = "D:20230914103512+02'00'"
    if when:
        pdf.docinfo["/ModDate"] = when
    pdf.save(dst, deterministic_id=True)
