"""Part B: single documents, one folder each."""

from __future__ import annotations

import datetime as dt
import os

from build import Builder, Comp, write_json
from core import INK_BLACK, D, fr_iban, iban_make, month_end, rng, siret
from docs_civil import (
    apostille,
    bc_brazil,
    bc_cameroon,
    bc_francophone,
    bc_mexico,
    bc_multilingual,
    bc_philippines,
    bc_uk,
    sworn_translation,
)
from docs_form import application_form
from docs_home import (
    bill_detail_page,
    energy_attestation,
    hosting_attestation,
    lease,
    rent_receipt,
    utility_bill,
)
from docs_id import id_card, passport, residence_permit, visa_sticker
from docs_misc import blank_note, caf_letter, school_certificate, tax_notice
from docs_work import (
    employment_contract,
    payslip,
    rib_app_screen,
    rib_in_letter,
    rib_page,
)
from model import Doc, Person

# a small cast of fictional people -----------------------------------------
PEOPLE = {
    "dza": Person(
        "Benali",
        "Karim",
        "M",
        D("1987-02-14"),
        "Oran",
        "Algérie",
        "DZA",
        "DZA",
        "8 rue Molière",
        "69006",
        "Lyon",
        father="Ahmed Benali",
        mother="Fatiha Hamidi",
    ),
    "cmr": Person(
        "Mbarga Essomba",
        "Aurélie Christelle",
        "F",
        D("1994-10-27"),
        "Yaoundé",
        "Cameroun",
        "CMR",
        "CMR",
        "3 allée des Tilleuls",
        "94000",
        "Créteil",
        father="Jean-Claude Mbarga",
        mother="Odile Essomba Ngo",
    ),
    "phl": Person(
        "Santos",
        "Rowena Grace",
        "F",
        D("1990-06-30"),
        "Cebu City",
        "Philippines",
        "PHL",
        "PHL",
        "40 rue de Tolbiac",
        "75013",
        "Paris",
        father="Eduardo Santos",
        mother="Grace Villanueva",
    ),
    "ukr": Person(
        "Shevchenko",
        "Andrii",
        "M",
        D("1984-12-11"),
        "Lviv",
        "Ukraine",
        "UKR",
        "UKR",
        "11 rue Gambetta",
        "44000",
        "Nantes",
    ),
    "gbr": Person(
        "Wallace",
        "Fiona Jane",
        "F",
        D("1982-04-03"),
        "Glasgow",
        "Royaume-Uni",
        "GBR",
        "GBR",
        "2 place du Marché",
        "24200",
        "Sarlat-la-Canéda",
        father="Iain Wallace",
        mother="Morag Wallace",
    ),
    "esp": Person(
        "Martín Delgado",
        "Lucía",
        "F",
        D("1992-08-19"),
        "Sevilla",
        "Espagne",
        "ESP",
        "ESP",
        "17 rue des Tanneurs",
        "34000",
        "Montpellier",
        father="Francisco",
        mother="Carmen",
    ),
    "prt": Person(
        "Ferreira",
        "Ana Beatriz",
        "F",
        D("1985-11-03"),
        "Porto",
        "Portugal",
        "PRT",
        "PRT",
        "5 rue Sainte-Catherine",
        "87000",
        "Limoges",
        father="Manuel Ferreira",
        mother="Rosa Oliveira",
    ),
    "fra": Person(
        "Lefèvre",
        "Thomas Jean",
        "M",
        D("1983-01-22"),
        "Rouen",
        "France",
        "FRA",
        "FRA",
        "9 impasse des Lilas",
        "76000",
        "Rouen",
    ),
    "sen": Person(
        "Diop",
        "Mamadou Lamine",
        "M",
        D("1994-03-12"),
        "Dakar",
        "Sénégal",
        "SEN",
        "SEN",
        "25 rue Nationale",
        "59000",
        "Lille",
        father="Ousmane Diop",
        mother="Aminata Fall",
    ),
    "civ": Person(
        "Kouassi",
        "Affoué Marie-Laure",
        "F",
        D("1991-07-07"),
        "Abidjan",
        "Côte d'Ivoire",
        "CIV",
        "CIV",
        "12 rue de Metz",
        "31000",
        "Toulouse",
        father="Kouassi Yao Bernard",
        mother="N'Guessan Akissi",
    ),
    "mli": Person(
        "Keïta",
        "Seydou",
        "M",
        D("1988-12-24"),
        "Kati",
        "Mali",
        "MLI",
        "MLI",
        "4 rue Jules Ferry",
        "93200",
        "Saint-Denis",
        father="Bakary Keïta",
        mother="Fanta Coulibaly",
    ),
    "cod": Person(
        "Mukendi Kabongo",
        "Grâce",
        "F",
        D("1996-05-05"),
        "Kinshasa",
        "RD Congo",
        "COD",
        "COD",
        "18 rue Lamartine",
        "35000",
        "Rennes",
        father="Pierre Mukendi",
        mother="Jeanne Kabongo",
    ),
    "tun": Person(
        "Trabelsi",
        "Ines",
        "F",
        D("1999-01-15"),
        "Sousse",
        "Tunisie",
        "TUN",
        "TUN",
        "7 rue d'Alsace",
        "06400",
        "Cannes",
        father="Mourad Trabelsi",
        mother="Leila Ben Amor",
    ),
    "mex": Person(
        "Ramírez Castillo",
        "José Luis",
        "M",
        D("1985-09-16"),
        "Puebla",
        "Mexique",
        "MEX",
        "MEX",
        "6 rue Juiverie",
        "44000",
        "Nantes",
        father="Luis Ramírez Soto",
        mother="Elena Castillo Vega",
    ),
    "bra": Person(
        "Oliveira",
        "Mariana",
        "F",
        D("1993-02-21"),
        "Curitiba",
        "Brésil",
        "BRA",
        "BRA",
        "33 rue de Siam",
        "29200",
        "Brest",
        father="Paulo Oliveira",
        mother="Sandra Lima Oliveira",
    ),
    "chn": Person(
        "Liu",
        "Wei",
        "M",
        D("1990-10-01"),
        "Wuhan",
        "Chine",
        "CHN",
        "CHN",
        "21 rue de Belleville",
        "75020",
        "Paris",
        father="Liu Jian",
        mother="Chen Hua",
    ),
    "vnm": Person(
        "Nguyen",
        "Thi Lan",
        "F",
        D("1991-03-02"),
        "Hanoi",
        "Viêt Nam",
        "VNM",
        "VNM",
        "56 avenue d'Italie",
        "75013",
        "Paris",
    ),
    "col": Person(
        "Rojas Pérez",
        "Valentina",
        "F",
        D("1998-11-30"),
        "Cali",
        "Colombie",
        "COL",
        "COL",
        "14 rue du Pont",
        "63000",
        "Clermont-Ferrand",
    ),
}


