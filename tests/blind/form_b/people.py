"""Fictional applicants. Every name, address and number here is invented."""

import datetime as dt

# origin key -> data. nat = (feminine, masculine) nationality as a French person writes it.
ORIGINS = {
    "MAR": dict(
        country="Maroc",
        nat=("marocaine", "marocain"),
        cities=["Casablanca", "Rabat", "Fès", "Meknès", "Agadir", "Oujda"],
        f=["Salma", "Imane", "Fatima-Zahra", "Khadija", "Houda", "Nisrine Sara"],
        m=["Youssef", "Mehdi", "Hamza", "Mohammed Amine", "Anas", "Ilyas"],
        sur=[
            "EL IDRISSI",
            "BENNANI",
            "AIT BAHA",
            "OUAZZANI",
            "TAZI",
            "EL AMRANI",
            "CHRAIBI",
            "LAHLOU",
        ],
    ),
    "DZA": dict(
        country="Algérie",
        nat=("algérienne", "algérien"),
        cities=["Alger", "Oran", "Constantine", "Tizi Ouzou", "Sétif", "Béjaïa"],
        f=["Amel", "Lydia", "Yasmine", "Nesrine", "Sabrina Dalila"],
        m=["Karim", "Sofiane", "Rachid", "Walid", "Mohamed Lamine"],
        sur=["BELKACEM", "HADJ-AHMED", "BOUDJEMA", "MEZIANE", "AÏT-OUFELLA", "CHERIFI"],
    ),
    "TUN": dict(
        country="Tunisie",
        nat=("tunisienne", "tunisien"),
        cities=["Tunis", "Sfax", "Sousse", "Bizerte"],
        f=["Ines", "Rim", "Sarra", "Olfa"],
        m=["Skander", "Aymen", "Bilel", "Hedi"],
        sur=["BEN SALEM", "TRABELSI", "JEBALI", "MEJRI", "BEN AMOR"],
    ),
    "SEN": dict(
        country="Sénégal",
        nat=("sénégalaise", "sénégalais"),
        cities=["Dakar", "Thiès", "Saint-Louis", "Ziguinchor", "Kaolack"],
        f=["Aminata", "Fatou", "Awa", "Ndèye Coumba", "Mariama"],
        m=["Mamadou", "Cheikh Tidiane", "Ousmane", "Moussa", "Abdoulaye"],
        sur=["DIOP", "NDIAYE", "FALL", "SECK", "DIALLO", "SARR", "GUEYE"],
    ),
    "CIV": dict(
        country="Côte d'Ivoire",
        nat=("ivoirienne", "ivoirien"),
        cities=["Abidjan", "Bouaké", "Yamoussoukro", "Daloa"],
        f=["Adjoua", "Marie-Laure", "Christelle", "Affoué Grâce"],
        m=["Kouadio", "Yao Serge", "Jean-Marc", "Koffi Arnaud"],
        sur=["KOUAMÉ", "N'GUESSAN", "KONAN", "TOURÉ", "YAO", "KOFFI"],
    ),
    "CMR": dict(
        country="Cameroun",
        nat=("camerounaise", "camerounais"),
        cities=["Yaoundé", "Douala", "Bafoussam", "Garoua"],
        f=["Estelle", "Blandine", "Nadège"],
        m=["Hervé", "Landry", "Brice Olivier"],
        sur=["MBARGA", "NJOYA", "FOTSO", "ETOUNDI", "TCHAMENI"],
    ),
    "MLI": dict(
        country="Mali",
        nat=("malienne", "malien"),
        cities=["Bamako", "Kayes", "Ségou", "Sikasso"],
        f=["Kadiatou", "Oumou", "Fatoumata"],
        m=["Boubacar", "Seydou", "Adama"],
        sur=["TRAORÉ", "KEÏTA", "COULIBALY", "DEMBÉLÉ", "SISSOKO"],
    ),
    "COD": dict(
        country="République démocratique du Congo",
        nat=("congolaise", "congolais"),
        cities=["Kinshasa", "Lubumbashi", "Kisangani"],
        f=["Grâce", "Divine", "Merveille"],
        m=["Patrick", "Junior", "Héritier"],
        sur=["MUKENDI", "ILUNGA", "TSHIBANGU", "MBUYI", "KALONJI"],
    ),
    "CHN": dict(
        country="Chine",
        nat=("chinoise", "chinois"),
        cities=["Shanghai", "Wuhan", "Chengdu", "Hangzhou", "Xi'an"],
        f=["Xiaoling", "Meiyu", "Yuting", "Jingwen"],
        m=["Haoran", "Zhiwei", "Jun", "Yifan"],
        sur=["WANG", "LI", "ZHANG", "CHEN", "LIU", "ZHOU"],
    ),
    "IND": dict(
        country="Inde",
        nat=("indienne", "indien"),
        cities=["Bangalore", "Pune", "Chennai", "Hyderabad", "Kochi"],
        f=["Priya", "Ananya Lakshmi", "Divya"],
        m=["Rahul", "Venkata Sai", "Arjun"],
        sur=["SHARMA", "IYER", "REDDY", "NAIR", "KULKARNI"],
    ),
    "BRA": dict(
        country="Brésil",
        nat=("brésilienne", "brésilien"),
        cities=["São Paulo", "Belo Horizonte", "Recife", "Curitiba", "Salvador"],
        f=["Ana Carolina", "Juliana", "Beatriz", "Letícia"],
        m=["João Pedro", "Lucas", "Thiago", "Caio Henrique"],
        sur=["DOS SANTOS", "OLIVEIRA", "SOUZA LIMA", "PEREIRA", "CARVALHO", "ARAÚJO"],
    ),
    "COL": dict(
        country="Colombie",
        nat=("colombienne", "colombien"),
        cities=["Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga"],
        f=["María José", "Valentina", "Luisa Fernanda", "Ángela"],
        m=["Juan Camilo", "Andrés Felipe", "Santiago", "Julián"],
        sur=["RODRÍGUEZ PEÑA", "GÓMEZ SALAZAR", "MARTÍNEZ OSPINA", "CASTAÑO RUIZ", "VÉLEZ ARANGO"],
    ),
    "MEX": dict(
        country="Mexique",
        nat=("mexicaine", "mexicain"),
        cities=["Guadalajara", "Monterrey", "Puebla", "Mérida"],
        f=["Ximena", "Guadalupe", "Andrea Sofía"],
        m=["José Luis", "Diego", "Emiliano"],
        sur=["HERNÁNDEZ LÓPEZ", "RAMÍREZ ORTIZ", "FLORES CRUZ", "MORALES DÍAZ"],
    ),
    "USA": dict(
        country="États-Unis",
        nat=("américaine", "américain"),
        cities=["Portland", "Chicago", "Austin", "Columbus", "Sacramento", "Baltimore"],
        f=["Emily Rose", "Megan", "Sarah Ann", "Caitlin", "Jessica Lynn"],
        m=["Tyler James", "Brandon", "Michael Scott", "Ryan"],
        sur=["MILLER", "O'CONNOR", "JOHNSON-REED", "KOWALSKI", "HARTMAN", "NGUYEN"],
    ),
    "GBR": dict(
        country="Royaume-Uni",
        nat=("britannique", "britannique"),
        cities=["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff"],
        f=["Charlotte", "Eleanor", "Hannah Louise"],
        m=["Oliver", "Callum", "James Edward"],
        sur=["HUGHES", "FITZGERALD", "ASHWORTH", "MACLEOD"],
    ),
    "UKR": dict(
        country="Ukraine",
        nat=("ukrainienne", "ukrainien"),
        cities=["Kyiv", "Kharkiv", "Lviv", "Odesa", "Dnipro"],
        f=["Olena", "Kateryna", "Iryna", "Yuliia"],
        m=["Oleksandr", "Dmytro", "Andrii"],
        sur=["KOVALENKO", "SHEVCHUK", "BONDARENKO", "MELNYK", "TKACHENKO"],
    ),
    "TUR": dict(
        country="Turquie",
        nat=("turque", "turc"),
        cities=["Istanbul", "Ankara", "Izmir", "Bursa"],
        f=["Elif", "Zeynep", "Büşra"],
        m=["Emre", "Burak", "Mehmet Can"],
        sur=["YILMAZ", "ÖZTÜRK", "SAHIN", "CELIK", "AYDIN"],
    ),
    "PHL": dict(
        country="Philippines",
        nat=("philippine", "philippin"),
        cities=["Manille", "Cebu", "Davao", "Quezon City"],
        f=["Maria Cristina", "Joy", "Rowena"],
        m=["Mark Anthony", "Rodel", "Jerome"],
        sur=["DELA CRUZ", "SANTOS", "REYES", "BAUTISTA", "VILLANUEVA"],
    ),
    "VNM": dict(
        country="Viêt Nam",
        nat=("vietnamienne", "vietnamien"),
        cities=["Hanoï", "Hô Chi Minh-Ville", "Hué", "Da Nang"],
        f=["Thi Lan", "Thi Thu Trang", "Ngoc Anh"],
        m=["Van Minh", "Duc Anh", "Quang Huy"],
        sur=["NGUYEN", "TRAN", "PHAM", "LE", "HOANG"],
    ),
    "ESP": dict(
        country="Espagne",
        nat=("espagnole", "espagnol"),
        cities=["Sevilla", "Valencia", "Zaragoza", "Bilbao"],
        f=["Lucía", "Carmen", "Nuria"],
        m=["Javier", "Íñigo", "Pablo"],
        sur=["FERNÁNDEZ GIL", "MUÑOZ SERRANO", "IBÁÑEZ"],
    ),
    "ITA": dict(
        country="Italie",
        nat=("italienne", "italien"),
        cities=["Napoli", "Torino", "Bologna", "Bari"],
        f=["Giulia", "Chiara", "Francesca"],
        m=["Lorenzo", "Matteo", "Gianluca"],
        sur=["ESPOSITO", "DE LUCA", "ROMANO", "D'ANGELO"],
    ),
    "POL": dict(
        country="Pologne",
        nat=("polonaise", "polonais"),
        cities=["Kraków", "Gdańsk", "Poznań", "Lublin"],
        f=["Agnieszka", "Katarzyna", "Zofia"],
        m=["Piotr", "Tomasz", "Marek"],
        sur=["NOWAK", "WÓJCIK", "KAMIŃSKI", "LEWANDOWSKI"],
    ),
    "DEU": dict(
        country="Allemagne",
        nat=("allemande", "allemand"),
        cities=["München", "Köln", "Leipzig", "Hamburg"],
        f=["Anna-Lena", "Katharina", "Jana"],
        m=["Jonas", "Lukas", "Maximilian"],
        sur=["MÜLLER", "SCHRÖDER", "BECKER", "HOFFMANN"],
    ),
    "FRA": dict(
        country="France",
        nat=("française", "français"),
        cities=["Lyon 3e", "Nantes", "Besançon", "Pau", "Saint-Étienne"],
        f=["Hélène Marie", "Chloé", "Anaïs", "Marie-Noëlle"],
        m=["Jean-Baptiste", "François", "Loïc", "Théo"],
        sur=["DUPRÉ-LAMBERT", "LEFÈVRE", "GAUTHIER", "LE GOFF", "BÉRAUD"],
    ),
}

