"""Single documents of set_g (one logical document per folder, 1-3 files)."""

from __future__ import annotations

import bank
import checks as C
import civil
import home
import ids
import misc
import work
from checks import d
from form import FormData, filled
from hand import INK_BLACK
from kit import F, S, card_sheet, card_side, pages, passport_photo_sheet, passport_sheet, visa_sheet
from model import Addr, Person, seed_of

SINGLES = []


def single(name, as_of="2026-11-25"):
    def deco(fn):
        SINGLES.append((name, as_of, fn))
        return fn

    return deco


def P(surname, given, sex, dob, nat, city, country, addr=None, **kw):
    return Person(surname, given, sex, d(dob), nat, city, country, addr, **kw)


A_PARIS = Addr("18 rue Oberkampf", "75011", "Paris")
A_LYON = Addr("7 rue Duguesclin", "69006", "Lyon")
A_MARS = Addr("25 rue Paradis", "13001", "Marseille")
A_LILLE = Addr("4 rue Esquermoise", "59000", "Lille")
A_TLS = Addr("33 allée Jean Jaurès", "31000", "Toulouse")
A_NANTES = Addr("12 quai de la Fosse", "44000", "Nantes")
A_STRAS = Addr("6 rue du Dôme", "67000", "Strasbourg")
A_BDX = Addr("41 cours Victor Hugo", "33000", "Bordeaux")
A_RENNES = Addr("9 place des Lices", "35000", "Rennes")
A_NICE = Addr("15 avenue Jean Médecin", "06000", "Nice", "Résidence Le Mistral, appt 31")


# ================================================================ passports
@single("s01_passport_usa_scan", "2026-11-10")
def _():
    p = P("CARTER", "Daniel Thomas", "M", "1984-11-30", "USA", "Denver", "États-Unis")
    doc = ids.passport_doc(
        p,
        "USA",
        "A62018347",
        d("2018-06-12"),
        d("2028-06-11"),
        extra=dict(pob="COLORADO, U.S.A."),
        seed=seed_of("s01"),
    )
    return [F("passport.jpg", "scan", passport_sheet(doc), dpi=250)]


@single("s02_passport_chn_photo_rotated", "2026-11-12")
def _():
    p = P("LIU", "Jiaxin", "F", "1999-04-08", "CHN", "Hangzhou", "Chine", native="刘佳欣")
    doc = ids.passport_doc(
        p,
        "CHN",
        "EH7730146",
        d("2024-09-03"),
        d("2034-09-02"),
        extra=dict(poi="ZHEJIANG", pob="ZHEJIANG"),
        seed=seed_of("s02"),
    )
    doc.notes = "Photo turned 90 degrees; surname first."
    return [F("IMG_8830.JPG", "phone_photo", passport_photo_sheet(doc), bg="desk_grey", rot=90)]


@single("s03_passport_ind_pdf", "2026-11-12")
def _():
    p = P("SHARMA", "Priya", "F", "1993-01-26", "IND", "Jaipur", "Inde")
    doc = ids.passport_doc(
        p,
        "IND",
        "V7204518",
        d("2022-05-19"),
        d("2032-05-18"),
        extra=dict(poi="JAIPUR", pob="JAIPUR, RAJASTHAN"),
        seed=seed_of("s03"),
    )
    return [F("Passport copy.pdf", "image_pdf", passport_sheet(doc), dpi=200)]


@single("s04_passport_col_png", "2026-11-20")
def _():
    p = P("RAMÍREZ OSORIO", "Juan Sebastián", "M", "2000-08-14", "COL", "Cali", "Colombie")
    doc = ids.passport_doc(
        p,
        "COL",
        "BC204871",
        d("2023-03-27"),
        d("2033-03-26"),
        extra=dict(personal="1144207719", pob="CALI (VAL)"),
        seed=seed_of("s04"),
    )
    return [F("pasaporte_juan.png", "scan", passport_sheet(doc), dpi=150)]


@single("s05_passport_ukr_photo", "2026-12-01")
def _():
    p = P(
        "SHEVCHENKO",
        "Andrii",
        "M",
        "1991-12-19",
        "UKR",
        "Lviv",
        "Ukraine",
        native="ШЕВЧЕНКО|АНДРІЙ",
    )
    doc = ids.passport_doc(
        p,
        "UKR",
        "GA302915",
        d("2021-02-10"),
        d("2031-02-10"),
        extra=dict(personal="19911219-03427", pob="ЛЬВІВСЬКА ОБЛ./UKR"),
        seed=seed_of("s05"),
    )
    doc.notes = "Names printed in Cyrillic and Latin."
    return [F("photo_passport.jpg", "phone_photo", passport_photo_sheet(doc), bg="blue_cloth")]


@single("s06_passport_phl_scan_grey", "2026-12-01")
def _():
    p = P(
        "DELA CRUZ",
        "John Paul",
        "M",
        "1989-03-15",
        "PHL",
        "Cebu City",
        "Philippines",
        middle="Mendoza",
    )
    doc = ids.passport_doc(
        p,
        "PHL",
        "P7731820B",
        d("2020-10-05"),
        d("2030-10-04"),
        extra=dict(pob="CEBU CITY"),
        seed=seed_of("s06"),
    )
    doc.notes = "Middle name MENDOZA printed in its own field, not in the MRZ."
    return [F("scan_passport.jpg", "scan", passport_sheet(doc), dpi=200, grey=True)]


@single("s07_passport_sen_photo", "2026-11-18")
def _():
    p = P("NDIAYE", "Aïssatou", "F", "1995-07-22", "SEN", "Thiès", "Sénégal")
    doc = ids.passport_doc(
        p,
        "SEN",
        "A02718364",
        d("2022-01-14"),
        d("2027-01-13"),
        extra=dict(pob="THIES"),
        seed=seed_of("s07"),
    )
    return [
        F(
            "WhatsApp Image 2026-11-02 at 09.14.55.jpeg",
            "phone_photo",
            passport_photo_sheet(doc),
            bg="oak",
            long_side=2048,
        )
    ]


@single("s08_passport_vnm_scan", "2026-11-18")
def _():
    p = P("NGUYEN", "Thi Lan", "F", "1991-03-02", "VNM", "Ha Noi", "Viêt Nam")
    doc = ids.passport_doc(
        p,
        "VNM",
        "C4829173",
        d("2021-01-09"),
        d("2031-01-09"),
        extra=dict(pob="HA NOI"),
        seed=seed_of("s08"),
    )
    doc.notes = "Full name on one line (surname first), no separate given-name field."
    return [F("ho chieu.jpg", "scan", passport_sheet(doc), dpi=200)]


@single("s09_passport_mex_mrz_bad", "2026-11-18")
def _():
    p = P("GUTIÉRREZ LÓPEZ", "Ana Sofía", "F", "1997-09-03", "MEX", "Puebla", "Mexique")
    doc = ids.passport_doc(
        p,
        "MEX",
        "G40281735",
        d("2021-07-01"),
        d("2031-06-30"),
        extra=dict(personal="GULA970903MPLTPN02", pob="PUEBLA"),
        break_check="dob",
        seed=seed_of("s09"),
    )
    doc.notes = "Date-of-birth check digit in the MRZ is wrong (tampered or misprinted)."
    return [F("pasaporte.pdf", "image_pdf", passport_sheet(doc), dpi=200)]


