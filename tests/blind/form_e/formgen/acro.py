"""Fillable-PDF versions of the form: AcroForm widgets placed over the printed
fields, with several realistic field-naming habits, then filled either with
appearance streams (reportlab) or with values only and /NeedAppearances
(pikepdf)."""

import io

import pikepdf

from .layout import PAGE_H

# key -> name, for each naming habit
SCHEMES = {
    "snake": {
        "surname": "nom_naissance",
        "usage_name": "nom_usage",
        "given_names": "prenoms",
        "sex_F": "sexe_f",
        "sex_M": "sexe_m",
        "dob": "date_naissance",
        "birth_city": "commune_naissance",
        "birth_country": "pays_naissance",
        "nationality": "nationalite",
        "arrival": "date_arrivee_france",
        "nir": "nir",
        "caf": "num_allocataire",
        "address": "adresse",
        "postcode": "code_postal",
        "city": "commune",
        "phone": "telephone",
        "email": "courriel",
        "sit_salarie": "situation_salarie",
        "job_title": "profession",
        "contract_CDI": "contrat_cdi",
        "contract_CDD": "contrat_cdd",
        "contract_interim": "contrat_interim",
        "contract_autre": "contrat_autre",
        "contract_text": "type_contrat",
        "employer": "employeur",
        "sit_independant": "situation_independant",
        "siret": "siret",
        "sit_demandeur": "situation_demandeur_emploi",
        "jobseeker_id": "identifiant_ft",
        "sit_etudiant": "situation_etudiant",
        "school": "etablissement",
        "sit_inactif": "situation_sans_activite",
        "sit_autre": "situation_autre",
        "autre_text": "autre_precisez",
        "place": "fait_a",
        "sign_date": "date_signature",
    },
    "camel": {
        "surname": "NomNaissance",
        "usage_name": "NomUsage",
        "given_names": "Prenoms",
        "sex_F": "SexeF",
        "sex_M": "SexeM",
        "dob": "DateNaissance",
        "birth_city": "LieuNaissanceCommune",
        "birth_country": "LieuNaissancePays",
        "nationality": "Nationalite",
        "arrival": "DateArrivee",
        "nir": "NumSecu",
        "caf": "NumAllocataire",
        "address": "Adresse",
        "postcode": "CodePostal",
        "city": "Commune",
        "phone": "Telephone",
        "email": "Mail",
        "sit_salarie": "CaseSalarie",
        "job_title": "Profession",
        "contract_CDI": "CaseCDI",
        "contract_CDD": "CaseCDD",
        "contract_interim": "CaseInterim",
        "contract_autre": "CaseAutreContrat",
        "contract_text": "TypeContrat",
        "employer": "Employeur",
        "sit_independant": "CaseIndependant",
        "siret": "Siret",
        "sit_demandeur": "CaseDemandeurEmploi",
        "jobseeker_id": "IdentifiantFT",
        "sit_etudiant": "CaseEtudiant",
        "school": "Etablissement",
        "sit_inactif": "CaseSansActivite",
        "sit_autre": "CaseAutre",
        "autre_text": "AutrePrecisez",
        "place": "FaitA",
        "sign_date": "Le",
    },
    # Adobe "prepare form" auto-detection: names copied from the nearby label
    "acrobat_auto": {
        "surname": "Nom de naissance",
        "usage_name": "Nom dusage facultatif",
        "given_names": "Prénoms",
        "sex_F": "Check Box1",
        "sex_M": "Check Box2",
        "dob": "Date de naissance",
        "birth_city": "Commune",
        "birth_country": "Pays",
        "nationality": "Nationalité",
        "arrival": "Date darrivée en France",
        "nir": "N de sécurité sociale",
        "caf": "undefined",
        "address": "Adresse",
        "postcode": "Code postal",
        "city": "Commune_2",
        "phone": "Téléphone",
        "email": "Courriel",
        "sit_salarie": "Check Box3",
        "job_title": "Profession",
        "contract_CDI": "CDI",
        "contract_CDD": "CDD",
        "contract_interim": "Intérim",
        "contract_autre": "Autre",
        "contract_text": "Type de contrat",
        "employer": "Nom et adresse de lemployeur",
        "sit_independant": "Check Box4",
        "siret": "N SIRET",
        "sit_demandeur": "Check Box5",
        "jobseeker_id": "Identifiant",
        "sit_etudiant": "Check Box6",
        "school": "Établissement",
        "sit_inactif": "Check Box7",
        "sit_autre": "Check Box8",
        "autre_text": "Autre situation précisez",
        "place": "Fait à",
        "sign_date": "le",
    },
    # LiveCycle-like hierarchy: topmostSubform[0].Page1[0].<leaf>[0]
    "livecycle": {
        "surname": "NomNaissance",
        "usage_name": "NomUsage",
        "given_names": "Prenoms",
        "sex_F": "Sexe_F",
        "sex_M": "Sexe_M",
        "dob": "DateNaissance",
        "birth_city": "Commune_Naiss",
        "birth_country": "Pays_Naiss",
        "nationality": "Nationalite",
        "arrival": "DateArrivee",
        "nir": "NIR",
        "caf": "Allocataire",
        "address": "Adresse1",
        "postcode": "CP",
        "city": "Ville",
        "phone": "Tel",
        "email": "Email",
        "sit_salarie": "CheckBox1",
        "job_title": "Profession",
        "contract_CDI": "CheckBox_CDI",
        "contract_CDD": "CheckBox_CDD",
        "contract_interim": "CheckBox_Interim",
        "contract_autre": "CheckBox_Autre",
        "contract_text": "Contrat",
        "employer": "Employeur",
        "sit_independant": "CheckBox2",
        "siret": "SIRET",
        "sit_demandeur": "CheckBox3",
        "jobseeker_id": "IdFT",
        "sit_etudiant": "CheckBox4",
        "school": "Etablissement",
        "sit_inactif": "CheckBox5",
        "sit_autre": "CheckBox6",
        "autre_text": "Autre",
        "place": "Lieu",
        "sign_date": "DateSignature",
    },
}