# French husbands' / wives' surnames used as "nom d'usage".
USAGE_NAMES = [
    "MOREAU",
    "LEROY",
    "FONTAINE",
    "GIRARD",
    "ROUSSEL",
    "MERCIER",
    "BLANCHARD",
    "LE ROUX",
    "CHEVALIER",
    "DUBOIS-MARTIN",
    "FAURE",
    "PERRIN",
    "MARCHAND",
    "BERTRAND",
    "LAMBERT",
]

ADDRESSES = [
    ("12 rue des Tanneurs", "", "69007", "Lyon"),
    ("5 avenue Jean-Jaurès", "Appt 34, 3e étage", "31000", "Toulouse"),
    ("27 boulevard de la Libération", "Bât. B", "13004", "Marseille"),
    ("8 allée des Tilleuls", "", "44300", "Nantes"),
    ("141 rue Solférino", "", "59000", "Lille"),
    ("3 quai des Bateliers", "", "67000", "Strasbourg"),
    ("56 cours de l'Yser", "Résidence Les Chartrons", "33800", "Bordeaux"),
    ("19 rue Oberkampf", "Escalier C", "75011", "Paris"),
    ("74 avenue de Flandre", "", "75019", "Paris"),
    ("2 rue Gabriel-Péri", "Appt 112", "93200", "Saint-Denis"),
    ("33 rue Marat", "", "94200", "Ivry-sur-Seine"),
    ("10 rue du Général-Leclerc", "", "92130", "Issy-les-Moulineaux"),
    ("45 boulevard de la Tour-d'Auvergne", "", "35000", "Rennes"),
    ("9 rue de l'Aiguillerie", "", "34000", "Montpellier"),
    ("21 cours Berriat", "", "38000", "Grenoble"),
    ("88 boulevard de Cessole", "Le Mistral, bât. A", "06100", "Nice"),
    ("6 rue Chabot-Charny", "", "21000", "Dijon"),
    ("17 rue Saint-Nicolas", "", "76000", "Rouen"),
    ("52 rue Colbert", "", "37000", "Tours"),
    ("4 place Delille", "Appt 7", "63000", "Clermont-Ferrand"),
    ("30 rue Nationale", "", "54000", "Nancy"),
    ("11 impasse des Lilas", "", "49100", "Angers"),
    ("7 rue Vauban", "Chez M. et Mme Roussel", "25000", "Besançon"),
    ("63 avenue Jean-Médecin", "", "06000", "Nice"),
    ("15 rue de la République", "Appt 21", "84000", "Avignon"),
    ("28 rue Sainte-Catherine", "", "87000", "Limoges"),
    ("1 bis rue Pasteur", "", "29200", "Brest"),
    ("39 avenue de Grammont", "", "37000", "Tours"),
]