@single("s10_passport_gbr_expired", "2026-11-18")
def _():
    p = P("HUGHES", "Eleanor Rose", "F", "1979-05-04", "GBR", "Cardiff", "Royaume-Uni")
    doc = ids.passport_doc(
        p,
        "GBR",
        "125839047",
        d("2016-03-21"),
        d("2026-03-21"),
        extra=dict(pob="CARDIFF"),
        seed=seed_of("s10"),
    )
    doc.notes = "Expired in March 2026."
    return [F("old passport.jpg", "scan", passport_sheet(doc), dpi=200)]


# ============================================================ national ids
@single("s11_id_ita_two_scans", "2026-11-25")
def _():
    p = P("ESPOSITO", "Lorenzo", "M", "1992-02-17", "ITA", "Napoli", "Italie")
    doc = ids.id_card_doc(
        p,
        "ITA",
        "CA93027FD",
        d("2021-04-12"),
        d("2032-02-17"),
        seed_of("s11"),
        extra=dict(
            comune="NAPOLI",
            prov="NA",
            cf="SPSLNZ92B17F839X",
            addr_lines=["VIA TOLEDO 210", "80134 NAPOLI (NA)"],
        ),
    )
    return [
        F("CIE_fronte.jpg", "scan", [card_side(doc, 0)], dpi=600),
        F("CIE_retro.jpg", "scan", [card_side(doc, 1)], dpi=600),
    ]


@single("s12_id_esp_pdf", "2026-11-25")
def _():
    p = P("GARCÍA FERNÁNDEZ", "Lucía", "F", "1990-06-30", "ESP", "Sevilla", "Espagne")
    doc = ids.id_card_doc(
        p,
        "ESP",
        "BKM204915",
        d("2021-06-30"),
        d("2031-06-30"),
        seed_of("s12"),
        extra=dict(
            dni="48201957K",
            parents="MANUEL / CARMEN",
            addr_lines=["C. SIERPES 41 P02", "SEVILLA", "SEVILLA"],
        ),
    )
    doc.notes = "Spanish DNI: the DNI number sits in the MRZ optional data; the document number is the support number."
    return [F("DNI ambas caras.pdf", "image_pdf", card_sheet(doc), dpi=300)]


@single("s13_id_deu_photos", "2026-11-25")
def _():
    p = P("MÜLLER", "Katharina", "F", "1988-10-11", "DEU", "Köln", "Allemagne")
    doc = ids.id_card_doc(
        p,
        "DEU",
        "LZ6R7K0T4",
        d("2019-11-04"),
        d("2029-11-03"),
        seed_of("s13"),
        extra=dict(city="KÖLN", addr_lines=["ZÜLPICHER STR. 48", "50674 KÖLN"]),
    )
    doc.notes = "German identity card: the MRZ writes the nationality and issuing state as 'D<<', ISO code DEU."
    return [
        F(
            "ausweis_vorne.jpg",
            "phone_photo",
            [card_side(doc, 0)],
            bg="white_table",
            fill=0.6,
            landscape=True,
        ),
        F(
            "ausweis_hinten.jpg",
            "phone_photo",
            [card_side(doc, 1)],
            bg="white_table",
            fill=0.6,
            landscape=True,
        ),
    ]


@single("s14_id_fra_scan", "2026-11-25")
def _():
    p = P(
        "MARTIN",
        "Camille Anne",
        "F",
        "1986-01-09",
        "FRA",
        "Rouen",
        "France",
        A_NANTES,
        usage="LEFEBVRE",
    )
    doc = ids.id_card_doc(p, "FRA", "K8DPX2M47", d("2022-08-23"), d("2032-08-22"), seed_of("s14"))
    doc.notes = "French CNI with a usage name (LEFEBVRE)."
    return [F("cni recto verso.jpg", "scan", card_sheet(doc), dpi=300)]


# ================================================================== visas
@single("s15_visa_vlsts_etudiant_scan", "2026-11-20")
def _():
    p = P("NGUYEN", "Van Minh", "M", "2001-10-30", "VNM", "Da Nang", "Viêt Nam")
    doc = ids.visa_doc(
        p,
        "FRA226718",
        "D",
        d("2026-08-28"),
        d("2027-08-27"),
        "C7712094",
        "HANOI",
        d("2026-08-02"),
        ["VLS-TS ETUDIANT"],
        "365",
        seed=seed_of("s15"),
    )
    return [F("visa_scan.jpg", "scan", visa_sheet(doc), dpi=200)]


@single("s16_visa_vlsts_salarie_photo", "2026-11-20")
def _():
    p = P("SILVA", "Rafael", "M", "1987-02-05", "BRA", "Curitiba", "Brésil")
    doc = ids.visa_doc(
        p,
        "FRA418830",
        "D",
        d("2026-05-15"),
        d("2027-05-14"),
        "FY201455",
        "SAO PAULO",
        d("2026-04-22"),
        ["VLS-TS SALARIE", "CASE A VALIDER EN LIGNE"],
        "365",
        seed=seed_of("s16"),
    )
    return [F("IMG_1204.jpeg", "phone_photo", pages(doc), bg="wood", fill=0.85)]


@single("s17_visa_type_c", "2026-11-20")
def _():
    p = P("MENSAH", "Kofi", "M", "1990-09-09", "GHA", "Accra", "Ghana")
    doc = ids.visa_doc(
        p,
        "FRA992014",
        "C",
        d("2026-10-01"),
        d("2026-12-29"),
        "G3018275",
        "ACCRA",
        d("2026-09-15"),
        [],
        "30",
        territory="ETATS SCHENGEN",
        seed=seed_of("s17"),
        vls_ts=False,
    )
    doc.notes = "Short-stay Schengen visa (type C)."
    return [F("schengen visa.jpg", "scan", visa_sheet(doc), dpi=200)]


@single("s18_visa_d_carte_a_solliciter", "2026-11-20")
def _():
    p = P("HADDAD", "Rania", "F", "1994-12-01", "DZA", "Constantine", "Algérie")
    doc = ids.visa_doc(
        p,
        "FRA507731",
        "D",
        d("2026-07-01"),
        d("2026-09-28"),
        "201774512",
        "ALGER",
        d("2026-06-10"),
        ["CARTE DE SEJOUR A SOLLICITER DANS LES 2 MOIS", "CONJOINT DE FRANCAIS"],
        "90",
        seed=seed_of("s18"),
        vls_ts=False,
    )
    doc.notes = (
        "Type D visa 'carte de séjour à solliciter' (not a VLS-TS); already expired at as_of."
    )
    return [F("visa D.jpg", "scan", visa_sheet(doc), dpi=200, grey=True)]


@single("s19_visa_vlsts_visiteur_pdf", "2026-11-20")
def _():
    p = P("TANAKA", "Yuki", "F", "1983-07-17", "JPN", "Osaka", "Japon")
    doc = ids.visa_doc(
        p,
        "FRA661092",
        "D",
        d("2026-04-01"),
        d("2027-03-31"),
        "TR4410937",
        "TOKYO",
        d("2026-03-05"),
        ["VLS-TS VISITEUR"],
        "365",
        seed=seed_of("s19"),
    )
    return [F("visa_long_sejour.pdf", "image_pdf", visa_sheet(doc), dpi=250)]