FIELD_ORDER_P1 = [
    "surname",
    "usage_name",
    "given_names",
    "sex_F",
    "sex_M",
    "dob",
    "birth_city",
    "birth_country",
    "nationality",
    "arrival",
    "nir",
    "caf",
    "address",
    "postcode",
    "city",
    "phone",
    "email",
    "sit_salarie",
    "job_title",
    "contract_CDI",
    "contract_CDD",
    "contract_interim",
    "contract_autre",
    "contract_text",
    "employer",
    "sit_independant",
    "siret",
    "sit_demandeur",
    "jobseeker_id",
    "sit_etudiant",
    "school",
    "sit_inactif",
    "sit_autre",
    "autre_text",
]
FIELD_ORDER_P2 = ["place", "sign_date"]


def add_fields(c, anchors, keys, vals, scheme, with_values, counter, box_style, dob_split=False):
    """Place widgets on the current page.  Returns {field name: value}."""
    af = c.acroForm
    set_later = {}
    for key in keys:
        a = anchors.get(key)
        if a is None:
            continue
        x, y, w, h = a["rect"]
        val = vals.get(key)
        if a["kind"] == "box":
            counter["n"] += 1
            name = f"Check Box{counter['n']}" if scheme == "generic" else SCHEMES[scheme][key]
            af.checkbox(
                name=name,
                x=x,
                y=PAGE_H - y - h,
                size=w,
                checked=bool(val) and with_values,
                buttonStyle=box_style,
                borderWidth=0,
                borderColor=None,
                fillColor=None,
                textColor=None,
                forceBorder=False,
            )
            if val:
                set_later[name] = True
            continue
        counter["n"] += 1
        base = f"Text{counter['n']}" if scheme == "generic" else SCHEMES[scheme][key]
        if key == "dob" and isinstance(val, str) and "-" in val:
            yy, mm, dd = val.split("-")
            val = f"{dd}/{mm}/{yy}"
        if key == "nir" and val:
            val = val.replace(" ", "")
        if dob_split and key == "dob" and a["kind"] == "comb":
            cells = a["cells"]
            groups = [
                (cells[0:2], "_jj", val[0:2] if val else ""),
                (cells[2:4], "_mm", val[3:5] if val else ""),
                (cells[4:8], "_aaaa", val[6:10] if val else ""),
            ]
            for cs, suf, part in groups:
                gx = cs[0][0]
                gw = cs[-1][0] + cs[-1][2] - gx
                nm = base + suf if scheme != "camel" else base + suf.upper()
                af.textfield(
                    name=nm,
                    x=gx,
                    y=PAGE_H - y - h,
                    width=gw,
                    height=h,
                    value=part if with_values else "",
                    maxlen=len(cs),
                    fieldFlags="comb",
                    fontName="Helvetica",
                    fontSize=min(11, h * 0.7),
                    borderWidth=0,
                    fillColor=None,
                    forceBorder=False,
                )
                if part:
                    set_later[nm] = part
            continue
        text = val if isinstance(val, str) else ""
        fs = min(10.5, h * 0.68)
        af.textfield(
            name=base,
            x=x,
            y=PAGE_H - y - h,
            width=w,
            height=h,
            value=text if with_values else "",
            fontName="Helvetica",
            fontSize=fs,
            borderWidth=0,
            fillColor=None,
            forceBorder=False,
            textColor=None,
        )
        if text:
            set_later[base] = text
    return set_later


