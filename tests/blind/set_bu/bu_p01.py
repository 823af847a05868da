"""Packet p01 (India, employed, Bbox bills, BNP RIB)."""

from __future__ import annotations

import random

import bu_build as B
import bu_docs_civil as C
import bu_docs_fr as F
import bu_docs_id as D
import bu_util as U
from bu_consts import ALL_OK, BNP, BOUYGUES
from generate import fr_long, image_pdf, phone, scans, text_pdf


def p01(pk, rng: random.Random):
    sur, giv, dob = "NAIR", "ANJALI MEERA", "1993-04-17"
    addr = ["27 rue Gabriel Péri", "Appartement 34", "92120 MONTROUGE"]
    addr_one = "27 rue Gabriel Péri, Appartement 34, 92120 Montrouge"
    # -- passport (phone photo)
    pp, pf, _ = B.passport(
        rng,
        {
            "surname": sur,
            "given": giv,
            "mrz_sur": sur,
            "mrz_giv": giv,
            "number": "W4182736",
            "nat": "IND",
            "country": "IND",
            "dob": dob,
            "sex": "F",
            "exp": "2033-06-11",
            "style": {
                "tint": (0.93, 0.9, 0.95),
                "guil": (0.8, 0.72, 0.85),
                "header": [("REPUBLIC OF INDIA", "SerifB", 10), ("PASSPORT", "Serif", 8)],
                "lab": ("Serif", 5),
                "val": ("SansB", 7.6),
                "photo": {"grey": True},
            },
            "fields": [
                ("Type / Type", "P", 0, 0),
                ("Country Code", "IND", 1, 0),
                ("Passport No.", "W4182736", 2, 0),
                ("Surname", sur, 0, 1),
                ("Given Name(s)", giv, 0, 2),
                ("Nationality", "INDIAN", 0, 3),
                ("Sex", "F", 1, 3),
                ("Date of Birth", "17/04/1993", 2, 3),
                ("Place of Birth", "THIRUVANANTHAPURAM, KERALA", 0, 4),
                ("Place of Issue", "TRIVANDRUM", 0, 5),
                ("Date of Issue", "12/06/2023", 0, 6),
                ("Date of Expiry", "11/06/2033", 1, 6),
            ],
        },
    )
    pk.write("IMG_20261109_183512.jpg", U.jpeg(phone(pp, rng, rot=0)))
    pk.add(
        [("IMG_20261109_183512.jpg", [1])],
        "passport",
        "phone_photo",
        pf,
        "Indian passport data page; labels Surname / Given Name(s).",
    )
    # -- VLS-TS
    vp, vf = B.visa(
        rng,
        {
            "surname": sur,
            "given": giv,
            "mrz_sur": sur,
            "mrz_giv": giv,
            "number": "019274461",
            "nat": "IND",
            "dob": dob,
            "sex": "F",
            "from": "2026-02-20",
            "until": "2027-02-19",
            "days": "365",
            "place": "NEW DELHI",
            "issued": "2026-02-05",
            "passport": "W4182736",
            "name_line": "NAIR ANJALI MEERA",
            "rem1": "VLS-TS PASSEPORT TALENT",
            "rem2": "SALARIE QUALIFIE - CESEDA L421-9",
            "category": "PASSEPORT TALENT",
            "photo": {"grey": False},
        },
    )
    pk.write("IMG_20261109_183540.jpg", U.jpeg(phone(vp, rng, rot=90)))
    pk.add(
        [("IMG_20261109_183540.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        vf,
        "French D visa sticker, VLS-TS passeport talent; photo taken rotated 90°.",
    )
    # -- form (typed, printed, signed, scanned to PDF)
    fpages, ff = B.form(
        rng,
        {
            "hand": False,
            "surname": sur,
            "given": "Anjali Meera",
            "dob": "17/04/1993",
            "pob": "Thiruvananthapuram (Inde)",
            "nat": "Indienne",
            "addr1": addr[0] + ", " + addr[1],
            "addr2": "92120 Montrouge",
            "tel": "06 71 42 58 09",
            "mail": "anjali.nair93@gmail.com",
            "sex": "F",
            "emp": "employed",
            "job": "Ingénieure data",
            "employer": "Nexora Data SAS",
            "contract": "CDI",
            "city": "Montrouge",
            "date_txt": "le 09/11/2026",
            "t_surname": sur,
            "t_given": "Anjali Meera",
            "t_dob": dob,
            "signed_on": "2026-11-09",
        },
    )
    pk.write("formulaire_S1106_signe.pdf", image_pdf(fpages, rng, dpi=150))
    pk.add(
        [("formulaire_S1106_signe.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        ff,
        "Cerfa 15763*02 typed, signed in pen, scanned.",
    )
    # -- Bouygues bills
    months = [
        ("2026-08", "2026-08-01", "2026-08-31", "2026-08-04", 41.99),
        ("2026-09", "2026-09-01", "2026-09-30", "2026-09-03", 41.99),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-10-05", 44.98),
    ]
    for i, (m, st, en, iss, amt) in enumerate(months):
        lines = [
            ("Forfait Bbox fit (fibre) — " + m[5:] + "/" + m[:4], "29,99 €"),
            ("Location Bbox et décodeur TV", "0,00 €"),
            ("Option Bbox TV — Chaînes internationales (Inde)", "12,00 €"),
        ]
        if amt > 42:
            lines.append(("Communications hors forfait — appels vers l'international", "2,99 €"))
        spec = B.bill_spec(
            BOUYGUES,
            "Mme Anjali Meera NAIR",
            addr,
            f"FB{2608417 + i * 31:09d}",
            iss,
            "1.204.776.58",
            st,
            en,
            amt,
            lines,
            "Bbox",
            "7361",
            notes=["Votre ligne : 01 84 60 72 19 — Adresse d'installation : " + addr_one],
        )
        pg = B.page(F.bill, spec, rng)
        fields = B.bill_fields(
            "Bouygues Telecom", "internet", "Anjali Meera NAIR", addr_one, iss, st, en, amt
        )
        if i < 2:
            fn = f"Facture_Bbox_{m[5:]}{m[:4]}.pdf"
            pk.write(fn, text_pdf([pg], title="Facture Bbox"))
            pk.add([(fn, [1])], "utility_bill", "text_pdf", fields, "Bbox bill from espace client")
        else:
            fn = "scan_facture_octobre.jpg"
            pk.write(fn, U.jpeg(scans([pg], rng, dpi=200)[0], q=85))
            pk.add([(fn, [1])], "utility_bill", "scan", fields, "Printed then scanned")
    # -- RIB BNP (text pdf)
    rs, iban = B.rib_spec(
        BNP,
        "MME NAIR ANJALI MEERA",
        addr,
        [
            "BNP PARIBAS MONTROUGE",
            "79 avenue de la République",
            "92120 MONTROUGE",
            "Tél. 01 40 14 45 46",
        ],
        "30004",
        "00819",
        "00010738625",
    )
    pk.write("RIB_BNP_Paribas.pdf", text_pdf([B.page(F.rib, rs, rng)], title="RIB"))
    pk.add(
        [("RIB_BNP_Paribas.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "NAIR ANJALI MEERA",
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP Paribas",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    # -- payslip + contract
    siret = B.luhn_siret("8941275630001")
    ps, net = B.payslip_spec(
        ("Roboto", "RobotoB"),
        [
            "NEXORA DATA SAS",
            "12 rue de la Victoire",
            "75009 PARIS",
            "SIRET " + B.fmt_siret(siret),
            "Code NAF 6201Z — Convention collective Syntec (IDCC 1486)",
        ],
        ["Madame NAIR Anjali Meera", addr[0], addr[1], addr[2]],
        "2026-10-01",
        "2026-10-31",
        "2026-10-30",
        [
            ("Emploi", "Ingénieure data"),
            ("Statut", "Cadre — Position 2.2 coeff. 130"),
            ("Date d'entrée", "02/03/2026"),
            ("Contrat", "CDI — temps plein"),
        ],
        4250.0,
        0.071,
    )
    pk.write("bulletin_paie_2026_10.pdf", text_pdf([B.page(F.payslip, ps, rng)]))
    pk.add(
        [("bulletin_paie_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "NEXORA DATA SAS",
            "employee_name": "NAIR Anjali Meera",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
    )
    contract = {
        "fonts": ("Times", "TimesB"),
        "size": 10,
        "head": [
            "NEXORA DATA SAS — SAS au capital de 120 000 €",
            "12 rue de la Victoire, 75009 Paris — SIRET " + B.fmt_siret(siret),
        ],
        "title": ["CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"],
        "paras": [
            "Entre les soussignés : la société NEXORA DATA SAS, représentée par M. Julien "
            "Marchetti-Roux, Président, ci-après « l'Employeur », d'une part,",
            "et Madame Anjali Meera NAIR, née le 17 avril 1993 à Thiruvananthapuram "
            "(Inde), de nationalité indienne, demeurant 27 rue Gabriel Péri, 92120 "
            "Montrouge, ci-après « la Salariée », d'autre part,",
            "## Article 1 — Engagement",
            "La Salariée est engagée à compter du 2 mars 2026 pour une durée "
            "indéterminée, sous réserve des résultats de la visite d'information et de "
            "prévention et de la détention d'un titre l'autorisant à travailler.",
            "## Article 2 — Fonctions",
            "La Salariée exerce les fonctions d'Ingénieure data, statut cadre, position "
            "2.2, coefficient 130 de la convention collective Syntec.",
            "## Article 3 — Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai "
            "de quatre mois, renouvelable une fois.",
            "## Article 4 — Rémunération",
            "La Salariée percevra une rémunération annuelle brute de 51 000 euros versée "
            "en douze mensualités, pour un forfait annuel de 218 jours.",
            "## Article 5 — Lieu de travail",
            "Le lieu de travail est fixé au siège de la société, 12 rue de la Victoire, "
            "75009 Paris.",
            "Fait en deux exemplaires originaux, à Paris, le 16 février 2026.",
        ],
        "sigs": [("L'Employeur", True), ("La Salariée (lu et approuvé)", True)],
    }
    pk.write("contrat_CDI_Nexora.pdf", image_pdf([B.page(F.prose, contract, rng)], rng))
    pk.add(
        [("contrat_CDI_Nexora.pdf", [1])],
        "employment_contract",
        "image_pdf",
        {
            "employer": "NEXORA DATA SAS",
            "employee_name": "Anjali Meera NAIR",
            "contract_type": "CDI",
            "job_title": "Ingénieure data",
            "start_date": "2026-03-02",
        },
    )
    # -- birth certificate + apostille (one scanned PDF), sworn translation
    bc = {
        "name": "ANJALI MEERA NAIR",
        "sex": "FEMALE",
        "dob": "17-04-1993",
        "pob1": "SREE AVITTOM THIRUNAL HOSPITAL, THYCAUD,",
        "pob2": "THIRUVANANTHAPURAM",
        "mother": "SREELEKHA NAIR",
        "father": "RAMESH KUMAR NAIR",
        "paddr": "TC 28/1456, VANCHIYOOR, THIRUVANANTHAPURAM - 695035",
        "paddr2": "TC 28/1456, VANCHIYOOR, THIRUVANANTHAPURAM",
        "reg_no": "B-1993/0412/2718",
        "reg_date": "24-04-1993",
        "issue": "18-11-2025",
        "registrar": "(Dr. S. Lathika)",
    }
    apo = B.apostille_spec(
        "India",
        [
            (1, "Country:", "INDIA"),
            (2, "This public document has been signed by", "Dr. S. Lathika"),
            (3, "acting in the capacity of", "Registrar of Births & Deaths"),
            (4, "bears the seal/stamp of", "Corporation of Thiruvananthapuram"),
            (5, "at", "New Delhi"),
            (6, "the", "12/01/2026"),
            (7, "by", "Ministry of External Affairs, Government of India"),
            (8, "No.", "KL26-0088417"),
            (9, "Seal/stamp:", "(affixed)"),
            (10, "Signature:", ""),
        ],
        "MINISTRY OF EXTERNAL AFFAIRS * CPV DIVISION *",
        ["GOVT. OF INDIA", "NEW DELHI"],
        "Rajiv K. Meena, Section Officer (Attestation)",
        [("Government of India — Ministry of External Affairs", "Times", 9)],
    )
    apo["vfont"] = "TimesB"
    pk.write(
        "birth_certificate_apostille.pdf",
        image_pdf([B.page(C.india_birth, bc, rng), B.page(D.apostille, apo, rng)], rng, dpi=170),
    )
    pk.add(
        [("birth_certificate_apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "NAIR",
            "given_names": "ANJALI MEERA",
            "date_of_birth": dob,
            "place_of_birth": "Thiruvananthapuram",
            "issuing_country": "IND",
            "language": "en",
            "has_apostille": True,
        },
        "Form No. 5 (RBD Act 1969); name printed as one field 'ANJALI MEERA NAIR'.",
    )
    pk.add(
        [("birth_certificate_apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "IND",
            "issued_on": "2026-01-12",
            "number": "KL26-0088417",
            "signed_by": "Rajiv K. Meena",
        },
        "MEA apostille on the following sheet.",
    )
    tr = B.sworn(
        "Hélène VASSEUR-IYER",
        [
            "Traductrice-interprète expert près la Cour d'appel de Versailles",
            "Anglais — Malayalam — Français",
            "14 avenue Aristide Briand, 92120 Montrouge",
        ],
        "T-2026/1147",
        "CERTIFICAT DE NAISSANCE",
        "(Traduit de l'anglais) — Formulaire n° 5",
        [
            ("Nom :", "ANJALI MEERA NAIR"),
            ("Sexe :", "Féminin"),
            ("Date de naissance :", "17 avril 1993"),
            ("Lieu de naissance :", "Hôpital Sree Avittom Thirunal, Thycaud,"),
            ("", "Thiruvananthapuram (Kerala, Inde)"),
            ("Nom de la mère :", "SREELEKHA NAIR"),
            ("Nom du père :", "RAMESH KUMAR NAIR"),
            ("N° d'enregistrement :", "B-1993/0412/2718"),
            ("Date d'enregistrement :", "24 avril 1993"),
            ("Date de délivrance :", "18 novembre 2025"),
            "Apostille n° KL26-0088417 du 12 janvier 2026, Ministère des Affaires extérieures.",
        ],
        "anglaise",
        "Montrouge, le " + fr_long("2026-02-27"),
        ["H. VASSEUR-IYER", "VERSAILLES"],
    )
    pk.write("traduction_acte_naissance.pdf", image_pdf([B.page(D.translation, tr, rng)], rng))
    pk.add(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        {},
        "Sworn French translation of the birth certificate.",
    )
    pk.finish(dict(ALL_OK), {"surname": sur, "given_names": giv, "date_of_birth": dob})