# ======================================================= residence permits
@single("s20_titre_sejour_two_scans", "2026-11-20")
def _():
    p = P("BOUAZIZ", "Nabil", "M", "1985-06-03", "TUN", "Sousse", "Tunisie", A_MARS)
    doc = ids.titre_doc(
        p,
        "H2B6K9R04",
        "CARTE DE SEJOUR PLURIANNUELLE",
        d("2024-03-15"),
        d("2028-03-14"),
        "SALARIÉ",
        "PRÉFECTURE DES BOUCHES-DU-RHÔNE",
        seed_of("s20"),
    )
    return [
        F("titre recto.jpg", "scan", [card_side(doc, 0)], dpi=600),
        F("titre verso.jpg", "scan", [card_side(doc, 1)], dpi=600),
    ]


@single("s21_carte_resident_pdf", "2026-11-20")
def _():
    p = P("DIALLO", "Mamadou", "M", "1978-02-14", "MLI", "Bamako", "Mali", A_PARIS)
    doc = ids.titre_doc(
        p,
        "P9X3L2V66",
        "CARTE DE RESIDENT",
        d("2019-05-20"),
        d("2029-05-19"),
        "RÉSIDENT - ACTIVITÉ PROFESSIONNELLE AUTORISÉE",
        "PRÉFECTURE DE POLICE DE PARIS",
        seed_of("s21"),
    )
    return [F("carte de resident.pdf", "image_pdf", card_sheet(doc), dpi=300)]


@single("s22_certificat_residence_algerien_photos", "2026-11-20")
def _():
    p = P("MEZIANE", "Sofiane", "M", "1992-08-25", "DZA", "Tizi Ouzou", "Algérie", A_LYON)
    doc = ids.titre_doc(
        p,
        "A6W1N8Q32",
        "CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        d("2025-02-01"),
        d("2026-01-31"),
        "SALARIÉ",
        "PRÉFECTURE DU RHÔNE",
        seed_of("s22"),
    )
    doc.notes = "Expired on 2026-01-31."
    return [
        F(
            "20261103_101122.jpg",
            "phone_photo",
            [card_side(doc, 0)],
            bg="dark",
            fill=0.6,
            landscape=True,
        ),
        F(
            "20261103_101140.jpg",
            "phone_photo",
            [card_side(doc, 1)],
            bg="dark",
            fill=0.6,
            landscape=True,
        ),
    ]


@single("s23_passeport_talent_pdf", "2026-11-20")
def _():
    p = P("KIM", "Minji", "F", "1990-03-28", "KOR", "Seoul", "Corée du Sud", A_NICE)
    doc = ids.titre_doc(
        p,
        "T8C2M5Z19",
        "CARTE DE SEJOUR PLURIANNUELLE",
        d("2025-09-10"),
        d("2029-09-09"),
        "PASSEPORT TALENT - CHERCHEUR",
        "PRÉFECTURE DES ALPES-MARITIMES",
        seed_of("s23"),
    )
    return [F("residence_permit.pdf", "image_pdf", [card_side(doc, 0), card_side(doc, 1)], dpi=400)]


# ======================================================= birth certificates
@single("s24_bc_maroc_scan")
def _():
    p = P(
        "BENJELLOUN",
        "Khadija",
        "F",
        "1993-11-05",
        "MAR",
        "Fès",
        "Maroc",
        father="Abdellah Benjelloun",
        mother="Amal Tazi",
    )
    ar = dict(
        province="فاس",
        commune="فاس المدينة",
        surname="بنجلون",
        given="خديجة",
        city="فاس",
        father="عبد الله بنجلون",
        mother="أمال التازي",
    )
    doc = civil.bc_maroc(p, ar, "2217", 1993, "Fès", "Fès-Médina", d("2026-02-11"), seed_of("s24"))
    return [F("acte_naissance_maroc.jpg", "scan", pages(doc), dpi=200)]


@single("s25_bc_senegal_scan")
def _():
    p = P(
        "FALL",
        "Ibrahima",
        "M",
        "1994-04-01",
        "SEN",
        "Dakar",
        "Sénégal",
        father="Cheikh Fall",
        mother="Awa Sow",
    )
    doc = civil.bc_senegal(
        p, "Dakar", "Dakar", "Dakar Plateau", "1187", d("2026-01-19"), seed_of("s25")
    )
    return [F("extrait naissance.jpg", "scan", pages(doc), dpi=200, grey=True)]


@single("s26_bc_cote_ivoire_pdf")
def _():
    p = P(
        "KOUAMÉ",
        "Aya Grâce",
        "F",
        "1997-12-24",
        "CIV",
        "Abidjan",
        "Côte d'Ivoire",
        father="Yao Kouamé",
        mother="Adjoua N'Guessan",
    )
    doc = civil.bc_cote_ivoire(
        p, "Cocody", "2841", d("1998-01-06"), d("2026-03-30"), seed_of("s26")
    )
    return [F("extrait_acte_naissance.pdf", "image_pdf", pages(doc), dpi=200)]


@single("s27_bc_cameroun_photo")
def _():
    p = P(
        "NKOULOU",
        "Boris Arnaud",
        "M",
        "1991-06-18",
        "CMR",
        "Yaoundé",
        "Cameroun",
        father="Jean Nkoulou",
        mother="Marie-Claire Ebogo",
    )
    doc = civil.bc_cameroun(p, "Yaoundé IIIe", "YDE3/1991/0812", d("2025-12-01"), seed_of("s27"))
    doc.notes = "Bilingual French/English Cameroonian certificate."
    return [F("IMG-20261014-WA0007.jpg", "phone_photo", pages(doc), bg="oak", long_side=2560)]


@single("s28_bc_mali_scan")
def _():
    p = P(
        "TRAORÉ",
        "Fatoumata",
        "F",
        "1996-01-30",
        "MLI",
        "Ségou",
        "Mali",
        father="Bakary Traoré",
        mother="Mariam Coulibaly",
    )
    doc = civil.bc_mali(p, "Ségou", "Ségou", "0417", d("2026-04-08"), seed_of("s28"))
    return [F("acte naissance mali.png", "scan", pages(doc), dpi=150)]


@single("s29_bc_rdc_pdf")
def _():
    p = P(
        "MUKENDI",
        "Grâce",
        "F",
        "1995-08-08",
        "COD",
        "Kinshasa",
        "RD Congo",
        father="Joseph Mukendi Tshibangu",
        mother="Thérèse Ilunga",
    )
    doc = civil.bc_rdc(p, "Lingwala", "1204/1995", d("2026-02-25"), seed_of("s29"))
    return [F("acte_de_naissance_RDC.pdf", "image_pdf", pages(doc), dpi=200, grey=True)]


@single("s30_bc_brasil_scan")
def _():
    p = P(
        "COSTA PEREIRA",
        "Beatriz",
        "F",
        "1999-02-11",
        "BRA",
        "Belo Horizonte",
        "Brésil",
        father="Rodrigo Pereira",
        mother="Fernanda Costa",
    )
    doc = civil.bc_brasil(
        p,
        "Cartório do Registro Civil - 3º Subdistrito de Belo Horizonte",
        "Belo Horizonte",
        "MG",
        "042101 01 55 1999 1 00104 221 0031208 77",
        d("2026-05-06"),
        seed_of("s30"),
    )
    return [F("certidao.jpg", "scan", pages(doc), dpi=200)]


