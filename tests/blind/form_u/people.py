"""Applicants for the form_u blind set: names, birth places, nationalities, addresses."""

from __future__ import annotations

import unicodedata

# (surname, usage_name, given_names, sex, birth commune, birth country, nationality, INSEE code)
# Names are written as the applicant would spell them in French forms.
APPLICANTS = [
    ("BENALI", None, "Karim", "M", "Oran", "Algérie", "algérienne", "352"),
    ("BOUZIDI", "MARTIN", "Nadia", "F", "Sétif", "Algérie", "algérienne", "352"),
    ("EL OUAZZANI", None, "Youssef", "M", "Casablanca", "Maroc", "marocaine", "350"),
    ("AIT BENHADDOU", "LEFÈVRE", "Fatima Zahra", "F", "Marrakech", "Maroc", "marocaine", "350"),
    ("BEN-SALAH", None, "Mohamed Amine", "M", "Sfax", "Tunisie", "tunisienne", "351"),
    ("TRABELSI", None, "Ines", "F", "Tunis", "Tunisie", "tunisienne", "351"),
    ("N'DIAYE", None, "Aminata", "F", "Dakar", "Sénégal", "sénégalaise", "341"),
    ("DIOP", None, "Cheikh Ahmadou Bamba", "M", "Thiès", "Sénégal", "sénégalaise", "341"),
    ("KOUASSI", None, "Affoué Marie-Laure", "F", "Abidjan", "Côte d'Ivoire", "ivoirienne", "326"),
    ("YAO", None, "Konan Serge", "M", "Bouaké", "Côte d'Ivoire", "ivoirienne", "326"),
    ("MBARGA ATANGANA", None, "Jean-Pierre", "M", "Yaoundé", "Cameroun", "camerounaise", "322"),
    ("NGO BASSOMBEN", "DUBOIS", "Christelle", "F", "Douala", "Cameroun", "camerounaise", "322"),
    ("TRAORÉ", None, "Moussa", "M", "Bamako", "Mali", "malienne", "335"),
    ("KEITA", None, "Oumou", "F", "Kayes", "Mali", "malienne", "335"),
    ("MUKENDI KABONGO", None, "Patrick", "M", "Kinshasa", "RD Congo", "congolaise", "312"),
    ("LUKUSA", None, "Grâce Divine", "F", "Lubumbashi", "RD Congo", "congolaise", "312"),
    ("JEAN-BAPTISTE", None, "Wilner", "M", "Port-au-Prince", "Haïti", "haïtienne", "336"),
    ("PIERRE-LOUIS", "BERNARD", "Marie Carmelle", "F", "Cap-Haïtien", "Haïti", "haïtienne", "336"),
    ("WANG", None, "Xiaoming", "M", "Shanghai", "Chine", "chinoise", "216"),
    ("LIU", None, "Yuting", "F", "Chengdu", "Chine", "chinoise", "216"),
    ("ZHANG", "ROUSSEAU", "Li Na", "F", "Wuhan", "Chine", "chinoise", "216"),
    ("NGUYỄN", None, "Thị Thu Hà", "F", "Hà Nội", "Viêt Nam", "vietnamienne", "243"),
    ("TRẦN", None, "Văn Minh", "M", "Hồ Chí Minh-Ville", "Viêt Nam", "vietnamienne", "243"),
    ("SHARMA", None, "Priya", "F", "New Delhi", "Inde", "indienne", "223"),
    ("D'SOUZA", None, "Rohan Anthony", "M", "Mumbai", "Inde", "indienne", "223"),
    ("RAJAPAKSE", None, "Nuwan", "M", "Colombo", "Sri Lanka", "sri-lankaise", "235"),
    ("KHAN", None, "Muhammad Bilal", "M", "Lahore", "Pakistan", "pakistanaise", "213"),
    ("RAHMAN", None, "Tahmina", "F", "Dhaka", "Bangladesh", "bangladaise", "246"),
    ("GARCÍA MÁRQUEZ", None, "María Fernanda", "F", "Bogotá", "Colombie", "colombienne", "419"),
    ("RODRÍGUEZ", None, "Juan Pablo", "M", "Medellín", "Colombie", "colombienne", "419"),
    ("HERNÁNDEZ LÓPEZ", "GIRARD", "Ana Sofía", "F", "Guadalajara", "Mexique", "mexicaine", "405"),
    ("DOS SANTOS", None, "João Victor", "M", "São Paulo", "Brésil", "brésilienne", "416"),
    ("OLIVEIRA DA SILVA", None, "Larissa", "F", "Belo Horizonte", "Brésil", "brésilienne", "416"),
    ("QUISPE MAMANI", None, "Luis Alberto", "M", "Cusco", "Pérou", "péruvienne", "422"),
    ("SHEVCHENKO", None, "Olena", "F", "Kyiv", "Ukraine", "ukrainienne", "155"),
    ("KOVALENKO", None, "Andriy", "M", "Kharkiv", "Ukraine", "ukrainienne", "155"),
    ("IVANOVA", "PETIT", "Ekaterina", "F", "Saint-Pétersbourg", "Russie", "russe", "123"),
    ("SMIRNOV", None, "Dmitri Alexandrovitch", "M", "Novossibirsk", "Russie", "russe", "123"),
    ("YILMAZ", None, "Mehmet Ali", "M", "Istanbul", "Turquie", "turque", "208"),
    ("ÖZTÜRK", None, "Elif", "F", "Izmir", "Turquie", "turque", "208"),
    ("HOSSEINI", None, "Reza", "M", "Téhéran", "Iran", "iranienne", "204"),
    ("MOHAMMADI", None, "Shirin", "F", "Ispahan", "Iran", "iranienne", "204"),
    ("HADDAD", None, "Georges", "M", "Beyrouth", "Liban", "libanaise", "205"),
    ("EL KHOURY", "MOREAU", "Rita", "F", "Jounieh", "Liban", "libanaise", "205"),
    ("DELA CRUZ", None, "Maria Lourdes", "F", "Manila", "Philippines", "philippine", "220"),
    ("REYES", None, "John Paul", "M", "Cebu", "Philippines", "philippine", "220"),
    ("FERNÁNDEZ RUIZ", None, "Pablo", "M", "Sevilla", "Espagne", "espagnole", "134"),
    ("ROSSI", None, "Giulia", "F", "Torino", "Italie", "italienne", "127"),
    ("PEREIRA", None, "Tiago Miguel", "M", "Porto", "Portugal", "portugaise", "139"),
    ("WIŚNIEWSKA", None, "Agnieszka", "F", "Kraków", "Pologne", "polonaise", "122"),
    ("POPESCU", None, "Andrei-Cristian", "M", "Cluj-Napoca", "Roumanie", "roumaine", "114"),
    ("MÜLLER", "LAMBERT", "Katharina", "F", "München", "Allemagne", "allemande", "109"),
    ("O'BRIEN", None, "Siobhan", "F", "Cork", "Irlande", "irlandaise", "136"),
    ("MEZIANE", None, "Sofiane", "M", "Tizi Ouzou", "Algérie", "algérienne", "352"),
    ("CHERKAOUI", None, "Salma", "F", "Fès", "Maroc", "marocaine", "350"),
    ("BA", None, "Mamadou Lamine", "M", "Saint-Louis", "Sénégal", "sénégalaise", "341"),
    ("FOTSO", None, "Brice Arnaud", "M", "Bafoussam", "Cameroun", "camerounaise", "322"),
    ("CISSÉ", None, "Fatoumata Binta", "F", "Ségou", "Mali", "malienne", "335"),
    ("ÉTIENNE", None, "Roseline", "F", "Jacmel", "Haïti", "haïtienne", "336"),
    ("CHEN", None, "Jiahui", "F", "Wenzhou", "Chine", "chinoise", "216"),
    ("PHẠM", None, "Quốc Bảo", "M", "Đà Nẵng", "Viêt Nam", "vietnamienne", "243"),
    ("PATEL", None, "Hiral Jayesh", "F", "Ahmedabad", "Inde", "indienne", "223"),
    ("MORALES VEGA", None, "Diego Andrés", "M", "Santiago", "Chili", "chilienne", "417"),
    ("BONDARENKO", None, "Iryna", "F", "Odesa", "Ukraine", "ukrainienne", "155"),
    ("ÇELIK", None, "Burak", "M", "Ankara", "Turquie", "turque", "208"),
    ("SAADE", None, "Nour", "F", "Tripoli", "Liban", "libanaise", "205"),
    ("SANTOS", "FONTAINE", "Maricel", "F", "Davao", "Philippines", "philippine", "220"),
    ("KARIMI", None, "Amir Hossein", "M", "Mashhad", "Iran", "iranienne", "204"),
    ("OKONKWO", None, "Chinedu Emmanuel", "M", "Enugu", "Nigeria", "nigériane", "315"),
    ("ABENA", None, "Marthe", "F", "Ebolowa", "Cameroun", "camerounaise", "322"),
    ("DIALLO", "ROBERT", "Kadiatou", "F", "Conakry", "Guinée", "guinéenne", "330"),
    ("AMRANI", None, "Rachid", "M", "Tanger", "Maroc", "marocaine", "350"),
    ("VOLKOVA", None, "Anastasia", "F", "Kazan", "Russie", "russe", "123"),
    ("LEE", None, "Ji-woo", "F", "Busan", "Corée du Sud", "sud-coréenne", "239"),
    ("NAKASHIMA", None, "Kenji", "M", "Osaka", "Japon", "japonaise", "217"),
    ("BALOGUN", None, "Adeola Funmilayo", "F", "Lagos", "Nigeria", "nigériane", "315"),
    ("ALVES", None, "Bruno", "M", "Recife", "Brésil", "brésilienne", "416"),
    ("MENDOZA TORRES", None, "Camila", "F", "Lima", "Pérou", "péruvienne", "422"),
    ("HAMDI", None, "Walid", "M", "Sousse", "Tunisie", "tunisienne", "351"),
    ("MAKELELE", None, "Christian", "M", "Brazzaville", "Congo", "congolaise", "324"),
]

