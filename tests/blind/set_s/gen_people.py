"""People, places, companies and banks used across the set (all invented)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from gen_codes import d


@dataclass
class Addr:
    street: str
    cp: str
    city: str
    extra: str = ""

    def lines(self) -> list[str]:
        out = [self.street]
        if self.extra:
            out.append(self.extra)
        out.append(f"{self.cp} {self.city.upper()}")
        return out

    def one(self) -> str:
        return ", ".join(
            [self.street] + ([self.extra] if self.extra else []) + [f"{self.cp} {self.city}"]
        )


@dataclass
class Person:
    surname: str  # birth surname, as printed in the passport
    given: str  # given names as printed in the passport
    sex: str
    dob: dt.date
    nat: str  # ISO 3166 alpha-3
    pob_city: str
    pob_country: str  # French name of country
    addr: Addr | None = None
    usage: str | None = None  # married / usage name
    father: str = ""
    mother: str = ""
    email: str = ""
    phone: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def civ(self) -> str:
        return "Mme" if self.sex == "F" else "M."


COUNTRY_FR = {
    "USA": "ÉTATS-UNIS",
    "BRA": "BRÉSIL",
    "MAR": "MAROC",
    "ITA": "ITALIE",
    "CHN": "CHINE",
    "COL": "COLOMBIE",
    "IND": "INDE",
    "MEX": "MEXIQUE",
    "TUN": "TUNISIE",
    "PHL": "PHILIPPINES",
    "TUR": "TURQUIE",
    "UKR": "UKRAINE",
    "ESP": "ESPAGNE",
    "KOR": "CORÉE DU SUD",
    "FRA": "FRANCE",
    "DZA": "ALGÉRIE",
    "SEN": "SÉNÉGAL",
    "CIV": "CÔTE D'IVOIRE",
    "CMR": "CAMEROUN",
    "MLI": "MALI",
    "COD": "RD CONGO",
    "VNM": "VIÊT NAM",
    "HTI": "HAÏTI",
    "GBR": "ROYAUME-UNI",
    "POL": "POLOGNE",
    "NLD": "PAYS-BAS",
    "ROU": "ROUMANIE",
    "PER": "PÉROU",
    "LBN": "LIBAN",
    "IRN": "IRAN",
    "RUS": "RUSSIE",
    "ARG": "ARGENTINE",
    "CAN": "CANADA",
    "JPN": "JAPON",
    "EGY": "ÉGYPTE",
    "PRT": "PORTUGAL",
    "DEU": "ALLEMAGNE",
    "BEL": "BELGIQUE",
}

NAT_FR = {
    "USA": "AMERICAINE",
    "BRA": "BRESILIENNE",
    "MAR": "MAROCAINE",
    "CHN": "CHINOISE",
    "COL": "COLOMBIENNE",
    "IND": "INDIENNE",
    "MEX": "MEXICAINE",
    "TUN": "TUNISIENNE",
    "PHL": "PHILIPPINE",
    "TUR": "TURQUE",
    "UKR": "UKRAINIENNE",
    "KOR": "SUD-COREENNE",
    "DZA": "ALGERIENNE",
    "SEN": "SENEGALAISE",
    "CIV": "IVOIRIENNE",
    "CMR": "CAMEROUNAISE",
    "MLI": "MALIENNE",
    "COD": "CONGOLAISE (RDC)",
    "VNM": "VIETNAMIENNE",
    "HTI": "HAITIENNE",
    "GBR": "BRITANNIQUE",
    "PER": "PERUVIENNE",
    "LBN": "LIBANAISE",
    "IRN": "IRANIENNE",
    "RUS": "RUSSE",
    "FRA": "FRANCAISE",
    "ITA": "ITALIENNE",
    "ESP": "ESPAGNOLE",
}

CITIES = [
    ("75011", "Paris"),
    ("75018", "Paris"),
    ("75020", "Paris"),
    ("75013", "Paris"),
    ("75015", "Paris"),
    ("69003", "Lyon"),
    ("69007", "Lyon"),
    ("13005", "Marseille"),
    ("59000", "Lille"),
    ("31400", "Toulouse"),
    ("44000", "Nantes"),
    ("33800", "Bordeaux"),
    ("93100", "Montreuil"),
    ("93200", "Saint-Denis"),
    ("69100", "Villeurbanne"),
    ("38000", "Grenoble"),
    ("67000", "Strasbourg"),
    ("35000", "Rennes"),
    ("06000", "Nice"),
    ("94000", "Créteil"),
    ("92110", "Clichy"),
    ("34000", "Montpellier"),
    ("92400", "Courbevoie"),
    ("95100", "Argenteuil"),
    ("76000", "Rouen"),
    ("21000", "Dijon"),
    ("63000", "Clermont-Ferrand"),
]
STREETS = [
    "rue de la Roquette",
    "rue des Pyrénées",
    "boulevard de Belleville",
    "rue Ordener",
    "avenue Jean Jaurès",
    "rue Paul Bert",
    "rue de Marseille",
    "cours Gambetta",
    "rue Nationale",
    "rue Pierre Corneille",
    "avenue de la République",
    "rue du Faubourg du Temple",
    "rue des Lilas",
    "allée des Acacias",
    "rue Victor Hugo",
    "rue Garibaldi",
    "quai de la Loire",
    "rue de Paris",
    "rue Gabriel Péri",
    "impasse des Tilleuls",
    "rue Sainte-Catherine",
    "avenue du Général Leclerc",
    "rue de Solférino",
    "chemin des Vignes",
    "rue d'Alsace",
    "place Bellecour",
    "rue Étienne Dolet",
    "rue Jules Guesde",
    "boulevard Voltaire",
]


def addr(rng, city=None) -> Addr:
    cp, c = city or rng.choice(CITIES)
    num = rng.randint(1, 180)
    suf = rng.choice(["", "", "", " bis", " ter"]) if num < 60 else ""
    extra = rng.choice(
        [
            "",
            "",
            "",
            f"Bât. {rng.choice('ABCD')}",
            f"Apt {rng.randint(11, 78)}",
            f"Escalier {rng.randint(1, 4)}, {rng.randint(2, 6)}e étage",
        ]
    )
    return Addr(f"{num}{suf} {rng.choice(STREETS)}", cp, c, extra)


# given names / surnames by country (for single documents)
NAMES = {
    "DZA": (
        ["BENALI", "HADJ-AHMED", "BOUZID", "KHELIFI", "AIT OUARAB", "MEBARKI", "SAIDANI"],
        ["Yacine", "Amina", "Karim", "Nour El Houda", "Sofiane", "Lyna", "Mohamed Amine"],
    ),
    "MAR": (
        ["EL AMRANI", "BENNANI", "OUAZZANI", "EL IDRISSI", "TAZI", "BERRADA", "AIT BAHA"],
        ["Salma", "Youssef", "Fatima Zahra", "Mehdi", "Imane", "Hamza", "Khadija"],
    ),
    "TUN": (
        ["BEN SALAH", "TRABELSI", "GHARBI", "JEBALI", "MEJRI", "BEN YOUSSEF"],
        ["Aymen", "Sarra", "Mohamed Ali", "Ines", "Wael", "Rim"],
    ),
    "SEN": (
        ["DIOP", "NDIAYE", "FALL", "SECK", "DIALLO", "SOW", "GUEYE"],
        ["Mamadou", "Awa", "Cheikh Tidiane", "Fatou", "Ousmane", "Aminata", "Ibrahima"],
    ),
    "CIV": (
        ["KOUASSI", "KONAN", "YAO", "N'GUESSAN", "TRAORÉ", "KONÉ", "BAMBA"],
        ["Kouamé Jean-Marc", "Adjoua Marie", "Serge Armel", "Aya", "Yao Didier", "Affoué"],
    ),
    "CMR": (
        ["NGUEMA", "FOTSO", "MBARGA", "TCHOUPO", "ESSOMBA", "NJOYA", "KAMGA"],
        ["Brice Arnaud", "Christelle", "Jean-Paul", "Vanessa Laure", "Hervé", "Ornella"],
    ),
    "MLI": (
        ["KEITA", "COULIBALY", "TRAORÉ", "DIARRA", "SANGARÉ", "TOURÉ"],
        ["Moussa", "Kadiatou", "Boubacar", "Mariam", "Sékou", "Oumou"],
    ),
    "COD": (
        ["MUKENDI", "KABONGO", "TSHIBANDA", "ILUNGA", "MBUYI", "LUKUSA"],
        ["Patrick", "Grâce", "Jonathan", "Merveille", "Christian", "Divine"],
    ),
    "CHN": (
        ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG"],
        ["XIAOMING", "JING", "YUTING", "HAO", "MEILING", "ZIHAN", "WEI"],
    ),
    "VNM": (
        ["NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "VŨ"],
        ["Thị Lan Anh", "Văn Minh", "Thị Thu Hà", "Đức Anh", "Ngọc Mai", "Quang Huy"],
    ),
    "IND": (
        ["SHARMA", "PATEL", "IYER", "REDDY", "SINGH", "NAIR", "KRISHNAMURTHY"],
        ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Karthik"],
    ),
    "BRA": (
        ["DA SILVA SANTOS", "OLIVEIRA", "PEREIRA LIMA", "SOUZA", "ALMEIDA COSTA", "RIBEIRO"],
        ["João Pedro", "Ana Carolina", "Lucas", "Mariana", "Gabriel", "Letícia"],
    ),
    "COL": (
        ["GÓMEZ RESTREPO", "RODRÍGUEZ", "MARTÍNEZ OSPINA", "VARGAS", "CASTAÑO LÓPEZ"],
        ["Juan Sebastián", "María Camila", "Andrés Felipe", "Valentina", "Daniela"],
    ),
    "MEX": (
        ["HERNÁNDEZ GARCÍA", "LÓPEZ", "RAMÍREZ TORRES", "MORALES", "CRUZ JIMÉNEZ"],
        ["José Luis", "Ximena", "Diego", "Guadalupe", "Fernanda", "Emiliano"],
    ),
    "USA": (
        ["JOHNSON", "MILLER", "O'BRIEN", "WASHINGTON", "GARCIA", "NGUYEN", "ANDERSON"],
        ["Emily Rose", "Michael James", "Ashley", "Tyler", "Madison Claire", "Brandon"],
    ),
    "GBR": (
        ["SMITH", "TAYLOR", "WILLIAMS", "EVANS", "HUGHES", "PATEL"],
        ["Oliver", "Charlotte Anne", "Harry", "Sophie", "James Edward", "Amelia"],
    ),
    "UKR": (
        ["KOVALENKO", "SHEVCHENKO", "BONDARENKO", "TKACHENKO", "MELNYK", "KRAVCHUK"],
        ["Olena", "Andrii", "Iryna", "Oleksandr", "Yuliia", "Dmytro"],
    ),
    "TUR": (
        ["YILMAZ", "KAYA", "DEMİR", "ŞAHİN", "ÇELİK", "ÖZTÜRK", "AYDIN"],
        ["Mehmet", "Elif", "Mustafa", "Zeynep", "Emre", "Büşra"],
    ),
    "PHL": (
        ["DELA CRUZ", "SANTOS", "REYES", "BAUTISTA", "GARCIA", "MENDOZA"],
        ["Maria Cristina", "John Paul", "Angelica", "Mark Anthony", "Jhoanna", "Rodel"],
    ),
    "HTI": (
        ["JEAN-BAPTISTE", "PIERRE", "JOSEPH", "LOUIS", "ÉTIENNE", "CHARLES"],
        ["Jean Wesley", "Marie-Carmelle", "Woodley", "Nadège", "Fritzner", "Guerline"],
    ),
    "KOR": (["KIM", "LEE", "PARK", "CHOI", "JUNG"], ["MINJUN", "SEOYEON", "JIHO", "HAEUN"]),
    "ITA": (
        ["ROSSI", "ESPOSITO", "DE LUCA", "BIANCHI", "ROMANO"],
        ["Giulia", "Lorenzo", "Francesca", "Matteo", "Chiara"],
    ),
    "ESP": (
        ["GARCÍA LÓPEZ", "MARTÍNEZ RUIZ", "FERNÁNDEZ DÍAZ", "SÁNCHEZ MORENO"],
        ["Lucía", "Javier", "María José", "Pablo"],
    ),
    "POL": (
        ["KOWALSKA", "NOWAK", "WIŚNIEWSKI", "WÓJCIK", "KAMIŃSKA"],
        ["Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Małgorzata"],
    ),
    "NLD": (["DE VRIES", "VAN DEN BERG", "JANSEN", "BAKKER"], ["Sanne", "Daan", "Lotte", "Bram"]),
    "ROU": (["POPESCU", "IONESCU", "DUMITRU", "STAN"], ["Andreea", "Mihai", "Ioana", "Alexandru"]),
    "FRA": (
        [
            "MARTIN",
            "DUBOIS",
            "LEFÈVRE",
            "MOREAU",
            "GIRARD",
            "FONTAINE",
            "ROUSSEAU",
            "LAMBERT-DUVAL",
            "N'DIAYE",
            "LE GALL",
        ],
        [
            "Julien",
            "Camille",
            "Thomas",
            "Élodie",
            "Nicolas",
            "Sophie",
            "Guillaume",
            "Anne-Laure",
            "François",
            "Hélène",
        ],
    ),
    "PER": (["QUISPE MAMANI", "FLORES", "CHÁVEZ"], ["Rosa Elena", "Luis Alberto", "Milagros"]),
    "LBN": (["HADDAD", "KHOURY", "SAAB"], ["Rami", "Nour", "Karim", "Maya"]),
    "IRN": (["HOSSEINI", "AHMADI", "MOHAMMADI"], ["Reza", "Maryam", "Ali", "Shirin"]),
    "RUS": (["IVANOVA", "SMIRNOV", "KUZNETSOVA"], ["Anastasia", "Dmitry", "Ekaterina"]),
}
FEMALE_HINT = {
    "Amina",
    "Nour El Houda",
    "Lyna",
    "Salma",
    "Fatima Zahra",
    "Imane",
    "Khadija",
    "Sarra",
    "Ines",
    "Rim",
    "Awa",
    "Fatou",
    "Aminata",
    "Adjoua Marie",
    "Aya",
    "Affoué",
    "Christelle",
    "Vanessa Laure",
    "Ornella",
    "Kadiatou",
    "Mariam",
    "Oumou",
    "Grâce",
    "Merveille",
    "Divine",
    "JING",
    "YUTING",
    "MEILING",
    "ZIHAN",
    "Thị Lan Anh",
    "Thị Thu Hà",
    "Ngọc Mai",
    "Priya",
    "Ananya",
    "Sneha",
    "Ana Carolina",
    "Mariana",
    "Letícia",
    "María Camila",
    "Valentina",
    "Daniela",
    "Ximena",
    "Guadalupe",
    "Fernanda",
    "Emily Rose",
    "Ashley",
    "Madison Claire",
    "Charlotte Anne",
    "Sophie",
    "Amelia",
    "Olena",
    "Iryna",
    "Yuliia",
    "Elif",
    "Zeynep",
    "Büşra",
    "Maria Cristina",
    "Angelica",
    "Jhoanna",
    "Marie-Carmelle",
    "Nadège",
    "Guerline",
    "SEOYEON",
    "HAEUN",
    "Giulia",
    "Francesca",
    "Chiara",
    "Lucía",
    "María José",
    "Agnieszka",
    "Katarzyna",
    "Małgorzata",
    "Sanne",
    "Lotte",
    "Andreea",
    "Ioana",
    "Camille",
    "Élodie",
    "Anne-Laure",
    "Hélène",
    "Rosa Elena",
    "Milagros",
    "Nour",
    "Maya",
    "Maryam",
    "Shirin",
    "Anastasia",
    "Ekaterina",
    "KOWALSKA",
    "KAMIŃSKA",
    "IVANOVA",
    "KUZNETSOVA",
}
BIRTH_CITIES = {
    "DZA": ["Oran", "Alger", "Tizi Ouzou", "Sétif", "Constantine"],
    "MAR": ["Casablanca", "Fès", "Marrakech", "Tanger", "Agadir", "Rabat"],
    "TUN": ["Tunis", "Sfax", "Sousse", "Bizerte"],
    "SEN": ["Dakar", "Thiès", "Saint-Louis"],
    "CIV": ["Abidjan", "Bouaké", "Yamoussoukro"],
    "CMR": ["Douala", "Yaoundé", "Bafoussam"],
    "MLI": ["Bamako", "Kayes", "Ségou"],
    "COD": ["Kinshasa", "Lubumbashi", "Mbuji-Mayi"],
    "CHN": ["Beijing", "Shanghai", "Chengdu", "Wuhan"],
    "VNM": ["Hà Nội", "Hải Phòng", "Huế"],
    "IND": ["Mumbai", "Bengaluru", "Chennai", "Pune"],
    "BRA": ["São Paulo", "Belo Horizonte", "Recife", "Curitiba"],
    "COL": ["Medellín", "Bogotá", "Cali"],
    "MEX": ["Guadalajara", "Puebla", "Monterrey"],
    "USA": ["Columbus", "Chicago", "Houston"],
    "GBR": ["Manchester", "Leeds", "Bristol"],
    "UKR": ["Kyiv", "Kharkiv", "Lviv", "Odesa"],
    "TUR": ["Istanbul", "Izmir", "Ankara"],
    "PHL": ["Quezon City", "Cebu City", "Davao City"],
    "HTI": ["Port-au-Prince", "Cap-Haïtien"],
    "KOR": ["Seoul", "Busan"],
    "ITA": ["Napoli", "Torino", "Bologna"],
    "ESP": ["Valencia", "Sevilla"],
    "POL": ["Kraków", "Wrocław", "Gdańsk"],
    "NLD": ["Utrecht", "Rotterdam"],
    "ROU": ["Cluj-Napoca", "Iași"],
    "FRA": ["Paris", "Lyon", "Rennes", "Nantes"],
    "PER": ["Lima", "Cusco"],
    "LBN": ["Beyrouth"],
    "IRN": ["Téhéran", "Ispahan"],
    "RUS": ["Moscou", "Kazan"],
}


def random_person(rng, nat: str, sex: str | None = None, age=(22, 48), ref=d("2026-11-20")):
    surs, givs = NAMES[nat]
    cand = [g for g in givs if (sex is None) or ((g in FEMALE_HINT) == (sex == "F"))]
    given = rng.choice(cand or givs)
    sex = sex or ("F" if given in FEMALE_HINT else "M")
    sur = rng.choice(surs)
    if nat == "POL" and sex == "M":
        sur = sur.replace("SKA", "SKI")
    years = rng.randint(*age)
    dob = ref - dt.timedelta(days=years * 365 + rng.randint(0, 360))
    city = rng.choice(BIRTH_CITIES[nat])
    return Person(sur, given, sex, dob, nat, city, COUNTRY_FR[nat])


EMPLOYERS = [
    ("BISTROT DES CANAUX SARL", "5610A", "Restauration traditionnelle (HCR)"),
    ("NEXORA SOLUTIONS SAS", "6201Z", "Syntec (IDCC 1486)"),
    ("CLINIQUE DU PARC SAS", "8610Z", "FHP (IDCC 2264)"),
    ("LOGIWAY FRANCE SAS", "5210B", "Transports routiers (IDCC 16)"),
    ("ATELIERS MERCIER & FILS", "2511Z", "Métallurgie (IDCC 3248)"),
    ("AIDE & VIE À DOMICILE", "8810A", "Aide à domicile (IDCC 2941)"),
    ("BOULANGERIE LA FOURNÉE SARL", "1071C", "Boulangerie-pâtisserie (IDCC 843)"),
    ("PROPRETÉ SERVICES ÎLE-DE-FRANCE", "8121Z", "Propreté (IDCC 3043)"),
    ("KALEIDO STUDIO SAS", "7311Z", "Publicité (IDCC 86)"),
    ("HÔTEL LE MÉRIDIEN ÉTOILE SAS", "5510Z", "HCR (IDCC 1979)"),
    ("SUPERMARCHÉS VAL DE SEINE SAS", "4711D", "Commerce de détail alimentaire (IDCC 2216)"),
    ("BATIMAX CONSTRUCTION SAS", "4120A", "Bâtiment ouvriers (IDCC 1597)"),
    ("QUANTIX LABS SAS", "7219Z", "Syntec (IDCC 1486)"),
]

# name, bank code, BIC, branch name pool
BANKS = {
    "BNP": (
        "BNP PARIBAS",
        "30004",
        "BNPAFRPPXXX",
        ["PARIS BASTILLE", "LYON REPUBLIQUE", "LILLE NATIONALE", "MONTREUIL"],
    ),
    "SG": (
        "SOCIETE GENERALE",
        "30003",
        "SOGEFRPP",
        ["PARIS ORDENER", "MARSEILLE PRADO", "NANTES CENTRE"],
    ),
    "CA": ("CREDIT AGRICOLE", "18206", "AGRIFRPP882", ["CA PARIS ILE DE FRANCE - CLICHY"]),
    "CA2": ("CREDIT AGRICOLE", "13906", "AGRIFRPP839", ["CA SUD RHONE ALPES - GRENOBLE"]),
    "CM": (
        "CREDIT MUTUEL",
        "10278",
        "CMCIFR2A",
        ["CCM STRASBOURG ESPLANADE", "CCM TOULOUSE MINIMES"],
    ),
    "LCL": ("LCL", "30002", "CRLYFRPP", ["LCL BORDEAUX GAMBETTA", "LCL PARIS GOBELINS"]),
    "LBP": ("LA BANQUE POSTALE", "20041", "PSSTFRPPPAR", ["CENTRE FINANCIER DE PARIS"]),
    "CIC": ("CIC", "30066", "CMCIFRPP", ["CIC RENNES REPUBLIQUE", "CIC NICE MASSENA"]),
    "CE": ("CAISSE D'EPARGNE", "17515", "CEPAFRPP751", ["CE ILE DE FRANCE - CRETEIL"]),
    "BOURSO": ("BOURSOBANK", "40618", "BOUSFRPPXXX", ["BOULOGNE-BILLANCOURT"]),
    "REVFR": ("REVOLUT BANK UAB", "28233", "REVOFRP2", ["SUCCURSALE FRANCE"]),
}