@single("s31_bc_mexico_textpdf")
def _():
    p = P(
        "VARGAS MORENO",
        "Diego Alejandro",
        "M",
        "1994-10-02",
        "MEX",
        "Monterrey",
        "Mexique",
        father="Alejandro Vargas Treviño",
        mother="Patricia Moreno Garza",
    )
    doc = civil.bc_mexico(
        p, "Nuevo León", "Monterrey", "VAMD941002HNLRRG05", "03318", d("2026-06-15"), seed_of("s31")
    )
    doc.notes = "Acta de nacimiento downloaded from the online service (text PDF)."
    return [F("acta_nacimiento_VAMD941002.pdf", "text_pdf", pages(doc), producer="gob.mx")]


@single("s32_bc_uk_scan")
def _():
    p = P(
        "WRIGHT",
        "Charlotte Emily",
        "F",
        "1990-09-17",
        "GBR",
        "Manchester",
        "Royaume-Uni",
        father="Andrew John Wright",
        mother="Helen Margaret Wright",
    )
    doc = civil.bc_uk(
        p,
        "Manchester",
        "Manchester South",
        "City of Manchester",
        "188",
        d("2025-11-28"),
        seed_of("s32"),
    )
    return [F("birth cert.jpg", "scan", pages(doc), dpi=200)]


@single("s33_bc_philippines_photo")
def _():
    p = P(
        "BAUTISTA",
        "Angelica",
        "F",
        "1996-05-21",
        "PHL",
        "Davao City",
        "Philippines",
        middle="Ramos",
        father="Ricardo Villanueva Bautista",
        mother="Teresita Cruz Ramos",
    )
    doc = civil.bc_philippines(
        p, "Davao del Sur", "Davao City", "1996-04412", d("2026-01-27"), seed_of("s33")
    )
    return [F("PSA.jpg", "phone_photo", pages(doc), bg="wood")]


@single("s34_bc_turkey_textpdf")
def _():
    p = P(
        "KARA",
        "Burak",
        "M",
        "1995-03-09",
        "TUR",
        "İzmir",
        "Turquie",
        father="Mustafa Kara",
        mother="Emine Kara",
    )
    doc = civil.bc_turkey(p, "İzmir", "Konak", "41829307516", d("2026-09-01"), seed_of("s34"))
    doc.notes = "e-Devlet style printout (text PDF)."
    return [F("dogum_kayit_ornegi.pdf", "text_pdf", pages(doc), producer="e-Devlet")]


@single("s35_bc_ukraine_photo")
def _():
    p = P(
        "BONDARENKO",
        "Iryna",
        "F",
        "1993-06-27",
        "UKR",
        "Kharkiv",
        "Ukraine",
        father="Serhii Bondarenko",
        mother="Liudmyla Bondarenko",
    )
    ua = dict(
        surname="БОНДАРЕНКО",
        given="Ірина",
        patronymic="Сергіївна",
        city="м. Харків, Україна",
        father="Бондаренко Сергій Олександрович",
        mother="Бондаренко Людмила Василівна",
    )
    doc = civil.bc_ukraine(p, ua, "І-ВЛ № 118472", "2291", d("2024-11-04"), seed_of("s35"))
    return [F("svidotstvo.jpg", "phone_photo", pages(doc), bg="white_table", fill=0.7)]


@single("s36_bc_china_notarial_pdf")
def _():
    p = P(
        "ZHOU",
        "Ming",
        "M",
        "1990-12-01",
        "CHN",
        "Wuhan",
        "Chine",
        father="Zhou Jian",
        mother="Wu Xiaoyan",
    )
    doc = civil.bc_china(
        p,
        dict(
            name="周明",
            id="420106199012014512",
            city="湖北省武汉市",
            father="周建",
            mother="吴晓燕",
        ),
        "（2026）鄂武证字第03318号",
        d("2026-03-02"),
        seed_of("s36"),
        office=(
            "湖北省武汉市江汉公证处",
            "Jianghan Notary Public Office of Wuhan, Hubei Province",
            "Wuhan",
        ),
        cert_no_en="(2026) E Wu Zheng Zi No. 03318",
    )
    return [F("出生公证.pdf", "image_pdf", pages(doc), dpi=200)]


@single("s37_bc_india_pdf")
def _():
    p = P(
        "REDDY",
        "Karthik",
        "M",
        "1992-07-07",
        "IND",
        "Hyderabad",
        "Inde",
        father="Venkat Reddy",
        mother="Lakshmi Reddy",
    )
    doc = civil.bc_india(
        p,
        "Greater Hyderabad Municipal Corporation",
        "Telangana",
        "B-1992-07-118832",
        d("2025-08-14"),
        seed_of("s37"),
    )
    return [F("Birth_Certificate_Karthik.pdf", "image_pdf", pages(doc), dpi=200)]


@single("s38_bc_usa_california_scan")
def _():
    p = P(
        "NGUYEN",
        "Kevin",
        "M",
        "1998-02-20",
        "USA",
        "San Jose",
        "États-Unis",
        father="Thanh Van Nguyen",
        mother="Mai Thi Tran",
    )
    doc = civil.bc_usa(
        p,
        "California",
        "Santa Clara",
        "San Jose",
        "3-1998-43-008812",
        d("2026-04-10"),
        seed_of("s38"),
    )
    return [F("birth_certificate_CA.jpg", "scan", pages(doc), dpi=200)]


@single("s39_bc_algerie_scan")
def _():
    p = P(
        "BOUDIAF",
        "Yacine",
        "M",
        "1989-09-12",
        "DZA",
        "Sétif",
        "Algérie",
        father="Rachid Boudiaf",
        mother="Nadia Khelifi",
    )
    ar = dict(
        wilaya="سطيف",
        commune="سطيف",
        surname="بوضياف",
        given="ياسين",
        city="سطيف",
        father="رشيد بوضياف",
        mother="نادية خليفي",
    )
    doc = civil.bc_algerie(p, ar, "01884", "Sétif", "Sétif", d("2026-01-05"), seed_of("s39"))
    return [F("extrait 12S.jpg", "scan", pages(doc), dpi=200)]


# ============================================================== apostilles
@single("s40_apostille_usa_scan")
def _():
    doc = civil.apostille_doc(
        "en",
        "United States of America",
        "Karen Castillo",
        "County Clerk",
        "Cook County Clerk's Office",
        "Springfield, Illinois",
        d("2026-03-17"),
        "Alexi Giannoulias, Secretary of State",
        "2026-0231877",
        seed_of("s40"),
        header=["STATE OF ILLINOIS", "OFFICE OF THE SECRETARY OF STATE"],
        page_size=(216, 279),
        date_fmt=lambda x: x.strftime("%B %d, %Y"),
    )
    return [F("apostille.jpg", "scan", pages(doc), dpi=200)]


@single("s41_apostille_colombia_textpdf")
def _():
    doc = civil.apostille_doc(
        "es",
        "Colombia",
        "Jorge Iván Restrepo",
        "Notario Quinto del Círculo de Medellín",
        "Notaría Quinta de Medellín",
        "Bogotá",
        d("2026-08-04"),
        "Mónica Patricia Salazar",
        "A8E2C7710429",
        seed_of("s41"),
        second="en",
        header=["REPÚBLICA DE COLOMBIA", "MINISTERIO DE RELACIONES EXTERIORES"],
        qr=True,
    )
    return [F("Apostilla_A8E2C7710429.pdf", "text_pdf", pages(doc), producer="Cancillería")]


