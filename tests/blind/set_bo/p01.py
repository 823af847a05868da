"""Packet p01: born in Morocco, employed on a CDD, three internet bills, BNP RIB."""

from __future__ import annotations

from datetime import date

import bills
import civil
import forms
import ids
import money
import work
from common import fr_iban, iban_ok, mrva, siret, td3
from pk_common import P_LABELS_FR_EN, id_fields


def p01(pk) -> dict:
    as_of = "2026-11-18"
    sur, giv, dob = "EL OUAZZANI", "MOHAMED AMINE", date(1994, 7, 23)
    addr = ["41 RUE PAUL BERT", "APPT 12", "69003 LYON"]
    # ---- application form: typed on screen, printed, dated and signed by hand, scanned
    v = dict(
        nom_naissance="EL OUAZZANI",
        prenoms="Mohamed Amine",
        sexe="M",
        date_naissance="23071994",
        lieu_commune="Fès",
        lieu_pays="Maroc",
        nationalite="Marocaine",
        adresse1="41 rue Paul Bert, appartement 12",
        code_postal="69003",
        commune="Lyon",
        telephone="06 51 27 83 04",
        courriel="m.elouazzani94@gmail.com",
        situation="salarie",
        profession="Technicien de maintenance",
        contrat="CDD",
        fait_a="Lyon",
        date_signature="09/11/2026",
        sig_letters=7,
    )
    pdf = forms.render(v, "B", "typed", pk.rng("form"), hand_font="Hand1")
    f = pk.image_pdf("Demande_PUMA_S1106.pdf", pdf, "form")
    pk.add(
        "application_form",
        "image_pdf",
        [(f, [1, 2])],
        {
            "surname": "EL OUAZZANI",
            "usage_name": None,
            "given_names": "MOHAMED AMINE",
            "sex": "M",
            "date_of_birth": dob.isoformat(),
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDD",
            "signed": True,
            "signed_on": "2026-11-09",
            "date_text": "09/11/2026",
            "place": "Lyon",
            "nir": None,
        },
        "print run B; typed on screen then printed; date after 'le' and signature by hand",
    )
    # ---- passport (phone photo of the open booklet)
    num, pexp = "UX4518237", date(2028, 5, 10)
    mrz = td3("MAR", sur, giv, num, "MAR", dob, "M", pexp, "CD412398")
    spec = dict(
        paper=(238, 234, 222),
        guilloche=[(214, 196, 186), (198, 214, 202), (220, 208, 222)],
        header=["ROYAUME DU MAROC", "KINGDOM OF MOROCCO"],
        accent=(125, 28, 38),
        header_img=ids.arabic_pil("المملكة المغربية", 60),
        labels=P_LABELS_FR_EN,
        values=dict(
            code="MAR",
            number=num,
            surname=sur,
            given=giv,
            nationality="MAROCAINE",
            dob="23/07/1994",
            personal="CD412398",
            sex="M",
            pob="FES",
            issue="11/05/2023",
            authority="DGSN",
            expiry="10/05/2028",
        ),
        female=False,
        skin=(178, 130, 98),
        hair=(28, 24, 22),
        mrz=mrz,
        top_text="PASSEPORT",
    )
    f = pk.photo("IMG_20261109_184210.jpg", ids.passport_page(spec, pk.rng("pp")), "pp", fill=0.86)
    pk.add(
        "passport",
        "phone_photo",
        [(f, [1])],
        id_fields(sur, giv, num, "MAR", "MAR", dob, "M", pexp),
        "Moroccan passport, open booklet on a table; personal number = CIN",
    )
    # ---- VLS-TS visa (phone photo, rotated)
    vfrom, vuntil = date(2026, 2, 20), date(2027, 2, 19)
    vmrz = mrva("VD", "FRA", sur, giv, num, "MAR", dob, "M", vuntil)
    vs = dict(
        paper=(238, 234, 222),
        guilloche=[(214, 196, 186), (198, 214, 202)],
        sticker_no="FRA013427785",
        female=False,
        skin=(178, 130, 98),
        hair=(28, 24, 22),
        **{"from": "20-02-26"},
        until="19-02-27",
        days="365",
        post="CASABLANCA",
        issued="12-02-26",
        passport_no=num,
        name="EL OUAZZANI MOHAMED AMINE",
        mrz=vmrz,
        remarks=["VISA LONG SEJOUR VALANT TITRE DE SEJOUR", "VLS-TS TRAVAILLEUR TEMPORAIRE"],
        stamp=["FRANCE", "LYON ST-EXUPERY", "26 02 2026", "ENTREE"],
    )
    f = pk.photo("IMG_20261109_184236.jpg", ids.visa_page(vs, pk.rng("visa")), "visa", rotate=90)
    fields = id_fields(sur, giv, num, "MAR", "FRA", dob, "M", vuntil)
    fields.update(
        visa_type="D",
        vls_ts=True,
        category="TRAVAILLEUR TEMPORAIRE",
        valid_from=vfrom.isoformat(),
        valid_until=vuntil.isoformat(),
    )
    pk.add(
        "long_stay_visa",
        "phone_photo",
        [(f, [1])],
        fields,
        "photo stored rotated 90 degrees; sticker number FRA013427785; document_number is the "
        "passport number carried by the MRV-A MRZ",
    )
    # ---- birth certificate + apostille (two flatbed scans)
    bp = dict(
        acte_no="1873",
        acte_year="1994",
        surname="EL OUAZZANI",
        surname_ar="الوزاني",
        given="Mohamed Amine",
        given_ar="محمد أمين",
        dob_words="23 juillet 1994",
        dob_ar="23 يوليوز 1994",
        hijri="13 Safar 1415",
        pob="Fès",
        pob_ar="فاس",
        sex_word="Masculin",
        sex_ar="ذكر",
        father="Abdelkader EL OUAZZANI",
        father_ar="عبد القادر الوزاني",
        mother="Fatima Zahra BENNIS",
        mother_ar="فاطمة الزهراء بنيس",
        drawn_on="02/08/1994",
        declarant="son père, Abdelkader EL OUAZZANI",
        issued="14/01/2026",
        officer="Rachid ALAOUI M'HAMDI",
    )
    f1 = pk.scan("scan_0007.jpg", civil.morocco_birth(bp, pk.rng("birth")), "birth", dpi=200)
    pk.add(
        "birth_certificate",
        "scan",
        [(f1, [1])],
        {
            "surname": "EL OUAZZANI",
            "given_names": "Mohamed Amine",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "Fès",
            "issuing_country": "MAR",
            "language": "ar+fr",
            "has_apostille": True,
        },
        "copie intégrale, bilingual French/Arabic; apostille on a separate sheet (scan_0008.jpg)",
    )
    ap = dict(
        title="APOSTILLE",
        title_ar="أبوستيل",
        subheads=["Le présent acte public", "Attesté"],
        items=[
            ("Pays :", "Royaume du Maroc"),
            ("a été signé par :", "Rachid ALAOUI M'HAMDI"),
            ("agissant en qualité de :", "Officier de l'état civil"),
            (
                "est revêtu du sceau / timbre de :",
                "Bureau de l'état civil, arrondissement Agdal, Fès",
            ),
            ("à :", "Fès"),
            ("le :", "20/01/2026"),
            ("par :", "le Procureur du Roi près le Tribunal de première instance de Fès"),
            ("sous n° :", "APS/FES/2026/004519"),
            ("Sceau / timbre :", ""),
            ("Signature :", ""),
        ],
        seal_ring="TRIBUNAL DE PREMIERE INSTANCE * FES * ",
        seal_center=["PROCUREUR", "DU ROI"],
        header=["ROYAUME DU MAROC", "MINISTÈRE DE LA JUSTICE"],
    )
    f2 = pk.scan("scan_0008.jpg", civil.apostille_doc(ap, pk.rng("apost")), "apost", dpi=200)
    pk.add(
        "apostille",
        "scan",
        [(f2, [1])],
        {
            "country": "MAR",
            "issued_on": "2026-01-20",
            "number": "APS/FES/2026/004519",
            "signed_by": "Rachid ALAOUI M'HAMDI",
        },
        "Hague model, 10 items; signed_by = item 2 (signer of the certificate)",
    )
    # ---- three Bouygues Telecom bills: two PDFs, one printed and photographed
    iban, key = fr_iban("30004", "00819", "00010573814")
    iban_masked = iban[:4] + " **** **** **** **** ***" + iban[-4:-3] + " " + iban[-3:]
    months = [(8, 32.99), (9, 32.99), (10, 35.99)]
    for i, (m, amt) in enumerate(months):
        start = date(2026, m, 1)
        end = date(2026, m, 31 if m in (8, 10) else 30)
        b = dict(
            invoice=f"2026{m:02d}0{418337 + i * 7}",
            client="1.19 642 8815",
            line="04 78 62 19 37",
            holder_print="M MOHAMED AMINE EL OUAZZANI",
            address_lines=addr,
            issue=date(2026, m, 3),
            start=start,
            end=end,
            amount=amt,
            opt=3.0 if m == 10 else 0.0,
            debit=date(2026, m, 12),
            offer="Bbox fit",
            iban_masked=iban_masked,
        )
        pdf = bills.bouygues(b, pk.rng(f"bill{m}"))
        if m < 10:
            f = pk.text_pdf(f"facture_bbox_{['aout', 'septembre'][i]}_2026.pdf", pdf)
            look = "text_pdf"
        else:
            f = pk.photo("IMG_20261109_190102.jpg", pdf, f"bill{m}")
            look = "phone_photo"
        pk.add(
            "utility_bill",
            look,
            [(f, [1])],
            {
                "provider": "Bouygues Telecom",
                "service": "internet",
                "holder_name": "MOHAMED AMINE EL OUAZZANI",
                "address": "41 RUE PAUL BERT, APPT 12, 69003 LYON",
                "issue_date": b["issue"].isoformat(),
                "period_start": start.isoformat(),
                "period_end": end.isoformat(),
                "amount": amt,
                "month": f"2026-{m:02d}",
            },
            "Bbox (internet box) monthly bill",
        )
    # ---- RIB BNP Paribas (text PDF)
    assert iban_ok(iban)
    r = dict(
        bank="30004",
        branch="00819",
        account="00010573814",
        key=key,
        iban=iban,
        bic="BNPAFRPPXXX",
        holder_lines=["M EL OUAZZANI MOHAMED AMINE", "41 RUE PAUL BERT APT 12", "69003 LYON"],
        branch_lines=["BNP PARIBAS LYON GUILLOTIERE", "2 PLACE GABRIEL PERI", "69007 LYON"],
    )
    f = pk.text_pdf("RIB_BNP.pdf", money.bnp_rib(r, pk.rng("rib")))
    pk.add(
        "rib",
        "text_pdf",
        [(f, [1])],
        {
            "holder_name": "EL OUAZZANI MOHAMED AMINE",
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP Paribas",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "two identical RIB copies on one page",
    )
    # ---- CDD, three pages, signed, scanned to PDF
    st = siret("41927305", "0027")
    emp = "SERMATEC RHÔNE SAS"
    arts = [
        (
            "Article 1 – Engagement et motif du recours",
            "Le Salarié est engagé par contrat à durée "
            "déterminée, conclu en application de l'article L. 1242-2 2° du code du travail, pour "
            "faire face à "
            "un accroissement temporaire d'activité lié au programme de rénovation des lignes de "
            "conditionnement de notre client situé à Vénissieux.",
        ),
        (
            "Article 2 – Durée du contrat",
            "Le présent contrat est conclu pour une durée de douze mois. Il "
            "prend effet le 2 mars 2026 et prendra fin le 1er mars 2027. Il comporte une période "
            "d'essai d'un "
            "mois, durant laquelle chacune des parties peut y mettre fin sans indemnité.",
        ),
        (
            "Article 3 – Fonctions",
            "Le Salarié occupera le poste de Technicien de maintenance "
            "industrielle, niveau IV, classe d'emploi C5, selon la convention collective "
            "nationale de la "
            "métallurgie (IDCC 3248).",
        ),
        (
            "Article 4 – Lieu de travail",
            "Le Salarié exercera ses fonctions sur les sites de la clientèle "
            "de l'agglomération lyonnaise et au siège de la société, 18 rue de l'Industrie, 69007 "
            "Lyon.",
        ),
        (
            "Article 5 – Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 heures, "
            "réparties du lundi au vendredi. Des astreintes peuvent être demandées selon le "
            "planning.",
        ),
        (
            "Article 6 – Rémunération",
            "Le Salarié percevra une rémunération mensuelle brute de 2 180,00 "
            "euros pour 151,67 heures de travail, versée à la fin de chaque mois.",
        ),
        (
            "Article 7 – Indemnité de fin de contrat",
            "À l'issue du contrat, le Salarié percevra une "
            "indemnité de fin de contrat égale à 10 % de la rémunération totale brute perçue.",
        ),
        (
            "Article 8 – Congés payés",
            "Le Salarié bénéficie des congés payés dans les conditions légales "
            "et conventionnelles, soit 2,5 jours ouvrables par mois de travail effectif.",
        ),
        (
            "Article 9 – Retraite complémentaire et prévoyance",
            "Le Salarié est affilié à la caisse de "
            "retraite complémentaire AGIRC-ARRCO et au régime de prévoyance de l'entreprise.",
        ),
        (
            "Article 10 – Autorisation de travail",
            "Le Salarié déclare être titulaire d'un visa long "
            "séjour valant titre de séjour « travailleur temporaire » valable du 20/02/2026 au "
            "19/02/2027, "
            "dont copie est jointe au présent contrat.",
        ),
    ]
    cp = dict(
        employer=emp,
        employee="M. Mohamed Amine EL OUAZZANI",
        articles=arts,
        place="Lyon",
        signed="27/02/2026",
        signatory="Mme Claire DUMONTEIL, Responsable RH",
        employer_addr="18 rue de l'Industrie 69007 LYON",
        siret=st,
        initials="M.A.E.O",
        parties=(
            f"Entre les soussignés : la société {emp}, société par actions simplifiée au capital "
            "de "
            "150 000 euros, immatriculée au RCS de Lyon, SIRET "
            + st
            + ", dont le siège social est "
            "situé 18 rue de l'Industrie, 69007 Lyon, représentée par Mme Claire DUMONTEIL, en sa "
            "qualité de Responsable des ressources humaines, ci-après « l'Employeur », d'une "
            "part,\n"
            "Et M. Mohamed Amine EL OUAZZANI, né le 23/07/1994 à Fès (Maroc), de nationalité "
            "marocaine, demeurant 41 rue Paul Bert, appartement 12, 69003 Lyon, ci-après « le "
            "Salarié », d'autre part,\nIl a été convenu ce qui suit :"
        ),
    )
    f = pk.image_pdf("contrat_CDD_signe.pdf", work.cdd(cp, pk.rng("cdd")), "cdd", gray=True)
    pk.add(
        "employment_contract",
        "image_pdf",
        [(f, [1, 2, 3])],
        {
            "employer": emp,
            "employee_name": "Mohamed Amine EL OUAZZANI",
            "contract_type": "CDD",
            "job_title": "Technicien de maintenance industrielle",
            "start_date": "2026-03-02",
        },
        "greyscale scan, signed by both parties, employer stamp with SIRET " + st,
    )
    req = {
        k: "complete"
        for k in [
            "application_form",
            "identity",
            "residence_status",
            "birth_certificate",
            "residence_proof",
            "bank_details",
            "employment",
        ]
    }
    return pk.truth(
        as_of,
        True,
        req,
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob.isoformat()},
    )
