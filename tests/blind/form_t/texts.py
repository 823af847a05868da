"""Printed wording of the home-made print runs (paraphrased from the public S1106)."""

NOTICE = (
    "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de "
    "vos frais de santé, au titre de votre activité professionnelle en France ou de votre "
    "résidence stable et régulière en France. Remplissez-le en lettres capitales, datez-le, "
    "signez-le et adressez-le, accompagné des pièces justificatives listées en page 2, à la "
    "caisse d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2 à R. 111-4 et D. 160-1 à "
    "D. 160-3 du code de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité professionnelle, situation de résidence)."
)
FRAUD = (
    "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
    "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-17-1 du "
    "code de la sécurité sociale)."
)
PIECES = [
    "une pièce d'identité en cours de validité : passeport ou, pour les ressortissants de "
    "l'Union européenne, de l'EEE ou de la Suisse, carte nationale d'identité ;",
    "si vous n'êtes pas ressortissant(e) de l'UE / EEE / Suisse : votre titre de séjour, "
    "votre visa long séjour valant titre de séjour (VLS-TS) ou le récépissé de votre demande ;",
    "votre acte de naissance (copie intégrale ou extrait avec filiation) ; s'il a été établi à "
    "l'étranger, il doit être apostillé ou légalisé, sauf dispense prévue par une convention ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
    "successives (électricité, gaz, eau, téléphone, internet) ou attestation d'hébergement ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés et le règlement (UE) 2016/679 s'appliquent aux réponses faites sur ce formulaire. "
    "Elles garantissent un droit d'accès et de rectification pour les données vous concernant "
    "auprès de votre caisse d'assurance maladie."
)