@single("s42_apostille_maroc_scan")
def _():
    doc = civil.apostille_doc(
        "fr",
        "Maroc",
        "Fouad Lahlou",
        "Officier de l'état civil",
        "Bureau de l'état civil de Marrakech-Médina",
        "Marrakech",
        d("2026-06-02"),
        "Le Procureur du Roi près le Tribunal de première instance de Marrakech",
        "TPI-MRK/2026/03317",
        seed_of("s42"),
        header=["ROYAUME DU MAROC", "Tribunal de première instance de Marrakech"],
        ar=dict(title="أبوستيل"),
    )
    return [F("apostille maroc.jpg", "scan", pages(doc), dpi=200, grey=True)]


@single("s43_apostille_uk_pdf")
def _():
    doc = civil.apostille_doc(
        "en",
        "United Kingdom of Great Britain and Northern Ireland",
        "P. Hargreaves",
        "Deputy Registrar",
        "General Register Office",
        "Milton Keynes",
        d("2026-07-21"),
        "Foreign, Commonwealth and Development Office",
        "APO-2026-442190",
        seed_of("s43"),
        header=["FOREIGN, COMMONWEALTH & DEVELOPMENT OFFICE", "LEGALISATION OFFICE"],
    )
    return [F("FCDO apostille.pdf", "image_pdf", pages(doc), dpi=200)]


# ============================================================ translations
@single("s44_translation_ukrainian")
def _():
    doc = civil.translation_doc(
        "Oksana LEMAIRE",
        "Paris",
        "ukrainien, russe",
        "l'ukrainien",
        "Paris",
        d("2026-05-12"),
        "2026/1187",
        "CERTIFICAT DE NAISSANCE",
        [
            ("Nom :", "BONDARENKO"),
            ("Prénom :", "Iryna"),
            ("Patronyme :", "Serhiïvna"),
            ("Née le :", "27 juin 1993"),
            ("Lieu de naissance :", "Kharkiv, Ukraine"),
            ("Acte n° :", "2291"),
            ("Père :", "BONDARENKO Serhii Oleksandrovytch"),
            ("Mère :", "BONDARENKO Lioudmyla Vassylivna"),
        ],
        "Série I-VL n° 118472. Délivré le 04/11/2024 par le service de l'état civil de Kharkiv. "
        "Signature. Sceau.",
        seed_of("s44"),
    )
    return [F("traduction certifiee.pdf", "image_pdf", pages(doc), dpi=200)]


@single("s45_translation_portuguese")
def _():
    doc = civil.translation_doc(
        "Mariana SOUZA-BLANC",
        "Lyon",
        "portugais",
        "du portugais (Brésil)",
        "Lyon",
        d("2026-02-20"),
        "T-26-0077",
        "CERTIFICAT DE NAISSANCE",
        [
            ("Nom :", "BEATRIZ COSTA PEREIRA"),
            ("Date de naissance :", "11 février 1999"),
            ("Heure :", "14h20"),
            ("Lieu de naissance :", "Belo Horizonte - MG"),
            ("Sexe :", "féminin"),
            ("Filiation :", "Rodrigo Pereira et Fernanda Costa"),
            ("Matricule :", "042101 01 55 1999 1 00104 221 0031208 77"),
        ],
        "Mentions : néant. Le contenu du certificat est véridique. J'en fais foi. Belo "
        "Horizonte, 6 mai 2026.",
        seed_of("s45"),
    )
    return [F("traducao_juramentada.pdf", "image_pdf", pages(doc), dpi=200, grey=True)]


# ================================================================== bills
@single("s46_bill_edf_2pages", "2026-11-20")
def _():
    doc = home.bill_edf(
        "Mme Sophie BERTRAND",
        A_LILLE,
        d("2026-10-06"),
        d("2026-09-01"),
        d("2026-09-30"),
        58.37,
        "6 022 418 905",
        "10 338 212 774",
        seed_of("s46"),
    )
    return [F("facture_edf_octobre.pdf", "text_pdf", pages(doc), producer="EDF")]


@single("s47_bill_engie_scan", "2026-11-20")
def _():
    doc = home.bill_engie(
        "M. Karim HADJ",
        A_MARS,
        d("2026-10-05"),
        d("2026-09-01"),
        d("2026-09-30"),
        71.84,
        "3 011 227 418",
        "302 557 118",
        seed_of("s47"),
    )
    return [F("engie.jpg", "scan", pages(doc), dpi=200)]


@single("s48_bill_total_textpdf", "2026-11-20")
def _():
    doc = home.bill_total(
        "Mme Léa ROUSSEAU",
        A_TLS,
        d("2026-11-04"),
        d("2026-10-01"),
        d("2026-10-31"),
        44.90,
        "1 208 331 704",
        "TE2610552",
        seed_of("s48"),
    )
    return [F("Facture_TotalEnergies_202610.pdf", "text_pdf", pages(doc), producer="TotalEnergies")]


@single("s49_bill_free_textpdf", "2026-11-20")
def _():
    doc = home.bill_free(
        "Ahmed Benkirane",
        A_PARIS,
        d("2026-11-02"),
        d("2026-11-01"),
        d("2026-11-30"),
        39.99,
        "FO1184273",
        "30271884",
        "7514482931",
        "a.benkirane@free.fr",
        seed_of("s49"),
    )
    return [F("facture_free_novembre.pdf", "text_pdf", pages(doc), producer="Free")]


@single("s50_bill_sfr_mobile_photo", "2026-11-20")
def _():
    doc = home.bill_sfr(
        "M Lucas Fontaine",
        A_RENNES,
        d("2026-10-12"),
        d("2026-09-12"),
        d("2026-10-11"),
        19.99,
        "06 71 18 40 22",
        "1-8B22C4",
        "M26100412",
        seed_of("s50"),
    )
    return [F("IMG_7712.jpg", "phone_photo", pages(doc), bg="desk_grey", persp=0.07)]


@single("s51_bill_orange_month_only_pdf", "2026-11-20")
def _():
    doc = home.bill_orange(
        "Mme Nadia CHERIF",
        A_STRAS,
        d("2026-10-09"),
        d("2026-10-01"),
        d("2026-10-31"),
        49.99,
        "0388 214 552",
        "F26104418",
        seed_of("s51"),
        month_only=True,
    )
    doc.notes = "Names only the billing month (octobre 2026)."
    return [F("facture orange.pdf", "image_pdf", pages(doc), dpi=200)]


@single("s52_bill_bouygues_textpdf", "2026-11-20")
def _():
    doc = home.bill_bouygues(
        "M. Thomas GIRARD",
        A_BDX,
        d("2026-10-22"),
        d("2026-09-22"),
        d("2026-10-21"),
        36.99,
        "1.28401922",
        "B2610778",
        seed_of("s52"),
    )
    return [F("Facture_Bbox_octobre_2026.pdf", "text_pdf", pages(doc), producer="Bouygues Telecom")]


@single("s53_bill_water_eau_de_paris", "2026-11-20")
def _():
    doc = home.bill_water(
        "Eau de Paris",
        "M. Olivier PETIT",
        A_PARIS,
        d("2026-09-15"),
        d("2026-03-01"),
        d("2026-08-31"),
        118.42,
        "EP-4471820",
        seed_of("s53"),
    )
    return [F("facture_eau.pdf", "text_pdf", pages(doc), producer="Eau de Paris")]


