"""The fillable version of a print run: AcroForm text fields and check boxes added with pikepdf,
with or without appearance streams, and an optional pasted signature image."""

from __future__ import annotations

import io
import zlib

import numpy as np
import pikepdf
from layouts import Run
from PIL import Image
from reportlab.pdfbase.pdfmetrics import stringWidth

COMB = 1 << 24
SUFFIX_DATE = ["_JJ", "_MM", "_AAAA"]


def _esc(s: str) -> bytes:
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _font_res(pdf):
    helv = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    zadb = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.ZapfDingbats
        )
    )
    return helv, zadb


def _text_ap(pdf, helv, w, h, value, size, comb_n=0):
    ops = [
        b"/Tx BMC",
        b"q",
        b"1 1 %.2f %.2f re W n" % (w - 2, h - 2),
        b"BT",
        b"/Helv %.1f Tf 0 g" % size,
    ]
    ybase = (h - size * 0.72) / 2
    if comb_n:
        cw = w / comb_n
        for i, ch in enumerate(value[:comb_n]):
            if ch == " ":
                continue
            x = i * cw + (cw - stringWidth(ch, "Helvetica", size)) / 2
            ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, ybase, _esc(ch)))
    else:
        ops.append(b"1 0 0 1 2 %.2f Tm (%s) Tj" % (ybase, _esc(value)))
    ops += [b"ET", b"Q", b"EMC"]
    st = pikepdf.Stream(pdf, b"\n".join(ops))
    st.Type = pikepdf.Name.XObject
    st.Subtype = pikepdf.Name.Form
    st.BBox = pikepdf.Array([0, 0, round(w, 2), round(h, 2)])
    st.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))
    return st


def _check_ap(pdf, zadb, s, on: bool, glyph: str):
    if on:
        size = s * 0.8
        body = b"q BT 0 g /ZaDb %.1f Tf %.2f %.2f Td (%s) Tj ET Q" % (
            size,
            s * 0.14,
            s * 0.2,
            glyph.encode(),
        )
    else:
        body = b""
    st = pikepdf.Stream(pdf, body)
    st.Type = pikepdf.Name.XObject
    st.Subtype = pikepdf.Name.Form
    st.BBox = pikepdf.Array([0, 0, round(s, 2), round(s, 2)])
    st.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(ZaDb=zadb))
    return st


def _image_xobject(pdf, img: Image.Image):
    if img.mode == "RGBA":
        arr = np.asarray(img)
        rgb, alpha = arr[..., :3], arr[..., 3]
    else:
        rgb, alpha = np.asarray(img.convert("RGB")), None
    h, w = rgb.shape[:2]
    xo = pikepdf.Stream(pdf, zlib.compress(rgb.tobytes(), 6))
    xo.Type = pikepdf.Name.XObject
    xo.Subtype = pikepdf.Name.Image
    xo.Width, xo.Height = w, h
    xo.ColorSpace = pikepdf.Name.DeviceRGB
    xo.BitsPerComponent = 8
    xo.Filter = pikepdf.Name.FlateDecode
    if alpha is not None:
        sm = pikepdf.Stream(pdf, zlib.compress(alpha.tobytes(), 6))
        sm.Type = pikepdf.Name.XObject
        sm.Subtype = pikepdf.Name.Image
        sm.Width, sm.Height = w, h
        sm.ColorSpace = pikepdf.Name.DeviceGray
        sm.BitsPerComponent = 8
        sm.Filter = pikepdf.Name.FlateDecode
        xo.SMask = sm
    return xo


