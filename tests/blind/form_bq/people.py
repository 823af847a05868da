"""Applicants of the form_bq set: invented people from many countries, French addresses, NIRs."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

# INSEE country codes used in the NIR of people born abroad (department "99").
COUNTRY_CODE = {
    "Algérie": "352",
    "Maroc": "350",
    "Tunisie": "351",
    "Portugal": "139",
    "Iran": "204",
    "Liban": "205",
    "Sénégal": "341",
}


@dataclass(frozen=True)
class Person:
    surname: str  # birth surname, natural case
    usage: str | None  # usage (married) name
    given: str
    sex: str
    dob: str
    birth_city: str
    birth_country: str
    nationality: str
    nir_order: int | None = None  # when the person already had a French number


PEOPLE = [
    Person(
        "Benali", "Martin", "Nadia Fatima", "F", "1991-04-17", "Oran", "Algérie", "algérienne", 412
    ),
    Person("El Amrani", None, "Youssef", "M", "1988-11-02", "Casablanca", "Maroc", "marocaine", 87),
    Person(
        "Trabelsi", None, "Mohamed Amine", "M", "1995-07-23", "Sfax", "Tunisie", "tunisienne", 233
    ),
    Person("N'Diaye", None, "Awa", "F", "1993-01-30", "Dakar", "Sénégal", "sénégalaise"),
    Person(
        "Kouamé",
        None,
        "Aya Christelle",
        "F",
        "1990-09-09",
        "Abidjan",
        "Côte d'Ivoire",
        "ivoirienne",
    ),
    Person(
        "Mbarga Onana",
        None,
        "Serge Olivier",
        "M",
        "1985-03-14",
        "Yaoundé",
        "Cameroun",
        "camerounaise",
    ),
    Person("Traoré", None, "Fatoumata", "F", "1997-12-05", "Bamako", "Mali", "malienne"),
    Person(
        "Mukendi Kabeya", None, "Patrick", "M", "1982-06-21", "Kinshasa", "RD Congo", "congolaise"
    ),
    Person("Zhang", None, "Xiaoling", "F", "1994-02-11", "Chengdu", "Chine", "chinoise"),
    Person("Nguyen", None, "Thi Thu Hà", "F", "1996-08-28", "Hanoï", "Viêt Nam", "vietnamienne"),
    Person("Sharma", None, "Rohan Kumar", "M", "1992-10-10", "Pune", "Inde", "indienne"),
    Person(
        "Da Silva Santos",
        None,
        "João Pedro",
        "M",
        "1989-05-03",
        "Belo Horizonte",
        "Brésil",
        "brésilienne",
    ),
    Person(
        "García López",
        "Dubois",
        "María Fernanda",
        "F",
        "1987-02-19",
        "Medellín",
        "Colombie",
        "colombienne",
    ),
    Person(
        "Hernández", None, "José Luis", "M", "1990-12-24", "Guadalajara", "Mexique", "mexicaine"
    ),
    Person("O'Connor", None, "Siobhán Mary", "F", "1984-07-07", "Cork", "Irlande", "irlandaise"),
    Person(
        "Miller",
        "Rousseau",
        "Emily Anne",
        "F",
        "1986-03-29",
        "Portland",
        "États-Unis",
        "américaine",
    ),
    Person("Kovalenko", None, "Olena", "F", "1991-06-15", "Kharkiv", "Ukraine", "ukrainienne"),
    Person("Ivanov", None, "Dmitri", "M", "1983-01-08", "Saint-Pétersbourg", "Russie", "russe"),
    Person("Yıldız", None, "Elif", "F", "1998-04-04", "Izmir", "Turquie", "turque"),
    Person("Hosseini", None, "Reza", "M", "1980-09-30", "Téhéran", "Iran", "iranienne", 151),
    Person("Khoury", "Haddad", "Rita", "F", "1992-11-11", "Beyrouth", "Liban", "libanaise", 64),
    Person(
        "Dela Cruz",
        None,
        "Maria Cristina",
        "F",
        "1989-08-16",
        "Quezon City",
        "Philippines",
        "philippine",
    ),
    Person(
        "Jean-Baptiste", None, "Wilner", "M", "1987-04-25", "Port-au-Prince", "Haïti", "haïtienne"
    ),
    Person(
        "Schneider",
        None,
        "Lukas",
        "M",
        "1996-01-19",
        "Fribourg-en-Brisgau",
        "Allemagne",
        "allemande",
    ),
    Person("D'Almeida", None, "Inês", "F", "1999-10-02", "Porto", "Portugal", "portugaise", 318),
    Person("Wójcik", None, "Katarzyna", "F", "1985-05-12", "Cracovie", "Pologne", "polonaise"),
    Person(
        "Popescu", None, "Andrei Ionuț", "M", "1993-03-03", "Cluj-Napoca", "Roumanie", "roumaine"
    ),
    Person("Meziane", "Girard", "Samira", "F", "1979-06-06", "Tizi Ouzou", "Algérie", "algérienne"),
    Person("Rahman", None, "Md Arif", "M", "1994-02-27", "Dhaka", "Bangladesh", "bangladaise"),
    Person("Quispe Mamani", None, "Rosa Elena", "F", "1990-07-31", "Cusco", "Pérou", "péruvienne"),
    Person(
        "Tran",
        None,
        "Minh Quân",
        "M",
        "1997-09-14",
        "Hô Chi Minh-Ville",
        "Viêt Nam",
        "vietnamienne",
    ),
    Person("Okonkwo", None, "Chinedu Emmanuel", "M", "1988-12-01", "Enugu", "Nigeria", "nigériane"),
]

ADDRESSES = [
    ("12 rue des Tanneurs", "67000", "Strasbourg"),
    ("48 boulevard de la Croix-Rousse", "69004", "Lyon"),
    ("7 allée des Tilleuls", "93200", "Saint-Denis"),
    ("103 avenue Jean Jaurès", "75019", "Paris"),
    ("3 impasse du Moulin", "31200", "Toulouse"),
    ("22 rue Nationale", "59800", "Lille"),
    ("15 cours Julien", "13006", "Marseille"),
    ("Résidence Les Acacias, bât. B, apt 14, 2 rue Pasteur", "94400", "Vitry-sur-Seine"),
    ("61 quai de la Fosse", "44000", "Nantes"),
    ("9 rue Sainte-Catherine", "33000", "Bordeaux"),
    ("140 route de Narbonne", "31400", "Toulouse"),
    ("5 place du Marché", "38000", "Grenoble"),
    ("27 rue de la République", "76000", "Rouen"),
    ("8 rue du Docteur Roux", "35000", "Rennes"),
    ("31 avenue de Stalingrad", "21000", "Dijon"),
    ("4 bis rue des Écoles", "92130", "Issy-les-Moulineaux"),
]

JOBS = [
    ("développeuse web", "développeur web"),
    ("aide-soignante", "aide-soignant"),
    ("cuisinière", "cuisinier"),
    ("ingénieure d'études", "ingénieur d'études"),
    ("vendeuse", "vendeur"),
    ("agente d'entretien", "agent d'entretien"),
    ("chercheuse post-doctorante", "chercheur post-doctorant"),
    ("serveuse", "serveur"),
    ("comptable", "comptable"),
    ("préparatrice de commandes", "préparateur de commandes"),
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


def strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFD", text)
    out = "".join(c for c in norm if unicodedata.category(c) != "Mn")
    return out.replace("ı", "i").replace("İ", "I")


def nir_for(p: Person) -> str | None:
    """15-digit NIR of a person born abroad (department 99), with a correct key."""
    if p.nir_order is None:
        return None
    d = dt.date.fromisoformat(p.dob)
    body = (
        ("1" if p.sex == "M" else "2")
        + f"{d.year % 100:02d}{d.month:02d}"
        + "99"
        + COUNTRY_CODE[p.birth_country]
        + f"{p.nir_order:03d}"
    )
    assert len(body) == 13 and body.isdigit()
    key = 97 - int(body) % 97
    nir = body + f"{key:02d}"
    assert (int(nir[:13]) + int(nir[13:])) % 97 == 0
    return nir


def date_words(d: dt.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"


def phone_for(rng) -> str:
    first = rng.choice(["06", "07"])
    rest = [f"{rng.randrange(100):02d}" for _ in range(4)]
    return first + " " + " ".join(rest)


def email_for(p: Person, rng) -> str:
    given = strip_accents(p.given.split()[0]).lower()
    sur = strip_accents(p.surname).lower().replace(" ", "").replace("'", "")
    host = rng.choice(["gmail.com", "yahoo.fr", "outlook.fr", "hotmail.com", "orange.fr"])
    style = rng.randrange(3)
    if style == 0:
        local = f"{given}.{sur}"
    elif style == 1:
        local = f"{given[0]}{sur}{rng.randrange(10, 99)}"
    else:
        local = f"{sur}.{given}{dt.date.fromisoformat(p.dob).year % 100:02d}"
    return f"{local}@{host}"
