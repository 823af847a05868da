"""Printed wording of the home-made print runs (after the public S1106 / cerfa 15763*02)."""

CERT = (
    "Je certifie sur l'honneur l'exactitude des renseignements port\u00e9s sur ce formulaire "
    "et je m'engage \u00e0 signaler \u00e0 ma caisse d'assurance maladie tout changement de ma "
    "situation (adresse, activit\u00e9, r\u00e9sidence en France)."
)
NOTICE = (
    "Vous r\u00e9sidez en France de mani\u00e8re stable et r\u00e9guli\u00e8re depuis plus de "
    "trois mois ou vous exercez une activit\u00e9 professionnelle en France : compl\u00e9tez ce "
    "formulaire pour b\u00e9n\u00e9ficier de la prise en charge de vos frais de sant\u00e9. "
    "\u00c9crivez en lettres capitales. Joignez les pi\u00e8ces demand\u00e9es (voir page 2) et "
    "adressez le tout \u00e0 la caisse d'assurance maladie de votre lieu de r\u00e9sidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et R. 111-3 du code de la "
    "s\u00e9curit\u00e9 sociale"
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses d\u00e9clarations (articles 313-1 \u00e0 313-3, 433-19, 441-1 et suivants du "
    "code p\u00e9nal, article L. 114-13 du code de la s\u00e9curit\u00e9 sociale)."
)
CNIL = (
    "Les informations recueillies sont n\u00e9cessaires \u00e0 l'examen de votre demande. Elles "
    "sont trait\u00e9es par votre caisse d'assurance maladie conform\u00e9ment \u00e0 la loi "
    "n\u00b0 78-17 du 6 janvier 1978 modifi\u00e9e et au r\u00e8glement (UE) 2016/679. Vous "
    "pouvez exercer vos droits d'acc\u00e8s et de rectification aupr\u00e8s de votre caisse."
)
PIECES = [
    (
        "la photocopie de votre pi\u00e8ce d'identit\u00e9 (passeport ; carte nationale d'identit\u00e9 "
        "pour les ressortissants de l'UE, de l'EEE ou de la Suisse) ;"
    ),
    (
        "si vous n'\u00eates pas ressortissant de l'UE/EEE/Suisse : la photocopie de votre titre de "
        "s\u00e9jour, de votre visa long s\u00e9jour valant titre de s\u00e9jour (VLS-TS) ou du "
        "r\u00e9c\u00e9piss\u00e9 de demande ;"
    ),
    (
        "la copie int\u00e9grale de votre acte de naissance ou un extrait avec filiation "
        "(apostill\u00e9 ou l\u00e9galis\u00e9 s'il a \u00e9t\u00e9 d\u00e9livr\u00e9 \u00e0 "
        "l'\u00e9tranger, sauf dispense) ;"
    ),
    (
        "un justificatif de r\u00e9sidence en France depuis plus de trois mois (bail, trois factures "
        "successives, attestation d'h\u00e9bergement accompagn\u00e9e des justificatifs de "
        "l'h\u00e9bergeant) ;"
    ),
    "un relev\u00e9 d'identit\u00e9 bancaire (RIB) \u00e0 votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]

SITUATIONS = {
    "R1": [
        ("salarie", "Salari\u00e9(e) en France"),
        (
            "independant",
            (
                "Travailleur ind\u00e9pendant (artisan, commer\u00e7ant, profession "
                "lib\u00e9rale, micro-entrepreneur)"
            ),
        ),
        ("demandeur_emploi", "Demandeur d'emploi inscrit \u00e0 France Travail"),
        ("etudiant", "\u00c9tudiant(e)"),
        (
            "sans_activite",
            (
                "Sans activit\u00e9 professionnelle et r\u00e9sidant en France de "
                "mani\u00e8re stable et r\u00e9guli\u00e8re depuis plus de trois mois"
            ),
        ),
        ("autre", "Autre situation, pr\u00e9cisez :"),
    ],
    "R2": [
        ("salarie", "Vous exercez une activit\u00e9 salari\u00e9e en France"),
        (
            "independant",
            "Vous exercez une activit\u00e9 non salari\u00e9e (travailleur ind\u00e9pendant)",
        ),
        ("demandeur_emploi", "Vous \u00eates demandeur d'emploi"),
        ("etudiant", "Vous \u00eates \u00e9tudiant(e)"),
        (
            "sans_activite",
            (
                "Vous n'exercez pas d'activit\u00e9 professionnelle et vous "
                "r\u00e9sidez en France de fa\u00e7on stable et r\u00e9guli\u00e8re depuis plus de "
                "3 mois"
            ),
        ),
        ("autre", "Autre situation (pr\u00e9cisez) :"),
    ],
}
SITUATIONS["R3"] = [
    ("salarie", "Activit\u00e9 salari\u00e9e en France"),
    ("independant", "Activit\u00e9 ind\u00e9pendante / non salari\u00e9e"),
    ("demandeur_emploi", "Demandeur d'emploi"),
    ("etudiant", "\u00c9tudiant(e)"),
    (
        "sans_activite",
        (
            "Sans activit\u00e9, r\u00e9sidence stable et r\u00e9guli\u00e8re en "
            "France depuis plus de 3 mois"
        ),
    ),
    ("autre", "Autre (pr\u00e9cisez) :"),
]
SAVOIR = [
    (
        "Adressez ce formulaire compl\u00e9t\u00e9, dat\u00e9 et sign\u00e9, accompagn\u00e9 des "
        "pi\u00e8ces justificatives, \u00e0 la caisse primaire d'assurance maladie (CPAM) de votre "
        "lieu de r\u00e9sidence. Son adresse est indiqu\u00e9e sur ameli.fr ou au 36 46 (service "
        "gratuit + prix d'un appel)."
    ),
    (
        "Envoyez des photocopies : ne joignez pas les originaux de vos documents. Les actes "
        "r\u00e9dig\u00e9s en langue \u00e9trang\u00e8re peuvent faire l'objet d'une demande de "
        "traduction par un traducteur agr\u00e9\u00e9."
    ),
    (
        "Apr\u00e8s examen de votre dossier, un num\u00e9ro de s\u00e9curit\u00e9 sociale vous sera "
        "attribu\u00e9. Vous pourrez alors ouvrir votre compte ameli et commander votre carte Vitale."
    ),
]
CONTRACTS = ["CDI", "CDD", "Int\u00e9rim", "Apprentissage"]

ROWS_A = [
    [("surname", "Nom de naissance (nom de famille)", "name", 1.0)],
    [("usage_name", "Nom d'usage (facultatif)", "name", 1.0)],
    [("given_names", "Pr\u00e9nom(s)", "name", 1.0)],
    [("sex", "Sexe", "sex", 0.36), ("dob", "Date de naissance", "date", 0.64)],
    [
        ("birth_city", "Lieu de naissance : commune", "text", 0.56),
        ("birth_country", "Pays", "text", 0.44),
    ],
    [("nationality", "Nationalit\u00e9", "text", 1.0)],
    [("nir", "N\u00b0 de s\u00e9curit\u00e9 sociale (si vous en avez un)", "nir", 1.0)],
    [("caf", "N\u00b0 d'allocataire CAF (si vous en avez un)", "text", 1.0)],
    [("address", "Adresse", "text", 1.0)],
    [("address2", "Compl\u00e9ment d'adresse (b\u00e2t., \u00e9tage, appt)", "text", 1.0)],
    [("postcode", "Code postal", "postcode", 0.36), ("city", "Commune", "text", 0.64)],
    [("phone", "T\u00e9l\u00e9phone", "text", 0.4), ("email", "Courriel", "text", 0.6)],
]
