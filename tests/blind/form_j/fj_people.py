"""Fictional applicants from many countries, French addresses, NIR numbers with their key."""

from __future__ import annotations

import datetime as dt
import unicodedata

# surname at birth, usage name, given names, sex, country of birth (as a French person would
# write it), city of birth, nationality written on the form, NIR country code (INSEE-like),
# note on the name variant. All invented.
PEOPLE = [
    ("Benali", None, "Yasmine", "F", "Algérie", "Oran", "algérienne", "352", "plain"),
    ("El Amrani", "Moreau", "Fatima Zahra", "F", "Maroc", "Fès", "marocaine", "350", "usage name"),
    (
        "Ben Salah",
        None,
        "Mohamed Amine",
        "M",
        "Tunisie",
        "Sfax",
        "tunisienne",
        "351",
        "double given",
    ),
    ("N'Diaye", None, "Aminata", "F", "Sénégal", "Thiès", "sénégalaise", "341", "apostrophe"),
    ("Kouassi", None, "Konan Serge", "M", "Côte d'Ivoire", "Bouaké", "ivoirienne", "326", "middle"),
    (
        "Mbarga Ekani",
        None,
        "Joséphine",
        "F",
        "Cameroun",
        "Yaoundé",
        "camerounaise",
        "322",
        "double surname",
    ),
    ("Traoré", None, "Boubacar", "M", "Mali", "Ségou", "malienne", "335", "accent"),
    (
        "Kabongo Mutombo",
        None,
        "Grâce",
        "F",
        "RD Congo",
        "Lubumbashi",
        "congolaise",
        "312",
        "double",
    ),
    ("Camara", "Lefèvre", "Mariama", "F", "Guinée", "Kankan", "guinéenne", "330", "usage"),
    ("Pierre-Louis", None, "Jean-Robert", "M", "Haïti", "Jacmel", "haïtienne", "336", "hyphens"),
    ("Wang", None, "Xiaoming", "M", "Chine", "Chengdu", "chinoise", "216", "surname first"),
    ("Nguyen", None, "Thi Thu Hang", "F", "Vietnam", "Hué", "vietnamienne", "243", "surname first"),
    ("Sharma", None, "Priya", "F", "Inde", "Jaipur", "indienne", "223", "plain"),
    ("Qureshi", None, "Muhammad Bilal", "M", "Pakistan", "Lahore", "pakistanaise", "213", "middle"),
    ("Rahman", None, "Nusrat Jahan", "F", "Bangladesh", "Sylhet", "bangladaise", "246", "middle"),
    ("Perera", None, "Kasun Tharindu", "M", "Sri Lanka", "Kandy", "sri-lankaise", "235", "middle"),
    (
        "Oliveira dos Santos",
        None,
        "Ana Beatriz",
        "F",
        "Brésil",
        "Recife",
        "brésilienne",
        "508",
        "particle",
    ),
    (
        "García Márquez",
        None,
        "Juan Sebastián",
        "M",
        "Colombie",
        "Medellín",
        "colombienne",
        "419",
        "double",
    ),
    ("Quispe Huamán", None, "Rosa Elena", "F", "Pérou", "Cusco", "péruvienne", "422", "double"),
    (
        "Rodríguez",
        "Dubois",
        "María José",
        "F",
        "Venezuela",
        "Maracaibo",
        "vénézuélienne",
        "424",
        "usage",
    ),
    ("Hernández López", None, "Diego", "M", "Mexique", "Puebla", "mexicaine", "405", "double"),
    (
        "O'Connor",
        "Martin",
        "Emily Rose",
        "F",
        "États-Unis",
        "Boston",
        "américaine",
        "404",
        "apostrophe usage",
    ),
    ("Thompson", None, "Michael James", "M", "États-Unis", "Denver", "américaine", "404", "middle"),
    ("Tremblay", None, "Marie-Ève", "F", "Canada", "Québec", "canadienne", "401", "hyphen accent"),
    (
        "MacDonald",
        None,
        "Scott Alexander",
        "M",
        "Royaume-Uni",
        "Glasgow",
        "britannique",
        "132",
        "Mac",
    ),
    ("Shevchenko", None, "Olena", "F", "Ukraine", "Kharkiv", "ukrainienne", "155", "plain"),
    ("Kovalenko", "Bernard", "Iryna", "F", "Ukraine", "Odessa", "ukrainienne", "155", "usage"),
    ("Ivanov", None, "Dmitri Sergueïevitch", "M", "Russie", "Kazan", "russe", "123", "patronymic"),
    ("Yılmaz", None, "Elif", "F", "Turquie", "İzmir", "turque", "208", "dotless i"),
    ("Hosseini", None, "Reza", "M", "Iran", "Ispahan", "iranienne", "204", "plain"),
    ("Haddad", "Girard", "Rania", "F", "Liban", "Tripoli", "libanaise", "205", "usage"),
    ("Abdel Fattah", None, "Ahmed", "M", "Égypte", "Alexandrie", "égyptienne", "301", "two-word"),
    (
        "Dela Cruz",
        None,
        "Maria Cristina",
        "F",
        "Philippines",
        "Cebu",
        "philippine",
        "220",
        "particle",
    ),
    ("Okafor", None, "Chukwuemeka", "M", "Nigeria", "Enugu", "nigériane", "337", "long given"),
    ("Mensah", None, "Akosua", "F", "Ghana", "Kumasi", "ghanéenne", "329", "plain"),
    ("Bouzid", "Roux", "Leïla", "F", "Algérie", "Constantine", "algérienne", "352", "diaeresis"),
    ("Chraïbi", None, "Youssef", "M", "Maroc", "Casablanca", "marocaine", "350", "diaeresis"),
    ("Jaziri", None, "Sana", "F", "Tunisie", "Tunis", "tunisienne", "351", "plain"),
    ("Diallo", None, "Mamadou Saliou", "M", "Guinée", "Labé", "guinéenne", "330", "middle"),
    ("Sow", "Fontaine", "Aïssatou", "F", "Sénégal", "Dakar", "sénégalaise", "341", "usage"),
    ("Nkemelu", None, "Blessing", "F", "Nigeria", "Lagos", "nigériane", "337", "plain"),
    ("Li", None, "Mei", "F", "Chine", "Wuhan", "chinoise", "216", "short"),
    ("Tran", None, "Van Duc", "M", "Vietnam", "Hai Phong", "vietnamienne", "243", "surname first"),
    (
        "Da Silva Costa",
        None,
        "João Pedro",
        "M",
        "Brésil",
        "Belo Horizonte",
        "brésilienne",
        "508",
        "tilde",
    ),
    ("Müller", None, "Lukas", "M", "Suisse", "Zurich", "suisse", "140", "umlaut"),
    ("Kowalska", "Petit", "Agnieszka", "F", "Pologne", "Cracovie", "polonaise", "122", "usage"),
    ("Popescu", None, "Andrei Mihai", "M", "Roumanie", "Cluj-Napoca", "roumaine", "114", "middle"),
    ("Papadopoulos", None, "Nikolaos", "M", "Grèce", "Thessalonique", "grecque", "126", "long"),
    ("D'Almeida", None, "Cláudia", "F", "Portugal", "Braga", "portugaise", "139", "apostrophe"),
    (
        "Van der Berg",
        None,
        "Pieter Jan",
        "M",
        "Pays-Bas",
        "Utrecht",
        "néerlandaise",
        "135",
        "particle",
    ),
    ("Fernández de la Torre", None, "Lucía", "F", "Espagne", "Sevilla", "espagnole", "134", "long"),
    ("Ahmadi", None, "Farzaneh", "F", "Afghanistan", "Herat", "afghane", "212", "plain"),
    ("Mohamud", None, "Abdirahman", "M", "Somalie", "Mogadiscio", "somalienne", "318", "plain"),
    ("Tesfaye", None, "Hiwot", "F", "Éthiopie", "Addis-Abeba", "éthiopienne", "315", "plain"),
    ("Kim", None, "Ji-woo", "F", "Corée du Sud", "Busan", "sud-coréenne", "239", "hyphen"),
    ("Tanaka", None, "Haruto", "M", "Japon", "Osaka", "japonaise", "217", "plain"),
    (
        "Andrianarisoa",
        None,
        "Hery Nirina",
        "M",
        "Madagascar",
        "Antsirabe",
        "malgache",
        "333",
        "long",
    ),
    (
        "Jean-Baptiste",
        "Lambert",
        "Nadège",
        "F",
        "Haïti",
        "Cap-Haïtien",
        "haïtienne",
        "336",
        "hyphen usage",
    ),
    ("Al-Masri", None, "Omar", "M", "Syrie", "Alep", "syrienne", "206", "al-"),
    ("Gonçalves", None, "Thiago", "M", "Brésil", "Curitiba", "brésilienne", "508", "cedilla"),
    (
        "Ramírez Vega",
        "Chevalier",
        "Valentina",
        "F",
        "Chili",
        "Valparaíso",
        "chilienne",
        "417",
        "double usage",
    ),
    ("Banerjee", None, "Arjun", "M", "Inde", "Kolkata", "indienne", "223", "plain"),
    ("Osei-Bonsu", None, "Kwame", "M", "Ghana", "Accra", "ghanéenne", "329", "hyphen"),
    ("Eriksen", None, "Ingrid Sofie", "F", "Norvège", "Bergen", "norvégienne", "103", "middle"),
    ("Ait Ouarab", None, "Karim", "M", "Algérie", "Tizi Ouzou", "algérienne", "352", "particle"),
    ("Ngo Bassa", None, "Christelle", "F", "Cameroun", "Douala", "camerounaise", "322", "double"),
    ("Zhou", "Laurent", "Yanan", "F", "Chine", "Hangzhou", "chinoise", "216", "usage"),
    ("Bianchi", None, "Francesca", "F", "Italie", "Torino", "italienne", "127", "plain"),
    ("Fofana", None, "Ibrahima", "M", "Mali", "Kayes", "malienne", "335", "plain"),
    ("Mwangi", None, "Wanjiru", "F", "Kenya", "Nakuru", "kényane", "332", "plain"),
    ("Santos", "Garnier", "Maria Luiza", "F", "Brésil", "Salvador", "brésilienne", "508", "usage"),
    ("Petrenko", None, "Oleksandr", "M", "Ukraine", "Lviv", "ukrainienne", "155", "plain"),
    ("St-Pierre", None, "Gabriel", "M", "Canada", "Montréal", "canadienne", "401", "abbrev"),
    ("Lopes Ferreira", None, "Inês", "F", "Portugal", "Porto", "portugaise", "139", "double"),
    ("Hassan", None, "Nour El Houda", "F", "Égypte", "Le Caire", "égyptienne", "301", "long given"),
    ("Bakayoko", None, "Seydou", "M", "Côte d'Ivoire", "Abidjan", "ivoirienne", "326", "plain"),
    ("Singh", None, "Harpreet Kaur", "F", "Inde", "Amritsar", "indienne", "223", "middle"),
    ("Ochoa", None, "Camilo Andrés", "M", "Colombie", "Cali", "colombienne", "419", "middle"),
    ("Adeyemi", "Mercier", "Funmilayo", "F", "Nigeria", "Ibadan", "nigériane", "337", "usage"),
    ("Ferhat", None, "Nassim", "M", "Algérie", "Béjaïa", "algérienne", "352", "plain"),
]

