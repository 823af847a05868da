"""p01: applicant from Haiti, lease, employed (CDD + payslip). In order."""

import civil
import ids
import money
from common import (
    check_mrz,
    fmt_date,
    form_fields,
    id_fields,
    payslip_data,
    person,
    rib_fields,
    siren_siret,
    visa,
)


# ===================================================================== p01 Haiti
def p01(pk):
    a = {
        "form_surname": "JEAN-BAPTISTE",
        "form_given": "Marie Nadège",
        "dob": "1994-03-17",
        "pob_form": "Cap-Haïtien, HAÏTI",
        "nat_word": "Haïtienne",
        "street": "14 rue des Envierges, bât. B",
        "zip": "75020",
        "city": "Paris",
        "phone": "06 51 28 44 07",
        "job": "Aide-soignante",
        "contract": "CDD",
        "form_place": "Paris",
        "form_date": "2026-11-12",
        "hand_font": "hand1",
    }
    p = person("JEAN-BAPTISTE", "MARIE NADÈGE", "1994-03-17", "F", "HTI", "RD4829156")
    skin = (110, 75, 55)
    # form: hand-filled, flatbed scan
    pages = civil.s1106(a, pk.rng, True, "employed")
    f = pk.scan("scan_0031.jpg", pages[0])
    pk.doc(
        "application_form",
        "scan",
        [(f, [1])],
        form_fields(a, "employed"),
        "hand-filled in blue ink, page 1 only scanned",
    )
    # passport: phone photo
    mrz = check_mrz(
        ids.td3(
            "HTI",
            p["surname"],
            p["given_names"],
            p["number"],
            "HTI",
            p["date_of_birth"],
            "F",
            "2033-02-09",
        )
    )
    sp = {
        "header": "RÉPUBLIQUE D'HAÏTI / REPUBLIC OF HAITI",
        "doc_title": "PASSEPORT / PASSPORT",
        "band": (20, 40, 120),
        "skin": skin,
        "mrz": mrz,
        "rows": [
            [
                ("Type", "P", 1),
                ("Code / Code", "HTI", 2),
                ("No. du passeport / Passport No.", p["number"], 3),
            ],
            [("Nom / Surname", "JEAN-BAPTISTE", 1)],
            [("Prénoms / Given names", "MARIE NADÈGE", 1)],
            [("Nationalité / Nationality", "HAÏTIENNE", 1), ("Sexe / Sex", "F", 3)],
            [
                ("Date de naissance / Date of birth", fmt_date("1994-03-17", "fren"), 1),
                ("Lieu de naissance / Place of birth", "CAP-HAÏTIEN", 3),
            ],
            [
                ("Date de délivrance / Date of issue", fmt_date("2023-02-10", "fren"), 1),
                ("Date d'expiration / Date of expiry", fmt_date("2033-02-09", "fren"), 3),
            ],
            [("Autorité / Authority", "DIR. IMMIGRATION ET ÉMIGRATION", 1)],
        ],
    }
    f = pk.photo("passeport.jpg", ids.passport_page(sp, pk.rng), ppmm=24, fill=0.72)
    pk.doc(
        "passport",
        "phone_photo",
        [(f, [1])],
        id_fields(p, p["number"], "HTI", "2033-02-09"),
        "data page on a wooden table",
    )
    # VLS-TS: visa page on the scanner glass
    vp = visa(
        pk,
        p,
        "102784536",
        "D",
        "FRANCE",
        "2026-04-20",
        "2027-04-19",
        "MULT",
        "365 JOURS",
        "PORT-AU-PRINCE",
        "2026-03-30",
        "VLS-TS TRAVAILLEUR TEMPORAIRE",
        skin,
    )
    f = pk.card_scan("scan_0032.jpg", [vp])
    flds = id_fields(p, "102784536", "FRA", "2027-04-19")
    flds.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "TRAVAILLEUR TEMPORAIRE",
            "valid_from": "2026-04-20",
            "valid_until": "2027-04-19",
        }
    )
    pk.doc(
        "long_stay_visa",
        "scan",
        [(f, [1])],
        flds,
        "VLS-TS sticker; name only in MRZ/'NOM, PRÉNOM' line, date of birth only in the MRZ",
    )
    # birth certificate: Extrait des Archives, legalised (Haiti is not an apostille state)
    b = {
        "registry": "Cap-Haïtien (Section Nord)",
        "reg_year": "1994",
        "act_no": "00412",
        "folio": "206",
        "surname": "JEAN-BAPTISTE",
        "given": "Marie Nadège",
        "sex_word": "Féminin",
        "dob_words": "dix-sept mars mil neuf cent quatre-vingt-quatorze",
        "pob": "Cap-Haïtien, Département du Nord",
        "father": "Wilner JEAN-BAPTISTE",
        "mother": "Rose-Mirlande CÉLESTIN",
        "body": "Nous, Directeur Général des Archives Nationales d'Haïti, soussigné, certifions "
        "qu'il appert des registres de l'État Civil déposés aux Archives Nationales "
        "que le vingt-neuf mars mil neuf cent quatre-vingt-quatorze, par-devant Maître "
        "Joseph ANTOINE, Officier de l'État Civil de Cap-Haïtien, a comparu le sieur "
        "Wilner JEAN-BAPTISTE, commerçant, demeurant à Cap-Haïtien, lequel a déclaré la "
        "naissance d'un enfant de sexe féminin, dont les indications suivent :",
        "closing": "En foi de quoi, le présent extrait a été délivré pour servir et valoir ce "
        "que de droit. Port-au-Prince, le douze janvier deux mille vingt-six.",
        "legal_mae": [
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES CULTES",
            "Vu pour légalisation de la signature de",
            "M. le Directeur Général des Archives Nationales.",
            "Port-au-Prince, le 20 janvier 2026 — N° 2026/LEG/01873",
        ],
        "legal_fr": [
            "AMBASSADE DE FRANCE EN HAÏTI — SERVICE CONSULAIRE",
            "Vu pour légalisation de la signature de M. Frantz DORVAL,",
            "Directeur des affaires juridiques du MAEC, apposée au recto.",
            "Port-au-Prince, le 23 janvier 2026 — N° 126/2026",
            "Pour l'Ambassadeur, le Consul adjoint",
        ],
    }
    f = pk.image_pdf("acte_naissance_legalise.pdf", civil.haiti_birth(b, pk.rng))
    pk.doc(
        "birth_certificate",
        "image_pdf",
        [(f, [1, 2])],
        {
            "surname": "JEAN-BAPTISTE",
            "given_names": "Marie Nadège",
            "date_of_birth": "1994-03-17",
            "place_of_birth": "Cap-Haïtien",
            "issuing_country": "HTI",
            "language": "fr",
            "has_apostille": False,
        },
        "Haiti is not party to the Apostille Convention: legalised by the Haitian MAE and "
        "the French embassy (verso, page 2); date of birth written in words",
    )
    # lease
    L = {
        "landlord_line": "M. Gérard LEFEBVRE, demeurant 3 avenue Gambetta, 75020 Paris",
        "tenant_line": "Mme Marie Nadège JEAN-BAPTISTE, née le 17/03/1994 à Cap-Haïtien (Haïti)",
        "address": "14 rue des Envierges, bâtiment B, 3e étage, porte 32, 75020 Paris",
        "desc": "Appartement de type T2 d'une surface habitable de 38 m², comprenant une "
        "entrée, un séjour, une chambre, une cuisine et une salle d'eau avec WC.",
        "start": "2026-05-01",
        "signed": "2026-04-24",
        "rent": 780.0,
        "charges": 65.0,
        "city": "Paris",
    }
    f = pk.image_pdf("bail_2026.pdf", money.lease(L, pk.rng))
    pk.doc(
        "lease",
        "image_pdf",
        [(f, [1, 2])],
        {
            "tenant_names": ["Marie Nadège JEAN-BAPTISTE"],
            "landlord": "Gérard LEFEBVRE",
            "address": "14 rue des Envierges, 75020 Paris",
            "start_date": "2026-05-01",
        },
        "bail loi 1989, logement nu, started 6.5 months before as_of",
    )
    # CDD + payslip
    s_fmt, s_raw = siren_siret("81234567", "0002")
    emp = "SAS Les Tilleuls Santé (EHPAD Résidence Les Tilleuls)"
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "employer_line": f"La société {emp}, au capital de 80 000 €, SIRET {s_fmt}, dont le "
        "siège est 41 rue des Pyrénées, 75020 Paris, représentée par Mme "
        "Claire MOREAU, directrice,",
        "employee_line": "Madame Marie Nadège JEAN-BAPTISTE, née le 17 mars 1994 à "
        "Cap-Haïtien (Haïti), de nationalité haïtienne, demeurant 14 rue des "
        "Envierges, 75020 Paris,",
        "articles": [
            (
                "Article 1 – Objet et durée",
                "Le présent contrat à durée déterminée est conclu "
                "pour faire face à un accroissement temporaire d'activité (article L. 1242-2 du "
                "code du travail). Il prend effet le 1er juin 2026 et prendra fin le 28 février "
                "2027.",
            ),
            (
                "Article 2 – Fonctions",
                "La Salariée est engagée en qualité d'aide-soignante, "
                "statut employé, coefficient 249 de la convention collective nationale de "
                "l'hospitalisation privée du 18 avril 2002.",
            ),
            (
                "Article 3 – Période d'essai",
                "Le contrat comporte une période d'essai de trois semaines de travail effectif.",
            ),
            (
                "Article 4 – Durée du travail",
                "La durée hebdomadaire du travail est de 35 "
                "heures, selon un planning communiqué au moins sept jours à l'avance.",
            ),
            (
                "Article 5 – Rémunération",
                "La Salariée percevra un salaire mensuel brut de "
                "2 002,04 € pour 151,67 heures, versé le dernier jour ouvré du mois.",
            ),
            (
                "Article 6 – Indemnité de fin de contrat",
                "À l'issue du contrat, la Salariée "
                "percevra l'indemnité de fin de contrat prévue à l'article L. 1243-8 ainsi "
                "qu'une indemnité compensatrice de congés payés.",
            ),
            (
                "Article 7 – Caisse de retraite et prévoyance",
                "Retraite complémentaire : "
                "AG2R La Mondiale. Prévoyance : contrat collectif obligatoire.",
            ),
        ],
        "city": "Paris",
        "signed": "2026-05-27",
    }
    f = pk.text_pdf(
        "contrat_CDD_Tilleuls.pdf",
        money.contract(c, pk.rng),
        "Contrat CDD",
        "Les Tilleuls Santé RH",
    )
    pk.doc(
        "employment_contract",
        "text_pdf",
        [(f, [1, 2])],
        {
            "employer": emp,
            "employee_name": "Marie Nadège JEAN-BAPTISTE",
            "contract_type": "CDD",
            "job_title": "aide-soignante",
            "start_date": "2026-06-01",
        },
        "start date written '1er juin 2026'",
    )
    sd, net = payslip_data(
        [
            emp,
            "41 rue des Pyrénées",
            "75020 Paris",
            f"SIRET : {s_fmt}",
            "Code APE : 8710A",
            "Convention collective : IDCC 2264",
        ],
        [
            "Mme JEAN-BAPTISTE Marie Nadège",
            "14 rue des Envierges",
            "75020 Paris",
            "Emploi : Aide-soignante (CDD)",
            "Entrée le : 01/06/2026",
            "N° de sécurité sociale : en cours",
        ],
        "2026-10-01",
        "2026-10-31",
        151.67,
        13.2,
        0.0,
    )
    f = pk.text_pdf(
        "bulletin_paie_2026_10.pdf",
        [money.payslip(sd, pk.rng)],
        "Bulletin de paie octobre 2026",
        "Silae",
    )
    pk.doc(
        "payslip",
        "text_pdf",
        [(f, [1])],
        {
            "employer": emp,
            "employee_name": "JEAN-BAPTISTE Marie Nadège",
            "period": "2026-10",
            "net_pay": net,
            "siret": s_raw,
        },
        "bulletin clarifié",
    )
    # RIB La Banque Postale
    iban, key = ids.fr_iban("20041", "00001", "0813754K033")
    r = {
        "bank": "LA BANQUE POSTALE",
        "color": (0, 45, 110),
        "holder_lines": ["MME JEAN-BAPTISTE MARIE NADEGE", "14 RUE DES ENVIERGES", "75020 PARIS"],
        "branch_lines": ["La Banque Postale", "Centre Financier de Paris", "75900 PARIS CEDEX 15"],
        "bank_code": "20041",
        "guichet": "00001",
        "account": "0813754K033",
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPPAR",
        "legal": "La Banque Postale - SA à Directoire et Conseil de Surveillance au capital de "
        "6 585 350 218 € - Siège social : 115 rue de Sèvres 75275 Paris Cedex 06 - "
        "RCS Paris 421 100 645 - ORIAS n° 07 023 424",
    }
    assert ids.rib_key("20041", "00001", "0813754K033") == key
    f = pk.text_pdf("RIB_LBP.pdf", [money.rib_paper(r, pk.rng)], "RIB", "La Banque Postale")
    pk.doc(
        "rib",
        "text_pdf",
        [(f, [1])],
        rib_fields("JEAN-BAPTISTE MARIE NADEGE", iban, "PSSTFRPPPAR", "La Banque Postale", True),
        "account number contains a letter (K)",
    )
    pk.finish(
        "2026-11-18",
        True,
        dict.fromkeys(
            [
                "application_form",
                "identity",
                "residence_status",
                "birth_certificate",
                "residence_proof",
                "bank_details",
                "employment",
            ],
            "complete",
        ),
        None,
        {"surname": "JEAN-BAPTISTE", "given_names": "MARIE NADÈGE", "date_of_birth": "1994-03-17"},
    )