def build(
    run: Run,
    values: dict,
    ticks: set,
    pages: list[int],
    with_ap: bool = True,
    sig_img: Image.Image | None = None,
    sig_rect=None,
    check_glyph: str = "4",
    size: float = 10.0,
) -> bytes:
    """values: geo key -> string (comb groups are given as a list of strings per group)."""
    pdf = pikepdf.open(io.BytesIO(run.pdf))
    # keep / reorder pages: build the new order from the originals
    orig = [pdf.pages[0], pdf.pages[1]]
    page_objs = {1: orig[0], 2: orig[1]}
    helv, zadb = _font_res(pdf)
    fields = pikepdf.Array()
    annots = {1: pikepdf.Array(), 2: pikepdf.Array()}

    def add_widget(pno, d):
        d.Type = pikepdf.Name.Annot
        d.Subtype = pikepdf.Name.Widget
        d.F = 4
        d.P = page_objs[pno].obj
        ind = pdf.make_indirect(d)
        annots[pno].append(ind)
        fields.append(ind)

    for key, g in run.geo.items():
        if g.kind in ("none", "sig"):
            continue
        if g.page not in pages:
            continue
        if g.kind == "tick":
            on = key in ticks
            d = pikepdf.Dictionary(
                FT=pikepdf.Name.Btn,
                T=pikepdf.String(g.acro),
                Rect=pikepdf.Array([round(v, 2) for v in (g.x, g.y, g.x + g.w, g.y + g.h)]),
                V=pikepdf.Name.Yes if on else pikepdf.Name.Off,
                AS=pikepdf.Name.Yes if on else pikepdf.Name.Off,
                DA=pikepdf.String("/ZaDb 0 Tf 0 g"),
                MK=pikepdf.Dictionary(CA=pikepdf.String(check_glyph)),
            )
            d.AP = pikepdf.Dictionary(
                N=pikepdf.Dictionary(
                    Yes=pdf.make_indirect(_check_ap(pdf, zadb, g.w, True, check_glyph)),
                    Off=pdf.make_indirect(_check_ap(pdf, zadb, g.w, False, check_glyph)),
                )
            )
            add_widget(g.page, d)
            continue
        val = values.get(key)
        parts = []
        if g.kind == "comb" and len(g.groups) > 1:
            if g.groups == [2, 2, 4]:
                suff = SUFFIX_DATE
            elif key == "phone":
                suff = ["_%d" % (i + 1) for i in range(len(g.groups))]
            else:
                suff = ["", "_Cle"]
            idx = 0
            vals = val if isinstance(val, list) else [None] * len(g.groups)
            for gi, n in enumerate(g.groups):
                cells = g.cells[idx : idx + n]
                idx += n
                x0, y0 = cells[0][0], cells[0][1]
                w = cells[-1][0] + cells[-1][2] - x0
                parts.append(
                    (g.acro + suff[gi], (x0, y0, w, g.h), vals[gi] if gi < len(vals) else None, n)
                )
        elif g.kind == "comb":
            v = val[0] if isinstance(val, list) else val
            parts.append((g.acro, (g.x, g.y, g.w, g.h), v, len(g.cells)))
        else:
            v = " ".join(val) if isinstance(val, list) else val
            if g.kind == "line":
                rect = (g.x, g.y - 1.5, g.w, g.h)
            else:
                rect = (g.x, g.y, g.w, g.h)
            parts.append((g.acro, rect, v, 0))
        for name, (x, y, w, h), v, comb_n in parts:
            d = pikepdf.Dictionary(
                FT=pikepdf.Name.Tx,
                T=pikepdf.String(name),
                Rect=pikepdf.Array([round(x, 2), round(y, 2), round(x + w, 2), round(y + h, 2)]),
            )
            fs = size
            if v:
                d.V = pikepdf.String(v)
                if not comb_n:
                    while fs > 6 and stringWidth(v, "Helvetica", fs) > w - 4:
                        fs -= 0.5
            d.DA = pikepdf.String("/Helv %g Tf 0 g" % fs)
            if comb_n:
                d.Ff = COMB
                d.MaxLen = comb_n
            if with_ap:
                d.AP = pikepdf.Dictionary(
                    N=pdf.make_indirect(_text_ap(pdf, helv, w, h, v or "", fs, comb_n))
                )
            add_widget(g.page, d)
    for pno in (1, 2):
        if len(annots[pno]):
            page_objs[pno].obj.Annots = annots[pno]
    if sig_img is not None and 2 in pages:
        x, y, w, h = sig_rect
        xo = pdf.make_indirect(_image_xobject(pdf, sig_img))
        pg = page_objs[2]
        res = pg.obj.Resources
        if "/XObject" not in res:
            res.XObject = pikepdf.Dictionary()
        res.XObject.SigImg = xo
        pg.contents_add(
            pikepdf.Stream(pdf, b"q %.2f 0 0 %.2f %.2f %.2f cm /SigImg Do Q" % (w, h, x, y)),
            prepend=False,
        )
    pdf.Root.AcroForm = pikepdf.Dictionary(
        Fields=fields,
        DA=pikepdf.String("/Helv 0 Tf 0 g"),
        DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv, ZaDb=zadb)),
    )
    if not with_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    # page selection and order
    keep = [page_objs[p] for p in pages]
    if pages == [2, 1]:
        pdf.pages.reverse()
    elif len(pages) == 1:
        drop = 1 if pages[0] == 1 else 0
        del pdf.pages[drop]
    del keep
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()
