"""Applicant identities for the form_w blind set (invented people, plausible names).

Every string is Latin-1 so that it can live in an AcroForm field with a standard font and be
written with the handwriting fonts of the machine. Names from non-Latin scripts are given in
the transliteration their passports print.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

# fmt: off
# origin key: (country in French, INSEE country code, nationality m, nationality f,
#              surnames, female given names, male given names, birth cities)
# A surname "A|B" is "A" for men and "B" for women (Slavic languages).
ORIGINS: dict[str, tuple] = {
    "DZ": ("Algérie", "352", "algérien", "algérienne",
           ["BENALI", "BOUZID", "HAMIDI", "CHERIF", "MEKKI", "BELKACEM", "AIT AHMED", "SAADI",
            "TAHRI", "BENSALAH", "KHELIL", "OULD KADDOUR"],
           ["Amina", "Nassima", "Yasmine", "Lamia", "Kahina", "Lynda", "Fatma Zohra", "Sabrina"],
           ["Mohamed Amine", "Yacine", "Karim", "Sofiane", "Abdelkader", "Mehdi", "Rachid"],
           ["Alger", "Oran", "Constantine", "Tizi Ouzou", "Sétif", "Annaba", "Béjaïa", "Blida"]),
    "MA": ("Maroc", "350", "marocain", "marocaine",
           ["EL AMRANI", "BENJELLOUN", "TAZI", "ALAOUI", "EL IDRISSI", "BENNANI", "CHRAIBI",
            "OUAZZANI", "EL FASSI", "BERRADA"],
           ["Fatima Zahra", "Khadija", "Salma", "Imane", "Hajar", "Meryem", "Ghizlane"],
           ["Youssef", "Hamza", "Omar", "Anas", "Othmane", "Ayoub", "Zakaria"],
           ["Casablanca", "Rabat", "Fès", "Marrakech", "Tanger", "Agadir", "Oujda", "Meknès"]),
    "TN": ("Tunisie", "351", "tunisien", "tunisienne",
           ["BEN AMOR", "TRABELSI", "GHARBI", "JEBALI", "BEN SALEM", "MEJRI", "HAMMAMI", "CHAOUCH"],
           ["Inès", "Rim", "Amel", "Nour", "Olfa", "Sirine", "Yosra"],
           ["Mohamed Ali", "Aymen", "Wassim", "Skander", "Bilel", "Hatem"],
           ["Tunis", "Sfax", "Sousse", "Bizerte", "Gabès", "Nabeul", "Monastir"]),
    "SN": ("Sénégal", "341", "sénégalais", "sénégalaise",
           ["DIOP", "NDIAYE", "N'DIAYE", "FALL", "SOW", "GUEYE", "SECK", "DIALLO", "BA", "FAYE",
            "MBAYE", "SARR"],
           ["Aminata", "Fatou", "Awa", "Mariama", "Ndeye Fatou", "Khady", "Aïssatou"],
           ["Mamadou", "Cheikh", "Ousmane", "Moussa", "Abdoulaye", "Pape Malick", "Ibrahima"],
           ["Dakar", "Thiès", "Saint-Louis", "Ziguinchor", "Kaolack", "Touba", "Rufisque"]),
    "CI": ("Côte d'Ivoire", "326", "ivoirien", "ivoirienne",
           ["KOUASSI", "KONAN", "N'GUESSAN", "KOFFI", "YAO", "OUATTARA", "BAMBA", "KONÉ",
            "COULIBALY", "DIBI", "AKA-BROU"],
           ["Adjoua", "Aya", "Affoué Marie", "Mariam", "Estelle", "Grâce", "Ruth Ange"],
           ["Kouamé", "Jean-Marc", "Serge Arnaud", "Hervé", "Yao Didier", "Adama"],
           ["Abidjan", "Bouaké", "Yamoussoukro", "Daloa", "Korhogo", "San-Pédro", "Man"]),
    "CM": ("Cameroun", "322", "camerounais", "camerounaise",
           ["MBARGA", "ESSOMBA", "TCHOUMI", "FOTSO", "NJOYA", "KAMGA", "ATANGANA", "TAGNE",
            "NGO BIYONG", "EKOTTO"],
           ["Linda", "Brenda", "Christelle", "Ornella", "Murielle", "Carine Flore"],
           ["Franck", "Boris", "Landry", "Arnaud", "Stéphane", "Ulrich"],
           ["Douala", "Yaoundé", "Bafoussam", "Garoua", "Bamenda", "Dschang"]),
    "ML": ("Mali", "335", "malien", "malienne",
           ["TRAORÉ", "KEÏTA", "COULIBALY", "DIARRA", "KONATÉ", "SANGARÉ", "DEMBÉLÉ", "TOURÉ",
            "DIAKITÉ", "CISSÉ", "SIDIBÉ"],
           ["Fatoumata", "Kadiatou", "Oumou", "Assitan", "Djeneba", "Hawa"],
           ["Moussa", "Seydou", "Bakary", "Souleymane", "Sékou", "Modibo"],
           ["Bamako", "Kayes", "Ségou", "Sikasso", "Mopti", "Kati"]),
    "CD": ("République démocratique du Congo", "312", "congolais", "congolaise",
           ["MUKENDI", "TSHIBANDA", "MBUYI", "KASONGO", "ILUNGA", "LUMBALA", "NGOMA", "MAKIADI",
            "MUTOMBO", "KALONJI"],
           ["Grâce", "Nathalie", "Divine", "Merveille", "Chancelle", "Patience"],
           ["Jonathan", "Glody", "Héritier", "Christian", "Trésor", "Benjamin"],
           ["Kinshasa", "Lubumbashi", "Mbuji-Mayi", "Kisangani", "Bukavu", "Goma"]),
    "HT": ("Haïti", "432", "haïtien", "haïtienne",
           ["JEAN-BAPTISTE", "PIERRE-LOUIS", "SAINT-FLEUR", "JOSEPH", "DORVAL", "LOUIS-JEUNE",
            "DESROSIERS", "ÉTIENNE", "AUGUSTIN"],
           ["Widline", "Nadège", "Roseline", "Marie-Carmelle", "Fabienne", "Guerline"],
           ["Wesner", "Jean-Robert", "Ricardo", "Wilner", "Frantz", "Peterson"],
           ["Port-au-Prince", "Cap-Haïtien", "Gonaïves", "Les Cayes", "Jacmel", "Pétion-Ville"]),
    "CN": ("Chine", "216", "chinois", "chinoise",
           ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "ZHOU", "WU", "XU"],
           ["Xiaoling", "Mei", "Yuqing", "Jingwen", "Xinyi", "Lihua"],
           ["Wei", "Jian", "Hao", "Zhiwei", "Yifan", "Junjie"],
           ["Shanghai", "Pékin", "Canton", "Wuhan", "Chengdu", "Wenzhou", "Hangzhou"]),
    "VN": ("Viêt Nam", "243", "vietnamien", "vietnamienne",
           ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "DANG", "BUI", "DO"],
           ["Thi Thu Trang", "Thi Lan", "Ngoc Anh", "Thi Huong", "Minh Chau", "Thanh Hang"],
           ["Van Minh", "Duc Anh", "Quang Huy", "Van Long", "Minh Tuan"],
           ["Hanoï", "Hô Chi Minh-Ville", "Haïphong", "Da Nang", "Huê", "Can Tho"]),
    "IN": ("Inde", "223", "indien", "indienne",
           ["SHARMA", "PATEL", "SINGH", "IYER", "REDDY", "GUPTA", "NAIR", "KUMAR", "MENON"],
           ["Priya", "Ananya", "Deepika", "Lakshmi", "Kavya", "Sneha"],
           ["Rahul", "Arjun", "Vikram", "Rohan Kumar", "Sandeep", "Aditya"],
           ["New Delhi", "Mumbai", "Bangalore", "Chennai", "Hyderabad", "Pune", "Kochi"]),
    "PK": ("Pakistan", "213", "pakistanais", "pakistanaise",
           ["KHAN", "AHMED", "HUSSAIN", "MALIK", "QURESHI", "CHAUDHRY", "RAZA"],
           ["Ayesha", "Fatima", "Sana", "Hina", "Mahnoor"],
           ["Muhammad Usman", "Ali", "Bilal", "Imran", "Faisal"],
           ["Lahore", "Karachi", "Islamabad", "Rawalpindi", "Faisalabad", "Sialkot"]),
    "BD": ("Bangladesh", "246", "bangladais", "bangladaise",
           ["RAHMAN", "HOSSAIN", "ISLAM", "UDDIN", "CHOWDHURY", "AKTER"],
           ["Nusrat", "Farhana", "Tasnim", "Sharmin"],
           ["Md Rafiqul", "Tanvir", "Arif", "Shahriar", "Sakib"],
           ["Dhaka", "Chittagong", "Sylhet", "Khulna", "Rajshahi"]),
    "BR": ("Brésil", "416", "brésilien", "brésilienne",
           ["DA SILVA", "SANTOS", "OLIVEIRA", "SOUZA", "PEREIRA", "COSTA", "RODRIGUES", "ALMEIDA",
            "CARVALHO", "RIBEIRO DOS SANTOS", "DE ALMEIDA SOUZA"],
           ["Ana Carolina", "Juliana", "Fernanda", "Mariana", "Camila", "Letícia", "Beatriz"],
           ["João Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Felipe"],
           ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador", "Recife", "Curitiba"]),
    "CO": ("Colombie", "419", "colombien", "colombienne",
           ["GARCÍA LÓPEZ", "RODRÍGUEZ", "MARTÍNEZ GÓMEZ", "HERNÁNDEZ", "RAMÍREZ", "MORENO",
            "VARGAS", "CASTRO RUIZ", "OSPINA", "JARAMILLO"],
           ["María Fernanda", "Valentina", "Daniela", "Laura Camila", "Paola", "Natalia"],
           ["Juan Sebastián", "Andrés Felipe", "Santiago", "Carlos Andrés", "Julián"],
           ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga"]),
    "MX": ("Mexique", "405", "mexicain", "mexicaine",
           ["HERNÁNDEZ", "GONZÁLEZ", "LÓPEZ", "PÉREZ", "SÁNCHEZ RAMÍREZ", "FLORES", "CRUZ",
            "MORALES", "REYES", "GUTIÉRREZ"],
           ["Guadalupe", "Ximena", "Andrea", "Itzel", "Sofía"],
           ["José Luis", "Diego", "Alejandro", "Emiliano", "Luis Ángel"],
           ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Mérida"]),
    "UA": ("Ukraine", "155", "ukrainien", "ukrainienne",
           ["KOVALENKO", "SHEVCHENKO", "BONDARENKO", "TKACHENKO", "KRAVCHENKO", "MELNYK", "OLIINYK",
            "LYSENKO", "MOROZ", "POLISHCHUK"],
           ["Olena", "Iryna", "Oksana", "Kateryna", "Yuliia", "Anastasiia", "Nataliia"],
           ["Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Bohdan"],
           ["Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Tchernihiv"]),
    "RU": ("Russie", "123", "russe", "russe",
           ["IVANOV|IVANOVA", "SMIRNOV|SMIRNOVA", "KUZNETSOV|KUZNETSOVA", "POPOV|POPOVA",
            "SOKOLOV|SOKOLOVA", "VOLKOV|VOLKOVA", "MOROZOV|MOROZOVA"],
           ["Anastasia", "Ekaterina", "Maria", "Daria", "Olga", "Tatiana"],
           ["Dmitrii", "Alexei", "Sergei", "Ivan", "Nikolai", "Maxim"],
           ["Moscou", "Saint-Pétersbourg", "Novossibirsk", "Kazan", "Samara"]),
    "TR": ("Turquie", "208", "turc", "turque",
           ["YILMAZ", "KAYA", "DEMIR", "ÇELIK", "SAHIN", "YILDIZ", "ÖZTÜRK", "AYDIN", "ARSLAN",
            "KOÇ"],
           ["Elif", "Zeynep", "Ayse", "Büsra", "Merve", "Esra"],
           ["Mehmet", "Mustafa", "Emre", "Burak", "Ahmet", "Can"],
           ["Istanbul", "Ankara", "Izmir", "Bursa", "Gaziantep", "Konya"]),
    "IR": ("Iran", "204", "iranien", "iranienne",
           ["HOSSEINI", "MOHAMMADI", "AHMADI", "REZAEI", "KARIMI", "MOUSAVI", "JAFARI"],
           ["Maryam", "Zahra", "Narges", "Shirin", "Parisa"],
           ["Reza", "Amir", "Mohammad Hossein", "Arash", "Babak"],
           ["Téhéran", "Ispahan", "Chiraz", "Tabriz", "Mashhad"]),
    "LB": ("Liban", "205", "libanais", "libanaise",
           ["KHOURY", "HADDAD", "NASSAR", "SAAB", "AOUN", "KARAM", "EL HAJJ", "ABI NADER"],
           ["Rita", "Maya", "Rania", "Carla", "Joëlle", "Nour"],
           ["Elie", "Georges", "Charbel", "Marc", "Fadi"],
           ["Beyrouth", "Tripoli", "Saïda", "Zahlé", "Jounieh", "Byblos"]),
    "PH": ("Philippines", "220", "philippin", "philippine",
           ["SANTOS", "REYES", "CRUZ", "BAUTISTA", "DELA CRUZ", "MENDOZA", "VILLANUEVA", "AQUINO",
            "DEL ROSARIO"],
           ["Maria Cristina", "Angelica", "Jasmine", "Rowena", "Maricel", "Kristine Joy"],
           ["Jose Miguel", "Mark Anthony", "John Paul", "Rodel", "Jerome"],
           ["Manille", "Quezon City", "Cebu", "Davao", "Iloilo", "Baguio"]),
    "US": ("États-Unis", "404", "américain", "américaine",
           ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "MILLER", "O'BRIEN", "MCCARTHY", "ANDERSON",
            "THOMPSON", "KOWALCZYK"],
           ["Emily Rose", "Sarah Elizabeth", "Jessica", "Megan Anne", "Ashley", "Hannah Grace"],
           ["Michael James", "Christopher", "Ryan Patrick", "Daniel", "Matthew", "Tyler"],
           ["New York", "Chicago", "Boston", "Los Angeles", "Houston", "Seattle", "Atlanta"]),
    "IT": ("Italie", "127", "italien", "italienne",
           ["ROSSI", "RUSSO", "FERRARI", "ESPOSITO", "BIANCHI", "ROMANO", "DE LUCA", "D'ANGELO"],
           ["Giulia", "Francesca", "Chiara", "Martina", "Alessia"],
           ["Marco", "Luca", "Alessandro", "Giuseppe", "Matteo"],
           ["Rome", "Milan", "Naples", "Turin", "Palerme", "Bologne", "Bari"]),
    "ES": ("Espagne", "134", "espagnol", "espagnole",
           ["GARCÍA MARTÍN", "FERNÁNDEZ", "LÓPEZ GARCÍA", "MARTÍNEZ", "SÁNCHEZ", "GÓMEZ RUIZ",
            "MUÑOZ"],
           ["Lucía", "María José", "Carmen", "Paula", "Marta"],
           ["Javier", "Pablo", "Sergio", "Jorge", "Álvaro"],
           ["Madrid", "Barcelone", "Valence", "Séville", "Saragosse", "Bilbao"]),
    "PT": ("Portugal", "139", "portugais", "portugaise",
           ["FERREIRA", "SILVA", "PEREIRA", "MARTINS", "SOUSA", "GONÇALVES"],
           ["Inês", "Beatriz", "Mariana", "Catarina"],
           ["João", "Tiago", "Rui", "Diogo"],
           ["Lisbonne", "Porto", "Braga", "Coimbra", "Faro"]),
    "PL": ("Pologne", "122", "polonais", "polonaise",
           ["KOWALSKI|KOWALSKA", "NOWAK", "WISNIEWSKI|WISNIEWSKA", "WÓJCIK",
            "LEWANDOWSKI|LEWANDOWSKA", "ZIELINSKI|ZIELINSKA"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Aleksandra"],
           ["Piotr", "Tomasz", "Krzysztof", "Marcin", "Pawel"],
           ["Varsovie", "Cracovie", "Lodz", "Wroclaw", "Poznan", "Gdansk"]),
    "RO": ("Roumanie", "114", "roumain", "roumaine",
           ["POPESCU", "IONESCU", "POPA", "STAN", "DUMITRU", "CONSTANTIN", "STOICA"],
           ["Andreea", "Ioana", "Elena", "Mihaela", "Alexandra"],
           ["Andrei", "Mihai", "Alexandru", "Ionut", "Florin"],
           ["Bucarest", "Cluj-Napoca", "Timisoara", "Iasi", "Constanta", "Brasov"]),
}

FRENCH_SPOUSE_NAMES = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "PETIT", "DURAND",
                       "LEROY", "MOREAU", "LEFÈVRE", "GARNIER", "FAURE", "ROUSSEL", "MERCIER",
                       "BLANC", "GUÉRIN", "LE GALL", "CHEVALIER", "FONTAINE", "MOREL-DUVAL"]

# (postal code, commune)
CITIES = [("75011", "Paris"), ("75018", "Paris"), ("75013", "Paris"), ("75020", "Paris"),
          ("93100", "Montreuil"), ("93200", "Saint-Denis"), ("93300", "Aubervilliers"),
          ("94200", "Ivry-sur-Seine"), ("92130", "Issy-les-Moulineaux"), ("92700", "Colombes"),
          ("69007", "Lyon"), ("69100", "Villeurbanne"), ("13005", "Marseille"),
          ("13001", "Marseille"), ("31400", "Toulouse"), ("33800", "Bordeaux"), ("59000", "Lille"),
          ("59100", "Roubaix"), ("44000", "Nantes"), ("35000", "Rennes"), ("67000", "Strasbourg"),
          ("34000", "Montpellier"), ("06000", "Nice"), ("38000", "Grenoble"), ("76600", "Le Havre"),
          ("21000", "Dijon"), ("37000", "Tours"), ("63000", "Clermont-Ferrand"),
          ("87000", "Limoges"), ("91300", "Massy"), ("95100", "Argenteuil"),
          ("78000", "Versailles")]

STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire",
           "rue des Lilas", "rue Paul Bert", "allée des Tilleuls", "rue du Faubourg Saint-Denis",
           "avenue de la Libération", "rue Gambetta", "impasse des Acacias", "rue Pasteur",
           "place du Marché", "rue de l'Église", "chemin des Vignes", "rue Lamartine",
           "boulevard de Belleville", "rue d'Alésia", "quai de la Loire", "rue Édouard Vaillant"]

# (job title for a man, for a woman, employer, employer address)
JOBS = [
    ("Ingénieur logiciel", "Ingénieure logicielle",
     "Capgemini Technology Services", "145-151 quai du Président Roosevelt, 92130 Issy-les-Moulineaux"),
    ("Aide-soignant", "Aide-soignante", "Clinique du Parc", "155 bd Stalingrad, 69006 Lyon"),
    ("Serveur", "Serveuse", "SARL Le Comptoir des Halles", "12 rue Montorgueil, 75001 Paris"),
    ("Chercheur post-doctorant", "Chercheuse post-doctorante",
     "CNRS", "3 rue Michel-Ange, 75016 Paris"),
    ("Agent de propreté", "Agente de propreté",
     "Onet Services", "36 bd de l'Océan, 13009 Marseille"),
    ("Développeur web", "Développeuse web", "SAS Octopus Digital", "8 rue du Sentier, 75002 Paris"),
    ("Chef de projet", "Cheffe de projet", "Sopra Steria Group", "6 avenue Kléber, 75116 Paris"),
    ("Cuisinier", "Cuisinière", "Brasserie du Port SARL", "4 quai Tourville, 44000 Nantes"),
    ("Infirmier", "Infirmière", "CHU de Bordeaux", "12 rue Dubernat, 33400 Talence"),
    ("Maçon", "Maçonne",
     "Bouygues Bâtiment Île-de-France", "1 av. Eugène Freyssinet, 78280 Guyancourt"),
    ("Employé polyvalent", "Employée polyvalente",
     "Carrefour Market", "22 av. de la Libération, 31400 Toulouse"),
    ("Préparateur de commandes", "Préparatrice de commandes",
     "Manpower France", "13 rue Ernest Renan, 92000 Nanterre"),
    ("Assistant comptable", "Assistante comptable",
     "Cabinet Fiducial Expertise", "41 rue du Capitaine Guynemer, 92400 Courbevoie"),
    ("Data analyst", "Data analyst", "Doctolib SAS", "54 quai Charles Pasqua, 92300 Levallois"),
    ("Chauffeur livreur", "Chauffeuse livreuse",
     "Adecco Intérim", "4 rue Louis Guérin, 69100 Villeurbanne"),
]
# fmt: on


@dataclass
class Person:
    origin: str
    surname: str  # birth surname, canonical spelling with accents
    usage_name: str | None
    given_names: str
    sex: str
    dob: dt.date
    birth_city: str
    birth_country: str
    nationality: str
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    nir: str | None  # 15 digits (13 + key)
    job: tuple[str, str, str] | None = None  # (title, employer, employer address)
    hire_date: dt.date | None = None


def strip_accents(s: str) -> str:
    out = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def nir_for(sex: str, dob: dt.date, insee: str, rng: random.Random) -> str:
    base = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}99{insee}"
    base += f"{rng.randint(1, 899):03d}"
    key = 97 - int(base) % 97
    return f"{base}{key:02d}"


def make_person(rng: random.Random, origin: str | None = None, max_len: int = 28) -> Person:
    keys = sorted(ORIGINS)
    origin = origin or rng.choice(keys)
    country, insee, nat_m, nat_f, surnames, fem, masc, cities = ORIGINS[origin]
    for _ in range(50):
        sex = rng.choice("FM")
        surname = rng.choice(surnames)
        if "|" in surname:
            surname = surname.split("|")[1 if sex == "F" else 0]
        given = rng.choice(fem if sex == "F" else masc)
        if rng.random() < 0.2:
            extra = rng.choice(fem if sex == "F" else masc).split()[0]
            if extra not in given:
                given = f"{given} {extra}"
        usage = None
        if sex == "F" and rng.random() < 0.35:
            r = rng.random()
            if r < 0.55:
                usage = rng.choice(FRENCH_SPOUSE_NAMES)
            elif r < 0.8:
                other = rng.choice(surnames).split("|")[-1]
                usage = other if other != surname else None
            else:
                usage = f"{surname}-{rng.choice(FRENCH_SPOUSE_NAMES)}"
        if len(surname) <= max_len and len(given) <= max_len and len(usage or "") <= max_len:
            break
    today = dt.date(2026, 11, 1)
    age_days = rng.randint(19 * 365, 58 * 365)
    dob = today - dt.timedelta(days=age_days)
    postal, city = rng.choice(CITIES)
    num = rng.randint(1, 180)
    street = f"{num}{rng.choice(['', '', '', ' bis'])} {rng.choice(STREETS)}"
    if rng.random() < 0.3:
        street = f"Bât. {rng.choice('ABCD')}, appt {rng.randint(1, 60)}, {street}"
    phone = f"0{rng.choice('67')} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    first = strip_accents(given.split()[0]).lower().replace("'", "")
    last = strip_accents(surname).lower().replace(" ", "").replace("'", "")
    dom = rng.choice(
        [
            "gmail.com",
            "gmail.com",
            "yahoo.fr",
            "hotmail.com",
            "outlook.fr",
            "icloud.com",
            "laposte.net",
        ]
    )
    sep = rng.choice([".", "", "_", "."])
    tail = rng.choice(["", "", str(dob.year % 100), str(rng.randint(1, 99))])
    email = f"{first}{sep}{last}{tail}@{dom}"
    nir = nir_for(sex, dob, insee, rng) if rng.random() < 0.2 else None
    return Person(
        origin=origin,
        surname=surname,
        usage_name=usage,
        given_names=given,
        sex=sex,
        dob=dob,
        birth_city=rng.choice(cities),
        birth_country=country,
        nationality=nat_f if sex == "F" else nat_m,
        street=street,
        postal_code=postal,
        city=city,
        phone=phone,
        email=email,
        nir=nir,
    )


def give_job(p: Person, rng: random.Random, before: dt.date) -> None:
    title_m, title_f, employer, address = rng.choice(JOBS)
    p.job = (title_f if p.sex == "F" else title_m, employer, address)
    p.hire_date = before - dt.timedelta(days=rng.randint(20, 400))
