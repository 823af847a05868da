"""Fictional applicants for the form_k blind set (names, births, addresses, NIR)."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

# country key -> (country name in French, nationality adjective (F), nationality (M),
#                 INSEE country code for a NIR, ISO alpha-3, surnames, female, male, cities)
COUNTRIES: dict[str, dict] = {
    "DZA": dict(
        pays="Algérie",
        nat=("algérienne", "algérien"),
        insee="352",
        surnames=["BENALI", "HAMIDI", "BOUZID", "AIT OUFELLA", "BELKACEM"],
        f=["Yasmina", "Lydia", "Nesrine", "Amel Sabrina"],
        m=["Karim", "Sofiane", "Mohamed Amine", "Yacine"],
        cities=["Oran", "Alger", "Tizi Ouzou", "Constantine"],
    ),
    "MAR": dict(
        pays="Maroc",
        nat=("marocaine", "marocain"),
        insee="350",
        surnames=["EL AMRANI", "BENNANI", "OUAZZANI", "EL IDRISSI", "TAZI"],
        f=["Salma", "Khadija", "Imane", "Fatima Zahra"],
        m=["Youssef", "Mehdi", "Hamza", "Anas"],
        cities=["Casablanca", "Fès", "Rabat", "Marrakech"],
    ),
    "TUN": dict(
        pays="Tunisie",
        nat=("tunisienne", "tunisien"),
        insee="351",
        surnames=["BEN SALAH", "TRABELSI", "GHARBI", "BEN YOUSSEF"],
        f=["Nour", "Ines", "Rania"],
        m=["Skander", "Aymen", "Wassim"],
        cities=["Sfax", "Tunis", "Sousse"],
    ),
    "SEN": dict(
        pays="Sénégal",
        nat=("sénégalaise", "sénégalais"),
        insee="341",
        surnames=["DIOP", "NDIAYE", "FALL", "SECK", "DIALLO"],
        f=["Aminata", "Fatou Binetou", "Awa", "Mariama"],
        m=["Cheikh Tidiane", "Moussa", "Ousmane", "Abdoulaye"],
        cities=["Dakar", "Thiès", "Saint-Louis", "Ziguinchor"],
    ),
    "CIV": dict(
        pays="Côte d'Ivoire",
        nat=("ivoirienne", "ivoirien"),
        insee="326",
        surnames=["KOUASSI", "N'GUESSAN", "KONAN", "YAO", "COULIBALY"],
        f=["Affoué Marie-Laure", "Adjoua", "Ange Prisca"],
        m=["Koffi Serge", "Jean-Marc", "Yao Didier"],
        cities=["Abidjan", "Bouaké", "Yamoussoukro"],
    ),
    "CMR": dict(
        pays="Cameroun",
        nat=("camerounaise", "camerounais"),
        insee="322",
        surnames=["NGO BIKAI", "MBARGA", "TCHOUPO", "ESSOMBA"],
        f=["Christelle", "Laure Gaëlle", "Brenda"],
        m=["Hervé", "Junior Blaise", "Arnaud"],
        cities=["Douala", "Yaoundé", "Bafoussam"],
    ),
    "MLI": dict(
        pays="Mali",
        nat=("malienne", "malien"),
        insee="335",
        surnames=["TRAORÉ", "KEITA", "DEMBÉLÉ", "SISSOKO"],
        f=["Oumou", "Kadiatou", "Assétou"],
        m=["Moussa", "Bakary", "Seydou"],
        cities=["Bamako", "Kayes", "Ségou"],
    ),
    "COD": dict(
        pays="République démocratique du Congo",
        nat=("congolaise", "congolais"),
        insee="312",
        surnames=["MBUYI KABONGO", "TSHIBANDA", "ILUNGA", "MUKENDI"],
        f=["Grâce", "Nathalie Mbombo", "Ruth"],
        m=["Jean-Pierre", "Patrick Kalala", "Dieudonné"],
        cities=["Kinshasa", "Lubumbashi", "Kisangani"],
    ),
    "GIN": dict(
        pays="Guinée",
        nat=("guinéenne", "guinéen"),
        insee="330",
        surnames=["BAH", "BARRY", "CAMARA", "SOUMAH"],
        f=["Hadja Kadiatou", "Mariama Dalanda", "Aïssatou"],
        m=["Mamadou Saliou", "Alpha Oumar", "Ibrahima"],
        cities=["Conakry", "Labé", "Kankan"],
    ),
    "HTI": dict(
        pays="Haïti",
        nat=("haïtienne", "haïtien"),
        insee="429",
        surnames=["SAINT-LOUIS", "JEAN-BAPTISTE", "PIERRE-LOUIS", "CADET"],
        f=["Widlyne", "Roseline", "Nadège"],
        m=["Wilner", "Jean Robert", "Peterson"],
        cities=["Port-au-Prince", "Cap-Haïtien", "Jacmel"],
    ),
    "CHN": dict(
        pays="Chine",
        nat=("chinoise", "chinois"),
        insee="216",
        surnames=["ZHANG", "WANG", "LI", "CHEN", "LIU"],
        f=["Wei", "Xiaoling", "Yuqing"],
        m=["Hao", "Jianguo", "Zihan"],
        cities=["Shanghai", "Wuhan", "Chengdu", "Canton"],
    ),
    "VNM": dict(
        pays="Viêt Nam",
        nat=("vietnamienne", "vietnamien"),
        insee="243",
        surnames=["NGUYEN", "TRAN", "PHAM", "LE", "HOANG"],
        f=["Thi Thu Ha", "Thi Lan", "Ngoc Anh"],
        m=["Van Minh", "Duc Anh", "Quoc Bao"],
        cities=["Hanoï", "Hô Chi Minh-Ville", "Da Nang"],
    ),
    "IND": dict(
        pays="Inde",
        nat=("indienne", "indien"),
        insee="223",
        surnames=["SHARMA", "IYER", "PATEL", "REDDY", "NAIR"],
        f=["Priya", "Ananya Lakshmi", "Deepika"],
        m=["Rahul", "Arjun Kumar", "Vikram"],
        cities=["Bangalore", "Chennai", "Pune", "New Delhi"],
    ),
    "PAK": dict(
        pays="Pakistan",
        nat=("pakistanaise", "pakistanais"),
        insee="213",
        surnames=["KHAN", "QURESHI", "MALIK", "CHAUDHRY"],
        f=["Ayesha", "Sana Fatima"],
        m=["Muhammad Usman", "Bilal", "Hassan Ali"],
        cities=["Lahore", "Karachi", "Islamabad"],
    ),
    "BGD": dict(
        pays="Bangladesh",
        nat=("bangladaise", "bangladais"),
        insee="246",
        surnames=["RAHMAN", "HOSSAIN", "AHMED", "CHOWDHURY"],
        f=["Tahmina", "Nusrat Jahan"],
        m=["Shakil", "Mohammad Rafiq"],
        cities=["Dhaka", "Chittagong", "Sylhet"],
    ),
    "LKA": dict(
        pays="Sri Lanka",
        nat=("sri-lankaise", "sri-lankais"),
        insee="235",
        surnames=["WICKRAMASINGHE", "PERERA", "FERNANDO", "JAYAWARDENA"],
        f=["Dilani", "Nadeesha Tharanga"],
        m=["Kasun", "Tharindu"],
        cities=["Colombo", "Kandy", "Jaffna"],
    ),
    "BRA": dict(
        pays="Brésil",
        nat=("brésilienne", "brésilien"),
        insee="508",
        surnames=["SOUZA DOS SANTOS", "OLIVEIRA", "FERREIRA LIMA", "DA SILVA COSTA"],
        f=["Ana Beatriz", "Juliana", "Letícia Maria"],
        m=["João Pedro", "Rafael", "Lucas Henrique"],
        cities=["São Paulo", "Belo Horizonte", "Recife", "Curitiba"],
    ),
    "COL": dict(
        pays="Colombie",
        nat=("colombienne", "colombien"),
        insee="419",
        surnames=["GÓMEZ RESTREPO", "RAMÍREZ", "CASTRO VARGAS", "OSPINA"],
        f=["Valentina", "María Camila", "Daniela"],
        m=["Juan Camilo", "Andrés Felipe", "Santiago"],
        cities=["Medellín", "Bogotá", "Cali"],
    ),
    "PER": dict(
        pays="Pérou",
        nat=("péruvienne", "péruvien"),
        insee="421",
        surnames=["QUISPE MAMANI", "FLORES", "HUAMÁN TORRES"],
        f=["Rosa Elena", "Milagros"],
        m=["Luis Alberto", "Jorge"],
        cities=["Lima", "Cusco", "Arequipa"],
    ),
    "VEN": dict(
        pays="Venezuela",
        nat=("vénézuélienne", "vénézuélien"),
        insee="424",
        surnames=["RODRÍGUEZ PÉREZ", "GONZÁLEZ", "MÁRQUEZ DÍAZ"],
        f=["María José", "Gabriela", "Andreína"],
        m=["José Gregorio", "Carlos Eduardo"],
        cities=["Caracas", "Maracaibo", "Valencia"],
    ),
    "MEX": dict(
        pays="Mexique",
        nat=("mexicaine", "mexicain"),
        insee="405",
        surnames=["HERNÁNDEZ LÓPEZ", "GARCÍA", "MARTÍNEZ RUIZ"],
        f=["Ximena", "Fernanda", "Guadalupe"],
        m=["Luis Fernando", "Diego", "Emiliano"],
        cities=["Guadalajara", "Puebla", "Mexico"],
    ),
    "USA": dict(
        pays="États-Unis",
        nat=("américaine", "américain"),
        insee="404",
        surnames=["O'CONNOR", "MILLER", "JOHNSON", "WASHINGTON", "KOWALSKI"],
        f=["Megan Elizabeth", "Sarah", "Ashley Nicole", "Jennifer"],
        m=["Michael James", "Tyler", "Brandon", "Christopher"],
        cities=["Chicago", "Austin", "Portland", "Boston"],
    ),
    "CAN": dict(
        pays="Canada",
        nat=("canadienne", "canadien"),
        insee="401",
        surnames=["TREMBLAY-GAGNON", "BOUCHARD", "MACDONALD", "ROY"],
        f=["Émilie", "Catherine", "Chloé"],
        m=["Olivier", "Ryan", "Mathieu"],
        cities=["Montréal", "Québec", "Toronto"],
    ),
    "GBR": dict(
        pays="Royaume-Uni",
        nat=("britannique", "britannique"),
        insee="132",
        surnames=["SMITH-JONES", "CLARKE", "MCALLISTER", "PATTERSON"],
        f=["Charlotte", "Emily Rose", "Hannah"],
        m=["Oliver James", "Thomas", "Harry"],
        cities=["Manchester", "Leeds", "Bristol", "Glasgow"],
    ),
    "UKR": dict(
        pays="Ukraine",
        nat=("ukrainienne", "ukrainien"),
        insee="155",
        surnames=["KOVALENKO", "SHEVCHENKO", "BONDARENKO", "MELNYK"],
        f=["Olena", "Iryna", "Kateryna"],
        m=["Oleksandr", "Dmytro", "Andriy"],
        cities=["Kyiv", "Kharkiv", "Lviv", "Odesa"],
    ),
    "RUS": dict(
        pays="Russie",
        nat=("russe", "russe"),
        insee="123",
        surnames=["IVANOVA", "SMIRNOV", "KUZNETSOVA", "POPOV"],
        f=["Ekaterina", "Anastasia", "Yulia"],
        m=["Sergei", "Dmitri", "Alexei"],
        cities=["Moscou", "Kazan", "Novossibirsk"],
    ),
    "TUR": dict(
        pays="Turquie",
        nat=("turque", "turc"),
        insee="208",
        surnames=["YILDIZ", "KAYA", "DEMIR", "ÖZTÜRK"],
        f=["Elif", "Zeynep", "Merve"],
        m=["Emre", "Burak", "Mehmet Ali"],
        cities=["Istanbul", "Izmir", "Ankara"],
    ),
    "IRN": dict(
        pays="Iran",
        nat=("iranienne", "iranien"),
        insee="204",
        surnames=["HOSSEINI", "MOHAMMADI", "KARIMI", "REZAEI"],
        f=["Maryam", "Shirin", "Niloofar"],
        m=["Reza", "Amir Hossein", "Behnam"],
        cities=["Téhéran", "Ispahan", "Chiraz"],
    ),
    "LBN": dict(
        pays="Liban",
        nat=("libanaise", "libanais"),
        insee="205",
        surnames=["EL KHOURY", "HADDAD", "ABI NADER", "SAAB"],
        f=["Rita", "Maya", "Nour el Houda"],
        m=["Rami", "Georges", "Elie"],
        cities=["Beyrouth", "Tripoli", "Zahlé"],
    ),
    "EGY": dict(
        pays="Égypte",
        nat=("égyptienne", "égyptien"),
        insee="301",
        surnames=["ABDEL-RAHMAN", "MOSTAFA", "EL-SAYED", "FAHMY"],
        f=["Mariam", "Yasmine", "Heba"],
        m=["Ahmed", "Omar", "Mahmoud"],
        cities=["Le Caire", "Alexandrie", "Gizeh"],
    ),
    "PHL": dict(
        pays="Philippines",
        nat=("philippine", "philippin"),
        insee="220",
        surnames=["DELA CRUZ", "SANTOS", "REYES", "BAUTISTA"],
        f=["Maria Cristina", "Jasmine", "Kristine Joy"],
        m=["Mark Anthony", "John Paul", "Rodel"],
        cities=["Manille", "Cebu", "Davao"],
    ),
    "NGA": dict(
        pays="Nigeria",
        nat=("nigériane", "nigérian"),
        insee="338",
        surnames=["OKONKWO", "ADEYEMI", "OLUWASEUN", "EZE"],
        f=["Chiamaka", "Funmilayo", "Blessing"],
        m=["Chinedu Emmanuel", "Tunde", "Ikechukwu"],
        cities=["Lagos", "Enugu", "Ibadan"],
    ),
    "ESP": dict(
        pays="Espagne",
        nat=("espagnole", "espagnol"),
        insee="134",
        surnames=["GARCÍA FERNÁNDEZ", "MARTÍN SÁNCHEZ", "LÓPEZ DE LA TORRE"],
        f=["Lucía", "Carmen", "Paula"],
        m=["Javier", "Pablo", "Álvaro"],
        cities=["Séville", "Valence", "Saragosse"],
    ),
    "ITA": dict(
        pays="Italie",
        nat=("italienne", "italien"),
        insee="127",
        surnames=["D'ANGELO", "ROSSI", "DE LUCA", "ESPOSITO"],
        f=["Giulia", "Francesca", "Chiara"],
        m=["Lorenzo", "Matteo", "Giuseppe"],
        cities=["Naples", "Turin", "Bologne"],
    ),
    "DEU": dict(
        pays="Allemagne",
        nat=("allemande", "allemand"),
        insee="109",
        surnames=["MÜLLER", "SCHNEIDER", "WEBER", "HOFFMANN"],
        f=["Anna Lena", "Katharina", "Sophie"],
        m=["Jonas", "Lukas", "Maximilian"],
        cities=["Hambourg", "Cologne", "Leipzig"],
    ),
}

USAGE_NAMES = ["MARTIN", "DUBOIS", "LEFÈVRE", "MOREAU", "GIRARD", "FOURNIER", "ROUSSEAU"]

# (postcode, commune, streets)
ADDRESSES = [
    ("75011", "Paris", ["rue Oberkampf", "rue de la Roquette", "avenue Parmentier"]),
    ("75019", "Paris", ["rue de Crimée", "avenue Secrétan"]),
    ("69003", "Lyon", ["rue Paul Bert", "cours Gambetta"]),
    ("13005", "Marseille", ["boulevard Baille", "rue Saint-Pierre"]),
    ("31000", "Toulouse", ["rue des Lois", "allée Jean Jaurès"]),
    ("33000", "Bordeaux", ["cours de la Marne", "rue Sainte-Catherine"]),
    ("44000", "Nantes", ["rue de Strasbourg", "quai de Versailles"]),
    ("67000", "Strasbourg", ["rue du Faubourg National", "route de Schirmeck"]),
    ("59000", "Lille", ["rue Solférino", "boulevard de la Liberté"]),
    ("34000", "Montpellier", ["rue de l'Aiguillerie", "avenue de Toulouse"]),
    ("35000", "Rennes", ["rue de Saint-Malo", "boulevard de la Liberté"]),
    ("06000", "Nice", ["avenue Borriglione", "rue de France"]),
    ("38000", "Grenoble", ["cours Berriat", "rue Très-Cloîtres"]),
    ("92130", "Issy-les-Moulineaux", ["rue du Général Leclerc", "avenue Victor Cresson"]),
    ("93200", "Saint-Denis", ["rue de la République", "boulevard Carnot"]),
    ("21000", "Dijon", ["rue Chabot-Charny", "avenue du Drapeau"]),
]

JOBS = [
    "Ingénieure logiciel",
    "Aide-soignant",
    "Serveur",
    "Chercheuse post-doctorante",
    "Développeur web",
    "Agent de sécurité",
    "Comptable",
    "Cuisinier",
    "Consultante",
    "Professeur d'anglais",
    "Infirmière",
    "Chauffeur livreur",
]

FREELANCE = ["Traductrice", "Graphiste", "Photographe", "Coach sportif", "Architecte"]

AUTRE_TEXT = [
    "télétravail pour une société américaine",
    "retraité (pension étrangère)",
    "stagiaire",
    "volontaire service civique",
    "conjoint de salarié",
]

MAIL_DOMAINS = ["gmail.com", "outlook.fr", "yahoo.fr", "laposte.net", "hotmail.com", "proton.me"]


def fold(text: str) -> str:
    """Drop accents (as people do when writing capitals)."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def cp1252_ok(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def nir_key(first13: str) -> str:
    return f"{97 - int(first13) % 97:02d}"


