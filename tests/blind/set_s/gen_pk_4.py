"""Packets p10-p12."""

from __future__ import annotations

from gen_cards import id_card, recepisse, titre_sejour
from gen_civil2 import ciec, philippines, ukraine
from gen_codes import d, siret
from gen_home2 import hosting, lease
from gen_ids import passport
from gen_legal import apostille, translation
from gen_money import be_iban, fr_account, rib_pdf, rib_screen
from gen_people import BANKS, EMPLOYERS, Addr, Person
from gen_pk import Pk, applicant, card_sheet_items, monthly_bills, reqs
from gen_work import payslip


def p10(root):
    """Filipino carer with a récépissé, hosted by a friend; defect: form not signed."""
    pk = Pk(root, "p10", "2026-11-24")
    home = Addr("46 rue Ordener", "75018", "Paris")
    p = Person(
        "DELA CRUZ",
        "MARIA CRISTINA",
        "F",
        d("1990-08-19"),
        "PHL",
        "Quezon City",
        "PHILIPPINES",
        addr=home,
        father="Ernesto Santos Dela Cruz",
        mother="Teresita Lopez Reyes",
        phone="07 53 12 90 44",
        email="mcdelacruz1990@gmail.com",
        extra={"middle": "Reyes", "nat_word": "Philippine"},
    )
    host = Person("ROUSSEAU", "Camille", "F", d("1984-05-02"), "FRA", "Nantes", "FRANCE", addr=home)
    pk.form(
        p,
        1,
        "typed",
        "scan",
        ["formulaire_p1.jpg", "formulaire_p2.jpg"],
        "salarie",
        "CDI",
        "Auxiliaire de vie",
        "Paris",
        None,
        None,
        signed=False,
        notes="typed and printed; neither signed nor dated",
    )
    pg, f, _ = passport(p, pk.sub("pp"), "P4128831B", d("2019-11-05"), d("2029-11-04"))
    pk.passport_doc(pg, f, "image_pdf", "passport.pdf")
    rp_pages, rf = recepisse(
        p,
        pk.sub("rec"),
        "7509988123",
        d("2026-10-16"),
        d("2027-01-15"),
        "Préfecture de Police",
        "Renouvellement - salarié",
        True,
        home,
    )
    pk.add(
        rp_pages,
        "phone_photo",
        ["recepisse.jpg"],
        "residence_permit",
        rf,
        "récépissé de demande de titre de séjour (no MRZ)",
    )
    bc, bf = philippines(p, pk.sub("bc"), d("2025-10-21"))
    bf["has_apostille"] = True
    ap, af = apostille(
        pk.sub("ap"),
        "PHL",
        "Republic of the Philippines",
        "Claire Dennis S. Mapa",
        "National Statistician and Civil Registrar General",
        "Philippine Statistics Authority",
        "Manila",
        d("2025-11-03"),
        "Department of Foreign Affairs",
        "PH-25-4417096",
        ["en"],
        "sticker",
        official="Authentication Officer",
    )
    pk.add_pdf_multi(
        [
            (bc, "birth_certificate", bf, "PSA certificate of live birth"),
            (ap, "apostille", af, "DFA apostille"),
        ],
        "image_pdf",
        "PSA_apostille.pdf",
    )
    hp, hf = hosting(
        pk.sub("att"),
        "Camille ROUSSEAU",
        host.dob,
        "Nantes",
        "Maria Cristina DELA CRUZ",
        p.dob,
        "Quezon City (Philippines)",
        home,
        d("2026-02-01"),
        d("2026-11-15"),
        "Paris",
        hand=True,
        host_sex="F",
    )
    pk.add(hp, "phone_photo", ["attestation_camille.jpg"], "hosting_attestation", hf, "handwritten")
    cards, cf, _ = id_card(
        host,
        pk.sub("cni"),
        "FRA",
        "F9K2LM3R7",
        d("2023-06-20"),
        d("2033-06-19"),
        home,
        "PRÉFECTURE DE POLICE",
    )
    pk.add(
        cards,
        "phone_photo",
        ["cni_recto.jpg", "cni_verso.jpg"],
        "national_id",
        cf,
        "host's identity card",
    )
    monthly_bills(
        pk,
        "ORANGE",
        "Camille ROUSSEAU",
        home,
        ["2026-08", "2026-09", "2026-10"],
        "text_pdf",
        "Facture_Orange_{ym}.pdf",
        42.99,
        day=5,
        label_style="Mme",
        tag="or",
        notes="host's bill",
    )
    acct = fr_account(pk.sub("rib"), BANKS["LCL"][1])
    rp, rf2 = rib_pdf(
        pk.sub("rib"),
        "LCL",
        "LCL",
        "CRLYFRPP",
        "LCL PARIS ORDENER",
        ["101 rue Ordener", "75018 PARIS"],
        ["MME DELA CRUZ MARIA CRISTINA", "46 RUE ORDENER", "75018 PARIS"],
        acct,
        variant=1,
    )
    pk.add(rp, "image_pdf", ["rib_lcl.pdf"], "rib", rf2)
    emp, naf, ccn = EMPLOYERS[5]
    sp, sf = payslip(
        pk.sub("pay"),
        emp,
        Addr("8 boulevard de Belleville", "75020", "Paris"),
        siret(pk.sub("siret")),
        naf,
        ccn,
        "Mme DELA CRUZ Maria Cristina",
        home,
        "Auxiliaire de vie",
        "Employée",
        d("2024-09-02"),
        d("2026-10-01"),
        1910.0,
        variant=2,
    )
    pk.add(sp, "phone_photo", ["IMG_20261118_090211.jpg"], "payslip", sf)
    pk.truth(
        True,
        "application form not signed (signature box empty, no date)",
        applicant(p),
        reqs(form="invalid"),
    )


