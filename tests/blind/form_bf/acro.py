"""Turn a drawn print run into a fillable PDF (AcroForm) with pikepdf, optionally filled.

Text fields carry /V; appearance streams are written (Helvetica, WinAnsi) unless
``appearances=False``, in which case /NeedAppearances is set, as some PDF tools leave it.
"""

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from texts import SITUATION_KEYS

R1_NAMES = {
    "surname": "nom_naissance",
    "usage_name": "nom_usage",
    "given_names": "prenoms",
    "sex_F": "sexe_F",
    "sex_M": "sexe_M",
    "dob": ["date_naissance_jj", "date_naissance_mm", "date_naissance_aaaa"],
    "birth_city": "lieu_naissance_commune",
    "birth_country": "lieu_naissance_pays",
    "nationality": "nationalite",
    "nir13": ["nir_%d" % i for i in range(1, 7)],
    "nir_key": "nir_cle",
    "caf": "num_allocataire_caf",
    "address": "adresse",
    "postcode": "code_postal",
    "city": "commune",
    "phone": "telephone",
    "email": "courriel",
    "sit_salarie": "situation_salarie",
    "job_title": "emploi_occupe",
    "ct_cdi": "contrat_cdi",
    "ct_cdd": "contrat_cdd",
    "ct_interim": "contrat_interim",
    "ct_autre": "contrat_autre",
    "sit_independant": "situation_independant",
    "sit_demandeur_emploi": "situation_demandeur_emploi",
    "sit_etudiant": "situation_etudiant",
    "sit_sans_activite": "situation_sans_activite",
    "sit_autre": "situation_autre",
    "autre_text": "situation_autre_precision",
    "place": "fait_a",
    "date": "date_signature",
}
R3_NAMES = {
    "surname": "A_NomNaissance",
    "usage_name": "A_NomUsage",
    "given_names": "A_Prenoms",
    "sex_F": "A_Sexe_F",
    "sex_M": "A_Sexe_M",
    "dob": ["A_DateNaiss_J", "A_DateNaiss_M", "A_DateNaiss_A"],
    "birth_city": "A_LieuNaiss",
    "birth_country": "A_PaysNaiss",
    "nationality": "A_Nationalite",
    "nir13": ["A_NIR_%d" % i for i in range(1, 7)],
    "nir_key": "A_NIR_Cle",
    "caf": "A_NumCAF",
    "address": "A_Adresse",
    "postcode": "A_CP",
    "city": "A_Commune",
    "phone": "A_Tel",
    "email": "A_Mel",
    "sit_salarie": "B_Salarie",
    "job_title": "B_Emploi",
    "ct_cdi": "B_CDI",
    "ct_cdd": "B_CDD",
    "ct_interim": "B_Interim",
    "ct_autre": "B_ContratAutre",
    "sit_independant": "B_Independant",
    "sit_demandeur_emploi": "B_DemandeurEmploi",
    "sit_etudiant": "B_Etudiant",
    "sit_sans_activite": "B_SansActivite",
    "sit_autre": "B_Autre",
    "autre_text": "B_AutrePrecision",
    "place": "C_FaitA",
    "date": "C_Le",
}
CHECK_KEYS = {"sex_F", "sex_M", "ct_cdi", "ct_cdd", "ct_interim", "ct_autre", *SITUATION_KEYS}
GEO_ORDER = [
    "surname",
    "usage_name",
    "given_names",
    "sex_F",
    "sex_M",
    "dob",
    "birth_city",
    "birth_country",
    "nationality",
    "nir13",
    "nir_key",
    "caf",
    "address",
    "postcode",
    "city",
    "phone",
    "email",
    "sit_salarie",
    "job_title",
    "contract_text",
    "ct_cdi",
    "ct_cdd",
    "ct_interim",
    "ct_autre",
    "sit_independant",
    "sit_demandeur_emploi",
    "sit_etudiant",
    "sit_sans_activite",
    "sit_autre",
    "autre_text",
    "place",
    "date",
    "date_comb",
]


def field_names(run, geo):
    """geo key -> field name (or list of names, one per comb group)."""
    if run == "R1":
        return dict(R1_NAMES)
    if run == "R3":
        return dict(R3_NAMES)
    # R2: names given by a PDF editor's automatic field detection.
    out = {}
    t = c = 0
    for key in GEO_ORDER:
        if key not in geo:
            continue
        g = geo[key]
        if key in CHECK_KEYS:
            c += 1
            out[key] = "Case à cocher %d" % c
        elif g["kind"] == "comb" and len(g.get("groups", [1])) > 1:
            names = []
            for _ in g["groups"]:
                t += 1
                names.append("Zone de texte %d" % t)
            out[key] = names
        else:
            t += 1
            out[key] = "Zone de texte %d" % t
    return out


