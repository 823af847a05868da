"""Printed wording of the form (our own paraphrase of the public cerfa 15763*02)."""

NOTICE = (
    "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou vous "
    "y exercez une activité professionnelle : vos frais de santé peuvent être pris en charge au "
    "titre de la protection universelle maladie. Complétez ce formulaire en lettres capitales "
    "et adressez-le, avec les pièces justificatives demandées en page 2, à la caisse primaire "
    "d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 161-15, R. 111-2 et D. 160-2 "
    "du code de la sécurité sociale."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, état civil)."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, "
    "article L. 114-13 du code de la sécurité sociale)."
)
CNIL = (
    "Les informations recueillies sont nécessaires à l'examen de vos droits. La loi n° 78-17 du "
    "6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés et le "
    "règlement (UE) 2016/679 vous garantissent un droit d'accès et de rectification des données "
    "vous concernant auprès de votre caisse d'assurance maladie."
)
PIECES = [
    "une pièce d'identité en cours de validité (passeport, ou carte nationale d'identité pour "
    "les ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;",
    "si vous êtes ressortissant d'un autre pays : votre titre de séjour, votre visa long séjour "
    "valant titre de séjour (VLS-TS) ou le récépissé de votre demande ;",
    "un extrait d'acte de naissance avec filiation ou une copie intégrale (apostillé ou légalisé "
    "selon le pays) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("sit_salarie", "Vous exercez une activité salariée en France"),
    (
        "sit_independant",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
    ),
    ("sit_demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail"),
    ("sit_etudiant", "Vous êtes étudiant(e) dans un établissement d'enseignement en France"),
    (
        "sit_sans_activite",
        "Vous n'exercez pas d'activité professionnelle et résidez en France "
        "de manière stable et régulière depuis plus de trois mois",
    ),
    ("sit_autre", "Autre situation, précisez :"),
]
CONTRACTS = [
    ("ct_cdi", "CDI"),
    ("ct_cdd", "CDD"),
    ("ct_interim", "Intérim"),
    ("ct_apprenti", "Apprentissage"),
]
