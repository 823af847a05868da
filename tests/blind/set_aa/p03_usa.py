"""p03: American spouse of a French citizen, hosted in Paris, CDD. Defect: the RIB is the
husband's own account (bank_details invalid)."""

import random

import effects
import ids
from build import Packet, image_pdf, photo, requirements, scan_jpg, status_of, text_pdf
from docs_civil import apostille, birth_certificate, form_s1106, hosting_attestation
from docs_fin import contract, rib, telecom_bill
from docs_id import fr_card_back, fr_card_front, passport_page, visa_sticker
from page import render_pil

AS_OF = "2026-09-28"
SUR, GIV, DOB = "CARTER", "EMILY ROSE", "1992-07-14"
HOST_ADDR = ["14 RUE DE LA ROQUETTE", "75011 PARIS"]
SKIN, HAIR = (236, 200, 175), (150, 95, 40)
SFR_LEGAL = (
    "SFR - Société Française du Radiotéléphone, SA au capital de 3 423 265 598,40 € -"
    " 16 rue du Général Alain de Boissieu 75015 Paris - RCS Paris 343 059 564."
)
MON_US = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def build(root):
    pk = Packet(root, "p03")
    d = pk.dir
    # --- form filled on screen, signature image pasted, saved as PDF ---
    rng = random.Random("p03-form")
    A = dict(
        surname="CARTER",
        usage="MARCHAND",
        given="EMILY ROSE",
        dob=DOB,
        sex="F",
        pob_city="COLUMBUS, OHIO",
        pob_country="ETATS-UNIS",
        nationality="Américaine",
        street="chez M. Marchand, 14 rue de la Roquette",
        city="75011 PARIS",
        phone="07 68 02 51 39",
        email="emily.carter.paris@gmail.com",
        status="employed",
        employer="Lumière Voyages SARL",
        job="Chargée de clientèle bilingue",
        contract="CDD (6 mois)",
        place="Paris",
        date_print="22/09/2026",
        signed=True,
        sig_name="Emily R. Carter",
    )
    text_pdf(d / "cerfa_s1106_Emily.pdf", form_s1106(rng, A), "S1106", "Adobe Acrobat Reader")
    pk.doc(
        [{"path": "cerfa_s1106_Emily.pdf", "pages": [1, 2]}],
        "application_form",
        "text_pdf",
        {
            "surname": "CARTER",
            "given_names": "EMILY ROSE",
            "date_of_birth": DOB,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-09-22",
            "nir": None,
        },
        "Filled on screen, signature image pasted; usage name MARCHAND (married name).",
    )
    # --- US passport, phone photo ---
    rng = random.Random("p03-passport")
    P = dict(
        country="USA",
        surname=SUR,
        given=GIV,
        number="A04829173",
        nat_word="UNITED STATES OF AMERICA",
        dob=DOB,
        sex="F",
        pob="OHIO, U.S.A.",
        issued="2021-05-03",
        expiry="2031-05-02",
        authority="United States Department of State",
        skin=SKIN,
        hair=HAIR,
    )
    style = dict(
        country_line="UNITED STATES OF AMERICA",
        doc_word="PASSPORT",
        base=(232, 236, 240),
        ink=(150, 160, 200),
        title=(20, 40, 90),
        months=MON_US,
        l_type="Type",
        l_code="Code of Issuing State",
        l_no="Passport No.",
        l_surname="Surname",
        l_given="Given Names",
        l_nat="Nationality",
        l_dob="Date of birth",
        l_sex="Sex",
        l_pob="Place of birth",
        l_issue="Date of issue",
        l_exp="Date of expiration",
        l_auth="Authority",
    )
    pg, _ = passport_page(rng, P, style)
    photo(
        d / "passport.jpg",
        render_pil(pg, 300),
        rng,
        rot_k=0,
        long_side=4032,
        fill=0.75,
        table=(90, 80, 70),
    )
    pk.doc(
        [{"path": "passport.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": "A04829173",
            "nationality": "USA",
            "issuing_country": "USA",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2031-05-02",
            "mrz_valid": True,
        },
        "Data page on a dark table.",
    )
    # --- VLS-TS, flatbed scan ---
    rng = random.Random("p03-visa")
    V = dict(
        number_print="FRA 007731492",
        number="007731492",
        surname=SUR,
        given=GIV,
        nat="USA",
        dob=DOB,
        sex="F",
        **{"from": "2026-02-20"},
        until="2027-02-19",
        days=365,
        post="WASHINGTON",
        issued="2026-02-06",
        passport="A04829173",
        remarks="VLS-TS VIE PRIVEE ET FAMILIALE",
        remarks2="CONJOINT DE FRANCAIS",
        skin=SKIN,
        hair=HAIR,
    )
    vis, _ = visa_sticker(rng, V)
    glass = effects.place_on_glass([(vis, 15, 15, 300)], rng, (1654, 2339), 200)
    scan_jpg(d / "visa_page.jpg", glass, rng)
    pk.doc(
        [{"path": "visa_page.jpg", "pages": [1]}],
        "long_stay_visa",
        "scan",
        {
            "surname": SUR,
            "given_names": GIV,
            "document_number": "007731492",
            "nationality": "USA",
            "issuing_country": "FRA",
            "date_of_birth": DOB,
            "sex": "F",
            "expiry_date": "2027-02-19",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "VIE PRIVEE ET FAMILIALE",
            "valid_from": "2026-02-20",
            "valid_until": "2027-02-19",
        },
        "Passport visa page on an A4 flatbed scan.",
    )
    # --- Ohio birth certificate (scanner PDF) + apostille (phone photo) ---
    rng = random.Random("p03-birth")
    B = dict(
        style="usa",
        name_line="EMILY ROSE CARTER",
        dob_words="JULY 14, 1992",
        sex_word="FEMALE",
        pob="COLUMBUS",
        county="FRANKLIN",
        mother="LINDA MARIE CARTER (HOLLIS)",
        father="STEVEN JAMES CARTER",
        file_no="1992-047113",
        registered="JULY 21, 1992",
        issued="NOVEMBER 24, 2025",
        official="Diane K. Whitlock",
    )
    image_pdf(d / "birth_certificate.pdf", [birth_certificate(rng, B)], rng, 200)
    pk.doc(
        [{"path": "birth_certificate.pdf", "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "CARTER",
            "given_names": "EMILY ROSE",
            "date_of_birth": DOB,
            "place_of_birth": "COLUMBUS, FRANKLIN COUNTY, OHIO",
            "issuing_country": "USA",
            "language": "en",
            "has_apostille": True,
        },
        "Ohio certification of birth on green security paper.",
    )
    ap = apostille(
        rng,
        dict(
            labels=[
                "Country:",
                "This public document has been signed by",
                "acting in the capacity of",
                "bears the seal/stamp of",
                "at",
                "the",
                "by",
                "No.",
                "Seal/stamp:",
                "Signature:",
            ],
            country="UNITED STATES OF AMERICA",
            signed_by="Diane K. Whitlock",
            capacity="State Registrar, Office of Vital Statistics",
            seal_of="Ohio Department of Health",
            at="Columbus, Ohio",
            on_print="December 9, 2025",
            by="Secretary of State of Ohio",
            number="2025-0098734",
            seal_text="OHIO SOS",
            signer_sig="T. Brennan",
            seal_color=(150, 120, 30),
        ),
    )
    photo(d / "apostille.jpg", ap, rng, rot_k=0, long_side=3264, table=(205, 200, 190))
    pk.doc(
        [{"path": "apostille.jpg", "pages": [1]}],
        "apostille",
        "phone_photo",
        {
            "country": "USA",
            "issued_on": "2025-12-09",
            "number": "2025-0098734",
            "signed_by": "Secretary of State of Ohio",
        },
        "Ohio Secretary of State apostille for the birth certificate, photographed.",
    )
    # --- hosting route: handwritten attestation + host CNI + three host bills ---
    rng = random.Random("p03-host")
    H = dict(
        host="Julien MARCHAND",
        host_dob="04/02/1990",
        host_pob="Lyon (69)",
        address="14 rue de la Roquette, 75011 Paris",
        since="1er mars 2026",
        rel="mon épouse",
        hosted="Emily Rose CARTER",
        hosted_dob="14/07/1992",
        hosted_pob="Columbus (Ohio, États-Unis)",
        place="Paris",
        date_print="15/09/2026",
        signed=True,
        sig_name="J. Marchand",
    )
    photo(
        d / "attestation_hebergement.jpg",
        hosting_attestation(rng, H),
        rng,
        rot_k=3,
        long_side=4000,
        table=(150, 110, 75),
    )
    pk.doc(
        [{"path": "attestation_hebergement.jpg", "pages": [1]}],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Julien MARCHAND",
            "hosted_name": "Emily Rose CARTER",
            "address": "14 rue de la Roquette, 75011 Paris",
            "since_date": "2026-03-01",
            "signed_on": "2026-09-15",
            "signed": True,
        },
        "Handwritten on lined paper, photo rotated 270 degrees.",
    )
    C = dict(
        number="X4RTBPFW4",
        surname="MARCHAND",
        given="JULIEN THOMAS",
        sex="M",
        nat="FRA",
        dob="1990-02-04",
        pob="LYON (69)",
        expiry="2033-10-11",
        issued="2023-10-12",
        authority="PREFECTURE DE POLICE",
        address1="14 RUE DE LA ROQUETTE",
        address2="75011 PARIS",
        skin=(225, 190, 160),
        hair=(60, 40, 25),
    )
    front = fr_card_front(rng, C, "cni")
    back, _ = fr_card_back(rng, C, "cni")
    glass = effects.place_on_glass(
        [(front, 25, 25, 400), (back, 25, 95, 400)], rng, (1240, 1754), 150
    )
    image_pdf(d / "CNI_Julien_recto_verso.pdf", [(glass, 210, 297)], rng)
    pk.doc(
        [{"path": "CNI_Julien_recto_verso.pdf", "pages": [1]}],
        "national_id",
        "image_pdf",
        {
            "surname": "MARCHAND",
            "given_names": "JULIEN THOMAS",
            "document_number": "X4RTBPFW4",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1990-02-04",
            "sex": "M",
            "expiry_date": "2033-10-11",
            "mrz_valid": True,
        },
        "Host's French ID card (2021 model), both faces on one scanned page.",
    )
    for i, (m, end) in enumerate(
        (("2026-06", "2026-06-30"), ("2026-07", "2026-07-31"), ("2026-08", "2026-08-31"))
    ):
        rng = random.Random("p03-bill-" + m)
        issue = m + "-03"
        B = dict(
            provider="SFR",
            offer="SFR Fibre Power",
            issue=issue,
            account="4401 2283 917",
            invoice_no="2%s%07d" % (m.replace("-", "")[2:], 3318402 + i * 13),
            line="01 43 57 %02d %02d" % (29, 84),
            holder_print="M JULIEN MARCHAND",
            address_lines=HOST_ADDR,
            amount=35.99,
            debit=m + "-12",
            debit_acct="FR76 1027 8...",
            start=m + "-01",
            end=end,
            lines=[("Forfait SFR Fibre Power - mensualité", 35.99)],
            legal=SFR_LEGAL,
        )
        name = "SFR_facture_%s.pdf" % m
        text_pdf(d / name, [telecom_bill(rng, B)], "Facture SFR", "SFR Espace Client")
        pk.doc(
            [{"path": name, "pages": [1]}],
            "utility_bill",
            "text_pdf",
            {
                "provider": "SFR",
                "service": "internet",
                "holder_name": "JULIEN MARCHAND",
                "address": "14 RUE DE LA ROQUETTE, 75011 PARIS",
                "issue_date": issue,
                "period_start": m + "-01",
                "period_end": end,
                "amount": "35.99",
                "month": m,
            },
            "Host's monthly box bill.",
        )
    # --- CDD contract ---
    rng = random.Random("p03-contract")
    CT = dict(
        title="CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        place="Paris",
        signed="2026-08-26",
        employer_sig="P. Gauthier",
        employee_sig="Emily R. Carter",
        paragraphs=[
            "ENTRE LES SOUSSIGNÉS :",
            "La société LUMIÈRE VOYAGES SARL, au capital de 40 000 €, immatriculée au RCS de"
            " Paris sous le numéro 498 276 114, SIRET 498 276 114 00036, dont le siège est"
            " situé 62 rue de Turbigo, 75003 Paris, représentée par M. Pascal GAUTHIER en sa"
            " qualité de gérant, ci-après « l'employeur »,",
            "ET :",
            "Madame Emily Rose CARTER, née le 14 juillet 1992 à Columbus (États-Unis), de"
            " nationalité américaine, demeurant 14 rue de la Roquette, 75011 Paris,"
            " ci-après « la salariée ».",
            "Article 1 - Engagement et motif",
            "La salariée est engagée à durée déterminée pour faire face à un accroissement"
            " temporaire d'activité lié à la saison d'hiver, conformément à l'article"
            " L.1242-2 du code du travail.",
            "Article 2 - Durée",
            "Le contrat prend effet le 1er septembre 2026 et prendra fin le 28 février 2027."
            " Il comporte une période d'essai de deux semaines.",
            "Article 3 - Fonctions",
            "La salariée exercera les fonctions de chargée de clientèle bilingue"
            " (français-anglais), statut employé, niveau 2 de la convention collective"
            " nationale des agences de voyages et de tourisme.",
            "Article 4 - Rémunération",
            "La salariée percevra un salaire mensuel brut de 2 150,00 € pour 35 heures"
            " hebdomadaires, ainsi qu'une indemnité de fin de contrat de 10 %.",
            "Article 5 - Lieu de travail",
            "62 rue de Turbigo, 75003 Paris.",
            "Article 6 - Protection sociale",
            "La salariée sera affiliée au régime général de la sécurité sociale, à la caisse"
            " de retraite complémentaire AGIRC-ARRCO et au contrat de mutuelle collectif de"
            " l'entreprise.",
        ],
    )
    cp = contract(rng, CT)
    text_pdf(d / "contrat_CDD.pdf", cp, "Contrat CDD", "Microsoft Word")
    pk.doc(
        [{"path": "contrat_CDD.pdf", "pages": list(range(1, len(cp) + 1))}],
        "employment_contract",
        "text_pdf",
        {
            "employer": "LUMIÈRE VOYAGES SARL",
            "employee_name": "Emily Rose CARTER",
            "contract_type": "CDD",
            "job_title": "chargée de clientèle bilingue",
            "start_date": "2026-09-01",
        },
        "Signed CDD exported from Word.",
    )
    # --- RIB: husband's own account (the defect) ---
    rng = random.Random("p03-rib")
    iban, key = ids.fr_iban("10278", "06039", "00020458701")
    R = dict(
        bank="Crédit Mutuel",
        color=(0, 84, 150),
        holder_lines=["M JULIEN MARCHAND", "14 RUE DE LA ROQUETTE", "75011 PARIS"],
        branch_lines=["CCM PARIS 11 BASTILLE", "52 RUE DE LA ROQUETTE", "75011 PARIS"],
        bank_code="10278",
        branch="06039",
        account="00020458701",
        key=key,
        iban=iban,
        bic="CMCIFR2A",
        legal="Caisse de Crédit Mutuel Paris 11 Bastille, société"
        " coopérative de crédit à capital variable, adhérente à la Caisse Fédérale de Crédit"
        " Mutuel. ORIAS 07 003 758.",
    )
    text_pdf(d / "RIB.pdf", [rib(rng, R)], "RIB", "Crédit Mutuel")
    pk.doc(
        [{"path": "RIB.pdf", "pages": [1]}],
        "rib",
        "text_pdf",
        {
            "holder_name": "M JULIEN MARCHAND",
            "iban": iban,
            "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "The husband's personal account, not a joint account: Emily is not a holder.",
    )
    reqs = requirements(True, {"bank_details": "invalid"})
    pk.write_truth(
        {
            "as_of": AS_OF,
            "employed": True,
            "status": status_of(reqs),
            "requirements": reqs,
            "defect": "bank_details: the RIB is in the name of the host/husband (M JULIEN"
            " MARCHAND) only, not the applicant -> bank_details invalid,"
            " packet incomplete",
            "applicant": {"surname": SUR, "given_names": GIV, "date_of_birth": DOB},
        }
    )