@single("s54_bill_water_veolia_scan", "2026-11-20")
def _():
    doc = home.bill_water(
        "Veolia Eau",
        "Mme Julie LAMBERT",
        A_NANTES,
        d("2026-07-20"),
        d("2026-01-01"),
        d("2026-06-30"),
        96.15,
        "VE-3318240",
        seed_of("s54"),
    )
    return [F("veolia.jpg", "scan", pages(doc), dpi=150, grey=True)]


@single("s55_attestation_titulaire_edf", "2026-11-20")
def _():
    doc = home.attestation_titulaire(
        "EDF",
        "M. Hugo MOREAU",
        A_LYON,
        d("2026-03-01"),
        d("2026-11-03"),
        "6 018 774 210",
        seed_of("s55"),
    )
    return [F("attestation_titulaire_contrat.pdf", "text_pdf", pages(doc), producer="EDF")]


@single("s56_attestation_titulaire_engie_photo", "2026-11-20")
def _():
    doc = home.attestation_titulaire(
        "ENGIE",
        "Mme Inès BOUCHARD",
        A_BDX,
        d("2025-12-15"),
        d("2026-10-30"),
        "3 004 118 927",
        seed_of("s56"),
    )
    return [F("attestation engie.jpg", "phone_photo", pages(doc), bg="white_table")]


@single("s57_bill_edf_page2_only", "2026-11-20")
def _():
    from model import Doc

    pg = home.edf_page2(
        "Mme Sophie BERTRAND",
        A_LILLE,
        d("2026-10-06"),
        "10 338 212 774",
        "6 022 418 905",
        seed_of("s57"),
        show_holder=False,
    )
    doc = Doc(
        "utility_bill",
        dict(
            provider="EDF",
            service="electricity",
            holder_name=None,
            address=None,
            issue_date="2026-10-06",
            period_start=None,
            period_end=None,
            amount=None,
        ),
        [pg],
        notes="Trap: only the second page of an EDF bill (no holder, no period, no amount).",
    )
    return [F("scan_page2.jpg", "scan", pages(doc), dpi=200)]


# ================================================================== leases
@single("s58_lease_agency_textpdf", "2026-11-20")
def _():
    doc = home.lease_empty(
        "Mme Françoise DUVAL",
        "22 rue Nationale, 37000 Tours",
        ["Clément ROBIN", "Sarah KLEIN"],
        A_TLS,
        d("2026-01-15"),
        910.0,
        90.0,
        "Toulouse",
        d("2026-01-08"),
        seed_of("s58"),
        surface=62,
        rooms=3,
        agency="Capitole Gestion Immobilière",
    )
    return [F("Bail_Robin_Klein.pdf", "text_pdf", pages(doc), producer="DocuSign")]


@single("s59_lease_meuble_pdf", "2026-11-20")
def _():
    doc = home.lease_meuble(
        "Yves LE ROUX",
        ["Ana MARTINS"],
        A_NANTES,
        d("2026-05-01"),
        640.0,
        d("2026-04-24"),
        seed_of("s59"),
    )
    return [F("bail meuble.pdf", "image_pdf", pages(doc), dpi=150)]


@single("s60_lease_three_photos", "2026-11-20")
def _():
    doc = home.lease_empty(
        "Bernard FAURE",
        "5 rue Thiers, 38000 Grenoble",
        ["Amadou SOW"],
        A_LYON,
        d("2025-11-01"),
        580.0,
        50.0,
        "Lyon",
        d("2025-10-20"),
        seed_of("s60"),
        surface=28,
        rooms=1,
        font="dejavu-serif",
    )
    return [
        F(f"IMG_20261028_1{i}.jpg", "phone_photo", [S(pg, doc)], bg="oak", rot=90 if i == 2 else 0)
        for i, pg in enumerate(doc.pages)
    ]


# ================================================= hosting attestations
@single("s61_hosting_handwritten_scan", "2026-11-20")
def _():
    doc = home.hosting_handwritten(
        "Marie-Hélène GARNIER",
        d("1965-04-30"),
        "Angers (49)",
        "Yasmine EL IDRISSI",
        "Mme",
        d("1998-02-02"),
        "Meknès (Maroc)",
        A_NANTES,
        d("2026-01-10"),
        "Nantes",
        d("2026-10-21"),
        seed_of("s61"),
        font="h-dkg",
    )
    return [F("attestation_hebergement.jpg", "scan", pages(doc), dpi=200)]


@single("s62_hosting_typed_textpdf", "2026-11-20")
def _():
    doc = home.hosting_typed(
        "Paul MERCIER",
        d("1982-12-12"),
        "Lille (59)",
        "Kwame ASANTE",
        "M.",
        d("1996-08-19"),
        "Kumasi (Ghana)",
        A_LILLE,
        d("2026-04-01"),
        "Lille",
        d("2026-11-05"),
        seed_of("s62"),
        font="open",
    )
    return [F("Attestation d'hébergement.pdf", "text_pdf", pages(doc), producer="Microsoft Word")]


@single("s63_hosting_unsigned_photo", "2026-11-20")
def _():
    doc = home.hosting_handwritten(
        "Sylvie CHEVALIER",
        d("1970-07-07"),
        "Toulouse (31)",
        "Lina HADDAD",
        "Mme",
        d("2000-05-15"),
        "Beyrouth (Liban)",
        A_TLS,
        d("2026-06-01"),
        "Toulouse",
        d("2026-11-08"),
        seed_of("s63"),
        signed=False,
        font="h-ecolier",
        ink=INK_BLACK,
    )
    doc.notes = "Not signed."
    return [F("IMG_3017.jpeg", "phone_photo", pages(doc), bg="wood", light=0.35)]


@single("s64_hosting_typed_scan", "2026-11-20")
def _():
    doc = home.hosting_typed(
        "Jean-Baptiste RENAUD",
        d("1975-03-03"),
        "Bordeaux (33)",
        "Mateo FERNÁNDEZ",
        "M.",
        d("1999-11-11"),
        "Rosario (Argentine)",
        A_BDX,
        d("2026-02-14"),
        "Bordeaux",
        d("2026-10-02"),
        seed_of("s64"),
        font="caladea",
    )
    return [F("attestation heb signee.pdf", "image_pdf", pages(doc), dpi=200, grey=True)]


# ================================================================ payslips
ER_A = work.make_employer(
    "Boulangerie Martin & Fils",
    "SARL",
    Addr("3 rue de la Paix", "44000", "Nantes"),
    "51930284",
    "0017",
    "1071C",
    "Pays de la Loire",
    "Boulangerie-pâtisserie artisanale (IDCC 843)",
    "M. Gilles Martin",
    "Gérant",
    capital="15 000",
    rcs="Nantes",
)
ER_B = work.make_employer(
    "Nexalys Conseil",
    "SAS",
    Addr("50 avenue des Champs-Élysées", "75008", "Paris"),
    "83018274",
    "0029",
    "7022Z",
    "Île-de-France",
    "Syntec (IDCC 1486)",
    "Mme Inès Carpentier",
    "Présidente",
    capital="100 000",
    rcs="Paris",
)


