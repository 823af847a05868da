"""The data of packets p03 (Bangladesh) and p04 (Madagascar) and their expected verdicts."""

from __future__ import annotations

from packets import head, make_rib
from util import siret

# ------------------------------------------------------------------ p03 Bangladesh
A3 = {
    "surname": "HOSSAIN",
    "given": "MOHAMMAD RAFIQUL",
    "dob": "1994-11-05",
    "sex": "M",
    "nat": "BGD",
    "surname_form": "HOSSAIN",
    "given_form": "MOHAMMAD RAFIQUL",
}
SIRET3 = siret("4923817650001")
P03 = {
    "applicant": A3,
    "truth_head": head("2026-11-26", True, A3),
    "form": {
        "fill": "typed",
        "pob": "Sylhet, Bangladesh",
        "nationality": "bangladaise",
        "street": "5 rue Saint-Sauveur, appt 12",
        "cp": "59000",
        "city": "Lille",
        "phone": "07 53 90 14 27",
        "email": "rafiqul.hossain94@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "Préparateur de commandes",
        "place": "Lille",
        "date_text": "21/11/2026",
        "signed_on": "2026-11-21",
    },
    "passport": {
        "code": "BGD",
        "number": "A08417263",
        "expiry": "2034-08-19",
        "surname_print": "HOSSAIN",
        "given_print": "MOHAMMAD RAFIQUL",
        "country": ["PEOPLE'S REPUBLIC OF BANGLADESH", "PASSPORT"],
        "labels": {"type": "Type", "code": "Country Code", "number": "Passport No."},
        "rows": [
            ("Surname", "HOSSAIN"),
            ("Given Name", "MOHAMMAD RAFIQUL"),
            ("Nationality", "BANGLADESHI", "Personal No.", "1994911123456"),
            ("Date of Birth", "05 NOV 1994", "Sex", "M"),
            ("Place of Birth", "SYLHET", "Date of Issue", "20 AUG 2024"),
            ("Date of Expiry", "19 AUG 2034", "Issuing Authority", "DIP/DHAKA"),
        ],
        "bg": (224, 236, 226),
        "gl": (190, 220, 198),
        "skin": (160, 118, 90),
    },
    "visa": {
        "passport_no": "A08417263",
        "visa_no": "118273645",
        "valid_from": "2026-01-10",
        "valid_until": "2027-01-09",
        "issued_in": "DHAKA",
        "issued_on": "2025-12-18",
        "category": "travailleur temporaire",
        "remarks": [
            "VLS-TS TRAVAILLEUR TEMPORAIRE",
            "CESEDA R.431-16 - L.421-3",
            "AUT. TRAVAIL N° 59-2025-118734",
        ],
        "skin": (160, 118, 90),
    },
    "birth": {
        "office": "Sylhet City Corporation, Ward No. 12, Sylhet",
        "reg_date": "2011-01-12",
        "issue_date": "2026-03-03",
        "brn": "19949111234567890",
        "registrar": "Sharmin",
        "rows": [
            ("Name", "MOHAMMAD RAFIQUL HOSSAIN"),
            ("Date of Birth", "05/11/1994", "Sex", "Male"),
            ("In Word", "Fifth November Nineteen Hundred Ninety Four"),
            ("Place of Birth", "Sylhet"),
            ("Mother's Name", "ROKEYA BEGUM", "Nationality", "Bangladeshi"),
            ("Father's Name", "ABDUL KARIM HOSSAIN", "Nationality", "Bangladeshi"),
            ("Permanent Address", "Zindabazar, Sylhet Sadar, Sylhet"),
        ],
    },
    "birth_fields": {
        "surname": "HOSSAIN",
        "given_names": "MOHAMMAD RAFIQUL",
        "date_of_birth": "1994-11-05",
        "place_of_birth": "Sylhet",
        "issuing_country": "BGD",
        "language": "en",
        "has_apostille": True,
    },
    "apostille": {
        "country": "People's Republic of Bangladesh",
        "doc_signer": "Sharmin Akter",
        "doc_capacity": "Assistant to Registrar",
        "doc_seal": "Registrar, Sylhet City Corporation",
        "at": "Dhaka",
        "issued_on": "2026-04-14",
        "issued_on_txt": "14/04/2026",
        "by": "Ministry of Foreign Affairs, Consular Wing",
        "number": "BD-26-0412389",
        "signed_by": "Md. Kamrul Hasan",
    },
    "lease": {
        "meuble": True,
        "subtitle": "LOCAL MEUBLÉ À USAGE D'HABITATION PRINCIPALE",
        "landlord": "Colette BERTHAUD-LEMAIRE",
        "landlord_line": "Mme Colette BERTHAUD-LEMAIRE, 17 rue Négrier, 59800 Lille",
        "tenant_line": "M. Mohammad Rafiqul HOSSAIN, né le 05/11/1994 à Sylhet (Bangladesh)",
        "address": "5 rue Saint-Sauveur, appartement 12, 3e étage, 59000 Lille",
        "type": "Studio meublé de 24 m², une pièce principale, kitchenette, salle d'eau",
        "start": "2026-02-01",
        "duree": "Un an, reconductible tacitement",
        "rent": "545,00 € hors charges",
        "charges": "45,00 € (provision mensuelle)",
        "deposit": "1 090,00 € (deux mois de loyer hors charges)",
        "signed_place": "Lille",
        "signed_on": "2026-01-24",
        "signed": True,
        "font": ("dejaserif", "dejaserifb"),
        "clauses": [
            (
                "V. INVENTAIRE DU MOBILIER",
                "Le logement est loué meublé conformément "
                "au décret n° 2015-981 : literie, plaques de cuisson, réfrigérateur, "
                "vaisselle, table et sièges, rangements, luminaires.",
            ),
            (
                "VI. ÉTAT DES LIEUX",
                "Un état des lieux contradictoire est établi à "
                "la remise des clés et annexé au présent contrat.",
            ),
            (
                "VII. CLAUSE RÉSOLUTOIRE",
                "Le bail sera résilié de plein droit deux "
                "mois après un commandement de payer demeuré infructueux.",
            ),
            (
                "VIII. ANNEXES",
                "Diagnostic de performance énergétique, notice "
                "d'information, état des lieux, inventaire du mobilier.",
            ),
        ],
        "fields": {
            "tenant_names": ["Mohammad Rafiqul HOSSAIN"],
            "landlord": "Colette BERTHAUD-LEMAIRE",
            "address": "5 rue Saint-Sauveur, appartement 12, 3e étage, 59000 Lille",
            "start_date": "2026-02-01",
        },
    },
    "contract": {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "font": ("open", "openb"),
        "employer_line": "NORD LOGISTIQUE SERVICES, SARL, ZI de la Pilaterie, 12 rue "
        "des Entrepôts, 59290 Wasquehal, SIRET "
        + SIRET3
        + ", représentée par Mme Sandrine Delcourt, gérante,",
        "employee_line": "M. HOSSAIN Mohammad Rafiqul, né le 05/11/1994 à Sylhet "
        "(Bangladesh), demeurant 5 rue Saint-Sauveur, 59000 Lille,",
        "articles": [
            (
                "Article 1 - Motif et durée",
                "Contrat à durée déterminée conclu "
                "pour accroissement temporaire d'activité (article L. 1242-2 du "
                "code du travail), du 16 février 2026 au 15 février 2027.",
            ),
            (
                "Article 2 - Emploi",
                "Préparateur de commandes, niveau II, "
                "échelon 1, convention collective des transports routiers.",
            ),
            ("Article 3 - Période d'essai", "Deux semaines."),
            (
                "Article 4 - Rémunération",
                "Salaire brut mensuel de 1 823,03 € pour 35 heures hebdomadaires.",
            ),
            ("Article 5 - Lieu", "Entrepôt de Wasquehal."),
            ("Article 6 - Indemnité de fin de contrat", "10 % de la rémunération totale brute."),
        ],
        "place": "Wasquehal",
        "signed_on": "2026-02-12",
        "signatory": "Sandrine Delcourt",
        "fields": {
            "employer": "NORD LOGISTIQUE SERVICES",
            "employee_name": "HOSSAIN Mohammad Rafiqul",
            "contract_type": "CDD",
            "job_title": "Préparateur de commandes",
            "start_date": "2026-02-16",
        },
    },
    "payslip": {
        "employer": "NORD LOGISTIQUE SERVICES",
        "font": ("roboto", "robotob"),
        "employer_lines": ["12 rue des Entrepôts", "59290 WASQUEHAL"],
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-11-03",
        "employee_print": "M. HOSSAIN MOHAMMAD RAFIQUL",
        "employee_lines": ["5 rue Saint-Sauveur, appt 12", "59000 LILLE"],
        "job": "Préparateur de commandes",
        "status": "Ouvrier",
        "hired": "2026-02-16",
        "ccn": "Transports routiers (IDCC 16)",
        "siret": SIRET3,
        "naf": "5210B",
        "urssaf": "Nord-Pas-de-Calais",
        "net_fr": "1 437,52",
        "net_before": "1 437,52",
        "lines": [
            ("Salaire de base", "151,67", "12,02", "1 823,03"),
            ("Heures supplémentaires 25 %", "4,00", "15,03", "60,10"),
            ("SALAIRE BRUT", "", "", "1 883,13"),
            ("Santé", "1 883,13", "", "-22,60"),
            ("Retraite", "1 883,13", "", "-205,26"),
            ("CSG/CRDS", "1 850,17", "9,70", "-179,47"),
            ("Réduction salariale heures sup.", "", "", "+ 11,72"),
            ("Impôt sur le revenu (PAS)", "1 437,52", "0,00", "0,00"),
        ],
        "fields": {
            "employer": "NORD LOGISTIQUE SERVICES",
            "employee_name": "HOSSAIN MOHAMMAD RAFIQUL",
            "period": "2026-10",
            "net_pay": "1 437,52",
            "siret": SIRET3,
        },
    },
    "rib": make_rib(
        "40618",
        "80274",
        "00040893156",
        holder_print="M MOHAMMAD RAFIQUL HOSSAIN",
        bank_label="BoursoBank",
        bic="BOUSFRPPXXX",
        label="Compte courant",
    ),
}

