"""Typed filling: values drawn into the page content (typed then printed, or
"printed to PDF"), and the fillable version with AcroForm fields (pikepdf)."""

import io

import pikepdf
from formdraw import H
from pikepdf import Array, Dictionary, Name, String
from reportlab.pdfbase.pdfmetrics import stringWidth

TEXT_KEYS = [
    "nom_naissance",
    "nom_usage",
    "prenoms",
    "lieu_commune",
    "lieu_pays",
    "nationalite",
    "adresse",
    "adresse2",
    "commune",
    "tel",
    "mail",
    "ct_autre_txt",
    "profession",
    "employeur",
    "siret",
    "activite",
    "ft_id",
    "etab",
    "autre_txt",
    "fait_a",
    "le",
]
COMB_KEYS = ["dob", "nir", "cp"]
BOX_KEYS = [
    "sexe_F",
    "sexe_M",
    "sit_salarie",
    "ct_CDI",
    "ct_CDD",
    "ct_autre",
    "sit_independant",
    "sit_demandeur",
    "sit_etudiant",
    "sit_inactif",
    "sit_autre",
    "pj_identite",
    "pj_sejour",
    "pj_naissance",
    "pj_residence",
    "pj_rib",
    "pj_emploi",
]


# ------------------------------------------------------------ flattened text
def draw_typed(c, Lp, v, font="Helvetica", size=10.0, color=(0, 0, 0), mark="X", skip=()):
    """Draw typed values of one page (layout Lp) on reportlab canvas c."""
    c.setFillColorRGB(*color)
    for key in TEXT_KEYS:
        if key in Lp and v.get(key) and key not in skip:
            _, x0, y, x1 = Lp[key]
            s = v[key]
            fs = size
            while stringWidth(s, font, fs) > (x1 - x0 - 6) and fs > 6:
                fs -= 0.5
            c.setFont(font, fs)
            c.drawString(x0 + 4, H - (y - 2.2), s)
    for key in COMB_KEYS:
        if key in Lp and v.get(key) and key not in skip:
            cells = Lp[key][1]
            for ch, (x, y, w, h) in zip(v[key], cells):
                if ch.strip():
                    c.setFont(font, size * 1.05)
                    c.drawCentredString(x + w / 2, H - (y + h / 2 + size * 0.36), ch)
    for key in BOX_KEYS:
        if key in Lp and key in v.get("checked", ()) and key not in skip:
            _, x, y, s = Lp[key]
            c.setFont("Helvetica-Bold", s * 1.05)
            c.drawCentredString(x + s / 2, H - (y + s * 0.83), mark)


# ------------------------------------------------------------ AcroForm
SCHEMES = {
    "snake": dict(
        nom_naissance="nom_naissance",
        nom_usage="nom_usage",
        prenoms="prenoms",
        sexe_F="sexe_f",
        sexe_M="sexe_m",
        dob="date_naissance",
        lieu_commune="lieu_naissance_commune",
        lieu_pays="lieu_naissance_pays",
        nationalite="nationalite",
        nir="nir",
        adresse="adresse",
        adresse2="adresse_complement",
        cp="code_postal",
        commune="commune",
        tel="telephone",
        mail="courriel",
        sit_salarie="situation_salarie",
        ct_CDI="contrat_cdi",
        ct_CDD="contrat_cdd",
        ct_autre="contrat_autre",
        ct_autre_txt="contrat_autre_precision",
        profession="emploi",
        employeur="employeur",
        sit_independant="situation_independant",
        siret="siret",
        activite="activite",
        sit_demandeur="situation_demandeur_emploi",
        ft_id="identifiant_france_travail",
        sit_etudiant="situation_etudiant",
        etab="etablissement",
        sit_inactif="situation_sans_activite",
        sit_autre="situation_autre",
        autre_txt="situation_autre_precision",
        fait_a="fait_a",
        le="date_signature",
        pj_identite="pj_identite",
        pj_sejour="pj_titre_sejour",
        pj_naissance="pj_acte_naissance",
        pj_residence="pj_justificatif_residence",
        pj_rib="pj_rib",
        pj_emploi="pj_contrat_bulletin",
        _on="Yes",
    ),
    "camel": dict(
        nom_naissance="NomNaissance",
        nom_usage="NomUsage",
        prenoms="Prenoms",
        sexe_F="Sexe",
        sexe_M="Sexe",
        dob=("JourNaissance", "MoisNaissance", "AnneeNaissance"),
        lieu_commune="CommuneNaissance",
        lieu_pays="PaysNaissance",
        nationalite="Nationalite",
        nir="NumeroSecuriteSociale",
        adresse="Adresse1",
        adresse2="Adresse2",
        cp="CodePostal",
        commune="Ville",
        tel="Telephone",
        mail="Email",
        sit_salarie="Salarie",
        ct_CDI="CDI",
        ct_CDD="CDD",
        ct_autre="AutreContrat",
        ct_autre_txt="AutreContratPrecision",
        profession="Profession",
        employeur="Employeur",
        sit_independant="NonSalarie",
        siret="SIRET",
        activite="Activite",
        sit_demandeur="DemandeurEmploi",
        ft_id="IdentifiantFranceTravail",
        sit_etudiant="Etudiant",
        etab="Etablissement",
        sit_inactif="SansActivite",
        sit_autre="AutreSituation",
        autre_txt="AutreSituationPrecision",
        fait_a="FaitA",
        le="Le",
        pj_identite="PJ1",
        pj_sejour="PJ2",
        pj_naissance="PJ3",
        pj_residence="PJ4",
        pj_rib="PJ5",
        pj_emploi="PJ6",
        _on="Oui",
        _radio_sex=True,
    ),
    "acrobat": dict(_generic=True, _on="Oui"),
    "xfa": dict(_xfa=True, _on="On"),
}