@single("s65_payslip_classic_textpdf", "2026-11-20")
def _():
    doc = work.payslip(
        ER_A,
        "DA SILVA Paulo",
        A_NANTES,
        "Boulanger",
        "Ouvrier qualifié",
        d("2024-09-02"),
        d("2026-10-01"),
        2080.0,
        "0007",
        C.nir_make("M", d("1988-04-04"), "99", "139", "047"),
        "classic",
        seed_of("s65"),
    )
    return [F("bulletin_salaire_2026_10.pdf", "text_pdf", pages(doc), producer="Sage Paie")]


@single("s66_payslip_payfit_textpdf", "2026-11-20")
def _():
    doc = work.payslip(
        ER_B,
        "Hannah SCHMIDT",
        A_PARIS,
        "Consultante senior",
        "Cadre",
        d("2025-01-06"),
        d("2026-09-01"),
        4650.0,
        "0188",
        None,
        "payfit",
        seed_of("s66"),
    )
    return [F("Bulletin de paie - Septembre 2026.pdf", "text_pdf", pages(doc), producer="PayFit")]


@single("s67_payslip_grid_scan", "2026-11-20")
def _():
    doc = work.payslip(
        ER_A,
        "COULIBALY Awa",
        A_NANTES,
        "Vendeuse",
        "Employée",
        d("2025-03-10"),
        d("2026-08-01"),
        1801.80,
        "0011",
        None,
        "sage",
        seed_of("s67"),
    )
    return [F("fiche de paie aout.jpg", "scan", pages(doc), dpi=200)]


@single("s68_payslip_photo", "2026-11-20")
def _():
    doc = work.payslip(
        ER_B,
        "PATEL Rohan",
        A_PARIS,
        "Data analyst",
        "Cadre",
        d("2026-02-02"),
        d("2026-10-01"),
        3800.0,
        "0231",
        None,
        "classic",
        seed_of("s68"),
    )
    return [F("20261104_183312.jpg", "phone_photo", pages(doc), bg="wood")]


# =============================================================== contracts
@single("s69_contract_cdi_textpdf", "2026-11-20")
def _():
    doc = work.contract(
        ER_B,
        "Hannah SCHMIDT",
        "Mme",
        d("1991-07-19"),
        "Hambourg (Allemagne)",
        "allemande",
        A_PARIS,
        "CDI",
        "Consultante senior",
        d("2025-01-06"),
        4650.0,
        d("2024-12-02"),
        seed=seed_of("s69"),
    )
    return [F("Contrat_CDI_SCHMIDT.pdf", "text_pdf", pages(doc), producer="Yousign")]


@single("s70_contract_cdd_pdf", "2026-11-20")
def _():
    doc = work.contract(
        ER_A,
        "Awa COULIBALY",
        "Mme",
        d("1999-03-14"),
        "Bamako (Mali)",
        "malienne",
        A_NANTES,
        "CDD",
        "Vendeuse",
        d("2025-03-10"),
        1801.80,
        d("2025-03-05"),
        end=d("2026-03-09"),
        seed=seed_of("s70"),
        font="caladea",
        reason="accroissement temporaire d'activité",
    )
    return [F("contrat cdd.pdf", "image_pdf", pages(doc), dpi=150, grey=True)]


@single("s71_contract_cdi_three_scans", "2026-11-20")
def _():
    er = work.make_employer(
        "Garage Central Auto",
        "SARL",
        Addr("88 avenue de la République", "59000", "Lille"),
        "42018375",
        "0010",
        "4520A",
        "Nord - Pas-de-Calais",
        "Services de l'automobile (IDCC 1090)",
        "M. Dominique Leclercq",
        "Gérant",
        capital="30 000",
        rcs="Lille Métropole",
    )
    doc = work.contract(
        er,
        "Mehdi KHALIL",
        "M.",
        d("1994-05-25"),
        "Tripoli (Liban)",
        "libanaise",
        A_LILLE,
        "CDI",
        "Mécanicien automobile",
        d("2026-06-01"),
        2200.0,
        d("2026-05-20"),
        seed=seed_of("s71"),
        font="sans",
    )
    return [
        F(f"contrat_p{i + 1}.jpg", "scan", [S(pg, doc)], dpi=150, grey=True)
        for i, pg in enumerate(doc.pages)
    ]


# ==================================================================== RIBs
@single("s72_rib_bnp_textpdf", "2026-11-20")
def _():
    doc = bank.rib_bnp(
        "MME LEA ROUSSEAU",
        A_TLS,
        C.fr_iban("30004", "03118", "00010228475")[0],
        "BNPAFRPPXXX",
        "BNP PARIBAS TOULOUSE JEAN JAURES",
        "40 allées Jean Jaurès 31000 Toulouse",
        seed_of("s72"),
    )
    return [F("RIB_BNP_Paribas.pdf", "text_pdf", pages(doc), producer="BNP Paribas")]


@single("s73_rib_lbp_scan", "2026-11-20")
def _():
    doc = bank.rib_banque_postale(
        "M KOFFI YAO SERGE",
        A_PARIS,
        C.fr_iban("20041", "00001", "0518772P020")[0],
        "Centre Financier de Paris",
        seed_of("s73"),
    )
    return [F("rib_banque_postale.jpg", "scan", pages(doc), dpi=200)]


@single("s74_rib_ca_photo", "2026-11-20")
def _():
    doc = bank.rib_credit_agricole(
        "M ET MME MOREAU HUGO",
        A_LYON,
        C.fr_iban("17806", "00300", "72184930211")[0],
        "AGRIFRPP878",
        "Crédit Agricole Centre-Est",
        "Lyon Brotteaux",
        seed_of("s74"),
    )
    doc.notes = "Joint account."
    return [F("rib ca.jpg", "phone_photo", pages(doc), bg="oak")]


@single("s75_rib_cm_png", "2026-11-20")
def _():
    doc = bank.rib_credit_mutuel(
        "M LUCAS FONTAINE",
        A_RENNES,
        C.fr_iban("15589", "35102", "04417730218")[0],
        "CMBRFR2BARK",
        "CCM RENNES SAINTE-ANNE",
        seed_of("s75"),
    )
    return [F("RIB CM.png", "scan", pages(doc), dpi=150)]


@single("s76_rib_app_sg_screenshot", "2026-11-20")
def _():
    doc = bank.app_screen(
        "M THOMAS GIRARD",
        C.fr_iban("30003", "01580", "00050918234")[0],
        "SOGEFRPP",
        "sg",
        seed_of("s76"),
    )
    return [F("Screenshot_20261019-091204.png", "screenshot", pages(doc))]


@single("s77_rib_revolut_screenshot", "2026-11-20")
def _():
    doc = bank.app_screen(
        "Ahmed Benkirane",
        C.iban_make("LT", "32500" + "41827730519"),
        "REVOLT21",
        "revolut",
        seed_of("s77"),
        dark=False,
    )
    doc.notes = "Lithuanian SEPA IBAN."
    return [F("IMG_0088.PNG", "screenshot", pages(doc))]


@single("s78_rib_n26_textpdf", "2026-11-20")
def _():
    doc = bank.rib_n26(
        "Hannah Schmidt",
        C.iban_make("DE", "10011001" + "2738419052"),
        issued=d("2025-01-08"),
        seed=seed_of("s78"),
    )
    return [F("N26_Kontobestaetigung.pdf", "text_pdf", pages(doc), producer="N26")]


