"""Single documents: one folder per document, all 15 types, every look, plus a few traps."""

from __future__ import annotations

from pathlib import Path

from . import bank, misc
from .bills import Bill, bill_doc
from .cards import IdData, PassportData, PermitData, VisaData
from .civil import Apostille, Birth, apostille_doc, birth_doc, translation_doc
from .common import account, bill_series, foreign_account
from .forms import FormFill, application_form
from .housing import Hosting, Lease, hosting_doc, lease_doc, quittance_doc
from .idocs import id_doc, passport_doc, permit_doc, visa_doc
from .output import Bundle, Cards, write_json
from .packets import _employer
from .people import Address, Person
from .util import d
from .work import Job, contract, payslip

A_PARIS = Address("8 rue Oberkampf", "75011", "Paris")
A_LYON = Address("33 rue Duguesclin", "69006", "Lyon")
A_LILLE = Address("4 rue Nationale", "59800", "Lille")
A_MARS = Address("71 boulevard Longchamp", "13001", "Marseille")
A_NANTES = Address("2 rue Crébillon", "44000", "Nantes")
A_GRENOBLE = Address("15 avenue Alsace-Lorraine", "38000", "Grenoble")
A_MONTP = Address("9 rue de l'Aiguillerie", "34000", "Montpellier")
A_RENNES = Address("40 boulevard de la Liberté", "35000", "Rennes")


def _write(out: Path, name: str, b: Bundle, notes: str = ""):
    truth = {
        "as_of": "2026-11-20",
        "employed": None,
        "status": None,
        "defect": None,
        "requirements": None,
        "applicant": None,
        "documents": b.documents_truth(),
    }
    if notes:
        truth["notes"] = notes
    write_json(out / "documents" / f"{name}.truth.json", truth)
    return name


def _b(out: Path, name: str) -> Bundle:
    return Bundle(out / "documents" / name, "doc-" + name)