# ------------------------------------------------------------------ p04 Madagascar
A4 = {
    "surname": "RAZAFINDRAKOTO",
    "given": "HANITRA LALAINA",
    "dob": "1998-09-03",
    "sex": "F",
    "nat": "MDG",
    "surname_form": "RAZAFINDRAKOTO",
    "given_form": "Hanitra Lalaina",
}
ADDR4 = ["12 rue Bayard", "31000 TOULOUSE"]
P04 = {
    "applicant": A4,
    "truth_head": head(
        "2026-12-01",
        False,
        A4,
        status="incomplete",
        defect="lease in the applicant's name took effect on 2026-10-01, less "
        "than three months before the audit date (residence_proof invalid)",
        residence_proof="invalid",
    ),
    "form": {
        "fill": "hand",
        "hand_font": "h_dancing",
        "pob": "Antananarivo, Madagascar",
        "nationality": "malgache",
        "street": "12 rue Bayard, 3e étage",
        "cp": "31000",
        "city": "Toulouse",
        "phone": "07 81 26 44 03",
        "email": "hanitra.raza@outlook.fr",
        "situation": "sans_activite",
        "place": "Toulouse",
        "date_text": "24/11/2026",
        "signed_on": "2026-11-24",
    },
    "passport": {
        "code": "MDG",
        "number": "B08317462",
        "expiry": "2029-03-10",
        "surname_print": "RAZAFINDRAKOTO",
        "given_print": "HANITRA LALAINA",
        "country": [
            "REPOBLIKAN'I MADAGASIKARA",
            "RÉPUBLIQUE DE MADAGASCAR",
            "PASIPAORO / PASSEPORT / PASSPORT",
        ],
        "labels": {
            "type": "Karazana/Type",
            "code": "Kaody/Code",
            "number": "Laharana/Passeport N°",
        },
        "rows": [
            ("Anarana/Nom/Surname", "RAZAFINDRAKOTO"),
            ("Fanampin'anarana/Prénoms/Given names", "HANITRA LALAINA"),
            ("Zom-pirenena/Nationalité", "MALAGASY", "Lahy/Vavy/Sexe", "F"),
            (
                "Daty nahaterahana/Date de naissance",
                "03/09/1998",
                "Toerana/Lieu de naissance",
                "ANTANANARIVO",
            ),
            (
                "Daty nanomezana/Date de délivrance",
                "11/03/2024",
                "Daty fahataperana/Expiration",
                "10/03/2029",
            ),
        ],
        "bg": (236, 228, 222),
        "gl": (222, 205, 196),
        "skin": (150, 108, 80),
    },
    "visa": {
        "passport_no": "B08317462",
        "visa_no": "107364528",
        "valid_from": "2026-01-15",
        "valid_until": "2027-01-14",
        "issued_in": "ANTANANARIVO",
        "issued_on": "2025-12-20",
        "category": "visiteur",
        "remarks": [
            "VLS-TS VISITEUR",
            "CESEDA R.431-16 - L.426-20",
            "SANS AUTORISATION DE TRAVAIL",
        ],
        "skin": (150, 108, 80),
    },
    "birth": {
        "borough": "BORIBORITANY FAHAEFATRA / 4e ARRONDISSEMENT",
        "no": "2417",
        "officer": "RAKOTONIRINA Haja",
        "mae_date": "2026-04-06",
        "legal_date": "2026-04-09",
        "consul": "Anne-Sophie Guillermin",
        "mg_text": "Tamin'ny telo septambra taona arivo sivin-jato sivy folo sy valo, tamin'ny "
        "folo ora sy sasany maraina, no teraka tao Befelatanana Antananarivo: "
        "RAZAFINDRAKOTO Hanitra Lalaina, zazavavy, zanak'i RAKOTOMALALA Jean "
        "Baptiste sy RASOANIRINA Voahangy.",
        "fr_text": "Le trois septembre mil neuf cent quatre-vingt-dix-huit, à dix heures "
        "trente minutes, est née à Befelatanana, Antananarivo : RAZAFINDRAKOTO "
        "Hanitra Lalaina, de sexe féminin, fille de RAKOTOMALALA Jean Baptiste, "
        "enseignant, et de RASOANIRINA Voahangy, commerçante, domiciliés à "
        "Ankadifotsy. Dressé le sept septembre mil neuf cent quatre-vingt-dix-"
        "huit sur la déclaration du père.",
        "copy_text": "Kopia manontolo nadika mifanaraka tamin'ny boky / Pour copie "
        "intégrale certifiée conforme au registre. Antananarivo, le 2 avril "
        "2026.",
    },
    "birth_fields": {
        "surname": "RAZAFINDRAKOTO",
        "given_names": "Hanitra Lalaina",
        "date_of_birth": "1998-09-03",
        "place_of_birth": "Befelatanana, Antananarivo",
        "issuing_country": "MDG",
        "language": "fr",
        "has_apostille": False,
    },
    "birth_notes": "bilingual Malagasy/French copie intégrale; legalised by the Malagasy MFA "
    "and the French embassy (not required under the France-Madagascar judicial "
    "cooperation agreement, harmless)",
    "lease": {
        "meuble": False,
        "subtitle": "LOGEMENT VIDE À USAGE DE RÉSIDENCE PRINCIPALE",
        "landlord": "SCI LES CAPITOULS",
        "landlord_line": "SCI LES CAPITOULS, 4 place Wilson, 31000 Toulouse, représentée "
        "par M. Bernard Fabre-Sentou, gérant",
        "tenant_line": "Mme Hanitra Lalaina RAZAFINDRAKOTO",
        "address": "12 rue Bayard, 3e étage gauche, 31000 Toulouse",
        "type": "Appartement T2 de 38 m², séjour, une chambre, cuisine, salle de bains",
        "start": "2026-10-01",
        "duree": "Trois ans",
        "rent": "610,00 € hors charges",
        "charges": "40,00 € (provision)",
        "deposit": "610,00 €",
        "signed_place": "Toulouse",
        "signed_on": "2026-09-22",
        "signed": True,
        "font": ("caladea", "caladeab"),
        "clauses": [
            (
                "V. TRAVAUX",
                "Aucun travaux n'a été réalisé depuis la fin du dernier contrat de location.",
            ),
            (
                "VI. GARANTIES",
                "Dépôt de garantie d'un mois de loyer hors charges, "
                "restitué dans un délai d'un mois après la remise des clés si l'état "
                "des lieux de sortie est conforme.",
            ),
            (
                "VII. CLAUSE RÉSOLUTOIRE",
                "À défaut de paiement du loyer ou des "
                "charges, le bail sera résilié de plein droit deux mois après un "
                "commandement de payer demeuré infructueux.",
            ),
        ],
        "fields": {
            "tenant_names": ["Hanitra Lalaina RAZAFINDRAKOTO"],
            "landlord": "SCI LES CAPITOULS",
            "address": "12 rue Bayard, 3e étage gauche, 31000 Toulouse",
            "start_date": "2026-10-01",
        },
    },
    "rib": make_rib(
        "13106",
        "00500",
        "30018427561",
        holder_print="MLLE RAZAFINDRAKOTO HANITRA LALAINA",
        address_lines=ADDR4,
        bank_name="CREDIT AGRICOLE TOULOUSE 31",
        bank_label="Crédit Agricole Toulouse 31",
        bic="AGRIFRPP831",
        color=(0, 110, 90),
        agency=["CA TOULOUSE CAPITOLE", "6 place du Capitole", "31000 TOULOUSE"],
    ),
}