def p11(root):
    """Turkish cook: the form says employed (CDI) but no contract nor payslip is enclosed."""
    pk = Pk(root, "p11", "2026-11-20")
    home = Addr("18 rue d'Alsace", "67000", "Strasbourg")
    p = Person(
        "ÖZTÜRK",
        "EMRE",
        "M",
        d("1994-05-27"),
        "TUR",
        "Izmir",
        "TURQUIE",
        addr=home,
        father="Hasan ÖZTÜRK",
        mother="Ayşe ÖZTÜRK",
        phone="06 27 84 11 56",
        email="emre.ozturk94@gmail.com",
        extra={"nat_word": "Turque"},
    )
    pk.form(
        p,
        0,
        "hand",
        "image_pdf",
        ["Formulaire CPAM.pdf"],
        "salarie",
        "CDI",
        "Cuisinier",
        "Strasbourg",
        d("2026-11-11"),
        "11/11/2026",
    )
    pg, f, _ = passport(p, pk.sub("pp"), "U21874093", d("2022-04-12"), d("2032-04-11"))
    pk.passport_doc(pg, f, "phone_photo", "pasaport.jpg")
    cards, tf, _ = titre_sejour(
        p,
        pk.sub("ts"),
        "TR3361029",
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIE",
        d("2027-09-30"),
        d("2026-10-01"),
        "PRÉFECTURE DU BAS-RHIN",
        home,
        style=1,
    )
    pk.add(
        cards, "scan", ["titre_sejour_recto.png", "titre_sejour_verso.png"], "residence_permit", tf
    )
    p_bc = Person(
        "ÖZTÜRK", "Emre", "M", p.dob, "TUR", "İzmir", "TURQUIE", father="Hasan", mother="Ayşe"
    )
    bc, bf = ciec(p_bc, pk.sub("bc"), "TUR", d("2026-05-11"), "Konak İlçe Nüfus Müdürlüğü")
    bf["has_apostille"] = True
    ap, af = apostille(
        pk.sub("ap"),
        "TUR",
        "Türkiye / Turquie",
        "A. Yıldız",
        "Nüfus Müdürü",
        "Konak İlçe Nüfus Müdürlüğü",
        "Konak / İzmir",
        d("2026-05-12"),
        "Konak Kaymakamlığı",
        "2026/3318",
        ["fr", "en"],
        "stamp",
        ink=(90, 30, 120),
    )
    pk.add_pdf_multi(
        [
            (bc, "birth_certificate", bf, "CIEC multilingual extract (Formül A)"),
            (ap, "apostille", af, ""),
        ],
        "image_pdf",
        "dogum_belgesi_apostil.pdf",
    )
    monthly_bills(
        pk,
        "BOUYGUES",
        "Emre OZTURK",
        home,
        ["2026-08", "2026-09", "2026-10"],
        "text_pdf",
        "Facture-Bbox-{mm}-2026.pdf",
        34.99,
        day=1,
        label_style="M.",
        tag="bbox",
    )
    acct = fr_account(pk.sub("rib"), BANKS["CIC"][1])
    rp, rf = rib_pdf(
        pk.sub("rib"),
        "CIC",
        "CIC",
        "CMCIFRPP",
        "CIC STRASBOURG KLEBER",
        ["31 place Kléber", "67000 STRASBOURG"],
        ["M OZTURK EMRE", "18 RUE D ALSACE", "67000 STRASBOURG"],
        acct,
        variant=0,
    )
    pk.add(rp, "text_pdf", ["RIB CIC.pdf"], "rib", rf)
    pk.truth(
        True,
        "employed per the form (CDI, cook) but no contract or payslip enclosed",
        applicant(p),
        reqs(employment="missing"),
    )