EMPLOYERS = [
    ("aide-soignante", "aide-soignant", "Clinique du Parc Saint-Lazare"),
    ("développeuse web", "développeur web", "Altéa Numérique SAS"),
    ("serveuse", "serveur", "Brasserie Le Grand Café"),
    ("chercheuse postdoctorale", "chercheur postdoctoral", "Université Grenoble Alpes"),
    ("préparatrice de commandes", "chauffeur-livreur", "Transports Vidal et Fils"),
    ("auxiliaire de vie", "auxiliaire de vie", "ADMR du Rhône"),
    ("ingénieure qualité", "ingénieur qualité", "Nexo Industrie SA"),
    ("vendeuse", "boulanger", "Boulangerie Marchal SARL"),
    ("assistante de direction", "comptable", "Cabinet Bréval Expertise"),
    ("réceptionniste", "agent de sécurité", "Hôtel des Brotteaux"),
    ("professeure d'anglais", "professeur de mathématiques", "Groupe scolaire Sainte-Anne"),
    ("data analyst", "data scientist", "Orvéa Analytics"),
]

FREELANCE = [
    "graphiste",
    "traduction (micro-entreprise)",
    "chauffeur VTC",
    "coach sportif",
    "développement informatique",
    "photographe",
    "cours particuliers",
]

