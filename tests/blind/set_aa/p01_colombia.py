"""p01: Colombian employee in Lyon, lease route, VLS-TS salarié. In order."""

import random

import ids
from build import Packet, image_pdf, photo, requirements, scanned, status_of, text_pdf
from docs_civil import apostille, birth_certificate, form_s1106, pseudo_code
from docs_fin import lease, payslip, rib
from docs_id import MON_ES, passport_page, visa_sticker
from page import render_pil

AS_OF = "2026-11-20"
SUR, GIV, DOB = "RESTREPO GOMEZ", "MARIA VALENTINA", "1996-08-23"
ADDR1, ADDR2 = "27 rue Paul Bert, appt 14", "69003 LYON"
SKIN, HAIR = (205, 160, 125), (45, 30, 20)


def build(root):
    pk = Packet(root, "p01")
    d = pk.dir
    # --- form, typed on a computer, printed, signed by hand, scanned ---
    rng = random.Random("p01-form")
    A = dict(
        surname="RESTREPO GOMEZ",
        given="MARIA VALENTINA",
        dob=DOB,
        sex="F",
        pob_city="MEDELLIN",
        pob_country="COLOMBIE",
        nationality="Colombienne",
        street=ADDR1,
        city=ADDR2,
        phone="06 48 21 93 07",
        email="mvalentina.restrepo@gmail.com",
        status="employed",
        employer="Atelier Numérique Rhône SAS",
        job="Développeuse web",
        contract="CDI",
        place="Lyon",
        date_print="12/11/2026",
        signed=True,
        sig_name="MValentina R.",
    )
    image_pdf(d / "Formulaire_S1106_rempli.pdf", form_s1106(rng, A), rng, 150)
    pk.doc(
        [{"path": "Formulaire_S1106_rempli.pdf", "pages": [1, 2]}],
        "application_form",
        "image_pdf",
        {
            "surname": "RESTREPO GOMEZ",
            "given_names": "MARIA VALENTINA",
            "date_of_birth": DOB,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-12",
            "nir": None,
        },
        "Typed into the PDF form, printed, signed in ink, scanned (2 pages).",
    )
    # --- passport (Colombia), phone photo rotated 90 ---
    rng = random.Random("p01-passport")
    P = dict(
        country="COL",
        surname=SUR,
        given=GIV,
        number="AW482913",
        nat_word="COLOMBIANA",
        dob=DOB,
        sex="F",
        pob="MEDELLIN",
        issued="2023-03-14",
        expiry="2033-03-14",
        authority="CANCILLERIA - BOGOTA",
        personal="1037654321",
        skin=SKIN,
        hair=HAIR,
    )
    style = dict(
        country_line="REPÚBLICA DE COLOMBIA",
        doc_word="PASAPORTE / PASSPORT",
        base=(234, 226, 214),
        ink=(170, 120, 90),
        title=(110, 30, 40),
        months=MON_ES,
        l_type="Tipo / Type",
        l_code="Código / Code",
        l_no="Pasaporte No. / Passport No.",
        l_surname="Apellidos / Surname",
        l_given="Nombres / Given names",
        l_nat="Nacionalidad / Nationality",
        l_dob="Fecha de nacimiento / Date of birth",
        l_sex="Sexo / Sex",
        l_pob="Lugar de nacimiento / Place of birth",
        l_issue="Fecha de expedición / Date of issue",
        l_exp="Fecha de vencimiento / Date of expiry",
        l_auth="Autoridad / Authority",
    )
    pg, _ = passport_page(rng, P, style)
    photo(d / "pasaporte.jpg", render_pil(pg, 300), rng, rot_k=1, fill=0.7)
    pk.doc(
        [{"path": "pasaporte.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": "AW482913",
            "nationality": "COL",
            "issuing_country": "COL",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2033-03-14",
            "mrz_valid": True,
        },
        "Data page only, photo taken on a wooden table, image rotated 90 degrees.",
    )
    # --- VLS-TS visa sticker, phone photo ---
    rng = random.Random("p01-visa")
    V = dict(
        number_print="FRA 004518273",
        number="004518273",
        surname=SUR,
        given=GIV,
        nat="COL",
        dob=DOB,
        sex="F",
        **{"from": "2026-05-10"},
        until="2027-05-09",
        days=365,
        post="BOGOTA",
        issued="2026-04-28",
        passport="AW482913",
        remarks="VLS-TS SALARIE",
        remarks2="CASE A COCHER",
        skin=SKIN,
        hair=HAIR,
    )
    vis, _ = visa_sticker(rng, V)
    photo(d / "visa_francia.jpg", vis, rng, rot_k=0, fill=0.72, skew=0.07)
    pk.doc(
        [{"path": "visa_francia.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": "004518273",
            "nationality": "COL",
            "issuing_country": "FRA",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2027-05-09",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIE",
            "valid_from": "2026-05-10",
            "valid_until": "2027-05-09",
        },
        "Visa page of the passport, skewed photo.",
    )
    # --- e-apostille (text page) + scanned registro civil in one PDF ---
    rng = random.Random("p01-birth")
    B = dict(
        style="col",
        serial="54821977",
        office_no="15",
        office_place="ANTIOQUIA - MEDELLÍN",
        ap1="RESTREPO",
        ap2="GÓMEZ",
        given="MARÍA VALENTINA",
        nuip="1037654321",
        dob_parts=("1996", "AGO", "23"),
        sex_word="FEMENINO",
        pob="COLOMBIA - ANTIOQUIA - MEDELLÍN",
        mother="GÓMEZ ARANGO LUZ MARINA",
        father="RESTREPO VÉLEZ JORGE IVÁN",
        registered="02/09/1996",
        official="Carlos Andrés Mejía Toro",
        office_stamp="NOTARÍA 15 MEDELLÍN",
    )
    bc = birth_certificate(rng, B)
    ap = apostille(
        rng,
        dict(
            labels=[
                "País / Country",
                "El presente documento público ha sido firmado por / has been signed by",
                "Quien actúa en calidad de / acting in the capacity of",
                "Y está revestido del sello/timbre de / bears the seal/stamp of",
                "En / at",
                "El día / the",
                "Por / by",
                "Bajo el número / No.",
                "Sello/timbre / Seal/stamp",
                "Firma / Signature",
            ],
            country="REPÚBLICA DE COLOMBIA",
            signed_by="CARLOS ANDRÉS MEJÍA TORO",
            capacity="NOTARIO QUINCE (15) DEL CÍRCULO DE MEDELLÍN",
            seal_of="NOTARÍA QUINCE DEL CÍRCULO DE MEDELLÍN",
            at="BOGOTÁ D.C.",
            on_print="03/02/2026",
            by="MINISTERIO DE RELACIONES EXTERIORES DE COLOMBIA",
            number="A2K7Q1M93",
            seal_text="CANCILLERÍA",
            signer_sig="J. Pardo",
            footer="Esta apostilla se expide conforme al Decreto 0019 de 2012. La autenticidad"
            " puede verificarse en www.cancilleria.gov.co/apostillas-legalizaciones con el"
            " código A2K7Q1M93. Este documento consta de 2 páginas.",
            top=25,
        ),
    )
    ap.image(150, 200, 30, 30, pseudo_code(rng))
    text_pdf(
        d / "apostilla_registro_civil.pdf",
        [ap, (scanned(bc, rng, 150), bc.w, bc.h)],
        "Apostilla",
        "Cancillería - Apostilla",
    )
    pk.doc(
        [{"path": "apostilla_registro_civil.pdf", "pages": [2]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "RESTREPO GÓMEZ",
            "given_names": "MARÍA VALENTINA",
            "date_of_birth": DOB,
            "place_of_birth": "COLOMBIA - ANTIOQUIA - MEDELLÍN",
            "issuing_country": "COL",
            "language": "es",
            "has_apostille": True,
        },
        "Registro civil de nacimiento (notaría 15 Medellín), scanned page inside the e-apostille"
        " PDF; Spanish, no translation.",
    )
    pk.doc(
        [{"path": "apostilla_registro_civil.pdf", "pages": [1]}],
        "apostille",
        "text_pdf",
        {
            "country": "COL",
            "issued_on": "2026-02-03",
            "number": "A2K7Q1M93",
            "signed_by": "MINISTERIO DE RELACIONES EXTERIORES DE COLOMBIA",
        },
        "Colombian electronic apostille, text page 1, the apostilled registro civil is page 2.",
    )
    # --- lease, 3-page scanner PDF ---
    rng = random.Random("p01-lease")
    L = dict(
        place="Lyon",
        signed="2026-05-22",
        landlord_sig="F. Berthelot",
        tenant_sig="MValentina Restrepo",
        sections=[
            (
                "I. DÉSIGNATION DES PARTIES",
                [
                    "Le présent contrat est conclu entre les soussignés :",
                    "Bailleur : Madame Françoise BERTHELOT, demeurant 4 quai Saint-Vincent,"
                    " 69001 Lyon, personne physique, désignée ci-après « le bailleur » ;",
                    "Locataire : Madame María Valentina RESTREPO GÓMEZ, désignée ci-après"
                    " « le locataire ».",
                ],
            ),
            (
                "II. OBJET DU CONTRAT",
                [
                    "Localisation du logement : 27 rue Paul Bert, appartement 14, 3e étage,"
                    " 69003 Lyon.",
                    "Type d'habitat : immeuble collectif. Régime juridique : copropriété. Période"
                    " de construction : 1949 à 1974. Surface habitable : 38,5 m². Nombre de pièces"
                    " principales : 2. Chauffage individuel électrique, eau chaude individuelle.",
                    "Destination des locaux : usage d'habitation principale.",
                ],
            ),
            (
                "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
                [
                    "Date de prise d'effet du contrat : 1er juin 2026.",
                    "Durée du contrat : 3 ans, renouvelable par tacite reconduction dans les"
                    " conditions de l'article 10 de la loi du 6 juillet 1989.",
                ],
            ),
            (
                "IV. CONDITIONS FINANCIÈRES",
                [
                    "Montant du loyer mensuel : 690,00 € hors charges. Le logement est situé"
                    " dans une zone d'encadrement des loyers : loyer de référence 17,10 €/m²,"
                    " loyer de référence majoré 20,52 €/m².",
                    "Provision sur charges récupérables : 60,00 € par mois, avec régularisation"
                    " annuelle.",
                    "Modalités de paiement : mensuel, à échoir, le 5 de chaque mois, par virement.",
                    "Dépôt de garantie : 690,00 € (un mois de loyer hors charges).",
                ],
            ),
            ("V. TRAVAUX", ["Néant."]),
            ("VI. GARANTIES", ["Caution solidaire : garantie Visale n° V0123948812."]),
            (
                "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
                [
                    "Le présent contrat sera résilié de plein droit, un mois après un commandement"
                    " de payer demeuré infructueux, à défaut de paiement du loyer, des charges ou"
                    " du dépôt de garantie, ou deux mois après un commandement demeuré"
                    " infructueux à défaut de souscription d'une assurance contre les risques"
                    " locatifs.",
                ],
            ),
            (
                "VIII. ANNEXES",
                [
                    "Sont annexées au présent contrat : le dossier de diagnostic technique (DPE,"
                    " ERP, CREP, diagnostics électricité), la notice d'information prévue par"
                    " l'arrêté du 29 mai 2015, l'état des lieux d'entrée, l'extrait du règlement"
                    " de copropriété.",
                ],
            ),
        ],
    )
    lp = lease(rng, L)
    image_pdf(d / "bail_signe.pdf", lp, rng, 150)
    pk.doc(
        [{"path": "bail_signe.pdf", "pages": list(range(1, len(lp) + 1))}],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["María Valentina RESTREPO GÓMEZ"],
            "landlord": "Françoise BERTHELOT",
            "address": "27 rue Paul Bert, appartement 14, 69003 Lyon",
            "start_date": "2026-06-01",
        },
        "Bail loi 1989 (décret 2015-587 model), signed, scanned.",
    )
    # --- payslip October, text PDF from payroll ---
    rng = random.Random("p01-pay")
    S = dict(
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        employer_lines=[
            "ATELIER NUMÉRIQUE RHÔNE SAS",
            "112 cours Lafayette",
            "69003 LYON",
            "SIRET : 852 417 339 00027",
            "Code NAF : 6201Z",
            "URSSAF Rhône-Alpes",
        ],
        employee_lines=[
            "Mme María Valentina RESTREPO GÓMEZ",
            ADDR1,
            ADDR2,
            "N° SS : en cours d'immatriculation",
        ],
        info=[
            ("Emploi", "Développeuse web"),
            ("Statut / classification", "ETAM - Position 2.2 - Coef. 310 (Syntec)"),
            ("Date d'entrée", "15/06/2026"),
            ("Contrat", "CDI - temps plein 35 h"),
            ("Convention collective", "Bureaux d'études techniques (IDCC 1486)"),
        ],
        rows=[
            ("Salaire de base", "151,67", "20,4395", "3 100,00"),
            ("SALAIRE BRUT", "", "", "3 100,00"),
            ("Santé", "", "", "-48,36"),
            ("Retraite", "", "", "-298,91"),
            ("Assurance chômage", "", "", "0,00"),
            ("Autres contributions dues par l'employeur", "", "", "0,00"),
            ("CSG déductible de l'impôt sur le revenu", "3 046,28", "6,80", "-207,15"),
            ("CSG/CRDS non déductible", "3 046,28", "2,90", "-88,34"),
            ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "-642,76"),
        ],
        net_before="2 457,24",
        pas_rate="1,8 %",
        pas="44,87",
        net="2 412,37",
        net_social="2 501,61",
    )
    text_pdf(d / "fiche_de_paie_2026-10.pdf", [payslip(rng, S)], "Bulletin de paie", "Silae Paie")
    pk.doc(
        [{"path": "fiche_de_paie_2026-10.pdf", "pages": [1]}],
        "payslip",
        "text_pdf",
        {
            "employer": "ATELIER NUMÉRIQUE RHÔNE SAS",
            "employee_name": "María Valentina RESTREPO GÓMEZ",
            "period": "2026-10",
            "net_pay": "2412.37",
            "siret": "85241733900027",
        },
        "Bulletin de paie clarifié, October 2026, emailed by payroll.",
    )
    # --- RIB LCL, text PDF ---
    rng = random.Random("p01-rib")
    iban, key = ids.fr_iban("30002", "01849", "0000745219K")
    R = dict(
        bank="LCL",
        color=(0, 40, 110),
        holder_lines=[
            "MME RESTREPO GOMEZ MARIA VALENTINA",
            "27 RUE PAUL BERT APPT 14",
            "69003 LYON",
        ],
        branch_lines=["LCL LYON PART-DIEU", "40 BOULEVARD VIVIER MERLE", "69003 LYON"],
        bank_code="30002",
        branch="01849",
        account="0000745219K",
        key=key,
        iban=iban,
        bic="CRLYFRPP",
        legal="LCL - Le Crédit Lyonnais, SA au capital de 2 037 713 591 €,"
        " siège social : 18 rue de la République 69002 Lyon, SIREN 954 509 741 RCS Lyon.",
    )
    text_pdf(d / "RIB_LCL.pdf", [rib(rng, R)], "RIB", "LCL")
    pk.doc(
        [{"path": "RIB_LCL.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        {
            "holder_name": "MME RESTREPO GOMEZ MARIA VALENTINA",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Downloaded RIB.",
    )
    reqs = requirements(True)
    pk.write_truth(
        {
            "as_of": AS_OF,
            "employed": True,
            "status": status_of(reqs),
            "requirements": reqs,
            "defect": None,
            "applicant": {"surname": SUR, "given_names": GIV, "date_of_birth": DOB},
        }
    )
