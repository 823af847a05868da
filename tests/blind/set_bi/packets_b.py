"""p03 (Philippines, employed, three bills in own name)."""

import civil
import form
import frdocs
import looks
import screens
from build import Packet, booklet, card_sides, on_a4, pdf_pages
from common import iban
from ids import card_mrz
from kit import (
    LABELS_PH,
    form_fields,
    make_passport,
    make_siret,
)


def p03(out):
    app = {"surname": "DELA CRUZ", "given_names": "JOHN PAUL", "date_of_birth": "1990-05-19"}
    pk = Packet(out, "p03", "2026-11-27", True, app)
    pdf, f, _ = make_passport(
        pk.rng("pass"),
        country="PHL",
        number="P7284619B",
        surname="DELA CRUZ",
        given="JOHN PAUL",
        middle="MANALO",
        dob="1990-05-19",
        sex="M",
        issue="2023-06-05",
        expiry="2033-06-04",
        state="REPUBLIKA NG PILIPINAS / REPUBLIC OF THE PHILIPPINES",
        title="PASAPORTE / PASSPORT",
        nat_print="FILIPINO",
        pob="QUEZON CITY",
        authority="DFA MANILA",
        labels=LABELS_PH,
        tint=(0.9, 0.84, 0.8),
        tone=(0.62, 0.46, 0.34),
    )
    im = looks.phone_photo(booklet(pdf, (0.35, 0.1, 0.12)), pk.rng("pass-photo"), 4000, rotate=90)
    pk.jpg("IMG_20261120_093012.jpg", im)
    pk.add(
        [("IMG_20261120_093012.jpg", [1])],
        "passport",
        "phone_photo",
        f,
        "Philippine ePassport; middle name MANALO printed separately (not in the MRZ). "
        "Photo rotated 90 degrees.",
    )
    k = dict(
        code="IR",
        number="TS7461028",
        dob="1990-05-19",
        sex="M",
        expiry="2030-06-14",
        nat="PHL",
        surname="DELA CRUZ",
        given="JOHN PAUL",
        tint=(0.93, 0.88, 0.92),
        title="TITRE DE SÉJOUR",
        tone=(0.62, 0.46, 0.34),
    )
    k["front"] = [
        ("NOM / Surname", "DELA CRUZ"),
        ("Prénoms / Given names", "JOHN PAUL"),
        ("Sexe  Nationalité  Date de naissance", "M   PHL   19 05 1990"),
        ("Type de titre / Type of permit", "CARTE SEJOUR PLURIANNUELLE"),
        ("Remarques / Remarks", "TALENT - SALARIE QUALIFIE"),
    ]
    k["mrz"] = card_mrz(k)
    k["back"] = [
        ("Adresse", "5 RUE LAMARTINE 44100 NANTES"),
        ("Valable du / au", "15 06 2026   14 06 2030"),
        ("Lieu de naissance", "QUEZON CITY (PHL)"),
        ("Autorité / Authority", "PRÉFECTURE DE LOIRE-ATLANTIQUE"),
    ]
    sides = card_sides(k, pk.rng("ts"), dpi=300)
    pk.jpg(
        "titre_sejour_recto_verso.jpg",
        looks.scan(on_a4(sides, dpi=300), pk.rng("ts-scan"), skew=0.5),
        88,
    )
    pk.add(
        [("titre_sejour_recto_verso.jpg", [1])],
        "residence_permit",
        "scan",
        {
            "surname": "DELA CRUZ",
            "given_names": "JOHN PAUL",
            "document_number": "TS7461028",
            "nationality": "PHL",
            "issuing_country": "FRA",
            "date_of_birth": "1990-05-19",
            "sex": "M",
            "expiry_date": "2030-06-14",
            "mrz_valid": True,
        },
        "Carte de séjour pluriannuelle, both sides scanned at 300 dpi.",
    )
    b = dict(
        province="Metro Manila",
        registry_no="90-14872",
        city="Quezon City",
        first="JOHN PAUL",
        middle="MANALO",
        last="DELA CRUZ",
        sex_word="Male",
        dob_print="19  MAY  1990",
        place_full="East Avenue Medical Center, Quezon City, Metro Manila",
        order="first",
        weight="3150",
        mother="LORNA REYES MANALO",
        mother_age="24",
        father="ROGELIO SANTOS DELA CRUZ",
        marriage="June 12, 1988 - Quezon City",
        prepared_by="DR. ELENA T. VILLANUEVA",
        lcr="EDUARDO P. CRUZ, City Civil Registrar",
        issued_print="October 6, 2025",
        or_no="7749102",
        psa_officer="Marizza B. Grande",
        secpa="B 24819937",
    )
    a = dict(
        header=[
            "Republic of the Philippines",
            "Department of Foreign Affairs",
            "Office of Consular Affairs - Authentication Division",
        ],
        labels=[
            "Country:",
            "This public document",
            "has been signed by",
            "acting in the capacity of",
            "bears the seal/stamp of",
            "Certified",
            "at",
            "the",
            "by",
            "No.",
            "Seal/stamp",
            "Signature",
        ],
        country="REPUBLIC OF THE PHILIPPINES",
        signed_by="MARIZZA B. GRANDE",
        capacity="Authorized Officer",
        seal_of="Philippine Statistics Authority",
        at="Pasay City",
        on_print="14 October 2025",
        by="Department of Foreign Affairs",
        number="AP 10827451",
        seal_ring="DEPARTMENT OF FOREIGN AFFAIRS * APOSTILLE *",
        seal_center=["DFA", "OCA"],
        signer_print="ATTY. R. M. DELOS SANTOS",
        footer=[
            "This Apostille only certifies the authenticity of the signature and the "
            "capacity of the person who has signed the public document.",
            "Verify at https://apostille.dfa.gov.ph",
        ],
    )
    rb = pk.rng("birth")
    pk.scanned_pdf(
        "PSA_birth_cert_apostille.pdf",
        pdf_pages(lambda c: civil.philippines_birth(c, b, rb), lambda c: civil.apostille(c, a, rb)),
        "birth-scan",
    )
    pk.add(
        [("PSA_birth_cert_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DELA CRUZ",
            "given_names": "JOHN PAUL",
            "date_of_birth": "1990-05-19",
            "place_of_birth": "Quezon City",
            "issuing_country": "PHL",
            "language": "en",
            "has_apostille": True,
        },
        "PSA copy of the Certificate of Live Birth on security paper.",
    )
    pk.add(
        [("PSA_birth_cert_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "Republic of the Philippines",
            "issued_on": "2025-10-14",
            "number": "AP 10827451",
            "signed_by": "MARIZZA B. GRANDE",
        },
        "DFA apostille (Hague model, 10 items); signed_by = item 2 (signer of the "
        "certificate); the apostille itself is signed by ATTY. R. M. DELOS SANTOS.",
    )
    # three Orange bills in the applicant's name
    addr_l = ["M. JOHN PAUL DELA CRUZ", "5 RUE LAMARTINE", "44100 NANTES"]
    for i, (month, end, issue, amt) in enumerate(
        (
            ("08", "31", "2026-09-02", "39,99"),
            ("09", "30", "2026-10-02", "39,99"),
            ("10", "31", "2026-11-02", "41,49"),
        )
    ):
        bb = dict(
            provider="Orange",
            color=(1.0, 0.47, 0.0),
            issue=issue,
            invoice_no="OR%s-77%d1904" % (month, i),
            client_no="0800 417 226",
            start="2026-%s-01" % month,
            end="2026-%s-%s" % (month, end),
            offer="Livebox Fibre",
            addr_lines=addr_l,
            amount_print=amt,
            debit=issue[:8] + "12",
            iban_masked="BE** **** **** 0157",
            lines=[
                ("Forfait Livebox Fibre", "39,99 €"),
                ("Appels vers mobiles", "0,00 €" if amt == "39,99" else "1,50 €"),
            ],
            legal=[
                "Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres "
                "75015 Paris - 380 129 866 RCS Paris"
            ],
        )
        bpdf = pdf_pages(lambda c, bb=bb: frdocs.bill(c, bb))
        if i < 2:
            fname, look = "facture_orange_2026-%s.pdf" % month, "text_pdf"
            pk.pdf(fname, bpdf)
        else:
            fname, look = "IMG_20261121_110245.jpg", "phone_photo"
            pk.jpg(fname, looks.phone_photo(looks.render(bpdf, 220)[0], pk.rng("bill-ph")))
        pk.add(
            [(fname, [1])],
            "utility_bill",
            look,
            {
                "provider": "Orange",
                "service": "internet",
                "holder_name": "JOHN PAUL DELA CRUZ",
                "address": "5 rue Lamartine, 44100 Nantes",
                "issue_date": issue,
                "period_start": bb["start"],
                "period_end": bb["end"],
                "amount": amt,
            },
            "Internet bill, month 2026-%s." % month,
        )
    # CDI contract, signed and scanned
    st = make_siret("51490327", "0017")
    kd = dict(
        employer="ATLANTIQUE MARINE SERVICES",
        employee="DELA CRUZ",
        city="Saint-Nazaire",
        signed="2026-06-20",
        signatory="Mme Claire Le Goff, DRH",
        employer_par="La société ATLANTIQUE MARINE SERVICES, SAS au capital de 250 000 €, "
        "dont le siège est situé 3 boulevard des Apprentis, 44600 Saint-Nazaire, "
        "immatriculée sous le numéro SIRET " + st + ", représentée par Mme Claire Le Goff, "
        "directrice des ressources humaines,",
        employee_par="Monsieur John Paul DELA CRUZ, né le 19/05/1990 à Quezon City "
        "(Philippines), de nationalité philippine, demeurant 5 rue Lamartine, 44100 "
        "Nantes,",
        articles=[
            (
                "Article 1 - Engagement",
                "Le Salarié est engagé à durée indéterminée à "
                "compter du 01/07/2026, sous réserve des résultats de la visite d'information "
                "et de prévention.",
            ),
            (
                "Article 2 - Fonctions",
                "Le Salarié exerce les fonctions de technicien de "
                "maintenance navale, statut ETAM, niveau III, coefficient 240.",
            ),
            (
                "Article 3 - Période d'essai",
                "Le contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de deux mois.",
            ),
            (
                "Article 4 - Convention collective",
                "Convention collective nationale de la métallurgie (IDCC 3248).",
            ),
            (
                "Article 5 - Lieu de travail",
                "Le Salarié exercera ses fonctions sur le site de Saint-Nazaire.",
            ),
            ("Article 6 - Durée du travail", "35 heures hebdomadaires."),
            ("Article 7 - Rémunération", "Salaire brut mensuel de 2 480,00 € sur 12 mois."),
            ("Article 8 - Congés payés", "Conformément aux dispositions légales."),
            (
                "Article 9 - Retraite et prévoyance",
                "Le Salarié est affilié à la caisse de retraite complémentaire AG2R La Mondiale.",
            ),
            ("Article 10 - Rupture", "Dans les conditions prévues par le code du travail."),
        ],
    )
    pk.scanned_pdf(
        "Contrat_CDI_signe.pdf",
        pdf_pages(lambda c: frdocs.contract(c, kd, pk.rng("cdi"))),
        "cdi-scan",
    )
    pk.add(
        [("Contrat_CDI_signe.pdf", [1, 2, 3])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "ATLANTIQUE MARINE SERVICES",
            "employee_name": "John Paul DELA CRUZ",
            "contract_type": "CDI",
            "job_title": "technicien de maintenance navale",
            "start_date": "2026-07-01",
        },
        "Three pages, signed by both parties, scanned.",
    )
    # Wise account details screenshot, Belgian IBAN
    acct = "967" + "3104225"
    bban = acct + "%02d" % (int(acct) % 97 or 97)
    ib = iban("BE", bban)
    png = screens.wise_details(
        dict(
            time="20:14",
            holder="John Paul Dela Cruz",
            iban=ib,
            bic="TRWIBEB1XXX",
            bank_name="Wise",
            bank_addr1="Rue du Trône 100, 3rd floor",
            bank_addr2="Brussels, 1050, Belgium",
        )
    )
    pk.png("Screenshot_20261121-201455.png", looks.render(png, 216)[0])
    pk.add(
        [("Screenshot_20261121-201455.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "John Paul Dela Cruz",
            "iban": ib,
            "bic": "TRWIBEB1XXX",
            "bank_name": "Wise",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Wise app account details; Belgian (foreign SEPA) IBAN: acceptable, info only.",
    )
    ff = dict(
        run="B",
        fill="typed",
        type_font="Courier2",
        surname="DELA CRUZ",
        given="JOHN PAUL",
        sex="M",
        dob="1990-05-19",
        pob_commune="Quezon City",
        pob_country="Philippines",
        nationality="Philippine",
        address="5 rue Lamartine",
        cp="44100",
        city="Nantes",
        phone="07 44 90 12 36",
        email="jpdelacruz90@outlook.com",
        situation="salarie",
        contract="CDI",
        place="Nantes",
        date_text="21/11/2026",
        signed=True,
    )
    rf = pk.rng("form")
    pk.pdf(
        "demande_PUMa_DELA_CRUZ.pdf",
        pdf_pages(lambda c: form.page1(c, ff, rf), lambda c: form.page2(c, ff, rf)),
    )
    pk.add(
        [("demande_PUMa_DELA_CRUZ.pdf", [1, 2])],
        "application_form",
        "text_pdf",
        form_fields("DELA CRUZ", "JOHN PAUL", "1990-05-19", "employed", True, "2026-11-21"),
        "Typed in the PDF, handwritten pen-stroke signature drawn in the box (tablet).",
    )
    pk.write()
