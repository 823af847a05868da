"""Long texts of the contracts and leases (French)."""

LEASE_P02 = [
    [
        ("title", "CONTRAT DE LOCATION"),
        ("title", "LOCAUX VACANTS NON MEUBLÉS"),
        (
            "sub",
            "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer "
            "les rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre "
            "1986. Modèle de contrat type défini par le décret n° 2015-587 du 29 mai 2015.)",
        ),
        ("h", "I. DÉSIGNATION DES PARTIES"),
        ("p", "Le présent contrat est conclu entre les soussignés :"),
        (
            "p",
            "Mme Odile LEFEBVRE, demeurant 3 allée des Marronniers, 78000 Versailles, "
            "personne physique, représentée par son mandataire le Cabinet Martin & Roux "
            "Immobilier, 118 rue de Ménilmontant, 75020 Paris, carte professionnelle CPI 7501 "
            "2019 000 041 227, désignée ci-après « le bailleur » ;",
        ),
        (
            "p",
            "M. Arjun Gopalakrishnan NAIR, né le 27/01/1993 à Kochi (Inde), désigné ci-après "
            "« le locataire ».",
        ),
        ("h", "II. OBJET DU CONTRAT"),
        ("p", "Le présent contrat a pour objet la location d'un logement ainsi déterminé :"),
        (
            "p",
            "Localisation du logement : 14 rue des Pyrénées, Appt 32, 75020 Paris - bâtiment A, "
            "3e étage, porte droite. Type d'habitat : immeuble collectif. Régime juridique de "
            "l'immeuble : copropriété. Période de construction : 1949-1974. Surface habitable : "
            "41,6 m². Nombre de pièces principales : 2.",
        ),
        (
            "p",
            "Destination des locaux : usage d'habitation exclusivement. Désignation des locaux "
            "et équipements accessoires à usage privatif : cave n° 12.",
        ),
        ("h", "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT"),
        ("p", "Date de prise d'effet du contrat : 15/05/2026."),
        (
            "p",
            "Durée du contrat : 3 ans, renouvelable par tacite reconduction dans les conditions "
            "de l'article 10 de la loi du 6 juillet 1989.",
        ),
    ],
    [
        ("h", "IV. CONDITIONS FINANCIÈRES"),
        (
            "p",
            "Montant du loyer mensuel : 1 240,00 € hors charges. Le logement est situé dans une "
            "zone d'encadrement des loyers : loyer de référence 29,80 €/m², loyer de référence "
            "majoré 35,76 €/m².",
        ),
        (
            "p",
            "Provision mensuelle sur charges récupérables : 90,00 €, avec régularisation annuelle.",
        ),
        (
            "p",
            "Modalités de paiement : mensuel, à terme à échoir, le 5 de chaque mois, par "
            "virement sur le compte du mandataire.",
        ),
        ("h", "V. TRAVAUX"),
        ("p", "Néant."),
        ("h", "VI. GARANTIES"),
        (
            "p",
            "Dépôt de garantie : 1 240,00 € (un mois de loyer hors charges). Garantie Visale "
            "n° V2026041873 délivrée par Action Logement.",
        ),
        ("h", "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE"),
        (
            "p",
            "Le bail sera résilié de plein droit deux mois après un commandement de payer "
            "demeuré infructueux, pour défaut de paiement du loyer, des charges ou du dépôt de "
            "garantie, ou pour défaut d'assurance contre les risques locatifs.",
        ),
        ("h", "VIII. HONORAIRES DE LOCATION"),
        (
            "p",
            "Honoraires à la charge du locataire : 416,00 € (visite, dossier, rédaction) et "
            "124,80 € (état des lieux), conformément au plafond réglementaire.",
        ),
    ],
    [
        ("h", "IX. AUTRES CONDITIONS PARTICULIÈRES"),
        (
            "p",
            "Le locataire déclare avoir reçu le dossier de diagnostic technique (DPE classe D, "
            "constat de risque d'exposition au plomb, état des risques et pollutions), la notice "
            "d'information et l'état des lieux d'entrée établi contradictoirement le 15/05/2026.",
        ),
        ("h", "X. ANNEXES"),
        (
            "p",
            "Extrait du règlement de copropriété ; dossier de diagnostic technique ; notice "
            "d'information ; état des lieux ; acte de caution (néant).",
        ),
        (
            "p",
            "Fait et signé électroniquement en un exemplaire original, chaque partie en recevant "
            "une copie certifiée par le prestataire de signature.",
        ),
    ],
]

