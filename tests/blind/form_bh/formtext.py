"""Printed wording of the form (our own words after the public description of the S1106)."""

SITUATIONS = [
    ("sit_salarie", "Vous exercez une activité professionnelle salariée en France"),
    (
        "sit_independant",
        (
            "Vous exercez une activité professionnelle non salariée en France "
            "(travailleur indépendant, micro-entrepreneur)"
        ),
    ),
    ("sit_demandeur", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("sit_etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    (
        "sit_sans_activite",
        (
            "Vous n'exercez pas d'activité professionnelle et vous résidez en "
            "France de manière stable et régulière depuis plus de trois mois"
        ),
    ),
    ("sit_autre", "Autre situation (précisez)"),
]

PIECES = [
    (
        "une photocopie de votre pièce d'identité (passeport ; carte nationale d'identité pour "
        "les ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;"
    ),
    (
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : une photocopie de votre titre de "
        "séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou du récépissé de "
        "votre demande ;"
    ),
    (
        "une copie intégrale de votre acte de naissance ou un extrait avec filiation (avec "
        "apostille ou légalisation selon le pays de délivrance) ;"
    ),
    (
        "un justificatif de résidence en France depuis plus de trois mois (bail, quittance ou "
        "factures d'énergie, attestation d'hébergement...) ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


SAVOIR = [
    (
        "Adressez votre dossier complet à la caisse d'assurance maladie de votre lieu de "
        "résidence. Un dossier incomplet vous sera retourné et retardera l'ouverture de vos droits."
    ),
    (
        "Si vous n'avez pas encore de numéro de sécurité sociale, un numéro provisoire vous sera "
        "attribué ; votre numéro définitif vous sera communiqué après vérification de votre état "
        "civil."
    ),
    (
        "Dès l'ouverture de vos droits, vous pourrez créer votre compte ameli et télécharger une "
        "attestation de droits. Pensez ensuite à déclarer votre médecin traitant."
    ),
]
