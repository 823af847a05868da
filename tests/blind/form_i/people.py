"""Fictional applicants for the form_i blind set.

Every person here is invented. Names are drawn from pools per country of
birth; a few people are written by hand to cover the tricky cases the brief
asks for (usage name, double surname, surname-first name, hyphens, accents,
several given names).
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

# code: (pays as written, nationality masc, nationality fem, INSEE code,
#        cities, surnames, given names M, given names F)
COUNTRIES: dict[str, tuple] = {
    "DZA": (
        "Algérie",
        "algérien",
        "algérienne",
        352,
        ["Alger", "Oran", "Constantine", "Sétif", "Tizi Ouzou"],
        ["BENALI", "BOUZID", "HAMIDI", "MEZIANE", "CHERIF", "AIT-AHMED"],
        ["Mohamed Amine", "Karim", "Yacine", "Sofiane"],
        ["Amina", "Lydia", "Nour El Houda", "Sarah"],
    ),
    "MAR": (
        "Maroc",
        "marocain",
        "marocaine",
        350,
        ["Casablanca", "Rabat", "Fès", "Marrakech", "Tanger"],
        ["EL AMRANI", "BENNANI", "TAZI", "OUAZZANI", "EL IDRISSI"],
        ["Youssef", "Mehdi", "Hamza"],
        ["Salma", "Imane", "Fatima Zahra"],
    ),
    "TUN": (
        "Tunisie",
        "tunisien",
        "tunisienne",
        351,
        ["Tunis", "Sfax", "Sousse", "Bizerte"],
        ["TRABELSI", "BEN SALAH", "GHARBI", "JEBALI"],
        ["Aymen", "Walid"],
        ["Inès", "Rim", "Mariem"],
    ),
    "SEN": (
        "Sénégal",
        "sénégalais",
        "sénégalaise",
        341,
        ["Dakar", "Thiès", "Saint-Louis", "Ziguinchor"],
        ["DIOP", "NDIAYE", "FALL", "SOW", "DIALLO"],
        ["Mamadou", "Cheikh Tidiane", "Ousmane"],
        ["Aïssatou", "Fatou", "Khady"],
    ),
    "CIV": (
        "Côte d'Ivoire",
        "ivoirien",
        "ivoirienne",
        326,
        ["Abidjan", "Bouaké", "Yamoussoukro"],
        ["KOUASSI", "KONAN", "N'GUESSAN", "YAO", "TOURÉ"],
        ["Jean-Marc", "Serge Arnaud"],
        ["Adjoua", "Marie-Laure"],
    ),
    "CMR": (
        "Cameroun",
        "camerounais",
        "camerounaise",
        322,
        ["Yaoundé", "Douala", "Bafoussam"],
        ["MBARGA", "NGUEMA", "FOTSO", "TCHOUA", "ETOUNDI"],
        ["Paul Éric", "Hervé"],
        ["Carine", "Estelle Flore"],
    ),
    "MLI": (
        "Mali",
        "malien",
        "malienne",
        335,
        ["Bamako", "Kayes", "Ségou"],
        ["KEÏTA", "TRAORÉ", "COULIBALY", "DIARRA"],
        ["Moussa", "Seydou"],
        ["Mariam", "Oumou"],
    ),
    "COD": (
        "RD Congo",
        "congolais",
        "congolaise",
        312,
        ["Kinshasa", "Lubumbashi", "Goma"],
        ["KALONJI", "MBUYI", "TSHIBANDA", "LUMBU"],
        ["Patrick", "Christian"],
        ["Grâce", "Nadège"],
    ),
    "CHN": (
        "Chine",
        "chinois",
        "chinoise",
        216,
        ["Shanghai", "Pékin", "Canton", "Chengdu", "Wuhan"],
        ["WANG", "LI", "ZHANG", "LIU", "CHEN"],
        ["Xiaoming", "Wei", "Haoran"],
        ["Mei", "Xiaoyan", "Yuting"],
    ),
    "IND": (
        "Inde",
        "indien",
        "indienne",
        223,
        ["Bangalore", "Mumbai", "Chennai", "Pune", "Hyderabad"],
        ["SHARMA", "IYER", "REDDY", "PATEL", "NAIR"],
        ["Arjun", "Rahul Kumar"],
        ["Priya", "Ananya", "Lakshmi"],
    ),
    "BRA": (
        "Brésil",
        "brésilien",
        "brésilienne",
        415,
        ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife"],
        ["SILVA SANTOS", "OLIVEIRA", "PEREIRA", "GONÇALVES"],
        ["João Pedro", "Lucas"],
        ["Ana Carolina", "Júlia"],
    ),
    "COL": (
        "Colombie",
        "colombien",
        "colombienne",
        419,
        ["Bogotá", "Medellín", "Cali", "Barranquilla"],
        ["GARCÍA MÁRQUEZ", "RODRÍGUEZ LÓPEZ", "MARTÍNEZ GÓMEZ", "HERNÁNDEZ RUIZ"],
        ["Juan Sebastián", "Andrés Felipe"],
        ["Laura Valentina", "María José"],
    ),
    "MEX": (
        "Mexique",
        "mexicain",
        "mexicaine",
        405,
        ["Guadalajara", "Monterrey", "Puebla", "Mexico"],
        ["RAMÍREZ", "FLORES", "CRUZ MORALES"],
        ["Diego", "Luis Alberto"],
        ["Ximena", "Daniela"],
    ),
    "USA": (
        "États-Unis",
        "américain",
        "américaine",
        404,
        ["Chicago", "Boston", "Austin", "Seattle", "Denver"],
        ["JOHNSON", "MILLER", "O'BRIEN", "THOMPSON", "WALSH"],
        ["Michael James", "Ethan"],
        ["Sarah Elizabeth", "Emily Rose", "Jennifer"],
    ),
    "GBR": (
        "Royaume-Uni",
        "britannique",
        "britannique",
        132,
        ["Manchester", "Leeds", "Bristol", "Edimbourg"],
        ["TAYLOR", "EVANS", "MACDONALD", "HUGHES"],
        ["Oliver", "Thomas Edward"],
        ["Charlotte", "Emma Louise"],
    ),
    "UKR": (
        "Ukraine",
        "ukrainien",
        "ukrainienne",
        155,
        ["Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro"],
        ["KOVALENKO", "SHEVCHENKO", "BONDARENKO", "MELNYK"],
        ["Oleksandr", "Dmytro"],
        ["Olena", "Iryna", "Anastasiia"],
    ),
    "TUR": (
        "Turquie",
        "turc",
        "turque",
        208,
        ["Istanbul", "Ankara", "Izmir", "Bursa"],
        ["YILMAZ", "ÖZTÜRK", "ÇELIK", "DEMIR", "KAYA"],
        ["Mehmet", "Emre"],
        ["Elif", "Zeynep"],
    ),
    "PHL": (
        "Philippines",
        "philippin",
        "philippine",
        220,
        ["Manille", "Cebu City", "Davao City", "Quezon City"],
        ["SANTOS", "REYES", "DELA CRUZ", "BAUTISTA"],
        ["Mark Anthony", "John Paul"],
        ["Maria Cristina", "Angelica"],
    ),
    "VNM": (
        "Viêt Nam",
        "vietnamien",
        "vietnamienne",
        243,
        ["Hanoï", "Hô-Chi-Minh-Ville", "Da Nang"],
        ["NGUYEN", "TRAN", "LE", "PHAM"],
        ["Van Duc", "Minh Quan"],
        ["Thi Lan", "Thu Trang"],
    ),
    "ITA": (
        "Italie",
        "italien",
        "italienne",
        127,
        ["Milan", "Turin", "Naples", "Bologne"],
        ["ROSSI", "BIANCHI", "ESPOSITO", "DE LUCA"],
        ["Marco", "Giovanni"],
        ["Giulia", "Francesca"],
    ),
    "ESP": (
        "Espagne",
        "espagnol",
        "espagnole",
        134,
        ["Madrid", "Séville", "Valence", "Saragosse"],
        ["FERNÁNDEZ GARCÍA", "LÓPEZ RUIZ", "SÁNCHEZ PÉREZ"],
        ["Javier", "Pablo"],
        ["Lucía", "Carmen"],
    ),
    "DEU": (
        "Allemagne",
        "allemand",
        "allemande",
        109,
        ["Berlin", "Munich", "Cologne", "Hambourg"],
        ["MÜLLER", "SCHMIDT", "WEBER"],
        ["Jonas", "Lukas"],
        ["Lena", "Anna-Lena"],
    ),
    "PRT": (
        "Portugal",
        "portugais",
        "portugaise",
        139,
        ["Porto", "Lisbonne", "Braga"],
        ["FERREIRA", "GONÇALVES DA COSTA", "RODRIGUES"],
        ["Tiago", "Rui"],
        ["Inês", "Beatriz"],
    ),
    "ROU": (
        "Roumanie",
        "roumain",
        "roumaine",
        114,
        ["Bucarest", "Cluj-Napoca", "Iasi"],
        ["POPESCU", "IONESCU", "DUMITRU"],
        ["Andrei", "Mihai"],
        ["Ioana", "Elena"],
    ),
}

USAGE_NAMES = [
    "MARTIN",
    "DUBOIS",
    "LEFEBVRE",
    "MOREAU",
    "GIRARD",
    "FOURNIER",
    "ROUSSEL",
    "BONNET",
    "LAMBERT",
    "FONTAINE",
    "MERCIER",
    "CHEVALIER",
]

# (street, postcode, commune)
ADDRESSES = [
    ("14 rue Oberkampf", "75011", "Paris"),
    ("3 allée des Tilleuls", "69003", "Lyon"),
    ("27 boulevard Longchamp", "13001", "Marseille"),
    ("8 rue de la Colombette", "31000", "Toulouse"),
    ("112 cours de l'Yser", "33800", "Bordeaux"),
    ("5 rue du Général Leclerc", "92130", "Issy-les-Moulineaux"),
    ("41 avenue de la République", "93100", "Montreuil"),
    ("2 place Léon Gambetta", "94200", "Ivry-sur-Seine"),
    ("19 quai de la Fosse", "44000", "Nantes"),
    ("7 rue des Juifs", "67000", "Strasbourg"),
    ("63 rue Solférino", "59000", "Lille"),
    ("10 rue de l'Aiguillerie", "34000", "Montpellier"),
    ("22 rue Saint-Hélier", "35000", "Rennes"),
    ("4 avenue Borriglione", "06100", "Nice"),
    ("16 cours Berriat", "38000", "Grenoble"),
    ("30 rue des Martyrs", "75009", "Paris"),
    ("1 bis rue Pasteur", "91300", "Massy"),
    ("55 avenue Jean Jaurès", "69007", "Lyon"),
    ("9 impasse des Lilas", "76000", "Rouen"),
    ("48 rue de Brest", "29200", "Brest"),
    ("12 rue Danton", "92300", "Levallois-Perret"),
    ("6 place du Marché", "78000", "Versailles"),
    ("71 rue Nationale", "37000", "Tours"),
    ("25 rue du Faubourg Saint-Denis", "75010", "Paris"),
    ("3 chemin des Vignes", "21000", "Dijon"),
    ("18 avenue Foch", "54000", "Nancy"),
    ("140 rue de Charenton", "75012", "Paris"),
    ("2 rue Lamartine", "63000", "Clermont-Ferrand"),
]

JOBS = [
    ("Ingénieure logiciel", "Ingénieur logiciel", "DATAVEL SAS"),
    ("Serveuse", "Serveur", "Brasserie du Marché"),
    ("Aide-soignante", "Aide-soignant", "Clinique des Cèdres"),
    ("Chargée de projet", "Chargé de projet", "ORBIMEDIA"),
    ("Développeuse web", "Développeur web", "Pixelune SARL"),
    ("Chercheuse post-doc", "Chercheur post-doc", "Institut Lumière Santé"),
    ("Vendeuse", "Vendeur", "Maison Garnier Boulangerie"),
    ("Consultante", "Consultant", "Altérys Conseil"),
    ("Cuisinière", "Cuisinier", "Le Comptoir des Halles"),
    ("Assistante commerciale", "Assistant commercial", "TRANSLOG EUROPE"),
]

SELF_JOBS = [
    "Traduction",
    "Graphisme",
    "Cours particuliers",
    "Photographie",
    "Développement informatique",
    "Couture / retouches",
    "VTC",
]

SCHOOLS = [
    "Université Paris Cité",
    "Université Lyon 1",
    "Aix-Marseille Université",
    "Université de Bordeaux",
    "Sorbonne Université",
    "INSA Toulouse",
    "Université de Strasbourg",
    "Université Grenoble Alpes",
]

EMAIL_DOMAINS = [
    "gmail.com",
    "yahoo.fr",
    "outlook.fr",
    "hotmail.com",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "icloud.com",
]


def strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in norm if unicodedata.category(c) != "Mn"))


def luhn_complete(body: str) -> str:
    """Return body + Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def nir_for(sex: str, dob: dt.date, insee_country: int, order: int) -> str:
    body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}99{insee_country:03d}{order:03d}"
    key = 97 - int(body) % 97
    return f"{body}{key:02d}"