TOOLTIPS = dict(
    nom_naissance="Nom de naissance",
    nom_usage="Nom d'usage",
    prenoms="Prénom(s)",
    sexe_F="Sexe féminin",
    sexe_M="Sexe masculin",
    dob="Date de naissance (JJMMAAAA)",
    lieu_commune="Lieu de naissance - commune",
    lieu_pays="Lieu de naissance - pays",
    nationalite="Nationalité",
    nir="N° de sécurité sociale",
    adresse="Adresse",
    adresse2="Complément d'adresse",
    cp="Code postal",
    commune="Commune",
    tel="Téléphone",
    mail="Courriel",
    sit_salarie="Vous exercez une activité salariée en France",
    ct_CDI="Contrat à durée indéterminée",
    ct_CDD="Contrat à durée déterminée",
    ct_autre="Autre type de contrat",
    ct_autre_txt="Autre contrat : précisez",
    profession="Emploi occupé",
    employeur="Employeur",
    sit_independant="Activité non salariée",
    siret="N° SIRET",
    activite="Activité",
    sit_demandeur="Demandeur d'emploi",
    ft_id="Identifiant France Travail",
    sit_etudiant="Étudiant(e)",
    etab="Établissement",
    sit_inactif="Sans activité professionnelle, résidence stable",
    sit_autre="Autre situation",
    autre_txt="Autre situation : précisez",
    fait_a="Fait à",
    le="Date",
    pj_identite="Pièce d'identité",
    pj_sejour="Titre de séjour",
    pj_naissance="Acte de naissance",
    pj_residence="Justificatif de résidence",
    pj_rib="RIB",
    pj_emploi="Contrat ou bulletin de salaire",
)

XFA_NAMES = dict(
    nom_naissance="NomNaissance",
    nom_usage="NomUsage",
    prenoms="Prenoms",
    sexe_F="Sexe[0]",
    sexe_M="Sexe[1]",
    dob="DateNaissance",
    lieu_commune="LieuNaissance[0]",
    lieu_pays="LieuNaissance[1]",
    nationalite="Nationalite",
    nir="NIR",
    adresse="Adresse[0]",
    adresse2="Adresse[1]",
    cp="CP",
    commune="Commune",
    tel="Tel",
    mail="Mel",
    sit_salarie="Situation[0]",
    ct_CDI="Contrat[0]",
    ct_CDD="Contrat[1]",
    ct_autre="Contrat[2]",
    ct_autre_txt="ContratAutre",
    profession="Emploi",
    employeur="Employeur",
    sit_independant="Situation[1]",
    siret="Siret",
    activite="Activite",
    sit_demandeur="Situation[2]",
    ft_id="IdFT",
    sit_etudiant="Situation[3]",
    etab="Etablissement",
    sit_inactif="Situation[4]",
    sit_autre="Situation[5]",
    autre_txt="SituationAutre",
    fait_a="FaitA",
    le="DateSignature",
    pj_identite="PJ[0]",
    pj_sejour="PJ[1]",
    pj_naissance="PJ[2]",
    pj_residence="PJ[3]",
    pj_rib="PJ[4]",
    pj_emploi="PJ[5]",
)


