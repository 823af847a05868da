"""Single documents: one folder per document, every contract type, several looks."""

from __future__ import annotations

from datetime import date

from . import form, home, ids, misc, money
from .civil import Family, translation
from .helpers import rng_for
from .kit import (
    F,
    S,
    all_sheets,
    apostille,
    birth,
    booklet,
    copy_a4,
    id_card,
    monthly_bills,
    passport,
    permit,
    visa,
)
from .model import Address, Person

PAR = Address("18 rue des Petites Écuries", "75010", "Paris")
LYO = Address("47 cours Gambetta", "69007", "Lyon")
BDX = Address("9 rue Sainte-Catherine", "33000", "Bordeaux", "Appt 6")
MTP = Address("21 avenue de Toulouse", "34070", "Montpellier")
NTE = Address("3 rue Paul Bellamy", "44000", "Nantes")
STR = Address("15 rue du Jeu des Enfants", "67000", "Strasbourg")


def P(sn, gv, sex, dob, city, country, nat, addr=PAR, **kw) -> Person:
    return Person(sn, gv, sex, dob, city, country, nat, address=addr, **kw)


AMINATA = P("DIOP", "AMINATA", "F", date(1995, 3, 8), "Dakar", "Sénégal", "SEN")
MBARGA = P("MBARGA", "JEAN-PAUL", "M", date(1987, 12, 24), "Douala", "Cameroun", "CMR", LYO)
MUKENDI = P(
    "MUKENDI NTUMBA",
    "GRÂCE",
    "F",
    date(1999, 6, 30),
    "Kinshasa",
    "République démocratique du Congo",
    "COD",
    BDX,
)
LAN = P("NGUYỄN", "THỊ LAN", "F", date(1991, 3, 2), "Hồ Chí Minh", "Viêt Nam", "VNM", MTP)
CARTER = P("CARTER", "EMILY ROSE", "F", date(1986, 10, 17), "Manchester", "Royaume-Uni", "GBR", NTE)
GARCIA = P("GARCÍA LÓPEZ", "JAVIER", "M", date(1993, 5, 4), "Sevilla", "Espagne", "ESP")
WEBER = P("WEBER", "ANNA LENA", "F", date(1997, 1, 29), "Köln", "Allemagne", "DEU", STR)
PEETERS = P("PEETERS", "LUCAS", "M", date(1992, 11, 3), "Antwerpen", "Belgique", "BEL", LYO)
DURAND = P("DURAND", "CAMILLE", "F", date(1984, 7, 21), "Tours", "France", "FRA", NTE)
KONE = P("KONÉ", "FATOU", "F", date(2001, 2, 12), "Abidjan", "Côte d'Ivoire", "CIV", MTP)
MEHTA = P("MEHTA", "ARJUN", "M", date(1989, 8, 14), "Ahmedabad", "Inde", "IND")
PEREIRA = P("PEREIRA", "ANA LÚCIA", "F", date(1979, 4, 2), "Recife", "Brésil", "BRA")
TRAORE = P("TRAORÉ", "MAMADOU", "M", date(2000, 9, 5), "Bamako", "Mali", "MLI", STR)
HADDAD = P("HADDAD", "NADIA", "F", date(1976, 12, 1), "Beyrouth", "Liban", "LBN", PAR)
TRAN = P("TRAN", "VAN HUNG", "M", date(1988, 6, 16), "Hà Nội", "Viêt Nam", "VNM", LYO)
COSTA = P("COSTA LIMA", "RAFAEL", "M", date(1992, 2, 19), "Belo Horizonte", "Brésil", "BRA")
RAMIREZ = P("RAMÍREZ TORRES", "JOSÉ ÁNGEL", "M", date(1994, 10, 27), "Monterrey", "Mexique", "MEX")
BENAMOR = P("BEN AMOR", "INÈS", "F", date(1998, 4, 9), "Sousse", "Tunisie", "TUN", BDX)
SANTOS = P(
    "SANTOS",
    "JOSE MIGUEL",
    "M",
    date(1990, 1, 23),
    "Cebu City",
    "Philippines",
    "PHL",
    NTE,
    middle="GARCIA",
)
KAYA = P("KAYA", "ZEYNEP", "F", date(1996, 7, 7), "Ankara", "Turquie", "TUR", LYO)
BOUDIAF = P("BOUDIAF", "KARIM", "M", date(1985, 5, 15), "Constantine", "Algérie", "DZA", MTP)


def _id_page(doc, x=42, y=30, a=0.4):
    return copy_a4([(doc.pages[0], x, y, a)])