def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text_ap(pdf, w, h, value, comb_n, font_ref, size):
    parts = [b"/Tx BMC q BT", b"/Helv %.1f Tf 0 0 0 rg" % size]
    base = max(1.0, (h - size * 0.72) / 2)
    if comb_n:
        cw = w / comb_n
        for i, ch in enumerate(value[:comb_n]):
            est = size * (0.6 if ch.isupper() or ch.isdigit() else 0.5)
            x = i * cw + (cw - est) / 2
            parts.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, base, _pdf_str(ch)))
    else:
        parts.append(b"1 0 0 1 2 %.2f Tm (%s) Tj" % (base, _pdf_str(value)))
    parts.append(b"ET Q EMC")
    stream = pikepdf.Stream(pdf, b"\n".join(parts))
    stream.Type = Name.XObject
    stream.Subtype = Name.Form
    stream.BBox = Array([0, 0, w, h])
    stream.Resources = Dictionary(Font=Dictionary(Helv=font_ref))
    return pdf.make_indirect(stream)


def _check_ap(pdf, w, h, on, zadb_ref, char):
    if on:
        size = min(w, h) * 0.85
        content = b"q BT /ZaDb %.2f Tf 0 0 0 rg 1 0 0 1 %.2f %.2f Tm (%s) Tj ET Q" % (
            size,
            (w - size * 0.8) / 2,
            (h - size * 0.7) / 2,
            char.encode(),
        )
    else:
        content = b""
    stream = pikepdf.Stream(pdf, content)
    stream.Type = Name.XObject
    stream.Subtype = Name.Form
    stream.BBox = Array([0, 0, w, h])
    stream.Resources = Dictionary(Font=Dictionary(ZaDb=zadb_ref))
    return pdf.make_indirect(stream)


def make_acroform(src, dst, run, geo, values, checks, appearances=True, check_char="4"):
    """values: geo key -> text (comb groups concatenated); checks: set of geo keys ticked."""
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
    names = field_names(run, geo)
    fields = Array()
    for key in GEO_ORDER:
        if key not in geo or key not in names and key not in ("contract_text", "date_comb"):
            continue
        g = geo[key]
        page = pdf.pages[g["page"]]
        if "/Annots" not in page.obj:
            page.obj.Annots = Array()
        name = names.get(key) or {"contract_text": "type_contrat", "date_comb": "date"}[key]
        if key in CHECK_KEYS:
            x, y, w, h = g["rects"][0]
            on = key in checks
            ap = Dictionary(
                N=Dictionary(
                    Yes=_check_ap(pdf, w, h, True, zadb, check_char),
                    Off=_check_ap(pdf, w, h, False, zadb, check_char),
                )
            )
            annot = Dictionary(
                Type=Name.Annot,
                Subtype=Name.Widget,
                FT=Name.Btn,
                T=String(name),
                Rect=Array([x, y, x + w, y + h]),
                F=4,
                P=page.obj,
                DA=String("/ZaDb 0 Tf 0 g"),
                MK=Dictionary(CA=String(check_char)),
                V=Name.Yes if on else Name.Off,
                AS=Name.Yes if on else Name.Off,
                AP=ap,
            )
            annot = pdf.make_indirect(annot)
            page.obj.Annots.append(annot)
            fields.append(annot)
            continue
        value = values.get(key, "")
        rects = g["rects"]
        if g["kind"] == "comb":
            groups = g.get("groups") or [len(rects)]
            gnames = name if isinstance(name, list) else [name]
            if len(gnames) != len(groups):
                gnames = ["%s_%d" % (gnames[0], i + 1) for i in range(len(groups))]
            spans = []
            i = 0
            for gsize in groups:
                spans.append((rects[i : i + gsize], value[i : i + gsize]))
                i += gsize
            for (grects, gval), gname in zip(spans, gnames, strict=True):
                x, y = grects[0][0], grects[0][1]
                w = grects[-1][0] + grects[-1][2] - x
                h = grects[0][3]
                fields.append(
                    _text_field(
                        pdf, page, gname, (x, y, w, h), gval, len(grects), helv, appearances
                    )
                )
        else:
            x, y, w, h = rects[0]
            fields.append(_text_field(pdf, page, name, (x, y, w, h), value, 0, helv, appearances))
    acro = Dictionary(
        Fields=fields,
        DR=Dictionary(Font=Dictionary(Helv=helv, ZaDb=zadb)),
        DA=String("/Helv 0 Tf 0 g"),
    )
    if not appearances:
        acro.NeedAppearances = True
    pdf.Root.AcroForm = pdf.make_indirect(acro)
    pdf.save(dst, deterministic_id=True)
    pdf.close()


def _text_field(pdf, page, name, rect, value, comb_n, helv, appearances):
    x, y, w, h = rect
    size = min(10.0, h * 0.62)
    d = Dictionary(
        Type=Name.Annot,
        Subtype=Name.Widget,
        FT=Name.Tx,
        T=String(name),
        Rect=Array([x, y, x + w, y + h]),
        F=4,
        P=page.obj,
        DA=String("/Helv %.1f Tf 0 g" % size),
        MK=Dictionary(),
    )
    if comb_n:
        d.MaxLen = comb_n
        d.Ff = (1 << 24) | (1 << 23)
    if value:
        d.V = String(value)
    if appearances:
        d.AP = Dictionary(N=_text_ap(pdf, w, h, value or "", comb_n, helv, size))
    annot = pdf.make_indirect(d)
    page.obj.Annots.append(annot)
    return annot
