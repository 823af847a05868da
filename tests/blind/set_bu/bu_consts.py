"""Constants shared by the packets: dates, brands, banks."""

AS_OF = {"p01": "2026-11-18", "p02": "2026-11-24", "p03": "2026-11-20", "p04": "2026-11-27"}
EMPLOYED = {"p01": True, "p02": False, "p03": True, "p04": True}
ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}

BOUYGUES = {
    "name": "BOUYGUES TELECOM",
    "color": (0.0, 0.2, 0.45),
    "fonts": ("Open", "OpenB"),
    "title": "Votre facture Bbox",
    "amount_label": "Montant total à payer",
    "labels": ["N° de facture", "Date de facture", "N° de compte client", "Période"],
    "detail_title": "Détail de vos services Bbox",
    "addr_sender": "Bouygues Telecom — Service Clients — TSA 59013 — 60643 Chantilly Cedex",
    "legal": "Bouygues Telecom — SA au capital de 712 588 399,56 € — 397 480 930 RCS "
    "Paris — 37-39 rue Boissière 75116 Paris",
}
BNP = {
    "bank_logo": "BNP PARIBAS",
    "color": (0.0, 0.52, 0.34),
    "fonts": ("Lato", "LatoB"),
    "bank_sub": "La banque d'un monde qui change",
    "title": "RELEVÉ D'IDENTITÉ BANCAIRE",
    "holder_label": "Titulaire du compte",
    "iban_label": "IBAN (International Bank Account Number)",
    "bic": "BNPAFRPPXXX",
    "foot": [
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte.",
        "BNP Paribas SA au capital de 2 261 621 342 € — 662 042 449 RCS Paris — "
        "ORIAS n° 07 022 735 — 16 bd des Italiens 75009 Paris",
    ],
}
CM = {
    "bank_logo": "Crédit Mutuel",
    "color": (0.0, 0.33, 0.62),
    "fonts": ("Carlito", "CarlitoB"),
    "bank_sub": "Caisse de Crédit Mutuel Grenoble Europe",
    "title": "Relevé d'Identité Bancaire",
    "holder_label": "Intitulé du compte",
    "iban_label": "Identifiant international (IBAN)",
    "bic": "CMCIFR2A",
    "foot": [
        "Document à remettre à tout organisme souhaitant effectuer des prélèvements ou "
        "virements sur votre compte.",
        "Caisse Fédérale de Crédit Mutuel — 588 505 354 RCS Strasbourg",
    ],
}


OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}

EDF = {
    "name": "edf",
    "color": (0.0, 0.25, 0.6),
    "fonts": ("Lato", "LatoB"),
    "title": "Votre facture d'électricité",
    "amount_label": "Montant TTC de la facture",
    "labels": ["Facture n°", "Émise le", "Référence client", "Consommation"],
    "detail_title": "Détail de votre facture — Tarif Bleu, option Base 6 kVA",
    "addr_sender": "EDF — Service Client — TSA 21941 — 62978 Arras Cedex 9",
    "legal": "EDF SA au capital de 2 084 365 041 € — 552 081 317 R.C.S. Paris — 22-30 avenue "
    "de Wagram 75382 Paris cedex 08 — edf.fr",
}
ORANGE = {
    "name": "orange",
    "color": (1.0, 0.47, 0.0),
    "fonts": ("Roboto", "RobotoB"),
    "band": True,
    "title": "Votre facture Livebox",
    "amount_label": "Total à payer",
    "labels": ["Numéro de facture", "Date", "Numéro de compte", "Période facturée"],
    "detail_title": "Vos abonnements et services",
    "addr_sender": "Orange — Service Clients — 33734 Bordeaux Cedex 9",
    "legal": "Orange SA au capital de 10 640 226 396 € — 380 129 866 RCS Nanterre — "
    "111 quai du Président Roosevelt 92130 Issy-les-Moulineaux",
}
LBP = {
    "bank_logo": "LA BANQUE POSTALE",
    "color": (0.0, 0.2, 0.5),
    "fonts": ("Arial", "ArialB"),
    "bank_sub": "Centre Financier de Paris",
    "title": "Relevé d'identité bancaire",
    "holder_label": "Titulaire",
    "iban_label": "IBAN",
    "bic": "PSSTFRPPPAR",
    "foot": [
        "La Banque Postale — SA à Directoire et Conseil de Surveillance — 421 100 645 "
        "RCS Paris — 115 rue de Sèvres 75275 Paris Cedex 06"
    ],
}
SG = {
    "bank_logo": "SOCIETE GENERALE",
    "color": (0.88, 0.0, 0.1),
    "fonts": ("Narrow", "NarrowB"),
    "bank_sub": "Agence LYON JEAN MACÉ",
    "title": "RELEVÉ D'IDENTITÉ BANCAIRE (RIB)",
    "holder_label": "Titulaire du compte",
    "iban_label": "Identification internationale (IBAN)",
    "bic": "SOGEFRPP",
    "foot": [
        "Société Générale — S.A. au capital de 1 000 395 971,25 € — 552 120 222 RCS "
        "Paris — 29 bd Haussmann 75009 Paris"
    ],
}
