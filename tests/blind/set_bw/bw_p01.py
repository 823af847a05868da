"""Packet p01: Egypt, employed (CDI + payslip), titre de séjour card, three internet bills,
Société Générale RIB. In order."""

from __future__ import annotations

import bw_arabic
import bw_civil
import bw_form
import bw_money
import bw_papers
from bw_build import (
    Packet,
    as_image_pdf,
    as_photo,
    as_scan,
    bill_fields,
    form_fields,
    glass,
    pdf,
)
from bw_core import d, fr, fr_iban, month_end, siret_make
from bw_ids import booklet, french_card, passport_page


def p01() -> Packet:
    dob = d("1991-06-23")
    P = Packet(
        "p01",
        "2026-11-18",
        True,
        {
            "surname": "EL SHARKAWY",
            "given_names": "MARIAM ADEL FOUAD",
            "date_of_birth": dob.isoformat(),
        },
    )
    # --- application form: typed on screen, printed, signed by hand, scanned to PDF
    v = dict(
        surname="EL SHARKAWY",
        usage="",
        given="MARIAM ADEL FOUAD",
        sex="F",
        dob=dob,
        pob_commune="Alexandrie",
        pob_pays="Égypte",
        nationality="Égyptienne",
        address="41 rue Duguesclin, appartement 23",
        cp="69006",
        commune="Lyon",
        phone="07 68 42 19 55",
        email="mariam.sharkawy91@gmail.com",
        situation="salarie",
        contract="CDI",
        profession="Ingénieure qualité",
        place="Lyon",
        date_text="10/11/2026",
        sig_name="Mariam Sharkawy",
    )
    r = P.rng("form")

    def draw_form(c):
        pos = bw_form.page1(c, "A", r)
        bw_form.fill1(c, pos, v, "typed", r)
        c.showPage()
        pos = bw_form.page2(c, "A", r, "above")
        bw_form.fill2(c, pos, v, "typed", r)

    P.put("Formulaire_demande_PUMa.pdf", as_image_pdf(pdf(draw_form), r, creator="HP Scan"))
    P.doc(
        [("Formulaire_demande_PUMa.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(v, "employed", "2026-11-10"),
        "cerfa 15763*02 print run A, typed then printed, signed by hand, scanned",
    )
    # --- passport, phone photo rotated
    r = P.rng("passport")
    pp = dict(
        country="EGY",
        surname="EL SHARKAWY",
        given="MARIAM ADEL FOUAD",
        number="A27719034",
        printed_number="A27719034",
        nat_text="EGYPTIAN",
        dob=dob,
        sex="F",
        sex_text="F",
        pob="ALEXANDRIA",
        doi=d("2023-02-12"),
        doe=d("2030-02-11"),
        auth="CAIRO",
        face={"veil": (92, 62, 72), "skin": (182, 140, 108)},
    )
    page, mrz = passport_page(pp, r)
    P.put("IMG_20261112_194503.jpg", as_photo(booklet(page, None, r), r, rot=90, fill=0.72))
    P.doc(
        [("IMG_20261112_194503.jpg", [1])],
        "passport",
        "phone_photo",
        {
            "surname": "EL SHARKAWY",
            "given_names": "MARIAM ADEL FOUAD",
            "document_number": "A27719034",
            "nationality": "EGY",
            "issuing_country": "EGY",
            "date_of_birth": dob.isoformat(),
            "sex": "F",
            "expiry_date": "2030-02-11",
            "mrz_valid": True,
        },
        "open booklet on a table, photo rotated 90 degrees; MRZ " + " / ".join(mrz),
    )
    # --- titre de séjour, both sides on one flatbed scan
    r = P.rng("ts")
    card = dict(
        kind="ts",
        surname="EL SHARKAWY",
        given_display="MARIAM ADEL FOUAD",
        given_mrz="MARIAM ADEL FOUAD",
        sex="F",
        nat="EGY",
        dob=dob,
        pob="ALEXANDRIE (EGYPTE)",
        number="K7D2MW9L4",
        expiry=d("2030-06-14"),
        permit_type="CARTE DE SEJOUR PLURIANNUELLE",
        remarks="TALENT - SALARIE QUALIFIE",
        address=["41 RUE DUGUESCLIN APT 23", "69006 LYON"],
        issued=d("2026-08-05"),
        authority="PREFET DU RHONE",
        opt1="<6926081504",
        face={"veil": (92, 62, 72), "skin": (182, 140, 108)},
    )
    front, back, mrz = french_card(card, r)
    P.put(
        "titre_sejour_recto_verso.jpg",
        as_scan(glass([(front, 25, 30), (back, 25, 110)], r, 300), r),
    )
    P.doc(
        [("titre_sejour_recto_verso.jpg", [1])],
        "residence_permit",
        "scan",
        {
            "surname": "EL SHARKAWY",
            "given_names": "MARIAM ADEL FOUAD",
            "document_number": "K7D2MW9L4",
            "nationality": "EGY",
            "issuing_country": "FRA",
            "date_of_birth": dob.isoformat(),
            "sex": "F",
            "expiry_date": "2030-06-14",
            "mrz_valid": True,
        },
        "carte de séjour pluriannuelle 'talent - salarié qualifié', recto and verso on one "
        "scan; TD1 MRZ " + " / ".join(mrz),
    )
    # --- Egyptian birth certificate (Arabic) + sworn translation
    r = P.rng("birth")
    eg = dict(
        serial="B 4471925",
        nid="29106230201487",
        child="مريم",
        sex_ar="أنثى",
        dob=dob,
        dob_words_ar="الثالث والعشرون من يونيو سنة ألف وتسعمائة وواحد وتسعين",
        pob_ar="الإسكندرية - قسم محرم بك",
        father="عادل فؤاد الشرقاوي",
        mother="نادية محمود السيد",
        office="مكتب صحة محرم بك",
        reg_date=d("1991-06-30"),
        reg_no="1874",
        issued=d("2025-11-03"),
    )
    P.put("acte_naissance.jpg", as_scan(bw_arabic.egypt_birth(eg, r), r))
    P.doc(
        [("acte_naissance.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "الشرقاوي",
            "given_names": "مريم",
            "date_of_birth": dob.isoformat(),
            "place_of_birth": "الإسكندرية - قسم محرم بك",
            "issuing_country": "EGY",
            "language": "ar",
            "has_apostille": False,
        },
        "Egyptian computerised birth certificate in Arabic (Arabic-Indic digits); the child's "
        "first name is given, the family name is read from the father's name. Egypt is not a "
        "Hague Apostille party and the France-Egypt convention of 15 March 1982 (art. 42) "
        "dispenses public documents from legalisation: no apostille is required",
    )
    t = dict(
        translator="Nour HADDAD-BENOIT",
        title="traductrice-interprète expert près la Cour d'appel de Lyon",
        translator_head=[
            "Nour HADDAD-BENOIT",
            "Traductrice-interprète expert près la Cour d'appel de Lyon",
            "Langue arabe",
            "15 quai Victor Augagneur, 69003 Lyon - 04 78 60 21 37",
        ],
        rep_no="2025-1187",
        lang_from="arabe",
        place="Lyon",
        date=d("2025-11-24"),
        doc_head=[
            "RÉPUBLIQUE ARABE D'ÉGYPTE",
            "Ministère de l'Intérieur - Secteur de l'état civil",
            "ACTE DE NAISSANCE (extrait informatisé)",
        ],
        rows=[
            ("N° de série", "B 4471925"),
            ("Numéro national", "29106230201487"),
            ("Prénom de l'enfant", "Mariam"),
            ("Sexe", "Féminin"),
            ("Date de naissance", "23/06/1991 (vingt-trois juin mil neuf cent quatre-vingt-onze)"),
            ("Lieu de naissance", "Alexandrie - circonscription de Moharram Bey"),
            ("Nom du père", "Adel Fouad EL SHARKAWY"),
            ("Nationalité du père", "Égyptienne"),
            ("Nom de la mère", "Nadia Mahmoud EL SAYED"),
            ("Nationalité de la mère", "Égyptienne"),
            ("Service d'enregistrement", "Bureau de santé de Moharram Bey"),
            ("Date et n° d'enregistrement", "30/06/1991 - n° 1874"),
            ("Date de délivrance", "03/11/2025"),
            (
                "[Signature illisible du directeur du registre civil ; cachet rond du ministère de "
                "l'Intérieur, secteur de l'état civil, Alexandrie ; code-barres.]",
                "",
            ),
        ],
        stamp_ring="EXPERT PRÈS LA COUR D'APPEL DE LYON *",
        stamp_inner=["N. HADDAD-BENOIT", "ARABE", ""],
    )
    P.put(
        "traduction_acte_naissance.pdf", as_image_pdf(pdf(bw_civil.translation, t, r), r, grey=True)
    )
    P.doc(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        {},
        "sworn translation of the Egyptian birth certificate into French",
    )
    # --- three Bouygues Telecom bills (emailed PDFs)
    blk = ["MME MARIAM EL SHARKAWY", "41 RUE DUGUESCLIN", "APT 23", "69006 LYON"]
    for i, (mo, amt, extra) in enumerate(
        (
            (8, 30.99, None),
            (9, 30.99, None),
            (10, 33.48, ("Appels vers mobiles hors forfait (7 min)", 2.49)),
        )
    ):
        r = P.rng(f"bill{mo}")
        start = d(f"2026-{mo:02d}-01")
        end = month_end(2026, mo)
        issue = d(f"2026-{mo + 1:02d}-04")
        lines = [(f"Abonnement Bbox fit du {fr(start)} au {fr(end)}", 30.99)]
        if extra:
            lines.append(extra)
        b = dict(
            issue_date=issue,
            client_no="1.2048.7731",
            invoice_no=f"FBB2026{mo:02d}0{48231 + i * 7}",
            line_no="09 81 47 23 65",
            offer="Bbox fit",
            address_block=blk,
            amount=amt,
            debit_date=d(f"2026-{mo + 1:02d}-19"),
            debit_account="FR76 **** **** *** 127",
            lines=lines,
        )
        name = f"Facture_Bbox_2026-{mo:02d}.pdf"
        P.put(
            name,
            pdf(
                bw_money.bill_bouygues,
                b,
                r,
                title="Facture Bouygues Telecom",
                creator="Bouygues Telecom - Facturation",
            ),
        )
        P.doc(
            [(name, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields(
                "Bouygues Telecom",
                "internet",
                "MARIAM EL SHARKAWY",
                "41 RUE DUGUESCLIN, APT 23, 69006 LYON",
                issue,
                start,
                amt,
            ),
            "monthly Bbox internet bill in the applicant's name",
        )
    # --- RIB Société Générale
    r = P.rng("rib")
    iban, key = fr_iban("30003", "01885", "00050438127")
    rib = dict(
        style="sg",
        holder_block=["MME EL SHARKAWY MARIAM", "41 RUE DUGUESCLIN APT 23", "69006 LYON"],
        domiciliation=["SG LYON BROTTEAUX", "62 BD DES BELGES", "69006 LYON"],
        bank="30003",
        branch="01885",
        account="00050438127",
        key=key,
        iban=iban,
        bic="SOGEFRPP",
    )
    P.put("RIB_SG.pdf", pdf(bw_money.rib_page, rib, r, title="RIB", creator="Societe Generale"))
    P.doc(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "EL SHARKAWY MARIAM",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "two copies of the RIB on the page",
    )
    # --- payslip (text PDF) and signed CDI (scanned)
    r = P.rng("payslip")
    siret = siret_make("41238765", "0002")
    emp = dict(
        name="VERLANE INSTRUMENTS SAS",
        address=["12 avenue Tony Garnier", "69007 Lyon"],
        siret=siret,
        naf="2651B",
        urssaf="Rhône-Alpes",
        ccn="Métallurgie (IDCC 3248)",
    )
    wk = dict(
        name="Mme Mariam EL SHARKAWY",
        address=["41 rue Duguesclin, apt 23", "69006 Lyon"],
        matricule="00871",
        nir="en cours",
        job="Ingénieure qualité",
        status="Cadre - Groupe F",
        start=d("2026-06-15"),
    )
    ps = dict(
        period=dict(start=d("2026-10-01"), end=d("2026-10-31")),
        paid_on=d("2026-10-30"),
        employer=emp,
        employee=wk,
        gross=3850.0,
        pas_rate=4.5,
        ytd_gross=17325.0,
    )
    net = bw_money.net_pay(3850.0, True, 4.5)
    P.put(
        "bulletin_paie_2026_10.pdf",
        pdf(bw_money.payslip, ps, r, title="Bulletin de paie octobre 2026", creator="Silae"),
    )
    P.doc(
        [("bulletin_paie_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "VERLANE INSTRUMENTS SAS",
            "employee_name": "Mariam EL SHARKAWY",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
        "bulletin de paie clarifié; net_pay is the 'NET PAYÉ EN EUROS' line",
    )
    r = P.rng("contract")
    k = dict(
        employer=dict(
            name="VERLANE INSTRUMENTS SAS",
            form="société par actions simplifiée",
            capital="250 000",
            rcs_city="Lyon",
            siren=f"{siret[:3]} {siret[3:6]} {siret[6:9]}",
            address="12 avenue Tony Garnier, 69007 Lyon",
            signatory="Claire DUBREUIL-PERRIN",
            signatory_role="Directrice des ressources humaines",
            ccn="convention collective nationale de la métallurgie",
            siret=siret,
        ),
        employee=dict(
            civ="Madame",
            given="Mariam Adel Fouad",
            surname="EL SHARKAWY",
            dob=dob,
            pob="Alexandrie (Égypte)",
            nat="égyptienne",
            address="41 rue Duguesclin, appartement 23, 69006 Lyon",
        ),
        start=d("2026-06-15"),
        job="Ingénieure qualité",
        classification="F 11",
        gross=3850.0,
        place="Lyon",
        signed_on=d("2026-06-02"),
    )
    P.put("contrat_CDI_signe.pdf", as_image_pdf(pdf(bw_papers.contract_cdi, k, r), r, q=68))
    P.doc(
        [("contrat_CDI_signe.pdf", [1, 2])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "VERLANE INSTRUMENTS SAS",
            "employee_name": "Mariam Adel Fouad EL SHARKAWY",
            "contract_type": "CDI",
            "job_title": "Ingénieure qualité",
            "start_date": "2026-06-15",
        },
        "signed by both parties, initials on each page",
    )
    return P