def _enc(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _ap_stream(pdf, w, h, body):
    st = pikepdf.Stream(pdf, body)
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array([0, 0, w, h])
    st.Resources = Dictionary(
        Font=Dictionary(Helv=pdf.Root.AcroForm.DR.Font.Helv, ZaDb=pdf.Root.AcroForm.DR.Font.ZaDb)
    )
    return pdf.make_indirect(st)


def build_fillable(
    pdf_bytes, layouts, v, scheme="snake", with_ap=True, font_size=10, need_app=True
):
    """Add AcroForm fields (valued from v) to the blank two-page form."""
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
    pdf.Root.AcroForm = Dictionary(
        Fields=Array(),
        NeedAppearances=bool(need_app),
        DA=String("/Helv 0 Tf 0 g"),
        DR=Dictionary(Font=Dictionary(Helv=helv, ZaDb=zadb)),
    )
    S = SCHEMES[scheme]
    on = S["_on"]
    checked = set(v.get("checked", ()))
    counters = {"tx": 0, "cb": 0}
    radio_parent = {}

    def name_for(key, page_no):
        if S.get("_generic"):
            return None
        if S.get("_xfa"):
            return "topmostSubform[0].Page%d[0].%s" % (
                page_no,
                XFA_NAMES[key] + ("" if XFA_NAMES[key].endswith("]") else "[0]"),
            )
        return S[key]

    for page_no, (page, Lp) in enumerate(zip(pdf.pages, layouts), start=1):
        annots = Array()
        for key, anc in Lp.items():
            if key in ("sig_box", "sig_label") or key.startswith("org_"):
                continue
            kind = anc[0]
            nm = name_for(key, page_no)
            if kind == "line":
                _, x0, y, x1 = anc
                rect = [x0, H - y + 0.5, x1, H - y + 14.5]
                val = v.get(key) or ""
                if nm is None:
                    counters["tx"] += 1
                    nm = "Champ de texte %d" % counters["tx"]
                fld = Dictionary(
                    FT=Name.Tx,
                    T=String(nm),
                    TU=String(TOOLTIPS.get(key, key)),
                    Rect=Array(rect),
                    F=4,
                    P=page.obj,
                    Type=Name.Annot,
                    Subtype=Name.Widget,
                    DA=String("/Helv %g Tf 0 g" % font_size),
                    V=String(val),
                    DV=String(""),
                )
                if with_ap:
                    w, h = rect[2] - rect[0], rect[3] - rect[1]
                    fs = font_size
                    while val and stringWidth(val, "Helvetica", fs) > w - 4 and fs > 6:
                        fs -= 0.5
                    body = (
                        b"/Tx BMC q BT /Helv %g Tf 0 g 2 %g Td (%s) Tj ET Q EMC"
                        % (fs, 3.2, _enc(val))
                        if val
                        else b"/Tx BMC EMC"
                    )
                    fld.AP = Dictionary(N=_ap_stream(pdf, w, h, body))
                fld = pdf.make_indirect(fld)
                annots.append(fld)
                pdf.Root.AcroForm.Fields.append(fld)
            elif kind == "comb":
                cells = anc[1]
                val = v.get(key) or ""
                groups = [(cells, val)]
                if isinstance(nm, tuple):  # separate JJ / MM / AAAA fields
                    groups = [
                        (cells[0:2], val[0:2]),
                        (cells[2:4], val[2:4]),
                        (cells[4:8], val[4:8]),
                    ]
                    names = list(nm)
                else:
                    names = [nm]
                for (cl, vv), n1 in zip(groups, names):
                    if n1 is None:
                        counters["tx"] += 1
                        n1 = "Champ de texte %d" % counters["tx"]
                    x0 = cl[0][0]
                    x1 = cl[-1][0] + cl[-1][2]
                    yt = cl[0][1]
                    ch = cl[0][3]
                    rect = [x0, H - yt - ch, x1, H - yt]
                    fld = Dictionary(
                        FT=Name.Tx,
                        T=String(n1),
                        TU=String(TOOLTIPS.get(key, key)),
                        Rect=Array(rect),
                        F=4,
                        P=page.obj,
                        Type=Name.Annot,
                        Subtype=Name.Widget,
                        Ff=1 << 24,
                        MaxLen=len(cl),
                        DA=String("/Helv %g Tf 0 g" % (font_size + 1)),
                        V=String(vv),
                        DV=String(""),
                    )
                    if with_ap:
                        ops = [b"/Tx BMC q BT /Helv %g Tf 0 g" % (font_size + 1)]
                        for chr_, (cx, cy, cw, chh) in zip(vv, cl):
                            tw = stringWidth(chr_, "Helvetica", font_size + 1)
                            ops.append(
                                b"1 0 0 1 %.2f %.2f Tm (%s) Tj"
                                % (
                                    cx - x0 + cw / 2 - tw / 2,
                                    chh / 2 - (font_size + 1) * 0.35,
                                    _enc(chr_),
                                )
                            )
                        ops.append(b"ET Q EMC")
                        fld.AP = Dictionary(N=_ap_stream(pdf, x1 - x0, ch, b" ".join(ops)))
                    fld = pdf.make_indirect(fld)
                    annots.append(fld)
                    pdf.Root.AcroForm.Fields.append(fld)
            elif kind == "box":
                _, x, y, s = anc
                rect = [x, H - y - s, x + s, H - y]
                state = on
                is_on = key in checked
                glyph = b"8" if scheme in ("snake", "xfa") else b"4"
                on_ap = _ap_stream(
                    pdf,
                    s,
                    s,
                    b"q BT /ZaDb %g Tf 0 g %g %g Td (%s) Tj ET Q"
                    % (s * 0.95, s * 0.14, s * 0.18, glyph),
                )
                off_ap = _ap_stream(pdf, s, s, b"")
                if S.get("_radio_sex") and key in ("sexe_F", "sexe_M"):
                    state = key[-1]
                    if "Sexe" not in radio_parent:
                        par = pdf.make_indirect(
                            Dictionary(
                                FT=Name.Btn,
                                T=String("Sexe"),
                                Ff=49152,
                                Kids=Array(),
                                TU=String("Sexe"),
                                V=Name.Off,
                            )
                        )
                        radio_parent["Sexe"] = par
                        pdf.Root.AcroForm.Fields.append(par)
                    par = radio_parent["Sexe"]
                    w = Dictionary(
                        Type=Name.Annot,
                        Subtype=Name.Widget,
                        Rect=Array(rect),
                        F=4,
                        P=page.obj,
                        Parent=par,
                        AS=Name("/" + state) if is_on else Name.Off,
                        MK=Dictionary(CA=String("l")),
                        AP=Dictionary(N=Dictionary({"/" + state: on_ap, "/Off": off_ap})),
                    )
                    if is_on:
                        par.V = Name("/" + state)
                    w = pdf.make_indirect(w)
                    par.Kids.append(w)
                    annots.append(w)
                    continue
                if nm is None:
                    counters["cb"] += 1
                    nm = "Case à cocher %d" % counters["cb"]
                fld = Dictionary(
                    FT=Name.Btn,
                    T=String(nm),
                    TU=String(TOOLTIPS.get(key, key)),
                    Rect=Array(rect),
                    F=4,
                    P=page.obj,
                    Type=Name.Annot,
                    Subtype=Name.Widget,
                    V=Name("/" + state) if is_on else Name.Off,
                    AS=Name("/" + state) if is_on else Name.Off,
                    MK=Dictionary(CA=String(glyph.decode())),
                    AP=Dictionary(N=Dictionary({"/" + state: on_ap, "/Off": off_ap})),
                )
                fld = pdf.make_indirect(fld)
                annots.append(fld)
                pdf.Root.AcroForm.Fields.append(fld)
        page.obj.Annots = annots
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