@dataclass
class Person:
    sex: str
    surname: str
    usage_name: str | None
    given_names: str
    dob: dt.date
    birth_city: str
    birth_country: str
    country_code: str
    nationality: str
    nir: str | None
    street: str
    postcode: str
    commune: str
    phone: str
    email: str
    job: str
    employer: str
    self_job: str
    siret: str
    school: str
    arrival: dt.date
    hire: dt.date


SPECIAL = [
    # (country, sex, surname, usage name, given names)
    ("VNM", "F", "NGUYEN", "MARTIN", "Thi Lan"),
    ("COL", "F", "GARCÍA MÁRQUEZ", None, "Laura Valentina"),
    ("CHN", "M", "WANG", None, "Xiaoming"),
    ("SEN", "F", "DIOP", "LEFEBVRE-DIOP", "Aïssatou Marie"),
    ("CIV", "M", "N'GUESSAN", None, "Jean-Baptiste Koffi"),
    ("USA", "F", "O'BRIEN", "DUBOIS", "Sarah Elizabeth Jane"),
    ("DZA", "F", "AIT-AHMED", None, "Nour El Houda"),
    ("TUR", "M", "ÖZTÜRK", None, "Mehmet Emre"),
    ("BRA", "F", "GONÇALVES", "MOREAU", "Ana Carolina"),
    ("CMR", "F", "ETOUNDI", None, "Marie-Hélène"),
    ("MEX", "M", "CRUZ MORALES", None, "Luis Alberto"),
    ("DEU", "F", "MÜLLER", None, "Anna-Lena Sophie"),
    ("ESP", "M", "FERNÁNDEZ GARCÍA", None, "José María"),
    ("UKR", "F", "KOVALENKO", "GIRARD", "Olena"),
    ("CHN", "F", "ZHANG", None, "Yuting"),
    ("MLI", "M", "KEÏTA", None, "Seydou"),
]


