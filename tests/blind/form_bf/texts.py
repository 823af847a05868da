"""The settings of the three print runs and the printed wording of the form."""

# Three print runs. "label": beside / above / inside the field; "bar": how a section title
# is shown; "comb": boxed cells or an underline with ticks; "sig": where the word
# "Signature" is printed; "date": the "le" field as a dotted line or comb boxes.
RUNS = {
    "R1": {
        "font": "LiberationSans",
        "label": "beside",
        "bar": "band",
        "accent": (0.04, 0.24, 0.55),
        "comb": "box",
        "cw": 5.2,
        "ch": 6.0,
        "name_n": 24,
        "check": 3.6,
        "line": "dots",
        "sig": "above",
        "date": "dots",
        "contract": "boxes",
        "title_size": 15,
    },
    "R2": {
        "font": "DejaVuCond",
        "label": "above",
        "bar": "rule",
        "accent": (0.0, 0.36, 0.42),
        "comb": "box",
        "cw": 4.7,
        "ch": 5.4,
        "name_n": 36,
        "check": 3.3,
        "line": "box",
        "sig": "inside",
        "date": "comb",
        "contract": "line",
        "title_size": 13.5,
    },
    "R3": {
        "font": "Carlito",
        "label": "inside",
        "bar": "grey",
        "accent": (0.12, 0.12, 0.12),
        "comb": "ticks",
        "cw": 5.4,
        "ch": 5.0,
        "name_n": 32,
        "check": 3.8,
        "line": "dots",
        "sig": "grey",
        "date": "dots",
        "contract": "boxes",
        "title_size": 16,
    },
}


SITUATION_KEYS = [
    "sit_salarie",
    "sit_independant",
    "sit_demandeur_emploi",
    "sit_etudiant",
    "sit_sans_activite",
    "sit_autre",
]

SITUATION_LABELS = {
    "R1": [
        "Vous exercez une activité salariée en France",
        "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        "Vous êtes inscrit(e) comme demandeur d'emploi auprès de France Travail",
        "Vous êtes étudiant(e)",
        "Vous êtes sans activité et vous résidez en France de manière stable et régulière "
        "depuis plus de trois mois",
        "Autre situation, précisez :",
    ],
    "R2": [
        "Salarié(e) en France",
        "Travailleur(se) non salarié(e) / indépendant(e)",
        "Demandeur(se) d'emploi",
        "Étudiant(e)",
        "Sans activité professionnelle, résidant en France de façon stable depuis plus de 3 mois",
        "Autre (précisez) :",
    ],
    "R3": [
        "J'exerce une activité salariée en France",
        "J'exerce une activité indépendante (artisan, commerçant, profession libérale, "
        "micro-entrepreneur)",
        "Je suis demandeur d'emploi",
        "Je suis étudiant(e)",
        "Je suis sans activité et je réside en France de manière stable et régulière depuis "
        "plus de trois mois",
        "Autre situation (précisez) :",
    ],
}

NOTICE = (
    "Vous travaillez en France, ou vous y résidez de manière stable et régulière depuis plus "
    "de trois mois, et vous ne bénéficiez d'aucune prise en charge de vos frais de santé : "
    "complétez ce formulaire pour demander l'ouverture de vos droits à l'assurance maladie. "
    "Écrivez en lettres capitales. Joignez les pièces justificatives listées en page 2 et "
    "adressez le tout à la caisse d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-2, R. 111-3 et D. 160-2 du code de la "
    "sécurité sociale"
)
CERTIFY = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement concernant ma "
    "situation (adresse, activité, situation familiale)."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code "
    "pénal). En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de "
    "déclaration d'un changement de situation dans le but d'obtenir le versement de prestations "
    "indues peuvent faire l'objet d'une pénalité financière en application de l'article "
    "L. 114-17-1 du code de la sécurité sociale."
)
PIECES = [
    "une pièce d'identité en cours de validité : passeport ou, pour les ressortissants de "
    "l'Union européenne, de l'EEE ou de la Suisse, carte nationale d'identité ;",
    "si vous êtes ressortissant d'un pays hors Union européenne : votre titre de séjour en "
    "cours de validité (carte de séjour, visa long séjour valant titre de séjour VLS-TS validé, "
    "récépissé de demande de titre de séjour) ;",
    "un extrait d'acte de naissance avec filiation ou une copie intégrale d'acte de naissance, "
    "apostillé ou légalisé le cas échéant ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
    "successives (électricité, gaz, eau, téléphone, internet) ou attestation d'hébergement ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous exercez une activité salariée : votre contrat de travail ou votre dernier bulletin "
    "de salaire.",
]
SEND = (
    "Adressez ce formulaire complété, daté et signé, accompagné des pièces justificatives, à la "
    "caisse d'assurance maladie de votre lieu de résidence. Conservez une copie de votre "
    "dossier. Votre caisse vous informera de l'ouverture de vos droits et de votre numéro de "
    "sécurité sociale. Pour toute question : ameli.fr ou 36 46 (service gratuit + prix d'appel)."
)
CNIL = (
    "Les informations recueillies sont nécessaires à l'ouverture de vos droits. Conformément au "
    "règlement (UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un "
    "droit d'accès et de rectification des informations qui vous concernent, auprès du directeur "
    "de votre caisse d'assurance maladie ou de son délégué à la protection des données."
)