def _new(root, name):
    return Builder(os.path.join(root, "documents", name), "B/" + name)


def _save(root, name, b):
    write_json(os.path.join(root, "documents", name + ".truth.json"), {"documents": b.truth_docs()})


def singles(root):
    P = PEOPLE
    out = []

    def one(name, look, doc, fname, **kw):
        b = _new(root, name)
        n = len(doc.pages)
        if look in ("text_pdf", "image_pdf"):
            b.add(fname, look, [(doc, i) for i in range(n)], **kw)
        else:
            assert n == 1
            b.add(fname, look, [(doc, 0)], **kw)
        _save(root, name, b)
        out.append(name)

    def multi(name, files):
        """files: list of (fname, look, parts, kw)."""
        b = _new(root, name)
        for fname, look, parts, kw in files:
            b.add(fname, look, parts, **kw)
        _save(root, name, b)
        out.append(name)

    # ---------------- passports
    d = passport(P["dza"], "DZA", "198437261", D("2019-08-11"), D("2029-08-10"), "B/s01")
    multi(
        "s01_passeport_algerie",
        [("passeport.jpg", "scan", [Comp([(d, 0, 42, 28, 0)])], {"dpi": 200})],
    )
    d = passport(P["cmr"], "CMR", "AA0418273", D("2021-12-02"), D("2026-12-01"), "B/s02")
    d.notes = "expires 2026-12-01 (close to the audit dates of the set)"
    one("s02_passeport_cameroun_photo", "phone_photo", d, "IMG_0412.jpg", rotate=90, landscape=True)
    d = passport(P["phl"], "PHL", "P3318204A", D("2020-07-15"), D("2030-07-14"), "B/s03")
    one("s03_passport_philippines_pdf", "image_pdf", d, "passport scan.pdf")
    d = passport(
        P["ukr"],
        "UKR",
        "FE517204",
        D("2019-03-01"),
        D("2029-03-01"),
        "B/s04",
        tamper=True,
        native=("ШЕВЧЕНКО", "АНДРІЙ"),
    )
    d.notes = "TD3 MRZ with a wrong passport-number check digit (mrz_valid false)"
    one("s04_passport_ukraine_mrz_faux", "scan", d, "passport_andrii.png", dpi=300)
    d = passport(P["gbr"], "GBR", "533871044", D("2018-01-09"), D("2028-01-09"), "B/s05")
    one("s05_passport_uk_photo", "phone_photo", d, "IMG_6671.JPG", landscape=True)

    # ---------------- national ID cards
    d = id_card(P["esp"], "ESP", "CFR402817", D("2021-05-04"), D("2031-05-04"), "B/s06")
    multi(
        "s06_dni_espagne_recto_verso",
        [
            ("dni_anverso.jpg", "scan", [(d, 0)], {"dpi": 300}),
            ("dni_reverso.jpg", "scan", [(d, 1)], {"dpi": 300}),
        ],
    )
    d = id_card(P["prt"], "PRT", "158203947", D("2022-02-10"), D("2032-02-10"), "B/s07")
    multi(
        "s07_cartao_cidadao_portugal",
        [
            (
                "cc.jpg",
                "scan",
                [Comp([(d, 0, 30, 25, 0), (d, 1, 30, 95, 0)])],
                {"dpi": 200, "grey": True},
            )
        ],
    )
    d = id_card(P["fra"], "FRA", "T9P4K21X7", D("2023-06-20"), D("2033-06-19"), "B/s08")
    multi(
        "s08_cni_france_photos",
        [
            ("cni recto.jpg", "phone_photo", [(d, 0)], {"landscape": True}),
            ("cni verso.jpg", "phone_photo", [(d, 1)], {"landscape": True, "rotate": 180}),
        ],
    )

    # ---------------- visas
    d = visa_sticker(
        P["sen"],
        "A02718364",
        "020311854",
        D("2026-09-01"),
        D("2027-08-31"),
        "D",
        ["VLS-TS ETUDIANT", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Dakar",
        D("2026-08-05"),
        "B/s09",
    )
    one("s09_vlsts_etudiant", "scan", d, "visa etudiant.jpg", dpi=200)
    d = visa_sticker(
        P["vnm"],
        "C4821937",
        "021133908",
        D("2026-06-10"),
        D("2027-06-09"),
        "D",
        ["VLS-TS PASSEPORT TALENT", "VALIDER EN LIGNE DES L'ARRIVEE EN FRANCE"],
        "Hanoi",
        D("2026-05-21"),
        "B/s10",
    )
    one("s10_visa_d_passeport_talent", "phone_photo", d, "visa.jpg", landscape=True)
    d = visa_sticker(
        P["col"],
        "AW5502718",
        "020918443",
        D("2026-08-20"),
        D("2026-11-17"),
        "C",
        [],
        "Bogota",
        D("2026-08-01"),
        "B/s11",
        duration=90,
    )
    d.notes = "short-stay Schengen type C visa"
    one("s11_visa_c_court_sejour", "image_pdf", d, "visa schengen.pdf")

    # ---------------- residence permits
    d = residence_permit(
        P["dza"],
        "AL4903381",
        D("2024-09-18"),
        D("2034-09-17"),
        "CERTIFICAT DE RESIDENCE ALGERIEN",
        "10 ANS",
        "B/s12",
        prefecture="PREFECTURE DU RHONE",
    )
    multi(
        "s12_certificat_residence_algerien",
        [
            ("recto.jpg", "phone_photo", [(d, 0)], {"landscape": True}),
            ("verso.jpg", "phone_photo", [(d, 1)], {"landscape": True}),
        ],
    )
    d = residence_permit(
        P["mli"],
        "SD7720415",
        D("2025-03-04"),
        D("2026-03-03"),
        "CARTE DE SEJOUR TEMPORAIRE",
        "SALARIE",
        "B/s13",
        prefecture="PREFECTURE DE LA SEINE-SAINT-DENIS",
    )
    d.notes = "expired card (2026-03-03)"
    one("s13_titre_sejour_pdf", "image_pdf", d, "titre de séjour.pdf")
    d = residence_permit(
        P["tun"],
        "CN8811402",
        D("2026-01-12"),
        D("2036-01-11"),
        "CARTE DE RESIDENT",
        "RESIDENT LONGUE DUREE-UE",
        "B/s14",
        prefecture="PREFECTURE DES ALPES-MARITIMES",
    )
    multi(
        "s14_carte_resident",
        [
            (
                "carte resident.jpg",
                "scan",
                [Comp([(d, 0, 30, 25, 0), (d, 1, 30, 95, 0)])],
                {"dpi": 300},
            )
        ],
    )

    # ---------------- birth certificates
    d = bc_francophone(P["dza"], "DZA", "B/s15", "00871", D("2025-07-02"), "Mohamed Sahraoui")
    one("s15_acte_naissance_algerie", "image_pdf", d, "extrait de naissance.pdf", grey=True)
    d = bc_francophone(P["sen"], "SEN", "B/s16", "1523", D("2026-02-03"), "Abdoulaye Ndiaye")
    one("s16_extrait_naissance_senegal", "scan", d, "acte naissance.jpg", dpi=200)
    d = bc_francophone(
        P["civ"], "CIV", "B/s17", "4412", D("2025-12-09"), "Koné Adama", look_hand=True
    )
    d.notes = "form filled by hand"
    one(
        "s17_extrait_naissance_cote_ivoire",
        "phone_photo",
        d,
        "WhatsApp Image 2026-10-02 at 10.14.33.jpeg",
    )
    d = bc_cameroon(P["cmr"], "B/s18", "1994/0827", D("2026-01-05"), "Essomba Manga")
    one("s18_acte_naissance_cameroun", "image_pdf", d, "acte de naissance.pdf")
    d = bc_francophone(P["mli"], "MLI", "B/s19", "0219", D("2025-10-14"), "Moussa Traoré")
    one("s19_acte_naissance_mali", "scan", d, "acte_naissance_mali.png", dpi=150)
    d = bc_francophone(P["cod"], "COD", "B/s20", "288/1996", D("2026-03-18"), "Mbuyi Tshibanda")
    one("s20_acte_naissance_rdc", "phone_photo", d, "acte.jpg")
    d = bc_francophone(P["tun"], "TUN", "B/s21", "0337", D("2025-11-26"), "Slim Gharbi")
    one("s21_extrait_naissance_tunisie", "scan", d, "naissance ines.jpg", dpi=200, grey=True)
    d = bc_mexico(
        P["mex"], "B/s22", "RACJ850916HPLMSS04", "01274", D("2026-02-18"), "Puebla", "Puebla"
    )
    one(
        "s22_acta_nacimiento_mexico",
        "text_pdf",
        d,
        "acta_RACJ850916.pdf",
        meta={"title": "Acta de Nacimiento", "creator": "gob.mx"},
    )
    d = bc_brazil(
        P["bra"],
        "B/s23",
        "082041 01 55 1993 1 00031 044 0007418 55",
        "301.774.298-41",
        D("2025-09-30"),
        "Ofício de Registro Civil — Curitiba",
        "Curitiba",
        "PR",
    )
    one("s23_certidao_nascimento_brasil", "scan", d, "certidao.jpg", dpi=200)
    d = bc_uk(
        P["gbr"],
        "B/s24",
        "Glasgow",
        "Glasgow Central",
        1044,
        D("2026-01-20"),
        "A. McLeod",
        maiden="Fraser",
    )
    one("s24_birth_certificate_uk", "scan", d, "birth certificate.jpg", dpi=200)
    d = bc_multilingual(
        P["prt"],
        "B/s25",
        "PRT",
        D("2026-04-02"),
        "Conservatória do Registo Civil do Porto",
        ["REPÚBLICA PORTUGUESA", "CONSERVATÓRIA DO REGISTO CIVIL DO PORTO"],
        [
            "CERTIDÃO DE NASCIMENTO — FORMULÁRIO PLURILINGUE",
            "Data e local do registo",
            "Apelidos",
            "Nomes próprios",
            "Sexo",
            "Data de nascimento",
            "Local de nascimento",
            "Apelidos do pai",
            "Nomes próprios do pai",
            "Apelidos da mãe",
            "Nomes próprios da mãe",
        ],
        "pt",
    )
    one("s25_certidao_portugal_plurilingue", "image_pdf", d, "certidao nascimento.pdf")
    d = bc_philippines(P["phl"], "B/s26", "2018-10233", D("2025-06-11"), "Cebu", "Cebu City")
    one("s26_psa_birth_certificate", "phone_photo", d, "PSA.jpg")

    # ---------------- apostilles alone
    d = apostille(
        "Royaume du Maroc",
        "fr",
        "Abdelkader Fassi",
        "Officier de l'état civil",
        "Commune de Rabat-Hassan",
        "Rabat",
        D("2026-02-24"),
        "Le Procureur du Roi",
        "AP-2026/01932",
        "B/s27",
        style="sheet",
    )
    one("s27_apostille_maroc", "scan", d, "apostille.jpg", dpi=200)
    d = apostille(
        "United States of America",
        "en",
        "Jennifer M. Alvarez",
        "State Registrar",
        "Texas Department of State Health Services",
        "Austin, Texas",
        D("2026-03-11"),
        "Secretary of State of Texas",
        "TX-2026-0044871",
        "B/s28",
        style="us",
        iso="Texas",
        date_fmt="%B %d, %Y",
    )
    one("s28_apostille_texas", "image_pdf", d, "apostille.pdf")
    d = apostille(
        "Colombia",
        "es",
        "María Fernanda Rueda",
        "Registradora del Estado Civil",
        "Registraduría Nacional del Estado Civil",
        "Bogotá D.C.",
        D("2026-05-06"),
        "Ministerio de Relaciones Exteriores",
        "A7QX2M90012451",
        "B/s29",
        style="e",
    )
    one(
        "s29_apostilla_colombia",
        "text_pdf",
        d,
        "Apostilla_A7QX2M90012451.pdf",
        meta={"title": "Apostilla", "creator": "Cancilleria de Colombia"},
    )

    # ---------------- translations
    d = sworn_translation(
        P["chn"],
        "B/s30",
        "chinoise",
        "Mei Durand-Lin",
        "Paris",
        "Paris",
        D("2026-09-14"),
        "T-2026-0412",
        [
            ("Requérant :", "LIU Wei, de sexe masculin"),
            ("Né le :", "1er octobre 1990"),
            ("À :", "Wuhan, province du Hubei, Chine"),
            ("Père :", "LIU Jian"),
            ("Mère :", "CHEN Hua"),
            ("Office notarial :", "Office notarial de Wuhan"),
        ],
        "ACTE NOTARIÉ DE NAISSANCE",
    )
    one("s30_traduction_acte_chinois", "scan", d, "traduction.jpg", dpi=200)
    d = sworn_translation(
        P["bra"],
        "B/s31",
        "portugaise",
        "Ana Cristina Moreau",
        "Rennes",
        "Brest",
        D("2026-05-22"),
        "BR-2026-118",
        [
            ("Nom :", "Mariana OLIVEIRA"),
            ("Date de naissance :", "21 février 1993"),
            ("Lieu de naissance :", "Curitiba - PR (Brésil)"),
            ("Filiation :", "Paulo OLIVEIRA et Sandra LIMA OLIVEIRA"),
            ("Matricule :", "082041 01 55 1993 1 00031 044 0007418 55"),
        ],
        "CERTIFICAT DE NAISSANCE",
    )
    one("s31_traduction_certidao", "text_pdf", d, "traduction assermentee.pdf")

    # ---------------- utility bills
    addr = ("40 RUE DE TOLBIAC", "75013 PARIS")
    d = utility_bill(
        "EDF",
        "electricity",
        ["MME ROWENA SANTOS"],
        "MME ROWENA SANTOS",
        addr,
        D("2026-10-04"),
        D("2026-09-01"),
        D("2026-09-30"),
        63.4,
        "B/s32",
        pages=2,
    )
    one(
        "s32_facture_edf_2pages",
        "text_pdf",
        d,
        "Facture_EDF_10047718.pdf",
        meta={"title": "Facture", "creator": "EDF Editique"},
    )
    d = energy_attestation(
        "ENGIE",
        "M. ANDRII SHEVCHENKO",
        "M. ANDRII SHEVCHENKO",
        ("11 RUE GAMBETTA", "44000 NANTES"),
        D("2026-04-18"),
        D("2026-10-21"),
        "B/s33",
        services="électricité et gaz naturel",
    )
    one("s33_engie_attestation_titulaire", "text_pdf", d, "attestation-titulaire-contrat.pdf")
    d = utility_bill(
        "TotalEnergies",
        "gas",
        ["M. JOSE LUIS RAMIREZ CASTILLO"],
        "M. JOSE LUIS RAMIREZ CASTILLO",
        ("6 RUE JUIVERIE", "44000 NANTES"),
        D("2026-09-09"),
        D("2026-07-01"),
        D("2026-08-31"),
        54.2,
        "B/s34",
    )
    d.notes = "bimonthly gas bill (two months)"
    one("s34_totalenergies_gaz", "image_pdf", d, "facture gaz.pdf")
    d = utility_bill(
        "Free",
        "internet",
        ["M. Karim BENALI"],
        "M. Karim BENALI",
        ("8 rue Molière", "69006 Lyon"),
        D("2026-09-02"),
        D("2026-09-01"),
        D("2026-09-30"),
        39.99,
        "B/s35",
    )
    one("s35_free_scan", "scan", d, "facture free sept.jpg", dpi=200)
    d = utility_bill(
        "SFR",
        "mobile",
        ["MME GRACE MUKENDI KABONGO"],
        "MME GRACE MUKENDI KABONGO",
        ("18 RUE LAMARTINE", "35000 RENNES"),
        D("2026-10-19"),
        D("2026-09-15"),
        D("2026-10-14"),
        24.99,
        "B/s36",
    )
    one("s36_sfr_mobile_photo", "phone_photo", d, "IMG_20261020_090211.jpg")
    d = utility_bill(
        "Orange",
        "landline",
        ["M OU MME LEFEVRE THOMAS"],
        "M OU MME LEFEVRE THOMAS",
        ("9 IMPASSE DES LILAS", "76000 ROUEN"),
        D("2026-10-12"),
        D("2026-10-01"),
        D("2026-10-31"),
        22.0,
        "B/s37",
        month_only=True,
    )
    d.notes = "the bill names only the month (no period dates)"
    one("s37_orange_fixe_mois", "text_pdf", d, "facture_orange_octobre_2026.pdf")
    d = utility_bill(
        "Bouygues Telecom",
        "internet",
        ["Mme Lucía MARTÍN DELGADO"],
        "Mme Lucía MARTÍN DELGADO",
        ("17 rue des Tanneurs", "34000 Montpellier"),
        D("2026-08-05"),
        D("2026-07-05"),
        D("2026-08-04"),
        32.99,
        "B/s38",
    )
    one("s38_bouygues_box", "text_pdf", d, "Facture Bbox.pdf")
    d = utility_bill(
        "Veolia",
        "water",
        ["MME WALLACE FIONA"],
        "MME WALLACE FIONA",
        ("2 PLACE DU MARCHE", "24200 SARLAT-LA-CANEDA"),
        D("2026-10-15"),
        D("2026-04-01"),
        D("2026-09-30"),
        148.6,
        "B/s39",
    )
    d.notes = "half-year water bill"
    one("s39_veolia_eau", "scan", d, "facture eau.jpg", dpi=150)
    d = utility_bill(
        "Eau de Paris",
        "water",
        ["M. LIU WEI"],
        "M. LIU WEI",
        ("21 RUE DE BELLEVILLE", "75020 PARIS"),
        D("2026-07-08"),
        D("2026-01-01"),
        D("2026-06-30"),
        96.3,
        "B/s40",
    )
    one("s40_eau_de_paris_photo", "phone_photo", d, "eau.jpg", rotate=90)
    pg2 = bill_detail_page(
        "EDF",
        "electricity",
        D("2026-09-05"),
        D("2026-08-01"),
        D("2026-08-31"),
        "40917734411",
        "B/s41",
        pages=2,
    )
    d = Doc(
        "utility_bill",
        {
            "provider": "EDF",
            "service": "electricity",
            "holder_name": None,
            "address": None,
            "issue_date": "2026-09-05",
            "period_start": "2026-08-01",
            "period_end": "2026-08-31",
            "amount": None,
        },
        [pg2],
        notes="second page of an EDF bill only (no holder, no address)",
    )
    one("s41_edf_page2_seule", "scan", d, "scan0007.jpg", dpi=200)

    # ---------------- leases
    d = lease(
        ["Mme Affoué Marie-Laure KOUASSI"],
        "SCI Capitole Invest",
        "22 rue d'Alsace-Lorraine 31000 Toulouse",
        ("12 rue de Metz", "31000 Toulouse"),
        D("2025-10-01"),
        D("2025-09-22"),
        705,
        55,
        "B/s42",
        agency=("Toulouse Habitat Conseil", "5 place Wilson, 31000 Toulouse"),
        surface=36,
    )
    one("s42_bail_agence", "text_pdf", d, "Bail_KOUASSI.pdf")
    d = lease(
        ["M. Seydou KEÏTA"],
        "M. Alain Rousseau",
        "30 rue de la République 93200 Saint-Denis",
        ("4 rue Jules Ferry", "93200 Saint-Denis"),
        D("2026-09-01"),
        D("2026-08-26"),
        690,
        40,
        "B/s43",
        hand_fill=True,
        surface=30,
    )
    d.notes = "blank lease template filled by hand; started 2026-09-01"
    one("s43_bail_manuscrit", "image_pdf", d, "bail.pdf", grey=True)
    d = lease(
        ["Mme Ines TRABELSI"],
        "Mme Colette Arnaud",
        "11 boulevard Carnot 06400 Cannes",
        ("7 rue d'Alsace", "06400 Cannes"),
        D("2026-01-10"),
        D("2026-01-05"),
        850,
        45,
        "B/s44",
        furnished=True,
        surface=24,
        rooms=1,
    )
    multi(
        "s44_bail_meuble_photos",
        [(f"bail_p{i + 1}.jpg", "phone_photo", [(d, i)], {}) for i in range(3)],
    )

    # ---------------- hosting attestations
    d = hosting_attestation(
        "Bakary KEÏTA",
        ("03/04/1979", "Bamako (Mali)"),
        ("4 rue Jules Ferry", "93200 Saint-Denis"),
        "Seydou KEÏTA",
        ("24/12/1988", "Kati (Mali)"),
        D("2025-11-01"),
        "Saint-Denis",
        D("2026-09-30"),
        "B/s45",
        mode="hand",
        font="h-kaushan",
        relation="mon frère",
    )
    one("s45_attestation_hebergement_manuscrite", "phone_photo", d, "attestation.jpg")
    d = hosting_attestation(
        "Thomas LEFÈVRE",
        ("22/01/1983", "Rouen (76)"),
        ("9 impasse des Lilas", "76000 Rouen"),
        "Mme Thi Lan NGUYEN",
        ("02/03/1991", "Hanoi (Viêt Nam)"),
        D("2026-02-01"),
        "Rouen",
        D("2026-10-10"),
        "B/s46",
        mode="typed",
        relation="ma compagne",
    )
    one("s46_attestation_hebergement_tapee", "text_pdf", d, "attestation_hebergement.pdf")
    d = hosting_attestation(
        "Odile ESSOMBA NGO",
        ("12/06/1968", "Douala (Cameroun)"),
        ("3 allée des Tilleuls", "94000 Créteil"),
        "Aurélie MBARGA ESSOMBA",
        ("27/10/1994", "Yaoundé (Cameroun)"),
        D("2026-03-15"),
        "Créteil",
        D("2026-10-05"),
        "B/s47",
        mode="hand",
        font="h-dkg",
        signed=False,
        ink=INK_BLACK,
        relation="ma fille",
    )
    d.notes = "not signed"
    one("s47_attestation_non_signee", "scan", d, "attestation heb.jpg", dpi=200)

    # ---------------- payslips
    emp = {
        "name": "Brasserie du Port SARL",
        "street": "1 quai de la Fosse",
        "city": "44000 NANTES",
        "naf": "5610A",
        "convention": "Hôtels, cafés, restaurants (IDCC 1979)",
    }
    d = payslip(
        P["mex"],
        emp,
        "M. RAMIREZ CASTILLO José Luis",
        D("2026-09-01"),
        1950,
        "B/s48",
        layout="classic",
        job="Commis de cuisine",
        hire=D("2025-12-01"),
        siret_no=siret(rng("B/s48", "s")),
    )
    one("s48_bulletin_paie_classique", "text_pdf", d, "BS_2026_09.pdf")
    emp = {
        "name": "Datavalley SAS",
        "street": "75 avenue de France",
        "city": "75013 PARIS",
        "naf": "6311Z",
        "convention": "Syntec (IDCC 1486)",
    }
    d = payslip(
        P["vnm"],
        emp,
        "Mme NGUYEN Thi Lan",
        D("2026-08-01"),
        3850,
        "B/s49",
        layout="modern",
        job="Data scientist",
        hire=D("2026-06-15"),
        siret_no=siret(rng("B/s49", "s")),
    )
    one("s49_bulletin_paie_scan", "scan", d, "bulletin aout.jpg", dpi=200)
    emp = {
        "name": "EHPAD Les Glycines",
        "street": "14 rue des Écoles",
        "city": "35000 RENNES",
        "naf": "8710A",
        "convention": "FEHAP (IDCC 29)",
    }
    d = payslip(
        P["cod"],
        emp,
        "MUKENDI KABONGO Grâce",
        D("2026-10-01"),
        2010,
        "B/s50",
        layout="boxed",
        job="Aide-soignante",
        hire=D("2025-09-01"),
        siret_no=siret(rng("B/s50", "s")),
    )
    one("s50_bulletin_paie_photo", "phone_photo", d, "paie.jpg")

    # ---------------- employment contracts
    emp = {
        "name": "Optique Bellecour SAS",
        "street": "8 place Bellecour",
        "city": "69002 LYON",
        "naf": "4778A",
        "convention": "Optique-lunetterie de détail (IDCC 1431)",
    }
    d = employment_contract(
        P["dza"],
        emp,
        "M. Karim BENALI",
        "CDI",
        "Opticien",
        D("2026-07-01"),
        D("2026-06-12"),
        2450,
        "B/s51",
        siret_no=siret(rng("B/s51", "s")),
        rep="M. Laurent Chauvin",
    )
    one("s51_contrat_cdi", "text_pdf", d, "CDI_Benali.pdf")
    emp = {
        "name": "Agri Sud-Ouest SCEA",
        "street": "Lieu-dit Pichon",
        "city": "24200 SARLAT-LA-CANEDA",
        "naf": "0121Z",
        "convention": "Production agricole (IDCC 7024)",
        "form": "SCEA au capital de 45 000 €",
    }
    d = employment_contract(
        P["gbr"],
        emp,
        "Mme Fiona WALLACE",
        "CDD",
        "Ouvrière viticole",
        D("2026-09-01"),
        D("2026-08-25"),
        1850,
        "B/s52",
        siret_no=siret(rng("B/s52", "s")),
        end=D("2026-12-31"),
        rep="M. Henri Pichon",
    )
    one("s52_contrat_cdd", "image_pdf", d, "contrat vendanges.pdf")

    # ---------------- RIBs
    iban = fr_iban("30004", "00819", "00010583421")[0]
    d = rib_page(
        ["MME ROWENA GRACE SANTOS"],
        iban,
        "BNPAFRPPXXX",
        "BNP Paribas",
        "BNP PARIBAS PARIS TOLBIAC",
        ["110 rue de Tolbiac", "75013 PARIS"],
        "B/s53",
        layout="table",
    )
    one("s53_rib_bnp", "text_pdf", d, "RIB_BNP.pdf")
    iban = fr_iban("20041", "01007", "0812345C027")[0]
    d = rib_page(
        ["M SHEVCHENKO ANDRII"],
        iban,
        "PSSTFRPPNTE",
        "La Banque Postale",
        "La Banque Postale Nantes",
        ["2 rue du Président Herriot", "44000 NANTES"],
        "B/s54",
        layout="compact",
    )
    d.notes = (
        "La Banque Postale account number with a letter (RIB key computed with letter conversion)"
    )
    one("s54_rib_scan_banque_postale", "scan", d, "rib.jpg", dpi=200, grey=True)
    iban = fr_iban("10278", "36039", "00020491801")[0]
    d = rib_app_screen("Mme Ana Beatriz FERREIRA", iban, "CMCIFR2A", "Crédit Mutuel", "B/s55")
    one("s55_rib_app_capture", "screenshot", d, "IMG_7730.PNG")
    iban = fr_iban("30003", "02190", "00050431289")[0]
    d = rib_in_letter(
        "M. Mamadou Lamine DIOP",
        ("25 rue Nationale", "59000 Lille"),
        iban,
        "SOGEFRPP",
        "Société Générale",
        "Société Générale Lille Nationale",
        ["70 rue Nationale", "59000 LILLE"],
        D("2026-09-08"),
        "B/s56",
    )
    one("s56_rib_dans_courrier", "text_pdf", d, "courrier_bienvenue.pdf")
    r = rng("B/s57")
    iban = iban_make("LT", "32500" + "".join(str(r.randint(0, 9)) for _ in range(11)))
    d = rib_page(
        ["Mariana Oliveira"],
        iban,
        "REVOLT21",
        "Revolut",
        "Revolut Bank UAB",
        ["Konstitucijos ave. 21B", "08130 Vilnius, Lithuania"],
        "B/s57",
        layout="online",
    )
    d.notes = "foreign SEPA IBAN (Lithuania)"
    one("s57_revolut_lt", "text_pdf", d, "Revolut-account-statement-details.pdf")

    # ---------------- application forms
    d = application_form(
        P["sen"],
        "B/s58",
        mode="hand",
        signed_on=D("2026-10-12"),
        fait_a="Lille",
        situation="student",
        nationality_word="Sénégalaise",
        hand_font="h-dancing",
    )
    one("s58_formulaire_etudiant_scan", "image_pdf", d, "S1106 rempli.pdf")
    d = application_form(
        P["civ"],
        "B/s59",
        mode="typed",
        signed_on=D("2026-10-20"),
        fait_a="Toulouse",
        situation="jobseeker",
        given_written="Affoué",
        nationality_word="Ivoirienne",
    )
    d.notes = "typed, second given name omitted"
    one("s59_formulaire_tape", "text_pdf", d, "demande_puma.pdf")
    d = application_form(
        P["vnm"],
        "B/s60",
        mode="acro",
        signed_on=D("2026-09-29"),
        fait_a="Paris",
        situation="employed",
        contract="CDI",
        job="Data scientist",
        employer="Datavalley",
        nationality_word="Vietnamienne",
    )
    one("s60_formulaire_acroform", "text_pdf", d, "cerfa_15763_02.pdf")
    d = application_form(
        P["mli"],
        "B/s61",
        mode="hand",
        signed_on=D("2026-11-02"),
        fait_a="Saint-Denis",
        situation="employed",
        contract="intérim",
        job="Cariste",
        employer="Interim 93",
        nationality_word="Malienne",
        hand_font="h-kaushan",
        caps_font="h-dkg",
    )
    multi(
        "s61_formulaire_photos",
        [
            ("page1.jpg", "phone_photo", [(d, 0)], {}),
            ("page2.jpg", "phone_photo", [(d, 1)], {"rotate": 90}),
        ],
    )

    # ---------------- unknown
    d = tax_notice(P["fra"], 2026, 31840, "B/s62")
    one("s62_avis_impot", "text_pdf", d, "avisimpot2026.pdf")
    d = caf_letter(P["cmr"], D("2026-09-17"), "B/s63")
    one("s63_courrier_caf", "scan", d, "courrier caf.jpg", dpi=150)
    d = school_certificate(
        "Inès BENALI",
        D("2017-05-09"),
        ("École élémentaire Jean Macé", "12 rue Jean Macé, 69007 Lyon"),
        2026,
        D("2026-09-07"),
        "B/s64",
    )
    one("s64_certificat_scolarite", "phone_photo", d, "certificat scolarite.jpg")
    d = blank_note(["Voir au verso", "(page 2 du dossier)"], "B/s65")
    one("s65_page_presque_blanche", "scan", d, "scan0009.jpg", dpi=150)
    d = rent_receipt(
        "Mme Ines TRABELSI",
        "Mme Colette Arnaud",
        ("7 rue d'Alsace", "06400 Cannes"),
        D("2026-10-01"),
        850,
        45,
        D("2026-10-03"),
        "B/s66",
    )
    one("s66_quittance_loyer", "text_pdf", d, "quittance octobre 2026.pdf")
    return out


_unused = (dt, month_end)
