"""AcroForm fields added with pikepdf onto the printed pages: text fields (comb fields for
dates, NIR and postcode), checkboxes, with or without appearance streams."""

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfbase import pdfmetrics

# field names of the two runs' fillable PDFs
NAMES_R1 = {
    "nom_naissance": "NomNaissance",
    "nom_usage": "NomUsage",
    "prenoms": "Prenoms",
    "sexe_F": "SexeF",
    "sexe_M": "SexeM",
    "lieu_naissance": "CommuneNaissance",
    "pays_naissance": "PaysNaissance",
    "nationalite": "Nationalite",
    "nir": "NIR",
    "nir_cle": "CleNIR",
    "adresse": "Adresse",
    "code_postal": "CodePostal",
    "commune": "Commune",
    "telephone": "Telephone",
    "email": "Courriel",
    "sit_salarie": "CaseSalarie",
    "sit_independant": "CaseNonSalarie",
    "sit_demandeur": "CaseDemandeurEmploi",
    "sit_etudiant": "CaseEtudiant",
    "sit_sans_activite": "CaseSansActivite",
    "sit_autre": "CaseAutre",
    "ct_cdi": "CaseCDI",
    "ct_cdd": "CaseCDD",
    "ct_interim": "CaseInterim",
    "ct_autre": "CaseAutreContrat",
    "emploi": "EmploiOccupe",
    "autre_precision": "AutrePrecisez",
    "fait_a": "FaitA",
    "le": "DateSignature",
}
DOB_PARTS = ("jour", "mois", "annee")


def field_name(run, key, page, part=None):
    if run == "R1":
        base = NAMES_R1.get(key, key)
        if part:
            base = f"DateNaissance{part.capitalize()}"
        return f"topmostSubform[0].Page{page + 1}[0].{base}[0]"
    name = f"{key}_{part}" if part else key
    return ("chk_" if key.startswith(("sit_", "sexe_", "ct_")) else "txt_") + name


def _esc(text):
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text_ap(pdf, rect, text, size, comb_n, helv):
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    ops = [b"/Tx BMC q 1 1 %.2f %.2f re W n BT" % (w - 2, h - 2)]
    ty = (h - size * 0.7) / 2
    if comb_n:
        cw = w / comb_n
        for i, ch in enumerate(text[:comb_n]):
            gx = i * cw + (cw - pdfmetrics.stringWidth(ch, "Helvetica", size)) / 2
            ops.append(b"/Helv %.1f Tf 0 g 1 0 0 1 %.2f %.2f Tm (%s) Tj" % (size, gx, ty, _esc(ch)))
    else:
        ops.append(b"/Helv %.1f Tf 0 g 1 0 0 1 2 %.2f Tm (%s) Tj" % (size, ty, _esc(text)))
    ops.append(b"ET Q EMC")
    res = Dictionary(Font=Dictionary(Helv=helv))
    return pdf.make_stream(
        b"\n".join(ops),
        Type=Name.XObject,
        Subtype=Name.Form,
        BBox=Array([0, 0, w, h]),
        Resources=res,
    )


def _check_ap(pdf, rect, style, zadb):
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    size = h * 0.85
    char = b"8" if style == "cross" else b"4"
    on = b"q BT /ZaDb %.2f Tf 0 g 1 0 0 1 %.2f %.2f Tm (%s) Tj ET Q" % (
        size,
        w * 0.16,
        h * 0.18,
        char,
    )
    mk = {"Type": Name.XObject, "Subtype": Name.Form, "BBox": Array([0, 0, w, h])}
    res = Dictionary(Font=Dictionary(ZaDb=zadb))
    return (pdf.make_stream(on, Resources=res, **mk), pdf.make_stream(b"", **mk))


def add_fields(pdf_bytes, run, slots, values, ticks, appearances=True, style="check", skip=()):
    """Return the PDF with AcroForm fields holding values/ticks. Keys in skip stay empty."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
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
    for key, slot in slots.items():
        if slot.kind == "sig":
            continue
        page = pdf.pages[slot.page]
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        widgets = []
        if slot.kind == "tick":
            x, y, w, h = slot.rect
            rect = [x, y, x + w, y + h]
            on = key in ticks and key not in skip
            state = Name("/Oui") if on else Name.Off
            wd = Dictionary(
                Type=Name.Annot,
                Subtype=Name.Widget,
                FT=Name.Btn,
                F=4,
                T=String(field_name(run, key, slot.page)),
                Rect=Array(rect),
                V=state,
                AS=state,
                DA=String("/ZaDb 0 Tf 0 g"),
                MK=Dictionary(CA=String("8" if style == "cross" else "4")),
            )
            if appearances:
                ap_on, ap_off = _check_ap(pdf, rect, style, zadb)
                wd.AP = Dictionary(N=Dictionary(Oui=ap_on, Off=ap_off))
            widgets.append(wd)
        else:
            text = "" if key in skip else (values.get(key) or "")
            parts = [(None, g) for g in slot.groups] if slot.kind == "comb" else [(None, None)]
            if key == "date_naissance":
                parts = list(zip(DOB_PARTS, slot.groups))
            pos = 0
            for part, g in parts:
                if g:
                    gx, gy, cw, gh, n = g
                    rect = [gx, gy, gx + cw * n, gy + gh]
                    chunk, pos = text[pos : pos + n], pos + n
                else:
                    x, y, w, h = slot.rect
                    rect = [x, y, x + w, y + h]
                    chunk, n = text, None
                size = 10.0 if not n else min(11.0, (rect[3] - rect[1]) * 0.62)
                if not n:
                    tw = pdfmetrics.stringWidth(chunk, "Helvetica", size)
                    if tw > rect[2] - rect[0] - 5:
                        size = max(6.0, size * (rect[2] - rect[0] - 5) / tw)
                wd = Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Widget,
                    FT=Name.Tx,
                    F=4,
                    T=String(field_name(run, key, slot.page, part)),
                    Rect=Array(rect),
                    DA=String(f"/Helv {size:.1f} Tf 0 g"),
                )
                if chunk:
                    wd.V = String(chunk)
                if n:
                    wd.MaxLen = n
                    wd.Ff = (1 << 24) | (1 << 23)
                if appearances:
                    wd.AP = Dictionary(N=_text_ap(pdf, rect, chunk, size, n, helv))
                widgets.append(wd)
        for wd in widgets:
            wd.P = page.obj
            ind = pdf.make_indirect(wd)
            page.obj.Annots.append(ind)
            fields.append(ind)
    pdf.Root.AcroForm = Dictionary(
        Fields=fields,
        DA=String("/Helv 0 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=helv, ZaDb=zadb)),
    )
    if not appearances:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