SCHOOLS = [
    "Université Lumière Lyon 2",
    "Sorbonne Université",
    "INSA Toulouse",
    "Université de Strasbourg",
    "Nantes Université",
    "Université de Lille",
    "Université Grenoble Alpes",
    "Aix-Marseille Université",
    "Université de Bordeaux",
]

OTHER_SITUATIONS = [
    "volontaire en service civique",
    "jeune au pair",
    "retraitée d'un régime étranger",
    "conjoint de fonctionnaire détaché",
    "bénévole, sans revenus",
]

MAIL_DOMAINS = [
    "gmail.com",
    "outlook.fr",
    "yahoo.com",
    "laposte.net",
    "proton.me",
    "hotmail.com",
    "orange.fr",
]


def strip_accents(s):
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def make_person(rng, origin, sex=None, usage=False, student=False, many_given=False):
    o = ORIGINS[origin]
    sex = sex or rng.choice("FM")
    given = rng.choice(o["f"] if sex == "F" else o["m"])
    if many_given and " " not in given:
        extra = rng.choice(o["f"] if sex == "F" else o["m"])
        if extra.split()[0] != given:
            given = f"{given} {extra.split()[0]}"
    surname = rng.choice(o["sur"])
    if student:
        year = rng.randint(1997, 2005)
    else:
        year = rng.randint(1966, 1999)
    dob = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    addr = rng.choice(ADDRESSES)
    first = strip_accents(given.split()[0]).lower().replace("'", "")
    last = strip_accents(surname.split()[0]).lower().replace("'", "")
    mail = (
        rng.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{dob.year % 100}",
                f"{last}.{first}",
                f"{first[0]}{last}",
            ]
        )
        + "@"
        + rng.choice(MAIL_DOMAINS)
    )
    phone = "0" + rng.choice("67") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return dict(
        origin=origin,
        sex=sex,
        surname=surname,
        usage_name=rng.choice(USAGE_NAMES) if usage else None,
        given_names=given,
        dob=dob,
        birth_city=rng.choice(o["cities"]),
        birth_country=o["country"],
        nationality=o["nat"][0 if sex == "F" else 1],
        street=addr[0],
        street2=addr[1],
        postcode=addr[2],
        city=addr[3],
        email=mail,
        phone=phone,
    )


def nir_for(sex, dob, dept="99", commune="350", order=None, rng=None):
    """A NIR for someone born abroad (department 99 + INSEE country code); key = 97 - n mod 97."""
    order = order if order is not None else rng.randint(1, 999)
    body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{dept}{commune}{order:03d}"
    key = 97 - int(body) % 97
    return body, f"{key:02d}"