def p12(root):
    """Ukrainian visitor hosted by her partner (handwritten attestation, old French ID card)."""
    pk = Pk(root, "p12", "2026-11-17")
    home = Addr("3 impasse des Tilleuls", "44000", "Nantes")
    p = Person(
        "KOVALENKO",
        "OLENA",
        "F",
        d("1995-10-02"),
        "UKR",
        "Kharkiv",
        "UKRAINE",
        addr=home,
        phone="07 45 90 12 33",
        email="olena.kovalenko.95@ukr.net",
        extra={
            "uk_sur": "КОВАЛЕНКО",
            "uk_giv": "ОЛЕНА",
            "uk_pat": "ІГОРІВНА",
            "uk_pob": "м. Харків, Україна",
            "uk_father": "Коваленко Ігор Петрович",
            "uk_mother": "Коваленко Наталія Василівна",
            "nat_word": "Ukrainienne",
        },
    )
    host = Person("MARTIN", "Guillaume", "M", d("1986-12-19"), "FRA", "Angers", "FRANCE", addr=home)
    pk.form(
        p,
        1,
        "hand",
        "phone_photo",
        ["IMG_5531.jpg", "IMG_5532.jpg"],
        "sans_activite",
        place="Nantes",
        signed_on=d("2026-11-05"),
        date_text="05/11/2026",
        rots=[1, 1],
    )
    pg, f, _ = passport(p, pk.sub("pp"), "FT318466", d("2021-07-30"), d("2031-07-30"))
    pk.passport_doc(pg, f, "scan", "passport_scan.jpg")
    cards, tf, _ = titre_sejour(
        p,
        pk.sub("ts"),
        "UA4472813",
        "CARTE DE SEJOUR TEMPORAIRE",
        "VISITEUR",
        d("2027-06-30"),
        d("2026-07-01"),
        "PRÉFECTURE DE LOIRE-ATLANTIQUE",
        home,
    )
    pk.add(
        cards, "phone_photo", ["titre_1.jpg", "titre_2.jpg"], "residence_permit", tf, rots=[0, 0]
    )
    bc, bf = ukraine(p, pk.sub("bc"), d("2025-12-15"))
    bf["has_apostille"] = True
    ap, af = apostille(
        pk.sub("ap"),
        "UKR",
        "Україна / Ukraine",
        "O. Moroz",
        "державний реєстратор / state registrar",
        "Шевченківський відділ ДРАЦС / Shevchenkivskyi civil registry office",
        "Kyiv",
        d("2025-12-22"),
        "Ministry of Justice of Ukraine",
        "UA-8813427",
        ["en", "fr"],
        "box",
        official="I. Hnatiuk",
    )
    tr, _ = translation(
        pk.sub("tr"),
        "ukrainien",
        "ACTE DE NAISSANCE",
        [
            ("Nom", "KOVALENKO"),
            ("Prénom", "Olena"),
            ("Patronyme", "Ihorivna"),
            ("Date de naissance", "02.10.1995"),
            ("Lieu de naissance", "ville de Kharkiv, Ukraine"),
            ("Père", "Kovalenko Ihor Petrovytch"),
            ("Mère", "Kovalenko Nataliia Vassylivna"),
        ],
        d("2026-01-09"),
        note="Apostille n° UA-8813427 du 22.12.2025 traduite en annexe.",
    )
    pk.add_pdf_multi(
        [
            (bc, "birth_certificate", bf, "Ukrainian birth certificate (Cyrillic)"),
            (ap, "apostille", af, ""),
            (tr, "translation", {}, "sworn translation into French"),
        ],
        "image_pdf",
        "svidotstvo_apostille_traduction.pdf",
    )
    hp, hf = hosting(
        pk.sub("att"),
        "Guillaume MARTIN",
        host.dob,
        "Angers",
        "Olena KOVALENKO",
        p.dob,
        "Kharkiv (Ukraine)",
        home,
        d("2026-06-15"),
        d("2026-11-04"),
        "Nantes",
        hand=True,
        relation="ma compagne",
        variant=1,
    )
    pk.add(hp, "scan", ["attestation.jpg"], "hosting_attestation", hf, "handwritten")
    cards, cf, _ = id_card(
        host,
        pk.sub("cni"),
        "FRA88",
        "160944201385",
        d("2016-03-02"),
        d("2031-03-01"),
        home,
        "SOUS-PRÉFECTURE DE NANTES",
    )
    pk.add_sheet(
        card_sheet_items(*cards, two_rows=False),
        "image_pdf",
        "CNI_Guillaume.pdf",
        "national_id",
        cf,
        "host's old-model (1988) identity card, valid 15 years",
    )
    lp, lf = lease(
        pk.sub("lease"),
        "Mme Hélène LAMBERT-DUVAL",
        "9 rue de Paris, 44000 Nantes",
        ["Guillaume MARTIN"],
        home,
        d("2022-05-01"),
        720.0,
        55.0,
        d("2022-04-22"),
        "Nantes",
        variant=0,
    )
    pk.add(lp, "image_pdf", ["bail_Guillaume.pdf"], "lease", lf, "host's lease")
    iban = be_iban(pk.sub("wise"))
    rp, rf = rib_screen(
        pk.sub("wises"),
        "wise",
        "Olena Kovalenko",
        iban,
        "TRWIBEB1XXX",
        "Wise",
        "Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium",
    )
    pk.add(
        rp,
        "screenshot",
        ["Screenshot_2026-11-05-21-14-09.png"],
        "rib",
        rf,
        "Belgian SEPA IBAN (Wise), legally acceptable",
    )
    pk.truth(False, None, applicant(p), reqs(employment="not_applicable"))


def build(root):
    for fn in (
        p10,
        p11,
        p12,
    ):
        fn(root)
