"""Packets p01 (Sudan) and p02 (Georgia) of set_dd, and the shared helpers."""

from __future__ import annotations

import datetime as dt
import random

import checks

D = dt.date
ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "not_applicable",
}


def _rng(tag: str) -> random.Random:
    return random.Random("set_dd-" + tag)


def p01(civ, fr, wrk):
    """Sudan, student, hosted by a cousin (typed attestation + his titre + his lease)."""
    ap = dict(surname="OSMAN", given="MUJTABA HASSAN", dob=D(1994, 3, 7))
    r = _rng("p01")
    form = dict(
        surname="OSMAN",
        given="MUJTABA HASSAN",
        sex="M",
        dob=ap["dob"],
        pob="Omdurman, Soudan",
        nationality="soudanaise",
        address="chez M. IDRIS ABDALLA, 27 rue Paul Bert",
        postcode="69003",
        city="Lyon",
        phone="07 58 21 93 40",
        email="mujtaba.osman94@gmail.com",
        situation="etudiant",
        place="Lyon",
        date_text="09/11/2026",
        signed_on=D(2026, 11, 9),
    )
    pp = dict(
        country="SDN",
        surname="OSMAN",
        given="MUJTABA HASSAN",
        number="P03817264",
        dob=ap["dob"],
        sex="M",
        expiry=D(2028, 5, 11),
        issue=D(2023, 5, 12),
        pob="OMDURMAN",
        nat_text="SUDANESE",
        authority="KHARTOUM",
        local_name="مجتبى حسن عثمان",
        skin=(105, 72, 50),
    )
    ts = dict(
        kind="TS",
        surname="OSMAN",
        given="MUJTABA HASSAN",
        sex="M",
        nat="SDN",
        dob=ap["dob"],
        permit="CARTE DE SÉJOUR PLURIANNUELLE",
        remarks="ÉTUDIANT",
        expiry=D(2028, 8, 31),
        number="KC8304517",
        pob="OMDURMAN (SDN)",
        issue=D(2026, 9, 15),
        authority="PRÉFET DU RHÔNE",
        skin=(105, 72, 50),
    )
    host_ts = dict(
        kind="TS",
        surname="IDRIS ABDALLA",
        given="HAMZA",
        sex="M",
        nat="SDN",
        dob=D(1988, 1, 2),
        permit="CARTE DE RÉSIDENT",
        remarks="RÉSIDENT",
        expiry=D(2033, 6, 1),
        number="RA4K71230",
        pob="KHARTOUM (SDN)",
        issue=D(2023, 6, 2),
        authority="PRÉFET DU RHÔNE",
        skin=(95, 66, 48),
    )
    birth = dict(
        cert_no="2215834",
        national_no="11938475620",
        name_ar="مجتبى حسن عثمان",
        sex_ar="ذكر",
        dob_text="1994/03/07",
        pob_ar="أم درمان - ولاية الخرطوم",
        father_ar="حسن عثمان محمد",
        mother_ar="آمنة الطيب أحمد",
        reg_date="1994/03/15",
        office_ar="مكتب السجل المدني - أم درمان",
        issue_date="2022/08/29",
    )
    legal = dict(
        mfa_date="2022/09/11",
        mfa_no="4471/2022",
        mfa_officer="Abdelrahim MUSA",
        fr_date="15/09/2022",
        fee="20 €",
    )
    tr = dict(
        office="Al-Nilein Certified Translation Office",
        office_addr="Al-Baladiya Street, Khartoum - Tel. +249 183 774 120",
        cert_no="2215834",
        national_no="11938475620",
        name="Mujtaba Hassan Osman",
        sex="Male",
        dob="07/03/1994",
        pob="Omdurman - Khartoum State",
        father="Hassan Osman Mohamed",
        mother="Amna Eltayeb Ahmed",
        reg_date="15/03/1994",
        office_reg="Civil Registry Office - Omdurman",
        issue_date="29/08/2022",
        mfa_no="4471/2022",
        translator="Salah Eldin HAMID",
        date="18/09/2022",
    )
    att = dict(
        host="Hamza IDRIS ABDALLA",
        host_dob=D(1988, 1, 2),
        host_pob="Khartoum (Soudan)",
        address="27 rue Paul Bert, 69003 Lyon",
        address_l1="27 rue Paul Bert",
        address_l2="69003 Lyon",
        phone="Tél. 06 41 77 20 38",
        since=D(2026, 5, 2),
        relation="mon cousin, M.",
        hosted="Mujtaba Hassan OSMAN",
        hosted_dob=ap["dob"],
        hosted_pob="Omdurman (Soudan)",
        hosted_short="Il",
        proof="la copie de mon bail d'habitation",
        place="Lyon",
        signed_on=D(2026, 11, 5),
        id_doc="copie de mon titre de séjour (carte de résident)",
        proof_doc="copie de mon bail d'habitation",
    )
    lease = dict(
        landlord="Brigitte FAURE-LACROIX",
        landlord_addr="demeurant 3 quai Saint-Vincent, 69001 Lyon",
        tenants=["Hamza IDRIS ABDALLA"],
        address="27 rue Paul Bert, 69003 Lyon",
        habitat="immeuble collectif, 3e étage, porte gauche",
        surface="52 m²",
        rooms="2",
        desc="séjour, une chambre, cuisine, salle d'eau, WC, cave n° 7",
        start=D(2023, 9, 1),
        rent="720,00 €",
        charges="65,00 €",
        deposit="720,00 €",
        city="Lyon",
        signed_on=D(2023, 8, 24),
    )
    rib = dict(
        bank="LBP",
        holder="MUJTABA HASSAN OSMAN",
        holder_print="M MUJTABA HASSAN OSMAN",
        holder_addr=["CHEZ M IDRIS ABDALLA", "27 RUE PAUL BERT", "69003 LYON"],
        code_banque="20041",
        code_guichet="01007",
        account="0458213W038",
        bic="PSSTFRPPLYO",
        branch_lines=["La Banque Postale", "Centre Financier de Lyon", "69900 Lyon Cedex 20"],
    )
    rib_draw, rib_fields = fr.rib_page(rib, r)
    lease_fields = fr.lease_fields(lease)
    items = [
        dict(
            kind="form",
            v=form,
            way="hand",
            run="A",
            look="image_pdf",
            files=["formulaire_cpam.pdf"],
            hand_font="h_ruf",
        ),
        dict(
            kind="passport",
            p=pp,
            look="phone_photo",
            rot=90,
            file="IMG_20261110_184512.jpg",
            cover="#1d3a2a",
            notes="Sudanese e-passport, Arabic and Latin names; photo rotated 90°",
        ),
        dict(
            kind="card",
            k=ts,
            look="scan",
            split=True,
            file="titre_sejour_recto.jpg",
            file2="titre_sejour_verso.jpg",
            notes="applicant's own titre de séjour (étudiant)",
        ),
        dict(
            kind="pages",
            look="image_pdf",
            file="acte_naissance_legalise.pdf",
            draws=[civ.sudan_birth(birth, r), civ.legalisation_verso(legal, r)],
            docs=[
                dict(
                    pages=[1, 2],
                    type="birth_certificate",
                    fields={
                        "surname": "عثمان",
                        "given_names": "مجتبى حسن",
                        "date_of_birth": "1994-03-07",
                        "place_of_birth": "أم درمان - ولاية الخرطوم",
                        "issuing_country": "SDN",
                        "language": "ar",
                        "has_apostille": False,
                    },
                    notes="Arabic only; name printed as one chain 'مجتبى حسن عثمان'. "
                    "Sudan is not a party to the Hague Apostille Convention: the "
                    "certificate is legalised instead (verso: Sudanese MFA "
                    "attestation + French embassy 'vu pour légalisation'), which is "
                    "what France requires for Sudan, so the requirement is complete "
                    "without an apostille.",
                )
            ],
        ),
        dict(
            kind="pages",
            look="text_pdf",
            file="traduction_acte_naissance.pdf",
            draws=[civ.translation_en(tr, r)],
            title="Translation",
            creator="Microsoft Word",
            docs=[
                dict(
                    pages=[1],
                    type="translation",
                    fields={
                        "language": "en",
                        "surname": "Osman",
                        "given_names": "Mujtaba Hassan",
                        "date_of_birth": "1994-03-07",
                    },
                    notes="certified English translation of the Sudanese birth certificate",
                )
            ],
        ),
        dict(
            kind="pages",
            look="scan",
            file="attestation_hebergement.jpg",
            draws=[fr.attestation_typed(att, r)],
            docs=[
                dict(
                    pages=[1],
                    type="hosting_attestation",
                    fields=fr.attestation_fields(att),
                    notes="typed, signed by hand by the cousin (host)",
                )
            ],
        ),
        dict(
            kind="card",
            k=host_ts,
            look="phone_photo",
            rot=0,
            file="titre_sejour_Hamza.jpg",
            notes="host's ID: the cousin's carte de résident, both sides in one photo",
        ),
        dict(
            kind="pages",
            look="image_pdf",
            file="bail_Hamza.pdf",
            draws=fr.lease_pages(lease, r),
            docs=[
                dict(
                    pages=[1, 2],
                    type="lease",
                    fields=lease_fields,
                    notes="host's lease (loi 1989 model), in the cousin's name",
                )
            ],
        ),
        dict(
            kind="pages",
            look="text_pdf",
            file="RIB_La_Banque_Postale.pdf",
            draws=[rib_draw],
            title="RIB",
            creator="La Banque Postale",
            docs=[
                dict(
                    pages=[1],
                    type="rib",
                    fields=rib_fields,
                    notes="account number with a letter (RIB key uses letter values)",
                )
            ],
        ),
    ]
    return dict(
        name="p01",
        as_of="2026-11-18",
        employed=False,
        applicant=ap,
        items=items,
        requirements=dict(ALL_OK),
        defect=None,
    )


