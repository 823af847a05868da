"""Packets p03 (Pakistan, hosted by spouse, not employed) and p04 (Philippines, joint lease,
employed, unsigned form)."""

from __future__ import annotations

from datetime import date

from adlib_build import (
    ALL_OK,
    Packet,
    id_fields,
    passport_img,
    passport_truth,
    rib_doc,
    td1_cards,
    three_bills,
    visa_img,
    visa_truth,
)
from adlib_common import be_iban, fr_rib, grp, luhn_fix
from adlib_forms import attestation, birth_pdf, cerfa, lease
from adlib_money import contract, wise_screenshot


def p03(out: str) -> None:
    pk = Packet(out, "p03")
    pp = dict(
        nat="PAK",
        mrz_sur="MALIK",
        mrz_given="MUHAMMAD USMAN",
        number="BN4182736",
        dob=date(1993, 6, 21),
        sex="M",
        exp=date(2030, 1, 12),
        issue=date(2025, 1, 13),
        print_sur="MALIK",
        print_given="MUHAMMAD USMAN",
        pob="SIALKOT, PAK",
        personal="3460312345671",
        extra=("Citizenship Number", "34603-1234567-1", 82, 34),
    )
    pk.image(passport_img(pp, pk.rng("passport")), "scan", "passport_malik.jpg", "passport")
    pk.add(
        [{"path": "passport_malik.jpg", "pages": [1]}],
        "passport",
        "scan",
        passport_truth(pp),
        "MRZ personal number field holds the CNIC (13 digits).",
    )
    v = dict(
        number="031762958",
        **{"from": date(2026, 5, 12)},
        until=date(2027, 5, 11),
        place="ISLAMABAD",
        issued=date(2026, 4, 21),
        remarks=["VLS-TS VIE PRIVEE ET FAMILIALE", "CONJOINT DE FRANCAIS"],
        category="VIE PRIVEE ET FAMILIALE",
        page_header="11",
    )
    pk.image(visa_img(pp, v, pk.rng("visa")), "scan", "visa_page.jpg", "visa")
    pk.add(
        [{"path": "visa_page.jpg", "pages": [1]}],
        "long_stay_visa",
        "scan",
        visa_truth(pp, v),
        "VLS-TS vie privée et familiale (spouse of a French national).",
    )
    b = dict(
        union_council="UNION COUNCIL NO. 12, SIALKOT CITY, DISTRICT SIALKOT",
        cert_no="BR-3460312-0019482",
        issued="05-02-2026",
        rows=[
            ("Name of Child", "MUHAMMAD USMAN MALIK"),
            ("Gender", "MALE"),
            ("Date of Birth", "21-06-1993"),
            ("Place of Birth", "SIALKOT"),
            ("District", "SIALKOT"),
            ("Father's Name", "MALIK TARIQ MEHMOOD"),
            ("Father's CNIC", "34603-7712458-3"),
            ("Mother's Name", "NASREEN AKHTAR"),
            ("Mother's CNIC", "34603-2290187-6"),
            ("Religion", "ISLAM"),
            ("Date of Registration", "14-03-2011"),
            ("Union Council", "UC-12 SIALKOT CITY"),
        ],
        footer="This certificate is computer generated from the Civil Registration "
        "Management System (CRMS) of NADRA on behalf of the Union Council. Any alteration "
        "renders it void.",
    )
    apo = dict(
        items=[
            ("Country:", "PAKISTAN"),
            ("has been signed by", "MUHAMMAD ASIF"),
            ("acting in the capacity of", "SECRETARY UNION COUNCIL"),
            ("bears the seal/stamp of", "UNION COUNCIL 12 SIALKOT"),
            ("at", "ISLAMABAD"),
            ("the", "19-02-2026"),
            ("by", "MINISTRY OF FOREIGN AFFAIRS"),
            ("No.", "PK-APO-2026-0218734"),
            ("Seal / stamp:", ""),
            ("Signature:", ""),
        ],
        certified="CERTIFIED",
        tab=150,
        signer="Section Officer (Attestation)",
        seal_ring="MINISTRY OF FOREIGN AFFAIRS",
        seal_inner=["PAKISTAN", "APOSTILLE"],
    )
    src = pk.tmp("birth.pdf")
    birth_pdf(src, "PAK", b, apo, pk.rng("birth"))
    from adlib_looks import phone_photo, raster, save_jpeg

    pages = raster(src, 170)
    r = pk.rng("birth_photo")
    save_jpeg(phone_photo(pages[0], r), pk.p("birth_certificate.jpg"), 86)
    save_jpeg(phone_photo(pages[1], r, rot=270), pk.p("apostille.jpg"), 86)
    pk.add(
        [{"path": "birth_certificate.jpg", "pages": [1]}],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "MALIK",
            "given_names": "MUHAMMAD USMAN",
            "date_of_birth": "1993-06-21",
            "place_of_birth": "SIALKOT",
            "issuing_country": "PAK",
            "language": "en",
            "has_apostille": True,
        },
        "NADRA/Union Council certificate prints the full name on one line "
        "('MUHAMMAD USMAN MALIK'); no separate surname field. Late registration (2011).",
    )
    pk.add(
        [{"path": "apostille.jpg", "pages": [1]}],
        "apostille",
        "phone_photo",
        {
            "country": "PAK",
            "issued_on": "2026-02-19",
            "number": "PK-APO-2026-0218734",
            "signed_by": "MUHAMMAD ASIF",
        },
        "Photographed rotated 270°.",
    )
    a = dict(
        font="hand2",
        chars=50,
        signed=True,
        place_date="Fait à Strasbourg, le 24/11/2026",
        paragraphs=[
            "Je soussignée Inès Fournier, née le 14/02/1991 à Rennes (35), demeurant au "
            "27 rue des Tanneurs, 67000 Strasbourg,",
            "atteste sur l'honneur héberger à mon domicile mon époux, Monsieur Muhammad "
            "Usman Malik, né le 21/06/1993 à Sialkot (Pakistan), depuis le 28/05/2026.",
            "Je joins la copie de ma carte d'identité et mes trois dernières factures Orange.",
            "Fait pour servir et valoir ce que de droit.",
        ],
    )
    fn = "attestation_hebergement.jpg"
    pk.paper(lambda p: attestation(p, a, pk.rng("attest")), "phone_photo", [fn], "attest")
    pk.add(
        [{"path": fn, "pages": [1]}],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Inès Fournier",
            "hosted_name": "Muhammad Usman Malik",
            "address": "27 rue des Tanneurs, 67000 Strasbourg",
            "since_date": "2026-05-28",
            "signed_on": "2026-11-24",
            "signed": True,
        },
        "Handwritten on squared paper; host is the applicant's wife.",
    )
    cni = dict(
        code="ID",
        number="X4RTBPFW4",
        dob=date(1991, 2, 14),
        sex="F",
        exp=date(2032, 6, 15),
        nat="FRA",
        mrz_sur="FOURNIER",
        mrz_given="INES CLAIRE",
        c1=(226, 232, 244),
        c2=(240, 228, 232),
        title="CARTE NATIONALE D'IDENTITÉ",
        subtitle="IDENTITY CARD",
        number_top="",
        fields=[
            ("NOM / Surname", "FOURNIER", 28, 11),
            ("Prénoms / Given names", "INÈS, CLAIRE", 28, 16.5),
            ("SEXE / Sex", "F", 28, 22),
            ("NATIONALITÉ", "FRA", 42, 22),
            ("DATE DE NAISS. / Date of birth", "14 02 1991", 56, 22),
            ("LIEU DE NAISSANCE / Place of birth", "RENNES (35)", 28, 27.5),
            ("N° DU DOCUMENT", "X4RTBPFW4", 28, 33),
            ("DATE D'EXPIR.", "15 06 2032", 56, 33),
        ],
        back_fields=[
            ("ADRESSE", "27 RUE DES TANNEURS", 3.5, 3),
            ("", "67000 STRASBOURG", 3.5, 6.8),
            ("DATE DE DÉLIVRANCE", "16 06 2022", 3.5, 13),
            ("AUTORITÉ", "PRÉFET DU BAS-RHIN", 3.5, 19),
        ],
        chip="CAN 518240",
    )
    front, back = td1_cards(cni, pk.rng("cni"))
    pk.image(front, "scan", "cni_ines_recto_verso.jpg", "cni", back=back)
    f = id_fields("FOURNIER", "INÈS CLAIRE", "X4RTBPFW4", "FRA", "FRA", cni["dob"], "F", cni["exp"])
    pk.add(
        [{"path": "cni_ines_recto_verso.jpg", "pages": [1]}],
        "national_id",
        "scan",
        f,
        "Host's French identity card (2021 model), both sides on one scanned page.",
    )
    who = dict(
        bill_holder="Mme Ines FOURNIER",
        holder_truth="Ines FOURNIER",
        address_lines=["27 RUE DES TANNEURS", "67000 STRASBOURG"],
        address_truth="27 rue des Tanneurs, 67000 Strasbourg",
    )
    prov = dict(
        provider="Orange",
        service="internet",
        account="1.02938471",
        line="03 88 21 64 07",
        offer="Offre Livebox Fibre",
        amount=42.99,
        issue_after=2,
        num_prefix="FO",
        num_seed="004127",
        notes="Host's bill (in the host's name).",
        legal="Orange SA au capital de 10 640 226 396 € - 78 rue Olivier de Serres "
        "75015 Paris - 380 129 866 RCS Paris. Service client : 3900.",
    )
    three_bills(
        pk,
        who,
        [(2026, 9), (2026, 10), (2026, 11)],
        prov,
        ["facture_orange_sept.pdf", "facture_orange_oct.pdf", "facture_orange_nov.pdf"],
        ["text_pdf"] * 3,
    )
    iban = be_iban("9671843520")
    img = wise_screenshot(
        {
            "clock": "10:15",
            "rows": [
                ("Name", "Muhammad Usman Malik"),
                ("IBAN", grp(iban)),
                ("Swift/BIC", "TRWIBEB1XXX"),
                (
                    "Bank name and address",
                    "Wise\nRue du Trône 100, 3rd floor\nBrussels, 1050, Belgium",
                ),
            ],
        },
        pk.rng("wise"),
    )
    fn = "Screenshot_20261128-101512_Wise.png"
    img.save(pk.p(fn), "PNG")
    pk.add(
        [{"path": fn, "pages": [1]}],
        "rib",
        "screenshot",
        {
            "holder_name": "Muhammad Usman Malik",
            "iban": iban,
            "bic": "TRWIBEB1XXX",
            "bank_name": "Wise",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Belgian IBAN from Wise: foreign SEPA IBAN, acceptable (info finding expected).",
    )
    f = dict(
        mode="hand",
        font="hand2",
        surname="MALIK",
        given="MUHAMMAD USMAN",
        dob=pp["dob"],
        sex="M",
        birth_town="Sialkot",
        birth_country="Pakistan",
        nationality="pakistanaise",
        street="27 rue des Tanneurs",
        postcode="67000",
        city="Strasbourg",
        phone="07 66 02 91 38",
        email="usman.malik93@outlook.com",
        activity="none",
        in_france_since=date(2026, 5, 28),
        signed_at="Strasbourg",
        signed_on=date(2026, 11, 25),
        signed=True,
    )
    fns = ["IMG_4418.jpg", "IMG_4419.jpg"]
    pk.paper(lambda p: cerfa(p, f, pk.rng("form")), "phone_photo", fns, "form", dpi=170)
    pk.add(
        [{"path": fns[0], "pages": [1]}, {"path": fns[1], "pages": [1]}],
        "application_form",
        "phone_photo",
        {
            "surname": "MALIK",
            "given_names": "MUHAMMAD USMAN",
            "date_of_birth": "1993-06-21",
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-25",
            "nir": None,
        },
        "Hand-filled cerfa, two pages photographed.",
    )
    reqs = dict(ALL_OK, employment="not_applicable")
    pk.write(
        date(2026, 12, 3),
        False,
        "complete",
        reqs,
        None,
        {"surname": "MALIK", "given_names": "MUHAMMAD USMAN", "date_of_birth": "1993-06-21"},
    )


def p04(out: str) -> None:
    pk = Packet(out, "p04")
    pp = dict(
        nat="PHL",
        mrz_sur="DELA CRUZ",
        mrz_given="MARIA CRISTINA",
        number="P4729381B",
        dob=date(1988, 2, 9),
        sex="F",
        exp=date(2033, 3, 19),
        issue=date(2023, 3, 20),
        print_sur="DELA CRUZ",
        print_given="MARIA CRISTINA",
        middle="SANTOS",
        pob="QUEZON CITY",
    )
    pk.image(
        passport_img(pp, pk.rng("passport")),
        "phone_photo",
        "IMG_3391.jpg",
        "passport",
        rot=270,
        fill=0.7,
    )
    pk.add(
        [{"path": "IMG_3391.jpg", "pages": [1]}],
        "passport",
        "phone_photo",
        passport_truth(pp),
        "Philippine passport with a separate middle name (SANTOS, the "
        "mother's maiden name) not in the MRZ; photo rotated 270°.",
    )
    v = dict(
        number="030958417",
        **{"from": date(2026, 6, 10)},
        until=date(2027, 6, 9),
        place="MANILLE",
        issued=date(2026, 5, 22),
        remarks=["VLS-TS SALARIE"],
        category="SALARIE",
        page_header="14",
    )
    pk.image(visa_img(pp, v, pk.rng("visa")), "phone_photo", "IMG_3392.jpg", "visa", fill=0.8)
    pk.add(
        [{"path": "IMG_3392.jpg", "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        visa_truth(pp, v),
        "VLS-TS salarié.",
    )
    cell = [("", "")]
    b = dict(
        registry="88-01234",
        registrar="ROSALINDA M. AGUSTIN, Registration Officer",
        security_no="SECPA No. F 04418273",
        rows=[
            (
                "1. NAME",
                [("(First)", "MARIA CRISTINA"), ("(Middle)", "SANTOS"), ("(Last)", "DELA CRUZ")],
            ),
            ("2. SEX", [("", "FEMALE")]),
            ("3. DATE OF BIRTH", [("(Day)", "9"), ("(Month)", "FEBRUARY"), ("(Year)", "1988")]),
            (
                "4. PLACE OF BIRTH",
                [
                    ("(Hospital)", "QUIRINO MEMORIAL MED. CTR."),
                    ("(City)", "QUEZON CITY"),
                    ("(Province)", "METRO MANILA"),
                ],
            ),
            ("6. MOTHER", [("(First)", "ROSARIO"), ("(Middle)", "REYES"), ("(Last)", "SANTOS")]),
            ("7. CITIZENSHIP", [("", "FILIPINO")]),
            (
                "13. FATHER",
                [("(First)", "EDUARDO"), ("(Middle)", "MANALO"), ("(Last)", "DELA CRUZ")],
            ),
            ("15. MARRIAGE OF PARENTS", [("(Date)", "JUNE 12, 1985"), ("(Place)", "PASIG, RIZAL")]),
            ("20. INFORMANT", [("", "ROSARIO S. DELA CRUZ")]),
            (
                "REGISTERED",
                [("(Date)", "FEBRUARY 23, 1988"), ("(Civil Registrar)", "LCR QUEZON CITY")],
            ),
            ("REMARKS", cell),
        ],
        footer="This is a certified true copy of the record on file with the Philippine "
        "Statistics Authority. Issued upon the request of MARIA CRISTINA S. DELA CRUZ "
        "for TRAVEL/EMPLOYMENT ABROAD purposes.",
    )
    apo = dict(
        items=[
            ("Country / Pays :", "PHILIPPINES"),
            ("has been signed by", "LORETO B. SANTIAGO"),
            ("acting in the capacity of", "CIVIL REGISTRAR GENERAL"),
            ("bears the seal/stamp of", "PSA"),
            ("at", "PASAY CITY"),
            ("the", "10 MARCH 2026"),
            ("by", "DEPT. OF FOREIGN AFFAIRS"),
            ("No.", "A-PH-2026-00781456"),
            ("Seal / stamp:", ""),
            ("Signature:", ""),
        ],
        certified="CERTIFIED / ATTESTÉ",
        tab=150,
        signer="Authentication Officer, DFA-OCA",
        seal_ring="DEPARTMENT OF FOREIGN AFFAIRS",
        seal_inner=["PHILIPPINES", "OCA"],
    )
    fn = "PSA_birth_cert_apostille.pdf"
    pk.paper(lambda p: birth_pdf(p, "PHL", b, apo, pk.rng("birth")), "image_pdf", [fn], "birth")
    pk.add(
        [{"path": fn, "pages": [1]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "DELA CRUZ",
            "given_names": "MARIA CRISTINA",
            "date_of_birth": "1988-02-09",
            "place_of_birth": "Quirino Memorial Med. Ctr., Quezon City, Metro Manila",
            "issuing_country": "PHL",
            "language": "en",
            "has_apostille": True,
        },
        "PSA copy of Municipal Form 102; middle name SANTOS.",
    )
    pk.add(
        [{"path": fn, "pages": [2]}],
        "apostille",
        "image_pdf",
        {
            "country": "PHL",
            "issued_on": "2026-03-10",
            "number": "A-PH-2026-00781456",
            "signed_by": "LORETO B. SANTIAGO",
        },
        "DFA apostille, separate page.",
    )
    L = dict(
        landlord="SCI LES HAUTS DE MONTROUGE",
        landlord_addr="3 place Émile Cresp, 92120 Montrouge",
        agent="représentée par son mandataire l'Agence du Parc, carte "
        "professionnelle CPI 9201 2019 000 041 227",
        tenants_text="Mme Maria Cristina DELA CRUZ, née le 09/02/1988 à Quezon City "
        "(Philippines), et M. Joseph BAUTISTA, né le 30/11/1986 à Cebu City (Philippines)",
        tenants=["Maria Cristina DELA CRUZ", "Joseph BAUTISTA"],
        address="14 avenue Jean Jaurès, bâtiment A, 3e étage, porte 32, 92120 Montrouge",
        built="1975-1989",
        surface="42,8",
        rooms="2",
        start=date(2026, 7, 1),
        rent="1 080,00",
        charges="110,00",
        deposit="1 080,00",
        signed_at="Montrouge",
        signed_on=date(2026, 6, 24),
        env="7C1E-44B0-9A2D-E813",
    )
    fn = "Bail_Montrouge_signe.pdf"
    pk.paper(lambda p: lease(p, L, pk.rng("lease"), esign=True), "text_pdf", [fn], "lease")
    pk.add(
        [{"path": fn, "pages": [1, 2]}],
        "lease",
        "text_pdf",
        {
            "tenant_names": L["tenants"],
            "landlord": "SCI LES HAUTS DE MONTROUGE",
            "address": L["address"],
            "start_date": "2026-07-01",
        },
        "Electronically signed agency lease, two tenants (the applicant and her partner).",
    )
    siret = luhn_fix("4418093270001")
    k = dict(
        employer_text="La société RÉSIDENCE LES TILLEULS, SAS au capital de 150 000 €, "
        "établissement d'hébergement pour personnes âgées dépendantes, dont le siège est "
        f"8 rue Gabriel Péri, 92120 Montrouge, immatriculée sous le n° SIRET {siret}, "
        "représentée par Mme Sophie MARCHAND, en sa qualité de Directrice,",
        employee_text="Madame Maria Cristina DELA CRUZ, née le 09/02/1988 à Quezon City "
        "(Philippines), de nationalité philippine, titulaire du visa long séjour valant "
        "titre de séjour n° 030958417, demeurant 14 avenue Jean Jaurès, 92120 Montrouge,",
        articles=[
            (
                "Article 1 - Engagement",
                "La Salariée est engagée à durée indéterminée à "
                "compter du 1er juillet 2026, sous réserve des résultats de la visite "
                "d'information et de prévention.",
            ),
            (
                "Article 2 - Fonctions",
                "La Salariée exercera les fonctions d'aide-soignante, "
                "statut employé, coefficient 218 de la convention collective unique de "
                "l'hospitalisation privée (IDCC 2264).",
            ),
            (
                "Article 3 - Période d'essai",
                "Le contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de deux mois de travail effectif.",
            ),
            (
                "Article 4 - Durée du travail",
                "La durée hebdomadaire de travail est fixée à "
                "35 heures, selon un planning par roulement incluant des week-ends et jours "
                "fériés, communiqué au moins sept jours à l'avance.",
            ),
            (
                "Article 5 - Rémunération",
                "La Salariée percevra une rémunération brute "
                "mensuelle de 2 010,00 euros pour 151,67 heures, à laquelle s'ajoutent les "
                "primes conventionnelles (prime de dimanche, indemnité de nuit).",
            ),
            (
                "Article 6 - Lieu de travail",
                "La Salariée exercera ses fonctions au sein "
                "de l'établissement situé 8 rue Gabriel Péri, 92120 Montrouge.",
            ),
            (
                "Article 7 - Congés payés",
                "La Salariée bénéficiera des congés payés "
                "prévus par la loi et la convention collective.",
            ),
            (
                "Article 8 - Protection sociale",
                "La Salariée sera affiliée au régime général "
                "de la sécurité sociale, à la caisse de retraite complémentaire Malakoff "
                "Humanis et au contrat collectif de complémentaire santé de l'entreprise.",
            ),
            (
                "Article 9 - Obligations",
                "La Salariée s'engage à respecter le règlement "
                "intérieur, le secret professionnel et la confidentialité des informations "
                "concernant les résidents.",
            ),
        ],
        signed_at="Montrouge",
        signed_on=date(2026, 6, 20),
        signatory="Sophie MARCHAND, Directrice",
    )
    fn = "contrat_CDI_signe.pdf"
    pk.paper(lambda p: contract(p, k, pk.rng("contract")), "image_pdf", [fn], "contract")
    pk.add(
        [{"path": fn, "pages": [1, 2]}],
        "employment_contract",
        "image_pdf",
        {
            "employer": "RÉSIDENCE LES TILLEULS",
            "employee_name": "Maria Cristina DELA CRUZ",
            "contract_type": "CDI",
            "job_title": "aide-soignante",
            "start_date": "2026-07-01",
        },
        "Signed CDI, two pages, scanned by the employer.",
    )
    key, iban = fr_rib("10278", "06039", "00020123401")
    r = dict(
        bank="Crédit Mutuel",
        bank_name="Crédit Mutuel",
        color=(0.0, 0.33, 0.62),
        title="RELEVÉ D'IDENTITÉ BANCAIRE / IBAN",
        holder_label="Titulaire",
        holder_lines=["MME MARIA CRISTINA DELA CRUZ", "14 AV JEAN JAURES BAT A", "92120 MONTROUGE"],
        branch_lines=[
            "CCM MONTROUGE",
            "52 AVENUE DE LA RÉPUBLIQUE",
            "92120 MONTROUGE",
            "Tél. : 01 46 12 33 40",
        ],
        bank_code="10278",
        branch_code="06039",
        account="00020123401",
        key=key,
        iban=iban,
        bic="CMCIFR2A",
        footer="Caisse de Crédit Mutuel de Montrouge - société coopérative "
        "de crédit à capital variable - ORIAS 07 003 758",
    )
    rib_doc(pk, r, "scan", "scan_rib.jpg", "MARIA CRISTINA DELA CRUZ", "Printed RIB, scanned.")
    f = dict(
        mode="hand",
        font="hand2",
        surname="DELA CRUZ",
        given="MARIA CRISTINA",
        dob=pp["dob"],
        sex="F",
        birth_town="Quezon City",
        birth_country="Philippines",
        nationality="philippine",
        street="14 av. Jean Jaurès, porte 32",
        postcode="92120",
        city="Montrouge",
        phone="06 52 18 70 44",
        email="mcdelacruz88@yahoo.com",
        activity="emp",
        job="Aide-soignante",
        contract="CDI",
        employer_short="Les Tilleuls",
        in_france_since=date(2026, 6, 14),
        signed_at="Montrouge",
        signed_on=date(2027, 1, 8),
        signed=False,
    )
    fns = ["scan_0007.jpg", "scan_0008.jpg"]
    pk.paper(lambda p: cerfa(p, f, pk.rng("form")), "scan", fns, "form", dpi=200)
    pk.add(
        [{"path": fns[0], "pages": [1]}, {"path": fns[1], "pages": [1]}],
        "application_form",
        "scan",
        {
            "surname": "DELA CRUZ",
            "given_names": "MARIA CRISTINA",
            "date_of_birth": "1988-02-09",
            "employment_status": "employed",
            "signed": False,
            "signed_on": "2027-01-08",
            "nir": None,
        },
        "DEFECT: 'Fait à ... le ...' filled in but the signature box is empty.",
    )
    reqs = dict(ALL_OK, application_form="invalid")
    pk.write(
        date(2027, 1, 15),
        True,
        "incomplete",
        reqs,
        "application form not signed (section C signature box empty; place and date filled)",
        {"surname": "DELA CRUZ", "given_names": "MARIA CRISTINA", "date_of_birth": "1988-02-09"},
    )
