"""AcroForm fields (text, comb text, check boxes) added with pikepdf over a drawn form."""

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfbase.pdfmetrics import stringWidth

COMB = 1 << 24


def _enc(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def _text_ap(pdf, font, rect, value, size, cells=None):
    x, y, w, h = rect
    ops = [b"/Tx BMC", b"q", b"BT", b"/Helv %.1f Tf" % size, b"0 0 0.2 rg"]
    if cells:
        for (cx, _cy, cw, ch), c in zip(cells, value, strict=False):
            if c == " ":
                continue
            tw = stringWidth(c, "Helvetica", size)
            ops.append(b"1 0 0 1 %.2f %.2f Tm" % (cx - x + (cw - tw) / 2, (ch - size * 0.7) / 2))
            ops.append(b"(" + _enc(c) + b") Tj")
    else:
        ops.append(b"1 0 0 1 2 %.2f Tm" % ((h - size * 0.7) / 2))
        ops.append(b"(" + _enc(value) + b") Tj")
    ops += [b"ET", b"Q", b"EMC"]
    st = pikepdf.Stream(pdf, b"\n".join(ops))
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array([0, 0, w, h])
    st.Resources = Dictionary(Font=Dictionary(Helv=font))
    return st


def _check_ap(pdf, w, h, on):
    if on:  # a check mark drawn as a path
        body = b"q 0 0 0.2 RG 1.3 w 1 J 1 j %.2f %.2f m %.2f %.2f l %.2f %.2f l S Q" % (
            w * 0.2,
            h * 0.5,
            w * 0.42,
            h * 0.2,
            w * 0.82,
            h * 0.85,
        )
    else:
        body = b""
    st = pikepdf.Stream(pdf, body)
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array([0, 0, w, h])
    return st


def add_fields(path_in, path_out, fields, with_ap=True):
    """fields: list of dicts {page, name, kind: text|comb|check, rect, value, cells, size}."""
    pdf = pikepdf.open(path_in)
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
    all_fields = Array()
    for f in fields:
        page = pdf.pages[f["page"]]
        x, y, w, h = f["rect"]
        d = Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            Rect=Array([x, y, x + w, y + h]),
            F=4,
            P=page.obj,
            T=String(f["name"]),
        )
        if f["kind"] == "check":
            on = bool(f["value"])
            d.FT = Name.Btn
            d.V = Name.Oui if on else Name.Off
            d.AS = Name.Oui if on else Name.Off
            d.DA = String("/ZaDb 0 Tf 0 g")
            d.MK = Dictionary(CA=String("4"))
            # check boxes keep their on/off appearances in every case
            d.AP = Dictionary(
                N=Dictionary(Oui=_check_ap(pdf, w, h, True), Off=_check_ap(pdf, w, h, False))
            )
        else:
            size = f.get("size", 9)
            d.FT = Name.Tx
            d.DA = String(f"/Helv {size} Tf 0 0 0.2 rg")
            d.V = String(f["value"])
            if f["kind"] == "comb":
                d.Ff = COMB
                d.MaxLen = len(f["cells"])
            if with_ap and f["value"]:
                d.AP = Dictionary(
                    N=_text_ap(pdf, helv, f["rect"], f["value"], size, f.get("cells"))
                )
        ref = pdf.make_indirect(d)
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        page.obj.Annots.append(ref)
        all_fields.append(ref)
    pdf.Root.AcroForm = Dictionary(
        Fields=all_fields,
        DA=String("/Helv 0 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=helv, ZaDb=zadb)),
    )
    if not with_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    pdf.docinfo = pdf.make_indirect(
        Dictionary(
            Title=String("Demande d'ouverture des droits - S1106"),
            Producer=String("cerfa 15763*02"),
        )
    )
    pdf.save(path_out, static_id=True)
