"""Fictional applicants for the form_h set.

Every person, address, employer and number here is invented. Numbers that carry a
check digit on real documents are computed: SIRET (Luhn), NIR key (97 - n mod 97).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

# origin: country as a French clerk writes it, nationality (m, f), INSEE country code
# (used in the NIR of people born abroad), birth towns, surnames, male and female
# given names.  Names are written the way the person writes them on a French form.
ORIGINS = [
    (
        "Maroc",
        ("marocaine", "marocaine"),
        "350",
        ["Casablanca", "Rabat", "Fès", "Marrakech", "Tanger"],
        ["EL AMRANI", "BENNANI", "EL IDRISSI", "OUAZZANI CHAHDI", "TAZI"],
        ["YOUSSEF", "MOHAMED AMINE", "HAMZA", "OTHMANE"],
        ["FATIMA ZAHRA", "SALMA", "KHADIJA", "NOUHAILA"],
    ),
    (
        "Algérie",
        ("algérienne", "algérienne"),
        "352",
        ["Alger", "Oran", "Constantine", "Tizi Ouzou", "Béjaïa"],
        ["BOUZID", "HADJ-AHMED", "MEBARKI", "AÏT-OUFELLA", "CHÉRIF"],
        ["KARIM", "SOFIANE", "ABDELKADER", "RÉDA"],
        ["AMEL", "LYNDA", "NESRINE", "KENZA"],
    ),
    (
        "Tunisie",
        ("tunisienne", "tunisienne"),
        "351",
        ["Tunis", "Sfax", "Sousse", "Bizerte"],
        ["BEN YOUSSEF", "TRABELSI", "GHARBI", "BEN-ROMDHANE"],
        ["MEHDI", "ANIS", "SKANDER"],
        ["INÈS", "RIM", "OLFA"],
    ),
    (
        "Sénégal",
        ("sénégalaise", "sénégalaise"),
        "341",
        ["Dakar", "Thiès", "Saint-Louis", "Ziguinchor"],
        ["NDIAYE", "DIOP", "FALL", "SÈNE", "GUÈYE"],
        ["MAMADOU LAMINE", "CHEIKH", "IBRAHIMA"],
        ["AMINATA", "FATOU", "AWA", "NDÈYE COUMBA"],
    ),
    (
        "Côte d'Ivoire",
        ("ivoirienne", "ivoirienne"),
        "326",
        ["Abidjan", "Bouaké", "Yamoussoukro", "Daloa"],
        ["KOUASSI", "KONAN", "TOURÉ", "YAO-N'GUESSAN"],
        ["YAO SERGE", "JEAN-BAPTISTE", "KOFFI"],
        ["ADJOUA MARIE", "AYA", "AFFOUÉ"],
    ),
    (
        "Cameroun",
        ("camerounaise", "camerounaise"),
        "322",
        ["Yaoundé", "Douala", "Bafoussam"],
        ["MBARGA", "NGO BIYONG", "FOTSO", "ESSOMBA"],
        ["JEAN-PIERRE", "HERVÉ", "ARMEL"],
        ["CHRISTELLE", "BRIGITTE LAURE", "PAULETTE"],
    ),
    (
        "Mali",
        ("malienne", "malienne"),
        "329",
        ["Bamako", "Kayes", "Ségou", "Sikasso"],
        ["TRAORÉ", "COULIBALY", "KEÏTA", "DIARRA"],
        ["OUMAR", "SEYDOU", "MOUSSA"],
        ["MARIAM", "KADIATOU", "OUMOU"],
    ),
    (
        "RD Congo",
        ("congolaise", "congolaise"),
        "312",
        ["Kinshasa", "Lubumbashi", "Goma"],
        ["MUKENDI", "KABONGO", "LUKUSA", "MBUYI"],
        ["PATRICK", "HÉRITIER", "JOËL"],
        ["GRÂCE", "NADÈGE", "PRISCILLE"],
    ),
    (
        "Chine",
        ("chinoise", "chinoise"),
        "216",
        ["Shanghai", "Chengdu", "Wuhan", "Hangzhou"],
        ["ZHANG", "WANG", "LIU", "CHEN"],
        ["WEI", "JIANHUA", "HAORAN"],
        ["XIAOMEI", "YUTING", "LI NA"],
    ),
    (
        "Inde",
        ("indienne", "indienne"),
        "223",
        ["Bangalore", "Chennai", "Pune", "Hyderabad"],
        ["IYER", "SHARMA", "RAO", "NAIR"],
        ["ARJUN", "ROHAN KUMAR", "VIKRAM"],
        ["PRIYA", "LAKSHMI DEVI", "ANANYA"],
    ),
    (
        "Brésil",
        ("brésilienne", "brésilienne"),
        "416",
        ["São Paulo", "Belo Horizonte", "Recife", "Curitiba"],
        ["DA SILVA", "OLIVEIRA", "CONCEIÇÃO", "SOUZA LIMA"],
        ["JOÃO PEDRO", "LUIZ FERNANDO", "THIAGO"],
        ["ANA BEATRIZ", "MARIANA", "LUÍSA"],
    ),
    (
        "Colombie",
        ("colombienne", "colombienne"),
        "419",
        ["Bogotá", "Medellín", "Cali", "Barranquilla"],
        ["RODRÍGUEZ GÓMEZ", "MARTÍNEZ LÓPEZ", "HERNÁNDEZ RUIZ", "OSPINA"],
        ["ANDRÉS FELIPE", "JUAN CAMILO", "SEBASTIÁN"],
        ["MARÍA JOSÉ", "VALENTINA", "ANA LUCÍA"],
    ),
    (
        "Mexique",
        ("mexicaine", "mexicaine"),
        "405",
        ["Guadalajara", "Puebla", "Monterrey", "Oaxaca"],
        ["GARCÍA", "PEÑA", "VELÁZQUEZ", "ORTIZ"],
        ["JOSÉ LUIS", "EMILIANO"],
        ["GUADALUPE", "XIMENA", "RENATA"],
    ),
    (
        "États-Unis",
        ("américaine", "américaine"),
        "404",
        ["Chicago", "Denver", "Portland", "Boston"],
        ["MILLER", "JOHNSON", "MCALLISTER", "WHITAKER"],
        ["MICHAEL JAMES", "NATHAN", "CHRISTOPHER"],
        ["EMILY ROSE", "SARAH", "KATHERINE ANNE"],
    ),
    (
        "Royaume-Uni",
        ("britannique", "britannique"),
        "132",
        ["Leeds", "Bristol", "Manchester"],
        ["SMITH-HARGREAVES", "TAYLOR", "PEMBERTON"],
        ["OLIVER", "THOMAS EDWARD"],
        ["CHARLOTTE", "ELEANOR GRACE"],
    ),
    (
        "Ukraine",
        ("ukrainienne", "ukrainienne"),
        "155",
        ["Kyiv", "Lviv", "Kharkiv", "Odesa"],
        ["KOVALENKO", "SHEVCHUK", "BONDARENKO", "TKACHENKO"],
        ["OLEKSANDR", "DMYTRO", "ANDRIY"],
        ["OLENA", "IRYNA", "KATERYNA"],
    ),
    (
        "Turquie",
        ("turque", "turque"),
        "208",
        ["Istanbul", "Izmir", "Ankara", "Bursa"],
        ["YILMAZ", "ÖZTÜRK", "ÇELIK", "KAYA"],
        ["MEHMET", "EMRE", "BURAK"],
        ["ELIF", "ZEYNEP", "AYŞE"],
    ),
    (
        "Philippines",
        ("philippine", "philippine"),
        "220",
        ["Manille", "Cebu", "Davao"],
        ["DELA CRUZ", "SANTOS", "REYES", "BAUTISTA"],
        ["MARK ANTHONY", "JOSÉ RIZAL"],
        ["MARIA CRISTINA", "JASMINE", "ANGELICA"],
    ),
    (
        "Viêt Nam",
        ("vietnamienne", "vietnamienne"),
        "243",
        ["Hanoï", "Hô-Chi-Minh-Ville", "Da Nang"],
        ["NGUYEN", "TRAN", "PHAM", "LE"],
        ["VAN MINH", "DUC ANH"],
        ["THI LAN", "THU HUONG", "NGOC ANH"],
    ),
    (
        "Italie",
        ("italienne", "italienne"),
        "127",
        ["Turin", "Naples", "Bologne"],
        ["ROSSI", "DE LUCA", "ESPOSITO"],
        ["GIANLUCA", "MATTEO"],
        ["CHIARA", "FRANCESCA MARIA"],
    ),
    (
        "Allemagne",
        ("allemande", "allemande"),
        "109",
        ["Munich", "Cologne", "Leipzig"],
        ["MÜLLER", "SCHRÖDER", "BECKER-HAHN"],
        ["JONAS", "FELIX MAXIMILIAN"],
        ["LENA", "ANNA-LENA"],
    ),
    (
        "Pologne",
        ("polonaise", "polonaise"),
        "122",
        ["Cracovie", "Varsovie", "Lodz"],
        ["WÓJCIK", "KOWALCZYK", "NOWAK"],
        ["PIOTR", "TOMASZ"],
        ["AGNIESZKA", "MAŁGORZATA"],
    ),
]

NATIONALITY_M = {
    "marocaine": "marocain",
    "algérienne": "algérien",
    "tunisienne": "tunisien",
    "sénégalaise": "sénégalais",
    "ivoirienne": "ivoirien",
    "camerounaise": "camerounais",
    "malienne": "malien",
    "congolaise": "congolais",
    "chinoise": "chinois",
    "indienne": "indien",
    "brésilienne": "brésilien",
    "colombienne": "colombien",
    "mexicaine": "mexicain",
    "américaine": "américain",
    "britannique": "britannique",
    "ukrainienne": "ukrainien",
    "turque": "turc",
    "philippine": "philippin",
    "vietnamienne": "vietnamien",
    "italienne": "italien",
    "allemande": "allemand",
    "polonaise": "polonais",
}

USAGE_NAMES = [
    "MARTIN",
    "DUBOIS",
    "LEFÈVRE",
    "GIRARD",
    "MOREAU",
    "ROUSSEAU",
    "FAURE",
    "LAMBERT",
    "BONNET",
    "MERCIER",
    "FRANÇOIS",
    "LEROY-BEAULIEU",
    "GAUTHIER",
    "CHEVALIER",
    "PERRIN",
    "BLANCHARD",
]

ADDRESSES = [
    ("12 rue des Lilas", "75011", "Paris"),
    ("4 allée Jean Moulin", "69008", "Lyon"),
    ("27 boulevard Victor Hugo", "06000", "Nice"),
    ("3 impasse des Tilleuls", "31400", "Toulouse"),
    ("18 rue Sainte-Catherine", "33000", "Bordeaux"),
    ("56 avenue de la République", "59000", "Lille"),
    ("9 place du Bouffay", "44000", "Nantes"),
    ("63 rue d'Alésia", "75014", "Paris"),
    ("7 chemin des Vignes", "13090", "Aix-en-Provence"),
    ("5 rue du Général Leclerc", "67000", "Strasbourg"),
    ("31 cours Gambetta", "34000", "Montpellier"),
    ("2 rue de la Gare", "38000", "Grenoble"),
    ("11 rue Nationale", "37000", "Tours"),
    ("48 rue de Brest", "35000", "Rennes"),
    ("15 avenue Jean Jaurès", "93200", "Saint-Denis"),
    ("8 rue Pasteur", "92100", "Boulogne-Billancourt"),
    ("1 bis rue des Écoles", "21000", "Dijon"),
    ("26 avenue Foch", "54000", "Nancy"),
    ("104 rue de Charenton", "75012", "Paris"),
    ("14 quai Saint-Antoine", "69002", "Lyon"),
    ("22 rue Paradis", "13001", "Marseille"),
    ("6 résidence Les Pins, bât. B", "94000", "Créteil"),
    ("39 rue Gambetta", "76000", "Rouen"),
    ("10 rue du Faubourg", "63000", "Clermont-Ferrand"),
    ("71 avenue Thiers", "87000", "Limoges"),
    ("3 rue Lamartine", "49100", "Angers"),
]

# profession, employer (name, town), contract type
JOBS = [
    ("Développeur informatique", "Nexalia Conseil SAS, 69003 Lyon"),
    ("Aide-soignante", "EHPAD Les Glycines, 44300 Nantes"),
    ("Ingénieur qualité", "Valmetra Industrie, 38100 Grenoble"),
    ("Serveur", "Brasserie du Théâtre, 33000 Bordeaux"),
    ("Chargée de clientèle", "Optima Services SARL, 59800 Lille"),
    ("Chercheur postdoctoral", "Université de Strasbourg, 67000 Strasbourg"),
    ("Agent de sécurité", "Sécurivia SAS, 93200 Saint-Denis"),
    ("Cuisinier", "Le Comptoir Gourmand, 75011 Paris"),
    ("Comptable", "Cabinet Ardent & Associés, 31000 Toulouse"),
    ("Assistante de direction", "Hélios Logistique, 92100 Boulogne-Billancourt"),
    ("Data analyst", "Quantelia SAS, 75009 Paris"),
    ("Infirmière", "Clinique du Parc, 34000 Montpellier"),
]

INDEPENDENT = [
    "Traductrice indépendante",
    "Photographe (micro-entreprise)",
    "Consultant informatique",
    "Chauffeur VTC",
    "Coiffeuse à domicile",
    "Architecte d'intérieur",
]

SCHOOLS = [
    "Université Lumière Lyon 2",
    "Sorbonne Université",
    "Université de Bordeaux",
    "INSA Toulouse",
    "Université Côte d'Azur",
    "Université de Lille",
    "Nantes Université",
    "Université Grenoble Alpes",
]

AUTRES = [
    "retraité, pension étrangère",
    "volontaire en service civique",
    "au pair",
]

EMAIL_DOMAINS = ["gmail.com", "outlook.fr", "yahoo.fr", "laposte.net", "hotmail.com", "proton.me"]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_siret(rng: random.Random) -> str:
    while True:
        body = "".join(str(rng.randint(0, 9)) for _ in range(13))
        if body[0] == "0":
            continue
        for last in range(10):
            cand = body + str(last)
            if luhn_ok(cand):
                return cand


def nir_key(nir13: str) -> str:
    return "%02d" % (97 - int(nir13) % 97)


def make_nir(sex: str, dob: date, country_code: str, rng: random.Random) -> str:
    """A NIR of a person born abroad: sex, YY, MM, 99, country, order, then key."""
    body = "%d%02d%02d99%s%03d" % (
        1 if sex == "M" else 2,
        dob.year % 100,
        dob.month,
        country_code,
        rng.randint(1, 499),
    )
    return body + nir_key(body)


def strip_accents(s: str) -> str:
    table = str.maketrans(
        "ÀÂÄÁÃÇÉÈÊËÍÎÏÓÔÖÕÚÙÛÜÑŁŞàâäáãçéèêëíîïóôöõúùûüñłş",
        "AAAAACEEEEIIIOOOOUUUUNLSaaaaaceeeeiiioooouuuunls",
    )
    return s.translate(table)


def cp1252_safe(s: str) -> str:
    """What a person types when the PDF font cannot show a letter: no accents at all."""
    try:
        s.encode("cp1252")
        return s
    except UnicodeEncodeError:
        return strip_accents(s)


def title_case(s: str) -> str:
    """'MARIE-HÉLÈNE' -> 'Marie-Hélène', 'NDÈYE COUMBA' -> 'Ndèye Coumba'."""
    out = []
    for word in s.split(" "):
        parts = []
        for part in word.split("-"):
            if "'" in part:
                a, b = part.split("'", 1)
                parts.append(a[:1] + a[1:].lower() + "'" + b[:1] + b[1:].lower())
            else:
                parts.append(part[:1] + part[1:].lower())
        out.append("-".join(parts))
    return " ".join(out)


@dataclass
class Person:
    surname: str
    given: str
    sex: str
    dob: date
    birth_town: str
    birth_country: str
    nationality: str
    country_code: str
    address: str
    postcode: str
    town: str
    phone: str
    email: str
    usage: str | None = None
    nir: str | None = None
    extra: dict = field(default_factory=dict)


def make_people(n: int, seed: int) -> list[Person]:
    rng = random.Random(seed)
    people: list[Person] = []
    used: set[tuple[str, str]] = set()
    usage_pool = list(USAGE_NAMES)
    rng.shuffle(usage_pool)
    addr_pool = list(ADDRESSES)
    rng.shuffle(addr_pool)
    i = 0
    while len(people) < n:
        origin = ORIGINS[(i * 7) % len(ORIGINS)]
        country, (nat_f, _), code, towns, surnames, males, females = origin
        sex = "F" if (i % 2 == 0) != (i % 5 == 0) else "M"
        surname = surnames[(i // len(ORIGINS)) % len(surnames)]
        given = rng.choice(females if sex == "F" else males)
        i += 1
        if (surname, given) in used:
            continue
        used.add((surname, given))
        dob = date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
        nat = nat_f if sex == "F" else NATIONALITY_M[nat_f]
        addr = addr_pool[len(people) % len(addr_pool)]
        phone = "0%d %02d %02d %02d %02d" % (
            rng.choice([6, 7, 6, 6]),
            rng.randint(10, 99),
            rng.randint(0, 99),
            rng.randint(0, 99),
            rng.randint(0, 99),
        )
        first = strip_accents(given.split(" ")[0].split("-")[0]).lower()
        last = strip_accents(surname.replace(" ", "").replace("-", "").replace("'", "")).lower()
        email = "%s.%s%s@%s" % (
            first,
            last,
            rng.choice(["", "", str(dob.year % 100), str(rng.randint(1, 99))]),
            rng.choice(EMAIL_DOMAINS),
        )
        p = Person(
            surname=surname,
            given=given,
            sex=sex,
            dob=dob,
            birth_town=rng.choice(towns),
            birth_country=country,
            nationality=nat,
            country_code=code,
            address=addr[0],
            postcode=addr[1],
            town=addr[2],
            phone=phone,
            email=email,
        )
        if sex == "F" and rng.random() < 0.6 and 1970 < dob.year < 2002:
            p.usage = rng.choice(usage_pool)
        if rng.random() < 0.15:
            p.nir = make_nir(sex, dob, code, rng)
        people.append(p)
    return people
