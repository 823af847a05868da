"""The 30 single documents of set_v."""

from __future__ import annotations

import vbuild as B
import vpackets as VP
from vsingles_b import (
    _apostille_single,
    _attestation_single,
    _birth,
    _form_single,
    _quittance_single,
)


def single(root, name, seed, as_of, applicant, build):
    u = B.Unit(root, "documents", name, seed)
    build(u)
    u.write(
        as_of=as_of, employed=None, status=None, requirements=None, defect=None, applicant=applicant
    )


def app(surname, given, dob):
    return {"surname": surname, "given_names": given, "date_of_birth": dob}


def pp(cc, number, surname, given, sex, dob, pob, issue, expiry):
    return {
        "cc": cc,
        "number": number,
        "surname": surname,
        "given": given,
        "sex": sex,
        "dob": dob,
        "pob": pob,
        "issue": issue,
        "expiry": expiry,
    }


def singles():
    """(name, as_of, applicant, builder) for the 30 single documents."""
    S = []

    def passport_doc(p, look, names, rot=None):
        return (app(p["surname"], p["given"], p["dob"]), lambda u: B.passport(u, p, look, names))

    items = [
        passport_doc(
            pp(
                "SEN",
                "A02817364",
                "NDIAYE",
                "AMINATA",
                "F",
                "1992-01-17",
                "DAKAR",
                "2021-07-05",
                "2031-07-04",
            ),
            "phone_photo",
            ["IMG_2231.jpg"],
        ),
        passport_doc(
            pp(
                "CHN",
                "EK4829173",
                "ZHANG",
                "WEI",
                "M",
                "1987-10-03",
                "SHANGHAI",
                "2019-04-22",
                "2029-04-21",
            ),
            "scan",
            ["passport_zhangwei.jpg"],
        ),
        passport_doc(
            pp(
                "VNM",
                "C3821947",
                "NGUYỄN",
                "THỊ THU HÀ",
                "F",
                "1998-05-09",
                "HÀ NỘI",
                "2022-10-12",
                "2032-10-12",
            ),
            "image_pdf",
            ["ho_chieu.pdf"],
        ),
        passport_doc(
            pp(
                "HTI",
                "RH2841937",
                "JEAN-BAPTISTE",
                "MARIE-ROSE",
                "F",
                "1983-12-24",
                "JACMEL",
                "2020-02-10",
                "2030-02-09",
            ),
            "phone_photo",
            ["photo_passe.jpg"],
        ),
        passport_doc(
            pp(
                "COD",
                "OP0482193",
                "MBUYI KABONGO",
                "CHRISTIAN",
                "M",
                "1990-06-30",
                "KINSHASA",
                "2023-03-14",
                "2028-03-13",
            ),
            "scan",
            ["scan_passeport.png"],
        ),
    ]
    for a, bld in items:
        S.append((a, bld))
    ids = [
        (
            {
                "cc": "ESP",
                "number": "CAA482913",
                "surname": "GARCÍA FERNÁNDEZ",
                "given": "LUCÍA",
                "sex": "F",
                "dob": "1995-02-11",
                "pob": "SEVILLA",
                "issue": "2022-02-11",
                "expiry": "2032-02-11",
                "address": "C/ FERIA 42 SEVILLA",
            },
            "phone_photo",
            ["DNI_delante.jpg", "DNI_detras.jpg"],
        ),
        (
            {
                "cc": "BEL",
                "number": "592483017",
                "surname": "VAN DEN BROECK",
                "given": "PIETER JAN",
                "sex": "M",
                "dob": "1986-08-04",
                "pob": "GENT",
                "issue": "2021-05-18",
                "expiry": "2031-05-18",
                "address": "KORENMARKT 3 9000 GENT",
            },
            "scan",
            ["eID.jpg"],
        ),
        (
            {
                "cc": "FRA",
                "number": "W8KD3P2X7",
                "surname": "LEFÈVRE",
                "given": "ANTOINE, HUGO",
                "sex": "M",
                "dob": "1975-04-19",
                "pob": "BORDEAUX (33)",
                "issue": "2023-06-07",
                "expiry": "2033-06-06",
                "address": "18 COURS DE L'INTENDANCE 33000 BORDEAUX",
            },
            "image_pdf",
            ["carte_identite.pdf"],
        ),
    ]
    for p, look, names in ids:
        S.append(
            (
                app(p["surname"], p["given"], p["dob"]),
                lambda u, p=p, look=look, names=names: B.id_card(u, p, look, names),
            )
        )
    t = {
        "number": "ZC5528103",
        "surname": "TRAORÉ",
        "given": "MOUSSA",
        "dob": "1993-09-01",
        "sex": "M",
        "nat": "MLI",
        "cc": "FRA",
        "kind": "CARTE DE SEJOUR PLURIANNUELLE",
        "remarks": "PASSEPORT TALENT",
        "issue": "2024-11-02",
        "expiry": "2028-11-01",
        "address": "31 RUE DU FAUBOURG SAINT-DENIS 75010 PARIS",
        "pob": "BAMAKO",
        "prefecture": "PRÉFECTURE DE POLICE",
    }
    S.append(
        (
            app("TRAORÉ", "MOUSSA", "1993-09-01"),
            lambda u: B.titre(u, t, "scan", ["titre_de_sejour_recto_verso.jpg"]),
        )
    )
    v1 = {
        "number": "025561834",
        "surname": "SHARMA",
        "given": "ARJUN",
        "dob": "2003-01-26",
        "sex": "M",
        "nat": "IND",
        "visa_type": "D",
        "vls_ts": True,
        "category": "ÉTUDIANT",
        "remarks": ["VLS-TS ÉTUDIANT", "CESEDA R.431-16 6°"],
        "valid_from": "2026-08-25",
        "valid_until": "2027-08-24",
        "days": 365,
        "issued_in": "NEW DELHI",
        "issued_on": "2026-08-05",
        "passport": "W7318264",
    }
    S.append(
        (app("SHARMA", "ARJUN", "2003-01-26"), lambda u: B.visa(u, v1, "phone_photo", ["visa.jpg"]))
    )
    v2 = {
        "number": "026118402",
        "surname": "OKAFOR",
        "given": "CHIDINMA GRACE",
        "dob": "1989-11-14",
        "sex": "F",
        "nat": "NGA",
        "visa_type": "C",
        "vls_ts": False,
        "category": "TOURISME",
        "remarks": ["TOURISME / VISITE FAMILIALE"],
        "valid_from": "2026-06-01",
        "valid_until": "2026-07-15",
        "days": 30,
        "issued_in": "LAGOS",
        "issued_on": "2026-05-12",
        "passport": "B02918374",
    }
    S.append(
        (
            app("OKAFOR", "CHIDINMA GRACE", "1989-11-14"),
            lambda u: B.visa(u, v2, "scan", ["visa_schengen.jpg"]),
        )
    )
    births = [
        (
            "DZA",
            {
                "surname": "BENALI",
                "given": "KARIM",
                "sex": "M",
                "dob": "1986-03-05",
                "pob": "Oran",
                "father": "Ahmed BENALI",
                "mother": "Khadidja HADJ",
            },
            {
                "city": "Oran",
                "number": "00612",
                "date": "2025-04-08",
                "officer": "N. Boudiaf",
                "handfill": "hand2",
                "paper": (0.96, 0.95, 0.9),
                "ref": "Modèle n° 12 bis",
            },
            "scan",
            ["extrait_naissance_12S.jpg"],
        ),
        (
            "SEN",
            {
                "surname": "DIOP",
                "given": "FATOU BINTOU",
                "sex": "F",
                "dob": "1995-08-21",
                "pob": "Thiès",
                "father": "Ibrahima DIOP",
                "mother": "Awa SECK",
            },
            {
                "city": "Thiès",
                "number": "1873/1995",
                "date": "2025-07-02",
                "officer": "Mamadou Sarr",
                "border": (0.1, 0.5, 0.2),
            },
            "image_pdf",
            ["acte_naissance_fatou.pdf"],
        ),
        (
            "CMR",
            {
                "surname": "NGO BIKAI",
                "given": "ESTHER LAURE",
                "sex": "F",
                "dob": "1991-12-02",
                "pob": "Douala",
                "father": "BIKAI Jean-Pierre",
                "mother": "NGO MBOCK Solange",
            },
            {
                "city": "Douala IIIe",
                "number": "DLA/III/1991/4821",
                "date": "2024-10-15",
                "officer": "Paul Essomba",
                "handfill": "hand1",
            },
            "phone_photo",
            ["acte.jpg"],
        ),
        (
            "VNM",
            {
                "surname": "TRẦN",
                "given": "VĂN MINH",
                "sex": "M",
                "dob": "1994-07-18",
                "pob": "Đà Nẵng",
                "father": "Trần Văn Hùng",
                "mother": "Lê Thị Lan",
            },
            {
                "city": "Quận Hải Châu",
                "number": "214/1994",
                "date": "2025-03-11",
                "officer": "Phạm Quốc Bảo",
            },
            "scan",
            ["giay_khai_sinh.jpg"],
        ),
        (
            "HTI",
            {
                "surname": "PIERRE-LOUIS",
                "given": "JOSUÉ",
                "sex": "M",
                "dob": "1988-02-14",
                "pob": "Cap-Haïtien",
                "father": "Wilner PIERRE-LOUIS",
                "mother": "Marie-Ange DORSAINVIL",
            },
            {
                "city": "Cap-Haïtien",
                "number": "A-1988-00317",
                "date": "2025-01-20",
                "officer": "Jocelyne Étienne",
                "border": (0.1, 0.2, 0.5),
            },
            "image_pdf",
            ["extrait_archives.pdf"],
        ),
    ]
    for cc, person, reg, look, names in births:
        S.append(
            (
                app(person["surname"], person["given"], person["dob"]),
                lambda u, cc=cc, person=person, reg=reg, look=look, names=names: _birth(
                    u, cc, person, reg, look, names
                ),
            )
        )
    S.append((app("WILLIAMS", "SARAH ANNE", "1990-04-02"), _apostille_single))
    # bills
    bills = [
        (
            VP.bill_spec(
                "EDF",
                "electricity",
                "MME",
                "SAMIRA HADDAD",
                ("9 rue Jules Vallès", "93400", "Saint-Ouen"),
                "2026-09",
                57.34,
                "10098472113",
                "6 004 281 773",
                style=0,
                issue_day=14,
            ),
            "text_pdf",
            ["facture_EDF_sept.pdf"],
            app("HADDAD", "SAMIRA", None),
        ),
        (
            VP.bill_spec(
                "Eau de Paris",
                "water",
                "M.",
                "THOMAS NGUYEN",
                ("112 rue de Charonne", "75011", "Paris"),
                "2026-07",
                23.18,
                "EP26-0714882",
                "3021 8847",
                style=2,
                issue_day=20,
            ),
            "phone_photo",
            ["IMG_20260822_090114.jpg"],
            app("NGUYEN", "THOMAS", None),
        ),
        (
            VP.bill_spec(
                "Bouygues Telecom",
                "mobile",
                "MME",
                "LAURA MÉNDEZ RÍOS",
                ("2 allée Marie Curie", "59650", "Villeneuve-d'Ascq"),
                "2026-10",
                19.99,
                "FM2610-998274",
                "1.93827416",
                style=1,
                issue_day=5,
            ),
            "text_pdf",
            ["Facture_B&You_octobre.pdf"],
            app("MÉNDEZ RÍOS", "LAURA", None),
        ),
        (
            VP.bill_spec(
                "Veolia",
                "water",
                "M.",
                "IBRAHIM KONÉ",
                ("40 avenue de la Libération", "33110", "Le Bouscat"),
                "2026-09",
                31.72,
                "VE-2609-118274",
                "8834 2219 04",
                style=0,
                issue_day=28,
            ),
            "image_pdf",
            ["veolia_eau.pdf"],
            app("KONÉ", "IBRAHIM", None),
        ),
    ]
    for spec, look, names, a in bills:
        S.append((a, lambda u, spec=spec, look=look, names=names: B.bill(u, spec, look, names)))
    r1 = VP.fr_rib(
        "AÏCHA BELKACEM",
        ["MME AÏCHA BELKACEM", "6 rue Nationale", "59800 LILLE"],
        "BNP Paribas",
        "30004",
        "02837",
        "00010938475",
        ["BNP PARIBAS LILLE NATIONALE", "62 rue Nationale", "59800 Lille"],
    )
    S.append((app("BELKACEM", "AÏCHA", None), lambda u: B.rib(u, r1, "text_pdf", ["RIB.pdf"])))
    s, sf = VP.neo_screen(
        "Wise", "Rodrigo Alves Pereira", "BE", "967" + "1234567" + "89", "TRWIBEB1XXX"
    )
    S.append(
        (
            app("ALVES PEREIRA", "RODRIGO", None),
            lambda u: B.bank_screen(
                u, s, ["Screenshot_2026-10-30-11-04-21.png"], sf, "Wise account with a Belgian IBAN"
            ),
        )
    )
    r3 = VP.fr_rib(
        "NGUYEN VAN LONG",
        ["M NGUYEN VAN LONG", "27 avenue d'Italie", "75013 PARIS"],
        "Caisse d'Epargne Ile-de-France",
        "17515",
        "90000",
        "08412937561",
        ["CAISSE D'EPARGNE PARIS ITALIE", "30 avenue d'Italie", "75013 Paris"],
        3,
    )
    S.append(
        (
            app("NGUYEN", "VAN LONG", None),
            lambda u: B.rib(u, r3, "phone_photo", ["rib_caisse_epargne.jpg"]),
        )
    )
    ps = VP.payslip_spec(
        "LOGISTIQUE DU RHIN SAS",
        ["Port du Rhin, 3 rue du Bassin", "67100 Strasbourg"],
        "834 229 017 00027",
        "5210B",
        "M. DIALLO MAMADOU ALPHA",
        "",
        ["4 rue de Soleure", "67000 STRASBOURG"],
        "Préparateur de commandes",
        "2025-04-14",
        "2026-09",
        2010.0,
    )
    S.append(
        (
            app("DIALLO", "MAMADOU ALPHA", None),
            lambda u: B.payslip(u, ps, "text_pdf", ["BS_2026-09.pdf"]),
        )
    )
    k = VP.contract_spec(
        "CDD",
        "CLINIQUE DU PARC SA",
        [
            "La société CLINIQUE DU PARC SA, SIRET 302 884 117 00045,",
            "155 boulevard Stalingrad 69006 Lyon,",
            "représentée par M. Éric Vidal, Directeur des ressources humaines,",
        ],
        "Oksana SHEVCHUK",
        [
            "Madame Oksana SHEVCHUK, née le 11/01/1990 à Lviv (Ukraine),",
            "demeurant 9 rue Tronchet 69006 Lyon,",
        ],
        "Infirmière diplômée d'État",
        "2026-09-01",
        "Lyon",
        "2026-08-18",
        "Éric Vidal",
        "2 480",
        end="2027-02-28",
    )
    S.append(
        (
            app("SHEVCHUK", "OKSANA", "1990-01-11"),
            lambda u: B.contract(u, k, "image_pdf", ["CDD_clinique.pdf"]),
        )
    )
    le = VP.lease_spec(
        ["KWAME MENSAH", "ABENA MENSAH"],
        ["M. Kwame MENSAH", "Mme Abena MENSAH"],
        "Hélène GAUTIER",
        "3 rue du Château 35000 Rennes",
        ("21 boulevard de la Liberté", "35000", "Rennes"),
        "2026-04-15",
        "2026-04-02",
        "780",
        "70",
        3,
        58,
    )
    S.append(
        (
            app("MENSAH", "KWAME", None),
            lambda u: B.lease(u, le, "text_pdf", ["Bail_Liberte_2026.pdf"]),
        )
    )
    S.append((app("AHMADI", "NEDA", "1994-06-12"), _attestation_single))
    S.append((app("SILVA SANTOS", "BRUNO", None), _quittance_single))
    S.append((app("KARIMI", "DARIUSH", "1984-09-09"), _form_single))
    return S