# (street address, postal code, commune)
ADDRESSES = [
    ("12 rue des Pyrénées", "75020", "Paris"),
    ("48 boulevard Barbès", "75018", "Paris"),
    ("7 avenue de Choisy", "75013", "Paris"),
    ("3 rue Lénine", "93200", "Saint-Denis"),
    ("21 rue de Paris", "93100", "Montreuil"),
    ("105 cours Gambetta", "69007", "Lyon"),
    ("14 rue Paul Bert", "69003", "Lyon"),
    ("9 boulevard National", "13001", "Marseille"),
    ("62 rue de Rome", "13006", "Marseille"),
    ("18 allée Jean Jaurès", "31000", "Toulouse"),
    ("4 rue Solférino", "59000", "Lille"),
    ("27 quai de la Fosse", "44000", "Nantes"),
    ("11 rue du Faubourg National", "67000", "Strasbourg"),
    ("33 cours de la Marne", "33800", "Bordeaux"),
    ("8 place Saint-Bruno", "38000", "Grenoble"),
    ("56 rue de Saint-Malo", "35000", "Rennes"),
    ("2 impasse des Lilas", "94200", "Ivry-sur-Seine"),
    ("15 avenue Jean Médecin", "06000", "Nice"),
    ("40 rue d'Alésia", "75014", "Paris"),
    ("6 rue Gustave Eiffel", "92110", "Clichy"),
    ("23 rue Jean Moulin", "95100", "Argenteuil"),
    ("71 avenue de la République", "34000", "Montpellier"),
    ("10 rue de la Paix", "51100", "Reims"),
    ("5 bis rue Voltaire", "92300", "Levallois-Perret"),
]

EMAIL_DOMAINS = ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "icloud.com", "orange.fr"]

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

JOBS = [
    "aide-soignante",
    "ingénieur logiciel",
    "serveur",
    "agent d'entretien",
    "développeuse web",
    "cuisinier",
    "chercheur postdoctoral",
    "vendeuse",
    "chauffeur livreur",
    "infirmière",
    "comptable",
    "magasinier",
    "data analyst",
    "auxiliaire de vie",
]

AUTRE_TEXT = [
    "télétravail pour une société américaine",
    "conjoint de français, au foyer",
    "retraité (pension étrangère)",
    "stagiaire non rémunéré",
    "chercheur invité",
]


def strip_accents(text: str) -> str:
    nfd = unicodedata.normalize("NFD", text)
    out = "".join(ch for ch in nfd if unicodedata.category(ch) != "Mn")
    return out.replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")


def nir_key(first13: str) -> str:
    return f"{97 - int(first13) % 97:02d}"


def make_nir(rng, sex: str, dob: str, insee_country: str) -> str:
    head = ("1" if sex == "M" else "2") + dob[2:4] + dob[5:7] + "99" + insee_country
    head += f"{rng.randint(1, 998):03d}"
    return head + nir_key(head)
