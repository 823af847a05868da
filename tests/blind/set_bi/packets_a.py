"""p01 (Tunisia, employed, own lease) and p02 (Haiti, not employed, hosted by spouse)."""

import civil
import form
import frdocs
import looks
from build import Packet, booklet, card_sides, on_a4, pdf_pages
from common import fr_iban
from ids import card_mrz, visa_sticker
from kit import (
    LABELS_FR,
    form_fields,
    make_passport,
    make_siret,
    siret_print,
    visa_fields,
    visa_prints,
)


def p01(out):
    app = {"surname": "BEN HAJ YAHIA", "given_names": "YASMINE", "date_of_birth": "1994-03-07"}
    pk = Packet(out, "p01", "2026-11-18", True, app)
    addr = ("27 rue Paul Bert", "69003", "Lyon")
    # passport, phone photo
    pdf, f, _ = make_passport(
        pk.rng("pass"),
        country="TUN",
        number="X0912487",
        surname="BEN HAJ YAHIA",
        given="YASMINE",
        dob="1994-03-07",
        sex="F",
        issue="2022-01-14",
        expiry="2027-01-13",
        state="RÉPUBLIQUE TUNISIENNE",
        title="PASSEPORT / PASSPORT",
        nat_print="TUNISIENNE",
        pob="SFAX",
        authority="SFAX",
        labels=LABELS_FR,
        langs=("fr",),
        tint=(0.82, 0.86, 0.8),
        tone=(0.6, 0.45, 0.35),
    )
    im = looks.phone_photo(booklet(pdf, (0.12, 0.22, 0.15)), pk.rng("pass-photo"), 4000)
    pk.jpg("IMG_20261109_181532.jpg", im)
    pk.add(
        [("IMG_20261109_181532.jpg", [1])],
        "passport",
        "phone_photo",
        f,
        "Tunisian biometric passport, data page, booklet open on a table.",
    )
    # VLS-TS, flatbed scan of the passport page
    v = visa_prints(
        dict(
            number="102746381",
            surname="BEN HAJ YAHIA",
            given="YASMINE",
            nat="TUN",
            dob="1994-03-07",
            sex="F",
            **{"from": "2026-04-02"},
            until="2027-04-01",
            issue="2026-03-18",
            days="365",
            place="TUNIS",
            passport_no="X0912487",
            category="SALARIE",
            remarks=["VLS-TS SALARIE", "CESEDA R.431-16 1°", "A VALIDER DES L'ARRIVEE EN FRANCE"],
        )
    )
    vpdf, _ = visa_sticker(v, pk.rng("visa"))
    vimg = looks.render(vpdf, 200)[0]
    pk.jpg("scan_0002.jpg", looks.scan(on_a4([vimg]), pk.rng("visa-scan")), 82)
    pk.add(
        [("scan_0002.jpg", [1])],
        "long_stay_visa",
        "scan",
        visa_fields(v),
        "French long-stay visa sticker, remarks VLS-TS SALARIE.",
    )
    # birth certificate (Tunisia: no apostille, Franco-Tunisian convention of 28 June 1972)
    b = dict(
        gov="Sfax",
        commune="Sfax",
        act_no="1187",
        surname="BEN HAJ YAHIA",
        given="Yasmine",
        sex_word="Féminin",
        dob="1994-03-07",
        dob_words="Sept mars mil neuf cent quatre-vingt-quatorze (07/03/1994)",
        place="Sfax Médina",
        father="Mohamed Ben Ali BEN HAJ YAHIA",
        mother="Faten Bent Hédi KAMMOUN",
        issued_print="22/09/2025",
        code="TN-EC-4471902",
    )
    pk.scanned_pdf(
        "extrait de naissance.pdf",
        pdf_pages(lambda c: civil.tunisia_birth(c, b, pk.rng("birth"))),
        "birth-scan",
    )
    pk.add(
        [("extrait de naissance.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "BEN HAJ YAHIA",
            "given_names": "Yasmine",
            "date_of_birth": "1994-03-07",
            "place_of_birth": "Sfax Médina",
            "issuing_country": "TUN",
            "language": "fr",
            "has_apostille": False,
        },
        "Tunisian extrait d'acte de naissance, French-language version. No apostille: "
        "exempt from legalisation under the Franco-Tunisian convention of 28 June 1972.",
    )
    # lease, scanned
    ls = dict(
        landlord="SCI Les Tilleuls",
        landlord_addr="4 quai Claude Bernard, 69007 Lyon",
        agency="Régie Foncia Lyon Part-Dieu",
        tenant_print="Mme Yasmine BEN HAJ YAHIA",
        tenant_dob="07/03/1994",
        address="27 rue Paul Bert, 3e étage gauche, 69003 Lyon",
        surface="38,5",
        rooms="2",
        floor="3",
        start="2026-05-01",
        duration="3 ans",
        rent="712,00",
        charges="85,00",
        city="Lyon",
        signed="2026-04-24",
        initials="YBH",
    )
    pk.scanned_pdf(
        "bail_appartement.pdf",
        pdf_pages(lambda c: frdocs.lease_pages(c, ls, pk.rng("lease"))),
        "lease-scan",
        gray=True,
    )
    pk.add(
        [("bail_appartement.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Yasmine BEN HAJ YAHIA"],
            "landlord": "SCI Les Tilleuls",
            "address": "27 rue Paul Bert, 69003 Lyon",
            "start_date": "2026-05-01",
        },
        "Bail loi 1989, locaux vides, signed 24/04/2026, effective 01/05/2026 (6.5 months "
        "before as_of).",
    )
    # payslip
    st = make_siret("83215740", "0002")
    pay = dict(
        start="2026-10-01",
        end="2026-10-31",
        paid="2026-10-30",
        employer="LUMEN ANALYTICS SAS",
        employer_lines=["12 cours Lafayette", "69003 LYON"],
        siret_print=siret_print(st),
        naf="6201Z",
        employee_lines=["Madame Yasmine BEN HAJ YAHIA", addr[0], addr[1] + " " + addr[2].upper()],
        job="Ingénieure data",
        status="Cadre",
        hired="2026-04-13",
        ccn="Syntec (IDCC 1486)",
        nir_print="en cours d'attribution",
        rows=[
            ("Salaire de base", "151,67", "22,0000", "", "3 336,74"),
            ("SALAIRE BRUT", "", "", "", "3 336,74"),
            ("Santé - Complémentaire", "3 336,74", "", "38,12", ""),
            ("Retraite - Sécurité sociale plafonnée", "3 336,74", "6,9000", "230,24", ""),
            ("Retraite - Complémentaire T1", "3 336,74", "4,0100", "133,80", ""),
            ("CSG déductible de l'IR", "3 278,35", "6,8000", "222,93", ""),
            ("CSG/CRDS non déductible", "3 278,35", "2,9000", "95,07", ""),
            ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "720,16", ""),
        ],
        net_before="2 616,58",
        pas_rate="4,1",
        pas="107,28",
        net="2 509,30",
    )
    pk.pdf("Bulletin_paie_2026_10.pdf", pdf_pages(lambda c: frdocs.payslip(c, pay, None)))
    pk.add(
        [("Bulletin_paie_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "LUMEN ANALYTICS SAS",
            "employee_name": "Yasmine BEN HAJ YAHIA",
            "period": "2026-10",
            "net_pay": "2 509,30",
            "siret": st,
        },
        "Bulletin de paie clarifié, October 2026.",
    )
    # RIB Crédit Agricole
    ib, key = fr_iban("17806", "00480", "48021593001")
    r = dict(
        bank_name="CRÉDIT AGRICOLE CENTRE-EST",
        color=(0.0, 0.45, 0.4),
        title="Relevé d'Identité Bancaire",
        holder_lines=["MME BEN HAJ YAHIA YASMINE", addr[0].upper(), addr[1] + " LYON"],
        branch_lines=["CA CENTRE-EST", "LYON CROIX-ROUSSE", "04 78 00 00 00"],
        bank="17806",
        branch="00480",
        account="48021593001",
        key=key,
        iban=ib,
        bic="AGRIFRPP878",
        legal="Caisse régionale de Crédit Agricole Mutuel Centre-Est - société coopérative "
        "à capital variable - 399 973 825 RCS Lyon",
    )
    pk.pdf("RIB_CA.pdf", pdf_pages(lambda c: frdocs.rib(c, r)))
    pk.add(
        [("RIB_CA.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "BEN HAJ YAHIA YASMINE",
            "iban": ib,
            "bic": "AGRIFRPP878",
            "bank_name": "Crédit Agricole Centre-Est",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    # form, typed then printed, signed, scanned
    ff = dict(
        run="A",
        fill="typed",
        type_font="Lib",
        surname="BEN HAJ YAHIA",
        given="YASMINE",
        sex="F",
        dob="1994-03-07",
        pob_commune="Sfax",
        pob_country="Tunisie",
        nationality="Tunisienne",
        address="27 rue Paul Bert",
        cp="69003",
        city="Lyon",
        phone="06 51 27 84 09",
        email="yasmine.bhy@gmail.com",
        situation="salarie",
        contract="CDI",
        place="Lyon",
        date_text="12/11/2026",
        signed=True,
    )
    rf = pk.rng("form")
    pk.scanned_pdf(
        "formulaire_cpam.pdf",
        pdf_pages(lambda c: form.page1(c, ff, rf), lambda c: form.page2(c, ff, rf)),
        "form-scan",
    )
    pk.add(
        [("formulaire_cpam.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields("BEN HAJ YAHIA", "YASMINE", "1994-03-07", "employed", True, "2026-11-12"),
        "cerfa 15763*02 typed, printed, signed by hand, scanned. Salariée CDI.",
    )
    pk.write()


def p02(out):
    app = {"surname": "PIERRE-LOUIS", "given_names": "WIDLINE MARIE", "date_of_birth": "1991-11-02"}
    pk = Packet(out, "p02", "2026-11-24", False, app)
    addr = ("8 allée des Cormorans", "33700", "Mérignac")
    pdf, f, _ = make_passport(
        pk.rng("pass"),
        country="HTI",
        number="RD4839201",
        surname="PIERRE-LOUIS",
        given="WIDLINE MARIE",
        dob="1991-11-02",
        sex="F",
        issue="2024-02-20",
        expiry="2034-02-19",
        state="RÉPUBLIQUE D'HAÏTI",
        title="PASSEPORT / PASSPORT",
        nat_print="HAITIENNE",
        pob="CAP-HAITIEN",
        authority="DIR. IMMIGRATION",
        labels=LABELS_FR,
        langs=("fr", "en"),
        tint=(0.8, 0.84, 0.92),
        tone=(0.35, 0.24, 0.18),
    )
    bim = booklet(pdf, (0.08, 0.12, 0.3), dpi=200)
    pk.jpg("passeport.jpg", looks.scan(on_a4([bim]), pk.rng("pass-scan")), 84)
    pk.add([("passeport.jpg", [1])], "passport", "scan", f, "Haitian passport, flatbed scan.")
    v = visa_prints(
        dict(
            number="102993518",
            surname="PIERRE-LOUIS",
            given="WIDLINE MARIE",
            nat="HTI",
            dob="1991-11-02",
            sex="F",
            **{"from": "2026-03-01"},
            until="2027-02-28",
            issue="2026-02-10",
            days="365",
            place="PORT-AU-PRINCE",
            passport_no="RD4839201",
            category="CONJOINT DE FRANCAIS",
            remarks=["VLS-TS CONJOINT DE FRANCAIS", "CESEDA L.423-1 / R.431-16 4°"],
        )
    )
    vpdf, _ = visa_sticker(v, pk.rng("visa"))
    im = looks.phone_photo(booklet(vpdf, (0.08, 0.12, 0.3)), pk.rng("visa-photo"), 3264, rotate=90)
    pk.jpg("IMG_4471.jpg", im)
    pk.add(
        [("IMG_4471.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        visa_fields(v),
        "VLS-TS conjoint de Français; photo rotated 90 degrees.",
    )
    b = dict(
        register="Naissances 1991",
        act_no="2734",
        folio="118",
        reg_year_words="mil neuf cent quatre-vingt-onze",
        reg_day_words="quinze novembre",
        officer="Me Jean-Robert DORSAINVIL",
        commune="Cap-Haïtien",
        father="Wilfrid PIERRE-LOUIS",
        mother="Marie-Carline JOSEPH",
        given="Widline Marie",
        surname="PIERRE-LOUIS",
        dob_words="deux novembre mil neuf cent quatre-vingt-onze",
        dob_print="02/11/1991",
        place="Cap-Haïtien, Nord",
        witnesses="Ronald MÉTELLUS et Jocelyn SAINT-FLEUR",
        issued_print="14 août 2025",
        code="ANH-25-118734",
        anh_director="Wilner AUGUSTIN",
        mae_date="21 août 2025",
        mae_no="L-2025/40917",
        mae_officer="Guerda BELLEGARDE",
        fr_date="28 août 2025",
        fr_no="2025-1873",
    )
    rb = pk.rng("birth")
    pk.scanned_pdf(
        "acte_naissance.pdf",
        pdf_pages(
            lambda c: civil.haiti_birth(c, b, rb), lambda c: civil.haiti_legalisation(c, b, rb)
        ),
        "birth-scan",
    )
    pk.add(
        [("acte_naissance.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "PIERRE-LOUIS",
            "given_names": "Widline Marie",
            "date_of_birth": "1991-11-02",
            "place_of_birth": "Cap-Haïtien, Nord",
            "issuing_country": "HTI",
            "language": "fr",
            "has_apostille": False,
        },
        "Extrait des Archives Nationales d'Haïti; page 2 carries the legalisation by the "
        "Haitian MFA and the 'vu pour légalisation' of the French embassy in Port-au-Prince "
        "(Haiti: legalisation route, no apostille).",
    )
    # host's CNI (recto/verso photocopy)
    k = dict(
        code="ID",
        number="X4RTBPFW4",
        dob="1988-06-14",
        sex="M",
        expiry="2031-09-22",
        nat="FRA",
        surname="LEFEBVRE",
        given="THOMAS JULIEN",
        tint=(0.88, 0.9, 0.95),
        title="CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        tone=(0.85, 0.7, 0.6),
    )
    k["front"] = [
        ("NOM / Surname", "LEFEBVRE"),
        ("Prénoms / Given names", "THOMAS, JULIEN"),
        ("Sexe  Nationalité  Date de naiss.", "M   FRA   14 06 1988"),
        ("Lieu de naissance / Place of birth", "BORDEAUX (33)"),
    ]
    k["mrz"] = card_mrz(k)
    k["back"] = [
        ("Adresse / Address", "8 ALLEE DES CORMORANS 33700 MERIGNAC"),
        ("Date de délivrance / Expiration", "23 09 2021   22 09 2031"),
        ("Autorité / Authority", "PRÉFECTURE DE LA GIRONDE"),
    ]
    sides = card_sides(k, pk.rng("cni"))
    pk.jpg("cni_thomas.jpg", looks.scan(on_a4(sides), pk.rng("cni-scan"), gray=True), 80)
    pk.add(
        [("cni_thomas.jpg", [1])],
        "national_id",
        "scan",
        {
            "surname": "LEFEBVRE",
            "given_names": "THOMAS JULIEN",
            "document_number": "X4RTBPFW4",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1988-06-14",
            "sex": "M",
            "expiry_date": "2031-09-22",
            "mrz_valid": True,
        },
        "Host's (husband's) French identity card, recto and verso photocopied on one page.",
    )
    # host's three bills
    for month, issue, inv, amt in (
        ("08", "2026-09-04", "0926417733", "42,99"),
        ("09", "2026-10-04", "0926953108", "42,99"),
        ("10", "2026-11-04", "0927488261", "45,98"),
    ):
        end = "2026-%s-%s" % (month, "31" if month in ("08", "10") else "30")
        bb = dict(
            provider="Bouygues Telecom",
            logo="bouygues telecom",
            color=(0.0, 0.3, 0.6),
            issue=issue,
            invoice_no=inv,
            client_no="1.2244.871.03",
            start="2026-%s-01" % month,
            end=end,
            offer="Bbox fit (fibre)",
            addr_lines=["M. THOMAS LEFEBVRE", addr[0].upper(), addr[1] + " " + addr[2].upper()],
            amount_print=amt,
            debit=issue[:8] + "15",
            iban_masked="FR76 **** **** 022",
            lines=[
                ("Abonnement Bbox fit", "42,99 €"),
                ("Communications hors forfait", "0,00 €" if amt == "42,99" else "2,99 €"),
            ],
            legal=[
                "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS "
                "Paris - 37-39 rue Boissy d'Anglas 75008 Paris"
            ],
        )
        fname = "Facture_Bbox_2026%s.pdf" % month
        pk.pdf(fname, pdf_pages(lambda c, bb=bb: frdocs.bill(c, bb)))
        pk.add(
            [(fname, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": "Bouygues Telecom",
                "service": "internet",
                "holder_name": "THOMAS LEFEBVRE",
                "address": "8 allée des Cormorans, 33700 Mérignac",
                "issue_date": issue,
                "period_start": "2026-%s-01" % month,
                "period_end": end,
                "amount": amt,
            },
            "Host's internet bill (month 2026-%s)." % month,
        )
    # attestation d'hébergement, handwritten, phone photo
    at = dict(
        header=["Thomas LEFEBVRE", "8 allée des Cormorans", "33700 Mérignac"],
        body="Je soussigné Thomas LEFEBVRE, né le 14/06/1988 à Bordeaux, demeurant au 8 "
        "allée des Cormorans, 33700 Mérignac, atteste sur l'honneur héberger à mon "
        "domicile mon épouse, Madame Widline Marie PIERRE-LOUIS, née le 02/11/1991 à "
        "Cap-Haïtien (Haïti), depuis le 15/03/2026.",
        legal=[
            "Je joins la copie de ma carte d'identité et mes justificatifs de domicile.",
            "Attestation faite pour servir et valoir ce que de droit.",
        ],
        city="Mérignac",
        signed_on="2026-11-08",
    )
    apdf = pdf_pages(lambda c: frdocs.attestation_hand(c, at, pk.rng("att")))
    im = looks.phone_photo(looks.render(apdf, 220)[0], pk.rng("att-photo"), 4000)
    pk.jpg("attestation_hebergement.jpg", im)
    pk.add(
        [("attestation_hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Thomas LEFEBVRE",
            "hosted_name": "Widline Marie PIERRE-LOUIS",
            "address": "8 allée des Cormorans, 33700 Mérignac",
            "since_date": "2026-03-15",
            "signed_on": "2026-11-08",
            "signed": True,
        },
        "Handwritten on squared paper by the husband.",
    )
    # joint RIB La Banque Postale
    ib, key = fr_iban("20041", "01001", "0512345K033")
    r = dict(
        bank_name="LA BANQUE POSTALE",
        color=(0.0, 0.2, 0.5),
        title="RELEVÉ D'IDENTITÉ BANCAIRE",
        holder_lines=[
            "M THOMAS LEFEBVRE",
            "OU MME WIDLINE PIERRE-LOUIS",
            addr[0].upper(),
            addr[1] + " MERIGNAC",
        ],
        branch_lines=["La Banque Postale", "Centre Financier", "33900 Bordeaux Cedex 9"],
        bank="20041",
        branch="01001",
        account="0512345K033",
        key=key,
        iban=ib,
        bic="PSSTFRPPBOR",
        legal="La Banque Postale - SA à Directoire et Conseil de surveillance - 421 100 645 "
        "RCS Paris - 115 rue de Sèvres 75275 Paris Cedex 06",
    )
    pk.pdf("RIB_compte_joint.pdf", pdf_pages(lambda c: frdocs.rib(c, r)))
    pk.add(
        [("RIB_compte_joint.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "M THOMAS LEFEBVRE OU MME WIDLINE PIERRE-LOUIS",
            "iban": ib,
            "bic": "PSSTFRPPBOR",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Joint account including the applicant.",
    )
    # hand-filled form, two phone photos
    ff = dict(
        run="B",
        fill="hand",
        hand_font="HandD",
        surname="PIERRE-LOUIS",
        usage="LEFEBVRE",
        given="WIDLINE MARIE",
        sex="F",
        dob="1991-11-02",
        pob_commune="Cap-Haïtien",
        pob_country="Haïti",
        nationality="haïtienne",
        address="8 allée des Cormorans",
        cp="33700",
        city="Mérignac",
        phone="07 68 14 52 90",
        email="widline.pl@yahoo.fr",
        situation="sans_activite",
        place="Mérignac",
        date_text="15/11/2026",
        signed=True,
    )
    rf = pk.rng("form")
    fpdf = pdf_pages(lambda c: form.page1(c, ff, rf), lambda c: form.page2(c, ff, rf))
    pages = looks.render(fpdf, 220)
    pk.jpg("IMG_4480.jpg", looks.phone_photo(pages[0], pk.rng("f1"), 4000))
    pk.jpg("IMG_4481.jpg", looks.phone_photo(pages[1], pk.rng("f2"), 4000, rotate=270))
    pk.add(
        [("IMG_4480.jpg", [1]), ("IMG_4481.jpg", [1])],
        "application_form",
        "phone_photo",
        form_fields(
            "PIERRE-LOUIS", "WIDLINE MARIE", "1991-11-02", "not_employed", True, "2026-11-15"
        ),
        "Filled by hand; usage name LEFEBVRE; 'sans activité' ticked; page 2 photo rotated.",
    )
    pk.write()