def _rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def make_people(n: int, seed: str = "form_i/people") -> list[Person]:
    rng = random.Random(seed)
    codes = sorted(COUNTRIES)
    people: list[Person] = []
    used: set[tuple[str, str]] = set()
    for i in range(n):
        if i % 4 == 0 and i // 4 < len(SPECIAL):
            code, sex, surname, usage, given = SPECIAL[i // 4]
        else:
            code = codes[rng.randrange(len(codes))]
            sex = rng.choice("FM")
            c = COUNTRIES[code]
            for _ in range(50):
                surname = rng.choice(c[5])
                given = rng.choice(c[7] if sex == "F" else c[6])
                if (surname, given) not in used:
                    break
            usage = None
            if sex == "F" and rng.random() < 0.22:
                usage = rng.choice(USAGE_NAMES)
        used.add((surname, given))
        c = COUNTRIES[code]
        dob = _rand_date(rng, dt.date(1960, 1, 1), dt.date(2005, 6, 30))
        city = rng.choice(c[4])
        nat = c[2] if sex == "F" else c[1]
        nir = nir_for(sex, dob, c[3], rng.randrange(1, 999)) if rng.random() < 0.12 else None
        street, postcode, commune = ADDRESSES[rng.randrange(len(ADDRESSES))]
        phone = f"06 39 98 {rng.randrange(100):02d} {rng.randrange(100):02d}"
        if rng.random() < 0.3:
            phone = "07 {:02d} {:02d} {:02d} {:02d}".format(*(rng.randrange(100) for _ in range(4)))
        base = strip_accents(given.split()[0]).lower().replace("'", "")
        last = strip_accents((usage or surname).split()[0]).lower().replace("'", "")
        sep = rng.choice([".", "", "_", "."])
        num = str(rng.randrange(10, 99)) if rng.random() < 0.4 else ""
        email = f"{base}{sep}{last}{num}@{rng.choice(EMAIL_DOMAINS)}"
        job_f, job_m, employer = rng.choice(JOBS)
        siret = luhn_complete("".join(str(rng.randrange(10)) for _ in range(13)))
        people.append(
            Person(
                sex=sex,
                surname=surname,
                usage_name=usage,
                given_names=given,
                dob=dob,
                birth_city=city,
                birth_country=c[0],
                country_code=code,
                nationality=nat,
                nir=nir,
                street=street,
                postcode=postcode,
                commune=commune,
                phone=phone,
                email=email,
                job=job_f if sex == "F" else job_m,
                employer=employer,
                self_job=rng.choice(SELF_JOBS),
                siret=siret,
                school=rng.choice(SCHOOLS),
                arrival=_rand_date(rng, dt.date(2024, 9, 1), dt.date(2026, 7, 31)),
                hire=_rand_date(rng, dt.date(2025, 1, 6), dt.date(2026, 9, 30)),
            )
        )
    return people