CITIES = [
    ("75011", "Paris"),
    ("75018", "Paris"),
    ("75020", "Paris"),
    ("69003", "Lyon"),
    ("69100", "Villeurbanne"),
    ("13005", "Marseille"),
    ("31400", "Toulouse"),
    ("33000", "Bordeaux"),
    ("59000", "Lille"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("34000", "Montpellier"),
    ("35000", "Rennes"),
    ("06000", "Nice"),
    ("38000", "Grenoble"),
    ("93200", "Saint-Denis"),
    ("94000", "Créteil"),
    ("92100", "Boulogne-Billancourt"),
    ("93100", "Montreuil"),
    ("76000", "Rouen"),
    ("21000", "Dijon"),
    ("37000", "Tours"),
    ("49000", "Angers"),
    ("63000", "Clermont-Ferrand"),
    ("87000", "Limoges"),
    ("57000", "Metz"),
    ("51100", "Reims"),
    ("64000", "Pau"),
    ("95000", "Cergy"),
    ("91000", "Évry-Courcouronnes"),
]

STREETS = [
    "rue de la République",
    "avenue Jean Jaurès",
    "rue Victor Hugo",
    "boulevard Gambetta",
    "rue des Lilas",
    "rue du Faubourg Saint-Antoine",
    "allée des Tilleuls",
    "rue Pasteur",
    "impasse des Acacias",
    "rue de la Paix",
    "avenue du Général Leclerc",
    "rue Émile Zola",
    "chemin des Vignes",
    "rue Jules Ferry",
    "place de l'Église",
    "rue du Moulin",
    "cours Lafayette",
    "rue d'Alsace",
    "quai de la Loire",
    "rue Saint-Michel",
]

JOBS = [
    ("Ingénieure logiciel", "Ingénieur logiciel", "Orbitale Systèmes SAS"),
    ("Aide-soignante", "Aide-soignant", "Clinique des Tilleuls"),
    ("Serveuse", "Serveur", "Brasserie du Marché SARL"),
    ("Chargée de recherche", "Chargé de recherche", "Institut Lumière Santé"),
    ("Développeuse web", "Développeur web", "Pixelune SARL"),
    ("Comptable", "Comptable", "Cabinet Roussel & Associés"),
    ("Professeure d'anglais", "Professeur d'anglais", "Lycée privé Saint-Exupéry"),
    ("Cuisinière", "Cuisinier", "Le Petit Zinc SAS"),
    ("Agent de sécurité", "Agent de sécurité", "Vigilis Protection"),
    ("Analyste de données", "Analyste de données", "Datacorde SA"),
    ("Infirmière", "Infirmier", "Centre hospitalier privé Val-Fleuri"),
    ("Vendeuse", "Vendeur", "Maison Ardent SARL"),
    ("Chauffeur livreur", "Chauffeur livreur", "Rapido Colis SAS"),
    ("Post-doctorante", "Post-doctorant", "Université Côte Sud"),
]
INDEP = ["Traductrice indépendante", "Graphiste freelance", "Consultant", "Photographe", "VTC"]
OTHER_TEXT = [
    "conjointe de Français",
    "conjoint de Française",
    "retraité",
    "au pair",
    "volontaire service civique",
    "en congé parental",
    "stagiaire",
]

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def strip_accents(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) == "Mn":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).replace("ı", "I").replace("İ", "I")


def upper_fr(s: str, keep_accents: bool) -> str:
    u = s.upper().replace("İ", "I")
    return u if keep_accents else strip_accents(u)


def nir_key(nir13: str) -> str:
    return "%02d" % (97 - int(nir13) % 97)


def make_nir(sex: str, dob: dt.date, country_code: str, order: int) -> str:
    """A NIR for a person born abroad (department 99): 13 digits + key."""
    base = "%s%02d%02d99%s%03d" % (
        "1" if sex == "M" else "2",
        dob.year % 100,
        dob.month,
        country_code,
        order,
    )
    return base + nir_key(base)


def date_words(d: dt.date, weekday: bool = False, le: bool = False) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    s = f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    if weekday:
        s = f"{WEEKDAYS_FR[d.weekday()]} {s}"
    if le:
        s = "le " + s
    return s
