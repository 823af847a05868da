"""Packet p01: Tunisia, employed (CDI, payslip), lease with a rent receipt."""

from __future__ import annotations

import births
import codes
import forms
import ids
import money
from kit import INK_BLUE, raster
from out import Packet
from pk_common import REQ_OK, _pp_fields, _visa, _visa_fields


def p01(root: str):
    pk = Packet(root, "p01", 101)
    as_of = "2026-11-18"
    sur, given, dob = "BEN HADJ YAHIA", "MOHAMED AMINE", "1995-03-14"
    addr = ["27 rue de Marseille, Appt 14", "69007 LYON"]
    # passport + visa photocopied on one sheet
    num, exp = "Z694281", "2028-05-21"
    mrz = codes.td3("TUN", sur, given, num, "TUN", dob, "M", exp, personal="09812374")
    pp = ids.passport(
        {
            "paper": (238, 232, 224),
            "tint": (205, 170, 160),
            "ink": (120, 30, 40),
            "header": [
                "الجمهورية التونسية",
                "RÉPUBLIQUE TUNISIENNE - REPUBLIC OF TUNISIA",
                "جواز سفر  PASSEPORT  PASSPORT",
            ],
            "labels": {
                "type": "Type",
                "code": "Code",
                "number": "N° Passeport / Passport No",
                "surname": "Nom / Surname",
                "given": "Prénoms / Given names",
                "nationality": "Nationalité / Nationality",
                "sex": "Sexe / Sex",
                "dob": "Date de naissance / Date of birth",
                "pob": "Lieu de naissance / Place of birth",
                "issue": "Date de délivrance / Date of issue",
                "authority": "Autorité / Authority",
                "expiry": "Date d'expiration / Expiry",
            },
            "values": {
                "type": "P",
                "code": "TUN",
                "number": num,
                "surname": sur,
                "given": given,
                "nationality": "TUNISIENNE",
                "sex": "M",
                "dob": ids.d_slash(dob),
                "pob": "SFAX",
                "issue": "22/05/2023",
                "authority": "SFAX",
                "expiry": ids.d_slash(exp),
            },
            "num_red": True,
            "sex": "M",
            "mrz": mrz,
        },
        pk.rng(),
    )
    visa = {
        "number": "038214759",
        "surname": sur,
        "given": given,
        "nat": "TUN",
        "dob": dob,
        "sex": "M",
        "from": "2026-03-02",
        "until": "2027-03-01",
        "days": "365",
        "place": "TUNIS",
        "issued": "2026-02-16",
        "passport": num,
        "remarks": ["VLS-TS SALARIE", "CESEDA R.431-16 1", "A VALIDER EN LIGNE DES L'ARRIVEE"],
    }
    vs = _visa(pk, visa)
    sheet = ids.photocopy_a4([(raster(pp, 300), 40, 20, 125), (raster(vs, 300), 45, 140, 115)])
    pk.scan("scan_passeport_visa.jpg", sheet, 200)
    pk.doc(
        [("scan_passeport_visa.jpg", [1])],
        "passport",
        "scan",
        _pp_fields(sur, given, num, "TUN", dob, "M", exp),
        "Tunisian passport data page and the VLS-TS sticker copied on one A4 sheet.",
    )
    pk.doc(
        [("scan_passeport_visa.jpg", [1])],
        "long_stay_visa",
        "scan",
        _visa_fields(visa, "SALARIE"),
        "VLS-TS salarié, MRV-A machine-readable zone.",
    )
    # birth certificate (Tunisia: dispensed from legalisation, convention of 28 June 1972)
    bc = births.tunisia(
        {
            "gov": "Sfax",
            "gov_ar": "صفاقس",
            "city": "Sfax",
            "city_ar": "صفاقس",
            "dob": "1995-03-14",
            "act_no": "1187",
            "ident": "01 1995 0341 1187",
            "given_fr": "Mohamed Amine",
            "given_ar": "محمد أمين",
            "surname_fr": "Ben Hadj Yahia",
            "surname_ar": "بن حاج يحيى",
            "sex_fr": "Masculin",
            "sex_ar": "ذكر",
            "dob_fr": "14/03/1995",
            "dob_ar": "14 مارس 1995",
            "dob_words": "Quatorze mars mil neuf cent quatre-vingt-quinze",
            "pob_fr": "Sfax",
            "pob_ar": "صفاقس",
            "father_fr": "Ali Ben Mohamed Ben Hadj Yahia",
            "father_ar": "علي بن محمد بن حاج يحيى",
            "mother_fr": "Néjia Bent Salah Trabelsi",
            "mother_ar": "ناجية بنت صالح الطرابلسي",
            "issued_fr": "02/09/2026",
            "issued_ar": "2026/09/02",
            "officer": "Karray",
        },
        pk.rng(),
    )
    pk.image_pdf("extrait_naissance.pdf", [bc])
    pk.doc(
        [("extrait_naissance.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "Ben Hadj Yahia",
            "given_names": "Mohamed Amine",
            "date_of_birth": dob,
            "place_of_birth": "Sfax",
            "issuing_country": "TUN",
            "language": "ar+fr",
            "has_apostille": False,
        },
        "Bilingual Arabic/French extrait d'acte de naissance, Municipalité de Sfax. Tunisia: "
        "public acts in French dispensed from legalisation (Franco-Tunisian convention of "
        "1972), so no apostille is expected.",
    )
    # lease + quittance
    tenant = "M. Mohamed Amine BEN HADJ YAHIA"
    lease = forms.lease(
        {
            "parties": "Le bailleur : Mme Françoise GIRAUD-BESSON, demeurant 5 quai Claude "
            "Bernard, 69007 Lyon, représentée par son mandataire FONCIA Lyon Jean Macé, 43 avenue "
            "Jean Jaurès, 69007 Lyon, carte professionnelle CPI 6901 2018 000 031 254.\n"
            f"Le locataire : {tenant}, né le 14/03/1995 à Sfax (Tunisie).",
            "object": "Logement situé 27 rue de Marseille, 69007 Lyon, bâtiment A, 3e étage, porte "
            "14 (Appt 14). Type : appartement T2 de 41,5 m² habitables, comprenant une "
            "entrée, un séjour, une chambre, une cuisine, une salle d'eau avec WC. "
            "Chauffage individuel électrique. Annexe : cave n° 9.",
            "dates": "Le présent contrat prend effet le 01/05/2026 pour une durée de trois ans, "
            "soit jusqu'au 30/04/2029, renouvelable par tacite reconduction dans les conditions "
            "de l'article 10 de la loi du 6 juillet 1989.",
            "more": [
                (
                    "IV. CONDITIONS FINANCIÈRES",
                    "Loyer mensuel hors charges : 720,00 €. Provision sur charges récupérables : "
                    "80,00 € par mois, régularisation annuelle. Le loyer est payable d'avance le "
                    "1er de chaque mois. Zone soumise à l'encadrement des loyers (Lyon) : loyer de "
                    "référence 16,70 €/m², loyer de référence majoré 20,04 €/m².",
                ),
                (
                    "V. DÉPÔT DE GARANTIE",
                    "Montant : 720,00 €, soit un mois de loyer hors charges, versé à la signature.",
                ),
                (
                    "VI. CLAUSE RÉSOLUTOIRE",
                    "Le bail sera résilié de plein droit à défaut de "
                    "paiement du loyer ou des charges aux termes convenus, deux mois après un "
                    "commandement de payer demeuré infructueux.",
                ),
                (
                    "VII. ANNEXES",
                    "Dossier de diagnostic technique (DPE classe D, ERP, CREP, "
                    "état de l'installation électrique), notice d'information, état des lieux "
                    "d'entrée du 01/05/2026, règlement de copropriété (extraits).",
                ),
            ],
            "last": "VIII. ASSURANCE\nLe locataire justifie d'une assurance contre les risques "
            "locatifs (attestation annexée).\nIX. ÉLECTION DE DOMICILE\nPour l'exécution "
            "des présentes, le bailleur fait élection de domicile chez son mandataire et le "
            "locataire dans les lieux loués.",
            "made": "Fait et signé à Lyon, le 24/04/2026, en trois exemplaires originaux.",
            "initials": "FGB  MABHY",
            "landlord": "Giraud",
            "tenant": "Mohamed",
        },
        pk.rng(),
    )
    pk.image_pdf("bail_2026.pdf", lease)
    pk.doc(
        [("bail_2026.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Mohamed Amine BEN HADJ YAHIA"],
            "landlord": "Françoise GIRAUD-BESSON",
            "address": "27 rue de Marseille, Appt 14, 69007 Lyon",
            "start_date": "2026-05-01",
        },
        "Bail loi 1989, signed 24/04/2026, effective 01/05/2026 (more than 3 months before as_of).",
    )
    q = forms.quittance(
        {
            "landlord": "FONCIA Lyon Jean Macé",
            "landlord_addr": ["43 avenue Jean Jaurès", "69007 Lyon"],
            "tenant": tenant,
            "tenant_addr": addr,
            "from": "01/10/2026",
            "to": "31/10/2026",
            "text": "Je soussigné, FONCIA Lyon Jean Macé, mandataire de Mme Françoise "
            "GIRAUD-BESSON, "
            f"propriétaire du logement situé 27 rue de Marseille, Appt 14, 69007 Lyon, "
            f"déclare avoir reçu de {tenant} la somme de 800,00 € au titre du loyer et des "
            "charges du mois d'octobre 2026 et lui en donne quittance, sous réserve de tous "
            "mes droits.",
            "lines": [("Loyer", "720,00 €"), ("Provision pour charges", "80,00 €")],
            "total": "800,00 €",
            "made": "Fait à Lyon, le 05/10/2026",
        },
        pk.rng(),
    )
    pk.text_pdf("quittance_octobre_2026.pdf", [q], "Quittance de loyer", "FONCIA")
    pk.doc(
        [("quittance_octobre_2026.pdf", [1])],
        "unknown",
        "text_pdf",
        {
            "kind": "quittance de loyer",
            "tenant_names": ["Mohamed Amine BEN HADJ YAHIA"],
            "period": "2026-10",
            "amount": 800.0,
        },
        "Rent receipt beside the lease: supports it, is not itself a lease.",
    )
    # RIB Société Générale
    acc = "00050384117"
    iban, key = codes.fr_iban("30003", "01868", acc)
    rib = money.rib_bank(
        {
            "color": (226, 0, 26),
            "bank": "SOCIETE GENERALE",
            "holder": "M BEN HADJ YAHIA MOHAMED AMINE",
            "holder_addr": addr,
            "branch_lines": [
                "SG LYON JEAN MACE",
                "2 PLACE JEAN MACE",
                "69007 LYON",
                "04 72 71 55 10",
            ],
            "bank_code": "30003",
            "branch": "01868",
            "account": acc,
            "key": key,
            "iban": iban,
            "bic": "SOGEFRPP",
            "footer": "Société Générale - S.A. au capital de 1 000 395 971,25 € - "
            "552 120 222 RCS Paris - 29 bd Haussmann 75009 Paris",
        }
    )
    pk.text_pdf("RIB_SG.pdf", [rib], "RIB", "Société Générale")
    pk.doc(
        [("RIB_SG.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "M BEN HADJ YAHIA MOHAMED AMINE",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    # payslip October 2026
    siren, siret = codes.siret("84315207", "00028")
    ps = money.payslip(
        {
            "from_fr": "01/10/2026",
            "to_fr": "31/10/2026",
            "employer": "ALTERNA CONSEIL SAS",
            "employer_lines": [
                "18 rue de la Villette",
                "69003 Lyon",
                f"SIRET : {siret}",
                "Code NAF : 6202A",
                "Convention collective : Syntec (IDCC 1486)",
                "URSSAF Rhône-Alpes",
            ],
            "employee": "M. Mohamed Amine BEN HADJ YAHIA",
            "employee_lines": addr
            + [
                "Emploi : Ingénieur développement logiciel",
                "Statut : Cadre - Position 2.1 coef. 115",
                "Entrée le 09/03/2026 - CDI",
                "N° SS : en cours",
            ],
            "rows": [
                ("SALAIRE DE BASE", "151,67", "21,4323", "3 250,00", ""),
                ("SANTÉ", "", "", "", ""),
                ("Complémentaire santé", "3 250,00", "", "48,75", "73,13"),
                ("RETRAITE", "", "", "", ""),
                ("Sécurité sociale plafonnée", "3 250,00", "6,900", "224,25", "277,88"),
                ("Complémentaire tranche 1", "3 250,00", "4,010", "130,33", "196,63"),
                ("ASSURANCE CHÔMAGE", "3 250,00", "", "", "130,00"),
                ("CSG déductible", "3 193,13", "6,800", "217,13", ""),
                ("CSG/CRDS non déductible", "3 193,13", "2,900", "92,60", ""),
                ("Titres-restaurant", "20", "4,80", "96,00", ""),
            ],
            "net_before": 2440.94,
            "net": 2340.86,
            "pas_rate": "4,1 %",
            "paid_fr": "30/10/2026",
            "net_social": 2458.31,
        }
    )
    pk.text_pdf("bulletin_paie_2026_10.pdf", [ps], "Bulletin de paie octobre 2026", "Silae")
    pk.doc(
        [("bulletin_paie_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "ALTERNA CONSEIL SAS",
            "employee_name": "Mohamed Amine BEN HADJ YAHIA",
            "period": "2026-10",
            "net_pay": 2340.86,
            "siret": siret,
        },
    )
    # application form: typed, printed, signed by hand, scanned to PDF
    f = {
        "mode": "typed",
        "surname": sur,
        "usage": "",
        "given": "Mohamed Amine",
        "sex": "M",
        "dob_comb": "14031995",
        "pob_city": "Sfax",
        "pob_country": "Tunisie",
        "nationality": "Tunisienne",
        "address": "27 rue de Marseille, Appt 14",
        "postcode": "69007",
        "city": "Lyon",
        "phone": "07 58 21 44 93",
        "email": "m.benhadjyahia@gmail.com",
        "situation": "salarie",
        "job": "Ingénieur développement logiciel",
        "contract": "CDI",
        "place": "Lyon",
        "date_text": "09/11/2026",
        "date_hand": False,
        "ink": INK_BLUE,
    }
    pk.image_pdf("formulaire_S1106.pdf", forms.cerfa(f, pk.rng(), run=0))
    pk.doc(
        [("formulaire_S1106.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        {
            "surname": sur,
            "usage_name": None,
            "given_names": "Mohamed Amine",
            "date_of_birth": dob,
            "sex": "M",
            "employment_status": "employed",
            "situation": "salarie",
            "contract_type": "CDI",
            "signed": True,
            "signed_on": "2026-11-09",
            "date_text": "09/11/2026",
            "place": "Lyon",
            "nir": None,
        },
        "Typed on screen, printed, signed by hand, scanned.",
    )
    pk.write_truth(
        as_of,
        True,
        dict(REQ_OK, employment="complete"),
        None,
        {"surname": sur, "given_names": given, "date_of_birth": dob},
    )
