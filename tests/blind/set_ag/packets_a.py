"""Packets p01-p02 of set_ag."""

import docs
import ids
import paper
from form import cerfa
from kit import (
    Packet,
    apost_en,
    apost_fr,
    id_fields,
    style,
    vis,
    visa_fields,
)
from render import Page, render_pil


def p01(out):
    """Morocco, employed (CDI, payslip), lease route, VLS-TS salarié, hand-filled form."""
    pk = Packet(out, "p01", 101)
    r = pk.rng
    p = {
        "surname": "EL AMRANI",
        "given": "SALMA",
        "dob": "1995-06-14",
        "sex": "F",
        "nat": "MAR",
        "pob": "Casablanca",
        "pob_pass": "CASABLANCA",
        "passport_no": "TK4829173",
        "pass_issue": "2022-05-03",
        "pass_exp": "2027-05-02",
        "skin": (175, 130, 100),
    }
    st = style(
        "ROYAUME DU MAROC",
        "PASSEPORT  -  PASSPORT",
        "MAROCAINE",
        "fr",
        (120, 30, 35),
        (222, 214, 232),
        "MINISTERE DE L'INTERIEUR",
        "lib",
        "libb",
    )
    st["title_ar"] = "المملكة المغربية"
    pp, _ = ids.passport_page(p, r, st)
    pk.photo("IMG_20261114_183022.jpg", pp)
    pk.doc(
        "passport",
        "phone_photo",
        [("IMG_20261114_183022.jpg", [1])],
        id_fields(p, p["passport_no"], p["pass_exp"]),
        "Moroccan passport data page, TD3.",
    )
    v = vis(
        {
            "number": "026148379",
            "from": "2026-03-10",
            "until": "2027-03-09",
            "issued": "2026-02-24",
            "place": "RABAT",
            "days": "365",
            "page_no": 7,
            "category": "SALARIE",
            "remarks": [
                "VLS-TS SALARIE",
                "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
                "A VALIDER EN LIGNE DES L'ARRIVEE",
            ],
        }
    )
    vp, _ = ids.visa_page(p, r, v)
    pk.photo("IMG_20261114_183047.jpg", vp, rot=90)
    pk.doc(
        "long_stay_visa",
        "phone_photo",
        [("IMG_20261114_183047.jpg", [1])],
        visa_fields(p, v),
        "French type D sticker (MRV-B) in the passport, photo rotated 90 degrees.",
    )
    b = dict(
        p,
        given="SALMA",
        surname_ar="العمراني",
        given_ar="سلمى",
        father="Mohammed EL AMRANI",
        mother="Khadija BENSAID",
        bc_province="Préfecture de Casablanca",
        bc_office="Arrondissement Maârif",
        bc_act="1873",
        bc_issued="2026-01-12",
    )
    bp = docs.birth_morocco(b, r)
    ap = docs.apostille(
        apost_fr(
            country_txt="Royaume du Maroc",
            signer="Karim BENNANI",
            capacity="Officier de l'état civil",
            seal="Commune de Casablanca",
            place="Casablanca",
            date_txt="19/01/2026",
            authority="Le Procureur du Roi près le TPI de Casablanca",
            number="2026/AP/004817",
            stamp1="ROYAUME DU MAROC",
            stamp2="PARQUET",
            stamp3="TPI CASABLANCA",
            valx=62,
        ),
        r,
    )
    pk.image_pdf("acte_naissance_apostille.pdf", [bp, ap], 200)
    pk.doc(
        "birth_certificate",
        "image_pdf",
        [("acte_naissance_apostille.pdf", [1])],
        {
            "surname": "EL AMRANI",
            "given_names": "SALMA",
            "date_of_birth": p["dob"],
            "place_of_birth": "Casablanca",
            "issuing_country": "MAR",
            "language": "fr+ar",
            "has_apostille": True,
        },
        "Bilingual French/Arabic copie intégrale.",
    )
    pk.doc(
        "apostille",
        "image_pdf",
        [("acte_naissance_apostille.pdf", [2])],
        {
            "country": "MAR",
            "issued_on": "2026-01-19",
            "number": "2026/AP/004817",
            "signed_by": "Le Procureur du Roi près le TPI de Casablanca",
        },
        "Item 2 names the civil registrar who signed the birth certificate.",
    )
    addr = "27 rue de Marseille, appartement 12, 69007 Lyon"
    L = {
        "kind": "Logement nu à usage de résidence principale",
        "landlord_txt": "M. Bernard VAUTRIN, demeurant 4 quai Claude Bernard, 69007 Lyon",
        "tenant_txt": "Mme Salma EL AMRANI, née le 14/06/1995 à Casablanca (Maroc)",
        "address": addr,
        "desc": "Appartement de type T2, 41 m², 3e étage sans ascenseur, "
        "cave n° 8. Chauffage individuel électrique.",
        "start_txt": "1er avril 2026",
        "duration": "trois ans",
        "rent": "690,00",
        "charges": "55,00",
        "deposit": "690,00",
        "dpe": "D",
        "city": "Lyon",
        "signed": "2026-03-26",
        "landlord_sig": "B. Vautrin",
        "tenant_sig": "Salma El Amrani",
    }
    pk.text_pdf("Bail_EL_AMRANI_signe.pdf", paper.lease(L, r), "Yousign")
    pk.doc(
        "lease",
        "text_pdf",
        [("Bail_EL_AMRANI_signe.pdf", [1, 2, 3])],
        {
            "tenant_names": ["Salma EL AMRANI"],
            "landlord": "Bernard VAUTRIN",
            "address": addr,
            "start_date": "2026-04-01",
        },
        "Unfurnished lease, loi 1989, e-signed.",
    )
    siren, siret = ids.siret("83215476", "0002")
    s = {
        "employer": "SERRANO LOGISTIQUE SAS",
        "emp_addr1": "ZI de Gerland, 12 rue Jean Bouin",
        "emp_addr2": "69007 LYON",
        "siret": ids.grp(siret[:9], 3) + " " + siret[9:],
        "naf": "5229A",
        "ccn": "Transports routiers (IDCC 16)",
        "employee": "Mme EL AMRANI Salma",
        "ee_addr1": "27 rue de Marseille, app. 12",
        "ee_addr2": "69007 LYON",
        "matricule": "0418",
        "nir_txt": "en cours",
        "job": "Assistante comptable",
        "coef": "150",
        "hired": "2026-03-23",
        "contract": "CDI — temps plein",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "net_before": "1 913,45",
        "pas_rate": "1,4 %",
        "pas": "26,79",
        "net": "1 886,66",
        "rows": [
            ("Salaire de base", "151,67", "16,1535", "2 450,00", ""),
            ("SALAIRE BRUT", "", "", "2 450,00", ""),
            ("Santé", "2 450,00", "", "-38,22", "101,43"),
            ("Retraite", "2 450,00", "", "-277,83", "432,18"),
            ("Assurance chômage", "", "", "", "98,00"),
            ("CSG déductible de l'impôt sur le revenu", "2 407,12", "6,80", "-163,68", ""),
            ("CSG/CRDS non déductible", "2 407,12", "2,90", "-69,81", ""),
            ("Titres-restaurant (part salariale)", "", "", "-35,00", ""),
            ("Remboursement transport (50 %)", "", "", "+43,40", ""),
            ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", "-549,54", "631,61"),
        ],
    }
    pk.text_pdf("bulletin_octobre_2026.pdf", [paper.payslip(s, r)], "Silae")
    pk.doc(
        "payslip",
        "text_pdf",
        [("bulletin_octobre_2026.pdf", [1])],
        {
            "employer": "SERRANO LOGISTIQUE SAS",
            "employee_name": "EL AMRANI Salma",
            "period": "2026-10",
            "net_pay": "1886.66",
            "siret": siret,
        },
        "Bulletin clarifié.",
    )
    bban, key = ids.fr_bban("10278", "07312", "00020458901")
    iban = ids.iban_of("FR", bban)
    rb = {
        "bank": "Crédit Mutuel",
        "title": "Relevé d'Identité Bancaire",
        "color": (0, 70, 140),
        "l_holder": "Titulaire du compte",
        "holder": "MME SALMA EL AMRANI",
        "addr_lines": ["27 RUE DE MARSEILLE APT 12", "69007 LYON"],
        "branch_lines": [
            "CCM LYON GERLAND",
            "280 AVENUE JEAN JAURES",
            "69007 LYON",
            "Tél. 04 72 76 00 00",
        ],
        "rib_parts": ["10278", "07312", "00020458901", key],
        "l_iban": "IBAN (International Bank Account Number)",
        "iban": iban,
        "l_bic": "BIC (Bank Identifier Code)",
        "bic": "CMCIFR2A",
        "note": "Ce relevé est destiné à être remis, sur leur demande, aux "
        "organismes qui souhaitent créditer ou débiter votre compte (salaire, prestations).",
    }
    pk.text_pdf("RIB_CCM.pdf", [paper.rib(rb, r)], "Crédit Mutuel")
    pk.doc(
        "rib",
        "text_pdf",
        [("RIB_CCM.pdf", [1])],
        {
            "holder_name": "SALMA EL AMRANI",
            "iban": iban,
            "bic": "CMCIFR2A",
            "bank_name": "Crédit Mutuel",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    a = {
        "surname": "EL AMRANI",
        "given": "SALMA",
        "sex": "F",
        "dob": p["dob"],
        "pob": "CASABLANCA",
        "country": "MAROC",
        "nationality": "MAROCAINE",
        "street": "27 RUE DE MARSEILLE APPT 12",
        "cp": "69007",
        "city": "LYON",
        "phone": "06 58 21 47 90",
        "email": "salma.elamrani95@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "ASSISTANTE COMPTABLE",
        "job_since": "23/03/2026",
        "place": "Lyon",
        "date_txt": "12/11/2026",
        "signed": True,
        "sig": "Salma El Amrani",
    }
    f1, f2 = cerfa(a, "hand", r)
    pk.scan("scan_0012.jpg", f1, 200)
    pk.scan("scan_0013.jpg", f2, 200)
    pk.doc(
        "application_form",
        "scan",
        [("scan_0012.jpg", [1]), ("scan_0013.jpg", [1])],
        {
            "surname": "EL AMRANI",
            "given_names": "SALMA",
            "date_of_birth": p["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-12",
            "nir": None,
        },
        "Hand-filled in capitals; CDI ticked.",
    )
    pk.truth(
        "2026-11-20",
        True,
        {"surname": "EL AMRANI", "given_names": "SALMA", "date_of_birth": p["dob"]},
        {},
        None,
    )


def p02(out):
    """Korea, not employed, hosted by his French wife (attestation + CNI + her lease)."""
    pk = Packet(out, "p02", 202)
    r = pk.rng
    p = {
        "surname": "PARK",
        "given": "JI HOON",
        "dob": "1990-11-02",
        "sex": "M",
        "nat": "KOR",
        "pob": "Seoul",
        "pob_pass": "SEOUL",
        "passport_no": "M52817364",
        "pass_issue": "2023-05-18",
        "pass_exp": "2033-05-18",
        "skin": (200, 165, 135),
    }
    st = style(
        "REPUBLIC OF KOREA",
        "대한민국 여권  PASSPORT",
        "REPUBLIC OF KOREA",
        "ko",
        (25, 45, 85),
        (214, 226, 236),
        "MINISTRY OF FOREIGN AFFAIRS",
    )
    pp, _ = ids.passport_page(p, r, st)
    pk.scan("passeport_park.jpg", pp, 300, card=True)
    pk.doc(
        "passport",
        "scan",
        [("passeport_park.jpg", [1])],
        id_fields(p, p["passport_no"], p["pass_exp"]),
        "Korean passport on a flatbed, 300 dpi.",
    )
    v = vis(
        {
            "number": "024781563",
            "from": "2026-04-02",
            "until": "2027-04-01",
            "issued": "2026-03-20",
            "place": "SEOUL",
            "days": "365",
            "page_no": 12,
            "category": "CONJOINT DE FRANCAIS",
            "remarks": [
                "VLS-TS CONJOINT DE FRANCAIS",
                "VIE PRIVEE ET FAMILIALE",
                "A VALIDER EN LIGNE DANS LES 3 MOIS",
            ],
        }
    )
    vp, _ = ids.visa_page(p, r, v)
    pk.scan("visa_vls_ts.jpg", vp, 300, card=True)
    pk.doc("long_stay_visa", "scan", [("visa_vls_ts.jpg", [1])], visa_fields(p, v))
    addr = "8 allée des Tilleuls, 35000 Rennes"
    host = {
        "surname": "ROUSSEL",
        "given": "CAMILLE",
        "dob": "1992-02-25",
        "sex": "F",
        "pob": "VANNES (56)",
        "doc_no": "X4RT72K19",
        "exp": "2031-08-30",
        "skin": (225, 190, 170),
    }
    h = {
        "host": "Camille ROUSSEL",
        "host_dob": "1992-02-25",
        "host_pob": "Vannes (56)",
        "addr1": "8 allée des Tilleuls",
        "addr2": "35000 Rennes",
        "hosted": "Ji-Hoon PARK",
        "hosted_dob": p["dob"],
        "hosted_pob": "Séoul",
        "since": "2026-04-15",
        "city": "Rennes",
        "signed": "2026-11-05",
        "host_sig": "C. Roussel",
    }
    att = paper.hosting_attestation(h, r)
    fr, bk, _ = ids.card_front_back(
        "CNI",
        host,
        r,
        {
            "back": [
                ("Adresse / Address", "8 ALLEE DES TILLEULS 35000 RENNES"),
                ("Date de délivrance / Date of issue", "31 08 2021"),
                ("Autorité / Authority", "PRÉFECTURE D'ILLE-ET-VILAINE (35)"),
            ]
        },
    )
    copy = Page()
    copy.image(20, 25, 85.6 * 1.0, 54, render_pil(fr, 400))
    copy.image(20, 95, 85.6, 54, render_pil(bk, 400))
    L = {
        "kind": "Logement nu à usage de résidence principale",
        "landlord_txt": "la SAS ARMOR GESTION IMMOBILIÈRE, 12 place de Bretagne, 35000 Rennes, "
        "mandataire de M. et Mme Le Goff",
        "tenant_txt": "Mme Camille ROUSSEL, née le 25/02/1992 à Vannes (56)",
        "address": addr,
        "desc": "Appartement T3 de 64 m² au 2e étage, place de parking n° 14.",
        "start_txt": "1er septembre 2023",
        "duration": "trois ans",
        "rent": "780,00",
        "charges": "90,00",
        "deposit": "780,00",
        "dpe": "C",
        "city": "Rennes",
        "signed": "2023-08-21",
        "landlord_sig": "Armor Gestion",
        "tenant_sig": "Camille Roussel",
        "font": "serif",
        "fontb": "serifb",
    }
    pk.image_pdf("hebergement_Camille.pdf", [att, copy] + paper.lease(L, r), 200)
    hp = "hebergement_Camille.pdf"
    pk.doc(
        "hosting_attestation",
        "image_pdf",
        [(hp, [1])],
        {
            "host_name": "Camille ROUSSEL",
            "hosted_name": "Ji-Hoon PARK",
            "address": addr,
            "since_date": "2026-04-15",
            "signed_on": "2026-11-05",
            "signed": True,
        },
        "Handwritten by the host (his wife); hyphenated given name.",
    )
    pk.doc(
        "national_id",
        "image_pdf",
        [(hp, [2])],
        {
            "surname": "ROUSSEL",
            "given_names": "CAMILLE",
            "document_number": "X4RT72K19",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1992-02-25",
            "sex": "F",
            "expiry_date": "2031-08-30",
            "mrz_valid": True,
        },
        "Host's French ID card (2021 model), recto and verso on one page; not the applicant.",
    )
    pk.doc(
        "lease",
        "image_pdf",
        [(hp, [3, 4, 5])],
        {
            "tenant_names": ["Camille ROUSSEL"],
            "landlord": "SAS ARMOR GESTION IMMOBILIÈRE",
            "address": addr,
            "start_date": "2023-09-01",
        },
        "The host's lease (host's proof).",
    )
    b = dict(
        p,
        name_ko="박지훈",
        bc_base="서울특별시 마포구 성산동 123",
        pob_ko="서울특별시 마포구",
        bc_reg="1990.11.20",
        bc_issued="2026-02-03",
        bc_no="2602-0318-4471-2290",
    )
    pk.photo("IMG_3307.jpg", docs.birth_korea(b, r), rot=0)
    pk.doc(
        "birth_certificate",
        "phone_photo",
        [("IMG_3307.jpg", [1])],
        {
            "surname": "PARK",
            "given_names": "JI HOON",
            "date_of_birth": p["dob"],
            "place_of_birth": "Seoul",
            "issuing_country": "KOR",
            "language": "ko",
            "has_apostille": True,
        },
        "Basic certificate (detailed) from the family register.",
    )
    ap = docs.apostille(
        apost_en(
            country_txt="REPUBLIC OF KOREA",
            signer="Mapo-gu Office Head",
            capacity="Head of Mapo-gu Office",
            seal="Mapo-gu Office, Seoul",
            place="Seoul",
            date_txt="2026.02.05",
            authority="Ministry of Foreign Affairs",
            number="KR-2026-0147732",
            stamp1="MOFA",
            stamp2="APOSTILLE",
            stamp3="SEOUL",
            valx=58,
            font="lib",
            fontb="libb",
        ),
        r,
    )
    pk.photo("IMG_3308.jpg", ap, rot=0)
    pk.doc(
        "apostille",
        "phone_photo",
        [("IMG_3308.jpg", [1])],
        {
            "country": "KOR",
            "issued_on": "2026-02-05",
            "number": "KR-2026-0147732",
            "signed_by": "Ministry of Foreign Affairs",
        },
        "Apostille for the Korean certificate.",
    )
    t = dict(
        b,
        bc_base_fr="Séoul, arrondissement de Mapo, Seongsan-dong 123",
        bc_reg_iso="1990-11-20",
        tr_no="2026-0211",
        tr_date="2026-02-27",
    )
    pk.text_pdf("traduction_acte_naissance.pdf", [docs.translation_korea(t, r)])
    pk.doc(
        "translation",
        "text_pdf",
        [("traduction_acte_naissance.pdf", [1])],
        {},
        "Sworn translation (Korean to French) of the birth certificate.",
    )
    bban, key = ids.fr_bban("40618", "80232", "00040156981")
    iban = ids.iban_of("FR", bban)
    scr = paper.boursobank_screen(
        {
            "holder": "M PARK JI HOON",
            "iban": iban,
            "bic": "BOUSFRPPXXX",
            "rib_parts": ["40618", "80232", "00040156981", key],
        },
        r,
    )
    pk.png("Screenshot_20261110-094112.png", scr, (1170, 2532))
    pk.doc(
        "rib",
        "screenshot",
        [("Screenshot_20261110-094112.png", [1])],
        {
            "holder_name": "PARK JI HOON",
            "iban": iban,
            "bic": "BOUSFRPPXXX",
            "bank_name": "BoursoBank",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    a = {
        "surname": "PARK",
        "given": "JI HOON",
        "sex": "M",
        "dob": p["dob"],
        "pob": "SEOUL",
        "country": "COREE DU SUD",
        "nationality": "SUD-COREENNE",
        "street": "8 ALLEE DES TILLEULS",
        "cp": "35000",
        "city": "RENNES",
        "phone": "07 81 44 02 67",
        "email": "jihoon.park.kr@naver.com",
        "situation": "sans_activite",
        "place": "Rennes",
        "date_txt": "17/11/2026",
        "signed": True,
        "sig": "Park Jihoon",
    }
    pk.text_pdf("S1106_demande_PUMa_rempli.pdf", cerfa(a, "acroform", r), "ameli.fr")
    pk.doc(
        "application_form",
        "text_pdf",
        [("S1106_demande_PUMa_rempli.pdf", [1, 2])],
        {
            "surname": "PARK",
            "given_names": "JI HOON",
            "date_of_birth": p["dob"],
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-17",
            "nir": None,
        },
        "Fillable PDF: values are AcroForm fields (with appearance streams); "
        "signature image pasted in the box.",
    )
    pk.truth(
        "2026-11-23",
        False,
        {"surname": "PARK", "given_names": "JI HOON", "date_of_birth": p["dob"]},
        {"employment": "not_applicable"},
        None,
    )