@single("s79_rib_in_bank_letter", "2026-11-20")
def _():
    doc = bank.bank_letter_rib(
        "Karim HADJ",
        "M.",
        A_MARS,
        C.fr_iban("30002", "00550", "0000157841Z")[0],
        "CRLYFRPP",
        d("2026-09-14"),
        "Marseille Canebière",
        seed_of("s79"),
    )
    return [F("courrier_LCL.pdf", "text_pdf", pages(doc), producer="LCL")]


# ================================================================= forms
def _fd(**kw):
    base = dict(
        surname="ABDELKADER",
        given="Samira",
        sex="F",
        dob=d("1990-10-10"),
        birth_city="Tlemcen",
        birth_country="Algérie",
        nationality="algérienne",
        street="25 rue Paradis",
        cp="13001",
        city="Marseille",
        phone="0611223344",
        email="samira.abdelkader@gmail.com",
        situation="inactif",
        signed_at="Marseille",
        signed_on=d("2026-11-02"),
    )
    base.update(kw)
    return FormData(**base)


@single("s80_form_hand_pdf", "2026-11-20")
def _():
    doc = filled(
        _fd(arrival=d("2025-11-20")),
        "hand",
        seed_of("s80"),
        caps_font="h-humor",
        script_font="h-dkg",
    )
    return [F("formulaire_assurance_maladie.pdf", "image_pdf", pages(doc), dpi=200)]


@single("s81_form_acroform", "2026-11-20")
def _():
    fd = _fd(
        surname="NAKAMURA",
        given="Kenji",
        sex="M",
        dob=d("1987-01-22"),
        birth_city="Sapporo",
        birth_country="Japon",
        nationality="japonaise",
        street="6 rue du Dôme",
        cp="67000",
        city="Strasbourg",
        phone="0755443322",
        email="kenji.nakamura@icloud.com",
        situation="salarie",
        profession="Chef cuisinier",
        contract="CDI",
        hire_date=d("2026-02-01"),
        signed_at="Strasbourg",
        signed_on=d("2026-10-15"),
    )
    doc = filled(fd, "acro", seed_of("s81"))
    return [F("S1106_rempli.pdf", "text_pdf", pages(doc), producer="Adobe Acrobat Reader")]


@single("s82_form_two_photos", "2026-11-20")
def _():
    fd = _fd(
        surname="OLIVEIRA",
        given="Mariana",
        usage="DUPONT",
        sex="F",
        dob=d("1994-04-14"),
        birth_city="Porto",
        birth_country="Portugal",
        nationality="portugaise",
        street="9 place des Lices",
        cp="35000",
        city="Rennes",
        phone="0699887766",
        email="mariana.dupont@gmail.com",
        situation="demandeur",
        signed_at="Rennes",
        signed_on=d("2026-11-12"),
    )
    doc = filled(fd, "hand", seed_of("s82"), caps_font="h-ruf", script_font="h-dancing")
    return [
        F("IMG_6101.jpeg", "phone_photo", [S(doc.pages[0], doc)], bg="white_table"),
        F("IMG_6102.jpeg", "phone_photo", [S(doc.pages[1], doc)], bg="white_table"),
    ]


@single("s83_form_typed_two_scans", "2026-11-20")
def _():
    fd = _fd(
        surname="PETROV",
        given="Dimitar",
        sex="M",
        dob=d("1983-08-08"),
        birth_city="Plovdiv",
        birth_country="Bulgarie",
        nationality="bulgare",
        street="41 cours Victor Hugo",
        cp="33000",
        city="Bordeaux",
        phone="0766554433",
        email="d.petrov@abv.bg",
        situation="independant",
        profession="Électricien (auto-entrepreneur)",
        signed_at="Bordeaux",
        signed_on=d("2026-11-09"),
    )
    doc = filled(fd, "typed", seed_of("s83"))
    return [
        F("scan_001.jpg", "scan", [S(doc.pages[0], doc)], dpi=200),
        F("scan_002.jpg", "scan", [S(doc.pages[1], doc)], dpi=200),
    ]


@single("s84_form_future_date", "2026-11-20")
def _():
    fd = _fd(
        surname="ADEYEMI",
        given="Folake",
        sex="F",
        dob=d("1992-06-06"),
        birth_city="Ibadan",
        birth_country="Nigeria",
        nationality="nigériane",
        street="4 rue Esquermoise",
        cp="59000",
        city="Lille",
        phone="0744556677",
        email="folake.adeyemi@yahoo.com",
        situation="autre",
        other_text="conjointe de salarié détaché",
        signed_at="Lille",
        signed_on=d("2027-01-12"),
    )
    doc = filled(fd, "hand", seed_of("s84"), caps_font="h-comic", script_font="h-dkg")
    doc.notes = "Signature date 12/01/2027 is after the audit date."
    return [F("form.pdf", "image_pdf", pages(doc), dpi=200, grey=True)]


# ================================================================ unknown
@single("s85_unknown_avis_impot", "2026-11-20")
def _():
    doc = misc.avis_impot(
        "M. Hugo MOREAU", A_LYON, 2026, "30 12 457 882 104", d("2026-08-04"), seed_of("s85")
    )
    return [F("avis_imposition_2026.pdf", "text_pdf", pages(doc), producer="DGFiP")]


@single("s86_unknown_caf", "2026-11-20")
def _():
    doc = misc.caf_attestation(
        "Mme Nadia CHERIF", A_LYON, "2218447", d("2026-10-28"), seed_of("s86")
    )
    return [F("attestation_caf.pdf", "text_pdf", pages(doc), producer="caf.fr")]


@single("s87_unknown_school_certificate", "2026-11-20")
def _():
    doc = misc.school_certificate(
        "Jiaxin LIU",
        d("1999-04-08"),
        "Université Lumière Lyon 2",
        "2026-2027",
        d("2026-09-18"),
        seed_of("s87"),
    )
    return [F("certificat de scolarite.jpg", "scan", pages(doc), dpi=200)]


@single("s88_unknown_blank_note", "2026-11-20")
def _():
    doc = misc.blank_note(
        ["voir au verso", "(pièces manquantes à envoyer plus tard)"], seed_of("s88")
    )
    return [F("scan0007.jpg", "phone_photo", pages(doc), bg="desk_grey")]


@single("s89_unknown_quittance", "2026-11-20")
def _():
    doc = home.quittance(
        "Françoise DUVAL",
        "22 rue Nationale, 37000 Tours",
        "Clément ROBIN",
        A_TLS,
        d("2026-10-01"),
        910.0,
        90.0,
        d("2026-10-05"),
        seed_of("s89"),
    )
    return [F("quittance_octobre.pdf", "text_pdf", pages(doc), producer="Rentila")]


@single("s90_unknown_home_insurance", "2026-11-20")
def _():
    doc = home.home_insurance(
        "MAIF", "M. Ahmed BENKIRANE", A_PARIS, d("2026-02-01"), d("2026-02-03"), seed_of("s90")
    )
    return [F("attestation assurance habitation.pdf", "image_pdf", pages(doc), dpi=200)]


@single("s91_unknown_france_travail", "2026-11-20")
def _():
    doc = misc.france_travail(
        "Mme Mariana DUPONT", A_RENNES, "4218833K", d("2026-07-01"), d("2026-11-03"), seed_of("s91")
    )
    return [F("attestation_france_travail.pdf", "text_pdf", pages(doc), producer="France Travail")]