def p02(civ, fr, wrk):
    """Georgia, VLS-TS salariée, three SFR bills in her name, CDI + payslip."""
    ap = dict(surname="JAPARIDZE", given="TAMAR", dob=D(1997, 11, 23))
    r = _rng("p02")
    addr = ["8 ALLÉE DES TILLEULS APPT 12", "33400 TALENCE"]
    form = dict(
        surname="JAPARIDZE",
        given="TAMAR",
        sex="F",
        dob=ap["dob"],
        pob="Koutaïssi, Géorgie",
        nationality="géorgienne",
        address="8 allée des Tilleuls, appt 12",
        postcode="33400",
        city="Talence",
        phone="07 68 12 45 09",
        email="tamar.japaridze@outlook.com",
        situation="salarie",
        contract="CDI",
        job="Assistante comptable",
        place="Talence",
        date_text="12/11/2026",
        signed_on=D(2026, 11, 12),
    )
    pp = dict(
        country="GEO",
        surname="JAPARIDZE",
        given="TAMAR",
        number="15AK38291",
        dob=ap["dob"],
        sex="F",
        expiry=D(2033, 2, 1),
        issue=D(2023, 2, 2),
        pob="KUTAISI",
        nat_text="საქართველო / GEORGIA",
        authority="სსგს / PSDA",
        local_name="ჯაფარიძე თამარ",
        personal_no="01024085123",
        optional="01024085123",
        skin=(214, 180, 150),
        long_hair=True,
    )
    visa = dict(
        number="024681357",
        kind="D",
        valid_for="FRA",
        until=D(2027, 3, 9),
        duration="365",
        issued_in="TBILISSI",
        issued_on=D(2026, 2, 20),
        passport_no="15AK38291",
        surname="JAPARIDZE",
        given="TAMAR",
        remarks=["VLS-TS SALARIÉ", "À VALIDER EN LIGNE", "DÈS L'ARRIVÉE"],
        nat="GEO",
        dob=ap["dob"],
        sex="F",
        vls_ts=True,
        category="SALARIÉ",
        skin=(214, 180, 150),
        long_hair=True,
        **{"from": D(2026, 3, 10)},
    )
    birth = dict(
        cert_no="B-0471396",
        surname_ka="ჯაფარიძე",
        surname="JAPARIDZE",
        given_ka="თამარ",
        given="TAMAR",
        dob_text="23.11.1997",
        pob="ქ. ქუთაისი / Kutaisi, Georgia",
        personal_no="01024085123",
        father="გიორგი ჯაფარიძე / Giorgi Japaridze",
        mother="ნანა ლომიძე / Nana Lomidze",
        record="1846 / 28.11.1997",
        issue_text="14.01.2026",
    )
    apo = dict(
        country="Georgia / საქართველო",
        signed_by="Nino Beridze",
        capacity="Civil Registry officer",
        seal_of="LEPL Public Service Development Agency",
        at="Tbilisi",
        date_text="16.01.2026",
        by="LEPL Public Service Development Agency",
        number="A26-0114587",
        stamp_ring="PUBLIC SERVICE DEVELOPMENT AGENCY * APOSTILLE *",
        stamp_center=["GEORGIA", "PSDA"],
    )
    bills = []
    for i, (m, issue) in enumerate([(8, D(2026, 9, 3)), (9, D(2026, 10, 3)), (10, D(2026, 11, 3))]):
        start = D(2026, m, 1)
        end = D(2026, m + 1, 1) - dt.timedelta(days=1)
        bills.append(
            dict(
                provider="SFR",
                holder="TAMAR JAPARIDZE",
                holder_print="MME TAMAR JAPARIDZE",
                addr_lines=addr,
                number=f"SF{issue:%y%m}0{448127 + i * 17}",
                account="0631847295",
                issue=issue,
                start=start,
                end=end,
                debit=issue + dt.timedelta(days=10),
                iban_mask="FR76 2823 **** **** **** ***8 17",
                line="05 57 41 28 93",
            )
        )
    bdraws = [fr.bill_page(b, r) for b in bills]
    siret = checks.make_siret("84219375", "0002")
    pay = dict(
        employer="LUMIÈRE CONSEIL SAS",
        emp_addr=["14 cours de l'Intendance", "33000 Bordeaux"],
        siret=siret,
        naf="6920Z",
        conv="Experts-comptables (IDCC 787)",
        employee="Tamar JAPARIDZE",
        employee_print="Madame Tamar JAPARIDZE",
        emp_addr_lines=["8 allée des Tilleuls, appt 12", "33400 Talence"],
        job="Assistante comptable",
        entry=D(2026, 4, 1),
        period=D(2026, 10, 1),
        end=D(2026, 10, 31),
        gross=2150.00,
        pas_rate=0.018,
        paid=D(2026, 10, 30),
        font="lato",
        fontb="latob",
    )
    pdraw, pfields = wrk.payslip(pay, r)
    cdi = dict(
        employer="LUMIÈRE CONSEIL SAS",
        legal_form="société par actions simplifiée au capital de 20 000 €",
        emp_address="14 cours de l'Intendance, 33000 Bordeaux",
        siret=siret,
        rep="M. Olivier LAVIGNE",
        rep_role="Président",
        employee_civ="Madame",
        employee="Tamar JAPARIDZE",
        dob="23/11/1997",
        pob="Koutaïssi (Géorgie)",
        nat="géorgienne",
        address="8 allée des Tilleuls, appt 12, 33400 Talence",
        visa_no="024681357",
        start=D(2026, 4, 1),
        job="Assistante comptable",
        status="employée",
        coef="200",
        conv="convention collective des cabinets d'experts-comptables",
        gross=2150.00,
        workplace="14 cours de l'Intendance, 33000 Bordeaux",
        city="Bordeaux",
        signed_on=D(2026, 3, 24),
    )
    cdraws, cfields = wrk.cdi_pages(cdi, r)
    rev = dict(
        holder="Tamar Japaridze",
        holder_print="Tamar Japaridze",
        code_banque="28233",
        code_guichet="00001",
        account="19564730218",
        bic="REVOFRP2",
    )
    rdraw, rfields = fr.revolut_screenshot(rev, r)
    items = [
        dict(
            kind="form",
            v=form,
            way="typed",
            run="B",
            look="phone_photo",
            files=["IMG_4471.jpg", "IMG_4472.jpg"],
            rots=(0, 180),
            hand_font="h_breip",
        ),
        dict(
            kind="passport",
            p=pp,
            look="scan",
            file="passeport_scan.jpg",
            cover="#5a1d24",
            notes="Georgian passport, names in Georgian script and Latin; personal number "
            "in the MRZ optional data",
        ),
        dict(
            kind="visa",
            v=visa,
            look="phone_photo",
            rot=270,
            file="IMG_4468.jpg",
            notes="VLS-TS salarié sticker on a passport page",
        ),
        dict(
            kind="pages",
            look="image_pdf",
            file="birth_certificate_apostille.pdf",
            draws=[civ.georgia_birth(birth, r), civ.apostille(apo, r, "ka")],
            docs=[
                dict(
                    pages=[1],
                    type="birth_certificate",
                    fields={
                        "surname": "JAPARIDZE",
                        "given_names": "TAMAR",
                        "date_of_birth": "1997-11-23",
                        "place_of_birth": "Kutaisi, Georgia",
                        "issuing_country": "GEO",
                        "language": "ka",
                        "has_apostille": True,
                    },
                    notes="bilingual labels; values in Georgian script then Latin",
                ),
                dict(
                    pages=[2],
                    type="apostille",
                    fields={
                        "country": "Georgia / საქართველო",
                        "issued_on": "2026-01-16",
                        "number": "A26-0114587",
                        "signed_by": "Nino Beridze",
                    },
                ),
            ],
        ),
        dict(
            kind="pages",
            look="text_pdf",
            file="Facture_SFR_2026-08.pdf",
            draws=[bdraws[0][0]],
            title="Facture SFR",
            creator="SFR Facturation",
            docs=[dict(pages=[1], type="utility_bill", fields=bdraws[0][1])],
        ),
        dict(
            kind="pages",
            look="text_pdf",
            file="Facture_SFR_2026-09.pdf",
            draws=[bdraws[1][0]],
            title="Facture SFR",
            creator="SFR Facturation",
            docs=[dict(pages=[1], type="utility_bill", fields=bdraws[1][1])],
        ),
        dict(
            kind="screen",
            file="Screenshot_20261105-081722.png",
            type="utility_bill",
            draw=fr.sfr_app_screenshot(bills[2], r, bdraws[2][1]),
            fields=bdraws[2][1],
            notes="October bill shown in the SFR & Moi app",
        ),
        dict(
            kind="pages",
            look="text_pdf",
            file="Contrat_CDI_Japaridze.pdf",
            draws=cdraws,
            title="Contrat de travail",
            creator="Microsoft Word",
            docs=[dict(pages=[1, 2], type="employment_contract", fields=cfields)],
        ),
        dict(
            kind="pages",
            look="text_pdf",
            file="Bulletin_paie_octobre_2026.pdf",
            draws=[pdraw],
            title="Bulletin de paie",
            creator="Silae",
            docs=[dict(pages=[1], type="payslip", fields=pfields)],
        ),
        dict(
            kind="screen",
            file="Screenshot_20261102-210633.png",
            type="rib",
            draw=rdraw,
            fields=rfields,
            notes="Revolut app account details, French IBAN (FR76 2823...)",
        ),
    ]
    reqs = dict(ALL_OK, employment="complete")
    return dict(
        name="p02",
        as_of="2026-11-24",
        employed=True,
        applicant=ap,
        items=items,
        requirements=reqs,
        defect=None,
    )