def singles():
    out = []

    def add(name, files, notes=""):
        out.append((name, files, notes))

    # ---------------------------------------------------------------- passports
    n = "s01_passport_sen"
    d = passport(AMINATA, n, "A02918374", date(2022, 4, 11), date(2027, 4, 10), "DAKAR")
    add(n, [F("passeport_scan.jpg", "scan_jpg", [S(_id_page(d), d)], dpi=200)])
    n = "s02_passport_cmr"
    d = passport(MBARGA, n, "AA1842730", date(2023, 1, 5), date(2028, 1, 4), "DOUALA")
    add(
        n,
        [
            F(
                "IMG-20261002-WA0007.jpg",
                "photo",
                [S(booklet(d, None, n), d)],
                long=2400,
                rot=90,
                q=78,
            )
        ],
    )
    n = "s03_passport_cod"
    d = passport(
        MUKENDI,
        n,
        "OB0284716",
        date(2021, 8, 19),
        date(2026, 8, 18),
        "KINSHASA",
        notes="expired on 2026-08-18",
    )
    add(n, [F("passeport.pdf", "pdf_image", [S(_id_page(d, a=-0.7), d)], dpi=200, gray=True)])
    n = "s04_passport_vnm"
    d = passport(
        LAN,
        n,
        "C4821937",
        date(2019, 11, 20),
        date(2029, 11, 20),
        "HỒ CHÍ MINH",
        notes="Vietnamese passport: a single 'full name' line in the VIZ",
    )
    add(n, [F("ho chieu.jpg", "photo", [S(booklet(d, None, n), d)], long=3200, bg="cloth")])
    n = "s05_passport_gbr"
    d = passport(CARTER, n, "129384756", date(2024, 2, 8), date(2034, 2, 8), "MANCHESTER")
    add(n, [F("passport.png", "scan_png", [S(_id_page(d), d)], dpi=150, gray=True)])

    # ---------------------------------------------------------------- national id cards
    n = "s06_id_esp"
    dni = "48291037"
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(dni) % 23]
    d = id_card(
        GARCIA,
        n,
        "BAF123456",
        date(2021, 5, 4),
        date(2031, 5, 4),
        "ESP",
        "Sevilla",
        ("C/ SIERPES 14, 2º B", "SEVILLA"),
        extra=dni + letter,
    )
    add(
        n,
        [
            F("dni delante.jpg", "photo", [S(d.pages[0], d)], long=2700, bg="wood"),
            F("dni detras.jpg", "photo", [S(d.pages[1], d)], long=2700, bg="wood"),
        ],
    )
    n = "s07_id_deu"
    d = id_card(WEBER, n, "L01X00T47", date(2020, 3, 2), date(2030, 3, 1), "DEU", "Köln")
    add(
        n,
        [
            F(
                "Personalausweis.pdf",
                "pdf_image",
                [S(copy_a4([(d.pages[0], 62, 34, 0.3), (d.pages[1], 62, 112, -0.2)]), d)],
                dpi=250,
            )
        ],
    )
    n = "s08_id_bel"
    d = id_card(
        PEETERS,
        n,
        "592123456789",
        date(2022, 9, 1),
        date(2032, 9, 1),
        "BEL",
        "Antwerpen",
        notes="Belgian card number of 12 digits (long number in TD1 MRZ)",
    )
    add(
        n,
        [
            F(
                "eID.jpg",
                "scan_jpg",
                [S(copy_a4([(d.pages[0], 62, 30, -0.4), (d.pages[1], 62, 100, 0.5)]), d)],
                dpi=300,
            )
        ],
    )
    n = "s09_id_fra"
    d = id_card(
        DURAND,
        n,
        "X9HK3L2P8",
        date(2023, 4, 12),
        date(2033, 4, 11),
        "FRA",
        "Tours",
        ("3 RUE PAUL BELLAMY", "44000 NANTES"),
    )
    add(
        n,
        [
            F("cni recto.png", "scan_png", [S(copy_a4([(d.pages[0], 62, 30, 0.2)]), d)], dpi=200),
            F("cni verso.png", "scan_png", [S(copy_a4([(d.pages[1], 62, 30, 0.2)]), d)], dpi=200),
        ],
    )

    # ---------------------------------------------------------------- visas
    n = "s10_visa_etudiant"
    vd, vp = visa(
        KONE,
        n,
        "20AD18374",
        "D",
        date(2026, 9, 1),
        date(2027, 8, 31),
        "ABIDJAN",
        ["VLS-TS ETUDIANT"],
        entry=("CDG", date(2026, 9, 3)),
    )
    add(n, [F("visa.jpg", "photo", [S(vp, vd)], long=2800, bg="desk")])
    n = "s11_visa_salarie"
    vd, vp = visa(
        MEHTA,
        n,
        "U4718203",
        "D",
        date(2026, 2, 15),
        date(2027, 2, 14),
        "NEW DELHI",
        ["VLS-TS SALARIE", "ICT SALARIE DETACHE"],
    )
    add(n, [F("visa page.jpg", "scan_jpg", [S(copy_a4([(vp, 42, 30, -0.5)]), vd)], dpi=250)])
    n = "s12_visa_type_c"
    vd, vp = visa(
        PEREIRA,
        n,
        "FT482913",
        "C",
        date(2026, 10, 1),
        date(2026, 12, 29),
        "RECIFE",
        ["TOURISME"],
        valid_for="ETATS SCHENGEN",
        entry=("LIS", date(2026, 10, 4)),
        notes="short-stay Schengen visa (type C)",
    )
    add(n, [F("visto schengen.pdf", "pdf_image", [S(copy_a4([(vp, 42, 40, 0.3)]), vd)])])

    # ---------------------------------------------------------------- residence permits
    n = "s13_permit_etudiant"
    d = permit(
        TRAORE,
        n,
        "ML0412873",
        "CARTE DE SEJOUR TEMPORAIRE",
        "ETUDIANT",
        date(2027, 10, 31),
        date(2026, 11, 1),
        "PREFECTURE DU BAS-RHIN",
        "AUTORISE SON TITULAIRE A TRAVAILLER A TITRE ACCESSOIRE",
    )
    add(
        n,
        [
            F("titre recto.jpg", "photo", [S(d.pages[0], d)], long=2800, bg="dark"),
            F("titre verso.jpg", "photo", [S(d.pages[1], d)], long=2800, bg="dark"),
        ],
    )
    n = "s14_permit_resident"
    d = permit(
        HADDAD,
        n,
        "LB7718245",
        "CARTE DE RESIDENT",
        "RESIDENT LONGUE DUREE-UE",
        date(2034, 2, 28),
        date(2024, 3, 1),
        "PREFECTURE DE POLICE",
        "AUTORISE SON TITULAIRE A TRAVAILLER",
    )
    add(
        n,
        [
            F(
                "carte de resident.jpg",
                "scan_jpg",
                [S(copy_a4([(d.pages[0], 62, 36, 0.4), (d.pages[1], 62, 112, 0.1)]), d)],
                dpi=300,
                gray=True,
            )
        ],
    )
    n = "s15_permit_pluriannuel"
    d = permit(
        TRAN,
        n,
        "VN3392018",
        "CARTE DE SEJOUR PLURIANNUELLE",
        "PASSEPORT TALENT - CHERCHEUR",
        date(2029, 9, 30),
        date(2025, 10, 1),
        "PREFECTURE DU RHONE",
        "AUTORISE SON TITULAIRE A TRAVAILLER",
    )
    add(n, [F("titre_sejour.pdf", "pdf_image", [S(d.pages[0], d), S(d.pages[1], d)], dpi=400)])

    # ---------------------------------------------------------------- birth certificates
    n = "s16_birth_sen"
    d = birth(
        "SEN",
        AMINATA,
        Family(
            "Ousmane DIOP",
            "Awa NDIAYE",
            "1842",
            date(1995, 3, 14),
            date(2026, 5, 6),
            "Mame Diarra FALL",
            extra={"region": "DAKAR", "dept": "DAKAR"},
        ),
        n,
    )
    d.notes = "Senegal: legalisation dispensed by bilateral convention"
    add(n, [F("extrait naissance.pdf", "pdf_image", all_sheets(d), dpi=200)])
    n = "s17_birth_civ"
    d = birth(
        "CIV",
        KONE,
        Family(
            "Sékou KONÉ",
            "Mariam OUATTARA",
            "2231",
            date(2001, 2, 20),
            date(2026, 6, 12),
            "Aya KOUASSI",
            extra={"dept": "ABIDJAN"},
        ),
        n,
    )
    add(n, [F("extrait.jpg", "photo", all_sheets(d), long=3000, bg="wood")])
    n = "s18_birth_cmr"
    d = birth(
        "CMR",
        MBARGA,
        Family(
            "Pierre MBARGA",
            "Thérèse ATANGANA",
            "0472/87",
            date(1987, 12, 30),
            date(2026, 4, 14),
            "Joseph ESSOMBA",
            extra={"region": "Littoral", "dept": "Wouri"},
        ),
        n,
    )
    add(n, [F("acte naissance.jpg", "scan_jpg", all_sheets(d), dpi=200)])
    n = "s19_birth_mli"
    d = birth(
        "MLI",
        TRAORE,
        Family(
            "Bakary TRAORÉ",
            "Kadiatou DIALLO",
            "318",
            date(2000, 9, 12),
            date(2026, 7, 3),
            "Adama COULIBALY",
            extra={"region": "BAMAKO", "cercle": "BAMAKO"},
        ),
        n,
    )
    add(n, [F("acte de naissance.jpg", "photo", all_sheets(d), long=3200, bg="desk", rot=180)])
    n = "s20_birth_cod"
    d = birth(
        "COD",
        MUKENDI,
        Family(
            "Joseph MUKENDI",
            "Marie NTUMBA",
            "1187",
            date(1999, 7, 9),
            date(2026, 3, 22),
            "Jean-Marie ILUNGA",
            extra={"commune": "Lingwala", "volume": "IV", "folio": "112"},
        ),
        n,
    )
    add(n, [F("acte de naissance.pdf", "pdf_image", all_sheets(d), dpi=200, gray=True)])
    n = "s21_birth_vnm"
    d = birth(
        "VNM",
        LAN,
        Family(
            "Nguyễn Văn Hùng",
            "Trần Thị Mai",
            "214",
            date(1991, 3, 9),
            date(2026, 2, 25),
            "Lê Văn Tâm",
            extra={"pob": "Bệnh viện Từ Dũ, TP. Hồ Chí Minh"},
        ),
        n,
    )
    add(n, [F("giay khai sinh.png", "scan_png", all_sheets(d), dpi=150)])
    n = "s22_birth_bra"
    fam_bra = Family(
        "Marcelo Lima",
        "Patrícia Costa",
        "08812",
        date(1992, 2, 25),
        date(2026, 5, 11),
        "Renata Souza Melo",
        extra={
            "uf": "MG",
            "hospital": "HOSPITAL FELÍCIO ROCHO, BELO HORIZONTE - MG",
            "cartorio": "CARTÓRIO DO REGISTRO CIVIL DAS PESSOAS NATURAIS DO 1º "
            "SUBDISTRITO DE BELO HORIZONTE",
            "cart_addr": "Av. Afonso Pena, 1500 - Belo Horizonte - MG",
        },
    )
    d = birth("BRA", COSTA, fam_bra, n)
    d.notes = "Brazilian e-certidão downloaded as PDF"
    add(
        n,
        [
            F(
                "certidao_nascimento_digital.pdf",
                "pdf_text",
                all_sheets(d),
                producer="ON-RCPN Registro Civil",
            )
        ],
    )
    n = "s23_birth_mex"
    fam_mex = Family(
        "Ángel Ramírez Soto",
        "Carmen Torres Vega",
        "01942",
        date(1994, 11, 9),
        date(2026, 8, 2),
        "Lic. Roberto Garza",
        extra={
            "entidad": "NUEVO LEON",
            "municipio": "MONTERREY",
            "curp": "RATJ941027HNLMRS08",
            "pob_full": "MONTERREY, NUEVO LEON",
        },
    )
    d = birth("MEX", RAMIREZ, fam_mex, n)
    add(
        n,
        [
            F(
                "acta_nacimiento_RATJ941027.pdf",
                "pdf_text",
                all_sheets(d),
                producer="Registro Nacional de Población",
            )
        ],
    )
    n = "s24_birth_tun"
    d = birth(
        "TUN",
        BENAMOR,
        Family(
            "Fathi BEN AMOR",
            "Leila JERBI",
            "0744",
            date(1998, 4, 15),
            date(2026, 9, 1),
            "Sonia TRIKI",
            extra={
                "city": "سوسة",
                "surname": "بن عمر",
                "given": "إيناس",
                "father": "فتحي",
                "mother": "ليلى الجربي",
            },
        ),
        n,
    )
    add(n, [F("madmoun.jpg", "scan_jpg", all_sheets(d), dpi=200, gray=True)])
    n = "s25_birth_phl"
    d = birth(
        "PHL",
        SANTOS,
        Family(
            "ANTONIO SANTOS",
            "ROSARIO LIM GARCIA",
            "90-00318",
            date(1990, 2, 5),
            date(2026, 6, 30),
            "CLAIRE DENNIS S. MAPA",
            extra={
                "city": "CEBU CITY",
                "province": "CEBU",
                "pob_full": "VICENTE SOTTO MEMORIAL MEDICAL CENTER, CEBU CITY, CEBU",
                "pob_truth": "CEBU CITY",
                "secpa": "B31882045",
            },
        ),
        n,
    )
    add(n, [F("PSA.jpg", "photo", all_sheets(d), long=3200, bg="wood")])
    n = "s26_birth_tur"
    d = birth(
        "TUR",
        KAYA,
        Family(
            "Ali KAYA",
            "Fatma KAYA",
            "7",
            None,
            date(2026, 9, 15),
            "Murat ÖZTÜRK",
            extra={"reg": "ANKARA / ÇANKAYA / Cilt 88 Aile 412 Sıra 7"},
        ),
        n,
    )
    add(n, [F("formul A.pdf", "pdf_image", all_sheets(d), dpi=200)])
    n = "s27_birth_dza"
    d = birth(
        "DZA",
        BOUDIAF,
        Family(
            "Ahmed BOUDIAF",
            "Zohra MERABET",
            "00412",
            date(1985, 5, 18),
            date(2026, 9, 20),
            "S. BENCHEIKH",
            extra={
                "city": "قسنطينة",
                "surname": "بوضياف",
                "given": "كريم",
                "father": "أحمد",
                "mother": "زهرة مرابط",
                "dob": "15 ماي 1985",
            },
        ),
        n,
    )
    add(n, [F("acte naissance algerie.jpg", "photo", all_sheets(d), long=2700, bg="dark")])

    # ---------------------------------------------------------------- apostilles
    n = "s28_apostille_maroc"
    d = apostille(
        n,
        "Maroc",
        "Hicham Ouardi",
        "Officier de l'état civil",
        "Commune de Fès",
        "Fès",
        date(2026, 5, 19),
        "Le Procureur du Roi près le Tribunal de première instance de Fès",
        "APO-2026-044210",
        "bi",
    )
    add(n, [F("apostille.jpg", "scan_jpg", all_sheets(d), dpi=200)])
    n = "s29_apostille_texas"
    d = apostille(
        n,
        "United States of America",
        "Jennifer A. Shuford",
        "State Registrar",
        "Texas Department of State Health Services",
        "Austin, Texas",
        date(2026, 7, 8),
        "Secretary of State of Texas",
        "2026-TX-0918273",
        "us",
    )
    add(n, [F("apostille texas.jpg", "photo", all_sheets(d), long=3200, bg="desk")])
    n = "s30_apostille_colombia"
    d = apostille(
        n,
        "Colombia",
        "Andrés Felipe Gómez",
        "Notario 18 del Círculo de Bogotá",
        "Notaría Dieciocho de Bogotá",
        "Bogotá D.C.",
        date(2026, 8, 21),
        "Ministerio de Relaciones Exteriores de Colombia",
        "B7Q2M9K4Z8",
        "es",
    )
    add(
        n,
        [
            F(
                "apostilla_electronica.pdf",
                "pdf_text",
                all_sheets(d),
                producer="Cancillería - Apostilla y Legalización en línea",
            )
        ],
    )

    # ---------------------------------------------------------------- translations
    n = "s31_translation_pt"
    d = translation(
        "portugais",
        "Ana Beatriz LEROY",
        "Cour d'appel de Paris",
        COSTA,
        fam_bra,
        rng_for(n),
        "Certidão de nascimento - matrícula 118521 01 55 1992",
        "République fédérative du Brésil",
        date(2026, 6, 2),
        "2026/0418",
        "Belo Horizonte - MG (Brésil)",
    )
    add(n, [F("traduction certidao.pdf", "pdf_image", all_sheets(d), dpi=200)])
    n = "s32_translation_es"
    d = translation(
        "espagnol",
        "Carlos MENDOZA",
        "Cour d'appel de Lyon",
        RAMIREZ,
        fam_mex,
        rng_for(n),
        "Acta de nacimiento n° 01942",
        "États-Unis du Mexique",
        date(2026, 9, 7),
        "T-1187-26",
        "Monterrey, Nuevo León (Mexique)",
    )
    add(n, [F("traduccion jurada.jpg", "scan_jpg", all_sheets(d), dpi=200)])

    # ---------------------------------------------------------------- utility bills
    n = "s33_bill_edf"
    d = monthly_bills(
        "edf", "MME CAMILLE DURAND", NTE, [(2026, 10)], n, 58.3, "6 401 922 874", pages=2
    )[0]
    add(n, [F("facture_edf_102026.pdf", "pdf_text", all_sheets(d))])
    n = "s34_attestation_engie"
    spec = home.BillSpec(
        "engie",
        "M. JEAN-PAUL MBARGA",
        LYO,
        date(2026, 10, 14),
        None,
        None,
        0.0,
        "100 442 918 335",
        "",
    )
    d = home.attestation_engie(spec, rng_for(n), date(2025, 11, 3))
    add(n, [F("Attestation titulaire contrat ENGIE.pdf", "pdf_text", all_sheets(d))])
    n = "s35_bill_total"
    d = monthly_bills(
        "total", "M. KARIM BOUDIAF", MTP, [(2026, 9)], n, 71.2, "1 118 204 557", pages=2
    )[0]
    add(n, [F("facture totalenergies.pdf", "pdf_image", all_sheets(d), dpi=200)])
    n = "s36_bill_free"
    d = monthly_bills(
        "free",
        "Peeters Lucas",
        LYO,
        [(2026, 10)],
        n,
        34.99,
        "11204577",
        pages=2,
        mode="advance",
        extra={"offer": "Freebox Révolution"},
    )[0]
    add(n, [F("Facture_Free_562044387.pdf", "pdf_text", all_sheets(d))])
    n = "s37_bill_sfr_mobile"
    d = monthly_bills(
        "sfr",
        "Mme Aminata DIOP",
        PAR,
        [(2026, 9)],
        n,
        15.99,
        "0455 218 034",
        mode="shifted",
        extra={"service": "mobile"},
    )[0]
    add(n, [F("facture sfr.jpg", "photo", all_sheets(d), long=2700, bg="wood")])
    n = "s38_bill_orange"
    d = monthly_bills(
        "orange", "M ARJUN MEHTA", PAR, [(2026, 10)], n, 49.99, "0 812 733 410", mode="month"
    )[0]
    add(n, [F("orange octobre.jpg", "scan_jpg", all_sheets(d), dpi=200)])
    n = "s39_bill_bouygues"
    d = monthly_bills(
        "bouygues",
        "M JAVIER GARCIA LOPEZ",
        PAR,
        [(2026, 10)],
        n,
        24.99,
        "1.09318.227",
        mode="shifted",
    )[0]
    add(n, [F("Facture_BouyguesTelecom_2026-11.pdf", "pdf_text", all_sheets(d))])
    n = "s40_bill_eau_de_paris"
    spec = home.BillSpec(
        "eaudeparis",
        "MME NADIA HADDAD",
        PAR,
        date(2026, 10, 12),
        date(2026, 7, 1),
        date(2026, 9, 30),
        86.4,
        "4 018 227",
        "EP26-118273",
    )
    d = home.make_bill(spec, rng_for(n))
    d.notes = "water bill covering a quarter"
    add(n, [F("facture eau.pdf", "pdf_image", all_sheets(d), dpi=200)])
    n = "s41_bill_veolia"
    spec = home.BillSpec(
        "veolia",
        "M. VAN HUNG TRAN",
        LYO,
        date(2026, 8, 20),
        date(2026, 2, 1),
        date(2026, 7, 31),
        142.7,
        "7 220 184 93",
        "VE-2026-0871",
    )
    d = home.make_bill(spec, rng_for(n))
    d.notes = "water bill covering six months"
    add(n, [F("veolia.jpg", "photo", all_sheets(d), long=2700, bg="cloth")])
    n = "s42_bill_page2_only"
    full = monthly_bills(
        "edf", "M LUCAS PEETERS", LYO, [(2026, 9)], n, 66.1, "6 288 019 442", pages=2
    )[0]
    full.pages = full.pages[1:]
    full.notes = (
        "only the second page of an EDF bill (consumption history, payment notice); "
        "the holder and invoice number appear in its header"
    )
    add(n, [F("edf page 2.pdf", "pdf_text", all_sheets(full))])

    # ---------------------------------------------------------------- leases
    n = "s43_lease_agency"
    d = home.lease(
        home.LeaseSpec(
            "SCI MONTAIGNE PATRIMOINE",
            "40 rue Montaigne, 33000 Bordeaux",
            ["Mme Grâce MUKENDI NTUMBA"],
            BDX,
            date(2026, 2, 1),
            date(2026, 1, 22),
            640.0,
            35.0,
            640.0,
            agency="Cabinet Girondin de Gestion",
            surface=29,
            rooms=1,
            style="agency",
        ),
        rng_for(n),
    )
    add(n, [F("bail signe.pdf", "pdf_text", all_sheets(d))])
    n = "s44_lease_template"
    d = home.lease(
        home.LeaseSpec(
            "M. Gérard FONTAINE",
            "2 chemin des Vignes, 69110 Sainte-Foy",
            ["M. Jean-Paul MBARGA", "Mme Estelle MBARGA"],
            LYO,
            date(2025, 6, 1),
            date(2025, 5, 20),
            980.0,
            80.0,
            980.0,
            surface=68,
            rooms=3,
            style="template",
        ),
        rng_for(n),
    )
    add(n, [F("bail.pdf", "pdf_image", all_sheets(d), dpi=200, gray=True)])
    n = "s45_lease_furnished"
    d = home.lease(
        home.LeaseSpec(
            "Mme Hélène BRUNET",
            "6 place Kléber, 67000 Strasbourg",
            ["M. Mamadou TRAORÉ"],
            STR,
            date(2026, 9, 1),
            date(2026, 8, 25),
            520.0,
            40.0,
            1040.0,
            furnished=True,
            surface=19,
            rooms=1,
            style="word",
        ),
        rng_for(n),
    )
    add(n, [F("contrat location meublee.pdf", "pdf_image", all_sheets(d), dpi=200)])

    # ---------------------------------------------------------------- hosting attestations
    n = "s46_hosting_hand"
    d = home.hosting_attestation(
        home.HostingSpec(
            "Moussa DIOP",
            date(1970, 1, 1),
            "Thiès (Sénégal)",
            "Aminata DIOP",
            AMINATA.dob,
            "Dakar (Sénégal)",
            PAR,
            date(2026, 6, 15),
            date(2026, 10, 2),
            "Paris",
            relation="ma nièce",
            style="hand",
        ),
        rng_for(n),
    )
    add(n, [F("attestation.jpg", "photo", all_sheets(d), long=3200, bg="wood")])
    n = "s47_hosting_typed"
    d = home.hosting_attestation(
        home.HostingSpec(
            "Sophie LAMBERT",
            date(1982, 3, 30),
            "Angers (49)",
            "Fatou KONÉ",
            KONE.dob,
            "Abidjan (Côte d'Ivoire)",
            MTP,
            date(2026, 9, 1),
            date(2026, 11, 2),
            "Montpellier",
            style="typed",
        ),
        rng_for(n),
    )
    add(n, [F("attestation_hebergement.pdf", "pdf_text", all_sheets(d))])
    n = "s48_hosting_form_unsigned"
    d = home.hosting_attestation(
        home.HostingSpec(
            "Thierry VIDAL",
            date(1975, 10, 11),
            "Nîmes (30)",
            "Karim BOUDIAF",
            BOUDIAF.dob,
            "Constantine (Algérie)",
            MTP,
            date(2026, 5, 1),
            date(2026, 10, 20),
            "Montpellier",
            signed=False,
            style="form",
        ),
        rng_for(n),
    )
    d.notes = "pre-printed form filled by hand but the signature box is empty"
    add(n, [F("attestation hebergement.jpg", "scan_jpg", all_sheets(d), dpi=200)])

    # ---------------------------------------------------------------- payslips
    e1 = money.make_employer(
        "RESTAURANT LE COMPTOIR DES HALLES SARL",
        Address("12 rue Sainte-Catherine", "33000", "Bordeaux"),
        "51873402",
        "5610A",
        "Hôtels, cafés, restaurants (HCR - IDCC 1979)",
        "Didier LAFON, Gérant",
        urssaf="URSSAF Aquitaine",
        rcs="Bordeaux",
    )
    n = "s49_payslip_classic"
    d = money.payslip(
        e1,
        money.PaySpec(
            "Mme MUKENDI NTUMBA Grâce",
            BDX,
            "Commis de cuisine",
            "Non cadre",
            date(2026, 3, 2),
            2026,
            9,
            1850.0,
            style="classic",
        ),
        rng_for(n),
    )
    add(n, [F("fiche de paie septembre.pdf", "pdf_image", all_sheets(d), dpi=200, gray=True)])
    e2 = money.make_employer(
        "CLINIQUE DU PARC SAS",
        Address("155 boulevard Stalingrad", "69006", "Lyon"),
        "41208893",
        "8610Z",
        "Hospitalisation privée (IDCC 2264)",
        "Agnès PERRIN, DRH",
        urssaf="URSSAF Rhône-Alpes",
        rcs="Lyon",
    )
    n = "s50_payslip_silae"
    d = money.payslip(
        e2,
        money.PaySpec(
            "KAYA Zeynep",
            LYO,
            "Infirmière",
            "Non cadre",
            date(2025, 10, 6),
            2026,
            10,
            2620.0,
            pas_rate=3.1,
            style="silae",
        ),
        rng_for(n),
    )
    add(n, [F("BS_2026_10_KAYA.pdf", "pdf_text", all_sheets(d), producer="Silae")])
    e3 = money.make_employer(
        "LUMIO ROBOTICS SAS",
        Address("80 quai Perrache", "69002", "Lyon"),
        "90218374",
        "2899B",
        "Métallurgie (IDCC 3248)",
        "Julie FAURE, People Manager",
        urssaf="URSSAF Rhône-Alpes",
        rcs="Lyon",
    )
    n = "s51_payslip_payfit"
    d = money.payslip(
        e3,
        money.PaySpec(
            "Van Hung TRAN",
            LYO,
            "Ingénieur R&D",
            "Cadre",
            date(2025, 10, 1),
            2026,
            10,
            4580.0,
            pas_rate=9.2,
            style="payfit",
        ),
        rng_for(n),
    )
    add(n, [F("Bulletin_Octobre_2026.pdf", "pdf_text", all_sheets(d), producer="PayFit")])

    # ---------------------------------------------------------------- contracts
    n = "s52_contract_cdi"
    d = money.contract(
        e3,
        money.ContractSpec(
            "M. Van Hung TRAN",
            TRAN.dob,
            "Hà Nội (Viêt Nam)",
            "vietnamienne",
            LYO,
            "Ingénieur R&D",
            date(2025, 10, 1),
            "CDI",
            gross_year=55000,
            signed_on=date(2025, 7, 15),
            city="Lyon",
        ),
        rng_for(n),
    )
    add(n, [F("Contrat_CDI_TRAN.pdf", "pdf_text", all_sheets(d))])
    n = "s53_contract_cdd"
    d = money.contract(
        e1,
        money.ContractSpec(
            "Mme Grâce MUKENDI NTUMBA",
            MUKENDI.dob,
            "Kinshasa (RDC)",
            "congolaise",
            BDX,
            "Commis de cuisine",
            date(2026, 3, 2),
            "CDD",
            date(2026, 12, 31),
            gross_year=22200,
            signed_on=date(2026, 2, 26),
            city="Bordeaux",
            trial_months=1,
        ),
        rng_for(n),
    )
    add(n, [F("contrat cdd.pdf", "pdf_image", all_sheets(d), dpi=200)])
    n = "s54_contract_bilingual"
    e4 = money.make_employer(
        "ALSTREAM EUROPE SAS",
        Address("10 place Vendôme", "75001", "Paris"),
        "85120947",
        "7010Z",
        "Syntec (IDCC 1486)",
        "Mark THOMPSON, Managing Director",
        capital="2 000 000",
    )
    d = money.contract(
        e4,
        money.ContractSpec(
            "Ms Emily CARTER",
            CARTER.dob,
            "Manchester (Royaume-Uni)",
            "britannique",
            NTE,
            "Senior Product Manager",
            date(2026, 9, 14),
            "CDI",
            gross_year=78000,
            signed_on=date(2026, 6, 30),
            bilingual=True,
        ),
        rng_for(n),
    )
    d.notes = "bilingual French/English CDI; middle name omitted"
    if len(d.pages) <= 2:
        add(
            n,
            [
                F(f"contract_p{i + 1}.jpg", "photo", [S(pg, d)], long=2700, bg="desk")
                for i, pg in enumerate(d.pages)
            ],
        )
    else:
        add(n, [F("contract scan.pdf", "pdf_image", all_sheets(d), dpi=200)])

    # ---------------------------------------------------------------- RIBs
    n = "s55_rib_bnp"
    a = money.french_account(
        "bnp",
        "30004",
        "02280",
        "00010893271",
        ["MME DIOP AMINATA"],
        "BNPAFRPPXXX",
        ["BNP PARIBAS PARIS GARE DE L'EST", "5 RUE DU 8 MAI 1945 75010 PARIS"],
        PAR,
    )
    add(n, [F("RIB_BNP_PARIBAS.pdf", "pdf_text", all_sheets(money.rib_sheet(a, rng_for(n), 3)))])
    n = "s56_rib_ca"
    a = money.french_account(
        "ca",
        "13306",
        "00031",
        "71248390512",
        ["M MEHTA ARJUN"],
        "AGRIFRPP833",
        ["CREDIT AGRICOLE AQUITAINE", "BORDEAUX GAMBETTA"],
    )
    add(n, [F("rib ca.jpg", "scan_jpg", all_sheets(money.rib_sheet(a, rng_for(n), 2)), dpi=150)])
    n = "s57_rib_revolut"
    a = money.Account(
        ["Javier Garcia Lopez"], "revolut", ids.make_iban("LT", "3250024719283746"), "REVOLT21"
    )
    add(
        n,
        [
            F(
                "Screenshot_2026-10-30-22-14-51.png",
                "screen",
                all_sheets(money.rib_app(a, rng_for(n), "revolut", "22:14")),
            )
        ],
    )
    n = "s58_rib_n26"
    a = money.Account(
        ["Anna Lena Weber"], "n26", ids.make_iban("DE", "100110012627391846"), "NTSBDEB1XXX"
    )
    add(
        n,
        [
            F(
                "N26_Kontodetails.png",
                "screen",
                all_sheets(money.rib_app(a, rng_for(n), "n26", "08:03")),
            )
        ],
    )
    n = "s59_rib_in_letter"
    a = money.french_account(
        "lbp",
        "20041",
        "01007",
        "1847263X038",
        ["M TRAORE MAMADOU"],
        "PSSTFRPPSTR",
        ["LA BANQUE POSTALE", "CENTRE FINANCIER DE STRASBOURG"],
        STR,
    )
    add(
        n,
        [
            F(
                "courrier banque postale.pdf",
                "pdf_image",
                all_sheets(money.rib_letter(a, rng_for(n), date(2026, 10, 5), "Monsieur")),
                dpi=200,
            )
        ],
    )
    n = "s60_rib_lcl_photo"
    a = money.french_account(
        "lcl",
        "30002",
        "00418",
        "0000918274U",
        ["MME BEN AMOR INES"],
        "CRLYFRPP",
        ["LCL BORDEAUX GAMBETTA", "1 PLACE GAMBETTA 33000 BORDEAUX"],
        BDX,
    )
    add(
        n,
        [
            F(
                "IMG_0932.jpg",
                "photo",
                all_sheets(money.rib_sheet(a, rng_for(n), 1)),
                long=2600,
                bg="wood",
            )
        ],
    )

    # ---------------------------------------------------------------- application forms
    n = "s61_form_acro"
    fs = form.FormSpec(
        "CARTER",
        "",
        "EMILY ROSE",
        "F",
        CARTER.dob,
        "Manchester",
        "Royaume-Uni",
        "BRITANNIQUE",
        "3 rue Paul Bellamy",
        "",
        "44000",
        "Nantes",
        "0611223344",
        "emily.carter@gmail.com",
        "employed",
        job="Product manager",
        contract="CDI",
        signed_at="Nantes",
        signed_on=date(2026, 10, 29),
        mode="acro",
    )
    d = form.application_form(fs, rng_for(n))
    add(
        n,
        [
            F(
                "S1106_formulaire_rempli.pdf",
                "pdf_text",
                all_sheets(d),
                producer="Adobe Acrobat Pro (64-bit) 24",
            )
        ],
    )
    n = "s62_form_hand"
    fs = form.FormSpec(
        "TRAORE",
        "",
        "MAMADOU",
        "M",
        TRAORE.dob,
        "Bamako",
        "Mali",
        "MALIENNE",
        "15 rue du Jeu des Enfants",
        "",
        "67000",
        "Strasbourg",
        "0758123490",
        "m.traore2000@gmail.com",
        "student",
        signed_at="Strasbourg",
        signed_on=date(2026, 11, 4),
        mode="hand",
    )
    d = form.application_form(fs, rng_for(n))
    add(
        n,
        [
            F("page1.jpg", "photo", [S(d.pages[0], d)], long=2700, bg="wood"),
            F("page2.jpg", "photo", [S(d.pages[1], d)], long=2700, bg="wood"),
        ],
    )
    n = "s63_form_typed_other"
    fs = form.FormSpec(
        "HADDAD",
        "MARCHETTI",
        "NADIA",
        "F",
        HADDAD.dob,
        "Beyrouth",
        "Liban",
        "LIBANAISE",
        "18 rue des Petites Ecuries",
        "",
        "75010",
        "Paris",
        "0144556677",
        "",
        "other",
        other_text="télétravail pour une société libanaise",
        signed_at="Paris",
        signed_on=date(2026, 11, 2),
        mode="typed",
    )
    d = form.application_form(fs, rng_for(n))
    d.notes = "situation 'autre' (remote work for a foreign company); married name given"
    add(n, [F("formulaire.pdf", "pdf_image", all_sheets(d), dpi=200)])

    # ---------------------------------------------------------------- unknown
    n = "s64_tax_notice"
    d = misc.tax_notice("M. PEETERS Lucas", LYO, "30 84 112 508 217", rng_for(n), 2026, 21480)
    add(n, [F("avis d'impot.pdf", "pdf_image", all_sheets(d), dpi=200)])
    n = "s65_caf_letter"
    d = misc.caf_letter("Madame KONÉ Fatou", MTP, "7184203", date(2026, 10, 21), rng_for(n))
    add(n, [F("courrier caf.pdf", "pdf_text", all_sheets(d))])
    n = "s66_school_certificate"
    d = misc.school_certificate(
        "M. TRAORÉ Mamadou",
        TRAORE.dob,
        "Bamako (Mali)",
        "Université de Strasbourg",
        "Licence 3 Informatique",
        "2026-2027",
        rng_for(n),
        date(2026, 9, 10),
        "1C8D22F91K0",
    )
    add(n, [F("certificat scolarite.jpg", "photo", all_sheets(d), long=2800, bg="desk")])
    n = "s67_few_words"
    d = misc.few_words("Pièces complémentaires - voir ci-joint", rng_for(n))
    add(n, [F("scan0007.jpg", "scan_jpg", all_sheets(d), dpi=150, gray=True)])
    n = "s68_quittance"
    d = home.quittance(
        "M. Gérard FONTAINE",
        "2 chemin des Vignes, 69110 Sainte-Foy",
        "M. et Mme Jean-Paul MBARGA",
        LYO,
        2026,
        10,
        980.0,
        80.0,
        rng_for(n),
        date(2026, 10, 3),
    )
    add(n, [F("quittance octobre.pdf", "pdf_text", all_sheets(d))])
    n = "s69_home_insurance"
    d = misc.home_insurance("Mme Inès BEN AMOR", BDX, rng_for(n), date(2026, 9, 1), "MACIF")
    add(n, [F("attestation assurance habitation.jpg", "scan_jpg", all_sheets(d), dpi=200)])
    n = "s70_cover_letter"
    d = misc.cover_letter(
        "Karim BOUDIAF",
        MTP,
        "Montpellier",
        date(2026, 10, 23),
        rng_for(n),
        [
            "formulaire S1106",
            "copie du passeport",
            "titre de séjour",
            "acte de naissance",
            "attestation d'hébergement",
            "RIB",
        ],
        handwritten=False,
        cpam="CPAM de l'Hérault",
    )
    add(n, [F("lettre CPAM.jpg", "photo", all_sheets(d), long=2700, bg="desk")])
    return out
