"""Printed wording of the form (written from the public description of cerfa 15763*02)."""

NOTICE = (
    "Ce formulaire vous permet de demander la prise en charge de vos frais de santé si vous "
    "travaillez en France ou si vous y résidez de manière stable et régulière. Remplissez-le "
    "en lettres capitales, datez-le, signez-le et envoyez-le, accompagné des pièces "
    "justificatives listées en page 2, à la caisse d'assurance maladie de votre lieu de "
    "résidence. Vous n'avez pas de numéro de sécurité sociale ? Laissez la case vide."
)

LEGAL_REFS = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, L. 161-1, R. 111-2 et D. 160-2 du code de "
    "la sécurité sociale."
)

SITUATION_LABELS = {
    "salarie": "Vous exercez une activité salariée en France",
    "independant": (
        "Vous exercez une activité non salariée en France (travailleur indépendant, "
        "micro-entrepreneur, profession libérale)"
    ),
    "demandeur_emploi": "Vous êtes demandeur d'emploi inscrit à France Travail (ex-Pôle emploi)",
    "etudiant": "Vous êtes étudiant(e) dans un établissement d'enseignement supérieur en France",
    "sans_activite": (
        "Vous êtes sans activité professionnelle et vous résidez en France de manière stable et "
        "régulière depuis plus de trois mois"
    ),
    "autre": "Autre situation (précisez) :",
}

PAGE2_TEXTS = {
    "certif": (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
        "sur les pièces jointes."
    ),
    "engage": (
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation (adresse, activité professionnelle, situation familiale, résidence en "
        "France) et à restituer les sommes qui m'auraient été versées à tort."
    ),
    "fraud": (
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du "
        "code pénal). En outre, l'inexactitude ou le caractère incomplet des déclarations faites "
        "pour obtenir des prestations peut être sanctionné par une pénalité financière "
        "(article L. 114-17-1 du code de la sécurité sociale)."
    ),
    "pieces": [
        "Une photocopie de votre pièce d'identité en cours de validité : passeport, ou carte "
        "nationale d'identité si vous êtes ressortissant de l'Union européenne, de l'Espace "
        "économique européen ou de la Suisse.",
        "Si vous êtes d'une autre nationalité : votre titre de séjour, votre visa long séjour "
        "valant titre de séjour (VLS-TS) ou le récépissé de votre demande de titre de séjour.",
        "Une copie intégrale ou un extrait avec filiation de votre acte de naissance ; s'il a "
        "été établi à l'étranger, il doit être apostillé ou légalisé selon le pays.",
        "Un justificatif de résidence en France depuis plus de trois mois : bail, factures "
        "d'électricité, de gaz, d'eau ou de téléphone des trois derniers mois, ou attestation "
        "d'hébergement avec la pièce d'identité et le justificatif de domicile de l'hébergeant.",
        "Un relevé d'identité bancaire (RIB) à votre nom.",
        "Si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ],
    "cnil": (
        "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Elles sont "
        "destinées à votre caisse d'assurance maladie. Conformément au règlement (UE) 2016/679 "
        "et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès et de "
        "rectification des données vous concernant auprès du directeur de votre caisse."
    ),
}
