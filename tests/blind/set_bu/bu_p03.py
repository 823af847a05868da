"""Packet p03 (DR Congo, hosted, titre de séjour)."""

from __future__ import annotations

import random

import bu_build as B
import bu_docs_civil as C
import bu_docs_fr as F
import bu_docs_id as D
import bu_util as U
from bu_consts import EDF, LBP, OK
from generate import image_pdf, phone, scans, text_pdf


def p03(pk, rng: random.Random):
    sur, giv, dob = "TSHIMANGA MBUYI", "BÉNÉDICTE", "1994-03-14"
    host = "Christian MBOMBO LUKUSA"
    haddr = ["18 rue Hector Berlioz", "Bâtiment B, 3e étage", "93200 SAINT-DENIS"]
    haddr_one = "18 rue Hector Berlioz, Bâtiment B, 93200 Saint-Denis"
    pp, pf, _ = B.passport(
        rng,
        {
            "surname": sur,
            "given": giv,
            "mrz_sur": sur,
            "mrz_giv": "BENEDICTE",
            "number": "OP0482751",
            "nat": "COD",
            "country": "COD",
            "dob": dob,
            "sex": "F",
            "exp": "2027-09-29",
            "style": {
                "tint": (0.9, 0.94, 0.97),
                "guil": (0.7, 0.8, 0.92),
                "header": [
                    ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "SerifB", 8.5),
                    ("PASSEPORT / PASSPORT", "Serif", 7),
                ],
                "lab": ("Sans", 4.8),
                "val": ("ArialB", 8),
                "photo": {"skin": (0.36, 0.24, 0.17), "hair": (0.05, 0.04, 0.04)},
            },
            "fields": [
                ("Type", "P", 0, 0),
                ("Code du pays / Country code", "COD", 1, 0),
                ("N° du passeport / Passport No.", "OP0482751", 2, 0),
                ("Nom / Surname", sur, 0, 1),
                ("Prénoms / Given names", giv, 0, 2),
                ("Nationalité / Nationality", "CONGOLAISE", 0, 3),
                ("Date de naissance / Date of birth", "14 MAR 1994", 1, 3),
                ("Sexe / Sex", "F", 0, 4),
                ("Lieu de naissance / Place of birth", "KINSHASA", 1, 4),
                ("Date de délivrance / Date of issue", "30 SEP 2022", 0, 5),
                ("Date d'expiration / Date of expiry", "29 SEP 2027", 1, 5),
            ],
        },
    )
    pk.write("passeport_benedicte.jpg", U.jpeg(scans([pp], rng, dpi=300)[0], q=88))
    pk.add(
        [("passeport_benedicte.jpg", [1])],
        "passport",
        "scan",
        pf,
        "DR Congo passport data page, flatbed scan.",
    )
    # titre de séjour TD1, both sides
    l1, l2, l3 = U.td1("IR", "FRA", "2MX441736", "940314", "F", "270503", "COD", sur, "BENEDICTE")
    ts = {
        "surname": sur,
        "given": giv,
        "sex": "F",
        "nat": "COD",
        "dob": "14 03 1994",
        "kind": "CARTE DE SÉJOUR TEMPORAIRE",
        "remark": "SALARIÉ",
        "until": "03 05 2027",
        "number": "2MX441736",
        "pob": "KINSHASA (COD)",
        "addr1": "CHEZ M. MBOMBO LUKUSA",
        "addr2": "18 RUE HECTOR BERLIOZ 93200 SAINT-DENIS",
        "issued": "04 05 2026 PRÉFECTURE DE LA SEINE-SAINT-DENIS",
        "mrz": [l1, l2, l3],
        "photo": {"skin": (0.36, 0.24, 0.17), "hair": (0.05, 0.04, 0.04), "grey": True},
    }
    pk.write(
        "titre_sejour_recto.jpg",
        U.jpeg(phone(B.page(D.permit_front, ts, rng, D.CARD_SIZE), rng, fill=0.55)),
    )
    pk.write(
        "titre_sejour_verso.jpg",
        U.jpeg(phone(B.page(D.permit_back, ts, rng, D.CARD_SIZE), rng, rot=90, fill=0.55)),
    )
    pk.add(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "phone_photo",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": "2MX441736",
            "nationality": "COD",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": "2027-05-03",
            "mrz_valid": True,
        },
        "Titre de séjour (TD1) front and back; back photo rotated 90°; MRZ on the back.",
    )
    # form, handwritten, scanned JPEGs
    fpages, ff = B.form(
        rng,
        {
            "hand": True,
            "hand_font": "HandBreip",
            "surname": sur,
            "given": "Bénédicte",
            "dob": "14/03/1994",
            "pob": "Kinshasa (RD Congo)",
            "nat": "Congolaise (RDC)",
            "addr1": "chez M. Mbombo Lukusa, 18 rue Hector Berlioz",
            "addr2": "93200 Saint-Denis",
            "tel": "07 53 88 10 27",
            "mail": "bene.tshimanga@yahoo.fr",
            "sex": "F",
            "emp": "employed",
            "job": "Aide-soignante",
            "employer": "Résidence Les Tilleuls",
            "contract": "CDI",
            "city": "Saint-Denis",
            "date_txt": "le 12/11/2026",
            "t_surname": sur,
            "t_given": "Bénédicte",
            "t_dob": dob,
            "signed_on": "2026-11-12",
        },
    )
    imgs = scans(fpages, rng, dpi=200)
    pk.write("scan_0012.jpg", U.jpeg(imgs[0], q=85))
    pk.write("scan_0013.jpg", U.jpeg(imgs[1], q=85))
    pk.add(
        [("scan_0012.jpg", [1]), ("scan_0013.jpg", [1])],
        "application_form",
        "scan",
        ff,
        "Handwritten cerfa 15763*02, two scanned pages.",
    )
    # attestation d'hébergement (typed, signed), host passport, EDF bills
    att = {
        "fonts": ("Carlito", "CarlitoB"),
        "size": 11,
        "head": [host, haddr[0] + ", " + haddr[1], haddr[2].title()],
        "title": ["ATTESTATION D'HÉBERGEMENT"],
        "paras": [
            "Je soussigné, Christian MBOMBO LUKUSA, né le 2 novembre 1986 à Bobigny "
            "(Seine-Saint-Denis), de nationalité française, demeurant au 18 rue Hector "
            "Berlioz, Bâtiment B, 93200 Saint-Denis,",
            "atteste sur l'honneur héberger à mon domicile, à titre gratuit, ma cousine "
            "Madame Bénédicte TSHIMANGA MBUYI, née le 14 mars 1994 à Kinshasa (République "
            "Démocratique du Congo), depuis le 15 octobre 2025.",
            "Je joins à la présente attestation la copie de mon passeport et trois factures "
            "d'électricité à mon nom.",
            "J'ai connaissance que l'article 441-7 du Code pénal punit d'un an "
            "d'emprisonnement et de 15 000 € d'amende le fait d'établir une attestation "
            "faisant état de faits matériellement inexacts.",
            "Fait pour servir et valoir ce que de droit.",
            "Fait à Saint-Denis, le 5 novembre 2026.",
        ],
        "sigs": [("Signature de l'hébergeant :", True)],
    }
    pk.write("attestation_hebergement.pdf", image_pdf([B.page(F.prose, att, rng)], rng))
    pk.add(
        [("attestation_hebergement.pdf", [1])],
        "hosting_attestation",
        "image_pdf",
        {
            "host_name": host,
            "hosted_name": "Bénédicte TSHIMANGA MBUYI",
            "address": haddr_one,
            "since_date": "2025-10-15",
            "signed_on": "2026-11-05",
            "signed": True,
        },
        "Typed attestation, signed in pen by the host, scanned.",
    )
    hp, hf, _ = B.passport(
        rng,
        {
            "surname": "MBOMBO LUKUSA",
            "given": "CHRISTIAN",
            "mrz_sur": "MBOMBO LUKUSA",
            "mrz_giv": "CHRISTIAN",
            "number": "21AH73019",
            "nat": "FRA",
            "country": "FRA",
            "dob": "1986-11-02",
            "sex": "M",
            "exp": "2031-03-15",
            "style": {
                "tint": (0.93, 0.92, 0.97),
                "guil": (0.78, 0.76, 0.9),
                "header": [("RÉPUBLIQUE FRANÇAISE", "SansB", 9), ("PASSEPORT", "Sans", 7)],
                "lab": ("Sans", 4.6),
                "val": ("Mono", 8),
                "sig": True,
                "photo": {"skin": (0.4, 0.27, 0.19), "hair": (0.05, 0.04, 0.04)},
            },
            "fields": [
                ("Type / Type", "P", 0, 0),
                ("Code du pays", "FRA", 1, 0),
                ("Passeport n° / Passport No.", "21AH73019", 2, 0),
                ("Nom / Surname", "MBOMBO LUKUSA", 0, 1),
                ("Prénoms / Given names", "CHRISTIAN", 0, 2),
                ("Nationalité / Nationality", "Française", 0, 3),
                ("Date de naissance", "02 11 1986", 1, 3),
                ("Sexe", "M", 0, 4),
                ("Lieu de naissance", "BOBIGNY", 1, 4),
                ("Date de délivrance", "16 03 2021", 0, 5),
                ("Date d'expiration", "15 03 2031", 1, 5),
            ],
        },
    )
    pk.write("passeport_Christian_hebergeant.jpg", U.jpeg(phone(hp, rng, rot=270), q=86))
    pk.add(
        [("passeport_Christian_hebergeant.jpg", [1])],
        "passport",
        "phone_photo",
        hf,
        "Host's French passport (for the attestation route).",
    )
    months = [
        ("2026-08-01", "2026-08-31", "2026-09-04", 58.27),
        ("2026-09-01", "2026-09-30", "2026-10-03", 61.90),
        ("2026-10-01", "2026-10-31", "2026-11-04", 74.12),
    ]
    for i, (st, en, iss, amt) in enumerate(months):
        kwh = int((amt - 14.2) / 0.2516)
        lines = [
            ("Abonnement Tarif Bleu — Base 6 kVA (1 mois)", "14,20 €"),
            (f"Consommation Base : {kwh} kWh × 0,2516 €", f"{kwh * 0.2516:.2f} €"),
            ("Taxes et contributions (accise, CTA, TVA)", "inclus"),
        ]
        spec = B.bill_spec(
            EDF,
            "M CHRISTIAN MBOMBO LUKUSA",
            haddr,
            f"10 {3291770 + i * 87}",
            iss,
            "6 004 118 273",
            st,
            en,
            amt,
            lines,
            "Électricité",
            "0429",
            notes=[
                "Lieu de consommation : " + haddr_one,
                "Point de livraison (PDL) : 0924 6618 3307 52",
            ],
        )
        pg = B.page(F.bill, spec, rng)
        f = B.bill_fields(
            "EDF", "electricity", "CHRISTIAN MBOMBO LUKUSA", haddr_one, iss, st, en, amt
        )
        if i == 1:
            fn = "IMG_20261106_facture_edf.jpg"
            pk.write(fn, U.jpeg(phone(pg, rng, rot=0), q=85))
            pk.add([(fn, [1])], "utility_bill", "phone_photo", f, "EDF bill in the host's name")
        else:
            fn = f"EDF_facture_{st[:7].replace('-', '_')}.pdf"
            pk.write(fn, text_pdf([pg], title="Facture EDF"))
            pk.add([(fn, [1])], "utility_bill", "text_pdf", f, "EDF bill in the host's name")
    # birth certificate with legalisation on the back
    bc = {
        "commune": "LEMBA",
        "volume": "IV",
        "folio": "83",
        "acte_no": "1245/1994",
        "copy_line": "délivrée à Lemba le 10 juin 2025.",
        "officer": "Mme Nsimba Kiese Rachel",
        "prose": [
            "L'an mil neuf cent quatre-vingt-quatorze, le vingt et unième jour du mois de mars,",
            "à dix heures, devant nous, Officier de l'état civil de la Commune de Lemba,",
            "a comparu Monsieur TSHIMANGA KALONJI Albert, né à Mbuji-Mayi, domicilié",
            "au n° 14, avenue Kimbondo, Quartier Salongo, Commune de Lemba, lequel nous a",
            "déclaré que le quatorze mars mil neuf cent quatre-vingt-quatorze, à Kinshasa,",
            "en la Clinique Ngaliema, est née un enfant de sexe féminin nommée :",
            "          TSHIMANGA MBUYI Bénédicte",
            "fille de TSHIMANGA KALONJI Albert et de MBUYI NGALULA Thérèse, son épouse.",
            "Lecture faite, le comparant a signé avec nous le présent acte.",
        ],
    }
    leg = {
        "stamps": [
            {
                "lines": [
                    "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
                    "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
                    "Vu pour légalisation de la signature de",
                    "Mme NSIMBA KIESE Rachel",
                    "Officier de l'état civil de Lemba",
                    "Kinshasa, le 18/06/2025  N° 3318/25",
                ],
                "color": (0.2, 0.25, 0.6),
                "seal": "MINISTÈRE DES AFFAIRES ÉTRANGÈRES * RDC *",
                "seal_in": ["KINSHASA"],
                "fiscal": "DROITS PAYÉS",
            },
            {
                "lines": [
                    "AMBASSADE DE FRANCE EN RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
                    "Vu pour légalisation de la signature de M. MUTOMBO ci-contre apposée",
                    "Kinshasa, le 26 juin 2025 — N° 2025/1894 — Perçu : 15 €",
                    "Pour l'Ambassadeur et par délégation, l'agent consulaire",
                ],
                "color": (0.1, 0.15, 0.45),
                "seal": "AMBASSADE DE FRANCE * KINSHASA *",
                "seal_in": ["R.F.", "CONSULAT"],
            },
        ]
    }
    pk.write(
        "acte_naissance_legalise.pdf",
        image_pdf(
            [B.page(C.drc_birth, bc, rng), B.page(C.legalisation_back, leg, rng)], rng, dpi=160
        ),
    )
    pk.add(
        [("acte_naissance_legalise.pdf", [1, 2])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": sur,
            "given_names": giv,
            "date_of_birth": dob,
            "place_of_birth": "Kinshasa",
            "issuing_country": "COD",
            "language": "fr",
            "has_apostille": False,
        },
        "DRC is not an Apostille party: legalised by the DRC foreign ministry and the French "
        "embassy in Kinshasa (page 2 stamps). No apostille expected.",
    )
    # employment: contract (text pdf) + payslip (scan)
    siret = B.luhn_siret("5128846310002")
    ps, net = B.payslip_spec(
        ("Open", "OpenB"),
        [
            "RÉSIDENCE LES TILLEULS SAS",
            "EHPAD — 41 boulevard Jules Guesde",
            "93200 SAINT-DENIS",
            "SIRET : " + siret,
            "APE 8710A — CCN 51 FEHAP",
        ],
        ["Mme TSHIMANGA MBUYI BENEDICTE", "Chez M. MBOMBO LUKUSA", haddr[0], haddr[2]],
        "2026-10-01",
        "2026-10-31",
        "2026-10-31",
        [
            ("Emploi", "Aide-soignante — nuit"),
            ("Matricule", "00418"),
            ("Entrée", "03/11/2025"),
            ("Contrat", "CDI temps plein"),
        ],
        2185.40,
        0.0,
    )
    pk.write(
        "fiche_de_paie_octobre.jpg",
        U.jpeg(scans([B.page(F.payslip, ps, rng)], rng, dpi=200)[0], q=84),
    )
    pk.add(
        [("fiche_de_paie_octobre.jpg", [1])],
        "payslip",
        "scan",
        {
            "employer": "RÉSIDENCE LES TILLEULS SAS",
            "employee_name": "TSHIMANGA MBUYI BENEDICTE",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
    )
    ctr = {
        "fonts": ("Serif", "SerifB"),
        "size": 9,
        "head": [
            "Résidence Les Tilleuls SAS — 41 boulevard Jules Guesde, 93200 Saint-Denis",
            "SIRET " + B.fmt_siret(siret),
        ],
        "title": ["CONTRAT À DURÉE INDÉTERMINÉE"],
        "paras": [
            "Entre Résidence Les Tilleuls SAS, représentée par sa directrice Mme "
            "Claire Hamon, et Mme Bénédicte TSHIMANGA MBUYI, née le 14/03/1994 à "
            "Kinshasa, il est convenu ce qui suit.",
            "## Article 1 — Engagement et fonctions",
            "Mme TSHIMANGA MBUYI est engagée à durée indéterminée à compter du 3 "
            "novembre 2025 en qualité d'aide-soignante (service de nuit).",
            "## Article 2 — Rémunération et durée du travail",
            "Salaire mensuel brut de 2 185,40 € pour 151,67 heures, primes conventionnelles "
            "en sus. Période d'essai : deux mois.",
            "Fait à Saint-Denis, le 27 octobre 2025.",
        ],
        "sigs": [("Pour l'employeur", True), ("La salariée", True)],
    }
    pk.write("Contrat_CDI_Tilleuls.pdf", text_pdf([B.page(F.prose, ctr, rng)]))
    pk.add(
        [("Contrat_CDI_Tilleuls.pdf", [1])],
        "employment_contract",
        "text_pdf",
        {
            "employer": "Résidence Les Tilleuls SAS",
            "employee_name": "Bénédicte TSHIMANGA MBUYI",
            "contract_type": "CDI",
            "job_title": "aide-soignante",
            "start_date": "2025-11-03",
        },
    )
    rs, iban = B.rib_spec(
        LBP,
        "MLLE TSHIMANGA MBUYI BENEDICTE",
        ["CHEZ M MBOMBO LUKUSA", "18 RUE HECTOR BERLIOZ", "93200 SAINT DENIS"],
        ["LA BANQUE POSTALE", "Centre Financier de Paris", "75900 PARIS CEDEX 15"],
        "20041",
        "00001",
        "2817364K020",
    )
    pk.write("RIB_banque_postale.pdf", text_pdf([B.page(F.rib, rs, rng)]))
    pk.add(
        [("RIB_banque_postale.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "TSHIMANGA MBUYI BENEDICTE",
            "iban": iban,
            "bic": "PSSTFRPPPAR",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "Account number contains a letter (K).",
    )
    pk.finish(dict(OK), {"surname": sur, "given_names": giv, "date_of_birth": dob})