CDI_P02 = [
    [
        ("title", "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"),
        ("p", "ENTRE LES SOUSSIGNÉS :"),
        (
            "p",
            "La société QUANTALYS SYSTEMS SAS, société par actions simplifiée au capital de "
            "150 000 €, immatriculée au RCS de Paris sous le numéro 852 364 917, SIRET "
            "852 364 917 00028, dont le siège social est situé 52 rue de la Victoire, 75009 "
            "Paris, représentée par Mme Claire VASSEUR en sa qualité de Directrice des "
            "ressources humaines, ci-après « la Société »,",
        ),
        ("p", "ET"),
        (
            "p",
            "M. Arjun Gopalakrishnan NAIR, né le 27/01/1993 à Kochi (Inde), de nationalité "
            "indienne, demeurant actuellement 14 rue des Pyrénées, Appt 32, 75020 Paris, "
            "ci-après « le Salarié »,",
        ),
        ("p", "IL A ÉTÉ CONVENU CE QUI SUIT :"),
        ("h", "Article 1 - Engagement"),
        (
            "p",
            "Le Salarié est engagé à compter du 04/05/2026 pour une durée indéterminée, sous "
            "réserve de la délivrance de son visa long séjour valant titre de séjour mention "
            "« passeport talent - salarié qualifié ».",
        ),
        ("h", "Article 2 - Fonctions"),
        (
            "p",
            "Le Salarié exercera les fonctions d'Ingénieur data senior, statut cadre, position "
            "2.3, coefficient 150 de la convention collective nationale des bureaux d'études "
            "techniques (Syntec, IDCC 1486).",
        ),
        ("h", "Article 3 - Période d'essai"),
        (
            "p",
            "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de quatre mois, "
            "renouvelable une fois d'un commun accord.",
        ),
    ],
    [
        ("h", "Article 4 - Lieu de travail"),
        (
            "p",
            "Le Salarié exercera ses fonctions au siège de la Société, 52 rue de la Victoire, "
            "75009 Paris, avec deux jours de télétravail par semaine selon l'accord d'entreprise.",
        ),
        ("h", "Article 5 - Durée du travail"),
        ("p", "Le Salarié est soumis à une convention de forfait annuel de 218 jours travaillés."),
        ("h", "Article 6 - Rémunération"),
        (
            "p",
            "Le Salarié percevra une rémunération annuelle brute de 68 000 € versée en douze "
            "mensualités égales.",
        ),
        ("h", "Article 7 - Congés, prévoyance, mutuelle"),
        (
            "p",
            "Le Salarié bénéficie des congés payés légaux, du régime de prévoyance cadre et de "
            "la complémentaire santé obligatoire de la Société.",
        ),
        ("h", "Article 8 - Obligations"),
        (
            "p",
            "Le Salarié s'engage à informer la Société de tout changement relatif à sa "
            "situation administrative, notamment au titre de séjour.",
        ),
        ("p", "Fait en deux exemplaires originaux."),
    ],
]

LEASE_P04 = [
    [
        ("title", "CONTRAT DE LOCATION MEUBLÉE"),
        (
            "sub",
            "Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989 - résidence "
            "principale du locataire",
        ),
        ("h", "Entre les soussignés"),
        (
            "p",
            "M. Patrick HOARAU, demeurant 6 impasse des Glycines, 94300 Vincennes, ci-après "
            "« le bailleur »,",
        ),
        (
            "p",
            "et M. Kouadio Jean-Baptiste KONAN, né le 08/03/1994 à Yopougon (Côte d'Ivoire), "
            "ci-après « le locataire ».",
        ),
        ("h", "1. Objet"),
        (
            "p",
            "Le bailleur loue au locataire, qui accepte, un logement meublé situé 31 rue de "
            "Paris, Appt 12, 93100 Montreuil (2e étage gauche), studio de 24 m² comprenant une "
            "pièce principale, une kitchenette équipée et une salle d'eau avec WC, ainsi que le "
            "mobilier dont la liste est annexée.",
        ),
        ("h", "2. Durée"),
        (
            "p",
            "Le bail prend effet le 1er octobre 2025 pour une durée d'un an, reconductible "
            "tacitement par périodes d'un an.",
        ),
        ("h", "3. Loyer et charges"),
        (
            "p",
            "Loyer mensuel : 640 € ; charges forfaitaires : 60 € (eau, chauffage collectif, "
            "entretien des parties communes). Payable d'avance le 1er de chaque mois par "
            "virement.",
        ),
        ("h", "4. Dépôt de garantie"),
        (
            "p",
            "Le locataire verse ce jour un dépôt de garantie de 1 280 €, soit deux mois de loyer "
            "hors charges.",
        ),
    ],
    [
        ("h", "5. Obligations du locataire"),
        (
            "p",
            "Le locataire s'engage à occuper personnellement les lieux, à les entretenir, à "
            "s'assurer contre les risques locatifs et à en justifier chaque année.",
        ),
        ("h", "6. Clause résolutoire"),
        (
            "p",
            "À défaut de paiement d'un seul terme de loyer ou des charges à leur échéance, ou "
            "de justification de l'assurance, le bail sera résilié de plein droit deux mois "
            "après un commandement resté infructueux.",
        ),
        ("h", "7. Annexes"),
        (
            "p",
            "Inventaire du mobilier, état des lieux d'entrée du 01/10/2025, diagnostics (DPE "
            "classe E), notice d'information.",
        ),
        ("p", "Fait à Montreuil, le 24 septembre 2025, en deux exemplaires."),
    ],
]