def build(out: Path) -> list[str]:
    names: list[str] = []

    def add(name, fn, notes=""):
        b = _b(out, name)
        fn(b)
        names.append(_write(out, name, b, notes))

    # ------------------------------------------------------------------ passports
    gbr = Person("BROOKS", "EMMA LOUISE", "F", d("1990-04-23"), "Leeds", "GBR", "GBR")
    add(
        "passport_gbr_scan",
        lambda b: b.scan(
            "passport scan.jpg",
            Cards(
                [
                    (
                        passport_doc(
                            PassportData(gbr, "561038274", d("2019-08-01"), d("2029-11-01"), "GBR")
                        ),
                        0,
                    )
                ]
            ),
            dpi=300,
        ),
    )
    mex = Person("GONZÁLEZ PÉREZ", "LUIS ALBERTO", "M", d("1984-12-01"), "Puebla", "MEX", "MEX")
    add(
        "passport_mex_photo",
        lambda b: b.photo(
            "IMG_0931.jpg",
            passport_doc(
                PassportData(
                    mex, "G31984725", d("2021-07-14"), d("2031-07-13"), "MEX", pob_viz="PUEBLA"
                )
            ),
            card=1,
        ),
    )
    phl = Person("DELA CRUZ", "JOSE MIGUEL", "M", d("1996-02-11"), "Cebu City", "PHL", "PHL")
    add(
        "passport_phl_imagepdf",
        lambda b: b.image_pdf(
            "passport.pdf",
            [
                Cards(
                    [
                        (
                            passport_doc(
                                PassportData(
                                    phl,
                                    "P7719304A",
                                    d("2022-05-20"),
                                    d("2032-05-19"),
                                    "PHL",
                                    middle="VILLANUEVA",
                                    pob_viz="CEBU CITY",
                                )
                            ),
                            0,
                        )
                    ]
                )
            ],
            dpi=250,
        ),
    )
    cmr = Person("ESSOMBA", "PAUL ARMAND", "M", d("1982-08-30"), "Yaoundé", "CMR", "CMR")
    add(
        "passport_cmr_scan_gray",
        lambda b: b.scan(
            "passeport.jpg",
            Cards(
                [
                    (
                        passport_doc(
                            PassportData(cmr, "AA0917362", d("2023-01-09"), d("2028-01-08"), "CMR")
                        ),
                        0,
                    )
                ]
            ),
            dpi=200,
            gray=True,
        ),
    )
    cod = Person("KABONGO", "GRÂCE MBUYI", "F", d("1995-05-05"), "Kinshasa", "COD", "COD")
    add(
        "passport_cod_photo_rot",
        lambda b: b.photo(
            "photo passeport.jpg",
            passport_doc(
                PassportData(cod, "OP0482917", d("2021-03-03"), d("2026-03-02"), "COD"),
                notes="expired on 2026-03-02 (a single document: nothing to judge)",
            ),
            card=1,
            rotate=180,
        ),
    )
    bad = Person("NOWAK", "ANNA", "F", d("1993-01-17"), "Ankara", "TUR", "TUR")

    def _bad(b):
        pd = PassportData(bad, "U47190382", d("2020-06-01"), d("2030-05-31"), "TUR", mrz_bad=True)
        b.scan(
            "pasaport.png",
            Cards([(passport_doc(pd, notes="MRZ composite check digit is wrong"), 0)]),
            dpi=200,
        )

    add("passport_tur_mrz_bad", _bad)

    # ------------------------------------------------------------------ national ids
    esp = Person("MARTÍNEZ SORIANO", "LUCÍA", "F", d("1992-09-08"), "Valencia", "ESP", "ESP")
    add(
        "id_esp_front_back_scans",
        lambda b: (
            lambda doc: (
                b.scan("dni_delante.jpg", Cards([(doc, 0)]), dpi=300),
                b.scan("dni_detras.jpg", Cards([(doc, 1)]), dpi=300),
            )
        )(
            id_doc(
                IdData(
                    esp,
                    "ESP",
                    "BHX482917",
                    d("2021-02-10"),
                    d("2031-02-10"),
                    opt1="48291736K",
                    pob_viz="VALENCIA",
                    address=["C/ DE COLÓN 14, 3º", "VALENCIA"],
                )
            )
        ),
    )
    deu = Person("SCHÄFER", "JONAS MAXIMILIAN", "M", d("1989-12-19"), "München", "DEU", "DEU")
    add(
        "id_deu_imagepdf",
        lambda b: (
            lambda doc: b.image_pdf(
                "Personalausweis.pdf", [Cards([(doc, 0)]), Cards([(doc, 1)])], dpi=300
            )
        )(
            id_doc(
                IdData(
                    deu,
                    "DEU",
                    "L01X00T47",
                    d("2020-10-01"),
                    d("2030-09-30"),
                    pob_viz="MÜNCHEN",
                    address=["LEOPOLDSTR. 52", "80802 MÜNCHEN"],
                ),
                notes="German card: the MRZ uses D<< for the country; nationality given as DEU",
            )
        ),
    )
    fra = Person("LEGRAND", "CLAIRE SOPHIE", "F", d("1987-03-26"), "Nantes", "FRA", "FRA")
    add(
        "id_fra_photo_front",
        lambda b: (
            lambda doc: (
                b.photo("cni recto.jpg", doc, card=0),
                b.photo("cni verso.jpg", doc, card=1, rotate=90),
            )
        )(
            id_doc(
                IdData(
                    fra,
                    "FRA",
                    "F9TQ3LX72",
                    d("2022-06-15"),
                    d("2032-06-14"),
                    pob_viz="NANTES (44)",
                    address=["2 RUE CRÉBILLON", "44000 NANTES"],
                    usage="",
                )
            )
        ),
    )
    ita = Person("ROMANO", "MARCO", "M", d("1979-07-04"), "Torino", "ITA", "ITA")
    add(
        "id_ita_one_page_scan",
        lambda b: (
            lambda doc: b.scan(
                "carta identità.jpg", Cards([(doc, 0), (doc, 1)]), dpi=250, gray=True
            )
        )(
            id_doc(
                IdData(
                    ita,
                    "ITA",
                    "CA71930KB",
                    d("2019-05-20"),
                    d("2029-07-04"),
                    pob_viz="TORINO (TO)",
                    address=["CORSO FRANCIA 118", "TORINO (TO)"],
                )
            )
        ),
    )

    # ------------------------------------------------------------------ visas
    vs1 = Person("NGUYEN", "THI LAN", "F", d("1999-03-02"), "Hanoi", "VNM", "VNM")
    add(
        "visa_vlsts_etudiant_photo",
        lambda b: b.photo(
            "visa.jpg",
            visa_doc(
                VisaData(
                    vs1,
                    "C4829173",
                    "026710538",
                    "D",
                    d("2026-09-01"),
                    d("2027-08-31"),
                    "HANOI",
                    d("2026-08-05"),
                    ["VLS-TS ETUDIANT"],
                )
            ),
            card=0,
        ),
    )
    vs2 = Person("OKAFOR", "CHIDI EMMANUEL", "M", d("1986-11-14"), "Lagos", "NGA", "NGA")
    add(
        "visa_vlsts_visiteur_scan",
        lambda b: b.scan(
            "vignette visa.jpg",
            Cards(
                [
                    (
                        visa_doc(
                            VisaData(
                                vs2,
                                "A09182736",
                                "026331907",
                                "D",
                                d("2026-01-10"),
                                d("2027-01-09"),
                                "LAGOS",
                                d("2025-12-12"),
                                ["VLS-TS VISITEUR"],
                            )
                        ),
                        0,
                    )
                ]
            ),
            dpi=300,
        ),
    )
    vs3 = Person("HAMDI", "KARIM", "M", d("1997-05-29"), "Alger", "DZA", "DZA")
    add(
        "visa_type_c_imagepdf",
        lambda b: b.image_pdf(
            "visa schengen.pdf",
            [
                Cards(
                    [
                        (
                            visa_doc(
                                VisaData(
                                    vs3,
                                    "312847195",
                                    "026644120",
                                    "C",
                                    d("2026-06-01"),
                                    d("2026-11-30"),
                                    "ALGER",
                                    d("2026-05-12"),
                                    ["VISITE FAMILIALE"],
                                    duration="30",
                                    entries="2",
                                    valid_for="ETATS SCHENGEN",
                                ),
                                notes="short-stay Schengen visa (type C)",
                            ),
                            0,
                        )
                    ]
                )
            ],
            dpi=250,
        ),
    )
    vs4 = Person("SILVA", "PEDRO HENRIQUE", "M", d("1994-01-07"), "Recife", "BRA", "BRA")
    add(
        "visa_d_not_vlsts_scan",
        lambda b: b.scan(
            "visto D.jpg",
            Cards(
                [
                    (
                        visa_doc(
                            VisaData(
                                vs4,
                                "FY739201",
                                "026255390",
                                "D",
                                d("2026-07-01"),
                                d("2026-12-27"),
                                "RECIFE",
                                d("2026-06-10"),
                                ["CARTE SEJOUR A SOLLICITER DANS", "LES 2 MOIS SUIVANT L'ARRIVEE"],
                                duration="180",
                            ),
                            notes="type D visa that is not a VLS-TS (carte de séjour à solliciter)",
                        ),
                        0,
                    )
                ]
            ),
            dpi=250,
            gray=True,
        ),
    )

    # ------------------------------------------------------------------ residence permits
    rp1 = Person("DIALLO", "MAMADOU", "M", d("1988-02-02"), "Conakry", "GIN", "GIN")
    add(
        "permit_cst_two_scans",
        lambda b: (
            lambda doc: (
                b.scan("titre recto.jpg", Cards([(doc, 0)]), dpi=300),
                b.scan("titre verso.jpg", Cards([(doc, 1)]), dpi=300),
            )
        )(
            permit_doc(
                PermitData(
                    rp1,
                    "NC2E81640",
                    "7503119284",
                    "CARTE DE SEJOUR TEMPORAIRE",
                    "VIE PRIVÉE ET FAMILIALE",
                    d("2026-02-01"),
                    d("2027-01-31"),
                    "PRÉFECTURE DE POLICE",
                    d("2026-02-14"),
                    ["8 RUE OBERKAMPF", "75011 PARIS"],
                )
            )
        ),
    )
    rp2 = Person("WANG", "FANG", "F", d("1991-12-24"), "Shanghai", "CHN", "CHN")
    add(
        "permit_talent_photos",
        lambda b: (
            lambda doc: (b.photo("IMG_5510.jpg", doc, card=0), b.photo("IMG_5511.jpg", doc, card=1))
        )(
            permit_doc(
                PermitData(
                    rp2,
                    "NC3A29174",
                    "6902847315",
                    "CARTE DE SEJOUR PLURIANNUELLE",
                    "PASSEPORT TALENT",
                    d("2025-06-01"),
                    d("2029-05-31"),
                    "PRÉFECTURE DU RHÔNE",
                    d("2025-06-20"),
                    ["33 RUE DUGUESCLIN", "69006 LYON"],
                )
            )
        ),
    )
    rp3 = Person("OUEDRAOGO", "ISSA", "M", d("1975-10-10"), "Ouagadougou", "BFA", "BFA")
    add(
        "permit_resident_imagepdf",
        lambda b: (
            lambda doc: b.image_pdf(
                "carte de resident.pdf", [Cards([(doc, 0)]), Cards([(doc, 1)])], dpi=300, gray=True
            )
        )(
            permit_doc(
                PermitData(
                    rp3,
                    "NC1F70293",
                    "1300482915",
                    "CARTE DE RESIDENT",
                    "RÉSIDENT",
                    d("2019-09-01"),
                    d("2029-08-31"),
                    "PRÉFECTURE DES BOUCHES-DU-RHÔNE",
                    d("2019-09-12"),
                    ["71 BD LONGCHAMP", "13001 MARSEILLE"],
                )
            )
        ),
    )
    rp4 = Person("KHELIFI", "NADIA", "F", d("1984-06-06"), "Constantine", "DZA", "DZA")
    add(
        "permit_cra_one_page",
        lambda b: (
            lambda doc: b.scan(
                "certificat residence algerien.jpg", Cards([(doc, 0), (doc, 1)]), dpi=300
            )
        )(
            permit_doc(
                PermitData(
                    rp4,
                    "NC5B19820",
                    "5900318472",
                    "CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
                    "10 ANS",
                    d("2020-03-01"),
                    d("2030-02-28"),
                    "PRÉFECTURE DU NORD",
                    d("2020-03-16"),
                    ["4 RUE NATIONALE", "59800 LILLE"],
                )
            )
        ),
    )

    # ------------------------------------------------------------------ birth certificates
    def bc_add(name, birth, look, fname, notes="", apost=False, **kw):
        doc = birth_doc(birth, apost, notes=notes)

        def f(b):
            if look == "scan":
                b.scan(fname, (doc, 0), **kw)
            elif look == "image_pdf":
                b.image_pdf(fname, [doc], **kw)
            elif look == "phone":
                b.photo(fname, (doc, 0), **kw)
            else:
                b.text_pdf(fname, [doc])

        add(name, f)

    bc_add(
        "birth_sen_scan",
        Birth(
            "DIOP",
            "Aminata",
            "F",
            d("1995-02-14"),
            "Dakar",
            "SEN",
            "Moussa DIOP",
            "Fatou NDIAYE",
            d("2025-10-02"),
            reg_no="3184",
        ),
        "scan",
        "extrait naissance.jpg",
        dpi=200,
        gray=True,
    )
    bc_add(
        "birth_civ_imagepdf",
        Birth(
            "KONAN",
            "Affoué Marie-Josée",
            "F",
            d("1991-08-19"),
            "Bouaké",
            "CIV",
            "KONAN Kouadio",
            "YAO Amenan",
            d("2026-02-10"),
            reg_no="1127",
            extra={"commune": "Bouaké"},
        ),
        "image_pdf",
        "acte de naissance.pdf",
        dpi=200,
    )
    bc_add(
        "birth_cmr_phone",
        Birth(
            "MBARGA",
            "Serge Olivier",
            "M",
            d("1987-04-04"),
            "Yaoundé",
            "CMR",
            "MBARGA Jean",
            "ATANGANA Marie",
            d("2025-07-22"),
            reg_no="0983",
            extra={"centre": "Yaoundé Ier"},
        ),
        "phone",
        "IMG_7741.jpg",
    )
    bc_add(
        "birth_mli_scan",
        Birth(
            "TRAORÉ",
            "Awa",
            "F",
            d("1998-11-30"),
            "Bamako",
            "MLI",
            "Seydou TRAORÉ",
            "Kadiatou KEITA",
            d("2026-01-05"),
            reg_no="0412",
        ),
        "scan",
        "acte.png",
        dpi=150,
    )
    bc_add(
        "birth_cod_phone_rot",
        Birth(
            "KABONGO",
            "Grâce Mbuyi",
            "F",
            d("1995-05-05"),
            "Kinshasa",
            "COD",
            "KABONGO Ilunga",
            "MBUYI Thérèse",
            d("2025-04-18"),
            reg_no="2219",
        ),
        "phone",
        "acte naissance.jpg",
        rotate=90,
    )
    bc_add(
        "birth_mex_scan",
        Birth(
            "GONZÁLEZ PÉREZ",
            "LUIS ALBERTO",
            "M",
            d("1984-12-01"),
            "PUEBLA, PUEBLA",
            "MEX",
            "JUAN GONZÁLEZ RAMOS",
            "ROSA PÉREZ LUNA",
            d("2025-11-11"),
            reg_no="02217",
            extra={
                "state": "ESTADO DE PUEBLA",
                "municipio": "PUEBLA",
                "entidad": "21",
                "curp": "GOPL841201HPLNRS08",
            },
        ),
        "scan",
        "acta.jpg",
        dpi=250,
    )
    bc_add(
        "birth_bra_imagepdf",
        Birth(
            "SILVA",
            "PEDRO HENRIQUE",
            "M",
            d("1994-01-07"),
            "RECIFE - PE",
            "BRA",
            "JOÃO CARLOS SILVA",
            "MARIA JOSÉ SANTOS SILVA",
            d("2025-03-03"),
            reg_no="0078123",
            extra={
                "hospital": "HOSPITAL DA RESTAURAÇÃO",
                "cartorio": "Oficial de Registro Civil de Recife - PE",
            },
        ),
        "image_pdf",
        "certidao.pdf",
        dpi=200,
        gray=True,
    )
    bc_add(
        "birth_usa_ny_textpdf",
        Birth(
            "COHEN",
            "REBECCA",
            "F",
            d("1986-09-03"),
            "BROOKLYN",
            "USA",
            "DAVID COHEN",
            "MIRIAM LEVY",
            d("2026-03-12"),
            reg_no="0911",
            extra={"state": "NEW YORK", "county": "KINGS", "hospital": "MAIMONIDES MEDICAL CENTER"},
        ),
        "text",
        "NYS_birth_certificate_certified_copy.pdf",
        notes="digital certified copy (text PDF)",
    )
    bc_add(
        "birth_phl_scan",
        Birth(
            "DELA CRUZ",
            "JOSE MIGUEL",
            "M",
            d("1996-02-11"),
            "CEBU CITY, CEBU",
            "PHL",
            "ANTONIO DELA CRUZ",
            "CARMEN VILLANUEVA",
            d("2025-05-30"),
            reg_no="99812",
            extra={"middle": "VILLANUEVA", "province": "CEBU", "city": "CEBU CITY"},
        ),
        "scan",
        "PSA birth.jpg",
        dpi=200,
    )
    bc_add(
        "birth_mar_phone",
        Birth(
            "TAZI",
            "Omar",
            "M",
            d("1990-01-21"),
            "Fès",
            "MAR",
            "Tazi Ahmed",
            "Berrada Souad",
            d("2026-02-02"),
            reg_no="0721",
            extra={"province": "Fès", "bureau": "Arrondissement Agdal"},
        ),
        "phone",
        "acte naissance omar.jpg",
    )
    bc_add(
        "birth_tun_scan",
        Birth(
            "GHARBI",
            "Ines",
            "F",
            d("1996-06-13"),
            "Tunis",
            "TUN",
            "Gharbi Hedi",
            "Jaziri Samia",
            d("2025-09-09"),
            reg_no="2841",
            extra={"municipalite": "Tunis"},
        ),
        "scan",
        "mouthamen.jpg",
        dpi=200,
    )
    bc_add(
        "birth_gbr_imagepdf",
        Birth(
            "BROOKS",
            "Emma Louise",
            "F",
            d("1990-04-23"),
            "Leeds General Infirmary, Leeds",
            "GBR",
            "Michael Brooks",
            "Helen Brooks formerly Ward",
            d("2025-08-14"),
            reg_no="0388",
            extra={"district": "Leeds", "sub": "Leeds North", "county": "County of West Yorkshire"},
        ),
        "image_pdf",
        "GRO birth certificate.pdf",
        dpi=200,
    )

    # ------------------------------------------------------------------ apostilles alone
    def apo_add(name, a, look, fname, **kw):
        doc = apostille_doc(a)

        def f(b):
            if look == "scan":
                b.scan(fname, (doc, 0), **kw)
            elif look == "image_pdf":
                b.image_pdf(fname, [doc], **kw)
            else:
                b.photo(fname, (doc, 0), **kw)

        add(name, f)

    apo_add(
        "apostille_usa_scan",
        Apostille(
            "United States of America",
            "Mary T. Bassett",
            "State Registrar",
            "New York State Department of Health",
            "Albany, New York",
            d("2026-03-20"),
            "Secretary of State of New York",
            "NYS-26-031877",
            lang="en",
            style=0,
        ),
        "scan",
        "apostille.jpg",
        dpi=200,
    )
    apo_add(
        "apostille_mex_imagepdf",
        Apostille(
            "Estados Unidos Mexicanos",
            "Lic. Jorge Ramírez Soto",
            "Director del Registro Civil",
            "Registro Civil del Estado de Puebla",
            "Puebla, Pue.",
            d("2025-11-20"),
            "Secretaría General de Gobierno del Estado de Puebla",
            "PUE-2025-77102",
            lang="es",
            style=1,
        ),
        "image_pdf",
        "apostilla.pdf",
        dpi=200,
    )
    apo_add(
        "apostille_ind_photo",
        Apostille(
            "India",
            "Dr. A. Menon",
            "Registrar of Births and Deaths",
            "Corporation of Cochin",
            "New Delhi",
            d("2026-02-03"),
            "Ministry of External Affairs, Government of India",
            "KL/2026/0007315",
            lang="en",
            style=2,
        ),
        "phone",
        "apostille stamp.jpg",
    )
    apo_add(
        "apostille_ukr_scan",
        Apostille(
            "Україна / Ukraine",
            "Петренко Л. М.",
            "заступник начальника",
            "Відділ ДРАЦС Одеса",
            "м. Київ",
            d("2025-10-14"),
            "Міністерство юстиції України",
            "UA-25-1029384",
            lang="uk",
            second="en",
        ),
        "scan",
        "apostil.jpg",
        dpi=250,
        gray=True,
    )

    # ------------------------------------------------------------------ translations
    ukr_birth = Birth(
        "KOVALENKO",
        "OLENA",
        "F",
        d("1993-04-11"),
        "Kharkiv (Ukraine)",
        "UKR",
        "Viktor Ivanovytch KOVALENKO",
        "Nataliia Petrivna KOVALENKO",
        d("2025-08-05"),
        reg_no="1182",
    )
    add(
        "translation_ukr_scan",
        lambda b: b.scan(
            "traduction acte.jpg",
            (
                translation_doc(
                    ukr_birth,
                    "Ukrainien",
                    "Iryna BOUCHER",
                    "Rennes",
                    "Rennes",
                    d("2025-09-10"),
                    "2025-0412",
                    with_apostille="UA-25-0812745",
                ),
                0,
            ),
            dpi=200,
        ),
    )
    bra_birth = Birth(
        "SILVA",
        "PEDRO HENRIQUE",
        "M",
        d("1994-01-07"),
        "Recife - PE (Brésil)",
        "BRA",
        "João Carlos SILVA",
        "Maria José SANTOS SILVA",
        d("2025-03-03"),
        reg_no="0078123",
    )
    add(
        "translation_bra_imagepdf",
        lambda b: b.image_pdf(
            "traducao juramentada.pdf",
            [
                translation_doc(
                    bra_birth,
                    "Portugais",
                    "Isabel FONTAINE",
                    "Toulouse",
                    "Toulouse",
                    d("2025-04-02"),
                    "2025-0331",
                )
            ],
            dpi=200,
        ),
    )
    chn_birth = Birth(
        "WANG",
        "FANG",
        "F",
        d("1991-12-24"),
        "Shanghai (Chine)",
        "CHN",
        "WANG Jian",
        "ZHOU Li",
        d("2024-11-05"),
        reg_no="7731",
    )
    add(
        "translation_chn_textpdf",
        lambda b: b.text_pdf(
            "traduction certifiée.pdf",
            [
                translation_doc(
                    chn_birth,
                    "Chinois",
                    "Hélène ZHAO-MERCIER",
                    "Lyon",
                    "Lyon",
                    d("2025-01-15"),
                    "2025-0027",
                )
            ],
        ),
    )

    # ------------------------------------------------------------------ utility bills
    def one_bill(
        provider,
        holder,
        truth_name,
        addr,
        y,
        m,
        amount,
        seed,
        month_only=False,
        page2=False,
        extra=None,
    ):
        return bill_series(
            provider,
            holder,
            truth_name,
            addr,
            [(y, m)],
            amount,
            seed,
            month_only=month_only,
            page2=page2,
            extra=extra,
        )[0]

    add(
        "bill_edf_textpdf",
        lambda b: b.text_pdf(
            "facture edf sept.pdf",
            [
                one_bill(
                    "edf", "Mme Claire LEGRAND", "Claire LEGRAND", A_NANTES, 2026, 9, 61.2, "s-edf"
                )
            ],
        ),
    )
    add(
        "bill_engie_attestation_textpdf",
        lambda b: b.text_pdf(
            "attestation_titulaire_contrat_engie.pdf",
            [
                bill_doc(
                    Bill(
                        "engie_att",
                        "M. Mamadou DIALLO",
                        "Mamadou DIALLO",
                        A_PARIS,
                        d("2026-10-22"),
                        d("2026-02-15"),
                        None,
                        ref="600 184 273",
                        extra={"since": d("2026-02-15")},
                    )
                )
            ],
        ),
    )
    add(
        "bill_total_imagepdf",
        lambda b: b.image_pdf(
            "facture total.pdf",
            [
                one_bill(
                    "total", "M. Issa OUEDRAOGO", "Issa OUEDRAOGO", A_MARS, 2026, 8, 47.5, "s-total"
                )
            ],
            dpi=200,
        ),
    )
    add(
        "bill_free_textpdf_2p",
        lambda b: b.text_pdf(
            "Facture_Free_2026-10.pdf",
            [
                one_bill(
                    "free",
                    "Mme Lucía MARTÍNEZ SORIANO",
                    "Lucía MARTÍNEZ SORIANO",
                    A_LYON,
                    2026,
                    10,
                    29.99,
                    "s-free",
                    page2=True,
                    extra={"email": "lucia.ms@gmail.com"},
                )
            ],
        ),
    )
    add(
        "bill_sfr_photo",
        lambda b: b.photo(
            "IMG_3312.jpg",
            (
                one_bill(
                    "sfr", "M EMMANUEL OKAFOR", "EMMANUEL OKAFOR", A_LILLE, 2026, 9, 24.99, "s-sfr"
                ),
                0,
            ),
            rotate=270,
        ),
    )
    add(
        "bill_orange_scan",
        lambda b: b.scan(
            "facture orange.jpg",
            (
                one_bill(
                    "orange",
                    "M. Marco ROMANO",
                    "Marco ROMANO",
                    A_GRENOBLE,
                    2026,
                    10,
                    44.99,
                    "s-orange",
                ),
                0,
            ),
            dpi=200,
        ),
    )
    add(
        "bill_bouygues_month_textpdf",
        lambda b: b.text_pdf(
            "Bouygues_facture_octobre.pdf",
            [
                one_bill(
                    "bouygues",
                    "Mme Fang WANG",
                    "Fang WANG",
                    A_LYON,
                    2026,
                    10,
                    35.99,
                    "s-bouy",
                    month_only=True,
                )
            ],
        ),
    )
    add(
        "bill_eaudeparis_scan",
        lambda b: b.scan(
            "facture eau.jpg",
            (
                bill_doc(
                    Bill(
                        "eaudeparis",
                        "M. Mamadou DIALLO",
                        "Mamadou DIALLO",
                        A_PARIS,
                        d("2026-10-12"),
                        d("2026-04-01"),
                        d("2026-09-30"),
                        amount=118.4,
                        number="E26-4418201",
                        ref="75-220931",
                    )
                ),
                0,
            ),
            dpi=200,
            gray=True,
        ),
    )
    add(
        "bill_veolia_imagepdf",
        lambda b: b.image_pdf(
            "veolia.pdf",
            [
                bill_doc(
                    Bill(
                        "veolia",
                        "Mme Nadia KHELIFI",
                        "Nadia KHELIFI",
                        A_LILLE,
                        d("2026-07-08"),
                        d("2026-01-01"),
                        d("2026-06-30"),
                        amount=164.75,
                        number="0047781203",
                        ref="CT-5918-22047",
                    )
                )
            ],
            dpi=200,
        ),
    )
    add(
        "bill_edf_attestation_photo",
        lambda b: b.photo(
            "attestation edf.jpg",
            (
                bill_doc(
                    Bill(
                        "edf_att",
                        "M. Jonas SCHÄFER",
                        "Jonas SCHÄFER",
                        A_MONTP,
                        d("2026-09-30"),
                        d("2026-03-01"),
                        None,
                        ref="6 012 447 891",
                        extra={"since": d("2026-03-01")},
                    )
                ),
                0,
            ),
        ),
    )

    def _p2(b):
        doc = one_bill(
            "edf", "M. Omar TAZI", "Omar TAZI", A_RENNES, 2026, 10, 70.1, "s-edf2", page2=True
        )
        from .model import Doc

        p2 = Doc(
            "utility_bill",
            {
                "provider": "EDF",
                "service": "electricity",
                "holder_name": "Omar TAZI",
                "issue_date": doc.fields["issue_date"],
                "period_start": None,
                "period_end": None,
            },
            [doc.sheets[1]],
            notes="only the second page of an EDF bill (header names the holder and "
            "the bill date; no period on this page)",
        )
        b.scan("page2.jpg", (p2, 0), dpi=200)

    add("bill_edf_page2_only_trap", _p2)

    # ------------------------------------------------------------------ leases
    add(
        "lease_empty_textpdf",
        lambda b: b.text_pdf(
            "bail vide.pdf",
            [
                lease_doc(
                    Lease(
                        "M. Alain ROCHE",
                        "12 quai de la Fosse, 44000 Nantes",
                        ["Mme Claire LEGRAND"],
                        A_NANTES,
                        d("2025-01-01"),
                        d("2024-12-18"),
                        680.0,
                        50.0,
                        surface=44,
                    ),
                    style=0,
                )
            ],
        ),
    )
    add(
        "lease_furnished_imagepdf",
        lambda b: b.image_pdf(
            "contrat location meublee.pdf",
            [
                lease_doc(
                    Lease(
                        "Mme Sylvie MARCHAND",
                        "6 rue de la Loge, 34000 Montpellier",
                        ["M. Jonas SCHÄFER"],
                        A_MONTP,
                        d("2026-03-01"),
                        d("2026-02-22"),
                        590.0,
                        35.0,
                        furnished=True,
                        surface=27,
                        rooms=1,
                    ),
                    style=1,
                )
            ],
            dpi=200,
            gray=True,
        ),
    )
    lz = lease_doc(
        Lease(
            "SCI PRESQU'ÎLE",
            "20 rue de la République, 69002 Lyon",
            ["Mme Fang WANG"],
            A_LYON,
            d("2025-06-15"),
            d("2025-06-02"),
            920.0,
            80.0,
            agency="Régie des Brotteaux",
            agency_addr="5 place Jules Ferry, 69006 Lyon",
            surface=55,
        ),
        style=2,
    )
    add(
        "lease_agency_scans",
        lambda b: [b.scan(f"bail_p{i + 1}.jpg", (lz, i), dpi=200) for i in range(len(lz.sheets))],
    )
    lc = lease_doc(
        Lease(
            "M. Hervé LE BIHAN",
            "2 place Sainte-Anne, 35000 Rennes",
            ["M. Omar TAZI", "Mme Ines GHARBI"],
            A_RENNES,
            d("2026-01-01"),
            d("2025-12-15"),
            1020.0,
            90.0,
            surface=71,
            rooms=3,
        ),
        style=1,
    )
    add(
        "lease_coloc_photos",
        lambda b: [b.photo(f"IMG_80{i + 10}.jpg", (lc, i)) for i in range(len(lc.sheets))],
    )

    # ------------------------------------------------------------------ hosting attestations
    add(
        "hosting_handwritten_scan",
        lambda b: b.scan(
            "attestation hebergement.jpg",
            (
                hosting_doc(
                    Hosting(
                        "Pierre DUVAL",
                        d("1970-05-12"),
                        "Angers (49)",
                        "Aminata DIOP",
                        d("1995-02-14"),
                        "Dakar (Sénégal)",
                        A_NANTES,
                        d("2026-05-01"),
                        "Nantes",
                        d("2026-10-30"),
                        relation="mon amie",
                        host_sex="M",
                    ),
                    handwritten=True,
                    font="breip",
                    ink="blue",
                ),
                0,
            ),
            dpi=200,
        ),
    )
    add(
        "hosting_typed_imagepdf",
        lambda b: b.image_pdf(
            "attestation.pdf",
            [
                hosting_doc(
                    Hosting(
                        "Sandrine MOREAU",
                        d("1965-09-01"),
                        "Lille (59)",
                        "Chidi Emmanuel OKAFOR",
                        d("1986-11-14"),
                        "Lagos (Nigeria)",
                        A_LILLE,
                        d("2026-01-12"),
                        "Lille",
                        d("2026-11-02"),
                        host_sex="F",
                    ),
                    handwritten=False,
                )
            ],
            dpi=200,
        ),
    )
    add(
        "hosting_handwritten_photo",
        lambda b: b.photo(
            "attestation.jpg",
            (
                hosting_doc(
                    Hosting(
                        "Mohamed KHELIFI",
                        d("1958-02-17"),
                        "Constantine (Algérie)",
                        "Karim HAMDI",
                        d("1997-05-29"),
                        "Alger (Algérie)",
                        A_LILLE,
                        d("2026-06-10"),
                        "Lille",
                        d("2026-11-12"),
                        relation="mon neveu",
                    ),
                    handwritten=True,
                    font="dancing",
                    ink="black",
                ),
                0,
            ),
        ),
    )
    add(
        "hosting_typed_unsigned_textpdf",
        lambda b: b.text_pdf(
            "attestation_hebergement.pdf",
            [
                hosting_doc(
                    Hosting(
                        "Julie BERNARD",
                        d("1992-12-03"),
                        "Grenoble (38)",
                        "Marco ROMANO",
                        d("1979-07-04"),
                        "Turin (Italie)",
                        A_GRENOBLE,
                        d("2026-04-01"),
                        "Grenoble",
                        d("2026-11-05"),
                        signed=False,
                        host_sex="F",
                    ),
                    handwritten=False,
                )
            ],
        ),
        notes="typed attestation never signed",
    )

    # ------------------------------------------------------------------ payslips
    def slip_add(name, er_key, who, truth, title, gross, y, m, style, look, fname, **kw):
        er = _employer(er_key)
        doc = payslip(
            er,
            Job(
                who, truth, ["8 rue Oberkampf", "75011 PARIS"], title, d("2025-01-06"), "CDI", gross
            ),
            y,
            m,
            style=style,
        )

        def f(b):
            if look == "text":
                b.text_pdf(fname, [doc])
            elif look == "scan":
                b.scan(fname, (doc, 0), **kw)
            else:
                b.image_pdf(fname, [doc], **kw)

        add(name, f)

    slip_add(
        "payslip_silae_textpdf",
        "datanova",
        "M. Mamadou DIALLO",
        "Mamadou DIALLO",
        "Technicien support",
        2400.0,
        2026,
        9,
        0,
        "text",
        "bulletin_2026_09.pdf",
    )
    slip_add(
        "payslip_payfit_textpdf",
        "agence",
        "Mme Lucía MARTÍNEZ SORIANO",
        "Lucía MARTÍNEZ SORIANO",
        "Graphiste",
        2700.0,
        2026,
        10,
        1,
        "text",
        "Payslip_October_2026.pdf",
    )
    slip_add(
        "payslip_mono_scan",
        "cafe",
        "M. Issa OUEDRAOGO",
        "Issa OUEDRAOGO",
        "Serveur",
        1850.0,
        2026,
        10,
        2,
        "scan",
        "fiche paie.jpg",
        dpi=200,
        gray=True,
    )
    slip_add(
        "payslip_imagepdf",
        "soins",
        "Mme Nadia KHELIFI",
        "Nadia KHELIFI",
        "Infirmière",
        2600.0,
        2026,
        8,
        0,
        "image",
        "bulletin de salaire aout.pdf",
        dpi=200,
    )

    # ------------------------------------------------------------------ contracts
    def ctr_add(
        name, er_key, civ, who, truth, title, start, kind, look, fname, end=None, style=0, **kw
    ):
        er = _employer(er_key)
        job = Job(
            who, truth, ["4 rue Nationale", "59800 LILLE"], title, start, kind, 2300.0, end=end
        )
        doc = contract(er, job, start, style=style, civ=civ)

        def f(b):
            if look == "text":
                b.text_pdf(fname, [doc])
            elif look == "image":
                b.image_pdf(fname, [doc], **kw)
            elif look == "scan":
                for i in range(2):
                    b.scan(fname.format(i + 1), (doc, i), **kw)
            else:
                for i in range(2):
                    b.photo(fname.format(i + 1), (doc, i), **kw)

        add(name, f)

    ctr_add(
        "contract_cdi_textpdf",
        "datanova",
        "M.",
        "M. Chidi Emmanuel OKAFOR",
        "Chidi Emmanuel OKAFOR",
        "Analyste financier",
        d("2026-02-02"),
        "CDI",
        "text",
        "Contrat_CDI_OKAFOR.pdf",
        style=0,
    )
    ctr_add(
        "contract_cdd_imagepdf",
        "resto",
        "Mme",
        "Mme Ines GHARBI",
        "Ines GHARBI",
        "Commis de cuisine",
        d("2026-06-01"),
        "CDD",
        "image",
        "CDD scanné.pdf",
        end=d("2026-12-31"),
        style=1,
        dpi=200,
        gray=True,
    )
    ctr_add(
        "contract_cdi_scans",
        "maint",
        "M.",
        "M. Omar TAZI",
        "Omar TAZI",
        "Électrotechnicien",
        d("2025-11-03"),
        "CDI",
        "scan",
        "contrat page {}.jpg",
        style=2,
        dpi=200,
    )
    ctr_add(
        "contract_cdd_photos",
        "bioinst",
        "Mme",
        "Mme Emma Louise BROOKS",
        "Emma Louise BROOKS",
        "Post-doctorante",
        d("2026-01-05"),
        "CDD",
        "phone",
        "IMG_66{}0.jpg",
        end=d("2027-12-31"),
        style=0,
    )

    # ------------------------------------------------------------------ RIB
    a1 = account(
        "bnp",
        "s-rib1",
        ["M PAUL ARMAND ESSOMBA", "71 BD LONGCHAMP", "13001 MARSEILLE"],
        "BNP PARIBAS MARSEILLE LONGCHAMP",
        ["60 bd Longchamp", "13001 MARSEILLE"],
    )
    add(
        "rib_bnp_textpdf",
        lambda b: b.text_pdf("RIB.pdf", [bank.rib_bnp(a1, "PAUL ARMAND ESSOMBA", d("2026-04-04"))]),
    )
    a2 = account(
        "cm",
        "s-rib2",
        ["MME AWA TRAORE", "4 RUE NATIONALE", "59800 LILLE"],
        "CCM LILLE CENTRE",
        ["20 rue Faidherbe", "59800 LILLE"],
    )
    add(
        "rib_cm_scan",
        lambda b: b.scan(
            "rib credit mutuel.jpg",
            (bank.rib_cm(a2, "AWA TRAORE", d("2026-02-14")), 0),
            dpi=200,
            gray=True,
        ),
    )
    a3 = account("bourso", "s-rib3", ["MME LUCIA MARTINEZ SORIANO"], "BoursoBank")
    add(
        "rib_app_bourso_screenshot",
        lambda b: b.screenshot(
            "Screenshot_2026-10-02-08-14-55.png",
            bank.rib_app(a3, "LUCIA MARTINEZ SORIANO", "bourso"),
        ),
    )
    a4 = foreign_account(
        "LT", "32500" + "00012345678", "REVOLT21", "Revolut Bank UAB", ["Jose Miguel Dela Cruz"]
    )
    add(
        "rib_app_revolut_lt_screenshot",
        lambda b: b.screenshot(
            "IMG_2291.PNG", bank.rib_app(a4, "Jose Miguel Dela Cruz", "revolut")
        ),
    )
    a5 = account(
        "lbp",
        "s-rib5",
        ["M OMAR TAZI", "40 BD DE LA LIBERTE", "35000 RENNES"],
        "LA BANQUE POSTALE",
        ["Centre financier de Rennes", "35900 RENNES CEDEX 9"],
    )
    add(
        "rib_lbp_imagepdf",
        lambda b: b.image_pdf(
            "RIB la poste.pdf", [bank.rib_lbp(a5, "OMAR TAZI", d("2026-01-20"))], dpi=200
        ),
    )
    a6 = account(
        "sg",
        "s-rib6",
        ["M GRACE MBUYI KABONGO"],
        "SG PARIS OBERKAMPF",
        ["101 rue Oberkampf", "75011 PARIS"],
    )
    add(
        "rib_in_bank_letter_trap",
        lambda b: b.text_pdf(
            "courrier_bienvenue.pdf",
            [
                bank.rib_sg_letter(
                    a6,
                    "GRACE MBUYI KABONGO",
                    d("2026-06-08"),
                    ["Mme Grâce Mbuyi KABONGO", "8 rue Oberkampf", "75011 PARIS"],
                    "Madame",
                )
            ],
        ),
    )

    # ------------------------------------------------------------------ application forms
    def form_add(name, person, nat, city_b, country_b, situation, look, files, notes="", **ff_kw):
        ff = FormFill(person, nat, city_b, country_b, situation, seed=name, **ff_kw)
        doc = application_form(ff)
        if notes:
            doc.notes = notes

        def f(b):
            if look == "scan":
                b.scan(files[0], (doc, 0), dpi=200)
                b.scan(files[1], (doc, 1), dpi=200)
            elif look == "text":
                b.text_pdf(files[0], [doc])
            elif look == "image":
                b.image_pdf(files[0], [doc], dpi=200, gray=True)
            else:
                b.photo(files[0], (doc, 0), rotate=ff_kw.get("extra", {}).get("rot", 0))
                b.photo(files[1], (doc, 1))

        add(name, f)

    pf1 = Person(
        "DIALLO",
        "MAMADOU",
        "M",
        d("1988-02-02"),
        "Conakry",
        "GIN",
        "GIN",
        A_PARIS,
        phone="06 11 22 33 44",
        email="m.diallo88@gmail.com",
    )
    form_add(
        "form_hand_scan_salarie",
        pf1,
        "guinéenne",
        "Conakry",
        "Guinée",
        "salarie",
        "scan",
        ["formulaire recto.jpg", "formulaire verso.jpg"],
        job="Agent de sécurité",
        contract="CDD",
        city="Paris",
        signed_on=d("2026-11-02"),
        font="dkg",
        ink="blue",
        run=0,
    )
    pf2 = Person(
        "MARTÍNEZ SORIANO",
        "LUCÍA",
        "F",
        d("1992-09-08"),
        "Valencia",
        "ESP",
        "ESP",
        A_LYON,
        phone="06 98 76 54 32",
        email="lucia.ms@gmail.com",
    )
    form_add(
        "form_acro_textpdf",
        pf2,
        "espagnole",
        "Valencia",
        "Espagne",
        "independant",
        "text",
        ["S1106_rempli.pdf"],
        city="Lyon",
        signed_on=d("2026-10-28"),
        mode="acro",
        run=1,
        notes="fillable PDF: values live in AcroForm fields; signature pasted as an image",
    )
    pf3 = Person(
        "NGUYEN",
        "THI LAN",
        "F",
        d("1999-03-02"),
        "Hanoi",
        "VNM",
        "VNM",
        A_GRENOBLE,
        phone="07 45 12 78 90",
        email="lan.nguyen99@gmail.com",
    )
    form_add(
        "form_hand_photos_etudiant",
        pf3,
        "vietnamienne",
        "Hanoï",
        "Viêt Nam",
        "etudiant",
        "phone",
        ["IMG_1201.jpg", "IMG_1202.jpg"],
        city="Grenoble",
        signed_on=d("2026-11-15"),
        font="comic",
        ink="blue",
        run=2,
        date_style="words",
        notes="date of signature written in words (le 15 novembre 2026)",
    )
    pf4 = Person(
        "WANG",
        "FANG",
        "F",
        d("1991-12-24"),
        "Shanghai",
        "CHN",
        "CHN",
        A_LYON,
        phone="06 70 80 90 10",
        email="fang.wang@qq.com",
        usage="DUBOIS",
    )
    form_add(
        "form_typed_unsigned_imagepdf",
        pf4,
        "chinoise",
        "Shanghai",
        "Chine",
        "demandeur",
        "image",
        ["demande.pdf"],
        city="Lyon",
        signed_on=d("2026-11-18"),
        signed=False,
        mode="typed",
        run=2,
        usage_written="DUBOIS",
        notes="typed and dated, never signed; usage name DUBOIS",
    )
    pf5 = Person(
        "OUEDRAOGO",
        "ISSA",
        "M",
        d("1975-10-10"),
        "Ouagadougou",
        "BFA",
        "BFA",
        A_MARS,
        phone="06 21 43 65 87",
        email="issa.oued@yahoo.fr",
    )
    form_add(
        "form_hand_future_date_scan",
        pf5,
        "burkinabè",
        "Ouagadougou",
        "Burkina Faso",
        "inactif",
        "scan",
        ["scan_0001.jpg", "scan_0002.jpg"],
        city="Marseille",
        signed_on=d("2026-12-18"),
        font="ruf",
        ink="black",
        run=1,
        notes="dated 18/12/2026, after the audit date of 2026-11-20",
    )

    # ------------------------------------------------------------------ unknown
    add(
        "unknown_avis_impot_textpdf",
        lambda b: b.text_pdf(
            "avis_impot_2026.pdf",
            [misc.avis_impot("M. DIALLO MAMADOU", A_PARIS, 2026, d("2026-08-28"), "3012847561902")],
        ),
    )
    add(
        "unknown_caf_letter_scan",
        lambda b: b.scan(
            "courrier caf.jpg",
            (misc.caf_letter("Mme TRAORE AWA", A_LILLE, "4812903", d("2026-10-06")), 0),
            dpi=200,
            gray=True,
        ),
    )
    add(
        "unknown_school_certificate_imagepdf",
        lambda b: b.image_pdf(
            "certificat scolarite.pdf",
            [
                misc.school_certificate(
                    "Yanis HAMDI",
                    d("2017-09-03"),
                    "École élémentaire Jean Macé",
                    "Lyon",
                    "2026-2027",
                    d("2026-09-08"),
                    "Mme Catherine Vidal",
                )
            ],
            dpi=200,
        ),
    )
    add(
        "unknown_blank_page_scan",
        lambda b: b.scan(
            "scan0007.jpg",
            (misc.blank_note("verso blanc — voir page suivante", "blank1"), 0),
            dpi=150,
            gray=True,
        ),
    )
    add(
        "unknown_quittance_trap_textpdf",
        lambda b: b.text_pdf(
            "quittance octobre 2026.pdf",
            [
                quittance_doc(
                    "M. Alain ROCHE",
                    ["12 quai de la Fosse", "44000 NANTES"],
                    "Mme Claire LEGRAND",
                    A_NANTES,
                    2026,
                    10,
                    680.0,
                    50.0,
                    d("2026-10-03"),
                )
            ],
        ),
    )
    add(
        "unknown_insurance_photo",
        lambda b: b.photo(
            "assurance habitation.jpg",
            (
                misc.insurance_certificate(
                    "M. Marco ROMANO", A_GRENOBLE, d("2026-04-01"), d("2026-04-01"), "MH-7720193"
                ),
                0,
            ),
        ),
    )
    return names