def post_process(
    pdf_bytes, values, need_appearances, on_name="Yes", scheme=None, add_sig_field=False
):
    """Set values with pikepdf (NeedAppearances), rename checkbox on-states,
    rebuild a LiveCycle-like hierarchy, add an empty signature field."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    af = pdf.Root.AcroForm
    fields = list(af.Fields)
    for fld in fields:
        name = str(fld.get("/T", ""))
        ft = fld.get("/FT")
        if ft == "/Btn":
            ap = fld.get("/AP")
            if on_name != "Yes" and ap is not None:
                for kind in ("/N", "/D"):
                    if kind in ap and "/Yes" in ap[kind]:
                        ap[kind][pikepdf.Name("/" + on_name)] = ap[kind]["/Yes"]
                        del ap[kind]["/Yes"]
            on = pikepdf.Name("/" + on_name)
            if values.get(name):
                fld.V = on
                fld.AS = on
            else:
                fld.V = pikepdf.Name("/Off")
                fld.AS = pikepdf.Name("/Off")
        elif ft == "/Tx" and need_appearances:
            if name in values:
                fld.V = pikepdf.String(values[name])
                if "/AP" in fld:
                    del fld["/AP"]
    if need_appearances:
        af.NeedAppearances = True
    if add_sig_field:
        page = pdf.pages[-1]
        rect = add_sig_field
        sig = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Sig,
                T=pikepdf.String("Signature1"),
                Rect=pikepdf.Array(list(rect)),
                F=4,
                P=page.obj,
                MK=pikepdf.Dictionary(),
            )
        )
        if "/Annots" not in page.obj:
            page.obj.Annots = pdf.make_indirect(pikepdf.Array())
        page.obj.Annots.append(sig)
        af.Fields.append(sig)
        af.SigFlags = 1
    if scheme == "livecycle":
        top = pdf.make_indirect(
            pikepdf.Dictionary(T=pikepdf.String("topmostSubform[0]"), Kids=pikepdf.Array())
        )
        pages = {}
        for pi, page in enumerate(pdf.pages):
            pg = pdf.make_indirect(
                pikepdf.Dictionary(
                    T=pikepdf.String(f"Page{pi + 1}[0]"), Parent=top, Kids=pikepdf.Array()
                )
            )
            top.Kids.append(pg)
            for annot in page.obj.get("/Annots", []):
                if annot.get("/Subtype") == "/Widget" and "/T" in annot:
                    pages[annot.objgen] = pg
        for fld in list(af.Fields):
            pg = pages.get(fld.objgen)
            if pg is None:
                continue
            fld.T = pikepdf.String(str(fld.T) + "[0]")
            fld.Parent = pg
            pg.Kids.append(fld)
        af.Fields = pikepdf.Array([top])
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
