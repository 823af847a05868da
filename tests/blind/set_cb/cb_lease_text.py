"""Text of the p03 lease (bail loi 1989, sections of the décret 2015-587 model)."""


def lease_sections():
    return [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                (
                    "Le présent contrat est conclu entre les soussignés : Mme Hélène DUCASSE-VERNET, "
                    "demeurant 41 avenue Mozart, 75016 Paris, personne physique, désignée ci-après « le "
                    "bailleur » ;"
                ),
                (
                    "et Mme OUYANG Siqi, née le 23 août 1996 à Hangzhou (Chine), désignée ci-après « le "
                    "locataire »."
                ),
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
                (
                    "A. Consistance du logement – Adresse du logement : 5 bis rue des Cévennes, 75015 "
                    "Paris – bâtiment A, 3e étage, porte gauche, appartement n° 31. Type d'habitat : "
                    "immeuble collectif ; régime juridique : copropriété ; période de construction : "
                    "de 1949 à 1974 ; surface habitable : 38,40 m² ; nombre de pièces principales : 2. "
                    "Autres parties du logement : cuisine équipée, salle d'eau avec WC. Modalité de "
                    "production de chauffage : individuel électrique ; eau chaude : individuelle."
                ),
                "B. Destination des locaux : usage d'habitation principale.",
                (
                    "C. Désignation des locaux et équipements accessoires à usage privatif : une cave "
                    "n° 12. Parties et équipements à usage commun : local vélos, ascenseur, interphone, "
                    "local à poubelles, espaces verts de la cour intérieure."
                ),
                (
                    "D. Équipement d'accès aux technologies de l'information et de la communication : "
                    "raccordement à la fibre optique (prise terminale optique dans le séjour), prise "
                    "téléphonique dans l'entrée."
                ),
                (
                    "E. Niveau de performance énergétique du logement : classe D (consommation "
                    "d'énergie primaire 238 kWh/m²/an), émissions de gaz à effet de serre : classe B. "
                    "Montant estimé des dépenses annuelles d'énergie pour un usage standard : entre "
                    "720 € et 1 010 € par an (prix moyens des énergies indexés au 1er janvier 2025)."
                ),
                (
                    "F. Le logement répond aux critères de décence définis par le décret n° 2002-120 du "
                    "30 janvier 2002, notamment au regard du niveau de performance minimal."
                ),
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                "A. Date de prise d'effet du contrat : 1er mars 2026.",
                (
                    "B. Durée du contrat : trois ans, soit jusqu'au 28 février 2029, renouvelable "
                    "tacitement dans les conditions de l'article 10 de la loi du 6 juillet 1989."
                ),
                (
                    "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son "
                    "terme, reconduit tacitement pour trois ans et dans les mêmes conditions. Le "
                    "locataire peut mettre fin au bail à tout moment, après avoir donné congé."
                ),
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                (
                    "A. Loyer – Fixation du loyer initial : montant du loyer mensuel : 1 185,00 € hors "
                    "charges. Le logement est situé dans une zone où s'applique l'encadrement des "
                    "loyers : loyer de référence 31,20 €/m², loyer de référence majoré 37,44 €/m²."
                ),
                (
                    "B. Charges récupérables : provision sur charges avec régularisation annuelle, "
                    "montant mensuel : 95,00 €."
                ),
                (
                    "C. Modalités de paiement : paiement mensuel, à échoir, le 5 de chaque mois, par "
                    "virement. Montant total dû à la première échéance : 1 280,00 €."
                ),
                (
                    "D. Révision du loyer : le loyer sera révisé chaque année à la date anniversaire du "
                    "contrat en fonction de la variation de l'indice de référence des loyers (IRL) "
                    "publié par l'INSEE ; trimestre de référence : 4e trimestre 2025."
                ),
                (
                    "E. Modalités de récupération des charges : les provisions font l'objet d'une "
                    "régularisation annuelle au vu du décompte par nature de charges et des modalités "
                    "de répartition entre les locataires de l'immeuble, tenus à la disposition du "
                    "locataire pendant six mois."
                ),
                (
                    "F. Le locataire a la possibilité de contester le complément de loyer devant la "
                    "commission départementale de conciliation dans un délai de trois mois à compter de"
                    " la signature du bail ; aucun complément de loyer n'est appliqué au présent "
                    "contrat."
                ),
            ],
        ),
        (
            "V. TRAVAUX",
            [
                (
                    "Néant. Aucun travaux d'amélioration n'a été effectué depuis la fin du dernier "
                    "contrat de location. Les travaux de rafraîchissement de la cuisine (peinture, "
                    "remplacement du plan de travail) ont été réalisés aux frais du bailleur en janvier "
                    "2026 et ne donnent lieu à aucune majoration de loyer."
                )
            ],
        ),
        (
            "VI. GARANTIES",
            [
                (
                    "Le locataire verse à la signature des présentes un dépôt de garantie de 1 185,00 €,"
                    " soit un mois de loyer hors charges, restitué dans un délai maximal de deux mois à "
                    "compter de la remise des clés."
                )
            ],
        ),
        (
            "VII. CLAUSE RÉSOLUTOIRE",
            [
                (
                    "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer ou des "
                    "charges, du dépôt de garantie, de défaut d'assurance des risques locatifs ou de "
                    "troubles de voisinage constatés par une décision de justice, six semaines après un "
                    "commandement de payer demeuré infructueux."
                )
            ],
        ),
        (
            "VIII. HONORAIRES DE LOCATION",
            ["Néant : contrat conclu directement entre les parties, sans intermédiaire."],
        ),
        (
            "IX. AUTRES CONDITIONS PARTICULIÈRES",
            [
                (
                    "Le locataire justifiera chaque année d'une assurance habitation. Les animaux "
                    "domestiques sont admis sous réserve de ne causer aucun trouble."
                ),
                (
                    "Le locataire s'engage à laisser exécuter les travaux d'entretien des parties "
                    "communes votés par l'assemblée générale des copropriétaires et à permettre "
                    "l'accès au logement pour la relève des compteurs et l'entretien annuel de la "
                    "ventilation mécanique."
                ),
                (
                    "Les parties élisent domicile, le bailleur en sa demeure, le locataire dans les "
                    "lieux loués."
                ),
            ],
        ),
    ]
