"""AcroForm fields added with pikepdf over the reportlab layout (comb fields, checkboxes,
appearance streams written here, or left out with /NeedAppearances)."""

import io

import pikepdf
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from layout import PAGE_H

NAMES = {
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "sex_F": "Sexe_F",
    "sex_M": "Sexe_M",
    "dob": "DateNaissance",
    "birth_city": "LieuNaiss_Commune",
    "birth_country": "LieuNaiss_Pays",
    "nationality": "Nationalite",
    "caf": "NumAllocataire",
    "nir": "NIR",
    "address": "Adresse",
    "address2": "Adresse_Suite",
    "postcode": "CodePostal",
    "city": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "job": "EmploiOccupe",
    "autre_txt": "AutreSituation_Precisez",
    "place": "FaitA",
    "date": "FaitLe",
    "sit_salarie": "Sit_Salarie",
    "sit_independant": "Sit_NonSalarie",
    "sit_demandeur_emploi": "Sit_DemandeurEmploi",
    "sit_etudiant": "Sit_Etudiant",
    "sit_sans_activite": "Sit_SansActivite",
    "sit_autre": "Sit_Autre",
    "ct_CDI": "Contrat_CDI",
    "ct_CDD": "Contrat_CDD",
    "ct_interim": "Contrat_Interim",
    "ct_autre_contrat": "Contrat_Autre",
}
INK = b"0 0 0.35 rg"


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _groups(cells):
    out = [[cells[0]]]
    for c in cells[1:]:
        prev = out[-1][-1]
        if abs(c[0] - (prev[0] + prev[2])) < 0.05:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _rect(r):
    x, y, w, h = r
    return [x * mm, (PAGE_H - y - h) * mm, (x + w) * mm, (PAGE_H - y) * mm]


def add_fields(pdf_bytes, geos, values, with_ap=True):
    """geos: [geo_page1, geo_page2]; values: geo name -> str (text) or bool (check)."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
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
    res = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv))
    fields = []

    def stream(content, w, h, resources=True):
        s = pikepdf.Stream(pdf, content)
        s.Type = pikepdf.Name.XObject
        s.Subtype = pikepdf.Name.Form
        s.BBox = [0, 0, w, h]
        if resources:
            s.Resources = res
        return pdf.make_indirect(s)

    def text_widget(page, name, rect, value, comb=0, size=None):
        r = _rect(rect)
        w, h = r[2] - r[0], r[3] - r[1]
        fs = size or min(10.0, h * 0.62)
        d = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Tx,
            T=pikepdf.String(name),
            Rect=r,
            F=4,
            P=page.obj,
            DA=pikepdf.String(f"/Helv {fs:.1f} Tf 0 0 0.35 rg"),
            MK=pikepdf.Dictionary(),
        )
        if comb:
            d.Ff = 1 << 24
            d.MaxLen = comb
        if value:
            d.V = pikepdf.String(value)
        if with_ap:
            if value and not comb:
                while stringWidth(value, "Helvetica", fs) > w - 4 and fs > 5:
                    fs -= 0.5
            body = b"/Tx BMC q BT /Helv %.1f Tf " % fs + INK + b" "
            ty = (h - fs * 0.7) / 2
            if comb:
                cw = w / comb
                for i, ch in enumerate(value or ""):
                    tx = i * cw + (cw - stringWidth(ch, "Helvetica", fs)) / 2
                    body += b"1 0 0 1 %.2f %.2f Tm %s Tj " % (tx, ty, _pdfstr(ch))
            elif value:
                body += b"1 0 0 1 2 %.2f Tm %s Tj " % (ty, _pdfstr(value))
            body += b"ET Q EMC"
            d.AP = pikepdf.Dictionary(N=stream(body, w, h))
        return d

    def check_widget(page, name, rect, on):
        r = _rect(rect)
        w, h = r[2] - r[0], r[3] - r[1]
        d = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Btn,
            T=pikepdf.String(name),
            Rect=r,
            F=4,
            P=page.obj,
            DA=pikepdf.String("/ZaDb 0 Tf 0 g"),
            MK=pikepdf.Dictionary(CA=pikepdf.String("8")),
            V=pikepdf.Name.Oui if on else pikepdf.Name.Off,
            AS=pikepdf.Name.Oui if on else pikepdf.Name.Off,
        )
        if with_ap:
            p = 0.22
            cross = b"q 0 0 0.35 RG 1.1 w %.2f %.2f m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S Q" % (
                w * p,
                h * p,
                w * (1 - p),
                h * (1 - p),
                w * p,
                h * (1 - p),
                w * (1 - p),
                h * p,
            )
            d.AP = pikepdf.Dictionary(
                N=pikepdf.Dictionary(Oui=stream(cross, w, h, False), Off=stream(b"", w, h, False))
            )
        return d

    for pno, geo in enumerate(geos):
        page = pdf.pages[pno]
        annots = []
        for key, g in geo.items():
            base = NAMES.get(key)
            if base is None:
                continue
            v = values.get(key)
            if g["kind"] == "check":
                annots.append(check_widget(page, base, g["rect"], bool(v)))
            elif g["kind"] == "cells":
                groups = _groups(g["cells"])
                raw = v or ""
                if key not in ("surname", "usage_name", "given_names"):
                    raw = raw.replace(" ", "")
                pos = 0
                for i, grp in enumerate(groups):
                    name = base if len(groups) == 1 else f"{base}_{i + 1}"
                    chunk = raw[pos : pos + len(grp)]
                    pos += len(grp)
                    x, y, _, h = grp[0]
                    wtot = sum(c[2] for c in grp)
                    annots.append(text_widget(page, name, (x, y, wtot, h), chunk, len(grp)))
            else:
                annots.append(text_widget(page, base, g["rect"], v or ""))
        refs = [pdf.make_indirect(a) for a in annots]
        page.obj.Annots = pikepdf.Array(refs)
        fields.extend(refs)
    pdf.Root.AcroForm = pikepdf.Dictionary(
        Fields=pikepdf.Array(fields),
        DA=pikepdf.String("/Helv 0 Tf 0 g"),
        DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv, ZaDb=zadb)),
    )
    if not with_ap:
        pdf.Root.AcroForm.NeedAppearances = True
    pdf.docinfo["/Title"] = "Demande d'ouverture des droits à l'assurance maladie"
    pdf.docinfo["/Subject"] = "cerfa 15763*02 - S1106"
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