@dataclass
class Person:
    country: str
    surname: str
    given_names: str
    sex: str
    dob: dt.date
    birth_city: str
    birth_country: str
    nationality: str
    usage_name: str | None
    address1: str
    address2: str | None
    postcode: str
    city: str
    phone: str
    email: str
    nir: str | None
    extra: dict = field(default_factory=dict)


def make_person(rng: random.Random, country: str, want_usage: bool, want_nir: bool) -> Person:
    c = COUNTRIES[country]
    sex = rng.choice("FM")
    if want_usage:
        sex = "F"
    surname = rng.choice(c["surnames"])
    if country == "RUS":  # Russian surnames agree with the holder's sex
        if sex == "F" and surname.endswith("OV"):
            surname += "A"
        elif sex == "M" and surname.endswith("OVA"):
            surname = surname[:-1]
    given = rng.choice(c["f"] if sex == "F" else c["m"])
    year = rng.randint(1962, 2004)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    dob = dt.date(year, month, day)
    usage = rng.choice(USAGE_NAMES) if want_usage else None
    postcode, city, streets = rng.choice(ADDRESSES)
    num = rng.randint(1, 148)
    bis = rng.choice(["", "", "", " bis", " ter"])
    address1 = f"{num}{bis} {rng.choice(streets)}"
    address2 = rng.choice(
        [
            None,
            None,
            f"Bât. {rng.choice('ABCD')}, esc. {rng.randint(1, 3)}, apt {rng.randint(11, 64)}",
            f"Chez M. et Mme {rng.choice(USAGE_NAMES).title()}",
            f"Résidence Les {rng.choice(['Tilleuls', 'Acacias', 'Glycines'])}",
        ]
    )
    phone = rng.choice(["06", "07"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    gfirst = fold(given.split()[0]).lower().replace("'", "")
    sfirst = fold((usage or surname).split()[0]).lower().replace("'", "")
    email = f"{gfirst}.{sfirst}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(MAIL_DOMAINS)}"
    nat = c["nat"][0] if sex == "F" else c["nat"][1]
    nir = None
    if want_nir:
        order = f"{rng.randint(1, 999):03d}"
        first13 = ("2" if sex == "F" else "1") + f"{year % 100:02d}{month:02d}99{c['insee']}{order}"
        nir = first13 + nir_key(first13)
    return Person(
        country=country,
        surname=surname,
        given_names=given,
        sex=sex,
        dob=dob,
        birth_city=rng.choice(c["cities"]),
        birth_country=c["pays"],
        nationality=nat,
        usage_name=usage,
        address1=address1,
        address2=address2,
        postcode=postcode,
        city=city,
        phone=phone,
        email=email,
        nir=nir,
    )
